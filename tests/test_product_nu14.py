"""A newcomer's walk through the product (round 25, nu14): every column of every table `report --folder` writes
is explained in the README, and the Python tables' docstrings name their columns."""
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import compare, report, vocab

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY_START = "**What each column means.**"
GLOSSARY_END = "The CSV files are comma-separated"


def _glossary() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(GLOSSARY_START)
    return readme[start:readme.index(GLOSSARY_END, start)]


def _documented(glossary: str) -> set[str]:
    return set(re.findall(r"`([a-z][a-z0-9_]*)`", glossary))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The CSV files of one report on two invented articles."""
    folder = tmp_path_factory.mktemp("articles")
    (folder / "wire.txt").write_text(
        "KYIV, 14 June 2023 - Defence Minister Ivan Testenko said on Wednesday that Ukrainian forces were "
        "advancing in the south and had retaken more than 100 square kilometres in the past week.\n\n"
        "\"Our troops are moving forward,\" Testenko told reporters.", encoding="utf-8")
    (folder / "brief.txt").write_text(
        "Minister says talks are off\n\nForeign Minister Olga Vymyslova said on Tuesday that there would be no "
        "talks this month.", encoding="utf-8")
    out = folder.parent / (folder.name + "-out")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        done = report.build(folder, out, n_jobs=1)
    return {p.relative_to(out).as_posix(): p for p in done.written if p.suffix == ".csv"}


def test_every_column_the_report_writes_is_explained_in_the_readme(written):
    documented = _documented(_glossary())
    assert set(written) == {"articles.csv", "load-report.csv", "tables/quotes.csv",
                            "tables/claims-vs-territory.csv", "tables/facts-vs-maps.csv"}
    missing = {name: [c for c in pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns if c not in documented]
               for name, path in written.items()}
    assert {name: cols for name, cols in missing.items() if cols} == {}


def test_the_glossary_names_each_file_the_report_writes(written):
    glossary = _glossary()
    for name in written:
        assert f"- `{name}`" in glossary, name


def test_the_glossary_explains_nothing_the_tables_do_not_have(written):
    """A column renamed in the code is renamed in the README too (words in backticks that are values, not
    columns — `reported`, `direct` … — are allowed: they follow the column they belong to)."""
    columns = set()
    for path in written.values():
        columns |= set(pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns)
    claim_types = set(vocab.table("claim_phrases")["claim_type"])  # values of `claim_type`, named as examples
    for name in re.findall(r"`([a-z]+_[a-z0-9_]+)`", _glossary()):
        assert name in columns or name in claim_types, name


def test_claims_vs_territory_docstring_names_every_column():
    doc = compare.claims_vs_territory.__doc__
    frame = compare.claims_vs_territory(pd.DataFrame(), pd.DataFrame({"date": pd.to_datetime([]), "source": [],
                                                                        "area_km2": []}))
    for column in frame.columns:
        general = re.sub(r"_\d+d_", "_{w}d_", column)
        assert column in doc or general in doc, column


def test_claims_by_month_says_its_unit_and_its_source():
    """On a projector, the chart says what its bars count and where the claims come from, as every other chart does."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from saidvsdone import charts
    claims = pd.DataFrame({"claim_type": ["on_plan", "threat", "progress"],
                           "statement_date": pd.to_datetime(["2023-03-02", "2023-03-20", "2023-05-11"])})
    fig, ax = charts.claims_by_month(claims)
    try:
        assert ax.get_ylabel() == "Claims per month"
        method = [t.get_text() for t in ax.texts if t.get_gid() == "method"]
        assert len(method) == 1 and method[0].startswith("Source: ")
    finally:
        plt.close(fig)


def test_quotes_by_speaker_states_its_finding_unit_and_source():
    """Notebook 01's chart, drawn by the library: a title that says the finding, an axis that says what it counts,
    a source line in words (not a function's name), the palette's blue, and a note on what it left out."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex

    from saidvsdone import charts
    quotes = pd.DataFrame({
        "speaker": ["Ivan Testenko"] * 3 + ["Olga Vymyslova"] * 2 + ["Petro Vigadany", "", ""],
        "kind": ["direct", "partial", "direct", "scare", "direct", "direct", "direct", "partial"]})
    fig, ax = charts.quotes_by_speaker(quotes, top=2, source="three invented wires")
    try:
        assert ax.get_title(loc="left") == "Ivan Testenko is quoted most: 3 of 5 quotes with a speaker"
        assert ax.get_xlabel() == "Quotes (full quotes and fragments)"
        assert [t.get_text() for t in ax.get_yticklabels()] == ["Olga Vymyslova", "Ivan Testenko"]
        assert {to_hex(p.get_facecolor()).upper() for p in ax.patches} == {charts.PALETTE["blue"]}
        notes = [t.get_text() for t in ax.texts]
        assert any(n.startswith("Source: ") and "three invented wires" in n for n in notes)
        assert any("1 other speaker not shown" in n and "2 quotes with no speaker not counted" in n for n in notes)
    finally:
        plt.close(fig)
    tied = quotes.assign(kind="direct")[quotes["speaker"] != "Petro Vigadany"].iloc[[0, 1, 3, 4]]
    fig, ax = charts.quotes_by_speaker(tied)
    try:
        assert ax.get_title(loc="left") == "Who is quoted most: 4 quotes with a speaker"  # 2 and 2: no one is first
    finally:
        plt.close(fig)
    with pytest.raises(ValueError, match="speaker and kind"):
        charts.quotes_by_speaker(pd.DataFrame({"speaker": ["A"]}))


def test_every_public_function_of_the_modules_a_user_calls_has_an_example():
    """What the README promises ('Each public function of the modules you call … has a docstring with a runnable
    example'): a new public function of these modules comes with its example (``make docs`` shows it)."""
    import importlib
    import inspect

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("Each public function of the modules you call")
    promised = re.findall(r"`([a-z]+)`", readme[start:readme.index(")", start)])
    assert {"corpus", "quotes", "claims", "facts", "compare", "report", "archive", "pipeline"} <= set(promised)
    without = []
    for name in [*promised, "scale"]:
        module = importlib.import_module(f"saidvsdone.{name}")
        public = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
        for attr in public:
            function = getattr(module, attr, None)
            if not inspect.isfunction(function) or (name == "scale" and attr != "run"):
                continue
            if ">>>" not in (function.__doc__ or ""):
                without.append(f"{name}.{attr}")
    assert without == []
