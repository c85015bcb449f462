"""Check that a speed change alters no output: the quotes, claims and facts tables (every column) of this tree
against another tree, on every article text we may read, and on one long text (sp22, issue 17; not run by
``make bench``).

    python tests/bench/same_tables.py OTHER_LIB [--mb 4] [--keep DIR]     # e.g. /tmp/base18/lib

Each tree runs in a fresh process (``PYTHONPATH`` set to its ``lib``) and writes one CSV per (set, stage); the two
dumps are compared file by file, byte for byte, and the first differing rows of each differing table are printed
(with the articles a stage could not read and left out, ``SET.errors.txt``: an exception shows as a difference).
``--keep DIR`` keeps the dumps in ``DIR/other`` and ``DIR/this`` and reuses ``DIR/other`` when it is already there
(the other tree's dump is made once). Exit status 1 when any table differs. ``--jobs N`` runs this tree's pipeline on
``N`` processes (``pipeline.run(..., n_jobs=N)``, each set as a process that has run no stage yet forks: sp25).

The sets: the bundled seeds, the studied gold folders (``heldout/dev``, ``heldout2/dev``, ``heldout4``–``heldout18`` (heldout17 studied since round 27, heldout18 since round 28),
``quotes_blind``, ``blind_mt3``/``blind_mt4``, ``via_blind``), every stress set's ``articles.csv``, the devset's
development part (its held-back articles 004, 008, 012, 016 and 020 are dropped before anything runs on them), and
one text of ``--mb`` megabytes made of the seeds' paragraphs, each numbered (as ``bench_pipeline.py``'s long
article). Held-back sets (``heldout/test``, ``heldout2/test``, ``heldout3``, and ``heldout19``, the blind set of round 28) are
never run.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
#: studied folders of ``.txt`` articles (relative to tests/gold)
STUDIED = ("heldout/dev", "heldout2/dev", "heldout4/test", "heldout5/test", "heldout6/test", "heldout7/test",
           "heldout8/test", "heldout9/test", "heldout10/test", "heldout11/test", "heldout12/test", "heldout13/test",
           "heldout14/test", "heldout15/test", "heldout16/test", "heldout17/test", "heldout18/test", "quotes_blind/ly", "quotes_blind/qt4", "quotes_blind/test", "blind_mt3/test",
           "blind_mt4/test", "via_blind")
#: the devset's held-back articles: never run
HELD_BACK = ("004", "008", "012", "016", "020")


def long_text(mb: float):
    """One article of ``mb`` megabytes: ``bench_pipeline.py``'s long article (the seeds' paragraphs, each numbered)."""
    from bench_pipeline import _long_article
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _long_article(int(mb * 1000))


def sets(mb: float):
    import pandas as pd

    from saidvsdone import corpus
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield "seeds", corpus.load()
        for rel in STUDIED:
            folder = GOLD / rel
            if folder.is_dir():
                yield rel.replace("/", "_"), corpus.load(folder / "articles" if (folder / "articles").is_dir()
                                                         else folder)
        for table in sorted((GOLD / "stress").rglob("articles.csv")):
            frame = pd.read_csv(table, dtype=str, keep_default_na=False)
            frame["published"] = pd.to_datetime(frame["published"], errors="coerce")
            yield str(table.parent.relative_to(GOLD)).replace("/", "_"), frame
        devset = Path(os.environ.get("SAIDVSDONE_DEVSET", "/work/shared/devset")) / "articles"
        if devset.is_dir():
            frame = corpus.load(devset)
            keep = ~frame["article_id"].str[:3].isin(HELD_BACK)
            yield "devset_development", frame[keep].reset_index(drop=True)
    if mb:
        yield f"long_{mb:g}MB", long_text(mb)


def dump(out: str, mb: float, jobs: int = 1) -> None:
    from saidvsdone import _progress, document, pipeline
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for name, articles in sets(mb):
        with warnings.catch_warnings(), _progress.quiet():
            warnings.simplefilter("ignore")
            document._warm = False  # (--jobs: each set's run forks as a process that has run no stage yet would, sp25)
            tables = pipeline.run(articles, n_jobs=jobs)
        for stage, table in zip(pipeline.Tables._fields, tables):
            table.to_csv(folder / f"{name}.{stage}.csv", index=False)
        # (an article a stage could not read is left out of its table with a warning: written out, so that a
        # speed change that raises shows as a difference even where both tables are empty)
        errors = sorted({f"{stage}: {e}" for stage, t in zip(pipeline.Tables._fields, tables)
                         for e in map(str, t.attrs.get("errors", None) or [])})
        (folder / f"{name}.errors.txt").write_text("".join(line + "\n" for line in errors))
        print(name, len(articles), *(len(t) for t in tables), f"errors {len(errors)}" if errors else "", flush=True)


def _run(lib: str, out: Path, mb: float, jobs: int = 1) -> None:
    env = dict(os.environ, PYTHONPATH=lib, SAIDVSDONE_PROGRESS="0")
    subprocess.run([sys.executable, __file__, "--dump", str(out), "--mb", str(mb), "--jobs", str(jobs)], env=env,
                   check=True)


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.glob("*.csv")} | {p.name for p in b.glob("*.csv")}
                   | {p.name for p in a.glob("*.errors.txt")} | {p.name for p in b.glob("*.errors.txt")})
    bad = 0
    for name in names:
        pa, pb = a / name, b / name
        if pa.exists() and pb.exists() and filecmp.cmp(pa, pb, shallow=False):
            continue
        bad += 1
        print(f"DIFFERS: {name}")
        if pa.exists() and pb.exists():
            la, lb = pa.read_text().splitlines(), pb.read_text().splitlines()
            shown = 0
            for i, (x, y) in enumerate(zip(la, lb)):
                if x != y and shown < 3:
                    print(f"  line {i}:\n    other {x[:300]}\n    this  {y[:300]}")
                    shown += 1
            if len(la) != len(lb):
                print(f"  rows: other {len(la) - 1}, this {len(lb) - 1}")
        else:
            print("  missing on one side")
    print(f"{len(names)} tables compared, {bad} differ")
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("other", nargs="?")
    parser.add_argument("--mb", type=float, default=4.0)
    parser.add_argument("--keep")
    parser.add_argument("--dump")
    parser.add_argument("--jobs", type=int, default=1)  # this tree's run on that many processes (sp25: share's forks)
    args = parser.parse_args()
    if args.dump:
        dump(args.dump, args.mb, args.jobs)
        return 0
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="same_tables-"))
    other, this = base / "other", base / "this"
    if not (other.is_dir() and any(other.glob("*.csv"))):
        _run(args.other, other, args.mb)
    _run(str(ROOT / "lib"), this, args.mb, args.jobs)
    return compare(other, this)


if __name__ == "__main__":
    sys.exit(main())
