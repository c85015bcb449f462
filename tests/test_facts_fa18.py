"""Battlefield facts, round 12 (fa18, issue 14): families fa17 left (vague amounts, route lengths, troop stocks, elliptic
figures) and those the blind batch B56 (``tests/gold/stress/facts_blind14_*``) showed on its first run.

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_a_vague_amount_read_off_the_count_before_stays_vague():
    # rule: "dozens more", "hundreds more" take their unit and side from the count before, but stay vague (no figure)
    assert readings("Ukrainian crews downed 212 Russian drones, but every day dozens more get through.") == [
        (212.0, "drones", "Ukraine", "count")]
    assert readings("Russia fired 40 missiles on Monday and hundreds more drones over the week.") == [
        (40.0, "missiles", "Russia", "count")]
    # must not change: a figure read off the count before is kept
    assert readings("Russia fired 40 missiles on Monday and 30 more on Tuesday.") == [
        (40.0, "missiles", "Russia", "count"), (30.0, "missiles", "Russia", "count")]


def test_the_length_of_a_route_or_a_structure_is_no_distance():
    # rule: a length right before a route noun (``fact_cues.csv``, cue ``route``) or a stretch of a road is a size
    assert readings("The supply line to the town, a 14 km stretch of the H20, came within range of drones.") == []
    assert readings("Russian troops advanced 3 km along the 20-km road to Siversk.") == [(3.0, "km", "Russia", "gain")]
    assert readings("Russian troops cut a 10-km supply road.") == []
    # must not change: a move along a road, a distance from a bridge
    assert readings("Russian troops advanced 3 km along road to Siversk.") == [(3.0, "km", "Russia", "gain")]
    assert readings("Russian forces are now 8 km from the bridge at Siversk.") == [(8.0, "km", "Russia", "distance")]


def test_a_bare_number_after_a_verb_of_strength_of_a_sides_forces_counts_its_troops():
    # rule: "<a side's forces> numbers / totals / stands at N": a troop stock (count), the unit implied
    assert readings("Ukraine's army numbers about 880,000, according to its defence ministry.") == [
        (880000.0, "troops", "Ukraine", "count")]
    assert readings("The Russian force near Pokrovsk now totals some 110,000.") == [
        (110000.0, "troops", "Russia", "count")]
    # must not change: a strength with its unit; a subject that is no force
    assert readings("Ukraine's army numbers about 880,000 troops.") == [(880000.0, "troops", "Ukraine", "count")]
    assert readings("The village numbers about 800.") == []


def test_a_figure_with_no_verb_in_a_run_of_like_figures_takes_the_runs_change_and_side():
    # rule: a table turned into prose ("March. 420 sq km", "The figure rose to 385 sq km", "…were lighter: 290 and 305 sq
    # km"): a verbless area in a run of gains is a gain, by the side of most of the run (not the counter-attack in between)
    text = ("January. Russian forces took 310 sq km south of the city.\n\n"
            "February. The figure rose to 385 sq km.\n\n"
            "March. 420 sq km, the most this winter. Ukrainian units won back about 18 sq km near Kupiansk.\n\n"
            "April and May were lighter: 290 and 305 sq km respectively.")
    assert readings(text) == [(310.0, "km2", "Russia", "gain"), (385.0, "km2", "Russia", "gain"),
                              (420.0, "km2", "Russia", "gain"), (18.0, "km2", "Ukraine", "gain"),
                              (290.0, "km2", "Russia", "gain"), (305.0, "km2", "Russia", "gain")]
    # the sum of the run ("Adding the … together gives N sq km (M sq miles)"), its conversion too
    assert readings(text + "\n\nAdding the five months together gives 1,400 sq km (541 sq miles).")[-2:] == [
        (1400.0, "km2", "Russia", "gain"), (541.0, "sq mi", "Russia", "gain")]
    # must not change: an area with no run of figures before it keeps no side; a year joined to a number shares no unit
    assert readings("Adding the two numbers together gives 695 sq km.") == [(695.0, "km2", "", "")]
    assert readings("The region covers 2,000 sq km of farmland.") != [(2000.0, "km2", "Russia", "gain")]
    assert readings("In 2024 and 2025 Russia took 300 sq km.") == [(300.0, "km2", "Russia", "gain")]


def test_a_bare_number_joined_to_the_next_shares_its_unit_of_settlements():
    # rule: "took 12 or 15 villages": the unit written once, after the second number
    assert readings("Russian troops took 12 or 15 villages in the spring.") == [
        (12.0, "settlements", "Russia", "gain"), (15.0, "settlements", "Russia", "gain")]
    # must not change: a count of something else before "and"
    assert readings("Russian troops fired 12 shells and took 3 villages.") == [(3.0, "settlements", "Russia", "gain")]


def test_people_handed_back_in_an_exchange_are_no_loss():
    # rule: people returned in the passive, returned to each side, asked for back on a list of names, and a part of
    # them named in the next sentence ("Among them were …") are exchanged, not captured
    assert readings("Moscow said 205 Russian servicemen had been returned from territory controlled by Kyiv. Among "
                    "them, it said, were 12 conscripts captured in the Kursk region last year.") == []
    assert readings("Moscow handed Kyiv a list of 500 names of Russian prisoners it wanted back.") == []
    assert readings("The last swap, in June, saw 84 prisoners returned to each side.") == []
    # must not change: soldiers captured, and a part of them named in the next sentence
    assert readings("Ukrainian forces captured 40 Russian soldiers near Vovchansk. Among them were two officers.") == [
        (40.0, "troops", "Russia", "loss"), (2.0, "troops", "Russia", "loss")]
    assert readings("Russia said 60 Ukrainian soldiers had been captured near Kupiansk.") == [
        (60.0, "troops", "Ukraine", "loss")]


def test_we_in_quotes_continuing_a_headline_quote_is_the_side_of_the_description_the_layer_read():
    # rule: a headline quote with no speech act of its own ("the body's main voice") and the quotes continuing it take
    # the side of the description the speech layer read for it ("a Russian military blogger's week")
    text = ("'Our lads moved forward': a Russian military blogger's week, translated\n\n"
            "The author of the Telegram channel Severny Veter, who writes as a former paratrooper, posts a summary of "
            "the fighting every Sunday. We publish this week's summary abridged.\n\n"
            "\"Our units advanced 3.5 km towards Orikhiv. The enemy tried four times to take back the heights.\n\n"
            "\"Enemy losses for the week are not less than 600 killed and wounded.\"")
    assert readings(text) == [(3.5, "km", "Russia", "gain"), (600.0, "troops", "Ukraine", "loss")]
    # must not change: a quote with a named speaker keeps that speaker's side
    assert readings('"Our units advanced 2 km," a Ukrainian brigade commander said.') == [(2.0, "km", "Ukraine", "gain")]


def test_a_place_line_with_a_bare_number_after_a_line_of_the_same_shape_counts_the_same():
    # rule: a table by region turned into lines ("Kyiv region: 61 drones …" then "Vinnytsia region: 22."): the bare
    # number counts what the first figure of the line before counts, for the same side
    text = ("Ukraine's air force said it had shot down most of the drones. By region:\n\n"
            "Kyiv region: 61 drones shot down by Ukrainian air defences.\nVinnytsia region: 22.")
    assert readings(text) == [(61.0, "drones", "Ukraine", "count"), (22.0, "drones", "Ukraine", "count")]
    # must not change: a year on such a line, and a line after a sentence that is no line of the table
    assert readings("Donetsk region: 3 villages lost by Ukraine.\nPokrovsk: 2024.") == [
        (3.0, "settlements", "Ukraine", "loss")]
    assert readings("Russian troops fired 12 missiles.\n\nThe Donetsk region: 12.") == [
        (12.0, "missiles", "Russia", "count")]


def test_a_depth_beyond_a_line_is_a_gain_with_its_conversion():
    # rule: "pushed 9 km (5.6 miles) beyond the line": the depth of an advance, its bracketed conversion too
    assert readings("At their deepest point, Russian troops pushed 9 km (5.6 miles) beyond the line they held in "
                    "January.") == [(9.0, "km", "Russia", "gain"), (5.6, "mi", "Russia", "gain")]
    # must not change: a distance from a town
    assert readings("Russian forces are 16 km from Kramatorsk.") == [(16.0, "km", "Russia", "distance")]


def test_a_place_as_the_subject_of_a_distance_or_a_size_is_no_fact():
    # rule: "Kramatorsk itself is 95 km from …" (where a place lies), "the city covers about 840 sq km, and the region as
    # a whole 26,500 sq km" (the size of places, the verb gapped in the second clause)
    assert readings("Kramatorsk itself is 95 km from the regional border.") == []
    assert readings("For comparison, the city of Kyiv covers about 840 sq km, and the Donetsk region as a whole "
                    "26,500 sq km.") == []
    # must not change: forces' distance; a side's gains in two clauses
    assert readings("Russian forces are now 16 km from Kramatorsk.") == [(16.0, "km", "Russia", "distance")]
    assert readings("Russian troops took 40 sq km in May.") == [(40.0, "km2", "Russia", "gain")]


def test_soldiers_coming_out_with_their_hands_up_gave_themselves_up():
    # rule: "N of them came out with their hands up" after soldiers taken prisoner: prisoners, their side's loss
    assert readings("Ukrainian fighters took 22 Russian servicemen prisoner near Lyman. Seventeen of them came out with "
                    "their hands up.") == [(22.0, "troops", "Russia", "loss"), (17.0, "troops", "Russia", "loss")]
    # must not change: a number of civilians coming out of a shelter is no fact
    assert readings("Seventeen residents came out of the shelter in the morning.") == []


def test_it_as_the_figure_of_its_sentence_before_a_bare_number():
    # rule: "…; in April it was 85": "it" after a semicolon or comma is the figure of the sentence, the same count
    assert readings("Russia fired 120 missiles in March; in April it was 85.") == [
        (120.0, "missiles", "Russia", "count"), (85.0, "missiles", "Russia", "count")]
    # must not change: a year after "it was"
    assert readings("Russian troops took 40 sq km in May; it was 2024.") == [(40.0, "km2", "Russia", "gain")]


def test_the_parts_of_a_count_broken_down_by_place_after_a_colon_keep_the_side_of_the_whole():
    # rule: "destroyed 60 Ukrainian drones overnight: 30 over the Kursk region and 12 over …": the parts are shot down by
    # the side of the whole, not launched by the demonym the whole's words carry
    assert readings("Russian air defences destroyed 60 Ukrainian drones overnight: 30 over the Kursk region, 12 over "
                    "Crimea and 8 over the Black Sea.") == [(60.0, "drones", "Russia", "count"),
                                                           (30.0, "drones", "Russia", "count"),
                                                           (12.0, "drones", "Russia", "count"),
                                                           (8.0, "drones", "Russia", "count")]
    # must not change: a part with a verb of its own
    assert readings("Russia launched 60 drones overnight. Ukrainian air defences shot down 40 of them.") == [
        (60.0, "drones", "Russia", "count"), (40.0, "drones", "Ukraine", "count")]


def test_a_breakdown_by_place_in_the_sentence_after_the_whole():
    # rule: "The drone count was broken down by region: 41 over …": "by region" is the key of the breakdown, not the
    # unit; the parts count the whole of the sentence before, for its side
    text = ("Russia's Defence Ministry said air defence units had destroyed 94 Ukrainian drones overnight. The drone count "
            "was broken down by region: 41 over the Bryansk region, 22 over the Kursk region and 17 over the Belgorod "
            "region.")
    assert readings(text) == [(94.0, "drones", "Russia", "count"), (41.0, "drones", "Russia", "count"),
                              (22.0, "drones", "Russia", "count"), (17.0, "drones", "Russia", "count")]
    # must not change: a count of regions is no fact of the conventions
    assert readings("Russian drones struck targets in 12 regions overnight.") == []


def test_kin_of_soldiers_counted_are_no_soldiers():
    # rule: "300 relatives of missing soldiers": the number counts the kin (``fact_cues.csv``, cue ``kin_noun``)
    assert readings("About 300 relatives of missing soldiers gathered in central Kyiv on Saturday.") == []
    # must not change: soldiers counted, with "of" after them
    assert [(q, u, c) for q, u, _, c in readings("The brigade lost 40 soldiers of its second battalion near Pokrovsk.")] \
        == [(40.0, "troops", "loss")]


def test_a_bare_number_whose_were_names_the_kind_of_weapon_counts_it():
    # rule: "…, 11 were Kh-101 cruise missiles and nine were Iskander-M ballistic missiles": each part by its kind
    assert readings("Russia launched 32 missiles overnight. Of these, 11 were Kh-101 cruise missiles and nine were "
                    "Iskander-M ballistic missiles.") == [(32.0, "missiles", "Russia", "count"),
                                                          (11.0, "missiles", "Russia", "count"),
                                                          (9.0, "missiles", "Russia", "count")]
    # must not change: "were" before a verb of shooting down is read by the interception rules
    assert readings("Russia launched 32 missiles overnight; 20 were shot down by Ukrainian air defences.") == [
        (32.0, "missiles", "Russia", "count"), (20.0, "missiles", "Ukraine", "count")]


def test_a_bare_number_before_a_passive_verb_of_shooting_down_counts_the_launch_before():
    # rule: "two more had been downed", "only three of the nine were brought down": the count of the drones or missiles
    # before (this sentence or the two before), shot down by the side of the interceptions before it, else the other
    # side than the launcher; the whole after "of the" restates the launch
    assert readings("Russian air defences destroyed 47 Ukrainian drones overnight. The mayor said on Telegram that two "
                    "more had been downed on the approaches to the capital.") == [
        (47.0, "drones", "Russia", "count"), (2.0, "drones", "Russia", "count")]
    assert readings("Russia fired nine ballistic missiles at Kyiv. The air force said they were the hardest to stop: "
                    "only three of the nine were brought down.") == [
        (9.0, "missiles", "Russia", "count"), (3.0, "missiles", "Ukraine", "count"), (9.0, "missiles", "Russia", "count")]
    # must not change: no count of weapons before, no fact
    assert readings("The mayor said two more had been downed near the capital.") == []


def test_a_gain_named_as_a_noun_with_no_side_takes_the_last_gain_before():
    # rule: "The largest monthly gain, 590 sq km, came in July; in March it had been just 240": a gain as a noun after
    # a superlative or a period word reports no one's own ground, and a side named only in the clause after the figure
    # does not name it: the side of the last gain in the two sentences before
    text = ("Ukraine's commander-in-chief said the front was stable.\n\nThe pace of the advance\n\n"
            "Russia gained about 3,500 sq km in the first eight months of the year. The largest monthly gain, 590 sq km, "
            "came in July; in March it had been just 240.")
    assert readings(text) == [(3500.0, "km2", "Russia", "gain"), (590.0, "km2", "Russia", "gain"),
                              (240.0, "km2", "Russia", "gain")]
    # must not change: a gain whose own clause names its side
    assert readings("Russia gained 300 sq km in May. In June Ukrainian troops won back 25 sq km.") == [
        (300.0, "km2", "Russia", "gain"), (25.0, "km2", "Ukraine", "gain")]
