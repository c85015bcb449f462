"""What a journalist and a teacher meet (nu2): column names that merge, verdicts that say why, charts on a
projector, plain-text tables, manifest lines as an editor numbers them. Invented sentences only."""

import warnings

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

from saidvsdone import charts, claims, collect, compare, corpus, explore, facts, quotes, territory  # noqa: E402

SERIES = territory.load()


def _found(text, published="2023-03-28", **meta):
    articles = corpus.from_text(text, published=published, **meta)
    return articles, claims.find(articles)


# --- column names: the claims table merges with the articles table --------------------------------------------------

def test_claims_say_where_they_were_found_in_a_column_that_does_not_clash_with_the_outlet():
    articles, found = _found("Our troops are advancing on every front, the defence minister said on Monday.",
                             source="The Test Herald")
    assert "source" not in found.columns and found["found_in"].tolist() == ["reported"]
    merged = found.merge(articles[["article_id", "source"]], on="article_id")  # a journalist's merge
    assert merged.loc[0, "source"] == "The Test Herald" and merged.loc[0, "found_in"] == "reported"


def test_the_comparison_names_the_series_credit_and_where_the_claim_was_found():
    articles, found = _found("Our troops are advancing on every front, the defence minister said on Monday.",
                             source="The Test Herald")
    table = compare.claims_vs_territory(found, SERIES, windows=(14,), articles=articles)
    assert {"found_in", "outlet", "series", "series_credit"} <= set(table.columns)
    assert not {"source", "figure_source"} & set(table.columns)
    assert table.loc[0, "outlet"] == "The Test Herald" and "DeepStateMap" in table.loc[0, "series_credit"]


def test_a_claims_table_saved_with_the_old_column_name_is_still_read():
    claim = {"claim_id": "x-c001", "article_id": "x", "speaker": "Vladimir Putin", "claim_type": "progress",
             "text": "We are advancing.", "quoted_words": "", "statement_date": pd.Timestamp("2022-09-16")}
    old = compare.claims_vs_territory(pd.DataFrame([{**claim, "source": "quote"}]), SERIES, windows=(14,))
    assert old.loc[0, "found_in"] == "quote" and old.loc[0, "reported_as"] == ""
    # an outlet in a column named source (a claims table merged with the articles) is not read as where it was found
    merged = compare.claims_vs_territory(pd.DataFrame([{**claim, "source": "The Test Herald"}]), SERIES, windows=(14,))
    assert merged.loc[0, "found_in"] == "" and merged.loc[0, "reported_as"] == "We are advancing"


def test_facts_vs_maps_names_the_measured_series_and_its_credit():
    fact = pd.DataFrame([{"fact_id": "f1", "category": "territory", "quantity_text": "more than 3,000",
                          "qualifier": "more than", "unit": "sq mi", "area_km2": 7769.96, "actor": "Russia",
                          "change": "loss", "period_start": pd.Timestamp("2022-09-03"),
                          "period_end": pd.Timestamp("2022-09-17")}])
    row = compare.facts_vs_territory(fact, SERIES).iloc[0]
    assert row["measured_series"] == "deepstate" and "DeepStateMap" in row["series_credit"]
    old = pd.DataFrame({"label": ["x"], "reported_km2": [100.0], "measured_km2": [90.0],
                        "measured_source": ["deepstate"]})  # the 0.1 column name
    fig, _ = charts.facts_vs_series(old)
    matplotlib.pyplot.close(fig)


# --- one label for one person in the three tables -------------------------------------------------------------------

def test_an_unnamed_official_has_one_label_in_quotes_claims_and_facts():
    articles = corpus.from_text('Russian troops captured two villages near the river, the regional governor said. '
                                '"We are holding the line," the regional governor said.', published="2023-03-01")
    labels = {quotes.extract(articles)["speaker"].iloc[0], claims.find(articles)["speaker"].iloc[0],
              facts.extract(articles)["speaker"].iloc[0]}
    assert labels == {"regional governor (unnamed)"}


# --- a verdict says exactly why ---------------------------------------------------------------------------------------

def _rule(sentence):
    articles, found = _found(sentence)
    row = compare.claims_vs_territory(found, SERIES, windows=(14,), articles=articles).iloc[0]
    return row["reason"], row["rule"]


def test_a_claim_about_weapons_names_the_words_that_made_it_one():
    reason, rule = _rule("The first Leopard tanks had arrived at the front, the defence minister said on Monday.")
    assert reason == "not territorial"
    assert rule.startswith("about strikes, weapons, missiles or drones (the sentence says “Leopard”)")


def test_a_claim_about_drones_names_them_and_a_progress_claim_is_unchanged():
    reason, rule = _rule("Russia launched 40 drones overnight, the air force said on Monday.")
    assert reason == "not territorial" and "(the sentence says “drones”)" in rule
    reason, rule = _rule("Our troops are advancing on every front, the defence minister said on Monday.")
    assert reason != "not territorial" and "the sentence says" not in rule


# --- charts for a projector -------------------------------------------------------------------------------------------

def _timeline(dates, types):
    frame = pd.DataFrame({"claim_id": [f"c{i}" for i in range(len(dates))], "speaker": ["Vladimir Putin"] * len(dates),
                          "claim_type": types, "text": ["…"] * len(dates), "label": [""] * len(dates),
                          "statement_date": pd.to_datetime(dates)})
    fig, ax = charts.claims_timeline(SERIES, frame, source="deepstate", end="2025-12-31")
    fig.canvas.draw()
    boxes = {}
    for line in ax.get_lines():
        gid = line.get_gid() or ""
        if gid.startswith("claim:"):
            boxes[gid[6:]] = line.get_window_extent(fig.canvas.get_renderer())
    return fig, ax, boxes


def test_markers_of_claims_weeks_apart_on_a_chart_of_years_do_not_hide_each_other():
    fig, ax, boxes = _timeline(["2022-09-16", "2022-09-16", "2022-10-14"], ["on_plan", "progress", "threat"])
    assert not boxes["c0"].overlaps(boxes["c2"]) and not boxes["c1"].overlaps(boxes["c2"])
    stems = [c for c in ax.texts if (c.get_gid() or "").startswith("stem:")]
    assert [s.get_gid() for s in stems] == ["stem:c2"]  # the later day is joined to its exact point on the line
    assert pd.Timestamp(stems[0].xy[0]) == pd.Timestamp("2022-10-14")
    matplotlib.pyplot.close(fig)


def test_markers_far_apart_stay_on_the_line_with_no_stem():
    fig, ax, boxes = _timeline(["2022-09-16", "2024-06-01"], ["on_plan", "threat"])
    assert not [c for c in ax.texts if (c.get_gid() or "").startswith("stem:")]
    line = next(l for l in ax.get_lines() if l.get_gid() == "claim:c1")
    on_line = ax.transData.transform((matplotlib.dates.date2num(pd.Timestamp("2024-06-01")), line.get_ydata()[0]))
    assert abs(boxes["c1"].y0 + boxes["c1"].height / 2 - on_line[1]) < 1
    matplotlib.pyplot.close(fig)


def test_window_chart_values_are_large_enough_for_a_projector():
    comparison = pd.DataFrame({"claim_id": ["c1"], "label": ["“Going to plan”"],
                               "statement_date": pd.to_datetime(["2022-04-12"]),
                               "change_before_30d_km2": [float("nan")], "change_after_30d_km2": [4321.0]})
    fig, ax = charts.window_changes(comparison, windows=(30,))
    sizes = {t.get_text(): t.get_fontsize() for t in ax.texts if t.get_text() in ("+4,321", "n/a")}
    assert sizes == {"+4,321": 13, "n/a": 13}
    matplotlib.pyplot.close(fig)


def test_an_outlet_is_never_cut_mid_phrase_in_a_chart_label():
    assert charts._outlet_label("British tabloid, republished copy", 24) == "British tabloid"
    assert charts._outlet_label("A regional daily (English translation)", 24) == "A regional daily"
    assert charts._outlet_label("AFP wire copy", 24) == "AFP wire copy"  # what fits is whole
    label = charts._fact_row_label({"label": "more than 3,000 sq mi", "outlet": "British tabloid, republished copy"})
    assert "British tabloid" in label and "…" not in label


# --- a table in plain text --------------------------------------------------------------------------------------------

def test_a_long_claim_is_printed_whole_in_plain_text():
    sentence = ("The minister said the operation was going according to plan and that the troops would reach "
                "the river before the winter, a regional daily reported.")
    shown = explore.table(pd.DataFrame({"found_in": ["reported"], "text": [sentence], "assessment": ["vague"]}))
    plain = repr(shown)
    assert " ".join(plain.split()).count(sentence) == 1 and "…" not in plain
    assert plain.splitlines()[0].split() == ["found_in", "assessment"] and plain.endswith("(1 row)")


def test_an_empty_long_cell_adds_no_line():
    shown = explore.table(pd.DataFrame({"file": ["a.txt", "b.txt"], "title": ["A title " * 10, ""]}))
    assert repr(shown).splitlines()[3:] == ["b.txt", "(2 rows)"]


def test_a_table_of_short_cells_prints_as_before():
    shown = explore.table(pd.DataFrame({"speaker": ["Putin"] * 3, "n": range(3)}))
    assert repr(shown).splitlines() == ["speaker  n", "  Putin  0", "  Putin  1", "  Putin  2", "(3 rows)"]


# --- manifest lines as an editor shows them ---------------------------------------------------------------------------

def _folder(tmp_path, manifest):
    folder = tmp_path / "mine"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(f"KYIV, 5 May 2023 - A spokesman said the front {name} was stable.\n",
                                   encoding="utf-8")
    (folder / "articles.csv").write_text(manifest, encoding="utf-8")
    return folder


def test_manifest_lines_count_blank_lines_and_lines_inside_a_cell(tmp_path):
    folder = _folder(tmp_path, 'file,published,title\n\na.txt,2023-05-05,"A title\nover two lines"\n\n'
                               'b.txt,2023-05-06,B,extra\n')
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        log = corpus.report(corpus.load(folder))
    assert log.set_index("file").loc["a.txt", "manifest_line"] == 3
    assert set(log.loc[log.file == "b.txt", "manifest_line"]) == {6}
    extra = tmp_path / "c.txt"
    extra.write_text("KYIV, 6 May 2023 - The front was stable, a spokesman said.\n", encoding="utf-8")
    added = collect.add([extra], folder=folder).to_frame()
    lines = (folder / "articles.csv").read_text(encoding="utf-8").splitlines()
    assert added["manifest_line"].iloc[0] == 7 and lines[6].startswith("c.txt,")


def test_a_manifest_without_blank_lines_numbers_as_before(tmp_path):
    folder = _folder(tmp_path, "file,published\na.txt,2023-05-05\nb.txt,2023-05-06,extra\n")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        log = corpus.report(corpus.load(folder))
    assert set(log.loc[log.file == "b.txt", "manifest_line"]) == {3}


def test_the_words_follow_what_the_claim_is_about_before_the_explanation():
    reason, rule = _rule("The enemy shelled the bridgehead again, the regional governor said on Monday.")
    assert reason == "no national claim"
    assert rule.startswith("about territory (ground held, lost or retaken) (the sentence says “bridgehead”) but no "
                           "claim of national progress")
