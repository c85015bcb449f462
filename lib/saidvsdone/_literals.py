"""The literal words a pattern's every match must contain (issue 17): the speech layer's per-document rule guards
(:func:`may_match`: a rule whose patterns cannot match anywhere in the article is not run), and
``tests/bench/pattern_misses.py`` (how much pattern time a literal test before each call could save).

:func:`required` reads a regular expression's parse tree (the standard library's own parser) and returns
a set of literal strings of which every match must contain at least one: ``\\b(?:said|told)\\s+(?:reporters|
journalists)\\b`` needs ``said`` or ``told`` (or, equally, ``reporters`` or ``journalists``). When no
string of the set occurs in a text (a plain substring search), the pattern cannot match there. A set is only
ever too wide (it may let through a text the pattern then does not match), never too narrow.

Case: a letter under ``re.IGNORECASE`` (or ``(?i:…)``) is kept lower-cased and looked for in the lower-cased
text. Python's case-insensitive matching also lets four non-ASCII letters stand for ASCII ones (``İ`` and
``ı`` for ``i``, ``ſ`` for ``s``, the Kelvin sign for ``k``): a text holding any of them is never skipped for
a case-insensitive literal. A cased non-ASCII letter under IGNORECASE gives no literal at all.

Example:
    >>> sorted(required(r"\\b(?:said|told)\\s+(?:reporters|journalists)\\b")[0])
    ['journalists', 'reporters']
    >>> sorted(required(r"(?i)\\bspokes(?:man|woman)\\b")[1])
    ['spokesman', 'spokeswoman']
    >>> required(r"(?i:the)Kremlin"), required(r"\\bclaims?\\b")   # a case-insensitive join; 'claim' covers 'claims'
    ((frozenset(), frozenset({'thekremlin'})), (frozenset({'claim'}), frozenset()))
    >>> required(r"[A-Z][a-z]+") is None
    True
"""

from __future__ import annotations

import functools
import re
from re import _constants as C
from re import _parser

#: the most strings a set may hold while strings are joined (a cross product of alternatives)
_CAP = 64
#: the most single characters a character class may stand for
_CLASS_CAP = 8
_EMPTY = frozenset({("", False)})
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT) + ((C.POSSESSIVE_REPEAT,) if hasattr(C, "POSSESSIVE_REPEAT") else ())


def _char(code: int, ci: bool):
    ch = chr(code)
    if ci and ch.lower() != ch.upper():
        if not ch.isascii():
            return None
        return ch.lower(), True
    return ch, False


def _join(a, b):
    if a[1] != b[1]:
        return a[0].lower() + b[0].lower(), True
    return a[0] + b[0], a[1]


def _shortest(found):
    """The set without the strings that hold another of its strings (``claim`` stands for ``claims``)."""
    return frozenset(s for s in found if not any(o != s and o[0] in s[0] and o[1] >= s[1] for o in found))


def _best(candidates):
    """The most selective set: the longest shortest string, then the fewest strings."""
    best, key = None, None
    for found in candidates:
        if not found or any(not text for text, _ in found):
            continue
        score = (min(6, min(len(text) for text, _ in found)), -len(found))
        if key is None or score > key:
            best, key = found, score
    return best


def _class(items, ci):
    chars = set()
    for op, av in items:
        if op is C.LITERAL:
            codes = [av]
        elif op is C.RANGE and av[1] - av[0] < _CLASS_CAP:
            codes = range(av[0], av[1] + 1)
        else:
            return None
        for code in codes:
            found = _char(code, ci)
            if found is None:
                return None
            chars.add(found)
    return frozenset(chars) if len(chars) <= _CLASS_CAP else None


def _node(op, av, ci):
    """(exact, needed) of one node: the finite set of strings it matches (None: too many), and a set of
    which every match holds one (None: none known)."""
    if op is C.LITERAL:
        found = _char(av, ci)
        return (frozenset({found}), None) if found else (None, None)
    if op is C.IN:
        return _class(av, ci), None
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY, None   # zero width: the strings on either side stay joined
    if op is C.SUBPATTERN:
        _, add, drop, sub = av
        inner = (ci or bool(add & re.IGNORECASE)) and not (drop & re.IGNORECASE)
        return _sequence(sub, inner)
    if op is C.ATOMIC_GROUP:
        return _sequence(av, ci)
    if op is C.BRANCH:
        parts = [_sequence(alt, ci) for alt in av[1]]
        exact = None
        if all(e is not None for e, _ in parts):
            exact = frozenset().union(*(e for e, _ in parts))
            if len(exact) > _CAP:
                exact = None
        needed = [_best([e, n]) for e, n in parts]
        return exact, (frozenset().union(*needed) if all(n is not None for n in needed) else None)
    if op in _REPEATS:
        low, high, sub = av
        exact, needed = _sequence(sub, ci)
        if low == 0:
            if high == 1 and exact is not None:
                return exact | _EMPTY, None
            return None, None
        needed = _best([exact, needed])
        if low == high == 1:
            return exact, needed
        return None, needed
    return None, None   # any character, a category, a back reference, a conditional …


def _sequence(nodes, ci):
    run, whole, candidates = _EMPTY, True, []
    for op, av in nodes:
        exact, needed = _node(op, av, ci)
        if exact is not None and len(run) * len(exact) <= _CAP:
            run = frozenset(_join(a, b) for a in run for b in exact)
            continue
        whole = False
        candidates += [run, needed]
        run = exact if exact is not None else _EMPTY
    candidates.append(run)
    return (run if whole else None), _best(candidates)


def required(pattern, flags: int = 0):
    """(case-sensitive strings, lower-cased case-insensitive strings) of which every match of ``pattern``
    holds one, or None when no such set is known (or the pattern is bytes, or fails to parse)."""
    if not isinstance(pattern, str):
        return None
    try:
        tree = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - re.compile reports a bad pattern itself
        return None
    exact, needed = _sequence(tree, bool(tree.state.flags & re.IGNORECASE))
    found = _best([exact, needed])
    if found is None:
        return None
    found = _shortest(found)
    return (frozenset(text for text, ci in found if not ci), frozenset(text for text, ci in found if ci))


@functools.lru_cache(maxsize=None)
def _required(source: str, flags: int):
    return required(source, flags)


def literals(pattern):
    """:func:`required` of a compiled pattern (an ``re.Pattern``, a lazy one or a ``vocab.TablePattern``: read from
    the compiled form, so a pattern built from a table's words is read with the words the table holds now), parsed
    once per source."""
    compiled = pattern.compiled() if hasattr(pattern, "compiled") else pattern
    return _required(compiled.pattern, compiled.flags)


def may_match(pattern, text: str, lowered: str | None) -> bool:
    """Can ``pattern`` match anywhere in ``text``? False only when ``text`` holds none of the strings every match
    must hold (:func:`literals`), so False is exact and True means "maybe". ``lowered`` is ``text.lower()``, or
    None when the two differ in length or ``text`` holds a letter (?i) folds apart (İ ı ſ K): a case-insensitive
    literal then always may match.

    Example:
        >>> from saidvsdone import _lazyre
        >>> sign = _lazyre.compile(r"(?i)\\bcall\\s+sign\\b")
        >>> may_match(sign, "He gave his Call Sign.", "he gave his call sign."), may_match(sign, "No code.", "no code.")
        (True, False)
    """
    found = literals(pattern)
    if found is None:
        return True
    cased, folded = found
    if any(word in text for word in cased):
        return True
    if folded and lowered is None:
        return True
    return any(word in lowered for word in folded)
