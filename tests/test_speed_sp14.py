"""Speed changes of round 12 (sp14, issue 17: the appositions pass) change no output: each rewritten piece against
the plain form it replaced, on invented sentences."""

from __future__ import annotations

from saidvsdone import corpus, document, mentions
from saidvsdone.speech import _names

TEXTS = [
    "Ursula von der Leyen met Ivan Petrenko in Kyiv. Later, Leyen said the talks with Van Rompuy went well.",
    "Oleh Kravets, the regional governor, said the Colonel Taras Hnatyuk of the 47th Brigade had left. ÉCOLE Ödön",
    "Major General Dmytro Koval, deputy head of the General Staff, said so. The Commander of the Armed Forces of",
]


def _documents():
    return [next(document.documents(corpus.from_text(text, published="2024-03-01"))) for text in TEXTS]


def test_the_particle_flag_of_each_whole_text_run_is_the_plain_form():
    """A run whose last word holds no capital ends on a particle ("… von"): read from the first letter when it is
    a capital, the same flags as reading every letter; and the windows' runs the same as a scan of each window."""
    for doc in _documents():
        mentions._runs_between(doc, 0, len(doc.text))
        _, _, spans, particle = doc._name_run_spans
        assert particle == [not any(c.isupper() for c in doc.text[s:e].rsplit(None, 1)[-1]) for s, e in spans]
        pattern = mentions._NAME_RUN.compiled()
        for a in range(0, len(doc.text), 7):
            for b in (a + 15, a + 50, len(doc.text)):
                assert mentions._runs_between(doc, a, min(b, len(doc.text))) \
                    == [m.span() for m in pattern.finditer(doc.text, a, min(b, len(doc.text)))]


def test_appositions_ask_whether_each_name_could_be_a_person_once(monkeypatch):
    """``_appositions`` reads ``could_be_person`` once per name of its loop (it was asked up to four times), and still
    gives the governor, the general and the deputy head; a body's name after "of the" is still no holder."""
    from saidvsdone.speech import _speakers
    doc = _documents()[1]
    reader = _speakers._Reader(doc, mentions.people())
    roles = {(role, person) for _, role, person in reader.appositions}
    assert ("governor", "Oleh Kravets") in roles
    doc = _documents()[2]
    reader = _speakers._Reader(doc, mentions.people())
    roles = {(role, person) for _, role, person in reader.appositions}
    assert roles == {("major", "Dmytro Koval"), ("general", "Dmytro Koval"), ("deputy head", "Dmytro Koval")}
    asked = []
    plain = mentions.could_be_person
    monkeypatch.setattr(_names._mentions, "could_be_person", lambda s, w=None: asked.append(s) or plain(s, w))
    _speakers._Reader(_documents()[2], mentions.people())
    print(asked)
    assert asked.count("Dmytro Koval") <= 3  # the two filters before the loop ask too; the loop once (was up to 4)


def test_a_bracketed_aside_before_the_verb_still_leaves_the_subject():
    """The gap between a candidate and its verb is cleared of brackets only where it holds one: with a bracketed
    aside ("Ivan Petrenko (left) said") and without ("Ivan Petrenko said") the name before the verb speaks."""
    for text in ("Ivan Petrenko (left) said on Monday the bridge was closed.",
                 "Ivan Petrenko said on Monday the bridge was closed."):
        doc = next(document.documents(corpus.from_text(text, published="2024-03-01")))
        assert [act.speaker.speaker for act in doc.speech.acts] == ["Ivan Petrenko"]
