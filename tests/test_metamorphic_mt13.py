"""mt13 (round 24): the same claim and the same figure worded as other copy words them, as metamorphic transformations
(``tests/metamorphic.py``: ``claim_nouns``, ``million_forms``, ``approx_words``, ``number_words_big``, ``list_commas``,
``unit_conversion``, ``figure_forms``), and ``speaker_intro`` writing a whole name or role (never a title cut at its
abbreviation point). Sentences invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metamorphic as M  # noqa: E402


def _apply(step, text: str, title: str = "Port reopens") -> str:
    ctx = M.Ctx(title=title, published="2025-03-14")
    return M.apply_edits(text, step(text, ctx))[0]


# --- speaker_intro: a whole name, never "Lt. Col spoke at length." ---------------------------------------------------

def test_speaker_intro_never_cuts_a_title_at_its_abbreviation():
    text = ("Port reopens\n\nThe port reopened.\n\n"
            "“We are moving,” said Lt. Col. Pavlo Hrytsenko, a brigade officer, at a forward base.\n\n"
            "“We are holding,” Maj. Ilko Danyliuk said.\n")
    out = _apply(M.speaker_intro, text)
    assert "Lt. Col spoke" not in out and "Lt. Col had" not in out and "Lt. Col went" not in out
    assert "“We are moving,” said Lt. Col. Pavlo Hrytsenko, a brigade officer" in out  # left as printed
    assert "Maj. Ilko Danyliuk " in out and "\n\n“We are holding.”" in out  # a whole name with its rank


# --- claims worded with a noun ---------------------------------------------------------------------------------------

def test_claim_nouns_turns_the_cue_into_a_noun():
    text = ("Port reopens\n\nThe port reopened. The agency said on Tuesday that its ships had left the harbour. "
            "Petro Savchuk said that the convoy was safe. She said the mines had been cleared. The navy says the "
            "channel is open.\n")
    out = _apply(M.claim_nouns, text)
    assert "said" not in out.split("\n\n", 1)[1] and " says " not in out
    assert "on Tuesday that its ships had left the harbour." in out  # the day stays with its verb phrase
    assert "that the convoy was safe." in out and "that the mines had been cleared." in out
    assert "that the channel is open." in out
    assert any(f in out for f in ("Petro Savchuk's ", "Petro Savchuk made", "Petro Savchuk put", "Petro Savchuk adv",
                                  "Petro Savchuk voiced"))


def test_claim_nouns_leaves_quotes_and_second_attributions():
    text = "Port reopens\n\nThe port reopened. Olha Rud said the ship, which the navy said was safe, had sailed.\n"
    assert _apply(M.claim_nouns, text) == text


# --- figures ---------------------------------------------------------------------------------------------------------

def test_million_forms_both_ways_and_only_exact():
    text = "Port reopens\n\nThe ships carried 1.5 million tonnes, 2,000,000 litres and 1,351,204 sacks.\n"
    out = _apply(M.million_forms, text)
    assert "1,500,000 tonnes" in out and "2 million litres" in out and "1,351,204 sacks" in out


def test_approx_words_swaps_the_word_but_not_the_preposition():
    text = "Port reopens\n\nSome 40 ships waited and about 12 left. Officials were asked about 3 strikes.\n"
    out = _apply(M.approx_words, text)
    assert "Some 40" not in out and " about 12" not in out
    assert "asked about 3 strikes" in out
    assert any(f"{w} 40" in out for w in ("About", "Around", "Roughly", "Approximately"))


def test_number_words_big_spells_counts_and_reads_words_back():
    text = ("Port reopens\n\nThe port lost 25 cranes, forty-two barges and 300 containers on March 25; a man aged 45 left "
            "on 23 Sep.\n")
    out = _apply(M.number_words_big, text)
    assert "twenty-five cranes" in out and "42 barges" in out and "three hundred containers" in out
    assert "March 25" in out and "aged 45" in out and "23 Sep" in out


def test_list_commas_toggles_the_serial_comma():
    text = "Port reopens\n\nShips left Odesa, Izmail and Reni. Barges came from Galati, Tulcea, and Braila.\n"
    out = _apply(M.list_commas, text)
    assert "Odesa, Izmail, and Reni" in out and "Galati, Tulcea and Braila" in out


def test_unit_conversion_converts_areas_and_leaves_ranges():
    sentence = "Russian forces took 1,294 square kilometres, 5 to 8 km deep."
    text = f"Port reopens\n\n{sentence}\n"
    gold = {"published": "2025-03-14", "quotes": [], "claims": [], "facts": [
        {"sentence": sentence, "quantity_text": q, "quantity": v, "unit": u, "actor": "Russia", "change": "gain",
         "start": 14} for q, v, u in (("1,294", 1294.0, "km2"), ("8", 8.0, "km"))]}
    out, _, new_gold, counts = M.transform_article(text, "Port reopens", gold, [M.unit_conversion])
    assert "1,294 square kilometres (500 square miles)" in out
    assert "5 to 8 km deep" in out  # a range's second number is left as printed
    assert counts["added"] == 1 and new_gold["facts"][-1]["unit"] == "sq mi"


def test_million_forms_leaves_a_range():
    text = "Port reopens\n\nThe port handles 1.2-1.5 million tonnes and 1.2 to 1.5 million litres.\n"
    assert _apply(M.million_forms, text) == text


def test_unit_conversion_adds_a_gold_row_for_the_conversion():
    text = "Port reopens\n\nUkrainian forces advanced 20 kilometres and took 1,294 square kilometres.\n"
    gold = {"published": "2025-03-14", "quotes": [], "claims": [], "facts": [
        {"sentence": "Ukrainian forces advanced 20 kilometres and took 1,294 square kilometres.", "quantity_text": "20",
         "quantity": 20.0, "unit": "km", "actor": "Ukraine", "change": "gain", "start": 14}]}
    out, _, new_gold, counts = M.transform_article(text, "Port reopens", gold, [M.unit_conversion])
    assert "20 kilometres (12 miles)" in out and "(500 square miles)" not in out  # no gold row: no conversion
    assert counts["added"] == 1
    added = new_gold["facts"][-1]
    assert (added["quantity"], added["unit"], added["actor"], added["change"], added["note"]) == \
        (12.0, "mi", "Ukraine", "gain", "conversion")
    assert added["sentence"] == out[added["start"]:added["start"] + len(added["sentence"])]


# --- the mechanisms: a claim worded with a noun ----------------------------------------------------------------------

from test_metamorphic_mt10 import _found  # noqa: E402  (the readers of one invented text)


def _claims(text: str):
    return [(row.speaker, row.text) for row in _found(text)[1].itertuples()]


def test_a_verb_noun_cue_attributes_a_claim():
    for phrase in ("made the claim", "put forward the view", "voiced the assessment", "took the view"):
        text = f"Dam holds\n\nThe ministry {phrase} that its troops had taken the village of Zorivka.\n"
        found = _claims(text)
        assert len(found) == 1 and found[0][1].startswith(f"The ministry {phrase} that"), phrase


def test_a_position_is_a_claim_noun():
    text = "Dam holds\n\nSyrskyi's position was that Russian forces had lost 300 tanks near the dam.\n"
    assert _claims(text) == [("Oleksandr Syrskyi", text.split("\n\n")[1].strip())]


def test_a_possessive_body_takes_the_body_named_before():
    text = ("Dam holds\n\nUkraine's General Staff said that Russia had lost 300 tanks near the dam. The General Staff's "
            "claim was that Russian forces had lost 20 jets over the river.\n")
    assert [speaker for speaker, _ in _claims(text)] == ["Ukrainian General Staff", "Ukrainian General Staff"]
