"""Findings of the round-22 final read (reviewers rv22a and rv22b), applied by helpers rv22c and rv22d: each test
names its helper.

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts
from test_dates_dt31 import _rows


def _rv22d_facts(text: str) -> pd.DataFrame:
    return facts.extract(corpus.from_text(text, published="2024-06-01"))


def _rv22d_numbers(text: str) -> pd.DataFrame:
    table = _rv22d_facts(text)
    return table[table["quantity"].notna()].reset_index(drop=True)


def test_rv22d_b1_a_capitalised_count_opening_its_sentence_is_no_title():
    got = _rv22d_numbers("Forty Paratroopers of the Russian 76th division were killed in the raid, the general staff said.")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"], got.loc[0, "change"]) == (40.0, "troops", "loss")
    got = _rv22d_numbers("Five Tanks were destroyed near the river crossing, the army said.")
    assert (got.loc[0, "quantity"], got.loc[0, "unit"]) == (5.0, "tanks")


def test_rv22d_b1_a_title_opening_its_sentence_is_still_no_count():
    assert _rv22d_numbers("Six Hundred Metres of Snow is a memoir of the winter front.").empty
    assert _rv22d_numbers("'Six Hundred Metres' is a memoir of the winter front.").empty


def test_rv22d_b2_a_bare_operation_covering_ground_is_no_gain():
    for text in ("Ukrainian engineers said the mine-clearing operation has so far covered about 700 km² of fields.",
                 "The Russian rescue operation covered about 200 sq km of forest."):
        got = _rv22d_numbers(text)
        assert list(got["quantity"]) == [700.0] or list(got["quantity"]) == [200.0]
        assert "gain" not in list(got["change"])


def test_rv22d_b2_an_offensive_noun_row_reaches_the_rule_and_its_owner_gives_the_side():
    got = _rv22d_numbers("Russia's incursion has so far covered about 150 sq km, the institute said.")
    assert (got.loc[0, "quantity"], got.loc[0, "actor"], got.loc[0, "change"]) == (150.0, "Russia", "gain")
    got = _rv22d_numbers("Ukrainian troops pushed on. The counteroffensive operation covered about 90 sq km.")
    assert (got.loc[0, "quantity"], got.loc[0, "actor"], got.loc[0, "change"]) == (90.0, "", "gain")


def test_rv22d_b3_every_toll_verb_puts_its_figure_on_the_toll():
    for text, value in (("Ukrainian killed and wounded passes 60,000, the ministry says.", 60000.0),
                        ("Russian dead and wounded hits 250,000, analysts say.", 250000.0)):
        got = _rv22d_facts(text)
        assert list(got["quantity"]) == [value]
        assert (got.loc[0, "unit"], got.loc[0, "change"]) == ("troops", "loss")


def test_rv22d_b2_the_operation_after_an_advance_is_that_advance_but_a_named_operation_is_not():
    got = _rv22d_numbers("Russian units advanced up to 8 kilometres near the river. A spokesman said the operation "
                         "covered about 60 sq km.")
    assert list(got["quantity"]) == [8.0, 60.0]
    assert (got.loc[1, "actor"], got.loc[1, "change"]) == ("Russia", "gain")
    got = _rv22d_numbers("Russian units advanced up to 8 kilometres near the river. Engineers said the demining "
                         "operation covered about 60 sq km.")
    assert list(got["quantity"]) == [8.0, 60.0] and got.loc[1, "change"] != "gain"
    got = _rv22d_numbers("Engineers said the operation covered about 60 sq km.")
    assert "gain" not in list(got["change"])



RV22C_TWO_ENVOYS = """Envoys trade figures at the council

The Security Council met on Monday to discuss the latest strikes on the port of Zatoka.

Moldova's ambassador, Andrei Rusu, told the council that Russia had fired 70 drones at the port, and Russia's envoy, Boris Telnov, replied that Russian troops had taken 30 villages since June.
"""


def test_rv22c_a_second_speaker_of_the_sentence_keeps_the_meetings_day():
    _, claims = _rows(RV22C_TWO_ENVOYS, "2024-12-10")  # (a Tuesday: the council met on Monday 9 December)
    envoy = claims[claims["speaker"].str.contains("Telnov", regex=False)]
    assert len(envoy) >= 1, claims[["speaker", "statement_date", "date_basis"]].to_string()
    assert envoy.iloc[0]["statement_date"] == pd.Timestamp("2024-12-09"), envoy[["date_basis"]].to_string()


RV22C_ALSO_INSIDE = """Losses mount near the river town

A senior Western official said on Monday that Russian forces had lost 500 soldiers near the town of Bilohirka.

Ukraine's army said on Wednesday that it had pushed back an assault on the river crossing.

The official said Moscow had also reported the loss of 40 tanks in the fighting.

The official also said Russian forces had lost 12 helicopters since the spring.
"""


def test_rv22c_also_inside_the_reported_words_is_no_going_on():
    _, claims = _rows(RV22C_ALSO_INSIDE, "2024-12-12")  # (a Thursday: Monday is 9 December)
    inside = claims[claims["text"].str.contains("40 tanks", regex=False)]
    going_on = claims[claims["text"].str.contains("12 helicopters", regex=False)]
    assert len(inside) == 1 and len(going_on) == 1, claims[["text", "statement_date", "date_basis"]].to_string()
    assert pd.isna(inside.iloc[0]["statement_date"]), inside[["date_basis"]].to_string()
    assert going_on.iloc[0]["statement_date"] == pd.Timestamp("2024-12-09"), going_on[["date_basis"]].to_string()


def test_rv22c_a_hyphenated_call_sign_given_in_the_subjects_aside():
    from test_speakers_sk35 import claim_speaker
    text = ("Mayor Ihor Lysenko said on Monday that Russian guns were shelling the port.\n\n"
            "The commander of a Ukrainian mortar battery near the port, who gave only his call-sign, Berkut, made one "
            "point. Russian forces had lost most of their boats in the bay, he said.")
    assert claim_speaker(text, "most of their boats") == "Berkut"


def test_rv22c_the_officials_are_the_latest_group_even_unsided():
    from test_speakers_sk35 import claim_speaker
    text = ("U.S. officials said on Monday that Russia had fired 40 missiles at the city.\n\n"
            "Local officials said on Tuesday that Russian troops had cut power to the port.\n\n"
            "The officials said Russian forces had lost 300 soldiers near the bridge.")
    assert claim_speaker(text, "300 soldiers") == "local officials"
    sided = ("U.S. officials said on Monday that Russia had fired 40 missiles at the city.\n\n"
             "The officials said Russian forces had lost 300 soldiers near the bridge.")
    assert claim_speaker(sided, "300 soldiers") == "US officials"


def test_rv22c_the_claims_stage_reads_the_layers_fronted_place():
    from saidvsdone.claims import _stage
    from saidvsdone.speech import _speakers
    assert _stage._OPENING_SEAT is _speakers.FRONTED_PLACE  # (one pattern: rv22a's F1)
    from saidvsdone import claims, corpus
    rows = claims.find(corpus.from_text("In Kyiv, where crowds filled the square, officials asked for calm. "
                                        "The spring offensive, they said, was far from over.", published="2025-03-12"))
    assert rows["speaker"].tolist() == ["Ukrainian officials"]


def test_rv22c_one_pattern_finds_a_body_person_and_a_spokesperson_after_a_role():
    from saidvsdone import mentions, vocab
    from test_speakers_sk35 import claim_speaker
    words = vocab.speech_words()
    after = mentions._person_after()
    for noun in sorted(words["body_person"])[:3] + sorted(words["spokesperson_noun"])[:3]:
        assert after.match(f" {noun} said").end() == len(f" {noun}"), noun
    assert claim_speaker("A senior navy officer said Russian troops had taken three villages near the lake.",
                         "three villages") == "senior navy officer (unnamed)"
    assert claim_speaker("A defence ministry press secretary said Russian troops had taken three villages near the "
                         "lake.", "three villages") == "defence ministry press secretary"


RV22C_LATER = """Fighting near the lake town

Roman Hrytsenko, a spokesman for the eastern forces, said on Tuesday that Russian troops had attacked the dam three times.

A village council head said on Wednesday that shelling had damaged the school.

Hrytsenko later said Ukrainian units had destroyed two Russian tanks near the dam.

He later said Ukrainian units had destroyed two Russian tanks near the dam.
"""


def test_rv22c_later_going_on_reads_the_events_before_the_sentence_by_bisection():
    from saidvsdone import corpus, document
    from saidvsdone.mentions import people
    from saidvsdone.speech import _Reader
    reader = _Reader(next(document.documents(corpus.from_text(RV22C_LATER, published="2024-12-12"))), people())
    assert reader.events_in_order
    _, claims = _rows(RV22C_LATER.replace("He later said Ukrainian units had destroyed two Russian tanks near the dam.\n", ""),
                      "2024-12-12")
    later = claims[claims["text"].str.startswith("Hrytsenko later")]
    assert len(later) == 1 and pd.isna(later.iloc[0]["statement_date"]), later[["date_basis"]].to_string()
    _, claims = _rows(RV22C_LATER.replace("A village council head said on Wednesday that shelling had damaged the "
                                          "school.\n\nHrytsenko later said Ukrainian units had destroyed two Russian "
                                          "tanks near the dam.\n\n", ""), "2024-12-12")
    later = claims[claims["text"].str.startswith("He later")]
    assert len(later) == 1 and later.iloc[0]["statement_date"] == pd.Timestamp("2024-12-10"), \
        later[["date_basis"]].to_string()
