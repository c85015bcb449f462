"""Places: the places an article names, and the places a fact is about."""

from __future__ import annotations

import math
from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from bisect import bisect_left, bisect_right, insort
from dataclasses import replace

from saidvsdone.facts.context import (
    Fact,
    PlaceHit,
    clause_end_at,
    comma_clause_start_at,
    place_at,
    places_in,
    words_after,
)
from saidvsdone.facts.vocab import Vocabulary, vocab
from saidvsdone.matcher import fail_fast
from saidvsdone.facts.words import MONTH_OR_DAY
from saidvsdone.facts.words import cue_alternation
from saidvsdone.vocab import TablePattern
from saidvsdone._letters import widen


DIRECTION_PLACE_RE = fail_fast(
    r"\b(?P<dir>[Nn]orth(?:-?[Ee]astern|-?[Ww]estern|ern)|[Ss]outh(?:-?[Ee]astern|-?[Ww]estern|ern)"
    r"|[Ee]astern|[Ww]estern|[Cc]entral)\s+Ukraine\b"
    r"|\bin\s+the\s+(?P<side>north|south|east|west|north-east|south-east|north-west|south-west"
    r"|northeast|southeast|northwest|southwest)\b(?!\s+of\b)(?![\w-])")


UNKNOWN_PLACE_RE = re.compile(widen(  # (each \b written after the first letter: opens on i o t n, searched in C; issue 17)
    r"(?:i(?<!\w.)n\s+the\s+direction\s+of|i(?<!\w.)n\s+the\s+vicinity\s+of|o(?<!\w.)n\s+the\s+outskirts\s+of"
    r"|t(?<!\w.)he\s+(?:village|town|city|settlement)\s+of|n(?<!\w.)ear)\s+"
    r"(?P<a>[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?)(?:\s+and\s+(?P<b>[A-Z][a-z’'-]+))?"))  # (every Latin letter: nx2)


#: a capitalised name before "region", "oblast", "province": a place even when the gazetteer lacks it
#: ("an oil refinery in the Saratov region")
#: (the word boundary is tested after the capital, "\b[A-Z]" as "[A-Z](?<!\w[A-Z])": a pattern opening with a character
#: class is searched for that class first, not tried at every character)
REGION_NAME_RE = re.compile(widen(r"(?P<a>[A-Z](?<!\w[A-Z])[a-z’'-]+)(?P<b>(?!))?(?=\s+(?:region|oblast|province|krai)\b)"))


EXTENT_RE = fail_fast(
    r"\b(?:(?:nearly|almost|virtually|practically|roughly|about)\s+)?"
    r"(?:all|most|much|parts|part|portions|portion|the\s+majority|the\s+bulk|the\s+rest"
    r"|the\s+remainder|half|large\s+swathes|swathes|large\s+parts|a\s+third|two-thirds"
    r"|a\s+quarter)\s+of\b", re.IGNORECASE)


def place_mentions(text: str, tokens: list, mentions: list, v: Vocabulary | None = None
                   ) -> list[PlaceHit]:
    """Places named in ``text``: the gazetteer (``places.csv``), "eastern Ukraine", and
    capitalised names after "near", "the village of" or a gain/loss verb (kept as written).
    ``tokens`` are the article's words (``context.word_tokens``), ``mentions`` its actor
    mentions (a capital that is a subject, "Kyiv said", is no place).

    Example:
        >>> from saidvsdone.facts.context import word_tokens
        >>> text = "Russian troops took Kotliarivka near Pokrovsk."
        >>> [(p.place, p.kind) for p in place_mentions(text, word_tokens(text), [])]
        [('Kotliarivka', 'as written'), ('Pokrovsk', 'city')]
    """
    v = v if v is not None else vocab()
    hits: list[PlaceHit] = []
    actor_subjects = {(m.start, m.end) for m in mentions
                      if m.kind == "capital" and m.subject_ok}
    for m in v.place_re.finditer(text):
        place, country, kind = v.places[m.group()]
        if kind == "country" or m.span() in actor_subjects or \
                re.match(r"\s+[Rr]iver\b", text[m.end():m.end() + 7]):
            continue
        hits.append(PlaceHit(m.start(), m.end(), place, country, kind))
    for m in DIRECTION_PLACE_RE.finditer(text):
        if m.group("dir"):
            name = m.group("dir").lower().replace("-", "") + " Ukraine"
            name = name.replace("northeastern", "north-eastern").replace(
                "southeastern", "south-eastern").replace("northwestern", "north-western").replace(
                "southwestern", "south-western")
        else:
            side = m.group("side").replace("-", "")
            name = {"north": "northern", "south": "southern", "east": "eastern",
                    "west": "western"}.get(side, side.replace("east", "-eastern").replace(
                        "west", "-western")) + " Ukraine"
            hits.append(PlaceHit(m.start("side"), m.end("side"), name, "Ukraine", "direction"))
            continue
        hits.append(PlaceHit(m.start(), m.end(), name, "Ukraine", "direction"))
    known = {(h.start, h.end) for h in hits}
    # the same spans sorted, for the overlap test by bisection (a scan of every span per name was quadratic):
    # a span that overlaps [start, end) starts after start - longest and before end
    spans = sorted(known)
    longest = max((b - a for a, b in spans), default=0)
    found = list(UNKNOWN_PLACE_RE.finditer(text)) + list(REGION_NAME_RE.finditer(text))
    first_words = v.verb_place_first
    for w_start, _, token in tokens:
        if token in first_words and token[0].islower():
            m = v.verb_place_re.match(text, w_start)
            if m:
                found.append(m)
    for m in found:
        for group in ("a", "b"):
            if not m.group(group):
                continue
            start, end = m.span(group)
            name = m.group(group)
            if (start, end) in known or v.place_re.fullmatch(name) or \
                    not name[0].isupper() or any(start < b for a, b in spans[bisect_right(spans, (start - longest, math.inf)):
                                                                               bisect_left(spans, (end,))]):
                continue
            if v.actor_re.fullmatch(name) or name.lower() in MONTH_OR_DAY:
                continue
            hits.append(PlaceHit(start, end, name, "", "as written"))
            known.add((start, end))
            insort(spans, (start, end))
            longest = max(longest, end - start)
    hits = _countries_from_context(text, hits, v)
    hits.sort(key=lambda h: h.start)
    return hits


#: a settlement noun, the words a journalist puts before a name the reader may not know ("the town of X", "X, a town
#: in western Ukraine", "X in the Kharkiv region"); what says its country is read by :func:`_countries_from_context`
#: (the nouns: ``settlement_head`` words of data/fact_cues.csv, as written)
def _SETTLEMENT() -> str:
    return r"(?:" + cue_alternation("settlement_head") + r")"


_NAME = widen(r"[A-Z](?<!\w[A-Z])[a-z’'-]+(?:[ -][A-Z][a-z’'-]+)?")  # (every Latin letter: "Łyman", nx2)
#: "the Ukrainian town of X" (a demonym of countries.csv before the settlement noun)
_ADJECTIVE_OF = TablePattern("adjective_of", ("fact_cues",), lambda:
                             r"[Tt](?<!\w.)he\s+(?:(?:small|southern|northern|eastern|western|central|frontline|front-line"
                           r"|border|industrial|mining|port|occupied|embattled)\s+)*(?P<adj>[A-Z][a-z]+)\s+"
                           r"(?:(?:small|frontline|front-line|border|industrial|mining|port|occupied)\s+)*"
                           + _SETTLEMENT() + r"\s+of\s+(?P<name>" + _NAME + r")")
#: "X, a (small) town in (western) Ukraine", "X, a village in Russia's Belgorod region"
_APPOSITION_IN = TablePattern("apposition_in", ("fact_cues",), lambda:
                              r"(?P<name>" + _NAME + r"),\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?" + _SETTLEMENT() +
                            r"\s+(?:in|near|outside|on\s+the\s+edge\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west"
                            r"|north-?east|south-?east|north-?west|south-?west|central)(?:ern)?\s+)?"
                            r"(?P<where>[A-Z][a-z]+(?:['’]s)?)")
#: "X in the Kharkiv region", "X in Ukraine's Donetsk region" (the region a row of places.csv)
_IN_REGION = re.compile(r"(?P<name>" + _NAME + r")\s+in\s+(?:the\s+|(?P<owner>[A-Z][a-z]+['’]s)\s+)"
                        + widen(r"(?P<where>[A-Z][\w’'-]+)") + r"\s+(?:region|oblast|province)\b")


def _countries_from_context(text: str, hits: list[PlaceHit], v: Vocabulary) -> list[PlaceHit]:
    """A place the tables do not know gets the country its own words give it (fa26: "14 soldiers from Kolomyia, a
    town in western Ukraine, killed" had no side): "the Ukrainian town of X" (a demonym of countries.csv), "X, a town
    in (western) Ukraine" / "… in Russia's Belgorod region", "X in the Kharkiv region" (a region of places.csv, or
    "Ukraine's …"). The name is kept as written; a place of places.csv keeps its table country."""
    if not any(w in text for w in (" of ", " in ")):
        return hits
    from saidvsdone import vocab as _project_vocab
    forms = _project_vocab.country_forms()
    by_span = {(h.start, h.end): k for k, h in enumerate(hits)}

    def country_of(word: str) -> str:
        word = re.sub(r"['’]s$", "", word)
        row = forms.get(word)
        if row is not None and row[1] in ("country", "demonym"):
            return row[0]
        known = v.places.get(word)
        return known[1] if known is not None and known[1] in ("Russia", "Ukraine") else ""

    found = []
    for m in _ADJECTIVE_OF.finditer(text):
        found.append((m.start("name"), m.end("name"), m.group("name"), country_of(m.group("adj"))))
    for m in (_APPOSITION_IN.finditer(text) if ", a" in text else ()):  # (prefilters: the scans start at capitals)
        found.append((m.start("name"), m.end("name"), m.group("name"), country_of(m.group("where"))))
    for m in (_IN_REGION.finditer(text) if any(w in text for w in (" region", " oblast", " province")) else ()):
        country = country_of(m.group("owner")) if m.group("owner") else ""
        found.append((m.start("name"), m.end("name"), m.group("name"), country or country_of(m.group("where"))))
    for start, end, name, country in found:
        if country not in ("Russia", "Ukraine") or v.place_re.fullmatch(name) or v.actor_re.fullmatch(name) or \
                name.lower() in MONTH_OR_DAY:
            continue
        k = by_span.get((start, end))
        if k is not None:
            if not hits[k].country:
                hits[k] = replace(hits[k], country=country)
            continue
        if any(h.start < end and start < h.end for h in hits):
            continue
        by_span[(start, end)] = len(hits)
        hits.append(PlaceHit(start, end, name, country, "as written"))
    return hits


def fact_places(ctx, start: int, end: int, s_start: int, s_end: int,
                 numeric: bool = False) -> list[PlaceHit]:
    """Places named in the fact's own words, just after it, or earlier in its clause."""
    clause_end = clause_end_at(ctx, end, s_end)
    tail_end = end
    if re.match(r"\s+(?:in|near|from|of|around|outside|across|along|into|at|on|towards?"
                r"|(?:north|south|east|west)(?:-?\w+)?\s+of)\s",
                ctx.text[end:clause_end]):
        tail = words_after(ctx, end, 8, clause_end)
        tail_end = tail[-1][1] if tail else end
    places = places_in(ctx, start, tail_end)
    if not places and start > s_start:  # a place fronted before the clause: "North of Kharkiv, troops took …"
        fronted = _FRONTED_PLACE.match(ctx.text, s_start, start)
        if fronted:
            places = places_in(ctx, s_start, fronted.end())
    if places or numeric:
        return places
    places = places_in(ctx, max(comma_clause_start_at(ctx, start, s_start), speech_cue_end(ctx, s_start, start)),
                       start)
    if places:
        return places
    # an adjunct after a comma: "…, particularly in the vicinity of Pokrovsk"
    adjunct = re.match(r"\s*,\s*(?:particularly|especially|mainly|mostly|notably|including"
                       r"|chiefly|near|around|in|along|close\s+to)\b[^,;]*",
                       ctx.text[clause_end:s_end])
    if adjunct:
        return places_in(ctx, clause_end, clause_end + adjunct.end())
    return []


def speech_cue_end(ctx, s_start: int, pos: int) -> int:
    """The end of the last speech cue of the sentence before ``pos`` ("Kharkiv governor Oleh Synehubov said"): the
    words before it are the attribution's, not the fact's, and give it no place (fa26: "Russian Defence Minister …
    said that troops were advancing" gave the place "Russian Defence"). ``s_start`` when there is none."""
    doc = getattr(ctx, "doc", None)
    speech = getattr(doc, "speech", None) if doc is not None else None
    if speech is None:
        return s_start
    ends = getattr(ctx, "_fa_cue_ends", None)
    if ends is None:
        ends = ctx._fa_cue_ends = sorted({a.cue.end for a in speech.acts if a.cue is not None})
    k = bisect_right(ends, pos)
    return ends[k - 1] if k and ends[k - 1] > s_start else s_start


#: a locative phrase that opens the sentence and ends at its comma ("In the Kharkiv region, …")
_FRONTED_PLACE = re.compile(r"\s*(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:east|west))?(?:ern)?\s+of|[Ii]n|[Nn]ear"
                            r"|[Aa]round|[Oo]utside|[Aa]long|[Oo]n|[Cc]lose\s+to)\s[^,;.]{2,60},")


def in_attribution(ctx, pos: int, s_start: int, s_end: int) -> bool:
    match = re.search(r"according to", ctx.text[s_start:s_end], re.IGNORECASE)
    return bool(match and s_start + match.start() < pos)


def split_by_extent(ctx, fact: Fact, s_start: int, s_end: int) -> list[Fact]:
    """"Nearly all of the Luhansk area, as well as portions of the Donetsk … regions":
    one fact per extent when a sentence gives its places different extents."""
    extents = []
    for match in EXTENT_RE.finditer(ctx.text, s_start, s_end):
        np_end = extent_places_end(ctx, match.end(), s_end)
        if np_end is not None:
            extents.append((match.start(), np_end))
    if len(extents) < 2:
        return [fact]
    out = []
    for start, end in extents:
        out.append(replace(fact, start=start, end=end, places=places_in(ctx, start, end),
                           anchor=fact.anchor))
    return out


def extent_places_end(ctx, pos: int, s_end: int) -> int | None:
    text = ctx.text
    match = re.match(r"\s+(?:the\s+)?", text[pos:s_end])
    pos += match.end() if match else 0
    end = None
    while pos < s_end:
        place = place_at(ctx, pos)
        if place is None or place.start != pos:
            break
        end = place.end
        pos = place.end
        joiner = re.match(r"(?:,\s*and\s+|,\s*|\s+and\s+)", text[pos:s_end])
        if joiner and place_at(ctx, pos + joiner.end()) is not None:
            pos += joiner.end()
            continue
        break
    if end is None:
        return None
    tail = re.match(r"\s+(?:regions?|oblasts?|provinces?|areas?|districts?)\b", text[end:s_end])
    return end + tail.end() if tail else end
