"""Statement dates, twelfth round (dt19): scenes and recordings carried to the people who speak in them (issue 13;
families of the blind batch sk27, ``tests/gold/peer/audit_sk27.csv``). Conventions §3.5 and "Dating by the same
event": a scene is one event, its speakers share its day unless a new time cue intervenes ("earlier", another day,
another occasion named by a speaker). Every sentence here is invented."""


# --- a scene opened by a fronted day in a sentence with no speech verb --------------------------------------------

DUGOUT = ("A night in the dugout\n\nBy A Reporter\n\nNEAR SIVERSK, Ukraine — The dugout is a hole under a barn. "
          "On Tuesday night a corporal named Taras Melnyk, 39, a former bus driver, watched the drone feed.\n\n"
          "“They came twice before dawn,” Melnyk said.\n\n"
          "His deputy, a lieutenant with the call sign Lys, was more worried. “We need more shells,” the lieutenant said.\n\n"
          "A medic who gave only her first name, Oksana, sat by the stove. She worked in a clinic in Sumy before the war.\n\n"
          "“Every night is the same,” Oksana said.\n\n")


def test_fronted_day_dates_every_speaker_of_the_scene(dated):
    days = dated.quote_dates(DUGOUT, "2025-03-14")  # (a Friday: Tuesday is 11 March)
    assert days["They came twice before dawn,"] == "2025-03-11"
    assert days["We need more shells,"] == "2025-03-11"
    # a paragraph that only introduces the next speaker keeps the scene
    assert days["Every night is the same,"] == "2025-03-11"


def test_new_scene_on_another_day_takes_over(dated):
    text = DUGOUT + ("On Wednesday morning we drove to the repair shop behind the lines.\n\n"
                     "“We fix twenty drones a day,” said its chief, a sergeant named Ivan Kyrylenko.\n\n")
    days = dated.quote_dates(text, "2025-03-14")
    assert days["We fix twenty drones a day,"] == "2025-03-12"
    assert days["They came twice before dawn,"] == "2025-03-11"


def test_earlier_or_another_occasion_ends_the_scene(dated):
    # must not change: "earlier" and an occasion a speaker names ("by phone last week") are new time cues
    text = DUGOUT + ("Earlier, the brigade's spokesman, Captain Petro Boiko, said the Russians had lost a battalion.\n\n"
                     "“They keep coming,” Boiko said.\n\n")
    days = dated.quote_dates(text, "2025-03-14")
    assert days["They keep coming,"] == dated.missing
    other = DUGOUT + ("The brigade's spokesman, Captain Petro Boiko, said last week by phone that the sector was quiet.\n\n"
                      "“They keep coming,” Boiko said.\n\n")
    assert dated.quote_dates(other, "2025-03-14")["They keep coming,"] == dated.missing


def test_two_quiet_paragraphs_end_the_scene(dated):
    # must not change: the narration moves on (two paragraphs with nobody speaking) before a new voice
    text = DUGOUT + ("The town behind the lines has emptied. Its school closed a year ago.\n\n"
                     "Most shops are shut, and the market opens twice a week.\n\n"
                     "“We will rebuild,” said the mayor, Hanna Lytvyn.\n\n")
    assert dated.quote_dates(text, "2025-03-14")["We will rebuild,"] == dated.missing


def test_no_fronted_day_no_scene(dated):
    # must not change: a day inside the narration ("who arrived on Tuesday") opens no scene
    text = ("A night in the dugout\n\nThe dugout is a hole under a barn. A corporal who arrived on Tuesday watched "
            "the drone feed.\n\n“They came twice before dawn,” said a lieutenant named Ihor Savchuk.\n\n")
    assert dated.quote_dates(text, "2025-03-14")["They came twice before dawn,"] == dated.missing


# --- a recording dated in an apposition ----------------------------------------------------------------------------

PODCAST = ("Episode 40 of Trench Talk\n\nThis week's episode brought together the host, Mark Ellis, and a "
           "researcher, Iryna Dovzhenko.\n\n"
           "The conversation, recorded on Monday, opened with the question readers have asked for months: can the "
           "line hold?\n\n"
           "“It can hold if the shells arrive,” Dovzhenko said.\n\n"
           "The host pushed back: “And if they do not?”\n\n"
           "Dovzhenko said Russian units had begun moving north.\n\n")


def test_recording_dates_its_speakers(dated):
    days = dated.quote_dates(PODCAST, "2025-06-05")  # (a Thursday: Monday is 2 June)
    assert days["It can hold if the shells arrive,"] == "2025-06-02"
    assert days["And if they do not?"] == "2025-06-02"
    assert dated.row_day(dated.claims(PODCAST, "2025-06-05"), "Russian units had begun moving north") == "2025-06-02"


def test_after_the_recording_is_another_occasion(dated):
    # must not change: a statement received after the recording is not said in it
    text = PODCAST + ("After the recording the show received a statement from the brigade's press office.\n\n"
                      "“Our positions are held,” the statement said.\n\n")
    assert dated.quote_dates(text, "2025-06-05")["Our positions are held,"] == dated.missing


def test_recording_without_a_day_opens_nothing(dated):
    # must not change: "recorded last month" names no day
    text = PODCAST.replace("recorded on Monday", "recorded last month")
    assert dated.quote_dates(text, "2025-06-05")["It can hold if the shells arrive,"] == dated.missing


def test_fronted_day_of_an_attack_is_no_scene(dated):
    # must not change: a weapon or a unit after the fronted day is an event of the war, not people the reporter is with
    text = ("Depot hit\n\nOn Sunday night, a Russian drone struck a fuel depot near Poltava.\n\n"
            "The regional governor, Maksym Hordii, said the fire had been put out.\n\n"
            "“Nobody was hurt,” Hordii said.\n\n")
    assert dated.quote_dates(text, "2025-03-14")["Nobody was hurt,"] == dated.missing


# --- a document's heading in quote marks ('is headed "Moscow, June 19"') is a time cue, no one's words ------------

TRANSCRIPT = ("Kremlin transcript\n\nMOSCOW - President Vladimir Putin told a meeting of his security council that "
              "Russian forces were advancing, according to a transcript the Kremlin published.\n\n"
              "The transcript is headed \"Moscow, March 4\", the day the meeting took place.\n\n"
              "\"The enemy is retreating,\" Putin said, according to the transcript.\n\n")


def test_quoted_heading_dates_the_meeting(dated):
    assert dated.quote_dates(TRANSCRIPT, "2025-03-06")["The enemy is retreating,"] == "2025-03-04"
    assert dated.row_day(dated.claims(TRANSCRIPT, "2025-03-06"), "Russian forces were advancing") == "2025-03-04"


def test_quoted_words_with_a_day_are_still_words(dated):
    # must not change: a speaker's quoted words that hold a day ("by March 4") name no time cue of the narration
    text = ("Kremlin transcript\n\nPutin told a meeting of his security council that Russian forces were advancing.\n\n"
            "\"We will finish this by March 4,\" Putin said.\n\n")
    assert dated.quote_dates(text, "2025-03-06")["We will finish this by March 4,"] == dated.missing


def test_participant_after_a_quoted_heading_takes_the_meeting_day(dated):
    text = TRANSCRIPT + "Defence Minister Andrei Belousov, who reported to the meeting, said troops had taken two villages.\n\n"
    assert dated.row_day(dated.claims(text, "2025-03-06"), "troops had taken two villages") == "2025-03-04"


# --- the side's armed forces and then the body that issued the statement: one statement under two names -----------

REFINERY = ("Depot struck\n\nKYIV - Ukraine's military said on Tuesday that its drones had hit a fuel depot in the "
            "Bryansk region overnight.\n\n")


def test_body_after_the_sides_military_takes_its_day(dated):
    text = REFINERY + "The General Staff said the depot supplied fuel to Russian units near Kursk.\n\n"
    assert dated.row_day(dated.claims(text, "2025-02-06"), "the depot supplied fuel to Russian units") == "2025-02-04"


def test_body_of_the_other_side_stays_undated(dated):
    # must not change: the other side's ministry is no name for the same statement
    text = REFINERY + "The Russian Defence Ministry said its air defences had shot down 20 drones over Bryansk.\n\n"
    assert dated.row_day(dated.claims(text, "2025-02-06"), "its air defences had shot down 20 drones") == dated.missing


def test_body_on_an_occasion_of_its_own_stays_undated(dated):
    # must not change: "said in a statement" / "in a Telegram post" is the body's own occasion, not the same statement
    text = REFINERY + "The General Staff said in a Telegram post that the depot supplied fuel to Russian units.\n\n"
    assert dated.row_day(dated.claims(text, "2025-02-06"), "the depot supplied fuel to Russian units") == dated.missing
