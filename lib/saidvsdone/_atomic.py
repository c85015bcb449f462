"""Write a file whole or not at all: what ``report``, ``notebook.export``, ``charts.save`` and the
notebook commands write.

Each file is written to a temporary name beside it (``.NAME.partial``: hidden, in the same folder, so
the rename cannot cross file systems), flushed to disk, then renamed onto ``NAME`` in one step. A reader
(a spreadsheet open on the table, a browser on the page) sees the earlier file or the new one, never
the half of one; a run that is interrupted or fails leaves the earlier file as it was, and at most the
temporary file, which the next write of that file replaces. ``scale`` writes its parquet parts this
way; ``collect.add`` has its own way (its copies' names end in ``corpus.PARTIAL_SUFFIX``, which the
next ``add`` removes and reports; it copies the source's permissions before the rename) and shares
:func:`fsync_folder`.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> with whole_file(folder / "table.csv") as partial:
    ...     _ = partial.write_text("a,b\\n1,2\\n", encoding="utf-8")
    >>> sorted(p.name for p in folder.iterdir())
    ['table.csv']
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

#: The end of a file's temporary name while it is being written (``.quotes.csv.partial``).
WRITING_SUFFIX = ".partial"


def partial_name(path: Path) -> Path:
    """Where ``path`` is written before it is renamed into place: ``.NAME.partial`` beside it."""
    return path.with_name(f".{path.name}{WRITING_SUFFIX}")


@contextmanager
def whole_file(path: str | Path):
    """Yield the temporary path to write ``path``'s content to; on leaving the block without an error,
    flush it to disk, rename it onto ``path`` and make the rename durable; on an error (or an interrupt), remove it and leave ``path`` as it was. The folder must exist."""
    path = Path(path)
    partial = partial_name(path)
    try:
        yield partial
        with partial.open("rb+") as handle:  # what was written reaches the disk before the rename
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException as err:
        partial.unlink(missing_ok=True)
        if isinstance(err, OSError) and err.filename is None:  # (a full disk on fsync names no file): name it
            err.filename = str(path)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def check_writable(folder: str | Path, what: str, nothing: str, suffix: str = WRITING_SUFFIX) -> None:
    """Make ``folder`` and write (then remove) a probe file in it, before any work starts; when that fails,
    raise one ``corpus.CorpusError``: ``FOLDER: cannot write to WHAT (REASON): NOTHING``. The probe's name
    ends in ``suffix`` (what an interrupted run's leftovers end in, which the next run removes).

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp()) / "new"
        >>> check_writable(folder, "the report folder", "nothing written")
        >>> [p.name for p in folder.iterdir()]
        []
    """
    from saidvsdone import corpus

    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-check{suffix}"
        probe.open("wb").close()
        probe.unlink()
    except OSError as err:
        raise corpus.CorpusError(f"{folder}: cannot write to {what} ({corpus.os_reason(err)}): {nothing}") from err


def write_text_whole(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """``Path(path).write_text(text, encoding)``, whole or not at all (:func:`whole_file`)."""
    with whole_file(path) as partial:
        partial.write_text(text, encoding=encoding)
