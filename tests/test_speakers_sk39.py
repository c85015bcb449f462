"""sk39 (round 24): who said it, on everyday copy (issue 13). Structural speaker rules, each exercised by sentences
invented here:

- a participle after a quote ("…”, adding that “…”) has no inverted subject: "that" is nobody, the quote keeps the
  sentence's speaker (``attribution._NO_INVERTED_SUBJECT``);
- "“…,” said a 30-year-old medic from a unit near the river, who …": one unnamed person after the inverted verb, the
  place where he serves no part of his label (``attribution._INVERTED_PERSON``);
- "The ministry said …. Several pro-war bloggers went further. They wrote that …": "they" is the group of people that
  opened the sentence in between, not the body that spoke before it (``speech._names._group_opening_since``);
- "the press service of (Ukraine's / the) 72nd Mechanised Brigade said" speaks for the brigade in the claims as in the
  quotes (``claims._speakers``, ``speech.PRESS_OF``), its label the unit's own name as the gold sets write
  numbered units ("72nd Mechanised Brigade", no country before it);
- "“…”, said on Friday that …" names no inverted speaker (the verb's day and its content clause);
- "A spokesperson for the European Commission said" → ``European Commission spokesperson (unnamed)``: a body no
  table lists as a speaker goes before the spokesperson's noun (rule 5), not a bare "spokesperson (unnamed)"."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_metamorphic_mt10 import _found  # noqa: E402  (the same readers of one invented text)

HEAD = "River town waits\n\nKHERSON — Shelling went on overnight, officials said.\n\n"


def _quote(said, opening: str):
    return said[said["text"].str.startswith(opening)].iloc[0]


def _claim(table, opening: str):
    return table[table["text"].str.startswith(opening)].iloc[0]


def test_a_participles_that_is_no_speaker_after_the_quote():
    said, _ = _found(HEAD + "In Moscow, the foreign ministry said on Monday that it had sent “a firm note” to the "
                            "embassy over its “hostile acts and the reports tied to them”, adding that “all options "
                            "stay open”.\n")
    row = _quote(said, "hostile acts")
    assert row["speaker"] == "Russian Foreign Ministry"
    assert _quote(said, "all options")["speaker"] == "Russian Foreign Ministry"


def test_an_unnamed_person_placed_after_the_inverted_verb_speaks():
    said, _ = _found(HEAD + "Crews say the nights are long. “We sit by the radar until dawn and count every light,” "
                            "said a 29-year-old gunner from a mobile unit near the river, who asked not to be named.\n")
    assert _quote(said, "We sit by the radar")["speaker"] == "gunner (unnamed)"


def test_the_place_phrase_does_not_swallow_a_named_speaker():
    said, _ = _found(HEAD + "“We hold the bank,” said Taras Hnatiuk, a gunner from a unit near the river.\n")
    assert _quote(said, "We hold the bank")["speaker"] == "Taras Hnatiuk"


STORY = (HEAD + "Russia's Defence Ministry said on Monday that its troops had “taken” a village near the canal. "
                "{GROUP} went further. They wrote that Russian units had crossed the canal and were “tightening the "
                "ring” around the town.\n")


def test_they_is_the_group_opening_the_sentence_before_it():
    said, found = _found(STORY.replace("{GROUP}", "Several Russian military bloggers"))
    assert _quote(said, "tightening the ring")["speaker"] == "Russian military bloggers"
    assert _claim(found, "They wrote that")["speaker"] == "Russian military bloggers"
    assert _quote(said, "taken")["speaker"] == "Russian Defence Ministry"


def test_they_stays_with_the_body_when_no_group_opens_a_sentence():
    text = (HEAD + "Russia's Defence Ministry said on Monday that its troops had “taken” a village near the canal. "
                   "The fighting went on. They said Russian units had crossed the canal and were “tightening the "
                   "ring” around the town.\n")
    said, _ = _found(text)
    assert _quote(said, "tightening the ring")["speaker"] == "Russian Defence Ministry"


def test_the_press_service_of_a_numbered_unit_speaks_for_the_unit_in_quotes_and_claims():
    said, found = _found(HEAD + "The press service of Ukraine's 72nd Mechanised Brigade said on Friday that the "
                                "Russian reports were “pure fantasy” and that its soldiers held the village.\n")
    assert _quote(said, "pure fantasy")["speaker"] == "72nd Mechanised Brigade"
    assert _claim(found, "The press service of")["speaker"] == "72nd Mechanised Brigade"


def test_the_press_service_of_the_unit_without_a_country_too():
    _, found = _found(HEAD + "The press service of the 72nd Mechanised Brigade said on Friday that its soldiers had "
                             "pushed Russian troops out of the village.\n")
    assert _claim(found, "The press service of")["speaker"] == "72nd Mechanised Brigade"


def test_a_spokesperson_for_a_bloc_body_is_labelled_with_the_body():
    said, _ = _found(HEAD + "Allies urged restraint. A spokesperson for the European Commission said on Monday that "
                            "the bloc was “watching the dam hour by hour” and was in touch with the agency.\n")
    assert _quote(said, "watching the dam")["speaker"] == "European Commission spokesperson (unnamed)"


def test_a_spokesperson_for_a_body_the_tables_know_is_still_the_body():
    said, _ = _found(HEAD + "A spokesman for the General Staff said on Monday that the army was “holding every "
                            "line”.\n")
    assert _quote(said, "holding every line")["speaker"] == "Ukrainian General Staff"


def test_the_verbs_day_and_content_clause_after_a_quote_are_no_inverted_speaker():
    said, _ = _found(HEAD + "The commander, who had earlier called the assault “a test”, said on Friday that his men "
                            "were “holding”.\n")
    assert "Friday" not in _quote(said, "a test")["speaker"]
