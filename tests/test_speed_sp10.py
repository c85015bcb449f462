"""Round 10's speed changes (issue 17) give what the code they replace gave.

A call's fixed costs, paid once however short the text: the vocabulary check of each stage stamps each table's
files once (not once per compiled thing that reads it), an empty table is a copy of the typed empty table,
``pipeline.run`` makes a text a one-row corpus once for its three stages; and a sentence with no figure skips the
readings of figures.
"""

from __future__ import annotations

import os

import pandas as pd

from saidvsdone import claims, corpus, facts, pipeline, quotes, schema, vocab
from saidvsdone.facts import numeric


def test_a_table_edited_on_disk_is_noticed_by_every_compiled_thing_that_reads_it(tmp_path):
    (tmp_path / "speech_words.csv").write_text("word,kind,notes\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        first = vocab.compiled("sp10_test_a", ("speech_words",), lambda: object())
        second = vocab.compiled("sp10_test_b", ("speech_words", "speech_cues"), lambda: object())
        other = vocab.compiled("sp10_test_c", ("speech_cues",), lambda: object())
        generation = vocab.refresh()
        assert vocab.refresh() == generation  # nothing changed: nothing dropped
        edited = tmp_path / "speech_words.csv"
        edited.write_text("word,kind,notes\nmuttered,speech_verb,\n", encoding="utf-8")
        stat = edited.stat()
        os.utime(edited, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))  # (a coarse clock: a later time)
        assert vocab.refresh() != generation
        # both things built from the edited table are built again; the one of another table is kept
        assert vocab.compiled("sp10_test_a", ("speech_words",), lambda: object()) is not first
        assert vocab.compiled("sp10_test_b", ("speech_words", "speech_cues"), lambda: object()) is not second
        assert vocab.compiled("sp10_test_c", ("speech_cues",), lambda: object()) is other
    finally:
        vocab.use(None)


def test_an_empty_table_is_the_typed_empty_table_and_a_copy_of_its_own():
    for declared in (schema.QUOTES, schema.CLAIMS, schema.FACTS):
        built = schema._typed([], declared)
        given = schema.typed_frame([], declared)
        pd.testing.assert_frame_equal(given, built, check_exact=True)
        assert list(given.dtypes) == list(built.dtypes)
        given.attrs["errors"] = ["x"]
        given["extra"] = 1  # what a caller does to its table does not reach the next caller's
        again = schema.typed_frame([], declared)
        assert again.attrs == {} and "extra" not in again.columns


def test_an_empty_stage_table_is_typed_as_a_full_one():
    said = "The weather was cold in Kyiv."  # no quote, no claim, no fact
    for table, full in ((quotes.extract(said), quotes.extract("“We hold,” the general said.")),
                        (claims.find(said), claims.find("The general said Russian troops had taken two villages.")),
                        (facts.extract(said), facts.extract("Russian troops took two villages."))):
        assert table.empty and not full.empty
        assert list(table.columns) == list(full.columns) and list(table.dtypes) == list(full.dtypes)


def test_pipeline_on_a_text_gives_the_tables_of_its_one_row_corpus():
    text = "Russian forces captured the village of Kamianka, the ministry said on Tuesday. “We hold,” he said."
    for given, made in zip(pipeline.run(text), pipeline.run(corpus.from_text(text))):
        pd.testing.assert_frame_equal(given, made, check_exact=True)
    stages = (quotes.extract(text), claims.find(text), facts.extract(text))
    for given, alone in zip(pipeline.run(text), stages):
        pd.testing.assert_frame_equal(given, alone, check_exact=True)


def test_a_sentence_with_no_figure_skips_the_readings_of_figures_and_finds_what_they_found(monkeypatch):
    text = ("Russian forces advanced near Pokrovsk, the ministry said. The brigade held the line. "
            "Ukrainian troops took two villages and 14 square kilometres.")
    before = facts.extract(text)
    called = []
    original = numeric.share_within_lists
    monkeypatch.setattr(numeric, "share_within_lists", lambda ctx, found: (called.append(len(found)), original(ctx, found)))
    after = facts.extract(text)
    pd.testing.assert_frame_equal(before, after, check_exact=True)
    assert called and all(n > 0 for n in called)  # only the sentence with figures reached the readings
    assert len(after) >= 2

