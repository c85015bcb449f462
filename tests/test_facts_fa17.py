"""Battlefield facts, round 11 (fa17, issue 14): families fa16 left and the blind batch B55
(``tests/gold/stress/facts_blind13_*``) showed on its first run: a live blog's clock times, a part of an intercepted
whole with "accounted for", and "we" / "the enemy" in a quote read from the speaker the speech layer resolved.

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_a_clock_time_opening_a_live_blog_entry_is_no_figure():
    # rule: "08:05 Of the cruise missiles, …": the minutes of a clock time are no count
    assert readings("08:05 Of the cruise missiles, most were aimed at Lviv, the air force said.") == []
    assert readings("Ukrainian air defences shot down 12 missiles at 11:30 on Tuesday.") == [
        (12.0, "missiles", "Ukraine", "count")]
    # must not change: a count right after a colon of a label
    assert readings("Russia fired 10 missiles overnight.") == [(10.0, "missiles", "Russia", "count")]


def test_accounted_for_a_part_of_an_intercepted_whole():
    # rule: "Fighter jets accounted for 11 of the cruise missiles": a part shot down by the jets' side
    assert readings("Russia launched 40 cruise missiles overnight. Ukrainian fighter jets accounted for 11 of the "
                    "cruise missiles.") == [(40.0, "missiles", "Russia", "count"), (11.0, "missiles", "Ukraine", "count")]
    # must not change: a share of weapons "accounted for" by a type is no interception
    assert readings("Russia fired 90 missiles. Drones accounted for 40 percent of the weapons used.") == [
        (90.0, "missiles", "Russia", "count")]


def test_we_in_a_quote_is_the_side_of_the_speaker_the_speech_layer_resolved():
    # rule: '"We lost 12 of our own," said the commander' after 'A Russian army commander told …': the speech layer's
    # speaker of the quote (the role noun resolved to its description) gives "we" its side, over the nearest side named
    # by a speech verb in the paragraph ("…, a claim Kyiv denies")
    text = ('A Russian army commander told state radio that his men had moved ahead near Lyman, a claim Kyiv denies. '
            '"Our assault groups moved forward another 3 kilometres," said the commander, a major with the call sign '
            'Yug. "The enemy lost up to 200 men. We lost 9 of our own."')
    assert readings(text) == [(3.0, "km", "Russia", "gain"), (200.0, "troops", "Ukraine", "loss"),
                              (9.0, "troops", "Russia", "loss")]
    # must not change: a quote whose "he" the layer may carry over from another paragraph keeps the text's reading
    text = ('Ukrainian officer Petro Hlib said the line held. "We are holding," he said.\n\n'
            'A Russian commander quoted by RIA said the next target was a village. "We have taken 30 prisoners," he said.')
    assert readings(text) == [(30.0, "troops", "Ukraine", "loss")]


def test_settlements_as_the_place_of_fighting_or_still_contested_are_no_count():
    # rule: "repelled assaults near eleven settlements", "near Rodynske, Myrnohrad and eight other settlements": where
    # the fighting was, not settlements taken or held; "the other two hamlets remained contested": neither
    assert readings("Ukrainian units repelled Russian assaults near eleven settlements, the General Staff said.") == []
    assert readings("Its troops repelled 57 Russian assaults near Rodynske, Myrnohrad and eight other settlements.") == []
    assert readings("Russian forces took half of Stepove, while the other two hamlets remained contested.") == []
    # must not change: settlements taken near a place
    assert readings("Russian forces captured two villages near Pokrovsk.") == [(2.0, "settlements", "Russia", "gain")]
    # nor settlements taken after an area near a place ("near Siversk and five hamlets": no "other" settlements)
    assert readings("The Ukrainians have recaptured around 9 square km near Siversk and five hamlets north of the town, "
                    "a Russian blogger conceded.") == [(9.0, "km2", "Ukraine", "gain"), (5.0, "settlements", "Ukraine", "gain")]


def test_a_record_or_total_of_launches_is_the_launchers():
    # rule: after a launch and a shoot-down, "the record of 810 drones and 13 missiles" is a record of launches: the
    # side of the last launch that named one, not the last interceptor
    text = ("Russia launched 53 missiles and 496 drones overnight, the air force said. Air defence units destroyed 43 "
            "missiles and 446 drones. Ten missiles and 50 drones hit their targets.\n\n"
            "The attack fell just short of the September record of 810 drones and 13 missiles.")
    assert readings(text)[-2:] == [(810.0, "drones", "Russia", "count"), (13.0, "missiles", "Russia", "count")]
    # must not change: a record with its own side
    assert readings("Ukraine's air defences shot down 40 drones. The record of 700 Ukrainian drones was set in May.")[-1] \
        == (700.0, "drones", "Ukraine", "count")


def test_colloquial_counts_of_drones_shot_down_or_getting_through():
    # rule: "got two of them", "went back for the drones and got four more": a colloquial verb of shooting down before a
    # bare number of the drones or missiles named before (the other side than the launcher); "Three got through": the
    # launcher's drones that were not stopped
    assert readings('Russia launched 60 drones at Odesa. "Serhii got two of them," the Ukrainian gunner said.') == [
        (60.0, "drones", "Russia", "count"), (2.0, "drones", "Ukraine", "count")]
    assert readings('"The enemy used 12 drones against the city, and our mobile groups shot down nine of them," the '
                    'Ukrainian governor wrote. Three got through and damaged a school.') == [
        (12.0, "drones", "Russia", "count"), (9.0, "drones", "Ukraine", "count"), (3.0, "drones", "Russia", "count")]
    # must not change: "got" with a unit of its own is not read as a shoot-down by the other side than the launcher
    # (it keeps the reading of a figure with its unit: the subject's count)
    assert readings("Russia launched 60 drones. Ukraine got 40 new drones from allies.") == [
        (60.0, "drones", "Russia", "count"), (40.0, "drones", "Ukraine", "count")]


def test_losses_by_group_of_forces_with_the_unit_only_in_the_first():
    # rule: "at up to 480 servicemen …, and on the East group's sector at up to 215", "up to 230 Ukrainian casualties
    # and the Dnepr group up to 75": a ministry's losses by group repeat the first figure's unit, side and change
    assert readings("The Russian ministry put Ukrainian losses on the Centre group's sector at up to 480 servicemen "
                    "over the past day, and on the East group's sector at up to 215.") == [
        (480.0, "troops", "Ukraine", "loss"), (215.0, "troops", "Ukraine", "loss")]
    assert readings("The West group reported up to 230 Ukrainian casualties and the Dnepr group up to 75.") == [
        (230.0, "troops", "Ukraine", "loss"), (75.0, "troops", "Ukraine", "loss")]
    # must not change: a second side's bare figure after "and" is not read as the first side's
    assert readings("Russia lost 300 soldiers and the Ukrainian army 200, the report said.") == [
        (300.0, "troops", "Russia", "loss")]


def test_a_bare_number_that_struck_targets_after_a_shoot_down_is_the_launchers():
    # rule: "98 drones had been shot down …, while 24 had struck targets": the rest got through, the launcher's count
    # (the side of the figure the drones word belongs to, in the same sentence too)
    assert readings("Ukraine's air force said Russia had attacked with 122 drones. It said 98 drones had been shot "
                    "down or suppressed, while 24 had struck targets in six locations.") == [
        (122.0, "drones", "Russia", "count"), (98.0, "drones", "Ukraine", "count"), (24.0, "drones", "Russia", "count")]
    # must not change: a bare number after "hit" with no drones or missiles named before is no count
    assert readings("Ukrainian troops held the line near Lyman. Russian artillery hit 12 times.") == []


def test_a_total_of_troops_after_losses_is_the_total_of_the_losses():
    # rule: "… losses at up to 480 servicemen … the ministry's daily total came to about 1,340 Ukrainian servicemen":
    # a total right before a count of troops, after losses of that side, sums the losses
    assert readings("The ministry put Ukrainian losses at up to 480 servicemen. Summed over all groups, the "
                    "ministry's daily total came to about 1,340 Ukrainian servicemen.") == [
        (480.0, "troops", "Ukraine", "loss"), (1340.0, "troops", "Ukraine", "loss")]
    # must not change: a total after troops deployed stays a count
    assert readings("Russia deployed 20,000 troops to Kursk. The total came to 50,000 soldiers by March.") == [
        (20000.0, "troops", "Russia", "count"), (50000.0, "troops", "Russia", "count")]
