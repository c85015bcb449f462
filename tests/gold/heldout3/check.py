"""Mechanical checks of the heldout3 gold (stdlib only): run `python tests/gold/heldout3/check.py`.

The checks are ``tests/gold/gold_check.py``'s (shared with heldout4's ``check_heldout4.py``): layout of every
article (3-5 KB), quotes between marks and every quote-marked span covered, claims and facts verbatim with their
enumerated fields. Exit status 1 when anything fails.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "test"


def main() -> int:
    """Check every file; print the problems and return the exit status."""
    sys.path.insert(0, str(HERE.parents[1]))
    from gold_check import check
    return check(HERE, kb=(3000, 5200))


if __name__ == "__main__":
    sys.exit(main())
