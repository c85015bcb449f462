"""Review of round 5 (rv5): one mechanism where two helpers had two, and the checks that go with it.
Every sentence here is invented."""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest

from saidvsdone import _lazyre, claims, document


def _frame(texts: dict, published: str = "2024-03-12", title: str = "Officials warn on front") -> pd.DataFrame:
    return pd.DataFrame([dict(article_id=k, text=v, published=pd.Timestamp(published), title=title)
                         for k, v in texts.items()])


_CAPTION = "A soldier walks past a burnt tank near the front. Photograph: Marko Dzhurenko/Agency\n\n"


def test_the_voice_of_the_paragraph_before_reaches_past_a_caption():
    # claims' "who spoke in the paragraph before" checks count story paragraphs (Document.story_gap), not captions
    bases = {
        "they": ("Officials warn on front\n\nSenior Ukrainian officials said on Monday that the defences near the town "
                 "were holding.\n\n{c}They say the army has enough shells for the next two weeks of fighting.\n"),
        "analysts": ("Officials warn on front\n\nThe Institute for the Study of War said Russian forces had advanced "
                     "near the town.\n\n{c}Analysts noted that the advance was slow and costly for the Russian army.\n"),
    }
    texts = {f"{k}-{layout}": b.format(c=c) for k, b in bases.items() for layout, c in (("plain", ""), ("cap", _CAPTION))}
    found = claims.find(_frame(texts))
    second = found.sort_values("start").groupby("article_id")["speaker"].last().to_dict()
    assert second == {"they-plain": "senior Ukrainian officials", "they-cap": "senior Ukrainian officials",
                      "analysts-plain": "Institute for the Study of War (ISW)",
                      "analysts-cap": "Institute for the Study of War (ISW)"}


def test_story_gap_counts_the_story_paragraphs_between():
    # by bisection; the same as counting every paragraph between that is no interruption
    rng = random.Random(5)
    paragraphs = ["Troops held the line near the town."] * 40
    for k in rng.sample(range(40), 12):
        paragraphs[k] = "Soldiers near the front. Photograph: Marko Dzhurenko/Agency"
    doc = document.build("a", "\n\n".join(paragraphs), pd.Timestamp("2024-03-12"))
    skipped = doc.interruptions
    assert skipped
    for earlier in range(-1, 40):
        for later in range(earlier - 2, 40):
            naive = later - earlier if later <= earlier else \
                later - earlier - sum(1 for k in range(earlier + 1, later) if k in skipped)
            assert doc.story_gap(earlier, later) == naive, (earlier, later)


def test_every_lazy_pattern_of_speech_and_claims_compiles():
    # a lazy pattern fails at its first use: compile them all here, so a bad one fails in the tests, not in a rare
    # branch on real copy
    import sys

    import saidvsdone.speech  # noqa: F401

    # (speech and claims may be one module each or packages of small ones: every module of theirs, each pattern once)
    modules = [m for n, m in sorted(sys.modules.items()) if n.split(".")[:2] in (["saidvsdone", "claims"],
                                                                                 ["saidvsdone", "speech"])]
    lazy = list({id(v): (m.__name__, name, v) for m in modules for name, v in vars(m).items()
                 if isinstance(v, _lazyre.LazyPattern)}.values())
    assert len(lazy) > 100 and sum(pattern._build is not None for _, _, pattern in lazy) > 10
    for module, name, pattern in lazy:
        compiled = pattern.compiled()
        if pattern._build is None:
            assert compiled.pattern == pattern.pattern, (module, name)
            continue
        # (a lazy_fail_fast pattern: a first-character look-ahead after any global flags, or none, and a top-level
        # alternation grouped behind it; the rest is its source)
        source = pattern.pattern
        lead = re.match(r"\(\?[aiLmsux]+\)", source)
        at = lead.end() if lead else 0
        plain = re.sub(r"\(\?=(?:\(\?i:)?\[[^\]]*\]\)?\)", "", compiled.pattern[at:], count=1)
        assert compiled.pattern[:at] + plain in (source, source[:at] + "(?:" + source[at:] + ")"), (module, name)


def test_a_bad_lazy_pattern_names_its_text():
    with pytest.raises(re.error, match=r"in the lazily compiled pattern '\(unclosed'") as caught:
        _lazyre.compile("(unclosed").search("text")
    assert caught.value.pos == 0 and caught.value.pattern == "(unclosed"


def test_a_lazy_pattern_hands_out_the_compiled_patterns_own_methods_after_its_first_use():
    lazy = _lazyre.compile(r"\bsaid\b", re.IGNORECASE)
    assert lazy._compiled is None and lazy.search.__name__ == "search"
    assert lazy.search("He SAID so").span() == (3, 7)
    assert lazy.search.__self__ is lazy.compiled() and lazy.finditer.__self__ is lazy.compiled()  # no wrapper call
    assert _lazyre.compile("x").match.__qualname__ == "LazyPattern.match"


def test_a_ledes_unnamed_role_is_the_person_named_two_story_paragraphs_on_past_a_caption():
    base = ("Russian assaults repelled near the town\n\nUkrainian forces repelled 30 Russian assaults near the town over "
            "the past day, a Ukrainian military spokesman said on Thursday.\n\n{c}The attacks came as Moscow pressed its "
            "offensive in the east.\n\nVadym Kravets, spokesman for the Tavria group of forces, said the situation "
            "remained difficult but under control.\n")
    texts = {layout: base.format(c=c) for layout, c in (("plain", ""), ("cap", _CAPTION))}
    found = claims.find(_frame(texts, published="2024-03-14", title="Russian assaults repelled near the town"))
    lede = found[found["text"].str.startswith("Ukrainian forces repelled")]
    assert lede.set_index("article_id")["speaker"].to_dict() == {"plain": "Vadym Kravets", "cap": "Vadym Kravets"}


def test_a_page_stamp_is_an_interruption_of_the_story():
    text = "Troops hold the line\n\nUpdated at 14:32 GMT\n\nThe army said the line held.\n\nIt said more."
    doc = document.build("a", text, pd.Timestamp("2024-03-12"))
    assert 1 in doc.interruptions and doc.story_gap(0, 2) == 1 and doc.story_back(2, 1) == 0
