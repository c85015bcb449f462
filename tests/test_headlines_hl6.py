"""claims.find on headline lines (round 21, hl6: issue 11): a section label before a title's colon ("Review: …") is the
outlet's furniture, no speaker; a lede's unnamed role ("a Ukrainian military spokesman said") is never named by another
side's role holder further down ("Kremlin spokesman A B"), and "A B, who speaks for …" names a spokesman; a lede's
unresolved office of a side is the person opening the next paragraph ("A B, who …, said"); a headline institution that
speaks nowhere in the body under that label takes the speaker of the body statement it restates; a standfirst under
the byline before a datelined lede is a headline line; a headline capital with one voice on its line is the voice of
the first body claim under it when that claim shares as many of its words (a seat keeps its holder).
Sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _rows(text, title, published="2025-06-18"):
    return claims.find(corpus.from_text(text, published=published, title=title))


def _headline_rows(text, title, published="2025-06-18"):
    found = _rows(text, title, published)
    return found[found["headline"]]


_MEMOIR_BODY = ("A sergeant writes that his company held the trenches for 90 days. He said on Monday that the shelling "
                "never stopped.")


@pytest.mark.parametrize("label", ["Review", "Book review", "Feature", "Special report", "In pictures"])
def test_a_section_label_before_a_colon_is_no_speaker(label):
    title = f"{label}: a sergeant's memoir of the trenches counts the cost in metres"
    rows = _headline_rows(title + "\n\n" + _MEMOIR_BODY, title)
    assert label not in set(rows["speaker"])


_TWO_ITEMS = """Russian push stalls near Sloviansk, Kyiv says

KYIV — Russian attacks on the approaches to Sloviansk have lost momentum after two weeks of heavy fighting, a Ukrainian \
military spokesman said Tuesday. Maj. Petro Danylenko, who speaks for the eastern group of forces, told national \
television that Russian units had advanced less than 3 kilometres in the sector.

Talks date not set

MOSCOW — Kremlin spokesman Dmitry Peskov said on Tuesday that no date had been set for talks."""


def test_a_lede_spokesman_is_not_the_other_sides_spokesman():
    rows = _rows(_TWO_ITEMS, "Russian push stalls near Sloviansk, Kyiv says")
    lede = rows[rows["text"].str.startswith("Russian attacks on the approaches")]
    assert list(lede["speaker"]) == ["Petro Danylenko"]
    assert str(lede["statement_date"].iloc[0].date()) == "2025-06-17"


def test_who_speaks_for_names_the_spokesman_and_dates_his_next_words():
    rows = _rows(_TWO_ITEMS, "Russian push stalls near Sloviansk, Kyiv says")
    told = rows[rows["text"].str.startswith("Maj. Petro Danylenko")]
    assert list(told["speaker"]) == ["Petro Danylenko"]
    assert str(told["statement_date"].iloc[0].date()) == "2025-06-17"


def test_the_other_sides_named_spokesman_keeps_his_own_words():
    rows = _rows(_TWO_ITEMS, "Russian push stalls near Sloviansk, Kyiv says")
    talks = rows[rows["text"].str.startswith("Kremlin spokesman")]
    assert set(talks["speaker"]) <= {"Dmitry Peskov"}


def test_an_unnamed_russian_spokesman_is_not_named_by_a_ukrainian_one():
    body = ("MOSCOW — Russian forces have taken the village of Orlivka after a week of fighting, a Russian military "
            "spokesman said on Monday.\n\nIn Kyiv, Ukrainian army spokesman Petro Danylenko said on Monday that "
            "the village was still contested.")
    title = "Russia says village taken"
    rows = _rows(title + "\n\n" + body, title)
    lede = rows[rows["text"].str.startswith("MOSCOW") | rows["text"].str.startswith("Russian forces")]
    assert len(lede) == 1 and "Petro Danylenko" not in set(lede["speaker"])


_ENCIRCLED = """UKRAINE'S NORTHERN COMMAND SAYS ABOUT 4,000 RUSSIAN TROOPS ENCIRCLED NEAR ORLIVKA

KYIV, May 3 — Ukrainian forces have encircled about 4,000 Russian troops near the town of Orlivka, Oleh Petrenko, \
spokesman for the northern group of forces, said on Saturday."""


def test_a_headline_institution_takes_the_body_voice_that_restates_it():
    title = _ENCIRCLED.split("\n")[0]
    rows = _headline_rows(_ENCIRCLED, title, published="2025-05-03")
    assert list(rows["speaker"]) == ["Oleh Petrenko"]
    assert str(rows["statement_date"].iloc[0].date()) == "2025-05-03"


def test_a_headline_institution_keeps_its_label_when_the_body_restates_it_for_the_other_side():
    text = """RUSSIAN NORTHERN COMMAND SAYS ABOUT 4,000 UKRAINIAN TROOPS ENCIRCLED NEAR ORLIVKA

KYIV, May 3 — About 4,000 Ukrainian troops have been encircled near the town of Orlivka, Ukrainian army spokesman \
Oleh Petrenko said on Saturday, denying that they were cut off."""
    rows = _headline_rows(text, text.split("\n")[0], published="2025-05-03")
    assert "Oleh Petrenko" not in set(rows["speaker"])


_FORUM = """Ukraine's deputy minister tells Tallinn forum Russia's spring gains came at a record cost

TALLINN — Russia gained more ground in Ukraine over the spring than in any period since 2022 but lost more soldiers \
doing it, Ukraine's deputy defence minister told a security forum in the Estonian capital on Saturday.

Maria Kovalenko, who is responsible for the ministry's work with foreign partners, said Russian forces had taken \
around 1,500 square kilometres between March and May."""


def test_a_ledes_unnamed_office_is_the_person_named_next_with_a_who_clause():
    rows = _rows(_FORUM, _FORUM.split("\n")[0], published="2025-06-16")
    assert set(rows["speaker"]) == {"Maria Kovalenko"}
    assert set(rows[rows["headline"]]["statement_date"].dt.date.astype(str)) == {"2025-06-14"}


def test_an_institution_in_the_lede_is_not_the_person_named_next():
    text = """Border guards say Russian drones crossed at night

KYIV — Russian drones crossed the northern border at night, Ukraine's border guard service said on Saturday.

Andriy Melnyk, who commands a border post near Sumy, said his men had counted nine drones."""
    rows = _rows(text, text.split("\n")[0])
    lede = rows[rows["text"].str.startswith("KYIV") | rows["text"].str.startswith("Russian drones crossed")]
    assert len(lede) == 1 and "Andriy Melnyk" not in set(lede["speaker"])


_STANDFIRST = """Putin says Russian troops are advancing on the whole front

THE DAILY LEDGER | Politics | 20.06.2025 · 09:40 MSK | By Ann Smith

The president spoke for three hours on Thursday. Ukraine's military intelligence called his casualty figures "pure \
invention".

Photo: The president at the event. (Pool photo)

MOSCOW — President Vladimir Putin said on Thursday that Russian troops were advancing along the whole front.

Serhii Melnyk, a spokesman for Ukraine's military intelligence, said on Friday that the figures were "pure invention" \
and that Russian losses were far higher."""


def test_a_standfirst_under_the_byline_before_a_datelined_lede_is_a_headline_line():
    rows = _rows(_STANDFIRST, _STANDFIRST.split("\n")[0], published="2025-06-20")
    deck = rows[rows["text"].str.startswith("Ukraine's military intelligence")]
    assert list(deck["headline"]) == [True]
    assert list(deck["speaker"]) == ["Serhii Melnyk"]  # (the institution is the body's spokesman who restates it)
    assert str(deck["statement_date"].iloc[0].date()) == "2025-06-20"


def test_a_lede_under_the_byline_is_no_standfirst():
    text = _STANDFIRST.replace("MOSCOW — President", "President")
    rows = _rows(text, text.split("\n")[0], published="2025-06-20")
    deck = rows[rows["text"].str.startswith("Ukraine's military intelligence")]
    assert list(deck["headline"]) == [False]


_ROUNDUP = """World in brief: Kyiv says Russian push has stalled near Sloviansk

Russian push stalls near Sloviansk, Kyiv says

KYIV — Russian attacks on the approaches to Sloviansk have lost momentum after two weeks of heavy fighting, a Ukrainian \
military spokesman said Tuesday. Maj. Petro Danylenko, who speaks for the eastern group of forces, told national \
television that the attackers had lost about 900 men.

Clashes along the front

KYIV — The Ukrainian General Staff reported 120 clashes along the front on Wednesday. In the south, it said, Russian \
units were probing positions near Orikhiv without gaining ground."""


def test_a_headline_capital_is_the_voice_of_the_lede_under_it():
    rows = _headline_rows(_ROUNDUP, _ROUNDUP.split("\n")[0])
    kyiv = rows[rows["text"].str.contains("Kyiv says")]
    assert len(kyiv) == 2
    assert set(kyiv["speaker"]) == {"Petro Danylenko"}
    assert set(kyiv["statement_date"].dt.date.astype(str)) == {"2025-06-17"}


def test_a_headline_capital_keeps_the_body_voice_that_states_more_of_it():
    text = """Kyiv says 120 clashes along the front near Orikhiv

KYIV — Russian shelling damaged a school in Kharkiv, a Ukrainian military spokesman said on Tuesday.

The Ukrainian General Staff reported 120 clashes along the front near Orikhiv on Wednesday."""
    rows = _headline_rows(text, text.split("\n")[0])
    assert list(rows["speaker"]) == ["Ukrainian General Staff"]


def test_a_headline_seat_keeps_its_holder_over_the_lede():
    text = """Kremlin says troops near Sloviansk will press on

MOSCOW — Russian troops near Sloviansk repelled three attacks, a Russian military spokesman said on Monday.

Kremlin spokesman Dmitry Peskov said on Monday that the troops near Sloviansk would press on."""
    rows = _headline_rows(text, text.split("\n")[0])
    assert list(rows["speaker"]) == ["Dmitry Peskov"]
