"""Where the bundled data lives, independent of the caller's working directory.

Three places, first found wins:

1. the folder named by the ``SAIDVSDONE_DATA`` environment variable;
2. the repository's ``data/`` when the library runs from a checkout (``make setup``
   installs it editable), so an edited CSV shows at once;
3. ``saidvsdone/data/``, the copy a built package carries (``pip install .``).
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE_DIR.parents[1]  # lib/saidvsdone/_paths.py → ../../

#: True when this module is ``lib/saidvsdone/_paths.py`` of a repository checkout.
IN_CHECKOUT = (_PACKAGE_DIR.parent.name == "lib" and (_CHECKOUT / "pyproject.toml").is_file()
               and (_CHECKOUT / "data").is_dir())


def _working_dir() -> Path:
    try:
        return Path.cwd()
    except OSError:  # the working directory was removed
        return _PACKAGE_DIR


#: The repository root in a checkout. An installed package has no repository: there it is
#: the working directory at import, where ``build/`` and ``notebooks/`` are then looked for.
REPO_ROOT = _CHECKOUT if IN_CHECKOUT else _working_dir()

#: The copy of ``data/`` inside an installed package.
PACKAGED_DATA = _PACKAGE_DIR / "data"


class DataNotFoundError(FileNotFoundError):
    """No data folder: neither ``SAIDVSDONE_DATA``, a checkout's ``data/`` nor a packaged one."""


def data_dir() -> Path:
    """The ``data/`` folder (override with the ``SAIDVSDONE_DATA`` environment variable).

    Raises:
        DataNotFoundError: no folder found (a package built without its data), or ``SAIDVSDONE_DATA``
            names a folder that does not exist.

    Example:
        >>> data_dir().is_dir()
        True
    """
    override = os.environ.get("SAIDVSDONE_DATA")
    if override:
        if not os.path.isdir(override):  # a typo in the variable: say so, not a missing table's traceback later
            raise DataNotFoundError(
                f"SAIDVSDONE_DATA={override}: no such folder. Point it at a folder laid out like the repository's "
                "data/ (a copy of the whole folder, then edited), or unset it to use the data saidvsdone carries.")
        return Path(override)
    if IN_CHECKOUT:
        return _CHECKOUT / "data"
    if PACKAGED_DATA.is_dir():
        return PACKAGED_DATA
    raise DataNotFoundError(
        f"saidvsdone has no data folder: {PACKAGED_DATA} is missing. Run from a checkout of the "
        "repository, or set SAIDVSDONE_DATA to a folder laid out like the repository's data/.")


def data_file(*parts: str) -> Path:
    """A file inside ``data/``, e.g. ``data_file("speakers.csv")``.

    Example:
        >>> data_file("territory", "territory_facts.csv").name
        'territory_facts.csv'
    """
    return data_dir().joinpath(*parts)


def command(executable: str | None = None, cwd: str | None = None) -> str:
    """How to run the command line in the user's own setup, for the hints it prints.

    The running interpreter's path relative to the working directory when it is
    inside it (``.venv/bin/python`` after ``make setup``, so a copied hint works from
    that shell), else plain ``python`` (a conda environment or a system install,
    where ``python`` on the PATH is the one that runs).

    Example:
        >>> command("/home/me/said/.venv/bin/python", cwd="/home/me/said")
        '.venv/bin/python -m saidvsdone'
        >>> command("/opt/conda/bin/python", cwd="/home/me/said")
        'python -m saidvsdone'
    """
    import sys

    executable = executable or sys.executable
    if not executable:  # (no interpreter path known)
        return "python -m saidvsdone"
    try:  # the folders resolved (/tmp is /private/tmp on macOS), not the file: a venv's python links to the system's
        folder, name = os.path.split(os.path.abspath(executable))
        where = os.path.relpath(os.path.join(os.path.realpath(folder), name), os.path.realpath(cwd or os.getcwd()))
    except (OSError, ValueError):  # no working directory; another drive (Windows)
        where = os.pardir
    if where == os.pardir or where.startswith(os.pardir + os.sep):
        return "python -m saidvsdone"
    import shlex

    where = where if os.sep in where else os.curdir + os.sep + where
    return f"{shlex.quote(where)} -m saidvsdone"
