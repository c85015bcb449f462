"""The product as a journalist and a teacher use it (nu15): every message names the file and the row, a cut quote
keeps the speaker's words and the cut inside its marks, a table's words show whole, the load report lists every file.

Every article and sentence here is invented for the test.
"""

from __future__ import annotations

import csv
import warnings

import matplotlib
import pandas as pd
import pytest

from saidvsdone import charts, compare, report
from saidvsdone.__main__ import main

matplotlib.use("Agg")

WIRE = ("KYIV, 14 June 2023 - Defence Minister Ivan Testenko said on Wednesday that Ukrainian forces were "
        "advancing in the south. \u201cWe are moving forward every day,\u201d Testenko told reporters.")
UNDATED = ("Defence Minister Ivan Testenko said Ukrainian forces were advancing in the south, "
           "and that the plan was working.")


def _build(folder, out):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the load report is in the Report and in load-report.csv
        return report.build(folder, out, n_jobs=1)


def _labels(fig) -> list[str]:
    texts = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels() + ax.texts]
    return [line for text in texts for line in text.splitlines()]


# --- a cut quote: the speaker's words, and the cut, inside the marks ----------------------------------------------

def test_a_cut_quote_in_a_chart_label_keeps_the_cut_inside_its_quote_marks():
    words = "\u201cOur forces are advancing on every front and the operation goes exactly to plan\u201d"
    comparison = pd.DataFrame({"claim_id": ["c1"], "label": [words], "speaker": ["Ivan Testenko"],
                               "statement_date": pd.to_datetime(["2023-06-14"]),
                               "change_before_30d_km2": [120.0], "change_after_30d_km2": [-80.0]})
    fig, _ = charts.window_changes(comparison, windows=(30,))
    try:
        quoted = [line for line in _labels(fig) if line.startswith("\u201c")]
    finally:
        matplotlib.pyplot.close(fig)
    assert quoted, _labels(fig)
    label = quoted[0]
    assert label.endswith("\u2026\u201d")  # the cut is shown inside the closing mark
    assert "\u201d \u2026" not in label and label.count("\u201c") == label.count("\u201d") == 1
    assert "Our forces are advancing" in label and "exactly to plan" not in label  # cut, at a word


def test_a_label_whose_quote_fits_is_left_whole():
    comparison = pd.DataFrame({"claim_id": ["c1"], "label": ["\u201cGoing to plan\u201d"],
                               "statement_date": pd.to_datetime(["2023-06-14"]),
                               "change_before_30d_km2": [120.0], "change_after_30d_km2": [-80.0]})
    fig, _ = charts.window_changes(comparison, windows=(30,))
    try:
        assert "\u201cGoing to plan\u201d" in _labels(fig)
    finally:
        matplotlib.pyplot.close(fig)


# --- compare.summary's meaning: whole in a notebook's table ---------------------------------------------------------

def test_each_reason_meaning_shows_whole_in_a_notebook_table():
    reasons = list(compare.REASONS)
    table = pd.DataFrame({"claim_type": ["progress"] * len(reasons), "assessment": ["not assessable"] * len(reasons),
                          "reason": reasons})
    by_reason = compare.summary(table, "reason")
    with pd.option_context("display.max_colwidth", 80, "display.width", 400):  # as notebook.setup sets them
        shown = by_reason.to_string()
    for meaning in compare.REASON_MEANINGS.values():
        assert meaning in shown, meaning  # never cut mid-word with "..."
    assert max(map(len, compare.REASON_MEANINGS.values())) <= compare.MEANING_WIDTH


# --- report --folder: every message names the file and its manifest line ---------------------------------------------

@pytest.fixture
def folder_without_source(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "undated.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "articles.csv").write_text("file,published\nwire.txt,2023-06-14\nundated.txt,\n", encoding="utf-8")
    return folder


def test_an_article_with_no_source_is_named_with_its_manifest_line(folder_without_source, tmp_path):
    done = _build(folder_without_source, tmp_path / "out")
    note = next(n for n in done.notes if "no source" in n)
    assert "wire.txt (manifest line 2)" in note and "undated.txt (manifest line 3)" in note
    assert "has no 'source' column: add one" in note
    rows = pd.read_csv(tmp_path / "out" / "load-report.csv", encoding="utf-8-sig")
    warned = rows[rows["message"].str.contains("no source", na=False)]
    assert sorted(warned["file"]) == ["undated.txt", "wire.txt"]
    assert set(warned["status"]) == {"warning"} and sorted(warned["manifest_line"]) == [2, 3]
    assert done.counts["articles"] == 2  # a warning, never a skip


def test_the_note_on_undated_claims_names_the_articles(folder_without_source, tmp_path):
    done = _build(folder_without_source, tmp_path / "out")
    undated = [n for n in done.notes if "articles with no date" in n]
    assert undated and "undated.txt (manifest line 3)" in undated[0]
    assert "wire.txt" not in undated[0]


def test_a_source_cell_left_empty_says_fill_it_in(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "other.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "articles.csv").write_text("file,published,source\nwire.txt,2023-06-14,\nother.txt,2023-06-15,AFP\n",
                                         encoding="utf-8")
    done = _build(folder, tmp_path / "out")
    note = next(n for n in done.notes if "no source" in n)
    assert note.startswith("1 article has no source") and "wire.txt (manifest line 2)" in note
    assert "fill in 'source'" in note and "other.txt" not in note


def test_the_load_report_lists_every_file_with_a_row_of_its_own(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "latin.txt").write_bytes("KYIV, 14 June 2023 - Le ministre a d\u00e9clar\u00e9 que tout va bien, said "
                                       "Ivan Testenko on Wednesday.".encode("latin-1"))
    (folder / "articles.csv").write_text("file,published,source\nwire.txt,2023-06-14,AFP\nempty.txt,,AFP\n"
                                         "latin.txt,2023-06-14,AFP\ngone.txt,2023-06-14,AFP\n", encoding="utf-8")
    done = _build(folder, tmp_path / "out")
    rows = pd.read_csv(tmp_path / "out" / "load-report.csv", encoding="utf-8-sig")
    assert set(rows["file"]) == {"wire.txt", "empty.txt", "latin.txt", "gone.txt"}
    status = rows.groupby("file")["status"].agg(set)
    assert status["empty.txt"] == {"skipped"} and status["gone.txt"] == {"skipped"}
    assert "warning" in status["latin.txt"] and "loaded" in status["latin.txt"]
    assert rows["manifest_line"].notna().all()
    assert done.counts["articles"] == 2  # the bad files stop nothing


# --- the written CSVs: no stray spaces --------------------------------------------------------------------------------

def test_no_written_csv_has_a_cell_or_line_ending_in_spaces(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE + "   \n\n", encoding="utf-8")
    (folder / "articles.csv").write_text("file,published,source,title\nwire.txt,2023-06-14, AFP wire ,"
                                         "Minister says forces advance \n", encoding="utf-8")
    done = _build(folder, tmp_path / "out")
    for path in (p for p in done.written if p.suffix == ".csv"):
        text = path.read_text(encoding="utf-8-sig")
        assert not [line for line in text.splitlines() if line.endswith((" ", "\t"))], path.name
        with open(path, encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                assert [cell for cell in row if cell != cell.strip()] == [], (path.name, row)


# --- make report on the bundled corpus: a load-report.csv too ---------------------------------------------------------

def test_the_bundled_report_writes_a_load_report_naming_every_file(tmp_path, capsys):
    out = tmp_path / "build"
    assert main(["report", "--no-notebooks", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "load-report.csv" in said
    rows = pd.read_csv(out / "load-report.csv", encoding="utf-8-sig")
    articles = pd.read_csv(out / "articles.csv", encoding="utf-8-sig")
    assert set(articles["file"]) <= set(rows["file"])
    assert list(rows.columns) == ["file", "manifest_line", "status", "message"]
