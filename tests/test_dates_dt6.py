"""Statement dates, fifth pass (issue 13): sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from saidvsdone import corpus


@pytest.mark.parametrize("sentence, expected", [
    # rule: "in its <day> [part of day] <occasion>" after the verb: the day heads the occasion of the words
    ("The border guard service said in its Sunday morning summary that two ferries had been stopped.", "2024-03-10"),
    ("The border guard service said in its Saturday evening update that the strait was closed.", "2024-03-09"),
    ("Mykola Tsybulsky said in his Friday night video address that the port was calm.", "2024-03-08"),
    # the day of something else named after the verb dates nothing
    ("The border guard service said in its summary that the Sunday morning ferry had been stopped.", None),
])
def test_a_day_heading_the_occasion_after_the_verb_dates_the_words(dated, sentence, expected):
    assert list(dated.act_days(sentence, "2024-03-13").values())[0] == expected


@pytest.mark.parametrize("second", [
    "Separately, Russia said its air defences had downed eight drones over the Belgorod region.",
    "Russia separately said its air defences had downed eight drones over the Belgorod region.",
])
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_separately_opens_a_statement_of_its_own_with_no_inherited_day(second, gap):
    # rule: "Separately" (opening the sentence, or next to the verb) tells another statement than the one
    # before: it takes no earlier statement's day, whatever the speaker
    from saidvsdone import claims
    text = "Russia's defence ministry said on Friday its troops had taken the village of Orlivka." + gap + second
    found = claims.find(corpus.from_text(text, published="2024-03-13"))
    assert str(found.iloc[0]["statement_date"].date()) == "2024-03-08"
    assert found.iloc[1]["statement_date"] is pd.NaT or pd.isna(found.iloc[1]["statement_date"])


def test_separately_inside_the_reported_words_changes_nothing():
    from saidvsdone import claims
    text = ("Russia's defence ministry said on Friday its troops had taken the village of Orlivka.\n\n"
            "The ministry said two brigades had advanced separately along the river.")
    found = claims.find(corpus.from_text(text, published="2024-03-13"))
    assert [str(d.date()) for d in found["statement_date"]] == ["2024-03-08", "2024-03-08"]


@pytest.mark.parametrize("attribution, expected", [
    ("The General Staff published a summary on the same day:", "2024-03-12"),
    ("The General Staff published a summary on Monday:", "2024-03-11"),
    ("The General Staff said in its Monday evening update:", "2024-03-11"),
])
def test_bullets_after_a_dated_colon_attribution_take_its_day(attribution, expected):
    # rule: the bullets after an attribution that ends in a colon (the colon its speech cue: "published a
    # summary on Monday:") are its speaker's claims, on the day of that attribution
    from saidvsdone import claims
    text = ("Drone figures\n\nThe air force said on Tuesday that it had destroyed 20 drones. " + attribution + "\n"
            "- Ukrainian units retook three villages near the river;\n"
            "• Russian troops lost about 9,000 soldiers in the sector.\n\nThe weather was cold.")
    found = claims.find(corpus.from_text(text, published="2024-03-13"))
    bullets = found[found["text"].str.match("Ukrainian units|Russian troops")]
    assert list(bullets["speaker"]) == ["Ukrainian General Staff"] * 2
    assert [str(d.date()) for d in bullets["statement_date"]] == [expected] * 2
