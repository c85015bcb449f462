"""Statement dates, round 26 (dt38): a voice the copy introduces in a press conference's passage.

- "X told a news conference on Tuesday that …. ⏎ Y, a professor of … at a university in …, said …": a named person
  first introduced there with a role of their own apposed is a voice the reporter sought out, not a participant of
  the host's briefing: no day (an analyst's words are not the conference's). Their later words ("Prof. Y said", "He
  said") too.
- The host and whoever the copy ties to the briefing keep its day; a meeting that is no press conference (a summit, a
  council) keeps admitting the people of its passage as before.

A quote and a claim in the same sentence get the same date. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pandas as pd

from test_dates_dt31 import _day, _rows as _rows_on

WEDNESDAY = pd.Timestamp("2024-10-16")  # the pages' day
TUESDAY = pd.Timestamp("2024-10-15")
_rows = partial(_rows_on, published=str(WEDNESDAY.date()))

# a broadsheet: a minister's news conference, then an academic the reporter called
BROADSHEET = """Minister says front near Kupiansk is holding

Defence Minister Rustem Umerov told a news conference in Kyiv on Tuesday that Ukrainian troops had repelled 14 \
Russian assaults near Kupiansk. "The line is holding," Umerov said.

Marta Kovalenko, a professor of security studies at a university in Lviv, said Russian forces had lost about 300 \
armoured vehicles in the sector since August. "They are buying metres with machines," Kovalenko said.
"""


def test_an_academic_introduced_after_a_news_conference_keeps_no_day():
    q, c = _rows(BROADSHEET)
    assert _day(c, "text", "Umerov told a news conference") == TUESDAY
    assert _day(q, "text", "The line is holding") == TUESDAY
    assert pd.isna(_day(c, "text", "Marta Kovalenko, a professor"))
    assert pd.isna(_day(q, "text", "They are buying metres"))  # (the same voice going on: no day either)


# a wire: a brigade spokesman introduced after the ministry's briefing
WIRE = """Russia says it repelled attacks near Vuhledar

MOSCOW, Oct 16 (Wirecopy) - Russia's defence ministry said at its daily briefing on Tuesday that its forces had \
repelled five Ukrainian attacks near Vuhledar.

Major Oleh Dmytrenko, a spokesman for one of the Ukrainian brigades in the area, said Russian troops had lost two \
tanks near the village of Bohoiavlenka.
"""


def test_a_spokesman_of_another_side_introduced_after_a_briefing_keeps_no_day():
    _, c = _rows(WIRE)
    assert _day(c, "text", "defence ministry said at its daily briefing") == TUESDAY
    assert pd.isna(_day(c, "text", "Oleh Dmytrenko, a spokesman"))


# a summit is no press conference: a leader there with an apposed role still speaks at it
SUMMIT = """Leaders meet on air defence

Leaders of the northern alliance met in Oslo on Tuesday to discuss air defence for Ukraine.

Jonas Berg, a former general who chairs the alliance's military committee, said Russia had fired 120 missiles at \
Ukrainian power plants since September.
"""


def test_a_meeting_that_is_no_press_conference_keeps_its_passage():
    _, c = _rows(SUMMIT)
    assert _day(c, "text", "Jonas Berg, a former general") == TUESDAY  # (the summit's participant: its day)
