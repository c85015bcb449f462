"""Battlefield facts, round 10 (fa14, issue 14): the families that failed on the first run of the blind batches
B51-B53 (``tests/gold/stress/facts_blind11_*``): air force night reports, a commander's Q&A printed without labels,
troop strengths in apposition, formations counted after "more", monthly figures and remainders.

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_a_possessive_side_before_its_speech_verb_only_reports():
    # rule: "Ukraine's air force said" names who reports, like "the Ukrainian air force said": a launch figure later
    # in the article with no side of its own takes the side that launched, not the reporter's
    rows = readings("Russia launched 90 drones and five missiles at Ukraine overnight, Ukraine's air force said on "
                    "Monday.\n\nOf the five missiles, three were Kalibr cruise missiles fired from the Black Sea, it said.")
    assert rows == [(90.0, "drones", "Russia", "count"), (5.0, "missiles", "Russia", "count"),
                    (5.0, "missiles", "Russia", "count"), (3.0, "missiles", "Russia", "count")]
    # the side that acts, written before its own verb of acting, is unchanged
    assert readings("Ukraine's forces shot down 12 drones over Kharkiv.") == [(12.0, "drones", "Ukraine", "count")]


def test_a_figure_with_its_own_verb_of_hitting_does_not_share_the_shoot_down_before_it():
    # rule: "…, adding that 21 drones had struck targets", "and 21 drones hit targets": the launcher's weapons that got
    # through, not a further figure of the verb of shooting down earlier in the sentence
    rows = readings("Russia launched 70 drones overnight. Air defences shot down 52 of the drones, the air force said, "
                    "adding that 11 drones had struck targets in three regions.")
    assert rows == [(70.0, "drones", "Russia", "count"), (52.0, "drones", "Ukraine", "count"),
                    (11.0, "drones", "Russia", "count")]
    assert readings("Russia launched 70 drones overnight. Air defences shot down 52 of the drones, and 11 drones hit "
                    "targets.")[-1] == (11.0, "drones", "Russia", "count")
    # a list after the verb of shooting down still shares it
    assert readings("Ukrainian air defences shot down four missiles, six rockets and 41 drones.") == [
        (4.0, "missiles", "Ukraine", "count"), (6.0, "missiles", "Ukraine", "count"), (41.0, "drones", "Ukraine", "count")]


_QA = ("'We are holding': a company commander on the river line\n\n"
       "Captain Roman Lys has commanded his company since the spring. He spoke to us by phone.\n\n"
       "How close are the Russians?\n\n"
       "The enemy is two kilometres from our trenches. We pulled back from one small village in May.\n\n"
       "What did the General Staff say?\n\n"
       "It said Russian units lost 80 men in our sector, and Ukrainian units held the line.\n\n"
       "Did you take prisoners?\n\n"
       "We took seven prisoners last week.\n")


def test_an_unlabelled_qa_whose_answers_name_both_sides_takes_the_other_side_from_the_questions():
    # rule: in a Q&A printed without labels whose introduction names no side, "we" is the side opposite the one the
    # interviewer's questions name in the third person ("How close are the Russians?"), also when the answers name
    # both sides
    rows = readings(_QA)
    assert (1.0, "settlements", "Ukraine", "loss") in rows
    assert (7.0, "troops", "Russia", "loss") in rows
    assert (80.0, "troops", "Russia", "loss") in rows
    # the other way round: questions about the Ukrainians put to a Russian officer make "we" Russia's
    mirrored = _QA.replace("the Russians?", "the Ukrainians?").replace("It said Russian units lost 80 men in our sector, "
                                                                      "and Ukrainian", "It said Ukrainian units lost 80 "
                                                                      "men in our sector, and Russian")
    rows = readings(mirrored)
    assert (1.0, "settlements", "Russia", "loss") in rows and (7.0, "troops", "Ukraine", "loss") in rows


def test_a_formation_with_its_strength_in_apposition_counts_troops():
    # rule: "a motorised rifle regiment, around 2,500 men", "two more battalions in the last fortnight, some 800 men":
    # a formation's strength after a comma or "of" is a count of troops
    assert readings("Russia has a motorised rifle regiment, around 2,400 men, near the town.") == [
        (2400.0, "troops", "Russia", "count")]
    assert readings("Russia has brought up two more battalions in the last month, some 700 men.") == [
        (700.0, "troops", "Russia", "count")]
    # a formation listed beside people who are no soldiers stays out
    assert readings("Two battalions, 12 civilians and a priest were in the town.") == []


def test_formations_counted_after_more_are_no_further_figure_of_the_count_before():
    # rule: "deployed two more brigades of about 5,000 troops": "N more <formations>" counts formations, not another
    # figure of the troops counted before it
    rows = readings("Russia has massed a 40,000-strong grouping near the city and has deployed two more brigades of "
                    "about 4,000 troops.")
    assert rows == [(40000.0, "troops", "Russia", "count"), (4000.0, "troops", "Russia", "count")]
    # "and 3,000 more in June" is the count again
    assert readings("Russia sent 10,000 troops to the front in May and 3,000 more in June.") == [
        (10000.0, "troops", "Russia", "count"), (3000.0, "troops", "Russia", "count")]
