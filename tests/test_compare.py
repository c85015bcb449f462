"""compare: claims and reported figures against the territory series; ClaimReview export."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from saidvsdone import claims, compare, corpus, facts, territory


@pytest.fixture(scope="module")
def series():
    return territory.load()


def _claim(claim_type="progress", date="2022-09-16", speaker="Vladimir Putin", negated=False):
    return pd.DataFrame([{"claim_id": "x-c001", "article_id": "x", "speaker": speaker,
                          "claim_type": claim_type, "text": "We are moving forward",
                          "statement_date": pd.Timestamp(date) if date else pd.NaT,
                          "date_basis": "test", "negated": negated}])


def test_window_changes_use_the_value_in_force(series):
    row = compare.claims_vs_territory(_claim(), series).iloc[0]
    assert row["series"] == "deepstate"
    expected = territory.change(series, "2022-09-02", "2022-09-16", source="deepstate")
    assert row["change_before_14d_km2"] == pytest.approx(expected.change_km2)
    assert row["change_before_14d_pct"] == pytest.approx(expected.change_pct_points, abs=0.001)
    after = territory.change(series, "2022-09-16", "2022-12-15", source="deepstate")
    assert row["change_after_90d_km2"] == pytest.approx(after.change_km2)
    assert row["area_km2"] == pytest.approx(territory.value_on(series, ["2022-09-16"], source="deepstate")
                                            ["area_km2"].iloc[0])
    assert "DeepStateMap" in row["series_credit"]


def test_progress_claim_while_territory_fell_is_inconsistent_with_its_rule(series):
    row = compare.claims_vs_territory(_claim(), series).iloc[0]
    assert row["assessment"] == "inconsistent"
    assert row["rule"].startswith("claims progress for Russia (“We”); Russian-held area fell 9,354 km² in the 14 "
                                  "days before")


def test_progress_claim_while_territory_grew_is_consistent(series):
    row = compare.claims_vs_territory(_claim(date="2025-11-27"), series).iloc[0]
    assert row["change_before_14d_km2"] > compare.NOISE_KM2
    assert row["assessment"] == "consistent"


def test_ukrainian_progress_is_read_from_the_other_side(series):
    row = compare.claims_vs_territory(_claim(speaker="Volodymyr Zelensky"), series).iloc[0]
    assert row["assessment"] == "consistent" and "for Ukraine" in row["rule"]


def test_vague_and_non_territorial_claims_say_why_they_are_not_assessable(series):
    rows = compare.claims_vs_territory(pd.concat([_claim("on_plan"), _claim("negotiations"),
                                                  _claim("progress", negated=True),
                                                  _claim("progress", speaker="Narendra Modi")]), series)
    assert set(rows["assessment"]) == {"not assessable"}
    assert rows["rule"].str.contains("vague: no stated plan").iloc[0]
    assert rows["rule"].str.contains("talks").iloc[1]
    assert rows["rule"].str.contains("negated").iloc[2]
    assert rows["rule"].str.contains("side is not known").iloc[3]


def test_undated_claims_and_dates_outside_every_series(series):
    rows = compare.claims_vs_territory(pd.concat([_claim(date=None), _claim(date="2021-06-01"),
                                                  _claim(date="2030-01-01")]), series)
    assert set(rows["assessment"]) == {"not assessable"}
    assert rows["rule"].iloc[0].startswith("undated")
    assert rows["rule"].iloc[1] == "no territory series covers 2021-06-01"
    assert rows[["area_km2", "change_before_14d_km2"]].isna().all().all()


def test_early_2022_claims_use_isw_and_windows_outside_a_series_are_nan(series):
    row = compare.claims_vs_territory(_claim("on_plan", date="2022-04-12"), series).iloc[0]
    assert row["series"] == "isw"
    assert np.isnan(row["change_before_90d_km2"])  # ISW starts on 24 Feb 2022
    assert not np.isnan(row["change_before_30d_km2"])
    only_deepstate = compare.claims_vs_territory(_claim("on_plan", date="2022-04-12"), territory.load("deepstate"))
    assert only_deepstate.iloc[0]["series"] == "deepstate"
    assert np.isnan(only_deepstate.iloc[0]["change_before_14d_km2"])


def test_a_series_with_gaps_reads_the_last_value_before_the_gap(series):
    deepstate = territory.load("deepstate")
    gappy = deepstate[(deepstate["date"] < "2022-09-10") | (deepstate["date"] > "2022-09-12")]
    gappy.attrs = deepstate.attrs
    row = compare.claims_vs_territory(_claim(date="2022-09-12", claim_type="on_plan"), gappy).iloc[0]
    assert row["observed_on"] == pd.Timestamp("2022-09-09")


def test_the_seed_claims_line_up(series):
    table = compare.claims_vs_territory(claims.find(corpus.load()), series)
    assert set(table["assessment"]) <= set(compare.ASSESSMENTS)
    assert (table["rule"].str.len() > 0).all()
    undated = table[table["article_id"] == "001_5e92d461559cfb40"]
    assert len(undated) and (undated["assessment"] == "not assessable").all()


def test_reported_area_loss_against_the_maps(series):
    fact = pd.DataFrame([{"fact_id": "000-f001", "article_id": "000", "category": "territory",
                          "quantity": 3000.0, "quantity_text": "more than 3,000", "qualifier": "more than",
                          "unit": "mi2", "area_km2": 3000 * 2.589988, "actor": "Russia", "change": "loss",
                          "place": "", "period_start": pd.Timestamp("2022-09-03"),
                          "period_end": pd.Timestamp("2022-09-17"), "reported_date": pd.Timestamp("2022-09-17")}])
    row = compare.facts_vs_territory(fact, series).iloc[0]
    assert row["reported_km2"] == pytest.approx(-7769.964, abs=0.1)
    assert row["measured_series"] == "deepstate"
    assert row["measured_km2"] < -7769.964
    assert row["assessment"] == "consistent"
    assert "needs at least 7,770 km²" in row["rule"]


def test_reported_share_against_the_maps(series):
    fact = pd.DataFrame([{"fact_id": "003-f001", "article_id": "003", "category": "share", "quantity": 20.0,
                          "quantity_text": "around 20", "qualifier": "about", "unit": "percent",
                          "area_km2": np.nan, "actor": "Russia", "change": "share", "place": "",
                          "period_start": pd.NaT, "period_end": pd.NaT,
                          "reported_date": pd.Timestamp("2025-11-27")}])
    row = compare.facts_vs_territory(fact, series).iloc[0]
    assert row["measured_pct"] == pytest.approx(19.17, abs=0.1)
    assert row["assessment"] == "consistent"


# --- ClaimReview: a checker written from schema.org/ClaimReview and Google's ClaimReview guidelines ---

_ISO_DAY = r"\d{4}-\d{2}-\d{2}"


def claimreview_problems(review: dict) -> list[str]:
    """What keeps one JSON-LD object from being a publishable ClaimReview.

    Required (Google): ``claimReviewed`` (text), ``reviewRating`` (a Rating with a textual
    ``alternateName``; a numeric ``ratingValue`` needs ``bestRating`` and ``worstRating``),
    ``url`` (the page of the fact check). Recommended: ``author`` (Organization or Person with a
    ``name``), ``datePublished`` (ISO date), ``itemReviewed`` (a Claim with its ``author``,
    ``datePublished`` and where it appeared: ``appearance`` or ``firstAppearance``)."""
    import re

    problems = []
    if review.get("@context") not in ("https://schema.org", "http://schema.org"):
        problems.append("@context is not schema.org")
    if review.get("@type") != "ClaimReview":
        problems.append("@type is not ClaimReview")
    claimed = review.get("claimReviewed")
    if not isinstance(claimed, str) or not claimed.strip():
        problems.append("claimReviewed missing")
    elif re.search(r"[,.;:]”", claimed):
        problems.append("punctuation kept inside the quote marks of claimReviewed")
    rating = review.get("reviewRating")
    if not isinstance(rating, dict) or rating.get("@type") != "Rating":
        problems.append("reviewRating is not a Rating")
    else:
        if not str(rating.get("alternateName", "")).strip():
            problems.append("reviewRating.alternateName missing")
        if "ratingValue" in rating and not {"bestRating", "worstRating"} <= set(rating):
            problems.append("a numeric rating without bestRating/worstRating")
    if not re.match(r"https?://[^\s/]+", str(review.get("url", ""))):
        problems.append("url missing or not http(s)")
    author = review.get("author")
    if not isinstance(author, dict) or author.get("@type") not in ("Organization", "Person") \
            or not str(author.get("name", "")).strip():
        problems.append("author is not an Organization or Person with a name")
    if "datePublished" in review and not re.fullmatch(_ISO_DAY, str(review["datePublished"])):
        problems.append("datePublished is not an ISO date")
    claim = review.get("itemReviewed")
    if not isinstance(claim, dict) or claim.get("@type") != "Claim":
        problems.append("itemReviewed is not a Claim")
    else:
        if not str((claim.get("author") or {}).get("name", "")).strip():
            problems.append("the claim has no author name")
        if not ({"appearance", "firstAppearance"} & set(claim)):
            problems.append("the claim has no appearance")
        if "datePublished" in claim and not re.fullmatch(_ISO_DAY, str(claim["datePublished"])):
            problems.append("the claim's datePublished is not an ISO date")
    return problems


def test_the_checker_finds_what_is_missing():
    assert set(claimreview_problems({})) >= {"claimReviewed missing", "url missing or not http(s)",
                                              "reviewRating is not a Rating", "itemReviewed is not a Claim"}
    assert "punctuation kept inside the quote marks of claimReviewed" in claimreview_problems(
        {"claimReviewed": "“going to plan,”"})


def test_claimreview_is_publishable_and_quotes_only_the_speakers_words(series):
    articles = corpus.from_text("Putin said on Friday that his forces were steadily advancing. Putin said on "
                                "Friday that his troops were “advancing steadily, without pause,” as planned.",
                                published="2022-09-17", source="The Test Herald",
                                url="https://news.example/story", title="A test story")
    table = compare.claims_vs_territory(claims.find(articles), series, articles=articles)
    assert list(table["assessment"]) == ["inconsistent", "inconsistent"]
    reviews = compare.to_claimreview(table, author={"name": "The Example Desk", "url": "https://desk.example"},
                                     url="https://desk.example/checks/1", articles=articles,
                                     date_published="2026-11-22")
    assert [claimreview_problems(r) for r in reviews] == [[], []]
    paraphrase, quoted = reviews
    assert paraphrase["claimReviewed"] == ("reported: Putin said on Friday that his forces were steadily "
                                           "advancing — The Test Herald")
    assert "“" not in paraphrase["claimReviewed"]
    # reported speech quoting a scrap: the reporter's sentence with the scrap in place, the comma dropped
    assert quoted["claimReviewed"] == ("reported: Putin said on Friday that his troops were “advancing steadily, "
                                       "without pause” as planned — The Test Herald")
    assert paraphrase["url"] == f"https://desk.example/checks/1#{table['claim_id'].iloc[0]}"
    assert paraphrase["author"] == {"@type": "Organization", "name": "The Example Desk",
                                    "url": "https://desk.example"}
    appearance = paraphrase["itemReviewed"]["appearance"]
    assert appearance["url"] == "https://news.example/story" and appearance["headline"] == "A test story"
    assert appearance["publisher"] == {"@type": "Organization", "name": "The Test Herald"}
    assert paraphrase["itemReviewed"]["author"] == {"@type": "Person", "name": "Vladimir Putin"}
    explanation = paraphrase["reviewRating"]["ratingExplanation"]
    assert explanation.startswith(table["rule"].iloc[0]) and explanation.endswith(compare.SCOPE_CAVEAT)


def test_claimreview_refuses_without_author_or_url(series):
    table = compare.claims_vs_territory(claims.find(corpus.load()), series)
    with pytest.raises(ValueError, match="needs author="):
        compare.to_claimreview(table, url="https://desk.example/checks")
    with pytest.raises(ValueError, match="needs url="):
        compare.to_claimreview(table, author="The Example Desk")
    with pytest.raises(ValueError, match="http"):
        compare.to_claimreview(table, author="The Example Desk", url="desk.example/checks")
    with pytest.raises(ValueError, match="no column 'assessment'"):
        compare.to_claimreview(table.drop(columns="assessment"), author="D", url="https://desk.example")


def test_claimreview_of_the_seed_corpus(series):
    table = compare.claims_vs_territory(claims.find(corpus.load(), include_quotes=True), series,
                                        articles=corpus.load())
    reviews = compare.to_claimreview(table, articles=corpus.load(), date_published="2026-11-22",
                                     author="The Example Desk", url="https://example.org/said-vs-done")
    distinct = table.astype({"statement_date": str}).drop_duplicates(["text", "speaker", "statement_date",
                                                                       "assessment", "rule"])
    assert len(reviews) == len(distinct)  # several phrases of one quote give one review
    assert len({json.dumps(r, sort_keys=True) for r in reviews}) == len(reviews)
    assert all(claimreview_problems(r) == [] for r in reviews), [claimreview_problems(r) for r in reviews]
    texts = " ".join(" ".join(corpus.load()["text"]).split())
    for review in reviews:
        for words in __import__("re").findall(r"“([^”]*)”", review["claimReviewed"]):
            assert words in texts, words
        assert review["reviewRating"]["alternateName"] in compare.ASSESSMENTS
    document = compare.claimreview_json(reviews)
    assert json.loads(document) == json.loads(compare.claimreview_json(reviews))


def test_a_share_for_another_time_is_not_checked_against_the_reported_date(series):
    from saidvsdone import facts
    found = facts.extract(corpus.from_text("Russia controls about 18% of Ukraine, up from 7% before 2022, "
                                           "officials said on Monday.", published="2024-04-05"))
    checked = compare.facts_vs_territory(found, series).set_index("label")
    assert checked.loc["about 18%", "assessment"] == "consistent"
    assert checked.loc["7%", "assessment"] == "not assessable"
    assert "another time" in checked.loc["7%", "rule"]


# --- verdict scope (issue 12): place, side, subject; every not-assessable names its reason ---------

def _said(sentence: str, **options) -> pd.Series:
    """The comparison row of the one claim in an invented sentence said on Friday 16 Sep 2022
    (the Russian-held area fell 9,354 km² in the 14 days before)."""
    found = claims.find(corpus.from_text(sentence, published="2022-09-17", source="The Test Herald"))
    assert len(found) == 1, found["text"].tolist()
    return compare.claims_vs_territory(found, territory.load(), windows=(14,),
                                       articles=corpus.from_text(sentence, published="2022-09-17",
                                                                 source="The Test Herald"), **options).iloc[0]


@pytest.mark.parametrize("sentence, place", [
    ("Putin said on Friday that Russian forces were advancing steadily in the Donbas.", "Donbas"),
    ("Putin said on Friday that his troops were advancing on the Pokrovsk direction.", "Pokrovsk"),
    ("Putin said on Friday that his troops were advancing along the southern front.", "the southern front"),
])
def test_a_claim_about_a_named_place_or_front_is_not_tested_against_the_national_series(sentence, place):
    row = _said(sentence)
    assert row["assessment"] == "not assessable" and row["reason"] == "place"
    assert row["scope"] == place and f"about {place}" in row["rule"] and "national total" in row["rule"]


@pytest.mark.parametrize("sentence", [
    "Speaking in Bishkek, Putin said on Friday that Russian forces were advancing steadily.",  # where he spoke
    "Putin said on Friday that his forces were advancing steadily in the Ukrainian sector.",  # a side, no place
])
def test_where_the_speaker_spoke_or_a_sides_name_is_no_scope(sentence):
    row = _said(sentence)
    assert row["scope"] == "" and row["assessment"] == "inconsistent"


def test_a_place_before_the_attribution_is_the_claims_scope():
    row = _said("Russian forces are advancing steadily in the Pokrovsk direction, Putin said on Friday.")
    assert (row["scope"], row["reason"]) == ("Pokrovsk", "place")


def test_a_place_outside_ukraine_is_said_so():
    row = _said("Putin said on Friday that Russian forces were advancing steadily near Kursk.")
    assert row["reason"] == "outside Ukraine" and "Kursk (Russia), outside Ukraine" in row["rule"]


def test_an_area_series_tests_a_claim_about_that_area(series):
    area = series[series["source"] == "deepstate"].copy()  # stands in for a series of the Donbas alone
    area.attrs = series.attrs
    row = _said("Putin said on Friday that Russian forces were advancing steadily in the Donbas.",
                areas={"Donbas": area})
    assert row["assessment"] == "inconsistent" and row["series"] == "deepstate (Donbas)"


def test_the_first_person_is_the_speakers_side_from_the_speaker_table_else_the_label():
    table = _said("Putin said on Friday that his forces were steadily advancing.")
    assert (table["side"], table["progress_of"], table["assessment"]) == ("Russia", "Russia", "inconsistent")
    assert table["side_basis"].startswith("speakers.csv: Vladimir Putin speaks for Russia")
    label = _said("Ukrainian military officials said on Friday that our troops were steadily advancing.")
    assert (label["side"], label["progress_of"], label["assessment"]) == ("Ukraine", "Ukraine", "consistent")
    named = _said("Colonel Ivan Petrenko said on Friday that Ukrainian forces had liberated three villages.")
    assert (named["side"], named["progress_of"], named["assessment"]) == ("", "Ukraine", "consistent")
    assert named["progress_basis"] == "named in the sentence (“Ukrainian forces”)"
    unknown = _said("Colonel Ivan Petrenko said on Friday that his forces were steadily advancing.")
    assert unknown["reason"] == "side unknown"
    assert "add 'Ivan Petrenko' with a country to data/speakers.csv" in unknown["rule"]


@pytest.mark.parametrize("sentence", [
    "Putin said on Friday that they are advancing steadily.",
    "Putin said on Friday that the counteroffensive is advancing steadily.",
    "Zelensky said on Friday that the troops are advancing steadily.",
])
def test_a_progress_claim_that_names_no_side_is_never_credited_to_the_speaker(sentence):
    row = _said(sentence)
    assert (row["assessment"], row["reason"], row["progress_of"]) == ("not assessable", "side unknown", "")
    assert "names no side's forces and does not speak in the first person" in row["rule"]


@pytest.mark.parametrize("subject, side", [
    ("the Ukrainians are", "Ukraine"), ("Ukraine's counteroffensive is", "Ukraine"),
    ("Kyiv's forces are", "Ukraine"), ("Kyiv's counteroffensive is", "Ukraine"), ("the Russians are", "Russia"),
    ("Moscow's troops are", "Russia"),
    ("the occupiers are", "Russia"),
])
@pytest.mark.parametrize("speaker", ["Putin", "Zelensky", "Antony Blinken"])
def test_named_forces_are_judged_for_the_side_named_whoever_says_it(subject, side, speaker):
    # the Russian-held area fell 9,354 km² in the 14 days before 16 Sep 2022
    row = _said(f"{speaker} said on Friday that {subject} advancing steadily.")
    assert (row["progress_of"], row["scope"]) == (side, "")
    assert row["assessment"] == ("consistent" if side == "Ukraine" else "inconsistent"), row["rule"]
    assert row["rule"].startswith(f"claims progress for {side} (“")


def test_the_enemy_is_the_other_side_of_the_speaker():
    assert _said("Putin said on Friday that the enemy is advancing steadily.")["progress_of"] == "Ukraine"
    assert _said("Zelensky said on Friday that the enemy is advancing steadily.")["progress_of"] == "Russia"


def test_paraphrase_carries_the_reporters_wording_and_the_outlet_quotes_do_not():
    paraphrase = _said("Putin said on Friday that his forces were steadily advancing.")
    assert paraphrase["quoted_words"] == ""
    assert paraphrase["reported_as"] == ("Putin said on Friday that his forces were steadily advancing "
                                         "— The Test Herald")
    assert paraphrase["outlet"] == "The Test Herald"
    quoted = _said("Putin said on Friday that his forces were “steadily advancing”.")
    assert quoted["quoted_words"] == "steadily advancing" and quoted["reported_as"] == ""


def test_every_not_assessable_row_names_its_reason(series):
    table = compare.claims_vs_territory(claims.find(corpus.load(), include_quotes=True), series,
                                        articles=corpus.load())
    judged = table["assessment"] != "not assessable"
    assert (table.loc[~judged, "reason"] != "").all() and (table.loc[judged, "reason"] == "").all()
    dated = table["article_id"] == "002_9045d9ce76021a80"  # dated, but no day of its own in the text
    assert (table.loc[dated & table["statement_date"].isna(), "reason"] == "no day").all()
    assert table.loc[table["article_id"] == "001_5e92d461559cfb40", "reason"].eq("undated").all()


def test_ten_times_the_claims_are_summarised_by_type_and_side(series):
    found = claims.find(corpus.load(), include_quotes=True)
    many = pd.concat([found.assign(claim_id=found["claim_id"] + f"-{n}") for n in range(10)], ignore_index=True)
    table = compare.claims_vs_territory(many, series)
    assert len(table) == 10 * len(found)
    by_type = compare.summary(table, "claim_type")
    assert list(by_type.columns) == ["claim_type", "assessment", "claims", "share"]
    assert by_type["claims"].sum() == len(table) and (by_type["claims"] % 10 == 0).all()
    once = compare.summary(compare.claims_vs_territory(found, series), ["claim_type", "side"])
    tenfold = compare.summary(table, ["claim_type", "side"])
    assert tenfold["claims"].tolist() == [10 * n for n in once["claims"]]
    assert tenfold.groupby(["claim_type", "side"])["share"].sum().round(2).eq(1).all()
    assert set(tenfold["side"]) <= {"Russia", "Ukraine", "—"}
    with pytest.raises(ValueError, match="no column 'nope'"):
        compare.summary(table, "nope")


def test_summary_by_reason_gives_proportions_of_all_claims_not_ones():
    table = pd.DataFrame({"side": ["Russia", "Russia", "Russia", "Ukraine"],
                          "assessment": ["not assessable", "not assessable", "inconsistent", "not assessable"],
                          "reason": ["no day", "undated", "", "no day"]})
    by_reason = compare.summary(table, "reason").set_index("reason")["share"]
    assert by_reason.to_dict() == {"no day": 0.5, "undated": 0.25, "—": 0.25}
    by_side = compare.summary(table, ["side", "reason"]).set_index(["side", "reason"])["share"]
    assert by_side[("Russia", "no day")] == 0.333 and by_side[("Ukraine", "no day")] == 1.0  # rounded to 3 places


def test_a_figure_with_an_area_but_no_direction_or_a_one_day_period_says_so(series):
    base = {"fact_id": "f", "article_id": "a", "category": "territory", "quantity": 500.0, "quantity_text": "500",
            "qualifier": "", "unit": "km2", "area_km2": 500.0, "actor": "Ukraine", "place": "",
            "period_start": pd.Timestamp("2024-10-01"), "period_end": pd.Timestamp("2024-10-31"),
            "reported_date": pd.Timestamp("2024-11-08"), "period_text": "in October"}
    rows = compare.facts_vs_territory(pd.DataFrame([
        {**base, "change": ""},
        {**base, "change": "gain", "period_start": pd.Timestamp("2024-11-04"), "period_end": pd.Timestamp("2024-11-04"),
         "period_text": "since Monday"},
        {**base, "change": "gain"}]), series)
    assert rows["assessment"].tolist()[:2] == ["not assessable", "not assessable"]
    assert rows["rule"].iloc[0].startswith("no direction found: 500 km² is given neither as a gain nor as a loss")
    assert rows["rule"].iloc[1] == ("the period is a single day (2024-11-04, read from “since Monday”): a change "
                                    "over it is not measured (a map’s change from one day to the next is mostly "
                                    "redrawing and lag)")
    assert rows["assessment"].iloc[2] != "not assessable" and rows["unit"].iloc[2] == "km2"


def test_a_period_of_centuries_is_judged_or_refused_without_overflowing():
    # found by the fuzzing campaign: a period starting in 1783 overflowed pandas' timestamps
    series = territory.load()
    fact = pd.DataFrame([{"fact_id": "f1", "category": "territory", "unit": "km2", "quantity": 100.0,
                          "area_km2": 100.0, "actor": "Russia", "change": "gain",
                          "period_start": pd.Timestamp("1783-01-01"), "period_end": "2022-09-16",
                          "reported_date": None}])
    row = compare.facts_vs_territory(fact, series).iloc[0]
    assert row["assessment"] in compare.ASSESSMENTS and row["rule"]


def test_an_area_about_one_region_is_not_judged_against_the_national_total():
    # the national series nets every front: 500 km² retaken in one region can be true while the total falls
    from saidvsdone import corpus, facts, territory

    text = ("Ukrainian officials said their forces had recaptured more than 500 square kilometres "
            "in the Kherson region over the past two weeks.")
    found = facts.extract(corpus.from_text(text, published="2022-11-10"))
    row = compare.facts_vs_territory(found, territory.load()).iloc[0]
    assert row["assessment"] == "not assessable"
    assert "about Kherson" in row["rule"] and "national" in row["rule"]
    assert row["reported_km2"] < 0   # still signed for Russia: a Ukrainian gain shrinks the Russian-held area


def _facts_checked(text, series, published="2024-06-05"):
    found = facts.extract(corpus.from_text(text, published=published))
    return found, compare.facts_vs_territory(found, series).set_index("fact_id")


def test_a_restatement_is_judged_on_the_mention_that_has_a_period(series):
    # an undated headline figure restated with a period in the body: the dated copy is judged,
    # the headline points to it (never "judged there" on a row that cannot be judged)
    found, checked = _facts_checked("Kremlin claims 700 sq km\n\nRussian forces took more than 700 square "
                                    "kilometres of land in April, the ministry said.", series)
    first, copy = found["fact_id"]
    assert found.set_index("fact_id").loc[copy, "restates"] == first
    assert checked.loc[copy, "assessment"] in ("consistent", "inconsistent")
    assert checked.loc[copy, "measured_km2"] == pytest.approx(
        territory.change(series, "2024-04-01", "2024-04-30", source=checked.loc[copy, "measured_series"]).change_km2,
        abs=0.1)
    assert checked.loc[first, "assessment"] == "not assessable"
    assert copy in checked.loc[first, "rule"]
    # a restatement with no period of its own is still judged at its first mention
    found, checked = _facts_checked("Kremlin claims 700 sq km in April\n\nRussian forces took 700 square "
                                    "kilometres of land, the ministry said.", series)
    rows = found.set_index("fact_id")
    later = rows.index[rows["restates"] != ""]
    assert len(later) == 1
    for fact_id in later:
        assert checked.loc[fact_id, "rule"] == f"a restatement of {rows.loc[fact_id, 'restates']}, judged there"


def test_a_percentage_restating_a_gain_is_never_compared_with_the_share_held(series):
    # "… 400 km², about 0.07% of Ukraine": a share of the change, not of the land held
    found, checked = _facts_checked("Analysts said Russian troops gained about 400 square kilometres in March, "
                                    "roughly 0.07% of the country.", series)
    shares = found[found["unit"] == "percent"]
    assert len(shares) == 1
    row = checked.loc[shares["fact_id"].iloc[0]]
    assert row["assessment"] == "not assessable" and np.isnan(row["measured_pct"])
    assert "share of the change" in row["rule"]
    # a holding or total word between them keeps the percentage a share held, compared as before
    for text in ("Russian troops gained about 400 square kilometres in March and now hold 18% of Ukraine.",
                 "Russian troops gained about 400 square kilometres in March, bringing their total to 18% of Ukraine.",
                 "Russian troops lost about 50 square kilometres in March, leaving them with 17.9% of Ukraine."):
        found, checked = _facts_checked(text, series)
        share = checked.loc[found.loc[found["unit"] == "percent", "fact_id"].iloc[0]]
        assert share["assessment"] in ("consistent", "inconsistent"), text
        assert share["measured_pct"] > 10, text


def test_a_claims_label_names_the_whole_speaker_or_a_known_persons_surname(series):
    # a person of the speakers table goes by the alias that ends their name; any other label
    # (an institution, an unnamed source, an unknown person) is kept whole, never cut to a word
    expected = {"Vladimir Putin": "Putin, ", "Ursula von der Leyen": "von der Leyen, ",
                "Russian Defence Ministry": "Russian Defence Ministry, ", "official (unnamed)": "official (unnamed), ",
                "government (Kyiv)": "government (Kyiv), ", "Olena Hrytsenko": "Olena Hrytsenko, "}
    for speaker, start in expected.items():
        row = compare.claims_vs_territory(_claim(speaker=speaker), series).iloc[0]
        assert row["label"] == start + "16 Sep 2022: " + row["label"].split(": ", 1)[1], speaker
        assert row["label"].startswith(start), speaker
    assert compare.claims_vs_territory(_claim(speaker="", date=None), series).iloc[0]["label"].startswith(
        "unattributed, undated: ")


def test_a_capital_that_rejects_a_claim_is_its_speaker_not_a_place_it_is_about():
    from saidvsdone import claims, corpus
    found = claims.find(corpus.from_text("Russia's Defence Ministry said on Monday that its forces had captured "
                                         "four villages near Bakhmut, a claim Kyiv rejected.", published="2023-06-20"))
    table = compare.claims_vs_territory(found, territory.load())
    assert "Kyiv" not in " ".join(table["scope"].astype(str))
    assert "Bakhmut" in table["scope"].iloc[0]


def test_an_undated_figure_restated_twice_with_a_period_is_judged_once():
    day = pd.Timestamp("2024-02-01")
    rows = [{"fact_id": "f1", "unit": "km2", "restates": "", "period_start": None, "period_end": None},
            {"fact_id": "f2", "unit": "km2", "restates": "f1", "period_start": day, "period_end": day},
            {"fact_id": "f3", "unit": "km2", "restates": "f1", "period_start": day, "period_end": day}]
    linked = {f["fact_id"]: f for f in compare._linked(rows)}
    assert linked["f2"]["restates"] == "" and "judged_with" not in linked["f2"]
    assert linked["f3"]["judged_with"] == "a restatement of f1, judged in f2"
    assert linked["f1"]["judged_with"] == "restated with a period in f2, judged there"


# --- shares: the holder decides, a share gained or lost is a change, qualifiers are bounds ----------

def _share_row(sentence: str, published: str = "2022-11-14") -> pd.Series:
    found = facts.extract(corpus.from_text(sentence, published=published))
    shares = compare.facts_vs_territory(found, territory.load())
    shares = shares[shares["unit"] == "percent"]
    assert len(shares) == 1, shares["label"].tolist()
    return shares.iloc[0]


def test_a_share_ukraine_holds_is_compared_with_100_minus_the_share_russia_holds(series):
    russia = _share_row("Russia now controls about 18% of Ukraine, officials said on Monday.")
    ukraine = _share_row("Ukraine still controls about 82% of its territory, officials said on Monday.")
    assert ukraine["measured_pct"] == pytest.approx(100 - russia["measured_pct"], abs=0.01)
    assert (russia["assessment"], ukraine["assessment"]) == ("consistent", "consistent")
    assert "held by Ukraine" in ukraine["rule"] and "100% minus the share Russia holds" in ukraine["rule"]
    # the same 18% said of Ukraine is far from what Ukraine holds
    assert _share_row("Ukraine still controls about 18% of its territory, officials said on Monday."
                      )["assessment"] == "inconsistent"


def test_a_share_gained_is_a_change_of_share_over_its_period_never_the_share_held(series):
    row = _share_row("Ukraine has retaken about 3% of its territory since August, officials said on Monday.")
    measured = territory.change(series, "2022-08-01", "2022-11-14", source=row["measured_series"])
    assert row["measured_pct"] == pytest.approx(measured.change_pct_points, abs=0.001)
    assert row["measured_pct"] < 0 and row["assessment"] == "consistent"
    assert row["rule"].startswith("a share gained by Ukraine")
    # the same change credited to the other side moved the other way
    assert _share_row("Russia has seized about 3% of Ukraine since August, officials said on Monday."
                      )["assessment"] == "inconsistent"
    # no period: a change of share cannot be measured, and it is not read as a share held
    undated = pd.DataFrame([{**row.to_dict(), "category": "share", "quantity": 3.0, "qualifier": "about",
                             "actor": "Ukraine", "change": "share", "area_km2": np.nan,
                             "sentence": "Ukraine has retaken about 3% of its territory.", "phrase": "about 3%",
                             "period_start": pd.NaT, "period_end": pd.NaT}])
    refused = compare.facts_vs_territory(undated, series).iloc[0]
    assert refused["assessment"] == "not assessable" and "no period to measure it over" in refused["rule"]
    # "lost control of": the loss governs the holding word after it, so it is a change, not what Ukraine holds
    lost = _share_row("Ukraine has lost control of about 18% of its territory, officials said on Monday.")
    assert (lost["assessment"], lost["measure"]) == ("not assessable", "")
    assert lost["rule"].startswith("a share lost by Ukraine")


@pytest.mark.parametrize("words, verdict", [
    ("less than 25%", "consistent"), ("more than 10%", "consistent"), ("up to 30%", "consistent"),
    ("more than 25%", "inconsistent"), ("less than 10%", "inconsistent"),
    ("nearly 20%", "consistent"), ("almost 18%", "inconsistent"),  # one-sided: never above the figure
])
def test_a_shares_qualifier_is_a_bound_not_a_two_point_margin(words, verdict):
    # the Russian-held share in force on 20 Sep 2022 is 19.3%
    row = _share_row(f"Russia now controls {words} of Ukraine, officials said on Tuesday.", "2022-09-21")
    assert row["measured_pct"] == pytest.approx(19.3, abs=0.05)
    assert row["assessment"] == verdict, row["rule"]


@pytest.mark.parametrize("qualifier, verdict", [("nearly", "inconsistent"), ("about", "consistent"),
                                                ("up to", "inconsistent")])
def test_nearly_an_area_is_below_the_figure_never_above_it(series, qualifier, verdict):
    measured = territory.change(series, "2022-09-03", "2022-09-17", source="deepstate").change_km2
    reported = abs(measured) * 0.9  # the map lost 10% more than the figure
    fact = pd.DataFrame([{"fact_id": "f1", "category": "territory", "quantity": reported,
                          "quantity_text": f"{qualifier} {reported:,.0f}", "qualifier": qualifier, "unit": "km2",
                          "area_km2": reported, "actor": "Russia", "change": "loss", "place": "",
                          "period_start": pd.Timestamp("2022-09-03"), "period_end": pd.Timestamp("2022-09-17")}])
    row = compare.facts_vs_territory(fact, series).iloc[0]
    assert row["assessment"] == verdict, row["rule"]
    below = compare.facts_vs_territory(fact.assign(area_km2=abs(measured) * 1.1), series).iloc[0]
    assert below["assessment"] == "consistent", below["rule"]  # 10% under every bound


@pytest.mark.parametrize("qualifier, km2, change, verdict", [
    ("about", 40.0, "gain", "not assessable"),    # the map moved less than its noise: no direction to test
    ("up to", 30.0, "gain", "not assessable"),
    ("about", 40.0, "loss", "not assessable"),    # the same whichever way the figure points
    ("about", 2000.0, "gain", "inconsistent"),   # far beyond anything the noise could hide
])
def test_a_measured_change_within_the_map_noise_has_no_direction(series, qualifier, km2, change, verdict):
    start, end = pd.Timestamp("2023-07-03"), pd.Timestamp("2023-07-10")
    measured = territory.change(series, start, end, source="deepstate").change_km2
    assert abs(measured) < compare.NOISE_KM2
    fact = pd.DataFrame([{"fact_id": "f1", "category": "territory", "quantity": km2,
                          "quantity_text": f"{qualifier} {km2:,.0f}", "qualifier": qualifier, "unit": "km2",
                          "area_km2": km2, "actor": "Russia", "change": change, "place": "",
                          "period_start": start, "period_end": end}])
    row = compare.facts_vs_territory(fact, series).iloc[0]
    assert row["assessment"] == verdict, row["rule"]
    assert "noise" in row["rule"]


def test_a_capitals_possessive_before_a_force_is_an_actor_but_before_anything_else_a_place():
    actor = _said("Zelensky said on Friday that Moscow's forces are advancing steadily.")
    assert (actor["scope"], actor["reason"], actor["progress_of"]) == ("", "", "Russia")
    place = _said("Putin said on Friday that Russian forces are advancing steadily on Kyiv's outskirts.")
    assert (place["scope"], place["reason"]) == ("Kyiv", "place")


def test_a_territorial_claim_without_a_figure_is_not_said_to_be_checked_figure_by_figure():
    row = _said("Putin said on Friday that Ukrainian forces were retreating.")
    assert (row["claim_type"], row["reason"]) == ("territory", "no national claim")
    assert "no claim of national progress" in row["rule"] and "when there is one" in row["rule"]
    assert "checked one by one" not in row["rule"]



def test_claimreview_of_a_quoted_scrap_keeps_the_reported_sentence_and_a_group_is_no_person(series):
    text = ("Putin warned on Friday of a “more serious” response if the strikes went on. "
            "Ukrainian military officials said on Friday that their forces were “steadily advancing.”")
    articles = corpus.from_text(text, published="2022-09-17", source="The Test Herald")
    rows = pd.DataFrame([
        {"claim_id": "a", "article_id": articles["article_id"].iloc[0], "speaker": "Vladimir Putin",
         "text": text.split(". ")[0] + ".", "quoted_words": "more serious", "found_in": "reported",
         "statement_date": pd.Timestamp("2022-09-16"), "assessment": "not assessable", "rule": "a threat"},
        {"claim_id": "b", "article_id": articles["article_id"].iloc[0], "speaker": "Ukrainian military officials",
         "text": text.split(". ")[1], "quoted_words": "steadily advancing.", "found_in": "reported",
         "statement_date": pd.Timestamp("2022-09-16"), "assessment": "consistent", "rule": "progress"},
        {"claim_id": "c", "article_id": articles["article_id"].iloc[0], "speaker": "Colonel Ivan Petrenko",
         "text": "We are advancing.", "quoted_words": "We are advancing.", "found_in": "quote",
         "statement_date": pd.Timestamp("2022-09-16"), "assessment": "consistent", "rule": "progress"}])
    threat, group, person = compare.to_claimreview(rows, author="D", url="https://desk.example", articles=articles)
    assert threat["claimReviewed"] == ("reported: Putin warned on Friday of a “more serious” response if the "
                                       "strikes went on — The Test Herald")
    assert group["claimReviewed"].endswith("their forces were “steadily advancing” — The Test Herald")
    assert person["claimReviewed"] == "“We are advancing”"  # a direct quote: the speaker's words alone
    assert [claimreview_problems(r) for r in (threat, group, person)] == [[], [], []]
    assert threat["itemReviewed"]["author"]["@type"] == "Person"
    assert group["itemReviewed"]["author"] == {"@type": "Organization", "name": "Ukrainian military officials"}
    assert person["itemReviewed"]["author"]["@type"] == "Person"  # written as a name


def test_facts_vs_maps_says_whether_the_measured_figure_is_an_area_held_or_a_change_and_credits_it(series):
    text = ("Russia now controls about 18% of Ukraine, officials said on Monday. Ukraine still holds about 82% "
            "of its territory, officials said on Monday. Russian forces captured about 6,000 square kilometres "
            "in the past two weeks, officials said on Monday. The front line is 1,000 km long.")
    checked = compare.facts_vs_territory(facts.extract(corpus.from_text(text, published="2022-11-14")), series)
    by_label = checked.set_index("label")
    assert by_label.loc["about 18%", "measure"] == "held by Russia"
    assert by_label.loc["about 82%", "measure"] == "held by Ukraine"
    assert by_label.loc["about 6,000 km²", "measure"] == "net change"
    measured = checked[checked["measured_series"] != ""]
    assert (checked.loc[checked["measured_series"] == "", ["measure", "series_credit"]] == "").all().all()
    credits = series.attrs["sources"]
    assert [credits[name] for name in measured["measured_series"]] == measured["series_credit"].tolist()


def test_a_rate_is_set_aside_quoting_its_own_words(series):
    for text, words in [("Russian forces were taking 600 to 700 square kilometres per month, the ministry said.",
                         "600 to 700 square kilometres per month"),
                        ("The general staff said Russia was losing about 1,200 soldiers per day.",
                         "1,200 soldiers per day")]:
        found = facts.extract(corpus.from_text(text, published="2024-11-10"))
        rules = compare.facts_vs_territory(found, series)["rule"].tolist()
        assert any(r.startswith("set aside: a rate (") and words in r for r in rules), rules


@pytest.mark.parametrize("sentence, progress_of", [
    # "his forces" after another person named in the content may be that person's: no side
    ("Zelensky said on Wednesday that Putin was throwing his forces forward and they were advancing.", ""),
    ("Zelensky said on Wednesday that his forces were advancing near the river.", "Ukraine"),
    # a setback in the actor's own words is no progress claimed for it
    ("Putin said on Wednesday that Ukraine's counteroffensive had failed and was going nowhere.", ""),
    ("Putin said on Wednesday that Russian forces were advancing while Ukrainian troops retreated.", "Russia"),
])
def test_whose_progress_is_read_from_the_actor_s_own_words(series, sentence, progress_of):
    found = claims.find(corpus.from_text(sentence, published="2024-05-16"), include_quotes=True)
    table = compare.claims_vs_territory(found.assign(claim_type="progress"), series)
    assert table["progress_of"].tolist() == [progress_of]


@pytest.mark.parametrize("qualifier, reported, measured, verdict", [
    ("nearly", 1000, 1050, "consistent"),      # just above "nearly 1,000", within the map noise
    ("nearly", 1000, 1150, "inconsistent"),    # above it beyond the noise
    ("more than", 1000, 950, "consistent"),    # the maps cannot tell 950 from 1,000 km²
    ("more than", 1000, 850, "inconsistent"),
    ("less than", 1000, 1080, "consistent"),
])
def test_a_bound_is_met_within_the_map_noise(qualifier, reported, measured, verdict):
    assert compare._within(reported, measured, qualifier, same_direction=True)[0] == verdict


@pytest.mark.parametrize("qualifier, reported, measured, verdict", [
    ("at most", 20, 10, "consistent"),   # a bound, as for areas (it was read as "about 20%")
    ("over", 10, 19, "consistent"),
    ("about", 20, 10, "inconsistent"),
])
def test_a_share_s_qualifier_bounds_it_as_an_area_s_does(qualifier, reported, measured, verdict):
    assert compare._within_points(reported, measured, qualifier, 2.0)[0] == verdict


def test_every_reason_key_the_code_gives_is_listed_and_documented():
    """The reasons a verdict can give are one list: the code, the README and the docstring agree."""
    import re
    from pathlib import Path

    source = Path(compare.__file__).read_text(encoding="utf-8")
    given = set(re.findall(r'reason="([^"]+)"', source))
    given |= set(re.findall(r'return "not assessable", "([^"]+)"', source))
    assert given == set(compare.REASONS)
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for key in compare.REASONS:
        assert f"`{key}`" in readme, key
        assert f"``{key}``" in compare.claims_vs_territory.__doc__, key


def test_a_figure_with_no_side_is_never_judged(series):
    # rule: an area gained or lost whose actor was not read is not signed for Russia by default
    fact = pd.DataFrame([{"fact_id": "t-f001", "article_id": "t", "category": "territory", "quantity": 400.0,
                          "quantity_text": "400", "qualifier": "", "unit": "km2", "area_km2": 400.0, "actor": "",
                          "change": "gain", "place": "", "period_start": pd.Timestamp("2024-05-01"),
                          "period_end": pd.Timestamp("2024-05-31"), "reported_date": pd.Timestamp("2024-06-05")}])
    row = compare.facts_vs_territory(fact, series).iloc[0]
    assert row["assessment"] == "not assessable"
    assert row["rule"].startswith("no side:") and "for Russia" not in row["rule"]
    assert np.isnan(row["measured_km2"])
    # the same figure with its side named is judged
    row = compare.facts_vs_territory(fact.assign(actor="Russia"), series).iloc[0]
    assert row["assessment"] in ("consistent", "inconsistent")
    found = facts.extract(corpus.from_text("The village fell quickly. They had taken 400 square kilometres in May, "
                                           "the analyst said.", published="2024-06-05"))
    row = compare.facts_vs_territory(found[found["area_km2"].notna()], series).iloc[0]
    assert row["assessment"] == "not assessable" and row["rule"].startswith("no side:")


def _progress_row(text, series, speaker="Dmitry Peskov", date="2025-07-18"):
    claim = pd.DataFrame([{"claim_id": "t-c001", "article_id": "t", "speaker": speaker, "claim_type": "progress",
                           "text": text, "statement_date": pd.Timestamp(date)}])
    return compare.claims_vs_territory(claim, series, windows=(14,)).iloc[0]


@pytest.mark.parametrize("words", ["the Kyiv regime is losing ground", "the Kyiv government is in retreat",
                                   "Moscow's leadership is nervous", "the Kyiv authorities are in panic"])
def test_a_government_named_by_its_capital_is_a_side_not_a_place(series, words):
    # rule: a place's name before a government noun ("regime", "government", "authorities",
    # "leadership" …), possessive or not, names a side: it never makes the claim about that place
    row = _progress_row(f"Our troops are advancing and {words}.", series)
    assert row["scope"] == "" and row["reason"] != "place"
    assert row["progress_of"] == "Russia"
    # the place itself still scopes a claim
    assert _progress_row("Our troops are advancing near Kyiv.", series)["reason"] == "place"


def test_a_dateline_place_is_never_the_scope(series):
    # rule: the place of a wire dateline ("KYIV, July 18 (Wire) -") is where the copy was filed
    row = _progress_row("KYIV, July 18 (Kyiv Wire) - Our troops are advancing, the minister said.", series,
                        speaker="Ukrainian Defence Ministry")
    assert row["scope"] == "" and row["reason"] != "place"
    row = _progress_row("MOSCOW — Our troops are advancing near Kupiansk, the ministry said.", series)
    assert row["scope"] == "Kupiansk"
    fact = pd.DataFrame([{"fact_id": "t-f001", "article_id": "t", "category": "territory", "quantity": 300.0,
                          "quantity_text": "300", "qualifier": "", "unit": "km2", "area_km2": 300.0,
                          "actor": "Russia", "change": "gain", "place": "Kyiv",
                          "sentence": "KYIV, May 3 (Wire) - Russian troops took 300 square kilometres in April.",
                          "period_start": pd.Timestamp("2024-04-01"), "period_end": pd.Timestamp("2024-04-30"),
                          "reported_date": pd.Timestamp("2024-05-03")}])
    row = compare.facts_vs_territory(fact, series).iloc[0]
    assert row["assessment"] in ("consistent", "inconsistent") and "about Kyiv" not in row["rule"]
    fact.loc[0, "sentence"] = "Russian troops took 300 square kilometres around Kyiv in April."
    assert "about Kyiv" in compare.facts_vs_territory(fact, series).iloc[0]["rule"]


def test_a_claim_names_the_check_of_the_figure_it_states(series):
    # rule: a claim that states a figure names that figure's own check (over its own period) next
    # to its verdict (the map's window around the claim), so both verdicts on one sentence are read together
    from saidvsdone import pipeline
    text = ("Troops press on in the east\n\nThe defence ministry said on Friday that Russian troops had taken more "
            "than 900 square kilometres in the past week.\n\nThe minister said talks would resume in May.")
    tables = pipeline.run(corpus.from_text(text, published="2024-06-08"))
    checked = compare.facts_vs_territory(tables.facts, series)
    figure = checked[checked["reported_km2"].notna()].iloc[0]
    table = compare.claims_vs_territory(tables.claims, series, figures=checked)
    stating = table[table["text"].str.contains("900")].iloc[0]
    assert stating["figure_check"] == f"{figure['fact_id']}: {figure['assessment']}"
    assert stating["rule"].endswith(f"facts-vs-maps: {figure['label']} ({figure['fact_id']}): {figure['assessment']}")
    assert (table.loc[~table["text"].str.contains("900"), "figure_check"] == "").all()
    # without the figures the column is there, empty; attribution and cue come along
    plain = compare.claims_vs_territory(tables.claims, series)
    assert (plain["figure_check"] == "").all() and "facts-vs-maps:" not in " ".join(plain["rule"])
    assert list(plain["attribution"]) == list(tables.claims["attribution"])
    assert list(plain["cue"]) == list(tables.claims["cue"])


def test_the_figure_check_says_who_states_the_figure(series):
    # rule: facts-vs-maps carries the fact's speaker and attribution words (empty for the article's own figure)
    found, checked = _facts_checked("Russian troops took 300 square kilometres in May, the defence ministry said. "
                                    "Ukrainian troops retook 90 square kilometres in May.", series)
    assert {"speaker", "source_attribution"} <= set(checked.columns)
    assert list(checked["speaker"]) == list(found["speaker"].fillna(""))
    assert list(checked["source_attribution"]) == list(found["source_attribution"].fillna(""))
    assert checked["speaker"].iloc[0] != "" and checked["speaker"].iloc[1] == ""


def test_a_claim_about_ground_and_a_claim_about_talks_get_different_reason_keys():
    ground = _said("Putin said on Friday that Ukrainian forces were retreating.")
    talks = _said("Putin said on Friday that talks with Kyiv had stalled.")
    assert (ground["reason"], talks["reason"]) == ("no national claim", "not territorial")
    assert "ground" in compare.REASON_MEANINGS["no national claim"]
