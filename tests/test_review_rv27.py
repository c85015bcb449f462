"""rv27 (round 27's final read): the bugs and near-copies a reviewer found in the round's change, each exercised by
sentences invented here. Helper rv27fixa's tests are named ``test_rv27fixa_…``."""

import pytest

from saidvsdone import claims, corpus, quotes

from test_speakers_sk42 import _read as _rv27fixa_read, _rows as _rv27fixa_rows  # (an invented article's rows)


# --- B1: a capital's city or regional body stays the city's ----------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Kyiv's regional administration said 40 drones had been shot down over the region.",
     "Kyiv's regional administration"),
    ("Kyiv's city council said 40 drones had been shot down over the city.", "Kyiv's city council"),
])
def test_rv27fixa_a_capitals_local_body_is_not_its_countrys(text, speaker):
    _, found = _rv27fixa_read(text)
    rows = _rv27fixa_rows(found, "Kyiv's")
    assert len(rows) == 1 and rows.iloc[0]["speaker"] == speaker


@pytest.mark.parametrize("label", ["Moscow's health department", "Kyiv's city military administration",
                                   "Kyiv's military administration", "Kyiv's regional council"])
def test_rv27fixa_capital_owned_body_refuses_local_government(label):
    from saidvsdone.mentions import capital_owned_body, people
    assert capital_owned_body(label, people()) == ""
    assert capital_owned_body("Seoul's intelligence service", people()) == "South Korean National Intelligence Service"


def test_rv27fixa_a_capitals_national_body_is_still_its_countrys():
    _, found = _rv27fixa_read("Warsaw's foreign ministry said Russian troops had massed near the border.")
    assert _rv27fixa_rows(found, "Warsaw's").iloc[0]["speaker"] == "Polish Foreign Ministry"


# --- B2: a gathering's nth day counts from its opening's day ---------------------------------------------------------

_RV27FIXA_SAYS = "\n\nSpeaking to reporters on the second day of the summit, Stoltenberg said: “We will stand firm.”"


@pytest.mark.parametrize("opening", [
    "The NATO summit, which opened in Vilnius on Tuesday, ends on Thursday.",
    "NATO leaders opened their summit in Vilnius on Tuesday, a day after Russian missiles hit Odesa on Monday.",
    "On Tuesday, NATO leaders opened their summit in Vilnius.",
])
def test_rv27fixa_nth_day_counts_from_the_opening_day(opening):
    said, _ = _rv27fixa_read(opening + _RV27FIXA_SAYS, day="2023-07-14")
    assert str(said.iloc[0]["statement_date"])[:10] == "2023-07-12"  # Tuesday the 11th, then its second day


def test_rv27fixa_nth_day_noun_is_a_whole_word():
    said, _ = _rv27fixa_read("Exports tripled after the new route opened on Monday, the port said.\n\nSpeaking on the "
                             "second day of his trip, the minister said: “We will stand firm.”", day="2023-07-14")
    assert "trip (" not in said.iloc[0]["date_basis"]


# --- B3: a dash after a formation's kind in small letters is an apposition, no signature -----------------------------

@pytest.mark.parametrize("text", [
    "Ukraine's most decorated unit is now fighting near Pokrovsk – the 47th Mechanised Brigade.",
    "The strike hit the headquarters of a single formation – the Southern Defence Forces.",
])
def test_rv27fixa_a_dash_apposition_is_no_signature(text):
    _, found = _rv27fixa_read(text)
    assert not len(_rv27fixa_rows(found, text[:12]))


@pytest.mark.parametrize("text", [
    "Over the past day, Russian troops lost 120 soldiers near Kupiansk – the Southern Defence Forces.",
    "Russian forces attacked the positions of the 92nd brigade 14 times near Kupiansk – the Southern Defence Forces.",
])
def test_rv27fixa_a_dash_signature_still_signs(text):
    _, found = _rv27fixa_read(text)
    assert list(_rv27fixa_rows(found, text[:12])["speaker"]) == ["Southern Defence Forces"]


# --- B4: a statement marked as going on at the sentence's start, in any case -----------------------------------------

_RV27FIXA_BOARD = """Minister says troops took 30 villages since spring

Speaking at a board meeting of the defence ministry on Tuesday, Defence Minister Andrei Belousov said Russian troops \
had taken control of 30 villages since May.

MARK the ministry said that air defence units had shot down more than 500 Ukrainian drones over the past month.
"""


@pytest.mark.parametrize("mark", ["In addition,", "Also,", "Additionally,"])
def test_rv27fixa_going_on_at_the_sentence_start_takes_the_ministers_day(mark):
    doc = corpus.from_text(_RV27FIXA_BOARD.replace("MARK", mark), published="2024-10-17")
    found = claims.find(doc, quotes.extract(doc))
    row = _rv27fixa_rows(found, mark)
    assert len(row) == 1 and str(row.iloc[0]["statement_date"])[:10] == "2024-10-15"


# --- B5: a compound first name is no body's name before a first name -------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("UN peacekeeping chief Jean Pierre Lacroix said the mission would stay. “We are not leaving the region now,” "
     "Lacroix said.", "Jean Pierre Lacroix"),
    ("Iranian diplomat Mohammad Ali Hosseini said talks would go on. “We are not leaving the talks now,” Hosseini "
     "said.", "Mohammad Ali Hosseini"),
    ("The head of the Donetsk People's Republic Denis Pushilin said the town had fallen. “The town is ours now,” "
     "Pushilin said.", "Denis Pushilin"),
])
def test_rv27fixa_a_compound_first_name_stays_whole(text, speaker):
    said, _ = _rv27fixa_read(text)  # (the claim's mention, read by unknown_names, still cuts "Jean": left, rv27fixa)
    assert set(said["speaker"]) == {speaker}
