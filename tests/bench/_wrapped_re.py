"""What the scripts that wrap ``re`` before the library is imported share (``count_patterns.py``,
``first_chars.py``, ``lookahead_replay.py``, ``pattern_misses.py``, ``table_terms.py``): the wrapped pattern's
methods, the caching ``re.compile`` that hands them out, the wrapped module functions, the caller of a call, and the
devset's development part they may run on.

A script subclasses :class:`Wrapped` with its own ``timed(method, call, string, pos, endpos)`` (``call()`` runs
the real pattern's method), makes its ``re.compile`` with :func:`caching_compile` (its own ``wrap`` builds a
wrapped pattern), and calls :func:`install` with it before it imports the library.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

_real_compile = re.compile  # (taken before any script wraps it)
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


def caching_compile(cls, wrap, cache: dict | None = None):
    """A ``re.compile`` for :func:`install` that hands out one wrapped pattern of class ``cls`` per (pattern, flags):
    ``wrap(compiled, pattern, flags)`` makes it at the first call (``compiled`` the real pattern); a pattern of
    ``cls`` given back is returned as it is, a compiled ``re.Pattern`` read as its (pattern, flags). ``cache`` (a
    script's own dict, to read the patterns afterwards) holds them by (pattern, flags).

    ``wrap`` runs two frames under the caller of ``re.compile`` (``wrap`` itself, then this module's function): a
    script that reads its caller's frame there counts them, or skips this module's frames by name (:func:`where`).

    Example:
        >>> made = caching_compile(Wrapped, lambda compiled, pattern, flags: Wrapped(compiled, pattern), {})
        >>> made("a+") is made("a+") is made(made("a+")), made("a+") is made("a+", re.IGNORECASE)
        (True, False)
    """
    cache = {} if cache is None else cache

    def compile_pattern(pattern, flags=0):
        if isinstance(pattern, cls):
            return pattern
        if isinstance(pattern, re.Pattern):
            pattern, flags = pattern.pattern, pattern.flags
        key = (pattern, int(flags))
        found = cache.get(key)
        if found is None:
            found = cache[key] = wrap(_real_compile(pattern, flags), pattern, flags)
        return found
    return compile_pattern


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
