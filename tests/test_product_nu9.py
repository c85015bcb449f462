"""nu9: a CMS export with no id column (or empty id cells) is read row by row under a default id
(the file's name and the row's line), warned about once per file; the ids, odd characters and all,
go through report, evidence, the explorer and add."""

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd

from saidvsdone import archive, collect, corpus, explore

LIB = str(Path(__file__).resolve().parents[1] / "lib")


def _load(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return corpus.load(folder)


def _not_loaded(articles):
    report = corpus.report(articles)
    return report[report["status"] != "loaded"]


CSV_NO_ID = ("Headline,Body,Date Published\n"
             "Bridge,\"The mayor of Eastbrook said: “We will keep the bridge open.”\",2024-03-04\n"
             "Ferry,The ferry to Westholm ran twice on Tuesday.,2024-03-05\n"
             "Blank,,2024-03-05\n")


def test_a_csv_export_with_no_id_column_is_read_under_file_and_line_ids(tmp_path):
    (tmp_path / "cms export.csv").write_text(CSV_NO_ID, encoding="utf-8")
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["cms export.csv-2", "cms export.csv-3"]
    assert list(articles["title"]) == ["Bridge", "Ferry"]
    said = _not_loaded(articles)
    given = said[said["message"].str.contains("with a text and no id")]
    assert len(given) == 1  # one warning for the file, not one per row
    assert given.iloc[0]["status"] == "warning" and given.iloc[0]["message"].startswith("2 rows")
    assert "'cms export.csv-2'" in given.iloc[0]["message"]
    assert any(m.startswith("empty 'text'") for m in said["message"])  # a row with no text is still skipped


def test_ids_are_the_same_on_every_load_and_rows_with_ids_keep_them(tmp_path):
    rows = [{"id": "k-1", "text": "The governor said six drones were shot down over Northvale."},
            {"id": "", "text": "Officials said the strike damaged a school in Southport."},
            {"text": "A minister said the grain corridor would stay open."},
            {"id": None, "title": "no text here"}]
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    first = archive.load([path])
    assert list(first["article_id"]) == ["k-1", "feed.json-2", "feed.json-3"]
    assert list(archive.load([path])["article_id"]) == list(first["article_id"])
    report = first.attrs["report"]
    assert (report["message"].str.contains("no id")).sum() == 1
    assert any(m.startswith("no 'text'") for m in report["message"])  # no id and no text: skipped for the text


def test_jsonl_rows_with_no_id_keep_their_line_whatever_the_parts(tmp_path):
    path = tmp_path / "crawl.jsonl"
    lines = [json.dumps({"text": f"The mayor of Town{i} said the water was back on."}) for i in range(5)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = archive.load([path])
    parted = archive.load([path], rows_per_part=2)
    assert list(whole["article_id"]) == [f"crawl.jsonl-{i}" for i in range(1, 6)]
    assert list(parted["article_id"]) == list(whole["article_id"])


def test_a_repeated_id_within_one_file_still_names_both_rows(tmp_path):
    (tmp_path / "wire.tsv").write_text("id\ttext\n"
                                       "w7\tThe mayor said the bridge had reopened.\n"
                                       "\tThe governor said the dam held.\n"
                                       "w7\tThe minister said talks would resume.\n", encoding="utf-8")
    articles = _load(tmp_path)
    assert list(articles["article_id"]) == ["w7", "wire.tsv-3", "w7-2"]
    said = _not_loaded(articles)
    renamed = said[said["message"].str.contains("duplicate id 'w7'")]
    assert len(renamed) == 1 and renamed.iloc[0]["file"] == "wire.tsv, line 4"
    assert "line 2 of the same file" in renamed.iloc[0]["message"]


def test_default_id_is_the_file_name_and_line():
    assert archive.default_id("/some/where/export.csv", 17) == "export.csv-17"


def test_report_evidence_and_the_explorer_take_odd_ids(tmp_path):
    folder, out = tmp_path / "my articles", tmp_path / "out"
    folder.mkdir()
    (folder / "cms export.csv").write_text(CSV_NO_ID, encoding="utf-8")
    (folder / "odd.tsv").write_text('id\ttext\tpublished\nnews/a?b=1&c="2"\tOfficials said the strike killed '
                                    'three people in Southport.\t2024-03-06\n', encoding="utf-8")
    env = {"PYTHONPATH": LIB, "SAIDVSDONE_PROGRESS": "0", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "saidvsdone", "report", "--folder", str(folder), "--out", str(out)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    hint = next(line for line in done.stdout.splitlines() if "saidvsdone evidence" in line)
    assert "evidence 'cms export.csv-2-" in hint  # quoted for the shell: the id holds a space
    written = pd.read_csv(out / "articles.csv", dtype=str)
    assert {"cms export.csv-2", "cms export.csv-3", 'news/a?b=1&c="2"'} <= set(written["article_id"])
    facts = pd.read_csv(out / "tables" / "facts-vs-maps.csv", dtype=str)
    odd = facts.loc[facts["article_id"] == 'news/a?b=1&c="2"', "fact_id"]
    assert len(odd) == 1
    shown = subprocess.run([sys.executable, "-m", "saidvsdone", "evidence", odd.iloc[0], "--folder", str(folder),
                            "--out", str(out)], capture_output=True, text=True, env=env)
    assert shown.returncode == 0, shown.stderr
    assert 'news/a?b=1&c="2"' in shown.stdout and "odd.tsv" in shown.stdout
    articles = _load(folder)
    page = explore.article(articles, 'news/a?b=1&c="2"')
    assert "news/a?b=1&amp;c=&quot;2&quot;" in page._repr_html_()


def test_add_copies_an_export_with_no_ids_and_load_reads_every_row(tmp_path):
    source = tmp_path / "cms export.csv"
    source.write_text(CSV_NO_ID, encoding="utf-8")
    folder = tmp_path / "articles"
    log = collect.add([source], folder)
    assert log.ok and (folder / "cms export.csv").exists()
    assert any("a news archive of 2 articles" in e.message for e in log.entries)
    assert list(_load(folder)["article_id"]) == ["cms export.csv-2", "cms export.csv-3"]


def test_a_posts_slug_is_its_id_when_it_has_no_id(tmp_path):
    rows = {"posts": [{"slug": "ferry-back", "headline": "Ferry back", "body": "The port authority of Westholm said "
                       "the ferry would run again on Friday after repairs."},
                      {"slug": "ferry-back-2", "id": 40, "body": "The mayor of Eastbrook said the river bridge "
                       "would stay open all week."}]}
    path = tmp_path / "posts.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    articles = archive.load([path])
    assert list(articles["article_id"]) == ["ferry-back", "40"]  # a row with an id keeps it
    assert not articles.attrs["report"]["message"].str.contains("no id").any()


def test_a_row_dropped_as_no_article_is_not_counted_as_given_an_id(tmp_path):
    rows = [{"body": "<p>Short.</p>"}, {"body": "The mayor of Eastbrook said the bridge would stay open all week."}]
    path = tmp_path / "posts.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    articles = archive.load([path])
    assert list(articles["article_id"]) == ["posts.json-2"]
    given = articles.attrs["report"]["message"].str.contains("no id")
    assert given.sum() == 1 and articles.attrs["report"].loc[given, "message"].iloc[0].startswith("1 row ")
