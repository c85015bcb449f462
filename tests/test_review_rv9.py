"""Review of round 11's wave 2 (rv9): rules that could misfire on ordinary copy. Every sentence is invented."""

from __future__ import annotations

from saidvsdone import corpus, document, mentions, quotes


def speaker_of(text: str, words: str, published: str = "2025-03-08") -> str:
    table = quotes.extract(corpus.from_text(text, published=published))
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


def noun(text: str, word: str) -> str:
    start = text.index(word)
    return mentions.nationality_noun(text, start, start + len(word))


# --- sk20's nationality nouns: a demonym before an unhyphenated compound or in a list is an adjective -------------

def test_a_demonym_before_an_unhyphenated_participle_is_no_person():
    assert noun("The Ukrainian armed forces said they held the line.", "Ukrainian") == ""
    assert noun("The Russian backed separatists fired shells.", "Russian") == ""
    assert noun("The Russian occupied south was shelled.", "Russian") == ""


def test_a_demonym_in_a_list_of_demonyms_is_no_person():
    assert noun("The Ukrainian, Russian and Belarusian delegations met.", "Ukrainian") == ""
    assert noun("The Ukrainian and Polish ministers met.", "Ukrainian") == ""


def test_a_demonym_before_a_verb_is_still_a_person():
    assert noun("The Ukrainian shook his head.", "Ukrainian") == "Ukraine"
    assert noun("The Estonian argued that the line would hold.", "Estonian") == "Estonia"
    text = "Zelensky met Macron in Paris. The Ukrainian was tired. “We need more drones,” he said."
    assert speaker_of(text, "We need more drones") == "Volodymyr Zelensky"


# --- sk20's "top military officer": a bare "the officer" never resolves to a chief of the general staff -----------

def test_a_bare_officer_is_no_chief_of_staff():
    # not the chief of staff: one officer the text does not name, labelled as its claim would be (lb2)
    assert speaker_of("“We are holding the line,” the officer said.", "holding the line") == "officer (unnamed)"
    text = "A Russian officer was captured last week.\n\n“We are holding the line,” the officer said."
    assert speaker_of(text, "holding the line") == "Russian officer (unnamed)"


def test_a_named_country_s_most_senior_military_officer_is_its_chief():
    text = "“We are holding the line,” Russia's most senior military officer said."
    assert speaker_of(text, "holding the line") == "Valery Gerasimov"


# --- lb1's speaker_label: a person's name no table knows keeps its spelling --------------------------------------

def test_a_persons_name_is_not_respelled():
    doc = document.build("x", "Hello.")
    assert mentions.speaker_label(doc, "Tom Defense", 0) == "Tom Defense"
    assert speaker_of("“We need more shells,” said Tom Defense, a retired colonel.", "more shells") == "Tom Defense"


def test_descriptive_labels_still_take_the_conventions_spelling():
    doc = document.build("x", "Hello.")
    assert mentions.speaker_label(doc, "senior U.S. defense official (unnamed)", 0) == "senior US defence official (unnamed)"
    assert mentions.speaker_label(doc, "American officials", 0) == "US officials"
    assert mentions.speaker_label(doc, "Defense Department", 0) == "US Department of Defense"


# --- lb1's group demonym: the demonym must qualify the group itself, not the subject of a verb whose object it is --

def test_a_group_that_is_the_object_of_another_side_gives_no_demonym():
    for lead in ("Russian drones hunt soldiers near the river every night.",
                 "Russian forces captured soldiers near the river."):
        text = lead + "\n\nA soldier said: “We were lucky.”"
        assert speaker_of(text, "We were lucky") == "soldier (unnamed)"


def test_a_group_with_its_modifiers_still_gives_its_demonym():
    for lead in ("Calls of Russian soldiers were released.", "Calls of Russian conscript soldiers were released."):
        text = lead + "\n\nA soldier said: “We are tired.”"
        assert speaker_of(text, "We are tired") == "Russian soldier (unnamed)"


# --- fa17's record of launches: "a total of" after a verb of launching is that verb's subject's count --------------

def _strike_sides(text: str) -> list[tuple[float, str]]:
    from _facts_readings import readings
    return [(value, actor) for value, unit, actor, _ in readings(text) if unit == "drones"]


def test_a_total_launched_by_a_named_side_is_that_sides():
    text = ("Russia launched 100 drones at Kyiv on Monday night, the air force said.\n\n"
            "Ukraine launched a total of 120 drones at Russian regions.")
    assert _strike_sides(text) == [(100.0, "Russia"), (120.0, "Ukraine")]


def test_a_record_with_no_verb_of_launching_is_still_the_last_launchers():
    text = ("Russia launched 53 missiles and 300 drones overnight, the air force said. Air defence units destroyed 43 "
            "missiles and 250 drones.\n\nThe attack fell short of the record of 700 drones.")
    assert _strike_sides(text)[-1] == (700.0, "Russia")


def test_a_surname_that_is_a_title_word_after_a_known_first_name_is_a_name():
    # the apposed role ("a retired colonel") no longer wins over a person whose surname is a title word
    assert speaker_of("“We must hold the line,” said John Major, a former prime minister.", "hold the line") == "John Major"
    assert speaker_of("“We need more shells,” said Tom Defense, a colonel.", "more shells") == "Tom Defense"
    # a title with no name after it stays nobody's name
    assert speaker_of("“We need more shells,” said the Ukrainian Army Commander.", "more shells") != "Ukrainian Army Commander"
