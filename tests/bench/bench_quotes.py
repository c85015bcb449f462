"""quotes.extract with speakers and statement dates on 200 seed-sized articles."""

from __future__ import annotations

import os
import time

from _seeds import seed_copies

from saidvsdone import document, quotes

ARTICLES = 200


def run() -> dict:
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    articles = seed_copies(ARTICLES)
    quotes.extract(articles.head(5))  # warm up: vocabularies, dateparser import
    seconds = float("inf")
    for _ in range(3):  # best of three: the least disturbed run
        document.clear_cache()  # each run builds the documents again: no cached speech layer
        started = time.perf_counter()
        table = quotes.extract(articles)
        seconds = min(seconds, time.perf_counter() - started)
    rate = ARTICLES / seconds
    return {"stage": "quotes", "articles_per_second": rate, "seconds": round(seconds, 2),
            "line": f"quotes.extract (speakers + statement dates): {ARTICLES} articles in {seconds:.2f} s "
                    f"= {rate:.0f} articles/s ({len(table)} quotes)"}
