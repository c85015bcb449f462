"""Which patterns sre searches for their first characters in C, and how much time goes to those it does not (not run
by ``make bench``; issue 17, sp18).

    python tests/bench/first_chars.py            # the bench's seed copies (50), one pipeline run
    python tests/bench/first_chars.py 200        # more copies

``search``, ``finditer``, ``findall`` and ``sub`` skip in C to the next position where a match can start when sre
finds, in the pattern's syntax tree, a literal prefix or a first-character set (its first op a literal, a class, or
branches that each open on a literal: ``re._compiler._get_literal_prefix`` and ``_get_charset_prefix``). A pattern
opening on a look-around (``(?<![\\w’'])…``, ``\\b…``, or ``matcher.fail_fast``'s ``(?=[…])``) has none: the
matching engine is entered at every position of the searched span. Over a whole text that costs about twice the time
of the same pattern opening on its characters (``matcher.trie_pattern``'s ``not_after``: the look-behind written after
each word's first character).

Prints the pattern time of the run by span kind (whole text of 1,000 characters or more, a window of such a text, a
short string), the share of the patterns with no first-character scan, and those patterns, by their time on whole texts
and windows, with the library function that made the call. Wraps ``re`` before the library is imported: run it as a
script only.
"""

from __future__ import annotations

import collections
import re
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _wrapped_re import Wrapped, caching_compile, install, where  # noqa: E402

_TIME: collections.Counter = collections.Counter()  # (label, scanned, kind, caller) -> seconds
_CALLS: collections.Counter = collections.Counter()
_SEARCHING = {"search", "finditer", "findall", "sub", "subn", "split"}  # (match and fullmatch read one position)


def scanned(compiled: re.Pattern) -> bool:
    """Does sre search ``compiled`` for a literal prefix or a first-character set?

    Example:
        >>> scanned(re.compile(r"[Tt](?<![\\w’'].)he")), scanned(re.compile(r"(?<![\\w’'])[Tt]he"))
        (True, False)
        >>> scanned(re.compile(r"(?=[Tt])(?<![\\w’'])[Tt]he")), scanned(re.compile(r"K(?:yiv|harkiv)|Lviv"))
        (False, True)
    """
    try:
        from re import _compiler, _parser
    except ImportError:  # Python before 3.11
        import sre_compile as _compiler
        import sre_parse as _parser
    tree = _parser.parse(compiled.pattern, compiled.flags)
    flags = tree.state.flags
    if flags & re.IGNORECASE and flags & re.LOCALE:
        return False
    prefix = _compiler._get_literal_prefix(tree, flags)[0]
    return bool(prefix) or bool(_compiler._get_charset_prefix(tree, flags))


class Timed(Wrapped):
    __slots__ = ("scans",)

    def timed(self, method, call, string, pos=0, endpos=sys.maxsize):
        started = time.process_time()
        found = call()
        if method == "finditer":
            found = iter(list(found))
        spent = time.process_time() - started
        long = len(string) >= 1000
        kind = ("whole text" if pos == 0 and endpos >= len(string) else "window") if long else "short"
        if method not in _SEARCHING:
            kind = "match at one position"
        key = (self.label, self.scans, kind, where(3, ("first_chars.py",)))
        _TIME[key] += spent
        _CALLS[key] += 1
        return found


_BY_PATTERN: dict = {}


def _timed(compiled, pattern, flags):
    found = Timed(compiled, repr(compiled.pattern)[:90])
    found.scans = scanned(compiled) if isinstance(compiled.pattern, str) else True
    return found


_compile = caching_compile(Timed, _timed, _BY_PATTERN)


def main(n: int = 50, top: int = 30) -> None:
    install(_compile)
    from _seeds import seed_copies

    from saidvsdone import _progress, document, pipeline
    warnings.simplefilter("ignore")
    articles = seed_copies(n)
    with _progress.quiet():
        pipeline.run(articles.head(5))  # tables read, patterns compiled
        _TIME.clear(), _CALLS.clear()
        document.clear_cache()
        started = time.process_time()
        pipeline.run(articles)
        total = time.process_time() - started
    spent = sum(_TIME.values())
    print(f"{n} articles: {total / n * 1e3:.1f} ms an article with the wrapper, patterns {spent / n * 1e3:.2f} ms")
    by_kind = collections.Counter()
    for (label, scans, kind, caller), t in _TIME.items():
        by_kind[(kind, scans)] += t
    for (kind, scans), t in sorted(by_kind.items(), key=lambda x: -x[1]):
        print(f"  {kind:22s} {'scanned in C' if scans else 'no first-character scan':24s} {t / n * 1e3:6.2f} ms an article")
    print(f"-- the patterns with no first-character scan, by their time on whole texts and windows (µs an article)")
    rows = collections.Counter()
    calls = collections.Counter()
    for (label, scans, kind, caller), t in _TIME.items():
        if not scans and kind in ("whole text", "window"):
            rows[(label, caller)] += t
            calls[(label, caller)] += _CALLS[(label, scans, kind, caller)]
    for (label, caller), t in rows.most_common(top):
        print(f"{t / n * 1e6:8.1f}  {calls[(label, caller)] / n:6.1f} calls  {caller:40s} {label}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
