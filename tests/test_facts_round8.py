"""Battlefield facts, eighth round: a short follow-up on casualty lists, pronoun counts and interception shares.

Every sentence here is invented for the test; each test states the general rule it checks.
"""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str, published: str = "2026-03-10") -> pd.DataFrame:
    """The numeric rows of ``text`` (flagged ones too)."""
    table = facts.extract(corpus.from_text(text, published=published))
    return table[table["quantity"].notna()].reset_index(drop=True)


def readings(text: str, published: str = "2026-03-10") -> list[tuple]:
    return [(float(r.quantity), r.unit, r.actor, r.change, r.flag) for r in numbers(text, published).itertuples()]


def test_a_casualty_figure_does_not_count_the_weapon_of_the_next_clause():
    # rule: a subordinating conjunction (when, as, while, because …) after a number opens another clause, so the
    # unit scan stops there: the wounded are people, not missiles
    rows = readings("Four people were killed and 17 injured when a guided bomb hit a market in Kostiantynivka, "
                    "the regional governor said.")
    assert [r[1] for r in rows] == ["people", "people"]
    assert all(r[4] == "civilians" for r in rows)
    assert [r[1] for r in readings("Six soldiers were wounded as a drone struck their truck near Lyman.")] == ["troops"]
    # a weapon right after its number still counts
    assert readings("Russia lost 40 tanks when Ukrainian drones struck the column.")[0][:2] == (40.0, "tanks")


def test_the_whole_in_an_opening_of_phrase_is_the_other_sides_launch():
    # rule: "Of the N <weapons>, <side> shot down M": the N are the launch, by the other side of the interceptor,
    # even when the interceptor speaks in the first person
    rows = readings("\"Of the 48 missiles, we intercepted 21,\" the Ukrainian air force spokesman said.")
    assert [(r[0], r[2]) for r in rows] == [(48.0, "Russia"), (21.0, "Ukraine")]
    # a launcher named inside the phrase sides the interception that follows it
    rows = readings("Of the 36 missiles Russia fired, 29 were shot down, the air force said.")
    assert [(r[0], r[2]) for r in rows] == [(36.0, "Russia"), (29.0, "Ukraine")]
    # an agent after the passive of interception sides it, and the launch is the other side's
    rows = readings("Of the 70 drones launched overnight, 55 were brought down by Ukrainian air defences.")
    assert [(r[0], r[2]) for r in rows] == [(70.0, "Russia"), (55.0, "Ukraine")]


def test_a_bare_shot_down_count_is_of_a_launch_at_least_as_large():
    # rule: no more are shot down than were launched, so a bare count after a verb of shooting down ("… of them")
    # is of the last launch count at least as large, not simply of the last one
    rows = readings("Russia fired 150 drones and 7 missiles at Ukraine overnight. "
                    "Air defences destroyed 131 of them, the Ukrainian air force said.")
    assert rows[-1][:3] == (131.0, "drones", "Ukraine")
    rows = readings("Russia attacked with 20 missiles and 180 drones. Air defences shot down 16.")
    assert rows[-1][:3] == (16.0, "drones", "Ukraine")


def test_a_figure_after_a_passive_of_interception_and_a_comma_is_shot_down():
    # rule: "the vast majority were shot down, roughly N": the figure restates the passive's subject, shot down by
    # the other side of the launch
    rows = readings("Russia launched 510 drones at Ukraine overnight. The vast majority were shot down, roughly 470, "
                    "the Ukrainian air force said.")
    assert rows == [(510.0, "drones", "Russia", "count", ""), (470.0, "drones", "Ukraine", "count", "")]


def test_of_them_after_a_launch_in_the_previous_sentence_of_a_quote():
    # rule: "N of them / of those" after a launch in the sentence before is that launch's weapons, shot down by the
    # speaker's side
    rows = readings("\"Russia launched 84 drones overnight. We shot down more than 70 of those,\" the Ukrainian "
                    "air force spokesman said.")
    assert [(r[0], r[1], r[2]) for r in rows] == [(84.0, "drones", "Russia"), (70.0, "drones", "Ukraine")]


def test_month_lines_under_a_heading_without_a_colon_read_its_gain():
    # rule: label lines whose label and figure stand apart by a dash ("March – 310 sq km") read the heading above
    # them, and a heading may be a line of its own with no colon and no closing stop
    text = "Ground Russia has taken this year\n\nJanuary – 360 sq km\nFebruary – 415 sq km\n"
    assert [(r[0], r[2], r[3]) for r in readings(text)] == [(360.0, "Russia", "gain"), (415.0, "Russia", "gain")]
    text = "Ukraine's gains in the autumn counteroffensive:\n\nSeptember - 640 sq km\nOctober - 210 sq km\n"
    assert [(r[0], r[2], r[3]) for r in readings(text)] == [(640.0, "Ukraine", "gain"), (210.0, "Ukraine", "gain")]


def test_of_them_in_the_same_sentence_is_of_a_launch_at_least_as_large():
    # rule: "N of them" is a part of a whole no smaller than N: after "63 drones and three missiles" the 50 are drones
    rows = readings("Russia sent 58 Shahed-type drones and four ballistic missiles overnight; air defences downed "
                    "47 of them, the air force said.")
    assert rows[-1][:3] == (47.0, "drones", "Ukraine")


def test_the_whole_of_an_opening_of_phrase_reported_by_the_defender_is_the_other_sides_launch():
    # rule: with no side in the sentence, a shoot-down reported by a side is that side's, and the whole in the
    # opening of-phrase is the other side's launch (not the reporter's own)
    rows = readings("Out of the 80 drones, 66 were shot down over the border regions, the Russian Defence Ministry said.")
    assert [(r[0], r[2]) for r in rows] == [(80.0, "Ukraine"), (66.0, "Russia")]


def test_an_opening_of_phrase_pair_with_only_its_source_named_takes_the_sources_side():
    # rule: with no side in the sentence but its source's (", according to …", ", … said"), the launch and the
    # interception are not sided from the sentence before: the source shot down, the other side launched
    text = ("\"We knocked out 33 drones,\" a Ukrainian brigade commander said.\n\n"
            "Of the 18 cruise missiles launched from strategic bombers, 14 were destroyed, according to Ukraine's "
            "air force.")
    assert [(r[0], r[2]) for r in readings(text)][-2:] == [(18.0, "Russia"), (14.0, "Ukraine")]
