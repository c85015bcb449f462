"""Odd inputs through every stage (the review of issues 11, 13, 14, 17): no exception, every row's text is
the article's characters at its span, no speaker that is a capitalised non-name. Every text below is
invented for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from saidvsdone import claims, corpus, facts, quotes

ODD = [
    "", "   ", "\n\n\n", "Russia says offensive going to plan", "\"", "“", "”",
    "He said “we will win. The army advanced.", "“We will win,\" Smith said. \"And then", "said " * 200,
    "The deputy minister said.", "“We hold the line,” the deputy minister said.", "The brigade said.",
    "The region's governor said.", "“Three died,” the region's governor said.\n\nThe governor, Ivan Petrenko, said more.",
    "SMITH:\n\nJONES:\n\nQ:\n\nMODERATOR:", "LIEBERMANN: Quote, “”end quote.", "«Мы победим», — заявил Зеленский.",
    "Putin said\x00 “we\x00 win.”\x00", "\x00" * 50, "Putin said on February 30 that the operation was going to plan.",
    "“All goes to plan,” Putin said on February 30, 1600.", "In 1600, Putin said troops had taken 300 square kilometres.",
    "“Here”. As", "“x”. As says, a.", "“x,” de said.", ", citing", "TASS reported, quoting", "Citing, Reuters reported.",
    ", a claim denied.", "Kremlin speaks\n\n", "Kyiv says\n\n", "X said, after Y claimed, that", "the command said.",
    "\nThe conversation took place on February 30.", "was blunt:", "quote:", "Tue 30 February\n\n10:00 Putin said yesterday.",
    "Institute for", "The Institute for the Study of War of the of the", "99999th Brigade said", "October. 2", "May. 1st",
    "Christmas", "tr: “”", "“”‘’«»„“\"'" * 20, "Deputy said. The deputy said. The deputy deputy said.",
    "Putin said:\r\n“We win.”\r\n\r\nHe added it.", "Putin\u200b said “we\u200b win”.",
]


def _article(text: str) -> pd.DataFrame:
    return corpus.from_text(text, article_id="odd", published="2023-05-10")


@pytest.mark.parametrize("text", ODD)
def test_an_odd_text_goes_through_every_stage_and_every_row_points_at_its_characters(text):
    article = _article(text)
    body = article.loc[0, "text"]
    found = quotes.extract(article)
    for row in found.itertuples():
        assert row.article_id == "odd" and body[row.start:row.end] == row.text
    for table in (claims.find(article), claims.find(article, found), claims.find(article, include_quotes=True)):
        for row in table.itertuples():
            assert row.article_id == "odd" and body[row.start:row.end] == row.text
    for row in facts.extract(article).itertuples():
        assert body[row.start:row.end] == row.phrase


@pytest.mark.parametrize("text, speaker", [
    ("Hanna Maliar spoke first. On Independence Day she said troops had advanced near Bakhmut.", "Hanna Maliar"),
    ("Putin spoke in Moscow. On Christmas Eve he said “we are winning”.", "Vladimir Putin"),
    ("Putin spoke in Moscow. Since Memorial Day, he said, troops had advanced near Bakhmut.", "Vladimir Putin"),
])
def test_a_day_named_after_on_or_since_is_nobody_he_or_she_may_stand_for(text, speaker):
    article = _article(text)
    said = set(quotes.extract(article)["speaker"]) | set(claims.find(article)["speaker"])
    assert speaker in said and not any("Day" in s or "Eve" in s for s in said)


def test_a_name_ending_in_day_with_no_time_word_before_it_stays_a_person():
    article = _article("Doris Day said the troops had advanced near Bakhmut. “We hold,” she said.")
    assert set(quotes.extract(article)["speaker"]) == {"Doris Day"}


def test_a_person_of_an_institute_is_the_person_not_the_person_and_half_the_institute():
    article = _article("Ivan Petrenko of the National Institute for Strategic Studies said troops had advanced.")
    assert claims.find(article)["speaker"].tolist() == ["Ivan Petrenko"]
    body = _article("The Centre for Defence Strategies said Russian troops had advanced near Bakhmut.")
    assert claims.find(body)["speaker"].tolist() == ["Centre for Defence Strategies"]


def test_a_lone_surrogate_in_a_string_is_one_replacement_character_not_a_crash():
    article = corpus.from_text("Putin said “\ud800 we win”.", article_id="s", title="t\udc00")
    assert article.loc[0, "text"] == "Putin said “\ufffd we win”." and article.loc[0, "title"] == "t\ufffd"
    assert article.loc[0, "n_chars"] == len(article.loc[0, "text"])
    assert quotes.extract(article)["speaker"].tolist() == ["Vladimir Putin"]
    assert len(corpus.from_records([{"text": "a \ud800 b", "article_id": "r"}])) == 1


@pytest.mark.parametrize("label", ["Correction", "Key takeaways", "Update", "Clarification"])
def test_an_outlets_rubric_before_a_colon_is_nobody_a_pronoun_may_stand_for(label):
    article = _article(f"{label}: “We are advancing,” he said.")
    assert quotes.extract(article)["speaker"].tolist() == [""]
    article = _article(f"Putin spoke in Moscow.\n\n{label}: “We are advancing,” he said.")
    assert quotes.extract(article)["speaker"].tolist() == ["Vladimir Putin"]


def test_one_sentence_of_many_verbs_is_read_in_linear_time():
    """A line with no full stop and a speech verb every 45 characters (a transcript cut badly): each verb's
    subject is looked for near it, not from the sentence's start (this took minutes at 130,000 characters)."""
    import time

    def seconds(n):
        article = _article("The army said it advanced 3 km near Bakhmut, " * n + "“ok,” he said.")
        start = time.process_time()
        claims.find(article, quotes.extract(article))
        return time.process_time() - start

    seconds(50)  # warm-up
    small, large = seconds(300), seconds(1200)
    assert large < 8 * small + 0.5  # four times the text: about four times the time (quadratic gave 16)


@pytest.mark.parametrize("label", ["Editor's note:", "Editor’s Note:"])
def test_a_rubric_label_is_nobody_he_may_stand_for(label):
    """"Editor's note: “…,” he said": the outlet's rubric is no person; "he" is the one named before."""
    article = _article(f"Ivan Petrenko, the governor, spoke on Monday.\n\n{label} “We will hold the line,” he said.")
    assert set(quotes.extract(article)["speaker"]) == {"Ivan Petrenko"}
