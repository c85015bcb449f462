"""sp25 (issue 17): speed changes that must leave every table as it was, on invented articles."""

from __future__ import annotations

import gc

import pandas as pd

from saidvsdone import corpus, document, pipeline

_TEXTS = [
    "Russian troops captured two villages near Pokrovsk, the defence ministry said on Tuesday. "
    "“We are advancing on every front,” General Anton Melnyk told reporters.",
    "Ukrainian forces pushed back 3 km from Kreminna, the governor said. A stray dog crossed the square.",
    "The weather was cold. Nobody spoke.",
]


def _corpus() -> pd.DataFrame:
    frames = [corpus.from_text(text, published="2024-03-0" + str(i + 1)).assign(article_id=f"sp25-{i}")
              for i, text in enumerate(_TEXTS)]
    return pd.concat(frames, ignore_index=True)


def _tables(articles) -> list[pd.DataFrame]:
    document.clear_cache()
    return list(pipeline.run(articles))


def test_a_run_gives_back_what_it_froze():
    assert gc.get_freeze_count() == 0
    _tables(_corpus())
    assert gc.get_freeze_count() == 0   # per_article's freeze is undone when the stage ends


def test_tables_do_not_depend_on_the_collector():
    articles = _corpus()
    with_freeze = _tables(articles)
    gc.disable()   # the collector off: no freeze at all
    try:
        without = _tables(articles)
    finally:
        gc.enable()
    assert len(with_freeze[0]) > 0 and len(with_freeze[1]) > 0 and len(with_freeze[2]) > 0
    for a, b in zip(with_freeze, without):
        pd.testing.assert_frame_equal(a, b)


def test_a_callers_own_freeze_is_left_alone():
    kept = [["a cycle"]]
    kept[0].append(kept)
    gc.freeze()   # the caller froze objects (before a fork, say): the stages neither add to it nor undo it
    frozen = gc.get_freeze_count()
    try:
        _tables(_corpus())
        # not unfrozen (still some), nothing added (objects freed meanwhile leave the count)
        assert 0 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()


def test_freeze_heap_skips_when_the_collector_is_off():
    gc.disable()
    try:
        assert document._freeze_heap() is False
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()
    assert document._freeze_heap() is True
    gc.unfreeze()
    assert gc.get_freeze_count() == 0


def _piece(piece):
    import os
    return piece, os.getpid()


def test_a_cold_process_reads_the_last_piece_before_forking(monkeypatch):
    import os
    monkeypatch.setattr(document, "_warm", False)
    pieces = ["a", "bb", "ccc", "dddd", "e"]
    got = document.share(_piece, pieces, 2)
    assert [p for p, _ in got] == pieces   # the pieces' order, whoever read them
    assert got[-1][1] == os.getpid()   # the last one read here, before the fork
    monkeypatch.setattr(document, "_warm", True)
    assert [p for p, _ in document.share(_piece, pieces, 2)] == pieces


def test_two_processes_cold_give_the_tables_of_one(monkeypatch):
    articles = pd.concat([_corpus().assign(article_id=lambda f, i=i: f["article_id"] + f"-{i}") for i in range(3)],
                         ignore_index=True)
    one = _tables(articles)
    monkeypatch.setattr(document, "_warm", False)
    document.clear_cache()
    two = list(pipeline.run(articles, n_jobs=2))
    for a, b in zip(one, two):
        pd.testing.assert_frame_equal(a, b)
