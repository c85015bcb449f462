"""claims.find on headline claims (round 14, hl4: issues 11 and 13; the misses of tests/gold/heldout4, studied from
this round): a standfirst over page furniture other than a "By A B" byline, a title with two speakers, a profile's
"his brigade says", the day a deck's claim takes from the body, and a side's officers as a group. Sentences written
for these tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _rows(text, title, published="2025-03-12"):
    return claims.find(corpus.from_text(text, published=published, title=title))


def _headline_rows(text, title, published="2025-03-12"):
    found = _rows(text, title, published)
    return found[found["headline"]]


def _day(row) -> str:
    return "" if row["statement_date"] != row["statement_date"] else str(row["statement_date"].date())


# --- 1. a standfirst over page furniture: a date line, a "|" line, a desk's byline ---------------------------------

_TITLE = "Q&A: How long can Huliaipole hold out?"
_DECK = ("The town is losing ground faster than at any time this year, Ukraine's army chief admits. "
         "Our reporters explain what is at stake.")
_BODY = ("Ukraine's commander-in-chief, Oleksandr Syrskyi, said on Tuesday that Russian troops were advancing on "
         "the town from two directions and that the pace of their attacks had doubled since February.\n\n"
         "Local officers are less gloomy than their chief, but supplies are short.")


@pytest.mark.parametrize("furniture", [
    "Wednesday 12 March 2025",
    "Wed 12 Mar 2025 07.30 GMT",
    "March 12, 2025",
    "Explainer | Wednesday 12 March 2025 | By Lena Hart and Ivo Marek",
    "By the Front Desk | 12 March 2025, 08:15 CET",
    "By our defence team",
    "Words by Lena Hart and Ivo Marek",
])
def test_a_standfirst_over_page_furniture_is_a_deck(furniture):
    rows = _headline_rows("\n\n".join([_TITLE, _DECK, furniture, _BODY]), _TITLE)
    assert list(rows["text"]) == ["The town is losing ground faster than at any time this year, Ukraine's army "
                                  "chief admits."]
    assert list(rows["speaker"]) == ["Oleksandr Syrskyi"]
    assert _day(rows.iloc[0]) == "2025-03-11"  # (his Tuesday statement in the body)


def test_a_standfirst_closed_by_a_quote_mark_is_a_deck():
    deck = ("The town is losing ground faster than at any time this year, Ukraine's army chief admits. His officers "
            "call the road in “the last artery.”")
    rows = _headline_rows("\n\n".join([_TITLE, deck, "By Lena Hart", _BODY]), _TITLE)
    assert list(rows["speaker"]) == ["Oleksandr Syrskyi"]


def test_a_lede_over_an_ordinary_paragraph_is_no_deck():
    # (must not change) the first paragraph of a story with no furniture under it is its lede, no headline
    text = "\n\n".join([_TITLE, "Ukraine's army chief said on Tuesday that the town was losing ground faster than at "
                        "any time this year.", "Supplies are short, officers in the town say."])
    found = _rows(text, _TITLE)
    assert not found["headline"].any()
    assert "Oleksandr Syrskyi" in set(found["speaker"])


def test_a_standfirst_without_a_claim_over_a_date_line_gives_no_headline_claim():
    # (must not change) a deck that nobody states ("Our correspondent spent a week …") is no claim
    text = "\n\n".join(["Life under the drones", "A week in a town on the front line. Our correspondent reports.",
                        "Saturday 8 March 2025", _BODY])
    assert _headline_rows(text, "Life under the drones").empty


def test_a_sentence_with_a_pipe_is_no_furniture():
    # (must not change) a "|" line that ends as a sentence is the story's, not furniture: the paragraph above stays
    # the lede it was
    text = "\n\n".join(["Kherson braces for a hard winter", "Russian troops shelled the city again overnight, "
                        "the regional governor said on Tuesday.", "Power | water | heat: all three failed twice this week.",
                        "Repairs are under way."])
    found = _rows(text, "Kherson braces for a hard winter", published="2024-11-20")
    assert not found["headline"].any()


# --- 2. a title with two speakers: each one's clause ends where the other's begins ---------------------------------

_TWO_TITLE = "Russia claims capture of Toretsk, Ukraine's army says its units pulled back to the western outskirts"
_TWO_BODY = ("Russia's defence ministry said on Friday that its forces had completed the capture of Toretsk.\n\n"
             "Petro Hnatiuk, a spokesman for the eastern grouping of troops, said on Saturday that Ukrainian units "
             "had pulled back to prepared positions on the western outskirts of Toretsk to avoid encirclement.")


def test_a_title_with_two_speakers_gives_each_its_own_body_speaker():
    rows = _headline_rows(_TWO_TITLE + "\n\n" + _TWO_BODY, _TWO_TITLE, published="2025-02-10")
    assert sorted(rows["speaker"]) == ["Petro Hnatiuk", "Russian Defence Ministry"]
    days = {r["speaker"]: _day(r) for _, r in rows.iterrows()}
    assert days == {"Russian Defence Ministry": "2025-02-07", "Petro Hnatiuk": "2025-02-08"}


def test_a_title_with_one_country_speaker_is_unchanged():
    # (must not change) one speaker: its clause runs to the end of the title
    title = "Russia claims capture of Toretsk"
    rows = _headline_rows(title + "\n\n" + _TWO_BODY, title, published="2025-02-10")
    assert list(rows["speaker"]) == ["Russian Defence Ministry"]


# --- 3. a profile's "his brigade says …": the brigade the body names ----------------------------------------------

_PROFILE_TITLE = "The major who maps the mud: a portrait of Andrii Koval"
_PROFILE_DECK = ("He has led his men on the Kupiansk axis since spring, and his brigade says it has shot down more "
                 "Russian drones than any other unit in the north. What keeps him going?")
_PROFILE_BYLINE = "Sunday Magazine | Sunday 9 March 2025 | By Lena Hart"


def _profile(body):
    return "\n\n".join([_PROFILE_TITLE, _PROFILE_DECK, _PROFILE_BYLINE, body])


def test_a_profiles_brigade_is_the_one_the_body_names():
    body = ("Major Andrii Koval took over a battalion of the 67th Mechanized Brigade last spring. His men call him "
            "the surveyor.\n\nAt a briefing in Kharkiv on Thursday, Ukraine's commander-in-chief, Oleksandr Syrskyi, "
            "said that Russian forces on the Kupiansk axis had been reinforced since spring.")
    rows = _headline_rows(_profile(body), _PROFILE_TITLE, published="2025-03-09")
    assert list(rows["speaker"]) == ["67th Mechanized Brigade"]
    # (the commander-in-chief shares the deck's first clause, not what the brigade states: no day of his)
    assert _day(rows.iloc[0]) == ""


def test_a_profiles_brigade_among_two_named_keeps_its_words():
    # (must not change) the body names two brigades: which one is his is not said
    body = ("Major Andrii Koval served in the 24th Mechanized Brigade before he joined the 67th Mechanized Brigade "
            "last spring.\n\nHis men call him the surveyor.")
    rows = _headline_rows(_profile(body), _PROFILE_TITLE, published="2025-03-09")
    assert list(rows["speaker"]) == ["his brigade"]


def test_a_headline_restated_by_a_dated_body_claim_takes_its_day():
    # (must not change) a tail attribution ("…, army says") is compared on the whole title
    title = "Ukraine repels 40 Russian attacks near Kurakhove, army says"
    body = ("Ukraine's forces repelled 40 Russian attacks near Kurakhove over the past day, a military spokesman, "
            "Ivan Ostapenko, said on Tuesday.")
    rows = _headline_rows(title + "\n\n" + body, title, published="2024-11-21")
    assert len(rows) == 1 and _day(rows.iloc[0]) == "2024-11-19"


# --- 4. a side's officers as a group: the side's military when no officer states it -------------------------------

_GROUP_TITLE = "Ukrainian commanders say the defences of Siversk are still holding"


def test_a_sides_officers_nobody_states_are_its_military():
    body = ("Colonel Taras Bondar, whose brigade holds the northern approaches, said on Monday that his men had "
            "received new drones.\n\nUkraine's General Staff said on Tuesday that Russian troops had attacked 14 "
            "times near Bilohorivka.")
    rows = _headline_rows(_GROUP_TITLE + "\n\n" + body, _GROUP_TITLE, published="2025-03-12")
    assert list(rows["speaker"]) == ["Ukrainian military"]
    assert _day(rows.iloc[0]) == ""


def test_a_sides_officer_who_states_it_is_the_speaker():
    # (must not change) one officer states what the title sums up (two words shared at least): that officer
    body = ("Colonel Taras Bondar, whose brigade holds the northern approaches, said on Monday that the defences of "
            "Siversk were still holding despite daily assaults.\n\nUkraine's General Staff said on Tuesday that "
            "Russian troops had attacked 14 times near Bilohorivka.")
    rows = _headline_rows(_GROUP_TITLE + "\n\n" + body, _GROUP_TITLE, published="2025-03-12")
    assert list(rows["speaker"]) == ["Taras Bondar"]


def test_a_sides_officials_are_unchanged():
    # (must not change) "officials" are no military_voice word: resolved to the body's speaker as before
    title = "Ukrainian officials say the defences of Siversk are still holding"
    body = ("Ukraine's General Staff said on Tuesday that Russian troops had attacked 14 times near Bilohorivka.")
    rows = _headline_rows(title + "\n\n" + body, title, published="2025-03-12")
    assert list(rows["speaker"]) != ["Ukrainian military"]


@pytest.mark.parametrize("line", ["2025.03.12 09:40 | Europe | BNS", "Wednesday 12 March 2025"])
def test_a_furniture_line_under_the_title_is_no_deck(line):
    # a date stamp with a section and an agency under the title is the page's furniture, not a standfirst
    from saidvsdone import citing, document
    title = "Ukraine's army says it pulled back from Huliaipole"
    text = "\n\n".join([title, line, "KYIV, 12 March (BNS). The army said on Tuesday that its units had pulled back."])
    doc = document.build("t", text, published="2025-03-12", title=title)
    assert citing.deck(doc) == -1


def test_a_short_standfirst_without_a_full_stop_is_still_a_deck():
    # (must not change) a deck in headline style over the body is read as before
    from saidvsdone import citing, document
    title = "Ukraine's army says it pulled back from Huliaipole"
    text = "\n\n".join([title, "Kyiv says its units left to avoid encirclement as Russian troops pressed from two sides",
                        "The army said on Tuesday that its units had pulled back."])
    doc = document.build("t", text, published="2025-03-12", title=title)
    assert citing.deck(doc) == 1


# --- 5. a headline's "claims" with a place as its bare object: a capture claimed ------------------------------------

_CLAIMS_BODY = ("09:15\nRussia's Defence Ministry says its forces have taken the village of Novoselivka, east of "
                "Kurakhove.\n\n09:40\nUkraine's air force says it shot down 31 of 45 drones launched overnight.")


@pytest.mark.parametrize("title", [
    "Ukraine war live: Russia claims village near Kurakhove; drones hit Sumy power plant",
    "Russia claims Novoselivka as fighting rages near Kurakhove",
    "Russia claims two more villages in Donetsk region",
])
def test_a_headline_claiming_a_place_is_a_capture_claim(title):
    rows = _headline_rows(title + "\n\n" + _CLAIMS_BODY, title, published="2025-01-08")
    assert list(rows["speaker"]) == ["Russian Defence Ministry"]
    assert list(rows["claim_type"]) == ["territory"]


def test_a_headline_claiming_no_place_is_no_capture_claim():
    # (must not change) "claims" with another object: no territory read into it
    title = "Russia claims record grain harvest despite the war"
    assert _headline_rows(title + "\n\n" + _CLAIMS_BODY, title, published="2025-01-08").empty


# --- 6. a country saying it took a place is its military ----------------------------------------------------------

def test_a_country_saying_it_took_a_place_is_its_military():
    found = _rows("Fighting near Kurakhove\n\nWhat we know so far:\nRussia says it has taken Novoselivka; Kyiv has "
                  "not confirmed.", "Fighting near Kurakhove", published="2025-01-08")
    assert list(found[~found["headline"]]["speaker"]) == ["Russian Defence Ministry"]


def test_a_capital_saying_it_took_a_place_is_still_its_government():
    # (must not change) "Moscow says …" is the government (a capital speaks for it) unless its own forces act
    found = _rows("Fighting near Kurakhove\n\nMoscow says it has taken Novoselivka; Kyiv has not confirmed.",
                  "Fighting near Kurakhove", published="2025-01-08")
    assert list(found[~found["headline"]]["speaker"]) == ["Russian government"]
