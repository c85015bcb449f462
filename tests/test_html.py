"""Saved web pages in the corpus, and building a corpus with collect.add / `python -m saidvsdone add`."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import collect, corpus
from saidvsdone.__main__ import main
from saidvsdone._paths import data_file

FIXTURES = Path(__file__).parent / "fixtures" / "html"
EXAMPLE = data_file("examples", "saved-page.html")
TXT = "date 2022-10-14 Putin said the call-up “is coming to an end.”\n\nNothing further is planned."


def _write(folder: Path, name: str, data) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _messages(frame_or_report, file: str, status: str) -> str:
    entries = frame_or_report.attrs["report"].entries
    return " | ".join(m for f, _, s, m in entries if f == file and s == status)


def _page(body: str, *, lang: str = "en", head: str = "", charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="{charset}">'
            f"<title>A page</title>{head}</head>\n<body>\n"
            '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>\n'
            f"{body}\n<footer><p>© 2022 Example</p><a href='/privacy'>Privacy</a></footer>\n"
            "</body>\n</html>\n")


ARTICLE_BODY = ("<article><h1>Putin speaks in Astana</h1>"
                "<p>Russian President Vladimir Putin said on Friday that the call-up of reservists "
                "would be finished within two weeks and that nothing further was planned.</p>"
                "<p>“This work is coming to an end,” he told a news conference at the end of a "
                "summit of regional leaders in the Kazakh capital.</p></article>")


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    """A journalist's folder: one sub-folder per outlet and month, .txt and .html mixed."""
    root = tmp_path_factory.mktemp("corpus") / "articles"
    shutil.copy(EXAMPLE, _write(root, "ledger/2022-10/astana.html", b""))
    shutil.copy(FIXTURES / "samarkand-2022-09.html", _write(root, "daily-example/2022-09/samarkand.html", b""))
    shutil.copy(FIXTURES / "vostochny-2022-04.html", _write(root, "wire/2022-04/vostochny.htm", b""))
    _write(root, "afp/2022-10/astana-wire.txt", TXT)
    _write(root, "afp/undated.txt", "Putin said everything was going to plan.")
    return root


# --- loading pages ------------------------------------------------------------------------

def test_mixed_tree_loads_dates_from_pages_and_header_lines(tree):
    articles = corpus.load(tree)
    assert list(articles.columns) == list(corpus.COLUMNS)
    by_file = articles.set_index("file")
    assert sorted(by_file.index) == ["afp/2022-10/astana-wire.txt", "afp/undated.txt",
                                     "daily-example/2022-09/samarkand.html",
                                     "ledger/2022-10/astana.html", "wire/2022-04/vostochny.htm"]
    expected = {
        "ledger/2022-10/astana.html": ("2022-10-14", "page metadata"),  # JSON-LD datePublished
        "daily-example/2022-09/samarkand.html": ("2022-09-17", "page metadata"),  # meta tag
        "wire/2022-04/vostochny.htm": ("2022-04-12", "page metadata"),  # canonical URL only
        "afp/2022-10/astana-wire.txt": ("2022-10-14", "header line"),
    }
    for file, (date, basis) in expected.items():
        assert by_file.loc[file, "published"] == pd.Timestamp(date), file
        assert by_file.loc[file, "published_basis"] == basis, file
    assert pd.isna(by_file.loc["afp/undated.txt", "published"])
    assert by_file.loc["afp/undated.txt", "published_basis"] == "none"
    assert articles["article_id"].is_unique
    assert "no publication date" in _messages(articles, "afp/undated.txt", "warning")


def test_title_url_source_and_language_come_from_the_page(tree):
    row = corpus.load(tree).set_index("file").loc["ledger/2022-10/astana.html"]
    assert row["title"] == "Putin says mobilisation will end in two weeks, no need for more massive strikes"
    assert row["url"] == "https://news.example.com/world/europe/putin-astana-mobilisation-two-weeks"
    assert row["source"] == "The Example Ledger"
    assert row["language"] == "en"  # <html lang="en-GB">
    assert row["encoding"] == "utf-8"
    assert row["cleaning"].startswith("main text taken from the HTML page")


def test_page_text_is_the_article_only_and_cleaned_like_txt(tree):
    row = corpus.load(tree).set_index("file").loc["ledger/2022-10/astana.html"]
    text = row["text"]
    assert "“This work is coming to an end,” he said." in text  # curly quotes kept as written
    assert "“In the foreseeable future, I don’t see any need. Nothing further is planned.”" in text
    for furniture in ("Skip to main content", "Newsletters", "Subscribe", "Share on", "Related stories",
                      "Missiles hit Kyiv", "Privacy policy", "All rights reserved", "Sign up for",
                      "Dana Reporter", "<p>", "dataLayer"):
        assert furniture not in text, furniture
    assert row["raw_text"].startswith("<!DOCTYPE html>")
    paragraphs = text.split("\n\n")
    assert len(paragraphs) >= 5 and all(p == p.strip() and p for p in paragraphs)
    assert "  " not in text and "\r" not in text
    again = corpus.from_text(text)  # cleaning is idempotent: offsets into text are stable
    assert again.loc[0, "text"] == text


def test_manifest_wins_over_the_page_and_a_disagreement_is_reported(tree, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(tree, folder)
    _write(tmp_path, "articles.csv",
           "file,published,source,title,url,language,notes\n"
           "ledger/2022-10/astana.html,2022-10-15,Ledger (print edition),My title,,,\n"
           "daily-example/2022-09/samarkand.html,2022-09-17,,,,,\n")
    articles = corpus.load(folder)
    by_file = articles.set_index("file")
    astana = by_file.loc["ledger/2022-10/astana.html"]
    assert astana["published"] == pd.Timestamp("2022-10-15")
    assert astana["published_basis"] == "manifest"
    assert (astana["source"], astana["title"]) == ("Ledger (print edition)", "My title")
    assert astana["url"].startswith("https://news.example.com/")  # empty cell: from the page
    warning = _messages(articles, "ledger/2022-10/astana.html", "warning")
    assert "manifest date 2022-10-15 differs from the page's own date 2022-10-14" in warning
    report = corpus.report(articles)
    line = report[report["message"].str.contains("differs from the page")]["manifest_line"]
    assert line.tolist() == [2]
    assert by_file.loc["daily-example/2022-09/samarkand.html", "published_basis"] == "manifest"
    assert _messages(articles, "daily-example/2022-09/samarkand.html", "warning") == ""


def test_the_example_page_is_not_part_of_the_bundled_corpus():
    articles = corpus.load()
    assert len(articles) == 5
    assert not any(f.endswith((".html", ".htm")) for f in articles["file"])
    assert sorted(p.name for p in data_file("articles").iterdir()) == sorted(articles["file"])


def test_from_html_reads_a_string():
    row = corpus.from_html(EXAMPLE.read_text(encoding="utf-8"), article_id="astana")
    assert row.loc[0, "article_id"] == "astana"
    assert row.loc[0, "published"] == pd.Timestamp("2022-10-14")
    with pytest.raises(TypeError):
        corpus.from_html(b"<html></html>")


def test_a_page_without_a_date_is_undated_and_reported(tmp_path):
    _write(tmp_path, "nodate.html", _page(ARTICLE_BODY))
    articles = corpus.load(tmp_path, manifest=False)
    assert pd.isna(articles.loc[0, "published"])
    assert articles.loc[0, "published_basis"] == "none"
    assert "page's metadata" in _messages(articles, "nodate.html", "warning")
    assert articles.loc[0, "title"] == "Putin speaks in Astana"  # trafilatura prefers the <h1>


# --- bad input: every file accounted for, nothing lost ----------------------------------------

def test_page_with_no_article_text_is_skipped(tmp_path):
    _write(tmp_path, "front.html", _page("<main><h1>Page not found</h1></main>"))
    _write(tmp_path, "app.html", _page('<div id="root"></div><noscript>You need to enable JavaScript '
                                       "to run this app.</noscript>"))
    articles = corpus.load(tmp_path, manifest=False)
    assert articles.empty
    assert "no article text found in the page" in _messages(articles, "front.html", "skipped")
    # (nu10) a page with a sentence is "too little text", and the message names what it may be
    assert "page built by JavaScript" in _messages(articles, "app.html", "skipped")
    assert (tmp_path / "front.html").exists()


def test_page_in_another_language_loads_with_a_warning(tmp_path):
    body = ("<article><h1>Путин выступил в Астане</h1><p>Президент России Владимир Путин заявил в "
            "пятницу, что частичная мобилизация будет завершена в течение двух недель и что больше "
            "ничего не планируется.</p><p>«Эта работа подходит к концу», — сказал он журналистам "
            "на пресс-конференции по итогам саммита в столице Казахстана.</p></article>")
    _write(tmp_path, "ru.html", _page(body, lang="ru", charset="windows-1251").encode("cp1251"))
    articles = corpus.load(tmp_path, manifest=False)
    assert len(articles) == 1
    row = articles.iloc[0]
    assert row["language"] == "ru"
    assert row["encoding"] == "windows-1251"  # the charset the page declares, not cp1252
    assert "«Эта работа подходит к концу»" in row["text"]
    assert "page language is 'ru'; the extractors read English" in _messages(articles, "ru.html", "warning")


def test_manifest_language_is_checked_too(tmp_path):
    _write(tmp_path, "a.txt", TXT)
    _write(tmp_path, "articles.csv", "file,language\na.txt,uk\n")
    articles = corpus.load(tmp_path)
    assert "manifest language is 'uk'" in _messages(articles, "a.txt", "warning")


@pytest.mark.parametrize("data, expected", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n", "is a PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image"),
    (b"PK\x03\x04\x14\x00\x06\x00", "is a ZIP archive"),
    (b"From: <Saved by Blink>\r\nSubject: Putin\r\nMIME-Version: 1.0\r\n\r\n<html></html>",
     "web archive (MHTML"),
    (b"<html>\x00\x00\x01\x02binary", "cannot decode"),
    (b'<?xml version="1.0"?><rss><channel><item><title>Putin</title></item></channel></rss>',
     "markup that is not HTML"),
])
def test_files_named_html_that_are_not_pages_are_skipped_and_named(tmp_path, data, expected):
    _write(tmp_path, "story.html", data)
    articles = corpus.load(tmp_path, manifest=False)
    assert articles.empty
    assert expected in _messages(articles, "story.html", "skipped")


def test_a_pdf_named_txt_is_named_too(tmp_path):
    _write(tmp_path, "story.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    articles = corpus.load(tmp_path, manifest=False)
    assert "PDF document, not a text file" in _messages(articles, "story.txt", "skipped")


def test_plain_text_named_html_is_read_as_text_with_a_warning(tmp_path):
    _write(tmp_path, "copied.html", TXT)
    articles = corpus.load(tmp_path, manifest=False)
    assert articles.loc[0, "text"] == corpus.from_text(TXT).loc[0, "text"]
    assert articles.loc[0, "published_basis"] == "header line"
    assert "holds plain text" in _messages(articles, "copied.html", "warning")


def test_a_huge_page_is_skipped_before_any_extraction(tmp_path, monkeypatch):
    path = _write(tmp_path, "huge.html", "<html><body><p>" + "word " * 100)
    with path.open("r+b") as handle:  # a 20 MB file without writing 20 MB
        handle.truncate(20_000_000)
    monkeypatch.setattr(corpus, "_read_page", lambda html: pytest.fail("the page was read"))
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    articles = corpus.load(tmp_path, manifest=False)
    assert articles.empty
    assert "file is 20.0 MB, over the 10 MB limit" in _messages(articles, "huge.html", "skipped")


def test_nothing_is_fetched_even_when_a_page_holds_only_a_url(tmp_path, monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network used in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    _write(tmp_path, "link.html", "https://news.example.com/world/putin-astana")
    _write(tmp_path, "page.html", EXAMPLE.read_bytes())
    articles = corpus.load(tmp_path, manifest=False)
    with pytest.raises(ValueError, match="not its address"):
        corpus.from_html("https://news.example.com/world/putin-astana")
    assert corpus._read_page("https://news.example.com/world/putin-astana").text.strip() == (
        "https://news.example.com/world/putin-astana")  # read as text, not downloaded
    assert attempts == []
    # the trap being avoided: htmldate given the string itself downloads it
    import htmldate
    with pytest.raises(ValueError):
        htmldate.find_date("https://news.example.com/world/putin-astana")
    assert attempts
    assert sorted(articles["file"]) == ["link.html", "page.html"]
    assert "holds plain text" in _messages(articles, "link.html", "warning")


# --- building a corpus: collect.add and `python -m saidvsdone add` ------------------------------

MANIFEST = ("file,published,source,title,url,language,notes\n"
            "old.txt,2022-09-17,Wire,Old story,,en,\"kept, byte for byte\"\n")


@pytest.fixture
def workspace(tmp_path):
    """A corpus folder with one article and a manifest next to it, and a downloads folder."""
    _write(tmp_path, "articles/old.txt", "Putin said in Samarkand the offensive was not over.")
    _write(tmp_path, "articles.csv", MANIFEST)
    downloads = tmp_path / "downloads"
    shutil.copy(EXAMPLE, _write(downloads, "saved-page.html", b""))
    _write(downloads, "wire-copy.txt", TXT)
    _write(downloads, "no-date.txt", "Putin said everything was going to plan, the Kremlin said.")
    return tmp_path


def test_add_copies_files_and_appends_manifest_rows(workspace):
    downloads, folder = workspace / "downloads", workspace / "articles"
    report = collect.add([downloads / "saved-page.html", downloads / "wire-copy.txt",
                          downloads / "no-date.txt"], folder=folder)
    assert report.added == ["saved-page.html", "wire-copy.txt", "no-date.txt"]
    for name in report.added:
        assert (folder / name).read_bytes() == (downloads / name).read_bytes()

    data = (workspace / "articles.csv").read_bytes()
    assert data.startswith(MANIFEST.encode("utf-8"))  # append only
    manifest = pd.read_csv(workspace / "articles.csv", dtype=str, keep_default_na=False)
    assert list(manifest.columns) == list(corpus.MANIFEST_COLUMNS)
    page = manifest.set_index("file").loc["saved-page.html"]
    assert page["published"] == "2022-10-14"
    assert page["title"] == "Putin says mobilisation will end in two weeks, no need for more massive strikes"
    assert page["url"] == "https://news.example.com/world/europe/putin-astana-mobilisation-two-weeks"
    assert (page["source"], page["language"]) == ("The Example Ledger", "en")
    wire = manifest.set_index("file").loc["wire-copy.txt"]
    assert wire["published"] == "2022-10-14"  # the header date line

    # the new rows load cleanly: same dates, now from the manifest
    articles = corpus.load(folder)
    assert len(articles) == 4
    assert corpus.report(articles)["status"].isin(["loaded", "warning"]).all()
    by_file = articles.set_index("file")
    assert by_file.loc["saved-page.html", "published"] == pd.Timestamp("2022-10-14")
    assert by_file.loc["saved-page.html", "published_basis"] == "manifest"
    assert "not listed in the manifest" not in str(articles.attrs["report"])


def test_add_names_the_file_and_manifest_line_of_what_is_missing(workspace):
    report = collect.add([workspace / "downloads" / "no-date.txt"], folder=workspace / "articles")
    frame = report.to_frame()
    missing = frame[frame["status"] == "warning"]
    assert missing["file"].tolist() == ["no-date.txt", "no-date.txt", "no-date.txt"]
    assert missing["manifest_line"].tolist() == [3, 3, 3]
    assert "no publication date found: fill in 'published'" in missing["message"].iloc[0]
    assert "no title found: fill in 'title'" in missing["message"].iloc[1]
    assert "no source found: fill in 'source'" in missing["message"].iloc[2]
    shown = str(report)
    assert "no-date.txt (manifest line 3): no publication date found" in shown
    assert "Fill in the 3 missing values" in shown


def test_re_adding_the_same_article_under_another_name_is_skipped(workspace):
    downloads, folder = workspace / "downloads", workspace / "articles"
    collect.add([downloads / "saved-page.html"], folder=folder)
    before = (workspace / "articles.csv").read_bytes()
    shutil.copy(downloads / "saved-page.html", downloads / "putin-astana (1).html")
    _write(downloads, "renamed.txt", "Putin said in Samarkand the offensive was not over.")
    report = collect.add([downloads / "putin-astana (1).html", downloads / "renamed.txt",
                          downloads / "saved-page.html"], folder=folder)
    assert report.added == []
    messages = report.to_frame().set_index("source")["message"]
    assert messages[str(downloads / "putin-astana (1).html")] == (
        "same text as saved-page.html, already in the folder: not added again")
    assert "same text as old.txt" in messages[str(downloads / "renamed.txt")]
    assert (workspace / "articles.csv").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["old.txt", "saved-page.html"]


def test_a_name_clash_with_different_content_gets_a_numeric_suffix(workspace):
    downloads, folder = workspace / "downloads", workspace / "articles"
    _write(downloads, "other/old.txt", TXT)  # same name as the article in the folder, other text
    _write(downloads, "old.html", EXAMPLE.read_bytes())  # same article id "old"
    report = collect.add([downloads / "other" / "old.txt", downloads / "old.html"], folder=folder)
    assert report.added == ["old-2.txt", "old-3.html"]
    assert "renamed" in report.entries[0].message
    assert (folder / "old.txt").read_text(encoding="utf-8").startswith("Putin said in Samarkand")
    assert corpus.load(folder)["article_id"].is_unique


def test_add_a_folder_adds_the_article_files_inside_it(workspace):
    downloads = workspace / "downloads"
    _write(downloads, "readme.md", "my notes")
    _write(downloads, "deeper/2022-09/samarkand.html", (FIXTURES / "samarkand-2022-09.html").read_bytes())
    report = collect.add([downloads], folder=workspace / "articles")
    assert sorted(report.added) == ["no-date.txt", "samarkand.html", "saved-page.html", "wire-copy.txt"]
    frame = report.to_frame()
    assert frame.set_index("source").loc["downloads/readme.md", "status"] == "skipped"


def test_add_reports_bad_input_and_copies_only_what_loads(workspace):
    downloads, folder = workspace / "downloads", workspace / "articles"
    _write(downloads, "report.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    _write(downloads, "front.html", _page("<main><h1>Latest news</h1></main>"))
    _write(downloads, "ru.html", _page(ARTICLE_BODY, lang="ru"))
    _write(downloads, "pasted.html", TXT.replace("Nothing further", "Nothing more"))
    report = collect.add([downloads / n for n in ("report.html", "front.html", "ru.html",
                                                  "pasted.html", "missing.html")], folder=folder)
    by_source = {Path(e.source).name: e for e in report.entries if e.status != "warning"}
    assert by_source["report.html"].status == "skipped"
    assert "PDF document" in by_source["report.html"].message
    assert "no article text found in the page" in by_source["front.html"].message
    assert by_source["missing.html"].message == "no such file or folder"
    assert report.added == ["ru.html", "pasted.html"]
    warnings = " | ".join(e.message for e in report.entries if e.status == "warning")
    assert "page language is 'ru'" in warnings and "holds plain text" in warnings
    assert not (folder / "report.html").exists() and not (folder / "front.html").exists()
    assert not report.ok


def test_add_keeps_crlf_manifests_and_one_without_a_final_newline(tmp_path):
    for name, manifest in (("crlf", MANIFEST.replace("\n", "\r\n")), ("open", MANIFEST.rstrip("\n"))):
        _write(tmp_path, f"{name}/articles/old.txt", "An old article about Putin.")
        path = _write(tmp_path, f"{name}/articles.csv", manifest)
        collect.add([EXAMPLE], folder=tmp_path / name / "articles")
        data = path.read_bytes()
        assert data.startswith(manifest.encode("utf-8"))
        rows = pd.read_csv(path, dtype=str, keep_default_na=False)
        assert rows["file"].tolist() == ["old.txt", "saved-page.html"]
        assert rows.loc[0, "notes"] == "kept, byte for byte"
        if name == "crlf":
            assert data.count(b"\r\n") == 3 and data.count(b"\n") == 3


def test_add_gives_an_unlisted_article_in_the_folder_its_manifest_row(workspace):
    folder = workspace / "articles"
    shutil.copy(EXAMPLE, folder / "saved-by-hand.html")
    report = collect.add([folder / "saved-by-hand.html"], folder=folder)
    assert report.added == ["saved-by-hand.html"]
    assert "already in the folder; manifest row added" in report.entries[0].message
    assert "not listed in the manifest" not in str(corpus.load(folder).attrs["report"])
    again = collect.add([folder / "saved-by-hand.html"], folder=folder)
    assert again.added == [] and "not added again" in again.entries[0].message


def test_a_copy_of_an_unlisted_article_is_still_skipped(tmp_path):
    shutil.copy(EXAMPLE, _write(tmp_path, "articles/by-hand.html", b""))
    report = collect.add([EXAMPLE], folder=tmp_path / "articles")
    assert report.added == []
    assert report.entries[0].message == "same text as by-hand.html, already in the folder: not added again"


def test_add_starts_a_new_corpus_with_a_new_manifest(tmp_path):
    report = collect.add([EXAMPLE], folder=tmp_path / "mine")
    assert report.added == ["saved-page.html"]
    assert (tmp_path / "mine" / "articles.csv").read_text(encoding="utf-8").startswith(
        "file,published,source,title,url,language,notes\nsaved-page.html,2022-10-14,")
    assert len(corpus.load(tmp_path / "mine")) == 1


def test_add_refuses_a_manifest_without_a_file_column(tmp_path):
    _write(tmp_path, "articles.csv", "name,published\n")
    with pytest.raises(corpus.CorpusError, match="no 'file' column"):
        collect.add([EXAMPLE], folder=tmp_path / "articles")
    assert not (tmp_path / "articles").exists()


def test_command_line_add(workspace, capsys, monkeypatch):
    monkeypatch.chdir(workspace)
    code = main(["add", "downloads/saved-page.html", "downloads/no-date.txt",
                 "--folder", "articles", "--manifest", "articles.csv"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith(f"Added 2 articles to {workspace.resolve() / 'articles'} "
                          f"(manifest {workspace.resolve() / 'articles.csv'})")
    assert "ADDED    downloads/saved-page.html → saved-page.html (manifest line 3): published 2022-10-14" in out
    assert "WARNING  downloads/no-date.txt → no-date.txt (manifest line 4): no publication date found" in out
    code = main(["add", "downloads/saved-page.html", "nowhere.html", "--folder", "articles"])
    out = capsys.readouterr().out
    assert code == 1
    assert "SKIPPED  downloads/saved-page.html: same text as saved-page.html" in out
    assert "SKIPPED  nowhere.html: no such file or folder" in out
