"""claims.find: claims in quotes, reported speech and headlines, from the phrase table."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saidvsdone import claims, corpus, quotes
from saidvsdone._paths import data_file


@pytest.fixture(scope="module")
def seed_claims():
    return claims.find(corpus.load())


def _find(text, published="2022-10-14"):
    return claims.find(corpus.from_text(text, published=published))


def _has(table, article, claim_type, words, date):
    rows = table[(table["article_id"] == article) & (table["claim_type"] == claim_type)
                 & table["text"].str.contains(words, regex=False)]
    assert len(rows), f"no {claim_type} claim with {words!r} in {article}"
    row = rows.iloc[0]
    assert row["speaker"] == "Vladimir Putin"
    if date is None:
        assert pd.isna(row["statement_date"]) and row["undated"]
    else:
        assert str(row["statement_date"].date()) == date
    return row


def test_the_seed_claims_the_issue_names(seed_claims):
    _has(seed_claims, "002_9045d9ce76021a80", "on_plan", "going to plan", "2022-04-12")
    reported = _has(seed_claims, "000_e270a535ddac0343", "on_plan", "going according to plan", "2022-09-16")
    assert reported["source"] == "reported"
    _has(seed_claims, "000_e270a535ddac0343", "progress", "taking more and more ground", "2022-09-16")
    _has(seed_claims, "004_5dfba178dfe30224", "mobilisation_ending", "This work is coming to an end", "2022-10-14")
    _has(seed_claims, "004_5dfba178dfe30224", "no_escalation", "Nothing further is planned", "2022-10-14")
    _has(seed_claims, "001_5e92d461559cfb40", "progress", "progress had been achieved", None)
    _has(seed_claims, "003_e5c8ade69524ed8d", "negotiations", "form the basis for future agreements", "2025-11-27")
    _has(seed_claims, "003_e5c8ade69524ed8d", "threat", "through military means", "2025-11-27")


def test_columns_dtypes_and_offsets(seed_claims):
    assert list(seed_claims.columns) == list(claims.COLUMNS)
    assert str(seed_claims["statement_date"].dtype) == "datetime64[ns]"
    assert seed_claims["claim_id"].is_unique
    texts = corpus.load().set_index("article_id")["text"]
    for row in seed_claims.itertuples():
        article = texts[row.article_id]
        assert article[row.start:row.end] == row.text
        assert row.start <= row.phrase_start < row.phrase_end <= row.end + 1
        assert row.source in ("quote", "reported", "headline")


def test_inflections_and_small_variations_match():
    for sentence in ("Putin said the operation went according to plan.",
                     "Putin said the operation goes exactly according to plan.",
                     "Putin said that all the tasks set would be fulfilled.",
                     "Peskov said the goals remain unchanged."):
        table = _find(sentence)
        assert table["claim_type"].tolist() == ["on_plan"], sentence


def test_reporter_narrative_is_not_a_claim():
    assert _find("The offensive was not going according to plan by any measure.").empty
    assert _find("Russian forces continued to advance along the front near Pokrovsk.").empty


def test_negation_is_kept_and_flagged():
    row = _find("Biden said the war was not going according to plan for Putin.").iloc[0]
    assert row["negated"] and row["speaker"] == "Joe Biden"


def test_headline_claims():
    table = claims.find(corpus.from_text("Putin threatens new offensive if Kyiv resists\n\nThe text.",
                                         published="2025-11-27"))
    row = table.iloc[0]
    assert (row["source"], row["claim_type"], row["speaker"]) == ("headline", "threat", "Vladimir Putin")


def test_quotes_passed_in_are_used_for_speakers():
    articles = corpus.from_text("“This work is coming to an end,” he said.")
    table = quotes.extract(articles)
    table.loc[0, "speaker"] = "Vladimir Putin"  # a journalist fixes an unresolved pronoun
    found = claims.find(articles, quotes=table)
    assert found["speaker"].tolist() == ["Vladimir Putin"]
    assert claims.find(articles)["speaker"].tolist() == [""]


def test_phrase_table_is_readable_and_every_example_matches():
    table = pd.read_csv(data_file("claim_phrases.csv"), dtype=str, keep_default_na=False)
    assert set(table["claim_type"]) >= set(claims.CLAIM_TYPES)
    for row in table.itertuples():
        if row.example:
            sentence = f"Putin said: “{row.example}.”"
            found = _find(sentence)
            assert row.claim_type in set(found["claim_type"]), (row.phrase, row.example)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_any_text_finds_without_error(raw):
    articles = corpus.from_text(raw)
    text = articles.loc[0, "text"]
    for row in claims.find(articles).itertuples():
        assert text[row.start:row.end] == row.text
