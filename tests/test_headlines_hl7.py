"""Headline claims on everyday copy (round 22, hl7: issue 11): the page's furniture between a title and its deck
(rubric lines, mastheads, stamps with a reading time, credits, an editor's note in brackets), a document's adjective
read as a name ("New figures suggest …"), and a deck's bare group left unqualified. Sentences written for these
tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import citing, claims, corpus, segment
from saidvsdone import document as _document


# --- 1. lines of a page's furniture ------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Daily Courier | World | Europe",
    "THE RIVERSIDE HERALD | WORLD",
    "NORTHERN STAR RADIO · Politics · Defence",
    "4 minute read · Updated May 3, 2025 6:12 PM GMT+2",
    "LISTEN · 5:31 | Download | Embed | Transcript",
    "Aired: Monday, 5 May 2025 | Transcript posted: Tuesday, 6 May 2025",
    "Published May 3, 2025 at 9:15 a.m. | Updated May 3, 2025 at 11:02 a.m. | Compiled by the night desk from wires",
    "THE RIVERSIDE HERALD",
    "[Editor's note: this story has been updated with the ministry's figures.]",
])
def test_a_rubric_masthead_stamp_or_note_is_the_page_furniture(line):
    assert segment.furniture_line(line)


@pytest.mark.parametrize("line", [
    "Ukraine war | Russia claims two villages near the river",
    "Kyiv | It rained all night.",
    "Russian Troops Abandon Key Towns",
    "Zelensky: our troops hold the bridgehead",
    "RATING: FALSE",
    "World news",
])
def test_a_headline_or_a_sentence_is_no_furniture(line):
    assert not segment.furniture_line(line)


def test_a_two_field_stamp_with_a_dash_before_the_clock_is_a_date_line():
    assert segment.furniture_line("03/05/2025 - 09:40 CET | Updated 03/05/2025 - 12:15 CET") == "date"


# --- 2. the deck under a title, over the page's furniture ----------------------------------------------------------

_DECK_OVER_MASTHEAD = (
    "Russian casualties near 300,000, U.S. officials estimate\n\n"
    "New figures suggest Moscow's losses have risen steeply since the spring, officials say, while Kyiv keeps its "
    "own count secret.\n\n"
    "THE RIVERSIDE HERALD | WORLD\n\n"
    "By Ann Vale and Tom Reese | May 9, 2025\n\n"
    "WASHINGTON — The number of Russian troops killed or wounded in Ukraine has reached about 300,000, U.S. "
    "officials said on Thursday.\n\n"
    "Of those, as many as 120,000 have been killed, the officials said.\n\n"
    "Ukrainian losses were put at about 70,000 killed, they said.")


def _doc(text, published="2025-05-09"):
    return next(_document.documents(corpus.from_text(text, published=published)))


def test_a_deck_over_a_masthead_line_is_the_deck():
    assert citing.deck(_doc(_DECK_OVER_MASTHEAD)) == 1


def test_the_deck_over_a_masthead_is_a_headline_claim_of_the_qualified_group():
    found = claims.find(corpus.from_text(_DECK_OVER_MASTHEAD, published="2025-05-09"))
    rows = found[found["headline"]]
    deck = rows[rows["text"].str.startswith("New figures")]
    assert list(deck["speaker"]) == ["US officials"]
    assert str(deck["statement_date"].iloc[0].date()) == "2025-05-08"
    body = found[~found["headline"]]
    assert not body["text"].str.startswith("New figures").any()  # (no body row for the deck)


def test_a_reading_time_stamp_under_the_byline_is_no_deck():
    text = ("Russia fires 60 drones at Odesa overnight, air force says\n\n"
            "By Ann Vale\n\n"
            "4 minute read · Updated May 3, 2025 6:12 PM GMT+2\n\n"
            "ODESA, May 3 (Wire) - Russia launched 60 drones at the Odesa region overnight, Ukraine's air force said "
            "on Saturday.\n\n"
            "Air defence units shot down 52 of them, the air force said.")
    assert citing.deck(_doc(text, "2025-05-03")) == -1


def test_an_editors_note_in_brackets_is_no_deck():
    text = ("Ukraine says its troops hold the bridgehead\n\n"
            "Daily Courier | World | Europe\n\n"
            "By Ann Vale\n\n"
            "[Editor's note: this story has been updated with the ministry's figures.]\n\n"
            "Ukrainian forces still hold the bridgehead on the river's left bank, the army's southern command said on "
            "Saturday.\n\n"
            "Russia's defence ministry said its troops had pushed the Ukrainians back.")
    assert citing.deck(_doc(text, "2025-05-03")) == -1


# --- 3. a document's adjective is nobody's name ----------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["New figures suggest", "Latest estimates show", "Fresh data show"])
def test_a_documents_adjective_is_no_speaker(opening):
    text = ("Russian losses climb, officials say\n\n"
            f"{opening} Russian losses have climbed steeply since the spring, officials say.\n\n"
            "WASHINGTON — Russian losses have reached 300,000, U.S. officials said on Thursday.")
    found = claims.find(corpus.from_text(text, published="2025-05-09"))
    speakers = set(found["speaker"])
    assert opening.split()[0] not in speakers
    assert "US officials" in speakers


def test_a_known_body_before_figures_still_speaks():
    text = ("Russian losses climb, Pentagon says\n\n"
            "WASHINGTON — Pentagon figures show Russian losses have climbed to 300,000 since the invasion began.")
    found = claims.find(corpus.from_text(text, published="2025-05-09"))
    assert "US Department of Defense" in set(found["speaker"])


# --- 4. a strike's salvo counted in a headline, whatever it hit ------------------------------------------------------

_SALVO_BODY = ("KYIV, May 3 (Wire) - Russia launched 70 missiles and 50 drones at Ukraine overnight, striking power "
               "plants in four regions, Ukraine's air force said on Saturday.\n\n"
               "Air defence units shot down 41 of the missiles, the air force said.")


@pytest.mark.parametrize("title", [
    "Russia hits Ukrainian power plants with 120 missiles and drones, air force says",
    "Russia pounds energy grid with 70 missiles, air force says",
])
def test_a_salvo_counted_in_a_headline_is_a_claim_even_at_the_grid(title):
    found = claims.find(corpus.from_text(title + "\n\n" + _SALVO_BODY, published="2025-05-03"))
    rows = found[found["headline"]]
    assert list(rows["speaker"]) == ["Ukrainian Air Force"]


@pytest.mark.parametrize("title", [
    "Strike with three drones kills two civilians in Kharkiv, governor says",
    "Russian attack with 12 missiles kills five people in Dnipro, officials say",
])
def test_a_headline_toll_of_civilians_stays_no_claim(title):
    body = "A Russian strike killed civilians in the city overnight, the regional governor said on Saturday."
    found = claims.find(corpus.from_text(title + "\n\n" + body, published="2025-05-03"))
    assert not found["headline"].any()


# --- 5. a noun of a list in a subhead is no stance verb ------------------------------------------------------------

@pytest.mark.parametrize("subhead", ["Strikes, claims and counter-claims", "Raids, reports or rumours"])
def test_a_listed_noun_in_a_subhead_gives_no_claim(subhead):
    text = ("Russia says it took two villages\n\n"
            "MOSCOW, May 5 - Russia's defence ministry said on Monday that its troops had taken two villages near "
            "Pokrovsk.\n\n"
            f"{subhead}\n\n"
            "Ukraine's military said on Monday that its troops still held the line near both villages.")
    found = claims.find(corpus.from_text(text, published="2025-05-06"))
    assert not found["text"].str.startswith(subhead.split(",")[0]).any()
    assert "Russian Defence Ministry" in set(found[found["headline"]]["speaker"])
