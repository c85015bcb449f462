"""Round 25's final read (rv25d) of cl28's claims: its bugs and its folds, each on invented sentences."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _rv25fixd_speakers(text: str) -> list[str]:
    return sorted(claims.find(corpus.from_text(text, published="2024-05-15"))["speaker"])


# B1: the subject of the clause after "according to …," is no source
def test_rv25fixd_clause_subject_after_an_unnamed_source_is_no_voice():
    assert _rv25fixd_speakers("The general said that, according to army intelligence, Russia had lost 9,000 troops "
                              "near the river.") == ["general (unnamed)"]


def test_rv25fixd_named_source_inside_the_words_is_still_a_voice():
    assert "Institute for the Study of War (ISW)" in _rv25fixd_speakers(
        "The general said that, according to the ISW, Russia had lost 9,000 troops near the river.")


# B2: "is expected to" frames its own clause when a clause or a semicolon stands between it and the attribution
@pytest.mark.parametrize("text", [
    "Russia has shelled the port for weeks, and the bridge is expected to close within days, but the mayor said on "
    "Friday the troops would hold.",
    "Kyiv has moved more guns to the south, and Russia is expected to attack in the autumn, while the mayor said the "
    "city was ready.",
    "The mayor said on Friday the troops would hold the bridge; Russia is expected to attack in the autumn.",
])
def test_rv25fixd_expected_to_in_a_clause_of_its_own_still_hedges(text):
    assert _rv25fixd_speakers(text) == []


def test_rv25fixd_expected_to_before_a_closing_attribution_is_still_the_speakers():
    assert _rv25fixd_speakers("Russia has moved 3,000 troops to the south, and more are expected to follow, the "
                              "mayor told reporters.") != []


# B3: an intelligence agency is a voice; a state or news agency carries words
def test_rv25fixd_an_intelligence_agency_inside_the_words_is_a_voice():
    assert "Ukrainian Defence Intelligence (HUR)" in _rv25fixd_speakers(
        "The general said that, according to the intelligence agency, Russia had lost 9,000 troops near the river.")


def test_rv25fixd_a_state_agency_report_is_no_voice():
    assert _rv25fixd_speakers("The general said that, according to a report by a state agency, Russia had lost 9,000 "
                              "troops near the river.") == ["general (unnamed)"]


# B4: "contested" with the place word right before the verb
@pytest.mark.parametrize("text", [
    "The mayor said the town council election was contested by four parties.",
    "The mayor said the city hall budget is contested by the opposition.",
])
def test_rv25fixd_contested_off_the_front_is_no_claim(text):
    assert _rv25fixd_speakers(text) == []


@pytest.mark.parametrize("text", [
    "The brigade said the town is still contested.",
    "The brigade said the hill remained contested after a week of fighting.",
])
def test_rv25fixd_a_place_contested_is_still_a_claim(text):
    assert _rv25fixd_speakers(text) != []


# F2: one "cited X as" pattern for the layer (the citing act's day) and claims (the cited voice)
@pytest.mark.parametrize("text, np", [
    ("The bulletin cited the regional governor as ", "the regional governor"),
    ("The bulletin quotes a brigade commander as ", "a brigade commander"),
    ("The agency, citing army sources as ", "army sources"),
])
def test_rv25fixd_cited_as_names_the_cited_voice(text, np):
    from saidvsdone.speech import CITED_AS
    assert CITED_AS.search(text).group("np") == np


def test_rv25fixd_quoted_by_a_medium_names_no_cited_voice():
    from saidvsdone.speech import CITED_AS
    assert CITED_AS.search("The minister was quoted by the state agency as ") is None


def test_rv25fixd_cited_voice_of_a_claim_from_the_shared_pattern():
    speakers = _rv25fixd_speakers("The ISW cited the Russian Defence Ministry as claiming on Monday that its troops "
                                  "had taken two villages near the river.")
    assert "Russian Defence Ministry" in speakers and len(speakers) == 2


# F3, F4: the layer keeps the inner sources and the cited voices, by sentence and by citing cue
def _rv25fixd_speech(text: str):
    from saidvsdone import document
    return next(document.documents(corpus.from_text(text, published="2024-05-15"))).speech


def test_rv25fixd_inner_sources_by_sentence_only_after_that():
    layer = _rv25fixd_speech("The general said that, according to army intelligence, the enemy had lost 900 troops. "
                             "The enemy had lost 900 troops, the general said, according to a lawmaker.")
    assert list(layer.inner_sources) == [0]
    assert [a.cue.text for a in layer.inner_sources[0]] == ["according to"]


def test_rv25fixd_cited_voice_in_the_layer_and_the_citing_act_without_day():
    text = ("The ISW cited the Russian Defence Ministry as claiming on Monday that its troops had taken two villages "
            "near the river.")
    layer = _rv25fixd_speech(text)
    (cue, voice), = layer.cited_voices.items()
    assert voice.speaker.speaker == "Russian Defence Ministry" and str(voice.date)[:10] == "2024-05-13"
    citing = next(a for a in layer.acts if a.cue.start == cue)
    assert citing.date is None
    found = claims.find(corpus.from_text(text, published="2024-05-15"))
    dates = {s: "" if d != d else str(d)[:10] for s, d in zip(found["speaker"], found["statement_date"])}
    assert dates == {"Institute for the Study of War (ISW)": "", "Russian Defence Ministry": "2024-05-13"}
