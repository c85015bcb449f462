"""Battlefield facts, round 11 (fa16, issue 14): the families the blind batch B54 (``tests/gold/stress/facts_blind12_*``,
eight long invented pieces) showed on its first run: readers' notes on units, a front line's length with an adverb
before its verb, a headline's "brings home" prisoners, table rows whose label says who did what ("Drones launched by
Russia: 1,420") and whose bracket says who counted ("(Ukraine's General Staff)"), and figures in quotes whose side is
in the sentence before.

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_a_unit_defined_by_another_holds_no_fact():
    # rule: "One square kilometre equals 100 hectares, or about 0.39 square miles", "100 hectares make one square
    # kilometre": a reader's note defining a unit of area or length by another counts no ground
    assert readings("Russian forces took 40 square kilometres last week. One square kilometre equals 100 hectares, "
                    "or about 0.39 square miles.") == [(40.0, "km2", "Russia", "gain")]
    assert readings("By the count of the bloggers, 100 hectares make one square kilometre.") == []
    # must not change: an area restated in another unit after a real gain keeps both figures
    assert readings("Russian troops took 2 square kilometres near Toretsk, which is 200 hectares, the army said.") == [
        (2.0, "km2", "Russia", "gain"), (200.0, "ha", "Russia", "gain")]


def test_a_front_lines_length_with_an_adverb_before_its_verb():
    # rule: "The front line itself now runs for about 1,100 km": the length of the front (no fact) whatever adverbs
    # stand between "front line" and its verb of extending
    assert readings("The front line itself now runs for about 1,100 km from the north to the sea.") == []
    # must not change: forces' distance from a town
    assert readings("Russian troops are now about 5 km from the town, the army said.") == [
        (5.0, "km", "Russia", "distance")]


def test_a_headlines_brings_home_is_an_exchange():
    # rule: "Kyiv brings home 120 soldiers in swap": people brought home (any tense) are freed, not a loss or a count
    assert readings("Kyiv brings home 120 soldiers in swap with Moscow") == []
    # must not change: soldiers captured are the captured side's loss
    assert readings("Ukrainian troops captured 12 Russian soldiers near the village, the brigade said.") == [
        (12.0, "troops", "Russia", "loss")]


def test_a_bare_number_after_shooting_down_counts_the_drones_named_before():
    # rule: "His crew hunts the Shahed drones that Russia launches. 'In April we shot down 17 of them,' he said": a bare
    # number after a verb of shooting down, with no launch figure before it, counts the drones or missiles named last
    # (this sentence or the one before); shooting them down is the other side's than the launcher named with them
    text = ("His crew, one of the mobile fire groups near Sumy, hunts the Shahed drones that Russia launches every "
            "night. \"In April we shot down 17 of them,\" he said.")
    assert readings(text) == [(17.0, "drones", "Ukraine", "count")]
    # must not change: with no drones or missiles named before, or no side anywhere to give the interceptor, a bare
    # number after "shot down" is no fact
    assert readings("The crew works at night near Sumy. \"In April we shot down 17 of them,\" he said.") == []
    assert readings("The crew hunts drones at night. \"In April we shot down 17 of them,\" he said.") == []


def test_a_bare_number_after_a_verb_of_launching_takes_the_launch_before_and_its_or_bound():
    # rule: "Ukraine's air force counted 5,100 drones launched in May. 'They are now sending 300 or 400 in a night'":
    # drones a side's air force counts as launched are the other side's; a bare number after "sending" counts the
    # drones named before, launched by the same side, and "or 400" after it is the other bound of the same figure
    text = ("Ukraine's air force counted 5,100 drones launched in May. \"They are now sending 300 or 400 in a "
            "night,\" its spokesman said.")
    assert readings(text) == [(5100.0, "drones", "Russia", "count"), (300.0, "drones", "Russia", "count"),
                              (400.0, "drones", "Russia", "count")]
    # must not change: what a side can launch is a capacity, not a launch
    assert readings("Russia has built up its stock of Shahed drones and can now launch more than 600 in a "
                    "single night.") == []


def test_a_tally_with_hyphens_for_dashes_under_a_heading_that_only_quotes_it():
    # rule: "The update lists Russian losses … Friday's edition read, in part: personnel - about 990,120 (+1,040);
    # tanks - 10,880 (+5); operational-tactical UAVs - 41,300 (+95)": a hyphen typed between blanks is the tally's
    # dash, and a heading that only quotes the list ("read, in part:") takes the losing side from the sentence before
    text = ("The morning update lists Russian losses since the invasion began. Friday's edition read, in part: "
            "personnel - about 990,120 (+1,040); tanks - 10,880 (+5); operational-tactical UAVs - 41,300 (+95).")
    assert readings(text) == [(990120.0, "troops", "Russia", "loss"), (1040.0, "troops", "Russia", "loss"),
                              (41300.0, "drones", "Ukraine", "count"), (95.0, "drones", "Ukraine", "count")]
    # must not change: a hyphen inside a word or a hyphenated range is no tally dash
    assert readings("Russian troops advanced 2-3 km near the village, the ISW said.") == [
        (2.0, "km", "Russia", "gain"), (3.0, "km", "Russia", "gain")]


def test_a_table_row_whose_label_says_who_did_what():
    # rule: "Drones launched by Russia: 1,100", "Missiles intercepted by Ukraine: 35", "Ukrainian drones Russia says it
    # destroyed: 900", "Villages seized by Russia (ISW): 4", "Russian soldiers killed or wounded (Kyiv's estimate): 6,500":
    # a row that opens its line with a label reads like the sentence the label abbreviates: "by <side>" or "<side> says
    # it" did it, a side named as an adjective gained or lost, and the bracketed source only counted
    text = ("Weekly figures\nShahed drones fired by Russia: 1,100\nMissiles intercepted by Ukraine: 35\n"
            "Ukrainian drones Russia says it destroyed: 900\nVillages seized by Russia (ISW): 4\n"
            "Russian soldiers killed or wounded (Kyiv's estimate): 6,500\nRussian gains (DeepState): 121 sq km")
    assert readings(text) == [(1100.0, "drones", "Russia", "count"), (35.0, "missiles", "Ukraine", "count"),
                              (900.0, "drones", "Russia", "count"), (4.0, "settlements", "Russia", "gain"),
                              (6500.0, "troops", "Russia", "loss"), (121.0, "km2", "Russia", "gain")]
    # must not change: a sentence of running text with a colon keeps its own reading ("of which" air defences'
    # interceptions stay theirs)
    assert readings("Ukraine's General Staff said: Russia lost 1,100 soldiers over the past day.") == [
        (1100.0, "troops", "Russia", "loss")]
    assert readings("Russia fired its largest salvo on Monday: 50 missiles and 600 drones, of which Ukrainian air "
                    "defences destroyed 40 missiles and 550 drones.") == [
        (50.0, "missiles", "Russia", "count"), (600.0, "drones", "Russia", "count"),
        (40.0, "missiles", "Ukraine", "count"), (550.0, "drones", "Ukraine", "count")]


def test_a_table_row_naming_an_advance_or_positions_gives_a_length_its_reading():
    # rule: "Deepest Russian advance: about 3.5 km", "Closest Russian positions to the centre of Kupiansk: 2.1 km
    # (ISW)": a row whose label names an advance (a depth: gain) or forces' positions (a distance) and its side
    assert readings("Deepest Russian advance: about 3.5 km, east of Lyman\nClosest Russian positions to the centre "
                    "of Kupiansk: 2.1 km (ISW)") == [(3.5, "km", "Russia", "gain"), (2.1, "km", "Russia", "distance")]
    # must not change: a town's row with its distance from another town is where it lies
    assert readings("Kupiansk: 120 km east of Kharkiv") == []


def test_or_n_a_day_restates_the_figure_before_as_a_rate():
    # rule: "Russia lost 6,500 soldiers last week, or 930 a day": a bare number after ", or" with a rate after it is
    # the same figure as a rate (same unit, side, change)
    assert readings("Russia lost 6,500 soldiers last week, or 930 a day, the General Staff said.") == [
        (6500.0, "troops", "Russia", "loss"), (930.0, "troops", "Russia", "loss")]
    # must not change: a bare number after ", or" with no rate after it adds no figure of its own here
    assert readings("Russia lost 6,500 soldiers last week, or so the General Staff said.") == [
        (6500.0, "troops", "Russia", "loss")]


def test_parts_of_an_air_defence_report_by_weapon():
    # rule: in a night report told weapon by weapon, "…, one of which was shot down", "Of the drones, mostly Shaheds
    # and decoys, 90 were shot down" (an apposition between the whole and its part), "… and 25 lost to jamming" (the
    # auxiliary elided), "The remaining 20 reached their targets" (the rest of the launch, the launcher's) and "None of
    # the four … was intercepted" (a whole launched, none shot down) are each read
    assert readings("It launched three Kh-59 guided missiles, one of which was shot down.") == [
        (3.0, "missiles", "Russia", "count"), (1.0, "missiles", "Ukraine", "count")]
    text = ("Russia launched 150 drones. Of the drones, mostly Shahed attack drones and decoys, 90 were shot down by "
            "mobile fire groups, and 40 were jammed. The remaining 20 reached their targets, the air force said.")
    assert readings(text) == [(150.0, "drones", "Russia", "count"), (90.0, "drones", "Ukraine", "count"),
                              (40.0, "drones", "Ukraine", "count"), (20.0, "drones", "Russia", "count")]
    assert readings("Russia launched 90 drones overnight; 60 were shot down and 25 lost to jamming.") == [
        (90.0, "drones", "Russia", "count"), (60.0, "drones", "Ukraine", "count"), (25.0, "drones", "Ukraine", "count")]
    assert readings("Russia fired 20 missiles. None of the four Kinzhal missiles launched from jets was "
                    "intercepted.") == [(20.0, "missiles", "Russia", "count"), (4.0, "missiles", "Russia", "count")]
    # must not change: "one of the villages" is no count, and a part shot down stays the interceptor's
    assert readings("One of the villages was taken, the ministry said.") == []
    assert readings("Russia fired 20 missiles. Four of the Kinzhal missiles were intercepted.") == [
        (20.0, "missiles", "Russia", "count"), (4.0, "missiles", "Ukraine", "count")]


def test_the_dead_a_sides_soldiers_count_are_the_enemys():
    # rule: "In April alone we counted 900 killed on our section of the front, and 1,800 wounded": the killed and
    # wounded a side's own soldiers count are the other side's losses (both figures of the count)
    text = ("A Ukrainian brigade facing that army paints a different picture. Its deputy commander, a major named "
            "Petro, said the Russians had gained less than 700 metres near the village. \"In April alone we counted 900 "
            "killed on our section of the front, and 1,800 wounded,\" he said.")
    assert readings(text)[-2:] == [(900.0, "troops", "Russia", "loss"), (1800.0, "troops", "Russia", "loss")]
    # must not change: the killed a side says it lost are its own
    assert readings("A Ukrainian brigade commander spoke. \"In April we lost 40 killed and 90 wounded,\" he "
                    "said.") == [(40.0, "troops", "Ukraine", "loss"), (90.0, "troops", "Ukraine", "loss")]


def test_losses_that_stay_between_two_figures_and_a_bare_number_after_lost():
    # rule: "The daily average of Russian losses has stayed between 800 and 1,200": a losses noun that stays,
    # remains or hovers at a figure counts that side's soldiers (the side written on the noun); "…, while Ukraine
    # said Russia had lost more than 3,900 there": a bare number after a verb of losing, with soldiers lost counted
    # before it, counts soldiers too
    assert readings("The daily average of Russian losses has stayed between 800 and 1,200 since the spring.") == [
        (800.0, "troops", "Russia", "loss"), (1200.0, "troops", "Russia", "loss")]
    assert readings("In the autumn battle, Russia claimed to have killed 1,500 Ukrainian soldiers in a month, while "
                    "Ukraine said Russia had lost more than 3,900 there.") == [
        (1500.0, "troops", "Ukraine", "loss"), (3900.0, "troops", "Russia", "loss")]
    # must not change: a bare number after "lost" with no soldiers before it is no soldiers' count
    assert readings("Russia lost 20 tanks last week and Ukraine lost 3 in the same fight.") == []


def test_n_of_them_were_opening_a_sentence_is_a_part_of_the_soldiers_before():
    # rule: "… captured 12 Russian soldiers during the operation. Two of them were from a penal company": a bare number
    # opening its sentence with "of them were" is a part of the soldiers counted last in the sentence before
    assert readings("Ukrainian troops captured 12 Russian soldiers during the operation. Two of them were from a "
                    "penal company, the brigade said.") == [(12.0, "troops", "Russia", "loss"),
                                                             (2.0, "troops", "Russia", "loss")]
    # must not change: a part swapped in an exchange is freed, not a further loss; drones' parts are no soldiers
    assert readings("Ukrainian troops captured 20 Russian soldiers in May. Nine of them have already been swapped "
                    "in the last exchange.") == [(20.0, "troops", "Russia", "loss")]
    assert readings("Russia fired 40 drones. Two of them were Shaheds.") == [(40.0, "drones", "Russia", "count")]


def test_that_amounts_to_an_area_after_a_share_is_the_stock_held():
    # rule: "Russia occupies about 18% of Ukraine's territory. That amounts to roughly 110,000 square kilometres (42,500
    # square miles)": an area opening a sentence that restates the share before it is the stock that side holds
    text = ("Russia occupies about 18% of Ukraine's territory, according to DeepState. That amounts to roughly "
            "110,000 square kilometres (42,500 square miles).")
    assert readings(text) == [(18.0, "percent", "Russia", "share"), (110000.0, "km2", "Russia", "held"),
                              (42500.0, "sq mi", "Russia", "held")]
    # must not change: after a count of villages taken, "That is roughly 400 square kilometres" takes no share's side
    assert readings("Russian forces took 30 villages in May. That is roughly 400 square kilometres.")[0] == (
        30.0, "settlements", "Russia", "gain")
