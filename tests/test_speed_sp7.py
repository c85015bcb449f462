"""Speed-ups of the eighth round give what the plain code gives (issue 17)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from saidvsdone import when

_HOLIDAY_PIECES = ["on", "On", "ON", " ", " ", "\n", ",", ".", "Christmas Day", "Christmas Eve", "Orthodox Christmas",
                   "New Year's Day", "New Year’s Day", "Victory Day", "Independence Day", "last year", "this year", "said",
                   "Don", "anon", "on\tChristmas", "Day", "-", "’", "'s"]


def _plain_holidays() -> re.Pattern:
    """The holidays' pattern without its first-character look-ahead."""
    return re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", when._holidays()[0].pattern))


def test_holiday_pattern_fails_fast_on_a_first_letter():
    assert when._holidays()[0].pattern.startswith("(?=[")
    text = "He said on Christmas Day last year and on Victory Day, not at the Victory Day parade; anon Christmas Day."
    assert [m.span() for m in when._holidays()[0].finditer(text)] == [m.span() for m in _plain_holidays().finditer(text)]
    assert [e.text for e in when.find(text) if e.kind == "holiday"] == ["Christmas Day last year", "Victory Day"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HOLIDAY_PIECES), max_size=30))
def test_holiday_pattern_on_generated_text(pieces):
    text = " ".join(pieces)
    assert [m.span() for m in when._holidays()[0].finditer(text)] == [m.span() for m in _plain_holidays().finditer(text)]
