"""A newcomer's first hour (nu16): a corpus of hundreds, Ctrl-C during ``report``, an installed package.

Every article here is invented for the test.
"""

from __future__ import annotations

import fnmatch
import tomllib
import warnings
from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import corpus
from saidvsdone.__main__ import INTERRUPTED, main

REPO = Path(__file__).resolve().parents[1]
UNDATED = "no publication date: in neither the manifest nor a header line"


def _undated_folder(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    for i in range(n):
        (folder / f"note-{i:02d}.txt").write_text(
            f"Minister Ivan Testenko said on Monday that convoy {i} had reached the river crossing near the "
            "village, and that the repairs of the bridge would take another week.\n", encoding="utf-8")
    (folder / "blank.txt").write_text("", encoding="utf-8")
    return folder


def test_listing_counts_the_repeats_of_one_warning_and_keeps_a_rarer_one():
    log = corpus.LoadReport(folder="my/articles")
    for i in range(9):
        log.add(f"n{i}.txt", "warning", UNDATED)
        log.add(f"n{i}.txt", "loaded", "nothing to clean")
    for i in range(4):  # the same warning naming another file each time: one kind
        log.add(f"c{i}.txt", "warning", f"the same text as n{i}.txt after cleaning: both are read")
    log.add("odd.txt", "skipped", "empty file (0 bytes)")
    short = log.listing(alike=2)
    assert short.count(UNDATED) == 2  # two listed; the count line quotes its start
    assert "n1.txt" in short and "n2.txt" not in short
    assert "… and 7 more files with the same warning (no publication date" in short
    assert "… and 2 more files with the same warning (the same text as" in short
    assert "SKIPPED  odd.txt: empty file (0 bytes)" in short
    assert "load-report.csv" in short
    # str() still names every file, as print(articles.attrs["report"]) always did
    assert all(f"n{i}.txt" in str(log) for i in range(9)) and "more files" not in str(log)
    assert log.listing(alike=None) == str(log)


def test_report_of_a_large_undated_folder_prints_a_screen_not_every_file(tmp_path, capsys):
    folder = _undated_folder(tmp_path, corpus.LISTED_ALIKE + 4)
    assert main(["report", "--folder", str(folder), "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    heading = printed.split("\n\n")[0]
    assert heading.count(UNDATED) == corpus.LISTED_ALIKE  # the others are counted in one line
    assert "… and 4 more files with the same warning" in heading
    assert "SKIPPED  blank.txt" in heading  # the rarer line is not lost among the repeats
    # the file a spreadsheet opens still has a row for each
    rows = pd.read_csv(tmp_path / "out" / "load-report.csv", encoding="utf-8-sig")
    assert (rows["message"] == UNDATED).sum() == corpus.LISTED_ALIKE + 4


def test_ctrl_c_during_report_leaves_the_earlier_files_whole_and_says_so(tmp_path, monkeypatch, capsys):
    folder = _undated_folder(tmp_path, 2)
    out = tmp_path / "out"
    assert main(["report", "--folder", str(folder), "--out", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    capsys.readouterr()

    def half_then_ctrl_c(self, path_or_buf=None, *args, **kwargs):  # the key pressed mid-write
        Path(path_or_buf).write_text("article_id,fi", encoding="utf-8")
        raise KeyboardInterrupt

    monkeypatch.setattr(pd.DataFrame, "to_csv", half_then_ctrl_c)
    assert main(["report", "--folder", str(folder), "--out", str(out)]) == 130
    err = capsys.readouterr().err
    assert INTERRUPTED in err and "Traceback" not in err
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before  # articles.csv whole as the first run wrote it, and no .partial left beside it


def test_notebooks_with_none_to_run_says_so_and_fails(tmp_path, monkeypatch, capsys):
    from saidvsdone import _notebooks

    monkeypatch.setattr(_notebooks, "notebook_paths", lambda folder=None: [])  # as an installed package has none
    assert main(["notebooks"]) == 2
    err = capsys.readouterr().err
    assert "no notebooks in" in err and "installed package" in err and "notebook.ipynb" in err
    assert main(["notebooks", str(tmp_path / "missing.ipynb")]) == 2
    assert "no such notebook" in capsys.readouterr().err and not (tmp_path / "missing.ipynb").exists()


def test_every_file_the_package_reads_beside_its_code_is_in_its_package_data():
    # pip install . ships lib/saidvsdone's .py files, the package-data patterns and (setup.py) data/: a template,
    # style sheet or table added next to the code and missed by the patterns would be absent from an install
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["saidvsdone"]
    package = REPO / "lib" / "saidvsdone"
    files = [p.relative_to(package).as_posix() for p in package.rglob("*")
             if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
             and p.relative_to(package).parts[0] != "data" and not p.name.startswith(".")]
    assert files, "the package has a style sheet and templates beside its code"
    missed = [f for f in files if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)]
    assert missed == []
    assert "graft data" in (REPO / "MANIFEST.in").read_text(encoding="utf-8")  # the sdist carries data/ too


def test_a_mistyped_saidvsdone_data_is_named_not_a_traceback(tmp_path, monkeypatch, capsys):
    from saidvsdone._paths import DataNotFoundError, data_file

    monkeypatch.setenv("SAIDVSDONE_DATA", str(tmp_path / "my-dta"))
    with pytest.raises(DataNotFoundError, match="my-dta: no such folder"):
        data_file("speakers.csv")
    folder = _undated_folder(tmp_path, 1)
    assert main(["report", "--folder", str(folder), "--out", str(tmp_path / "out")]) == 2
    assert "SAIDVSDONE_DATA=" in capsys.readouterr().err and not (tmp_path / "out" / "tables").exists()


def test_a_saidvsdone_data_folder_missing_a_table_says_copy_the_whole_folder(tmp_path, monkeypatch, capsys):
    from saidvsdone import vocab

    empty = tmp_path / "data"
    empty.mkdir()
    monkeypatch.setenv("SAIDVSDONE_DATA", str(empty))
    vocab.reload()
    folder = _undated_folder(tmp_path, 1)
    try:
        assert main(["report", "--folder", str(folder), "--out", str(tmp_path / "out")]) == 2
        err = capsys.readouterr().err
        assert "vocabulary table not found" in err and "Copy the whole data/ folder" in err
        assert "Correct that row" not in err
    finally:
        monkeypatch.delenv("SAIDVSDONE_DATA")
        vocab.reload()


@pytest.mark.parametrize("command", ["report", "evidence", "add", "notebooks", "classroom", "territory", "run"])
def test_every_command_help_says_what_it_does(command, capsys):
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    help_text = capsys.readouterr().out
    assert help_text.startswith(f"usage: python -m saidvsdone {command}")
    assert len(help_text.split("\n\n")[1].split()) >= 8  # a description, not only the options


def test_the_bundled_corpus_loads_with_its_one_known_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        articles = corpus.load()
    listed = articles.attrs["report"].listing(alike=corpus.LISTED_ALIKE)
    assert listed == str(articles.attrs["report"])  # five articles: nothing to count instead of list


def test_a_manifest_column_of_her_own_is_named_once_with_how_to_see_it(tmp_path):
    folder = _undated_folder(tmp_path, 2)
    (folder / "articles.csv").write_text("file,published,desk\nnote-00.txt,2024-03-04,world\n"
                                         "note-01.txt,2024-03-05,europe\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        articles = corpus.load(folder)
    said = corpus.report(articles)
    own = said[said["message"].str.startswith("manifest columns not used: desk")]
    assert list(own["file"]) == ["articles.csv"] and list(own["manifest_line"]) == [1]
    assert "merge the manifest with the articles table on 'file'" in own["message"].iloc[0]
    assert len(articles) == 2 and articles["published"].notna().all()  # the other columns are read


def test_add_of_many_files_lists_each_added_and_counts_the_repeats_of_one_warning(tmp_path, capsys):
    source = _undated_folder(tmp_path, corpus.LISTED_ALIKE + 3)
    assert main(["add", str(source), "--folder", str(tmp_path / "mine-added")]) == 0
    printed = capsys.readouterr().out
    assert printed.count("ADDED ") == corpus.LISTED_ALIKE + 3  # each file copied is still named
    assert printed.count("no source found") == corpus.LISTED_ALIKE + 1  # five listed, and the count line
    assert "… and 3 more with the same warning (no source found" in printed
    assert "SKIPPED  " in printed and "blank.txt" in printed
    assert "(its empty cells) in" in printed
    manifest = pd.read_csv(tmp_path / "mine-added" / "articles.csv")
    assert len(manifest) == corpus.LISTED_ALIKE + 3 and manifest["source"].isna().all()
