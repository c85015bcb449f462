"""Claims on everyday copy (cl25). Precision: an outside capital's diplomatic formulas ("welcomed all efforts for
peace", "would back any deal both sides accept", "dialogue and diplomacy"), the talks' schedule ("a third round of
talks", "held talks", "briefed on the results of the talks"), help sent to Kyiv, a dam or plant "at no risk of a
breach", and captives or soldiers "coming home" are no claims about the war's course. Recall: a halt to the firing is
a ceasefire stance; "put X's losses, killed and wounded, at between A and B" is an estimate. Sentences invented."""

import pandas as pd
import pytest

from saidvsdone import claims, corpus


def _rows(text: str, published: str = "2025-03-12") -> pd.DataFrame:
    return claims.find(corpus.from_text(text, published=published))


# ---------------------------------------------------------------------------------------------------------------
# an outside party's diplomacy: no side's settlement stance


@pytest.mark.parametrize("text", [
    'In Brasilia, a foreign ministry spokesman said Brazil welcomed "every effort towards peace".',
    "Jakarta said it would back any settlement that both parties accepted.",
    "The Swiss foreign minister said Bern supported all initiatives for dialogue between Moscow and Kyiv.",
    "A spokesman said Pretoria wanted a solution acceptable to both sides.",
    "The ministry said Ankara favoured dialogue and diplomacy as the way to end the conflict.",
])
def test_outside_diplomatic_formulas_are_no_claims(text):
    assert _rows(text).empty


def test_a_sides_own_terms_for_any_agreement_stay_a_claim():
    rows = _rows("Peskov said any agreement must recognise the new borders of Russia.")
    assert rows["speaker"].tolist() == ["Dmitry Peskov"]
    assert rows["claim_type"].iloc[0] in ("negotiations", "goals", "territory")


# ---------------------------------------------------------------------------------------------------------------
# the talks' schedule and who was told about them


@pytest.mark.parametrize("text", [
    "Peskov said no date had been set for a fourth round of talks in Riyadh.",
    "A US envoy held talks with Russian officials in St Petersburg on Friday, the Kremlin said.",
    "Peskov said Putin would be briefed on the results of the talks by his aide.",
])
def test_the_talks_schedule_is_no_claim(text):
    assert _rows(text).empty


@pytest.mark.parametrize("text", [
    "Peskov said Moscow was ready for talks but that its demands on the four regions had not changed.",
    "Peskov said Moscow remained open to talks but would not accept a freeze of the front line.",
    "Peskov said Moscow was ready to hold talks with Kyiv without preconditions.",
])
def test_readiness_for_talks_stays_a_claim(text):
    rows = _rows(text)
    assert rows["speaker"].tolist() == ["Dmitry Peskov"]


# ---------------------------------------------------------------------------------------------------------------
# aid, a plant at risk, a homecoming


@pytest.mark.parametrize("text", [
    "Norway's defence minister said on Monday that Oslo would keep sending help to Kyiv through the winter.",
    "The mayor said the reservoir wall had been hit twice overnight but that there was no risk of a breach.",
    "Zelensky said on Thursday that 95 Ukrainian soldiers and border guards had come home after months in captivity.",
])
def test_aid_damage_and_homecomings_are_no_claims(text):
    assert _rows(text).empty


def test_troops_sent_to_help_hold_a_town_stay_a_claim():
    rows = _rows("The general said Russia was sending more troops to help hold the town of Kreminna.")
    assert rows["speaker"].tolist() == ["general (unnamed)"]


def test_a_return_home_after_a_capture_stays_a_claim():
    rows = _rows("The general said the troops would return home only after the last occupied village was liberated.")
    assert rows["claim_type"].tolist() == ["territory"]


# ---------------------------------------------------------------------------------------------------------------
# recall: a halt to the firing; an estimate with an aside and a range


@pytest.mark.parametrize("text", [
    "Zelensky said the same evening that Ukraine was ready to stop firing along the whole front as soon as Russia agreed.",
    "The Kremlin said Russia would not halt hostilities until its conditions were met.",
])
def test_a_halt_to_the_firing_is_a_ceasefire_stance(text):
    rows = _rows(text)
    assert len(rows) == 1
    assert "negotiations" in rows["topics"].iloc[0].split("|")


def test_put_at_with_an_aside_and_a_range_is_an_estimate():
    rows = _rows("Last week, the British defence ministry put Russian losses, killed and wounded, "
                 "at between 20,000 and 25,000.")
    assert rows["speaker"].tolist() == ["UK Defence Intelligence"]
    assert rows["claim_type"].tolist() == ["losses"]


# ---------------------------------------------------------------------------------------------------------------
# pledges of weapons; the captives of an exchange are no losses


def test_weapons_pledged_by_allies_are_aid():
    assert _rows("Kyiv's partners have pledged new air defence systems, the minister said.").empty


@pytest.mark.parametrize("text", [
    "Delegations will meet in Geneva next month for another round of talks on prisoner exchanges, the ministry said.",
    "The ombudsman said the two sides had agreed to exchange 300 prisoners of war on Friday.",
])
def test_prisoner_exchanges_are_no_claims(text):
    assert _rows(text).empty


def test_prisoners_taken_in_battle_stay_a_claim():
    rows = _rows("The general said Russian troops had captured 120 Ukrainian soldiers near Kreminna.")
    assert rows["claim_type"].tolist() == ["losses"]


# ---------------------------------------------------------------------------------------------------------------
# "they" after a group that asked for something in the sentence before


def test_they_is_the_group_that_asked_in_the_sentence_before():
    rows = _rows("In Kharkiv, where the news was met with relief, officials asked for patience. "
                 "The counteroffensive, they said, was far from over.")
    assert rows["speaker"].tolist() == ["officials"]
    rows = _rows("In Kyiv, where the news was met with relief, officials asked for patience. "
                 "The counteroffensive, they said, was far from over.")
    assert rows["speaker"].tolist() == ["Ukrainian officials"]
    assert rows["text"].iloc[0].startswith("The counteroffensive")


def test_they_after_one_person_who_asked_is_nobody():
    rows = _rows("The general asked for patience. The counteroffensive, they said, was far from over.")
    assert rows.empty
