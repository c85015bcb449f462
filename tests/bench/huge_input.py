"""Growth on bad input (issue 17, rv13): one huge sentence of many short quotes (quotes stage) and one huge paragraph
of reports by both sides (facts stage), each at two sizes, with the fitted growth exponent (1 is linear). Invented
text; not run by ``make bench`` (a quadratic path takes minutes). ``tests/test_linear_rv13.py`` counts the work of the
two paths it was written for; this times the whole stage.

    PYTHONPATH=lib python tests/bench/huge_input.py [SMALL LARGE]     # characters; default 25000 50000
"""

from __future__ import annotations

import math
import sys
import time

from saidvsdone import document, facts, quotes


def quote_sentence(n: int) -> str:
    frag = "“no”, “not now”, "
    return "KYIV, May 2 (Reuters) - He said " + frag * (n // len(frag)) + "and left.\n"


def fact_paragraph(n: int) -> str:
    frag = "Russia said it shot down 5 drones. Ukraine said the enemy lost 3 tanks. "
    return "KYIV, May 2 (Reuters) - " + frag * (n // len(frag)) + "\n"


def run(small: int = 25000, large: int = 50000) -> dict:
    quotes.extract("He said “yes”. Russia said it lost 2 tanks.\n")  # the tables read before the clock starts
    facts.extract("He said “yes”. Russia said it lost 2 tanks.\n")
    out = {}
    for name, shape, stage in (("quotes", quote_sentence, quotes.extract),
                                # the speech layer alone: the quotes table repeats each quote's sentence in every row
                                # (a 50 KB sentence of 5,900 quotes is 300 MB of text to copy: the size of the output)
                                ("speech layer", quote_sentence, lambda text: document.build("x", text, None).speech),
                                ("facts", fact_paragraph, facts.extract)):
        document.clear_cache()
        times = []
        for n in (small, large):
            text = shape(n)
            start = time.process_time()
            stage(text)
            times.append(time.process_time() - start)
            document.clear_cache()
        out[name] = (times[0], times[1], math.log(times[1] / times[0]) / math.log(large / small))
    return out


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:3]] or [25000, 50000]
    for name, (a, b, exponent) in run(*sizes).items():
        print(f"{name}: {sizes[0]} chars {a:.2f} s, {sizes[1]} chars {b:.2f} s, exponent {exponent:.2f}")
