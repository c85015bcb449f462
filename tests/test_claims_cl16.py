"""claims.find on the families of round 13 (cl16, issue 11: body claims on unseen copy; tests/gold/stress/blind20's
first run): sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pandas as pd
import pytest

from saidvsdone import claims, corpus


def _article(text, published="2025-06-18", title="Front roundup"):
    return corpus.from_text(title + "\n\n" + text, published=published, title=title)


def _find(text, **kw):
    return claims.find(_article(text, **kw))


def _dates(text, **kw):
    found = _find(text, **kw)
    return [(row.speaker, None if pd.isna(row.statement_date) else str(row.statement_date.date()))
            for row in found.itertuples()]


# --- 1. a relative clause's speech: its own earlier time, and no occasion for the speaker's next words --------------

def test_an_aside_statement_does_not_stop_the_interview_day_reaching_later_answers():
    text = ("Oleh Marchenko spoke to our reporter on Monday at his headquarters. "
            "Asked about the river crossings, Marchenko said Russian troops had lost 40 boats in a week. "
            "Marchenko, who predicted last year that the fighting would peak in the summer, said the forecast still held "
            "and that the offensive had stalled. "
            "Asked about the drones, Marchenko said Ukrainian units had destroyed 12 Russian tanks near the town.")
    assert _dates(text) == [("Oleh Marchenko", "2025-06-16")] * 3


def test_a_claim_in_a_relative_clause_with_its_own_earlier_time_has_no_day():
    text = ("Senator Dale Whitford, who said last month that Russia was losing a thousand soldiers a day, has given "
            "the White House until Friday to send more missiles. "
            "In a post on Tuesday Whitford wrote that Russian troops were losing ground near the river.")
    assert _dates(text) == [("Dale Whitford", None), ("Dale Whitford", "2025-06-17")]


def test_a_relative_clause_with_a_day_of_its_own_keeps_it():
    text = "Oleh Marchenko, who said on Monday that Russia had massed troops near the border, visited the front."
    assert _dates(text) == [("Oleh Marchenko", "2025-06-16")]


# --- 2. words placed after an event of the war: no day of their own, none of the speaker's other statement ----------

@pytest.mark.parametrize("opening", ["After the fall of Vuhledar,", "Following the capture of Vuhledar,",
                                     "After Russian troops captured Vuhledar,"])
def test_words_after_an_event_of_the_war_take_no_other_day(opening):
    text = ("Colonel Ivan Dorofeev reported on February 17 that Russian troops had taken Vuhledar. "
            f"{opening} Dorofeev said the army would advance towards Kurakhove.")
    assert _dates(text, published="2024-02-27") == [("Ivan Dorofeev", "2024-02-17"), ("Ivan Dorofeev", None)]


def test_words_after_a_gathering_keep_the_speakers_day():
    text = ("Colonel Ivan Dorofeev reported on February 17 that Russian troops had taken Vuhledar. "
            "After the meeting, Dorofeev said the army would advance towards Kurakhove.")
    assert _dates(text, published="2024-02-27") == [("Ivan Dorofeev", "2024-02-17")] * 2


def _speakers(text, **kw):
    return [row.speaker for row in _find(text, **kw).itertuples()]


# --- 3. speakers: the subject before a relative aside, a participle's object, a rank before a name ------------------

def test_a_title_word_opening_the_sentence_is_no_speaker_before_an_aside():
    text = ("Regional governor Ostap Vernyhora, who has ordered the evacuation of 40 villages since August, said Russian "
            "troops were trying to cut the last road into the town.")
    assert _speakers(text) == ["Ostap Vernyhora"]


def test_the_name_before_an_aside_still_speaks():
    text = ("Ostap Vernyhora, who has ordered the evacuation of 40 villages since August, said Russian troops were trying "
            "to cut the last road into the town.")
    assert _speakers(text) == ["Ostap Vernyhora"]


@pytest.mark.parametrize("text, speaker", [
    ("Russia lost about 900 soldiers near Kurdiumivka last week - the Ukrainian brigade defending Kurdiumivka said "
     "on Telegram.", "Ukrainian brigade"),
    ("A Russian war correspondent embedded with the assault units wrote that the canal had become a trap for "
     "Russian troops.", "Russian war correspondent (unnamed)"),
])
def test_the_object_of_a_participle_after_the_speaking_noun_is_no_speaker(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_place_right_before_the_verb_still_speaks_without_a_participle():
    text = "Russian troops had lost 300 men in the battle for the town, Kyiv said."
    assert _speakers(text) == ["Ukrainian government (Kyiv)"]


def test_a_lede_role_named_later_with_two_rank_words_keeps_the_name_only():
    text = ("A senior Russian commander said in a television interview broadcast on Sunday that Russian troops would "
            "reach the city before the winter.\n\nColonel General Pavel Gromadin, speaking to a state channel, said "
            "Russian forces had advanced 20 kilometres since the summer.")
    assert _dates(text, published="2024-10-15") == [("Pavel Gromadin", "2024-10-13")] * 2


def test_a_country_on_a_settlement_position_is_its_government():
    assert _speakers("Ukraine has said it will not negotiate while Russian troops remain on its territory.") \
        == ["Ukrainian government (Kyiv)"]
    assert _speakers("Ukraine said Russian troops had lost 900 soldiers near the town.") == ["Ukrainian military"]


# --- 4. no statement: land a country claims, a possessive demand --------------------------------------------------

def test_land_a_country_claims_is_no_speech_and_a_possessive_demand_no_verb():
    text = ("Mykola Dovhan spoke to us on Monday. Asked about the Kremlin's demand that Ukraine withdraw from the four "
            "regions Moscow claims, Dovhan said Russia would not stop at those borders even if Kyiv agreed.")
    assert _dates(text) == [("Mykola Dovhan", "2025-06-16")]


def test_a_verb_demand_and_a_verb_claims_still_speak():
    assert _speakers("The Kremlin demands that Ukraine withdraw its troops from the Donetsk region.") \
        == ["Russian government"]
    assert _speakers("Russia claims Ukraine has lost 400 soldiers in the four regions.") == ["Russian Defence Ministry"]


def test_a_relative_statement_before_a_main_verb_of_speech_keeps_the_meetings_day():
    text = ("On Monday, at a meeting with commanders, Marshal Oleg Varenko said Russian units had advanced 9 kilometres. "
            "General Pyotr Samsonov, who had said in January that the town would fall within weeks, told the meeting "
            "that the enemy was retreating.")
    assert _dates(text, published="2024-02-27") == [("Oleg Varenko", "2024-02-26"), ("Pyotr Samsonov", "2024-02-26")]


# --- 5. no statement: an embedded question, the outlet's own reporters, a doing in a "whose" aside -----------------

def test_the_verb_of_an_embedded_question_reports_nothing():
    assert _speakers("He did not say how the alliance had calculated Russia's losses.") == []
    assert _speakers("NATO estimated that Russia had lost 1,000 soldiers a day.") == ["NATO"]


def test_the_outlets_own_correspondents_are_no_speakers():
    text = ("Next week: our correspondents report from Zaporizhzhia, where Russia has been advancing towards the river. "
            "Ukrainian officers told our reporter that Russian troops had lost 200 men.")
    assert _speakers(text) == ["Ukrainian officers"]


def test_a_doing_in_a_whose_aside_is_no_second_speaker_but_a_statement_there_is():
    text = ("Zelensky, whose government has asked Washington for seven more Patriot systems, said on Wednesday that "
            "Ukraine's new brigades would be ready to counterattack by the autumn.")
    assert _speakers(text, published="2024-07-04") == ["Volodymyr Zelensky"]
    text = ("The General Staff, whose spokesman said on Monday that Russian troops had lost 300 men, reported 40 "
            "attacks near the town.")
    assert len(_speakers(text)) == 2


# --- 6. a subject after the verb only when nothing follows it ---------------------------------------------------------

def test_an_aside_with_its_own_that_and_a_colon_keep_the_subject_before_the_verb():
    text = ("The Ukrainian commander of a brigade near the town, who asked that his name not be printed, put it simply: "
            "Russia had more men and more shells.")
    assert _speakers(text) == ["Ukrainian commander of a brigade (unnamed)"]


def test_a_country_followed_by_its_own_verb_is_no_inverted_subject():
    text = "The latest update, published on Wednesday, says Russia has lost 1,100 soldiers a day this month."
    assert "Russian Defence Ministry" not in _speakers(text, published="2026-01-14")
    assert _speakers("Russian troops took the village of Rivne, says Russia.") == ["Russian Defence Ministry"]


# --- 7. a document no table names speaks on as "the document" and "it" -------------------------------------------

def test_a_leaked_document_with_an_aside_speaks_and_goes_on():
    text = ("A leaked Western intelligence assessment, seen by this newspaper, found that Russia could keep up its "
            "advance until the spring.\n\nIt also warned that Ukrainian units near the town were short of "
            "infantry.")
    assert _speakers(text, published="2024-11-21") == ["leaked Western intelligence assessment"] * 2


def test_it_after_a_named_body_stays_that_body():
    text = ("The Institute for the Study of War said Russian forces had taken two villages. "
            "It also warned that Ukrainian units near the town were short of infantry.")
    assert _speakers(text) == ["Institute for the Study of War (ISW)"] * 2


# --- 8. "the outlet" after "X, an independent outlet, said": X; "said it had confirmed" is no second voice ---------

def test_a_definite_noun_apposed_before_to_an_unknown_name_is_that_name():
    text = ("Mediazona, an independent Russian outlet that counts obituaries, said on Friday it had confirmed the names "
            "of about 150,000 Russian soldiers killed since the invasion.\n\n"
            "The outlet cautioned that the true number of dead was probably at least twice as high.")
    assert _dates(text, published="2025-12-16") == [("Mediazona", "2025-12-12")] * 2


def test_a_definite_noun_never_apposed_stays_unnamed():
    text = ("Mediazona said on Friday it had confirmed the names of about 150,000 Russian soldiers killed.\n\n"
            "The outlet cautioned that the true number of dead was probably at least twice as high.")
    assert _speakers(text, published="2025-12-16")[1] != "Mediazona"


def test_land_a_country_claims_to_have_annexed_is_still_a_claim_of_it():
    text = "The talks stalled over the four regions Moscow claims to have annexed, Russian troops took two villages."
    assert _find(text)["cue"].tolist() == ["claims"]


# --- 9. announced points: "X said two things were clear. First, … Second, …" ----------------------------------------

def test_points_announced_by_a_speaker_are_each_a_claim_of_theirs():
    text = ("Oleh Marchenko said on Monday that two things were clear from the past month. First, Russian troops had "
            "been unable to cut the main road to the city. Second, the pace of their advance had fallen by half.")
    assert _dates(text, published="2025-03-12") == [("Oleh Marchenko", "2025-03-10")] * 2


def test_a_sentence_opening_with_first_without_an_announcement_is_no_claim():
    text = ("Oleh Marchenko said on Monday that the month had been hard for the brigade. First, Russian troops had "
            "been unable to cut the main road to the city.")
    assert not any(t.startswith("First") for t in _find(text, published="2025-03-12")["text"])


# --- 10. the day of an event in a relative clause is no new time cue for the speaker's next words -------------------

def test_an_event_day_in_a_relative_clause_does_not_stop_a_continued_speaker():
    text = ("A senior Russian commander said in a television interview broadcast on Sunday that Russian troops would "
            "reach the city before the winter.\n\nColonel General Pavel Gromadin, speaking to a state channel, said "
            "Russian forces had advanced 20 kilometres since the summer.\n\nAsked about the incursion, which began on "
            "August 6, Gromadin said Ukrainian troops there had been surrounded.\n\n"
            "Gromadin said Russian troops had taken 40 villages.")
    assert _dates(text, published="2024-10-15") == [("Pavel Gromadin", "2024-10-13")] * 4


def test_a_day_of_the_speakers_own_still_breaks_the_chain():
    text = ("A senior Russian commander said in a television interview broadcast on Sunday that Russian troops would "
            "reach the city before the winter.\n\nColonel General Pavel Gromadin, speaking to a state channel, said "
            "Russian forces had advanced 20 kilometres since the summer.\n\nOn Monday, Gromadin said Ukrainian troops "
            "had been surrounded.")
    assert _dates(text, published="2024-10-15")[-1] == ("Pavel Gromadin", "2024-10-14")
