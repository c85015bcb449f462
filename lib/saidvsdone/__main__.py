"""Command line.

    python -m saidvsdone report      what ``make report`` runs: corpus table, notebooks → build/
    python -m saidvsdone notebooks   what ``make notebooks`` runs: store fresh outputs
    python -m saidvsdone add PATH... copy saved pages / text files into data/articles/ and
                                     append their rows to data/articles.csv
    python -m saidvsdone run ARCHIVE... --out DIR [--workers N] [--scheduler ADDR]
                                     the pipeline over JSON Lines / Parquet archives, on Dask
                                     (every core, or a cluster): Parquet tables in DIR
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from saidvsdone import corpus
from saidvsdone._paths import REPO_ROOT


def _report(args: argparse.Namespace) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    articles = corpus.load()
    articles.drop(columns=["raw_text"]).to_csv(out / "articles.csv", index=False)
    print(articles.attrs["report"])
    print()
    dated = articles["published"].notna()
    print(f"{len(articles)} articles, {dated.sum()} dated"
          + (f" ({articles['published'].min().date()} → {articles['published'].max().date()})"
             if dated.any() else ""))
    width = max([len(a) for a in articles["article_id"]] + [10])
    for row in articles.itertuples():
        when = str(row.published.date()) if dated[row.Index] else "undated"
        print(f"  {row.article_id:<{width}}  {when:<10}  {row.n_chars:>6} chars  {row.cleaning}")
    print(f"\nWrote {_shown(out / 'articles.csv')}")
    if not args.no_notebooks:
        from saidvsdone import _notebooks

        paths = _notebooks.notebook_paths()
        print(f"\nRunning {len(paths)} notebook(s) in fresh kernels; HTML, tables and figures go to {_shown(out)}/")
        _notebooks.report(paths, out)
    return 0


def _run_notebooks(args: argparse.Namespace) -> int:
    from saidvsdone import _notebooks

    paths = [Path(p).resolve() for p in args.paths] or _notebooks.notebook_paths()
    _notebooks.store(paths)
    return 0


def _add(args: argparse.Namespace) -> int:
    from saidvsdone import collect

    try:
        added = collect.add(args.paths, folder=args.folder, manifest=args.manifest)
    except corpus.CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(added)
    return 0 if added.ok else 1


def _run(args: argparse.Namespace) -> int:
    from saidvsdone import archive, scale

    try:
        done = scale.run(args.archives, args.out, workers=args.workers, scheduler=args.scheduler,
                         rows_per_part=args.rows_per_part)
    except archive.ArchiveError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(done)
    return 0


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m saidvsdone", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="the main job on the bundled corpus: tables, notebooks as HTML, figures → build/")
    report.add_argument("--out", default=str(REPO_ROOT / "build"), help="output folder (default: build/)")
    report.add_argument("--no-notebooks", action="store_true", help="only the corpus table")
    report.set_defaults(run=_report)
    notebooks = commands.add_parser("notebooks", help="run the notebooks and store their outputs")
    notebooks.add_argument("paths", nargs="*", help="notebooks to run (default: all in notebooks/)")
    notebooks.set_defaults(run=_run_notebooks)
    add = commands.add_parser("add", help="copy article files (.txt, .html, .htm) into the articles "
                              "folder and append their manifest rows")
    add.add_argument("paths", nargs="+", metavar="PATH", help="article files, or folders of them")
    add.add_argument("--folder", default=None, help="articles folder (default: data/articles)")
    add.add_argument("--manifest", default=None, help="manifest CSV (default: articles.csv in or "
                     "next to the folder, e.g. data/articles.csv)")
    add.set_defaults(run=_add)
    run = commands.add_parser("run", help="quotes, claims and facts of JSON Lines / Parquet archives, "
                              "on Dask (every core, or a cluster): Parquet tables in --out")
    run.add_argument("archives", nargs="+", metavar="ARCHIVE", help=".jsonl, .jsonl.gz or .parquet "
                     "files (one row per article: id, text or html, published, url, title, source), "
                     "or folders of them")
    run.add_argument("--out", required=True, help="output folder; a re-run skips the parts already written")
    run.add_argument("--workers", type=int, default=None, help="local worker processes (default: every core)")
    run.add_argument("--scheduler", default=None, metavar="ADDR", help="a Dask scheduler, "
                     "e.g. tcp://host:8786 (archives and --out on a file system every worker sees); "
                     "'sync' runs everything in this process")
    run.add_argument("--rows-per-part", type=int, default=1000, help="archive rows per task (default 1000)")
    run.set_defaults(run=_run)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
