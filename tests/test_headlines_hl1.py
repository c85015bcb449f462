"""claims.find on headline speakers (round 11, hl1: issues 11 and 13; blind batch hl, tests/gold/stress/blind16):
titles and decks whose speaker is written without a side, an office with no side, or a country whose body statement
is an unnamed official's. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _headline_rows(title, body, deck="", published="2025-04-09"):
    text = title + "\n\n" + (deck + "\n\n" if deck else "") + body
    found = claims.find(corpus.from_text(text, published=published, title=title))
    return found[found["headline"]]


# --- 1. a bare group in a title ("…, military says"): the body's speaker whose words the title sums up -------------

_AIR_BODY = ("KYIV, April 8 - Ukraine's air defences destroyed all 18 missiles and 30 drones that Russia launched "
             "overnight, the air force said on Tuesday.\n\nRussia's defence ministry said it had struck military "
             "airfields in central Ukraine.")

_VILLAGE_BODY = ("Russia's defence ministry said on Tuesday that its troops had taken the village of Zelenyi Hai.\n\n"
                 "Ukraine's military said on Tuesday that its soldiers still held the northern half of the village.")


@pytest.mark.parametrize("title", [
    "Ukraine downs all 18 Russian missiles, military says",
    "Ukraine downs all 18 Russian missiles, says military",
    "Ukraine downs all 18 Russian missiles, officials say",
    "Military says Ukraine downed all 18 Russian missiles",
])
def test_a_bare_group_in_a_title_is_the_body_speaker_it_sums_up(title):
    rows = _headline_rows(title, _AIR_BODY)
    assert list(rows["speaker"]) == ["Ukrainian Air Force"]


def test_a_bare_group_in_a_title_of_the_other_side():
    rows = _headline_rows("Russian forces take Zelenyi Hai, officials say", _VILLAGE_BODY)
    assert list(rows["speaker"]) == ["Russian Defence Ministry"]


def test_a_bare_group_over_two_voices_sharing_its_words_keeps_its_label():
    # (must not change) both sides speak of the village: nobody is chosen
    rows = _headline_rows("Fighting for village goes on, officials say", _VILLAGE_BODY)
    assert list(rows["speaker"]) == ["officials"]


def test_a_bare_group_that_is_no_sides_voice_keeps_its_label():
    # (must not change) analysts speak for no side's office
    rows = _headline_rows("Russian forces gaining ground near Pokrovsk, analysts say", _VILLAGE_BODY)
    assert list(rows["speaker"]) == ["analysts"]


def test_a_group_with_its_side_written_is_unchanged():
    # (must not change) "Ukraine's military says" is resolved as before
    rows = _headline_rows("Ukraine's military says its soldiers still hold half of Zelenyi Hai", _VILLAGE_BODY)
    assert list(rows["speaker"]) == ["Ukrainian military"]


# --- 2. an office with no side in a title ("…, says top general"): the one of its holders who speaks in the body ------

_GENERAL_BODY = ("The push on the town was going to plan, the Russian army's most senior officer told foreign attachés in "
                 "a rare briefing.\n\nValery Gerasimov, the chief of Russia's general staff, said on Tuesday that Russian "
                 "units were closing in on the town from two directions.")


def test_an_office_with_no_side_is_its_holder_who_speaks_in_the_body():
    rows = _headline_rows("Russian push on Lyman 'going to plan', says top general", _GENERAL_BODY)
    assert list(rows["speaker"]) == ["Valery Gerasimov"]


def test_an_office_two_of_whose_holders_speak_stays_unresolved():
    # (must not change) both sides' top generals speak in the body: no one is chosen
    body = _GENERAL_BODY + ("\n\nOleksandr Syrskyi, Ukraine's commander-in-chief, said on Tuesday that Russian units "
                            "had been stopped west of the river.")
    rows = _headline_rows("Push on Lyman 'going to plan', says top general", body)
    assert list(rows["speaker"]) == ["top general"]


# --- 3. a country in a title over an unnamed official's statement ------------------------------------------------

_OFFICIAL_BODY = ("Russia has massed more than 40,000 troops across the border from the Kharkiv region and could attack "
                  "within weeks, a senior Ukrainian military official said on Tuesday.\n\nSerhiy Hrytsenko, a spokesman "
                  "for Ukraine's border guards, said on Tuesday that Russian drones had hit two checkpoints in the Sumy "
                  "region.")


def test_a_country_in_a_title_is_the_unnamed_official_who_states_it():
    rows = _headline_rows("Ukraine says Russia massing troops near Kharkiv region", _OFFICIAL_BODY)
    assert list(rows["speaker"]) == ["senior Ukrainian military official (unnamed)"]


def test_a_country_in_a_title_stays_with_the_named_spokesman_who_states_it():
    # (must not change) the title sums up the spokesman's words, not the official's
    rows = _headline_rows("Ukraine says Russian drones hit border checkpoints in Sumy region", _OFFICIAL_BODY)
    assert list(rows["speaker"]) == ["Serhiy Hrytsenko"]


def test_an_office_in_a_title_case_headline_is_its_holder_too():
    rows = _headline_rows("Russian Push On Lyman 'Going To Plan', Says Top General", _GENERAL_BODY)
    assert list(rows["speaker"]) == ["Valery Gerasimov"]


# --- 4. Title Case headlines: "As", "While", "Amid" break two speakers' clauses as the lower case words do ----------

_TWO_SIDES_BODY = ("Kremlin spokesman Dmitry Peskov told reporters on Monday that the offensive would go on until its "
                   "goals were met.\n\nUkrainian President Volodymyr Zelensky said on Monday that Ukraine would not give "
                   "up the Donetsk region and that its troops were holding the line.")


@pytest.mark.parametrize("title", [
    "Kremlin says offensive will go on as Zelensky rules out giving up Donetsk",
    "Kremlin Says Offensive Will Go On As Zelensky Rules Out Giving Up Donetsk",
    "Kremlin Says Offensive Will Go On While Zelensky Rules Out Giving Up Donetsk",
])
def test_a_title_case_conjunction_opens_a_second_speakers_clause(title):
    rows = _headline_rows(title, _TWO_SIDES_BODY, published="2025-10-21")
    assert sorted(rows["speaker"]) == ["Dmitry Peskov", "Volodymyr Zelensky"]


def test_a_title_case_conjunction_before_no_speaker_adds_nobody():
    # (must not change) "As Winter Sets In" has no speaker of its own
    rows = _headline_rows("Kremlin Says Offensive Will Go On As Winter Sets In", _TWO_SIDES_BODY, published="2025-10-21")
    assert list(rows["speaker"]) == ["Dmitry Peskov"]



# --- 5. an office of one side the tables do not know ("Russian defence chief"): the body's person of that side
#        introduced with its field's words ("Defence Minister A B"), not another chief who shares only the rank -------

_DEFENCE_BODY = ("Defence Minister Andrei Belousov told a meeting on Thursday that Russian forces had taken two villages "
                 "near Pokrovsk.\n\nYevgeny Prigozhin, the Wagner chief, said on Thursday that his fighters held the town.")


@pytest.mark.parametrize("title", ["Russian defence chief claims two villages near Pokrovsk",
                                   "Russia's defense chief says troops took two villages near Pokrovsk"])
def test_a_sides_office_is_the_body_person_introduced_with_its_field(title):
    rows = _headline_rows(title, _DEFENCE_BODY, published="2025-05-09")
    assert list(rows["speaker"]) == ["Andrei Belousov"]


def test_a_chief_named_by_his_group_stays_his():
    # (must not change) "Wagner chief" names no field a body person is introduced with: the layer's reading stays
    rows = _headline_rows("Wagner chief says his fighters hold the town", _DEFENCE_BODY, published="2025-05-09")
    assert list(rows["speaker"]) == ["Yevgeny Prigozhin"]


def test_a_sides_institution_in_a_title_stays_the_institution():
    # (must not change) "Russian MoD" is the ministry, not the spokesman the body introduces by its name
    body = ("The Russian Defence Ministry said on Friday that Russian forces had completed the liberation of the "
            "village of Krasna Hora.\n\nDefence Ministry spokesman Igor Konashenkov said on Friday that Ukrainian units "
            "had lost up to 200 soldiers near Krasna Hora.")
    rows = _headline_rows("Russian MoD announces liberation of Krasna Hora", body, published="2025-05-10")
    assert list(rows["speaker"]) == ["Russian Defence Ministry"]
