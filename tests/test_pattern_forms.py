"""Speed rewrites of patterns (issue 17) match what their plain forms match.

A pattern that opens with a look-behind or a word boundary is tried at every character; written so that it opens
with a character class (the look-behind moved after the first character) or behind a look-ahead for its first
characters, the engine skips to those characters first. These tests hold each rewritten pattern against its plain
form on invented sentences, at every start position, so a later edit of one without the other shows.
"""

from __future__ import annotations

import re

import pytest

from saidvsdone import claims
from saidvsdone.facts import places, sides
from saidvsdone.facts.vocab import cue_regex, vocab
from saidvsdone.matcher import trie_pattern

TEXTS = [
    "He said they had lost the village; she said its units held. Their brigade, him and us: we, our, it.",
    "xhe said -he 'he o'er Its its it's HIM Him them. Ushers use us.",
    "The 47th Mechanized Brigade advanced. The brigade's fighters, this unit and x5th Brigade stayed; -12th Brigade.",
    "Officials believe the Saratov region, Kharkiv oblast and the Kursk Province were hit; xKharkiv region.",
    "Per the General Staff, troops held.\nPer the ministry, …, per Ukraine's air force - per The Times; super The.",
    "It was not only hard: no doubt they cannot hold, and neither side nor its allies failed to act. Don't; won’t.",
    "Russia, which said that it had advanced, lost ground because troops, who were tired, had not retreated (yet).",
    "NOT NEVER NO HARDLY NEITHER NOR CANNOT FAILED TO; ſince İf ıf Kelvin K.",
    "Analysts' and experts’ views: milbloggers, xofficials, officialsx, OFFICIALS and Sources said.",
    "The enemy, occupiers and invaders; the aggressor's adversary, an opponent occupying -enemy xenemy enemyx.",
]


def _spans(pattern, text, *args):
    return [(m.span(), m.group(0)) for m in pattern.finditer(text, *args)]


def _same(plain: re.Pattern, fast, texts=TEXTS) -> None:
    for text in texts:
        assert _spans(plain, text) == _spans(fast, text)
        for start in range(0, len(text), 7):  # a sentence's span: the look-behinds read before it as before
            assert _spans(plain, text, start, start + 60) == _spans(fast, text, start, start + 60)


def test_sides_and_places_patterns():
    _same(re.compile(r"(?=[HhSsTtIiWwOou])(?<![\w’-])(?<!\w')(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him|[Tt]hey|[Tt]heir|them"
                     r"|[Ii]t|[Ii]ts|[Ww]e|[Oo]ur|us)(?![\w’'-])"), sides.PRONOUN_RE)
    _same(re.compile(r"\b(?P<a>[A-Z][a-z’'-]+)(?P<b>(?!))?(?=\s+(?:region|oblast|province|krai)\b)"),
          places.REGION_NAME_RE)
    formation, again = sides._formation(), sides._formation_again()
    _same(re.compile(formation.pattern.replace(r"\d(?<![\w-]\d)\d{0,2}", r"(?<![\w-])\d{1,3}", 1)), formation)
    _same(re.compile(again.pattern.replace(r"[Tt](?<![\w-][Tt])", r"(?<![\w-])[Tt]", 1)), again)


def test_cue_regex_is_the_longest_first_alternation():
    for words in vocab().cues.values():
        plain = re.compile(rf"(?<![\w-])(?:{trie_pattern(words)})(?![\w-])")
        joined = [" ".join(sorted(words)), "-".join(sorted(words)), "".join(sorted(words))]
        _same(plain, cue_regex(words), [t.lower() for t in TEXTS] + joined)
    assert cue_regex(frozenset({"a", "ab", "abc"})).findall("ab abc a abd") == ["ab", "abc", "a"]


@pytest.mark.parametrize("name, plain", [
    ("_PER", re.compile(r"(?:(?<=^)|(?<=[,;—–]\s)|(?<=\s-\s))[Pp]er\s+(?=(?:the\s+)?[A-Z])", re.MULTILINE)),
    ("_NEGATION", None), ("_SUBORDINATE", None),
])
def test_claims_patterns(name, plain):
    fast = getattr(claims, name)
    if plain is None:  # the same branches without the look-ahead for their first characters
        source = fast.pattern
        plain = re.compile(source[source.index(")") + 1:], fast.flags)
    _same(plain, fast)
    _same(plain, fast, [t.upper() for t in TEXTS])


def test_plural_heads_and_prefilters():
    words = re.compile(r"[a-z]+")
    heads = claims._plural_cue_heads()  # (the prefilter's words: the plural_voice and speaking_group words of speech_words.csv)
    for text in TEXTS + [" ".join(sorted(heads))]:
        for start in range(0, len(text), 5):
            piece = text[start:start + 40].lower()
            assert heads.isdisjoint(words.findall(piece)) == (claims._PLURAL_HEAD_WORD.search(piece) is None)
    text = "The offensive gained less ground than Moscow claims, analysts said."
    assert claims._sceptic_spans(text, 0, len(text)) == [(0, 51)]
    assert claims._sceptic_spans(text.upper(), 0, len(text)) == [(0, 51)]
    assert claims._sceptic_spans("Troops held the line.", 0, 21) == []


def test_sentence_prefilters_of_facts():
    import pandas as pd

    from saidvsdone import facts
    from saidvsdone.facts.periods import earlier_years

    day = pd.Timestamp("2024-06-01")
    assert earlier_years("Troops advanced in May, the general said.", day) == []
    assert earlier_years("Troops advanced in May 2023, the general said.", day) == [2023]
    assert earlier_years("Troops advanced in 1999 and in 2024.", day) == []
    # a fraction is read in its own sentence only (the article's other sentences skip the pattern)
    table = facts.extract("Troops held the line on Monday. Russia controls nearly a fifth of Ukraine's territory.")
    assert table["quantity_text"].tolist() == ["nearly a fifth"] and table["unit"].tolist() == ["percent"]


def _first_class(source: str, flags: int) -> re.Pattern:
    """One character of any character a match of ``source`` can start with, read from its syntax tree: literals,
    classes and categories (\\s, \\w) alike (matcher.fail_fast reads only literals and small ranges)."""
    try:
        from re import _constants as c, _parser
    except ImportError:  # Python before 3.11
        import sre_constants as c
        import sre_parse as _parser
    categories = {c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w",
                  c.CATEGORY_NOT_WORD: r"\W", c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D"}

    def one(op, av) -> str:
        if op is c.LITERAL:
            return re.escape(chr(av))
        if op is c.NOT_LITERAL:
            return "[^" + re.escape(chr(av)) + "]"
        if op is c.ANY:
            return "(?s:.)"
        parts = []  # a class
        for o, a in av:
            parts.append("^" if o is c.NEGATE else re.escape(chr(a)) if o is c.LITERAL else categories[a]
                         if o is c.CATEGORY else re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
        return "[" + "".join(parts) + "]"

    def firsts(items, out: list) -> bool:  # (whether the items can match nothing)
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero width: the character after it starts the match
            if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
                out.append(one(op, av))
                return False
            if op is c.SUBPATTERN:
                _, add, remove, sub = av
                inner: list = []
                empty = firsts(sub, inner)
                case = "(?i:" if add & re.IGNORECASE else "(?-i:" if remove & re.IGNORECASE else "(?:"
                out.extend(case + x + ")" for x in inner)
            elif op is c.BRANCH:
                empty = any([firsts(branch, out) for branch in av[1]])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                low, _, sub = av
                empty = firsts(sub, out) or low == 0
            else:
                raise AssertionError(f"a syntax node this reader does not know: {op}")
            if not empty:
                return False
        return True

    out: list = []
    assert not firsts(_parser.parse(source, flags), out), "a pattern that can match nothing has no first character"
    return re.compile("(?:" + "|".join(out) + ")", flags)


def test_first_class_reads_categories_and_case():
    first = _first_class(r"\b(?:[;,]|\s-\s|(?-i:Per)|x?y)", re.IGNORECASE)
    assert [ch for ch in ";, \tPpXxYyz-" if first.match(ch)] == [";", ",", " ", "\t", "P", "X", "x", "Y", "y"]


@pytest.mark.parametrize("module, name", [
    (claims, "_NEGATION"), (claims, "_SUBORDINATE"),
    # (facts.numeric's _NUMBER_WORD opens on its words' first letters since sp19, built from the words: no hand-written
    # look-ahead; tests/test_speed_sp19.py)
])
def test_hand_written_look_aheads_admit_every_first_character(module, name):
    """A word added to a pattern whose first-character look-ahead is written by hand (``_NEGATION``, ``_SUBORDINATE``:
    "(?=[nhcf])", "(?=[;:—–(\\s,wbatusi])") and that starts with a new character must be added to its look-ahead,
    or the pattern silently never finds it: the look-ahead admits every character a branch can start with, and no
    other (a letter no branch starts with only slows the search)."""
    fast = getattr(module, name)
    source = fast.pattern
    assert source.startswith("(?=[")
    hand = re.compile(source[:source.index("])") + 2], fast.flags)
    first = _first_class(source[source.index("])") + 2:], fast.flags)
    for code in range(0x3000):
        assert bool(hand.match(chr(code))) == bool(first.match(chr(code))), (name, chr(code), hex(code))


def test_denying_stems_cover_every_verb_of_the_denial_patterns():
    """``claims._denied_claims`` skips a sentence holding none of ``_DENYING_STEMS``: every verb its two patterns
    can end on must hold one, or a verb added to a pattern would silently never be read."""
    verbs = set()
    for pattern in (claims._DENIED_CLAIM, claims._DENIED_BY):
        start = pattern.pattern.index("(?P<verb>") + len("(?P<verb>")
        depth, end = 1, start
        while depth:  # (to the group's closing parenthesis)
            depth += {"(": 1, ")": -1}.get(pattern.pattern[end], 0) if pattern.pattern[end - 1] != "\\" else 0
            end += 1
        # (not the copula after a judging verb, "a figure officials believe is too low": reached only after that verb)
        verbs |= {word for word in re.findall(r"[a-z]+", pattern.pattern[start:end - 1])
                  if word not in ("s", "w", "is", "was", "are", "were")}
    assert {"denied", "doubts", "contested", "called", "refuted"} <= verbs
    assert [verb for verb in sorted(verbs) if not any(stem in verb for stem in claims._DENYING_STEMS)] == []
