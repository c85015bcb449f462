"""Claim finding measured against the hand-annotated gold file tests/gold/claims.csv.

Gold rows give the shortest span stating a claim and its type. A found claim matches a
gold claim when both are in the same article, have the same claim type, and the found
claim's matched phrase overlaps the gold span (each side matched once). Speaker and
date accuracy are computed over the matched pairs.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from _scoring import articles_for, prf, same_date

from saidvsdone import claims

GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD = GOLD_DIR / "claims.csv"


def _plain(text: str) -> str:
    return " ".join(str(text).split())


def evaluate(verbose: bool = False, gold_dir: Path = GOLD_DIR) -> dict:
    """Print and return the figures; ``gold_dir`` may hold its own ``articles/`` (a held-out set)."""
    GOLD = Path(gold_dir) / "claims.csv"
    articles = articles_for(gold_dir)
    gold = pd.read_csv(GOLD, dtype=str, keep_default_na=False)
    texts = articles.set_index("article_id")["text"]
    system = claims.find(articles)
    spans, unlocated = [], []
    for row in gold.itertuples(index=False):
        start = texts[row.article_id].find(_plain(row.text))
        if start < 0:
            unlocated.append(row)
        spans.append((start, start + len(_plain(row.text))))
    used, pairs, missed = set(), [], []
    for row, (g_start, g_end) in zip(gold.itertuples(index=False), spans):
        match = next((s for s in system.itertuples(index=False)
                      if s.claim_id not in used and s.article_id == row.article_id
                      and s.claim_type == row.claim_type and s.phrase_start < g_end and g_start < s.phrase_end), None)
        if match is None:
            missed.append(row)
            continue
        used.add(match.claim_id)
        pairs.append((row, match))
    spurious = system[~system["claim_id"].isin(used)]
    tp = len(pairs)
    precision, recall, f1 = prf(tp, len(system), len(gold))

    speaker_ok = [g.speaker == s.speaker for g, s in pairs]
    date_ok = [same_date(g.statement_date, s.statement_date) for g, s in pairs]
    result = {"gold": len(gold), "system": len(system), "matched": tp, "precision": precision,
              "recall": recall, "f1": f1,
              "speaker_accuracy": sum(speaker_ok) / tp if tp else 0.0,
              "date_accuracy": sum(date_ok) / tp if tp else 0.0}
    print(f"Claims ({GOLD.relative_to(GOLD_DIR.parents[1])}): {len(gold)} gold, {len(system)} found, {tp} matched")
    print(f"  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"  speaker accuracy {result['speaker_accuracy']:.3f}  date accuracy {result['date_accuracy']:.3f}"
          "  (over matched claims)")
    by_type = gold.assign(found=[r not in missed for r in gold.itertuples(index=False)])
    print("  recall by type: " + ", ".join(f"{t} {g['found'].mean():.2f} ({g['found'].sum()}/{len(g)})"
                                          for t, g in by_type.groupby("claim_type")))
    if verbose:
        for row in unlocated:
            print(f"  GOLD SPAN NOT FOUND IN TEXT {row.article_id[:3]} {row.text!r}")
        for row in missed:
            print(f"  MISSED   {row.article_id[:3]} {row.claim_type:<20} {row.text[:70]!r}")
        for row in spurious.itertuples(index=False):
            print(f"  SPURIOUS {row.article_id[:3]} {row.claim_type:<20} {row.phrase[:70]!r}")
        for (g, s), ok in zip(pairs, speaker_ok):
            if not ok:
                print(f"  SPEAKER  {g.article_id[:3]} {g.text[:50]!r}: gold {g.speaker!r}, got {s.speaker!r}")
        for (g, s), ok in zip(pairs, date_ok):
            if not ok:
                print(f"  DATE     {g.article_id[:3]} {g.text[:50]!r}: gold {g.statement_date or 'NaT'}, got "
                      f"{s.statement_date.date() if not pd.isna(s.statement_date) else 'NaT'}")
    return result


if __name__ == "__main__":
    evaluate(verbose=True)
