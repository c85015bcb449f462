"""cl28: claims everyday copy misses — a second voice an "according to" names inside or after another voice's words,
the cited voice of "X cited Y as claiming", "expected to" in the reported words rather than framing the sentence, and
a place still contested. Invented sentences."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _found(text: str, published: str = "2024-05-15"):
    return claims.find(corpus.from_text(text, published=published))


def _speakers(text: str) -> set[str]:
    return set(_found(text)["speaker"])


# nested attribution: one claim per speaker (devset README, "Nested attribution")
def test_according_to_inside_the_words_of_another_voice_gives_two_claims():
    found = _found("The minister said on Tuesday that, according to military intelligence, Russian troops had "
                   "massed near the river crossing.")
    assert len(found) == 2
    assert "Defence Minister" not in set(found["speaker"])  # (no invented label)
    assert any("intelligence" in s.lower() for s in found["speaker"])
    assert all(t.startswith("The minister said on Tuesday") for t in found["text"])


def test_named_according_to_inside_the_words_of_a_person_is_kept():
    speakers = _speakers("Zelensky said on Monday that, according to the General Staff, Russian troops had lost "
                         "900 men near the town.")
    assert speakers == {"Volodymyr Zelensky", "Ukrainian General Staff"}


def test_according_to_after_a_closing_attribution_keeps_the_first_voice():
    # (the relaying lawmaker is left: such a source is usually named later, which the label cannot follow yet)
    found = _found("Russian units have begun fighting in the border region, the General Staff said on Wednesday, "
                   "according to a lawmaker who attended the briefing.")
    assert list(found["speaker"]) == ["Ukrainian General Staff"]


@pytest.mark.parametrize("text", [
    "The president told the troops they had held the front, according to a video released by his office.",
    "The ministry said Ukrainian forces had lost 3,000 servicemen near the city, according to a statement carried "
    "by state news agencies.",
])
def test_a_record_or_medium_after_according_to_is_no_second_voice(text):
    found = _found(text)
    assert len(found) == 1


def test_cited_as_claiming_gives_the_cited_and_the_citing_voice():
    speakers = _speakers("ISW also cited the Russian Defence Ministry as claiming on Monday that Russian troops had "
                         "recaptured three villages in the border region.")
    assert speakers == {"Institute for the Study of War (ISW)", "Russian Defence Ministry"}


# "is expected to" in the reported words
def test_expected_to_in_a_second_clause_before_a_closing_attribution_is_the_speakers():
    found = _found("Russia has moved about 5,000 troops to the northern front this month, and more are expected to "
                   "follow, the General Staff told reporters on Tuesday.")
    assert list(found["speaker"]) == ["Ukrainian General Staff"]


def test_expected_to_after_the_verb_is_the_speakers():
    found = _found("The General Staff said more Russian troops are expected to reach the front near the city.")
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "The commander is expected to say on Friday that his troops have taken the town.",
    "The envoy is expected to hold talks on the front line with officials on Friday, the ministry said.",
    "Russian troops reportedly captured the village, the blogger said.",
])
def test_expected_to_framing_the_sentence_still_hedges(text):
    assert _found(text).empty


def test_a_village_still_contested_is_the_war_course():
    assert list(_found("The brigade said the village was still contested.")["speaker"]) != []


def test_contested_off_the_battlefield_is_no_claim():
    assert _found("The senator said the election result was contested.").empty


def test_quoted_by_a_medium_gives_no_second_voice():
    assert _speakers("Putin was quoted by the RIA news agency as saying that his troops were advancing.") == {
        "Vladimir Putin"}
