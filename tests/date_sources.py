"""Where gold statement dates come from, and how the library fares on each source (dt38).

For every dated gold quote and claim of the **studied** sets (the devset's development part, heldout/dev, heldout2/dev,
heldout4–17: never a never-read set), the script reads where the copy names the gold day:

- ``own weekday`` / ``own explicit`` / ``own other``: the row's own sentence names it;
- ``headline``: a title, deck or key-point line (its day comes from the body);
- carried, by shape: ``same paragraph`` (an earlier sentence of the row's paragraph names it), ``goes on``
  (a new paragraph opening "He added", "It said", "The ministry also said" after the day), ``quote after dated``
  (a paragraph opening on a quote mark after the day), ``new voice after dated`` (another paragraph right after the
  day, its speaker named anew), ``further up`` (the day named two or more paragraphs up), ``never named`` (no
  expression of the article names the day: the publication's, or a day the copy implies);

and for each row what the library does: ``right``, ``wrong day``, ``no day`` (it fell back to the publication day's
"no day given") or ``null other`` (another reason for no day). Undated gold rows are counted apart: ``kept null`` or
``carried wrongly`` (the library gave a day: a carry the copy stops).

    PYTHONPATH=lib:tests /work/main/.venv/bin/python tests/date_sources.py [--errors SHAPE]

``--errors SHAPE`` lists the rows of that shape the library dates wrongly (studied sets only).
"""

from __future__ import annotations

import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from _scoring import same_date
from eval_devset import _quote_key
from evaluate import GATED_PREFIXES

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
#: the studied sets, by name (the never-read sets, heldout/test, heldout2/test, heldout3, heldout19 and the devset's
#: held-back part, are never listed here)
#: (the long synthetic sets studied are those ``evaluate`` gates: its ``heldoutN_test.`` prefixes)
STUDIED = {"heldout/dev": GOLD / "heldout" / "dev", "heldout2/dev": GOLD / "heldout2" / "dev",
           **{p.split("_")[0]: GOLD / p.split("_")[0] / "test" for p in GATED_PREFIXES if re.fullmatch(r"heldout\d+_test\.", p)}}
_NEVER_READ = ("heldout/test", "heldout2/test", "heldout3", "heldout19")

_QUOTE_OPEN = re.compile(r"\s*[\"“‘']")
_GOES_ON = re.compile(r"\s*(?:[\"“‘'][^\"”’]*[\"”’]\s*,?\s*)?(?:he|she|it|they)\s+(?:also\s+)?(?:said|added|noted|told)\b"
                      r"|\s*(?:He|She|It|They)\s+(?:also\s+)?(?:said|added|noted|told|put|estimated|claimed)\b"
                      r"|[^.]{0,60}\b(?:also\s+(?:said|told|claimed|stated|reported)|added|went\s+on)\b")


def _fold(text: str) -> str:
    return " ".join(str(text).split())


def _gold_rows(name: str, folder: Path):
    """(articles, [(article_id, kind, text, date, headline)]) of one studied set."""
    from _scoring import articles_for

    assert not any(name == n or str(folder).endswith(n) for n in _NEVER_READ), name
    articles = articles_for(folder)
    rows = []
    for r in pd.read_csv(folder / "quotes.csv", dtype=str, keep_default_na=False).itertuples(index=False):
        if r.kind != "scare":
            rows.append((r.article_id, "quote", r.text, r.statement_date or None, False))
    for r in pd.read_csv(folder / "claims.csv", dtype=str, keep_default_na=False).itertuples(index=False):
        rows.append((r.article_id, "claim", r.text, r.statement_date or None, r.headline.strip().lower() == "true"))
    return articles, rows


def _devset_rows():
    import eval_devset

    if not eval_devset.available():
        return None
    articles, gold = eval_devset.load("dev")  # (the development part only: never the held-back articles)
    rows = []
    for article_id, entry in gold.items():
        for q in entry["quotes"]:
            rows.append((article_id, "quote", q["text"], q.get("date") or None, False))
        for c in entry["claims"]:
            rows.append((article_id, "claim", c["text"], c.get("date") or None, bool(c.get("headline"))))
    return articles, rows


def _shape(doc, pos: int, day: str, headline: bool) -> str:
    """Where the copy names ``day`` for the row at ``pos`` (see the module docstring)."""
    from saidvsdone import when

    if headline:
        return "headline"
    text, published = doc.text, doc.published
    sentence = doc.sentence_at(pos)
    if sentence is None:
        return "never named"

    def days(a: int, b: int) -> list:
        return [e for e in when.find(text, a, b) if str(getattr(when.resolve(e, published).day, "date", lambda: "")()) == day]

    own = days(sentence.start, sentence.end)
    if own:
        kind = own[0].kind
        return "own weekday" if kind.startswith("weekday") else "own explicit" if kind in ("explicit", "iso", "numeric") \
            else "own other"
    a, b = doc.paragraphs[sentence.paragraph]
    if days(a, sentence.start):
        return "same paragraph"
    if sentence.paragraph and days(*doc.paragraphs[sentence.paragraph - 1]):
        if _GOES_ON.match(text, a) or _GOES_ON.match(text[a:sentence.end]):
            return "goes on"
        if _QUOTE_OPEN.match(text, a):
            return "quote after dated"
        return "new voice after dated"
    if days(0, a):
        return "further up"
    return "never named"


def _outcome(gold_date, found) -> str:
    if found is None:
        return "not found"
    date, basis = found
    if gold_date is None:
        return "kept null" if pd.isna(date) else "carried wrongly"
    if not pd.isna(date):
        return "right" if same_date(gold_date, date) else "wrong day"
    return "no day" if str(basis).startswith("no day given") else "null other"


def survey(name: str, articles, rows, errors_of: str | None = None) -> Counter:
    from saidvsdone import claims, quotes
    from saidvsdone.document import documents

    found_q = quotes.extract(articles)
    found_c = claims.find(articles, found_q)
    pool = defaultdict(list)
    for r in found_q.itertuples(index=False):
        pool[(r.article_id, "quote", _quote_key(r.text))].append((r.statement_date, r.date_basis))
    for r in found_c.itertuples(index=False):
        pool[(r.article_id, "claim", _quote_key(r.text))].append((r.statement_date, r.date_basis))
    docs = {d.article_id: d for d in documents(articles)}
    counts = Counter()
    for article_id, kind, text, date, headline in rows:
        doc = docs.get(article_id)
        if doc is None:
            continue
        key = (article_id, kind, _quote_key(text))
        found = pool[key].pop(0) if pool.get(key) else None
        pos = doc.text.find(_fold(text)[:60])
        if date is None:
            shape = "undated"
        else:
            shape = _shape(doc, max(pos, 0), date, headline) if pos >= 0 else "never named"
        outcome = _outcome(date, found)
        counts[(shape, outcome)] += 1
        if errors_of is not None and shape == errors_of and outcome not in ("right", "kept null", "not found"):
            print(f"  {name} {article_id[:3]} {kind} {text[:60]!r}: gold {date}, got {found}")
    return counts


def main(argv: list[str]) -> int:
    warnings.simplefilter("ignore")
    errors_of = argv[argv.index("--errors") + 1] if "--errors" in argv else None
    sets = {}
    dev = _devset_rows()
    if dev is not None:
        sets["devset dev"] = dev
    for name, folder in STUDIED.items():
        if (folder / "quotes.csv").is_file():
            sets[name] = _gold_rows(name, folder)
    total: dict[str, Counter] = {"devset dev": Counter(), "synthetic": Counter()}
    for name, (articles, rows) in sets.items():
        counts = survey(name, articles, rows, errors_of)
        total["devset dev" if name == "devset dev" else "synthetic"].update(counts)
    outcomes = ["right", "wrong day", "no day", "null other", "kept null", "carried wrongly", "not found"]
    for group, counts in total.items():
        dated = sum(v for (s, o), v in counts.items() if s != "undated" and o != "not found")
        print(f"\n== {group}: {dated} dated gold rows found ==")
        print(f"{'shape':24}" + "".join(f"{o:>16}" for o in outcomes) + f"{'share':>8}")
        for shape in sorted({s for s, _ in counts}, key=lambda s: -sum(v for (x, _), v in counts.items() if x == s)):
            row = [counts[(shape, o)] for o in outcomes]
            share = sum(row[:4]) / dated if dated and shape != "undated" else 0
            print(f"{shape:24}" + "".join(f"{v:>16}" for v in row) + (f"{share:>8.0%}" if share else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
