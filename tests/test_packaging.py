"""The pip pins and the conda environment must list the same packages and versions."""

from __future__ import annotations

import re
from pathlib import Path

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
