"""Mechanical checks of the heldout19 gold (stdlib only): run `python tests/gold/heldout19/check_heldout19.py`.

The checks are ``tests/gold/gold_check.py``'s (shared with heldout3 and heldout4): articles are 600-1400 words
(3.5-9 KB), and the low-9 opening mark `„` (closed by `”` or `“`, as in Baltic and Central European copy) counts as a
quote mark. Exit status 1 when anything fails. (Its own name so that pytest's doctest collection does not mix it up
with heldout3's ``check.py``.)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "test"


def main() -> int:
    """Check every file; print the problems and return the exit status."""
    sys.path.insert(0, str(HERE.parents[1]))
    from gold_check import check
    return check(HERE, kb=(3500, 9000), words=(600, 1400), low9=True)


if __name__ == "__main__":
    sys.exit(main())
