"""Speakers on heldout6's genres (sk27, issue 13; heldout6 studied from round 16): a person's printed spelling, …

Every sentence here is invented for the test (wire, broadsheet and live-blog house styles); each mechanism has a case
that must not change.
"""

from __future__ import annotations

from saidvsdone import corpus, document, quotes


def _doc(text: str, published: str = "2024-05-14"):
    return next(document.documents(corpus.from_text(text, published=published)))


def quote_speakers(text: str, published: str = "2024-05-14") -> dict[str, str]:
    """Each quote's first words → the speaker label of the quotes table."""
    return {r["text"][:24]: r["speaker"] for r in quotes.rows(_doc(text, published))}


def speaker_of(text: str, words: str, published: str = "2024-05-14") -> str:
    found = [r["speaker"] for r in quotes.rows(_doc(text, published)) if words in r["text"]]
    assert found, f"no quote holds {words!r}"
    return found[0]


# --- a person's printed spelling (§3.6: less-known people keep the spelling printed in the article) -------------------

def test_printed_spelling_with_diacritics_is_kept():
    # broadsheet: the accent printed
    text = "Hungary's prime minister, Viktor Orbán, told a radio station the talks were “going nowhere” this spring."
    assert speaker_of(text, "going nowhere") == "Viktor Orbán"


def test_printed_spelling_without_diacritics_is_kept():
    # wire copy without the accent, full name and surname alone
    text = "BUDAPEST (Wire) - Hungarian Prime Minister Viktor Orban said on Monday the aid plan was “a mistake”."
    assert speaker_of(text, "a mistake") == "Viktor Orban"
    text = "10:42 Orban told state radio the sanctions had “failed completely”, his office said."
    assert speaker_of(text, "failed completely") == "Viktor Orban"


def test_other_people_keep_the_tables_name():
    # must not change: a person of the tables with no second spelling keeps the table's name
    text = "Kremlin spokesman Dmitri Peskov said the talks were “premature” on Monday."
    assert speaker_of(text, "premature") == "Dmitry Peskov"
