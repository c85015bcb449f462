"""Which patterns a first-character look-ahead (``matcher.fail_fast``) makes faster, measured on the calls the
pipeline really makes (not run by ``make bench``; issue 17).

    python tests/bench/lookahead_replay.py        # 40 seed copies
    python tests/bench/lookahead_replay.py 100    # more

``re.compile`` is wrapped *before* the library is imported (run it as a script only): every ``search``,
``finditer`` and ``findall`` call of every pattern is recorded with its text and bounds while the pipeline
runs. Each pattern's calls are then replayed (best of three, CPU time) with the pattern as written and with
its ``fail_fast`` form, and the results compared. A whole-text benchmark misleads here: most calls search
a window of a sentence or a few words before a position, and a look-ahead can slow a pattern the engine
already scans fast (one that opens with a class: ``[A-Za-z]+``, ``[.!?]``; or with a literal).

Prints the patterns whose ``fail_fast`` form saves the most, then those it slows (for a pattern already
built by ``fail_fast``, "as written" is its source before the look-ahead), each with where it was compiled.
"""

from __future__ import annotations

import collections
import os
import re
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _wrapped_re import Wrapped, caching_compile  # noqa: E402

_real_compile = re.compile
_CALLS: dict = collections.defaultdict(list)  # (pattern, flags) -> [(method, string, pos, endpos)]
_WHERE: dict = {}
_SOURCES: dict = {}  # a fail_fast pattern's (pattern, flags) -> its source's (pattern, flags)
_METHODS = ("search", "finditer", "findall")


def _where(depth: int) -> str:
    frame = sys._getframe(depth)
    while frame is not None and frame.f_code.co_filename.endswith(("_lazyre.py", "/re/__init__.py", "matcher.py",
                                                                   "lookahead_replay.py")):
        frame = frame.f_back
    return "?" if frame is None else f"{frame.f_globals.get('__name__', '?').replace('saidvsdone.', '')}:{frame.f_lineno}"


class Recorded(Wrapped):
    """A compiled pattern that records its search, finditer and findall calls (its ``label``: its (pattern, flags))."""

    __slots__ = ()

    def timed(self, method, call, string, pos=0, endpos=sys.maxsize):
        if method in _METHODS:
            _CALLS[self.label].append((method, string, pos, endpos))
        return call()


_BY_KEY: dict = {}


def _recorded(compiled, pattern, flags):
    key = (pattern, int(flags))
    _WHERE[key] = _where(3)  # (3: past _where, this function and the caching compile)
    return Recorded(compiled, key)


_compile = caching_compile(Recorded, _recorded, _BY_KEY)


def _replay(compiled, calls) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for method, string, pos, endpos in calls:
            found = getattr(compiled, method)(string, pos, endpos)
            if method == "finditer":
                for _match in found:
                    pass
        best = min(best, time.process_time() - started)
    return best


def _results(compiled, calls) -> list:
    out = []
    for method, string, pos, endpos in calls:
        found = getattr(compiled, method)(string, pos, endpos)
        out.append(found and found.span() if method == "search" else
                   [m.span() for m in found] if method == "finditer" else found)
    return out


def main(count: int = 40) -> None:
    if "saidvsdone" in sys.modules:
        raise RuntimeError("run this as a script: the library must be imported after re is wrapped")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    warnings.simplefilter("ignore")
    re.compile = _compile
    from saidvsdone import matcher

    fail_fast = matcher.fail_fast

    def spied(pattern, flags=0):
        made = fail_fast(pattern, flags)
        _SOURCES[(made.pattern, int(made.flags))] = (pattern, int(flags))
        return made

    matcher.fail_fast = spied  # (the modules that import it by name take this one)
    from _seeds import seed_copies

    from saidvsdone import pipeline

    articles = seed_copies(count)
    pipeline.run(articles)
    re.compile = _real_compile
    rows = []
    for key, calls in _CALLS.items():
        if isinstance(key[0], bytes):
            continue
        source = _SOURCES.get(key, key)
        plain, fast = _real_compile(*source), fail_fast(*source)
        if plain.pattern == fast.pattern:
            continue  # fail_fast reads no first characters: nothing to compare
        before, after = _replay(plain, calls), _replay(fast, calls)
        same = _results(plain, calls) == _results(fast, calls)
        rows.append((before - after, before, after, len(calls), same, key in _SOURCES, _WHERE[key], source[0]))
    rows.sort(key=lambda row: row[0], reverse=True)
    total_plain = sum(r[1] for r in rows)
    total_best = sum(min(r[1], r[2]) for r in rows)
    print(f"{count} articles: {len(rows)} patterns a look-ahead can guard; their search/finditer/findall calls take "
          f"{total_plain * 1000:.1f} ms as written, {total_best * 1000:.1f} ms each in its faster form; "
          f"results identical: {all(r[4] for r in rows)}")
    print("most saved by the look-ahead (* built by fail_fast already):")
    for saved, before, after, calls, same, built, where, source in rows[:30]:
        print(f"  {saved * 1000:6.2f} ms  {before * 1000:6.2f} -> {after * 1000:6.2f}  {calls:5d} calls "
              f"{'*' if built else ' '} {where:26s} {source[:60]!r}")
    print("slowed by it:")
    for saved, before, after, calls, same, built, where, source in [r for r in rows if r[0] < 0][-15:]:
        print(f"  {saved * 1000:6.2f} ms  {before * 1000:6.2f} -> {after * 1000:6.2f}  {calls:5d} calls "
              f"{'*' if built else ' '} {where:26s} {source[:60]!r}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
