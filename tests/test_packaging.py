"""Packaging: the pip pins and the conda environment agree, and `pip install .` works.

The second half builds the sdist and the wheel offline, installs the wheel into a
throwaway venv and runs the pipeline there, outside the repository (~10 s).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from saidvsdone import _paths

ROOT = Path(__file__).resolve().parents[1]


def _canonical(name: str) -> str:
    """``Foo_Bar[extra]`` → ``foo-bar``: extras install more of the same package."""
    return re.sub(r"[-_.]+", "-", re.sub(r"\[.*\]", "", name)).lower()


def _pip_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            pins[_canonical(name)] = version
    return pins


def _conda_pins() -> dict[str, str]:
    pins, in_deps = {}, False
    for line in (ROOT / "environment.yml").read_text().splitlines():
        if line.startswith("dependencies:"):
            in_deps = True
            continue
        match = re.fullmatch(r"  - ([A-Za-z0-9_.-]+)\s*=?=\s*([^\s#]+)\s*(#.*)?", line)
        if in_deps and match and match.group(1) != "python":
            pins[_canonical(match.group(1))] = match.group(2)
    return pins


def test_requirements_and_environment_yml_agree():
    pip, conda = _pip_pins(), _conda_pins()
    assert pip, "requirements.txt lists no pins"
    assert pip == conda


def test_every_requirement_is_pinned_in_the_constraints_file():
    constraints = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            constraints[_canonical(name)] = version.strip()
    for name, version in _pip_pins().items():
        assert constraints.get(name) == version, name


def test_ci_runs_exactly_the_readme_test_command():
    run = (ROOT / ".ci" / "run").read_text()
    assert "make test" in run
    assert "make test" in (ROOT / "README.md").read_text()


# --- the built package ------------------------------------------------------------------
# `pip install .` must give a working library outside the repository: the sdist carries
# data/, the wheel built from it ships data/ as saidvsdone/data/, and the installed package
# reads it from there. Built offline (setuptools is pinned in requirements.txt), installed
# with --no-deps into a throwaway venv that borrows the project's installed dependencies.

# Run once in the checkout and once in the installed package; the two must agree.
SUMMARY = r'''
def summary():
    import pandas as pd
    import saidvsdone
    from saidvsdone import _paths, charts, claims, corpus, facts, quotes, territory

    articles = corpus.load()  # the bundled seed corpus
    page = corpus.from_html(_paths.data_file("examples", "saved-page.html").read_text(encoding="utf-8"))
    both = pd.concat([articles, page], ignore_index=True)
    found_quotes = quotes.extract(both)
    found_claims = claims.find(both, found_quotes)
    found_facts = facts.extract(both)
    series = territory.load()
    on_page = found_quotes["article_id"] == page.loc[0, "article_id"]
    return {
        "module": saidvsdone.__file__, "data": str(_paths.data_dir()), "in_checkout": _paths.IN_CHECKOUT,
        "style": charts.STYLE_PATH.is_file(),
        "articles": len(articles), "page_title": page.loc[0, "title"], "quotes": len(found_quotes),
        "claims": len(found_claims), "facts": len(found_facts),
        "page_quotes": found_quotes.loc[on_page, "text"].tolist(),
        "speakers": sorted(set(found_quotes["speaker"]) - {""}),
        "territory_rows": len(series), "territory_sources": sorted(series["source"].unique()),
    }
'''
PORTABLE = ("module", "data", "in_checkout")  # where things are: differs by design


def _run(cmd, cwd, env=None):
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{' '.join(map(str, cmd))[:160]} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def _data_files() -> set[str]:
    """Every file under the repository's data/, as a path relative to it."""
    skip = {"__pycache__", ".DS_Store"}
    return {p.relative_to(ROOT / "data").as_posix() for p in (ROOT / "data").rglob("*")
            if p.is_file() and not skip & set(p.parts) and not p.name.startswith(".")}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A copy of the checkout → sdist → wheel built from the unpacked sdist (as `python -m build`)."""
    tmp = tmp_path_factory.mktemp("packaging")
    src = tmp / "src"  # what a clean clone holds for the build, without build/ or egg-info leftovers
    src.mkdir()
    junk = shutil.ignore_patterns("__pycache__", "*.py[cod]", "*.egg-info")
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for name in ("lib", "data"):
        shutil.copytree(ROOT / name, src / name, ignore=junk)
    dist = tmp / "dist"
    dist.mkdir()
    sdist_name = _run([sys.executable, "-c", "import sys; from setuptools import build_meta as b; "
                       "print(b.build_sdist(sys.argv[1]))", str(dist)], cwd=src).strip().splitlines()[-1]
    sdist = dist / sdist_name
    with tarfile.open(sdist) as archive:
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}  # Python >= 3.11.4
        archive.extractall(tmp / "unpacked", **safe)
    (unpacked,) = (tmp / "unpacked").iterdir()
    _run([sys.executable, "-m", "pip", "--disable-pip-version-check", "wheel", "--no-deps",
          "--no-build-isolation", "--no-index", "--wheel-dir", str(dist), str(unpacked)], cwd=tmp)
    (wheel,) = dist.glob("*.whl")
    return {"tmp": tmp, "sdist": sdist, "wheel": wheel}


@pytest.fixture(scope="module")
def installed(built):
    """The wheel in a fresh venv, run from a folder outside the repository: its summary."""
    tmp = built["tmp"]
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = _run([str(python), "-I", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                cwd=tmp).strip()
    # The project's dependencies (and pip) without their .pth files: the checkout's editable
    # install is a .pth, so it stays out and `import saidvsdone` can only find the wheel.
    # (`venv --system-site-packages` would give the base interpreter's packages, not .venv's.)
    (Path(site) / "_project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run([str(python), "-I", "-m", "pip", "--disable-pip-version-check", "install", "--no-deps",
          "--no-index", "--ignore-installed", str(built["wheel"])], cwd=tmp)
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("SAIDVSDONE_DATA", "PYTHONPATH", "PYTHONHOME")}
    env["SAIDVSDONE_PROGRESS"] = "0"
    out = _run([str(python), "-I", "-c", SUMMARY + "\nimport json\nprint(json.dumps(summary()))"],
               cwd=elsewhere, env=env)
    return {"venv": venv, "site": Path(site), "summary": json.loads(out.strip().splitlines()[-1])}


def test_sdist_carries_data_and_the_build_hook(built):
    with tarfile.open(built["sdist"]) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"setup.py", "MANIFEST.in", "pyproject.toml", "lib/saidvsdone/saidvsdone.mplstyle"} <= names
    assert {f"data/{name}" for name in _data_files()} <= names


def test_wheel_ships_every_data_file_and_the_style(built):
    with zipfile.ZipFile(built["wheel"]) as archive:
        names = set(archive.namelist())
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    shipped = {n.removeprefix("saidvsdone/data/") for n in names if n.startswith("saidvsdone/data/")}
    assert shipped == _data_files()
    assert "saidvsdone/saidvsdone.mplstyle" in names
    assert not any(n.startswith(("data/", "lib/", "tests/", "notebooks/")) for n in names)
    required = {line.split(":", 1)[1].strip().split(">")[0].split(" ")[0].lower()
                for line in metadata.splitlines() if line.startswith("Requires-Dist:")}
    assert {"trafilatura", "htmldate", "lxml_html_clean", "pandas"} <= required


def test_installed_package_reads_its_own_data_outside_the_repository(installed):
    found = installed["summary"]
    site = installed["site"].resolve()
    assert Path(found["module"]).resolve().is_relative_to(site)
    assert Path(found["data"]).resolve() == site / "saidvsdone" / "data"
    assert not found["in_checkout"] and found["style"]
    assert found["articles"] == len([p for p in (ROOT / "data" / "articles").iterdir() if p.is_file()])
    assert found["quotes"] > 0 and found["claims"] > 0 and found["facts"] > 0
    assert any("coming to an end" in text for text in found["page_quotes"])  # the saved page's quote
    assert "Vladimir Putin" in found["speakers"]
    assert found["territory_rows"] > 0 and found["territory_sources"]


def test_installed_package_gives_the_checkouts_results(installed, monkeypatch):
    monkeypatch.delenv("SAIDVSDONE_DATA", raising=False)
    namespace: dict = {}
    exec(SUMMARY, namespace)
    here, there = namespace["summary"](), installed["summary"]
    assert here["in_checkout"] and Path(here["data"]) == ROOT / "data"
    assert {k: v for k, v in there.items() if k not in PORTABLE} == \
        {k: v for k, v in here.items() if k not in PORTABLE}


# --- where data_dir() looks ---------------------------------------------------------------

def test_data_dir_prefers_the_environment_then_the_checkout(monkeypatch, tmp_path):
    monkeypatch.setenv("SAIDVSDONE_DATA", str(tmp_path))
    assert _paths.data_dir() == tmp_path and _paths.data_file("x.csv") == tmp_path / "x.csv"
    monkeypatch.delenv("SAIDVSDONE_DATA")
    assert _paths.IN_CHECKOUT and _paths.data_dir() == ROOT / "data" == _paths.REPO_ROOT / "data"


def test_data_dir_outside_a_checkout_uses_the_packaged_copy_or_says_what_to_do(monkeypatch, tmp_path):
    monkeypatch.delenv("SAIDVSDONE_DATA", raising=False)
    monkeypatch.setattr(_paths, "IN_CHECKOUT", False)
    monkeypatch.setattr(_paths, "PACKAGED_DATA", tmp_path)
    assert _paths.data_dir() == tmp_path
    monkeypatch.setattr(_paths, "PACKAGED_DATA", tmp_path / "missing")
    with pytest.raises(_paths.DataNotFoundError, match="SAIDVSDONE_DATA"):
        _paths.data_file("speakers.csv")
