"""Battlefield facts: mechanisms found by the blind batches (tests/gold/stress/blind_cases.csv).

Every sentence here is invented for the test (none is a case of the batches); each test states the general rule.
"""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str) -> pd.DataFrame:
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def readings(text: str) -> list[tuple]:
    return [(float(r.quantity), r.unit, r.actor, r.change) for r in numbers(text).itertuples()]


def test_a_bare_number_in_a_parallel_list_of_areas_keeps_the_unit_and_verb():
    # "N unit in X, N unit in Y and N in Z": the last item drops its unit
    assert readings("Ukrainian troops retook 120 square kilometres in June, 80 square kilometres in July "
                    "and 45 in August.") == [(120.0, "km2", "Ukraine", "gain"), (80.0, "km2", "Ukraine", "gain"),
                                             (45.0, "km2", "Ukraine", "gain")]


def test_a_place_count_after_over_does_not_lend_its_unit_to_including_n():
    # "N drones over M regions, including K over X": K counts the drones, the regions only place them
    got = readings("Ukraine said its air defences destroyed 75 Russian drones over nine regions, "
                   "including 22 over the Odesa region.")
    assert (22.0, "drones", "Ukraine", "count") in got


def test_a_second_shot_down_clause_lost_to_electronic_warfare_counts_the_same_drones():
    got = readings("Russia sent 90 drones overnight, the air force said. Of these, 60 were shot down "
                   "and 25 were lost to electronic jamming.")
    assert (25.0, "drones", "Ukraine", "count") in got


def test_a_bare_number_after_a_gain_verb_counts_the_ground_of_the_clause_before():
    assert readings("This month Russian forces have captured 14 villages; Ukrainian forces have retaken three.") == [
        (14.0, "settlements", "Russia", "gain"), (3.0, "settlements", "Ukraine", "gain")]


def test_a_participle_of_shooting_down_after_a_tracked_count_is_the_defenders():
    got = readings("The air force said it had tracked 40 air targets overnight, destroying 31 of them.")
    assert (31.0, "air targets", "Ukraine", "count") in got


def test_the_left_bank_is_not_a_withdrawal():
    got = readings("Ukrainian marines hold 300 hectares on the left bank of the river.")
    assert got and got[0][3] != "loss"
    # "left" as a verb still is
    assert readings("Russian troops left 5 villages near the river.")[0][3] == "loss"


def test_soldiers_who_laid_down_their_arms_are_prisoners():
    got = readings("Moscow said some 500 Ukrainian troops were cut off, and that 120 had laid down their arms.")
    assert (120.0, "troops", "Ukraine", "loss") in got


def test_ground_that_came_under_a_sides_control_is_that_sides_gain():
    assert readings("Since March, 600 square kilometres and 20 villages have come under Kyiv's control.") == [
        (600.0, "km2", "Ukraine", "gain"), (20.0, "settlements", "Ukraine", "gain")]
    assert readings("Eight villages fell under Russian control last week.") == [(8.0, "settlements", "Russia", "gain")]


def test_forces_pushed_out_of_an_area_lose_it():
    assert readings("Russian units were pushed out of 9 square kilometres near the river.") == [
        (9.0, "km2", "Russia", "loss")]


def test_a_total_fired_at_a_place_before_were_intercepted_is_the_launch():
    assert readings("Kyiv said 30 of the 40 drones sent against Kharkiv overnight were destroyed.") == [
        (30.0, "drones", "Ukraine", "count"), (40.0, "drones", "Russia", "count")]


def test_a_number_an_order_sets_is_a_target():
    assert readings("The president ordered the ministry to recruit another 50,000 soldiers.") == []


def test_a_bare_number_after_a_control_verb_counts_the_area_of_the_sentence_before():
    got = readings("Ukrainian forces took 300 square kilometres in the Kursk region. Moscow says Ukrainian troops "
                   "now control less than 50.")
    assert len(got) == 2 and got[1][:3] == (50.0, "km2", "Ukraine")


def test_soldiers_taken_prisoner_in_the_passive_are_their_own_sides_loss():
    got = readings("Separatist officials said 30 Ukrainian marines had been killed as they landed, and a further "
                   "eight were taken prisoner.")
    assert (8.0, "troops", "Ukraine", "loss") in got


def test_also_intercepted_in_the_passive_is_the_defenders_count():
    got = readings("Ukraine's air force said it had destroyed 40 Russian drones. Six Kh-59 missiles were also "
                   "intercepted, it said.")
    assert (6.0, "missiles", "Ukraine", "count") in got


def test_forced_back_in_the_passive_is_a_loss():
    assert readings("Russian units were forced back from three villages near the river.") == [
        (3.0, "settlements", "Russia", "loss")]


def test_a_town_placed_from_the_front_is_not_a_distance_of_forces():
    assert readings("Troops are massing near the town of Huliaipole, about 10 kilometres from the front line.") == []


def test_the_first_half_of_the_year_is_a_period_not_a_share():
    assert readings("Russian troops took 1,900 square kilometres in the second half of the year, an area "
                    "larger than the city of London.") == [(1900.0, "km2", "Russia", "gain")]


def test_saboteurs_and_commandos_are_troops():
    assert readings("Russian officials said 9 Ukrainian commandos had been killed on the spit.") == [
        (9.0, "troops", "Ukraine", "loss")]


def test_n_of_them_killed_after_a_count_of_soldiers_counts_troops():
    got = readings("Russia has moved about 8,000 Chechen soldiers to the front. Some 300 of them have been killed.")
    assert (300.0, "troops", "Russia", "loss") in got


def test_a_push_of_n_km_is_the_depth_of_an_advance():
    assert readings("The Russian offensive ended after a push of some 12 km (7 miles) toward the city.") == [
        (12.0, "km", "Russia", "gain"), (7.0, "mi", "Russia", "gain")]


def test_among_them_after_prisoners_is_part_of_the_loss():
    got = readings("Ukrainian marines took 25 Russian soldiers prisoner on the island. Among them were three officers.")
    assert got[-1] == (3.0, "troops", "Russia", "loss")


def test_the_previous_record_in_apposition_counts_what_the_sentence_before_counted():
    got = readings("Kyiv said Russia had launched 540 drones overnight, a record. The previous high, 480, came in June.")
    assert got[-1] == (480.0, "drones", "Russia", "count")


def test_the_n_they_held_counts_the_same_as_the_figure_before():
    got = readings("Russian troops now hold about 40 square kilometres near the river, down from the 70 they held in May.")
    assert got == [(40.0, "km2", "Russia", "held"), (70.0, "km2", "Russia", "held")]


def test_an_area_restated_as_a_share_of_the_country_is_a_stock_held():
    got = readings("Moscow's forces now control some 114,000 square kilometres, or about 19% of Ukraine.")
    assert got[0] == (114000.0, "km2", "Russia", "held")
    # an area in one region after an advance is still a gain
    assert readings("Russian troops now control 250 square kilometres in the Sumy region.")[0][3] == "gain"


def test_militants_in_a_side_s_report_are_the_other_side_s_troops():
    assert readings("The Kyiv regime lost up to 300 militants near Kupiansk, the Russian ministry said.") == [
        (300.0, "troops", "Ukraine", "loss")]


def test_a_bare_number_subject_of_the_same_passive_restates_the_disputed_count():
    got = readings("Moscow says Ukraine has lost 40 villages this year. Kyiv says only 22 have been lost.")
    assert got == [(40.0, "settlements", "Ukraine", "loss"), (22.0, "settlements", "Ukraine", "loss")]


def test_what_a_carrier_could_fire_is_no_launch():
    assert readings("The navy said Russia keeps three ships at sea with a total salvo of 24 Kalibr missiles.") == []
    assert readings("Russia fired a salvo of 12 missiles at Kharkiv.") == [(12.0, "missiles", "Russia", "count")]


def test_in_all_after_a_sentence_on_the_left_bank_keeps_the_advance():
    got = readings("Ukrainian marines advanced on the left bank of the river. In all, about 5 square kilometres "
                   "were cleared, the navy said.")
    assert got == [(5.0, "km2", "Ukraine", "gain")]


def test_pc_is_a_percent():
    assert readings("Russia holds about 80 pc of the Kherson region's left bank.")[0][:2] == (80.0, "percent")


def test_a_facility_placed_deep_inside_is_no_advance():
    assert readings("Ukrainian drones hit a refinery 900 km inside Russia overnight.") == []
    assert readings("Ukrainian troops pushed 10 km inside Russia.") == [(10.0, "km", "Ukraine", "gain")]


def test_a_gapped_clause_after_a_time_keeps_the_verb_and_unit():
    got = readings("In May Ukrainian troops retook 45 square kilometres; in June, 60.")
    assert got == [(45.0, "km2", "Ukraine", "gain"), (60.0, "km2", "Ukraine", "gain")]


def test_both_destroyed_over_a_region_is_a_shoot_down_there():
    got = readings("A calm night in the south. Only three drones, all shot down over the Odesa region.")
    assert got == [(3.0, "drones", "Ukraine", "count")]


def test_bare_casualties_after_an_active_killing_verb_are_the_other_side_of_its_subject():
    assert readings("Russian troops killed 40 and wounded 75 in the assault, the Russian ministry said.") == [
        (40.0, "troops", "Ukraine", "loss"), (75.0, "troops", "Ukraine", "loss")]


def test_losses_of_a_side_amounted_to_n_servicemen_far_after_the_noun():
    got = readings("The losses of the Russian armed forces in the Pokrovsk and Kostiantynivka directions "
                   "amounted to 900 servicemen, Kyiv said.")
    assert got == [(900.0, "troops", "Russia", "loss")]


def test_soldiers_a_court_sentenced_are_no_count():
    assert readings("A court in Rostov sentenced 9 Ukrainian marines to long prison terms.") == []


def test_the_aggressor_is_russia():
    assert readings("The aggressor used 40 attack drones overnight.") == [(40.0, "drones", "Russia", "count")]


def test_pushed_the_enemy_n_km_away_is_the_depth_of_a_gain():
    assert readings("Ukrainian units pushed the enemy 3 kilometres away from the town.") == [
        (3.0, "km", "Ukraine", "gain")]


def test_the_enemy_in_a_group_of_forces_report_with_no_speaker_is_the_other_side():
    got = readings("Units of the Vostok group improved their positions. The enemy lost up to 120 servicemen.")
    assert got == [(120.0, "troops", "Ukraine", "loss")]


def test_a_group_of_forces_in_an_earlier_paragraph_gives_the_enemy_no_side():
    got = readings("Units of the Zapad group held their lines near the river.\n\n"
                   "The enemy lost up to 45 servicemen in the forest.")
    assert got == [(45.0, "troops", "", "loss")]


def test_they_in_a_quote_whose_we_is_a_side_is_the_other_side():
    got = readings("\"They are 2 kilometres from our trenches now,\" a Russian soldier told state television.")
    assert got == [(2.0, "km", "Ukraine", "distance")]


def test_they_in_a_quote_never_takes_an_earlier_quotes_resolved_we_as_antecedent():
    # the earlier quote's "we" was resolved to its speaker: it is still the speaker's "we", never "they"
    got = readings("\"We held the bridge,\" Oleksandr Syrskyi said.\n\n"
                   "\"They lost 70 soldiers in one night and we held the line,\" Syrskyi said.")
    assert got == [(70.0, "troops", "Russia", "loss")]


def test_troops_against_troops_of_a_named_side_keep_their_own_side():
    got = readings("Ukraine has about 60,000 troops in the area against some 110,000 Russian soldiers.")
    assert got == [(60000.0, "troops", "Ukraine", "count"), (110000.0, "troops", "Russia", "count")]


def test_of_which_a_side_downed_n_leaves_the_launch_to_the_launcher():
    assert readings("Russia launched 60 drones overnight, of which Ukrainian air defences destroyed 48.") == [
        (60.0, "drones", "Russia", "count"), (48.0, "drones", "Ukraine", "count")]


# --- blind batches B15-B16 (tests/gold/stress/blind2_*.csv): the mechanisms their first run showed ---------------

def test_a_breakdown_by_region_after_a_colon_counts_what_the_total_before_it_counted():
    got = readings("Air defence forces destroyed 40 Ukrainian drones overnight, Russia's ministry said on Monday: "
                   "22 over the Voronezh region, 11 over the Lipetsk region and seven over the Tula region.")
    assert got == [(40.0, "drones", "Russia", "count"), (22.0, "drones", "Russia", "count"),
                   (11.0, "drones", "Russia", "count"), (7.0, "drones", "Russia", "count")]


def test_a_days_addition_in_brackets_after_the_unit_counts_the_same():
    got = readings("Ukrainian forces have destroyed 30,500 attack drones (+85) since the invasion began, "
                   "the General Staff said.")
    assert got == [(30500.0, "drones", "Ukraine", "count"), (85.0, "drones", "Ukraine", "count")]


def test_losses_between_two_dates_estimated_at_n_are_a_toll():
    got = readings("The combat losses of the Russian army between 24 February 2022 and 3 May 2025 are estimated "
                   "at 960,000 personnel, the General Staff said.")
    assert got == [(960000.0, "troops", "Russia", "loss")]


def test_soldiers_each_side_freed_are_a_release_not_a_loss():
    assert readings("Moscow and Kyiv each freed 150 soldiers on Friday.") == []


def test_to_n_from_m_counts_the_earlier_figure_the_same_way():
    got = readings("The Ukrainian bridgehead has been reduced to about 40 square kilometres from 90 in March, "
                   "Russian officials said.")
    assert got == [(40.0, "km2", "Ukraine", "held"), (90.0, "km2", "Ukraine", "held")]


def test_we_killed_n_of_them_counts_fighters_of_the_other_side():
    got = readings("\"We killed 25 of them near the bridge,\" a Ukrainian paratrooper said.")
    assert got == [(25.0, "troops", "Russia", "loss")]


def test_pushed_the_other_side_back_n_km_is_the_pushers_gain():
    assert readings("The battalion pushed the Russians back about 3 km near the river.") == [
        (3.0, "km", "Ukraine", "gain")]


def test_liberated_with_no_subject_in_a_russian_report_is_russias_gain():
    got = readings("Units of the Vostok group took the village of Orikhove, Russia's defence ministry said. "
                   "In all, 4 settlements were liberated over the week.")
    assert got == [(4.0, "settlements", "Russia", "gain")]
    # with nobody reporting, the verb's default stays: Ukraine's
    assert readings("In all, 4 settlements were liberated over the week.") == [(4.0, "settlements", "Ukraine", "gain")]


def test_a_side_named_in_a_leading_according_to_is_no_adjective_of_the_figure():
    got = readings("According to the Ukrainian military, 310 drones were launched at Ukraine last week.")
    assert got == [(310.0, "drones", "Russia", "count")]


def test_a_side_before_a_pronoun_and_its_speech_verb_is_not_the_speakers_side():
    # "The Russians, he said, …": "he" speaks, not the side named before him
    from saidvsdone.facts import read_article
    from saidvsdone.facts.sides import speaker_side

    text = "The Russians, he said, come at night: \"We lost three soldiers this week.\""
    ctx = read_article("t", text, None)
    assert speaker_side(text, ctx.mentions, text.index("We")) == ""
    text = "The Russians come at night, the Ukrainian commander said: \"We lost three soldiers this week.\""
    ctx = read_article("t", text, None)
    assert speaker_side(text, ctx.mentions, text.index("We")) == "Ukraine"


def test_a_regions_size_in_a_relative_clause_is_no_ground_taken():
    got = readings("Russia has captured about 900 square kilometres this year, less than the Sumy region, "
                   "which covers 23,800 square kilometres.")
    assert got == [(900.0, "km2", "Russia", "gain")]


def test_an_area_after_a_sides_advance_and_a_colon_is_its_gain():
    got = readings("Ukraine's advance in the south was slow in August: 45 km² according to analysts.")
    assert got == [(45.0, "km2", "Ukraine", "gain")]


def test_drones_locally_lost_after_a_breakdown_count_the_same_drones():
    got = readings("Ukraine's air force said it neutralised 50 Russian drones: 31 were shot down and 19 were "
                   "locally lost.")
    assert [q for q, *_ in got] == [50.0, 31.0, 19.0] and {u for _, u, *_ in got} == {"drones"}


def test_a_number_of_brigades_is_no_count_of_troops():
    assert readings("The strike hit the manpower of three Ukrainian brigades near the river.") == []


def test_wounded_reported_after_a_sides_strike_are_the_other_sides_loss():
    got = readings("Ukrainian drones hit a barracks in the Kursk region, where 6 servicemen were reported wounded, "
                   "the Russian governor said.")
    assert got == [(6.0, "troops", "Russia", "loss")]


def test_prisoners_taken_after_a_counted_object_go_to_the_subjects_opponent():
    got = readings("Kyiv said its troops had killed 80 Russian soldiers near the village and taken 9 prisoners.")
    assert got == [(80.0, "troops", "Russia", "loss"), (9.0, "troops", "Russia", "loss")]


def test_a_share_keeps_its_holder_when_a_relative_clause_after_it_names_another_control():
    got = readings("Ukraine holds about 20% of the Luhansk region, whose main cities have been under Russian control "
                   "since 2022.")
    assert got == [(20.0, "percent", "Ukraine", "share")]


def test_troops_concentrated_before_a_second_reported_clause_of_killing_are_a_count():
    got = readings("The general said Russia had massed about 60,000 troops near the city, and that Ukrainian drones "
                   "had killed 4,000 of them this month.")
    assert got == [(60000.0, "troops", "Russia", "count"), (4000.0, "troops", "Russia", "loss")]


def test_another_n_sent_after_a_casualty_count_is_a_deployment():
    got = readings("Officials said 2,000 Russian soldiers had been killed near the town, and that another 5,000 had "
                   "been sent to reinforce the garrison.")
    assert got == [(2000.0, "troops", "Russia", "loss"), (5000.0, "troops", "Russia", "count")]


def test_n_more_lost_to_jamming_after_n_of_m_launched_are_the_defenders():
    got = readings("The air force said it shot down 30 of the 35 drones Russia launched, while three more were "
                   "lost to electronic jamming.")
    assert got == [(30.0, "drones", "Ukraine", "count"), (35.0, "drones", "Russia", "count"),
                   (3.0, "drones", "Ukraine", "count")]


def test_n_of_them_had_died_after_troops_sent_is_a_loss():
    got = readings("Russia sent some 5,000 conscripts to the border, officials said, and at least 40 of them had died.")
    assert got[1] == (40.0, "troops", "Russia", "loss")


def test_the_number_of_dead_put_at_n_counts_the_soldiers_of_the_sentence_before():
    got = readings("An Iskander strike killed at least 30 Ukrainian soldiers at a training ground, Russia said. "
                   "A Ukrainian blogger put the number of dead at 12.")
    assert got == [(30.0, "troops", "Ukraine", "loss"), (12.0, "troops", "Ukraine", "loss")]


def test_a_list_after_a_verb_may_start_with_a_place_named_by_its_kind():
    assert readings("Russian troops captured the town and 4 nearby villages.") == [
        (4.0, "settlements", "Russia", "gain")]


def test_a_bare_casualty_number_opening_a_sentence_counts_the_soldiers_of_the_sentence_before():
    assert readings("Russian conscripts were sent to the Kursk region in March. About 200 have been killed, "
                    "Ukraine said.")[0][:2] == (200.0, "troops")
    # after an attack, the people killed are its victims: no soldiers taken from the sentence before
    got = readings("Russian troops shelled the town. Three were killed, the mayor said.")
    assert all(unit != "troops" for _, unit, _, _ in got)


def test_drones_jammed_after_of_these_count_the_same_drones():
    got = readings("Russia launched 90 drones overnight, the air force said. Of these, 70 were shot down and 15 were "
                   "jammed.")
    assert (15.0, "drones", "Ukraine", "count") in got


def test_including_n_followed_by_a_time_counts_the_same_thing():
    got = readings("Ukrainian forces have retaken 40 villages since June, the general staff said, including 6 last week.")
    assert got == [(40.0, "settlements", "Ukraine", "gain"), (6.0, "settlements", "Ukraine", "gain")]


def test_out_of_n_after_a_shoot_down_counts_the_launch_of_the_other_side():
    assert readings("Ukraine's air defence destroyed 52 attack drones out of 70 overnight.") == [
        (52.0, "drones", "Ukraine", "count"), (70.0, "drones", "Russia", "count")]


def test_a_day_before_its_month_after_of_or_on_is_a_date():
    assert readings("Air defences destroyed 41 Russian drones over Ukraine on the night of 14 June.") == [
        (41.0, "drones", "Ukraine", "count")]


def test_a_count_that_has_grown_to_or_passed_the_n_mark():
    assert readings("The number of North Korean troops in Russia has grown to 14,000, Seoul said.") == [
        (14000.0, "troops", "Russia", "count")]
    assert readings("Ukrainian casualties have passed the 400,000 mark, Moscow claims.") == [
        (400000.0, "troops", "Ukraine", "loss")]
