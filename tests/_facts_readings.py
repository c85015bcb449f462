"""The facts test files' shared reading of a short invented text: its numeric rows that stay in the default
comparison, and each as ``(quantity, unit, actor, change)``."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def numbers(text: str, published: str = "2026-03-10") -> pd.DataFrame:
    """The numeric rows of ``text`` that stay in the default comparison (no flag)."""
    table = facts.extract(corpus.from_text(text, published=published))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def readings(text: str, published: str = "2026-03-10") -> list[tuple]:
    return [(float(r.quantity), r.unit, r.actor, r.change) for r in numbers(text, published).itertuples()]


def numeric_row(text: str, quantity: float, published: str = "2026-03-10") -> pd.Series:
    """The one numeric row of ``text`` (in the default comparison) whose quantity is ``quantity``."""
    table = numbers(text, published)
    found = table[table["quantity"] == quantity]
    assert len(found) == 1, table[["quantity", "unit", "actor", "change"]]
    return found.iloc[0]
