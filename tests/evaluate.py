"""`make eval`: every extractor measured against the hand-annotated gold files in tests/gold/.

Run with --quiet to print only the summary figures. The seed corpus is scored first, then the
held-out set in tests/gold/heldout/ when it is there.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

STAGES = ["eval_quotes", "eval_facts", "eval_claims"]


HELD_OUT = Path(__file__).resolve().parent / "gold" / "heldout"


def main() -> int:
    verbose = "--quiet" not in sys.argv
    print("== The five seed articles (the extractors were developed on these) ==\n")
    for name in STAGES:
        importlib.import_module(name).evaluate(verbose=verbose)
        print()
    titles = {"dev": "Held-out set, development half (tests/gold/heldout/dev: its errors were studied "
                     "and general rules added)",
              "test": "Held-out set, test half (tests/gold/heldout/test: never looked at while developing)"}
    for part in ("dev", "test"):
        if (HELD_OUT / part).is_dir():
            print(f"== {titles[part]} ==\n")
            for name in STAGES:
                importlib.import_module(name).evaluate(verbose=verbose, gold_dir=HELD_OUT / part)
                print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
