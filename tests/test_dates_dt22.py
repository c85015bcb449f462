"""Statement dates, fourteenth round (dt22): the date misses of ``tests/gold/heldout4`` (studied from round 14) grouped
into mechanisms of English news copy (issue 13). Conventions §3.5 and "Dating by the same event". Every sentence here
is invented (other names, places and wording than the set's)."""


# --- a dash attribution line of an unnamed source names the day of its occasion -------------------------------------

DASHED = ("Evening brief\n\n"
          "Rain slowed the fighting in the east.\n\n"
          "\"The line is holding, but only just.\" — a senior Ukrainian officer, in a phone briefing for journalists Monday.\n\n")


def test_dash_line_of_an_unnamed_source_dates_its_quote(dated):
    days = dated.quote_dates(DASHED, "2025-06-25")  # (a Wednesday: Monday is 23 June)
    assert days["The line is holding, but only just."] == "2025-06-23"


def test_dash_line_of_an_unnamed_source_without_a_day_dates_nothing(dated):
    # must not change: the line names the source only
    text = DASHED.replace(", in a phone briefing for journalists Monday.", ".")
    assert dated.quote_dates(text, "2025-06-25")["The line is holding, but only just."] == dated.missing


# --- a day past a semicolon is the next clause's ------------------------------------------------------------------------

SEMICOLON = ("Profile of a battalion\n\n"
             "The Russian Defence Ministry has claimed three times to have “wiped out” the battalion; in its latest "
             "statement, on Tuesday, it said that its artillery had killed “up to 80” of its men near Tokmak.\n\n")


def test_quote_before_a_semicolon_takes_no_day_of_the_next_clause(dated):
    days = dated.quote_dates(SEMICOLON, "2024-03-16")  # (a Saturday: Tuesday is 12 March)
    assert days["wiped out"] == dated.missing
    assert days["up to 80"] == "2024-03-12"


def test_claim_of_the_sentence_keeps_the_day_of_its_figure(dated):
    # must not change: the sentence's claim is dated by the statement that carries the figure (heldout4 README, 4)
    assert list(dated.claim_dates(SEMICOLON, "2024-03-16").values()) == ["2024-03-12"]


def test_day_before_the_semicolon_still_dates_the_first_clause(dated):
    # must not change: the first clause's own day ("on Monday …;") is read as before
    text = SEMICOLON.replace("has claimed three times to have", "said on Monday it had")
    days = dated.quote_dates(text, "2024-03-16")
    assert days["wiped out"] == "2024-03-11"
    assert days["up to 80"] == "2024-03-12"


# --- an occasion phrase closing the sentence dates all its words ------------------------------------------------------

AIRED = ("General warns of a spring push\n\n"
         "ODESA, Ukraine — General Taras Bondar said the enemy was massing tanks near the river and warned that Moscow "
         "might commit \"another 40,000\" men to the assault within a month, in an interview broadcast Sunday on "
         "the channel's \"Night Desk.\"\n\n"
         "\"They are coming,\" Bondar said. \"We are ready.\"\n\n"
         "Officials in Kherson said on Monday that two people were hurt by shelling.\n\n"
         "\"The enemy holds the initiative, but pays for every metre,\" retired Col. Ivan Sydor, a military analyst, "
         "said on the broadcast. Sydor estimated that Russian forces had gained 900 square kilometres since "
         "January.\n\n")


def test_trailing_interview_that_aired_dates_every_clause(dated):
    days = dated.quote_dates(AIRED, "2025-04-14")  # (a Monday: Sunday is 13 April)
    assert days["another 40,000"] == "2025-04-13"
    assert days["They are coming,"] == "2025-04-13"  # the same speaker going on
    assert dated.row_day(dated.claims(AIRED, "2025-04-14"), "massing tanks") == "2025-04-13"


def test_said_on_the_broadcast_takes_the_day_it_aired(dated):
    days = dated.quote_dates(AIRED, "2025-04-14")
    assert days["The enemy holds the initiative, but pays for every metre,"] == "2025-04-13"
    assert dated.row_day(dated.claims(AIRED, "2025-04-14"), "Sydor estimated") == "2025-04-13"


def test_trailing_phrase_of_an_event_dates_nothing(dated):
    # must not change: a closing phrase that is no occasion of words ("in an assault that began Sunday") names the
    # event's day
    text = AIRED.replace("in an interview broadcast Sunday on the channel's \"Night Desk.\"",
                         "in an assault that began Sunday near the river.")
    days = dated.quote_dates(text, "2025-04-14")
    assert days["another 40,000"] == dated.missing


def test_trailing_occasion_with_more_words_after_it_is_not_read(dated):
    # must not change: the day is followed by another clause, so the phrase does not close the sentence
    text = AIRED.replace("in an interview broadcast Sunday on the channel's \"Night Desk.\"",
                         "in an interview broadcast Sunday, as the enemy shelled the port.")
    days = dated.quote_dates(text, "2025-04-14")
    assert days["another 40,000"] == dated.missing


def test_on_the_broadcast_with_no_dated_broadcast_dates_nothing(dated):
    # must not change: no broadcast of the article has a day
    text = AIRED.replace(" broadcast Sunday", "")
    days = dated.quote_dates(text, "2025-04-14")
    assert days["The enemy holds the initiative, but pays for every metre,"] == dated.missing


# --- a "when" clause of the words hangs on the day before it ------------------------------------------------------------

FACTBOX = ("FACTBOX-The draft in five points\n\n"
           "* Shoigu told officers on Tuesday that 150,000 men were already in uniform.\n\n"
           "* Ukraine's General Staff says over 50,000 Russian troops have been killed; the Russian side has given "
           "no toll since Sept. 14, when Shoigu said 4,800 of its servicemen had died.\n\n"
           "* Shoigu claimed at the same time that Kyiv's losses were nearer 90,000.\n\n")


def test_when_clause_dates_the_words_by_its_day(dated):
    table = dated.claims(FACTBOX, "2022-10-05")
    shoigu = table[table["speaker"] == "Sergei Shoigu"]
    assert dated.row_day(shoigu, "has given no toll") == "2022-09-14"
    assert dated.row_day(shoigu, "at the same time") == "2022-09-14"  # the same speaker going on


def test_other_voice_of_the_sentence_stays_undated(dated):
    # must not change: the General Staff's "says" before the semicolon has no day
    table = dated.claims(FACTBOX, "2022-10-05")
    staff = table[table["speaker"] == "Ukrainian General Staff"]
    assert dated.row_day(staff, "has given no toll") == dated.missing


def test_when_clause_of_an_event_dates_no_words(dated):
    # must not change: "when" opens an event, the speaker comes after it
    text = FACTBOX.replace("the Russian side has given no toll since Sept. 14, when Shoigu said 4,800 of its "
                           "servicemen had died.",
                           "losses have risen since Sept. 14, when the offensive began, Shoigu said.")
    table = dated.claims(text, "2022-10-05")
    shoigu = table[table["speaker"] == "Sergei Shoigu"]
    assert dated.row_day(shoigu, "losses have risen") != "2022-09-14"


# --- "before removing the message an hour later": the time of the later doing ------------------------------------------------

DELETED = ("Verdict: the town still stands\n\n"
           "The Institute for the Study of War said on Tuesday it could confirm no such capture.\n\n"
           "Pro-Kremlin voices were less sure. “Siversk is ours on paper, not yet on the ground,” wrote "
           "the channel “Grey Front” on Telegram, before removing the message an hour later.\n\n")


def test_later_doing_after_the_words_dates_nothing(dated):
    days = dated.quote_dates(DELETED, "2025-11-27")
    assert days["Siversk is ours on paper, not yet on the ground,"] == dated.missing


def test_words_said_hours_later_keep_the_count(dated):
    # must not change: "said hours later" times the words themselves, counted from the day named before
    text = DELETED.replace("wrote the channel “Grey Front” on Telegram, before removing the message an hour later.",
                           "the institute's analyst Ola Berg said a few hours later.")
    days = dated.quote_dates(text, "2025-11-27")
    assert days["Siversk is ours on paper, not yet on the ground,"] == "2025-11-25"


# --- "X made the statement during a visit by Y": Y was at the dated occasion -------------------------------------------

MADE = ("Verdict: the town still stands\n\n"
        "On November 20 Valery Gerasimov assured Vladimir Putin that Siversk was “entirely in our hands”.\n\n"
        "Rating: misleading.\n\n"
        "Gerasimov made the remarks on a trip with Putin to a field headquarters. He also claimed that Russian "
        "units controlled “more than 60%” of Lyman.\n\n"
        "Putin, for his part, said the army had won “more than 4,000 square kilometres” this year.\n\n")


def test_person_at_the_statement_named_again_speaks_that_day(dated):
    days = dated.quote_dates(MADE, "2025-11-27")
    assert days["more than 60%"] == "2025-11-20"
    assert days["more than 4,000 square kilometres"] == "2025-11-20"


def test_new_time_cue_before_the_other_person_speaks_ends_it(dated):
    # must not change: "Last week" places the other person's words on an occasion of their own
    text = MADE.replace("Putin, for his part, said", "Last week, Putin said")
    assert dated.quote_dates(text, "2025-11-27")["more than 4,000 square kilometres"] == dated.missing


def test_statement_not_named_again_gives_nobody_its_day(dated):
    # must not change: a sentence that only names the visit, not the statement, brings nobody to the occasion
    text = MADE.replace("Gerasimov made the remarks on a trip with Putin to a field headquarters.",
                        "The general had visited a field headquarters with Putin in October.")
    assert dated.quote_dates(text, "2025-11-27")["more than 4,000 square kilometres"] == dated.missing


# --- a present-tense lede whose figure a dated statement below gives again --------------------------------------------

LEDE = ("FACTBOX-Mobilisation by the numbers\n\n"
        "MOSCOW, Oct 5 - Russia's defence ministry says it has mobilised over 150,000 reservists in a fortnight, "
        "as Kyiv's troops keep advancing in the south.\n\n"
        "* Russia's defence ministry said on Monday that some units had regrouped near Kherson.\n\n"
        "* Shoigu said on Tuesday that over 150,000 men had been mobilised to date.\n\n")


def test_present_tense_lede_takes_the_day_of_the_statement_giving_its_figure(dated):
    table = dated.claims(LEDE, "2022-10-05")
    assert dated.row_day(table, "says it has mobilised") == "2022-10-04"


def test_lede_without_its_figure_below_keeps_the_speaker_day(dated):
    # must not change: no statement below gives the figure again, so the speaker's own dated statement dates it
    text = LEDE.replace("over 150,000 men had been mobilised", "the call-up was going to plan")
    table = dated.claims(text, "2022-10-05")
    assert dated.row_day(table, "says it has mobilised") == "2022-10-03"


def test_figure_given_by_the_other_side_ties_nothing(dated):
    # must not change: a figure the other side gives with a day is another statement
    text = LEDE.replace("* Shoigu said on Tuesday that over 150,000 men had been mobilised to date.",
                        "* Ukraine's General Staff said on Tuesday that more than 150,000 Russians had been called up.")
    table = dated.claims(text, "2022-10-05")
    assert dated.row_day(table, "says it has mobilised") == "2022-10-03"


def test_trailing_occasion_of_the_second_voice_does_not_date_the_first(dated):
    # must not change: "X said …, while Y said …, in an interview shown Sunday": the interview is Y's
    text = ("Army chiefs differ\n\n"
            "General Taras Bondar said the enemy was massing tanks, while Colonel Ivan Sydor said the river line "
            "would hold, in an interview shown Sunday.\n\n")
    acts = dated.act_days(text, "2025-04-14")
    assert acts["Ivan Sydor"] == "2025-04-13"
    assert acts["Taras Bondar"] is None
