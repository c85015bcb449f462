"""Statement dates, fifth pass (issue 13): sentences of our own."""

from __future__ import annotations

import pytest

from saidvsdone import corpus, document


def _act_days(text: str, published: str) -> dict:
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return {doc.text[a.speaker.start:a.speaker.end]: (None if a.date is None else str(a.date.date()))
            for a in doc.speech.acts}


@pytest.mark.parametrize("sentence, expected", [
    # rule: "in its <day> [part of day] <occasion>" after the verb: the day heads the occasion of the words
    ("The border guard service said in its Sunday morning summary that two ferries had been stopped.", "2024-03-10"),
    ("The border guard service said in its Saturday evening update that the strait was closed.", "2024-03-09"),
    ("Mykola Tsybulsky said in his Friday night video address that the port was calm.", "2024-03-08"),
    # the day of something else named after the verb dates nothing
    ("The border guard service said in its summary that the Sunday morning ferry had been stopped.", None),
])
def test_a_day_heading_the_occasion_after_the_verb_dates_the_words(sentence, expected):
    assert list(_act_days(sentence, "2024-03-13").values())[0] == expected
