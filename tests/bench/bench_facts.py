"""Speed of ``facts.extract``: articles per second on copies of the seed articles.

``run()`` builds ``copies`` articles from the five seed texts with ``corpus.from_text``
(each copy gets its own id and date; building them is not timed), then times
``facts.extract`` over all of them, best of ``repeat`` runs. Progress bars are off.

    $ .venv/bin/python tests/bench/bench_facts.py
    facts.extract: 200 articles (… chars) in … s = … articles/s (… facts)
"""

from __future__ import annotations

import os
import time

import pandas as pd

from saidvsdone import corpus, document, facts


def _articles(copies: int) -> pd.DataFrame:
    seeds = corpus.load()
    frames = []
    for n in range(copies):
        seed = seeds.iloc[n % len(seeds)]
        published = seed["published"] if not pd.isna(seed["published"]) else None
        frames.append(corpus.from_text(seed["text"], article_id=f"copy{n:04d}",
                                       published=None if published is None else published.date()))
    return pd.concat(frames, ignore_index=True)


def run(copies: int = 200, repeat: int = 3) -> dict:
    """Time ``facts.extract`` on ``copies`` seed copies; returns the figures and a ``line``."""
    articles = _articles(copies)
    previous = os.environ.get("SAIDVSDONE_PROGRESS")
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    try:
        facts.extract(articles.head(5))            # warm the vocabulary cache
        best, found = float("inf"), 0
        for _ in range(repeat):
            document.clear_cache()  # each run builds the documents again: no cached speech layer
            start = time.perf_counter()
            table = facts.extract(articles)
            best = min(best, time.perf_counter() - start)
            found = len(table)
    finally:
        if previous is None:
            os.environ.pop("SAIDVSDONE_PROGRESS", None)
        else:
            os.environ["SAIDVSDONE_PROGRESS"] = previous
    chars = int(articles["text"].str.len().sum())
    result = {
        "stage": "facts.extract",
        "articles": copies,
        "chars": chars,
        "seconds": best,
        "articles_per_second": copies / best if best else float("inf"),
        "chars_per_second": chars / best if best else float("inf"),
        "facts": found,
    }
    result["line"] = (f"facts.extract: {copies} articles ({chars:,} chars) in {best:.2f} s = "
                      f"{result['articles_per_second']:.0f} articles/s ({found} facts)")
    return result


if __name__ == "__main__":
    print(run()["line"])
