"""One speech act, one label: list where the quotes, claims and facts tables label the same speaker differently.

For every claim the claims stage finds, the quotes that stand in its sentence and the facts whose figure stands in it
are spoken by the same speech act when their ``speaker_as_written`` is the claim's; their ``speaker`` should then be
the claim's label (lb2, round 12). Runs over the studied sets only (the devset's development articles, the heldout
development halves); prints speaker labels, never article text.

    PYTHONPATH=lib python tests/label_agreement.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from saidvsdone import claims, corpus, facts, quotes

HERE = Path(__file__).resolve().parent
HELD_BACK = ("004", "008", "012", "016", "020")     # the devset's held-back articles: never read
SETS = {
    "devset": Path("/work/shared/devset"),
    "heldout/dev": HERE / "gold" / "heldout" / "dev",
    "heldout2/dev": HERE / "gold" / "heldout2" / "dev",
}


def _articles(folder: Path) -> pd.DataFrame:
    meta = pd.read_csv(folder / "articles.csv")
    meta = meta[~meta["file"].str[:3].isin(HELD_BACK)]
    texts = [(folder / "articles" / f).read_text(encoding="utf-8") for f in meta["file"]]
    return corpus.from_texts(texts, article_ids=list(meta["file"].str[:-4]), published=list(meta["published"])) \
        if hasattr(corpus, "from_texts") else pd.DataFrame({"article_id": meta["file"].str[:-4], "text": texts,
                                                            "published": pd.to_datetime(meta["published"])})


def disagreements(articles: pd.DataFrame) -> list[tuple]:
    q, c, f = quotes.extract(articles), claims.find(articles), facts.extract(articles)
    out = []
    for claim in c.itertuples():
        if not claim.speaker_as_written:
            continue
        end = claim.start + len(claim.text)
        same = lambda t: (t["article_id"] == claim.article_id) & (t["speaker_as_written"] == claim.speaker_as_written)
        for row in q[same(q) & (q["start"] >= claim.start) & (q["start"] < end)].itertuples():
            if row.speaker != claim.speaker:
                out.append((claim.article_id, "quote", claim.speaker_as_written, claim.speaker, row.speaker))
        for row in f[same(f) & (f["start"] >= claim.start) & (f["start"] < end)].itertuples():
            if row.speaker != claim.speaker:
                out.append((claim.article_id, "fact", claim.speaker_as_written, claim.speaker, row.speaker))
    return sorted(set(out))


def main() -> int:
    total = 0
    for name, folder in SETS.items():
        found = disagreements(_articles(folder))
        total += len(found)
        print(f"== {name}: {len(found)} disagreement(s) (article, table, as written, claim's label, table's label)")
        for row in found:
            print("  ", " | ".join(str(x) for x in row))
    print(f"total {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
