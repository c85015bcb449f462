"""Round 24 review findings (rv24a) applied by rv24fixa: each test on invented text."""

from __future__ import annotations

import errno
import pathlib
import warnings

import pytest

from saidvsdone import corpus, report

STORY_RV24A = ("Kyiv, May 4 (Invented Wire) - The governor of the Zarichne region said on Monday that two drones "
               "had hit a depot overnight. \"Nobody was hurt,\" Taras Lomako told reporters.\n")


def _folder_rv24fixa(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "depot.txt").write_text(STORY_RV24A, encoding="utf-8")
    return folder


# --- B1: --out errors are checked once, before any article is read; a read error is not called a write error --

def test_rv24fixa_out_that_cannot_be_written_stops_before_reading(tmp_path, capsys, monkeypatch):
    from saidvsdone.__main__ import main

    folder = _folder_rv24fixa(tmp_path)
    real_open = pathlib.Path.open

    def refuse_probe(self, *args, **kwargs):
        if self.name.startswith(".write-check"):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def never_read(*args, **kwargs):
        raise AssertionError("an article was read before --out was checked")

    monkeypatch.setattr(pathlib.Path, "open", refuse_probe)
    monkeypatch.setattr(corpus, "load", never_read)
    out = tmp_path / "out"
    assert main(["report", "--folder", str(folder), "--out", str(out)]) == 1
    said = capsys.readouterr().err
    assert said.startswith(f"error: {out}: cannot write to the report folder") and "nothing written" in said
    assert said.count("\n") == 1 and "Traceback" not in said


def test_rv24fixa_a_read_error_during_build_is_not_reported_as_a_write(tmp_path, monkeypatch):
    from saidvsdone import pipeline

    folder = _folder_rv24fixa(tmp_path)

    def unreadable(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", "/invented/table.csv")

    monkeypatch.setattr(pipeline, "run", unreadable)
    with pytest.raises(PermissionError):  # not a CorpusError saying "cannot write /invented/table.csv"
        report.build(folder, tmp_path / "out", n_jobs=1)


def test_rv24fixa_a_write_error_is_one_corpus_error_naming_the_file(tmp_path):
    with pytest.raises(corpus.CorpusError, match=r"cannot write /invented/x\.csv \(no space left on device\)"):
        with report._writing():
            raise OSError(errno.ENOSPC, "No space left on device", "/invented/x.csv")


# --- B2: stray NULs are removed where bytes are decoded, so a page's <meta> charset and an export still count ----

def test_rv24fixa_decode_bytes_removes_a_stray_nul():
    text = "The invented council met on Tuesday and said the bridge would reopen in spring. " * 3
    data = text.encode("utf-8")
    damaged = data[:40] + b"\x00" + data[40:]
    assert corpus.decode_bytes(damaged) == (text, "utf-8")


def test_rv24fixa_an_html_page_with_a_stray_nul_keeps_its_meta_charset(tmp_path):
    body = "Burmistrz Nowak powiedział we wtorek, że most zostanie otwarty wiosną. " * 4
    page = ('<html><head><meta charset="iso-8859-2"><title>Most</title></head><body><p>'
            + body + "</p></body></html>").encode("iso-8859-2")
    cut = page.index(b"<p>") + 3
    (tmp_path / "bridge.html").write_bytes(page[:cut] + b"\x00" + page[cut:])
    with pytest.warns(corpus.LoadWarning):
        articles = corpus.load(tmp_path)
    assert "Nowak powiedział we wtorek, że most" in articles["raw_text"].iloc[0]
    said = [m for _, _, s, m in articles.attrs["report"].entries if s == "warning"]
    assert any("1 NUL byte" in m for m in said)


# --- B3: the size warning comes after decoding, on the text: a large PDF named .txt is only skipped -------------

def test_rv24fixa_a_large_pdf_named_txt_is_skipped_without_a_size_warning(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"%PDF-1.7\n" + b"\x00\x01binary" * (corpus.LARGE_TEXT_BYTES // 8 + 10))
    with pytest.warns(corpus.LoadWarning):
        articles = corpus.load(tmp_path)
    said = [(s, m) for _, _, s, m in articles.attrs["report"].entries]
    assert any(s == "skipped" and "a PDF document" in m for s, m in said)
    assert not any("read as one article" in m for _, m in said)


# --- B5: the future-date warning reads load's today (report.build's as_of), the clock only by default ----------

def test_rv24fixa_the_future_date_warning_counts_from_the_given_today(tmp_path):
    (tmp_path / "depot.txt").write_text(STORY_RV24A, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,published,source\ndepot.txt,2030-03-02,Invented Wire\n",
                                           encoding="utf-8")

    def after_today(today):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", corpus.LoadWarning)
            articles = corpus.load(tmp_path, today=today)
        return any("after today" in m for _, _, _, m in articles.attrs["report"].entries)

    assert after_today("2030-02-27") and not after_today("2030-03-01") and not after_today("2031-01-01")


# --- B4: figure_forms converts a two-digit distance before number_words_big spells it out --------------------------

def test_rv24fixa_figure_forms_converts_a_two_digit_distance():
    import sys

    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    import metamorphic as M

    sentence = "Invented brigades advanced 20 kilometres toward the river crossing."
    text = f"Bridge holds\n\n{sentence}\n"
    gold = {"published": "2025-03-14", "quotes": [], "claims": [], "facts": [
        {"sentence": sentence, "quantity_text": "20", "quantity": 20.0, "unit": "km", "actor": "Ukraine",
         "change": "gain", "start": 14}]}
    out, _, new_gold, counts = M.transform_article(text, "Bridge holds", gold, M.TRANSFORMS["figure_forms"])
    assert "(12 miles)" in out and counts["added"] == 1
    assert new_gold["facts"][-1]["unit"] == "mi"
