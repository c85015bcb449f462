"""Speed-ups of this round give what the plain code gives (issue 17)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from saidvsdone import when

_DATE_PIECES = ["on", "On", " ", " ", " ", ",", ".", "the", "Monday", "monday", "last", "week", "Sunday", "of",
                "2 October 2022", "October 2", "Oct.", "May", "may", "march", "on 4/22", "2015/08/12", "12", "3rd",
                "second", "Friday", "two days earlier", "the day before", "yesterday", "today", "this morning",
                "a month ago", "last weekend", "in recent days", "the 15th", "first", "Tuesday of", "said", "Kyiv",
                "next", "will", "İ", "ſ", "\n", "-", "2024-03-01"]


def _plain_plan():
    return tuple((kind, pattern, when._GATES.get(pattern), when._NEEDS.get(pattern))
                 for kind, pattern in when._DATE_PATTERNS)


def _find_plain(text, monkeypatch):
    with monkeypatch.context() as patched:
        patched.setattr(when, "_plan", _plain_plan)
        return when.find(text)


def test_date_patterns_behind_their_look_ahead_find_the_same(monkeypatch):
    text = ("On Monday, the minister said on 4/22 that on the second Tuesday of March 2022 — two days earlier — "
            "troops had left; last week Sunday, on October 2, 2022 and on 15, he spoke again. A month ago, yesterday.")
    assert when.find(text) == _find_plain(text, monkeypatch)
    assert [p.pattern for _, p, _, _ in when._plan()] != [p.pattern for _, p in when._DATE_PATTERNS]  # the fast path


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=40))
def test_date_patterns_behind_their_look_ahead_on_generated_text(pieces):
    import pytest
    text = " ".join(pieces)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert when.find(text) == _find_plain(text, monkeypatch)
