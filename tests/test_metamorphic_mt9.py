"""mt9 (round 20): heldout10's shapes as metamorphic transformations (``tests/metamorphic.py``: ``timeline``,
``stamp_shapes``, ``mt_translation``, ``same_day``, ``reader_qa``) and the mechanisms they exposed. Sentences
invented."""

import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import corpus

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metamorphic as M  # noqa: E402


def _load_one(tmp_path, text: str) -> pd.Series:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,title,published\na.txt,Ferry service resumes on the river,\n",
                                           encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return corpus.load(tmp_path, manifest=tmp_path / "articles.csv").iloc[0]


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
    row = _load_one(tmp_path, "Ferry service resumes on the river\n\n" + stamp + BODY)
    assert str(row["published"].date()) == day and row["published_basis"] == "header line"
    assert "harbour master said on Tuesday" in row["text"]


@pytest.mark.parametrize("line", [
    "18:30 JST, February 11, 2025 was the hour the ferry left.",  # words after the date: a sentence
    "Posted 13 March 2024, 19:05 GMT | Broadcast Wednesday, 18:00 | Replay | Podcast | Archive",  # too many bars
])
def test_a_line_that_only_starts_like_a_stamp_is_no_stamp(tmp_path, line):
    row = _load_one(tmp_path, "Ferry service resumes on the river\n\n" + line + BODY)
    assert pd.isna(row["published"])
