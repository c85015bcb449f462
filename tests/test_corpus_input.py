"""What a new user hit loading articles: timestamps, bad dates, default ids, archive rows,
no manifest. Every text here is a short sentence written for the test."""

import gzip
import json

import pandas as pd
import pytest

from saidvsdone import archive, collect, corpus, quotes, report


def _messages(log) -> list[str]:
    return [message for _, _, status, message in log.entries if status != "loaded"]


def _load(folder):
    with pytest.warns(corpus.LoadWarning):
        return corpus.load(folder)


# --- 1. one date reader: from_text, a manifest cell, an archive field ------------------------

@pytest.mark.parametrize("written, day", [
    ("2023-03-03T09:30:00+03:00", "2023-03-03"),
    ("2023-03-03T01:15:00+03:00", "2023-03-03"),   # 2 March in UTC: the day as written is kept
    ("2023-03-03T23:45:00-11:00", "2023-03-03"),   # 4 March in UTC: not shifted either
    ("2023-03-03 09:30", "2023-03-03"),
    ("2023-03-03T09:30:00Z", "2023-03-03"),
    ("3 March 2023", "2023-03-03"),
    ("25/03/2023", "2023-03-25"),
])
def test_a_date_is_read_alike_by_from_text_a_manifest_and_an_archive(tmp_path, written, day):
    typed = corpus.from_text("Zelensky said the line held.", published=written)
    (tmp_path / "a.txt").write_text("Zelensky said the line held.", encoding="utf-8")
    (tmp_path / "articles.csv").write_text(f"file,published\na.txt,{written}\n", encoding="utf-8")
    listed = corpus.load(tmp_path)
    (tmp_path / "wire.jsonl").write_text(json.dumps({"id": "w1", "text": "Zelensky said the line held.",
                                                     "published": written}) + "\n", encoding="utf-8")
    rows = archive.load([tmp_path / "wire.jsonl"])
    assert [str(t.loc[0, "published"].date()) for t in (typed, listed, rows)] == [day] * 3
    assert _messages(listed.attrs["report"]) == []
    assert rows.attrs["report"].empty


@pytest.mark.parametrize("written, why", [
    ("2023-02-31T09:30:00+03:00", "not a real day"),
    ("2023-03-03T25:30:00", "not a real time of day"),
    ("2023-03-03T09:30:75Z", "not a real time of day"),
    ("2023-03-03T09:30:00+27:00", "not a real time of day"),
    ("31/02/2023", "not a real day"),
    ("03/04/2023", "ambiguous"),
])
def test_a_date_none_of_them_can_read_is_refused_alike(tmp_path, written, why):
    with pytest.raises(ValueError, match=why):
        corpus.from_text("Zelensky said the line held.", published=written)
    (tmp_path / "a.txt").write_text("Zelensky said the line held.", encoding="utf-8")
    (tmp_path / "articles.csv").write_text(f"file,published\na.txt,{written}\n", encoding="utf-8")
    listed = _load(tmp_path)
    (tmp_path / "wire.jsonl").write_text(json.dumps({"id": "w1", "text": "Zelensky said the line held.",
                                                     "published": written}) + "\n", encoding="utf-8")
    rows = archive.load([tmp_path / "wire.jsonl"])
    assert pd.isna(listed.loc[0, "published"]) and pd.isna(rows.loc[0, "published"])
    assert why in _messages(listed.attrs["report"])[0]
    assert why in rows.attrs["report"]["message"].iloc[0]


# --- 2. a bad date is named once, and the messages after it agree ---------------------------

def test_a_header_date_that_cannot_be_read_is_named_with_its_file_line(tmp_path):
    (tmp_path / "a.txt").write_text("Kherson talks\n\nPublished: 31/02/2023\n\nZelensky said the "
                                    "line held.", encoding="utf-8")
    articles = _load(tmp_path)
    first, last = _messages(articles.attrs["report"])
    assert "header date '31/02/2023' (line 3 of the file) is not a real day" in first
    assert "header line's date cannot be used" in last and "neither" not in last
    assert articles.loc[0, "published_basis"] == "none"


@pytest.mark.parametrize("header", ["Posted: 2023-02-30", "Updated: February 30, 2023",
                                    "Published: 03/10/2023"])  # (ambiguous: 14/10/2023 is read since mt7)
def test_every_header_date_left_unread_is_reported(tmp_path, header):
    (tmp_path / "a.txt").write_text(f"{header}\nZelensky said the line held.", encoding="utf-8")
    first = _messages(_load(tmp_path).attrs["report"])[0]
    assert first.startswith("header date") and "(line 1 of the file)" in first


def test_a_date_inside_the_text_is_not_a_bad_header(tmp_path):
    (tmp_path / "a.txt").write_text("Zelensky said on 31/02/2023 the line held.", encoding="utf-8")
    messages = _messages(_load(tmp_path).attrs["report"])
    assert messages == ["no publication date: in neither the manifest nor a header line"]


def test_a_bad_manifest_date_is_not_then_called_missing(tmp_path):
    (tmp_path / "a.txt").write_text("Zelensky said the line held.", encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,published\na.txt,31/02/2023\n", encoding="utf-8")
    first, last = _messages(_load(tmp_path).attrs["report"])
    assert first == "manifest date '31/02/2023' is not a real day; treated as unknown"
    assert last.startswith("no publication date: the manifest date cannot be used")
    assert "in neither the manifest" not in last


def test_add_says_the_header_date_cannot_be_used(tmp_path):
    source = tmp_path / "in" / "a.txt"
    source.parent.mkdir()
    source.write_text("Published: 31/02/2023\nZelensky said the line held.", encoding="utf-8")
    added = collect.add([source], folder=tmp_path / "mine")
    messages = [e.message for e in added.entries if e.status == "warning"]
    assert any(m.startswith("header date '31/02/2023' (line 1 of the file)") for m in messages)
    assert "the header date above cannot be used: fill in 'published' (YYYY-MM-DD)" in messages
    assert not any(m.startswith("no publication date") for m in messages)
    assert "no title found: fill in 'title'" in messages  # the date line is not taken for a headline


# --- 3. from_text's default id ---------------------------------------------------------------

def test_from_text_ids_differ_by_text_and_quote_ids_do_not_clash():
    one = corpus.from_text("Zelensky said: “We will hold the line.”", published="2023-03-03")
    two = corpus.from_text("Putin said: “The work goes to plan.”", published="2023-03-03")
    again = corpus.from_text("Zelensky said: “We will hold the line.”")
    assert one.loc[0, "article_id"] != two.loc[0, "article_id"]
    assert one.loc[0, "article_id"] == again.loc[0, "article_id"]
    assert one.loc[0, "article_id"].startswith("text-") and len(one.loc[0, "article_id"]) == 13
    found = quotes.extract(pd.concat([one, two], ignore_index=True))
    assert len(found) == 2 and found["quote_id"].is_unique


def test_from_html_ids_differ_by_page():
    pages = [f"<html><body><article><p>{'Zelensky said the line near the river held firm today. ' * 8}"
             f"{n}</p></article></body></html>" for n in ("One.", "Two.")]
    ids = [corpus.from_html(page).loc[0, "article_id"] for page in pages]
    assert ids[0] != ids[1] and all(i.startswith("page-") for i in ids)
    assert corpus.from_html(pages[0], article_id="mine").loc[0, "article_id"] == "mine"


def test_an_explicit_id_is_kept():
    assert corpus.from_text("Zelensky spoke.", article_id="text").loc[0, "article_id"] == "text"
    assert corpus.from_text("Zelensky spoke.", article_id="kyiv-1").loc[0, "article_id"] == "kyiv-1"


# --- 4. archive rows --------------------------------------------------------------------------

def test_archive_rows_name_the_archive_as_their_date_source(tmp_path):
    rows = [{"id": "a", "text": "Zelensky said the line held.", "published": "2023-03-03"},
            {"id": "b", "text": "Putin said the work went to plan.", "published": "31/02/2023"},
            {"id": "c", "text": "Shoigu said the river was crossed."}]
    (tmp_path / "wire.jsonl").write_text("\n".join(map(json.dumps, rows)) + "\n", encoding="utf-8")
    articles = archive.load([tmp_path / "wire.jsonl"])
    assert articles["published_basis"].tolist() == ["archive", "none", "none"]
    messages = articles.attrs["report"].set_index("line")["message"]
    assert messages[2].tolist() == [
        "archive field 'published' '31/02/2023' is not a real day; loaded undated",
        "no publication date: archive field 'published' cannot be used (see above), and no header "
        "line gives one"]
    assert messages[3] == "no publication date: in neither the archive field 'published' nor a header line"
    assert not messages.str.contains("manifest").any()


@pytest.mark.parametrize("name, data", [("empty.jsonl", b""), ("blank.jsonl", b"\n  \n"),
                                        ("empty.jsonl.gz", gzip.compress(b""))])
def test_an_archive_file_with_no_rows_warns(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    articles = archive.load([tmp_path / name])
    problems = articles.attrs["report"]
    assert len(articles) == 0
    assert problems["status"].tolist() == ["warning"]
    assert "holds no rows" in problems["message"].iloc[0]


def test_only_an_empty_file_warns_not_a_part_of_a_long_one(tmp_path):
    rows = [{"id": f"a{i}", "text": f"Zelensky said line {i} held.", "published": "2023-03-03"}
            for i in range(4)]
    (tmp_path / "wire.jsonl").write_text("\n".join(map(json.dumps, rows)) + "\n", encoding="utf-8")
    assert archive.load([tmp_path / "wire.jsonl"], rows_per_part=2).attrs["report"].empty


# --- 5. no manifest: the note says how to make one -------------------------------------------

def test_report_on_a_folder_without_a_manifest_says_how_to_write_one(tmp_path):
    (tmp_path / "a.txt").write_text("Putin said everything was “going according to plan”, the "
                                    "Kremlin said.", encoding="utf-8")
    done = report.build(tmp_path, tmp_path / "out")
    note = next(n for n in done.notes if "articles with no date" in n)
    assert f"python -m saidvsdone add {tmp_path} --folder {tmp_path}" in note
    assert "file,published,source" in note
