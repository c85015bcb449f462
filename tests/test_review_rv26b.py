"""The final read of round 26 (rv26b), as applied by rv26fixb: bugs fixed on purpose and table rows that reach every
former copy of a fold.

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from _facts_readings import numbers


def _rv26b_row(text: str, quantity: float) -> pd.Series:
    table = numbers(text)
    found = table[table["quantity"] == quantity]
    assert len(found) == 1, table[["quantity", "unit", "actor", "change"]]
    return found.iloc[0]


# -- B1: a ministry's count of its own dead ---------------------------------------------------------------------------

def test_rv26b_a_ministrys_dead_with_a_cause_of_their_own_get_no_enemy():
    got = _rv26b_row("In a raid on a depot near Vasylkivka, 41 servicemen were killed, the Russian Defence Ministry said.",
                     41.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "loss")     # "a raid on" is no own_death_cause: still guessed
    got = _rv26b_row("In a strike on a barracks near Horlivka, 57 servicemen were killed, the Russian Defence Ministry "
                     "said.", 57.0)
    assert (got["actor"], got["change"]) == ("", "loss")
    got = _rv26b_row("Three soldiers were killed in a crash at a firing range, the Russian Defence Ministry said.", 3.0)
    assert got["actor"] == ""


def test_rv26b_their_anywhere_in_the_sentence_writes_whose_dead_they_are():
    got = _rv26b_row("Five servicemen were killed near Siversk as their column withdrew, Ukraine's Defence Ministry said.",
                     5.0)
    assert got["actor"] == ""


def test_rv26b_a_bulletins_tally_shape_keeps_the_enemy_despite_a_cause():
    got = _rv26b_row("Over 400 soldiers were killed in strikes on their positions over the past day, the Russian Defence "
                     "Ministry said.", 400.0)
    assert got["actor"] == ""      # "their" still writes whose they are
    got = _rv26b_row("Over 400 soldiers were killed in strikes on positions over the past day, the Russian Defence "
                     "Ministry said.", 400.0)
    assert got["actor"] == "Ukraine"


# -- B2: a force noun with no side that falls back ---------------------------------------------------------------------

def test_rv26b_a_force_noun_with_no_side_that_withdrew_takes_no_side_of_the_passage():
    got = _rv26b_row("Russian troops shelled Vovchansk on Sunday. The army pulled back 4 km from the river, officials "
                     "said.", 4.0)
    assert (got["unit"], got["actor"], got["change"]) == ("km", "", "loss")
    got = _rv26b_row("Russian troops shelled Vovchansk on Sunday. The army advanced 4 km along the river, officials "
                     "said.", 4.0)
    assert (got["unit"], got["actor"], got["change"]) == ("km", "Russia", "gain")


# -- F1: one helper for a named speaker's introduced side (sides.named_person_side) ------------------------------------

def test_rv26b_named_person_side_reads_the_introduction_of_a_name_only():
    from types import SimpleNamespace

    from saidvsdone.facts.sides import mentions, named_person_side
    from saidvsdone.facts.vocab import vocab

    text = "Dmytro Kovalchuk, a Ukrainian marine, spoke by phone. The Defence Ministry said nothing."
    found = mentions(text, vocab())
    view = SimpleNamespace(text=text, mentions=found, mention_starts=[m.start for m in found])
    assert named_person_side(view, "Dmytro Kovalchuk", len(text)) == "Ukraine"
    assert named_person_side(view, "the Defence Ministry", len(text)) == ""     # no person's name
    assert named_person_side(view, "Dmytro Kovalchuk", 0) == ""                 # not introduced yet


def test_rv26b_a_named_reporter_introduced_with_a_side_reports_for_it():
    got = _rv26b_row("Sergei Volkov, who commands Russia's forces in the east, spoke on Monday. In total, 6 settlements "
                     "were liberated this month, Volkov said.", 6.0)
    assert (got["actor"], got["change"]) == ("Russia", "gain")


def test_rv26b_the_we_of_a_named_speaker_introduced_with_a_side():
    got = _rv26b_row('Captain Bohdan Savchuk leads a Ukrainian drone unit near the river. "We lost 9 men in March," '
                     'Savchuk said.', 9.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "loss")


# -- F5: the load report reads the manifest's header as the corpus does ----------------------------------------------

def test_rv26b_a_manifest_opening_with_a_blank_line_has_its_source_column(tmp_path):
    import warnings

    from saidvsdone import corpus, report

    (tmp_path / "wire.txt").write_text("KYIV, 14 June 2023 - The line held, Ivan Testenko said on Wednesday.\n",
                                       encoding="utf-8")
    (tmp_path / "articles.csv").write_text("\nfile;published;source\nwire.txt;2023-06-14;\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = corpus.load(tmp_path)
    note = report.load_report(articles, tmp_path / "articles.csv")[1]
    assert "fill in 'source'" in note and "has no 'source' column" not in note     # (before: "has no 'source' column")


# -- F6: one width for a notebook's table column -----------------------------------------------------------------------

def test_rv26b_the_meanings_width_follows_the_notebooks_column_width():
    from saidvsdone import compare, notebook

    assert compare.MEANING_WIDTH == notebook.COLUMN_WIDTH - 2
    assert max(map(len, compare.REASON_MEANINGS.values())) <= compare.MEANING_WIDTH
