"""Stage 4 — compare: claims and reported figures lined up against the territory series.

The assessment scale is deliberately small, and every row carries the rule that
produced it, in words, next to the figures it used:

* ``consistent`` — what the claim implies about territory agrees with the series
  (a claim of progress while the side whose progress is claimed gained ground in the window before);
* ``inconsistent`` — it disagrees (a claim of progress while the area held fell);
* ``not assessable`` — the series cannot test it: the claim is vague or unfalsifiable
  ("going to plan" without a stated plan), about something the map does not show
  (talks, mobilisation, threats), about one place or front (the series is national),
  with no side named ("they are advancing"), negated, undated,
  outside the series, or the change was within the map's noise. The rule says which.

It is a check of one measurable implication against one map, not a verdict on the
speaker's honesty: maps lag, net change hides gains and losses in between, and a
claim can be about a front the national total does not show. Read the rule.

Example:
    >>> from saidvsdone import corpus, claims, territory, compare
    >>> found = claims.find(corpus.load(), include_quotes=True)
    >>> table = compare.claims_vs_territory(found, territory.load())
    >>> row = table[table["text"].str.startswith("Our offensive")].iloc[0]
    >>> row["assessment"], row["scope"], int(row["change_before_14d_km2"])
    ('not assessable', 'Donbas', -9354)
    >>> row["rule"].split(":")[0]
    'claims progress about Donbas'
"""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd

from saidvsdone import _progress
from saidvsdone import document as _document
from saidvsdone import mentions as _mentions
from saidvsdone import territory as _territory
from saidvsdone import vocab
from saidvsdone.notebook import COLUMN_WIDTH
from saidvsdone.matcher import Matcher, compile_phrase, trie_pattern, word_keys

__all__ = ["claims_vs_territory", "summary", "facts_vs_territory", "to_claimreview", "claimreview_json",
           "ASSESSMENTS", "REASONS", "REASON_MEANINGS", "NOISE_KM2", "SCOPE_CAVEAT"]

#: The whole scale.
ASSESSMENTS = ("consistent", "inconsistent", "not assessable")
#: The short keys in ``reason`` of a *not assessable* claim (README and ``claims_vs_territory`` list them).
REASONS = ("negated", "vague", "not territorial", "no national claim", "place", "outside Ukraine", "side unknown",
           "undated", "no day", "no series", "no figure", "noise", "unusable date")
#: Each ``reason`` key in plain words, for a reader who sees the key in a table without its row's ``rule``
#: (``summary(table, "reason")`` adds it as the column ``meaning``; the row's ``rule`` gives the particulars).
#: Each fits in :data:`MEANING_WIDTH` characters, so a notebook's table (``notebook.setup``) shows it whole.
REASON_MEANINGS = {
    "negated": "the claim is negated (“not …”): no implication to test; read it yourself",
    "vague": "no stated plan or measure to test it against (“going to plan”)",
    "not territorial": "not about ground: talks, threats, mobilisation, losses, strikes, goals, pace",
    "no national claim": "ground held, lost or retaken, but no national total to test; see facts-vs-maps",
    "place": "about one place, region or front: the national series cannot test it",
    "outside Ukraine": "about a place outside Ukraine: the series measures Ukraine only",
    "side unknown": "it names no side whose progress it claims: the speaker's side is never assumed",
    "undated": "the article has no date, so the claim cannot be placed on the map",
    "no day": "the article is dated but does not say when the words were said",
    "no series": "said on a day no territory series covers (before it starts or after it ends)",
    "no figure": "the series has no value for a window around the day",
    "noise": "the map moved less than its ±100 km² noise",
    "unusable date": "its statement date cannot be read",
}
assert set(REASON_MEANINGS) == set(REASONS)
#: The longest a ``meaning`` may be: ``notebook.setup``'s ``display.max_colwidth`` (:data:`notebook.COLUMN_WIDTH`)
#: less room for pandas' own marks.
MEANING_WIDTH = COLUMN_WIDTH - 2
assert max(map(len, REASON_MEANINGS.values())) <= MEANING_WIDTH
#: Net changes smaller than this (km²) are treated as no change: the two DeepState archives
#: differ by up to 86 km² on the same day, day-to-day redrawing moves tens of km².
NOISE_KM2 = 100.0
#: From this many claims (or facts) on, the comparison shows a progress bar on stderr (never for
#: the bundled corpus's few dozen; ``SAIDVSDONE_PROGRESS=0`` switches it off).
BAR_FROM_ROWS = 1000
#: Claim types whose territorial implication can be tested, and the direction they imply
#: for the speaker's side (+1: gaining ground).
_TESTABLE = {"progress": +1}
_NOT_TERRITORIAL = {
    "negotiations": "about talks, which the map does not show",
    "threat": "a threat about the future, not a statement of fact",
    "no_escalation": "about intentions (strikes, escalation), which the map does not show",
    "mobilisation_ending": "about mobilisation, which the map does not show",
    # the coarse topics of claims found from reported speech (data/claim_topics.csv)
    "losses": "about losses, which the map does not show",
    "strikes": "about strikes, weapons, missiles or drones, which the map does not show",
    "mobilisation": "about troops and mobilisation, which the map does not show",
    "goals": "about goals, which the map cannot test until they are stated as places",
    "pace": "about pace or the situation at the front: no figure to measure against",
    "territory": ("about territory (ground held, lost or retaken) but no claim of national progress to test "
                  "against the national total; a figure in it, when there is one, is checked in facts-vs-maps "
                  "(facts_vs_territory) under its own fact id"),
}
#: where a claim was found (the claims table's ``found_in``; its column ``source`` in 0.1, which clashed with the
#: articles' ``source``, the outlet)
FOUND_IN = ("reported", "headline", "quote")
_PRETTY = {"on_plan": "on plan", "progress": "progress", "no_escalation": "no escalation",
           "mobilisation_ending": "mobilisation ending", "negotiations": "negotiations", "threat": "threat"}


def claims_vs_territory(claims: pd.DataFrame, territory: pd.DataFrame,
                        windows: tuple[int, ...] = (14, 30, 90), *, articles: pd.DataFrame | None = None,
                        areas: dict | None = None, figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """For each claim: the Russian-held area in force on the statement date and the net
    change over each window before and after it, with the assessment and its rule.

    The series used for a claim is the one that covers the statement date and the most
    windows around it, DeepState on a tie (``series`` names it; ``series_credit``
    credits it): ISW for early 2022, when DeepState's archive has not started. Windows that fall outside the
    series are NaN: values are never interpolated or extrapolated.

    A claim of progress is tested only when the national series can test it:

    * **scope** — a claim about a named place, region or front ("in the Donbas", "the
      Pokrovsk direction"; places from ``data/places.csv``) is *not assessable* against the
      national total: the rule names the place. Pass ``areas={"Donbas": frame}`` (a series of
      that area, as ``territory.load`` returns) to test it there. A place outside Ukraine is
      said so;
    * **whose progress** (``progress_of``, ``progress_basis``) — only what the sentence says:
      the first person ("we", "our forces"; reported: "his forces") is the speaker's side,
      "the enemy" the other one, named forces ("Russian troops", "the Ukrainians", "Ukraine's
      counteroffensive", "Kyiv's forces", "the Kyiv regime") their country's side. A subject that names no one
      ("they are advancing", "the counteroffensive is advancing") is *not assessable*
      (``side unknown``): the speaker's side is never assumed. Named forces are judged for
      the side named whoever speaks ("Russian forces are advancing" is the same claim from
      Putin, Zelensky or Blinken);
    * **speaker's side** (``side``, ``side_basis``) — the side the speaker speaks for, which
      the first person and "the enemy" need: the speakers table (``data/speakers.csv`` →
      ``data/countries.csv``), else a country named in the speaker's label ("Ukrainian
      military officials"); otherwise the rule says what to add to which table.

    Every *not assessable* row states its reason in ``rule`` and a short key in ``reason``
    (``negated``, ``vague``, ``not territorial``, ``no national claim``, ``place``, ``outside Ukraine``,
    ``side unknown``, ``undated``, ``no day``, ``no series``,
    ``no figure``, ``noise``, ``unusable date``; empty for a verdict).
    :func:`summary` counts them by claim type or side.

    Args:
        claims: from ``claims.find``.
        territory: from ``territory.load()`` (one source or both).
        windows: window lengths in days.
        articles: the frame from ``corpus.load``: its ``source`` fills ``outlet``.
        areas: series of named areas (standard place name → frame like ``territory``).
        figures: the table of :func:`facts_vs_territory` for the same articles: a figure stated
            inside a claim (same article, within its ``start``–``end``) is named in the claim's
            ``figure_check`` (``fact_id: assessment``) and its ``rule`` ends with "the figure it
            states … is checked in facts-vs-maps (fact id): assessment", so the two verdicts on
            one sentence (the map's window around the claim, the figure over its own period) are
            read together.

    Returns:
        One row per claim: ``claim_id, article_id, speaker, claim_type, text, label`` (speaker, day
        and type, as the charts print it), ``quoted_words`` (the speaker's own words, inside quote marks
        in the article), ``reported_as`` (when nothing is quoted: the reporter's wording, with the outlet),
        ``outlet`` (the article's ``source``), ``found_in`` (``reported``, ``headline`` or ``quote``),
        ``negated``, ``quote_id`` (for a claim in a direct quote: that quote's row), ``start, end``,
        ``statement_date, date_basis, series, observed_on`` (the map's day in force on the statement
        date), ``area_km2, share_pct`` (the Russian-held area that day, and its share of Ukraine),
        then per window ``w``: ``change_before_{w}d_km2``, ``change_before_{w}d_pct``
        (percentage points of Ukraine), ``change_after_{w}d_km2``, ``change_after_{w}d_pct``;
        then ``side, side_basis`` (the speaker's side), ``progress_of, progress_basis`` (the side
        whose progress a progress claim states, and why), ``scope, assessment, reason``, ``rule``,
        ``series_credit``, ``figure_check`` (empty without ``figures``) and the claim's
        ``attribution`` and ``cue`` (how its speaker was found).
        The claim's ``found_in`` (``reported``, ``headline`` or ``quote``: ``source`` in 0.1, still read), ``negated``, ``quote_id``, ``start`` and ``end`` come along,
        so every row still points into its article. ``attrs["sources"]`` credits the series used.

    Raises:
        TypeError: ``claims`` or ``territory`` is not a DataFrame (``territory`` may
            also be a source name, which is loaded), a ``statement_date`` column of
            numbers, or windows that are not whole days.
        ValueError: a frame without the columns named above (``claim_type`` and
            ``statement_date``; ``date``, ``source`` and ``area_km2``), or no window.

    A claim whose ``statement_date`` is no usable date (an unreadable string, a year
    outside 1677–2262) is ``not assessable`` with the reason in ``rule``; the other
    rows go on. Strings and time-zone-aware dates are read as in ``territory.value_on``.

    Example:
        >>> import pandas as pd
        >>> from saidvsdone import territory
        >>> claim = pd.DataFrame([{"claim_id": "x-c001", "speaker": "Vladimir Putin", "claim_type": "progress",
        ...                        "text": "Our forces are moving forward", "statement_date": pd.Timestamp("2022-09-16")}])
        >>> row = claims_vs_territory(claim, territory.load(), windows=(14,)).iloc[0]
        >>> float(row["change_before_14d_km2"]), row["progress_of"], row["assessment"]
        (-9354.5, 'Russia', 'inconsistent')
        >>> claim.loc[0, "text"] = "They are moving forward"  # no side named: never assumed to be the speaker's
        >>> row = claims_vs_territory(claim, territory.load(), windows=(14,)).iloc[0]
        >>> row["assessment"], row["reason"]
        ('not assessable', 'side unknown')
        >>> claim.loc[0, "text"] = "Our offensive in the Donbas is not over"
        >>> row = claims_vs_territory(claim, territory.load(), windows=(14,)).iloc[0]
        >>> row["assessment"], row["scope"]
        ('not assessable', 'Donbas')
    """
    _check_frame(claims, "claims", ("claim_type", "statement_date"), "claims.find()")
    _check_date_column(claims, "statement_date")
    territory = _territory_frame(territory)
    windows = _windows(windows)
    areas = {str(name): _territory_frame(frame) for name, frame in (areas or {}).items()}
    outlets = {}
    if articles is not None and {"article_id", "source"} <= set(articles.columns):
        outlets = {str(a): _text(s) for a, s in zip(articles["article_id"], articles["source"])}
    cache: dict = {}
    records = claims.to_dict("records")
    rows = [_compare_claim(claim, territory, windows, outlets, areas, cache)
            for claim in _progress.progress(records, len(records), "claims vs territory", unit="claim",
                                            threshold=BAR_FROM_ROWS)]
    columns = ["claim_id", "article_id", "speaker", "claim_type", "text", "label", "quoted_words", "reported_as",
               "outlet", "found_in", "negated", "quote_id", "start", "end", "statement_date", "date_basis", "series",
               "observed_on", "area_km2", "share_pct"]
    for w in windows:
        columns += [f"change_before_{w}d_km2", f"change_before_{w}d_pct",
                    f"change_after_{w}d_km2", f"change_after_{w}d_pct"]
    columns += ["side", "side_basis", "progress_of", "progress_basis", "scope", "assessment", "reason", "rule",
                "series_credit", "figure_check", "attribution", "cue"]
    for row, claim in zip(rows, records):
        row.update(attribution=_text(claim.get("attribution")), cue=_text(claim.get("cue")), figure_check="")
    if figures is not None:
        _link_figures(rows, figures)
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("statement_date", "observed_on"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    floats = [c for c in columns if c.endswith(("_km2", "_pct"))]
    frame = frame.astype({c: "float64" for c in floats} | {"start": "Int64", "end": "Int64", "negated": "bool"})
    # the map areas are known to 0.1 km² at best: keep tables free of float noise
    frame[floats] = frame[floats].round({c: 1 if c.endswith("_km2") else 3 for c in floats})
    frame["assessment"] = pd.Categorical(frame["assessment"], categories=list(ASSESSMENTS))
    strings = ["claim_id", "article_id", "speaker", "claim_type", "text", "label", "quoted_words", "reported_as",
               "outlet", "found_in", "quote_id", "date_basis", "series", "side", "side_basis", "progress_of",
               "progress_basis", "scope", "reason", "rule", "series_credit", "figure_check", "attribution", "cue"]
    frame = frame.astype({c: "str" for c in strings})
    sources = dict(territory.attrs.get("sources", {}))
    for frame_of_area in areas.values():
        sources.update(frame_of_area.attrs.get("sources", {}))
    frame.attrs["sources"] = {name: sources.get(name, name) for name in sorted(set(frame["series"]) - {""})}
    return frame


def _link_figures(rows: list[dict], figures: pd.DataFrame) -> None:
    """Name in each claim row the figure checks of the figures stated inside it (same article, the
    fact's span within the claim's), in ``figure_check`` and at the end of ``rule``."""
    _check_frame(figures, "figures", ("fact_id", "article_id", "assessment", "start", "end"),
                 "compare.facts_vs_territory()")
    if not len(figures):
        return
    checked = figures
    if "reported_km2" in figures.columns and "reported_pct" in figures.columns:  # figures the maps could read
        checked = figures[figures["reported_km2"].notna() | figures["reported_pct"].notna()]
    by_article: dict[str, list[dict]] = {}
    for fact in checked.to_dict("records"):
        by_article.setdefault(_text(fact.get("article_id")), []).append(fact)
    for row in rows:
        start, end = row.get("start"), row.get("end")
        if start is None or end is None or pd.isna(start) or pd.isna(end):
            continue
        inside = [f for f in by_article.get(row.get("article_id", ""), [])
                  if not pd.isna(f.get("start")) and not pd.isna(f.get("end"))
                  and int(start) <= int(f["start"]) and int(f["end"]) <= int(end)]
        if not inside:
            continue
        row["figure_check"] = "; ".join(f"{_text(f['fact_id'])}: {f['assessment']}" for f in inside)
        named = [f"{_text(f.get('label')) or 'a figure'} ({_text(f['fact_id'])}): {f['assessment']}" for f in inside]
        if len(inside) == 1:
            row["rule"] += f"; the figure it states is checked over its own period in facts-vs-maps: {named[0]}"
        else:
            row["rule"] += ("; the figures it states are checked over their own periods in facts-vs-maps: "
                            + ", ".join(named))


def summary(table: pd.DataFrame, by: str | tuple[str, ...] | list[str] = "claim_type") -> pd.DataFrame:
    """How many claims got each assessment, by claim type, side, speaker or reason: a tidy
    frame (one row per group and assessment) for a notebook table or a chart.

    ``by`` names one column of ``claims_vs_territory``'s table or several. Returns columns
    ``*by, assessment, claims`` (the count) and ``share`` (of the group's claims, 0–1);
    assessments a group does not have are left out; a missing side or reason reads "—".
    A reason belongs to one assessment, so grouped by ``reason`` the share is of all the
    claims with the same other ``by`` values (of the whole table for ``by="reason"``): how
    many claims each reason keeps from a verdict, and a last column ``meaning`` says each
    reason in plain words (:data:`REASON_MEANINGS`), so the table reads without the README.

    Example:
        >>> import pandas as pd
        >>> table = pd.DataFrame({"claim_type": ["on_plan", "progress", "progress"],
        ...                       "side": ["Russia", "Russia", "Ukraine"],
        ...                       "assessment": ["not assessable", "consistent", "not assessable"]})
        >>> summary(table, "side").values.tolist()
        [['Russia', 'consistent', 1, 0.5], ['Russia', 'not assessable', 1, 0.5], ['Ukraine', 'not assessable', 1, 1.0]]
        >>> by_reason = summary(table.assign(reason=["no day", "", "undated"]), "reason")
        >>> by_reason.drop(columns="meaning").values.tolist()
        [['no day', 'not assessable', 1, 0.333], ['undated', 'not assessable', 1, 0.333], ['—', 'consistent', 1, 0.333]]
        >>> by_reason["meaning"].tolist()[:2]
        ['the article is dated but does not say when the words were said', 'the article has no date, so the claim cannot be placed on the map']
    """
    by = [by] if isinstance(by, str) else list(by)
    _check_frame(table, "table", (*by, "assessment"), "compare.claims_vs_territory()")
    missing = [c for c in (*by, "assessment") if c not in table.columns]
    if missing:
        raise ValueError(f"table has no column {', '.join(map(repr, missing))}")
    keys = table[by].astype(str).replace({"": "—", "nan": "—"})
    assessment = pd.Categorical(table["assessment"].astype(str), categories=list(ASSESSMENTS))
    frame = keys.assign(assessment=assessment)
    counts = frame.groupby(by + ["assessment"], observed=True).size().rename("claims").reset_index()
    within = [c for c in by if c != "reason"]
    totals = counts.groupby(within, observed=True)["claims"].transform("sum") if within else counts["claims"].sum()
    counts["share"] = (counts["claims"] / totals).round(3)
    counts["assessment"] = counts["assessment"].astype(str)
    if "reason" in by:  # the key in words: "no day" and "undated" read alike without it
        counts["meaning"] = counts["reason"].map(REASON_MEANINGS).fillna("")
    return counts.sort_values(by + ["assessment"], ignore_index=True)


def _compare_claim(claim: dict, territory: pd.DataFrame, windows, outlets=None, areas=None, cache=None) -> dict:
    if "found_in" not in claim and _text(claim.get("source")) in FOUND_IN:  # a claims table of 0.1 (column source)
        claim = {**claim, "found_in": claim["source"]}
    claim = {**claim, **{key: _text(claim.get(key)) for key in (
        "claim_id", "article_id", "speaker", "claim_type", "text", "found_in", "quote_id", "date_basis",
        "label", "quoted_words", "outlet", "cue", "speaker_as_written", "phrase")}}
    date, problem = _row_date(claim.get("statement_date"), "statement_date")
    claim["statement_date"] = date
    row = {key: claim.get(key, "") for key in ("claim_id", "article_id", "speaker", "claim_type", "text",
                                                "found_in", "quote_id", "statement_date", "date_basis",
                                                "quoted_words")}
    row.update(negated=_flag(claim.get("negated", False)), start=claim.get("start"), end=claim.get("end"))
    claim["negated"] = row["negated"]
    row["label"] = claim.get("label") or _label(claim)  # claims.one_per_day gives short labels
    row["outlet"] = claim["outlet"] or (outlets or {}).get(claim["article_id"], "")
    row["reported_as"] = _reported_as(claim, row["outlet"])
    side, _, basis = _speaker_country(claim["speaker"])  # a progress claim's own side is read in _assess
    row.update(series="", observed_on=pd.NaT, area_km2=np.nan, share_pct=np.nan, series_credit="",
               side={1: "Russia", -1: "Ukraine"}.get(side, ""), side_basis=basis if side else "", scope="",
               progress_of="", progress_basis="", reason="")
    for w in windows:
        row.update({f"change_before_{w}d_km2": np.nan, f"change_before_{w}d_pct": np.nan,
                    f"change_after_{w}d_km2": np.nan, f"change_after_{w}d_pct": np.nan})
    testable = claim["claim_type"] in _TESTABLE and not claim["negated"]
    if claim["claim_type"] in _TESTABLE:  # whose progress, even when the claim cannot be placed on the map
        progress, progress_basis, _ = _claim_side(claim)
        row.update(progress_of={1: "Russia", -1: "Ukraine"}.get(progress, ""), progress_basis=progress_basis)
    places = _places_in(claim) if testable else []
    area_name = next((p for p, _ in places if p in (areas or {})), None)
    if area_name is not None:
        territory, row["scope"] = areas[area_name], area_name
    elif places:
        row["scope"] = " and ".join(p for p, _ in places)
    if problem:
        row.update(assessment="not assessable", reason="unusable date", rule=f"unusable date: {problem}")
        return row
    if pd.isna(date):
        published, _ = _row_date(claim.get("published"), "published")
        if not _flag(claim.get("undated")) and not pd.isna(published):
            row.update(assessment="not assessable", reason="no day",
                       rule=f"no day of its own: the article (published {published.date()}) does not say when "
                            "it was said, so the claim cannot be placed on the map")
        else:
            row.update(assessment="not assessable", reason="undated",
                       rule="undated: the article gives no date, so the claim cannot be placed on the map")
        return row
    key = (date, id(territory))
    if cache is None or key not in cache:
        index = None
        if cache is not None:  # each series read once per comparison, whatever its number of claims
            index = cache.get(("series", id(territory)))
            if index is None:
                index = cache[("series", id(territory))] = _SeriesIndex(territory)
        found = _measure(territory, date, windows, index)
        if cache is not None:
            cache[key] = found
    else:
        found = cache[key]
    if found is None:
        row.update(assessment="not assessable", reason="no series", rule=f"no territory series covers {date.date()}")
        return row
    row.update(found)
    if area_name is not None:
        row["series"] = f"{row['series']} ({area_name})"
    row["assessment"], row["reason"], row["rule"] = _assess(claim, row, windows[0], row["series"],
                                                            [] if area_name else places)
    return row


def _measure(territory: pd.DataFrame, date: pd.Timestamp, windows, index: "_SeriesIndex | None" = None) -> dict | None:
    """The value in force on ``date`` and the change over each window, from the best series.

    What ``territory.value_on`` and ``territory.change`` give, read from ``index`` (each source
    resolved once per call, cp3) in one look-up of the date and every window's ends."""
    index = index if index is not None else _SeriesIndex(territory)
    source = index.pick(date, windows)
    if source is None:
        return None
    ends = [date]
    for w in windows:
        ends += [date - pd.Timedelta(days=w), date + pd.Timedelta(days=w)]
    observed_on, area, _ = index.in_force(source, np.array(ends, dtype="datetime64[ns]"))
    found = dict(series=source, observed_on=pd.Timestamp(observed_on[0]), area_km2=area[0],
                 share_pct=area[0] / _territory.UKRAINE_AREA_KM2 * 100,
                 series_credit=territory.attrs.get("sources", {}).get(source, source))
    for i, w in enumerate(windows):
        before, after = area[0] - area[1 + 2 * i], area[2 + 2 * i] - area[0]  # as territory.change: end − start
        found.update({f"change_before_{w}d_km2": float(before),
                      f"change_before_{w}d_pct": float(before / _territory.UKRAINE_AREA_KM2 * 100),
                      f"change_after_{w}d_km2": float(after),
                      f"change_after_{w}d_pct": float(after / _territory.UKRAINE_AREA_KM2 * 100)})
    return found


class _SeriesIndex(_territory.SeriesIndex):
    """A territory frame's sources read once (``territory.SeriesIndex``), with each source's first and last day
    for :func:`_pick_source`. Made once per comparison, not once per claim or fact (cp3: a newsroom's thousands of
    claims)."""

    def __init__(self, territory: pd.DataFrame):
        super().__init__(territory)
        self.spans = _source_spans(territory)

    def pick(self, date: pd.Timestamp, windows) -> str | None:
        return _pick_source(self.territory, date, windows, spans=self.spans)


def _source_spans(territory: pd.DataFrame) -> list[tuple[str, pd.Timestamp, pd.Timestamp]]:
    """(source, first day, last day + the staleness allowed) of each source, DeepState first, then ISW,
    then the others in the order the frame holds them: the order :func:`_pick_source` tries them in."""
    present = list(dict.fromkeys(territory["source"])) if len(territory) else []
    spans = []
    for source in ("deepstate", "isw", *[s for s in present if s not in ("deepstate", "isw")]):
        dates = territory.loc[territory["source"] == source, "date"]
        if dates.empty:
            continue
        spans.append((source, dates.min(), dates.max() + pd.Timedelta(days=_territory.MAX_STALENESS_DAYS)))
    return spans


def _pick_source(territory: pd.DataFrame, date: pd.Timestamp, windows, spans=None) -> str | None:
    """The series that covers the date and the most windows around it (DeepState on a tie).
    ``spans`` is :func:`_source_spans` of ``territory`` when the caller has it already."""
    windows = (windows,) if isinstance(windows, int) else tuple(windows)
    best, best_score = None, -1
    for source, first, last in (spans if spans is not None else _source_spans(territory)):
        if not first <= date <= last:
            continue
        # in days, not by adding the windows to the date: a period of centuries would overflow
        room_before, room_after = (date - first).days, (last - date).days
        score = sum(w <= room_before for w in windows) + sum(w <= room_after for w in windows)
        if score > best_score:
            best, best_score = source, score
    return best


def _not_territorial(kind: str, claim: dict) -> str:
    """Why a claim of type ``kind`` is not tested against the map, naming the words of its sentence that made it
    that topic (``data/claim_topics.csv``): "the first Leopard tanks had arrived" is about weapons because of
    “Leopard”, which the rule says, rather than leaving a reader to wonder where the strikes are."""
    why = _NOT_TERRITORIAL[kind]
    words = _topic_words(kind, _text(claim.get("text")))
    if not words:
        return why
    cut = min((i for i in (why.find(", which"), why.find(" but "), why.find(", not ")) if i > 0), default=len(why))
    named = ", ".join(f"“{w}”" for w in words)
    return f"{why[:cut]} (the sentence says {named}){why[cut:]}"  # right after what it is about


def _topic_words(kind: str, text: str, most: int = 3) -> list[str]:
    """The words of ``text`` (as written, in order, at most ``most``) that the phrases of topic ``kind`` in
    ``data/claim_topics.csv`` match; [] for a fine claim type (its phrase is in claim_phrases.csv) or none found."""
    matcher = _topic_matchers().get(kind)
    if matcher is None or not text:
        return []
    words = _document.TOKEN.findall(text)  # the words of a claim's text, as the claims stage reads them
    keys = list(map(word_keys, words))
    spans, named = [], []
    for _, a, b in sorted(matcher.matches(keys), key=lambda m: (m[1], -m[2])):
        if any(x <= a <= y for x, y in spans):
            continue  # (a shorter phrase inside one already named)
        spans.append((a, b))
        phrase = " ".join(words[a:b + 1])
        if phrase.lower() not in (w.lower() for w in named):
            named.append(phrase)
    return named[:most]


def _topic_matchers() -> dict:
    """topic → a Matcher of its phrases in ``data/claim_topics.csv``."""
    def build():
        by_topic: dict[str, list] = {}
        for row in vocab.table("claim_topics").itertuples(index=False):
            topic = str(row.topic).strip()
            if topic in _NOT_TERRITORIAL:
                by_topic.setdefault(topic, []).append(compile_phrase(str(row.phrase), key=topic))
        return {topic: Matcher(patterns) for topic, patterns in by_topic.items()}
    return vocab.compiled("compare_topic_words", ("claim_topics",), build)


def _assess(claim: dict, row: dict, window: int, source: str, places=()) -> tuple[str, str, str]:
    """(assessment, short reason key, rule in words)."""
    kind = claim.get("claim_type", "")
    change = row[f"change_before_{window}d_km2"]
    context = (f"Russian-held area {_moved(change)} in the {window} days before ({source})"
               if not pd.isna(change) else f"no {source} figure for the {window} days before")
    if claim.get("negated"):
        return "not assessable", "negated", f"negated claim (it says not …): read it yourself; {context}"
    if kind == "on_plan":
        return "not assessable", "vague", ("vague: no stated plan to measure against, so a claim that it is going "
                                           f"to plan cannot be tested; for context, {context}")
    if kind in _NOT_TERRITORIAL:
        if kind == "territory":
            return "not assessable", "no national claim", f"{_not_territorial(kind, claim)}; for context, {context}"
        return "not assessable", "not territorial", f"{_not_territorial(kind, claim)}; for context, {context}"
    if kind not in _TESTABLE:
        return "not assessable", "not territorial", f"claim type {kind!r} has no territorial test; {context}"
    what = _PRETTY.get(kind, kind)
    side, basis, problem = _claim_side(claim)
    row["progress_of"] = {1: "Russia", -1: "Ukraine"}.get(side, "")
    row["progress_basis"] = basis
    outside = [f"{place} ({country})" for place, country in places if country != "Ukraine"]
    if outside and len(outside) == len(places):  # a claim naming a place in Ukraine is about that front
        return "not assessable", "outside Ukraine", (
            f"claims {what} about {' and '.join(outside)}, outside Ukraine: the series measures Ukraine only; "
            f"for context, {context}")
    if places:
        named = " and ".join(place for place, country in places if country == "Ukraine")
        return "not assessable", "place", (
            f"claims {what} about {named}: no series for that area, and the national total cannot test a claim "
            f"about one front or region (a series for {places[0][0]} alone could); for context, {context}")
    if problem:
        return "not assessable", "side unknown", f"claims {what}, but {problem}; {context}"
    if pd.isna(change):
        return "not assessable", "no figure", f"claims {what}; {context}"
    gained = side * change  # > 0: the side whose progress is claimed gained ground
    side_name = "Russia" if side > 0 else "Ukraine"
    named = re.search(r"“[^”]*”", basis)
    side_name += f" ({named.group(0)})" if named else ""
    if abs(change) < NOISE_KM2:
        return "not assessable", "noise", (f"claims {what} for {side_name}; {context}, within the "
                                           f"±{NOISE_KM2:.0f} km² map noise")
    verdict = "consistent" if gained > 0 else "inconsistent"
    return verdict, "", f"claims {what} for {side_name}; {context}"


def _moved(change: float) -> str:
    if pd.isna(change):
        return "—"
    verb = "rose" if change > 0 else "fell" if change < 0 else "did not change"
    return f"{verb} {abs(change):,.0f} km²" if change else verb


_SIDE_NUMBER = {"Russia": +1, "Ukraine": -1}
#: Nouns that make a side's name the actor of a move ("Ukrainian forces", "the Russian army").
def _force_nouns() -> str:  # data/force_nouns.csv, uses ``actor``
    return "(?:" + trie_pattern(vocab.force_nouns("actor"), spaces=True) + ")"
#: Nouns of a campaign that make a side's name its actor ("Ukraine's counteroffensive", "our offensive").
_CAMPAIGN_NOUNS = r"(?:counter-?offensives?|offensives?|advances?|assaults?|push|campaigns?|operations?)"
_NOT_SUBJECT = re.compile(r"(?:\b(?:in|of|to|from|into|against|with|for|on|at|by|across|towards?|over|"
                          r"inside|within|near|about)\s+(?:the\s+)?)$", re.I)


def _speaker_country(speaker: str) -> tuple[int, str, str]:
    """(side, country, basis) of a speaker: the speakers table, else a country named in the label."""
    country = _countries().get(speaker, "")
    if country:
        return _SIDE_NUMBER.get(vocab.side_of(country), 0), country, f"speakers.csv: {speaker} speaks for {country}"
    forms = vocab.country_forms()
    for word in re.findall(r"[\w’'-]+", speaker):
        found = forms.get(word)
        if found is not None:
            return (_SIDE_NUMBER.get(vocab.side_of(found[0]), 0), found[0],
                    f"the speaker's label names {found[0]} (“{speaker}”)")
    return 0, "", ""


def _countries() -> dict[str, str]:
    return vocab.compiled("compare_speaker_countries", ("speakers",),
                          lambda: dict(zip(vocab.table("speakers")["name"], vocab.table("speakers")["country"])))


def _actor_pattern() -> re.Pattern:
    def build():
        forms = vocab.country_forms()
        demonyms = sorted((f for f, (_, kind) in forms.items() if kind == "demonym"), key=lambda w: (-len(w), w))
        names = sorted((f for f, (_, kind) in forms.items() if kind == "country"), key=lambda w: (-len(w), w))
        forces = sorted((f for f, (_, kind) in forms.items() if kind == "force"), key=lambda w: (-len(w), w))
        capitals = sorted((f for f, (_, kind) in forms.items() if kind == "capital"), key=lambda w: (-len(w), w))
        people = [f for f in demonyms if f.endswith("s") and f[:-1] in forms]  # "the Ukrainians"
        alt = lambda words: "|".join(re.escape(w) for w in words) or "(?!)"  # noqa: E731
        actors = rf"(?:{_force_nouns()}|{_CAMPAIGN_NOUNS})"
        return re.compile(
            rf"\b(?:(?P<demonym>{alt(demonyms)})\s+{actors}|(?P<people>{alt(people)})|(?P<force>{alt(forces)})|"
            rf"(?P<capital>{alt(capitals)})(?:[’']s\s+{actors}|{_GOVERNMENT_AFTER.pattern})|"
            rf"(?P<name>{alt(names)})(?:\s+{actors})?|"
            rf"(?P<own>(?:we|our\s+(?:own\s+)?{actors}|our\s+side|(?:his|her|its)\s+(?:own\s+)?{actors}))|"
            rf"(?P<enemy>the\s+enemy))\b", re.I)
    return vocab.compiled("compare_actor", ("countries", "force_nouns"), build)


def _content(claim: dict) -> tuple[str, int]:
    """The claim's content (the text without the attribution) and where its phrase starts in it
    (-1: unknown)."""
    text = claim.get("text", "")
    start, phrase_start = claim.get("start"), claim.get("phrase_start")
    at = -1
    try:
        if phrase_start is not None and start is not None and not pd.isna(phrase_start) and not pd.isna(start):
            at = int(phrase_start) - int(start)
    except (TypeError, ValueError):
        at = -1
    if not 0 <= at < len(text):
        phrase = claim.get("phrase", "")
        at = text.find(phrase) if phrase else -1
    cue = claim.get("cue", "")
    where = text.find(cue) if cue else -1
    if where >= 0 and (at < 0 or where < at):
        cut = where + len(cue)
        that = re.match(r"[^.;“\"]{0,60}?\bthat\s", text[cut:])
        cut += that.end() if that else 0
        return text[cut:], (at - cut if at >= cut else -1)
    if where > 0 and at >= 0 and where > at:
        return text[:where], at
    return text, at


#: Words after the actor that turn a progress claim into a setback ("had failed", "were retreating").
_SETBACK = re.compile(r"\b(?:fail(?:ed|ing|s)?|stall(?:ed|ing|s)?|retreat(?:ed|ing|s)?|fle(?:e|eing|d)|losing|"
                      r"bogged\s+down|halted|stopped|repelled|repulsed|pushed\s+back|withdr(?:ew|awn|awing))\b", re.I)
#: Capitalised words that name nobody ("The army said its forces …" names no one before "its").
_NO_NAME = frozenset("The A An It He She They We Our His Her Its This That These Those In On At After As".split())


def _claim_side(claim: dict) -> tuple[int, str, str]:
    """(side, basis, problem): whose progress the claim states, and why it cannot be told.

    A side is given only when the sentence says whose progress it is: the first person
    ("we", "our forces", reported as "his forces") is the speaker's side, "the enemy" the
    other one, named forces ("Russian troops", "the Ukrainians", "Ukraine's counteroffensive",
    "Kyiv's forces", "the occupiers") their country's side. A subject that names no one
    ("they are advancing", "the counteroffensive is advancing") gives no side: the speaker's
    side is never assumed. The same words give the same side whoever says them, but for the
    first person and "the enemy", which are the speaker's."""
    speaker = claim.get("speaker", "")
    side, country, basis = _speaker_country(speaker)
    content, at = _content(claim)
    mentions = [m for m in _actor_pattern().finditer(content)
                if not _NOT_SUBJECT.search(content[:m.start()])
                and not (claim.get("speaker_as_written") and m.group(0) in claim["speaker_as_written"])]
    before = [m for m in mentions if at < 0 or m.start() < at] if mentions else []
    chosen = before[-1] if before and at >= 0 else (before[0] if before else None)
    if chosen is None:
        return 0, "", ("the side is not known: the sentence names no side's forces and does not speak in the "
                       "first person (“we”, “our forces”), so whose progress it claims cannot be told")
    words = chosen.group(0)
    if chosen.group("own") and re.match(r"(?:his|her|its)\b", words, re.I) and any(
            w not in _NO_NAME for w in re.findall(r"\b[A-Z][\w’'-]*", content[:chosen.start()])):
        # "Zelensky said Putin was throwing his forces forward": "his" may be someone the sentence named
        return 0, "", (f"the side is not known: “{words}” may be the speaker's or someone the sentence names "
                       "before it")
    clause_end = min([m.start() for m in mentions if m.start() > chosen.end()] + [len(content)])
    setback = _SETBACK.search(content, chosen.end(), clause_end)  # in the actor's own words, before another actor
    if setback:  # "Ukraine's counteroffensive had failed and its forces were retreating": no progress claimed
        return 0, "", (f"the words after “{words}” (“{setback.group(0)}”) tell of a setback, not progress: whose "
                       "progress the claim states cannot be told")
    if chosen.group("own") or chosen.group("enemy"):
        whose = "the speaker's own side" if chosen.group("own") else "the speaker's enemy"
        if side:
            actor = side if chosen.group("own") else -side
            return actor, f"“{words}”: {whose} ({basis})", ""
        if country:
            return 0, basis, (f"the side is not known: “{words}” is {whose}, and {speaker} speaks for {country} "
                              "(side ‘other’ in data/countries.csv)")
        if not speaker:
            return 0, "", f"the side is not known: “{words}” is {whose}, and there is no speaker"
        return 0, "", (f"the side is not known: “{words}” is {whose}; add '{speaker}' with a country to "
                       "data/speakers.csv (or a country's name to data/countries.csv)")
    form = next(chosen.group(g) for g in ("demonym", "people", "force", "capital", "name") if chosen.group(g))
    found = vocab.country_forms().get(form) or next(
        (v for k, v in vocab.country_forms().items() if k.lower() == form.lower()), None)
    actor = _SIDE_NUMBER.get(vocab.side_of(found[0]), 0) if found else 0
    if not actor:
        return 0, "", f"the side is not known: “{words}” names no side of the war (data/countries.csv)"
    return actor, f"named in the sentence (“{words}”)", ""


def _places_in(claim: dict) -> list[tuple[str, str]]:
    """(standard name, country) of each named place or front the claim's content is about."""
    content, _ = _content(claim)
    dateline = _dateline_end(content)
    content = " " * dateline + content[dateline:]  # "KYIV, July 18 (Wire) -": where it was filed, not its scope
    pattern, table = _place_pattern()
    found: dict[str, str] = {}
    for match in pattern.finditer(content):
        following = _NEXT_WORD.match(content, match.end())
        if following and (following.group(1).lower() in _speaker_verbs()) \
                and not _NOT_SUBJECT.search(content[:match.start()]):
            continue  # "Kyiv said …", "a claim Kyiv rejected": a speaker, not a place the claim is about
        if _ACTOR_AFTER.match(content, match.end()) or _GOVERNMENT_AFTER.match(content, match.end()):
            continue  # "Moscow's forces", "the Kyiv regime": a side, not a place the claim is about
        place, country = table[match.group(1)]
        found.setdefault(place, country)
    for match in _FRONT.finditer(content):
        name = match.group("front") or match.group("front2")
        if name in vocab.country_forms():
            continue  # "the Ukrainian sector" names a side, not a place
        if name in table:
            found.setdefault(*table[name])
        elif name[:1].isupper():
            found.setdefault(name, "Ukraine")
        else:
            found.setdefault(f"the {name} front", "Ukraine")
    return list(found.items())


_NEXT_WORD = re.compile(r"\s+(\w+)")
#: A possessive and a force or campaign noun after a place's name make it an actor ("Kyiv's forces").
_ACTOR_AFTER = vocab.TablePattern("actor_after", ("force_nouns",),
                                  lambda: rf"[’']s\s+(?:own\s+)?(?:{_force_nouns()}|{_CAMPAIGN_NOUNS})\b", re.I)

#: A government noun after a place's name, possessive or not, makes it a side ("the Kyiv regime",
#: "the Kyiv government", "Moscow's leadership").
_GOVERNMENT_AFTER = re.compile(r"(?:[’']s)?\s+(?:own\s+)?(?:regime|government|authorities|leadership|administration|"
                               r"officials|command|junta|side|elites?|rulers)\b", re.I)
#: A wire dateline opening a text: a place in capitals, or a place before a date or an agency in
#: brackets, then a dash ("KYIV, July 18 (Kyiv Wire) - ", "MOSCOW — ", "Kyiv, Aug 12 (Reuters) -").
_DATELINE = re.compile(r"\s*(?:[A-Z][A-Z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}"
                       r"(?:,\s*\d{4})?)?|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2},\s*[A-Za-z]{3,9}\.?\s+\d{1,2}"
                       r"(?:,\s*\d{4})?)\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—]{1,2}|>>)\s")


def _dateline_end(text: str) -> int:
    """Where a dateline opening ``text`` ends (0: none): its place is where the copy was filed.

    Example:
        >>> text = "KYIV, July 18 (Kyiv Wire) - Troops advanced."
        >>> text[_dateline_end(text):]
        'Troops advanced.'
    """
    found = _DATELINE.match(text)
    return found.end() if found else 0


def _speaker_verbs() -> frozenset[str]:
    """The one-word speech verbs of ``data/speech_cues.csv`` (every form), and the auxiliaries
    that follow a subject ("Kyiv has", "Moscow was")."""
    from saidvsdone.speech import cue_table
    return vocab.compiled("compare_speaker_verbs", ("speech_cues",), lambda: frozenset(
        [form for form in cue_table()[0] if " " not in form]
        + "has had was is".split()))


_FRONT = re.compile(r"\b(?:the\s+)?(?P<front>[A-Z][\w’'-]+|eastern|southern|northern|western|north-eastern|"
                    r"south-eastern|north-western|south-western|northeastern|southeastern)\s+"
                    r"(?:front|direction|axis|axes|sector|flank)\b"
                    r"|\bin\s+the\s+direction\s+of\s+(?P<front2>[A-Z][\w’'-]+)")


def _place_pattern():
    def build():
        table = vocab.table("places")
        rows = {row.name: (row.place, row.country) for row in table.itertuples()
                if row.kind != "country" and row.name}
        names = sorted(rows, key=lambda w: (-len(w), w))
        return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"), rows
    return vocab.compiled("compare_places", ("places",), build)


def _reported_as(claim: dict, outlet: str) -> str:
    """The reporter's wording of a claim whose speaker is not quoted, with the outlet:
    "reported: … — Outlet" (empty when the speaker's own words are quoted)."""
    if claim.get("quoted_words") or claim.get("found_in") == "quote":
        return ""
    words = " ".join(claim.get("text", "").split()).rstrip(" .,;:")
    if not words:
        return ""
    return f"{words} — {outlet}" if outlet else words


def _label(claim: dict) -> str:
    date = claim.get("statement_date")
    when = pd.Timestamp(date).strftime("%d %b %Y").lstrip("0") if date is not None and not pd.isna(date) else "undated"
    speaker = " ".join(str(claim.get("speaker") or "").split()) or "unattributed"
    speaker = _short_names().get(speaker, speaker)
    return f"{speaker}, {when}: {_PRETTY.get(claim.get('claim_type', ''), claim.get('claim_type', ''))}"


def _short_names() -> dict[str, str]:
    """The short form of each person of the speakers table: the shortest alias that ends
    their name ("Putin", "von der Leyen"); a person with no such alias, an institution or any
    other label keeps the whole label (never a fragment such as "Ministry" or "(Kyiv)")."""
    def build():
        short = {}
        for row in vocab.table("speakers").itertuples(index=False):
            if str(row.kind).strip() != "person":
                continue
            name = " ".join(str(row.name).split())
            endings = [a for a in (" ".join(a.split()) for a in vocab.split_forms(row.aliases))
                       if a and a != name and name.endswith(" " + a)]
            if endings:
                short[name] = min(endings, key=len)
        return short
    return vocab.compiled("compare.short_names", ("speakers",), build)


# --- reported figures --------------------------------------------------------------------------

#: How far a measured change may sit from a reported figure and still agree, by qualifier.
_TOLERANCE = {"about": 0.25, "nearly": 0.25, "exactly": 0.10, "": 0.25}


def facts_vs_territory(facts: pd.DataFrame, territory: pd.DataFrame) -> pd.DataFrame:
    """Reported territorial figures against the series over the same period.

    Areas gained or lost (``category == "territory"`` with ``area_km2``) are compared with
    the net change of the series between ``period_start`` and ``period_end``. A share of
    Ukraine (``unit == "percent"``) is read by its holder and its verb: a share Russia holds
    is compared with the share in force on the reported date, a share Ukraine holds with 100
    minus it; a share gained or lost ("retook 3% of its territory since August") is a change
    of share, measured over its period (not assessable without one), never the share held.
    Other facts (distances, settlements, strikes …) are listed as not assessable: the
    series does not measure them; so is an area about one place, region or front (the
    fact's ``place``: "500 km² in the Kherson region"), which the national total cannot test.

    The rule depends on the qualifier: "more than X" agrees when the measured change is
    at least X; "up to"/"less than" when it is at most X; "nearly" (almost, just under)
    when it is at most X and no more than 25% below it; otherwise the two must be within
    25% (10% for "exactly"), or 2 percentage points for shares held. A measured change
    within the ±``NOISE_KM2`` map noise has no direction: not assessable, unless the reported
    figure is far beyond anything the noise could hide (inconsistent).

    Returns one row per fact: ``fact_id, article_id, label, speaker, source_attribution`` (who
    states the figure, and the words that attribute it, as ``facts.extract`` read them; empty
    for the article's own figure), ``category, actor, change`` (the side and direction as
    ``facts.extract`` read them), ``quantity_text, unit,
    reported_km2`` (signed from Russia's side: a loss is negative), ``reported_pct, measured_km2,
    measured_pct``, ``measure`` (what the two measured columns are: ``net change`` — the change of
    the Russian-held area over the period, in km² and points of Ukraine — or ``held by Russia`` /
    ``held by Ukraine`` — the area and share that side holds on the day; empty when nothing was
    measured), ``measured_series`` and ``series_credit`` (the series and its credit),
    ``reported_date, period_start, period_end, observed_start, observed_end, assessment, rule``,
    plus the fact's ``start, end, sentence``.

    ``facts`` needs the columns ``category, unit, area_km2, change, period_start,
    period_end`` (ValueError otherwise; TypeError when it is not a DataFrame or a date
    column holds numbers). A fact with no usable date, a period that runs backwards, an
    area or share that is not a finite positive number (``inf`` from a 400-digit
    figure), or an area gained or lost with no side (an empty ``actor``: "they had taken
    400 km²", rule "no side: …") is ``not assessable`` with the reason in ``rule``: it is
    never judged. So is a figure in a sentence about an earlier year ("In September 2022, …
    in less than two weeks" in a 2025 article) whose period is not anchored in that year or on
    its speaker's statement day (rule "not anchored: …"): it is never measured over a period
    counted from the publication date.

    Example:
        >>> import pandas as pd
        >>> from saidvsdone import territory
        >>> fact = pd.DataFrame([{"fact_id": "f1", "category": "territory", "quantity_text": "more than 3,000",
        ...     "qualifier": "more than", "unit": "sq mi", "area_km2": 7769.96, "actor": "Russia", "change": "loss",
        ...     "period_start": pd.Timestamp("2022-09-03"), "period_end": pd.Timestamp("2022-09-17")}])
        >>> row = facts_vs_territory(fact, territory.load()).iloc[0]
        >>> float(row["measured_km2"]), row["assessment"]
        (-9440.2, 'consistent')
    """
    _check_frame(facts, "facts", ("category", "unit", "area_km2", "change", "period_start", "period_end"),
                 "facts.extract()")
    for column in ("period_start", "period_end", "reported_date"):
        _check_date_column(facts, column)
    territory = _territory_frame(territory)
    index = _SeriesIndex(territory)  # each source read once, not once per fact (cp3)
    records = _linked(facts.to_dict("records"))
    rows = [_compare_fact(fact, territory, index)
            for fact in _progress.progress(records, len(records), "facts vs territory", unit="fact",
                                           threshold=BAR_FROM_ROWS)]
    columns = ["fact_id", "article_id", "label", "speaker", "source_attribution", "category", "actor", "change",
               "quantity_text", "unit",
               "reported_km2", "reported_pct",
               "measured_km2", "measured_pct", "measure", "measured_series", "series_credit", "reported_date",
               "period_start", "period_end", "observed_start", "observed_end", "assessment", "rule", "start", "end",
               "sentence"]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("reported_date", "period_start", "period_end", "observed_start", "observed_end"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    numbers = ["reported_km2", "reported_pct", "measured_km2", "measured_pct"]
    frame = frame.astype({c: "float64" for c in numbers} | {"start": "Int64", "end": "Int64"})
    frame[numbers] = frame[numbers].round({"reported_km2": 1, "measured_km2": 1, "reported_pct": 3,
                                           "measured_pct": 3})
    frame["assessment"] = pd.Categorical(frame["assessment"], categories=list(ASSESSMENTS))
    sources = territory.attrs.get("sources", {})
    frame["measure"] = frame["measure"].fillna("").where(frame["measured_series"].fillna("") != "", "")
    frame["series_credit"] = [sources.get(name, name) if name else "" for name in frame["measured_series"].fillna("")]
    frame = frame.astype({c: "str" for c in ("fact_id", "article_id", "label", "speaker", "source_attribution",
                                             "category", "actor", "change", "quantity_text",
                                             "unit", "measure", "measured_series", "series_credit", "rule",
                                             "sentence")})
    frame.attrs["sources"] = {name: sources.get(name, name)
                              for name in sorted(set(frame["measured_series"]) - {""})}
    return frame


def _compare_fact(fact: dict, territory: pd.DataFrame, index: _SeriesIndex | None = None) -> dict:
    index = index if index is not None else _SeriesIndex(territory)
    fact = {**fact, **{key: _text(fact.get(key)) for key in (
        "fact_id", "article_id", "category", "quantity_text", "unit", "qualifier", "change", "actor",
        "sentence", "phrase", "place", "period_text", "modality", "speaker", "source_attribution")}}
    problems = []
    for key in ("period_start", "period_end", "reported_date"):
        fact[key], problem = _row_date(fact.get(key), key)
        problems += [problem] if problem else []
    row = {"fact_id": fact.get("fact_id", ""), "article_id": fact.get("article_id", ""),
           "label": _fact_label(fact), "speaker": fact.get("speaker", ""),
           "source_attribution": fact.get("source_attribution", ""), "category": fact.get("category", ""),
           "actor": fact.get("actor", ""), "change": fact.get("change", ""),
           "quantity_text": fact.get("quantity_text", ""), "unit": fact.get("unit", ""),
           "reported_date": fact.get("reported_date"), "reported_km2": np.nan, "reported_pct": np.nan,
           "measured_km2": np.nan, "measured_pct": np.nan, "measure": "net change", "measured_series": "",
           "period_start": fact.get("period_start"), "period_end": fact.get("period_end"),
           "observed_start": pd.NaT, "observed_end": pd.NaT,
           "start": fact.get("start"), "end": fact.get("end"), "sentence": fact.get("sentence", "")}
    area, unit = fact.get("area_km2"), fact.get("unit", "")
    qualifier = (fact.get("qualifier") or "").strip()
    if problems:
        return {**row, "assessment": "not assessable", "rule": "unusable date: " + "; ".join(problems)}
    set_aside = _set_aside(fact)
    if set_aside:
        return {**row, "assessment": "not assessable", "rule": set_aside}
    if unit == "percent" and fact.get("category") == "share":
        return {**row, **_compare_share(fact, territory, qualifier, index)}
    area, problem = _number(area, "area_km2")
    if problem:
        return {**row, "assessment": "not assessable", "rule": f"unusable area: {problem}"}
    if area is not None and abs(area) > _territory.UKRAINE_AREA_KM2:
        return {**row, "assessment": "not assessable",
                "rule": (f"impossible area: {abs(area):,.0f} km² is more than the whole of Ukraine "
                         f"({_territory.UKRAINE_AREA_KM2:,} km²); a typo, or another country's figure? Check the "
                         "article")}
    if area is not None and fact.get("category") == "territory" and fact.get("change") not in ("gain", "loss"):
        return {**row, "assessment": "not assessable",
                "rule": (f"no direction found: {fact.get('quantity_text', '')} {_UNIT_NAMES.get(unit, unit)} is "
                         "given neither as a gain nor as a loss, so the sign of the change is not known").replace(
                    "  ", " ")}
    if area is None or fact.get("change") not in ("gain", "loss"):
        what = {"territory": "a territorial change without an area"}.get(
            fact.get("category", ""), f"a {fact.get('category') or 'reported'} figure")
        return {**row, "assessment": "not assessable",
                "rule": f"the series measures the area held; {what} cannot be checked against it"}
    if fact.get("actor", "") not in _SIDE_NUMBER:  # never signed for Russia by default
        return {**row, "assessment": "not assessable",
                "rule": (f"no side: the sentence names no side for this {fact['change']} of "
                         f"{fact.get('quantity_text', '')} {_UNIT_NAMES.get(unit, unit)}, so its sign on the map "
                         "is not known").replace("  ", " ")}
    place = _regional(fact.get("place", ""), fact.get("sentence", ""))
    if place:
        return {**row, "reported_km2": _fact_sign(fact) * float(area), "assessment": "not assessable",
                "rule": (f"a figure about {place}: the national series cannot test a change in one place, "
                         "region or front (the national total nets every front's gains and losses)")}
    sign = _fact_sign(fact)
    reported = sign * float(area)
    row["reported_km2"] = reported
    start, end = fact.get("period_start"), fact.get("period_end")
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return {**row, "assessment": "not assessable", "rule": _no_period(fact)}
    later = _period_after_named_years(fact, pd.Timestamp(end))
    if later:
        return {**row, "assessment": "not assessable", "rule": later}
    if start > end:
        return {**row, "assessment": "not assessable",
                "rule": f"the period runs backwards ({start.date()} to {end.date()}): nothing to measure"}
    if start == end:
        return {**row, "assessment": "not assessable",
                "rule": (f"the period is a single day ({pd.Timestamp(start).date()}, read from "
                         f"“{fact.get('period_text', '')}”): a change over it is not measured (a map’s change "
                         "from one day to the next is mostly redrawing and lag)").replace(
                    ", read from “”", "")}
    source = index.pick(pd.Timestamp(end), (pd.Timestamp(end) - pd.Timestamp(start)).days)
    if source is None:
        return {**row, "assessment": "not assessable", "rule": "no territory series covers the period"}
    measured = index.change(source, start, end)
    row.update(measured_km2=measured.change_km2, measured_pct=measured.change_pct_points, measured_series=source,
               observed_start=measured.start_observed, observed_end=measured.end_observed)
    if not measured.covered:
        return {**row, "assessment": "not assessable", "rule": measured.note}
    if abs(measured.change_km2) < NOISE_KM2:  # no change the map can tell from its noise: no direction
        lowest = abs(reported) * (1 - _TOLERANCE.get(qualifier, 0.25))
        if qualifier in ("up to", "less than", "at most") or lowest <= abs(measured.change_km2) + NOISE_KM2:
            verdict, test = "not assessable", (f"the change is within the ±{NOISE_KM2:.0f} km² map noise: "
                                               "neither its direction nor its size can be told")
        else:
            verdict, test = "inconsistent", (f"the map shows no change beyond its ±{NOISE_KM2:.0f} km² noise, "
                                             "far less than the reported figure")
    else:
        verdict, test = _within(abs(reported), abs(measured.change_km2), qualifier,
                                same_direction=np.sign(reported) == np.sign(measured.change_km2),
                                high=_range_high(fact))
    rule = (f"reported {fact.get('quantity_text', '')} {unit} ({reported:+,.0f} km² for Russia); "
            f"{source} measured {measured.change_km2:+,.0f} km² from {pd.Timestamp(start).date()} to "
            f"{pd.Timestamp(end).date()}: {test}")
    return {**row, "assessment": verdict, "rule": rule}


_ANOTHER_TIME_BEFORE = re.compile(r"(?:up|down|rising|falling|rose|fell|compared)\s+(?:from|with|to)\s*$", re.I)
_ANOTHER_TIME_AFTER = re.compile(r"^\s*(?:before|in\s+(?:19|20)\d\d|at\s+(?:its|the)\s+peak|a\s+year\s+(?:ago|earlier)|"
                                 r"last\s+year|in\s+(?:early|late|mid)|when\b)", re.I)


def _compare_share(fact: dict, territory: pd.DataFrame, qualifier: str, index: _SeriesIndex | None = None) -> dict:
    """A percentage of Ukraine against the series. The holder decides what is compared: the
    share Russia holds is the series' share, the share Ukraine holds is 100 minus it. A share
    gained or lost ("retaken 3% of its territory since August") is a change of share over its
    period, measured as such when the period is known; it is never compared with the share held."""
    date = fact.get("reported_date")
    reported, problem = _number(fact.get("quantity"), "quantity")
    if problem or reported is None:
        return {"assessment": "not assessable",
                "rule": f"no share to compare: {problem or 'the quantity is missing'}"}
    out = {"reported_pct": reported}
    sentence, phrase = str(fact.get("sentence", "")), str(fact.get("phrase", ""))
    at = sentence.find(phrase) if phrase else -1
    if at >= 0 and (_ANOTHER_TIME_BEFORE.search(sentence[:at]) or _ANOTHER_TIME_AFTER.match(sentence[at + len(phrase):])):
        return {**out, "assessment": "not assessable",
                "rule": "a share for another time (as in up from 7% before 2022): the reported date does not apply"}
    holder = fact.get("actor", "")
    if holder not in ("Russia", "Ukraine"):
        return {**out, "assessment": "not assessable",
                "rule": "whose share it is is not known (no side named as holder), so it cannot be read on the map"}
    moved = _share_direction(sentence, phrase)
    if moved in ("gain", "loss"):
        return {**out, **_compare_share_change(fact, territory, qualifier, reported, holder, moved, index)}
    if date is None or pd.isna(date):
        return {**out, "assessment": "not assessable", "rule": "undated: no day to read the share on"}
    index = index if index is not None else _SeriesIndex(territory)
    source = index.pick(pd.Timestamp(date), 0)
    if source is None:
        return {**out, "assessment": "not assessable", "rule": f"no territory series covers {pd.Timestamp(date).date()}"}
    value = index.value_on(source, date)
    share, area = float(value["share_pct"]), float(value["area_km2"])
    if holder == "Ukraine":  # Ukraine holds the rest of the country
        share, area = 100.0 - share, (area / share * 100.0 - area if share else np.nan)
    out.update(measured_pct=share, measured_km2=area, measured_series=source, observed_end=value["observed_on"],
               measure=f"held by {holder}")
    verdict, test = _within_points(reported, share, qualifier, SHARE_POINTS)
    held = ("100% minus the share Russia holds, which includes Crimea and areas held before 2022"
            if holder == "Ukraine" else "incl. Crimea and areas held before 2022")
    rule = (f"reported {fact.get('quantity_text', '')} % of Ukraine held by {holder}; {source} shows "
            f"{holder} holding {share:.1f}% on {pd.Timestamp(value['observed_on']).date()} ({held}): {test}")
    return {**out, "assessment": verdict, "rule": rule}


def _compare_share_change(fact: dict, territory: pd.DataFrame, qualifier: str, reported: float, holder: str,
                          moved: str, index: _SeriesIndex | None = None) -> dict:
    """A share of Ukraine gained or lost: the change of the share over the reported period."""
    start, end = fact.get("period_start"), fact.get("period_end")
    what = f"a share {'gained' if moved == 'gain' else 'lost'} by {holder}"
    if start is None or end is None or pd.isna(start) or pd.isna(end) or start >= end:
        return {"assessment": "not assessable",
                "rule": (f"{what}: a change of share, not a share held, and no period to measure it over "
                         "(it is never compared with the share held)")}
    index = index if index is not None else _SeriesIndex(territory)
    source = index.pick(pd.Timestamp(end), (pd.Timestamp(end) - pd.Timestamp(start)).days)
    if source is None:
        return {"assessment": "not assessable", "rule": f"{what}: no territory series covers the period"}
    measured = index.change(source, start, end)
    row = {"measured_km2": measured.change_km2, "measured_pct": measured.change_pct_points,
           "measured_series": source, "observed_start": measured.start_observed, "observed_end": measured.end_observed}
    if not measured.covered:
        return {**row, "assessment": "not assessable", "rule": f"{what}: {measured.note}"}
    sign = _fact_sign({"actor": holder, "change": moved})  # +1: the Russian-held share grew
    signed = sign * reported
    change = measured.change_pct_points
    if abs(measured.change_km2) < NOISE_KM2:
        verdict, test = "not assessable", f"a change within the ±{NOISE_KM2:.0f} km² map noise"
    elif np.sign(change) != np.sign(signed):
        verdict, test = "inconsistent", "the map moved the other way"
    else:
        verdict, test = _within_points(reported, abs(change), qualifier, _TOLERANCE.get(qualifier, 0.25) * reported)
    rule = (f"{what}: reported {fact.get('quantity_text', '')} % of Ukraine ({_points(signed)} points for Russia); "
            f"{source} measured {change:+.2f} points from {pd.Timestamp(start).date()} to "
            f"{pd.Timestamp(end).date()}: {test}")
    return {**row, "assessment": verdict, "rule": rule}


def _points(value: float) -> str:
    """A signed change of share for a rule, never a small one shown as 0.0 (``explore.number_text``).

    >>> _points(0.04), _points(-1.25), _points(3.0)
    ('+0.04', '-1.2', '+3.0')
    """
    from saidvsdone.explore import number_text

    return ("+" if value > 0 else "") + number_text(value)


#: How far (percentage points) a measured share may sit from a reported one and still agree.
SHARE_POINTS = 2.0


def _within_points(reported: float, measured: float, qualifier: str, margin: float) -> tuple[str, str]:
    """A share against its qualifier's bounds (:func:`_allowed`), in percentage points: ``margin`` is
    2 points for a share held, 25% of the figure for a change of share."""
    low, high = _allowed(reported, qualifier, margin)
    ok = low <= measured <= high
    if qualifier in _AT_LEAST:
        test = f"“{qualifier}” needs at least {reported:g}%"
    elif qualifier in _AT_MOST:
        test = f"“{qualifier}” needs at most {reported:g}%"
    elif qualifier == "nearly":
        test = f"“nearly” needs {low:.2g}–{reported:g}%"
    else:
        test = f"{'within' if ok else 'more than'} {margin:.2g} percentage points"
    return ("consistent" if ok else "inconsistent"), test


#: Qualifiers that bound a figure from below or from above.
_AT_LEAST = ("more than", "at least", "over")
_AT_MOST = ("up to", "less than", "at most")


def _allowed(reported: float, qualifier: str, margin: float, slack: float = 0.0) -> tuple[float, float]:
    """The measured values a reported figure allows with its qualifier: "more than"/"at least"/"over"
    the figure or above, "up to"/"less than"/"at most" the figure or below, "nearly" (almost, just
    under) up to ``margin`` below it and never above, any other within ``margin`` either way;
    ``slack`` (the map's noise) widens a bound the map cannot tell apart.

    Example:
        >>> _allowed(1000, "nearly", 250, slack=100)
        (750, 1100)
    """
    if qualifier in _AT_LEAST:
        return reported - slack, np.inf
    if qualifier in _AT_MOST:
        return -np.inf, reported + slack
    if qualifier == "nearly":
        return reported - margin, reported + slack
    return reported - margin, reported + margin


def _share_direction(sentence: str, phrase: str) -> str:
    """"held", "gain" or "loss": what the verb of a share says (data/direction_verbs.csv): the
    last direction word before the figure in its clause, else the first after it; "held" when
    none says otherwise ("controls 18%", "18% of Ukraine is occupied") or a stock word stands
    between ("… bringing its total to 18%"). A gain or loss word right before a holding word
    governs it ("lost control of 18%": a loss)."""
    at = sentence.find(phrase) if phrase else -1
    if at < 0:
        return "held"
    pattern, changes = _direction_pattern()
    clause_start = max(sentence.rfind(mark, 0, at) for mark in ".;")  # -1 when none
    before = list(pattern.finditer(sentence, clause_start + 1, at))
    if before:  # "gained 400 km², bringing their total to 18%": a stock word in between makes it a share held
        if _STOCK_WORDS.search(sentence[before[-1].start():at]):
            return "held"
        last = changes.get(before[-1].group(0).lower(), "held")
        if last == "held" and len(before) > 1 and not sentence[before[-2].end():before[-1].start()].strip():
            return changes.get(before[-2].group(0).lower(), "held")  # "lost control of", "took control of"
        return last
    rest = sentence[at + len(phrase):]
    cut = min([i for i in (rest.find("."), rest.find(";")) if i >= 0], default=len(rest))
    after = pattern.search(rest[:cut])
    return changes.get(after.group(0).lower(), "held") if after else "held"


def _direction_pattern():
    def build():
        from saidvsdone.facts.vocab import vocab as facts_vocab
        changes = {w: d.change for w, d in facts_vocab().directions.items()
                   if "*" not in w and d.change in ("gain", "loss", "held")}
        words = sorted(changes, key=lambda w: (-len(w), w))
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I), changes
    return vocab.compiled("compare_share_directions", ("direction_verbs",), build)


def _regional(place: str, sentence: str = "") -> str:
    """The places a fact is about, but Ukraine as a whole (which the national series measures)
    and a place its sentence names only in its dateline ("KYIV, July 18 (Wire) -")."""
    named = [p.strip() for p in str(place or "").split(";")]
    body = sentence[_dateline_end(sentence):].lower() if sentence else ""
    return " and ".join(p for p in named if p and p.lower() not in ("ukraine", "ukrainian territory")
                        and (not body or p.lower() in body or p.lower() not in sentence.lower()))


def _fact_sign(fact: dict) -> int:
    """+1 when the fact means Russian-held area grew, −1 when it shrank."""
    change, actor = fact.get("change"), fact.get("actor", "")
    if actor == "Ukraine":
        return -1 if change == "gain" else +1
    return +1 if change == "gain" else -1


def _range_high(fact: dict) -> float:
    """The upper bound of a reported range ("between 400 and 600 km²") in km², else NaN."""
    low, high, area = (pd.to_numeric(pd.Series([fact.get(k)]), errors="coerce").iloc[0]
                       for k in ("quantity", "quantity_high", "area_km2"))
    if not all(np.isfinite([low, high, area])) or low <= 0 or high <= low:
        return np.nan
    return float(area) * float(high) / float(low)


def _within(reported: float, measured: float, qualifier: str, same_direction: bool,
            high: float = np.nan) -> tuple[str, str]:
    if not same_direction:
        return "inconsistent", "the map moved the other way"
    if np.isfinite(high):       # a range: anywhere between its bounds, with the usual margin
        tolerance = _TOLERANCE.get(qualifier, 0.25)
        ok = reported * (1 - tolerance) <= measured <= high * (1 + tolerance)
        return ("consistent" if ok else "inconsistent"), \
            f"{'within' if ok else 'outside'} the range {reported:,.0f}–{high:,.0f} km² (±{tolerance:.0%})"
    # a bound is met within the map's noise: the maps cannot tell 990 km² from 1,010 km²
    tolerance = _TOLERANCE.get(qualifier, 0.25)
    low, top = _allowed(reported, qualifier, tolerance * reported, slack=NOISE_KM2)
    ok = low <= measured <= top
    verdict = "consistent" if ok else "inconsistent"
    if qualifier in _AT_LEAST:
        return verdict, f"“{qualifier}” needs at least {reported:,.0f} km² (less the ±{NOISE_KM2:.0f} km² map noise)"
    if qualifier in _AT_MOST:
        return verdict, f"“{qualifier}” needs at most {reported:,.0f} km² (plus the ±{NOISE_KM2:.0f} km² map noise)"
    if qualifier == "nearly":
        return verdict, (f"“nearly” needs {low:,.0f}–{reported:,.0f} km² (never above the figure beyond "
                         f"the ±{NOISE_KM2:.0f} km² map noise)")
    return verdict, f"within {tolerance:.0%} of the reported figure" if ok \
        else f"more than {tolerance:.0%} away from the reported figure"


def _set_aside(fact: dict) -> str:
    """Why a row of ``facts.extract`` is not compared on its own (empty: it is): a
    restatement, a bracketed conversion or the upper bound of a range is judged with the row
    it restates; a vague or otherwise flagged figure, or an area that is no finite number,
    is not judged at all."""
    if fact.get("judged_with"):
        return fact["judged_with"]
    if fact.get("restates"):
        return f"a restatement of {fact['restates']}, judged there"
    if fact.get("conversion_of"):
        return f"a conversion of {fact['conversion_of']}, judged there"
    if fact.get("bound") == "upper":
        return "the upper bound of a range, judged with its lower bound"
    if fact.get("flag"):
        return f"set aside: {fact['flag']}"
    if fact.get("modality") in ("hypothetical", "projected"):
        return f"set aside: a {fact['modality']} figure (a what-if or a target, not a result)"
    rate = _rate_words(fact)
    if rate:
        return f"set aside: a rate (“{rate}”), not a change over the period"
    return ""  # an area that is no finite number is refused by _number, with its reason


def _no_period(fact: dict) -> str:
    """Why a figure has no period: none given, or a relative one ("in less than two weeks") in a
    sentence about an earlier year, which is never counted from the publication date."""
    from saidvsdone.facts.periods import earlier_years
    said = fact.get("reported_date")
    years = earlier_years(fact.get("sentence", ""), pd.Timestamp(said)) if said is not None and not pd.isna(said) \
        else []
    if years and fact.get("period_text"):
        return (f"not anchored: the sentence is about {' and '.join(map(str, years))}, and “{fact['period_text']}” "
                "names no day in it to count from (a period is never counted from the publication date of a "
                "later year), so there is no period to measure over")
    return "no period to measure over (undated or open-ended)"


def _period_after_named_years(fact: dict, end: pd.Timestamp) -> str:
    """A period that ends in a later year than every year its sentence names ("In September 2022 …
    in less than two weeks" read as the two weeks before a 2025 article): why it is not measured
    ("" when the period is in the sentence's years)."""
    from saidvsdone.facts.periods import earlier_years
    years = earlier_years(fact.get("sentence", ""), end)
    if not years:
        return ""
    return (f"not anchored: the sentence is about {' and '.join(map(str, years))}, but the period read "
            f"(“{fact.get('period_text', '')}”, to {end.date()}) ends later: it was counted from a later day "
            "(the publication date), so the figure is not measured over it").replace("“”, ", "")


def _has_period(fact: dict) -> bool:
    return all(fact.get(k) is not None and not pd.isna(fact.get(k)) for k in ("period_start", "period_end"))


#: What may stand between an area gained or lost and a percentage that restates it
#: ("300 km², or 0.05% of the country"; "300 km² last month, about 0.05% of Ukraine").
_SHARE_OF_CHANGE_GAP = re.compile(r"^[^.;:]{0,60}$")
#: Words between the two that make the percentage a stock ("… bringing its total to 18%").
_STOCK_WORDS = re.compile(r"\b(?:total|overall|altogether|now|still|all|bring\w*|leav\w*|left|remain\w*)\b", re.I)


def _holding_words() -> frozenset:
    """The words of ``data/direction_verbs.csv`` that mean ground held ("controls", "occupies")."""
    from saidvsdone.facts.vocab import vocab as facts_vocab
    return frozenset(w for w, d in facts_vocab().directions.items() if d.change == "held" and "*" not in w)


def _linked(facts: list[dict]) -> list[dict]:
    """The facts with two links between rows that decide where a figure is judged.

    * A restatement is judged on the better-specified mention: when a restated copy has a
      period and the first mention has none (an undated headline "500 sq km", then "more
      than 500 square kilometres … in February"), the copy is judged on its own and the
      first mention points to it.
    * A percentage that restates an area gained or lost earlier in its sentence ("gained
      300 km² last month, about 0.05% of the country") is a share of that change, not a
      share of Ukraine held: it is judged with the area, never against the share held. A
      holding word between the two ("… and now controls 18% of Ukraine") keeps it a share held.
    """
    by_id = {f.get("fact_id"): f for f in facts if f.get("fact_id")}
    out = [dict(f) for f in facts]
    copies = {}
    for fact in out:
        first = by_id.get(fact.get("restates") or None)
        if first is not None and first.get("unit") != "percent" and _has_period(fact) and not _has_period(first) \
                and copies.setdefault(first.get("fact_id"), fact.get("fact_id")) == fact.get("fact_id"):
            fact["restates"] = ""  # the first dated copy is judged; a second dated copy stays a restatement of it
    for fact in out:
        if fact.get("restates") in copies and fact.get("fact_id") != copies[fact["restates"]]:
            fact["judged_with"] = f"a restatement of {fact['restates']}, judged in {copies[fact['restates']]}"
        elif fact.get("conversion_of") in copies:
            fact["judged_with"] = f"a conversion of {fact['conversion_of']}, judged in {copies[fact['conversion_of']]}"
    holding = None
    changes = {}
    for other in facts:
        if other.get("category") == "territory" and other.get("change") in ("gain", "loss"):
            changes.setdefault((other.get("article_id"), other.get("sentence")), []).append(other)
    for fact in out:
        if fact.get("fact_id") in copies:
            fact["judged_with"] = f"restated with a period in {copies[fact['fact_id']]}, judged there"
            continue
        if fact.get("unit") != "percent" or fact.get("category") != "share":
            continue
        sentence, phrase = str(fact.get("sentence") or ""), str(fact.get("phrase") or "")
        at = sentence.find(phrase) if phrase else -1
        if at < 0:
            continue
        for other in changes.get((fact.get("article_id"), fact.get("sentence")), []):
            other_phrase = str(other.get("phrase") or "")
            if not other_phrase:
                continue
            end = sentence.find(other_phrase)
            if end < 0 or end + len(other_phrase) > at:
                continue
            gap = sentence[end + len(other_phrase):at]
            if holding is None:
                holding = _holding_words()
            if _SHARE_OF_CHANGE_GAP.match(gap) and not _STOCK_WORDS.search(gap) and \
                    not holding & set(re.findall(r"[\w’']+", gap.lower())):
                fact["judged_with"] = (f"a share of the change {other.get('fact_id', '')} reports (not of Ukraine "
                                       "held): judged with that area, never against the share held")
                break
    return out


_RATE = re.compile(r"^\W{0,3}(?:(?:per|a|an|each|every)\s+(?:day|week|month|year)|daily|monthly|weekly)\b", re.I)


def _rate_words(fact: dict) -> str:
    """"600 to 700 square kilometres per month": the figure is a rate, not a change; its words
    as written ("" when it is no rate)."""
    sentence, phrase = str(fact.get("sentence", "")), str(fact.get("phrase", ""))
    at = sentence.find(phrase) if phrase else -1
    if at < 0:
        return ""
    after = sentence[at + len(phrase):]
    rate = _RATE.match(after.lstrip())
    return f"{phrase}{after[:len(after) - len(after.lstrip())]}{rate.group(0)}" if rate else ""


_UNIT_NAMES = {"mi2": "sq mi", "km2": "km²", "percent": "%", "ha": "hectares", "mi": "miles"}


def _fact_label(fact: dict) -> str:
    """"300 km², Kupiansk": the figure and its unit, then the place. A fact stated without a number is labelled by its
    own words ("advancing along the whole front, Kupiansk"), not by a unit with no figure ("area, …": fa26)."""
    place = f", {fact['place']}" if fact.get("place") else ""
    unit = _UNIT_NAMES.get(fact.get("unit", ""), fact.get("unit", ""))
    quantity = fact.get("quantity_text", "")
    phrase = " ".join(str(fact.get("phrase") or "").split())
    if not quantity and phrase:
        places = [p for p in str(fact.get("place") or "").split("; ") if p and p not in phrase]
        return (phrase if len(phrase) <= 60 else phrase[:59].rsplit(" ", 1)[0] + "…") + \
            (f", {'; '.join(places)}" if places else "")
    return (f"{quantity}{unit}" if unit == "%" and quantity else f"{quantity} {unit}").strip() + place


# --- input checks ------------------------------------------------------------------------------

def _check_frame(frame, name: str, needed: tuple[str, ...], origin: str) -> None:
    """TypeError unless ``frame`` is a DataFrame; ValueError naming the missing columns."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{name} must be a DataFrame (the one {origin} returns), got {type(frame).__name__}")
    missing = [c for c in needed if c not in frame.columns]
    if missing and len(frame):
        raise ValueError(f"{name} has no column {', '.join(repr(c) for c in missing)}: pass the DataFrame "
                         f"{origin} returns (columns given: {', '.join(map(str, frame.columns)) or 'none'})")


def _check_date_column(frame: pd.DataFrame, column: str) -> None:
    """A column of numbers is not a column of dates: TypeError (a number would read as 1970)."""
    if column not in frame.columns or not len(frame):
        return
    values = frame[column]
    if (pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_datetime64_any_dtype(values)
            and values.notna().any()):
        raise TypeError(f"column {column!r} holds numbers ({values.dtype}), not dates: pass datetimes, "
                        "e.g. pd.to_datetime(frame[column]) from 'YYYY-MM-DD' strings")


def _territory_frame(territory) -> pd.DataFrame:
    """The series as given, or loaded by name; its columns checked and its dates made plain."""
    if isinstance(territory, str):
        territory = _territory.load(territory)
    _check_frame(territory, "territory", ("date", "source", "area_km2"), "territory.load()")
    if territory.empty:
        return territory
    if not pd.api.types.is_datetime64_dtype(territory["date"]) or str(territory["date"].dtype) != "datetime64[ns]":
        attrs = territory.attrs
        territory = territory.assign(date=_territory.as_days(territory["date"], "territory date"))
        territory.attrs = attrs
    return territory


def _windows(windows) -> tuple[int, ...]:
    if isinstance(windows, (int, np.integer)) and not isinstance(windows, bool):
        windows = (windows,)
    try:
        given = list(windows)
    except TypeError:
        raise TypeError(f"windows must be whole numbers of days, e.g. (14, 30, 90); got {windows!r}") from None
    if not given:
        raise ValueError("windows needs at least one length in days, e.g. (14, 30, 90)")
    for w in given:
        whole = isinstance(w, (int, np.integer)) or (isinstance(w, (float, np.floating)) and float(w).is_integer())
        if isinstance(w, bool) or not whole:
            raise TypeError(f"windows must be whole numbers of days, e.g. (14, 30, 90); got {w!r}")
        if w <= 0:
            raise ValueError(f"windows must be 1 day or more; got {w!r}")
    return tuple(sorted({int(w) for w in given}))


def _row_date(value, what: str) -> tuple:
    """(tz-naive UTC day or NaT, None) — or (NaT, why) for a value that is no usable date."""
    try:
        return _territory.as_day(value, what), None
    except (ValueError, TypeError) as error:
        return pd.NaT, str(error)


def _number(value, what: str) -> tuple:
    """(finite float ≥ 0 or None when missing, None) — or (None, why)."""
    if value is None or (isinstance(value, (float, np.floating)) and np.isnan(value)):
        return None, None
    if isinstance(value, (bool, np.bool_)):
        return None, f"{what} {value!r} is not a number"
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None, f"{what} {value!r} is not a number"
    if np.isnan(number):
        return None, None
    if not np.isfinite(number) or number < 0:
        return None, f"{what} {value!r} is not a finite, positive figure"
    return number, None


def _text(value) -> str:
    """A text cell: missing (None, NaN) is ""."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return ""
    return value if isinstance(value, str) else str(value)


def _flag(value) -> bool:
    """A yes/no cell: "False" is False (``bool("False")`` is True); missing is False."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return False
    return bool(value)


# --- ClaimReview ---------------------------------------------------------------------------------

def to_claimreview(rows: pd.DataFrame, *, author=None, url: str = "", articles: pd.DataFrame | None = None,
                   publisher=None, date_published=None) -> list[dict]:
    """schema.org ClaimReview JSON-LD objects, one per comparison row, ready to publish.

    ``author`` is who publishes the fact check (a name, or a dict such as ``{"name": …,
    "url": …}``; an organisation unless ``"@type": "Person"`` is given) and ``url`` the page
    that publishes it (each review's ``url`` is ``url#claim_id``): Google's ClaimReview
    guidelines require both, so a missing one is a ``ValueError``, never a made-up value.
    ``publisher`` (same forms) is added when given.

    ``claimReviewed`` puts quote marks only around the speaker's own words as they stand in
    the article (``quoted_words``, trailing punctuation dropped): a direct quote is those words;
    reported speech is the reporter's sentence, marked so ("reported: … — Outlet"), with the
    words it quotes kept in their quote marks in place. The claim's author is a Person or an
    Organization as ``data/speakers.csv`` says; a label not in it is a Person only when it is
    written as a name (every word capitalised), else an Organization ("Ukrainian military
    officials"). ``reviewRating.alternateName`` is the
    assessment and ``ratingExplanation`` its rule followed by the scope of the check (one
    national series; not a verdict on the speaker's honesty). ``articles`` (from
    ``corpus.load``) gives each claim's ``appearance`` the article's URL, headline, outlet
    and date. ``date_published`` is the date of the review: pass it (notebooks use their
    fixed as-of date); it is never taken from the clock.

    Raises:
        ValueError: no ``author`` or ``url`` (or a ``url`` that is not http(s)), rows without
            ``text`` or ``assessment``, or a ``date_published`` that is no date.

    Example:
        >>> import pandas as pd
        >>> row = pd.DataFrame([{"claim_id": "x-c001", "article_id": "x", "speaker": "Vladimir Putin",
        ...     "text": "Putin said it was “going to plan”.", "quoted_words": "going to plan,",
        ...     "statement_date": pd.Timestamp("2022-04-12"),
        ...     "assessment": "not assessable", "rule": "vague: no stated plan"}])
        >>> review = to_claimreview(row, author="The Example Desk", url="https://example.org/checks",
        ...                         date_published="2026-11-22")[0]
        >>> review["claimReviewed"], review["url"], review["author"]["name"]
        ('reported: Putin said it was “going to plan”', 'https://example.org/checks#x-c001', 'The Example Desk')
        >>> review["reviewRating"]["alternateName"], review["itemReviewed"]["author"]["name"]
        ('not assessable', 'Vladimir Putin')
        >>> to_claimreview(row, url="https://example.org/checks")
        Traceback (most recent call last):
        ...
        ValueError: ClaimReview needs author= (who publishes the fact check: a name or {"name": …, "url": …})
    """
    _check_frame(rows, "rows", (), "compare.claims_vs_territory()")
    if date_published is not None:
        date_published = _territory.as_day(date_published, "date_published")
    missing = [c for c in ("text", "assessment") if c not in rows.columns]
    if missing and len(rows):
        raise ValueError(f"rows has no column {', '.join(map(repr, missing))}: pass the table "
                         "compare.claims_vs_territory() returns")
    author_node = _organisation(author, "author")
    if author_node is None:
        raise ValueError('ClaimReview needs author= (who publishes the fact check: a name or {"name": …, "url": …})')
    url = _text(url).strip()
    if not url:
        raise ValueError("ClaimReview needs url= (the page that publishes the fact check, https://…)")
    if not re.match(r"https?://[^\s/]+", url):
        raise ValueError(f"url must be an http(s) address of the page that publishes the fact check, got {url!r}")
    publisher_node = _organisation(publisher, "publisher")
    lookup = articles.drop_duplicates("article_id").set_index("article_id") if articles is not None else None
    reviews, seen = [], set()
    for row in rows.to_dict("records"):
        key = (row.get("text"), row.get("speaker"), str(row.get("statement_date")), str(row.get("assessment")),
               row.get("rule"))
        if key in seen:  # several phrases of one quote: one review
            continue
        seen.add(key)
        appearance = {"@type": "CreativeWork", "identifier": _text(row.get("article_id"))}
        outlet = _text(row.get("outlet"))
        if lookup is not None and row.get("article_id") in lookup.index:
            article = lookup.loc[row["article_id"]]
            for field, name in (("url", "url"), ("headline", "title")):
                if _text(article.get(name)).strip():
                    appearance[field] = _text(article.get(name)).strip()
            outlet = outlet or _text(article.get("source")).strip()
            published = article.get("published")
            if published is not None and not pd.isna(published):
                appearance["datePublished"] = pd.Timestamp(published).date().isoformat()
        if outlet:
            appearance["publisher"] = {"@type": "Organization", "name": outlet}
        speaker = _text(row.get("speaker"))
        claim = {"@type": "Claim", "appearance": appearance,
                 "author": {"@type": speaker_type(speaker), "name": speaker or "unattributed"}}
        stated, _ = _row_date(row.get("statement_date"), "statement_date")
        if not pd.isna(stated):  # an unusable date is left out, as the comparison row says
            claim["datePublished"] = stated.date().isoformat()
        review = {
            "@context": "https://schema.org", "@type": "ClaimReview",
            "claimReviewed": _claim_reviewed(row, outlet),
            "itemReviewed": claim,
            "author": author_node,
            "reviewRating": {"@type": "Rating", "alternateName": str(row.get("assessment", "")),
                             "ratingExplanation": _explanation(row)},
            "url": f"{url}#{_text(row.get('claim_id'))}" if _text(row.get("claim_id")) else url,
        }
        if publisher_node is not None:
            review["publisher"] = publisher_node
        if date_published is not None and not pd.isna(date_published):
            review["datePublished"] = date_published.date().isoformat()
        reviews.append(review)
    return reviews


#: What every ClaimReview's ratingExplanation adds after the rule: the limits of the check.
SCOPE_CAVEAT = ("Scope: one measurable implication checked against one national map series of the area "
                "Russia holds (net change; gains and losses within a window cancel out, a single front does "
                "not show); not a verdict on the speaker's honesty.")
_TRAILING = " \t\n,.;:!?…—–-"


def _claim_reviewed(row: dict, outlet: str) -> str:
    """A direct quote: the speaker's own words in quote marks. Reported speech: the reporter's
    sentence, labelled so, with any words it quotes kept in their quote marks in place ("reported:
    Putin warned of a “more serious” response if … — Outlet"): a quoted scrap alone would drop
    who and what it is about."""
    quoted = [part.strip().strip(_TRAILING).strip("“”\"‘’'").strip(_TRAILING)
              for part in _text(row.get("quoted_words")).split(" | ")]
    quoted = [part for part in quoted if part]
    if _text(row.get("found_in") or (row.get("source") if _text(row.get("source")) in FOUND_IN else "")) == "quote":
        quoted = quoted or [_text(row.get("text")).strip().strip(_TRAILING).strip("“”\"").strip(_TRAILING)]
        return " … ".join(f"“{part}”" for part in quoted)
    words = _text(row.get("reported_as")) or _text(row.get("text"))
    words = " ".join(words.split())
    if quoted and words.count("“") == words.count("”") > 0:  # keep the quote marks, without the punctuation inside
        words = re.sub(r"[\s,.;:!?…]+”", "”", re.sub(r"\"", "", words)).strip(_TRAILING)
    else:
        words = re.sub(r"[“”\"]", "", words).strip(_TRAILING)
    if outlet and not words.endswith(f"— {outlet}"):
        words = f"{words} — {outlet}"
    return f"reported: {words}"


def _explanation(row: dict) -> str:
    rule = _text(row.get("rule")).strip().rstrip(".")
    return f"{rule}. {SCOPE_CAVEAT}" if rule else SCOPE_CAVEAT


def _organisation(value, what: str) -> dict | None:
    """An author/publisher node from a name or a dict; None when nothing is given."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return {"@type": "Organization", "name": value.strip()}
    if isinstance(value, dict):
        if not _text(value.get("name")).strip():
            raise ValueError(f"{what} needs a 'name', got {value!r}")
        return {"@type": "Organization", **value}
    raise TypeError(f"{what} must be a name or a dict with 'name' (and 'url'), got {type(value).__name__}")


def speaker_type(speaker: str) -> str:
    """Person or Organization: the speakers table's kind; a label it does not know is a Person
    when written as a name that is no institution, country or acronym ("Colonel Ivan Petrenko";
    not "Russian Defence Ministry", "NATO") or when it labels one unnamed person ("senior US
    defence official (unnamed)"), else a group ("Ukrainian military officials").

    Example:
        >>> [speaker_type(s) for s in ("Colonel Ivan Petrenko", "Russian Defence Ministry", "NATO",
        ...                             "Ukrainian military officials", "senior US defence official (unnamed)")]
        ['Person', 'Organization', 'Organization', 'Organization', 'Person']
    """
    if not speaker:
        return "Thing"
    kind = vocab.compiled("compare_speaker_kinds", ("speakers",),
                          lambda: dict(zip(vocab.table("speakers")["name"], vocab.table("speakers")["kind"])))
    if speaker not in kind:
        if speaker.endswith("(unnamed)"):  # "senior US defence official (unnamed)": one person, not named
            return "Person"
        words = re.findall(r"[^\W\d_][\w’'.-]*", speaker)
        named = words and all(w[:1].isupper() for w in words)
        return "Person" if named and _mentions.could_be_person(speaker) else "Organization"
    return {"organisation": "Organization", "media": "Organization"}.get(kind[speaker], "Person")


def claimreview_json(reviews: list[dict]) -> str:
    """The reviews as one JSON-LD document (an array), stable key order, UTF-8 text.

    Example:
        >>> print(claimreview_json([{"@type": "ClaimReview", "claimReviewed": "going to plan"}]))
        [
          {
            "@type": "ClaimReview",
            "claimReviewed": "going to plan"
          }
        ]
    """
    return json.dumps(reviews, ensure_ascii=False, indent=2, sort_keys=True)
