"""The Makefile explains itself: a too-old Python is named, a stale .venv is rebuilt, distclean removes it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def _make(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=60)


def test_a_python_older_than_3_11_gets_a_clear_message(tmp_path):
    fake = tmp_path / "python3.10"
    fake.write_text('#!/bin/sh\ncase "$*" in *print*) echo "Python 3.10.13";; *) exit 1;; esac\n')
    fake.chmod(0o755)
    run = _make("check-python", f"PYTHON={fake}")
    assert run.returncode != 0
    assert "needs Python 3.11 or newer" in run.stderr and "Python 3.10.13" in run.stderr
    assert "make PYTHON=python3.11" in run.stderr
    missing = _make("check-python", "PYTHON=/nonexistent/python")
    assert missing.returncode != 0 and "not a working Python" in missing.stderr


def test_a_venv_built_by_another_python_is_rebuilt_and_distclean_removes_it(tmp_path):
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    # the same Makefile, with the package installs replaced by a marker, in a scratch project
    (tmp_path / "Makefile").write_text(makefile.replace("\t$(PIP) install", "\t@echo installed ||"))
    for name in ("requirements.txt", "constraints.txt", "pyproject.toml"):
        (tmp_path / name).write_text("")
    (tmp_path / "jupyter").mkdir()
    (tmp_path / "jupyter" / "overrides.json").write_text("{}")
    venv_bin = tmp_path / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    stale = venv_bin / "python"
    stale.write_text('#!/bin/sh\necho 3.9\n')  # an interpreter of another version
    stale.chmod(0o755)
    run = _make("setup", "PYTHON=python3", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "was built with Python 3.9" in run.stdout and "building it again" in run.stdout
    assert (tmp_path / ".venv" / "pyvenv.cfg").is_file()  # a real venv now
    assert (tmp_path / ".venv" / "share" / "jupyter" / "lab" / "settings" / "overrides.json").is_file()
    run = _make("distclean", cwd=tmp_path)
    assert run.returncode == 0 and not (tmp_path / ".venv").exists()
