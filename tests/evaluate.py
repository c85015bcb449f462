"""`make eval`: every extractor measured against the hand-annotated gold files in tests/gold/.

Run with --quiet to print only the summary figures.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

STAGES = ["eval_quotes", "eval_facts", "eval_claims"]


def main() -> int:
    verbose = "--quiet" not in sys.argv
    for name in STAGES:
        if (Path(__file__).resolve().parent / f"{name}.py").exists():
            importlib.import_module(name).evaluate(verbose=verbose)
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
