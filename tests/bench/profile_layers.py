"""Where the full pipeline's CPU time goes, function by function (not run by ``make bench``).

    python tests/bench/profile_layers.py            # 200 seed copies, as make bench
    python tests/bench/profile_layers.py devset     # the devset's dev articles (../shared/devset), ten copies each

A profiler that traces every call (cProfile) triples the cost of a small function and hides what a
regex costs inside the function that calls it; a sampling one needs a package. This wraps only
the functions listed in ``PARTS`` (a few hundred calls per article: the wrapper's own cost stays
small) and adds up the CPU time (``time.process_time``) spent inside each, best of three runs.
Nested parts count in their callers too: the shares of one layer do not add up to 100%. A part
called thousands of times per run also carries the wrapper's clock reads: read it as an upper bound.
"""

from __future__ import annotations

import functools
import importlib
import os
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: (layer, "module@function" or "module@Class:method") in the library, in pipeline order
PARTS = [
    ("document", "document@build"),
    ("speech layer", "speech@analyse"), ("speech layer", "speech@_Reader:__init__"), ("speech layer", "mentions@known"),
    ("speech layer", "speech@_find_cues"), ("speech layer", "speech._names@_appositions"),
    ("speech layer", "mentions@unknown_names"), ("speech layer", "when@find"), ("speech layer", "speech@_subject_of"),
    ("speech layer", "attribution@attribute"), ("speech layer", "speech._occasions@_follow_passage"),
    ("speech layer", "attribution@date_quotes"),
    ("facts", "facts@read_article"), ("facts", "facts.sides@mentions"), ("facts", "facts.context@word_tokens"),
    ("facts", "facts.places@place_mentions"), ("facts", "facts@article_rows"),
    ("facts", "facts.numeric@numeric_facts"), ("facts", "facts.qualitative@qualitative_facts"),
    ("facts", "facts@fact_row"),
    ("claims", "claims@_claims_in"), ("claims", "claims._content@_claim"), ("claims", "claims._vocabulary@_span"),
    ("claims", "claims._content@_sentence_matches"), ("claims", "claims._vocabulary@_topics"), ("claims", "claims._content@_content_negated"),
    ("claims", "claims@_date"), ("claims", "claims._speakers@_unattributed"),
    ("tables", "schema@typed_frame"),
]


def _wrap(totals: dict, key: str, function):
    @functools.wraps(function)
    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            entry = totals.setdefault(key, [0.0, 0])
            entry[0] += time.process_time() - started
            entry[1] += 1
    return timed


def _install(totals: dict) -> None:
    for _, spec in PARTS:
        module_name, _, name = spec.partition("@")
        module = importlib.import_module("saidvsdone." + module_name)
        if ":" in name:
            owner, method = name.split(":")
            cls = getattr(module, owner)
            setattr(cls, method, _wrap(totals, spec, getattr(cls, method)))
            continue
        function = getattr(module, name)
        timed = _wrap(totals, spec, function)
        for loaded in list(sys.modules.values()):  # every module that imported it by name
            if getattr(loaded, "__name__", "").startswith("saidvsdone") and getattr(loaded, name, None) is function:
                setattr(loaded, name, timed)


def _articles(which: str):
    import pandas as pd

    from saidvsdone import corpus
    if which == "devset":
        folder = Path(__file__).resolve().parents[3] / "shared" / "devset" / "articles"
        found = corpus.load(folder)
        held_back = ("004", "008", "012", "016", "020")   # never read: the devset's held-back part
        found = found[~found["article_id"].str[:3].isin(held_back)]
        return pd.concat([found.assign(article_id=found["article_id"] + f"-{i}") for i in range(10)], ignore_index=True)
    from _seeds import seed_copies
    return seed_copies(200)


def _shares(articles) -> str:
    """What share of sentences (and of their characters) carry a speech cue of the layer, a quoted span or a
    number (``may_hold_number``): what a prefilter that lets only those through the stages could skip."""
    from saidvsdone import document
    from saidvsdone.facts.numeric import may_hold_number
    counts = dict.fromkeys(("sentences", "cue", "quote", "number", "any", "chars", "chars_any"), 0)
    for doc in document.documents(articles.drop_duplicates("text")):
        cues, quotes = [c.start for c in doc.speech.cues], [(q.span.start, q.span.end) for q in doc.quotes]
        for s in doc.sentences:
            cue = any(s.start <= c < s.end for c in cues)
            quote = any(a < s.end and b > s.start for a, b in quotes)
            number = may_hold_number(doc.text, s.start, s.end)
            hit = cue or quote or number
            for key, on in (("sentences", True), ("cue", cue), ("quote", quote), ("number", number), ("any", hit)):
                counts[key] += on
            counts["chars"] += s.end - s.start
            counts["chars_any"] += (s.end - s.start) * hit
    n = counts["sentences"] or 1
    return (f"{counts['sentences']} sentences (distinct texts): a speech cue in {counts['cue'] / n:.0%}, a quote in "
            f"{counts['quote'] / n:.0%}, a number in {counts['number'] / n:.0%}; any of them in {counts['any'] / n:.0%} "
            f"({counts['chars_any'] / max(1, counts['chars']):.0%} of the characters): a prefilter on them could skip "
            "the rest at most")


def main(which: str = "seeds") -> int:
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    warnings.simplefilter("ignore")
    from saidvsdone import document, pipeline

    totals: dict = {}
    _install(totals)
    articles = _articles(which)
    pipeline.run(articles.head(5))  # warm up: vocabularies, dateparser
    best = None
    for _ in range(3):
        totals.clear()
        document.clear_cache()
        started = time.process_time()
        pipeline.run(articles)
        seconds = time.process_time() - started
        if best is None or seconds < best[0]:
            best = (seconds, {k: list(v) for k, v in totals.items()})
    seconds, parts = best
    print(f"{len(articles)} articles ({which}): {seconds:.2f} s CPU = {len(articles) / seconds:.0f} articles/s per core")
    print("  " + _shares(articles))
    for layer, spec in PARTS:
        if spec in parts:
            spent, calls = parts[spec]
            print(f"  {layer:13s} {spec:40s} {spent:6.3f} s {spent / seconds:6.1%}  {calls:7d} calls")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
