"""claims.find on headline lines (round 18, hl5: issue 11): a wire's label before a title or an alert line ("UPDATE
3-", "FLASH:", "URGENT:") and a tag line are page furniture, no speaker; a headline country read before its body
speaker is resolved as a country; a headline's role ("Defence Secretary:", "Intelligence chief:") is the body person
who holds it. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus, segment


def _rows(text, title, published="2025-04-09"):
    return claims.find(corpus.from_text(text, published=published, title=title))


def _headline_rows(text, title, published="2025-04-09"):
    found = _rows(text, title, published)
    return found[found["headline"]]


# --- 1. a wire's label opening a headline line is furniture: the title opens after it -----------------------------

@pytest.mark.parametrize("line, rest", [
    ("UPDATE 3-Kyiv says troops held the bridge", "Kyiv says troops held the bridge"),
    ("REFILE-UPDATE 1-Moscow says talks are off", "Moscow says talks are off"),
    ("CORRECTED-Army says the bridge is open", "Army says the bridge is open"),
    ("FLASH: ARMY SAYS BRIDGE HELD", "ARMY SAYS BRIDGE HELD"),
    ("Urgent: Army says bridge held", "Army says bridge held"),
])
def test_a_wire_label_ends_before_the_title(line, rest):
    assert line[segment.wire_label(line, 0, len(line)):] == rest


@pytest.mark.parametrize("line", ["Updated 9 April 2025 10:15", "Urgent repairs close the bridge",
                                  "Flashpoint town braces for assault", "UPDATE"])
def test_no_wire_label(line):
    assert segment.wire_label(line, 0, len(line)) == -1


_WIRE_BODY = ("KYIV, April 9 (Wire) - Ukraine's General Staff said on Tuesday its forces had retaken the village of "
              "Tykhe Pole after two weeks of fighting.\n\nThe Russian defence ministry did not comment.")


def test_a_title_after_a_wire_label_is_a_headline_claim():
    title = "UPDATE 2-Ukraine says its forces retook the village of Tykhe Pole"
    rows = _headline_rows(title + "\n\n" + _WIRE_BODY, title)
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["speaker"] == "Ukrainian General Staff"
    assert row["text"].startswith("Ukraine says")
    assert str(row["statement_date"])[:10] == "2025-04-08"


@pytest.mark.parametrize("label", ["FLASH", "URGENT", "BREAKING"])
def test_an_alert_label_is_no_speaker(label):
    title = "Ukraine says its forces retook the village of Tykhe Pole"
    alert = f"{label}: UKRAINE'S GENERAL STAFF SAYS FORCES RETOOK TYKHE POLE"
    rows = _headline_rows(title + "\n\n" + alert + "\n\n" + _WIRE_BODY, title)
    assert label.title() not in set(rows["speaker"])
    alert_rows = rows[rows["text"].str.contains("FORCES RETOOK")]
    assert list(alert_rows["speaker"]) == ["Ukrainian General Staff"]
    assert not alert_rows.iloc[0]["text"].startswith(label)


def test_a_tag_line_is_no_claim():
    title = "Ukraine says its forces retook the village of Tykhe Pole"
    text = title + "\n\n" + _WIRE_BODY + "\n\nTags: #Ukraine #General Staff #Tykhe Pole"
    found = _rows(text, title)
    assert "Tags" not in set(found["speaker"])
    assert not found["text"].str.startswith("Tags").any()


# --- 2. a headline country read before its body speaker: the body speaker of that country, never the other side's --

def test_a_country_title_behind_a_label_is_not_the_other_sides_spokesman():
    title = "UPDATE 1-Russia says its troops left Vovchansk as Ukrainian forces close in"
    body = ("KYIV, April 9 (Wire) - Russia said on Wednesday it had pulled its troops out of Vovchansk to avoid "
            "encirclement.\n\nUkrainian forces had closed in on about 2,000 Russian troops around Vovchansk, said Ivan "
            "Dorosh, spokesman for Ukraine's northern group of forces.\n\n\"They can surrender or they can run,\" "
            "Dorosh told Ukrainian television.")
    rows = _headline_rows(title + "\n\n" + body, title)
    assert list(rows["speaker"]) == ["Russian Defence Ministry"]


# --- 3. a headline's role: the body person who holds it -------------------------------------------------------------

def test_a_tables_role_before_a_colon_is_its_holder_in_the_body():
    # (John Healey and Tony Radakin are in data/speakers.csv: the tables give each his role)
    title = "Defence Secretary: Russia is losing a thousand men a day for a few fields"
    body = ("LONDON, 9 April 2025 - Defence Secretary John Healey said on Wednesday that Russia was losing more than "
            "1,000 soldiers a day.\n\nChief of the Defence Staff Admiral Sir Tony Radakin said on Wednesday that "
            "Russian forces had gained little ground in March.")
    rows = _headline_rows(title + "\n\n" + body, title)
    assert list(rows["speaker"]) == ["John Healey"]


_CHIEF_BODY = ("Russia has moved most of its troops away from the northern border, the head of the country's "
               "military intelligence has said.\n\nMajor General Ivan Petrenko told the Morning Hour programme on "
               "Tuesday that the garrisons had been cut to a quarter of their strength.\n\n\"The barracks are "
               "empty,\" Petrenko said.\n\nPetrenko said the brigades would take years to rebuild.\n\nHe added that "
               "about 3,000 soldiers remained in the area.\n\nA local mayor said the town was quiet.")


def test_an_unresolved_role_title_is_the_bodys_main_voice():
    title = "Intelligence chief: Russia has emptied its northern garrisons"
    rows = _headline_rows(title + "\n\n" + _CHIEF_BODY, title, published="2025-04-09")
    assert list(rows["speaker"]) == ["Ivan Petrenko"]
    assert str(rows.iloc[0]["statement_date"])[:10] == "2025-04-08"


def test_a_role_title_over_a_body_of_equal_voices_is_left_as_written():
    title = "Intelligence chief: Russia has emptied its northern garrisons"
    body = ("Major General Ivan Petrenko said on Tuesday that the garrisons had been cut.\n\nColonel Oleh Marchuk "
            "said on Tuesday that the brigades had left.")
    rows = _headline_rows(title + "\n\n" + body, title, published="2025-04-09")
    assert "Ivan Petrenko" not in set(rows["speaker"]) and "Oleh Marchuk" not in set(rows["speaker"])


_SPOKESMAN_BODY = ("ZAPORIZHZHIA, April 8 - The front near Orikhiv has been quiet since Sunday, a spokesman for "
                   "Ukraine's Southern Defence Forces said on Tuesday.\n\nOleh Kravets told the Morning Hour programme "
                   "that Russian units had lost about 900 soldiers near the town.\n\nHe said Ukrainian troops still held "
                   "the northern villages.\n\nKravets said the enemy was bringing in reserves.\n\nIn Moscow, Kremlin "
                   "spokesman Dmitry Peskov said on Wednesday that the operation was going to plan.")


def test_a_role_title_is_the_body_claim_written_with_its_words():
    # (the lede's "a spokesman for Ukraine's Southern Defence Forces" is named below; not the Kremlin's spokesman, not
    # the forces themselves)
    title = "Southern Defence Forces spokesman: Russian assaults near Orikhiv have stopped"
    rows = _headline_rows(title + "\n\n" + _SPOKESMAN_BODY, title)
    assert list(rows["speaker"]) == ["Oleh Kravets"]
    assert str(rows.iloc[0]["statement_date"])[:10] == "2025-04-08"


def test_a_summary_bullets_unnamed_role_does_not_replace_the_named_holder():
    title = "Ukraine war live: Sumy governor says night attack repelled"
    body = ("Here is what we know so far:\n\n• The governor of the Sumy region said Russian assault groups had been "
            "pushed back from two border villages.\n\n• Russia said it had shot down 40 Ukrainian drones.\n\nSumy's "
            "regional governor, Oleh Hrytsenko, said on Tuesday that Russian assault groups had been pushed back from "
            "the border villages of Yunakivka and Myropillia after a night of fighting.\n\nHrytsenko said two "
            "civilians had been wounded.")
    rows = _headline_rows(title + "\n\n" + body, title)
    assert list(rows["speaker"]) == ["Oleh Hrytsenko"]
