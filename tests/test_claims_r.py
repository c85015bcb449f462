"""claims.find on the families round 10's first wave left open (round 10 follow-up, cl12, issue 11:
tests/gold/stress/blind13, blind14): sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _find(text, published="2025-03-12", title="Front roundup"):
    return claims.find(corpus.from_text(title + "\n\n" + text, published=published, title=title))


def _texts(table):
    return [t for t in table["text"]]


def _row(table, start):
    rows = table[table["text"].str.startswith(start)]
    assert len(rows) == 1, table[["speaker", "text"]].values.tolist()
    return rows.iloc[0]


# --- 1. an unnamed group describing or complaining with a bare object: narration, no statement ------------------------

@pytest.mark.parametrize("sentence", [
    "Soldiers who have come back from the front describe trenches full of water and shells falling day and night.",
    "Infantrymen in the east describe nights spent in flooded dugouts.",
    "Several units have complained publicly about rotations that never come.",
    "Several units have complained about the rotation of troops.",
])
def test_a_group_with_a_bare_object_is_narration(sentence):
    found = _find("The infantry is short of men near Pokrovsk. " + sentence)
    assert not any(t.startswith(sentence[:30]) for t in _texts(found)), found[["speaker", "text"]].values.tolist()


@pytest.mark.parametrize("sentence, speaker", [
    # a content clause after the cue, or a voice that speaks as a group (must not change)
    ("Ukrainian officers have complained that the shells never arrived at the front.", "Ukrainian officers"),
    ("Russian military bloggers describe a slow grind in which villages change hands for weeks.",
     "Russian military bloggers"),
])
def test_a_clause_or_a_voice_still_states(sentence, speaker):
    found = _find("The infantry is short of men near Pokrovsk. " + sentence)
    assert _row(found, sentence[:20])["speaker"] == speaker


# --- 2. a count of places beside civilian damage is where the damage was, not ground taken -------------------------------

@pytest.mark.parametrize("sentence", [
    "Local authorities in the Kursk region said a drone had hit a power substation, cutting electricity to several "
    "villages.",
    "Local officials said they had ordered families with children to leave several villages.",
])
def test_counted_places_beside_civilian_damage_are_no_territory(sentence):
    found = _find("The front is quiet. " + sentence)
    assert not any(t.startswith(sentence[:25]) for t in _texts(found)), found[["speaker", "text"]].values.tolist()


@pytest.mark.parametrize("sentence", [
    # a count of places with no civilian word, or ground taken beside the damage, is still a claim (must not change)
    "The ministry said its troops had taken several villages near the town.",
    "The governor said shelling had damaged homes in the town as Russian troops captured two villages nearby.",
    "Russian officials said Moscow had gained two more villages.",
])
def test_counted_places_taken_stay_claims(sentence):
    found = _find("The front is quiet. " + sentence)
    assert sentence[:25] in [t[:25] for t in _texts(found)], found[["speaker", "text"]].values.tolist()


def test_a_comparative_as_is_no_complement():
    # "outgunned by as much as six to one": "as much as" is a comparative, not "describe … as …"
    sentence = "Soldiers in the east have described being outgunned by as much as six to one."
    found = _find("The infantry is short of men near Pokrovsk. " + sentence)
    assert not any(t.startswith(sentence[:30]) for t in _texts(found)), found[["speaker", "text"]].values.tolist()


# --- 3. "thanked X for Y and said …": what the thanks are for is no content of the statement ----------------------------

def test_thanks_then_a_statement_with_no_war_content():
    sentence = ("Volodymyr Zelensky, speaking in Kyiv after talks with the Belgian prime minister, thanked Belgium for "
                "a new package of air defence systems and said he hoped for more support at the summit.")
    found = _find("The front is quiet. " + sentence)
    assert not any(t.startswith(sentence[:30]) for t in _texts(found)), found[["speaker", "text"]].values.tolist()


@pytest.mark.parametrize("sentence", [
    # the coordinated statement has war content of its own (must not change)
    "Zelensky thanked the troops for holding Bakhmut and said the city would not fall.",
    "Zelensky praised the air defence crews and said they had shot down 40 drones overnight.",
])
def test_thanks_then_a_war_statement_stays(sentence):
    found = _find("The front is quiet. " + sentence)
    assert _row(found, sentence[:25])["speaker"] == "Volodymyr Zelensky"


# --- 4. an unnamed group speaking in a clause of its own ("…, a week after officials said …", "…, but officials said")

@pytest.mark.parametrize("joint", ["a week after", "two days after", "but", "while"])
def test_an_unnamed_group_in_a_clause_of_its_own_speaks(joint):
    found = _find("The front is quiet. The Ukrainian army said on Friday that its units were fighting near the village "
                  "of Hlynka, " + joint + " Russian officials said the border there had been fully secured.")
    assert sorted(found["speaker"]) == ["Russian officials", "Ukrainian military"]
    assert set(found["speaker_as_written"]) >= {"Russian officials"}


def test_a_group_inside_the_reported_words_is_no_second_voice():
    # "Putin said … officials had …": the officials stand inside Putin's words, no clause of their own (must not change)
    found = _find("The front is quiet. Vladimir Putin said Russian officials had reported that the troops reached "
                  "Kupiansk.")
    assert list(found["speaker"]) == ["Vladimir Putin"]


# --- 5. a plural group before ", who warn that …" speaks ---------------------------------------------------------------

def test_a_plural_group_before_who_speaks():
    found = _find("The general is hopeful. His view is more hopeful than that of Western officials, who warn that "
                  "Ukraine's infantry shortage is getting worse.")
    row = _row(found, "His view")
    assert row["speaker"] == "Western officials" and row["speaker_as_written"] == "Western officials"


def test_a_named_person_before_who_still_speaks():
    # the antecedent named before ", who said" (must not change)
    found = _find("The front is quiet. Valery Gerasimov briefed Vladimir Putin, who said the troops must take "
                  "Kupiansk before winter.")
    assert list(found["speaker"]) == ["Vladimir Putin"]


def test_a_week_after_gives_the_second_voice_no_day():
    # "a week after X said": an earlier occasion the article does not date; "a day after" still counts back one day
    found = _find("The front is quiet. The Ukrainian army said on Friday that its units were fighting near the village "
                  "of Hlynka, a week after Russian officials said the border there had been fully secured. Putin said "
                  "on Friday that the troops had taken Kupiansk, a day after Gerasimov said the town was surrounded.",
                  published="2025-08-30")
    days = {k: (None if v != v or v is None else str(v)[:10]) for k, v in zip(found["speaker"], found["statement_date"])}
    assert days == {"Russian officials": None, "Ukrainian military": "2025-08-29", "Valery Gerasimov": "2025-08-28",
                    "Vladimir Putin": "2025-08-29"}


# --- 6. a capitalised adjective before a group of people is nobody's name ----------------------------------------------

def test_an_adjective_before_researchers_is_no_name():
    found = _find("The war goes on. Independent researchers, working from obituaries and court records, have "
                  "confirmed the names of more than 90,000 Russian soldiers killed since 2022.")
    assert "Independent" not in set(found["speaker"]), found[["speaker", "text"]].values.tolist()


def test_a_named_outlet_that_confirms_still_speaks():
    # a one-word name before its aside and verb is still the speaker (must not change)
    found = _find("The war goes on. Mediazona, working from obituaries, has confirmed the names of more than 90,000 "
                  "Russian soldiers killed since 2022.")
    assert list(found["speaker"]) == ["Mediazona"]


# --- 7. a priest, a nurse, a farmer bear witness (claim_words.csv witness) -----------------------------------------------

def test_a_priest_bears_witness_to_shelling():
    found = _find("The town is under fire. In Myrnohrad, a priest who has stayed to run a soup kitchen said the "
                  "shelling was now constant.")
    assert found.empty, found[["speaker", "text"]].values.tolist()


def test_a_witness_to_ground_taken_still_claims():
    # a witness's word on territory stays a claim (must not change)
    found = _find("The town is under fire. In Myrnohrad, a priest who has stayed to run a soup kitchen said Russian "
                  "troops had entered the town.")
    assert list(found["speaker"]) == ["priest (unnamed)"]


# --- 8. "wound down" is no wound ---------------------------------------------------------------------------------------

def test_a_programme_wound_down_is_no_loss():
    found = _find("The front is quiet. The programme that supplied Ukraine with most of its artillery shells has been "
                  "wound down, and officials said on Thursday that the government was still discussing a new package.")
    assert found.empty, found[["speaker", "text"]].values.tolist()


def test_soldiers_wounded_stay_a_loss():
    # the casualty word outside the idiom (must not change)
    found = _find("The front is quiet. Officials said 300 soldiers had been wounded in the assault.")
    assert list(found["speaker"]) == ["officials"]


# --- 9. "… to cover that distance": a demonstrative points back to the sentence before -----------------------------------

def test_a_demonstrative_borrows_the_topic_before_across_a_paragraph():
    found = _find("From the nearest Russian positions to the city, it is about 25 kilometres of open steppe.\n\n"
                  "Oleksandr Syrskyi told journalists on Tuesday that Russia did not have the strength to cover that "
                  "distance before the end of the year.")
    assert list(found["speaker"]) == ["Oleksandr Syrskyi"]


@pytest.mark.parametrize("text", [
    # nothing of the war before it, or a conjunction's "that" (must not change)
    "The weather was cold. Zelensky said that this winter would be hard for everyone.",
    "The weather was cold. Zelensky said that Europe would have to pay more for gas.",
])
def test_a_demonstrative_with_nothing_of_the_war_before(text):
    assert _find(text).empty


def test_a_demonstrative_of_time_points_nowhere():
    # "for this year": a time, no thing the sentence before described (must not change)
    found = _find("Russian troops advanced near Pokrovsk. Britain has pledged 2 billion pounds in military aid for "
                  "this year.")
    assert found.empty, found[["speaker", "text"]].values.tolist()


# --- round 11 (cl13, issue 11: tests/gold/stress/blind15, body claims on unseen copy) ---------------------------------

def _speakers(table, start):
    return table[table["text"].str.startswith(start)]["speaker"].tolist()


@pytest.mark.parametrize("sentence, speaker", [
    ("Kremlin spokesman Dmitry Peskov declined to comment on Tuesday but said the operation was going according to "
     "plan.", "Dmitry Peskov"),
    ("Kremlin spokesman Dmitry Peskov declined to give a timetable but said Russian forces were advancing on several "
     "fronts.", "Dmitry Peskov"),
    ("Pentagon press secretary Sean Parnell declined to comment on the figures but said the Russian advance had "
     "slowed near Pokrovsk.", "Sean Parnell"),
])
def test_a_titled_name_that_declines_but_says_speaks(sentence, speaker):
    found = _find(sentence)
    assert _speakers(found, sentence[:40]) == [speaker], found[["speaker", "text"]].values.tolist()


def test_a_bare_name_that_declines_but_says_still_speaks():
    # (what must not change)
    sentence = "Peskov declined to comment but said the operation was going according to plan."
    assert _speakers(_find(sentence), "Peskov declined") == ["Dmitry Peskov"]


@pytest.mark.parametrize("sentence", [
    "U.S. officials see no sign that Moscow is preparing a large new offensive in the north.",
    "Western intelligence officials have seen little sign that Russia is moving reserves to the south.",
])
def test_officials_who_see_no_sign_speak(sentence):
    found = _find(sentence)
    assert len(found[found["text"] == sentence]) == 1, found[["speaker", "text"]].values.tolist()


def test_residents_who_see_no_sign_of_soldiers_make_no_claim():
    # (what must not change: no content clause, a witness)
    found = _find("Residents saw no sign of the soldiers in the village.")
    assert found.empty, found[["speaker", "text"]].values.tolist()


def test_the_ministry_after_a_minister_is_his_ministry():
    text = ("Defence Minister Andrei Belousov told a meeting of the ministry's board on Tuesday that troops had taken "
            "180 settlements.\n\nThe ministry also said that more than 300,000 people had signed contracts with the "
            "armed forces.\n\nIt added that air defence units had shot down 40,000 drones.\n\n"
            "Ukraine's defence ministry did not respond to a request for comment.")
    found = _find(text, published="2025-10-22")
    assert _speakers(found, "The ministry also said") == ["Russian Defence Ministry"]
    assert _speakers(found, "It added") == ["Russian Defence Ministry"]


def test_the_ministry_named_before_is_still_that_ministry():
    # (what must not change: the ministry the article named last)
    text = ("Ukraine's defence ministry said its troops had repelled 14 assaults near Pokrovsk.\n\n"
            "Defence Minister Andrei Belousov said troops had taken 180 settlements.\n\n"
            "The ministry also said that 300,000 people had signed contracts with the armed forces.")
    found = _find(text, published="2025-10-22")
    assert _speakers(found, "The ministry also said") == ["Ukrainian Defence Ministry"]


def test_the_service_after_a_countrys_service_no_table_knows():
    text = ("Russia aims to capture the rest of the Donetsk region by the autumn, Estonia's foreign intelligence "
            "service said in its annual report on Tuesday.\n\nThe service estimated that Russia had about 700,000 "
            "troops deployed in and around Ukraine.")
    found = _find(text, published="2026-02-11")
    assert _speakers(found, "Russia aims") == ["Estonian Foreign Intelligence Service"]
    assert _speakers(found, "The service estimated") == ["Estonian Foreign Intelligence Service"]


@pytest.mark.parametrize("opening", ["According to the update,", "According to its update,"])
def test_according_to_a_statement_noun_then_a_country_is_the_statements_owner(opening):
    text = ("In its regular update on the war, the Ministry of Defence in London said Russian daily losses had "
            "averaged around 1,000 killed and wounded.\n\n"
            f"{opening} Moscow is likely to keep recruiting about 30,000 contract soldiers a month.")
    found = _find(text, published="2025-10-08")
    assert _speakers(found, opening) == ["UK Defence Intelligence"]


def test_according_to_a_body_is_still_the_body():
    # (what must not change: "according to the ministry, Russia lost …" is the ministry's, not Russia's)
    text = ("Ukraine's defence ministry said its troops had repelled 14 assaults near Pokrovsk.\n\n"
            "According to the ministry, Russia lost 1,000 troops over the day.")
    found = _find(text, published="2025-10-08")
    assert _speakers(found, "According to the ministry") == ["Ukrainian Defence Ministry"]


@pytest.mark.parametrize("second", [
    "Peskov also said Russia remained open to talks with Washington on a new nuclear arms control treaty.",
    "The ministry also announced that it would buy 12 more F-35 jets for the air force.",
    "He also said the government would present a new plan to protect the power grid before the first frosts.",
    "He also said Russia was recruiting saboteurs in Europe through job advertisements on social media.",
])
def test_a_war_speakers_remark_on_another_subject_is_no_claim(second):
    found = _find("Dmitry Peskov said on Tuesday that Russian troops were advancing near Pokrovsk.\n\n" + second)
    assert not any(t.startswith(second[:25]) for t in _texts(found)), found[["speaker", "text"]].values.tolist()


@pytest.mark.parametrize("sentence", [
    # (what must not change)
    "Peskov said Russia was open to talks with Kyiv on a ceasefire.",
    "The ministry said Russian air defences had shot down 12 Ukrainian jets over the past week.",
    "Zelensky said the army had a plan to protect the city from the north.",
    "Shoigu said the army was recruiting 30,000 volunteers a month.",
])
def test_the_same_words_about_the_war_stay_claims(sentence):
    found = _find(sentence)
    assert len(found[found["text"] == sentence]) == 1, found[["speaker", "text"]].values.tolist()


def test_a_gesture_after_a_direct_quote_is_the_reporters_gloss():
    found = _find("“They are running out of vehicles,” Hnatiuk said, pointing to a screen that showed a burnt-out "
                  "column on a dirt road.")
    assert found.empty, found[["speaker", "text"]].values.tolist()


def test_a_clause_after_a_direct_quote_still_speaks():
    # (what must not change)
    sentence = "“They come in waves,” Petrenko said, adding that Russian units had lost a dozen armoured vehicles."
    assert len(_find(sentence)) == 1


def test_regiments_moved_to_a_front_are_forces():
    text = ("The Institute for the Study of War assessed on Tuesday that Russian troops had failed to widen their "
            "bridgehead before the autumn rains.\n\nThe Washington-based think tank also noted that Moscow had moved "
            "two regiments from the Kupiansk direction to the Pokrovsk front since August.")
    found = _find(text, published="2025-09-17")
    assert _speakers(found, "The Washington-based") == ["Institute for the Study of War (ISW)"]


def test_a_body_whose_spokesman_spoke_in_an_aside_speaks_in_the_main_clause():
    sentence = ("Ukraine's Southern Defence Forces, whose spokesman Vladyslav Voloshyn said on Monday that Russian "
                "assaults near Huliaipole had intensified, reported 32 attacks in the area over the past day.")
    found = _find(sentence, published="2025-12-03")
    assert sorted(_speakers(found, "Ukraine's Southern")) == ["Ukrainian Southern Defence Forces", "Vladyslav Voloshyn"]


def test_several_of_whom_complained_that_is_the_groups_claim():
    sentence = ("The drone line has frustrated Russian military bloggers, several of whom have complained that "
                "assault units are being sent forward without electronic warfare cover.")
    assert _speakers(_find(sentence), "The drone line") == ["Russian military bloggers"]
