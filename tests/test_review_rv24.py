"""Round 24 review findings (rv24fixb): each table row or fixed branch reaches the sentences the reviewer found
dropped. Sentences invented for these tests."""

from __future__ import annotations

from saidvsdone import claims, corpus, quotes
from saidvsdone.claims import _headlines

_BODY = ("\n\nBy Lena Korr\n\nPresident Vladimir Putin told his commanders on Wednesday that the army must keep "
         "pushing west of the river.\n\nThe defence ministry said on Tuesday that its troops had repelled six attacks "
         "near the river.")


def _headline_speakers(title):
    found = claims.find(corpus.from_text(title + _BODY, published="2025-03-06"))
    return list(found[found["text"] == title]["speaker"])


def test_rv24b_any_force_noun_or_ordered_move_makes_a_headline_order_a_claim():
    for title in ("Putin orders troops into eastern Ukraine", "Putin orders armed forces to keep pushing west",
                  "Putin orders Belarusian troops to the border", "Putin orders retaliatory strikes after bridge blast",
                  "Putin orders large-scale offensive in the east", "Putin orders assaults on the town to continue"):
        assert _headline_speakers(title) == ["Vladimir Putin"], title


def test_rv24b_forces_told_reads_the_tables_and_only_capitalised_possessives():
    assert _headlines._FORCES_TOLD.match(" Belarusian troops to the border")
    assert _headlines._FORCES_TOLD.match(" armed forces to hold")
    assert _headlines._FORCES_TOLD.match(" incursions into the region")  # (fact_cues.csv movement_noun)
    assert _headlines._FORCES_TOLD.match(" families to leave") is None
    assert _headlines._FORCES_TOLD.match(" call-up of reservists") is None


def _quote_speakers(text):
    return list(quotes.extract(corpus.from_text(text, published="2025-03-06"))["speaker"])


def test_rv24b_that_or_this_in_an_inverted_subject_keeps_the_speaker():
    assert _quote_speakers("“The nights are long,” said a woman that lives near the depot.") == ["woman (unnamed)"]
    assert _quote_speakers("“Keep to the path,” said this reporter's driver, a former gunner.") != [""]


def test_rv24b_a_day_after_an_inverted_verb_is_no_subject():
    for day in ("on Friday", "Friday", "late on Tuesday", "early Friday", "this morning"):
        text = ("Colonel Petro Lysyi, who commands the battalion, called the night “long and loud”, said "
                f"{day} that his men held the bridge.")
        assert _quote_speakers(text) == ["Petro Lysyi"], day


def test_rv24b_they_is_any_group_opening_a_sentence_after_the_body():
    for group, label in (("Several pro-war bloggers", "pro-war bloggers"), ("A few Russian officers", "Russian officers"),
                         ("Pro-Kremlin bloggers", "Pro-Kremlin bloggers"), ("Some Russian officials", "Russian officials")):
        text = ("Russia's Defence Ministry said on Monday that its troops had “taken” a hamlet by the lake. "
                f"{group} went further. They wrote that Russian units had crossed the dam and were “closing in” on "
                "the port.")
        said = quotes.extract(corpus.from_text(text, published="2025-03-06"))
        assert list(said[said["text"].str.contains("closing in")]["speaker"]) == [label], group


def test_rv24b_an_inverted_unnamed_person_keeps_his_named_body_past_a_place():
    said = _quote_speakers("“The dam is holding,” said a source in the General Staff of the navy in Odesa, who asked "
                           "not to be named.")
    assert said == ["General Staff source (unnamed)"]
    assert _quote_speakers("“The dam is holding,” said a 40-year-old driver from a village near the port, who gave only "
                           "his first name.") == ["driver (unnamed)"]


def test_rv24b_a_spokesperson_for_a_country_takes_the_countrys_label_word():
    assert _quote_speakers("A spokesman for the United States said the ceasefire was “a paper one”.") \
        == ["US spokesman (unnamed)"]
    assert _quote_speakers("A spokeswoman for the Russian Federation said the ceasefire was “a paper one”.") \
        == ["Russian spokeswoman (unnamed)"]


def test_rv24b_ordered_moves_are_movement_nouns_plus_the_extra_rows_each_with_its_plural():
    moves = _headlines._ordered_moves()
    assert {"offensive", "withdrawal", "incursion", "push", "strike"} <= set(moves)
    assert "strikes" not in moves
    for words in (" new strikes on the grid", " withdrawals from the bank"):
        assert _headlines._FORCES_TOLD.match(words), words


def test_rv24b_press_of_reads_a_capitalised_possessive_only():
    from saidvsdone.speech import PRESS_OF
    assert PRESS_OF.search("the Press Service of Ukraine's ")
    assert PRESS_OF.search("the press centre of the ")
    assert PRESS_OF.search("the press service of army's ") is None
