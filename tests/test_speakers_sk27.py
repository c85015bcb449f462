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


# --- a surname shared by a couple: "he" after the bare surname is the man of that surname ----------------------------

def test_bare_surname_then_he_is_the_man_of_the_surname():
    # local paper: the husband introduced, his wife named in full later, then the bare surname opens a sentence
    text = ("Tom Hale, a retired bus driver, has driven four vans of blankets to Lviv. \"It's the least we can do,\" "
            "Hale says.\n\nIn a speech on Monday, President Volodymyr Zelensky thanked foreign volunteers for "
            "\"every single van\".\n\nHis wife, Maria Hale, keeps the receipts in a shoebox.\n\n"
            "Hale plans another trip in May. \"I told myself this was the last one,\" he says.")
    assert speaker_of(text, "told myself this was the last one", "2023-03-02") == "Tom Hale"


def test_bare_surname_then_he_broadsheet():
    # broadsheet: the couple in one paragraph, the wife named last
    text = ("KYIV, May 10 (Wire) - Defence Minister Rustem Umerov said on Tuesday that foreign donors had sent "
            "\"thousands of vehicles\" since the invasion. Among them are Peter Lund and his wife, Anna Lund, who "
            "run a collection point in a church hall. Lund delivered the first lorry in March. \"You see the queues "
            "and you cannot stop,\" he said.")
    assert speaker_of(text, "cannot stop", "2023-05-10") == "Peter Lund"


def test_bare_surname_then_she_stays_the_woman():
    # must not change: the wife named last and "she" after the bare surname is still her
    text = ("Tom Hale, a retired bus driver, has driven four vans of blankets to Lviv.\n\n"
            "His wife, Maria Hale, keeps the receipts. Hale counts every one. \"We are nearly broke,\" she says.")
    assert speaker_of(text, "nearly broke", "2023-03-02") == "Maria Hale"
