"""quotes.extract with speakers and statement dates on 200 seed-sized articles."""

from __future__ import annotations

import os
import time

from _seeds import seed_copies

from saidvsdone import quotes

ARTICLES = 200


def run() -> dict:
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    articles = seed_copies(ARTICLES)
    quotes.extract(articles.head(5))  # warm up: vocabularies, dateparser import
    started = time.perf_counter()
    table = quotes.extract(articles)
    seconds = time.perf_counter() - started
    return {"stage": "quotes", "articles_per_second": ARTICLES / seconds,
            "quotes": len(table), "seconds": round(seconds, 2)}
