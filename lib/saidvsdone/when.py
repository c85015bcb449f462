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

from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
import datetime
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from saidvsdone import english, vocab

__all__ = ["DateExpression", "Resolved", "find", "resolve", "EARLIEST"]

#: Days before this are not read as statement dates (historical references, typos).
EARLIEST = pd.Timestamp("1900-01-01")
#: How far after the publication date a statement date may fall (a wrongly dated manifest).
_LATEST_AFTER_PUBLISHED = pd.Timedelta(days=366)

_WEEKDAY_NAMES = english.WEEKDAYS
#: The weekday names, capitalised, as a regex alternation ("Monday|Tuesday|…"): composed from ``english.WEEKDAYS``
#: once, read by every rule that names a day of the week (vc2)
WEEKDAYS = "|".join(day.title() for day in english.WEEKDAYS)
_WEEKDAYS = WEEKDAYS
#: The month names, capitalised, as a regex alternation ("January|February|…"): composed from ``english.MONTHS`` once,
#: read by every rule that names a month in full (vc2)
MONTH_NAMES = "|".join(month.title() for month in english.MONTHS)
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
_MONTH_NAMES = english.MONTHS
#: A month named in full or abbreviated, capitalised, with its optional dot ("March", "Sept.", "Feb"): read by the
#: date patterns here and by the speech stage's entry stamps (``_layout._ENTRY_STAMP``)
MONTHS = (r"(?:" + MONTH_NAMES +
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# Month names in lower case are taken only next to a day number ("on october 3"): "may" and
# "march" are also verbs.
_MONTHS_ANY_CASE = "(?i:" + MONTHS + ")"
_ORDINAL_WORDS = english.ORDINAL_WORDS
_TENS = {"twenty": 20, "thirty": 30}
_UNITS = english.number_words(1, 9)
# cardinal day words from ten up ("May twenty one", "Friday the fifteen"); one to nine are too
# often something else ("May one day …")
_CARDINAL_DAYS = {word: n for word, n in english.CARDINALS.items() if 10 <= n <= 20 or n == 30}
_DAY_WORD = (r"(?:(?:twenty|thirty)[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
             + "|".join(sorted(_ORDINAL_WORDS, key=lambda w: (-len(w), w))) + ")")
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?|" + _DAY_WORD + ")"
# after a capitalised month or "Friday the": cardinal words too ("May twenty one", "Friday the fifteen")
_DAY_CARDINAL = (r"(?:(?:twenty|thirty)[-\s](?:" + _UNITS + r")|" + _DAY + "|"
                 + "|".join(sorted(_CARDINAL_DAYS, key=lambda w: (-len(w), w))) + ")")
NUMBER_WORDS = {**english.NUMBER_WORDS, "a": 1, "an": 1, "a few": 3, "few": 3, "a couple of": 2, "several": 3}
_COUNT = r"(?:a|an|" + english.number_words(1, 10) + r"|a\s+few|few|a\s+couple\s+of|several|\d+)"
_UNIT = r"(?:days?|weeks?|months?|years?)"
#: How long something went on, a span with no one day in it: "for days", "for weeks", "for hours" (cl22: "a claim Kyiv
#: disputed for days" is no one occasion). Written once: read by the claims' denials (``_voices._DENIAL_WHEN``,
#: ``_DENIAL_LASTING``) and the claims' habitual test (``_dating._HABITUAL_AFTER``) (vc2)
FOR_A_SPAN = r"for\s+(?:days|weeks|months|hours)"
#: The kinds of date expression (``_DATE_PATTERNS``) that name one calendar day by themselves ("on Tuesday", "March 3",
#: "the first Monday of May"): written once, read by the speech stage's day rules (``_occasions._DAY_KINDS`` adds
#: "weekday_week"; vc2)
CALENDAR_KINDS = ("explicit", "weekday", "weekday_day", "numeric", "iso", "day_of_month", "nth_weekday")
# "two days ago", "1 month and 21 days ago", "2 years, 1 month ago"
_AGO = rf"{_COUNT}\s+{_UNIT}(?:,?\s+(?:and\s+)?\d+\s+{_UNIT})*\s+ago"
_NTH = r"(?:first|second|third|fourth|last)"
_YEAR = r"\d{4}"
# "on February 24 last year", "on 3 March this year": the year named in words
_YEAR_WORDS = r"\s+(?:last|this)\s+year\b"

# a word after "the day before" / "two days after": it counts from the event named there ("the day before the call")
_EVENT_HEAD = r"[\w’'-]"
#: later or earlier on a day the text is about ("Hours later", "Earlier in the day", "later that day", "later in the
#: morning"): read relative to the day before it, never to the page
_SAME_DAY_LATER = (r"(?:hours|minutes|moments)\s+(?:later|earlier)"
                   # "later the same day", "earlier that same evening", "later on the same day" (dt36); not "earlier
                   # the day before" (rv24d)
                   r"|(?:later|earlier)\s+(?:(?:on\s+)?(?:that(?:\s+same)?|the\s+same)\s+|in\s+the\s+)(?:day|morning|afternoon|evening|night)"
                   # "Shortly afterwards, X said", "said immediately afterwards": a moment after the day just told (dt34)
                   r"|(?:shortly|moments|minutes|immediately)\s+(?:afterwards?|thereafter)")
_DATE_PATTERNS = [
    ("iso", re.compile(r"\b\d{4}-\d{2}-\d{2}\b")),
    # "2015/08/12", "21/04/2016", "02/22/2016", "9-18-15"; without a year ("4/22", "on 4.22") only
    # right after "on": elsewhere such numbers are scores and ranges
    # "14.03.2024": dots with a four-digit year, day first as wherever dots are printed (mt8)
    ("numeric", re.compile(r"(?<![\w/.-])(?:\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[/-]\d{1,2}(?:[/-]|,\s?)(?:\d{4}|\d{2})"
                           r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?<=\bon\s)\d{1,2}[/.-]\d{1,2})(?![\w/]|[.-]\d)")),
    # "last week Sunday": before "last week" is read as naming no day
    ("weekday_week", re.compile(rf"\blast\s+week\s+(?:on\s+)?(?:{_WEEKDAYS})\b|\b(?:{_WEEKDAYS})\s+(?:of\s+)?last\s+week\b",
                                re.IGNORECASE)),  # "last week Sunday", "Thursday (of) last week"
    # "Friday the 15th", "the first Friday of July"
    ("weekday_day", re.compile(rf"\b(?:{_WEEKDAYS})\s+the\s+{_DAY_CARDINAL}\b", re.IGNORECASE)),
    ("nth_weekday", re.compile(rf"\bthe\s+{_NTH}\s+(?:{_WEEKDAYS})\s+(?:of|in)\s+(?:{_MONTHS_ANY_CASE}(?:,?\s+{_YEAR})?"
                               r"|this\s+month|last\s+month)\b", re.IGNORECASE)),
    # "Wed, 22 of Jan", "2 October 2022", "the 2nd of October", "second of Aug"
    ("explicit", re.compile(rf"(?:\b(?:{_WEEKDAYS}|{_WEEKDAY_ABBR}),?\s+)?(?:\bthe\s+)?(?<![\w-])(?i:{_DAY})"
                            rf"(?:\s+of)?\s+{_MONTHS_ANY_CASE}(?:,?\s+{_YEAR}|{_YEAR_WORDS})?(?![\w’'])")),
    # "October 2", "Oct. 2, 2022", "May twenty-first", "on october 3rd"
    ("explicit", re.compile(rf"(?<![\w-])(?:{MONTHS}|(?i:january|february|april|june|july"
                            rf"|august|september|october|november|december)|(?<=\bon\s)(?:may|march))(?:\s+(?:the\s+)?|[-/](?=\d))(?i:{_DAY_CARDINAL})"
                            rf"(?:,?\s+{_YEAR}|{_YEAR_WORDS})?(?![\w’'])")),
    # "said on second Sunday", "on the third Tuesday": in the publication month (else the one before)
    ("nth_weekday", re.compile(rf"(?<=\bon\s)(?:the\s+)?{_NTH}\s+(?:{_WEEKDAYS})\b(?!\s+(?:of|in|after|before)\b)",
                               re.IGNORECASE)),
    ("relative_event", re.compile(
        rf"\b(?:{_COUNT}\s+(?:days?|weeks?)\s+(?:earlier|later|(?:before|after)(?!\s+{_EVENT_HEAD}))"
        rf"|the\s+(?:day|night|evening)\s+before(?!\s+{_EVENT_HEAD})|the\s+previous\s+(?:day|morning|afternoon|evening|night)"
        r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)|" + _SAME_DAY_LATER + r")\b",
        re.IGNORECASE)),  # ("the day before the call", "two days after the attack": counted from an event, not read here)
    # "a month ago", "two years ago": a statement date only right next to the speech verb
    ("relative_far", re.compile(rf"\b{_COUNT}\s+(?:weeks?|months?|years?)(?:,?\s+(?:and\s+)?\d+\s+{_UNIT})*\s+ago\b",
                                re.IGNORECASE)),
    # "last week", "this month", "earlier this week" name no day: statements so dated stay undated
    ("relative", re.compile(
        rf"\b(?:the\s+day\s+before\s+yesterday|{_AGO}|yesterday|today|tonight|earlier\s+today|(?:late\s+)?last\s+night"
        r"|(?:earlier\s+)?this\s+(?:morning|afternoon|evening))\b",
        re.IGNORECASE)),
    ("vague", re.compile(r"\b(?:(?:this|last|earlier\s+this)\s+(?:week|month|year)|in\s+recent\s+(?:days|weeks)"
                         r"|(?:at|over)\s+the\s+weekend|(?:this|last)\s+weekend)\b", re.IGNORECASE)),
    # ("Last Sunday the air force said": the sentence's first word capitalised, still the week before)
    ("weekday", re.compile(rf"\b(?:(?:[Ll]ast|[Tt]his\s+past)\s+)?(?:{_WEEKDAYS})\b")),
    # "said on the second that", "on 15, …": a day of the month alone, only between "on" and the
    # end of the date phrase ("on the second day" is no date)
    ("day_of_month", re.compile(rf"(?<=\b[Oo]n\s)(?:the\s+)?(?i:\d{{1,2}}(?:st|nd|rd|th)?|{_DAY_WORD})"
                                r"(?=\s*(?:[,.;]|that\b|$))")),
]
# patterns that only a few windows can hold: a cheap test of the window first
_GATES = {pattern: re.compile(gate) for (kind, pattern), gate in zip(_DATE_PATTERNS, (
    r"\d-", r"\d[/.-]\d", r"(?i)last\s+week", None, r"(?i)\b(?:of|in)\b", None, None, r"\bon\s", None, None,
    None, None, None, r"\b[Oo]n\s"), strict=True) if gate is not None}  # one gate (or None) per pattern, in order
# words a pattern cannot match without (lower-cased): a window holding none of them skips it
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NEEDS = {pattern: needs for (kind, pattern), needs in zip(_DATE_PATTERNS, (
    None, None, None, ("day",), ("day",), _MONTH_STEMS, _MONTH_STEMS, ("day",),
    ("day", "night", "week", "later", "earlier", "evening", "morning", "afternoon", "afterward", "thereafter"), ("ago",),
    ("ago", "yesterday", "today", "tonight", "this", "night"), ("this", "last", "recent", "weekend"), ("day",), None), strict=True)
    if needs is not None}
_NEED_WORDS = tuple(sorted({word for needs in _NEEDS.values() for word in needs}))
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{_WEEKDAYS}),?\s+$")
_NOT_A_STATEMENT_DATE = re.compile(
    r"(?:\bnext|\bby(?:\s+the\s+end\s+of)?|\buntil|\btill|\bbefore|\bfrom|\bcoming|\bevery|\bsince"
    r"|\bon\s+or\s+before)\s+$", re.IGNORECASE)
# "over the previous day", "during the previous night": the period a figure covers
_PERIOD_BEFORE = re.compile(r"\b(?:over|during|within|throughout)\s+$", re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"^\s*(?:will|would)\b", re.IGNORECASE)
# "In case you missed it from last night:", "comments from yesterday": a past day after "from" that opens no
# span ("from yesterday to Friday", "from yesterday on") is where the words came from
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_FROM_PAST = re.compile(r"(?i)(?:yesterday|(?:late\s+)?last\s+night|(?:earlier\s+)?this\s+morning)$")
_SPAN_AFTER = re.compile(r"\s*(?:,\s*)?(?:to|until|till|through|onwards?|on|and)\b", re.IGNORECASE)
# "told Pivden Today", "Russia Today reported", "the BBC's Today programme": a capitalised "Today" / "Tonight" right
# after a capitalised word is the end of a name (an outlet, a programme), not the day; in running prose only (a
# title-case line, "Zelensky Says Today …", keeps its day) (dt35; the words: speech_words.csv programme_word)
# (or right after "the": "told the Today programme")
_CAPITALISED_BEFORE = re.compile(r"(?:(?<![\w’'])[A-Z][\w’'&.-]*(?:['’]s)?|(?<![\w’'-])the)[ \t]+$")
_PROSE_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]{3,}\b")
# "with the Sunday Telegraph", "told The Sunday Times": a capitalised weekday after "the" and before an outlet's last word
# (speech_words.csv medium_title or programme_word) opens a name (dt35); before any other capitalised word it stays a
# day ("On the Sunday Russia launched …", "By the Friday Ukrainian troops …": rv23fixb)
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he[ \t]+$")


def _name_day_word() -> re.Pattern:
    """ "Today", "Tonight": the day words that end a name (speech_words.csv programme_word, capitalised; built once)."""
    return vocab.compiled("when_name_day_word", ("speech_words",),
                          lambda: re.compile(vocab.capitalised_words("programme_word") or "(?!)"))


def _name_word_after() -> re.Pattern:
    """A capitalised outlet word after a weekday ("[the Sunday] Telegraph", "[the Monday] Tonight"; medium_title and
    programme_word of speech_words.csv; built once)."""
    return vocab.compiled("when_name_word_after", ("speech_words",), lambda: re.compile(
        r"[ \t]+(?:" + "|".join(w for w in (vocab.capitalised_words("medium_title"),
                                            vocab.capitalised_words("programme_word")) if w) + r")\b"))


def _names_no_day(text: str, a: int, b: int) -> bool:
    """Whether the capitalised "Today" or "Tonight" at ``a:b`` closes a name ("Pivden Today", "Russia Today", "the Today
    programme"), or the weekday there opens one ("the Sunday Telegraph")."""
    if _name_day_word().fullmatch(text, a, b):
        if not _CAPITALISED_BEFORE.search(text, max(0, a - 40), a):
            return False
    elif not (text[a:a + 1].isupper() and _THE_BEFORE.search(text, max(0, a - 8), a) and _name_word_after().match(text, b)):
        return False
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    return _PROSE_WORD.search(text, line_start, min(b + 200, len(text) if line_end < 0 else line_end)) is not None


@dataclass(frozen=True)
class DateExpression:
    """A date expression: ``text`` = the article's words at ``start:end``."""

    start: int
    end: int
    text: str
    kind: str  # iso, numeric, explicit, weekday_day, weekday_week, nth_weekday, relative, relative_far,
    #            relative_event, weekday, day_of_month, holiday


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
    # each window lower-cased once for the word tests (none where (?i) meets İ ı ſ: lower() differs)
    lowered = [None if _CASE_FOLDS.search(text, ws, we) else text[ws:we].lower() for ws, we in windows]
    # the words of _NEEDS each window holds, found in one pass per window
    present = [None if low is None else {word for word in _NEED_WORDS if word in low} for low in lowered]
    holiday, _ = _holidays()
    if holiday is not None:
        for m in holiday.finditer(text, start, end):  # "on Christmas Day", "on Victory Day" (data/holidays.csv)
            a, b = m.start(), m.end()
            i = bisect_left(taken, (b, b))
            if (i < len(taken) and taken[i][0] < b) or (i > 0 and taken[i - 1][1] > a) \
                    or _NOT_A_STATEMENT_DATE.search(text[max(0, a - 25):a]) or _FUTURE_AFTER.match(text[b:b + 8]):
                continue
            found.append(DateExpression(a, b, text[a:b], "holiday"))
            insort(taken, (a, b))
    for kind, pattern, gate, needs in _plan():
        for (ws, we), words in zip(windows, present):
            if needs is not None and words is not None and words.isdisjoint(needs):
                continue
            if gate is not None and not gate.search(text, ws, we):
                continue
            for m in pattern.finditer(text, ws, we):
                a, b = m.start(), m.end()
                i = bisect_left(taken, (b, b))
                if (i < len(taken) and taken[i][0] < b) or (i > 0 and taken[i - 1][1] > a):
                    continue
                if (_NOT_A_STATEMENT_DATE.search(text[max(0, a - 25):a])
                        and not (_FROM_BEFORE.search(text[max(0, a - 6):a]) and _FROM_PAST.match(text[a:b])
                                 and not _SPAN_AFTER.match(text, b))) \
                        or _FUTURE_AFTER.match(text[b:b + 8]):
                    continue
                if kind in ("relative", "weekday") and _names_no_day(text, a, b):
                    continue  # "told Pivden Today that …", "the Sunday Telegraph": an outlet's name, no day (dt35)
                if kind == "relative_event" and _PERIOD_BEFORE.search(text, max(0, a - 12), a):
                    continue  # "161 attacks over the previous day": the period a figure covers, no day (as "in the past day")
                if kind == "explicit":  # "Monday January 12th": the weekday belongs to the date
                    weekday = _WEEKDAY_BEFORE.search(text, max(0, a - 12), a)
                    if weekday is not None and not any(x < a and y > weekday.start() for x, y in taken):
                        a = weekday.start()
                found.append(DateExpression(a, b, text[a:b], kind))
                insort(taken, (a, b))
    return sorted(found, key=lambda d: d.start)


def _plan() -> tuple:
    """(kind, pattern, gate, needs) of each date pattern, in order: a compiled pattern hashes its whole
    code at every dict lookup (``_GATES.get(pattern)``), so the lookups are made once, not per text."""
    if _PLAN[0] is not _DATE_PATTERNS or len(_PLAN[1]) != len(_DATE_PATTERNS):
        from saidvsdone.matcher import fail_fast
        # each run behind matcher.fail_fast's look-ahead for the characters a match can start with (the same
        # matches; when.find 1.25x faster on the devset's dev articles)
        _PLAN[:] = [_DATE_PATTERNS, tuple((kind, fail_fast(pattern.pattern, pattern.flags), _GATES.get(pattern),
                                           _NEEDS.get(pattern)) for kind, pattern in _DATE_PATTERNS)]
    return _PLAN[1]


_PLAN: list = [None, ()]


def _holidays() -> tuple:
    """(one pattern of every name in data/holidays.csv, name → (month, day)), built once per table."""
    def build():
        days = {}
        for row in vocab.table("holidays").itertuples():
            try:
                month, day = int(row.month), int(row.day)
                pd.Timestamp(year=2000, month=month, day=day)  # a leap year: 29 February is a day
            except ValueError:
                raise vocab.VocabularyError(f"holidays.csv ({row.name}): month {row.month!r} and day {row.day!r} "
                                            "are not a day of the year") from None
            days[_fold_name(row.name)] = (month, day)
        if not days:
            return None, {}
        ordered = sorted((r.strip() for r in vocab.table("holidays")["name"]), key=lambda w: (-len(w), w))
        names = "|".join(re.escape(n).replace("'", "['’]") for n in ordered)
        by_first: dict[str, list[str]] = {}  # (longest first within each first letter, as in the alternation)
        for n in ordered:
            by_first.setdefault(n[:1], []).append(n[1:])
        if by_first and all(c.isalpha() for c in by_first):
            # each first letter opens a branch, the look-behind for "on " after it (`.` reads that letter): searched
            # for in C, the capitals of a text, not entered at every position behind a look-ahead (sp20)
            return re.compile("(?:" + "|".join(
                re.escape(c) + r"(?<=\b[Oo]n\s.)(?:" + "|".join(re.escape(r).replace("'", "['’]") for r in rests) + ")"
                for c, rests in by_first.items()) + rf")(?:{_YEAR_WORDS})?(?![\w’'])"), days
        # only as a time ("said on Christmas Day"), not naming an event ("told the Victory Day parade"); behind a
        # look-ahead for the names' first characters (one class test per position before the look-behind: the same matches)
        first = {c for n in vocab.table("holidays")["name"] for c in n.strip()[:1]}
        first = "".join(sorted(first | ({"’"} if "'" in first else set())))
        return re.compile((rf"(?=[{re.escape(first)}])" if first else "") + rf"(?<=\b[Oo]n\s)(?:{names})(?:{_YEAR_WORDS})?(?![\w’'])"), days
    return vocab.compiled("when.holidays", ("holidays",), build)


def _fold_name(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


# Every expression above holds one of these words: the patterns only run around them (linear in
# the text, and fast: most of an article holds no date at all).
_TRIGGER_WORDS = ("jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun yesterday today "
                  "tonight ago earlier before later after previous next following this last recent weekend").split()
# triggers that are not words: ISO and numeric dates, "on 5 …", "on the first …"
_TRIGGER_SHAPES = (r"\d(?:\d{3}-\d{2}|[/-]\d|\.\d{1,2}\.(?:19|20)\d\d)"
                   r"|on\s+(?:the\s+)?(?:\d|first|second|third|fourth|fifth|twenty|thirty)")
_TRIGGER = re.compile(r"(?i)(?:" + "|".join(_TRIGGER_WORDS) + "|" + _TRIGGER_SHAPES + ")")
_REACH = 70  # no date expression is longer
# (the same, opening on a class of its first characters, "on" read case-insensitively after it: searched for in C)
_TRIGGER_SHAPE = re.compile(r"[\dOo](?:(?<=\d)(?:\d{3}-\d{2}|[/-]\d|\.\d{1,2}\.(?:19|20)\d\d)"
                            r"|(?<=[Oo])(?i:n\s+(?:the\s+)?(?:\d|first|second|third|fourth|fifth|twenty|thirty)))")
_CASE_FOLDS = re.compile("[\u0130\u0131\u017f]")  # İ ı ſ: (?i) matches them with i / s, lower() does not


def _triggers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans ``_TRIGGER.finditer`` gives, found by ``str.find`` on the lower-cased text (a
    case-insensitive alternation costs a regex attempt per word at every character). No trigger
    word is a prefix of another, so at most one matches at a position and the leftmost,
    non-overlapping matches are the occurrences kept from left to right."""
    # only the window is lower-cased: callers ask for short windows of long texts (a sentence's opening, a line)
    window = text[start:end]
    lowered = window.lower()
    if len(lowered) != len(window) or _CASE_FOLDS.search(text, start, end):
        return [m.span() for m in _TRIGGER.finditer(text, start, end)]
    found = [m.span() for m in _TRIGGER_SHAPE.finditer(text, start, end)]
    find = lowered.find
    for word in _TRIGGER_WORDS:
        i = find(word)
        while i >= 0:
            found.append((start + i, start + i + len(word)))
            i = find(word, i + 1)
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
    if expression.kind in ("explicit", "weekday_day", "nth_weekday", "numeric", "day_of_month"):
        has_year = re.search(r"\d{4}", text) is not None
        if pd.isna(published) and not (has_year or expression.kind == "numeric"):
            return pd.NaT
        if expression.kind == "numeric":
            return _numeric(text, published)
        if expression.kind == "day_of_month":
            return _latest(published, _day_number(re.sub(r"(?i)^the\s+", "", text)), months=range(0, 13))
        if expression.kind == "nth_weekday":
            return _nth_weekday(text, published)
        if expression.kind == "weekday_day":
            return _weekday_day(text, published)
        base = published if not pd.isna(published) else pd.Timestamp("2000-01-01")
        in_words = re.search(_YEAR_WORDS + "$", text, flags=re.IGNORECASE)
        if in_words is not None:  # "February 24 last year": that day of the year before publication
            year = published.year - (1 if in_words.group(0).split()[0].lower() == "last" else 0)
            return _parse(f"{_plain_date(text[:in_words.start()])} {year}", base)
        phrase = _plain_date(text)
        if has_year:
            return _parse(phrase, base)
        return _parse(phrase, base + pd.Timedelta(days=1))
    if expression.kind == "vague" or pd.isna(published):
        return pd.NaT
    if expression.kind == "holiday":  # the latest such day on or before publication, or of the year named
        in_words = re.search(_YEAR_WORDS + "$", text, flags=re.IGNORECASE)
        month, day = _holidays()[1][_fold_name(text[:in_words.start()] if in_words else text)]
        if in_words is not None:
            return pd.Timestamp(year=published.year - (in_words.group(0).split()[0].lower() == "last"), month=month, day=day)
        candidate = pd.Timestamp(year=published.year, month=month, day=day)
        return candidate if candidate <= published else candidate.replace(year=published.year - 1)
    if expression.kind == "weekday_week":  # "last week Sunday": that day of the week before (weeks from Monday)
        weekday = _WEEKDAY_NAMES.index(next(w for w in text.lower().split() if w in _WEEKDAY_NAMES))
        return published.normalize() - pd.Timedelta(days=published.weekday() + 7 - weekday)
    if expression.kind == "weekday":
        day = re.sub(r"^(?:last|this\s+past)\s+", "", text, flags=re.IGNORECASE)
        if day != text:  # "last Thursday" in a Thursday's paper: a week before, never the same day
            back = (published.weekday() - _WEEKDAY_NAMES.index(day.lower())) % 7 or 7
            return published.normalize() - pd.Timedelta(days=back)
        return _parse(day, published + pd.Timedelta(days=1))
    lowered = text.lower()
    if expression.kind == "relative_event":
        if re.match(_SAME_DAY_LATER, lowered):
            # "Hours later, X said", "Hours earlier, X had told", "Earlier in the day, Y said", "later in the
            # morning": the day the text is about (none known: no day)
            return anchor if anchor is not None and not pd.isna(anchor) else pd.NaT
        base = anchor if anchor is not None and not pd.isna(anchor) else published
        match = re.match(r"(.+?)\s+(days?|weeks?)\s+(earlier|before|later|after)", lowered)
        n = _count(match.group(1)) * (7 if match.group(2).startswith("week") else 1) if match else 1
        later = (match.group(3) in ("later", "after")) if match else ("next" in lowered or "following" in lowered)
        return base + pd.Timedelta(days=n if later else -n)
    if re.match(r"(?:earlier\s+)?this\s+(?:morning|afternoon|evening)$", lowered):
        return published.normalize()  # "this morning": the publication day
    if lowered == "the day before yesterday":
        return published - pd.Timedelta(days=2)
    if lowered.endswith("last night"):  # "said last night": the evening before the paper (or the post)
        return published.normalize() - pd.Timedelta(days=1)
    if lowered.endswith(" ago"):  # "two days ago", "2 years 1 month and 21 days ago"
        offset = {}
        for count, unit in re.findall(r"(a\s+few|a\s+couple\s+of|[\w]+)\s+(day|week|month|year)s?\b", lowered):
            offset[unit + "s"] = offset.get(unit + "s", 0) + _count(count)
        return published - pd.DateOffset(**offset) if offset else pd.NaT
    phrase = re.sub(r"^earlier\s+", "", text, flags=re.IGNORECASE)
    return _parse(phrase, published)


def _count(words: str) -> int:
    words = " ".join(words.split())
    return int(words) if words.isdigit() else NUMBER_WORDS.get(words, 1)


def _day_number(word: str) -> int | None:
    word = word.lower().replace("-", " ")
    digits = re.match(r"(\d{1,2})", word)
    if digits:
        return int(digits.group(1))
    parts = word.split()
    if len(parts) == 2 and parts[0] in _TENS:
        return _TENS[parts[0]] + _ORDINAL_WORDS.get(parts[1], english.NUMBER_WORDS.get(parts[1], 0))
    return _ORDINAL_WORDS.get(word, _CARDINAL_DAYS.get(word))


def _latest(published, day: int | None, months) -> pd.Timestamp:
    """The latest ``day`` of a month (``months`` back from publication) on or before publication."""
    for back in months:
        month_start = (published - pd.DateOffset(months=back)).replace(day=1)
        try:
            candidate = month_start.replace(day=day)
        except (TypeError, ValueError):
            continue
        if candidate <= published:
            return candidate
    return pd.NaT


def _numeric(text: str, published) -> pd.Timestamp:
    """ "21/04/2016", "02/22/2016", "2015/08/12", "4/22": a part over 12 is the day; when both
    could be the month ("08/12/2015") the order is the outlet's convention, unknown here: NaT."""
    parts = [int(p) for p in re.findall(r"\d+", text)]
    if len(parts) == 3 and parts[0] > 31:
        year, month, day = parts
    elif len(parts) == 3 and text.count(".") == 2:  # "14.03.2024", "05.03.2024": dots are printed day first (mt8)
        day, month, year = parts
    elif len(parts) == 2 and max(parts) <= 12 and re.fullmatch(r"\d{1,2}\.\d\d", text):
        # "claimed on 02.10": both parts could be the month; with dots and a two-digit second part, printed day first
        # as with the year ("on 2.5 kilometres" is no date; a part over 12 is the day whatever the order) (dt35)
        day, month, year = parts[0], parts[1], None
    else:
        first, second = parts[0], parts[1]
        if first > 12 and second <= 12:
            day, month = first, second
        elif second > 12 and first <= 12:
            month, day = first, second
        elif first == second and first <= 12:  # "03/03/2025": the same day in either order (dt35)
            month = day = first
        else:
            return pd.NaT
        year = parts[2] if len(parts) == 3 else None
        if year is not None and year < 100:
            year += 2000
    if year is not None:
        return _safe_timestamp(f"{year:04d}-{month:02d}-{day:02d}")
    if pd.isna(published):
        return pd.NaT
    for back in (0, 1):
        try:
            candidate = pd.Timestamp(year=published.year - back, month=month, day=day)
        except ValueError:  # 29 February: not in this year, perhaps in the last
            continue
        if candidate <= published:
            return candidate
    return pd.NaT


def _plain_date(text: str) -> str:
    """ "Wed, the 2nd of October" → "2 October": what dateparser reads reliably."""
    text = re.sub(rf"^(?:{_WEEKDAYS}|{_WEEKDAY_ABBR}),?\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\bthe\s+|\s+of\b|[-/]", " ", text, flags=re.IGNORECASE)
    day = re.search(_DAY_CARDINAL + r"(?![\w])", text, flags=re.IGNORECASE)
    if day:
        number = _day_number(day.group(0))
        text = text[:day.start()] + str(number) + text[day.end():]
    return " ".join(text.replace(".", " ").split())


def _weekday_day(text: str, published) -> pd.Timestamp:
    """ "Friday the 15th": the latest 15th on or before publication that is a Friday (else the 15th)."""
    day = _day_number(re.search(r"\bthe\s+(.+)$", text, flags=re.IGNORECASE).group(1))
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
    """ "the first Friday of July" (the latest such July on or before publication), "the first
    Friday in this month", "second Sunday" (this month's, else last month's)."""
    words = text.lower().replace(",", " ").split()
    if words[0] == "the":
        words = words[1:]
    which = words[0]
    weekday = _WEEKDAY_NAMES.index(words[1])
    rest = words[3:]
    if not rest or rest[0] in ("this", "last"):
        back = 1 if rest and rest[0] == "last" else 0
        for months in (back, back + 1):
            start = (published - pd.DateOffset(months=months)).replace(day=1)
            day = _nth_weekday(f"the {which} {words[1]} of {_MONTH_NAMES[start.month - 1]} {start.year}", published)
            if rest or day <= published:
                return day
        return day
    month = next(i for i, m in enumerate(_MONTH_NAMES, start=1) if m.startswith(rest[0].rstrip(".")[:3]))
    year = int(rest[1]) if len(rest) > 1 and rest[1].isdigit() else published.year
    if len(rest) <= 1 and pd.Timestamp(year=year, month=month, day=1) > published:
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
    parsed = _calendar_day(phrase, base) if prefer == "past" else None
    if parsed is None:  # (not a shape ``_calendar_day`` reads: dateparser, ≈0.7 ms a phrase and base)
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


def _calendar_day(phrase: str, base: pd.Timestamp):
    """What dateparser gives (``prefer`` past) for the phrases ``_resolve`` hands it most, by calendar arithmetic: a
    weekday ("Monday": the latest Monday before ``base``'s day) and a day of a month ("12 March", "March 12", "Sept 3
    2022": that day of the year named, else the latest on or before ``base``'s day); None for any other phrase, a base
    with a time zone or a day the calendar lacks ("29 February" out of a leap year): dateparser reads those. A cache
    miss costs dateparser ≈0.7 ms, and a corpus of many days misses on nearly every phrase (the cache is keyed on the
    base; sp21, issue 17). ``tests/test_speed_sp21.py`` checks it against dateparser over a grid of phrases and bases."""
    weekday = _CALENDAR_WEEKDAYS.get(phrase)
    if base.tzinfo is not None:
        return None
    if weekday is not None:
        return base - pd.Timedelta(days=(base.weekday() - weekday) % 7 or 7)
    shape = _CALENDAR_DAY.fullmatch(phrase)
    if shape is None:
        return None
    month = _CALENDAR_MONTHS[shape.group(2) or shape.group(3)]
    day = int(shape.group(1) or shape.group(4))
    try:
        if shape.group(5):
            return datetime.datetime(int(shape.group(5)), month, day)
        found = datetime.datetime(base.year, month, day)
        return found if found.date() <= base.date() else datetime.datetime(base.year - 1, month, day)
    except ValueError:
        return None


_CALENDAR_WEEKDAYS = {name.title(): i for i, name in enumerate(english.WEEKDAYS)}
_CALENDAR_MONTHS = {**{name.title(): i for i, name in enumerate(english.MONTHS, start=1)},
                    **{name.title()[:3]: i for i, name in enumerate(english.MONTHS, start=1) if name != "may"},
                    "Sept": 9}
_CALENDAR_DAY = re.compile(r"(?:([1-9]|[12]\d|3[01]) ({m})|({m}) ([1-9]|[12]\d|3[01]))(?: ([12]\d{{3}}))?".format(
    m="|".join(sorted(_CALENDAR_MONTHS, key=lambda w: (-len(w), w)))))
