"""Dump the quotes, claims and facts tables of every article text the repository holds, to check that a
speed change alters no output (not run by ``make bench``; issue 17).

    PYTHONPATH=lib python tests/bench/dump_tables.py OUT_DIR     # one CSV per (set, stage) in OUT_DIR
    diff -r OUT_DIR_MAIN OUT_DIR_BRANCH

The sets: the bundled seeds, every folder of ``.txt`` articles under ``tests/gold``, every ``articles.csv``
of invented articles under ``tests/gold/stress``, and the devset's articles when ``../shared/devset`` is
there. Tables are written in full (every column), sorted as the stage returns them.
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

import pandas as pd

from saidvsdone import _progress, corpus, pipeline

ROOT = Path(__file__).resolve().parents[2]


def _sets():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield "seeds", corpus.load()
        for folder in sorted((ROOT / "tests" / "gold").rglob("articles")):
            if folder.is_dir():
                yield str(folder.relative_to(ROOT)).replace("/", "_"), corpus.load(folder)
        for table in sorted((ROOT / "tests" / "gold" / "stress").rglob("articles.csv")):
            frame = pd.read_csv(table, dtype=str, keep_default_na=False)
            frame["published"] = pd.to_datetime(frame["published"], errors="coerce")
            yield str(table.parent.relative_to(ROOT)).replace("/", "_"), frame
        devset = ROOT.parent / "shared" / "devset" / "articles"
        if not devset.is_dir():
            devset = Path(os.environ.get("SAIDVSDONE_DEVSET", "../shared/devset")) / "articles"
        if devset.is_dir():
            yield "devset", corpus.load(devset)


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for name, articles in _sets():
        with warnings.catch_warnings(), _progress.quiet():
            warnings.simplefilter("ignore")
            tables = pipeline.run(articles)
        for stage, table in zip(pipeline.Tables._fields, tables):
            table.to_csv(folder / f"{name}.{stage}.csv", index=False)
        print(name, len(articles), *(len(t) for t in tables), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
