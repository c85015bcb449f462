"""Charts — publishable, projector-readable matplotlib charts.

Three charts and the plumbing around them:

* :func:`claims_timeline` — the daily Russian-held area (a step line: the value
  in force each day) with the pre-invasion baseline, and every dated claim as a
  marker on the line, labelled in lanes above the chart.
* :func:`change_since` — the net change in Russian-held area from each
  statement day, days before and after: moves of a few hundred km² show.
* :func:`claims_by_month` — how many claims of each type each month: readable
  for hundreds of claims.
* :func:`window_changes` — net change in Russian-held area in the windows
  before and after each claim, as grouped horizontal bars.
* :func:`facts_vs_series` — a reported figure against the measured one, one
  row per fact.

:func:`use_style` applies the package style (``saidvsdone.mplstyle``: large
type, light grid, Okabe–Ito colour-blind-safe palette) to your own plots; the
chart functions always draw with it. :func:`save` writes a figure as PNG and
SVG, byte-for-byte reproducibly (no dates or versions in the files).

Every chart returns ``(fig, ax)``; it states its source and date under the
plot and labels its axes with units; claim labels are placed in lanes so that they do
not overlap (crowded seasons make the figure taller).

Example:
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> from saidvsdone import charts, territory
    >>> claims = pd.DataFrame({
    ...     "claim_id": ["c1", "c2"], "speaker": ["Vladimir Putin"] * 2,
    ...     "claim_type": ["on_plan", "threat"], "text": ["…", "…"],
    ...     "statement_date": pd.to_datetime(["2022-04-12", None]),
    ... })
    >>> fig, ax = charts.claims_timeline(territory.load("deepstate"), claims)
    >>> sorted(text.get_text() for text in fig.findobj(matplotlib.text.Text)
    ...        if "undated" in text.get_text())
    ['1 undated claim not shown.']
    >>> matplotlib.pyplot.close(fig)
"""

from __future__ import annotations

import itertools
import re
import textwrap
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.transforms import ScaledTranslation, blended_transform_factory

from saidvsdone import _atomic, compare, territory
from saidvsdone._plural import agree, plural

__all__ = [
    "STYLE_PATH", "PALETTE", "CLAIM_TYPE_STYLES",
    "use_style", "save", "claims_timeline", "change_since", "claims_by_month", "quotes_by_speaker", "window_changes",
    "facts_vs_series", "speaker_in_title",
]

#: The package style file (``plt.style.use(STYLE_PATH)`` is what :func:`use_style` does).
STYLE_PATH = Path(__file__).with_name("saidvsdone.mplstyle")

#: Okabe & Ito's colour-blind-safe palette, by name.
PALETTE = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: Marker colour, shape and display name of each known ``claim_type``. Other
#: types get a grey marker of a shape of their own and a name made from the type.
CLAIM_TYPE_STYLES = {
    "on_plan": {"color": PALETTE["blue"], "marker": "o", "name": "On plan"},
    "progress": {"color": PALETTE["bluish_green"], "marker": "^", "name": "Progress"},
    "no_escalation": {"color": PALETTE["sky_blue"], "marker": "s", "name": "No escalation"},
    "mobilisation_ending": {"color": PALETTE["orange"], "marker": "D", "name": "Mobilisation ending"},
    "negotiations": {"color": PALETTE["reddish_purple"], "marker": "P", "name": "Negotiations"},
    "threat": {"color": PALETTE["black"], "marker": "X", "name": "Threat"},
}
_FALLBACK_MARKERS = ("v", "h", "p", "<", ">", "*", "d", "H")
_FALLBACK_COLOR = "#777777"

_SERIES_COLOR = PALETTE["vermillion"]
_BASELINE_COLOR = "#555555"
_BAND_COLOR = "#EDEDED"
_MUTED = "#555555"
_LEADER_COLOR = "#8A8A8A"
_SOURCE_NAMES = {"deepstate": "DeepStateMap", "isw": "ISW/CTP (via The Economist)"}
_SHORT_SOURCE_NAMES = {"deepstate": "DeepState", "isw": "ISW"}

_VALUE_AXIS = {
    "area_km2": "Russian-held area (km²)",
    "share_pct": "Russian-held share of Ukraine (%)",
}

# Sizes in points (type sizes on top of the style's 15 pt base).
_LABEL_SIZE = 12.5
_NOTE_SIZE = 11.5
_SOURCE_SIZE = 10.5
_MARKER_SIZE = 12
_LANE_GAP = 7        # vertical space between two lanes of labels
_LANE_BASE = 12      # space between the top of the plot and the first lane
_LABEL_PAD = 10      # minimum horizontal space between two labels
_LEADER_CLEARANCE = 5  # minimum space between a leader line and another label
_LABEL_INSET = 8     # how far in from its edge a side-aligned label meets its leader
_SAVE_KEYS = ("savefig.", "svg.", "path.")
_BAR_VALUE_SIZE = 13  # a bar's value in window_changes: legible on a projector (11 pt was ~10 px at 1179 px wide)
_BAR_SLOT = 16       # height of one bar's slot in window_changes: room for its 13 pt value label

# Axes geometry of the charts this module lays out itself, in inches.
_RIGHT_MARGIN = 0.45
_LEFT_PAD = 0.25
_TOP_PAD = 0.18
_BOTTOM_PAD = 0.12


# ---------------------------------------------------------------- style and saving


def use_style() -> None:
    """Apply the Said vs Done style to every plot made after the call.

    Large type (15 pt base, 20 pt titles), light grid, no top/right spines,
    the Okabe–Ito palette, 12 × 6.5 in figures, 150 dpi PNGs and byte-stable
    SVGs. Call it once, from the notebooks' setup helper.

    Example:
        >>> import matplotlib as mpl
        >>> from saidvsdone import charts
        >>> with mpl.rc_context():
        ...     charts.use_style()
        ...     mpl.rcParams["font.size"], mpl.rcParams["axes.spines.top"], mpl.rcParams["svg.hashsalt"]
        (15.0, False, 'saidvsdone')
    """
    plt.style.use(STYLE_PATH)


def save(fig, name: str, folder: str | Path = "build/figures") -> list[Path]:
    """Write ``fig`` as ``<folder>/<name>.png`` and ``<folder>/<name>.svg``; return both paths.

    The files are reproducible: no creation date, no software version, a fixed
    SVG hash salt and text drawn as paths, so saving the same figure twice
    gives byte-identical SVGs (and PNGs). PNGs are 150 dpi. The folder is
    created if needed; a relative folder is relative to the current working
    directory. A ``.png``/``.svg`` suffix on ``name`` is ignored.

    Example:
        >>> import tempfile, matplotlib
        >>> matplotlib.use("Agg")
        >>> import matplotlib.pyplot as plt
        >>> from saidvsdone import charts
        >>> fig, ax = plt.subplots()
        >>> _ = ax.plot([0, 1], [0, 1])
        >>> paths = charts.save(fig, "diagonal", tempfile.mkdtemp())
        >>> [path.name for path in paths]
        ['diagonal.png', 'diagonal.svg']
        >>> plt.close(fig)
    """
    stem = Path(name)
    if stem.suffix.lower() in (".png", ".svg"):
        stem = stem.with_suffix("")
    if stem.name != str(stem) or not stem.name:
        raise ValueError(f"name must be a bare file name such as 'claims_timeline', got {name!r}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png, svg = folder / f"{stem}.png", folder / f"{stem}.svg"
    with mpl.rc_context(_save_params()):
        with _atomic.whole_file(png) as partial:  # whole or not at all: a slide never shows half a chart
            fig.savefig(partial, format="png", metadata={"Software": None})
        _drop_pixels(fig)
        with _atomic.whole_file(svg) as partial:
            fig.savefig(partial, format="svg", metadata={"Creator": None, "Date": None})
    return [png, svg]


def _drop_pixels(fig) -> None:
    """Free the pixels the PNG was drawn in, once it is written.

    Matplotlib's Agg canvas keeps its last buffer (width × height × 4 bytes at the
    PNG's 150 dpi: ~270 MB for ``facts_vs_series`` of 200 rows, 250 inches tall)
    until the figure is garbage-collected, which ``plt.close`` does not do. The next
    draw makes a new buffer anyway (the figure's own dpi differs from the PNG's), so
    nothing drawn changes.
    """
    canvas = fig.canvas
    if getattr(canvas, "_lastKey", None) is not None and getattr(canvas, "renderer", None) is not None:
        canvas._lastKey = canvas.renderer = None


def _save_params() -> dict:
    style = mpl.rc_params_from_file(STYLE_PATH, use_default_template=False)
    return {key: value for key, value in style.items() if key.startswith(_SAVE_KEYS)}


@contextmanager
def _styled():
    with plt.style.context(STYLE_PATH):
        yield


# ---------------------------------------------------------------- claims timeline


def claims_timeline(series, claims: pd.DataFrame, *, source: str = "deepstate", start=None, end=None,
                    value: str = "area_km2", as_of=None, title: str | None = None, ax=None,
                    label="auto"):
    """Russian-held area over time, with each claim marked on the line the day it was made.

    ``series`` is a frame from :func:`saidvsdone.territory.load` (or a source
    name); ``source`` picks the series to draw (``"deepstate"`` or ``"isw"``).
    The line is a step line (``steps-post``): the value in force each day,
    never interpolated; it breaks where no map is in force (a gap longer than
    :data:`saidvsdone.territory.MAX_STALENESS_DAYS`). ``start``/``end`` limit
    it to a window; ``value`` is ``"area_km2"`` or ``"share_pct"`` (% of
    Ukraine). The area held before 24 Feb 2022
    (:func:`saidvsdone.territory.baseline`) is a shaded band under a dashed line.

    ``claims`` needs ``claim_id``, ``claim_type`` and ``statement_date``
    (``speaker``, ``text`` and a short ``label`` are used when present). Each
    dated claim is a marker on the line at its statement date, at the value in
    force that day; colour and shape follow ``claim_type`` (see
    :data:`CLAIM_TYPE_STYLES`), with a legend. Its label — ``label`` (default:
    the claim type) over "speaker · date" — sits in a lane above the chart,
    joined to its marker by a leader line; lanes are assigned greedily so that
    no two labels overlap and no leader crosses a label. Claims without a date,
    outside the window or outside the series are not drawn; a note under the
    chart says how many and which.

    Under the chart: the series' credit line (``series.attrs["sources"]``), the
    baseline's source and "Data as of <as_of>" (default: the last day drawn).
    ``title`` should state the finding; the default title is neutral. Pass
    ``ax`` to draw into an existing Axes (then its figure is not re-laid out).

    One label per date: the day's first claim by type (the order of
    :data:`CLAIM_TYPE_STYLES`), its second line saying "+N more" when others
    were made that day; a paraphrase ("reported: …") names its ``outlet`` when
    the frame has one. ``label`` picks what is labelled: ``"auto"`` (every date
    up to 10, else the 10 dates with the most claims, the others marked only and
    counted in a note), ``"all"``, ``"none"`` or a list of claim ids. Same-day
    markers are concentric, one ring per claim type (at most three).

    With ``source="deepstate"`` and ISW rows in ``series``, the ISW line is drawn
    (dashed) before DeepState's archive starts (3 Apr 2022), and claims there sit
    on it. April 2022, when DeepState's maps were still being completed, is
    shaded and explained under the chart.

    Returns ``(fig, ax)``. Artists carry ``gid``\\s for tests and styling:
    ``"series"``, ``"baseline"`` (the dashed line), ``"baseline-band"``,
    ``"claim:<claim_id>"`` (marker), ``"label:<claim_id>"``,
    ``"leader:<claim_id>"``, ``"note"``, ``"source"``, ``"title"``, ``"legend"``.

    Example:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> import pandas as pd
        >>> from saidvsdone import charts, territory
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["a", "b"], "speaker": ["Vladimir Putin"] * 2,
        ...     "claim_type": ["on_plan", "mobilisation_ending"], "text": ["…", "…"],
        ...     "statement_date": pd.to_datetime(["2022-04-12", "2022-10-14"]),
        ... })
        >>> fig, ax = charts.claims_timeline(territory.load("deepstate"), claims, end="2023-06-30")
        >>> line = next(l for l in ax.get_lines() if l.get_gid() == "series")
        >>> line.get_drawstyle(), len(line.get_xdata())
        ('steps-post', 397)
        >>> sum(1 for l in ax.get_lines() if (l.get_gid() or "").startswith("claim:"))
        2
        >>> matplotlib.pyplot.close(fig)
    """
    if value not in _VALUE_AXIS:
        raise ValueError(f"value must be 'area_km2' or 'share_pct', got {value!r}")
    frame, credit = _one_series(series, source)
    start_day, end_day = _day_or_none(start), _day_or_none(end)
    if start_day is not None and end_day is not None and start_day > end_day:
        raise ValueError(f"start {start_day.date()} is after end {end_day.date()}")
    earlier, earlier_credit = _earlier_series(series, source, frame)
    if len(earlier):
        frame = pd.concat([earlier, frame], ignore_index=True)
    window = frame
    if start_day is not None:
        window = window[window["date"] >= start_day]
    if end_day is not None:
        window = window[window["date"] <= end_day]
    if window.empty:
        raise ValueError(f"the {source} series has no values between {start} and {end}")
    claims = _checked_claims(claims)
    as_of_day = _day_or_none(as_of) if as_of is not None else window["date"].iloc[-1]

    with _styled():
        own_figure = ax is None
        if own_figure:
            fig, ax = plt.subplots()
        else:
            fig = ax.figure
        x_lo, x_hi = window["date"].iloc[0], window["date"].iloc[-1]

        _draw_series(ax, window[window["source"] == source], value, source)
        if (window["source"] != source).any():
            _draw_series(ax, window[window["source"] != source], value, "isw", earlier=True)
        artefact = _draw_april_2022(ax, window, source)
        base = territory.baseline()
        base_y = base.area_km2 if value == "area_km2" else base.share_pct
        _draw_baseline(ax, base_y, value)

        placed, notes = _place_claims(claims, frame.assign(source=source), source, value, x_lo, x_hi)
        speakers = {p["speaker"] for p in placed}
        one_speaker = speakers.pop() if len(speakers) == 1 else ""
        labelled, unlabelled_dates = _one_label_per_date(placed, label)
        for claim in placed:
            claim["text"] = _claim_label(claim, with_speaker=not one_speaker)
        if unlabelled_dates:
            notes.append(f"Labels on {len({placed[i]['date'] for i in labelled})} of "
                         f"{len({p['date'] for p in placed})} dates; every claim is a marker.")
        _format_value_axis(ax, value)
        top = max(window[value].max(), max((p["y"] for p in placed), default=0)) * 1.04
        ticks = ax.yaxis.get_major_locator().tick_values(0, top)
        y_max = min(t for t in ticks if t >= top) if any(t >= top for t in ticks) else top
        ax.set_ylim(0, y_max)
        pad = (x_hi - x_lo) * 0.015 + pd.Timedelta(days=1)
        ax.set_xlim(x_lo - pad, x_hi + pad)
        _format_date_axis(ax, x_lo, x_hi)
        ax.grid(axis="x", visible=False)
        _label_series_end(ax, window, value, source)

        markers = _draw_claim_markers(ax, placed)
        _claims_legend(ax, placed, base_y / y_max, one_speaker)

        footer = []
        if notes:
            footer.append(("  ·  ".join(notes), {"fontsize": _NOTE_SIZE, "color": _MUTED, "style": "italic"}))
        if artefact:
            footer.append((artefact, {"fontsize": _NOTE_SIZE, "color": _MUTED, "gid": "artefact-note"}))
        if len(earlier) and (window["source"] != source).any():
            credit = (f"{credit.rstrip('.')}. Dashed, before {_fmt_day(frame.loc[frame['source'] == source, 'date'].min())}: "
                      f"{earlier_credit.rstrip('.')}")
        footer.append((_credit_line(credit, base, as_of_day), {"fontsize": _SOURCE_SIZE, "color": _MUTED}))
        title = title or _default_timeline_title(value, source)

        shown = [placed[i] for i in labelled]
        shown_markers = [markers[i] for i in labelled]
        _lay_out(fig, ax, own_figure, footer=footer, title=title,
                 above=lambda renderer: _label_lanes(fig, ax, shown, shown_markers, renderer))
        baseline_label = next(t for t in ax.texts if t.get_gid() == "baseline-label")
        baseline_label.set_text(_wrap_to(baseline_label.get_text(), ax.bbox.width * 72 / fig.dpi - 24,
                                         baseline_label, _renderer(fig)))
    return fig, ax


def _one_series(series, source: str) -> tuple[pd.DataFrame, str]:
    """One source's rows (date, area_km2, share_pct), sorted, and its credit line."""
    if isinstance(series, str):
        series = territory.load(series)
    if not isinstance(series, pd.DataFrame):
        raise TypeError(f"series must be a DataFrame from territory.load() or a source name, "
                        f"got {type(series).__name__}")
    missing = {"date", "area_km2"} - set(series.columns)
    if missing:
        raise ValueError(f"series needs columns 'date' and 'area_km2'; missing: {', '.join(sorted(missing))}")
    credits = series.attrs.get("sources") or {}
    frame = series
    if "source" in series.columns:
        present = sorted(series["source"].dropna().unique())
        if source not in present:
            raise ValueError(f"source {source!r} is not in this series (it holds: {', '.join(present) or 'nothing'})")
        frame = series[series["source"] == source]
    frame = frame[["date", "area_km2"]].dropna().sort_values("date", ignore_index=True)
    frame["date"] = pd.to_datetime(frame["date"]).dt.normalize()
    frame["share_pct"] = frame["area_km2"] / territory.UKRAINE_AREA_KM2 * 100
    frame["source"] = source
    credit = credits.get(source) or territory.SOURCE_CREDITS.get(source, "")
    return frame, credit


def _day_or_none(value) -> pd.Timestamp | None:
    if value is None:
        return None
    day = pd.Timestamp(value)
    if pd.isna(day):
        return None
    if day.tz is not None:
        day = day.tz_convert("UTC").tz_localize(None)
    return day.normalize()


def _checked_claims(claims: pd.DataFrame) -> pd.DataFrame:
    _require_columns(claims, "claims", ("claim_id", "claim_type", "statement_date"))
    claims = claims.reset_index(drop=True).copy()
    dates = pd.to_datetime(claims["statement_date"], errors="coerce")
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_convert("UTC").dt.tz_localize(None)
    claims["statement_date"] = dates.dt.normalize()
    claims["claim_id"] = claims["claim_id"].astype(str)
    claims["claim_type"] = claims["claim_type"].fillna("").astype(str)
    return claims


def _earlier_series(series, source: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """ISW's rows before DeepState's archive starts, when ``series`` holds them (else empty)."""
    if (source != "deepstate" or not isinstance(series, pd.DataFrame) or "source" not in series.columns
            or not (series["source"] == "isw").any() or frame.empty):
        return frame.iloc[:0], ""
    isw, credit = _one_series(series, "isw")
    return isw[isw["date"] < frame["date"].min()], credit


#: DeepState's maps were still being completed in April 2022 (data/README.md, caveats).
_DRAWING_ARTEFACT = (pd.Timestamp("2022-04-03"), pd.Timestamp("2022-04-30"))


def _draw_april_2022(ax, window: pd.DataFrame, source: str) -> str:
    """Shade April 2022 on a DeepState line and return the note that explains it ("" if not drawn)."""
    first, last = _DRAWING_ARTEFACT
    shown = window[(window["source"] == "deepstate") & window["date"].between(first, last)]
    if source != "deepstate" or shown.empty:
        return ""
    ax.axvspan(first, last, facecolor="#F6E3C8", edgecolor="none", zorder=0.6, gid="artefact")
    return ("Shaded, April 2022: DeepState's maps were still being completed; part of that month's rise "
            "is polygons being drawn, not an advance.")


def _draw_series(ax, window: pd.DataFrame, value: str, source: str, earlier: bool = False) -> None:
    dates = window["date"].to_numpy(dtype="datetime64[ns]")
    values = window[value].to_numpy(dtype=float)
    # Break the line where no value is in force instead of bridging the gap.
    limit = np.timedelta64(territory.MAX_STALENESS_DAYS, "D")
    gaps = np.flatnonzero(np.diff(dates) > limit)
    if gaps.size:
        breaks = dates[gaps] + limit + np.timedelta64(1, "D")
        dates = np.insert(dates, gaps + 1, breaks)
        values = np.insert(values, gaps + 1, np.nan)
    if earlier:  # another series filling in before this one starts: dashed, named
        ax.plot(dates, values, drawstyle="steps-post", color=_SERIES_COLOR, linewidth=2.0, linestyle=(0, (3, 2)),
                zorder=3, gid="series-earlier", label=f"Held by Russia ({_SOURCE_NAMES.get(source, source)})")
        return
    ax.plot(dates, values, drawstyle="steps-post", color=_SERIES_COLOR, linewidth=2.6,
            solid_joinstyle="miter", zorder=3, gid="series",
            label=f"Held by Russia ({_SOURCE_NAMES.get(source, source)})")


def _draw_baseline(ax, base_y: float, value: str) -> None:
    ax.axhspan(0, base_y, facecolor=_BAND_COLOR, edgecolor="none", zorder=0.5, gid="baseline-band")
    ax.axhline(base_y, color=_BASELINE_COLOR, linewidth=1.6, linestyle=(0, (5, 3)), zorder=2, gid="baseline")
    amount = (f"~{round(base_y, -3):,.0f} km²" if value == "area_km2"
              else f"~{base_y:.0f}% of Ukraine")
    ax.annotate(f"Held before 24 Feb 2022 (Crimea, parts of Donbas): {amount}",
                xy=(0, base_y), xycoords=("axes fraction", "data"), xytext=(10, -8),
                textcoords="offset points", ha="left", va="top", fontsize=13, color="#333333",
                gid="baseline-label")


def _place_claims(claims, frame, source, value, x_lo, x_hi):
    """Dated claims inside the window and the series, with the value in force; notes on the rest."""
    undated = claims[claims["statement_date"].isna()]
    dated = claims[claims["statement_date"].notna()]
    inside = dated["statement_date"].between(x_lo, x_hi)
    outside = dated[~inside]
    dated = dated[inside]
    in_force = territory.value_on(frame, dated["statement_date"]) if len(dated) else None
    placed, off_series = [], []
    for position, (_, claim) in enumerate(dated.iterrows()):
        found = in_force.iloc[position]
        if found["status"] != "ok":
            off_series.append(claim)
            continue
        speaker = claim.get("speaker")
        label = claim.get("label")
        placed.append({
            "claim_id": claim["claim_id"],
            "claim_type": claim["claim_type"],
            "date": claim["statement_date"],
            "y": float(found[value]),
            "speaker": " ".join(speaker.split()) if isinstance(speaker, str) else "",
            "label": " ".join(label.split()) if isinstance(label, str) else "",
            "outlet": " ".join(claim.get("outlet").split()) if isinstance(claim.get("outlet"), str) else "",
        })
    placed.sort(key=lambda p: (p["date"], p["claim_id"]))
    short = _SHORT_SOURCE_NAMES.get(source, source)
    notes = []
    if len(undated):
        notes.append(_count_note(undated, "undated claim", "undated claims"))
    if len(outside):
        notes.append(_count_note(outside, "claim outside the chart's dates", "claims outside the chart's dates",
                                 with_dates=True))
    if off_series:
        notes.append(_count_note(pd.DataFrame(off_series), f"claim with no {short} value in force",
                                 f"claims with no {short} value in force", with_dates=True))
    return placed, notes


def _count_note(rows: pd.DataFrame, one: str, many: str, *, with_dates: bool = False) -> str:
    """ "2 undated claims not shown." — a reader needs the count (and dates), not internal ids."""
    n = len(rows)
    text = f"{n} {one if n == 1 else many} not shown"
    if with_dates:
        days = sorted({_fmt_day(day) for day in rows["statement_date"]})
        text += " (" + ", ".join(days[:4]) + (f" and {len(days) - 4} more" if len(days) > 4 else "") + ")"
    return text + "."


def _claim_label(claim: dict, *, with_speaker: bool = True) -> str:
    """Two lines: the claim's short label (default: its type), then "speaker · date", the
    outlet of a paraphrase ("reported: …") and how many other claims that day."""
    label = claim["label"] or _type_name(claim["claim_type"])
    label = _shorten(label, 42)
    second = [_short_speaker(claim["speaker"])] if with_speaker and claim["speaker"] else []
    second.append(_fmt_day(claim["date"]))
    if label.startswith("reported:") and claim.get("outlet"):
        second.append(_outlet_label(claim["outlet"], 24))
    if claim.get("more"):
        second.append(f"+{claim['more']} more")
    return f"{label}\n{' · '.join(second)}"


_MAX_LABELS = 10


def _short_speaker(speaker: str, width: int = 22) -> str:
    """A speaker's name short enough for a label: an acronym in brackets ("ISW"), a person's
    surname; an institution, a group or an unnamed source keeps its words up to ``width`` + 8
    characters (its last word alone, "Ministry" or "Staff", would not say whose).

    Example:
        >>> [_short_speaker(s) for s in ("Valerii Fedorovych Zaluzhnyi", "Institute for the Study of War (ISW)",
        ...                              "Russian Defence Ministry", "senior US defence official (unnamed)")]
        ['Zaluzhnyi', 'ISW', 'Russian Defence Ministry', 'senior US defence official']
    """
    if len(speaker) <= width:
        return speaker
    if speaker.endswith("(unnamed)"):  # one person the article does not name: the label without the mark
        return _shorten(speaker[:-len("(unnamed)")].strip(), width + 8)
    bracket = re.search(r"\(([^()]+)\)\s*$", speaker)
    if bracket:
        return bracket.group(1)
    from saidvsdone import compare  # the speakers table's kinds, and how an unknown label is read
    if compare.speaker_type(speaker) == "Person":
        return _shorten(speaker.split()[-1], width)
    return _shorten(speaker, width + 8)


def _one_label_per_date(placed: list[dict], label) -> tuple[list[int], bool]:
    """Indices of the claims to label (one per date) and whether some dates go unlabelled."""
    known = list(CLAIM_TYPE_STYLES)
    by_date: dict = {}
    for i, claim in enumerate(placed):
        by_date.setdefault(claim["date"], []).append(i)
    if isinstance(label, str) and label not in ("auto", "all", "none"):
        raise ValueError(f"label must be 'auto', 'all', 'none' or a list of claim ids, got {label!r}")
    wanted = None if isinstance(label, str) else {str(c) for c in label}
    chosen = []
    for day, members in by_date.items():
        candidates = members if wanted is None else [i for i in members if placed[i]["claim_id"] in wanted]
        if not candidates or label == "none":
            continue
        best = min(candidates, key=lambda i: (placed[i]["claim_type"] not in known,
                                              known.index(placed[i]["claim_type"]) if placed[i]["claim_type"]
                                              in known else 0, i))
        placed[best]["more"] = len(members) - 1
        chosen.append(best)
    if label == "auto" and len(chosen) > _MAX_LABELS:
        busiest = sorted(chosen, key=lambda i: (-(placed[i]["more"] + 1), placed[i]["date"]))[:_MAX_LABELS]
        chosen = sorted(busiest)
    return chosen, len(chosen) < len(by_date)


def _outlet_label(outlet: str, width: int) -> str:
    """An outlet's name short enough for a label, never cut mid-phrase: the whole name when it fits, else its name
    before a description ("British tabloid, republished copy" → "British tabloid"; "aljazeera.net (English
    translation)" → "aljazeera.net"), else the name shortened at a word ("…").

    Example:
        >>> _outlet_label("British tabloid, republished copy", 24), _outlet_label("AFP wire copy", 24)
        ('British tabloid', 'AFP wire copy')
    """
    outlet = " ".join(str(outlet).split())
    if len(outlet) <= width:
        return outlet
    head = re.split(r",\s|\s\(|\s[—–-]\s|;\s|:\s", outlet, maxsplit=1)[0].strip()
    if 2 <= len(head) <= width:
        return head
    return _shorten(head, width)


def _shorten(label: str, width: int) -> str:
    """A label cut to ``width`` at a word, "…" marking the cut. A cut that falls inside a quotation
    is shown inside its marks, as a fact-check cites a cut quote: only the speaker's words, and the
    mark of the cut, stand between the marks (“Our offensive operation in the …”), never a closing
    mark before the words were cut.

    Example:
        >>> _shorten("“Our offensive operation in the Donbas is not over”", 34)
        '“Our offensive operation in the …”'
        >>> _shorten("reported: “the special military operation is going to plan”", 40)
        'reported: “the special military …”'
        >>> _shorten('Peskov said "the operation is going to plan, as before"', 40)
        'Peskov said "the operation is going …"'
        >>> _shorten("Institute for the Study of War", 20)
        'Institute for the …'
    """
    label = " ".join(label.split())
    if len(label) <= width:
        return label
    cut = textwrap.shorten(label, width=width, placeholder=" …")
    if cut.count("“") <= cut.count("”") and cut.count('"') % 2 == 0:
        return cut
    kept = textwrap.shorten(label, width=max(2, width - 3), placeholder="").rstrip(" ,;:.–—-“\"")
    if not kept:  # one word longer than the width: its first letters
        kept = label[:max(1, width - 3)]
    close = "”" if kept.count("“") > kept.count("”") else '"' if kept.count('"') % 2 else ""
    return f"{kept} …{close}"


def _type_name(claim_type: str) -> str:
    style = CLAIM_TYPE_STYLES.get(claim_type)
    if style:
        return style["name"]
    words = claim_type.replace("_", " ").replace("+", " + ").strip()
    return (words[:1].upper() + words[1:]) if words else "Claim"


def _type_style(claim_type: str, others: Sequence[str] = ()) -> dict:
    if claim_type in CLAIM_TYPE_STYLES:
        return CLAIM_TYPE_STYLES[claim_type]
    unknown = sorted({t for t in others if t not in CLAIM_TYPE_STYLES})
    index = unknown.index(claim_type) if claim_type in unknown else 0
    return {"color": _FALLBACK_COLOR, "marker": _FALLBACK_MARKERS[index % len(_FALLBACK_MARKERS)],
            "name": _type_name(claim_type)}


def _fmt_day(day) -> str:
    day = pd.Timestamp(day)
    return f"{day.day} {day:%b %Y}"


def _label_series_end(ax, window: pd.DataFrame, value: str, source: str) -> None:
    """Name the line directly, just under its last stretch."""
    tail = window[window["date"] >= window["date"].iloc[-1] - (window["date"].iloc[-1] - window["date"].iloc[0]) * 0.3]
    ax.annotate(_SOURCE_NAMES.get(source, source), xy=(window["date"].iloc[-1], tail[value].min()),
                xytext=(0, -12), textcoords="offset points", ha="right", va="top", fontsize=13,
                color=_SERIES_COLOR, fontweight="bold", gid="series-label")


def _draw_claim_markers(ax, placed: list[dict]) -> list[Line2D]:
    """One marker per claim, on the line at its date; claims made the same day get concentric markers.

    Days closer on the axis than their markers are wide (September and October 2022 on a chart of four
    years) would hide one another: each such day after the first of its run is drawn lower, one marker's
    width below the one before, joined to its own point on the line by a thin stem from a dot there, so
    the date and the value stay exact and every marker shows."""
    types = [p["claim_type"] for p in placed]
    same_day: dict = {}
    for claim in placed:
        same_day.setdefault(claim["date"], []).append(claim)
    widest = {day: _MARKER_SIZE + 7 * (len(dict.fromkeys(c["claim_type"] for c in claims)) - 1)
              for day, claims in same_day.items()}
    drop = _crowded_drops(ax, sorted(same_day), widest)
    fig = ax.figure
    markers = []
    for claim in placed:
        rings = list(dict.fromkeys(c["claim_type"] for c in same_day[claim["date"]]))[:3]
        rank = rings.index(claim["claim_type"]) if claim["claim_type"] in rings else len(rings) - 1
        size = _MARKER_SIZE + 7 * (len(rings) - 1 - rank)   # the first is largest, drawn below the others
        style = _type_style(claim["claim_type"], types)
        down = drop.get(claim["date"], 0.0)
        shifted = ax.transData + ScaledTranslation(0, -down / 72, fig.dpi_scale_trans)
        line, = ax.plot([claim["date"]], [claim["y"]], linestyle="none", marker=style["marker"],
                        markersize=size, markerfacecolor=style["color"], markeredgecolor="white",
                        markeredgewidth=1.5, zorder=6 + rank * 0.01, clip_on=False,
                        gid=f"claim:{claim['claim_id']}", transform=shifted)
        if down and rank == 0:  # one stem per day, from its exact point on the line
            # drawn above the markers of the days before (a lowered day's point often lies under the previous
            # day's marker), dark and thick enough for a projector, stopping at its own marker's edge
            ax.annotate("", xy=(claim["date"], claim["y"]), xycoords="data", xytext=(0, -down),
                        textcoords="offset points", annotation_clip=False, zorder=_STEM_ZORDER,
                        arrowprops=dict(arrowstyle="-", color=_STEM_COLOR, linewidth=_STEM_WIDTH,
                                        shrinkA=widest[claim["date"]] / 2, shrinkB=0),
                        gid=f"stem:{claim['claim_id']}")
            ax.plot([claim["date"]], [claim["y"]], linestyle="none", marker="o", markersize=_STEM_POINT_SIZE,
                    markerfacecolor=_STEM_COLOR, markeredgecolor="white", markeredgewidth=1.2,
                    zorder=_STEM_ZORDER + 0.01, clip_on=False, gid=f"point:{claim['claim_id']}")
        claim["x_num"] = float(mdates.date2num(claim["date"]))
        claim["marker_size"] = size
        claim["drop"] = down
        markers.append(line)
    return markers


#: A lowered marker's stem and the dot at its exact point on the line: above every claim marker (zorder 6),
#: so a point under the previous day's marker shows; dark and at least 2 pt wide, to be seen on a projector.
_STEM_ZORDER = 6.5
_STEM_COLOR = "#1a1a1a"
_STEM_WIDTH = 2.0
_STEM_POINT_SIZE = 7


def _crowded_drops(ax, days: list, widest: dict) -> dict:
    """How far (points) below its point on the line each day's markers go: 0 for a day whose markers clear the
    previous day's on the axis; in a run of crowded days each one a marker's width below the one before."""
    x0, x1 = ax.get_xlim()
    width_pts = ax.get_position().width * ax.figure.get_figwidth() * 72 * 0.9  # (the layout may narrow the axes)
    if x1 <= x0 or width_pts <= 0:
        return {}
    drops, previous = {}, None
    for day in days:
        x = (float(mdates.date2num(day)) - x0) / (x1 - x0) * width_pts
        if previous is not None and x - previous[0] < (widest[previous[1]] + widest[day]) / 2 + 2:
            drops[day] = drops.get(previous[1], 0.0) + (widest[previous[1]] + widest[day]) / 2 + 3
        previous = (x, day)
    return drops


def _spread(positions: list[float], min_gap: float) -> list[float]:
    """New positions, in the same order, at least ``min_gap`` apart, each crowded run centred where it was."""
    if not positions:
        return []
    order = sorted(range(len(positions)), key=lambda i: (positions[i], i))
    clusters = [[i] for i in order]
    while True:
        placed = []
        for cluster in clusters:
            centre = sum(positions[i] for i in cluster) / len(cluster)
            first = centre - (len(cluster) - 1) / 2 * min_gap
            placed.append([first + k * min_gap for k in range(len(cluster))])
        merged = False
        for k in range(len(clusters) - 1):
            if placed[k + 1][0] - placed[k][-1] < min_gap - 1e-9:
                clusters[k:k + 2] = [clusters[k] + clusters[k + 1]]
                merged = True
                break
        if not merged:
            break
    result = [0.0] * len(positions)
    for cluster, spots in zip(clusters, placed):
        for i, spot in zip(cluster, spots):
            result[i] = spot
    return result


#: Head nouns of an institution's name: a label headed by one reads with "the" in a sentence.
_INSTITUTION_HEADS = frozenset(
    "ministry staff force military army navy government kremlin pentagon institute service office council "
    "command directorate department agency guard parliament commission committee embassy administration presidency "
    "headquarters group alliance secretariat duma rada cabinet court police media".split())


def speaker_in_title(label: str) -> str:
    """A speaker label as it reads inside a sentence ("What … said"): an institution's name
    headed by a common noun takes "the" ("the Russian Defence Ministry", "the Kremlin", "the
    Office of the President of Ukraine"); a person's name, an acronym ("NATO"), a brand
    ("DeepState"), a plural group ("Ukrainian military officials") or a label that already has
    its article is kept as written; one unnamed person takes "a" ("a senior Western diplomat
    (unnamed)").

    Example:
        >>> [speaker_in_title(s) for s in ("Russian Defence Ministry", "Vladimir Putin", "Kremlin", "NATO",
        ...                                "Ukrainian military officials", "Institute for the Study of War (ISW)")]
        ['the Russian Defence Ministry', 'Vladimir Putin', 'the Kremlin', 'NATO', 'Ukrainian military officials', 'the Institute for the Study of War (ISW)']
    """
    label = " ".join(str(label or "").split())
    if not label or re.match(r"(?:the|a|an)\s", label, re.I):
        return label
    if label.endswith("(unnamed)") and label[:1].islower():  # one person the article does not name
        return f"{'an' if label[:1] in 'aeiou' else 'a'} {label}"
    from saidvsdone import compare  # the speakers table's kinds, and how an unknown label is read
    if compare.speaker_type(label) != "Organization":
        return label
    name = re.split(r"\s+(?:of|for|on)\s+|\s*\(", label, maxsplit=1)[0]  # "Office of the President": Office
    words = name.split()
    head = words[-1].strip("’'.,") if words else ""
    return f"the {label}" if head.lower() in _INSTITUTION_HEADS else label


def _claims_legend(ax, placed, base_frac: float, one_speaker: str) -> None:
    if not placed:
        return
    types = [p["claim_type"] for p in placed]
    known = list(CLAIM_TYPE_STYLES)
    ordered = sorted(set(types), key=lambda t: (t not in known, known.index(t) if t in known else 0, t))
    handles = []
    for claim_type in ordered:
        style = _type_style(claim_type, types)
        handles.append(Line2D([], [], linestyle="none", marker=style["marker"], markersize=_MARKER_SIZE,
                              markerfacecolor=style["color"], markeredgecolor="white", markeredgewidth=1.5,
                              label=style["name"]))
    reported = any(p.get("label", "").startswith("reported:") for p in placed)  # paraphrase is not their words
    title = (f"What {speaker_in_title(one_speaker)} said" if one_speaker else "What was said") + (
        " or was reported to say" if reported else "")
    renderer = _renderer(ax.figure)
    for ncol in range(len(handles), 0, -1):   # as many columns as fit across the plot
        legend = ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.0, base_frac + 0.03),
                           ncol=ncol, fontsize=13, handletextpad=0.3, borderaxespad=0.4, columnspacing=1.2,
                           title=title, alignment="left")
        if legend.get_window_extent(renderer).width <= 0.92 * ax.bbox.width:
            break
    legend.set_gid("legend")


def _label_lanes(fig, ax, placed, markers, renderer) -> float:
    """Place each claim's label in a lane above the axes; return the height used, in points.

    Positions are computed in points for the current layout, then stored as
    offsets (in points) from the claim's date at the top of the axes, so the
    labels keep their places when the figure is saved at another dpi.
    """
    if not placed:
        return 0.0
    to_pts = 72 / fig.dpi
    texts = []
    for claim in placed:
        text = ax.text(0, 0, claim["text"], fontsize=_LABEL_SIZE, ha="left", va="bottom", linespacing=1.25,
                       color="#222222", clip_on=False, gid=f"label:{claim['claim_id']}")
        extent = text.get_window_extent(renderer)
        texts.append((text, extent.width * to_pts, extent.height * to_pts))

    axes_box = ax.get_window_extent(renderer)
    lo = axes_box.x0 * to_pts - 0.5 * 72          # labels may reach a little into the left margin
    hi = min(axes_box.x1 * to_pts + _RIGHT_MARGIN * 72 * 0.8, fig.bbox.width * to_pts - 6)
    true_x = [ax.transData.transform((claim["x_num"], 0))[0] * to_pts for claim in placed]
    anchors = _spread(true_x, 2 * _LEADER_CLEARANCE + 4)   # where each leader meets the top of the axes
    lanes = _assign_lanes(anchors, [width for _, width, _ in texts], lo, hi)

    lane_height = max(height for _, _, height in texts) + _LANE_GAP
    blend = blended_transform_factory(ax.transData, ax.transAxes)
    arrow = dict(arrowstyle="-", color=_LEADER_COLOR, linewidth=1.0, shrinkA=0)
    for claim, marker, (text, _, _), x, anchor, (lane, left) in zip(placed, markers, texts, true_x, anchors, lanes):
        lift = _LANE_BASE + lane * lane_height

        def at(dx_pts: float, dy_pts: float):
            return blend + ScaledTranslation(dx_pts / 72, dy_pts / 72, fig.dpi_scale_trans)

        text.set_position((claim["x_num"], 1.0))
        text.set_transform(at(left - x, lift))
        # Leader: straight down from the label to the top of the axes, then to the marker.
        upper = ax.annotate("", xy=(claim["x_num"], 1.0), xycoords=at(anchor - x, 0),
                            xytext=(claim["x_num"], 1.0), textcoords=at(anchor - x, lift - 2),
                            arrowprops=dict(arrow, shrinkB=0), annotation_clip=False)
        marker_at = ax.transData + ScaledTranslation(0, -claim.get("drop", 0.0) / 72, fig.dpi_scale_trans)
        lower = ax.annotate("", xy=(claim["x_num"], claim["y"]), xycoords=marker_at,
                            xytext=(claim["x_num"], 1.0), textcoords=at(anchor - x, 0),
                            arrowprops=dict(arrow, shrinkB=claim["marker_size"] / 2 + 1), annotation_clip=False)
        for part in (upper, lower):
            part.set_gid(f"leader:{claim['claim_id']}")
            part.set_zorder(1.5)
    n_lanes = max(lane for lane, _ in lanes) + 1
    return _LANE_BASE + n_lanes * lane_height


_CENTRE, _LEFT_OF, _RIGHT_OF = "centre", "left_of", "right_of"


def _assign_lanes(anchors: list[float], widths: list[float], lo: float, hi: float) -> list[tuple[int, float]]:
    """Greedy lanes for labels (in points): ``(lane, left edge)`` per label, lane 0 nearest the plot.

    A label is centred on its anchor, or set to the left or to the right of it
    (the anchor ``_LABEL_INSET`` in from its edge), always inside ``[lo, hi]``.
    Taking the labels one by one, each goes into the lowest lane where it
    overlaps no label, covers no leader line passing through that lane, and
    where its own leader (straight down from its anchor) crosses no label in
    the lanes below. Crowded runs come out as staircases.

    The greedy pass is run in several orders — left to right, right to left,
    and from the middle outwards — with each order of preference among the
    three placements; the layout with the fewest forced crossings, then the
    fewest lanes, then the labels closest to centred on their anchors, wins.
    """
    n = len(anchors)
    by_x = sorted(range(n), key=lambda i: (anchors[i], i))
    middle = (lo + hi) / 2
    left_half = [i for i in reversed(by_x) if anchors[i] < middle]
    right_half = [i for i in by_x if anchors[i] >= middle]
    orders = [
        (by_x, None),
        (list(reversed(by_x)), None),
        # From the middle outwards: labels on the left open to the right, on the right to the left.
        (left_half + right_half, {i: (_RIGHT_OF, _CENTRE, _LEFT_OF) for i in left_half}
         | {i: (_LEFT_OF, _CENTRE, _RIGHT_OF) for i in right_half}),
    ]
    best = None
    for order, fixed in orders:
        preferences = [None] if fixed else list(itertools.permutations((_CENTRE, _LEFT_OF, _RIGHT_OF)))
        for preference in preferences:
            prefer = fixed or {i: preference for i in range(n)}
            layout, forced = _greedy_lanes(anchors, widths, lo, hi, order, prefer)
            n_lanes = max((lane for lane, _ in layout), default=-1) + 1
            off_centre = sum(abs(left + width / 2 - x) for (_, left), width, x in zip(layout, widths, anchors))
            score = (forced, n_lanes, round(off_centre, 6))
            if best is None or score < best[0]:
                best = (score, layout)
    return best[1]


def _greedy_lanes(anchors, widths, lo, hi, order, prefer):
    boxes: list[list[tuple[float, float]]] = []     # per lane: label extents
    leaders: list[list[float]] = []                 # per lane: x of leaders passing through
    layout: list = [None] * len(anchors)
    forced = 0
    waiting = set(order)
    for i in order:
        waiting.discard(i)
        x, width = anchors[i], widths[i]
        lefts = {_CENTRE: x - width / 2, _LEFT_OF: x - width + _LABEL_INSET, _RIGHT_OF: x - _LABEL_INSET}
        candidates = []
        for kind in prefer[i]:
            left = min(max(lefts[kind], lo), max(hi - width, lo))
            if left not in candidates:
                candidates.append(left)
        chosen = None
        # First try not to cover the anchor of a label still to come (its leader would have to cross us).
        for strict in (True, False):
            for lane in range(len(boxes) + 1):
                if any(l - _LEADER_CLEARANCE < x < r + _LEADER_CLEARANCE for below in boxes[:lane] for l, r in below):
                    break      # our leader would cross a label below, and would in every lane above too
                taken = boxes[lane] if lane < len(boxes) else []
                passing = leaders[lane] if lane < len(leaders) else []
                for left in candidates:
                    right = left + width
                    if any(left < r + _LABEL_PAD and l < right + _LABEL_PAD for l, r in taken):
                        continue
                    if any(left - _LEADER_CLEARANCE < lx < right + _LEADER_CLEARANCE for lx in passing):
                        continue
                    if strict and any(left - _LEADER_CLEARANCE < anchors[j] < right + _LEADER_CLEARANCE
                                      for j in waiting):
                        continue
                    chosen = (lane, left)
                    break
                if chosen:
                    break
            if chosen:
                break
        if chosen is None:  # blocked by a label below: go on top, crossing it
            forced += 1
            chosen = (len(boxes), candidates[0])
        lane, left = chosen
        while len(boxes) <= lane:
            boxes.append([])
            leaders.append([])
        boxes[lane].append((left, left + width))
        for below in range(lane):
            leaders[below].append(x)
        layout[i] = chosen
    return layout, forced


def _default_timeline_title(value: str, source: str) -> str:
    what = "area" if value == "area_km2" else "share of Ukraine"
    return f"Russian-held {what} and what was said"


def _credit_line(credit: str, base: territory.Baseline, as_of_day) -> str:
    parts = []
    if credit:
        parts.append(f"Source: {credit.rstrip('.')}.")
    parts.append(f"Pre-invasion area: {base.source.rstrip('.')}.")
    if as_of_day is not None:
        parts.append(f"Data as of {_fmt_day(as_of_day)}.")
    return " ".join(parts)


# ---------------------------------------------------------------- axes formatting and layout


def _format_value_axis(ax, value: str) -> None:
    ax.set_ylabel(_VALUE_AXIS[value])
    ax.yaxis.set_major_locator(mticker.MaxNLocator(nbins=7, steps=[1, 2, 2.5, 5, 10], integer=True))
    if value == "area_km2":
        ax.yaxis.set_major_formatter(mticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    else:
        ax.yaxis.set_major_formatter(mticker.FuncFormatter(lambda v, _: f"{v:g}%"))


def _format_date_axis(ax, x_lo: pd.Timestamp, x_hi: pd.Timestamp) -> None:
    """Readable date ticks: years on long charts, months (with the year where it changes) on short ones."""
    first, last = (pd.Timestamp(mdates.num2date(v)).tz_localize(None).normalize() for v in ax.get_xlim())
    years = (x_hi - x_lo).days / 365.25
    if years > 2.5:
        # A tick on each 1 January, plus one at the first quarter shown when the chart starts mid-year.
        ticks = list(pd.date_range(first, last, freq="YS"))
        quarters = pd.date_range(first, last, freq="QS")
        if len(quarters) and (not ticks or ticks[0] - quarters[0] > pd.Timedelta(days=120)):
            ticks.insert(0, quarters[0])
        minor = mdates.MonthLocator(bymonth=(4, 7, 10))
    elif years > 1 / 6:
        step = 3 if years > 1.25 else 2 if years > 0.75 else 1
        ticks = [t for t in pd.date_range(first, last, freq="MS") if (t.month - 1) % step == 0]
        minor = mdates.MonthLocator()
    else:
        locator = mdates.AutoDateLocator(minticks=4, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        return
    ax.xaxis.set_major_locator(mticker.FixedLocator(mdates.date2num(ticks)))
    ax.xaxis.set_minor_locator(minor)
    ax.tick_params(axis="x", which="minor", length=3)
    first_tick = ticks[0] if ticks else None

    def label(value, _):
        day = pd.Timestamp(mdates.num2date(value)).tz_localize(None)
        if years > 2.5:
            return f"{day:%Y}" if day.month == 1 else f"{day:%b %Y}"
        return f"{day:%b}\n{day:%Y}" if day.month == 1 or day == first_tick else f"{day:%b}"

    ax.xaxis.set_major_formatter(mticker.FuncFormatter(label))


def _lay_out(fig, ax, own_figure: bool, *, footer: list[tuple[str, dict]], title: str,
             above=None, fit=(), axes_height: float | None = None, min_axes_height: float = 3.3) -> None:
    """Fit margins around ``ax`` (own figures only), then place lanes, title and footer lines.

    Everything outside the axes is anchored to the axes in points, so the
    figure keeps its layout at any dpi. ``above(renderer)`` draws what goes
    between the plot and the title and returns its height in points. In a
    figure of our own, the title and the footer start at the left edge of the
    y-axis labels and the figure grows or shrinks in height to fit them
    (``axes_height`` inches of plot, or what the style's figure height leaves).
    """
    renderer = _renderer(fig)
    to_pts = 72 / fig.dpi
    width_in = fig.get_figwidth()
    indent_pts = 0.0     # from the axes' left edge back to where the title and footer start
    if own_figure:
        fig.draw_without_rendering()
        ybox = ax.yaxis.get_tightbbox(renderer)
        y_labels_in = (ax.bbox.x0 - ybox.x0) / fig.dpi
        fig.subplots_adjust(left=(y_labels_in + _LEFT_PAD) / width_in, right=1 - _RIGHT_MARGIN / width_in)
        fig.draw_without_rendering()
        indent_pts = y_labels_in * 72
    if fit:
        _fit_texts(ax, fit, renderer)
    text_width_pts = ax.bbox.width * to_pts + indent_pts + (_RIGHT_MARGIN * 72 * 0.85 if own_figure else 0)

    above_pts = above(renderer) if above else 0.0
    # a tick label at the top ("150,000") stands half its height above the axes, under the title's left end:
    # room for it whatever ticks the final height gives (a line of DejaVu Sans is ~1.17 em tall)
    labels = [t for t in ax.get_yticklabels() if t.get_visible()]
    ticks_above_pts = 0.6 * max((t.get_fontsize() for t in labels), default=0.0)
    title_text = ax.set_title("", loc="left", pad=max(above_pts, ticks_above_pts) + 6)
    title_text.set_text(_wrap_to(title, text_width_pts, title_text, renderer, balance=True))
    title_text.set_x(-indent_pts / (ax.bbox.width * to_pts))
    title_text.set_gid("title")

    fig.draw_without_rendering()
    xbox = ax.xaxis.get_tightbbox(renderer)
    offset = (ax.bbox.y0 - xbox.y0) * to_pts + 12
    for text, props in footer:
        props = dict(props)
        gid = props.pop("gid", "note" if props.get("style") == "italic" else "source")
        note = ax.annotate("", xy=(0, 0), xycoords="axes fraction", xytext=(-indent_pts, -offset),
                           textcoords="offset points", ha="left", va="top", annotation_clip=False,
                           linespacing=1.3, **props)
        note.set_text(_wrap_to(text, text_width_pts, note, renderer))
        note.set_gid(gid)
        offset += note.get_window_extent(renderer).height * to_pts + 6

    if own_figure:
        fig.draw_without_rendering()
        title_top = title_text.get_window_extent(renderer).y1 if title else ax.bbox.y1
        top_in = (title_top - ax.bbox.y1) / fig.dpi + _TOP_PAD
        bottom_in = offset / 72 + _BOTTOM_PAD
        if axes_height is None:
            axes_height = max(fig.get_figheight() - top_in - bottom_in, min_axes_height)
        height_in = top_in + axes_height + bottom_in
        fig.set_figheight(height_in, forward=False)
        fig.subplots_adjust(bottom=bottom_in / height_in, top=1 - top_in / height_in)


def _renderer(fig):
    get = getattr(fig.canvas, "get_renderer", None)
    return get() if get else fig._get_renderer()


def _wrap_to(text: str, width_pts: float, artist, renderer, *, balance: bool = False) -> str:
    """``text`` with line breaks so that, set in ``artist``'s font, no line is wider than ``width_pts``.

    ``balance`` (a title): the same number of lines, as even as they go — the narrowest width that needs no
    more lines than ``width_pts`` does — so a long title never ends on one word alone (``… before April`` /
    ``2022``), which reads as a second heading on a projector."""
    font = artist.get_fontproperties()
    to_pts = 72 / artist.figure.dpi
    widths: dict[str, float] = {}  # each candidate line is measured once, however often the search tries it

    def width_of(line: str) -> float:
        if line not in widths:
            widths[line] = renderer.get_text_width_height_descent(line, font, ismath=False)[0] * to_pts
        return widths[line]

    def wrapped(limit: float) -> list[str]:
        lines = []
        for paragraph in text.split("\n"):
            current = ""
            for word in paragraph.split(" "):
                candidate = f"{current} {word}" if current else word
                if current and width_of(candidate) > limit:
                    lines.append(current)
                    current = word
                else:
                    current = candidate
            lines.append(current)
        return lines

    lines = wrapped(width_pts)
    if balance and len(lines) > len(text.split("\n")):  # wrapped: search the narrowest width with as many lines
        low, high = width_pts / len(lines), width_pts
        for _ in range(_BALANCE_STEPS):
            middle = (low + high) / 2
            narrower = wrapped(middle)
            if len(narrower) <= len(lines):
                high, lines = middle, narrower
            else:
                low = middle
    return "\n".join(lines)


#: Halvings of the width range when a title's lines are balanced (a few points' precision on a 12-inch figure).
_BALANCE_STEPS = 8


def _fit_texts(ax, texts, renderer, *, margin_px: float = 8, rounds: int = 5) -> None:
    """Widen the x limits until every text in ``texts`` lies inside the axes, ``margin_px`` from the edges."""
    texts = list(texts)
    for _ in range(rounds):
        if not texts:
            return
        ax.figure.draw_without_rendering()
        need_lo = max(ax.bbox.x0 + margin_px - t.get_window_extent(renderer).x0 for t in texts)
        need_hi = max(t.get_window_extent(renderer).x1 - (ax.bbox.x1 - margin_px) for t in texts)
        if need_lo <= 0.5 and need_hi <= 0.5:
            return
        lo, hi = ax.get_xlim()
        per_px = (hi - lo) / ax.bbox.width
        ax.set_xlim(lo - max(need_lo, 0) * per_px * 1.15, hi + max(need_hi, 0) * per_px * 1.15)


def _signed(value: float, *, plus: bool = True) -> str:
    """A number with thousands separators and a true minus sign (and a plus sign if asked)."""
    if value == 0:
        return "0"
    text = f"{value:+,.0f}" if plus else f"{value:,.0f}"
    return text.replace("-", "\u2212")


# ---------------------------------------------------------------- window changes


#: The most statements :func:`window_changes` draws by default: each takes about 1.7 inches (six bars and a gap), so
#: eight make a chart of about a page; a speaker quoted on 40 days would otherwise give one over 70 inches tall.
WINDOWS_MAX_GROUPS = 8

def window_changes(comparison: pd.DataFrame, *, windows: Iterable[int] = (14, 30, 90),
                   title: str | None = None, max_groups: int | None = WINDOWS_MAX_GROUPS):
    """Net change in Russian-held area in the windows before and after each claim.

    One group of horizontal bars per claim (top to bottom in date order),
    labelled with its ``label`` (or its claim type), then its ``speaker``, date and
    the ``series`` its bars are measured on (DeepState or ISW). In each group,
    one bar per window before the claim (``change_before_{w}d_km2``: the
    change over the ``w`` days up to the statement, shown as "−w d") and after
    it (``change_after_{w}d_km2``, "+w d"). Bar length is the number as given;
    positive = Russia gained ground. A NaN (window not covered by the series)
    draws no bar but the text "n/a". ``comparison.attrs["sources"]``, when
    present, is credited under the chart. Windows are told apart by lightness
    (greys before, blues after) and the middle one by a hatch, so a washed-out
    projector still separates them.

    At most ``max_groups`` statements are drawn (:data:`WINDOWS_MAX_GROUPS`; ``None`` draws every one): the
    earliest (groups run by statement date), and a note under the chart (``gid`` ``"left-out"``) says how many were
    left out and from which statement on — never silently. Filter the frame first to choose others.

    Returns ``(fig, ax)``; bars carry ``gid`` ``"bar:<claim_id>:before:<w>"`` /
    ``"bar:<claim_id>:after:<w>"``.

    Example:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> import pandas as pd
        >>> from saidvsdone import charts
        >>> comparison = pd.DataFrame({
        ...     "claim_id": ["c1"], "label": ["“Going to plan”"],
        ...     "statement_date": pd.to_datetime(["2022-04-12"]),
        ...     "change_before_30d_km2": [float("nan")], "change_after_30d_km2": [4321.0],
        ... })
        >>> fig, ax = charts.window_changes(comparison, windows=(30,))
        >>> [round(bar.get_width()) for bar in ax.patches if (bar.get_gid() or "").startswith("bar:")]
        [4321]
        >>> [t.get_text() for t in ax.texts if t.get_text() == "n/a"]
        ['n/a']
        >>> matplotlib.pyplot.close(fig)
    """
    windows = sorted({int(w) for w in windows})
    if not windows:
        raise ValueError("windows must name at least one window length in days")
    frame = _checked_comparison(comparison, windows)
    if max_groups is not None and int(max_groups) < 1:
        raise ValueError(f"max_groups must be at least 1 (or None for every statement), got {max_groups}")
    total = len(frame)
    if max_groups is not None and total > int(max_groups):
        rest = frame.iloc[int(max_groups):]
        frame = frame.head(int(max_groups))
    bars = ([("before", w) for w in reversed(windows)] + [("after", w) for w in windows])
    colors = _window_colors(windows)
    bar_height = 1.0            # one slot per bar, _BAR_SLOT points tall
    group_gap = 1.8
    pitch = len(bars) * bar_height + group_gap

    with _styled():
        n = len(frame)
        fig, ax = plt.subplots()
        values, value_texts = [], []
        for g, row in enumerate(frame.itertuples(index=False)):
            centre = g * pitch
            for k, (side, w) in enumerate(bars):
                y = centre + (k - (len(bars) - 1) / 2) * bar_height
                amount = getattr(row, f"change_{side}_{w}d_km2")
                label = f"{'−' if side == 'before' else '+'}{w} d"
                if pd.isna(amount):
                    ax.annotate("n/a", xy=(0, y), xytext=(5, 0), textcoords="offset points", ha="left",
                                va="center", fontsize=_BAR_VALUE_SIZE, color=_MUTED, style="italic",
                                gid=f"na:{row.claim_id}:{side}:{w}")
                    continue
                amount = float(amount)
                values.append(amount)
                ax.barh(y, amount, height=bar_height * 0.8, color=colors[(side, w)], label=label,
                        hatch=_window_hatch(windows, w), edgecolor="#333333", linewidth=0.6,
                        gid=f"bar:{row.claim_id}:{side}:{w}", zorder=3)
                value_texts.append(ax.annotate(
                    _signed(amount), xy=(amount, y), xytext=(5 if amount >= 0 else -5, 0),
                    textcoords="offset points", ha="left" if amount >= 0 else "right", va="center",
                    fontsize=_BAR_VALUE_SIZE, color="#333333", gid=f"value:{row.claim_id}:{side}:{w}"))

        ax.set_yticks([g * pitch for g in range(n)],
                      [_group_label(row) for row in frame.itertuples(index=False)])
        ax.tick_params(axis="y", length=0)
        ax.set_ylim((n - 1) * pitch + pitch / 2, -pitch / 2)
        lo, hi = min(values, default=0.0), max(values, default=0.0)
        span = max(hi - lo, abs(hi), abs(lo), 1.0)
        ax.set_xlim(min(lo, 0) - 0.04 * span, max(hi, 0) + 0.04 * span)
        ax.axvline(0, color="#222222", linewidth=1.2, zorder=4, gid="zero")
        ax.grid(axis="y", visible=False)
        for g in range(1, n):
            ax.axhline(g * pitch - pitch / 2, color="#DDDDDD", linewidth=0.8, zorder=1)
        ax.xaxis.set_major_locator(mticker.MaxNLocator(nbins=5))
        ax.xaxis.set_major_formatter(mticker.FuncFormatter(lambda v, _: _signed(v)))
        ax.set_xlabel("Net change in Russian-held area (km²)", labelpad=30)
        ax.annotate("◀ Ukraine gained ground", xy=(0, 0), xycoords="axes fraction", xytext=(0, -30),
                    textcoords="offset points", ha="left", va="top", fontsize=12, color=_MUTED)
        ax.annotate("Russia gained ground ▶", xy=(1, 0), xycoords="axes fraction", xytext=(0, -30),
                    textcoords="offset points", ha="right", va="top", fontsize=12, color=_MUTED)

        handles = [Patch(facecolor=colors[key], hatch=_window_hatch(windows, key[1]), edgecolor="#333333",
                         linewidth=0.6, label=f"{'−' if key[0] == 'before' else '+'}{key[1]} d") for key in bars]
        ncol = len(handles) if len(handles) <= 4 else (len(handles) + 1) // 2
        if ncol < len(handles):  # two rows, before over after: legends fill column by column
            half = len(handles) // 2
            handles = [h for pair in itertools.zip_longest(handles[:half], handles[half:]) for h in pair if h]
        legend = ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=ncol,
                           title="Days before (−) and after (+) the statement", alignment="left",
                           fontsize=13, borderaxespad=0.3)
        legend.set_gid("legend")

        footer = []
        credits = comparison.attrs.get("sources") or {}
        if credits:
            footer.append((" ".join(f"Source: {c.rstrip('.')}." for c in credits.values()),
                           {"fontsize": _SOURCE_SIZE, "color": _MUTED}))
        footer.append(("Net change: gains and losses within a window cancel out.",
                       {"fontsize": _SOURCE_SIZE, "color": _MUTED, "gid": "note"}))
        if total > n:
            first = rest.iloc[0]
            day = "" if pd.isna(first["statement_date"]) else f"{_fmt_day(first['statement_date'])}, "
            footer.insert(0, (_left_out_note(n, total, "statement", f"{day}{first['claim_id']}"),
                              {"fontsize": _NOTE_SIZE, "color": _MUTED, "style": "italic", "gid": "left-out"}))
        _lay_out(fig, ax, True, footer=footer,
                 title=title or "Net change in Russian-held area before and after each statement",
                 above=lambda renderer: _legend_height(legend, renderer, fig), fit=value_texts,
                 axes_height=n * pitch * _BAR_SLOT / 72)
    return fig, ax


def _legend_height(legend, renderer, fig) -> float:
    return legend.get_window_extent(renderer).height * 72 / fig.dpi + 4


def _checked_comparison(comparison: pd.DataFrame, windows: list[int]) -> pd.DataFrame:
    if not isinstance(comparison, pd.DataFrame):
        raise TypeError(f"comparison must be a DataFrame, got {type(comparison).__name__}")
    needed = ["claim_id", "statement_date"] + [f"change_{side}_{w}d_km2" for w in windows
                                               for side in ("before", "after")]
    missing = [c for c in needed if c not in comparison.columns]
    if "label" not in comparison.columns and "claim_type" not in comparison.columns:
        missing.append("label (or claim_type)")
    if missing:
        raise ValueError(f"comparison is missing columns: {', '.join(missing)}")
    if comparison.empty:
        raise ValueError("comparison has no rows")
    frame = comparison.reset_index(drop=True).copy()
    frame["statement_date"] = pd.to_datetime(frame["statement_date"], errors="coerce")
    return frame.sort_values("statement_date", kind="stable", na_position="last", ignore_index=True)


def _window_colors(windows: list[int]) -> dict:
    # before: greys, after: blues; neighbours differ in lightness by a projector-proof step, and the
    # middle windows carry a hatch as well (see _WINDOW_HATCHES)
    greys = ["#262626", "#7A7A7A", "#C8C8C8", "#E0E0E0"]
    blues = ["#08457E", PALETTE["blue"], "#8CC8EC", "#C6E3F5"]
    colors = {}
    for k, w in enumerate(windows):
        colors[("before", w)] = greys[min(k, len(greys) - 1)]
        colors[("after", w)] = blues[min(k, len(blues) - 1)]
    return colors


def _window_hatch(windows: list[int], w: int) -> str:
    """The middle window of three (30 d of 14/30/90) is hatched: told apart without colour."""
    return "///" if len(windows) >= 3 and w == windows[len(windows) // 2] else ""


def _group_label(row) -> str:
    """The claim's short label, then who said it, when, and which series the bars come from."""
    label = getattr(row, "label", None)
    if not isinstance(label, str) or not label.strip():
        label = _type_name(str(getattr(row, "claim_type", "") or ""))
    label = _shorten(label, 34)
    second, third = [], []
    speaker = getattr(row, "speaker", None)
    if isinstance(speaker, str) and speaker.strip():
        second.append(_short_speaker(speaker, 18))
    second.append(_fmt_day(row.statement_date) if pd.notna(row.statement_date) else "undated")
    outlet = getattr(row, "outlet", None)
    if label.startswith("reported:") and isinstance(outlet, str) and outlet.strip():
        third.append(_outlet_label(outlet, 24))
    series = getattr(row, "series", None)
    if isinstance(series, str) and series.strip():
        source, _, area = series.partition(" ")
        third.append(f"{_SHORT_SOURCE_NAMES.get(source, source)}{' ' + area if area else ''}")
    lines = [label, " · ".join(second)] + ([" · ".join(third)] if third else [])
    return "\n".join(lines)


# ---------------------------------------------------------------- change since the statement

_LINE_COLORS = (PALETTE["blue"], PALETTE["vermillion"], PALETTE["bluish_green"], PALETTE["reddish_purple"],
                PALETTE["orange"], PALETTE["sky_blue"], PALETTE["black"])


def change_since(series, claims: pd.DataFrame, *, days: int = 90, source: str = "deepstate",
                 title: str | None = None, label="auto"):
    """The net change in Russian-held area since each statement: the "zoomed" view in which
    moves of 100–500 km² are visible, where the whole-war timeline makes them look flat.

    One step line per statement date, from ``days`` before to ``days`` after it, at 0 on the
    statement day (the value in force that day); x is days from the statement. Above 0,
    Russia held more than on the day it was said. A date before DeepState's archive starts
    is read on ISW when ``series`` holds it (its label says "ISW"). One label per date, as
    in :func:`claims_timeline` (``label``: ``"auto"``, ``"all"``, ``"none"`` or claim ids);
    at most seven dates get a colour and a label, the others are thin grey lines counted
    in a note. Claims with no date or no series value are counted in the note too.

    Returns ``(fig, ax)``; lines carry ``gid`` ``"since:<YYYY-MM-DD>"``, labels
    ``"label:<claim_id>"``.

    Example:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> import pandas as pd
        >>> from saidvsdone import charts, territory
        >>> claims = pd.DataFrame({"claim_id": ["a"], "claim_type": ["on_plan"], "label": ["“going to plan”"],
        ...                        "statement_date": pd.to_datetime(["2022-10-14"])})
        >>> fig, ax = charts.change_since(territory.load(), claims, days=30)
        >>> line = next(l for l in ax.get_lines() if l.get_gid() == "since:2022-10-14")
        >>> int(line.get_xdata()[0]), int(line.get_xdata()[-1]), float(line.get_ydata()[list(line.get_xdata()).index(0)])
        (-30, 30, 0.0)
        >>> matplotlib.pyplot.close(fig)
    """
    if isinstance(days, bool) or not isinstance(days, (int, np.integer)) or days <= 0:
        raise ValueError(f"days must be a whole number of days above 0, got {days!r}")
    frame, credit = _one_series(series, source)
    earlier, earlier_credit = _earlier_series(series, source, frame)
    claims = _checked_claims(claims)
    dated = claims[claims["statement_date"].notna()]
    notes = []
    if len(claims) - len(dated):
        notes.append(_count_note(claims[claims["statement_date"].isna()], "undated claim", "undated claims"))
    placed, lines, skipped = [], {}, []
    for _, claim in dated.sort_values(["statement_date", "claim_id"], kind="stable").iterrows():
        day = claim["statement_date"]
        use, used = (frame, source) if day >= frame["date"].min() or earlier.empty else (earlier, "isw")
        if day not in lines:
            in_force = territory.value_on(use.assign(source=used), [day]).iloc[0]
            if in_force["status"] != "ok":
                skipped.append(claim)
                continue
            part = use[(use["date"] >= day - pd.Timedelta(days=days)) & (use["date"] <= day + pd.Timedelta(days=days))]
            offsets = ((part["date"] - day).dt.days).tolist()
            values = (part["area_km2"] - in_force["area_km2"]).tolist()
            if 0 not in offsets:   # the value in force on the day itself, even on a day without a map
                at = sum(1 for o in offsets if o < 0)
                offsets.insert(at, 0)
                values.insert(at, 0.0)
            lines[day] = (offsets, values, used)
        speaker, text = claim.get("speaker"), claim.get("label")
        placed.append({"claim_id": claim["claim_id"], "claim_type": claim["claim_type"], "date": day,
                       "speaker": " ".join(speaker.split()) if isinstance(speaker, str) else "",
                       "label": " ".join(text.split()) if isinstance(text, str) else "",
                       "outlet": " ".join(claim.get("outlet").split()) if isinstance(claim.get("outlet"), str)
                       else ""})
    if skipped:
        notes.append(_count_note(pd.DataFrame(skipped), "claim with no map value", "claims with no map value",
                                 with_dates=True))
    if not placed:
        raise ValueError("no dated claim has a value in the series: nothing to draw")
    chosen, _ = _one_label_per_date(placed, label)
    chosen = chosen[:len(_LINE_COLORS)]
    colour_of = {placed[i]["date"]: _LINE_COLORS[k] for k, i in enumerate(chosen)}
    speakers = {p["speaker"] for p in placed}

    with _styled():
        fig, ax = plt.subplots()
        ends = []
        for day, (offsets, values, used) in lines.items():
            colour = colour_of.get(day)
            ax.plot(offsets, values, drawstyle="steps-post", color=colour or "#A8A8A8",
                    linewidth=2.4 if colour else 1.2, zorder=3 if colour else 2, gid=f"since:{day.date()}")
            ends.append((day, offsets[-1], values[-1], used))
        ax.axhline(0, color="#222222", linewidth=1.2, zorder=2.5, gid="zero")
        ax.axvline(0, color=_MUTED, linewidth=1.2, linestyle=(0, (4, 3)), zorder=2.5, gid="statement-day")
        ax.annotate("statement", xy=(0, 1), xycoords=("data", "axes fraction"), xytext=(4, -4),
                    textcoords="offset points", ha="left", va="top", fontsize=12, color=_MUTED)
        values = [v for offsets, vals, _ in lines.values() for v in vals]
        lo, hi = min(values + [0.0]), max(values + [0.0])
        span = max(hi - lo, 200.0)
        axes_height = 4.6
        label_pts = 36.0
        per_pt = (span * 1.1) / (axes_height * 72)
        labelled = [(placed[i], next(e for e in ends if e[0] == placed[i]["date"])) for i in chosen]
        wanted = [end[2] for _, end in labelled]
        spots = _spread(wanted, label_pts * per_pt) if wanted else []
        lo = min([lo] + [y - label_pts * per_pt / 2 for y in spots])
        hi = max([hi] + [y + label_pts * per_pt / 2 for y in spots])
        pad = (hi - lo) * 0.05
        ax.set_ylim(lo - pad, hi + pad)
        ax.set_xlim(-days, days)
        texts = []
        for (claim, (day, x_end, _, used)), y in zip(labelled, spots):
            claim["text"] = _claim_label(claim, with_speaker=len(speakers) > 1)
            if used != source:
                claim["text"] += f" ({_SHORT_SOURCE_NAMES.get(used, used)})"
            texts.append(ax.annotate(claim["text"], xy=(x_end, y), xytext=(8, 0), textcoords="offset points",
                                     ha="left", va="center", fontsize=_LABEL_SIZE, color=colour_of[day],
                                     linespacing=1.2, gid=f"label:{claim['claim_id']}"))
        if len(lines) > len(chosen):
            notes.append(f"{plural(len(lines) - len(chosen), 'more statement date')} in grey, not labelled "
                         "(pass label=[claim ids] to pick others).")
        ax.yaxis.set_major_formatter(mticker.FuncFormatter(lambda v, _: _signed(v)))
        ax.set_ylabel("Change in Russian-held area (km²)\n▼ Ukraine regained ground · Russia held more ▲",
                      fontsize=14)
        ax.set_xlabel("Days from the statement")
        step = next(t for t in (7, 14, 30, 60, 90, 180, 365, 730) if days / t <= 4)
        ax.set_xticks([t for t in range(-(days // step) * step, days + 1, step)])
        ax.xaxis.set_major_formatter(mticker.FuncFormatter(lambda v, _: _signed(v) if v else "0"))
        footer = []
        if notes:
            footer.append(("  ·  ".join(notes), {"fontsize": _NOTE_SIZE, "color": _MUTED, "style": "italic"}))
        footer.append(("Net change from the value in force on the statement day: gains and losses in between "
                       f"cancel out; changes under ±{_NOISE_KM2:.0f} km² are within the maps' noise.",
                       {"fontsize": _SOURCE_SIZE, "color": _MUTED, "gid": "method"}))
        credits = [credit] + ([earlier_credit] if any(used != source for *_, used in lines.values()) else [])
        footer.append((" ".join(f"Source: {c.rstrip('.')}." for c in credits if c),
                       {"fontsize": _SOURCE_SIZE, "color": _MUTED}))
        _lay_out(fig, ax, True, footer=footer, title=title or "Change in Russian-held area since each statement",
                 fit=texts, axes_height=axes_height)
    return fig, ax


_NOISE_KM2 = compare.NOISE_KM2  # the two DeepState archives differ by up to 86 km² on one day


# ---------------------------------------------------------------- claims by month


def claims_by_month(claims: pd.DataFrame, *, title: str | None = None):
    """How many claims of each type were made each month: stacked bars, the view that stays
    readable for hundreds of claims where a timeline would carry a marker each.

    ``claims`` needs ``claim_type`` and ``statement_date`` (a frame of ``claims.find`` or
    ``compare.claims_vs_territory``). Bars are coloured by type as in
    :data:`CLAIM_TYPE_STYLES` (other types grey, with a hatch of their own); months with no
    claim are shown empty between the first and the last; claims with no date are counted
    in a note. The y axis counts claims per month; the line under the chart says where they come from.

    Returns ``(fig, ax)``; bar segments carry ``gid`` ``"month:<YYYY-MM>:<claim_type>"``.

    Example:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"claim_type": ["on_plan", "threat", "on_plan"],
        ...                        "statement_date": pd.to_datetime(["2022-09-16", "2022-09-30", "2022-11-02"])})
        >>> fig, ax = claims_by_month(claims)
        >>> sorted((p.get_gid(), int(p.get_height())) for p in ax.patches if (p.get_gid() or "").startswith("month:"))
        [('month:2022-09:on_plan', 1), ('month:2022-09:threat', 1), ('month:2022-11:on_plan', 1)]
        >>> matplotlib.pyplot.close(fig)
    """
    _require_columns(claims, "claims", ("claim_type", "statement_date"))
    dates = pd.to_datetime(claims["statement_date"], errors="coerce")
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_convert("UTC").dt.tz_localize(None)
    frame = pd.DataFrame({"type": claims["claim_type"].fillna("").astype(str), "month": dates.dt.to_period("M")})
    undated = int(frame["month"].isna().sum())
    frame = frame.dropna(subset=["month"])
    if frame.empty:
        raise ValueError("no dated claim to count")
    counts = frame.groupby(["month", "type"]).size().unstack(fill_value=0)
    months = pd.period_range(counts.index.min(), counts.index.max(), freq="M")
    counts = counts.reindex(months, fill_value=0)
    known = list(CLAIM_TYPE_STYLES)
    types = sorted(counts.columns, key=lambda t: (t not in known, known.index(t) if t in known else 0, t))
    others = [t for t in types if t not in known]
    hatches = ("//", "..", "xx", "\\\\", "++", "oo")

    with _styled():
        fig, ax = plt.subplots()
        x = np.arange(len(months))
        bottom = np.zeros(len(months))
        for claim_type in types:
            style = _type_style(claim_type, types)
            hatch = hatches[others.index(claim_type) % len(hatches)] if claim_type in others else ""
            bars = ax.bar(x, counts[claim_type].to_numpy(), bottom=bottom, width=0.8, color=style["color"],
                          hatch=hatch, edgecolor="white", linewidth=0.8, label=style["name"], zorder=3)
            for bar, month, n in zip(bars, months, counts[claim_type]):
                bar.set_gid(f"month:{month}:{claim_type}" if n else None)
            bottom += counts[claim_type].to_numpy()
        step = max(1, int(np.ceil(len(months) / 12)))
        ax.set_xticks(x[::step], [f"{m:%b %Y}" for m in months[::step]])
        ax.set_xlim(-0.6, len(months) - 0.4)
        ax.yaxis.set_major_locator(mticker.MaxNLocator(integer=True))
        ax.set_ylabel("Claims per month")
        ax.grid(axis="x", visible=False)
        legend = ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=min(len(types), 4), fontsize=13,
                           borderaxespad=0.3)
        legend.set_gid("legend")
        footer = []
        if undated:
            footer.append((f"{plural(undated, 'claim')} with no date not counted.",
                           {"fontsize": _NOTE_SIZE, "color": _MUTED, "style": "italic"}))
        footer.append(("Source: the claims Said vs Done found in the articles, by the month they were made and their "
                       "type; a count of statements, not of events.",
                       {"fontsize": _SOURCE_SIZE, "color": _MUTED, "gid": "method"}))
        _lay_out(fig, ax, True, footer=footer, title=title or "Claims by month and type",
                 above=lambda renderer: _legend_height(legend, renderer, fig), axes_height=3.6)
    return fig, ax


def _require_columns(frame, what: str, columns: tuple[str, ...]) -> None:
    """TypeError unless ``frame`` is a DataFrame; ValueError naming the columns it lacks ("claims needs columns
    claim_id, claim_type and statement_date; missing: claim_type")."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{what} must be a DataFrame, got {type(frame).__name__}")
    missing = set(columns) - set(frame.columns)
    if missing:
        needed = f"{', '.join(columns[:-1])} and {columns[-1]}" if len(columns) > 1 else columns[0]
        raise ValueError(f"{what} needs columns {needed}; missing: {', '.join(sorted(missing))}")


def quotes_by_speaker(quotes: pd.DataFrame, *, top: int = 8, title: str | None = None, source: str | None = None):
    """Who is quoted most: one horizontal bar per speaker, the ``top`` speakers with the most quotes.

    ``quotes`` is a frame of ``quotes.extract`` (it needs ``speaker`` and ``kind``). Full quotes and fragments
    count; scare quotes (``kind == "scare"``) and quotes with no speaker do not, and a note under the chart says how
    many quotes had no speaker. The default title states the finding ("Vladimir Putin is quoted most: 46 of 67
    quotes with a speaker"; when the first two tie, "Who is quoted most: …"); ``source`` names the articles in the
    source line ("the five bundled articles").

    Returns ``(fig, ax)``; each bar carries ``gid`` ``"speaker:<name>"``.

    Example:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> quotes = pd.DataFrame({"speaker": ["Ivan Testenko", "Ivan Testenko", "Olga Vymyslova", "", "Ivan Testenko"],
        ...                        "kind": ["direct", "partial", "direct", "direct", "scare"]})
        >>> fig, ax = quotes_by_speaker(quotes)
        >>> ax.get_title(loc="left")
        'Ivan Testenko is quoted most: 2 of 3 quotes with a speaker'
        >>> [(p.get_gid(), int(p.get_width())) for p in ax.patches]
        [('speaker:Olga Vymyslova', 1), ('speaker:Ivan Testenko', 2)]
        >>> matplotlib.pyplot.close(fig)
    """
    _require_columns(quotes, "quotes", ("speaker", "kind"))
    counted = quotes[quotes["kind"].astype(str) != "scare"]
    speakers = counted["speaker"].fillna("").astype(str)
    unattributed = int((speakers == "").sum())
    counts = speakers[speakers != ""].value_counts()
    if counts.empty:
        raise ValueError("no quote with a speaker to count")
    counts = counts.sort_values(ascending=False, kind="stable").head(top).iloc[::-1]
    total = int((speakers != "").sum())
    with _styled():
        fig, ax = plt.subplots()
        bars = ax.barh(np.arange(len(counts)), counts.to_numpy(), height=0.7, color=PALETTE["blue"], zorder=3)
        for bar, name in zip(bars, counts.index):
            bar.set_gid(f"speaker:{name}")
        ax.bar_label(bars, padding=4, fontsize=_BAR_VALUE_SIZE)
        ax.set_yticks(np.arange(len(counts)), [_short_speaker(name, 34) for name in counts.index])
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="y", visible=False)
        ax.xaxis.set_major_locator(mticker.MaxNLocator(integer=True))
        ax.set_xlim(0, float(counts.max()) * 1.12)
        ax.set_xlabel("Quotes (full quotes and fragments)")
        footer = []
        left_out = len(speakers[speakers != ""].unique()) - len(counts)
        if left_out or unattributed:
            parts = [f"{plural(left_out, 'other speaker')} not shown"] if left_out else []
            parts += [f"{plural(unattributed, 'quote')} with no speaker not counted"] if unattributed else []
            footer.append(("; ".join(parts) + ".", {"fontsize": _NOTE_SIZE, "color": _MUTED, "style": "italic"}))
        footer.append((f"Source: the quotes Said vs Done found in {source or 'the articles'}, each with its speaker; "
                       "scare quotes left out.", {"fontsize": _SOURCE_SIZE, "color": _MUTED, "gid": "method"}))
        most = int(counts.iloc[-1])
        tied = len(counts) > 1 and int(counts.iloc[-2]) == most  # no one speaker is quoted most: the title says none
        finding = (f"Who is quoted most: {total} quotes with a speaker" if tied else
                   f"{counts.index[-1]} is quoted most: {most} of {total} quotes with a speaker")
        _lay_out(fig, ax, True, footer=footer, title=title or finding, axes_height=0.6 + 0.45 * len(counts))
    return fig, ax


# ---------------------------------------------------------------- facts vs series


_CONVERTED_UNITS = {"mi2": "sq mi", "ha": "hectares", "percent": None, "km2": None}


def _fact_row_label(row: dict) -> str:
    """The figure as reported, its conversion to km² when it was in another unit, then where
    and when it was reported and the period it covers (each when known)."""
    lines = [textwrap.fill(str(row.get("label", "")), 30)]
    unit, reported = str(row.get("unit") or ""), row.get("reported_km2")
    if _CONVERTED_UNITS.get(unit, unit) and reported is not None and not pd.isna(reported):
        lines.append(f"= {abs(float(reported)):,.0f} km² (converted)")
    if "speaker" in row or "source_attribution" in row:  # whose figure it is
        speaker, words = (str(row.get(k) or "").strip() for k in ("speaker", "source_attribution"))
        speaker, words = ("" if v == "nan" else v for v in (speaker, words))
        lines.append(f"stated by {_shorten(speaker, 30)}" if speaker
                     else f"per “{_shorten(words, 30)}”" if words else "the article's own figure")
    where = [str(row[key]) for key in ("outlet", "article_id") if isinstance(row.get(key), str) and row[key]][:1]
    where = [_outlet_label(where[0], 30)] if where else []
    date = row.get("reported_date")
    if date is not None and not pd.isna(date):
        where.append(f"reported {_fmt_day(date)}")
    if where:
        lines.append(" · ".join(where))
    start, end = row.get("period_start"), row.get("period_end")
    if start is not None and end is not None and not pd.isna(start) and not pd.isna(end):
        lines.append(f"period {_fmt_day(start)} – {_fmt_day(end)}")
    verdict = row.get("assessment")
    if isinstance(verdict, str) and verdict:
        lines.append(f"verdict: {verdict}")
    return "\n".join(lines)


#: The most rows :func:`facts_vs_series` draws by default: about a projector slide or a newsroom page (each row
#: takes 1.2 inches; a long live blog with 90 figures would otherwise give a chart over 100 inches tall).
FACTS_MAX_ROWS = 10


def facts_vs_series(facts_check: pd.DataFrame, *, title: str | None = None, xlabel: str = "Area (km²)",
                    max_rows: int | None = FACTS_MAX_ROWS):
    """Reported figure against measured figure, one row per fact (km²).

    ``facts_check`` needs ``label``, ``reported_km2``, ``measured_km2`` and
    ``measured_series`` (``"deepstate"``/``"isw"`` or free text; ``measured_source`` in 0.1 is read too). Each row is
    labelled with the figure as reported, its conversion to km² when the unit was
    another (``unit`` "mi2", "ha"), the ``outlet`` (else ``article_id``), the
    ``reported_date`` and the period (``period_start``–``period_end``), each when
    the frame has it, and whose figure it is when it has ``speaker`` (or ``source_attribution``):
    "stated by …", or "the article's own figure" when no one is named; pass ``outlet`` (the article's source, as ``report.build`` does) to name
    the outlet rather than the article's id. A row with an ``assessment`` states its verdict
    under its label. Each row is
    a dumbbell: a diamond for the reported figure, a circle for the measured
    one, joined by a grey line, both values written beside their marker. A
    missing value draws no marker and the text "n/a". Rows run top to bottom in
    the frame's order. The x-axis is shared and linear, so a figure of a few
    hundred km² sits near zero beside figures of 100,000+; the written values
    carry the detail. The axis always includes 0 (a thin line marks it), so a gain and a loss
    read as such. ``xlabel`` names the axis (e.g. "Net change in Russian-held area (km²)" for the
    output of ``compare.facts_vs_territory``). ``facts_check.attrs["sources"]``, when present, is
    credited under the chart.

    At most ``max_rows`` rows are drawn (:data:`FACTS_MAX_ROWS`; ``None`` draws every row): the first
    ones in the frame's order, and a note under the chart (``gid`` ``"left-out"``) says how many
    were left out and from which ``fact_id`` (or row) on — never silently. Sort or filter the frame
    first to choose which figures are drawn.

    Returns ``(fig, ax)``; markers carry ``gid`` ``"reported:<row>"`` and
    ``"measured:<row>"`` (``<row>`` counts from 0).

    Example:
        >>> import matplotlib
        >>> matplotlib.use("Agg")
        >>> import pandas as pd
        >>> from saidvsdone import charts
        >>> facts = pd.DataFrame({"label": ["Held on 27 Nov 2025"], "reported_km2": [120000.0],
        ...                       "measured_km2": [116384.0], "measured_series": ["deepstate"]})
        >>> fig, ax = charts.facts_vs_series(facts)
        >>> [float(l.get_xdata()[0]) for l in ax.get_lines() if l.get_gid() == "reported:0"]
        [120000.0]
        >>> matplotlib.pyplot.close(fig)
    """
    if not isinstance(facts_check, pd.DataFrame):
        raise TypeError(f"facts_check must be a DataFrame, got {type(facts_check).__name__}")
    if "measured_series" not in facts_check.columns and "measured_source" in facts_check.columns:
        facts_check = facts_check.rename(columns={"measured_source": "measured_series"})  # its name in 0.1
    missing = [c for c in ("label", "reported_km2", "measured_km2", "measured_series")
               if c not in facts_check.columns]
    if missing:
        raise ValueError(f"facts_check is missing columns: {', '.join(missing)}")
    if facts_check.empty:
        raise ValueError("facts_check has no rows")
    if max_rows is not None and int(max_rows) < 1:
        raise ValueError(f"max_rows must be at least 1 (or None for every row), got {max_rows}")
    frame = facts_check.reset_index(drop=True)
    total = len(frame)
    if max_rows is not None and total > int(max_rows):
        frame = frame.head(int(max_rows))
    reported_color, measured_color = PALETTE["orange"], PALETTE["blue"]
    values = pd.concat([frame["reported_km2"], frame["measured_km2"]]).astype(float).dropna()

    with _styled():
        n = len(frame)
        fig, ax = plt.subplots()
        value_texts = []
        for i, row in frame.iterrows():
            reported, measured = float(row["reported_km2"]), float(row["measured_km2"])
            source = _SHORT_SOURCE_NAMES.get(str(row["measured_series"]).lower(), str(row["measured_series"]))
            if not (np.isnan(reported) or np.isnan(measured)):
                ax.plot([reported, measured], [i, i], color="#BBBBBB", linewidth=3, zorder=2,
                        solid_capstyle="round", gid=f"gap:{i}")
            pairs = [("reported", reported, reported_color, "D", _signed(reported, plus=False)),
                     ("measured", measured, measured_color, "o", f"{_signed(measured, plus=False)} ({source})")]
            order = sorted((v for v in (reported, measured) if not np.isnan(v)))
            for kind, amount, color, marker, text in pairs:
                if np.isnan(amount):
                    ax.annotate(f"{kind}: n/a", xy=(0, i), xycoords=("axes fraction", "data"),
                                xytext=(6, 10 if kind == "reported" else -10), textcoords="offset points",
                                ha="left", va="center", fontsize=11, color=_MUTED, style="italic",
                                gid=f"na:{kind}:{i}")
                    continue
                if kind == "reported":   # an open diamond on top: a measured dot under it stays visible
                    ax.plot([amount], [i], linestyle="none", marker=marker, markersize=15, markerfacecolor="none",
                            markeredgecolor=color, markeredgewidth=2.5, zorder=5, gid=f"{kind}:{i}")
                else:
                    ax.plot([amount], [i], linestyle="none", marker=marker, markersize=11, markerfacecolor=color,
                            markeredgecolor="white", markeredgewidth=1.2, zorder=4, gid=f"{kind}:{i}")
                on_left = len(order) == 2 and amount == order[0] and order[0] != order[1]
                if len(order) == 2 and order[0] == order[1]:
                    on_left = kind == "reported"
                value_texts.append(ax.annotate(
                    text, xy=(amount, i), xytext=(-14 if on_left else 14, 0), textcoords="offset points",
                    ha="right" if on_left else "left", va="center", fontsize=12, color=color,
                    gid=f"value:{kind}:{i}"))

        ax.set_yticks(range(n), [_fact_row_label(row) for row in frame.to_dict("records")])
        ax.tick_params(axis="y", length=0)
        ax.set_ylim(n - 0.5, -0.5)
        ax.grid(axis="y", visible=False)
        if len(values):  # zero always on the axis: the sign of a change is what a reader checks first
            lo, hi = min(float(values.min()), 0.0), max(float(values.max()), 0.0)
            span = max(hi - lo, abs(hi) * 0.05, 1.0)
            ax.set_xlim(lo - 0.03 * span, hi + 0.03 * span)
        ax.axvline(0, color="#888888", linewidth=1, zorder=1, gid="zero")
        ax.xaxis.set_major_formatter(mticker.FuncFormatter(lambda v, _: _signed(v, plus=False)))
        ax.set_xlabel(xlabel)
        sources = sorted({_SHORT_SOURCE_NAMES.get(str(s).lower(), str(s)) for s in frame["measured_series"].dropna()})
        handles = [
            Line2D([], [], linestyle="none", marker="D", markersize=13, markerfacecolor="none",
                   markeredgecolor=reported_color, markeredgewidth=2.5, label="Reported"),
            Line2D([], [], linestyle="none", marker="o", markersize=11, markerfacecolor=measured_color,
                   markeredgecolor="white", label=f"Measured ({'/'.join(sources) or 'series'})"),
        ]
        legend = ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, fontsize=13,
                           borderaxespad=0.3)
        legend.set_gid("legend")
        footer = []
        if total > n:
            first = facts_check["fact_id"].iloc[n] if "fact_id" in facts_check.columns else None
            footer.append((_left_out_note(n, total, "figure", first if isinstance(first, str) and first else None),
                           {"fontsize": _NOTE_SIZE, "color": _MUTED, "style": "italic", "gid": "left-out"}))
        credits = facts_check.attrs.get("sources") or {}
        if credits:
            footer.append((" ".join(f"Source: {c.rstrip('.')}." for c in credits.values()),
                           {"fontsize": _SOURCE_SIZE, "color": _MUTED}))
        _lay_out(fig, ax, True, footer=footer, title=title or "Reported figures and what the maps show",
                 above=lambda renderer: _legend_height(legend, renderer, fig), fit=value_texts,
                 axes_height=0.55 + 1.2 * n)
    return fig, ax


def capped_chart_note(path: str, cap: int, total: int, rows: str, listed: str) -> list[str]:
    """The report's note on a chart capped at its first ``cap`` of ``total`` rows (:data:`WINDOWS_MAX_GROUPS`,
    :data:`FACTS_MAX_ROWS`; the chart says so too, :func:`_left_out_note`): none when every row is drawn.

    Example:
        >>> capped_chart_note("figures/x", 10, 12, "figures", "every one is in tables/x.csv")
        ['figures/x draws the first 10 of the 12 figures (a taller chart would not fit a page or a slide); every one is in tables/x.csv']
        >>> capped_chart_note("figures/x", 10, 10, "figures", "every one is in tables/x.csv")
        []
    """
    if total <= cap:
        return []
    return [f"{path} draws the first {cap} of the {total} {rows} (a taller chart would not fit a page or a slide); "
            f"{listed}"]


def _left_out_note(shown: int, total: int, noun: str, first: str | None) -> str:
    """What a chart capped at its first ``shown`` rows of ``total`` left out (``first``: the first row left out,
    as its id or date; else the rows are counted)."""
    rest = total - shown
    where = (f"from {first} on" if first else f"rows {shown + 1}–{total}" if rest > 1 else f"row {total}")
    return (f"The first {shown} of {plural(total, noun)} are drawn; {plural(rest, noun)} ({where}) "
            f"{agree(rest, 'is', 'are')} left out here and listed in the table.")
