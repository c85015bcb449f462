"""Speakers on heldout4's genres (sk25, issue 13; heldout4 studied from round 14): a magazine's piped byline line,
a surname with an age apposed as a later "he", … Invented sentences; each mechanism with a case that must not change."""

import pytest

from saidvsdone import corpus, document, segment


def readings(text: str, published: str = "2025-03-10") -> dict[str, str]:
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return {doc.text[q.span.start:q.span.end]: r.speaker for q, r in zip(doc.quotes, doc.speech.quotes)}


def speaker_of(text: str, words: str, published: str = "2025-03-10") -> str:
    found = [speaker for quoted, speaker in readings(text, published).items() if words in quoted]
    assert found, f"no quote holds {words!r}"
    return found[0]


def kinds(text: str, published: str = "2025-03-10") -> dict[str, str]:
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return {doc.text[q.span.start:q.span.end]: r.kind for q, r in zip(doc.quotes, doc.speech.quotes)}


# --- a piped byline line: outlet | date | By A B and C D --------------------------------------------------------------

PROFILE = ("The major who mends drones: a profile of Taras Lysenko\n\n"
           "He has kept the same workshop running for two winters.\n\n"
           "Harbour Weekly | Friday 8 March 2024 | By Marta Oliynyk and Paul Greer\n\n"
           "At dawn Major Taras Lysenko is already at his bench, a soldering iron in one hand.\n\n"
           "Lysenko, 39, grew up in Poltava and studied physics. He joined the army in 2014.\n\n"
           "“I fix what the others break,” he says.")


def test_a_piped_line_with_a_byline_field_is_furniture():
    text = "Harbour Weekly | Friday 8 March 2024 | By Marta Oliynyk and Paul Greer"
    assert segment.furniture(text, [(0, len(text))]) == [(0, len(text))]


def test_a_piped_sentence_is_no_byline():
    # must not change: a sentence with a pipe in it, whose fields are no names, stays in the story
    text = "Troops held the road | By Tuesday the bridge was gone, officials said"
    assert segment.furniture(text, [(0, len(text))]) == []


def test_he_after_a_piped_byline_is_the_profiled_person():
    assert speaker_of(PROFILE, "fix what the others") == "Taras Lysenko"


def test_a_surname_with_an_age_apposed_opens_the_sentence_as_its_subject():
    text = ("Colonel Ivan Marchuk met us at the gate of the base.\n\n"
            "Oleh Hlib, the brigade's press officer, stayed by the car.\n\n"
            "Marchuk, 51, has commanded the unit since the spring. He lost two men last week.\n\n"
            "“We cannot replace them,” he says.")
    assert speaker_of(text, "cannot replace") == "Ivan Marchuk"


def test_a_number_after_a_surname_with_no_second_comma_is_no_age():
    # must not change: "Hlib, 51 kilometres away, …" is no apposed age; "he" stays with the last subject
    text = ("Oleh Hlib, the brigade's press officer, met us at the gate.\n\n"
            "Colonel Ivan Marchuk was at the front, 51 kilometres away. He called at noon.\n\n"
            "“We cannot replace them,” he said.")
    assert speaker_of(text, "cannot replace") == "Ivan Marchuk"


# --- a translated wire's inverted attribution: "„…,” - told BNS the analyst of the X Academy of Y A B" ---------------

def test_the_outlet_told_in_an_inversion_is_no_speaker():
    text = ("Kaunas, 3 March (BNS). Fighting went on near the river.\n\n"
            "„The enemy will regroup within weeks,” - told BNS the military analyst of the Baltic Defence College "
            "Mindaugas Petraitis. According to him, the next assault will come „before the thaw”.")
    found = readings(text)
    assert found["The enemy will regroup within weeks,"] == "Mindaugas Petraitis"
    assert found["before the thaw"] == "Mindaugas Petraitis"


def test_a_body_of_a_country_then_a_name_is_two_mentions():
    text = ("„The enemy will regroup within weeks,” - said the analyst of the Naval Academy of Estonia Rein Kask.")
    assert speaker_of(text, "regroup within weeks") == "Rein Kask"


def test_a_spokesman_of_a_group_then_his_name():
    text = "“The line holds,” said the spokesman of the Dnipro group of forces Oleh Vlasiuk."
    assert speaker_of(text, "line holds") == "Oleh Vlasiuk"


def test_a_role_inverted_with_a_comma_before_another_name_is_unchanged():
    # must not change: "said the commander, who met A B" is the commander's (an unnamed one), not A B's
    text = "“The line holds,” said the commander of the 24th Brigade, who met Oleh Vlasiuk on Monday."
    assert speaker_of(text, "line holds") != "Oleh Vlasiuk"


# --- a second verb after quoted words: "A B congratulated the units “on …” last month and said …" ------------------

def test_a_second_verb_after_a_quote_is_the_opening_subjects():
    text = ("In Minsk, Alexander Lukashenko inspected the border units “at their posts” last week and said the drills "
            "would go on “as long as needed”.")
    assert speaker_of(text, "as long as needed") == "Alexander Lukashenko"


def test_a_second_verb_after_a_quote_with_a_name_between_is_unchanged():
    # must not change: a new subject after the quote speaks for itself
    text = ("Alexander Lukashenko visited the “northern” units, and Viktor Khrenin said the drills would go on "
            "“as long as needed”.")
    assert speaker_of(text, "as long as needed") == "Viktor Khrenin"


# --- words quoted in what a statement noun's owner said: "denied the reports of Russian bloggers that “…”" ---------

def test_words_in_the_reports_of_a_group_are_the_groups():
    text = ("Oleh Hlib, a spokesman for the eastern forces, spoke on Sunday. He rejected claims by pro-Kremlin "
            "bloggers that “entire platoons” had surrendered near the river.")
    doc = next(document.documents(corpus.from_text(text, published="2025-03-10")))
    (reading,) = [r for q, r in zip(doc.quotes, doc.speech.quotes) if "platoons" in doc.text[q.span.start:q.span.end]]
    assert reading.as_written == "pro-Kremlin bloggers" and not reading.speaker


def test_words_in_the_claims_of_a_named_person_are_his():
    text = "Andrii Sybiha rejected the claims of Sergei Lavrov that the talks had “collapsed for good”."
    assert speaker_of(text, "collapsed for good") == "Sergei Lavrov"


def test_a_report_with_no_owner_leaves_the_speaker():
    # must not change: "despite reports that …" names no owner; the words stay the sentence's speaker's
    text = "Oleh Hlib said “whole companies” had held, despite reports that the line had broken."
    assert speaker_of(text, "whole companies") == "Oleh Hlib"


# --- an outlet's noun named in quote marks: "wrote the popular channel “Trench Almanac”" ---------------------------

def test_the_quoted_name_of_a_channel_after_an_inversion_speaks():
    text = ("Even pro-war bloggers were careful. “The village is ours only on the map,” wrote the widely read channel "
            "“Steppe Diary” on Telegram, before deleting the post.")
    assert speaker_of(text, "only on the map") == "Steppe Diary"


def test_the_quoted_name_of_a_channel_before_its_verb_speaks():
    text = "The Telegram channel “Steppe Diary” wrote that the village had “fallen at dawn”."
    assert speaker_of(text, "fallen at dawn") == "Steppe Diary"


def test_a_quoted_nickname_after_another_noun_is_no_speaker():
    # must not change: "the unit known as “Bravo”" is no outlet's name
    text = "The unit known as “Bravo” said the village had “fallen at dawn”."
    assert speaker_of(text, "fallen at dawn") != "Bravo"


# --- "the country's air force": a body of the country named last ------------------------------------------------

def test_the_countrys_body_is_the_body_of_the_country_named_last():
    text = ("Overnight, Russia sent 52 drones against Ukraine, the country's air force said, adding that 6 were "
            "“lost on radar,” its term for jamming.")
    assert speaker_of(text, "lost on radar") == "Ukrainian Air Force"


def test_the_countrys_ministry_after_russia_alone():
    text = "Russia fired 40 missiles overnight. The country's defence ministry said it had hit “military targets”."
    assert speaker_of(text, "military targets") == "Russian Defence Ministry"


def test_the_countrys_person_is_left_alone():
    # must not change: "the country's president" is no body of the tables; it is read as before (no person guessed)
    text = "Ukraine held the line, the country's president said it was “a hard winter”."
    assert speaker_of(text, "a hard winter") == ""


# --- a programme's name in marks with the sentence's full stop inside (US style) -----------------------------------

def test_a_programmes_name_with_the_full_stop_inside_is_no_quote():
    text = 'Sybiha said the talks had stalled, in an interview shown Friday on KNB\'s "Morning Ledger."'
    assert kinds(text)["Morning Ledger."] == "scare"


def test_a_title_cased_phrase_after_a_verb_with_a_full_stop_stays_a_quote():
    # must not change: words after "would", not after an outlet's possessive or a preposition, are the speaker's
    text = 'Sybiha said Russia would "Never Win."'
    assert kinds(text)["Never Win."] == "partial"


# --- a capital speaking right after a body of its country: "… spy agency said …. Seoul said …" --------------------

def test_a_capital_right_after_its_countrys_body_is_that_body():
    text = ("South Korea's spy agency said on Monday that Pyongyang had sent 2,000 more troops. Seoul said most of them "
            "were “drone operators”.")
    assert speaker_of(text, "drone operators") == "South Korean National Intelligence Service"


def test_a_seat_of_power_after_a_ministry_keeps_its_own_voice():
    # must not change: "the Kremlin" is a seat with a voice of its own, not the ministry that spoke before it
    text = "Russia's defence ministry said on Monday that its troops had advanced. The Kremlin said the gains were “real”."
    assert speaker_of(text, "real") == "Kremlin"


def test_a_capital_after_a_paragraph_break_is_left_alone():
    # must not change: only the sentence right before, in the same paragraph
    text = ("South Korea's spy agency said on Monday that Pyongyang had sent 2,000 more troops.\n\n"
            "Seoul said most of them were “drone operators”.")
    assert speaker_of(text, "drone operators") != "South Korean National Intelligence Service"


# --- a body's translated names in the tables: "Ukraine's southern military command" ----------------------------------

def test_the_southern_military_command_is_the_operational_command():
    text = "Ukraine's southern military command said on Wednesday that its forces had retaken “three villages”."
    assert speaker_of(text, "three villages") == "Ukrainian Southern Operational Command"


def test_the_southern_command_keeps_its_label():
    # must not change: "Ukraine's southern command" is written as the conventions write "Ukraine's X"
    text = "Ukraine's southern command said Russian forces had shelled the bank “80 times”."
    doc = next(document.documents(corpus.from_text(text, published="2025-03-10")))
    assert doc.speech.quotes[0].speaker != "Ukrainian Southern Operational Command"


# --- an explainer's Q&A: "A:" is the outlet's voice; a summary bullet sums up the body ------------------------------

EXPLAINER = ("Q&A: What is the war costing Russia?\n\n"
             "Our team answers the main questions.\n\n"
             "IN BRIEF\n\n"
             "• Ukraine says Russia lost a record 31,270 troops in May.\n\n"
             "• Fighting near the river has eased, officials say.\n\n"
             "Q: How heavy are the losses?\n\n"
             "A: Very heavy, by most accounts. Ukraine's General Staff said Russia lost 31,270 soldiers killed and "
             "wounded in May, a record for the war.\n\n"
             "Q: Who else is counting?\n\n"
             "A: Hanna Maliar said the army had stopped the advance in June.")


def _acts(text: str, published: str = "2025-06-12"):
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return doc, [(doc.text[a.sentence[0]:a.sentence[1]], a.speaker.speaker) for a in doc.speech.acts]


def test_an_explainers_answer_reports_others():
    _, acts = _acts(EXPLAINER)
    assert any("31,270 soldiers" in s and who == "Ukrainian General Staff" for s, who in acts)


def test_an_interviews_answer_in_the_first_person_stays_a_transcript_line():
    # must not change: "A: We …" answers in the first person; what it reports is the interviewee's own words
    text = "Q: Is the toll rising?\n\nA: We see it every day. The General Staff said we lost a company."
    _, acts = _acts(text)
    assert not any(who == "Ukrainian General Staff" for _, who in acts)


def test_a_summary_bullet_of_a_country_is_the_body_speaker_with_its_figure():
    from saidvsdone import claims, quotes
    articles = corpus.from_text(EXPLAINER, published="2025-06-12")
    found = claims.find(articles, quotes.extract(articles))
    bullet = found[found["text"].str.contains("record 31,270")]
    assert list(bullet["speaker"]) == ["Ukrainian General Staff"]


def test_the_act_of_a_translated_inversion_is_the_named_person():
    # the speech act the claims read, not only the quote's reading
    doc, acts = _acts("„The enemy will regroup within weeks,” - told BNS the military analyst of the Baltic Defence "
                      "College Mindaugas Petraitis.")
    assert [who for _, who in acts] == ["Mindaugas Petraitis"]


def test_a_dash_after_a_quote_before_an_inverted_role_keeps_the_role():
    # must not change: "- wrote the general on Telegram" is the general's, whoever the article made him
    text = ("Colonel General Oleksandr Syrskyi ordered the withdrawal on Saturday.\n\n"
            "„Our soldiers did their duty,” - wrote the general on Telegram.")
    assert speaker_of(text, "did their duty") == "Oleksandr Syrskyi"
