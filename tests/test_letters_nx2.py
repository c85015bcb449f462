"""Letters outside A–Z in names and places, widened where the pattern is written (issues 13, 14; round 23, nx2).

A pattern that reads a name or a place says so where it is written (``_letters.widen``, ``TablePattern(…,
letters=True)``): the text it carries is the text that compiles, so every pre-filter built from that text reads the
same letters, and ``_lazyre`` / ``matcher.fail_fast`` compile what they are given. Every sentence here is invented."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from saidvsdone import _lazyre, _letters, corpus, facts, matcher, mentions, quotes, vocab


def _facts(text: str) -> pd.DataFrame:
    return facts.extract(pd.DataFrame([{"article_id": "x", "text": text, "published": "2024-03-05", "title": "T"}]))


@pytest.mark.parametrize("place", ["Robôtyne", "Łyman", "Żelenivka", "Šabelnyky", "Robotyne"])
def test_a_place_after_near_is_read_whole(place):
    table = _facts(f"Ukrainian forces advanced 3 km near {place}, the General Staff said on Monday.")
    assert list(table["place"]) == [place]


def test_places_after_a_gain_verb_are_read_whole():
    table = _facts("Russian troops captured Łyman and Ôlenivka, the Russian defence ministry said on Tuesday.")
    assert list(table["place"]) == ["Łyman; Ôlenivka"]


def test_a_marked_region_name_is_a_place():
    table = _facts("Drones hit an oil depot in the Śaratovsk region overnight, killing two, officials said on Monday.")
    assert "Śaratovsk" in "; ".join(table["place"])


def test_erdogan_printed_with_its_letter_is_one_speaker_with_one_label():
    text = ("Ankara offers talks\n\n"
            "Turkish President Recep Tayyip Erdoğan said on Monday: \"We are ready to host both sides.\"\n\n"
            "\"A ceasefire must come first,\" Erdoğan added.\n\n"
            "\"Nobody wins a long war,\" he said.\n")
    table = quotes.extract(corpus.from_text(text, published="2024-03-05"))
    assert len(table) == 3 and set(table["speaker"]) == {"Recep Tayyip Erdoğan"}


@pytest.mark.parametrize("name, surname", [("Ørjan Målbakken", "Målbakken"), ("Łukasz Żmijewski", "Żmijewski"),
                                           ("Öskar Hålvorsen", "Hålvorsen")])
def test_an_unlisted_name_opening_on_a_marked_capital_is_labelled_as_printed(name, surname):
    text = (f"Aid talks resume\n\n"
            f"Deputy defence minister {name} said on Monday: \"The next shipment leaves this week.\"\n\n"
            f"\"More will follow,\" {surname} said.\n")
    table = quotes.extract(corpus.from_text(text, published="2024-03-05"))
    assert set(table["speaker"]) == {name}, table[["speaker", "text"]]


def test_a_whole_letter_label_keeps_the_printed_spelling():
    text = ("Warsaw pledges more\n\n"
            "\"Poland will not step back,\" Polish Foreign Minister Radosław Sikorski said on Monday.\n\n"
            "\"Our borders are Europe's borders,\" Sikorski added.\n")
    table = quotes.extract(corpus.from_text(text, published="2024-03-05"))
    assert set(table["speaker"]) == {"Radosław Sikorski"}


def test_ascii_copy_reads_as_before():
    text = ("Aid talks resume\n\n"
            "Deputy defence minister Oskar Halvorsen said on Monday: \"The next shipment leaves this week.\"\n\n"
            "\"More will follow,\" Halvorsen said.\n")
    assert set(quotes.extract(corpus.from_text(text, published="2024-03-05"))["speaker"]) == {"Oskar Halvorsen"}


# consistency by construction: what a pattern carries is what compiles, and what its pre-filter reads


def test_a_letters_table_pattern_carries_the_widened_text_it_compiled():
    for table_pattern in (mentions._NAME_RUN, mentions._CAPITALISED_RUN):
        compiled = table_pattern.compiled()
        assert table_pattern.pattern == compiled.pattern and _letters.UPPER[3:20] in compiled.pattern
    plain = vocab.TablePattern("nx2_plain_test", ("units",), lambda: r"[A-Z][a-z]+")
    assert plain.pattern == r"[A-Z][a-z]+" and plain.search("Łyman Kyiv").group() == "Kyiv"


def test_fail_fast_of_a_widened_pattern_never_rejects_what_the_pattern_matches():
    text = "Ørjan said; then Łyman, Öštap Harćhuk and van Weel. ÉBen Wallace; x Ben Wallace, Kyiv."
    for source in (r"[A-Z][\w’'-]+ said", r"(?<![\w’'])(?:van\s+)*[A-Z][\w’'-]*", r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"):
        wide = _letters.widen(source)
        plain, fast = re.compile(wide), matcher.fail_fast(wide)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    name_run = mentions._NAME_RUN.compiled()
    assert [m.group() for m in name_run.finditer("Then Öštap Harćhuk and Ørjan Målbakken spoke.")] \
        == ["Then Öštap Harćhuk", "Ørjan Målbakken"]


def test_lazyre_and_fail_fast_compile_what_they_are_given():
    assert _lazyre.compile(r"near ([A-Z][a-z]+)").search("held near Łomivka") is None
    assert _lazyre.compile(_letters.widen(r"near ([A-Z][a-z]+)")).search("held near Łomivka").group(1) == "Łomivka"
    assert matcher.fail_fast(r"[A-Z][a-z]+ said").pattern.endswith(r"[A-Z][a-z]+ said")


def test_widen_matches_as_written_on_ascii_text():
    source = r"(?<![\w’'])[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?|[^A-Za-z\s]+"
    text = "Troops left Kalynivka near Bervyne Hills at 5:40; O'Brien, d’Arcy and McKay-Smith said — 12 km."
    assert [m.span() for m in re.finditer(_letters.widen(source), text)] == [m.span() for m in re.finditer(source, text)]
