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


def test_lazy_patterns_and_fail_fast_are_widened():
    assert _lazyre.compile(r"near ([A-Z][a-z]+)").search("held near Łomivka").group(1) == "Łomivka"
    assert _lazyre.search(r"near ([A-Z][a-z]+)", "held near Šelkove").group(1) == "Šelkove"
    assert matcher.fail_fast(r"\b[A-Z][a-z]+ said").search("then Ørjan said").group(0) == "Ørjan said"


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
