"""Speed changes of round 13, sp16 (issue 17: fewer Python calls per article) change no output: each rewritten
piece against the plain form it replaced, on invented sentences."""

from __future__ import annotations

import pytest

from saidvsdone.facts.context import WORD_RE, word_tokens

TEXTS = [
    "",
    "   ",
    "Russian forces advanced 2.5 km near Kurakhove; Kyiv said (on Monday) the line held — for now.",
    "“We took 12% of it,” the officer’s deputy said. Don't-stop-me words: a-b-c, 1,200.5 troops",
    "42",
    "O'Neill–Smith said “no”… then: “yes”. İstanbul ſ Ñandú 3rd 47th-brigade",
    "\nA\n\nB  c\t%;:\"()—–",
]


@pytest.mark.parametrize("text", TEXTS)
def test_word_tokens_read_from_one_split_are_the_pattern_s_matches(text):
    """``word_tokens`` reads the words from one ``split`` and the running sum of the parts' lengths: the same
    (start, end, token) as one tuple per ``WORD_RE.finditer`` match, on text that opens or closes on a word or a gap,
    on marks, numbers and letters the pattern does not take."""
    assert word_tokens(text) == [m.span() + (m.group(),) for m in WORD_RE.finditer(text)]


def test_word_tokens_spans_slice_their_token():
    text = "The 93rd brigade said it held Chasiv Yar, losing 3 positions."
    tokens = word_tokens(text)
    assert [text[a:b] for a, b, _ in tokens] == [t for _, _, t in tokens]
    assert tokens[:3] == [(0, 3, "The"), (4, 6, "93"), (6, 8, "rd")]


def test_link_label_reads_one_table_pattern_made_once():
    """``segment.link_label`` asks a ``vocab.TablePattern`` made at the first call (no import and no closure a
    paragraph): the same labels found, one pattern object kept, and a plain line is no link line."""
    from saidvsdone import segment, vocab

    text = "Read also: Zelensky: “We will hold”"
    assert text[:segment.link_label(text, 0, len(text))] == "Read also:"
    assert segment._link_labels() is segment._link_labels()
    assert isinstance(segment._link_labels(), vocab.TablePattern)
    assert segment.link_label("Read the statement: it was short", 0, 32) == -1
    assert segment.link_label("The army said on Monday: the line held", 0, 38) == -1
