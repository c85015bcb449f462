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


def _all_dated(text: str, day: str, *words: str) -> bool:
    """Whether each claim of ``text`` holding one of ``words`` is dated ``day``."""
    table = _claims(text)
    return all(_date_of(table, w) == pd.Timestamp(day) for w in words)


def test_a_bullet_under_a_dated_lead_in_takes_its_day():
    assert _all_dated(ROUNDUP, "2024-03-07", "captured the hamlet of Ivanivka", "destroyed a fuel depot")


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


# A recurring publication named with no day ("in its daily briefing", "in his nightly address") is one of many
# occasions: words said there do not take the day of the same speaker's dated statement in another paragraph (§3.5:
# "Otherwise null"); in the paragraph of that statement they go on with it. Many of them ("In daily statements over the
# past fortnight, it has said …") are no one occasion at all (habitual, like "has repeatedly said").

BRIEFINGS = """Russia says it repelled attacks in the south

Russia's defence ministry said on Wednesday that its troops had repelled four Ukrainian attacks near Robotyne.

Ukraine's General Staff said its forces had advanced 500 metres south of the village.

The ministry said in its daily briefing that its air defences had shot down nine rockets over the Zaporizhzhia region.

In daily statements over the past fortnight, the ministry has said that its forces captured three villages near Kupiansk.
"""

SAME_PARAGRAPH = """Russia's defence ministry said on Wednesday that its troops had repelled four Ukrainian attacks near Robotyne. \
In its daily briefing, the ministry also said its air defences had shot down nine rockets over the Zaporizhzhia region.
"""


def test_a_daily_briefing_with_no_day_is_not_another_statement_day():
    table = _claims(BRIEFINGS)
    assert _date_of(table, "repelled four Ukrainian attacks") == pd.Timestamp("2024-03-06")
    row = table[table["text"].str.contains("shot down nine rockets", regex=False)].iloc[0]
    assert pd.isna(row["statement_date"]) and "daily briefing" in row["date_basis"]


def test_many_daily_statements_are_habitual():
    table = _claims(BRIEFINGS)
    row = table[table["text"].str.contains("captured three villages", regex=False)].iloc[0]
    assert pd.isna(row["statement_date"]) and row["date_basis"].startswith("habitual")


def test_a_daily_briefing_in_the_dated_paragraph_goes_on_with_it():
    table = _claims(SAME_PARAGRAPH)
    assert _date_of(table, "shot down nine rockets") == pd.Timestamp("2024-03-06")


NEXT_PARAGRAPH = """Russia's defence ministry said on Wednesday that its troops had repelled four Ukrainian attacks near Robotyne.

Its air defences had shot down nine rockets over the Zaporizhzhia region, the ministry said in its daily briefing.
"""


def test_a_daily_briefing_right_after_the_dated_lede_tells_it_on():
    table = _claims(NEXT_PARAGRAPH)
    assert _date_of(table, "shot down nine rockets") == pd.Timestamp("2024-03-06")


# "Its spokesman, X, told …" opening the paragraph after the institution's dated statement: the spokesperson tells on
# the institution's statement (Clarifications, "same event"), unless the sentence names a time of its own or another
# day is named in between; the spokesperson's next undated words go on with it.

SPOKESMAN = """The Dnipro group of forces said on Wednesday that its units had pulled back from the centre of the village.

Its spokesman, Petro Lysiuk, told national television that the withdrawal had been completed in good order.

Lysiuk denied that any Ukrainian company had been surrounded near the village.
"""

SPOKESMAN_LATER = """The Dnipro group of forces said on Wednesday that its units had pulled back from the centre of the village.

Its spokesman, Petro Lysiuk, told national television last month that Russian troops had lost 900 men near the village.
"""


def test_its_spokesman_after_the_dated_institution_takes_its_day():
    assert _all_dated(SPOKESMAN, "2024-03-06", "withdrawal had been completed", "had been surrounded")


def test_its_spokesman_on_an_occasion_of_his_own_keeps_it():
    table = _claims(SPOKESMAN_LATER)
    assert pd.isna(_date_of(table, "had lost 900 men"))
