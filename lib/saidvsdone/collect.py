"""Build your own corpus over weeks: copy article files in, append their manifest rows.

``add(paths)`` (and ``python -m saidvsdone add PATH...``) copies ``.txt``,
``.html`` and ``.htm`` files into the articles folder, keeping each file name,
and appends one manifest row per file with what it could read from it: for a
saved page its date, title, URL and site name; for a text file a header date
line (``date 2022-09-17``) and a first-line headline. It then tells you what
is still missing (no date, no title), naming the file and its manifest line.

An article whose cleaned text is already in the folder, under whatever file
name, is skipped, not duplicated. A new file whose name is taken gets a
numeric suffix (``story-2.html``). Existing manifest rows are never rewritten:
new rows are appended, in the manifest's own column order and line endings.

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
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from saidvsdone import corpus
from saidvsdone._paths import data_file

__all__ = ["add", "AddReport", "AddEntry"]


@dataclass
class AddEntry:
    """What ``add`` did with one file it was given.

    ``source`` is the file as given; ``file`` where it went, relative to the
    articles folder ("" when it was not copied); ``status`` is ``added``,
    ``warning`` (added, but fill something in or look at it) or ``skipped``;
    ``manifest_line`` the line of its new manifest row (header = line 1).
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
        n = len(self.added)
        lines = [f"Added {n} article(s) to {self.folder} (manifest {self.manifest})"]
        for e in self.entries:
            where = e.source if e.file in ("", e.source) else f"{e.source} → {e.file}"
            if e.manifest_line:
                where += f" (manifest line {e.manifest_line})"
            lines.append(f"  {e.status.upper():8} {where}: {e.message}")
        missing = [e for e in self.entries if e.status == "warning" and "found: fill in" in e.message]
        if missing:
            lines.append(f"Fill in the {len(missing)} missing value(s) above in {self.manifest}.")
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
            ``file`` column (nothing is copied then).

    Example:
        >>> import shutil, tempfile
        >>> from pathlib import Path
        >>> tmp = Path(tempfile.mkdtemp())
        >>> _ = (tmp / "note.txt").write_text("date 2022-10-14 Putin said: “This work is coming to an end.”")
        >>> report = add([tmp / "note.txt"], folder=tmp / "articles")
        >>> [(e.file, e.status, e.message) for e in report.entries]
        [('note.txt', 'added', 'published 2022-10-14 (header line)'), ('note.txt', 'warning', "no title found: fill in 'title'")]
        >>> (tmp / "articles" / "articles.csv").read_text(encoding="utf-8").splitlines()
        ['file,published,source,title,url,language,notes', 'note.txt,2022-10-14,,,,,added from note.txt']
        >>> shutil.rmtree(tmp)
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if folder is None:  # never the bundled corpus by default: the notebooks and tests describe it
        raise ValueError("add needs folder=: the folder of your articles, e.g. folder='my/articles' "
                         "(the bundled corpus is data/articles in the repository: add to it only on purpose)")
    folder = Path(folder)
    manifest_path = _manifest_path(folder, manifest)
    layout = _read_manifest_layout(manifest_path)
    log = AddReport(folder=str(folder.resolve()), manifest=str(manifest_path.resolve()))
    target = _Target(folder, layout, *_existing(folder, manifest_path, max_bytes), max_bytes)
    for source, shown in _candidates(paths, log):
        _add_one(source, shown, target, log)
    if target.new_rows:
        _append_rows(manifest_path, layout, target.new_rows)
    return log


# --- the folder and its manifest -------------------------------------------------------

@dataclass
class _Layout:
    header: list[str]
    listed: set[str]
    n_records: int
    newline: str = "\n"
    ends_with_newline: bool = True


@dataclass
class _Target:
    folder: Path
    layout: _Layout
    texts: dict[str, list[str]]  # cleaned text → the files in the folder that hold it
    taken: set[str]  # article ids (file stems, lower case) already in the folder
    max_bytes: int
    new_rows: list[dict] = field(default_factory=list)


def _manifest_path(folder: Path, manifest) -> Path:
    if manifest is not None:
        return Path(manifest)
    for candidate in (folder / "articles.csv", folder.parent / "articles.csv"):
        if candidate.is_file():
            return candidate
    return folder / "articles.csv"


def _read_manifest_layout(path: Path) -> _Layout:
    if not path.is_file() or path.stat().st_size == 0:
        return _Layout(list(corpus.MANIFEST_COLUMNS), set(), 0)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise corpus.CorpusError(f"{path}: cannot read the manifest as UTF-8: {err}") from err
    # blank lines are not rows, as for corpus.load (pandas), so line numbers agree
    records = [r for r in csv.reader(io.StringIO(text, newline="")) if r]
    header = [c.strip().lower() for c in records[0]] if records else []
    if "file" not in header:
        raise corpus.CorpusError(f"{path}, line 1: the manifest has no 'file' column "
                                 f"(columns: {', '.join(header) or 'none'})")
    column = header.index("file")
    listed = {r[column].strip().replace("\\", "/") for r in records[1:] if len(r) > column}
    return _Layout(header, listed, len(records) - 1, "\r\n" if b"\r\n" in data else "\n",
                   data.endswith((b"\n", b"\r")))


def _existing(folder: Path, manifest_path: Path, max_bytes: int) -> tuple[dict, set[str]]:
    if not folder.is_dir():
        return {}, set()
    loaded = corpus.load(folder, manifest_path if manifest_path.is_file() else False,
                         max_bytes=max_bytes)
    texts: dict[str, list[str]] = {}
    for text, file in zip(loaded["text"], loaded["file"]):
        if text:
            texts.setdefault(text, []).append(file)
    taken = {p.stem.lower() for p in folder.rglob("*")
             if p.is_file() and p.suffix.lower() in corpus.ARTICLE_SUFFIXES}
    return texts, taken


def _candidates(paths, log: AddReport):
    """(path, name to show) of every article file given, folders opened."""
    reads = f"reads {', '.join(corpus.ARTICLE_SUFFIXES)}"
    for given in paths:
        given = Path(given)
        if given.is_dir():
            for path in sorted(p for p in given.rglob("*") if p.is_file()):
                shown = (Path(given.name) / path.relative_to(given)).as_posix()
                if path.suffix.lower() in corpus.ARTICLE_SUFFIXES:
                    yield path, shown
                elif not path.name.startswith("."):
                    log.entries.append(AddEntry(shown, "", "skipped", f"not an article file ({reads})"))
        elif given.is_file():
            if given.suffix.lower() in corpus.ARTICLE_SUFFIXES:
                yield given, str(given)
            else:
                log.entries.append(AddEntry(str(given), "", "skipped", f"not an article file ({reads})"))
        else:
            log.entries.append(AddEntry(str(given), "", "skipped", "no such file or folder"))


# --- one file --------------------------------------------------------------------------

def _add_one(source: Path, shown: str, target: _Target, log: AddReport) -> None:
    read = corpus.LoadReport()
    row = corpus._load_file(source, source.name, {}, None, read, target.max_bytes)
    problems = [(status, message) for _, _, status, message in read.entries
                if status in ("skipped", "warning") and not message.startswith("no publication date")]
    if row is None:
        reason = "; ".join(m for s, m in problems if s == "skipped") or "could not be read"
        log.entries.append(AddEntry(shown, "", "skipped", f"{reason}; not copied"))
        return
    same = target.texts.get(row["text"], []) if row["text"] else []
    itself = [f for f in same if (target.folder / f).resolve() == source.resolve()]
    if same and not (itself and itself[0] not in target.layout.listed):
        log.entries.append(AddEntry(shown, "", "skipped", f"same text as {same[0]}, "
                                    "already in the folder: not added again"))
        return
    if itself:
        # a file saved into the folder by hand, not yet in the manifest: give it its row
        name, how = itself[0], "already in the folder; manifest row added"
    else:
        name = _free_name(source.name, target)
        target.folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target.folder / name)
        target.taken.add(Path(name).stem.lower())
        target.texts.setdefault(row["text"], []).append(name)
        how = "" if name == source.name else (f"renamed: a different {source.name} or another "
                                               f"article with the id {source.stem!r} is in the folder")
    target.layout.listed.add(name)

    line = target.layout.n_records + len(target.new_rows) + 2
    dated = row["published_basis"] in ("page metadata", "header line")
    from_page = row["cleaning"].startswith("main text taken from the HTML page")
    values = {
        "file": name,
        "published": str(row["published"].date()) if dated else "",
        "source": row["source"],
        "title": row["title"],
        "url": row["url"],
        "language": row["language"],
        "notes": f"added from {source.name}"
                 + ("; date, title, URL and source read from the page: check them" if from_page else ""),
    }
    target.new_rows.append(values)

    found = [f"published {values['published']} ({row['published_basis']})"] if dated else []
    found += [f"{k} {values[k]!r}" for k in ("title", "source") if values[k]]
    found += [how] if how else []
    log.entries.append(AddEntry(shown, name, "added", "; ".join(found) or "nothing read from it",
                                line))
    for _, message in problems:
        log.entries.append(AddEntry(shown, name, "warning", message, line))
    if not values["published"]:
        log.entries.append(AddEntry(shown, name, "warning", "no publication date found: fill in "
                                    "'published' (YYYY-MM-DD)", line))
    if not values["title"]:
        log.entries.append(AddEntry(shown, name, "warning", "no title found: fill in 'title'", line))
    lost = [c for c in corpus.MANIFEST_COLUMNS if values[c] and c not in target.layout.header]
    if lost:
        log.entries.append(AddEntry(shown, name, "warning", "not recorded, the manifest has no "
                                    + ", ".join(f"{c!r} column ({values[c]!r})" for c in lost), line))


def _free_name(name: str, target: _Target) -> str:
    """``name``, or ``stem-2.ext``, ``stem-3.ext`` … when the file or its article id is taken."""
    path = Path(name)
    candidate, n = name, 1
    while (target.folder / candidate).exists() or Path(candidate).stem.lower() in target.taken:
        n += 1
        candidate = f"{path.stem}-{n}{path.suffix}"
    return candidate


def _append_rows(path: Path, layout: _Layout, rows: list[dict]) -> None:
    """Append rows with the csv module, leaving every byte already in the file as it is."""
    new_file = not path.is_file() or path.stat().st_size == 0
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator=layout.newline)
    if new_file:
        writer.writerow(layout.header)
    elif not layout.ends_with_newline:
        buffer.write(layout.newline)
    for row in rows:
        writer.writerow([row.get(column, "") for column in layout.header])
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8", newline="") as out:
        out.write(buffer.getvalue())
