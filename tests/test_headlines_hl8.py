"""Headline claims' days and voices (round 22, hl8: issue 11): a title's undated institutional voice dated by the
voice of its side in the deck or the summary bullets, and a headline country on a two-voice line or a group in the
plural resolved to the body voice that restates its clause. Sentences written for these tests, not taken from any
article."""

from __future__ import annotations

import pandas as pd

from saidvsdone import claims, corpus


def _headlines(text: str, published: str) -> pd.DataFrame:
    found = claims.find(corpus.from_text(text, published=published))
    return found[found["headline"]]


def _line(rows: pd.DataFrame, opening: str) -> pd.Series:
    """The one headline row of the line that opens with ``opening``."""
    line = rows[rows["text"].str.startswith(opening)]
    assert len(line) == 1
    return line.iloc[0]


# --- 1. the day of a title's voice, from its side's voice in the deck --------------------------------------------

_DENIAL_UNDER_DECK = (
    "Moscow claims the bridge at Ostrivka as Ukraine denies losing it\n\n"
    "Russian officials say the crossing has fallen, but Ukrainian commanders insist their units still hold the "
    "western bank\n\n"
    "By Lena Marsh in Kyiv\n\n"
    "Russia's defence ministry said on Tuesday that its troops had taken the bridge at Ostrivka after a week of "
    "fighting.\n\n"
    "Colonel Petro Halych, a Ukrainian brigade commander, said on Tuesday that his units still held the western "
    "bank and that the Russian claim was false.\n\n"
    "The Ukrainian military said the situation near the bridge remained difficult.")


def test_a_title_institution_without_a_day_takes_its_sides_day_in_the_deck():
    rows = _headlines(_DENIAL_UNDER_DECK, "2025-03-12")
    title = rows[rows["text"].str.startswith("Moscow claims")]
    ukraine = title[title["speaker"] != "Russian Defence Ministry"]
    assert len(ukraine) == 1
    assert ukraine["statement_date"].iloc[0] == pd.Timestamp("2025-03-11")
    assert ukraine["date_basis"].iloc[0].startswith("headline block")


_EARLIER_PERSON = (
    "Moscow talks tough as Putin orders push toward Ostrivka\n\n"
    "Foreign ministry says no truce before Kyiv withdraws\n\n"
    "A ministry spokeswoman, Irina Volkova, said on Thursday that Moscow would not agree to a ceasefire while "
    "Ukrainian troops remained near Ostrivka.\n\n"
    "Earlier, at a meeting with commanders, President Vladimir Putin ordered the army to take Ostrivka before "
    "the winter.")


def test_a_person_heard_earlier_keeps_no_day_from_the_deck():
    rows = _headlines(_EARLIER_PERSON, "2025-03-14")
    putin = rows[rows["speaker"] == "Vladimir Putin"]
    assert len(putin) == 1
    assert pd.isna(putin["statement_date"].iloc[0])


# --- 2. a plural group in a title: the body voice that restates its clause ----------------------------------------

_PRESS_REVIEW = (
    "What the Moscow papers say\n\n"
    "Pro-Kremlin dailies say the enemy's spring offensive has stalled in the marshes; business papers count the "
    "cost\n\n"
    "Moscow's newspapers on Wednesday lead on the fighting in the north.\n\n"
    "The pro-government Gazeta Vechernyaya writes that the enemy's spring offensive has stalled in the marshes "
    "north of the river.\n\n"
    "Its rival, the daily Novy Den, said Russian troops had repelled eleven attacks near the river crossing.")


def test_a_plural_group_in_a_title_is_the_body_voice_that_restates_it():
    dailies = _line(_headlines(_PRESS_REVIEW, "2025-04-16"), "Pro-Kremlin dailies")
    assert dailies["speaker"] != "Pro-Kremlin dailies"
    assert "Gazeta" in dailies["speaker"]


# --- 3. a deck's bare group: the group the title qualified ---------------------------------------------------------

_BARE_DECK = (
    "Russian dead and wounded near 200,000, NATO officials estimate\n\n"
    "Fresh figures suggest losses have risen steeply since the winter, officials say, while Moscow publishes none\n\n"
    "BRUSSELS — The number of Russian troops killed or wounded has reached about 200,000, NATO officials said on "
    "Thursday.\n\n"
    "Russia's defence ministry said on Monday that Ukraine had lost 9,000 soldiers in a week.")


def test_a_decks_bare_group_is_the_group_the_title_qualified():
    rows = _headlines(_BARE_DECK, "2025-02-07")
    deck = _line(rows, "Fresh figures")
    assert deck["speaker"] == _line(rows, "Russian dead")["speaker"]
    assert deck["speaker"] != "Russian Defence Ministry"
    assert deck["statement_date"] == pd.Timestamp("2025-02-06")


# --- 4. a country on a line of two voices: the body voice that restates its clause --------------------------------

_TWO_VOICES = (
    "Russia claims village of Dovhe; Ukraine says its drones destroyed fourteen tanks near the reservoir\n\n"
    "Ukraine's General Staff said on Friday that its forces had repelled 38 Russian assaults along the front.\n\n"
    "Russia's defence ministry said on Friday that its troops had captured the village of Dovhe.\n\n"
    "Ivan Koval, a spokesman for the eastern group of forces, said on Friday that drones had destroyed fourteen "
    "Russian tanks near the reservoir overnight.")


def test_a_country_on_a_two_voice_line_is_the_body_voice_restating_its_clause():
    rows = _headlines(_TWO_VOICES, "2025-05-10")
    ukraine = rows[rows["speaker"] != "Russian Defence Ministry"]
    assert list(ukraine["speaker"]) == ["Ivan Koval"]
