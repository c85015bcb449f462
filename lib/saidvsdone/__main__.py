"""Said vs Done on the command line: news articles → quotes, claims and facts, checked against the maps.

    python -m saidvsdone report      what ``make report`` runs: corpus table, notebooks → build/
    python -m saidvsdone report --folder my/articles --out build/mine
                                     the same tables, figures and ClaimReview for your own folder
                                     (what ``make report FOLDER=my/articles OUT=build/mine`` runs)
    python -m saidvsdone evidence ROW_ID --folder my/articles
                                     one row of those tables with its evidence: the article,
                                     the sentence, why that speaker, why that date
    python -m saidvsdone notebooks   what ``make notebooks`` runs: store fresh outputs
    python -m saidvsdone classroom   what ``make classroom`` runs: the lesson as a student's and
                                     a teacher's HTML → build/classroom/
    python -m saidvsdone territory FOLDER [--shift-days 1] [--dry-run]
                                     what ``make territory`` runs: extend the DeepState series
                                     with new GeoJSON map snapshots
    python -m saidvsdone add PATH... --folder my/articles
                                     copy saved pages / text files into your articles folder
                                     and append their rows to its manifest (articles.csv)
    python -m saidvsdone run ARCHIVE... --out DIR [--workers N] [--scheduler ADDR]
                                     the pipeline over JSON Lines / Parquet archives, on Dask
                                     (every core, or a cluster): Parquet tables in DIR

The commands the output suggests (``evidence`` after ``report --folder`` …) start with the
interpreter that ran it, written relative to the working directory when it is inside it
(``.venv/bin/python -m saidvsdone`` after ``make setup``), else ``python -m saidvsdone``.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path

from saidvsdone import corpus
from saidvsdone._paths import REPO_ROOT, DataNotFoundError, command
from saidvsdone._plural import agree, plural


#: ``report``'s options that only apply to a folder of your own (``--folder``): given without it, they would be ignored
_FOLDER_ONLY_OPTIONS = ("manifest", "review_author", "review_url", "review_date", "speaker")


def _report(args: argparse.Namespace) -> int:
    if args.folder is not None:
        return _report_folder(args)
    unused = [f"--{name.replace('_', '-')}" for name in _FOLDER_ONLY_OPTIONS if getattr(args, name) is not None]
    if unused:  # (make report MANIFEST=… without FOLDER=…): say so rather than report the bundled corpus
        print(f"python -m saidvsdone report: {', '.join(unused)} {agree(len(unused), 'applies', 'apply')} to a "
              "folder of your own articles: add --folder my/articles (make report FOLDER=my/articles); without it "
              "the report is of the bundled corpus, through its notebooks", file=sys.stderr)
        return 2
    out = Path(args.out).expanduser() if args.out else REPO_ROOT / "build"
    paths = []
    if not args.no_notebooks:  # before anything is written: a missing extra or notebook folder stops here
        from saidvsdone import _notebooks

        paths = _notebooks.notebook_paths()
        if not paths:
            print(_no_notebooks("report", "make report", "add --no-notebooks for the corpus table alone, or "
                                "--folder my/articles for your own articles' tables and figures"), file=sys.stderr)
            return 2
    out.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():  # the full report is printed below
        warnings.simplefilter("ignore", corpus.LoadWarning)
        articles = corpus.load()
    from saidvsdone import report

    cut: list[str] = []  # a huge article's text is cut to fit a spreadsheet cell, as report --folder does
    report.write_csv(articles.drop(columns=["raw_text"]), out / "articles.csv", cut)
    # every file: loaded, warning or skipped, and why (as report --folder writes it): what the run rests on
    loaded, source_note = report.load_report(articles, articles.attrs["report"].manifest or None)
    report.write_csv(loaded, out / "load-report.csv", cut)
    print(articles.attrs["report"])
    for note in ([source_note] if source_note else []) + cut:
        print(f"note: {note}")
    print()
    dated = articles["published"].notna()
    print(f"{plural(len(articles), 'article')}, {dated.sum()} dated"
          + (f" ({articles['published'].min().date()} → {articles['published'].max().date()})"
             if dated.any() else ""))
    width = max([len(a) for a in articles["article_id"]] + [10])
    for row in articles.itertuples():
        when = str(row.published.date()) if dated[row.Index] else "undated"
        print(f"  {row.article_id:<{width}}  {when:<10}  {row.n_chars:>6} chars  {row.cleaning}")
    print(f"\nWrote {_shown(out / 'articles.csv')} (one row per article) and {_shown(out / 'load-report.csv')} "
          "(every file: loaded, warning or skipped, and why)")
    if paths:
        print(f"\nRunning {plural(len(paths), 'notebook')} in fresh kernels; HTML, tables and figures go to {_shown(out)}/")
        _notebooks.report(paths, out)
        print(_what_to_open(out))
    return 0


def _what_to_open(out: Path) -> str:
    """Where a reader of ``make report``'s output starts, and what else it wrote."""
    import json

    lines = [f"\nStart with {_shown(out / 'notebooks' / '00-start-here.html')} (open it in a browser)."]
    tables = sorted(p.name for p in (out / "tables").glob("*.csv"))
    if tables:
        lines.append(f"Tables (CSV, they open in a spreadsheet): {_shown(out / 'tables')}/ — {', '.join(tables)}")
    figures = sorted({p.stem for p in (out / "figures").glob("*.png")})
    if figures:
        lines.append(f"Figures (PNG and SVG): {_shown(out / 'figures')}/ — {', '.join(figures)}")
    review = out / "claimreview.jsonld"
    if review.is_file():
        try:
            count = len(json.loads(review.read_text(encoding="utf-8-sig")))
        except (ValueError, TypeError):
            count = None
        lines.append(f"ClaimReview (schema.org JSON-LD): {_shown(review)}" + (
            "" if count is None else f" — {plural(count, 'review')}" + (
                ": no claim could be assessed against the map (notebook 04 says why)" if count == 0 else "")))
    return "\n".join(lines)


def _day(value: str):
    """A date given on the command line, read as the corpus reads publication dates."""
    import pandas as pd

    day, why = corpus.read_date(value)
    if pd.isna(day):
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r} {why}".strip())
    return day


def _report_folder(args: argparse.Namespace) -> int:
    from saidvsdone import report

    folder = Path(args.folder).expanduser()
    out = Path(args.out).expanduser() if args.out else Path("build") / (folder.resolve().name or "report")
    try:
        done = report.build(folder, out, manifest=args.manifest, review_author=args.review_author,
                            review_url=args.review_url, review_date=args.review_date, speaker=args.speaker,
                            on_loaded=_show_loaded)
    except report.ReviewError as err:  # checked before any article is read or file written
        print(f"error: {err}; nothing written", file=sys.stderr)
        return 2
    except corpus.CorpusError as err:  # incl. a write that failed (a disk full): report._writing names the file
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(done)
    example = _first_id(out)
    if example:
        print(f"\nThe evidence behind one row (its article, span, sentence, why that speaker, how the date was "
              f"worked out or why there is none): {command()} evidence {_quoted(example)} "
              f"--folder {_quoted(args.folder)}" + (f" --manifest {_quoted(args.manifest)}" if args.manifest else "")
              + (f" --out {_quoted(args.out)}" if args.out else ""))
    return 0 if len(done.articles) else 1


def _show_loaded(done) -> None:
    """What was loaded, printed as soon as it is (the extractors take a while on a long article:
    the reader sees their files' warnings meanwhile, not a silent terminal), and what comes next."""
    print(done.loaded(), flush=True)
    done.load_shown = True
    if len(done.articles):
        words = int(done.articles["text"].str.count(r"\S+").sum())  # (no list of words per article)
        print(f"Reading quotes, claims and facts in {plural(len(done.articles), 'article')} "
              f"({plural(words, 'word')}) …\n", flush=True)


#: the tables ``report --folder`` writes, and the id column of each, in the order ``evidence`` looks
_EVIDENCE_TABLES = (("quotes.csv", "quote_id"), ("claims-vs-territory.csv", "claim_id"),
                    ("facts-vs-maps.csv", "fact_id"))


def _quoted(value) -> str:
    import shlex

    return shlex.quote(str(value))


def _read_table(path: Path):
    import pandas as pd

    ids = {"article_id": str, "quote_id": str, "claim_id": str, "fact_id": str}
    return pd.read_csv(path, encoding="utf-8-sig", dtype=ids, keep_default_na=False, na_values=[""],
                       low_memory=False)  # (a large table: no DtypeWarning in the command's output)


def _first_id(out: Path) -> str:
    """A row id to show in the hint after ``report --folder``: the first claim, else the first quote."""
    for name, column in (_EVIDENCE_TABLES[1], _EVIDENCE_TABLES[0]):
        path = out / "tables" / name
        if path.is_file():
            ids = _read_table(path)[column].dropna()
            if len(ids):
                return str(ids.iloc[0])
    return ""


def _evidence(args: argparse.Namespace) -> int:
    from saidvsdone import explore

    folder = Path(args.folder).expanduser()
    out = Path(args.out).expanduser() if args.out else Path("build") / (folder.resolve().name or "report")
    tables = [(out / "tables" / name, column) for name, column in _EVIDENCE_TABLES]
    if not any(path.is_file() for path, _ in tables):
        print(f"error: no tables in {out / 'tables'}: run `{command()} report --folder {_quoted(folder)}"
              + (f" --out {_quoted(args.out)}" if args.out else "") + "` first (or give its --out)", file=sys.stderr)
        return 1
    try:
        with warnings.catch_warnings():  # what report printed about the folder is not repeated here
            warnings.simplefilter("ignore", corpus.LoadWarning)
            articles = corpus.load(folder, manifest=args.manifest)
    except corpus.CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    read = {path: _read_table(path) for path, _ in tables if path.is_file()}
    status = 0
    for k, row_id in enumerate(args.ids):
        hit = next(((frame, column) for (path, column) in tables if path in read
                    for frame in [read[path]] if column in frame and (frame[column] == row_id).any()), None)
        if k:
            print()
        if hit is None:
            print(f"error: no row {row_id!r} in {', '.join(str(p) for p in read)} (ids look like "
                  f"{_first_id(out) or 'name-q001'!r}: the quote_id, claim_id or fact_id column)", file=sys.stderr)
            status = 1
            continue
        try:
            print(explore.evidence(articles, hit[0], row_id))
        except KeyError as err:  # the article is not in this folder any more
            print(f"error: {err.args[0]}", file=sys.stderr)
            status = 1
    return status


def _run_notebooks(args: argparse.Namespace) -> int:
    from saidvsdone import _notebooks

    paths = [Path(p).resolve() for p in args.paths] or _notebooks.notebook_paths()
    if not paths:  # an installed package carries no notebooks: say so, rather than run nothing and exit 0
        print(_no_notebooks("notebooks", "make notebooks",
                            f"or name the .ipynb files: {command()} notebooks path/to/notebook.ipynb"), file=sys.stderr)
        return 2
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print(f"python -m saidvsdone notebooks: no such notebook: {', '.join(_shown(p) for p in missing)}",
              file=sys.stderr)
        return 2
    _notebooks.store(paths)
    return 0


def _classroom(args: argparse.Namespace) -> int:
    from saidvsdone import _notebooks

    path = Path(args.notebook).expanduser() if args.notebook else _notebooks.NOTEBOOKS / "10-classroom-going-to-plan.ipynb"
    out = Path(args.out).expanduser() if args.out else REPO_ROOT / "build" / "classroom"
    if not path.is_file():  # an installed package carries no notebooks: say where they are, not a traceback
        print(f"python -m saidvsdone classroom: no notebook {_shown(path)}"
              + (" (an installed package carries none): run it from a clone of the repository (`make classroom`), "
                 f"or name the lesson's .ipynb file: {command()} classroom path/to/lesson.ipynb"
                 if not args.notebook else ""), file=sys.stderr)
        return 2
    print(f"Running {path.name} in a fresh kernel …")
    for target in _notebooks.classroom(path, out):
        print(f"  wrote {target.resolve()}")
    print("The student's file has no answer key; both load nothing from the network.")
    return 0


def _territory(args: argparse.Namespace) -> int:
    import pandas as pd

    from saidvsdone import territory
    from saidvsdone._paths import data_file

    target = Path(args.csv) if args.csv else data_file("territory", "deepstate_occupied_area_daily_merged.csv")
    current = pd.read_csv(target, parse_dates=["date"])
    last = current["date"].max()
    where = dict(pair.split("=", 1) for pair in args.where) or None
    try:
        snapshots = territory.from_geojson(args.snapshots, where=where)
    except (territory.GeoJSONError, FileNotFoundError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    undated = snapshots["date"].isna()
    if undated.any():
        print(f"skipped {plural(undated.sum(), 'snapshot')} with no date in the file or its name: "
              + ", ".join(snapshots.loc[undated, "file"].head(5)))
    snapshots = snapshots[~undated].copy()
    snapshots["date"] = (snapshots["date"] - pd.Timedelta(days=args.shift_days)).dt.normalize()
    daily = snapshots.sort_values(["date", "file"], kind="stable").groupby("date").tail(1)  # last map of the day
    new = daily[daily["date"] > last]
    print(f"{target}: the series ends on {last.date()} ({current['occupied_km2'].iloc[-1]:,.1f} km²); "
          f"{plural(len(snapshots), 'snapshot')} read, {plural(len(new), 'new day')}"
          + (f" ({new['date'].min().date()} → {new['date'].max().date()})" if len(new) else ""))
    if new.empty:
        return 0
    rows = pd.DataFrame({"date": new["date"].dt.strftime("%Y-%m-%d"),
                         "occupied_km2": new["area_km2"].round(1),
                         "occupied_pct_of_ukraine": new["share_pct"].round(3),
                         "series": args.series})
    jump = abs(rows["occupied_km2"].iloc[0] - current["occupied_km2"].iloc[-1])
    if jump > 2_000:
        print(f"warning: the first new day differs from the last one by {jump:,.0f} km²: check --where "
              "(which polygons count as occupied) and --shift-days before trusting it"
              + ("" if args.dry_run or args.force else "; nothing written (--force writes anyway)"))
        if not (args.dry_run or args.force):
            return 1
    if args.dry_run:
        print(rows.to_string(index=False))
        print("(dry run: nothing written)")
        return 0
    from saidvsdone import _atomic

    before = target.read_bytes()  # the rows so far, byte for byte; then the new ones, whole or not at all
    with _atomic.whole_file(target) as partial:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            handle.write(before.decode("utf-8") + ("" if not before or before.endswith(b"\n") else "\n"))
            rows.to_csv(handle, header=False, index=False, lineterminator="\n")
    print(f"appended {plural(len(rows), 'row')}. Next: update the row count, dates and sha256 of this file in "
          "data/README.md, set notebook.AS_OF to the new last day, then make notebooks and make test.")
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
    print(added.listing(alike=corpus.LISTED_ALIKE))
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


def _no_notebooks(name: str, make: str, otherwise: str) -> str:
    """What ``name`` (report, notebooks) says when no notebook is there: an installed package carries none."""
    from saidvsdone import _notebooks

    return (f"python -m saidvsdone {name}: no notebooks in {_shown(_notebooks.NOTEBOOKS)}/ (an installed package "
            f"carries none): run it from a clone of the repository (`{make}`), {otherwise}")


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m saidvsdone", description=__doc__.replace("``", "`"),
                                     epilog="Each command's own options: python -m saidvsdone COMMAND --help\n"
                                     "A first run on your own articles: README.md, 'Your own articles, end to end'",
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
    report.add_argument("--review-author", default=None, help="with --folder: who publishes the ClaimReview "
                        "(your organisation's name)")
    report.add_argument("--review-url", default=None, help="with --folder: the page that publishes the "
                        "ClaimReview (https://…)")
    report.add_argument("--review-date", default=None, type=_day, help="with --folder: the ClaimReview's "
                        "datePublished, the day you publish it (YYYY-MM-DD; default: the last day of the maps)")
    report.add_argument("--speaker", default=None, help="with --folder: whose claims the timeline shows "
                        "(e.g. 'Dmitry Peskov', or 'Peskov'; default: the speaker with the most dated claims)")
    report.set_defaults(run=_report)
    notebooks = commands.add_parser("notebooks", help="run the notebooks and store their outputs")
    notebooks.add_argument("paths", nargs="*", help="notebooks to run (default: all in notebooks/)")
    notebooks.set_defaults(run=_run_notebooks)
    _extra_commands(commands)
    evidence = commands.add_parser("evidence", help="one row of report --folder's tables with its evidence: "
                                   "article, span, sentence, why that speaker and date")
    evidence.add_argument("ids", nargs="+", metavar="ROW_ID", help="a quote_id, claim_id or fact_id from the "
                          "tables (e.g. peskov-q001)")
    evidence.add_argument("--folder", required=True, help="the articles folder the report was made from")
    evidence.add_argument("--manifest", default=None, help="its manifest CSV, if report was given one")
    evidence.add_argument("--out", default=None, help="the report's output folder (default: build/<folder name>, "
                          "as report --folder)")
    evidence.set_defaults(run=_evidence)
    add = commands.add_parser("add", help="copy article files (.txt, .html, .htm) into the articles "
                              "folder and append their manifest rows")
    add.add_argument("paths", nargs="+", metavar="PATH", help="article files, or folders of them")
    add.add_argument("--folder", required=True, help="your articles folder (created if missing), e.g. "
                     "my/articles; the bundled corpus is data/articles: add to it only on purpose")
    add.add_argument("--manifest", default=None, help="manifest CSV (default: articles.csv in or "
                     "next to the folder, e.g. my/articles/articles.csv)")
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
    for name, command in commands.choices.items():  # COMMAND --help starts with what the command does
        command.description = command.description or _HELP.get(name)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:  # Ctrl-C: one line on what the files are now, not a traceback into the stages
        print(f"\npython -m saidvsdone {args.command}: {INTERRUPTED}", file=sys.stderr)
        return 130
    except ValueError as error:
        vocab = sys.modules.get("saidvsdone.vocab")  # (raised by saidvsdone.vocab: imported already)
        if vocab is None or not isinstance(error, vocab.VocabularyError):  # (a row of data/*.csv)
            raise
        missing = isinstance(error, vocab.VocabularyTableMissing)  # (the error says where the tables are looked for)
        print(f"python -m saidvsdone {args.command}: a vocabulary table cannot be used: {error}\n"
              + (("Copy the whole data/ folder to the one SAIDVSDONE_DATA names (then edit it), or unset "
                  "SAIDVSDONE_DATA; " if os.environ.get("SAIDVSDONE_DATA") else "") if missing else
                 "Correct that row (data/README.md says what each column takes) and run the command again; ")
              + "nothing was written from the articles.", file=sys.stderr)
        return 2
    except FileNotFoundError as error:
        if not isinstance(error, DataNotFoundError):  # (no data folder: SAIDVSDONE_DATA mistyped, a bare build)
            raise
        print(f"python -m saidvsdone {args.command}: {error}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as error:
        scale = sys.modules.get("saidvsdone.scale")  # (raised by scale.run: imported already)
        if scale is not None and isinstance(error, scale.MissingDask):  # it says what to install, what works without
            print(f"python -m saidvsdone {args.command}: {error}", file=sys.stderr)
            return 2
        extra = _EXTRAS.get((error.name or "").split(".")[0])
        if extra is None:
            raise
        print(f"python -m saidvsdone {args.command}: needs the package {error.name!r}, which is not installed. "
              f"Install the optional part with: pip install '.[{extra}]' (from a clone; or `make setup`, which "
              "installs everything)", file=sys.stderr)
        return 2


#: what a command stopped by Ctrl-C says (and exits with 130, as a shell does for SIGINT)
INTERRUPTED = ("interrupted (Ctrl-C). Nothing is half-written: each file is written under a temporary name and "
               "renamed when whole, so every file the command writes is as the earlier run left it, or whole from "
               "this one. Run the same command again to finish.")

#: what ``COMMAND --help`` says above the options
_HELP = {
    "report": "The main job. With --folder: your articles' tables (quotes, claims against the map, facts against "
              "the maps), figures and ClaimReview, in --out. Without it: the bundled corpus's table and its "
              "notebooks as HTML in build/ (needs the notebooks part: pip install '.[notebooks]').",
    "notebooks": "Run the notebooks in fresh kernels and store their outputs (needs pip install '.[notebooks]').",
    "classroom": "The lesson as two HTML hand-outs, a student's (no answer key) and a teacher's, loading nothing "
                 "from the network (needs pip install '.[notebooks]').",
    "territory": "Extend the DeepState series with new GeoJSON map snapshots (look first with --dry-run).",
    "add": "Copy article files (.txt, .html, .htm) into your articles folder, append their manifest rows with what "
           "could be read from them (date, title, source), and say what is left to fill in. Your files are only "
           "read; a text file that is not UTF-8 is saved as UTF-8.",
    "evidence": "Print each row's evidence, read from the tables report --folder wrote and the articles folder: "
                "the article (title, file, date and where it came from), the character span, the whole sentence as "
                "printed (never cut), the speaker and why they were chosen, the statement date and how it was "
                "worked out or why there is none, and for a claim or fact its verdict and rule.",
    "run": "Quotes, claims and facts of JSON Lines / Parquet archives, on Dask (every core, or a cluster): Parquet "
           "tables in --out. Needs the optional Dask part (pip install '.[dask]'); without it, "
           "pipeline.run(archive.load(files)) in Python does the same on one machine, in memory.",
}

#: optional packages → the extra of pyproject.toml that installs them
_EXTRAS = {"dask": "dask", "distributed": "dask", "pyarrow": "dask", "nbformat": "notebooks",
           "nbclient": "notebooks", "nbconvert": "notebooks", "ipykernel": "notebooks"}


def _extra_commands(commands) -> None:
    classroom = commands.add_parser("classroom", help="the lesson as HTML: a student's (no answer key) "
                                    "and a teacher's → build/classroom/")
    classroom.add_argument("notebook", nargs="?", help="default: notebooks/10-classroom-going-to-plan.ipynb")
    classroom.add_argument("--out", default=None, help="default: build/classroom")
    classroom.set_defaults(run=_classroom)
    extend = commands.add_parser("territory", help="extend the DeepState series with new GeoJSON snapshots")
    extend.add_argument("snapshots", help="a GeoJSON file or a folder of them (dated by a 'date' member or "
                        "their file name)")
    extend.add_argument("--shift-days", type=int, default=0, help="days to subtract from each file's date "
                        "(1 for files fetched early in the morning, e.g. deepstatemap_data_YYYYMMDD)")
    extend.add_argument("--where", action="append", default=[], metavar="PROPERTY=VALUE",
                        help="count only features with this property value as occupied (repeatable)")
    extend.add_argument("--series", default="deepstatemap snapshots", help="the 'series' cell of new rows")
    extend.add_argument("--csv", default=None, help="the series file (default: the bundled DeepState series)")
    extend.add_argument("--dry-run", action="store_true", help="print the new rows, write nothing")
    extend.add_argument("--force", action="store_true", help="append even after a jump of over 2,000 km²")
    extend.set_defaults(run=_territory)


if __name__ == "__main__":
    sys.exit(main())
