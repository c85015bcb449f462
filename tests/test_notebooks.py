"""The notebooks as stored: nbval re-runs them in `make test`; this checks what nbval cannot."""

from __future__ import annotations

import configparser
import json
import re
from pathlib import Path

import pytest
from nbval.plugin import get_sanitize_patterns

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SANITIZE = ROOT / "tests" / "nbval_sanitize.cfg"
EXPECTED = ["00-start-here", "01-quotes", "02-battlefield-facts", "03-territory", "04-going-to-plan",
            "10-classroom-going-to-plan"]


def test_every_sanitize_rule_is_read_by_nbval():
    text = SANITIZE.read_text()
    sections = configparser.ConfigParser()
    sections.read_string(text)
    assert sections.sections(), "no rules"
    for name in sections.sections():
        assert set(sections[name]) == {"regex", "replace"}, name
        re.compile(sections[name]["regex"])
    assert len(get_sanitize_patterns(text)) == len(sections.sections())


def test_sanitizers_do_what_they_say():
    rules = get_sanitize_patterns(SANITIZE.read_text())

    def clean(s):
        for regex, replace in rules:
            s = re.sub(regex, replace, s)
        return s

    assert clean("<Figure size 1200x764.299 with 2 Axes>") == clean("<Figure size 1200x650 with 2 Axes>")
    assert clean("<matplotlib.lines.Line2D object at 0x7f3a2b>") == clean("<matplotlib.lines.Line2D object at 0x1>")


def test_the_numbered_notebooks_exist():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_outputs_come_from_one_clean_run(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]
    counts = [c["execution_count"] for c in code]
    assert counts == list(range(1, len(code) + 1)), "run top to bottom in a fresh kernel: make notebooks"
    machine_paths = re.compile(re.escape(str(ROOT)) + r"|/home/|/root/|site-packages|\.venv/")
    for cell in code:
        assert "execution" not in cell.get("metadata", {}), "timing metadata stored"
        for output in cell["outputs"]:
            assert output["output_type"] != "error"
            assert output.get("name") != "stderr", f"stderr output (a warning?): {output.get('text')}"
            assert not machine_paths.search(json.dumps(output)), "a machine path in a stored output"
            assert not re.search(r"at 0x[0-9a-f]{6,}", json.dumps(output)), "a memory address in an output"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_notebook_opens_with_narrative_then_the_one_setup_call(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert cells[0]["cell_type"] == "markdown" and "".join(cells[0]["source"]).startswith("# ")
    first_code = next(c for c in cells if c["cell_type"] == "code")
    assert "notebook.setup()" in "".join(first_code["source"])
    source = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert "now()" not in source and "today()" not in source


def test_the_classroom_notebook_is_a_slideshow():
    path = ROOT / "notebooks" / "10-classroom-going-to-plan.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    kinds = [c.get("metadata", {}).get("slideshow", {}).get("slide_type") for c in cells]
    assert kinds[0] == "slide" and kinds.count("slide") >= 6
    text = "".join("".join(c["source"]) for c in cells).lower()
    for heading in ("learning aims", "discussion", "exercise"):
        assert heading in text
