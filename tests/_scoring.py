"""Shared pieces of the make-eval scripts: which articles, precision/recall/F1, date equality."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

from saidvsdone import corpus

warnings.simplefilter("ignore", corpus.LoadWarning)  # the load summary is not a figure


def articles_for(gold_dir: Path) -> pd.DataFrame:
    """The corpus a gold folder annotates: its own ``articles/`` (a held-out set) or the seeds."""
    folder = Path(gold_dir) / "articles"
    return corpus.load(folder) if folder.is_dir() else corpus.load()


def prf(matched: int, found: int, gold: int) -> tuple[float, float, float]:
    precision = matched / found if found else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def same_date(gold_date: str, found) -> bool:
    """A gold ``YYYY-MM-DD`` (empty: undated) against a found Timestamp (NaT: undated)."""
    if gold_date == "":
        return pd.isna(found)
    return not pd.isna(found) and str(pd.Timestamp(found).date()) == gold_date


def best_pairs(weights: dict[tuple[int, int], int]) -> dict[int, int]:
    """The one-to-one pairing of left items with right items that maximises the summed weight.

    ``weights[(i, j)]`` (> 0) is what pairing left ``i`` with right ``j`` is worth; pairs not in the dict are
    not allowed. Returns ``{i: j}``. Give each allowed pair a weight whose leading part is one large constant so
    that the most pairs win first and the rest of the weight only breaks ties among equally large pairings
    (Kuhn–Munkres on the small dense matrix of one article).

    >>> best_pairs({(0, 0): 10, (0, 1): 9, (1, 0): 9})  # greedy in order would pair 0 with 0 and leave 1 alone
    {0: 1, 1: 0}
    """
    lefts = sorted({i for i, _ in weights})
    rights = sorted({j for _, j in weights})
    if not lefts:
        return {}
    flip = len(lefts) > len(rights)
    rows, cols = (rights, lefts) if flip else (lefts, rights)
    cost = [[-weights.get((c, r) if flip else (r, c), 0) for c in cols] for r in rows]
    n, m = len(rows), len(cols)
    u, v, owner, way = [0] * (n + 1), [0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0], col0 = row, 0
        least, used = [float("inf")] * (m + 1), [False] * (m + 1)
        while owner[col0]:
            used[col0], r0, delta, col1 = True, owner[col0], float("inf"), 0
            for col in range(1, m + 1):
                if not used[col]:
                    reduced = cost[r0 - 1][col - 1] - u[r0] - v[col]
                    if reduced < least[col]:
                        least[col], way[col] = reduced, col0
                    if least[col] < delta:
                        delta, col1 = least[col], col
            for col in range(m + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    least[col] -= delta
            col0 = col1
        while col0:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    pairs = {}
    for col in range(1, m + 1):
        if owner[col]:
            r, c = rows[owner[col] - 1], cols[col - 1]
            i, j = (c, r) if flip else (r, c)
            if (i, j) in weights:
                pairs[i] = j
    return dict(sorted(pairs.items()))
