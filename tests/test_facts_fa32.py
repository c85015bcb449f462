"""Battlefield facts on everyday copy (round 23, fa32): the side shooting down named in a that-clause of its own, a
side's "dead and wounded" in the possessive, "and N surrendered" after a count of soldiers, decoy drones, places
counted again with the definite article, soldiers held in the other side's captivity.

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str) -> pd.DataFrame:
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def test_a_that_clause_with_its_own_subject_cuts_off_the_side_named_before_it():
    got = numbers("A Russian defence ministry spokesman briefed reporters on Monday. He said Russian artillery had shelled "
                  "positions where Ukrainian troops were dug in, and that air defences had intercepted nine Tochka-U "
                  "missiles overnight.")
    row = got[got["unit"] == "missiles"].iloc[0]
    assert (row["quantity"], row["actor"], row["change"]) == (9.0, "Russia", "count")


def test_a_relative_that_keeps_its_subject():
    got = numbers("Ukrainian crews that shot down 14 Russian drones were decorated on Monday.")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"], got.loc[0, "actor"]) == (14.0, "drones", "Ukraine")


def test_a_sides_dead_and_wounded_in_the_possessive_are_its_soldiers():
    got = numbers("Analysts put Ukraine's dead and wounded at about 80,000 since the spring.")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"], got.loc[0, "actor"], got.loc[0, "change"]) == \
        (80000.0, "troops", "Ukraine", "loss")
    got = numbers("Officials put Russia's killed and wounded at 120,000.")
    assert (got.loc[0, "unit"], got.loc[0, "actor"]) == ("troops", "Russia")


def test_a_bare_number_that_surrendered_after_soldiers_counted_before():
    got = numbers("The spokesman said Russian units near the river lost 900 servicemen killed and wounded "
                  "in ten days, and some 25 surrendered on Sunday.")
    assert list(got["quantity"]) == [900.0, 25.0]
    assert list(got["unit"]) == ["troops", "troops"]
    assert (got.loc[1, "actor"], got.loc[1, "change"]) == ("Russia", "loss")


def test_a_further_n_surrendered_still_reads_as_another_of_the_same():
    got = numbers("Ukrainian marines captured 30 soldiers on the island; a further six surrendered at dawn.")
    assert list(got["quantity"]) == [30.0, 6.0]
    assert list(got["actor"]) == ["Russia", "Russia"] and list(got["change"]) == ["loss", "loss"]


def test_decoys_are_counted_as_drones():
    got = numbers("Ukraine's air force said Russia had launched 90 attack drones overnight. Another 23 decoys were lost "
                  "to electronic warfare.")
    assert list(got["quantity"]) == [90.0, 23.0]
    assert list(got["unit"]) == ["drones", "drones"]
    assert list(got["actor"]) == ["Russia", "Ukraine"]


def test_places_counted_again_with_the_definite_article_are_no_count():
    got = numbers("Russian troops are attacking Sloviansk and Kramatorsk. The two cities lie on the same highway. "
                  "Officials in the three towns asked for buses.")
    assert got.empty


def test_a_count_of_settlements_taken_with_the_article_is_still_a_gain():
    got = numbers("Russian forces took the two villages on Monday.")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"], got.loc[0, "actor"], got.loc[0, "change"]) == \
        (2.0, "settlements", "Russia", "gain")
    got = numbers("Ukrainian troops still hold two of the villages.")
    assert (got.loc[0, "quantity"], got.loc[0, "actor"], got.loc[0, "change"]) == (2.0, "Ukraine", "held")


def test_soldiers_held_in_the_other_sides_captivity_are_prisoners_of_their_own_side():
    got = numbers("Kyiv says about 6,500 of its soldiers are still in Russian captivity.")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"], got.loc[0, "actor"], got.loc[0, "change"],
            got.loc[0, "category"]) == (6500.0, "troops", "Ukraine", "loss", "prisoners")
    got = numbers("The ombudsman said that 900 Russian servicemen remained in Ukrainian captivity.")
    assert (got.loc[0, "actor"], got.loc[0, "change"], got.loc[0, "category"]) == ("Russia", "loss", "prisoners")


def test_a_distance_after_a_second_verb_takes_the_subject_not_the_first_verbs_object():
    got = numbers("The commander said Ukrainian units had halted the Russian thrust near the river and were now "
                  "dug in 6 to 7 kilometres from the border.")
    assert list(got["quantity"]) == [6.0, 7.0]
    assert list(got["actor"]) == ["Ukraine", "Ukraine"] and list(got["change"]) == ["distance", "distance"]
    got = numbers("Russian troops are now 4 kilometres from the town.")
    assert (got.loc[0, "actor"], got.loc[0, "change"]) == ("Russia", "distance")


def test_ukraines_security_service_striking_with_drones_is_ukraine():
    got = numbers("An official said the SBU had sent long-range drones against the plant and that five of them "
                  "had hit the storage tanks.")
    row = got[got["unit"] == "drones"].iloc[0]
    assert (row["quantity"], row["actor"], row["change"]) == (5.0, "Ukraine", "count")


def test_the_distance_a_capture_would_bring_forces_within_is_kept():
    got = numbers("The fall of the town would bring Russian troops to within about 12 km (7 miles) of the regional "
                  "capital.")
    assert list(got["quantity"]) == [12.0, 7.0]
    assert list(got["actor"]) == ["Russia", "Russia"] and list(got["change"]) == ["distance", "distance"]
    table = facts.extract(corpus.from_text("If the line broke, Russian forces could advance 30 km in a week.",
                                           published="2024-06-01"))
    assert "hypothetical" in table.loc[0, "flag"]     # a what-if advance stays out of the comparison


def test_a_sides_forces_in_a_share_of_a_place():
    got = numbers("Monitors said their latest map showed Russian troops in about 35 percent of the town.")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"], got.loc[0, "actor"], got.loc[0, "change"]) == \
        (35.0, "percent", "Russia", "share")
    assert numbers("Ukrainian troops in 10 percent of cases had no helmets.").empty
