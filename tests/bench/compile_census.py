"""Which patterns the pipeline compiles while it reads texts it has not seen, by the library line that asked (sp28,
issue 17; not run by ``make bench``).

    python tests/bench/compile_census.py          # ab_corpus.py's timed texts, after its warm-up

The process runs ``ab_corpus.py``'s warm-up (the seeds and the stress sets), then ``pipeline.run`` on its timed texts
(the studied long sets, each moved to another day) with ``re``'s compiler wrapped: every compile is counted with its
CPU time, the pattern and the first library frame on the stack (``_lazyre`` and ``vocab`` frames skipped: the rule
that asked). A pattern built per word of the article (``re.compile(re.escape(noun) + …)`` in a rule) compiles again
for each new word: on copy nobody has seen, each new noun, name or outlet costs a compile (≈1–5 ms for a pattern of
several branches), which profiles of the seed copies never show (their caches are warm after five articles). Patterns
first used by the timed texts (a static pattern, compiled once per process) show up too: tell them apart by their
count (one compile) and their text.
"""

from __future__ import annotations

import collections
import os
import sys
import time
import traceback
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(top: int = 30) -> None:
    import re._compiler as compiler

    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    warnings.simplefilter("ignore")
    original, records, counting = compiler.compile, [], [False]

    def compile_(pattern, flags=0):
        started = time.process_time()
        try:
            return original(pattern, flags)
        finally:
            if counting[0]:
                frames = [f for f in traceback.extract_stack(limit=14)
                          if "saidvsdone" in f.filename and "_lazyre" not in f.filename and "vocab.py" not in f.filename]
                where = f"{frames[-1].filename.split('saidvsdone/')[-1]}:{frames[-1].name}:{frames[-1].lineno}" \
                    if frames else "(no library frame)"
                records.append((time.process_time() - started, where, str(pattern)))

    compiler.compile = compile_
    import ab_corpus
    try:
        articles, total = ab_corpus.measured_run(lambda: counting.__setitem__(0, True),
                                                 lambda: counting.__setitem__(0, False))
    finally:
        compiler.compile = original
    spent = sum(r[0] for r in records)
    print(f"{len(articles)} articles, {total:.2f} s CPU; {len(records)} compiles, {spent * 1e3:.0f} ms "
          f"({100 * spent / total:.1f}% of the run)")
    by_line: dict = collections.defaultdict(lambda: [0, 0.0, ""])
    for seconds, where, pattern in records:
        entry = by_line[where]
        entry[0] += 1
        entry[1] += seconds
        entry[2] = entry[2] or pattern
    print("-- by the line that asked: ms, compiles, the first pattern")
    for where, (n, seconds, pattern) in sorted(by_line.items(), key=lambda x: -x[1][1])[:top]:
        print(f"{seconds * 1e3:7.1f} {n:4d}  {where}  {pattern[:90]!r}")


if __name__ == "__main__":
    main()
