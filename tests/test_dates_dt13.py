"""Statement dates, tenth round (dt13): days read from the page on copy nobody has read (blind pieces v1-v8 of
``tests/gold/peer/blind_dates_dt13.csv``). Conventions §3.5 and "Dating by the same event": a day counted back
("The previous day, … had said", "Earlier, on 9 October, …") dates nothing before it; a day inside what a source
reports ("According to him, on 12 October alone the enemy carried out …") is the event's; an occasion dated in the
sentence after its words ("The interview was published on Sunday.", "He made the remark at a meeting … last
Monday") dates them; a gathering in another subject's clause ("a claim X rejected at the news conference") is not
where the words were said; words of an aired occasion of their own end the passage about a dated meeting. Every
sentence here is invented."""

import pytest


# --- a gathering in another subject's clause after the content frames no words ------------------------------------

_NEWS_CONFERENCE = ("KYIV, May 8 (Reuters) - \"The line is holding,\" Colonel Taras Hnatenko told reporters at a news "
                    "conference in Kharkiv on Wednesday.\n\n"
                    "The previous day, the ministry in Moscow had said its troops had entered the village of Lypky, a "
                    "claim Hnatenko rejected {tail}.\n\n"
                    "Kremlin spokesman Dmitry Peskov told reporters that Russian troops were advancing on every front.")


def test_a_claim_another_person_rejected_at_the_news_conference_starts_no_dated_meeting(dated):
    got = dated.claims(_NEWS_CONFERENCE.format(tail="at the news conference"), "2024-05-09")
    assert dated.row_day(got, "its troops had entered the village of Lypky") == "2024-05-07"
    assert dated.row_day(got, "Russian troops were advancing on every front") == ""


def test_speaking_at_a_news_conference_after_the_content_still_frames_the_words(dated):
    text = ("Colonel Taras Hnatenko said on Wednesday that Russian troops had entered Lypky, speaking at a news "
            "conference in Kharkiv.\n\n"
            "Major Halyna Verba said Ukrainian units had pushed them back from the school.")
    got = dated.claims(text, "2024-05-09")
    assert dated.row_day(got, "Ukrainian units had pushed them back") == "2024-05-08"


# --- words placed back in time date nothing before them --------------------------------------------------------------

def test_a_quote_in_a_previous_day_sentence_does_not_date_the_same_bodys_undated_words_above(dated):
    text = ("Russia's defence ministry said its forces had taken control of the village of Stepove. It did not say "
            "when.\n\n"
            "The previous day, the ministry had said its troops had \"liberated\" the village of Lypky.")
    got = dated.claims(text, "2024-05-09")
    assert dated.row_day(got, "its forces had taken control of the village of Stepove") == ""
    assert dated.row_day(got, "its troops had \"liberated\" the village of Lypky") == "2024-05-08"


def test_earlier_on_a_date_does_not_date_the_same_speakers_undated_post_above(dated):
    text = ("Russian troops lost more than 900 soldiers near Toretsk over the week, Commander-in-Chief Oleksandr "
            "Syrskyi said on Telegram.\n\n"
            "Earlier, on 9 October, Syrskyi stated that Russia had massed 70,000 troops near Pokrovsk.")
    got = dated.claims(text, "2024-10-14")
    assert dated.row_day(got, "Russian troops lost more than 900 soldiers") == ""
    assert dated.row_day(got, "Russia had massed 70,000 troops") == "2024-10-09"


def test_an_undated_statement_still_takes_the_same_speakers_later_dated_one_without_earlier(dated):
    # (what must not change: the lede dated by the same speaker's day below it)
    text = ("Russian troops lost more than 900 soldiers near Toretsk over the week, Commander-in-Chief Oleksandr "
            "Syrskyi said.\n\n"
            "On Sunday, Syrskyi said that Russia had massed 70,000 troops near Pokrovsk.")
    got = dated.claims(text, "2024-10-14")
    assert dated.row_day(got, "Russian troops lost more than 900 soldiers") == "2024-10-13"


# --- a day inside what a source reports ------------------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["According to him, on 12 October alone",
                                     "According to the general, on 12 October"])
def test_a_date_opening_the_clause_after_according_to_is_the_events_day(dated, opening):
    text = ("The general said Russian troops had lost 900 soldiers near Toretsk over the week.\n\n"
            f"{opening} the enemy carried out 47 assaults near the town.")
    got = dated.claims(text, "2024-10-14")
    assert dated.row_day(got, "the enemy carried out 47 assaults") == ""


def test_according_to_a_dated_update_still_dates_the_words(dated):
    text = "According to the General Staff's Tuesday update, Russian forces carried out 47 assaults near Toretsk."
    got = dated.claims(text, "2024-10-17")
    assert dated.row_day(got, "Russian forces carried out 47 assaults") == "2024-10-15"


# --- an occasion dated after its words -------------------------------------------------------------------------------

def test_an_interview_published_on_a_day_named_after_its_words_dates_them(dated):
    text = ("Speaking to a Ukrainian news site, intelligence chief Kyrylo Budanov said Russian troops in the north had "
            "been worn down around Vovchansk. \"They wanted a buffer zone. They got a trap,\" he said. The interview "
            "was published on Sunday.")
    got = dated.quotes(text, "2024-06-18")
    assert dated.row_day(got, "They wanted a buffer zone") == "2024-06-16"
    dates_got = dated.row_day(dated.claims(text, "2024-06-18"), "Russian troops in the north had been worn down")
    assert dates_got == "2024-06-16"


def test_the_interview_day_after_does_not_date_habitual_words_or_another_days_words(dated):
    text = ("Kyrylo Budanov has repeatedly said Russia lacks the reserves for a breakthrough.\n\n"
            "Speaking to a Ukrainian news site, Budanov said Russian troops had been worn down around Vovchansk. "
            "The interview was published on Sunday.")
    got = dated.claims(text, "2024-06-18")
    assert dated.row_day(got, "Russia lacks the reserves") == ""
    assert dated.row_day(got, "Russian troops had been worn down") == "2024-06-16"


def test_an_interview_recorded_on_a_day_named_in_the_next_paragraph_dates_the_aired_words(dated):
    text = ("In an interview aired on Sunday on a state channel, Kremlin spokesman Dmitry Peskov said Moscow was ready "
            "to discuss \"all aspects\" of a settlement. \"The facts on the ground must be taken into account,\" "
            "Peskov said.\n\n"
            "The interview was recorded on Friday, the channel said.")
    got = dated.quotes(text, "2025-02-23")
    assert dated.row_day(got, "all aspects") == "2025-02-21"
    assert dated.row_day(got, "The facts on the ground") == "2025-02-21"


@pytest.mark.parametrize("remark", ["He made the remark", "He made the remarks", "He made this comment"])
def test_he_made_the_remark_at_a_dated_meeting_dates_the_words_before(dated, remark):
    text = ("Vladimir Putin has vowed a \"worthy response\" to the incursion. "
            f"{remark} at a meeting of his security council last Monday.")
    got = dated.quotes(text, "2024-08-19")
    assert dated.row_day(got, "worthy response") == "2024-08-12"


def test_a_think_tanks_assessment_headed_by_a_day_dates_its_words(dated):
    text = ("The Institute for the Study of War said in its Saturday assessment that Russian forces had advanced "
            "near Pokrovsk over the past week.")
    got = dated.claims(text, "2025-05-11")
    assert dated.row_day(got, "Russian forces had advanced near Pokrovsk") == "2025-05-10"


# --- an aired occasion of its own ends the passage about a dated meeting --------------------------------------------

_BRIEFING = ("The previous day, on 16 November, the Defence Ministry's spokesman Igor Konashenkov said at a briefing "
             "that Russian air defences had shot down 12 drones over the Bryansk region.\n\n"
             "{middle}\n\n"
             "\"The special military operation continues,\" Kremlin spokesman Dmitry Peskov told journalists.")


def test_words_broadcast_on_state_tv_end_the_passage_about_a_dated_briefing(dated):
    middle = ("In remarks broadcast on state TV, the regional leader Denis Pushilin said Russian units were advancing "
              "north of the city.")
    got = dated.quotes(_BRIEFING.format(middle=middle), "2023-11-18")
    assert dated.row_day(got, "The special military operation continues") == ""


def test_another_participant_at_the_dated_meeting_still_takes_its_day(dated):
    # (what must not change: a participant of the meeting, nothing aired between)
    text = ("Speaking at a meeting of the ministry's board on Friday, Sergei Shoigu said Russian troops had taken "
            "the village of Khromove.\n\n"
            "Chief of the General Staff Valery Gerasimov said Russian forces had repelled every landing near Krynky.")
    got = dated.claims(text, "2023-11-18")
    assert dated.row_day(got, "Russian forces had repelled every landing") == "2023-11-17"


# --- a fronted when-clause with a month or a year places the words then --------------------------------------------

def test_words_said_when_something_happened_in_a_month_take_no_later_day_of_the_speaker(dated):
    text = ("When Russia launched its full-scale invasion in February 2022, President Vladimir Putin said the aim was "
            "to \"demilitarise\" Ukraine. In a Kremlin speech on Sept. 30, 2022, he said the annexed regions would be "
            "Russian \"forever\".")
    got = dated.quotes(text, "2024-03-15")
    assert dated.row_day(got, "demilitarise") == ""
    assert dated.row_day(got, "forever") == "2022-09-30"


def test_a_when_clause_with_a_weekday_still_dates_the_words(dated):
    text = ("When Vladimir Putin addressed the parade on Red Square on Friday, he said Russian troops were "
            "\"fighting for the truth\".")
    got = dated.quotes(text, "2025-05-11")
    assert dated.row_day(got, "fighting for the truth") == "2025-05-09"


# --- a headline takes no day of a statement placed back --------------------------------------------------------------

def test_a_headline_takes_no_day_of_the_speakers_earlier_statement(dated):
    text = ("Syrskyi: enemy lost over 900 troops near Toretsk in a week\n\n"
            "Russian troops lost more than 900 soldiers near Toretsk over the week, Commander-in-Chief Oleksandr "
            "Syrskyi said on Telegram.\n\n"
            "Earlier, on 9 October, Syrskyi stated that Russia had massed 70,000 troops near Pokrovsk.")
    got = dated.claims(text, "2024-10-14")
    headline = got[got["headline"]]
    assert not headline.empty
    assert dated.day(headline.iloc[0]["statement_date"]) == ""


def test_a_headline_still_takes_the_day_of_the_bodys_dated_statement(dated):
    text = ("Syrskyi: enemy lost over 900 troops near Toretsk in a week\n\n"
            "Russian troops lost more than 900 soldiers near Toretsk over the week, Commander-in-Chief Oleksandr "
            "Syrskyi said on Sunday.")
    got = dated.claims(text, "2024-10-14")
    headline = got[got["headline"]]
    assert not headline.empty
    assert dated.day(headline.iloc[0]["statement_date"]) == "2024-10-13"


# --- a period refined by the day named after the words ---------------------------------------------------------------

@pytest.mark.parametrize("period", ["this week", "last week"])
def test_said_in_a_period_then_made_the_comment_on_a_day_takes_that_day(dated, period):
    text = (f"Vladimir Putin said {period} that Russia could strike \"decision-making centres\" in Kyiv. "
            "He made the comment at a security summit in Kazakhstan on Thursday.")
    got = dated.quotes(text, "2024-12-02")
    assert dated.row_day(got, "decision-making centres") == "2024-11-28"


def test_said_this_week_with_no_day_named_after_stays_undated(dated):
    text = ("Vladimir Putin said this week that Russia could strike \"decision-making centres\" in Kyiv. "
            "The summit in Kazakhstan ended on Thursday.")
    got = dated.quotes(text, "2024-12-02")
    assert dated.row_day(got, "decision-making centres") == ""
