"""A new user's first hour (nu7): a journalist's folder of mixed files, a teacher's hand-outs, a developer's script.

Every text here is invented for the test.
"""

from __future__ import annotations

import json
import re
import warnings

import pandas as pd
import pytest

from saidvsdone import archive, collect, corpus, vocab

HEADLINE = "Minister says the bridge will reopen soon"
BODY = "The transport minister said on Tuesday that the river bridge would reopen \u201cwithin weeks\u201d."


def _load(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        return corpus.load(folder)


def _messages(articles, file):
    return [message for f, _, status, message in articles.attrs["report"].entries if f == file and status != "loaded"]


# --- a date alone on its line under the headline ------------------------------------------------

@pytest.mark.parametrize("written, day", [("June 2, 2023", "2023-06-02"), ("2 June 2023", "2023-06-02"),
                                          ("Friday, 2 June 2023", "2023-06-02"), ("2023-06-02", "2023-06-02"),
                                          ("June 2, 2023 10:15 GMT", "2023-06-02")])
def test_a_date_alone_on_its_line_dates_an_undated_article_and_stays_in_the_text(written, day):
    text = f"{HEADLINE}\n\nBy Staff Reporter\n\n{written}\n\n{BODY}"
    one = corpus.from_text(text)
    assert str(one.loc[0, "published"].date()) == day
    assert one.loc[0, "published_basis"] == "header line"
    assert written in one.loc[0, "text"]  # the line stays: a date heading may date what follows it
    assert not one.loc[0, "header_date_removed"]


def test_a_date_line_never_overrides_or_contradicts_a_given_date():
    one = corpus.from_text(f"{HEADLINE}\n\n2 June 2023\n\n{BODY}", published="2023-06-05")
    assert str(one.loc[0, "published"].date()) == "2023-06-05" and one.loc[0, "published_basis"] == "manifest"
    assert [s for _, _, s, _ in one.attrs["report"].entries] == ["loaded"]  # no "differs" warning


def test_a_date_followed_by_words_or_below_the_third_line_is_not_a_publication_date():
    assert corpus.from_text(f"{HEADLINE}\n\n2 June 2023 was the hottest day.\n\n{BODY}").loc[0, "published"] is pd.NaT
    late = f"{HEADLINE}\n\nBy Staff\n\n{BODY}\n\n2 June 2023\n\nMore text."
    assert corpus.from_text(late).loc[0, "published"] is pd.NaT


def test_a_labelled_header_line_is_still_taken_out():
    one = corpus.from_text(f"{HEADLINE}\n\nPublished: 2 June 2023\n\n{BODY}")
    assert one.loc[0, "header_date_removed"] and "Published" not in one.loc[0, "text"]


# --- a date in the file name --------------------------------------------------------------------

def test_the_date_in_a_file_name_is_the_last_resort_and_is_said(tmp_path):
    (tmp_path / "2023-09-12_bridge-story.txt").write_text(f"{HEADLINE}\n\n{BODY}", encoding="utf-8")
    (tmp_path / "dated-2023-09-12.txt").write_text(f"{HEADLINE}\n\nPublished: 2023-09-14\n\n{BODY} Again.",
                                                   encoding="utf-8")
    (tmp_path / "from 2023-09-12 to 2023-09-13.txt").write_text(f"{HEADLINE}\n\n{BODY} Twice.", encoding="utf-8")
    (tmp_path / "ticket-20231399.txt").write_text(f"{HEADLINE}\n\n{BODY} Not a day.", encoding="utf-8")
    articles = _load(tmp_path).set_index("file")
    assert str(articles.loc["2023-09-12_bridge-story.txt", "published"].date()) == "2023-09-12"
    assert articles.loc["2023-09-12_bridge-story.txt", "published_basis"] == "file name"
    said = _messages(articles.reset_index(), "2023-09-12_bridge-story.txt")
    assert len(said) == 1 and "file name, 2023-09-12, is used" in said[0] and "manifest" in said[0]
    assert str(articles.loc["dated-2023-09-12.txt", "published"].date()) == "2023-09-14"  # the text wins
    assert articles.loc["from 2023-09-12 to 2023-09-13.txt", "published"] is pd.NaT  # two days: none
    assert articles.loc["ticket-20231399.txt", "published"] is pd.NaT  # not a real day


def test_add_leaves_the_file_name_date_to_be_written_in(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "report_20230912.txt").write_text(f"{HEADLINE}\n\n{BODY}", encoding="utf-8")
    log = collect.add([source], folder=tmp_path / "mine")
    warned = [e.message for e in log.entries if e.status == "warning"]
    assert any("fill in 'published'" in m and "file name holds 2023-09-12" in m for m in warned)
    manifest = pd.read_csv(tmp_path / "mine" / "articles.csv", dtype=str, keep_default_na=False)
    assert manifest.loc[0, "published"] == ""  # never written for her: she checks it


# --- a CMS export (JSON Lines) ------------------------------------------------------------------

def _cms_rows():
    return [{"uuid": "story-1", "headline": "Bridge to reopen", "published_at": "2023-05-10T12:00:00Z",
             "link": "https://example.org/story-1", "body": BODY},
            {"uuid": "story-2", "headline": "Ferry service resumes", "published_at": "2023-05-11T08:00:00Z",
             "body": "The ferry company said on Thursday that boats were running again."}]


def _write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_an_archive_reads_the_field_names_a_cms_gives_and_says_so_once(tmp_path):
    path = _write_jsonl(tmp_path / "export.jsonl", _cms_rows())
    articles = archive.load([path])
    assert articles["article_id"].tolist() == ["story-1", "story-2"]
    assert articles["title"].tolist() == ["Bridge to reopen", "Ferry service resumes"]
    assert [str(d.date()) for d in articles["published"]] == ["2023-05-10", "2023-05-11"]
    assert articles.loc[0, "url"] == "https://example.org/story-1"
    report = articles.attrs["report"]
    assert len(report) == 1 and report.loc[0, "line"] == 1 and report.loc[0, "status"] == "warning"
    assert "'body' as 'text'" in report.loc[0, "message"] and "'uuid' as 'id'" in report.loc[0, "message"]


def test_an_own_field_wins_over_another_name_and_an_unknown_row_names_its_fields(tmp_path):
    rows = [{"id": "a", "text": "Troops held the line, the general said.", "body": "ignored"},
            {"id": "b", "story_words": "Never read."}]
    articles = archive.load([_write_jsonl(tmp_path / "wire.jsonl", rows)])
    assert articles["text"].tolist() == ["Troops held the line, the general said."]
    report = articles.attrs["report"]
    skipped = report.loc[report["status"] == "skipped", "message"].tolist()
    assert skipped == ["no 'text' (or 'html'); its other fields are 'story_words': if one holds it, add that name to "
                       "data/archive_fields.csv"]


def test_a_wrong_type_under_another_name_is_named_as_written(tmp_path):
    articles = archive.load([_write_jsonl(tmp_path / "w.jsonl", [{"id": "a", "body": 12}])])
    assert articles.attrs["report"]["message"].tolist() == ["'body' (read as 'text') is a number, not a string"]


def test_the_archive_field_table_is_checked_like_every_vocabulary(tmp_path):
    assert "archive_fields" in vocab.check()
    (tmp_path / "archive_fields.csv").write_text("field,name\nbody_text,story\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        with pytest.raises(vocab.VocabularyError, match="archive_fields.csv, line 2"):
            vocab.check()
    finally:
        vocab.use(None)


def test_load_reads_an_archive_in_the_folder_beside_the_articles(tmp_path):
    (tmp_path / "note.txt").write_text(f"{HEADLINE}\n\nPublished: 2023-05-09\n\n{BODY}", encoding="utf-8")
    _write_jsonl(tmp_path / "export.jsonl", _cms_rows() + [{"uuid": "story-3", "headline": "Empty"}])
    articles = _load(tmp_path)
    assert sorted(articles["article_id"]) == ["note", "story-1", "story-2"]
    assert set(articles.loc[articles["article_id"].str.startswith("story"), "file"]) == {"export.jsonl"}
    assert set(articles.loc[articles["article_id"].str.startswith("story"), "published_basis"]) == {"archive"}
    entries = articles.attrs["report"].entries
    assert ("export.jsonl, line 3", None, "skipped") in [(f, line, s) for f, line, s, _ in entries]
    assert str(articles.attrs["report"]).startswith("Corpus: 3 articles loaded")


def test_add_copies_an_archive_once_without_a_manifest_row(tmp_path):
    source = _write_jsonl(tmp_path / "export.jsonl", _cms_rows())
    log = collect.add([source], folder=tmp_path / "mine")
    added = [e for e in log.entries if e.status == "added"]
    assert [e.file for e in added] == ["export.jsonl"] and "2 articles" in added[0].message
    assert (tmp_path / "mine" / "export.jsonl").read_bytes() == source.read_bytes()
    manifest = tmp_path / "mine" / "articles.csv"
    assert not manifest.exists() or pd.read_csv(manifest).empty  # its rows carry their own dates and titles
    again = collect.add([source], folder=tmp_path / "mine")
    assert [e.status for e in again.entries] == ["skipped"] and "already in the folder" in again.entries[0].message
    assert len(_load(tmp_path / "mine")) == 2


@pytest.mark.parametrize("name, hint", [("story.docx", "save the Word document as plain text"),
                                        ("story.pdf", "save the PDF document as plain text"),
                                        ("page.mhtml", "Web Page, HTML only"),
                                        ("dump.zip", "unzip it and add or load the folder"),
                                        ("photo.jpg", None)])
def test_a_file_that_is_not_read_says_what_to_do_with_it(tmp_path, name, hint):
    (tmp_path / name).write_bytes(b"\x00\x01not text")
    said = _messages(_load(tmp_path), name)
    assert len(said) == 1 and said[0].startswith("not an article file (reads .txt, .html, .htm)")
    assert (hint in said[0]) if hint else said[0] == "not an article file (reads .txt, .html, .htm)"


# --- the teacher's hand-outs --------------------------------------------------------------------

def test_a_hand_out_page_is_titled_by_the_notebook_s_heading():
    nbformat = pytest.importorskip("nbformat")
    pytest.importorskip("nbconvert")
    from saidvsdone import _notebooks

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Counting the *bridges*\n\nText.")])
    assert _notebooks.page_title(notebook, "fallback") == "Counting the bridges"
    assert _notebooks.page_title(nbformat.v4.new_notebook(), "fallback") == "fallback"
    html = _notebooks.to_html(notebook, _notebooks.html_exporter())
    assert "<title>Counting the bridges</title>" in html
    html = _notebooks.to_html(notebook, _notebooks.html_exporter(), title="Lesson (student's copy)")
    assert "<title>Lesson (student&#39;s copy)</title>" in html or "<title>Lesson (student's copy)</title>" in html


def test_classroom_without_its_notebook_says_where_it_is_instead_of_a_traceback(tmp_path, monkeypatch, capsys):
    pytest.importorskip("nbformat")
    pytest.importorskip("nbconvert")
    from saidvsdone import __main__, _notebooks

    monkeypatch.setattr(_notebooks, "NOTEBOOKS", tmp_path / "notebooks")  # as in an installed package
    assert __main__.main(["classroom", "--out", str(tmp_path / "out")]) == 2
    said = capsys.readouterr().err
    assert "10-classroom-going-to-plan.ipynb" in said and "clone of the repository" in said
    assert __main__.main(["classroom", str(tmp_path / "mine.ipynb")]) == 2
    assert "no notebook" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_a_run_on_every_core_draws_one_bar_for_the_whole_corpus(monkeypatch, capfd):
    import multiprocessing

    from saidvsdone import pipeline

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("one bar across processes needs fork")
    monkeypatch.delenv("SAIDVSDONE_PROGRESS", raising=False)
    texts = [f"Ferry line {i} reopens\n\nThe harbour master said on Monday that ferry line {i} was running again. "
             f"\u201cThe boats are back,\u201d she told reporters." for i in range(48)]
    articles = pd.concat([corpus.from_text(t, article_id=f"ferry-{i}", published="2023-05-08")
                          for i, t in enumerate(texts)], ignore_index=True)
    capfd.readouterr()
    tables = pipeline.run(articles, n_jobs=2)
    err = capfd.readouterr().err
    assert len(tables.quotes) == 48
    assert "quotes, claims, facts: 100%" in err and "48/48" in err
    assert not re.findall(r"(?:^|[\r\n])(?:quotes|claims|facts):", err)  # no bar per slice and process


def test_a_folder_written_with_a_tilde_is_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "ferry.txt").write_text(f"{HEADLINE}\n\nPublished: 2023-05-08\n\n{BODY}", encoding="utf-8")
    assert _load("~/articles")["article_id"].tolist() == ["ferry"]
    log = collect.add(["~/articles/ferry.txt"], folder="~/mine")
    assert log.added == ["ferry.txt"] and (tmp_path / "mine" / "ferry.txt").is_file()
    _write_jsonl(tmp_path / "wire.jsonl", _cms_rows())
    assert len(archive.load(["~/wire.jsonl"])) == 2


def test_an_export_of_rows_that_are_not_articles_is_said_once_not_once_a_row(tmp_path):
    _write_jsonl(tmp_path / "likes.jsonl", [{"id": f"like-{i}", "user": "someone", "count": i} for i in range(40)])
    (tmp_path / "note.txt").write_text(f"{HEADLINE}\n\nPublished: 2023-05-09\n\n{BODY}", encoding="utf-8")
    articles = _load(tmp_path)
    assert articles["article_id"].tolist() == ["note"]
    said = [(f, m) for f, _, s, m in articles.attrs["report"].entries if s == "skipped"]
    assert len(said) == 1 and said[0][0] == "likes.jsonl, line 1"
    assert "'user', 'count'" in said[0][1] and "39 more lines alike" in said[0][1]
