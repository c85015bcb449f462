"""cp3: the comparison verbs on a newsroom-sized claims table, this tree against another, with identical output.

    python tests/bench/compare_speed.py OTHER_LIB [ROWS] [ROUNDS]     # e.g. /tmp/base18/lib 3000 2

The inputs are built once, with this tree: the seeds' claims and facts (``pipeline.run`` on the bundled
corpus), then the same rows copied ``ROWS`` times in all over 2022–2025 (each copy's statement date,
publication date and fact periods moved by one random number of days, fixed seed; a few dates left
missing), so the comparison meets as many distinct days as a large corpus does. Each tree then runs, in
fresh processes taking turns, ``compare.facts_vs_territory``, ``compare.claims_vs_territory`` (with
``articles`` and ``figures``, as ``report`` calls it, and with an ``areas`` series), ``compare.summary`` and
``territory.value_on`` / ``territory.change`` on the same inputs; every table is compared column by
column (values, dtypes, index, ``attrs``) and the CPU time of each verb is the best of the rounds.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIB = HERE.parent.parent / "lib"

CHILD = r"""
import os, pickle, sys, time, warnings
sys.path.insert(0, %(lib)r)
os.environ["SAIDVSDONE_PROGRESS"] = "0"
warnings.simplefilter("ignore")
from saidvsdone import compare, territory
with open(%(inputs)r, "rb") as f:
    inputs = pickle.load(f)
series = territory.load()
areas = {"Donbas": series[series["source"] == "deepstate"].assign(area_km2=lambda f: f["area_km2"] / 3)}
areas["Donbas"].attrs = {"sources": {"deepstate": "a regional series"}}
out, times = {}, {}
def timed(name, call):
    best = None
    for _ in range(%(repeat)d):
        t = time.process_time(); value = call(); spent = time.process_time() - t
        best = spent if best is None else min(best, spent)
    out[name], times[name] = value, best
for size, (claims, facts, articles) in inputs.items():
    timed(f"{size}: facts_vs_territory", lambda: compare.facts_vs_territory(facts, series))
    figures = out[f"{size}: facts_vs_territory"]
    timed(f"{size}: claims_vs_territory", lambda: compare.claims_vs_territory(
        claims, series, articles=articles, figures=figures))
    timed(f"{size}: claims_vs_territory, areas", lambda: compare.claims_vs_territory(
        claims, series, windows=(7, 30), articles=articles, areas=areas))
    table = out[f"{size}: claims_vs_territory"]
    timed(f"{size}: summary", lambda: [compare.summary(table, by) for by in ("claim_type", "reason", ("side", "reason"))])
    days = claims["statement_date"]
    timed(f"{size}: value_on", lambda: [territory.value_on(series, days, source=s) for s in ("deepstate", "isw")])
    timed(f"{size}: change", lambda: [str(territory.change("deepstate", d, d + __import__("pandas").Timedelta(days=30)))
                                     for d in days.dropna().head(200)])
with open(%(result)r, "wb") as f:
    pickle.dump((out, times), f)
"""


def build(rows: int):
    import numpy as np
    import pandas as pd

    sys.path.insert(0, str(LIB))
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    from saidvsdone import corpus, pipeline

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = corpus.load()
        tables = pipeline.run(articles, include_quotes=False)
    claims, facts = tables.claims, tables.facts
    rng = np.random.default_rng(2026)
    first, span = pd.Timestamp("2022-01-01"), (pd.Timestamp("2025-12-31") - pd.Timestamp("2022-01-01")).days
    copies_c, copies_f, copies_a = [], [], []
    base = claims["statement_date"].min() - first  # the seeds' days moved to start on 1 Jan 2022
    for i in range(max(1, rows // max(1, len(claims)))):
        # each copy of each claim, fact and article moved by its own number of days: a corpus's many days
        shift = {aid: pd.Timedelta(days=int(rng.integers(0, span))) - base for aid in articles["article_id"]}
        moved = pd.to_timedelta(rng.integers(0, span, len(claims)), unit="D") - base
        c = claims.assign(claim_id=claims["claim_id"] + f"-{i}", article_id=claims["article_id"] + f"-{i}",
                          statement_date=claims["statement_date"] + moved)
        if i % 17 == 0:
            c.loc[c.index[:1], "statement_date"] = pd.NaT
        moved_facts = pd.to_timedelta(rng.integers(0, span, len(facts)), unit="D") - base
        f = facts.assign(fact_id=facts["fact_id"] + f"-{i}", article_id=facts["article_id"] + f"-{i}")
        for column in ("period_start", "period_end", "reported_date"):
            if column in f.columns:
                f[column] = facts[column] + moved_facts
        a = articles.assign(article_id=articles["article_id"] + f"-{i}",
                            published=articles["published"] + articles["article_id"].map(shift))
        copies_c.append(c), copies_f.append(f), copies_a.append(a)
    big = (pd.concat(copies_c, ignore_index=True), pd.concat(copies_f, ignore_index=True),
           pd.concat(copies_a, ignore_index=True).drop(columns=["raw_text"], errors="ignore"))
    return {"seeds": (claims, facts, articles.drop(columns=["raw_text"], errors="ignore")), "big": big}


def main() -> None:
    import pandas as pd

    other = sys.argv[1] if len(sys.argv) > 1 else "/tmp/base18/lib"
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    inputs = build(rows)
    print(f"claims: seeds {len(inputs['seeds'][0])}, big {len(inputs['big'][0])} "
          f"({inputs['big'][0]['statement_date'].nunique()} days); facts: big {len(inputs['big'][1])}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "inputs.pkl"
        with open(path, "wb") as f:
            pickle.dump(inputs, f)
        best: dict = {}
        outs: dict = {}
        for r in range(rounds):
            for side, lib in (("other", other), ("this", str(LIB))):
                result = Path(tmp) / f"{side}.pkl"
                code = CHILD % {"lib": str(Path(lib).resolve()), "inputs": str(path), "result": str(result),
                                "repeat": 1}
                subprocess.run([sys.executable, "-c", code], check=True, cwd=str(HERE))
                with open(result, "rb") as f:
                    out, times = pickle.load(f)
                outs[side] = out
                for name, spent in times.items():
                    best.setdefault(side, {})[name] = min(spent, best.get(side, {}).get(name, spent))
    same = True
    for name, theirs in outs["other"].items():
        ours = outs["this"][name]
        pairs = list(zip(theirs, ours)) if isinstance(theirs, list) else [(theirs, ours)]
        for a, b in pairs:
            if isinstance(a, pd.DataFrame):
                try:
                    pd.testing.assert_frame_equal(a, b, check_exact=True)
                    assert a.attrs == b.attrs, "attrs differ"
                except AssertionError as err:
                    same = False
                    print(f"DIFFERENT {name}: {str(err)[:400]}")
            elif a != b:
                same = False
                print(f"DIFFERENT {name}: {a!r} != {b!r}")
    print(f"{'verb':42} {'other s':>9} {'this s':>9} {'ratio':>7}")
    for name in best["other"]:
        o, t = best["other"][name], best["this"][name]
        print(f"{name:42} {o:9.3f} {t:9.3f} {o / max(t, 1e-9):7.1f}x")
    print("identical output" if same else "OUTPUT DIFFERS")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
