"""`make eval`: every extractor measured against hand-annotated gold, and the accuracy gate.

Scored, in order:

* the five seed articles (``tests/gold/*.csv``; the extractors were developed on them);
* the synthetic held-out set (``tests/gold/heldout/dev`` was studied, ``test`` never looked at);
* the long synthetic held-out set 2 (``tests/gold/heldout2``: ten articles in real house styles,
  written blind, devset conventions and matching; printed, never gated; errors of ``dev`` only);
* the long synthetic held-out set 3 (``tests/gold/heldout3/test``: eight articles in further house
  styles, written blind by an annotator who read no library code; test only: printed, never gated,
  its errors never printed);
* the long synthetic held-out set 4 (``tests/gold/heldout4/test``: eight longer articles in still other
  genres, written blind like heldout3; never tuned on until round 14, studied since: gated, errors printed);
* the long synthetic held-out set 5 (``tests/gold/heldout5/test``: eight articles in genres heldout2–4
  lack, written blind in round 14; never tuned on until round 15, studied since: gated, errors printed);
* the long synthetic held-out set 6 (``tests/gold/heldout6/test``: eight articles in genres heldout2–5
  lack, written blind in round 15; never tuned on until round 16, studied since: gated, errors printed);
* the long synthetic held-out set 7 (``tests/gold/heldout7/test``: eight articles in genres heldout2–6
  lack, written blind in round 16; never tuned on until round 17, studied since: gated, errors printed);
* the long synthetic held-out set 8 (``tests/gold/heldout8/test``: eight articles in genres heldout2–7
  lack, written blind in round 17; never tuned on until round 18, studied since: gated, errors printed);
* the long synthetic held-out set 9 (``tests/gold/heldout9/test``: eight articles in genres heldout2–8
  lack, written blind in round 18; never tuned on until round 19, studied since: gated, errors printed);
* the long synthetic held-out set 10 (``tests/gold/heldout10/test``: eight articles in genres heldout2–9
  lack, written blind in round 19; never tuned on until round 20, studied since: gated, errors printed);
* the long synthetic held-out set 11 (``tests/gold/heldout11/test``: eight articles in genres heldout2–10
  lack, written blind in round 20; never tuned on until round 21, studied since: gated, errors printed);
* the long synthetic held-out set 12 (``tests/gold/heldout12/test``: eight ordinary hard-news reports of the
  devset's kind, written blind in round 21; never tuned on until round 22, studied since: gated, errors printed);
* the long synthetic held-out set 13 (``tests/gold/heldout13/test``: eight everyday hard-news reports of the
  devset's kind in kinds heldout12 lacks, written blind in round 22; never tuned on until round 23, studied since:
  gated, errors printed);
* the long synthetic held-out set 14 (``tests/gold/heldout14/test``: eight everyday hard-news reports of the
  devset's kind in kinds heldout12 and heldout13 lack, written blind in round 23; never tuned on until round 24,
  studied since: gated, errors printed);
* the long synthetic held-out set 15 (``tests/gold/heldout15/test``: eight everyday hard-news reports of the
  devset's kind in kinds heldout12–14 lack, written blind in round 24; never tuned on until round 25,
  studied since: gated, errors printed);
* the long synthetic held-out set 16 (``tests/gold/heldout16/test``: eight everyday hard-news reports of the
  devset's kind in kinds heldout12–15 lack, written blind in round 25; never tuned on until round 26,
  studied since: gated, errors printed);
* the long synthetic held-out set 17 (``tests/gold/heldout17/test``: eight everyday hard-news reports of the
  devset's kind in kinds heldout12–16 lack, written blind in round 26; never tuned on until round 27,
  studied since: gated, errors printed);
* the long synthetic held-out set 18 (``tests/gold/heldout18/test``: eight everyday hard-news reports of the
  devset's kind in kinds heldout12–17 lack, written blind in round 27; never tuned on until round 28,
  studied since: gated, errors printed);
* the long synthetic held-out set 19 (``tests/gold/heldout19/test``: eight everyday hard-news reports of the
  devset's kind in kinds heldout12–18 lack, written blind in round 28; never tuned on, scored without printing
  its errors, not gated);
* peer projects' test cases (``tests/gold/peer``: quote speakers, statement dates; ``eval_peer.py``);
* the claims stress cases (``tests/gold/stress``: short invented sentences, labelled before the
  extractor was run on them; ``eval_claims.evaluate_stress``);
* the facts stress cases (``tests/gold/stress``: short invented texts; ``eval_facts_stress.py``);
* the real-article devset (``../shared/devset``, only when it is there: its development part and
  its held-back part; see ``eval_devset.py``).

Every figure named in ``tests/gold/floors.json`` is a gated figure: it is printed against its
floor, and the run exits non-zero when one falls below it. Figures of the parts nobody may tune
on (held-out ``test``, devset ``heldback``) are printed but never gated, so they stay an honest
estimate. ``make test`` runs the gate (``tests/test_accuracy_gate.py``).

    python tests/evaluate.py            # every figure, with the errors behind them
    python tests/evaluate.py --quiet    # figures only
    python tests/evaluate.py --raise-floors   # after an improvement: floors move up, never down

Raising a floor is a normal commit; lowering one means editing floors.json by hand with the
reason in the commit message.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import math
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

STAGES = {"quotes": "eval_quotes", "facts": "eval_facts", "claims": "eval_claims"}
HELD_OUT = HERE / "gold" / "heldout"
HELD_OUT2 = HERE / "gold" / "heldout2"
HELD_OUT3 = HERE / "gold" / "heldout3"
HELD_OUT4 = HERE / "gold" / "heldout4"
HELD_OUT5 = HERE / "gold" / "heldout5"
HELD_OUT6 = HERE / "gold" / "heldout6"
HELD_OUT7 = HERE / "gold" / "heldout7"
HELD_OUT8 = HERE / "gold" / "heldout8"
HELD_OUT9 = HERE / "gold" / "heldout9"
HELD_OUT10 = HERE / "gold" / "heldout10"
HELD_OUT11 = HERE / "gold" / "heldout11"
HELD_OUT12 = HERE / "gold" / "heldout12"
HELD_OUT13 = HERE / "gold" / "heldout13"
HELD_OUT14 = HERE / "gold" / "heldout14"
HELD_OUT15 = HERE / "gold" / "heldout15"
HELD_OUT16 = HERE / "gold" / "heldout16"
HELD_OUT17 = HERE / "gold" / "heldout17"
HELD_OUT18 = HERE / "gold" / "heldout18"
HELD_OUT19 = HERE / "gold" / "heldout19"
FLOORS = HERE / "gold" / "floors.json"
#: Figures that go into the gate (the others are reported only).
GATED_PREFIXES = ("seeds.", "heldout_dev.", "devset_dev.", "peer.", "stress.", "stress_long.", "stress_blind.", "stress_blind2.",
                   "stress_blind3.", "stress_blind4.", "stress_blind5.", "stress_blind6.", "stress_facts5.",
                   "stress_blind7.", "stress_facts6.", "quotes_blind.", "metamorphic.",
                   "stress_blind8.", "stress_blind9.", "stress_facts7.", "blind_mt3_test.",
                   "stress_blind10.", "stress_blind11.", "stress_facts8.", "blind_mt4_test.",
                   "stress_blind12.", "stress_facts9.", "stress_facts10.", "stress_blind13.", "stress_blind14.",
                   "stress_blind15.", "stress_facts11.", "stress_blind16.", "stress_facts12.", "stress_facts13.",
                   "stress_facts14.", "stress_blind17.", "stress_blind18.",
                   "stress_facts15.", "stress_blind19.", "stress_facts16.", "stress_blind20.",
                   "heldout4_test.", "heldout5_test.", "heldout6_test.", "heldout7_test.", "heldout8_test.", "heldout9_test.",
                   "heldout10_test.", "heldout11_test.", "heldout12_test.", "heldout13_test.",
                   "heldout14_test.", "heldout15_test.", "heldout16_test.", "heldout17_test.", "heldout18_test.")


def figures(verbose: bool = False, devset: bool = True) -> dict[str, float]:
    """Every figure as ``{"part.stage.measure": value}``; prints the stages' reports."""
    found: dict[str, float] = {}

    def collect(part: str, stage: str, result: dict) -> None:
        for key, value in result.items():
            if isinstance(value, float):
                found[f"{part}.{stage}.{key}"] = value

    print("== The five seed articles (the extractors were developed on these) ==\n")
    for stage, module in STAGES.items():
        collect("seeds", stage, importlib.import_module(module).evaluate(verbose=verbose))
        print()
    titles = {"dev": "Held-out synthetic set, development half (tests/gold/heldout/dev)",
              "test": "Held-out synthetic set, test half (tests/gold/heldout/test: never tuned on)"}
    for half in ("dev", "test"):
        if (HELD_OUT / half).is_dir():
            print(f"== {titles[half]} ==\n")
            for stage, module in STAGES.items():
                result = importlib.import_module(module).evaluate(verbose=verbose and half == "dev",
                                                                  gold_dir=HELD_OUT / half)
                collect(f"heldout_{half}", stage, result)
                print()
    titles2 = {"dev": "Held-out long synthetic set 2, development half (tests/gold/heldout2/dev: not gated)",
               "test": "Held-out long synthetic set 2, test half (tests/gold/heldout2/test: never tuned on, not gated)"}
    for half in ("dev", "test"):
        if (HELD_OUT2 / half).is_dir():
            print(f"== {titles2[half]} ==\n")
            for stage, result in heldout2(half, verbose=verbose and half == "dev").items():
                collect(f"heldout2_{half}", stage, result)
            print()
    if (HELD_OUT3 / "test").is_dir():
        print("== Held-out long synthetic set 3 (tests/gold/heldout3/test: written blind, never tuned on, not gated) ==\n")
        for stage, result in heldout2("test", verbose=False, root=HELD_OUT3).items():
            collect("heldout3_test", stage, result)
        print()
    if (HELD_OUT4 / "test").is_dir():
        print("== Long synthetic set 4 (tests/gold/heldout4/test: written blind, studied since round 14, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT4).items():
            collect("heldout4_test", stage, result)
        print()
    if (HELD_OUT5 / "test").is_dir():
        print("== Long synthetic set 5 (tests/gold/heldout5/test: written blind, studied since round 15, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT5).items():
            collect("heldout5_test", stage, result)
        print()
    if (HELD_OUT6 / "test").is_dir():
        print("== Long synthetic set 6 (tests/gold/heldout6/test: written blind, studied since round 16, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT6).items():
            collect("heldout6_test", stage, result)
        print()
    if (HELD_OUT7 / "test").is_dir():
        print("== Long synthetic set 7 (tests/gold/heldout7/test: written blind, studied since round 17, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT7).items():
            collect("heldout7_test", stage, result)
        print()
    if (HELD_OUT8 / "test").is_dir():
        print("== Long synthetic set 8 (tests/gold/heldout8/test: written blind, studied since round 18, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT8).items():
            collect("heldout8_test", stage, result)
        print()
    if (HELD_OUT9 / "test").is_dir():
        print("== Long synthetic set 9 (tests/gold/heldout9/test: written blind, studied since round 19, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT9).items():
            collect("heldout9_test", stage, result)
        print()
    if (HELD_OUT10 / "test").is_dir():
        print("== Long synthetic set 10 (tests/gold/heldout10/test: written blind, studied since round 20, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT10).items():
            collect("heldout10_test", stage, result)
        print()
    if (HELD_OUT11 / "test").is_dir():
        print("== Long synthetic set 11 (tests/gold/heldout11/test: written blind, studied since round 21, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT11).items():
            collect("heldout11_test", stage, result)
        print()
    if (HELD_OUT12 / "test").is_dir():
        print("== Long synthetic set 12 (tests/gold/heldout12/test: written blind, studied since round 22, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT12).items():
            collect("heldout12_test", stage, result)
        print()
    if (HELD_OUT13 / "test").is_dir():
        print("== Long synthetic set 13 (tests/gold/heldout13/test: written blind, studied since round 23, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT13).items():
            collect("heldout13_test", stage, result)
        print()
    if (HELD_OUT14 / "test").is_dir():
        print("== Long synthetic set 14 (tests/gold/heldout14/test: written blind, studied since round 24, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT14).items():
            collect("heldout14_test", stage, result)
        print()
    if (HELD_OUT15 / "test").is_dir():
        print("== Long synthetic set 15 (tests/gold/heldout15/test: written blind, studied since round 25, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT15).items():
            collect("heldout15_test", stage, result)
        print()
    if (HELD_OUT16 / "test").is_dir():
        print("== Long synthetic set 16 (tests/gold/heldout16/test: written blind, studied since round 26, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT16).items():
            collect("heldout16_test", stage, result)
        print()
    if (HELD_OUT17 / "test").is_dir():
        print("== Long synthetic set 17 (tests/gold/heldout17/test: written blind, studied since round 27, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT17).items():
            collect("heldout17_test", stage, result)
        print()
    if (HELD_OUT18 / "test").is_dir():
        print("== Long synthetic set 18 (tests/gold/heldout18/test: written blind, studied since round 28, gated) ==\n")
        for stage, result in heldout2("test", verbose=verbose, root=HELD_OUT18).items():
            collect("heldout18_test", stage, result)
        print()
    if (HELD_OUT19 / "test").is_dir():
        print("== Held-out long synthetic set 19 (tests/gold/heldout19/test: written blind, never tuned on, not gated) ==\n")
        for stage, result in heldout2("test", verbose=False, root=HELD_OUT19).items():
            collect("heldout19_test", stage, result)
        print()
    if (HERE / "gold" / "blind_mt3" / "test").is_dir():
        print("== Blind copy of round 6 (tests/gold/blind_mt3/test: written blind by mt3, not gated) ==\n")
        for stage, result in heldout2("test", verbose=False, root=HERE / "gold" / "blind_mt3").items():
            collect("blind_mt3_test", stage, result)
        print()
    if (HERE / "gold" / "blind_mt4" / "test").is_dir():
        print("== Blind copy of round 7 (tests/gold/blind_mt4/test: written blind by mt4, not gated) ==\n")
        for stage, result in heldout2("test", verbose=False, root=HERE / "gold" / "blind_mt4").items():
            collect("blind_mt4_test", stage, result)
        print()
    print("== Peer projects' test cases (tests/gold/peer: quote speakers, statement dates) ==\n")
    collect("peer", "cases", importlib.import_module("eval_peer").evaluate(verbose=verbose))
    print()
    print("== Claims stress cases (tests/gold/stress: short invented sentences in varied styles) ==\n")
    collect("stress", "claims", importlib.import_module("eval_claims").evaluate_stress(verbose=verbose))
    print()
    print("== Claims stress cases, long invented articles (tests/gold/stress, batch x: dates scored) ==\n")
    collect("stress_long", "claims", importlib.import_module("eval_claims").evaluate_stress(verbose=verbose, long=True))
    print()
    print("== Claims stress cases, headline batch y (tests/gold/stress: titles and standfirsts apart, not gated) ==\n")
    collect("stress_headlines", "claims", importlib.import_module("eval_claims").evaluate_stress_headlines(verbose=verbose))
    print()
    print("== Claims stress cases, blind long batch z (tests/gold/stress/blind: written blind, studied since: own floors) ==\n")
    collect("stress_blind", "claims", importlib.import_module("eval_claims").evaluate_stress_blind(verbose=verbose))
    print()
    print("== Claims stress cases, blind long batches b, c (tests/gold/stress/blind2: written blind; gated once studied) ==\n")
    collect("stress_blind2", "claims", importlib.import_module("eval_claims").evaluate_stress_blind2(verbose=verbose))
    print()
    print("== Claims stress cases, blind long batch e (tests/gold/stress/blind3: real-copy layouts, written blind; gated once studied) ==\n")
    collect("stress_blind3", "claims", importlib.import_module("eval_claims").evaluate_stress_blind3(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch f (tests/gold/stress/blind4: real-copy layouts, written blind; gated once studied) ==\n")
    collect("stress_blind4", "claims", importlib.import_module("eval_claims").evaluate_stress_blind4(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch g (tests/gold/stress/blind5: house styles not imitated before, written blind; gated once studied) ==\n")
    collect("stress_blind5", "claims", importlib.import_module("eval_claims").evaluate_stress_blind5(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch h (tests/gold/stress/blind6: after batch g's fixes, written blind; gated once studied) ==\n")
    collect("stress_blind6", "claims", importlib.import_module("eval_claims").evaluate_stress_blind6(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch i (tests/gold/stress/blind7: house styles not imitated before, written blind; gated once studied) ==\n")
    collect("stress_blind7", "claims", importlib.import_module("eval_claims").evaluate_stress_blind7(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch j/k (tests/gold/stress/blind8: a reporter's war-course vocabulary and headline shapes, written blind; not gated) ==\n")
    collect("stress_blind8", "claims", importlib.import_module("eval_claims").evaluate_stress_blind8(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch l (tests/gold/stress/blind9: two long pieces, a wire and an analysis, written blind; not gated) ==\n")
    collect("stress_blind9", "claims", importlib.import_module("eval_claims").evaluate_stress_blind9(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch m (tests/gold/stress/blind10: eight pieces in genres not imitated before, written blind; not gated) ==\n")
    collect("stress_blind10", "claims", importlib.import_module("eval_claims").evaluate_stress_blind10(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch n (tests/gold/stress/blind11: four pieces after batch m's fixes, written blind; not gated) ==\n")
    collect("stress_blind11", "claims", importlib.import_module("eval_claims").evaluate_stress_blind11(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch o (tests/gold/stress/blind12: variants of the recurring miss families, written blind; not gated) ==\n")
    collect("stress_blind12", "claims", importlib.import_module("eval_claims").evaluate_stress_blind12(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch p (tests/gold/stress/blind13: eight long pieces in real house styles, written blind; gated once studied) ==\n")
    collect("stress_blind13", "claims", importlib.import_module("eval_claims").evaluate_stress_blind13(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch q (tests/gold/stress/blind14: eight long pieces with attributed headlines and decks, written blind; gated once studied) ==\n")
    collect("stress_blind14", "claims", importlib.import_module("eval_claims").evaluate_stress_blind14(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch r (tests/gold/stress/blind15: eight long pieces on body claims in new genres, written blind; gated once studied) ==\n")
    collect("stress_blind15", "claims", importlib.import_module("eval_claims").evaluate_stress_blind15(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch hl (tests/gold/stress/blind16: sixteen pieces whose headlines, decks, kickers and bullets carry claims, written blind; headline figures apart) ==\n")
    collect("stress_blind16", "claims", importlib.import_module("eval_claims").evaluate_stress_blind16(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch s (tests/gold/stress/blind17: six pieces in new genres - briefing, data desk, op-ed, state media, regional, live-blog summary - written blind; headline figures apart) ==\n")
    collect("stress_blind17", "claims", importlib.import_module("eval_claims").evaluate_stress_blind17(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch hl2 (tests/gold/stress/blind18: sixteen pieces with verbless and dash/colon-attributed titles, two-speaker decks, question titles, live pages, key-points bullets, Title Case and ALL CAPS titles, speakers named by role, written blind; headline figures apart) ==\n")
    collect("stress_blind18", "claims", importlib.import_module("eval_claims").evaluate_stress_blind18(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch hl3 (tests/gold/stress/blind19: sixteen pieces in unseen genres: long-read, translated wires with „…” and «…», interview rewrites, summit newsletter, Q&A explainer, factbox, profile, fact check, live page, analysis, opinion, regional outlet, briefing, written blind; headline figures apart) ==\n")
    collect("stress_blind19", "claims", importlib.import_module("eval_claims").evaluate_stress_blind19(verbose=verbose))
    print()
    print("== Claims stress cases, blind batch cl16 (tests/gold/stress/blind20: twelve pieces with body claims continued over two sentences, after a colon or before a dash, according to mid-sentence, in relative clauses, negated, conditional, by documents, nominalised, by plural unnamed groups, in interview rewrites, written blind; headline figures apart) ==\n")
    collect("stress_blind20", "claims", importlib.import_module("eval_claims").evaluate_stress_blind20(verbose=verbose))
    print()
    print("== Quote layout blind batches (tests/gold/quotes_blind: written blind, studied since: own floors) ==\n")
    for batch in ("test", "ly", "qt4"):
        print(f"batch {batch}:", end=" ")
        collect("quotes_blind", batch, importlib.import_module("eval_quotes_blind").evaluate(verbose=False, batch=batch))
    print()
    print("== Facts stress cases (tests/gold/stress: short invented texts, devset conventions) ==\n")
    collect("stress", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose))
    collect("stress", "facts_qualitative",
            importlib.import_module("eval_facts_stress").evaluate_qualitative(verbose=verbose))
    collect("stress_blind", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=True))
    collect("stress_blind2", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=2))
    collect("stress_blind3", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=3))
    collect("stress_facts5", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=5))
    collect("stress_facts6", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=6))
    collect("stress_facts7", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=7))
    collect("stress_facts8", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=8))
    collect("stress_facts9", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=9))
    collect("stress_facts10", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=10))
    collect("stress_facts11", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=11))
    collect("stress_facts12", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=12))
    collect("stress_facts13", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=13))
    collect("stress_facts14", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=14))
    collect("stress_facts15", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=15))
    collect("stress_facts16", "facts", importlib.import_module("eval_facts_stress").evaluate(verbose=verbose, blind=16))
    print()
    devset = importlib.import_module("eval_devset") if devset else None
    if devset is not None and devset.available():
        for part, title in (("dev", "development part"), ("heldback", "held-back part: never tuned on")):
            print(f"== Real-article devset, {title} ==\n")
            for stage, result in devset.evaluate(part, verbose=verbose and part == "dev").items():
                collect(f"devset_{part}", stage, result)
            print()
        print("== Real-article devset, development part transformed in memory (tests/metamorphic.py: gated like the development part) ==\n")
        for part, stages in importlib.import_module("metamorphic").figures().items():
            for stage, result in stages.items():
                collect(part, stage, result)
        print()
    elif devset is not None:
        print("(the real-article devset ../shared/devset is not here: its figures are skipped)\n")
    return found


def heldout2(half: str, verbose: bool = False, root: Path = HELD_OUT2) -> dict[str, dict]:
    """Score one half of ``tests/gold/heldout2`` (or of ``root``, a set in the same format: long synthetic articles,
    devset conventions) with the devset's matching (``eval_devset.score_*``); the CSVs are read into the devset's gold
    structure."""
    import pandas as pd

    from _scoring import articles_for
    from eval_devset import score

    folder = root / half
    articles = articles_for(folder)
    gold: dict = {a: {"quotes": [], "claims": [], "facts": []} for a in articles["article_id"]}
    for row in pd.read_csv(folder / "quotes.csv", dtype=str, keep_default_na=False).itertuples(index=False):
        if row.kind != "scare":  # scare quotes are not reported speech (devset: listed apart, not scored)
            gold[row.article_id]["quotes"].append({"text": row.text, "speaker": row.speaker,
                                                   "date": row.statement_date or None, "kind": row.kind})
    for row in pd.read_csv(folder / "claims.csv", dtype=str, keep_default_na=False).itertuples(index=False):
        gold[row.article_id]["claims"].append({"text": row.text, "speaker": row.speaker, "start": 0,
                                               "date": row.statement_date or None,
                                               "headline": row.headline.strip().lower() == "true"})
    for row in pd.read_csv(folder / "facts.csv", dtype=str, keep_default_na=False).itertuples(index=False):
        gold[row.article_id]["facts"].append({"sentence": row.phrase, "start": 0, "quantity_text": row.quantity_text,
                                              "quantity": float(row.quantity), "unit": row.unit,
                                              "actor": row.actor, "change": row.change})
    return score(articles, gold, verbose)


def read_floors() -> dict[str, float]:
    return json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.is_file() else {}


def gate(found: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Lines for the figures below their floors (empty: the gate passes)."""
    failures = []
    for key, floor in sorted(floors.items()):
        if key not in found:
            if key.startswith(("devset_", "metamorphic.")):
                continue  # the devset is optional: a fresh clone has no ../shared
            failures.append(f"{key}: no such figure any more (floor {floor:.3f})")
        elif found[key] + 1e-9 < floor:
            failures.append(f"{key}: {found[key]:.3f} is below its floor {floor:.3f}")
    return failures


def print_against_floors(found: dict[str, float], floors: dict[str, float]) -> None:
    print("== Figures against the accuracy gate's floors ==\n")
    for key in sorted(found):
        floor = floors.get(key)
        mark = "" if floor is None else ("  OK" if found[key] + 1e-9 >= floor else "  BELOW FLOOR")
        shown = "   (not gated)" if floor is None else f"   floor {floor:.3f}"
        print(f"  {key:<45} {found[key]:.3f}{shown}{mark}")
    print()


def raised(found: dict[str, float], floors: dict[str, float]) -> dict[str, float]:
    """Floors moved up to today's figures (rounded down to 3 places); never down."""
    new = dict(floors)
    for key, value in found.items():
        if key.startswith(GATED_PREFIXES):
            pinned = math.floor(value * 1000 + 1e-9) / 1000
            new[key] = max(new.get(key, 0.0), pinned)
    return dict(sorted(new.items()))


def main(argv: list[str]) -> int:
    verbose = "--quiet" not in argv
    os.environ.setdefault("SAIDVSDONE_PROGRESS", "0")  # bars would interleave with the printed figures
    found = figures(verbose=verbose)
    floors = read_floors()
    if "--raise-floors" in argv:
        floors = raised(found, floors)
        FLOORS.write_text(json.dumps(floors, indent=1) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS.relative_to(HERE.parent)}")
    print_against_floors(found, floors)
    failures = gate(found, floors)
    for line in failures:
        print("GATE FAILED:", line)
    if not failures:
        print(f"Accuracy gate: all {len(floors)} floors held.")
    return 1 if failures else 0


def quiet_figures() -> dict[str, float]:
    """The figures without the printed reports (for the test that runs the gate)."""
    with contextlib.redirect_stdout(io.StringIO()):
        return figures(verbose=False)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
