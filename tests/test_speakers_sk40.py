"""sk40 (round 25): who said it, on everyday copy (issue 13). Structural speaker rules, each exercised by sentences
invented here:

- "Defence Minister A B said …. His ministry said …": a ministry a pronoun owns is the ministry of the minister the
  pronoun points back to, read as "the ministry" is (the tables' body the minister who spoke last heads), and when
  the tables list no such body, that country's ministry of the minister's office, written as rule 3 of the label
  grammar writes an institution no table lists (``speech._subjects._pronouns_ministry``);
- "The Defence Ministry said its air defences had destroyed 40 Ukrainian drones": a body written without its country
  that nothing else sides speaks for the side opposite the demonym its own forces' success names
  (``speech._speakers._institution_against_target``);
- "A B, the founder of the X group, whose fighters …, claimed …": the ", whose …," aside hangs on the body of the
  person's apposition; the sentence's subject is the person it opens with
  (``speech._subjects._aside_on_apposed_body``)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_metamorphic_mt10 import _found  # noqa: E402  (the same readers of one invented text)
from test_speakers_sk39 import _claim, _quote  # noqa: E402  (the row of a table that opens so)

HEAD = "Front line quiet\n\nThe night passed with little shelling, residents said.\n\n"


@pytest.mark.parametrize("text, opening, speaker", [
    ("Defence Minister Sergei Shoigu said on Monday that Russian forces held most of the valley. His ministry said the "
     "same day that Ukrainian forces had lost up to 250 soldiers near the river.", "His ministry said",
     "Russian Defence Ministry"),
    # the tables list no such body: that country's ministry of the minister's office (rule 3)
    ("Foreign Minister Dmytro Kuleba said on Monday that the talks had stalled. His ministry later said that Russian "
     "troops had shelled two villages near the border overnight.", "His ministry later", "Ukrainian Foreign Ministry"),
    # a body written without its country, its own forces' success against the other side's demonym
    ("The Defense Ministry said on Friday morning that its air defenses had destroyed 40 Ukrainian drones over the "
     "border regions overnight.", "The Defense Ministry said", "Russian Defence Ministry"),
    ("The defence ministry said its units had repelled five Russian attacks near the river crossing on Thursday.",
     "The defence ministry said", "Ukrainian Defence Ministry"),
    # no "its forces" success: the side the sentence credits with an advance decides, as before
    ("The defence ministry said on Thursday that Russian troops had advanced two kilometres near the river crossing.",
     "The defence ministry said", "Russian Defence Ministry"),
    # a ", whose …," aside on the body of the person's apposition: the person speaks
    ("Yevgeny Prigozhin, the founder of the Wagner mercenary group, whose fighters have led the assault on the city, "
     "claimed on Monday that they controlled most of the town.", "Yevgeny Prigozhin, the founder", "Yevgeny Prigozhin"),
    ("Oleh Marchenko, a commander in the Azov group, whose fighters have held the ridge, said on Monday that Russian "
     "troops had shelled the town.", "Oleh Marchenko, a commander", "Oleh Marchenko"),
])
def test_claim_speaker(text, opening, speaker):
    _, found = _found(HEAD + text + "\n")
    assert _claim(found, opening)["speaker"] == speaker


def test_a_pronouns_ministry_in_an_inverted_quote_attribution():
    said, _ = _found(HEAD + "Defence Minister Rustem Umerov said on Monday that the line was holding. “The enemy lost "
                            "two tanks at the bridge,” his ministry also said.\n")
    assert _quote(said, "The enemy lost")["speaker"] == "Ukrainian Defence Ministry"


def test_no_minister_before_leaves_the_pronouns_ministry_unnamed():
    # nobody of the tables spoke before: the pronoun's ministry is no body this rule can name
    _, found = _found(HEAD + "A retired colonel spoke to reporters on Monday. His ministry said that Russian troops had "
                             "shelled two villages near the border overnight.\n")
    assert _claim(found, "His ministry said")["speaker"] not in (
        "Russian Defence Ministry", "Ukrainian Defence Ministry", "Ukrainian Foreign Ministry")


def test_a_body_opening_the_sentence_before_a_whose_aside_still_speaks_itself():
    _, found = _found(HEAD + "The Wagner mercenary group, whose fighters have led the assault on the city, claimed on "
                             "Monday that they controlled most of the town.\n")
    assert _claim(found, "The Wagner mercenary group")["speaker"] != "Yevgeny Prigozhin"


def test_the_formation_words_closing_a_named_formations_apposition_come_from_armed_units():
    # (sk40's fold: the words after a formation's name in marks were a list in the speech layer; now uses "name_tail")
    from saidvsdone import vocab
    tail = set(vocab.formation_words("name_tail"))
    assert {"group", "grouping", "brigade", "command", "unit", "detachment", "forces"} <= tail
    assert "forces" not in vocab.formation_words("body") and "fleet" not in tail
    _, found = _found(HEAD + "Oleh Marchenko, spokesman of the “Dnipro” operational-strategic group of forces, told "
                             "reporters on Monday that Russian troops had shelled the town.\n")
    assert _claim(found, "Oleh Marchenko, spokesman")["speaker"] == "Oleh Marchenko"
