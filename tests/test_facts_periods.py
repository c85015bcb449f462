"""facts: the period and the side of a figure in a sentence about an earlier time (new-user trial 5)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from saidvsdone import compare, corpus, facts, territory


def _areas(text: str, published: str) -> pd.DataFrame:
    found = facts.extract(corpus.from_text(text, published=published))
    return found[found["area_km2"].notna()].reset_index(drop=True)


def test_a_side_after_through_is_no_subject():
    # rule: a side named after "through" ("broke through Russian lines") is the object of the
    # preposition, never the subject of the verb that follows
    row = _areas("Ukrainian brigades broke through Russian lines near the river and recaptured 900 square "
                 "kilometres in the past month.", "2023-10-02").iloc[0]
    assert (row["actor"], row["change"]) == ("Ukraine", "gain")
    row = _areas("Russian units pushed through Ukrainian defences and took 300 square kilometres in the past "
                 "month.", "2024-05-20").iloc[0]
    assert (row["actor"], row["change"]) == ("Russia", "gain")


def test_a_relative_period_in_a_sentence_about_an_earlier_year_is_not_counted_from_publication():
    # rule: a sentence that names an earlier year than its article's (or its speaker's statement
    # day) is never read with a period counted back from the publication date
    row = _areas("In August 2021, Ukrainian troops retook 700 square kilometres in less than three weeks.",
                 "2024-03-01").iloc[0]
    assert pd.isna(row["period_start"]) and pd.isna(row["period_end"])
    checked = compare.facts_vs_territory(_areas("In August 2021, Ukrainian troops retook 700 square kilometres "
                                                "in less than three weeks.", "2024-03-01"), territory.load()).iloc[0]
    assert checked["assessment"] == "not assessable" and checked["rule"].startswith("not anchored: ")
    assert "2021" in checked["rule"]
    # a month without a year takes the one year the sentence names; a span from it has no known end
    row = _areas("In 2023, Russian troops captured 350 square kilometres in June.", "2025-02-01").iloc[0]
    assert (row["period_start"], row["period_end"]) == (pd.Timestamp("2023-06-01"), pd.Timestamp("2023-06-30"))
    row = _areas("In 2023, Russian troops had captured 350 square kilometres since June.", "2025-02-01").iloc[0]
    assert row["period_start"] == pd.Timestamp("2023-06-01") and pd.isna(row["period_end"])
    # "since 2022" and a comparison with an earlier year are no sentence about that year
    row = _areas("Russian troops captured 350 square kilometres in the past month, more than in all of 2023.",
                 "2024-06-01").iloc[0]
    assert (row["period_start"], row["period_end"]) == (pd.Timestamp("2024-05-01"), pd.Timestamp("2024-06-01"))


def test_a_relative_period_counts_from_the_day_the_speaker_said_it():
    # rule: "since the start of the month", "this week", "in the past week" count from the statement
    # day of the speech act that dates the figure, not from a later publication date
    row = _areas("The general said on March 20, 2023, that Ukrainian troops had retaken 120 square kilometres "
                 "since the start of the month.", "2025-01-10").iloc[0]
    assert (row["period_start"], row["period_end"]) == (pd.Timestamp("2023-03-01"), pd.Timestamp("2023-03-20"))


def test_compare_never_measures_a_period_later_than_the_years_its_sentence_names():
    # the safety net in compare: a period ending after every year the sentence names is not measured
    fact = pd.DataFrame([{"fact_id": "t-f001", "article_id": "t", "category": "territory", "quantity": 700.0,
                          "quantity_text": "700", "qualifier": "", "unit": "km2", "area_km2": 700.0,
                          "actor": "Ukraine", "change": "gain", "place": "", "period_text": "in two weeks",
                          "sentence": "In August 2021, Ukrainian troops retook 700 square kilometres in two weeks.",
                          "period_start": pd.Timestamp("2024-02-16"), "period_end": pd.Timestamp("2024-03-01"),
                          "reported_date": pd.Timestamp("2024-03-01")}])
    row = compare.facts_vs_territory(fact, territory.load()).iloc[0]
    assert row["assessment"] == "not assessable" and row["rule"].startswith("not anchored: ")
    assert np.isnan(row["measured_km2"])
