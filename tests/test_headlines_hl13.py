"""Headline claims on everyday copy (round 27, hl13: issue 11): a standfirst set between the page's rubric, an editor's
note, a byline without "By" ("Anna Kowalska", "Piotr Nowak (with Reuters, AFP)", "Special Correspondent") and a
stamp is a deck; a signature after a dash reads the body's surname ("… – Trehubov"); an institution the body lets
speak only through its spokesman is that person ("… — Defence Ministry"); a feed's item title reads the statements
under it ("…, LPR adviser says") and an acronym spelled out in the apposition; a country form the tables write in lower
case is read with a title's capital ("Alliance chief says …"); "blames" is a headline verb; a title country's clause
goes to its side's lede voice when several voices share its words, and to the body voice that restates it when the
body's own "Moscow has said …" tells of something else; a toll after its verb ("shelling kills three") is no claim.
Sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import citing, claims, corpus, document

_BY = "\n\nBy Mara Tilson\n\n"


def _rows(text: str, published: str):
    found = claims.find(corpus.from_text(text, published=published))
    return found[found["headline"]]


def _speakers(text: str, published: str) -> list[str]:
    return sorted(_rows(text, published)["speaker"])


def _voices_and_day(text: str, published: str, speaker: str) -> tuple[list[str], str]:
    """(the headline rows' speakers, sorted; the day of ``speaker``'s row)."""
    rows = _rows(text, published)
    return sorted(rows["speaker"]), str(rows[rows["speaker"] == speaker].iloc[0]["statement_date"])[:10]


def _deck(text: str) -> int:
    return citing.deck(next(document.documents(corpus.from_text(text, published="2024-01-01"))))


# --- 1. the standfirst under the page's furniture --------------------------------------------------------------------

_TWO_SIDES = ("Russia's defence ministry said on Thursday that its forces had crossed the Dnipro near Krynky.\n\n"
              "Ukraine's southern command said on Thursday that the crossing had been repelled and that Russian units had "
              "lost 40 troops.")


def test_a_headline_style_standfirst_over_a_writers_line_is_a_deck_of_two_rows():
    text = ("Both sides claim gains on the Dnipro\n\nThe Harbour Times | World | Europe\n\n"
            "Moscow says its forces crossed the river near Krynky; Kyiv says the crossing was repelled\n\n"
            "Anna Kowalska\n\n" + _TWO_SIDES)
    assert _deck(text) == 2
    assert _speakers(text, "2023-11-16") == ["Russian Defence Ministry", "Ukrainian Southern Command"]


def test_an_editors_note_between_the_rubric_and_the_standfirst_is_passed_over():
    text = ("War in Ukraine: day 400\n\nThe Northern Post | World\n\n[Editor's note: this page is updated through the "
            "day.]\n\nRussia's defence ministry says its troops took Dubovo-Vasylivka; Ukraine's general staff says "
            "attacks near Bakhmut were repelled\n\nLena Brandt and Omar Said\n\n"
            "Russia's defence ministry said on Tuesday that its troops had taken the village of Dubovo-Vasylivka.\n\n"
            "Ukraine's General Staff said on Tuesday that 30 attacks near Bakhmut had been repelled.")
    assert _deck(text) == 3
    rows = _rows(text, "2023-03-28")
    assert sorted(rows["speaker"]) == ["Russian Defence Ministry", "Ukrainian General Staff"]
    assert set(rows["statement_date"].astype(str)) == {"2023-03-28"}


def test_a_teaser_of_full_sentences_in_the_past_over_its_writers_is_a_deck():
    text = ("Aid vote brings relief in Kyiv\n\nNorth Sea Radio | World | 04/21/2024\n\n"
            "Ukraine's army chief said the front line was holding, while Moscow said its troops had taken two villages "
            "near Avdiivka.\n\nPiotr Nowak (with Reuters, AFP)\n\n"
            "Ukraine's commander-in-chief, Oleksandr Syrskyi, said on Saturday that the front line was holding.\n\n"
            "Russia's defence ministry said on Saturday that its troops had taken two villages near Avdiivka.")
    assert _deck(text) == 2
    assert _speakers(text, "2024-04-21") == ["Oleksandr Syrskyi", "Russian Defence Ministry"]
    body = claims.find(corpus.from_text(text, published="2024-04-21"))
    assert not body[~body["headline"]]["text"].str.startswith("Ukraine's army chief said the front").any()


@pytest.mark.parametrize("text, published, want", [
    # an agency credit line parts the standfirst from the story
    ("Crimea base hit overnight\n\nGulf Daily | World\n\nUkraine's navy said a Russian landing ship had been "
     "destroyed, while Moscow said the attack had been repelled.\n\nAFP / Reuters\n\nUkraine's navy said on Tuesday "
     "that a Russian landing ship had been destroyed in an overnight strike on Sevastopol.\n\nRussia's defence ministry "
     "said on Tuesday that the attack had been repelled and that 10 drones had been shot down.", "2024-03-26",
     ["Russian Defence Ministry", "Ukrainian Navy"]),
    # a standfirst under a desk's byline and a stamp, its "Alliance chief" NATO's
    ("Summit opens in Vilnius\n\nThe Daily Courier | International\n\nSpecial Correspondent\n\nUpdated - July 12, "
     "2023 09:15 am IST - VILNIUS\n\nAlliance chief says Russia has lost more than 200,000 troops; Kremlin says summit "
     "changes nothing at the front\n\nNATO Secretary General Jens Stoltenberg said on Tuesday that Russia had lost "
     "more than 200,000 troops killed or wounded.\n\nKremlin spokesman Dmitry Peskov said on Tuesday that the summit "
     "would change nothing at the front and that the offensive would go on.", "2023-07-12",
     ["Dmitry Peskov", "Jens Stoltenberg"]),
])
def test_a_standfirst_under_credits_and_stamps_gives_a_row_per_voice(text, published, want):
    assert _speakers(text, published) == want


def test_a_lede_told_in_the_past_under_the_rubric_is_no_deck():
    text = ("Russian troops enter Krynky\n\nThe Harbour Times | World | Europe\n\n"
            "Russian troops entered the village of Krynky on Thursday after days of shelling, residents said.\n\n"
            "Ukraine's southern command said the village was still contested.")
    assert _deck(text) == -1


# --- 2. signatures and item titles -----------------------------------------------------------------------------------

def test_a_dash_signature_reads_the_body_surname():
    text = ("Russian assaults near Kupiansk fail, troops hold positions – Trehubov" + _BY +
            "Russian forces made 14 attempts to advance near Kupiansk over the past day and all were repelled, Viktor "
            "Trehubov, spokesman for the Khortytsia group of forces, said on national television on Monday.")
    assert _speakers(text, "2025-02-03") == ["Viktor Trehubov"]


_FEED = ("Today's reports from the front\n\nBaltic Wire | Front | 14 MAR 2023\n\n"
         "Russian air defences down 20 drones over past day — Defence Ministry\n\n14 MAR, 10:05\n\n"
         "MOSCOW, March 14. /Baltic Wire/. Russian air defence systems shot down 20 Ukrainian drones over the past day, "
         "Russian Defence Ministry spokesman Lieutenant General Igor Konashenkov said at a briefing on Tuesday.\n\n"
         "He added that Russian units had repelled four attacks near Kremennaya.\n\n"
         "Ukrainian units in Kreminna pushed back, LPR adviser says\n\n14 MAR, 12:40\n\n"
         "LUHANSK, March 14. /Baltic Wire/. Russian forces have pushed Ukrainian units back from Kreminna, Andrei "
         "Marochko, an adviser to the head of the Luhansk People's Republic, told Baltic Wire on Tuesday.")


def test_an_institution_heard_only_through_its_spokesman_is_the_spokesman():
    rows = _rows(_FEED, "2023-03-14")
    line = rows[rows["text"].str.startswith("Russian air defences down 20 drones")]
    assert list(line["speaker"]) == ["Igor Konashenkov"]


def test_a_feed_items_title_reads_the_statements_under_it_and_spells_out_its_acronym():
    rows = _rows(_FEED, "2023-03-14")
    line = rows[rows["text"].str.startswith("Ukrainian units in Kreminna")]
    assert list(line["speaker"]) == ["Andrei Marochko"]


def test_an_acronym_is_the_initials_of_a_whole_run_of_capitalised_words():
    from saidvsdone.claims import _headlines

    assert _headlines._spelled_out("LPR", "an adviser to the head of the Luhansk People's Republic, told")
    assert not _headlines._spelled_out("LP", "the Luhansk People's Republic")
    assert not _headlines._spelled_out("DPR", "the Luhansk People's Republic")


# --- 3. a title's countries and verbs ---------------------------------------------------------------------------------

def test_a_lower_case_country_form_is_read_with_a_titles_capital():
    from saidvsdone import mentions
    from saidvsdone.claims import _headlines

    people = mentions.people()
    assert _headlines._lower_case_form(people, "Alliance") == "NATO"
    assert _headlines._lower_case_form(people, "Russia") is None
    assert _headlines._lower_case_form(people, "alliance") is None  # (written so, the tables read it already)


_BLAMED = ("Depot blast destroys ammunition in Belgorod, Kyiv says; Moscow blames 'careless handling'" + _BY +
           "Ukraine's military intelligence said on Wednesday that a blast had destroyed a Russian ammunition depot "
           "near Belgorod.\n\nRussia's defence ministry said on Tuesday that munitions had exploded because of careless "
           "handling and that no attack had taken place.\n\nMoscow has said its offensive in the region is going to "
           "plan.")
_ROUND_UP = ("The week in Ukraine: Russia claims 5 villages, Kyiv says Kurakhove defenders hold out" + _BY +
             "KYIV, Ukraine (CP) — Russia's Defense Ministry said Friday that its forces had taken five villages during "
             "the week.\n\nUkraine's military said the same day that its troops still held the western part of "
             "Kurakhove.\n\nThe 79th Brigade said Wednesday that Russian troops had tried to storm Kurakhove 20 times."
             "\n\nSyrskyi said Thursday that about 60,000 Russian troops were massed around Kurakhove.")


@pytest.mark.parametrize("text, published, speaker, want", [
    # "Moscow blames …" is the ministry that gives the cause, not the background paragraph's "Moscow has said …"
    (_BLAMED, "2023-08-09", "Russian Defence Ministry",
     (["Russian Defence Ministry", "Ukrainian Defence Intelligence (HUR)"], "2023-08-08")),
    # a round-up's title country is its side's lede voice when later voices name the town too
    (_ROUND_UP, "2024-12-14", "Ukrainian military", (["Russian Defence Ministry", "Ukrainian military"], "2024-12-13")),
])
def test_a_title_countrys_clause_goes_to_the_body_voice_that_restates_it(text, published, speaker, want):
    assert _voices_and_day(text, published, speaker) == want


# --- 4. tolls ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Russian shelling kills three in Kherson, governor says" + _BY + "Russian shelling killed three civilians in "
     "Kherson on Sunday, the regional governor, Oleksandr Prokudin, said.", []),  # a toll after its verb: no claim
    ("Ukrainian strike kills 40 Russian soldiers near Kherson, Kyiv says" + _BY + "Ukraine's southern command said on "
     "Sunday that a strike had killed about 40 Russian soldiers at a training ground near Kherson.",
     ["Ukrainian Southern Command"]),  # soldiers killed by a strike stay a claim
])
def test_a_toll_after_its_verb_is_no_claim_but_soldiers_killed_are(text, want):
    assert _speakers(text, "2024-05-05") == want


# --- 5. everyday shapes that already held (kept) ------------------------------------------------------------------------

def test_everyday_shapes_keep_their_labels():
    cases = [
        ("Russia says it took Ostrivka; Kyiv denies" + _BY + "Russia's defence ministry said on Tuesday that its forces "
         "had taken the village of Ostrivka in the Donetsk region.\n\nUkraine's General Staff denied the claim on "
         "Tuesday, saying its troops were still fighting in the village.", "2024-06-11",
         ["Russian Defence Ministry", "Ukrainian General Staff"]),
        ("Ukraine war latest: Kyiv says 30 Russian drones downed overnight" + _BY + "Ukraine's air force said on "
         "Monday that it had shot down 30 of the 35 drones Russia launched overnight.", "2024-06-10",
         ["Ukrainian Air Force"]),
        ("General Staff: Russia lost 1,200 troops in a day" + _BY + "Ukraine's General Staff said on Friday that "
         "Russian forces had lost about 1,200 troops over the past day.", "2024-06-14", ["Ukrainian General Staff"]),
        ("Russia massing troops near Sumy, Ukrainian official says" + _BY + "A senior Ukrainian military official "
         "said on Monday that Russia had massed about 50,000 troops near the border with the Sumy region.",
         "2024-06-10", ["senior Ukrainian military official (unnamed)"]),
        ("Russia loses 1,000 troops a day near Pokrovsk" + _BY + "Ukraine's General Staff said on Friday that Russian "
         "forces had lost about 1,000 troops a day near Pokrovsk this week.", "2024-06-14", []),
        ("Can Ukraine hold Pokrovsk? Syrskyi says yes" + _BY + "Ukraine's commander-in-chief Oleksandr Syrskyi said "
         "on Tuesday that his troops could hold Pokrovsk through the winter.", "2024-11-19", ["Oleksandr Syrskyi"]),
        ("MoD: Russian forces liberated Kurakhove" + _BY + "Russia's Defence Ministry said on Monday that its forces "
         "had liberated the town of Kurakhove in the Donetsk region.", "2025-01-06", ["Russian Defence Ministry"]),
    ]
    for text, published, want in cases:
        assert _speakers(text, published) == want, text.split("\n")[0]
