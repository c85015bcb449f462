"""Battlefield facts on everyday copy (round 22, fa31): a casualty tally with a headline's verb, a figure named again as
"the figure of N" far from where it was given, a speaker's own estimate ("Our best estimate is north of N").

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str) -> pd.DataFrame:
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def test_killed_and_wounded_with_a_headline_verb_is_a_sides_soldiers_lost():
    got = numbers("Russian war dead and wounded near 150,000, Western officials estimate")
    assert list(got["quantity"]) == [150000.0]
    assert (got.loc[0, "unit"], got.loc[0, "actor"], got.loc[0, "change"]) == ("troops", "Russia", "loss")
    got = numbers("Ukrainian killed or wounded top 40,000, a think tank says")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"], got.loc[0, "actor"]) == (40000.0, "troops", "Ukraine")


def test_killed_and_wounded_put_at_still_reads_as_before():
    got = numbers("The report put Russian killed and wounded at 90,000.")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"], got.loc[0, "actor"], got.loc[0, "change"]) == \
        (90000.0, "troops", "Russia", "loss")


def test_the_figure_of_n_points_back_to_the_same_figure_paragraphs_earlier():
    text = ("The minister said 120,000 reservists would be called up by the spring.\n\n"
            "The opposition called the decree reckless. Queues formed at the borders. Airlines added flights.\n\n"
            "On Friday the president's office said the figure of 120,000 announced by the minister was final.")
    got = numbers(text)
    assert list(got["quantity"]) == [120000.0, 120000.0]
    assert list(got["unit"]) == ["troops", "troops"] and list(got["change"]) == ["count", "count"]


def test_the_figure_of_n_with_no_earlier_figure_is_no_fact():
    assert numbers("Analysts said the figure of 2,000 was a rough guess.").empty


def test_a_bare_number_far_from_a_figure_it_repeats_is_not_read_without_the_cue():
    text = ("The minister said 120,000 reservists would be called up by the spring.\n\n"
            "The opposition called the decree reckless. Queues formed at the borders. Airlines added flights.\n\n"
            "Some 120,000 was also the size of the city's football crowd that year.")
    assert list(numbers(text)["quantity"]) == [120000.0]


def test_our_best_estimate_after_a_question_counts_what_was_asked():
    text = ("SENATOR: How many Russian soldiers are inside Ukraine today?\n\n"
            "GENERAL: Our best estimate is north of 250,000, with more on the way.")
    got = numbers(text)
    assert list(got["quantity"]) == [250000.0]
    assert (got.loc[0, "unit"], got.loc[0, "actor"], got.loc[0, "change"], got.loc[0, "qualifier"]) == \
        ("troops", "Russia", "count", "more than")


def test_our_estimate_restates_the_count_of_the_sentence_before():
    got = numbers("Kyiv's troops held about 900 square kilometres there in the autumn. Today our estimate is closer "
                  "to 500.")
    assert list(got["quantity"]) == [900.0, 500.0]
    assert list(got["unit"]) == ["km2", "km2"] and list(got["actor"]) == ["Ukraine", "Ukraine"]


def test_a_third_countrys_answer_counts_the_side_the_question_named():
    text = ("SEN. ANN ROE: Secretary Austin, how many Russian soldiers are in Belarus right now?\n\n"
            "SECRETARY AUSTIN: Our best estimate is about 30,000.")
    got = numbers(text)
    assert list(got["quantity"]) == [30000.0]
    assert (got.loc[0, "actor"], got.loc[0, "change"]) == ("Russia", "count")


def test_well_north_of_is_a_lower_bound():
    got = numbers('A general told lawmakers that Russian casualties were "well north of 150,000".')
    assert (got.loc[0, "quantity"], got.loc[0, "qualifier"], got.loc[0, "actor"]) == (150000.0, "more than", "Russia")


def test_a_title_in_capitalised_number_words_is_no_count():
    assert numbers("In 'Two Hundred Metres of Mud', a sergeant writes about the winter.").empty
    assert numbers("Two Hundred Metres of Mud is published by a small press.").empty


def test_a_title_case_headline_still_counts():
    got = numbers("Army Retakes Three Villages Near Kharkiv")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"], got.loc[0, "change"]) == (3.0, "settlements", "gain")
    got = numbers("Russia Says It Shot Down Twenty Drones")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"]) == (20.0, "drones")


def test_an_earlier_figure_of_a_count_takes_that_counts_reading():
    text = ("Ukrainian forces had retaken 38 villages since the start of the counter-attack, the governor said.\n\n"
            "Residents returned to several of them.\n\n"
            "Correction: our report gave the administration's earlier figure of 33 villages.")
    got = numbers(text)
    assert list(got["quantity"]) == [38.0, 33.0]
    assert list(got["change"]) == ["gain", "gain"] and list(got["actor"]) == ["Ukraine", "Ukraine"]


def test_a_figure_of_a_count_with_nothing_before_it_stays_unread():
    got = facts.extract(corpus.from_text("Our report gave the administration's earlier figure of 33 villages.",
                                         published="2024-06-01"))
    assert list(got["change"].fillna("")) == [""]


def test_a_capitalised_figure_opening_a_sentence_still_counts():
    got = numbers("Russian troops attacked the village at dawn. Eleven Russian soldiers were killed, the brigade said.")
    assert list(got["quantity"]) == [11.0]
    got = numbers("The air force said Russia launched missiles overnight. Two Kalibr missiles were shot down.")
    assert list(got["quantity"]) == [2.0]


def test_the_ground_an_offensive_covered_is_its_sides_gain():
    got = numbers("Ukrainian troops had advanced up to 50 kilometres in some sectors, the deputy minister said. She "
                  "said the operation covered more than 3,000 square kilometres.")
    assert list(got["quantity"]) == [50.0, 3000.0]
    assert (got.loc[1, "actor"], got.loc[1, "change"]) == ("Ukraine", "gain")


def test_a_place_that_covers_an_area_is_still_its_size():
    got = facts.extract(corpus.from_text("The city covers about 840 sq km.", published="2024-06-01"))
    assert list(got["flag"]) == ["dimension"]



def test_soldiers_counted_after_a_sides_retreat_are_that_sides():
    got = numbers("The analyst also commented on the Russian retreat from the city earlier this month. He described "
                  "the withdrawal across the river as orderly and said about 20,000 soldiers had crossed to the left "
                  "bank.")
    assert (got.loc[0, "quantity"], got.loc[0, "actor"], got.loc[0, "change"]) == (20000.0, "Russia", "count")


def test_soldiers_counted_with_no_side_anywhere_keep_none():
    got = numbers("He spoke about the weather. About 20,000 soldiers had crossed to the left bank, he said.")
    assert (got.loc[0, "quantity"], got.loc[0, "actor"]) == (20000.0, "")


def test_the_side_pushed_back_is_never_the_one_that_gains():
    got = numbers('"The Russians came within 5 km of the road before we pushed them back 3 km," a platoon leader said.')
    assert list(got["quantity"]) == [5.0, 3.0]
    assert (got.loc[1, "actor"], got.loc[1, "change"]) == ("Ukraine", "gain")
    got = numbers("Russian troops pushed Ukrainian units back 3 km near the town.")
    assert (got.loc[0, "actor"], got.loc[0, "change"]) == ("Russia", "gain")


def test_them_pushed_back_by_a_named_side_keeps_that_sides_gain():
    got = numbers("Russian units crossed the river in the autumn, but in March Ukrainian brigades pushed them back "
                  "about 4 km.")
    assert (got.loc[0, "actor"], got.loc[0, "change"]) == ("Ukraine", "gain")
