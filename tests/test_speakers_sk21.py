"""Who said it (issue 13), round 12 (sk21): families of the blind batches sk25–sk27 on unseen copy (sentences of our
own; each test states the rule and shows what must not change)."""

from __future__ import annotations

from saidvsdone import claims, corpus, quotes


def _quotes(text: str, published: str = "2025-10-03"):
    return quotes.extract(corpus.from_text(text, published=published))


def _claims(text: str, published: str = "2025-10-03"):
    articles = corpus.from_text(text, published=published)
    return claims.find(articles, quotes.extract(articles))


def _said(found, words: str) -> list[str]:
    return list(found[found["text"].str.contains(words, regex=False)]["speaker"])


# -- a middle initial inside a name no table lists stays, as printed (label grammar rule 1) --------------------------

def test_a_middle_initial_of_a_person_no_table_lists_stays_in_the_label():
    text = ("The letter was signed by Marcus T. Ellery, a retired general.\n\n"
            "Ellery told reporters on Thursday that the letter was no call to war. "
            "“We ask for interceptors, not soldiers,” he said.\n")
    found = _quotes(text)
    assert _said(found, "interceptors") == ["Marcus T. Ellery"]
    assert _said(_claims("Colonel Ivan P. Hordash said his brigade had repelled 12 assaults near the river.\n\n"
                         "Hordash said the enemy had lost three tanks near the village.\n"), "three tanks") \
        == ["Ivan P. Hordash"]


def test_a_middle_initial_of_a_table_person_still_goes():
    # must not change: a person the tables list keeps the tables' name ("Antony J. Blinken" -> "Antony Blinken")
    found = _quotes("Antony J. Blinken spoke in Brussels on Thursday. “We will not waver,” Blinken said.\n")
    assert _said(found, "waver") == ["Antony Blinken"]
