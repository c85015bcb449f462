"""sp30 (issue 17): three rules that compiled a pattern per word of the article (a surname near a quote, a title after a
demonym, a headline's plural role in a body speaker's words) read the word's own places with ``str.find`` and static
patterns; each reader must give exactly what the per-word pattern gave (never timings). Every sentence here is
invented."""

from __future__ import annotations

import random
import re

import pytest

from saidvsdone.facts import sides
from saidvsdone.matcher import whole_word_at

# pieces of invented copy around a demonym: titles, their plurals and compounds, lower-case words, other words, marks
_PIECES = ["sergeant", "sergeants", "sergeant-major", "colonel", "army", "marine", "Sergeant", "the", "a", "A", "B",
           "Ukrainian", "’s", "'s", "-", ",", ".", "2", "sergeant’s", "junior", "x-ray", "co-pilot", "pilot", "pilots"]
_SPACES = [" ", " ", "  ", "\t", "\n", "\u00a0", ""]
_TITLES = ["sergeant", "colonel", "pilot", "marine"]


def _window(rng: random.Random) -> str:
    return "".join(rng.choice(_SPACES) + rng.choice(_PIECES) for _ in range(rng.randint(0, 6))) + rng.choice(_SPACES)


def _per_title(window: str, title: str) -> bool:
    """The pattern the rule compiled for each title before sp30."""
    return re.match(r"\s+(?:[a-z-]+\s+)?" + re.escape(title) + r"(?![\w’'-])", window) is not None


def test_the_title_after_a_demonym_is_read_as_the_per_title_pattern_read_it():
    rng = random.Random(30)
    found = 0
    for _ in range(20000):
        window, title = _window(rng), rng.choice(_TITLES)
        expected = _per_title(window, title)
        assert sides._title_after_demonym(window, title) == expected, (window, title)
        found += expected
    assert found > 500  # (the invented windows hold the title often enough to test both answers)


@pytest.mark.parametrize("window, title, expected", [
    (" sergeant A", "sergeant", True),            # right after the demonym
    (" army sergeant", "sergeant", True),         # one lower-case word between
    (" sergeants sergeant", "sergeant", True),    # the title right after is a longer word; the next one is it
    (" sergeants", "sergeant", False),            # a longer word only
    (" sergeant-major", "sergeant", False),       # a compound
    (" junior army sergeant", "sergeant", False),  # two words between
    ("sergeant", "sergeant", False),              # no space before
    (" Army sergeant", "sergeant", False),        # the word between is capitalised
])
def test_the_title_after_a_demonym_on_written_cases(window, title, expected):
    assert sides._title_after_demonym(window, title) is expected
    assert _per_title(window, title) is expected


def test_a_title_opening_on_a_space_takes_the_pattern():
    for window in ("  sergeant", " \tsergeant", " x  sergeant"):
        assert sides._title_after_demonym(window, " sergeant") == _per_title(window, " sergeant")


# whole words of a slice, as the surname near a quote and the headline's plural role are read
_WORD_PIECES = ["Koval", "Kovalenko", "O'Koval", "Koval’s", "Koval-Sas", "koval", "prosecutors", "prosecutor",
                "regional", "Mr", ".", ",", "“", "”", "_", "2", "said", "Sas"]


@pytest.mark.parametrize("word", ["Koval", "prosecutor", "Sas"])
def test_a_whole_word_of_a_slice_is_found_where_the_per_word_pattern_finds_it(word):
    rng = random.Random(3030)
    pattern = re.compile(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])")
    found = 0
    for _ in range(8000):
        text = "".join(rng.choice(["", " ", "\n"]) + rng.choice(_WORD_PIECES) for _ in range(rng.randint(1, 8)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        piece = text[lo:hi]
        expected = pattern.search(piece) is not None
        assert bool(whole_word_at(piece, word, 0, len(piece))) == expected, (piece, word)
        found += expected
    assert found > 100  # (both answers tested)
