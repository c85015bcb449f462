"""Who said it, round 10 (sk17, issue 13): first-run families of blind batch sk24 — a quote paragraph signed on the
line below it by a dash ("— Name, 63, retired teacher"), …
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus, quotes


def _quotes(text: str, published: str = "2025-06-13"):
    return quotes.extract(corpus.from_text(text, published=published))


def speaker_of(text: str, words: str, published: str = "2025-06-13") -> str:
    table = _quotes(text, published)
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


def claim_speaker(text: str, words: str) -> str:
    table = claims.find(corpus.from_text(text, published="2025-06-13"))
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


# --- a quote paragraph signed by a dash line below it ------------------------------------------------------------

_VOICES = ("Voices from the river towns\n\n"
           "The Herald spoke to people in the district this week.\n\n"
           "“The ferry has not run since May.”\n"
           "— Bohdan Karpenko, 58, fisherman\n\n"
           "“We hear the guns every night now.”\n"
           "— a nurse who asked not to be named\n\n"
           "“My grandson drives the bread van.”\n"
           "— Liudmyla Savka, 80\n")


@pytest.mark.parametrize("words, expected", [
    ("The ferry has not run", "Bohdan Karpenko"),         # a name, age and trade on the line below
    ("We hear the guns", "nurse (unnamed)"),              # an unnamed signer, the clause about her left out
    ("My grandson drives", "Liudmyla Savka"),             # never the outlet or the signer above
])
def test_a_quote_paragraph_is_the_signers_of_the_dash_line_below(words, expected):
    assert speaker_of(_VOICES, words) == expected


def test_a_bulleted_news_line_after_a_quote_paragraph_signs_nothing():
    text = ("Oleh Marchuk, the mayor, spoke on Tuesday.\n\n"
            "“We will rebuild the school,” Marchuk said.\n\n"
            "“Nothing will stop us.”\n"
            "- Russia said on Monday that its forces had taken two villages near the river.\n")
    assert speaker_of(text, "Nothing will stop us") == "Oleh Marchuk"


# --- a person the text names only by a first name or call sign is whom a later "he"/"she" stands for -----------

def test_he_after_a_first_name_given_in_a_clause_is_that_person():
    text = ("Holding the road\n\n"
            "The officer met our reporter at a bus stop on Sunday. He commands a mortar battery, and he asked to be "
            "identified only by his first name, Yurii, because his parents live in occupied Berdiansk.\n\n"
            "He was asked whether the battery could hold the crossing.\n\n"
            "“Not for long,” he said.")
    assert speaker_of(text, "Not for long") == "Yurii"


def test_he_with_no_person_named_stays_nobodys():
    text = ("Holding the road\n\n"
            "The officer met our reporter at a bus stop on Sunday. He commands a mortar battery.\n\n"
            "“Not for long,” he said.")
    assert speaker_of(text, "Not for long") == ""
