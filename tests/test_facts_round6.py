"""Battlefield facts, sixth round: vocabulary families found missing by blind batch B29-B33 and structural cues.

Every sentence here is invented for the test; each test states the general rule it checks.
"""

from __future__ import annotations

from _facts_readings import numbers, readings
from saidvsdone import corpus, facts


def test_ground_cleared_is_gained_only_when_the_figure_is_the_object():
    # rule: "cleared" (every form) with the area or the settlements as its object is a gain; "cleared mines from …"
    # is not, and "cleared X from" keeps its forces-slot rule
    assert readings("Ukraine's 3rd Assault Brigade said it had cleared 14 square kilometres and two villages.") == [
        (14.0, "km2", "Ukraine", "gain"), (2.0, "settlements", "Ukraine", "gain")]
    assert readings("Russian forces have fully cleared 12 settlements in the Kursk region.") == [
        (12.0, "settlements", "Russia", "gain")]
    assert readings("Units advanced and cleared an area of about 16 square kilometres near Vovchansk.")[0][3] == "gain"
    assert [r[3] for r in readings("Ukrainian sappers have cleared mines from 500 square kilometres of fields.")] == [""]


def test_a_bridgehead_made_larger_is_a_gain():
    # rule: expanded / widened / enlarged (every form) with a territory word: the ground added is gained
    assert readings("Russian troops expanded their foothold across the river by 9 square kilometres.") == [
        (9.0, "km2", "Russia", "gain")]
    assert readings("Ukraine widened its bridgehead to about 40 square kilometres.") == [(40.0, "km2", "Ukraine", "gain")]
    assert readings("The army extended the front line by 200 kilometres.") == []      # a front line's length


def test_ground_held_on_to_is_a_remainder():
    # rule: held on / clung (on) to / hung on to / retaining / keeping: what is left of a holding, held
    for text in ("The Ukrainians clung on to about 90 square kilometres of the Kursk region.",
                 "By March the Ukrainians held on to a sliver of the Kursk region, about 90 square kilometres.",
                 "The Ukrainians were hanging on to about 90 square kilometres of the Kursk region."):
        assert readings(text) == [(90.0, "km2", "Ukraine", "held")], text


def test_an_agentless_gain_takes_the_side_of_the_advance_in_the_sentence_before():
    # rule: a passive gain with no agent and no side in its sentence, after a sentence whose advance names its side
    # (with no figure of its own), is that side's
    assert readings("Ukrainian marines advanced on the left bank. About 5 square kilometres were captured, "
                    "the navy said.") == [(5.0, "km2", "Ukraine", "gain")]
    assert readings("Russian troops advanced near the river. Three villages were taken in a week, "
                    "analysts said.") == [(3.0, "settlements", "Russia", "gain")]


def test_every_form_of_a_killing_verb_makes_a_count_of_soldiers_a_loss():
    # rule: kill(s), eliminate(s), liquidate(s), neutralise(s), destroy(s), wipe(s) out, annihilate, and the phrasal
    # "take(s)/took/taken/taking out" before the number: casualties, the loss of the side of the soldiers
    for text in ("Ukrainian snipers took out 12 Russian soldiers near Toretsk.",
                 "The border guards said their drone crews had taken out 12 Russian infantrymen.",
                 "The army said its drones kill about 12 Russian soldiers a day."):
        assert readings(text) == [(12.0, "troops", "Russia", "loss")], text
    assert readings("Russia has sent 400 soldiers to take out the Ukrainian positions.") == [
        (400.0, "troops", "Russia", "count")]


def test_two_model_names_joined_by_and_or_or_before_the_weapon_word():
    # rule: "N <Model> and/or <Model> drones|missiles": both names are models, the word after them is the unit
    assert readings("Since January, Russia has launched more than 30,000 Gerbera and Shahed drones.") == [
        (30000.0, "drones", "Russia", "count")]
    assert readings("Russia fired 12 Zircon or Oniks missiles at Odesa.") == [(12.0, "missiles", "Russia", "count")]


def test_every_phrasal_verb_of_shooting_down_reads_an_interception():
    # rule: brought/taken/knocked down and took/taken out (every form) read like "shot down": active, passive,
    # a bare number after the verb, and "N of them"
    assert readings("Mobile fire groups took down 12 Russian drones over the Odesa region.") == [
        (12.0, "drones", "Ukraine", "count")]
    assert readings("Russia launched 50 drones overnight; 41 were brought down by air defences, the air force said.") == [
        (50.0, "drones", "Russia", "count"), (41.0, "drones", "Ukraine", "count")]
    assert readings("Russia sent 60 attack drones overnight. The air force said mobile fire groups took down 30 of them.") == [
        (60.0, "drones", "Russia", "count"), (30.0, "drones", "Ukraine", "count")]


def test_the_shooter_is_not_the_side_of_soldiers_an_earlier_verb_counted():
    # rule: "its units had killed 1,020 Russian soldiers, and that air defences had downed 45 drones": the demonym
    # describes what the first verb counted; the interceptor is the reporting subject's side (sides.doer_of)
    assert readings("Ukraine's General Staff said its units had destroyed 1,020 Russian soldiers over the past day, "
                    "and that air defences had downed 45 drones.") == [
        (1020.0, "troops", "Russia", "loss"), (45.0, "drones", "Ukraine", "count")]
    assert readings("Ukraine's southern command did not confirm the losses. It said its own troops had killed 28 Russian "
                    "soldiers, and that air defences had brought down 19 drones over the region overnight.") == [
        (28.0, "troops", "Russia", "loss"), (19.0, "drones", "Ukraine", "count")]


def test_a_list_that_counts_equipment_beside_people_is_the_reporters_tally_of_enemy_losses():
    # rule: a heading ending in a colon with no loss word, whose lines count equipment ("- tanks: 4") beside people and
    # weapons: the people are the other side's losses, the drones and missiles shot down by the side the heading names
    text = ("Ukraine's General Staff published its daily tally on Monday:\n- personnel: about 1,030\n- tanks: 4\n"
            "- artillery systems: 31\n- drones: 412")
    assert readings(text) == [(1030.0, "troops", "Russia", "loss"), (412.0, "drones", "Ukraine", "count")]
    text = "The Russian Defence Ministry said its forces had destroyed over the week:\n- tanks: 12\n- personnel: 2,100\n- drones: 340"
    assert readings(text) == [(2100.0, "troops", "Ukraine", "loss"), (340.0, "drones", "Russia", "count")]
    # no equipment line: not a loss tally
    assert readings("Ukraine's army in figures:\n- personnel: 880,000\n- reservists: 300,000")[0][3] != "loss"


def test_a_partial_quote_on_the_first_verb_does_not_make_the_counted_demonym_a_subject():
    # rule: 'had "destroyed" 28 Russian soldiers, and that air defences had brought down 19 drones': the closing mark
    # after the verb still leaves "Russian" the object the verb counted, not the interceptor
    assert readings("Ukraine's southern command did not confirm the losses. It said its own troops had \"destroyed\" 28 "
                    "Russian soldiers and repelled 14 assaults, and that air defences had brought down 19 drones "
                    "over the region overnight.") == [(28.0, "troops", "Russia", "loss"), (19.0, "drones", "Ukraine", "count")]


def test_an_exchange_of_a_number_of_prisoners_is_no_loss():
    # rule: "exchange/swap of N …" flags the figure exchange (no loss); "an exchange of prisoners" with no number
    # after "of" does not flag a capture in the same clause
    assert readings("The exchange of 1,000 for 1,000 prisoners was agreed in Istanbul.") == []
    assert readings("A swap of 390 prisoners each took place on Friday.") == []
    assert readings("Ukraine proposed an exchange of prisoners after its forces captured 48 Russian soldiers.") == [
        (48.0, "troops", "Russia", "loss")]


def test_others_after_a_bare_number_counts_what_the_figure_before_counted():
    # rule: "N others" reads like "N more": the bare number takes the unit and reading of the figure before it
    assert readings("Russia attacked with 142 drones overnight. Air defence units downed 118 drones, while 17 others "
                    "were lost to electronic warfare.") == [
        (142.0, "drones", "Russia", "count"), (118.0, "drones", "Ukraine", "count"), (17.0, "drones", "Ukraine", "count")]
    assert readings("Ukraine said 40 Russian soldiers were killed and 25 others were wounded.") == [
        (40.0, "troops", "Russia", "loss"), (25.0, "troops", "Russia", "loss")]


def test_a_number_opening_its_sentence_before_a_passive_of_interception_counts_the_weapons_before():
    # rule: "Russia launched 50 drones overnight. 41 were shot down.": the bare number opening the sentence counts the
    # weapons of the sentence before, shot down by the other side; not people, not ground
    assert readings("Russia launched 50 drones overnight. 41 were shot down, the air force said.") == [
        (50.0, "drones", "Russia", "count"), (41.0, "drones", "Ukraine", "count")]
    assert readings("Russian troops captured 3 villages. 12 were shot down.") == [(3.0, "settlements", "Russia", "gain")]


def test_every_spelling_of_square_units_and_of_unnamed_air_targets():
    # rule (data/units.csv): sqkm, square-kilometres, kilometres squared, sq.mi, miles squared; aerial/air/airborne
    # objects and targets are air targets
    for text, unit in (("Russian forces took 120 sqkm in May.", "km2"),
                       ("Russian forces took 120 square-kilometres in May.", "km2"),
                       ("Russian forces took 120 kilometres squared in May.", "km2"),
                       ("Russian forces took 120 sq.mi in May.", "sq mi")):
        assert readings(text) == [(120.0, unit, "Russia", "gain")], text
    for text in ("Ukrainian air defences destroyed 40 aerial objects overnight.",
                 "Ukrainian air defences destroyed 40 airborne targets overnight."):
        assert readings(text) == [(40.0, "air targets", "Ukraine", "count")], text


def test_a_named_formation_between_the_number_and_the_soldiers_gives_their_side():
    # rule: a formation of data/armed_units.csv or countries.csv between the number and its unit ("300 Azov fighters",
    # "300 Wagner fighters") is whose soldiers they are, before any subject or speaker
    assert readings("Russia said 300 Azov fighters were killed.") == [(300.0, "troops", "Ukraine", "loss")]
    assert readings("Ukraine said 300 Wagner fighters were killed.") == [(300.0, "troops", "Russia", "loss")]


def test_whole_families_of_verbs_of_taking_and_yielding_ground():
    # rule (data/direction_verbs.csv): wrest, snatch, sweep through, win, reconquer, re-take, reoccupy, recoup, mop up,
    # edge forward, push deeper (every form) gain ground; yield and concede lose it; a territory word must follow
    for verb in ("wrested", "snatched", "swept through", "won", "reconquered", "re-took", "reoccupied", "mopped up"):
        assert readings(f"Russian forces {verb} 120 square kilometres in May.") == [(120.0, "km2", "Russia", "gain")], verb
    for verb in ("yielded", "conceded"):
        assert readings(f"Russian forces {verb} 120 square kilometres in May.") == [(120.0, "km2", "Russia", "loss")], verb
    assert readings("Zelensky won 73 percent of the vote in 2019.") == []


def test_soldiers_who_gave_themselves_up_or_were_put_out_of_action_are_a_loss():
    # rule: gave themselves up / handed (turned) themselves over (in) / capitulated: prisoners; "put out of action":
    # casualties; both the loss of the soldiers' side
    for text in ("Ukraine said 40 Russian soldiers gave themselves up near Kursk.",
                 "Ukraine said 40 Russian soldiers handed themselves over near Kursk.",
                 "Ukraine said 40 Russian soldiers capitulated near Kursk.",
                 "Ukraine says 40 occupiers were put out of action in a day."):
        assert readings(text) == [(40.0, "troops", "Russia", "loss")], text


def test_a_side_and_a_casualty_noun_after_the_number_are_that_sides_soldiers():
    # rule: "40 Russian dead", "300 Ukrainian wounded": the side's soldiers lost; not after a strike, whose dead are
    # victims
    assert readings("Ukraine reported 40 Russian dead near Kursk.") == [(40.0, "troops", "Russia", "loss")]
    assert readings("The strike on Kharkiv left 12 Ukrainian dead, the governor said.") == []


def test_a_noun_of_advance_right_after_its_depth_makes_the_depth_a_gain():
    # rule: "a 5-kilometre push", "a 10-km deep thrust", "breakthrough", "penetration", "incursion": the depth of an
    # advance; not "drive" (a road)
    assert readings("Russian forces made a 5-kilometre push near Pokrovsk.") == [(5.0, "km", "Russia", "gain")]
    assert readings("Ukraine made a 10-km deep thrust into the Kursk region.") == [(10.0, "km", "Ukraine", "gain")]


def test_losses_counted_after_a_number_are_soldiers_unless_an_equipment_word_comes_before():
    # rule (data/units.csv): "N losses" / "personnel losses" / "irrecoverable losses" / "combat losses" count soldiers;
    # "N tank losses" (an equipment word between) counts no soldiers
    assert readings("Since the beginning of the war, Russia has suffered more than 648,000 losses.") == [
        (648000.0, "troops", "Russia", "loss")]
    assert readings("Russia has suffered 3,000 tank losses since 2022.") == []


def test_knocked_out_is_an_interception():
    # rule: knocked/knock/knocks/knocking out reads like "shot down" (with "N of the UAVs" and a bare number)
    assert readings("Russia had launched 23 drones overnight, and air defences had knocked out 13 of the drones.") == [
        (23.0, "drones", "Russia", "count"), (13.0, "drones", "Ukraine", "count")]
    assert readings("Russia launched 40 drones. Air defences knocked out 30.") == [
        (40.0, "drones", "Russia", "count"), (30.0, "drones", "Ukraine", "count")]


def test_a_depth_no_side_names_takes_the_side_of_the_last_gain_before():
    # rule: a gained depth whose sentence names no side, after a sentence with a side's gain (the same speaker
    # unknown to the tables), is that side's
    text = ("Deputy Defence Minister Milena Bilokon said Ukrainian forces had recaptured 7 square kilometres in the south. "
            "In the east, she said, troops had moved forward another 2 km.")
    assert readings(text) == [(7.0, "km2", "Ukraine", "gain"), (2.0, "km", "Ukraine", "gain")]


def test_a_pace_after_an_advance_named_earlier_is_a_gained_depth():
    # rule: "at a rate/pace/speed of N km" after a gain word earlier in the sentence ("the advance of Russian troops …
    # continued at a rate of 3-4 km per day"): the depth of that advance, the side of its of-phrase, whoever speaks
    assert readings("Earlier, the chief of the general staff, Arsen Dorokhin, said that the advance of Russian troops in "
                    "the Zelenopil direction continued at a rate of 3-4 km per day.") == [
        (3.0, "km", "Russia", "gain"), (4.0, "km", "Russia", "gain")]
    assert readings("The advance of Russian troops continued at a rate of 4 km per day.") == [(4.0, "km", "Russia", "gain")]


def test_a_capital_that_seats_a_military_source_is_not_where_the_people_were_lost():
    # rule: "the General Staff in Kyiv", "the defence ministry in Moscow" (in an "according to" phrase or before its
    # speech verb) say where the source sits: an army counting people lost counts the other side's; a civilian body
    # or officials in a capital counting people killed keep the capital's side
    assert readings("Russian losses climbed again. According to the General Staff in Kyiv, the average daily "
                    "casualty rate was 1,150 people per day.")[-1][2:] == ("Russia", "loss")
    assert readings("The army command in Kyiv reported on Monday that 1,020 people were lost by the enemy.")[-1][2:] == \
        ("Russia", "loss")
    assert readings("The defence ministry in Moscow said about 1,400 people had been put out of action in a day.")[
        -1][2:] == ("Ukraine", "loss")
    for text in ("Russia launched 40 drones at Ukraine overnight. According to the health ministry in Kyiv, 12 people "
                 "were killed.", "Russian drones struck the city of Dnipro. Officials in Kyiv said 14 people were killed."):
        table = facts.extract(corpus.from_text(text, published="2026-03-10"))
        assert list(table[table["unit"] == "people"]["actor"]) == ["Ukraine"]
