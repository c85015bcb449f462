"""Statement dates, ninth round (dt11): mechanisms found by the blind layout pieces u1-u7 (multi-day live blogs,
weekly round-ups, features in the present tense, interviews with a later call, pages published after midnight).
Every text here is invented."""

import pytest


# --- day headers ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("order", ["newest", "oldest"])
def test_each_stamped_post_under_a_day_header_is_a_scope_of_its_own(dated, order):
    # rule: a day one post names ("on Monday") is no time cue for the posts beside it, whichever way they run
    posts = ["09.10 GMT\nThe port authority said on Monday that the quay had been cleared.",
             "12.25 GMT\nThe harbour master, Ivan Dolot, told a briefing: \"We reopen at noon.\""]
    if order == "newest":
        posts.reverse()
    text = "Port live: ferries back\n\nTuesday 19 November\n\n" + "\n\n".join(posts) + "\n\nMonday 18 November\n\n" \
           "20.05 GMT\nThe mayor said the ferries were \"on their way\".\n"
    assert dated.quote_dates(text, "2024-11-20") == {"We reopen at noon.": "2024-11-19", "on their way": "2024-11-18"}


def test_a_post_s_own_day_still_wins_over_its_header(dated):
    text = ("Port live\n\nWednesday 20 November\n\n11.30 GMT\nThe harbour master said on Tuesday evening that the "
            "quay was \"clear\".\n\n09.10 GMT\nThe mayor said the ferries were \"late\".\n")
    assert dated.quote_dates(text, "2024-11-20") == {"clear": "2024-11-19", "late": "2024-11-20"}


@pytest.mark.parametrize("stamp, expected", [
    ("07.30 BST", ""),  # a morning post on the nightly address: said the night before, no day
    ("21.30 BST", "2024-05-07"),  # an evening post on it: the header's day, as before
])
def test_a_morning_post_on_a_nightly_address_is_not_dated_by_its_header(dated, stamp, expected):
    text = ("Port live\n\nTuesday 7 May\n\n"
            f"{stamp}\nMayor Ivan Dolot said in his nightly address that the ferries were \"running again\".\n\n"
            "06.10 BST\nThe harbour master said the quay was \"clear\".\n")
    assert dated.quote_dates(text, "2024-05-07") == {"running again": expected, "clear": "2024-05-07"}


def test_a_round_up_s_day_headers_in_capitals_date_the_paragraphs_below(dated):
    text = ("The week at the port\n\nOur Saturday round-up.\n\nMONDAY, MARCH 3\n\nThe harbour master said the quay "
            "was \"clear\".\n\nTUESDAY, MARCH 4\n\nThe mayor said the ferries were \"late\".\n")
    assert dated.quote_dates(text, "2025-03-08") == {"clear": "2025-03-03", "late": "2025-03-04"}


def test_a_section_in_capitals_with_no_day_ends_the_day_above_it(dated):
    text = ("The week at the port\n\nMONDAY, MARCH 3\n\nThe harbour master said the quay was \"clear\".\n\n"
            "TUESDAY, MARCH 4\n\nThe mayor said the ferries were \"late\".\n\nLOOKING AHEAD\n\n"
            "A dock worker who asked not to be named said the strike was \"not over\".\n")
    assert dated.quote_dates(text, "2025-03-08") == {"clear": "2025-03-03", "late": "2025-03-04", "not over": ""}


def test_a_capitals_line_that_is_no_day_makes_no_header(dated):
    # a wire's subhead in capitals ("KREMLIN COMMENT") with no day headers around it changes nothing
    text = ("The harbour master said on Tuesday the quay was \"clear\".\n\nPORT COMMENT\n\n"
            "The mayor said the ferries were \"late\".\n")
    assert dated.quote_dates(text, "2025-03-06") == {"clear": "2025-03-04", "late": ""}


def test_the_next_day_under_a_day_header_counts_from_the_header(dated):
    text = ("The week at the port\n\nMONDAY, MARCH 3\n\nThe mayor said on Friday the port had shut.\n\n"
            "TUESDAY, MARCH 4\n\nThe port authority said the quay was closed. The harbour master, Ivan Dolot, "
            "rejected the claim the next day. \"The quay is open,\" he said.\n")
    assert dated.quote_dates(text, "2025-03-08")["The quay is open,"] == "2025-03-05"


# --- the present tense of a feature ------------------------------------------------------------------------------

def test_a_feature_s_present_says_takes_no_day_from_the_speaker_s_dated_words(dated):
    # rule: "“…,” he says" is the time of the reporting, not the occasion of a dated message elsewhere
    text = ("Captain Ivan Dolot said in a message on Saturday that the quay had been cleared.\n\n"
            "\"We count the days by shifts,\" Dolot says. \"Four days on, four days off.\"\n")
    dates_got = dated.quote_dates(text, "2024-06-16")
    assert dates_got == {"We count the days by shifts,": "", "Four days on, four days off.": ""}


def test_past_said_after_a_dated_message_still_takes_its_day(dated):
    text = ("Captain Ivan Dolot said in a message on Saturday that the quay had been cleared.\n\n"
            "\"We count the days by shifts,\" Dolot said.\n")
    assert dated.quote_dates(text, "2024-06-16") == {"We count the days by shifts,": "2024-06-15"}


def test_the_report_says_keeps_the_report_s_day(dated):
    # a written thing in the present ("the report says") is the dated report's words, not a feature's present
    text = ("The General Staff said in its morning update on Friday that its troops had held the ridge.\n\n"
            "\"Eleven attacks were repelled,\" the update says.\n")
    assert dated.quote_dates(text, "2024-06-16") == {"Eleven attacks were repelled,": "2024-06-14"}


# --- a later occasion of the same speaker -----------------------------------------------------------------------

@pytest.mark.parametrize("later, expected", [
    ("Dolot, speaking again by phone on Wednesday, said the quay was clear.", ""),  # a later call: not the interview's
    ("Dolot said on Wednesday the quay was clear.", "2024-10-09"),  # no "again": the first dated one, as before
])
def test_again_marks_a_later_occasion_that_dates_nothing_before_it(dated, later, expected):
    text = ("Harbour master Ivan Dolot does not like maps on walls.\n\n\"We lost two cranes,\" Dolot said.\n\n"
            f"{later}\n")
    assert dated.quote_dates(text, "2024-10-10")["We lost two cranes,"] == expected


def test_said_again_after_the_verb_is_a_later_occasion_too(dated):
    text = ("\"We lost two cranes,\" harbour master Ivan Dolot said.\n\n"
            "Dolot said again on Wednesday that the quay was clear.\n")
    assert dated.quote_dates(text, "2024-10-10")["We lost two cranes,"] == ""


# --- the small hours after an occasion --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Ivan Dolot wrote in a Telegram post in the early hours of Thursday that the quay was \"clear\".", "2025-01-16"),
    # the small hours of an event inside what is reported: no day for the words (as before)
    ("Ivan Dolot wrote that drones had hit the quay in the early hours of Thursday, leaving it \"clear\".", ""),
])
def test_an_occasion_then_the_small_hours_of_a_day_dates_the_words(dated, sentence, expected):
    assert dated.quote_dates(sentence, "2025-01-16") == {"clear": expected}


def test_a_lede_s_present_says_before_the_quote_keeps_the_speaker_s_dated_words(dated):
    # "X says …" before the quoted words is the news of the day (a lede, a deck), not a feature's present
    text = ("Mayor Ivan Dolot says the quay is \"clear\" after the storm.\n\n"
            "Dolot told reporters on Saturday that the ferries would run.\n")
    assert dated.quote_dates(text, "2025-03-04") == {"clear": "2025-03-01"}


def test_a_round_up_s_subhead_with_no_day_ends_the_day_above_it_but_not_one_right_under_a_header(dated):
    text = ("Seven days at the port\n\nMonday 10 February\n\nThe harbour master said the quay was \"clear\".\n\n"
            "Friday 14 February\n\nWork on the pier\n\nThe mayor said the ferries were \"late\".\n\n"
            "What to watch next week\n\nA dock worker said the strike was \"not over\".\n")
    assert dated.quote_dates(text, "2025-02-15") == {"clear": "2025-02-10", "late": "2025-02-14", "not over": ""}


@pytest.mark.parametrize("period, expected", [
    ("over the previous day", "2025-02-10"),  # the period a figure covers: no new time cue under the header
    ("the previous day", ""),  # "said … the previous day" after another post's words: a day of its own (as before)
])
def test_over_the_previous_day_is_the_period_of_a_figure_not_a_day(dated, period, expected):
    text = ("Seven days at the port\n\nMonday 10 February\n\n"
            f"The port authority said 161 ships had docked {period}.\n\n"
            "The harbour master said the quay was \"clear\".\n\nTuesday 11 February\n\nThe mayor said \"enough\".\n")
    assert dated.quote_dates(text, "2025-02-15")["clear"] == expected
