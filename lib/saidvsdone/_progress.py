"""Progress bars for long loops over a corpus, silent for small ones.

The bundled corpus has five articles: no bar, so notebook outputs stay clean and
deterministic. From ``THRESHOLD`` articles on, tqdm shows one on stderr.
Set the environment variable ``SAIDVSDONE_PROGRESS=0`` to switch bars off.
"""

from __future__ import annotations

import os
import warnings

THRESHOLD = 20


def progress(iterable, total: int, desc: str):
    """``iterable`` wrapped in a tqdm bar when ``total`` is at least ``THRESHOLD``."""
    if total < THRESHOLD or os.environ.get("SAIDVSDONE_PROGRESS") == "0":
        return iterable
    with warnings.catch_warnings():  # tqdm.auto warns when ipywidgets is missing; the text bar is fine
        warnings.simplefilter("ignore")
        from tqdm.auto import tqdm
    return tqdm(iterable, total=total, desc=desc, unit="article")
