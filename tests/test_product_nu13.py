"""A journalist's corpus that is not clean (nu13): stray NUL bytes, UTF-16 with no byte-order mark, a
publication date after today, a huge text file, an `id` column in the manifest, an area larger than Ukraine.
Every text here is invented."""
import warnings

import pandas as pd
import pytest

from saidvsdone import collect, compare, corpus, territory

STORY = ("Kyiv, May 4 (Invented Wire) - The governor of the Zarichne region said on Monday that two drones "
         "had hit a depot overnight. \"Nobody was hurt,\" Taras Lomako told reporters.\n")


def _load(folder, manifest=None):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return corpus.load(folder, manifest) if manifest is not None else corpus.load(folder)


def _said(articles, name):
    log = corpus.report(articles)
    return [(row.status, row.message) for row in log.itertuples() if row.file == name]


def test_a_text_file_with_a_few_stray_nul_bytes_is_read_with_a_warning(tmp_path):
    (tmp_path / "damaged.txt").write_bytes(STORY.encode() + b"\x00" + b"More follows.\n")
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["damaged"]
    assert "\x00" not in articles.loc[0, "text"] and "Taras Lomako" in articles.loc[0, "text"]
    said = _said(articles, "damaged.txt")
    assert ("warning", next(m for s, m in said if "NUL byte" in m)) in said
    assert any("1 NUL byte (\\x00)" in m for _, m in said)


def test_a_file_of_many_nul_bytes_is_still_skipped_as_binary(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02text\x00\x00\xff" * 20)
    articles = _load(tmp_path)
    assert len(articles) == 0
    assert [s for s, _ in _said(articles, "blob.txt")] == ["skipped"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path, codec):
    (tmp_path / "export.txt").write_bytes(STORY.encode(codec))
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["export"]
    assert articles.loc[0, "text"].startswith("Kyiv, May 4") and articles.loc[0, "encoding"] == "utf-16"


def test_add_saves_bomless_utf16_as_utf8(tmp_path):
    source = tmp_path / "in" / "export.txt"
    source.parent.mkdir()
    source.write_bytes(STORY.encode("utf-16-le"))
    collect.add([source], folder=tmp_path / "mine")
    assert (tmp_path / "mine" / "export.txt").read_text(encoding="utf-8").startswith("Kyiv, May 4")
    assert source.read_bytes() == STORY.encode("utf-16-le")  # the journalist's own file is left as it was


def test_a_publication_date_after_today_is_used_with_a_warning(tmp_path):
    (tmp_path / "later.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,published,source\nlater.txt,2098-05-04,Invented Wire\n",
                                           encoding="utf-8")
    articles = _load(tmp_path)
    assert articles.loc[0, "published"] == pd.Timestamp("2098-05-04")  # used as given: the tables do not change
    said = _said(articles, "later.txt")
    assert any(s == "warning" and "2098-05-04" in m and "after today" in m for s, m in said)
    line = corpus.report(articles).query("file == 'later.txt' and status == 'warning'")["manifest_line"]
    assert list(line) == [2]


def test_a_publication_date_of_the_past_gets_no_such_warning(tmp_path):
    (tmp_path / "earlier.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,published,source\nearlier.txt,2023-05-04,Invented Wire\n",
                                           encoding="utf-8")
    assert not any("after today" in m for _, m in _said(_load(tmp_path), "earlier.txt"))


def test_a_huge_text_file_is_read_with_a_warning_naming_its_size(tmp_path):
    paragraph = ("Paragraph {} of an invented live page: the council met again and said nothing new "
                 "about the bridge.\n\n")
    text = "".join(paragraph.format(n) for n in range(int(corpus.LARGE_TEXT_BYTES / 90) + 10))
    (tmp_path / "live.txt").write_text(text, encoding="utf-8")
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["live"]
    said = _said(articles, "live.txt")
    assert any(s == "warning" and " MB " in m and "split it into one file per article" in m for s, m in said)


def test_an_id_column_in_the_manifest_says_where_ids_come_from(tmp_path):
    (tmp_path / "depot.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("id,file,published\nx1,depot.txt,2023-05-04\n", encoding="utf-8")
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["depot"]
    said = _said(articles, "articles.csv")
    assert any("columns not used: id" in m and "file name without the extension" in m for _, m in said)


def test_an_area_larger_than_ukraine_is_named_impossible():
    fact = {"fact_id": "x-f001", "article_id": "x", "category": "territory", "actor": "Russia", "change": "gain",
            "quantity_text": "9,000,000", "unit": "km2", "area_km2": 9_000_000.0,
            "reported_date": pd.Timestamp("2023-05-04"), "period_start": pd.Timestamp("2023-04-01"),
            "period_end": pd.Timestamp("2023-05-01"), "sentence": "Russia gained 9,000,000 km2, it said."}
    table = compare.facts_vs_territory(pd.DataFrame([fact]), territory.load())
    assert table.loc[0, "assessment"] == "not assessable"
    assert table.loc[0, "rule"].startswith("impossible area: 9,000,000 km²")


def test_an_area_within_ukraine_is_not_called_impossible():
    fact = {"fact_id": "x-f001", "article_id": "x", "category": "territory", "actor": "Russia", "change": "gain",
            "quantity_text": "90", "unit": "km2", "area_km2": 90.0,
            "reported_date": pd.Timestamp("2023-05-04"), "period_start": pd.Timestamp("2023-04-01"),
            "period_end": pd.Timestamp("2023-05-01"), "sentence": "Russia gained 90 km2, it said."}
    table = compare.facts_vs_territory(pd.DataFrame([fact]), territory.load())
    assert not table.loc[0, "rule"].startswith("impossible")


def test_a_listed_file_that_is_no_article_is_not_also_called_missing(tmp_path):
    (tmp_path / "depot.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 invented")
    (tmp_path / "articles.csv").write_text("file,published\ndepot.txt,2023-05-04\nphoto.jpg,2023-05-04\n"
                                           "gone.txt,2023-05-04\n", encoding="utf-8")
    articles = _load(tmp_path)
    log = corpus.report(articles)
    photo = log[log["file"] == "photo.jpg"]
    assert list(photo["status"]) == ["skipped"] and list(photo["manifest_line"]) == [3]
    assert photo["message"].iloc[0].startswith("not an article file")
    gone = log[log["file"] == "gone.txt"]
    assert list(gone["message"]) == ["the manifest lists this file but it is not in the folder"]
    assert list(gone["manifest_line"]) == [4]


def test_a_link_in_the_manifest_is_reported_with_its_line(tmp_path):
    (tmp_path / "depot.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "depot.txt")
    (tmp_path / "articles.csv").write_text("file,published\nalias.txt,2023-05-04\n", encoding="utf-8")
    log = corpus.report(_load(tmp_path))
    link = log[(log["file"] == "alias.txt") & log["message"].str.startswith("a link to")]
    assert list(link["manifest_line"]) == [2]


def test_a_missing_file_listed_twice_is_still_called_missing(tmp_path):
    (tmp_path / "depot.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,published\ngone.txt,2023-05-04\ngone.txt,2023-05-05\n",
                                           encoding="utf-8")
    log = corpus.report(_load(tmp_path))
    assert "the manifest lists this file but it is not in the folder" in list(log[log["file"] == "gone.txt"]["message"])


# --- report --out: a path that cannot hold the tables --------------------------------------------------------

def _folder_of_one(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "depot.txt").write_text(STORY, encoding="utf-8")
    return folder


def test_report_out_that_is_a_file_stops_before_anything_is_read(tmp_path, capsys):
    from saidvsdone.__main__ import main

    folder = _folder_of_one(tmp_path)
    (tmp_path / "notes.txt").write_text("my own notes", encoding="utf-8")
    for out in (tmp_path / "notes.txt", tmp_path / "notes.txt" / "sub"):
        assert main(["report", "--folder", str(folder), "--out", str(out)]) == 1
        said = capsys.readouterr().err
        assert f"{tmp_path / 'notes.txt'} is a file, not a folder" in said and "Traceback" not in said
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "my own notes"


def test_report_that_cannot_write_says_so_and_leaves_the_last_runs_files_whole(tmp_path, capsys, monkeypatch):
    import errno
    import os

    from saidvsdone.__main__ import main

    folder = _folder_of_one(tmp_path)
    out = tmp_path / "out"
    assert main(["report", "--folder", str(folder), "--out", str(out)]) == 0
    before = {path: path.read_bytes() for path in out.rglob("*") if path.is_file()}
    capsys.readouterr()

    def disk_full(_):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert main(["report", "--folder", str(folder), "--out", str(out)]) == 1
    said = capsys.readouterr().err
    assert said.startswith(f"error: cannot write {out}") and "no space left on device" in said
    assert {path: path.read_bytes() for path in out.rglob("*") if path.is_file()} == before  # no .partial left
