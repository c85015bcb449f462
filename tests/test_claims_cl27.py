"""cl27: reported sentences off the war's course that a war word made claims (arms aid, verification and monitoring
formulas, a nuclear plant's units and reservoir, explosives placed at a site, strikes that killed nobody, liberated
communities as a setting). Invented sentences."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _found(text: str):
    return claims.find(corpus.from_text(text, published="2024-05-15"))


@pytest.mark.parametrize("text", [
    # arms aid: more or new air-defence systems, named systems, weapons sent to a country
    "The chancellor said on Tuesday that two more air defence systems would reach Ukraine before the winter.",
    "The president said five additional Patriot batteries would change the picture over the big cities.",
    "The commissioner said the fund would keep paying for weapons sent to Ukraine by member states.",
    # verification and monitoring formulas
    "The institute said the figures given by both sides were difficult to verify.",
    "A spokesman for the alliance said on Monday that it was monitoring the situation closely.",
    # a nuclear plant's reactor units are no military units
    "The watchdog said on Monday that its inspectors had still not reached the roofs of two reactor units.",
    # explosives placed at a site: sabotage alleged against the other side
    "The governor said on Monday that Russian troops had placed explosives on the roof of the plant.",
    # a strike that killed nobody is a civilian report; "liberated communities" is where residents live
    "The mayor said on Monday that nobody was killed in the capital overnight.",
    "The governor called on residents of the liberated communities not to return home until sappers had checked the roads.",
])
def test_off_the_course_is_no_claim(text):
    assert _found(text).empty, text


@pytest.mark.parametrize("text", [
    # a kill of such systems, troops sent to a front, a difficult front, reports with content stay claims
    "The ministry said on Tuesday that its forces had destroyed two more air defence systems near Kharkiv.",
    "The general said on Tuesday that more troops had been sent to the front near Pokrovsk.",
    "The think tank said on Tuesday that the situation near Pokrovsk was difficult for the defenders.",
    "The general said on Monday that two more Patriot batteries had shot down 14 missiles over Kyiv.",
    "The ministry said on Monday that the loss of the village was only temporary.",
    "The general said on Monday that Russian troops had liberated the community of Novostepove.",
])
def test_war_content_beside_them_stays_a_claim(text):
    found = _found(text)
    assert len(found) == 1, text
    assert found.iloc[0]["found_in"] == "reported"


def test_a_request_for_systems_beside_a_strike_statement_stays():
    # the aid phrase takes no gap: the missiles before "more Patriot batteries" stay a war word
    found = _found("The spokesman said Russia was relying more on ballistic missiles and Ukraine needed more Patriot "
                   "batteries.")
    assert len(found) == 1 and "strikes" in found.iloc[0]["topics"]
