"""CPU time of the full pipeline and of each stage, this tree against another, alternating runs in fresh
processes (not run by ``make bench``; issue 17). A shared, loaded machine moves a single figure by ±20%:
alternating and keeping each side's best makes the ratio fair.

    python tests/bench/ab_time.py OTHER_LIB [ROUNDS]     # e.g. ../main/lib 4
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = r"""
import json, os, sys, time, warnings
sys.path.insert(0, %r)
os.environ["SAIDVSDONE_PROGRESS"] = "0"
from _seeds import seed_copies
from saidvsdone import claims, corpus, document, facts, pipeline, quotes
warnings.simplefilter("ignore")
articles = seed_copies(200)
pipeline.run(articles.head(5))
def best(call, n=3):
    out = 1e9
    for _ in range(n):
        document.clear_cache()
        t = time.process_time(); call(); out = min(out, time.process_time() - t)
    return out
def speech():
    document.clear_cache()
    t = time.process_time()
    for doc in document.documents(articles):
        doc.speech
    return time.process_time() - t
res = {"pipeline": best(lambda: pipeline.run(articles)),
       "document": best(lambda: [None for _ in document.documents(articles)]),
       "speech": min(speech() for _ in range(3)),
       "quotes": best(lambda: quotes.extract(articles)),
       "claims": best(lambda: claims.find(articles)),
       "facts": best(lambda: facts.extract(articles))}
print(json.dumps(res))
""" % str(HERE)


def _once(lib: str) -> dict:
    env = dict(os.environ, PYTHONPATH=lib)
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(other: str, rounds: int = 3) -> None:
    mine = str(HERE.parents[1] / "lib")
    best = {"this": {}, "other": {}}
    for _ in range(rounds):
        for side, lib in (("other", other), ("this", mine)):
            for key, value in _once(lib).items():
                best[side][key] = min(best[side].get(key, 1e9), value)
    print(f"{'':10s} {'other s':>8s} {'this s':>8s} {'other/this':>10s}")
    for key in best["this"]:
        a, b = best["other"][key], best["this"][key]
        print(f"{key:10s} {a:8.3f} {b:8.3f} {a / b:10.2f}x")
    print(f"pipeline: other {200 / best['other']['pipeline']:.0f}, this {200 / best['this']['pipeline']:.0f} articles/s per core")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
