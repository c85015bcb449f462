"""Review of round four's merged work: odd inputs and labels. Every text below is invented for these tests."""

from __future__ import annotations

import pandas as pd

from saidvsdone import claims, corpus, quotes


def _article(text: str) -> pd.DataFrame:
    return corpus.from_text(text, article_id="rv4", published="2023-05-10")


def test_two_seats_of_power_near_an_unnamed_official_give_no_country():
    """ "officials at the Pentagon and the Kremlin": a seat written as a capital ("Kremlin") is a seat too, so the
    unnamed official's label names no country rather than inventing the first seat's."""
    article = _article("Talks stalled again.\n\nOfficials at the Pentagon and the Kremlin traded accusations on "
                       "Monday.\n\n“We see no sign of a pullback,” a senior defense official said.")
    assert quotes.extract(article)["speaker"].tolist() == ["senior defence official (unnamed)"]


def test_one_seat_of_power_still_gives_its_country():
    article = _article("The Pentagon held a briefing on Tuesday.\n\n“We see no sign of a pullback,” a senior "
                       "defense official said.")
    assert quotes.extract(article)["speaker"].tolist() == ["senior US defence official (unnamed)"]



def test_a_capitalised_participle_opening_a_sentence_is_no_speaker():
    article = _article("Geolocated footage said to be from Tuesday shows tanks near the village. "
                       "“They are coming,” Geolocated footage suggests, a blogger said.")
    found = quotes.extract(article)
    assert "Geolocated" not in set(found["speaker"])
    assert "Geolocated" not in set(claims.find(article, found)["speaker"])


def test_an_interview_rubric_before_a_colon_is_no_speaker():
    """ "Interview: Ukraine's spy chief says …": the outlet's label is furniture (a sibling of "Top Story",
    "Exclusive"); the headline's claim is the body's speaker's, once."""
    article = _article("Interview: Ukraine's spy chief says Russia is running short of armour\n\n"
                       "Kyrylo Budanov, the head of Ukraine's military intelligence, said on Monday that Russia was "
                       "running short of armour.")
    said = claims.find(article, quotes.extract(article))
    assert "Interview" not in set(said["speaker"])
    assert "Kyrylo Budanov" in set(said["speaker"])
