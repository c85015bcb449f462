"""nu10: a journalist's and a teacher's first hour (invented texts only)."""

from __future__ import annotations

import os
import sys
import warnings

import pytest

from saidvsdone import corpus
from saidvsdone._paths import command


def _page(body: str, title: str = "Depot hit overnight") -> str:
    return (f'<!doctype html><html lang="en"><head><title>{title}</title></head><body>'
            f'<nav><a href="/">Home</a> <a href="/world">World</a></nav>{body}'
            "<footer>© The Harbour Gazette</footer></body></html>")


BRIEF = _page("<article><h1>Depot hit overnight</h1><p>A drone hit a fuel depot outside the port city overnight, "
              "the regional governor said on Tuesday.</p><p>Nobody was hurt, he added.</p></article>")
LINKS = _page('<ul><li><a href="/a">Talks stall</a></li><li><a href="/b">Markets calm</a></li></ul>',
              title="Home")


def _skipped(articles, name: str) -> str:
    return next(m for f, _, s, m in articles.attrs["report"].entries if f == name and s == "skipped")


# --- 1. a short saved page: the message says what the page held -------------------------------------

def test_a_news_brief_is_told_apart_from_a_page_with_no_text(tmp_path):
    (tmp_path / "brief.html").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "front.html").write_text(LINKS, encoding="utf-8")
    with pytest.warns(corpus.LoadWarning) as caught:
        articles = corpus.load(tmp_path, manifest=False)
    assert articles.empty
    brief = _skipped(articles, "brief.html")
    assert brief.startswith("too little text to read as an article")
    assert '"Depot hit overnight"' in brief  # the page's title
    assert "A drone hit a fuel depot" in brief  # its first sentence
    assert "news brief" in brief and ".txt" in brief
    front = _skipped(articles, "front.html")
    assert front.startswith("no article text found in the page")
    assert "none a sentence" in front and "brief" not in front
    # the one-line summary names the few files it skipped
    assert "2 skipped (brief.html, front.html)" in str(caught[0].message)


def test_a_brief_copied_into_a_txt_file_is_read(tmp_path):
    (tmp_path / "brief.txt").write_text("A drone hit a fuel depot outside the port city overnight, the regional "
                                        "governor said on Tuesday.", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        assert len(corpus.load(tmp_path, manifest=False)) == 1


def test_from_html_warns_when_it_reads_nothing():
    with pytest.warns(corpus.LoadWarning, match="no article read, the frame is empty — too little text"):
        assert corpus.from_html(BRIEF).empty


def test_the_summary_names_no_file_when_many_are_skipped(tmp_path):
    for n in range(4):
        (tmp_path / f"empty{n}.txt").write_text("", encoding="utf-8")
    with pytest.warns(corpus.LoadWarning) as caught:
        corpus.load(tmp_path, manifest=False)
    assert "4 skipped — " in str(caught[0].message)


# --- 2. the commands the output suggests work in the user's setup -----------------------------------

def test_command_names_the_venv_interpreter_inside_the_working_directory(tmp_path):
    inside = os.path.join(str(tmp_path), ".venv", "bin", "python")
    assert command(inside, cwd=str(tmp_path)) == os.path.join(".venv", "bin", "python") + " -m saidvsdone"
    assert command(os.path.join(str(tmp_path), "python"), cwd=str(tmp_path)) == (
        os.curdir + os.sep + "python -m saidvsdone")  # a bare name would be looked up on the PATH
    assert command("/usr/bin/python3", cwd=str(tmp_path)) == "python -m saidvsdone"
    spaced = os.path.join(str(tmp_path), "my env", "bin", "python")
    assert command(spaced, cwd=str(tmp_path)).startswith("'my env")  # quoted for the shell
    link = tmp_path.parent / (tmp_path.name + "-link")  # the same folder by another name (/tmp on macOS)
    link.symlink_to(tmp_path)
    assert command(os.path.join(str(link), ".venv", "bin", "python"), cwd=str(tmp_path)).startswith(".venv")


def test_report_prints_an_evidence_command_that_runs_here(tmp_path, monkeypatch, capsys):
    from saidvsdone import __main__ as cli

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "talks.txt").write_text("2024-03-05\n\nThe minister said: “We will not sign this text.” Talks resume "
                                      "on Friday.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "executable", str(tmp_path / ".venv" / "bin" / "python"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cli.main(["report", "--folder", "articles", "--out", "out"])
    hint = [line for line in capsys.readouterr().out.splitlines() if "evidence" in line][-1]
    assert os.path.join(".venv", "bin", "python") + " -m saidvsdone evidence " in hint
    assert "--folder articles --out out" in hint


def test_make_report_ends_by_saying_where_to_start(tmp_path):
    from saidvsdone.__main__ import _what_to_open

    (tmp_path / "tables").mkdir()
    (tmp_path / "tables" / "quotes.csv").write_text("quote_id\n", encoding="utf-8")
    (tmp_path / "figures").mkdir()
    for suffix in (".png", ".svg"):
        (tmp_path / "figures" / f"timeline{suffix}").write_bytes(b"")
    (tmp_path / "claimreview.jsonld").write_text("[]", encoding="utf-8")
    said = _what_to_open(tmp_path)
    assert "00-start-here.html" in said.splitlines()[1]
    assert "quotes.csv" in said and "timeline" in said and "timeline.png" not in said
    assert "0 reviews: no claim could be assessed" in said


# --- 3. charts.save does not hold the PNG's pixels ----------------------------------------------------

def test_save_frees_the_png_pixels_and_writes_the_same_bytes(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from saidvsdone import charts

    fig, ax = plt.subplots()
    ax.plot([0, 1, 2], [2, 0, 1])
    first = [p.read_bytes() for p in charts.save(fig, "line", tmp_path / "a")]
    assert getattr(fig.canvas, "renderer", None) is None  # the 150 dpi buffer is not kept
    second = [p.read_bytes() for p in charts.save(fig, "line", tmp_path / "b")]
    assert first == second and len(first[0]) > 0
    fig.canvas.draw()  # the figure still draws
    plt.close(fig)


# --- 4. a notebook runs in its own folder -------------------------------------------------------------

def test_a_folder_named_from_the_root_is_found_from_a_notebook(tmp_path, monkeypatch):
    (tmp_path / "my" / "articles").mkdir(parents=True)
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    with pytest.raises(corpus.CorpusError) as caught:
        corpus.load("my/articles")
    said = str(caught.value)
    assert said.startswith("my/articles: no such folder of articles in the working directory ")
    assert "corpus.load('../my/articles')" in said
    with pytest.raises(corpus.CorpusError, match=r"^elsewhere: no such folder of articles in the working"):
        corpus.load("elsewhere")
