"""The full pipeline (quotes + claims + facts over one shared document per article), each stage
alone, two processes against one, and growth with article length; textacy as a peer when installed.

Everything is measured in one run on the same articles and reported as ratios; nothing here is
asserted (speed depends on the machine).
"""

from __future__ import annotations

import math
import os
import time
import warnings

import pandas as pd
from _seeds import seed_copies

from saidvsdone import claims, corpus, document, facts, pipeline, quotes

ARTICLES = 200
SIZES_KB = (10, 100, 1000, 4000)


def _best(call, repeat: int = 3) -> float:
    best = math.inf
    for _ in range(repeat):
        document.clear_cache()
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def _pipeline(articles, n_jobs=1):
    pipeline.run(articles, n_jobs=n_jobs)


def _textacy_rate(articles) -> float | None:
    try:
        import spacy
        from textacy.extract import triples
        nlp = spacy.load("en_core_web_sm")
    except Exception:  # noqa: BLE001 - the peer is optional
        return None
    texts = articles["text"].tolist()
    started = time.perf_counter()
    for doc in nlp.pipe(texts):
        list(triples.direct_quotations(doc))
    return len(texts) / (time.perf_counter() - started)


def _long_article(kb: int) -> pd.DataFrame:
    """One article of ``kb`` kilobytes: the seed paragraphs again and again, each numbered so the
    corpus does not fold repeats (a live blog or a transcript is that long)."""
    seeds = corpus.load()
    paragraphs = [p for text in seeds["text"] for p in text.split("\n\n")]
    out, size, n = [], 0, 0
    while size < kb * 1000:
        paragraph = f"{paragraphs[n % len(paragraphs)]} ({n})"
        out.append(paragraph)
        size += len(paragraph) + 2
        n += 1
    return corpus.from_text("\n\n".join(out), published="2022-10-14")


def _exponent(sizes, seconds) -> float:
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in seconds]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum((x - mean_x) ** 2 for x in xs)


def run() -> dict:
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    warnings.simplefilter("ignore", corpus.LoadWarning)
    articles = seed_copies(ARTICLES)
    _pipeline(articles.head(5))  # warm up: vocabularies, dateparser
    lines = []
    full = _best(lambda: _pipeline(articles))
    stage = {"quotes": _best(lambda: quotes.extract(articles)),
             "claims": _best(lambda: claims.find(articles)),
             "facts": _best(lambda: facts.extract(articles))}
    rate = ARTICLES / full
    lines.append(f"full pipeline, one process: {ARTICLES} articles in {full:.2f} s = {rate:.0f} articles/s")
    for name, seconds in stage.items():
        lines.append(f"  {name} alone (document built by it): {ARTICLES / seconds:.0f} articles/s")
    lines.append(f"  claims / quotes time: {stage['claims'] / stage['quotes']:.2f}x")
    two = _best(lambda: _pipeline(articles, n_jobs=2), repeat=2)
    lines.append(f"full pipeline, two processes: {ARTICLES / two:.0f} articles/s = {full / two:.2f}x one process "
                 f"({os.cpu_count()} cores here)")
    peer = _textacy_rate(articles)
    lines.append("textacy direct_quotations + spaCy en_core_web_sm: not installed (peer skipped)" if peer is None
                 else f"textacy direct_quotations: {peer:.0f} articles/s; the full pipeline is {rate / peer:.1f}x it")
    for name, call in (("quotes", quotes.extract), ("claims", claims.find), ("facts", facts.extract)):
        seconds = []
        for kb in SIZES_KB:
            article = _long_article(kb)
            seconds.append(_best(lambda: call(article), repeat=1))
        shown = ", ".join(f"{kb} KB {t:.2f} s" for kb, t in zip(SIZES_KB, seconds))
        lines.append(f"  {name} one article: {shown}; growth exponent 100 KB→4 MB "
                     f"{_exponent(SIZES_KB[1:], seconds[1:]):.2f}")
    return {"stage": "pipeline", "articles_per_second": rate, "seconds": round(full, 2), "line": "\n".join(lines)}
