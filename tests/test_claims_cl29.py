"""cl29: precision on everyday copy — the reporter's background clause after a statement ("…, hours after Russian
forces launched an assault"), money (oil revenue, price caps, wages: the ``economy`` group of claim_topics.csv), arms
given to Ukraine or asked for, a dam blown up or mined, where a place lies, speech that names only its topic. Each
off-course sentence has an on-course twin worded alike. Invented sentences."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus, vocab


def _found(text: str, published: str = "2024-05-15"):
    return claims.find(corpus.from_text(text, published=published))


def _is_claim(text: str) -> bool:
    return len(_found(text)) > 0


# --- the reporter's background clause after the statement ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The government in Oslo announced a new package of air-defence interceptors and armoured vehicles for Ukraine on "
    "Friday, hours after Russian forces launched a cross-border assault north of Kharkiv.",
    "The regional council said on Monday that schools would reopen in September, days after Russian troops "
    "were pushed back from the outskirts.",
    "The mayor said the market would stay closed through the weekend, a day after Ukrainian forces recaptured two "
    "villages to the south.",
])
def test_background_clause_after_the_statement_is_no_content(text):
    assert not _is_claim(text)


@pytest.mark.parametrize("text", [
    # the statement itself is about the fighting: the background clause takes nothing away
    "The General Staff said on Friday that its troops had repelled 14 attacks near the town, hours after Russian "
    "forces launched a cross-border assault north of Kharkiv.",
    "The mayor said Ukrainian forces had recaptured two villages to the south, a day after the regional council "
    "reopened the schools.",
    # a reported clause inside the time clause is still said
    "The ministry said on Friday, hours after the assault began, that its troops had taken the village.",
    # "as Russian forces advanced" is often the speaker's own clause: it stays content
    "The governor said the supply road to the town was at risk as Russian forces advanced.",
    # another voice inside the clause is its own voice
    "Russia said it had captured the village, days after Kyiv said its troops had withdrawn from it.",
])
def test_statement_about_the_fighting_keeps_its_claim(text):
    assert _is_claim(text)


def test_voice_inside_the_background_clause_keeps_its_claim():
    found = _found("Russia said it had captured the village, days after Kyiv said its troops had withdrawn from it.")
    assert len(found) == 2 and found["speaker"].nunique() == 2


# --- money: revenue, price caps, wages ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Analysts say oil revenue matters to Moscow's ability to keep paying soldiers and arms makers.",
    "The finance minister said a lower price cap would cut Moscow's revenue faster.",
    "Kremlin officials said most of the letters were about prices, mortgages and payments to the families of "
    "soldiers.",
    "The central bank said it would keep paying higher wages to soldiers' families through the winter.",
])
def test_money_beside_troops_or_a_speed_is_no_claim(text):
    assert not _is_claim(text)


@pytest.mark.parametrize("text", [
    "The minister said 30,000 soldiers had been sent to the front, despite the rising prices.",
    "The general said Russian troops were advancing faster than in the spring.",
    "The ministry said Russia had paid a huge price for tiny gains near the town.",
    "The governor said drones had struck an oil depot on the edge of the city overnight.",
])
def test_troops_speed_or_a_strike_beside_money_stays_a_claim(text):
    assert _is_claim(text)


def test_economy_is_a_closed_topic_group():
    assert "economy" in vocab.CLAIM_TOPIC_GROUPS
    assert "economy" not in claims.TOPICS  # (it keeps sentences out; it never types a claim)


# --- arms given, a dam --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, claim", [
    ("The president said on Tuesday that Washington would give Ukraine longer-range rocket systems.", False),
    ("The spokesman said allies had given Kyiv enough shells and air-defence systems for the winter.", False),
    ("The commander said his brigade had fired the new rocket systems at Russian positions near the river.", True),
    ("The president said on Tuesday that the rocket systems had destroyed three ammunition depots.", True),
])
def test_weapons_given_are_aid(text, claim):
    assert _is_claim(text) is claim


@pytest.mark.parametrize("text, claim", [
    ("The president said on Tuesday that Russian troops had blown up the dam from the inside.", False),
    ("The minister warned that Russian troops had mined the dam and its sluice gates.", False),
    ("The ministry said its units had crossed the dam and taken positions on the far bank.", True),
    ("The spokesman said Ukraine had sabotaged the dam to draw attention away from a counter-offensive that was "
     "going nowhere.", True),
])
def test_a_dam_blown_up_or_mined_is_an_allegation(text, claim):
    assert _is_claim(text) is claim


@pytest.mark.parametrize("text, claim", [
    # a request for arms that is itself a speech cue is still aid
    ("He said the country had only a quarter of the air defence it needed and asked allies for seven more Patriot "
     "systems.", False),
    ("The minister said the army was short of air defence and urged partners to send more air-defence systems.", False),
    # ground held or taken beside the request stays a claim
    ("The general said the line was holding near the town and asked allies for more shells.", True),
    ("The general said his troops had retaken two villages and asked for more shells.", True),
])
def test_a_request_for_arms_in_a_second_cue_is_aid(text, claim):
    assert _is_claim(text) is claim


# --- where a place lies; buses leaving a town ------------------------------------------------------------------------

@pytest.mark.parametrize("text, claim", [
    ("The governor said shelling had hit several villages and that some residents were being evacuated from Lypky, a town "
     "about three miles from the border.", False),
    ("Buses are leaving twice a day for the regional capital, and local officials say trains will run again once the "
     "line is repaired.", False),
    # a distance of forces from a place, or ground taken beside the place's location, stays a claim
    ("The general said Russian troops were now 10 kilometres from the city.", True),
    ("The general said Russian troops had reached the outskirts of Lypky, a town about 40 km from the border.", True),
    ("The ministry said its forces had taken a village 5 km from the city.", True),
])
def test_where_a_place_lies_is_no_distance_of_forces(text, claim):
    assert _is_claim(text) is claim


# --- speech that names only its topic ("speech with no content of its own") -----------------------------------------

@pytest.mark.parametrize("text, claim", [
    ("The defence chief also commented on the Russian retreat from the river port earlier this month.", False),
    ("Pro-war bloggers have described the fighting around the mine differently.", False),
    ("The minister spoke at length about the situation in the east.", False),
    # something said after the topic, or a report of an event, stays a claim
    ("The general commented on the retreat, saying it had saved the brigade.", True),
    ("The ministry reported on the liberation of the village of Krasne.", True),
    ("The general reported that the situation near the town had stabilised.", True),
])
def test_speech_naming_only_its_topic_is_no_claim(text, claim):
    assert _is_claim(text) is claim
