# Said vs Done — every command sets itself up: a local .venv with pinned packages.
#   make report     set up, then run the main job: corpus table, every notebook → HTML,
#                   tables and figures in build/
#   make test       set up, then run the test suite and re-check every notebook (nbval)
#   make notebooks  re-run every notebook in a fresh kernel and store its outputs
#   make eval       accuracy against the hand-annotated gold (tests/gold/, ../shared/devset when present);
#                   fails when a figure falls below its floor in tests/gold/floors.json (make test checks it too)
#   make bench    speed benchmarks (tests/bench/)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PIP    := $(BIN)/python -m pip --disable-pip-version-check

NBVAL  := -o addopts="" --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: setup report test eval bench notebooks constraints clean

setup: $(STAMP)

$(STAMP): requirements.txt constraints.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet -r requirements.txt -c constraints.txt
	$(PIP) install --quiet --no-deps --editable .
	@touch $@

report: setup
	$(BIN)/python -m saidvsdone report

test: setup
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest $(NBVAL) notebooks/

notebooks: setup
	$(BIN)/python -m saidvsdone notebooks

eval: setup
	$(BIN)/python tests/evaluate.py

bench: setup
	$(BIN)/python tests/bench/run.py

# Re-pin every transitive package after editing requirements.txt.
constraints: setup
	{ sed -n '1,3p' constraints.txt; $(PIP) freeze --all --exclude-editable | grep -v -e '^-e' -e '^pip=='; } > constraints.new
	mv constraints.new constraints.txt

clean:
	rm -rf build .pytest_cache .hypothesis
