"""CPU time of the pipeline on a corpus of many days and many texts, this tree against another, alternating fresh
processes (not run by ``make bench``; sp21, issue 17).

    python tests/bench/ab_corpus.py OTHER_LIB [ROUNDS]     # e.g. ../main/lib 3

``ab_time.py`` times 200 copies of the five seeds, all published on five days: every cache keyed on a text, a phrase
or a publication date is warm after the first five articles (``when._parse``'s dateparser cache, keyed on the phrase
and the day it is read from, hid ≈0.7 ms a phrase that way). Here each process first runs the stress sets and the seeds
(every pattern those texts use compiled, the tables read), then times one run over texts it has not seen: the long
articles of the studied gold sets (the development halves of sets 1 and 2, the studied ``test`` folders of sets 4 to
7), each article's publication moved by a random number of days and seconds (fixed seed), as in an archive. Held-back
``test`` folders and the devset are not read. A pattern first used by the timed texts still compiles inside the timed
run (≈0.2 s in all on the first round's texts, the same on both trees).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: the studied long sets the timed run reads (held-back test halves and the devset never)
TIMED = ("heldout/dev", "heldout2/dev", "heldout4/test", "heldout5/test", "heldout6/test", "heldout7/test")

CHILD = r"""
import sys, time
sys.path.insert(0, %r)
import ab_corpus
from saidvsdone import document, pipeline
pipeline.run(ab_corpus.warm_up())
articles = ab_corpus.timed()
document.clear_cache()
t = time.process_time(); pipeline.run(articles); print(len(articles), time.process_time() - t)
"""


def warm_up():
    """The seeds and the stress sets' invented articles (none of them in the timed run)."""
    import pandas as pd

    from saidvsdone import corpus
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    warnings.simplefilter("ignore")
    frames = [corpus.load()]
    for table in sorted((ROOT / "tests" / "gold" / "stress").rglob("articles.csv")):
        frame = pd.read_csv(table, dtype=str, keep_default_na=False)
        frame["published"] = pd.to_datetime(frame["published"], errors="coerce")
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def timed(seed: int = 5):
    """The studied long sets' articles, each published on another day and time (fixed seed)."""
    import pandas as pd

    from saidvsdone import corpus
    warnings.simplefilter("ignore")
    articles = pd.concat([corpus.load(ROOT / "tests" / "gold" / f / "articles") for f in TIMED], ignore_index=True)
    rng = random.Random(seed)
    moved = [rng.randrange(1, 3000) * 86400 + rng.randrange(86400) for _ in range(len(articles))]
    articles["published"] = articles["published"] + pd.to_timedelta(moved, unit="s")
    return articles


def measured_run(start=None, stop=None):
    """The timed run as the child process makes it, for a script that measures something inside it (sp28): the warm-up
    first, then ``start()``, ``pipeline.run`` on the timed texts, ``stop()``; returns (the articles, CPU seconds)."""
    import time

    from saidvsdone import document, pipeline
    pipeline.run(warm_up())
    articles = timed()
    document.clear_cache()
    if start is not None:
        start()
    started = time.process_time()
    try:
        pipeline.run(articles)
    finally:
        spent = time.process_time() - started
        if stop is not None:
            stop()
    return articles, spent


def main(other: str, rounds: int = 3) -> None:
    here = str(Path(__file__).resolve().parent)
    libs = {"this tree": str(ROOT / "lib"), "other": other}
    best = {k: float("inf") for k in libs}
    n = 0
    for _ in range(rounds):
        for side, lib in libs.items():
            env = dict(os.environ, PYTHONPATH=lib, SAIDVSDONE_PROGRESS="0")
            out = subprocess.run([sys.executable, "-c", CHILD % here], env=env, capture_output=True, text=True,
                                 check=True).stdout.split()
            n, seconds = int(out[-2]), float(out[-1])
            best[side] = min(best[side], seconds)
            print(f"{side:10s} {seconds:.3f} s", flush=True)
    for side in libs:
        print(f"{side:10s} best {best[side]:.3f} s for {n} articles = {n / best[side]:.1f} articles/s")
    print(f"ratio {best['other'] / best['this tree']:.2f}x (other / this tree)")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
