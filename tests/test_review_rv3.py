"""Review of this round's merged work (issues 11, 13, 14, 17): odd inputs through every stage must leave no
article out (a stage that catches an exception only warns: ``.attrs['errors']`` is checked here). Every text
below is invented for these tests."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from saidvsdone import claims, corpus, facts, quotes
from saidvsdone.document import StageWarning


def _article(text: str) -> pd.DataFrame:
    return corpus.from_text(text, article_id="rv", published="2023-05-10")


def _no_article_left_out(article: pd.DataFrame) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("error", StageWarning)
        found = quotes.extract(article)
        tables = {"quotes": found, "claims": claims.find(article, found), "facts": facts.extract(article)}
    for name, table in tables.items():
        assert not table.attrs.get("errors"), (name, table.attrs.get("errors"))
    return tables


def test_it_after_a_country_in_a_headline_style_line_is_read_not_a_crash():
    """A sub-heading "It says …" after a sentence naming a country (not its capital): the stand-in act given
    to the country's speaker had no written form, and the headline path reads it."""
    article = _article("Russia pounded the city overnight with drones.\n\nIt says its offensive is going to plan\n\n"
                       "The shelling went on through the day, the mayor said on Friday.")
    said = _no_article_left_out(article)["claims"]
    assert "It says its offensive is going to plan" in said["text"].tolist()


@pytest.mark.parametrize("label", ["Top Story", "Breaking News", "Exclusive", "Explainer"])
def test_an_outlets_title_case_rubric_before_a_colon_is_no_speaker(label):
    """ "Top Story: Ukrainian Commander Says …": the outlet's label before the colon is no speaker (it was a claim
    of "Top Story"); the commander of the headline still speaks."""
    article = _article(f"{label}: Ukrainian Commander Says Counteroffensive Going To Plan\n\n"
                       "A Ukrainian commander said on Monday the counteroffensive was going to plan.")
    said = _no_article_left_out(article)["claims"]
    assert label not in set(said["speaker"]) and len(said) >= 1


MORE_ODD = [
    "“We will hold,” the brigade said.", "“We will hold,” said the region's governor.", "BREAKING NEWS\n\n“We hold,” he said.",
    "LIVE UPDATES\n\n14:05\n“We will hold,” Kyiv said.", "Read also: Zelensky: “We will not give up the city”",
    "Watch | “", "Photo: AFP / Getty Images\n“We hold,” he said.", "[embedded content]\n\n___\n\nShare", "• one\n• two\n• three",
    "Several of them said the offensive had stalled.", "They say the town could fall within days.",
    "Hours earlier, it said.", "“Russia will fail,” said Ukrainian Deputy Defence Minister.", "Caption: “", "It said. It said.",
]


@pytest.mark.parametrize("text", [*__import__("test_odd_inputs").ODD, *MORE_ODD])
def test_an_odd_text_leaves_no_article_out_of_any_stage(text):
    _no_article_left_out(_article(text))
