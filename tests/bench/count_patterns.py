"""How often the same compiled pattern runs on the same text span within one article (not run by
``make bench``; issue 17: repeated work that a flat profile hides).

    python tests/bench/count_patterns.py            # the five seeds, one article at a time
    python tests/bench/count_patterns.py devset     # the devset's development part too

``re.compile`` and the module-level ``re`` functions are wrapped *before* the library is imported, so every
pattern the library builds (lazily or not) counts its calls by (pattern, method, text, pos, endpos). Per
article, a call whose key was already seen in that article is a repeat. Prints the top patterns by
repeats, with the span kind (whole text, paragraph, sentence, other) and the functions that called them.
"""

from __future__ import annotations

import collections
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _wrapped_re import Wrapped, caching_compile, devset_development, install, where  # noqa: E402

_CALLS: collections.Counter = collections.Counter()
_CALLERS: dict = collections.defaultdict(collections.Counter)
_TIME: collections.Counter = collections.Counter()   # (label, method, caller) -> seconds
_KINDS: collections.Counter = collections.Counter()
_KIND_CALLS: collections.Counter = collections.Counter()
_WHOLE: collections.Counter = collections.Counter()
_clock = __import__("time").process_time


def _where(depth: int) -> str:
    return where(depth + 1, ("count_patterns.py",))


class Counted(Wrapped):
    __slots__ = ()

    def _record(self, method, string, pos=0, endpos=None):
        key = (self.label, method, string, pos, endpos)
        _CALLS[key] += 1
        caller = _where(3)
        _CALLERS[(self.label, method)][caller] += 1
        return caller, _CALLS[key] > 1

    def timed(self, method, call, string, pos=0, endpos=sys.maxsize):
        caller, again = self._record(method, string, pos, endpos)
        started = _clock()
        found = call()
        if method in ("finditer", "scanner"):
            found = iter(list(found)) if method == "finditer" else found
        spent = _clock() - started
        if again:
            _KINDS["(of which repeats: the same pattern on the same span again)"] += spent
            _KIND_CALLS["(of which repeats: the same pattern on the same span again)"] += 1
        _TIME[(self.label, method, caller)] += spent
        whole = len(string) >= 1000 and pos == 0 and endpos == sys.maxsize
        _KINDS["whole text" if whole else "window of a long text" if len(string) >= 1000 else "short string"] += spent
        if whole:
            _WHOLE[(self.label, method, caller)] += spent
        _KIND_CALLS["whole text" if whole else "window of a long text" if len(string) >= 1000 else "short string"] += 1
        return found

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        self._record("scanner", string, pos, endpos)
        return self._p.scanner(string, pos, endpos)


_BY_PATTERN: dict = {}


def _counted(compiled, pattern, flags):
    text = pattern if isinstance(pattern, str) else repr(pattern)
    return Counted(compiled, f"{_where(3)}: {text[:70]!r}")  # (3: past _where, this function and the caching compile)


_compile = caching_compile(Counted, _counted, _BY_PATTERN)


def main(which: str = "seeds") -> None:
    install(_compile)
    from saidvsdone import _progress, corpus, document, pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frames = [corpus.load()]
        if which == "devset":
            frames.append(devset_development())
    with warnings.catch_warnings(), _progress.quiet():   # warm-up: tables and vocabularies load once per process
        warnings.simplefilter("ignore")
        pipeline.run(frames[0])
    _TIME.clear(); _KINDS.clear(); _KIND_CALLS.clear()
    import time as _t
    wall = _t.process_time()
    totals: dict = collections.defaultdict(lambda: [0, 0, collections.Counter()])
    all_calls = all_repeats = 0
    for articles in frames:
        for i in range(len(articles)):
            one = articles.iloc[[i]]
            document.clear_cache()
            _CALLS.clear()
            with warnings.catch_warnings(), _progress.quiet():
                warnings.simplefilter("ignore")
                pipeline.run(one)
            doc = next(iter(document.documents(one)))
            sentences = {doc.text[s.start:s.end] for s in doc.sentences}
            paragraphs = {doc.text[a:b] for a, b in doc.paragraphs}
            for (label, method, string, pos, endpos), count in _CALLS.items():
                entry = totals[(label, method)]
                entry[0] += count
                entry[1] += count - 1
                all_calls += count
                all_repeats += count - 1
                if count > 1:
                    kind = ("text" if string == doc.text else "sentence" if string in sentences
                            else "paragraph" if string in paragraphs else "long" if len(string) > 300
                            else "short")
                    if kind == "text" and (pos, endpos) not in ((0, None), (0, sys.maxsize)):
                        kind = "text-window"
                    entry[2][kind] += count - 1
    spent = sum(_TIME.values())
    print(f"time in patterns {spent:.3f} s of {_t.process_time() - wall:.3f} s")
    for kind, seconds in _KINDS.most_common():
        print(f"  {kind}: {_KIND_CALLS[kind]} calls, {seconds * 1000:.1f} ms")
    print("whole-text scans:")
    for (label, method, caller), seconds in _WHOLE.most_common(30):
        print(f"  {seconds * 1000:7.1f} ms {method:8s} {caller:40s} {label}")
    print("all calls:")
    for (label, method, caller), seconds in _TIME.most_common(45):
        print(f"  {seconds * 1000:7.1f} ms {seconds / spent:5.1%} {method:8s} {caller:40s} {label}")
    print(f"calls {all_calls}, repeats {all_repeats} ({all_repeats / max(all_calls, 1):.0%})")
    ranked = sorted(totals.items(), key=lambda item: -item[1][1])
    for (label, method), (calls, repeats, kinds) in ranked[:40]:
        callers = ", ".join(f"{c} {n}" for c, n in _CALLERS[(label, method)].most_common(3))
        print(f"{repeats:7d}/{calls:7d} {method:8s} {label}\n          spans: {dict(kinds)}; callers: {callers}")


if __name__ == "__main__":
    main(*sys.argv[1:])
