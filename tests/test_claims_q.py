"""claims.find on the families cl9 left open (round 10, issue 11: tests/gold/stress/blind13): sentences written for
these tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _find(text, published="2025-03-12"):
    return claims.find(corpus.from_text("Front roundup\n\n" + text, published=published, title="Front roundup"))


def _row(table, start):
    rows = table[table["text"].str.startswith(start)]
    assert len(rows) == 1, table[["speaker", "text"]].values.tolist()
    return rows.iloc[0]


# --- 1. any word between a possessive and its statement noun ----------------------------------------------------------

@pytest.mark.parametrize("word", ["evening", "morning", "weekly", "usual evening"])
def test_a_possessive_statement_noun_needs_no_listed_modifier(word):
    found = _find("The Ukrainian General Staff issued figures on Tuesday. Its " + word + " bulletin said Russian troops "
                  "had made 40 assaults near Pokrovsk.")
    assert _row(found, "Its ")["speaker"] == "Ukrainian General Staff"


def test_a_participle_after_a_plural_subject_still_drops():
    # "soldiers holding the line said": the participle is no part of the speaker's label (must not change)
    found = _find("Ukrainian soldiers holding the line near Pokrovsk said Russian troops had made 40 assaults there.")
    assert _row(found, "Ukrainian soldiers")["speaker_as_written"].lower() == "ukrainian soldiers"


# --- 5. "X, who had warned on Monday that …, said on Thursday …": the main verb's subject and day ----------------------

def test_the_main_verb_after_a_relative_aside_gives_cue_and_day():
    found = _find("Oleksandr Syrskyi, who had warned on Monday that the enemy was massing near Kupiansk, said on "
                  "Thursday that the line had held.", published="2025-03-14")
    row = _row(found, "Oleksandr Syrskyi, who")
    assert (row["speaker"], row["cue"], str(row["statement_date"].date())) == ("Oleksandr Syrskyi", "said", "2025-03-13")


def test_an_aside_without_a_statement_keeps_its_day():
    # "who spoke to reporters on Monday": the occasion of the words, no statement of its own (must not change)
    found = _find("Oleksandr Syrskyi, who spoke to reporters on Monday, said the line near Kupiansk had held.",
                  published="2025-03-14")
    assert str(_row(found, "Oleksandr Syrskyi")["statement_date"].date()) == "2025-03-10"


# --- 2. "it said" inside a "whose …" clause, beside a claim noun's owner ------------------------------------------------

def test_it_inside_a_whose_clause_is_the_body_it_hangs_on_and_the_noun_owner_speaks_too():
    found = _find("Oleksandr Syrskyi said on Friday that supplies were still getting through.\n\nHis denial that the "
                  "town had been cut off was echoed by the General Staff, whose morning report listed 30 attacks, all "
                  "of which, it said, had been repelled.")
    rows = found[found["text"].str.startswith("His denial")]
    assert sorted(rows["speaker"]) == ["Oleksandr Syrskyi", "Ukrainian General Staff"]


def test_it_without_a_whose_clause_is_read_as_before():
    # no "whose": "it" is not taken from a body named in the sentence (must not change)
    found = _find("The General Staff said on Friday that 30 attacks had been repelled. Russian troops, it said, had not "
                  "reached Kupiansk.")
    assert _row(found, "Russian troops, it said")["speaker"] == "Ukrainian General Staff"


# --- 3. an unnamed group's long-held view in the reporter's narration --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Military analysts have long argued that the fight for Avdiivka is about attrition rather than ground.",
    "The front has barely moved since spring, and Ukrainian officers have long described the line near Pokrovsk as "
    "the backbone of the defence.",
])
def test_an_unnamed_groups_long_held_view_is_narration(text):
    assert _find(text).empty


@pytest.mark.parametrize("text, speaker", [
    # the group on one occasion (must not change)
    ("Military analysts said on Tuesday that Russian troops had advanced near Pokrovsk.", "military analysts"),
    # a named speaker's long-held claim (must not change)
    ("Vladimir Putin has long claimed that his troops would take all of the Donetsk region.", "Vladimir Putin"),
])
def test_a_group_on_one_occasion_and_a_named_speakers_view_stay_claims(text, speaker):
    assert list(_find(text)["speaker"]) == [speaker]


# --- 4. a headline with two sides: a plural group's base-form verb ------------------------------------------------------

def _headline_speakers(title, body):
    found = claims.find(corpus.from_text(title + "\n\n" + body, published="2025-03-14", title=title))
    return sorted(found[found["headline"]]["speaker"])


_TWO_SIDES_BODY = ("Russian commanders said on Monday that their troops would take Pokrovsk by the spring. Ukraine's "
                   "military said on Tuesday that the claim was a fantasy and that its troops were holding the town.")


@pytest.mark.parametrize("title", [
    "Moscow's generals promise Pokrovsk by spring; Kyiv calls it fantasy",  # no war word: the body's topic
    "Russian generals vow to capture Pokrovsk by spring; Kyiv calls it fantasy",
])
def test_both_halves_of_a_two_sided_headline_are_claims_of_their_side(title):
    assert _headline_speakers(title, _TWO_SIDES_BODY) == ["Russian commanders", "Ukrainian military"]


def test_a_singular_headline_verb_is_read_as_before():
    # "-s" forms after one subject (must not change)
    body = ("The Russian defence ministry said on Monday that its troops had taken Toretsk. The Ukrainian General "
            "Staff said on Tuesday that fighting in the town went on.")
    assert _headline_speakers("Russia says it has taken Toretsk; Ukraine says fighting goes on", body) == [
        "Russian Defence Ministry", "Ukrainian General Staff"]


def test_a_plural_group_of_one_side_is_not_the_other_sides_body_speaker():
    # the body opens with the other side: the headline's group is not resolved to it
    body = ("Ukraine's military said on Tuesday that its troops had advanced 10 kilometres near Kherson. Vitaly Orlov, a "
            "deputy head of the Russian-installed administration, said on Wednesday that Russian forces had pulled back "
            "to new lines.")
    speakers = _headline_speakers("Russian-installed officials admit retreat as Kyiv pushes south", body)
    assert "Ukrainian military" not in speakers


# --- cl11 (round 10, issue 11: tests/gold/stress/blind14, batch q): headline subjects resolved to the body -------------

def _headline_rows(title, body, deck=""):
    text = title + "\n\n" + (deck + "\n\n" if deck else "") + body
    found = claims.find(corpus.from_text(text, published="2025-03-14", title=title))
    return found[found["headline"]]


_ARMY_BODY = ("KYIV, March 13 - The Ukrainian army said on Thursday that its units had crossed into the Belgorod region. "
              "Russia's Defence Ministry said later on Thursday that its forces had repelled the attack and destroyed 20 "
              "armoured vehicles.\n\nValery Gerasimov, the chief of the General Staff, told Vladimir Putin on Thursday "
              "evening that the enemy had been thrown back across the border.")


def test_a_sides_army_in_a_title_is_the_body_speaker_who_states_it():
    # "Russian army" is an office of its chief in the tables; the title sums up the ministry's words, not his
    rows = _headline_rows("Russian army says it repelled Ukrainian attack in Belgorod region", _ARMY_BODY)
    assert list(rows["speaker"]) == ["Russian Defence Ministry"]


def test_a_sides_army_in_a_title_keeps_the_chief_when_he_states_it():
    # (must not change) the chief's own words summed up: his claim
    rows = _headline_rows("Russian army says enemy thrown back across border", _ARMY_BODY)
    assert list(rows["speaker"]) == ["Valery Gerasimov"]


_GROUP_BODY = ("The Russian defence ministry said on Wednesday that its troops had cut the road into the town and taken "
               "two villages. Colonel Petro Halushko, whose brigade holds the town's western edge, said on Wednesday "
               "that supplies were still getting through at night.")


def test_a_sides_plural_group_in_a_deck_is_the_body_speaker_of_that_side():
    rows = _headline_rows("Battle for Marinka enters a new phase", _GROUP_BODY,
                          deck="Russian officials say troops have cut the road into the town")
    assert list(rows["speaker"]) == ["Russian Defence Ministry"]


def test_a_plural_group_that_speaks_in_the_body_keeps_its_label():
    # (must not change) "Russian officials said …" in the body: the headline's group is that group
    body = ("Russian officials said on Wednesday that their troops had cut the road into the town. " + _GROUP_BODY)
    rows = _headline_rows("Battle for Marinka enters a new phase", body,
                          deck="Russian officials say troops have cut the road into the town")
    assert list(rows["speaker"]) == ["Russian officials"]


def test_a_decks_role_noun_after_the_article_is_not_a_titled_institution():
    # "The president says …": "The" is no head word of "The Ukrainian monitoring group DeepState"
    body = ("Ukraine's troops have retaken two villages, President Volodymyr Zelensky said on Thursday. The Ukrainian "
            "monitoring group DeepState said on Thursday that Russian troops had left one of the villages.")
    rows = _headline_rows("Zelensky says Russian push has failed", body,
                          deck="The president says Ukrainian troops have retaken two villages")
    assert set(rows["speaker"]) == {"Volodymyr Zelensky"}


# --- cl11: body families of batch q ------------------------------------------------------------------------------------

def test_a_weekday_before_an_assessment_dates_it():
    found = _find("The Institute for the Study of War said in its Monday assessment that Russian troops would need two "
                  "years to take the region.", published="2025-06-03")
    assert str(_row(found, "The Institute")["statement_date"].date()) == "2025-06-02"


def test_the_assessment_goes_on_for_whoever_issued_it():
    found = _find("The UK Ministry of Defence said in its update on Tuesday that Russian losses had risen. The "
                  "assessment added that Russian forces had gained about 400 square kilometres in May.",
                  published="2025-06-03")
    assert _row(found, "The assessment")["speaker"] == "UK Defence Intelligence"


@pytest.mark.parametrize("aside", ["In its view", "In the institute's view"])
def test_an_institutes_view_goes_on(aside):
    found = _find("The Institute for the Study of War assessed on Monday that Russian troops would attack the town from "
                  "two sides.\n\n" + aside + ", the fighting near the village was a preparatory step.",
                  published="2025-06-03")
    assert _row(found, aside)["speaker"] == "Institute for the Study of War (ISW)"


def test_its_view_with_no_speaker_before_stays_out():
    # (must not change) nobody spoke before: the aside has no one to go on for
    found = _find("The ministry published its figures on Monday. In its view, the front was stable.")
    assert found.empty


def test_the_publisher_of_a_video_of_anothers_words_is_no_second_speaker():
    found = _find("Valery Gerasimov told Vladimir Putin on Friday that the Ukrainian units had been thrown back across "
                  "the border, according to a video released by the Kremlin.", published="2025-05-31")
    assert list(found["speaker"]) == ["Valery Gerasimov"]


def test_a_video_alone_in_its_sentence_still_speaks():
    # (must not change) no other voice: the publisher is the source
    found = _find("Russian troops had been pushed out of the village, according to a video released by the Kremlin.")
    assert list(found["speaker"]) == ["Kremlin"]


def test_a_statement_from_his_press_service_is_his():
    found = _find("Oleksandr Syrskyi expects the fighting in the north to settle into small attacks, according to a "
                  "statement from his press service.")
    assert list(found["speaker"]) == ["Oleksandr Syrskyi"]


def test_a_subordinator_is_no_part_of_a_groups_label():
    found = _find("The Pentagon has not published an estimate since the spring, when officials said more than 700,000 "
                  "Russian soldiers had been killed or wounded.")
    assert not found["speaker"].str.startswith("when").any()


def test_he_said_inside_a_sentence_an_unnamed_person_opens():
    found = _find("One European defence official put the problem bluntly: Ukraine could hold the city, he said, but "
                  "only by weakening the front elsewhere.")
    assert list(found["speaker"]) == ["European defence official (unnamed)"]


def test_an_aside_after_an_aside_goes_on_for_the_same_voice():
    found = _find("Syrskyi said on Monday that Russian troops had been stopped near Pokrovsk.\n\nIn the general's view, "
                  "Russia's main effort over the winter would stay in the Donetsk region.\n\nHis forecast is that Moscow "
                  "will try to reach the border of the region by the spring.", published="2025-06-03")
    assert _row(found, "His forecast")["speaker"] == "Oleksandr Syrskyi"


def test_a_named_speakers_answer_is_a_claim_noun():
    found = _find("Syrskyi said on Monday that the line had held. Syrskyi's answer is that drones now account for most "
                  "Russian losses.")
    assert _row(found, "Syrskyi's answer")["speaker"] == "Oleksandr Syrskyi"


def test_an_answer_with_no_owner_is_no_claim():
    # (must not change) the reporter's own "The answer is that …"
    assert _find("The answer is that nobody knows whether the town will hold.").empty


def test_a_sides_main_effort_is_a_war_topic():
    found = _find("Syrskyi said on Monday that the line had held. He predicted that Russia would shift its main effort "
                  "back to the Donetsk region once the rains began.")
    assert len(_row(found, "He predicted")) > 0


def test_in_the_assessment_of_attributes_at_the_end():
    found = _find("Russian forces are unlikely to reach Orikhiv this year, in the assessment of the Institute for the "
                  "Study of War, because they lack artillery.")
    assert list(found["speaker"]) == ["Institute for the Study of War (ISW)"]


def test_the_generals_claim_is_the_general_who_spoke_before():
    found = _find("Valery Gerasimov said on Friday that Russian troops held the initiative.\n\nThe general's claim that "
                  "Russian troops would reach the town within weeks has not been borne out.", published="2025-05-31")
    assert _row(found, "The general's")["speaker"] == "Valery Gerasimov"


def test_the_generals_claim_after_someone_of_another_office_stays_unnamed():
    # (must not change) the Kremlin's spokesman is no general
    found = _find("Dmitry Peskov said on Friday that Russian troops held the initiative.\n\nThe general's claim that "
                  "Russian troops would reach the town within weeks has not been borne out.", published="2025-05-31")
    assert _row(found, "The general's")["speaker"] != "Dmitry Peskov"


def test_the_ministrys_claim_beside_another_voice_is_the_ministrys_too():
    found = _find("Russia's Defence Ministry said on Tuesday that its forces had captured the village.\n\nThe ministry's "
                  "claim that the village had fallen came a day after Russian military bloggers reported fighting in its "
                  "streets.")
    assert sorted(found[found["text"].str.startswith("The ministry's")]["speaker"]) == [
        "Russian Defence Ministry", "Russian military bloggers"]


def test_an_order_in_force_is_no_army():
    assert _find("The governor told residents on Tuesday that the evacuation order for their villages remained in force.").empty


def test_attacking_in_force_stays_a_claim():
    # (must not change) the army's "in force"
    assert len(_find("The commander said on Tuesday that the enemy had attacked in force near the town.")) == 1


def test_what_in_a_relative_clause_before_said_on_a_day_is_no_topic_frame():
    found = _find("Ukraine's General Staff, which publishes a daily tally of what it calls enemy losses, said on Tuesday "
                  "that more than 37,000 Russian soldiers had been killed or wounded in May.")
    assert list(found["speaker"]) == ["Ukrainian General Staff"]


def test_what_before_said_on_a_topic_stays_out():
    # (must not change) "what … said on the matter": a topic, no statement
    assert _find("Asked what the offensive had achieved, Peskov said on the matter that it was going to plan.").empty


def test_the_second_half_of_a_two_sided_deck_is_the_body_speaker_of_its_side():
    # "…, but Ukrainian commanders insist …" over a body whose first speaker is Russia's: the Ukrainian colonel who
    # says it (a civilian word beside his front-line words, "under drone fire", leaves his statement a claim)
    body = ("The Russian defence ministry said on Wednesday that its troops had cut the road into the town. Colonel "
            "Petro Halushko, whose brigade holds the town's western edge, said on Wednesday that supply convoys were "
            "still getting through at night, although drivers had to cover the last miles under drone fire.")
    rows = _headline_rows("Battle for Marinka enters a new phase", body,
                          deck="Russian officials say troops have cut the road, but Ukrainian commanders insist "
                               "supplies are still getting through")
    assert sorted(rows["speaker"]) == ["Petro Halushko", "Russian Defence Ministry"]


def test_a_sides_conditions_in_force_stay_a_claim():
    # (must not change) "Moscow's conditions … remained in force": no rule of a governor
    found = _find("Peskov declined to comment on the timing of talks, saying only that Moscow's conditions remained in "
                  "force.")
    assert list(found["speaker"]) == ["Dmitry Peskov"]


def test_a_sides_bloggers_in_a_deck_are_no_office_of_that_side():
    # (must not change) "Russian bloggers say …": no side_voice word of speech_words.csv, not the ministry
    rows = _headline_rows("Battle for Marinka enters a new phase", _GROUP_BODY,
                          deck="Russian bloggers say troops have cut the road into the town")
    assert "Russian Defence Ministry" not in set(rows["speaker"])


def test_a_side_voice_row_of_your_own_is_read(own_words):
    # a word added to speech_words.csv as side_voice (here "spokesmen") resolves as "officials" does
    deck = "Russian spokesmen say troops have cut the road into the town"
    assert "Russian Defence Ministry" not in set(_headline_rows("Battle for Marinka", _GROUP_BODY, deck=deck)["speaker"])
    own_words("spokesmen,side_voice,\nspokesmen,plural_voice,\n")
    assert list(_headline_rows("Battle for Marinka", _GROUP_BODY, deck=deck)["speaker"]) == ["Russian Defence Ministry"]
