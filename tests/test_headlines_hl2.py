"""claims.find on headline claims (round 12, hl2: issues 11 and 13; blind batch hl2, tests/gold/stress/blind18):
titles and decks printed in capitals, offices named in a deck as the body names them, colon sub-headings of a live page
that state nothing about the war. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus

_BODY = ("Russia's Defence Ministry said on Tuesday that its troops had taken the village of Zelenyi Hai near "
         "Pokrovsk.\n\nUkraine's General Staff said on Tuesday that Russian forces had lost 1,200 troops over the "
         "past day.\n\nPresident Volodymyr Zelensky said on Tuesday that Russia had lost the initiative.\n\n"
         "Kremlin spokesman Dmitry Peskov said on Tuesday that the offensive would continue until its goals were met.")


def _headline_rows(title, body=_BODY, deck="", published="2025-04-09"):
    text = title + "\n\n" + (deck + "\n\n" if deck else "") + body
    found = claims.find(corpus.from_text(text, published=published, title=title))
    return found[found["headline"]]


# --- 1. an ALL CAPS title is read as its Title Case twin; the row keeps the capitals ----------------------------

@pytest.mark.parametrize("title, speaker", [
    ("ZELENSKY: RUSSIA HAS LOST THE INITIATIVE", "Volodymyr Zelensky"),
    ("PESKOV: OFFENSIVE WILL CONTINUE UNTIL GOALS ARE MET", "Dmitry Peskov"),
    ("RUSSIA SAYS IT HAS TAKEN ZELENYI HAI", "Russian Defence Ministry"),
    ("KREMLIN VOWS OFFENSIVE WILL GO ON", "Dmitry Peskov"),
    ("ZELENYI HAI CAPTURED — RUSSIAN MOD", "Russian Defence Ministry"),
    ("RUSSIA 'HAS LOST INITIATIVE' – ZELENSKY", "Volodymyr Zelensky"),
])
def test_an_all_caps_title_is_read_as_title_case(title, speaker):
    rows = _headline_rows(title)
    assert list(rows["speaker"]) == [speaker]
    assert list(rows["text"]) == [title]  # the article's letters, not the twin's


def test_an_all_caps_title_gets_the_same_rows_as_its_title_case():
    title = "Kremlin Vows Offensive Will Go On"
    caps, cased = _headline_rows(title.upper()), _headline_rows(title)
    assert list(caps["speaker"]) == list(cased["speaker"])
    assert list(caps["statement_date"]) == list(cased["statement_date"])


def test_an_all_caps_deck_is_read_as_title_case():
    rows = _headline_rows("Battle for Zelenyi Hai", deck="PESKOV: OFFENSIVE WILL CONTINUE UNTIL GOALS ARE MET")
    assert list(rows["speaker"]) == ["Dmitry Peskov"]


def test_acronyms_keep_the_tables_case():
    rows = _headline_rows("RUSSIAN ADVANCE SLOWING, SAYS ISW",
                          body="The Institute for the Study of War said on Monday that the Russian advance was slowing.")
    assert list(rows["speaker"]) == ["Institute for the Study of War (ISW)"]


def test_an_all_caps_title_with_no_attribution_is_no_claim():
    # (must not change) capitals give no speaker to a title that has none
    assert _headline_rows("RUSSIAN TROOPS NEAR POKROVSK").empty


def test_body_lines_in_capitals_are_left_as_written():
    # (must not change) a transcript label in the body stays a label: only title, deck and sub-heading lines are recased
    body = _BODY + "\n\nSENIOR DEFENSE OFFICIAL: Russian forces have lost 1,000 troops a day this month."
    found = claims.find(corpus.from_text("Russia presses on near Pokrovsk\n\n" + body, published="2025-04-09",
                                         title="Russia presses on near Pokrovsk"))
    assert not found["text"].str.startswith("SENIOR DEFENSE OFFICIAL").any()


# --- 2. a rank in a title ("…, claims Russian general") is no word of an institution's name ("General Staff") ------

_RANK_BODY = ("Ukraine's General Staff said on Tuesday that Russian forces had lost 1,200 troops near Pokrovsk.\n\n"
              "Russia's Defence Ministry said on Tuesday that its troops would take Pokrovsk by spring.")


def test_a_rank_of_one_side_is_not_the_other_sides_general_staff():
    rows = _headline_rows("Pokrovsk will fall by spring, claims Russian general", body=_RANK_BODY)
    assert "Ukrainian General Staff" not in list(rows["speaker"])


def test_a_rank_written_in_the_body_is_still_the_body_speaker():
    # (must not change) "Colonel General A B said": the one body speaker introduced with that rank
    body = ("Colonel General Mikhail Teplinsky said on Tuesday that Russian troops would take Pokrovsk by spring.\n\n"
            + _RANK_BODY)
    rows = _headline_rows("Pokrovsk will fall by spring, claims Russian general", body=body)
    assert list(rows["speaker"]) == ["Mikhail Teplinsky"]


# --- 3. a short word of a title's speaker is whole when matched to a body label ("UK" is no cut "Ukrainian") --------

def test_a_country_acronym_is_not_a_cut_demonym():
    rows = _headline_rows("Russia's army is running out of steam, says UK")
    assert "Ukrainian General Staff" not in list(rows["speaker"])


def test_a_word_cut_short_still_finds_its_body_label():
    # (must not change) "UK intel: …" over the body's "UK Defence Intelligence"
    body = ("Britain's Defence Intelligence said on Tuesday that Russia had lost 1,000 troops a day in May.\n\n"
            + _BODY)
    rows = _headline_rows("UK intel: Russia lost 1,000 troops a day in May", body=body)
    assert list(rows["speaker"]) == ["UK Defence Intelligence"]


# --- 4. a described subject with a side ("Ukrainian army chief concedes …") is the body's first speaker of that side -

def test_a_described_subject_of_one_side_is_not_the_other_sides_first_speaker():
    rows = _headline_rows("Ukrainian army chief concedes Russian gains near Pokrovsk")
    assert list(rows["speaker"]) == ["Ukrainian General Staff"]


def test_a_described_subject_with_no_side_is_the_body_first_speaker():
    # (must not change) "Pro-war bloggers claim …" with no side written: the body's first speaker, as before
    rows = _headline_rows("Pro-war bloggers claim Zelenyi Hai taken")
    assert list(rows["speaker"]) == ["Russian Defence Ministry"]


# --- 5. a deck's definite role ("…, the presidential spokesman says") is the holder the body names after it --------

_SPOKESMAN_BODY = ("Moscow will not agree to a ceasefire until Kyiv withdraws its forces from Donbas, Kremlin spokesman "
                   "Dmitry Peskov said on Sunday.\n\nRussia's Defence Ministry said on Sunday that its forces had "
                   "taken two villages.")


def test_a_decks_definite_role_is_the_holder_named_in_the_body():
    rows = _headline_rows("Ceasefire only after Donbas is 'liberated' — Kremlin", body=_SPOKESMAN_BODY,
                          deck="Russian troops have the initiative on every axis, the presidential spokesman says",
                          published="2025-09-14")
    assert list(rows["speaker"]) == ["Dmitry Peskov", "Dmitry Peskov"]


def test_a_body_role_is_the_person_introduced_with_that_office():
    # (must not change) in the body, "The commander said" after "A B … commands a battalion" is A B, not the famous
    # commander-in-chief named further down
    body = ("Lieutenant Colonel Oleh Tkach spoke in a cellar. Tkach commands a battalion near the river. The commander "
            "said his unit had taken 40 enemy soldiers prisoner. President Vladimir Putin said the counteroffensive "
            "had failed.")
    found = claims.find(corpus.from_text("Battalion holds the river\n\n" + body, published="2023-07-19",
                                         title="Battalion holds the river"))
    assert list(found[~found["headline"]]["speaker"])[:1] == ["Oleh Tkach"]


# --- 6. a standfirst of full sentences in a headline's present ("X says …. Y says ….") under the title -------------

def test_a_standfirst_of_two_present_tense_sentences_is_a_deck():
    rows = _headline_rows("Battle for Zelenyi Hai", deck="The defence ministry says its troops have taken Zelenyi "
                          "Hai. The general staff says Russia lost 1,200 troops.")
    assert list(rows["speaker"]) == ["Russian Defence Ministry", "Ukrainian General Staff"]


def test_a_lede_in_the_past_under_the_title_stays_body():
    # (must not change) "X said on Tuesday …" under the title is the lede, not a standfirst
    rows = _headline_rows("Battle for Zelenyi Hai", deck="Russia's defence ministry said on Tuesday that its troops "
                          "had taken Zelenyi Hai.")
    assert rows.empty


# --- 7. a headline's place with a bare participle ("Zelenyi Hai taken, Russia says", "X falls — Kremlin") -----------

@pytest.mark.parametrize("title", ["Zelenyi Hai taken, Russia says", "Zelenyi Hai falls, Russia says",
                                   "Zelenyi Hai taken — Russian MoD"])
def test_a_place_with_a_bare_participle_is_a_territory_claim(title):
    rows = _headline_rows(title)
    assert list(rows["speaker"]) == ["Russian Defence Ministry"]


@pytest.mark.parametrize("title", ["Meeting held in Minsk, Kremlin says", "Election held, Kremlin says"])
def test_a_thing_held_is_no_place_taken(title):
    # (must not change) "held" of a meeting or an election takes no place
    assert _headline_rows(title).empty


def test_a_long_lede_in_the_present_stays_body():
    # (must not change) a lede of thirty words told in the present is the body's first sentence, not a standfirst
    rows = _headline_rows("Battle for Zelenyi Hai", deck="Russian military bloggers claim that assault units have "
                          "reached the centre of Zelenyi Hai, while the Ukrainian brigade defending the village says "
                          "the attackers were pushed back to their starting positions.")
    assert rows.empty
