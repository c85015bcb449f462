"""Territory — sourced daily series of the area of Ukraine held by Russia.

Two reference series ship in ``data/territory/`` (provenance in its README):

* ``"deepstate"`` — DeepStateMap's "occupied" area, one value per UTC day
  (the last map of that day), 2022-04-03 → 2026-08-21, computed from two
  archives of the map joined on 2024-07-06/07 (column ``series`` names the
  archive). 91 days have no map; see :func:`value_on` for how they are read.
* ``"isw"`` — ISW/CTP "assessed Russian control", as measured by The Economist,
  daily 2022-02-24 → 2023-02-08.

The API: :func:`load` a series, :func:`value_on` (the value in force on
each of many dates), :func:`change` (net change between two dates),
:func:`baseline` (the pre-invasion area), and :func:`from_geojson` to measure
map snapshots yourself.

Pitfalls to keep in mind when quoting these numbers:

* **Net, not gross.** A change between two dates is a *net* change: Russian
  gains and Ukrainian recaptures in between cancel out. Reporting often quotes
  gross gains ("Russia captured 584 km² in 2023") that a net series cannot
  show (DeepState's 2023 net change is −185 km²).
* **The pre-2022 baseline is included.** Both series include Crimea and the
  parts of Donetsk and Luhansk held before 24 Feb 2022 (about 42,981 km², ~7%,
  see :func:`baseline`). "Russia holds ~19% of Ukraine" counts those areas;
  "taken since 2022" does not. Different maps draw the baseline differently
  (DeepState's own Crimea + ORDLO polygons measure ~43,375 km²), so
  ``area − baseline().area_km2`` is approximate.
* **April 2022 is partly mapping.** The DeepState (and ISW) maps were still
  being completed in April 2022: the rise from ~107k to ~121k km² that month is
  partly polygons being drawn, not troops advancing.
* **Denominators differ.** Shares here use ``UKRAINE_AREA_KM2 = 603,628`` km²
  (incl. Crimea); other sources use 603,500 km² or the pre-2014 territory, and
  their percentages differ in the second decimal.
* **Grey zones are not counted.** DeepState's "unknown status / contested"
  zones (about 1,000 km²) are excluded from its occupied area.
* **Definitions differ.** ISW "assessed control" and DeepState "occupied" are
  different lines drawn by different people; compare a claim with one series
  at a time, never mix values from both in one change.
* **End-of-day values.** A value dated D is the map as of the end of day D
  (UTC). A statement made during day D may predate that day's map; ask for
  D − 1 day if you need the situation *before* the statement.

Example:
    >>> from saidvsdone import territory
    >>> deepstate = territory.load("deepstate")
    >>> deepstate[["date", "area_km2", "share_pct"]].tail(1).round({"area_km2": 1, "share_pct": 2})
               date  area_km2  share_pct
    1510 2026-08-21  116994.9      19.38
    >>> print(territory.change(deepstate, "2024-12-31", "2025-12-31"))
    deepstate: 111,872.1 km² (2024-12-31, map of 2024-12-30) → 116,218.6 km² (2025-12-31): +4,346.5 km² (+0.72 pp of Ukraine)
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from pyproj import Geod
from shapely.geometry import shape

from saidvsdone._paths import data_file

__all__ = [
    "UKRAINE_AREA_KM2", "SOURCES", "SOURCE_CREDITS", "MAX_STALENESS_DAYS",
    "load", "baseline", "value_on", "change", "from_geojson", "SeriesIndex",
    "Baseline", "AreaChange", "GeoJSONError", "MAX_GEOJSON_DEPTH",
]

#: Area of Ukraine in km², including Crimea (the denominator of every ``share_pct``).
UKRAINE_AREA_KM2 = 603_628

#: The series :func:`load` knows, by name.
SOURCES = ("deepstate", "isw")

#: How long an observation stays "in force" after its date. DeepState's longest
#: gap is 3 days (two missing maps); beyond this a value is treated as unknown,
#: not carried forward, including after the last observation of a series.
MAX_STALENESS_DAYS = 3

#: Credit lines to print under any chart or table built from a series.
SOURCE_CREDITS = {
    "deepstate": (
        "DeepStateMap (deepstatemap.live) occupied-area polygons, as archived in "
        "github.com/DanielRose2310/deepstatemaps-history (to 2024-07-06) and "
        "github.com/cyterat/deepstate-map-data (GPL-3.0, from 2024-07-07); "
        "geodesic areas computed for Said vs Done. The map data belong to DeepStateMap."
    ),
    "isw": (
        "ISW/CTP \"assessed Russian control\" maps, area as measured by The Economist "
        "(github.com/TheEconomist/the-economist-war-fire-model, CC BY 4.0: cite The Economist)."
    ),
}

_FILES = {
    "deepstate": "deepstate_occupied_area_daily_merged.csv",
    "isw": "isw_assessed_russian_control_daily_2022-02_2023-02.csv",
}
_FACTS_FILE = "territory_facts.csv"
_AREA_COLUMN = {"deepstate": "occupied_km2", "isw": "isw_assessed_russian_control_km2"}
_EXTRA_COLUMNS = {"deepstate": ["series"], "isw": ["change_km2"]}

_WGS84 = Geod(ellps="WGS84")


# ---------------------------------------------------------------- load


def load(source: str = "all") -> pd.DataFrame:
    """The daily reference series, one row per source and day.

    Columns: ``date`` (datetime64, midnight of the UTC day), ``source``
    (``"deepstate"`` / ``"isw"``), ``area_km2``, ``share_pct`` (% of
    :data:`UKRAINE_AREA_KM2`), then what the source adds: ``series`` (the
    DeepState archive a row comes from) and ``change_km2`` (ISW's change from
    the previous day). Sorted by source, then date. ``df.attrs["sources"]``
    maps each source in the frame to its credit line.

    Both series include Crimea and the areas held before 2022 (see
    :func:`baseline`); DeepState's grey "unknown status" zones are not counted.
    Days without a DeepState map are absent, not filled: use :func:`value_on`.

    Example:
        >>> from saidvsdone import territory
        >>> isw = territory.load("isw")
        >>> peak = isw.loc[isw["area_km2"].idxmax()]
        >>> print(f"{peak.date:%Y-%m-%d}: {peak.area_km2:,.0f} km² ({peak.share_pct:.2f}% of Ukraine)")
        2022-03-28: 136,959 km² (22.69% of Ukraine)
        >>> territory.load()["source"].value_counts().to_dict()
        {'deepstate': 1511, 'isw': 350}
    """
    names = _source_names(source)
    frames = [_read_source(name) for name in names]
    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].copy()
    frame.attrs = {
        "sources": {name: SOURCE_CREDITS[name] for name in names},
        "ukraine_area_km2": UKRAINE_AREA_KM2,
    }
    return frame


def _source_names(source: str) -> tuple[str, ...]:
    if source == "all":
        return SOURCES
    if source in SOURCES:
        return (source,)
    valid = ", ".join(repr(name) for name in (*SOURCES, "all"))
    raise ValueError(f"unknown territory source {source!r}; valid sources: {valid}")


@lru_cache(maxsize=None)
def _read_source(name: str) -> pd.DataFrame:
    raw = pd.read_csv(data_file("territory", _FILES[name]))
    frame = pd.DataFrame({
        "date": pd.to_datetime(raw["date"], format="%Y-%m-%d"),
        "source": name,
        "area_km2": raw[_AREA_COLUMN[name]].astype(float),
    })
    frame["share_pct"] = frame["area_km2"] / UKRAINE_AREA_KM2 * 100
    for column in _EXTRA_COLUMNS[name]:
        frame[column] = raw[column]
    if not frame["date"].is_monotonic_increasing or frame["date"].duplicated().any():
        raise ValueError(f"{_FILES[name]}: dates must be unique and in order")
    return frame


# ---------------------------------------------------------------- baseline


@dataclass(frozen=True)
class Baseline:
    """The area occupied before the full-scale invasion, with its source."""

    date: pd.Timestamp
    area_km2: float
    share_pct: float
    source: str
    url: str
    note: str


def baseline() -> Baseline:
    """The area held by Russia and its proxies on 23 Feb 2022 (Crimea + parts of Donetsk and Luhansk).

    Read from ``territory_facts.csv``: 42,981 km² (liveuamap polygons clipped to
    Ukraine's border), i.e. ~7.1% of Ukraine, in line with War Mapper's
    "approximately 7%". It is approximate: each map draws the pre-2022 line a
    little differently (DeepState's own pre-2022 polygons measure ~43,375 km²),
    so ``area − baseline`` ("taken since 2022") carries an error of a few
    hundred km².

    Example:
        >>> from saidvsdone import territory
        >>> pre = territory.baseline()
        >>> pre.area_km2, round(pre.share_pct, 1), str(pre.date.date())
        (42981.0, 7.1, '2022-02-23')
        >>> pre.url
        'https://github.com/conflict-investigations/liveuamap-analysis'
    """
    facts = _facts()
    row = facts[(facts["date"] == "2022-02-23") & (facts["metric"] == "russian_controlled_area_km2")]
    if len(row) != 1:
        raise ValueError(f"{_FACTS_FILE}: expected one pre-invasion area row, found {len(row)}")
    row = row.iloc[0]
    area = float(row["value"])
    return Baseline(
        date=pd.Timestamp(row["date"]),
        area_km2=area,
        share_pct=area / UKRAINE_AREA_KM2 * 100,
        source=row["source"].strip(),
        url=row["url"],
        note=row["note"],
    )


@lru_cache(maxsize=None)
def _facts() -> pd.DataFrame:
    return pd.read_csv(data_file("territory", _FACTS_FILE), dtype={"date": str})


# ---------------------------------------------------------------- as-of lookups


def value_on(series, dates, *, source: str | None = None,
             max_staleness_days: int = MAX_STALENESS_DAYS) -> pd.DataFrame:
    """The value in force on each date: the last observation on or before it.

    ``series`` is a frame from :func:`load` (or a source name, which is
    loaded); if it holds several sources, pick one with ``source=``. ``dates``
    is one date or many (strings, datetimes, a Series — whose index is kept).
    Times of day are dropped; time-zone-aware values are converted to UTC first.
    A number is refused (TypeError: it is not read as nanoseconds since 1970);
    an unreadable string or a year outside 1677–2262 raises ValueError.

    Returns one row per requested date with ``date``, ``source``,
    ``observed_on`` (the observation used), ``area_km2``, ``share_pct`` and
    ``status``:

    * ``"ok"`` — a value is in force;
    * ``"before_start"`` — the date precedes the series: NaN;
    * ``"stale"`` — the last observation is more than ``max_staleness_days``
      old (after the series ends, or in a long gap): NaN. Values are never
      carried forward indefinitely, and never interpolated;
    * ``"no_date"`` — the requested date is missing (NaT): NaN.

    Example:
        >>> from saidvsdone import territory
        >>> deepstate = territory.load("deepstate")
        >>> territory.value_on(deepstate, ["2022-03-01", "2025-03-31", "2026-09-30"])[
        ...     ["date", "observed_on", "area_km2", "status"]]
                date observed_on  area_km2        status
        0 2022-03-01         NaT       NaN  before_start
        1 2025-03-31  2025-03-29  112514.8            ok
        2 2026-09-30         NaT       NaN         stale
    """
    frame, name = _single_source(series, source)
    return _values(frame, name, dates, _staleness(max_staleness_days))


def _values(frame: pd.DataFrame, name: str, dates, max_staleness_days: int) -> pd.DataFrame:
    """:func:`value_on` on a series :func:`_single_source` has read already (``frame``, ``name``)."""
    requested = as_days(dates)
    index = dates.index if isinstance(dates, pd.Series) else pd.RangeIndex(len(requested))

    observed = frame["date"].to_numpy(dtype="datetime64[ns]")
    observed_on, area, status = _in_force(observed, frame["area_km2"].to_numpy(dtype=float),
                                          requested.to_numpy(dtype="datetime64[ns]"), max_staleness_days)
    return pd.DataFrame({
        "date": requested.to_numpy(),
        "source": name,
        "observed_on": observed_on.astype(requested.dtype),
        "area_km2": area,
        "share_pct": area / UKRAINE_AREA_KM2 * 100,
        "status": status,
    }, index=index)


def _in_force(observed: np.ndarray, areas: np.ndarray, wanted: np.ndarray,
              max_staleness_days: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(observed_on, area_km2, status) in force on each ``wanted`` day (datetime64[ns]), from one
    source's sorted observation days and areas: :func:`value_on`'s reading, on arrays, so a caller
    that asks about many days of one series resolves the series once (``compare``, cp3)."""
    missing = np.isnat(wanted)
    position = np.searchsorted(observed, wanted, side="right") - 1
    before = ~missing & (position < 0)
    position = position.clip(min=0)
    age = wanted - observed[position]
    stale = ~missing & ~before & (age > np.timedelta64(max_staleness_days, "D"))
    found = ~(missing | before | stale)

    area = np.where(found, areas[position], np.nan)
    status = np.select([missing, before, stale], ["no_date", "before_start", "stale"], default="ok")
    observed_on = np.where(found, observed[position], np.datetime64("NaT", "ns"))
    return observed_on, area, status


@dataclass(frozen=True)
class AreaChange:
    """Net change of one series between two dates (see :func:`change`)."""

    source: str
    start: pd.Timestamp
    end: pd.Timestamp
    start_observed: pd.Timestamp
    end_observed: pd.Timestamp
    start_km2: float
    end_km2: float
    change_km2: float
    change_pct_points: float
    covered: bool
    note: str

    def __str__(self) -> str:
        if not self.covered:
            return f"{self.source}: {self.start.date()} → {self.end.date()}: no value ({self.note})"
        return (
            f"{self.source}: {self.start_km2:,.1f} km² ({_day_and_map(self.start, self.start_observed)}) → "
            f"{self.end_km2:,.1f} km² ({_day_and_map(self.end, self.end_observed)}): "
            f"{self.change_km2:+,.1f} km² ({self.change_pct_points:+.2f} pp of Ukraine)"
        )


def _day_and_map(asked: pd.Timestamp, observed: pd.Timestamp) -> str:
    """The day asked about, and the day of the map in force on it when that is an earlier one ("2024-12-31, map of
    2024-12-30"): a reader who asked for the 31st sees why another date is printed."""
    if pd.isna(observed) or observed.normalize() == asked.normalize():
        return f"{asked.date()}"
    return f"{asked.date()}, map of {observed.date()}"


def change(series, start, end, *, source: str | None = None,
           max_staleness_days: int = MAX_STALENESS_DAYS) -> AreaChange:
    """Net change in held area from ``start`` to ``end``, using the value in force on each date.

    Each date is read as in :func:`value_on` (last observation on or before
    it, at most ``max_staleness_days`` old). When either date has no value in
    force — before the series starts, or past its end — ``covered`` is False,
    the numbers are NaN and ``note`` says why. ``change_pct_points`` is the
    change in percentage points of :data:`UKRAINE_AREA_KM2`.

    This is a **net** change: gains and losses in between cancel, so a quiet
    net figure can hide heavy fighting (DeepState, 2023: −185 km² net). It
    says nothing about *who* moved where. Across April 2022 it also includes
    map completion, not only movement.

    Example:
        >>> from saidvsdone import territory
        >>> kharkiv = territory.change("deepstate", "2022-09-05", "2022-09-20")
        >>> print(kharkiv)
        deepstate: 124,996.0 km² (2022-09-05) → 116,467.7 km² (2022-09-20): -8,528.3 km² (-1.41 pp of Ukraine)
        >>> early = territory.change("deepstate", "2022-03-01", "2022-09-20")
        >>> early.covered, early.note
        (False, 'start 2022-03-01 is before the deepstate series begins (2022-04-03)')
    """
    frame, name = _single_source(series, source)
    return _change(frame, name, start, end, _staleness(max_staleness_days))


def _change(frame: pd.DataFrame, name: str, start, end, max_staleness_days: int) -> AreaChange:
    """:func:`change` on a series :func:`_single_source` has read already (``frame``, ``name``)."""
    start, end = as_day(start, "start"), as_day(end, "end")
    if pd.isna(start) or pd.isna(end):
        raise ValueError("change() needs both a start and an end date")
    if start > end:
        raise ValueError(f"start {start.date()} is after end {end.date()}")

    values = _values(frame, name, [start, end], max_staleness_days)
    first, last = values.iloc[0], values.iloc[1]
    notes = [_status_note(label, row, frame, name, max_staleness_days)
             for label, row in (("start", first), ("end", last)) if row["status"] != "ok"]
    delta = last["area_km2"] - first["area_km2"]
    return AreaChange(
        source=name,
        start=start,
        end=end,
        start_observed=first["observed_on"],
        end_observed=last["observed_on"],
        start_km2=float(first["area_km2"]),
        end_km2=float(last["area_km2"]),
        change_km2=float(delta),
        change_pct_points=float(delta / UKRAINE_AREA_KM2 * 100),
        covered=not notes,
        note="; ".join(notes),
    )


def _status_note(label: str, row: pd.Series, frame: pd.DataFrame, name: str, max_staleness_days: int) -> str:
    day = row["date"].date()
    if row["status"] == "before_start":
        return f"{label} {day} is before the {name} series begins ({frame['date'].iloc[0].date()})"
    last = frame.loc[frame["date"] <= row["date"], "date"].iloc[-1].date()
    return f"{label} {day}: no {name} observation within {max_staleness_days} days (last: {last})"


def _single_source(series, source: str | None) -> tuple[pd.DataFrame, str]:
    """One source's observations, sorted by date, without missing areas."""
    if isinstance(series, str):
        if source is not None and source != series:
            raise ValueError(f"series {series!r} and source={source!r} disagree")
        series, source = load(series), series
    if not isinstance(series, pd.DataFrame):
        raise TypeError(f"expected a DataFrame from territory.load() or a source name, got {type(series).__name__}")
    missing = {"date", "area_km2"} - set(series.columns)
    if missing:
        raise ValueError(f"series needs columns 'date' and 'area_km2'; missing: {', '.join(sorted(missing))}")

    if "source" in series.columns:
        present = sorted(series["source"].dropna().unique())
        if source is None:
            if len(present) > 1:
                options = " or ".join(f"source={name!r}" for name in present)
                raise ValueError(f"series holds several sources ({', '.join(present)}); pass {options}")
            source = present[0] if present else ""
        elif source not in present:
            raise ValueError(f"source {source!r} is not in this series (it holds: {', '.join(present) or 'nothing'})")
        series = series[series["source"] == source]
    name = source or ""

    frame = series[["date", "area_km2"]]
    if not pd.api.types.is_datetime64_any_dtype(frame["date"]):
        frame = frame.assign(date=as_days(frame["date"], "series date"))
    elif getattr(frame["date"].dtype, "tz", None) is not None:
        frame = frame.assign(date=frame["date"].dt.tz_convert("UTC").dt.tz_localize(None))
    frame = frame.assign(date=frame["date"].astype("datetime64[ns]"))
    if not pd.api.types.is_numeric_dtype(frame["area_km2"]) or pd.api.types.is_bool_dtype(frame["area_km2"]):
        area = pd.to_numeric(frame["area_km2"], errors="coerce")
        bad = frame["area_km2"][area.isna() & frame["area_km2"].notna()]
        if len(bad):
            raise ValueError(f"series column 'area_km2' holds values that are not numbers "
                             f"(e.g. {bad.iloc[0]!r}): pass areas in km² as numbers")
        frame = frame.assign(area_km2=area)
    frame = frame.assign(area_km2=frame["area_km2"].astype(float))
    if np.isinf(frame["area_km2"]).any():
        raise ValueError("series column 'area_km2' holds infinite values: pass finite areas in km²")
    frame = frame.dropna().sort_values("date", ignore_index=True)
    if frame.empty:
        raise ValueError(f"series {name!r} has no observations")
    if frame["date"].duplicated().any():
        raise ValueError(f"series {name!r} has several values for one date; pass one source at a time")
    return frame, name


def _staleness(days) -> int:
    if isinstance(days, (bool, np.bool_)) or not isinstance(days, (int, np.integer)):
        raise TypeError(f"max_staleness_days must be a whole number of days, got {days!r}")
    if days < 0:
        raise ValueError(f"max_staleness_days must be 0 or more, got {days}")
    return int(days)


def as_days(dates, what: str = "date") -> pd.DatetimeIndex:
    """Any date-like input as tz-naive UTC midnights.

    Accepted: ``"YYYY-MM-DD"`` (or any date string pandas reads), ``datetime``,
    ``date``, ``Timestamp``, ``numpy.datetime64``, and ``None``/``NaT``/NaN
    (missing: NaT); one of them or many. Time-zone-aware values are converted to
    UTC first, each on its own (a list may mix zones). A number is refused, not
    read as nanoseconds since 1970; so is a date outside 1677–2262, the years a
    pandas date can hold.
    """
    if isinstance(dates, (pd.Series, pd.Index)) and pd.api.types.is_datetime64_any_dtype(dates):
        days = pd.DatetimeIndex(dates)
        if days.tz is not None:
            days = days.tz_convert("UTC").tz_localize(None)
        try:
            return days.normalize().as_unit("ns")
        except (ValueError, OverflowError):
            raise ValueError(f"a {what} is outside 1677–2262, the years a pandas date can hold "
                             "(a typo?)") from None
    if isinstance(dates, (pd.Series, pd.Index, np.ndarray)):
        values = list(dates)
    elif isinstance(dates, (str, bytes, dict)) or not isinstance(dates, Iterable):
        values = [dates]
    else:
        values = list(dates)
    return pd.DatetimeIndex([as_day(value, what) for value in values], dtype="datetime64[ns]")


def as_day(value, what: str = "date") -> pd.Timestamp:
    """One date-like value as a tz-naive UTC midnight (NaT when missing); clear errors."""
    if value is None or value is pd.NaT:
        return pd.NaT
    if isinstance(value, (float, np.floating)) and np.isnan(value):
        return pd.NaT
    if isinstance(value, (bool, np.bool_, int, float, np.integer, np.floating)):
        raise TypeError(f"{what} {value!r} is a number, not a date: pass 'YYYY-MM-DD', a datetime "
                        "or a pandas Timestamp (a number would be read as nanoseconds since 1970)")
    if isinstance(value, np.datetime64) and np.isnat(value):
        return pd.NaT
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return pd.NaT
        try:
            day = pd.Timestamp(datetime.date.fromisoformat(text[:10])) if re.fullmatch(
                r"\d{4}-\d{2}-\d{2}", text) else pd.Timestamp(text)
        except (ValueError, TypeError, OverflowError):
            raise ValueError(f"cannot read {what} {value!r} as a date: pass 'YYYY-MM-DD', a "
                             "datetime or a pandas Timestamp") from None
    elif isinstance(value, (datetime.date, np.datetime64)):
        day = pd.Timestamp(value)
    else:
        raise TypeError(f"{what} must be a date ('YYYY-MM-DD', a datetime or a pandas Timestamp), "
                        f"got {type(value).__name__} {value!r}"[:300])
    if day is pd.NaT:
        return pd.NaT
    if day.tzinfo is not None:
        day = day.tz_convert("UTC").tz_localize(None)
    if not pd.Timestamp.min <= day <= pd.Timestamp.max:
        raise ValueError(f"{what} {day.date()} is outside 1677–2262, the years a pandas date can "
                         "hold (a typo?)")
    return day.normalize().as_unit("ns")


# ---------------------------------------------------------------- GeoJSON snapshots


class GeoJSONError(ValueError):
    """A GeoJSON snapshot cannot be measured (the message names the file)."""


def from_geojson(paths, *, where: Callable[[dict], bool] | Mapping | None = None) -> pd.DataFrame:
    """Occupied area of GeoJSON map snapshots, one row per file.

    ``paths`` is a file, a folder (its ``*.geojson`` and ``*.json`` files) or a
    list of either. For each file, the selected polygons are repaired
    (``shapely.make_valid``) and merged (``unary_union``, so overlapping
    polygons are counted once), and their area is measured geodesically on the
    WGS84 ellipsoid (``pyproj.Geod.geometry_area_perimeter``). Coordinates
    must be longitude/latitude degrees, as GeoJSON requires.

    ``where`` chooses the features that count as occupied; by default every
    Polygon / MultiPolygon feature does. Pass a callable that receives each
    feature (a dict with ``"properties"`` and ``"geometry"``) and returns True
    to keep it, or a mapping of property → value (or a set/list/tuple of
    accepted values), e.g. ``where={"fill": {"#a52714", "#000000"}}``. Points
    and lines never count. A file whose polygons are all filtered out gets
    area 0 with ``n_polygons`` 0; a file with no polygon at all, that is not
    GeoJSON, or whose arrays nest more than :data:`MAX_GEOJSON_DEPTH` levels,
    raises :class:`GeoJSONError`.

    ``date`` comes from a top-level ``"date"`` member of the file (a string,
    ``"YYYY-MM-DD"``; a number is refused, not read as a time since 1970), else
    from the file name: ``YYYY-MM-DD``, ``YYYYMMDD`` or a Unix time (seconds or
    milliseconds, read as UTC), in the years 1990–2100; NaT if none. It is the date the name says:
    files fetched in the early morning (e.g. ``deepstatemap_data_YYYYMMDD``,
    fetched ~03:00 UTC) show the previous day's map, so shift them yourself.

    Example:
        >>> import json, tempfile
        >>> from pathlib import Path
        >>> from saidvsdone import territory
        >>> cell = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
        >>> snapshot = Path(tempfile.mkdtemp()) / "map_2022-04-03.geojson"
        >>> _ = snapshot.write_text(json.dumps(cell))
        >>> territory.from_geojson(snapshot).round({"area_km2": 1, "share_pct": 2})
                date                    file  area_km2  share_pct  n_polygons
        0 2022-04-03  map_2022-04-03.geojson   12308.8       2.04           1
    """
    keep = _feature_filter(where)
    rows = []
    for path in _snapshot_files(paths):
        document = _read_geojson(path)
        polygons, n_polygons = _selected_polygons(document, keep, path)
        rows.append({
            "date": _snapshot_date(document, path),
            "file": path.name,
            "area_km2": _geodesic_area_km2(polygons, path),
            "n_polygons": n_polygons,
        })
    frame = pd.DataFrame(rows, columns=["date", "file", "area_km2", "n_polygons"])
    frame["date"] = pd.to_datetime(frame["date"])
    frame.insert(3, "share_pct", frame["area_km2"] / UKRAINE_AREA_KM2 * 100)
    return frame.sort_values(["date", "file"], ignore_index=True, na_position="last")


def _snapshot_files(paths) -> list[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in (".geojson", ".json"))
            if not found:
                raise GeoJSONError(f"{path}: folder holds no .geojson or .json files")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such GeoJSON file or folder")
    return files


#: How deeply arrays and objects may nest in a GeoJSON file. A MultiPolygon's coordinates
#: nest 4 deep and a Feature in a FeatureCollection adds 4; deeper files are refused with a
#: GeoJSONError rather than exhausting Python's recursion limit.
MAX_GEOJSON_DEPTH = 64


def _read_geojson(path: Path) -> dict:
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as error:
        raise GeoJSONError(f"{path}: not a text file ({error.reason})") from None
    except json.JSONDecodeError as error:
        raise GeoJSONError(f"{path}: not valid JSON ({error.msg}, line {error.lineno})") from None
    except RecursionError:
        raise GeoJSONError(f"{path}: arrays or objects nested too deeply to read (the limit is "
                           f"{MAX_GEOJSON_DEPTH} levels)") from None
    except OSError as error:
        raise GeoJSONError(f"{path}: cannot read the file ({(error.strerror or '').lower()})") from None
    if not isinstance(document, dict) or "type" not in document:
        raise GeoJSONError(f"{path}: not a GeoJSON object (no \"type\" member)")
    if _depth(document) > MAX_GEOJSON_DEPTH:
        raise GeoJSONError(f"{path}: arrays or objects nested more than {MAX_GEOJSON_DEPTH} levels "
                           "deep (GeometryCollections inside GeometryCollections?)")
    return document


def _depth(document) -> int:
    """How deeply lists and dicts nest (iteratively: no recursion to exhaust). Stops
    counting just past MAX_GEOJSON_DEPTH."""
    deepest, stack = 0, [(document, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > MAX_GEOJSON_DEPTH:
            return deepest
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, level + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def _features(document: dict, path: Path) -> list[dict]:
    kind = document["type"]
    if kind == "FeatureCollection":
        return [f for f in document.get("features") or [] if isinstance(f, dict)]
    if kind == "Feature":
        return [document]
    if kind in ("Polygon", "MultiPolygon", "GeometryCollection", "Point", "MultiPoint",
                "LineString", "MultiLineString"):
        return [{"type": "Feature", "properties": {}, "geometry": document}]
    raise GeoJSONError(f"{path}: unknown GeoJSON type {kind!r}")


def _selected_polygons(document: dict, keep: Callable[[dict], bool], path: Path) -> tuple[list, int]:
    polygons, n_seen, n_kept = [], 0, 0
    for feature in _features(document, path):
        geometry = feature.get("geometry")
        if not geometry:
            continue
        try:
            parts = _polygonal_parts(shapely.make_valid(shape(geometry)))
        except Exception as error:  # shapely raises several types for malformed coordinates
            raise GeoJSONError(f"{path}: unreadable geometry ({error})") from None
        if not parts:
            continue
        n_seen += 1
        if keep(feature):
            n_kept += 1
            polygons.extend(parts)
    if not n_seen:
        raise GeoJSONError(f"{path}: no Polygon or MultiPolygon features")
    return polygons, n_kept


def _polygonal_parts(geometry) -> list:
    if isinstance(geometry, shapely.Polygon):
        return [] if geometry.is_empty else [geometry]
    if hasattr(geometry, "geoms"):  # Multi* and GeometryCollection (make_valid may return one)
        return [part for member in geometry.geoms for part in _polygonal_parts(member)]
    return []


def _feature_filter(where) -> Callable[[dict], bool]:
    if where is None:
        return lambda feature: True
    if callable(where):
        return where
    if isinstance(where, Mapping):
        accepted = {key: set(value) if isinstance(value, (set, frozenset, list, tuple)) else {value}
                    for key, value in where.items()}

        def matches(feature: dict) -> bool:
            properties = feature.get("properties") or {}
            return all(properties.get(key) in values for key, values in accepted.items())

        return matches
    raise TypeError(f"where= must be a callable or a mapping of property → value(s), got {type(where).__name__}")


def _geodesic_area_km2(polygons: list, path: Path) -> float:
    if not polygons:
        return 0.0
    merged = shapely.unary_union(polygons)
    west, south, east, north = merged.bounds
    if west < -180 or east > 180 or south < -90 or north > 90:
        raise GeoJSONError(f"{path}: coordinates are not longitude/latitude degrees "
                           f"(bounds {west:.0f}, {south:.0f}, {east:.0f}, {north:.0f})")
    # pyproj's area is signed: counter-clockwise shells with clockwise holes come out positive.
    area_m2, _ = _WGS84.geometry_area_perimeter(shapely.orient_polygons(merged))
    return abs(area_m2) / 1e6


_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_COMPACT_DATE = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_UNIX_TIME = re.compile(r"(?<!\d)(\d{10}|\d{13})(?!\d)")


def _snapshot_date(document: dict, path: Path) -> pd.Timestamp:
    value = document.get("date")
    if value is not None and value != "":
        if not isinstance(value, str):
            raise GeoJSONError(f"{path}: the \"date\" member is {value!r}, not a date string: write "
                               "it as \"YYYY-MM-DD\" (a number is not read as a date)")
        try:
            day = as_day(value, "\"date\" member")
        except (ValueError, TypeError) as error:
            raise GeoJSONError(f"{path}: {error}") from None
        if not pd.isna(day) and not 1990 <= day.year <= 2100:
            raise GeoJSONError(f"{path}: the \"date\" member {value!r} is outside 1990–2100 (a typo?)")
        return day
    name = path.stem
    for pattern in (_ISO_DATE, _COMPACT_DATE):
        for match in pattern.finditer(name):
            year, month, day = map(int, match.groups())
            if 1990 <= year <= 2100:
                try:
                    return pd.Timestamp(year, month, day)
                except ValueError:
                    continue
    match = _UNIX_TIME.search(name)
    if match:
        digits = match.group(1)
        seconds = int(digits) / (1000 if len(digits) == 13 else 1)
        if 631_152_000 <= seconds < 4_133_980_800:  # 1990-01-01 … 2101-01-01, as for dates above
            return pd.Timestamp(int(digits), unit="ms" if len(digits) == 13 else "s").normalize()
    return pd.NaT


class SeriesIndex:
    """The sources of one territory frame, each read once: what :func:`value_on` and :func:`change` read of a source
    (its observations sorted by day, a series that cannot be read failing the first time it is asked for), kept for
    many look-ups. ``compare`` makes one per comparison instead of reading the series again for every claim (cp3).

    Example:
        >>> frame = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-01-08"]), "source": "deepstate",
        ...                       "area_km2": [100.0, 110.0]})
        >>> index = SeriesIndex(frame)
        >>> float(index.value_on("deepstate", pd.Timestamp("2024-01-09"))["area_km2"])
        110.0
    """

    def __init__(self, territory: pd.DataFrame):
        self.territory = territory
        self._sources: dict = {}

    def frame(self, name: str) -> pd.DataFrame:
        """The source's observations, as :func:`value_on` reads them."""
        if name not in self._sources:
            frame, _ = _single_source(self.territory, name)
            self._sources[name] = (frame, frame["date"].to_numpy(dtype="datetime64[ns]"),
                                   frame["area_km2"].to_numpy(dtype=float))
        return self._sources[name][0]

    def in_force(self, name: str, ends: np.ndarray):
        """(day observed, area, days stale) in force on each of ``ends`` (datetime64[ns]) in the source."""
        self.frame(name)
        observed, areas = self._sources[name][1:]
        return _in_force(observed, areas, ends, MAX_STALENESS_DAYS)

    def change(self, name: str, start, end) -> "AreaChange":
        """``change(territory, start, end, source=name)``, the source read once."""
        return _change(self.frame(name), name, start, end, MAX_STALENESS_DAYS)

    def value_on(self, name: str, day) -> pd.Series:
        """``value_on(territory, [day], source=name).iloc[0]``, the source read once."""
        return _values(self.frame(name), name, [day], MAX_STALENESS_DAYS).iloc[0]
