"""mt16: families the metamorphic transformations of real copy exposed, fixed as mechanisms (invented sentences)."""

from __future__ import annotations

import pandas as pd
import pytest

from saidvsdone import claims, corpus, quotes


def _dates(text: str, published: str) -> dict[str, tuple]:
    one = corpus.from_text(text, article_id="mt16", published=published)
    found = {}
    for table in (quotes.extract(one), claims.find(one)):
        for row in table.itertuples(index=False):
            found[row.text] = (row.statement_date, row.date_basis)
    return found


def _day_of(found: dict, opening: str):
    return next(date for text, (date, _) in found.items() if text.startswith(opening))


# -- a weekday after another noun's possessive heads that event, wherever the verb stands (§3.5: "Dates of the
#    reported events (a Friday morning assault) are not utterance dates")

def test_a_possessive_weekday_after_a_later_that_day_is_the_events_day_not_the_statements():
    text = ("“The line is holding,” General Oleh Marchenko told reporters on Monday.\n\n"
            "Later that day, Marchenko said Russia's Friday morning assault on the border villages left his units "
            "stretched thin.\n\n"
            "The same day, Marchenko said the front would stabilise within days.")
    found = _dates(text, "2024-05-14")
    assert _day_of(found, "Later that day") == pd.Timestamp("2024-05-13")
    assert _day_of(found, "The same day") == pd.Timestamp("2024-05-13")


def test_a_possessive_weekday_before_a_trailing_attribution_dates_nothing():
    text = ("“The line is holding,” General Oleh Marchenko told reporters on Monday.\n\n"
            "The army’s Sunday offensive, which took three hamlets near the river, left him no reserves to call in, "
            "Marchenko said.")
    found = _dates(text, "2024-05-14")
    date, basis = next(v for k, v in found.items() if k.startswith("The army"))
    assert date == pd.Timestamp("2024-05-13"), basis
    assert "Sunday" not in basis


def test_a_possessive_weekday_before_an_occasion_of_words_still_dates_them():
    found = _dates("Speaking at the ministry's Monday briefing, Konashenkov said Russian forces had captured the "
                   "village.", "2024-05-16")
    assert _day_of(found, "Speaking at") == pd.Timestamp("2024-05-13")


# -- a present-tense attribution that names the speaker's own occasion is that occasion's words, not the reporter's
#    present: the speaker's past-tense words after it keep their dated statement's day

def test_says_in_his_nightly_address_keeps_the_day_of_the_speakers_statement():
    text = ("President Oleh Marchenko said on Sunday evening that the new offensive could be the first of several "
            "waves.\n\n"
            "“We know the enemy's plans, and we are responding,” Marchenko says in his nightly video address.\n\n"
            "He said fierce battles were continuing near the border and that the situation there was difficult.")
    found = _dates(text, "2024-05-13")
    assert _day_of(found, "We know") == pd.Timestamp("2024-05-12")
    assert _day_of(found, "He said fierce") == pd.Timestamp("2024-05-12")


@pytest.mark.parametrize("after", ["", " in an interview"])
def test_says_after_the_quoted_words_or_in_an_interview_is_still_the_reporters_present(after):
    text = ("President Oleh Marchenko said on Sunday evening that the new offensive could be the first of several "
            f"waves.\n\n“We count the days by shifts,” Marchenko says{after}.")
    assert pd.isna(_day_of(_dates(text, "2024-05-13"), "We count"))


# -- a feature's scene-setting narration before the news paragraph is no lede: the group lede's day still reaches the
#    voices below it

def test_a_scene_setting_paragraph_before_a_group_lede_leaves_the_ledes_day_to_its_voices():
    text = ("Snow lies thick on the road into the village.\n\n"
            "A tractor idles beside the shuttered bakery.\n\n"
            "Children kick a ball about behind the old church.\n\n"
            "Smoke rises from a chimney at the edge of the fields.\n\n"
            "Ukrainian and Russian commanders gave sharply different accounts on Wednesday of the fighting around "
            "the town.\n\n"
            "Brigadier General Oleh Marchenko, who commands Ukraine's 3rd Army Corps, said in an interview that his "
            "troops had pushed Russian units back from two villages.\n\n"
            "“The enemy committed three regiments here in May,” Marchenko said.")
    found = _dates(text, "2025-06-18")
    assert _day_of(found, "The enemy committed") == pd.Timestamp("2025-06-18")
    assert _day_of(found, "Brigadier General") == pd.Timestamp("2025-06-18")

