"""Statement dates, round 9 follow-ups (dt12): mechanisms behind sk23's and dt11's remaining date misses (a future day
in what is reported, a lead-in placing the quoted words on an earlier occasion). Every text here is invented."""

import pytest


# --- a future day in what is reported -----------------------------------------------------------------------------

_VISIT = ("Kyiv, 13 June 2025\n\nSpeaking to reporters on Wednesday, Oksana Petrenko said the front was near.\n\n"
          "\"We hear the guns,\" she said.\n\n")


@pytest.mark.parametrize("future", ["she would return to the city on Sunday",
                                    "she will travel back to Kharkiv on Monday",
                                    "she planned to visit the front on June 20"])
def test_a_future_day_in_the_content_starts_an_occasion_with_no_day(dated, future):
    # rule: a day named in a future the verb reports is a new time cue: neither the statement's day nor the speaker's
    # dated words above going on
    text = _VISIT + f"Petrenko said {future}.\n\n\"It is home,\" she said."
    assert dated.quote_dates(text, "2025-06-13") == {"We hear the guns,": "2025-06-11", "It is home,": ""}


def test_a_past_event_day_in_the_content_still_carries_the_speaker_s_day(dated):
    # must not change: a past event's day in the content ("had fallen on Sunday") is no new occasion of the words
    text = _VISIT + "Petrenko said the bridge had fallen on Sunday.\n\n\"It is home,\" she said."
    assert dated.quote_dates(text, "2025-06-13") == {"We hear the guns,": "2025-06-11", "It is home,": "2025-06-11"}


def test_a_statement_dated_by_its_own_day_keeps_it_with_a_future_in_the_content(dated):
    # must not change: "said on Thursday she would return on Sunday" is Thursday's
    text = _VISIT + "Petrenko said on Thursday she would return on Sunday.\n\n\"It is home,\" she said."
    assert dated.quote_dates(text, "2025-06-13")["It is home,"] == "2025-06-12"


# --- a lead-in placing the quoted words on an earlier occasion ------------------------------------------------------

_INTERVIEW = ("Kyiv, 10 October 2024\n\nGeneral Ivan Koval spoke to our correspondent at his headquarters.\n\n"
              "Koval said on Wednesday that the line was holding. \"We are still here,\" he said.\n\n")


@pytest.mark.parametrize("lead_in", [
    "Asked in the interview last week how long the war would last, he had given a blunt answer.",
    "Asked in March whether the line would hold, he was blunt.",
    "Pressed earlier about losses, the general shrugged.",
])
def test_quoted_words_after_an_asked_lead_in_on_an_earlier_occasion_take_no_later_day(dated, lead_in):
    text = _INTERVIEW + lead_in + " \"As long as it takes,\" he said."
    assert dated.quote_dates(text, "2024-10-10") == {"We are still here,": "2024-10-09", "As long as it takes,": ""}


def test_an_asked_lead_in_with_no_time_keeps_the_same_occasion(dated):
    # must not change: "Asked about drones, he was blunt." names no other occasion
    text = _INTERVIEW + "Asked about drones, Koval was blunt. \"We need more,\" he said."
    assert dated.quote_dates(text, "2024-10-10") == {"We are still here,": "2024-10-09", "We need more,": "2024-10-09"}


def test_a_future_later_in_the_same_day_keeps_the_speaker_s_day(dated):
    # must not change: "would publish video later in the day" names the statement's own day, no new occasion
    text = _VISIT + "Petrenko said the council would publish the list later in the day.\n\n\"It is home,\" she said."
    assert dated.quote_dates(text, "2025-06-13")["It is home,"] == "2025-06-11"


# --- a live blog's summary bullets -----------------------------------------------------------------------------------

_BLOG = ("Ukraine war live: ports reopen\n\nSaturday 8 March 2025\n\n{heading}\n"
         "- Zelensky says Russian troops have been pushed back from the river\n\n"
         "10.05 GMT\nVolodymyr Zelensky said in his address on Friday that Russian troops had been pushed back from "
         "the river near Kherson.\n")


@pytest.mark.parametrize("heading", ["Key developments", "What we know so far:"])
def test_a_summary_bullet_takes_the_day_of_the_post_it_restates(dated, heading):
    # rule: a bullet under a summary heading restates a post below: the same speaker's first dated words there
    got = dated.claim_dates(_BLOG.format(heading=heading), "2025-03-08")
    bullet = next(text for text in got if text.startswith("- Zelensky says"))
    assert got[bullet] == "2025-03-07"


def test_a_bullet_list_under_another_line_keeps_the_page_day(dated):
    # must not change: bullets under no summary heading are not read as restating a post
    got = dated.claim_dates(_BLOG.format(heading="Ports and shipping"), "2025-03-08")
    bullet = next(text for text in got if text.startswith("- Zelensky says"))
    assert got[bullet] == "2025-03-08"


# --- words read from the written account of the sentence before -----------------------------------------------------

_BRIEFED = ("MOSCOW, Oct 2 — General Pavel Orlov said on Wednesday that his troops had advanced near the river.\n\n"
            "\"We are moving,\" Orlov said.\n\n{before} that President Vladimir Putin had been briefed by Orlov.\n\n"
            "{opening} the general told Putin that his forces were \"holding the initiative\".")


@pytest.mark.parametrize("opening", ["According to the Kremlin's readout,", "According to the statement,"])
def test_words_from_the_readout_of_a_dated_statement_take_its_day(dated, opening):
    text = _BRIEFED.format(before="The Kremlin said on Tuesday", opening=opening)
    dates_got = dated.quote_dates(text, "2025-10-02")
    assert dates_got == {"We are moving,": "2025-10-01", "holding the initiative": "2025-09-30"}


def test_a_readout_of_another_body_keeps_the_speaker_s_own_day(dated):
    # must not change: "the Pentagon's readout" is not the account the Kremlin gave on Tuesday
    text = _BRIEFED.format(before="The Kremlin said on Tuesday", opening="According to the Pentagon's readout,")
    assert dated.quote_dates(text, "2025-10-02")["holding the initiative"] == "2025-10-01"


# --- a day that bounds a first statement ("Until May 3, … until X said …") ----------------------------------------------

_BOUND = ("Kyiv, 20 May 2025\n\nThe raid across the border was first reported by local channels on May 1.\n\n"
          "{opening} Ukraine did not confirm the raid, until General Petro Hrytsak said that his troops held "
          "twelve villages. Hrytsak, stated that hundreds of soldiers had surrendered on some days of the raid.\n")


def test_a_day_that_bounds_a_first_statement_does_not_date_the_next_one(dated):
    # rule: "Until May 3, … until X said …" dates that statement (the first) only: the speaker's next words there are
    # not on that occasion
    got = dated.claim_dates(_BOUND.format(opening="Until May 3,"), "2025-05-20")
    first = next(t for t in got if t.startswith("Until May 3"))
    second = next(t for t in got if t.startswith("Hrytsak, stated"))
    assert (got[first], got[second]) == ("2025-05-03", "")


def test_a_fronted_day_of_the_statement_still_dates_the_same_paragraph(dated):
    # must not change: "On May 3, … X said …" is the occasion, and the next words in the paragraph share it
    got = dated.claim_dates(_BOUND.format(opening="On May 3,"), "2025-05-20")
    second = next(t for t in got if t.startswith("Hrytsak, stated"))
    assert got[second] == "2025-05-03"


def test_the_occasion_after_a_future_content_clause_still_dates_the_words(dated):
    # must not change: "…will not give up the town, in remarks aired on Sunday": the comma ends what is reported, and
    # Sunday is the remarks' day
    text = ("Kyiv, 14 June 2025\n\nOksana Petrenko has said the city will not be given up, in remarks aired on "
            "national television on Sunday.\n\n\"We stay,\" she said.")
    assert dated.quote_dates(text, "2025-06-14") == {"We stay,": "2025-06-08"}
