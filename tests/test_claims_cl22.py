"""Claims on unseen copy (cl22): the second voice that denies or judges a claim at a sentence's end with a time or a
quoted word after its verb ("…, a claim Kyiv disputed for days", "…, a claim the army called “fiction” the same day"),
a figure judged ("…, a figure Western officials believe is too high"), the one a passive names after a claim noun
("X's claim that … was rejected by Y", "the ministry's claim that … was contradicted by Y"), and an adverb between a
speaking group and its verb ("officials now argue", "analysts still believe"). Sentences invented."""

import pandas as pd
import pytest

from saidvsdone import claims, corpus


def _rows(text: str, published: str = "2025-03-12") -> pd.DataFrame:
    return claims.find(corpus.from_text(text, published=published))


def test_denial_with_a_time_after_its_verb():
    found = _rows("The Russian army said on Monday that its troops had surrounded Siversk, a claim Kyiv rejected "
                  "within hours.")
    assert set(found["speaker"]) == {"Russian army", "Ukrainian government (Kyiv)"}
    assert found[found["speaker"] == "Ukrainian government (Kyiv)"].iloc[0]["cue"] == "rejected"


def test_denial_with_a_quoted_judgement_and_a_day():
    found = _rows('Moscow said its forces had captured the village of Bilohorivka, a claim the Ukrainian military '
                  'called "propaganda" the same day.')
    assert "Ukrainian military" in set(found["speaker"])
    denial = found[found["speaker"] == "Ukrainian military"].iloc[0]
    assert denial["claim_type"] in ("territory", "progress")


def test_figure_judged_by_a_group():
    found = _rows("Kyiv said Russia had lost 1,300 soldiers in a single day, a figure Western officials believe "
                  "is too high.")
    assert "Western officials" in set(found["speaker"])
    assert len(found) == 2


def test_which_clause_with_said_is_no_denial():
    found = _rows("The mayor said the port had been hit by 30 drones, which officials said was the largest attack "
                  "this year.")
    assert "officials" not in " ".join(found["speaker"])


def test_claim_noun_denied_by_a_passive_agent():
    found = _rows("Gerasimov's claim that his units had reached the river was rejected by the Ukrainian "
                  "General Staff.")
    assert set(found["speaker"]) == {"Valery Gerasimov", "Ukrainian General Staff"}


def test_claim_noun_contradicted_by_a_named_body():
    found = _rows("Russia's defence ministry said on Monday that its troops had entered Kupiansk. The ministry's "
                  "claim that its troops held the railway station was contradicted by the Ukrainian General Staff.")
    assert "Ukrainian General Staff" in set(found["speaker"])
    assert (found["speaker"] == "Russian Defence Ministry").sum() == 2


def test_passive_denial_by_footage_is_no_voice():
    found = _rows("Moscow's claim that its troops held the station was contradicted by satellite images.")
    assert not any("images" in s for s in found["speaker"])


def test_group_with_still_before_say():
    found = _rows("Western officials still say that Russia cannot take Kostiantynivka before the winter.")
    assert len(found) == 1
    assert "officials" in found.iloc[0]["speaker"]


@pytest.mark.parametrize("text, column, value", [
    # an adverb between a speaking group and its verb
    ("Ukrainian commanders now argue that the Russian push was meant to pin down their reserves near Kupiansk.",
     "cue", "argue"),
    # one who received a briefing says nothing by it; his own verb still speaks
    ("The president received a briefing from the army chief and said Russian troops had been pushed back from "
     "Vovchansk.", "cue", "said"),
    # a hyphenated head of an inverted attribution speaks
    ("Russian assault groups are advancing towards Siversk, the Ukrainian army's commander-in-chief said.",
     "speaker", "Oleksandr Syrskyi"),
    ("The ministry said it had sent two brigades and 60 tanks to the Zaporizhzhia front.", "claim_type",
     "mobilisation"),
    ("Zelensky said on Sunday that Ukraine would take back every occupied region.", "claim_type", "territory"),
    # a salvo counted as launched is a strike tally whatever it was aimed at
    ("Ukraine's air force said on Sunday that Russia had launched 18 missiles and 250 drones overnight, most of them "
     "at power plants in the west.", "claim_type", "strikes"),
])
def test_one_claim(text, column, value):
    found = _rows(text)
    assert len(found) == 1
    assert found.iloc[0][column] == value


@pytest.mark.parametrize("text", [
    # goods for civilians sent are aid, no deployment
    "The charity said it had sent 25 tonnes of food and generators to Kherson.",
    # words taken back are no land
    "The spokesman said the minister had taken back his words about the coalition.",
    # a salvo with a toll of people stays a civilian report
    "The governor said Russia had launched 14 drones at the city overnight, injuring five residents.",
    # one who hears reports is kept informed, he reports nothing
    "The defence minister heard reports from the group commanders on the progress of the offensive near Lyman.",
])
def test_no_claim(text):
    assert _rows(text).empty
