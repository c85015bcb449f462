"""Where the bundled data lives, independent of the caller's working directory."""

from __future__ import annotations

import os
from pathlib import Path

#: The repository root: ``lib/saidvsdone/_paths.py`` → ``../../``.
REPO_ROOT = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """The ``data/`` folder (override with the ``SAIDVSDONE_DATA`` environment variable)."""
    override = os.environ.get("SAIDVSDONE_DATA")
    return Path(override) if override else REPO_ROOT / "data"


def data_file(*parts: str) -> Path:
    """A file inside ``data/``, e.g. ``data_file("speakers.csv")``."""
    return data_dir().joinpath(*parts)
