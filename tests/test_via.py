"""The ``via`` column (issues 13 and 14): the news agency or medium that carried a speaker's words, read
from the shared speech layer once a sentence and given to quotes, claims and facts alike (never the
speaker itself); "the agency" is the agency the article named before. Sentences of our own."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus, facts, quotes, schema


def _articles(text: str):
    return corpus.from_text(text, published="2023-06-14")


@pytest.mark.parametrize("text, speaker, via", [
    ("Sergei Shoigu told TASS that Russian troops had captured two villages near Kupiansk.", "Sergei Shoigu", "TASS"),
    ("According to Interfax, Sergei Shoigu said Russian forces had advanced near Marinka.", "Sergei Shoigu", "Interfax"),
    ("The RIA news agency quoted Dmitry Peskov as saying Russian troops had taken Soledar.",
     "Dmitry Peskov", "RIA Novosti"),
    ("Russian troops have captured Marinka, TASS reported, citing the defence ministry.",
     "Russian Defence Ministry", "TASS"),
    # the medium speaking for itself is the speaker, no conduit
    ("Russian forces have captured the village of Novoselivka, TASS reported.", "TASS", ""),
    ("Sergei Shoigu said Russian troops had captured two villages near Kupiansk.", "Sergei Shoigu", ""),
])
def test_a_claim_takes_the_conduit_of_its_speech_act(text, speaker, via):
    table = claims.find(_articles(text))
    assert table[["speaker", "via"]].values.tolist() == [[speaker, via]]


def test_the_agency_is_the_agency_named_before():
    text = ("Russian forces have taken the village of Novoselivka, TASS reported on Monday.\n\n"
            "Sergei Lavrov told the agency that Ukraine had lost 5,000 soldiers in a week.\n\n"
            "“We will finish the job,” Lavrov told the news agency.")
    table = claims.find(_articles(text))
    assert table[["speaker", "via"]].values.tolist() == [["TASS", ""], ["Sergei Lavrov", "TASS"]]
    assert quotes.extract(_articles(text))[["speaker", "via"]].values.tolist() == [["Sergei Lavrov", "TASS"]]
    found = facts.extract(_articles(text))
    assert found[found["quantity_text"] == "5,000"]["via"].tolist() == ["TASS"]


@pytest.mark.parametrize("text", [
    # another agency named since: "the agency" is that one
    "Interfax reported the news on Monday. The International Atomic Energy Agency met on Tuesday. "
    "“The plant is stable,” Rafael Grossi told the agency.",
    # a possessive is no conduit
    "Interfax reported the news on Monday. “The plant is stable,” Rafael Grossi told the agency's board.",
])
def test_the_agency_that_is_another_agency_or_a_possessive_is_no_conduit(text):
    table = quotes.extract(_articles(text))
    assert table["via"].tolist() == [""]


def test_a_fact_takes_the_conduit_of_its_quote_or_speech_act():
    text = ("The Interfax news agency quoted Sergei Shoigu as saying that Russian forces had shot down 20 drones.\n\n"
            "“We destroyed 14 tanks,” Shoigu told TASS.")
    found = facts.extract(_articles(text))
    assert found[["quantity_text", "speaker", "via"]].values.tolist() == [
        ["20", "Sergei Shoigu", "Interfax"], ["14", "Sergei Shoigu", "TASS"]]


def test_via_has_the_quotes_dtype_in_every_table():
    assert schema.CLAIMS["via"] == schema.FACTS["via"] == schema.QUOTES["via"] == "str"
    empty = _articles("The weather was fine.")
    for table in (claims.find(empty), facts.extract(empty), quotes.extract(empty)):
        assert "via" in table.columns and str(table["via"].dtype) == str(quotes.extract(empty)["via"].dtype)


def test_a_quote_claim_and_a_carried_claim_keep_the_conduit():
    text = ("“Our troops have liberated Marinka,” Sergei Shoigu told TASS.\n\n"
            "Sergei Shoigu told Interfax that Russian forces had advanced near Avdiivka. And the offensive went on.")
    table = claims.find(_articles(text), include_quotes=True, include_carried=True)
    assert table[["found_in", "carried", "via"]].values.tolist() == [
        ["quote", False, "TASS"], ["reported", False, "Interfax"], ["reported", True, "Interfax"]]


@pytest.mark.parametrize("text, speaker, via", [
    # present tense, as Ukrainian and Russian agencies write it
    ("Valerii Zaluzhnyi said Russian forces had lost 900 soldiers near Bakhmut, the Ukrainska Pravda newspaper reported.",
     "Valerii Zaluzhnyi", "Ukrainska Pravda"),
    ("Russian forces had lost 900 soldiers in a day, Valerii Zaluzhnyi said on Monday, Ukrinform reports.",
     "Valerii Zaluzhnyi", "Ukrinform"),
    # a correspondent of the agency, an interview given to a medium
    ("Sergei Shoigu told an Interfax correspondent that Russian forces had advanced near Marinka.",
     "Sergei Shoigu", "Interfax"),
    ("In an interview with the BBC, Valerii Zaluzhnyi said Ukrainian troops had pushed Russian forces back near Kupiansk.",
     "Valerii Zaluzhnyi", "BBC"),
])
def test_a_conduit_in_the_present_tense_or_an_interview(text, speaker, via):
    table = claims.find(_articles(text))
    assert table[table["speaker"] == speaker]["via"].tolist() == [via]


@pytest.mark.parametrize("text, via", [
    ("“The situation is on the edge,” Gen. Kyrylo Budanov told the New York Times on Monday.", "New York Times"),
    ("“We hold the line,” Kyrylo Budanov said, according to the Kyiv Post.", "Kyiv Post"),
    ("“We hold the line,” Kyrylo Budanov told the Spectator magazine.", "Spectator"),
    ("“We hold the line,” Kyrylo Budanov said in an interview with Sky News.", "Sky News"),
    ("Agence France-Presse quoted Kyrylo Budanov as saying: “We hold the line.”", "Agence France-Presse"),
    # a name ending so that is no conduit stays out
    ("“We hold the line,” Kyrylo Budanov said at the Kyiv Post office.", ""),
])
def test_an_outlet_the_tables_do_not_list_is_read_by_its_title_word(text, via):
    table = quotes.extract(_articles(text))
    assert table[["speaker", "via"]].values.tolist() == [["Kyrylo Budanov", via]]
