"""Battlefield facts, eighth round: a short follow-up on casualty lists, pronoun counts and interception shares.

Every sentence here is invented for the test; each test states the general rule it checks.
"""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str, published: str = "2026-03-10") -> pd.DataFrame:
    """The numeric rows of ``text`` (flagged ones too)."""
    table = facts.extract(corpus.from_text(text, published=published))
    return table[table["quantity"].notna()].reset_index(drop=True)


def readings(text: str, published: str = "2026-03-10") -> list[tuple]:
    return [(float(r.quantity), r.unit, r.actor, r.change, r.flag) for r in numbers(text, published).itertuples()]


def test_a_casualty_figure_does_not_count_the_weapon_of_the_next_clause():
    # rule: a subordinating conjunction (when, as, while, because …) after a number opens another clause, so the
    # unit scan stops there: the wounded are people, not missiles
    rows = readings("Four people were killed and 17 injured when a guided bomb hit a market in Kostiantynivka, "
                    "the regional governor said.")
    assert [r[1] for r in rows] == ["people", "people"]
    assert all(r[4] == "civilians" for r in rows)
    assert [r[1] for r in readings("Six soldiers were wounded as a drone struck their truck near Lyman.")] == ["troops"]
    # a weapon right after its number still counts
    assert readings("Russia lost 40 tanks when Ukrainian drones struck the column.")[0][:2] == (40.0, "tanks")

