"""Everyday hard-news facts (round 24, fa34): a casualty word denied ("without losses") makes no casualties of the
soldiers moved; a depth pushed "behind the front line" is an advance; settlements named as the places of an
evacuation are no ground changing hands; a named speaker of no known side takes the side of the forces the article
says he commands.

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str) -> pd.DataFrame:
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def row(table: pd.DataFrame, quantity: float) -> pd.Series:
    found = table[table["quantity"] == quantity]
    assert len(found) == 1, table[["quantity", "unit", "actor", "change"]]
    return found.iloc[0]


def test_soldiers_moved_without_losses_are_a_count_not_casualties():
    got = row(numbers("The Russian command said it had ferried some 18,000 servicemen over the river without losses."),
              18000.0)
    assert (got["unit"], got["actor"], got["change"]) == ("troops", "Russia", "count")
    got = row(numbers("Ukraine said it had moved 3,500 soldiers to the new line with no casualties."), 3500.0)
    assert (got["unit"], got["change"]) == ("troops", "count")


def test_a_casualty_word_not_denied_still_counts_the_dead():
    got = row(numbers("Kyiv said 700 Russian soldiers had been killed near the bridge, with no losses of its own."),
              700.0)
    assert (got["actor"], got["change"]) == ("Russia", "loss")
    got = row(numbers("The Ukrainian brigade lost 60 men in the assault."), 60.0)
    assert got["change"] == "loss"


def test_a_depth_pushed_behind_the_front_line_is_an_advance():
    got = row(numbers("British intelligence said Ukrainian units had pushed as much as 35 kilometres behind the old "
                      "front line in places."), 35.0)
    assert (got["unit"], got["actor"], got["change"]) == ("km", "Ukraine", "gain")
    got = row(numbers("The Russian troops broke through and drove 12 km behind Ukrainian lines."), 12.0)
    assert (got["actor"], got["change"]) == ("Russia", "gain")


def test_forces_sitting_behind_the_front_line_are_no_advance():
    got = row(numbers("Ukrainian saboteurs operated 25 km behind the front line, the army said."), 25.0)
    assert got["change"] == "distance"


def test_villages_evacuated_are_no_settlements_changing_hands():
    got = numbers("The governor ordered the evacuation of families from the district centre and 14 nearby villages as "
                  "Russian forces moved closer.")
    assert not (got["unit"] == "settlements").any()
    got = numbers("Officials evacuated 9 villages near the border on Tuesday.")
    assert not (got["unit"] == "settlements").any()


def test_villages_taken_after_an_evacuation_are_still_a_gain():
    got = row(numbers("After the evacuation, Russian troops captured 6 villages, the ministry said."), 6.0)
    assert (got["unit"], got["actor"], got["change"]) == ("settlements", "Russia", "gain")


def test_a_named_commander_takes_the_side_of_the_forces_he_commands():
    got = row(numbers("Col. Taras Lemko, who commands a Ukrainian brigade near the river, said the Russian second line "
                      "lay 9 km beyond his forward positions."), 9.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "distance")


def test_a_named_speaker_with_no_side_given_stays_unknown():
    got = row(numbers("Taras Lemko, a historian, said the second line lay 9 km beyond his forward positions."), 9.0)
    assert got["actor"] == ""


def test_a_sides_men_posted_around_a_place_of_the_front_are_counted():
    got = row(numbers("The Ukrainians have put something like 9,000 men around the bridgehead, the colonel said."), 9000.0)
    assert (got["unit"], got["actor"], got["change"], got["qualifier"]) == ("troops", "Ukraine", "count", "about")


def test_men_posted_with_no_side_named_are_no_count():
    got = numbers("The stadium has 300 men near the gate every match day.")
    assert not (got["quantity"] == 300.0).any()


def test_soldiers_evacuated_without_losing_one_are_a_troop_count():
    got = row(numbers("Moscow said it had evacuated more than 12,000 servicemen from the island without losing a single "
                      "soldier."), 12000.0)
    assert (got["unit"], got["actor"], got["change"]) == ("troops", "Russia", "count")
