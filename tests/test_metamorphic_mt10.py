"""mt10 (round 21): the everyday variation of real news copy as metamorphic transformations (``tests/metamorphic.py``:
``present_says``, ``day_occasion``, ``para_split``, ``para_merge``, ``background``, ``unverified``) and the mechanisms
they exposed: a sentence-opening "Neither"/"Either" is nobody a later "he" can mean, and a background paragraph (sides
and places in a time before the story's, nobody speaking) neither ends a dated meeting's passage nor counts in its
reach. Sentences invented."""

import sys
from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import claims, corpus, quotes

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metamorphic as M  # noqa: E402


def _found(text: str, published: str = "2025-03-06") -> tuple[pd.DataFrame, pd.DataFrame]:
    doc = corpus.from_text(text, published=published)
    said = quotes.extract(doc)
    return said, claims.find(doc, said)


def _day(value) -> str | None:
    return None if pd.isna(value) else str(pd.Timestamp(value).date())


# --- the transformations ---------------------------------------------------------------------------------------------

def _apply(step, text: str, rows: list | None = None, title: str = "") -> str:
    ctx = M.Ctx(title=title)
    ctx.rows = rows or []
    return M.apply_edits(text, step(text, ctx))[0]


def test_present_says_changes_undated_attributions_only():
    text = ("The mayor said that the bridge held. The governor said on Tuesday that the shelling went on.\n\n"
            "“We stay,” Hrytsenko said.\n")
    out = _apply(M.present_says, text)
    assert "The mayor says that the bridge held." in out
    assert "The governor said on Tuesday" in out  # a time cue in the sentence: the past stays
    assert "“We stay,” Hrytsenko says." in out


def test_present_says_leaves_a_sentence_with_a_dated_row():
    text = "Hrytsenko said the harbour was quiet.\n"
    rows = [("claims", 0, len(text) - 1, ("claims", 0), {"date": "2025-03-04", "speaker": "Ivan Hrytsenko"})]
    assert _apply(M.present_says, text, rows) == text


@pytest.mark.parametrize("said, occasion", [("said on Tuesday", "on Tuesday"), ("said on Friday evening", "Friday evening")])
def test_day_occasion_keeps_the_weekday(said, occasion):
    text = f"The regional governor {said} that two villages were shelled.\n"
    out = _apply(M.day_occasion, text)
    assert out != text and occasion.split()[-1] in out and "that two villages were shelled" in out
    assert any(word in out for word in ("statement", "briefing", "address", "remarks", "conference", "post"))


def test_para_split_cuts_between_sentences_outside_quotes_and_rows():
    text = ("Head line\n\nThe mayor said the bridge held. Crews worked all night. Gen. Vasko agreed with him.\n\n"
            "“It will hold. We checked,” he said.\n")
    out = _apply(M.para_split, text, title="Head line")
    assert "The mayor said the bridge held.\n\nCrews worked all night. Gen. Vasko agreed with him." in out
    assert "“It will hold. We checked,” he said." in out  # no break inside a quotation


def test_para_split_keeps_a_row_next_to_the_attribution_after_it():
    text = "Head line\n\nThe aim was to tie down “large forces” in the north. As Vasko says, that has worked.\n"
    s = text.index("large")
    rows = [("quotes", s, s + len("large forces"), ("quotes", 0), {"speaker": "Ivan Vasko"})]
    assert _apply(M.para_split, text, rows, title="Head line") == text


def test_para_merge_joins_closed_paragraphs_and_not_an_open_quotation():
    text = ("Head line\n\nThe mayor said the bridge held after the night's shelling.\n\n"
            "Crews worked through the night to clear the road to the station.\n\n"
            "“We will rebuild what was lost this winter.\n\n"
            "“And we will stay,” he said after the meeting in the town hall.\n")
    out = _apply(M.para_merge, text, title="Head line")
    assert "shelling. Crews worked" in out
    assert "this winter.\n\n“And we will stay" in out


def test_background_and_unverified_lines_are_no_claims():
    text = ("Army reports gains\n\nThe Ukrainian army said on Monday that its troops had pushed Russian forces back "
            "near Lysivka. The claims could not be independently verified.\n\n"
            "Russia launched its full-scale invasion of Ukraine in February 2022.\n")
    _said, found = _found(text)
    assert found["text"].str.startswith("The Ukrainian army said").any()
    assert not found["text"].str.contains("verified|invasion").any()


# --- "Neither side's …" is nobody a later "he" means ----------------------------------------------------------------

@pytest.mark.parametrize("opening", ["Neither side's battlefield reports can be independently verified.",
                                     "Either army's figures may be inflated, observers say."])
def test_a_determiner_opening_a_sentence_is_no_antecedent(opening):
    text = (f"General Petro Marchenko said on Monday that his troops had held the line near Lysivka. {opening}\n\n"
            "“We are holding our positions,” he said.\n")
    said, _ = _found(text)
    assert list(said["speaker"]) == ["Petro Marchenko"]


# --- a background paragraph between a dated meeting and its next speaker ---------------------------------------------

MEETING = ("Speaking at a meeting of defence officials in Vologda on Tuesday, Russian President Vladimir Putin said his "
           "troops had taken 300 square kilometres in the Donetsk region this month.\n\n{between}"
           "He said the army would press on with its offensive in the spring.\n\n"
           "Chief of the General Staff Valery Gerasimov reported that Russian troops had captured the village of Lysivka.\n")


@pytest.mark.parametrize("between", [
    "",
    "Russia launched its full-scale invasion of Ukraine in February 2022.\n\n",
    "Kyiv has pressed its allies for more long-range weapons since last autumn.\n\n",
    "Moscow annexed Crimea in 2014 and has occupied parts of four more Ukrainian regions since 2022.\n\n",
])
def test_a_background_paragraph_keeps_the_meetings_passage(between):
    _said, found = _found(MEETING.format(between=between))
    days = {k: _day(v) for k, v in zip(found["speaker"], found["statement_date"])}
    assert days == {"Vladimir Putin": "2025-03-04", "Valery Gerasimov": "2025-03-04"}


def test_a_new_voice_after_background_ends_the_meetings_passage():
    text = ("The Russian Defence Ministry, in its Wednesday briefing, claimed its troops had repelled five attacks near "
            "Lysivka.\n\nUkraine began its counter-offensive in early June, but progress has been slower than its allies "
            "had hoped.\n\nThe Hartwell Institute said in its latest assessment that Ukrainian forces were making slow "
            "gains.\n\nRetired General Anand Mehra told the Courier that the Ukrainian army would reach the next line "
            "only by the autumn.\n")
    _said, found = _found(text, published="2023-08-17")
    days = {k: _day(v) for k, v in zip(found["speaker"], found["statement_date"])}
    assert days.get("Anand Mehra", "absent") is None


@pytest.mark.parametrize("between", [
    # news of its own (no time before the story's): the passage ends as before
    "Ukrainian troops recaptured the village of Novoselivka after heavy fighting.\n\n",
    # a person named: no background paragraph
    "Defence Minister Andrei Belousov has visited the region twice since 2024.\n\n",
])
def test_a_paragraph_of_news_or_a_person_ends_the_passage(between):
    _said, found = _found(MEETING.format(between=between))
    days = {k: _day(v) for k, v in zip(found["speaker"], found["statement_date"])}
    assert days["Valery Gerasimov"] is None
