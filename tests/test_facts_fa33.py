"""Elided counts (round 23, fa33): "…, around 1,500 of them." closing a sentence counts the people its clause named
before it; "… with 600 men and ended it with fewer than 250 fit to fight" counts the part of the soldiers still able to
fight.

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


def test_a_bare_number_fit_to_fight_is_the_part_of_the_soldiers_counted_before():
    got = numbers("The Ukrainian company began the spring with 600 men and ended it with fewer than 250 fit "
                  "to fight.")
    assert list(got["quantity"]) == [600.0, 250.0]
    assert list(got["unit"]) == ["troops", "troops"] and list(got["actor"]) == ["Ukraine", "Ukraine"]
    assert list(got["change"]) == ["count", "count"] and got.loc[1, "qualifier"] == "less than"


def test_fit_for_duty_in_the_next_sentence_keeps_the_side():
    got = numbers("The Russian regiment arrived with 2,000 soldiers. By March only about 700 were still combat-ready.")
    assert list(got["quantity"]) == [2000.0, 700.0]
    assert (got.loc[1, "unit"], got.loc[1, "actor"], got.loc[1, "change"]) == ("troops", "Russia", "count")


def test_a_larger_number_fit_to_fight_is_not_a_part():
    got = numbers("The Ukrainian company had 60 men; 250 fit to fight were promised.")
    assert 250.0 not in list(got["quantity"])
