"""Battlefield facts, round 12 (fa20, issue 14): families fa18 (B56, ``tests/gold/stress/facts_blind14_*``) and fa19
(B57, ``facts_blind15_*``) left, and a new user's two reports ("repelled 40 attacks", "advancing near the town of X").

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

import pandas as pd

from _facts_readings import readings

from saidvsdone import corpus, facts


def _qualitative(text: str) -> list[tuple]:
    found = facts.extract(corpus.from_text(text, published="2026-03-01", article_id="t"))
    found = found[found["quantity"].isna()]
    return [(r.unit, r.actor, r.change) for r in found.itertuples()]


def test_an_advance_near_a_place_named_by_its_kind_is_ground_not_a_settlement():
    # rule: a direction verb's object headed by a settlement noun after a locative preposition (near, around, outside,
    # towards …: the `locative_preposition` cue of data/fact_cues.csv) is ground around the place, not the place taken
    assert _qualitative("Russian troops are advancing near the town of Zelenopil, the army said.") == [
        ("area", "Russia", "gain")]
    assert _qualitative("Ukrainian units pushed forward outside the village of Dubky.") == [
        ("area", "Ukraine", "gain")]
    # must not change: the settlement itself taken, with another place near it
    assert _qualitative("Russian troops captured the village of Dubky near the town of Zelenopil.") == [
        ("settlements", "Russia", "gain")]


def test_a_count_of_attacks_repelled_is_no_fact():
    # rule (devset conventions §3.3: attack and strike counts are not annotated): "repelled 40 attacks" is no fact
    assert readings("Ukrainian forces repelled 40 attacks near Zelenopil on Monday, the General Staff said.") == []
    # must not change: the attackers' losses in the same sentence are a fact
    assert readings("Ukrainian forces repelled 40 attacks and killed 120 Russian soldiers, the General Staff said.") == [
        (120.0, "troops", "Russia", "loss")]


def test_the_men_a_formation_holds_a_line_with_are_troops():
    # rule: a formation that holds / defends / mans a line "with N men" counts those men (manpower, its side)
    assert readings("A Ukrainian officer said his brigade holds a stretch 9 km wide with fewer than 500 men.") == [
        (500.0, "troops", "Ukraine", "count")]
    assert readings("The Ukrainian battalion defended the bridgehead with about 300 men.")[-1] == (
        300.0, "troops", "Ukraine", "count")
    # must not change: men with their families at a gathering, no formation holding anything
    assert readings("The brigade held a reception with 600 men and their families.") == []
    assert readings("The town holds a fair with 600 men.") == []


def test_a_side_less_body_opening_its_sentence_is_the_last_body_of_its_kind_named_with_a_side():
    # rule: "The ministry's weekly summary … : air defences had shot down N drones" — a body with no side of its own
    # that opens the sentence as the reporter is the side of the last such body the article named with its side
    text = ("Russia's Ministry of Defence posts a summary every day. Ukraine's General Staff posts its own.\n\n"
            "The ministry's weekly summary gave a larger number: air defences had shot down 900 drones, it said.")
    assert readings(text) == [(900.0, "drones", "Russia", "count")]
    # must not change: a ministry named with a side in the sentence itself
    text = ("Russia's Ministry of Defence posts a summary every day.\n\n"
            "Ukraine's defence ministry said air defences had shot down 90 drones overnight.")
    assert readings(text) == [(90.0, "drones", "Ukraine", "count")]


def test_soldiers_destroyed_in_a_passive_with_no_agent_after_a_forces_report_are_its_victims():
    # rule: soldiers killed / destroyed in a passive with no agent, in a sentence naming no side, after a sentence of
    # the same paragraph whose subject is a side's group of forces, are the other side's loss
    assert readings("Units of the Yug group of forces defeated formations of two brigades near Siversk. Up to 80 "
                    "servicemen, four cars and a depot were destroyed.") == [(80.0, "troops", "Ukraine", "loss")]
    # must not change: a passive with its agent; a sentence that names the side of its soldiers
    assert readings("Units of the Yug group of forces attacked near Siversk. Up to 80 Russian servicemen were "
                    "killed.") == [(80.0, "troops", "Russia", "loss")]
    assert readings("Units of the Yug group of forces defeated two brigades near Siversk.\n\nUp to 80 servicemen "
                    "were killed by Ukrainian drones, the governor said.")[-1][3] == "loss"


def test_the_unit_of_a_subject_that_fell_or_rose_counts_the_figures_after_from_and_to():
    # rule: "Missile launches fell: from about N … to M": the thing counted is the subject's unit word; launches with
    # no side of their own are the last launcher's, and "of which air defences downed K" the interceptor's
    assert readings("Russia launched 50,000 drones at Ukraine last year. Ukrainian air defences shot down 45,000 of "
                    "them. Missile launches fell: from about 2,000 in the third year to 1,600 in the fourth, of which "
                    "air defences downed 1,100.") == [
        (50000.0, "drones", "Russia", "count"), (45000.0, "drones", "Ukraine", "count"),
        (2000.0, "missiles", "Russia", "count"), (1600.0, "missiles", "Russia", "count"),
        (1100.0, "missiles", "Ukraine", "count")]
    # must not change: a subject with no unit of the conventions that fell ("prices", money)
    assert readings("Prices rose from 20 to 30 roubles.") == []


def test_a_gain_of_the_advance_named_again_takes_the_side_of_the_gains_before():
    # rule: an area gained with no side whose advance is named again by a bare "the advance" (a section of its own:
    # "Pace.") takes the side of the gains read in the sentences before, when that side has most of them
    text = ("Russian forces took about 3,000 sq km of Ukraine last year, according to DeepState, up from 2,500 sq km "
            "the year before. Russian troops seized 900 sq km in the east alone. Ukraine won back about 300 sq km in "
            "the south. Russia now occupies about 19% of Ukraine.\n\n"
            "Pace. Spread over the year, the advance came to about 8 sq km a day, up from 6 the year before.")
    assert readings(text)[-2:] == [(8.0, "km2", "Russia", "gain"), (6.0, "km2", "Russia", "gain")]
    # must not change: no gain read before, no side; gains of both sides nearly even: read as before
    assert readings("Analysts met in Kyiv on Monday. The advance came to about 8 sq km a day.") == [
        (8.0, "km2", "", "gain")]


def test_settlements_that_changed_hands_in_a_sides_favour_are_its_gain():
    # rule: ground or settlements "changing hands, all of them in X's favour" are X's gain (and a part of them too)
    assert readings("Monitors counted 9 villages changing hands, all of them in Russia's favour, three of them near "
                    "Huliaipole.") == [(9.0, "settlements", "Russia", "gain"), (3.0, "settlements", "Russia", "gain")]
    assert readings("Monitors said 9 villages changed hands in Ukraine's favour last month.") == [
        (9.0, "settlements", "Ukraine", "gain")]
    # must not change: hands changed in nobody's favour named
    assert readings("Monitors said 9 villages changed hands last month.") == [(9.0, "settlements", "", "")]


def test_a_period_ranked_by_its_pace_with_an_area_is_a_gain_of_the_advance_before():
    # rule: "The fastest month was November, with N sq km": an area after "with" in a ranked period is a gain of the
    # side holding most of the gains read just before (and a bare parallel figure after it too)
    assert readings("Russian forces took about 3,000 sq km of Ukraine last year, up from 2,500 sq km the year before. "
                    "Russian troops seized 900 sq km in the east alone. The fastest month was November, with 410 sq "
                    "km; the slowest was March, with 150.")[-2:] == [
        (410.0, "km2", "Russia", "gain"), (150.0, "km2", "Russia", "gain")]
    # must not change: no gain before it
    assert readings("Analysts met in Kyiv. The biggest month was November, with 410 sq km.") == [
        (410.0, "km2", "", "")]
