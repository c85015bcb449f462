"""Battlefield facts: shapes of long real copy met in blind batch B24 (tests/gold/stress/facts_blind5_*).

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


def test_a_long_running_total_names_its_unit_or_counts_what_the_figure_before_counted():
    # the total's noun phrase may run long (a relative clause, a period) before "to N"
    assert readings("The General Staff said Russia had lost 1,050 soldiers over the past day, bringing the total "
                    "number of Russian troops lost since the start of the full-scale invasion in February 2022 to "
                    "about 990,000.") == [(1050.0, "troops", "Russia", "loss"), (990000.0, "troops", "Russia", "loss")]
    # with no figure before it, the unit the total names is read with its own verb
    assert readings("Russia's defence ministry said its forces seized Dachne, bringing the number of settlements the army "
                    "claims to have seized this month to 9.") == [(9.0, "settlements", "Russia", "gain")]
    # a total with no change of its own takes the verb inside its noun phrase and the side named before it
    assert readings("Neither claim could be verified. The villages would bring the number of settlements Russia says "
                    "it has taken in the region since August to nine.") == [(9.0, "settlements", "Russia", "gain")]
    # a total of something else stays out: "bringing the number of evacuees to 4,000"
    assert readings("Officials moved 300 more residents, bringing the number of evacuees to 4,000.") == []


def test_killed_and_wounded_without_a_noun_are_a_sides_losses_after_a_verb_of_suffering_or_an_advances_cost():
    # "N killed and wounded" names no soldiers: a side that suffered them, or the cost of its advance, makes them troops
    assert readings("Our estimate is that Russia has suffered more than 350,000 killed and wounded since "
                    "February of 2022.") == [(350000.0, "troops", "Russia", "loss")]
    assert readings("Russian troops took roughly 3,300 square kilometres this year, the group says, at a cost that "
                    "Ukraine's General Staff puts at more than 280,000 killed and wounded.") == [
        (3300.0, "km2", "Russia", "gain"), (280000.0, "troops", "Russia", "loss")]
    # a strike's dead stay civilians
    assert numbers("The shelling killed 12 and wounded 40, the governor said.").empty


def test_they_is_never_one_body_introduced_with_an_indefinite_article():
    # "a Ukrainian mapping group" is one body: the "they" that took ground is the forces before it
    assert readings("In 2024 Russian forces took about 4,000 square kilometres, according to DeepState, a Ukrainian "
                    "open-source mapping group. In the first months of this year they took roughly 3,300, the group "
                    "says.") == [(4000.0, "km2", "Russia", "gain"), (3300.0, "km2", "Russia", "gain")]


def test_drones_downed_over_a_sides_own_ground_were_downed_by_that_side():
    # the lede names the other side's interceptions; the breakdown by region is over the reporting side's ground
    assert readings("Russia said its air defences destroyed 90 Ukrainian drones overnight, while Ukraine's air force "
                    "said it downed 40 of the 52 drones Moscow launched.\n\n"
                    "It said 38 of the drones were downed over the Bryansk region, 20 over the Kursk region and the "
                    "rest over the Oryol region.") == [
        (90.0, "drones", "Russia", "count"), (40.0, "drones", "Ukraine", "count"),
        (52.0, "drones", "Russia", "count"), (38.0, "drones", "Russia", "count"), (20.0, "drones", "Russia", "count")]


def test_the_destruction_of_drones_is_their_shooting_down():
    # "reported the destruction of … drones": the reporter's side destroyed the other side's drones
    assert readings("Ukraine's General Staff said Russia had lost 1,060 soldiers over the past day. It also reported "
                    "the destruction of 11 Russian tanks and 142 operational-tactical drones.") == [
        (1060.0, "troops", "Russia", "loss"), (142.0, "drones", "Ukraine", "count")]


def test_a_list_of_figures_whose_passive_verb_ends_the_sentence():
    # "In total, … 576 airplanes, 11,028 unmanned aerial vehicles … and 15,403 tanks have been destroyed": the side that
    # shot down in the sentence before
    assert readings("Over the past day, Russian air defence systems shot down 46 Ukrainian unmanned aerial vehicles, "
                    "the ministry said.\n\nIn total, since the beginning of the operation, 576 airplanes, 262 "
                    "helicopters, 11,028 unmanned aerial vehicles and 15,403 tanks and other armored combat vehicles "
                    "have been destroyed.") == [(46.0, "drones", "Russia", "count"), (11028.0, "drones", "Russia", "count")]


def test_battlegroups_named_in_english_are_russian_forces():
    # the MoD's groups of forces in English copy: "the Center battlegroup", "the South battlegroup"
    assert readings("Units of the Center battlegroup advanced 8.6 km deep into the enemy's defences, the ministry "
                    "said.") == [(8.6, "km", "Russia", "gain")]
    assert readings("The South battlegroup inflicted losses of up to 140 servicemen.") == [
        (140.0, "troops", "Ukraine", "loss")]


def test_a_holding_that_grew_is_a_gain_and_one_put_at_less_than_a_figure_a_remainder():
    # "hold … up from …": ground held in an advance
    assert readings("Russian forces now hold about 90 square kilometers of the region, the group says, up from less "
                    "than 20 at the start of May.") == [(90.0, "km2", "Russia", "gain"), (20.0, "km2", "Russia", "gain")]
    # "hold fewer than 90 … in Kursk Oblast": what is left of a holding on the enemy's ground, a stock
    assert readings("A Russian blogger claimed that Ukrainian forces hold fewer than 90 square kilometers in Kursk "
                    "Oblast.") == [(90.0, "km2", "Ukraine", "held")]
    # without either, ground held on the enemy's side stays a gain (as before)
    assert readings("Ukrainian forces hold about 600 square kilometres of the Kursk region.") == [
        (600.0, "km2", "Ukraine", "gain")]


def test_a_demonym_of_what_a_verb_counted_is_no_subject_of_the_next_verb():
    # a title's second verb phrase keeps the title's subject, not the drones' owner
    assert readings("Russia says it downed 96 Ukrainian drones overnight, claims capture of 2 villages in "
                    "Donetsk") == [(96.0, "drones", "Russia", "count"), (2.0, "settlements", "Russia", "gain")]
    # "35 of which were destroyed" is no list of figures ending in a passive
    assert readings("Russia launched 40 drones, 35 of which were destroyed.") == [
        (40.0, "drones", "Russia", "count"), (35.0, "drones", "Ukraine", "count")]


def test_prisoners_taken_in_the_singular_idiom_are_the_other_sides_loss():
    # "took 17 prisoner": the noun makes them prisoners, whatever else the sentence killed
    assert readings('"Last week alone our forces killed 420 of them and took 17 prisoner," said the spokesman for '
                    "Ukraine's southern forces.") == [(420.0, "troops", "Russia", "loss"), (17.0, "troops", "Russia", "loss")]
    # "taken 31 of them prisoner": the side "them" stands for, when the capturer's side is unknown
    assert readings('"Our brigade has pushed the Russians back almost 2 km and taken 31 of them prisoner," the commander '
                    "of the brigade told reporters.") == [(2.0, "km", "Ukraine", "gain"), (31.0, "troops", "Russia", "loss")]
    # "prisoner exchanges" counts exchanges, not people
    assert readings("Russia and Ukraine held 12 prisoner exchanges this year.") == []


def test_enemy_dead_a_speaker_counted_are_fighters_not_a_strikes_dead():
    assert readings('"They pay for every village with a battalion," says a commander of a Ukrainian artillery '
                    'brigade. "Last month, in our sector alone, we counted 1,140 of them killed."') == [
        (1140.0, "troops", "Russia", "loss")]
    # after shelling, the dead a mayor counted are civilians (left out)
    assert readings('"We counted 30 of them dead after the shelling," said the mayor of the village.') == []


def test_a_fraction_of_another_figure_is_no_share():
    # "about half of what Russia had seized": a ratio of two figures, not a share of a country
    assert readings("By the end of 2022 Ukraine had won back some 74,000 square kilometres, about half of what Russia "
                    "had seized.") == [(74000.0, "km2", "Ukraine", "gain")]
    assert readings("Russia now occupies nearly a fifth of Ukraine's territory.") == [(100 / 5, "percent", "Russia", "share")]


def test_a_strike_range_is_no_advance():
    # "strike targets as far as 1,500 km inside Russia": where targets are, not where forces stand
    assert readings("Ukraine says its drone units now strike targets as far as 1,500km inside Russia.") == []
    assert readings("Ukrainian troops pushed as far as 30 km inside Russia.") == [(30.0, "km", "Ukraine", "gain")]


def test_a_pronoun_after_a_speech_verb_is_what_is_said_not_who_says_it():
    # "the governor said on Thursday, the closest they have come": "they" is no speaker, so the next paragraph's
    # "the enemy" is the other side of its own speaker
    assert readings("ZAPORIZHZHIA - Russian forces are now about 15 kilometres from the city, the regional governor "
                    "said on Thursday, the closest they have come since 2022.\n\n"
                    '"The enemy has advanced roughly four kilometres over the past month," Ivan Fedorov, head of the '
                    "Zaporizhzhia regional military administration, said on Telegram.", published="2025-11-14") == [
        (15.0, "km", "Russia", "distance"), (4.0, "km", "Russia", "gain")]


def test_a_total_of_losses_between_dotted_dates():
    # a Ukrainian agency's "from 24.02.22 to 21.11.24 amounted to": the dates are no figure between the noun and its verb
    assert readings("We will remind you that, according to the General Staff, the total combat losses of the enemy "
                    "from 24.02.22 to 21.11.24 amounted to approximately 721,480 people, including 1,930 over the past "
                    "day.", published="2024-11-21") == [(721480.0, "troops", "Russia", "loss"), (1930.0, "troops", "Russia", "loss")]


def test_soldiers_killed_by_the_subject_past_an_object_it_repelled_are_the_other_sides():
    # the subject kills ("Russia says it killed 400 soldiers"), also in a clause that opens with its verb after a comma,
    # and the attacks it repelled are no attacker
    assert readings("Russia says it killed 400 soldiers near Bakhmut.") == [(400.0, "troops", "Ukraine", "loss")]
    assert readings("Russia says it repelled Ukrainian attacks near Bakhmut, killed 400 soldiers") == [
        (400.0, "troops", "Ukraine", "loss")]
    # "thwarted three Ukrainian attacks and inflicted losses of up to 125 soldiers": the subject inflicted them
    assert readings("Russian troops thwarted three Ukrainian attacks and inflicted losses of up to 125 soldiers, the "
                    "ministry said.") == [(125.0, "troops", "Ukraine", "loss")]
    # a strike that kills stays the killer
    assert readings("A Russian strike on a training ground killed 12 soldiers.") == [(12.0, "troops", "Ukraine", "loss")]


def test_its_after_a_side_named_after_a_preposition_is_the_subject_before_it():
    # "Russia had massed troops on Ukraine's borders, by American estimates; … its forward units": Russia's units
    assert readings("Russia had massed roughly 190,000 troops on Ukraine's borders before the invasion, by American "
                    "estimates; within a month its forward units were 15 miles from the capital's centre.") == [
        (190000.0, "troops", "Russia", "count"), (15.0, "mi", "Russia", "distance")]


def test_the_article_before_a_unit_of_length_or_area_is_the_number_one():
    # "a kilometre", "a mile", "a square kilometre" measure an advance as "one kilometre" does
    assert readings("Ukrainian troops advanced about a kilometre near Robotyne, the general staff said.") == [
        (1.0, "km", "Ukraine", "gain")]
    assert readings("Russian forces have moved a mile closer to Siversk.") == [(1.0, "mi", "Russia", "gain")]
    assert readings("Russian troops have taken a square kilometre near Toretsk.") == [(1.0, "km2", "Russia", "gain")]
    # "half a kilometre", "a mile-long convoy", "a kilometre-wide strip" are no such figure
    assert readings("A mile-long Russian convoy stalled north of Kyiv.") == []
    assert readings("A kilometre-wide strip has been mined.") == []
    assert numbers("Ukrainian units pushed half a kilometre forward near Bakhmut.")["quantity"].tolist() != [1.0]
    # a bracketed "(almost a mile)" stays one conversion row
    table = numbers("Ukrainian forces have advanced about 1.5 km (almost a mile) east of Robotyne.")
    assert table["quantity"].tolist() == [1.5, 1.0]


def test_a_verbless_length_fragment_takes_the_move_and_side_of_the_sentence_before():
    # "Maybe two kilometres." after a sentence naming a side's advance or loss of ground is that move's depth
    assert readings("Russian forces advanced near Pokrovsk last week. Maybe two kilometres.") == [
        (2.0, "km", "Russia", "gain")]
    assert readings("The Ukrainian commander said his brigade had been pushed back. \"We have lost ground near Pokrovsk. "
                    "Maybe two kilometres.\"") == [(2.0, "km", "Ukraine", "loss")]
    assert readings("Russian forces advanced near Pokrovsk last week. About three kilometres, the analysts said.") == [
        (3.0, "km", "Russia", "gain")]
    # with no move in the sentence before, a bare length is no fact
    assert readings("The convoy stopped near Pokrovsk. Maybe two kilometres.") == []


def test_drones_downed_over_ukrainian_ground_by_a_russian_reporter_were_downed_by_russia():
    # a Russian source's agentless interceptions over a region Ukraine's map names (and Russia holds in part) are its own
    assert readings("Russia's defence ministry said 12 drones were shot down over the Kherson region overnight.") == [
        (12.0, "drones", "Russia", "count")]
    assert readings("Twelve drones were shot down over the Luhansk region overnight, the Russian defence ministry "
                    "said.") == [(12.0, "drones", "Russia", "count")]
    # a Ukrainian reporter's keep the ground's side
    assert readings("Twelve drones were shot down over the Kherson region overnight, Ukraine's air force said.") == [
        (12.0, "drones", "Ukraine", "count")]


def test_we_in_a_q_and_a_answer_is_the_side_of_the_one_introduced_before_the_questions():
    text = ("Interview: the commander of a Ukrainian brigade fighting near Pokrovsk spoke to us by phone.\n\n"
            "Q: How is the front holding?\n\nA: We have pulled back about 3 kilometres in a month. We lost 40 soldiers "
            "last week.")
    assert readings(text) == [(3.0, "km", "Ukraine", "loss"), (40.0, "troops", "Ukraine", "loss")]
    # an introduction naming both sides gives the answers' "we" no side
    both = text.replace("fighting near Pokrovsk", "fighting Russian troops near Pokrovsk")
    assert [r[2] for r in readings(both)] == ["", ""]


def test_a_range_whose_low_bound_is_a_day_after_a_month_is_no_quantity_range():
    # "From March 1 to 14": days (dates are not annotated), not 1-14 troops
    assert readings("From March 1 to 14 Russian troops took 40 square kilometres.") == [(40.0, "km2", "Russia", "gain")]
    # "since March 1 to 14 kilometres": the day is the period's, the 14 the advance's
    table = numbers("Russian troops have advanced since March 1 to 14 kilometres from Pokrovsk.")
    assert [(r.quantity_text, r.quantity, r.unit) for r in table.itertuples()] == [("14", 14.0, "km")]
    # a range with no month before it stays a range
    assert [r[0] for r in readings("Russian troops advanced 10 to 14 kilometres near Pokrovsk.")] == [10.0, 14.0]


def test_or_so_after_a_figure_is_its_around_qualifier():
    table = numbers("Russia has lost 30,000 or so soldiers near Avdiivka, Ukraine's military said.")
    assert [(r.quantity, r.unit, r.qualifier) for r in table.itertuples()] == [(30000.0, "troops", "about")]
