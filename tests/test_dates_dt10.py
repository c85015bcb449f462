"""Statement dates, ninth round (dt10): a dated speaking event without content starts the "same event" chain
(conventions §3.5): "briefed reporters on Tuesday", "We spoke to A B on Tuesday"."""

import pytest


@pytest.mark.parametrize("lead,noun", [
    ("A senior EU diplomat briefed reporters in Brussels on Tuesday.", "the diplomat"),
    ("A Pentagon official briefed journalists on Tuesday.", "the official"),
    ("A senior Polish general briefed the press in Warsaw on Tuesday.", "the general"),
])
def test_an_unnamed_person_who_briefed_reporters_on_a_day_dates_the_words_that_follow(dated, lead, noun):
    text = f"{lead}\n\n\"Both armies will struggle through the winter,\" {noun} said."
    got = dated.quotes(text, "2025-03-13")
    assert dated.days(got) == ["2025-03-11"]


def test_briefing_and_brief_alone_are_no_speech_verbs(dated):
    # "a brief statement", "at a briefing": the cue needs the audience after "briefed"
    text = ("The minister gave a brief statement at a briefing on Tuesday.\n\n"
            "\"We will not give up the city,\" Ostap Kovalchuk said.")
    got = dated.quotes(text, "2025-03-13")
    assert got["speaker"].tolist() == ["Ostap Kovalchuk"]


@pytest.mark.parametrize("lead", ["We spoke to Vasyl Hnatiuk on Tuesday.",
                                  "I spoke to Vasyl Hnatiuk on Tuesday, a day after the strike.",
                                  "When we spoke to Vasyl Hnatiuk on Tuesday, he was sweeping up glass.",
                                  "We met Vasyl Hnatiuk at his gate on Tuesday."])
def test_the_reporters_own_interview_with_a_named_person_dates_that_persons_words(dated, lead):
    text = f"{lead}\n\n\"The windows went out across the whole street,\" Hnatiuk said."
    got = dated.quotes(text, "2025-03-14")
    assert got["speaker"].tolist() == ["Vasyl Hnatiuk"]
    assert dated.days(got) == ["2025-03-11"]


def test_the_reporters_interview_dates_only_the_person_met(dated):
    text = ("We spoke to Vasyl Hnatiuk on Tuesday.\n\n"
            "\"The windows went out,\" Hnatiuk said.\n\n"
            "\"Nobody was hurt here,\" said Olena Bilyk, the district head.")
    got = dated.quotes(text, "2025-03-14")
    assert dated.days(got) == ["2025-03-11", ""]


@pytest.mark.parametrize("body", ["Ukraine's eastern group of forces", "the eastern group of forces",
                                  "the Black Sea naval command"])
def test_a_spokesman_for_a_body_who_spoke_to_reporters_is_the_speaker_not_the_body(dated, body):
    # "A spokesman for <a body of up to five words> spoke to reporters on Monday": the person (not the body, and
    # not nobody when the body runs past four words) speaks, so "the spokesman said" next takes Monday
    text = (f"A spokesman for {body} spoke to reporters on Monday.\n\n"
            "\"The enemy keeps attacking near the river,\" the spokesman said.")
    got = dated.quotes(text, "2025-03-13")
    assert dated.days(got) == ["2025-03-10"]


@pytest.mark.parametrize("lead", ["Reuters interviewed Halyna Moroz on Tuesday.",
                                  "The BBC spoke to Halyna Moroz in her kitchen on Tuesday.",
                                  "This newspaper met Halyna Moroz on Tuesday."])
def test_a_mediums_own_interview_with_a_named_person_dates_that_persons_words(dated, lead):
    text = f"{lead}\n\n\"We have been without water for a week,\" Moroz said."
    got = dated.quotes(text, "2025-03-14")
    assert dated.days(got) == ["2025-03-11"]
