"""Battlefield facts, round 9 (fa13, issue 14): the families that failed on the first run of the blind batches
B48-B50 (``tests/gold/stress/facts_blind10_*``): tables turned to prose, elliptic second figures, the whole of an
interception, sides stated from the other side, distances that are no distances of forces.

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_a_table_row_turned_into_a_sentence_is_read_by_its_label():
    # rule: "Label (part): N." opening a sentence of its own is a tally line; the unit is the bracketed part when it is
    # one ("Losses (personnel)"), else the label's counted noun ("Drones (operational-tactical level)"); a heading
    # "as follows." after a Ukrainian speaker heads an equipment tally of the other side's losses
    rows = readings("Ukraine's General Staff said on Tuesday that Russia had lost another 980 soldiers. The update was "
                    "summarised by its press office as follows. Losses (personnel): 1,170. Tanks: 5. "
                    "Drones (operational-tactical level): 212 (+40). Cruise missiles: 6.")
    assert rows == [(980.0, "troops", "Russia", "loss"), (1170.0, "troops", "Russia", "loss"),
                    (212.0, "drones", "Ukraine", "count"), (40.0, "drones", "Ukraine", "count"),
                    (6.0, "missiles", "Ukraine", "count")]
    # a long label with a date in it: the people word in it is the unit
    assert readings("Total personnel losses of the Russian army since 24 February 2022: approximately 1,050,000 "
                    "(+870 over the past day).") == [(1050000.0, "troops", "Russia", "loss"),
                                                      (870.0, "troops", "Russia", "loss")]
    # a speaker's colon before a bare figure is no label: nothing counted is named
    assert readings("The spokesman was blunt: 40 is not enough.") == []


def test_a_qualified_total_in_the_next_sentence_counts_what_the_sentence_before_counted():
    # rule: "the monthly total was N", "the number passed N" (a total with an adjective, a qualifier or a verb of
    # passing) after a sentence with a count, and "put the figure closer to N", count the same thing
    rows = readings("Russia has launched about 3,900 drones at Ukraine this month, the air force said. In August, the "
                    "monthly total was 4,420.")
    assert rows == [(3900.0, "drones", "Russia", "count"), (4420.0, "drones", "Russia", "count")]
    rows = readings("Kyiv says Moscow has massed some 90,000 troops near the border. Western officials have put the "
                    "figure closer to 70,000.")
    assert rows == [(90000.0, "troops", "Russia", "count"), (70000.0, "troops", "Russia", "count")]
    # a bare "the figure was" with no count before it stays unread
    assert readings("The convoy was long. The figure was 300, a witness said.") == []


def test_a_gapped_second_figure_repeats_the_first_ones_reading():
    # rule: "at N … and at M" (the preposition repeated after "and"), "below August's M" (a possessive comparison),
    # "The previous week they had been M." and "X accounted for M" after a count read M as the count before it
    assert readings("The Russian ministry put Ukrainian losses at 1,210 over the past day and at more than 36,000 for "
                    "the month.") == [(1210.0, "troops", "Ukraine", "loss"), (36000.0, "troops", "Ukraine", "loss")]
    assert readings("British intelligence said Russian casualties averaged 1,060 a day in October, slightly above "
                    "September's 1,020.") == [(1060.0, "troops", "Russia", "loss"), (1020.0, "troops", "Russia", "loss")]
    assert readings("In the week to Sunday, Russian gains totalled 54 square kilometres. The previous week they had "
                    "been 71.") == [(54.0, "km2", "Russia", "gain"), (71.0, "km2", "Russia", "gain")]
    rows = readings("The largest share came near Lyman, where 280 Russian soldiers were killed or wounded. The Siversk "
                    "direction accounted for 170, and the Kupiansk direction for 95.")
    assert rows == [(280.0, "troops", "Russia", "loss"), (170.0, "troops", "Russia", "loss"),
                    (95.0, "troops", "Russia", "loss")]
    # a different preposition after "and" is no gap: "at 1,210 … and in 14 villages" adds no loss
    assert readings("The ministry put Ukrainian losses at 1,210 and said fighting went on in the area.") == \
        [(1210.0, "troops", "Ukraine", "loss")]


def test_the_whole_after_n_of_an_interception_is_the_other_sides_launch():
    # rule: "intercepted N of M missiles" (no side named but the speaker): M was launched by the other side than the
    # one shooting down; "Of the missiles, N were shot down; of the drones, M." gaps the verb of shooting down
    assert readings("Air defences intercepted 11 of 15 cruise missiles and 180 of 204 drones, the Ukrainian air force "
                    "said.") == [(11.0, "missiles", "Ukraine", "count"), (15.0, "missiles", "Russia", "count"),
                                 (180.0, "drones", "Ukraine", "count"), (204.0, "drones", "Russia", "count")]
    assert readings("Russia fired 18 missiles and 120 drones at Ukraine overnight. Of the missiles, 15 were shot "
                    "down; of the drones, 101.") == [(18.0, "missiles", "Russia", "count"),
                                                     (120.0, "drones", "Russia", "count"),
                                                     (15.0, "missiles", "Ukraine", "count"),
                                                     (101.0, "drones", "Ukraine", "count")]
    # "out of" was read so before, and stays so
    assert readings("Ukrainian air defences destroyed 14 out of 17 cruise missiles.") == \
        [(14.0, "missiles", "Ukraine", "count"), (17.0, "missiles", "Russia", "count")]


def test_a_holding_that_is_still_held_or_shrinking_stays_held_in_a_salient():
    # rule: an area held "of the salient" / "bridgehead" is held in an advance (a gain) unless "still" or "down from"
    # says it is what is left
    assert readings("Russian troops still hold about 25 square kilometres of the salient, analysts said, down from 120 "
                    "at its peak.") == [(25.0, "km2", "Russia", "held"), (120.0, "km2", "Russia", "held")]
    assert readings("Ukrainian troops hold a 40-square-kilometre bridgehead on the left bank.") == \
        [(40.0, "km2", "Ukraine", "gain")]


def test_distances_of_places_and_objects_are_no_distances_of_forces():
    # rule: a place's distance "from the front", a relocation of anything but troops, and "the closest of them within
    # N miles" (objects shot down) are no distances of forces; forces' distances stay
    assert readings("Residents remember when the town was 50 km from the front.") == []
    assert readings("The clinic moved its operating theatre 30 km west in May.") == []
    assert readings("Moscow's mayor said nine drones had been shot down, the closest of them within 20 miles of the "
                    "city.") == [(9.0, "drones", "Russia", "count")]
    assert readings("Russian troops are now 6 km from Kostiantynivka.") == [(6.0, "km", "Russia", "distance")]


def test_a_participle_of_killing_after_a_by_agent_is_the_subjects_doing():
    # rule: "repelled an assault by N Russian companies, killing M soldiers": the killer is the clause's subject, not
    # the agent of the noun before the participle
    assert readings("Ukrainian troops repelled an attack by two Russian companies near Vovchansk, killing 19 soldiers "
                    "and wounding 27.") == [(19.0, "troops", "Russia", "loss"), (27.0, "troops", "Russia", "loss")]
    assert readings("Russian forces repelled an attack by Ukrainian units, killing 35 soldiers.") == \
        [(35.0, "troops", "Ukraine", "loss")]


def test_hitting_a_count_of_soldiers_is_a_casualty_count():
    # rule: a verb of hitting right before a count of soldiers is a loss of their side (like "took out")
    assert readings("The brigade said its drone operators hit 190 Russian infantrymen in September.") == \
        [(190.0, "troops", "Russia", "loss")]
    # civilians hit stay civilians (flagged, out of the comparison)
    assert readings("A Russian missile hit 12 civilians in Kharkiv.") == []


def test_settlements_that_fell_were_gained():
    # rule: a count of settlements with the verb "fell" is a gain: of the side after "to", else of the gain before
    assert readings("Three more villages fell to Russian forces on Tuesday.") == [(3.0, "settlements", "Russia", "gain")]
    assert readings("Russian troops seized Hrodivka on Monday. On Tuesday, two more villages fell.") == \
        [(2.0, "settlements", "Russia", "gain")]
    # "fell to N" is a number falling, not villages taken
    assert readings("The number of villages under fire fell to 12.") == []


def test_a_bracketed_conversion_of_a_range_gives_both_bounds():
    # rule: ranges give one row per bound, and so does their conversion in brackets
    assert readings("Russian forces captured between 300 and 340 square kilometres (116 to 131 square miles) in "
                    "May.") == [(300.0, "km2", "Russia", "gain"), (340.0, "km2", "Russia", "gain"),
                                (116.0, "sq mi", "Russia", "gain"), (131.0, "sq mi", "Russia", "gain")]
    # a single figure's conversion stays one row
    assert readings("Ukraine retook 1,100 km² (425 sq mi).") == [(1100.0, "km2", "Ukraine", "gain"),
                                                                 (425.0, "sq mi", "Ukraine", "gain")]


def test_a_place_at_a_distance_from_a_sides_positions_is_that_sides_distance():
    # rule: "<place> lies N km from the nearest Russian positions", "within N km of Ukrainian troops": the distance of
    # the side named after the unit (a place is the subject, not forces)
    assert readings("The city of Nikopol lies about 25 km from the nearest Russian positions.") == \
        [(25.0, "km", "Russia", "distance")]
    # forces as the subject keep their own side; a place's distance from the border stays no fact
    assert readings("Ukrainian troops are 3 km from Russian positions near Pokrovsk.") == [(3.0, "km", "Ukraine", "distance")]
    assert readings("The town lies 40 km from the border.") == []


def test_any_participle_of_killing_in_the_table_makes_a_bare_number_a_loss():
    # rule: the participles after a bare number that make it soldiers lost are the table's (fact_cues.csv, cue
    # casualty_participle): "eliminated" reads like "killed" in a breakdown, a tally and an elliptic count
    assert readings("Kyiv says Russia has suffered 1 million eliminated and wounded since the invasion.") == \
        [(1000000.0, "troops", "Russia", "loss")]
    assert readings("Russian units tried to cross the river. Eleven of them were eliminated and four were taken "
                    "prisoner.") == [(11.0, "troops", "Russia", "loss"), (4.0, "troops", "Russia", "loss")]
    # civilians stay civilians (flagged, out of the comparison)
    assert readings("The strike on the market killed three people and wounded 12, the governor said.") == []


def test_two_figures_joined_by_or_before_one_unit_are_a_range():
    # rule: "3 or 4 kilometres", "two or three villages", "take out 40 or 50 Russian soldiers": one row per bound,
    # the lower read like the upper
    assert readings("Ukrainian forces advanced 3 or 4 kilometres near Robotyne.") == \
        [(3.0, "km", "Ukraine", "gain"), (4.0, "km", "Ukraine", "gain")]
    assert readings("Russian troops captured two or three villages near Pokrovsk last week.") == \
        [(2.0, "settlements", "Russia", "gain"), (3.0, "settlements", "Russia", "gain")]
    assert readings("Ukrainian drone crews take out 40 or 50 Russian soldiers a week.") == \
        [(40.0, "troops", "Russia", "loss"), (50.0, "troops", "Russia", "loss")]
    # "or so" is an approximation of one figure, not a range
    assert readings("Russian troops advanced 3 kilometres or so near Robotyne.") == [(3.0, "km", "Russia", "gain")]


def test_a_reporting_verb_repeated_with_a_bare_figure_repeats_the_count():
    # rule: "it reported N losses …; … it reported M": the bare figure after the same reporting verb counts the same
    assert readings("On quiet days the General Staff reported fewer than 800 Russian losses; on its worst day it "
                    "reported 1,900.") == [(800.0, "troops", "Russia", "loss"), (1900.0, "troops", "Russia", "loss")]
    # a reported figure with a noun of its own is not the count before
    assert readings("The General Staff reported 950 Russian losses, and it reported 40 clashes.") == \
        [(950.0, "troops", "Russia", "loss")]


def test_taking_out_their_soldiers_in_a_we_quote_is_the_enemys_loss():
    # rule: "we took out N of their infantry" (a phrasal verb of killing, "N or M" too): the loss of the other side than
    # the speaker's "we"
    assert readings("\"Yesterday we took out 30 of their infantry,\" a Ukrainian officer said.") == \
        [(30.0, "troops", "Russia", "loss")]
    assert readings("\"We take out 30 of their infantry every week,\" a Russian officer said.") == \
        [(30.0, "troops", "Ukraine", "loss")]
    # a side named with the soldiers wins
    assert readings("Ukrainian drone crews took out 12 Russian soldiers.") == [(12.0, "troops", "Russia", "loss")]
