"""Growth with one long article, this tree against another, in fresh processes (sp22, issue 17; not run by
``make bench``).

    python tests/bench/ab_growth.py OTHER_LIB [SIZES_KB]     # e.g. /tmp/base18/lib 100,1000,4000

Each process builds one article of each size from the seeds' paragraphs, each numbered (``bench_pipeline.py``'s long
article), and times quotes, claims and facts alone on it (CPU time, the document built by the stage, one run each);
the two trees run alternately, size by size. Prints the seconds, the fitted exponent over all sizes and between the
last two (issue 17 asks ≤ 1.2 from 100 KB to 4 MB).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = r"""
import json, sys, time, warnings
sys.path.insert(0, %r)
warnings.simplefilter("ignore")
from bench_pipeline import _long_article
from saidvsdone import claims, document, facts, quotes
quotes.extract(_long_article(5)); claims.find(_long_article(5)); facts.extract(_long_article(5))  # compiled, warm
article = _long_article(int(sys.argv[1]))
out = {}
for name, call in (("quotes", quotes.extract), ("claims", claims.find), ("facts", facts.extract)):
    document.clear_cache()
    t = time.process_time(); call(article); out[name] = time.process_time() - t
print(json.dumps(out))
""" % str(HERE)


def _once(lib: str, kb: int) -> dict:
    env = dict(os.environ, PYTHONPATH=lib, SAIDVSDONE_PROGRESS="0")
    out = subprocess.run([sys.executable, "-c", CHILD, str(kb)], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _exponent(sizes, seconds) -> float:
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(other: str, sizes: list[int]) -> None:
    mine = str(HERE.parents[1] / "lib")
    runs = {"other": [], "this": []}
    for kb in sizes:
        for side, lib in (("other", other), ("this", mine)):
            runs[side].append(_once(lib, kb))
            print(side, kb, "KB", json.dumps({k: round(v, 2) for k, v in runs[side][-1].items()}), flush=True)
    for side in ("other", "this"):
        for stage in ("quotes", "claims", "facts"):
            seconds = [r[stage] for r in runs[side]]
            shown = ", ".join(f"{kb} KB {t:.2f} s" for kb, t in zip(sizes, seconds))
            print(f"{side:5s} {stage:6s} {shown}; exponent {_exponent(sizes, seconds):.2f}"
                  f" ({sizes[-2]}→{sizes[-1]} KB {_exponent(sizes[-2:], seconds[-2:]):.2f})")


if __name__ == "__main__":
    main(sys.argv[1], [int(x) for x in (sys.argv[2] if len(sys.argv) > 2 else "100,1000,4000").split(",")])
