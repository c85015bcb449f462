"""Sides and directions of figures on unfamiliar copy (round 28, fa38, issue 14): a launch in the passive with no
agent ("175 attack drones had been launched, of which 130 were intercepted") is the other side's than the side reporting it, and
the parts shot down or lost to jamming are the reporter's; a headline's present tense "destroy" before a side's drones
is the other side's interception; a move coordinated with a verb whose object is a counted side ("had killed 65
Russian troops and had moved forward 3 kilometres") is the subject's; a passive verb in scare quotes ("had been
"freed"") still gives the count its direction; an advance that "stalled" some kilometres from a place is a
distance, not its depth; a deck's counts (the stop-less lines after the title) take side and change from the body's
restatement.

Every sentence here is invented for the test."""

from __future__ import annotations

from saidvsdone import corpus, facts
from saidvsdone.facts.fold import lead_end

from _facts_readings import numeric_row as row, readings


# -- a passive launch with no agent: the reporter's other side ---------------------------------------------------------

def test_a_passive_launch_reported_by_the_air_force_is_the_other_sides():
    text = ("Ukraine's air force said 175 attack drones had been launched, of which 130 were intercepted and 35 were "
            "lost to jamming.")
    assert readings(text) == [(175.0, "drones", "Russia", "count"), (130.0, "drones", "Ukraine", "count"),
                              (35.0, "drones", "Ukraine", "count")]


def test_a_passive_launch_reported_by_russia_is_ukraines():
    got = row("Russia's defence ministry said 30 drones were launched at the Kursk region overnight.", 30.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "count")


def test_a_passive_launch_with_its_agent_keeps_the_agent():
    got = row("The governor of the Belgorod region said 12 missiles were fired by Ukrainian forces at the city.", 12.0)
    assert got["actor"] == "Ukraine"


def test_a_passive_launch_at_a_sides_ground_is_the_other_sides_whoever_reports_it():
    got = row("The Russian president said he had no plans for more raids like this week's, in which about 90 "
              "missiles were fired at targets across Ukraine.", 90.0)
    assert got["actor"] == "Russia"


# -- a headline's present tense of destroying -------------------------------------------------------------------------

def test_a_headline_destroy_before_a_sides_drones_is_the_other_sides_interception():
    text = ("Russian air defences destroy 75 Ukrainian drones over border regions, 22 near the capital – ministry"
            "\n\nThe ministry said the raid had failed.")
    assert readings(text) == [(75.0, "drones", "Russia", "count"), (22.0, "drones", "Russia", "count")]


# -- a counted object is no subject of the verb coordinated with it ----------------------------------------------------

def test_a_move_after_a_counted_object_is_the_subjects():
    got = row("A brigade officer said Ukrainian units had killed 65 Russian troops over the last day and had moved "
              "forward 3 kilometres near the hamlet.", 3.0)
    assert (got["unit"], got["actor"], got["change"]) == ("km", "Ukraine", "gain")


def test_a_bare_past_verb_after_a_counted_object_is_the_subjects_too():
    got = row("Ukrainian troops killed 45 Russian soldiers and advanced 3 kilometres near the river.", 3.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "gain")


def test_the_counted_soldiers_keep_their_own_side():
    got = row("Ukrainian troops killed 45 Russian soldiers and advanced 3 kilometres near the river.", 45.0)
    assert (got["actor"], got["change"]) == ("Russia", "loss")


# -- a passive verb in scare quotes -----------------------------------------------------------------------------------

def test_a_scare_quoted_passive_verb_still_gives_the_direction():
    for mark_open, mark_close in (('"', '"'), ("“", "”")):
        got = row(f"A Kremlin aide said that 14 hamlets around the town had been {mark_open}freed{mark_close}"
                  " since the start of June.", 14.0)
        assert (got["unit"], got["change"]) == ("settlements", "gain")


# -- an advance that stalled: where it stopped -----------------------------------------------------------------------

def test_a_stalled_advance_is_a_distance_from_the_place():
    got = row("The Russian advance had stalled about 30 kilometres from the city centre, the general staff said.", 30.0)
    assert (got["actor"], got["change"]) == ("Russia", "distance")


def test_an_advance_that_ground_to_a_halt_is_a_distance():
    got = row("The Russian advance ground to a halt some 12 km from the town.", 12.0)
    assert got["change"] == "distance"


def test_an_advance_without_a_stall_keeps_its_depth():
    got = row("The Russian advance of about 30 kilometres took the army to the city's outskirts.", 30.0)
    assert got["change"] == "gain"


# -- a deck's counts restated by the body ------------------------------------------------------------------------------

_DECKED = ("Moscow's summer push gains pace, monitors find\n\n"
           "Monitors tally 510 square kilometres and 19 villages; Kyiv cites heavy Russian casualties\n\n"
           "By A Reporter\n\n"
           "The monitors said Russian units had taken about 510 square kilometres in July. They said Russian forces "
           "seized 19 settlements.")


def test_a_decks_counts_take_the_bodys_side_and_change():
    table = facts.extract(corpus.from_text(_DECKED, published="2026-06-02"))
    deck = table[table["start"] < _DECKED.index("By A")]
    got = {(float(r.quantity), r.actor, r.change) for r in deck.itertuples() if r.quantity == r.quantity}
    assert got == {(510.0, "Russia", "gain"), (19.0, "Russia", "gain")}
    assert set(deck["fact_id"]) & set(table["restates"]) == set(deck[deck["quantity"].notna()]["fact_id"])


def test_the_top_block_ends_at_the_first_closed_paragraph():
    end = lead_end(_DECKED, _DECKED.index("\n"))
    assert _DECKED[:end].endswith("By A Reporter")
    assert lead_end("No title here. Russian troops took 5 villages.", 0) == 0


def test_a_list_line_ends_the_top_block():
    text = "Air defence report\n\n- 57 drones downed\n\nThe air force said 57 drones were shot down overnight."
    assert lead_end(text, text.index("\n")) == text.index("\n")


# -- a commander's own troops ----------------------------------------------------------------------------------------

def test_a_known_commanders_own_troops_are_his_sides():
    got = row("Brigadier General Oleksandr Tarnavskyi said on Monday that his troops had advanced about 4 square "
              "kilometres near the village.", 4.0)
    assert (got["unit"], got["actor"], got["change"]) == ("km2", "Ukraine", "gain")
