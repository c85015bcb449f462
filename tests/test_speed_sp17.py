"""Speed changes of round 14, sp17 (issue 17: fewer Python calls per article) change no output: each rewritten
piece against the plain form it replaced, on invented sentences."""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left

import pytest

from saidvsdone import _lazyre, document

TEXTS = [
    "",
    "   ",
    "Russian forces advanced 2.5 km near Kurakhove; Kyiv said (on Monday) the line held — for now.",
    "“We took 12% of it,” the officer’s deputy said. Don't-stop-me words: a-b-c, 1,200.5 troops",
    "42",
    "O'Neill–Smith said “no”… then: “yes”. İstanbul ſ Ñandú 3rd 47th-brigade -x- 'quoted' ’tis",
    "\nA\n\nB  c\t%;:\"()—–",
]

#: the modules whose ``re`` is ``_lazyre``: patterns compiled at first use, ``re.search(r"…", …)`` one dict lookup
LAZY_MODULES = ("saidvsdone.attribution", "saidvsdone.mentions", "saidvsdone.segment", "saidvsdone.when",
                "saidvsdone.facts", "saidvsdone.facts.attribution", "saidvsdone.facts.context",
                "saidvsdone.facts.events", "saidvsdone.facts.fold", "saidvsdone.facts.modality",
                "saidvsdone.facts.numeric", "saidvsdone.facts.periods", "saidvsdone.facts.places",
                "saidvsdone.facts.qualitative", "saidvsdone.facts.quantities", "saidvsdone.facts.sides",
                "saidvsdone.facts.territorial", "saidvsdone.facts.vocab", "saidvsdone.facts.words")


@pytest.mark.parametrize("name", LAZY_MODULES)
def test_the_per_article_modules_read_re_through_lazyre(name):
    """A module-level function of ``re`` given a pattern's text (``re.match(r"\\s+[Rr]iver\\b", …)`` in a function,
    hundreds of calls an article) costs ``re._compile``'s two calls and a type check; ``_lazyre`` one dict lookup."""
    assert importlib.import_module(name).re is _lazyre


def test_lazyre_module_functions_answer_as_re_does():
    # the forms the facts modules call: a pattern's text with and without flags, sub with a string, split
    text = "Troops crossed the Oskil River near 2 villages; 1 294 soldiers, ONE of them wounded."
    for name, pattern, flags in (("match", r"\s+[Rr]iver\b", 0), ("search", r"\bone\s+of\b", re.IGNORECASE),
                                 ("fullmatch", r"[\w\s;,.]+", 0), ("findall", r"\d+", 0)):
        ours = getattr(_lazyre, name)(pattern, text[text.find(" River"):] if name == "match" else text, flags)
        theirs = getattr(re, name)(pattern, text[text.find(" River"):] if name == "match" else text, flags)
        assert (ours.span() if hasattr(ours, "span") else ours) == (theirs.span() if hasattr(theirs, "span") else theirs)
    assert _lazyre.sub(r"(?<=\d)[ \u00a0](?=\d{3}\b)", "", text) == re.sub(r"(?<=\d)[ \u00a0](?=\d{3}\b)", "", text)
    assert _lazyre.split(r"\s*;\s*", text) == re.split(r"\s*;\s*", text)
    assert _lazyre.match(r"\s+[Rr]iver\b", "Kyiv") is None


class _Doc:
    def __init__(self, text):
        self.text = text


@pytest.mark.parametrize("text", TEXTS)
def test_claims_span_read_from_one_split_is_the_token_pattern_s_matches(text):
    """claims' ``_span`` reads a slice's words from one ``split`` and the running sum of the parts' lengths: the
    (stem, "=form") keys and starts ``document.TOKEN.finditer(text, a, b)`` gives, on every slice of the text
    (one that starts or ends inside a word included: the pattern reads nothing outside its match)."""
    from saidvsdone.claims._vocabulary import _span
    from saidvsdone.matcher import word_keys

    bounds = sorted({0, len(text) // 3, len(text) // 2, len(text) - 1, len(text)} - {-1})
    for a in bounds:
        for b in bounds:
            if a > b:
                continue
            found = list(document.TOKEN.finditer(text, a, b))
            assert _span(_Doc(text), a, b) == ([word_keys(m.group()) for m in found], [m.start() for m in found])


def test_claims_span_keeps_each_slice_once_and_reads_built_tokens_as_before():
    from saidvsdone.claims._vocabulary import _span

    doc = document.build("x", "Kyiv said the brigade’s gains were small. Moscow denied it.", None, "")
    first = _span(doc, 0, 41)
    assert _span(doc, 0, 41) is first  # kept on the document
    assert first[1][:3] == [0, 5, 10] and first[0][1] == ("said", "=said")
    doc.tokens  # noqa: B018 - another stage built the document's tokens: they are read instead, the same keys
    del doc._claim_spans
    assert _span(doc, 0, 41) == first


def test_words_after_bisects_on_the_word_ends_as_before():
    """facts' ``words_after`` bisects the words on their ends with a C key (``operator.itemgetter``), not a Python
    function a step: the same words, the last one ending at or before ``stop_at``."""
    from saidvsdone.facts.context import word_tokens, words_after

    text = "Russian units advanced 3 km west of the town, the ministry said on Monday."

    class Ctx:
        words = word_tokens(text)
        word_starts = [w[0] for w in words]
    for pos in (0, 8, 23, 40, 60):
        for stop in (pos, pos + 5, 44, 45, len(text)):
            plain = []
            for w in Ctx.words[bisect_left(Ctx.word_starts, pos):][:6]:
                if w[1] > stop:
                    break
                plain.append(w)
            assert words_after(Ctx, pos, 6, stop) == plain


def test_may_hold_answers_as_before():
    """The speech reader's ``may_hold`` (a loop, no generator): True when the window holds one of the words in any
    case, False otherwise, and always True where lower() does not give what (?i) matches (İ: the regex decides)."""
    from saidvsdone.speech._speakers import _Reader

    class Reader:
        may_hold = _Reader.may_hold
        lowered = _Reader.lowered

        def __init__(self, text):
            self.text = text
    reader = Reader("The Ministry SAID on Monday that the talks were over.")
    assert reader.may_hold(("said", "told"), 0, 30) and not reader.may_hold(("told", "added"), 0, 52)
    assert not reader.may_hold(("said",), 17, 52) and not reader.may_hold((), 0, 52)
    assert Reader("İstanbul officials said nothing.").may_hold(("told",), 0, 10)
