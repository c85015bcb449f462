"""Who said it (issue 13), sixth round: reported mechanism faults (sentences of our own; each test states the rule)."""

from __future__ import annotations

from saidvsdone import claims, corpus, mentions, quotes


def _claims(text: str, published: str = "2024-05-10"):
    articles = corpus.from_text(text, published=published)
    return claims.find(articles, quotes.extract(articles))


def test_capitals_fold_to_the_tables_spelling():
    assert mentions.fold_capitals("RUSSIA") == "Russia"
    assert mentions.fold_capitals("NATO") == "NATO"
    assert mentions.fold_capitals("Kyiv's mayor") == "Kyiv's mayor"  # a small letter: as written


def test_a_headline_in_capitals_names_its_country_as_the_same_headline_in_small_letters_does():
    body = "\n\nMoscow's troops took the village of Orlivka on Monday, officials said.\n"
    caps = _claims("TROOPS TAKE VILLAGE NEAR THE RIVER, SAYS RUSSIA" + body)
    small = _claims("Troops take village near the river, says Russia" + body)
    assert list(caps["speaker"])[0] == list(small["speaker"])[0] != "RUSSIA"
