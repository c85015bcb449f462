"""A new user's first report on a folder of their own (nu17): invented articles, the command's options."""

import warnings

import pandas as pd
import pytest

from saidvsdone import corpus, pipeline, report
from saidvsdone.__main__ import main

ARTICLE = ("Minister says the front holds\nPublished: 2023-05-05\n\n"
           "KYIV, 5 May 2023 - Defence Minister Ivan Testenko said on Friday that the front was stable.\n")


def _folder(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "minister.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "blank.txt").write_text("", encoding="utf-8")
    return folder


# -- ClaimReview options a run cannot use stop it before anything is read or written --------------------------

@pytest.mark.parametrize("author, url, date, names", [
    ("The Test Desk", "desk.example/check-1", None, "review_url (--review-url) 'desk.example/check-1'"),
    ("The Test Desk", "ftp://desk.example/c", None, "is not a web address"),
    ("The Test Desk", None, None, "review_author (--review-author) given without review_url"),
    (None, "https://desk.example/c", None, "review_url (--review-url) given without review_author"),
    ("The Test Desk", "https://desk.example/c", "03/04/2026", "review_date (--review-date) '03/04/2026' is ambiguous"),
    ("The Test Desk", "https://desk.example/c", "next week", "review_date (--review-date) 'next week'"),
    ({"url": "https://desk.example"}, "https://desk.example/c", None, "author needs a 'name'"),
])
def test_check_review_names_the_option_and_what_to_give(author, url, date, names):
    with pytest.raises(report.ReviewError) as err:
        report.check_review(author, url, date)
    assert names in str(err.value)


def test_check_review_reads_the_day_as_the_manifest_does():
    assert report.check_review("Desk", "https://desk.example/c", "14/03/2026") == pd.Timestamp("2026-03-14")
    assert report.check_review("Desk", " https://desk.example/c ") is None
    assert report.check_review(None, None, "2026-03-14") == pd.Timestamp("2026-03-14")  # no review: date unused


def test_build_stops_on_a_bad_review_url_before_writing(tmp_path):
    out = tmp_path / "out"
    with pytest.raises(report.ReviewError):
        report.build(_folder(tmp_path), out, n_jobs=1, review_author="Desk", review_url="desk.example")
    assert not out.exists()


def test_command_says_which_option_is_wrong_without_a_traceback(tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["report", "--folder", str(_folder(tmp_path)), "--out", str(out),
                 "--review-author", "The Test Desk", "--review-url", "desk.example/check-1"])
    captured = capsys.readouterr()
    assert code == 2 and not out.exists()
    assert captured.err.startswith("error: review_url (--review-url) 'desk.example/check-1' is not a web address")
    assert "nothing written" in captured.err and "Traceback" not in captured.err
    assert captured.out == ""


def test_a_good_review_date_dates_the_reviews(tmp_path):
    folder = _folder(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        done = report.build(folder, tmp_path / "out", n_jobs=1, review_author="Desk",
                            review_url="https://desk.example/c", review_date="14/03/2026")
    assert not any("is dated" in note for note in done.notes)  # the given day is used, not the default


# -- the load listing is shown before the long part of the run, once ----------------------------------------

def test_command_prints_what_it_loaded_before_the_extractors_run(tmp_path, capsys, monkeypatch):
    seen = []
    run = pipeline.run

    def spy(*args, **kwargs):
        seen.append(capsys.readouterr().out)  # what the reader has on screen while the extractors work
        return run(*args, **kwargs)

    monkeypatch.setattr(pipeline, "run", spy)
    assert main(["report", "--folder", str(_folder(tmp_path)), "--out", str(tmp_path / "out")]) == 0
    assert len(seen) == 1
    before = seen[0]
    assert before.startswith("Corpus: 1 article loaded")
    assert "SKIPPED  blank.txt" in before
    assert "Reading quotes, claims and facts in 1 article (" in before
    after = capsys.readouterr().out
    assert "SKIPPED" not in after and "Corpus:" not in after  # not listed a second time
    assert after.lstrip().startswith("1 article, ")


def test_build_calls_on_loaded_with_the_articles_and_str_leaves_the_listing_out_once_shown(tmp_path):
    calls = []

    def on_loaded(done):
        calls.append((len(done.articles), list(done.written)))
        done.load_shown = True

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        done = report.build(_folder(tmp_path), tmp_path / "out", n_jobs=1, on_loaded=on_loaded)
    assert calls == [(1, [])]  # called once, before any file is written
    assert "blank.txt" not in str(done) and "Corpus:" not in str(done)
    done.load_shown = False
    assert str(done).startswith("Corpus: 1 article loaded") and "SKIPPED  blank.txt" in str(done)


# -- load-report.csv as the README describes it: one loaded/skipped row per article file, a row per warning --------

def test_load_report_has_one_loaded_or_skipped_row_per_file_and_a_row_per_warning(tmp_path):
    folder = _folder(tmp_path)
    (folder / "ansi.txt").write_bytes("Caf\xe9 talk\n\nKYIV - The minister said the \x93front\x94 held.\n"
                                      .encode("latin-1"))
    (folder / "articles.csv").write_text("file,published,source,title\nminister.txt,2023-05-05,Test Wire,T\n"
                                         "gone.txt,2023-05-06,Test Wire,Gone\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report.build(folder, tmp_path / "out", n_jobs=1)
    rows = pd.read_csv(tmp_path / "out" / "load-report.csv", encoding="utf-8-sig")
    final = rows[rows.status != "warning"]
    assert sorted(final.file) == ["ansi.txt", "blank.txt", "gone.txt", "minister.txt"]  # each once
    assert dict(zip(final.file, final.status)) == {"ansi.txt": "loaded", "blank.txt": "skipped",
                                                   "gone.txt": "skipped", "minister.txt": "loaded"}
    ansi = rows[rows.file == "ansi.txt"]
    assert (ansi.status == "warning").sum() >= 2  # read as cp1252, not in the manifest (and no source)
    assert ansi.message.str.contains("cp1252").any() and ansi.message.str.contains("not listed").any()


# -- a report written inside the folder of articles is skipped in one line on the next run ---------------------------

def test_an_out_folder_inside_the_articles_folder_is_skipped_whole_on_the_next_run(tmp_path):
    folder = _folder(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first = report.build(folder, folder / "checks", n_jobs=1)
        assert len(first.written) > 5  # tables, figures … under folder/checks
        again = report.build(folder, tmp_path / "elsewhere", n_jobs=1)
    rows = pd.read_csv(tmp_path / "elsewhere" / "load-report.csv", encoding="utf-8-sig")
    inside = rows[rows.file.str.startswith("checks")]
    assert list(inside.file) == ["checks"] and list(inside.status) == ["skipped"]
    assert "report's output folder" in inside.message.iloc[0] and "outside the folder" in inside.message.iloc[0]
    assert len(again.articles) == 1


def test_a_folder_of_ones_own_named_tables_is_still_read(tmp_path):
    folder = _folder(tmp_path)
    (folder / "tables").mkdir()  # a journalist's sub-folder that happens to be called tables: no load-report.csv
    (folder / "tables" / "second.txt").write_text(ARTICLE.replace("stable", "calm"), encoding="utf-8")
    log = corpus.LoadReport()
    found = [rel for _, rel in corpus.walk(folder, log)]
    assert "tables/second.txt" in found
