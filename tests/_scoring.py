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
