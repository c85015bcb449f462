"""Findings of the round-24 final read (rv24), applied by their helpers. Every sentence here is invented."""

from __future__ import annotations

import pandas as pd

from test_dates_dt31 import _rows

_PUBLISHED = "2025-03-10"  # a Monday
_WATCHDOG = ('The governor, Ivan Petrenko, said on Friday that the plant had lost power.\n\n'
             '{when} the watchdog said the last reactor had been shut down. Its director, Anton Weiss, said in the same '
             'statement that Russian forces were "shelling the site every night".')


def _weiss_day(text: str):
    found, claims_found = _rows(text, _PUBLISHED)
    days = set(found.loc[found["speaker"] == "Anton Weiss", "statement_date"]) \
        | set(claims_found.loc[claims_found["speaker"] == "Anton Weiss", "statement_date"])
    return days


def test_rv24d_same_statement_takes_the_day_the_sentence_before_was_read_as():
    # B1: "Two days later" counts from Friday (read in the sentence before), not from this sentence's anchor
    assert _weiss_day(_WATCHDOG.format(when="Two days later,")) == {pd.Timestamp("2025-03-09")}
    assert _weiss_day(_WATCHDOG.format(when="The next day,")) == {pd.Timestamp("2025-03-08")}
