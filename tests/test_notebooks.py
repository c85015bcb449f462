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


def _cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_use_only_the_public_api_and_give_every_figure_alt_text(path):
    cells = _cells(path)
    source = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert not re.search(r"saidvsdone\._|from saidvsdone import _|\b_paths\b", source), "a private import"
    assert "plt.show()" not in source, "show figures with notebook.show(fig, alt=...) so they carry alt text"
    for cell in cells:
        for output in cell.get("outputs", []):
            if "image/png" in output.get("data", {}):
                alt = output.get("metadata", {}).get("image/png", {}).get("alt", "")
                assert len(alt) > 40, f"a figure without alt text in {path.name}"
                assert "".join(output["data"].get("text/plain", "")).strip() == alt.strip()


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if not p.stem.startswith("10-")], ids=lambda p: p.stem)
def test_notebooks_say_findings_first_then_limits_and_further_reading(path):
    cells = _cells(path)
    first = "".join(cells[0]["source"])
    assert "**In short.**" in first and "**Aims" in first, "findings and aims open the notebook"
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    assert "## Limits" in text or "Method and limits" in text
    assert "## Further reading" in text


def test_the_classroom_deck_keeps_the_answer_key_out_of_slides_and_hand_outs():
    path = ROOT / "notebooks" / "10-classroom-going-to-plan.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    key = [c for c in notebook["cells"] if "answer-key" in c["metadata"].get("tags", [])]
    answers = [c for c in key if "answer key" in "".join(c["source"]).lower()]
    assert len(answers) == 1 and answers[0]["metadata"]["slideshow"]["slide_type"] == "notes"
    for cell in notebook["cells"]:
        shows_chart = "notebook.show(" in "".join(cell["source"])
        if shows_chart:
            assert "hide-input" in cell["metadata"].get("tags", [])
            assert cell["metadata"].get("jupyter", {}).get("source_hidden") is True
    # themes that fetch Google web fonts (simple, sky, beige, solarized, league, night, moon, blood) are out
    assert notebook["metadata"]["rise"]["theme"] in ("white", "black", "serif")
    css = (ROOT / "notebooks" / "rise.css").read_text(encoding="utf-8")
    assert "font-size: 30px" in css and "@import" not in css and "url(" not in css


def test_the_student_hand_out_has_no_answer_key_and_loads_nothing_from_the_network(tmp_path):
    from saidvsdone import _notebooks

    student, teacher = _notebooks.classroom(ROOT / "notebooks" / "10-classroom-going-to-plan.ipynb", tmp_path,
                                            run=False)
    student_html, teacher_html = student.read_text(encoding="utf-8"), teacher.read_text(encoding="utf-8")
    assert "answer key" not in student_html.lower() and "answer key" in teacher_html.lower()
    assert "AS_OF = notebook.setup()" not in student_html  # the set-up cell is in neither hand-out
    assert "notebook.show(" not in student_html  # chart inputs hidden
    for page in (student_html, teacher_html):
        assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']https?://", page), "a network load"
        assert "@import" not in page and "fonts.googleapis" not in page
        assert "--jp-content-font-size1: 24px" in page
        images = re.findall(r"<img [^>]*>", page)
        assert images and all(re.search(r'alt="[^"]{40,}"', i) and 'src="data:image/png;base64,' in i
                              for i in images)


def test_jupyterlab_starts_without_the_news_pop_up_and_without_the_jupyterlab_3_mathjax_extension():
    overrides = json.loads((ROOT / "jupyter" / "overrides.json").read_text(encoding="utf-8"))
    notification = overrides["@jupyterlab/apputils-extension:notification"]
    assert notification["fetchNews"] == "false" and notification["checkForUpdates"] is False
    assert "jupyter/overrides.json" in (ROOT / "Makefile").read_text(encoding="utf-8")
    pins = (ROOT / "constraints.txt").read_text(encoding="utf-8").lower()
    assert "jupyterlab-mathjax3" not in pins and "jupyterlab_rise==0.42.0" in pins
