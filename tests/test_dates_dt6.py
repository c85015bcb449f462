"""Statement dates, fifth pass (issue 13): sentences of our own."""

from __future__ import annotations

import pandas as pd
import pytest

from saidvsdone import corpus, document


def _act_days(text: str, published: str) -> dict:
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return {doc.text[a.speaker.start:a.speaker.end]: (None if a.date is None else str(a.date.date()))
            for a in doc.speech.acts}


@pytest.mark.parametrize("sentence, expected", [
    # rule: "in its <day> [part of day] <occasion>" after the verb: the day heads the occasion of the words
    ("The border guard service said in its Sunday morning summary that two ferries had been stopped.", "2024-03-10"),
    ("The border guard service said in its Saturday evening update that the strait was closed.", "2024-03-09"),
    ("Mykola Tsybulsky said in his Friday night video address that the port was calm.", "2024-03-08"),
    # the day of something else named after the verb dates nothing
    ("The border guard service said in its summary that the Sunday morning ferry had been stopped.", None),
])
def test_a_day_heading_the_occasion_after_the_verb_dates_the_words(sentence, expected):
    assert list(_act_days(sentence, "2024-03-13").values())[0] == expected


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
