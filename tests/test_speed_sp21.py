"""Speed-ups of round 17, sp21 (issue 17): each rewritten piece gives what its earlier form gives, on invented
phrases and sentences; one case each shows what must not change."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from saidvsdone import when


# --- when._parse: weekdays and days of a month by calendar arithmetic, dateparser for the rest -------------------

def _dateparser_day(phrase: str, base: pd.Timestamp, prefer: str = "past"):
    """``when._parse`` as it was before sp21: every phrase read by dateparser."""
    import dateparser

    settings = {"RELATIVE_BASE": base.to_pydatetime(), "PREFER_DATES_FROM": prefer,
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return pd.NaT
    if parsed is None:
        return pd.NaT
    if parsed.year < when.EARLIEST.year:
        return when.EARLIEST - pd.Timedelta(days=1)
    return pd.Timestamp(parsed.date())


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]


def _bases(n: int, seed: int):
    rng = random.Random(seed)
    fixed = [pd.Timestamp("2024-02-29 10:00"), pd.Timestamp("2023-03-01"), pd.Timestamp("1900-01-03 23:59"),
             pd.Timestamp("2022-12-31 23:00"), pd.Timestamp("2023-01-01 00:00"), pd.Timestamp("1899-12-31")]
    return fixed + [pd.Timestamp("1995-01-01") + pd.Timedelta(days=rng.randrange(16_000), hours=rng.choice([0, 9, 23]),
                                                              minutes=rng.choice([0, 30, 59])) for _ in range(n)]


def _same(phrase, base):
    new, old = when._parse.__wrapped__(phrase, base), _dateparser_day(phrase, base)
    assert (new is pd.NaT and old is pd.NaT) or (new == old and new.unit == old.unit), (phrase, base, new, old)


@pytest.mark.parametrize("weekday", _WEEKDAYS)
def test_weekday_is_what_dateparser_gives(weekday):
    for base in _bases(40, hash(weekday) % 1000):
        _same(weekday, base)
        _same(weekday, base + pd.Timedelta(days=1))  # (how _resolve asks: the day after publication)


def test_day_of_month_is_what_dateparser_gives():
    rng = random.Random(17)
    for base in _bases(120, 3):
        month = rng.choice(_MONTHS)
        day = rng.choice([1, 28, 29, 30, 31, base.day, rng.randrange(1, 32)])
        year = rng.choice([1850, 1899, 1900, 2000, 2100, base.year, base.year - 1, base.year + 1])
        for phrase in (f"{day} {month}", f"{month} {day}", f"{day} {month} {year}", f"{month} {day} {year}"):
            _same(phrase, base)
        if base.month - 1 < 12:  # the base's own day and its neighbours, the year's turn
            name = _MONTHS[base.month - 1]
            for d in (base.day - 1, base.day, base.day + 1):
                if d >= 1:
                    _same(f"{d} {name}", base)
                    _same(f"{name} {d}", base)


def test_calendar_day_reads_only_its_shapes():
    base = pd.Timestamp("2023-05-17 08:00")
    assert when._calendar_day("Monday", base) is not None
    assert when._calendar_day("12 March", base) is not None
    assert when._calendar_day("Sept 3 2022", base) is not None
    # left to dateparser: another case, another shape, a day the calendar lacks, a time zone
    for phrase in ("monday", "MONDAY", "Mondays", "today", "yesterday", "12 march", "March 12, 2022", "12th March",
                   "March 2022", "32 March", "0 March", "03 March", "29 February", "31 April", "12 Mars", "12 May 22"):
        assert when._calendar_day(phrase, base) is None, phrase
    assert when._calendar_day("Monday", pd.Timestamp("2023-05-17 08:00", tz="UTC")) is None
    for phrase in ("today", "March 12, 2022", "29 February", "12th March"):
        _same(phrase, base)


def test_resolved_dates_in_a_sentence_are_unchanged():
    """What must not change: the days a sentence's dates resolve to, through ``resolve``."""
    text = ("The minister said on Tuesday that the talks of 3 March had failed; on March 12 2021 and on Sept 9 the "
            "army said the same, and the mayor spoke last Friday.")
    published = pd.Timestamp("2023-03-15 14:20")
    days = [when.resolve(e, published).day for e in when.find(text)]
    assert days == [pd.Timestamp("2023-03-14"), pd.Timestamp("2023-03-03"), pd.Timestamp("2021-03-12"),
                    pd.Timestamp("2022-09-09"), pd.Timestamp("2023-03-10")]


# --- People.country_names: the countries as a set, not a scan of country_of_form.values() --------------------------

def test_country_names_is_the_set_of_the_forms_countries():
    from saidvsdone import mentions
    who = mentions.people()
    assert who.country_names == frozenset(who.country_of_form.values())
    assert who.country_names is who.country_names  # (made once a who-is-who)
    for name in ["Russia", "Ukraine", "United States", "Moscow", "Kyiv", "Russian", "Olena Marchuk", "Burton", "",
                 "NATO", "russia", "Ukraine ", "the Kremlin", "Belarus", "Oleh Kravets"]:
        assert (name in who.country_names) == (name in who.country_of_form.values()), name


def test_a_replaced_who_is_who_reads_its_own_countries():
    import dataclasses

    from saidvsdone import mentions
    who = mentions.people()
    assert "Ruritania" not in who.country_names
    other = dataclasses.replace(who, country_of_form={**who.country_of_form, "Ruritanian": "Ruritania"})
    assert "Ruritania" in other.country_names and "Ruritania" not in who.country_names


def test_person_tests_are_unchanged():
    """What must not change: who may be "he" or "she" (countries and their forms never)."""
    from saidvsdone import mentions
    who = mentions.people()
    assert [mentions.could_be_person(n, who) for n in ("Burton", "Olena Marchuk", "NATO", "Russia", "Ukraine",
                                                        "Kharkiv", "")] == [True, True, False, False, False, False, False]
    assert [mentions.is_person(n, who) for n in ("Olena Marchuk", "Russia", "Burton")] == [True, False, False]
