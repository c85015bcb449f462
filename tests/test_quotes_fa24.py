"""Quote spans and kinds, round 16 (fa24, issue 13): the families heldout6's quotes showed once it was studied (a
possessive's "s." read as an initial, a group's own name after "calls itself the", a quote in a sentence whose only
speech verb is the terms of an anonymous interview, a noun phrase opening a title before its colon).

Every sentence here is invented for the test (none borrows heldout6's wording), in two or three house styles (wire,
broadsheet, live blog); each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, document, quotes


def extract(text: str, published: str = "2025-04-16") -> pd.DataFrame:
    return quotes.extract(corpus.from_text(text, published=published))


def kinds(text: str, published: str = "2025-04-16") -> list[tuple[str, str]]:
    return [(r.text, r.kind) for r in extract(text, published).itertuples()]


def sentences(text: str) -> list[str]:
    doc = document.build("t", text, "2025-04-16")
    return [doc.text[s.start:s.end] for s in doc.sentences]


def test_a_possessive_s_before_a_full_stop_ends_the_sentence():
    # rule: a one-letter word before a full stop is an initial ("J. Smith") unless it is the "s" of a possessive
    # ("Ukraine's.", "Russia’s."): the sentence ends there, so a quote opening the next one stands on its own (direct)
    wire = ("Kyiv talks up defence\n\nThe general said the enemy's losses were far higher than Ukraine's. "
            "\"We are holding every street,\" he told the crowd.")
    assert sentences(wire)[-1] == "\"We are holding every street,\" he told the crowd."
    assert kinds(wire) == [("We are holding every street,", "direct")]
    broadsheet = ("Moscow's line\n\nThe envoy insisted that the decision was entirely Russia’s. “Nobody will dictate "
                  "terms to us,” she told the chamber.")
    assert kinds(broadsheet) == [("Nobody will dictate terms to us,", "direct")]
    # must not change: initials before a name stay inside the sentence; a word ending the sentence as before
    assert sentences("Initials\n\nThe order was signed by J. R. Hollis and A. Marsh on Monday.")[-1] == \
        "The order was signed by J. R. Hollis and A. Marsh on Monday."
    assert len(sentences("Possessive\n\nThe town is now Kyiv’s. The army said so.")) == 3


def test_a_name_a_group_gives_itself_is_a_scare_quote():
    # rule: "calls itself the “X”", "call themselves “Title Cased Name”": the name a group or person goes by is a label
    # (scare quote), not a term attributed to a speaker
    local = ("Volunteers head east again\n\nThe drivers, who call themselves the \"Lakeside run,\" have made six "
             "trips since spring.")
    assert kinds(local) == [("Lakeside run,", "scare")]
    blog = ("Live: aid convoys\n\n10:40 A charity that calls itself “Bread Road” delivered two generators to Izium "
            "on Monday.")
    assert kinds(blog) == [("Bread Road", "scare")]
    # must not change: "what he called a “…”" is the speaker's term (partial); a reflexive with a lower-case phrase
    # and no article is someone's description of himself
    assert kinds("Talks\n\nThe minister said the offer was what he called a \"dead end\".") == [
        ("dead end", "partial")]
    assert kinds("Profile\n\nThe commander calls himself \"a tired realist\" these days.")[0][1] == "partial"


def test_a_quote_in_a_sentence_whose_only_speech_verb_is_the_terms_of_anonymity_is_nobodys_words():
    # rule: "X spoke on condition of anonymity" gives the terms of an interview, no words: a short quote later in that
    # sentence is a label (scare), not a partial quote of X
    wire = ("Kremlin critics\n\nA source in the ministry told Reuters the deadline had passed. The source spoke on "
            "condition of anonymity because he feared being branded an \"enemy of the people\".")
    assert kinds(wire) == [("enemy of the people", "scare")]
    # must not change: a speaker who spoke on condition of anonymity and said something keeps his words
    broadsheet = ("Front line\n\nAn officer, who spoke on condition of anonymity, said the brigade was \"stretched "
                  "to breaking point\".")
    table = extract(broadsheet)
    assert list(table["kind"]) == ["partial"]
    assert table.iloc[0]["speaker"] != ""


def test_a_short_phrase_opening_the_title_before_a_colon_is_a_partial_quote():
    # rule: a title opening with a quoted phrase of at most three words with no verb or pronoun of a clause, then a
    # colon ("‘Steady gains’: Moscow hails …") lifts a fragment of the words below: partial, as a sub-heading of
    # one is; a whole clause there stays direct
    assert kinds("“Steady gains”: Moscow hails its offensive as Kyiv counts the cost\n\nThe ministry said on "
                  "Monday its troops had made \"steady gains\" near Siversk.")[0] == ("Steady gains", "partial")
    assert kinds("'Historic mistake': EU leaders split over frozen assets\n\nThe summit ended late.")[0] == (
        "Historic mistake", "partial")
    # must not change: a clause ("We will not retreat") opening the title is direct
    assert kinds("“We will not retreat”: Zelensky rallies troops in Kharkiv\n\nThe president spoke on "
                 "Friday.")[0] == ("We will not retreat", "direct")
