"""The claims scorer pairs found and gold claims of an article by an optimal assignment (round 26): the most pairs,
then the most speakers agreeing, then the nearest starts. A greedy pass in gold order crossed two voices' rows of one
sentence ("X said that, according to Y, …" has a gold row for each) and could pair fewer rows than there are."""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _scoring import best_pairs  # noqa: E402
from eval_devset import score_claims  # noqa: E402


def _brute_force(weights):
    lefts = sorted({i for i, _ in weights})
    rights = sorted({j for _, j in weights})
    best = 0
    for k in range(len(lefts) + 1):
        for chosen in itertools.combinations(lefts, k):
            for order in itertools.permutations(rights, k):
                if all(pair in weights for pair in zip(chosen, order)):
                    best = max(best, sum(weights[pair] for pair in zip(chosen, order)))
    return best


def test_best_pairs_reaches_the_largest_total_weight_on_small_random_graphs():
    rng = random.Random(26)
    for _ in range(400):
        n, m = rng.randint(0, 4), rng.randint(0, 5)
        weights = {(i, j): rng.choice([1, 7, 10**6 + rng.randint(0, 9)])
                   for i in range(n) for j in range(m) if rng.random() < 0.5}
        pairs = best_pairs(weights)
        assert len(set(pairs.values())) == len(pairs)
        assert all((i, j) in weights for i, j in pairs.items())
        assert sum(weights[i, j] for i, j in pairs.items()) == _brute_force(weights)


def _frames(gold_rows, found_rows, text):
    articles = pd.DataFrame({"article_id": ["a1"], "text": [text]})
    gold = {"a1": {"claims": gold_rows}}
    system = pd.DataFrame(found_rows)
    system["article_id"] = "a1"
    system["headline"] = False
    system["speaker_as_written"] = system["speaker"]
    return articles, gold, system


def test_two_voices_of_one_sentence_are_not_crossed():
    text = "The mayor said that, according to the army, the town was held."
    row = {"text": text, "start": 0, "date": "", "headline": False}
    gold = [dict(row, speaker="the mayor"), dict(row, speaker="the army")]
    found = [{"start": 0, "end": len(text), "text": text, "speaker": speaker, "statement_date": pd.NaT}
             for speaker in ("the army", "the mayor")]  # found in the other order
    result, errors = score_claims(*_frames(gold, found, text), headline=False)
    assert result["matched"] == 2 and result["speaker_accuracy"] == 1.0 and errors == []


def test_the_most_pairs_win_before_a_speaker_agreeing():
    first, second = "Kyiv said the line held.", "It said the push failed."
    text = f"{first} {second}"
    gold = [{"text": text, "start": 0, "date": "", "headline": False, "speaker": "Kyiv"},
            {"text": second, "start": len(first) + 1, "date": "", "headline": False, "speaker": "the army"}]
    # the second found row agrees with the first gold row's speaker but is the only one that can pair with the second
    found = [{"start": 0, "end": len(first), "text": first, "speaker": "the army", "statement_date": pd.NaT},
             {"start": len(first) + 1, "end": len(text), "text": second, "speaker": "Kyiv", "statement_date": pd.NaT}]
    result, _ = score_claims(*_frames(gold, found, text), headline=False)
    assert result["matched"] == 2 and result["speaker_accuracy"] == 0.0
