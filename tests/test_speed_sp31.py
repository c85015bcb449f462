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
