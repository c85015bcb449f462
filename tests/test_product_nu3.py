"""A new user's first hour (round 14, nu3): what tripped a journalist, a teacher and a developer.

Every article here is invented for the test.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import matplotlib
import pandas as pd
import pytest

from saidvsdone import charts, collect, corpus, report, territory

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]

WIRE = ("Kremlin says offensive \u201cgoing to plan\u201d\n"
        "Published: October 3, 2022\n\n"
        "MOSCOW \u2014 Kremlin spokesman Ivan Testov said on Monday that the operation was \u201cgoing "
        "according to plan\u201d and that Russia\u2019s goals would be met.\n")


# --- add: a text file that is not UTF-8 is saved as UTF-8 -----------------------------------------------------------

def _add(tmp_path: Path, name: str, data: bytes):
    downloads = tmp_path / "downloads"
    downloads.mkdir(exist_ok=True)
    (downloads / name).write_bytes(data)
    return downloads / name, collect.add([downloads / name], folder=tmp_path / "articles")


def test_a_windows_latin1_text_file_is_saved_as_utf8_and_says_what_it_was(tmp_path):
    original = WIRE.encode("cp1252")
    source, done = _add(tmp_path, "wire.txt", original)
    assert source.read_bytes() == original  # the user's own file is never touched
    copy = tmp_path / "articles" / "wire.txt"
    assert copy.read_bytes() == WIRE.encode("utf-8")
    warning = next(e.message for e in done.entries if e.status == "warning")
    assert "cp1252" in warning and "saved in the folder as UTF-8" in warning
    manifest = pd.read_csv(tmp_path / "articles" / "articles.csv")
    assert manifest.loc[0, "notes"] == "added from wire.txt; converted from cp1252 to UTF-8"
    # every later load reads it without a guess, and with the same text and offsets as before
    loaded = corpus.load(tmp_path / "articles")
    assert loaded.loc[0, "encoding"] == "utf-8"
    assert not [e for e in loaded.attrs["report"].entries if e[2] == "warning"]
    assert loaded.loc[0, "text"] == corpus.load(source.parent, manifest=False).loc[0, "text"]


def test_a_utf16_text_file_is_saved_as_utf8(tmp_path):
    _, done = _add(tmp_path, "notepad.txt", WIRE.encode("utf-16"))
    assert (tmp_path / "articles" / "notepad.txt").read_bytes() == WIRE.encode("utf-8")
    added = next(e.message for e in done.entries if e.status == "added")
    assert "saved in the folder as UTF-8 (the file is UTF-16" in added


def test_utf8_files_and_saved_pages_are_copied_byte_for_byte(tmp_path):
    with_bom = b"\xef\xbb\xbf" + WIRE.encode("utf-8")
    _add(tmp_path, "bom.txt", with_bom)
    assert (tmp_path / "articles" / "bom.txt").read_bytes() == with_bom
    paragraphs = "".join(f"<p>A commander, Petro Ivanenko, said on Tuesday that the front near river {i} was "
                         "\u201cquiet but tense\u201d after a week of shelling, and that his men were tired.</p>"
                         for i in range(8))
    page = ('<html><head><meta charset="windows-1252"><title>Front quiet</title></head><body><article>'
            f"<h1>Front quiet</h1>{paragraphs}</article></body></html>").encode("cp1252")
    _, done = _add(tmp_path, "page.html", page)
    assert (tmp_path / "articles" / "page.html").read_bytes() == page  # its <meta charset> says how to read it
    assert "converted" not in pd.read_csv(tmp_path / "articles" / "articles.csv")["notes"].iloc[-1]


def test_adding_the_windows_file_again_is_skipped_and_a_copy_without_its_row_gets_the_row(tmp_path):
    source, _ = _add(tmp_path, "wire.txt", WIRE.encode("cp1252"))
    again = collect.add([source], folder=tmp_path / "articles")
    assert [e.status for e in again.entries] == ["skipped"]
    # a copy an interrupted add made (UTF-8 bytes, renamed into place) but whose row was never written
    manifest = tmp_path / "articles" / "articles.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    resumed = collect.add([source], folder=tmp_path / "articles")
    assert "manifest row added, not copied again" in resumed.entries[0].message
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["articles.csv", "wire.txt"]


# --- CSV files a spreadsheet can open -------------------------------------------------------------------------------

def _quote_row(sentence: str, quote: str) -> pd.DataFrame:
    start = sentence.index(quote)
    return pd.DataFrame({"quote_id": ["q1"], "text": [quote], "start": [100 + start],
                         "end": [100 + start + len(quote)], "sentence": [sentence],
                         "sentence_start": [100], "sentence_end": [100 + len(sentence)]})


def test_a_quote_in_a_very_long_sentence_is_exported_with_the_words_around_it():
    clauses = [f"the mayor said the bridge {i} was still standing" for i in range(60)]
    sentence = "; ".join(clauses[:30] + ["an aide added \u201cthe ferry runs again\u201d"] + clauses[30:]) + "."
    table = _quote_row(sentence, "the ferry runs again")
    cut, notes = report.spreadsheet_cells(table, "quotes.csv")
    excerpt = cut.loc[0, "sentence"]
    assert "\u201cthe ferry runs again\u201d" in excerpt
    assert excerpt.startswith("\u2026 ") and excerpt.endswith(" \u2026")
    assert len(excerpt) <= 2 * report.SENTENCE_CONTEXT + len("the ferry runs again") + 70
    assert excerpt[2:-2] in sentence  # a piece of the sentence, cut at words
    assert excerpt[2].isalpha() and sentence[sentence.index(excerpt[2:-2]) - 1] == " "
    assert notes and "sentence_start and sentence_end give the whole sentence" in notes[0]
    assert table.loc[0, "sentence"] == sentence  # the table in memory is not cut
    assert cut.loc[0, "sentence_end"] - cut.loc[0, "sentence_start"] == len(sentence)


def test_an_ordinary_sentence_and_a_table_without_sentences_are_written_as_they_are():
    table = _quote_row("The governor said \u201cthe lights are back\u201d on Sunday.", "the lights are back")
    cut, notes = report.spreadsheet_cells(table, "quotes.csv")
    assert cut is table and notes == []
    facts = pd.DataFrame({"sentence": ["x " * 700], "start": [0], "end": [1]})  # no sentence_start: not a quote
    assert report.spreadsheet_cells(facts, "facts.csv")[0] is facts


def test_no_exported_cell_is_longer_than_a_spreadsheet_cell_holds(tmp_path):
    huge = "Day after day the shelling went on. " * 1200
    table = pd.DataFrame({"article_id": ["blog"], "text": [huge], "n_chars": [len(huge)]})
    written = report.write(table, "articles", tmp_path, notes=(notes := []))
    back = pd.read_csv(written[0])
    cell = back.loc[0, "text"]
    assert len(cell) == report.CELL_LIMIT
    assert cell.endswith(f"[cut here: {len(huge):,} characters in all, more than a spreadsheet cell holds]")
    assert huge.startswith(cell[:1000])
    assert notes == ["articles.csv: 1 cell of column 'text' longer than 32,767 characters, the most Excel "
                     "holds in a cell, was cut to that length (it ends with a mark saying how long it was)"]


def test_report_on_a_folder_with_a_huge_article_says_what_it_cut(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    paragraphs = [f"Volunteer Marta Hryn said on day {i} that the shelter held {i} people." for i in range(600)]
    (folder / "blog.txt").write_text("Published: March 1, 2023\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    done = report.build(folder, tmp_path / "out", n_jobs=1)
    articles = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert articles["text"].str.len().max() <= report.CELL_LIMIT
    assert any(note.startswith("articles.csv: 1 cell of column 'text'") for note in done.notes)
    assert "note: articles.csv: 1 cell of" in str(done)


# --- the timeline on a projector ------------------------------------------------------------------------------------

SERIES = territory.load()


def test_a_lowered_markers_stem_and_point_are_drawn_above_the_other_markers_and_thick_enough():
    frame = pd.DataFrame({"claim_id": ["c0", "c1"], "speaker": ["Vladimir Putin"] * 2,
                          "claim_type": ["on_plan", "mobilisation_ending"], "text": ["\u2026"] * 2, "label": [""] * 2,
                          "statement_date": pd.to_datetime(["2022-09-16", "2022-10-14"])})
    fig, ax = charts.claims_timeline(SERIES, frame, source="deepstate", end="2025-12-31")
    markers = [line for line in ax.get_lines() if (line.get_gid() or "").startswith("claim:")]
    stem = next(t for t in ax.texts if t.get_gid() == "stem:c1")
    point = next(line for line in ax.get_lines() if line.get_gid() == "point:c1")
    top = max(m.get_zorder() for m in markers)
    assert stem.get_zorder() > top and point.get_zorder() > top  # the point shows even under the day before's marker
    assert stem.arrow_patch.get_linewidth() >= 2.0 and point.get_markersize() >= 7
    assert stem.arrowprops["shrinkA"] > 0  # it stops at its own marker's edge instead of crossing it
    matplotlib.pyplot.close(fig)


def test_markers_far_apart_still_have_no_stem():
    frame = pd.DataFrame({"claim_id": ["c0", "c1"], "speaker": ["Vladimir Putin"] * 2,
                          "claim_type": ["on_plan", "threat"], "text": ["\u2026"] * 2, "label": [""] * 2,
                          "statement_date": pd.to_datetime(["2022-09-16", "2024-06-01"])})
    fig, ax = charts.claims_timeline(SERIES, frame, source="deepstate", end="2025-12-31")
    assert not [t for t in ax.texts if (t.get_gid() or "").startswith("stem:")]
    assert not [line for line in ax.get_lines() if (line.get_gid() or "").startswith("point:")]
    matplotlib.pyplot.close(fig)


# --- a developer's pip install ----------------------------------------------------------------------------------------

def test_the_package_depends_on_jinja2_which_explore_table_renders_with():
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.lower().startswith("jinja2") for d in dependencies)
    pytest.importorskip("jinja2")
    from saidvsdone import explore

    shown = explore.table(pd.DataFrame({"speaker": ["Ivan Testov"], "text": ["going to plan"]}))
    assert "Ivan Testov" in shown._repr_html_()


# --- a file with two encodings, and a folder that holds the articles folder --------------------------------------------

MIXED = ("Published: May 2, 2023\n\n".encode("utf-8")
         + "Governor Olha Marchuk said on Monday that the bridge was \u201cstill standing\u201d.\n\n".encode("utf-8")
         + "Her deputy said the crews were \u201ctired but working\u201d.\n".encode("cp1252"))


def test_a_utf8_file_with_a_paragraph_in_windows_latin1_is_read_in_both_parts(tmp_path):
    (tmp_path / "mixed.txt").write_bytes(MIXED)
    loaded = corpus.load(tmp_path, manifest=False)
    assert len(loaded) == 1  # it used to be skipped as "a binary file?" (a UTF-8 ” holds a byte cp1252 leaves undefined)
    text = loaded.loc[0, "text"]
    assert "\u201cstill standing\u201d" in text and "\u201ctired but working\u201d" in text
    assert loaded.loc[0, "encoding"] == corpus.MIXED_ENCODING
    warning = next(e[3] for e in loaded.attrs["report"].entries if e[2] == "warning")
    assert "UTF-8 mixed with cp1252" in warning


def test_pure_windows_latin1_and_binary_files_are_read_as_before(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Minister Ivan Testov said the caf\u00e9 was \u201cclosed\u201d.".encode("cp1252"))
    (tmp_path / "noise.txt").write_bytes(bytes(range(0x80, 0x100)) * 40 + "\u00e9".encode("utf-8"))
    loaded = corpus.load(tmp_path, manifest=False)
    assert loaded.set_index("article_id").loc["latin", "encoding"] == "cp1252"
    skipped = [e for e in loaded.attrs["report"].entries if e[2] == "skipped"]
    assert [e[0] for e in skipped] == ["noise.txt"] and "cannot decode" in skipped[0][3]


def test_add_saves_a_file_with_two_encodings_as_utf8(tmp_path):
    source, done = _add(tmp_path, "mixed.txt", MIXED)
    assert source.read_bytes() == MIXED
    copy = (tmp_path / "articles" / "mixed.txt").read_bytes().decode("utf-8")
    assert "\u201ctired but working\u201d" in copy and "\u201cstill standing\u201d" in copy
    assert any("UTF-8 mixed with cp1252" in e.message for e in done.entries if e.status == "warning")


def test_adding_a_downloads_folder_that_holds_the_articles_folder_leaves_that_folder_out(tmp_path):
    downloads = tmp_path / "downloads"
    (downloads / "mine").mkdir(parents=True)
    (downloads / "wire.txt").write_text(WIRE, encoding="utf-8")
    collect.add([downloads], folder=downloads / "mine")
    again = collect.add([downloads], folder=downloads / "mine")
    assert [(e.source, e.status) for e in again.entries] == [("downloads/mine", "skipped"), ("downloads/wire.txt",
                                                                                             "skipped")]
    assert again.entries[0].message == "the articles folder itself: its files are not added to it again"
    # the folder itself, given as it is, still gives a row to a file saved into it by hand
    (downloads / "mine" / "by-hand.txt").write_text(WIRE.replace("Testov", "Petrov"), encoding="utf-8")
    itself = collect.add([downloads / "mine"], folder=downloads / "mine")
    assert [e.status for e in itself.entries if e.source.endswith("by-hand.txt")][0] == "added"


def test_explore_table_shows_the_part_of_a_very_long_sentence_around_its_quote():
    from saidvsdone import explore

    clauses = [f"the mayor said the bridge {i} was still standing" for i in range(60)]
    sentence = "; ".join(clauses[:30] + ["an aide added \u201cthe ferry runs again\u201d"] + clauses[30:]) + "."
    table = _quote_row(sentence, "the ferry runs again").assign(speaker="aide (unnamed)")
    shown = explore.table(table, ["speaker", "text", "sentence"])
    assert shown.frame.loc[0, "sentence"].startswith("\u2026 ") and len(repr(shown)) < 1000
    assert "\u201cthe ferry runs again\u201d" in shown.frame.loc[0, "sentence"]
    short = _quote_row("The governor said \u201cthe lights are back\u201d on Sunday.", "the lights are back")
    assert explore.table(short, ["text", "sentence"]).frame.loc[0, "sentence"] == short.loc[0, "sentence"]


def test_notebook_export_says_what_it_cut_to_fit_a_spreadsheet(tmp_path, monkeypatch):
    from saidvsdone import notebook

    monkeypatch.setenv(notebook.EXPORT_ENV, str(tmp_path))
    huge = pd.DataFrame({"article_id": ["blog"], "text": ["Sirens again tonight. " * 2000]})
    with pytest.warns(UserWarning, match="notebook.export: articles.csv: 1 cell"):
        notebook.export(huge, "articles")
    assert (tmp_path / "tables" / "articles.csv").is_file()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        notebook.export(pd.DataFrame({"text": ["Sirens again tonight."]}), "short")  # nothing cut, nothing said


def test_a_report_run_again_in_the_same_folder_leaves_no_figure_of_the_earlier_run(tmp_path):
    out = tmp_path / "out"
    stale = out / "figures" / "facts-vs-maps.png"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"an earlier run's chart")
    mine = out / "figures" / "my-own-chart.png"
    mine.write_bytes(b"the user's own file")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")  # no area figure: no facts chart this time
    done = report.build(folder, out, n_jobs=1)
    assert not stale.exists() and mine.exists()
    assert any(n.startswith("removed figures/facts-vs-maps.png") for n in done.notes)
    assert all(p.exists() for p in done.written)


def test_from_text_given_bytes_says_how_to_decode_them():
    with pytest.raises(TypeError, match=r"from_text needs a str, got bytes: decode the bytes first"):
        corpus.from_text(WIRE.encode("cp1252"), published="2022-10-03")
    with pytest.raises(TypeError, match=r"from_html needs a str, got bytes: decode the bytes first"):
        corpus.from_html(b"<html><body><p>Text</p></body></html>")
    with pytest.raises(TypeError, match=r"^from_text needs a str, got int$"):
        corpus.from_text(42)


def test_add_with_a_mistyped_path_leaves_no_empty_articles_folder(tmp_path):
    done = collect.add([tmp_path / "downlaods" / "wire.txt"], folder=tmp_path / "my" / "articles")
    assert not done.ok and not (tmp_path / "my").exists()
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    collect.add([tmp_path / "wire.txt"], folder=tmp_path / "my" / "articles")
    assert sorted(p.name for p in (tmp_path / "my" / "articles").iterdir()) == ["articles.csv", "wire.txt"]
