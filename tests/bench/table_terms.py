"""How much of the pipeline's pattern time goes to the vocabulary's term alternations, and on what spans (not run by
``make bench``; issue 17: would one scan of the text for every table term, an index on the document, pay?).

    python tests/bench/table_terms.py            # 200 seed copies, as make bench
    python tests/bench/table_terms.py 100 30     # 100 copies, top 30 patterns

``re.compile`` and the module-level ``re`` functions are wrapped *before* the library is imported (as in
``pattern_misses.py``), and ``matcher.trie_pattern`` records every fragment it builds. A compiled pattern is a
*table-term pattern* when its source holds a fragment ``trie_pattern`` built (nearly every table's words go through
it), when it was compiled while ``vocab.compiled`` built something (a ``TablePattern``, a stage's table regexes), or
when its parse tree holds an alternation of 8 literal words or more. Prints the pattern time by class (table-term
or other) and span kind (whole text of the article, a window of it, a short string), the table-term patterns run on
the whole text by caller (what one scan with an index could replace), and the whole-text calls replayed without the wrapper (against the pipeline's time unwrapped, in a fresh process), and
the top table-term patterns.

Read the times as upper bounds (each call carries the wrapper's clock reads); the share is what counts.
"""

from __future__ import annotations

import collections
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _wrapped_re import Wrapped, caching_compile, install, where  # noqa: E402

_clock = time.process_time
#: (class, kind, label, caller) -> [calls, seconds, hits]
STATS: dict = collections.defaultdict(lambda: [0, 0.0, 0])
TRIES: set = set()
_TEXT: list = [None]
#: every call on an article's whole text (pattern, method, text, class), for the replay without the wrapper
REPLAY: list = []


def _where(depth: int) -> str:
    return where(depth + 1, ("table_terms.py", "vocab.py"))


def _in_vocab_build() -> bool:
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.endswith("saidvsdone/vocab.py") and frame.f_code.co_name == "compiled":
            return True
        frame = frame.f_back
    return False


def _leaves(items) -> int:
    """The largest number of literal alternatives one alternation of the parse tree holds (tries flattened)."""
    from re import _constants as c  # noqa: PLC0415
    best = 0

    def count(seq) -> int:  # alternatives of a sequence that is a literal word, possibly a trie node
        n = 1
        for op, av in seq:
            if op is c.BRANCH:
                n = max(n, sum(count(s) for s in av[1]))
            elif op is c.SUBPATTERN:
                n = max(n, count(av[-1]))
        return n

    def walk(seq):
        nonlocal best
        for op, av in seq:
            if op is c.BRANCH:
                best = max(best, sum(count(s) for s in av[1]))
                for s in av[1]:
                    walk(s)
            elif op is c.SUBPATTERN:
                walk(av[-1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op in (c.ASSERT, c.ASSERT_NOT):
                walk(av[1])
    walk(items)
    return best


class Counted(Wrapped):
    __slots__ = ("cls",)

    def __init__(self, compiled, label, cls):
        super().__init__(compiled, label)
        self.cls = cls

    def timed(self, method, call, string, pos=0, endpos=sys.maxsize):
        if string is None or len(string) < 1000:
            kind = "short string"
        elif string is _TEXT[0] and pos == 0 and endpos >= len(string):
            kind = "whole text"
        elif pos == 0 and endpos >= len(string):
            kind = "whole long string (a copy of the text)"
        else:
            kind = "window of the text"
        if kind == "whole text":
            REPLAY.append((self._p, method, string, self.cls))
        started = _clock()
        found = call()
        hit = 0
        if method == "finditer":
            found = list(found)
            hit = len(found)
            found = iter(found)
        elif found:
            hit = 1
        spent = _clock() - started
        entry = STATS[(self.cls, kind, self.label, _where(3), method)]
        entry[0] += 1
        entry[1] += spent
        entry[2] += hit
        return found


_BY_PATTERN: dict = {}


def _classify(pattern: str, flags: int, built: bool) -> str:
    if built:
        return "table-term"
    if any(t in pattern for t in TRIES):
        return "table-term"
    try:
        from re import _parser  # noqa: PLC0415
        if _leaves(_parser.parse(pattern, flags)) >= 8:
            return "table-term"
    except Exception:  # noqa: BLE001
        pass
    return "other"


def _counted(compiled, pattern, flags):
    text = pattern if isinstance(pattern, str) else repr(pattern)
    cls = _classify(text, int(flags), _in_vocab_build()) if isinstance(pattern, str) else "other"
    return Counted(compiled, text, cls)


_compile = caching_compile(Counted, _counted, _BY_PATTERN)


def _install() -> None:
    install(_compile)
    from saidvsdone import matcher  # noqa: PLC0415 - before any module imports trie_pattern by name
    real = matcher.trie_pattern

    def recording(*args, **kwargs):
        out = real(*args, **kwargs)
        if "|" in out or "?" in out:
            TRIES.add(out)
        return out
    matcher.trie_pattern = recording


def _plain(articles) -> float:
    """The pipeline's CPU time on ``articles`` in a fresh process without the wrapper (best of 3)."""
    import subprocess  # noqa: PLC0415
    child = ("import sys, time, warnings; sys.path.insert(0, %r); from _seeds import seed_copies; "
             "from saidvsdone import pipeline, document, _progress; warnings.simplefilter('ignore'); "
             "a = seed_copies(%d); best = 1e9\n"
             "with _progress.quiet():\n pipeline.run(a.head(5))\n for _ in range(3):\n"
             "  document.clear_cache(); t = time.process_time(); pipeline.run(a); "
             "best = min(best, time.process_time() - t)\nprint(best)") % (str(Path(__file__).resolve().parent), len(articles))
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(n: str = "200", top: str = "25") -> None:
    _install()
    from _seeds import seed_copies

    from saidvsdone import _progress, document, pipeline

    articles = seed_copies(int(n))
    with warnings.catch_warnings(), _progress.quiet():
        warnings.simplefilter("ignore")
        pipeline.run(articles.head(5))
    # a pattern compiled before its trie fragment was recorded is classified again now that every table was read
    for p in _BY_PATTERN.values():
        if p.cls == "other" and isinstance(p.label, str):
            p.cls = _classify(p.label, p._p.flags, False)
    STATS.clear()
    REPLAY.clear()
    started = _clock()
    document.clear_cache()
    for i in range(len(articles)):
        one = articles.iloc[[i]]
        with warnings.catch_warnings(), _progress.quiet():
            warnings.simplefilter("ignore")
            doc = next(iter(document.documents(one)))
            _TEXT[0] = doc.text
            pipeline.run(one)
    total = _clock() - started
    spent = sum(v[1] for v in STATS.values())
    print(f"{len(articles)} articles: run {total:.2f} s (wrapped), in pattern calls {spent:.2f} s ({spent / total:.0%})")
    by_class: dict = collections.defaultdict(lambda: [0, 0.0])
    for (cls, kind, *_), (c, s, _h) in STATS.items():
        by_class[(cls, kind)][0] += c
        by_class[(cls, kind)][1] += s
    print("pattern time by class and span kind: calls per article, ms per article, share of pattern time")
    for (cls, kind), (c, s) in sorted(by_class.items(), key=lambda kv: -kv[1][1]):
        print(f"  {cls:11s} {kind:40s} {c / len(articles):8.1f} {s * 1000 / len(articles):7.2f} {s / spent:6.1%}")
    print("table-term patterns on the whole text, by caller (ms per article, calls, hits per article):")
    callers: dict = collections.defaultdict(lambda: [0, 0.0, 0, set()])
    for (cls, kind, label, caller, method), (c, s, h) in STATS.items():
        if cls == "table-term" and kind == "whole text":
            e = callers[caller]
            e[0] += c; e[1] += s; e[2] += h; e[3].add(label)
    for caller, (c, s, h, labels) in sorted(callers.items(), key=lambda kv: -kv[1][1]):
        print(f"  {s * 1000 / len(articles):6.2f} ms {c / len(articles):5.1f} calls {h / len(articles):6.1f} hits "
              f"{len(labels):3d} patterns  {caller}")
    replayed: dict = collections.Counter()
    for cls in ("table-term", "other"):
        calls = [(p, m, t) for p, m, t, c in REPLAY if c == cls and m in ("search", "match", "finditer", "findall")]
        best = 1e9
        for _ in range(5):
            t0 = _clock()
            for p, m, t in calls:
                if m == "finditer":
                    for _x in p.finditer(t):
                        pass
                else:
                    getattr(p, m)(t)
            best = min(best, _clock() - t0)
        replayed[cls] = best
    print("the whole-text calls replayed without the wrapper (best of 5, ms per article): "
          + ", ".join(f"{k} {v * 1000 / len(articles):.2f}" for k, v in replayed.items())
          + f"; the run unwrapped would be ≈{_plain(articles) * 1000 / len(articles):.1f} ms per article")
    print(f"top {top} table-term patterns by time (ms per article, calls per article, span kinds, callers):")
    patterns: dict = collections.defaultdict(lambda: [0, 0.0, collections.Counter(), collections.Counter()])
    for (cls, kind, label, caller, method), (c, s, h) in STATS.items():
        if cls == "table-term":
            e = patterns[label]
            e[0] += c; e[1] += s; e[2][kind] += s; e[3][f"{caller} {method}"] += s
    for label, (c, s, kinds, cs) in sorted(patterns.items(), key=lambda kv: -kv[1][1])[: int(top)]:
        print(f"  {s * 1000 / len(articles):6.2f} {c / len(articles):6.1f}  {label[:90]!r}\n"
              f"{'':16s}{dict((k, round(v * 1000 / len(articles), 2)) for k, v in kinds.items())}; "
              + "; ".join(f"{k} {v * 1000 / len(articles):.2f}" for k, v in cs.most_common(3)))


if __name__ == "__main__":
    main(*sys.argv[1:])
