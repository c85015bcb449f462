"""Counts set after their clause's people (round 23, fa33): "…, around 1,500 of them." closing a sentence counts the
people its clause named before it.

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str) -> pd.DataFrame:
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def test_a_count_of_them_closing_the_sentence_counts_the_people_before_it():
    got = numbers('"Recruits keep arriving at the depot, about 2,300 of them. We do not need a draft," the minister said.')
    assert list(got["quantity"]) == [2300.0]
    assert (got.loc[0, "unit"], got.loc[0, "qualifier"], got.loc[0, "change"]) == ("troops", "about", "count")


def test_of_them_inside_the_clause_is_not_an_afterthought():
    # "of them" followed by more words is not closing its clause: the older reading is kept (a rate of hits, no fact)
    got = numbers("His drone operators hit 20 of them a day near the river.")
    assert 20.0 not in list(got["quantity"])
    got = numbers("The minister said recruits were signing up at every office, some 900 of them a week.")
    assert 900.0 not in list(got["quantity"])


def test_of_them_without_a_comma_before_is_not_an_afterthought():
    got = numbers("The medics treated wounded civilians and evacuated 40 of them.")
    assert not ((got["quantity"] == 40.0) & (got["unit"] == "troops")).any()
