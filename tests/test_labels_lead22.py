"""A person of the tables is labelled as the article prints the name, also for letters Unicode does not decompose
("ø", "ł", "ß"): one speaker, one spelling (round 22). Every sentence here is invented for the test."""

from __future__ import annotations

from saidvsdone import corpus, quotes

MARKED = """Leaders meet in Oslo

"We will keep our support steady," said Jonas Gahr Støre, Norway's prime minister, on Monday.

"The front is holding," Støre added.
"""


def test_a_name_printed_with_a_whole_letter_keeps_that_spelling_for_every_quote():
    table = quotes.extract(corpus.from_text(MARKED, published="2024-03-05"))
    assert set(table["speaker"]) == {"Jonas Gahr Støre"}


def test_the_same_name_printed_without_the_mark_keeps_the_tables_spelling():
    table = quotes.extract(corpus.from_text(MARKED.replace("ø", "o"), published="2024-03-05"))
    assert set(table["speaker"]) == {"Jonas Gahr Store"}
