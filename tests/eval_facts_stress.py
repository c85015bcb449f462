"""Battlefield facts on the stress cases (``tests/gold/stress``), scored by the devset's conventions.

``cases.csv`` holds short invented texts in batches (one to many sentences each, written for this
file, none taken from an article; ``tests/gold/stress/README.md`` lists the batches and their
sizes; each written and labelled before the extractor was run on it): every kind of fact of the devset conventions
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

``qualitative.csv`` holds more invented texts in batches (README) for facts stated without a
number, labelled by the seed conventions (``tests/gold/facts_guidelines.md``: the shortest phrase, the unit of what
would be counted, intentions, forecasts, evaluations and captions left out), scored like the
seeds (``eval_facts``: same unit, overlapping span); only the extractor's rows without a number
count for precision.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from eval_devset import score_facts
from eval_facts import _gold_with_spans, _pair
from _scoring import prf

from saidvsdone import corpus, facts

STRESS = Path(__file__).resolve().parent / "gold" / "stress"


def load(cases_file: str = "cases.csv", facts_file: str = "facts.csv"):
    cases = pd.read_csv(STRESS / cases_file, dtype=str, keep_default_na=False)
    gold_rows = pd.read_csv(STRESS / facts_file, dtype=str, keep_default_na=False)
    frames = [corpus.from_text(row.text, published=row.published, article_id=row.case)
              for row in cases.itertuples(index=False)]
    articles = pd.concat(frames, ignore_index=True)
    gold = {case: {"facts": []} for case in cases["case"]}
    for row in gold_rows.itertuples(index=False):
        gold[row.case]["facts"].append({  # an optional 'start' column: the number's offset, to pair repeated figures
            "sentence": "", "start": int(getattr(row, "start", "") or 0), "quantity_text": row.quantity_text,
            "quantity": float(row.quantity), "unit": row.unit, "actor": row.actor,
            "change": row.change, "category": row.category})
    return articles, gold


def evaluate(verbose: bool = False, blind: bool | int = False) -> dict:
    """``blind``: the blind batches of ``blind_cases.csv`` / ``blind_facts.csv`` (scored apart, with floors of their
    own since they were studied; their first runs are recorded in the README before any fix); ``blind=2``: the
    second round's blind batches ``blind2_cases.csv`` / ``blind2_facts.csv`` (scored apart, not gated); ``blind=3``: the
    third round's long blind pieces ``blind3_cases.csv`` / ``blind3_facts.csv`` (B20-B22, scored apart, not gated); ``blind=5``:
    the fourth round's long blind pieces ``facts_blind5_cases.csv`` / ``facts_blind5_facts.csv`` (B24, scored apart, not gated);
    ``blind=6``: the fifth round's ``facts_blind6_cases.csv`` / ``facts_blind6_facts.csv`` (B26-, scored apart, not gated);
    ``blind=7``: the sixth round's ``facts_blind7_cases.csv`` / ``facts_blind7_facts.csv`` (B29-B33, vocabulary breadth written
    blind before the tables were opened; scored apart, not gated); ``blind=8``: the seventh round's ``facts_blind8_cases.csv`` /
    ``facts_blind8_facts.csv`` (B35-B43, long pieces in unfamiliar genres written blind; scored apart, not gated); ``blind=9``: the
    eighth round's ``facts_blind9_cases.csv`` / ``facts_blind9_facts.csv`` (B45: fresh variants of the families that failed most
    often on the first runs of B1-B44, written blind; scored apart, not gated); ``blind=10``: the ninth round's
    ``facts_blind10_cases.csv`` / ``facts_blind10_facts.csv`` (B48-B50: tables turned to prose, ranges and approximations,
    third-party and cumulative figures, hectares and square miles, sides stated from the other side; written blind);
    ``blind=11``: the tenth round's ``facts_blind11_cases.csv`` / ``facts_blind11_facts.csv`` (B51-B53: the sources real copy
    quotes, an air force's night report, the General Staff in prose, assessments, a commander's distances, troop
    strengths, shares of a region, withdrawals, headline figures, numbers in words, mixed units; written blind);
    ``blind=12``: the eleventh round's ``facts_blind12_cases.csv`` / ``facts_blind12_facts.csv`` (B54: eight long pieces, a
    General Staff bulletin in prose, an air-defence report by weapon type, shares of regions with hectares and city
    comparisons, ranges and depths, prisoners and exchanges, both sides' figures for one fight, a table-like weekly
    roundup, figures in quotes with the side in the sentence before; written blind);
    ``blind=13``: the eleventh round's second batch ``facts_blind13_cases.csv`` / ``facts_blind13_facts.csv`` (B55: a
    Moscow ministry summary by group of forces and by region, a question-and-answer explainer in numbers, a live blog
    read bottom-up with clock times; written blind);
    ``blind=14``: the twelfth round's ``facts_blind14_cases.csv`` / ``facts_blind14_facts.csv`` (B56: a map desk's monthly
    table turned into prose with conversions, a military blogger's weekly summary translated, an air-raid night report
    with per-region counts, a prisoner-exchange story with both sides' figures; written blind);
    ``blind=15``: the twelfth round's second batch ``facts_blind15_cases.csv`` / ``facts_blind15_facts.csv`` (B57: a
    defence ministry's daily summary in translation, a war-anniversary recap with year-on-year figures, a reader's guide
    to the front line with distances and depths; written blind);
    ``blind=16``: the thirteenth round's ``facts_blind16_cases.csv`` / ``facts_blind16_facts.csv`` (B58: a fact-check with
    a verdict, a numbered ranking of directions, a local paper's front-line town, a recruitment story, a battle timeline
    with dated entries, a "week in numbers" digest with the figure first; written blind)."""
    cases_file, facts_file = (("facts_blind16_cases.csv", "facts_blind16_facts.csv") if blind == 16 and blind is not True
                              else ("facts_blind15_cases.csv", "facts_blind15_facts.csv") if blind == 15 and blind is not True
                              else ("facts_blind14_cases.csv", "facts_blind14_facts.csv") if blind == 14 and blind is not True
                              else ("facts_blind13_cases.csv", "facts_blind13_facts.csv") if blind == 13 and blind is not True
                              else ("facts_blind12_cases.csv", "facts_blind12_facts.csv") if blind == 12 and blind is not True
                              else ("facts_blind11_cases.csv", "facts_blind11_facts.csv") if blind == 11 and blind is not True
                              else ("facts_blind10_cases.csv", "facts_blind10_facts.csv") if blind == 10 and blind is not True
                              else ("facts_blind9_cases.csv", "facts_blind9_facts.csv") if blind == 9 and blind is not True
                              else ("facts_blind8_cases.csv", "facts_blind8_facts.csv") if blind == 8 and blind is not True
                              else ("facts_blind7_cases.csv", "facts_blind7_facts.csv") if blind == 7 and blind is not True
                              else ("facts_blind6_cases.csv", "facts_blind6_facts.csv") if blind == 6 and blind is not True
                              else ("facts_blind5_cases.csv", "facts_blind5_facts.csv") if blind == 5 and blind is not True
                              else ("blind3_cases.csv", "blind3_facts.csv") if blind == 3 and blind is not True
                              else ("blind2_cases.csv", "blind2_facts.csv") if blind == 2 and blind is not True
                              else ("blind_cases.csv", "blind_facts.csv") if blind else ("cases.csv", "facts.csv"))
    articles, gold = load(cases_file, facts_file)
    found = facts.extract(articles)
    result, errors = score_facts(articles, gold, found)
    batches = pd.read_csv(STRESS / cases_file, dtype=str, keep_default_na=False)
    for batch, cases in batches.groupby("batch")["case"]:
        part, _ = score_facts(articles[articles["article_id"].isin(set(cases))],
                              {c: gold[c] for c in cases}, found[found["article_id"].isin(set(cases))])
        print(f"  batch {batch}: " + "  ".join(f"{k} {v:.3f}" for k, v in part.items()
                                               if isinstance(v, float) and k != "f1"))
    figures = "  ".join(f"{k} {v:.3f}" for k, v in result.items() if isinstance(v, float))
    print(f"Facts stress cases (tests/gold/stress/{cases_file}: {len(articles)} texts, {result['gold']} gold, "
          f"{result['system']} found, {result['matched']} matched): {figures}")
    if verbose:
        print("\n".join(errors))
    return result


def evaluate_qualitative(verbose: bool = False) -> dict:
    """Facts without a number on ``qualitative.csv``."""
    rows = pd.read_csv(STRESS / "qualitative.csv", dtype=str, keep_default_na=False)
    cases = rows.drop_duplicates("case")
    articles = pd.concat([corpus.from_text(r.text, published=r.published, article_id=r.case)
                          for r in cases.itertuples(index=False)], ignore_index=True)
    texts = dict(zip(articles["article_id"], articles["text"]))
    gold = rows[rows["phrase"] != ""].rename(columns={"case": "article_id"}).assign(quantity="")
    gold = _gold_with_spans(gold, texts)
    system = facts.fold(facts.extract(articles))
    system = system[system["quantity"].isna()]
    pairs, missed, spurious = _pair(gold, system, use_unit=True)
    p, r, f = prf(len(pairs), len(system), len(gold))
    actor = [g.actor == s.actor for g, s in pairs]
    change = [g.change == s.change for g, s in pairs]
    result = {"gold": len(gold), "system": len(system), "matched": len(pairs), "precision": p, "recall": r,
              "f1": f, "actor_accuracy": sum(actor) / len(pairs) if pairs else 0.0,
              "change_accuracy": sum(change) / len(pairs) if pairs else 0.0}
    print(f"Qualitative facts stress cases (tests/gold/stress/qualitative.csv: {len(cases)} texts, {len(gold)} gold, "
          f"{len(system)} found, {len(pairs)} matched): " +
          "  ".join(f"{k} {v:.3f}" for k, v in result.items() if isinstance(v, float)))
    if verbose:
        for g in missed:
            print(f"  MISSED   {g.article_id} {g.unit} {g.phrase!r}")
        for s in spurious:
            print(f"  SPURIOUS {s.article_id} {s.unit} {s.phrase!r}")
        for (g, s), a, c in zip(pairs, actor, change):
            if not (a and c):
                print(f"  WRONG    {g.article_id} {g.phrase!r}: gold {g.actor or '-'}/{g.change}, "
                      f"got {s.actor or '-'}/{s.change} {s.phrase!r}")
    return result


if __name__ == "__main__":
    evaluate_qualitative(verbose=True)
    evaluate(verbose=True)
    evaluate(verbose=True, blind=True)
    evaluate(verbose=True, blind=2)
    evaluate(verbose=True, blind=3)
    evaluate(verbose=True, blind=5)
    evaluate(verbose=True, blind=6)
