"""Headline claims on everyday copy (round 24, hl10: issue 11): a headline verb that reports an act ("orders") is no
claim unless a side's forces are the ones told; a side's word before an institution's noun ("Ukrainian navy says") is
no name of its own, so the headline goes to the spokesman who states it in the body; a deck's clause with no war word
of its own that restates a body statement whose quoted fragment holds none either takes the topic of that whole
sentence. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pandas as pd

from saidvsdone import vocab
from saidvsdone.claims import _headlines
from test_headlines_hl8 import _headlines as _headlines_of  # (the same reader of one invented text's headline rows)


# --- 1. an act reported in a headline: "orders" --------------------------------------------------------------------

_EVACUATION = (
    "Kyiv orders pensioners to leave river town as Russian troops push closer\n\n"
    "By Lena Korr\n\n"
    "The regional council of Zarichne ordered on Monday that pensioners leave the river town within three days.\n\n"
    "Russian forces have advanced about four kilometres towards the town in the past week, the Ukrainian General "
    "Staff said on Monday.")


def test_an_order_to_civilians_in_a_headline_is_no_claim():
    rows = _headlines_of(_EVACUATION, "2025-03-04")
    assert not rows["text"].str.startswith("Kyiv orders").any()


_CALL_UP = (
    "Putin orders call-up of 50,000 reservists in Russia's largest mobilisation since the invasion\n\n"
    "By Lena Korr\n\n"
    "President Vladimir Putin signed a decree on Tuesday calling up 50,000 reservists.\n\n"
    "The defence ministry said on Tuesday that its troops had repelled six attacks near the river.")


def test_an_order_with_a_noun_object_in_a_headline_is_no_claim():
    rows = _headlines_of(_CALL_UP, "2025-03-05")
    assert not rows["text"].str.startswith("Putin orders").any()


_TROOPS_TOLD = (
    "Putin orders army to keep pushing west of Kupiansk\n\n"
    "By Lena Korr\n\n"
    "President Vladimir Putin told his commanders on Wednesday that the army must keep pushing west of Kupiansk "
    "and take the villages on the Oskil river.")


_PUSH_ORDERED = (
    "Kremlin hardens tone as Putin orders push toward Siversk\n\n"
    "By Lena Korr\n\n"
    "President Vladimir Putin told his commanders on Wednesday to press the offensive toward Siversk until the town "
    "is taken.")


def test_a_move_of_forces_ordered_in_a_headline_stays_a_claim():
    rows = _headlines_of(_PUSH_ORDERED, "2025-03-06")
    title = rows[rows["text"].str.startswith("Kremlin hardens tone")]
    assert "Vladimir Putin" in set(title["speaker"])


def test_an_order_to_a_sides_forces_in_a_headline_stays_a_claim():
    rows = _headlines_of(_TROOPS_TOLD, "2025-03-06")
    title = rows[rows["text"].str.startswith("Putin orders army")]
    assert list(title["speaker"]) == ["Vladimir Putin"]


def test_the_act_verbs_are_read_from_the_table():
    assert "order" in vocab.speech_words()["headline_act_verb"]
    assert _headlines._FORCES_TOLD.match(" the army to press on")
    assert _headlines._FORCES_TOLD.match(" Russia's troops to hold")
    assert _headlines._FORCES_TOLD.match(" families to leave") is None
    assert _headlines._FORCES_TOLD.match(" new push toward the river")
    assert _headlines._FORCES_TOLD.match(" call-up of reservists") is None


# --- 2. "Ukrainian navy says": the side's word is no name, the spokesman states it ---------------------------------

_NAVY = (
    "Grain ship sails from Izmail despite warnings\n\n"
    "Ukrainian navy says Russian landing ships have left Sevastopol for the eastern coast\n\n"
    "By Lena Korr\n\n"
    "\"We see them less and less often. They hide,\" Ukrainian navy spokesman Ostap Melnyk told a radio station on "
    "Tuesday.\n\n"
    "Melnyk said Russian landing ships had left Sevastopol and moved to the eastern coast of the peninsula, out of "
    "range of Ukrainian sea drones.")


def test_a_sides_institution_in_a_headline_goes_to_its_spokesman():
    rows = _headlines_of(_NAVY, "2025-04-02")
    title = rows[rows["text"].str.startswith("Ukrainian navy says")]
    assert list(title["speaker"]) == ["Ostap Melnyk"]
    assert title["statement_date"].iloc[0] == pd.Timestamp("2025-04-01")


# --- 3. a deck's clause restating a body statement whose quoted fragment holds no war word -------------------------

_TARGETS = (
    "Blackouts across the east after a night of strikes\n\n"
    "Kyiv braces for a cold week, while Moscow says all its targets were hit\n\n"
    "By Lena Korr\n\n"
    "Power was cut in four regions overnight.\n\n"
    "In Moscow, the defence ministry said on Thursday that its forces had struck Ukrainian \"ammunition depots and "
    "airfields\" with long-range missiles, adding that \"all the assigned targets were hit\".")


def test_a_deck_restating_a_quoted_fragment_takes_the_whole_sentences_topic():
    rows = _headlines_of(_TARGETS, "2025-02-07")
    deck = rows[rows["text"].str.startswith("Kyiv braces for a cold week")]
    assert list(deck["speaker"]) == ["Russian Defence Ministry"]
    assert deck["statement_date"].iloc[0] == pd.Timestamp("2025-02-06")


# --- 4. a question line restates no one's words --------------------------------------------------------------------

_QUESTION = (
    "Shelling resumes near the Kakhovka dam\n\n"
    "By Lena Korr\n\n"
    "The regional governor, Ivan Dorosh, said on Friday that Russian artillery had moved within \"firing range of the "
    "dam\" and that two brigades were digging in on the left bank.\n\n"
    "Related: Explainer: how close is 'firing range of the dam' for a howitzer?")


def test_a_question_line_with_a_quoted_phrase_is_no_headline_claim():
    rows = _headlines_of(_QUESTION, "2025-05-10")
    assert not rows["text"].str.contains("Explainer").any()
