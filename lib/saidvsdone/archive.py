"""News archives: JSON Lines (optionally gzipped), Parquet, JSON and CSV exports, one row per article.

The shapes news archives come in (a CMS export, a news crawl, a wire archive):
each row holds ``id``, ``text`` (or ``html``, a saved page), ``published`` and
optionally ``url``, ``title``, ``source``. Rows are cleaned and dated exactly as
``corpus.load`` cleans and dates files (``corpus.from_records``), and every row
that cannot be read is reported with its file, line and why, never dropped
silently:

* ``skipped`` — not JSON, not a JSON object, no ``text``/``html``, a
  value of the wrong type where the article cannot do without it;
* a row with a text and no ``id`` (no such column, an empty cell) is read under
  :func:`default_id`, the file's name and the row's line (``export.csv-17``),
  with one warning per file (per part of a large JSON Lines file) counting them;
* ``warning`` — loaded, but look at it: a ``published`` that is not a date
  (the article is kept undated), a ``title`` that is not a string (ignored) …;
* duplicates — two rows whose texts are the same after cleaning (``text_hash``)
  keep the first in archive order (files in the order given, then line); the
  later one is reported as ``skipped``. Two different texts under one ``id``
  keep both, the later renamed ``id-2`` (as ``corpus.load`` renames).

``line`` is the 1-based line of a JSON Lines file, the 1-based row of a
Parquet file, the 1-based item of a JSON file's list of articles, or the line of
a CSV file where the row starts (the header being line 1). A JSON export (``.json``:
a list of article objects, or an object holding one such list, as ``{"posts": [...]}``)
and a CSV export (``.csv``, ``.tsv``: a header row, then one article per row; comma,
semicolon or tab; UTF-8, UTF-16 or Windows Latin-1 as spreadsheets save it) are read
whole, one part each. Field names are also read written otherwise (``Body``,
``Date Published``, ``ID``: case, spaces, ``-`` and ``_`` aside). Large archives are read in *parts* of ``rows_per_part`` rows
(:func:`plan`), the unit :mod:`saidvsdone.scale` hands to each Dask task; a
gzip file cannot be split and is one part.

Example:
    >>> import json, tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> rows = [{"id": "a1", "text": "Putin said it was “going to plan.”", "published": "2022-04-12T09:00:00Z"},
    ...         {"id": "a2", "text": "Putin said it was “going to plan.”", "published": "2022-04-12"},
    ...         {"id": "a3", "published": "2022-04-13"}]
    >>> _ = (folder / "wire.jsonl").write_text("\\n".join(map(json.dumps, rows)) + "\\nnot json\\n")
    >>> articles = load([folder / "wire.jsonl"])
    >>> articles[["article_id", "published", "archive_line"]]
      article_id  published  archive_line
    0         a1 2022-04-12             1
    >>> for row in articles.attrs["report"].itertuples():
    ...     print(row.line, row.status, row.message)
    3 skipped no 'text' (or 'html')
    4 skipped not JSON (Expecting value: line 1 column 1 (char 0))
    2 skipped duplicate of article 'a1' (line 1 of the same file): the same text after cleaning

The last call above de-duplicated in memory; ``deduplicate`` does it across
parts written by separate tasks.
"""

from __future__ import annotations

import datetime as _dt
import gzip
import hashlib
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from saidvsdone import corpus
from saidvsdone._plural import plural

__all__ = ["load", "plan", "read_part", "deduplicate", "apply_decisions", "default_id", "Part", "ArchiveError",
           "COLUMNS", "PROVENANCE", "REPORT_COLUMNS", "SUFFIXES"]

#: File endings read as archives.
SUFFIXES = corpus.ARCHIVE_ENDINGS  # (one list: a folder's archives are the files this module reads)
#: Columns added to ``corpus.COLUMNS`` (and to every table ``scale`` writes, but ``text_hash``).
PROVENANCE = ("archive_file", "archive_line", "text_hash")
#: The articles table: ``corpus.COLUMNS`` without ``raw_text`` (the archive row keeps it), then provenance.
COLUMNS = tuple(c for c in corpus.COLUMNS if c != "raw_text") + PROVENANCE
#: The report: one row per problem, ``line`` being the archive line (or Parquet row).
REPORT_COLUMNS = ("file", "line", "status", "message")
#: Archive fields read; anything else in a row is ignored.
FIELDS = ("id", "text", "html", "published", "url", "title", "source")
DEFAULT_ROWS_PER_PART = 1000

class ArchiveError(ValueError):
    """An archive file cannot be read at all (missing, unknown format, not Parquet)."""


@dataclass(frozen=True)
class Part:
    """A slice of one archive file: ``[start, stop)`` bytes of a JSON Lines file (``first_line``
    being the line at ``start``), rows of a Parquet row group, or a whole gzip file."""

    index: int
    file: str
    kind: str          # "jsonl", "gzip", "parquet", "json" or "csv"
    start: int = 0
    stop: int = -1
    first_line: int = 1
    row_group: int = -1

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


def plan(paths, rows_per_part: int = DEFAULT_ROWS_PER_PART) -> list[Part]:
    """Split archive files (or folders of them) into parts of about ``rows_per_part`` rows.

    Folders are searched (sorted, sub-folders included) for files ending in
    ``SUFFIXES``. Plain JSON Lines files are scanned once for line starts;
    Parquet parts never straddle a row group; a gzip file is one part.

    Raises:
        ArchiveError: a path that does not exist, or a file of another kind.

    Example:
        >>> import tempfile
        >>> from pathlib import Path
        >>> path = Path(tempfile.mkdtemp()) / "a.jsonl"
        >>> _ = path.write_text("".join(f'{{"id": {i}, "text": "x"}}\\n' for i in range(5)))
        >>> [(p.index, p.first_line, p.start) for p in plan([path], rows_per_part=2)]
        [(0, 1, 0), (1, 3, 46), (2, 5, 92)]
    """
    if rows_per_part < 1:
        raise ValueError("rows_per_part must be at least 1")
    parts: list[Part] = []
    for path in _files(paths):
        kind = _kind(path)
        if kind in _WHOLE:
            spans = [(0, -1, 1, -1)]
        elif kind == "jsonl":
            spans = _jsonl_spans(path, rows_per_part)
        else:
            spans = _parquet_spans(path, rows_per_part)
        parts += [Part(len(parts) + i, path.as_posix(), kind, a, b, line, rg)
                  for i, (a, b, line, rg) in enumerate(spans)]
    return parts


def read_part(part: Part) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The cleaned articles of one part (``COLUMNS``) and its report (``REPORT_COLUMNS``).

    Not de-duplicated across parts: that is :func:`deduplicate`'s job.

    Example:
        >>> import tempfile
        >>> from pathlib import Path
        >>> path = Path(tempfile.mkdtemp()) / "a.jsonl"
        >>> _ = path.write_text('{"id": 7, "text": "Kyiv held.", "published": "yesterday"}\\n')
        >>> articles, problems = read_part(plan([path])[0])
        >>> articles.loc[0, "article_id"], int(articles.loc[0, "archive_line"]), problems.loc[0, "status"]
        ('7', 1, 'warning')
    """
    records, problems, n_rows = [], [], 0
    aliases, renamed, given = _aliases(), {}, []
    for line, value in _rows(part):
        n_rows += 1
        record = _record(value, part.file, line, problems, aliases, renamed, given)
        if record is not None:
            records.append(record)
    if renamed:  # once per part: which names stood for which fields, and from which line
        problems.append((part.file, min(renamed.values()), "warning", "fields read under other names "
                         "(data/archive_fields.csv): " + ", ".join(f"{name!r} as {field!r}" for field, name in
                                                                  sorted(renamed, key=renamed.get))
                         + "; check that they hold what those names say"))
    if not n_rows and _empty_file(part):
        problems.append((part.file, None, "warning", "the file holds no rows (it is empty, or "
                         "blank lines only): nothing read from it"))
    frame = corpus.from_records(records, file=part.file)
    problems += [(file, line, status, message)
                 for file, line, status, message in frame.attrs["report"].entries if status != "loaded"]
    lines = _loaded_lines(records, frame)
    if given:  # (a row given an id, then dropped as a page with no article text, is not counted)
        kept = set(lines)
        given = [line for line in given if line in kept]
        if given:  # once per part (a CSV or JSON export is one part): how many rows got an id, and which
            first = repr(default_id(part.file, given[0])) + (" …" if len(given) > 1 else "")
            problems.append((part.file, given[0], "warning", f"{plural(len(given), 'row')} with a text and no id (no id "
                             f"column, or an empty cell): each read under the id '<file name>-<line>' (here "
                             f"{first}); give the rows ids in the export to keep them stable when rows are "
                             "added above"))
    articles = frame.drop(columns=["raw_text"]).assign(
        archive_file=part.file,
        archive_line=pd.array(lines, dtype="int64"),
        text_hash=[_hash(t) for t in frame["text"]],
    )
    articles.attrs = {}
    return articles[list(COLUMNS)], problems_table(problems)


def deduplicate(keys: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Decide, over the whole archive, which rows are duplicates and which ids are renamed.

    ``keys`` has ``part, archive_file, archive_line, article_id, text_hash`` for
    every loaded row (from any number of parts). Returns ``(decisions, report)``:
    decisions has ``archive_file, archive_line, action`` (``duplicate`` or
    ``rename``) and ``article_id`` (the new id of a renamed row); an empty text
    is never a duplicate. The first row in archive order (part, then line) wins.

    Example:
        >>> keys = pd.DataFrame({"part": [0, 0, 1], "archive_file": ["a", "a", "b"], "archive_line": [1, 2, 1],
        ...                      "article_id": ["x", "x", "y"], "text_hash": ["h1", "h2", "h1"]})
        >>> decisions, report = deduplicate(keys)
        >>> decisions.to_dict("records")
        [{'archive_file': 'a', 'archive_line': 2, 'action': 'rename', 'article_id': 'x-2'}, {'archive_file': 'b', 'archive_line': 1, 'action': 'duplicate', 'article_id': 'y'}]
    """
    keys = keys.sort_values(["part", "archive_line"], kind="stable").reset_index(drop=True)
    decided, problems = [], []
    first: dict[str, int] = {}
    kept_ids: dict[str, int] = {}
    taken = set(keys["article_id"])
    for i, (file, line, article_id, digest) in enumerate(
            zip(keys["archive_file"], keys["archive_line"], keys["article_id"], keys["text_hash"])):
        if digest and digest in first:
            j = first[digest]
            where = _where(keys.at[j, "archive_file"], keys.at[j, "archive_line"], file)
            decided.append((file, line, "duplicate", article_id))
            problems.append((file, line, "skipped", f"duplicate of article {keys.at[j, 'article_id']!r} "
                             f"({where}): the same text after cleaning"))
            continue
        if digest:
            first[digest] = i
        if article_id in kept_ids:
            j = kept_ids[article_id]
            new_id = corpus.unique_id(article_id, taken)
            taken.add(new_id)
            where = _where(keys.at[j, "archive_file"], keys.at[j, "archive_line"], file)
            decided.append((file, line, "rename", new_id))
            problems.append((file, line, "warning", f"duplicate id {article_id!r} (also {where}), "
                             f"with another text; renamed to {new_id!r}"))
            continue
        kept_ids[article_id] = i
    decisions = pd.DataFrame(decided, columns=["archive_file", "archive_line", "action", "article_id"])
    decisions = decisions.astype({"archive_file": "str", "archive_line": "int64", "action": "str",
                                  "article_id": "str"})
    return decisions, problems_table(problems)


def apply_decisions(articles: pd.DataFrame, decisions: pd.DataFrame) -> pd.DataFrame:
    """``articles`` without the rows ``decisions`` calls duplicates, renamed rows under their new id.

    Example:
        >>> articles = pd.DataFrame({"article_id": ["x", "x", "y"], "archive_file": ["a", "a", "b"],
        ...                          "archive_line": [1, 2, 1]})
        >>> decisions = pd.DataFrame({"archive_file": ["a", "b"], "archive_line": [2, 1],
        ...                           "action": ["rename", "duplicate"], "article_id": ["x-2", "y"]})
        >>> apply_decisions(articles, decisions)["article_id"].tolist()
        ['x', 'x-2']
    """
    if decisions.empty:
        return articles
    where = pd.MultiIndex.from_arrays([articles["archive_file"], articles["archive_line"]])
    index = pd.MultiIndex.from_arrays([decisions["archive_file"], decisions["archive_line"]])
    action = pd.Series(decisions["action"].to_numpy(), index=index).reindex(where).to_numpy()
    new_id = pd.Series(decisions["article_id"].to_numpy(), index=index).reindex(where).to_numpy()
    renamed = action == "rename"
    out = articles[action != "duplicate"].copy()
    ids = articles["article_id"].to_numpy(dtype=object).copy()
    ids[renamed] = new_id[renamed]
    out["article_id"] = pd.array(ids[action != "duplicate"], dtype=articles["article_id"].dtype)
    return out.reset_index(drop=True)


def load(paths, rows_per_part: int = DEFAULT_ROWS_PER_PART) -> pd.DataFrame:
    """Every article of the archives in one frame, in process: what ``scale.run`` gives part by part.

    Returns the articles (``COLUMNS``, de-duplicated, in archive order);
    ``attrs["report"]`` is a frame (``REPORT_COLUMNS``) of every row skipped or
    loaded with a warning. For archives that do not fit in memory, use
    :func:`saidvsdone.scale.run`.

    Example:
        >>> import json, tempfile
        >>> export = Path(tempfile.mkdtemp()) / "export.jsonl"
        >>> _ = export.write_text(json.dumps({"id": "w1", "published": "2023-06-14", "title": "Talks off",
        ...     "text": "Foreign Minister Olga Vymyslova said on Wednesday there would be no talks."}), encoding="utf-8")
        >>> articles = load(export)
        >>> articles.loc[0, "article_id"], str(articles.loc[0, "published"].date()), len(articles.attrs["report"])
        ('w1', '2023-06-14', 0)
    """
    pieces, problems = [], []
    for part in plan(paths, rows_per_part):
        articles, report = read_part(part)
        pieces.append(articles.assign(part=part.index))
        problems.append(report)
    articles = pd.concat(pieces, ignore_index=True) if pieces else read_part_empty()
    if "part" not in articles:
        articles = articles.assign(part=pd.Series([], dtype="int64"))
    decisions, duplicates = deduplicate(articles[["part", "archive_file", "archive_line", "article_id",
                                                  "text_hash"]])
    articles = apply_decisions(articles.drop(columns=["part"]), decisions)
    articles.attrs["report"] = pd.concat([*problems, duplicates], ignore_index=True) \
        if problems else duplicates
    return articles


def read_part_empty() -> pd.DataFrame:
    """An articles frame with no rows and the right dtypes (what ``scale`` declares as ``meta``)."""
    frame = corpus.from_records([]).drop(columns=["raw_text"])
    frame.attrs = {}
    return frame.assign(archive_file=pd.Series([], dtype="str"),
                        archive_line=pd.Series([], dtype="int64"),
                        text_hash=pd.Series([], dtype="str"))[list(COLUMNS)]


# --- files -------------------------------------------------------------------------------

def _files(paths) -> list[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = []
    for path in (Path(p).expanduser() for p in paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _has_suffix(p))
            if not found:
                raise ArchiveError(f"{path}: no archive files in this folder ({', '.join(SUFFIXES)})")
            files += found
        elif path.is_file():
            if not _has_suffix(path):
                raise ArchiveError(f"{path}: not an archive file (reads {', '.join(SUFFIXES)})")
            files.append(path)
        else:
            raise ArchiveError(f"{path}: no such file or folder")
    return files


def _has_suffix(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        return "gzip"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    if name.endswith(".json"):
        return "json"
    if name.endswith((".csv", ".tsv")):
        return "csv"
    return "jsonl"


#: kinds read whole, one part per file
_WHOLE = ("gzip", "json", "csv")


def _jsonl_spans(path: Path, rows: int) -> list[tuple]:
    spans, start, line, n, position = [], 0, 1, 0, 0
    with open(path, "rb") as handle:
        for raw in handle:
            n += 1
            position += len(raw)
            if n % rows == 0:
                spans.append((start, position, line, -1))
                start, line = position, n + 1
    if position > start:
        spans.append((start, position, line, -1))
    return spans or [(0, 0, 1, -1)]


def _parquet_spans(path: Path, rows: int) -> list[tuple]:
    import pyarrow.parquet as pq

    try:
        metadata = pq.ParquetFile(path).metadata
    except Exception as err:  # noqa: BLE001 - pyarrow raises several kinds on a broken file
        raise ArchiveError(f"{path}: cannot read as Parquet ({type(err).__name__}: {err})") from err
    spans, first = [], 0
    for group in range(metadata.num_row_groups):
        size = metadata.row_group(group).num_rows
        for offset in range(0, size, rows):
            spans.append((offset, min(offset + rows, size), first + offset + 1, group))
        first += size
    return spans or [(0, 0, 1, -1)]


def _rows(part: Part):
    """``(line, value)`` per row of the part: a dict, or an error message (str) for a row that is not one."""
    if part.kind == "parquet":
        yield from _parquet_rows(part)
        return
    if part.kind in ("json", "csv"):
        yield from (_json_rows if part.kind == "json" else _csv_rows)(part)
        return
    if part.kind == "gzip":
        handle = gzip.open(part.file, "rb")
    else:
        with open(part.file, "rb") as raw:
            raw.seek(part.start)
            handle = io.BytesIO(raw.read(part.stop - part.start))
    line = part.first_line - 1
    with handle:
        try:
            for data in handle:
                line += 1
                if not data.strip():
                    continue
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError as err:
                    yield line, f"not UTF-8 ({err.reason} at byte {err.start})"
                    continue
                try:
                    yield line, json.loads(text)
                except json.JSONDecodeError as err:
                    yield line, f"not JSON ({err})"
        except (OSError, EOFError) as err:  # a truncated or corrupt gzip stream
            yield line + 1, f"the rest of the file cannot be read ({type(err).__name__}: {err})"


class _Note(str):
    """A warning about the whole file that :func:`_rows` yields among its rows (the file is still read)."""


def _export_text(part: Part) -> tuple[str | None, str]:
    """The text of a whole JSON or CSV export, and its encoding (or None and why it cannot be read)."""
    with open(part.file, "rb") as handle:
        data = handle.read()
    decoded = corpus.decode_bytes(data)  # UTF-8 (with or without a BOM), UTF-16, Windows Latin-1 / Cyrillic
    if decoded is None:
        return None, "the file is not text (UTF-8, UTF-16 or Windows Latin-1): nothing read from it"
    return decoded


def _export_lines(part: Part):
    """``(None, reason)`` for a file that is not text, else the text after a note on a legacy encoding."""
    text, encoding = _export_text(part)
    if text is None:
        yield None, encoding
    else:
        if encoding not in ("utf-8", "utf-8-sig", "utf-16"):
            named = corpus.LEGACY_ENCODINGS.get(encoding, "UTF-8 mixed with Windows Latin-1")
            yield None, _Note(f"not UTF-8: read as {encoding} ({named}); check accented letters and quote marks "
                              "(save the export as UTF-8 to be sure)")
        yield text, None


def _json_rows(part: Part):
    """A JSON export: a list of articles, an object holding one list of them, or JSON Lines under a .json name."""
    for text, problem in _export_lines(part):
        if text is None:
            yield None, problem
    if text is None or not text.strip():
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":  # one object per line: JSON Lines saved as .json
            for line, data in enumerate(text.splitlines(), start=1):
                if data.strip():
                    try:
                        yield line, json.loads(data)
                    except json.JSONDecodeError as inner:
                        yield line, f"not JSON ({inner})"
            return
        yield None, f"not JSON ({err}): nothing read from the file"
        return
    if isinstance(value, dict) and not _loose_keys(value).keys() & _row_keys():
        lists = [(key, item) for key, item in value.items() if isinstance(item, list) and item
                 and all(isinstance(row, dict) for row in item)]
        if len(lists) != 1:
            keys = ", ".join(repr(str(k)) for k in list(value)[:12])
            yield None, (f"a JSON object ({keys}) that is neither an article nor holds one list of them: "
                         "nothing read from the file")
            return
        value = lists[0][1]
    yield from enumerate(value if isinstance(value, list) else [value], start=1)


def _csv_rows(part: Part):
    """A CSV export with a header row (comma, semicolon or tab), one article per row."""
    import csv

    for text, problem in _export_lines(part):
        if text is None:
            yield None, problem
    if text is None:
        return
    first = text.split("\n", 1)[0]
    delimiter = max("\t;,", key=first.count) if any(c in first for c in "\t;,") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None:
            return
        header = [name.strip().lstrip("\ufeff") for name in header]
        if _OWN_TABLE.intersection(header) or header[:4] == ["file", "manifest_line", "status", "message"]:
            yield None, ("a table this library wrote (report's articles.csv, tables/*.csv or load-report.csv): not "
                         "read as articles; write --out outside the folder of articles")
            return
        names = _loose_keys(dict.fromkeys(header))
        if not names.keys() & _row_keys():
            shown = ", ".join(map(repr, header[:12])) + (", …" if len(header) > 12 else "")
            other = " (a manifest of another folder?)" if "file" in header else ""
            yield None, (f"a CSV file with no column of article text{other}: its columns are {shown}; if one holds "
                         "the text, add its name to data/archive_fields.csv (field text)")
            return
        line, rows = reader.line_num, 0
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header):
                yield start, f"{len(cells)} cells for {len(header)} columns (a {delimiter!r} in a cell outside quotes?)"
                continue
            rows += 1
            yield start, {name: cell for name, cell in zip(header, cells) if name}
        if not rows:
            yield None, "a header row and no article rows: nothing read from the file"
    except csv.Error as err:
        yield reader.line_num, f"the rest of the file cannot be read as CSV ({err})"


#: columns only the tables ``report`` writes have (articles, quotes, claims, facts)
_OWN_TABLE = {"published_basis", "quote_id", "claim_id", "fact_id"}


def _loose(name) -> str:
    """A field name with case, spaces, ``-`` and ``_`` aside: ``Date Published`` → ``datepublished``."""
    return re.sub(r"[\s_\-]+", "", str(name)).lower()


def _loose_keys(value: dict) -> dict:
    return {_loose(key): key for key in value}


def _row_keys() -> set:
    """The loose names of the fields that make an object an article row (its text)."""
    aliases = dict(_aliases())
    return {_loose(n) for n in ("text", "html", *aliases.get("text", ()), *aliases.get("html", ()))}


def _parquet_rows(part: Part):
    import pyarrow.parquet as pq

    if part.row_group < 0:
        return
    handle = pq.ParquetFile(part.file)
    known = {_loose(n) for n in set(FIELDS).union(*(names for _, names in _aliases()))}
    columns = [c for c in handle.schema_arrow.names if _loose(c) in known]
    table = handle.read_row_group(part.row_group, columns=columns)
    for i, row in enumerate(table.slice(part.start, part.stop - part.start).to_pylist()):
        yield part.first_line + i, row


# --- one row ---------------------------------------------------------------------------------

_ALIASES: tuple = (None, ())


def _aliases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(field, (other names …))`` from ``data/archive_fields.csv`` (and your layered folders), in table order."""
    global _ALIASES
    from saidvsdone import vocab

    table = vocab.table("archive_fields")
    if _ALIASES[0] is not table:
        by_field: dict[str, list[str]] = {}
        for field, name in zip(table["field"], table["name"]):
            if name.strip() and name.strip() not in FIELDS:
                by_field.setdefault(field.strip(), []).append(name.strip())
        _ALIASES = (table, tuple((field, tuple(names)) for field, names in by_field.items()))
    return _ALIASES[1]


def default_id(file, line: int) -> str:
    """The id of an archive row that has none: the file's name and the row's line (``line`` as the report
    gives it: the CSV line where the row starts, the header being line 1; the JSON item; the Parquet row).

    Stable while the file is not edited above the row; a row with an id keeps it.

    >>> default_id("exports/cms export.csv", 17)
    'cms export.csv-17'
    """
    return f"{Path(str(file)).name}-{line}"


def _record(value, file: str, line: int, problems: list, aliases=(), renamed=None, given=None) -> dict | None:
    """A record for ``corpus.from_records``, or None (the reason appended to ``problems``).

    ``aliases`` (:func:`_aliases`): other names of a field, read when the row has no field of that name
    (``body`` for ``text``); each name read is noted in ``renamed`` (``(field, name)`` → first line).
    A row with a text and no id (no field, an empty one) gets :func:`default_id`; its line is appended to
    ``given`` (the caller warns once).
    """
    def skip(message):
        problems.append((file, line, "skipped", message))

    def warn(message):
        problems.append((file, line, "warning", message))

    if isinstance(value, _Note):
        return warn(str(value))
    if isinstance(value, str):
        return skip(value)
    if not isinstance(value, dict):
        return skip(f"not a JSON object (a {_type(value)})")
    written = {}  # field → the name the row gives it, when another
    loose = None
    named = {field for field, _ in aliases}
    for field, names in (*aliases, *((f, ()) for f in FIELDS if f not in named)):
        if value.get(field) is None:
            name = next((n for n in names if value.get(n) is not None), None)
            if name is None:  # 'Body', 'Date Published', 'ID': the same names written otherwise
                loose = _loose_keys(value) if loose is None else loose
                name = next((loose[k] for k in map(_loose, (field, *names)) if k in loose
                             and value[loose[k]] is not None), None)
            if name is not None:
                value = {**value, field: value[name]}
                written[field] = name
    shown = {field: f"'{name}' (read as '{field}')" for field, name in written.items()}
    if any(isinstance(value.get(field), dict) for field in FIELDS):  # {"$oid": …}, {"rendered": …} (rv19)
        value = {**value, **{field: _unwrapped(value[field]) for field in FIELDS if isinstance(value.get(field), dict)}}
    if isinstance(value.get("text"), str) and value.get("html") is None and _HTML_MARKUP.search(value["text"]):
        # a CMS's "body" or "content" that holds the page's markup ("<p>…</p>", "&ldquo;"): read as html, so its
        # quote marks are quote marks and its tags no words (rv19)
        value = {**value, "html": value["text"], "text": None}
        written["html"] = f"{written.get('text', 'text')}"
        shown["html"] = f"'{written['html']}' (HTML markup, read as 'html')"
    article_id = value.get("id")
    if isinstance(article_id, float) and article_id.is_integer():
        article_id = int(article_id)  # (a pandas export of a column with a gap writes 17.0 for 17, rv19)
    if isinstance(article_id, bool) or not isinstance(article_id, (str, int, type(None))):
        return skip(f"{shown.get('id', repr('id'))} is {_a(article_id)}, not a string or a whole number")
    article_id = "" if article_id is None else str(article_id).strip()
    record = {"article_id": article_id or default_id(file, line), "file": file, "line": line}
    for field in ("text", "html"):
        body = value.get(field)
        if body is not None and not isinstance(body, str):
            return skip(f"{shown.get(field, repr(field))} is {_a(body)}, not a string")
        if body is not None and body.strip():
            record[field] = body
            break
    else:
        return skip("no 'text' (or 'html')" + _fields_named(value, aliases) if value.get("text") is None
                    and value.get("html") is None else "empty 'text' (or 'html')")
    record["published"] = _published(value.get("published"), warn, shown.get("published", "'published'"))
    record["published_unread"] = bool(value.get("published") not in (None, "") and not record["published"])
    for field in ("url", "title", "source"):
        cell = value.get(field)
        if cell is None:
            continue
        if isinstance(cell, str):
            record[field] = cell.strip()
        else:
            warn(f"{shown.get(field, repr(field))} is {_a(cell)}, not a string: ignored")
    if not article_id and given is not None:
        given.append(line)
    if renamed is not None:
        for field, name in written.items():
            if field in ("id", "published", "url", "title", "source") or record.get(field) is not None:
                renamed.setdefault((field, name), line)
    return record


#: a text that is a page's markup: a closing block tag or a line break tag
_HTML_MARKUP = re.compile(r"</(?:p|div|h[1-6]|blockquote|li|article|section|figure)\s*>|<br\s*/?>", re.IGNORECASE)
#: one-key wrappers export formats put around a value: MongoDB Extended JSON (``{"_id": {"$oid": "64b…"}}``,
#: ``{"$date": "2023-05-03T10:00:00Z"}``), the WordPress REST API (``{"title": {"rendered": "…"}}``)
_WRAPPERS = ("$oid", "$date", "$numberLong", "$numberInt", "rendered")


def _unwrapped(cell: dict):
    """The value a wrapper holds (:data:`_WRAPPERS`; a ``$date`` of milliseconds as its UTC timestamp), else ``cell``.

    Example:
        >>> _unwrapped({"$oid": "64b7f0c2"}), _unwrapped({"$date": {"$numberLong": "1683108000000"}})
        ('64b7f0c2', '2023-05-03T10:00:00Z')
        >>> _unwrapped({"rendered": "Mayor says", "protected": False}), _unwrapped({"a": 1})
        ('Mayor says', {'a': 1})
    """
    key = next((k for k in _WRAPPERS if k in cell), None)
    if key is None or (key != "rendered" and len(cell) != 1):
        return cell
    inner = cell[key]
    if isinstance(inner, dict):
        inner = _unwrapped(inner)
    if key == "$date" and isinstance(inner, (int, str)) and not isinstance(inner, bool) and str(inner).lstrip(
            "-").isdigit():
        try:
            day = _dt.datetime.fromtimestamp(int(inner) / 1000, tz=_dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            return cell
        return day.strftime("%Y-%m-%dT%H:%M:%SZ")
    if key in ("$numberLong", "$numberInt") and isinstance(inner, str) and inner.lstrip("-").isdigit():
        return int(inner)
    return inner


def _fields_named(value: dict, aliases=()) -> str:
    """For a row with no field of a name this module reads: ``; its other fields are 'a', 'b' …`` and where to
    name one (``data/archive_fields.csv``); ``""`` when every field it holds has a name read here."""
    known = {_loose(n) for n in set(FIELDS).union(*(names for _, names in aliases))}
    others = [str(k) for k, v in value.items() if _loose(k) not in known and v not in (None, "")]
    if not others:
        return ""
    more = ", …" if len(others) > 12 else ""
    return (f"; its other fields are {', '.join(map(repr, others[:12]))}{more}: if one holds it, add that name to "
            "data/archive_fields.csv")


def _published(value, warn, name: str = "'published'") -> str:
    """``YYYY-MM-DD``, or "" (with a warning when there was a value that is not a date).

    Read by the reader of manifest cells and ``from_text(published=…)``
    (``corpus.read_date``): an ISO 8601 timestamp gives its day as written.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, (_dt.datetime, _dt.date, pd.Timestamp)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str):
        date, why = corpus.read_date(value)
        if date is not pd.NaT:
            return date.strftime("%Y-%m-%d")
        warn(f"archive field {name} {value!r} {why}; loaded undated")
        return ""
    warn(f"archive field {name} is {_a(value)}, not a date string: loaded undated")
    return ""


def _empty_file(part: Part) -> bool:
    """The part is its file's first and the file has no row (reported once per file)."""
    if part.kind == "parquet":
        import pyarrow.parquet as pq

        return part.first_line == 1 and pq.ParquetFile(part.file).metadata.num_rows == 0
    if part.start != 0:
        return False
    opener = gzip.open if part.kind == "gzip" else open
    try:
        with opener(part.file, "rb") as handle:
            return not any(data.strip() for data in handle)
    except (OSError, EOFError):
        return False


def _loaded_lines(records: list[dict], frame: pd.DataFrame) -> list[int]:
    """The archive line of each row ``from_records`` kept (a page with no article text is dropped)."""
    if len(frame) == len(records):
        return [r["line"] for r in records]
    by_id: dict[str, list[int]] = {}
    for r in records:
        by_id.setdefault(r["article_id"], []).append(r["line"])
    lines = []
    for article_id in frame["article_id"]:
        lines.append(by_id[article_id].pop(0))
    return lines


def _hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest() if text else ""


def problems_table(problems: list) -> pd.DataFrame:
    frame = pd.DataFrame(problems, columns=list(REPORT_COLUMNS))
    return frame.astype({"file": "str", "line": "Int64", "status": "str", "message": "str"})


def _where(file: str, line: int, here: str) -> str:
    return f"line {line} of the same file" if file == here else f"{file}, line {line}"


def _type(value) -> str:
    return {list: "list", int: "number", float: "number", bool: "true/false", type(None): "null"}.get(
        type(value), type(value).__name__)


def _a(value) -> str:
    kind = _type(value)
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"
