"""Seed-sized articles for the benchmarks: the five seeds, each copied under new ids."""

from __future__ import annotations

import warnings

import pandas as pd

from saidvsdone import corpus


def seed_copies(n: int) -> pd.DataFrame:
    with warnings.catch_warnings():  # the seeds' undated article is known: no warning line in the bench's output
        warnings.simplefilter("ignore", corpus.LoadWarning)
        seeds = corpus.load()
    copies = [seeds.assign(article_id=seeds["article_id"] + f"-{i}") for i in range(n // len(seeds) + 1)]
    return pd.concat(copies, ignore_index=True).iloc[:n]
