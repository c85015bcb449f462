"""Folding restatements: a count or a qualitative fact said again is one fact."""

from __future__ import annotations

import math
from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)

import pandas as pd

from saidvsdone.facts.context import Fact
from saidvsdone.facts.periods import period_of


def mark_restated_counts(ctx, facts: list[Fact]) -> list[Fact]:
    """A count said again keeps its row, marked as restating the first mention: a headline
    count that the body states again ("claims two more villages" … "captured two more
    villages"), and a count taken up with "the" ("… the two villages"). Counts with a
    different side, change, period or places are other facts, and so is a count simply
    repeated further on. Returns ``facts`` (each restatement's ``restates`` set)."""
    by_key: dict[tuple, list[tuple[Fact, str]]] = {}
    lead = lead_end(ctx.text, ctx.headline_end)
    body = [f for f in facts if f.start >= lead]
    for fact in body:
        s_start, s_end, _ = ctx.sentences[fact.sentence]
        by_key.setdefault(count_key(fact), []).append(
            (fact, period_of(ctx, fact, s_start, s_end)[0]))
    for fact in facts:
        back_reference = fact.start >= lead and re.search(
            r"\b(?:the|these|those)\s+$", ctx.text[max(0, fact.quantity.start - 8):
                                                    fact.quantity.start], re.IGNORECASE)
        if (fact.start >= lead and not back_reference) or fact.restates is not None:
            continue
        s_start, s_end, _ = ctx.sentences[fact.sentence]
        period = period_of(ctx, fact, s_start, s_end)[0]
        places = {p.place for p in fact.places}
        for other, other_period in by_key.get(count_key(fact), []):
            if other is fact or (back_reference and other.start >= fact.start):
                continue
            if (back_reference or all(a == b or not a or not b for a, b in (
                    (fact.actor, other.actor), (fact.change, other.change),
                    (period, other_period)))) and \
                    (not places or not other.places or places == {p.place for p in other.places}):
                first, later = (other, fact) if other.start < fact.start else (fact, other)
                if later.restates is None:
                    later.restates = first.restates or first     # the first mention
                for a, b in ((fact, other), (other, fact)):      # what one says, both say
                    a.actor = a.actor or b.actor
                    a.change = a.change or b.change
                break
    return facts


#: a paragraph of the top block after the title: a deck, a standfirst, a byline (no list line, no closing stop)
_LEAD_LINE = re.compile(r"[^\n]+")
_LEAD_CLOSED = re.compile(r"[.!?…][\"”’')]*\s*$|[,;:]\s*$|^\s*(?:[-–—•*]|\d+[.)])")
#: a line whose sentence runs on into the next line, which opens in lower case (a hard-wrapped lede: no deck)
_LEAD_RUNS_ON = re.compile(r"\n[ \t]*[a-z]")
#: how many paragraphs after the title the top block may hold (a deck, a byline, a stamp)
_LEAD_LINES = 4


def lead_end(text: str, headline_end: int) -> int:
    r"""End of an article's top block: the title and up to four short paragraphs after it that close no sentence (a
    deck or a standfirst, a byline, a stamp), up to the first paragraph that does. A count in a deck ("Monitors tally
    410 square kilometres and 17 hamlets") is a headline's count the body states again (fa38); 0 with no title. A
    line that runs on (it ends in a comma, a semicolon or a colon, or the next line goes on in lower case: a
    hard-wrapped lede, a lede before a quote) is the body's first paragraph, no deck (rv28b).

    Example:
        >>> text = "Moscow claims gains\n\nMonitors tally 410 square kilometres\n\nRussian units took 410 square kilometres."
        >>> text[:lead_end(text, 19)].splitlines()[-1]
        'Monitors tally 410 square kilometres'
        >>> wrapped = "Moscow claims gains\n\nRussian units took 9 hamlets this week,\nan officer said.\n\nThey took 9 hamlets."
        >>> lead_end(wrapped, 19)
        19
    """
    end = headline_end
    if not headline_end:
        return 0
    for count, line in enumerate(_LEAD_LINE.finditer(text, headline_end)):
        if count >= _LEAD_LINES or len(line.group()) > 300 or _LEAD_CLOSED.search(line.group()) or \
                _LEAD_RUNS_ON.match(text, line.end()):
            break
        end = line.end()
    return end


def count_key(fact: Fact) -> tuple:
    q = fact.quantity
    return (q.value, None if math.isnan(q.high) else q.high, fact.unit)


def deduplicated(ctx, facts: list[Fact]) -> list[Fact]:
    """A later restatement of the same qualitative fact (same category, side, change and
    period; the same places or none) is folded into the first mention."""
    kept: list[Fact] = []
    by_key: dict[tuple, list[tuple[Fact, frozenset]]] = {}
    for fact in sorted(facts, key=lambda f: (f.start, f.end)):
        s_start, s_end, _ = ctx.sentences[fact.sentence]
        period = period_of(ctx, fact, s_start, s_end)[0]
        places = frozenset(p.place for p in fact.places)
        key = (fact.category, fact.actor, fact.change, period)
        duplicate = False
        for other, other_places in by_key.get(key, []):
            if places == other_places or not places:
                duplicate = True
                if other.sentence == fact.sentence and other.end < fact.end and \
                        fact.start - other.end < 40:
                    other.end = fact.end
                break
            if other.start <= fact.start < other.end:
                duplicate = True
                break
        if not duplicate:
            kept.append(fact)
            by_key.setdefault(key, []).append((fact, places))
    return kept


def fold(table: pd.DataFrame) -> pd.DataFrame:
    """One row per figure: the rows of ``facts.extract`` with bracketed conversions, the
    upper bounds of ranges and restatements folded away. Of a figure said several times
    the best-described mention is kept (the most of side, change, place, period and
    attribution given; a headline, with no full stop, counts one less).

    Example:
        >>> from saidvsdone import facts
        >>> table = facts.extract("Russia took 1,200 km² (463 sq mi) of land.")
        >>> list(table["unit"]), list(fold(table)["unit"])
        (['km2', 'sq mi'], ['km2'])
    """
    if table.empty:
        return table
    keep = table["conversion_of"].eq("") & table["bound"].ne("upper")
    table = table[keep]
    described = ["actor", "change", "place", "period_text", "source_attribution"]
    score = (table[described] != "").sum(axis=1) - \
        (~table["sentence"].str.contains(r"[.!?…]['\"”’)]*\s*$", regex=True)).astype(int)
    group = table["restates"].where(table["restates"] != "", table["fact_id"])
    best = (pd.DataFrame({"group": group, "score": score, "order": range(len(table))})
            .sort_values(["group", "score", "order"], ascending=[True, False, True])
            .drop_duplicates("group"))
    return table.iloc[sorted(best["order"])].reset_index(drop=True)
