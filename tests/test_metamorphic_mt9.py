"""mt9 (round 20): heldout10's shapes as metamorphic transformations (``tests/metamorphic.py``: ``timeline``,
``stamp_shapes``, ``mt_translation``, ``same_day``, ``reader_qa``) and the mechanisms they exposed. Sentences
invented."""

import sys
from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import corpus

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metamorphic as M  # noqa: E402
from test_metamorphic_mt7 import _load_one  # noqa: E402  (one article through corpus.load, no manifest date)

HEAD = "Frontline town braces for winter\n\n"  # (the manifest's title of ``_load_one``)


BODY = "\n\nThe harbour master said on Tuesday that the ferry would sail again.\n"


@pytest.mark.parametrize("stamp, day", [
    ("18:30 JST, February 11, 2025", "2025-02-11"),  # the time (and its zone) before a month-name date, no label
    ("07:15 CET, 3 June 2024", "2024-06-03"),
    ("Posted 13 March 2024, 19:05 GMT | Broadcast Wednesday, 18:00", "2024-03-13"),  # a broadcast slot after a bar
    ("22.09.2023 12:37 | Society, Region | Views: 2 114", "2023-09-22"),  # a section and a view count after bars
    ("First published on Sunday 3 March 2024", "2024-03-03"),
    ("First published: 14 November 2023", "2023-11-14"),
    ("NWA | Updated: 17 Aug 2023, 10:45 AM IST", "2023-08-17"),
    ("March 22, 2023, 5:00 a.m. ET", "2023-03-22"),
    ("19/05/2022 - 08:12 CET", "2022-05-19"),
])
def test_a_stamp_of_heldout10s_shapes_dates_the_article(tmp_path, stamp, day):
    row = _load_one(tmp_path, HEAD + stamp + BODY)
    assert str(row["published"].date()) == day and row["published_basis"] == "header line"
    assert "harbour master said on Tuesday" in row["text"]


@pytest.mark.parametrize("line", [
    "18:30 JST, February 11, 2025 was the hour the ferry left.",  # words after the date: a sentence
    # a sentence after the bar: the page-stamp reader (dt32) reads furniture of short parts only
    "Posted 13 March 2024, 19:05 GMT | the harbour master said that the ships had left before dawn",
])
def test_a_line_that_only_starts_like_a_stamp_is_no_stamp(tmp_path, line):
    row = _load_one(tmp_path, HEAD + line + BODY)
    assert pd.isna(row["published"])


# --- a timeline's entry stamp dates its entry ------------------------------------------------------------------------

def _dated(text: str, published: str = "2024-12-30") -> tuple[list, list]:
    from saidvsdone import claims, quotes

    doc = corpus.from_text(text, published=published)
    found = quotes.extract(doc)
    said = claims.find(doc, found)
    day = lambda v: None if pd.isna(v) else str(v.date())  # noqa: E731
    return [day(v) for v in found["statement_date"]], [day(v) for v in said["statement_date"]]


@pytest.mark.parametrize("stamp, day", [("Feb. 17 — ", "2024-02-17"), ("17 February — ", "2024-02-17"),
                                        ("March 3 – ", "2024-03-03"), ("Sept. 9: ", "2024-09-09")])
def test_a_timelines_entry_stamp_dates_the_statements_of_its_entry(stamp, day):
    text = ("The year on the front\n\n" + stamp + "The army chief said Russian troops had captured two villages. "
            "“We had no choice,” he said.\n\nThe storms eased in the spring, and the river rose.")
    said_quotes, said_claims = _dated(text)
    assert said_quotes == [day] and said_claims == [day]


def test_an_entry_stamps_year_is_the_latest_before_the_page():
    text = "Winter review\n\nDec. 28 — The army chief said Russian troops had captured two villages."
    assert _dated(text, published="2025-01-06")[1] == ["2024-12-28"]


@pytest.mark.parametrize("opening", ["Feb 17 (Wire) - ", "KYIV, Feb. 17 — ", "Feb. 17 — 2024 was "])
def test_a_wire_dateline_or_a_date_inside_a_sentence_is_no_entry_stamp(opening):
    text = "Port news\n\n" + opening + "The army chief said Russian troops had captured two villages."
    assert _dated(text)[1] != ["2024-02-17"]


# --- the transformations themselves (deterministic, gold carried exactly) --------------------------------------------

def _ctx_with_rows(text: str, rows: list[tuple[str, str]], published: str) -> M.Ctx:
    """A context whose gold rows are claims at the given words with the given days."""
    ctx = M.Ctx(title=text.split("\n", 1)[0], published=published)
    for words, day in rows:
        s = text.index(words)
        ctx.rows.append(("claims", s, s + len(words), ("claims", len(ctx.rows)), {"date": day}))
    return ctx


def test_timeline_stamps_each_one_day_paragraph_and_heads_the_month():
    text = ("Title\n\nThe ministry said on Monday that the bridge was shut.\n\n"
            "The mayor said on Thursday that the ferry was back.")
    ctx = _ctx_with_rows(text, [("The ministry said on Monday that the bridge was shut.", "2024-03-04"),
                                ("The mayor said on Thursday that the ferry was back.", "2024-03-07")], "2024-03-08")
    new, _ = M.apply_edits(text, M.timeline(text, ctx))
    assert new.count("MARCH") == 1 and " on Monday" not in new and " on Thursday" not in new
    assert ("March 4 — The ministry said that" in new) != ("4 March — The ministry said that" in new)


def test_same_day_carries_the_day_by_an_anaphoric_lead_only_after_a_paragraph_of_that_day():
    text = ("Title\n\nThe ministry said on Monday that the bridge was shut.\n\n"
            "The mayor said on Monday that the ferry was back.\n\nThe governor said on Monday that the road froze.")
    ctx = _ctx_with_rows(text, [("The ministry said on Monday that the bridge was shut.", "2024-03-04"),
                                ("The mayor said on Monday that the ferry was back.", "2024-03-04"),
                                ("The governor said on Monday that the road froze.", "2024-03-06")], "2024-03-08")
    new, _ = M.apply_edits(text, M.same_day(text, ctx))
    assert "The ministry said on Monday that" in new  # (the first keeps its day)
    assert any(f"{lead}the mayor said that the ferry" in new for lead in M._SAME_DAY)
    assert "The governor said on Monday" in new  # (another day: left as printed)


def test_mt_translation_turns_a_bodys_statement_passive_and_other_verbs_translated():
    text = ("Title\n\nThe Regional Military Administration said on Monday that the bridge was shut.\n\n"
            "Oleh Marchuk said that the ferry was back.")
    new, _ = M.apply_edits(text, M.mt_translation(text, M.Ctx(title="Title")))
    assert "It was reported on Monday by the Regional Military Administration that the bridge" in new
    assert " said " not in new and any(f"Marchuk {v} that" in new for v in M._MT_THAT)


def test_reader_qa_puts_a_readers_question_before_an_answer_paragraph():
    text = "Title\n\nThe ministry said the bridge was shut.\n\nThe ferry ran late.\n\nThe mayor said it was back."
    new, _ = M.apply_edits(text, M.reader_qa(text, M.Ctx(title="Title")))
    assert new.count("\n\nQ: ") >= 1 and new.count("\n\nA: ") == new.count("\n\nQ: ")
    assert "“" not in new and "said" not in "".join(q for q in M.READER_QUESTIONS)


def test_stamp_shapes_empties_the_manifest_date_and_prints_a_stamp_read_back_as_the_day(tmp_path):
    import datetime as dt

    for k in range(7):
        stamp = M._stamp_h10(dt.date(2024, 3, 13), k)
        row = _load_one(tmp_path, HEAD + stamp + BODY)
        assert str(row["published"].date()) == "2024-03-13", stamp
    ctx = M.Ctx(title="Title", published="2024-03-13")
    assert M.stamp_shapes("Title\n\nThe mayor said the water was back.", ctx) and ctx.unpublished


@pytest.mark.parametrize("lead", ["Dec. 14 — ", "THURSDAY — "])
def test_the_same_speaker_going_on_after_a_stamped_paragraph_keeps_its_day(lead):
    text = ("Review\n\n" + lead + "Taras Hnatchuk said Russian troops had captured two villages.\n\n"
            "‘We are holding the line,’ Hnatchuk said.\n\nThe ministry said that its forces had taken a town.")
    said_quotes, said_claims = _dated(text)
    day = "2024-12-14" if lead.startswith("Dec") else "2024-12-26"
    assert said_quotes == [day] and said_claims[0] == day
    assert said_claims[-1] is None  # (another voice in the next item: no longer that day)
