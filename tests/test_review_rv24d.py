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


def test_rv24d_said_at_the_time_of_writing_is_no_earlier_occasion():
    # B2: "at the time of writing" is the present, not the time the sentence before names
    text = ('Russian forces captured the village in early March. Ivan Petrenko said at the time of writing that '
            'Russian troops had "fired on the cooling pond".')
    found, _ = _rows(text, _PUBLISHED)
    basis = found.loc[found["speaker"] == "Ivan Petrenko", "date_basis"]
    assert len(basis) == 1 and "earlier occasion" not in basis.iloc[0], basis.tolist()
    said_then = text.replace("at the time of writing", "at the time")
    found, _ = _rows(said_then, _PUBLISHED)
    assert "earlier occasion" in found.loc[found["speaker"] == "Ivan Petrenko", "date_basis"].iloc[0]


def test_rv24d_earlier_the_day_before_is_no_same_day_time():
    # B3: "later/earlier the …" is the same day only with "same"; "that day", "in the night" as before
    from saidvsdone import when

    def _found(text):
        return [(e.text, e.kind) for e in when.find(text)]

    assert ("earlier the day", "relative_event") not in _found("Zelensky had said earlier the day before that Kyiv was ready.")
    assert ("later the night", "relative_event") not in _found("The mayor spoke later the night before the parade.")
    for words in ("later the same day", "earlier that same evening", "later on the same day", "later that day",
                  "earlier in the morning"):
        assert (words, "relative_event") in _found(f"The mayor spoke {words}."), words


def test_rv24d_one_pattern_reads_separate_and_periodic_accounts_from_the_tables():
    # F3/F4: one pattern for "in a separate statement" and "in its monthly summary"; the qualifier before the period
    # is any account_adjective that names no period (a journalist extends one table)
    from saidvsdone.speech._occasions import _SEPARATE_OCCASION
    from saidvsdone.vocab import speech_words

    words = speech_words()
    for period in sorted(set(words["periodic_adjective"])):
        assert _SEPARATE_OCCASION.match(f", in its {period} summary") is not None, period
    for qualifier in sorted(set(words["account_adjective"]) - set(words["periodic_adjective"])):
        assert _SEPARATE_OCCASION.match(f" in the ministry's {qualifier} weekly report") is not None, qualifier
    assert _SEPARATE_OCCASION.match(" in its most recent quarterly summary") is not None
    assert _SEPARATE_OCCASION.match(" in a separate interview") is not None
    assert _SEPARATE_OCCASION.match(" in its statement") is None
