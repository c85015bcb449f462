"""cp3: the comparison reads each territory source once per call; its answers are the plain ones.

Every figure ``compare`` writes is checked against ``territory.value_on`` / ``territory.change``
called on their own, row by row, on invented series and claims (never timings)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from saidvsdone import compare, territory


def _series() -> pd.DataFrame:
    """Two invented sources: one daily with a long gap (stale days) and a missing area, one weekly."""
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    daily = pd.DataFrame({"date": days, "source": "deepstate",
                          "area_km2": 100_000 + np.arange(len(days)) * 3.7})
    daily = daily[(daily["date"] < "2023-06-01") | (daily["date"] > "2023-07-20")]  # a gap of 50 days
    daily.loc[daily.index[10], "area_km2"] = np.nan
    weekly_days = pd.date_range("2022-06-01", "2024-03-01", freq="7D")
    weekly = pd.DataFrame({"date": weekly_days, "source": "isw",
                           "area_km2": 90_000 + np.sin(np.arange(len(weekly_days))) * 500})
    frame = pd.concat([daily, weekly], ignore_index=True)
    frame.attrs = {"sources": {"deepstate": "invented daily", "isw": "invented weekly"}}
    return frame


def _claims(days) -> pd.DataFrame:
    texts = ["Our forces advanced near the river crossing, the general said.",
             "The operation is going according to plan, the minister said.",
             "Russian troops took two villages in the east, the spokesman claimed."]
    speakers = ["Valery Gerasimov", "Sergei Shoigu", "Dmitry Peskov"]
    return pd.DataFrame({
        "claim_id": [f"x-c{i:03d}" for i in range(len(days))],
        "article_id": [f"x{i % 4}" for i in range(len(days))],
        "speaker": [speakers[i % 3] for i in range(len(days))],
        "claim_type": [("progress", "on_plan", "progress")[i % 3] for i in range(len(days))],
        "text": [texts[i % 3] for i in range(len(days))],
        "statement_date": pd.to_datetime(list(days)),
    })


def _plain(series: pd.DataFrame, day: pd.Timestamp, windows) -> dict | None:
    """What one claim's figures are, from the public verbs alone."""
    spans = {}
    for source in ("deepstate", "isw"):
        dates = series.loc[series["source"] == source, "date"]
        spans[source] = (dates.min(), dates.max() + pd.Timedelta(days=territory.MAX_STALENESS_DAYS))
    best, score = None, -1
    for source, (first, last) in spans.items():
        if first <= day <= last:
            s = sum(w <= (day - first).days for w in windows) + sum(w <= (last - day).days for w in windows)
            if s > score:
                best, score = source, s
    if best is None:
        return None
    value = territory.value_on(series, [day], source=best).iloc[0]
    out = {"series": best, "area_km2": value["area_km2"], "observed_on": value["observed_on"]}
    for w in windows:
        out[f"change_before_{w}d_km2"] = territory.change(series, day - pd.Timedelta(days=w), day, source=best).change_km2
        out[f"change_after_{w}d_km2"] = territory.change(series, day, day + pd.Timedelta(days=w), source=best).change_km2
    return out


def _same(a, b) -> bool:
    return (pd.isna(a) and pd.isna(b)) or a == b


def test_claims_figures_are_those_of_value_on_and_change():
    series = _series()
    days = list(pd.date_range("2022-05-20", "2024-04-30", freq="11D")) + [pd.Timestamp("2023-06-20")] * 3
    claims = _claims(days)
    windows = (7, 30)
    table = compare.claims_vs_territory(claims, series, windows=windows)
    assert len(table) == len(claims)
    for row, day in zip(table.to_dict("records"), days):
        plain = _plain(series, day, windows)
        if plain is None:
            assert row["series"] == "" and row["reason"] == "no series"
            continue
        assert row["series"] == plain["series"]
        assert _same(row["observed_on"], plain["observed_on"])
        assert _same(row["area_km2"], round(plain["area_km2"], 1))
        for column in plain:
            if column.startswith("change_"):
                assert _same(row[column], round(plain[column], 1)), (day, column)
    # the invented series reach every case: both sources, a stale day, a day before both series
    assert {"deepstate", "isw", ""} <= set(table["series"])
    assert table["area_km2"].isna().sum() > table["series"].eq("").sum()


def test_one_claim_alone_gives_what_it_gives_in_a_corpus():
    series = _series()
    days = list(pd.date_range("2023-01-05", "2023-12-20", freq="9D"))
    claims = _claims(days)
    together = compare.claims_vs_territory(claims, series, windows=(14,))
    for i in range(len(claims)):
        alone = compare.claims_vs_territory(claims.iloc[[i]], series, windows=(14,))
        pd.testing.assert_frame_equal(alone.reset_index(drop=True),
                                      together.iloc[[i]].reset_index(drop=True), check_exact=True)


def test_a_regional_series_is_read_on_its_own():
    series = _series()
    region = series[series["source"] == "deepstate"].assign(area_km2=lambda f: f["area_km2"] / 10)
    claims = _claims([pd.Timestamp("2023-03-10")]).assign(
        text="Russian troops advanced in Zaporizhzhia, the spokesman said.", claim_type="progress")
    row = compare.claims_vs_territory(claims, series, windows=(14,), areas={"Zaporizhzhia": region}).iloc[0]
    assert row["scope"] == "Zaporizhzhia"  # the place is read from the sentence: its own series is used
    expected = territory.change(region, "2023-02-24", "2023-03-10", source="deepstate").change_km2
    assert row["change_before_14d_km2"] == round(expected, 1)
    assert row["series"] == "deepstate (Zaporizhzhia)"


def test_facts_measured_over_their_period_as_change_gives():
    series = _series()
    starts = pd.date_range("2022-07-01", "2024-02-01", freq="23D")
    facts = pd.DataFrame({
        "fact_id": [f"x-f{i:03d}" for i in range(len(starts))],
        "category": "territory", "unit": "km2", "quantity_text": "300", "qualifier": "",
        "area_km2": 300.0, "actor": "Russia", "change": "gain",
        "period_start": starts, "period_end": starts + pd.Timedelta(days=40),
    })
    table = compare.facts_vs_territory(facts, series)
    measured = table[table["measured_series"] != ""]
    assert len(measured) > 5
    for row in measured.to_dict("records"):
        plain = territory.change(series, row["period_start"], row["period_end"], source=row["measured_series"])
        assert _same(row["measured_km2"], round(plain.change_km2, 1))
        assert _same(row["observed_start"], plain.start_observed)


def test_value_on_and_change_unchanged_by_the_shared_reading():
    series = _series()
    days = ["2023-01-01", "2023-06-02", "2023-06-15", "2023-07-25", "2022-01-01", None]
    values = territory.value_on(series, days, source="deepstate")
    assert values["status"].tolist() == ["ok", "ok", "stale", "ok", "before_start", "no_date"]
    assert values["observed_on"].iloc[1] == pd.Timestamp("2023-05-31")
    gap = territory.change(series, "2023-05-20", "2023-07-10", source="deepstate")
    assert not gap.covered and "no deepstate observation within" in gap.note and "2023-05-31" in gap.note


def test_a_series_that_cannot_be_read_still_fails_when_a_claim_needs_it():
    series = _series()
    twice = pd.concat([series, series[series["source"] == "isw"].head(2)], ignore_index=True)
    with pytest.raises(ValueError, match="several values for one date"):
        compare.claims_vs_territory(_claims([pd.Timestamp("2022-07-01")]), twice, windows=(7,))
    # a claim the broken source never serves is compared as before
    row = compare.claims_vs_territory(_claims([pd.Timestamp("2023-04-01")]), twice, windows=(7,)).iloc[0]
    assert row["series"] == "deepstate"


def test_a_progress_bar_only_for_a_large_table(monkeypatch, capfd):
    series = _series()
    claims = _claims(list(pd.date_range("2023-01-05", periods=6, freq="5D")))
    monkeypatch.delenv("SAIDVSDONE_PROGRESS", raising=False)
    compare.claims_vs_territory(claims, series, windows=(7,))
    assert "claims vs territory" not in capfd.readouterr().err  # fewer than BAR_FROM_ROWS
    monkeypatch.setattr(compare, "BAR_FROM_ROWS", 5)
    with_bar = compare.claims_vs_territory(claims, series, windows=(7,))
    assert "claims vs territory" in capfd.readouterr().err
    monkeypatch.setenv("SAIDVSDONE_PROGRESS", "0")
    without = compare.claims_vs_territory(claims, series, windows=(7,))
    assert "claims vs territory" not in capfd.readouterr().err
    pd.testing.assert_frame_equal(with_bar, without)
