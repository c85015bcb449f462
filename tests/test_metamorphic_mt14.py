"""mt14 (round 25): the same headline, speaker and date as real copy words them, as metamorphic transformations
(``tests/metamorphic.py``: ``headline_forms``, ``side_titles``, ``weekday_full``, ``place_day``, ``first_contact``),
and the headline shape they found the library missing: an institution's or an office's label before a headline's colon
("Air force: …", "Mayor: …", "Spokesperson: …"). Sentences invented."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metamorphic as M  # noqa: E402

from saidvsdone import claims, corpus  # noqa: E402


def _gold(text: str, headline: str, speaker: str, rows=()) -> dict:
    """A gold entry with one headline claim (the whole ``headline`` line) and further (stage, text, speaker, date)."""
    gold = {"published": "2025-03-05", "quotes": [], "claims": [], "facts": [], "scare_quotes": [], "audit": []}
    gold["claims"].append({"text": headline, "speaker": speaker, "start": 0, "date": "2025-03-04", "headline": True})
    for stage, words, who, date in rows:
        gold[stage].append({"text": words, "speaker": who, "start": text.find(words), "date": date})
    return gold


_BODY = ("\n\nBy Lena Korr\n\nColonel Taras Marchuk, a brigade commander, said on Tuesday that Russian troops had "
         "failed to cross the river near Zarichne.\n")


# --- headline_forms --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("headline", [
    "Marchuk says Russian troops failed to cross river near Zarichne",
    "Russian troops failed to cross river near Zarichne, Marchuk says",
    "Russian troops failed to cross river near Zarichne, says Marchuk",
    "Marchuk: Russian troops failed to cross river near Zarichne",
    "Russian troops failed to cross river near Zarichne – Marchuk",
])
def test_headline_forms_rewrites_the_attribution_and_carries_the_headline_claim(headline):
    text = headline + _BODY
    new_text, title, gold, _counts = M.transform_article(text, headline, _gold(text, headline, "Taras Marchuk"),
                                                         M.TRANSFORMS["headline_forms"])
    line = new_text.split("\n", 1)[0]
    assert line != headline and "Russian troops failed to cross river near Zarichne" in line and "Marchuk" in line
    assert title == line  # the manifest's title follows the line
    row = gold["claims"][0]
    assert row["text"] == line and row["start"] == 0 and row["speaker"] == "Taras Marchuk"
    assert new_text.endswith(_BODY)  # the body as it was


def test_headline_forms_keeps_a_quote_inside_the_headline_in_place():
    headline = "Front near Zarichne ‘holding firm’, says Marchuk"
    text = headline + _BODY
    gold = _gold(text, headline, "Taras Marchuk")
    gold["quotes"].append({"text": "holding firm", "speaker": "Taras Marchuk", "start": text.find("holding firm"),
                           "date": "2025-03-04"})
    new_text, _title, new_gold, counts = M.transform_article(text, headline, gold, M.TRANSFORMS["headline_forms"])
    assert new_text.split("\n", 1)[0] != headline and counts["cut"] == 0
    assert new_gold["quotes"][0]["text"] == "holding firm"
    assert new_gold["claims"][0]["text"] == new_text.split("\n", 1)[0]


def test_headline_forms_changes_the_case_of_a_common_word_only():
    headline = "Enemy lost 14 tanks near Zarichne, says spokesman"
    text = headline + "\n\nThe spokesman said the enemy had lost 14 tanks near Zarichne on Tuesday.\n"
    new_text, *_ = M.transform_article(text, headline, _gold(text, headline, "Taras Marchuk"),
                                       M.TRANSFORMS["headline_forms"])
    line = new_text.split("\n", 1)[0]
    assert line in ("Spokesman says enemy lost 14 tanks near Zarichne", "Spokesman: Enemy lost 14 tanks near Zarichne",
                    "Enemy lost 14 tanks near Zarichne – spokesman", "Enemy lost 14 tanks near Zarichne - spokesman")


@pytest.mark.parametrize("headline", [
    "Russia says its troops crossed the river near Zarichne",  # the pronoun needs its source before it
    "Russia says troops crossed the river; Ukraine says the line holds",  # two speakers
    "Ukraine war live: troops hold the line near Zarichne",  # a rubric, no speaker
])
def test_headline_forms_leaves_what_it_cannot_carry(headline):
    text = headline + _BODY
    assert M.headline_forms(text, M.Ctx(title=headline, published="2025-03-05",
                                        rows=[("claims", 0, len(headline), ("claims", 0),
                                               {"headline": True, "speaker": "Russian Defence Ministry"})])) == []


# --- side_titles -----------------------------------------------------------------------------------------------------

def test_side_titles_puts_in_takes_out_or_apposes_the_side():
    text = ("Port reopens\n\nPresident Volodymyr Zelensky said the port was open. Russian President Vladimir Putin "
            "said it was not. Former President Joe Biden said nothing. Kremlin Spokesman Dmitry Peskov declined.\n")
    out = M.apply_edits(text, M.side_titles(text, M.Ctx(title="Port reopens")))[0]
    assert out != text
    assert ("Ukrainian President Volodymyr Zelensky said" in out
            or "Volodymyr Zelensky, Ukraine's president, said" in out)
    assert "President Vladimir Putin said" in out and not out.count("Russian President Vladimir Putin said") \
        or "Vladimir Putin, Russia's president, said" in out
    assert "Former President Joe Biden said" in out and "Kremlin Spokesman Dmitry Peskov" in out  # left


# --- weekday_full ----------------------------------------------------------------------------------------------------

def test_weekday_full_adds_the_rows_date_in_one_of_four_shapes():
    text = "Port reopens\n\nThe navy said on Tuesday that the port was open.\n"
    ctx = M.Ctx(title="Port reopens", published="2025-03-05",
                rows=[("claims", text.find("the port"), len(text) - 2, ("claims", 0), {"date": "2025-03-04"})])
    out = M.apply_edits(text, M.weekday_full(text, ctx))[0]
    assert any(f"said on Tuesday{d} that" in out for d in (", March 4,", ", 4 March,", " (March 4)", " 4 March"))


def test_weekday_full_leaves_a_weekday_another_row_contradicts():
    text = "Port reopens\n\nThe navy said on Tuesday that the port was open.\n"
    ctx = M.Ctx(title="Port reopens", published="2025-03-05",
                rows=[("claims", text.find("the port"), len(text) - 2, ("claims", 0), {"date": "2025-03-03"})])
    assert M.weekday_full(text, ctx) == [] and ctx.skips["weekday_full"] == 1


def test_weekday_full_leaves_names_and_relative_days():
    text = "Port reopens\n\nThe Sunday Times said last Tuesday that the port was open.\n"
    assert M.weekday_full(text, M.Ctx(title="Port reopens", published="2025-03-05")) == []


# --- place_day -------------------------------------------------------------------------------------------------------

def test_place_day_puts_a_place_before_or_after_the_day():
    text = "Port reopens\n\nThe navy said on Tuesday that the port was open. Olha Rud said in Odesa on Monday it was.\n"
    out = M.apply_edits(text, M.place_day(text, M.Ctx(title="Port reopens")))[0]
    assert "said on Monday in Odesa it was" in out
    assert any(f"said in {p} on Tuesday that" in out or f"said on Tuesday in {p} that" in out
               for p in M._STATEMENT_PLACES)


# --- the library: the headline shapes the transformations found missing -------------------------------------------

def _headline_rows(text: str):
    found = claims.find(corpus.from_text(text, published="2025-03-05"))
    return found[found["headline"]]


@pytest.mark.parametrize("label,body,speaker", [
    ("Air force", "Ukraine's air force said on Tuesday that its units had shot down 40 of 52 drones over the south.",
     "Ukrainian Air Force"),
    ("Mayor", "The mayor of Zarichne, Ivan Fedko, said on Tuesday that Russian troops had shelled the town.",
     "Ivan Fedko"),
    ("Spokesperson", "Nadia Koval, a spokesperson for the southern command, said on Tuesday that Russian troops had "
     "lost 14 tanks near the village.", "Nadia Koval"),
])
def test_an_institution_or_office_before_a_headline_colon_speaks(label, body, speaker):
    text = f"{label}: Russian troops suffered heavy losses near the village\n\nBy Lena Korr\n\n{body}\n"
    rows = _headline_rows(text)
    line = rows[rows["text"].str.startswith(label)]
    assert len(line) == 1 and line.iloc[0]["speaker"] == speaker
