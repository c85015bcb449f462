"""Headline claims' voices and days (round 23, hl9: issue 11): a seat of power's headline given to the person of its
country whose body claim restates it, the speaker's own words before its verb read rather than a rubric's, a voice
changed by a later rule taking the new voice's day, and a headline's day taken from the body statement that restates
it (its speaker's, or the institution's spokesman's). Sentences written for these tests, not taken from any
article."""

from __future__ import annotations

import pandas as pd

from saidvsdone.claims import _headlines
from test_headlines_hl8 import _headlines as _headlines_of  # (the same reader of one invented text's headline rows)


def _line(rows: pd.DataFrame, opening: str) -> pd.DataFrame:
    """The headline rows of the line that opens with ``opening`` (at least one; hl8's helper asks for exactly one)."""
    line = rows[rows["text"].str.startswith(opening)]
    assert len(line) >= 1
    return line


# --- 1. a seat of power's headline: the person of its country who states it in the body ---------------------------

_MINISTER_STATES_IT = (
    "Kremlin rules out truce until Kyiv leaves the Oskil valley\n\n"
    "By Dana Rolfe\n\n"
    "Foreign Minister Sergei Lavrov said on Thursday that Moscow would not accept any truce until Ukrainian troops "
    "leave the Oskil valley.\n\n"
    "Kremlin spokesman Dmitry Peskov said on Friday that Russian units had repelled four attacks near Kupiansk.")


def test_a_seat_of_power_headline_goes_to_the_person_who_restates_it():
    rows = _headlines_of(_MINISTER_STATES_IT, "2025-05-09")
    title = _line(rows, "Kremlin rules out")
    assert list(title["speaker"]) == ["Sergei Lavrov"]
    assert title["statement_date"].iloc[0] == pd.Timestamp("2025-05-08")


_NOBODY_STATES_IT = (
    "Kremlin says talks with envoys were useful\n\n"
    "By Dana Rolfe\n\n"
    "Kremlin spokesman Dmitry Peskov said on Friday that Russian units had repelled four attacks near Kupiansk.")


def test_a_seat_of_power_headline_nobody_restates_keeps_its_voice():
    rows = _headlines_of(_NOBODY_STATES_IT, "2025-05-09")
    assert "Sergei Lavrov" not in set(rows["speaker"])


def test_the_seat_named_alone_is_a_seat_an_office_after_it_is_not():
    assert _headlines._seat_named("Kremlin") == "Kremlin"
    assert _headlines._seat_named("The Kremlin") == "Kremlin"
    assert _headlines._seat_named("Kremlin spokesman") == ""
    assert _headlines._seat_named("Moscow") == ""


# --- 2. the speaker's own words before its verb, not a rubric's ---------------------------------------------------

def test_the_stated_clause_follows_the_speaker_before_its_verb():
    line = "Ukraine war latest: Russia claims Borivske, Ukraine says fighting goes on in its streets"
    assert _headlines._stated_clause(line, "Ukraine", "says") == "fighting goes on in its streets"
    # (without the verb, the first time the words are written, as before)
    assert _headlines._stated_clause(line, "Ukraine", "").startswith("latest:")


# --- 3. a voice changed by a later rule takes the new voice's day -------------------------------------------------

def test_a_new_voice_drops_a_day_read_from_the_old_one_and_keeps_it_for_the_same():
    row = {"speaker": "A", "statement_date": pd.Timestamp("2025-01-02"), "date_basis": "same speaker, ‘Thursday’"}
    _headlines._new_voice(row, "A")
    assert row["statement_date"] == pd.Timestamp("2025-01-02")
    _headlines._new_voice(row, "B")
    assert row["speaker"] == "B" and pd.isna(row["statement_date"])


_BLOGGERS_QUOTED = (
    "Pokrovsk, the Seim and the bridges: a week on the channels\n\n"
    "Syrskyi says Ukraine holds more of the Seim valley; Russian bloggers say the push on Myrnohrad is going "
    "'better than anyone hoped'\n\n"
    "The Friday Digest | Compiled by the monitoring desk\n\n"
    "Apti Alaudinov, commander of the Akhmat special forces, wrote on Tuesday that Russian bloggers had the "
    "Seim valley wrong and that his men held every village there.\n\n"
    "“Grey Heron”, a pro-war Russian channel (Monday):\n\n"
    "The channel wrote that Russian units near Myrnohrad were advancing “better than anyone hoped” and were "
    "about 6 kilometres from the town.\n\n"
    "Apti Alaudinov, commander of the Akhmat special forces, said on Tuesday that his men had repelled three "
    "attacks near Korenevo.")


def test_a_headline_group_given_the_channel_it_quotes_takes_the_channels_day():
    rows = _headlines_of(_BLOGGERS_QUOTED, "2024-08-23")
    group = rows[rows["speaker_as_written"] == "Russian bloggers"]
    assert list(group["speaker"]) == ["Grey Heron"]
    assert group["statement_date"].iloc[0] == pd.Timestamp("2024-08-19")  # the channel's Monday, not Tuesday


# --- 4. a headline's day: the body statement that restates it -----------------------------------------------------

_BRIEFING_RESTATES_IT = (
    "Defence Ministry: allied troops close in on Siversk, three more villages taken this week\n\n"
    "Moscow Evening Post | Military\n\n"
    "Russian forces have taken three more villages around Siversk this week and are closing in on the town, "
    "Defence Ministry spokesman Lieutenant-General Igor Konashenkov said at a briefing on Friday.\n\n"
    "On Thursday the Defence Ministry said its air defences had shot down two drones over the Belgorod region.")


def test_a_headline_takes_the_day_of_the_spokesmans_statement_that_restates_it():
    rows = _headlines_of(_BRIEFING_RESTATES_IT, "2022-07-08")
    title = _line(rows, "Defence Ministry:")
    assert len(title) == 1
    assert title["statement_date"].iloc[0] == pd.Timestamp("2022-07-08")  # Friday's briefing, not Thursday's drones
    assert title["date_basis"].iloc[0].startswith("body, the statement it restates")


_OWN_LATER_STATEMENT = (
    "Ukraine's air force says 40 Shahed drones downed over the Kyiv region overnight\n\n"
    "By Ivan Hale\n\n"
    "Ukraine's air force said on Thursday that Russia had launched two ballistic missiles at Odesa.\n\n"
    "On Friday, the air force said its units had downed 40 Shahed drones over the Kyiv region overnight.")


_NOTHING_RESTATES_IT = (
    "Ukraine's air force says the skies over Kyiv are safer\n\n"
    "By Ivan Hale\n\n"
    "Ukraine's air force said on Thursday that Russia had launched two ballistic missiles at Odesa.\n\n"
    "On Friday, the air force said its units had downed 40 Shahed drones over the Chernihiv region overnight.")


def test_a_headline_takes_the_day_of_its_own_speakers_statement_that_restates_it():
    # (Friday's drones, not Thursday's missiles; a title no body statement restates keeps the day read before)
    for text, restated in ((_OWN_LATER_STATEMENT, True), (_NOTHING_RESTATES_IT, False)):
        title = _line(_headlines_of(text, "2025-02-08"), "Ukraine's air force says")
        assert len(title) == 1
        assert str(title["date_basis"].iloc[0]).startswith("body, the statement it restates") == restated
        if restated:
            assert title["statement_date"].iloc[0] == pd.Timestamp("2025-02-07")



# --- 5. a two-voice line's short clause: one shared word names its body voice ------------------------------------

_SHORT_SECOND_CLAUSE = (
    "Russia claims gains near Siversk as Ukraine says it thwarted a major push\n\n"
    "By Ivan Hale\n\n"
    "Russia's defence ministry said its forces had taken two villages near Siversk.\n\n"
    "Ukrainian officials said troops had thwarted an attack on the town overnight.\n\n"
    "The Ukrainian military said fighting went on along the whole front.")


def test_a_two_voice_lines_short_clause_goes_to_the_body_voice_sharing_its_word():
    rows = _headlines_of(_SHORT_SECOND_CLAUSE, "2025-11-20")
    line = _line(rows, "Russia claims gains")
    assert "Ukrainian officials" in set(line["speaker"])
    assert "Russian Defence Ministry" in set(line["speaker"])
