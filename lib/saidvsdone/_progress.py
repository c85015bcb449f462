"""Progress bars for long loops over a corpus, silent for small ones.

The bundled corpus has five articles: no bar, so notebook outputs stay clean and
deterministic. From ``THRESHOLD`` articles on, tqdm shows one on stderr.
Set the environment variable ``SAIDVSDONE_PROGRESS=0`` to switch bars off.
"""

from __future__ import annotations

import os
import warnings
from contextlib import contextmanager

THRESHOLD = 20


def progress(iterable, total: int, desc: str, *, unit: str = "article", threshold: int = THRESHOLD):
    """``iterable`` wrapped in a tqdm bar when ``total`` is at least ``threshold`` (``THRESHOLD``
    articles unless said: a loop over rows that go fast, such as claims, gives a higher one)."""
    if total < threshold or os.environ.get("SAIDVSDONE_PROGRESS") == "0":
        return iterable
    with warnings.catch_warnings():  # tqdm.auto warns when ipywidgets is missing; the text bar is fine
        warnings.simplefilter("ignore")
        from tqdm.auto import tqdm
    return tqdm(iterable, total=total, desc=desc, unit=unit)


def steps(chunks, total: int, desc: str):
    """``chunks`` (frames of articles) as they come, with one bar counting their articles.

    The bar is made here, at the call (not when the chunks are first read), so a ``quiet()``
    block around the loop silences the stages' own bars, not this one."""
    bar = progress(None, total, desc)
    if bar is None:
        return iter(chunks)
    return _counted(chunks, bar)


def _counted(chunks, bar):
    with bar:
        for chunk in chunks:
            yield chunk
            bar.update(len(chunk))


@contextmanager
def quiet():
    """No bars inside: the caller shows its own (a chunked run, a Dask task)."""
    before = os.environ.get("SAIDVSDONE_PROGRESS")
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    try:
        yield
    finally:
        if before is None:
            del os.environ["SAIDVSDONE_PROGRESS"]
        else:
            os.environ["SAIDVSDONE_PROGRESS"] = before
