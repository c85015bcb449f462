"""CPU time of each regular expression, and the hit rate of each ``functools.lru_cache`` of the library, on texts
the process has not seen: ``ab_corpus.py``'s timed run (sp26, issue 17; not run by ``make bench``).

    python tests/bench/regex_costs.py [TOP]          # e.g. 40

The process runs ``ab_corpus.warm_up()`` (the seeds and the stress sets: patterns compiled, tables read), then times
``ab_corpus.timed()`` (the studied long sets, each article's publication moved) with every pattern call timed: the
library's lazy patterns (``_lazyre``), its table patterns (``vocab.TablePattern``) and the module functions given a
pattern as text (``re.search(r"…", text)``). Each call is timed by the thread's CPU clock (``time.thread_time``):
a wall clock on a shared machine charges a pattern with every time slice another process took while it ran
(sp26 found one search at 0.29 ms a call that way, 3 µs by CPU time). Printed: the run's CPU time, the patterns
costing most (milliseconds in all, calls, method, kind, the pattern's first characters), totals by method, and each
lru cache's hits and misses in the timed run. A pattern compiled by ``re.compile`` of the standard module (not
``_lazyre``) is not counted; a ``finditer``'s time includes its iteration. The wrappers add ≈1 µs a call: read the
ranking, not the sum.
"""

from __future__ import annotations

import collections
import os
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _install(stats: dict, on: list) -> None:
    """Time every call of a lazy pattern, a table pattern and a module function given a pattern as text."""
    from saidvsdone import _lazyre as lazy
    from saidvsdone import vocab
    clock = time.thread_time

    class _Timed:  # a finditer's iterator, timed as it is read
        __slots__ = ("it", "key")

        def __init__(self, it, key):
            self.it, self.key = it, key

        def __iter__(self):
            return self

        def __next__(self):
            started = clock()
            try:
                return next(self.it)
            finally:
                stats[self.key][1] += clock() - started

    def timed(method, key):
        def call(*args, **kwargs):
            if not on[0]:
                return method(*args, **kwargs)
            started = clock()
            found = method(*args, **kwargs)
            entry = stats[key]
            entry[0] += 1
            entry[1] += clock() - started
            return _Timed(found, key) if key[0] == "finditer" else found
        return call

    compiled = lazy.LazyPattern.compiled

    def compiling(self):
        first = self._compiled is None
        found = compiled(self)
        if first:
            for name in lazy._METHODS:
                self.__dict__[name] = timed(getattr(found, name), (name, "lazy", self.pattern))
        return found
    lazy.LazyPattern.compiled = compiling

    for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
        def module_function(pattern, *args, _name=name, _function=getattr(lazy, name), **kwargs):
            source = pattern if isinstance(pattern, str) else pattern.pattern
            return timed(_function, (_name, "text", source))(pattern, *args, **kwargs)
        setattr(lazy, name, module_function)
    for name in ("search", "match", "fullmatch", "finditer", "sub"):
        def table_method(self, *args, _name=name, _method=getattr(vocab.TablePattern, name)):
            return timed(lambda *a: _method(self, *a), (_name, "table", self._key))(*args)
        setattr(vocab.TablePattern, name, table_method)


def _lru_caches() -> list:
    return [(f"{name}.{attr}", obj) for name, module in sorted(sys.modules.items()) if name.startswith("saidvsdone")
            for attr, obj in list(vars(module).items())
            if hasattr(obj, "cache_info") and getattr(obj, "__module__", "") == name]


def main(top: int = 40) -> None:
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    warnings.simplefilter("ignore")
    stats: dict = collections.defaultdict(lambda: [0, 0.0])
    on = [False]
    _install(stats, on)
    import ab_corpus

    from saidvsdone import document, pipeline
    pipeline.run(ab_corpus.warm_up())
    articles = ab_corpus.timed()
    before = {name: cache.cache_info() for name, cache in _lru_caches()}
    document.clear_cache()
    on[0] = True
    started = time.process_time()
    pipeline.run(articles)
    spent = time.process_time() - started
    on[0] = False
    timed_total = sum(s for _, s in stats.values())
    print(f"{len(articles)} articles, {spent:.2f} s CPU; {timed_total:.2f} s inside timed pattern calls "
          f"({sum(n for n, _ in stats.values()):,} calls, {len(stats)} patterns)")
    print(f"-- the {top} patterns costing most (ms in all, calls, method, kind, pattern)")
    for (method, kind, source), (n, s) in sorted(stats.items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"{s * 1000:7.1f} {n:6d}  {method:9s} {kind:5s} {source[:90]}")
    print("-- by method (ms, calls, µs a call)")
    by = collections.defaultdict(lambda: [0, 0.0])
    for (method, _, _), (n, s) in stats.items():
        by[method][0] += n
        by[method][1] += s
    for method, (n, s) in sorted(by.items(), key=lambda kv: -kv[1][1]):
        print(f"{s * 1000:7.1f} {n:7d} {s / max(n, 1) * 1e6:6.1f}  {method}")
    print("-- lru caches in the timed run (hits, misses, hit rate, size / maxsize)")
    for name, cache in _lru_caches():
        info, old = cache.cache_info(), before.get(name)
        hits, misses = info.hits - (old.hits if old else 0), info.misses - (old.misses if old else 0)
        if hits + misses:
            print(f"{hits:7d} {misses:7d} {hits / (hits + misses):5.2f}  {info.currsize}/{info.maxsize}  {name}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
