"""Statement dates, eleventh round (dt15): dates on copy nobody has read (issue 13; families of the blind pieces
w1-w8 of ``tests/gold/peer/blind_dates_dt15.csv``). Conventions §3.5 and "Dating by the same event": whoever speaks
in the passage of a scene the narration dates spoke that day, until a new time cue. Every sentence here is
invented."""

import pandas as pd

from saidvsdone import corpus, quotes


def _quotes(text: str, published: str) -> pd.DataFrame:
    return quotes.extract(corpus.from_text(text, published=published))


def _day(value) -> str:
    return "" if pd.isna(value) else str(pd.Timestamp(value).date())


def _quote(table: pd.DataFrame, words: str) -> tuple[str, str]:
    row = table[table["text"].str.contains(words, regex=False)]
    assert not row.empty, words
    return row.iloc[0]["speaker"], _day(row.iloc[0]["statement_date"])


# --- a fronted scene day whose doer is a role with the name apposed after a rank or a call sign ------------------

def test_scene_role_then_rank_and_name():
    text = ("Notes from a dugout\n\nOn Thursday, the company commander, Major Ivan Petrenko, leaned back in his chair.\n\n"
            "“We hold the road every night,” he said.")
    assert _quote(_quotes(text, "2024-04-14"), "We hold the road") == ("Ivan Petrenko", "2024-04-11")


def test_scene_role_then_call_sign_after_a_long_as_clause():
    text = ("Notes from a dugout\n\nOn Thursday, as the monitors showed a column of armoured trucks stuck in the mud at "
            "the edge of a field, the company commander, a major who goes by the call sign Lys, leaned back and smiled."
            "\n\n“They come every morning on the same road,” he said. “We held it through March, and we will hold it "
            "through June.”\n\nHis deputy, a sergeant with the call sign Bober, was less cheerful. “We get ten shells a "
            "day,” Bober said.")
    table = _quotes(text, "2024-04-14")
    assert _quote(table, "They come every morning") == ("Lys", "2024-04-11")
    assert _quote(table, "We held it through March") == ("Lys", "2024-04-11")  # months in the words: no new cue
    assert _quote(table, "We get ten shells") == ("Bober", "2024-04-11")  # another voice of the dated scene


def test_scene_role_then_call_sign_without_a_day_stays_undated():
    text = ("Notes from a dugout\n\nAs the monitors showed a column of armoured trucks, the company commander, a major "
            "who goes by the call sign Lys, leaned back and smiled.\n\n“They come every morning on the same road,” he said.")
    assert _quote(_quotes(text, "2024-04-14"), "They come every morning") == ("Lys", "")


def test_role_apposed_to_a_lone_word_that_is_no_call_sign_dates_nothing():
    # a capitalised word after a role with no call sign is no name of a person in the scene
    text = ("Notes from a dugout\n\nOn Thursday, the company commander, a major from Lviv, leaned back.\n\n"
            "Later, a spokesman for the brigade, Oleh Bondar, said: “The road is quiet.”")
    assert _quote(_quotes(text, "2024-04-14"), "The road is quiet") == ("Oleh Bondar", "")


# --- the closing part of an event whose end the text dated: "at the summit's closing news conference" ------------

_SUMMIT = ("Allies end forum\n\nDefence ministers ended their two-day forum in Riga on Friday with a session on air "
           "defence.\n\nThe day before, the host had said the talks would be \"hard but honest\".\n\n"
           "Speaking at the forum's closing news conference, Minister Anna Kalnina said: “We leave with more than we "
           "brought.”\n\nHer Polish counterpart, Jan Wrobel, told the same news conference that Warsaw would send "
           "more shells.")


def test_closing_news_conference_takes_the_day_the_event_ended():
    table = _quotes(_SUMMIT, "2024-05-18")
    assert _quote(table, "We leave with more") == ("Anna Kalnina", "2024-05-17")


def test_closing_part_without_a_dated_end_stays_undated():
    text = _SUMMIT.replace("ended their two-day forum in Riga on Friday", "met in Riga for a two-day forum") \
        .replace("The day before, the host had said", "The host has said")
    table = _quotes(text, "2024-05-18")
    assert _quote(table, "We leave with more") == ("Anna Kalnina", "")


# --- a doing's day moved on within its sentence ("on Wednesday and … a day later"): the words after it -----------

def test_a_day_later_in_the_doing_sentence_dates_the_words_after_it():
    text = ("Plan goes to allies\n\nMinister Petro Sava presented the plan to parliament on Wednesday and to allied "
            "envoys in Warsaw a day later.\n\n“This plan makes the enemy want peace,” Sava told the envoys there.")
    assert _quote(_quotes(text, "2024-10-19"), "This plan makes") == ("Petro Sava", "2024-10-17")


def test_a_single_day_in_the_doing_sentence_is_kept():
    text = ("Plan goes to allies\n\nMinister Petro Sava presented the plan to parliament on Wednesday.\n\n"
            "“This plan makes the enemy want peace,” Sava told lawmakers.")
    assert _quote(_quotes(text, "2024-10-19"), "This plan makes") == ("Petro Sava", "2024-10-16")


# --- a speech verb ending a fronted time clause is no statement: "After Zelensky spoke, Putin visited … and ordered"

def test_after_x_spoke_is_no_statement_of_x():
    text = ("Moscow answers\n\nPetro Sava said on Monday that the offensive had begun.\n\nAfter Sava spoke, Putin visited "
            "a command post in Moscow and ordered the army to \"push them back\" at once.")
    table = _quotes(text, "2024-08-13")
    assert _quote(table, "push them back") == ("Vladimir Putin", "")


def test_after_x_spoke_with_an_object_still_reports_words():
    # the verb with what it says is a statement of its own ("After X said …, Y …"): not a bare time clause
    text = ("Moscow answers\n\nAfter Petro Sava said the offensive had \"only begun\", Putin visited a command post.")
    assert _quote(_quotes(text, "2024-08-13"), "only begun") == ("Petro Sava", "")


# --- a quoted question, then the name and its speech verb: one sentence ------------------------------------------

def test_quoted_question_then_name_said_is_one_sentence():
    text = ("Talks\n\nPetro Sava said on Monday that the front was holding.\n\n"
            "\"What talks can we have with them?\" Putin said at a meeting in Moscow.")
    assert _quote(_quotes(text, "2024-08-13"), "What talks can we have") == ("Vladimir Putin", "")


def test_quoted_question_then_a_new_sentence_stays_apart():
    text = ("Talks\n\nPetro Sava said on Monday: \"What talks can we have with them?\" The Kremlin did not reply.")
    assert _quote(_quotes(text, "2024-08-13"), "What talks can we have") == ("Petro Sava", "2024-08-12")


# --- "later in the morning": the day the text is about, counted like "later in the day" --------------------------

def test_later_in_the_morning_takes_the_day_named_before():
    text = ("Night of drones\n\nThe air force said early Sunday that Russia had launched 30 drones overnight.\n\n"
            "Its spokesman, Petro Sava, told television later in the morning: “The enemy is looking for gaps.”")
    assert _quote(_quotes(text, "2024-06-10"), "looking for gaps") == ("Petro Sava", "2024-06-09")


def test_later_in_the_morning_with_no_day_before_stays_undated():
    text = ("Night of drones\n\nThe air force said Russia had launched 30 drones overnight.\n\n"
            "Its spokesman, Petro Sava, told television later in the morning: “The enemy is looking for gaps.”")
    assert _quote(_quotes(text, "2024-06-10"), "looking for gaps") == ("Petro Sava", "")


# --- a speech verb under "would" inside what another speech verb reports is an act to come, not a statement -------

def test_said_x_would_announce_leaves_the_quote_to_the_one_who_said():
    text = ("Aid\n\nThe spokesman, Petro Sava, told reporters on Monday that nothing had changed. “Our policy holds,” "
            "Sava said.\n\nHe said Warsaw would announce a new package \"in the coming days\".")
    table = _quotes(text, "2024-06-11")
    assert _quote(table, "in the coming days") == ("Petro Sava", "2024-06-10")


def test_a_modal_with_no_reporting_verb_before_is_left_alone():
    # "would later say" in narration is a statement made later (no reporting verb before it): still a cue
    text = ("Aid\n\nPetro Sava would later say the package had come \"far too late\".")
    assert _quote(_quotes(text, "2024-06-11"), "far too late") == ("Petro Sava", "")
