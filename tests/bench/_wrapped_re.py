"""What the scripts that wrap ``re`` before the library is imported share (``count_patterns.py``,
``pattern_misses.py``, ``table_terms.py``): the wrapped pattern's methods, the wrapped module functions, the
caller of a call, and the devset's development part they may run on.

A script subclasses :class:`Wrapped` with its own ``timed(method, call, string, pos, endpos)`` (``call()`` runs
the real pattern's method), writes its own ``compile(pattern, flags=0)`` that hands out its wrapped patterns,
and calls :func:`install` with it before it imports the library.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

#: frames of the wrappers themselves, never the caller of a call
_OWN_FRAMES = ("_lazyre.py", "/re/__init__.py", "_wrapped_re.py")


def where(depth: int, skip: tuple[str, ...] = (), lineno: bool = False) -> str:
    """The library function that made the call ``depth`` frames up (``module.function``, with ``:line`` when
    ``lineno``), past the frames of the wrappers and of the files whose names end with one of ``skip``."""
    frame = sys._getframe(depth)
    while frame is not None and frame.f_code.co_filename.endswith(_OWN_FRAMES + skip):
        frame = frame.f_back
    if frame is None:
        return "?"
    name = frame.f_globals.get("__name__", "?").replace("saidvsdone.", "")
    return f"{name}.{frame.f_code.co_name}:{frame.f_lineno}" if lineno else f"{name}.{frame.f_code.co_name}"


class Wrapped:
    """A compiled pattern whose calls go through the subclass's ``timed``; any other attribute is the pattern's."""

    __slots__ = ("_p", "label")

    def __init__(self, compiled, label):
        self._p, self.label = compiled, label

    def __getattr__(self, name):
        return getattr(self._p, name)

    def timed(self, method, call, string, pos=0, endpos=sys.maxsize):
        raise NotImplementedError

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self.timed("search", lambda: self._p.search(string, pos, endpos), string, pos, endpos)

    def match(self, string, pos=0, endpos=sys.maxsize):
        return self.timed("match", lambda: self._p.match(string, pos, endpos), string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return self.timed("fullmatch", lambda: self._p.fullmatch(string, pos, endpos), string, pos, endpos)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        return self.timed("finditer", lambda: self._p.finditer(string, pos, endpos), string, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        return self.timed("findall", lambda: self._p.findall(string, pos, endpos), string, pos, endpos)

    def sub(self, repl, string, count=0):
        return self.timed("sub", lambda: self._p.sub(repl, string, count), string)

    def subn(self, repl, string, count=0):
        return self.timed("subn", lambda: self._p.subn(repl, string, count), string)

    def split(self, string, maxsplit=0):
        return self.timed("split", lambda: self._p.split(string, maxsplit), string)

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        return self._p.scanner(string, pos, endpos)

    def __eq__(self, other):
        return self._p == (other._p if isinstance(other, Wrapped) else other)

    def __hash__(self):
        return hash(self._p)

    def __repr__(self):
        return repr(self._p)


def _module_function(compile_pattern, method):
    def call(pattern, string, *args, flags=0, **kwargs):
        if method in ("sub", "subn"):
            repl, string, rest = string, args[0], args[1:]
            if rest and not isinstance(rest[-1], int) or len(rest) > 1:
                flags = rest[-1]
            compiled = compile_pattern(pattern, flags if not isinstance(pattern, (re.Pattern, Wrapped)) else 0)
            return getattr(compiled, method)(repl, string, *(rest[:1] if rest else ()), **kwargs)
        if args:
            flags = args[-1]
        compiled = compile_pattern(pattern, flags if not isinstance(pattern, (re.Pattern, Wrapped)) else 0)
        return getattr(compiled, method)(string, **kwargs)
    return call


def install(compile_pattern) -> None:
    """Wrap ``re.compile`` (with ``compile_pattern``) and the ``re`` functions: only when run as a script (pytest
    imports the scripts for their doctests: nothing may change there), and before the library is imported."""
    if "saidvsdone" in sys.modules:
        raise RuntimeError("run this as a script: the library must be imported after re is wrapped")
    re.compile = compile_pattern
    for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
        setattr(re, name, _module_function(compile_pattern, name))


def devset_development(folder: str | Path | None = None):
    """The devset's articles of its development part (the held-back articles 004, 008 … 020 left out)."""
    from saidvsdone import corpus

    folder = Path(folder or os.environ.get("SAIDVSDONE_DEVSET", "../shared/devset")) / "articles"
    found = corpus.load(folder)
    return found[found["article_id"].str[:3].isin([f"{i:03d}" for i in range(1, 21) if i % 4])]
