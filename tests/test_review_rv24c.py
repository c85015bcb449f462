"""Findings of the round-24 final read (rv24c) on facts and claims data, fixed by rv24fixc: each test runs an invented
sentence through the table row or rule that reaches a former copy or bug.

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from saidvsdone import claims, corpus, facts


def _rv24c_facts(text: str) -> pd.DataFrame:
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def _rv24c_one(text: str, quantity: float) -> pd.Series:
    table = _rv24c_facts(text)
    found = table[table["quantity"] == quantity]
    assert len(found) == 1, table[["quantity", "unit", "actor", "change"]]
    return found.iloc[0]


def _rv24c_claims(text: str) -> pd.DataFrame:
    return claims.find(corpus.from_text(text, published="2024-06-01"))


# B1: a count "posted" needs soldiers after the number and a side as the subject
def test_rv24c_civilians_living_near_the_front_are_no_troop_count():
    got = _rv24c_facts("Ukrainian officials said the village still has about 1,500 people living near the front line.")
    assert not (got["quantity"] == 1500.0).any()
    got = _rv24c_facts("Ukrainian officials said Zaporizhzhia still has about 40,000 residents near the river.")
    assert not ((got["quantity"] == 40000.0) & (got["change"] == "count")).any()


def test_rv24c_a_sides_soldiers_posted_along_the_river_are_still_counted():
    got = _rv24c_one("The Russians have put about 7,000 troops along the river, the officer said.", 7000.0)
    assert (got["unit"], got["actor"], got["change"]) == ("troops", "Russia", "count")


# B2: a who-clause's side is its object's, right after the verb
def test_rv24c_a_commander_who_led_an_assault_on_enemy_positions_takes_no_enemy_side():
    got = _rv24c_one("Mykola Hrin, who led the raid on Russian trenches near the hamlet, spoke on Friday. A counter-attack "
                     "recovered 14 square kilometres, Hrin said.", 14.0)
    assert got["actor"] != "Russia"
    got = _rv24c_one("Petro Savka, who fought with Russian troops near Vuhledar, spoke on Friday. A counter-attack "
                     "recovered 14 square kilometres, Savka said.", 14.0)
    assert got["actor"] != "Russia"


def test_rv24c_a_commander_of_a_sides_army_still_takes_its_side():
    got = _rv24c_one("Ivan Lozko, who commands the Russian 20th Army, spoke on Friday. A counter-attack recovered 14 "
                     "square kilometres, Lozko said.", 14.0)
    assert got["actor"] == "Russia"


# B3: claim_topics rows with no open gap
def test_rv24c_no_one_knowing_how_many_were_killed_stays_a_claim():
    assert len(_rv24c_claims("The colonel said no one knows how many Russian soldiers have been killed near Avdiivka.")) == 1


def test_rv24c_shells_sent_to_the_front_stay_a_claim():
    assert len(_rv24c_claims("The colonel said on Friday that half of the shells sent to the front had failed.")) == 1


def test_rv24c_nobody_hurt_in_a_strike_is_still_no_war_claim():
    assert len(_rv24c_claims("The mayor said nobody had been hurt in the strike on the depot.")) == 0
    assert len(_rv24c_claims("The mayor said no one was reported injured in the city.")) == 0


# B4: a depth verb that carries people is no advance
def test_rv24c_the_wounded_driven_behind_the_line_are_no_advance():
    got = _rv24c_one("The injured Russian soldiers were driven 15 km behind the front line to a hospital.", 15.0)
    assert got["change"] != "gain"
    got = _rv24c_one("Ukrainian volunteers drove 40 km behind the front line with food.", 40.0)
    assert got["change"] != "gain"


def test_rv24c_troops_driving_behind_enemy_lines_still_advance():
    got = _rv24c_one("The Ukrainian brigade broke through and drove 9 km behind Russian lines.", 9.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "gain")


# F4: the soldier_noun and posting_verb kinds of data/fact_cues.csv reach both former copies
def test_rv24c_a_posting_verb_and_soldier_noun_from_the_table_count_a_sides_men():
    from saidvsdone.facts.words import cue_alternation
    import re

    assert re.fullmatch(cue_alternation("posting_verb"), "positioned")
    assert re.fullmatch(cue_alternation("soldier_noun"), "marines")
    got = _rv24c_one("The Ukrainians have positioned about 3,000 marines along the river, the officer said.", 3000.0)
    assert (got["unit"], got["actor"], got["change"]) == ("troops", "Ukraine", "count")
