"""The standard ``re`` module with ``compile`` deferred to a pattern's first use (issue 17: import time).

A module with hundreds of module-level patterns imports this as ``re`` (``from saidvsdone import _lazyre
as re``): ``re.compile(...)`` then returns a :class:`LazyPattern` that compiles on the first call of one
of its methods (search, match, finditer …) and from then on hands out the compiled pattern's own bound
methods (no wrapper call per match). ``pattern`` is known without compiling, so patterns
built from other patterns' source at import (``A.pattern + "…"``) stay lazy. Every other name is the
``re`` module's own; its functions also take a lazy pattern (``re.sub(PATTERN, …)``).

Example:
    >>> from saidvsdone import _lazyre as re
    >>> word = re.compile(r"\\bsaid\\b", re.IGNORECASE)
    >>> word.pattern, word.search("He SAID so").span()
    ('\\\\bsaid\\\\b', (3, 7))
    >>> re.sub(word, "told", "she said")
    'she told'
"""

from __future__ import annotations

import re as _re
from re import *  # noqa: F403 - this module stands for ``re``
from re import Match, Pattern, error, escape  # noqa: F401 - named for readers and linters

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """A compiled pattern that compiles on first use; ``compiled()`` gives the ``re.Pattern``.

    The class's search, match … compile and call; the first call also stores the compiled pattern's own bound
    methods in the instance, which Python then finds before the class's (a function is a non-data descriptor):
    from then on ``lazy.search`` is ``compiled.search``, with no wrapper call."""

    def __init__(self, pattern, flags: int = 0, build=None):
        # ``build``: what compiles it (``re.compile``; ``matcher.fail_fast`` for ``matcher.lazy_fail_fast``)
        self.pattern, self._flags, self._compiled, self._build = pattern, flags, None, build

    def compiled(self) -> Pattern:
        """The ``re.Pattern``, compiled now if it was not yet. Two threads may both compile it at once: both
        get the same pattern (the last one is kept). A bad pattern raises ``re.error`` here, at its first use,
        with the pattern's text in the message (the traceback shows the use, not the module line)."""
        if self._compiled is None:
            try:
                found = (self._build or _re.compile)(self.pattern, self._flags)
            except _re.error as err:
                raise _re.error(f"{err.msg} in the lazily compiled pattern {self.pattern!r}", err.pattern, err.pos) from None
            for name in _METHODS:
                self.__dict__[name] = getattr(found, name)
            self._compiled = found
        return self._compiled

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self):
        return self.compiled().groupindex

    def __eq__(self, other):
        return self.compiled() == (other.compiled() if isinstance(other, LazyPattern) else other)

    def __hash__(self):
        return hash(self.compiled())

    def __repr__(self):
        return repr(self.compiled())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return compile, (self.pattern, self._flags)


def _compiling(name: str):
    def method(self, *args, **kwargs):
        return getattr(self.compiled(), name)(*args, **kwargs)
    method.__name__, method.__qualname__ = name, f"LazyPattern.{name}"
    method.__doc__ = f"``re.Pattern.{name}``, the pattern compiled at this first call."
    return method


for _name in _METHODS:
    setattr(LazyPattern, _name, _compiling(_name))
del _name


def compile(pattern, flags=0):  # noqa: A001 - re.compile's name
    """``re.compile`` deferred: a :class:`LazyPattern` (an already compiled pattern is returned as it is)."""
    if isinstance(pattern, (Pattern, LazyPattern)):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    return LazyPattern(pattern, flags)


def _plain(pattern):
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


#: (method name, pattern text, flags) -> the compiled pattern's bound method, for the module functions given a
#: pattern as text (``re.search(r"…", text)`` in a function): one dict lookup per call, where ``re.search``
#: takes two calls (``re._compile`` and its cache); cleared when full, as ``re`` clears its own
_BOUND: dict = {}
_BOUND_MAX = 2048


def _bound(name: str, pattern, flags):
    key = (name, pattern, flags)
    method = _BOUND.get(key)
    if method is None:
        if len(_BOUND) >= _BOUND_MAX:
            _BOUND.clear()
        method = _BOUND[key] = getattr(_re.compile(pattern, flags), name)
    return method


def search(pattern, string, flags=0):
    if type(pattern) is str:
        return (_BOUND.get(("search", pattern, flags)) or _bound("search", pattern, flags))(string)
    return _re.search(_plain(pattern), string, flags)


def match(pattern, string, flags=0):
    if type(pattern) is str:
        return (_BOUND.get(("match", pattern, flags)) or _bound("match", pattern, flags))(string)
    return _re.match(_plain(pattern), string, flags)


def fullmatch(pattern, string, flags=0):
    if type(pattern) is str:
        return (_BOUND.get(("fullmatch", pattern, flags)) or _bound("fullmatch", pattern, flags))(string)
    return _re.fullmatch(_plain(pattern), string, flags)


def finditer(pattern, string, flags=0):
    if type(pattern) is str:
        return (_BOUND.get(("finditer", pattern, flags)) or _bound("finditer", pattern, flags))(string)
    return _re.finditer(_plain(pattern), string, flags)


def findall(pattern, string, flags=0):
    if type(pattern) is str:
        return (_BOUND.get(("findall", pattern, flags)) or _bound("findall", pattern, flags))(string)
    return _re.findall(_plain(pattern), string, flags)


def sub(pattern, repl, string, count=0, flags=0):
    if type(pattern) is str:
        return (_BOUND.get(("sub", pattern, flags)) or _bound("sub", pattern, flags))(repl, string, count)
    return _re.sub(_plain(pattern), repl, string, count, flags)


def subn(pattern, repl, string, count=0, flags=0):
    if type(pattern) is str:
        return (_BOUND.get(("subn", pattern, flags)) or _bound("subn", pattern, flags))(repl, string, count)
    return _re.subn(_plain(pattern), repl, string, count, flags)


def split(pattern, string, maxsplit=0, flags=0):
    if type(pattern) is str:
        return (_BOUND.get(("split", pattern, flags)) or _bound("split", pattern, flags))(string, maxsplit)
    return _re.split(_plain(pattern), string, maxsplit, flags)
