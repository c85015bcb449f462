"""Letters outside A–Z in names, places and outlets (issues 13, 14; round 22, nx1): invented sentences."""

from __future__ import annotations

import re

import pandas as pd

from saidvsdone import _lazyre, _letters, facts, matcher, mentions, quotes


def _articles(text: str) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": "x", "text": text, "published": "2024-03-05", "title": "Test"}])


def test_letter_classes_hold_every_latin_letter():
    upper, lower = re.compile("[" + _letters.UPPER + "]"), re.compile("[" + _letters.LOWER + "]")
    assert all(upper.fullmatch(c) for c in "AZŁŚŽÖÁØİĞ")
    assert all(lower.fullmatch(c) for c in "azłśžöáøığß")
    assert not upper.search("abcłö019 -") and not lower.search("ABCŁÖ019 -")


def test_fold_is_for_keys_and_takes_whole_letters_apart():
    assert _letters.fold("Jonas Gahr Støre") == "Jonas Gahr Store"
    assert _letters.fold("Łódź Rzeszów Šiauliai") == "Lodz Rzeszow Siauliai"
    assert _letters.fold("Kyiv") == "Kyiv"


def test_widen_keeps_ascii_matches_and_reads_marked_names_whole():
    plain = r"\b[A-Z][a-z]+(?:ivka|yne)\b"
    wide = re.compile(_letters.widen(plain))
    text = "Troops left Kalynivka and Bervyne at dawn."
    assert wide.findall(text) == re.findall(plain, text)
    assert wide.findall("Troops left Žalynivka and Bervôyne.") == ["Žalynivka", "Bervôyne"]
    assert _letters.widen(_letters.widen(plain)) == _letters.widen(plain)  # (once)


def test_place_with_marked_letters_is_read_whole():
    for place in ("Robôtyne", "Łyman"):
        table = facts.extract(_articles(f"Ukrainian forces advanced 3 km near {place}, the General Staff said on Monday."))
        assert place in set(table["place"]), table[["place"]]


def test_speaker_label_is_the_spelling_as_written():
    text = ("Leaders meet in Oslo\n\n"
            "Norwegian Prime Minister Jonas Gahr Støre said on Monday: \"Our help will continue.\"\n\n"
            "\"Europe's security is at stake,\" Støre said.\n\n"
            "Deputy minister Ådne Børvik said on Monday: \"We have sent the shells.\"\n\n"
            "\"More will follow,\" Børvik added.\n")
    table = quotes.extract(_articles(text))
    assert set(table["speaker"]) == {"Jonas Gahr Støre", "Ådne Børvik"}, table[["speaker", "text"]]


def test_printed_spelling_follows_the_text_in_given_name_or_surname():
    from saidvsdone import document

    who = mentions.people()
    assert mentions.printed_spelling(document.build("x", "Viktor Orban said no."), "Viktor Orbán", who) == "Viktor Orban"
    assert mentions.printed_spelling(document.build("x", "Viktor Orbán said no."), "Viktor Orbán", who) == "Viktor Orbán"


def test_metamorphic_diacritics_respells_names_and_labels_alike():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import metamorphic as mt

    text = ("Talks stall\n\nUkrainian Deputy Minister Roman Kalynets said on Monday: \"We will hold Kalynivka.\"\n\n"
            "\"The line is stable,\" Kalynets added.\n")
    gold = {"published": "2024-03-05", "quotes": [
        {"text": "We will hold Kalynivka.", "speaker": "Roman Kalynets", "date": "2024-03-04", "start": 0},
        {"text": "The line is stable,", "speaker": "Roman Kalynets", "date": "2024-03-04", "start": 0}],
        "claims": [], "facts": [], "scare_quotes": []}
    new, _title, new_gold, counts = mt.transform_article(text, "Talks stall", gold, mt.TRANSFORMS["diacritics"])
    assert counts["not_located"] == 0 and not new.isascii()
    labels = {row["speaker"] for row in new_gold["quotes"]}
    assert len(labels) == 1 and not labels.pop().isascii()
    for row in new_gold["quotes"]:
        assert new[row["start"]:row["start"] + len(row["text"])] == row["text"]
        assert row["speaker"] in new  # the label as the text spells it
    assert mt._marked("Zorianivka") != "Zorianivka" and mt._marked("TASS") == "TASS"


def test_distance_from_a_marked_place_is_no_fact():
    text = "The general expected a new offensive against Śokolivka, about 90 miles to the northeast, he said on Monday."
    assert facts.extract(_articles(text)).empty
