"""A journalist's and a teacher's first hour, continued (nu12): ``add`` warns when a manifest row has no source (and
keeps the row), ``make report FOLDER=…`` runs ``report --folder`` (its folder-only options are never silently ignored),
every file the report, the charts, the notebook commands and ``territory`` write is whole or not there, and a chart's
title wraps into even lines that clear the axis. Invented texts only."""

from __future__ import annotations

import json
import re
from pathlib import Path

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from saidvsdone import _atomic, charts, collect, report, territory  # noqa: E402
from saidvsdone.__main__ import main  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

WIRE = ("date 2023-06-14\nDefence Minister Ivan Testenko said on Wednesday that the brigades near the river were "
        "advancing and that “the work is going according to plan”.\n")
NO_DAY = "date 2023-06-14\nThe minister Olga Brightwater said: “The offensive is going to plan.”\n"


# --- add: a row with no source -----------------------------------------------------------------------------------

def test_add_warns_of_a_row_with_no_source_naming_the_file_and_its_manifest_line_and_keeps_the_row(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "wire.txt").write_text(WIRE, encoding="utf-8")
    done = collect.add([inbox / "wire.txt"], folder=tmp_path / "articles")
    frame = done.to_frame()
    warned = frame[(frame["status"] == "warning") & frame["message"].str.startswith("no source found")]
    assert warned["file"].tolist() == ["wire.txt"] and warned["manifest_line"].tolist() == [2]
    assert "fill in 'source'" in warned["message"].iloc[0]
    shown = str(done)
    assert re.search(r"WARNING +\S*wire\.txt → wire\.txt \(manifest line 2\): no source found: fill in 'source'", shown)
    assert "Fill in the 2 missing values" in shown  # the title and the source (the date was read)
    manifest = pd.read_csv(tmp_path / "articles" / "articles.csv", keep_default_na=False)
    assert manifest["file"].tolist() == ["wire.txt"]  # never dropped
    assert manifest["source"].tolist() == [""] and manifest["published"].tolist() == ["2023-06-14"]


def test_add_says_nothing_of_the_source_when_the_page_names_its_site(tmp_path):
    done = collect.add([ROOT / "data" / "examples" / "saved-page.html"], folder=tmp_path / "articles")
    assert not any(e.message.startswith("no source found") for e in done.entries)
    assert "Fill in" not in str(done)


def test_add_asks_for_a_source_column_when_the_manifest_has_none(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "articles.csv").write_text("file,published,title\n", encoding="utf-8")
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    done = collect.add([tmp_path / "wire.txt"], folder=folder)
    [message] = [e.message for e in done.entries if e.message.startswith("no source found")]
    assert "the manifest has no 'source' column: add one" in message


def test_the_no_source_message_names_the_site_of_an_address_read_from_the_page():
    assert collect._no_source_message("https://www.example-ledger.org/news/2023/06/14/front") \
        .endswith("; its address is on example-ledger.org")
    assert "its address" not in collect._no_source_message("")
    assert "its address" not in collect._no_source_message("not an address")
    assert "its address" not in collect._no_source_message("http://[::1")  # no URL: nothing suggested, no error


# --- make report FOLDER=…: the command line it runs --------------------------------------------------------------

def test_make_report_passes_folder_out_and_manifest_to_the_command_line():
    recipe = re.search(r"^report: setup\n\t(.+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    assert recipe is not None
    line = recipe.group(1)
    assert "-m saidvsdone report" in line
    for variable, option in (("FOLDER", "--folder"), ("OUT", "--out"), ("MANIFEST", "--manifest")):
        assert re.search(re.escape(f'$(if $({variable}),') + " ?" + re.escape(f'{option} "$({variable})")'), line)
    assert not line.endswith(" ")  # no trailing space in the command make echoes (nu15)


def test_report_folder_without_out_writes_to_build_and_the_folders_name(tmp_path, monkeypatch, capsys):
    """What ``make report FOLDER=my/articles`` runs, from the repository folder: no OUT, so build/articles/."""
    folder = tmp_path / "my" / "articles"
    folder.mkdir(parents=True)
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--folder", "my/articles"]) == 0
    out = tmp_path / "build" / "articles"
    for name in ("articles.csv", "load-report.csv", "tables/quotes.csv", "tables/claims-vs-territory.csv",
                 "tables/facts-vs-maps.csv", "claimreview.jsonld"):
        assert (out / name).is_file(), name
    printed = capsys.readouterr().out
    assert f"to {out}" in printed and "evidence" in printed
    assert not list(out.rglob(f"*{_atomic.WRITING_SUFFIX}"))  # no temporary file left behind


def test_report_options_for_a_folder_given_without_one_stop_with_a_message(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--manifest", "my/articles.csv", "--speaker", "Testenko"]) == 2
    err = capsys.readouterr().err
    assert "--manifest, --speaker apply to a folder of your own articles" in err
    assert "make report FOLDER=" in err
    assert main(["report", "--review-author", "Trial Desk"]) == 2
    assert "--review-author applies to" in capsys.readouterr().err


def test_a_claim_with_no_day_is_counted_in_the_singular(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "brief.txt").write_text(NO_DAY, encoding="utf-8")
    done = report.build(folder, tmp_path / "out", n_jobs=1)
    notes = [n for n in done.notes if "no day of" in n]
    assert notes == ["1 claim with no day of its own in the article (see date_basis); it stays off the timeline "
                     "and out of the comparison"]


# --- whole or not at all -----------------------------------------------------------------------------------------

def test_a_table_that_fails_half_way_leaves_the_earlier_table_whole_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "quotes.csv"
    report.write_csv(pd.DataFrame({"text": ["first run"]}), path)
    before = path.read_bytes()

    def half_then_fail(self, target, *args, **kwargs):
        Path(target).write_text("text\nhalf a ro", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_csv", half_then_fail)
    with pytest.raises(OSError):
        report.write_csv(pd.DataFrame({"text": ["second run"]}), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes.csv"]


def test_an_interrupted_write_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "claimreview.jsonld"
    _atomic.write_text_whole(path, "[]")
    with pytest.raises(KeyboardInterrupt):
        with _atomic.whole_file(path) as partial:
            partial.write_text('[{"@type": "ClaimRev', encoding="utf-8")
            raise KeyboardInterrupt
    assert path.read_text(encoding="utf-8") == "[]"
    assert [p.name for p in tmp_path.iterdir()] == ["claimreview.jsonld"]


def test_a_figure_is_replaced_whole_and_a_failed_save_keeps_the_earlier_one(tmp_path, monkeypatch):
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 1])
    try:
        first = charts.save(fig, "line", tmp_path)
        png = first[0].read_bytes()
        assert png.startswith(b"\x89PNG") and b"<svg" in first[1].read_bytes()

        def fail(*args, **kwargs):
            raise RuntimeError("renderer gone")

        monkeypatch.setattr(fig, "savefig", fail)
        with pytest.raises(RuntimeError):
            charts.save(fig, "line", tmp_path)
        assert first[0].read_bytes() == png
        assert sorted(p.name for p in tmp_path.iterdir()) == ["line.png", "line.svg"]
    finally:
        plt.close(fig)


def _snapshot(path: Path, lon: float) -> None:
    square = [[[30, 45], [lon, 45], [lon, 45.01], [30, 45.01], [30, 45]]]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Occupied"}, "geometry": {"type": "Polygon", "coordinates": square}},
    ]}), encoding="utf-8")


def test_territory_keeps_every_earlier_byte_and_ends_a_last_line_that_had_no_line_break(tmp_path):
    series = tmp_path / "series.csv"
    earlier = "date,occupied_km2,occupied_pct_of_ukraine,series\n2026-08-21,100.0,0.017,old"  # no final line break
    series.write_text(earlier, encoding="utf-8")
    snaps = tmp_path / "snaps"
    snaps.mkdir()
    _snapshot(snaps / "map_2026-08-22.geojson", 31.3)
    assert main(["territory", str(snaps), "--csv", str(series)]) == 0
    text = series.read_text(encoding="utf-8")
    assert text.startswith(earlier + "\n2026-08-22,")
    assert text.endswith("\n") and len(pd.read_csv(series)) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["series.csv", "snaps"]


# --- a chart's title on a projector ------------------------------------------------------------------------------

def test_a_long_title_wraps_into_even_lines_never_one_word_alone():
    fig, ax = plt.subplots()
    try:
        title = ax.set_title("")
        renderer = fig.canvas.get_renderer()
        text = "Shelling reports from the river towns against the map of the southern front in 2023"
        head = text.rsplit(" ", 1)[0]
        width = renderer.get_text_width_height_descent(head, title.get_fontproperties(), ismath=False)[0]
        width_pts = width * 72 / fig.dpi + 1  # everything but the last word fits on the first line
        greedy = charts._wrap_to(text, width_pts, title, renderer)
        assert greedy.split("\n") == [head, "2023"]  # what a plain wrap does: one word alone
        balanced = charts._wrap_to(text, width_pts, title, renderer, balance=True)
        lines = balanced.split("\n")
        assert len(lines) == 2 and " ".join(lines) == text
        assert all(len(line.split()) > 2 for line in lines)
        widths = [renderer.get_text_width_height_descent(line, title.get_fontproperties(), ismath=False)[0]
                  for line in lines]
        assert max(widths) * 72 / fig.dpi <= width_pts
        assert charts._wrap_to("Short title", width_pts, title, renderer, balance=True) == "Short title"
    finally:
        plt.close(fig)


def test_a_two_line_title_stays_clear_of_the_top_tick_label():
    series = territory.load()
    no_claims = pd.DataFrame(columns=["claim_id", "speaker", "claim_type", "text", "statement_date"])
    fig, ax = charts.claims_timeline(series, no_claims, source="deepstate", as_of="2026-08-21",
                                     title="Russian-held area of Ukraine, as the volunteer maps drew it, day by day "
                                           "through the years of the war")
    try:
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        title = next(t for t in (ax.title, ax._left_title, ax._right_title) if t.get_text())
        assert "\n" in title.get_text()
        top_tick = max(label.get_window_extent(renderer).y1 for label in ax.get_yticklabels() if label.get_text())
        assert title.get_window_extent(renderer).y0 >= top_tick
    finally:
        plt.close(fig)


# --- a net change printed for a class ----------------------------------------------------------------------------

def test_a_net_change_names_the_day_asked_and_the_map_in_force_when_that_is_an_earlier_one():
    series = pd.DataFrame({"date": pd.to_datetime(["2024-03-01", "2024-03-02", "2024-03-05"]),
                           "area_km2": [1000.0, 1100.0, 1250.0], "source": "volunteer"})
    shown = str(territory.change(series, "2024-03-02", "2024-03-04"))
    assert "1,100.0 km² (2024-03-02) → 1,100.0 km² (2024-03-04, map of 2024-03-02)" in shown
    same_days = str(territory.change(series, "2024-03-01", "2024-03-05"))
    assert "(2024-03-01) →" in same_days and "(2024-03-05):" in same_days and "map of" not in same_days
