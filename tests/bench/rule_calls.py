"""How many rule calls the speech layer makes per article, and how many of them find something (not run by
``make bench``; issue 17).

    python tests/bench/rule_calls.py            # the bench's 200 seed copies (documents built untimed)
    python tests/bench/rule_calls.py 30         # the 30 rules with the most calls

Every module-level function of ``speech`` and ``attribution`` (and the ``_Reader`` methods) is wrapped where
the modules look it up by name, so the calls one rule makes to another are counted too. A call "finds something"
when it returns neither ``None``, ``False``, an empty container nor 0. The time is inclusive (a rule's callees
count in it) and carries the wrappers' clock reads: read it as an order, not a share.
"""

from __future__ import annotations

import functools
import inspect
import os
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("SAIDVSDONE_PROGRESS", "0")


def _wrap(totals: dict, key: str, function):
    @functools.wraps(function)
    def counted(*args, **kwargs):
        started = time.perf_counter()
        result = function(*args, **kwargs)
        entry = totals.setdefault(key, [0, 0, 0.0])
        entry[0] += 1
        try:
            entry[1] += bool(result) if not isinstance(result, (int, float)) or isinstance(result, bool) else result != 0
        except Exception:  # (a frame or an array: counted as found)
            entry[1] += 1
        entry[2] += time.perf_counter() - started
        return result
    return counted


def install(totals: dict) -> None:
    from saidvsdone import attribution, speech
    for module in (speech, attribution):
        for name, function in list(vars(module).items()):
            if inspect.isfunction(function) and function.__module__ == module.__name__ \
                    and not hasattr(function, "cache_info"):
                setattr(module, name, _wrap(totals, f"{module.__name__.split('.')[-1]}.{name}", function))
    for name, function in list(vars(speech._Reader).items()):
        if inspect.isfunction(function) and name != "__init__":
            setattr(speech._Reader, name, _wrap(totals, f"_Reader.{name}", function))


def main(top: int = 0) -> None:
    from _seeds import seed_copies

    from saidvsdone import document
    warnings.simplefilter("ignore")
    articles = seed_copies(200)
    docs = list(document.documents(articles))
    for doc in docs[:5]:  # (the tables and patterns built before counting)
        doc.speech
    document.clear_cache()
    docs = list(document.documents(articles))
    totals: dict = {}
    install(totals)
    started = time.perf_counter()
    for doc in docs:
        doc.speech
    wall = time.perf_counter() - started
    n = len(docs)
    rows = sorted(totals.items(), key=lambda kv: -kv[1][0])
    calls = sum(v[0] for _, v in rows)
    print(f"{n} articles, {calls / n:.0f} rule calls per article ({wall / n * 1e3:.1f} ms an article, wrapped)")
    print(f"{'rule':48} {'calls/art':>9} {'found':>7} {'share':>6} {'µs/call':>8} {'ms/art':>7}")
    for key, (c, found, t) in rows[:top or None]:
        print(f"{key:48} {c / n:9.1f} {found / n:7.1f} {found / c:6.0%} {t / c * 1e6:8.1f} {t / n * 1e3:7.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
