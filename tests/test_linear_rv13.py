"""Linear time on huge inputs (issue 17, rv13): two paths that read a whole sentence or paragraph once per quote or
per fact. The work is counted (characters the tests before a quote search, reporting verbs checked), not timed:
twice the text must cost about twice the work, not four times. Texts are invented."""

from __future__ import annotations

import sys

import pytest

from saidvsdone import attribution, facts, quotes
from saidvsdone.facts import sides


def _quote_sentence(n: int) -> str:
    """One sentence of ``n`` characters of short quoted fragments after one speech verb."""
    frag = "“no”, “not now”, "
    return "KYIV, May 2 (Reuters) - He said " + frag * (n // len(frag)) + "and left.\n"


#: one paragraph of reports by both sides ("the enemy": resolve_by_speaker), of shoot-downs (read_strikes)
_FACT_FRAGMENTS = ("Russia said it shot down 5 drones. Ukraine said the enemy lost 3 tanks. ",
                   "Air defences shot down 12 drones overnight, Ukraine's military said. ")


def _fact_paragraph(n: int, frag: str = _FACT_FRAGMENTS[0]) -> str:
    """One paragraph of ``n`` characters of ``frag`` repeated."""
    return "KYIV, May 2 (Reuters) - " + frag * (n // len(frag)) + "\n"


class _Counting:
    """A compiled pattern that adds the characters each ``search`` may read to ``counter``."""

    def __init__(self, pattern, counter: list[int]):
        self.pattern, self.counter = pattern, counter

    def search(self, string, pos=0, endpos=sys.maxsize):
        self.counter[0] += min(endpos, len(string)) - pos
        return self.pattern.search(string, pos, endpos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


#: the patterns of attribution.py searched over the words before a quote (_kind) or over its sentence (date_quotes)
_BEFORE_PATTERNS = ("_LABELLED", "_ONE_READ", "_CALLS", "_NAMED_BY", "_OWN_TIME", "_TERM_WORD_BEFORE", "_THAT_BEFORE",
                    "_COMMA_OR_COLON_BEFORE", "_WORD_COMMA_BEFORE", "_PREPOSITION_BEFORE", "_AS_BEFORE",
                    "_AND_OR_BEFORE")


def _characters_searched(monkeypatch, text: str) -> int:
    counter = [0]
    for name in _BEFORE_PATTERNS:
        if hasattr(attribution, name):
            monkeypatch.setattr(attribution, name, _Counting(getattr(attribution, name), counter))
    quotes.extract(text)
    return counter[0]


def test_the_words_before_many_quotes_of_one_sentence_are_read_in_linear_time(monkeypatch):
    small = _characters_searched(monkeypatch, _quote_sentence(3000))
    large = _characters_searched(monkeypatch, _quote_sentence(6000))
    assert small > 0
    assert large < 3 * small  # (the whole sentence before each quote: 4x)


def test_a_quote_after_a_long_sentence_start_keeps_its_kind():
    # what must not change: the tests before a quote read its last words, however long the sentence before them
    filler = "Troops moved " + "and troops moved " * 40
    rows = quotes.extract(f"{filler}into what Moscow calls its “special military operation”.\n")
    assert list(rows["kind"]) == ["scare"]
    rows = quotes.extract(f"{filler}before the minister said the offensive was “going to plan”.\n")
    assert list(rows["kind"]) == ["partial"]


def _verbs_checked(monkeypatch, text: str) -> int:
    counter = [0]
    inside = sides.inside_quote

    def counting(text, pos):
        counter[0] += 1
        return inside(text, pos)

    monkeypatch.setattr(sides, "inside_quote", counting)
    facts.extract(text)
    return counter[0]


@pytest.mark.parametrize("frag", _FACT_FRAGMENTS)
def test_the_reporting_verbs_of_a_huge_paragraph_are_read_once(monkeypatch, frag):
    small = _verbs_checked(monkeypatch, _fact_paragraph(3000, frag))
    large = _verbs_checked(monkeypatch, _fact_paragraph(6000, frag))
    assert small > 0
    assert large < 3 * small  # (every verb of the paragraph for each "enemy" or each count: 4x)


@pytest.mark.parametrize("text, word, side", [
    # the speech verb of the position's own sentence first, though another is nearer before it
    ("Russia said it attacked. The enemy fired 5 missiles, Ukraine said.", "enemy", "Ukraine"),
    # none in its sentence: the nearest before it, not a nearer one after it
    ("Ukraine said it held. Russia said it attacked. The enemy fired 5 missiles. Ukraine said so.", "enemy", "Russia"),
    # one after it only when none comes before
    ("The enemy fired 5 missiles. Russia said it attacked.", "enemy", "Russia"),
    # two in its sentence as near: the earlier
    ("Russia said that the enemy is there, Ukraine said.", "enemy", "Russia"),
    # nobody speaks in the paragraph
    ("The enemy fired 5 missiles.\nRussia said it attacked.", "enemy", ""),
])
def test_speaker_side_picks_the_verb_it_picked_by_scanning(text, word, side):
    from saidvsdone.facts import read_article

    ctx = read_article("t", text, None)
    assert sides.speaker_side(text, ctx.mentions, text.index(word)) == side
    many = sides.SpeakerSides(text, ctx.mentions)  # one reader for many positions: the same answers
    assert [many.side(m.start) for m in ctx.mentions] == [sides.speaker_side(text, ctx.mentions, m.start)
                                                         for m in ctx.mentions]
