"""One-call set-up for the notebooks, and the exports ``make report`` collects.

Every notebook starts with::

    from saidvsdone import notebook
    AS_OF = notebook.setup()

which fixes display options, applies the chart style and returns the fixed as-of
date of the bundled data (never the clock), so a notebook gives the same output in
a fresh kernel on any machine and any day.

``notebook.export(obj, name)`` writes a table (CSV, UTF-8 with a BOM) or a figure
(PNG + SVG) under ``build/`` (or the folder ``$SAIDVSDONE_EXPORT`` names), silently
when it succeeds, so the stored outputs that nbval checks stay identical; when it
cannot write, it says why. ``notebook.show(fig, alt)`` shows a figure with alt
text for screen readers.

Example (in a notebook's first code cell; setup() changes display options globally):
    >>> from saidvsdone import notebook
    >>> str(notebook.AS_OF.date())
    '2026-08-21'
"""

from __future__ import annotations

import base64
import os
import warnings
from pathlib import Path

import pandas as pd

#: The widest a notebook's table column is shown (``display.max_colwidth`` in :func:`setup`); the reasons' meanings
#: fit in it (``compare.MEANING_WIDTH``).
COLUMN_WIDTH = 80

__all__ = ["setup", "export", "export_folder", "show", "AS_OF", "EXPORT_ENV"]

#: The last day of the bundled territory series: what "now" means in every notebook.
AS_OF = pd.Timestamp("2026-08-21")
#: ``make report`` sets this to the folder that receives tables and figures.
EXPORT_ENV = "SAIDVSDONE_EXPORT"


def setup() -> pd.Timestamp:
    """Display options, chart style and quiet, deterministic output; returns ``AS_OF``.

    Example (restoring the options afterwards, as a notebook never needs to):
        >>> import matplotlib
        >>> import pandas as pd
        >>> changed = ["display.max_columns", "display.max_colwidth", "display.width",
        ...            "display.max_rows", "display.float_format"]
        >>> with pd.option_context(*[x for o in changed for x in (o, pd.get_option(o))]), matplotlib.rc_context():
        ...     as_of = setup()
        ...     pd.get_option("display.width")
        160
        >>> str(as_of.date())
        '2026-08-21'
    """
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.max_colwidth", COLUMN_WIDTH)
    pd.set_option("display.width", 160)
    pd.set_option("display.max_rows", 80)
    pd.set_option("display.float_format", _float_format)
    os.environ.setdefault("SAIDVSDONE_PROGRESS", "0")
    warnings.filterwarnings("ignore", category=DeprecationWarning, module="dateparser")
    from saidvsdone import charts, corpus

    # the load summary heads the articles' display in these notebooks (corpus.Articles), so it
    # does not go to stderr as well: a stored output holds no warning, whatever the machine
    warnings.simplefilter("ignore", corpus.LoadWarning)

    charts.use_style()
    try:  # inside IPython: PNG figures only (nbval ignores images; no SVG ids in outputs)
        from IPython import get_ipython

        shell = get_ipython()
        if shell is not None:
            from matplotlib_inline.backend_inline import set_matplotlib_formats

            shell.run_line_magic("matplotlib", "inline")
            set_matplotlib_formats("png")
    except ImportError:
        pass
    return AS_OF


def _float_format(value: float) -> str:
    """Floats in every table a notebook prints: one decimal, but never a small share shown as 0.0
    (:func:`saidvsdone.explore.number_text`)."""
    from saidvsdone.explore import number_text

    return number_text(value)


def export(obj, name: str) -> None:
    """Save a DataFrame as ``tables/<name>.csv`` (UTF-8 with a BOM, for spreadsheets), a
    Figure as ``figures/<name>.png`` and ``.svg``, or a string as the file ``<name>``.

    The folder is ``$SAIDVSDONE_EXPORT`` when set (``make report`` sets it to
    ``build/``), else the ``build/`` folder of this checkout. When nothing can be
    written — not a checkout, a read-only folder — a ``UserWarning`` says why and
    where to point ``SAIDVSDONE_EXPORT``; the notebook carries on. It writes with
    ``report.write``, as ``python -m saidvsdone report --folder`` does; a table cut to fit
    a spreadsheet (``report.spreadsheet_cells``) is written with a ``UserWarning`` saying
    what was cut.

    Example:
        >>> import os, tempfile
        >>> folder = tempfile.mkdtemp()
        >>> os.environ[EXPORT_ENV] = folder
        >>> export(pd.DataFrame({"claim": ["going to plan"]}), "claims")
        >>> sorted(p.name for p in (Path(folder) / "tables").iterdir())
        ['claims.csv']
        >>> del os.environ[EXPORT_ENV]
    """
    from saidvsdone import report

    folder = export_folder()
    if folder is None:
        warnings.warn(f"notebook.export: {name!r} not written: this is not a checkout of the "
                      f"repository, so there is no build/ folder; set the environment variable "
                      f"{EXPORT_ENV} to a folder to export to", UserWarning, stacklevel=2)
        return
    cut: list[str] = []
    try:
        report.write(obj, name, folder, notes=cut)
    except OSError as err:
        warnings.warn(f"notebook.export: {name!r} not written to {folder}: {err}; set the "
                      f"environment variable {EXPORT_ENV} to a folder you can write to",
                      UserWarning, stacklevel=2)
    for note in cut:  # a sentence or a cell cut to fit a spreadsheet (report.spreadsheet_cells): say so
        warnings.warn(f"notebook.export: {note}", UserWarning, stacklevel=2)


def export_folder() -> Path | None:
    """Where :func:`export` writes: ``$SAIDVSDONE_EXPORT``, else ``build/`` of this checkout
    (``None`` when the library is installed outside one).

    Example (in a checkout; installed elsewhere, with no ``$SAIDVSDONE_EXPORT``, it is ``None``):
        >>> folder = export_folder()
        >>> folder.name if folder is not None else "build"
        'build'
    """
    folder = os.environ.get(EXPORT_ENV)
    if folder:
        return Path(folder)
    root = Path(__file__).resolve().parents[2]
    if (root / "pyproject.toml").is_file() and (root / "notebooks").is_dir():
        return root / "build"
    return None


def show(fig, alt: str) -> None:
    """Show a matplotlib figure in the notebook with ``alt`` as its text alternative, then close it.

    The alt text travels with the image: as the output's ``text/plain`` (what a
    screen reader or a text-only view gets) and as its ``alt`` metadata, which the
    HTML that ``make report`` writes puts in the ``<img alt="…">``. Outside a
    notebook the figure is only closed. Say what the chart shows and its main
    point, not how it looks.

    Example:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> import matplotlib.pyplot as plt
        >>> fig, ax = plt.subplots()
        >>> show(fig, "A diagonal line.")  # outside a notebook: nothing to show
        >>> plt.fignum_exists(fig.number)
        False
    """
    import matplotlib.pyplot as plt

    if not alt or not alt.strip():
        raise ValueError("show needs alt text: one or two sentences on what the chart shows")
    try:
        from IPython import get_ipython
        from IPython.core.pylabtools import print_figure
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython is pinned with the notebooks
        plt.close(fig)
        return
    if get_ipython() is not None:
        data = base64.b64encode(print_figure(fig, "png", bbox_inches="tight")).decode("ascii")
        display({"image/png": data, "text/plain": alt}, raw=True,
                metadata={"image/png": {"alt": alt}})
    plt.close(fig)
