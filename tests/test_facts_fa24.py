"""Battlefield facts, round 16 (fa24, issue 14): the families heldout6's facts showed once it was studied (a figure
whose unit the next sentence names, "N of them" after a list of two kinds, places placed "further south", distances
beyond the speaker's own lines, and the numbers of sport and local copy: team members, a pitch behind the line, a
vehicle's mileage).

Every sentence here is invented for the test (none borrows heldout6's wording), in two or three house styles; each test
states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_a_figure_standing_alone_takes_the_unit_the_next_sentence_names():
    # rule: a figure alone in its sentence (after at most a label and a colon) followed by "That is how many …" /
    # "This is the number of …": the unit, side and change are read in that next sentence
    assert readings("Figure of the week: 4,000. That is how many Ukrainian soldiers were killed or wounded near "
                    "Bakhmut in March, according to the Russian defence ministry.") == [
        (4000.0, "troops", "Ukraine", "loss")]
    assert readings("Today's number: about 90. This is the number of drones Russia launched at Odesa "
                    "overnight.") == [(90.0, "drones", "Russia", "count")]
    # must not change: a figure with its own unit, or a next sentence that names no unit, gives nothing new
    assert readings("Key figure: 12 villages. That is how many Russia took in May.")[0][:2] == (12.0, "settlements")
    assert readings("The number of the day: 75. That is how old the alliance is.") == []


def test_n_of_them_after_a_list_of_two_kinds_counts_air_targets():
    # rule: "fired 80 missiles and 60 drones …, and air defences downed 120 of them": "them" takes up the whole list,
    # whose items are of two kinds, so the part counts air targets (shot down by the side attacked)
    assert readings("The air force said Russia fired 80 missiles and 60 drones overnight, and that air defences "
                    "downed 120 of them.")[-1] == (120.0, "air targets", "Ukraine", "count")
    assert readings("Russia launched 40 missiles and 35 drones at Lviv on Monday. Air defences destroyed 60 of "
                    "them, the governor said.")[-1] == (60.0, "air targets", "Ukraine", "count")
    # must not change: a part no larger than one of the launches is of the last such launch (round 8's rule)
    assert readings("Russia launched 40 missiles and 35 drones at Lviv on Monday. Air defences destroyed 30 of "
                    "them, the governor said.")[-1][:2] == (30.0, "drones")
    # must not change: a list of one kind, or a part that names its kind ("98 of the drones")
    assert readings("Russia launched 60 drones overnight. Air defences shot down 45 of them.")[-1] == (
        45.0, "drones", "Ukraine", "count")
    assert readings("Russia launched 70 drones and three missiles overnight, and 52 of the drones were shot "
                    "down.")[-1][:2] == (52.0, "drones")


def test_a_place_further_south_with_no_verb_of_moving_is_where_it_lies():
    # rule: "N km further south" with no verb of moving and no forces as the subject says where a place lies from the
    # one named before (a city-to-city distance), not an advance
    assert readings("Polohy lies an hour's drive away, and Tokmak, the bigger prize, some 25 kilometres further "
                    "east.") == []
    assert readings("The village of Lypky, 15 km further south, was shelled again on Sunday.") == []
    # must not change: forces "further west", a verb of moving
    assert readings("Russian forces are now 5 km further west, the general staff said.") == [
        (5.0, "km", "Russia", "gain")]
    assert readings("Ukrainian troops pushed the line 3 km further south on Tuesday.")[0][:2] == (3.0, "km")


def test_a_length_beyond_the_speakers_own_lines_is_their_distance():
    # rule: "the next line lay 8 to 9 km beyond his forward positions": how far a line lies from the speaker's own
    # forces is a distance of those forces (the speaker's side), both range bounds, not the depth of an advance
    assert readings("Oleksandr Syrskyi said on Monday that his troops had crossed the first line. He estimated "
                    "that the next Russian line lay 8 to 9 kilometres beyond his forward positions.") == [
        (8.0, "km", "Ukraine", "distance"), (9.0, "km", "Ukraine", "distance")]
    # must not change: an advance beyond one's own positions is a gain; forces named as the subject ("they", "Russian
    # troops") are the ones at that distance from "our positions"
    assert readings("Ukrainian troops advanced 4 km beyond their forward positions.") == [
        (4.0, "km", "Ukraine", "gain")]
    assert readings('"They are 2 kilometres from our positions now," a Ukrainian sergeant told reporters.') == [
        (2.0, "km", "Russia", "distance")]
    assert readings("The commander said Russian troops were 4 km behind his positions.") == [
        (4.0, "km", "Russia", "distance")]


def test_team_members_a_pitch_behind_the_line_and_a_vehicles_mileage_are_no_facts():
    # rule: soldiers in apposition to a team or a choir (cue ``team_noun``) are its members, no deployment; a length
    # right after a field, pitch or stadium (cue ``facility``) says where it lies; a length "on it" / "on the clock"
    # (cue ``odometer``) is how far a vehicle has run
    assert readings("On Sunday the battalion's team, eleven soldiers in new boots, won 2-1 on a pitch eight "
                    "kilometres behind the line.") == []
    assert readings("He is driving out a former school bus with 210,000 miles on it.") == []
    assert readings("The pickup they bought has 90,000 km on the clock.") == []
    # must not change: soldiers deployed, forces at a distance from a place
    assert readings("The Russian army deployed eleven soldiers to the village.") == [
        (11.0, "troops", "Russia", "count")]
    assert readings("Russian troops were 8 kilometres from Pokrovsk, the governor said.") == [
        (8.0, "km", "Russia", "distance")]
