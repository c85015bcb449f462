"""One speech act, one label in every table (lb2, round 12; issues 11, 13, 14).

A new user found "the governor said" labelled three ways: the quote's speaker empty, the claim "governor (unnamed)",
the fact "The governor". The quotes, claims and facts stages now read one speech act's speaker through one function
(``labels.act_label`` / ``labels.written_label``, both ending in ``mentions.speaker_label``). Sentences invented.
"""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus, document, facts, labels, quotes


def _tables(text: str):
    article = corpus.from_text(text, published="2024-05-06")
    return quotes.extract(article), claims.find(article), facts.extract(article)


def _labels(text: str) -> tuple[set, set, set]:
    q, c, f = _tables(text)
    return set(q["speaker"]), set(c["speaker"]), set(f.loc[f["speaker_as_written"] != "", "speaker"])


@pytest.mark.parametrize("text, label", [
    # one office holder the text does not name: the conventions' descriptive label in all three tables
    ("Russian forces captured 12 villages in the district last week, the governor said on Monday. "
     "“We will hold the line,” the governor said.", "governor (unnamed)"),
    ("The governor said Russian troops had advanced 5 kilometres towards the depot. "
     "“The night was hard,” the governor said.", "governor (unnamed)"),
    # an unnamed source the text introduces: the same label too (the fact said "A senior US defence official")
    ("A senior U.S. defense official said Russia had lost 500 troops near the canal. "
     "“They are exhausted,” the official said.", "senior US defence official (unnamed)"),
])
def test_an_unnamed_speaker_has_one_label_in_quotes_claims_and_facts(text, label):
    in_quotes, in_claims, in_facts = _labels(text)
    assert in_quotes == in_claims == in_facts == {label}


def test_a_named_person_stays_named_in_every_table():
    # what must not change: a name the text gives wins over the office it holds
    text = ("Oleh Marchuk, the governor, said Russian forces had captured three villages near the lake. "
            "“We are holding,” the governor said.")
    in_quotes, in_claims, in_facts = _labels(text)
    assert in_quotes == in_claims == in_facts == {"Oleh Marchuk"}


def test_a_country_speaking_is_the_body_that_speaks_for_it_in_facts_too():
    # the fact's speaker was the country ("Russia"); the claim's is the body the conventions name for a battlefield
    # report: the same act, the same label
    text = "Russia said its forces had taken 40 square kilometres near the river on Tuesday."
    _, c, f = _tables(text)
    assert set(f["speaker"]) == set(c["speaker"]) and "Russia" not in set(f["speaker"])


def test_a_pronoun_nobody_resolves_gives_no_label():
    # "he" with nobody before it: no label in any table (never "he")
    text = "“We took 3 villages,” he said."
    q, _, f = _tables(text)
    assert set(q["speaker"]) <= {""} and set(f["speaker"]) <= {""}


def test_the_label_function_reads_the_act():
    doc = document.build("x", "Ukrainian troops pushed back 2 kilometres, the mayor said.")
    act = doc.speech.acts[0]
    assert labels.act_label(doc, act) == "mayor (unnamed)"
    assert labels.written_label(doc, "", "she", "unresolved pronoun", 0) == ""
    assert labels.written_label(doc, "Volodymyr Zelensky", "Zelenskyy", "name", 0) == "Volodymyr Zelensky"
