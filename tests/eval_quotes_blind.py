"""Quote layout, blind batch (tests/gold/quotes_blind/test): six short invented articles with tricky quote
marks and layout (mixed curly/straight marks, hard-wrapped paragraphs, multi-paragraph and nested quotes, an
unclosed mark at the end of a text, captions, bullets, dash and double-hyphen signatures, colon introducers,
negated and labelled scare quotes), labelled by the devset conventions before the extractor was run on them.
Scored with the devset's matching, apart from the gate: its figures are printed, never gated.

A second batch, ``ly`` (tests/gold/quotes_blind/ly): eight long invented articles laid out like real copy (an AP
wire with byline, dateline, captions and ad lines; a Reuters copy with related-link lines; a live blog with time
stamps, bullets and an embedded post; a Q&A interview; a British paper's single marks with section headers; a
Ukrainian agency's „…“ and «…»; a long feature; an aggregator's glued sentences and signature lines), labelled
before the extractor ran on them; also never gated.

A third batch, ``qt4``: ten invented articles in outlet styles not imitated before (an AFP wire with sub-heading
phrases, a broadcaster's page with media captions, a magazine long read with titles and an order's words, a live
blog, a state-media relay, a regional paper with a briefing transcript, a think-tank update, single straight
marks, guillemets, an opinion column), labelled before the extractor ran on them; never gated.

    PYTHONPATH=lib python tests/eval_quotes_blind.py [--quiet] [--batch ly|qt4]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

ROOT = HERE / "gold" / "quotes_blind"


def evaluate(verbose: bool = False, batch: str = "test") -> dict:
    """The quote figures of one batch ("test", "ly" or "qt4"; only quotes are labelled: the claims and facts lines are
    left out)."""
    import contextlib
    import io

    from evaluate import heldout2

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        result = heldout2(batch, verbose=verbose, root=ROOT)["quotes"]
    lines = printed.getvalue().splitlines()
    ends = [i for i, line in enumerate(lines) if i and not line.startswith(" ")]
    print("\n".join(lines[:ends[0] if ends else len(lines)]))
    return result


if __name__ == "__main__":
    import os

    os.environ.setdefault("SAIDVSDONE_PROGRESS", "0")
    chosen = sys.argv[sys.argv.index("--batch") + 1] if "--batch" in sys.argv else "test"
    evaluate(verbose="--quiet" not in sys.argv, batch=chosen)
