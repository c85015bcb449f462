"""Command line.

    python -m saidvsdone report      what ``make report`` runs: corpus table, notebooks → build/
    python -m saidvsdone report --folder my/articles --out build/mine
                                     the same tables, figures and ClaimReview for your own folder
    python -m saidvsdone notebooks   what ``make notebooks`` runs: store fresh outputs
    python -m saidvsdone add PATH... --folder my/articles
                                     copy saved pages / text files into your articles folder
                                     and append their rows to its manifest (articles.csv)
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from saidvsdone import corpus
from saidvsdone._paths import REPO_ROOT


def _report(args: argparse.Namespace) -> int:
    if args.folder is not None:
        return _report_folder(args)
    out = Path(args.out) if args.out else REPO_ROOT / "build"
    out.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():  # the full report is printed below
        warnings.simplefilter("ignore", corpus.LoadWarning)
        articles = corpus.load()
    articles.drop(columns=["raw_text"]).to_csv(out / "articles.csv", index=False, encoding="utf-8-sig")
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


def _report_folder(args: argparse.Namespace) -> int:
    from saidvsdone import report

    folder = Path(args.folder)
    out = Path(args.out) if args.out else Path("build") / (folder.resolve().name or "report")
    try:
        done = report.build(folder, out, manifest=args.manifest)
    except corpus.CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(done)
    return 0 if len(done.articles) else 1


def _run_notebooks(args: argparse.Namespace) -> int:
    from saidvsdone import _notebooks

    paths = [Path(p).resolve() for p in args.paths] or _notebooks.notebook_paths()
    _notebooks.store(paths)
    return 0


def _add(args: argparse.Namespace) -> int:
    from saidvsdone import collect

    try:
        with warnings.catch_warnings():  # add reads the folder to find repeats; its report is add's own
            warnings.simplefilter("ignore", corpus.LoadWarning)
            added = collect.add(args.paths, folder=args.folder, manifest=args.manifest)
    except corpus.CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(added)
    return 0 if added.ok else 1


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m saidvsdone", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="the main job: tables, figures and ClaimReview (and, for the "
                                 "bundled corpus, the notebooks as HTML) → build/")
    report.add_argument("--folder", default=None, help="your folder of .txt/.html articles (default: the "
                        "bundled corpus, reported through the notebooks)")
    report.add_argument("--manifest", default=None, help="with --folder: its manifest CSV (default: "
                        "articles.csv in or next to the folder)")
    report.add_argument("--out", default=None, help="output folder (default: build/, or build/<folder name> "
                        "with --folder)")
    report.add_argument("--no-notebooks", action="store_true", help="bundled corpus: only the corpus table")
    report.set_defaults(run=_report)
    notebooks = commands.add_parser("notebooks", help="run the notebooks and store their outputs")
    notebooks.add_argument("paths", nargs="*", help="notebooks to run (default: all in notebooks/)")
    notebooks.set_defaults(run=_run_notebooks)
    add = commands.add_parser("add", help="copy article files (.txt, .html, .htm) into the articles "
                              "folder and append their manifest rows")
    add.add_argument("paths", nargs="+", metavar="PATH", help="article files, or folders of them")
    add.add_argument("--folder", required=True, help="your articles folder (created if missing), e.g. "
                     "my/articles; the bundled corpus is data/articles: add to it only on purpose")
    add.add_argument("--manifest", default=None, help="manifest CSV (default: articles.csv in or "
                     "next to the folder, e.g. data/articles.csv)")
    add.set_defaults(run=_add)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
