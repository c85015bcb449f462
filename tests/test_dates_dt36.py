"""Statement dates, round 24 (dt36): later the same day, the same statement of a speaker no table knows, "said at the
time", a regular account.

- "later the same day", "earlier that same evening", "later on the same day" are read as "later that day" already was:
  the day the text is about (the one named just before), not an earlier occasion with no day.
- "X said on Sunday …. Its director, A B, said in the same statement …": the dated statement just before, though no
  table knows X (so no speaker's dated event records it), not an older statement further up.
- "A B, who toured the front in early May, said at the time …": the time named before the verb (in the sentence's
  aside, else in the sentence before); a month or a year gives no day, a weekday gives its day; never the speaker's
  last dated words.
- "In its monthly summary, the Air Force said …", "said in its weekly report that …": a regular account is an occasion
  of its own (a ``periodic_adjective`` of data/speech_words.csv before a statement noun), not the speaker's dated
  statement before it going on; with a day of its own ("in its weekly report on Sunday") it keeps that day.

A quote and a claim in the same sentence get the same date. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pandas as pd

from saidvsdone import when
from test_dates_dt31 import _day, _rows as _rows_on

MONDAY = pd.Timestamp("2025-03-10")  # the pages' day
SATURDAY = pd.Timestamp("2025-03-08")
SUNDAY = pd.Timestamp("2025-03-09")
FRIDAY = pd.Timestamp("2025-03-07")
TUESDAY = pd.Timestamp("2025-03-04")
_rows = partial(_rows_on, published=str(MONDAY.date()))


def test_later_the_same_day_is_that_day():
    assert [e.text for e in when.find("He said later the same day that the line held.")] == ["later the same day"]
    q, c = _rows("Front holds\n\nThe army said on Saturday that its troops had pushed back an assault near the river. "
                 "Its spokesman, Petro Marko, said at a briefing later the same day that Russian forces had lost "
                 "\"more than 300 soldiers\" in the fighting.")
    assert _day(q, "text", "more than 300 soldiers") == SATURDAY
    assert _day(c, "text", "Petro Marko") == SATURDAY


def test_earlier_that_same_evening_counts_from_the_day_named():
    q, c = _rows("Port hit\n\nThe navy said on Sunday that its drones had sunk a Russian patrol boat near the cape. "
                 "Earlier that same evening, the navy's spokesman, Oleh Kravets, said Russian ships had \"pulled back "
                 "to the east\" of the cape.")
    assert _day(q, "text", "pulled back to the east") == SUNDAY
    assert _day(c, "text", "Oleh Kravets") == SUNDAY


def test_the_same_statement_of_a_body_no_table_knows():
    text = ("Plant shut\n\nThe governor, Ivan Petrenko, said late on Friday that Russian troops had shelled the bridge."
            "\n\nThe watchdog said on Sunday that the last reactor at the plant had been shut down. Its director, Anton "
            "Weiss, said in the same statement that Russian forces were \"shelling the site every night\" and that "
            "Russian troops had fired on the cooling pond.")
    q, c = _rows(text)
    assert _day(q, "text", "shelling the site every night") == SUNDAY
    assert _day(c, "text", "Anton Weiss") == SUNDAY
    assert _day(c, "text", "Ivan Petrenko") == FRIDAY  # the older statement keeps its own day


def test_the_same_statement_of_a_known_speaker_is_unchanged():
    _, c = _rows("Plant shut\n\nThe governor, Ivan Petrenko, said on Friday that Russian troops had shelled the bridge."
                 "\n\nThe army said on Sunday that its troops had destroyed two Russian tanks near the plant. Petrenko "
                 "said in the same statement that Russian troops had fired on the cooling pond.")
    assert _day(c, "text", "cooling pond") == FRIDAY  # his own statement, dated above


def test_said_at_the_time_after_an_aside_with_a_month_has_no_day():
    q, c = _rows("City holds\n\nThe governor, Ivan Petrenko, said on Sunday that Russian troops had shelled the bridge. "
                 "Petrenko, who toured the front in early May, said at the time that Russian forces would \"never "
                 "take the city\".")
    assert pd.isna(_day(q, "text", "never take the city"))
    assert pd.isna(_day(c, "text", "toured the front"))
    assert _day(c, "text", "shelled the bridge") == SUNDAY


def test_said_at_the_time_after_a_year_in_the_sentence_before_has_no_day():
    _, c = _rows("City holds\n\nThe governor, Ivan Petrenko, said on Sunday that Russian troops had shelled the bridge."
                 "\n\nIn 2023, Russian troops reached the river. Petrenko said at the time that Russian forces would "
                 "never take the city.")
    assert pd.isna(_day(c, "text", "never take the city"))


def test_said_at_the_time_after_an_aside_with_a_weekday_is_that_day():
    _, c = _rows("City holds\n\nThe governor, Ivan Petrenko, said on Sunday that Russian troops had shelled the bridge. "
                 "Petrenko, who toured the front on Friday, said at the time that Russian forces would never take the "
                 "city.")
    assert _day(c, "text", "never take the city") == FRIDAY


def test_a_monthly_summary_is_an_occasion_of_its_own():
    q, c = _rows("Drones\n\nThe Air Force said on Tuesday that it had shot down 40 Russian drones overnight. In its "
                 "monthly summary, the Air Force said Russia had launched \"more than 5,000 drones\" at Ukraine in "
                 "February.")
    assert _day(c, "text", "shot down 40") == TUESDAY
    assert pd.isna(_day(c, "text", "monthly summary"))
    assert pd.isna(_day(q, "text", "more than 5,000 drones"))


def test_a_weekly_report_after_the_verb_and_one_with_its_own_day():
    _, c = _rows("Drones\n\nThe Air Force said on Tuesday that it had shot down 40 Russian drones overnight. The Air "
                 "Force said in its weekly report that Russia had launched more than 900 drones at Ukraine.")
    assert pd.isna(_day(c, "text", "more than 900"))
    _, c = _rows("Drones\n\nThe Air Force said on Tuesday that it had shot down 40 Russian drones overnight. In its "
                 "weekly report on Sunday, the Air Force said Russia had launched more than 900 drones at Ukraine.")
    assert _day(c, "text", "more than 900") == SUNDAY


def test_a_daily_update_still_goes_on_from_the_day():
    _, c = _rows("Drones\n\nThe Air Force said on Tuesday that it had shot down 40 Russian drones overnight. It said "
                 "Russia had launched more than 60 drones at Ukraine.")
    assert _day(c, "text", "more than 60") == TUESDAY  # the speaker continuing, no new occasion


def test_said_at_the_time_reads_the_last_time_named_before_the_verb():
    # a month, then a weekday in the aside: the weekday is the time meant
    _, c = _rows("City holds\n\nThe governor, Ivan Petrenko, said on Sunday that Russian troops had shelled the bridge. "
                 "Back in May, Petrenko, who toured the front again on Friday, said at the time that Russian forces "
                 "would never take the city.")
    assert _day(c, "text", "never take the city") == FRIDAY
    # a weekday, then a year: no day
    _, c = _rows("City holds\n\nThe governor, Ivan Petrenko, said on Sunday that Russian troops had shelled the bridge. "
                 "Petrenko, who toured the front on a Friday in 2023, said at the time that Russian forces would never "
                 "take the city.")
    assert pd.isna(_day(c, "text", "never take the city"))


def test_an_occasion_later_that_day_after_the_verb():
    # four words of occasion between the verb and the time: still the verb's time
    q, c = _rows("Front holds\n\nThe army said on Saturday that it had decided to pull its troops back from the river. "
                 "It was the first time the army had admitted a retreat there.\n\nThe army's spokesman, Petro Marko, "
                 "said in a televised briefing later the same day that Russian strikes had killed \"more than 300 "
                 "soldiers\" over three days.")
    assert _day(q, "text", "more than 300 soldiers") == SATURDAY
    assert _day(c, "text", "Petro Marko") == SATURDAY
