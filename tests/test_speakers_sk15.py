"""Who said it, round 9 (sk15, issue 13): first-run families of blind batch sk23 — a quote attributed only in the
next paragraph ("This was stated by …", "So says …"), a leader's possessive office taken up again ("Putin's spokesman
said:"), a lede's unnamed official named in the next paragraph by an apposed office, a council honorific.
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus, quotes


def _quotes(text: str, published: str = "2025-06-13"):
    return quotes.extract(corpus.from_text(text, published=published))


def speaker_of(text: str, words: str) -> str:
    table = _quotes(text)
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


def claim_speaker(text: str, words: str) -> str:
    table = claims.find(corpus.from_text(text, published="2025-06-13"))
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


# --- a stand-alone quote paragraph whose speaker is named only in the paragraph after it -------------------------

@pytest.mark.parametrize("attribution, expected", [
    # an agency's passive formula, the person after an apposition that holds a body and a country
    ("This was stated by the spokesman for Ukraine's Navy, Taras Hordiichuk, on the telethon on Thursday, "
     "Ukrinform reports.", "Taras Hordiichuk"),
    # "This assessment was given to <medium> by <person>": not the medium
    ("This assessment was given to Ukrinform by Mykola Shevtsiv, spokesman for the Eastern group, on Wednesday.",
     "Mykola Shevtsiv"),
    # a magazine's signature
    ("So says Major Ostap Lehkyi, deputy commander of a drone battalion, whom our correspondent met near Lyman.",
     "Ostap Lehkyi"),
])
def test_a_quote_paragraph_takes_the_speaker_the_next_paragraph_names(attribution, expected):
    text = ("Drones now strike further behind the line\n\n"
            "“The enemy has moved its launch sites closer to the border, and we have to answer that.”\n\n"
            f"{attribution}\n\n"
            "He said the crews needed more radars.")
    assert speaker_of(text, "launch sites") == expected


def test_the_next_paragraph_attribution_does_not_take_a_quote_already_attributed():
    text = ("“The enemy has moved its launch sites closer,” said Roman Tkachuk, a drone unit commander.\n\n"
            "This was stated by the spokesman for Ukraine's Navy, Taras Hordiichuk, on the telethon, Ukrinform reports.")
    assert speaker_of(text, "launch sites") == "Roman Tkachuk"


def test_a_quote_paragraph_before_a_plain_narration_paragraph_keeps_the_last_speaker():
    text = ("Mykola Shevtsiv, spokesman for the Eastern group, said the line had held.\n\n"
            "“The enemy has moved its launch sites closer.”\n\n"
            "This was a week of heavy fighting near Lyman, where Roman Tkachuk commands a drone unit.")
    assert speaker_of(text, "launch sites") == "Mykola Shevtsiv"


# --- a leader's possessive office taken up again -----------------------------------------------------------------

def test_a_leaders_spokesman_by_the_possessive_is_the_one_apposed_to_that_office():
    text = ("Oleksandr Marchuk, Zelensky's spokesman, said on Tuesday that the front was holding.\n\n"
            "Asked about the losses, Zelensky's spokesman said: “We do not comment on invented figures.”")
    assert speaker_of(text, "invented figures") == "Oleksandr Marchuk"


def test_press_secretary_and_spokesman_are_one_office():
    text = ("Oleksandr Marchuk, Zelensky's spokesman, said on Tuesday that the front was holding.\n\n"
            "Zelensky's press secretary also said that Russian troops had failed to cut the supply roads to Lyman.")
    assert claim_speaker(text, "supply roads") == "Oleksandr Marchuk"


def test_a_possessive_office_nobody_was_apposed_to_stays_unnamed():
    text = ("Oleksandr Marchuk, Zelensky's spokesman, said on Tuesday that the front was holding.\n\n"
            "Zelensky's chief of staff said: “We do not comment on invented figures.”")
    assert speaker_of(text, "invented figures") != "Oleksandr Marchuk"


# --- a lede's unnamed official named in the next paragraph by an apposed office -------------------------------------

def test_the_official_is_the_one_the_paragraph_after_the_lede_names():
    text = ("Mayor tells of drones over her city\n\n"
            "A Ukrainian official from Brackley's twin town has described how drones now reach the city every night.\n\n"
            "Iryna Koval, deputy mayor of Pavlohrad, was in Brackley this week to thank residents for two ambulances.\n\n"
            "Council leader Peter Marsh said the town would send a third.\n\n"
            "Asked about the front, the official said Ukrainian troops were still holding the river line.\n\n"
            "“Our defenders are tired, but they are not leaving,” she added.")
    assert speaker_of(text, "not leaving") == "Iryna Koval"


def test_a_named_head_who_speaks_in_the_next_paragraph_is_not_the_ledes_unnamed_official():
    text = ("KHARKIV — Russia is massing troops across the border, a senior NATO official said on Wednesday.\n\n"
            "Ostap Bereza, head of the Kharkiv regional military administration, said Russian units had attacked "
            "three times overnight.\n\n"
            "“They are building toward an offensive,” the official said.")
    assert speaker_of(text, "building toward") == "senior NATO official (unnamed)"


# --- a council honorific ---------------------------------------------------------------------------------------------

def test_cllr_is_a_title_before_a_surname():
    text = ("Council leader Graham Pollard, who hosted the reception, said the town would send a fifth ambulance.\n\n"
            "“We will not stop because the news has moved on,” Cllr Pollard said.")
    assert speaker_of(text, "moved on") == "Graham Pollard"


# --- an office's holder who keeps his name back; "the official" after him --------------------------------------------

_CITY_HEAD = ("Oleh Tarasiuk, head of the Kharkiv regional military administration, said on Wednesday that Russian "
              "units had attacked three times overnight.\n\n"
              "A senior NATO official said Russia had assembled about 30,000 troops near the border.\n\n"
              "In Izium, the head of the city's military administration, who asked not to be named for security "
              "reasons, said Russian troops had infiltrated the northern districts.\n\n"
              "“They hide in basements and wait for the night,” the official said.")


def test_an_office_holder_who_asked_not_to_be_named_is_no_named_head():
    assert claim_speaker(_CITY_HEAD, "infiltrated") == "Izium city military administration head (unnamed)"


def test_the_official_after_an_unnamed_office_holder_is_that_one():
    assert speaker_of(_CITY_HEAD, "basements") == "Izium city military administration head (unnamed)"


def test_the_official_after_a_named_office_holder_stays_named():
    text = ("In Izium, Petro Hnatiuk, the head of the city's military administration, said Russian troops had "
            "infiltrated the northern districts.\n\n"
            "“They hide in basements and wait for the night,” the official said.")
    assert speaker_of(text, "basements") == "Petro Hnatiuk"


def test_a_relative_pronoun_before_the_clauses_own_verb_is_no_part_of_the_label():
    text = ("A pro-Kremlin military blogger who writes under a pen name said on Telegram that Russian losses had "
            "been heavy.\n\n"
            "“Our guys are advancing, but every metre is paid for,” the blogger wrote.")
    assert speaker_of(text, "every metre") == "pro-Kremlin military blogger (unnamed)"


# --- an agency's "This was stated by the spokesman for <body>, A B": A B spoke, the body through him -------------------

_STATED = ("Air Force: Russia launching drones in larger waves\n\n"
           "“The enemy is sending drones in waves of forty at one city to overload the defence.”\n\n"
           "This was stated by the spokesman for Ukraine's Air Force, Taras Hordiichuk, on the telethon on Thursday, "
           "Ukrinform reports.\n\n"
           "According to him, Russia launched 310 drones and 12 missiles at Ukraine overnight.")


def test_according_to_him_after_stated_by_is_the_person_not_the_body_in_his_apposition():
    assert claim_speaker(_STATED, "310 drones") == "Taras Hordiichuk"


def test_a_colon_title_of_the_body_he_speaks_for_takes_the_bodys_label_and_day():
    table = claims.find(corpus.from_text(_STATED, published="2025-06-13"))
    title = table[table["text"].str.startswith("Air Force:")]
    assert title["speaker"].tolist() == ["Ukrainian Air Force"]
    assert str(title["statement_date"].iloc[0].date()) == "2025-06-12"


def test_stated_by_a_body_alone_stays_the_bodys():
    text = ("Russia launched 310 drones and 12 missiles at Ukraine overnight.\n\n"
            "This was stated by Ukraine's Air Force on Thursday, Ukrinform reports.")
    assert claim_speaker(text, "310 drones") == "Ukrainian Air Force"


# --- a readout that relays the one who spoke ---------------------------------------------------------------------------

def test_a_partial_quote_in_a_readout_is_the_speakers_not_the_readouts():
    text = ("The Kremlin said on Tuesday that the president had been briefed by Colonel General Mikhail Teplinsky.\n\n"
            "According to the Kremlin's readout, the general told Putin that Russian forces were “firmly holding "
            "the initiative” along the Dnieper.")
    assert speaker_of(text, "firmly holding") == "Mikhail Teplinsky"


def test_according_to_a_source_with_no_speaker_after_it_stays_the_sources():
    text = ("According to the Kremlin's readout, Russian forces were “firmly holding the initiative” along the Dnieper.")
    assert speaker_of(text, "firmly holding") == "Kremlin"


# --- metamorphic harness (unnamed_lede): a lede's indefinite speaker named later ---------------------------------------

def test_a_ledes_indefinite_minister_is_the_minister_a_later_sentence_of_the_next_paragraph_names():
    text = ("Offensive expected within weeks\n\n"
            "A senior Ukrainian minister warned Russia was preparing a new offensive for the anniversary.\n\n"
            "He claims that Russia has gathered thousands of soldiers and could \"try\" to strike then, the broadcaster "
            "reports.\n\n"
            "The date would also mark a Russian holiday. Ukrainian Defence Minister Bohdan Kravets said Moscow had "
            "mobilised about 400,000 troops.")
    assert speaker_of(text, "try") == "Bohdan Kravets"


def test_a_ledes_indefinite_minister_stays_unnamed_when_the_next_paragraph_names_another_office():
    text = ("Offensive expected within weeks\n\n"
            "A senior Ukrainian minister warned Russia was preparing a new offensive for the anniversary.\n\n"
            "He claims that Russia has gathered thousands of soldiers and could \"try\" to strike then, the broadcaster "
            "reports.\n\n"
            "The date would also mark a Russian holiday. Army spokesman Bohdan Kravets said Moscow had "
            "mobilised about 400,000 troops.")
    assert speaker_of(text, "try") != "Bohdan Kravets"


def test_a_decks_quote_from_an_unnamed_descriptor_is_the_named_speaker_the_body_quotes_with_the_same_words():
    text = ("Intelligence chief warns of a new push in the north\n\n"
            "'Every hour this situation moves toward critical,' a senior Ukrainian general said\n\n"
            "As all eyes are on Kharkiv, Ukraine's military intelligence chief is warning that another Russian "
            "offensive is brewing farther north.\n\n"
            "Russia is expected to attack the Sumy region next.\n\n"
            "\"The situation is on the edge,\" Gen. Ostap Dzyuba, the head of Ukraine's military intelligence agency, "
            "told the newspaper on Monday. \"Every hour this situation moves toward critical.\"")
    table = _quotes(text)
    assert table["speaker"].tolist() == ["Ostap Dzyuba"] * 3


def test_a_decks_quote_with_other_words_stays_the_descriptors():
    text = ("Intelligence chief warns of a new push in the north\n\n"
            "'The enemy is gathering reserves near the border,' a senior Ukrainian general said\n\n"
            "Russia is expected to attack the Sumy region next, officials say.\n\n"
            "\"The situation is on the edge,\" Ostap Dzyuba, a spokesman for the border guard service, "
            "told the newspaper on Monday.")
    assert speaker_of(text, "gathering reserves") == "senior Ukrainian general (unnamed)"


# --- metamorphic harness (rename_outlets): outlets no table knows -------------------------------------------------------

def test_an_unknown_one_word_outlet_reporting_a_persons_words_is_their_medium():
    text = ("On Tuesday, Budanov said in televised remarks that \"the enemy is, in principle, already blocked at the "
            "lines it reached,\" Hartwell reported.")
    assert speaker_of(text, "already blocked") == "Kyrylo Budanov"


def test_an_unknown_name_that_reports_alone_keeps_the_words():
    text = "\"The enemy is already blocked at the lines it reached,\" Hartwell reported."
    assert speaker_of(text, "already blocked") == "Hartwell"


@pytest.mark.parametrize("text, expected", [
    ("On March 11, Russia's official VESTA news agency reported more than 20 Ukrainian soldiers had surrendered "
     "in the Kursk region.", "VESTA"),
    ("On March 11, the state news agency VESTA reported more than 20 Ukrainian soldiers had surrendered "
     "in the Kursk region.", "VESTA"),
])
def test_an_unknown_news_agency_is_labelled_by_its_name(text, expected):
    assert claim_speaker(text, "surrendered") == expected


def test_a_country_title_speaker_keeps_its_body_when_the_layer_heard_the_country():
    assert claim_speaker("Ukraine has lost control of a village near Kurakhove, says Russia",
                         "lost control") == "Russian Defence Ministry"


# --- a broadcaster's write-up: the presenter named by a descriptor before the name ----------------------------------

def test_the_presenter_is_the_one_named_presenter_before():
    text = ("Asked by presenter Justin Hale whether the city was surrounded, he replied: \"No. Our logistics still "
            "work.\"\n\n"
            "The presenter asked: \"Is it time to withdraw, to save your men?\"")
    assert speaker_of(text, "withdraw") == "Justin Hale"


def test_the_presenter_with_nobody_so_named_stays_nobody():
    text = ("Asked by Justin Hale whether the city was surrounded, the general replied: \"No. Our logistics still "
            "work.\"\n\n"
            "The presenter asked: \"Is it time to withdraw, to save your men?\"")
    assert speaker_of(text, "withdraw") == ""


def test_the_head_of_the_citys_administration_is_no_table_person_heading_an_agency():
    text = ("Kharkiv braces\n\nKyrylo Budanov, the head of military intelligence, said on Monday that Russia had "
            "massed troops.\n\nRussia is preparing to storm the city, the head of the city's military administration "
            "said.")
    # (the label grammar, lb1: one unnamed office holder, the office's place first)
    assert claim_speaker(text, "storm the city") == "city military administration head (unnamed)"


def test_the_head_of_the_citys_administration_the_article_named_stays_named():
    text = ("Kharkiv braces\n\nIhor Terekhov, the head of the city's military administration, said on Monday that "
            "Russia had massed troops.\n\nRussia is preparing to storm the city, the head of the city's military "
            "administration said.")
    assert claim_speaker(text, "storm the city") == "Ihor Terekhov"


# --- metamorphic harness (rename_people on our own long pieces): an office holder no table lists -------------------

@pytest.mark.parametrize("text, words, expected", [
    ("Russia's Defence Minister Gleb Malakhin said: \"We will strike the depots of Western weapons.\"", "depots",
     "Gleb Malakhin"),
    ("Ukraine's President Radomir Yaremchuk thanked the Senate, saying the aid would \"strengthen Ukraine's "
     "defence\".", "strengthen", "Radomir Yaremchuk"),
])
def test_a_countrys_title_before_a_name_no_table_lists_is_that_person(text, words, expected):
    assert speaker_of(text, words) == expected


def test_a_countrys_title_with_no_name_after_it_is_the_tables_holder():
    text = "Russia's Defence Minister said on Tuesday: \"We will strike the depots of Western weapons.\""
    assert speaker_of(text, "depots") not in ("", "Russia's Defence Minister")


# --- a headline's "Ukrainian brigade says" over the numbered brigade's statement ---------------------------------------

def test_a_headline_brigade_with_a_nationality_is_the_bodys_numbered_brigade():
    text = ("Ukrainian brigade says it halted Russian armoured push near Lyman\n\n"
            "The 63rd Mechanized Brigade said on Wednesday its soldiers had stopped a Russian armoured assault near "
            "Lyman, destroying six vehicles.")
    assert claim_speaker(text, "halted Russian armoured push") == "63rd Mechanized Brigade"


def test_a_headline_brigade_over_two_brigades_keeps_its_words():
    text = ("Ukrainian brigade says it halted Russian armoured push near Lyman\n\n"
            "The 63rd Mechanized Brigade said on Wednesday its soldiers had stopped a Russian armoured assault near "
            "Lyman, destroying six vehicles.\n\n"
            "The 66th Mechanized Brigade said its troops had repelled four Russian assaults near Lyman.")
    assert claim_speaker(text, "halted Russian armoured push") != "63rd Mechanized Brigade"
