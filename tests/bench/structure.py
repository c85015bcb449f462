"""Where the time goes by structure, not by function (not run by ``make bench``; issue 17): how many sentences
an article has, how many reach each stage's rules, how many of those give a row, and the CPU time of each kind.

    python tests/bench/structure.py            # 50 seed copies (the bench's articles)
    python tests/bench/structure.py devset     # the devset's development part (../shared/devset), five copies each
    python tests/bench/structure.py corpus     # ab_corpus.py's timed texts (studied long sets on other days), unseen

Each stage reads its article sentence by sentence: the speech layer (``speech.analyse``), claims
(``claims._claims_in``), facts (``facts.article_rows``). The sentences those loops walk are handed to them through
an iterator that reads the clock at each step, so the time between two steps is the previous sentence's (no
wrapper on any rule: the rules' own cost is not inflated; a stage that walks its sentences twice, as the layer's
conduits do after its loop, adds both walks to the sentence). Sentences are grouped by what they hold and yield:

- speech layer: a speech cue of the layer's (``data/speech_cues.csv`` and the rest of ``_find_cues``), a quote,
  and whether the sentence gave a speech act;
- claims: speech acts of the layer's, and whether the sentence gave a claim row;
- facts: a number (``numeric.may_hold_number``: a digit or a number word), and whether it gave a fact row.

A sentence gate (skip the sentences that hold no trigger) can save at most the time of the groups that hold no
trigger and give nothing, less the cost of the gate itself; the lines marked ``*`` are those. The time outside the
loops (per-document passes: mentions, cues, dates, side mentions, places, tokens) is printed last.
"""

from __future__ import annotations

import collections
import os
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("SAIDVSDONE_PROGRESS", "0")

HELD_BACK = ("004", "008", "012", "016", "020")  # the devset's held-back articles: never read


class _Clocked(tuple):
    """A sentence sequence whose iteration records the CPU time spent on each item by the loop reading it."""

    def __new__(cls, items, stage: str, article: str, times: dict):
        seq = super().__new__(cls, items)
        seq.stage, seq.article, seq.times = stage, article, times
        return seq

    def __iter__(self):
        for item in tuple.__iter__(self):
            started = time.process_time()
            yield item
            start = item.start if hasattr(item, "start") else item[0]
            self.times[(self.stage, self.article, start)].append(time.process_time() - started)


def _articles(which: str):
    import pandas as pd

    from _seeds import seed_copies
    from saidvsdone import corpus
    if which == "corpus":  # ab_corpus.py's unseen-like texts (studied long sets, each moved to another day)
        import ab_corpus
        return ab_corpus.timed()
    if which != "devset":
        return seed_copies(50)
    folder = Path(__file__).resolve().parents[3] / "shared" / "devset" / "articles"
    if not folder.is_dir():
        folder = Path(os.environ.get("SAIDVSDONE_DEVSET", "../shared/devset")) / "articles"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = corpus.load(folder)
    found = found[~found["article_id"].astype(str).str[:3].isin(HELD_BACK)]
    return pd.concat([found.assign(article_id=found["article_id"].astype(str) + f"-{i}") for i in range(5)],
                     ignore_index=True)  # (copies under new ids: each copy's document is built anew)


def main(which: str = "seeds") -> None:
    warnings.simplefilter("ignore")
    import saidvsdone.facts as facts_module
    from saidvsdone import document, pipeline, speech
    from saidvsdone.claims import _stage as claims  # (find calls _claims_in from its own module)
    from saidvsdone.facts import numeric

    articles = _articles(which)
    if which == "corpus":  # as ab_corpus.py: only the seeds and stress sets run before, the timed texts unseen
        import ab_corpus
        pipeline.run(ab_corpus.warm_up())
    else:
        pipeline.run(articles)  # tables and (lazily compiled) patterns built untimed
    times: dict = collections.defaultdict(list)
    whole: collections.Counter = collections.Counter()

    analyse, claims_in, article_rows = speech.analyse, claims._claims_in, facts_module.article_rows

    def clocked_analyse(doc):
        sentences, started = doc.sentences, time.process_time()
        doc.sentences = _Clocked(sentences, "speech", doc.article_id, times)
        try:
            return analyse(doc)
        finally:
            doc.sentences = sentences
            whole["speech"] += time.process_time() - started

    def clocked_claims(doc, *args):
        sentences, started = doc.sentences, time.process_time()
        doc.sentences = _Clocked(sentences, "claims", doc.article_id, times)
        try:
            return claims_in(doc, *args)
        finally:
            doc.sentences = sentences
            whole["claims"] += time.process_time() - started

    def clocked_rows(ctx):
        started = time.process_time()
        ctx.sentences = _Clocked(ctx.sentences, "facts", ctx.article_id, times)
        try:
            return article_rows(ctx)
        finally:
            whole["facts"] += time.process_time() - started

    speech.analyse, claims._claims_in, facts_module.article_rows = clocked_analyse, clocked_claims, clocked_rows
    try:
        document.clear_cache()
        started = time.process_time()
        tables = pipeline.run(articles)
        total = time.process_time() - started
    finally:
        speech.analyse, claims._claims_in, facts_module.article_rows = analyse, claims_in, article_rows

    docs = {doc.article_id: doc for doc in document.documents(articles)}
    claimed = {(a, docs[a].sentence_at(s).start) for a, s in zip(tables.claims["article_id"], tables.claims["start"])
               if docs[a].sentence_at(s) is not None}
    fact_starts = collections.defaultdict(list)
    for a, s in zip(tables.facts["article_id"], tables.facts["start"]):
        fact_starts[a].append(s)
    groups: dict = collections.defaultdict(lambda: [0, 0.0])
    for (stage, article, start), spent in times.items():
        doc = docs[article]
        sentence = doc.sentence_at(start)
        end = sentence.end if sentence is not None else start + 1
        acts = any(act.sentence[0] == start for act in doc.speech.acts)
        if stage == "speech":
            cue = any(start <= c.start < end for c in doc.speech.cues)
            quote = any(q.sentence[0] == start for q in doc.quotes)
            kind = ("cue" if cue else "no cue") + (", quote" if quote else "") + (", act" if acts else ", none")
            idle = not cue and not quote and not acts
        elif stage == "claims":
            made = (article, start) in claimed
            kind = ("acts" if acts else "no acts") + (", claim" if made else ", none")
            idle = not acts and not made
        else:
            number = numeric.may_hold_number(doc.text, start, end)
            made = any(start <= s < end for s in fact_starts[article])
            kind = ("number" if number else "no number") + (", fact" if made else ", none")
            idle = not number and not made
        group = groups[(stage, kind, idle)]
        group[0] += 1  # (a loop may walk the sentences more than once: the layer's conduits, claims' subheads)
        group[1] += sum(spent)

    n_docs = len(articles)
    n_sentences = sum(len(d.sentences) for d in docs.values()) * n_docs / len(docs)
    print(f"{which}: {n_docs} articles, {n_sentences / n_docs:.1f} sentences and "
          f"{sum(len(d.text) for d in docs.values()) / len(docs):.0f} characters per article; "
          f"pipeline {total:.2f} s CPU = {n_docs / total:.0f} articles/s")
    for stage in ("speech", "claims", "facts"):
        loop = sum(t for (s, _, _), (_, t) in groups.items() if s == stage)
        print(f"{stage}: whole stage {whole[stage]:.3f} s ({100 * whole[stage] / total:.0f}% of the pipeline), "
              f"its sentence loop {loop:.3f} s ({100 * loop / whole[stage]:.0f}% of the stage)")
        for (s, kind, idle), (n, spent) in sorted(groups.items()):
            if s == stage:
                print(f"  {'*' if idle else ' '} {kind:22s} {n / n_docs:5.1f} sentences/article  "
                      f"{100 * spent / loop:5.1f}% of the loop  {1e6 * spent / n:7.1f} µs/sentence")
    print("(facts' whole stage is article_rows only; reading the article, read_article, comes before it)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "seeds")
