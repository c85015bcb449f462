"""Statement dates, tenth round follow-up (dt14): a scene's day carried to the quotes after it (issue 13; families of
the blind batch ``tests/gold/peer/audit_sk24.csv``). Conventions §3.5 and "Dating by the same event": another
participant reported in the passage about a dated gathering spoke that day, and so do those the reporter met on a
named day; a new time cue, a new occasion or a paragraph where nobody speaks ends it. Every sentence here is
invented."""


# --- a gathering the narration dates, with no speech verb and no doer: the scene of the speakers after it -----------

_FORUM = ("ODESA — The atmosphere at the annual Black Sea Defence Forum on Thursday was tense. A panel on air "
          "defence brought together an engineer, Petro Marchuk, and a pilot, Major Olena Vdovychenko.\n\n"
          "Marchuk opened by arguing that Russian troops had failed to advance near Kherson since the winter.\n\n"
          "“We see almost everything now,” said Marchuk.\n\n"
          "“Seeing is not shooting,” the major said.\n\n"
          "{later}, Deputy Minister Anton Hrytsai told the forum that factories would double their output. "
          "“Money is not the problem,” Hrytsai said.\n\n"
          "In Moscow on Friday, the Kremlin spokesman Dmitry Peskov dismissed the forum. “Nothing said there "
          "matters,” Peskov said.\n\n"
          "The major, told of the remarks by a reporter, smiled. “He has never flown,” Vdovychenko said.")


def test_the_panel_speakers_take_the_dated_forum_day(dated):
    got = dated.quotes(_FORUM.format(later="Later"), "2025-04-05")
    assert dated.row_day(got, "We see almost everything now") == "2025-04-03"
    assert dated.row_day(got, "Seeing is not shooting") == "2025-04-03"
    assert dated.row_day(dated.claims(_FORUM.format(later="Later"), "2025-04-05"),
                         "Russian troops had failed to advance near Kherson") == "2025-04-03"


def test_later_at_the_same_forum_keeps_its_day(dated):
    got = dated.quotes(_FORUM.format(later="Later"), "2025-04-05")
    assert dated.row_day(got, "Money is not the problem") == "2025-04-03"


def test_a_forum_named_as_the_object_of_a_dated_dismissal_is_no_new_meeting(dated):
    # must not change: the reply to words of another day, after a new time cue, has no day
    got = dated.quotes(_FORUM.format(later="Later"), "2025-04-05")
    assert dated.row_day(got, "Nothing said there matters") == "2025-04-04"
    assert dated.row_day(got, "He has never flown") == ""


def test_a_later_week_is_no_later_moment_of_the_forum(dated):
    # must not change: "A week later" is a new time cue, not the same gathering
    got = dated.quotes(_FORUM.format(later="A week later"), "2025-04-05")
    assert dated.row_day(got, "Money is not the problem") != "2025-04-03"


def test_a_planned_forum_sets_no_scene(dated):
    # must not change: a gathering still to come dates nobody's words
    text = ("The allies will meet at the Black Sea Defence Forum on Thursday.\n\n"
            "“We need more radars,” said Petro Marchuk, an engineer.")
    assert dated.row_day(dated.quotes(text, "2025-04-01"), "We need more radars") == ""


def test_a_paragraph_where_nobody_speaks_ends_the_forum_scene(dated):
    text = ("The mood at the Black Sea Defence Forum on Thursday was sombre.\n\n"
            "“We see almost everything now,” said Petro Marchuk, an engineer.\n\n"
            "The port has been shelled every night since the spring. Its cranes stand idle.\n\n"
            "The city's trade council meets every month in the old customs house.\n\n"
            "“We will rebuild the piers,” said Oksana Lytvak, a harbour official.")
    got = dated.quotes(text, "2025-04-05")
    assert dated.row_day(got, "We see almost everything now") == "2025-04-03"
    assert dated.row_day(got, "We will rebuild the piers") == ""


# --- the reporter's encounter on a named day ------------------------------------------------------------------------

_DISPATCH = ("NEAR KUPIANSK, Ukraine — The lieutenant met me on Tuesday at a crossroads beside a burnt-out tractor. "
             "He asked to be named only by his call sign, Sova.\n\n"
             "I asked him how long the unit had been here.\n\n"
             "“Since the snow,” he said. “Too long.”\n\n"
             "The General Staff said on Thursday that its troops had repelled 14 attacks near the town.\n\n"
             "{that_day} I met his sergeant, a quiet man with the call sign Kit, in a cellar that serves as a "
             "kitchen.\n\n"
             "“We sleep in turns,” Kit said.")


def test_the_reporters_dated_encounter_dates_the_words_after_it(dated):
    got = dated.quotes(_DISPATCH.format(that_day="Later that day"), "2025-02-22")
    assert dated.row_day(got, "Since the snow") == "2025-02-18"
    assert dated.row_day(got, "Too long") == "2025-02-18"


def test_later_that_day_counts_from_the_reporters_scene_not_from_the_statement_between(dated):
    got = dated.quotes(_DISPATCH.format(that_day="Later that day"), "2025-02-22")
    assert dated.row_day(got, "We sleep in turns") == "2025-02-18"


def test_an_encounter_of_its_own_day_after_a_new_time_cue(dated):
    # must not change: a new time cue opens a new scene with its own day
    got = dated.quotes(_DISPATCH.format(that_day="On Friday"), "2025-02-22")
    assert dated.row_day(got, "We sleep in turns") == "2025-02-21"


def test_an_encounter_long_ago_sets_no_scene(dated):
    # must not change: a flashback ("I had met him …") dates nobody's words now
    text = ("I had met the lieutenant on Tuesday at a crossroads near the town.\n\n"
            "“Since the snow,” the lieutenant, Roman Sova, said.")
    assert dated.row_day(dated.quotes(text, "2025-02-22"), "Since the snow") == ""


def test_a_new_time_cue_ends_the_encounter_scene(dated):
    # must not change: after another day named, a quote with no day of its own is not the encounter's
    text = ("The lieutenant met me on Tuesday at a crossroads near the town.\n\n"
            "“Since the snow,” said the lieutenant, Roman Sova.\n\n"
            "The brigade said on Thursday that it had repelled 14 attacks.\n\n"
            "“We sleep in turns,” said Ivan Kit, a sergeant in another brigade.")
    got = dated.quotes(text, "2025-02-22")
    assert dated.row_day(got, "Since the snow") == "2025-02-18"
    assert dated.row_day(got, "We sleep in turns") != "2025-02-18"


# --- a day opening what a source reports is a new time cue (dt13's left-over) -------------------------------------

def test_a_day_after_according_to_is_no_continuation_of_the_sources_dated_statement(dated):
    text = ("The Russian Defence Ministry said on Sunday that its troops had taken the village of Lozove. "
            "The ministry said the previous day that its forces had also captured the village of Hrysha.\n\n"
            "According to the ministry, on Saturday night Russian forces launched a strike on Ukrainian fuel depots.")
    got = dated.claims(text, "2024-12-02")
    assert dated.row_day(got, "its forces had also captured the village of Hrysha") == "2024-11-30"
    assert dated.row_day(got, "Russian forces launched a strike on Ukrainian fuel depots") == ""


def test_according_to_with_no_day_still_continues_the_sources_statement(dated):
    # must not change: the same source going on with no new time cue keeps its day
    text = ("The Russian Defence Ministry said on Sunday that its troops had taken the village of Lozove.\n\n"
            "According to the ministry, Russian forces also destroyed two Ukrainian fuel depots near the village.")
    got = dated.claims(text, "2024-12-02")
    assert dated.row_day(got, "Russian forces also destroyed two Ukrainian fuel depots") == "2024-12-01"


# --- another body of the same side continuing right after a dated statement (dt13's left-over) --------------------

_BODIES = ("A Russian missile hit a training ground near Sumy on Tuesday. Ukraine's military said in Wednesday's "
           "statement that an inquiry into the strike had begun. {body} added that the attack had involved two "
           "ballistic missiles.")


def test_another_body_of_the_same_side_adding_keeps_the_statements_day(dated):
    got = dated.claims(_BODIES.format(body="The General Staff"), "2024-09-07")
    assert dated.row_day(got, "the attack had involved two ballistic missiles") == "2024-09-04"


def test_a_body_of_the_other_side_adding_takes_no_day(dated):
    # must not change: a body of the other side is no continuation of the statement
    got = dated.claims(_BODIES.format(body="The Russian Defence Ministry"), "2024-09-07")
    assert dated.row_day(got, "the attack had involved two ballistic missiles") == ""


# --- "Hours later," opening a narration: the day last named (sk24's spokesman on the telethon) ----------------------

_HOURS_LATER = ("Ukraine's navy said on Tuesday that it had hit a Russian patrol boat near Sevastopol.\n\n"
                "The navy did not say how many sailors were aboard.\n\n"
                "{opening}, the navy's spokesman, Captain Roman Teslenko, appeared on the national telethon. "
                "“The boat will not sail again,” Teslenko said.")


def test_hours_later_sets_a_scene_on_the_day_last_named(dated):
    got = dated.quotes(_HOURS_LATER.format(opening="Hours later"), "2025-08-22")
    assert dated.row_day(got, "The boat will not sail again") == "2025-08-19"


def test_a_week_later_is_no_scene_on_the_day_last_named(dated):
    # must not change: "A week later" is a new time cue, not the day above
    got = dated.quotes(_HOURS_LATER.format(opening="A week later"), "2025-08-29")
    assert dated.row_day(got, "The boat will not sail again") != "2025-08-19"


# --- a body's dated press release: "It said", "the release said" are of its day --------------------------------------

_RELEASE = ("Ukraine's navy said on Thursday that it had struck a Russian landing ship near Feodosia.\n\n"
            "On Friday morning the navy issued a formal press release. It said the strike had been carried out "
            "with the security service and that “no sailors were hurt”.")


def test_a_fronted_day_before_the_body_issuing_a_release_dates_its_words(dated):
    got = dated.quotes(_RELEASE, "2025-08-23")
    assert dated.row_day(got, "no sailors were hurt") == "2025-08-22"


def test_a_release_issued_with_no_day_keeps_the_bodys_dated_statement(dated):
    # must not change: a release named with no day of its own is no new time cue
    got = dated.quotes(_RELEASE.replace("On Friday morning the navy", "The navy"), "2025-08-23")
    assert dated.row_day(got, "no sailors were hurt") == "2025-08-21"


# --- a dash attribution with no speech verb names its day ----------------------------------------------------------

def test_a_dash_attribution_line_dates_its_quote(dated):
    text = ("Voices from the front\n\n"
            "“The ring around the town is closing” — Igor Danchenko, a Russian colonel, at a briefing on Wednesday.\n\n"
            "“Every week there are fewer of us,” — Danchenko again, on Thursday.")
    got = dated.quotes(text, "2025-10-04")
    assert dated.row_day(got, "The ring around the town is closing") == "2025-10-01"
    assert dated.row_day(got, "Every week there are fewer of us") == "2025-10-02"


def test_a_dash_line_that_names_no_day_dates_nothing(dated):
    # must not change: a dash line with the speaker's age and job only
    text = ("Voices from the front\n\n"
            "“We sleep in the corridor now. The windows went in March.”\n— Olha Marchenko, 63, retired teacher\n\n"
            "“The ring around the town is closing” — Igor Danchenko, a Russian colonel, about Monday's attack.")
    got = dated.quotes(text, "2025-10-04")
    assert dated.row_day(got, "We sleep in the corridor now") == ""
    assert dated.row_day(got, "The ring around the town is closing") == ""


# --- a dated statement made at a place the reporter describes: the next voice there spoke that day -----------------

_CRATE = ("“I told him not to enlist,” Petro Hlushko said on Monday, sitting on a crate outside a dugout.\n\n"
          "His nephew, a 24-year-old signaller, laughed. “Someone had to come,” Ostap Hlushko said.")


def test_the_next_voice_in_a_dated_scene_takes_its_day(dated):
    got = dated.quotes(_CRATE, "2025-05-20")
    assert dated.row_day(got, "Someone had to come") == "2025-05-19"


def test_a_dated_statement_with_no_scene_dates_no_other_voice(dated):
    # must not change: another person's words after a dated statement with no scene stay undated
    got = dated.quotes(_CRATE.replace(", sitting on a crate outside a dugout", ""), "2025-05-20")
    assert dated.row_day(got, "Someone had to come") == ""


# --- "The interview took place on Wednesday", after the quotes or before them ----------------------------------------

def test_the_interview_day_after_the_quotes_dates_them(dated):
    text = ("Inside a brigade on the Siversk front\n\n"
            "Colonel Roman Vovk commands a brigade near Siversk. “We hold every metre,” Vovk said. "
            "“Nothing else matters.”\n\n"
            "The interview took place on Wednesday.")
    assert dated.row_day(dated.quotes(text, "2025-03-15"), "We hold every metre") == "2025-03-12"


def test_the_interview_day_before_the_quotes_dates_them(dated):
    text = ("Inside a brigade on the Siversk front\n\n"
            "The interview took place on Wednesday at a command post near Siversk.\n\n"
            "“We hold every metre,” said Colonel Roman Vovk.")
    assert dated.row_day(dated.quotes(text, "2025-03-15"), "We hold every metre") == "2025-03-12"


def test_the_interview_day_does_not_reach_past_a_new_time_cue(dated):
    # must not change: the words of another day, named between, are not the interview's
    text = ("Inside a brigade on the Siversk front\n\n"
            "“We hold every metre,” Colonel Roman Vovk said last month.\n\n"
            "The interview took place on Wednesday.")
    assert dated.row_day(dated.quotes(text, "2025-03-15"), "We hold every metre") == ""


# --- "said on Telegram the same day": the day just named -------------------------------------------------------------

def test_said_on_a_channel_the_same_day_takes_the_day_just_named(dated):
    text = ("Border update\n\n"
            "The Russian Defence Ministry said on Friday that its troops had taken the village of Andriivka. "
            "Ukraine’s border guard service said on Telegram the same day that the village remained contested. "
            "“Fighting continues for every house,” the service said.")
    got = dated.quotes(text, "2025-06-28")
    assert dated.row_day(got, "Fighting continues for every house") == "2025-06-27"


def test_said_on_a_channel_with_no_same_day_takes_no_day(dated):
    # must not change: "on Telegram" alone names no day
    text = ("Border update\n\n"
            "The Russian Defence Ministry said on Friday that its troops had taken the village of Andriivka. "
            "Ukraine’s border guard service said on Telegram that the village remained contested. "
            "“Fighting continues for every house,” the service said.")
    got = dated.quotes(text, "2025-06-28")
    assert dated.row_day(got, "Fighting continues for every house") == ""
