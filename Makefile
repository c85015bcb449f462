# Said vs Done — every command sets itself up: a local .venv with pinned packages.
#   make report     set up, then run the main job: corpus table, every notebook → HTML,
#                   tables and figures in build/
#   make report FOLDER=my/articles [OUT=build/mine] [MANIFEST=my/articles.csv]
#                   the same tables, figures and ClaimReview for your own folder of articles
#                   (default OUT: build/<folder name>)
#   make test       set up, then run the test suite and re-check every notebook (nbval)
#   make notebooks  re-run every notebook in a fresh kernel and store its outputs
#   make eval       accuracy against the hand-annotated gold (tests/gold/, ../shared/devset when present);
#                   fails when a figure falls below its floor in tests/gold/floors.json (make test checks it too)
#   make bench    speed benchmarks (tests/bench/)
#   make docs     the API reference from the docstrings (pdoc) → build/docs/index.html
#   make classroom  the lesson as HTML: build/classroom/*-student.html (no answer key) and *-teacher.html
#   make territory SNAPSHOTS=folder  extend the DeepState series with new GeoJSON map snapshots
#   make clean    remove build/ and caches;  make distclean  also remove .venv/
#
# Needs Python 3.11 or newer: `make PYTHON=python3.12 setup` picks another interpreter. A .venv
# built by another Python version is removed and rebuilt.
#   make fuzz     the long fuzzing campaign: 10,000 generated inputs per stage (tests/test_fuzz.py;
#                 make test runs the same tests with 40 each); SAIDVSDONE_FUZZ_EXAMPLES=N to change

PYTHON ?= python3
PY_MIN := 3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PIP    := $(BIN)/python -m pip --disable-pip-version-check

NBVAL  := -o addopts="" --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: setup report test eval bench fuzz notebooks constraints docs classroom territory clean distclean check-python

setup: $(STAMP)

# A clear message instead of pip's resolver error when the interpreter is too old or missing.
check-python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "error: Said vs Done needs Python $(PY_MIN) or newer, but '$(PYTHON)' is" \
	    "$$($(PYTHON) -c 'import sys; print("Python", sys.version.split()[0])' 2>/dev/null || echo 'not a working Python')." >&2; \
	  echo "       Install Python $(PY_MIN)+ (python.org, your package manager, or conda) and run" \
	    "e.g.: make PYTHON=python3.11 $(or $(MAKECMDGOALS),setup)" >&2; exit 1; }

$(STAMP): requirements.txt constraints.txt pyproject.toml jupyter/overrides.json | check-python
	@want=$$($(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])'); \
	have=$$($(BIN)/python -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || echo none); \
	if [ -e $(VENV) ] && [ "$$have" != "$$want" ]; then \
	  echo "$(VENV) was built with Python $$have, not $$want ($(PYTHON)): removing it and building it again"; \
	  rm -rf $(VENV); \
	fi
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet -r requirements.txt -c constraints.txt
	$(PIP) install --quiet --no-deps --editable .
	@# jupyterlab-rise 0.43 pulled in a JupyterLab 3 MathJax extension: drop it from older .venvs
	@$(PIP) uninstall --quiet --yes jupyterlab-mathjax3 2>/dev/null || true
	@mkdir -p $(VENV)/share/jupyter/lab/settings
	@cp jupyter/overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	@touch $@

report: setup
	$(BIN)/python -m saidvsdone report$(if $(FOLDER), --folder "$(FOLDER)")$(if $(MANIFEST), --manifest "$(MANIFEST)")$(if $(OUT), --out "$(OUT)")

test: setup
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest $(NBVAL) notebooks/

notebooks: setup
	$(BIN)/python -m saidvsdone notebooks

eval: setup
	$(BIN)/python tests/evaluate.py

bench: setup
	$(BIN)/python tests/bench/run.py

fuzz: setup
	SAIDVSDONE_FUZZ=long $(BIN)/python -m pytest tests/test_fuzz.py -p no:cacheprovider --hypothesis-show-statistics

# Re-pin every transitive package after editing requirements.txt.
constraints: setup
	{ sed -n '1,3p' constraints.txt; $(PIP) freeze --all --exclude-editable | grep -v -e '^-e' -e '^pip=='; } > constraints.new
	mv constraints.new constraints.txt

docs: setup
	rm -rf build/docs
	$(BIN)/python -m pdoc --docformat google --no-search -o build/docs saidvsdone '!saidvsdone\._.*'
	@echo "API reference: build/docs/index.html"

classroom: setup
	$(BIN)/python -m saidvsdone classroom

# Bring the DeepState series up to date from new GeoJSON snapshots (see README, "Extending the
# territory series"): make territory SNAPSHOTS=~/deepstate/geojsons [SHIFT_DAYS=1] [DRY_RUN=1]
territory: setup
	@test -n "$(SNAPSHOTS)" || { echo "usage: make territory SNAPSHOTS=folder-of-geojson [SHIFT_DAYS=1] [DRY_RUN=1]" >&2; exit 2; }
	$(BIN)/python -m saidvsdone territory "$(SNAPSHOTS)" --shift-days $(or $(SHIFT_DAYS),0) $(if $(DRY_RUN),--dry-run)

clean:
	rm -rf build .build .pytest_cache .hypothesis

distclean: clean
	rm -rf $(VENV) lib/*.egg-info
