"""Import time (issue 17: ``import saidvsdone`` and the stage modules under 0.5 s), in a fresh
interpreter each time, best of five; the part that is pandas and numpy is said apart, since the
library cannot make those faster.

Two figures: with the library's bytecode cached (as an installed package or any checkout runs it:
Python writes ``__pycache__`` on the first import; here into a temporary ``-X pycache_prefix``, so
the checkout stays clean), and with every source file compiled again at each import, which is what
an environment with ``PYTHONDONTWRITEBYTECODE`` set measures (the library's own time about doubles)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile

STATEMENT = "import saidvsdone, saidvsdone.corpus, saidvsdone.quotes, saidvsdone.claims, saidvsdone.facts"
TARGET = 0.5
RUNS = 5


def _one(statement: str, cache: str | None = None, own: bool = False) -> float:
    """Seconds for ``statement``'s imports in a fresh interpreter: the cumulative times of its
    top-level imports, from ``-X importtime`` (``own``: only the library's modules' own times, measured
    in the same run, so a busy machine's slower pandas does not count); ``cache``: the folder bytecode
    is written to and read from (None: as the environment says)."""
    env = {**os.environ, "SAIDVSDONE_PROGRESS": "0"}
    options = ["-X", "importtime"]
    if cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        options += ["-X", f"pycache_prefix={cache}"]
    done = subprocess.run([sys.executable, *options, "-c", statement], capture_output=True, text=True,
                          env=env, check=True, timeout=120)
    total = 0.0
    for line in done.stderr.splitlines():
        if own:
            match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*saidvsdone\b", line)
            total += int(match.group(1)) / 1e6 if match else 0.0
            continue
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)\S", line)
        if match and match.group(2) == " ":  # a top-level import: its cumulative time
            total += int(match.group(1)) / 1e6
    return total


def run() -> dict:
    with tempfile.TemporaryDirectory() as cache:
        _one(STATEMENT, cache)  # writes the bytecode
        total = min(_one(STATEMENT, cache) for _ in range(RUNS))
        pandas = min(_one("import pandas", cache) for _ in range(RUNS))  # numpy comes with it
        own = min(_one(STATEMENT, cache, own=True) for _ in range(RUNS))
    verdict = "within" if total < TARGET else "over"
    line = (f"import of saidvsdone and its stage modules: {total:.2f} s (best of {RUNS}, fresh interpreter, "
            f"bytecode cached; pandas and numpy {pandas:.2f} s alone, the library's own modules {own:.2f} s): {verdict} the "
            f"{TARGET} s target")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        cold = min(_one(STATEMENT) for _ in range(RUNS))
        line += (f"; {cold:.2f} s with PYTHONDONTWRITEBYTECODE set here (no bytecode written or read: "
                 f"every source compiled again at each import)")
    return {"stage": "import", "articles_per_second": float("nan"), "seconds": round(total, 3), "line": line}


if __name__ == "__main__":
    print(run()["line"])
