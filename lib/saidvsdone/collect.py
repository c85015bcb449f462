"""Build your own corpus over weeks: copy article files in, append their manifest rows.

``add(paths)`` (and ``python -m saidvsdone add PATH...``) copies ``.txt``,
``.html`` and ``.htm`` files into the articles folder, keeping each file name,
and appends one manifest row per file with what it could read from it: for a
saved page its date, title, URL and site name; for a text file a header date
line (``date 2022-09-17``) and a first-line headline. It then tells you what
is still missing (no date, no title, no source: the row is kept, and a fact check
must say where each article came from), naming the file and its manifest line.
A text file that is not UTF-8 (Windows Latin-1, Windows Cyrillic or KOI8 for a
Russian or Ukrainian text, UTF-16, or UTF-8 with stray Windows Latin-1 bytes) is
written into the folder as UTF-8, and the message and
the row's notes name the encoding it was read as; the file given is only read.

An article whose cleaned text is already in the folder, under whatever file
name, is skipped, not duplicated. A new file whose name is taken gets a
numeric suffix (``story-2.html``). Existing manifest rows are never rewritten:
new rows are appended, in the manifest's own column order, separator and line
endings.

It is safe to interrupt. Each file is copied to a temporary name in the folder
(``.NAME.add-partial``), flushed to disk, renamed to its own name, and only then
is its manifest row appended (and flushed): a kill leaves at most one temporary
file, which the next ``add`` removes and reports. Running the same ``add`` again
completes an interrupted one: a file already copied but without a manifest row
gets its row (not a second copy). A manifest that cannot be written, or a folder
that cannot be, is a one-line error naming it, before anything is copied; a
source file that cannot be read is skipped, named, and the others go on.

Example:
    >>> import shutil, tempfile
    >>> from pathlib import Path
    >>> from saidvsdone import collect
    >>> from saidvsdone._paths import data_file
    >>> corpus_dir = Path(tempfile.mkdtemp())
    >>> added = collect.add([data_file("examples", "saved-page.html")], folder=corpus_dir / "articles")
    >>> added.to_frame()[["file", "status", "manifest_line"]]
                  file status  manifest_line
    0  saved-page.html  added              2
    >>> again = collect.add([data_file("examples", "saved-page.html")], folder=corpus_dir / "articles")
    >>> print(again.entries[0].message)
    same text as saved-page.html, already in the folder: not added again
    >>> shutil.rmtree(corpus_dir)
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from saidvsdone import corpus
from saidvsdone._atomic import check_writable, fsync_folder
from saidvsdone._paths import command
from saidvsdone._plural import plural

__all__ = ["add", "AddReport", "AddEntry"]


@dataclass
class AddEntry:
    """What ``add`` did with one file it was given.

    ``source`` is the file as given; ``file`` where it went, relative to the
    articles folder ("" when it was not copied); ``status`` is ``added``,
    ``warning`` (added, but fill something in or look at it) or ``skipped``;
    ``manifest_line`` the line of the file where its new manifest row starts, as an editor numbers it
    (header = line 1; blank lines count).
    """

    source: str
    file: str
    status: str
    message: str
    manifest_line: int | None = None


@dataclass
class AddReport:
    """Everything ``add`` did, one entry per file (and per thing to fill in)."""

    folder: str = ""
    manifest: str = ""
    entries: list[AddEntry] = field(default_factory=list)

    @property
    def added(self) -> list[str]:
        """The files copied into the folder, relative to it."""
        return [e.file for e in self.entries if e.status == "added"]

    @property
    def ok(self) -> bool:
        """False when a path given does not exist (the command then exits 1)."""
        return not any(e.status == "skipped" and e.message.startswith("no such file")
                       for e in self.entries)

    def to_frame(self) -> pd.DataFrame:
        frame = pd.DataFrame([vars(e) for e in self.entries],
                             columns=["source", "file", "status", "message", "manifest_line"])
        return frame.astype({"manifest_line": "Int64"})

    def __str__(self) -> str:
        return self.listing()

    @staticmethod
    def _where(e) -> str:
        where = e.source if e.file in ("", e.source) else f"{e.source} → {e.file}"
        return where + (f" (manifest line {e.manifest_line})" if e.manifest_line else "")

    def listing(self, alike: int | None = None) -> str:
        """What ``add`` prints: a line per file added, skipped or warned about.

        ``alike`` caps the repeats of one warning or reason to skip ("no source found: fill in 'source'" on
        each of 300 files), as :meth:`saidvsdone.corpus.LoadReport.listing` does: that many are listed, the
        others counted in one line (the manifest's empty cells are each one's). ``None`` lists every one.
        """
        n = len(self.added)
        lines = [f"Added {plural(n, 'article')} to {self.folder} (manifest {self.manifest})"]
        listed, left = corpus.listed_alike(((e.status, e.message if e.status != "added" else None,
                                             f"  {e.status.upper():8} {self._where(e)}: {e.message}", e)
                                            for e in self.entries), alike)
        lines += listed
        for same, example, left_out in left:
            lines.append(f"  … and {len(left_out)} more {same} ({example})")
        missing = [e for e in self.entries if e.status == "warning" and "found: fill in" in e.message]
        if missing:
            where = "(its empty cells)" if left else "above"
            lines.append(f"Fill in the {plural(len(missing), 'missing value')} {where} in {self.manifest}.")
        return "\n".join(lines)


def add(paths, folder: str | Path | None = None, manifest: str | Path | None = None, *,
        max_bytes: int = corpus.DEFAULT_MAX_BYTES) -> AddReport:
    """Copy article files into ``folder`` and append their rows to the manifest.

    Args:
        paths: files (``.txt``, ``.html``, ``.htm``) or folders; a folder adds
            the article files inside it, sub-folders included.
        folder: the articles folder (created if missing); required. The bundled
            corpus is ``data/articles`` in the repository: add to it only on purpose.
        manifest: the manifest CSV. ``None`` uses ``articles.csv`` inside the
            folder, then next to it (as ``corpus.load`` does); when neither
            exists, a new one is created inside the folder.
        max_bytes: larger files are reported and not copied.

    Returns:
        An :class:`AddReport`; ``print()`` it for the journalist.

    Raises:
        corpus.CorpusError: the existing manifest is unreadable or has no
            ``file`` column, or the manifest or the folder cannot be written
            (nothing is copied then); or a manifest row cannot be appended
            after its file was copied (run ``add`` again once it can: the copy
            gets its row).

    Example:
        >>> import shutil, tempfile
        >>> from pathlib import Path
        >>> tmp = Path(tempfile.mkdtemp())
        >>> _ = (tmp / "note.txt").write_text("date 2022-10-14 Putin said: “This work is coming to an end.”")
        >>> report = add([tmp / "note.txt"], folder=tmp / "articles")
        >>> [(e.file, e.status, e.message) for e in report.entries]
        [('note.txt', 'added', 'published 2022-10-14 (header line)'), ('note.txt', 'warning', "no title found: fill in 'title'"), ('note.txt', 'warning', "no source found: fill in 'source', the outlet that published it (a fact check must say where each article came from)")]
        >>> (tmp / "articles" / "articles.csv").read_text(encoding="utf-8").splitlines()
        ['file,published,source,title,url,language,notes', 'note.txt,2022-10-14,,,,,added from note.txt']
        >>> shutil.rmtree(tmp)
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if folder is None:  # never the bundled corpus by default: the notebooks and tests describe it
        raise ValueError("add needs folder=: the folder of your articles, e.g. folder='my/articles' "
                         "(the bundled corpus is data/articles in the repository: add to it only on purpose)")
    folder = Path(folder).expanduser()  # "~/articles" typed in Python
    manifest_path = _manifest_path(folder, manifest)
    layout = _read_manifest_layout(manifest_path)
    new_folders = [f for f in (folder, *folder.parents) if not f.exists()]  # what the write check creates
    _check_writable(folder, manifest_path)
    log = AddReport(folder=str(folder.resolve()), manifest=str(manifest_path.resolve()))
    _remove_partial_copies(folder, log)
    target = _Target(folder, layout, *_existing(folder, manifest_path, max_bytes), max_bytes,
                     manifest_path)
    for source, shown in _candidates(paths, log, folder):
        _add_one(source, shown, target, log)
    for created in new_folders:  # nothing added (a path mistyped): no empty folder left behind
        try:
            created.rmdir()
        except OSError:  # not empty: it holds what was added
            break
    return log


# --- the folder and its manifest -------------------------------------------------------

@dataclass
class _Layout:
    header: list[str]
    listed: set[str]
    next_line: int  # the line of the file (as an editor numbers it, header = 1) where the next row appended starts
    newline: str = "\n"
    ends_with_newline: bool = True
    delimiter: str = ","


@dataclass
class _Target:
    folder: Path
    layout: _Layout
    texts: dict[str, list[str]]  # cleaned text → the files in the folder that hold it
    taken: set[str]  # article ids (file stems, lower case) already in the folder
    max_bytes: int
    manifest: Path = Path("articles.csv")


def _manifest_path(folder: Path, manifest) -> Path:
    if manifest is not None:
        return Path(manifest).expanduser()
    for candidate in (folder / "articles.csv", folder.parent / "articles.csv"):
        if candidate.is_file():
            return candidate
    return folder / "articles.csv"


def _read_manifest_layout(path: Path) -> _Layout:
    if not path.is_file() or path.stat().st_size == 0:
        return _Layout(list(corpus.MANIFEST_COLUMNS), set(), 2)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise corpus.CorpusError(f"{path}: cannot read the manifest ({corpus.os_reason(err)}): "
                                 "nothing copied") from err
    text, not_utf8, encoding = corpus.manifest_decoded(path, data)
    if not_utf8:  # rows appended in UTF-8 would mix two encodings in one file
        raise corpus.CorpusError(
            f"{path}, line {not_utf8} of the file: the manifest is not UTF-8 (it reads as {encoding}, "
            f"{corpus.LEGACY_ENCODINGS.get(encoding, encoding)}: what Excel's \"CSV (Comma delimited)\" saves?): "
            "save it as \"CSV UTF-8\" and run add again; nothing copied")
    delimiter = corpus.manifest_delimiter(text)
    opened = corpus.open_quote_line(text, delimiter)
    if opened:  # a row appended now would land inside that cell, and never be read as a row
        row = text.splitlines()[opened - 1]
        raise corpus.CorpusError(
            f"{path}, line {opened} of the file: a double quote opened in this row is never "
            f"closed ({row[:60] + ('…' if len(row) > 60 else '')!r}), so every row after it, and "
            "any row added now, would be read as part of one cell: close the quote (or remove it) "
            "and run add again; nothing copied")
    # blank rows are not rows, as for corpus.load (line numbers are the file's own: next_line below)
    records = [r for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
               if any(cell.strip() for cell in r)]
    header = [c.strip().lower() for c in records[0]] if records else []
    if "file" not in header:
        raise corpus.CorpusError(f"{path}, line 1: the manifest has no 'file' column "
                                 f"(columns: {', '.join(header) or 'none'})")
    column = header.index("file")
    listed = {r[column].strip().replace("\\", "/") for r in records[1:] if len(r) > column}
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    next_line = lines.count("\n") + (1 if lines.endswith("\n") else 2)  # blank lines and lines inside a cell count
    return _Layout(header, listed, next_line, "\r\n" if b"\r\n" in data else "\n",
                   data.endswith((b"\n", b"\r")), delimiter)


def _check_writable(folder: Path, manifest_path: Path) -> None:
    """A one-line CorpusError naming the manifest or folder that cannot be written, before
    anything is copied. Opening the manifest to append writes nothing to it."""
    check_writable(folder, "the articles folder", "nothing copied", suffix=corpus.PARTIAL_SUFFIX)
    try:
        if manifest_path.exists():
            manifest_path.open("ab").close()
        else:
            manifest_path.parent.mkdir(parents=True, exist_ok=True)
            manifest_path.open("ab").close()
            manifest_path.unlink()
    except OSError as err:
        raise corpus.CorpusError(f"{manifest_path}: cannot write to the manifest "
                                 f"({corpus.os_reason(err)}): nothing copied") from err


def _remove_partial_copies(folder: Path, log: AddReport) -> None:
    """Remove the temporary copies an interrupted ``add`` left behind, and say so."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob(f"*{corpus.PARTIAL_SUFFIX}")):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(folder).as_posix()
        try:
            path.unlink()
        except OSError as err:
            log.entries.append(AddEntry(rel, rel, "warning", "an incomplete copy left by an "
                                        f"interrupted add: cannot remove it ({corpus.os_reason(err)})"))
            continue
        original = path.name[1:-len(corpus.PARTIAL_SUFFIX)] if path.name.startswith(".") else rel
        log.entries.append(AddEntry(rel, "", "warning", "removed an incomplete copy left by an "
                                    f"interrupted add (of {original}); add that file again if it "
                                    "is not listed below"))


def _existing(folder: Path, manifest_path: Path, max_bytes: int) -> tuple[dict, set[str]]:
    if not folder.is_dir():
        return {}, set()
    loaded = corpus.load(folder, manifest_path if manifest_path.is_file() else False,
                         max_bytes=max_bytes)
    texts: dict[str, list[str]] = {}
    for text, file in zip(loaded["text"], loaded["file"]):
        if text:
            texts.setdefault(text, []).append(file)
    taken = {Path(rel).stem.lower() for _, rel in corpus.walk(folder, corpus.LoadReport())
             if Path(rel).suffix.lower() in corpus.ARTICLE_SUFFIXES}
    return texts, taken


#: The marks a browser or a file manager adds to a second copy's name: "page (1).html", "page - Copy.txt",
#: "page copy 2.txt", "Copy of page.txt".
_COPY_MARK = re.compile(r"(?:\s\(\d+\)|\s-\sCopy(?:\s\(\d+\))?|[\s_-]copy(?:[\s_-]?\d+)?)$", re.IGNORECASE)
_COPY_OF = re.compile(r"^Copy(?:\s\(\d+\))?\sof\s", re.IGNORECASE)


def _original_first(files: list) -> list:
    """The ``(path, rel)`` files of a folder given to ``add``, in their order, except that a copy ("page (1).html",
    "page - Copy.html", "Copy of page.html") of a file also there comes right after that file: when the two hold the
    same article, the original's name is the one kept and the copy is the one skipped.

    Example:
        >>> [rel for _, rel in _original_first([(None, "page (1).html"), (None, "page.html"), (None, "page2.html")])]
        ['page.html', 'page (1).html', 'page2.html']
    """
    where = {rel: k for k, (_, rel) in enumerate(files)}

    def key(item):
        k, (_, rel) = item
        path = Path(rel)
        stem = _COPY_OF.sub("", _COPY_MARK.sub("", path.stem))
        original = (path.parent / (stem + path.suffix)).as_posix() if stem and stem != path.stem else None
        return (where[original], 1, k) if original in where else (k, 0, k)

    return [item for _, item in sorted(enumerate(files), key=key)]


def _candidates(paths, log: AddReport, folder: Path | None = None):
    """(path, name to show) of every article file given, folders opened. A folder given that holds
    the articles folder itself (``add ~/Downloads --folder ~/Downloads/mine``) does not add that
    folder's files, or its manifest, to it again: one line says so."""
    own = folder.resolve() if folder is not None else None
    for given in paths:
        given = Path(given).expanduser()
        if given.is_dir():
            walked = corpus.LoadReport()
            files = corpus.walk(given, walked)
            for rel, _, status, message in walked.entries:  # unreadable folders, links, loops
                shown = (Path(given.name) / rel).as_posix()
                log.entries.append(AddEntry(shown, "", status, message))
            inside = own is not None and own != given.resolve() and own.is_relative_to(given.resolve())
            if inside:
                mine = (Path(given.name) / own.relative_to(given.resolve())).as_posix()
                manifest = own.parent / "articles.csv"
                kept = [(path, rel) for path, rel in files if not path.resolve().is_relative_to(own)
                        and path.resolve() != manifest]
                if len(kept) < len(files):
                    log.entries.append(AddEntry(mine, "", "skipped", "the articles folder itself: its files are "
                                                "not added to it again"))
                files = kept
            for path, rel in _original_first(files):
                shown = (Path(given.name) / rel).as_posix()
                if path.suffix.lower() in corpus.ARTICLE_SUFFIXES or path.name.lower().endswith(
                        corpus.ARCHIVE_ENDINGS):
                    yield path, shown
                elif not path.name.startswith("."):
                    log.entries.append(AddEntry(shown, "", "skipped", corpus.not_article(path)))
        elif given.is_file():
            if given.suffix.lower() in corpus.ARTICLE_SUFFIXES or given.name.lower().endswith(
                    corpus.ARCHIVE_ENDINGS):
                yield given, str(given)
            else:
                log.entries.append(AddEntry(str(given), "", "skipped", corpus.not_article(given)))
        else:
            log.entries.append(AddEntry(str(given), "", "skipped", "no such file or folder"))


# --- one file --------------------------------------------------------------------------

def _add_archive(source: Path, shown: str, target: _Target, log: AddReport) -> None:
    """A news archive (a CMS export, one article per line) is copied as it is, with no manifest row: each of
    its rows carries its own id, date and title, and ``load`` reads them where it finds the file."""
    from saidvsdone import archive

    size, limit = source.stat().st_size, max(target.max_bytes, corpus.ARCHIVE_MAX_BYTES)
    if size > limit:  # (load would not read it: not copied where it would only be skipped, rv19)
        log.entries.append(AddEntry(shown, "", "skipped", f"a news archive of {size / 1e6:.1f} MB, over the "
                                    f"{limit / 1e6:g} MB load reads from a folder; not copied: {command()} "
                                    "run reads it in parts where it is"))
        return
    try:
        rows = archive.load([source])
    except ImportError as err:
        log.entries.append(AddEntry(shown, "", "skipped", f"a news archive that needs {err.name or 'a package'} "
                                    "to be read (pip install 'saidvsdone[dask]' brings it); not copied"))
        return
    except (archive.ArchiveError, OSError, ValueError) as err:
        log.entries.append(AddEntry(shown, "", "skipped", f"a news archive that cannot be read ({err}); "
                                    "not copied"))
        return
    if not len(rows):
        log.entries.append(AddEntry(shown, "", "skipped", "a news archive with no article that can be read "
                                    "(see the lines below); not copied"))
    existing = [f for f in target.folder.rglob(source.name) if _copied_from(f, source)]
    if len(rows) and existing:
        log.entries.append(AddEntry(shown, "", "skipped", f"already in the folder as "
                                    f"{existing[0].relative_to(target.folder).as_posix()}: not added again"))
        return
    if len(rows):
        name = _free_name(source.name, source, target)
        try:
            _copy_atomically(source, target.folder / name)
        except OSError as err:
            log.entries.append(AddEntry(shown, "", "skipped", f"cannot copy it to {name} "
                                        f"({corpus.os_reason(err)}); not copied"))
            return
        target.taken.add(Path(name).stem.lower())
        undated = int(rows["published"].isna().sum())
        log.entries.append(AddEntry(shown, name, "added", f"a news archive of {plural(len(rows), 'article')}, copied "
                                    "as it is: each line carries its own date and title, so it gets no manifest "
                                    "row" + (f"; {undated} of them undated" if undated else "")))
    for problem in rows.attrs["report"].itertuples(index=False):
        where = "" if pd.isna(problem.line) else f"line {int(problem.line)}: "
        log.entries.append(AddEntry(shown, name if len(rows) else "", problem.status, where + problem.message))


def _add_one(source: Path, shown: str, target: _Target, log: AddReport) -> None:
    if source.name.lower().endswith(corpus.ARCHIVE_ENDINGS):
        _add_archive(source, shown, target, log)
        return
    read = corpus.LoadReport()
    try:
        row = corpus.load_file(source, source.name, {}, None, read, target.max_bytes)
    except OSError as err:
        log.entries.append(AddEntry(shown, "", "skipped", f"cannot read the file "
                                    f"({corpus.os_reason(err)}); not copied"))
        return
    problems = [(status, message) for _, _, status, message in read.entries
                if status in ("skipped", "warning") and not message.startswith("no publication date")]
    utf8 = _as_utf8(source, row)
    if row is None:
        reason = "; ".join(m for s, m in problems if s == "skipped") or "could not be read"
        log.entries.append(AddEntry(shown, "", "skipped", f"{reason}; not copied"))
        return
    converted = ""  # the encoding of a text file written into the folder as UTF-8
    same = target.texts.get(row["text"], []) if row["text"] else []
    itself = [f for f in same if (target.folder / f).resolve() == source.resolve()]
    # a copy an interrupted add made (renamed into place, row not yet written): same name
    # (or name-N), same bytes, no manifest row
    left = [f for f in same if f not in target.layout.listed and not itself
            and _copied_from(target.folder / f, source, utf8)]
    if same and not left and not (itself and itself[0] not in target.layout.listed):
        log.entries.append(AddEntry(shown, "", "skipped", f"same text as {same[0]}, "
                                    "already in the folder: not added again"))
        return
    if itself or left:
        # a file saved into the folder by hand, or left by an interrupted add: give it its row
        name = (itself or left)[0]
        how = ("already in the folder; manifest row added" if itself else
               f"already in the folder as {name} without a manifest row (copied by an "
               "interrupted add): manifest row added, not copied again")
    else:
        name = _free_name(source.name, source, target, utf8)
        cut_short = (target.folder / name).exists()
        try:
            _copy_atomically(source, target.folder / name, utf8)
        except OSError as err:
            log.entries.append(AddEntry(shown, "", "skipped", f"cannot copy it to {name} "
                                        f"({corpus.os_reason(err)}); not copied"))
            return
        target.taken.add(Path(name).stem.lower())
        target.texts.setdefault(row["text"], []).append(name)
        how = "" if name == source.name else (f"renamed: a different {source.name} or another "
                                               f"article with the id {source.stem!r} is in the folder")
        if cut_short:
            how = (f"replaced {name}, an unlisted copy of it cut short (by an interrupted "
                   "add?)")
        if utf8 is not None:  # the copy is UTF-8: say what the file was, and that it is left as it was
            problems = [(status, _CONVERTED.get(row["encoding"], message) if _NOT_UTF8.match(message) else message)
                        for status, message in problems]
            if row["encoding"] not in _CONVERTED:
                problems.append(("added", f"saved in the folder as UTF-8 (the file is {row['encoding'].upper()}; "
                                          "it is left as it was)"))
            converted = row["encoding"]

    line = target.layout.next_line
    dated = row["published_basis"] in corpus.READ_DATE_BASES
    from_page = row["cleaning"].startswith("main text taken from the HTML page")
    values = {
        "file": name,
        "published": str(row["published"].date()) if dated else "",
        "source": row["source"],
        "title": row["title"],
        "url": row["url"],
        "language": row["language"],
        "notes": f"added from {source.name}"
                 + (f"; converted from {converted} to UTF-8" if converted else "")
                 + ("; date, title, URL and source read from the page: check them" if from_page else ""),
    }
    try:
        _append_rows(target.manifest, target.layout, [values])
    except OSError as err:
        raise corpus.CorpusError(f"{target.manifest}: cannot append the row of {name} "
                                 f"({corpus.os_reason(err)}); {name} is copied: run add again "
                                 "once the manifest can be written, it then gets its row") from err
    target.layout.listed.add(name)
    _pause_for_tests()

    found = [f"published {values['published']} ({row['published_basis']})"] if dated else []
    found += [f"{k} {values[k]!r}" for k in ("title", "source") if values[k]]
    found += [how] if how else []
    found += [m for status, m in problems if status == "added"]
    log.entries.append(AddEntry(shown, name, "added", "; ".join(found) or "nothing read from it",
                                line))
    for status, message in problems:
        if status != "added":
            log.entries.append(AddEntry(shown, name, "warning", message, line))
    if not values["published"]:
        unread = any(m.startswith(("header date", "header line date")) for _, m in problems)
        log.entries.append(AddEntry(shown, name, "warning", (
            "the header date above cannot be used" if unread else "no publication date found")
            + ": fill in 'published' (YYYY-MM-DD)" + (
                f"; the file name holds {row['published'].date()}, used until you do (write it in if that is the "
                "day the article was published)" if row["published_basis"] == "file name" else ""), line))
    if not values["title"]:
        log.entries.append(AddEntry(shown, name, "warning", "no title found: fill in 'title'", line))
    if not values["source"]:  # kept all the same: a fact check's row must trace to where it was published
        log.entries.append(AddEntry(shown, name, "warning", _no_source_message(
            values["url"], "source" in target.layout.header), line))
    lost = [c for c in corpus.MANIFEST_COLUMNS if values[c] and c not in target.layout.header]
    if lost:
        log.entries.append(AddEntry(shown, name, "warning", "not recorded, the manifest has no "
                                    + ", ".join(f"{c!r} column ({values[c]!r})" for c in lost), line))


def _no_source_message(url: str, has_column: bool = True) -> str:
    """What ``add`` says of a row with no ``source``: the row is kept, and a fact check citing its article needs
    the outlet's name; a page's own address, when read, says which site it was."""
    from urllib.parse import urlsplit

    try:
        site = (urlsplit(url).hostname or "") if url else ""
    except ValueError:  # an address that is no URL ("[::1" …): nothing to suggest
        site = ""
    site = site[4:] if site.startswith("www.") else site
    return ("no source found: fill in 'source', the outlet that published it (a fact check must say where each "
            "article came from)" + (f"; its address is on {site}" if site else "")
            + ("" if has_column else "; the manifest has no 'source' column: add one"))


#: The load warning of a text file that is not UTF-8, and what ``add`` says instead once its copy is UTF-8.
_NOT_UTF8 = re.compile(r"not valid UTF-8: decoded as ")
_CONVERTED = {
    "cp1252": "not UTF-8: read as cp1252 (Windows Latin-1) and saved in the folder as UTF-8 (your file is left as "
              "it was); check accented letters and quote marks",
    **{name: f"not UTF-8: read as {name} ({corpus.LEGACY_ENCODINGS[name]}: its letters make Cyrillic words) and "
              "saved in the folder as UTF-8 (your file is left as it was); check the text"
       for name in ("cp1251", "koi8-r", "koi8-u")},
    corpus.MIXED_ENCODING: "not UTF-8 throughout: UTF-8 mixed with cp1252 (Windows Latin-1; text pasted from two "
                           "places?), each read as what it is and saved in the folder as UTF-8 (your file is left "
                           "as it was); check accented letters and quote marks",
}


def _as_utf8(source: Path, row: dict | None) -> bytes | None:
    """The bytes to write for a text file that is not UTF-8 (cp1252, cp1251, KOI8, UTF-16, or UTF-8 with
    stray cp1252 bytes): its text as
    ``corpus.load`` reads it, encoded as UTF-8, so that the copy reads the same everywhere
    and every later load needs no guess. ``None`` for a file copied byte for byte: UTF-8
    (with or without a byte-order mark) and saved pages, whose ``<meta charset>`` says how to
    read them (a page re-encoded would contradict its own declaration in a browser)."""
    if row is None or source.suffix.lower() != ".txt":
        return None
    if row.get("encoding") not in (*corpus.LEGACY_ENCODINGS, "utf-16", corpus.MIXED_ENCODING):
        return None
    return row["raw_text"].encode("utf-8")


def _free_name(name: str, source: Path, target: _Target, data: bytes | None = None) -> str:
    """``name``, or ``stem-2.ext``, ``stem-3.ext`` … when the file or its article id is taken.

    An unlisted file of that name whose bytes are a strict beginning of the
    source's (a copy cut short by an older, non-atomic ``add``) is not in the way:
    it is replaced."""
    path = Path(name)
    candidate, n = name, 1
    while (target.folder / candidate).exists() or Path(candidate).stem.lower() in target.taken:
        if candidate == name and _cut_short(target.folder / candidate, source, target, data):
            return candidate
        n += 1
        candidate = f"{path.stem}-{n}{path.suffix}"
    return candidate


def _copied_from(existing: Path, source: Path, data: bytes | None = None) -> bool:
    """``existing`` is named like ``source`` (or ``stem-N``) and holds the same bytes (``data``,
    the UTF-8 copy of a file that is not UTF-8, when given)."""
    stem, suffix = source.stem, source.suffix
    if not re.fullmatch(re.escape(stem) + r"(?:-\d+)?" + re.escape(suffix), existing.name):
        return False
    try:
        if data is not None:
            return existing.stat().st_size == len(data) and existing.read_bytes() == data
        return (existing.stat().st_size == source.stat().st_size
                and existing.read_bytes() == source.read_bytes())
    except OSError:
        return False


def _cut_short(existing: Path, source: Path, target: _Target, data: bytes | None = None) -> bool:
    if existing.name in target.layout.listed or not existing.is_file() or existing.is_symlink():
        return False
    try:
        size = existing.stat().st_size
        if data is not None and size < len(data) and existing.read_bytes() == data[:size]:
            return True  # (a UTF-8 copy cut short; an older add copied the bytes as they were: below)
        if size >= source.stat().st_size:
            return False
        with existing.open("rb") as have, source.open("rb") as want:
            return have.read() == want.read(size)
    except OSError:
        return False


def _copy_atomically(source: Path, destination: Path, data: bytes | None = None) -> None:
    """Copy to ``.NAME.add-partial`` in the folder, flush it to disk, then rename: the
    file appears under its own name complete, or not at all. ``data`` (a text file's UTF-8
    copy) is written instead of the source's bytes; the source is only ever read. (Not
    ``_atomic.whole_file``: ``copystat`` may make the copy read-only before the rename.)"""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}{corpus.PARTIAL_SUFFIX}")
    try:
        with source.open("rb") as src, partial.open("wb") as out:
            if data is None:
                shutil.copyfileobj(src, out, 1 << 20)
            else:
                out.write(data)
            _pause_for_tests()
            out.flush()
            os.fsync(out.fileno())
        shutil.copystat(source, partial)
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_folder(destination.parent)


def _append_rows(path: Path, layout: _Layout, rows: list[dict]) -> None:
    """Append rows with the csv module, leaving every byte already in the file as it is,
    and flush them to disk before returning."""
    new_file = not path.is_file() or path.stat().st_size == 0
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=layout.newline, delimiter=layout.delimiter)
    if new_file:
        writer.writerow(layout.header)
        layout.next_line = 2
    elif not layout.ends_with_newline:
        buffer.write(layout.newline)
    before = buffer.tell()
    for row in rows:
        writer.writerow([row.get(column, "") for column in layout.header])
    added_lines = buffer.getvalue()[before:].replace("\r\n", "\n").count("\n")  # (a cell may hold a line break)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8", newline="") as out:
        out.write(buffer.getvalue())
        out.flush()
        os.fsync(out.fileno())
    layout.ends_with_newline = True
    layout.next_line += added_lines


#: Test hook: seconds to pause after writing each copy and each manifest row, so that a
#: test can kill ``add`` mid-way (tests/test_bad_input.py). Unset in normal use.
_PAUSE_VARIABLE = "SAIDVSDONE_ADD_PAUSE"


def _pause_for_tests() -> None:
    pause = os.environ.get(_PAUSE_VARIABLE)
    if pause:
        time.sleep(float(pause))
