"""A journalist's and a teacher's first hour (nu11): a long live blog's facts chart stays readable and says what it
left out, counts read as English ("1 article", never "1 articles" or "article(s)"), the regex alternations built from
the tables are the same text in every process, and the report's messages give commands that run. Invented texts
only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from saidvsdone import charts, corpus, report  # noqa: E402
from saidvsdone._plural import plural  # noqa: E402

LIB = str(Path(__file__).resolve().parents[1] / "lib")


def test_plural_says_one_thing_and_many_things():
    assert plural(1, "article") == "1 article"
    assert plural(0, "article") == "0 articles"
    assert plural(2, "row") == "2 rows"
    assert plural(12_500, "claim") == "12,500 claims"
    assert plural(1, "no-break space or tab", "no-break spaces or tabs") == "1 no-break space or tab"
    assert plural(3, "no-break space or tab", "no-break spaces or tabs") == "3 no-break spaces or tabs"


def _many_figures(n: int) -> pd.DataFrame:
    return pd.DataFrame({
        "fact_id": [f"blog-f{i + 1:03d}" for i in range(n)],
        "label": [f"{100 + 10 * i} km²" for i in range(n)],
        "reported_km2": [100.0 + 10 * i for i in range(n)],
        "measured_km2": [80.0 + 5 * i for i in range(n)],
        "measured_series": ["deepstate"] * n,
    })


def _left_out(ax) -> list[str]:
    """The chart's notes of what it left out, each on one line (the footer is wrapped to the chart's width)."""
    return [" ".join(t.get_text().split()) for t in ax.texts if t.get_gid() == "left-out"]


def test_a_live_blog_of_many_figures_gives_a_chart_of_a_page_that_says_what_it_left_out():
    facts = _many_figures(60)
    fig, ax = charts.facts_vs_series(facts)
    try:
        drawn = [line for line in ax.get_lines() if (line.get_gid() or "").startswith("reported:")]
        assert len(drawn) == charts.FACTS_MAX_ROWS
        assert fig.get_figheight() < 20  # 60 rows at 1.2 inches each would be over 70 inches
        notes = _left_out(ax)
        assert len(notes) == 1
        assert f"first {charts.FACTS_MAX_ROWS} of 60" in notes[0] and "50 figures" in notes[0]
        assert f"blog-f{charts.FACTS_MAX_ROWS + 1:03d}" in notes[0]  # where the left-out rows start
    finally:
        matplotlib.pyplot.close(fig)


def test_every_row_is_drawn_when_asked_and_a_short_frame_has_no_note():
    fig, ax = charts.facts_vs_series(_many_figures(14), max_rows=None)
    try:
        assert sum((line.get_gid() or "").startswith("reported:") for line in ax.get_lines()) == 14
        assert not _left_out(ax)
    finally:
        matplotlib.pyplot.close(fig)
    fig, ax = charts.facts_vs_series(_many_figures(3).drop(columns="fact_id"), max_rows=2)
    try:
        note = _left_out(ax)[0]
        assert "1 figure (row 3) is left out" in note
    finally:
        matplotlib.pyplot.close(fig)
    with pytest.raises(ValueError, match="max_rows"):
        charts.facts_vs_series(_many_figures(3), max_rows=0)


def _live_blog(n: int) -> str:
    months = ["March", "April", "May", "June", "July", "August"]
    lines = ["Live: the war, hour by hour", ""]
    for i in range(n):
        verb = "captured" if i % 2 else "retook"
        side = "Russian troops" if i % 2 else "Ukrainian forces"
        lines += [f"{9 + i % 10}:{(i * 13) % 60:02d} GMT",
                  f"{side} {verb} {150 + 20 * i} square kilometres of Ukrainian territory in {months[i % 6]}, "
                  "the general staff said on Monday.", ""]
    return "\n".join(lines)


def test_the_report_on_a_live_blog_keeps_its_facts_chart_readable_and_says_so(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "blog.txt").write_text(_live_blog(16), encoding="utf-8")
    (folder / "articles.csv").write_text("file,published,source,title,url,language,notes\n"
                                         "blog.txt,2023-10-20,The Invented Daily,Live,,en,\n", encoding="utf-8")
    done = report.build(folder, tmp_path / "out")
    said = str(done)
    assert "1 article loaded" in said and "\n1 article, " in said
    assert "(s)" not in said and "1 articles" not in said
    note = [n for n in done.notes if n.startswith("figures/facts-vs-maps draws the first")]
    assert note and "tables/facts-vs-maps.csv" in note[0]
    from PIL import Image
    with Image.open(tmp_path / "out" / "figures" / "facts-vs-maps.png") as png:
        assert png.height < 20 * 150  # under 20 inches at the saved 150 dpi


def test_a_review_author_with_nothing_to_review_is_told_why_the_file_is_empty(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "one.txt").write_text("Minister hopeful\n\nThe minister said on Tuesday that the talks were going "
                                    "according to plan and that a deal was close.\n", encoding="utf-8")
    (folder / "articles.csv").write_text("file,published,source,title,url,language,notes\n"
                                         "one.txt,2023-05-04,,Minister hopeful,,en,\n", encoding="utf-8")
    done = report.build(folder, tmp_path / "out", review_author="Invented Desk", review_url="https://desk.example/c")
    assert done.counts["reviews"] == 0
    assert any(n.startswith("claimreview.jsonld holds no review") and "rule column" in n for n in done.notes)


def test_the_load_summary_counts_in_english(tmp_path):
    (tmp_path / "a.txt").write_text("The army said on Monday that the bridge was repaired and the road "
                                    "reopened to traffic.\n", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    articles = corpus.load(tmp_path)
    summary = articles.attrs["report"].summary()
    assert "1 article loaded" in summary and "1 file with a warning" in summary  # a.txt has no date
    assert str(articles.attrs["report"]).startswith("Corpus: 1 article loaded")


def test_an_unlisted_file_is_told_the_add_command_that_lists_it(tmp_path):
    folder = tmp_path / "my articles"
    folder.mkdir()
    (folder / "articles.csv").write_text("file,published,source,title,url,language,notes\n", encoding="utf-8")
    (folder / "late.txt").write_text("The governor said on Friday that the shelling had stopped for the first "
                                     "time in a week.\n", encoding="utf-8")
    log = corpus.load(folder).attrs["report"]
    message = next(m for f, _, s, m in log.entries if f == "late.txt" and "not listed" in m)
    assert "saidvsdone add " in message and "late.txt" in message and "--folder '" in message  # quoted: a space


_PATTERNS = """
from saidvsdone import compare
from saidvsdone.facts import sides
from saidvsdone.facts.vocab import vocab
print(compare._actor_pattern().pattern)
print(compare._place_pattern()[0].pattern)
print(compare._direction_pattern()[0].pattern)
print(sides._reporting_verb_re().pattern)
print([phrase for patterns in vocab().triggers.values() for _, phrase in patterns])
"""


def test_the_tables_regex_alternations_are_the_same_text_whatever_the_hash_seed():
    def patterns(seed: str) -> str:
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=LIB)
        return subprocess.run([sys.executable, "-c", _PATTERNS], env=env, capture_output=True, text=True,
                              check=True).stdout

    first = patterns("1")
    assert first.count("\n") >= 5 and first == patterns("2") == patterns("77")


def _many_statements(n: int) -> pd.DataFrame:
    days = pd.date_range("2023-02-01", periods=n, freq="9D")
    frame = pd.DataFrame({"claim_id": [f"brief-c{i + 1:03d}" for i in range(n)], "label": ["“going to plan”"] * n,
                          "statement_date": days})
    for side in ("before", "after"):
        for w in (14, 30, 90):
            frame[f"change_{side}_{w}d_km2"] = [float(10 * i - 50) for i in range(n)]
    return frame


def test_a_speaker_quoted_on_many_days_gives_a_windows_chart_of_a_page_that_says_what_it_left_out():
    fig, ax = charts.window_changes(_many_statements(30).iloc[::-1])  # drawn by date, whatever the frame's order
    try:
        ids = {(b.get_gid() or "").split(":")[1] for b in ax.patches if (b.get_gid() or "").startswith("bar:")}
        assert ids == {f"brief-c{i:03d}" for i in range(1, charts.WINDOWS_MAX_GROUPS + 1)}  # the earliest
        assert fig.get_figheight() < 20  # 30 groups of six bars would be over 50 inches
        note = _left_out(ax)
        first_left = f"brief-c{charts.WINDOWS_MAX_GROUPS + 1:03d}"
        assert len(note) == 1 and "of 30 statements" in note[0] and first_left in note[0]
    finally:
        matplotlib.pyplot.close(fig)
    fig, ax = charts.window_changes(_many_statements(12), max_groups=None)
    try:
        assert not _left_out(ax)
        bars = [b.get_gid() for b in ax.patches if (b.get_gid() or "").startswith("bar:")]
        assert len({gid.split(":")[1] for gid in bars}) == 12
    finally:
        matplotlib.pyplot.close(fig)
