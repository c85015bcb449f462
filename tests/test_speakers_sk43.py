"""sk43 (round 28): who said it, on copy nobody had read. Each rule is exercised by sentences invented here:

- "according to A B C, a senior researcher at the X Institute in Penang, who reckoned that …": the ", who …" after a
  person's apposition that closes on a body or a place is the person's, not the place's
  (``speech._subjects._apposed_person_head``);
- "… Goh Siew Lan, a researcher …. “…,” Ms Goh said": a three-word name written surname first is the whole name behind
  the bare surname (``mentions.full_name_from_first``);
- "Several pro-war bloggers … faulted the generals for massing troops …. One of them wrote", "Three Ukrainian officers spoke to reporters. One of them said": "one of them" is one of the group the
  sentence opens on, not of the last plural noun (``speech._names._group_named_before``);
- "the open-source group Border Watch …. The group said": a bare "the group" is the body no table lists that the
  article introduced with that noun (``speech._speakers._unlisted_body_named``);
- "The Kremlin said on Wednesday …" ⏎ "Dmitry Peskov, the Kremlin's spokesman, told reporters …": the seat's lede
  statement is its spokesman's, as label rule 4 says; a seat nobody's words are tied to keeps its name
  (``speech._speakers._seat_voice_next``);
- "In Sumy itself, …, a city hall official told a radio station": the office of the city the sentence opens
  in, the place first as label rule 5 writes it (``speech._subjects._fronted_city_office``);
- "Russian envoy says … “…”; Kyiv says …": a quote in a deck's first clause is never the next clause's speaker's
  (``attribution``); "The outlet cautioned" (a body by its noun) speaks as no person (``speech._dates._speaks_as_person``),
  and "they" in a sentence opening on a group is left to that group (``speech._names._opening_group``)."""

import pandas as pd
import pytest

from saidvsdone import claims, corpus, quotes


def _read(text: str, day: str = "2024-11-20") -> tuple[pd.DataFrame, pd.DataFrame]:
    """The quotes and the claims of an invented article: a title, one line of scene, then ``text``."""
    doc = corpus.from_text("Front line quiet\n\nThe night passed with little shelling, residents said.\n\n" + text + "\n",
                           published=day)
    return (said := quotes.extract(doc)), claims.find(doc, said)


def _rows(table: pd.DataFrame, opening: str) -> pd.DataFrame:
    """The rows whose text opens with ``opening``."""
    return table.loc[[str(t).startswith(opening) for t in table["text"]]]


def _speakers(table: pd.DataFrame, opening: str) -> list[str]:
    return list(_rows(table, opening)["speaker"])


# --- a ", who …" after a person's apposition closing on a place ------------------------------------------------------

@pytest.mark.parametrize("text, opening, speaker", [
    ("Russian forces gained some 400 square kilometres in September, according to Goh Siew Lan, a senior researcher "
     "at the Institute for Maritime Affairs in Penang, who reckoned that the advance had slowed.", "Russian forces gained",
     "Goh Siew Lan"),
    ("The front moved little in October, according to Pavel Dorn, an analyst with the Baltic Defence Forum in Tallinn, "
     "who said that Russian units had gained under 100 square kilometres.", "The front moved", "Pavel Dorn"),
])
def test_who_after_an_apposition_closing_on_a_place_is_the_person(text, opening, speaker):
    _, found = _read(text)
    assert _speakers(found, opening) == [speaker]


# --- three-word names written surname first --------------------------------------------------------------------------

def test_a_bare_surname_is_the_whole_three_word_name():
    said, _ = _read("Russian troops pushed closer to the river, according to Goh Siew Lan, a researcher at the Institute "
                    "for Maritime Affairs.\n\n\"The drones change the mood more than the map,\" Ms Goh said. "
                    "\"They will not turn the tide,\" she said.")
    assert _speakers(said, "The drones change") == ["Goh Siew Lan"]
    assert _speakers(said, "They will not turn") == ["Goh Siew Lan"]


def test_a_two_word_name_stays_two_words():
    said, _ = _read("Taras Hnatyuk, a spokesman for the brigade, spoke on Monday.\n\n\"We are holding,\" Taras said.")
    assert _speakers(said, "We are holding") == ["Taras Hnatyuk"]


# --- "one of them": one of the group the sentence opens on -----------------------------------------------------------

def test_one_of_them_is_one_of_the_subject_group_not_the_last_plural():
    said, _ = _read("Several outspoken Russian military bloggers reported the losses, and faulted the generals for massing "
                    "conscripts in one school. One of them wrote that the school had housed the battalion "
                    "\"since the summer, which nobody hid\".")
    speaker = _speakers(said, "since the summer")
    assert speaker and "blogger" in speaker[0] and "conscript" not in speaker[0]


def test_one_of_them_after_a_group_that_spoke_to_reporters():
    said, _ = _read("Three Ukrainian officers spoke to reporters on Monday. One of them said the unit was "
                    "\"holding the line\" near the town.")
    assert _speakers(said, "holding the line") == ["Ukrainian officer (unnamed)"]


# --- "the group": the unlisted body introduced with the noun ---------------------------------------------------------

@pytest.mark.parametrize("introduction", [
    "The images were published by the open-source group Border Watch.",
    "Border Watch, a group of volunteer analysts, has been mapping the offensive.",
])
def test_the_group_is_the_body_introduced_with_the_noun(introduction):
    _, found = _read(introduction + "\n\nThe group said Russian units had advanced to within two kilometres of the "
                     "plant.")
    assert _speakers(found, "The group said") == ["Border Watch"]


def test_the_group_with_no_body_introduced_is_no_body():
    _, found = _read("The open-source group Border Watch mapped the shelling.\n\nPolice said the square was closed."
                     "\n\nThe group said Russian units had advanced to within two kilometres of the plant.", )
    assert _speakers(found, "The group said") == ["Border Watch"]  # (the body introduced: the twin below has none)
    _, found = _read("Police said the square was closed.\n\nThe group said Russian units had advanced to within two "
                     "kilometres of the plant.")
    assert _speakers(found, "The group said") in (["group"], [""])


# --- a seat of power's lede tied to its spokesman --------------------------------------------------------------------

def test_the_seat_is_its_spokesman_named_in_the_next_paragraph():
    said, found = _read("The Kremlin said on Wednesday that Russian forces would keep up their offensive \"at the pace "
                        "the army sets\", a day after the strike.\n\nDmitry Peskov, the Kremlin's spokesman, told "
                        "reporters that Russian troops were \"gaining ground in every sector\".")
    assert _speakers(found, "The Kremlin said") == ["Dmitry Peskov"]
    assert _speakers(said, "at the pace") == ["Dmitry Peskov"]


def test_the_seat_keeps_its_name_when_no_spokesman_follows():
    _, found = _read("The Kremlin said on Wednesday that the offensive would go on.\n\nThe colonel asked that his "
                     "brigade not be named.")
    assert _speakers(found, "The Kremlin said") == ["Kremlin"]


# --- a city's office in a sentence set in that city ------------------------------------------------------------------

@pytest.mark.parametrize("opening, speaker", [
    ("In Kupiansk itself,", "Kupiansk city council official (unnamed)"),
    ("In Kupiansk,", "Kupiansk city council official (unnamed)"),
    ("In February,", "city council official (unnamed)"),
])
def test_a_city_office_takes_the_city_the_sentence_opens_in(opening, speaker):
    _, found = _read(opening + " the taps had run dry for five days, and Russian guns were shelling the outskirts "
                     "round the clock, a city council official told a radio station.", "2022-03-03")
    assert _speakers(found, opening) == [speaker]


# --- a quote in a two-speaker deck's first clause --------------------------------------------------------------------

def test_a_quote_before_a_semicolon_is_not_the_next_clause_speaker():
    doc = corpus.from_text("Talks end with a prisoner swap\n\nRussian envoy says Moscow will not halt its offensive "
                           "\"for the sake of a pause\"; Kyiv says the demands are unacceptable\n\nThe talks ended on "
                           "Friday.\n", published="2025-05-19")
    said = quotes.extract(doc)
    speakers = _speakers(said, "for the sake of a pause")
    assert len(speakers) == 1 and speakers[0] != "Ukrainian government (Kyiv)"  # (the quote kept, not Kyiv's)


# --- a body named by its noun is never "he", "she" or a later "they" of people ---------------------------------------

def test_a_body_named_by_its_noun_speaks_as_no_person():
    from saidvsdone.mentions import Mention
    from saidvsdone.speech._dates import _speaks_as_person
    assert not _speaks_as_person(Mention(0, 10, "Border Watch", "The outlet", "role"), None)
    assert not _speaks_as_person(Mention(0, 9, "Border Watch", "The group", "role"), None)
