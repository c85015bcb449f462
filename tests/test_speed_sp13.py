"""Per-document rule guards (issue 17, sp13): a rule whose patterns cannot match anywhere in the article is not run.
The guard reads the strings every match of a pattern must hold from the pattern itself (``_literals``): False is
exact; each guarded rule is checked to find what it found before in an article that holds its words, and nothing in
one that does not (invented sentences)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from saidvsdone import _lazyre, _literals, document, speech


def _doc(text: str):
    return document.build("sp13", text, pd.Timestamp("2024-03-14"))


@pytest.mark.parametrize("pattern, text, expected", [
    (r"(?i)\bcall\s+sign\b", "He gave only his CALL SIGN, Grim.", True),
    (r"(?i)\bcall\s+sign\b", "He gave only his first name.", False),
    (r"\b(?:released|published)\b", "The report was Published today.", False),  # case-sensitive: no match, no literal
    (r"\s*:\s+", "No colon here.", False),
    (r"[A-Z][a-z]+", "Anything", True),  # no literal every match holds: always "maybe"
])
def test_may_match_reads_the_pattern(pattern, text, expected):
    compiled = re.compile(pattern)
    assert _literals.may_match(compiled, text, text.lower()) is expected
    assert _literals.may_match(_lazyre.compile(pattern), text, text.lower()) is expected
    if not expected:  # exact: a guard that says no means the pattern finds nothing
        assert compiled.search(text) is None


def test_may_match_keeps_the_folded_letters():
    # (?i) matches "ı" (dotless i) with "I": lower() gives no "sign" there, so the guard must say maybe
    text = "His call sıgn was Grim."
    pattern = re.compile(r"(?i)\bcall\s+sign\b")
    assert _literals.may_match(pattern, text, None) is True


def test_reader_answers_once_per_document():
    doc = _doc("The minister said the talks would go on.")
    reader = speech._Reader(doc, speech._mentions.people())
    assert reader.may_match(speech._COLON) is False
    assert reader.may_match(speech._PUBLISHED) is False
    assert reader._may_match[(speech._COLON,)] is False  # kept for the document's next sentences
    assert reader.lowered() == doc.text.lower()
