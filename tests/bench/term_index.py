"""Would one scan of the text for every table term pay? A prototype of a term index (not run by ``make bench``;
issue 17, sp15), measured against the whole-text term patterns it would replace.

    python tests/bench/term_index.py            # the five seeds (timing) and the repository's texts (exactness)

The index: the text cut once into fine tokens (each run of ``\\w`` and each other character but white space), a
trie of the tables' terms on those tokens (straight and curly apostrophes one key) walked from every token, so every
term of every kind is found where it starts, overlaps kept (what PhraseMatcher does). A reader per pattern then
gives what the pattern's ``finditer`` gives: it checks the term's spelling against the text (a single space or any
white space between words, a curly apostrophe for a straight one, as the pattern allows), the pattern's
look-behind and look-ahead, keeps the longest term at a start and drops a term that starts inside the last one kept.

Four whole-text patterns are read from it, the largest pure term alternations of the profile (``table_terms.py``):
the known mentions' aliases and country names (``mentions.people``), facts' side actors (``actor_re``) and
gazetteer places (``place_re``). Prints, per seed article (best of 30, CPU time): the four patterns' ``finditer``,
the index's tokens, its trie walk and the four readers; and checks on every article text the repository holds
(seeds, ``tests/gold`` folders, stress sets, the devset's development part) that each reader gives the spans its
pattern gives.
"""

from __future__ import annotations

import os
import re
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _wrapped_re import devset_development  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
_TOKEN = re.compile(r"\w+|[^\w\s]")
_SPACES = re.compile(r"\s+")
_NEXT = re.compile(r"\s*(\w+|[^\w\s])")


class Kind:
    """One pattern's terms and rules: ``before`` a character class no match may follow, ``after`` a pattern the
    text after a match must match (a look-ahead), ``spaces``: a space of a term matches any white space run,
    ``apostrophes``: a straight apostrophe of a term matches a curly one."""

    def __init__(self, name, terms, before, after, spaces, apostrophes):
        self.name, self.terms = name, list(terms)
        self.before = re.compile(before)
        self.after = re.compile(after)
        self.spaces, self.apostrophes = spaces, apostrophes

    def spelled(self, written: str, term: str) -> bool:
        if written == term:
            return True
        if self.spaces:
            written = _SPACES.sub(" ", written)
        if self.apostrophes and "'" in term and len(written) == len(term):
            return all(a == b or (b == "'" and a in "'’") for a, b in zip(written, term))
        return written == term


class TermIndex:
    """Every term of every kind, found once per text: (start, end, kind, term) by token start."""

    def __init__(self, kinds):
        self.kinds = kinds
        self.root: dict = {}
        for k, kind in enumerate(kinds):
            for term in kind.terms:
                node = self.root
                for tok in _TOKEN.findall(term):
                    node = node.setdefault(tok.replace("’", "'"), {})
                node.setdefault(None, []).append((k, term))

    def starts(self):
        """A pattern for where a term may start: the first token of some term, whole (the gate the walk then
        follows from; a variant of ``scan`` that tokenises only from there)."""
        from saidvsdone.matcher import fail_fast, trie_pattern
        firsts = {tok for tok in self.root}
        return fail_fast(r"(?<![\w-])(?:" + trie_pattern(firsts, apostrophes=True) + r")(?!(?<=\w)\w)")

    def scan_from_starts(self, text: str, starts) -> list:
        hits = []
        step = _NEXT.match
        for m in starts.finditer(text):
            node = self.root.get(m.group().replace("’", "'"))
            first, end = m.start(), m.end()
            while node is not None:
                ends = node.get(None)
                if ends is not None:
                    hits.append((first, end, ends))
                t = step(text, end)
                if t is None:
                    break
                end = t.end()
                node = node.get(t.group(1).replace("’", "'"))
        return hits

    def scan(self, text: str):
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        keys = [text[a:b] for a, b in spans]
        if "’" in text:
            keys = [k.replace("’", "'") for k in keys]
        return self.walk(spans, keys)

    def walk(self, spans, keys):
        root, hits, n = self.root, [], len(keys)
        get = root.get
        for i, key in enumerate(keys):
            node = get(key)
            j = i
            while node is not None:
                ends = node.get(None)
                if ends is not None:
                    hits.append((spans[i][0], spans[j][1], ends))
                j += 1
                if j == n:
                    break
                node = node.get(keys[j])
        return hits

    def read(self, text: str, hits, k: int):
        """The spans ``finditer`` of kind ``k``'s pattern gives."""
        kind = self.kinds[k]
        out, last = [], 0
        best = None
        for start, end, ends in hits:  # (by start, then by end: the walk's order)
            if start < last:
                continue
            if best is not None and start != best[0]:
                out.append(best)
                last = best[1]
                best = None
                if start < last:
                    continue
            for kk, term in ends:
                if kk == k and kind.spelled(text[start:end], term) \
                        and not (start and kind.before.match(text, start - 1)) and kind.after.match(text, end):
                    best = (start, end)
                    break
        if best is not None:
            out.append(best)
        return out


def _kinds():
    from saidvsdone import mentions, vocab
    import importlib
    facts_vocab = importlib.import_module("saidvsdone.facts.vocab")
    who = mentions.people()
    country_table = vocab.country_forms()
    nouns = [f for f, (_, kind) in country_table.items() if kind in ("country", "capital") and f[:1].isupper()
             and not f.endswith(("’s", "'s"))]
    v = facts_vocab.vocab()
    return [
        Kind("aliases", who.alias_to_name, r"[\w’'-]", r"['’]s\b|(?![\w’'-])", False, False),
        Kind("countries", nouns, r"[\w’'-]", r"(?![\w’'-])", False, False),
        Kind("actors", v.actor_rows, r"[\w-]", r"(?!\w)", True, True),
        Kind("places", v.places, r"[\w-]", r"(?![\w-])", True, True),
    ], [who.alias_regex, who.country_regex, v.actor_re, v.place_re]


def _texts():
    from saidvsdone import corpus
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield from corpus.load()["text"]
        for folder in sorted((ROOT / "tests" / "gold").rglob("articles")):
            if folder.is_dir() and "heldout" not in str(folder) and "/test/" not in str(folder):
                yield from corpus.load(folder)["text"]
        for table in sorted((ROOT / "tests" / "gold" / "stress").rglob("articles.csv")):
            yield from pd.read_csv(table, dtype=str, keep_default_na=False)["text"]
        devset = Path(os.environ.get("SAIDVSDONE_DEVSET", ROOT.parent / "shared" / "devset"))
        if (devset / "articles").is_dir():
            yield from devset_development(devset)["text"]


def main() -> None:
    from saidvsdone import document
    from _seeds import seed_copies

    kinds, patterns = _kinds()
    index = TermIndex(kinds)
    gate = index.starts()
    texts, wrong = 0, 0
    for text in _texts():
        texts += 1
        hits = index.scan(text)
        gated = index.scan_from_starts(text, gate)
        for k, pattern in enumerate(patterns):
            if index.read(text, hits, k) != [m.span() for m in pattern.finditer(text)]:
                wrong += 1
                print("DIFFERS", kinds[k].name, repr(text[:60]))
            if index.read(text, gated, k) != [m.span() for m in pattern.finditer(text)]:
                wrong += 1
                print("DIFFERS (gated scan)", kinds[k].name, repr(text[:60]))
    print(f"exactness: {texts} texts, {wrong} (text, pattern) pairs differ")
    docs = [d.text for d in document.documents(seed_copies(5))]

    def best(call, rounds=30):
        out = 1e9
        for _ in range(rounds):
            t = time.process_time()
            for d in docs:
                call(d)
            out = min(out, time.process_time() - t)
        return out / len(docs) * 1000

    tokens = {d: ([(m.start(), m.end()) for m in _TOKEN.finditer(d)]) for d in docs}
    keys = {d: [d[a:b].replace("’", "'") for a, b in tokens[d]] for d in docs}
    hits = {d: index.scan(d) for d in docs}
    print(f"seed articles: {sum(map(len, docs)) / len(docs):.0f} characters, "
          f"{sum(len(t) for t in tokens.values()) / len(docs):.0f} tokens, "
          f"{sum(len(h) for h in hits.values()) / len(docs):.0f} term hits each; ms per article (best of 30):")
    for k, pattern in enumerate(patterns):
        print(f"  {kinds[k].name:10s} finditer {best(lambda d: [m.span() for m in pattern.finditer(d)]):.3f}  "
              f"reader {best(lambda d: index.read(d, hits[d], k)):.3f}")
    print(f"  the four patterns' finditer      {best(lambda d: [[m.span() for m in p.finditer(d)] for p in patterns]):.3f}")
    print(f"  the index: tokens                {best(lambda d: [(m.start(), m.end()) for m in _TOKEN.finditer(d)]):.3f}")
    print(f"             trie walk             {best(lambda d: index.walk(tokens[d], keys[d])):.3f}")
    print(f"             scan (tokens + walk)  {best(index.scan):.3f}")
    print(f"             gated scan (first tokens, then a token at a time) {best(lambda d: index.scan_from_starts(d, gate)):.3f}")
    print(f"  the gated index and the four readers "
          f"{best(lambda d: [index.read(d, h, k) for h in [index.scan_from_starts(d, gate)] for k in range(len(kinds))]):.3f}")
    print(f"  the index and the four readers   "
          f"{best(lambda d: [index.read(d, h, k) for h in [index.scan(d)] for k in range(len(kinds))]):.3f}")


if __name__ == "__main__":
    main()
