"""How much pattern time is spent on calls that find nothing, and how much of it a literal test could skip
(not run by ``make bench``; issue 17).

    python tests/bench/pattern_misses.py                 # 200 seed copies, as make bench; top 40 patterns
    python tests/bench/pattern_misses.py 100 devset 60   # 100 seed copies and the devset's development part

``re.compile`` and the module-level ``re`` functions are wrapped *before* the library is imported (as in
``count_patterns.py``): every call of every pattern counts its calls, its hits (a match, a non-empty
findall/finditer, a substitution made, a split that split) and its CPU time, by (pattern, method, caller).
Each call is also put to the literal test a trigger index would run (``_literals.required``: none of the
strings every match must hold occurs in the searched span): how many calls it would skip, the pattern time
they took, what the test itself costs, and a check that it never skips a call that matched ("wrong skips").
Prints totals, the same by span kind (short string, window of a long text, whole text) and method, and the
top patterns by time with their hit rate, miss time and literal strings. Wraps ``re`` only when run as a script.

Read the times of calls on short strings as upper bounds: each timed call carries the wrapper's own clock reads
(a system call: microseconds on a loaded machine, as much as a short search). The check of a saving is an A/B
run of the library itself, and cProfile's time of the ``re.Pattern`` methods.
"""

from __future__ import annotations

import collections
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _wrapped_re import Wrapped, caching_compile, devset_development, install, where  # noqa: E402

_clock = time.process_time
#: (label, method, caller) -> [calls, hits, seconds, miss seconds]
STATS: dict = collections.defaultdict(lambda: [0, 0, 0.0, 0.0])


def _where(depth: int) -> str:
    return where(depth + 1, ("pattern_misses.py",), lineno=True)


#: label -> [calls the literal prefilter would skip, their pattern seconds, seconds spent on the prefilter test]
SKIP: dict = collections.defaultdict(lambda: [0, 0.0, 0.0])
BAD: list = []
#: the article's text (the very object: only calls on it are put to the per-document test) and, per pattern,
#: whether none of its strings occurs there
_DOCUMENT: list = [None, {}]
#: calls a per-document test would skip (none of the pattern's strings anywhere in the article), their
#: seconds, and how many of them matched (must stay 0)
DOC_SKIP: list = [0, 0.0, 0]
#: span kind -> [calls, seconds, calls the test would skip, their seconds, seconds of the tests]
KINDS: dict = collections.defaultdict(lambda: [0, 0.0, 0, 0.0, 0.0])
_SPECIAL = ("\u0130", "\u0131", "\u017f", "\u212a")


def _absent(needed, string, pos, endpos):
    """Would the prefilter skip this call? (the test _lazyre runs)"""
    cs, ci = needed
    whole = pos == 0 and endpos >= len(string)
    if cs:
        if whole:
            if any(map(string.__contains__, cs)):
                return False
        elif any(string.find(t, pos, endpos) >= 0 for t in cs):
            return False
    if ci:
        if any(map(string.__contains__, _SPECIAL)):
            return False
        low = string.lower()
        if whole:
            if any(map(low.__contains__, ci)):
                return False
        elif any(low.find(t, pos, endpos) >= 0 for t in ci):
            return False
    return True


#: whether a call's result found something, by method ("sub" is timed as a ``subn``: its count says)
_HIT = {"finditer": None, "sub": lambda r: r[1] > 0, "subn": lambda r: r[1] > 0, "split": lambda r: len(r) > 1}


class Counted(Wrapped):
    __slots__ = ("needed",)

    def __init__(self, compiled, label):
        super().__init__(compiled, label)
        from _literals import required
        self.needed = required(compiled.pattern, compiled.flags) if isinstance(compiled.pattern, str) else None

    def timed(self, method, call, string=None, pos=0, endpos=sys.maxsize):
        hit = _HIT.get(method, bool)
        caller = _where(3)
        skip = False
        tested = 0.0
        if self.needed is not None and string is not None:
            t0 = _clock()
            skip = _absent(self.needed, string, pos, endpos)
            tested = _clock() - t0
            SKIP[self.label][2] += tested
        if self.needed is not None and string is not None and string is _DOCUMENT[0]:
            known = _DOCUMENT[1]
            if self.label not in known:
                known[self.label] = _absent(self.needed, _DOCUMENT[0], 0, sys.maxsize)
            doc_skip = known[self.label]
        else:
            doc_skip = False
        if string is None:
            kind = "?"
        elif len(string) < 1000:
            kind = "short string (< 1,000 characters)"
        elif pos == 0 and endpos >= len(string):
            kind = "whole long text"
        elif endpos - pos < 1000:
            kind = "window under 1,000 characters of a long text"
        else:
            kind = "window of 1,000 characters or more of a long text"
        started = _clock()
        found = call()
        if method == "finditer":
            found = iter(list(found))
            got = bool(found.__length_hint__())
        else:
            got = hit(found)
        spent = _clock() - started
        entry = STATS[(self.label, method, caller)]
        entry[0] += 1
        entry[2] += spent
        if got:
            entry[1] += 1
            if skip:
                BAD.append((self.label, string[:200]))
        else:
            entry[3] += spent
        if skip:
            SKIP[self.label][0] += 1
            SKIP[self.label][1] += spent
        if doc_skip:
            DOC_SKIP[0] += 1
            DOC_SKIP[1] += spent
            if got:
                DOC_SKIP[2] += 1
        k = KINDS[f"{kind}, {method}"]
        k[0] += 1; k[1] += spent; k[4] += tested
        if skip:
            k[2] += 1; k[3] += spent
        return found

    def sub(self, repl, string, count=0):
        return self.timed("sub", lambda: self._p.subn(repl, string, count), string)[0]


_BY_PATTERN: dict = {}
_compile = caching_compile(Counted, lambda compiled, pattern, flags: Counted(
    compiled, pattern if isinstance(pattern, str) else repr(pattern)), _BY_PATTERN)


def main(n: str = "200", which: str = "seeds", top: str = "40") -> None:
    install(_compile)
    from _seeds import seed_copies

    from saidvsdone import _progress, document, pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frames = [seed_copies(int(n))]
        if which == "devset":
            frames.append(devset_development())
    with warnings.catch_warnings(), _progress.quiet():
        warnings.simplefilter("ignore")
        pipeline.run(frames[0].head(5))
    STATS.clear(); SKIP.clear(); KINDS.clear(); BAD.clear(); DOC_SKIP[:] = [0, 0.0, 0]
    started = _clock()
    for articles in frames:
        document.clear_cache()
        for i in range(len(articles)):   # one article at a time: the per-document test knows its text
            one = articles.iloc[[i]]
            with warnings.catch_warnings(), _progress.quiet():
                warnings.simplefilter("ignore")
                doc = next(iter(document.documents(one)))
                _DOCUMENT[:] = [doc.text, {}]
                pipeline.run(one)
    _DOCUMENT[:] = [None, {}]
    total = _clock() - started
    spent = sum(v[2] for v in STATS.values())
    missed = sum(v[3] for v in STATS.values())
    calls = sum(v[0] for v in STATS.values())
    hits = sum(v[1] for v in STATS.values())
    print(f"run {total:.2f} s (wrapped), in patterns {spent:.2f} s; calls {calls}, hits {hits} ({hits / calls:.1%}); "
          f"time on misses {missed:.2f} s ({missed / spent:.1%} of pattern time)")
    by_pattern: dict = collections.defaultdict(lambda: [0, 0, 0.0, 0.0, collections.Counter()])
    for (label, method, caller), (c, h, s, m) in STATS.items():
        entry = by_pattern[label]
        entry[0] += c; entry[1] += h; entry[2] += s; entry[3] += m
        entry[4][f"{caller} {method}"] += s
    skipped = sum(v[1] for v in SKIP.values())
    tested = sum(v[2] for v in SKIP.values())
    print(f"prefilter: would skip {sum(v[0] for v in SKIP.values())} calls, {skipped:.2f} s of pattern time; "
          f"its tests cost {tested:.2f} s; wrong skips {len(BAD)}")
    print(f"per-document test (a pattern asked about the article's text, or a window of it, skipped when none of "
          f"its strings occurs in the article): would skip "
          f"{DOC_SKIP[0]} calls, {DOC_SKIP[1]:.2f} s of pattern time; wrong skips {DOC_SKIP[2]}")
    print("by span kind and method: calls, ms, calls skippable, their ms, test ms")
    for kind, (c, t, sc, st, tt) in sorted(KINDS.items(), key=lambda kv: -kv[1][1]):
        print(f"  {kind:70s} {c:7d} {t * 1000:8.1f} {sc:7d} {st * 1000:8.1f} {tt * 1000:8.1f}")
    for label, text in BAD[:10]:
        print("  WRONG", label[:100], repr(text[:100]))
    print(f"{'ms':>7s} {'share':>6s} {'calls':>7s} {'hit%':>6s} {'miss ms':>7s}  pattern / callers")
    _BY_PATTERN_NEEDED = {v.label: (None if v.needed is None else sorted(v.needed[0] | v.needed[1])[:12]) for v in _BY_PATTERN.values()}
    for label, (c, h, s, m, callers) in sorted(by_pattern.items(), key=lambda kv: -kv[1][2])[: int(top)]:
        sk = SKIP.get(label, [0, 0.0, 0.0])
        nd = _BY_PATTERN_NEEDED.get(label)
        where = f"skip {sk[0]} calls {sk[1] * 1000:.1f} ms, test {sk[2] * 1000:.1f} ms; needs {nd}\n{'':37s}" + "; ".join(f"{k} {v * 1000:.0f}" for k, v in callers.most_common(3))
        print(f"{s * 1000:7.1f} {s / spent:6.1%} {c:7d} {h / c:6.1%} {m * 1000:7.1f}  {label[:150]!r}\n{'':37s}{where}")


if __name__ == "__main__":
    main(*sys.argv[1:])
