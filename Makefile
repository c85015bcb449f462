# Said vs Done — every command sets itself up: a local .venv with pinned packages.
#   make report     set up, then run the main job: corpus table, every notebook → HTML,
#                   tables and figures in build/
#   make test       set up, then run the test suite and re-check every notebook (nbval)
#   make notebooks  re-run every notebook in a fresh kernel and store its outputs
#   make eval     accuracy of the extractors against the hand-annotated gold files in tests/gold/
#   make bench    speed benchmarks (tests/bench/)
#   make fuzz     the long fuzzing campaign: 10,000 generated inputs per stage (tests/test_fuzz.py;
#                 make test runs the same tests with 40 each); SAIDVSDONE_FUZZ_EXAMPLES=N to change

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PIP    := $(BIN)/python -m pip --disable-pip-version-check

NBVAL  := -o addopts="" --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

.PHONY: setup report test eval bench fuzz notebooks constraints clean

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

fuzz: setup
	SAIDVSDONE_FUZZ=long $(BIN)/python -m pytest tests/test_fuzz.py -p no:cacheprovider --hypothesis-show-statistics

# Re-pin every transitive package after editing requirements.txt.
constraints: setup
	{ sed -n '1,3p' constraints.txt; $(PIP) freeze --exclude-editable | grep -v '^-e'; } > constraints.new
	mv constraints.new constraints.txt

clean:
	rm -rf build .pytest_cache .hypothesis
