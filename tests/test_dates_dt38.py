"""Statement dates, round 26 (dt38): the news story's day.

- A news story whose lede names the publication day as the day of its news ("Drones struck a depot early on Tuesday")
  dates the words that name an occasion of their own with no day ("told reporters", "told national television", "in
  its evening update", "said on Telegram", "he wrote"), in their sentence or in the same voice's sentence just before in
  the paragraph: the reaction and the updates of the same news, that day.
- The passage ends at the first expression of the body that names another time ("On Sunday, …", "Last week, …"):
  words after it with no day stay undated.
- Words naming no occasion ("X, an analyst at …, said", "Y highlighted that …"), a source with no verb of saying
  ("according to X"), an earlier occasion or a present perfect take no day from the story.
- A lede naming a day other than the publication's gives none.

A quote and a claim in the same sentence get the same date. Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pandas as pd

from test_dates_dt31 import _day, _rows as _rows_on

TUESDAY = pd.Timestamp("2024-04-16")  # the pages' day
_rows = partial(_rows_on, published=str(TUESDAY.date()))

# a wire story: the lede dates the news, the Kremlin reacts at its daily call
WIRE = """Drones hit Russian fuel depot, regional governor says

MOSCOW, April 16 (Wirecopy) - Ukrainian drones struck a fuel depot in Russia's Oryol region early on Tuesday, \
setting a reservoir on fire, the regional governor said.

Kremlin spokesman Dmitry Peskov told reporters that the attacks would not change Moscow's course. "The operation \
will go on until its aims are met," Peskov said.

Russia's defence ministry said in its morning update that air defences had destroyed 27 Ukrainian drones over \
four regions.

Anton Kravets, a defence analyst at a Warsaw think tank, said Kyiv was trying to stretch Russian air defences.
"""


def test_a_reaction_told_to_reporters_takes_the_story_day():
    q, c = _rows(WIRE)
    assert _day(c, "text", "Peskov told reporters") == TUESDAY
    assert _day(q, "text", "The operation will go on") == TUESDAY  # (the same voice's quote after it: the same day)


def test_an_update_with_no_day_takes_the_story_day():
    _, c = _rows(WIRE)
    assert _day(c, "text", "in its morning update") == TUESDAY


def test_an_analyst_naming_no_occasion_stays_undated():
    _, c = _rows(WIRE)
    assert pd.isna(_day(c, "text", "Kravets, a defence analyst"))


# a Kyiv site: the mayor's posts, then a background paragraph that stops the carry
KYIV = """Night attack on the capital leaves three injured

Kyiv Harbour News | Capital | 16 April 2024

Russian drones attacked Kyiv on Tuesday morning, injuring three people in the Darnytskyi district, officials said.

Mayor Vitali Klitschko said on Telegram that air defences had shot down 12 drones over the city. "Stay in the shelters," he wrote.

Ukraine's air force said on television that 19 of the 21 drones had been shot down.

On Sunday, President Volodymyr Zelensky said Russia had launched more than 300 drones during the week.

Serhiy Marchenko, a city councillor, told local television that Russian forces had fired 30 drones at the region.
"""


def test_a_mayors_telegram_post_takes_the_story_day():
    q, c = _rows(KYIV)
    assert _day(c, "text", "Klitschko said on Telegram") == TUESDAY
    assert _day(q, "text", "Stay in the shelters") == TUESDAY
    assert _day(c, "text", "air force said on television") == TUESDAY


def test_another_named_day_ends_the_story_passage():
    _, c = _rows(KYIV)
    assert _day(c, "text", "On Sunday, President") == pd.Timestamp("2024-04-14")
    assert pd.isna(_day(c, "text", "Marchenko, a city councillor, told local television"))


# a broadsheet whose lede tells of the day before publication: no story day
YESTERDAY = """Counter-attack reported near the river

Russian troops launched a counter-attack near Krynky on Monday, a Ukrainian commander said.

The commander told reporters that his brigade had destroyed nine armoured vehicles.
"""


def test_a_lede_of_another_day_gives_no_story_day():
    _, c = _rows(YESTERDAY)
    assert pd.isna(_day(c, "text", "The commander told reporters"))


# a Moscow site: "according to" and a present perfect name no occasion
MOSCOW = """Border region shelled again

Moscow Evening Wire | Russia | 16.04.2024

Ukrainian artillery shelled the border town of Shebekino on Tuesday, the region's governor said.

According to the defence ministry, air defences have destroyed 14 rockets over the region.

The ministry has said Ukrainian units lost up to 120 troops near the border, it told reporters.
"""


def test_according_to_and_present_perfect_take_no_story_day():
    _, c = _rows(MOSCOW)
    assert pd.isna(_day(c, "text", "According to the defence ministry"))
