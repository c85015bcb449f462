"""Where the full pipeline's CPU time goes by layer and by call site, from whole stacks sampled without tracing (sp31,
issue 17; not run by ``make bench``).

    python tests/bench/stack_profile.py              # 200 seed copies, 4 runs: layers, then each layer's top sites
    python tests/bench/stack_profile.py --under speech/_subjects.py:_subject_of_cue   # that function's callees by line
    python tests/bench/stack_profile.py --runs 2 --top 15 --keep /tmp/stacks.pkl       # keep the stacks for --load

``call_counts.py``'s sampler counts each function once a sample (own and inclusive time); this one keeps every sampled
stack whole (``signal.setitimer(ITIMER_PROF)``, every 0.5 ms of CPU), so a sample is charged to the layer it ran in
(the first of ``LAYERS`` on its stack, outermost first: the document, the speech layer, each stage's own work, the
typed tables) and to the call site one step under a chosen function (file:function:line, what a flat profile adds
up across callers). A regex runs in C: its time falls on the line that called it. Read the shares, not the sums: a
signal is handled between two bytecodes, so a long C call is charged whole to the line after it.
"""

from __future__ import annotations

import argparse
import collections
import os
import pickle
import signal
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: (layer, the function that opens it as ``file:function``: a stage's work on one article): a sample belongs to the
#: innermost one its stack holds (the speech layer built inside the quotes stage is the speech layer's, not the quotes
#: stage's); the rest (the stages' loops over articles, progress, frames outside ``typed_frame``) is "other"
LAYERS = (
    ("document", "document.py:build"),
    ("speech layer", "speech/_layer.py:analyse"),
    ("tables", "schema.py:typed_frame"),
    ("quotes (own)", "quotes.py:rows"),
    ("claims (own)", "claims/_stage.py:_claims_in"),
    ("facts (own)", "facts/__init__.py:rows"),
)
#: how many frames under a layer's opening function name its call sites in the report (the facts stage's ``rows``
#: reads an article, then gives its rows: the steps of each)
SITE_DEPTH = {"facts (own)": 2}


def short(code) -> str:
    """``file:function`` of a code object, the file relative to the library (``speech/_layer.py:analyse``)."""
    name = code.co_filename
    name = name.split("saidvsdone/")[-1] if "saidvsdone/" in name else os.path.basename(name)
    return f"{name}:{code.co_name}"


def layer_of(stack: tuple[str, ...]) -> str:
    """The layer a sampled stack (outermost first, each frame ``file:function:line``) ran in: the innermost of
    ``LAYERS``' opening functions it holds; "other" when it holds none.

    Example:
        >>> layer_of(("pipeline.py:_three:99", "quotes.py:extract:50", "document.py:speech:302",
        ...           "speech/_layer.py:analyse:640", "mentions.py:known:473"))
        'speech layer'
        >>> layer_of(("quotes.py:extract:50", "document.py:per_article:466", "quotes.py:rows:90"))
        'quotes (own)'
        >>> layer_of(("pipeline.py:_three:99", "quotes.py:extract:50", "document.py:per_article:470"))
        'other'
    """
    opening = {root: layer for layer, root in LAYERS}
    for frame in reversed(stack):
        layer = opening.get(frame.rsplit(":", 1)[0])
        if layer is not None:
            return layer
    return "other"


def sites_under(stacks: collections.Counter, function: str, depth: int = 1) -> tuple[int, collections.Counter]:
    """(samples whose stack holds ``function``, samples by the frames under its outermost call: the call site
    ``file:function:line`` inside it, ``depth`` frames deep joined by " > " ("(own)" for time in ``function`` itself)).

    Example:
        >>> stacks = collections.Counter({("a.py:f:1", "b.py:g:5", "c.py:h:9"): 3, ("a.py:f:1", "b.py:g:6"): 1,
        ...                               ("a.py:f:2",): 2, ("x.py:y:1",): 4})
        >>> held, sites = sites_under(stacks, "b.py:g")
        >>> held, sorted(sites.items())
        (4, [('(own)', 1), ('c.py:h:9', 3)])
        >>> sorted(sites_under(stacks, "a.py:f", depth=2)[1].items())
        [('(own)', 2), ('b.py:g:5 > c.py:h:9', 3), ('b.py:g:6', 1)]
    """
    held, sites = 0, collections.Counter()
    for stack, n in stacks.items():
        names = [f.rsplit(":", 1)[0] for f in stack]
        if function not in names:
            continue
        i = names.index(function)
        held += n
        sites[" > ".join(stack[i + 1:i + 1 + depth]) if i + 1 < len(stack) else "(own)"] += n
    return held, sites


def sample(runs: int) -> collections.Counter:
    """Every stack sampled while the pipeline runs ``runs`` times on 200 seed copies (tables read and patterns
    compiled before)."""
    os.environ["SAIDVSDONE_PROGRESS"] = "0"
    warnings.simplefilter("ignore")
    from _seeds import seed_copies

    from saidvsdone import document, pipeline
    articles = seed_copies(200)
    pipeline.run(articles.head(5))
    stacks: collections.Counter = collections.Counter()

    def handler(_sig, frame):
        stack = []
        while frame is not None:
            stack.append(f"{short(frame.f_code)}:{frame.f_lineno}")
            frame = frame.f_back
        stacks[tuple(reversed(stack))] += 1

    signal.signal(signal.SIGPROF, handler)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    try:
        for _ in range(runs):
            document.clear_cache()
            pipeline.run(articles)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    return stacks


def report(stacks: collections.Counter, top: int, under: str | None) -> None:
    total = max(sum(stacks.values()), 1)
    if under:
        held, sites = sites_under(stacks, under)
        print(f"{under}: {held / total * 100:.1f}% of {total} samples; its call sites")
        for site, n in sites.most_common(top):
            print(f"{n / total * 100:5.1f}%  {site}")
        return
    layers = collections.Counter()
    for stack, n in stacks.items():
        layers[layer_of(stack)] += n
    print(f"{total} samples")
    print("-- by layer")
    for layer, n in layers.most_common():
        print(f"{n / total * 100:5.1f}%  {layer}")
    for layer, root in LAYERS:
        held, sites = sites_under(collections.Counter({s: n for s, n in stacks.items() if layer_of(s) == layer}), root,
                                  SITE_DEPTH.get(layer, 1))
        if held:
            print(f"-- {layer}: the {top} call sites under {root} costing most")
            for site, n in sites.most_common(top):
                print(f"{n / total * 100:5.1f}%  {site}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--under", help="file:function (as printed) whose call sites to list")
    parser.add_argument("--keep", help="write the sampled stacks to this file (pickle)")
    parser.add_argument("--load", help="read stacks kept by --keep instead of sampling")
    args = parser.parse_args(argv)
    if args.load:
        with open(args.load, "rb") as kept:
            stacks = pickle.load(kept)
    else:
        stacks = sample(args.runs)
        if args.keep:
            with open(args.keep, "wb") as out:
                pickle.dump(stacks, out)
    report(stacks, args.top, args.under)


if __name__ == "__main__":
    main()
