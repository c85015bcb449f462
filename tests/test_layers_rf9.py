"""The speech layer as one name space (rf9): ``saidvsdone.speech`` is a package of small modules, and the names the
rest of the library reads from it are there (a test that patches a rule patches the module that calls it)."""

from __future__ import annotations

import itertools

from saidvsdone import corpus, document, speech

_COUNT = itertools.count()


def _acts(text: str):
    # (a number makes each text new: documents are built once per text)
    article = corpus.from_text(f"{text} ({next(_COUNT)})", published="2022-10-14")
    doc = next(document.documents(article))
    return [(a.cue.text, a.speaker.speaker, None if a.date is None else str(a.date.date())) for a in doc.speech.acts]


def test_the_names_other_modules_read_from_the_speech_layer_are_its_own():
    from saidvsdone.speech import Cue, SpeechAct, cue_table, same_one
    assert (Cue, SpeechAct, cue_table, same_one) == (speech.Cue, speech.SpeechAct, speech.cue_table, speech.same_one)
    assert all(hasattr(speech, name) for name in speech.__all__)


def test_a_rule_patched_in_the_module_that_calls_it_is_the_one_the_layer_runs(monkeypatch):
    from saidvsdone.speech import _dates, _layer, _subjects

    text = "Putin said on Friday that the operation was going to plan."
    assert _acts(text) == [("said", "Vladimir Putin", "2022-10-14")]
    with monkeypatch.context() as patched:
        patched.setattr(_layer, "_date_for_cue", lambda *args, **kwargs: None)  # (the date rules' reading)
        patched.setattr(_dates, "_date_for_cue", lambda *args, **kwargs: None)
        assert _acts(text) == [("said", "Vladimir Putin", None)]
    with monkeypatch.context() as patched:
        patched.setattr(_subjects, "_subject_of_cue", lambda *args, **kwargs: None)  # (the subject rules' reading)
        assert _acts(text) == []
    assert _acts(text) == [("said", "Vladimir Putin", "2022-10-14")]

