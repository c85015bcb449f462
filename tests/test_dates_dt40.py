"""Statement dates, round 28 (dt40): families of same-day copy whose words lost the day the article gives them.

- A spokesperson going on after the institution's dated statement takes its day even when the copy later looks back
  at an undated earlier statement of theirs ("Last month, the spokesman said …"): that look-back is no dated
  statement of their own (it used to cut the spokesperson off the institution's day).
- An occasion dated in the sentence right after the words ("…, she said in her weekly address. The address was
  filmed late on Friday."): the ``recorded_occasion`` words of data/speech_words.csv (address, briefing,
  speech …), not only "interview".
- A fronted day ("Last Saturday, X said …") is not voided by a relative clause closing the sentence before it
  (", which makes it easier to defend.").
- AP style with an occasion of a ``statement_noun`` and no "on": "said in a weekly summary Saturday that …".

Every sentence here is invented."""

from __future__ import annotations

from functools import partial

import pandas as pd

from test_dates_dt31 import _day, _rows as _rows_on

# -- a spokesperson after the institution's dated statement, with a look-back of their own further down ------------

KREMLIN = """Moscow vows to keep up pressure in the south

The Kremlin said on Wednesday that its army would keep pushing along the river, two days after a raid on an airbase \
near the coast.

Dmitry Peskov, the Kremlin's spokesman, told journalists on a conference call that the units were "taking one \
village after another" and that the raid would "change no plans".

He also said the aims of the campaign "remain as they were".

The raid followed a fortnight of drone attacks. Last month, Mr Peskov said Russia would answer any such \
attack "in kind".
"""
_kremlin = partial(_rows_on, published="2024-11-20")
WEDNESDAY = pd.Timestamp("2024-11-20")


def test_spokesperson_keeps_the_institutions_day_past_an_undated_look_back():
    q, c = _kremlin(KREMLIN)
    assert _day(c, "text", "the Kremlin's spokesman, told journalists") == WEDNESDAY
    assert _day(q, "text", "taking one village after another") == WEDNESDAY
    assert _day(c, "text", "He also said the aims") == WEDNESDAY
    assert pd.isna(_day(q, "text", "in kind"))  # (the look-back itself keeps no day)


def test_spokesperson_with_a_dated_statement_of_their_own_keeps_it():
    q, _ = _kremlin(KREMLIN.replace("Last month, Mr Peskov said", "On Monday, Mr Peskov said"))
    assert _day(q, "text", "in kind") == pd.Timestamp("2024-11-18")


# -- an occasion dated in the sentence after the words -------------------------------------------------------------

ADDRESS = """Kyiv hails long-range raid on airfield

Ukraine's navy said in a statement on Tuesday that the raid had wrecked four bombers on the ground.

"Every partner who helped us deserves thanks. The systems hit what they aimed at," President Volodymyr Zelensky \
said in his evening video address, adding that more launchers were on their way. The address was filmed on \
Tuesday night.

Mr Zelensky said the raid would force Russian pilots to "look over their shoulders" at every base in range.
"""
_address = partial(_rows_on, published="2023-10-19")
TUESDAY = pd.Timestamp("2023-10-17")


def test_address_dated_in_the_next_sentence_dates_the_words_before_and_after():
    q, c = _address(ADDRESS)
    assert _day(q, "text", "Every partner who helped") == TUESDAY
    assert _day(q, "text", "look over their shoulders") == TUESDAY
    assert _day(c, "text", "Mr Zelensky said the raid") == TUESDAY


def test_speech_delivered_on_a_day_dates_its_speaker():
    text = ADDRESS.replace("in his evening video address", "in a speech").replace(
        "The address was filmed on Tuesday night.", "The speech was delivered on Tuesday night.")
    q, _ = _address(text)
    assert _day(q, "text", "Every partner who helped") == TUESDAY
    assert _day(q, "text", "look over their shoulders") == TUESDAY


def test_briefing_held_on_a_day_dates_its_speaker():
    # (a gathering dated after its words: read before dt40 too, kept)
    text = ADDRESS.replace("in his evening video address", "at a briefing").replace(
        "The address was filmed on Tuesday night.", "The briefing was held on Tuesday night.")
    q, _ = _address(text)
    assert _day(q, "text", "Every partner who helped") == TUESDAY


def test_without_the_dating_sentence_the_address_has_no_day():
    q, c = _address(ADDRESS.replace(" The address was filmed on Tuesday night.", ""))
    assert pd.isna(_day(q, "text", "Every partner who helped"))
    assert pd.isna(_day(c, "text", "Mr Zelensky said the raid"))


# -- a fronted day after a paragraph that closed on a relative clause ----------------------------------------------

FRONTED = """Defenders hold the refinery

Troops may have to withdraw within weeks, according to the Institute for the Study of War. The think tank noted \
that the town stands on high ground, which makes it easier to defend.

Last Saturday, after the last units left the neighbouring town, governor Ivan Petrenko said that staying in the \
ruined positions "made no sense".
"""


def test_fronted_day_after_a_relative_clause_of_the_paragraph_before():
    q, _ = _rows_on(FRONTED, published="2022-07-01")  # a Friday: "Last Saturday" is June 25
    assert _day(q, "text", "made no sense") == pd.Timestamp("2022-06-25")


def test_relative_clause_of_the_subject_still_dates_its_own_doing():
    # ("Petrenko, who returned from the front on Saturday, said …": the day of his return, not of the words)
    text = FRONTED.replace("Last Saturday, after the last units left the neighbouring town, governor Ivan Petrenko said",
                           "Governor Ivan Petrenko, who returned from the front on Saturday, said")
    q, _ = _rows_on(text, published="2022-07-01")
    assert pd.isna(_day(q, "text", "made no sense"))


# -- AP style: an occasion of a statement noun, then the bare weekday ----------------------------------------------

WEEKLY = """The week in Ukraine

KYIV (Wire) — Russia's Defense Ministry said Friday that its forces had taken control of five villages during the week.

Ukraine's navy said in a weekly summary Saturday that Russian ships had fired 90 cruise missiles at the coast over seven days.
"""


def test_bare_weekday_after_a_periodic_summary_dates_the_words():
    _, c = _rows_on(WEEKLY, published="2025-11-15")
    assert _day(c, "text", "in a weekly summary Saturday") == pd.Timestamp("2025-11-15")
    assert _day(c, "text", "said Friday that its forces") == pd.Timestamp("2025-11-14")


def test_bare_weekday_of_an_event_after_a_finite_verb_is_not_the_statements():
    # "said Russian ships had fired 90 cruise missiles in a salvo Saturday": the salvo's day, not the summary's
    text = WEEKLY.replace("said in a weekly summary Saturday that Russian ships had fired 90 cruise missiles at the "
                          "coast over seven days", "said Russian ships had fired 90 cruise missiles in a salvo Saturday")
    _, c = _rows_on(text, published="2025-11-15")
    assert _day(c, "text", "in a salvo Saturday") != pd.Timestamp("2025-11-15")


# -- a day counted from a dated occasion: "The address came a day after X said", "three days after A, B, told" -------

CAME = """Zelensky says assault groups thrown back

In his evening address on Sunday, President Volodymyr Zelensky said Russian assault groups had been thrown back \
from three hamlets along the river after two days of fighting.

He said Ukrainian marines had dug in on the far bank.

"The enemy is paying for every metre," the president said.

The address came a day after Zelensky announced that Ukrainian units had shot down a Russian fighter jet over \
the river.
"""
SUNDAY = pd.Timestamp("2025-01-12")


def test_occasion_came_a_day_after_counts_from_the_statement_told_above():
    _, c = _rows_on(CAME, published="2025-01-13")
    assert _day(c, "text", "The address came a day after") == SUNDAY - pd.Timedelta(days=1)


def test_a_new_time_cue_between_ends_the_statement_told():
    # ("Last week, he said …" between: the address is no longer the statement just told)
    text = CAME.replace("He said Ukrainian marines", "Last week, he said Ukrainian marines")
    _, c = _rows_on(text, published="2025-01-13")
    assert _day(c, "text", "The address came a day after") != SUNDAY - pd.Timedelta(days=1)


DENIAL = """Kyiv rejects Moscow's claim

Ukraine's general staff on Tuesday once more rejected reports that its units had been pushed back across the \
river, two days after Russia's chief of the general staff, Valery Gerasimov, told President Vladimir Putin that \
Russian troops had "fully retaken" the bank.
"""


def test_days_after_a_subject_with_its_apposition():
    q, c = _rows_on(DENIAL, published="2025-04-29")
    assert _day(q, "text", "fully retaken") == pd.Timestamp("2025-04-27")
    rows = c[c["speaker"] == "Valery Gerasimov"]
    assert len(rows) and rows.iloc[0]["statement_date"] == pd.Timestamp("2025-04-27")


def test_days_after_an_event_clause_is_no_count_for_the_main_verb():
    # "Two days after the strike, the governor said on Tuesday …": one comma, no apposition: Tuesday
    text = "Governor speaks\n\nTwo days after the strike, the governor of the region, Ivan Petrenko, said on Tuesday " \
           "that the town had \"nothing left to lose\".\n"
    q, _ = _rows_on(text, published="2025-04-29")
    assert _day(q, "text", "nothing left to lose") == pd.Timestamp("2025-04-29")


# -- "shortly after the vote", the vote told by a back-reference in the paragraph of its day ------------------------

VOTE = """Ukraine welcomes aid vote

Lawmakers on Saturday passed a stalled loan bill for Kyiv by a wide margin. The vote ended half a year of pleas \
from generals that their batteries were running dry.

Defence Minister Ivan Petrenko said in a statement shortly after the vote that the new shells would let gunners \
"hold the front" and keep Russian units from pushing forward.
"""


def test_shortly_after_the_vote_told_by_a_back_reference():
    q, _ = _rows_on(VOTE, published="2024-04-21")
    assert _day(q, "text", "hold the front") == pd.Timestamp("2024-04-20")


def test_a_day_named_after_the_back_reference_is_not_taken():
    text = VOTE.replace("running dry.", "running dry. On Sunday the senate was still arguing over it.")
    q, _ = _rows_on(text, published="2024-04-21")
    assert pd.isna(_day(q, "text", "hold the front"))


# -- an institution that issued a summary (any statement_noun) on a day: its next undated words --------------------

SUMMARY = """Ministry sums up the week

The Russian Defence Ministry published its weekly summary on Sunday.

The ministry said its forces had taken five villages and that Ukraine had lost about 1,500 troops.
"""


def test_published_summary_dates_the_makers_next_words():
    _, c = _rows_on(SUMMARY, published="2025-11-03")
    assert _day(c, "text", "The ministry said its forces") == pd.Timestamp("2025-11-02")


def test_published_map_is_no_statement():
    # ("published a map": no statement noun, the words keep no day)
    _, c = _rows_on(SUMMARY.replace("its weekly summary", "a new map"), published="2025-11-03")
    assert pd.isna(_day(c, "text", "The ministry said its forces"))
