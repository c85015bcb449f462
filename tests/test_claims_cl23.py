"""Claims read what the shared layers read (cl23): a report noun heard or received is no speech cue for quotes and
claims alike (the speech layer drops it; it was a claims-only drop, cl22), and a medium no table knows in a conduit's
place is read by the attribution layer's conduit patterns (a medium word before its name, the medium's own noun or its
medium word before the verb, "carried"). Sentences invented."""

import pandas as pd
import pytest

from saidvsdone import attribution, claims, corpus, document, quotes


def _rows(text: str, published: str = "2025-03-12") -> pd.DataFrame:
    return claims.find(corpus.from_text(text, published=published))


def _cues(text: str, published: str = "2025-03-12") -> list[str]:
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return [a.cue.text for a in doc.speech.acts]


# ---------------------------------------------------------------------------------------------------------------
# A report noun heard or received: no act in the speech layer


@pytest.mark.parametrize("text", [
    "The defence minister heard reports from the brigade commanders about the fighting near Toretsk.",
    "The governor listened to detailed reports from rescuers on the damage in the port.",
    "The chief of staff receives daily reports on the shelling of the border villages.",
    "Every morning the general gets reports from his staff about the positions near Chasiv Yar.",
])
def test_a_report_noun_heard_is_no_cue(text):
    assert _cues(text) == []
    assert _rows(text).empty


def test_the_hearers_own_verb_still_speaks():
    text = ("The minister heard reports from the commanders and said Russian troops had been stopped outside "
            "Siversk.")
    assert _cues(text) == ["said"]
    found = _rows(text)
    assert list(found["cue"]) == ["said"]


def test_a_quote_after_a_report_heard_is_not_the_hearers():
    text = ("The governor heard reports from the rescue teams on Monday.\n\n"
            "“We found four more people under the rubble,” the head of the rescue service, Petro Kovalchuk, said.")
    found = quotes.extract(corpus.from_text(text, published="2025-03-12"))
    assert list(found["speaker"]) == ["Petro Kovalchuk"]


def test_reports_as_a_verb_still_speaks():
    found = _rows("The army reports that its troops have pushed Russian units back from the edge of Kupiansk.")
    assert list(found["cue"]) == ["reports"]


# ---------------------------------------------------------------------------------------------------------------
# A medium in a conduit's place, as the attribution layer reads it


@pytest.mark.parametrize("text, name, expected", [
    ("Russian units had entered the town, according to state broadcaster Vesti-24.", "Vesti-24", True),
    ("Russian units had entered the town, according to the state news agency Nordpress.", "Nordpress", True),
    ("Russian units had entered the town, Hartwell's news agency reported.", "Hartwell", True),
    ("Russian units had entered the town, the Hartwell agency reported.", "Hartwell", True),
    ("Hartwell carried the statement in full on Monday.", "Hartwell", True),
    ("Hartwell visited the town on Monday.", "Hartwell", False),
    ("Russian units had entered the town, said Nordpress.", "Nordpress", False),
])
def test_conduit_place(text, name, expected):
    start = text.index(name)
    assert attribution.conduit_place(text, start, start + len(name)) is expected


@pytest.mark.parametrize("credit", [
    "according to the state news agency Nordpress",
    "according to state broadcaster Vesti-24",
    "the Hartwell agency reported",
])
def test_a_medium_credited_after_a_speaker_is_no_second_speaker(credit):
    found = _rows(f"Syrskyi said Russian troops had been pushed back from the village of Hrabove, {credit}.")
    assert list(found["speaker"]) == ["Oleksandr Syrskyi"]
