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


def test_who_hears_reports_reports_nothing():
    found = _rows("The defence minister heard reports from the group commanders on the progress of the offensive "
                  "near Lyman.")
    assert found.empty


def test_goods_for_civilians_sent_are_no_deployment():
    found = _rows("The charity said it had sent 25 tonnes of food and generators to Kherson.")
    assert found.empty


def test_troops_sent_still_a_deployment():
    found = _rows("The ministry said it had sent two brigades and 60 tanks to the Zaporizhzhia front.")
    assert len(found) == 1
    assert found.iloc[0]["claim_type"] == "mobilisation"


def test_land_taken_back_is_territory():
    found = _rows("Zelensky said on Sunday that Ukraine would take back every occupied region.")
    assert len(found) == 1
    assert found.iloc[0]["claim_type"] == "territory"


def test_words_taken_back_are_no_land():
    found = _rows("The spokesman said the minister had taken back his words about the coalition.")
    assert found.empty


@pytest.mark.parametrize("text, cue", [
    # an adverb between a speaking group and its verb
    ("Ukrainian commanders now argue that the Russian push was meant to pin down their reserves near Kupiansk.",
     "argue"),
    # one who received a briefing says nothing by it; his own verb still speaks
    ("The president received a briefing from the army chief and said Russian troops had been pushed back from "
     "Vovchansk.", "said"),
])
def test_one_claim_with_its_cue(text, cue):
    found = _rows(text)
    assert len(found) == 1
    assert found.iloc[0]["cue"] == cue


def test_salvo_at_energy_sites_is_a_strike_tally():
    found = _rows("Ukraine's air force said on Sunday that Russia had launched 18 missiles and 250 drones overnight, "
                  "most of them at power plants in the west.")
    assert len(found) == 1
    assert found.iloc[0]["claim_type"] == "strikes"


def test_salvo_with_a_civilian_toll_stays_out():
    found = _rows("The governor said Russia had launched 14 drones at the city overnight, injuring five residents.")
    assert found.empty


def test_hyphenated_head_of_an_inverted_attribution_speaks():
    found = _rows("Russian assault groups are advancing towards Siversk, the Ukrainian army's commander-in-chief said.")
    assert len(found) == 1
    assert found.iloc[0]["speaker"] == "Oleksandr Syrskyi"

