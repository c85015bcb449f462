"""Folding restatements: a count or a qualitative fact said again is one fact."""

from __future__ import annotations

import math
import re

from saidvsdone.facts.context import Fact
from saidvsdone.facts.periods import period_of


def restated_counts_removed(ctx, facts: list[Fact]) -> list[Fact]:
    """A count said again is one fact: a headline count that the body states again
    ("claims two more villages" … "captured two more villages"), and a count taken up
    with "the" ("… the two villages"). Counts with a different side, change, period or
    places stay apart, and so does a count simply repeated further on."""
    by_key: dict[tuple, list[tuple[Fact, str]]] = {}
    body = [f for f in facts if f.start >= ctx.headline_end]
    for fact in body:
        s_start, s_end, _ = ctx.sentences[fact.sentence]
        by_key.setdefault(count_key(fact), []).append(
            (fact, period_of(ctx, fact, s_start, s_end)[0]))
    dropped = set()
    for fact in facts:
        back_reference = fact.start >= ctx.headline_end and re.search(
            r"\b(?:the|these|those)\s+$", ctx.text[max(0, fact.quantity.start - 8):
                                                    fact.quantity.start], re.IGNORECASE)
        if fact.start >= ctx.headline_end and not back_reference:
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
                dropped.add(id(fact))
                break
    return [f for f in facts if id(f) not in dropped]


def count_key(fact: Fact) -> tuple:
    q = fact.quantity
    return (q.value, None if math.isnan(q.high) else q.high, fact.unit, fact.category)


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
