"""Statement dates, round 23 (dt35): names that hold a day word, and a spokesperson no table knows.

- A capitalised "Today" or "Tonight" right after a capitalised word or "the" in running prose closes a name (an outlet
  or a programme: "told Kyiv Today", "Russia Today reported", "the BBC's Today programme", "told the Today programme"),
  not the day: the words told to it are not dated to the publication day by it. "Today, X said" and "said today" keep
  their day, and a title-case line ("Minister Says Today Is …") is left as it was. A capitalised weekday after "the" and
  before another capitalised word ("in an interview with the Sunday Telegraph") opens a name the same way ("the Sunday
  Morning" and "the Sunday, March 3 raid" keep their day).
- A spokesperson no table knows, whose title before the name opens with an institution's role of two words or more
  ("Air Force spokesman A B said …"), speaks at that institution's dated statement just before, as a known one
  ("Kremlin spokesman Dmitry Peskov") already did; another country's title ("Russian air force spokesman") does not,
  nor words on an occasion of the spokesperson's own ("… told national television"); and the spokesperson's day does
  not date the body's undated words (that way round only for people the table ties to the body).
- A day and a month printed with a dot ("claimed on 02.10") are read day first, as "14.03.2024" already was, when both
  parts could be the month; a part over 12 is still the day whatever the order ("on 16.04", "on 4.22"); and a date whose
  two parts are the same ("03/03/2025") is that day in either order.
- A claim whose speaker only the claims name ("…, according to a statement released on Monday by the General Staff")
  keeps the day the speech layer read at its verb.

A quote and a claim in the same sentence get the same date. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pandas as pd

from saidvsdone import when
from test_dates_dt31 import _day, _rows as _rows_on

THURSDAY = pd.Timestamp("2025-03-06")  # the pages' day unless a test says otherwise
WEDNESDAY = pd.Timestamp("2025-03-05")
_rows = partial(_rows_on, published=str(THURSDAY.date()))


def test_an_outlets_name_ending_in_today_names_no_day():
    assert [e.text for e in when.find("The colonel told Harbour Today that the bridge had held.")] == []
    assert [e.text for e in when.find("Russia Today reported that the depot had burned.")] == []
    assert [e.text for e in when.find("Speaking to the BBC's Today programme, he said the line held.")] == []


def test_a_newspaper_named_for_a_weekday_names_no_day():
    assert [e.text for e in when.find("In an interview with the Sunday Telegraph, the minister said the line held.")] == []
    assert [e.text for e in when.find("The general told The Sunday Courier that the line held.")] == []
    assert [e.text for e in when.find("He told the Today programme that the line held.")] == []
    assert [e.text for e in when.find("He said on the Sunday before the vote that the line held.")] == ["Sunday"]
    assert [e.text for e in when.find("It happened on the Sunday Morning after the vote.")] == ["Sunday"]
    _, c = _rows("Line holds\n\nIn an interview with the Sunday Telegraph, the defence minister, Petro Marko, said the "
                 "line near the river had held.")
    assert pd.isna(_day(c, "text", "Sunday Telegraph"))


def test_the_day_word_itself_is_still_read():
    assert [e.text for e in when.find("Today, the governor said the line held.")] == ["Today"]
    assert [e.text for e in when.find("The governor said today that the line held.")] == ["today"]
    assert [e.text for e in when.find("The host of Kharkiv Tonight said the shelling had stopped.")] == []  # a programme
    assert [e.text for e in when.find("Governor Says Today Was Quiet")] == ["Today"]  # a title-case line keeps it


OUTLET = """Shelling eases near the river, analyst says

Marta Hlib, an analyst with the Lviv-based Steppe Monitor group, told Harbour Today that the shelling was "lighter than a week ago", because the Russian guns had moved back from the bank.

"They are saving shells for something else," she said.
"""


def test_words_told_to_an_outlet_named_today_stay_undated():
    q, c = _rows(OUTLET)
    assert pd.isna(_day(q, "text", "lighter than a week ago"))
    assert pd.isna(_day(c, "text", "told Harbour Today"))
    assert pd.isna(_day(q, "text", "They are saving shells"))


def test_words_said_today_keep_the_publication_day():
    q, c = _rows(OUTLET.replace("told Harbour Today that", "said today that"))
    assert _day(q, "text", "lighter than a week ago") == THURSDAY
    assert _day(c, "text", "said today that") == THURSDAY


SPOKESMAN = """Drones down over the south

The Ukrainian Air Force said on Wednesday that Russia had launched 40 drones at the southern regions and that 31 of them were shot down.

Air Force spokesman Petro Zadorozhny said the remaining drones had been lost to electronic warfare, calling the attack "a test of our patience".
"""


def test_an_unknown_spokesman_titled_by_the_bodys_role_speaks_at_its_dated_statement():
    q, c = _rows(SPOKESMAN)
    assert _day(c, "text", "Air Force said on Wednesday") == WEDNESDAY
    assert _day(c, "text", "Petro Zadorozhny said") == WEDNESDAY
    assert _day(q, "text", "a test of our patience") == WEDNESDAY  # the quote in the same sentence: the same day


def test_another_countrys_title_does_not_speak_for_the_body():
    q, c = _rows(SPOKESMAN.replace("Air Force spokesman Petro", "Belarusian air force spokesman Petro"))
    assert pd.isna(_day(c, "text", "Petro Zadorozhny said"))
    assert pd.isna(_day(q, "text", "a test of our patience"))


def test_an_unknown_spokesman_on_an_occasion_of_his_own_takes_no_day():
    q, c = _rows(SPOKESMAN.replace("Petro Zadorozhny said the", "Petro Zadorozhny told national television the"))
    assert pd.isna(_day(c, "text", "Petro Zadorozhny told"))
    assert pd.isna(_day(q, "text", "a test of our patience"))


BODY_UNDATED = """Drones down over the south

Ukraine's air force said Russia had launched 40 drones overnight into Wednesday and that 31 of them were shot down.

Air Force spokesman Petro Zadorozhny said on national television on Wednesday evening that the drones flew low along the rivers.
"""


def test_an_unknown_spokesmans_day_does_not_date_the_bodys_undated_words():
    _, c = _rows(BODY_UNDATED)
    assert pd.isna(_day(c, "text", "launched 40 drones"))
    assert _day(c, "text", "flew low along the rivers") == WEDNESDAY


def test_a_dotted_day_and_month_are_read_day_first():
    published = pd.Timestamp("2024-12-30")
    read = [(e.text, when.resolve(e, published).day) for e in when.find("The ministry announced the capture on 02.10, after two years.")]
    assert read == [("02.10", pd.Timestamp("2024-10-02"))]
    assert [when.resolve(e, published).day for e in when.find("The ministry claimed on 16.04 that it had won.")] \
        == [pd.Timestamp("2024-04-16")]
    assert [when.resolve(e, published).day for e in when.find("He said on 4.22 that it had won.")] == [pd.Timestamp("2024-04-22")]
    assert all(pd.isna(when.resolve(e, published).day) for e in when.find("Troops advanced on 2.5 kilometres."))


DOTTED = """Town taken, ministry says

The Russian Defence Ministry announced on 02.10 that its troops had captured the hilltop town.

"The town is ours," the ministry said.
"""


def test_a_dotted_day_dates_the_statement_and_its_quote():
    q, c = _rows(DOTTED, published="2024-12-30")
    assert _day(c, "text", "announced on 02.10") == pd.Timestamp("2024-10-02")
    assert _day(q, "text", "The town is ours") == pd.Timestamp("2024-10-02")


def test_a_date_with_the_same_day_and_month_is_read_in_either_order():
    published = pd.Timestamp("2025-03-04")
    assert [when.resolve(e, published).day for e in when.find("He said on 03/03/2025 that it had won.")] \
        == [pd.Timestamp("2025-03-03")]
    assert all(pd.isna(when.resolve(e, published).day) for e in when.find("He said on 03/04/2025 that it had won."))


def test_a_document_released_on_a_day_by_its_maker_dates_the_claim():
    _, c = _rows("Front holds\n\nRussian troops had failed to take the village, according to a statement released on "
                 "Wednesday by the General Staff.")
    assert _day(c, "text", "according to a statement released") == WEDNESDAY
    _, c = _rows("Front holds\n\nRussian troops had failed to take the village, according to a statement by the General "
                 "Staff.")
    assert pd.isna(_day(c, "text", "according to a statement"))


def test_an_events_day_before_the_source_does_not_date_the_claim():
    _, c = _rows("Front moves\n\nRussian forces have taken about 90 square kilometres since launching their offensive on "
                 "Wednesday, according to an analysis of open-source maps by the Lakeside Mapping Group.")
    assert pd.isna(_day(c, "text", "according to an analysis"))
