"""Run the notebooks in fresh kernels (``make notebooks``, ``make report``).

Each notebook runs top to bottom in a new kernel with ``notebooks/`` as its working
directory. ``make notebooks`` stores the outputs back without timing metadata, so
nbval can check them; ``make report`` leaves the notebooks alone and writes HTML,
tables and figures under ``build/``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from saidvsdone import _atomic
from saidvsdone._paths import REPO_ROOT
from saidvsdone.notebook import EXPORT_ENV

NOTEBOOKS = REPO_ROOT / "notebooks"


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    return sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith("_"))


def execute(path: Path, export: Path | None = None) -> nbformat.NotebookNode:
    """Run one notebook in a fresh kernel and return it with its new outputs."""
    notebook = nbformat.read(path, as_version=4)
    previous = os.environ.get(EXPORT_ENV)
    if export is not None:
        os.environ[EXPORT_ENV] = str(export)
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    try:
        # the kernel's own log (e.g. ipykernel's note on local TCP sockets) is noise for a reader
        client = NotebookClient(notebook, timeout=600, kernel_name="python3", record_timing=False,
                                extra_arguments=["--IPKernelApp.log_level=ERROR"],
                                resources={"metadata": {"path": str(path.parent)}})
        client.execute()
    finally:
        if previous is None:
            os.environ.pop(EXPORT_ENV, None)
        else:
            os.environ[EXPORT_ENV] = previous
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    notebook.metadata.pop("widgets", None)
    return notebook


def _shown(path: Path) -> str:
    """A path inside the repository relative to it; one from outside it (or an installed package's) as given."""
    return str(path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path)


def store(paths: list[Path]) -> None:
    """Execute and write the outputs back (what ``make notebooks`` does)."""
    for path in paths:
        # (a notebook named from outside the repository, or by an installed package, is shown as given)
        print(f"running {_shown(path)}")
        executed = execute(path)
        with _atomic.whole_file(path) as partial:  # an interrupted run leaves the notebook as it was
            nbformat.write(executed, partial)


TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Cell tags: ``answer-key`` cells are left out of the student's HTML; ``hide-input`` cells show
#: only their output (charts on slides and in the HTML).
#: ``not-in-handout`` cells (the set-up) are in neither hand-out.
ANSWER_KEY_TAG, HIDE_INPUT_TAG, NOT_IN_HANDOUT_TAG = "answer-key", "hide-input", "not-in-handout"
#: Large type for a projector or a printed hand-out (the classroom HTML).
CLASSROOM_CSS = """
:root { --jp-content-font-size1: 24px; --jp-code-font-size: 20px; --jp-ui-font-size1: 18px; }
.jp-RenderedHTMLCommon { font-size: 24px; line-height: 1.5; }
.jp-RenderedHTMLCommon h1 { font-size: 48px; } .jp-RenderedHTMLCommon h2 { font-size: 36px; }
.jp-RenderedHTMLCommon h3 { font-size: 30px; }
.jp-CodeCell .jp-InputArea, .jp-OutputArea-output pre { font-size: 20px; line-height: 1.35; }
.jp-RenderedImage img { max-width: 100%; height: auto; }
.jp-Cell { max-width: 1200px; margin: 0 auto; }
.saidvsdone-teacher-notes { border-left: 6px solid #c0392b; background: #fdf2f0; padding: 0.5em 1em; }
"""


def html_exporter(*, remove_tags=(), hide_input_tags=(HIDE_INPUT_TAG,), css: str = ""):
    """An nbconvert HTML exporter that loads nothing from the network (see templates/offline)."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = set(remove_tags)
    config.TagRemovePreprocessor.remove_input_tags = set(hide_input_tags)
    exporter = HTMLExporter(config=config, template_name="offline",
                            extra_template_basedirs=[str(TEMPLATES)])
    exporter.register_preprocessor("nbconvert.preprocessors.TagRemovePreprocessor", enabled=True)
    exporter.saidvsdone_css = css
    return exporter


def page_title(notebook: nbformat.NotebookNode, fallback: str) -> str:
    """The notebook's first heading (``# Going according to plan?`` → ``Going according to plan?``),
    the HTML page's title (a browser tab or a bookmark read "Notebook" without it); else ``fallback``.

    Example:
        >>> page_title(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("Intro\\n# **The** claim")]), "x")
        'The claim'
    """
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            heading = re.search(r"^#{1,6}\s+(.+?)\s*#*\s*$", cell.source, re.MULTILINE)
            if heading:
                return re.sub(r"[*_`]+", "", heading.group(1)).strip() or fallback
    return fallback


def to_html(notebook: nbformat.NotebookNode, exporter, title: str = "") -> str:
    """The notebook as HTML; ``title`` (else the notebook's first heading) names the page."""
    resources = {"saidvsdone_css": getattr(exporter, "saidvsdone_css", ""),
                 "metadata": {"name": title or page_title(notebook, "Said vs Done")}}
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    return body


def report(paths: list[Path], out: Path) -> None:
    """Execute each notebook with exports on, and write its HTML to ``out/notebooks/``."""
    exporter = html_exporter()
    (out / "notebooks").mkdir(parents=True, exist_ok=True)
    for path in paths:
        notebook = execute(path, export=out)
        target = out / "notebooks" / f"{path.stem}.html"
        _atomic.write_text_whole(target, to_html(notebook, exporter))
        if path.stem.startswith("10-classroom"):  # the hand-outs too: build/classroom/
            for handout in classroom(path, out / "classroom", executed=notebook):
                print(f"  {_shown(path)} → {_shown(handout)}")
        print(f"  {_shown(path)} → {_shown(target)}")


def classroom(path: Path, out: Path, *, run: bool = True,
              executed: nbformat.NotebookNode | None = None) -> list[Path]:
    """The lesson as two HTML files in ``out``: ``<name>-student.html`` without the cells tagged
    ``answer-key``, and ``<name>-teacher.html`` with them (boxed as teacher's notes), in large
    type, offline; cells tagged ``not-in-handout`` (the set-up code) are in neither."""
    if executed is not None:
        notebook = nbformat.from_dict(executed)  # a copy: the cells are changed below
    else:
        notebook = execute(path) if run else nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if ANSWER_KEY_TAG in cell.metadata.get("tags", []) and cell.cell_type == "markdown":
            cell.source = f'<div class="saidvsdone-teacher-notes">\n\n{cell.source}\n\n</div>'
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for who, remove in (("student", {ANSWER_KEY_TAG, NOT_IN_HANDOUT_TAG}), ("teacher", {NOT_IN_HANDOUT_TAG})):
        target = out / f"{path.stem}-{who}.html"
        title = f"{page_title(notebook, path.stem)} ({'student' if who == 'student' else 'teacher'}'s copy)"
        body = to_html(notebook, html_exporter(remove_tags=remove, css=CLASSROOM_CSS), title=title)
        _atomic.write_text_whole(target, body)
        written.append(target)
    return written
