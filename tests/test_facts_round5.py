"""Battlefield facts, fifth round: the side of an armed formation, nested attribution, and shapes of unseen copy.

Every sentence here is invented for the test; each test states the general rule it checks.
"""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str, published: str = "2025-06-01") -> pd.DataFrame:
    """The numeric rows of ``text`` that stay in the default comparison (no flag)."""
    table = facts.extract(corpus.from_text(text, published=published))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def readings(text: str, published: str = "2025-06-01") -> list[tuple]:
    return [(float(r.quantity), r.unit, r.actor, r.change) for r in numbers(text, published).itertuples()]


def test_a_named_formation_of_the_table_is_a_force_of_its_side():
    # data/armed_units.csv, kind "name": its pronoun and its fighters take the side
    assert readings("The 3rd Assault Brigade said its fighters advanced 2 kilometres near Kreminna.") == [
        (2.0, "km", "Ukraine", "gain")]
    assert readings("The Akhmat unit advanced three kilometres near Marinka.") == [(3.0, "km", "Russia", "gain")]


def test_a_numbered_formation_takes_its_side_from_its_type_or_from_a_side_written_once_beside_it():
    # kind "type": a Ukrainian mechanized brigade, a Russian motor rifle division
    assert readings("The 47th Mechanized Brigade lost 20 soldiers near Avdiivka.") == [
        (20.0, "troops", "Ukraine", "loss")]
    assert readings("Units of the 27th Motor Rifle Division captured 12 square kilometres near Kupiansk.") == [
        (12.0, "km2", "Russia", "gain")]
    # a type that names no side ("Marine"): the side in its apposition, kept for "the brigade" later
    assert readings("The 155th Marine Brigade, a Russian unit, has fought near Vuhledar for months.\n\n"
                    "The brigade advanced 2 km last week, a Russian channel said.") == [(2.0, "km", "Russia", "gain")]
    # no side anywhere: none invented
    assert readings("The 155th Marine Brigade advanced 2 km last week.") == [(2.0, "km", "", "gain")]


def test_the_side_after_of_in_a_subject_of_fighting_men_is_the_subjects():
    assert readings("Soldiers of the Russian army have advanced 1.5 kilometres.") == [(1.5, "km", "Russia", "gain")]
    assert readings("Fighters of Azov have advanced 1.5 kilometres.") == [(1.5, "km", "Ukraine", "gain")]
    # the noun as an object keeps the side after "of" an object
    assert readings("Ukrainian forces killed 40 soldiers of the Russian army near Bakhmut.") == [
        (40.0, "troops", "Russia", "loss")]


def test_we_in_a_quote_nobody_names_is_opposed_to_the_enemy_of_the_paragraph_before():
    text = ("The brigade said in a statement that its soldiers had destroyed 46 enemy drones over the week, the "
            "Ukrainian military said.\n\n"
            "\u201cWe lost 11 men in that time,\u201d said a company commander with the call sign Hrim.")
    assert (11.0, "troops", "Ukraine", "loss") in readings(text)


def speakers(text: str) -> list[tuple]:
    return [(float(r.quantity), r.actor, r.speaker) for r in numbers(text).itertuples()]


def test_a_figure_an_agency_relays_citing_a_source_is_the_sources():
    # devset conventions §5: the fact's source is the originator; its side resolves "the enemy" and interceptions
    assert speakers("The enemy lost 1,100 soldiers over the past day, Reuters reported, citing Ukraine's General "
                    "Staff.") == [(1100.0, "Russia", "Ukrainian General Staff")]
    assert speakers("Reuters, citing the Ukrainian General Staff, reported that the enemy lost 1,100 soldiers over "
                    "the past day.") == [(1100.0, "Russia", "Ukrainian General Staff")]
    assert speakers("Air defences shot down 30 drones overnight, Reuters reported, citing the Ukrainian air "
                    "force.") == [(30.0, "Ukraine", "Ukrainian Air Force")]
    # an agency carrying a named speaker's words is no speaker of them
    assert speakers("The enemy lost 400 soldiers, Budanov said, Reuters reported.") == [
        (400.0, "Russia", "Kyrylo Budanov")]
    # a cited source of no known side leaves the agency of a side speaking
    assert speakers("Air defence systems intercepted 41 drones, TASS reported, citing the Defence Ministry.") == [
        (41.0, "Russia", "TASS")]


def test_a_negated_advance_is_no_move_and_the_corrected_figure_after_but_only_is_the_move():
    assert readings("Contrary to reports, Russian troops never advanced 5 km toward Kupiansk.") == []
    assert readings("Ukrainian forces have not retreated a single kilometre.") == []
    assert readings("Russian forces did not advance 10 kilometres, as Moscow claimed, but only about 2 "
                    "kilometres.") == [(2.0, "km", "Russia", "gain")]
    # a negation inside an aside is not the verb's
    assert readings("The troops, who never retreated, advanced 4 km last week.") == [(4.0, "km", "", "gain")]


def test_a_speakers_hedge_before_a_figure_is_an_approximation_not_the_end_of_the_figure():
    assert readings("Ukraine's problem is manpower. It mobilizes maybe 25,000 to 30,000 men a month.") == [
        (25000.0, "troops", "Ukraine", "count"), (30000.0, "troops", "Ukraine", "count")]
    assert readings("Russian forces advanced perhaps 3 kilometres.") == [(3.0, "km", "Russia", "gain")]


def test_a_bare_number_with_a_participle_of_interception_counts_the_drones_before_it():
    assert readings("The air force says Russia launched 147 drones, and that 97 were shot down, with another 40 "
                    "lost to electronic jamming.") == [
        (147.0, "drones", "Russia", "count"), (97.0, "drones", "Ukraine", "count"),
        (40.0, "drones", "Ukraine", "count")]
    assert readings("Russia launched 60 drones, with 45 shot down over the Sumy region and another 10 lost to "
                    "jamming.") == [(60.0, "drones", "Russia", "count"), (45.0, "drones", "Ukraine", "count"),
                                    (10.0, "drones", "Ukraine", "count")]


def test_and_a_half_adds_a_half_to_a_number_in_words_or_after_its_unit():
    assert readings("Russian forces advanced one and a half kilometres.") == [(1.5, "km", "Russia", "gain")]
    assert readings("Russian troops advanced two and a half kilometres.") == [(2.5, "km", "Russia", "gain")]
    # inside a quote too: a kilometre and a half is a distance, no rhetorical "a kilometre"
    assert readings('A blogger wrote that Russian forces were "a kilometre and a half" from the centre of '
                    'Kostiantynivka.') == [(1.5, "km", "Russia", "distance")]


def test_a_length_after_a_place_and_its_kind_in_apposition_is_where_the_place_lies():
    assert readings("Last week it claimed the capture of Shevchenko, a village about 5 miles south of Pokrovsk.") == []
    assert readings("Russian forces have pushed toward Kostiantynivka, a city of 67,000 people about 20 km from "
                    "Kramatorsk.") == []
    # forces placed from a town keep their distance
    assert readings("Russian forces are now 5 km south of Pokrovsk, a town that is key for logistics.") == [
        (5.0, "km", "Russia", "distance")]


def test_suspects_held_and_places_named_again_are_no_battle_counts():
    assert readings("Russia's FSB said it had detained two men suspected of planning sabotage attacks.") == []
    assert readings("Russia has massed about 100,000 troops for a push on the two cities.") == [
        (100000.0, "troops", "Russia", "count")]
    # a number of places with a change of its own stays
    assert readings("Russia took the two villages last week.") == [(2.0, "settlements", "Russia", "gain")]


def test_an_area_restated_in_other_units_after_a_comma_is_the_same_figure_converted():
    table = numbers("Ukraine lost 1,100 square kilometres, roughly 425 square miles, in the north.")
    assert [(r.unit, r.actor, r.change) for r in table.itertuples()] == [
        ("km2", "Ukraine", "loss"), ("sq mi", "Ukraine", "loss")]
    assert table.loc[1, "conversion_of"] == table.loc[0, "fact_id"]
    # a figure of its own in other units is no conversion
    table = numbers("Russian forces took 450 square kilometres in June, up from 200 square miles in May.")
    assert table["conversion_of"].tolist() == ["", ""]


def test_gains_no_side_names_are_those_of_the_last_gain_just_before():
    assert readings("Russia's defense ministry says its troops have taken 17 villages since the start of March. "
                    "Independent analysts say the real gains are smaller - maybe 160 square miles over the past "
                    "month.") == [(17.0, "settlements", "Russia", "gain"), (160.0, "sq mi", "Russia", "gain")]


def test_a_list_of_losses_by_formation_with_the_same_preposition_keeps_its_unit_far_apart():
    assert readings("The Ukrainian army lost up to 1,520 servicemen in the zone of responsibility of the Center "
                    "group over the week, up to 1,195 in the area of the West group and up to 960 in the area of "
                    "the South group.") == [(1520.0, "troops", "Ukraine", "loss"), (1195.0, "troops", "Ukraine", "loss"),
                                            (960.0, "troops", "Ukraine", "loss")]


def test_a_bare_wounded_figure_after_a_sides_killed_counts_the_same_soldiers():
    assert readings("He said Russia had lost about 250,000 killed and 600,000 wounded.") == [
        (250000.0, "troops", "Russia", "loss"), (600000.0, "troops", "Russia", "loss")]
    # people a strike killed stay civilians
    assert readings("A strike killed 12 people and 40 wounded were taken to hospital.") == []


def test_of_whom_exchanges_and_group_sizes():
    assert readings("Ukraine has about 880,000 people under arms, of whom some 200,000 are deployed along the front "
                    "line.") == [(880000.0, "troops", "Ukraine", "count"), (200000.0, "troops", "Ukraine", "count")]
    # soldiers handed back in an exchange are no count of the war's course (flagged exchange)
    assert readings("The ministry said that 146 Russian servicemen had been returned from Ukrainian captivity as "
                    "part of an exchange.") == []
    # the size of each infiltration group is no count of troops
    assert readings("Now it's infiltration: groups of two or three infantrymen who try to slip through.") == []


def test_the_noun_of_a_change_of_ground_and_an_advance_through_lines():
    assert readings("The Ukrainian side has acknowledged the loss of about 3,500 square kilometers.") == [
        (3500.0, "km2", "Ukraine", "loss")]
    assert readings("Russia's ministry announced the capture of 12 square kilometres near Kupiansk.") == [
        (12.0, "km2", "Russia", "gain")]
    assert readings("In August the Russians pushed through 12 kilometres near Dobropillia.") == [
        (12.0, "km", "Russia", "gain")]


def test_an_area_restating_a_share_of_the_whole_country_is_a_stock():
    assert readings("Russia controls just under a fifth of Ukraine's territory, about 113,000 square kilometres "
                    "(43,600 square miles), including Crimea.")[1:] == [
        (113000.0, "km2", "Russia", "held"), (43600.0, "sq mi", "Russia", "held")]
    # control of an area in a region after an advance stays a gain
    assert readings("Russia now controls 1,294 square kilometres in the Kharkiv region.") == [
        (1294.0, "km2", "Russia", "gain")]


def test_deaths_counted_after_soldiers_losses_are_those_soldiers_unless_civilians_are_in_view():
    assert readings("We have confirmed by name the deaths of 127,400 Russian soldiers. Bashkortostan leads in "
                    "absolute terms with 5,910 confirmed deaths.") == [
        (127400.0, "troops", "Russia", "loss"), (5910.0, "troops", "Russia", "loss")]
    assert readings("We have confirmed by name the deaths of 127,400 Russian soldiers. Recruits from penal colonies "
                    "account for 17,800 of the confirmed dead.")[1:] == [(17800.0, "troops", "Russia", "loss")]
    # a strike's dead stay civilians
    assert readings("Russian troops lost 300 soldiers near Bakhmut. A strike on the city left 12 dead.") == [
        (300.0, "troops", "Russia", "loss")]


def test_another_loss_figure_is_the_same_sides():
    assert readings("Last week Ukrainian troops killed 212 of the occupiers, and another 60 were wounded.") == [
        (212.0, "troops", "Russia", "loss"), (60.0, "troops", "Russia", "loss")]


def test_we_after_a_transcripts_speaker_label_is_the_side_the_text_introduced_the_speaker_with():
    text = ("HOST: What does that look like on the ground?\n\n"
            "REPORTER: I spent two days with a drone unit of the 68th Jaeger Brigade. Here's the unit's commander, "
            "who goes by the call sign Rys.\n\n"
            "RYS: (Through interpreter) Yesterday they tried 14 times. In March, in our sector only, we killed about "
            "600 of their men.")
    assert readings(text) == [(600.0, "troops", "Russia", "loss")]
    # a role's label ("SENIOR DEFENSE OFFICIAL:") has no side of its own
    assert readings("Russian forces are pressing on Kyiv.\n\nSENIOR DEFENSE OFFICIAL: We assess that they are about "
                    "15 kilometers from the city.") == [(15.0, "km", "Russia", "distance")]


def test_another_sources_estimate_of_the_same_count_is_read_as_that_count():
    assert readings("The UK put total Russian casualties at around 1,000,000 killed and wounded by June, while the "
                    "Pentagon's estimate in the spring was \"more than 700,000\".") == [
        (1000000.0, "troops", "Russia", "loss"), (700000.0, "troops", "Russia", "loss")]
    assert readings("Russia captured 4,000 square kilometres last year. Kyiv's own estimate is 3,000.") == [
        (4000.0, "km2", "Russia", "gain"), (3000.0, "km2", "Russia", "gain")]


def test_a_distance_answering_a_question_about_one_sides_forces_is_that_sides():
    assert readings("PRICE: How far are Russian forces now from Kramatorsk?\n\nORTON: The closest positions are about "
                    "18 kilometers from the city's edge, according to the Ukrainian military.") == [
        (18.0, "km", "Russia", "distance")]
    assert readings("Q: How far are Russian forces from Kramatorsk?\n\nA: About 18 kilometres from the outskirts.") == [
        (18.0, "km", "Russia", "distance")]


def test_a_body_of_troops_put_at_a_number_is_a_count_of_troops():
    assert readings("Putin said Russia had 700,000 soldiers fighting in Ukraine, while Kyiv puts its own forces at "
                    "around 880,000.") == [(700000.0, "troops", "Russia", "count"), (880000.0, "troops", "Ukraine", "count")]
    assert readings("Analysts estimate the Russian grouping near Pokrovsk at 110,000.") == [
        (110000.0, "troops", "Russia", "count")]


def test_a_bare_number_after_its_own_verb_of_taking_has_that_verbs_direction():
    assert readings("The Ukrainian army lost 35 square kilometres, while Russian forces gained 120.") == [
        (35.0, "km2", "Ukraine", "loss"), (120.0, "km2", "Russia", "gain")]


def test_officers_of_every_rank_are_troops():
    assert readings("Ukraine's drones killed 12 Russian commanders near Bakhmut.") == [
        (12.0, "troops", "Russia", "loss")]


def test_people_counted_as_a_reports_sources_are_no_count():
    assert readings("Two soldiers said the front was stable.") == []
    assert readings("Two officers, who asked not to be named, told Reuters the front was stable.") == []
    assert readings("Reuters spoke to five soldiers near Pokrovsk.") == []
    # losses a source reports stay
    assert readings("Two soldiers were killed and three wounded, the brigade said.") == [
        (2.0, "troops", "", "loss"), (3.0, "troops", "", "loss")]


def test_a_phrase_gap_holds_a_possessive_noun_phrase_of_four_words():
    assert readings("Kyiv's troops had successfully pushed the Russian army's forces out of seven settlements.") == [
        (7.0, "settlements", "Ukraine", "gain")]
