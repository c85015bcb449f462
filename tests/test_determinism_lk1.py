"""lk1: the same article gives the same tables whatever was processed before it in the process (a notebook, ``make
report``, a worker of a parallel run and the tests all depend on that). Every text here is invented."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from saidvsdone import claims, corpus, document, facts, quotes, vocab
from saidvsdone.facts import numeric

FIRST = ("Governor Says Drones Downed Over Region\n\n"
         "KYIV — Oleh Kravetsenko, the regional governor, said on Tuesday that air defences had shot down 21 drones "
         "overnight.\n\n"
         "“We held the line at the river and the village is ours again,” Kravetsenko told reporters.\n\n"
         "Over the past day, air defence forces shot down 14 drones.\n\n"
         "The Russian defence ministry said its troops had taken two villages near the town and had destroyed "
         "40 Ukrainian drones.")

OTHERS = ("Sergei Volkhov, a Russian commander, said on Monday that his men had advanced 3 km near Vodiane.\n\n"
          "“They ran,” Volkhov said.",
          "Tuesday: The general staff said 12 missiles were launched at the port. Officials in Kyiv said the attack, "
          "which involved 74 drones, hit a warehouse.",
          "Ukraine's army chief, Petro Danylenko, told the agency that Russia had lost 1,200 troops in a week. "
          "He said the front was stable.")

#: an overlay row for a speaker no bundled table lists (the people above are invented)
OVERLAY = "name,aliases,role,country,kind\nOleh Kravetsenko,Kravetsenko,governor,Ukraine,person\n"


def _tables(text: str, published: str = "2024-05-15", article_id: str = "lk1-first"):
    articles = corpus.from_text(text, published=published)
    articles["article_id"] = article_id
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found_quotes = quotes.extract(articles)
        return found_quotes, claims.find(articles, found_quotes), facts.extract(articles)


def _same(first, again) -> None:
    for a, b in zip(first, again):
        assert list(a.columns) == list(b.columns)
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_exact=True)


@pytest.fixture
def overlay(tmp_path):
    (tmp_path / "speakers.csv").write_text(OVERLAY, encoding="utf-8")
    yield tmp_path
    vocab.use(None)


def test_an_article_gives_the_same_tables_after_other_texts():
    first = _tables(FIRST)
    assert len(first[0]) and len(first[1]) and len(first[2])  # every table has rows to compare
    for n, text in enumerate(OTHERS):
        _tables(text, published=f"2023-0{n + 1}-1{n}", article_id=f"lk1-other-{n}")
        _tables(text.upper(), article_id="lk1-first")  # the same id, other words: no stale document
    _same(first, _tables(FIRST))
    document.clear_cache()  # built again from nothing: still the same tables
    _same(first, _tables(FIRST))


def test_an_article_gives_the_same_tables_after_a_folder_of_ones_own_was_used_and_dropped(overlay):
    first = _tables(FIRST)
    vocab.use(overlay)
    layered = _tables(FIRST)
    for text in OTHERS:
        _tables(text, article_id="lk1-other")
    vocab.use(None)
    _same(first, _tables(FIRST))
    vocab.use(overlay)
    _same(layered, _tables(FIRST))


def test_the_speaker_side_of_facts_follows_the_tables_in_use(overlay):
    """The cause lk1 found: ``facts._speaker_side`` was an ``lru_cache`` on the speaker's words alone, so the side read
    under one set of tables was kept when a folder of one's own was layered (or dropped): an article's actors depended
    on what ran before it."""
    assert facts._speaker_side("Oleh Kravetsenko") == ""
    vocab.use(overlay)
    assert facts._speaker_side("Oleh Kravetsenko") == "Ukraine"
    vocab.use(None)
    assert facts._speaker_side("Oleh Kravetsenko") == ""


def test_a_figure_after_an_overlay_speaker_takes_its_side_whatever_ran_before(overlay):
    text = ("Oleh Kravetsenko said the enemy had been pushed back from the river.\n\n"
            "Over the past day, air defence forces shot down 21 drones.")

    def actor():
        table = _tables(text)[2]
        return table.loc[table["quantity"] == 21, "actor"].tolist()

    assert actor() == [""]  # nobody of the bundled tables: no side
    vocab.use(overlay)
    assert actor() == ["Ukraine"]  # the last side that spoke before it (read under the overlay, not kept from before)
    vocab.use(None)
    assert actor() == [""]


def test_the_infiltration_pattern_is_kept_with_the_vocabulary_it_was_compiled_for(overlay):
    """``numeric._INFILTRATION`` was keyed on ``id()`` of the facts vocabulary without holding it: a vocabulary freed
    after ``vocab.use`` could leave its id, and its pattern, to the next one. It now keeps the vocabulary beside it."""
    text = "Russian infantry moved at dawn. Later, 23 of them got into the northern streets, the brigade said."
    _tables(text)
    held = list(numeric._INFILTRATION.values())
    assert len(held) == 1 and held[0][0] is facts.vocab()
    vocab.use(overlay)  # a new vocabulary: the pattern compiled again for it
    _tables(text)
    held = list(numeric._INFILTRATION.values())
    assert len(held) == 1 and held[0][0] is facts.vocab()
