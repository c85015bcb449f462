"""Tests for saidvsdone.charts: what the charts draw (data, labels, notes), never pixels."""

from __future__ import annotations

import itertools
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib as mpl  # noqa: E402
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from saidvsdone import charts, territory  # noqa: E402

OKABE_ITO = ["0072B2", "E69F00", "009E73", "D55E00", "CC79A7", "56B4E9", "F0E442", "000000"]


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def deepstate() -> pd.DataFrame:
    return territory.load("deepstate")


def make_claims(**extra) -> pd.DataFrame:
    """The hand-made claims of the seed corpus: two on 16 Sep 2022, one undated."""
    frame = pd.DataFrame({
        "claim_id": ["c1", "c2", "c3", "c4", "c5", "c6"],
        "speaker": ["Vladimir Putin"] * 6,
        "claim_type": ["on_plan", "on_plan", "progress", "mobilisation_ending", "threat", "negotiations"],
        "text": ["everything is going according to plan"] * 6,
        "statement_date": pd.to_datetime(["2022-04-12", "2022-09-16", "2022-09-16", "2022-10-14",
                                          "2025-11-27", None]),
        "label": ["“Going to plan”", "“Everything is going to plan”", "“Not in a hurry”",
                  "“Mobilisation to end in two weeks”", "“We will take it by force”", "“Ready to talk”"],
    })
    for column, values in extra.items():
        frame[column] = values
    return frame


def by_gid(ax, prefix: str, kind=None) -> list:
    artists = ax.get_children() if kind is None else [a for a in ax.get_children() if isinstance(a, kind)]
    return [a for a in artists if (a.get_gid() or "").startswith(prefix)]


def series_line(ax):
    (line,) = [line for line in ax.get_lines() if line.get_gid() == "series"]
    return line


def as_days(values) -> pd.DatetimeIndex:
    values = np.asarray(values)
    if values.dtype.kind in "fi":
        return pd.DatetimeIndex(mdates.num2date(values.astype(float))).tz_localize(None)
    return pd.DatetimeIndex(pd.to_datetime(values))


def drawn_texts(fig) -> list[tuple[Text, object]]:
    """Every non-empty text that is drawn, with its extent (tick labels outside the view are not drawn)."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    hidden = set()
    for ax in fig.axes:
        for axis, (lo, hi) in ((ax.xaxis, ax.get_xlim()), (ax.yaxis, ax.get_ylim())):
            lo, hi = min(lo, hi), max(lo, hi)
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not lo - 1e-9 <= tick.get_loc() <= hi + 1e-9:
                    hidden.update((id(tick.label1), id(tick.label2)))
    return [(text, text.get_window_extent(renderer)) for text in fig.findobj(Text)
            if text.get_visible() and text.get_text().strip() and id(text) not in hidden]


def overlaps(a, b, tolerance: float = 1.0) -> bool:
    return (a.x0 < b.x1 - tolerance and b.x0 < a.x1 - tolerance
            and a.y0 < b.y1 - tolerance and b.y0 < a.y1 - tolerance)


def assert_text_is_clean(fig) -> None:
    """No two drawn texts overlap and every text lies inside the figure."""
    texts = drawn_texts(fig)
    frame = fig.bbox
    for text, box in texts:
        assert frame.x0 - 0.5 <= box.x0 and box.x1 <= frame.x1 + 0.5, f"{text.get_text()!r} runs off the figure"
        assert frame.y0 - 0.5 <= box.y0 and box.y1 <= frame.y1 + 0.5, f"{text.get_text()!r} runs off the figure"
    for (first, a), (second, b) in itertools.combinations(texts, 2):
        assert not overlaps(a, b), f"{first.get_text()!r} overlaps {second.get_text()!r}"


# ---------------------------------------------------------------- style


def test_style_file_is_projector_readable_and_deterministic():
    style = mpl.rc_params_from_file(charts.STYLE_PATH, use_default_template=False)
    assert 15 <= style["font.size"] <= 16
    assert style["axes.titlesize"] > style["font.size"]
    assert style["axes.labelsize"] >= 15
    assert style["axes.spines.top"] is False and style["axes.spines.right"] is False
    assert style["axes.grid"] is True
    assert list(style["figure.figsize"]) == [12, 6.5]
    assert style["savefig.dpi"] == 150
    assert style["svg.fonttype"] == "path"
    assert style["svg.hashsalt"]
    assert style["path.simplify"] is True
    colors = [c.lstrip("#").upper() for c in style["axes.prop_cycle"].by_key()["color"]]
    assert colors == OKABE_ITO


def test_use_style_applies_the_package_style():
    with mpl.rc_context():
        charts.use_style()
        assert mpl.rcParams["font.size"] == 15
        assert mpl.rcParams["axes.spines.right"] is False
        assert mpl.rcParams["svg.hashsalt"] == "saidvsdone"


def test_style_is_shipped_as_package_data():
    assert charts.STYLE_PATH.name == "saidvsdone.mplstyle"
    assert charts.STYLE_PATH.is_file()


# ---------------------------------------------------------------- claims timeline: the line


def test_step_line_is_the_series_in_the_window(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims(), start="2022-06-01", end="2023-06-30")
    line = series_line(ax)
    expected = deepstate[deepstate["date"].between("2022-06-01", "2023-06-30")]
    assert line.get_drawstyle() == "steps-post"
    assert list(as_days(line.get_xdata())) == list(expected["date"])
    np.testing.assert_allclose(np.asarray(line.get_ydata(), dtype=float), expected["area_km2"].to_numpy())


def test_whole_series_is_drawn_by_default(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims())
    line = series_line(ax)
    assert len(line.get_xdata()) == len(deepstate)
    # Dates are readable: years on a four-year chart, the first partial year named in full.
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert labels[0] == "Apr 2022" and "2023" in labels and "2026" in labels


def test_share_of_ukraine(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims(), value="share_pct", end="2022-12-31")
    expected = deepstate[deepstate["date"] <= "2022-12-31"]
    np.testing.assert_allclose(np.asarray(series_line(ax).get_ydata(), dtype=float), expected["share_pct"])
    assert ax.get_ylabel() == "Russian-held share of Ukraine (%)"
    (baseline,) = by_gid(ax, "baseline", mpl.lines.Line2D)
    assert baseline.get_ydata()[0] == pytest.approx(territory.baseline().share_pct)
    fig.canvas.draw()
    assert all(t.get_text().endswith("%") for t in ax.get_yticklabels() if t.get_text())


def test_gaps_longer_than_the_staleness_limit_break_the_line():
    series = pd.DataFrame({
        "date": pd.to_datetime(["2023-01-01", "2023-01-02", "2023-01-20", "2023-01-21"]),
        "source": "deepstate",
        "area_km2": [100_000.0, 100_500.0, 101_000.0, 101_200.0],
    })
    claims = make_claims().iloc[:0]
    fig, ax = charts.claims_timeline(series, claims)
    line = series_line(ax)
    days = as_days(line.get_xdata())
    values = np.asarray(line.get_ydata(), dtype=float)
    assert len(days) == 5
    # The last value stays in force for MAX_STALENESS_DAYS, then the line stops until the next map.
    assert days[2] == pd.Timestamp("2023-01-02") + pd.Timedelta(days=territory.MAX_STALENESS_DAYS + 1)
    assert np.isnan(values[2])
    np.testing.assert_allclose(values[[0, 1, 3, 4]], series["area_km2"])


def test_baseline_is_drawn_at_the_pre_invasion_area(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims())
    (baseline,) = by_gid(ax, "baseline", mpl.lines.Line2D)
    assert list(baseline.get_ydata()) == [territory.baseline().area_km2] * 2
    assert baseline.get_linestyle() == "--"
    (label,) = by_gid(ax, "baseline-label")
    assert "Held before 24 Feb 2022" in label.get_text() and "~43,000 km²" in label.get_text()
    assert ax.get_ylim()[0] == 0


def test_axes_are_labelled_with_units_and_thousands_separators(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims())
    assert ax.get_ylabel() == "Russian-held area (km²)"
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert "100,000" in labels
    assert ax.get_ylim()[1] >= deepstate["area_km2"].max()


# ---------------------------------------------------------------- claims timeline: the claims


def test_one_marker_per_dated_claim_on_the_line(deepstate):
    claims = make_claims()
    fig, ax = charts.claims_timeline(deepstate, claims)
    markers = {m.get_gid().removeprefix("claim:"): m for m in by_gid(ax, "claim:", mpl.lines.Line2D)}
    dated = claims.dropna(subset=["statement_date"])
    assert sorted(markers) == sorted(dated["claim_id"])
    in_force = territory.value_on(deepstate, dated["statement_date"])
    for claim_id, day, area in zip(dated["claim_id"], dated["statement_date"], in_force["area_km2"]):
        marker = markers[claim_id]
        assert as_days(marker.get_xdata())[0] == day
        assert marker.get_ydata()[0] == pytest.approx(area)
        assert marker.get_linestyle() == "None"


def test_a_claim_on_a_day_without_a_map_sits_at_the_value_in_force(deepstate):
    missing = pd.date_range(deepstate["date"].min(), deepstate["date"].max()).difference(deepstate["date"])[0]
    claims = make_claims().iloc[:1].assign(statement_date=[missing])
    fig, ax = charts.claims_timeline(deepstate, claims)
    (marker,) = by_gid(ax, "claim:", mpl.lines.Line2D)
    previous = deepstate[deepstate["date"] < missing].iloc[-1]
    assert marker.get_ydata()[0] == pytest.approx(previous["area_km2"])


def test_marker_style_follows_claim_type_with_a_legend(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims())
    marker = {m.get_gid(): m for m in by_gid(ax, "claim:", mpl.lines.Line2D)}
    assert marker["claim:c1"].get_marker() == marker["claim:c2"].get_marker() == "o"
    assert marker["claim:c3"].get_marker() != marker["claim:c1"].get_marker()
    assert mpl.colors.same_color(marker["claim:c5"].get_markerfacecolor(), charts.CLAIM_TYPE_STYLES["threat"]["color"])
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["On plan", "Progress", "Mobilisation ending", "Threat"]
    assert legend.get_title().get_text() == "What Vladimir Putin said"


def test_claims_made_the_same_day_stay_visible(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims())
    marker = {m.get_gid(): m for m in by_gid(ax, "claim:", mpl.lines.Line2D)}
    # Concentric: the first is drawn larger, underneath.
    assert marker["claim:c2"].get_markersize() > marker["claim:c3"].get_markersize()
    assert marker["claim:c2"].get_zorder() < marker["claim:c3"].get_zorder()


def test_labels_are_shown_above_the_plot_without_overlapping(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims())
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = {t.get_gid(): t for t in by_gid(ax, "label:", Text)}
    # one label per date: c2 and c3 share 16 Sep 2022, the on-plan claim is labelled, the other counted
    assert sorted(labels) == ["label:c1", "label:c2", "label:c4", "label:c5"]
    assert labels["label:c1"].get_text() == "“Going to plan”\n12 Apr 2022"
    assert labels["label:c2"].get_text() == "“Everything is going to plan”\n16 Sep 2022 · +1 more"
    boxes = {gid: text.get_window_extent(renderer) for gid, text in labels.items()}
    for box in boxes.values():
        assert box.y0 > ax.bbox.y1, "labels sit in lanes above the plot area"
    for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
        assert not overlaps(box_a, box_b, tolerance=0), f"{a} overlaps {b}"
    assert fig.axes == [ax]
    assert_text_is_clean(fig)


def test_leader_lines_join_labels_to_markers_and_cross_no_other_label(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims())
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = {t.get_gid().removeprefix("label:"): t.get_window_extent(renderer) for t in by_gid(ax, "label:", Text)}
    leaders = by_gid(ax, "leader:")
    assert {leader.get_gid().removeprefix("leader:") for leader in leaders} == set(labels)
    for leader in leaders:
        claim_id = leader.get_gid().removeprefix("leader:")
        extent = leader.arrow_patch.get_window_extent(renderer)
        for other, box in labels.items():
            if other != claim_id:
                assert not overlaps(extent, box, tolerance=0), f"leader of {claim_id} crosses label {other}"
    # Each label's leader reaches down to its marker.
    for claim_id in labels:
        marker = next(m for m in by_gid(ax, f"claim:{claim_id}", mpl.lines.Line2D))
        marker_y = ax.transData.transform((0, marker.get_ydata()[0]))[1]
        lowest = min(leader.arrow_patch.get_window_extent(renderer).y0
                     for leader in leaders if leader.get_gid() == f"leader:{claim_id}")
        assert lowest == pytest.approx(marker_y, abs=marker.get_markersize() * fig.dpi / 72)


def test_crowded_claims_are_stacked_without_overlap(deepstate):
    days = pd.to_datetime(["2022-04-12", "2022-04-20", "2022-05-01", "2022-09-16", "2022-09-16", "2022-09-16",
                           "2022-10-14", "2023-06-01", "2023-06-20", "2024-02-10", "2025-11-27", "2026-08-20",
                           "2026-08-21"])
    claims = pd.DataFrame({
        "claim_id": [f"k{i}" for i in range(len(days))],
        "speaker": (["Vladimir Putin", "Sergei Shoigu", "Dmitry Peskov"] * 5)[:len(days)],
        "claim_type": ["on_plan", "progress", "threat", "on_plan", "progress", "no_escalation",
                       "mobilisation_ending", "negotiations", "threat", "progress", "threat", "other_kind",
                       "negotiations"],
        "text": "…",
        "statement_date": days,
    })
    fig, ax = charts.claims_timeline(territory.load("all"), claims)
    assert len(by_gid(ax, "claim:", mpl.lines.Line2D)) == len(days)
    assert_text_is_clean(fig)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = {t.get_gid().removeprefix("label:"): t.get_window_extent(renderer) for t in by_gid(ax, "label:", Text)}
    for leader in by_gid(ax, "leader:"):
        extent = leader.arrow_patch.get_window_extent(renderer)
        for other, box in labels.items():
            if other != leader.get_gid().removeprefix("leader:"):
                assert not overlaps(extent, box, tolerance=0)
    # An unknown claim type still gets a marker and a legend entry of its own.
    assert "Other kind" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_default_label_is_the_claim_type_and_date_with_speakers_when_several(deepstate):
    claims = make_claims().drop(columns="label")
    claims.loc[claims["claim_id"] == "c5", "speaker"] = "Dmitry Peskov"
    fig, ax = charts.claims_timeline(deepstate, claims)
    texts = {t.get_gid(): t.get_text() for t in by_gid(ax, "label:", Text)}
    assert texts["label:c1"] == "On plan\nVladimir Putin · 12 Apr 2022"
    assert texts["label:c4"] == "Mobilisation ending\nVladimir Putin · 14 Oct 2022"
    assert texts["label:c5"] == "Threat\nDmitry Peskov · 27 Nov 2025"
    assert ax.get_legend().get_title().get_text() == "What was said"


def test_claims_not_drawn_are_listed_in_a_note(deepstate):
    claims = make_claims()
    fig, ax = charts.claims_timeline(deepstate, claims, end="2023-12-31")
    (note,) = by_gid(ax, "note", Text)
    text = note.get_text().replace("\n", " ")
    assert "1 undated claim not shown." in text
    assert "1 claim outside the chart's dates not shown (27 Nov 2025)." in text
    assert not by_gid(ax, "claim:c5") and not by_gid(ax, "label:c5")


def test_claims_before_the_series_begins_are_listed(deepstate):
    claims = make_claims().iloc[:1].assign(statement_date=pd.to_datetime(["2022-03-01"]))
    fig, ax = charts.claims_timeline(deepstate, claims, start="2022-02-24")
    (note,) = by_gid(ax, "note", Text)
    assert "1 claim outside the chart's dates not shown (1 Mar 2022)." in note.get_text()


def test_two_undated_claims(deepstate):
    claims = make_claims(statement_date=pd.to_datetime(["2022-04-12", None, "2022-09-16", None, None, None]))
    fig, ax = charts.claims_timeline(deepstate, claims)
    (note,) = by_gid(ax, "note", Text)
    assert note.get_text().startswith("4 undated claims not shown.")


def test_no_note_when_every_claim_is_drawn(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims().iloc[:5])
    assert not by_gid(ax, "note", Text)


def test_source_and_as_of_line(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims(), as_of="2025-11-30")
    (source,) = by_gid(ax, "source", Text)
    text = source.get_text().replace("\n", " ")
    assert text.startswith("Source: DeepStateMap (deepstatemap.live)")
    assert "liveuamap" in text
    assert text.endswith("Data as of 30 Nov 2025.")
    isw = territory.load("isw")
    fig, ax = charts.claims_timeline(isw, make_claims(), source="isw")
    (source,) = by_gid(ax, "source", Text)
    text = source.get_text().replace("\n", " ")
    assert "The Economist" in text and text.endswith("Data as of 8 Feb 2023.")


def test_title_is_neutral_by_default_and_states_the_finding_when_given(deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims())
    assert ax.get_title(loc="left") == "Russian-held area and what was said"
    finding = "Russia lost ground in the week Putin said all was going to plan"
    fig, ax = charts.claims_timeline(deepstate, make_claims(), title=finding)
    assert ax.get_title(loc="left").replace("\n", " ") == finding


def test_draws_into_a_given_axes(deepstate):
    fig, (left, right) = plt.subplots(1, 2, figsize=(16, 6))
    returned_fig, returned_ax = charts.claims_timeline(deepstate, make_claims(), ax=left, end="2022-12-31")
    assert returned_fig is fig and returned_ax is left
    assert series_line(left).get_drawstyle() == "steps-post"
    assert not right.get_lines()


def test_series_may_be_a_source_name_and_must_hold_the_source(deepstate):
    fig, ax = charts.claims_timeline("isw", make_claims(), source="isw")
    assert len(series_line(ax).get_xdata()) == len(territory.load("isw"))
    with pytest.raises(ValueError, match="source 'isw' is not in this series"):
        charts.claims_timeline(deepstate, make_claims(), source="isw")


def test_rejects_bad_arguments(deepstate):
    with pytest.raises(ValueError, match="value must be"):
        charts.claims_timeline(deepstate, make_claims(), value="km2")
    with pytest.raises(ValueError, match="claims needs columns"):
        charts.claims_timeline(deepstate, make_claims().drop(columns="statement_date"))
    with pytest.raises(ValueError, match="is after end"):
        charts.claims_timeline(deepstate, make_claims(), start="2024-01-01", end="2023-01-01")
    with pytest.raises(ValueError, match="no values between"):
        charts.claims_timeline(deepstate, make_claims(), start="2030-01-01")


# ---------------------------------------------------------------- lane assignment


def test_lanes_never_overlap_and_leaders_never_cross():
    rng = np.random.default_rng(7)
    for _ in range(50):
        n = int(rng.integers(1, 12))
        anchors = sorted(rng.uniform(0, 800, n).tolist())
        widths = rng.uniform(60, 240, n).tolist()
        anchors = charts._spread(anchors, 14)
        layout = charts._assign_lanes(anchors, widths, -30, 830)
        boxes = [(lane, left, left + width) for (lane, left), width in zip(layout, widths)]
        for (lane_a, l_a, r_a), (lane_b, l_b, r_b) in itertools.combinations(boxes, 2):
            if lane_a == lane_b:
                assert r_a <= l_b or r_b <= l_a
        for lane, left, right in boxes:
            assert -30 <= left and right <= 830 or right - left > 860


def test_spread_keeps_order_and_minimum_gap():
    spread = charts._spread([100, 100, 105, 300], 14)
    assert spread[3] == 300
    assert spread[1] - spread[0] == pytest.approx(14) and spread[2] - spread[1] == pytest.approx(14)
    assert sum(spread[:3]) / 3 == pytest.approx(305 / 3)


# ---------------------------------------------------------------- window changes


def make_comparison() -> pd.DataFrame:
    frame = pd.DataFrame({
        "claim_id": ["c1", "c2", "c4"],
        "label": ["“Going to plan”", "“Everything is going to plan”", "“Mobilisation to end”"],
        "statement_date": pd.to_datetime(["2022-04-12", "2022-09-16", "2022-10-14"]),
        "change_before_14d_km2": [np.nan, -9354.3, -2591.2],
        "change_after_14d_km2": [10485.0, -221.5, 207.0],
        "change_before_30d_km2": [np.nan, -9218.0, -2660.0],
        "change_after_30d_km2": [12054.0, -2669.0, -4338.0],
        "change_before_90d_km2": [np.nan, -8180.0, -11891.0],
        "change_after_90d_km2": [15012.0, -7142.0, -4174.0],
    })
    frame.attrs["sources"] = {"deepstate": territory.SOURCE_CREDITS["deepstate"]}
    return frame


def test_window_bars_are_the_input_numbers():
    comparison = make_comparison()
    fig, ax = charts.window_changes(comparison)
    bars = {bar.get_gid(): bar for bar in by_gid(ax, "bar:", mpl.patches.Rectangle)}
    for row in comparison.itertuples():
        for w in (14, 30, 90):
            for side in ("before", "after"):
                value = getattr(row, f"change_{side}_{w}d_km2")
                gid = f"bar:{row.claim_id}:{side}:{w}"
                if np.isnan(value):
                    assert gid not in bars
                else:
                    assert bars[gid].get_width() == pytest.approx(value)
                    assert bars[gid].get_x() == 0
    assert len(bars) == 3 * 6 - 3


def test_window_bars_are_grouped_in_time_order():
    fig, ax = charts.window_changes(make_comparison())
    bars = {bar.get_gid(): bar for bar in by_gid(ax, "bar:", mpl.patches.Rectangle)}
    y = {gid: bar.get_y() + bar.get_height() / 2 for gid, bar in bars.items()}
    # y runs downwards: −90 d, −30 d, −14 d, +14 d, +30 d, +90 d within a claim; claims in date order.
    order = ["bar:c2:before:90", "bar:c2:before:30", "bar:c2:before:14",
             "bar:c2:after:14", "bar:c2:after:30", "bar:c2:after:90", "bar:c4:before:90"]
    assert [y[gid] for gid in order] == sorted(y[gid] for gid in order)
    assert ax.yaxis_inverted()
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert ticks == ["“Going to plan”\n12 Apr 2022", "“Everything is going to plan”\n16 Sep 2022",
                     "“Mobilisation to end”\n14 Oct 2022"]
    # two rows, before over after (a legend is filled column by column): −90 −30 −14 / +14 +30 +90
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["−90 d", "+14 d", "−30 d", "+30 d", "−14 d", "+90 d"]
    assert ax.get_legend()._ncols == 3


def test_window_nan_is_marked_not_assessable():
    fig, ax = charts.window_changes(make_comparison())
    na = by_gid(ax, "na:", Text)
    assert sorted(t.get_gid() for t in na) == ["na:c1:before:14", "na:c1:before:30", "na:c1:before:90"]
    assert {t.get_text() for t in na} == {"n/a"}


def test_window_chart_axis_zero_line_values_and_source():
    fig, ax = charts.window_changes(make_comparison())
    assert ax.get_xlabel() == "Net change in Russian-held area (km²)"
    (zero,) = by_gid(ax, "zero", mpl.lines.Line2D)
    assert list(zero.get_xdata()) == [0, 0]
    values = {t.get_gid(): t.get_text() for t in by_gid(ax, "value:", Text)}
    assert values["value:c2:before:14"] == "−9,354" and values["value:c1:after:90"] == "+15,012"
    (source,) = by_gid(ax, "source", Text)
    assert source.get_text().startswith("Source: DeepStateMap")
    assert_text_is_clean(fig)


def test_window_label_built_from_claim_type_and_custom_windows():
    comparison = make_comparison().drop(columns="label").assign(claim_type=["on_plan", "on_plan", "mobilisation_ending"])
    fig, ax = charts.window_changes(comparison, windows=(30,))
    fig.canvas.draw()
    assert [t.get_text() for t in ax.get_yticklabels()][2] == "Mobilisation ending\n14 Oct 2022"
    assert len(by_gid(ax, "bar:", mpl.patches.Rectangle)) == 5


def test_window_changes_rejects_missing_columns():
    with pytest.raises(ValueError, match="change_after_60d_km2"):
        charts.window_changes(make_comparison(), windows=(60,))


# ---------------------------------------------------------------- facts vs series


def make_facts() -> pd.DataFrame:
    return pd.DataFrame({
        "label": ["Russian gains in 2023", "Held on 27 Nov 2025", "Peak, March 2022", "Kharkiv recaptured"],
        "reported_km2": [584.0, 120_000.0, 137_000.0, 6_000.0],
        "measured_km2": [-185.0, 116_384.0, 136_959.0, np.nan],
        "measured_series": ["deepstate", "deepstate", "isw", "deepstate"],
    })


def test_facts_markers_are_the_reported_and_measured_figures():
    facts = make_facts()
    fig, ax = charts.facts_vs_series(facts)
    lines = {line.get_gid(): line for line in ax.get_lines()}
    for i, row in facts.iterrows():
        assert lines[f"reported:{i}"].get_xdata()[0] == row["reported_km2"]
        assert lines[f"reported:{i}"].get_ydata()[0] == i
        if not np.isnan(row["measured_km2"]):
            assert lines[f"measured:{i}"].get_xdata()[0] == row["measured_km2"]
    assert "measured:3" not in lines
    (na,) = by_gid(ax, "na:", Text)
    assert na.get_text() == "measured: n/a"
    values = {t.get_gid(): t.get_text() for t in by_gid(ax, "value:", Text)}
    assert values["value:measured:0"] == "−185 (DeepState)" and values["value:measured:2"] == "136,959 (ISW)"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Reported", "Measured (DeepState/ISW)"]
    fig.canvas.draw()
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "Russian gains in 2023"
    assert ax.get_xlabel() == "Area (km²)"
    assert_text_is_clean(fig)


def test_facts_vs_series_rejects_missing_columns():
    with pytest.raises(ValueError, match="measured_series"):
        charts.facts_vs_series(make_facts().drop(columns="measured_series"))


# ---------------------------------------------------------------- saving


def test_save_writes_png_and_svg_reproducibly(tmp_path, deepstate):
    fig, ax = charts.claims_timeline(deepstate, make_claims())
    first = charts.save(fig, "claims_timeline", tmp_path / "one")
    second = charts.save(fig, "claims_timeline.png", tmp_path / "two")
    assert [p.name for p in first] == ["claims_timeline.png", "claims_timeline.svg"]
    assert [p.suffix for p in second] == [".png", ".svg"]
    assert first[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert first[1].read_bytes() == second[1].read_bytes()
    assert first[0].read_bytes() == second[0].read_bytes()
    svg = first[1].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and not re.search(r"Matplotlib v\d", svg)
    assert b"Software" not in first[0].read_bytes()[:4096] and b"Matplotlib" not in first[0].read_bytes()


def test_a_rebuilt_chart_saves_to_the_same_svg(tmp_path, deepstate):
    fig, _ = charts.claims_timeline(deepstate, make_claims())
    (_, svg_one) = charts.save(fig, "chart", tmp_path / "one")
    plt.close(fig)
    plt.figure()   # a different figure number must not change the file
    fig, _ = charts.claims_timeline(deepstate, make_claims())
    (_, svg_two) = charts.save(fig, "chart", tmp_path / "two")
    assert svg_one.read_bytes() == svg_two.read_bytes()


def test_save_uses_150_dpi_and_rejects_paths(tmp_path):
    fig, ax = plt.subplots(figsize=(4, 2))
    png, _ = charts.save(fig, "small", tmp_path)
    width, height = int.from_bytes(png.read_bytes()[16:20], "big"), int.from_bytes(png.read_bytes()[20:24], "big")
    assert (width, height) == (600, 300)
    with pytest.raises(ValueError, match="bare file name"):
        charts.save(fig, "sub/dir", tmp_path)


def _seed_charts():
    """Every chart of the seed corpus, as ``report.build`` and notebook 04 draw them."""
    from saidvsdone import claims, compare, corpus, facts

    articles = corpus.load()
    series = territory.load()
    outlets = dict(zip(articles["article_id"], articles["source"].fillna("")))
    found = claims.find(articles, include_quotes=True)
    key = claims.one_per_day(found).dropna(subset=["statement_date"])
    key = key.assign(outlet=key["article_id"].map(outlets))
    for speaker in (None, "Vladimir Putin"):
        chosen = key if speaker is None else key[key["speaker"] == speaker]
        yield charts.claims_timeline(series, chosen)[0]
        yield charts.change_since(series, chosen)[0]
        rows = compare.claims_vs_territory(chosen, series, articles=articles).drop_duplicates("statement_date")
        yield charts.window_changes(rows)[0]
    checked = compare.facts_vs_territory(facts.extract(articles), series)
    yield charts.facts_vs_series(checked[checked["reported_km2"].notna() & checked["measured_km2"].notna()])[0]


def test_every_quote_marked_text_of_every_chart_holds_only_words_the_articles_have():
    """Quote marks only around the speaker's words as they stand in the article (issue 12): every
    label, tick label, title and note of every chart; a cut quotation keeps both marks and shows the cut inside
    them ("…" before the closing mark, as a fact-check cites a cut quote: nu15)."""
    from saidvsdone import corpus

    texts = " ".join(" ".join(corpus.load()["text"]).split())
    checked = 0
    for fig in _seed_charts():
        fig.canvas.draw()
        for artist in fig.findobj(Text):
            text = " ".join(artist.get_text().split())
            if not text:
                continue
            assert text.count("“") == text.count("”"), text
            for words in re.findall(r"“([^”]*)”", text):
                assert words.removesuffix(" …") in texts, (text, words)
                checked += 1
            if text.startswith("reported:"):
                assert "“" not in text.split("\n")[0], text  # a paraphrase carries no quote marks
        plt.close(fig)
    assert checked >= 4


def test_the_isw_line_fills_in_before_deepstate_starts_and_april_2022_is_shaded():
    claims = make_claims().assign(statement_date=pd.to_datetime(["2022-03-10", "2022-09-16", "2022-09-16",
                                                                 "2022-10-14", "2025-11-27", None]))
    fig, ax = charts.claims_timeline(territory.load(), claims)
    earlier = next(line for line in ax.get_lines() if line.get_gid() == "series-earlier")
    assert as_days(earlier.get_xdata()).max() < pd.Timestamp("2022-04-03")
    assert as_days(series_line(ax).get_xdata()).min() == pd.Timestamp("2022-04-03")
    marker = next(m for m in by_gid(ax, "claim:c1", mpl.lines.Line2D))  # a March 2022 claim sits on ISW
    isw = territory.value_on(territory.load("isw"), ["2022-03-10"])["area_km2"].iloc[0]
    assert marker.get_ydata()[0] == pytest.approx(isw)
    assert by_gid(ax, "artefact")
    notes = " ".join(t.get_text() for t in by_gid(ax, "artefact-note", Text))
    assert "April 2022" in notes and "not an advance" in notes
    source = " ".join(t.get_text() for t in by_gid(ax, "source", Text))
    assert "Dashed, before 3 Apr 2022: ISW" in source.replace("\n", " ")
    # DeepState alone: no ISW line, no note about it
    fig, ax = charts.claims_timeline(territory.load("deepstate"), claims)
    assert not [line for line in ax.get_lines() if line.get_gid() == "series-earlier"]


def test_many_claims_label_at_most_ten_dates_and_count_the_rest(deepstate):
    days = pd.date_range("2023-01-02", periods=24, freq="7D").repeat(3)
    claims = pd.DataFrame({"claim_id": [f"m{i}" for i in range(len(days))], "speaker": "Vladimir Putin",
                           "claim_type": ["on_plan", "progress", "threat"] * 24, "statement_date": days})
    fig, ax = charts.claims_timeline(deepstate, claims)
    assert len(by_gid(ax, "claim:", mpl.lines.Line2D)) == len(days)  # every claim is a marker
    labels = by_gid(ax, "label:", Text)
    assert len(labels) == 10 and all(t.get_text().startswith("On plan") for t in labels)
    assert ax.get_legend().get_title().get_text() == "What Vladimir Putin said"
    assert all("+2 more" in t.get_text() for t in labels)
    assert "Labels on 10 of 24 dates" in " ".join(t.get_text() for t in by_gid(ax, "note", Text))
    assert_text_is_clean(fig)
    fig, ax = charts.claims_timeline(deepstate, claims, label=["m4"])
    assert [t.get_gid() for t in by_gid(ax, "label:", Text)] == ["label:m4"]
    with pytest.raises(ValueError, match="label must be"):
        charts.claims_timeline(deepstate, claims, label="some")


def test_change_since_the_statement_starts_at_zero_and_shows_small_moves():
    series = territory.load()
    claims = pd.DataFrame({"claim_id": ["a", "b", "c"], "claim_type": ["on_plan", "progress", "threat"],
                           "speaker": ["Vladimir Putin"] * 3, "label": ["x", "y", "z"],
                           "statement_date": pd.to_datetime(["2022-03-10", "2025-11-27", None])})
    fig, ax = charts.change_since(series, claims, days=30)
    lines = {line.get_gid(): line for line in ax.get_lines() if (line.get_gid() or "").startswith("since:")}
    assert set(lines) == {"since:2022-03-10", "since:2025-11-27"}
    late = lines["since:2025-11-27"]
    x, y = list(late.get_xdata()), list(late.get_ydata())
    assert x[0] >= -30 and x[-1] <= 30 and y[x.index(0)] == 0
    expected = territory.change(series, "2025-11-27", "2025-12-27", source="deepstate").change_km2
    assert y[-1] == pytest.approx(expected, abs=0.2)
    alone, alone_ax = charts.change_since(series, claims.iloc[[1]], days=30)
    assert abs(expected) < 1000 and alone_ax.get_ylim()[1] - alone_ax.get_ylim()[0] < 5 * abs(expected)
    labels = {t.get_gid(): t.get_text() for t in by_gid(ax, "label:", Text)}
    assert labels["label:a"].endswith("(ISW)") and "(ISW)" not in labels["label:b"]
    assert "1 undated claim not shown." in " ".join(t.get_text() for t in by_gid(ax, "note", Text))
    with pytest.raises(ValueError, match="days must be"):
        charts.change_since(series, claims, days=0)


def test_window_groups_name_the_speaker_and_the_series():
    comparison = make_comparison().assign(speaker="Vladimir Putin", series=["isw", "deepstate", "deepstate"])
    fig, ax = charts.window_changes(comparison)
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert all("Vladimir Putin · " in t for t in ticks)
    assert ticks[0].endswith("12 Apr 2022\nISW") and ticks[1].endswith("16 Sep 2022\nDeepState")
    paraphrase = comparison.assign(label="reported: going to plan", outlet="The Test Herald")
    fig, ax = charts.window_changes(paraphrase)
    assert ax.get_yticklabels()[0].get_text() == ("reported: going to plan\n"
                                                 "Vladimir Putin · 12 Apr 2022\nThe Test Herald · ISW")
    hatched = {bar.get_gid().rsplit(":", 1)[1] for bar in ax.patches
               if (bar.get_gid() or "").startswith("bar:") and bar.get_hatch()}
    assert hatched == {"30"}


def test_facts_rows_show_the_conversion_the_outlet_the_date_and_the_period():
    facts = make_facts().assign(unit="mi2", outlet="The Test Herald", reported_date=pd.Timestamp("2022-09-17"),
                                period_start=pd.Timestamp("2022-09-03"), period_end=pd.Timestamp("2022-09-17"))
    fig, ax = charts.facts_vs_series(facts.head(1))
    tick = ax.get_yticklabels()[0].get_text()
    reported = abs(float(facts["reported_km2"].iloc[0]))
    assert f"= {reported:,.0f} km² (converted)" in tick
    assert "The Test Herald · reported 17 Sep 2022" in tick and "period 3 Sep 2022 – 17 Sep 2022" in tick


def test_every_quote_marked_label_holds_only_words_the_article_has():
    """Quote marks only around the speaker's words as they stand in the article (issue 12): the
    timeline's labels, cut or not, keep both marks and show any cut inside them ("… ”", nu15)."""
    import re

    from saidvsdone import claims, corpus

    articles = corpus.load()
    texts = " ".join(articles["text"])
    rows = claims.one_per_day(claims.find(articles, include_quotes=True)).dropna(subset=["statement_date"])
    assert len(rows)
    for row in rows.itertuples():
        label = charts._claim_label({"label": row.label, "claim_type": row.claim_type,
                                     "date": row.statement_date, "speaker": row.speaker}).split("\n")[0]
        assert label.count("“") == label.count("”")
        for words in re.findall(r"“([^”]*)”", label):
            assert words.removesuffix(" …") in " ".join(texts.split()), (label, words)


def test_chart_titles_and_notebook_headings_quote_verbatim_or_not_at_all():
    """A title that quotes must quote words an article has (issue 12: the deck's title quoted a
    sentence no article contains): every ``title=`` given to a chart and every heading of the
    notebooks, checked against the bundled articles."""
    import json
    from pathlib import Path

    from saidvsdone import corpus

    texts = " ".join(" ".join(corpus.load()["text"]).split()).lower()
    found = 0
    for path in sorted((Path(__file__).parents[1] / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"])
            if cell["cell_type"] == "code":
                titles = [t[1:-1] for t in re.findall(r"title=(\"[^\"\n]*\"|'[^'\n]*')", source)]
            else:
                titles = [line for line in source.splitlines() if line.startswith("#")]
            for title in titles:
                for words in re.findall(r"“([^”]+)”|(?<!\w)\"([^\"]+)\"(?!\w)", title):
                    words = " ".join(next(w for w in words if w).split()).lower()
                    found += 1
                    assert words in texts, (path.name, title)
    assert found >= 1  # notebook 04's heading quotes "going according to plan"


def test_claims_by_month_counts_each_type_and_keeps_empty_months():
    days = pd.to_datetime(["2022-09-16", "2022-09-16", "2022-09-30", "2022-12-01", None] * 40)
    claims = pd.DataFrame({"claim_type": ["on_plan", "threat", "on_plan", "losses", "progress"] * 40,
                           "statement_date": days})
    fig, ax = charts.claims_by_month(claims)
    heights = {p.get_gid(): p.get_height() for p in ax.patches if (p.get_gid() or "").startswith("month:")}
    assert heights == {"month:2022-09:on_plan": 80, "month:2022-09:threat": 40, "month:2022-12:losses": 40}
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Sep 2022", "Oct 2022", "Nov 2022", "Dec 2022"]
    assert "40 claims with no date not counted." in " ".join(t.get_text() for t in by_gid(ax, "note", Text))
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["On plan", "Threat", "Losses"]
    assert_text_is_clean(fig)
    with pytest.raises(ValueError, match="no dated claim"):
        charts.claims_by_month(claims[claims["statement_date"].isna()])


def test_a_paraphrase_is_labelled_as_reported_with_its_outlet_and_the_legend_says_so(deepstate):
    claims = make_claims().assign(label=["reported: going according to plan", "“Everything is going to plan”",
                                         "x", "y", "z", "w"], outlet="The Test Herald")
    fig, ax = charts.claims_timeline(deepstate, claims)
    label = next(t for t in by_gid(ax, "label:c1", Text)).get_text()
    assert label == "reported: going according to plan\n12 Apr 2022 · The Test Herald"
    assert ax.get_legend().get_title().get_text() == "What Vladimir Putin said or was reported to say"


def test_a_long_speaker_name_is_shortened_in_labels(deepstate):
    claims = make_claims().drop(columns="label")
    claims.loc[claims["claim_id"] == "c5", "speaker"] = "Institute for the Study of War (ISW)"
    claims.loc[claims["claim_id"] == "c4", "speaker"] = "Commander Oleksandr Stanislavovych Syrskyi"
    fig, ax = charts.claims_timeline(deepstate, claims)
    texts = {t.get_gid(): t.get_text() for t in by_gid(ax, "label:", Text)}
    assert texts["label:c5"] == "Threat\nISW · 27 Nov 2025"
    assert texts["label:c4"] == "Mobilisation ending\nSyrskyi · 14 Oct 2022"


def test_facts_rows_name_the_outlet_state_the_verdict_and_the_axis_includes_zero():
    facts = pd.DataFrame({"label": ["about 500 km²", "more than 3,000 km²"], "reported_km2": [500.0, 3000.0],
                          "measured_km2": [900.0, 4000.0], "measured_series": ["deepstate", "isw"],
                          "article_id": ["007_abc", "009_def"], "outlet": ["The Test Herald", ""],
                          "assessment": ["inconsistent", "consistent"]})
    fig, ax = charts.facts_vs_series(facts)
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "The Test Herald" in labels[0] and "007_abc" not in labels[0]
    assert "009_def" in labels[1]  # no outlet: the article's id
    assert labels[0].endswith("verdict: inconsistent") and labels[1].endswith("verdict: consistent")
    lo, hi = ax.get_xlim()
    assert lo <= 0 <= hi  # every figure is a gain, yet zero is on the axis
    assert [line for line in ax.get_lines() if line.get_gid() == "zero"]
    plt.close(fig)


def test_facts_rows_say_whose_figure_it_is():
    # rule: with a speaker column, each row names who states the figure, or says that no one does
    facts = make_facts().assign(speaker=["Russian Defence Ministry", "", "", ""],
                                source_attribution=["the ministry said", "according to the Example Post", "", ""])
    fig, ax = charts.facts_vs_series(facts)
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert "stated by Russian Defence Ministry" in ticks[0].split("\n")
    assert any(line.startswith("per “according to the Example") for line in ticks[1].split("\n"))
    assert "the article's own figure" in ticks[2].split("\n")
    plt.close(fig)
    fig, ax = charts.facts_vs_series(make_facts())  # no speaker column: nothing said about whose figure
    assert not any("stated by" in t.get_text() or "own figure" in t.get_text() for t in ax.get_yticklabels())
    plt.close(fig)


@pytest.mark.parametrize("label, expected", [
    ("Russian Defence Ministry", "the Russian Defence Ministry"), ("Kremlin", "the Kremlin"),
    ("Office of the President of Ukraine", "the Office of the President of Ukraine"),
    ("Ukrainian General Staff", "the Ukrainian General Staff"), ("Volodymyr Zelensky", "Volodymyr Zelensky"),
    ("Colonel Ivan Petrenko", "Colonel Ivan Petrenko"), ("NATO", "NATO"), ("the Kremlin", "the Kremlin"),
    ("Ukrainian military officials", "Ukrainian military officials"),
    ("senior Western diplomat (unnamed)", "a senior Western diplomat (unnamed)")])
def test_a_speaker_label_in_a_title_gets_its_article(label, expected):
    # rule: an institution headed by a common noun takes "the"; a person's name, an acronym or a
    # plural group does not; one unnamed person takes "a"
    assert charts.speaker_in_title(label) == expected


def test_the_timeline_legend_names_an_institution_with_its_article():
    series = territory.load()
    claims = pd.DataFrame({"claim_id": ["t-c001", "t-c002"], "statement_date": pd.to_datetime(["2022-09-16", "2022-10-01"]),
                           "speaker": ["Russian Defence Ministry"] * 2, "claim_type": ["progress", "on_plan"],
                           "text": ["Our forces are advancing", "It is going to plan"]})
    fig, ax = charts.claims_timeline(series, claims, source="deepstate")
    assert ax.get_legend().get_title().get_text().startswith("What the Russian Defence Ministry said")
    plt.close(fig)


def test_labels_name_an_institution_or_an_unnamed_source_in_full_and_a_person_by_surname(deepstate):
    """A long speaker label on the timeline: a person by surname, an institution, a group or an
    unnamed source by its words (its last word alone, "Ministry" or "Staff", said nobody's), an
    acronym in brackets by the acronym (a new user's corpus: "Ministry · 2 Sep 2024")."""
    claims = make_claims().drop(columns="label")
    speakers = {"c1": "Russian Defence Ministry", "c4": "senior US defence official (unnamed)",
                "c5": "Valerii Fedorovych Zaluzhnyi"}
    claims["speaker"] = [speakers.get(c, s) for c, s in zip(claims["claim_id"], claims["speaker"])]
    fig, ax = charts.claims_timeline(deepstate, claims)
    texts = {t.get_gid(): t.get_text().split("\n")[1] for t in by_gid(ax, "label:", Text)}
    assert texts["label:c1"].startswith("Russian Defence Ministry · ")
    assert texts["label:c4"].startswith("senior US defence official · ")
    assert texts["label:c5"].startswith("Zaluzhnyi · ")
    assert charts._short_speaker("Institute for the Study of War (ISW)") == "ISW"
    plt.close(fig)
