"""nu8: a journalist's own folder holds a CMS's JSON and CSV exports (odd column names, a spreadsheet's
encodings and separators), another folder's manifest, a zip; a text export labels its headline."""

import json
import warnings

import pandas as pd
import pytest

from saidvsdone import archive, collect, corpus


def _load(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return corpus.load(folder)


def _said(articles, name):
    report = corpus.report(articles)
    return report[report["file"].str.startswith(name) & (report["status"] != "loaded")]


ROWS = [{"ID": 11, "Headline": "Port shelled", "Body": "“The port was shelled twice,” the mayor of Oldtown said.",
         "Date Published": "2024-02-05"},
        {"ID": 12, "Headline": "Quiet day", "Body": "", "Date Published": "2024-02-06"}]


def test_a_json_export_list_is_read_with_its_odd_field_names(tmp_path):
    (tmp_path / "cms.json").write_text(json.dumps(ROWS), encoding="utf-8")
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["11"]
    assert articles.loc[0, "title"] == "Port shelled" and str(articles.loc[0, "published"].date()) == "2024-02-05"
    said = _said(articles, "cms.json")
    assert any(m.startswith("empty 'text'") for m in said["message"]) and "cms.json, line 2" in set(said["file"])
    assert any("'Body' as 'text'" in m and "'Date Published' as 'published'" in m for m in said["message"])


def test_a_json_object_holding_one_list_of_posts_is_read(tmp_path):
    (tmp_path / "wp.json").write_text(json.dumps({"total": 1, "posts": [
        {"post_id": "w1", "post_title": "Bridge", "post_content": "Engineers said the bridge would reopen.",
         "post_date": "2024-03-01 09:30"}]}), encoding="utf-8")
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["w1"] and str(articles.loc[0, "published"].date()) == "2024-03-01"


def test_a_json_file_that_holds_no_articles_is_said_once(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"theme": "dark", "sizes": [1, 2]}), encoding="utf-8")
    (tmp_path / "cut.json").write_text('[{"id": "c1", "text": "A', encoding="utf-8")
    articles = _load(tmp_path)
    assert articles.empty
    assert list(_said(articles, "settings.json")["message"].str.contains("neither an article")) == [True]
    assert list(_said(articles, "cut.json")["message"].str.startswith("not JSON")) == [True]


def test_json_lines_saved_as_json_are_read_line_by_line(tmp_path):
    (tmp_path / "feed.json").write_text('{"id": "f1", "text": "The governor said roads were open."}\nnot json\n',
                                        encoding="utf-8")
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["f1"]
    assert list(_said(articles, "feed.json, line 2")["status"]) == ["skipped"]


def test_a_spreadsheet_csv_with_semicolons_in_windows_latin_1_is_read_and_said(tmp_path):
    text = ("Article ID;Full Text;Published\n"
            "s1;\"“We rebuilt the school,” the café owner said; pupils returned.\";2024-04-02\n"
            "s2;\"First paragraph of the story.\n\nSecond one, the council said.\";2024-04-03\n"
            "s3;one;two;three\n")
    (tmp_path / "sheet.csv").write_bytes(text.encode("cp1252"))
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["s1", "s2"]
    assert "café" in articles.loc[0, "text"] and "“We rebuilt" in articles.loc[0, "text"]
    said = _said(articles, "sheet.csv")
    assert any("read as cp1252" in m for m in said["message"])
    assert "sheet.csv, line 6" in set(said["file"])  # the row's own line, after a cell of three lines
    assert any("4 cells for 3 columns" in m for m in said["message"])


def test_a_utf16_tab_separated_export_is_read(tmp_path):
    (tmp_path / "unicode.tsv").write_text("id\ttext\tdate\nu1\tThe minister said talks would resume.\t2024-05-01\n",
                                          encoding="utf-16")
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["u1"] and str(articles.loc[0, "published"].date()) == "2024-05-01"


def test_a_csv_that_is_no_export_is_said_not_read_row_by_row(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "articles.csv").write_text("file,published,title\na.txt,2024-01-01,A\n", encoding="utf-8")
    (tmp_path / "empty-export.csv").write_text("id,text\n", encoding="utf-8")
    (tmp_path / "noise.csv").write_bytes(bytes(range(256)) * 4)
    articles = _load(tmp_path)
    assert articles.empty
    manifest = _said(articles, "sub/articles.csv")["message"].tolist()
    assert len(manifest) == 1 and "no column of article text (a manifest of another folder?)" in manifest[0]
    assert _said(articles, "empty-export.csv")["message"].tolist() == [
        "a header row and no article rows: nothing read from the file"]
    assert _said(articles, "noise.csv")["message"].str.startswith("the file is not text").tolist() == [True]


def test_add_copies_a_csv_export_whole_and_load_reads_it(tmp_path):
    source = tmp_path / "in" / "export.csv"
    source.parent.mkdir()
    source.write_text("ID,Body,Date\ne1,The army said the road was cleared.,2024-06-01\n", encoding="utf-8")
    log = collect.add([source.parent], folder=tmp_path / "mine")
    added = [e for e in log.entries if e.status == "added"]
    assert len(added) == 1 and "1 article," in added[0].message
    assert (tmp_path / "mine" / "export.csv").read_bytes() == source.read_bytes()
    assert list(_load(tmp_path / "mine")["article_id"]) == ["e1"]


def test_archive_load_reads_a_csv_export_alone(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,text,published\nx1,The mayor said water was back.,2024-07-07\n", encoding="utf-8")
    table = archive.load([path])
    assert list(table["article_id"]) == ["x1"] and list(table["archive_line"]) == [2]


def test_a_zip_says_to_unzip_it(tmp_path):
    (tmp_path / "export.zip").write_bytes(b"PK\x03\x04rest")
    said = _said(_load(tmp_path), "export.zip")["message"].tolist()
    assert len(said) == 1 and "unzip it" in said[0]


@pytest.mark.parametrize("first, title", [("Headline: Dam repairs finished", "Dam repairs finished"),
                                          ("TITLE:Ferry resumes", "Ferry resumes"),
                                          ("Titles of the week", "Titles of the week")])
def test_a_headline_label_is_not_part_of_the_title(first, title):
    article = corpus.from_text(f"{first}\n\nThe harbour master said the ferry would sail at noon.",
                               article_id="h1")
    assert article.loc[0, "title"] == title
    assert article.loc[0, "text"].startswith(first)  # the text is never changed


def test_the_same_article_twice_in_a_folder_is_said_not_dropped(tmp_path):
    body = "Published: 2024-08-08\n\nThe harbour master said the ferry would sail at noon.\n"
    (tmp_path / "ferry.txt").write_text(body, encoding="utf-8")
    (tmp_path / "ferry copy.txt").write_text(body, encoding="utf-8")
    (tmp_path / "cms.json").write_text(json.dumps([{"id": "f9", "text": body.split("\n\n", 1)[1]}]),
                                       encoding="utf-8")
    articles = _load(tmp_path)
    assert len(articles) == 3  # nothing dropped
    said = _said(articles, "")
    twice = said[said["message"].str.startswith("the same text as ")]
    assert sorted(twice["file"]) == ["ferry copy.txt", "ferry.txt"]  # the first in the folder's order is named
    assert set(twice["message"].str.slice(0, 33)) == {"the same text as cms.json, line 1"}


def test_report_refuses_an_out_that_would_overwrite_the_manifest(tmp_path):
    from saidvsdone import report

    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "a.txt").write_text("Published: 2024-09-09\n\nThe mayor said the bridge was open.\n", encoding="utf-8")
    manifest = folder / "articles.csv"
    manifest.write_text("file,published\na.txt,2024-09-09\n", encoding="utf-8")
    before = manifest.read_bytes()
    with pytest.raises(corpus.CorpusError, match="over your manifest"):
        report.build(folder, folder)
    assert manifest.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == ["a.txt", "articles.csv"]


def test_tables_the_report_wrote_inside_the_folder_are_not_read_as_articles(tmp_path):
    (tmp_path / "a.txt").write_text("The mayor said the bridge was open.\n", encoding="utf-8")
    (tmp_path / "out" / "tables").mkdir(parents=True)
    (tmp_path / "out" / "articles.csv").write_text(
        "article_id,file,published,published_basis,title,text\na,a.txt,,none,,The mayor said the bridge was open.\n",
        encoding="utf-8-sig")
    (tmp_path / "out" / "tables" / "claims.csv").write_text("claim_id,article_id,text\nc1,a,it is going to plan\n",
                                                            encoding="utf-8-sig")
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["a"]
    said = _said(articles, "out/")
    assert len(said) == 2 and said["message"].str.startswith("a table this library wrote").all()


def test_reading_back_a_large_table_gives_no_dtype_warning(tmp_path):
    from saidvsdone.__main__ import _read_table

    rows = ["claim_id,outlet"] + [f"c{i},{i}" for i in range(300_000)] + [f"d{i},x{i}" for i in range(300_000)]
    path = tmp_path / "claims.csv"  # (numbers, then words, in one column: pandas reads it in chunks otherwise)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8-sig")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = _read_table(path)
    assert len(table) == 600_000 and table["outlet"].iloc[-1] == "x299999"
