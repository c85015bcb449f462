"""Battlefield facts on the stress cases (``tests/gold/stress``), scored by the devset's conventions.

``cases.csv`` holds 255 short invented texts (one to three sentences each, written for this
file, none taken from an article; batch 1 = 96, batch 2 = 56, batch 3 = 29 long wire-style sentences, lists and headlines, batch 4 = 33 more of every kind, batch 5 = 24 in the house styles of ministries, bulletins, live blogs and transcripts, batch 6 = 17 with sides carried across sentences and quotes; each written and labelled before the
extractor was run on it): every kind of fact of the devset conventions
(``../shared/devset/README.md`` section 3.3) in varied styles (areas in km², square miles,
hectares; settlements; advance depth and distances; troops, casualties and prisoners;
missiles, drones and air targets; lists, passives, numbers in words, ranges, percentages,
headlines, quotes with "we" / "the enemy"), and decoys that hold no fact (population,
money, years, ages, times, road and brigade numbers, civilians, equipment, vague amounts,
distances between towns). ``facts.csv`` lists the facts, one row per number mention, labelled
by those conventions before the extractor was run on them.

Matching is the devset's (``eval_devset.score_facts``): same case, quantity and unit; rows the
extractor flags (vague, dimension …) are left out. A number found in a decoy is a false
positive.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from eval_devset import score_facts

from saidvsdone import corpus, facts

STRESS = Path(__file__).resolve().parent / "gold" / "stress"


def load():
    cases = pd.read_csv(STRESS / "cases.csv", dtype=str, keep_default_na=False)
    gold_rows = pd.read_csv(STRESS / "facts.csv", dtype=str, keep_default_na=False)
    frames = [corpus.from_text(row.text, published=row.published, article_id=row.case)
              for row in cases.itertuples(index=False)]
    articles = pd.concat(frames, ignore_index=True)
    gold = {case: {"facts": []} for case in cases["case"]}
    for row in gold_rows.itertuples(index=False):
        gold[row.case]["facts"].append({
            "sentence": "", "start": 0, "quantity_text": row.quantity_text,
            "quantity": float(row.quantity), "unit": row.unit, "actor": row.actor,
            "change": row.change, "category": row.category})
    return articles, gold


def evaluate(verbose: bool = False) -> dict:
    articles, gold = load()
    found = facts.extract(articles)
    result, errors = score_facts(articles, gold, found)
    batches = pd.read_csv(STRESS / "cases.csv", dtype=str, keep_default_na=False)
    for batch, cases in batches.groupby("batch")["case"]:
        part, _ = score_facts(articles[articles["article_id"].isin(set(cases))],
                              {c: gold[c] for c in cases}, found[found["article_id"].isin(set(cases))])
        print(f"  batch {batch}: " + "  ".join(f"{k} {v:.3f}" for k, v in part.items()
                                               if isinstance(v, float) and k != "f1"))
    figures = "  ".join(f"{k} {v:.3f}" for k, v in result.items() if isinstance(v, float))
    print(f"Facts stress cases (tests/gold/stress: {len(articles)} texts, {result['gold']} gold, "
          f"{result['system']} found, {result['matched']} matched): {figures}")
    if verbose:
        print("\n".join(errors))
    return result


if __name__ == "__main__":
    evaluate(verbose=True)
