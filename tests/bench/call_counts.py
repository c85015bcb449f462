"""How many Python and builtin calls an article costs, which functions are called hundreds of times an article
and who calls them; then where a sampler (no tracing) finds the time (not run by ``make bench``; issue 17).

    python tests/bench/call_counts.py            # 200 seed copies: counts (cProfile), then a sampled run
    python tests/bench/call_counts.py 50 1       # 50 copies, the sampled run once

cProfile counts calls exactly but distorts time: it adds a fixed cost to every call, so a function calling many
small ones looks heavy (round 13, sp16: a set comprehension of ``when.find`` showed 138 µs a call under cProfile
and takes ≈4 µs), and a regex's time stays inside its caller. The time is read instead from a sampler
(``signal.setitimer(ITIMER_PROF)``, every 0.5 ms of CPU, the stack read at each signal): own time by function
and by line, inclusive time by function (a function counted once a sample however deep it recurs). Garbage
collection runs in the frame that allocates: a function allocating many small objects carries it.
"""

from __future__ import annotations

import collections
import cProfile
import os
import pstats
import signal
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _short(code) -> str:
    name = code.co_filename
    name = name.split("saidvsdone/")[-1] if "saidvsdone/" in name else os.path.basename(name)
    return f"{name}:{code.co_name}"


def counts(run, n: int, top: int = 25) -> None:
    """cProfile's call counts per article: all, Python, builtin; the most called functions and their callers."""
    profile = cProfile.Profile()
    profile.enable()
    run()
    profile.disable()
    stats = pstats.Stats(profile).stats  # (file, line, name) → (primitive calls, calls, tottime, cumtime, callers)
    python = sum(v[1] for k, v in stats.items() if k[0] != "~")
    builtin = sum(v[1] for k, v in stats.items() if k[0] == "~")
    print(f"calls an article: {(python + builtin) / n:,.0f} (Python {python / n:,.0f}, builtin {builtin / n:,.0f})")
    for title, keep in (("Python", lambda k: k[0] != "~"), ("builtin", lambda k: k[0] == "~")):
        print(f"-- most called {title} functions (calls an article; the three callers that call them most)")
        ranked = sorted(((v[1], k, v[4]) for k, v in stats.items() if keep(k)), key=lambda x: -x[0])[:top]
        for calls, key, callers in ranked:
            name = key[2] if key[0] == "~" else f"{Path(key[0]).name}:{key[2]}"
            by = sorted(((c[1] if isinstance(c, tuple) else c, f"{Path(ck[0]).name}:{ck[2]}")
                         for ck, c in callers.items()), reverse=True)[:3]
            print(f"{calls / n:8,.0f}  {name:45s} " + ", ".join(f"{who} {c / n:,.0f}" for c, who in by))


def sampled(run, rounds: int, top: int = 40) -> None:
    """Own time by function and by line, inclusive time by function, from a CPU-time sampler."""
    own, lines, inclusive, total = collections.Counter(), collections.Counter(), collections.Counter(), [0]

    def handler(_sig, frame):
        total[0] += 1
        own[_short(frame.f_code)] += 1
        lines[f"{_short(frame.f_code)}:{frame.f_lineno}"] += 1
        seen = set()
        while frame is not None:
            key = _short(frame.f_code)
            if key not in seen:
                seen.add(key)
                inclusive[key] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, handler)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    start = time.process_time()
    for _ in range(rounds):
        run()
    spent = time.process_time() - start
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    n = max(total[0], 1)
    print(f"\n{total[0]} samples in {spent:.1f} s CPU")
    for title, counter in (("own time by function", own), ("inclusive time by function", inclusive),
                           ("own time by line", lines)):
        print(f"-- {title}")
        for key, c in counter.most_common(top):
            print(f"{c / n * 100:5.1f}%  {key}")


def main(n: int = 200, rounds: int = 2) -> None:
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    warnings.simplefilter("ignore")
    from _seeds import seed_copies

    from saidvsdone import document, pipeline
    articles = seed_copies(n)
    pipeline.run(articles.head(5))  # tables read and patterns compiled before the measure

    def run():
        document.clear_cache()
        pipeline.run(articles)
    counts(run, n)
    sampled(run, rounds)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
