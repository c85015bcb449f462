"""Shared text helpers: paragraphs, quote marks, sentences, date expressions.

Private to the package: the public stages (quotes, claims, facts) build on these.
All positions are offsets into the article's clean ``text``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

# --- paragraphs -----------------------------------------------------------------------

def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line; the corpus puts one paragraph on each."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


# --- quote marks ------------------------------------------------------------------------

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_OPEN_SINGLE = "‘‹"
_CLOSE_SINGLE = "’›"


@dataclass(frozen=True)
class QuoteSpan:
    """A top-level quoted span: ``start``/``end`` enclose the words, ``outer_*`` the marks too."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    opened: bool  # False when the paragraph starts without its opening mark
    closed: bool  # False when the paragraph ends before the closing mark


_ANY_MARK = re.compile("[" + re.escape(_OPEN_DOUBLE + _CLOSE_DOUBLE + _OPEN_SINGLE + _CLOSE_SINGLE) + "\"']")
_SENTENCE_END = re.compile("[.!?…" + re.escape(_CLOSE_DOUBLE + _CLOSE_SINGLE) + '"]')


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def quote_spans(text: str, para_start: int, para_end: int) -> list[QuoteSpan]:
    """Top-level quoted spans in one paragraph.

    Handles curly and straight double quotes, single curly quotes used as marks
    (apostrophes such as don’t or Ukrainians’ are not marks unless a single quote is
    open), mismatched pairs (“…’), nested quotes (kept inside the outer span), a
    paragraph that starts without its opening mark and one that ends before its
    closing mark.
    """
    stack: list[tuple[str, int]] = []  # (kind "d"/"s", position of the opening mark)
    paragraph = text[para_start:para_end]
    last_close_double = para_start + max(paragraph.rfind(c) for c in _CLOSE_DOUBLE)
    last_straight_single = para_start + paragraph.rfind("'")
    spans: list[QuoteSpan] = []
    seen_any_mark = False

    def close_top(pos: int) -> None:
        kind, open_pos = stack.pop()
        if not stack:
            spans.append(_span(text, open_pos + 1, pos, open_pos, pos + 1, True, True))

    for found in _ANY_MARK.finditer(text, para_start, para_end):
        pos = found.start()
        ch = text[pos]
        prev = text[pos - 1] if pos > para_start else " "
        nxt = text[pos + 1] if pos + 1 < para_end else " "
        if ch in _OPEN_DOUBLE:
            stack.append(("d", pos))
        elif ch in _CLOSE_DOUBLE:
            if any(k == "d" for k, _ in stack):
                while stack and stack[-1][0] != "d":
                    stack.pop()
                close_top(pos)
            elif stack:  # ‘…” : a single opening closed by a double mark
                close_top(pos)
            elif not seen_any_mark and not spans:
                spans.append(_span(text, para_start, pos, para_start, pos + 1, False, True))
        elif ch == '"':
            opening = not (stack and stack[-1][0] == "D") and (not _is_word(prev) or prev == " ")
            if opening and not nxt.isspace():
                stack.append(("D", pos))
            elif stack and stack[-1][0] == "D":
                close_top(pos)
            elif not seen_any_mark and not spans and not stack:
                spans.append(_span(text, para_start, pos, para_start, pos + 1, False, True))
        elif ch in _OPEN_SINGLE or (ch == "'" and not _is_word(prev) and _is_word(nxt)):
            if ch == "'" and not stack and last_straight_single <= pos:
                continue
            stack.append(("s", pos))
        elif ch in _CLOSE_SINGLE or ch == "'":
            if _is_word(prev) and _is_word(nxt):
                continue  # apostrophe inside a word: don’t, Russia’s
            if stack and stack[-1][0] == "s":
                if _plural_possessive(text, pos, para_end):
                    continue
                close_top(pos)
            elif (stack and stack[-1][0] == "d" and not _is_word(nxt)
                  and last_close_double <= pos):
                close_top(pos)  # “…’ : a double opening closed by a single mark
            else:
                continue  # an apostrophe after a word: Ukrainians’
        else:
            continue
        seen_any_mark = True
    if stack:
        open_pos = stack[0][1]
        end = para_end
        spans.append(_span(text, open_pos + 1, end, open_pos, end, True, False))
    return [s for s in spans if s.end > s.start]


def _plural_possessive(text: str, pos: int, para_end: int) -> bool:
    """’ in "the Ukrainians’ claims" inside a ‘single-quoted’ span: s + ’ + a lower-case
    word, with another closing candidate later in the paragraph."""
    if text[pos - 1:pos] not in ("s", "S") or text[pos + 1:pos + 2] != " ":
        return False
    if not text[pos + 2:pos + 3].islower():
        return False
    return re.search(r"[’'](?!\w)", text[pos + 1:para_end]) is not None


def _span(text, start, end, outer_start, outer_end, opened, closed) -> QuoteSpan:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(start, end, outer_start, outer_end, opened, closed)


# --- sentences -------------------------------------------------------------------------

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr", "prof",
    "sen", "rep", "gov", "pres", "no", "vs", "etc", "approx", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "inc", "corp",
}


def sentences(text: str, para_start: int, para_end: int,
              masks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the sentences of one paragraph, never splitting inside ``masks``
    (the quoted spans, marks included), but splitting after a quote that ends a sentence."""
    mask_starts = [a for a, _ in masks]

    def inside(pos: int) -> bool:
        i = bisect_right(mask_starts, pos) - 1
        return i >= 0 and pos < masks[i][1]

    bounds, start = [], para_start
    for found in _SENTENCE_END.finditer(text, para_start, para_end):
        pos = found.start()
        if pos < start:
            continue
        ch = text[pos]
        end_here = None
        if ch in ".!?…" and not inside(pos):
            end_here = pos + 1
            while end_here < para_end and text[end_here] in _CLOSE_DOUBLE + _CLOSE_SINGLE + "\"')":
                end_here += 1
        elif (ch in _CLOSE_DOUBLE + _CLOSE_SINGLE + '"' and pos > para_start
              and text[pos - 1] in ".!?…" and (pos + 1 >= para_end or not inside(pos + 1))):
            end_here = pos + 1
        if end_here is not None and _is_boundary(text, start, pos, end_here, para_end):
            bounds.append((start, end_here))
            start = end_here
            while start < para_end and text[start] == " ":
                start += 1
    if start < para_end:
        bounds.append((start, para_end))
    return bounds


def _is_boundary(text: str, sent_start: int, pos: int, end_here: int, para_end: int) -> bool:
    if end_here >= para_end:
        return False
    if text[end_here] != " ":
        return False
    nxt = end_here
    while nxt < para_end and text[nxt] == " ":
        nxt += 1
    if nxt >= para_end:
        return False
    follower = text[nxt]
    if not (follower.isupper() or follower.isdigit() or follower in _OPEN_DOUBLE + _OPEN_SINGLE + "\"'"):
        return False
    if text[pos] == ".":
        word = re.search(r"([\w.]+)$", text[max(sent_start, pos - 30):pos])
        if word:
            token = word.group(1).lower()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                return False
    return True


# --- date expressions ----------------------------------------------------------------

_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.")
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

_DATE_PATTERNS = [
    ("iso", re.compile(r"\b\d{4}-\d{2}-\d{2}\b")),
    ("explicit", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?(?!\w)")),
    ("explicit", re.compile(rf"\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?\b")),
    ("relative_event", re.compile(
        r"\b(?:(?:a|one|two|three|four|five|six|seven|\d+)\s+days?\s+(?:earlier|before|later|after)"
        r"|the\s+(?:day|night)\s+before|the\s+previous\s+day|the\s+(?:next|following)\s+day)\b",
        re.IGNORECASE)),
    ("relative", re.compile(
        r"\b(?:(?:a|one|two|three|four|five|six|seven|\d+)\s+days?\s+ago|yesterday|today|tonight"
        r"|earlier\s+today|this\s+week|last\s+week|last\s+month|earlier\s+this\s+(?:week|month))\b",
        re.IGNORECASE)),
    ("weekday", re.compile(rf"\b(?:(?:last|this\s+past)\s+)?(?:{_WEEKDAYS})\b")),
]
_NOT_A_STATEMENT_DATE = re.compile(
    r"(?:\bnext|\bby(?:\s+the\s+end\s+of)?|\buntil|\btill|\bbefore|\bfrom|\bcoming|\bevery|\bsince"
    r"|\bearly|\blate|\bon\s+or\s+before)\s+$", re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"^\s*(?:will|would)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateExpression:
    start: int
    end: int
    text: str
    kind: str  # iso, explicit, relative, relative_event, weekday


def date_expressions(text: str, start: int, end: int) -> list[DateExpression]:
    """Candidate statement-date expressions between ``start`` and ``end``.

    Only expressions this module knows are returned; dateparser never sees free text
    (on raw text it reads "we" as Wednesday). Future and range phrases ("next week",
    "by the end of this week", "since Friday") are left out.
    """
    found: list[DateExpression] = []
    segment = text[start:end]
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(segment):
            a, b = start + m.start(), start + m.end()
            if any(a < f.end and f.start < b for f in found):
                continue
            if _NOT_A_STATEMENT_DATE.search(text[max(0, a - 25):a]) or _FUTURE_AFTER.match(text[b:b + 8]):
                continue
            found.append(DateExpression(a, b, m.group(0), kind))
    return sorted(found, key=lambda d: d.start)


def resolve_date(expression: DateExpression, published, anchor=None):
    """The calendar day an expression names, or NaT.

    ``published`` is the article's publication date (NaT when unknown), ``anchor`` the
    date of the event the text is currently about ("a day earlier" counts back from it).
    Weekdays name the latest such day on or before the publication day.
    """
    text = " ".join(expression.text.split())
    if expression.kind == "iso":
        return pd.to_datetime(text, errors="coerce")
    if expression.kind == "explicit":
        has_year = re.search(r"\d{4}", text) is not None
        if pd.isna(published) and not has_year:
            return pd.NaT
        base = published if not pd.isna(published) else pd.Timestamp("2000-01-01")
        return _parse(text, base)
    if pd.isna(published):
        return pd.NaT
    if expression.kind == "weekday":
        day = re.sub(r"^(?:last|this\s+past)\s+", "", text, flags=re.IGNORECASE)
        return _parse(day, published + pd.Timedelta(days=1))
    if expression.kind == "relative_event":
        base = anchor if anchor is not None and not pd.isna(anchor) else published
        lowered = text.lower()
        match = re.match(r"(\w+)\s+days?\s+(earlier|before|later|after)", lowered)
        if match:
            word = match.group(1)
            n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)
            phrase = f"{n} days ago" if match.group(2) in ("earlier", "before") else f"in {n} days"
        else:
            phrase = "in 1 day" if ("next" in lowered or "following" in lowered) else "1 day ago"
        return _parse(phrase, base, prefer="future" if phrase.startswith("in") else "past")
    phrase = re.sub(r"^earlier\s+", "", text, flags=re.IGNORECASE)
    return _parse(phrase, published)


@lru_cache(maxsize=4096)
def _parse(phrase: str, base: pd.Timestamp, prefer: str = "past"):
    import dateparser  # imported on first use: it is slow to import

    settings = {"RELATIVE_BASE": base.to_pydatetime(), "PREFER_DATES_FROM": prefer,
                "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return pd.Timestamp(parsed.date()) if parsed else pd.NaT
