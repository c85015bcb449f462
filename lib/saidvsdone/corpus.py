"""Stage 1 — the corpus: news articles on disk → one clean row per article.

Every later stage (quotes, claims, facts) reads ``articles["text"]`` and
reports character offsets into it, so the cleaning here is deliberately
conservative and recorded per article:

* line endings become ``\\n``; every Unicode space (no-break, thin, …) and tab
  becomes one ASCII space, runs of spaces collapse to one, lines are stripped;
* paragraphs (non-empty lines) are joined by one blank line (``"\\n\\n"``);
* a header line such as ``date 2022-09-17`` becomes the publication date
  when the manifest gives none, and leaves the text; a date alone on its line
  under the headline (``June 2, 2023``) dates the article when nothing else does,
  and stays in the text;
* site furniture ("Share This Article", "Source link", …) is dropped, using the
  patterns in ``data/cleaning_rules.csv`` (extend that file, not this code);
* a paragraph that repeats an earlier one word for word is dropped (some
  scrapes hold the whole article several times over).

Saved web pages (``.html``/``.htm``) are read offline: ``trafilatura`` takes the
main text (navigation, related links and footers left out) and the title, URL
and site name; ``htmldate`` reads the publication date from the page's own
markup (JSON-LD ``datePublished``, meta tags, ``<time>``, the URL), never from
the body text. The extracted text then goes through the same cleaning as a
``.txt`` file; ``raw_text`` keeps the HTML. ``published_basis`` says where each
date came from: ``manifest``, ``page metadata``, ``header line``, ``dateline`` (a wire
dateline with the year, ``KYIV, Aug 12, 2024 (Reuters) -``, when nothing else dates the
article), ``file name`` (one date in the file's name, ``2023-09-12_putin-forum.txt``, when nothing
else dates it: a warning says so) or ``none`` (``archive`` for an archive's rows, see :mod:`saidvsdone.archive`).

Words, quote marks and apostrophes are kept exactly as written: no "smart
quote" normalisation. ``raw_text`` keeps the file as decoded.

Example:
    >>> from saidvsdone import corpus
    >>> articles = corpus.load()
    >>> len(articles)
    5
    >>> one = corpus.from_text("date 2022-09-17 Putin said it was “going to plan.”")
    >>> one.loc[0, "text"], str(one.loc[0, "published"].date())
    ('Putin said it was “going to plan.”', '2022-09-17')
"""

from __future__ import annotations

import csv
import datetime
import errno
import hashlib
import html as _html
import io
import logging
import os
import re
import shlex
import stat
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from saidvsdone._paths import PACKAGED_DATA, REPO_ROOT, command, data_file
from saidvsdone._plural import plural

# (``Articles``, the DataFrame ``load`` returns, is described in ``load``'s docstring, not in the API reference: its
# page would list what it inherits from pandas, whose internals the documentation tool cannot read)
__all__ = ["load", "from_text", "from_html", "from_records", "report", "LoadReport", "LoadWarning",
           "CorpusError", "COLUMNS", "ARTICLE_SUFFIXES", "ARCHIVE_ENDINGS", "legacy_decode", "LEGACY_ENCODINGS"]

#: File endings read as articles: plain text, and saved web pages.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")
#: Manifest columns, in order. Only ``file`` is required.
MANIFEST_COLUMNS = ("file", "published", "source", "title", "url", "language", "notes")
#: Files larger than this are reported and not read (pass ``max_bytes`` to change).
DEFAULT_MAX_BYTES = 10_000_000
#: A ``.txt`` file larger than this is read, with a warning (many articles pasted into one file?).
LARGE_TEXT_BYTES = 1_000_000
#: Saved web pages larger than this, or with more markup than ``MAX_HTML_MARKUP_BYTES``
#: once scripts, styles and comments are set aside, are reported and not read: the HTML
#: extractor's time and memory grow fast with size (a 9.8 MB page took 37 s and 446 MB);
#: within these limits a page takes a few seconds at most. A news page is well under both.
MAX_HTML_BYTES = 4_000_000
MAX_HTML_MARKUP_BYTES = 1_000_000
#: Publication dates outside this range are reported and the article loads undated:
#: "0222-10-14" or "2922-10-14" is a typo, not a date of a news article.
EARLIEST_DATE = pd.Timestamp("1900-01-01")
LATEST_DATE = pd.Timestamp("2099-12-31")
#: Names ``collect.add`` gives a copy while it is being written (removed by the next ``add``).
PARTIAL_SUFFIX = ".add-partial"

COLUMNS = (
    "article_id", "file", "published", "published_basis", "source", "title", "url",
    "language", "notes", "text", "raw_text", "encoding", "n_chars",
    "header_date_removed", "boilerplate_lines_removed", "duplicate_paragraphs_removed",
    "spaces_normalised", "lines_rejoined", "cleaning",
)


class CorpusError(ValueError):
    """The corpus cannot be loaded at all (no such folder, unusable manifest)."""


class LoadWarning(UserWarning):
    """``load`` skipped a file or loaded one with a warning; the message is a one-line
    summary that says how to see the full report. Silence it with
    ``warnings.simplefilter("ignore", corpus.LoadWarning)``."""


#: The printed report (``report --folder``, ``add``) lists this many files per kind of warning (no publication date,
#: a copy of another file …), then counts the others in one line, so that a corpus of hundreds keeps its rarer
#: warnings on one screen; ``load-report.csv`` (and the manifest's empty cells, after ``add``) has every one.
LISTED_ALIKE = 5
#: What tells two load messages of one kind apart (a file name, a figure): :func:`message_kind` masks it.
_LISTING_FAMILY = re.compile(r"[^\s'\"‘’“”(),:;]+\.(?:txt|html?|jsonl|ndjson|json|gz|parquet|pq|csv)\b"
                             r"|\d[\d,.]*")
#: How to see the full load report, named in every one-line summary.
_FULL_REPORT_HINT = "print(articles.attrs['report']) names each file warned about or skipped, corpus.report(articles) is a table of every file"


class Articles(pd.DataFrame):
    """The frame ``load`` returns: a plain DataFrame whose notebook display starts with
    the load summary when a file was skipped or loaded with a warning.

    Selections and copies (``articles[["title"]]``, ``articles.head()``) are plain
    DataFrames.

    Example:
        >>> articles = load()
        >>> print(repr(articles).splitlines()[0])  # doctest: +ELLIPSIS
        corpus.load: 5 articles loaded from ...data/articles; 1 file with a warning, 0 skipped — print(articles.attrs['report']) names each file warned about or skipped, corpus.report(articles) is a table of every file
        >>> type(articles[["title"]]).__name__
        'DataFrame'
    """

    @property
    def _constructor(self):
        return pd.DataFrame

    def _summary(self) -> str:
        log = self.attrs.get("report")
        return log.summary() if isinstance(log, LoadReport) else ""

    def __repr__(self) -> str:
        summary = self._summary()
        table = super().__repr__()
        return f"{summary}\n{table}" if summary else table

    def _repr_html_(self) -> str | None:
        table = super()._repr_html_()
        summary = self._summary()
        if table is None or not summary:
            return table
        return (f'<p style="text-align: left; font-weight: bold">&#9888; {_html.escape(summary)}</p>\n'
                + table)


def message_kind(message: str) -> str:
    """``message`` with its file names and figures masked: two messages of one kind give the same key.

    Example:
        >>> message_kind("the same text as a.txt after cleaning") == message_kind("the same text as b.html after cleaning")
        True
        >>> message_kind("the text is 5.0 MB")
        'the text is # MB'
    """
    return _LISTING_FAMILY.sub("#", message)


def listed_alike(rows, alike: int | None) -> tuple[list[str], list[tuple[str, str, list]]]:
    """The lines of a printed report (``LoadReport.listing``, ``collect.AddReport.listing``) with the repeats of one
    kind of message capped: ``rows`` are (status, message, line, what a left-out row counts), a row with no message
    always listed; once ``alike`` rows of one (status, :func:`message_kind`) are listed, the others are left out.
    Returns the lines and, for each kind with rows left out, (how it says "the same": "skipped for the same reason" or
    "with the same warning", the first message cut to 60 characters, what each left-out row counted).

    Example:
        >>> rows = [("warning", f"no date in {n}.txt", f"  {n}.txt", n) for n in "abc"]
        >>> listed_alike(rows, 1)
        (['  a.txt'], [('with the same warning', 'no date in a.txt', ['b', 'c'])])
    """
    lines: list[str] = []
    seen: dict[tuple[str, str], list] = {}  # (status, kind of message) → [first message, how many, left out]
    for status, message, line, counted in rows:
        if message is not None:
            family = seen.setdefault((status, message_kind(message)), [message, 0, []])
            family[1] += 1
            if alike is not None and family[1] > alike:
                family[2].append(counted)
                continue
        lines.append(line)
    return lines, [("skipped for the same reason" if status == "skipped" else "with the same warning",
                    message if len(message) <= 60 else message[:60].rsplit(" ", 1)[0] + " …", left_out)
                   for (status, _), (message, _, left_out) in seen.items() if left_out]


@dataclass
class LoadReport:
    """What ``load`` did with every file it was given.

    ``entries`` is a list of ``(file, line, status, message)``: status is
    ``loaded``, ``warning`` (loaded, but look at it) or ``skipped`` (not loaded).
    ``line`` is the manifest line (header = line 1) when the message is about a
    manifest row, else ``None``.
    """

    folder: str = ""
    manifest: str = ""
    entries: list[tuple[str, int | None, str, str]] = field(default_factory=list)
    #: the day a publication date after which is warned about (``load``'s ``today``); ``None``: the clock's
    today: pd.Timestamp | None = None

    def add(self, file: str, status: str, message: str, line: int | None = None) -> None:
        self.entries.append((file, line, status, message))

    def to_frame(self) -> pd.DataFrame:
        frame = pd.DataFrame(self.entries, columns=["file", "manifest_line", "status", "message"])
        return frame.astype({"manifest_line": "Int64"})

    def files(self, status: str) -> list[str]:
        return sorted({f for f, _, s, _ in self.entries if s == status})

    def summary(self) -> str:
        """One line when a file was skipped or loaded with a warning, else ``""``.

        Example:
            >>> log = LoadReport(folder="my/articles")
            >>> log.add("a.txt", "loaded", "nothing to clean")
            >>> log.summary()
            ''
            >>> log.add("b.pdf", "skipped", "not an article file")
            >>> log.summary()
            "corpus.load: 1 article loaded from my/articles; 0 files with a warning, 1 skipped (b.pdf) — print(articles.attrs['report']) names each file warned about or skipped, corpus.report(articles) is a table of every file"
        """
        skipped = set(self.files("skipped"))
        warned = set(self.files("warning")) - skipped
        if not skipped and not warned:
            return ""
        loaded = {f for f, _, s, _ in self.entries if s == "loaded"}
        named = f" ({', '.join(sorted(skipped))})" if 0 < len(skipped) <= 3 else ""
        return (f"corpus.load: {plural(len(loaded), 'article')} loaded from {self.folder}; "
                f"{plural(len(warned), 'file')} with a warning, {len(skipped)} skipped{named} — {_FULL_REPORT_HINT}")

    def __str__(self) -> str:
        return self.listing()

    def listing(self, alike: int | None = None) -> str:
        """The report as printed: a heading, then each file warned about or skipped, with its manifest line.

        ``alike`` caps a long corpus's repeats: once that many files have had the same message (file names and
        figures aside: "no publication date …", "the same text as x.txt …"), the others with it are counted in
        one line at the end instead of listed (``report --folder`` prints it so; ``load-report.csv`` and
        :func:`report` list every one). ``None`` lists every file.

        Example:
            >>> log = LoadReport(folder="my/articles")
            >>> for name in ("a.txt", "b.txt", "c.txt"):
            ...     log.add(name, "warning", "no publication date: in neither the manifest nor a header line")
            >>> print(log.listing(alike=1))
            Corpus: 0 articles loaded from my/articles (no manifest)
              WARNING  a.txt: no publication date: in neither the manifest nor a header line
              … and 2 more files with the same warning (no publication date: in neither the manifest nor a header …): each is in load-report.csv, or corpus.report(articles)
        """
        loaded = {f for f, _, s, _ in self.entries if s == "loaded"}
        lines = [f"Corpus: {plural(len(loaded), 'article')} loaded from {self.folder}"
                 + (f" (manifest {self.manifest})" if self.manifest else " (no manifest)")]
        listed, left = listed_alike(((status, message, f"  {status.upper():8} {file}"
                                      + (f" (manifest line {line})" if line else "") + f": {message}", file)
                                     for file, line, status, message in self.entries if status != "loaded"), alike)
        lines += listed
        for same, example, left_out in left:
            lines.append(f"  … and {plural(len(set(left_out)), 'more file')} {same} ({example}): "
                         "each is in load-report.csv, or corpus.report(articles)")
        return "\n".join(lines)


def load(folder: str | Path | None = None, manifest: str | Path | bool | None = None, *,
         max_bytes: int = DEFAULT_MAX_BYTES, today=None) -> pd.DataFrame:
    """Load every article file in ``folder`` into a DataFrame, one row per article.

    Args:
        folder: a folder of ``.txt`` articles and saved ``.html``/``.htm`` pages
            (sub-folders included), and news archives (``.jsonl``, ``.parquet`` …: a CMS
            export, one article per row, read as :func:`saidvsdone.archive.load` reads them;
            ``file`` is the archive and the report names ``export.jsonl, line 3``). ``None``
            means the bundled corpus in ``data/articles/``.
        manifest: a CSV with columns ``file, published, source, title, url,
            language, notes`` (only ``file`` is required). ``None`` looks for
            ``articles.csv`` inside the folder, then next to it; ``False`` reads
            none. Articles without a manifest row still load.
        max_bytes: larger files are reported and not read.
        today: a publication date after this day (plus one, for time zones) is warned about as a typo;
            ``None``: the clock's day (``report.build`` passes its ``as_of`` when given).

    Returns:
        A DataFrame with the columns in ``COLUMNS``, one row per article:

        * ``article_id`` (the file's stem; ``-2`` added to a second file with the same stem),
          ``file`` (its path inside the folder, with ``/``);
        * ``published`` (``datetime64``, NaT when unknown) and ``published_basis`` (where the
          date came from: ``manifest``, ``page metadata``, ``header line`` (a date line or the page's
          stamp), ``dateline``, ``url`` (the one date in the article's address), ``title`` (a recurring
          report's title ending in its day), ``archive``, ``file name`` (the one date in the file's name,
          when nothing else dates it: with a warning) or ``none``);
        * ``source``, ``title``, ``url``, ``language``, ``notes``: the manifest's cells, filled from a saved
          page or a headline line where empty;
        * ``text``: the cleaned text every offset (``start``, ``end``) of the other tables points
          into; ``raw_text``: the file as read, and ``encoding`` (``utf-8``, ``cp1252``, ``cp1251`` …) how it
          was decoded (``utf-8+cp1252``: UTF-8 with stray Windows Latin-1 bytes, each part read as
          what it is, with a warning); ``n_chars``: the length of ``text``;
        * what the cleaning did: ``header_date_removed`` (a date line taken out of the text),
          ``boilerplate_lines_removed`` (lines of ``data/cleaning_rules.csv``),
          ``duplicate_paragraphs_removed``, ``spaces_normalised`` (no-break and thin spaces,
          tabs), ``lines_rejoined`` (hard-wrapped lines joined), and ``cleaning``, all of it
          in words.

        ``articles.attrs["report"]`` is a
        :class:`LoadReport` naming every file: loaded, loaded with a warning
        (undated, not in the manifest, decoded as cp1252, not in English …) or
        skipped and why (a page with no article text, a PDF named ``.html`` …).
        The frame is an :class:`Articles` (a DataFrame): when anything was
        skipped or warned about, a one-line summary is issued as a
        :class:`LoadWarning` and heads the frame's display in a notebook.
        For pages, empty ``source``/``title``/``url``/``language``/``published``
        manifest cells are filled from the page (site name, title, canonical
        URL, ``<html lang>``, publication date).

    Raises:
        CorpusError: the folder does not exist, or the manifest is unreadable
            or has no ``file`` column.

    Example:
        >>> articles = load()
        >>> articles[["article_id", "published"]].head(2)
                     article_id  published
        0  000_e270a535ddac0343 2022-09-17
        1  001_5e92d461559cfb40        NaT
        >>> report(articles).query("status != 'loaded'")[["file", "manifest_line", "status"]]
                               file  manifest_line   status
        1  001_5e92d461559cfb40.txt              3  warning
    """
    folder = Path(folder).expanduser() if folder is not None else data_file("articles")  # "~/articles" in a notebook
    if folder.is_file():
        raise CorpusError(f"{folder}: a file, not a folder of articles: pass the folder that holds it "
                          f"({folder.parent.as_posix()}), or read one article with corpus.from_text / from_html")
    if not folder.is_dir():
        raise CorpusError(f"{folder}: no such folder of articles{_elsewhere(folder)}")
    manifest_path = find_manifest(folder, manifest)
    log = LoadReport(folder=_shown(folder), manifest=_shown(manifest_path) if manifest_path else "",
                     today=pd.Timestamp(today) if today is not None else None)
    rows_by_file = _read_manifest(manifest_path, log) if manifest_path else {}

    listed_lines = {rel: line for rel, (_, line) in rows_by_file.items()}
    rows, seen_ids = [], {}
    for path, rel in walk(folder, log):
        if manifest_path and path.resolve() == manifest_path.resolve():
            continue
        if path.name.endswith(PARTIAL_SUFFIX):
            log.add(rel, "skipped", "an incomplete copy left by an interrupted `add`: not read "
                    "(the next `python -m saidvsdone add` removes it)")
            continue
        if path.name.lower().endswith(ARCHIVE_ENDINGS):  # a CMS export: one article per line, read by archive
            rows_by_file.pop(rel, None)
            size, limit = path.stat().st_size, max(max_bytes, ARCHIVE_MAX_BYTES)
            if size > limit:  # (a crawl dropped in the folder: read in parts by the command, not held here; rv19)
                log.add(rel, "skipped", f"a news archive of {size / 1e6:.1f} MB, over the {limit / 1e6:g} MB "
                        "load holds in memory: python -m saidvsdone run reads it in parts (or pass a larger "
                        "max_bytes=…)")
                continue
            rows += [(row, where, None) for row, where in _archive_rows(path, rel, log)]
            continue
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            log.add(rel, "skipped", not_article(path))
            continue
        meta, line = rows_by_file.pop(rel, ({}, None))
        try:
            row = load_file(path, rel, meta, line, log, max_bytes)
        except OSError as err:
            log.add(rel, "skipped", f"cannot read the file ({os_reason(err)})", line)
            continue
        if row is None:
            continue
        if manifest_path and line is None:
            log.add(rel, "warning", "not listed in the manifest: loaded without its metadata (add a row to "
                    f"{manifest_path.name}, or run `{command()} add {shlex.quote(_shown(folder / rel))} "
                    f"--folder {shlex.quote(_shown(folder))}`, which writes it)")
        rows.append((row, rel, line))
    # a file the manifest lists keeps its id; an unlisted file with the same id is the one renamed; of two
    # listed, the one listed first; else the one nearer the top of the folder ('wire.txt' before 'sub/wire.txt':
    # a sub-folder added later renames none of the ids in use)
    stems = {row["article_id"] for row, _, _ in rows}  # a new id is never another file's own stem ('wire-2.txt')
    for row, rel, line in sorted(rows, key=lambda loaded: (manifest_path is not None and loaded[2] is None,
                                                           loaded[2] or 0, loaded[1].count("/"))):
        if row["article_id"] in seen_ids:
            new_id = unique_id(row["article_id"], seen_ids.keys() | stems)
            log.add(rel, "warning", f"duplicate article_id {row['article_id']!r} (also "
                    f"{seen_ids[row['article_id']]}); renamed to {new_id!r}", line)
            row["article_id"] = new_id
        seen_ids[row["article_id"]] = rel
    first_of: dict[str, str] = {}  # the same article twice (a copy made by hand, an export and its page)
    for row, rel, line in rows:
        where = rel  # (an archive's row: 'export.csv, line 3')
        if row["text"]:
            key = hashlib.blake2b(row["text"].encode("utf-8"), digest_size=16).digest()
            if key in first_of:
                log.add(where, "warning", f"the same text as {first_of[key]} after cleaning: both are read, so "
                        f"what it says is counted twice; remove one ({command()} add skips such a copy)",
                        line)
            else:
                first_of[key] = where
    rows = [row for row, _, _ in rows]
    _name_manifest_lines(log, listed_lines, rows_by_file)

    frame = Articles(_frame(rows))
    frame.attrs["report"] = log
    summary = log.summary()
    if summary:  # a fixed "file" name: the same text on every machine (notebook outputs are checked)
        warnings.warn_explicit(summary, LoadWarning, filename="saidvsdone.corpus", lineno=0)
    return frame


def _name_manifest_lines(log: LoadReport, listed_lines: dict[str, int], unread: dict) -> None:
    """Give the manifest line to what was said about a listed file before its row was read (a link, a file that
    is no article), and report a listed file that is not in the folder; one said to be there but not read (a
    link to nothing, a PDF) is not also called missing."""
    said = set()  # files the walk reported (with no line: what the manifest's reading said has its line)
    for n, (file, line, status, message) in enumerate(log.entries):
        if line is None:
            said.add(file)
            if file in listed_lines:
                log.entries[n] = (file, listed_lines[file], status, message)
    for rel, (_, line) in unread.items():
        if rel not in said:
            log.add(rel, "skipped", "the manifest lists this file but it is not in the folder", line)


def _elsewhere(folder: Path) -> str:
    """For a relative folder not found: the working directory it was looked for in, and where it is.

    A notebook runs in its own folder (``notebooks/``), while ``--folder my/articles`` on the
    command line is read from the repository's root: the same words name two places.
    """
    if folder.is_absolute():
        return ""
    try:
        here = Path.cwd()
    except OSError:
        return ""
    found = next((root / folder for root in (here.parent, REPO_ROOT) if (root / folder).is_dir()), None)
    where = f" in the working directory {here.as_posix()}"
    if found is None:
        return where
    shown = os.path.relpath(found, here) if found.is_relative_to(here.parent) else found.as_posix()
    return (f"{where}; there is one at {Path(shown).as_posix()} (a notebook runs in its own folder): "
            f"pass corpus.load({Path(shown).as_posix()!r})")


def from_text(text: str, article_id: str | None = None, published=None, **meta) -> pd.DataFrame:
    """One article from a string, cleaned exactly as ``load`` cleans files.

    Handy in a notebook cell or a test. Extra keyword arguments (``source``,
    ``title``, ``url`` …) fill the matching columns. ``published`` is a date,
    a ``YYYY-MM-DD`` string, a month-name date (``"14 October 2022"``,
    ``"Oct. 14, 2022"``) or a day/month/year date whose order is clear
    (``"14/10/2022"``); anything else raises ``ValueError`` rather than leave
    the article silently undated. An ISO 8601 timestamp
    (``"2023-03-03T09:30:00+03:00"``) gives its day as written.

    ``article_id`` defaults to ``text-`` and 8 hex digits of the text's hash: two
    different texts get different ids (and so different ``quote_id``s when their
    tables are concatenated), the same text always the same id.

    Example:
        >>> row = from_text("Putin said: “This work is coming to an end.”", published="2022-10-14")
        >>> row.loc[0, ["article_id", "published", "text"]].tolist()
        ['text-fc6180d0', Timestamp('2022-10-14 00:00:00'), 'Putin said: “This work is coming to an end.”']
        >>> from_text("…", published="03/04/2022")
        Traceback (most recent call last):
        ...
        ValueError: published='03/04/2022' is ambiguous: 3 April or 4 March 2022? Write it as YYYY-MM-DD, e.g. '2022-04-03'
    """
    if not isinstance(text, str):
        raise TypeError(f"from_text needs a str, got {type(text).__name__}" + (
            ": decode the bytes first (data.decode('utf-8'); 'cp1252' for a Windows file, 'cp1251' for a Russian "
            "or Ukrainian one), or save them as a "
            ".txt file and corpus.load its folder, which finds the encoding" if isinstance(text, (bytes, bytearray))
            else ""))
    log = LoadReport(folder="(string)")
    meta = {**meta, "published": typed_date(published)}
    if article_id is None:
        article_id = "text-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    row = _article_row(article_id, "", text, "str", meta, None, log)
    frame = _frame([row])
    frame.attrs["report"] = log
    return frame


def from_html(html: str, article_id: str | None = None, published=None, **meta) -> pd.DataFrame:
    """One saved web page from a string, read exactly as ``load`` reads ``.html`` files.

    Nothing is fetched: the string must be the page's HTML, not its address.
    Extra keyword arguments (``source``, ``title``, ``url`` …) play the part
    of manifest cells and win over what the page says. ``article_id`` defaults to
    ``page-`` and 8 hex digits of the HTML's hash (as ``from_text`` names a text).

    Example:
        >>> from saidvsdone._paths import data_file
        >>> page = data_file("examples", "saved-page.html").read_text(encoding="utf-8")
        >>> row = from_html(page)
        >>> row.loc[0, ["published", "published_basis", "source", "language"]].tolist()
        [Timestamp('2022-10-14 00:00:00'), 'page metadata', 'The Example Ledger', 'en']
        >>> print(row.loc[0, "text"].split("\\n\\n")[2])
        Speaking at a news conference at the end of a summit of regional leaders in Astana, Kazakhstan, Putin said 222,000 of an expected 300,000 reservists had already been mobilised. “This work is coming to an end,” he said.
    """
    if not isinstance(html, str):
        raise TypeError(f"from_html needs a str, got {type(html).__name__}" + (
            ": decode the bytes first (data.decode('utf-8'), or the charset the page declares), or save them as "
            "an .html file and corpus.load its folder, which finds the encoding" if isinstance(html, (bytes, bytearray))
            else ""))
    if re.fullmatch(r"\s*https?://\S+\s*", html):
        raise ValueError("from_html reads a page's HTML, not its address: nothing is fetched; "
                         "save the page (HTML only) and pass its text")
    log = LoadReport(folder="(string)")
    meta = {**meta, "published": typed_date(published)}
    if article_id is None:
        article_id = "page-" + hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    row = _page_row(article_id, "", html, "str", meta, None, log)
    frame = _frame([row] if row is not None else [])
    frame.attrs["report"] = log
    if row is None:  # an empty frame says nothing by itself
        warnings.warn(f"corpus.from_html: no article read, the frame is empty — {log.entries[-1][3]}",
                      LoadWarning, stacklevel=2)
    return frame


def from_records(records, file: str = "") -> pd.DataFrame:
    """Many articles from dicts (an archive's rows), each cleaned exactly as ``load`` cleans files.

    Each record holds ``article_id`` and ``text`` (or ``html``, a saved page's
    HTML, read as ``load`` reads ``.html`` files), and optionally ``published``
    (read as a manifest cell is: YYYY-MM-DD, an ISO 8601 timestamp …; its basis is
    ``archive``), ``published_unread`` (a ``published`` the caller could not read and
    reported), ``source``, ``title``, ``url``, ``language``, ``notes``,
    ``file`` and ``line`` (where the record came from: they name it in the report).
    ``attrs["report"]`` is a :class:`LoadReport`; rows are never de-duplicated here.

    Example:
        >>> table = from_records([{"article_id": "a1", "text": "date 2022-09-17 Putin spoke.", "line": 1},
        ...                       {"article_id": "a2", "text": "No date here.", "line": 2}], file="x.jsonl")
        >>> table[["article_id", "file", "published", "published_basis"]]
          article_id     file  published published_basis
        0         a1  x.jsonl 2022-09-17     header line
        1         a2  x.jsonl        NaT            none
        >>> [(f, line, status) for f, line, status, _ in table.attrs["report"].entries if status != "loaded"]
        [('x.jsonl', 2, 'warning')]
    """
    log = LoadReport(folder=file or "(records)")
    rows = []
    for record in records:
        meta = {k: str(record.get(k) or "") for k in MANIFEST_COLUMNS[1:]}
        where, line = record.get("file", file) or "", record.get("line")
        unread = bool(record.get("published_unread"))  # a 'published' the archive reader reported
        if record.get("html") is not None and record.get("text") is None:
            row = _page_row(record["article_id"], where, record["html"], "str", meta, line, log,
                            date_source="archive", date_unread=unread)
        else:
            row = _article_row(record["article_id"], where, record["text"], "str", meta, line, log,
                               date_source="archive", date_unread=unread)
        if row is not None:
            rows.append(row)
    frame = _frame(rows)
    frame.attrs["report"] = log
    return frame


def report(articles: pd.DataFrame) -> pd.DataFrame:
    """The load report of a frame returned by ``load`` as a DataFrame (file, manifest_line, status, message).

    ``print(articles.attrs["report"])`` shows the same as text.

    Example:
        >>> table = report(load())
        >>> table["status"].value_counts().to_dict()
        {'loaded': 5, 'warning': 1}
    """
    log = articles.attrs.get("report")
    if log is None:
        return LoadReport().to_frame()
    return log.to_frame()


# --- files and manifest ---------------------------------------------------------

#: News archives in a folder (one article per row: a CMS export), read with ``saidvsdone.archive``; and files
#: ``load`` does not read but can say what to do with: documents to save as text, web archives to save as HTML.
ARCHIVE_ENDINGS = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json.gz", ".parquet", ".pq", ".json", ".csv",
                   ".tsv")
_DOCUMENT_KINDS = {".docx": "Word", ".doc": "Word", ".odt": "OpenDocument", ".rtf": "RTF", ".pdf": "PDF",
                   ".pages": "Pages", ".md": "Markdown"}
_WEB_ARCHIVES = (".mht", ".mhtml", ".webarchive", ".maff")


#: A news archive in a folder larger than this (or than ``max_bytes``, if larger) is not read by ``load``, which
#: holds every article in memory: ``python -m saidvsdone run`` reads one in parts.
ARCHIVE_MAX_BYTES = 500_000_000

#: An archive's rows with one problem are listed one by one up to this many; more are said once, counted.
_ALIKE = 3


def _archive_rows(path: Path, rel: str, log: LoadReport) -> list[tuple[dict, str]]:
    """The articles of a news archive in the folder (JSON Lines, gzipped or not, or Parquet: one article per
    row, read by :func:`saidvsdone.archive.load` with its field names), each named ``<file>, line <n>`` in the
    report (``(row, "<file>, line <n>")``); ``file`` is the archive, ``raw_text`` the row's text (the archive keeps
    the row)."""
    from saidvsdone import archive  # (archive reads rows with this module: imported here, not at the top)

    try:
        table = archive.load([path])
    except ImportError as err:
        log.add(rel, "skipped", f"a news archive that needs {err.name or 'a package'} to be read "
                "(pip install 'saidvsdone[dask]' brings it)")
        return []
    except (archive.ArchiveError, OSError, ValueError) as err:
        log.add(rel, "skipped", f"a news archive that cannot be read ({err})")
        return []
    problems = table.attrs["report"]
    alike = problems.groupby(["status", "message"], sort=False)["line"].transform("size") if len(problems) else []
    said: set[tuple[str, str]] = set()
    for problem, n in zip(problems.itertuples(index=False), alike):
        if (problem.status, problem.message) in said:  # a file of rows that are not articles: said once, counted
            continue
        where = rel if pd.isna(problem.line) else f"{rel}, line {int(problem.line)}"
        if n > _ALIKE:
            said.add((problem.status, problem.message))
            log.add(where, problem.status, f"{problem.message} (and {plural(n - 1, 'more line')} alike: "
                    "archive.load(...).attrs['report'] lists each)")
        else:
            log.add(where, problem.status, problem.message)
    rows = []
    for row in table.to_dict("records"):
        where = f"{rel}, line {int(row['archive_line'])}"
        log.add(where, "loaded", f"a row of a news archive; {row['cleaning']}")
        rows.append(({**{c: row.get(c) for c in COLUMNS}, "file": rel, "raw_text": row["text"]}, where))
    return rows


def not_article(path: str | Path) -> str:
    """Why a file is not read as an article, and what to do with it when there is something to do.

    Example:
        >>> not_article("export/cms.jsonl")
        'not an article file (reads .txt, .html, .htm): a news archive (one article per line)? load reads it when it is in the folder of articles; archive.load reads it alone'
        >>> not_article("export.zip")
        'not an article file (reads .txt, .html, .htm): a zip archive: unzip it and add or load the folder it gives (its articles and exports are read)'
        >>> not_article("draft.docx")
        'not an article file (reads .txt, .html, .htm): save the Word document as plain text (.txt, UTF-8) and add that'
    """
    path = Path(path)
    name, suffix = path.name.lower(), path.suffix.lower()
    reads = f"not an article file (reads {', '.join(ARTICLE_SUFFIXES)})"
    if name.endswith(ARCHIVE_ENDINGS):
        return (f"{reads}: a news archive (one article per {'row' if suffix in ('.parquet', '.pq') else 'line'})? "
                "load reads it when it is in the folder of articles; archive.load reads it alone")
    if suffix == ".zip":
        return f"{reads}: a zip archive: unzip it and add or load the folder it gives (its articles and exports are read)"
    if suffix in _DOCUMENT_KINDS:
        return f"{reads}: save the {_DOCUMENT_KINDS[suffix]} document as plain text (.txt, UTF-8) and add that"
    if suffix in _WEB_ARCHIVES:
        return f"{reads}: save the page again as 'Web Page, HTML only' (.html)"
    return reads


def find_manifest(folder: Path, manifest) -> Path | None:
    if manifest is False:
        return None
    if manifest not in (None, True):
        path = Path(manifest).expanduser()
        if not path.is_file():
            raise CorpusError(f"{path}: manifest not found")
        return path
    for candidate in (folder / "articles.csv", folder.parent / "articles.csv"):
        if candidate.is_file():
            return candidate
    return None


#: What a folder ``report`` wrote holds (``load-report.csv`` and ``tables/``): such a sub-folder of a folder of
#: articles is skipped in one line
REPORT_OUTPUT_MARKS = ("load-report.csv", "tables/")


def _report_output(path: Path) -> bool:
    """True for a folder that holds every one of :data:`REPORT_OUTPUT_MARKS` (a file, or a folder when it ends in /)."""
    try:
        return all((path / mark.rstrip("/")).is_dir() if mark.endswith("/") else (path / mark).is_file()
                   for mark in REPORT_OUTPUT_MARKS)
    except OSError:
        return False


def walk(folder: Path, log: LoadReport) -> list[tuple[Path, str]]:
    """``(path, path relative to folder)`` of every file under ``folder``, sorted.

    The ``NAME_files`` folder a browser saves next to ``NAME.html`` ("Web Page,
    complete": images, scripts, ad frames) is skipped whole, in one line: its
    frames are not articles. So is a sub-folder that ``report`` wrote (an ``--out``
    inside the folder of articles: it holds :data:`REPORT_OUTPUT_MARKS`), not a line
    for each of its tables and figures on every later run.

    Nothing odd is passed over in silence: a folder that cannot be opened, a
    link to a folder (not followed), a link to nothing, a link loop and a pipe,
    socket or device are each reported as skipped; a link to a file is read, and
    reported, since it is not the file itself.
    """
    found: list[tuple[Path, str]] = []

    def visit(directory: Path, rel_dir: str) -> None:
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as err:
            log.add(rel_dir or ".", "skipped", f"cannot open this folder ({os_reason(err)}): "
                    "the files in it are not read")
            return
        pages = {Path(e.name).stem: e.name for e in entries if Path(e.name).suffix.lower() in (".html", ".htm")}
        for entry in entries:
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            path = Path(entry.path)
            page = pages.get(entry.name[:-len("_files")]) if entry.name.endswith("_files") else None
            if page and entry.is_dir(follow_symlinks=False):
                log.add(rel, "skipped", f"the images, scripts and frames saved with {page} (\"Web Page, "
                        "complete\"): not read; \"Web Page, HTML only\" saves the page without them")
                continue
            if entry.is_dir(follow_symlinks=False) and _report_output(path):
                log.add(rel, "skipped", f"a report's output folder ({', '.join(REPORT_OUTPUT_MARKS)} …, what "
                        "report --out writes): not read as articles; write --out outside the folder of articles "
                        "(e.g. build/mine)")
                continue
            try:
                if entry.is_symlink():
                    try:
                        target = os.stat(path)
                    except OSError as err:
                        why = ("a link loop (the link leads back to itself)"
                               if err.errno == errno.ELOOP else
                               f"a link to nothing ({os.readlink(path)} does not exist)"
                               if isinstance(err, FileNotFoundError) else
                               f"a link that cannot be followed ({os_reason(err)})")
                        log.add(rel, "skipped", f"{why}: not read")
                        continue
                    if stat.S_ISDIR(target.st_mode):
                        log.add(rel, "skipped", f"a link to a folder ({os.readlink(path)}): not "
                                "followed; move or copy the articles into the folder itself")
                        continue
                    if stat.S_ISREG(target.st_mode):
                        if path.suffix.lower() in ARTICLE_SUFFIXES:
                            log.add(rel, "warning", f"a link to {os.readlink(path)}: read "
                                    "through the link")
                        found.append((path, rel))
                        continue
                    log.add(rel, "skipped", "a link to a pipe, socket or device: not read")
                    continue
                if entry.is_dir(follow_symlinks=False):
                    visit(path, rel)
                elif entry.is_file(follow_symlinks=False):
                    found.append((path, rel))
                else:
                    log.add(rel, "skipped", "not a regular file (a pipe, socket or device): not read")
            except OSError as err:
                log.add(rel, "skipped", f"cannot look at this entry ({os_reason(err)})")

    visit(folder, "")
    return sorted(found, key=lambda item: Path(item[1]).parts)


def os_reason(err: OSError) -> str:
    """``permission denied``, ``no such file or directory`` … from an OSError."""
    return (err.strerror or type(err).__name__).lower()


def _read_manifest(path: Path, log: LoadReport) -> dict[str, tuple[dict, int]]:
    """``{file: (cells, line)}`` from the manifest; odd rows reported with their line.

    Lines are the file's lines as an editor numbers them (the header's line is 1 when the
    file starts with it; blank lines count; a row whose quoted cell holds a line break is
    named by its first line), as ``collect.add`` numbers the rows it appends. A row with more cells than the
    header (an unquoted comma in a title?) keeps only its ``file`` cell: its other
    cells cannot be matched to columns. A row with fewer cells reads the missing
    ones as empty. Both are reported.
    """
    try:
        data = path.read_bytes()
    except OSError as err:
        raise CorpusError(f"{path}: cannot read the manifest ({os_reason(err)})") from err
    text, not_utf8, encoding = manifest_decoded(path, data)
    if not_utf8:
        log.add(path.name, "warning", f"the manifest is not UTF-8 (line {not_utf8} is the first that is "
                f"not): read as {encoding} ({LEGACY_ENCODINGS.get(encoding, encoding)}, what Excel's \"CSV (Comma "
                "delimited)\" saves); check its letters, or save it as \"CSV UTF-8\"", not_utf8)
    delimiter = manifest_delimiter(text)
    try:
        records, starts = [], []   # the rows that are not blank, and the line of the file each starts on
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        start = 1
        for r in reader:
            if any(cell.strip() for cell in r):
                records.append(r)
                starts.append(start)
            start = reader.line_num + 1
    except csv.Error as err:
        raise CorpusError(f"{path}: cannot read the manifest as CSV: {err}") from err
    if not records:
        raise CorpusError(f"{path}: the manifest is empty (it needs a header line with a "
                          "'file' column)")
    header = [c.strip().lower() for c in records[0]]
    if "file" not in header:
        raise CorpusError(f"{path}, line {starts[0]}: the manifest has no 'file' column "
                          f"(columns: {', '.join(header) or 'none'})")
    if delimiter != ",":
        log.add(path.name, "warning", f"manifest cells are separated by {delimiter!r}, not "
                "commas: read as such", starts[0])
    unknown = [c for c in header if c not in MANIFEST_COLUMNS]
    if unknown:
        log.add(path.name, "warning", f"manifest columns not used: {', '.join(unknown)}" + (
            " (an article's id is its file name without the extension)" if {"id", "article_id"} & set(unknown)
            else " (they stay in your manifest; to see them beside a table, merge the manifest with the "
            "articles table on 'file')"), starts[0])
    file_column = header.index("file")
    rows: dict[str, tuple[dict, int]] = {}
    for line, cells in zip(starts[1:], records[1:]):
        listed = (cells[file_column].strip() if len(cells) > file_column else "") or path.name
        if len(cells) > len(header):
            log.add(listed, "warning", f"manifest row has {len(cells)} cells, the header "
                    f"{len(header)} (an unquoted {delimiter!r} in a cell? put such cells in "
                    "double quotes): only its 'file' cell is used", line)
            record = {"file": cells[file_column]}
        else:
            if len(cells) < len(header):
                log.add(listed, "warning", f"manifest row has {len(cells)} cells, the header "
                        f"{len(header)}: the missing cells are read as empty", line)
            record = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        spill = _spilled_cell(cells, header, delimiter)
        if spill:
            log.add(listed, "warning", spill, line)
        name = record["file"].strip().replace("\\", "/")
        if not name:
            log.add(path.name, "skipped", "manifest row has an empty 'file' cell", line)
            continue
        if name in rows:
            log.add(name, "warning", f"listed twice in the manifest (lines {rows[name][1]} and "
                    f"{line}); the first row is used", line)
            continue
        rows[name] = ({k: v.strip() for k, v in record.items() if k in MANIFEST_COLUMNS}, line)
    return rows


def manifest_text(path: Path, data: bytes) -> tuple[str, int | None]:
    """The manifest's text, and ``None``, or the line of its first byte that is not UTF-8
    when it had to be read as cp1252 (Windows Latin-1: Excel's "CSV (Comma delimited)"
    on Windows) or, its titles Russian or Ukrainian, as cp1251 or KOI8 (:func:`manifest_decoded`
    says which). A file none can read is a :class:`CorpusError` naming that line.

    Example:
        >>> manifest_text(Path("articles.csv"), "file,title\\na.txt,Café\\n".encode("cp1252"))
        ('file,title\\na.txt,Café\\n', 2)
        >>> manifest_text(Path("articles.csv"), "\\ufefffile,title\\na.txt,Café\\n".encode("utf-8"))
        ('file,title\\na.txt,Café\\n', None)
    """
    text, line, _ = manifest_decoded(path, data)
    return text, line


def manifest_decoded(path: Path, data: bytes) -> tuple[str, int | None, str]:
    """:func:`manifest_text` with the encoding it was read as: ``utf-8``, ``cp1252`` or, for a
    manifest whose titles are Russian or Ukrainian, a Cyrillic encoding (:func:`legacy_decode`).

    Example:
        >>> manifest_decoded(Path("articles.csv"), "file,title\\na.txt,Путин в Астане\\n".encode("cp1251"))
        ('file,title\\na.txt,Путин в Астане\\n', 2, 'cp1251')
    """
    if b"\x00" in data:  # UTF-16 ("Unicode Text") or not text at all
        line = data[:data.index(b"\x00")].count(b"\n") + 1
        raise CorpusError(f"{path}, line {line} of the file: the manifest is not UTF-8 text (it holds NUL "
                          "bytes: UTF-16, or not a CSV file?): save it as \"CSV UTF-8\"")
    try:
        return data.decode("utf-8-sig"), None, "utf-8"
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        legacy = legacy_decode(data)
        if legacy is None:
            raise CorpusError(f"{path}, line {line} of the file: the manifest is neither UTF-8 nor "
                              "Windows Latin-1 (nor Cyrillic) text: save it as \"CSV UTF-8\"") from err
        return legacy[0], line, legacy[1]


def _spilled_cell(cells: list[str], header: list[str], delimiter: str = ",") -> str:
    """The warning for a manifest row one of whose cells runs on over lines that look like
    rows of their own (a double quote opened and never closed swallows the rows after it),
    else ``""``. A quoted note of several lines with no separator in them is not flagged.

    Example:
        >>> print(_spilled_cell(["a.txt", '2022-10-14', "Title\\nb.txt,2022-10-15,Other"],
        ...                     ["file", "published", "title"]))
        its 'title' cell runs on over 1 more line of the file (a double quote opened and never closed?): 'b.txt,2022-10-15,Other' is read as part of that cell, not as a row of its own; close the quote (or remove it) if it was meant as one
    """
    for index, cell in enumerate(cells):
        spilled = [part for part in cell.replace("\r\n", "\n").replace("\r", "\n").split("\n")[1:]
                   if part.strip() and delimiter in part]
        if not spilled:
            continue
        column = header[index] if index < len(header) else f"cell {index + 1}"
        shown = ", ".join(repr(part if len(part) <= 40 else part[:39] + "…") for part in spilled[:3])
        if len(spilled) > 3:
            shown += f" and {len(spilled) - 3} more"
        lines = "line" if len(spilled) == 1 else "lines"
        one = len(spilled) == 1
        return (f"its {column!r} cell runs on over {len(spilled)} more {lines} of the file (a double "
                f"quote opened and never closed?): {shown} {'is' if one else 'are'} read as part of "
                f"that cell, not as {'a row of its own' if one else 'rows of their own'}; close the "
                f"quote (or remove it) if {'it was' if one else 'they were'} meant as "
                f"{'one' if one else 'rows'}")
    return ""


def open_quote_line(text: str, delimiter: str = ",") -> int | None:
    """The line of the file (1 = the first) where a double quote opens that the manifest
    never closes, so that anything appended after it would be read into that cell; else
    ``None``.

    Example:
        >>> open_quote_line('file,title\\na.txt,"A title\\n'), open_quote_line('file,title\\na.txt,"A, b"\\n')
        (2, None)
    """
    if text.count('"') % 2 == 0:
        return None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = last_start = 1
    try:
        for _ in reader:
            last_start, start = start, reader.line_num + 1
    except csv.Error:
        return None
    tail = "".join(io.StringIO(text, newline="").readlines()[last_start - 1:])
    try:  # strict: an end of file inside quotes is an error, not the end of a cell
        list(csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as err:
        return last_start if "unexpected end of data" in str(err) else None
    return None


def manifest_delimiter(text: str) -> str:
    """``";"`` for a manifest whose header is separated by semicolons (as spreadsheets
    set to some European locales save CSV), else ``","``.

    Example:
        >>> manifest_delimiter("file;published;title\\na.txt;2022-10-14;A"), manifest_delimiter("file,title\\n")
        (';', ',')
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    if "," not in first and ";" in first:
        return ";"
    if first.count(";") > first.count(",") and "file" in [c.strip().lower() for c in first.split(";")]:
        return ";"
    return ","


def load_file(path: Path, rel: str, meta: dict, line: int | None, log: LoadReport,
               max_bytes: int) -> dict | None:
    size = path.stat().st_size
    if size == 0:
        log.add(rel, "skipped", "empty file (0 bytes)", line)
        return None
    if size > max_bytes:
        log.add(rel, "skipped", f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB "
                "limit (the text of one article is rarely over 0.1 MB: many articles in one file?); split it "
                "into one file per article, or load it from Python with corpus.load(folder, "
                "max_bytes=…)", line)
        return None
    raw_bytes = path.read_bytes()
    is_html = path.suffix.lower() in _HTML_SUFFIXES
    kind = _binary_kind(raw_bytes, is_html)
    if kind:
        expected = "a web page saved as HTML" if is_html else "a text file"
        log.add(rel, "skipped", f"the file is {kind}, not {expected}; save the article's text "
                "as .txt (or the page as HTML only) and add that instead", line)
        return None
    decoded = _decode_html(raw_bytes) if is_html else decode_bytes(raw_bytes)
    if decoded is None:
        log.add(rel, "skipped", "cannot decode the bytes as UTF-8, UTF-16, cp1252 or a Cyrillic encoding "
                "(cp1251, KOI8-R/U): a binary file?", line)
        return None
    raw, encoding = decoded
    nuls = raw_bytes.count(0) if encoding != "utf-16" else 0  # stray NULs the decoders removed (_stray_nuls_removed)
    if nuls:
        log.add(rel, "warning", f"{nuls} NUL byte{'s' if nuls > 1 else ''} (\\x00) in the text, removed: a "
                "damaged copy or a bad export? Check the text around them, or save the file again", line)
    if encoding == "cp1252":
        log.add(rel, "warning", "not valid UTF-8: decoded as cp1252 (Windows Latin-1); "
                "check accented letters and quote marks", line)
    elif encoding in _CYRILLIC_ENCODINGS:
        log.add(rel, "warning", f"not valid UTF-8: decoded as {encoding} ({LEGACY_ENCODINGS[encoding]}): its "
                "letters make Cyrillic words (as cp1252 they would be Latin-1 gibberish); check the text, or save it "
                "as UTF-8", line)
    elif encoding == MIXED_ENCODING:
        log.add(rel, "warning", "not valid UTF-8: decoded as UTF-8 mixed with cp1252 (Windows Latin-1): the "
                "file holds both (text pasted from two places?), and each byte that is not UTF-8 was read as "
                "cp1252; check accented letters and quote marks", line)
    if not raw.strip():
        log.add(rel, "skipped", "file holds only white space", line)
        return None
    # after decoding: a PDF named .txt is skipped as one, not first warned about; the text's size, not the file's
    text_size = len(raw.encode("utf-8", "replace")) if not is_html and size > LARGE_TEXT_BYTES else 0
    if text_size > LARGE_TEXT_BYTES:
        log.add(rel, "warning", f"the text is {text_size / 1e6:.1f} MB (the text of one article is rarely over 0.1 "
                "MB): read as one article; if it holds many, split it into one file per article, so that each has "
                "its own date", line)
    if is_html:
        xml = raw.lstrip().startswith("<?xml") and not re.search(r"<html\b", raw, re.IGNORECASE)
        if _HTML_TAG.search(raw) and not xml:
            return _page_row(Path(rel).stem, rel, raw, encoding, meta, line, log)
        if len(_ANY_TAG.findall(raw)) >= 3:
            log.add(rel, "skipped", "named .html but holds markup that is not HTML (XML? a news "
                    "feed?): no article text read", line)
            return None
        log.add(rel, "warning", "named .html but holds plain text, no HTML markup: read as "
                "a .txt file", line)
    return _article_row(Path(rel).stem, rel, raw, encoding, meta, line, log)


# The first bytes of files people save by mistake under an article's name.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .epub or zipped page?)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)
_HTML_TAG = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|span|"
                       r"section|h[1-6]|br|a\s)\b", re.IGNORECASE)
_BULK_OPENERS = re.compile(r"<script\b|<style\b|<!--")
_BULK_CLOSERS = {"<script": "</script", "<style": "</style", "<!--": "-->"}
_ANY_TAG = re.compile(r"<[A-Za-z?!/][^<>]{0,200}>")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _markup_size(html: str) -> int:
    """Characters of a page outside ``<script>``, ``<style>`` and comments (one linear pass)."""
    lowered, bulk, position = html.lower(), 0, 0
    for opener in _BULK_OPENERS.finditer(lowered):
        if opener.start() < position:
            continue
        closer = _BULK_CLOSERS[opener.group()]
        end = lowered.find(closer, opener.end())
        end = len(lowered) if end < 0 else end + len(closer)
        bulk += end - opener.start()
        position = end
        if end == len(lowered):
            break
    return len(html) - bulk


def _binary_kind(data: bytes, is_html: bool) -> str | None:
    """What a file is when it is plainly not an article: "a PDF document", … or None."""
    head = data[:8]
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    lowered = data[:400].lower()
    if is_html and (lowered.startswith(b"mime-version:") or b"\nmime-version:" in lowered):
        return "a web archive (MHTML: the page and its images in one file)"
    return None


def _decode_html(data: bytes) -> tuple[str, str] | None:
    """Decode a page: BOM or valid UTF-8 first, then the charset its ``<meta>`` declares."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return decode_bytes(data)
    if b"\x00" in data:  # UTF-16 without a BOM, or a page with stray NULs: its <meta> charset still counts
        return _stray_nuls_removed(data, _decode_html)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)


#: ``encoding`` of a file that is UTF-8 in places and Windows Latin-1 in others (see :func:`decode_bytes`).
MIXED_ENCODING = "utf-8+cp1252"


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined: Latin-1's control characters, as browsers do
        return chr(byte)


#: ``surrogateescape`` turns each byte that is not UTF-8 into U+DC80–U+DCFF: these read them as cp1252.
_STRAY_AS_CP1252 = {0xDC00 + byte: _cp1252_char(byte) for byte in range(0x80, 0x100)}
_STRAY = re.compile("[\udc80-\udcff]")
_NOT_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _decode_mixed(data: bytes) -> tuple[str, bool]:
    """``data`` read as UTF-8 where it is valid and as cp1252 byte by byte where it is not, and
    whether it holds at least as many UTF-8 characters as stray bytes: a file with two encodings
    (a UTF-8 story with a paragraph pasted from a Windows editor), not a cp1252 file in which a
    pair of letters happens to form a UTF-8 character. Linear in the file's size.

    Example:
        >>> data = "“Ready,” he said.\\n".encode("utf-8") + "She said “no”.".encode("cp1252")
        >>> _decode_mixed(data)
        ('“Ready,” he said.\\nShe said “no”.', True)
        >>> _decode_mixed("Café “Kyiv”".encode("cp1252"))[1]
        False
    """
    text, valid, stray = _read_mixed(data)
    return text, valid > 0 and valid >= stray


def _read_mixed(data: bytes) -> tuple[str, int, int]:
    """``data`` read as UTF-8 where valid and as cp1252 where not; its UTF-8 characters past ASCII, and its
    stray bytes."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    return (escaped.translate(_STRAY_AS_CP1252), len(_NOT_ASCII.findall(escaped)),
            len(_STRAY.findall(escaped)))


#: The single-byte encodings a file that is not UTF-8 may be in, as ``encoding`` names them, and what a
#: message calls them: Windows Latin-1 (Western Europe), and the Cyrillic ones a Russian or Ukrainian
#: newsroom's Windows or Unix machine saves in.
LEGACY_ENCODINGS = {"cp1252": "Windows Latin-1", "cp1251": "Windows Cyrillic",
                    "koi8-r": "KOI8-R, Russian", "koi8-u": "KOI8-U, Ukrainian"}
_CYRILLIC_ENCODINGS = ("cp1251", "koi8-r", "koi8-u")  # in order of preference on a tie
_LETTERS = re.compile(r"[^\W\d_\u00b2\u00b3\u00b9\u00bc-\u00be]+")  # (not ² ³ ¹ ¼ ½ ¾: \w holds them)


def _plausible_words(text: str, cyrillic: bool) -> int:
    """How much ``text`` reads like words in the script an encoding gives its letters past ASCII, in letters: each
    word with such a letter counts its length, plus when it looks like a word (Cyrillic words in lower case,
    Capitalised or in capitals; Latin-1 letters inside a word with ASCII letters, as in "Café"), minus when it does
    not ("Cafй": two scripts in one word; "пУТИН": a KOI8 file read as cp1251 swaps the case; "Ïóòèí": Cyrillic read
    as cp1252 gives words of accented letters alone). A lone letter and a short word of accented letters alone
    ("à", "où") count for nothing. Linear.

    Example:
        >>> _plausible_words("Путин сказал, что всё идёт по плану.", True)
        28
        >>> _plausible_words("Ïóòèí ñêàçàë, ÷òî âñ¸ èä¸ò ïî ïëàíó.", False) < 0
        True
        >>> _plausible_words("The café in Kyïv", False), _plausible_words("The cafй in Kyпv", True)
        (8, -8)
    """
    score = 0
    for word in _LETTERS.findall(text):
        if word.isascii():
            continue
        size = len(word)
        if cyrillic:
            script = sum(1 for c in word if "\u0400" <= c <= "\u04ff")
            if script < size:
                score -= size
            elif size == 1:
                continue  # ("в", "и": words, but a lone letter in noise too)
            elif word.islower() or word.istitle():
                score += size
            elif not word.isupper():  # (a word in capitals: an acronym, or a KOI8 file's lower case read as cp1251)
                score -= size
        elif any(c.isascii() for c in word):
            score += size if word.islower() or word.istitle() or word.isupper() else -size
        elif size >= 3:
            score -= size
    return score


def legacy_decode(data: bytes) -> tuple[str, str] | None:
    """``data`` that is not UTF-8, read as the single-byte encoding whose letters make words
    (:data:`LEGACY_ENCODINGS`): a Russian or Ukrainian text saved as cp1251 (or KOI8) reads as Cyrillic,
    not as the Latin-1 gibberish cp1252 makes of it ("Ïóòèí"); any other text stays cp1252, as before.
    Returns ``(text, encoding)``, or ``None`` when no candidate can decode the bytes. Linear in the size.

    Example:
        >>> legacy_decode("Путин сказал: «Всё идёт по плану».".encode("cp1251"))
        ('Путин сказал: «Всё идёт по плану».', 'cp1251')
        >>> legacy_decode("Путин сказал, что всё идёт по плану.".encode("koi8-r"))[1]
        'koi8-r'
        >>> legacy_decode("Зеленський заявив, що Київ готовий.".encode("cp1251"))[1]
        'cp1251'
        >>> legacy_decode("“Café,” he said in Kyïv.".encode("cp1252"))
        ('“Café,” he said in Kyïv.', 'cp1252')
    """
    readings = {}
    for name in ("cp1252", *_CYRILLIC_ENCODINGS):
        try:
            readings[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
    if not readings:
        return None
    latin = _plausible_words(readings["cp1252"], False) if "cp1252" in readings else None
    scores = {name: _plausible_words(text, True) for name, text in readings.items() if name != "cp1252"}
    best = max(scores, key=scores.get, default=None)  # (the first on a tie: cp1251, then KOI8-R)
    if best is not None and scores[best] >= 8 and (latin is None or scores[best] > max(latin, 0)):
        return readings[best], best
    if latin is None:
        return None
    return readings["cp1252"], "cp1252"


def decode_bytes(data: bytes) -> tuple[str, str] | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return _stray_nuls_removed(data, decode_bytes)
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed, valid, stray = _read_mixed(data)
    if valid and valid >= stray:  # UTF-8 with stray Windows Latin-1 bytes: read as cp1252 whole, its UTF-8 is garbled
        return mixed, MIXED_ENCODING
    legacy = legacy_decode(data)  # cp1252, or a Cyrillic encoding when its letters make words
    if legacy is not None:
        return legacy
    # a byte cp1252 leaves undefined (a UTF-8 ” is E2 80 9D): both encodings, or binary
    # text past ASCII in a few places, some of it UTF-8: both encodings; bytes past ASCII all over: binary
    return (mixed, MIXED_ENCODING) if valid and (valid + stray) * 10 <= len(mixed) else None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark (some exporters do): text in Latin letters has a NUL as every
    other byte, on the odd bytes (little-endian) or the even ones (big-endian), and reads as words; anything
    else (a binary file) → ``None``."""
    if len(data) % 2 or len(data) < 4:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    for nuls, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls * 2 >= pairs and others == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return (text, "utf-16") if _reads_as_text(text) else None
    return None


_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _reads_as_text(text: str) -> bool:
    """Text a person wrote: no control characters, and mostly letters and spaces (not bytes read as characters)."""
    if len(text) < 8 or _CONTROL_CHARACTER.search(text):
        return False
    return sum(ch.isalpha() or ch.isspace() for ch in text) >= 0.6 * len(text)


#: A text file whose NUL bytes are at most this share of its bytes (and that reads as text without them) is
#: read with them removed, with a warning: stray NULs from a damaged copy or a bad export, not a binary file.
STRAY_NUL_SHARE = 0.01


def _stray_nuls_removed(data: bytes, decode) -> tuple[str, str] | None:
    """``data`` (which holds a NUL byte) as UTF-16 without a byte-order mark, else ``decode`` of it with its few
    NUL bytes removed (at most ``STRAY_NUL_SHARE`` of them), else ``None`` (a binary file)."""
    if (utf16 := _utf16_without_bom(data)) is not None:
        return utf16
    return decode(data.replace(b"\x00", b"")) if data.count(0) <= len(data) * STRAY_NUL_SHARE else None


def _shown(path: Path) -> str:
    """A path as people should see it: relative to the repository when inside it, and the
    copy of ``data/`` an installed package carries as ``saidvsdone/data/…`` (not the
    machine's site-packages path, which would show in every notebook output).

    Example:
        >>> from saidvsdone._paths import PACKAGED_DATA
        >>> _shown(PACKAGED_DATA / "articles")
        'saidvsdone/data/articles'
    """
    resolved = path.resolve()
    for root, prefix in ((PACKAGED_DATA.resolve(), "saidvsdone/data/"), (REPO_ROOT, "")):
        try:
            relative = resolved.relative_to(root).as_posix()
        except ValueError:
            continue
        return prefix + relative if relative != "." else prefix.rstrip("/") or "."
    return str(path)


def unique_id(article_id: str, seen) -> str:
    """``article_id`` with the first free suffix ("-2", "-3" …) none of ``seen`` has (a loaded corpus's and an
    archive's repeated ids alike: :mod:`saidvsdone.archive` reads this one too).

    >>> unique_id("kyiv-report", {"kyiv-report", "kyiv-report-2"})
    'kyiv-report-3'
    """
    n = 2
    while f"{article_id}-{n}" in seen:
        n += 1
    return f"{article_id}-{n}"


# --- one article ------------------------------------------------------------------

#: Where an article's ``published`` date comes from (its ``published_basis``; "none" when undated), with the words a
#: reader is told it in (``explore``).
DATE_BASES = {"manifest": "from the manifest", "header line": "from the file's header line",
              "page metadata": "from the page's metadata", "dateline": "from the wire dateline",
              "archive": "from the archive", "file name": "from the file's name: check it",
              "url": "from the date in the article's URL", "title": "from the date its title ends in"}
#: The bases read from the article itself (its page, text or address): the dates ``collect.add`` writes into the
#: manifest's row.
READ_DATE_BASES = ("page metadata", "header line", "dateline", "url", "title")


def _article_row(article_id: str, rel: str, raw: str, encoding: str, meta: dict,
                 line: int | None, log: LoadReport, page: _Page | None = None,
                 date_source: str = "manifest", date_unread: bool = False) -> dict:
    """One row; ``page`` is what was read from a web page (then ``raw`` is its HTML).

    ``date_source`` names where ``meta["published"]`` comes from (``manifest``, or
    ``archive`` for an archive's rows: then it is the archive field 'published');
    ``date_unread``: that value was there but could not be read (already reported).
    """
    name = rel or article_id
    cleaned = _clean(page.text if page else raw)
    noun = "the archive field 'published'" if date_source == "archive" else "the manifest"
    label = "archive field 'published'" if date_source == "archive" else "manifest date"
    unusable = [noun] if date_unread else []  # dates that were given but could not be used
    published, basis = pd.NaT, "none"
    unread = ""
    manifest_date = meta.get("published", "")
    if manifest_date:
        published, why = read_date(manifest_date)
        if published is pd.NaT:  # reported below, once we know whether another date stands in for it
            unread = f"{label} {manifest_date!r} {why}"
            unusable.append(noun)
        else:
            basis = date_source
    # a date outside the sane range is a typo ("0222-10-14"): reported, never used
    given = published
    published = _sane_date(published, label.removesuffix(" date"), name, line, log)
    if published is pd.NaT and given is not pd.NaT:
        unusable.append(noun)
    basis = basis if published is not pd.NaT else "none"
    page_date = _sane_date(page.date, "page's", name, line, log) if page else None
    header_date = _sane_date(cleaned.header_date, "header line", name, line, log)
    if cleaned.header_kept and header_date is not None and (published is not pd.NaT or (
            page_date is not None and page_date is not pd.NaT)):
        header_date = None  # a date line left in the text: no rival to a date given, so no warning
    if page and page.date is not None and page.date is not pd.NaT and page_date is pd.NaT:
        unusable.append("the page's metadata")
    if cleaned.header_date is not None and header_date is pd.NaT:
        unusable.append("a header line")
    if page_date is not None and page_date is not pd.NaT:
        if published is pd.NaT:
            published, basis = page_date, "page metadata"
        elif published != page_date:
            log.add(name, "warning", f"{label} {published.date()} differs from the page's "
                    f"own date {page_date.date()}; the {date_source}'s is used", line)
    if header_date is not None and header_date is not pd.NaT:
        if published is pd.NaT:
            published, basis = header_date, "header line"
        elif published != header_date:
            shown = label if basis == date_source else f"{basis} date"
            log.add(name, "warning", f"{shown} {published.date()} differs from "
                    f"the header line's {header_date.date()}; the {basis}'s is used", line)
    if published is pd.NaT:  # a wire dateline with a full date: "KYIV, Aug 12, 2024 (Reuters) -"
        dateline = _sane_date(_dateline_date(cleaned.text), "dateline", name, line, log)
        if dateline is not pd.NaT:
            published, basis = dateline, "dateline"
    address = meta.get("url", "") or (page.url if page else "") or _url_line(cleaned.text)
    url_date = _sane_date(_url_date(address), "URL", name, line, log) if address else pd.NaT
    if url_date is not pd.NaT:  # "…/20240521/story.html", "…/2024/05/21/story": the CMS's day of publication
        if published is pd.NaT:
            published, basis = url_date, "url"
        elif published != url_date and basis == date_source:
            log.add(name, "warning", f"{label} {published.date()} differs from the date in the article's URL, "
                    f"{url_date.date()}; the {date_source}'s is used", line)
    given_title = meta.get("title", "") or (page.title if page else "")  # else the headline (the row's title)
    if published is pd.NaT:  # a recurring report's title: "Front Line Assessment, May 21, 2024"
        # the raw first paragraph, not _headline's (which drops a 'Headline:' label and furniture)
        titled = _sane_date(_title_date(given_title or cleaned.text.split("\n\n", 1)[0]), "title", name, line,
                            log)
        if titled is not pd.NaT:
            published, basis = titled, "title"
    if published is pd.NaT and rel and not unusable and date_source == "manifest":
        named, why = _file_name_date(rel, explain=True)  # last resort: "2023-09-12_putin-forum.txt"; to be checked
        if named is not pd.NaT:
            published, basis = named, "file name"
            log.add(name, "warning", f"no publication date in the manifest, the text or the page: the date in "
                    f"the file name, {named.date()}, is used (fill in 'published' in the manifest if that is "
                    "not the day the article was published)", line)
        elif why:  # "2023-02-30_town.txt", "2023-05-01_saved-2023-05-02.txt": said, never guessed (rv19)
            log.add(name, "warning", f"{why}: not used as the publication date (fill in 'published' in the "
                    "manifest)", line)
    if unread:  # say what the article is dated by instead, so "unknown" never sits next to a date
        log.add(name, "warning", f"{unread}; treated as unknown" if published is pd.NaT else
                f"{unread}; the {basis}'s date {published.date()} is used instead (fix the cell if that "
                "is not the day)", line)
    if published is pd.NaT and cleaned.header_problem is not None:
        number, written, why = cleaned.header_problem
        log.add(name, "warning", f"header date {written!r} (line {number} of the file) {why}; "
                "not used", line)
        unusable.append("a header line")
    if published is pd.NaT:
        places = [noun] + (["the page's metadata"] if page else []) + ["a header line"]
        if not unusable:
            log.add(name, "warning", f"no publication date: in neither {', '.join(places[:-1])} "
                    f"nor {places[-1]}", line)
        else:
            bad = [p for p in places if p in unusable]
            none = [p for p in places if p not in unusable]
            names = {noun: label if date_source == "archive" else "the manifest date",
                     "the page's metadata": "the page's date", "a header line": "the header line's date"}
            message = (f"no publication date: {' and '.join(names[p] for p in bad)} cannot be used "
                       "(see above)")
            if none == ["a header line"]:
                message += ", and no header line gives one"
            elif none:
                message += f", and {none[0]} gives none" if len(none) == 1 else \
                    f", and neither {', '.join(none[:-1])} nor {none[-1]} gives one"
            log.add(name, "warning", message, line)

    language = _language_code(meta.get("language", ""))
    if language and language != "en":
        log.add(name, "warning", f"manifest language is {language!r}; the extractors read English",
                line)
    elif not language and page and page.language:
        language = page.language
        if language != "en":
            log.add(name, "warning", f"page language is {language!r}; the extractors read English",
                    line)
    if published is not pd.NaT and published > _today_at_the_latest(log.today):
        log.add(name, "warning", f"publication date {published.date()} (from the {basis}) is after today: a typo? "
                "It is used as given; fix it if that is not the day the article was published", line)
    if cleaned.text == "":
        log.add(name, "warning", "no text left after cleaning", line)
    summary = cleaned.summary
    if page:
        summary = "main text taken from the HTML page" + (
            "" if summary == "nothing to clean" else f"; {summary}")
    log.add(name, "loaded", summary, line)
    return {
        "article_id": article_id,
        "file": rel,
        "published": published,
        "published_basis": basis,
        "source": meta.get("source", "") or (page.source if page else ""),
        "title": given_title or _headline(cleaned.text),
        "url": meta.get("url", "") or (page.url if page else ""),
        "language": language,
        "notes": meta.get("notes", ""),
        "text": cleaned.text,
        "raw_text": raw,
        "encoding": encoding,
        "n_chars": len(cleaned.text),
        "header_date_removed": cleaned.header_date is not None and not cleaned.header_kept
        and not cleaned.header_stamp,
        "boilerplate_lines_removed": cleaned.boilerplate,
        "duplicate_paragraphs_removed": cleaned.duplicates,
        "spaces_normalised": cleaned.spaces,
        "lines_rejoined": cleaned.rejoined,
        "cleaning": summary,
    }


def _today_at_the_latest(today: pd.Timestamp | None = None) -> pd.Timestamp:
    """The latest day an article can have been published: the day after ``today`` (``None``: the clock's day), so
    that no time zone's today is refused."""
    if today is None:
        today = pd.Timestamp.now(tz="UTC").tz_localize(None)
    return today.normalize() + pd.Timedelta(days=1)


def _language_code(value: str) -> str:
    """``en-GB`` → ``en``; the manifest column holds ISO 639-1 codes."""
    return re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()


# --- saved web pages ----------------------------------------------------------------

@dataclass
class _Page:
    text: str
    date: pd.Timestamp | None
    title: str
    url: str
    source: str
    language: str


#: A page whose main text has fewer words than this in sentence-like paragraphs
#: (8 words or more) has no article: a front page, an error page, a JavaScript shell.
_MIN_ARTICLE_WORDS = 30


def _page_row(article_id: str, rel: str, html: str, encoding: str, meta: dict,
              line: int | None, log: LoadReport, **dates) -> dict | None:
    name = rel or article_id
    markup = _markup_size(html)
    if len(html) > MAX_HTML_BYTES or markup > MAX_HTML_MARKUP_BYTES:
        what = (f"{len(html) / 1e6:.1f} MB, over the {MAX_HTML_BYTES / 1e6:g} MB limit for a page"
                if len(html) > MAX_HTML_BYTES else
                f"{markup / 1e6:.1f} MB of markup (scripts, styles and comments aside), over "
                f"the {MAX_HTML_MARKUP_BYTES / 1e6:g} MB limit for a page")
        log.add(name, "skipped", f"the page holds {what}: not read, reading it would take "
                "long (save the article's own page, or copy its text into a .txt file)", line)
        return None
    try:
        page = _read_page(html)
    except CorpusError:
        raise
    except Exception as err:  # lxml and the extractors raise many kinds on broken pages
        log.add(name, "skipped", f"the HTML extractor failed on this page "
                f"({type(err).__name__}: {err})", line)
        return None
    if page is None:
        log.add(name, "skipped", "cannot parse the file as an HTML page", line)
        return None
    sentences = [p.split() for p in page.text.split("\n")]
    if sum(len(words) for words in sentences if len(words) >= 8) < _MIN_ARTICLE_WORDS:
        log.add(name, "skipped", _too_little_text(page, [words for words in sentences if words]), line)
        return None
    return _article_row(article_id, rel, html, encoding, meta, line, log, page=page, **dates)


def _too_little_text(page: _Page, paragraphs: list[list[str]]) -> str:
    """Why a page is not read as an article, with what its main text holds.

    A news brief (a sentence or two) is told apart from a page with no sentence
    at all (a front page's links, an error page, a JavaScript shell).
    """
    words = sum(len(p) for p in paragraphs)
    title = f' titled "{_shortened(page.title)}"' if page.title.strip() else ""
    if any(len(p) >= 8 for p in paragraphs):
        start = " ".join(next(p for p in paragraphs if len(p) >= 8))
        return (f"too little text to read as an article: the page{title} holds {plural(words, 'word')} in "
                f"{plural(len(paragraphs), 'paragraph')} (\"{_shortened(start)}\"), under the {_MIN_ARTICLE_WORDS} words "
                "in sentences a saved page needs; a news brief? copy its text into a .txt file, read at any "
                "length; an error page, a paywall or a page built by JavaScript? save the article's own page")
    found = (f"{plural(len(paragraphs), 'short line')}, {plural(words, 'word')}, none a sentence of 8 words or more"
             if paragraphs else "no text outside the menus and scripts")
    return (f"no article text found in the page{title}: {found} (a front page, an error page, a paywall or a "
            "page built by JavaScript?); save the article's own page, or copy its text into a .txt file")


def _shortened(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _read_page(html: str) -> _Page | None:
    """Main text and metadata of a page, offline.

    Both extractors get parsed trees, never the string: ``htmldate`` downloads
    a string that looks like a URL, and a page must never cause a fetch.
    """
    trafilatura, htmldate, load_html = _extractors()

    def parse():
        tree = load_html(html)
        if tree is None:  # trafilatura rejects a one-element fragment ("<p>…</p>") alone
            tree = load_html(f"<html><body>{html}</body></html>")
        return tree

    tree = parse()
    if tree is None:
        return None
    document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    meta_tree = parse()  # trafilatura prunes the tree it is given
    url = (document.url if document else None) or None
    found = htmldate.find_date(meta_tree, original_date=True, outputformat="%Y-%m-%d",
                               extensive_search=False, deferred_url_extractor=True, url=url)
    return _Page(
        text=(document.text if document else "") or "",
        date=_parse_iso_date(found) if found else None,
        title=(document.title if document else "") or "",
        url=url or "",
        source=(document.sitename or document.hostname or "") if document else "",
        language=_page_language(meta_tree),
    )


def _page_language(tree) -> str:
    """The language the page declares: ``<html lang>``, else Content-Language or og:locale."""
    root = tree.getroottree().getroot()
    declared = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    if not declared.strip():
        for xpath in ('//meta[translate(@http-equiv, "CONTENTLANGU", "contentlangu")'
                      '="content-language"]/@content', '//meta[@property="og:locale"]/@content'):
            values = tree.xpath(xpath)
            if values:
                declared = values[0]
                break
    return _language_code(declared)


@lru_cache(maxsize=1)
def _extractors():
    """``(trafilatura, htmldate, load_html)``, imported on first use (they take a moment)."""
    try:
        import trafilatura
    except ImportError as err:
        raise CorpusError(f"reading .html pages needs trafilatura and lxml_html_clean: {err} "
                          "(run make setup)") from err
    import htmldate
    from trafilatura.utils import load_html

    # The load report says what went wrong with a page; their own log lines would only
    # repeat it on stderr (and in notebook outputs). A logging set-up of yours still sees them.
    for name in ("trafilatura", "htmldate", "justext"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
    return trafilatura, htmldate, load_html


#: A lone UTF-16 surrogate (from a string built in code or a careless JSON file) that no UTF-8 column can hold.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _frame(rows: list[dict]) -> pd.DataFrame:
    # each lone surrogate becomes U+FFFD, one character for one: lengths and offsets stay as they were
    rows = [{k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in row.items()} for row in rows]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[ns]")
    int_columns = ["n_chars", "boilerplate_lines_removed", "duplicate_paragraphs_removed",
                   "spaces_normalised", "lines_rejoined"]
    frame = frame.astype({c: "int64" for c in int_columns} | {"header_date_removed": "bool"})
    text_columns = [c for c in COLUMNS if c not in int_columns + ["published", "header_date_removed"]]
    return frame.astype({c: "str" for c in text_columns})


def _sane_date(date, where: str, name: str, line: int | None, log: LoadReport):
    """``date`` when it lies between EARLIEST_DATE and LATEST_DATE, else NaT and a report line."""
    if date is None or date is pd.NaT:
        return date
    try:
        day = pd.Timestamp(date)
        ok = EARLIEST_DATE <= day <= LATEST_DATE
    except (ValueError, TypeError, OverflowError):
        day, ok = date, False
    if ok:
        return day
    shown = day.date().isoformat() if isinstance(day, pd.Timestamp) else str(date)
    log.add(name, "warning", f"{where} date {shown} is outside {EARLIEST_DATE.year}–"
            f"{LATEST_DATE.year} (a typo?): not used, the article is loaded undated unless "
            "another date is found", line)
    return pd.NaT


#: ``YYYY-MM-DD``, or an ISO 8601 timestamp: its day is the day as written (the time and
#: the timezone are ignored, the day is never shifted to another zone).
_ISO_DAY = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})"
                      r"(?::(?P<second>\d{2})(?:[.,]\d+)?)?\s*"
                      r"(?:Z|[+-](?P<offset_hour>\d{2})(?::?(?P<offset_minute>\d{2}))?)?)?", re.IGNORECASE)


def _clock_is_real(match) -> bool:
    """Hours 00-23, minutes 00-59, seconds 00-60 (a leap second), a UTC offset of at most 14 hours."""
    def number(name, default=0):
        return int(match.group(name)) if match.group(name) else default
    return (number("hour") <= 23 and number("minute") <= 59 and number("second") <= 60
            and number("offset_hour") <= 14 and number("offset_minute") <= 59)


def _parse_iso_date(value: str):
    """A ``YYYY-MM-DD`` string, or an ISO 8601 timestamp, as a Timestamp of its day as
    written (any year 1–9999: the range is checked by ``_sane_date``), else NaT.

    Example:
        >>> _parse_iso_date("2023-03-03T23:30:00+03:00"), _parse_iso_date("2023-02-31")
        (Timestamp('2023-03-03 00:00:00'), NaT)
    """
    match = _ISO_DAY.fullmatch(str(value).strip())
    if not match or not _clock_is_real(match):
        return pd.NaT
    try:
        return pd.Timestamp(datetime.date.fromisoformat(match.group("day")))
    except (ValueError, OverflowError):
        return pd.NaT


_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
#: a month-name date, with a weekday: "Nov. 3, 2025", "Monday, 3 November 2025" (one fragment: a header line, a
#: title's date, a page stamp's; its groups are read by ``_month_name_date`` only)
_MONTH_NAME_DAY = (_WEEKDAY + rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
                   rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}}))")
_MONTH_NAME_DATE = re.compile(_MONTH_NAME_DAY, re.IGNORECASE)


def _month_name_date(value: str):
    """``November 3, 2025``, ``Nov. 3, 2025``, ``3 November 2025``, ``Monday, 3 Nov 2025``
    → a Timestamp; anything else (or an impossible day) → ``NaT``."""
    match = _MONTH_NAME_DATE.fullmatch(value.strip())
    if not match:
        return pd.NaT
    month = match.group("m1") or match.group("m2")
    day = match.group("d1") or match.group("d2")
    year = match.group("y1") or match.group("y2")
    try:
        return pd.Timestamp(datetime.date(int(year), _MONTHS[month[:3].lower()], int(day)))
    except ValueError:
        return pd.NaT


# a wire dateline opens a paragraph: a place in capitals and/or an agency in brackets around a full date
# with the year, then a dash ("KYIV, Aug 12, 2024 (Reuters) -"); a date alone before a dash is a timeline entry
_DATELINE = re.compile(r"(?:(?P<place>[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?),\s*)?"
                       r"(?P<date>[A-Za-z0-9., ]{6,32}?)\s*(?P<agency>\([^()\n]{1,40}\)\s*)?(?:[-–—]|>>)\s")


def _dateline_date(text: str):
    """The full date of a dateline opening one of the first three paragraphs
    (``KYIV, Aug 12, 2024 (Reuters) -``, ``LONDON, 3 March 2023 —``); ``NaT`` when there is none.
    A dateline without a year, a date with neither a place in capitals nor an agency, and
    dated paragraphs one after another (a timeline) name no publication day.

    Example:
        >>> _dateline_date("Headline\\n\\nKYIV, Aug 12, 2024 (Wire) - Troops advanced.").date()
        datetime.date(2024, 8, 12)
        >>> _dateline_date("KYIV, Aug 12 (Wire) - Troops advanced.")
        NaT
    """
    opening = text.split("\n\n")[:3]
    dated = [(m, _month_name_date(m.group("date"))) for m in map(_DATELINE.match, opening) if m]
    dated = [(m, date) for m, date in dated if date is not pd.NaT]
    if len(dated) != 1:  # none, or a timeline ("Feb 24, 2022 - …", "Sept 11, 2022 - …"): no publication day
        return pd.NaT
    match, date = dated[0]
    return date if match.group("place") or match.group("agency") else pd.NaT


# a whole date in a file name, not inside a longer number: 2023-09-12, 2023_09_12, 2023.09.12 or 20230912
_FILE_NAME_DATE = re.compile(r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2})(?P<sep>[-_.]?)(?P<month>[0-9]{2})(?P=sep)"
                             r"(?P<day>[0-9]{2})(?![0-9])")


def _file_name_date(rel: str, explain: bool = False):
    """The one date a file's name holds (``2023-09-12_putin-forum.txt``, ``report_20230912.txt``),
    else ``NaT`` (none, two different ones, or not a real day). Only used when nothing else dates the
    article, with a warning (``published_basis`` ``file name``): a name may hold the day it was saved.
    With ``explain``: ``(date, why)``, ``why`` saying what a name's date-like text that is not used is
    (``"the file name's date 2023-02-30 is not a real day"``), ``""`` when there is none.

    Example:
        >>> _file_name_date("news/2023-09-12_putin-forum.txt").date(), _file_name_date("id-123456789.txt")
        (datetime.date(2023, 9, 12), NaT)
        >>> _file_name_date("2023-02-30_town.txt", explain=True)
        (NaT, "the file name's date 2023-02-30 is not a real day")
    """
    date, days, unreal = _one_day((m["year"], m["month"], m["day"]) for m in _FILE_NAME_DATE.finditer(Path(rel).stem))
    if not explain:
        return date
    if len(days) > 1:
        return date, f"the file name holds {len(days)} dates ({', '.join(sorted(map(str, days)))})"
    if date is pd.NaT and unreal:  # (a real one beside an unreal one is the date: the other is a number)
        return date, f"the file name's date {'-'.join(map(str, unreal[0]))} is not a real day"
    return date, ""


def _one_day(triples) -> tuple:
    """``(date, days, unreal)`` of the ``(year, month, day)`` triples a text holds: the one real day (else ``NaT``:
    none, or two different ones), the set of real days, and the triples that are no real day (in order).

    Example:
        >>> _one_day([("2024", "05", "21"), ("2024", "02", "30")])
        (Timestamp('2024-05-21 00:00:00'), {datetime.date(2024, 5, 21)}, [('2024', '02', '30')])
    """
    days, unreal = set(), []
    for year, month, day in triples:
        try:
            days.add(datetime.date(int(year), int(month), int(day)))
        except ValueError:
            unreal.append((year, month, day))
    return (pd.Timestamp(next(iter(days))) if len(days) == 1 else pd.NaT), days, unreal


#: a date in an article's address: a path segment ``/2024/05/21/``, ``/2024/may/21/``, ``/20240521/``,
#: ``/2024-05-21``, or a query ``yyyy=2024&mm=05&dd=21`` (a number of eight digits inside a longer one is an id)
_URL_DATE = re.compile(
    r"/(?P<y1>(?:19|20)\d{2})/(?P<m1>\d{2}|[a-z]{3})/(?P<d1>\d{2})(?=/|$|[?#])"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<sep>-?)(?P<m2>\d{2})(?P=sep)(?P<d2>\d{2})(?=/|$|[?#_.-])"
    r"|[?&](?:yyyy|year)=(?P<y3>\d{4})&(?:mm|month)=(?P<m3>\d{1,2})&(?:dd|day)=(?P<d3>\d{1,2})", re.IGNORECASE)
_URL_LINE = re.compile(r"https?://\S+")


def _url_date(url: str):
    """The one day an article's address holds (``_URL_DATE``), else ``NaT`` (none, two different ones, no real day).

    Example:
        >>> [str(_url_date(u).date()) for u in ("https://news.example/20240521/story-5550001234.html",
        ...  "https://blog.example/2024/05/22/story", "https://paper.example/world/2024/may/23/story",
        ...  "https://site.example/news.php?yyyy=2024&mm=05&dd=24&id=1")]
        ['2024-05-21', '2024-05-22', '2024-05-23', '2024-05-24']
        >>> _url_date("https://site.example/articles/555123/story"), _url_date("https://site.example/2024/15/40/x")
        (NaT, NaT)
    """
    def triples():
        for match in _URL_DATE.finditer(url or ""):
            year, month, day = (next(g for g in (match[f"{k}1"], match[f"{k}2"], match[f"{k}3"]) if g) for k in "ymd")
            month = _MONTHS.get(month[:3].lower()) if month.isalpha() else int(month)
            yield year, month or 0, day
    return _one_day(triples())[0]


def _url_line(text: str) -> str:
    """An address alone on a line among the first three paragraphs of a text (a copied page's URL), else ``""``."""
    for paragraph in text.split("\n\n", 3)[:3]:
        if _URL_LINE.fullmatch(paragraph.strip()):
            return paragraph.strip()
    return ""


#: a title that ends in the full date of its issue after a comma, a colon or a dash ("What the weekend papers say,
#: 19 May 2024", "Front Line Assessment, May 21, 2024"); "on 19 May 2024" or "since …" is a date of the story
_TITLE_DATE = re.compile(rf"\S.{{3,}}?(?<!\bon)(?<!\bsince)(?<!\bof)(?<!\bfrom)(?<!\buntil)\s*[,:–—-]\s+"
                         rf"(?P<date>{_MONTH_NAME_DAY})\s*", re.IGNORECASE)


def _title_date(title: str):
    """The day a recurring report's title ends in (``_TITLE_DATE``), else ``NaT``: used only when nothing else dates
    the article (``published_basis`` ``title``).

    Example:
        >>> str(_title_date("What the weekend papers say, 19 May 2024").date()), _title_date("A town recalls 2 May 2014")
        ('2024-05-19', NaT)
    """
    match = _TITLE_DATE.fullmatch(title.strip()) if title and len(title) <= 150 else None
    return _month_name_date(match.group("date")) if match else pd.NaT


def _header_date(value: str):
    """The date of a header line: ISO or month-name; ``NaT`` when it is neither."""
    date = _parse_iso_date(value)
    return date if date is not pd.NaT else _month_name_date(value)


def typed_date(value) -> str:
    """A date a caller typed (``published=`` of ``from_text``/``from_html``) as
    ``YYYY-MM-DD``, or ``""`` for none; a value that cannot be read raises ValueError.

    Example:
        >>> typed_date("14 October 2022"), typed_date(pd.Timestamp("2022-10-14 09:30")), typed_date(None)
        ('2022-10-14', '2022-10-14', '')
        >>> typed_date("yesterday")
        Traceback (most recent call last):
        ValueError: published='yesterday' is not a date this library can read. Write it as YYYY-MM-DD (e.g. '2022-10-14') or as '14 October 2022'
    """
    if value is None or value is pd.NaT or (isinstance(value, str) and not value.strip()):
        return ""
    if not isinstance(value, (str, datetime.date, pd.Timestamp, np.datetime64)):
        raise ValueError(f"published={value!r}: give a date as a string such as '2022-10-14', "
                         f"or a date/Timestamp, not a {type(value).__name__}")
    date, why = read_date(value)
    if date is pd.NaT:
        raise ValueError(f"published={value!r} {why}")
    return date.strftime("%Y-%m-%d")


def read_date(value) -> tuple:
    """``(day, "")``, or ``(NaT, why)``: the one reader of a publication date given as a
    value (``published=`` of ``from_text``, a manifest cell, an archive's field).

    Reads a date or Timestamp, ``YYYY-MM-DD``, an ISO 8601 timestamp (the day as written:
    ``2023-03-03T23:30:00+03:00`` is 3 March, the timezone is kept as written, never
    shifted), a month-name date (``14 October 2022``, ``Oct. 14, 2022``) or a
    day/month/year date whose order is clear (``14/10/2022``). ``why`` completes a
    sentence that starts with the value.

    Example:
        >>> read_date("2023-03-03T09:30:00+03:00")
        (Timestamp('2023-03-03 00:00:00'), '')
        >>> read_date("31/02/2023")
        (NaT, 'is not a real day')
    """
    if isinstance(value, (datetime.date, pd.Timestamp, np.datetime64)):
        try:
            day = pd.Timestamp(value)
            return (pd.NaT, "is not a date") if day is pd.NaT else (
                pd.Timestamp(day.year, day.month, day.day), "")
        except (ValueError, OverflowError):
            return pd.NaT, "is not a date this library can read"
    text = str(value).strip()
    how = "Write it as YYYY-MM-DD"
    date = _header_date(text)
    if date is not pd.NaT:
        return date, ""
    iso = _ISO_DAY.fullmatch(text)
    if iso and _parse_iso_date(iso.group("day")) is not pd.NaT:
        return pd.NaT, ("is not a real time of day (hours 00-23, minutes and seconds 00-59, "
                        "a UTC offset of at most 14 hours)")
    if iso:
        return pd.NaT, "is not a real day (month 01-12, day within the month)"
    numeric = re.fullmatch(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})", text)
    if numeric:
        first, second, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
        if 1 <= first <= 12 and 1 <= second <= 12 and first != second and year:
            one = datetime.date(year, second, first)
            other = datetime.date(year, first, second)
            return pd.NaT, (f"is ambiguous: {one.day} {one:%B} or {other.day} {other:%B} {year}? "
                            f"{how}, e.g. '{one.isoformat()}'")
        day, month = (first, second) if first > 12 or first == second else (second, first)
        try:
            return pd.Timestamp(datetime.date(year, month, day)), ""
        except ValueError:
            return pd.NaT, "is not a real day"
    return pd.NaT, (f"is not a date this library can read. {how} (e.g. '2022-10-14') or as "
                    "'14 October 2022'")


def _headline(text: str) -> str:
    from saidvsdone import segment

    first = text.split("\n\n", 1)[0]
    if segment.top_furniture(first):  # "By A B and C D" over the body, a caption: the page's, no headline
        return ""
    label = _HEADER_LABEL.match(first)
    if label and _DATE_LIKE.match(label.group("date")):  # a date line left in (unreadable): no headline
        return ""
    # a first sentence ends with a full stop, also inside its closing quote mark ('… he said: “We will.”');
    # a headline may end with its quote ('Shoigu: Kursk incursion “will be punished”')
    first = first[len(m.group()):] if (m := _TITLE_LABEL.match(first)) else first  # 'Headline: …' (a CMS's field)
    if 0 < len(first) <= 150 and not _SENTENCE_END.search(first):
        return first
    return ""


_SENTENCE_END = re.compile(r"\.[”\"’']?\s*$")
#: the label a text export of a CMS writes before its headline field
_TITLE_LABEL = re.compile(r"(?:headline|title|hed)\s*:\s*(?=\S)", re.IGNORECASE)


# --- cleaning -----------------------------------------------------------------------

@dataclass
class _Cleaned:
    text: str
    header_date: pd.Timestamp | None
    boilerplate: int
    duplicates: int
    spaces: int
    rejoined: int
    #: ``(line of the file, date as written, why)`` of a date header whose date cannot be read
    header_problem: tuple[int, str, str] | None = None
    #: the header's line stays in the text (a ``kept`` group: a date alone on its line); its date is used only
    #: when nothing else dates the article
    header_kept: bool = False
    #: the date was read from a page stamp (``_page_stamp_date``) whose line stays in the text
    header_stamp: bool = False

    @property
    def summary(self) -> str:
        parts = []
        if self.header_stamp:
            parts.append(f"date {self.header_date.date()} read from the page's stamp")
        elif self.header_date is not None and not self.header_kept:
            parts.append(f"header date {self.header_date.date()} taken out")
        if self.duplicates:
            parts.append(f"{plural(self.duplicates, 'repeated paragraph')} removed")
        if self.boilerplate:
            parts.append(f"{plural(self.boilerplate, 'site-furniture line')} removed")
        if self.spaces:
            parts.append(f"{plural(self.spaces, 'no-break/thin space or tab', 'no-break/thin spaces or tabs')} made plain")
        if self.rejoined:
            parts.append(f"{plural(self.rejoined, 'hard-wrapped line')} rejoined")
        return "; ".join(parts) or "nothing to clean"


@lru_cache(maxsize=1)
def _rules() -> tuple[list[re.Pattern], list[re.Pattern]]:
    table = pd.read_csv(data_file("cleaning_rules.csv"), dtype=str, keep_default_na=False)
    headers, drops = [], []
    for line, (action, pattern) in enumerate(zip(table["action"], table["pattern"]), start=2):
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as err:
            raise CorpusError(f"{data_file('cleaning_rules.csv')}, line {line}: bad pattern "
                              f"{pattern!r}: {err}") from err
        if action == "date_header":
            headers.append(compiled)
        elif action == "drop_line":
            drops.append(compiled)
        else:
            raise CorpusError(f"{data_file('cleaning_rules.csv')}, line {line}: unknown action "
                              f"{action!r} (date_header or drop_line)")
    return headers, drops


#: Unicode's space separators (category Zs) but the plain space, written out: a scan of every code
#: point at import took a third of a second (issue 17); tests check the list against the scan
_SPACE_LIKE = {"\u00a0", "\u1680", *map(chr, range(0x2000, 0x200b)), "\u202f", "\u205f", "\u3000"} \
    | {"\t", "\f", "\v"}
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
_SPACE_TABLE = str.maketrans({**{c: " " for c in _SPACE_LIKE}, **{c: None for c in _INVISIBLE},
                              "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})
_MIN_WORDS_FOR_DEDUP = 5


def _clean(raw: str) -> _Cleaned:
    header_patterns, drop_patterns = _rules()
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    spaces = sum(text.count(c) for c in _SPACE_LIKE)
    text = text.translate(_SPACE_TABLE)

    header_date, kept_header = None, []
    stripped = text.lstrip()
    for pattern in header_patterns:
        match = pattern.match(stripped)
        if match:
            header_date = _parse_iso_date(match.group("date"))
            if header_date is pd.NaT:
                header_date = None
                continue
            if match.groupdict().get("kept") is None:
                text = stripped[match.end():]
            else:
                kept_header.append(True)
            break

    lines = [re.sub(r" {2,}", " ", line.strip()) for line in text.split("\n")]
    if header_date is None:  # a date line under a headline: "Headline\nPublished: 2024-04-05\n…"
        header_date = _header_line(lines, header_patterns, kept_header)
    header_stamp = False
    unread_stamp = []
    if header_date is None:  # "By Jane Doe | Published 3 March 2024 | 6 min read": the page's stamp (dt32)
        header_date = _page_stamp_date(lines, unread_stamp)
        header_stamp = header_date is not None
    header_problem = (_bad_header_date(lines) or (unread_stamp[0] if unread_stamp else None)) \
        if header_date is None else None
    header_kept = bool(kept_header)
    paragraphs, rejoined = _paragraphs(lines)

    kept, seen, boilerplate, duplicates = [], set(), 0, 0
    for paragraph in paragraphs:
        if any(p.fullmatch(paragraph) for p in drop_patterns):
            boilerplate += 1
            continue
        if len(paragraph.split()) >= _MIN_WORDS_FOR_DEDUP:
            if paragraph in seen:
                duplicates += 1
                continue
            seen.add(paragraph)
        kept.append(paragraph)
    return _Cleaned("\n\n".join(kept), header_date, boilerplate, duplicates, spaces, rejoined,
                    header_problem, header_kept, header_stamp)


_HEADER_LABEL = re.compile(r"\W*(?:published|posted|updated|last updated|date)(?: on)?\s*[:\s]\s*"
                           r"(?P<date>.{6,40}?)\s*$", re.IGNORECASE)
_DATE_LIKE = re.compile(rf"\d{{1,4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,4}}(?:[T ][\d:.]+\S*)?|{_MONTH_NAME_DAY}",
                        re.IGNORECASE)


def _bad_header_date(lines: list[str]) -> tuple[int, str, str] | None:
    """A date header among the first three non-empty lines whose date cannot be read
    (``Published: 31/02/2023``): ``(line of the file, the date as written, why)``.

    Header lines take ``YYYY-MM-DD``, month-name dates and numeric stamps whose reading is certain
    (``_numeric_stamp_date``); a day written otherwise (``Published: 03/10/2023``: 3 October or 10 March?) is
    reported too, not guessed.

    Example:
        >>> _bad_header_date(["Headline", "", "Published: 31/02/2023", "Text."])
        (3, '31/02/2023', 'is not a real day')
    """
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        label = _HEADER_LABEL.match(line)
        written = _DATE_LIKE.match(label.group("date")) if label else None
        if written:
            value = written.group(0)
            date, why = read_date(value)
            if date is not pd.NaT:
                why = ("is not read as a header date (a header line takes YYYY-MM-DD or "
                       "'14 October 2022', alone on its line)")
            return index + 1, value, why
        seen += 1
        if seen == 3:
            return None
    return None


def _header_line(lines: list[str], patterns: list[re.Pattern], kept: list | None = None) -> pd.Timestamp | None:
    """A date header among the first three non-empty lines (a page stamp that stays in the text: among the first
    ``_STAMP_LINES``): its date, and the line leaves the text (a byline keeps its name: "By Jane Doe, November 3,
    2025" → "By Jane Doe").

    Dates are ISO (``Published: 2024-04-05``), month-name (``Updated: Nov. 3, 2025
    14:05 GMT``) or numeric stamps read with certainty (``Kyiv | 16.05.2025 Friday 14:22 | Update: …``,
    ``_numeric_stamp_date``), as the ``date_header`` rows of ``data/cleaning_rules.csv`` allow; a row with the
    (empty) group ``stamp`` leaves its line in the text (an agency's stamp under a deck ends the head), and so does a
    group ``kept`` around a date alone on its line, whose date is used only when nothing else gives one. When
    both a published and an updated line are there, the published date is returned.

    Example:
        >>> lines = ["Headline", "By Jane Doe, November 3, 2025", "Updated: Nov. 4, 2025 14:05 GMT", "Text."]
        >>> str(_header_line(lines, _rules()[0]).date()), lines
        ('2025-11-03', ['Headline', 'By Jane Doe', '', 'Text.'])
    """
    seen, found = 0, []
    for index, line in enumerate(lines):
        if not line:
            continue
        for pattern in patterns:
            if seen >= 3 and "stamp" not in pattern.groupindex:
                continue  # (past the first three lines only a whole-line stamp: under a headline, a deck and a byline)
            match = pattern.match(line)
            if match and not line[match.end():].strip(" .|"):
                # (numeric: an agency's stamp: "Kyiv | 16.05.2025 Friday 14:22 | Update: …" (mt7))
                date = _header_or_numeric_date(match.group("date"))
                if date is not pd.NaT and "stamp" in pattern.groupindex:  # "… | First published 3 July | Last
                    date = _page_stamp_date([line]) or date  # updated 4 July": the publication, not the update
                if date is not pd.NaT:
                    found.append((index, date, match))
                    break
        seen += 1
        if seen == _STAMP_LINES:
            break
    if not found:
        return None
    chosen = next(((index, date) for index, date, _ in found if _opening_role(lines[index]) != "updated"),
                  found[0][:2])
    if _opening_role(lines[chosen[0]]) == "updated":  # only update lines: a page stamp's "Published …" wins
        chosen = (chosen[0], _page_stamp_date(lines, published_only=True) or chosen[1])
    for index, _, match in found:
        if match.groupdict().get("kept") is not None:  # a date alone on its line stays: it may date what follows
            if index == chosen[0] and kept is not None:
                kept.append(True)
            continue
        if "stamp" in match.groupdict():
            continue  # a page stamp that stays in the text (an agency's "Kyiv | 16.05.2025 …": under a deck, its end)
        byline = match.groupdict().get("byline")
        lines[index] = lines[index][:match.end("byline")].rstrip(" ,|") if byline else ""
    return chosen[1]


#: how many non-empty lines at the top a page stamp that stays in the text may stand in (headline, a two-part deck, a
#: byline, the stamp: mt7); the other header rows are read in the first three
_STAMP_LINES = 6
_NUMERIC_STAMP = re.compile(r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})"
                            r"(?:,?\s+(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?", re.IGNORECASE)


def _numeric_stamp_date(value: str):
    """The day of a numeric stamp date of a header line whose reading is certain, else ``NaT``: the order is clear
    (``14/05/2024``, ``05/14/2024``), or a weekday printed with it fits one reading only (``03.10.2024 Thursday``),
    or it is dotted (``07.10.2024``: day first, as every outlet that dots its dates writes them). An ambiguous
    slashed date (``03/10/2024``) stays unread (and is reported as a header date that cannot be read).

    Example:
        >>> [str(_numeric_stamp_date(v).date()) for v in ("16.05.2025 Friday", "07.10.2024", "14/05/2024")]
        ['2025-05-16', '2024-10-07', '2024-05-14']
        >>> _numeric_stamp_date("03/10/2024"), _numeric_stamp_date("10/03/2024 Thursday")
        (NaT, Timestamp('2024-10-03 00:00:00'))
    """
    match = _NUMERIC_STAMP.fullmatch(value.strip())
    if not match:
        return pd.NaT
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(pd.Timestamp(datetime.date(year, month, day)))
        except ValueError:
            continue
    readings = list(dict.fromkeys(readings))
    weekday = match.group("weekday")
    if weekday:
        readings = [r for r in readings if r.strftime("%a").lower() == weekday.lower()[:3]]
    if len(readings) == 1:
        return readings[0]
    if readings and match.group("sep") == ".":
        return readings[0]  # (day first; also when the weekday fits both: 12.03.2025 and 3 December 2025 are Wednesdays)
    return pd.NaT


#: a time of day in a page stamp, with its zone ("08:25 GMT", "7:10am", "16.05 BST", "11:20:45", "6:50 AM EDT")
_STAMP_TIME = (r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?"
               r"(?:\s+(?:[a-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?))?")
#: a date of a page stamp: a month-name date (with a weekday), ISO, year first with dots or slashes ("2024.05.21"),
#: or numeric day and month ("21.05.2024", "21/05/2024": read only when the reading is certain)
_STAMP_DAY = (rf"{_MONTH_NAME_DAY}"
              r"|\d{4}-\d{2}-\d{2}|\d{4}[./]\d{1,2}[./]\d{1,2}"
              r"|\d{1,2}[./]\d{1,2}[./]\d{4}(?:,?\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?")
_FOUR_DIGITS = re.compile(r"\d{4}")
_YEAR_FIRST = re.compile(r"(?P<year>\d{4})[./](?P<month>\d{1,2})[./](?P<day>\d{1,2})")
#: how many words a part of a stamp line that holds no date may have ("By Jane Doe", "Written by the night desk",
#: "Hear this story"); a longer part is a sentence, and the line no stamp
_STAMP_PART_WORDS = 8
#: how many lines ending a sentence the head of a text (over its page stamp) may hold: a deck, an update note and a
#: correction note; a stamp under more is in the body
_HEAD_SENTENCES = 3
#: how many non-empty lines at the end of a text a "Published 3 March 2024" footer may stand in
_FOOTER_LINES = 3


def _stamp_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """``(part, split, roles)``: a part of a stamp line that is a date (a label of ``data/date_stamps.csv``, the date,
    a time before or after it), the separators a stamp line's parts stand between (bars, bullets, middle dots, a
    spaced slash, a comma before a label: "Recorded Friday 1 March 2024, released Sunday 3 March 2024"),
    and each label's role. Compiled once, again when the table changes."""
    from saidvsdone import vocab

    def build():
        table = vocab.table("date_stamps")
        roles = {" ".join(label.lower().split()): role for label, role in zip(table["label"], table["role"])}
        labels = "|".join(r"\s+".join(map(re.escape, label.split()))
                          for label in sorted(roles, key=lambda w: (-len(w), w)))
        part = re.compile(
            r"(?:this\s+(?:article|story|page|report|piece)\s+was\s+)?"
            rf"(?:(?P<label>{labels})(?:\s+(?:on|at))?\s*:?\s*)?"
            rf"(?:(?P<time_before>{_STAMP_TIME}),?\s+(?:on\s+)?)?"
            rf"(?P<date>{_STAMP_DAY})"
            rf"(?P<time>,?\s*[-–—]?\s*(?:at\s+)?{_STAMP_TIME})?"
            r"(?:\s*\([^()]{1,30}\))?\s*\.?", re.IGNORECASE)
        split = re.compile(rf"\s*[|•·]\s*|\s+/\s+|,\s+(?=(?:{labels})\b)", re.IGNORECASE)
        return part, split, roles
    return vocab.compiled("corpus_page_stamps", ("date_stamps",), build)


def _opening_role(line: str) -> str:
    """The role (``data/date_stamps.csv``) of the label a header line opens on, else ``""``.

    Example:
        >>> _opening_role("Last updated: Nov. 4, 2025"), _opening_role("Published 3 Nov 2025"), _opening_role("By A. B")
        ('updated', 'published', '')
    """
    part, _, roles = _stamp_patterns()
    match = part.match(line, len(line) - len(line.lstrip(" \t*•|-–—")))
    return roles.get(" ".join(match["label"].lower().split()), "") if match and match["label"] else ""


def _header_or_numeric_date(written: str):
    """A header line's date (ISO or month-name), else a numeric date whose reading is certain, else ``NaT``: a header
    line's date and a stamp's first two readings (a header line does not read a year-first date)."""
    day = _header_date(written)
    return day if day is not pd.NaT else _numeric_stamp_date(written)


def _stamp_day(written: str):
    """The day of a stamp's date as written (month-name, ISO, year first, certain day-and-month), else ``NaT``."""
    day = _header_or_numeric_date(written)
    if day is pd.NaT and (match := _YEAR_FIRST.fullmatch(written)):
        try:
            day = pd.Timestamp(datetime.date(int(match["year"]), int(match["month"]), int(match["day"])))
        except ValueError:
            day = pd.NaT
    return day


def _timed_stamp(match: re.Match) -> bool:
    """Whether a stamp part gives a time of day with its date (after it, or before it: "20:40 CET, May 21, 2024"): a
    page's furniture, never a related link's or a caption's plain date."""
    return bool(match.group("time") or match.group("time_before"))


def _prose_after(lines: list[str], foot: list[int], index: int) -> bool:
    """Whether a sentence of the body (longer than a stamp's part, ending with a full stop) follows the foot line
    ``index``: then that line is a stamp inside the body ("Kyiv | 16.05.2025 Friday 14:22" over a paragraph), no
    footer."""
    return any(lines[i].rstrip("”\"’' ").endswith(".") and len(lines[i].split()) > _STAMP_PART_WORDS
               for i in foot if i > index)


def _page_stamp_date(lines: list[str], unread: list | None = None, published_only: bool = False) -> pd.Timestamp | None:
    """The publication day of a page's stamp among the first ``_STAMP_LINES`` non-empty lines, or of a "Published"
    footer among the last ``_FOOTER_LINES`` (the line stays in the text); ``None`` when there is none.

    A stamp line is parts between separators (``_stamp_patterns``), at least one of them a date, and no other part
    longer than ``_STAMP_PART_WORDS`` words ("Saturday Magazine | Saturday 18 May 2024 | By Jane Doe", "By the
    night desk | Published 21 May 2024 | 5 min read"), or one labelled or timed date alone ("Tue 21 May 2024 16.05
    BST", "20:40 CET, May 21, 2024", "Updated May 22, 2024, 6:50 AM EDT"). Each date takes the role of its label
    (``data/date_stamps.csv``); the first date of the best role is the day: a publication ("Published", "Posted",
    "First published", "released") over a plain date over an update ("Updated", "Last modified") over an event the
    page reports ("Broadcast", "Recorded"). A footer (under a body: past the head, a body line between) counts only with a
    publication label ("Published 21 May 2024") or as a plain date with its time ("14/03/2025 09:15 | Kyiv desk",
    "© Hartwell 2025 | Friday 29 August 2025 08:41 GMT"); a date inside a sentence, a caption or a related link is never one. A stamp's date whose reading is not
    certain ("Published: 04/05/2024": 4 May or 5 April?) is not guessed: ``(line of the file, the date as
    written, why)`` goes to ``unread``. With ``published_only``: a date with a publication label only.

    Example:
        >>> str(_page_stamp_date(["Headline", "Deck", "By A. Writer | Night desk | First published 2 Dec 2024, "
        ...                       "07:45 GMT | Last updated 3 Dec 2024", "Text."]).date())
        '2024-12-02'
        >>> _page_stamp_date(["Headline", "The mayor said on 3 March 2024 | that the road to the port had been closed "
        ...                   "again"]) is None
        True
    """
    from saidvsdone import vocab

    part, split, roles = _stamp_patterns()
    # vocab.STAMP_ROLES's order, a plain date ("") after a publication and before an update
    rank = {role: i for i, role in enumerate((vocab.STAMP_ROLES[0], "", *vocab.STAMP_ROLES[1:]))}
    filled = []  # the first non-empty lines, more than a head takes (no scan of the whole text)
    for index, line in enumerate(lines):
        if line:
            filled.append(index)
            if len(filled) > _STAMP_LINES + 1:
                break
    head, sentences = [], 0
    for index in filled[:_STAMP_LINES]:  # the head ends with its third sentence line (a deck's, an editor's
        head.append(index)                # update or correction note are sentences too): the body has begun
        sentences += lines[index].rstrip("”\"’' ").endswith(".")
        if sentences == _HEAD_SENTENCES:
            break
    foot = []  # (a footer only under a body: past the head, with a line of the body between them)
    body_from = next((i for i in filled if head and i > head[-1]), None)
    if body_from is not None:
        for index in range(len(lines) - 1, body_from, -1):
            if lines[index]:
                foot.insert(0, index)
                if len(foot) == _FOOTER_LINES:
                    break
    best = None
    for order, index in enumerate(head + foot):
        if not _FOUR_DIGITS.search(lines[index]):  # (every stamp's date has its year)
            continue
        parts = [p.strip() for p in split.split(lines[index]) if p and p.strip()]
        matches = [part.fullmatch(p) for p in parts]
        dated = [m for m in matches if m]
        if not dated or any(len(p.split()) > _STAMP_PART_WORDS for p, m in zip(parts, matches) if not m):
            continue
        if len(parts) == 1 and not (dated[0].group("label") or dated[0].group("time") or
                                    dated[0].group("date") != dated[0].group(0).strip(" .")):
            continue  # a date alone on its line is read by the header rows (in the first three lines only)
        for match in dated:
            label = " ".join((match.group("label") or "").lower().split())
            role = roles.get(label, "")
            if published_only and role != "published" or index in foot and role != "published" and not (
                    role == "" and _timed_stamp(match) and not _prose_after(lines, foot, index)):
                continue  # (a footer's plain date only with its time: "14/03/2025 09:15 | Kyiv desk", "© … 08:41 GMT";
                #            never a dateline-like stamp the body's sentences go on after)
            day = _stamp_day(match.group("date").strip())
            if day is pd.NaT:
                if unread is not None and not unread:
                    unread.append((index + 1, match.group("date").strip(), read_date(match.group("date").strip())[1]
                                   or "is not read as a stamp's date"))
                continue
            # a footer's plain date below every role of the head ("Updated 22 May 2024" over a related link's
            # "Kharkiv shelled again | 3 June 2024 10:15" at the foot), as is one under a head stamp with a sentence
            # line between them (a short text's foot is within the head's lines) (rv23fixc)
            below = role == "" and (index in foot or best is not None and any(
                lines[i].rstrip("”\"’' ").endswith(".") for i in range(best[2] + 1, index)))
            key = (len(rank) if below else rank.get(role, 1), order)
            if best is None or key < best[0]:
                best = (key, day, index)
    return best[1] if best else None


def _paragraphs(lines: list[str]) -> tuple[list[str], int]:
    """Non-empty lines are paragraphs, unless the text is hard-wrapped (e-mail style).

    A hard-wrapped text has blank lines between paragraphs and most lines
    ending mid-sentence at a similar width; then lines of a block are rejoined.
    """
    blocks, block = [], []
    for line in lines:
        if line:
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)
    inner = [line for b in blocks for line in b[:-1]
             if not _BULLET.match(line) and not _TALLY_ITEM.match(line)]  # a list of bullets or tallies is no wrapping
    wrapped = (len(blocks) > 1 and len(inner) >= 3
               and sum(20 <= len(x) <= 100 for x in inner) >= 0.9 * len(inner)
               and sum(not x.endswith((".", "!", "?", "”", '"', "’", ":")) for x in inner)
               >= 0.5 * len(inner))
    if not wrapped:  # still, a line that stops mid-sentence and a next one in lower case are one
        return _unwrapped(blocks)
    # (a block with a line far wider than the text's wrapped lines was never wrapped: a newsletter's heading over
    # its one-line summary, "Kremlin: offensive 'on plan'⏎Dmitry Peskov said on Tuesday that …", is two lines)
    width = max(len(x) for x in inner) + _WRAP_SLACK
    out, joined = [], 0
    for b in blocks:
        if max(len(x) for x in b) > width:
            lines, rejoined = _unwrapped([b])
            out += lines
            joined += rejoined
            continue
        out.append(b[0])
        for line in b[1:]:
            if _tally_break(out[-1], line):
                out.append(line)
            else:
                out[-1] += " " + line
                joined += 1
    return out, joined


#: how much wider than the widest wrapped line a line of a wrapped block may be (a long word carried whole)
_WRAP_SLACK = 20


def _unwrapped(blocks: list[list[str]]) -> tuple[list[str], int]:
    """The lines of blocks that are not hard-wrapped, each a paragraph, but a line that stops mid-sentence and a
    next one in lower case ("said on⏎Tuesday"), which are one."""
    out, joined = [], 0
    for b in blocks:
        for line in b:
            if out and out[-1] is not None and not out[-1].endswith(_LINE_END) and (
                    line[:1].islower() or _MID_SENTENCE_END.search(out[-1])) and \
                    not _tally_break(out[-1], line):  # "said on⏎Tuesday"
                out[-1] += " " + line
                joined += 1
            else:
                out.append(line)
        out.append(None)
    return [line for line in out if line is not None], joined


def _tally_break(previous: str, line: str) -> bool:
    """An unbulleted tally ("personnel – about 1,215,400 (+1,030) people⏎cruise missiles – 3,900 (+2)"): a line
    that ends with a figure or a closing bracket (or is an item itself) and a next line that starts a new
    "label – figure" item are two lines, not one hard-wrapped sentence."""
    return bool(_TALLY_ITEM.match(line) and (_FIGURE_END.search(previous) or _TALLY_ITEM.match(previous))) or \
        bool(_BARE_TALLY_ITEM.fullmatch(line) and _BARE_TALLY_ITEM.fullmatch(previous))   # "personnel 980⏎tanks 3"


_LINE_END = (".", "!", "?", "”", '"', "’", ":", ";")
#: a "label – figure" item of a tally: a few words, a spaced dash or a colon, a figure ("tanks – 11,420 (+3)")
_TALLY_ITEM = re.compile(r"[A-Za-z][\w’'()/,.-]*(?: [\w’'()/,.-]+){0,5}?(?:\s+[–—-]|:)\s+(?:(?:about|around|approx(?:imately|\.)|"
                         r"over|nearly|almost|some|more\s+than|at\s+least|up\s+to)\s+)?[~≈+−-]?\d")
#: a tally item of a table flattened to text: a label of a few words and a figure, nothing else ("UAVs 388 (+12)")
_BARE_TALLY_ITEM = re.compile(r"[A-Za-z][\w’'/-]*(?: [A-Za-z][\w’'/-]*){0,4} [~≈+]?\d[\d,.]*(?: \(\+?\d[\d,.]*\))?\s*")
#: a line that ends with a figure or a closing bracket
_FIGURE_END = re.compile(r"[\d)\]]\s*$")
_BULLET = re.compile(r"[•·▪◦*]\s")
#: a line that stops on a preposition, an article or a conjunction stops mid-sentence, whatever follows
_MID_SENTENCE_END = re.compile(r"\s(?:on|in|at|of|the|a|an|and|or|but|that|to|for|with|by|from)$")
