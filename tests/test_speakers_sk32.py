"""Speakers on unseen copy (sk32, round 19, issue 13; heldout9 studied from this round).

Families of quote-, claim- and headline-speaker misses counted on the studied sets (heldout4–9, the devset's
development part, heldout2/dev, the peer batches, the quote-layout and stress batches), and the mechanisms built for
the biggest ones. Every sentence here is invented, with a case that must not change for each:

- **A country's quoted words the article ties to one voice** (heldout9 q02, q05; peer m7 three times; quotes_blind ly0).
  "Ukraine, for its part, said the assault had “stalled.” Speaking to …, A B, spokesperson of Ukraine's X group of
  forces, said …": the country's quoted statement is the named voice's that the next sentence of the paragraph gives
  (a person, or a body: "… “improved their positions”. According to the Russian Defence Ministry, …"); a deck's
  "Kyiv says … “less than a fifth”" whose words a named person says again in the body is that person's; a headline
  quote restating a country's body quote takes that quote's label (it printed the country's bare name, "Ukraine").
  A country's stance with no words in marks ("Moscow insists its offensive is going to plan. A B said …") stays the
  country's body (``citing._tied_voice``, ``quotes._repeated_by_person``, ``quotes._restated_country``).
- **A translated wire's inverted verb** (heldout9 q05, an agency's English service): "…, declared this Wednesday the
  spokesman of the Ukrainian “Tavria” group of forces, A B." and "…, indicated its military administration head, C D."
  gave the country the clause before named ("in eastern Ukraine") or nobody, and every "he said" after them was lost.
  Now the person apposed to the role after the verb and its day speaks (``speech._subjects._apposed_after_inversion``).
"""

from __future__ import annotations

from saidvsdone import quotes
from test_speakers_sk30 import _doc, claim_speaker, quote_speaker  # (the helpers of sk30's label tests)


# --- a country's quoted words tied to one voice -----------------------------------------------------------------------

_BROADCASTER = ("War update: Moscow says troops advanced near Toretsk, Kyiv says assault 'stalled'\n\n"
                "Russia's defence ministry on Friday claimed its troops had advanced around Toretsk.\n\n"
                "Ukraine, for its part, said that the Russian assault had \"stalled.\" Speaking to a national "
                "broadcaster on Friday evening, Petro Hlyba, spokesperson of Ukraine's Luhansk group of forces, said "
                "that Russia had lost 30 tanks near Toretsk since May 2.")


def test_country_quoted_then_its_spokesperson_named_broadcaster():
    assert quote_speaker(_BROADCASTER, "stalled.") == "Petro Hlyba"


def test_headline_quote_restating_a_country_quote_takes_its_label():
    doc = _doc(_BROADCASTER)
    head = [r["speaker"] for r in quotes.rows(doc) if r["start"] < doc.headline_end]
    assert head == ["Petro Hlyba"]  # (it was the country's bare name, "Ukraine")


def test_country_quoted_then_its_ministry_named_agency():
    text = ("Fighting went on around Siversk on Wednesday.\n\n"
            "Moscow, which began its assault in May, indicated on Tuesday that its troops had \"taken better lines\" "
            "east of the town. According to the Russian Defence Ministry, 700 Ukrainian soldiers were killed there "
            "in a week.")
    assert quote_speaker(text, "taken better lines") == "Russian Defence Ministry"


def test_deck_country_words_said_again_by_a_named_officer_osint_desk():
    text = ("Drone images show Russia's Lyptsi foothold has barely grown\n\n"
            "Our analysis of pictures taken on May 3 and May 17 finds new trenches, while Kyiv says Russian troops "
            "hold \"barely a tenth\" of the village\n\n"
            "ANALYSIS\n\n"
            "The pictures show two new trench lines north of the village.\n\n"
            "Major Ivan Sobol, a spokesman for the Kharkiv group of Ukrainian forces, said on Tuesday that the "
            "Russians held \"barely a tenth\" of Lyptsi and had lost 300 men in a week.")
    doc = _doc(text)
    assert [r["speaker"] for r in quotes.rows(doc) if "tenth" in r["text"]] == ["Ivan Sobol", "Ivan Sobol"]


def test_country_stance_without_quoted_words_is_unchanged():
    # must not change: a stance of the country's own, then one of its officials on something else
    text = ("Fighting went on around Siversk on Wednesday.\n\n"
            "Moscow insists its offensive is going to plan. Kremlin spokesman Dmitry Peskov told reporters on "
            "Monday that the operation would continue until all of its goals were met.")
    assert claim_speaker(text, "going to plan") != "Dmitry Peskov"


def test_country_quoted_then_a_voice_of_the_other_side_is_unchanged():
    # must not change: the next sentence's voice speaks for the other country
    text = ("Fighting went on around Siversk on Wednesday.\n\n"
            "Ukraine said on Tuesday that its troops had \"held every position\" near the town. Russian defence "
            "minister Andrei Belousov said on Wednesday that Ukraine had lost 900 soldiers there.")
    assert quote_speaker(text, "held every position") not in ("Andrei Belousov", "Russian Defence Ministry")


# --- a translated wire's inverted verb ---------------------------------------------------------------------------------

_AGENCY = ("Kyiv (ANX) - The Russian army has lost \"hundreds of men\" in a week of assaults on the town of Siversk, "
           "in eastern Ukraine, without breaking through, declared this Thursday the spokesman of the Ukrainian "
           "\"Khortytsia\" group of forces, Ivan Petrenko.\n\n"
           "\"They attack at night, in small groups. We are holding,\" he said.\n\n"
           "Siversk, which counted 11,000 inhabitants before the war, now shelters about 900, indicated its military "
           "administration head, Oleh Marchuk.\n\n"
           "\"There is no house left without damage,\" he declared.")


def test_inverted_verb_day_and_role_then_name_agency_english_service():
    assert claim_speaker(_AGENCY, "hundreds of men", published="2024-05-16") == "Ivan Petrenko"
    assert quote_speaker(_AGENCY, "We are holding", published="2024-05-16") == "Ivan Petrenko"


def test_inverted_verb_possessive_role_then_name_agency_english_service():
    assert quote_speaker(_AGENCY, "no house left", published="2024-05-16") == "Oleh Marchuk"


def test_inverted_verb_with_the_name_first_is_unchanged():
    # must not change: "…, said A B, the role" (the name right after the verb, the role apposed after it)
    text = ("Fighting went on around Siversk on Monday.\n\n"
            "\"We need more shells,\" said Olena Hrebenko, the deputy defence minister, after a visit to the front.")
    assert quote_speaker(text, "more shells") == "Olena Hrebenko"


# --- a group of officials in a capital ---------------------------------------------------------------------------------

def test_officials_in_a_capital_are_that_countrys_gulf_daily():
    text = ("Allies have pledged new air-defence systems, but officials in Kyiv say they are needed \"within weeks, not "
            "months\". The first deliveries are expected in June.")
    assert quote_speaker(text, "within weeks") == "Ukrainian officials"


def test_senior_officials_in_washington_wire():
    text = "Senior officials in Washington said on Friday that the new package would reach Ukraine \"within days\"."
    assert quote_speaker(text, "within days") == "senior US officials"


def test_group_posted_to_a_capital_or_of_a_bloc_is_unchanged():
    # must not change: diplomats posted to Kyiv are no Ukrainians, Western officials in Kyiv no Ukrainian officials
    from saidvsdone.mentions import group_of_capital
    assert group_of_capital("diplomats in Kyiv") == ""
    assert group_of_capital("Western officials in Kyiv") == ""
    assert group_of_capital("officials in Kharkiv") == ""  # (no capital)
    assert group_of_capital("analysts in London") == ""  # (no side's institution)


# --- a surname opening its sentence with an irregular verb -------------------------------------------------------------

_MAGAZINE = ("On the wall of Major Taras Hnatiuk's bunker hangs a map of the front.\n\n"
             "In his 2023 memoir, the former deputy minister Oleh Marchenko describes generals who \"saw the drone as "
             "a toy\".\n\n"
             "{opener} \"He is right about the start,\" he said. \"He is wrong about the finish.\"")


def test_surname_with_an_irregular_verb_leads_the_pronoun_magazine():
    text = _MAGAZINE.format(opener="Hnatiuk read the book twice.")
    assert quote_speaker(text, "right about the start") == "Taras Hnatiuk"
    assert quote_speaker(text, "wrong about the finish") == "Taras Hnatiuk"


def test_surname_after_an_opening_phrase_leads_the_pronoun_magazine():
    text = _MAGAZINE.format(opener="Last winter, Hnatiuk took the book to the front.")
    assert quote_speaker(text, "right about the start") == "Taras Hnatiuk"


def test_pronoun_after_the_other_man_named_last_is_unchanged():
    # must not change: with no sentence opening on the surname, "he" is still the man named last
    text = _MAGAZINE.format(opener="The book sold well.")
    assert quote_speaker(text, "right about the start") == "Oleh Marchenko"


# --- "its" body of the country named before ----------------------------------------------------------------------------

def test_its_defence_ministry_after_a_country_quotes_as_claims_do():
    text = ("Ukraine says its troops pushed forward near Robotyne this week.\n\n"
            "Russia disputes that. Its defence ministry said on Thursday that Russian units had repelled nine attacks "
            "and that \"the enemy suffered heavy losses.\"")
    assert quote_speaker(text, "heavy losses") == "Russian Defence Ministry"


def test_its_body_with_no_country_before_is_unchanged():
    # must not change: no country named before "Its", the words as written
    text = ("Fighting went on near Robotyne this week.\n\n"
            "Its defence ministry said on Thursday that \"the enemy suffered heavy losses.\"")
    assert quote_speaker(text, "heavy losses") == "defence ministry"
