"""Word lists that were constants in the code, read from the tables (rf3): data/speech_words.csv kinds
``phrase_head``, ``plural_voice``, ``label_lead``, ``no_seat_person``, ``not_a_person``, ``headline_rank``,
``institution_head``, ``seat_of_power``, ``ministry_phrase``, ``generic_role``; data/force_nouns.csv use ``of_a_side``;
data/fact_cues.csv cue ``civilian_group``. Each test shows a row of your own table extending the rule, and what must
not change.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus, mentions, vocab


def _find(text):
    return claims.find(corpus.from_text("Front roundup\n\n" + text, published="2025-03-12", title="Front roundup"))


def _speakers(text):
    return [row.speaker for row in _find(text).itertuples()]


def test_the_claim_rules_read_their_heads_from_the_speech_words_table():
    words = vocab.speech_words()
    assert {"officials", "analysts", "insiders"} <= words["plural_voice"]
    assert "forces" not in words["plural_voice"]  # "Russian forces claim the village" is a capture, no statement
    assert {"command", "media", "governor"} <= words["phrase_head"]
    # a plural voice is a head, and opens a label as a common lead does
    assert words["plural_voice"] <= claims._speaking_heads() and words["plural_voice"] <= claims._common_leads()
    assert "military" in claims._common_leads() and "military" not in claims._plural_heads()


def test_a_plural_voice_added_in_your_own_table_makes_its_plural_verb_a_claim(own_words):
    sentence = "Ukrainian statisticians claim the Russian advance near the reservoir has stalled."
    assert _speakers(sentence) == []
    own_words("statisticians,plural_voice,\n")
    assert _speakers(sentence) == ["Ukrainian statisticians"]
    # what must not change: forces that "claim" a village take it, they say nothing
    assert _speakers("Russian forces claim the village of Dubky.") == []


def test_a_label_lead_added_in_your_own_table_is_lower_cased_at_the_opening_of_a_sentence(own_words):
    sentence = "Veteran analysts say the Russian advance near the town has stalled."
    assert _speakers(sentence) == ["Veteran analysts"]
    own_words("veteran,label_lead,\n")
    assert _speakers(sentence) == ["veteran analysts"]
    assert _speakers("Military analysts say the Russian advance near the town has stalled.") == ["military analysts"]


# --- more word lists of the code moved to the tables (speech_words.csv, force_nouns.csv, fact_cues.csv) -------------

def _claim_speakers(text, title="Front roundup"):
    table = claims.find(corpus.from_text(title + "\n\n" + text, published="2025-03-12", title=title))
    return [row.speaker for row in table.itertuples()]


def test_a_thing_added_as_not_a_person_gives_no_unnamed_speaker(own_words):
    # "a memo says": a thing speaks for nobody (speech_words.csv, kind not_a_person)
    assert _claim_speakers("A memo says Russian forces have captured the village of Dubky.") == []
    sentence = "An astrologer said Russian forces had captured the village of Dubky on Monday."
    assert _claim_speakers(sentence) == ["astrologer"]
    own_words("astrologer,not_a_person,\n")
    assert _claim_speakers(sentence) == []


def test_a_person_added_as_no_seat_person_takes_no_country_from_a_seat_of_power(own_words):
    # an unnamed official near "the Pentagon" is a US official; a blogger there holds no seat (kind no_seat_person)
    text = ("At the Pentagon, a senior defence official said Russian forces had captured the village of Dubky. "
            "A military vlogger said Russian forces had also taken the hamlet of Lypky.")
    own_words("vlogger,unnamed_person,\n")
    assert _claim_speakers(text) == ["senior US defence official (unnamed)", "US military vlogger (unnamed)"]
    own_words("vlogger,unnamed_person,\nvlogger,no_seat_person,\n")
    assert _claim_speakers(text) == ["senior US defence official (unnamed)", "military vlogger (unnamed)"]
    text = text.replace("vlogger", "blogger")  # (a bundled row)
    assert _claim_speakers(text)[1] == "military blogger (unnamed)"


def test_a_headline_rank_is_the_body_s_named_holder_of_that_rank():
    assert {"general", "colonel", "governor"} <= vocab.speech_words()["headline_rank"]
    title = "Russian general: our troops have taken Dubky"
    text = title + "\n\nColonel General Ivan Petrenko said Russian forces had captured the village of Dubky."
    assert _claim_speakers(text, title=title) == ["Ivan Petrenko", "Ivan Petrenko"]


def test_an_institution_head_added_in_your_own_table_names_a_country_s_institution(own_words):
    from saidvsdone import citing

    assert citing.table_label("Ukraine's coastal staff") == "Ukrainian Coastal Staff"
    assert citing.table_label("Ukraine's coastal directorate") == "Ukraine's coastal directorate"
    own_words("directorate,institution_head,\n")
    assert citing.table_label("Ukraine's coastal directorate") == "Ukrainian Coastal Directorate"
    assert citing.table_label("Kyiv's coastal directorate") == "Kyiv's coastal directorate"  # a capital's: as written


def _fact_rows(text):
    from saidvsdone import facts

    table = facts.extract(corpus.from_text(text, published="2025-06-01"))
    return [(row.actor, row.change) for row in table.itertuples()]


@pytest.fixture
def own_fact_tables(tmp_path):
    from saidvsdone import facts

    def use(name, text):
        (tmp_path / name).write_text(text, encoding="utf-8")
        vocab.use(tmp_path)
        facts.reload()
    yield use
    vocab.use(None)
    facts.reload()


def test_a_force_noun_of_a_side_added_in_your_own_table_gives_the_side_after_of(own_fact_tables):
    # "soldiers of the Russian army advanced": the side after "of" is the subject's (force_nouns.csv, use of_a_side)
    assert _fact_rows("Soldiers of the Russian army advanced 2 km near Dubky on Monday.") == [("Russia", "gain")]
    sentence = "Veterans of the Ukrainian army advanced 2 km near Dubky on Monday."
    assert _fact_rows(sentence) == [("", "gain")]
    own_fact_tables("force_nouns.csv", "written,uses,notes\nveterans,of_a_side,\n")
    assert _fact_rows(sentence) == [("Ukraine", "gain")]
    # what must not change: a side's forces written before the verb are that side
    assert _fact_rows("Russian troops left the village of Dubky in Kharkiv region on Monday.") == [("Russia", "loss")]


def test_a_civilian_group_added_in_your_own_table_moving_is_no_ground_changing_hands(own_fact_tables):
    assert _fact_rows("Pensioners fled the village of Dubky in Kharkiv region on Monday.") == []
    sentence = "Grandparents left Dubky in Kharkiv region on Monday."
    assert _fact_rows(sentence) == [("", "loss")]
    own_fact_tables("fact_cues.csv", "word,cue,notes\ngrandparents,civilian_group,\n")
    assert _fact_rows(sentence) == []
    assert _fact_rows("Russian forces left Dubky in Kharkiv region on Monday.") == [("Russia", "loss")]


def test_story_back_steps_over_the_paragraphs_it_is_told_to_skip():
    # one walk back for the document's interruptions and for the speech layer's quiet paragraphs (a near-copy before)
    from saidvsdone import document

    doc = document.build("a", "One.\n\nTwo.\n\nSoldiers near the front. Photo: A B/Agency\n\nThree.")
    assert doc.story_back(3, 1) == 1  # past the caption
    assert doc.story_back(3, 1, frozenset()) == 2 and doc.story_back(3, 2, frozenset({1, 2})) == 0


def test_a_seat_of_power_added_in_your_own_table_is_its_spokesperson_in_a_headline(tmp_path):
    # "Kremlin says …" over "Kremlin spokesman A B said …": the seat in the headline is the person (seat_of_power)
    assert {"Kremlin", "White", "Élysée"} <= claims._seats()  # (as written with a capital)
    title = "Hofburg says Russian offensive near Dubky has stalled"
    text = (title + "\n\nHofburg spokesman Ivan Petrenko said on Monday that the Russian offensive near the village "
            "of Dubky had stalled.")
    (tmp_path / "speakers.csv").write_text("name,aliases,role,country,kind\nHofburg,Hofburg,,Austria,institution\n",
                                           encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert _claim_speakers(text, title=title) == ["Hofburg", "Ivan Petrenko"]  # an institution of the table
        (tmp_path / "speech_words.csv").write_text("word,kind,notes\nhofburg,seat_of_power,\n", encoding="utf-8")
        vocab.use(tmp_path)
        assert _claim_speakers(text, title=title) == ["Ivan Petrenko", "Ivan Petrenko"]
    finally:
        vocab.use(None)


def test_a_ministry_phrase_is_the_defence_ministry_the_article_names(own_words):
    # "the military department added" (TASS's words): the ministry the article names (kind ministry_phrase)
    text = ("The Russian Defence Ministry said on Monday its forces had captured the village of Dubky. The {} added "
            "that Russian forces had also taken the hamlet of Lypky.")
    assert _claim_speakers(text.format("military department")) == ["Russian Defence Ministry"] * 2
    assert _claim_speakers(text.format("war office")) == ["Russian Defence Ministry", "war office"]
    own_words("war office,ministry_phrase,\n")
    assert _claim_speakers(text.format("war office")) == ["Russian Defence Ministry"] * 2
    assert _claim_speakers(text.format("military office")) == ["Russian Defence Ministry", "military office"]


def test_a_generic_role_added_in_your_own_table_gives_the_name_after_role_and_comma(own_words):
    # "said the governor of X, A B": a role, a comma, then the name that holds it (speech_words.csv, generic_role)
    from saidvsdone import quotes

    def speakers(text):
        return quotes.extract(corpus.from_text("Front roundup\n\n" + text, published="2025-03-12",
                                               title="Front roundup"))["speaker"].tolist()

    sentence = "“We have lost the village,” said the {} of the 47th Brigade, Ivan Petrenko."
    assert {"governor", "press secretary", "commander-in-chief"} <= mentions.generic_roles()
    assert speakers(sentence.format("commander")) == ["Ivan Petrenko"]
    # (since sk32 an inverted verb's role and the name apposed to it are read whatever the role, as translated wires
    # write them: "…, declared this Wednesday the spokesman of …, A B."; the table still names the generic roles)
    assert speakers(sentence.format("quartermaster")) == ["Ivan Petrenko"]
    assert "quartermaster" not in mentions.generic_roles()
    own_words("quartermaster,generic_role,\n")
    assert "quartermaster" in mentions.generic_roles()
    assert speakers(sentence.format("quartermaster")) == ["Ivan Petrenko"]


def test_a_headline_s_plural_group_is_any_plural_voice_of_the_table(own_words):
    # "Russian officers vow …" (a row of the bundled table), "Russian quartermasters vow …" (a row of your own)
    assert claims._headline_plural_subject_re().match("Russian officers vow to take the town by spring")
    assert not claims._headline_plural_subject_re().match("Russian quartermasters vow to take the town by spring")
    own_words("quartermasters,plural_voice,\n")
    assert claims._headline_plural_subject_re().match("Russian quartermasters vow to take the town by spring")
