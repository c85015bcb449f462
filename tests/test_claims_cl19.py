"""claims.find on the families of round 16 (cl19, issue 11: body and headline claims on tests/gold/heldout6's genres):
sentences written for these tests in a wire, a broadsheet and a local-paper style, not taken from any article."""

from __future__ import annotations

from saidvsdone import claims, corpus


def _article(text, published="2025-03-12", title="Front roundup"):
    return corpus.from_text(title + "\n\n" + text, published=published, title=title)


def _find(text, **kw):
    return claims.find(_article(text, **kw))


def _speakers(text, **kw):
    return sorted(_find(text, **kw)["speaker"])


# --- 1. "citing" a named body: one claim each for the speaker and the body cited ------------------------------------

def test_a_body_cited_at_the_sentences_end_gives_a_second_claim():
    # broadsheet: the envoy said …, citing British defence intelligence
    text = ("Britain's envoy, Clara Whitmore, said Russia had lost about 1,200 soldiers a day in March, citing British "
            "defence intelligence.")
    assert _speakers(text) == ["Clara Whitmore", "UK Defence Intelligence"]


def test_figures_cited_before_the_speaker_give_a_second_claim():
    # wire: "Citing figures from the defence ministry, he said …"
    text = ("Russia's ambassador, Pavel Lunin, spoke after her. Citing figures from Russia's defence ministry, he said "
            "Russian troops had taken more than 40 villages since January.")
    assert _speakers(text) == ["Pavel Lunin", "Russian Defence Ministry"]


def test_citing_something_that_is_no_speaker_adds_no_claim():
    text = ("Marta Koval, a spokeswoman for the southern command, said Ukrainian units had pushed forward near the "
            "river, but declined to give details, citing the safety of the troops.")
    assert _speakers(text) == ["Marta Koval"]


def test_citing_unnamed_sources_inside_a_body_adds_no_claim_for_the_body():
    text = "The governor said Russian troops had taken the village, citing sources in the Ukrainian army."
    assert _speakers(text) == ["governor (unnamed)"]


def test_citing_a_report_by_a_body_gives_the_body_a_claim():
    text = "The governor said Russian troops had taken the village, citing a report by the Russian defence ministry."
    assert _speakers(text) == ["Russian Defence Ministry", "governor (unnamed)"]


def test_a_news_agency_citing_a_ministry_stays_one_claim():
    text = "Russian troops have captured the village of Zoriane, RIA reported on Monday, citing the defence ministry."
    assert len(_find(text)) == 1


# --- 2. nested relay: whoever "told him/her" what a speaker passes on speaks too -------------------------------------

def test_the_people_who_told_a_volunteer_get_their_own_claim():
    # local paper, present tense
    text = ("Mason says the medics he met near Kupiansk last week told him Russian troops had come within about "
            "3 miles of the town.")
    assert _speakers(text) == ["Mason", "medics (unnamed)"]


def test_a_relative_who_told_her_is_the_second_speaker():
    # feature: "he" is the son named in the sentence before
    text = ("Anna Reyes, a nurse in Dayton, has a son serving in the army. She said he had told her by phone that "
            "his battalion had advanced some 10 kilometres since June.")
    assert _speakers(text) == ["Anna Reyes", "son (unnamed)"]


def test_commanders_who_told_a_general_speak_as_well():
    # wire
    text = "The general said the brigade commanders told him on Monday that Russian forces had lost 500 men."
    assert _speakers(text) == ["brigade commanders (unnamed)", "general (unnamed)"]


def test_an_order_told_to_the_speaker_is_no_second_claim():
    text = ("Colonel Dan Roe commands a unit near the town. He said the general told him to withdraw from the village "
            "after Russian troops advanced.")
    assert _speakers(text) == ["Dan Roe"]


def test_a_plain_told_with_no_relay_is_one_claim():
    text = "Peskov told reporters that Russian troops had taken the village."
    assert _speakers(text) == ["Dmitry Peskov"]


# --- 3. what states nothing about the war ----------------------------------------------------------------------------

def test_a_monitoring_mission_is_no_war_goal():
    text = "She said the UN's monitoring mission had recorded more than 9,000 civilian deaths since the invasion."
    assert _find(text).empty


def test_a_mission_of_the_war_is_still_a_goal():
    text = "Putin said the mission of the special military operation had not changed."
    assert _speakers(text) == ["Vladimir Putin"]


def test_an_outlet_unable_to_confirm_states_nothing():
    text = ("Russian troops have entered the village, the governor said. Nordpost was unable to confirm the situation "
            "in the village.")
    assert len(_find(text)) == 1


def test_declining_to_confirm_states_nothing_but_confirming_does():
    assert _find("The Kremlin declined to confirm that its troops had entered the village.").empty
    assert _speakers("The ministry confirmed that its troops had entered the village.") == ["ministry"]


def test_a_delivery_as_quickly_as_possible_is_no_pace_of_the_war():
    assert _find("Scholz said Germany would deliver a further Patriot system as quickly as possible.").empty
    assert _find("The minister said Sweden would send more shells as soon as possible.").empty


def test_a_push_as_fast_as_possible_is_still_a_claim():
    assert len(_find("The commander said his troops would take the town as fast as they could.")) == 1
    assert len(_find("He said Russian forces were advancing quickly.")) == 1


# --- 4. a deck ending on a quoted phrase is a headline ---------------------------------------------------------------

def test_a_deck_ending_on_a_quoted_phrase_gives_headline_claims():
    text = ("Allies pledge more air defence as summit closes\n\n"
            "Rutte says Russia's spring push has won it little ground at great cost, while the Kremlin says the "
            "meeting will not change “the facts on the ground”\n\n"
            "By Ann Lee | May 2, 2025\n\n"
            "LONDON — Allied leaders on Thursday promised more air defence for Ukraine.")
    found = corpus.from_text(text, published="2025-05-02", title="Allies pledge more air defence as summit closes")
    rows = claims.find(found)
    deck = rows[rows["text"].str.startswith("Rutte says")]
    assert len(deck) == 2 and deck["headline"].all()


def test_a_lede_ending_on_a_full_stop_after_its_quote_is_no_deck():
    text = ("Allies pledge more air defence as summit closes\n\n"
            "Russian troops have taken two villages near the river, the defence ministry said on Thursday, calling it "
            "“a decisive step.”\n\n"
            "The ministry gave no figures.")
    rows = claims.find(corpus.from_text(text, published="2025-05-02", title="Allies pledge more air defence"))
    assert not rows[rows["text"].str.startswith("Russian troops")]["headline"].any()


# --- 5. a speaker the layer left open: "One said …", a subject before a long aside -----------------------------------

def test_one_after_a_sentence_about_an_unnamed_group_is_one_of_that_group():
    # broadcaster: the group is the subject of a sentence with no speech verb
    text = ("Western officials, speaking to reporters last week, were more cautious. One said Russian forces still "
            "held around 70 percent of the region.")
    assert _speakers(text) == ["Western official (unnamed)"]


def test_one_after_a_numbered_group_is_one_of_them():
    # wire
    text = "Two Ukrainian commanders were less sure. One said Russian forces had taken the village."
    assert _speakers(text) == ["Ukrainian commander (unnamed)"]


def test_one_with_no_group_before_it_stays_unattributed():
    assert _find("The minister spoke on Monday. One said Russian forces had taken the village.").empty


def test_one_after_a_counted_group_is_one_of_that_group():
    # the speech layer reads "one" as one of the plural group named just before it (sk27)
    found = _find("The minister met two generals on Monday. One said Russian forces had taken the village.")
    assert found["speaker"].tolist() == ["general (unnamed)"]


def test_a_name_before_a_long_participial_aside_speaks():
    # broadsheet: the aside runs past what the speech layer reads
    text = ("President Joe Biden, opening the conference on Monday with a speech that ran longer than planned, said "
            "Russia had lost more than 200,000 soldiers.")
    assert _speakers(text) == ["Joe Biden"]


def test_a_quoted_channel_name_before_a_relative_aside_speaks():
    # exiled-outlet style: a Telegram channel in quote marks
    text = ("The channel Dozor said so. Another channel, \"Vityaz\", which often reflects the views of officers, "
            "claimed that Russian units were within about 8 kilometres of the town.")
    assert "Vityaz" in _speakers(text)


def test_a_place_opening_before_an_aside_is_no_speaker():
    text = ("In Kharkiv, speaking after the strike that hit the station, officials said Russian troops had taken the "
            "village.")
    assert _speakers(text) == ["officials"]


def test_a_unit_moving_forward_a_measured_distance_is_a_claim():
    text = ("Colonel Dan Roe commands a unit near the town. He said his company had moved forward just two kilometres "
            "since early August, most of it on foot.")
    assert _speakers(text) == ["Dan Roe"]


def test_talks_moving_forward_is_no_ground_gained():
    found = _find("The mayor said the repairs had moved forward this week.")
    assert found.empty


# --- 6. headlines: a side's envoy is the body's envoy; a group of channels speaks ------------------------------------

def _page(title, *paragraphs, published="2025-02-24"):
    return claims.find(corpus.from_text("\n\n".join((title,) + paragraphs), published=published, title=title))


def test_a_headline_envoy_of_one_side_is_the_bodys_envoy_of_that_side():
    rows = _page("Ukrainian envoy warns council of new Russian offensive",
                 "By Ann Lee | Published 24 February 2025",
                 "UNITED NATIONS — The Security Council met on Monday.",
                 "Ukraine's envoy, Oksana Dril, told the council that Russian forces had massed 50,000 troops near "
                 "the border for a new offensive.",
                 "Russia's envoy, Pavel Lunin, said Russian troops had taken two more villages.")
    assert rows[rows["headline"]]["speaker"].tolist() == ["Oksana Dril"]


def test_a_headline_envoy_with_two_envoys_of_that_side_keeps_its_label():
    rows = _page("Ukrainian envoy warns council of new Russian offensive",
                 "By Ann Lee | Published 24 February 2025",
                 "UNITED NATIONS — The Security Council met on Monday.",
                 "Ukraine's envoy, Oksana Dril, told the council that Russian forces had massed 50,000 troops near "
                 "the border for a new offensive.",
                 "Ukraine's deputy envoy, Taras Hlib, said Russian forces were preparing a new offensive.")
    assert rows[rows["headline"]]["speaker"].tolist() != ["Taras Hlib"]


def test_a_deck_sentence_of_pro_war_channels_is_a_headline_claim():
    rows = _page("Moscow claims Marinka as bloggers count the cost",
                 "The Defence Ministry says the town fell in a swift assault. Pro-war channels say it took a year and "
                 "three brigades.",
                 "By Anna Petrova | 3 October 2024",
                 "Russia's Defence Ministry announced on Wednesday that its units had fully liberated Marinka.",
                 published="2024-10-03")
    deck = rows[rows["text"].str.startswith("Pro-war channels")]
    assert len(deck) == 1 and deck["headline"].all()


# --- 7. a third party's diplomacy: an appeal to all sides, a council's diary ----------------------------------------

def test_an_appeal_to_all_sides_for_talks_is_no_claim():
    assert _find("Brazil's ambassador, Rui Costa, urged restraint on all sides and called for talks as soon as "
                 "possible.").empty
    assert _find("The pope appealed to both sides to agree a ceasefire.").empty


def test_a_side_ready_for_talks_or_an_appeal_with_a_battlefield_clause_stays():
    assert _speakers("Peskov said Russia was ready for talks with all parties.") == ["Dmitry Peskov"]
    assert len(_find("The envoy urged both sides to negotiate, adding that Russian forces had taken the village.")) == 1


def test_a_text_or_vote_planned_at_the_council_is_no_war_plan():
    assert _find("Diplomats said privately that no new text was planned before the end of the year.").empty
    assert _find("Diplomats said a vote on the resolution was scheduled for Friday.").empty


def test_a_war_plan_stays_a_claim():
    assert len(_find("The ministry said Russian troops planned to take the town before the winter.")) == 1
    assert len(_find("Putin said the operation was going according to plan.")) == 1
