"""sp29 (issue 17): the guards in front of patterns built per word of the article read the word's own places (a tail
right after the noun, the noun right after ", a …"), so fewer per-word patterns are compiled on unseen copy; a guard
must never turn away a window its pattern matches in (never timings). Every sentence here is invented."""

from __future__ import annotations

import random
import re

import pytest

from saidvsdone.speech import _names, _occasions

# pieces of invented copy: names, introductions by name, appositions, and the same nouns far from any introduction
_PIECES = ["Petro Hrytsenko", "Mykola Sas", "Olena", ", a", ", an", ", the", "retired", "old", "gunner", "medic",
           "widow", "host", "named", "called", "Her name is", "His name is", "Marta", ".", ",", "a", "one", "another",
           "the", "unit's", "show's", "his", "her", "their", "who drives the van", "“", "”", "\n", "gunner-in-chief",
           "hostess", "co-host", "medics", "came", "later"]
_HEADS = ["gunner", "medic", "widow", "host"]


def _invented(rng: random.Random) -> str:
    text = ""
    for piece in (rng.choice(_PIECES) for _ in range(rng.randint(3, 16))):
        text += piece if piece[0] in ",." else rng.choice([" ", " ", "  ", "\t", "\n"]) + piece
    return text


@pytest.mark.parametrize("pattern, guard, seed", [
    (lambda head: _names._named_head(head), lambda window, head: _names.named_head_possible(window, head), 29),
    (lambda head: _names._apposition_of(head), lambda window, head: _names.apposition_possible(window, head), 2029),
], ids=["named head", "apposition"])
def test_a_per_noun_guard_lets_through_every_window_its_pattern_matches_in(pattern, guard, seed):
    rng = random.Random(seed)
    matched = turned_away = 0
    for _ in range(6000):
        text, head = _invented(rng), rng.choice(_HEADS)
        lo, hi = rng.randint(0, 4), len(text) - rng.randint(0, 4)
        found = pattern(head).search(text, lo, hi) is not None
        possible = guard(text[lo:hi], head)
        assert possible or not found, (text, lo, hi, head)
        matched += found
        turned_away += not possible
    assert matched and turned_away


def test_each_branch_of_an_introduction_by_name_passes_the_guard():
    for window, noun in [
        ("An old gunner named Petro Hrytsenko loaded the shell.", "gunner"),      # noun, "named", the name
        ("A medic, called Olena, ran over.", "medic"),                            # noun, comma, "called"
        ("His widow, Marta, kept the farm.", "widow"),                             # noun, comma, the name
        ("A host greets us at the door. His name is Mykola.", "host"),             # "His name is" after the sentence
        ("The gunner who drives the van, a retired teacher named Mykola Sas, waved.", "gunner"),  # ", a …, named"
    ]:
        assert _names._named_head(noun).search(window) is not None, window
        assert _names.named_head_possible(window, noun), window


def test_a_noun_far_from_a_naming_word_is_turned_away():
    # the noun stands in the window and "named"/"called" before a capital stands after it, but no branch can hold both
    for window, noun in [
        ("The gunner fired twice. Much later a village called Sosnivka was shelled.", "gunner"),
        ("The medic left. Then the colonel, a man named Ivan Bondar, spoke.", "medic"),
        ("The host laughed; nobody called Marta back.", "host"),
    ]:
        assert _names._named_head(noun).search(window) is None, window
        assert not _names.named_head_possible(window, noun), window


def test_an_apposition_needs_its_head_within_three_words_of_the_article():
    assert _names.apposition_possible("Petro Hrytsenko, a retired gunner, said", "gunner")
    assert _names.apposition_possible("Petro Hrytsenko, the unit's old gunner, said", "gunner")
    assert _names._apposition_of("gunner").search("Petro Hrytsenko, the unit's old gunner, said") is not None
    # a comma and an article before the head, but four words away, or the head in another clause: no apposition
    for window in ("Petro Hrytsenko, a man of few words and a gunner, said", "Petro Hrytsenko, a father of three, "
                   "met the gunner", "Petro Hrytsenko, a gunnery officer, said"):
        assert _names._apposition_of("gunner").search(window) is None, window
        assert not _names.apposition_possible(window, "gunner"), window


_TOLD_PIECES = ["told", "telling", "to", "the", "The", "Gazette", "Courier", "Lviv", "Gazette's", "Gazettes", "said",
                ".", ",", "(", ")", "to the", "told the", "“", "”"]
_OUTLETS = [" Gazette", "Gazette", "  Gazette", "Lviv Courier", "Gazette told the Gazette", "Courier.", "Gazette (",
            "to the Gazette", "\tGazette", "Gazette  Courier"]


def test_an_outlet_told_is_found_where_its_own_pattern_found_it():
    """``_told_the_name`` gives the starts the per-name pattern gave (spaces of the name's own before its first word, a
    name ending on a mark, a name holding "to the" itself; never an empty name: rv26c), with no pattern compiled per name."""
    rng = random.Random(129)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice([" ", "  ", "\t", "\n", " ", ""]) + rng.choice(_TOLD_PIECES)
                       for _ in range(rng.randint(2, 14)))
        name = rng.choice(_OUTLETS)
        want = [m.start() for m in re.compile(r"\b(?:told|telling|to)\s+[Tt]he\s+" + re.escape(name) + r"\b").finditer(text)]
        told = [m for m in _occasions._TOLD_THE.finditer(text) if text.startswith(name.lstrip(), m.end())]
        assert (_occasions._told_the_name(text, name, told) if told else []) == want, (text, name)
        assert _occasions._told_the_name_scanned(text, name) == want
        found += bool(want)
    assert found


def test_an_outlet_name_written_with_two_spaces_is_found_where_it_is_told_something():
    """ "told The  Gazette" in an invented article: the name's own space before its first word is read from the end of
    the spaces after "The"."""
    text = ("Front quiet, says colonel\n\nColonel Ivan Bondar told The  Gazette on Monday that the line held. "
            "The  Gazette spoke to Bondar again on Tuesday. “Nothing moves,” he said.")
    assert _occasions._told_the_name(text, " Gazette", list(_occasions._TOLD_THE.finditer(text))) == [text.index("told")]


def test_a_surname_is_found_where_its_own_pattern_found_it():
    """``matcher.whole_word_at`` (read by ``facts.sides``) gives the spans the per-surname pattern gave: a surname
    inside a longer one, after an apostrophe or a hyphen, repeated, running to either end of the span read (a surname
    is never empty: rv26c)."""
    from saidvsdone import matcher
    pieces = ["Hnatiuk", "Hnatiukova", "O'Hnatiuk", "Hnatiuk’s", "Hnatiuk-Sas", "-", "’", "'", " ", "  ", ".",
              "Hnatiuk Hnatiuk", "a", "Hna", "tiuk", "_", "é"]
    rng = random.Random(229)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        word = rng.choice(["Hnatiuk", "Hnatiuk Hnatiuk", "Hna", "tiuk", "'Hnatiuk", "Hnatiuk-"])
        end = rng.randint(0, len(text))
        start = rng.choice([0, rng.randint(0, end)])
        want = [m.span() for m in re.compile(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])").finditer(text, start, end)]
        assert matcher.whole_word_at(text, word, start, end) == want, (text, word, start, end)
        found += bool(want)
    assert found


def test_a_surname_going_on_is_found_where_its_word_edge_pattern_found_it():
    """``_bounded_word_in`` answers what ``re.search(r"\\b" + re.escape(word) + r"\\b", text)`` answered: a surname
    inside a longer word, after an apostrophe or a hyphen, a word ending on a full stop (a name's last word is never
    empty: rv26c)."""
    pieces = ["Sas", "Sasko", "O'Sas", "Sas’s", "Sas-Bilyk", "-", "’", "'", " ", ".", "Sas Sas", "a", "S", "as", "_",
              "é", "Jr.", ".Jr", "1"]
    rng = random.Random(329)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        word = rng.choice(["Sas", "Sas Sas", "S", "as", "'Sas", "Sas-", "Jr.", ".Jr", "_", "1"])
        want = re.search(r"\b" + re.escape(word) + r"\b", text) is not None
        assert _occasions._bounded_word_in(text, word) == want, (text, word)
        found += want
    assert found


def test_the_back_reference_guard_lets_through_every_span_its_pattern_matches_in():
    """``_apposition_possible_sp29`` (claims' "the outlet" after "X, an independent outlet") is never False where the
    per-name pattern finds the apposition in the span."""
    from saidvsdone.claims import _stage
    pieces = ["Novyny", "Novyny, an", "Novyny, a", "Novyny, the", "Novy", ", a", ", an", ", the", ",", " ",
              "independent", "outlet", "outlets", "think tank", "think  tank", "Polish", ".", "said", "ny"]
    rng = random.Random(429)
    matched = turned_away = 0
    for _ in range(6000):
        text = "".join(rng.choice(["", " ", " ", "  "]) + rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        name, noun = rng.choice(["Novyny", "Novy", "Novyny,"]), rng.choice(["outlet", "think tank", "independent outlet"])
        lo = rng.randint(0, 5)
        hi = rng.randint(lo, max(lo, len(text)))
        found = re.compile(re.escape(name) + r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?" + re.escape(noun)
                           + r"\b").search(text, lo, hi) is not None
        possible = _stage._apposition_possible_sp29(text, name, noun, lo, hi)
        assert possible or not found, (text, name, noun, lo, hi)
        matched += found
        turned_away += not possible
    assert matched and turned_away
