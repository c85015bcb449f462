"""Format checks of the long synthetic gold sets tests/gold/heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16, heldout17, heldout18 and heldout19 (devset
conventions), and that the unstudied ones are never gated."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import evaluate  # noqa: E402

GOLD = HERE / "gold"
#: (set, half) → how many articles it holds
HALVES = {"heldout2/dev": 5, "heldout2/test": 5, "heldout3/test": 8, "heldout4/test": 8, "heldout5/test": 8,
          "heldout6/test": 8, "heldout7/test": 8, "heldout8/test": 8, "heldout9/test": 8,
          "heldout10/test": 8, "heldout11/test": 8, "heldout12/test": 8,
          "heldout13/test": 8, "heldout14/test": 8, "heldout15/test": 8,
          "heldout16/test": 8, "heldout17/test": 8, "heldout18/test": 8, "heldout19/test": 8}
MARKS = "\"“‘'„"  # heldout4 h02 and heldout5 k03 open their quotes with the low-9 mark
UNITS = {"km2", "sq mi", "km", "mi", "settlements", "percent", "troops", "missiles", "drones", "air targets"}
CHANGES = {"gain", "loss", "held", "distance", "share", "count"}
CATEGORIES = {"territory", "settlements", "distance", "share", "troops", "missiles", "casualties"}
QUALIFIERS = {"", "over", "nearly", "around", "up to", "more than", "less than", "only", "just", "some", "roughly"}


def _rows(half: str, name: str) -> list[dict]:
    with open(GOLD / half / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _texts(half: str) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in (GOLD / half / "articles").glob("*.txt")}


@pytest.mark.parametrize("half", HALVES)
def test_the_manifest_lists_exactly_the_articles(half):
    listed = {row["file"] for row in _rows(half, "articles.csv")}
    assert listed == {p.name for p in (GOLD / half / "articles").glob("*.txt")}
    assert len(listed) == HALVES[half]


@pytest.mark.parametrize("half", HALVES)
def test_every_quote_is_a_marked_span_of_its_article(half):
    texts = _texts(half)
    for row in _rows(half, "quotes.csv"):
        text = texts[row["article_id"]]
        starts = [i for i in range(len(text)) if text.startswith(row["text"], i) and i > 0 and text[i - 1] in MARKS]
        assert len(starts) >= int(row["occurrence"]), (row["article_id"], row["text"])
        assert row["kind"] in {"direct", "partial", "scare"}
        assert bool(row["speaker"]) == (row["kind"] != "scare"), row["text"]


@pytest.mark.parametrize("half", HALVES)
def test_every_claim_is_a_sentence_of_its_article(half):
    texts = _texts(half)
    for row in _rows(half, "claims.csv"):
        assert row["text"] in texts[row["article_id"]], row["text"][:60]
        assert row["speaker"] and row["headline"] in {"", "true"}


@pytest.mark.parametrize("half", HALVES)
def test_every_fact_uses_the_devset_values(half):
    texts = _texts(half)
    for row in _rows(half, "facts.csv"):
        assert row["phrase"] in texts[row["article_id"]], row["phrase"][:60]
        assert row["quantity_text"] in row["phrase"]
        assert float(row["quantity"]) > 0
        assert row["unit"] in UNITS and row["change"] in CHANGES and row["category"] in CATEGORIES
        assert row["actor"] in {"Russia", "Ukraine"} and row["qualifier"] in QUALIFIERS


def test_heldout2_heldout3_and_heldout19_figures_are_never_gated_and_heldout4_to_heldout18_are_since_they_were_studied():
    found = {"heldout2_dev.quotes.f1": 0.9, "heldout2_test.facts.recall": 0.7, "heldout3_test.claims.recall": 0.8,
             "heldout4_test.facts.f1": 0.9, "heldout5_test.claims.f1": 0.8, "heldout5_test.quotes.recall": 0.9,
             "heldout6_test.claims.f1": 0.8, "heldout6_test.facts.recall": 0.9, "heldout6_test.headline_claims.f1": 0.7,
             "heldout7_test.claims.f1": 0.8, "heldout7_test.facts.recall": 0.9, "heldout7_test.quotes.speaker_accuracy": 0.7,
             "heldout8_test.claims.f1": 0.8, "heldout8_test.facts.recall": 0.9, "heldout8_test.quotes.speaker_accuracy": 0.7,
             "heldout9_test.claims.f1": 0.8, "heldout9_test.facts.recall": 0.9, "heldout9_test.quotes.speaker_accuracy": 0.7,
             "heldout10_test.claims.f1": 0.8, "heldout10_test.facts.recall": 0.9, "heldout10_test.quotes.speaker_accuracy": 0.7,
             "heldout11_test.claims.f1": 0.8, "heldout11_test.facts.recall": 0.9, "heldout11_test.quotes.speaker_accuracy": 0.7,
             "heldout12_test.claims.f1": 0.8, "heldout12_test.facts.recall": 0.9, "heldout12_test.quotes.speaker_accuracy": 0.7,
             "heldout13_test.claims.f1": 0.8, "heldout13_test.facts.recall": 0.9, "heldout13_test.quotes.speaker_accuracy": 0.7,
             "heldout14_test.claims.f1": 0.8, "heldout14_test.facts.recall": 0.9, "heldout14_test.quotes.speaker_accuracy": 0.7,
             "heldout15_test.claims.f1": 0.8, "heldout15_test.facts.recall": 0.9, "heldout15_test.quotes.speaker_accuracy": 0.7,
             "heldout16_test.claims.f1": 0.8, "heldout16_test.facts.recall": 0.9, "heldout16_test.quotes.speaker_accuracy": 0.7,
             "heldout17_test.claims.f1": 0.8, "heldout17_test.facts.recall": 0.9, "heldout17_test.quotes.speaker_accuracy": 0.7,
             "heldout18_test.claims.f1": 0.8, "heldout18_test.facts.recall": 0.9, "heldout18_test.quotes.speaker_accuracy": 0.7,
             "heldout19_test.claims.f1": 0.8, "heldout19_test.facts.recall": 0.9, "heldout19_test.quotes.speaker_accuracy": 0.7,
             "seeds.quotes.f1": 0.95}
    assert evaluate.raised(found, {}) == {"heldout4_test.facts.f1": 0.9, "heldout5_test.claims.f1": 0.8,
                                          "heldout5_test.quotes.recall": 0.9, "heldout6_test.claims.f1": 0.8,
                                          "heldout6_test.facts.recall": 0.9, "heldout6_test.headline_claims.f1": 0.7,
                                          "heldout7_test.claims.f1": 0.8, "heldout7_test.facts.recall": 0.9,
                                          "heldout7_test.quotes.speaker_accuracy": 0.7,
                                          "heldout8_test.claims.f1": 0.8, "heldout8_test.facts.recall": 0.9,
                                          "heldout8_test.quotes.speaker_accuracy": 0.7,
                                          "heldout9_test.claims.f1": 0.8, "heldout9_test.facts.recall": 0.9,
                                          "heldout9_test.quotes.speaker_accuracy": 0.7,
                                          "heldout10_test.claims.f1": 0.8, "heldout10_test.facts.recall": 0.9,
                                          "heldout10_test.quotes.speaker_accuracy": 0.7,
                                          "heldout11_test.claims.f1": 0.8, "heldout11_test.facts.recall": 0.9,
                                          "heldout11_test.quotes.speaker_accuracy": 0.7,
                                          "heldout12_test.claims.f1": 0.8, "heldout12_test.facts.recall": 0.9,
                                          "heldout12_test.quotes.speaker_accuracy": 0.7,
                                          "heldout13_test.claims.f1": 0.8, "heldout13_test.facts.recall": 0.9,
                                          "heldout13_test.quotes.speaker_accuracy": 0.7,
                                          "heldout14_test.claims.f1": 0.8, "heldout14_test.facts.recall": 0.9,
                                          "heldout14_test.quotes.speaker_accuracy": 0.7,
                                          "heldout15_test.claims.f1": 0.8, "heldout15_test.facts.recall": 0.9,
                                          "heldout15_test.quotes.speaker_accuracy": 0.7,
                                          "heldout16_test.claims.f1": 0.8, "heldout16_test.facts.recall": 0.9,
                                          "heldout16_test.quotes.speaker_accuracy": 0.7,
                                          "heldout17_test.claims.f1": 0.8, "heldout17_test.facts.recall": 0.9,
                                          "heldout17_test.quotes.speaker_accuracy": 0.7,
                                          "heldout18_test.claims.f1": 0.8, "heldout18_test.facts.recall": 0.9,
                                          "heldout18_test.quotes.speaker_accuracy": 0.7, "seeds.quotes.f1": 0.95}


@pytest.mark.parametrize("folder", ["heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
                                    "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
                                    "heldout17", "heldout18", "heldout19"])
def test_heldout3_to_heldout19_pass_their_own_offset_checks(folder):
    import subprocess
    script = {"heldout3": "check.py", "heldout4": "check_heldout4.py", "heldout5": "check_heldout5.py",
              "heldout6": "check_heldout6.py", "heldout7": "check_heldout7.py",
              "heldout8": "check_heldout8.py", "heldout9": "check_heldout9.py",
              "heldout10": "check_heldout10.py", "heldout11": "check_heldout11.py",
              "heldout12": "check_heldout12.py", "heldout13": "check_heldout13.py",
              "heldout14": "check_heldout14.py", "heldout15": "check_heldout15.py",
              "heldout16": "check_heldout16.py", "heldout17": "check_heldout17.py",
              "heldout18": "check_heldout18.py", "heldout19": "check_heldout19.py"}[folder]
    done = subprocess.run([sys.executable, str(GOLD / folder / script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK" in done.stdout
