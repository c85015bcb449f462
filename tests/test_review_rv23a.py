"""Round 23's final read (reviewer rv23a), facts and product findings (helper rv23fixa): the captor of a
"captivity" phrase read within its own clause (and "enemy captivity"), a coordinated verb past a relative clause, a
share "of" a place, a first mention whose places follow its count, the plan file written whole.

Every sentence here is invented for the test."""

from __future__ import annotations

import pandas as pd

from saidvsdone import corpus, facts


def _rv23a_numbers(text: str) -> pd.DataFrame:
    table = facts.extract(corpus.from_text(text, published="2024-06-01"))
    return table[table["quantity"].notna() & (table["flag"] == "")].reset_index(drop=True)


def test_rv23a_captivity_named_in_the_next_clause_is_not_the_counts_captor():
    got = _rv23a_numbers("Moscow's defence ministry said it had taken 35 prisoners, and that some 700 Russian soldiers "
                         "were still in Ukrainian captivity.")
    row = got[got["quantity"] == 35].iloc[0]
    assert (row["actor"], row["change"]) == ("Ukraine", "loss")


def test_rv23a_a_relative_clause_before_and_keeps_its_own_subject():
    got = _rv23a_numbers("Ukrainian scouts watched the Russian assault units that had dug in and were now 5 km from "
                         "Kurakhove.")
    row = got[got["quantity"] == 5].iloc[0]
    assert row["actor"] == "Russia"


def test_rv23a_a_share_of_capitalised_words_that_name_no_place_is_no_share_of_ground():
    got = _rv23a_numbers("Ukrainian troops in about 25 percent of Western-equipped battalions are under 30, a survey "
                         "found.")
    assert not (got["change"] == "share").any()
    got = _rv23a_numbers("Its map showed Russian forces in about 40 percent of Toretsk.")
    assert (got.loc[0, "change"], got.loc[0, "actor"]) == ("share", "Russia")


def test_rv23a_places_named_after_a_definite_count_are_a_first_mention():
    got = _rv23a_numbers("Ukrainian forces still hold the two towns of Kupiansk and Lyman, the general staff "
                         "said.")
    assert (got["quantity"] == 2).any()


def test_rv23a_the_scale_plan_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from saidvsdone import _atomic, scale

    archive_file = tmp_path / "wire.jsonl"
    archive_file.write_text("{}\n", encoding="utf-8")
    parts = [SimpleNamespace(file=str(archive_file))]

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(_atomic.os, "replace", broken_replace)
    out = tmp_path / "run"
    try:
        scale._check_plan(out, parts, 10)
    except OSError:
        pass
    assert not (out / "_plan.json").exists()     # no half-written plan for the next run to choke on
    monkeypatch.undo()
    scale._check_plan(out, parts, 10)
    assert (out / "_plan.json").exists() and [p.name for p in out.iterdir()] == ["_plan.json"]
    scale._check_plan(out, parts, 10)             # the same plan again: accepted


def test_rv23a_soldiers_in_enemy_captivity_are_the_speakers_own():
    got = _rv23a_numbers("Kyiv says about 4,200 of its soldiers are still in enemy captivity.")
    assert (got.loc[0, "quantity"], got.loc[0, "actor"]) == (4200.0, "Ukraine")
    got = _rv23a_numbers("Moscow says some 1,300 of its servicemen remain in enemy captivity.")
    assert (got.loc[0, "quantity"], got.loc[0, "actor"]) == (1300.0, "Russia")


def test_rv23a_a_place_after_a_definite_count_that_is_not_its_of_phrase_still_counts_places_again():
    got = _rv23a_numbers("The road runs to Sloviansk and Kramatorsk, the last two big cities in the Donetsk region "
                         "that Kyiv holds.")
    assert not (got["unit"] == "settlements").any()
