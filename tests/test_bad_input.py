"""The bad-input matrix: what a careless user (or an attacker) gives, what they see, and that nothing is lost.

Each case of a table below is one bad input. The test checks three things:

* what the user sees: a load-report line, an ``add`` entry or an exception message that
  names the file (and the manifest line) or the argument, and says what to do;
* that the rest goes on: the good article next to the bad one is still loaded;
* that nothing is lost: every file the user gave is byte-identical afterwards.

The machine these tests run on may run them as root, for whom permission bits mean
nothing, so unreadable files and folders are simulated by making the one call that
would fail raise the ``PermissionError`` the operating system would raise.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd
import pytest

from saidvsdone import collect, compare, corpus, territory
from saidvsdone.__main__ import main

GOOD = "date 2022-10-14\nPutin said the call-up “is coming to an end.” The army moved on Monday."


def _write(folder: Path, name: str, data) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _snapshot(root: Path) -> dict[str, bytes]:
    """The bytes of every regular file under ``root`` (links and pipes not followed)."""
    found = {}
    for directory, folders, files in os.walk(root):
        for name in files:
            path = Path(directory, name)
            if path.is_symlink() or not path.is_file():
                continue
            with open(path, "rb") as handle:  # not Path.read_bytes, which a test may deny
                found[path.relative_to(root).as_posix()] = handle.read()
    return found


def _deny(monkeypatch, target: Path, method: str = "read_bytes", modes: str = "rwa") -> None:
    """Make ``Path.<method>`` on ``target`` raise PermissionError, as it does for a file of
    mode 000 (or, with ``method="open", modes="wa"``, for a read-only file)."""
    original = getattr(Path, method)

    def denied(self, *args, **kwargs):
        mode = (args[0] if args else kwargs.get("mode", "r")) if method == "open" else "r"
        if Path(self).resolve() == target.resolve() and any(m in mode for m in modes):
            raise PermissionError(13, "Permission denied", str(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, method, denied)


def _deny_folder(monkeypatch, target: Path) -> None:
    original = os.scandir

    def denied(path="."):
        if Path(path).resolve() == target.resolve():
            raise PermissionError(13, "Permission denied", str(path))
        return original(path)

    monkeypatch.setattr(os, "scandir", denied)


# --- corpus.load: one bad file among good ones ---------------------------------------------

@dataclass
class LoadCase:
    name: str
    build: Callable  # (folder, monkeypatch) -> None; good.txt is already there
    file: str  # the report line is about this file …
    status: str  # … with this status …
    says: str  # … and says this
    line: int | None = None  # manifest line, when the message is about a manifest row
    loaded: tuple[str, ...] = ("good.txt",)  # these articles are still loaded


def _manifest(text: str):
    return lambda folder, mp: _write(folder, "articles.csv", text)


def _with(name: str, data, manifest: str | None = None):
    def build(folder, mp):
        _write(folder, name, data)
        if manifest is not None:
            _write(folder, "articles.csv", manifest)
    return build


def _symlink(link: str, target: str):
    return lambda folder, mp: os.symlink(target, folder / link)


def _loop(folder, mp):
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")


def _folder_link(folder, mp):
    _write(folder.parent, "elsewhere/other.txt", GOOD.replace("Monday", "Friday"))
    os.symlink(folder.parent / "elsewhere", folder / "linked")


def _unreadable_file(folder, mp):
    _deny(mp, _write(folder, "locked.txt", GOOD.replace("Monday", "Sunday")))


def _unreadable_folder(folder, mp):
    _write(folder, "locked/inside.txt", GOOD.replace("Monday", "Sunday"))
    _deny_folder(mp, folder / "locked")


def _pipe(folder, mp):
    os.mkfifo(folder / "pipe.txt")


HUGE_PAGE = "<html><body><article>" + "<div><p>x y z</p></div>" * 60_000 + "</article></body></html>"
SCRIPT_PAGE = "<html><head><script>" + "var x = 1;" * 450_000 + "</script></head><body><p>x</p></body></html>"

LOAD_CASES = [
    LoadCase("manifest date in year 222", _with("bad.txt", "Zelensky said they held.", "file,published\n"
             "bad.txt,0222-10-14\n"), "bad.txt", "warning", "0222-10-14 is outside 1900–2099", 2,
             ("good.txt", "bad.txt")),
    LoadCase("manifest date in year 1654", _with("bad.txt", "Zelensky said they held.", "file,published\n"
             "bad.txt,1654-01-18\n"), "bad.txt", "warning", "1654-01-18 is outside", 2, ("good.txt", "bad.txt")),
    LoadCase("header line in year 2922", _with("bad.txt", "date 2922-10-14\nZelensky said they held."),
             "bad.txt", "warning", "header line date 2922-10-14 is outside", None, ("good.txt", "bad.txt")),
    LoadCase("unreadable file", _unreadable_file, "locked.txt", "skipped", "cannot read the file "
             "(permission denied)"),
    LoadCase("unreadable sub-folder", _unreadable_folder, "locked", "skipped", "cannot open this folder "
             "(permission denied)"),
    LoadCase("dangling link", _symlink("gone.txt", "nowhere.txt"), "gone.txt", "skipped", "a link to nothing"),
    LoadCase("symlink loop", _loop, "loop-a.txt", "skipped", "a link loop"),
    LoadCase("link to a folder", _folder_link, "linked", "skipped", "a link to a folder"),
    LoadCase("link to a file", _symlink("alias.txt", "good.txt"), "alias.txt", "warning",
             "a link to good.txt: read through the link", None, ("good.txt", "alias.txt")),
    LoadCase("named pipe", _pipe, "pipe.txt", "skipped", "not a regular file"),
    LoadCase("page with 1.4 MB of markup", _with("huge.html", HUGE_PAGE), "huge.html", "skipped",
             "over the 1 MB limit for a page"),
    LoadCase("page of 4.5 MB (a script)", _with("script.html", SCRIPT_PAGE), "script.html", "skipped",
             "over the 4 MB limit for a page"),
    LoadCase("unquoted comma in the first manifest row",
             _manifest("file,published,source,title\nbad.txt,2022-10-01,AP,Kyiv, Kharkiv\n"
                       "good.txt,2022-10-14,Reuters,Good\n"),
             "bad.txt", "warning", "row has 5 cells, the header 4", 2),
    LoadCase("manifest row with too few cells",
             _manifest("file,published,source,title\ngood.txt,2022-10-14\n"),
             "good.txt", "warning", "row has 2 cells, the header 4: the missing cells are read as empty", 2),
    LoadCase("semicolon manifest", _manifest("file;published;source\ngood.txt;2022-10-14;Reuters, Kyiv\n"),
             "articles.csv", "warning", "separated by ';'", 1),
    LoadCase("copy left by a killed add", _with(".bad.txt.add-partial", "Zelensky said"), ".bad.txt.add-partial",
             "skipped", "an incomplete copy left by an interrupted `add`"),
    LoadCase("PDF saved as .txt", _with("report.txt", b"%PDF-1.7\n%binary"), "report.txt", "skipped",
             "a PDF document"),
    LoadCase("empty file", _with("empty.txt", b""), "empty.txt", "skipped", "empty file"),
]


@pytest.mark.parametrize("case", LOAD_CASES, ids=[c.name for c in LOAD_CASES])
def test_load_reports_a_bad_file_and_loads_the_rest(case, tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    _write(folder, "good.txt", GOOD)
    case.build(folder, monkeypatch)
    before = _snapshot(tmp_path)

    started = time.perf_counter()
    articles = corpus.load(folder)
    elapsed = time.perf_counter() - started

    entries = articles.attrs["report"].entries
    said = [(line, m) for f, line, s, m in entries if f == case.file and s == case.status]
    assert any(case.says in m for _, m in said), f"no {case.status} line for {case.file}: {entries}"
    if case.line is not None:
        assert case.line in [line for line, m in said if case.says in m]
    assert set(case.loaded) <= set(articles["file"])
    assert articles["published"].dtype == "datetime64[ns]"
    assert str(articles.set_index("file").loc["good.txt", "published"].date()) == "2022-10-14"
    assert _snapshot(tmp_path) == before  # nothing written, nothing changed
    assert elapsed < 20  # a big page is refused before the extractor sees it


def test_an_out_of_range_date_leaves_the_article_undated_not_dated_wrong(tmp_path):
    _write(tmp_path, "a.txt", "date 2922-10-14\nZelensky said they held.")
    _write(tmp_path, "b.txt", "Zelensky said they held the line near the river.")
    _write(tmp_path, "articles.csv", "file,published\nb.txt,0222-10-14\n")
    articles = corpus.load(tmp_path).set_index("file")
    assert articles["published"].isna().all()
    assert (articles["published_basis"] == "none").all()
    assert articles.loc["a.txt", "text"] == "Zelensky said they held."  # the header line still leaves


def test_an_unquoted_comma_shifts_no_other_row(tmp_path):
    """pandas took the extra cell of the first row as an index column and shifted every row."""
    _write(tmp_path, "a.txt", "Zelensky said they held.")
    _write(tmp_path, "b.txt", "Putin said it was going to plan.")
    _write(tmp_path, "articles.csv", "file,published,source,title\na.txt,2022-10-01,AP,Kyiv, Kharkiv\n"
           "b.txt,2022-10-14,Reuters,Going to plan\n")
    articles = corpus.load(tmp_path).set_index("file")
    assert articles.loc["b.txt", ["published", "source", "title"]].tolist() == [
        pd.Timestamp("2022-10-14"), "Reuters", "Going to plan"]
    assert articles.loc["a.txt", "source"] == ""  # the misaligned row's cells are not guessed


def test_a_semicolon_manifest_is_read_by_columns(tmp_path):
    _write(tmp_path, "a.txt", "Zelensky said they held.")
    _write(tmp_path, "articles.csv", "file;published;source;title\na.txt;2022-10-01;Reuters, Kyiv;Held\n")
    row = corpus.load(tmp_path).iloc[0]
    assert (str(row["published"].date()), row["source"], row["title"]) == ("2022-10-01", "Reuters, Kyiv", "Held")


def test_an_unreadable_manifest_is_one_clear_error(tmp_path, monkeypatch):
    _write(tmp_path, "a.txt", GOOD)
    manifest = _write(tmp_path, "articles.csv", "file,published\na.txt,2022-10-14\n")
    _deny(monkeypatch, manifest)
    with pytest.raises(corpus.CorpusError, match=r"articles\.csv: cannot read the manifest \(permission denied\)"):
        corpus.load(tmp_path)


# --- collect.add / python -m saidvsdone add ------------------------------------------------------

def _sources(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "inbox"
    for i in range(n):
        _write(folder, f"story{i:03d}.txt", f"date 2022-10-{1 + i % 28:02d}\nHeadline {i}\n\n"
               f"Story {i}: the army said it moved forward near village number {i}.\n")
    return folder


def test_add_a_read_only_manifest_is_one_line_naming_it_and_nothing_is_copied(tmp_path, monkeypatch, capsys):
    inbox = _sources(tmp_path, 3)
    folder = tmp_path / "articles"
    manifest = _write(folder, "articles.csv", "file,published\n")
    before = _snapshot(tmp_path)
    _deny(monkeypatch, manifest, "open", modes="wa")  # read-only: opening it to append fails

    assert main(["add", str(inbox), "--folder", str(folder)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert str(manifest) in err and "cannot write to the manifest (permission denied): nothing copied" in err
    assert _snapshot(tmp_path) == before


def test_add_an_unreadable_source_is_skipped_by_name_and_the_others_are_added(tmp_path, monkeypatch):
    inbox = _sources(tmp_path, 3)
    _deny(monkeypatch, inbox / "story001.txt", "open")
    before = _snapshot(inbox)
    report = collect.add([inbox], folder=tmp_path / "articles")
    assert report.added == ["story000.txt", "story002.txt"]
    skipped = [e for e in report.entries if e.status == "skipped"]
    assert [(e.source, e.message) for e in skipped] == [
        ("inbox/story001.txt", "cannot read the file (permission denied); not copied")]
    assert _snapshot(inbox) == before


def test_add_reports_links_and_unreadable_folders_among_its_sources(tmp_path, monkeypatch):
    inbox = _sources(tmp_path, 1)
    os.symlink("nowhere.txt", inbox / "gone.txt")
    _write(inbox, "locked/x.txt", GOOD)
    _deny_folder(monkeypatch, inbox / "locked")
    report = collect.add([inbox], folder=tmp_path / "articles")
    seen = {(e.source, e.status): e.message for e in report.entries}
    assert "a link to nothing" in seen[("inbox/gone.txt", "skipped")]
    assert "cannot open this folder (permission denied)" in seen[("inbox/locked", "skipped")]
    assert report.added == ["story000.txt"]


def test_add_does_not_record_a_date_outside_the_sane_range(tmp_path):
    _write(tmp_path, "inbox/typo.txt", "date 2922-10-14\nZelensky said they held the line.")
    report = collect.add([tmp_path / "inbox"], folder=tmp_path / "articles")
    assert any("2922-10-14 is outside" in e.message for e in report.entries)
    rows = pd.read_csv(tmp_path / "articles" / "articles.csv", dtype=str, keep_default_na=False)
    assert rows["published"].tolist() == [""]
    assert len(corpus.load(tmp_path / "articles")) == 1  # and the folder still loads, and add again works
    assert collect.add([tmp_path / "inbox"], folder=tmp_path / "articles").added == []


def test_add_writes_each_row_as_soon_as_its_copy_is_complete(tmp_path, monkeypatch):
    """A manifest that fails on the third row leaves two copies with rows and one without,
    which the next run gives its row."""
    inbox = _sources(tmp_path, 4)
    folder = tmp_path / "articles"
    real_append, calls = collect._append_rows, []

    def failing(path, layout, rows):
        calls.append(rows[0]["file"])
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        real_append(path, layout, rows)

    monkeypatch.setattr(collect, "_append_rows", failing)
    with pytest.raises(corpus.CorpusError, match="cannot append the row of story002.txt .no space left on device."):
        collect.add([inbox], folder=folder)
    monkeypatch.setattr(collect, "_append_rows", real_append)
    listed = pd.read_csv(folder / "articles.csv", dtype=str)["file"].tolist()
    assert listed == ["story000.txt", "story001.txt"]
    again = collect.add([inbox], folder=folder)
    assert again.added == ["story002.txt", "story003.txt"]
    assert "copied by an interrupted add" in again.entries[2].message
    assert sorted(p.name for p in folder.iterdir()) == ["articles.csv"] + [f"story00{i}.txt" for i in range(4)]


def test_add_replaces_a_copy_cut_short_by_an_older_add_instead_of_adding_name_2(tmp_path):
    inbox = _sources(tmp_path, 1)
    full = (inbox / "story000.txt").read_bytes()
    _write(tmp_path, "articles/story000.txt", full[:10])  # truncated, unlisted
    report = collect.add([inbox], folder=tmp_path / "articles")
    assert report.added == ["story000.txt"]
    assert "replaced story000.txt, an unlisted copy of it cut short" in report.entries[0].message
    assert (tmp_path / "articles" / "story000.txt").read_bytes() == full


def _check_folder_after_kill(folder: Path, inbox: Path) -> tuple[int, list[str]]:
    """Invariants of an interrupted add: every listed file complete; at most one partial copy;
    at most one complete copy without its row. Returns (listed, partial files)."""
    partial = [p.name for p in folder.glob(f"*{corpus.PARTIAL_SUFFIX}")]
    assert len(partial) <= 1, partial
    manifest = folder / "articles.csv"
    listed = pd.read_csv(manifest, dtype=str)["file"].tolist() if manifest.exists() else []
    assert len(listed) == len(set(listed))
    for name in listed:
        assert (folder / name).read_bytes() == (inbox / name).read_bytes()
    copies = sorted(p.name for p in folder.glob("*.txt"))
    unlisted = sorted(set(copies) - set(listed))
    assert len(unlisted) <= 1, unlisted
    for name in unlisted:
        assert (folder / name).read_bytes() == (inbox / name).read_bytes()  # complete, or not there
    return len(listed), partial


def test_add_killed_mid_way_leaves_a_clean_folder_and_a_rerun_completes_it(tmp_path):
    inbox = _sources(tmp_path, 40)
    before = _snapshot(inbox)
    folder = tmp_path / "articles"
    command = [sys.executable, "-m", "saidvsdone", "add", str(inbox), "--folder", str(folder)]
    env = {**os.environ, collect._PAUSE_VARIABLE: "0.05"}
    saw_partial = False
    # kill while a copy is being written (tried up to three times: on a busy machine the
    # kill may land just after the rename), then after ~12 and ~24 rows
    for when in ("partial", "partial", "partial", 12, 24):
        if when == "partial" and saw_partial:
            continue
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if when == "partial":
                if any(folder.glob(f"*{corpus.PARTIAL_SUFFIX}")) and (folder / "articles.csv").exists():
                    break
            elif (folder / "articles.csv").exists() and \
                    (folder / "articles.csv").read_text().count("\n") > when:
                break
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
        process.communicate()
        n_listed, partial = _check_folder_after_kill(folder, inbox)
        saw_partial |= bool(partial)
        assert 0 < n_listed < 40

    assert saw_partial  # the first kill landed mid-copy
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    n_listed, partial = _check_folder_after_kill(folder, inbox)
    assert (n_listed, partial) == (40, [])
    assert sorted(p.name for p in folder.glob("*.txt")) == sorted(before)  # no story000-2.txt
    assert _snapshot(inbox) == before
    assert "Traceback" not in done.stdout
    assert len(corpus.load(folder)) == 40


def test_the_next_add_removes_a_partial_copy_and_says_so(tmp_path):
    inbox = _sources(tmp_path, 1)
    _write(tmp_path, "articles/.story000.txt.add-partial", b"Story 0: the ar")
    report = collect.add([inbox], folder=tmp_path / "articles")
    assert report.entries[0].status == "warning"
    assert "removed an incomplete copy left by an interrupted add (of story000.txt)" in report.entries[0].message
    assert report.added == ["story000.txt"]
    assert not list((tmp_path / "articles").glob("*.add-partial"))


# --- territory, GeoJSON and compare: bad arguments --------------------------------------------

CELL = {"type": "Polygon", "coordinates": [[[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]]}


def _geojson(tmp_path: Path, name: str, text: str) -> Path:
    return _write(tmp_path, name, text)


@pytest.mark.parametrize("name, text, says", [
    ("deep.geojson", '{"type": "GeometryCollection", "geometries": [' * 200 + json.dumps(CELL) + "]}" * 200,
     "nested more than 64 levels deep"),
    ("deeper.geojson", "[" * 100_000 + "]" * 100_000, "nested too deeply to read"),
    ("numeric-date.geojson", json.dumps({**CELL, "date": 1664150400}), '"date" member is 1664150400, not a date string'),
    ("zero-date.geojson", json.dumps({**CELL, "date": 0}), '"date" member is 0, not a date string'),
    ("typo-date.geojson", json.dumps({**CELL, "date": "2922-10-14"}), "outside"),
    ("words-date.geojson", json.dumps({**CELL, "date": "soon"}), "cannot read \"date\" member 'soon'"),
], ids=["nested GeometryCollections", "nested arrays", "Unix time as date", "date 0", "year 2922",
        "date in words"])
def test_from_geojson_refuses_with_the_file_named(tmp_path, name, text, says):
    path = _geojson(tmp_path, name, text)
    good = _geojson(tmp_path, "map_2022-10-14.geojson", json.dumps(CELL))
    before = _snapshot(tmp_path)
    with pytest.raises(territory.GeoJSONError) as caught:
        territory.from_geojson(path)
    assert str(caught.value).startswith(str(path)) and says in str(caught.value)
    assert len(territory.from_geojson(good)) == 1
    assert _snapshot(tmp_path) == before


DEEPSTATE = territory.load("deepstate")


@pytest.mark.parametrize("call, error, says", [
    (lambda: territory.value_on(DEEPSTATE, 20230101), TypeError, "20230101 is a number, not a date"),
    (lambda: territory.value_on(DEEPSTATE, "yesterday"), ValueError, "cannot read date 'yesterday'"),
    (lambda: territory.value_on(DEEPSTATE, "1654-01-18"), ValueError, "1654-01-18 is outside 1677–2262"),
    (lambda: territory.value_on(DEEPSTATE, "2023-01-01", max_staleness_days="3"), TypeError, "whole number"),
    (lambda: territory.value_on(DEEPSTATE, "2023-01-01", max_staleness_days=-1), ValueError, "0 or more"),
    (lambda: territory.value_on(DEEPSTATE.drop(columns="area_km2"), "2023-01-01"), ValueError, "missing: area_km2"),
    (lambda: territory.value_on(DEEPSTATE.assign(area_km2="many"), "2023-01-01"), ValueError, "not numbers"),
    (lambda: territory.value_on(DEEPSTATE.assign(area_km2=np.inf), "2023-01-01"), ValueError, "infinite"),
    (lambda: territory.change(DEEPSTATE, 5, "2023-01-01"), TypeError, "start 5 is a number"),
    (lambda: territory.change(DEEPSTATE, ["2023-01-01"], "2023-01-02"), TypeError, "start must be a date"),
    (lambda: territory.change(DEEPSTATE, "2023-01-01", "2922-01-01"), ValueError, "end 2922-01-01 is outside"),
    (lambda: territory.change(DEEPSTATE, pd.NaT, "2023-01-01"), ValueError, "needs both a start and an end"),
    (lambda: compare.claims_vs_territory([{"claim_type": "progress"}], DEEPSTATE), TypeError,
     "claims must be a DataFrame"),
    (lambda: compare.claims_vs_territory(pd.DataFrame({"text": ["x"]}), DEEPSTATE), ValueError,
     "claims has no column 'claim_type', 'statement_date'"),
    (lambda: compare.claims_vs_territory(pd.DataFrame({"claim_type": ["progress"], "statement_date": [20220916]}),
                                         DEEPSTATE), TypeError, "'statement_date' holds numbers"),
    (lambda: compare.claims_vs_territory(pd.DataFrame({"claim_type": ["progress"], "statement_date": ["2022-09-16"]}),
                                         DEEPSTATE.drop(columns="source")), ValueError, "territory has no column 'source'"),
    (lambda: compare.claims_vs_territory(pd.DataFrame({"claim_type": ["x"], "statement_date": [pd.NaT]}),
                                         DEEPSTATE, windows=()), ValueError, "at least one length"),
    (lambda: compare.claims_vs_territory(pd.DataFrame({"claim_type": ["x"], "statement_date": [pd.NaT]}),
                                         DEEPSTATE, windows=(-5,)), ValueError, "1 day or more"),
    (lambda: compare.facts_vs_territory(pd.DataFrame({"category": ["territory"]}), DEEPSTATE), ValueError,
     "facts has no column 'unit'"),
    (lambda: compare.to_claimreview(pd.DataFrame([{"text": "x"}]), date_published="nope"), ValueError,
     "cannot read date_published 'nope'"),
], ids=["number as date", "date in words", "year 1654", "staleness as text", "negative staleness",
        "series without area", "areas as words", "infinite area", "change from a number", "change from a list",
        "change to 2922", "change from NaT", "claims as a list", "claims without columns",
        "claim dates as numbers", "territory without source", "no windows", "negative window",
        "facts without columns", "review date in words"])
def test_bad_arguments_raise_a_clear_error_saying_what_to_pass(call, error, says):
    with pytest.raises(error) as caught:
        call()
    assert says in str(caught.value)


CLAIMS = pd.DataFrame([
    {"claim_id": "ok", "speaker": "Vladimir Putin", "claim_type": "progress", "text": "we are moving forward",
     "statement_date": "2022-09-16"},
    {"claim_id": "tz", "speaker": "Vladimir Putin", "claim_type": "progress", "text": "we are moving forward",
     "statement_date": pd.Timestamp("2022-09-16 01:00", tz="Europe/Moscow")},  # 2022-09-15 22:00 UTC
    {"claim_id": "words", "speaker": np.nan, "claim_type": "progress", "text": "x", "statement_date": "soon"},
    {"claim_id": "1654", "speaker": "Vladimir Putin", "claim_type": "progress", "text": "x",
     "statement_date": pd.Timestamp("1654-01-18").as_unit("s")},
    {"claim_id": "negated", "speaker": "Vladimir Putin", "claim_type": "progress", "text": "we are moving forward",
     "statement_date": "2022-09-16", "negated": "False"},
])


def test_claims_with_bad_dates_are_not_assessable_with_the_reason_and_the_rest_go_on():
    table = compare.claims_vs_territory(CLAIMS, territory.load(), windows=(14,)).set_index("claim_id")
    assert table.loc["ok", "assessment"] == "inconsistent"
    assert table.loc["tz", "statement_date"] == pd.Timestamp("2022-09-15")  # converted to UTC, documented
    assert table.loc["words", "assessment"] == "not assessable"
    assert "cannot read statement_date 'soon'" in table.loc["words", "rule"]
    assert "1654-01-18 is outside" in table.loc["1654", "rule"]
    assert table.loc["negated", "assessment"] == "inconsistent"  # the string "False" is not negated
    assert table["statement_date"].dtype == "datetime64[ns]"


FACT = {"fact_id": "f", "category": "territory", "quantity_text": "3,000", "qualifier": "more than", "unit": "km2",
        "area_km2": 3000.0, "actor": "Russia", "change": "loss", "period_start": pd.Timestamp("2022-09-03"),
        "period_end": pd.Timestamp("2022-09-17")}


@pytest.mark.parametrize("change, says", [
    ({"area_km2": np.inf}, "area_km2 inf is not a finite, positive figure"),
    ({"area_km2": -5.0}, "not a finite, positive figure"),
    ({"area_km2": "lots"}, "area_km2 'lots' is not a number"),
    ({"period_start": pd.Timestamp("2022-10-03")}, "the period runs backwards"),
    ({"period_start": "soon"}, "cannot read period_start 'soon'"),
    ({"category": "share", "unit": "percent", "quantity": np.nan, "reported_date": pd.Timestamp("2023-01-01")},
     "no share to compare: the quantity is missing"),
    ({"category": "share", "unit": "percent", "quantity": np.inf, "reported_date": pd.Timestamp("2023-01-01")},
     "quantity inf is not a finite"),
], ids=["infinite area", "negative area", "area in words", "backwards period", "period in words", "share NaN",
        "share inf"])
def test_a_fact_without_a_finite_figure_or_a_period_is_never_judged(change, says):
    facts = pd.DataFrame([{**FACT, "fact_id": "good"}, {**FACT, **change, "fact_id": "bad"}])
    table = compare.facts_vs_territory(facts, territory.load()).set_index("fact_id")
    assert table.loc["bad", "assessment"] == "not assessable"
    assert says in table.loc["bad", "rule"]
    assert table.loc["good", "assessment"] == "consistent"


def test_a_file_name_with_an_absurd_unix_time_gives_no_date_rather_than_an_overflow(tmp_path):
    absurd = _geojson(tmp_path, "map_9999999999999.geojson", json.dumps(CELL))
    sane = _geojson(tmp_path, "map_1664150400.geojson", json.dumps(CELL))
    table = territory.from_geojson([absurd, sane]).set_index("file")
    assert pd.isna(table.loc[absurd.name, "date"])
    assert table.loc[sane.name, "date"] == pd.Timestamp("2022-09-26")
