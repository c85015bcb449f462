"""Statement dates, eighth round (dt9): mechanisms whose fresh variants (blind batch x) still failed after the
first-run failure families of the earlier blind batches had been fixed on their own sentences."""

import pandas as pd
import pytest

from saidvsdone import corpus, quotes


def _quotes(text: str, published: str) -> pd.DataFrame:
    return quotes.extract(corpus.from_text(text, published=published))


def _days(frame: pd.DataFrame) -> list[str]:
    return ["" if pd.isna(day) else str(day.date()) for day in frame["statement_date"]]


@pytest.mark.parametrize("rank", ["Major", "Lieutenant Colonel", "Captain"])
def test_a_lede_speaker_named_below_with_a_rank_is_one_speaker_with_his_later_words(rank):
    # "A Ukrainian battalion commander said on Monday …" / "Major A B, who leads …": the lede's day reaches A B's
    # later undated words (the rank is no part of the name the lede is given)
    text = ("A Ukrainian battalion commander said on Monday that Russian infantry had crossed the river twice.\n\n"
            f"{rank} Roman Sydorenko, who leads the battalion, spoke to journalists at a checkpoint.\n\n"
            "\"They send men across at night in rubber boats,\" Sydorenko said.")
    got = _quotes(text, "2025-04-10")
    assert got["speaker"].tolist() == ["Roman Sydorenko"]
    assert _days(got) == ["2025-04-07"]


@pytest.mark.parametrize("verb,gap", [("stated", "on Friday"), ("said", "late on Friday"),
                                      ("announced", "during a Friday briefing")])
def test_this_was_stated_with_a_day_before_by_relays_the_named_persons_statement(verb, gap):
    text = (f"The defence line near Siversk is holding. This was {verb} {gap} by the spokesman for the "
            "Khortytsia group of forces, Nazar Tkach, Ukrinform reports.\n\n"
            "\"The enemy has switched to small infantry groups,\" Tkach said.")
    got = _quotes(text, "2025-04-13")
    assert got["speaker"].tolist() == ["Nazar Tkach"]
    assert _days(got) == ["2025-04-11"]


@pytest.mark.parametrize("group", ["Foreign ministers of the G7", "Defence chiefs from the Nordic states",
                                   "Leaders of the coalition of the willing"])
def test_a_group_with_an_of_phrase_meeting_on_a_day_dates_its_participants(group):
    text = (f"{group} met in Oslo on Wednesday.\n\n"
            "Norway's foreign minister, Eirik Lunde, told the meeting that more money was coming.\n\n"
            "\"We will pay for the shells Ukraine needs,\" Lunde said.")
    got = _quotes(text, "2025-04-11")
    assert _days(got) == ["2025-04-09"]
