"""The three extractors in one call, on one core or on all of them.

``pipeline.run(articles)`` gives the quotes, claims and facts tables of a corpus: every article's
shared document (:mod:`saidvsdone.document`) is built once and read by the three stages. With
``n_jobs`` it splits the corpus into a few slices per process, falling in size (a process that
finishes early takes the next slice instead of waiting for the slowest; this process takes its
share too, see :func:`saidvsdone.document.share`) and runs the three stages on each slice in the
same process (so each document is still built once); the tables are the same as one process gives.

Example:
    >>> from saidvsdone import corpus, pipeline
    >>> tables = pipeline.run(corpus.load())
    >>> len(tables.quotes) > 0, len(tables.claims) > 0, len(tables.facts) > 0
    (True, True, True)
"""

import multiprocessing
import os
from functools import partial
from typing import NamedTuple

import pandas as pd

from saidvsdone import _progress, claims, document, facts, quotes

__all__ = ["Tables", "run", "CHUNK_ROWS"]

#: Articles that go through the three stages together: fewer than the shared document cache
#: holds, so each article's document is built once for all three, however large the corpus.
CHUNK_ROWS = 1000


class Tables(NamedTuple):
    """The three tables of one run: ``tables.quotes``, ``tables.claims``, ``tables.facts``."""

    quotes: pd.DataFrame
    claims: pd.DataFrame
    facts: pd.DataFrame


def run(articles: pd.DataFrame | str, *, n_jobs: int = 1, include_quotes: bool = False) -> Tables:
    """``quotes.extract``, ``claims.find`` (with those quotes) and ``facts.extract`` of ``articles``;
    ``n_jobs`` processes (``-1``: every core) share the corpus. ``include_quotes`` is passed to
    ``claims.find`` (direct quotes about the war's course listed as claims too, as notebook 04 does).

    Returns a :class:`Tables` (``quotes``, ``claims``, ``facts``): the three frames the stages give.

    Example:
        >>> tables = run("Defence Minister Ivan Testenko said on Wednesday that Ukrainian forces were advancing. "
        ...              "“We will hold,” he told reporters.")
        >>> tables.quotes.loc[0, "speaker"], tables.claims.loc[0, "claim_type"]
        ('Ivan Testenko', 'progress')
    """
    if isinstance(articles, str):  # the text made a one-row corpus once, not once by each stage (≈5 ms each)
        from saidvsdone import corpus  # (as the stages do: no import of corpus for a frame)

        articles = corpus.from_text(articles)
    return _run(articles, n_jobs, partial(_three, include_quotes=include_quotes))


def _run(articles, n_jobs: int, three) -> Tables:
    if n_jobs == 1 or isinstance(articles, str) or len(articles) < 2:
        if isinstance(articles, str) or len(articles) <= CHUNK_ROWS:
            return three(articles)
        chunks = (articles.iloc[start:start + CHUNK_ROWS] for start in range(0, len(articles), CHUNK_ROWS))
        bar = _progress.steps(chunks, total=len(articles), desc="quotes, claims, facts")
        with _progress.quiet():   # one bar for the run, not three per chunk
            parts = [three(chunk) for chunk in bar]
        return Tables(*(document.concat([getattr(p, name) for p in parts]) for name in Tables._fields))
    n = min(document.jobs(n_jobs), len(articles))
    chunks = document.slices(articles, n * document.PIECES_PER_PROCESS, falling=True)
    forked = n > 1 and "fork" in multiprocessing.get_all_start_methods()
    # (the bar only where it is drawn and closed below: one made and left open would stay on the screen at 0/N)
    bar = _progress.progress(None, total=len(articles), desc="quotes, claims, facts") if forked else None
    if bar is None:
        parts = document.share(partial(_run, n_jobs=1, three=three), chunks, n)
    else:  # one bar for the whole run, not three per slice and process drawn over each other
        done = multiprocessing.get_context("fork").Value("i", 0)  # articles done, by every process
        with bar, _progress.quiet():  # (the slices' own bars are off: the forked processes inherit it)
            parts = document.share(partial(_counted, three=three, done=done, bar=bar, parent=os.getpid()),
                                   chunks, n)
            bar.update(len(articles) - bar.n)
    return Tables(*(document.concat([getattr(p, name) for p in parts]) for name in Tables._fields))


def _counted(articles, three, done, bar, parent: int) -> Tables:
    """One slice's tables; the articles done so far (this process's and the others') shown on ``bar`` when this is
    the process that drew it (the others count only: their copy of the bar is not the one on the screen)."""
    tables = _run(articles, n_jobs=1, three=three)
    with done.get_lock():
        done.value += len(articles)
        so_far = done.value
    if os.getpid() == parent:
        bar.update(so_far - bar.n)
    return tables


def _three(articles, include_quotes: bool = False) -> Tables:
    found = quotes.extract(articles)
    return Tables(found, claims.find(articles, found, include_quotes=include_quotes), facts.extract(articles))
