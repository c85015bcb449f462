"""Battlefield facts in the shapes of real copy (issue 14, third pass): figures whose verb or unit is gapped, lists
by formation or direction, "the enemy" in an agency's readout, sides taken from the source. Every sentence here is
invented for the test."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str, published: str = "2025-06-01") -> pd.DataFrame:
    table = facts.extract(corpus.from_text(text, published=published))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def rows(text: str) -> list[tuple]:
    return [(r.quantity, r.unit, r.actor, r.change) for r in numbers(text).itertuples()]


def test_a_unit_after_coordinated_modifiers_counts():
    # "60 Shahed-type and decoy drones": the drones, with the shoot-downs after that count them
    got = rows("Russia attacked overnight with 60 Shahed-type and decoy drones, the air force said. "
               "Air defences shot down 38 of them, while 11 more were jammed.")
    assert got == [(60, "drones", "Russia", "count"), (38, "drones", "Ukraine", "count"),
                   (11, "drones", "Ukraine", "count")]


def test_a_list_by_formation_after_semicolons_repeats_the_verb_and_unit():
    # an agency's readout: each group of forces with its own figure, the verb and the unit said once
    got = rows("The ministry said Ukrainian forces lost up to 300 troops in the north; the southern group, up to 120; "
               "and the Eastern (Vostok) group, more than 80.")
    assert got == [(300, "troops", "Ukraine", "loss"), (120, "troops", "Ukraine", "loss"),
                   (80, "troops", "Ukraine", "loss")]


def test_a_bare_figure_against_or_as_an_average_counts_the_same():
    got = rows("The General Staff said Russia lost 30,000 troops in May — an average of about 1,000 a day — "
               "against 28,000 in April.")
    assert got == [(30000, "troops", "Russia", "loss"), (1000, "troops", "Russia", "loss"),
                   (28000, "troops", "Russia", "loss")]


def test_the_bare_figure_with_a_participle_counts_the_same():
    got = rows("Russia fired more than 3,000 drones in May, slightly above the 2,900 launched in April.")
    assert got == [(3000, "drones", "Russia", "count"), (2900, "drones", "Russia", "count")]


def test_losses_inflicted_are_the_other_sides():
    assert rows("Russian forces inflicted losses of 400 troops in the past day.") == [(400, "troops", "Ukraine", "loss")]
    assert rows('It said its forces had inflicted losses of "up to 9,000 servicemen" on Ukrainian units.') == \
        [(9000, "troops", "Ukraine", "loss")]
    assert rows("Ukrainian drones inflicted heavy casualties of up to 300 soldiers on the Russian assault groups.") \
        == [(300, "troops", "Russia", "loss")]


def test_the_enemy_in_a_readout_is_the_speakers_enemy_not_the_reported_clauses_subjects():
    # "The ministry noted that the Ukrainian forces lost …": the Ukrainian forces are the content, not the speaker
    got = rows("Units of the West group took a village, the Russian Defense Ministry reported.\n\n"
               "The ministry noted that the Ukrainian armed forces lost up to 230 servicemen in the area.\n\n"
               "In the zone of the South group of forces, the enemy's losses amounted to over 190 troops.")
    assert got == [(230, "troops", "Ukraine", "loss"), (190, "troops", "Ukraine", "loss")]


def test_label_lines_under_a_heading_of_advances_are_gains_of_the_side_before():
    got = rows("Russian forces gained 500 square kilometres in June, according to the analysts.\n\n"
               "Where the fighting is\n\n"
               "The breakdown of June's advances, by direction:\n"
               "Pokrovsk: 140 sq km\n"
               "Lyman: 60 sq km\n"
               "Other directions: 95 sq km\n\n"
               "Analysts expect more.")
    assert got == [(500, "km2", "Russia", "gain"), (140, "km2", "Russia", "gain"), (60, "km2", "Russia", "gain"),
                   (95, "km2", "Russia", "gain")]
    # a heading that says nothing of advances leaves the lines unread
    got = rows("Russian forces gained 500 square kilometres in June.\n\nThe districts by size:\nPokrovsk: 140 sq km")
    assert got[1][2:] == ("", "")


def test_ground_taken_by_a_subject_with_no_side_is_the_reporting_sides():
    got = rows("A counter-attack near the town recovered about 25 square kilometres and three villages, "
               "Ukraine's General Staff said.")
    assert got == [(25, "km2", "Ukraine", "gain"), (3, "settlements", "Ukraine", "gain")]
    # in the passive the ground may be the enemy's: no side from the reporter
    assert rows("Twelve villages were taken in the offensive, Ukraine's General Staff said.")[0][2] == ""


def test_drones_and_missiles_destroyed_in_a_daily_tally_are_shot_down_by_the_tallys_keeper():
    got = rows("The total combat losses of the enemy from February 24, 2022 to June 9, 2025 are approximately "
               "983,450 personnel, including 1,120 in the past day.\n\n"
               "This was reported by the General Staff.\n\n"
               "Also destroyed: 10,390 tanks (+3), 43,910 operational-tactical UAVs (+318), 3,460 cruise missiles.")
    assert got[2:] == [(43910, "drones", "Ukraine", "count"), (318, "drones", "Ukraine", "count"),
                       (3460, "missiles", "Ukraine", "count")]


def test_men_where_a_side_put_them_are_troops_counted():
    assert rows('"The enemy has concentrated about 12,000 men here," the Ukrainian spokesman said.') == \
        [(12000, "troops", "Russia", "count")]
    assert rows("Russia has deployed about 9,000 men near the town.") == [(9000, "troops", "Russia", "count")]


def test_men_an_advance_cost_are_the_advancing_sides_losses():
    assert rows("In June Russian troops took 556 sq km, the most this year, at a cost Ukraine puts at 33,000 men.") == \
        [(556, "km2", "Russia", "gain"), (33000, "troops", "Russia", "loss")]
    assert rows("Ukrainian forces retook the village at a heavy cost of 300 soldiers, the brigade said.") == \
        [(300, "troops", "Ukraine", "loss")]


def test_soldiers_recruited_are_counted_whatever_losses_the_clause_names():
    assert rows("Moscow continues to recruit about 30,000 contract soldiers a month, enough to replace its losses.") \
        == [(30000, "troops", "Russia", "count")]


def test_a_percentage_that_compares_is_no_share():
    got = rows("DeepState put the Russian advance at 380 square kilometres, about 8 percent lower than the ISW "
               "figure, and said Russia occupies 19% of Ukraine.")
    assert [g[:2] for g in got] == [(380, "km2"), (19, "percent")]
    assert [g[:2] for g in rows("Russian counter-attacks had cut that by about 40%, and officials said they held "
                                "800 sq km.")] == [(800, "km2")]
    assert [g[0] for g in rows("Russia controls more than 70% of the region, up from 60% a year ago.")] == [70, 60]


def test_of_them_counts_no_unit_word_that_modifies_a_noun():
    # "drone operators": the drones are no thing counted by "of them"
    assert rows("He said Russian troops now approach in pairs, and that his drone operators hit between 20 and 30 of "
                "them a day.") == []


def test_a_breakdown_of_losses_after_a_dash_counts_the_same_soldiers():
    assert rows('"We lost 11 men in that time — three killed, eight wounded," said a Ukrainian commander.') == \
        [(11, "troops", "Ukraine", "loss"), (3, "troops", "Ukraine", "loss"), (8, "troops", "Ukraine", "loss")]
    # people a strike killed in another sentence stay civilians
    assert rows("Russia lost 40 soldiers. A strike on a market killed two people.") == [(40, "troops", "Russia", "loss")]


def test_a_bare_number_captured_after_soldiers_counted_are_prisoners_of_their_side():
    assert rows("The brigade said its soldiers had killed 93 Russian troops and captured four over the week.") == \
        [(93, "troops", "Russia", "loss"), (4, "troops", "Russia", "loss")]
    assert rows("South Korea said around 4,000 of the North Koreans had been killed or wounded. In January, Ukraine "
                "said it had captured two of them.") == [(4000, "troops", "Russia", "loss"), (2, "troops", "Russia", "loss")]
    assert rows("Ukraine captured 12 villages and took two.")[1][1:] == ("settlements", "Ukraine", "gain")


def test_another_sources_figure_put_at_a_bare_number_counts_the_count_before():
    assert rows("The offensive has drawn in an estimated 50,000 Russian troops, according to Ukraine's intelligence. "
                "Western officials put the figure lower, at 35,000 to 40,000.") == \
        [(50000, "troops", "Russia", "count"), (35000, "troops", "Russia", "count"), (40000, "troops", "Russia", "count")]
    assert rows("Russia lost 1,000 troops on Monday. Kyiv puts the number at 1,200.")[1] == \
        (1200, "troops", "Russia", "loss")


def test_shot_down_or_jammed_counts_the_launch_before():
    assert rows("Russia launched a record 5,438 long-range drones at Ukraine in June. Ukraine said it had shot down or "
                "jammed 4,920 of them.") == [(5438, "drones", "Russia", "count"), (4920, "drones", "Ukraine", "count")]


def test_rocket_launcher_projectiles_are_missiles():
    assert rows("Russian air defence forces shot down 11 HIMARS multiple rocket launcher projectiles and 306 "
                "unmanned aerial vehicles over the past day.") == \
        [(11, "missiles", "Russia", "count"), (306, "drones", "Russia", "count")]


def test_a_body_of_troops_of_a_side_counts_that_sides_troops():
    got = rows('Valery Gerasimov said Russian troops control more of the region.\n\n'
               '"In the Krasnoarmeysk area, the encircled grouping of the enemy numbers up to 5,500 personnel. Our troops '
               'are tightening the ring," Gerasimov said.')
    assert got == [(5500, "troops", "Ukraine", "count")]


def test_interceptions_of_two_kinds_in_one_passive_are_the_defenders():
    got = rows("Russia launched 653 drones and 51 missiles at Ukraine overnight. Ukraine's air force said 614 of the "
               "drones and 37 of the missiles were shot down.")
    assert got[2:] == [(614, "drones", "Ukraine", "count"), (37, "missiles", "Ukraine", "count")]


def test_people_who_signed_contracts_are_counted_and_keep_the_clause_before_apart():
    got = rows("He said Ukraine's armed forces had lost almost 430,000 servicemen in 2025, and that some 410,000 "
               "Russians had signed contracts with the army over the same period, more than enough to replace the "
               "ministry's own losses.")
    assert got == [(430000, "troops", "Ukraine", "loss"), (410000, "troops", "Russia", "count")]


def test_the_enemy_of_the_paragraph_before_goes_on_when_nobody_speaks_in_its_own():
    got = rows("The Russian Defense Ministry said its troops had taken the city.\n\n"
               '"This is not true. The occupiers control no more than a few streets," the spokesman said.\n\n'
               "Over the past week, he said, the enemy lost 640 servicemen in that direction.")
    assert got == [(640, "troops", "Russia", "loss")]


def test_a_breakdown_of_losses_in_brackets_is_no_conversion():
    assert rows("Russia lost 1,200 troops (400 killed, 800 wounded) near the town, the General Staff said.") == \
        [(1200, "troops", "Russia", "loss"), (400, "troops", "Russia", "loss"), (800, "troops", "Russia", "loss")]
