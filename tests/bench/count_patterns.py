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

import os
import collections
import re
import sys
import warnings
from pathlib import Path

_real_compile = re.compile
_CALLS: collections.Counter = collections.Counter()
_CALLERS: dict = collections.defaultdict(collections.Counter)
_TIME: collections.Counter = collections.Counter()   # (label, method, caller) -> seconds
_KINDS: collections.Counter = collections.Counter()
_KIND_CALLS: collections.Counter = collections.Counter()
_WHOLE: collections.Counter = collections.Counter()
_clock = __import__("time").process_time


def _where(depth: int) -> str:
    frame = sys._getframe(depth)
    while frame is not None and (frame.f_code.co_filename.endswith(("_lazyre.py", "/re/__init__.py", "count_patterns.py"))):
        frame = frame.f_back
    if frame is None:
        return "?"
    name = frame.f_globals.get("__name__", "?").replace("saidvsdone.", "")
    return f"{name}.{frame.f_code.co_name}"


class Counted:
    __slots__ = ("_p", "label")

    def __init__(self, compiled, label):
        self._p, self.label = compiled, label

    def __getattr__(self, name):
        return getattr(self._p, name)

    def _record(self, method, string, pos=0, endpos=None):
        key = (self.label, method, string, pos, endpos)
        _CALLS[key] += 1
        caller = _where(3)
        _CALLERS[(self.label, method)][caller] += 1
        return caller, _CALLS[key] > 1

    def _timed(self, method, string, call, *args):
        caller, again = self._record(method, string, *args[:2])
        started = _clock()
        found = call()
        if method in ("finditer", "scanner"):
            found = iter(list(found)) if method == "finditer" else found
        spent = _clock() - started
        if again:
            _KINDS["(of which repeats: the same pattern on the same span again)"] += spent
            _KIND_CALLS["(of which repeats: the same pattern on the same span again)"] += 1
        _TIME[(self.label, method, caller)] += spent
        whole = len(string) >= 1000 and (not args or (args[0] == 0 and args[1] == sys.maxsize))
        _KINDS["whole text" if whole else "window of a long text" if len(string) >= 1000 else "short string"] += spent
        if whole:
            _WHOLE[(self.label, method, caller)] += spent
        _KIND_CALLS["whole text" if whole else "window of a long text" if len(string) >= 1000 else "short string"] += 1
        return found

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self._timed("search", string, lambda: self._p.search(string, pos, endpos), pos, endpos)

    def match(self, string, pos=0, endpos=sys.maxsize):
        return self._timed("match", string, lambda: self._p.match(string, pos, endpos), pos, endpos)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return self._timed("fullmatch", string, lambda: self._p.fullmatch(string, pos, endpos), pos, endpos)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        return self._timed("finditer", string, lambda: self._p.finditer(string, pos, endpos), pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        return self._timed("findall", string, lambda: self._p.findall(string, pos, endpos), pos, endpos)

    def sub(self, repl, string, count=0):
        return self._timed("sub", string, lambda: self._p.sub(repl, string, count))

    def subn(self, repl, string, count=0):
        return self._timed("subn", string, lambda: self._p.subn(repl, string, count))

    def split(self, string, maxsplit=0):
        return self._timed("split", string, lambda: self._p.split(string, maxsplit))

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        self._record("scanner", string, pos, endpos)
        return self._p.scanner(string, pos, endpos)

    def __eq__(self, other):
        return self._p == (other._p if isinstance(other, Counted) else other)

    def __hash__(self):
        return hash(self._p)

    def __repr__(self):
        return repr(self._p)


_BY_PATTERN: dict = {}


def _compile(pattern, flags=0):
    if isinstance(pattern, Counted):
        return pattern
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    key = (pattern, int(flags))
    found = _BY_PATTERN.get(key)
    if found is None:
        text = pattern if isinstance(pattern, str) else repr(pattern)
        label = f"{_where(2)}: {text[:70]!r}"
        found = _BY_PATTERN[key] = Counted(_real_compile(pattern, flags), label)
    return found


def _module_function(method):
    def call(pattern, string, *args, flags=0, **kwargs):
        if method in ("sub", "subn"):
            repl, string, rest = string, args[0], args[1:]
            if rest and not isinstance(rest[-1], int) or len(rest) > 1:
                flags = rest[-1]
            compiled = _compile(pattern, flags if not isinstance(pattern, (re.Pattern, Counted)) else 0)
            return getattr(compiled, method)(repl, string, *(rest[:1] if rest else ()), **kwargs)
        if args:
            flags = args[-1]
        compiled = _compile(pattern, flags if not isinstance(pattern, (re.Pattern, Counted)) else 0)
        return getattr(compiled, method)(string, **kwargs)
    return call


def _install() -> None:
    """Wrap ``re.compile`` and the ``re`` functions: only when run as a script (pytest imports this module for
    its doctests: nothing may change there), and before the library is imported."""
    if "saidvsdone" in sys.modules:
        raise RuntimeError("run this as a script: the library must be imported after re is wrapped")
    re.compile = _compile
    for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
        setattr(re, name, _module_function(name))


def main(which: str = "seeds") -> None:
    _install()
    from saidvsdone import _progress, corpus, document, pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frames = [corpus.load()]
        if which == "devset":
            folder = Path(os.environ.get("SAIDVSDONE_DEVSET", "../shared/devset")) / "articles"
            found = corpus.load(folder)
            frames.append(found[found["article_id"].str[:3].isin([f"{i:03d}" for i in range(1, 21) if i % 4])])
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
