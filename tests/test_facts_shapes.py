"""Battlefield facts: number shapes of real copy (stress batch 9, tests/gold/stress).

Every sentence here is invented for the test; each test states the general rule it checks.
"""

from __future__ import annotations

import pandas as pd
import pytest

from saidvsdone import corpus, facts


def numbers(text: str) -> pd.DataFrame:
    """The numeric rows of ``text`` that stay in the default comparison (no flag)."""
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def readings(text: str) -> list[tuple]:
    return [(float(r.quantity), r.unit, r.actor, r.change) for r in numbers(text).itertuples()]


def test_a_third_country_describing_what_is_counted_is_no_side():
    # "40 Iranian drones": Iran made them; the next figure in the list keeps the launcher
    assert readings("Moscow fired 30 Iranian drones and five ballistic missiles at Odesa.") == [
        (30.0, "drones", "Russia", "count"), (5.0, "missiles", "Russia", "count")]
    # and a pronoun after it does not take Iran as its antecedent
    assert readings("Russia sent 25 Iranian drones. It also fired four cruise missiles.") == [
        (25.0, "drones", "Russia", "count"), (4.0, "missiles", "Russia", "count")]


def test_a_maker_label_is_no_side():
    # "-made", "-built", "-supplied": who built a weapon, not who fired it
    assert readings("Russia launched 18 Iranian-designed drones and two North Korean-made missiles.") == [
        (18.0, "drones", "Russia", "count"), (2.0, "missiles", "Russia", "count")]


def test_a_formation_name_between_a_number_and_its_soldiers():
    assert readings("Prigozhin said 900 Wagner fighters had been killed near Soledar.") == [
        (900.0, "troops", "Russia", "loss")]
    assert readings("Ukraine said 40 Akhmat soldiers surrendered near Kursk.") == [
        (40.0, "troops", "Russia", "loss")]
    # a month is no formation: "on 12 June Russian troops" dates the sentence
    assert readings("On 12 June Russian troops took the village of Krynky.") == []


def test_infantry_counts_troops_unless_it_modifies_another_noun():
    assert readings("Ukraine said its drones had killed 25 Russian infantrymen near Siversk.") == [
        (25.0, "troops", "Russia", "loss")]
    assert readings("A Ukrainian drone unit killed 12 Russian infantry near Lyman.") == [
        (12.0, "troops", "Russia", "loss")]
    # "infantry fighting vehicles", "drone attacks", "fighter jets": the unit word is a modifier
    assert readings("Russia has massed 500 infantry fighting vehicles near the border.") == []
    assert readings("Russia carried out 14 drone attacks on Sumy overnight.") == []


def test_a_losses_heading_inside_the_sentence_makes_its_tally_lines_losses():
    assert readings("Russian losses over the day, the General Staff said: personnel – about 650,200 (+1,150); "
                    "tanks – 9,100 (+8).") == [
        (650200.0, "troops", "Russia", "loss"), (1150.0, "troops", "Russia", "loss")]


def test_falling_back_is_a_retreat():
    # by the seed conventions (tests/gold/facts_guidelines.md) a retreat is a loss for the side retreating
    assert readings("Ukrainian units had to fall back 3 kilometres near Toretsk.") == [
        (3.0, "km", "Ukraine", "loss")]
    assert readings("Russian troops pulled back 4 km from the river, Ukraine's army said.") == [
        (4.0, "km", "Russia", "loss")]


def test_in_a_sides_hands_is_under_its_control():
    assert readings("Nearly 90% of the Luhansk region is in Russian hands.") == [
        (90.0, "percent", "Russia", "share")]
    assert readings("About 300 square kilometres remain in Ukrainian hands.") == [
        (300.0, "km2", "Ukraine", "held")]


def test_more_or_other_before_the_unit_is_not_a_modifier():
    assert readings("Russian troops seized four more small frontline hamlets near Lyman.") == [
        (4.0, "settlements", "Russia", "gain")]


def test_no_side_shoots_down_its_own_launch():
    # "it" goes back to the launcher of the sentence before; the shoot-down is the other side's
    assert readings("Russia sent 90 drones over Kharkiv. The air force said it destroyed 75 of them.") == [
        (90.0, "drones", "Russia", "count"), (75.0, "drones", "Ukraine", "count")]


def test_a_running_total_after_a_long_noun_phrase():
    assert readings("Russia lost 1,120 troops over the day, bringing the total since the start of the "
                    "full-scale war to 690,400, Kyiv said.") == [
        (1120.0, "troops", "Russia", "loss"), (690400.0, "troops", "Russia", "loss")]


def test_one_of_n_counts_both():
    # "one of the villages" is no count; "one of two missiles" is: one shot down, two launched
    assert readings("Ukraine's air force shot down one of three Iskander missiles fired by Russia.") == [
        (1.0, "missiles", "Ukraine", "count"), (3.0, "missiles", "Russia", "count")]


def test_a_named_side_as_subject_of_a_strike_beats_the_targets_map():
    # Crimea is Ukraine on the map; "Ukraine fired … at Crimea" is still Ukraine's launch
    assert readings("Ukraine fired 16 drones at Crimea overnight, Moscow said.") == [
        (16.0, "drones", "Ukraine", "count")]
    # with no side as subject, the target still decides
    assert readings("Nine missiles were fired at Kharkiv overnight.") == [(9.0, "missiles", "Russia", "count")]


def test_an_area_controlled_of_the_whole_country_is_a_stock():
    # "controls N km² of Ukraine" is what is held in total; "controls N km² in a region" is an advance
    assert readings("Russia now controls about 110,000 square kilometres of Ukraine.") == [
        (110000.0, "km2", "Russia", "held")]
    assert readings("Russian troops now control 250 square kilometres in the Sumy region.") == [
        (250.0, "km2", "Russia", "gain")]


def test_a_losses_figure_given_with_amounted_to_is_a_loss():
    assert readings("Russia's losses near Toretsk over the past day amounted to 280 servicemen, Kyiv said.") == [
        (280.0, "troops", "Russia", "loss")]


def test_a_list_of_counts_by_place_shares_the_unit():
    assert readings("Russia's ministry said its air defences had destroyed 14 drones over Kursk, 9 over "
                    "Belgorod and three over Oryol.") == [
        (14.0, "drones", "Russia", "count"), (9.0, "drones", "Russia", "count"), (3.0, "drones", "Russia", "count")]


def test_a_pronoun_goes_back_to_a_side_before_a_third_country():
    # "from Belarus" is where they came from; "they" are the Russian forces
    assert readings("Russian columns moved south from Belarus. Officials say they are now about 25 "
                    "kilometres north of the capital.") == [(25.0, "km", "Russia", "distance")]


def test_forces_as_a_pronoun_at_a_distance():
    # a briefing: "they are N km …" places the forces the sentences before name
    assert readings("Ukrainian units kept pushing south.\n\nOFFICIAL: We believe they are about 12 "
                    "kilometers north of Tokmak.") == [(12.0, "km", "Ukraine", "distance")]


def test_a_passive_push_back_and_a_long_gap_in_a_phrase():
    assert readings("Russian troops were pushed back 4 km near Kupiansk.") == [(4.0, "km", "Russia", "loss")]
    # "moved * closer" with a qualified number in between
    assert readings("Ukrainian forces moved up to 6 miles closer to Tokmak.") == [(6.0, "mi", "Ukraine", "gain")]


def qualitative(text: str) -> list[tuple]:
    table = facts.fold(facts.extract(corpus.from_text(text, published="2024-06-01")))
    table = table[table["quantity"].isna()]
    return [(r.unit, r.actor, r.change) for r in table.itertuples()]


def test_slow_advances_incursions_and_crossings_are_gains():
    assert qualitative("Russian units have been inching forward in the Luhansk region.") == [
        ("area", "Russia", "gain")]
    assert qualitative("Kyiv's incursion into the Belgorod region caught Moscow off guard.") == [
        ("area", "Ukraine", "gain")]
    assert qualitative("Ukrainian troops crossed into Russia's Bryansk region on Tuesday.") == [
        ("area", "Ukraine", "gain")]
    # the air is no ground: "crossed into Polish airspace"
    assert qualitative("A Russian drone crossed into Polish airspace overnight.") == []


def test_weapons_that_targeted_something_are_a_strike():
    assert qualitative("Russian missiles targeted power plants across Ukraine overnight.") == [
        ("strikes", "Russia", "count")]


def test_air_force_wording_for_air_targets():
    assert readings("Russia attacked overnight with 48 means of air attack, Ukraine's air force said.") == [
        (48.0, "air targets", "Russia", "count")]


def test_a_share_of_the_ground_occupied_by_a_side_is_no_share_of_a_region():
    # "50% of the territory occupied by Russia" is a ratio of a holding
    assert readings("Ukraine has retaken about 40% of the territory occupied by Russia since 2022.") == []


def test_shot_down_over_the_region_named_before():
    assert readings("Kursk's governor said 11 drones had been shot down over the region.") == [
        (11.0, "drones", "Russia", "count")]


def test_a_bracketed_conversion_does_not_hide_the_verb_after_it():
    assert readings("Officials said 420 square kilometres (162 square miles) had been captured by Russian "
                    "troops since May.") == [
        (420.0, "km2", "Russia", "gain"), (162.0, "sq mi", "Russia", "gain")]


def test_where_an_advance_was_stopped_is_a_distance():
    assert readings("Kyiv said its troops had halted the Russian advance about 15 kilometres from Kharkiv.") == [
        (15.0, "km", "Russia", "distance")]


def test_a_running_total_takes_the_direction_of_what_is_totalled():
    assert readings("Ukraine freed 5 square kilometres this week, bringing the total liberated since June "
                    "to 180 square kilometres, Maliar said.") == [
        (5.0, "km2", "Ukraine", "gain"), (180.0, "km2", "Ukraine", "gain")]


def test_a_headline_that_claims_a_count_of_villages():
    assert readings("Moscow claims three more villages near Pokrovsk") == [(3.0, "settlements", "Russia", "gain")]
    # never read without a number
    assert qualitative("Russia claimed Kyiv had suffered heavy losses.") == [("people", "Ukraine", "loss")]


def test_people_counted_at_a_rate():
    assert readings("Moscow has been signing up volunteers at a rate of about 900 a day.") == [
        (900.0, "troops", "Russia", "count")]


def test_dates_sizes_stretches_and_rhetoric_are_no_facts():
    # "June 17" is a date; "one square metre" an area too small for the maps; "a 20-km stretch of the front"
    # a front length; "walk one kilometre with us" rhetoric; "the sea, about 80 km away" where a place is
    assert readings("Footage published on June 17 shows Russian soldiers in the village.") == []
    assert readings("They laid five mines in one square metre.") == []
    assert readings("The army improved its positions along a 20-km stretch of the front.") == []
    assert readings('"Come and walk one kilometre with us," the Ukrainian commander said.') == []
    assert readings("He looked towards Melitopol, about 80 kilometres away.") == []


def test_a_number_in_quote_marks_before_its_unit():
    assert readings('Moscow said it had killed "up to 120" Ukrainian servicemen near Kupiansk.') == [
        (120.0, "troops", "Ukraine", "loss")]


def test_the_launcher_is_not_the_subject_of_the_shooting_down():
    assert readings("Kyiv said Russia had launched 40 drones overnight, and that air defences had destroyed "
                    "31 of the drones.") == [(40.0, "drones", "Russia", "count"), (31.0, "drones", "Ukraine", "count")]


def test_a_speaking_it_is_the_speaker_not_a_side_after_a_preposition():
    assert readings("Russia's defence ministry said its forces had inflicted losses on Ukrainian units.\n\n"
                    "It also said air defences had shot down 12 drones over the Kursk region.") == [
        (12.0, "drones", "Russia", "count")]


def test_a_passive_total_destroyed_after_a_shoot_down_is_the_same_sides():
    assert readings("Ukrainian air defences shot down 30 drones overnight, the air force said. Since the "
                    "invasion began, a total of 9,400 drones have been destroyed.") == [
        (30.0, "drones", "Ukraine", "count"), (9400.0, "drones", "Ukraine", "count")]


def test_retaking_ground_in_a_sides_own_region_is_that_sides():
    assert readings("Units of the Zapad group retook 6 villages in the Bryansk region, the ministry said.") == [
        (6.0, "settlements", "Russia", "gain")]
    assert readings("Units retook 6 villages in the Kharkiv region.") == [(6.0, "settlements", "Ukraine", "gain")]


def test_people_hurt_in_shelling_are_civilians_whoever_reports_it():
    table = numbers("The head of the regional military administration said three people were injured in "
                    "shelling overnight.")
    assert table.empty     # flagged "civilians": out of the default comparison


def test_a_losses_heading_with_no_side_still_makes_its_lines_losses():
    rows = readings("The total combat losses of the enemy from 24.02.22 to 01.03.24 are approximately:\n\n"
                    "personnel – about 410,000 (+1,050) persons,\n\ntanks – 6,600 (+12).")
    # the General Staff's daily tally (totals with the day's rise): its enemy is Russia
    assert rows == [(410000.0, "troops", "Russia", "loss"), (1050.0, "troops", "Russia", "loss")]


def test_a_share_answered_in_a_transcript_takes_the_question():
    assert readings("Q: How much of Ukraine's territory does Russia hold today?\n\nOFFICIAL: About 17 percent.") == [
        (17.0, "percent", "Russia", "share")]
    assert readings("Q: What is the inflation rate?\n\nOFFICIAL: About 9 percent.") == []


def test_single_quote_marks_hold_a_speakers_we():
    assert readings("'Our units have pushed up to 6km forward,' a Ukrainian commander told the paper.") == [
        (6.0, "km", "Ukraine", "gain")]
    assert readings("'We lost 14 men in a week,' says Oleh, a Ukrainian company commander.") == [
        (14.0, "troops", "Ukraine", "loss")]


def test_the_enemy_after_a_paragraph_naming_the_speaker():
    assert readings("There were 120 clashes along the front, the General Staff of Ukraine's armed forces "
                    "reported.\n\nNear Toretsk, the occupiers lost 210 personnel.") == [
        (210.0, "troops", "Russia", "loss")]


def test_or_so_after_a_number():
    assert readings("Russia has moved another 4,000 or so troops to the Zaporizhzhia front.") == [
        (4000.0, "troops", "Russia", "count")]


def test_another_n_lost_to_electronic_warfare():
    assert readings("Russia launched 70 drones overnight, the air force said. Another 15 were lost to "
                    "electronic warfare.") == [(70.0, "drones", "Russia", "count"), (15.0, "drones", "Ukraine", "count")]


def test_a_running_total_in_the_sentence_after_the_figure():
    assert readings("Russia lost about 1,100 troops a day in April, British intelligence said. That would take "
                    "its total losses since 2022 to more than 450,000.") == [
        (1100.0, "troops", "Russia", "loss"), (450000.0, "troops", "Russia", "loss")]


def test_it_is_no_plural_side_named_before():
    # "it" is the brigade (Ukraine's), not the "Russian soldiers" it captured
    assert readings("Ukraine's 47th Brigade said its troops had captured 12 Russian soldiers near Avdiivka.\n\n"
                    "The brigade said it lost three men in the raid.") == [
        (12.0, "troops", "Russia", "loss"), (3.0, "troops", "Ukraine", "loss")]
    # any plural people word of data/units.csv after the demonym ("conscripts"), not only a list in the code
    assert readings("Ukraine's 93rd Brigade said its troops had captured 9 Russian conscripts near Bakhmut.\n\n"
                    "The brigade said it lost two men in the raid.") == [
        (9.0, "troops", "Russia", "loss"), (2.0, "troops", "Ukraine", "loss")]


def test_from_n_unit_to_m_gives_m_the_same_unit():
    assert readings("The Ukrainian foothold has shrunk from about 900 square kilometres in September to "
                    "roughly 300, analysts said.") == [(900.0, "km2", "Ukraine", "held"), (300.0, "km2", "Ukraine", "held")]


def test_short_of_the_n_counts_the_same_people():
    assert readings("Kyiv has mobilised about 120,000 men this year, short of the 300,000 the army asked for.") == [
        (120000.0, "troops", "Ukraine", "count"), (300000.0, "troops", "Ukraine", "count")]


def test_a_bare_number_that_have_surrendered_counts_prisoners():
    assert readings("About 2,000 Ukrainian troops are still in the pocket, while Moscow says more than 300 "
                    "have surrendered.") == [(2000.0, "troops", "Ukraine", "count"), (300.0, "troops", "Ukraine", "loss")]


def test_millions_written_m_before_people():
    assert readings("London estimates that 1.2m Russian soldiers have been killed or wounded.") == [
        (1200000.0, "troops", "Russia", "loss")]
    # money stays out: "300m roubles"
    assert readings("Russia has spent 300m roubles on the new base.") == []


def test_putting_the_number_at_n_counts_the_people_named_before():
    assert readings("Thousands of Russian troops are gathering near Sumy, and Kyiv puts the number at 50,000.") == [
        (50000.0, "troops", "Russia", "count")]


def test_an_area_restated_after_the_attribution_takes_the_first_reading():
    assert readings("Ukrainian units have retaken about 4 square miles, the ISW said, roughly 10 square kilometres.") == [
        (4.0, "sq mi", "Ukraine", "gain"), (10.0, "km2", "Ukraine", "gain")]


def test_a_possessive_before_a_share_names_its_side():
    assert readings("Kyiv holds less than 1% of Russian territory, compared with Russia's 19% of Ukraine.") == [
        (1.0, "percent", "Ukraine", "share"), (19.0, "percent", "Russia", "share")]


def test_coordinated_demonyms_before_the_unit():
    assert readings("Some 30,000 North Korean and Russian troops are fighting near Kursk, Kyiv said.") == [
        (30000.0, "troops", "Russia", "count")]


def test_a_shoot_down_subset_listed_after_another_one():
    assert readings("Kyiv said 20 of 26 Russian missiles had been shot down, along with 41 of 50 drones.") == [
        (20.0, "missiles", "Ukraine", "count"), (26.0, "missiles", "Russia", "count"),
        (41.0, "drones", "Ukraine", "count"), (50.0, "drones", "Russia", "count")]


def test_the_speaker_of_an_aside_is_no_subject_when_a_side_comes_before():
    assert readings("Russian troops are 4 km from Kostiantynivka, Ukrainian officials said, after advancing "
                    "a further 1 km this week.") == [(4.0, "km", "Russia", "distance"), (1.0, "km", "Russia", "gain")]
    # with no other side before it, the speaker's side stays
    assert readings("In the south, Maliar said, Ukrainian troops had advanced 2 kilometres.") == [
        (2.0, "km", "Ukraine", "gain")]


def test_a_plus_after_the_number():
    assert readings("Kyiv says it has shot down 2,000+ Russian drones this month.") == [(2000.0, "drones", "Ukraine", "count")]


def test_out_of_n_launched_by_a_side():
    assert readings("Ukraine downed 35 drones overnight, the air force said, out of 42 launched by Russia.") == [
        (35.0, "drones", "Ukraine", "count"), (42.0, "drones", "Russia", "count")]


def test_a_single_strike_with_a_side_or_a_target():
    assert ("strikes", "Russia", "count") in qualitative("Two soldiers died in a Russian strike on a field camp.")
    assert qualitative("The union called a strike at the port.") == []


def test_occupying_most_or_parts_of_a_region_is_held():
    assert qualitative("Russian forces occupied most of the Kherson region in March 2022.") == [
        ("area", "Russia", "held")]
    assert qualitative("Russian forces occupied the town of Kreminna.") == [("settlements", "Russia", "gain")]


def test_losses_to_be_replenished_are_a_purpose_not_a_fact():
    assert qualitative("The army called up more men to replenish its losses.") == []


def test_a_headline_passive_without_its_auxiliary():
    assert readings("Kyiv: 35 Russian drones downed overnight") == [(35.0, "drones", "Ukraine", "count")]


def test_a_claimed_count_gains_only_as_a_verbless_headline():
    # the headline form "X claims N villages": a line with no full stop, no verb after the count
    assert readings("Moscow claims four villages near Kupiansk") == [(4.0, "settlements", "Russia", "gain")]
    # in a body sentence, or with a verb after the count, the claim reports something else
    assert [r[3] for r in readings("Russia claimed 9 villages had been flattened by Ukrainian guns.")] == [""]
    assert [r[3] for r in readings("Moscow claims 6 villages shelled overnight\n\nThe strikes hit homes.")] == [""]
    assert [r[3] for r in readings("Moscow claims four villages near Kupiansk.")] == [""]
    # what was claimed is read from its own verb
    assert readings("Russia claimed 7 villages were recaptured by Ukraine.") == [(7.0, "settlements", "Ukraine", "gain")]


def test_crossing_into_is_a_gain_only_for_forces_entering_russia_or_ukraine():
    assert qualitative("Ukrainian troops crossed into the Kursk region in August.") == [("area", "Ukraine", "gain")]
    assert qualitative("A Russian missile crossed into Moldova on Monday.") == []
    assert qualitative("Thousands of families crossed into Hungary.") == []
    assert qualitative("Ukrainian forces crossed into Poland for training.") == []


def test_a_plural_word_for_people_is_never_a_modifier():
    # "soldiers fighting", "troops training": the plural people word is what the number counts
    assert readings("Kyiv said 8,000 North Korean soldiers fighting near Sudzha had been moved.") == [
        (8000.0, "troops", "Russia", "count")]
    assert readings("Some 1,500 Ukrainian troops training in Germany will return in March.") == [
        (1500.0, "troops", "Ukraine", "count")]
    # singular or mass words stay modifiers of a real compound
    assert readings("Russia has lost 300 armoured personnel carriers near Avdiivka.") == []
    assert readings("Russia has massed 40 infantry fighting vehicles near Kupiansk.") == []


def test_a_number_after_a_month_counts_when_a_unit_follows_it():
    # "in May 9 soldiers": a month on its own, the number counts the unit after it
    assert readings("In May 9 soldiers were killed near Toretsk.") == [(9.0, "troops", "", "loss")]
    assert readings("In August 14 villages were taken by Russian forces.") == [(14.0, "settlements", "Russia", "gain")]
    # with no unit after it, or after "on" (which takes a day), the number is the day of a date
    assert readings("The map published on July 21 shows the front.") == []
    assert readings("On March 3 Russian troops shelled Kherson.") == []


def test_a_daily_tally_of_the_enemy_is_the_side_opposite_its_reporter():
    # "(+N)" after a total: the day's rise; "the enemy" is the other side of whoever reports the tally
    assert {r[2] for r in readings("The Russian Defence Ministry said the enemy had lost over the day: "
                                   "personnel – about 1,700 (+250).")} == {"Ukraine"}
    # nobody says whose enemy it is: no side rather than a guess
    assert {r[2] for r in readings("Total losses of the enemy near Kupiansk: personnel – about 9,000 (+150).")} == {""}
    # a total counted from the day of the invasion is the Ukrainian General Staff's tally
    assert {r[2] for r in readings("The total combat losses of the enemy since February 24, 2022 were about: "
                                   "personnel – 520,000 (+1,200).")} == {"Russia"}


def test_m_is_a_million_before_any_word_the_units_table_counts_people_with():
    # the people words come from data/units.csv (dimension people), not a list in the code
    assert [r[:2] for r in readings("Kyiv says Russia has lost 1.1m fighters since 2022.")] == [(1100000.0, "troops")]
    assert facts.parse_quantity("3.5m children")[0] == 3500000.0
    # no word counting people after it: "m" is no million
    assert facts.parse_quantity("a 1.5m wall")[0] != 1500000.0


def test_civilians_fleeing_or_leaving_is_no_ground_lost():
    # a direction verb whose subject is a group of civilians (refugees, residents, people) is no
    # territorial change of a side: at most the people count, flagged civilian
    for text in ("The UN said 12,000 people had fled the Sumy region in the past week.",
                 "Thousands of residents left Kupiansk in the spring.",
                 "The shelling forced civilians to flee Kherson.",
                 "Residents have been forced to leave Vovchansk.",
                 "Families fleeing Pokrovsk crowded the station."):
        table = facts.extract(corpus.from_text(text, published="2024-06-01"))
        territorial = table[table["category"].isin(["territory", "settlements"])]
        assert territorial.empty, text
        counted = table[table["quantity"].notna()]
        assert set(counted["flag"]) <= {"civilians"}, text
    # the same verb with forces as its subject is still a loss of ground
    table = facts.extract(corpus.from_text("Ukrainian troops were forced to leave Vuhledar.",
                                           published="2024-06-01"))
    assert [(r.category, r.actor, r.change) for r in table.itertuples()] == [
        ("territory", "Ukraine", "loss")]
    table = facts.extract(corpus.from_text("Russian troops fled Kherson in November.",
                                           published="2022-11-20"))
    assert [(r.category, r.actor, r.change) for r in table.itertuples()] == [
        ("territory", "Russia", "loss")]


def test_civilians_as_the_object_before_a_direction_verb_do_not_hide_the_troops_move():
    from saidvsdone import corpus, facts
    table = facts.extract(corpus.from_text("Ukrainian troops defending residents withdrew from Avdiivka on Saturday.",
                                           published="2024-03-10"))
    assert table[["actor", "change"]].values.tolist() == [["Ukraine", "loss"]]
    assert facts.extract(corpus.from_text("Thousands of residents left Vovchansk.", published="2024-03-10")).empty

def test_a_window_in_a_dated_statement_counts_back_from_the_statement_day():
    # rule: "in the past two weeks", "over the last month", "in recent days" in a sentence whose speech act
    # has a day end on that day (the figure was stated then), else on the publication date
    said = "A ministry spokesman said on Monday that troops had taken 30 square kilometres {}."
    plain = "Troops have taken 30 square kilometres {}, the report shows."
    for period, days in (("in the past two weeks", 14), ("in the past week", 7)):
        row = facts.extract(corpus.from_text(said.format(period), published="2024-06-05")).iloc[0]
        assert (str(row.period_start.date()), str(row.period_end.date())) == (
            str((pd.Timestamp("2024-06-03") - pd.Timedelta(days=days)).date()), "2024-06-03")
        row = facts.extract(corpus.from_text(plain.format(period), published="2024-06-05")).iloc[0]
        assert str(row.period_end.date()) == "2024-06-05"
    row = facts.extract(corpus.from_text(said.format("over the last month"), published="2024-06-05")).iloc[0]
    assert (str(row.period_start.date()), str(row.period_end.date())) == ("2024-05-03", "2024-06-03")
    # a quote dated by its speech verb: the same
    text = "“We took 30 square kilometres in the past week,” the spokesman said on Monday."
    row = facts.extract(corpus.from_text(text, published="2024-06-05")).iloc[0]
    assert str(row.period_end.date()) == "2024-06-03"


# --- stress batches 17 and 18 (multi-paragraph house styles) -------------------------------------

def test_a_tally_label_is_read_by_its_head_noun():
    # rule: in a loss tally ("The losses of the enemy …:" then "- label ‒ N (+M)") a label whose last
    # words are a unit ("operational-tactical UAVs", "cruise missiles") counts that unit; the enemy's
    # drones and missiles in the tally were shot down by the side keeping it
    text = ("The total combat losses of the enemy from 24.02.22 to 01.03.25 are approximately:\n\n"
            "- personnel ‒ about 880,000 (+1,100);\n- long-range UAVs ‒ 25,000 (+80);\n"
            "- cruise missiles ‒ 3,100 (+4).")
    assert readings(text) == [
        (880000.0, "troops", "Russia", "loss"), (1100.0, "troops", "Russia", "loss"),
        (25000.0, "drones", "Ukraine", "count"), (80.0, "drones", "Ukraine", "count"),
        (3100.0, "missiles", "Ukraine", "count"), (4.0, "missiles", "Ukraine", "count")]


def test_a_model_name_before_the_unit_names_the_side_that_fires_it():
    # rule: Kh-… codes, Shahed, Geran, Iskander, Kalibr … are Russia's launches; HIMARS, ATACMS, Storm
    # Shadow … Ukraine's; shot down, they count for the other side (a code with a slash is one code)
    assert readings("The attack involved 30 Kh-101 cruise missiles and 60 Geran-2 drones.") == [
        (30.0, "missiles", "Russia", "count"), (60.0, "drones", "Russia", "count")]
    assert readings("Air defences destroyed 12 HIMARS rockets overnight.") == [
        (12.0, "missiles", "Russia", "count")]
    assert readings("Air defences shot down 9 Shahed-type drones and four Kh-59/69 missiles.") == [
        (9.0, "drones", "Ukraine", "count"), (4.0, "missiles", "Ukraine", "count")]


def test_figures_listed_after_a_shoot_down_verb_share_it():
    # rule: "shot down A, B and C": every figure of the list is shot down by the same side
    assert readings("Air defence systems shot down two guided bombs, 11 ATACMS missiles and 70 drones.") == [
        (11.0, "missiles", "Russia", "count"), (70.0, "drones", "Russia", "count")]
    # a part of what was shot down ("including N") is shot down too
    assert readings("Ukraine's air force said it destroyed 40 of 50 air targets, including three Kh-22 missiles.") == [
        (40.0, "air targets", "Ukraine", "count"), (50.0, "air targets", "Russia", "count"),
        (3.0, "missiles", "Ukraine", "count")]


def test_a_bulleted_line_takes_the_verb_of_its_heading():
    # rule: "X had shot down:" then "- N …;" lines: each line is shot down
    text = ("Overnight Russia attacked with 40 Shahed drones.\n\nBy morning air defences had shot down:\n"
            "- 31 Shahed drones;\n- 2 Iskander-M missiles.")
    assert readings(text) == [(40.0, "drones", "Russia", "count"), (31.0, "drones", "Ukraine", "count"),
                              (2.0, "missiles", "Ukraine", "count")]


def test_the_enemy_in_a_report_without_its_own_speaker_is_the_nearest_speakers_enemy():
    # rule: a sentence with no speech verb belongs to the report of the nearest speaker (600 characters):
    # "the enemy" there is that speaker's enemy; drones "lost" in a report were downed by the defender
    text = ("Overnight the enemy attacked with 50 strike UAVs. A further 12 drones were lost from radar, "
            "the Ukrainian air force said.")
    assert readings(text) == [(50.0, "drones", "Russia", "count"), (12.0, "drones", "Ukraine", "count")]


def test_it_said_is_who_spoke_not_the_object_of_a_combat_verb():
    # rule: a speaking "It" ("It said its units …") does not take a side that was the object of a verb of
    # combat ("repelled Ukrainian attacks") as its antecedent
    text = ("Russia's defence ministry said its forces had repelled Ukrainian attacks near Kupiansk. "
            "It said its units had advanced up to 3 km and destroyed 20 drones.")
    assert readings(text) == [(3.0, "km", "Russia", "gain"), (20.0, "drones", "Russia", "count")]


def test_a_verbless_launch_total_takes_the_attacker_not_the_reporter():
    # rule: "Total: N missiles" after "X struck …, the Y air force said": the side that struck launched them
    text = "Russia struck the power grid overnight, the Ukrainian air force said. Total: 70 missiles and 40 drones."
    assert readings(text) == [(70.0, "missiles", "Russia", "count"), (40.0, "drones", "Russia", "count")]


def test_clearing_the_other_side_from_an_area_is_a_gain():
    # rule: "X cleared <forces> from <area>": the subject gains the area
    assert readings("Ukrainian troops cleared Russian forces from 12 square kilometres near Kupiansk.") == [
        (12.0, "km2", "Ukraine", "gain")]


def test_his_forces_after_a_role_noun_take_the_side_its_phrase_names():
    # rule: "his" with no person before it in its sentence is the role noun whose side its phrase names
    assert readings("The commander of Ukraine's 3rd Brigade said his forces had retaken 4 square miles.") == [
        (4.0, "sq mi", "Ukraine", "gain")]
    assert readings("A Russian brigade commander said his men had advanced 2 km.") == [
        (2.0, "km", "Russia", "gain")]


def test_a_pronoun_after_the_enemy_and_our_beside_it_are_read_through_the_enemy():
    # rule: "they" whose antecedent is "the enemy" takes the enemy's side once known; "we" / "our" that no
    # speech resolves is the side opposed to "the enemy" of its paragraph
    text = ("The town is under heavy pressure, a Ukrainian officer said.\n\n"
            "In April the enemy was 15 kilometres from the town. Now they are about 9 kilometres away. "
            "Our units have lost around 25 square kilometres, but we are holding.")
    assert readings(text) == [(15.0, "km", "Russia", "distance"), (9.0, "km", "Russia", "distance"),
                              (25.0, "km2", "Ukraine", "loss")]


def test_a_count_that_fell_to_n_from_a_peak_of_m():
    # rule: "casualties fell to N" counts like "rose to N"; "from a peak of M" restates the same count
    assert readings("Russia's daily casualties fell to about 900 in June, from a peak of 1,300 in March, "
                    "British intelligence said.") == [
        (900.0, "troops", "Russia", "loss"), (1300.0, "troops", "Russia", "loss")]
    assert readings("Russia's monthly gains fell to 300 square kilometres in December, from a peak of 610 in November.") == [
        (300.0, "km2", "Russia", "gain"), (610.0, "km2", "Russia", "gain")]


def test_a_depth_beside_a_width_is_a_size_and_a_raised_strength_a_target():
    # rule: "N km wide and M km deep" (either order) gives the size of an area, not an advance; a depth on
    # its own ("pushed 10 km deep into") still is one
    table = facts.extract(corpus.from_text("The salient is 8 km deep and 12 km wide.", published="2024-06-01"))
    assert set(table["flag"]) == {"dimension"} and len(table) == 2
    assert readings("Ukrainian troops pushed 10 km deep into the Kursk region.") == [(10.0, "km", "Ukraine", "gain")]
    # rule: "(plans to) raise / increase the strength (size, numbers) of … to N" is a target, flagged projected
    table = facts.extract(corpus.from_text(
        "Moscow plans to increase the size of its army to 1.3 million soldiers, the minister said.",
        published="2024-06-01"))
    assert table["flag"].tolist() == ["projected"]


def facts_without_number(text: str) -> list[tuple]:
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    table = table[table["quantity"].isna()]
    return [(r.unit, r.actor, r.change) for r in table.itertuples()]


def test_facts_without_a_number_strikes_banks_and_surrender():
    # rule: "hit" with a place after it is a strike; a name before "region" / "oblast" is a place even when
    # the gazetteer lacks it
    assert facts_without_number("Ukrainian drones hit a fuel depot in the Tambov region overnight.") == [
        ("strikes", "Ukraine", "count")]
    # rule: a river bank is ground that can be held
    assert facts_without_number("Russian troops still hold the east bank of the Oskil.") == [
        ("area", "Russia", "held")]
    # rule: a side's soldiers who surrendered are that side's loss; a country that "will not surrender" is none
    assert facts_without_number("The Russian garrison of the village surrendered on Friday.") == [
        ("people", "Russia", "loss")]
    assert facts_without_number("Ukraine will never surrender, the president said.") == []


def test_its_after_the_institution_said_is_that_institution():
    # rule: "The military said its units …": the pronoun is the institution named before as "<side>'s military"
    text = ("Russian forces took a village near Kupiansk, Ukraine's military said on Monday.\n\n"
            "The military said its units were holding firm but that the enemy had brought in 1,800 fresh troops.")
    assert readings(text) == [(1800.0, "troops", "Russia", "count")]


def test_battlegroups_name_their_side_and_a_sector_is_where_not_whose():
    # rule: the battlegroups' names (Zapad, Vostok, … for Russia; Khortytsia, Tavria for Ukraine) are forces of
    # their side; "his troops" after "the commander of the Vostok group" are that side's; "moved N km west of"
    # a place is an advance's depth
    text = ("The commander of the Vostok group said his troops had moved up to 4 kilometres west of Kurakhove. "
            "\"The adversary has lost up to 900 servicemen on our sector,\" he said.")
    assert readings(text) == [(4.0, "km", "Russia", "gain"), (900.0, "troops", "Ukraine", "loss")]


def test_he_opening_a_quote_paragraph_is_the_role_noun_that_closed_the_paragraph_before():
    # rule: "…, the commander of the Khortytsia group said." then '"We took …," he told …, adding that
    # Russian units …': "he" is that commander, "we" his side, not the side named after "adding that"
    text = ("Ukrainian units advanced near Kupiansk this week, the commander of the Khortytsia group said.\n\n"
            "\"We have retaken 9 square kilometres,\" he told reporters, adding that Russian units had lost 200 men.")
    assert readings(text) == [(9.0, "km2", "Ukraine", "gain"), (200.0, "troops", "Russia", "loss")]


def test_figures_from_before_the_war_and_distances_between_places_stay_out():
    # rule: a sentence set before this war ("In 1943", "in the 1990s", "during the Second World War") with no
    # year of this war gives historical figures, flagged and left out of the comparison
    table = facts.extract(corpus.from_text("In the 1990s, Russia lost some 5,500 soldiers in Chechnya.",
                                           published="2024-06-01"))
    assert table["flag"].tolist() == ["historical"]
    assert readings("Russia has lost 600,000 troops, more than in every war since 1945 combined.") == [
        (600000.0, "troops", "Russia", "loss")]
    # rule: a distance in an apposition to a place ("Pokrovsk, some 60 km from Donetsk,") is where the place is
    assert readings("The town of Pokrovsk, some 60 km from Donetsk, had 60,000 residents before the war.") == []
    assert readings("Russian forces are now 20 km from Pokrovsk.") == [(20.0, "km", "Russia", "distance")]


def test_forces_which_number_n():
    # rule: "<forces>, which (now) number N" counts the troops of that side; "number" there is a verb, not a
    # reference ("Resolution number 12")
    assert readings("Kyiv's forces, which now number roughly 880,000, are stretched thin.") == [
        (880000.0, "troops", "Ukraine", "count")]
    assert readings("Resolution number 12 was adopted.") == []


def test_bulleted_lines_under_a_losses_heading_are_losses():
    # rule: "<side> losses …:" then "- N personnel;" lines (the number first): the heading's side lost them;
    # drones listed there were shot down by the other side
    text = "Russian losses over the past day, according to the General Staff:\n- 1,100 personnel;\n- 35 drones."
    assert readings(text) == [(1100.0, "troops", "Russia", "loss"), (35.0, "drones", "Ukraine", "count")]


@pytest.mark.parametrize("words, start, end", [
    ("since late May", "2024-05-21", "2024-06-18"),
    ("in early June", "2024-06-01", "2024-06-10"),
    ("in mid-May", "2024-05-11", "2024-05-20"),
    ("in late June", "2023-06-21", "2023-06-30"),  # not yet late June on 18 June: the year before
])
def test_early_mid_and_late_parts_of_a_month_are_its_thirds(words, start, end):
    found = facts.extract(corpus.from_text(
        f"Ukrainian units had recaptured about 40 square kilometres {words}, the general staff said.",
        published="2024-06-18"))
    row = found.iloc[0]
    assert (str(row["period_start"].date()), str(row["period_end"].date())) == (start, end)


def test_a_place_fronted_before_the_clause_is_the_figure_s_place():
    found = facts.extract(corpus.from_text(
        "North of Kharkiv, Ukrainian units had recaptured about 40 square kilometres, the general staff said. "
        "In March, Russian forces took 300 square kilometres.", published="2024-06-18"))
    assert found["place"].tolist() == ["Kharkiv", ""]


def flags_of(text: str) -> list[tuple]:
    table = facts.extract(corpus.from_text(text, published="2024-08-20"))
    table = table[table["quantity"].notna()]
    return [(float(r.quantity), r.flag) for r in table.itertuples()]


def test_a_time_before_the_war_flags_only_the_figure_of_its_own_clause():
    # rule: "In/During <pre-war year or era>," opening the figure's clause, or that time with the figure's
    # verb in the past tense, flags the figure historical; "since <a war>" dates nothing, a present-tense
    # figure is of today, and a figure in another clause is not governed by the year
    assert flags_of("In 2012, Russia had 40,000 troops; it said on Friday it had killed 900 Ukrainian soldiers.") == [
        (40000.0, "historical"), (900.0, "")]
    assert flags_of("Russia lost 3,000 soldiers in Georgia in 2008.") == [(3000.0, "historical")]
    assert flags_of("Russian forces took 70 square kilometres, the deepest push since the Second World War.") == [
        (70.0, "")]
    assert flags_of("Russia now holds about 20% of the territory Ukraine had in 1995.") == [(20.0, "")]


def test_a_clearing_phrase_takes_ground_only_when_forces_are_cleared():
    # rule: the slot of "cleared * from" / "cleared * out of" must name forces (troops, the enemy, occupiers,
    # a side's demonym); clearing mines, rubble or people from an area is no ground gained
    for text in ("Ukrainian sappers have cleared mines from 500 square kilometres of fields.",
                 "Russian crews cleared rubble from 2 square kilometres of Donetsk."):
        assert [r[3] for r in readings(text)] == [""]      # an area with no direction
    assert readings("Ukrainian units cleared the occupiers from 6 square kilometres near Robotyne.") == [
        (6.0, "km2", "Ukraine", "gain")]


def events_of(text: str) -> list[tuple]:
    table = facts.extract(corpus.from_text(text, published="2024-08-20"))
    return [(r.category, r.actor, r.change) for r in table.itertuples()]


def test_hit_is_a_strike_only_with_a_weapon_or_force_as_its_subject():
    # rule: "hit" + a place is a strike only when its subject is a weapon, an attack or a side's forces;
    # prices, weather or floods that "hit" a region are no strike; the noun "storm" takes no ground
    # (the verb "storm" needs its territory as a direct object)
    assert events_of("Food prices hit a record in the Belgorod region in May.") == []
    assert events_of("The storm hit 30 houses in the Mykolaiv region.") == []
    assert events_of("Ukrainian drones hit a fuel depot in the Bryansk region.") == [("strikes", "Ukraine", "count")]
    assert events_of("Russian troops storm the village of Krynky.") == [("settlements", "Russia", "gain")]


def test_the_enemy_is_read_from_the_speech_act_before_it_not_the_one_after():
    # rule: "the enemy" in a sentence with no speech verb of its own takes the nearest speech act before it
    # in its paragraph; a following one only when none comes before; its own sentence's verb comes first
    assert readings("Ukraine's navy said on Friday that its crews were on alert. The enemy launched 6 drones. "
                    "Russia's defence ministry said it had struck a port.") == [(6.0, "drones", "Russia", "count")]
    assert readings("The enemy launched 9 drones overnight. Most were downed, Russia's defence ministry said.") == [
        (9.0, "drones", "Ukraine", "count")]
    assert readings("Russia's defence ministry said it had struck a port. \"The enemy lost 80 men,\" "
                    "Ukraine's general staff said.") == [(80.0, "troops", "Russia", "loss")]


def test_a_loss_heading_does_not_take_lines_of_their_own_or_losses_the_other_side_caused():
    # rule: a bulleted line under a "losses/casualties:" heading is that side's loss only when it is a bare
    # tally item: a line with its own verb or naming a side is read on its own, and a heading whose losses a
    # side caused ("Russian shelling caused …", "after the Russian attack") gives them to no side
    table = facts.extract(corpus.from_text("Russian shelling caused casualties in the Kharkiv region:\n\n"
                                           "- 4 people were killed in Vovchansk", published="2024-08-20"))
    assert [(r.actor, r.change) for r in table[table["quantity"] == 4].itertuples()] == [("Ukraine", "loss")]
    assert readings("Ukraine counted these losses after the Russian strike:\n\n- 30 drones launched by Russia.") == [
        (30.0, "drones", "Russia", "count")]
    # a tally heading keeps its side
    assert readings("Russian losses over the past day:\n\n- 900 personnel;\n- 20 drones.") == [
        (900.0, "troops", "Russia", "loss"), (20.0, "drones", "Ukraine", "count")]


@pytest.mark.parametrize("text, actor", [
    # the side that caused casualties ("Russian shelling caused …") is not the side that suffered them
    ("Russian shelling caused casualties in the Kharkiv region overnight, the governor said.", "Ukraine"),
    ("Russian forces suffered heavy casualties near Bakhmut, the ministry said.", "Russia"),
])
def test_the_side_that_caused_casualties_is_not_the_side_that_suffered_them(text, actor):
    found = facts.extract(corpus.from_text(text, published="2024-05-16"))
    assert found.loc[found["category"] == "casualties", "actor"].tolist() == [actor]


def test_it_speaking_and_its_opening_the_reported_clause_are_the_speaker():
    # rule (batch 19): "It says its …" and "X said … and that its forces …": "it" as the speaker of a speech
    # act and "its" opening that act's reported clause are the speaker, not the last side named before them
    assert readings("Russia's defence ministry said the raid answered Ukraine's strikes. It says its air defences destroyed 9 "
                    "Ukrainian drones over Kursk.") == [(9.0, "drones", "Russia", "count")]
    assert readings("The Russian Defence Ministry said Ukraine had lost 500 servicemen and that its forces had "
                    "shot down 14 Ukrainian drones.") == [(500.0, "troops", "Ukraine", "loss"),
                                                          (14.0, "drones", "Russia", "count")]
    # "their" may be anyone's ("saying that their shortage"); a claim's "its" after another's name stays
    assert readings("Kyiv said it held 20 percent of the region, rejecting Moscow's claim that its troops "
                    "controlled 90 percent.") == [(20.0, "percent", "Ukraine", "share"),
                                                  (90.0, "percent", "Russia", "share")]


def test_a_pronoun_in_a_quote_refers_to_the_speakers_words_not_the_attribution():
    # rule (batch 19): "it" / "they" inside a quote take their antecedent from the quoted words ("the enemy"),
    # not from a side named in the attribution between two quotes ("a spokesman for the Khortytsia group")
    assert readings('"The enemy attacked near Pokrovsk again," said a spokesman for the Khortytsia group. '
                    '"It lost 300 men."') == [(300.0, "troops", "Russia", "loss")]
    assert readings('"The enemy keeps attacking," said an officer of the Tavria group. '
                    '"Yesterday alone they lost 90 soldiers."') == [(90.0, "troops", "Russia", "loss")]


@pytest.mark.parametrize("text", [
    # rule (batch 19): a relocation ("moved its headquarters 15 km west") is not where the forces are
    "The brigade has moved its headquarters about 12 km west, an officer said.",
    "Russian commanders relocated the command post 30 km east of the river.",
    # a place that "lies" N km from somewhere is where a place is, even when forces are named earlier in the
    # sentence (in another clause)
    "Sudzha, which Ukrainian troops entered in August, had 5,000 residents and lies 9 km from the border.",
    # a distance in apposition to a place noun ("an airfield in the Saratov region, 700 km from the border")
    "Ukrainian drones hit an airfield in the Saratov region, 650 km from the border.",
])
def test_where_a_place_or_a_headquarters_is_is_no_distance_of_forces(text):
    assert [r for r in readings(text) if r[1] in ("km", "mi")] == []


def test_forces_placed_at_a_distance_are_still_read():
    assert readings("Russian troops are now located 4 km from the edge of Pokrovsk.") == [
        (4.0, "km", "Russia", "distance")]
    assert readings("Ukrainian troops advanced 3 km south of Robotyne.") == [(3.0, "km", "Ukraine", "gain")]


@pytest.mark.parametrize("text", [
    # rule (batch 19): prisoners "returned" / "released" / "handed back" to the other side are no loss
    "On Friday Russia and Ukraine each returned 120 prisoners of war.",
    "Kyiv handed back 45 Russian prisoners in the swap's second stage.",
])
def test_prisoners_handed_back_are_no_loss(text):
    assert readings(text) == []


@pytest.mark.parametrize("text", [
    # rule (batch 19): weapons received, produced or bought are a stock, not launches or interceptions
    "Last month the brigade received 700 FPV drones from volunteers.",
    "Russia now produces about 2,500 Shahed drones a month, up from 350 a year earlier, intelligence said.",
])
def test_weapons_made_or_delivered_are_no_launches(text):
    assert readings(text) == []
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    assert set(table.loc[table["unit"] == "drones", "flag"]) == {"supply"}    # listed, set aside


def test_weapons_used_after_delivery_are_counted():
    assert readings("The Ukrainian unit received new interceptors and shot down 14 drones overnight.") == [
        (14.0, "drones", "Ukraine", "count")]
    # the supply verb must govern the number: "received reports that 40 drones were launched" is a launch count
    assert readings("Ukraine's air force received reports that 40 drones were launched by Russia.") == [
        (40.0, "drones", "Russia", "count")]


def test_a_capitalised_model_name_before_a_weapon_word():
    # rule (batch 19): one or two capitalised words between a number and "missiles" / "rockets" / "drones" name the
    # model ("11 Vampire rockets", "six Storm Shadow missiles"), as a formation does before soldiers
    assert readings("Russian air defences shot down 40 Ukrainian drones and 9 Vampire rockets over Belgorod.") == [
        (40.0, "drones", "Russia", "count"), (9.0, "missiles", "Russia", "count")]
    assert readings("Russia's ministry said it intercepted four Storm Shadow missiles.") == [
        (4.0, "missiles", "Russia", "count")]
    # a month is no model ("on 12 June Russian forces attacked" holds no count)
    assert readings("On 12 June Russian forces attacked the town.") == []


def test_a_noun_fronted_before_the_number():
    # rule (batch 19): "Of the missiles, two were intercepted": the counted noun stands before the number
    assert readings("Russia fired 30 drones and 6 missiles overnight. Of the missiles, four were intercepted.") == [
        (30.0, "drones", "Russia", "count"), (6.0, "missiles", "Russia", "count"),
        (4.0, "missiles", "Ukraine", "count")]


def test_people_a_side_has_lost_are_its_troops():
    # rule (batch 19): "people" that a side "lost" (its subject) are troops; a strike's dead stay civilians
    assert readings('Syrskyi said Russia had lost "more than 20,000 people" in the Kursk region.') == [
        (20000.0, "troops", "Russia", "loss")]
    assert readings("Ukraine lost 40 people in the Russian missile strike on Dnipro, officials said.") == []


def test_a_bare_number_counts_the_soldiers_of_the_sentence_before():
    # rule (batch 19): a number opening its sentence as the subject of "were captured" / "had surrendered"
    # ("Two were captured", "Some 20 of them had surrendered") counts the soldiers of the sentence before and
    # keeps their side
    assert readings("About 3,000 North Korean soldiers have been killed or wounded in Kursk. Three were "
                    "captured alive, Zelensky said.") == [(3000.0, "troops", "Russia", "loss"),
                                                         (3.0, "troops", "Russia", "loss")]
    assert readings("Some 900 Ukrainian soldiers were cut off near the river. About 40 of them had surrendered "
                    "by Monday.")[-1] == (40.0, "troops", "Ukraine", "loss")
    # a number with no soldiers before it is no count
    assert readings("The talks lasted hours. Two were captured on camera, the report said.") == []


def test_forces_numbered_at_a_figure():
    # rule (batch 19): "<side> forces … numbered about 600": the body of troops is the subject of "numbered"
    assert readings("Russian troops trapped in the pocket south of the town numbered about 2,500.") == [
        (2500.0, "troops", "Russia", "count")]


def test_a_sentence_comparing_the_figure_reads_its_figures_like_it():
    # rule (batch 19): "The figure compares with N in October and an average of M a month": figures compared
    # with the one of the sentence before are the same kind of fact, by the same side
    assert readings("Russian forces seized 500 square kilometres in May. The figure compares with 420 square "
                    "kilometres in April and an average of 150 square kilometres a month last year.") == [
        (500.0, "km2", "Russia", "gain"), (420.0, "km2", "Russia", "gain"), (150.0, "km2", "Russia", "gain")]


def test_a_share_an_area_amounts_to_is_that_sides_share():
    # rule (batch 19): "the 500 sq km taken … amounted to less than 0.1 percent of Ukraine": the area's side
    assert readings("Ukrainian troops retook 300 square kilometres in June. Analysts noted that the 300 sq km "
                    "amounted to about 0.05 percent of Ukraine's territory.")[-1] == (0.05, "percent", "Ukraine", "share")


def test_a_quoted_participle_of_interception():
    # rule (batch 19): 'were "lost locally"' is a passive of interception even with the quote mark before it
    assert readings('Russia launched 60 drones overnight, the air force said. Another 20 drones were "lost '
                    'locally" to electronic warfare, it said.') == [(60.0, "drones", "Russia", "count"),
                                                                  (20.0, "drones", "Ukraine", "count")]


def test_the_occupiers_are_russia_and_pay_their_own_losses():
    # rule (batch 19): "the occupiers" / "the invaders" are Russia's troops whoever else the sentence names, and
    # the side that "has paid with" / "lost" / "suffered" N is the enemy subject's own
    assert readings("Ukraine's army concedes that Russia has gained ground, but says the occupiers have paid "
                    "with some 900 killed and wounded.") == [(900.0, "troops", "Russia", "loss")]
    # the soldiers the occupiers killed are not theirs
    assert readings("The occupiers killed 30 Ukrainian soldiers near Kupiansk, the General Staff said.") == [
        (30.0, "troops", "Ukraine", "loss")]


def test_ground_held_in_the_other_sides_land_is_a_gain():
    # rule (batch 20): settlements or area a side holds in the other side's land (the other side's adjective on
    # them, or a region of the other side's named in the sentence) are held in an advance: a gain, not a stock
    assert readings("Zelensky said 60 Russian settlements were under Ukrainian control.") == [
        (60.0, "settlements", "Ukraine", "gain")]
    assert readings("The governor of the Kursk region told Putin that Ukraine held 25 settlements.") == [
        (25.0, "settlements", "Ukraine", "gain")]
    # a remainder stays a stock
    assert readings("In the Kursk region, Ukraine still held 12 settlements, the governor said.") == [
        (12.0, "settlements", "Ukraine", "held")]


def test_the_positions_of_a_sides_troops_are_that_side():
    # rule (batch 20): "the positions / lines / assault groups of <side> troops" is that side's subject
    assert readings("The front-line positions of Russian troops are now 5 kilometres from Orikhiv.") == [
        (5.0, "km", "Russia", "distance")]
    assert readings("The forward lines of Ukrainian troops lie about 2 km from Verbove.") == [
        (2.0, "km", "Ukraine", "distance")]


def test_a_number_an_intention_verb_governs_is_a_target():
    # rule (batch 20): "aims to recruit N", "hoped to call up N", "plans to mobilise N": a target (projected),
    # set aside, also when the number takes its unit from the figure before it
    assert readings("Russia's defence ministry says it signed up 400,000 contract soldiers in 2024 and aims to recruit "
                    "350,000 more this year.") == [(400000.0, "troops", "Russia", "count")]
    assert readings("Ukraine hoped to mobilise 150,000 more soldiers by the summer.") == []
    table = facts.extract(corpus.from_text("Ukraine hoped to mobilise 150,000 more soldiers by the summer.",
                                           published="2024-06-01"))
    assert table.loc[table["quantity"] == 150000, "modality"].tolist() == ["projected"]


def test_air_targets_the_defenders_engaged_were_launched_by_the_other_side():
    # rule (batch 20): "engaged / tracked / detected N air targets": the count of what came in, launched by the
    # side opposite the defenders; "of which M were neutralised" are the defenders' interceptions
    assert readings("Ukraine's air force said it had engaged 60 air targets overnight, of which 45 were "
                    "neutralised.") == [(60.0, "air targets", "Russia", "count"),
                                        (45.0, "air targets", "Ukraine", "count")]
    assert readings("Russia's defence ministry said its radars had tracked 30 drones over Kursk.") == [
        (30.0, "drones", "Ukraine", "count")]


@pytest.mark.parametrize("text", [
    # rule (batch 20): settlements right after an attack ("strikes on N settlements", "shell N settlements") are its
    # targets, not ground taken
    "Over the past day, Russian troops carried out 300 strikes on 12 settlements in the region, the governor said.",
    "Russians shell 14 settlements in the Kherson region overnight.",
])
def test_settlements_struck_are_no_gain(text):
    assert [r for r in readings(text) if r[1] == "settlements"] == []


def test_rocket_launcher_shells_are_missiles():
    # rule (batch 20): the Russian defence ministry's "N HIMARS multiple rocket launcher shells" are MLRS rockets
    # (missiles), and the list after "shot down" keeps its verb
    assert readings("Russian air defences shot down 2 JDAM guided bombs, 7 HIMARS multiple rocket launcher shells "
                    "and 90 drones.") == [(7.0, "missiles", "Russia", "count"), (90.0, "drones", "Russia", "count")]


def test_people_under_arms_are_troops():
    # rule (batch 20): "N people under arms / in uniform" count a side's troops
    assert readings("Ukraine has about 900,000 people under arms, its defence minister said.") == [
        (900000.0, "troops", "Ukraine", "count")]


def test_a_hedge_between_the_casualty_word_and_the_figure():
    # rule (batch 20): "casualties … were likely to be about N": the hedge does not cut the count from its noun
    assert readings("The ministry said total Russian casualties since the invasion were likely to be about "
                    "700,000.") == [(700000.0, "troops", "Russia", "loss")]


def test_the_figure_was_counts_what_the_figure_before_counted():
    # rule (batch 20): "…; in April, the figure was more than 4,000": the same kind of count as the figure before
    assert readings("In May 2023 Russia launched about 400 Shahed drones; in April this year, the figure was "
                    "more than 3,000, a think tank said.") == [(400.0, "drones", "Russia", "count"),
                                                              (3000.0, "drones", "Russia", "count")]


def test_a_countrys_total_area_is_no_ground_held():
    # rule (batch 20): "Ukraine's total area is N km²" is a reference size; an occupied area stays a fact
    assert readings("Ukraine's total area is 603,628 square kilometres.") == []
    assert readings("Russian forces occupy about 113,000 square kilometres of Ukraine.") == [
        (113000.0, "km2", "Russia", "held")]


def test_a_bracketed_conversion_of_a_single_unit_in_words():
    # rule (batch 20): "(almost a mile)", "(about a square mile)": a conversion of one unit, a row of its own
    table = numbers("Ukrainian troops advanced about 1.5 km (almost a mile) east of Robotyne.")
    assert [(r.quantity, r.unit, r.qualifier, r.actor, r.change) for r in table.itertuples()] == [
        (1.5, "km", "about", "Ukraine", "gain"), (1.0, "mi", "nearly", "Ukraine", "gain")]
    assert table.loc[1, "conversion_of"] == table.loc[0, "fact_id"]
    # a number word is read as a quantity already (no second row)
    assert len(numbers("Russia took 2.6 square kilometres (about one square mile).")) == 2


def test_forces_as_a_pronoun_that_have_a_number_of_the_troops_before():
    # rule (batch 19): "… fresh troops …; they now have about 9,000 on this axis": a bare number that forces
    # named as a pronoun have, with troops counted earlier in the sentence, counts those troops
    assert readings("Russian commanders keep bringing in fresh troops near Pokrovsk; they now have about 9,000 "
                    "on this axis, Ukraine's army said.") == [(9000.0, "troops", "Russia", "count")]


def test_a_preposition_ends_the_noun_phrase_after_a_number():
    # rule (batch 19): "about 9,000 near the town" counts no town: a preposition stops the unit scan
    assert readings("Officials counted about 9,000 near the town.") == []
    assert readings("Russian forces took 3 more small frontline villages.") == [(3.0, "settlements", "Russia", "gain")]


def test_court_capacity_and_facility_words_are_read_from_fact_cues_csv(tmp_path, monkeypatch):
    # the words before a number that make it no count of the war ("sentenced", "a total salvo of", "a depot …
    # 1,200 km") are rows of data/fact_cues.csv (cues court_verb, capacity, facility): a row added there counts
    import shutil

    from saidvsdone import corpus, facts
    from saidvsdone._paths import data_file

    def count(text):
        table = facts.extract(corpus.from_text(text, published="2024-06-01"))
        return int((table["quantity"].notna() & (table["flag"] == "")).sum())

    assert count("A military court sentenced 12 Ukrainian soldiers on Monday.") == 0
    assert count("The frigate carries a total salvo of up to 8 Kalibr missiles.") == 0
    assert count("Kyiv's drones hit an oil depot 900 km inside Russia.") == 0
    assert count("A military court fined 12 Ukrainian soldiers on Monday.") == 1
    folder = tmp_path / "data"
    shutil.copytree(data_file(), folder, ignore=shutil.ignore_patterns("articles", "territory"))
    with open(folder / "fact_cues.csv", "a", encoding="utf-8") as handle:
        handle.write("fined,court_verb,\n")
    monkeypatch.setenv("SAIDVSDONE_DATA", str(folder))
    facts.reload()
    try:
        assert count("A military court fined 12 Ukrainian soldiers on Monday.") == 0
    finally:
        monkeypatch.delenv("SAIDVSDONE_DATA")
        facts.reload()
