"""Speakers over distance and second references (issue 13), eighth round (sk12): a regional office names its place,
so a governor of another region is no candidate (sentences of our own; each test states the rule)."""

from __future__ import annotations

from saidvsdone import quotes, corpus


def _quotes(text: str, published: str = "2024-11-19"):
    return quotes.extract(corpus.from_text(text, published=published))


def test_the_governor_of_one_region_is_not_the_governor_of_another():
    # a table's Kharkiv governor spoke first; "the governor of the Sumy region" then speaks, and a later bare "the
    # governor" is the Sumy one (unnamed), never the Kharkiv governor
    text = ("Shelling hits two regions\n\nThe governor of the Kharkiv region, Oleh Syniehubov, said on Monday that three "
            "villages were shelled overnight.\n\nIn the north, the governor of the Sumy region, who spoke to reporters "
            "on Tuesday morning, said that power was cut in two districts.\n\nOfficials have not given a full count of "
            "the damage.\n\n\"We will restore everything within a week,\" the governor said.\n")
    found = _quotes(text)
    speaker = found[found["text"].str.contains("restore everything")]["speaker"].iloc[0]
    assert speaker != "Oleh Syniehubov" and "Sumy" in speaker


def test_an_unlisted_governor_introduced_for_one_region_is_not_another_regions_governor():
    # "The governor of the Poltava region, A B, said …"; then "the governor of the Sumy region said": not A B
    text = ("Strikes in the east\n\nThe governor of the Poltava region, Ivan Hrebenko, said on Monday that a depot "
            "was hit.\n\n\"The fire is out,\" Hrebenko said.\n\n\"Two houses burned,\" the governor of the Sumy "
            "region said on Tuesday.\n")
    found = _quotes(text)
    assert found[found["text"].str.contains("Two houses")]["speaker"].iloc[0] != "Ivan Hrebenko"
