"""One-call set-up for the notebooks, and the exports ``make report`` collects.

Every notebook starts with::

    from saidvsdone import notebook
    AS_OF = notebook.setup()

which fixes display options, applies the chart style and returns the fixed as-of
date of the bundled data (never the clock), so a notebook gives the same output in
a fresh kernel on any machine and any day.

``notebook.export(obj, name)`` writes a table (CSV) or a figure (PNG + SVG) under
``build/`` when ``make report`` runs the notebooks, and does nothing otherwise: the
stored outputs that nbval checks stay identical either way.

Example (in a notebook's first code cell; setup() changes display options globally):
    >>> from saidvsdone import notebook
    >>> str(notebook.AS_OF.date())
    '2026-08-21'
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pandas as pd

__all__ = ["setup", "export", "AS_OF", "EXPORT_ENV"]

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
    pd.set_option("display.max_colwidth", 80)
    pd.set_option("display.width", 160)
    pd.set_option("display.max_rows", 80)
    pd.set_option("display.float_format", _float_format)
    os.environ.setdefault("SAIDVSDONE_PROGRESS", "0")
    warnings.filterwarnings("ignore", category=DeprecationWarning, module="dateparser")
    from saidvsdone import charts

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
    return f"{value:,.1f}"


def export(obj, name: str) -> None:
    """Save a DataFrame as ``tables/<name>.csv``, a Figure as ``figures/<name>.png`` and
    ``.svg``, or a string as the file ``<name>``, under the folder named by
    ``$SAIDVSDONE_EXPORT``; a no-op when it is unset.

    Example:
        >>> import os, tempfile
        >>> folder = tempfile.mkdtemp()
        >>> os.environ[EXPORT_ENV] = folder
        >>> export(pd.DataFrame({"claim": ["going to plan"]}), "claims")
        >>> sorted(p.name for p in (Path(folder) / "tables").iterdir())
        ['claims.csv']
        >>> del os.environ[EXPORT_ENV]
        >>> export(pd.DataFrame(), "ignored")  # no folder set: nothing written
    """
    folder = os.environ.get(EXPORT_ENV)
    if not folder:
        return
    if isinstance(obj, str):  # a text document, e.g. ClaimReview JSON-LD: name carries the extension
        path = Path(folder) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(obj, encoding="utf-8")
        return
    if isinstance(obj, pd.DataFrame):
        path = Path(folder) / "tables" / f"{name}.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        obj.to_csv(path, index=False)
        return
    from saidvsdone import charts

    charts.save(obj, name, folder=Path(folder) / "figures")
