"""Battlefield facts, round 17 (fa26, issue 14): a fact stated without a number took the words of its attribution as
its place ("area, Russian Defence" in the comparison table), and a town the tables do not know could not give a side
to "N soldiers from <town> killed".

Mechanisms: a gain/loss verb reads a place name after it on its own line only (a headline's last verb, "troops
advancing", does not reach the capitals of the paragraph under it); the words before a speech cue ("Kharkiv governor
X said that …") are the attribution's and give the fact no place; "were advancing" is progressive, not a passive
whose subject is the ground taken; ``compare.facts_vs_territory`` labels a fact without a number by its own words;
an unknown place gets the country its own words give it ("the Ukrainian town of X", "X, a town in western Ukraine",
"X in the Kharkiv region", "X in Russia's Belgorod region").

Every sentence here is invented for the test (other names, places and figures than any gold set's); each test states
the general rule it checks and what must not change. House styles: a wire headline over a body, a newspaper's
"said on Tuesday that …", a casualty round-up.
"""

from __future__ import annotations

import pandas as pd

from saidvsdone import compare, corpus, facts


def _facts(text: str, published: str = "2024-05-01") -> pd.DataFrame:
    return facts.extract(corpus.from_text(text, published=published))


def _places(text: str) -> list[str]:
    return [r.place for r in _facts(text).itertuples()]


# --- no place from the attribution ----------------------------------------------------------------------------------

def test_a_headline_verb_does_not_take_the_capitals_of_the_next_paragraph_as_its_place():
    text = ("Minister says troops advancing\n\nRussian Defence Minister Pavel Orlov said on Monday that Russian troops "
            "were advancing along the whole front line.")
    f = _facts(text)
    assert "Russian Defence" not in " ".join(f["place"])
    assert all("Defence" not in p for p in f["place"])


def test_a_verb_and_the_name_after_it_on_one_line_still_give_the_place():
    # must not change: "captured Novoselka and Dubrava" names the ground taken
    assert _places("Russian troops captured Novoselka and Dubrava, the ministry said.") == ["Novoselka; Dubrava"]


def test_the_place_in_a_speakers_title_is_not_the_facts_place():
    f = _facts("Kharkiv governor Ihor Tkach said on Tuesday that Russian forces were advancing along the whole front "
               "line.")
    assert list(f["place"]) == [""]


def test_a_place_in_the_facts_own_clause_is_kept():
    # must not change: the place after the verb is the fact's
    f = _facts("The governor said on Tuesday that Russian forces were advancing near Kupiansk.")
    assert list(f["place"]) == ["Kupiansk"]


def test_were_advancing_is_progressive_not_a_passive_with_the_ground_as_subject():
    # "forces near Kupiansk were advancing" gave a phrase "Kupiansk were advancing" (the passive reading)
    f = _facts("The governor said Russian forces near Kupiansk were advancing.")
    assert not any(p.startswith("Kupiansk were") for p in f["phrase"])


def test_a_true_passive_still_reads_the_ground_as_its_subject():
    # must not change: "X was liberated" names the ground taken, after a speech cue too
    assert _places("Kherson was liberated, the ministry said.") == ["Kherson"]
    assert _places("The ministry said on Sunday that Kherson was liberated.") == ["Kherson"]


# --- the comparison's label -----------------------------------------------------------------------------------------

def test_a_fact_without_a_number_is_labelled_by_its_own_words():
    f = _facts("Russian forces were advancing along the whole front line, the Russian Defence Ministry said.")
    table = compare.facts_vs_territory(f, pd.DataFrame({"date": [], "source": [], "area_km2": []}))
    assert list(table["label"]) == ["advancing along the whole front"]


def test_a_place_already_in_the_phrase_is_not_repeated_in_the_label():
    f = _facts("Ukrainian troops retook Dubrava on Sunday.")
    table = compare.facts_vs_territory(f, pd.DataFrame({"date": [], "source": [], "area_km2": []}))
    assert list(table["label"]) == ["retook Dubrava"]


def test_a_figure_keeps_its_figure_label():
    # must not change: "300 km², Kupiansk"
    f = _facts("Russian forces took 300 square kilometres near Kupiansk in April.")
    table = compare.facts_vs_territory(f, pd.DataFrame({"date": [], "source": [], "area_km2": []}))
    assert list(table["label"]) == ["300 km², Kupiansk"]


# --- a town the tables do not know ----------------------------------------------------------------------------------

def _casualty_actor(text: str) -> list[str]:
    return [r.actor for r in _facts(text).itertuples() if r.category == "casualties"]


def test_a_town_in_western_ukraine_gives_its_dead_a_side():
    assert _casualty_actor("Nine soldiers from Horodenka, a small town in western Ukraine, were killed in the "
                           "fighting.") == ["Ukraine"]


def test_the_ukrainian_town_of_gives_its_dead_a_side():
    assert _casualty_actor("Nine soldiers from the Ukrainian town of Horodenka have been killed.") == ["Ukraine"]


def test_a_town_in_a_region_of_the_tables_gives_its_dead_a_side():
    assert _casualty_actor("Nine soldiers from Horodenka in the Kharkiv region were killed last year.") == ["Ukraine"]
    assert _casualty_actor("Nine soldiers from Tetkino, a village in Russia's Kursk region, were killed.") == ["Russia"]


def test_a_town_with_no_words_of_its_country_stays_without_a_side():
    # must not change: a bare unknown name says nothing of its country
    assert _casualty_actor("Nine soldiers from Horodenka were killed.") == [""]


def test_a_town_of_a_third_country_gives_no_side():
    # must not change: "a town in Poland" is no side in the war
    assert _casualty_actor("Nine volunteers from Sanok, a town in Poland, were killed.") in ([""], [])
