"""sp30's prototype of an anchored window test, measured and not adopted (issue 17; not run by ``make bench``).

    python tests/bench/anchor_index.py [ROUNDS] [BUILD]      # e.g. 3 6: fresh processes, with and without

The idea: most pattern calls search a window of the article (a sentence, the words before a cue) and find nothing;
``pattern_misses.py`` showed 62% of the calls hold none of the literal strings the pattern's every match must contain
(``_literals.literals``), but a test with ``in`` per literal per call cost four times what it skipped. Here the places
of a pattern's literals are found once per article text (each literal once per text, shared by the patterns) and kept
sorted with the least end from each place on, so a window's test is one bisection (``Anchored._skip``): exact (a
match lies in its window and holds a literal there). Every ``_lazyre`` pattern with literals gets it when it compiles
(``LazyPattern.compiled`` patched in the child), for ``search``, ``match``, ``fullmatch``, ``finditer`` and
``findall`` on texts of ``LONG`` characters or more; a pattern is indexed on a text only from its ``BUILD``-th call
there, and one that skips less than half its first ``TRIAL`` calls goes back to its own methods.

Measured on ``ab_corpus.py``'s unseen texts (40 long articles, round 27, load 8–12): indexed from the first call
(``BUILD`` 1), 77% of the wrapped calls were skipped, but the 310 indexes an article cost ≈30 µs each and the run
went from 1.70 to 2.23 s (0.76x); from the sixth call on a text (``BUILD`` 6), 49% skipped and 1.80 against 1.69 s,
1.88 against 1.85 s (0.94–0.98x). The calls the test skips cost about a microsecond each, what the wrapper and the
per-article index cost: a window test pays only where one scan of the text feeds every pattern at once (a token-level
matcher), not per pattern. The child prints its CPU time and a digest of the three tables (the same with and without).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import re  # noqa: E402
import threading  # noqa: E402
from bisect import bisect_left  # noqa: E402

literals = None  # saidvsdone._literals.literals, imported in the child


#: the shortest text whose windows are tested (an article; a name or a phrase is searched as it is)
LONG = 1000
#: the calls on long texts a pattern is watched for before it keeps the test or drops it
TRIAL = 96
#: the most places of one pattern's literals a text may hold for the pattern to be indexed on it
MOST = 24
#: the calls of one pattern on one text before it is indexed there (a pattern called once or twice an article is not)
BUILD = 6

_FOLDS_APART = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K: (?i) matches them with i / s / k, lower() does not
_ALWAYS = ((), ())  # a text the test cannot rule out anything in
_METHODS = ("search", "match", "fullmatch", "finditer", "findall")

_local = threading.local()  # per thread: the texts indexed last, each with its lower-cased form and literal places


def _text_state(text: str) -> list:
    """[text, lowered (None: case-insensitive literals not testable), {literal: places}] of ``text``, kept for the
    few texts read last (an article's text, the stages' copies of it)."""
    kept = getattr(_local, "kept", None)
    if kept is None:
        kept = _local.kept = []
    for state in kept:
        if state[0] is text:
            return state
    lowered = text.lower()
    if len(lowered) != len(text) or _FOLDS_APART.search(text):
        lowered = None
    state = [text, lowered, {}, {}]
    kept.insert(0, state)
    del kept[4:]
    return state


def _places(state: list, literal: str, folded: bool) -> list[int]:
    """Every start of ``literal`` in the text (or its lower-cased form), overlapping ones too, found once per text."""
    table = state[3] if folded else state[2]
    found = table.get(literal)
    if found is None:
        source = state[1] if folded else state[0]
        find, found, at = source.find, [], source.find(literal)
        while at >= 0:
            found.append(at)
            if len(found) > MOST:
                break
            at = find(literal, at + 1)
        table[literal] = found
    return found


class Anchored:
    """A compiled pattern's window calls behind the literal-place test (see the module's text); ``owner`` (a
    ``_lazyre.LazyPattern``) gets the compiled pattern's own methods back when the trial shows the test does not pay."""

    __slots__ = ("compiled", "cased", "folded", "owner", "index", "calls", "skips")

    def __init__(self, compiled: re.Pattern, owner=None, found=None):
        found = literals(compiled) if found is None else found
        self.compiled, self.owner = compiled, owner
        self.cased, self.folded = found if found is not None else ((), ())
        self.index = (None, (), ())  # (the text indexed last, the literals' starts in order, least end from each on)
        self.calls = self.skips = 0

    def _index(self, text: str) -> tuple:
        state = _text_state(text)
        if self.folded and state[1] is None:
            self.index = found = (text, *_ALWAYS)
            return found
        spans = []
        for literals, folded in ((self.cased, False), (self.folded, True)):
            for literal in literals:
                places = _places(state, literal, folded)
                if len(spans) + len(places) > MOST:
                    self.index = found = (text, *_ALWAYS)
                    return found
                size = len(literal)
                spans += [(at, at + size) for at in places]
        if not spans:  # no place: every window is ruled out
            self.index = found = (text, [len(text) + 1], [len(text) + 2])
            return found
        spans.sort()
        least, ends = len(text) + 1, [0] * len(spans)
        for k in range(len(spans) - 1, -1, -1):
            end = spans[k][1]
            if end < least:
                least = end
            ends[k] = least
        self.index = found = (text, [a for a, _ in spans], ends)  # (one tuple: a thread reads one text's index)
        return found

    def _skip(self, text, args: tuple) -> bool:
        """Whether no literal lies wholly inside the window ``args`` (pos, endpos) gives, on a long text: the call can
        find nothing. Counts the trial and drops the test when it does not pay."""
        skip = False
        if type(text) is str and len(text) >= LONG and len(args) <= 2:
            index = self.index
            if index[0] is not text:
                self.index = index = (text, None, 1)  # (a text's first call: counted, not indexed)
            elif index[1] is None:
                self.index = index = (text, None, index[2] + 1) if index[2] + 1 < BUILD else self._index(text)
            starts = index[1]
            if starts:
                pos = args[0] if args else 0
                endpos = args[1] if len(args) > 1 else len(text)
                k = bisect_left(starts, pos if pos > 0 else 0)
                skip = k == len(starts) or index[2][k] > endpos
        if self.calls < TRIAL:
            self.calls += 1
            self.skips += skip
            if self.calls == TRIAL and self.skips * 2 < TRIAL and self.owner is not None:
                for name in _METHODS:  # (the windows hold a literal more often than not: the pattern's own methods)
                    self.owner.__dict__[name] = getattr(self.compiled, name)
        return skip

    def search(self, text, *args):
        return None if self._skip(text, args) else self.compiled.search(text, *args)

    def match(self, text, *args):
        return None if self._skip(text, args) else self.compiled.match(text, *args)

    def fullmatch(self, text, *args):
        return None if self._skip(text, args) else self.compiled.fullmatch(text, *args)

    def finditer(self, text, *args):
        return iter(()) if self._skip(text, args) else self.compiled.finditer(text, *args)

    def findall(self, text, *args):
        return [] if self._skip(text, args) else self.compiled.findall(text, *args)


def install(owner, compiled: re.Pattern) -> None:
    """Put the anchored window calls in ``owner.__dict__`` (a ``_lazyre.LazyPattern`` just compiled) when the
    pattern has literals every match must hold; otherwise nothing changes."""
    found = literals(compiled)
    if found is None or not (found[0] or found[1]) or "" in found[0] or "" in found[1]:
        return
    anchored = Anchored(compiled, owner, found)
    for name in _METHODS:
        owner.__dict__[name] = getattr(anchored, name)


def _install_everywhere() -> None:
    """Patch ``_lazyre.LazyPattern.compiled`` so every lazy pattern with literals gets the anchored window calls."""
    from saidvsdone import _lazyre

    plain = _lazyre.LazyPattern.compiled

    def compiled(self):
        first = self._compiled is None
        found = plain(self)
        if first:
            install(self, found)
        return found

    _lazyre.LazyPattern.compiled = compiled


def child(anchored: bool, build: int) -> None:
    global BUILD, literals
    import warnings

    import ab_corpus
    from saidvsdone._literals import literals
    warnings.simplefilter("ignore")
    BUILD = build
    if anchored:
        _install_everywhere()
    from saidvsdone import pipeline
    articles, spent = ab_corpus.measured_run()
    tables = pipeline.run(articles)
    digest = hashlib.sha1("".join(t.to_csv() for t in (tables if isinstance(tables, (tuple, list)) else [tables])).encode())
    print(len(articles), spent, digest.hexdigest()[:12])


def main(rounds: int = 3, build: int = 6) -> None:
    best = {}
    for _ in range(rounds):
        for side in ("anchored", "plain"):
            env = dict(os.environ, SAIDVSDONE_PROGRESS="0")
            out = subprocess.run([sys.executable, __file__, "--child", side, str(build)], env=env, capture_output=True,
                                 text=True, check=True).stdout.split()
            print(f"{side:9s} {float(out[-2]):.3f} s  tables {out[-1]}", flush=True)
            best[side] = min(best.get(side, float("inf")), float(out[-2]))
    print(f"ratio {best['plain'] / best['anchored']:.2f}x (plain / anchored; above 1: the test pays)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2] == "anchored", int(sys.argv[3]))
    else:
        main(*(int(a) for a in sys.argv[1:3]))
