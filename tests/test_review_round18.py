"""The lead's last read of round 18's change: a fast test kept in step with its table, one helper for one job."""

from __future__ import annotations

import pytest

from saidvsdone import archive, corpus, quotes, vocab
from saidvsdone.speech._occasions import press_review_words


@pytest.mark.parametrize("papers", ["newspapers", "broadsheets", "weeklies"])
def test_every_press_review_noun_of_the_table_dates_the_papers_words(papers):
    # the cheap test before the papers' day read a hand-written word list that lacked "broadsheets" and "weeklies"
    text = (f"What the papers say\n\nPolish {papers} on Tuesday lead on the front. Its columnist, Jan Nowicki, writes "
            "that \"the line is holding\".")
    table = quotes.extract(corpus.from_text(text, published="2024-05-10"))
    assert table["statement_date"].tolist() == [pd_day("2024-05-07")]


def test_the_fast_test_words_come_from_the_table():
    nouns = vocab.speech_words()["press_review_noun"]
    assert {noun.split()[-1].lower() for noun in nouns} == set(press_review_words())


def test_a_folder_and_the_archive_reader_read_the_same_endings():
    assert archive.SUFFIXES is corpus.ARCHIVE_ENDINGS


def pd_day(day: str):
    import pandas as pd
    return pd.Timestamp(day)
