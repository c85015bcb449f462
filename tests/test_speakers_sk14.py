"""Who said it, round 8 follow-up (sk14): a body's or a boss's possessive before a person, a role "of" a country
before a name, and the inverted "…,” said the official / said the statement" read as in the normal order.
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus, quotes


def _quotes(text: str):
    return quotes.extract(corpus.from_text(text, published="2024-03-15"))


def speaker_of(text: str, words: str) -> str:
    table = _quotes(text)
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


@pytest.mark.parametrize("text, words, expected", [
    # a body's possessive before a full name: the person speaks, not the body
    ("Nato's Warren Talbridge said on Wednesday: “The alliance will not blink.”", "will not blink", "Warren Talbridge"),
    ("“We are ready for a long winter,” Nato's Ingrid Oskarsen told reporters.", "long winter", "Ingrid Oskarsen"),
    # (also where a role of the tables took the body's name: "The Pentagon's")
    ("The Pentagon's Rosalind Farrow said on Monday: “Jets were scrambled.”", "Jets were", "Rosalind Farrow"),
    # ... but a body's possessive before its own office or unit stays the body's or the office's
    ("Nato's Secretary General said on Wednesday: “The alliance will not blink.”", "will not blink",
     "Jens Stoltenberg"),  # (the table's holder on that day)
])
def test_a_bodys_possessive_before_a_name_is_the_persons(text, words, expected):
    assert speaker_of(text, words) == expected


def test_a_boss_possessive_inside_an_apposition_leaves_the_apposed_person():
    text = "Lukian Drozd, Mr. Verbytskyi's spokesman, said on Tuesday that the peace talks had stalled."
    found = claims.find(corpus.from_text(text, published="2024-03-15"))
    assert found["speaker"].tolist() == ["Lukian Drozd"]
    text = "“The talks have stalled,” Marta Holub, Mrs. Kravets's press secretary, said on Tuesday."
    assert speaker_of(text, "talks have stalled") == "Marta Holub"


@pytest.mark.parametrize("text, words, expected", [
    ("The President of Moldova Ostap Lisovets said on Monday: “The border is calm.”", "border is calm",
     "Ostap Lisovets"),
    ("“The border is calm,” the Prime Minister of Georgia Levan Tsiklauri said on Monday.", "border is calm",
     "Levan Tsiklauri"),
    # (the role alone, with no name after it, stays the role)
    ("The President of Moldova said on Monday: “The border is calm.”", "border is calm", ""),
])
def test_a_name_right_after_a_role_of_a_country_is_the_holder(text, words, expected):
    assert speaker_of(text, words) == expected


def test_the_head_of_state_after_a_role_of_a_country_and_a_name_is_that_person():
    text = ("The President of Moldova Ostap Lisovets said on Monday: “The border is calm.” "
            "The head of state added: “No troops have crossed.”")
    assert speaker_of(text, "No troops") == "Ostap Lisovets"


@pytest.mark.parametrize("inverted, normal", [
    ("A senior NATO official briefed reporters in Brussels on Tuesday. “The winter will be hard for both armies,” "
     "said the official.",
     "A senior NATO official briefed reporters in Brussels on Tuesday. “The winter will be hard for both armies,” "
     "the official said."),
    ("Russia's Defence Ministry issued its daily statement on Monday. “Over the past day, the enemy lost up to 140 "
     "servicemen,” said the statement.",
     "Russia's Defence Ministry issued its daily statement on Monday. “Over the past day, the enemy lost up to 140 "
     "servicemen,” the statement said."),
])
def test_an_inverted_descriptor_is_read_as_in_the_normal_order(inverted, normal):
    a, b = _quotes(inverted), _quotes(normal)
    assert a["speaker"].tolist() == b["speaker"].tolist()
    assert a["speaker"].iloc[0] not in ("", "official (unnamed)", "statement")


def test_an_inverted_descriptor_nobody_introduced_stays_unnamed():
    text = "Shelling went on overnight. “The winter will be hard,” said the official."
    assert speaker_of(text, "winter will be hard") == "official (unnamed)"
