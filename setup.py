"""Build hook: ship the repository's ``data/`` inside the package.

``data/`` stays at the top of the repository, where journalists edit it and the README
points. A built wheel (``pip install .``) carries a copy of it as ``saidvsdone/data/``,
which ``saidvsdone._paths.data_dir()`` reads when the library runs outside a checkout.
An editable install (``make setup``) copies nothing: it reads ``data/`` in place.
Everything else about the package is in ``pyproject.toml``; ``MANIFEST.in`` puts
``data/`` in the sdist so a wheel built from it gets the same files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import setuptools
from setuptools import setup
from setuptools.command.build_py import build_py

# pyproject.toml's `license = "MIT"` (PEP 639) needs setuptools 77; an older one (pip's
# --no-build-isolation uses the environment's own) stops with a page of schema text about
# `project.license` that never names the fix. Say it in one line instead.
_HAVE = tuple(int(part) for part in setuptools.__version__.split(".")[:1] if part.isdigit())
if _HAVE and _HAVE < (77,):
    raise SystemExit(f"saidvsdone needs setuptools 77 or newer to build; this environment has "
                     f"{setuptools.__version__}. Run `python -m pip install --upgrade 'setuptools>=77'` in it "
                     "(offline: from a setuptools wheel you copied in, `pip install setuptools-*.whl`), "
                     "then `pip install --no-build-isolation .` again; or drop --no-build-isolation "
                     "and pip fetches it.")

DATA = Path(__file__).resolve().parent / "data"
PACKAGE = "saidvsdone"
SKIP = shutil.ignore_patterns(".*", "__pycache__", "*.py[cod]")


class build_py_with_data(build_py):
    """``build_py``, then a fresh copy of ``data/`` into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the repository's data/ directly
        if not DATA.is_dir():
            raise SystemExit(f"{DATA}: no data folder to ship with the package")
        target = Path(self.build_lib) / PACKAGE / "data"
        shutil.rmtree(target, ignore_errors=True)  # no stale files from an earlier build
        shutil.copytree(DATA, target, ignore=SKIP)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        target = Path(self.build_lib) / PACKAGE / "data"
        if getattr(self, "editable_mode", False) or not target.is_dir():
            return outputs
        return outputs + [str(p) for p in sorted(target.rglob("*")) if p.is_file()]


# setuptools builds in the source tree (pip builds in-tree); its default build/ is where `make report`
# writes the tables and figures, so a `pip install .` left build/lib/ and build/bdist.*/ among them, and
# a stale build/lib/ could ship files since deleted from lib/. Build in .build/ instead.
setup(cmdclass={"build_py": build_py_with_data}, options={"build": {"build_base": ".build"}})
