"""Review of round 18's merged changes (rv19): bad input on the new product paths, a headline's wire label, the
headline role's look-up read once per document.

Every text here is invented for the test.
"""

from __future__ import annotations

import json
import warnings

import pytest

from saidvsdone import archive, collect, corpus, segment
from saidvsdone.claims import _headlines

BODY = "The port's mayor said on Monday that the ferry would sail again \u201cbefore the frost\u201d.\n"


def _load(folder, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        return corpus.load(folder, **kwargs)


def _messages(articles, file):
    return [message for f, _, status, message in articles.attrs["report"].entries if f == file and status != "loaded"]


# --- a file-name date that is no day, or two of them: said, never silently dropped -------------------------------

@pytest.mark.parametrize("name, said", [
    ("2023-02-30_ferry.txt", "the file name's date 2023-02-30 is not a real day"),
    ("20231301-ferry.txt", "the file name's date 2023-13-01 is not a real day"),
    ("2023-05-01_saved-2023-05-09.txt", "the file name holds 2 dates (2023-05-01, 2023-05-09)"),
])
def test_a_file_name_date_that_cannot_be_used_is_said_and_the_article_stays_undated(tmp_path, name, said):
    (tmp_path / name).write_text(BODY, encoding="utf-8")
    articles = _load(tmp_path, manifest=False)
    assert articles.loc[0, "published_basis"] == "none"
    assert any(m.startswith(said) and "not used as the publication date" in m for m in _messages(articles, name))


@pytest.mark.parametrize("name", ["2023-05-01_ferry.txt", "ferry_2023-05-01_2023-05-01.txt", "id-2023-05-01-77.txt"])
def test_one_real_file_name_date_still_dates_the_article_with_no_second_warning(tmp_path, name):
    (tmp_path / name).write_text(BODY, encoding="utf-8")
    articles = _load(tmp_path, manifest=False)
    assert articles.loc[0, "published_basis"] == "file name"
    assert str(articles.loc[0, "published"].date()) == "2023-05-01"
    assert not any("not used as the publication date" in m for m in _messages(articles, name))


def test_a_name_with_no_date_says_nothing_of_the_file_name(tmp_path):
    (tmp_path / "ferry-123456789.txt").write_text(BODY, encoding="utf-8")
    articles = _load(tmp_path, manifest=False)
    assert not any("file name" in m for m in _messages(articles, "ferry-123456789.txt"))


# --- a huge archive dropped in the folder of articles ------------------------------------------------------------

def _export(folder, n=3):
    rows = [{"id": f"r{i}", "body": f"The mayor of town {i} said the ferry would sail again.",
             "published_at": "2023-05-0" + str(i + 1)} for i in range(n)]
    (folder / "cms.jsonl").write_text("\n".join(map(json.dumps, rows)) + "\n", encoding="utf-8")


def test_an_archive_over_the_limit_is_skipped_with_its_size_and_what_reads_it(tmp_path, monkeypatch):
    _export(tmp_path)
    (tmp_path / "ferry.txt").write_text(BODY, encoding="utf-8")
    monkeypatch.setattr(corpus, "ARCHIVE_MAX_BYTES", 10)
    articles = _load(tmp_path, manifest=False, max_bytes=150)  # (the export is over 150 bytes)
    assert list(articles["file"]) == ["ferry.txt"]
    assert (tmp_path / "cms.jsonl").stat().st_size > 150
    (said,) = _messages(articles, "cms.jsonl")
    assert "MB" in said and "python -m saidvsdone run" in said and "max_bytes" in said


def test_a_larger_max_bytes_reads_the_archive(tmp_path, monkeypatch):
    _export(tmp_path)
    monkeypatch.setattr(corpus, "ARCHIVE_MAX_BYTES", 10)
    articles = _load(tmp_path, manifest=False, max_bytes=10_000)
    assert sorted(articles["article_id"]) == ["r0", "r1", "r2"]
    assert set(articles["published_basis"]) == {"archive"}


def test_an_archive_under_the_default_limit_is_read(tmp_path):
    _export(tmp_path)
    articles = _load(tmp_path, manifest=False)
    assert len(articles) == 3 and set(articles["file"]) == {"cms.jsonl"}


def test_add_does_not_copy_an_archive_load_would_skip(tmp_path, monkeypatch):
    source = tmp_path / "in"
    source.mkdir()
    _export(source)
    monkeypatch.setattr(corpus, "ARCHIVE_MAX_BYTES", 10)
    log = collect.add([source / "cms.jsonl"], folder=tmp_path / "mine", max_bytes=150)
    (entry,) = log.entries
    assert entry.status == "skipped" and "not copied" in entry.message and "saidvsdone run" in entry.message
    assert not (tmp_path / "mine" / "cms.jsonl").exists()
    monkeypatch.setattr(corpus, "ARCHIVE_MAX_BYTES", 10_000)
    log = collect.add([source / "cms.jsonl"], folder=tmp_path / "mine", max_bytes=150)
    assert [e.status for e in log.entries if e.status == "added"] == ["added"]
    assert (tmp_path / "mine" / "cms.jsonl").read_bytes() == (source / "cms.jsonl").read_bytes()



# --- an export's own shapes: MongoDB's wrapped ids and dates, WordPress's rendered fields, a body of HTML ----------

def _read(tmp_path, rows):
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(map(json.dumps, rows)) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return archive.load([path])


PARAGRAPHS = ["The harbour master said on Monday that the ferry would sail again before the frost came to the river.",
              "He said the crews had been told to stand by and that the cargo would be checked at the quay.",
              "Passengers waited on the pier for most of the afternoon while the boats were inspected."]


def test_a_mongodb_export_is_read_with_its_wrapped_id_and_date(tmp_path):
    articles = _read(tmp_path, [
        {"_id": {"$oid": "64b7f0c2e4b0a1"}, "body": PARAGRAPHS[0], "published_at": {"$date": "2023-05-03T10:00:00Z"}},
        {"_id": {"$oid": "64b7f0c2e4b0a2"}, "body": PARAGRAPHS[1],
         "published_at": {"$date": {"$numberLong": "1683280800000"}}}])
    assert list(articles["article_id"]) == ["64b7f0c2e4b0a1", "64b7f0c2e4b0a2"]
    assert [str(d.date()) for d in articles["published"]] == ["2023-05-03", "2023-05-05"]


def test_a_wordpress_export_reads_its_rendered_title_and_its_html_body(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS).replace("the ferry would sail", "&ldquo;the ferry will sail&rdquo;")
    articles = _read(tmp_path, [{"id": 7, "title": {"rendered": "Ferry to sail again"},
                                 "content": {"rendered": body, "protected": False}, "published": "2023-05-03"}])
    assert articles.loc[0, "title"] == "Ferry to sail again"
    text = articles.loc[0, "text"]
    assert "<p>" not in text and "&ldquo;" not in text and "\u201cthe ferry will sail\u201d" in text
    notes = [m for m in articles.attrs["report"]["message"] if "other names" in m]
    assert len(notes) == 1 and "'content' as 'html'" in notes[0]


def test_plain_text_with_an_angle_bracket_stays_text(tmp_path):
    articles = _read(tmp_path, [{"id": "a", "text": "The mayor said fewer than <5 boats sailed; the rest stayed.",
                                 "published": "2023-05-03"}])
    assert articles.loc[0, "text"].startswith("The mayor said fewer than <5 boats")


def test_a_wrapper_of_another_shape_is_still_refused_by_its_type(tmp_path):
    articles = _read(tmp_path, [{"id": {"$oid": "x", "other": 1}, "text": PARAGRAPHS[0]}])
    assert articles.empty
    assert "not a string or a whole number" in articles.attrs["report"]["message"].iloc[0]


# --- a wire's label on a headline line --------------------------------------------------------------------------

@pytest.mark.parametrize("line, title", [
    ("UPDATE 2-Kyiv says the ferry will sail again", "Kyiv says the ferry will sail again"),
    ("REFILE-UPDATE 4-Mayor says port reopens", "Mayor says port reopens"),
    ("Breaking news: mayor says port reopens", "mayor says port reopens"),
    ("URGENT: Port closed after drone strike", "Port closed after drone strike"),
    ("EXCLUSIVE-NATO weighs ferry escorts", "NATO weighs ferry escorts"),
])
def test_a_wire_label_opens_the_line_and_the_title_follows(line, title):
    at = segment.wire_label(line, 0, len(line))
    assert at > 0 and line[at:] == title


@pytest.mark.parametrize("line", [
    "Update 2-Kyiv says the ferry will sail again",  # (glued by a hyphen only in capitals)
    "ALERT - the ferry will not sail",  # (a spaced dash is no glue)
    "URGENT:",  # (nothing after the label)
    "Updated rules say the ferry will sail",  # (a word that opens with a label is not the label)
    "The mayor said: update the timetable",  # (not at the line's opening)
])
def test_no_wire_label_where_the_line_does_not_open_with_one(line):
    assert segment.wire_label(line, 0, len(line)) == -1


# --- a headline role's words, read once per body row --------------------------------------------------------------

def test_role_words_split_a_possessive_and_keep_the_head_noun():
    assert _headlines._role_words("Ukraine\u2019s Navy spokesman") == ["ukraine", "s", "navy", "spokesman"]
    assert _headlines._headline_role_words("The head of the port authority") == ("head", {"port", "authority"})


def test_a_whole_number_written_as_a_float_is_an_id_and_a_fraction_is_not(tmp_path):
    articles = _read(tmp_path, [{"id": 17.0, "text": PARAGRAPHS[0]}, {"id": 17.5, "text": PARAGRAPHS[1]}])
    assert list(articles["article_id"]) == ["17"]
    assert "not a string or a whole number" in articles.attrs["report"]["message"].iloc[0]
