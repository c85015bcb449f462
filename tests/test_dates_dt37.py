"""Statement dates, round 25 (dt37): the participants of a dated gathering that the copy names again after background.

- "X and Y traded accusations at a UN Security Council meeting on Thursday. [background with another day]. Speaking to
  the 15-member council, X said …": the gathering named again ("speaking to the council", "spoke before the
  assembly") is the article's dated one, and its passage goes on with the people and the side its own sentence gave
  (so "Y told the council …" after it is still that day, though Y is of the other side).
- "B, who spoke after A, said …", "Speaking after A, C said …": a turn after a named speaker at the occasion where A's
  words were dated: that day.
- "Last year, at the same event, X said …": the same kind of occasion in an earlier year, so no day (not the day of
  this year's event the article dated).
- In the passage about a dated sitting of a legislature ("told the European Parliament on Wednesday"), a speaker the
  frame before the verb names as one of its members ("an Italian Social Democrat", "a member of the liberal group",
  "of the far-right group") spoke at it; a tie to the sitting ("Addressing the chamber by video link") lets a speaker of
  another country speak at it too.

A quote and a claim in the same sentence get the same date. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pandas as pd

from test_dates_dt31 import _day, _rows as _rows_on

FRIDAY = pd.Timestamp("2025-03-14")  # the pages' day
THURSDAY = pd.Timestamp("2025-03-13")
WEDNESDAY = pd.Timestamp("2025-03-12")
_rows = partial(_rows_on, published=str(FRIDAY.date()))

COUNCIL = """Envoys clash at UN over grain corridor

Russia's envoy Vasily Nebenzia and Ukraine's envoy Serhiy Kyslytsya traded accusations at a UN Security Council \
meeting on Thursday.

Russia's defence ministry said on Wednesday that its forces had captured the village of Andriivka.

Speaking to the 15-member council, Nebenzia said Russian forces had destroyed 40 Ukrainian drones near the port and \
called the corridor "a dead end".

Kyslytsya told the council that Russian troops had shelled Ukrainian positions near Odesa 12 times. "This is terror," he said.
"""


def test_speaking_to_the_council_after_background_is_the_meeting_day():
    q, c = _rows(COUNCIL)
    assert _day(c, "text", "Speaking to the 15-member council") == THURSDAY
    assert _day(q, "text", "a dead end") == THURSDAY  # (the quote in the same sentence: the same day)
    assert _day(c, "text", "defence ministry said on Wednesday") == WEDNESDAY  # (the background keeps its own day)


def test_the_other_side_told_the_same_council_after_it_keeps_the_meeting_day():
    q, c = _rows(COUNCIL)
    assert _day(c, "text", "Kyslytsya told the council") == THURSDAY
    assert _day(q, "text", "This is terror") == THURSDAY


TURNS = """Envoys clash at UN over grain corridor

Ukraine's envoy Serhiy Kyslytsya told a UN Security Council meeting on Thursday that Russian troops had shelled \
Ukrainian positions near Odesa 12 times.

Moscow said on Wednesday that it would not extend the grain corridor.

British ambassador Barbara Woodward, who spoke after Kyslytsya, said Russian forces had lost 300 tanks this year. \
"Russia is failing," Woodward said.

Speaking after Woodward, French envoy Nicolas de Riviere said Russian troops had fired 90 missiles at the ports.
"""


def test_who_spoke_after_a_dated_speaker_spoke_that_day():
    q, c = _rows(TURNS)
    assert _day(c, "text", "who spoke after Kyslytsya") == THURSDAY
    assert _day(q, "text", "Russia is failing") == THURSDAY
    assert _day(c, "text", "Speaking after Woodward") == THURSDAY


def test_speaking_after_someone_with_no_dated_words_gives_no_day():
    q, c = _rows("Talks stall\n\nSpeaking after the vote, French envoy Nicolas de Riviere said Russian troops had "
                 "fired 90 missiles at the ports.")
    assert pd.isna(_day(c, "text", "Speaking after the vote"))


ANNUAL = """Putin claims 250 settlements taken this year

President Vladimir Putin said at his year-end news conference on Friday that Russian forces had taken nearly 250 \
settlements in 2025.

Last year, at the same event, Putin said Russian troops had taken about 190 settlements. "We keep moving," he said \
then.
"""


def test_last_year_at_the_same_event_is_no_day():
    q, c = _rows(ANNUAL)
    assert _day(c, "text", "nearly 250") == FRIDAY
    assert pd.isna(_day(c, "text", "Last year, at the same event"))
    assert pd.isna(_day(q, "text", "We keep moving"))


def test_this_years_same_event_keeps_its_day():
    q, c = _rows("Putin claims gains\n\nPresident Vladimir Putin said at his year-end news conference on Friday that "
                 "Russian forces had taken nearly 250 settlements in 2025.\n\nAt the same event, Putin said Russian "
                 "troops had killed 5,000 Ukrainian soldiers near Kupiansk.")
    assert _day(c, "text", "At the same event") == FRIDAY


DEBATE = """MEPs back special tribunal

The EU's foreign policy chief told the European Parliament on Wednesday that Russian forces were regrouping near \
Izium.

The debate came a day after the Commission proposed new sanctions.

Liisa Kask, an Estonian liberal, said Ukraine could retake the south if it received artillery. "We have it in our \
depots," she said.

Marco Bellini, an Italian Social Democrat, backed the embargo but urged the Commission to keep "a door open" for talks.

Addressing the chamber by video link from Kyiv, the speaker of Ukraine's parliament, Ruslan Stefanchuk, said Russian \
troops had lost 20,000 men near Izium. "Mariupol is still standing," Stefanchuk said.
"""


def test_members_of_the_legislature_speak_at_its_dated_sitting():
    q, c = _rows(DEBATE)
    assert _day(c, "text", "an Estonian liberal") == WEDNESDAY
    assert _day(q, "text", "We have it in our depots") == WEDNESDAY
    assert _day(c, "text", "an Italian Social Democrat") == WEDNESDAY
    assert _day(q, "text", "a door open") == WEDNESDAY


def test_a_speaker_of_another_country_who_addresses_the_chamber_speaks_at_it():
    q, c = _rows(DEBATE)
    assert _day(c, "text", "Addressing the chamber by video link") == WEDNESDAY
    assert _day(q, "text", "Mariupol is still standing") == WEDNESDAY


def test_someone_else_in_a_funeral_passage_is_still_no_participant():
    # (dt26's guard stays: no member word, no turn word, no day)
    q, c = _rows("Pilot buried in Lviv\n\nHundreds of mourners attended the funeral of the pilot in Lviv on Wednesday."
                 "\n\nOne of his former students, Taras Bondar, now runs a flight school near Lviv. Bondar said the "
                 "pilot had shot down 14 Russian drones over the city.")
    assert pd.isna(_day(c, "text", "Bondar said"))


WIRE_LEDE = """Push stalls near Kostiantynivka

KYIV — Russian attacks near Kostiantynivka have lost momentum, a Ukrainian military spokesman said Thursday. Maj. \
Petro Lysak, who speaks for the eastern group of forces, told national television that Russian units had lost about \
1,900 men in the sector. "They attack in small groups now," he said.
"""


def test_the_lede_spokesman_named_in_the_next_sentence_keeps_the_ledes_day():
    q, c = _rows(WIRE_LEDE)
    assert _day(c, "text", "who speaks for the eastern group") == THURSDAY
    assert _day(q, "text", "They attack in small groups now") == THURSDAY


def test_the_lede_official_named_next_by_his_role_noun_keeps_the_ledes_day():
    q, c = _rows("Villages lost near Pokrovsk\n\nKYIV — Russian forces have captured two villages near Pokrovsk, a "
                 "senior Ukrainian official said Thursday.\n\nAndriy Kovalenko, an official at the National Security "
                 "Council, said Russian troops had lost 300 men in the assault. \"The pressure is enormous,\" "
                 "Kovalenko said.")
    assert _day(c, "text", "an official at the National Security Council") == THURSDAY
    assert _day(q, "text", "The pressure is enormous") == THURSDAY


def test_another_person_named_next_without_the_role_noun_takes_no_day():
    q, c = _rows("Villages lost near Pokrovsk\n\nKYIV — Russian forces have captured two villages near Pokrovsk, a "
                 "senior Ukrainian official said Thursday.\n\nAndriy Kovalenko, a military analyst in Kyiv, said Russian "
                 "troops had lost 300 men in the assault.")
    assert pd.isna(_day(c, "text", "a military analyst in Kyiv"))
