"""Statement dates, round 20 (dt31): one dating of a statement for quotes and claims alike.

The read-time days dt30 gave claims only (``claims/_dating.py``) now live in the speech layer
(``speech/_dates.py``: ``recurring_publication``, ``spokesperson_day``, ``list_lead_day``), and the quotes stage reads
them as the claims stage does, so a quote and a claim of one sentence take one day (devset README §3.5 and its
Clarifications, "Dating by the same event"):

- an item of a list whose lead-in names the day ("Here is what was said on Friday:") was said that day;
- a sentence opening on "Its spokesman" after its institution's dated statement speaks on that occasion;
- "In daily statements, …" is habitual (no one occasion); "in its daily briefing" with no day, paragraphs away from the
  speaker's dated statement, is one of its briefings, not that occasion.

And the passage of a dated gathering carries its day to its participants:

- "X took part in a meeting … on Monday" opens the meeting's passage as "X chaired a meeting" does;
- a plan's day ("are due to vote on Thursday") and the sitting named again ("The debate came …") end no passage;
- a turn in a debate ("spoke first") ties its speaker to the sitting;
- a briefing someone gave admits no voice that "told journalists" on its own (nor that voice's next words);
- a fronted phrase dates the words only before a clause of its own ("In the region, where the raid began last
  August, …", "Asked whether they could retake it this year, …").

Every sentence here is invented."""

from __future__ import annotations

import pandas as pd

from saidvsdone import claims, corpus, quotes

PUBLISHED = "2024-03-08"  # (a Friday)


def _rows(text: str, published: str = PUBLISHED) -> tuple[pd.DataFrame, pd.DataFrame]:
    articles = corpus.from_text(text, published=published)
    return quotes.extract(articles), claims.find(articles)


def _day(frame: pd.DataFrame, column: str, words: str):
    rows = frame[frame[column].str.contains(words, regex=False)]
    assert len(rows) >= 1, (words, frame[[column, "statement_date", "date_basis"]].to_string())
    return rows.iloc[0]["statement_date"]


ROUNDUP = """Both sides claim gains on the southern front

These are the main statements on the war on Thursday:

• The Kremlin said: “There will be no pause in the operation,” adding that its troops had taken a hamlet near the river.
• Ukraine's navy said its drones had destroyed two patrol boats off the cape. “We sank a landing craft too,” it said.
"""


def test_list_item_quote_and_claim_take_the_lead_in_day():
    q, c = _rows(ROUNDUP)
    thursday = pd.Timestamp("2024-03-07")
    assert _day(q, "text", "no pause in the operation") == thursday
    assert _day(c, "text", "taken a hamlet") == thursday
    assert _day(q, "text", "sank a landing craft") == thursday
    assert _day(c, "text", "destroyed two patrol boats") == thursday


SPOKESPERSON = """Brigade says it left a village in the east

The 61st brigade said on Wednesday that its units had withdrawn from the village of Ozerne to new lines.

Its spokesman, Taras Hlib, told national television that the withdrawal had been completed in good order. Its spokeswoman, Iryna Sad, told a radio station: “We left to save the men, not the ruins.”
"""


def test_its_spokesperson_quote_and_claim_take_the_institution_day():  # (quotes: dt30's claims-only rule, moved)
    q, c = _rows(SPOKESPERSON)
    wednesday = pd.Timestamp("2024-03-06")
    assert _day(q, "text", "save the men") == wednesday
    assert _day(c, "text", "completed in good order") == wednesday


DAILY = """Ministry counts drones again

The defence ministry in Moscow said on Tuesday that air defences had destroyed 30 drones over the border regions.

The fighting around the reservoir went on through the week, with shelling reported in four villages.

Farmers in the area said the harvest would be late this year.

In daily statements since then, the ministry has said: “The enemy is losing dozens of drones,” and claimed that 200 more had been downed.
"""


def test_daily_statements_are_habitual_for_quote_and_claim():
    q, c = _rows(DAILY)
    assert pd.isna(_day(q, "text", "losing dozens of drones"))
    assert pd.isna(_day(c, "text", "200 more had been downed"))


BOARD = """Defence board sums up the year

The president took part in an enlarged meeting of the defence board in Moscow on Tuesday.

The minister of defence, Oleg Varenko, told the meeting that troops had advanced on every sector of the front.

The chief of the general staff, Ivan Dorov, said the enemy had lost a third of its armour since the spring.
"""


def test_took_part_in_a_dated_meeting_dates_its_participants():
    _, c = _rows(BOARD)
    tuesday = pd.Timestamp("2024-03-05")
    assert _day(c, "text", "advanced on every sector") == tuesday
    assert _day(c, "text", "a third of its armour") == tuesday


DEBATE = """Deputies back a drone fund

Kyiv's foreign minister, Petro Lysak, told the European Parliament on Wednesday that Russian troops had massed near the border.

The debate came a day after the budget vote. Deputies are due to vote on Friday on a resolution backing the fund.

Anna Varga, a Hungarian member of the centre-right group, spoke first for the groups. She said the fund should buy air defence first.

“Every month of delay costs towns,” she said.
"""


def test_a_plan_and_the_debate_named_again_keep_the_sitting_passage():
    q, c = _rows(DEBATE)
    wednesday = pd.Timestamp("2024-03-06")
    assert _day(c, "text", "should buy air defence") == wednesday
    assert _day(q, "text", "Every month of delay") == wednesday


BRIEFING = """Ministry: village taken

The defence ministry in Moscow said in its daily briefing on Tuesday that its troops had taken the village of Lozove.

Kremlin spokesman Ilya Baranov told journalists that the offensive would go on until its aims were met.

Baranov also said that Russian forces had pushed the enemy back from the river.
"""


def test_a_voice_with_its_own_press_after_a_briefing_is_no_participant():
    _, c = _rows(BRIEFING)
    assert _day(c, "text", "taken the village of Lozove") == pd.Timestamp("2024-03-05")
    assert pd.isna(_day(c, "text", "until its aims were met"))
    assert pd.isna(_day(c, "text", "pushed the enemy back"))


FRONTED = """Commander: the line holds

The army chief, Col. Gen. Roman Tkach, said on Monday that the line near the river was holding.

In the border region, where the raid began last August, Ukrainian troops still hold some 400 square kilometres, he said.

Asked whether the army could retake the town this year, Tkach said his forces had to rebuild their reserves first.
"""


def test_a_fronted_clause_of_its_own_is_no_earlier_occasion():
    _, c = _rows(FRONTED)
    monday = pd.Timestamp("2024-03-04")
    assert _day(c, "text", "still hold some 400") == monday
    assert _day(c, "text", "rebuild their reserves") == monday


LATER_OCCASION = """Commander: the line holds

The army chief, Col. Gen. Roman Tkach, said on Monday that the line near the river was holding.

In an interview last week, Tkach said the army had lost two villages near the river.
"""


def test_a_fronted_occasion_of_its_own_still_places_the_words_earlier():
    _, c = _rows(LATER_OCCASION)
    assert pd.isna(_day(c, "text", "lost two villages"))


CONTINUED = """Intelligence update

Published 8 March 2024

The defence secretary today announced a new aid package as the ministry published its latest intelligence assessment of the war.

The assessment by Defence Intelligence estimates that Russia has suffered more than 400,000 casualties since the invasion began.

It also finds that Russian forces gained about 200 square kilometres of territory in February, less than in January.
"""


def test_a_month_in_what_is_reported_does_not_stop_the_statement_going_on():
    _, c = _rows(CONTINUED)
    today = pd.Timestamp(PUBLISHED)
    assert _day(c, "text", "400,000 casualties") == today
    assert _day(c, "text", "gained about 200 square") == today
