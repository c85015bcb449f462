"""scale.run on a generated archive: articles/s with 1 and 2 workers, peak memory per worker
as the archive grows, and the projected wall time for a million articles.

The archive is the five seed articles copied under new ids, each copy with a unique last
paragraph (so no copy is a duplicate of another), as JSON Lines. Sizes (environment):

    SAIDVSDONE_BENCH_SPEED=2000            articles in the 1-worker / 2-worker comparison (0: none)
    SAIDVSDONE_BENCH_SIZES=10000,100000    archive sizes for the memory curve (2 workers)
    SAIDVSDONE_BENCH_ROWS_PER_PART=1000    articles per task

Peak memory is each worker process's maximum resident set (``getrusage``), on a fresh
cluster per run. Timings are printed, never asserted.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

import pandas as pd

from saidvsdone import corpus, scale

SPEED_ARTICLES = int(os.environ.get("SAIDVSDONE_BENCH_SPEED", "2000"))
SIZES = [int(n) for n in os.environ.get("SAIDVSDONE_BENCH_SIZES", "10000,100000").split(",") if n]
ROWS_PER_PART = int(os.environ.get("SAIDVSDONE_BENCH_ROWS_PER_PART", "1000"))


def write_archive(path: Path, n: int) -> Path:
    seeds = corpus.load()
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            seed = seeds.iloc[i % len(seeds)]
            published = "" if pd.isna(seed["published"]) else str(seed["published"].date())
            handle.write(json.dumps({"id": f"{seed['article_id']}-{i}", "published": published,
                                     "title": seed["title"], "source": seed["source"],
                                     "text": f"{seed['text']}\n\nArchive copy number {i}."}) + "\n")
    return path


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed_run(archive: Path, out: Path, workers: int) -> dict:
    """One run on a fresh local cluster: seconds (cluster start excluded) and peak MB per worker."""
    from distributed import Client

    shutil.rmtree(out, ignore_errors=True)
    with scale.local_cluster(workers) as cluster, Client(cluster) as client:
        cpu_before = sum(client.run(_cpu_seconds).values())
        started = time.perf_counter()
        summary = scale.run([archive], out, scheduler=cluster.scheduler_address,
                            rows_per_part=ROWS_PER_PART, progress=False)
        seconds = time.perf_counter() - started
        cpu = sum(client.run(_cpu_seconds).values()) - cpu_before
        peaks = sorted(client.run(_peak_rss_mb).values())
    return {"workers": workers, "articles": summary.articles, "seconds": seconds,
            "rate": summary.articles / seconds, "peak_mb": peaks, "written": summary.written,
            "cores": cpu / seconds, "load": os.getloadavg()[0]}


class _Lines(list):
    """Lines of the result, also printed as they come (``SAIDVSDONE_BENCH_VERBOSE=1``): a long run shows progress."""

    def append(self, line: str) -> None:
        super().append(line)
        if os.environ.get("SAIDVSDONE_BENCH_VERBOSE") == "1":
            print(line, flush=True)


def _tables(out: Path) -> dict:
    return {t: pd.read_parquet(out / t) for t in scale.TABLES}


def run() -> dict:
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    if not SPEED_ARTICLES and not SIZES:  # both turned off (documented: 0 and empty): nothing to run
        return {"stage": "scale", "articles_per_second": float("nan"), "seconds": 0.0,
                "line": "scale.run: skipped (SAIDVSDONE_BENCH_SPEED=0 and SAIDVSDONE_BENCH_SIZES empty)"}
    folder = Path(tempfile.mkdtemp(prefix="saidvsdone-bench-"))
    lines = _Lines()
    try:
        # speed: the same archive, 1 then 2 workers, results compared
        one = two = None
        if SPEED_ARTICLES:
            archive = write_archive(folder / f"archive-{SPEED_ARTICLES}.jsonl", SPEED_ARTICLES)
            one = timed_run(archive, folder / "out-1", 1)
            two = timed_run(archive, folder / "out-2", 2)
            first, second = _tables(folder / "out-1"), _tables(folder / "out-2")
            identical = all(first[t].equals(second[t]) for t in scale.TABLES)
            lines.append(f"scale.run, {SPEED_ARTICLES} seed-sized articles (quotes + claims + facts, "
                         f"{ROWS_PER_PART} per task): 1 worker {one['rate']:.1f} articles/s "
                         f"({one['seconds']:.0f} s), 2 workers {two['rate']:.1f} articles/s "
                         f"({two['seconds']:.0f} s): {two['rate'] / one['rate']:.2f}x; "
                         f"results identical: {identical}")
            lines.append(f"  rows written: {two['written']}; peak memory per worker "
                         + ", ".join(f"{mb:.0f} MB" for mb in two["peak_mb"]))
            lines.append(f"  CPU the workers got: {one['cores']:.2f} core(s) with 1 worker, "
                         f"{two['cores']:.2f} with 2 (load average {one['load']:.1f} / {two['load']:.1f}: "
                         f"other processes share the cores); CPU per article "
                         f"{one['cores'] / one['rate'] * 1000:.0f} ms / {two['cores'] / two['rate'] * 1000:.0f} ms")
            archive.unlink()
        # memory: peak per worker as the archive grows (2 workers)
        peaks = {}
        for n in SIZES:
            archive = write_archive(folder / f"archive-{n}.jsonl", n)
            result = timed_run(archive, folder / f"out-{n}", 2)
            archive.unlink()
            shutil.rmtree(folder / f"out-{n}", ignore_errors=True)
            two = two or result
            peaks[n] = max(result["peak_mb"])
            lines.append(f"  {n:>7} articles, 2 workers: {result['rate']:.1f} articles/s "
                         f"({result['seconds']:.0f} s, {result['cores']:.2f} cores' CPU); peak memory per worker "
                         + ", ".join(f"{mb:.0f} MB" for mb in result["peak_mb"]))
        if len(peaks) > 1:
            (small, low), (large, high) = min(peaks.items()), max(peaks.items())
            lines.append(f"  peak memory per worker from {small:,} to {large:,} articles: {low:.0f} → {high:.0f} MB "
                         f"({(high - low) / low:+.0%} for {large / small:.0f}x the articles)")
        per_core = one["rate"] if one else two["rate"] / 2
        hours = 1_000_000 / per_core / 3600
        cpu_hours = 1_000_000 * (two["cores"] / two["rate"]) / 3600
        lines.append(f"  projected for 1,000,000 articles: {hours:.1f} h on 1 core at the measured wall-clock "
                     f"rate ({hours / 2:.1f} h on 2 cores, {hours / 32:.1f} h on 32); {cpu_hours:.1f} "
                     "core-hours from the workers' CPU time per article (what idle cores would take)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"stage": "scale", "articles_per_second": two["rate"], "seconds": round(two["seconds"], 1),
            "line": "\n".join(lines)}
