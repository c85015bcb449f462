"""The accuracy gate: no figure of `make eval` may fall below its pinned floor (tests/gold/floors.json)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate  # noqa: E402


def test_every_gated_figure_holds_its_floor():
    floors = evaluate.read_floors()
    assert floors, "tests/gold/floors.json is missing or empty"
    failures = evaluate.gate(evaluate.quiet_figures(), floors)
    assert not failures, "accuracy fell below a floor:\n" + "\n".join(failures)


def test_the_gate_fails_a_figure_below_its_floor():
    floors = {"seeds.quotes.f1": 0.9, "seeds.quotes.recall": 0.5, "devset_dev.claims.recall": 0.8}
    found = {"seeds.quotes.f1": 0.89, "seeds.quotes.recall": 0.7}
    failures = evaluate.gate(found, floors)
    assert failures == ["seeds.quotes.f1: 0.890 is below its floor 0.900"]


def test_floors_are_only_ever_raised():
    floors = {"seeds.quotes.f1": 0.95}
    new = evaluate.raised({"seeds.quotes.f1": 0.9, "seeds.facts.recall": 0.8123,
                           "heldout_test.quotes.f1": 0.5}, floors)
    assert new == {"seeds.facts.recall": 0.812, "seeds.quotes.f1": 0.95}
