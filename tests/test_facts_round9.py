"""Battlefield facts, ninth round: the families that failed most often on the first runs of the blind batches
B1-B44, in fresh variants (batch B45, ``tests/gold/stress/facts_blind9_*``).

Every sentence here is invented for the test; each test states the general rule it checks.
"""

from __future__ import annotations

from _facts_readings import readings

from saidvsdone import corpus, facts


def numbers(text: str):
    """Every numeric row of ``text``, flagged ones too."""
    table = facts.extract(corpus.from_text(text, published="2026-03-10"))
    return table[table["quantity"].notna()].reset_index(drop=True)


def test_a_breakdown_of_soldiers_lost_counts_soldiers_in_each_part():
    # rule: "lost N men, A killed and B wounded": a bare casualty count joined by "and" or a comma to another count of
    # soldiers right before it is the same soldiers' (not civilians)
    rows = readings("A Ukrainian sergeant said his unit had held the line for weeks. \"We lost nine men in March, "
                    "three killed and six wounded,\" he said.")
    assert rows == [(9.0, "troops", "Ukraine", "loss"), (3.0, "troops", "Ukraine", "loss"),
                    (6.0, "troops", "Ukraine", "loss")]
    # civilians stay civilians: no count of soldiers before them
    assert readings("The strike on the market killed three people and wounded 12, the governor said.") == []


def test_a_bare_count_after_a_force_in_the_sentence_before_counts_its_soldiers():
    # rule: a sentence opening with a bare number and its own verb of falling or surrendering ("Eleven of them were
    # killed", "Seven were captured") counts the soldiers of a side's force named in the sentence before; a bare count
    # joined to it by "and" ("… and four were taken prisoner") counts them too
    rows = readings("Ukraine's southern command said Russian units had tried to cross the river near Lvove twice "
                    "overnight. Nine of them were killed and three were taken prisoner, the command said.")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [(9.0, "troops", "Russia", "loss"), (3.0, "troops", "Russia", "loss")]
    assert readings("Ukrainian marines tried to land on the spit at dawn. Seven were captured, the Russian ministry "
                    "said.") == [(7.0, "troops", "Ukraine", "loss")]
    # after an attack the dead are its victims, not the attackers' soldiers
    assert readings("Russian forces shelled the village overnight. Eleven were killed, the governor said.") == []


def test_soldiers_of_a_unit_who_laid_down_their_arms_are_prisoners_of_its_side():
    # rule: "N of its/their soldiers laid down their arms": the verb of giving up reads through the of-phrase, so the
    # count is prisoners lost by the side of the unit (not a count of troops deployed)
    rows = readings("Russian forces surrounded a Ukrainian battalion near the village, the ministry said, and 40 of "
                    "its men laid down their arms.")
    assert rows == [(40.0, "troops", "Ukraine", "loss")]


def test_a_bare_number_after_a_previous_record_is_the_same_count():
    # rule: "the previous record, N," / "the previous daily record of N": an earlier record of the count just given
    rows = readings("Russia launched 810 drones on Saturday night, beating the previous daily record of 728 set in "
                    "July, Ukraine's air force said.")
    assert [(r[0], r[1], r[2]) for r in rows] == [(810.0, "drones", "Russia"), (728.0, "drones", "Russia")]
    rows = readings("The 2,100 Russian casualties of Tuesday beat the previous record, 1,960, the General Staff said.")
    assert [(r[0], r[1], r[3]) for r in rows] == [(2100.0, "troops", "loss"), (1960.0, "troops", "loss")]
    # a year after "the previous high of" is no count
    assert [r[0] for r in readings("Russia fired 60 missiles, beating the previous high of 2022.")] == [60.0]


def test_a_formations_strength_is_a_count_of_troops():
    # rule: "the battalion now has fewer than N men": a formation's strength counts troops ("men" with a formation as
    # the subject of has/numbers); "should number N" is a what-if (its strength on paper), flagged, not dropped
    assert [r[:2] for r in readings("The Ukrainian brigade now has fewer than 700 men, its commander said.")] == \
        [(700.0, "troops")]
    assert [r[:2] for r in readings("The Ukrainian battalion numbers about 450 men.")] == [(450.0, "troops")]
    table = numbers("\"Our brigade should number about 1,800 men,\" said a Ukrainian colonel.")
    assert list(table["quantity"]) == [1800.0] and list(table["flag"]) == ["hypothetical"]
    assert readings("If the brigade had 2,000 soldiers, it could hold the town, its Ukrainian colonel said.") == []
    # a town's men are no troops
    assert readings("The town has about 3,000 men of working age.") == []


def test_drones_in_a_list_of_a_sides_losses_were_shot_down_by_the_other_side():
    # rule: "Russia lost N soldiers, … and M drones", "put Russia's losses at …, … and M drones": drones or missiles
    # listed after a side's loss verb are that side's, destroyed by the other side (the actor of an interception)
    rows = readings("Kyiv's General Staff put Russia's losses over the past day at 1,090 soldiers, 31 artillery "
                    "systems and 148 drones.")
    assert rows == [(1090.0, "troops", "Russia", "loss"), (148.0, "drones", "Ukraine", "count")]
    rows = readings("Over the week Ukraine lost 210 soldiers, four tanks and 37 drones, the Russian ministry said.")
    assert rows[-1] == (37.0, "drones", "Russia", "count")
    # a launch is still the launcher's
    assert readings("Russia fired 40 missiles and 90 drones, Ukraine's air force said.")[-1] == \
        (90.0, "drones", "Russia", "count")


def test_the_figure_was_with_a_unit_reads_like_the_figure_before():
    # rule: "the figure was N <unit>" with no change of its own is read like the last figure of the same unit in its
    # sentence or the sentence before: the same side and change
    rows = readings("In October, Russian troops gained about 510 square kilometres. In September the figure was "
                    "430 square kilometres.")
    assert rows == [(510.0, "km2", "Russia", "gain"), (430.0, "km2", "Russia", "gain")]
