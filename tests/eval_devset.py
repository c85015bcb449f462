"""The real-article development set (``../shared/devset``) scored by its own conventions.

The set is third-party copyright and lives outside the repository: this script reads it only
when it is there (``SAIDVSDONE_DEVSET`` overrides the folder) and prints nothing of its text
beyond short excerpts of errors. Its ``README.md`` holds the annotation conventions.

The 20 articles are split once, by number: those whose number is a multiple of four (004, 008,
012, 016, 020) are the **held-back part**, never read while developing, so that their figures
estimate how the extractors do on copy nobody here has read; the other fifteen are the
**development part**.

Matching (one to one, in the same article):

* quotes: the texts inside the marks agree after folding white space and trailing punctuation;
* claims: the found claim's span overlaps the gold sentence. Per article, the pairing is the one
  with the most pairs, then the most speakers agreeing, then the nearest starts (an optimal
  assignment, not a greedy pass in gold order, which could cross two voices' rows of one
  sentence; a sentence with two speakers has two gold rows). Headline claims
  (``headline: true``) are scored apart, as the README suggests;
* facts: same quantity (relative 1e-6) and unit, nearest to the gold sentence.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pandas as pd

from _scoring import best_pairs, prf

DEVSET = Path(os.environ.get("SAIDVSDONE_DEVSET", Path(__file__).resolve().parents[1] / ".." / "shared" / "devset"))
HELD_BACK_EVERY = 4


def available() -> bool:
    return (DEVSET / "gold.json").is_file() and (DEVSET / "articles").is_dir()


def part_of(file: str) -> str:
    number = int(re.match(r"\d+", file).group(0))
    return "heldback" if number % HELD_BACK_EVERY == 0 else "dev"


def _fold(text: str) -> str:
    return " ".join(str(text).split())


def _quote_key(text: str) -> str:
    return _fold(text).rstrip(" ,.;:!?…").strip()


def _same_date(gold, found) -> bool:
    if gold in (None, ""):
        return pd.isna(found)
    return not pd.isna(found) and str(pd.Timestamp(found).date()) == gold


def load(part: str):
    """(articles frame, gold dict keyed by article_id) for one part ("dev", "heldback" or "all")."""
    from saidvsdone import corpus

    gold_all = json.loads((DEVSET / "gold.json").read_text(encoding="utf-8"))
    articles = corpus.load(DEVSET / "articles", manifest=DEVSET / "articles.csv")
    gold = {}
    for file, entry in gold_all.items():
        if part != "all" and part_of(file) != part:
            continue
        gold[Path(file).stem] = entry
    articles = articles[articles["article_id"].isin(gold)].reset_index(drop=True)
    return articles, gold


def _locate(text: str, snippet: str, hint: int = 0) -> tuple[int, int]:
    """The span of ``snippet`` in the cleaned ``text`` (white space folded), or (-1, -1)."""
    needle = _fold(snippet)
    where = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not where:
        return -1, -1
    best = min(where, key=lambda w: abs(w - hint))
    return best, best + len(needle)


def score_quotes(articles, gold, system) -> tuple[dict, list[str]]:
    errors, pairs, missed = [], [], []
    pool: dict = {}
    for row in system.itertuples(index=False):
        if row.kind == "scare":
            continue
        pool.setdefault((row.article_id, _quote_key(row.text)), []).append(row)
    n_gold = 0
    for article_id, entry in gold.items():
        for q in entry["quotes"]:
            n_gold += 1
            found = pool.get((article_id, _quote_key(q["text"])))
            if found:
                pairs.append((article_id, q, found.pop(0)))
            else:
                missed.append((article_id, q))
    spurious = [r for rows in pool.values() for r in rows]
    n_system = len(spurious) + len(pairs)
    p, r, f = prf(len(pairs), n_system, n_gold)
    speaker_ok = [q["speaker"] == s.speaker for _, q, s in pairs]
    date_ok = [_same_date(q["date"], s.statement_date) for _, q, s in pairs]
    kind_ok = [q["kind"] == s.kind for _, q, s in pairs]
    result = {"gold": n_gold, "system": n_system, "matched": len(pairs), "precision": p, "recall": r, "f1": f,
              "speaker_accuracy": _mean(speaker_ok), "date_accuracy": _mean(date_ok), "kind_accuracy": _mean(kind_ok)}
    for a, q in missed:
        errors.append(f"  MISSED   {a[:3]} {q['text'][:70]!r}")
    for s in spurious:
        errors.append(f"  SPURIOUS {s.article_id[:3]} {s.text[:70]!r} ({s.kind})")
    for (a, q, s), ok in zip(pairs, speaker_ok):
        if not ok:
            errors.append(f"  SPEAKER  {a[:3]} {q['text'][:45]!r}: gold {q['speaker']!r}, got {s.speaker!r}"
                          f" ({s.attribution}: {s.speaker_as_written!r})")
    for (a, q, s), ok in zip(pairs, date_ok):
        if not ok:
            errors.append(f"  DATE     {a[:3]} {q['text'][:45]!r}: gold {q['date']}, got "
                          f"{'NaT' if pd.isna(s.statement_date) else s.statement_date.date()} ({s.date_basis})")
    for (a, q, s), ok in zip(pairs, kind_ok):
        if not ok:
            errors.append(f"  KIND     {a[:3]} {q['text'][:45]!r}: gold {q['kind']}, got {s.kind}")
    return result, errors


#: Pair weights of the claims matching (exact in floats): one more pair outweighs every tie-break, one more speaker
#: agreeing outweighs every nearness tie-break of an article (up to 10,000 per pair, for fewer than 10,000 pairs).
_PAIR_WEIGHT, _SPEAKER_WEIGHT, _NEAR_WEIGHT = 10**13, 10**8, 10**4


def score_claims(articles, gold, system, headline: bool) -> tuple[dict, list[str]]:
    texts = dict(zip(articles["article_id"], articles["text"]))
    errors, pairs, missed = [], [], []
    is_headline = system["found_in"].eq("headline") if "found_in" in system else system["headline"]
    if "headline" in system:
        is_headline = system["headline"].astype(bool)
    chosen = system[is_headline == headline]
    found = list(chosen.itertuples(index=False))
    by_article: dict = {}
    for i, s in enumerate(found):
        by_article.setdefault(s.article_id, []).append(i)
    paired: set[int] = set()
    n_gold = 0
    for article_id, entry in gold.items():
        text = texts.get(article_id, "")
        rows = [c for c in entry["claims"] if bool(c.get("headline")) == headline]
        n_gold += len(rows)
        spans = [_locate(text, c["text"], c["start"]) for c in rows]
        weights = {}
        for g, (c, (g_start, g_end)) in enumerate(zip(rows, spans)):
            for i in by_article.get(article_id, []) if g_start >= 0 else []:
                s = found[i]
                if s.start < g_end and g_start < s.end:
                    # the most pairs first, then the most speakers agreeing, then the nearest starts
                    weights[(g, i)] = (_PAIR_WEIGHT + _SPEAKER_WEIGHT * (s.speaker == c["speaker"])
                                       + max(0, _NEAR_WEIGHT - abs(s.start - g_start)))
        best = best_pairs(weights)
        for g, c in enumerate(rows):
            if g in best:
                pairs.append((article_id, c, found[best[g]]))
                paired.add(best[g])
            else:
                missed.append((article_id, c))
    free = {i: s for i, s in enumerate(found) if i not in paired}
    p, r, f = prf(len(pairs), len(chosen), n_gold)
    speaker_ok = [c["speaker"] == s.speaker for _, c, s in pairs]
    date_ok = [_same_date(c["date"], s.statement_date) for _, c, s in pairs]
    result = {"gold": n_gold, "system": len(chosen), "matched": len(pairs), "precision": p, "recall": r, "f1": f,
              "speaker_accuracy": _mean(speaker_ok), "date_accuracy": _mean(date_ok)}
    for a, c in missed:
        errors.append(f"  MISSED   {a[:3]} [{c['speaker']}] {c['text'][:90]!r}")
    for s in free.values():
        errors.append(f"  SPURIOUS {s.article_id[:3]} [{s.speaker}] {s.text[:90]!r}")
    for (a, c, s), ok in zip(pairs, speaker_ok):
        if not ok:
            errors.append(f"  SPEAKER  {a[:3]} {c['text'][:45]!r}: gold {c['speaker']!r}, got {s.speaker!r} "
                          f"({s.speaker_as_written!r})")
    for (a, c, s), ok in zip(pairs, date_ok):
        if not ok:
            errors.append(f"  DATE     {a[:3]} {c['text'][:45]!r}: gold {c['date']}, got "
                          f"{'NaT' if pd.isna(s.statement_date) else s.statement_date.date()} ({s.date_basis})")
    return result, errors


#: The conventions' unit labels, for tables that still write an older label.
_UNIT_ALIASES = {"mi2": "sq mi", "square miles": "sq mi"}


def score_facts(articles, gold, system) -> tuple[dict, list[str]]:
    texts = dict(zip(articles["article_id"], articles["text"]))
    numeric = system[system["quantity"].notna()]
    if "flag" in numeric:  # figures outside the conventions (vague, equipment …): not annotated there
        numeric = numeric[numeric["flag"].fillna("") == ""]
    free = {i: row for i, row in enumerate(numeric.itertuples(index=False))}
    errors, pairs, missed = [], [], []
    n_gold = 0
    for article_id, entry in gold.items():
        text = texts.get(article_id, "")
        for g in entry["facts"]:
            n_gold += 1
            g_start, _ = _locate(text, g["sentence"], g["start"])
            best = None
            for i, s in free.items():
                if s.article_id != article_id or _UNIT_ALIASES.get(s.unit, s.unit) != g["unit"]:
                    continue
                if abs(s.quantity - g["quantity"]) > 1e-6 * max(1.0, abs(g["quantity"])):
                    continue
                distance = abs(s.start - g_start) if g_start >= 0 else 0
                if best is None or distance < best[0]:
                    best = (distance, i)
            if best is None:
                missed.append((article_id, g))
            else:
                pairs.append((article_id, g, free.pop(best[1])))
    p, r, f = prf(len(pairs), len(numeric), n_gold)
    actor_ok = [(g["actor"] or "") == (s.actor or "") for _, g, s in pairs]
    change_ok = [g["change"] == s.change for _, g, s in pairs]
    result = {"gold": n_gold, "system": len(numeric), "matched": len(pairs), "precision": p, "recall": r, "f1": f,
              "actor_accuracy": _mean(actor_ok), "change_accuracy": _mean(change_ok)}
    for a, g in missed:
        errors.append(f"  MISSED   {a[:3]} {g['quantity_text']!r} {g['unit']} ({g['change']}) in {g['sentence'][:60]!r}")
    for s in free.values():
        errors.append(f"  SPURIOUS {s.article_id[:3]} {s.quantity:g} {s.unit} ({s.change}) {s.phrase[:60]!r}")
    for (a, g, s), a_ok, c_ok in zip(pairs, actor_ok, change_ok):
        if not (a_ok and c_ok):
            errors.append(f"  WRONG    {a[:3]} {g['quantity_text']!r} {g['unit']}: gold {g['actor'] or '-'}/"
                          f"{g['change']}, got {s.actor or '-'}/{s.change}  {s.phrase[:50]!r}")
    return result, errors


def _mean(values: list[bool]) -> float:
    return sum(values) / len(values) if values else 0.0


def evaluate(part: str = "dev", verbose: bool = False) -> dict:
    """Score every stage on one part of the devset; returns {stage: figures}."""
    articles, gold = load(part)
    return score(articles, gold, verbose)


def score(articles, gold: dict, verbose: bool = False) -> dict:
    """Run the three stages on ``articles`` and score them against ``gold`` (the devset's structure:
    {article_id: {"quotes": […], "claims": […], "facts": […]}}); prints a line per stage."""
    from saidvsdone import claims, facts, quotes

    found_quotes = quotes.extract(articles)
    found_claims = claims.find(articles, found_quotes)
    found_facts = facts.extract(articles)
    results = {}
    for stage, (result, errors) in {
        "quotes": score_quotes(articles, gold, found_quotes),
        "claims": score_claims(articles, gold, found_claims, headline=False),
        "headline_claims": score_claims(articles, gold, found_claims, headline=True),
        "facts": score_facts(articles, gold, found_facts),
    }.items():
        results[stage] = result
        figures = "  ".join(f"{k} {v:.3f}" for k, v in result.items() if isinstance(v, float))
        print(f"{stage} ({result['gold']} gold, {result['system']} found, {result['matched']} matched): {figures}")
        if verbose:
            print("\n".join(errors))
    return results


if __name__ == "__main__":
    import sys

    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    evaluate(part, verbose="--quiet" not in sys.argv)
