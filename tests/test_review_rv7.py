"""Review of round 10's first wave (rv7): rules that fired far from the shape they were written for. Every sentence
is invented for these tests; each bug has a test that shows it and one that shows what must not change."""

from __future__ import annotations

from saidvsdone import corpus, quotes


def speaker_of(text: str, words: str, published: str = "2025-06-13") -> str:
    table = quotes.extract(corpus.from_text(text, published=published))
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


# --- a list of roles and names (sk17): the role after a name is the next one's only inside such a list -------------

def test_a_role_apposed_to_a_name_before_and_another_name_stays_that_names():
    # "A B, a military analyst, and Colonel C D": the list ends on a name; the analyst is A B
    text = ("Talks on the harbour\n\nKYIV — Taras Melnyk, a military analyst, and Colonel Roman Sych met reporters "
            "on Monday.\n\n“The bridge will hold,” Sych said.\n\n“The winter will be hard,” the analyst said.\n")
    assert speaker_of(text, "The winter will be hard", "2025-09-16") == "Taras Melnyk"


def test_a_role_apposed_to_a_subject_before_two_capitalised_words_stays_the_subjects():
    text = ("Talks on the harbour\n\nKYIV — Taras Melnyk, a military analyst, Harbour Radio reported on Monday, thinks "
            "the line holds.\n\n“The bridge will hold,” Petro Sych said.\n\n“The winter will be hard,” the analyst "
            "said.\n")
    assert speaker_of(text, "The winter will be hard", "2025-09-16") == "Taras Melnyk"


def test_each_role_of_a_list_is_still_the_name_after_it():
    text = ("Forum on the front\n\nKYIV — A panel on Monday heard a military analyst, Taras Melnyk, a battalion "
            "commander, Colonel Roman Sych, and a researcher, Dr Anna Wrobel.\n\n“The push has failed,” said Melnyk."
            "\n\n“We are short of shells,” the colonel said.\n\n“November will be busy,” the analyst said.\n")
    assert speaker_of(text, "We are short of shells", "2025-09-16") == "Roman Sych"
    assert speaker_of(text, "November will be busy", "2025-09-16") == "Taras Melnyk"


# --- the reporter's "I asked" (sk17): the byline is a line of its own, not a title-case headline's end ---------------

_ASKED = ("{headline}\n\nBy Tom Barrow\n\nKYIV — The road to the village was cut on Monday, officials said.\n\n"
          "A soldier at the checkpoint said the shelling had not stopped for two days. “Can anyone still get "
          "through?” I asked. He shook his head.\n")


def test_a_title_case_headline_ending_in_by_is_no_second_byline():
    text = _ASKED.format(headline="Village Cut Off By Russian Forces")
    assert speaker_of(text, "Can anyone still get through") == "Tom Barrow"


def test_the_byline_under_a_headline_in_sentence_case_still_gives_the_reporter():
    text = _ASKED.format(headline="Village cut off by Russian forces")
    assert speaker_of(text, "Can anyone still get through") == "Tom Barrow"


def _reporter_cue(verb_phrase: str) -> tuple[str, str]:
    from saidvsdone import document
    text = ("Village cut off by Russian forces\n\nBy Tom Barrow\n\nKYIV — The road to the village was cut on Monday, "
            f"officials said.\n\nA soldier at the checkpoint said the shelling had not stopped. “Will you stay?” "
            f"I {verb_phrase}. He shook his head.\n")
    doc = document.build("rv7", text, "2025-06-13")
    reading = doc.speech.quotes[0]
    return reading.speaker, doc.text[reading.cue_start:reading.cue_start + len(reading.cue)]


def test_the_reporters_cue_stands_where_its_verb_is_when_an_object_follows():
    assert _reporter_cue("told him") == ("Tom Barrow", "told")


def test_the_reporters_cue_without_an_object_is_still_its_verb():
    assert _reporter_cue("asked") == ("Tom Barrow", "asked")


# --- a quote paragraph signed on the line below it (sk17): an unnamed signer however the line opens ----------------

_VOICES = ("Voices from the river towns\n\nThe Herald spoke to people in the district this week.\n\n"
           "“The ferry has not run since May.”\n— Bohdan Karpenko, 58, fisherman\n\n"
           "“We hear the guns every night now.”\n— {who}\n\n“The school is closed.”\n— Olena Hrytsenko, 41, teacher\n")


def test_an_unnamed_signer_is_no_earlier_signer_whatever_the_lines_first_word():
    # (the signer above was taken when the line opened on a capital or named the person with no article)
    for who, label in (("A nurse who asked not to be named", "nurse (unnamed)"),
                       ("One volunteer, Kherson", "volunteer (unnamed)"),
                       ("nurse, 34, Kherson", "nurse (unnamed)"),
                       ("resident of Kherson who asked not to be named", "resident (unnamed)"),
                       # (a capitalised adjective before the noun was taken for a person called "Retired")
                       ("Retired nurse, 61, Kherson", "retired nurse (unnamed)")):
        assert speaker_of(_VOICES.format(who=who), "We hear the guns") == label, who


def test_signers_named_or_with_a_small_article_are_as_before():
    assert speaker_of(_VOICES.format(who="a nurse who asked not to be named"), "We hear the guns") == "nurse (unnamed)"
    text = _VOICES.format(who="Petro Lysenko, 70, retired driver")
    assert speaker_of(text, "We hear the guns") == "Petro Lysenko"
    assert speaker_of(text, "The ferry has not run") == "Bohdan Karpenko"


# --- "In the general's view, …" (cl11): a definite person's aside, not a body's view --------------------------------

def _view_claims(noun: str):
    from saidvsdone import claims
    text = ("Front holds, commander says\n\nKYIV — Ukraine's top commander spoke on Monday.\n\n"
            "“The line holds near Pokrovsk,” Oleksandr Syrskyi said on Monday.\n\n"
            f"In the {noun}'s view, Russian forces have lost the initiative near Pokrovsk and will withdraw from two "
            "villages.\n")
    table = claims.find(corpus.from_text(text, published="2025-06-13"))
    return table[table["text"].str.contains("lost the initiative", regex=False)]


def test_a_bodys_view_is_not_the_last_persons_aside():
    assert (_view_claims("ministry")["speaker"] != "Oleksandr Syrskyi").all()


def test_a_definite_persons_view_is_still_the_last_voices():
    assert _view_claims("general")["speaker"].tolist() == ["Oleksandr Syrskyi"]


# --- a call sign in a relative clause (sk17): the subject's own, not another person's the clause brings in ------------

def _officer_quote(clause: str) -> str:
    text = ("Road to the town is cut\n\nKYIV — A senior officer of the 24th Brigade, " + clause + ", said on Monday the "
            "road was cut. “We bring shells in at night,” he said.\n")
    return speaker_of(text, "We bring shells")


def test_a_call_sign_of_another_person_in_the_clause_is_not_the_subjects():
    assert _officer_quote("who had spoken to a drone pilot with the call sign Bison") != "Bison"
    assert _officer_quote("who commands a drone pilot known by the call sign Bison") != "Bison"


def test_the_subjects_own_call_sign_in_the_clause_is_still_the_speaker():
    assert _officer_quote("who asked to be identified only by his call sign Bison because he was not allowed to "
                          "speak") == "Bison"


# --- "One of my company commanders" (sk17): one of a group however its plural is made ------------------------------

def test_one_of_a_group_with_an_irregular_plural_is_one_unnamed_person():
    from saidvsdone.mentions import label_as_written
    assert label_as_written("One of my men") == "man (unnamed)"
    assert label_as_written("one of our servicewomen") == "servicewoman (unnamed)"
    assert label_as_written("One of our witnesses") == "witness (unnamed)"


def test_one_of_a_group_with_a_plain_plural_is_as_before():
    from saidvsdone.mentions import label_as_written
    assert label_as_written("One of my company commanders") == "company commander (unnamed)"
    assert label_as_written("one of his deputies") == "one of his deputies"  # (no person's noun of the table)


# --- "what X said on Tuesday about …" (cl11 made "on Tuesday" no topic): the topic after the day still is one --------

def _claims_of(text: str):
    from saidvsdone import claims
    body = "Assaults go on near the town\n\nKYIV — " + text + "\n"
    return claims.find(corpus.from_text(body, published="2025-06-03"))


def test_what_a_body_said_on_a_day_about_a_topic_gives_no_content():
    found = _claims_of("Here is what the Russian Defence Ministry said on Tuesday about the assaults near the town.")
    assert not found["text"].str.contains("Here is what", regex=False).any()


def test_what_a_body_said_on_a_day_that_is_still_a_claim():
    found = _claims_of("The Russian Defence Ministry said on Tuesday that its forces had captured the village of "
                       "Dachne.")
    assert found["text"].str.contains("captured the village", regex=False).any()
