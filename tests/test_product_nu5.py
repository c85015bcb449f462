"""Rough edges of a new user's first hour (round 16, nu5): the evidence behind one row of a table (in Python and on
the command line), a "not assessable" reason that reads without the README, a manifest date that cannot be read
next to the date used instead, and the one-line message for a too-old setuptools.

Every text here is invented for the test.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import claims, compare, corpus, explore, facts, quotes, report, territory
from saidvsdone.__main__ import main
from saidvsdone._paths import command

ROOT = Path(__file__).resolve().parents[1]

SPOKESMAN = ("Kremlin spokesman Dmitry Peskov said on Friday that the operation was “going to plan.”\n\n"
             "“The work continues,” Peskov told reporters.")
UNDATED_DAY = "Kremlin spokesman Dmitry Peskov said the operation was “going to plan.”"


def _one(text: str, published: str | None = "2022-10-14", article_id: str = "a") -> pd.DataFrame:
    return corpus.from_text(text, article_id=article_id, published=published)


# --- 1. one row's evidence, one call away ----------------------------------------------------------------------------


def test_a_quote_row_shows_its_article_span_sentence_speaker_and_date():
    articles = _one(SPOKESMAN)
    table = quotes.extract(articles)
    shown = explore.evidence(articles, table, "a-q002")
    lines = shown.lines
    assert lines["quote"] == "a-q002 (direct): “The work continues,”"
    text = articles["text"].iloc[0]
    lo, hi = shown.span
    assert text[lo:hi] == "The work continues," and f"characters {lo}–{hi}" in lines["span"]
    assert lines["span"].endswith("(paragraph 2)")  # counted from 1, as a reader counts
    assert lines["sentence"] == "“The work continues,” Peskov told reporters."  # the whole sentence, as printed
    assert lines["speaker"].startswith("Dmitry Peskov, written “Peskov” — by name") and "‘told’" in lines["speaker"]
    assert lines["date"].startswith("2022-10-14 — ")
    assert "published 2022-10-14" in lines["article"]
    assert "assessment" not in lines  # a quote has no verdict
    printed = repr(shown)
    assert printed.splitlines()[0].startswith("quote") and "sentence" in printed
    html = shown._repr_html_()
    assert '<mark style="background: #fff3b0">The work continues,</mark>' in html


def test_the_row_can_be_given_as_an_id_an_index_label_or_the_row_itself():
    articles = _one(SPOKESMAN)
    table = quotes.extract(articles)
    by_id = explore.evidence(articles, table, "a-q001").lines
    assert explore.evidence(articles, table, table.index[0]).lines == by_id
    assert explore.evidence(articles, table, table.iloc[0]).lines == by_id
    with pytest.raises(KeyError, match="no row 'a-q009'.*'a-q001'"):
        explore.evidence(articles, table, "a-q009")
    with pytest.raises(KeyError, match="corpus.load of the same folder"):
        explore.evidence(_one(SPOKESMAN, article_id="other"), table, "a-q001")


def test_an_empty_date_says_why_undated_article_or_no_day_of_its_own():
    undated = _one(SPOKESMAN, published=None)
    row = explore.evidence(undated, quotes.extract(undated), "a-q001").lines["date"]
    assert row.startswith("none — the article has no publication date") and "fill in 'published'" in row
    dated = _one(UNDATED_DAY)
    row = explore.evidence(dated, quotes.extract(dated), "a-q001").lines["date"]
    assert row.startswith("none — no day given (published 2022-10-14)")
    assert "the publication date is not taken for it" in row


def test_a_claim_marks_its_phrase_and_a_comparison_row_adds_the_verdict_and_its_reason_in_words():
    articles = _one(SPOKESMAN)
    found = claims.find(articles, include_quotes=True)
    claim_id = found.loc[found["found_in"] == "reported", "claim_id"].iloc[0]
    shown = explore.evidence(articles, found, claim_id)
    text = articles["text"].iloc[0]
    lo, hi = shown.span
    assert "plan" in text[lo:hi] and shown.lines["sentence"].startswith("Kremlin spokesman")
    table = compare.claims_vs_territory(found, territory.load())
    verdict = explore.evidence(articles, table, claim_id).lines
    assert verdict["assessment"].startswith("not assessable (vague) — vague: no stated plan")
    assert verdict["span"].endswith("the sentence below")  # the comparison keeps the sentence's span only


def test_a_row_read_back_from_the_exported_csv_gives_the_same_evidence(tmp_path):
    articles = _one(SPOKESMAN)
    table = quotes.extract(articles)
    report.write(table, "quotes", tmp_path)
    back = pd.read_csv(tmp_path / "tables" / "quotes.csv", encoding="utf-8-sig")
    assert explore.evidence(articles, back, "a-q001").lines == explore.evidence(articles, table, "a-q001").lines


def test_a_fact_row_names_its_source_words_and_the_day_reported():
    articles = _one("Ukraine's army said on Friday that its forces had retaken 500 square kilometres in the south.")
    reported = facts.extract(articles)
    shown = explore.evidence(articles, reported, reported["fact_id"].iloc[0]).lines
    assert "500 square kilometres" in shown["span"] and shown["date"].startswith("reported 2022-10-14")


def test_a_row_made_from_another_version_of_the_article_is_flagged():
    articles = _one(SPOKESMAN)
    table = quotes.extract(articles)
    edited = _one("A new first paragraph.\n\n" + SPOKESMAN)
    span = explore.evidence(edited, table, "a-q002").lines["span"]
    assert "another version of the article" in span
    # what must not change: the article the row was made from is not flagged
    assert "another version" not in explore.evidence(articles, table, "a-q002").lines["span"]


def test_the_evidence_command_reads_report_folder_tables(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "peskov.txt").write_text("date 2022-10-14\n\n" + SPOKESMAN, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["report", "--folder", str(folder), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    hint = re.search(r"python -m saidvsdone evidence (\S+) --folder", printed)
    assert hint, printed[-400:]
    assert main(["evidence", "peskov-q002", "--folder", str(folder), "--out", str(out)]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("quote     peskov-q002 (direct)") and "Peskov told reporters." in shown
    assert main(["evidence", hint.group(1), "--folder", str(folder), "--out", str(out)]) == 0
    assert "assessment" in capsys.readouterr().out  # the hint's id is a claim, with its verdict
    assert main(["evidence", "peskov-q099", "--folder", str(folder), "--out", str(out)]) == 1
    assert "no row 'peskov-q099'" in capsys.readouterr().err
    assert main(["evidence", "peskov-q002", "--folder", str(folder), "--out", str(tmp_path / "none")]) == 1
    assert f"run `{command()} report --folder" in capsys.readouterr().err


# --- 2. a "not assessable" reason in words --------------------------------------------------------------------------


def test_every_reason_key_has_its_meaning_and_summary_by_reason_shows_it():
    assert set(compare.REASON_MEANINGS) == set(compare.REASONS)
    table = pd.DataFrame({"reason": ["no day", "undated", "no day", ""],
                          "assessment": ["not assessable"] * 3 + ["consistent"]})
    by_reason = compare.summary(table, "reason").set_index("reason")["meaning"]
    assert by_reason["no day"] != by_reason["undated"]  # the two keys that read alike
    assert "does not say when" in by_reason["no day"] and "no date" in by_reason["undated"]
    assert by_reason["—"] == ""
    # what must not change: a summary not by reason gets no such column
    assert "meaning" not in compare.summary(table.assign(side="Russia"), "side").columns


# --- 3. a manifest date that cannot be read, next to the date used instead -------------------------------------------


def test_an_unreadable_manifest_date_names_the_header_date_used_instead(tmp_path):
    (tmp_path / "a.txt").write_text("Published: March 14, 2023\n\nShoigu said the line held.", encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,published\na.txt,2023-02-30\n", encoding="utf-8")
    with pytest.warns(corpus.LoadWarning):
        articles = corpus.load(tmp_path)
    assert str(articles["published"].iloc[0].date()) == "2023-03-14"
    message = str(articles.attrs["report"])
    assert ("manifest date '2023-02-30' is not a real day (month 01-12, day within the month); the header "
            "line's date 2023-03-14 is used instead") in message
    assert "treated as unknown" not in message and "(manifest line 2)" in message


def test_an_unreadable_manifest_date_with_nothing_else_is_still_treated_as_unknown(tmp_path):
    (tmp_path / "a.txt").write_text("Shoigu said the line held.", encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,published\na.txt,2023-02-30\n", encoding="utf-8")
    with pytest.warns(corpus.LoadWarning):
        message = str(corpus.load(tmp_path).attrs["report"])
    assert "'2023-02-30' is not a real day (month 01-12, day within the month); treated as unknown" in message


# --- 4. pip install with an old setuptools says what to do ------------------------------------------------------------


def test_setup_py_with_an_old_setuptools_names_the_upgrade(tmp_path):
    fake = tmp_path / "setuptools"
    (fake / "command").mkdir(parents=True)
    (fake / "__init__.py").write_text("__version__ = '65.5.0'\ndef setup(**kw): raise AssertionError('reached')\n")
    (fake / "command" / "__init__.py").write_text("")
    (fake / "command" / "build_py.py").write_text("class build_py: pass\n")
    done = subprocess.run([sys.executable, str(ROOT / "setup.py"), "--version"], capture_output=True, text=True,
                          env={"PYTHONPATH": str(tmp_path), "PATH": ""}, cwd=tmp_path)
    assert done.returncode != 0
    assert "needs setuptools 77 or newer to build; this environment has 65.5.0" in done.stderr
    assert "pip install --upgrade 'setuptools>=77'" in done.stderr and "reached" not in done.stderr
