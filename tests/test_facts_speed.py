"""Battlefield facts on one long text (issue 17): the per-article passes find what they look for by bisection, not by
scanning every speech act, mention or place again for each pronoun or name, and read the same as on short texts.

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str) -> pd.DataFrame:
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def test_its_after_a_speech_verb_takes_its_own_sentences_speaker_among_many_acts():
    # "The ministry said its …" / "Ukraine's army said its …" alternating: each "its" is the speaker of its own sentence
    paragraphs = []
    for n in range(60):
        paragraphs.append(f"Russia's defence ministry said its air defences destroyed {n + 10} Ukrainian drones.")
        paragraphs.append(f"Ukraine's general staff said its forces retook {n + 200} square kilometres.")
    got = numbers("\n\n".join(paragraphs))
    assert len(got) == 120
    assert list(got["actor"]) == ["Russia", "Ukraine"] * 60


def test_they_inside_each_of_many_quotes_reads_only_that_quotes_mentions():
    paragraphs = []
    for n in range(40):
        paragraphs.append(f'"They lost {n + 30} soldiers in one night and we held the line," a Ukrainian commander '
                          f"said.")
        paragraphs.append(f"Russian troops advanced {n % 5 + 2} km near a village.")
    got = numbers("\n\n".join(paragraphs))
    losses = got[got["change"] == "loss"]
    assert len(losses) == 40 and set(losses["actor"]) == {"Russia"}
