"""sp22 (issue 17): the scans that grew with a long text, read by bisection or from an index built once, give the
answers the old scans gave (invented inputs; no timing is asserted)."""

from __future__ import annotations

import random

import pandas as pd

from saidvsdone import pipeline
from saidvsdone.corpus import from_text
from saidvsdone.segment import trim_end
from saidvsdone.speech._acts import _any_start_in, _starts_in
from saidvsdone.speech._layer import Speech


def _spans(rng: random.Random, n: int) -> list[tuple[int, int, str]]:
    starts = sorted(rng.sample(range(0, 400), n))
    return [(a, a + rng.randint(1, 30), "last week") for a in starts]


def test_starts_in_gives_the_scan_answer():
    rng = random.Random(22)
    for _ in range(400):
        spans = _spans(rng, rng.randint(0, 12))
        lo, hi = sorted(rng.randint(-5, 420) for _ in range(2))
        assert [a for a, _, _ in _starts_in(spans, lo, hi)] == [a for a, _, _ in spans if lo <= a < hi]
        assert _any_start_in(spans, lo, hi) == any(lo <= a < hi for a, _, _ in spans)
        # the open and half-open forms the layer asks for, on integer offsets
        assert _any_start_in(spans, lo + 1, hi + 1) == any(lo < a <= hi for a, _, _ in spans)
        assert _any_start_in(spans, lo + 1, hi) == any(lo < a < hi for a, _, _ in spans)


def test_trim_end_from_0_is_the_length_of_the_stripped_prefix():
    rng = random.Random(7)
    alphabet = "ab .!\n\t\u00a0\u2003,"
    for _ in range(1000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        end = rng.randint(-2, len(text) + 2)
        assert trim_end(text, 0, max(end, 0)) == len(text[:max(end, 0)].rstrip())
        assert trim_end(text, 0, max(end, 0), " .!") == len(text[:max(end, 0)].rstrip(" .!"))


def test_said_there_counts_as_the_scan_did():
    rng = random.Random(3)
    days = [pd.Timestamp("2023-03-01"), pd.Timestamp("2023-03-02"), pd.NaT]
    for _ in range(200):
        layer = Speech(mentions=[], cues=[])
        ends = sorted(rng.sample(range(10, 500), rng.randint(0, 10)))
        layer.meeting_words["A B"] = [(e, rng.choice(days), rng.choice(["a briefing", "a call"])) for e in ends]
        for pos in range(0, 520, 7):
            old = [m for m in layer.meeting_words["A B"] if m[0] <= pos]
            new = layer._said_there("A B", pos)
            if not old:
                assert new is None
                continue
            assert new[0] == old[-1]
            assert new[1] == sum(m[1:] == old[-1][1:] for m in old)
        # an entry appended later is counted (the index follows the list)
        layer.meeting_words["A B"].append((600, days[0], "a call"))
        assert layer._said_there("A B", 600)[0] == (600, days[0], "a call")
    assert Speech(mentions=[], cues=[])._said_there("C D", 50) is None


def test_long_repeated_text_reads_each_copy_alike():
    # an invented briefing told again and again: every copy gives the same rows (the indexes built once answer for
    # the last copy as the scans did for the first)
    paragraph = ("General Ivan Tarasenko, the army's spokesman, held a briefing on Tuesday. \u201cWe moved forward,\u201d "
                 "he said. The general said the army had taken two villages. The defence minister said the front held.")
    text = "\n\n".join(f"{paragraph} ({n})" for n in range(40))
    quotes, claims, _ = pipeline.run(from_text(text, published="2023-03-09"))
    assert len(quotes) == 40
    assert quotes["speaker"].nunique() == 1 and quotes["statement_date"].nunique() == 1
    per_copy = claims.assign(copy=claims["start"] // (len(paragraph) + 8))
    assert per_copy.groupby("copy").size().nunique() == 1


def test_perfect_after_dated_reads_the_latest_dated_words_as_the_scan_did():
    from types import SimpleNamespace

    rng = random.Random(11)
    paragraph = "The army said on Monday it held the line. Later the army has said it will hold on.\n"
    text = paragraph * 12
    cues = [i + 4 for i in range(len(text)) if text.startswith("has said", i)]  # (the verb after "has")
    for _ in range(50):
        layer = Speech(mentions=[], cues=[])
        events = [SimpleNamespace(pos=p) for p in rng.sample(range(len(text)), rng.randint(1, 8))]  # (not sorted)
        layer.dated_events["the army"] = events
        for step in range(30):
            if step % 7 == 3:  # appended later, or the list replaced whole
                events.append(SimpleNamespace(pos=rng.randrange(len(text))))
            if step == 20:
                events = layer.dated_events["the army"] = sorted(events, key=lambda e: e.pos)[:3]
            cue = rng.choice(cues)
            sentence = text.rfind(".", 0, cue) + 2
            before = [e.pos for e in events if e.pos < cue]
            expected = bool(before) and "\n" in text[max(before):cue]
            assert layer.perfect_after_dated(text, "the army", cue, sentence) == expected
    assert not Speech(mentions=[], cues=[]).perfect_after_dated(text, "nobody", cues[3], cues[3] - 20)
