"""Battlefield facts, ninth round: the families that failed most often on the first runs of the blind batches
B1-B44, in fresh variants (batch B45, ``tests/gold/stress/facts_blind9_*``).

Every sentence here is invented for the test; each test states the general rule it checks.
"""

from __future__ import annotations

from _facts_readings import readings


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
