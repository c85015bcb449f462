"""Actors on everyday copy (round 26, fa36): a side's adjective on another clause's noun is not the doer of a passive
figure ("said 320 Ukrainian servicemen had been killed and that three settlements had been taken": the reporting side's
gain); people who joined forces no side's word names joined the reporting side's ("According to the minister, 300,000
people had signed contracts with the armed forces"); "had driven X out of N km²" is the subject's gain; the "we" and
"our" of a quote by a person the article introduced with a side ("X commands a Ukrainian brigade … "We lost 12 men,"
he said") are that side; soldiers killed in the passive that a side's general staff or defence ministry counts, in a
sentence naming no other side, are the enemy's; a depth a force noun with no side advanced ("The troops advanced 2
km") is that of the forces the passage names.

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from _facts_readings import numbers


def row(text: str, quantity: float) -> pd.Series:
    table = numbers(text)
    found = table[table["quantity"] == quantity]
    assert len(found) == 1, table[["quantity", "unit", "actor", "change"]]
    return found.iloc[0]


# -- a passive figure's doer ----------------------------------------------------------------------------------------

BULLETIN = ("The Russian Defence Ministry said on Tuesday that 320 Ukrainian servicemen had been killed over the past day, "
            "and that three settlements had been taken since Monday.")


def test_a_passive_gain_after_the_enemys_losses_is_the_reporters():
    got = row(BULLETIN, 3.0)
    assert (got["unit"], got["actor"], got["change"]) == ("settlements", "Russia", "gain")
    assert (row(BULLETIN, 320.0)["actor"], row(BULLETIN, 320.0)["change"]) == ("Ukraine", "loss")
    got = row("Ukraine's General Staff said on Monday that 1,100 Russian soldiers had been killed and that two villages "
              "had been recaptured near the river.", 2.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "gain")


def test_a_passive_gain_keeps_the_side_of_the_body_that_opens_the_sentence():
    got = row("Ukraine's General Staff did not confirm the loss, saying that fighting went on and that two nearby "
              "villages had been cleared of Russian troops.", 2.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "gain")


# -- people who joined the forces ------------------------------------------------------------------------------------

def test_recruits_of_unnamed_forces_are_the_reporters():
    got = row("Russian Defence Minister Andrei Belousov spoke to officers on Monday. He said Ukraine had lost 400,000 "
              "soldiers, and that 300,000 people had joined the army this year.", 300000.0)
    assert (got["unit"], got["actor"], got["change"]) == ("troops", "Russia", "count")
    got = row("Russian Defence Minister Andrei Belousov spoke to officers on Monday. He said Ukraine had lost 400,000 "
              "soldiers. According to the minister, more than 250,000 people had signed contracts with the armed forces "
              "since January.", 250000.0)
    assert got["actor"] == "Russia"


def test_recruits_of_forces_a_side_names_keep_that_side():
    got = row("The Russian Defence Ministry said 20,000 volunteers had joined the Ukrainian army since May.", 20000.0)
    assert got["actor"] == "Ukraine"


# -- driven out of ---------------------------------------------------------------------------------------------------

def test_driven_out_of_an_area_is_the_subjects_gain():
    got = row("He said Russian units had driven Ukrainian forces out of more than 700 square kilometres of the border "
              "region since August.", 700.0)
    assert (got["actor"], got["change"]) == ("Russia", "gain")
    got = row("Ukrainian marines forced Russian units out of two villages, the navy said.", 2.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "gain")


def test_driven_out_in_the_passive_is_still_a_loss():
    got = row("Ukrainian troops were driven out of 30 square kilometres, the ministry said.", 30.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "loss")


# -- "we" of a person introduced with a side -------------------------------------------------------------------------

def test_we_of_a_commander_introduced_with_his_side():
    got = row('Colonel Ivan Hrytsenko commands a Ukrainian artillery brigade near the town. "We lost 12 men last week," '
              'he said.', 12.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "loss")
    got = row('Major Petro Danyliuk commands a Ukrainian artillery battalion. "Last month we killed 400 of them. We have '
              'our own losses too: about 60 wounded," Danyliuk said.', 60.0)
    assert got["actor"] == "Ukraine"
    got = row('Major Petro Danyliuk commands a Ukrainian artillery battalion. "Last month we killed 400 of them. We have '
              'our own losses too: about 60 wounded," Danyliuk said.', 400.0)
    assert got["actor"] == "Russia"


def test_we_of_a_commander_introduced_with_his_side_gives_ground():
    got = row('Colonel Ivan Hrytsenko commands a Ukrainian artillery brigade near the town. "We have given up about 3 '
              'square kilometres since January," he said.', 3.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "loss")


# -- a general staff's count of the dead ------------------------------------------------------------------------------

def test_soldiers_killed_that_a_general_staff_counts_are_the_enemys():
    got = row("Over 1,000 troops were killed in a week, the Ukrainian General Staff said on Monday.", 1000.0)
    assert (got["actor"], got["change"]) == ("Russia", "loss")
    got = row("Some 450 servicemen were eliminated in the eastern direction, the Russian Defence Ministry said.", 450.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "loss")


def test_soldiers_killed_whose_side_is_written_keep_it():
    assert row("The Russian Defence Ministry said 20 of its soldiers were killed in the strike.", 20.0)["actor"] == "Russia"
    got = row("The Russian Defence Ministry said 30 soldiers were killed in a Ukrainian missile strike on a camp.", 30.0)
    assert got["actor"] == "Russia"


def test_soldiers_killed_that_a_governor_counts_get_no_guess():
    got = row("Two soldiers were killed in the shelling of the village, the governor said.", 2.0)
    assert got["actor"] == ""


# -- "the troops" of the sentence before -----------------------------------------------------------------------------

def test_a_depth_advanced_by_the_troops_of_the_sentence_before():
    got = row("Russian forces attacked the town overnight. The troops advanced 2 kilometres, the governor said.", 2.0)
    assert (got["unit"], got["actor"], got["change"]) == ("km", "Russia", "gain")
