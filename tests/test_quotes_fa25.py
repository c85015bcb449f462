"""Quote spans, round 17 (fa25, issue 13): a paper's own headline quoted in the body ("runs the headline "…"") is the
paper's words, a partial quote of it, not a scare quote, however short.

Every sentence here is invented for the test, in press-review, wire and broadsheet styles; each test states the rule
it checks and what must not change.
"""

from __future__ import annotations

from saidvsdone import corpus, quotes


def _quotes(text: str) -> list[tuple[str, str, str]]:
    table = quotes.extract(corpus.from_text(text, published="2026-03-10"))
    return [(r.text, r.kind, r.speaker) for r in table.itertuples()]


def test_a_papers_headline_quoted_in_the_body_is_its_words():
    # rule: "runs / carries the headline "…"" (data/speech_cues.csv): the paper speaks, its headline a partial quote
    assert _quotes("What the papers say\n\nThe pro-Kremlin daily Vesti runs the headline \"Front holds firm\" "
                   "above a report from the south.") == [("Front holds firm", "partial", "Vesti")]
    assert _quotes("Kyiv, March 10\n\nThe weekly Trud carried the headline \"A hard spring\" on its front page, "
                   "a day after the ministry spoke.") == [("A hard spring", "partial", "Trud")]
    # must not change: a short phrase in marks with no speaker stays a scare quote; a paper that writes keeps its quote
    assert _quotes("Drivers on the road to the front now avoid the \"grey belt\" after dark.")[0][1] == "scare"
    assert _quotes("Meanwhile, the daily Izvestia writes that the army has \"held every line\".") == [
        ("held every line", "partial", "Izvestia")]
