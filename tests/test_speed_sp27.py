"""sp27 (issue 17): fast paths that must give what the paths they replace gave (never timings)."""

from __future__ import annotations

import random

from saidvsdone import document, mentions

# --- mentions.unknown_names: a run read once per document, its reading kept for the next window over it -------------

_TEXT = ("Kremlin spokesman Dmitry Peskov said on Monday that talks had stalled. Marta Kovalenko, a nurse in Kherson, "
         "said the shelling went on all night. The Centre for Coastal Defence Studies of Lithuania Tomas Vaitkus said "
         "the report was accurate. Commander of the Airborne Forces Yegor Malakhin told reporters the unit held. "
         "\u201cWe are tired,\u201d said Ostap Lisovets. Later, Kovalenko said the hospital had no power. Lord "
         "Hartfield told reporters the Institute for Maritime Security Studies had published its estimate. The "
         "Russian Volunteer Corps said it had crossed the border. Editor's note: this story was updated on Tuesday.")


def _fresh(text: str):
    """A document no rule has read yet (nothing kept on it)."""
    return document.build("sp27", text)


def _windows(text: str, rng: random.Random, n: int) -> list[tuple[int, int]]:
    """Windows of every kind: the whole text, sentence-like spans, spans cut inside runs and ending inside a body's tail."""
    out = [(0, len(text))]
    for _ in range(n):
        a = rng.randrange(0, len(text) - 1)
        out.append((a, rng.randrange(a + 1, min(len(text), a + 400) + 1)))
    return out


def test_windows_read_after_others_give_what_a_fresh_document_gives():
    """Each window asked on one document after many others (its runs' readings kept) gives what the same window asked
    on a fresh document gives, known mentions around it cut at the window (as the speech layer's windows are) or all."""
    rng = random.Random(27)
    shared = _fresh(_TEXT)
    who = mentions.people()
    known = mentions.known(shared, who)
    for a, b in _windows(_TEXT, rng, 120):
        for near in ([k for k in known if k.start >= a - 60 and k.end <= b + 60], known):
            fresh = _fresh(_TEXT)
            assert mentions.unknown_names(shared, a, b, near, who) == mentions.unknown_names(fresh, a, b, near, who), \
                (a, b, len(near))


def test_a_body_tail_cut_by_the_window_is_read_again_for_that_window():
    """A body's tail is matched up to the window's end: the reading kept from a longer window is not given to a window
    that ends inside the tail."""
    text = "Experts at the Institute for Maritime Security Studies said the strike hit the port."
    doc = _fresh(text)
    who = mentions.people()
    whole = mentions.unknown_names(doc, 0, len(text), [], who)
    assert [m.as_written for m in whole] == ["Institute for Maritime Security Studies"]
    cut = text.index(" Studies")
    shorter = mentions.unknown_names(doc, 0, cut, [], who)
    assert shorter == mentions.unknown_names(_fresh(text), 0, cut, [], who)
    assert [m.as_written for m in shorter] == ["Institute for Maritime Security"]
    assert mentions.unknown_names(doc, 0, len(text), [], who) == whole


def test_a_run_after_a_known_mention_is_read_with_that_mention():
    """The same run with and without the known mention over its first words gives each its own reading."""
    text = "Commander of the Airborne Forces Yegor Malakhin said the bridge held."
    doc = _fresh(text)
    who = mentions.people()
    known = mentions.known(doc, who)
    with_known = mentions.unknown_names(doc, 0, len(text), known, who)
    without = mentions.unknown_names(doc, 0, len(text), [], who)
    assert with_known == mentions.unknown_names(_fresh(text), 0, len(text), known, who)
    assert without == mentions.unknown_names(_fresh(text), 0, len(text), [], who)
