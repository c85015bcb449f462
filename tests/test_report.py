"""Your own folder end to end: `python -m saidvsdone report --folder`, `add --folder`, the exports."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import corpus, notebook, report
from saidvsdone.__main__ import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "data" / "examples" / "saved-page.html"

BRIEFING = ("Kremlin says campaign on track\nBy Jane Doe, November 3, 2025\n\n"
            "Kremlin spokesman Dmitry Peskov said on Monday that the operation was "
            "“going according to plan” and that Russian forces were advancing.\n")
SUMMIT = ("Putin speaks after summit\nUpdated: Sept. 17, 2022 14:05 GMT\n\n"
          "Speaking in Samarkand on Friday, Vladimir Putin said the offensive in Donbas was not over. "
          "“Everything is going according to plan,” he said.\n")


@pytest.fixture()
def mine(tmp_path):
    folder = tmp_path / "my" / "articles"
    folder.mkdir(parents=True)
    (folder / "briefing.txt").write_text(BRIEFING, encoding="utf-8")
    (folder / "summit.txt").write_text(SUMMIT, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    return folder


def test_build_writes_every_table_figure_and_claimreview_for_any_folder(mine, tmp_path):
    done = report.build(mine, tmp_path / "out")
    written = {p.relative_to(tmp_path / "out").as_posix() for p in done.written}
    assert {"articles.csv", "load-report.csv", "tables/quotes.csv", "tables/claims-vs-territory.csv",
            "tables/facts-vs-maps.csv", "claimreview.jsonld", "figures/going-to-plan-timeline.png",
            "figures/going-to-plan-timeline.svg", "figures/going-to-plan-windows.png"} <= written
    assert all(p.is_absolute() and p.is_file() for p in done.written)
    articles = pd.read_csv(tmp_path / "out" / "articles.csv")
    assert sorted(articles["file"]) == ["briefing.txt", "summit.txt"]
    assert sorted(articles["published"]) == ["2022-09-17", "2025-11-03"]
    claims = pd.read_csv(tmp_path / "out" / "tables" / "claims-vs-territory.csv")
    assert {"Dmitry Peskov", "Vladimir Putin"} <= set(claims["speaker"])
    load = pd.read_csv(tmp_path / "out" / "load-report.csv")
    assert load.set_index("file").loc["notes.pdf", "status"] == "skipped"
    reviews = json.loads((tmp_path / "out" / "claimreview.jsonld").read_text(encoding="utf-8"))
    assert isinstance(reviews, list) and done.counts["reviews"] == len(reviews)
    assert "notes.pdf" in str(done) and str(tmp_path / "out") in str(done)


def test_the_report_says_how_many_of_its_claims_are_direct_quotes(mine, tmp_path):
    """The report counts claims as notebook 04 lists them (reported speech and the direct quotes
    about the war), so its count is larger than claims.find(articles)'s: a note says why (a new
    user's corpus gave 35 claims in the report and 26 from claims.find)."""
    from saidvsdone import claims

    done = report.build(mine, tmp_path / "out")
    found = claims.find(corpus.load(mine))
    quoted = done.counts["claims"] - len(found)
    assert quoted > 0
    assert any(f"{len(found)} in reported speech and {quoted} direct quote" in note for note in done.notes)


def test_a_folder_with_no_article_says_why_before_the_command_fails(tmp_path, capsys):
    """An empty folder (or one of PDFs only) printed '0 articles' and exited 1 with no reason."""
    (tmp_path / "empty").mkdir()
    assert main(["report", "--folder", str(tmp_path / "empty"), "--out", str(tmp_path / "out")]) == 1
    assert "no article was loaded" in capsys.readouterr().out and ".txt, .html, .htm" in str(
        report.build(tmp_path / "empty", tmp_path / "out2"))
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "notes.html").write_bytes(b"%PDF-1.4")
    assert "every file was skipped (1, listed above)" in str(report.build(tmp_path / "pdfs", tmp_path / "out3"))


def test_the_tables_carry_the_columns_the_readme_promises(tmp_path):
    # rule: the comparison tables say who states each claim and figure, and a claim that states a
    # figure names that figure's check; README's comparison section names every one of these columns
    folder = tmp_path / "stated"
    folder.mkdir()
    (folder / "brief.txt").write_text(
        "Ministry reports gains\nBy Jane Doe, June 8, 2024\n\n"
        "The defence ministry said on Friday that Russian troops had taken more than 900 square kilometres "
        "in the past week.\n", encoding="utf-8")
    report.build(folder, tmp_path / "out")
    claims = pd.read_csv(tmp_path / "out" / "tables" / "claims-vs-territory.csv", keep_default_na=False)
    checked = pd.read_csv(tmp_path / "out" / "tables" / "facts-vs-maps.csv", keep_default_na=False)
    assert {"attribution", "cue", "figure_check"} <= set(claims.columns)
    assert {"speaker", "source_attribution"} <= set(checked.columns)
    figure = checked[checked["reported_km2"] != ""].iloc[0]
    assert figure["speaker"] != ""
    stating = claims[claims["text"].str.contains("900")].iloc[0]
    assert stating["figure_check"] == f"{figure['fact_id']}: {figure['assessment']}"
    assert "facts-vs-maps" in stating["rule"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for column in ("attribution", "cue", "figure_check", "speaker", "source_attribution", "measure",
                   "series_credit", "rule", "reason"):
        assert f"`{column}`" in readme, column


def test_exported_csv_files_open_in_a_spreadsheet(mine, tmp_path):
    report.build(mine, tmp_path / "out")
    for path in (tmp_path / "out").rglob("*.csv"):
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf"), path  # the BOM Excel needs to read UTF-8
    quotes = (tmp_path / "out" / "tables" / "quotes.csv").read_bytes().decode("utf-8-sig")
    assert "“going according to plan”" in quotes or "Everything is going according to plan" in quotes


def test_a_claim_after_the_series_ends_is_named(tmp_path):
    (tmp_path / "late.txt").write_text("date 2030-01-10 Putin said everything was “going according "
                                       "to plan”, the Kremlin said.", encoding="utf-8")
    done = report.build(tmp_path, tmp_path / "out")
    assert any("after the territory series ends" in note and "make territory" in note for note in done.notes)


def test_command_line_report_on_a_folder(mine, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code = main(["report", "--folder", "my/articles", "--out", "build/mine"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Wrote " in out and str((tmp_path / "build" / "mine").resolve()) in out
    assert "SKIPPED  notes.pdf" in out
    assert (tmp_path / "build" / "mine" / "tables" / "quotes.csv").is_file()
    code = main(["report", "--folder", "nowhere"])
    assert code == 1 and "no such folder" in capsys.readouterr().err


def test_add_needs_its_folder(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["add", str(EXAMPLE)])
    assert "--folder" in capsys.readouterr().err
    with pytest.raises(ValueError, match="folder"):
        from saidvsdone import collect

        collect.add([EXAMPLE])


def test_export_writes_under_the_export_folder_with_a_bom(tmp_path, monkeypatch):
    monkeypatch.setenv(notebook.EXPORT_ENV, str(tmp_path))
    notebook.export(pd.DataFrame({"text": ["“going to plan”"]}), "quotes")
    assert (tmp_path / "tables" / "quotes.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert notebook.export_folder() == tmp_path
    monkeypatch.delenv(notebook.EXPORT_ENV)
    assert notebook.export_folder() == ROOT / "build"


def test_export_says_why_it_wrote_nothing(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(notebook.EXPORT_ENV, str(blocker))
    with pytest.warns(UserWarning, match="not written to .*a-file"):
        notebook.export(pd.DataFrame({"x": [1]}), "table")
    monkeypatch.delenv(notebook.EXPORT_ENV)
    monkeypatch.setattr(notebook, "export_folder", lambda: None)
    with pytest.warns(UserWarning, match=notebook.EXPORT_ENV):
        notebook.export(pd.DataFrame({"x": [1]}), "table")


def test_the_load_summary_is_a_warning_and_heads_the_notebook_display(mine):
    with pytest.warns(corpus.LoadWarning) as caught:
        articles = corpus.load(mine)
    [warning] = caught
    message = str(warning.message)
    assert "2 articles loaded" in message and "1 skipped" in message
    assert "corpus.report(articles)" in message
    assert "1 skipped" in articles._repr_html_() and "corpus.report(articles)" in articles._repr_html_()
    assert repr(articles).startswith("corpus.load: 2 articles")
    assert type(articles.head()) is pd.DataFrame  # selections display as plain tables


def test_a_clean_load_says_nothing(tmp_path):
    (tmp_path / "one.txt").write_text("date 2022-09-17 Putin said it was going to plan.", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        articles = corpus.load(tmp_path)
    assert "corpus.load" not in articles._repr_html_()
    assert not repr(articles).startswith("corpus.load")


def _snapshot(path: Path, lon: float) -> None:
    square = [[[30, 45], [lon, 45], [lon, 45.01], [30, 45.01], [30, 45]]]
    other = [[[20, 45], [21, 45], [21, 46], [20, 46], [20, 45]]]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Occupied"}, "geometry": {"type": "Polygon", "coordinates": square}},
        {"type": "Feature", "properties": {"name": "Liberated"}, "geometry": {"type": "Polygon", "coordinates": other}},
    ]}), encoding="utf-8")


def test_territory_command_appends_new_days_from_snapshots(tmp_path, capsys):
    series = tmp_path / "series.csv"
    series.write_text("date,occupied_km2,occupied_pct_of_ukraine,series\n"
                      "2026-08-20,100.0,0.017,old\n2026-08-21,100.0,0.017,old\n", encoding="utf-8")
    snaps = tmp_path / "snaps"
    snaps.mkdir()
    _snapshot(snaps / "deepstatemap_data_20260821.geojson", 31.0)  # the 20th's map: not new
    _snapshot(snaps / "deepstatemap_data_20260823.geojson", 31.3)
    args = ["territory", str(snaps), "--shift-days", "1", "--where", "name=Occupied", "--csv", str(series)]
    assert main(args + ["--dry-run"]) == 0
    assert "1 new day (2026-08-22 → 2026-08-22)" in capsys.readouterr().out
    assert series.read_text().count("\n") == 3
    assert main(args) == 0
    table = pd.read_csv(series)
    assert table["date"].tolist()[-1] == "2026-08-22" and len(table) == 3
    assert 100 < table["occupied_km2"].iloc[-1] < 130  # 1.3° × 0.01° near 45° N (~114 km²); the other polygon left out
    assert main(args) == 0 and len(pd.read_csv(series)) == 3  # nothing new the second time


def test_the_claimreview_is_dated_the_day_given_else_a_note_says_which_day_it_carries(mine, tmp_path, capsys):
    (mine / "kharkiv.txt").write_text("Zelensky hails advance\nBy Jane Doe, September 14, 2022\n\nPresident Volodymyr Zelensky "
                                      "said on Tuesday that Ukrainian forces were advancing.\n", encoding="utf-8")
    code = main(["report", "--folder", str(mine), "--out", str(tmp_path / "dated"), "--review-author", "Trial Desk",
                 "--review-url", "https://example.org/check", "--review-date", "2026-12-03"])
    assert code == 0
    reviews = json.loads((tmp_path / "dated" / "claimreview.jsonld").read_text(encoding="utf-8"))
    assert reviews and {r["datePublished"] for r in reviews} == {"2026-12-03"}
    done = report.build(mine, tmp_path / "undated", review_author="Trial Desk", review_url="https://example.org/c")
    assert any("--review-date" in note for note in done.notes)
    with pytest.raises(SystemExit):   # argparse: "not a date (YYYY-MM-DD)"
        main(["report", "--folder", str(mine), "--review-date", "31/02/2023"])
    assert "not a date" in capsys.readouterr().err


def test_the_facts_table_shows_each_figures_side_and_direction(tmp_path):
    # facts-vs-maps.csv carries the actor and change of every figure, so a reader sees which
    # way it points (a Ukrainian gain is a Russian loss on the map)
    folder = tmp_path / "figures"
    folder.mkdir()
    (folder / "gains.txt").write_text(
        "Kyiv retakes ground\nBy Jane Doe, October 3, 2022\n\n"
        "Ukrainian forces retook 600 square kilometres in September, officials said. "
        "Russian troops captured 20 square kilometres near Bakhmut last week.\n", encoding="utf-8")
    report.build(folder, tmp_path / "out")
    table = pd.read_csv(tmp_path / "out" / "tables" / "facts-vs-maps.csv").dropna(subset=["reported_km2"])
    columns = list(table.columns)
    assert columns.index("category") < columns.index("actor") < columns.index("change")
    rows = {(r.actor, r.change, r.reported_km2) for r in table.itertuples()}
    assert ("Ukraine", "gain", -600.0) in rows and ("Russia", "gain", 20.0) in rows


def test_a_command_whose_optional_package_is_missing_says_which_extra_installs_it(monkeypatch, tmp_path, capsys):
    from saidvsdone import __main__ as cli

    def without_dask(args):
        raise ModuleNotFoundError("No module named 'dask'", name="dask")

    monkeypatch.setattr(cli, "_run", without_dask)
    assert cli.main(["run", str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "out")]) == 2
    message = capsys.readouterr().err
    assert "'dask'" in message and "pip install '.[dask]'" in message
