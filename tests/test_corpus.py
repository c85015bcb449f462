"""corpus.load / corpus.from_text: the seed corpus and every kind of bad input."""

from __future__ import annotations

import pandas as pd
import pytest

from saidvsdone import corpus
from saidvsdone._paths import data_file

ARTICLE = "Putin said on Friday that everything was “going to plan.”\n\nThe rest follows."


@pytest.fixture(scope="module")
def seeds():
    return corpus.load()


def _statuses(frame):
    """{(file, status): all messages for it, joined}."""
    joined = {}
    for file, _, status, message in frame.attrs["report"].entries:
        joined[(file, status)] = joined.get((file, status), "") + message + " | "
    return joined


# --- the bundled seed corpus ------------------------------------------------------

def test_seed_corpus_has_five_articles_with_the_documented_columns(seeds):
    assert len(seeds) == 5
    assert list(seeds.columns) == list(corpus.COLUMNS)
    assert seeds["article_id"].is_unique
    assert str(seeds["published"].dtype) == "datetime64[ns]"


def test_seed_dates_come_from_manifest_or_header_and_the_undated_one_is_nat(seeds):
    published = dict(zip(seeds["article_id"], seeds["published"]))
    assert published["000_e270a535ddac0343"] == pd.Timestamp("2022-09-17")
    assert published["002_9045d9ce76021a80"] == pd.Timestamp("2022-04-12")
    assert published["003_e5c8ade69524ed8d"] == pd.Timestamp("2025-11-27")
    assert published["004_5dfba178dfe30224"] == pd.Timestamp("2022-10-14")
    assert pd.isna(published["001_5e92d461559cfb40"])
    report = corpus.report(seeds)
    undated = report[(report["status"] == "warning") & report["message"].str.contains("no publication date")]
    assert undated["file"].tolist() == ["001_5e92d461559cfb40.txt"]
    assert undated["manifest_line"].tolist() == [3]


def test_repeated_article_is_kept_once(seeds):
    row = seeds.set_index("article_id").loc["004_5dfba178dfe30224"]
    raw_paragraphs = [p for p in row["raw_text"].split("\n") if p.strip()]
    assert len(raw_paragraphs) == 8 * 27
    assert row["text"].count("Nothing further is planned.") == 1
    assert len(row["text"].split("\n\n")) == 27
    assert row["duplicate_paragraphs_removed"] == 7 * 27


def test_header_date_line_is_taken_out_of_the_text(seeds):
    row = seeds.set_index("article_id").loc["000_e270a535ddac0343"]
    assert row["raw_text"].lstrip().startswith("date 2022-09-17")
    assert row["text"].startswith("Belligerent Russian President Vladimir Putin")
    assert row["header_date_removed"]


def test_site_furniture_is_dropped_and_counted(seeds):
    by_id = seeds.set_index("article_id")
    sumy = by_id.loc["001_5e92d461559cfb40"]
    for furniture in ("Share This Article", "Leave a Comment", "Leave a Reply", "Source link",
                      "4 Min Read", "Your email address will not be published", "aljazeera.net\n"):
        assert furniture not in sumy["text"]
    assert sumy["boilerplate_lines_removed"] == 7
    bishkek = by_id.loc["003_e5c8ade69524ed8d"]
    assert not bishkek["text"].rstrip().endswith("Newseum Global")
    assert "Akismet" not in bishkek["text"]
    assert bishkek["text"].endswith("“It would be impolite of me to speak of final agreements now,” he added.")


def test_words_and_quote_marks_are_kept_exactly(seeds):
    for row in seeds.itertuples():
        # every character except white space survives in order: no smart-quote or dash changes
        def kept(s):
            return "".join(ch for ch in s if not ch.isspace())
        for paragraph in row.text.split("\n\n"):
            assert kept(paragraph) in kept(row.raw_text), row.article_id
    text = seeds.set_index("article_id").loc["000_e270a535ddac0343", "text"]
    assert "‘Do not. do not. Don’t,’ the president said" in text


def test_unusual_spaces_become_plain_spaces_so_offsets_are_simple(seeds):
    for text in seeds["text"]:
        assert "\u00a0" not in text and "\u2009" not in text and "\r" not in text and "  " not in text
        assert all(p == p.strip() and p for p in text.split("\n\n"))
    vostochny = seeds.set_index("article_id").loc["002_9045d9ce76021a80", "text"]
    assert "Ukraine . . . would not spread" in vostochny


def test_load_finds_the_bundled_data_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert len(corpus.load()) == 5


def test_from_text_matches_load_cleaning():
    row = corpus.from_text("date 2022-09-17 Putin spoke.\nShare This Article\nPutin spoke again today.",
                           article_id="x")
    assert list(row.columns) == list(corpus.COLUMNS)
    assert row.loc[0, "article_id"] == "x"
    assert row.loc[0, "published"] == pd.Timestamp("2022-09-17")
    assert row.loc[0, "published_basis"] == "header line"
    assert row.loc[0, "text"] == "Putin spoke.\n\nPutin spoke again today."
    explicit = corpus.from_text("Text.", published="2022-10-14")
    assert explicit.loc[0, "published"] == pd.Timestamp("2022-10-14")
    assert pd.isna(corpus.from_text("Text.").loc[0, "published"])


def test_from_text_rejects_non_strings():
    with pytest.raises(TypeError):
        corpus.from_text(None)


def test_hard_wrapped_text_is_rejoined_into_paragraphs():
    wrapped = ("The Russian president said on Friday that the operation was going\n"
               "according to plan and that the mobilisation would end within two\n"
               "weeks, according to a transcript published by the Kremlin.\n\n"
               "Analysts disputed the claim and pointed to the loss of territory in\n"
               "the Kharkiv region during September.")
    row = corpus.from_text(wrapped)
    assert row.loc[0, "text"].split("\n\n")[0].endswith("going according to plan and that the "
                                                        "mobilisation would end within two weeks, "
                                                        "according to a transcript published by the Kremlin.")
    assert row.loc[0, "lines_rejoined"] == 3


def test_an_unbulleted_tally_keeps_one_item_a_line():
    # rule: a line that ends with a figure or a closing bracket (or is a "label – figure" item itself) and a next
    # line that opens a new "label – figure" item are two lines, in a hard-wrapped text or not
    tally = ("Enemy equipment lost since the war began, the army said:\n"
             "artillery systems – about 31,250 (+17) pieces\n"
             "armoured vehicles – 22,300 (+5)\n"
             "air defence systems: 1,190 (+1)\n"
             "fuel trucks — approx. 5,400")
    for text in (tally, "Prose opens here.\n\n" + tally.replace(":\n", ":\n\n", 1) + "\n\nIt cannot be checked."):
        paragraphs = corpus.from_text(text).loc[0, "text"].split("\n\n")
        assert "armoured vehicles – 22,300 (+5)" in paragraphs
        assert "air defence systems: 1,190 (+1)" in paragraphs and "fuel trucks — approx. 5,400" in paragraphs
    # a hard-wrapped sentence that breaks after a figure before words that are no item is still rejoined
    wrapped = ("The brigade said it had destroyed 14\n"
               "tanks and several armoured vehicles in a week of fighting near the river\n"
               "crossing, a claim that could not be verified independently by reporters.\n\n"
               "Officials in the region said shelling had continued through the night and\n"
               "that power had been cut in several villages along the front line again.")
    assert "destroyed 14 tanks and several" in corpus.from_text(wrapped).loc[0, "text"]


# --- bad input: every file is accounted for -----------------------------------------

def _write(folder, name, data):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_every_file_is_accounted_for(tmp_path):
    folder = tmp_path / "articles"
    _write(folder, "good.txt", ARTICLE)
    _write(folder, "empty.txt", b"")
    _write(folder, "blank.txt", "  \n\t\n")
    _write(folder, "binary.txt", b"\x00\x01\x02\xff")
    _write(folder, "latin.txt", "Putin said the caf\xe9 was \x93closed\x94.".encode("latin-1"))
    _write(folder, "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    _write(folder, "utf16.txt", ARTICLE.encode("utf-16"))
    _write(folder, "notes.md", "not an article")
    _write(folder, "sub/nested.txt", ARTICLE)
    _write(tmp_path, "articles.csv",
           "file,published,source\n"
           "good.txt,2022-10-14,AFP\n"
           "missing.txt,2022-10-14,AFP\n"
           "latin.txt,03/04/2022,AFP\n"
           "good.txt,2022-10-15,AFP\n"
           ",2022-10-14,AFP\n"
           "sub/nested.txt,2022-10-13,\n")
    articles = corpus.load(folder)
    report = corpus.report(articles)
    files = set(report["file"])
    for name in ("good.txt", "empty.txt", "blank.txt", "binary.txt", "latin.txt", "bom.txt",
                 "utf16.txt", "notes.md", "sub/nested.txt", "missing.txt"):
        assert name in files, name
    assert sorted(articles["article_id"]) == ["bom", "good", "latin", "nested", "utf16"]

    status = _statuses(articles)
    assert "empty file" in status[("empty.txt", "skipped")]
    assert "only white space" in status[("blank.txt", "skipped")]
    assert "cannot decode" in status[("binary.txt", "skipped")]
    assert "cp1252" in status[("latin.txt", "warning")]
    assert "not an article file" in status[("notes.md", "skipped")]
    assert "not in the folder" in status[("missing.txt", "skipped")]
    assert "listed twice" in status[("good.txt", "warning")]
    assert "empty 'file' cell" in status[("articles.csv", "skipped")]
    assert "not listed in the manifest" in status[("bom.txt", "warning")]

    by_id = articles.set_index("article_id")
    assert by_id.loc["latin", "text"] == "Putin said the café was “closed”."
    assert by_id.loc["latin", "encoding"] == "cp1252"
    assert pd.isna(by_id.loc["latin", "published"])
    bad_date = report[(report["file"] == "latin.txt") & report["message"].str.contains("is ambiguous")]
    assert bad_date["manifest_line"].tolist() == [4]
    assert by_id.loc["bom", "encoding"] == "utf-8-sig"
    assert by_id.loc["bom", "text"] == by_id.loc["good", "text"]
    assert by_id.loc["utf16", "text"] == by_id.loc["good", "text"]
    assert by_id.loc["good", "published"] == pd.Timestamp("2022-10-14")
    assert by_id.loc["good", "source"] == "AFP"
    assert by_id.loc["nested", "published"] == pd.Timestamp("2022-10-13")


def test_duplicate_article_ids_are_renamed_and_reported(tmp_path):
    _write(tmp_path, "a/story.txt", ARTICLE)
    _write(tmp_path, "b/story.txt", ARTICLE + " Another.")
    articles = corpus.load(tmp_path, manifest=False)
    assert sorted(articles["article_id"]) == ["story", "story-2"]
    assert any("duplicate article_id" in m for (f, s), m in _statuses(articles).items())


def test_a_file_the_manifest_lists_keeps_its_id_when_an_unlisted_one_shares_it(tmp_path):
    _write(tmp_path, "sub/deeper/story.txt", ARTICLE + " Unlisted.")  # walked first
    _write(tmp_path, "sub/story.txt", ARTICLE)
    _write(tmp_path, "articles.csv", "file,published\nsub/story.txt,2022-10-14\n")
    articles = corpus.load(tmp_path).set_index("file")
    assert articles.loc["sub/story.txt", "article_id"] == "story"
    assert articles.loc["sub/deeper/story.txt", "article_id"] == "story-2"
    assert ("sub/deeper/story.txt", "warning") in _statuses(articles.reset_index())


def test_of_two_files_with_one_id_the_one_listed_first_or_nearer_the_top_keeps_it(tmp_path):
    """A new user's folder: 'wire.txt' (manifest line 2) and 'sub/wire.txt' (line 3); the walk
    reads 'sub/' first, and the top file, listed first, was the one renamed 'wire-2'. Without a
    manifest, the file nearer the top keeps its id, so adding a sub-folder renames nothing in use."""
    _write(tmp_path, "wire.txt", ARTICLE)
    _write(tmp_path, "sub/wire.txt", ARTICLE + " Another.")
    _write(tmp_path, "articles.csv", "file,published\nwire.txt,2022-10-14\nsub/wire.txt,2022-10-15\n")
    listed = corpus.load(tmp_path).set_index("file")
    assert (listed.loc["wire.txt", "article_id"], listed.loc["sub/wire.txt", "article_id"]) == ("wire", "wire-2")
    (tmp_path / "articles.csv").write_text("file,published\nsub/wire.txt,2022-10-15\nwire.txt,2022-10-14\n")
    assert corpus.load(tmp_path).set_index("file").loc["sub/wire.txt", "article_id"] == "wire"
    unlisted = corpus.load(tmp_path, manifest=False).set_index("file")
    assert (unlisted.loc["wire.txt", "article_id"], unlisted.loc["sub/wire.txt", "article_id"]) == ("wire", "wire-2")


def test_every_column_of_the_articles_table_is_described_in_load_s_docstring():
    """help(corpus.load) said only "the columns in COLUMNS": a new user could not tell what
    ``published_basis`` or ``lines_rejoined`` hold."""
    for column in corpus.COLUMNS:
        assert f"``{column}``" in corpus.load.__doc__, column


def test_huge_files_are_reported_not_read(tmp_path):
    _write(tmp_path, "huge.txt", "word " * 1000)
    articles = corpus.load(tmp_path, manifest=False, max_bytes=1000)
    assert articles.empty
    assert "over the" in _statuses(articles)[("huge.txt", "skipped")]


def test_articles_without_manifest_take_the_header_date(tmp_path):
    _write(tmp_path, "x.txt", "date 2022-09-17 Putin spoke.")
    _write(tmp_path, "y.txt", "Putin spoke.")
    articles = corpus.load(tmp_path).set_index("article_id")
    assert articles.loc["x", "published"] == pd.Timestamp("2022-09-17")
    assert pd.isna(articles.loc["y", "published"])
    assert list(articles["published_basis"]) == ["header line", "none"]


def test_missing_folder_raises_naming_it(tmp_path):
    with pytest.raises(corpus.CorpusError, match="nowhere"):
        corpus.load(tmp_path / "nowhere")


def test_manifest_without_file_column_raises_naming_file_and_line(tmp_path):
    _write(tmp_path, "x.txt", ARTICLE)
    _write(tmp_path, "articles.csv", "name,published\nx.txt,2022-10-14\n")
    with pytest.raises(corpus.CorpusError, match=r"articles\.csv, line 1: .*no 'file' column"):
        corpus.load(tmp_path)


def test_unreadable_manifest_raises(tmp_path):
    _write(tmp_path, "x.txt", ARTICLE)
    _write(tmp_path, "articles.csv", b"file,published\n\xff\xfe\x00broken")
    with pytest.raises(corpus.CorpusError, match="articles.csv"):
        corpus.load(tmp_path)


def test_explicit_manifest_that_does_not_exist_raises(tmp_path):
    with pytest.raises(corpus.CorpusError, match="manifest not found"):
        corpus.load(tmp_path, manifest=tmp_path / "nope.csv")


def test_manifest_and_header_disagreeing_is_reported(tmp_path):
    _write(tmp_path, "x.txt", "date 2022-09-17 Putin spoke.")
    _write(tmp_path, "articles.csv", "file,published\nx.txt,2022-09-18\n")
    articles = corpus.load(tmp_path)
    assert articles.loc[0, "published"] == pd.Timestamp("2022-09-18")
    assert "differs from the header line" in _statuses(articles)[("x.txt", "warning")]


def test_cleaning_rules_file_is_valid_and_documented():
    rules = pd.read_csv(data_file("cleaning_rules.csv"), dtype=str, keep_default_na=False)
    assert list(rules.columns) == ["action", "pattern", "example", "why"]
    import re
    for rule in rules.itertuples():
        pattern = re.compile(rule.pattern, re.IGNORECASE)
        if rule.action == "drop_line":
            assert pattern.fullmatch(rule.example), rule.pattern
        else:
            assert pattern.match(rule.example), rule.pattern
        assert rule.why


def test_a_date_line_under_the_headline_is_the_publication_date():
    row = corpus.from_text("Ukraine says it retook 12 villages\nPublished: 2024-04-05\n\nKYIV — Ukraine said …")
    assert row.loc[0, "published"] == pd.Timestamp("2024-04-05")
    assert row.loc[0, "published_basis"] == "header line"
    assert row.loc[0, "text"] == "Ukraine says it retook 12 villages\n\nKYIV — Ukraine said …"
    body = corpus.from_text("First paragraph.\nSecond.\nThird.\nPublished: 2024-04-05")
    assert pd.isna(body.loc[0, "published"])  # only near the top


@pytest.mark.parametrize("first, title", [
    ("Shoigu: Kursk incursion “will be punished”", "Shoigu: Kursk incursion “will be punished”"),
    ("Minister: front 'stable' after talks", "Minister: front 'stable' after talks"),
    ("Is the offensive running out of steam?", "Is the offensive running out of steam?"),
    ("The minister said: “We are holding every position.”", ""),  # a first sentence, not a headline
    ("Putin said the war was going to plan.", ""),
])
def test_a_headline_ending_with_its_quote_is_the_title(first, title):
    """A text file's first line is its title unless it is a sentence: a headline ending with a
    quote mark ('Shoigu: … “will be punished”') was taken for a sentence, and `add` said 'no title
    found' (a new user's corpus, under a 'Published:' line)."""
    row = corpus.from_text(f"Published: 15 August 2024\n\n{first}\n\nMOSCOW — The minister said the line held.")
    assert row.loc[0, "title"] == title


def test_the_space_separators_cleaned_are_every_unicode_space_but_the_plain_one():
    """The list is written out (a scan of every code point at import cost a third of a second,
    issue 17): it must stay Unicode's space separators (Zs) of this Python, tab, form and line feed aside."""
    import unicodedata

    scanned = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs"} - {" "}
    assert corpus._SPACE_LIKE - {"\t", "\f", "\v"} == scanned
    assert corpus.from_text("A\u2009B\u00a0C\u3000D", published="2024-01-01").loc[0, "text"] == "A B C D"


# --- dates people paste: header lines with month names, dates typed by a caller ---------------

@pytest.mark.parametrize("header, expected", [
    ("Published: November 3, 2025", "2025-11-03"),
    ("Updated: Nov. 3, 2025 14:05 GMT", "2025-11-03"),
    ("Date: 3 November 2025", "2025-11-03"),
    ("Posted on Monday, 3 Nov 2025, 2:05 p.m. ET", "2025-11-03"),
    ("Published: Sept. 17, 2022", "2022-09-17"),
])
def test_month_name_header_lines_give_the_date(header, expected):
    row = corpus.from_text(f"A headline\n{header}\n\nPutin said the war was going to plan.")
    assert str(row.loc[0, "published"].date()) == expected
    assert row.loc[0, "published_basis"] == "header line"
    assert row.loc[0, "text"] == "A headline\n\nPutin said the war was going to plan."


@pytest.mark.parametrize("opening, expected", [
    ("KYIV, Aug 12, 2024 (Fictive Wire) - Troops said they had advanced.", "2024-08-12"),
    ("LONDON, 3 March 2023 — The ministry said the line held.", "2023-03-03"),
    ("KYIV, Aug 12 (Fictive Wire) - A dateline without its year names no day.", None),
    ("On March 3, 2023 - a sentence, not a dateline.", None),
    ("Feb 24, 2022 - Russia launches its invasion.\n\nSept 21, 2022 - Mobilisation is declared.", None),
    ("March 3, 2023 - a date alone before a dash is no wire dateline.", None),
])
def test_a_wire_dateline_with_its_year_dates_an_article_nothing_else_dates(opening, expected):
    row = corpus.from_text(f"A headline\n\n{opening}")
    found = row.loc[0, "published"]
    assert (None if pd.isna(found) else str(found.date())) == expected
    assert row.loc[0, "published_basis"] == ("dateline" if expected else "none")
    assert opening.split("\n\n")[0] in row.loc[0, "text"]  # the dateline stays in the text
    given = corpus.from_text(f"A headline\n\n{opening}", published="2024-08-13")
    assert given.loc[0, "published_basis"] == "manifest"  # a date the user gives always wins


def test_a_byline_with_a_date_keeps_the_name_and_gives_the_date():
    row = corpus.from_text("A headline\nBy Jane Doe, November 3, 2025\n\nPutin said it went to plan.")
    assert str(row.loc[0, "published"].date()) == "2025-11-03"
    assert row.loc[0, "text"] == "A headline\n\nBy Jane Doe\n\nPutin said it went to plan."


def test_published_wins_over_updated_and_both_lines_leave_the_text():
    row = corpus.from_text("Updated: Nov. 4, 2025 09:00 GMT\nPublished: November 3, 2025\n\nBody text here.")
    assert str(row.loc[0, "published"].date()) == "2025-11-03"
    assert row.loc[0, "text"] == "Body text here."


def test_a_date_inside_a_sentence_is_not_a_header():
    row = corpus.from_text("Headline\nBy November 3, 2025, the offensive had stalled, officials said.")
    assert pd.isna(row.loc[0, "published"])
    assert "November 3, 2025" in row.loc[0, "text"]


@pytest.mark.parametrize("typed, expected", [
    ("2022-10-14", "2022-10-14"), ("14/10/2022", "2022-10-14"), ("10/14/2022", "2022-10-14"),
    ("14 October 2022", "2022-10-14"), ("Oct. 14, 2022", "2022-10-14"),
    (pd.Timestamp("2022-10-14"), "2022-10-14"), ("04/04/2022", "2022-04-04"),
])
def test_dates_a_caller_types_are_read(typed, expected):
    row = corpus.from_text("Putin spoke.", published=typed)
    assert str(row.loc[0, "published"].date()) == expected


@pytest.mark.parametrize("typed, message", [
    ("03/04/2022", "ambiguous: 3 April or 4 March 2022"),
    ("yesterday", "not a date this library can read"),
    ("2022-02-30", "not a real day"),
    ("31/02/2022", "not a real day"),
    (20221014, "not a int"),
])
def test_a_date_a_caller_types_that_cannot_be_read_raises(typed, message):
    with pytest.raises(ValueError, match=message):
        corpus.from_text("Putin spoke.", published=typed)
    with pytest.raises(ValueError, match=message):
        corpus.from_html("<p>Putin spoke.</p>", published=typed)
