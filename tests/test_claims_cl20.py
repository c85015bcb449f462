"""claims.find on the families of round 17 (cl20, issue 11: body and headline claims on the genres of
tests/gold/heldout7: debates, readouts, briefings, trials, press reviews): sentences written for these tests in a wire,
a broadsheet and a regional-paper style, not taken from any article. Each family has a must-not-change case."""

from __future__ import annotations

from saidvsdone import claims, corpus


def _article(text, published="2025-03-12", title="Front roundup"):
    return corpus.from_text(title + "\n\n" + text, published=published, title=title)


def _find(text, **kw):
    return claims.find(_article(text, **kw))


def _speakers(text, **kw):
    return sorted(_find(text, **kw)["speaker"])


# --- 1. conduct: how prisoners are treated, orders to kill them, intent, blame ---------------------------------------

def test_an_order_to_take_no_prisoners_is_conduct_not_a_claim():
    # wire
    assert _find("Lieutenant Hryhoriy Pavlenko said the battalion had been ordered to take no prisoners.").empty


def test_a_headline_on_an_order_to_take_no_prisoners_is_no_claim():
    title = "Deserter tells Kharkiv court his platoon was ordered to take no prisoners"
    found = _find("The hearing resumes on Monday.", title=title)
    assert not found["headline"].any()


def test_taking_prisoners_stays_a_loss():
    assert _speakers("The brigade said its soldiers had taken 30 Russian troops prisoner near Torske.") == [
        "brigade (unnamed)"] or len(_find("The brigade said its soldiers had taken 30 Russian troops prisoner near "
                                          "Torske.")) == 1


def test_the_treatment_of_prisoners_is_conduct():
    # broadsheet
    text = "Kyiv has repeatedly said that its army treats captured soldiers and prisoners under the Geneva Conventions."
    assert _find(text).empty


def test_premeditation_in_a_trial_is_conduct():
    # regional paper, court report
    assert _find("The corporal has admitted firing at the car but says the killing was not premeditated.").empty


def test_blame_for_a_flood_is_conduct():
    assert _find("The ministry said Ukrainian shelling was to blame for the flooding downstream.").empty


# --- 2. diplomacy: another region, appeals to all parties, slogans, de-escalation ------------------------------------

def test_another_region_discussed_in_a_readout_is_no_claim():
    assert _find("The two presidents also discussed the situation in the Middle East, the statement said.").empty


def test_the_situation_at_the_front_still_counts():
    assert len(_find("Dmitry Peskov said the situation in Donbas remained difficult for the Ukrainian army.")) == 1


def test_a_third_partys_hope_for_talks_of_all_parties_is_no_claim():
    # wire: a foreign ministry briefing
    text = "India hopes both sides will return to dialogue and talks, the foreign ministry spokesman, Arun Mehta, said."
    assert _find(text).empty


def test_a_peace_slogan_is_no_settlement_stance():
    text = "Asked about arms supplies, the spokeswoman said Beijing \"has always stood on the side of peace\" and would not arm either party."
    assert _find(text).empty


def test_an_appeal_to_calm_the_situation_is_no_front_situation():
    text = ("Ivan Duarte, an analyst at a Lisbon institute, told the agency that the world should help calm down the "
            "situation rather than add fuel to the fire.")
    assert _find(text).empty


def test_a_war_settlement_stance_stays():
    text = "Lavrov said Moscow was ready for talks only if Kyiv accepted the loss of the four regions."
    assert len(_find(text)) == 1


# --- 3. aid: training stages of tank crews, support for deliveries ---------------------------------------------------

def test_a_training_stage_is_no_stage_of_the_war():
    # broadsheet, defence correspondent
    text = ("The minister confirmed that the first ten tanks would reach Ukraine in April and that their crews "
            "had completed the first stage of their training in Poland.")
    assert _find(text).empty


def test_a_stage_of_the_offensive_stays_a_claim():
    text = "The minister said the first stage of the Russian offensive had been completed."
    assert len(_find(text)) == 1


def test_backing_a_delivery_is_aid_politics():
    assert _find("The opposition leader, Karen Walsh, said her party backed the delivery of the jets.").empty


# --- 4. questions put and confirmations asked for state nothing ------------------------------------------------------

def test_a_request_to_confirm_reports_is_no_claim():
    # a parliament's write-up
    text = "For the Liberal Democrats, Owen Pryce asked the minister to confirm reports that Russian forces had taken Kurakhove."
    assert _find(text).empty


def test_a_question_after_a_statement_adds_nothing_to_it():
    text = ("Senator Ruth Blake said she backed the delivery of the tanks and asked whether the Pentagon knew how many "
            "Russian reservists were already at the front.")
    assert _find(text).empty


def test_an_answer_after_a_question_is_a_claim():
    # wire: the participle opening the sentence, the answer a statement
    text = "Asked whether the town had fallen, General Oleh Marchenko said his troops still held its western districts."
    assert len(_find(text)) == 1


def test_a_statement_beside_a_question_stays():
    text = ("Senator Ruth Blake said Russian troops had taken three villages near Pokrovsk and asked whether the "
            "Pentagon had known.")
    assert len(_find(text)) == 1


# --- 5. who the speaker is, after a quote -----------------------------------------------------------------------------

def test_a_relative_clause_describing_the_speaker_is_no_content():
    # obituary / feature style
    text = "\"He always went first,\" said Ivan Petrenko, who now flies reconnaissance drones for the 47th Brigade."
    assert _find(text).empty


def test_a_relative_clause_with_its_own_statement_stays():
    text = "\"We held,\" said Ivan Petrenko, who added that Russian troops had lost 200 men near the village."
    assert len(_find(text)) == 1


# --- 6. a directive with a bare pronoun object reports nothing -------------------------------------------------------

def test_a_general_who_ordered_them_says_nothing():
    text = ("Backbenchers also raised the trenches Russia has dug along the river, known as the \"Zvezda line\" after "
            "the general who ordered them.")
    assert _find(text).empty


def test_a_directive_with_its_infinitive_stays_a_claim():
    assert len(_find("Putin ordered the troops to press forward towards Kupiansk.")) == 1


# --- 7. a war-long tally of weapons beside civilian targets ----------------------------------------------------------

def test_a_war_long_missile_tally_is_a_claim_despite_grid_targets():
    text = ("The defence secretary spoke next. He added that Russia had launched more than 9,000 drones at Ukraine "
            "since the full-scale invasion began, many of them at the power grid.")
    assert len(_find(text)) == 1


def test_a_nights_damage_to_the_grid_stays_out():
    text = "The governor said Russian drones had hit the power grid overnight, damaging several homes."
    assert _find(text).empty


# --- 8. the occasion of a statement ("in a telephone call on Monday that") -----------------------------------------

def test_a_call_named_as_the_occasion_leaves_the_settlement_stance_a_claim():
    # readout rewrite, wire
    text = ("Russian President Vladimir Putin told French President Emmanuel Macron in a telephone call on Monday that "
            "any settlement would have to recognise the annexed regions, the Kremlin said.")
    assert "Vladimir Putin" in _speakers(text)


def test_a_call_reported_as_a_meeting_stays_out():
    assert _find("The two ministers discussed air defence in a telephone call, the ministry said.").empty


# --- 9. places: a river's left bank, a strongpoint held ---------------------------------------------------------------

def test_the_left_bank_as_a_place_is_no_withdrawal():
    assert _find("Kommersant reports that about 1,500 residents have been moved from the flooded left bank.").empty


def test_leaving_a_bank_is_still_a_withdrawal():
    assert len(_find("The command said its troops had left the east bank of the river.")) == 1


def test_a_strongpoint_held_is_ground():
    # regional paper
    text = "His company commander told the Gazette on Thursday that the platoon had held a strongpoint for 19 days."
    assert len(_find(text)) == 1


# --- 10. headline decks: a secretary of state, newspapers as a speaking group -------------------------------------------

def _deck(deck, body, title="Commons backs the jets"):
    article = corpus.from_text(title + "\n\n" + deck + "\n\n" + body, published="2024-05-09", title=title)
    return claims.find(article)


def test_a_secretary_in_a_deck_is_the_bodys_secretary():
    found = _deck("Foreign secretary says Russia's spring offensive has stalled near Kharkiv",
                  "The foreign secretary, Alan Brough, told MPs on Wednesday that the Russian offensive had stalled.")
    heads = found[found["headline"]]
    assert list(heads["speaker"]) == ["Alan Brough"]


def test_dailies_as_a_deck_subject_give_a_headline_claim():
    found = _deck("Moscow dailies say the Ukrainian offensive has stalled in the south",
                  "Izvestia writes that Ukrainian troops have advanced no more than a kilometre.", title="The papers")
    assert found["headline"].any()


def test_a_deck_with_no_speaking_subject_stays_out():
    found = _deck("Secretary of the ruling party steps down after a week of rows",
                  "The foreign secretary, Alan Brough, told MPs on Wednesday that the Russian offensive had stalled.")
    assert not found["headline"].any()


# --- 11. a named speaker's statement relayed by another: one claim each (nested attribution) -------------------------

def test_a_spokesman_relaying_what_his_leader_urged_gives_two_claims():
    # wire rewrite of a government statement
    text = ("In Paris, a government spokeswoman, Claire Dumas, said in a statement on Saturday that Macron had condemned "
            "the strikes and urged Putin to withdraw his troops from the occupied regions.")
    assert _speakers(text) == ["Claire Dumas", "Emmanuel Macron"]


def test_an_estimate_put_by_a_body_inside_a_reply_gives_two_claims():
    # parliamentary write-up
    text = "The minister replied that British defence intelligence put Russian losses at about 1,000 soldiers a day."
    assert "UK Defence Intelligence" in _speakers(text) and len(_find(text)) == 2


def test_a_belief_inside_a_statement_stays_one_claim():
    text = "Dmitry Peskov said that Putin believed the offensive was going according to plan."
    assert _speakers(text) == ["Dmitry Peskov"]


def test_a_country_inside_a_statement_is_no_second_speaker():
    text = "Zelensky said Russia had lost more than 1,000 soldiers near Pokrovsk over the past day."
    assert len(_find(text)) == 1


def test_what_a_leader_believes_inside_officials_words_stays_theirs():
    text = "US officials concede that Mr Putin believes Russian troops can take Pokrovsk by the summer."
    assert len(_find(text)) == 1


def test_the_left_bank_before_a_count_of_flooded_villages_is_no_withdrawal():
    text = ("The agency reports that about 900 residents have been moved from the flooded left bank and that 12 villages "
            "remain under water.")
    assert _find(text).empty


def test_leaving_a_village_on_the_left_bank_is_still_a_withdrawal():
    assert len(_find("The general said his troops had left the village on the left bank.")) == 1


# --- 12. an operation named as the closing time of a conduct allegation -----------------------------------------------

def test_an_order_to_take_no_prisoners_during_an_assault_is_conduct():
    # court report, regional paper
    text = ("A Russian private accused of killing a wounded Ukrainian soldier told the court on Tuesday that his "
            "sergeant had ordered the platoon to \"take no prisoners\" during the assault.")
    assert _find(text).empty


def test_losses_during_an_assault_stay_a_claim():
    assert len(_find("The colonel said 40 Russian soldiers had been killed during the assault.")) == 1


# --- 13. a title's institution relaying its own chief ("…, Kremlin says") -------------------------------------------

def _titled(title, body):
    return claims.find(corpus.from_text(title + "\n\n" + body, published="2024-05-09", title=title))


def test_a_readout_tail_in_a_title_leaves_the_chief_the_one_speaker():
    found = _titled("Putin tells Macron any settlement must recognise 'new realities', Kremlin says",
                    "Vladimir Putin told Emmanuel Macron in a telephone call on Wednesday that any settlement would "
                    "have to recognise the new realities on the ground, according to the Kremlin's readout.")
    assert list(found[found["headline"]]["speaker"]) == ["Vladimir Putin"]


def test_an_institution_with_its_own_clause_in_a_title_keeps_its_claim():
    found = _titled("Putin vows victory in Donbas as Kremlin says talks with Kyiv are off",
                    "Putin said on Friday Russia would win in Donbas. The Kremlin said talks with Kyiv were off.")
    assert sorted(found[found["headline"]]["speaker"]) == ["Kremlin", "Vladimir Putin"]


# --- 14. a publishing participle describing a text -------------------------------------------------------------------

def test_a_text_posted_on_a_website_is_described_not_speaking():
    # wire rewrite of a readout
    text = ("The ministry's text, posted on Telegram at 21:10, ran to 150 words and referred only to what Moscow calls "
            "its \"special military operation\".")
    assert _find(text).empty


def test_a_body_that_posted_its_claim_still_speaks():
    assert len(_find("The defence ministry posted a video on Telegram and said its troops had taken the village.")) == 1
