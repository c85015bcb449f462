"""Date expressions in an article and the calendar day each one names.

One grammar for every stage: :func:`find` lists the expressions this module knows (explicit dates
in their usual shapes, weekdays, "yesterday", "two days ago", "a day earlier" …); :func:`resolve`
gives the day one names, read against the publication date (past readings preferred: a statement
is reported after it was made). dateparser does the calendar arithmetic, but never sees free text
(on raw text it reads "we" as Wednesday).

A day outside a sane range (before 1900, or more than a year after the publication date) is never
an error: :func:`resolve` returns ``NaT`` with a note saying why, and the stages keep the words as
written.

Example:
    >>> import pandas as pd
    >>> from saidvsdone import when
    >>> text = "Putin said on the 2nd of October that the day before yesterday went well."
    >>> [(e.text, str(when.resolve(e, pd.Timestamp("2022-10-14")).day.date())) for e in when.find(text)]
    [('the 2nd of October', '2022-10-02'), ('the day before yesterday', '2022-10-12')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from saidvsdone import english

__all__ = ["DateExpression", "Resolved", "find", "resolve", "EARLIEST"]

#: Days before this are not read as statement dates (historical references, typos).
EARLIEST = pd.Timestamp("1900-01-01")
#: How far after the publication date a statement date may fall (a wrongly dated manifest).
_LATEST_AFTER_PUBLISHED = pd.Timedelta(days=366)

_WEEKDAY_NAMES = english.WEEKDAYS
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
_MONTH_NAMES = english.MONTHS
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
           r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# Month names in lower case are taken only next to a day number ("on october 3"): "may" and
# "march" are also verbs.
_MONTHS_ANY_CASE = "(?i:" + _MONTHS + ")"
_ORDINAL_WORDS = english.ORDINAL_WORDS
_TENS = {"twenty": 20, "thirty": 30}
_DAY_WORD = (r"(?:(?:twenty|thirty)[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
             + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")")
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?|" + _DAY_WORD + ")"
_NUMBER_WORDS = {**english.NUMBER_WORDS, "a": 1, "an": 1, "a few": 3, "a couple of": 2, "several": 3}
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|several|\d+)"
_YEAR = r"\d{4}"

_DATE_PATTERNS = [
    ("iso", re.compile(r"\b\d{4}-\d{2}-\d{2}\b")),
    # "Friday the 15th", "the first Friday of July"
    ("weekday_day", re.compile(rf"\b(?:{_WEEKDAYS})\s+the\s+{_DAY}\b", re.IGNORECASE)),
    ("nth_weekday", re.compile(rf"\bthe\s+(?:first|second|third|fourth|last)\s+(?:{_WEEKDAYS})\s+of\s+"
                               rf"{_MONTHS_ANY_CASE}(?:,?\s+{_YEAR})?\b", re.IGNORECASE)),
    # "Wed, 22 of Jan", "2 October 2022", "the 2nd of October", "second of Aug"
    ("explicit", re.compile(rf"(?:\b(?:{_WEEKDAYS}|{_WEEKDAY_ABBR}),?\s+)?(?:\bthe\s+)?(?<![\w-])(?i:{_DAY})"
                            rf"(?:\s+of)?\s+{_MONTHS_ANY_CASE}(?:,?\s+{_YEAR})?(?![\w’'])")),
    # "October 2", "Oct. 2, 2022", "May twenty-first", "on october 3rd"
    ("explicit", re.compile(rf"(?<![\w-])(?:{_MONTHS}|(?i:january|february|april|june|july|august|september"
                            rf"|october|november|december))\s+(?:the\s+)?(?i:{_DAY})(?:,?\s+{_YEAR})?(?![\w’'])")),
    ("relative_event", re.compile(
        rf"\b(?:{_COUNT}\s+days?\s+(?:earlier|before|later|after)"
        r"|the\s+(?:day|night)\s+before(?!\s+yesterday)|the\s+previous\s+day|the\s+(?:next|following)\s+day)\b",
        re.IGNORECASE)),
    # "a month ago", "two years ago": a statement date only right next to the speech verb
    ("relative_far", re.compile(rf"\b{_COUNT}\s+(?:weeks?|months?|years?)\s+ago\b", re.IGNORECASE)),
    # "last week", "this month", "earlier this week" name no day: statements so dated stay undated
    ("relative", re.compile(
        rf"\b(?:the\s+day\s+before\s+yesterday|{_COUNT}\s+days?\s+ago|yesterday|today|tonight|earlier\s+today)\b",
        re.IGNORECASE)),
    ("vague", re.compile(r"\b(?:(?:this|last|earlier\s+this)\s+(?:week|month|year)|in\s+recent\s+(?:days|weeks))\b",
                         re.IGNORECASE)),
    ("weekday", re.compile(rf"\b(?:(?:last|this\s+past)\s+)?(?:{_WEEKDAYS})\b")),
]
_NOT_A_STATEMENT_DATE = re.compile(
    r"(?:\bnext|\bby(?:\s+the\s+end\s+of)?|\buntil|\btill|\bbefore|\bfrom|\bcoming|\bevery|\bsince"
    r"|\bon\s+or\s+before)\s+$", re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"^\s*(?:will|would)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateExpression:
    """A date expression: ``text`` = the article's words at ``start:end``."""

    start: int
    end: int
    text: str
    kind: str  # iso, explicit, weekday_day, nth_weekday, relative, relative_far, relative_event, weekday


@dataclass(frozen=True)
class Resolved:
    """The day an expression names (``NaT`` when it names none) and, when NaT, why."""

    day: pd.Timestamp
    note: str = ""


def find(text: str, start: int = 0, end: int | None = None) -> list[DateExpression]:
    """Candidate statement-date expressions in ``text[start:end]``, in text order.

    Future and range phrases ("next week", "by the end of this week", "since Friday") are left out.
    """
    end = len(text) if end is None else end
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []
    windows = _windows(text, start, end)
    for kind, pattern in _DATE_PATTERNS:
        for ws, we in windows:
            for m in pattern.finditer(text, ws, we):
                a, b = m.start(), m.end()
                i = bisect_left(taken, (b, b))
                if (i < len(taken) and taken[i][0] < b) or (i > 0 and taken[i - 1][1] > a):
                    continue
                if _NOT_A_STATEMENT_DATE.search(text[max(0, a - 25):a]) or _FUTURE_AFTER.match(text[b:b + 8]):
                    continue
                found.append(DateExpression(a, b, m.group(0), kind))
                insort(taken, (a, b))
    return sorted(found, key=lambda d: d.start)


# Every expression above holds one of these words: the patterns only run around them (linear in
# the text, and fast: most of an article holds no date at all).
_TRIGGER_WORDS = ("jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun yesterday today "
                  "tonight ago earlier before later after previous next following this last recent").split()
_TRIGGER = re.compile(r"(?i)(?:" + "|".join(_TRIGGER_WORDS) + r"|\d{4}-\d{2})")
_REACH = 70  # no date expression is longer
_TRIGGER_DIGITS = re.compile(r"\d{4}-\d{2}")
_CASE_FOLDS = re.compile("[\u0130\u0131\u017f]")  # İ ı ſ: (?i) matches them with i / s, lower() does not


def _triggers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans ``_TRIGGER.finditer`` gives, found by ``str.find`` on the lower-cased text (a
    case-insensitive alternation costs a regex attempt per word at every character). No trigger
    word is a prefix of another, so at most one matches at a position and the leftmost,
    non-overlapping matches are the occurrences kept from left to right."""
    lowered = text.lower()
    if len(lowered) != len(text) or _CASE_FOLDS.search(text):
        return [m.span() for m in _TRIGGER.finditer(text, start, end)]
    found = [m.span() for m in _TRIGGER_DIGITS.finditer(text, start, end)]
    find = lowered.find
    for word in _TRIGGER_WORDS:
        i = find(word, start, end)
        while i >= 0:
            found.append((i, i + len(word)))
            i = find(word, i + 1, end)
    found.sort()
    spans, current = [], start
    for a, b in found:
        if a >= current:
            spans.append((a, b))
            current = b
    return spans


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for m_start, m_end in _triggers(text, start, end):
        a, b = max(start, m_start - _REACH), min(end, m_end + _REACH)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], b))
        else:
            windows.append((a, b))
    return windows


def resolve(expression: DateExpression, published, anchor=None) -> Resolved:
    """The calendar day ``expression`` names, read against ``published`` (NaT when unknown).

    ``anchor`` is the date of the event the text is currently about ("a day earlier" counts back
    from it). Weekdays name the latest such day on or before the publication day; dates without a
    year the latest such day on or before it.

    Example:
        >>> import pandas as pd
        >>> e = find("recalling the council of 18 January 1654")[0]
        >>> resolve(e, pd.Timestamp("2022-10-14")).note
        'before 1900: not read as a statement date'
    """
    try:
        day = _resolve(expression, published, anchor)
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime) as error:
        return Resolved(pd.NaT, f"not a calendar date ({error.__class__.__name__})")
    if expression.kind == "vague":
        return Resolved(pd.NaT, f"‘{expression.text}’ names no day")
    if pd.isna(day):
        return Resolved(pd.NaT, "undated article" if pd.isna(published) else "not understood")
    if day < EARLIEST:
        return Resolved(pd.NaT, "before 1900: not read as a statement date")
    if not pd.isna(published) and day > published + _LATEST_AFTER_PUBLISHED:
        return Resolved(pd.NaT, "more than a year after publication: not read as a statement date")
    return Resolved(day)


def _resolve(expression: DateExpression, published, anchor):
    text = " ".join(expression.text.split())
    if expression.kind == "iso":
        return _safe_timestamp(text)
    if expression.kind in ("explicit", "weekday_day", "nth_weekday"):
        has_year = re.search(r"\d{4}", text) is not None
        if pd.isna(published) and not has_year:
            return pd.NaT
        if expression.kind == "nth_weekday":
            return _nth_weekday(text, published)
        if expression.kind == "weekday_day":
            return _weekday_day(text, published)
        base = published if not pd.isna(published) else pd.Timestamp("2000-01-01")
        phrase = _plain_date(text)
        if has_year:
            return _parse(phrase, base)
        return _parse(phrase, base + pd.Timedelta(days=1))
    if expression.kind == "vague" or pd.isna(published):
        return pd.NaT
    if expression.kind == "weekday":
        day = re.sub(r"^(?:last|this\s+past)\s+", "", text, flags=re.IGNORECASE)
        return _parse(day, published + pd.Timedelta(days=1))
    lowered = text.lower()
    if expression.kind == "relative_event":
        base = anchor if anchor is not None and not pd.isna(anchor) else published
        match = re.match(r"(.+?)\s+days?\s+(earlier|before|later|after)", lowered)
        n = _count(match.group(1)) if match else 1
        later = (match.group(2) in ("later", "after")) if match else ("next" in lowered or "following" in lowered)
        return base + pd.Timedelta(days=n if later else -n)
    if lowered == "the day before yesterday":
        return published - pd.Timedelta(days=2)
    ago = re.match(r"(.+?)\s+(day|week|month|year)s?\s+ago$", lowered)
    if ago:
        n = _count(ago.group(1))
        return published - pd.DateOffset(**{ago.group(2) + "s": n})
    phrase = re.sub(r"^earlier\s+", "", text, flags=re.IGNORECASE)
    return _parse(phrase, published)


def _count(words: str) -> int:
    words = " ".join(words.split())
    return int(words) if words.isdigit() else _NUMBER_WORDS.get(words, 1)


def _day_number(word: str) -> int | None:
    word = word.lower().replace("-", " ")
    digits = re.match(r"(\d{1,2})", word)
    if digits:
        return int(digits.group(1))
    parts = word.split()
    if len(parts) == 2 and parts[0] in _TENS:
        return _TENS[parts[0]] + _ORDINAL_WORDS.get(parts[1], 0)
    return _ORDINAL_WORDS.get(word)


def _plain_date(text: str) -> str:
    """ "Wed, the 2nd of October" → "2 October": what dateparser reads reliably."""
    text = re.sub(rf"^(?:{_WEEKDAYS}|{_WEEKDAY_ABBR}),?\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\bthe\s+|\s+of\b", " ", text, flags=re.IGNORECASE)
    day = re.search(_DAY, text, flags=re.IGNORECASE)
    if day:
        number = _day_number(day.group(0))
        text = text[:day.start()] + str(number) + text[day.end():]
    return " ".join(text.replace(".", " ").split())


def _weekday_day(text: str, published) -> pd.Timestamp:
    """ "Friday the 15th": the latest 15th on or before publication that is a Friday (else the 15th)."""
    day = _day_number(re.search(_DAY + r"$", text, flags=re.IGNORECASE).group(0))
    weekday = _WEEKDAY_NAMES.index(text.split()[0].lower())
    candidates = []
    for back in range(0, 13):
        month_start = (published - pd.DateOffset(months=back)).replace(day=1)
        try:
            candidate = month_start.replace(day=day)
        except ValueError:
            continue
        if candidate <= published:
            candidates.append(candidate)
    matching = [c for c in candidates if c.weekday() == weekday]
    return (matching or candidates or [pd.NaT])[0]


def _nth_weekday(text: str, published) -> pd.Timestamp:
    """ "the first Friday of July" (the latest such July on or before publication)."""
    words = text.lower().replace(",", " ").split()
    which = words[1]
    weekday = _WEEKDAY_NAMES.index(words[2])
    month = next(i for i, m in enumerate(_MONTH_NAMES, start=1) if m.startswith(words[4].rstrip(".")[:3]))
    year = int(words[5]) if len(words) > 5 and words[5].isdigit() else published.year
    if len(words) <= 5 and pd.Timestamp(year=year, month=month, day=1) > published:
        year -= 1
    days = pd.date_range(pd.Timestamp(year=year, month=month, day=1), periods=31, freq="D")
    days = [d for d in days if d.month == month and d.weekday() == weekday]
    index = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}[which]
    return days[index]


def _safe_timestamp(text: str):
    try:
        return pd.Timestamp(text)
    except (ValueError, pd.errors.OutOfBoundsDatetime):
        return pd.NaT


@lru_cache(maxsize=4096)
def _parse(phrase: str, base: pd.Timestamp, prefer: str = "past"):
    import dateparser  # imported on first use: it is slow to import

    settings = {"RELATIVE_BASE": base.to_pydatetime(), "PREFER_DATES_FROM": prefer,
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return pd.NaT
    if parsed is None:
        return pd.NaT
    if parsed.year < EARLIEST.year:
        return EARLIEST - pd.Timedelta(days=1)  # resolve() says why it is not taken
    return pd.Timestamp(parsed.date())
