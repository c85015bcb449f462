"""Blind via set (tests/gold/via_blind): invented pieces written and labelled by the devset conventions before
the extractor ran on them; each label is a statement (a quote's or a claim's words) with the medium that carried
it (empty: none). Scored apart, not gated: found (a quote or claim row holds the snippet) and via accuracy over
the found rows (exact label).

    PYTHONPATH=lib python tests/eval_via_blind.py
"""

from __future__ import annotations

import csv
import warnings
from pathlib import Path

from saidvsdone import claims, corpus, quotes

HERE = Path(__file__).parent / "gold" / "via_blind"
PUBLISHED = "2023-06-14"


def score(verbose: bool = False) -> dict:
    labels = list(csv.DictReader(open(HERE / "labels.csv", encoding="utf-8")))
    found = right = 0
    for piece in sorted({row["piece"] for row in labels}):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            articles = corpus.from_text((HERE / f"{piece}.txt").read_text(encoding="utf-8"), published=PUBLISHED)
            q, c = quotes.extract(articles), claims.find(articles)
        for row in (r for r in labels if r["piece"] == piece):
            hit = q[q["text"].str.contains(row["snippet"], regex=False)]
            if hit.empty:
                hit = c[c["text"].str.contains(row["snippet"], regex=False)]
            if hit.empty:
                if verbose:
                    print(f"  {piece} not found: {row['snippet']}")
                continue
            found += 1
            got = hit.iloc[0]["via"]
            right += got == row["via"]
            if verbose and got != row["via"]:
                print(f"  {piece} via {got!r} != {row['via']!r}: {row['snippet']}")
    return {"labels": len(labels), "found": found, "via_accuracy": right / found if found else float("nan")}


if __name__ == "__main__":
    figures = score(verbose=True)
    print(f"via blind: {figures['labels']} labels, {figures['found']} found, "
          f"via accuracy {figures['via_accuracy']:.3f}")
