"""Headline claims on everyday copy (round 26, hl12: issue 11): the outlet's own clause after a headline's statement
("… arms package as Russia opens a push") types nothing of the speaker's claim; a sentence-case subject with lower-case
words ("Russian army accuses Kyiv and says …") speaks the coordinated verb, not its object; a stance verb after a comma
with no subject of its own ("Russia hits back at Kyiv, says …") is the opening subject's; a Title Case clause after
"Says" ("…, Says Offensive Will Continue") is no speaker. Sentences written for these tests, not taken from any
article."""

from __future__ import annotations

from saidvsdone.claims import _headlines
from test_headlines_hl8 import _headlines as _headlines_of  # (the same reader of one invented text's headline rows)

_BYLINE = "\n\nBy Mara Tilson\n\n"


def _speakers(title: str, body: str, published: str) -> list[str]:
    rows = _headlines_of(title + _BYLINE + body, published)
    return sorted(rows["speaker"])


# --- 1. the outlet's clause after the statement ----------------------------------------------------------------------

_PACKAGE_BODY = ("The Pentagon on Wednesday announced a new $300 million package of weapons for Ukraine.\n\n"
                 "Ukraine's military said on Wednesday that Russian forces had attacked 20 times near Chasiv Yar.")


def test_an_aid_package_announced_as_the_outlet_reports_a_push_is_no_claim():
    title = "Pentagon announces $300 million arms package as Russia presses attack near Chasiv Yar"
    assert _speakers(title, _PACKAGE_BODY, "2024-03-13") == []


def test_a_statement_with_content_of_its_own_stays_a_claim_before_the_outlets_clause():
    title = "Ukraine says it shot down 40 Russian drones as Moscow presses attack near Chasiv Yar"
    body = ("Ukraine's air force said on Wednesday that it had shot down 40 Russian drones overnight.\n\n"
            "Russian forces attacked 20 times near Chasiv Yar, the General Staff said.")
    assert _speakers(title, body, "2024-03-13") == ["Ukrainian Air Force"]


def test_a_speaker_inside_the_as_clause_is_the_clause_itself():
    title = "Kyiv hit by wave of drones as air force says most were shot down"
    body = ("Drones struck the capital on Monday morning.\n\n"
            "Ukraine's air force said on Monday that it had shot down 30 of the 36 drones launched overnight.")
    assert _speakers(title, body, "2022-10-17") == ["Ukrainian Air Force"]


def test_the_narration_span_starts_at_the_break_after_the_last_verb():
    from saidvsdone import corpus, document

    text = "Pentagon announces arms package as Russia opens new push" + _BYLINE + "The Pentagon spoke on Friday."
    doc = next(document.documents(corpus.from_text(text, published="2024-05-10")))
    sentence = doc.sentences[0]
    act = next(a for a in doc.speech.acts if a.cue.text == "announces")
    assert _headlines._headline_narration(doc, sentence, [act]) == [(text.index(" as Russia"), sentence.end)]


# --- 2. a sentence-case subject of two verbs -------------------------------------------------------------------------

_BOTH_SIDES = ("Russia's defence ministry said on Thursday that its forces had repelled three Ukrainian attacks near "
               "Enerhodar and accused Kyiv of shelling the town.\n\n"
               "Ukraine's General Staff said on Thursday that its troops had advanced near Robotyne.")


def test_a_lower_case_subject_speaks_the_coordinated_verb_not_its_object():
    title = "Russian army accuses Kyiv and says its troops repelled three attacks"
    assert _speakers(title, _BOTH_SIDES, "2023-08-10") == ["Russian Defence Ministry"]


def test_a_capitalised_subject_still_speaks_the_coordinated_verb():
    title = "Moscow accuses Kyiv and says its forces held the line near Enerhodar"
    assert _speakers(title, _BOTH_SIDES, "2023-08-10") == ["Russian Defence Ministry"]


# --- 3. a stance verb after a comma with no subject of its own -------------------------------------------------------

_MINISTER = ("Defence Minister Andrei Belousov said on Tuesday that Russian troops had taken 30 villages over the past "
             "month.\n\nHe said the army would keep up the pace.")


def test_a_verb_after_a_comma_with_no_subject_is_the_opening_subjects():
    title = "Russia hits back at Kyiv, says its forces took 30 villages last month"
    assert _speakers(title, _MINISTER, "2024-11-19") == ["Andrei Belousov"]


def test_a_short_signature_after_the_comma_is_still_the_speaker():
    title = "Russian troops took 30 villages last month, says Belousov"
    assert _speakers(title, _MINISTER, "2024-11-19") == ["Andrei Belousov"]


def test_a_title_case_clause_after_says_is_no_speaker():
    title = "Kremlin Rejects Ceasefire Call, Says Offensive Will Continue"
    body = ("Kremlin spokesman Dmitry Peskov said on Monday that Russia rejected calls for a ceasefire and that its "
            "offensive would continue.\n\nHe said the goals remained unchanged.")
    assert _speakers(title, body, "2024-11-18") == ["Dmitry Peskov"]


def test_the_clause_words_are_told_from_a_speakers_name():
    assert _headlines._CLAUSE_AUXILIARY.search("Offensive Will Continue")
    assert _headlines._CLAUSE_AUXILIARY.search("its forces took 30 villages")
    assert not _headlines._CLAUSE_AUXILIARY.search("Ukrainian Brigade Commander")
    assert not _headlines._CLAUSE_AUXILIARY.search("47th Brigade")


def test_a_country_opening_the_clause_after_the_verb_is_no_signature():
    title = "Zelensky thanks allies, says Russia lost 1,000 troops in Kursk in a day"
    body = ("President Volodymyr Zelensky said on Sunday that Russia had lost about 1,000 soldiers in the Kursk region "
            "in a single day.\n\nHe thanked allies for their support.")
    assert _speakers(title, body, "2024-12-15") == ["Volodymyr Zelensky"]


def test_a_country_closing_the_line_after_the_verb_is_still_the_signature():
    title = "Zelensky thanks allies for air defence, says Russia"
    body = "Russia's foreign ministry said on Sunday that Zelensky had thanked allies.\n\nIt gave no details."
    assert "Volodymyr Zelensky" not in _speakers(title, body, "2024-12-15")


# --- 4. an office written before what it heads -----------------------------------------------------------------------

def test_an_office_before_of_is_the_person_the_body_introduces_with_it():
    title = "Commander of ground forces says Russian advance near Kupiansk halted"
    body = ("Oleksandr Pavliuk, commander of Ukraine's ground forces, said on Tuesday that the Russian advance near "
            "Kupiansk had been halted.\n\nHe said the enemy had lost 500 soldiers.")
    assert _speakers(title, body, "2024-03-05") == ["Oleksandr Pavliuk"]


def test_an_office_before_of_with_other_words_is_not_the_body_person():
    title = "Commander of navy says Russian ships left Sevastopol"
    body = ("Oleksandr Pavliuk, commander of Ukraine's ground forces, said on Tuesday that Russian ships had left "
            "Sevastopol.\n\nHe gave no figures.")
    assert "Oleksandr Pavliuk" not in _speakers(title, body, "2024-03-05")
