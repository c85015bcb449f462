"""Periods: "in less than two weeks", "this week", "on Thursday", "since the start of the war".

Resolved against the article's date; ``war_dates.csv`` gives the anchors of "since …".

Example:
    >>> import pandas as pd
    >>> text = "They advanced in the last month."
    >>> [(text[a:b], str(s.date()), str(e.date()))
    ...  for a, b, s, e in find_periods(text, 0, len(text), pd.Timestamp("2022-10-14"), [])]
    [('in the last month', '2022-09-14', '2022-10-14')]
"""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from bisect import bisect_right

import pandas as pd

from saidvsdone.english import number_words
from saidvsdone.facts.context import Fact
from saidvsdone.facts.quantities import ONES
from saidvsdone.facts.words import MONTHS, ORDINALS, UNIT_DAYS, WEEKDAYS
from saidvsdone.matcher import fail_fast


NUMBER_WORD = r"(?:\d+|" + number_words(1, 12) + r"|a|an|a\s+few|few|several)"


#: each behind matcher.fail_fast's look-ahead for the characters its matches start with (the same matches; the
#: patterns read a sentence 1.4x faster)
PERIOD_PATTERNS = [
    # "in the first half of the year", "in the third quarter of 2024"
    ("part_of_year", fail_fast(r"\b(?:in|during|over|throughout)\s+the\s+(?P<which>first|second|third|fourth)\s+"
                               r"(?P<part>half|quarter)\s+of\s+(?:(?P<year>(?:19|20)\d\d)\b|(?P<rel>the|this|last)\s+year\b)",
                               re.IGNORECASE)),
    ("window", fail_fast(
        rf"\b(?:in|within|over|during|for)\s+(?:the\s+)?(?:last|past|previous)\s+"
        rf"(?:(?P<n>{NUMBER_WORD})\s+)?(?P<unit>hour|day|week|month|year)s?\b", re.IGNORECASE)),
    # "over 24 hours": a count of hours reported is the hours just before the report
    ("window", fail_fast(rf"\b(?:over|in|within|during)\s+(?:the\s+)?(?P<n>{NUMBER_WORD})\s+"
                         rf"(?P<unit>hour)s?\b", re.IGNORECASE)),
    # "in the two weeks since the offensive began": a window up to the article's date
    ("window", fail_fast(
        rf"\b(?:in|within|over|during)\s+the\s+(?:(?P<n>{NUMBER_WORD})\s+)?"
        rf"(?P<unit>hour|day|week|month|year)s?\s+since\b", re.IGNORECASE)),
    ("window", fail_fast(
        rf"\b(?:in|within)\s+(?:less\s+than|under|just|only|little\s+more\s+than|just\s+over)\s+"
        rf"(?P<n>{NUMBER_WORD})\s+(?P<unit>day|week|month|year)s?\b", re.IGNORECASE)),
    ("window", fail_fast(
        rf"\b(?:in|after|during)\s+(?P<n>{NUMBER_WORD})\s+(?P<unit>day|week|month|year)s?\s+"
        rf"of\s+(?:fighting|war|the\s+war|combat|battle|conflict)\b", re.IGNORECASE)),
    ("vague", fail_fast(r"\b(?:lately|recently|in\s+recent\s+(?:days|weeks|months)"
                        r"|(?:in|over)\s+the\s+(?:past|last)\s+few\s+(?:days|weeks|months))\b",
                        re.IGNORECASE)),
    ("this", fail_fast(r"\b(?:this|last)\s+(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("today", fail_fast(r"\b(?:today|yesterday|tonight|overnight)\b", re.IGNORECASE)),
    ("writing", fail_fast(r"\b(?:as\s+of\s+writing|at\s+the\s+time\s+of\s+writing|as\s+of\s+now"
                          r"|as\s+of\s+today|now)\b", re.IGNORECASE)),
    ("nth_day", fail_fast(r"\bfor\s+an?\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|2nd|3rd"
                          r"|4th|5th)\s+(?:straight\s+|consecutive\s+)?day(?:\s+(?:on\s+)?"
                          r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\b")),
    ("weekday", fail_fast(r"\b(?:on\s+|last\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday"
                          r"|Saturday|Sunday)\b")),
    ("months", fail_fast(r"\b(?:[Ff]rom|[Bb]etween)\s+(?:(?:early|late|mid)[\s-]+)?(?P<m1>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<y1>(?:19|20)\d\d))?"
                         r"\s+(?:to|and|through|until|till)\s+(?:(?:early|late|mid)[\s-]+)?(?P<m2>January|February|March|April|May|June|July|August|September|October|November|December)"
                         r"(?:\s+(?P<y2>(?:19|20)\d\d))?\b(?!\s+\d)")),
    ("date", fail_fast(r"\b(?P<prep>[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil)\s+(?:(?P<day1>\d{1,2})(?:st|nd|rd|th)?\s+)?"
                       r"(?P<month>January|February|March|April|May|June|July|August|September|"
                       r"October|November|December)(?:\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)?"
                       r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")),
    ("month", fail_fast(r"\b(?P<prep>[Ii]n|[Dd]uring|[Tt]hroughout|[Ss]ince|[Ff]rom|[Ll]ast|[Bb]y|"
                        r"[Uu]ntil)\s+(?:(?P<part>early|late|mid)[\s-]+)?(?P<month>January|February|March|"
                        r"April|May|June|July|August|September|October|November|December)"
                        r"(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s+\d)")),
    ("year_start", fail_fast(r"\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+"
                             r"year\b", re.IGNORECASE)),
    # "since the beginning of 2024", "since the start of October", "since the start of the month"
    ("start_of", fail_fast(r"\b(?:[Ss]ince|[Ff]rom)\s+the\s+(?:start|beginning)\s+of\s+(?:(?P<year>(?:19|20)\d\d)\b"
                           r"|(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<myear>(?:19|20)\d\d))?\b|(?:the|this)\s+month\b)")),
    ("year", fail_fast(r"\b(?P<prep>[Ii]n|[Dd]uring|[Tt]hroughout|[Ss]ince|[Bb]y)\s+(?:(?:early|late|"
                       r"mid)[\s-]+)?(?P<year>(?:19|20)\d\d)\b(?!\d|,\d)")),
    ("since", fail_fast(r"\b[Ss]ince\s+(?P<what>[^,.;:]{3,60})")),
]


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
#: Words every match of a pattern holds (lower-cased): a sentence holding none of a pattern's words
#: is not searched with it (most sentences hold no time phrase). ``None``: always searched.
_PERIOD_NEEDS = [("half", "quarter"), ("last", "past", "previous"), ("hour",), ("since",),
                 ("day", "week", "month", "year"), ("fighting", "war", "combat", "battle", "conflict"),
                 ("lately", "recent", "few"), ("week", "month", "year"), ("today", "yesterday", "tonight", "overnight"),
                 ("writing", "now", "today"), ("day",), ("day",), ("from", "between"), _MONTH_NAMES, _MONTH_NAMES,
                 ("start", "beginning"), ("start", "beginning"), ("19", "20"), ("since",)]
_CASE_FOLDS = re.compile("[\u0130\u0131\u017f]")  # İ ı ſ: (?i) matches them with i / s, lower() does not
_NEED_WORDS = tuple(sorted({word for needs in _PERIOD_NEEDS if needs for word in needs}))


def count_of(text: str | None) -> int:
    if not text:
        return 1
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    if text in ("a", "an"):
        return 1
    if text in ("a few", "few", "several"):
        return 0
    return ONES.get(text, 0)


def find_periods(text: str, s_start: int, s_end: int, published, war_dates, said=None) -> list[tuple]:
    """(start, end, period_start, period_end) of every time phrase in a sentence.

    ``said`` is the day the sentence's figure was stated, when a speech act dates it: a window
    ("in the past two weeks", "over the last month", "in recent days") counts back from it, not
    from the publication date.

    Example:
        >>> text = "He said they advanced in the past week."
        >>> [(str(s.date()), str(e.date())) for _, _, s, e in find_periods(
        ...     text, 0, len(text), pd.Timestamp("2023-06-20"), [], said=pd.Timestamp("2023-06-19"))]
        [('2023-06-12', '2023-06-19')]
    """
    sentence = text[s_start:s_end]
    hits: list[tuple] = []
    taken: list[tuple[int, int]] = []
    dated = published is not pd.NaT and published is not None
    if said is not None and (pd.isna(said) or not dated or said > published):
        said = None
    # a sentence about an earlier year ("In September 2022, … in less than two weeks") is never
    # counted from the publication date (nor from a statement day of a later year)
    earlier = earlier_years(sentence, said if said is not None else published) if dated else []
    lowered = None if _CASE_FOLDS.search(sentence) else sentence.lower()
    present = None if lowered is None else {word for word in _NEED_WORDS if word in lowered}  # one pass
    for (kind, pattern), needs in zip(PERIOD_PATTERNS, _PERIOD_NEEDS):
        if present is not None and needs is not None and present.isdisjoint(needs):
            continue
        for m in pattern.finditer(sentence):
            start, end = m.span()
            if any(a < end and start < b for a, b in taken):
                continue
            try:
                base = said if kind in _FROM_SAID and said is not None else published  # counts from the day it was said
                if earlier and _relative(kind, m):
                    resolved = _in_earlier_year(kind, m, earlier, war_dates)
                else:
                    resolved = resolve_period(kind, m, base if dated else None, war_dates)
            except (OverflowError, ValueError):     # "in the last 500 years": no date
                resolved = (pd.NaT, pd.NaT)         # (OutOfBoundsDatetime is a ValueError)
            if resolved is None:
                continue
            taken.append((start, end))
            hits.append((s_start + start, s_start + end) + resolved)
    return hits


#: Time phrases counted from the day the figure was stated, when a speech act dates it.
_FROM_SAID = frozenset({"window", "vague", "this", "year_start", "start_of"})
#: A year named in a time phrase ("In September 2022", "in 2022", "on 12 May 2023"); not one
#: after "since" or "than" (a span up to now, a comparison), nor a count ("2000 square kilometres").
_NAMED_YEAR = fail_fast(
    r"\b(?:(?:in|during|throughout|of|by|until|before|early|late|mid|spring|summer|autumn|fall|winter|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)[\s-]+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)(?P<year>(?:19|20)\d\d)\b(?!,?\d|\s*(?:sq|square|km|kilomet|hectare|mile))",
    re.IGNORECASE)

#: Words before a named year that make it a span up to now or a comparison, not the time the
#: sentence is about ("since 2022", "more than in all of 2023", "compared with May 2024").
_NOT_ABOUT = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|since|versus|vs\.?|up\s+from|down\s+from)\s+"
    r"(?:(?:in|during|all|of|the|whole|same|period|time|early|late|mid|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|\d{1,2}(?:st|nd|rd|th)?,?)[\s-]+){0,5}$", re.IGNORECASE)


def earlier_years(sentence: str, day) -> list[int]:
    """The years a sentence names in its time phrases that come before ``day``'s year (sorted,
    without repeats): a sentence about an earlier time, whose relative phrases ("in less than
    two weeks", "this month") cannot be counted from ``day``.

    Example:
        >>> earlier_years("In September 2022, Ukrainian forces recaptured 6,000 km² in two weeks.",
        ...               pd.Timestamp("2025-09-08"))
        [2022]
        >>> earlier_years("Russia took 500 km² this month, more than in all of 2023.", pd.Timestamp("2024-06-01"))
        []
    """
    if day is None or pd.isna(day) or ("19" not in sentence and "20" not in sentence):
        return []  # (every named year opens with one of the two)
    found = {int(m.group("year")) for m in _NAMED_YEAR.finditer(sentence)
             if not _NOT_ABOUT.search(sentence, max(0, m.start() - 60), m.start("year"))}
    if any(year >= day.year for year in found):
        return []       # the sentence also names the present year: its relative phrases may be about now
    return sorted(found)


def _relative(kind: str, m: re.Match) -> bool:
    """A time phrase that is counted from a day ("in the past week", "this month", "on Friday") or
    takes its year from one ("in May", "since the start of the month")."""
    if kind in ("window", "vague", "this", "today", "writing", "nth_day", "weekday", "year_start"):
        return True
    if kind in ("month", "date", "start_of"):
        return not (m.groupdict().get("year") or m.groupdict().get("myear"))
    if kind == "months":
        return not m.group("y2")
    return False


def _in_earlier_year(kind: str, m: re.Match, years: list[int], war_dates):
    """A relative time phrase in a sentence about an earlier year: a month or a day of a month
    ("In 2022 … in May") takes the one year the sentence names, and a span from it ("since
    May") has no known end; a phrase counted from a day ("in less than two weeks", "this
    month") has no day to count from: (NaT, NaT), so the figure is not checked."""
    if len(years) != 1 or kind not in ("month", "date", "months", "start_of") or \
            (kind == "start_of" and not m.group("month")):
        return pd.NaT, pd.NaT
    year_end = pd.Timestamp(year=years[0], month=12, day=31)
    resolved = resolve_period(kind, m, year_end, war_dates)
    if resolved is None:
        return None
    begin, finish = resolved
    return begin, (pd.NaT if finish == year_end and kind in ("date", "start_of", "month") and
                   m.groupdict().get("prep", "since").lower() in ("since", "from") else finish)


def resolve_period(kind: str, m: re.Match, published, war_dates):
    """(period_start, period_end) of one time phrase (NaT where open or undated), or None
    for a "since …" that names no known anchor. ``published`` is None when undated."""
    begin, finish = pd.NaT, pd.NaT
    dated = published is not None
    if kind == "window":
        n = count_of(m.group("n"))
        if n == 0:              # "in the last few days": vague
            return (pd.NaT, published) if dated else (pd.NaT, pd.NaT)
        if dated:
            unit = m.group("unit").lower()
            if unit == "hour":      # "in the past 24 hours": the day(s) before the article
                begin = published - pd.Timedelta(days=max(1, -(-n // 24)))
            elif unit == "month":
                begin = published - pd.DateOffset(months=n)
            elif unit == "year":
                begin = published - pd.DateOffset(years=n)
            else:
                begin = published - pd.Timedelta(days=n * UNIT_DAYS[unit])
            finish = published
    elif kind == "vague":
        finish = published if dated else pd.NaT
    elif kind == "this":
        if dated:
            begin, finish = this_or_last(m, published)
    elif kind == "today":
        if dated:
            word = m.group().lower()
            begin = finish = published - pd.Timedelta(days=1) if word == "yesterday" \
                else published
            if word == "overnight":
                begin = published - pd.Timedelta(days=1)
    elif kind == "writing":
        if dated:
            begin = finish = published
    elif kind == "nth_day":
        if dated:
            day = weekday_on_or_before(published, m.group("day")) if m.group("day") \
                else published
            begin, finish = day - pd.Timedelta(days=ORDINALS[m.group("ord")] - 1), day
    elif kind == "weekday":
        if dated:
            begin = finish = weekday_on_or_before(published, m.group("day"))
    elif kind == "months":
        return months_period(m, published)
    elif kind == "date":
        return date_period(m, published)
    elif kind == "month":
        return month_period(m, published)
    elif kind == "start_of":
        return start_of_period(m, published)
    elif kind == "part_of_year":
        return part_of_year(m, published)
    elif kind == "year_start":
        if dated:
            begin, finish = published.replace(month=1, day=1), published
    elif kind == "year":
        year = int(m.group("year"))
        first, last = pd.Timestamp(year=year, month=1, day=1), pd.Timestamp(year=year, month=12, day=31)
        if dated and last > published >= first:
            last = published
        prep = m.group("prep").lower()
        if prep == "since":
            return first, (published if dated else pd.NaT)
        return (pd.NaT, last) if prep == "by" else (first, last)
    elif kind == "since":
        what = m.group("what")
        anchor = next((stamp for anchor_re, stamp in war_dates if anchor_re.search(what)), None)
        if anchor is None:
            return None
        begin, finish = anchor, (published if dated else pd.NaT)
        if dated and anchor > published:
            return pd.NaT, pd.NaT       # an anchor after the article's date: not this one
    return begin, finish


def part_of_year(m: re.Match, published):
    """"in the first half of the year" (the article's year; "last year" the one before), "in the
    third quarter of 2024": its first and last day (up to the article's date)."""
    if m.group("year"):
        year = int(m.group("year"))
    elif published is None:
        return pd.NaT, pd.NaT
    else:
        year = published.year - (1 if m.group("rel").lower() == "last" else 0)
    which = ("first", "second", "third", "fourth").index(m.group("which").lower())
    months = 6 if m.group("part").lower() == "half" else 3
    if which * months >= 12:
        return None     # "the third half": no such part
    first = pd.Timestamp(year=year, month=which * months + 1, day=1)
    last = first + pd.DateOffset(months=months) - pd.Timedelta(days=1)
    if published is not None and last > published >= first:
        last = published
    return first, last


def year_of(month: int, written: str | None, published, day: int = 1) -> int | None:
    """The year of a month (and day) named in a period: the year written, else the last one in which that day comes
    up to the article's date ("in March" in a June article: this March; in a February article: last March); None
    with neither."""
    if written:
        return int(written)
    if published is None:
        return None
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def start_of_period(m: re.Match, published):
    """"since the beginning of 2024" / "of October" / "of the month": from the first day of that
    year or month to the article's date."""
    if m.group("year"):
        begin = pd.Timestamp(year=int(m.group("year")), month=1, day=1)
    elif m.group("month"):
        month = MONTHS.index(m.group("month").lower()) + 1
        year = year_of(month, m.group("myear"), published)
        if year is None:
            return pd.NaT, pd.NaT
        begin = pd.Timestamp(year=year, month=month, day=1)
    elif published is not None:
        begin = published.replace(day=1)
    else:
        return pd.NaT, pd.NaT
    if published is not None and begin > published:
        return pd.NaT, pd.NaT
    return begin, (published if published is not None else pd.NaT)


def months_period(m: re.Match, published):
    """"from January to May", "between June and August 2023": the first day of the first month
    to the last day of the second (or the article's date when that month is its own)."""
    first_month = MONTHS.index(m.group("m1").lower()) + 1
    last_month = MONTHS.index(m.group("m2").lower()) + 1
    year = year_of(last_month, m.group("y2"), published)
    if year is None:
        return pd.NaT, pd.NaT
    first_year = int(m.group("y1")) if m.group("y1") else \
        (year if first_month <= last_month else year - 1)
    begin = pd.Timestamp(year=first_year, month=first_month, day=1)
    finish = pd.Timestamp(year=year, month=last_month, day=1) + pd.offsets.MonthEnd(0)
    if published is not None and finish > published >= begin:
        finish = published
    return begin, finish


def date_period(m: re.Match, published):
    """"since May 10" (to the article's date), "by 12 August" (open start): a day of a month,
    in the year written or the last one up to the article's date. None without a day (the
    month reading takes it)."""
    day = m.group("day1") or m.group("day2")
    if not day:
        return None
    month = MONTHS.index(m.group("month").lower()) + 1
    year = year_of(month, m.group("year"), published, int(day))
    if year is None:
        return pd.NaT, pd.NaT
    try:
        stamp = pd.Timestamp(year=year, month=month, day=int(day))
    except ValueError:          # "since February 30": no such day
        return None
    if m.group("prep").lower() in ("by", "until"):
        return pd.NaT, stamp
    return stamp, (published if published is not None else pd.NaT)


def month_period(m: re.Match, published):
    """"in March" (the last March up to the article's date, or the year written), "since
    March" (to the article's date), "by March" (open start); "early", "mid" and "late" March
    are its days 1–10, 11–20 and 21 to the end."""
    month = MONTHS.index(m.group("month").lower()) + 1
    year = year_of(month, m.group("year"), published)
    if year is None:
        return pd.NaT, pd.NaT
    first = pd.Timestamp(year=year, month=month, day=1)
    last = first + pd.offsets.MonthEnd(0)
    part = (m.groupdict().get("part") or "").lower()  # "early May" 1–10, "mid-May" 11–20, "late May" 21–31
    if part:
        first, last = {"early": (first, first + pd.Timedelta(days=9)),
                       "mid": (first + pd.Timedelta(days=10), first + pd.Timedelta(days=19)),
                       "late": (first + pd.Timedelta(days=20), last)}[part]
        if published is not None and first > published and not m.group("year"):  # "late May" on 15 May
            first, last = first - pd.DateOffset(years=1), last - pd.DateOffset(years=1)
    if published is not None and last > published >= first:
        last = published
    prep = m.group("prep").lower()
    if prep in ("since", "from"):
        return first, (published if published is not None else pd.NaT)
    if prep in ("by", "until"):
        return pd.NaT, last
    return first, last


def this_or_last(m: re.Match, published):
    """"this week" (Monday to the article's day), "last month" (the whole month before) …"""
    unit = m.group("unit").lower()
    last = m.group().lower().startswith("last")
    if unit == "week":
        monday = published - pd.Timedelta(days=published.weekday())
        return (monday - pd.Timedelta(days=7), monday - pd.Timedelta(days=1)) \
            if last else (monday, published)
    if unit == "month":
        first = published.replace(day=1)
        return (first - pd.DateOffset(months=1), first - pd.Timedelta(days=1)) \
            if last else (first, published)
    first = published.replace(month=1, day=1)
    return (first - pd.DateOffset(years=1), first - pd.Timedelta(days=1)) \
        if last else (first, published)


def weekday_on_or_before(published, day_name: str):
    target = WEEKDAYS.index(day_name.lower())
    return published - pd.Timedelta(days=(published.weekday() - target) % 7)


def period_of(ctx, fact: Fact, s_start: int, s_end: int):
    best = None
    for hit in period_phrases(ctx, s_start, s_end):
        h_start, h_end = hit[0], hit[1]
        if h_start < fact.end and h_end > fact.start and fact.quantity is not None:
            continue
        distance = h_start - fact.end if h_start >= fact.end else fact.start - h_end
        distance = max(distance, 0)
        if best is None or distance < best[0]:
            best = (distance, hit)
    if best is None:
        return "", pd.NaT, pd.NaT
    _, (h_start, h_end, begin, finish) = best
    return ctx.text[h_start:h_end], begin, finish


def period_phrases(ctx, s_start: int, s_end: int) -> list[tuple]:
    key = (s_start, s_end)
    if key not in ctx.period_cache:
        ctx.period_cache[key] = find_periods(ctx.text, s_start, s_end, ctx.published,
                                               ctx.v.war_dates, _said_on(ctx, s_start))
    return ctx.period_cache[key]


def _said_on(ctx, pos: int):
    """The statement day of the speech act whose sentence holds ``pos`` (else of the dated quote
    around it), from the shared speech layer; None when no speech act dates it."""
    doc = getattr(ctx, "doc", None)
    if doc is None:
        return None
    sentence = doc.sentence_at(pos)
    if sentence is not None:
        acts = [a for a in doc.speech.acts_in(sentence.start) if a.date is not None and not pd.isna(a.date)]
        if acts:  # the act whose words hold the figure: the last cue before it, else the first after
            before = [a for a in acts if a.cue.start <= pos]
            return (before[-1] if before else min(acts, key=lambda a: a.cue.start)).date
    starts = doc.__dict__.get("_quote_outer_starts")
    if starts is None:  # once per document: no list rebuilt per figure
        starts = doc.__dict__["_quote_outer_starts"] = [q.span.outer_start for q in doc.quotes]
    i = bisect_right(starts, pos) - 1
    if i >= 0 and pos < doc.quotes[i].span.outer_end:
        date = doc.speech.quotes[i].date
        if date is not None and not pd.isna(date):
            return date
    return None
