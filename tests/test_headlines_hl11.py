"""Headline claims on everyday copy (round 25, hl11: issue 11): a title's office ("Sumy governor says …") is the
person the body introduces with it, never a seat that speaks near those words; a two-speaker line keeps both halves
(a town "cut off", guns that "will not change the outcome" are war content); the object of a headline's first verb is
no subject of the stance verb coordinated with it ("Moscow accuses Kyiv and says …"); an appeal ("urges restraint",
"calls for a truce") and a name's possession before a colon ("X's farewell: …") are no claims. Sentences written for
these tests, not taken from any article."""

from __future__ import annotations

import pandas as pd

from saidvsdone import vocab
from saidvsdone.claims import _headlines
from test_headlines_hl8 import _headlines as _headlines_of, _line  # (the same reader of one invented text's headlines)


# --- 1. a two-speaker deck: an office in its first half, a seat in its second --------------------------------------

_TWO_VOICES = (
    "Allies to send more long-range artillery as fighting reaches Sumy\n\n"
    "Sumy governor says Russian units hold half of the border town; Kremlin says new guns will not change the "
    "outcome of the war\n\n"
    "By Lena Korr\n\n"
    "The Kremlin said on Wednesday that it had taken note of the decision on long-range artillery for the Sumy "
    "region, where the border fighting has gone on for a week.\n\n"
    "Ostap Velyky, the governor of the Sumy region, said on Tuesday that Russian units held half of the border "
    "town and had pushed into its northern district.\n\n"
    "Kremlin spokesman Dmitry Peskov said on Wednesday that the new guns would not change the outcome of the war.")


def test_an_office_in_a_deck_is_the_person_the_body_introduces_with_it():
    rows = _headlines_of(_TWO_VOICES, "2025-06-04")
    speakers = set(rows[rows["text"].str.startswith("Sumy governor")]["speaker"])
    assert "Ostap Velyky" in speakers
    assert "Kremlin" not in speakers


def test_both_halves_of_a_two_speaker_deck_are_claims():
    rows = _headlines_of(_TWO_VOICES, "2025-06-04")
    speakers = set(rows[rows["text"].str.startswith("Sumy governor")]["speaker"])
    assert speakers == {"Ostap Velyky", "Dmitry Peskov"}


def test_the_apposed_office_reader_skips_a_seat():
    # (the rule itself: an institution speaking after the office's words is no holder of the office)
    from saidvsdone import corpus
    from saidvsdone.document import documents
    doc = next(documents(corpus.from_text(_TWO_VOICES, published="2025-06-04")))
    start = doc.text.index("Sumy governor")
    found = _headlines._headline_apposed(doc, start, start + len("Sumy governor"))
    assert found is not None and found.speaker == "Ostap Velyky"


_CUT_OFF = (
    "Russian war bloggers say the Dolynka garrison is cut off; Ukrainian brigade says its soldiers hold the village\n\n"
    "By Lena Korr\n\n"
    "Pro-war Russian military bloggers said on Monday that Russian troops had cut the last road into Dolynka.\n\n"
    "The press service of Ukraine's 88th Separate Mechanised Brigade said on Tuesday that its soldiers still held "
    "the village.")


def test_a_town_cut_off_is_war_content_in_both_halves():
    rows = _headlines_of(_CUT_OFF, "2025-06-04")
    line = rows[rows["text"].str.startswith("Russian war bloggers")]
    assert len(line) == 2
    assert any("bloggers" in s for s in line["speaker"])


def test_cut_off_and_the_outcome_are_table_rows():
    phrases = set(vocab.table("claim_topics")["phrase"])
    assert any(p.endswith(") cut off") for p in phrases)
    assert any(p.endswith(" the (outcome|course)") for p in phrases)


# --- 2. "Moscow accuses Kyiv and says …": the opening subject speaks ---------------------------------------------

_BLAME = (
    "Moscow accuses Kyiv and says its troops repelled a raid near Orlivka\n\n"
    "By Lena Korr\n\n"
    "Russia's defence ministry said on Monday that its forces had repelled a large Ukrainian attack near Orlivka "
    "and destroyed 14 armoured vehicles.\n\n"
    "Ukraine's southern command said on Monday that its units had advanced about one kilometre near Orlivka.")


def test_the_object_of_a_headlines_first_verb_is_no_speaker():
    rows = _headlines_of(_BLAME, "2025-06-03")
    row = _line(rows, "Moscow accuses")
    assert row["speaker"] == "Russian Defence Ministry"


def test_a_plain_subject_before_and_says_is_left_alone():
    text = _BLAME.replace("Moscow accuses Kyiv and says", "Russia says", 1)
    rows = _headlines_of(text, "2025-06-03")
    assert _line(rows, "Russia says")["speaker"] == "Russian Defence Ministry"


# --- 3. appeals in a headline: no claim -----------------------------------------------------------------------------

_APPEAL = (
    "Vienna calls for a truce while Russia says its troops hold Orlivka\n\n"
    "By Lena Korr\n\n"
    "Austria's foreign ministry called on Monday for talks on a ceasefire.\n\n"
    "Russia's defence ministry said on Monday that its troops had taken full control of Orlivka.")


def test_calls_for_in_a_headline_is_no_claim_but_its_second_half_is():
    rows = _headlines_of(_APPEAL, "2025-06-03")
    line = rows[rows["text"].str.startswith("Vienna calls")]
    assert list(line["speaker"]) == ["Russian Defence Ministry"]


def test_urges_in_a_headline_is_no_claim():
    text = ("Tanaka urges restraint from both sides at meeting in Tokyo\n\n"
            "By Lena Korr\n\n"
            "Japanese Foreign Minister Kenji Tanaka said on Monday that both sides should keep talking.\n\n"
            "Russia's defence ministry said on Monday that its troops had taken full control of Orlivka.")
    rows = _headlines_of(text, "2025-06-03")
    assert not rows["text"].str.startswith("Tanaka urges").any()


def test_a_denial_with_calls_still_speaks():
    # ("calls" alone is no appeal: "Kremlin calls reports … a fake" still denies)
    assert "call for" in vocab.speech_words()["headline_act_verb"]
    assert "call" not in vocab.speech_words()["headline_act_verb"]


# --- 4. a name's possession before a colon ----------------------------------------------------------------------

_FAREWELL = (
    "General Koval takes over the eastern front, says Russian assaults have slowed\n\n"
    "By Lena Korr\n\n"
    "General Petro Koval said on Friday that Russian assaults near Orlivka had slowed over the past week.\n\n"
    "Read more: Zaluzhnyi's last parade: troops salute their old commander outside the General Staff")


def test_a_possessed_topic_before_a_colon_is_no_speaker():
    rows = _headlines_of(_FAREWELL, "2025-06-06")
    assert not rows["text"].str.contains("last parade").any()


def test_a_speaking_noun_after_the_possessive_still_labels():
    text = ("Ukraine's military: Russian troops pushed back from Orlivka\n\n"
            "By Lena Korr\n\n"
            "Ukraine's military said on Friday that Russian troops had been pushed back about two kilometres from "
            "Orlivka.")
    rows = _headlines_of(text, "2025-06-06")
    assert rows["text"].str.startswith("Ukraine's military:").any()
