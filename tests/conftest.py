"""Fixtures shared by the test files."""

import pytest

from saidvsdone import vocab


@pytest.fixture
def own_words(tmp_path):
    """``own_words("word,kind,\\n")``: a ``speech_words.csv`` of your own layered over the bundled one (``vocab.use``),
    taken off again after the test."""
    def use(rows):
        (tmp_path / "speech_words.csv").write_text("word,kind,notes\n" + rows, encoding="utf-8")
        vocab.use(tmp_path)
    yield use
    vocab.use(None)


@pytest.fixture
def own_cues(tmp_path):
    """``own_cues("word,cue,\\n")``: a ``fact_cues.csv`` of your own layered over the bundled one, the facts stage's
    compiled vocabulary rebuilt, and both taken off again after the test."""
    from saidvsdone import facts

    def use(rows):
        (tmp_path / "fact_cues.csv").write_text("word,cue,notes\n" + rows, encoding="utf-8")
        vocab.use(tmp_path)
        facts.reload()
    yield use
    vocab.use(None)
    facts.reload()
