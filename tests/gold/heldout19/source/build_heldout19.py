"""Build heldout19/test from the marked-up sources in ``src/`` (ho19): run
`python tests/gold/heldout19/source/build_heldout19.py tests/gold/heldout19/test`. The builder is ``tests/gold/gold_build.py``, shared by
the long synthetic sets; nothing runs at import (pytest's doctest collection imports this file)."""
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent / "src"

if __name__ == "__main__":
    sys.path.insert(0, str(SRC.parents[2]))
    from gold_build import main
    main(SRC, sys.argv[1], "heldout19")
