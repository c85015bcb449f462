"""Statement dates, round 27 (dt39): one convention for words with no day of their own (tests/gold/README.md, "Dating
convention (round 27)"; devset README §3.5 and its Clarification "Dating by the same event").

- (a) The same speaker continuing ("He added", "X also said", a next paragraph of the same statement) takes the day;
  an institution going on right after its own minister's dated statement ("The ministry also said …", "It added …")
  is the same statement, as a spokesperson after the institution's statement already was.
- (b) Another speaker takes the day only inside the passage about the dated meeting they are part of.
- (c) A new statement of another speaker that the article does not tie to the dated event ("told reporters", "in its
  evening update", an overnight tally) has no day.
- (d) "Earlier", "Last week" start a new event.

A quote and a claim in the same sentence get the same date. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pandas as pd

from test_dates_dt31 import _day, _rows as _rows_on

THURSDAY = pd.Timestamp("2024-10-17")  # the pages' day
TUESDAY = pd.Timestamp("2024-10-15")
WEDNESDAY = pd.Timestamp("2024-10-16")
_rows = partial(_rows_on, published=str(THURSDAY.date()))

# a Moscow-site write-up of a defence board: the minister, then the ministry going on
BOARD = """Minister says troops took 90 villages since summer

Speaking at a board meeting of the defence ministry on Tuesday, Defence Minister Andrei Belousov said Russian troops \
had taken control of 90 villages since June.

He said Ukrainian forces had lost about 2,000 armoured vehicles in the same period.

The ministry also said that air defence units had shot down more than 900 Ukrainian drones over the past month, \
calling the result "a record for the autumn".

It added that 40,000 volunteers had signed contracts with the army since September.
"""


def test_the_institution_going_on_after_its_minister_takes_his_day():
    q, c = _rows(BOARD)
    assert _day(c, "text", "Belousov said Russian troops") == TUESDAY
    assert _day(c, "text", "He said Ukrainian forces had lost") == TUESDAY
    assert _day(c, "text", "The ministry also said") == TUESDAY
    assert _day(q, "text", "a record for the autumn") == TUESDAY  # (the quote of the same sentence: the same day)
    assert _day(c, "text", "It added that 40,000 volunteers") == TUESDAY


def test_the_institution_not_marked_as_going_on_takes_no_day():
    # no "also", no "added": the ministry's words may be a statement of their own
    _, c = _rows(BOARD.replace("The ministry also said that", "The ministry said that"))
    assert pd.isna(_day(c, "text", "The ministry said that air defence units"))


def test_the_institution_after_another_voice_takes_no_day():
    other = BOARD.replace("The ministry also said", "Ukraine's General Staff said Russian troops had lost 1,300 men over "
                          "the past day.\n\nThe ministry also said")
    _, c = _rows(other)
    assert pd.isna(_day(c, "text", "Ukraine's General Staff said Russian troops"))  # (c)
    assert pd.isna(_day(c, "text", "The ministry also said"))


def test_a_minister_of_another_ministry_does_not_date_the_defence_ministry():
    foreign = BOARD.replace("Defence Minister Andrei Belousov", "Foreign Minister Sergei Lavrov").replace(
        "Speaking at a board meeting of the defence ministry on Tuesday", "Speaking in Minsk on Tuesday").replace(
        "The ministry also said", "Russia's defence ministry also said")
    _, c = _rows(foreign)
    assert _day(c, "text", "Lavrov said Russian troops") == TUESDAY
    assert pd.isna(_day(c, "text", "Russia's defence ministry also said"))


# a wire: a dated lede, the same voice going on over paragraphs, then new statements of other voices
WIRE = """Russia claims capture of village near Kurakhove

MOSCOW, Oct 17 (Wirecopy) - Russia's defence ministry said on Wednesday that its forces had captured the village of \
Sontsivka near Kurakhove.

"Units of the Southern group liberated the settlement," the ministry said.

It also said its troops had destroyed four Ukrainian tanks near the village.

Ukraine's General Staff said in its evening update that fighting was continuing in the area and that Russian troops \
had lost 40 men there.

Kremlin spokesman Dmitry Peskov told reporters that the offensive would go on. "Nothing has changed," Peskov said.

Earlier, Peskov had said that Russian troops were advancing along the whole front.
"""


def test_the_same_voice_going_on_takes_the_day():  # (a)
    q, c = _rows(WIRE)
    assert _day(c, "text", "defence ministry said on Wednesday") == WEDNESDAY
    assert _day(q, "text", "Units of the Southern group") == WEDNESDAY
    assert _day(c, "text", "It also said its troops had destroyed") == WEDNESDAY


def test_new_statements_of_other_voices_take_no_day():  # (c)
    q, c = _rows(WIRE)
    assert pd.isna(_day(c, "text", "said in its evening update"))
    assert pd.isna(_day(c, "text", "Peskov told reporters"))
    assert pd.isna(_day(q, "text", "Nothing has changed"))  # (the quote of the same statement: no day either)


def test_earlier_starts_a_new_event():  # (d)
    _, c = _rows(WIRE)
    assert pd.isna(_day(c, "text", "Earlier, Peskov had said"))


# a broadsheet: two participants of a dated meeting's passage
MEETING = """Allies pledge more air defence at Brussels talks

Defence ministers of the contact group met in Brussels on Tuesday to discuss air defence for Ukraine.

Ukraine's defence minister Rustem Umerov told the meeting that Russian forces had fired more than 400 missiles at \
Ukraine in September. "Every battery saves a city," Umerov said.

Germany's defence minister Boris Pistorius said at the same meeting that Russia had lost about 1,200 tanks this year.
"""


def test_participants_of_a_dated_meeting_take_its_day():  # (b)
    q, c = _rows(MEETING)
    assert _day(c, "text", "Umerov told the meeting") == TUESDAY
    assert _day(q, "text", "Every battery saves a city") == TUESDAY
    assert _day(c, "text", "Pistorius said at the same meeting") == TUESDAY


# a background paragraph that names a month only, then "At the time," (d)
BACKGROUND = """Ministry says village near Bakhmut taken

Russia's defence ministry said on Tuesday that its forces had taken full control of a village south of Bakhmut.

Russian troops withdrew from the west bank of the Dnipro in November, one of the biggest setbacks of the war for Moscow.

At the time, the ministry said more than 30,000 servicemen had been moved across the river without losses.
"""


def test_at_the_time_after_a_month_alone_is_an_earlier_occasion():
    _, c = _rows(BACKGROUND)
    assert _day(c, "text", "defence ministry said on Tuesday") == TUESDAY
    assert pd.isna(_day(c, "text", "At the time, the ministry said"))


def test_at_the_time_after_a_day_named_still_takes_that_day():
    dated = BACKGROUND.replace("in November, one of", "on Monday, one of")
    _, c = _rows(dated)
    assert _day(c, "text", "At the time, the ministry said") == pd.Timestamp("2024-10-14")


# a broadsheet: a summit that opened on Tuesday, a news conference "on the second day of the summit"
SUMMIT = """Alliance chief says Russia is paying a heavy price for small gains

Leaders of the alliance met in Vilnius for a two-day summit. The host president, opening the summit on Tuesday, said \
the alliance would stand by Ukraine.

Speaking at a news conference on the second day of the summit, the alliance's secretary general Jens Stoltenberg said \
Russia had lost "tens of thousands of soldiers" for less than 1,000 square kilometres this year.

He said Russian forces had been stopped north of Kharkiv.
"""


def test_the_second_day_of_a_summit_opened_on_a_named_day_is_the_next_day():
    q, c = _rows(SUMMIT)
    assert _day(c, "text", "Speaking at a news conference on the second day") == WEDNESDAY
    assert _day(q, "text", "tens of thousands of soldiers") == WEDNESDAY  # (the quote of the same sentence)
    assert _day(c, "text", "He said Russian forces had been stopped") == WEDNESDAY


def test_the_second_day_of_a_summit_with_no_opening_day_is_not_counted():
    # no sentence ties a day to the summit's opening: the ordinal counts from nothing
    q, c = _rows(SUMMIT.replace("The host president, opening the summit on Tuesday, said the alliance would stand by "
                                "Ukraine.", "The host president said on Tuesday that the alliance would stand by Ukraine."))
    assert _day(q, "text", "tens of thousands of soldiers") != WEDNESDAY
