"""Battlefield facts, round 13 (fa21, issue 14): word lists of ``facts/`` read from the tables (formation nouns from
``armed_units.csv``, the hedge before a number from ``qualifiers.csv``, the side of a reporting body from the country
tables' mentions), and the leftovers of B56/B57 (``tests/gold/stress/facts_blind14_*``, ``facts_blind15_*``).

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

import re

import pytest

from _facts_readings import readings

from saidvsdone import corpus, facts, vocab


def _rows(text: str) -> list[tuple]:
    found = facts.extract(corpus.from_text(text, published="2026-03-10"))
    return [(r.quantity_text, r.qualifier, r.unit, r.actor, r.change, r.category, r.flag) for r in found.itertuples()]


@pytest.fixture
def own_units(tmp_path):
    """``own_units("written,kind,side,note,uses\\n…")``: an ``armed_units.csv`` of your own layered over the bundled one."""
    def use(rows):
        (tmp_path / "armed_units.csv").write_text("written,kind,side,note,uses\n" + rows, encoding="utf-8")
        vocab.use(tmp_path)
        facts.reload()
    yield use
    vocab.use(None)
    facts.reload()


# --- armed_units.csv: the formation nouns of facts.events, facts.numeric and facts.territorial -------------------------

def test_formation_words_of_strength_and_more_come_from_the_table():
    assert {"brigade", "battalions", "company", "garrison", "detachment", "units"} <= set(vocab.formation_words("strength"))
    assert {"brigades", "groups", "corps", "formations", "detachments"} <= set(vocab.formation_words("more"))
    assert "navy" not in vocab.formation_words("strength") and "fleet" not in vocab.formation_words("more")


def test_a_formation_of_your_own_reads_its_strength_its_count_and_its_relocation(own_units):
    # rule: a formation holding men ("the squadron now numbers about 300 men") is manpower, one whose drones counted the
    # dead counts the enemy's fallen, one moved is troops (not a relocated headquarters): for every formation word of
    # armed_units.csv with those uses, yours included
    strength = "The squadron now numbers about 300 men, its commander said."
    moved = "The Russian command moved its squadron 15 km west, Ukrainian officials said."
    counted = '"The squadron\'s drones counted 41 bodies," a Ukrainian commander said.'
    assert _rows(strength) == [] and _rows(moved) == [] and _rows(counted) == []
    own_units("squadron,formation,,,strength|force_again\n")
    assert _rows(strength) == [("about 300", "about", "troops", "", "count", "manpower", "")]
    assert _rows(moved) == [("15", "", "km", "Russia", "distance", "distance", "")]
    assert _rows(counted) == [("41", "", "troops", "", "loss", "casualties", "")]
    # must not change: the bundled rows stay, and what is no formation stays no troops
    assert _rows("The battalion now numbers about 300 men, its commander said.") == [
        ("about 300", "about", "troops", "", "count", "manpower", "")]
    assert _rows("The Russian command moved its field kitchen 15 km west, Ukrainian officials said.") == []
    assert _rows("A Ukrainian unit of about 150 men held out for three weeks in the encircled village.") == []


# --- qualifiers.csv: the hedge before a number ------------------------------------------------------------------------

def test_the_qualifiers_are_a_table_with_controlled_values(tmp_path):
    from saidvsdone.facts import quantities

    table = vocab.table("qualifiers")
    assert dict(zip(table["written"], table["qualifier"])) == quantities.QUALIFIERS
    assert set(quantities.QUALIFIERS.values()) <= set(quantities.QUALIFIER_VALUES)
    (tmp_path / "qualifiers.csv").write_text("written,qualifier,note\ngive or take,about,\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert quantities._qualifiers()["give or take"] == "about"      # a row of your own (read in a new session)
        (tmp_path / "qualifiers.csv").write_text("written,qualifier,note\ngive or take,roughly,\n", encoding="utf-8")
        with pytest.raises(vocab.VocabularyError, match="give or take"):
            quantities._qualifiers()                                     # not a controlled value
    finally:
        vocab.use(None)


def test_a_bracketed_conversion_of_one_unit_reads_the_table_qualifier():
    # rule: "(just under a mile)" takes the value the table gives "just under" (nearly), as "just under 2 miles" does;
    # the conversion's own list once read it "less than"
    assert _rows("Ukrainian troops advanced about 1.5 km (just under a mile) near the village, the brigade said.")[1][:3] \
        == ("just under a", "nearly", "mi")
    assert _rows("Ukrainian troops advanced 3 km (just under 2 miles) near the village, the brigade said.")[1][:3] \
        == ("just under 2", "nearly", "mi")
    # must not change: "(about a mile)"
    assert _rows("Ukrainian troops advanced about 1.5 km (about a mile) near the village, the brigade said.")[1][:3] \
        == ("about a", "about", "mi")


def test_an_elliptic_figure_after_a_comparison_reads_any_hedge_of_the_table():
    # rule: "against the roughly 500 …" is the elliptic figure with any qualifier of the table between
    text = ("Russian troops took 620 sq km in May, against the {q}500 that DeepState had confirmed.")
    for hedge in ("", "roughly ", "an estimated "):
        assert readings(text.format(q=hedge)) == [(620.0, "km2", "Russia", "gain"), (500.0, "km2", "Russia", "gain")], hedge


# --- the side of a reporting body: a mention of the country tables ---------------------------------------------------

SUMMARY = ("{owner} defence ministry published its summary on Monday. The ministry's weekly summary, released on Saturdays, "
           "said air defences had shot down 1,210 drones.")


def test_a_body_named_again_takes_the_side_of_any_country_or_capital_of_the_tables():
    # rule: "The ministry's weekly summary … air defences had shot down" is the last ministry the text named with a side,
    # the side read from a mention of the country tables (countries.csv: names, capitals, demonyms), not a list of four
    # names in code
    for owner in ("Russia's", "The Russian Federation's", "Moscow's", "The Russian"):
        assert readings(SUMMARY.format(owner=owner)) == [(1210.0, "drones", "Russia", "count")], owner
    for owner in ("Ukraine's", "Kiev's", "The Ukrainian"):
        assert readings(SUMMARY.format(owner=owner)) == [(1210.0, "drones", "Ukraine", "count")], owner
    # must not change: a third country's ministry, or none named, gives no side
    assert readings(SUMMARY.format(owner="Belarus's")) == [(1210.0, "drones", "", "count")]
    assert readings(SUMMARY.format(owner="A")) == [(1210.0, "drones", "", "count")]


# --- leftovers of B56 / B57 ------------------------------------------------------------------------------------------

def test_a_pronoun_put_at_a_figure_is_the_count_its_sentence_before_opened_with():
    # rule: "when it put them at 7,800" (a pronoun object of "put … at") restates the count the sentence before opened
    # with (its topic), not the last one it named
    assert readings("Russia's defence ministry said Ukrainian losses over the week exceeded 8,900 servicemen, and air "
                    "defences had shot down 1,210 drones. That is a seventh more than the week before, when it put "
                    "them at 7,800.") == [(8900.0, "troops", "Ukraine", "loss"), (1210.0, "drones", "Russia", "count"),
                                          (7800.0, "troops", "Ukraine", "loss")]
    # must not change: "put the figure at" after a sentence of two counts is another estimate of the last one
    assert readings("Russia's defence ministry said Ukrainian losses over the week exceeded 8,900 servicemen, and air "
                    "defences had shot down 1,210 drones. Western analysts put the figure at 1,100.")[-1] == (
        1100.0, "drones", "Russia", "count")


def test_a_change_apposed_after_a_share_names_no_other_thing():
    # rule: "…, a rise smaller than expected" apposed after "19.5% of Ukraine, against 18.7% a year ago" is the change
    # between the two shares, not a `not_share` context (an economy's rise): both shares stay
    assert readings("Russia now holds about 19.5% of Ukraine, against 18.7% a year ago, a rise smaller than many "
                    "expected.") == [(19.5, "percent", "Russia", "share"), (18.7, "percent", "Russia", "share")]
    # must not change: a rise of something else is no share
    assert readings("Russia's economy grew 3.5% last year, a rise driven by arms production, the ministry said.") == []


def test_it_after_a_body_named_by_its_kind_is_that_body():
    # rule: "it" after "the ministry's …" in its sentence, with only a demonym before a plural noun between ("Ukrainian
    # servicemen"), is the ministry, whose side is that of the last ministry named with one ("Russia's defence ministry")
    # — not the side of the soldiers counted
    text = ("Russia's defence ministry published its summary on Monday. Added up, the ministry's groups claim 1,155 "
            "Ukrainian servicemen killed in one day, in line with the totals it has published all summer. Over the week "
            "it claimed nine settlements.")
    assert readings(text) == [(1155.0, "troops", "Ukraine", "loss"), (9.0, "settlements", "Russia", "gain")]
    # must not change: a side named as a subject between the body and "it" is the antecedent
    assert readings("Ukraine's General Staff published its figures on Monday. The General Staff said Russia launched "
                    "40 drones overnight and that it had lost 900 soldiers.") == [
        (40.0, "drones", "Russia", "count"), (900.0, "troops", "Russia", "loss")]


def test_a_figure_a_demonstrative_restates_in_other_units_is_a_conversion():
    # rule: "that is 51,500 hectares" after "515 sq km" (same dimension, within 6%) restates the figure before, in its
    # sentence or the one before: its side and change (not the side of a noun between, "Ukrainian farmers")
    assert readings("Russian forces took 515 sq km in June. Measured in hectares, the unit Ukrainian farmers use, that "
                    "is 51,500 hectares.") == [(515.0, "km2", "Russia", "gain"), (51500.0, "ha", "Russia", "gain")]
    assert readings("Russian forces advanced 8 km in June, which is about 5 miles.") == [
        (8.0, "km", "Russia", "gain"), (5.0, "mi", "Russia", "gain")]
    # must not change: a figure of another size is no restatement
    assert readings("Russian forces took 515 sq km in June. Ukrainian farmers say that is 90,000 hectares of their "
                    "fields.")[0] == (515.0, "km2", "Russia", "gain")
    assert (90000.0, "ha", "Russia", "gain") not in readings("Russian forces took 515 sq km in June. Ukrainian farmers "
                                                             "say that is 90,000 hectares of their fields.")


# --- B58 (tests/gold/stress/facts_blind16_*) ---------------------------------------------------------------------------

def test_a_figure_opening_its_line_is_glossed_after_its_dash():
    # rule: in a "week in numbers" digest, a figure alone at the head of its line counts the unit its gloss names after a
    # spaced dash ("1,089 — Russian soldiers killed …", "9 – settlements captured by Russia"), read with the gloss's verb
    digest = ("The week in numbers\n\n1,089 — Russian soldiers killed or wounded on an average day.\n\n"
              "9 – settlements captured by Russia in the same period.\n\n186 sq km - ground gained by Russian forces.\n\n"
              "63 — missiles fired by Russia, of which 48 were intercepted.")
    assert readings(digest) == [(1089.0, "troops", "Russia", "loss"), (9.0, "settlements", "Russia", "gain"),
                                (186.0, "km2", "Russia", "gain"), (63.0, "missiles", "Russia", "count"),
                                (48.0, "missiles", "Ukraine", "count")]
    # must not change: a gloss naming no unit, formations counted, and a dash inside a sentence
    assert readings("The week in numbers\n\n4 — the number of days until the next talks.\n\n"
                    "3 — Ukrainian brigades moved to the Pokrovsk direction.") == []
    assert readings("Russian troops advanced 4 km — a record for the month — near Pokrovsk.") == [
        (4.0, "km", "Russia", "gain")]


def test_an_area_recorded_as_a_sides_gains_is_that_sides():
    # rule: "recorded 468 sq km of Russian gains": after a verb of counting or recording, the side whose gains the
    # area is named after it is the gainer (not the side of the monitor that recorded them, "a Ukrainian group")
    assert readings("DeepState, a Ukrainian group that maps the front from footage, recorded 468 sq km of Russian gains "
                    "in March.") == [(468.0, "km2", "Russia", "gain")]
    # must not change: a verb of taking keeps its taker ("took back … of Russian gains")
    assert readings("Ukrainian troops took back 20 sq km of Russian gains near Kupiansk.") == [
        (20.0, "km2", "Ukraine", "gain")]


def test_a_gapped_figure_corrected_or_confirmed_reads_the_count_before():
    # rule: a bare figure whose object is gapped after the count before — corrected (", not 42"), confirmed by another
    # source after a semicolon ("; DeepState confirmed one") or claimed in a short sentence of its own ("Russia's
    # defence ministry claimed 14.") — counts what that count counted, read like it
    assert readings("The group counted 17 settlements taken by Russia, not 42.") == [
        (17.0, "settlements", "Russia", "gain"), (42.0, "settlements", "Russia", "gain")]
    assert readings("Russia's defence ministry claimed the capture of three settlements here; DeepState confirmed "
                    "one.") == [(3.0, "settlements", "Russia", "gain"), (1.0, "settlements", "Russia", "gain")]
    assert readings("DeepState counted 9 settlements captured by Russia last week. Russia's defence ministry claimed "
                    "14.") == [(9.0, "settlements", "Russia", "gain"), (14.0, "settlements", "Russia", "gain")]
    # must not change: a figure that goes on ("not 3,000 as first reported"), or another verb's count, is not read so
    assert readings("Russian forces lost 300 soldiers, not 3,000 as first reported.") == [
        (300.0, "troops", "Russia", "loss")]
    assert readings("Ukrainian troops took 12 villages. Zelensky said 12 more.") == [
        (12.0, "settlements", "Ukraine", "gain")]
