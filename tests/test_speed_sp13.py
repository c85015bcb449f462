"""Per-document rule guards (issue 17, sp13): a rule whose patterns cannot match anywhere in the article is not run.
The guard reads the strings every match of a pattern must hold from the pattern itself (``_literals``): False is
exact; each guarded rule is checked to find what it found before in an article that holds its words, and nothing in
one that does not (invented sentences)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from saidvsdone import _lazyre, _literals, document, speech


def _doc(text: str):
    return document.build("sp13", text, pd.Timestamp("2024-03-14"))


@pytest.mark.parametrize("pattern, text, expected", [
    (r"(?i)\bcall\s+sign\b", "He gave only his CALL SIGN, Grim.", True),
    (r"(?i)\bcall\s+sign\b", "He gave only his first name.", False),
    (r"\b(?:released|published)\b", "The report was Published today.", False),  # case-sensitive: no match, no literal
    (r"\s*:\s+", "No colon here.", False),
    (r"[A-Z][a-z]+", "Anything", True),  # no literal every match holds: always "maybe"
])
def test_may_match_reads_the_pattern(pattern, text, expected):
    compiled = re.compile(pattern)
    assert _literals.may_match(compiled, text, text.lower()) is expected
    assert _literals.may_match(_lazyre.compile(pattern), text, text.lower()) is expected
    if not expected:  # exact: a guard that says no means the pattern finds nothing
        assert compiled.search(text) is None


def test_may_match_keeps_the_folded_letters():
    # (?i) matches "ı" (dotless i) with "I": lower() gives no "sign" there, so the guard must say maybe
    text = "His call sıgn was Grim."
    pattern = re.compile(r"(?i)\bcall\s+sign\b")
    assert _literals.may_match(pattern, text, None) is True


def test_reader_answers_once_per_document():
    doc = _doc("The minister said the talks would go on.")
    reader = speech._Reader(doc, speech._mentions.people())
    assert reader.may_match(speech._COLON_GUARD) is False
    assert reader.may_match(speech._PUBLISHED_GUARD) is False
    assert reader._guards[speech._COLON_GUARD] is False  # kept for the document's next sentences
    assert reader.lowered() == doc.text.lower()


def _reader(text: str):
    return speech._Reader(_doc(text), speech._mentions.people())


def _unguarded(reader):
    """The same reader with every guard answering "maybe": the rules run as before the guards."""
    class Always(dict):
        def get(self, key, default=None):
            return True
    reader._guards = Always()
    reader._medium_named = True
    return reader


COLON_TEXTS = [
    "Oleh Kravets, the regional governor: “The city is calm.”",
    "HODGES: The line will hold.\nQ: For how long?",
    "He went on: “We will not leave.”",
    "The governor said the city was calm.",  # no colon anywhere: the guard skips, nothing was found before either
]


@pytest.mark.parametrize("text", COLON_TEXTS)
def test_colon_introducer_finds_what_it_found_unguarded(text):
    guarded, plain = _reader(text), _unguarded(_reader(text))
    for s in guarded.doc.sentences:
        assert speech._colon_introducer(guarded, s.start, s.end) == speech._colon_introducer(plain, s.start, s.end)
    if ":" not in text:
        assert not guarded.may_match(speech._COLON_GUARD)


def test_conduits_guard_is_exact():
    from saidvsdone.attribution import conduits
    with_medium = "Lavrov told TASS on Monday that talks were over. The ministry said so in a statement."
    without = "Lavrov said on Monday that talks were over. The ministry said so in a statement."
    for text in (with_medium, without):
        guarded, plain = _reader(text), _unguarded(_reader(text))
        for s in guarded.doc.sentences:
            assert conduits(guarded, s.start, s.end) == conduits(plain, s.start, s.end)
    first = _reader(with_medium).doc.sentences[0]
    assert conduits(_reader(with_medium), first.start, first.end) == ("TASS",)


@pytest.mark.parametrize("text, expected", [
    ("Separately, the ministry said the bridge was hit.", True),
    ("In a separate statement, the ministry said the bridge was hit.", True),
    ("The ministry said the bridge was hit.", False),
])
def test_separately_guard(text, expected):
    reader = _reader(text)
    cues = reader.cues_between(0, len(text))
    subject = speech._subject_of(reader, cues[0], 0)
    found = reader.may_match(speech._SEPARATE_WORDS) and speech._separately(reader.text, 0, [(cues[0], subject)])
    assert bool(found) is expected
    assert bool(found) == speech._separately(reader.text, 0, [(cues[0], subject)])


GUARDED_TEXTS = [
    "Separately, Kravets told TASS: “We stood alongside him.” He spoke again on Tuesday.",
    "The governor said on Tuesday that the city was calm. “The city is calm,” he said again later.",
    "Oleh Kravets, the regional governor: “The city is calm.” Standing beside him, Ivan Petrenko said: “We hold.”",
    "The ministry said in a report released on Monday that the line held. The report said losses were high.",
    "A military blogger who writes under the name Dvina said the village fell. The blogger wrote that it was burning.",
]


@pytest.mark.parametrize("text", GUARDED_TEXTS)
def test_speech_layer_is_the_same_unguarded(text, monkeypatch):
    """The whole layer (acts, their days, quote readings) with the guards and with every guard answering "maybe"."""
    from saidvsdone import attribution

    def read(doc):
        layer = speech.analyse(doc)
        return ([(a.cue.start, a.speaker and a.speaker.speaker, str(a.date), a.date_text) for a in layer.acts],
                [(r.speaker, r.cue, r.via, str(r.sentence_date)) for r in layer.quotes])

    guarded = read(_doc(text))
    monkeypatch.setattr(speech._Reader, "may_match", lambda self, guard: True)
    monkeypatch.setattr(attribution, "_may_name_medium", lambda reader: True)
    assert read(_doc(text)) == guarded


@pytest.mark.parametrize("text, expected", [
    ("Ivan Petrenko spoke on Monday. The agency quoted him as saying the line held.",
     [("spoke", "Ivan Petrenko"), ("saying", "Ivan Petrenko")]),
    ("Kravets was quoted as saying by TASS that it held, and he said it would hold.",
     [("saying", "Kravets"), ("said", "")]),
    ("TASS quoted Ivan Petrenko as saying the bridge was hit, telling reporters it was closed.",
     [("saying", "Ivan Petrenko"), ("telling", "TASS")]),
    ("The Kremlin quoted Putin as saying talks were over, and Peskov said they would resume.",
     [("saying", "Vladimir Putin"), ("said", "Dmitry Peskov")]),
])
def test_subject_of_a_cue_reads_the_quoted_forms_only_for_a_participle(text, expected):
    """``_subject_of_cue`` searches "was quoted as" / "quoted him as" before a participle only (no other cue reads
    them): the subjects it gave when both were searched before every cue (read from the round's starting tree)."""
    reader = _reader(text)
    assert [(c.text, s.speaker if s else None) for c in reader.cues
            for s in [speech._subject_of(reader, c, reader.doc.sentence_at(c.start).start)]] == expected
