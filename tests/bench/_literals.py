"""The literal strings a pattern's every match must hold: the library's :mod:`saidvsdone._literals` (its
per-document rule guards read them too), named here for ``pattern_misses.py``."""

from saidvsdone._literals import required  # noqa: F401

__all__ = ["required"]
