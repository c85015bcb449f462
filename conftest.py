"""pytest's hooks for the whole repository (``--doctest-modules`` collects ``lib/saidvsdone`` too, pyproject.toml).

A docstring example that says it needs the Dask part (``pip install '.[dask]'``, as :func:`saidvsdone.scale.run`'s
does) is skipped when Dask is not installed, as the tests that need it are (``pytest.importorskip("dask")``), instead of
failing on the missing import (rv25b)."""

from __future__ import annotations

import importlib.util

import pytest

#: the words by which a docstring example says it needs the Dask part
NEEDS_DASK = "pip install '.[dask]'"


def pytest_collection_modifyitems(config, items):
    if importlib.util.find_spec("dask") is not None:
        return
    for item in items:
        dtest = getattr(item, "dtest", None)  # (a doctest item: its docstring)
        if dtest is not None and NEEDS_DASK in (dtest.docstring or ""):
            item.add_marker(pytest.mark.skip(reason="needs the Dask part: " + NEEDS_DASK))
