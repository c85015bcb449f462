"""The speech layer as one name space (rf9): ``saidvsdone.speech`` may be one module or a package of small modules;
either way a name set on it is the one its functions call (a test's monkeypatch), and the names the rest of the
library reads from it are there."""

from __future__ import annotations

import itertools

from saidvsdone import corpus, document, speech

_COUNT = itertools.count()


def _acts(text: str):
    # (a number makes each text new: documents are built once per text)
    article = corpus.from_text(f"{text} ({next(_COUNT)})", published="2022-10-14")
    doc = next(document.documents(article))
    return [(a.cue.text, a.speaker.speaker, None if a.date is None else str(a.date.date())) for a in doc.speech.acts]


def test_a_name_patched_on_the_speech_layer_is_the_one_its_pass_calls(monkeypatch):
    text = "Putin said on Friday that the operation was going to plan."
    assert _acts(text) == [("said", "Vladimir Putin", "2022-10-14")]
    with monkeypatch.context() as patched:
        patched.setattr(speech, "_date_for_cue", lambda *args, **kwargs: None)  # (the date rules' reading)
        assert _acts(text) == [("said", "Vladimir Putin", None)]
    with monkeypatch.context() as patched:
        patched.setattr(speech, "_subject_of_cue", lambda *args, **kwargs: None)  # (the subject rules' reading)
        assert _acts(text) == []
    # undone: the layer reads as before
    assert _acts(text) == [("said", "Vladimir Putin", "2022-10-14")]


def test_the_names_other_modules_read_from_the_speech_layer_are_its_own():
    from saidvsdone.speech import Cue, SpeechAct, cue_table, same_one
    assert (Cue, SpeechAct, cue_table, same_one) == (speech.Cue, speech.SpeechAct, speech.cue_table, speech.same_one)
    assert all(hasattr(speech, name) for name in speech.__all__)


def test_a_name_patched_on_claims_is_the_one_every_module_of_claims_holds(monkeypatch):
    # (claims may be one module or a package of small ones: each of its modules reading the name sees the patch)
    import sys

    from saidvsdone import claims
    real = claims._mentions_between

    def plain(doc, a, b):
        return [m for m in doc.speech.mentions if a <= m.start < b]

    monkeypatch.setattr(claims, "_mentions_between", plain)
    holders = [m for name, m in sorted(sys.modules.items()) if name.split(".")[:2] == ["saidvsdone", "claims"]
               and "_mentions_between" in vars(m)]
    assert holders and all(m._mentions_between is plain for m in holders)
    monkeypatch.undo()
    assert all(m._mentions_between is real for m in holders)
