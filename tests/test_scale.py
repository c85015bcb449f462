"""Archives and the Dask pipeline: bad rows reported, duplicates across parts, a 2-worker
LocalCluster giving exactly the in-process result, resuming.

The archive is generated here from the seed articles: each generated article is three
consecutive paragraphs of a seed with a unique last sentence (kept short, so the suite stays fast).
"""

from __future__ import annotations

import gzip
import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from saidvsdone import archive, claims, corpus, facts, quotes, scale
from saidvsdone.__main__ import main
from saidvsdone._paths import data_file

ROWS_PER_PART = 20


def _generated(n: int, start: int = 0) -> list[dict]:
    seeds = corpus.load()
    rows = []
    for i in range(start, start + n):
        seed = seeds.iloc[i % len(seeds)]
        paragraphs = seed["text"].split("\n\n")
        first = (i * 3) % max(len(paragraphs) - 3, 1)
        published = "" if pd.isna(seed["published"]) else f"{seed['published'].date()}T08:00:00Z"
        rows.append({"id": f"g{i:04d}", "published": published, "source": seed["source"],
                     "text": "\n\n".join(paragraphs[first:first + 3] + [f"Archive copy number {i}."])})
    return rows


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Three archive files (plain JSON Lines with bad rows, gzip, Parquet in small row groups)
    and the lines of the rows the test planted in them."""
    folder = tmp_path_factory.mktemp("archive")
    rows = _generated(36)
    lines, planted = [], {}

    def plant(name, line_text):
        lines.append(line_text)
        planted[name] = len(lines)

    for i, row in enumerate(rows[:24]):
        lines.append(json.dumps(row))
        if i == 5:
            plant("no text", json.dumps({"id": "bad-1", "published": "2022-04-12"}))
        if i == 12:
            plant("bad date", json.dumps({**_generated(1, start=500)[0], "published": "last Tuesday"}))
        if i == 18:
            plant("not JSON", '{"id": "bad-3", "text": "unfinished')
        if i == 20:
            plant("text not a string", json.dumps({"id": "bad-4", "text": 42, "published": "2022-04-12"}))
        if i == 21:
            plant("id a list", json.dumps({"id": ["x"], "text": "A text.", "published": "2022-04-12"}))
        if i == 22:  # the same article as row 2 (another part): a duplicate
            plant("duplicate", json.dumps({**rows[2], "id": "copy-of-g0002"}))
        if i == 23:  # an id used before, with another text: renamed
            plant("same id", json.dumps({**_generated(1, start=700)[0], "id": "g0001"}))
    plain = folder / "wire.jsonl"
    plain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    packed = folder / "more.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as handle:
        handle.write("".join(json.dumps(row) + "\n" for row in rows[24:30]))
        handle.write(json.dumps({**rows[0], "id": "gz-copy"}) + "\n")  # duplicate of another file's row
        page = data_file("examples", "saved-page.html").read_text(encoding="utf-8")
        handle.write(json.dumps({"id": "page-1", "html": page, "url": "https://example.org/a"}) + "\n")
        handle.write(json.dumps({"id": "page-2", "html": "<html><body><p>Menu</p></body></html>"}) + "\n")
    table = pa.Table.from_pylist(rows[30:] + [{"id": "pq-empty", "published": "2022-04-12", "source": "",
                                                "text": None}])
    columnar = folder / "pages.parquet"
    pq.write_table(table, columnar, row_group_size=4)
    return {"paths": [plain, packed, columnar], "planted": planted, "plain": plain, "packed": packed,
            "columnar": columnar}


def _problem(report: pd.DataFrame, file, line) -> pd.DataFrame:
    return report[(report["file"] == str(file)) & (report["line"] == line)]


def test_every_bad_row_is_reported_with_its_file_line_and_why(made):
    articles = archive.load(made["paths"], rows_per_part=ROWS_PER_PART)
    report = articles.attrs["report"]
    planted = made["planted"]
    expected = {"no text": ("skipped", "no 'text'"), "not JSON": ("skipped", "not JSON"),
                "text not a string": ("skipped", "'text' is a number"),
                "id a list": ("skipped", "'id' is a list"),
                "bad date": ("warning", "'published' 'last Tuesday' is not a date"),
                "duplicate": ("skipped", "duplicate of article 'g0002'"),
                "same id": ("warning", "renamed to 'g0001-2'")}
    for name, (status, words) in expected.items():
        found = _problem(report, made["plain"], planted[name])
        assert len(found) >= 1, name
        assert found.iloc[0]["status"] == status, name
        assert words in found.iloc[0]["message"], (name, found.iloc[0]["message"])
    # across files: the gzip row repeating the first JSON Lines row; a Parquet row with no text
    gz = _problem(report, made["packed"], 7)
    assert gz.iloc[0]["message"].startswith(f"duplicate of article 'g0000' ({made['plain']}, line 1)")
    assert _problem(report, made["columnar"], 7).iloc[0]["message"] == "no 'text' (or 'html')"
    # saved pages: read as corpus.load reads .html files; a page with no article text is reported
    assert _problem(report, made["packed"], 9).iloc[0]["message"].startswith("no article text found")
    page = articles[articles["article_id"] == "page-1"].iloc[0]
    assert (page["archive_line"], page["published_basis"], page["url"]) == (8, "page metadata",
                                                                           "https://example.org/a")
    # a bad date is a warning: the article is kept, undated
    dated = articles.set_index("archive_line").loc[planted["bad date"]]
    assert pd.isna(dated["published"]) and dated["archive_file"] == str(made["plain"])


def test_the_summary_shows_the_first_skipped_rows_and_warnings_on_screen(made, tmp_path):
    """`run` said only "2 row(s) skipped; 3 warning(s)" and where report/ was: a new user saw no
    reason without reading Parquet. The first five are printed, file and line first."""
    summary = scale.run(made["paths"], tmp_path / "out", scheduler="sync", rows_per_part=ROWS_PER_PART,
                        progress=False)
    shown = str(summary).splitlines()
    problems = [line for line in shown if line.startswith(("  SKIPPED ", "  WARNING "))]
    assert len(problems) == 5 and all(", line " in line for line in problems)
    more = summary.skipped + summary.warnings + summary.errors - 5
    assert f"{more} more: skipped row and warning" in str(summary) and "pandas.read_parquet(" in str(summary)


def test_rows_are_cleaned_and_dated_as_the_corpus_does(made):
    articles = archive.load(made["paths"], rows_per_part=ROWS_PER_PART)
    row = articles[articles["article_id"] == "g0007"].iloc[0]
    again = corpus.from_text(_generated(8)[7]["text"], article_id="g0007", published="2022-04-12")
    assert row["text"] == again.loc[0, "text"]
    assert str(row["published"].date()) == _generated(8)[7]["published"][:10]
    kept = {r["id"] for r in _generated(36)}
    assert kept <= set(articles["article_id"])
    assert articles["article_id"].is_unique
    assert "g0001-2" in set(articles["article_id"])
    assert not {"copy-of-g0002", "gz-copy", "bad-1", "bad-3", "bad-4"} & set(articles["article_id"])
    # provenance: each row points back to its archive line
    text = made["plain"].read_text(encoding="utf-8").splitlines()
    for record in articles[articles["archive_file"] == str(made["plain"])].itertuples():
        assert json.loads(text[record.archive_line - 1])["id"] in (record.article_id, "g0001")


def test_parts_split_files_without_losing_or_repeating_a_row(made):
    parts = archive.plan(made["paths"], rows_per_part=7)
    assert [p.index for p in parts] == list(range(len(parts)))
    lines = [line for p in parts for line, _ in archive._rows(p)]
    per_file = {}
    for p in parts:
        per_file.setdefault(p.file, []).extend(line for line, _ in archive._rows(p))
    n_plain = len(made["plain"].read_text(encoding="utf-8").splitlines())
    assert per_file[str(made["plain"])] == list(range(1, n_plain + 1))
    assert per_file[str(made["columnar"])] == list(range(1, 8))
    assert sum(p.file == str(made["packed"]) for p in parts) == 1  # gzip cannot be split
    assert len(lines) == n_plain + 9 + 7


def _in_process(paths) -> dict[str, pd.DataFrame]:
    """The result without Dask: the whole archive in one frame, then each stage on it."""
    articles = archive.load(paths, rows_per_part=ROWS_PER_PART)
    articles.attrs = {}
    where = articles[["article_id", "archive_file", "archive_line"]]
    tables = {"articles": articles, "quotes": quotes.extract(articles), "claims": claims.find(articles),
              "facts": facts.extract(articles)}
    for name in ("quotes", "claims", "facts"):
        tables[name].attrs = {}
        tables[name] = tables[name].merge(where, on="article_id", how="left")
    return tables


def _written(out) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(out / name) for name in scale.TABLES}


def test_two_local_workers_give_exactly_the_in_process_result(made, tmp_path):
    with scale._Engine(None, 2, progress=False) as engine:   # the LocalCluster run() starts by default
        info = engine.client.scheduler_info()
        # no network: scheduler, workers and the scheduler's HTTP routes (no dashboard) on loopback
        assert info["address"].startswith("tcp://127.0.0.1:") and len(info["workers"]) == 2
        assert all(address.startswith("tcp://127.0.0.1:") for address in info["workers"])
        http = engine.cluster.scheduler.http_server._sockets.values()
        assert {socket.getsockname()[0] for socket in http} == {"127.0.0.1"}
        # no statistical profiler in the workers: its history grows a worker through a long run
        profiling = engine.client.run(lambda dask_worker: "profile-cycle" in dask_worker.periodic_callbacks)
        assert list(profiling.values()) == [False, False]
        summary = scale.run(made["paths"], tmp_path / "out", scheduler=info["address"],
                            rows_per_part=ROWS_PER_PART, progress=False)
    assert summary.workers == 2
    written, expected = _written(tmp_path / "out"), _in_process(made["paths"])
    for name in scale.TABLES:
        assert len(expected[name]) > 0, name
        pd.testing.assert_frame_equal(written[name], expected[name], check_dtype=True, obj=name)
    assert summary.written == {name: len(expected[name]) for name in scale.TABLES}
    assert summary.duplicates == 2 and summary.skipped == 2 + 6
    assert summary.rows_read == len(expected["articles"]) + summary.skipped
    report = pd.read_parquet(tmp_path / "out" / "report")
    assert set(map(tuple, archive.load(made["paths"], rows_per_part=ROWS_PER_PART).attrs["report"]
                   [["file", "line", "status"]].itertuples(index=False))) \
        == set(map(tuple, report[["file", "line", "status"]].itertuples(index=False)))


def test_a_rerun_skips_the_parts_already_written(made, tmp_path):
    out = tmp_path / "out"
    first = scale.run(made["paths"], out, scheduler="sync", rows_per_part=ROWS_PER_PART, progress=False)
    before = _written(out)
    (out / "claims" / "part-00001.parquet").unlink()   # as if the run had stopped there
    untouched = (out / "quotes" / "part-00000.parquet").stat().st_mtime_ns
    again = scale.run(made["paths"], out, scheduler="sync", rows_per_part=ROWS_PER_PART, progress=False)
    assert again.parts == first.parts and again.parts_skipped == first.parts - 1
    assert (out / "quotes" / "part-00000.parquet").stat().st_mtime_ns == untouched
    after = _written(out)
    for name in scale.TABLES:
        pd.testing.assert_frame_equal(after[name], before[name], obj=name)
    # other archives into the same folder: refused, nothing overwritten
    with pytest.raises(archive.ArchiveError, match="other archives"):
        scale.run(made["paths"][:1], out, scheduler="sync", rows_per_part=ROWS_PER_PART, progress=False)


def test_command_line_run_prints_what_it_read_skipped_and_wrote(made, tmp_path, capsys):
    code = main(["run", *map(str, made["paths"]), "--out", str(tmp_path / "out"), "--scheduler", "sync",
                 "--rows-per-part", str(ROWS_PER_PART)])
    printed = capsys.readouterr().out
    assert code == 0
    n_articles = len(pd.read_parquet(tmp_path / "out" / "articles"))
    assert f"{n_articles} articles kept; 8 rows skipped (2 duplicates)" in printed
    assert "claims" in printed and f"{tmp_path / 'out'}/report/" in printed
    assert main(["run", str(tmp_path / "nowhere.jsonl"), "--out", str(tmp_path / "o2")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_an_empty_archive_writes_empty_tables(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n", encoding="utf-8")
    summary = scale.run([path], tmp_path / "out", scheduler="sync", progress=False)
    assert summary.written == {name: 0 for name in scale.TABLES}
    claims_table = pd.read_parquet(tmp_path / "out" / "claims")
    assert list(claims_table.columns) == [*claims.COLUMNS, *scale.PROVENANCE]
    assert summary.warnings == 1  # an archive file with no rows is not a silent "0 rows"
    report = pd.read_parquet(tmp_path / "out" / "report")
    assert report["message"].str.contains("holds no rows").tolist() == [True]


def test_a_task_reads_its_part_a_few_articles_at_a_time_with_the_same_result(made, tmp_path, monkeypatch):
    # a worker's peak memory follows the articles whose documents are alive at once, not the part's size
    monkeypatch.setattr(scale, "CHUNK_ROWS", 3)
    alive, real_clear = [], scale.document.clear_cache

    def clear():
        alive.append(len(scale.document._cache))
        real_clear()

    monkeypatch.setattr(scale.document, "clear_cache", clear)
    scale.run(made["paths"], tmp_path / "out", scheduler="sync", rows_per_part=ROWS_PER_PART, progress=False)
    written, expected = _written(tmp_path / "out"), _in_process(made["paths"])
    for name in scale.TABLES:
        pd.testing.assert_frame_equal(written[name], expected[name], check_dtype=True, obj=name)
    assert len(alive) >= len(expected["articles"]) / 3 and 0 < max(alive) <= 3


def test_an_article_a_stage_cannot_read_is_reported_with_its_file_and_line(made, tmp_path, monkeypatch):
    real_rows = quotes.rows

    def fragile(doc):
        if doc.article_id == "g0003":
            raise ValueError("unreadable on purpose")
        return real_rows(doc)

    monkeypatch.setattr(quotes, "rows", fragile)
    with pytest.warns(Warning, match="g0003"):
        summary = scale.run(made["paths"], tmp_path / "out", scheduler="sync", rows_per_part=ROWS_PER_PART,
                            progress=False)
    written = _written(tmp_path / "out")
    line = int(written["articles"].set_index("article_id").loc["g0003", "archive_line"])
    problem = _problem(pd.read_parquet(tmp_path / "out" / "report"), made["plain"], line)
    assert problem["status"].tolist() == ["error"]
    assert "quotes" in problem["message"].iloc[0] and "unreadable on purpose" in problem["message"].iloc[0]
    # the article is kept (the other stages read it); only the failing stage has no rows for it
    assert "g0003" not in set(written["quotes"]["article_id"]) and "g0003" in set(written["articles"]["article_id"])
    assert summary.errors == 1 and "1 article a stage could not read" in str(summary)


def test_each_task_carries_the_decisions_about_its_own_part_only(made):
    # a task's input must not grow with its file: a million-row file would copy every decision into every task
    parts = archive.plan(made["paths"], rows_per_part=ROWS_PER_PART)
    cleaned = {p.index: archive.read_part(p)[0] for p in parts}
    keys = pd.concat([frame.assign(part=index) for index, frame in cleaned.items()])[list(scale._KEYS)]
    decisions, _ = archive.deduplicate(keys.reset_index(drop=True))
    files = decisions.groupby("archive_file")
    carried = {p.index: scale._decisions_for(p, parts, files) for p in parts}
    assert sum(map(len, carried.values())) == len(decisions) >= 3
    for index, mine in carried.items():
        lines = set(zip(cleaned[index]["archive_file"], cleaned[index]["archive_line"]))
        assert set(zip(mine["archive_file"], mine["archive_line"])) <= lines
