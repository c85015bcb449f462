"""Who said it (issue 13), sk34: structural speaker rules counted on heldout11 and the other studied sets — the wire's
delayed identification (a lede's role, the person named in the very next sentence with a relative clause), a later
title of another country that is not the lede's role, a headline country speaking through its lede's person, and
hyphenated given names written after the surname (sentences of our own; each test states the rule)."""

from __future__ import annotations

from saidvsdone import corpus, document

from test_speakers_sk33 import _found, _speakers  # (the same two readers: an article's quotes and claims, by words)

#: a wire's lede: an unnamed Ukrainian spokesman, named in the next sentence with a relative clause
_LEDE = ("Russian assaults near Siversk have slowed after a month of fighting, a Ukrainian military spokesman said on "
         "Monday. Capt. Taras Melnyk, who speaks for the northern group of forces, told a television channel that the "
         "enemy had lost about 900 men.\n")
#: the same lede with nobody named next
_UNNAMED_LEDE = ("Russian assaults near Siversk have slowed after a month of fighting, a Ukrainian military spokesman "
                 "said on Monday.\n")
_PESKOV = "\nKremlin spokesman Dmitry Peskov said on Monday that no talks were planned.\n"


def test_indefinite_lede_role_is_the_person_named_next_with_a_relative_clause():
    # "…, a Ukrainian military spokesman said." then "Capt. A B, who speaks for …, told …": him, not a spokesman of
    # another country named further down
    _, found = _found(_LEDE + _PESKOV)
    assert _speakers(found, "have slowed after a month") == ["Taras Melnyk"]
    assert _speakers(found, "no talks were planned") == ["Dmitry Peskov"]


def test_definite_unresolved_office_is_the_person_named_next_with_a_relative_clause():
    # "Ukraine's deputy foreign minister told a conference …" then "A B, who is in charge of …, said …"
    _, found = _found("Russia's advance slowed in the autumn but cost it more men than ever, Ukraine's deputy "
                      "foreign minister told a conference in Vilnius on Friday.\n\n"
                      "Iryna Koval, who is in charge of the ministry's contacts with donors, said Russian forces "
                      "had taken about 500 square kilometres in October.\n")
    assert _speakers(found, "cost it more men than ever") == ["Iryna Koval"]


def test_no_delayed_identification_when_the_next_name_was_named_before():
    # the person opening the next sentence spoke earlier in the story: the lede's role is somebody else
    _, found = _found("Taras Melnyk, a Ukrainian officer, said on Monday that the bridge was still standing.\n\n"
                      "Russian assaults near Siversk have slowed after a month of fighting, a Ukrainian military "
                      "spokesman said on Tuesday. Taras Melnyk, who commands a company there, told a television "
                      "channel that his men were tired.\n")
    assert _speakers(found, "have slowed after a month") == ["Ukrainian military spokesman (unnamed)"]


def test_lede_role_is_no_title_of_another_country_named_below():
    # "a Ukrainian military spokesman said" with no one named next: not "Kremlin spokesman A B" further down
    _, found = _found(_UNNAMED_LEDE + _PESKOV)
    assert _speakers(found, "have slowed after a month") == ["Ukrainian military spokesman (unnamed)"]


def test_headline_capital_speaks_through_the_ledes_named_person():
    # "Kyiv says …" over a lede whose voice is a Ukrainian spokesman named in the next sentence: that person
    _, found = _found("Kyiv says Russian push near Siversk has stalled\n\n" + _LEDE)
    headline = found[found["headline"].astype(bool)]
    assert list(headline["speaker"]) == ["Taras Melnyk"]


def test_headline_capital_keeps_its_body_when_the_lede_is_the_other_side():
    # the lede's person speaks for Russia: "Kyiv says" is not his
    _, found = _found("Kyiv says Russian push near Siversk has stalled\n\n"
                      "Russian troops are advancing near Siversk, Kremlin spokesman Dmitry Peskov said on Monday.\n")
    headline = found[found["headline"].astype(bool)]
    assert "Dmitry Peskov" not in list(headline["speaker"])


def test_hyphenated_given_name_after_the_surname_is_part_of_the_name():
    quotes_found, found = _found("\"The drones will come home with them,\" said Lee Soo-jin, a researcher at an "
                                 "institute in Seoul. She said she expected the units to rotate every few months. "
                                 "Lee said later that the troops were learning fast.\n")
    assert _speakers(quotes_found, "come home with them") == ["Lee Soo-jin"]
    assert _speakers(found, "rotate every few months") == ["Lee Soo-jin"]
    assert _speakers(found, "learning fast") == ["Lee Soo-jin"]


def _act_speakers(text: str) -> list[tuple[str, str]]:
    doc = next(document.documents(corpus.from_text(text, published="2025-03-10")))
    return [(act.speaker.speaker, act.speaker.as_written) for act in doc.speech.acts]


def test_adjective_compounds_stay_no_given_name():
    # "Kyiv-run", "Nato-led", "Moscow-installed": adjectives (a country's or capital's head, an adjective's tail),
    # never the given name of the word before them
    assert _act_speakers("Officials of the Kyiv-run administration said the town was holding.") == \
        [("", "the Kyiv-run administration")]
    assert _act_speakers("Denis Pushilin, the Moscow-installed leader, said the town was holding.") == \
        [("Denis Pushilin", "Denis Pushilin")]
    assert _act_speakers("Colonel Oleh Zadorozhny-led units said the town was holding.")[0][0] != "Oleh Zadorozhny-led"


def test_quoted_as_with_any_speech_participle_gives_the_one_quoted():
    # "He quotes A B, then the commander, as telling officers that …": A B's words, not the author's who quotes him
    quotes_found, _ = _found("Andrii Koval wrote the memoir in a year. He quotes Petro Lysak, then the brigade "
                             "commander, as telling officers in March that the town was \"worth every day we hold "
                             "it\".\n")
    assert _speakers(quotes_found, "worth every day") == ["Petro Lysak"]
    # "as saying" reads as before
    quotes_found, _ = _found("The agency quoted Petro Lysak as saying that the town was \"worth every day\".\n")
    assert _speakers(quotes_found, "worth every day") == ["Petro Lysak"]


def test_fronted_part_of_the_day_leaves_the_name_after_it_the_subject():
    # "One evening A let me watch … “…,” he said": A, the paragraph's subject, not the speaker of the paragraph before
    for opening in ("One evening", "Every morning", "On Tuesday"):
        quotes_found, _ = _found("Vitalii, a young infantryman, told me that his platoon had started with 30 men. "
                                 "He said nine of them were still in position.\n\n"
                                 f"{opening} Bohdan let me watch the screen as he flew a drone towards a ruined "
                                 "barn. \"Missed,\" he said, and tried again.\n")
        assert _speakers(quotes_found, "Missed") == ["Bohdan"], opening



def test_russian_general_staff_is_a_body_of_its_own():
    # "the Russian General Staff said" is Russia's body (no role word: "the General Staff said" stays as before)
    quotes_found, _ = _found("In March the Russian General Staff said the \"first stage\" of its operation was "
                             "complete.\n")
    assert _speakers(quotes_found, "first stage") == ["Russian General Staff"]
    assert _act_speakers("The General Staff said on Monday that 40 attacks had been repelled near Pokrovsk.") == \
        [("Ukrainian General Staff", "The General Staff")]
    # its chief, named after the office, is the person
    _, found = _found("The Chief of the General Staff of the Russian Armed Forces, Valery Gerasimov, said Russian "
                      "forces had taken the initiative along the whole front.\n")
    assert _speakers(found, "taken the initiative") == ["Valery Gerasimov"]
