"""`make bench`: speed of each stage, in articles per second on one core.

Each benchmark module in this folder exposes ``run() -> dict`` with at least
``stage`` and ``articles_per_second``. Timings are printed, never asserted.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> int:
    for path in sorted(HERE.glob("bench_*.py")):
        result = importlib.import_module(path.stem).run()
        print(result.get("line") or f"{result['stage']}: {result['articles_per_second']:.0f} articles/s "
              f"({result.get('seconds')} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
