"""Word lists of the claim rules read from data/speech_words.csv (kinds ``phrase_head``, ``plural_voice``,
``label_lead``), not constants in the code: a row of your own table extends the rule.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus, vocab


def _find(text):
    return claims.find(corpus.from_text("Front roundup\n\n" + text, published="2025-03-12", title="Front roundup"))


def _speakers(text):
    return [row.speaker for row in _find(text).itertuples()]


@pytest.fixture
def own_words(tmp_path):
    def use(rows):
        (tmp_path / "speech_words.csv").write_text("word,kind,notes\n" + rows, encoding="utf-8")
        vocab.use(tmp_path)
    yield use
    vocab.use(None)


def test_the_claim_rules_read_their_heads_from_the_speech_words_table():
    words = vocab.speech_words()
    assert {"officials", "analysts", "insiders"} <= words["plural_voice"]
    assert "forces" not in words["plural_voice"]  # "Russian forces claim the village" is a capture, no statement
    assert {"command", "media", "governor"} <= words["phrase_head"]
    # a plural voice is a head, and opens a label as a common lead does
    assert words["plural_voice"] <= claims._speaking_heads() and words["plural_voice"] <= claims._common_leads()
    assert "military" in claims._common_leads() and "military" not in claims._plural_heads()


def test_a_plural_voice_added_in_your_own_table_makes_its_plural_verb_a_claim(own_words):
    sentence = "Ukrainian statisticians claim the Russian advance near the reservoir has stalled."
    assert _speakers(sentence) == []
    own_words("statisticians,plural_voice,\n")
    assert _speakers(sentence) == ["Ukrainian statisticians"]
    # what must not change: forces that "claim" a village take it, they say nothing
    assert _speakers("Russian forces claim the village of Dubky.") == []


def test_a_label_lead_added_in_your_own_table_is_lower_cased_at_the_opening_of_a_sentence(own_words):
    sentence = "Veteran analysts say the Russian advance near the town has stalled."
    assert _speakers(sentence) == ["Veteran analysts"]
    own_words("veteran,label_lead,\n")
    assert _speakers(sentence) == ["veteran analysts"]
    assert _speakers("Military analysts say the Russian advance near the town has stalled.") == ["military analysts"]
