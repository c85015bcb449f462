"""Everyday hard-news facts (round 25, fa35): a cue of a first "that" clause does not reach a second one ("said X would
be called up and that N had been killed"); a depth pushed towards a place or past a compass point is an advance
("pushed up to 5 km east of the river", "pushed about 2 km towards the centre"); the "it" of a body speaking ("The Air
Force said … that it had shot down …") is that body, not a side named in the sentence before; a count named by its
noun as the subject of a verb of change ("the number of drones … more than doubled to 1,200") is a figure of that
unit; and the figure shapes wires use (a conversion in brackets, "up from", a range, a headline, "dozens of").

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from _facts_readings import numbers

from saidvsdone import corpus, facts


def extracted(text: str) -> pd.DataFrame:
    return facts.extract(corpus.from_text(text, published="2024-06-01"))


def row(table: pd.DataFrame, quantity: float) -> pd.Series:
    found = table[table["quantity"] == quantity]
    assert len(found) == 1, table[["quantity", "unit", "actor", "change"]]
    return found.iloc[0]


# -- a second "that" clause is a statement of its own ---------------------------------------------------------------

def test_a_second_that_clause_is_not_hypothetical():
    got = row(numbers("The minister said 40,000 reservists would be called up next month and that 2,300 soldiers had "
                      "been killed since March."), 2300.0)
    assert (got["unit"], got["change"]) == ("troops", "loss")
    got = row(numbers("The commander said the offensive could start within weeks, but that 700 Russian troops had "
                      "already been lost near the bridge."), 700.0)
    assert (got["actor"], got["change"]) == ("Russia", "loss")


def test_a_what_if_in_the_figures_own_clause_still_flags_it():
    table = extracted("The minister said that if the line broke, 5,000 more soldiers would be killed.")
    flagged = table[table["quantity"] == 5000.0]
    assert flagged.empty or (flagged["flag"] != "").all()


# -- a depth pushed towards a place is an advance -------------------------------------------------------------------

def test_a_depth_pushed_past_a_compass_point_is_a_gain():
    got = row(numbers("The brigade said its units had crossed the river and pushed up to 4 kilometres south of it."),
              4.0)
    assert got["change"] == "gain"
    got = row(numbers("Ukrainian forces pushed 6 km west of the reservoir, the General Staff said."), 6.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "gain")


def test_a_depth_pushed_towards_a_place_is_a_gain():
    got = row(numbers("The governor said Russian troops had pushed about 3 kilometres towards the town centre over "
                      "the weekend."), 3.0)
    assert (got["actor"], got["change"]) == ("Russia", "gain")


def test_forces_standing_east_of_a_place_are_still_at_a_distance():
    got = row(numbers("Russian troops are now about 4 kilometres east of the town, the mayor said."), 4.0)
    assert (got["actor"], got["change"]) == ("Russia", "distance")


# -- the "it" of a body speaking ------------------------------------------------------------------------------------

def test_the_it_of_a_speaking_air_force_is_not_the_side_named_before():
    got = row(numbers("The General Staff said on Monday that Russia had lost 800 troops over the past day.\n\n"
                      "The Air Force said the same morning that it had shot down 20 of the 25 drones launched by "
                      "Russia overnight."), 20.0)
    assert (got["unit"], got["actor"], got["change"]) == ("drones", "Ukraine", "count")
    got = row(numbers("The General Staff said on Monday that Russia had lost 800 troops over the past day.\n\n"
                      "The Air Force said the same morning that it had shot down 20 of the 25 drones launched by "
                      "Russia overnight."), 25.0)
    assert got["actor"] == "Russia"


# -- a count named by its noun ---------------------------------------------------------------------------------------

def test_the_number_of_a_unit_rising_to_a_bare_figure():
    got = row(numbers("The number of drones Russia launched in June more than doubled to 1,200, the air force "
                      "said."), 1200.0)
    assert (got["unit"], got["actor"], got["change"]) == ("drones", "Russia", "count")
    got = row(numbers("The number of settlements Russia has captured since January rose to 45, the ministry "
                      "said."), 45.0)
    assert (got["unit"], got["actor"], got["change"]) == ("settlements", "Russia", "gain")


def test_the_number_of_civilians_is_no_military_figure():
    assert numbers("The number of civilians killed in the city rose to 14, the mayor said.").empty


# -- figure shapes of the wires --------------------------------------------------------------------------------------

def test_a_conversion_in_brackets_is_its_own_row():
    table = numbers("Russian forces captured 45 square kilometres (17 square miles) of territory in the past week, "
                    "the ministry said.")
    assert sorted(zip(table["quantity"], table["unit"])) == [(17.0, "sq mi"), (45.0, "km2")]
    assert set(table["actor"]) == {"Russia"} and set(table["change"]) == {"gain"}


def test_up_from_a_figure_a_day_earlier_counts_the_same_thing():
    table = numbers("The General Staff said 1,250 Russian soldiers had been killed or wounded in the past 24 hours, "
                    "up from 1,100 the day before.")
    assert sorted(table["quantity"]) == [1100.0, 1250.0]
    assert set(table["unit"]) == {"troops"} and set(table["actor"]) == {"Russia"} and set(table["change"]) == {"loss"}


def test_a_range_of_depth_gives_both_bounds_as_gains():
    table = numbers("Ukrainian troops pushed 10 to 15 km into the Kursk region, the commander said.")
    assert sorted(table["quantity"]) == [10.0, 15.0]
    assert set(table["change"]) == {"gain"} and set(table["actor"]) == {"Ukraine"}


def test_between_bounds_of_an_advance():
    table = numbers("Russian forces advanced between 3 and 5 kilometres near Kupiansk over the weekend, the blogger "
                    "said.")
    assert sorted(table["quantity"]) == [3.0, 5.0] and set(table["change"]) == {"gain"}


def test_villages_listed_with_a_station_count_the_villages():
    got = row(numbers("Russian forces captured two villages and a railway station near Pokrovsk, the ministry said."),
              2.0)
    assert (got["unit"], got["actor"], got["change"]) == ("settlements", "Russia", "gain")


def test_a_percentage_change_is_no_share():
    table = numbers("Russian gains fell to 320 square kilometres in March, down 30% on the month, analysts said.")
    assert list(table["quantity"]) == [320.0]


def test_a_figure_in_a_headline():
    got = row(numbers("Russia takes 12 villages in a week, Kyiv admits\n\nThe fighting went on."), 12.0)
    assert (got["unit"], got["actor"], got["change"]) == ("settlements", "Russia", "gain")


def test_dozens_of_drones_is_vague():
    assert numbers("Russia launched dozens of drones at Kyiv overnight, officials said.").empty


def test_a_distance_in_miles_with_its_conversion():
    table = numbers("Russian troops are within 3 miles (5 km) of the city, the mayor said.")
    assert sorted(zip(table["quantity"], table["unit"])) == [(3.0, "mi"), (5.0, "km")]
    assert set(table["change"]) == {"distance"} and set(table["actor"]) == {"Russia"}


def test_intercepted_part_of_a_salvo():
    table = numbers("Russia fired 40 missiles and 60 drones overnight, of which 35 missiles were intercepted, the "
                    "air force said.")
    assert row(table, 35.0)["actor"] == "Ukraine"
    assert row(table, 40.0)["actor"] == "Russia" and row(table, 60.0)["actor"] == "Russia"


def test_the_number_of_something_uncounted_takes_no_unit_from_before():
    table = numbers("Russia lost 1,000 troops over the past day. The number of attacks on the town rose to 80.")
    assert list(table["quantity"]) == [1000.0]
    assert numbers("The number of villages under fire fell to 12.").empty
