"""rf12: one reader per job. The bench scripts that wrap ``re`` share one caching ``re.compile``
(``tests/bench/_wrapped_re.caching_compile``), and each still names the library function that compiled a pattern.
Outputs do not change (``tests/bench/dump_tables.py`` identical). Every text here is invented."""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "tests" / "bench"
_SCRIPTS = ("count_patterns", "first_chars", "lookahead_replay", "pattern_misses", "table_terms")


def _bench(name: str):
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module(name)


# --- the bench scripts share one caching re.compile ----------------------------------------------------------------

@pytest.mark.parametrize("script", _SCRIPTS)
def test_each_wrapping_script_takes_its_compile_from_the_shared_module(script):
    module = _bench(script)
    shared = _bench("_wrapped_re")
    assert "def _compile(" not in (BENCH / f"{script}.py").read_text(encoding="utf-8")
    assert module._compile.__code__ is shared.caching_compile(object, None).__code__


def test_the_shared_compile_hands_out_one_wrapped_pattern_per_pattern_and_flags():
    import re
    shared = _bench("_wrapped_re")
    cache: dict = {}
    made = shared.caching_compile(shared.Wrapped, lambda compiled, pattern, flags: shared.Wrapped(compiled, pattern),
                                  cache)
    one = made(r"rf12\s+drone")
    assert made(r"rf12\s+drone") is one and made(one) is one
    assert made(re.compile(r"rf12\s+drone")).pattern == one.pattern  # (read as its pattern and flags)
    assert made(r"rf12\s+drone", re.IGNORECASE) is not one
    assert (r"rf12\s+drone", 0) in cache and (r"rf12\s+drone", int(re.IGNORECASE)) in cache
    assert one.pattern == r"rf12\s+drone" and one.label == r"rf12\s+drone"


def test_count_patterns_labels_a_pattern_with_the_function_that_compiled_it():
    module = _bench("count_patterns")
    label = module._compile(r"rf12-count-(?:a|b)").label
    assert label.split(":")[0] == f"{__name__}.test_count_patterns_labels_a_pattern_with_the_function_that_compiled_it"


def test_lookahead_replay_notes_the_line_that_compiled_a_pattern():
    module = _bench("lookahead_replay")
    line = inspect.currentframe().f_lineno + 1
    module._compile(r"rf12-replay-(?:a|b)")
    assert module._WHERE[(r"rf12-replay-(?:a|b)", 0)] == f"{__name__}:{line}"


def test_table_terms_and_first_chars_and_pattern_misses_wrap_as_before():
    tables, first, misses = _bench("table_terms"), _bench("first_chars"), _bench("pattern_misses")
    assert tables._compile(r"rf12-table-(?:a|b)").cls == "other"
    assert first._compile(r"(?<![\w’'])rf12").scans is False and first._compile(r"rf12x").scans is True
    assert misses._compile(r"rf12-miss").label == "rf12-miss"


# --- one byline reader: attribution's reporter reads the writer through the segment layer --------------------------

@pytest.mark.parametrize("line, name", [
    ("By Ines Varga", "Ines Varga"),
    ("By Ines Varga in Odesa", "Ines Varga"),
    ("By Ines Varga, defence correspondent", "Ines Varga"),
    ("by Ines Varga", "Ines Varga"),           # (a byline_label's first letter in either case)
    ("Words by Ines Varga", "Ines Varga"),     # (any byline_label of data/claim_words.csv)
])
def test_a_byline_line_gives_its_one_writer(line, name):
    from saidvsdone import segment
    span = segment.byline_writer(line)
    assert span is not None and line[span[0]:span[1]] == name


@pytest.mark.parametrize("line", [
    "By Monday Russian troops had crossed the river.",   # a body sentence opened by "By"
    "By then the brigade had left the town.",
    "By Ines Varga and Marek Dolny",                      # two writers: no one reporter
    "By the Evening Desk",
    "Village Cut Off By Russian Forces",
])
def test_a_sentence_or_a_byline_of_no_one_writer_names_none(line):
    from saidvsdone import segment
    assert segment.byline_writer(line) is None


def test_the_document_reads_the_byline_and_leaves_a_body_line_opened_by_by_in_the_body():
    from saidvsdone import document
    text = ("Drones hit the port again\n\nBy Ines Varga in Odesa\n\n"
            "By Monday Russian drones had struck the grain terminal twice, the governor said.\n\n"
            "“Will the port reopen?” I asked. He did not answer.\n")
    doc = document.build("rf12", text, "2025-06-13")
    assert [text[a:b] for a, b in doc.byline_writers] == ["Ines Varga"]
    assert doc.speech.quotes[0].speaker == "Ines Varga"


def test_no_reporter_when_the_byline_is_below_the_top_of_the_copy():
    from saidvsdone import document
    text = ("Drones hit the port again\n\n" + "The governor said the port was shut for a day. " * 14 + "\n\n"
            "By Ines Varga\n\n“Will the port reopen?” I asked. He did not answer.\n")
    doc = document.build("rf12", text, "2025-06-13")
    assert doc.byline_writers == ()
    assert doc.speech.quotes[0].speaker != "Ines Varga"


def test_attribution_holds_no_byline_pattern_of_its_own():
    source = (ROOT / "lib" / "saidvsdone" / "attribution.py").read_text(encoding="utf-8")
    assert "_ONE_BYLINE" not in source and "By[ \\t]" not in source
