"""Battlefield facts: mechanisms found on heldout8 and the facts stress batches (round 18, fa27).

Every sentence here is invented for the test (none is a sentence of a gold article); each test states the general rule.
"""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str) -> pd.DataFrame:
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def readings(text: str) -> list[tuple]:
    return [(float(r.quantity), r.unit, r.actor, r.change) for r in numbers(text).itertuples()]


# --- a passive direction verb after the counted ground, past a place ----------------------------------------------

def test_a_passive_after_a_place_gives_the_count_its_change():
    # "N villages in X had been taken": the verb of the count's own passive, however long the place between
    got = readings("The colonel said three more villages in the Zaporizhzhia region had been recaptured over the weekend.")
    assert got == [(3.0, "settlements", "Ukraine", "gain")]


def test_a_passive_of_taking_after_a_place_is_a_gain():
    got = readings("Moscow said two more villages near the southern edge of the town had been captured this week.")
    assert [(q, u, c) for q, u, _, c in got] == [(2.0, "settlements", "gain")]


def test_a_passive_in_a_relative_clause_of_its_own_is_not_the_counts():
    # "villages where troops were pushed back": the passive belongs to the relative clause, not to the count
    got = readings("The mayor said five villages where Ukrainian troops were pushed back last year are still empty.")
    assert all(c != "loss" for _, _, _, c in got)


def test_a_passive_that_is_no_direction_verb_gives_no_change():
    got = readings("The governor said two villages in the north of the district were shelled overnight.")
    assert all(not (u == "settlements" and c in ("gain", "loss")) for _, u, _, c in got)


# --- a part listed after "including" takes the whole's verb ----------------------------------------------------

def test_villages_listed_after_including_take_the_areas_verb():
    got = readings("Russian units took a strip of roughly 150 square kilometres, including about ten villages.")
    assert (150.0, "km2", "Russia", "gain") in got
    assert (10.0, "settlements", "Russia", "gain") in got


def test_including_after_a_count_of_strikes_is_no_gain():
    got = readings("The governor said Russian shelling damaged 30 houses in the district, including four villages.")
    assert all(c != "gain" for _, _, _, c in got)


# --- a formation's strength: "started with", "down to", "left with" ---------------------------------------------

def test_a_platoon_that_started_with_n_men_counts_its_strength():
    got = readings("A Ukrainian sergeant said his platoon had started with 28 men in the spring.")
    assert got == [(28.0, "troops", "Ukraine", "count")]


def test_a_company_down_to_n_men_counts_its_strength():
    got = readings("By the autumn the Russian company was down to 35 men, an officer said.")
    assert (35.0, "troops", "Russia", "count") in got


def test_a_village_that_started_with_n_people_is_no_strength():
    # the strength verbs read only with a formation before them
    assert readings("The village started with 400 people before the war.") == []


# --- a verb coordinated with the one before shares its subject, not the demonym of its object ---------------------

def test_a_coordinated_shoot_down_takes_the_clauses_subject_not_the_objects_demonym():
    got = readings("The minister said Ukrainian units had stopped the Russian push near the river and had shot down "
                   "more than 300 drones in May.")
    assert (300.0, "drones", "Ukraine", "count") in got


def test_a_coordinated_shoot_down_after_a_russian_subject_stays_russian():
    got = readings("The ministry said Russian troops repelled a Ukrainian assault near the village and also downed "
                   "15 drones.")
    assert (15.0, "drones", "Russia", "count") in got


def test_an_army_with_n_men_counts_its_strength():
    # "army" is a formation that holds men (data/armed_units.csv, uses ``strength``)
    got = readings("The new Russian army has perhaps 18,000 men so far, an analyst said.")
    assert (18000.0, "troops", "Russia", "count") in got


def test_a_side_that_signs_n_people_a_month_recruits_them():
    got = readings("The Russian army signs about 25,000 men a month, a Ukrainian general said.")
    assert (25000.0, "troops", "Russia", "count") in got
    assert readings("The two ministers signed 12 agreements on Friday.") == []


# --- "our" in "by our count" is no antecedent of "they" ------------------------------------------------------

def test_by_our_count_they_is_the_other_side_not_the_speakers():
    text = ("We spoke to Oleksandr Syrskyi at his headquarters.\n\nQ: Is Moscow calling up more reservists?\n\n"
            "A: Not openly. Their recruiters work through contracts. By our count they sign about 25,000 men a month.")
    assert (25000.0, "troops", "Russia", "count") in readings(text)
