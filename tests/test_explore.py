"""Explorers: select rows, read a table, check an article's spans by eye."""

from __future__ import annotations

import pandas as pd
import pytest

from saidvsdone import corpus, explore

TEXT = ("Putin said the war was “going according to plan.”\n\n"
        "Peskov said Russian forces captured 300 square kilometres in May.")


@pytest.fixture()
def rows():
    return pd.DataFrame({
        "article_id": ["a", "a", "b"],
        "speaker": ["Vladimir Putin", "Dmitry Peskov", ""],
        "text": ["going according to plan.", "talks are possible", "Plan B"],
        "statement_date": pd.to_datetime(["2022-09-16", "2023-03-08", None]),
    })


def test_select_by_speaker_keyword_and_dates(rows):
    assert explore.select(rows, speaker="putin")["speaker"].tolist() == ["Vladimir Putin"]
    assert explore.select(rows, keyword="PLAN")["article_id"].tolist() == ["a", "b"]
    assert explore.select(rows, keyword="plan", start="2022-01-01")["speaker"].tolist() == ["Vladimir Putin"]
    assert explore.select(rows, end="16 September 2022").index.tolist() == [0]
    assert explore.select(rows, start="2022-09-17", end="2023-03-08").index.tolist() == [1]
    assert len(explore.select(rows)) == 3
    with pytest.raises(ValueError, match="end='03/04/2022' is ambiguous"):
        explore.select(rows, end="03/04/2022")


def test_table_left_aligns_text_and_says_how_many_rows_are_hidden(rows):
    shown = explore.table(pd.concat([rows] * 5), ["speaker", "statement_date", "text"], rows=4)
    html = shown._repr_html_()
    assert "first 4 of 15 rows" in html and html.count("<tr") == 5  # header + 4
    assert "text-align: left" in html and "2022-09-16" in html
    assert "0x" not in repr(shown) and repr(shown).endswith("(first 4 of 15 rows; rows 1 = 4: the same row more than once)")
    assert explore.table(rows)._repr_html_() == explore.table(rows)._repr_html_()  # no random ids


def test_article_highlights_each_layer_at_its_offsets():
    one = corpus.from_text(TEXT, article_id="a", published="2022-09-17")
    quote_start = TEXT.index("going")
    fact_start = TEXT.index("captured")
    quotes = pd.DataFrame({"article_id": ["a"], "start": [quote_start], "end": [TEXT.index(".”") + 1],
                           "speaker": ["Vladimir Putin"], "statement_date": pd.to_datetime(["2022-09-16"])})
    claims = pd.DataFrame({"article_id": ["a", "other"], "phrase_start": [quote_start, 0],
                           "phrase_end": [quote_start + len("going according to plan"), 5],
                           "start": [0, 0], "end": [1, 1], "claim_type": ["on_plan", "x"],
                           "speaker": ["Vladimir Putin", ""], "statement_date": [pd.NaT, pd.NaT]})
    facts = pd.DataFrame({"article_id": ["a"], "start": [fact_start],
                          "end": [fact_start + len("captured 300 square kilometres")],
                          "quantity_text": ["300"], "unit": ["square kilometres"]})
    shown = explore.article(one, "a", quotes=quotes, claims=claims, facts=facts)
    assert shown.counts() == {"quote": 1, "claim": 1, "fact": 1}
    html = shown._repr_html_()
    assert ">going according to plan</span>" in html  # quote and claim overlap: one span, both styles
    assert "background: #fff3b0; text-decoration: underline" in html
    assert ">captured 300 square kilometres</span>" in html
    assert "Vladimir Putin, 2022-09-16" in html and "claim: on_plan" in html
    assert "<script" not in html and "http" not in html
    with pytest.raises(KeyError, match="no article 'zz'"):
        explore.article(one, "zz")


def test_a_tooltip_says_no_day_of_its_own_in_a_dated_article_and_undated_only_in_an_undated_one():
    """The quotes of a dated article read "Vladimir Putin, undated" on hover (notebook 01), as if
    the article had no date: words with no day of their own were said on or before its date."""
    dated = corpus.from_text(TEXT, article_id="a", published="2022-04-12")
    undated = corpus.from_text(TEXT, article_id="a")
    for articles, tip in ((dated, "Vladimir Putin, no day of its own (published 2022-04-12)"),
                          (undated, "Vladimir Putin, undated")):
        quotes = pd.DataFrame({"article_id": ["a"], "start": [0], "end": [5], "speaker": ["Vladimir Putin"],
                               "statement_date": [pd.NaT], "published": articles["published"]})
        assert f'title="{tip}"' in explore.article(articles, "a", quotes=quotes)._repr_html_()
