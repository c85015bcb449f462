"""Round 8 follow-up on issue 14 (fa12): actors of facts from the text's own structure.

Every sentence is invented for these tests.
"""

import pytest

from saidvsdone import corpus, facts


def _rows(text):
    df = facts.extract(corpus.from_text(text, published="2024-05-10"))
    return [(float(r["quantity"]), r["unit"], r["actor"], r["change"]) for _, r in df.iterrows()]


@pytest.mark.parametrize("text, expected", [
    # war verbs outside the old table: the subject's side shot the objects down
    ("The ministry in Moscow said its forces had wrecked 18 Ukrainian drones and two HIMARS rockets.",
     [(18.0, "drones", "Russia", "count"), (2.0, "missiles", "Russia", "count")]),
    ("The ministry in Moscow said its air defences had eliminated 31 Ukrainian drones.",
     [(31.0, "drones", "Russia", "count")]),
    ("Kyiv said its units wrecked 12 Russian drones and eliminated 40 Russian soldiers.",
     [(12.0, "drones", "Ukraine", "count"), (40.0, "troops", "Russia", "loss")]),
    # "eliminated" of people stays a loss of the victims' side
    ("Kyiv said its forces had eliminated 212 of the occupiers.", [(212.0, "troops", "Russia", "loss")]),
    ("Russia's defence ministry said its units had eliminated 300 Ukrainian soldiers.",
     [(300.0, "troops", "Ukraine", "loss")]),
])
def test_war_verbs_outside_the_table(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb's word used as a noun: its side adjective or possessive says who advances, whoever speaks
    ("Defence Minister Gleb Semkiv told the board meeting that the pace of the Russian advance had reached "
     "500 square kilometres a month.", [(500.0, "km2", "Russia", "gain")]),
    ("Army chief Pavlo Dorenko said Ukraine's advance had reached 40 square kilometres a week.",
     [(40.0, "km2", "Ukraine", "gain")]),
    # a side named in the speaker's description
    ("\"Our troops have taken 6 villages this week,\" said Oleh Varchuk, a commander of a Ukrainian assault brigade.",
     [(6.0, "settlements", "Ukraine", "gain")]),
    ("Speaking to state television, Russian general Boris Ostrov said we had liberated 45 square kilometres in a week.",
     [(45.0, "km2", "Russia", "gain")]),
])
def test_side_of_an_unlisted_speaker(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the clause's own subject, not the side of the attribution after it
    ("Russian troops captured 12 villages, the ministry in Kyiv said.", [(12.0, "settlements", "Russia", "gain")]),
    ("Air defence units destroyed 86 Ukrainian drones over the Belgorod region overnight, the Russian defence "
     "ministry said.", [(86.0, "drones", "Russia", "count")]),
    ("Ukrainian forces retook 9 settlements near Izium, the Russian defence ministry said.",
     [(9.0, "settlements", "Ukraine", "gain")]),
    # a paragraph that opens with "its"/"their" and closes on a side's attribution speaks of that side
    ("Kyiv is worried.\n\nTheir units have captured 3 villages near Kupiansk, the Russian ministry said on Monday.",
     [(3.0, "settlements", "Russia", "gain")]),
    ("Ukraine says the front is stable.\n\nIts troops have taken 9 villages in the region since April, Moscow says.",
     [(9.0, "settlements", "Russia", "gain")]),
    # inside one paragraph the pronoun keeps its antecedent before it
    ("Ukraine says the front is stable. Its troops have taken 9 villages in the region since April, Moscow says.",
     [(9.0, "settlements", "Ukraine", "gain")]),
])
def test_attribution_after_the_clause(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "knocked out" people, like "took out": killed, the victims' loss
    ("Ukrainian drone crews knocked out 31 Russian soldiers near Kreminna.", [(31.0, "troops", "Russia", "loss")]),
    ("The general staff said its units had knocked out 120 Russian servicemen over the day.",
     [(120.0, "troops", "Russia", "loss")]),
])
def test_knocked_out_people(text, expected):
    assert _rows(text) == expected
