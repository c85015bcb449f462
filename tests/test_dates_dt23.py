"""Statement dates, fifteenth round (dt23): the date misses of ``tests/gold/heldout5`` (studied from round 15) grouped
into mechanisms of English news copy (issue 13). Conventions §3.5 and "Dating by the same event". Every sentence here
is invented (other names, places and wording than the set's)."""


# --- a press conference's passage: a fronted place before an interpolated attribution, a question lead-in, and the
# --- same speaker's words after the passage ------------------------------------------------------------------------

BRIEFING = ("Navy says it sank two landing craft\n\n"
            "ODESA — Ukraine's navy sank two Russian landing craft near the spit, the navy told a packed news "
            "conference in the port on Thursday.\n\n"
            "Captain Taras Voloshko, the navy's chief of operations, said the crews had been spotted by drones before "
            "dawn.\n\n"
            "In Ochakiv, he said, marines had found the shore “quiet as a cellar” after the strike.\n\n"
            "Asked by a local journalist whether the navy had lost any boats, he declined to answer but said the "
            "crews were “tired but whole”.\n\n"
            "Olena Hrab, a deputy minister who sat beside him, said the operation had been planned for a month. "
            "“We waited for fog,” she said.\n\n"
            "In Moscow, the account was different. The Russian Defence Ministry said its ships had repelled the "
            "attack. Its spokesman said “all the boats” had been destroyed.\n\n"
            "Asked about losses, Voloshko said only that they were “light”.\n\n")


def test_interpolated_place_keeps_the_conference_day(dated):
    days = dated.quote_dates(BRIEFING, "2024-05-10")  # (a Friday: Thursday is 9 May)
    assert days["quiet as a cellar"] == "2024-05-09"


def test_question_lead_in_keeps_the_conference_day(dated):
    assert dated.quote_dates(BRIEFING, "2024-05-10")["tired but whole"] == "2024-05-09"


def test_other_participant_after_the_question_takes_the_conference_day(dated):
    days = dated.quote_dates(BRIEFING, "2024-05-10")
    assert days["We waited for fog,"] == "2024-05-09"


def test_same_speaker_after_the_passage_takes_the_conference_day(dated):
    # the passage ended at "In Moscow, …"; the captain going on later still speaks at his briefing
    assert dated.quote_dates(BRIEFING, "2024-05-10")["light"] == "2024-05-09"


def test_the_other_side_after_a_new_scene_stays_undated(dated):
    # must not change: Moscow's account is not the briefing's
    assert dated.quote_dates(BRIEFING, "2024-05-10")["all the boats"] == dated.missing


def test_a_fronted_place_with_a_plain_verb_still_opens_a_new_scene(dated):
    # must not change: "In Kherson, the governor said …" (no interpolated verb) is another scene
    text = BRIEFING.replace("Asked about losses, Voloshko said only that they were “light”.",
                            "In Kherson, the regional governor, Ivan Bort, said the shelling had been “heavy”.")
    assert dated.quote_dates(text, "2024-05-10")["heavy"] == dated.missing


# --- a recorded programme's page: the episode's words take the recording day ---------------------------------------

EPISODE = ("Trench Talk, episode 48: Who holds the river?\n\n"
           "A medic back from Kherson says the islands are 'a grinder'; a former Marine says neither side can cross\n\n"
           "Podcast | 37 min | Recorded Tuesday 4 March 2025, released Thursday 6 March 2025\n\n"
           "This week host Paul Renner talks to medic Iryna Savchuk and former US Marine officer Dean Holt about the "
           "islands of the lower Dnipro.\n\n"
           "Savchuk says Russian troops still shell the right bank every night, and that most of her patients are "
           "hit by drones. Holt argues that neither side has the boats to cross in force.\n\n"
           "Renner plays a clip of Oleksandr Prokudin, who said in a radio interview last week that Russia had lost "
           "200 men on the islands.\n\n"
           "Quotes from the episode\n\n"
           "“The islands are a grinder, and both sides feed it.” — Iryna Savchuk\n\n"
           "Update, Thursday: Since we recorded, Russia's defence ministry said on Wednesday that its troops had "
           "taken one of the islands.\n\n")


def test_pulled_quote_takes_the_recording_day(dated):
    days = dated.quote_dates(EPISODE, "2025-03-06")
    assert days["The islands are a grinder, and both sides feed it."] == "2025-03-04"


def test_present_tense_summary_takes_the_recording_day(dated):
    table = dated.claims(EPISODE, "2025-03-06")
    assert dated.row_day(table, "Holt argues") == "2025-03-04"


def test_a_clip_said_last_week_keeps_no_day(dated):
    # must not change: words placed on another occasion ("last week") are not the episode's
    table = dated.claims(EPISODE, "2025-03-06")
    assert dated.row_day(table, "who said in a radio interview last week") == dated.missing


def test_update_after_the_recording_keeps_its_own_day(dated):
    table = dated.claims(EPISODE, "2025-03-06")
    assert dated.row_day(table, "Since we recorded") == "2025-03-05"


def test_no_recording_stamp_leaves_the_present_tense_undated(dated):
    # must not change: the same page without its stamp line (the page's present tense names no day)
    text = EPISODE.replace("Podcast | 37 min | Recorded Tuesday 4 March 2025, released Thursday 6 March 2025\n\n", "")
    table = dated.claims(text, "2025-03-06")
    assert dated.row_day(table, "Holt argues") == dated.missing


# --- a round-up's speaker label lines date the paragraphs below them ---------------------------------------------

ROUNDUP = ("What the commanders posted this week\n\n"
           "The Friday Feed | 14 June 2024 | Compiled by the desk\n\n"
           "Every Friday we collect the most-read posts from both sides of the front.\n\n"
           "Yurii Palamar, commander of Ukraine's 12th Corps (Wednesday, 22:05):\n\n"
           "“We pushed the enemy out of two tree lines near the reservoir. The fighting goes on.”\n\n"
           "Palamar wrote a day earlier that his men had downed a Russian helicopter.\n\n"
           "“Black Raven”, a Russian war channel (Thursday):\n\n"
           "“Our assault groups are stuck in the marsh and nobody sends boats.”\n\n")


def test_label_line_dates_the_quote_below(dated):
    days = dated.quote_dates(ROUNDUP, "2024-06-14")  # (a Friday)
    assert days["We pushed the enemy out of two tree lines near the reservoir. The fighting goes on."] == "2024-06-12"
    assert days["Our assault groups are stuck in the marsh and nobody sends boats."] == "2024-06-13"


def test_a_day_earlier_counts_from_the_label(dated):
    table = dated.claims(ROUNDUP, "2024-06-14")
    assert dated.row_day(table, "wrote a day earlier") == "2024-06-11"


def test_label_line_without_a_day_dates_nothing(dated):
    # must not change: a label naming no day
    text = ROUNDUP.replace(" (Wednesday, 22:05):", " (Telegram):")
    days = dated.quote_dates(text, "2024-06-14")
    assert days["We pushed the enemy out of two tree lines near the reservoir. The fighting goes on."] == dated.missing
    assert days["Our assault groups are stuck in the marsh and nobody sends boats."] == "2024-06-13"


# --- "that morning" after an explicit past day; vague cues; the headline's news -----------------------------------

LOOKBACK = ("Two years on, the Kremlin says nothing has changed\n\n"
            "Moscow says its aims are the same.\n\n"
            "By Jan Novak | 1 March 2024\n\n"
            "On 3 March 2022, Russian tanks reached the outskirts of the city.\n\n"
            "Vladimir Putin said that morning that the operation was going “strictly to plan”.\n\n"
            "On 5 March 2022, Putin told his security council that the West had “declared economic war”.\n\n"
            "By the end of April, Russia's defence ministry announced that troops would “regroup” in the east. "
            "Ukrainian officials said at the time that the retreat was a defeat.\n\n"
            "Russia's defence ministry said on Monday that its forces had taken a village near the river.\n\n"
            "In a speech on Tuesday, Putin said the aims of the operation were “unchanged”.\n\n")


def test_that_morning_reads_the_day_just_named(dated):
    assert dated.quote_dates(LOOKBACK, "2024-03-01")["strictly to plan"] == "2022-03-03"


def test_by_the_end_of_a_month_gives_no_day(dated):
    days = dated.quote_dates(LOOKBACK, "2024-03-01")
    assert days["regroup"] == dated.missing


def test_the_ministrys_dated_words_keep_their_day(dated):
    # must not change: the ministry's own "on Monday"
    table = dated.claims(LOOKBACK, "2024-03-01")
    assert dated.row_day(table, "said on Monday that its forces") == "2024-02-26"


def test_headline_takes_the_speakers_news_of_the_week(dated):
    table = dated.claims(LOOKBACK, "2024-03-01", quotes_too=True)
    assert dated.row_day(table, "Moscow says its aims are the same") == "2024-02-27"


# --- a data bullet's present-tense "says": a running tally, no one occasion ---------------------------------------

BULLETS = ("The front in figures\n\n"
           "THIS WEEK\n\n"
           "• 31: villages Russia's defence ministry says it has captured since May 1\n\n"
           "• 12 km: distance from the front to the city\n\n"
           "Russia's defence ministry said on Tuesday that its troops had taken the village of Hrushivka.\n\n")


def test_bullet_present_tense_gives_no_day(dated):
    table = dated.claims(BULLETS, "2024-08-16")
    assert dated.row_day(table, "villages Russia's defence ministry says") == dated.missing


def test_prose_after_the_bullets_keeps_its_day(dated):
    # must not change
    table = dated.claims(BULLETS, "2024-08-16")
    assert dated.row_day(table, "said on Tuesday") == "2024-08-13"
