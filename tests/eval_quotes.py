"""Quote extraction measured against the hand-annotated gold file tests/gold/quotes.csv.

A system quote matches a gold quote when both are in the same article and their texts
are identical after folding white space (the gold keeps the seeds' no-break and thin
spaces; the corpus makes them plain). Identical texts in one article are paired in
reading order (the gold's ``occurrence``). Speaker, date and kind accuracy are computed
over the matched pairs.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pandas as pd

from _scoring import articles_for, prf, same_date

from saidvsdone import quotes

GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD = GOLD_DIR / "quotes.csv"


def _fold(text: str) -> str:
    return " ".join(str(text).split())


def _pairs(gold: pd.DataFrame, system: pd.DataFrame):
    """(gold row, system row) pairs plus unmatched gold rows and unmatched system rows."""
    pool = defaultdict(list)
    for row in system.itertuples(index=False):
        pool[(row.article_id, _fold(row.text))].append(row)
    pairs, missed = [], []
    for row in gold.sort_values(["article_id", "occurrence"]).itertuples(index=False):
        candidates = pool.get((row.article_id, _fold(row.text)))
        if candidates:
            pairs.append((row, candidates.pop(0)))
        else:
            missed.append(row)
    spurious = [r for rows in pool.values() for r in rows]
    return pairs, missed, spurious


def evaluate(verbose: bool = False, gold_dir: Path = GOLD_DIR) -> dict:
    """Print and return the figures; ``gold_dir`` may hold its own ``articles/`` (a held-out set)."""
    GOLD = Path(gold_dir) / "quotes.csv"
    articles = articles_for(gold_dir)
    gold = pd.read_csv(GOLD, dtype=str, keep_default_na=False)
    system = quotes.extract(articles)
    pairs, missed, spurious = _pairs(gold, system)
    tp = len(pairs)
    precision, recall, f1 = prf(tp, len(system), len(gold))

    speaker_ok = [g.speaker == s.speaker for g, s in pairs]
    date_ok = [same_date(g.statement_date, s.statement_date) for g, s in pairs]
    kind_ok = [g.kind == s.kind for g, s in pairs]
    result = {
        "gold": len(gold), "system": len(system), "matched": tp,
        "precision": precision, "recall": recall, "f1": f1,
        "speaker_accuracy": sum(speaker_ok) / tp if tp else 0.0,
        "date_accuracy": sum(date_ok) / tp if tp else 0.0,
        "kind_accuracy": sum(kind_ok) / tp if tp else 0.0,
    }
    print(f"Quotes ({GOLD.relative_to(GOLD_DIR.parents[1])}): {len(gold)} gold, {len(system)} extracted, {tp} matched")
    print(f"  span precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"  speaker accuracy {result['speaker_accuracy']:.3f}  date accuracy {result['date_accuracy']:.3f}"
          f"  kind accuracy {result['kind_accuracy']:.3f}  (over matched quotes)")
    if verbose:
        for row in missed:
            print(f"  MISSED   {row.article_id[:3]} {row.text!r}")
        for row in spurious:
            print(f"  SPURIOUS {row.article_id[:3]} {row.text!r}")
        for (g, s), ok in zip(pairs, speaker_ok):
            if not ok:
                print(f"  SPEAKER  {g.article_id[:3]} {g.text[:50]!r}: gold {g.speaker!r}, got {s.speaker!r}")
        for (g, s), ok in zip(pairs, date_ok):
            if not ok:
                print(f"  DATE     {g.article_id[:3]} {g.text[:50]!r}: gold {g.statement_date or 'NaT'}, "
                      f"got {s.statement_date.date() if not pd.isna(s.statement_date) else 'NaT'} ({s.date_basis})")
        for (g, s), ok in zip(pairs, kind_ok):
            if not ok:
                print(f"  KIND     {g.article_id[:3]} {g.text[:50]!r}: gold {g.kind}, got {s.kind}")
    return result


if __name__ == "__main__":
    evaluate(verbose=True)
