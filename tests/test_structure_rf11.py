"""rf11: one reader of a page's furniture lines (``segment.furniture_line``), used by the speakers' furniture
(``segment.furniture``) and by the deck reading (``citing.deck``); and no studied set's invented names in the
library's comments. Every sentence here is invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from saidvsdone import citing, document, segment, vocab

ROOT = Path(__file__).resolve().parents[1]


# --- one reader of furniture lines ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "By Marek Dolny and Ines Varga",
    "By Marek Dolny, defence correspondent",
    "By the Evening Desk",
    "By our correspondent in Brovary",
    "By Harbour Post staff",
    "Words by Ines Varga. Photographs by Marek Dolny",
    "Sunday Edition | Sunday 9 March 2025 | By Ines Varga and Marek Dolny",
    "Posted 6:20 PM, Friday, 4 April 2025 | By Night Desk",
    "By Ines Varga, Lviv correspondent | 2 May 2025, 10:15 EEST | Updated 11:40 with new figures",
])
def test_a_writers_line_is_a_byline(line):
    assert segment.furniture_line(line) == "byline"


@pytest.mark.parametrize("line", [
    "Friday 4 April 2025",
    "Sat 5 Apr 2025 07.30 BST",
    "Updated 5 April 2025, 09:40 GMT",
    "2025.04.05 09:12 | Europe | NEWSWIRE",
    "Morning Digest | Wednesday 2 April 2025",
])
def test_a_page_date_line_or_stamp_is_a_date(line):
    assert segment.furniture_line(line) == "date"


@pytest.mark.parametrize("line", [
    "By Tuesday, Russian forces had pushed past the river.",
    "By Monday the team had left the town.",
    "Kyiv | The governor said three drones were downed overnight.",  # a body sentence with a bar stays body
    "Losses | Gains | Net: the army's chart showed a slow week for both sides, analysts wrote in a long note",
    "The brigade held the ridge for a week.",
])
def test_a_sentence_is_no_furniture(line):
    assert segment.furniture_line(line) == ""


def test_a_byline_opening_with_unknown_words_is_furniture_for_the_deck_only():
    # "By" and two capitalised words, then words that are neither names nor roles: too weak to hide speakers
    assert segment.furniture_line("By Ines Varga Updated at noon today") == "opened"


def test_the_speakers_furniture_takes_a_top_byline_with_bars_but_not_a_body_sentence_with_one():
    text = ("Drone strikes hit the port\n\n"
            "Evening Desk | 4 April 2025 | By Ines Varga, Odesa correspondent\n\n"
            "Kyiv | The governor said three drones were downed overnight.\n\n"
            "He added that nobody was hurt.")
    found = [text[a:b] for a, b in segment.furniture(text, segment.paragraphs(text))]
    assert found == ["Evening Desk | 4 April 2025 | By Ines Varga, Odesa correspondent"]


def test_a_date_line_near_the_top_stays_out_of_the_speakers_furniture():
    text = "Drone strikes hit the port\n\nFriday 4 April 2025\n\nThe governor said three drones were downed."
    assert segment.furniture(text, segment.paragraphs(text)) == []


@pytest.mark.parametrize("under", [
    "By Ines Varga, Odesa correspondent",
    "Evening Desk | Friday 4 April 2025 | By Ines Varga",
    "Friday 4 April 2025",
])
def test_a_standfirst_over_furniture_is_the_deck(under):
    text = ("Drone strikes hit the port\n\n"
            "The governor says the port will reopen within days. Shipping firms are less sure.\n\n"
            f"{under}\n\n"
            "Three drones struck the port of Odesa overnight, the governor said on Friday.")
    doc = document.build("t", text, published="2025-04-04", title="Drone strikes hit the port")
    assert citing.deck(doc) == 1


def test_a_lede_over_the_next_paragraph_is_no_deck():
    text = ("Drone strikes hit the port\n\n"
            "The governor says the port will reopen within days. Shipping firms are less sure.\n\n"
            "Three drones struck the port of Odesa overnight, the governor said on Friday.")
    doc = document.build("t", text, published="2025-04-04", title="Drone strikes hit the port")
    assert citing.deck(doc) == -1


def test_citing_keeps_no_furniture_patterns_of_its_own():
    source = (ROOT / "lib" / "saidvsdone" / "citing.py").read_text()
    assert "_furniture_line" not in source and "_DATE_LINE" not in source and "_BYLINE" not in source


def test_the_byline_words_come_from_the_table(tmp_path):
    assert segment.furniture_line("By the Evening Bureau") == ""
    (tmp_path / "claim_words.csv").write_text("group,word,note\nbyline_desk,bureau,\nbyline_label,compiled by,\n",
                                             encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert segment.furniture_line("By the Evening Bureau") == "byline"   # a row of your own
        assert segment.furniture_line("Compiled by Ines Varga") == "byline"
    finally:
        vocab.use(None)
    assert segment.furniture_line("By the Evening Bureau") == ""


# --- no studied set's invented names in the library ----------------------------------------------------------------

#: the studied long synthetic sets whose READMEs list their invented people, channels and outlets
_STUDIED = ("heldout4", "heldout5")


def _invented_names(folder: str) -> list[str]:
    """The names quoted in the README's disclaimer paragraph (the one saying what is synthetic and invented), spaces
    normalised; a first name alone (data/first_names.csv: "Serhiy") names nobody in particular and is left out."""
    readme = (ROOT / "tests" / "gold" / folder / "README.md").read_text(encoding="utf-8")
    paragraph = next(p for p in readme.split("\n\n") if "synthetic" in p and "invented" in p)
    first_names = set(vocab.table("first_names").iloc[:, 0].astype(str).str.strip())
    names = [" ".join(n.split()) for n in re.findall(r'"([^"\n]+(?:\n[^"\n]+)?)"', paragraph)]
    return [n for n in names if " " in n or n not in first_names]


@pytest.mark.parametrize("folder", _STUDIED)
def test_the_disclaimers_list_the_invented_names(folder):
    names = _invented_names(folder)
    assert len(names) >= 10 and all(n[0].isupper() or n[0].isdigit() for n in names)


@pytest.mark.parametrize("folder", _STUDIED)
def test_no_invented_name_of_a_studied_set_in_the_library(folder):
    names = _invented_names(folder)
    found = []
    for path in sorted((ROOT / "lib").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for name in names:
            if re.search(r"(?<![\w’'])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w’'])", text):
                found.append(f"{path.relative_to(ROOT)}: {name}")
    assert not found, "comments and code quote a studied set's invented names (use invented ones of your own): " \
                      + "; ".join(found)
