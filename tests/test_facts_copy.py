"""Battlefield facts in the shapes of real copy (issue 14, third pass): figures whose verb or unit is gapped, lists
by formation or direction, "the enemy" in an agency's readout, sides taken from the source. Every sentence here is
invented for the test."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str, published: str = "2025-06-01") -> pd.DataFrame:
    table = facts.extract(corpus.from_text(text, published=published))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def rows(text: str) -> list[tuple]:
    return [(r.quantity, r.unit, r.actor, r.change) for r in numbers(text).itertuples()]


def test_a_unit_after_coordinated_modifiers_counts():
    # "60 Shahed-type and decoy drones": the drones, with the shoot-downs after that count them
    got = rows("Russia attacked overnight with 60 Shahed-type and decoy drones, the air force said. "
               "Air defences shot down 38 of them, while 11 more were jammed.")
    assert got == [(60, "drones", "Russia", "count"), (38, "drones", "Ukraine", "count"),
                   (11, "drones", "Ukraine", "count")]
