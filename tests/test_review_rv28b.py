"""Review rv28b of hl14 (headline rows) and fa38 (facts), folded by rv28fixb: a lede that runs on (hard-wrapped, or
ending in a colon before a quote) is no deck, so a count it shares with the body is no restatement; an adverb between
a headline's subject and its verb ("Moscow now claims …") is no plural verb of a coordinated subject; a side's passive
account of a launch with no part shot down stays its own; a verb in single scare quotes gives the count its direction.

Every sentence here is invented for the test."""

from __future__ import annotations

from saidvsdone import claims, corpus, facts
from saidvsdone.facts.fold import lead_end

from _facts_readings import numeric_row as row


# -- 1. a lede that runs on is no deck -------------------------------------------------------------------------------

_WRAPPED = ("Moscow reports gains near Kupiansk\n\n"
            "Russian units took 9 hamlets near Kupiansk this week,\n"
            "Ukraine's General Staff said on Monday, as the strain on\n"
            "the garrison grew.\n\n"
            "Russian units took 9 hamlets in a week, a Ukrainian colonel said later.\n")

_COLON = ("Moscow reports gains near Kupiansk\n\n"
          "Russian units took 9 hamlets near Kupiansk this week, officials in Kyiv said:\n\n"
          "“The pressure is heavy,” a colonel said.\n\n"
          "Russian units took 9 hamlets in a week, a Ukrainian colonel said later.\n")


def _restated(text):
    table = facts.extract(corpus.from_text(text, published="2026-05-06"))
    return table[table["quantity"] == 9.0]["restates"].tolist()


def test_a_hard_wrapped_lede_is_no_deck():
    assert lead_end(_WRAPPED, _WRAPPED.index("\n")) == _WRAPPED.index("\n")
    assert all(not r or r != r for r in _restated(_WRAPPED))  # a count simply repeated is a fact of its own


def test_a_lede_ending_in_a_colon_is_no_deck():
    assert lead_end(_COLON, _COLON.index("\n")) == _COLON.index("\n")
    assert all(not r or r != r for r in _restated(_COLON))


def test_a_stop_less_deck_still_ends_the_top_block_after_it():
    text = ("Moscow reports gains near Kupiansk\n\nMonitors tally 9 hamlets and 60 square kilometres\n\n"
            "Russian units took 9 hamlets in a week.")
    assert text[:lead_end(text, text.index("\n"))].endswith("60 square kilometres")


# -- 2. an adverb after "and X" is no plural verb ---------------------------------------------------------------------

_BODY = "\n\nRussia's defence ministry said on Tuesday that its troops had taken full control of Toretsk."


def _speakers(title):
    text = title + _BODY
    found = claims.find(corpus.from_text(text, published="2026-05-06", title=title))
    return list(found[found["headline"]]["speaker"])


def test_an_adverb_between_a_coordinated_name_and_claims_keeps_the_verb():
    assert _speakers("Talks stall and Moscow now claims control of Toretsk") == ["Russian Defence Ministry"]
    assert _speakers("Shelling hits Kherson and Russia again claims control of Toretsk") == ["Russian Defence Ministry"]


def test_a_plural_verb_after_a_coordinated_subject_still_makes_claims_a_noun():
    assert _speakers("Kyiv and Moscow swap claims over Toretsk") == []


# -- 3. a side's passive account of its own launch --------------------------------------------------------------------

def test_a_passive_launch_with_nothing_shot_down_stays_the_reporters():
    got = row("Ukraine's navy said 6 sea drones were launched in the raid on the port.", 6.0)
    assert got["actor"] == "Ukraine"
    got = row("Zelensky said 3 missiles were fired in the trial.", 3.0)
    assert got["actor"] == "Ukraine"


def test_a_passive_launch_with_a_part_shot_down_is_the_other_sides():
    got = row("Ukraine's air force said 230 drones had been launched, of which 190 were downed.", 230.0)
    assert got["actor"] == "Russia"


# -- 4. a verb in single scare quotes ---------------------------------------------------------------------------------

def test_a_verb_in_single_scare_quotes_gives_the_direction():
    for mark_open, mark_close in (("‘", "’"), ("'", "'"), ("“", "”")):
        got = row(f"A Kremlin aide said that 14 hamlets around the town had been {mark_open}freed{mark_close}"
                  " since the start of June.", 14.0)
        assert (got["unit"], got["change"]) == ("settlements", "gain"), mark_open
