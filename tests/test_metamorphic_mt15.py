"""mt15 (round 26): dates and attributions as real copy writes them, as metamorphic transformations
(``tests/metamorphic.py``: ``carry_day``, ``day_to_lede``, ``stated_by``, ``dateline_forms``, ``live_days``,
``real_dating``), and the shapes they found the library missing: Interfax-Ukraine's dateline ("KHARKIV. June 15
(Interfax-Ukraine) – ", its full stop splitting no sentence), a site's place and day between bullets ("Kyiv • 16
December 2022 • ", its day no statement's), and a live blog's day header in capitals ("TUESDAY, OCTOBER 7").
Sentences invented."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metamorphic as M  # noqa: E402

from saidvsdone import claims, corpus, quotes, segment  # noqa: E402


def _gold(text: str, rows, published: str = "2024-03-06") -> dict:
    """A gold entry of (stage, words, speaker, date) rows located in ``text``."""
    gold = {"published": published, "quotes": [], "claims": [], "facts": [], "scare_quotes": [], "audit": []}
    for stage, words, who, date in rows:
        assert words in text, words
        gold[stage].append({"text": words, "speaker": who, "start": text.find(words), "date": date})
    return gold


def _run(name: str, text: str, gold: dict, title: str = "Front line news"):
    return M.transform_article(text, title, gold, M.TRANSFORMS[name])


# --- carry_day -------------------------------------------------------------------------------------------------------

_CARRY = ("Front line news\n\nColonel Taras Marchuk said on Tuesday that the brigade had held the bridge near Zarichne. "
          "He said on Tuesday that two assaults had been beaten back.\n\nThe river is wide there.\n")


def test_carry_day_drops_the_later_naming_of_the_same_speakers_day():
    gold = _gold(_CARRY, [("claims", "the brigade had held the bridge near Zarichne", "Taras Marchuk", "2024-03-05"),
                          ("claims", "two assaults had been beaten back", "Taras Marchuk", "2024-03-05")])
    text, _t, new, counts = _run("carry_day", _CARRY, gold)
    assert "Marchuk said on Tuesday that the brigade" in text and "He said that two assaults" in text
    assert text.count("Tuesday") == 1 and counts["cut"] == 0
    assert [r["date"] for r in new["claims"]] == ["2024-03-05", "2024-03-05"]


def test_carry_day_keeps_the_day_of_another_speaker_or_after_a_new_time_cue():
    other = _CARRY.replace("He said on Tuesday", "Major Ivan Hrytsenko said on Tuesday")
    gold = _gold(other, [("claims", "the brigade had held the bridge near Zarichne", "Taras Marchuk", "2024-03-05"),
                         ("claims", "two assaults had been beaten back", "Ivan Hrytsenko", "2024-03-05")])
    assert _run("carry_day", other, gold)[0] == other
    cue = _CARRY.replace("He said on Tuesday", "Earlier, he said on Tuesday")
    gold = _gold(cue, [("claims", "the brigade had held the bridge near Zarichne", "Taras Marchuk", "2024-03-05"),
                       ("claims", "two assaults had been beaten back", "Taras Marchuk", "2024-03-05")])
    assert _run("carry_day", cue, gold)[0] == cue  # "earlier" starts a new event (§3.5's Clarification)


# --- day_to_lede -----------------------------------------------------------------------------------------------------

_LEDE = ("Front line news\n\nColonel Taras Marchuk said that the brigade had held the bridge near Zarichne. "
         "He said on Tuesday that two assaults had been beaten back.\n")


def test_day_to_lede_moves_the_day_to_the_speakers_first_statement():
    gold = _gold(_LEDE, [("claims", "the brigade had held the bridge near Zarichne", "Taras Marchuk", "2024-03-05"),
                         ("claims", "two assaults had been beaten back", "Taras Marchuk", "2024-03-05")])
    text, _t, new, _c = _run("day_to_lede", _LEDE, gold)
    assert "Marchuk said on Tuesday that the brigade" in text and "He said that two assaults" in text
    assert [r["date"] for r in new["claims"]] == ["2024-03-05", "2024-03-05"]


def test_day_to_lede_leaves_a_first_statement_the_gold_leaves_undated():
    gold = _gold(_LEDE, [("claims", "the brigade had held the bridge near Zarichne", "Taras Marchuk", None),
                         ("claims", "two assaults had been beaten back", "Taras Marchuk", "2024-03-05")])
    assert _run("day_to_lede", _LEDE, gold)[0] == _LEDE


# --- stated_by -------------------------------------------------------------------------------------------------------

def test_stated_by_puts_the_attribution_after_a_claim():
    text = "Front line news\n\nColonel Taras Marchuk said on Tuesday that the brigade had held the bridge.\n"
    gold = _gold(text, [("claims", "Colonel Taras Marchuk said on Tuesday that the brigade had held the bridge.",
                         "Taras Marchuk", "2024-03-05")])
    new_text, _t, new, _c = _run("stated_by", text, gold)
    body = new_text.split("\n\n", 1)[1]
    assert body.startswith("The brigade had held the bridge.") and "Colonel Taras Marchuk" in body
    assert "on Tuesday" in body and body.index("Marchuk") > body.index("bridge")
    assert new["claims"][0]["speaker"] == "Taras Marchuk" and new["claims"][0]["date"] == "2024-03-05"
    assert new["claims"][0]["text"].startswith("The brigade had held the bridge.")


def test_stated_by_keeps_a_quotations_words_and_leaves_a_pronoun_subject():
    text = "Front line news\n\nColonel Taras Marchuk said: “We held the bridge.”\n\nHe said that the river was wide.\n"
    gold = _gold(text, [("quotes", "We held the bridge.", "Taras Marchuk", None)])
    new_text, _t, new, _c = _run("stated_by", text, gold)
    assert "“We held the bridge.” " in new_text and "He said that the river was wide." in new_text
    assert new["quotes"][0]["text"] == "We held the bridge."


# --- dateline_forms --------------------------------------------------------------------------------------------------

def test_dateline_forms_puts_a_dated_dateline_before_the_lede_and_keeps_the_gold():
    text = ("Front line news\n\nColonel Taras Marchuk said on Tuesday that the brigade had held the bridge near "
            "Zarichne.\n")
    gold = _gold(text, [("claims", "the brigade had held the bridge near Zarichne", "Taras Marchuk", "2024-03-05")])
    new_text, _t, new, _c = _run("dateline_forms", text, gold)
    lede = new_text.split("\n\n", 1)[1]
    assert lede.endswith(text.split("\n\n", 1)[1]) and len(lede) > len(text.split("\n\n", 1)[1])
    assert "6" in lede[:lede.index("Colonel")]  # the page's day (6 March 2024) in the dateline
    assert new["claims"][0]["date"] == "2024-03-05"


# --- live_days -------------------------------------------------------------------------------------------------------

def test_live_days_heads_the_dated_tail_with_its_day_and_clock_stamps():
    text = ("Front line news\n\nColonel Taras Marchuk said on Tuesday that the brigade had held the bridge.\n\n"
            "The river is wide there.\n\nMajor Ivan Hrytsenko said on Tuesday that the crossing was mined.\n")
    gold = _gold(text, [("claims", "the brigade had held the bridge", "Taras Marchuk", "2024-03-05"),
                        ("claims", "the crossing was mined", "Ivan Hrytsenko", "2024-03-05")])
    new_text, _t, new, _c = _run("live_days", text, gold)
    assert new_text.count("\n\n") >= text.count("\n\n") + 4  # a header and three stamps
    head = new_text.split("\n\n")[1]
    assert "5" in head and ("Tuesday" in head or "TUESDAY" in head)
    assert [r["date"] for r in new["claims"]] == ["2024-03-05", "2024-03-05"]


def test_live_days_leaves_a_page_whose_last_paragraph_has_an_undated_row():
    text = "Front line news\n\nColonel Taras Marchuk said that the brigade had held the bridge.\n"
    gold = _gold(text, [("claims", "the brigade had held the bridge", "Taras Marchuk", None)])
    assert _run("live_days", text, gold)[0] == text


# --- the library: datelines and day headers the transformations exposed ----------------------------------------------

@pytest.mark.parametrize("dateline", ["KHARKIV. June 15 (Interfax-Ukraine) – ", "Odesa • 15 June 2023 • ",
                                      "KYIV, June 15 (Reuters) - "])
def test_a_dateline_opening_the_lede_is_cut_from_its_sentence(dateline):
    text = dateline + "The army said it had retaken a village."
    assert text[segment.dateline_end(text, 0, len(text)):] == "The army said it had retaken a village."


def _claims(text: str, published: str):
    doc = corpus.from_text(text, article_id="t", published=published, title=text.split("\n", 1)[0])
    return claims.find(doc, quotes.extract(doc))


def test_an_interfax_dateline_keeps_the_ledes_claim_and_its_today():
    text = ("Army reports gains\n\nKHARKIV. June 15 (Interfax-Ukraine) – Ukraine's army has retaken two villages near "
            "the border, according to a statement released today.\n\nRain fell on the city.\n")
    found = _claims(text, "2023-06-15")
    row = found[found["text"].str.contains("retaken two villages")]
    assert len(row) == 1 and not row.iloc[0]["text"].startswith(("KHARKIV", "June"))
    assert str(row.iloc[0]["statement_date"])[:10] == "2023-06-15"


def test_a_bulleted_dateline_dates_no_statement():
    text = ("Army reports gains\n\nOdesa • 16 December 2022 • General Pavlo Hrytsak warned that the enemy was "
            "massing troops near the river.\n\nRain fell on the city.\n")
    found = _claims(text, "2022-12-17")
    row = found[found["text"].str.contains("massing troops")]
    assert len(row) == 1 and row.iloc[0]["text"].startswith("General Pavlo Hrytsak")
    assert str(row.iloc[0]["statement_date"]) == "NaT"  # the dateline's day is the filing day, no utterance's


def test_a_day_header_in_capitals_dates_a_meeting_participant_under_it():
    text = ("Generals meet\n\nTUESDAY, OCTOBER 7\n\n09:16\n\nPresident Ivan Sorokin said late Tuesday that his "
            "forces had taken 5,000 square kilometres this year.\n\n10:08\n\nGeneral Pavel Lebedkin reported that the "
            "fiercest fighting was near the river.\n")
    found = _claims(text, "2025-10-08")
    row = found[found["text"].str.contains("fiercest fighting")]
    assert len(row) == 1 and str(row.iloc[0]["statement_date"])[:10] == "2025-10-07"
