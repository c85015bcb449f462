"""Import time (issue 17: ``import saidvsdone`` and the stage modules under 0.5 s), in a fresh
interpreter each time, best of five; the part that is pandas and numpy is said apart, since the
library cannot make those faster."""

from __future__ import annotations

import os
import re
import subprocess
import sys

STATEMENT = "import saidvsdone, saidvsdone.corpus, saidvsdone.quotes, saidvsdone.claims, saidvsdone.facts"
TARGET = 0.5
RUNS = 5


def _one(statement: str) -> float:
    """Seconds for ``statement``'s imports in a fresh interpreter: the cumulative times of its
    top-level imports, from ``-X importtime``."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", statement], capture_output=True, text=True,
                          env={**os.environ, "SAIDVSDONE_PROGRESS": "0"}, check=True, timeout=120)
    total = 0.0
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)\S", line)
        if match and match.group(2) == " ":  # a top-level import: its cumulative time
            total += int(match.group(1)) / 1e6
    return total


def run() -> dict:
    total = min(_one(STATEMENT) for _ in range(RUNS))
    pandas = min(_one("import pandas") for _ in range(RUNS))  # numpy comes with it
    own = total - pandas
    verdict = "within" if total < TARGET else "over"
    return {"stage": "import", "articles_per_second": float("nan"), "seconds": round(total, 3),
            "line": f"import of saidvsdone and its stage modules: {total:.2f} s (best of {RUNS}, fresh interpreter; "
                    f"pandas and numpy {pandas:.2f} s of it, the library's own {own:.2f} s): {verdict} the "
                    f"{TARGET} s target"}


if __name__ == "__main__":
    print(run()["line"])
