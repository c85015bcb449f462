"""Statement dates, thirteenth round (dt20): families of the date census of the studied sets (issue 13; see
``tests/gold/peer/README.md``, section "dt20"). Conventions §3.5 and "Dating by the same event". Every sentence here
is invented."""


# --- an outlet the tables do not list tells of its own interview ----------------------------------------------------

HERALD = ("A nurse's view from the south\n\n"
          "The Beacon spoke to Iryna Hlushko, a nurse who has worked near the front since 2023, by phone on Monday.\n\n"
          "“We sleep in the basement now,” Hlushko said.\n\n"
          "She said the shelling had grown heavier in the spring.\n\n"
          "“The ambulances drive without lights,” she told The Beacon.\n\n")


def test_unlisted_outlet_that_is_told_words_dates_its_interview(dated):
    days = dated.quote_dates(HERALD, "2025-04-17")  # (a Thursday: Monday is 14 April)
    assert days["We sleep in the basement now,"] == "2025-04-14"
    assert days["The ambulances drive without lights,"] == "2025-04-14"


def test_listed_outlet_far_day_dates_its_interview(dated):
    # the day far from the verb, after a relative clause and "by phone": still the interview's
    text = HERALD.replace("The Beacon spoke", "The BBC spoke").replace("told The Beacon", "told the BBC")
    days = dated.quote_dates(text, "2025-04-17")
    assert days["We sleep in the basement now,"] == "2025-04-14"


def test_unlisted_name_nobody_tells_is_no_outlet(dated):
    # must not change: a capitalised name the tables do not list, that nobody in the copy tells anything, is no outlet
    # telling of its interview ("The Beacon spoke to A B …" with no "told The Beacon"): her words stay undated
    text = HERALD.replace("she told The Beacon", "she said")
    days = dated.quote_dates(text, "2025-04-17")
    assert days["We sleep in the basement now,"] == dated.missing
    assert days["The ambulances drive without lights,"] == dated.missing


# --- a dated hearing: "told a Senate panel on Thursday" opens the passage of the hearing -----------------------------

HEARING = ("General tells senators the line is holding\n\n"
           "WASHINGTON, May 9 - A senior US general told a Senate panel on Thursday that Russian troops were advancing "
           "slowly.\n\n"
           "“They pay for every metre,” Gen. Ross Whitlow told the committee.\n\n"
           "Sen. Maria Delgado (D-N.M.), who chairs the panel, opened by asking about shells.\n\n"
           "“Will the shells arrive in time?” Delgado asked.\n\n"
           "“They will if the money comes,” Whitlow replied.\n\n")


def test_senate_panel_told_on_a_day_dates_the_hearing_participants(dated):
    days = dated.quote_dates(HEARING, "2025-05-09")  # (a Friday: Thursday is 8 May)
    assert days["They pay for every metre,"] == "2025-05-08"
    # a paragraph that only brings in the next speaker keeps the hearing's passage
    assert days["Will the shells arrive in time?"] == "2025-05-08"
    assert days["They will if the money comes,"] == "2025-05-08"


def test_two_quiet_paragraphs_still_end_the_hearing(dated):
    # must not change: a paragraph of background that brings in nobody who speaks next ends the passage as before
    text = HEARING.replace("Sen. Maria Delgado (D-N.M.), who chairs the panel, opened by asking about shells.\n\n",
                           "The committee has held eleven hearings on Ukraine since 2022.\n\n"
                           "Aid has been delayed twice this year.\n\n")
    days = dated.quote_dates(text, "2025-05-09")
    assert days["They pay for every metre,"] == "2025-05-08"
    assert days["Will the shells arrive in time?"] == dated.missing


# --- a live blog whose posts are stamped with their day: each stamp heads its post's day ----------------------------

BLOG = ("Ukraine war live: talks in Geneva\n\n"
        "Thu 6 Mar 2025 17.10 GMT\n\n"
        "The foreign minister, Andrii Sybiha, said the talks had been useful.\n\n"
        "“We heard each other,” Sybiha said.\n\n"
        "Thu 6 Mar 2025 12.40 GMT\n\n"
        "Our correspondent in Sumy, Jane Doyle, has sent this dispatch from a shelter:\n\n"
        "A nurse who gave only her first name, Olha, said the shelling never stopped.\n\n"
        "“We sleep in our coats,” Olha said.\n\n"
        "Thu 6 Mar 2025 09.05 GMT\n\n"
        "The governor of the Sumy region, Volodymyr Artiukh, wrote on Telegram that two people were injured.\n\n"
        "“Repair crews are at work,” Artiukh wrote.\n\n")


def test_stamped_posts_date_their_undated_words(dated):
    days = dated.quote_dates(BLOG, "2025-03-06")
    assert days["We heard each other,"] == "2025-03-06"
    assert days["Repair crews are at work,"] == "2025-03-06"


def test_reporters_dispatch_post_and_one_stamp_date_nothing(dated):
    # must not change: the people a correspondent's dispatch quotes keep no day (when the reporter met them is not
    # told), and a single dated stamp is the page's, no post's
    days = dated.quote_dates(BLOG, "2025-03-06")
    assert days["We sleep in our coats,"] == dated.missing
    single = ("Ukraine war: talks in Geneva\n\nThu 6 Mar 2025 17.10 GMT\n\n"
              "The foreign minister, Andrii Sybiha, said the talks had been useful.\n\n"
              "“We heard each other,” Sybiha said.\n\n")
    assert dated.quote_dates(single, "2025-03-06")["We heard each other,"] == dated.missing


# --- a spokesperson named with a rank between the title and the name ------------------------------------------------

def test_press_secretary_with_a_rank_speaks_at_the_bodys_dated_statement(dated):
    text = ("Pentagon: offensive stalled\n\n"
            "WASHINGTON -- The Pentagon said Thursday that Russia's offensive had stalled near the river.\n\n"
            "“It is costly movement and nothing more,” Pentagon press secretary Brig. Gen. Tom Rayburn told reporters.\n\n")
    days = dated.quote_dates(text, "2025-07-18")  # (a Friday: Thursday is 17 July)
    assert days["It is costly movement and nothing more,"] == "2025-07-17"


def test_another_bodys_spokesperson_with_a_rank_keeps_no_day(dated):
    # must not change: the rank does not make the spokesperson of another body speak at the Pentagon's statement
    text = ("Pentagon: offensive stalled\n\n"
            "WASHINGTON -- The Pentagon said Thursday that Russia's offensive had stalled near the river.\n\n"
            "“We see the same picture,” Nato spokesperson Lt. Col. Anna Berg told reporters.\n\n")
    days = dated.quote_dates(text, "2025-07-18")
    assert days["We see the same picture,"] == dated.missing


def test_the_sentence_before_gives_no_body_its_spokesmans_title(dated):
    # must not change: "… Kremlin spokesman A B told reporters." ending the paragraph before is no title of the body that
    # speaks next; the ministry's undated statement keeps no day
    text = ("MOSCOW, June 18 — The Kremlin said on Wednesday that Russia remained open to talks.\n\n"
            "“Our position has not changed,” Kremlin spokesman Dmitry Peskov told reporters.\n\n"
            "Russia's Defence Ministry, in a statement carried by an agency, said its forces had captured the village "
            "of Zelene.\n\n")
    days = dated.quote_dates(text, "2025-06-18")
    assert days["Our position has not changed,"] == "2025-06-18"
    found = dated.claim_dates(text, "2025-06-18")
    ministry = [day for claim, day in found.items() if "had captured the village" in claim]
    assert ministry == [dated.missing]
