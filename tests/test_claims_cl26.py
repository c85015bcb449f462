"""Claims on everyday copy (cl26). Recall: which side time favours, the front staying where it is, a price paid for
ground or "at great cost", governments as a plural voice ("Western governments say"), a formation's name in marks
inside a speaker's apposition, "X, who has repeatedly claimed that …", a group owned by "its" after a country
("Kyiv is digging in. Its generals say …"). Precision: "a high price for gas" is no loss, "deliveries have been slow"
is no pace of the war, "one of their stated goals" is no statement. Sentences invented."""

import pandas as pd
import pytest

from saidvsdone import claims, corpus


def _rows(text: str, published: str = "2024-05-15") -> pd.DataFrame:
    return claims.find(corpus.from_text(text, published=published))


# ---------------------------------------------------------------------------------------------------------------
# the topic table: statements of the war's course in everyday words


@pytest.mark.parametrize("text, topic", [
    ("Western officials say Putin believes time is on his side.", "pace"),
    ("The analyst said he expected the front line to remain largely where it was through the winter.", "territory"),
    ("Budanov said Moscow had paid a terrible price in men for the ruins of the town.", "losses"),
    ("The ministry said Russian units had moved forward near Kupiansk at enormous cost.", None),
])
def test_war_course_in_everyday_words_is_a_claim(text, topic):
    rows = _rows(text)
    assert len(rows) >= 1
    if topic is not None:
        assert set(rows["claim_type"]) == {topic}


@pytest.mark.parametrize("text", [
    "The mayor said households would pay a high price for gas this winter.",
    "The finance minister said drivers paid a higher price for petrol in the capital.",
])
def test_a_price_paid_for_goods_is_no_loss(text):
    assert _rows(text).empty


def test_slow_deliveries_are_no_pace_of_the_war():
    assert _rows("Allied governments have promised more howitzer shells, but deliveries have been slow.").empty


def test_slow_advances_keep_their_pace():
    rows = _rows("The general said Russian advances near Siversk had been slow.")
    assert len(rows) == 1


# ---------------------------------------------------------------------------------------------------------------
# who speaks


def test_governments_speak_as_a_group():
    rows = _rows("European governments say Russian troops have gained little ground around Kharkiv since May.")
    assert rows["speaker"].tolist() == ["European governments"]


def test_a_formation_name_in_marks_inside_the_apposition_keeps_the_speaker():
    rows = _rows("Petro Marchuk, spokesman of the “Dnipro” operational group of forces, told a television channel on "
                 "Tuesday that Russian troops had failed to advance near Kherson.")
    assert rows["speaker"].tolist() == ["Petro Marchuk"]


def test_a_claim_in_a_relative_clause_with_two_words_before_its_verb():
    rows = _rows("Kozak, who has repeatedly claimed that the Russian garrison on the island was destroyed, gave no "
                 "details on Monday.")
    assert len(rows) == 1
    assert rows["speaker"].iloc[0] == "Kozak"


def test_a_group_owned_by_its_takes_the_country_named_before():
    rows = _rows("A year on, Kyiv is preparing for a long war. Its commanders say the Russian offensive has stalled.")
    assert "Ukrainian commanders" in rows["speaker"].tolist()


def test_its_group_with_no_country_before_stays_as_written():
    rows = _rows("The brigade has been rotated twice. Its commanders say the Russian offensive has stalled.")
    assert "Ukrainian commanders" not in rows["speaker"].tolist()


# ---------------------------------------------------------------------------------------------------------------
# a participle as an adjective after a possessive


@pytest.mark.parametrize("text", [
    "Taking the town would give Russia control of the whole district, one of their stated goals.",
    "Capturing the railway hub would cut the supply line, its declared aim since the spring.",
])
def test_stated_goal_after_a_possessive_is_no_statement(text):
    assert _rows(text).empty


@pytest.mark.parametrize("text", [
    "Kyiv said the Russians had been driven out of the village.",
    "The brigade said its troops drove the Russians out of two villages near Lyman.",
    "Officials said Russian troops had broken into the eastern part of the city.",
])
def test_ground_changing_hands_in_everyday_words(text):
    rows = _rows(text)
    assert rows["claim_type"].tolist() == ["territory"]


@pytest.mark.parametrize("text", [
    "The mayor said thieves broke into a shop in the town centre.",
    "The governor said he drove back to the regional capital after the meeting.",
])
def test_burglary_and_journeys_are_no_ground(text):
    assert _rows(text).empty


def test_data_from_a_body_show_without_that():
    rows = _rows("Data from DeepState show Russian forces captured about 300 square kilometres in March.")
    assert rows["speaker"].tolist() == ["DeepState"]
    assert rows["claim_type"].tolist() == ["territory"]


def test_a_map_without_that_still_only_depicts():
    assert _rows("Maps by DeepState show Russian forces holding the village.").empty
