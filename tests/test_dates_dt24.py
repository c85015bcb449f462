"""Statement dates, sixteenth round (dt24): event-anchored dating (issue 13). A write-up of one dated gathering (a
council sitting, a summit, a hearing) whose later words are told to it ("told the council", "at the end of the
meeting") or given by its participants takes the gathering's day (conventions §3.5 and "Dating by the same event"),
through background in the pluperfect; a new occasion still stops it. Every sentence here is invented, in three house
styles (wire, broadsheet, live blog)."""


# --- a wire write-up of a council sitting: the lede dates the sitting, participants speak below it ----------------

WIRE = ("Envoys clash over drone strikes at council session\n\n"
        "GENEVA, March 5 (Wire) — The Human Rights Council met on Wednesday to hear a report on the strikes.\n\n"
        "Anna Berglund, the council's rapporteur, told the council that drones had hit 40 schools since January.\n\n"
        "Poland's envoy, Marek Zielinski, told the council that Russia had launched 80 drones at Lviv on Monday. "
        "\u201cThis is a campaign against children,\u201d he said.\n\n"
        "President Volodymyr Zelensky had said last week that Russia had massed 30,000 troops near Sumy.\n\n"
        "Russia's envoy, Oleg Varin, who spoke next, said the targets had been \u201cmilitary depots\u201d.\n\n"
        "Later in the session, the envoys of Chile and Kenya called for an inquiry.\n\n"
        "In a right of reply at the end of the meeting, Zielinski called the depots \u201ca fiction\u201d.\n\n")


def test_participant_told_the_council_takes_the_sitting_day(dated):
    days = dated.quote_dates(WIRE, "2025-03-05")  # (a Wednesday)
    assert days["This is a campaign against children,"] == "2025-03-05"


def test_a_day_the_content_places_does_not_end_the_passage(dated):
    # "had launched … on Monday" is the strikes' day; the envoy still spoke at the sitting
    table = dated.claims(WIRE, "2025-03-05")
    assert dated.row_day(table, "Russia had launched 80 drones") == "2025-03-05"


def test_participant_after_a_pluperfect_flashback_takes_the_sitting_day(dated):
    assert dated.quote_dates(WIRE, "2025-03-05")["military depots"] == "2025-03-05"


def test_the_flashback_keeps_its_own_time(dated):
    # must not change: "had said last week" is no day
    table = dated.claims(WIRE, "2025-03-05")
    assert dated.row_day(table, "massed 30,000 troops") == dated.missing


def test_at_the_end_of_the_meeting_refers_back_to_the_sitting(dated):
    assert dated.quote_dates(WIRE, "2025-03-05")["a fiction"] == "2025-03-05"


# --- a broadsheet write-up of a summit: "told the summit" refers back past background -----------------------------

SUMMIT = ("Leaders promise shells as the summit closes\n\n"
          "By Clara Hoff in Vilnius\n\n"
          "The summit of Baltic and Nordic leaders convened on Thursday in the Lithuanian capital.\n\n"
          "Finland's prime minister, Aino Laakso, told the summit that Russia had lost 900 tanks since the spring.\n\n"
          "Ukraine's air force had said on Tuesday that 60 drones were shot down overnight. Ukraine's grain "
          "exporters had warned in May that the ports were at risk.\n\n"
          "Kyiv's foreign minister, Taras Hlib, told the summit that the line near Kupiansk was \u201cholding, "
          "just\u201d.\n\n")


def test_told_the_summit_after_background_takes_the_summit_day(dated):
    days = dated.quote_dates(SUMMIT, "2024-06-07")  # (a Friday: Thursday is 6 June)
    assert days["holding, just"] == "2024-06-06"


def test_the_background_statement_keeps_its_own_day(dated):
    # must not change: the air force's own dated statement
    table = dated.claims(SUMMIT, "2024-06-07")
    assert dated.row_day(table, "60 drones were shot down") == "2024-06-04"


# --- what must not change: another gathering named in between, a new occasion, a new scene --------------------------

OTHER_GATHERING = ("Kyiv's envoy walks out\n\n"
                   "The Security Council met on Monday at Kyiv's request.\n\n"
                   "Ukraine's envoy, Iryna Sokil, told the council that Russia had shelled Kherson.\n\n"
                   "Last week, the council had held a closed session on the nuclear plant.\n\n"
                   "At the meeting, Russia's envoy, Pavel Glebov, said the plant was \u201csafe\u201d.\n\n")


def test_a_gathering_named_in_between_blocks_the_reference(dated):
    # "the meeting" may be last week's closed session: no day
    assert dated.quote_dates(OTHER_GATHERING, "2025-06-17")["safe"] == dated.missing


LIVE = ("Ukraine war live: envoys meet in Brussels\n\n"
        "The alliance's defence council met on Tuesday behind closed doors.\n\n"
        "Its chair, Lars Moen, told the council that stocks of shells were \u201cgone\u201d.\n\n"
        "Last month, Estonia's defence minister said his country would send its last howitzers.\n\n"
        "Estonia's minister, Peeter Kask, said the howitzers had \u201cbeen sent\u201d.\n\n"
        "In Moscow, Kremlin spokesman Ivan Drozd said the council was \u201cirrelevant\u201d.\n\n")


def test_a_plain_past_with_its_own_time_ends_the_passage(dated):
    # must not change: "Last month, X said" is a new occasion (not a pluperfect flashback); the next speaker, who
    # refers to no gathering, gets no day from the meeting
    days = dated.quote_dates(LIVE, "2025-02-12")  # (a Wednesday: Tuesday is 11 February)
    assert days["gone"] == "2025-02-11"
    assert days["been sent"] == dated.missing


def test_a_new_scene_after_the_passage_stays_undated(dated):
    assert dated.quote_dates(LIVE, "2025-02-12")["irrelevant"] == dated.missing


FLASHBACK_THEN_SCENE = WIRE.replace("Russia's envoy, Oleg Varin, who spoke next, said",
                                    "In Moscow, the foreign ministry's spokeswoman, Nina Orlova, said")


def test_a_new_scene_after_a_flashback_does_not_resume_the_passage(dated):
    assert dated.quote_dates(FLASHBACK_THEN_SCENE, "2025-03-05")["military depots"] == dated.missing


def test_a_time_of_the_gathering_phrase_is_the_words_own(dated):
    # must not change: "said at the forum in Tallinn last week that …" after a dated sitting is last week's forum
    text = WIRE + ("Russia's foreign minister, Pavel Glebov, said at the forum in Tallinn last week that Russia had "
                   "taken two villages near Kupiansk.\n\n")
    table = dated.claims(text, "2025-03-05")
    assert dated.row_day(table, "taken two villages near Kupiansk") == dated.missing


# --- words framed by an event just over: "told reporters after Monday's game" -----------------------------------

MATCH = ("Ukraine held in Prague\n\n"
         "By Sam Ortiz, sports desk | Wednesday 15 October 2025\n\n"
         "Ukraine drew 1-1 with the Czech Republic on Tuesday night and must win in Baku to reach the play-offs.\n\n"
         "\u201cOur soldiers watch every minute of these games. We owe them more than a draw,\u201d coach Andriy "
         "Shevchuk told reporters after Tuesday's match.\n\n"
         "\u201cWe owed them a win,\u201d Shevchuk told reporters after the final whistle, adding later in an interview "
         "that his players were tired.\n\n")


def test_after_a_possessive_day_match_the_words_take_its_day(dated):
    days = dated.quote_dates(MATCH, "2025-10-15")
    assert days["Our soldiers watch every minute of these games. We owe them more than a draw,"] == "2025-10-14"


def test_a_possessive_day_naming_what_is_reported_stays_no_day(dated):
    # must not change: "said Tuesday's strike had …" names the subject of the words, not their occasion
    text = ("Kharkiv counts the cost\n\n"
            "The mayor, Ihor Terekhov, said Tuesday's strike had \u201cdestroyed the depot\u201d.\n\n")
    assert dated.quote_dates(text, "2025-10-15")["destroyed the depot"] == dated.missing


# --- one voice's address to a body: its audience is no meeting others speak at ------------------------------------

ADDRESS = ("A town watches its president\n\n"
           "By Dana Kurz | Courier staff writer | Nov. 30, 2023\n\n"
           "In a speech to the UN General Assembly on Nov. 22, President Volodymyr Zelensky said his troops were "
           "holding Avdiivka \u201cstreet by street\u201d. Maria Lang, a nurse from Kingston, watched the speech on "
           "her phone. \u201cI cried the whole time,\u201d she said.\n\n"
           "Her son, Petro Lang, serves near Kupiansk. She said he had told her by phone that his unit had pulled "
           "back 2 kilometres. \u201cHe never complains,\u201d Lang said.\n\n")


def test_an_address_to_a_body_dates_its_speaker(dated):
    # must not change: the speaker's own dated address
    assert dated.quote_dates(ADDRESS, "2023-11-30")["street by street"] == "2023-11-22"


def test_one_who_watched_an_address_is_not_at_a_meeting(dated):
    days = dated.quote_dates(ADDRESS, "2023-11-30")
    assert days["I cried the whole time,"] == dated.missing
    assert days["He never complains,"] == dated.missing


# --- a contrasting source after words at a briefing is not a voice at it --------------------------------------------

CONTRAST = ("Generals give their figures\n\n"
            "General Pavel Orlov said at a briefing on Friday that the first phase was over.\n\n"
            "Earlier, the Kremlin had said the operation was going to plan.\n\n"
            "At the briefing, Orlov said that 900 Russian soldiers had been killed. However, according to Western "
            "officials, up to 9,000 Russian troops have died in the war.\n\n")


def test_a_contrasting_source_does_not_join_the_briefing(dated):
    table = dated.claims(CONTRAST, "2022-04-02")  # (a Saturday: Friday is 1 April)
    assert dated.row_day(table, "900 Russian soldiers") == "2022-04-01"
    assert dated.row_day(table, "up to 9,000 Russian troops") == dated.missing


# --- an update stamped with a clock time only: the page's day -------------------------------------------------------

UPDATED = ("Russia says it took Lyman; Kyiv denies it\n\n"
           "By Noor Hadid | First published 3 Oct 2025, 08:10 BST\n\n"
           "Russia's defence ministry said on Thursday that its troops had taken Lyman.\n\n"
           "UPDATE 11.45 BST: Ukraine's eastern command said the claim was \u201cfalse\u201d and that fighting "
           "continued in the town's north.\n\n")


def test_an_update_stamped_with_a_clock_time_takes_the_page_day(dated):
    assert dated.quote_dates(UPDATED, "2025-10-03")["false"] == "2025-10-03"


def test_words_without_a_stamp_stay_undated(dated):
    # must not change: the same words with no update stamp name no day
    text = UPDATED.replace("UPDATE 11.45 BST: ", "")
    assert dated.quote_dates(text, "2025-10-03")["false"] == dated.missing


def test_a_flashback_before_words_told_to_reporters_does_not_resume_a_sitting(dated):
    # must not change: the Kremlin's spokesman "told reporters" on an occasion of his own
    text = WIRE.replace("Russia's envoy, Oleg Varin, who spoke next, said", "Kremlin spokesman Ivan Drozd told reporters")
    assert dated.quote_dates(text, "2025-03-05")["military depots"] == dated.missing


# --- "at a command post" is a place, not a post on a channel ---------------------------------------------------------

def test_the_addressee_at_a_command_post_keeps_the_report_day(dated):
    text = ("Russia claims a town\n\n"
            "Russia's commander in the south, General Ivan Sorokin, told Defence Minister Andrei Belousov on Tuesday "
            "that his troops had taken Kamianske.\n\n"
            "Belousov, seen at a command post, told the commanders to \u201ckeep the pressure on\u201d.\n\n")
    assert dated.quote_dates(text, "2025-06-11")["keep the pressure on"] == "2025-06-10"


def test_a_post_on_a_channel_is_still_an_occasion_of_its_own(dated):
    # must not change: "in a post on Telegram" is another occasion than the report
    text = ("Russia claims a town\n\n"
            "Russia's commander in the south, General Ivan Sorokin, told Defence Minister Andrei Belousov on Tuesday "
            "that his troops had taken Kamianske.\n\n"
            "Belousov, in a post on his channel, told the commanders to \u201ckeep the pressure on\u201d.\n\n")
    assert dated.quote_dates(text, "2025-06-11")["keep the pressure on"] == dated.missing


# --- "said the same morning that …": the morning just named ---------------------------------------------------------

def test_said_the_same_morning_takes_the_morning_just_named(dated):
    text = ("Drones over both capitals\n\n"
            "Ukraine's air force said on Saturday morning that Russia had launched 80 drones overnight. Russia's "
            "defence ministry said the same morning that its air defences had destroyed 30 Ukrainian drones over "
            "the Bryansk region.\n\n")
    table = dated.claims(text, "2025-06-15")  # (a Sunday: Saturday is 14 June)
    assert dated.row_day(table, "destroyed 30 Ukrainian drones") == "2025-06-14"


def test_the_same_morning_inside_what_is_reported_is_no_statement_day(dated):
    # must not change: "said … had fallen the same morning" places the reported event
    text = ("Drones over both capitals\n\n"
            "Ukraine's air force said on Saturday morning that Russia had launched 80 drones overnight.\n\n"
            "A Russian blogger later said that two Ukrainian drones had been shot down over Kursk the same morning.\n\n")
    table = dated.claims(text, "2025-06-15")
    assert dated.row_day(table, "two Ukrainian drones had been shot down") == dated.missing
