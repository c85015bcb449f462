"""Work shared between processes: this process works too, results come back in order, and the
slices handed out fall in size."""

from __future__ import annotations

import os
import time

import pandas as pd
import pytest

from saidvsdone import corpus, document, quotes


def _slow_pid(piece):
    time.sleep(0.05)   # long enough that no process can take every piece alone
    return piece, os.getpid()


def test_shared_work_comes_back_in_order_and_this_process_takes_a_share():
    done = document.share(_slow_pid, list(range(8)), 2)
    assert [piece for piece, _ in done] == list(range(8))
    pids = {pid for _, pid in done}
    assert os.getpid() in pids and len(pids) == 2


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork here")
def test_forked_processes_run_work_that_cannot_be_pickled():
    offset = 10
    assert document.share(lambda x: x + offset, [1, 2, 3], 2) == [11, 12, 13]   # a closure


def test_one_process_or_one_piece_forks_nothing():
    assert document.share(_slow_pid, [1], 2) == [(1, os.getpid())]
    assert [pid for _, pid in document.share(_slow_pid, [1, 2], 1)] == [os.getpid()] * 2


def _fails_on_three(piece):
    if piece == 3:
        raise ValueError("three")
    return piece


def test_an_error_in_a_piece_reaches_the_caller():
    with pytest.raises(ValueError, match="three"):
        document.share(_fails_on_three, list(range(6)), 2)
    assert not document._shared   # nothing left behind


def test_falling_slices_shrink_and_still_cover_every_article_once():
    texts = ["Putin spoke in Kyiv. " * 10] * 40
    frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(40)], "text": texts})
    parts = document.slices(frame, 4, falling=True)
    assert pd.concat(parts)["article_id"].tolist() == frame["article_id"].tolist()
    assert [len(p) for p in parts] == sorted((len(p) for p in parts), reverse=True)
    assert len(parts[0]) > 2 * len(parts[-1]) >= 2
    # a few articles: every slice still holds one
    assert [len(p) for p in document.slices(frame.head(3), 3, falling=True)] == [1, 1, 1]


def test_a_verb_on_two_processes_gives_the_table_of_one():
    seeds = corpus.load()
    articles = pd.concat([seeds.assign(article_id=seeds["article_id"] + f"-{i}") for i in range(2)],
                         ignore_index=True)
    pd.testing.assert_frame_equal(quotes.extract(articles, n_jobs=2), quotes.extract(articles))
