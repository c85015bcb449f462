"""Round 23's final read (rv23): bugs of the round's speech, claim and date rules, each on a sentence invented for
these tests (no article's words)."""

from __future__ import annotations

import pandas as pd

from saidvsdone import when
from test_headlines_hl8 import _headlines as _headlines_of
from test_speakers_sk30 import quote_speaker

_TALKS = "Talks end without a deal\n\n"


def test_rv23b_a_group_after_the_inverted_verb_is_no_descriptor_of_the_name():
    """B1: "said officials representing A B" is the officials' speech, not A B's (a participle, a relative pronoun
    or a plural speaking noun among the words); a real descriptor still gives the name."""
    for words in ("said officials representing Marta Dovzhenko", "said people who met Marta Dovzhenko",
                  "said aides briefing Marta Dovzhenko", "wrote analysts citing Marta Dovzhenko",
                  "said officials close to Marta Dovzhenko"):
        assert quote_speaker(_TALKS + f"“The talks are over,” {words}.", "talks are over") != "Marta Dovzhenko", words
    assert quote_speaker(_TALKS + "“The line will hold,” said retired general Ostap Levko.", "line will") == "Ostap Levko"
    assert quote_speaker(_TALKS + "“The line will hold,” said acting governor Ostap Levko.", "line will") == "Ostap Levko"


def test_rv23b_a_weekday_after_the_opens_a_name_only_before_an_outlet_word():
    """B2: "On the Sunday Russia launched …" keeps its day; "the Sunday Telegraph", "the Monday Tonight show" and
    "Pivden Today" (speech_words.csv medium_title, programme_word) do not."""
    assert [e.text for e in when.find("On the Sunday Russia launched 40 drones at Odesa, the air force said.")] == ["Sunday"]
    assert [e.text for e in when.find("By the Friday Ukrainian troops had left the village.")] == ["Friday"]
    assert [e.text for e in when.find("He told the Sunday Courier that the line held.")] == []
    assert [e.text for e in when.find("She told the Monday Tonight show that the line held.")] == []
    assert [e.text for e in when.find("He told Pivden Today that the line held.")] == []


_ONE_SHARED_WORD = (
    "Kremlin says talks with US envoys were useful\n\n"
    "By Dana Rolfe\n\n"
    "Foreign Minister Sergei Lavrov said on Thursday that the US envoys had brought no new proposals for a truce.\n\n"
    "Kremlin spokesman Dmitry Peskov said on Friday that Russian units had repelled four attacks near Kupiansk.")


def test_rv23b_a_seat_headline_is_not_revoiced_on_one_shared_word():
    """B3: the minister's claim shares one word ("envoys") with the Kremlin's headline: no restatement."""
    rows = _headlines_of(_ONE_SHARED_WORD, "2025-05-09")
    title = rows[rows["text"].str.startswith("Kremlin says talks")]
    assert len(title) == 1 and title["speaker"].iloc[0] != "Sergei Lavrov"
    assert title["statement_date"].iloc[0] != pd.Timestamp("2025-05-08")


def test_rv23b_an_unnamed_person_before_a_short_relative_clause_speaks():
    """B4 (F8): "said a nurse who works nearby." is the nurse, as with a long relative clause."""
    short = quote_speaker(_TALKS + "“Nobody sleeps here,” said a nurse who works nearby.", "Nobody sleeps")
    long = quote_speaker(_TALKS + "“Nobody sleeps here,” said a nurse who has worked at the small clinic on the edge "
                                  "of the town for many years.", "Nobody sleeps")
    assert short == long == "nurse (unnamed)"


def test_rv23b_a_spokesperson_noun_row_reaches_both_titles_before_a_name(own_words):
    """F3: a ``spokesperson_noun`` row of one's own is read by dt35's title before a name and sk37's body title."""
    from saidvsdone.speech import _dates, _speakers
    assert _dates._ROLE_TITLE.match("air force mouthpiece ") is None
    own_words("mouthpiece,spokesperson_noun,\n")
    assert _dates._ROLE_TITLE.match("air force mouthpiece ") is not None
    assert _speakers._body_spokesperson_title("defence ministry").search("Defence Ministry mouthpiece Colonel ")


def test_rv23b_a_medium_title_row_closes_a_weekday_name(own_words):
    """B2: a ``medium_title`` row of one's own makes "the Sunday <word>" an outlet, no day."""
    sentence = "He told the Sunday Bulletin that the line held."
    assert [e.text for e in when.find(sentence)] == ["Sunday"]
    own_words("bulletin,medium_title,\n")
    assert [e.text for e in when.find(sentence)] == []
