"""Battlefield facts measured against the hand-annotated gold file tests/gold/facts.csv.

How a system fact matches a gold fact (one to one, in the same article):

* **Numeric facts** (gold ``quantity`` filled): same quantity (relative tolerance 1e-6)
  and same ``unit``. When several system rows qualify, the one whose span overlaps
  the gold phrase, else the nearest, is taken.
* **Qualitative facts** (gold ``quantity`` empty): a system row with no quantity, the
  same ``unit`` (``area`` / ``settlements`` / ``strikes`` / ``people``) and a span that
  overlaps the gold phrase by at least one character; the largest overlap wins. A
  system qualitative fact that overlaps no gold phrase is a false positive, and one
  system row can match only one gold row: restating a fact does not earn credit twice.

The gold phrase is located in the article's clean ``text`` after folding white space
(the gold keeps the seeds' no-break spaces; the corpus makes them plain). A gold
phrase that cannot be found is reported, and counts as a miss unless it is numeric
(numeric matching does not need the span).

The system table is folded first (``facts.fold``): these gold files annotate a figure once
(one row per range, no row for a bracketed conversion or a restatement), and unit labels
that name the same unit (``mi2`` / ``sq mi``, ``people`` / ``troops``) are compared as one.

Precision = matched / system rows; recall = matched / gold rows. Actor and change
accuracy are over matched pairs. Unit accuracy cannot be measured on pairs that were
matched on the unit, so it is computed over *located* pairs: gold and system rows
paired on article + quantity (numeric) or article + overlapping span (qualitative),
whatever their units.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

from _scoring import articles_for, prf

from saidvsdone import facts

GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD = GOLD_DIR / "facts.csv"


#: Unit labels that name the same unit: the older gold files write ``mi2`` for ``sq mi`` and
#: ``people`` for soldiers and military casualties, which the table now labels ``troops``.
_SAME_UNIT = {"mi2": "sq mi", "troops": "people"}


def _unit(label: str) -> str:
    return _SAME_UNIT.get(label, label)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", str(text))


def _gold_with_spans(gold: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    starts, ends = [], []
    for row in gold.itertuples(index=False):
        text = texts.get(row.article_id, "")
        where = text.find(_fold(row.phrase).strip())
        starts.append(where)
        ends.append(where + len(_fold(row.phrase).strip()) if where >= 0 else -1)
    return gold.assign(gold_start=starts, gold_end=ends,
                       gold_quantity=pd.to_numeric(gold["quantity"], errors="coerce"))


def _same_quantity(a: float, b: float) -> bool:
    return not (math.isnan(a) or math.isnan(b)) and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _overlap(g, s) -> int:
    if g.gold_start < 0:
        return 0
    return max(0, min(g.gold_end, s.end) - max(g.gold_start, s.start))


def _pair(gold: pd.DataFrame, system: pd.DataFrame, use_unit: bool):
    """(gold row, system row) pairs, unmatched gold rows, unmatched system rows."""
    free = {i: row for i, row in enumerate(system.itertuples(index=False))}
    pairs, missed = [], []
    ordered = sorted(gold.itertuples(index=False), key=lambda g: math.isnan(g.gold_quantity))
    for g in ordered:
        best, best_score = None, None
        for i, s in free.items():
            if s.article_id != g.article_id or (use_unit and _unit(s.unit) != _unit(g.unit)):
                continue
            if not math.isnan(g.gold_quantity):
                if not _same_quantity(s.quantity, g.gold_quantity):
                    continue
                overlap = _overlap(g, s)
                distance = abs(s.start - g.gold_start) if g.gold_start >= 0 else 0
                score = (-overlap, distance)
            else:
                if not math.isnan(s.quantity):
                    continue
                overlap = _overlap(g, s)
                if overlap <= 0:
                    continue
                score = (-overlap, abs(s.start - g.gold_start))
            if best_score is None or score < best_score:
                best, best_score = i, score
        if best is None:
            missed.append(g)
        else:
            pairs.append((g, free.pop(best)))
    return pairs, missed, list(free.values())


def evaluate(verbose: bool = False, gold_dir: Path = GOLD_DIR) -> dict:
    """Print and return the figures; ``gold_dir`` may hold its own ``articles/`` (a held-out set)."""
    GOLD = Path(gold_dir) / "facts.csv"
    articles = articles_for(gold_dir)
    texts = dict(zip(articles["article_id"], articles["text"]))
    gold = _gold_with_spans(pd.read_csv(GOLD, dtype=str, keep_default_na=False), texts)
    # these gold files annotate a figure once: one row per range, restatements and
    # bracketed conversions not repeated
    system = facts.fold(facts.extract(articles))
    pairs, missed, spurious = _pair(gold, system, use_unit=True)
    located, _, _ = _pair(gold, system, use_unit=False)
    tp = len(pairs)
    precision, recall, f1 = prf(tp, len(system), len(gold))
    actor_ok = [g.actor == s.actor for g, s in pairs]
    change_ok = [g.change == s.change for g, s in pairs]
    unit_ok = [_unit(g.unit) == _unit(s.unit) for g, s in located]
    numeric = [p for p in pairs if not math.isnan(p[0].gold_quantity)]
    result = {
        "gold": len(gold), "system": len(system), "matched": tp,
        "matched_numeric": len(numeric), "matched_qualitative": tp - len(numeric),
        "gold_numeric": int(gold["gold_quantity"].notna().sum()),
        "precision": precision, "recall": recall, "f1": f1,
        "actor_accuracy": sum(actor_ok) / tp if tp else 0.0,
        "change_accuracy": sum(change_ok) / tp if tp else 0.0,
        "unit_accuracy": sum(unit_ok) / len(located) if located else 0.0,
        "unlocated_gold": int((gold["gold_start"] < 0).sum()),
    }
    print(f"Facts ({GOLD.relative_to(GOLD_DIR.parents[1])}): {len(gold)} gold "
          f"({result['gold_numeric']} numeric), {len(system)} extracted, {tp} matched "
          f"({len(numeric)} numeric, {tp - len(numeric)} qualitative)")
    print(f"  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"  actor accuracy {result['actor_accuracy']:.3f}  change accuracy "
          f"{result['change_accuracy']:.3f}  (over matched facts)  unit accuracy "
          f"{result['unit_accuracy']:.3f}  (over {len(located)} located facts)")
    if result["unlocated_gold"]:
        print(f"  {result['unlocated_gold']} gold phrase(s) not found in the article text")
    if verbose:
        for g in missed:
            q = "" if math.isnan(g.gold_quantity) else f" [{g.gold_quantity:g} {g.unit}]"
            print(f"  MISSED   {g.article_id[:3]} {g.category:12} {g.phrase[:70]!r}{q}")
        for s in spurious:
            q = "" if math.isnan(s.quantity) else f" [{s.quantity:g} {s.unit}]"
            print(f"  SPURIOUS {s.article_id[:3]} {s.category:12} {s.phrase[:70]!r}{q}")
        for (g, s), a_ok, c_ok in zip(pairs, actor_ok, change_ok):
            if not (a_ok and c_ok):
                print(f"  WRONG    {g.article_id[:3]} {g.phrase[:50]!r}: gold {g.actor or '-'}/"
                      f"{g.change}, got {s.actor or '-'}/{s.change}")
        for (g, s), ok in zip(located, unit_ok):
            if not ok:
                print(f"  UNIT     {g.article_id[:3]} {g.phrase[:50]!r}: gold {g.unit}, got {s.unit}")
    return result


if __name__ == "__main__":
    evaluate(verbose=True)
