"""Run the notebooks in fresh kernels (``make notebooks``, ``make report``).

Each notebook runs top to bottom in a new kernel with ``notebooks/`` as its working
directory. ``make notebooks`` stores the outputs back without timing metadata, so
nbval can check them; ``make report`` leaves the notebooks alone and writes HTML,
tables and figures under ``build/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

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


def store(paths: list[Path]) -> None:
    """Execute and write the outputs back (what ``make notebooks`` does)."""
    for path in paths:
        print(f"running {path.relative_to(REPO_ROOT)}")
        nbformat.write(execute(path), path)


def report(paths: list[Path], out: Path) -> None:
    """Execute each notebook with exports on, and write its HTML to ``out/notebooks/``."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    (out / "notebooks").mkdir(parents=True, exist_ok=True)
    for path in paths:
        notebook = execute(path, export=out)
        body, _ = exporter.from_notebook_node(notebook)
        target = out / "notebooks" / f"{path.stem}.html"
        target.write_text(body, encoding="utf-8")
        print(f"  {path.relative_to(REPO_ROOT)} → {target.relative_to(REPO_ROOT) if target.is_relative_to(REPO_ROOT) else target}")
