"""Findings of the round-22 final read (reviewer rv22b), applied by helpers: each test names its helper.

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def _rv22d_facts(text: str) -> pd.DataFrame:
    return facts.extract(corpus.from_text(text, published="2024-06-01"))


def _rv22d_numbers(text: str) -> pd.DataFrame:
    table = _rv22d_facts(text)
    return table[table["quantity"].notna()].reset_index(drop=True)


def test_rv22d_b1_a_capitalised_count_opening_its_sentence_is_no_title():
    got = _rv22d_numbers("Forty Paratroopers of the Russian 76th division were killed in the raid, the general staff said.")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"], got.loc[0, "change"]) == (40.0, "troops", "loss")
    got = _rv22d_numbers("Five Tanks were destroyed near the river crossing, the army said.")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"]) == (5.0, "tanks")


def test_rv22d_b1_a_title_opening_its_sentence_is_still_no_count():
    assert _rv22d_numbers("Six Hundred Metres of Snow is a memoir of the winter front.").empty
    assert _rv22d_numbers("'Six Hundred Metres' is a memoir of the winter front.").empty


def test_rv22d_b2_a_bare_operation_covering_ground_is_no_gain():
    for text in ("Ukrainian engineers said the mine-clearing operation has so far covered about 700 km² of fields.",
                 "The Russian rescue operation covered about 200 sq km of forest."):
        got = _rv22d_numbers(text)
        assert list(got["quantity"]) == [700.0] or list(got["quantity"]) == [200.0]
        assert "gain" not in list(got["change"])


def test_rv22d_b2_an_offensive_noun_row_reaches_the_rule_and_its_owner_gives_the_side():
    got = _rv22d_numbers("Russia's incursion has so far covered about 150 sq km, the institute said.")
    assert (got.loc[0, "quantity"], got.loc[0, "actor"], got.loc[0, "change"]) == (150.0, "Russia", "gain")
    got = _rv22d_numbers("Ukrainian troops pushed on. The counteroffensive operation covered about 90 sq km.")
    assert (got.loc[0, "quantity"], got.loc[0, "actor"], got.loc[0, "change"]) == (90.0, "", "gain")


def test_rv22d_b3_every_toll_verb_puts_its_figure_on_the_toll():
    for text, value in (("Ukrainian killed and wounded passes 60,000, the ministry says.", 60000.0),
                        ("Russian dead and wounded hits 250,000, analysts say.", 250000.0)):
        got = _rv22d_facts(text)
        assert list(got["quantity"]) == [value]
        assert (got.loc[0, "unit"], got.loc[0, "change"]) == ("troops", "loss")


def test_rv22d_b2_the_operation_after_an_advance_is_that_advance_but_a_named_operation_is_not():
    got = _rv22d_numbers("Russian units advanced up to 8 kilometres near the river. A spokesman said the operation "
                         "covered about 60 sq km.")
    assert list(got["quantity"]) == [8.0, 60.0]
    assert (got.loc[1, "actor"], got.loc[1, "change"]) == ("Russia", "gain")
    got = _rv22d_numbers("Russian units advanced up to 8 kilometres near the river. Engineers said the demining "
                         "operation covered about 60 sq km.")
    assert list(got["quantity"]) == [8.0, 60.0] and got.loc[1, "change"] != "gain"
    got = _rv22d_numbers("Engineers said the operation covered about 60 sq km.")
    assert "gain" not in list(got["change"])
