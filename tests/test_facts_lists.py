"""Battlefield facts: the mechanisms the stress cases (tests/gold/stress) found missing.

Every sentence here is invented for the test; each test states the general rule it checks.
"""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str) -> pd.DataFrame:
    """The numeric rows of ``text`` that stay in the default comparison (no flag)."""
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def readings(text: str) -> list[tuple]:
    return [(float(r.quantity), r.unit, r.actor, r.change) for r in numbers(text).itertuples()]


def test_casualty_figures_listed_together_share_the_side_named_on_the_last():
    # a bare casualty figure before "and" + a figure whose side is written: one side's losses
    assert readings("Kyiv said its troops had killed 600 and wounded 800 Russian soldiers.") == [
        (600.0, "troops", "Russia", "loss"), (800.0, "troops", "Russia", "loss")]
    assert readings("The fighting left 40 dead and 90 wounded among the Ukrainian units.") == [
        (40.0, "troops", "Ukraine", "loss"), (90.0, "troops", "Ukraine", "loss")]
    # a side named between them keeps each figure's own side
    assert readings("Russia lost 300 soldiers and Ukraine lost 200 soldiers.") == [
        (300.0, "troops", "Russia", "loss"), (200.0, "troops", "Ukraine", "loss")]


def test_a_further_n_that_surrendered_counts_the_same_troops():
    assert readings("Russian forces captured 15 Ukrainian soldiers; a further six surrendered.") == [
        (15.0, "troops", "Ukraine", "loss"), (6.0, "troops", "Ukraine", "loss")]


def test_the_enemy_inside_a_quote_is_the_other_side_of_a_speaker_whose_label_names_a_side():
    assert readings("“We destroyed 70 enemy fighters near Kurakhove,” a Ukrainian officer said.") == [
        (70.0, "troops", "Russia", "loss")]
    assert readings("“Our men killed 25 enemy soldiers,” the Russian commander said.") == [
        (25.0, "troops", "Ukraine", "loss")]


def test_shot_down_of_missiles_launched_by_a_side_is_the_other_sides_count():
    assert readings("Air defence units downed 11 of the 14 missiles launched by Russia.") == [
        (11.0, "missiles", "Ukraine", "count"), (14.0, "missiles", "Russia", "count")]


def test_area_and_settlements_before_a_passive_verb_take_its_direction_and_agent():
    assert readings("Altogether, 900 km² and 31 villages have been recaptured by the Ukrainian army.") == [
        (900.0, "km2", "Ukraine", "gain"), (31.0, "settlements", "Ukraine", "gain")]


def test_a_length_pushed_into_a_region_is_the_depth_of_an_advance():
    assert readings("Russian troops pushed 6 km into the Sumy region.") == [(6.0, "km", "Russia", "gain")]


def test_an_advance_in_metres_is_a_fact():
    assert readings("Ukrainian units advanced 700 metres near Robotyne.") == [(700.0, "m", "Ukraine", "gain")]


def test_where_a_town_lies_and_the_front_length_are_not_compared():
    assert readings("Pokrovsk is about 60 km north-west of Donetsk.") == []
    assert readings("The front line runs for more than 1,200 km.") == []
    table = facts.extract(corpus.from_text("The front line runs for more than 1,200 km.", published="2024-06-01"))
    assert list(table["flag"]) == ["front length"]


def test_recovered_ground_and_a_foothold_are_gains():
    assert readings("The Ukrainian offensive has recovered some 300 square kilometres.") == [
        (300.0, "km2", "Ukraine", "gain")]
    assert readings("Russian troops hold a 40-square-kilometre bridgehead on the left bank.") == [
        (40.0, "km2", "Russia", "gain")]


def test_intercepted_passives_without_a_launch_count_for_the_agent_or_the_ground_they_were_over():
    assert readings("Seven cruise missiles were intercepted over Lviv, officials said.") == [
        (7.0, "missiles", "Ukraine", "count")]
    assert readings("Six HIMARS rockets were shot down by Russian air defences.") == [
        (6.0, "missiles", "Russia", "count")]
    assert readings("Russia sent 70 drones overnight, of which 61 were neutralised.") == [
        (70.0, "drones", "Russia", "count"), (61.0, "drones", "Ukraine", "count")]


def test_soldiers_killed_by_a_sides_strike_are_the_other_sides_loss():
    assert readings("A Ukrainian missile strike on a Russian command post killed 20 officers.") == [
        (20.0, "troops", "Russia", "loss")]
    assert readings("A Russian strike on a training ground killed 15 soldiers.") == [
        (15.0, "troops", "Ukraine", "loss")]


def test_a_figure_after_or_in_another_unit_is_read_on_its_own():
    assert readings("Russia has taken 1,900 km² this year, or about 0.3% of Ukraine's territory.") == [
        (1900.0, "km2", "Russia", "gain"), (0.3, "percent", "Russia", "share")]


def test_all_but_n_is_not_a_count_and_n_of_m_in_words_makes_m_the_launch():
    assert readings("Air defences shot down all but three of the 30 missiles fired by Russia.") == [
        (30.0, "missiles", "Russia", "count")]


def test_a_running_total_counts_what_the_figure_before_it_counted():
    assert readings("The ministry said 900 Russian soldiers had been killed, bringing Moscow's total "
                    "losses to 650,000.") == [(900.0, "troops", "Russia", "loss"),
                                              (650000.0, "troops", "Russia", "loss")]


def test_a_bare_figure_after_lost_counts_what_the_loss_before_it_counted():
    assert readings("Kyiv says Russia has lost 400,000 troops. Moscow says Ukraine has lost 300,000.") == [
        (400000.0, "troops", "Russia", "loss"), (300000.0, "troops", "Ukraine", "loss")]


def test_the_launcher_named_after_the_count_decides_who_shot_them_down():
    assert readings("Its air defences destroyed 30 of the 33 drones that Russia launched.") == [
        (30.0, "drones", "Ukraine", "count"), (33.0, "drones", "Russia", "count")]


def test_a_mention_inside_an_according_to_aside_is_not_the_subject():
    assert readings("Russian units have, according to data the Ukrainian army published, seized "
                    "250 square kilometres.") == [(250.0, "km2", "Russia", "gain")]


def test_within_n_km_is_a_distance_and_a_new_predicate_after_and_ends_a_list():
    assert readings("The push brought Ukrainian troops within 4 km of Tokmak.") == [
        (4.0, "km", "Ukraine", "distance")]
    assert readings("Russian troops drove Ukrainian units out of 3 villages and are now 5 km from Siversk.") == [
        (3.0, "settlements", "Russia", "gain"), (5.0, "km", "Russia", "distance")]


def test_a_quoted_word_does_not_cut_the_verb_off_from_its_list():
    found = readings("Russian forces had “liberated” the village of Krasne and two other villages.")
    assert found == [(2.0, "settlements", "Russia", "gain")]


def test_a_figure_compared_from_another_is_the_same_kind_of_fact():
    assert readings("Russian gains fell to 300 sq km in May from 500 sq km in April.") == [
        (300.0, "km2", "Russia", "gain"), (500.0, "km2", "Russia", "gain")]


def test_tally_lines_under_a_losses_heading_are_that_sides_losses():
    text = "Ukrainian losses over the week:\n\n- personnel: about 9,000 (+300)\n\n- tanks: 40"
    assert readings(text) == [(9000.0, "troops", "Ukraine", "loss"), (300.0, "troops", "Ukraine", "loss")]
    # a tally with no losses heading is no casualty count
    assert readings("Deployed near Kursk:\n\n- personnel: 12,000") == [(12000.0, "troops", "", "count")] or \
        all(r[3] != "loss" for r in readings("Deployed near Kursk:\n\n- personnel: 12,000"))


def test_an_attack_count_reported_by_one_side_was_launched_by_the_other():
    assert readings("Officials in Kyiv said the attack involved 60 drones and 5 missiles.") == [
        (60.0, "drones", "Russia", "count"), (5.0, "missiles", "Russia", "count")]
    assert readings("Ukraine launched 40 drones in an attack on Russian airfields, the Ukrainian military said.") == [
        (40.0, "drones", "Ukraine", "count")]


def test_the_number_of_soldiers_killed_has_risen_to_n():
    assert readings("The number of Ukrainian soldiers killed has risen to 45,000, Moscow said.") == [
        (45000.0, "troops", "Ukraine", "loss")]


def test_n_times_is_a_ratio_not_a_count():
    assert readings("Kyiv said Russian losses were five times higher than its own.") == []


def test_invaders_and_occupiers_killed_are_russian_losses():
    assert readings("The brigade said it had killed 35 invaders near Kupiansk.") == [
        (35.0, "troops", "Russia", "loss")]
    assert readings("The enemy lost 90 occupiers in the Lyman direction, the General Staff said.") == [
        (90.0, "troops", "Russia", "loss")]


def test_drones_launched_from_a_place_are_the_launch_of_its_side():
    assert readings("Thirty drones were launched from Bryansk; 25 of them were shot down.") == [
        (30.0, "drones", "Russia", "count"), (25.0, "drones", "Ukraine", "count")]


def test_proxy_forces_fight_for_russia():
    assert readings("LPR forces captured 3 villages near Svatove.") == [(3.0, "settlements", "Russia", "gain")]


def test_soldiers_killed_after_a_side_struck_are_the_other_sides_loss():
    assert readings("Ukrainian forces struck a Russian barracks in Tokmak and 60 servicemen were killed.") == [
        (60.0, "troops", "Russia", "loss")]
    # unless the striking side lost them
    assert readings("Russian troops attacked Ukrainian positions and lost 200 soldiers.") == [
        (200.0, "troops", "Russia", "loss")]


def test_a_tally_label_after_a_colon_inside_a_sentence_is_the_unit():
    found = readings("Russian losses to date were approximately: personnel \u2012 about 400000 (+900) persons were killed.")
    assert [(q, u, c) for q, u, _, c in found] == [(400000.0, "troops", "loss"), (900.0, "troops", "loss")]


def test_a_percentage_of_ukraine_is_a_share_and_of_its_economy_is_not():
    assert readings("Russia took 3,000 square kilometres last year \u2013 about 0.5% of Ukraine \u2013 analysts said.") == [
        (3000.0, "km2", "Russia", "gain"), (0.5, "percent", "Russia", "share")]
    assert readings("Russian strikes cut 5% of Ukraine's GDP.") == []


def test_n_of_the_m_destroyed_makes_m_the_other_sides_launch():
    assert readings("Ukrainian officials reported that 30 of the 35 drones had been destroyed.") == [
        (30.0, "drones", "Ukraine", "count"), (35.0, "drones", "Russia", "count")]


def test_the_forces_of_a_country_are_its_side():
    assert readings("The air defence forces of Ukraine shot down 33 air targets.") == [
        (33.0, "air targets", "Ukraine", "count")]


def test_a_holding_down_from_a_larger_one_is_a_remainder():
    assert readings("Ukrainian troops now hold about 500 square kilometres of the Kursk region, "
                    "down from 1,200 in August.") == [(500.0, "km2", "Ukraine", "held"),
                                                      (1200.0, "km2", "Ukraine", "held")]


def test_halves_and_quarters_of_a_year_are_periods():
    def period(text):
        row = facts.extract(corpus.from_text(text, published="2024-06-01")).iloc[0]
        return row["period_text"], str(row["period_start"].date()), str(row["period_end"].date())
    assert period("Russia took 900 km² in the first half of the year.") == (
        "in the first half of the year", "2024-01-01", "2024-06-01")
    assert period("Russia took 900 km² in the second half of last year.") == (
        "in the second half of last year", "2023-07-01", "2023-12-31")
    assert period("Russia took 900 km² in the third quarter of 2023.") == (
        "in the third quarter of 2023", "2023-07-01", "2023-09-30")


def test_prisoners_exchanged_or_released_are_no_loss_but_released_figures_are():
    assert readings("Kyiv brought home 80 servicemen in a prisoner exchange with Moscow.") == []
    assert readings("Russia freed 1,000 prisoners in an amnesty.") == []
    assert readings("The General Staff released figures showing 900 Russian soldiers were killed.") == [
        (900.0, "troops", "Russia", "loss")]


def test_numbering_n_counts_the_noun_before_it():
    assert readings("Ukrainian troops, numbering about 3,000, crossed the border, Moscow said.") == [
        (3000.0, "troops", "Ukraine", "count")]


def test_a_relative_clause_names_who_shot_the_drones_down():
    assert readings("Ukraine lost 12 drones near Belgorod, which Russian air defences shot down.") == [
        (12.0, "drones", "Russia", "count")]


def qualitative(text: str) -> list[tuple]:
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    table = table[table["quantity"].isna()]
    return [(r.unit, r.actor, r.change) for r in table.itertuples()]


def test_a_named_village_or_villages_somewhere_are_settlements():
    assert qualitative("Russian troops seized the village of Krasne.") == [("settlements", "Russia", "gain")]
    assert qualitative("Ukrainian forces retook several villages in the Zaporizhzhia region.") == [
        ("settlements", "Ukraine", "gain")]


def test_pounded_is_a_strike_and_the_object_of_killed_is_the_victim():
    assert qualitative("Ukrainian artillery pounded Russian trenches near Kreminna.") == [("strikes", "Ukraine", "count")]
    assert qualitative("Russian forces killed many Ukrainian soldiers near Kupiansk.") == [
        ("people", "Ukraine", "loss")]


def test_weapons_that_attacked_are_a_strike_and_troops_that_attacked_are_not():
    assert qualitative("Russian missiles attacked power plants in the Lviv region.") == [("strikes", "Russia", "count")]
    assert qualitative("Russian troops attacked near Siversk.") == []


def test_established_positions_is_ground_taken():
    assert qualitative("Ukrainian marines established positions on the east bank of the Dnipro.") == [
        ("area", "Ukraine", "gain")]


def test_nouns_of_capture_and_fall_name_the_side_that_gained():
    assert qualitative("The capture of Vuhledar by Russian forces took two years.") == [("area", "Russia", "gain")]
    assert qualitative("The fall of Bakhmut to Russian troops shocked Kyiv.") == [("area", "Russia", "gain")]


def test_closing_in_is_ground_gained_and_a_lost_participle_is_no_new_fact():
    assert qualitative("Russian units are closing in on Kurakhove.") == [("area", "Russia", "gain")]
    assert qualitative("Ukrainian troops regained lost ground near Robotyne.") == [("area", "Ukraine", "gain")]


def test_n_for_every_m_is_a_ratio():
    assert readings("Russia loses five soldiers for every Ukrainian soldier killed, Kyiv says.") == []
    assert readings("Ukraine lost 10 soldiers for every 70 Russians killed, an official said.") == []


def test_a_percentage_of_the_area_a_side_held_is_no_share_of_a_region():
    assert readings("Russia retook 80 square kilometres, or about 10% of the area Ukraine held there.") == [
        (80.0, "km2", "Russia", "gain")]


def test_grew_by_n_to_m_counts_both():
    assert readings("The Russian army grew by 150,000 soldiers to 1.5 million under the decree.") == [
        (150000.0, "troops", "Russia", "count"), (1500000.0, "troops", "Russia", "count")]


def test_of_which_the_shooters_are_the_other_side_unless_named():
    assert readings("Russian forces struck Ukraine with 80 drones, of which air defences destroyed 66.") == [
        (80.0, "drones", "Russia", "count"), (66.0, "drones", "Ukraine", "count")]


def test_n_of_them_counts_the_unit_named_before_and_its_passive_shoot_down():
    assert readings("Ukrainian drones attacked two refineries and 25 of them were shot down over the Belgorod region.") == [
        (25.0, "drones", "Russia", "count")]


def test_ground_returned_to_a_sides_control_is_a_gain():
    assert readings("Ukraine has returned 300 square kilometres to its control since May.") == [
        (300.0, "km2", "Ukraine", "gain")]


def test_a_percentage_of_ground_once_held_by_a_side_is_no_share():
    assert readings("Officials said 30% of the territory once held by Ukraine in the region had been retaken.") == []


def test_a_tally_heading_gives_its_side_to_its_lines_only():
    # the side nearest the loss word counts, and a sentence after the lines is not one of them
    from saidvsdone import corpus

    text = ("Ukraine's General Staff gave these figures for Russian losses since 24 February:\n\n"
            "- personnel: about 600,000\n\n- tanks: 9,000\n\n"
            "The number of Ukrainian reservists called up this month stood at 50,000, officials said.")
    table = facts.extract(corpus.from_text(text, published="2024-06-20")).set_index("quantity")
    assert (table.loc[600000.0, "category"], table.loc[600000.0, "actor"]) == ("casualties", "Russia")
    assert table.loc[50000.0, "category"] != "casualties"
