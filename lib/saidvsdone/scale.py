"""The pipeline over a whole news archive, part by part, on Dask: every core, or a cluster.

``run`` reads JSON Lines / Parquet archives (:mod:`saidvsdone.archive`) in parts of
``rows_per_part`` rows and writes one Parquet dataset per table under ``out``:

* ``articles/`` — the cleaned articles (``archive.COLUMNS``), de-duplicated;
* ``quotes/``, ``claims/``, ``facts/`` — what ``quotes.extract``, ``claims.find``
  and ``facts.extract`` give, plus the provenance columns ``archive_file`` and
  ``archive_line`` (``article_id``, ``start`` and ``end`` are already there);
* ``report/`` — every row skipped or loaded with a warning, and every article a stage could
  not read (status ``error``): ``file, line, status, message``.

Each dataset holds one file per part (``part-00012.parquet``); read one back with
``pd.read_parquet(out / "claims")``. Two passes, both resumable (a part whose
files exist is skipped on a re-run, files are renamed into place only when
complete):

1. *clean*: each part is read and cleaned (``out/_cleaned/``, with the report);
2. the cleaned texts' hashes of the whole archive decide which rows are
   duplicates (the first in archive order is kept) — a small table on the client;
3. *extract*: a ``dask.dataframe`` of the kept articles (``dd.from_map``, one
   partition per part) goes through one ``map_partitions`` task per part that runs
   the three stages on that part's shared documents (each article is segmented
   once, in one worker: no article crosses the network twice), checks every table
   against the stages' declared columns and dtypes (their empty outputs, Dask's
   ``meta``) and writes the part's four files. Inside a task the articles go through
   the stages ``CHUNK_ROWS`` at a time and each chunk's documents are then let go, so
   a worker's peak memory depends on that chunk, not on the part's or the archive's size.

Runs on a ``LocalCluster`` (one single-threaded worker process per core, on
127.0.0.1, no dashboard) unless ``scheduler`` names a Dask scheduler
(``"tcp://host:8786"``: the archive and ``out`` must then be on a file system
every worker sees), or ``"sync"`` (everything in this process, for debugging).

Example (needs the Dask part, ``pip install '.[dask]'``):
    >>> import json, tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> rows = [{"id": f"a{i}", "published": "2022-04-12",
    ...          "text": f"Putin said the operation was “going to plan.” Story {i}."} for i in range(3)]
    >>> _ = (folder / "wire.jsonl").write_text("\\n".join(map(json.dumps, rows)) + "\\n")
    >>> done = run([folder / "wire.jsonl"], folder / "out", scheduler="sync", progress=False)
    >>> done.written["claims"], done.written["quotes"]
    (3, 3)
    >>> claims = pd.read_parquet(folder / "out" / "claims")
    >>> claims[["article_id", "claim_type", "archive_line"]].values.tolist()
    [['a0', 'on_plan', 1], ['a1', 'on_plan', 2], ['a2', 'on_plan', 3]]
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from saidvsdone import _progress, archive, document, pipeline, vocab
from saidvsdone._atomic import whole_file, write_text_whole
from saidvsdone._plural import plural

__all__ = ["run", "process", "local_cluster", "RunSummary", "MissingDask", "TABLES", "PROVENANCE", "CHUNK_ROWS"]

#: The datasets written, one folder each.
TABLES = ("articles", "quotes", "claims", "facts")
#: Columns added to the quotes, claims and facts tables.
PROVENANCE = ("archive_file", "archive_line")
#: Articles whose shared documents are alive at once inside a task: a worker's peak memory
#: depends on this, not on ``rows_per_part`` or on the archive's size.
CHUNK_ROWS = 100


@dataclass
class RunSummary:
    """What ``run`` read, skipped and wrote (every part, this run's and earlier runs')."""

    out: str = ""
    parts: int = 0
    parts_skipped: int = 0          # already written by an earlier run
    rows_read: int = 0
    articles: int = 0               # kept, after de-duplication
    skipped: int = 0                # rows not loaded (bad rows and duplicates)
    duplicates: int = 0
    warnings: int = 0
    errors: int = 0                 # articles a stage could not read (kept, without that stage's rows)
    written: dict = field(default_factory=dict)
    seconds: float = 0.0
    workers: int = 0
    #: the first rows of report/ that are not 'loaded' ("SKIPPED  file, line 6: not JSON …"), shown on screen
    first_problems: list = field(default_factory=list)

    def __str__(self) -> str:
        lines = [f"Read {plural(self.rows_read, 'row')} in {plural(self.parts, 'part')}"
                 + (f" ({plural(self.parts_skipped, 'part')} already written by an earlier run: skipped)"
                    if self.parts_skipped else ""),
                 f"  {plural(self.articles, 'article')} kept; {plural(self.skipped, 'row')} skipped "
                 f"({plural(self.duplicates, 'duplicate')}); {plural(self.warnings, 'warning')}"]
        lines.append(f"Wrote to {self.out}/: " + ", ".join(f"{name} {plural(n, 'row')}"
                                                       for name, n in self.written.items()))
        if self.errors:
            lines.append(f"  {plural(self.errors, 'article')} a stage could not read (status 'error' in report/)")
        lines += [f"  {problem}" for problem in self.first_problems]
        if self.skipped or self.warnings or self.errors:
            shown = len(self.first_problems)
            more = self.skipped + self.warnings + self.errors - shown
            lines.append(f"  {'every' if more <= 0 else f'{more} more:'} skipped row and warning, with its file and "
                         f"line, in {self.out}/report/ (pandas.read_parquet(\"{self.out}/report\"))")
        lines.append(f"{self.seconds:.1f} s on {plural(self.workers, 'worker')}")
        return "\n".join(lines)


def process(articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The three stages on a frame of articles, with provenance: what each partition goes through.

    ``articles`` is a frame like ``archive.load``'s (``archive.COLUMNS``).

    Example:
        >>> from saidvsdone import corpus
        >>> one = corpus.from_text("Putin said it was “going to plan.”", article_id="x", published="2022-04-12")
        >>> tables = process(one.assign(archive_file="a.jsonl", archive_line=7))
        >>> tables["claims"][["claim_type", "archive_file", "archive_line"]].values.tolist()
        [['on_plan', 'a.jsonl', 7]]
    """
    pieces = [_process_chunk(articles.iloc[start:start + CHUNK_ROWS])
              for start in range(0, max(len(articles), 1), CHUNK_ROWS)]
    return {name: document.concat([piece[name] for piece in pieces]) for name in pieces[0]}


def _process_chunk(articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The three stages on a few articles (``pipeline.run``, its bars off: Dask's bar counts the
    tasks), with provenance; their shared documents are then let go."""
    try:
        with _progress.quiet():
            tables = pipeline.run(articles)
        return {name: _with_provenance(getattr(tables, name), articles) for name in pipeline.Tables._fields}
    finally:
        document.clear_cache()


def run(archives, out, *, workers: int | None = None, scheduler: str | None = None,
        rows_per_part: int = archive.DEFAULT_ROWS_PER_PART, progress: bool | None = None) -> RunSummary:
    """Run corpus cleaning → quotes, claims, facts over ``archives`` and write Parquet under ``out``.

    Args:
        archives: archive files (``archive.SUFFIXES``) or folders of them.
        out: the output folder; a re-run with the same archives skips the parts
            already written (a different list of archives is refused).
        workers: worker processes of the local cluster (default: every core).
        scheduler: ``"tcp://host:8786"`` for a running Dask cluster, ``"sync"`` for
            no cluster at all; ``None`` starts a ``LocalCluster``.
        rows_per_part: archive rows per task (memory per worker grows with it).
        progress: show Dask's progress bar (default: when stderr is a terminal).

    Returns:
        A :class:`RunSummary` (print it).

    Example (needs the Dask part, ``pip install '.[dask]'``; ``"sync"`` runs it in this process):
        >>> import json, tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "export.jsonl").write_text(json.dumps({"id": "w1", "published": "2023-06-14",
        ...     "text": "Defence Minister Ivan Testenko said on Wednesday that Ukrainian forces were advancing."}),
        ...     encoding="utf-8")
        >>> done = run(folder / "export.jsonl", folder / "out", scheduler="sync")
        >>> done.articles, done.written["claims"]
        (1, 1)
        >>> pd.read_parquet(folder / "out" / "claims").loc[0, "speaker"]
        'Ivan Testenko'
    """
    _need_dask(scheduler)
    vocab.check()  # a row of data/*.csv that cannot be used: said here, in one line, before any worker starts
    started = time.perf_counter()
    out = Path(out)
    parts = archive.plan(archives, rows_per_part)
    _check_plan(out, parts, rows_per_part)
    if progress is None:
        progress = os.isatty(2)
    import dask

    # the stages' own dtypes are written as they are (Dask would make strings pyarrow-backed with NA)
    with _Engine(scheduler, workers, progress) as engine, dask.config.set({"dataframe.convert-string": False}):
        # 1. clean: one task per part not yet cleaned
        todo = [p for p in parts if not (out / "_cleaned" / f"{p.name}.parquet").exists()]
        if todo:
            import dask.dataframe as dd

            cleaned = dd.from_map(_clean_part, todo, out=str(out), meta=_SUMMARY_META,
                                  enforce_metadata=False)
            engine.compute(cleaned)
        # 2. duplicates over the whole archive
        keys = pd.concat([pd.read_parquet(out / "_cleaned" / f"{p.name}.parquet", columns=list(_KEYS[1:]))
                          .assign(part=p.index) for p in parts], ignore_index=True)
        decisions, duplicates = archive.deduplicate(keys)
        _write(duplicates, out / "report", "duplicates")
        # 3. extract: one partition per part not yet written
        todo = [p for p in parts if not all((out / t / f"{p.name}.parquet").exists() for t in TABLES)]
        if todo:
            engine.compute(_graph(todo, parts, decisions, out))
        workers_used = engine.workers
    return _summary(out, parts, len(parts) - len(todo), time.perf_counter() - started, workers_used)


class MissingDask(ModuleNotFoundError):
    """``run`` without its optional packages: the message says what to install and what works without them
    (``.name`` is the first package missing, as Python's own ``ModuleNotFoundError`` has it)."""


#: what ``run`` imports (module → the package pip installs): ``distributed`` only for a cluster
_DASK_MODULES = (("dask.dataframe", "dask[dataframe]"), ("pyarrow", "pyarrow"), ("distributed", "distributed"))


def _need_dask(scheduler: str | None) -> None:
    """Raise :class:`MissingDask`, before anything is read or written, when a package ``run`` needs is not
    installed: what to install (the ``dask`` extra), and that the one-machine path needs none of it.

    Example (a package that does not exist stands for a missing one):
        >>> import saidvsdone.scale as scale
        >>> saved = scale._DASK_MODULES
        >>> scale._DASK_MODULES = (("no_such_dask_here.dataframe", "dask[dataframe]"),)
        >>> try:
        ...     scale._need_dask(None)
        ... except ModuleNotFoundError as err:
        ...     print(err.name, "|", str(err)[:59])
        no_such_dask_here | scale.run needs dask[dataframe], which is not installed (it
        >>> scale._DASK_MODULES = saved
    """
    import importlib.util

    missing = []
    for module, package in _DASK_MODULES:
        if module == "distributed" and scheduler == "sync":
            continue  # the synchronous scheduler needs no cluster
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):  # a parent package missing ("dask.dataframe" without dask)
            found = False
        if not found and package not in [p for _, p in missing]:
            missing.append((module, package))
    if not missing:
        return
    names = ", ".join(dict.fromkeys(p for _, p in missing))
    raise MissingDask(
        f"scale.run needs {names}, which {'is' if len(missing) == 1 else 'are'} not installed (it runs the "
        "archive in parts on Dask and writes Parquet). Install the optional part with: pip install '.[dask]' "
        "(from a clone of the repository; or make setup, which installs everything). Without it, one machine "
        "does the same job: tables = pipeline.run(archive.load(paths), n_jobs=-1) gives the quotes, claims and "
        "facts of a JSON Lines archive (a Parquet archive needs pyarrow), and python -m saidvsdone report "
        "--folder my/articles reads a folder of articles.", name=missing[0][0].split(".")[0])


# --- the graph -------------------------------------------------------------------------------

_KEYS = ("part", "archive_file", "archive_line", "article_id", "text_hash")
_SUMMARY_META = pd.DataFrame({"part": pd.Series([], dtype="int64"), "rows": pd.Series([], dtype="int64")})


def _meta() -> dict[str, pd.DataFrame]:
    """Each table's empty frame, as the stages themselves produce it: Dask's ``meta``."""
    empty = archive.read_part_empty()
    return {"articles": empty, **process(empty)}


def _graph(todo: list, parts: list, decisions: pd.DataFrame, out: Path):
    import dask.dataframe as dd

    meta = _meta()
    files = decisions.groupby("archive_file")
    inputs = [(p, _decisions_for(p, parts, files)) for p in todo]
    kept = dd.from_map(_kept_part, inputs, out=str(out), meta=meta["articles"], enforce_metadata=False)
    schemas = {name: frame.dtypes.to_dict() for name, frame in meta.items() if name != "articles"}
    return kept.map_partitions(_extract_part, str(out), [p.name for p in todo], schemas, meta=_SUMMARY_META)


def _extract_part(articles: pd.DataFrame, out: str, names: list, schemas: dict,
                  partition_info=None) -> pd.DataFrame:
    """Task of pass 3: the three stages on one part, checked against their schemas, then written."""
    number = partition_info["number"] if partition_info else 0
    tables = {"articles": articles, **process(articles)}   # each chunk's documents already let go
    for name, table in tables.items():
        if name != "articles" and table.dtypes.to_dict() != schemas[name]:
            raise TypeError(f"{name} of part {names[number]} does not match its declared columns: "
                            f"{dict(table.dtypes)} != {schemas[name]}")
    _write(_stage_errors(tables, articles), Path(out) / "report", f"{names[number]}-stages")
    for name in TABLES:
        _write(tables[name], Path(out) / name, names[number])
    return pd.DataFrame({"part": [number], "rows": [len(articles)]})


def _stage_errors(tables: dict, articles: pd.DataFrame) -> pd.DataFrame:
    """Every article a stage could not read, as report rows with its archive file and line."""
    where = articles.set_index("article_id")[list(PROVENANCE)]
    rows = [(*where.loc[e["article_id"]].tolist(), "error", f"{name}: article {e['article_id']!r} could not be "
             f"read and has no {name} rows: {e['error']}")
            for name in ("quotes", "claims", "facts") for e in tables[name].attrs.get("errors", [])]
    return archive.problems_table(rows)


def _decisions_for(part, parts: list, files) -> pd.DataFrame:
    """The decisions about this part's own lines: a task carries its part's, not its file's."""
    if part.file not in files.groups:
        return pd.DataFrame(columns=["archive_file", "archive_line", "action", "article_id"])
    decided = files.get_group(part.file)
    following = parts[part.index + 1] if part.index + 1 < len(parts) else None
    mine = decided["archive_line"] >= part.first_line
    if following is not None and following.file == part.file:
        mine &= decided["archive_line"] < following.first_line
    return decided[mine].reset_index(drop=True)


def _clean_part(part, out: str) -> pd.DataFrame:
    """Task of pass 1: read and clean one part; write its articles and its report."""
    articles, report = archive.read_part(part)
    _write(report, Path(out) / "report", part.name)
    _write(articles, Path(out) / "_cleaned", part.name)
    return pd.DataFrame({"part": [part.index], "rows": [len(articles)]})


def _kept_part(item, out: str) -> pd.DataFrame:
    part, decisions = item
    articles = pd.read_parquet(Path(out) / "_cleaned" / f"{part.name}.parquet")
    return archive.apply_decisions(articles, decisions)


def _with_provenance(table: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    where = articles[["article_id", *PROVENANCE]].set_index("article_id")
    errors = table.attrs.get("errors", [])
    table = table.join(where, on="article_id")
    table.attrs = {"errors": errors}
    return table.astype({"archive_file": "str", "archive_line": "int64"})


def _write(frame: pd.DataFrame, folder: Path, name: str) -> None:
    """Write ``folder/name.parquet`` all at once: a file that exists is complete."""
    folder.mkdir(parents=True, exist_ok=True)
    frame.attrs = {}
    with whole_file(folder / f"{name}.parquet") as partial:
        frame.to_parquet(partial, index=False)


# --- run bookkeeping ----------------------------------------------------------------------

def _check_plan(out: Path, parts: list, rows_per_part: int) -> None:
    """A re-run must read the same archives the same way, or its parts would not match."""
    files = sorted({p.file for p in parts}, key=[p.file for p in parts].index)
    stamp = {"rows_per_part": rows_per_part,
             "files": [{"file": f, "bytes": Path(f).stat().st_size} for f in files],
             "parts": len(parts)}
    path = out / "_plan.json"
    if path.exists():
        before = json.loads(path.read_text())
        if before != stamp:
            raise archive.ArchiveError(
                f"{out} holds a run over other archives (or another rows_per_part): see {path}; "
                "write to a new --out folder, or delete this one")
        return
    out.mkdir(parents=True, exist_ok=True)
    write_text_whole(path, json.dumps(stamp, indent=1))     # (a half-written plan would break the next run)


def _summary(out: Path, parts: list, done_before: int, seconds: float, workers: int) -> RunSummary:
    import pyarrow.parquet as pq

    def rows(table):
        return sum(pq.ParquetFile(out / table / f"{p.name}.parquet").metadata.num_rows for p in parts)

    report = pd.read_parquet(out / "report")
    summary = RunSummary(out=str(out), parts=len(parts), parts_skipped=done_before, seconds=seconds,
                         workers=workers)
    summary.written = {t: rows(t) for t in TABLES}
    summary.articles = summary.written["articles"]
    summary.skipped = int((report["status"] == "skipped").sum())
    summary.warnings = int((report["status"] == "warning").sum())
    summary.errors = int((report["status"] == "error").sum())
    summary.duplicates = int(report["message"].str.startswith("duplicate of article").sum())
    summary.rows_read = rows("_cleaned") + summary.skipped - summary.duplicates
    problems = report[report["status"].isin(["skipped", "warning", "error"])].sort_values(["file", "line"])
    summary.first_problems = [f"{row.status.upper():<8} {row.file}, line {row.line}: {row.message}"
                              for row in problems.head(_PROBLEMS_SHOWN).itertuples()]
    return summary


#: How many skipped rows and warnings the summary shows on screen (all are in report/).
_PROBLEMS_SHOWN = 5


#: Dask settings of the local cluster's workers. The statistical profiler is off: each worker
#: keeps the last 1,000 one-second profiles (``distributed.admin.low-level-log-length``), which
#: grew a worker by ~150 MB over the first quarter-hour of a run (measured, 2 workers).
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


def local_cluster(workers: int):
    """A ``LocalCluster`` as ``run`` starts it: one single-threaded worker process per core,
    on 127.0.0.1, no dashboard, no profiler (``WORKER_CONFIG``)."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(WORKER_CONFIG):   # the nannies hand this config to the worker processes
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=None,
                            # no dashboard; its health routes on a free loopback port
                            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})


class _Engine:
    """Where the tasks run: a LocalCluster, a scheduler's address, or this process ("sync")."""

    def __init__(self, scheduler: str | None, workers: int | None, progress: bool):
        self.scheduler, self.progress = scheduler, progress
        self.n_workers = workers or os.cpu_count() or 1
        self.client = self.cluster = None
        self.workers = 1

    def __enter__(self):
        if self.scheduler == "sync":
            return self
        from distributed import Client

        if self.scheduler:
            self.client = Client(self.scheduler)
        else:
            self.cluster = local_cluster(self.n_workers)
            self.client = Client(self.cluster)
        self.workers = len(self.client.scheduler_info()["workers"])
        return self

    def compute(self, *collections):
        if self.client is None:
            import dask

            if self.progress:
                from dask.diagnostics import ProgressBar

                with ProgressBar():
                    return dask.compute(*collections, scheduler="synchronous")
            return dask.compute(*collections, scheduler="synchronous")
        futures = self.client.compute(list(collections))
        if self.progress:
            from distributed import progress

            progress(futures)
        return self.client.gather(futures)

    def __exit__(self, *exc):
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        return False
