"""Claim statement dates, round 19 (dt30): the claims stage's own dating (``claims/_dating.py``).

Which rule dates what (conventions, ``/work/shared/devset/README.md`` §3.5 and its Clarifications):

- A wire's round-up opens with a lead-in that names the day it tells of and ends with a colon ("Here are the main
  developments in the war on Friday:"), then lists the day's statements as bullets, with section labels between them
  ("FIGHTING", "DIPLOMACY"). Each bulleted statement with no day and no earlier occasion of its own was said that day
  (the same event named elsewhere in the article, §3.5); a headline that tells of a bullet takes its day.
- The list's day is its items' only: a background paragraph after the list ("Moscow says …") stays undated, and so
  does a bullet placed on another occasion ("said this month", "has said").
- A dateline's day ("Oct 6 (Agency) - Here is what each side has said:") is the day of the copy, not of the statements
  a factbox lists: its bullets keep their own days.

Every sentence here is invented."""

from __future__ import annotations

import pandas as pd

from saidvsdone import claims, corpus

PUBLISHED = "2024-03-08"  # (a Friday)

ROUNDUP = """War round-up: Russia says it took a hamlet; Kyiv says it hit a fuel depot

Mar 8 (Wire) - These are the main events of the war in Ukraine on Thursday:

FRONT LINE

• Russia's defence ministry said its troops had captured the hamlet of Ivanivka, west of Avdiivka.
• Ukraine's General Staff said its forces had destroyed a fuel depot in the occupied south.

TALKS

• The Kremlin said Moscow was ready for negotiations only on the basis of the realities on the ground.
• Zelensky said this month that Ukraine had lost 31,000 soldiers since the invasion began.
• The Kremlin has said its offensive would go on until all its aims were met.

CONTEXT

Russian troops have pushed slowly west since the winter, and Moscow says they now hold most of the Donetsk region.
"""

FACTBOX = """FACTBOX-Who says what about the battle for Ivanivka

Mar 8 (Wire) - Russian troops have been trying for weeks to take the hamlet. Here is what each side has said:

RUSSIA

* Russia's defence ministry said its troops had captured the hamlet of Ivanivka, west of Avdiivka.

UKRAINE

* Ukraine's General Staff said its forces had repelled 12 attacks near the hamlet.
"""


def _claims(text: str, published: str = PUBLISHED) -> pd.DataFrame:
    return claims.find(corpus.from_text(text, published=published))


def _date_of(table: pd.DataFrame, words: str, headline: bool = False) -> pd.Timestamp:
    rows = table[table["text"].str.contains(words, regex=False) & (table["headline"] == headline)]
    assert len(rows), f"no claim with {words!r}"
    return rows.iloc[0]["statement_date"]


def test_a_bullet_under_a_dated_lead_in_takes_its_day():
    table = _claims(ROUNDUP)
    assert _date_of(table, "captured the hamlet of Ivanivka") == pd.Timestamp("2024-03-07")
    assert _date_of(table, "destroyed a fuel depot") == pd.Timestamp("2024-03-07")


def test_section_labels_do_not_end_the_list():
    table = _claims(ROUNDUP)
    assert _date_of(table, "ready for negotiations") == pd.Timestamp("2024-03-07")


def test_a_bullet_on_another_occasion_keeps_its_own_time():
    table = _claims(ROUNDUP)
    assert pd.isna(_date_of(table, "had lost 31,000 soldiers"))  # "said this month"
    assert pd.isna(_date_of(table, "until all its aims were met"))  # "has said"


def test_a_paragraph_after_the_list_is_not_an_item():
    table = _claims(ROUNDUP)
    assert pd.isna(_date_of(table, "hold most of the Donetsk region"))


def test_the_headline_takes_the_day_of_the_bullet_it_tells_of():
    table = _claims(ROUNDUP)
    heads = table[table["headline"]]
    assert len(heads) and (heads["statement_date"] == pd.Timestamp("2024-03-07")).all()


def test_a_dateline_day_does_not_date_a_factbox():
    table = _claims(FACTBOX)
    assert pd.isna(_date_of(table, "captured the hamlet of Ivanivka"))
    assert pd.isna(_date_of(table, "repelled 12 attacks"))


def test_the_basis_names_the_lead_in():
    table = _claims(ROUNDUP)
    row = table[table["text"].str.contains("destroyed a fuel depot", regex=False)].iloc[0]
    assert row["date_basis"].startswith("the list's lead-in") and "Thursday" in row["date_basis"]
