"""facts: the period and the side of a figure in a sentence about an earlier time (new-user trial 5)."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def _areas(text: str, published: str) -> pd.DataFrame:
    found = facts.extract(corpus.from_text(text, published=published))
    return found[found["area_km2"].notna()].reset_index(drop=True)


def test_a_side_after_through_is_no_subject():
    # rule: a side named after "through" ("broke through Russian lines") is the object of the
    # preposition, never the subject of the verb that follows
    row = _areas("Ukrainian brigades broke through Russian lines near the river and recaptured 900 square "
                 "kilometres in the past month.", "2023-10-02").iloc[0]
    assert (row["actor"], row["change"]) == ("Ukraine", "gain")
    row = _areas("Russian units pushed through Ukrainian defences and took 300 square kilometres in the past "
                 "month.", "2024-05-20").iloc[0]
    assert (row["actor"], row["change"]) == ("Russia", "gain")
