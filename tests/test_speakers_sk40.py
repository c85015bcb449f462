"""sk40 (round 25): who said it, on everyday copy (issue 13). Structural speaker rules, each exercised by sentences
invented here:

- "Defence Minister A B said …. His ministry said …": a ministry a pronoun owns is the ministry of the minister the
  pronoun points back to, read as "the ministry" is (the tables' body the minister who spoke last heads), and when
  the tables list no such body, that country's ministry of the minister's office, written as rule 3 of the label
  grammar writes an institution no table lists (``speech._subjects._pronouns_ministry``)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_metamorphic_mt10 import _found  # noqa: E402  (the same readers of one invented text)

HEAD = "Front line quiet\n\nThe night passed with little shelling, residents said.\n\n"


def _claim(table, opening: str):
    return table[table["text"].str.startswith(opening)].iloc[0]


def _quote(said, opening: str):
    return said[said["text"].str.startswith(opening)].iloc[0]


def test_his_ministry_after_a_defence_minister_is_his_ministry():
    _, found = _found(HEAD + "Defence Minister Sergei Shoigu said on Monday that Russian forces held most of the "
                             "valley. His ministry said the same day that Ukrainian forces had lost up to 250 soldiers "
                             "near the river.\n")
    assert _claim(found, "His ministry said")["speaker"] == "Russian Defence Ministry"


def test_her_ministry_with_an_adverb_before_the_verb():
    said, found = _found(HEAD + "Defence Minister Rustem Umerov said on Monday that the line was holding. “The enemy "
                                "lost two tanks at the bridge,” his ministry also said.\n")
    assert _quote(said, "The enemy lost")["speaker"] == "Ukrainian Defence Ministry"


def test_a_ministry_the_tables_do_not_list_takes_the_ministers_office_and_country():
    _, found = _found(HEAD + "Foreign Minister Dmytro Kuleba said on Monday that the talks had stalled. His ministry "
                             "later said that Russian troops had shelled two villages near the border overnight.\n")
    assert _claim(found, "His ministry later")["speaker"] == "Ukrainian Foreign Ministry"


def test_no_minister_before_leaves_the_words_alone():
    # nobody of the tables spoke before: the pronoun's ministry is no body this rule can name
    _, found = _found(HEAD + "A retired colonel spoke to reporters on Monday. His ministry said that Russian troops had "
                             "shelled two villages near the border overnight.\n")
    row = _claim(found, "His ministry said")
    assert row["speaker"] not in ("Russian Defence Ministry", "Ukrainian Defence Ministry", "Ukrainian Foreign Ministry")


# "The Defence Ministry said its air defences had destroyed N Ukrainian drones": a body written without its country,
# nothing else siding it, speaks for the side opposite the demonym its own forces' success names
# (``speech._speakers._institution_against_target``)

def test_a_bare_ministry_whose_forces_downed_the_other_sides_drones():
    _, found = _found(HEAD + "The Defense Ministry said on Friday morning that its air defenses had destroyed 40 "
                             "Ukrainian drones over the border regions overnight.\n")
    assert _claim(found, "The Defense Ministry said")["speaker"] == "Russian Defence Ministry"


def test_a_bare_ministry_whose_units_repelled_the_other_sides_attacks():
    _, found = _found(HEAD + "The defence ministry said its units had repelled five Russian attacks near the river "
                             "crossing on Thursday.\n")
    assert _claim(found, "The defence ministry said")["speaker"] == "Ukrainian Defence Ministry"


def test_the_older_credited_side_still_comes_first():
    # no "its forces" success: the side the sentence credits with an advance (``_sided_institution``) decides
    _, found = _found(HEAD + "The defence ministry said on Thursday that Russian troops had advanced two kilometres "
                             "near the river crossing.\n")
    assert _claim(found, "The defence ministry said")["speaker"] == "Russian Defence Ministry"


# "A B, the founder of the X group, whose fighters …, claimed …": the ", whose …," aside hangs on the body of the
# person's apposition; the sentence's subject is the person it opens with (``speech._subjects._aside_on_apposed_body``)

def test_a_whose_aside_on_the_apposed_body_leaves_the_person_speaking():
    _, found = _found(HEAD + "Yevgeny Prigozhin, the founder of the Wagner mercenary group, whose fighters have led the "
                             "assault on the city, claimed on Monday that they controlled most of the town.\n")
    assert _claim(found, "Yevgeny Prigozhin, the founder")["speaker"] == "Yevgeny Prigozhin"


def test_a_role_inside_the_apposition_is_no_second_subject():
    _, found = _found(HEAD + "Oleh Marchenko, a commander in the Azov group, whose fighters have held the ridge, said "
                             "on Monday that Russian troops had shelled the town.\n")
    assert _claim(found, "Oleh Marchenko, a commander")["speaker"] == "Oleh Marchenko"


def test_a_body_opening_the_sentence_still_speaks_itself():
    _, found = _found(HEAD + "The Wagner mercenary group, whose fighters have led the assault on the city, claimed on "
                             "Monday that they controlled most of the town.\n")
    assert _claim(found, "The Wagner mercenary group")["speaker"] != "Yevgeny Prigozhin"
