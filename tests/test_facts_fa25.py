"""Battlefield facts, round 17 (fa25, issue 14): the families heldout7's facts showed once it was studied (a person of
no known side whose "men" advance, weapons destroyed after a side's losses with no agent, a unit word inside a longer
word, "the village of X and two more", soldiers from a town killed).

Every sentence here is invented for the test (none borrows heldout7's wording), in two or three house styles (wire,
broadsheet, live blog, regional paper); each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_his_men_take_the_one_side_whose_forces_the_passage_names():
    # rule: "his men" / "her company" of a person whose side no table knows: the one side whose forces (a side's name
    # with a force noun) stand as subjects in the paragraph and the one before it
    # wire
    assert readings("Ukrainian forces pressed on near Izium on Monday. A brigade commander, Colonel Petro Rudenko, "
                    "said his men had advanced about 20 kilometres and taken 9 villages.") == [
        (20.0, "km", "Ukraine", "gain"), (9.0, "settlements", "Ukraine", "gain")]
    # broadsheet, two paragraphs
    assert readings("Russian troops have ground forward along the railway line for a month.\n\n"
                    "Major Denis Orlov, who commands a motor rifle battalion there, told state television that his "
                    "soldiers had taken five villages since May.") == [(5.0, "settlements", "Russia", "gain")]
    # live blog
    assert readings("10.42 Ukrainian units are pushing east of the river.\n\n10.55 A company commander, Captain "
                    "Ihor Sydorenko, says her company has moved forward 3 km overnight.")[0][1:] == (
        "km", "Ukraine", "gain")
    # must not change: both sides' forces named as subjects in the passage: no guess
    assert readings("Russian troops attacked the village at dawn and Ukrainian forces counter-attacked. Colonel "
                    "Ivan Hrytsak said his men had advanced 2 kilometres.") == [(2.0, "km", "", "gain")]
    # must not change: a person the tables know keeps his own side
    assert readings("Russian forces shelled Kupiansk again. Oleksandr Syrskyi said his troops had retaken three "
                    "villages.") == [(3.0, "settlements", "Ukraine", "gain")]


def test_weapons_destroyed_after_a_sides_losses_are_that_sides():
    # rule: weapons destroyed with no agent (a list's participle, with or without its auxiliary) after a side's losses
    # of soldiers in the same sentence are that side's, shot down by the other side
    assert readings("Russia lost 900 soldiers over the past day; 40 drones destroyed") == [
        (900.0, "troops", "Russia", "loss"), (40.0, "drones", "Ukraine", "count")]
    assert readings("The Russian army lost 1,250 troops on Tuesday, while four cruise missiles and 150 drones "
                    "were destroyed, Kyiv said.")[1:] == [
        (4.0, "missiles", "Ukraine", "count"), (150.0, "drones", "Ukraine", "count")]
    # must not change: an active verb with its object ("… destroyed a depot"), a launch
    assert readings("Russia launched 60 drones overnight; 45 drones destroyed.")[0] == (60.0, "drones", "Russia", "count")
    assert readings("Ukrainian forces lost 200 soldiers, and 12 Russian drones were shot down by air "
                    "defences.")[1] == (12.0, "drones", "Ukraine", "count")


def test_a_unit_word_opens_a_word():
    # rule: a unit word is read only where a word opens: "marines" is no unit inside "submarines"
    assert readings("Losses of the enemy since 24.02.22: submarines – 1 (+0); personnel – about 640,000 "
                    "(+1,020);") == [(640000.0, "troops", "Russia", "loss"), (1020.0, "troops", "Russia", "loss")]
    # must not change: marines counted, a unit glued to its number
    assert readings("The navy lost two submarines and 300 marines near the coast.") == [
        (300.0, "troops", "", "loss")]
    assert readings("Russian troops advanced 4km near Vuhledar.") == [(4.0, "km", "Russia", "gain")]


def test_the_village_of_x_and_two_more_counts_settlements():
    # rule: a bare number followed by "more" / "others", coordinated with a place named after its kind ("the village
    # of X and two more"), under a verb of taking, counts more settlements taken by the verb's subject
    assert readings("Russia's defence ministry said its forces had captured the village of Krasne in the Donetsk "
                    "region and three more near Kurakhove.") == [(3.0, "settlements", "Russia", "gain")]
    assert readings("Ukraine's army retook the town of Vovchansk and two others north of Kharkiv, officials "
                    "said.") == [(2.0, "settlements", "Ukraine", "gain")]
    # must not change: no verb of taking governs both, or "more" counts times
    assert readings("The governor said the village of Hlyboke had been evacuated and two more would follow.") == []
    assert readings("Russian troops shelled the town of Kupiansk and two more times hit Izium.") == []


def test_soldiers_from_a_town_killed_are_its_sides():
    # rule: soldiers counted "from <town>" and killed are that town's side's dead, whoever struck them
    assert readings("A Russian missile hit the barracks. He was one of 14 soldiers from Kramatorsk killed since "
                    "2022, the city council said.") == [(14.0, "troops", "Ukraine", "loss")]
    assert readings("Ten soldiers from Bryansk who have died in Ukraine were buried on Friday, the regional "
                    "governor said.")[0][1:] == ("troops", "Russia", "loss")
    # must not change: troops withdrawn from a town are no dead
    assert readings("Ukraine withdrew 300 soldiers from Kherson.") == [(300.0, "troops", "Ukraine", "count")]


def test_a_named_persons_unit_takes_the_side_the_article_gave_that_person():
    # rule: "Zuyev's platoon … with 30 men": the men of a person's unit (a possessive before a force noun of use
    # ``owned``) are of the side the article gave the person where it named them: a demonym before the same title in
    # lower case ("a Russian corporal" … "Corporal A B"), or an apposition ("A B, a Ukrainian marine,")
    # court report
    assert readings("A Russian corporal accused of looting told a court in Kharkiv on Tuesday that he had obeyed "
                    "orders.\n\nCorporal Pavel Zuyev, 29, from Omsk, denies the charges.\n\nThe prosecutor told the "
                    "court that Zuyev's platoon had entered the village with 30 men and had lost 12 of them within "
                    "days.") == [(30.0, "troops", "Russia", "loss"), (12.0, "troops", "Russia", "loss")]
    # regional paper, an apposition
    assert readings("Private Oleh Marchuk, a Ukrainian marine, was captured in May. Marchuk's company had lost 40 "
                    "men near Krynky, his mother said.") == [(40.0, "troops", "Ukraine", "loss")]
    # must not change: a side's forces in the possessive are no person's ("a spokesman for Ukraine's troops said Russia
    # had lost …": the losses are Russia's)
    assert readings("Petro Hnatenko, a spokesman for Ukraine's troops in the south, said on Friday that Russia had "
                    "lost more than 300 soldiers near Robotyne.") == [(300.0, "troops", "Russia", "loss")]
    # must not change: a person the article gives no side leaves the reading as it was (the sentence's own cues)
    assert readings("Russian troops attacked near Kupiansk. Zuyev's platoon lost 12 Ukrainian soldiers, the "
                    "army said.") == [(12.0, "troops", "Ukraine", "loss")]


def test_places_in_a_state_are_no_ground_held():
    # rule: a count of settlements or area followed by "remain" / "are" / "lie" and a state of the places (cue
    # ``place_condition``: under water, without power, in ruins) is no fact of ground held or taken
    assert readings("The daily reports that 17 villages remain under water after the dam burst.") == []
    assert readings("Officials said 40 towns in the Kherson region are still without power.") == []
    # must not change: places that remain under a side's control, a stock held
    assert readings("Only 3 villages remain under Ukrainian control in the district.") == [
        (3.0, "settlements", "Ukraine", "held")]
    assert readings("Russian forces still hold 12 villages on the east bank, the general staff said.") == [
        (12.0, "settlements", "Russia", "held")]


def test_soldiers_killed_after_a_sides_weapon_struck_are_the_other_sides():
    # rule: soldiers killed with no side of their own, when the side the context gives is the adjective of a weapon or
    # an attack in the sentence before (cues ``attack_context``, ``attack_weapon``), are the other side's dead
    # obituary (a town the gazetteer does not know)
    assert readings("A Russian glide bomb hit the house. He was one of 14 soldiers from Sambir killed since the "
                    "full-scale invasion, the town council said.") == [(14.0, "troops", "Ukraine", "loss")]
    # wire
    assert readings("Ukrainian artillery pounded the trenches on Monday. Twelve soldiers were killed, a military "
                    "blogger said.") == [(12.0, "troops", "Russia", "loss")]
    # must not change: a side's troops (no weapon) before, the same sentence's strike
    assert readings("Russian troops stormed the village on Monday. Twelve soldiers were killed, the governor "
                    "said.") == [(12.0, "troops", "Russia", "loss")]
    assert readings("A Russian missile hit a training ground near Dnipro, killing 12 soldiers.") == [
        (12.0, "troops", "Ukraine", "loss")]
