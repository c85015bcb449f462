"""sp31 (round 28, issue 17): the bench's output check runs on every studied set (heldout18 studied since round 28)
and never on a never-read one; the stack sampler's reading of a stack (its layer, its call sites) and the library
functions its layers open on. Behaviour only: no timing is asserted."""

from __future__ import annotations

import collections
import importlib
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "tests" / "bench"
GOLD = ROOT / "tests" / "gold"

#: folders never run by a bench tool (their texts are never read: tests/gold/README.md)
NEVER_READ = ("heldout/test", "heldout2/test", "heldout3", "heldout19")


def _bench(name: str):
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module(name)


def test_same_tables_runs_every_studied_heldout_folder():
    """heldout4 … heldout18 (the newest studied set included) are compared, each folder where it is."""
    studied = _bench("same_tables").STUDIED
    numbered = sorted(int(m.group(1)) for rel in studied for m in [re.fullmatch(r"heldout(\d+)/test", rel)] if m)
    assert numbered == list(range(4, 19))
    assert {"heldout/dev", "heldout2/dev"} <= set(studied)
    for rel in studied:
        assert (GOLD / rel).exists(), rel


def test_same_tables_never_runs_a_never_read_set():
    studied = _bench("same_tables").STUDIED
    for rel in studied:
        assert not any(rel == never or rel.startswith(never + "/") for never in NEVER_READ), rel
    assert set(_bench("same_tables").HELD_BACK) == {"004", "008", "012", "016", "020"}


def test_stack_layer_is_the_innermost_opening_function():
    profile = _bench("stack_profile")
    speech = ("pipeline.py:_three:1", "quotes.py:extract:2", "document.py:per_article:3", "quotes.py:rows:4",
              "document.py:speech:5", "speech/_layer.py:analyse:6", "mentions.py:known:7")
    assert profile.layer_of(speech) == "speech layer"  # built inside the quotes stage: the layer's time
    assert profile.layer_of(speech[:4] + ("quotes.py:quote_label:9",)) == "quotes (own)"
    assert profile.layer_of(("claims/_stage.py:find:1", "document.py:per_article:2", "claims/_stage.py:_claims_in:3",
                             "claims/_content.py:_claim:4")) == "claims (own)"
    assert profile.layer_of(("claims/_stage.py:find:1", "document.py:per_article:2", "schema.py:typed_frame:4",
                             "frame.py:__init__:5")) == "tables"
    assert profile.layer_of(("facts/__init__.py:extract:1", "document.py:per_article:2")) == "other"
    # a line number is no part of the function's name ("…:analyse:6" opens the layer whatever the line)
    assert profile.layer_of(("speech/_layer.py:analyse:999",)) == "speech layer"
    assert profile.layer_of(("speech/_layer.py:analysed:1",)) == "other"


def test_stack_sites_are_counted_under_the_outermost_call():
    profile = _bench("stack_profile")
    stacks = collections.Counter({
        ("r.py:run:1", "s.py:loop:4", "s.py:loop:8", "t.py:rule:2"): 5,  # a recursion: charged once, at the outer call
        ("r.py:run:1", "s.py:loop:4"): 2,
        ("r.py:run:1", "u.py:other:3"): 7,
    })
    held, sites = profile.sites_under(stacks, "s.py:loop")
    assert held == 7
    assert sites == {"s.py:loop:8": 5, "(own)": 2}
    held, sites = profile.sites_under(stacks, "r.py:run", depth=2)
    assert held == 14
    assert sites == {"s.py:loop:4 > s.py:loop:8": 5, "s.py:loop:4": 2, "u.py:other:3": 7}
    assert profile.sites_under(stacks, "v.py:none") == (0, collections.Counter())


@pytest.mark.parametrize("root", [root for _, root in _bench("stack_profile").LAYERS])
def test_stack_layers_open_on_library_functions(root):
    """Each layer's opening function exists where the sampler names it: a rename would silently move its time to
    "other"."""
    path, _, function = root.partition(":")
    module = "saidvsdone." + path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
    assert callable(getattr(importlib.import_module(module), function, None)), root


# --- matcher.Matcher.matches: each distinct word's starting patterns read once (sp31) --------------------------------

def _reference_matches(m, words, first=0, last=None):
    """What ``Matcher.matches`` gave before sp31: the two index buckets of each word merged at each place, every
    required word of each pattern looked for in the range, then the pattern matched from the word."""
    from saidvsdone import matcher
    last = len(words) if last is None else last
    present = {k for pair in words[first:last] for k in pair}
    found = []
    for i in range(first, last):
        by_stem, by_form = m._index.get(words[i][0]), m._index.get(words[i][1])
        if by_stem is None and by_form is None:
            continue
        for number in matcher._merge(by_stem, by_form):
            pattern, elements, required = m._entries[number]
            if all(not keys.isdisjoint(present) for keys in required):
                end = matcher._match_from(elements, 0, words, i, last, anchored=True)
                if end is not None:
                    found.append((pattern, i, end))
    return found


def _keys(sentence: str) -> list[tuple[str, str]]:
    from saidvsdone import document
    from saidvsdone.matcher import word_keys
    return [word_keys(w) for w in document.TOKEN.findall(sentence)]


#: invented sentences of the shapes the claims lexicon reads: phrases with an optional word, a skipped word, an
#: ellipsis, an alternative, inflections, a phrase started by an optional word, repeated start words
INVENTED = [
    "everything is going exactly according to plan, the minister said",
    "the offensive is not going to plan and the troops are going back",
    "he said the counteroffensive had stalled and that the advance was slow",
    "Kyiv said its forces had pushed the enemy back from the river and held the line",
    "officials said mobilisation was over, and the call-up of reservists would end soon",
    "the army claimed to have captured the village and to have encircled the town",
    "plan plan going going to to plan according according",
    "losses were heavy, losses were staggering, the ministry said the losses were lies",
    "",
]


def _lexicon_matchers():
    from saidvsdone.claims._vocabulary import _lexicon
    lexicon = _lexicon()
    return {"phrases": lexicon.phrases, "topics": lexicon.topics, "both": lexicon.both}


@pytest.mark.parametrize("name", ["phrases", "topics", "both"])
def test_matcher_gives_what_it_gave_on_invented_sentences(name):
    m = _lexicon_matchers()[name]
    for sentence in INVENTED:
        words = _keys(sentence)
        assert m.matches(words) == _reference_matches(m, words), sentence
        for first, last in ((min(2, len(words)), len(words)), (0, max(0, len(words) - 3)),
                            (min(3, len(words)), min(7, len(words)))):  # (a window of the sentence)
            assert m.matches(words, first, last) == _reference_matches(m, words, first, last), (sentence, first, last)
    assert m.matches(_keys(INVENTED[0])) == m.matches(_keys(INVENTED[0]))  # (read again from what was kept)


@pytest.mark.parametrize("name", ["phrases", "topics", "both"])
def test_matcher_gives_what_it_gave_on_every_table_phrase(name):
    """Each phrase of claim_phrases.csv and claim_topics.csv written out as words (its first alternative, optional
    words kept, an ellipsis left out), alone and inside an invented sentence: the same matches as before, and the
    phrase itself among them."""
    m = _lexicon_matchers()[name]
    for pattern in m.patterns:
        words = [w.strip("[]()").split("|")[0].lstrip("=") for w in pattern.source.split() if w not in ("…", "...")]
        for sentence in (" ".join(words), "officials said that " + " ".join(words) + " on Monday"):
            keys = _keys(sentence)
            got = m.matches(keys)
            assert got == _reference_matches(m, keys), (pattern.source, sentence)
            assert any(p.key == pattern.key for p, _, _ in got), (pattern.source, sentence)


def test_matcher_reads_words_given_as_lists_and_stops_keeping_at_its_bound(monkeypatch):
    from saidvsdone import matcher
    m = matcher.Matcher([matcher.compile_phrase("going [according] to plan", key="on_plan"),
                         matcher.compile_phrase("[heavy] losses … (mount|grow)", key="losses")])
    words = _keys("it is going according to plan while heavy losses there continue to mount")
    expected = [(p.key, a, b) for p, a, b in _reference_matches(m, words)]
    assert expected == [("on_plan", 2, 5), ("losses", 7, 12), ("losses", 8, 12)]
    # started by its optional word, its required one absent: no match (that word is still looked for)
    assert m.matches(_keys("heavy rains mount")) == _reference_matches(m, _keys("heavy rains mount")) == []
    assert [(p.key, a, b) for p, a, b in m.matches([list(w) for w in words])] == expected
    monkeypatch.setattr(matcher, "_STARTS_KEPT", 2)
    fresh = matcher.Matcher(m.patterns)
    assert [(p.key, a, b) for p, a, b in fresh.matches(words)] == expected
    assert len(fresh._starts) == 2
    assert [(p.key, a, b) for p, a, b in fresh.matches(words)] == expected  # (words past the bound merged again)
