"""Statement dates, seventh round (dt8): mechanisms found by the blind genre pieces g1-g9."""

import pandas as pd
import pytest

from saidvsdone import corpus, quotes


def _quotes(text: str, published: str) -> pd.DataFrame:
    return quotes.extract(corpus.from_text(text, published=published))


def _day(frame: pd.DataFrame, row: int = 0) -> str:
    day = frame["statement_date"].iloc[row]
    return "" if pd.isna(day) else str(day.date())


@pytest.mark.parametrize("apposition", [
    "appointed army chief less than two weeks earlier",
    "named commander only three days before",
    "sworn in as minister a week earlier",
])
def test_a_day_in_an_apposition_opened_by_a_participle_is_that_doing_not_the_words(apposition):
    # "Koval, appointed army chief two weeks earlier, said in a statement on Saturday": the words are of Saturday
    text = (f"Ivan Koval, {apposition}, said in a statement on Saturday that he had ordered the pullback "
            "\"to save the lives of our soldiers\".")
    got = _quotes(text, "2024-02-20")
    assert got["speaker"].tolist() == ["Ivan Koval"]
    assert _day(got) == "2024-02-17"


def test_a_participle_of_being_asked_is_still_the_occasion_of_the_words():
    text = ("Ivan Koval, interviewed by local radio two days earlier, said the town could not be held. "
            "\"We have no shells left,\" he said.")
    got = _quotes(text, "2024-02-20")
    assert _day(got) == "2024-02-18"


@pytest.mark.parametrize("opening", ["In case you missed it from last night:", "More from yesterday:"])
def test_a_past_day_after_from_that_opens_no_span_dates_the_words(opening):
    # a live blog's "In case you missed it from last night: X said …": the words of the evening before
    text = (f"War live\n\n{opening} Petro Savchuk said in his nightly address that the army was holding its "
            "positions and that \"the enemy is paying for every metre\".")
    got = _quotes(text, "2025-03-18")
    assert got["speaker"].tolist() == ["Petro Savchuk"]
    assert _day(got) == "2025-03-17"


def test_from_yesterday_opening_a_span_is_still_no_statement_date():
    from saidvsdone import when
    assert not [e for e in when.find("Shelling went on from yesterday until noon.") if e.text == "yesterday"]
    assert not [e for e in when.find("Curfews apply from yesterday on, he said.") if e.text == "yesterday"]
