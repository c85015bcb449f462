"""``_lazyre``: patterns compiled on first use behave as ``re``'s compiled ones (issue 17, import time)."""

from __future__ import annotations

import copy
import pickle
import re
import subprocess
import sys

import pytest

from saidvsdone import _lazyre


def test_a_lazy_pattern_gives_what_the_compiled_one_gives():
    text = "The minister SAID on Monday that troops said nothing; unsaid."
    lazy, plain = _lazyre.compile(r"\bsaid\b", re.IGNORECASE), re.compile(r"\bsaid\b", re.IGNORECASE)
    assert lazy._compiled is None  # nothing compiled yet
    assert lazy.pattern == plain.pattern
    assert lazy.search(text).span() == plain.search(text).span()
    assert lazy._compiled is not None
    assert lazy.search(text, 20, 50).span() == plain.search(text, 20, 50).span()
    assert lazy.match(text, 13).span() == plain.match(text, 13).span()
    assert lazy.fullmatch("said") is not None and lazy.fullmatch("saids") is None
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.findall(text) == plain.findall(text)
    assert lazy.sub("told", text) == plain.sub("told", text)
    assert lazy.subn("told", text, 1) == plain.subn("told", text, 1)
    assert lazy.split(text) == plain.split(text)
    assert lazy.flags == plain.flags and lazy.groups == plain.groups


def test_groups_and_flags_before_any_match():
    lazy = _lazyre.compile(r"(?P<who>[A-Z]\w+) (said)")
    assert lazy.groupindex == {"who": 1} and lazy.groups == 2
    assert lazy.flags == re.compile(r"(?P<who>[A-Z]\w+) (said)").flags  # re.UNICODE added, as re gives it


def test_module_functions_take_lazy_patterns_and_strings():
    lazy = _lazyre.compile(r"\d+")
    assert _lazyre.sub(lazy, "N", "12 drones, 3 missiles") == "N drones, N missiles"
    assert _lazyre.search(lazy, "about 40").group() == "40"
    assert _lazyre.match(lazy, "7 km").group() == "7"
    assert _lazyre.fullmatch(lazy, "2024") is not None
    assert _lazyre.findall(lazy, "1 and 2") == ["1", "2"]
    assert [m.group() for m in _lazyre.finditer(lazy, "1 and 2")] == ["1", "2"]
    assert _lazyre.split(lazy, "a1b") == ["a", "b"]
    assert _lazyre.subn(lazy, "N", "1 2") == ("N N", 2)
    assert _lazyre.search(r"(?i)kyiv", "in KYIV").group() == "KYIV"  # a string pattern, as re
    assert _lazyre.escape("a.b") == re.escape("a.b") and _lazyre.IGNORECASE == re.IGNORECASE


def test_compile_of_a_compiled_pattern_is_that_pattern():
    lazy, plain = _lazyre.compile("x"), re.compile("y")
    assert _lazyre.compile(lazy) is lazy and _lazyre.compile(plain) is plain
    with pytest.raises(ValueError):
        _lazyre.compile(lazy, re.IGNORECASE)


def test_equality_hash_copy_and_pickle():
    lazy = _lazyre.compile("said", re.IGNORECASE)
    assert lazy == re.compile("said", re.IGNORECASE) and lazy == _lazyre.compile("said", re.IGNORECASE)
    assert hash(lazy) == hash(re.compile("said", re.IGNORECASE))
    assert copy.copy(lazy) is lazy and copy.deepcopy(lazy) is lazy
    again = pickle.loads(pickle.dumps(lazy))
    assert again.search("He SAID").span() == (3, 7)


def test_a_bad_pattern_fails_at_its_first_use():
    lazy = _lazyre.compile("(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")


def test_speech_and_claims_compile_their_patterns_on_first_use():
    # in a fresh interpreter: after import, most module-level patterns are not compiled yet
    # (speech and claims may be one module each or packages of small ones: every module of theirs is read)
    code = ("import sys, saidvsdone.claims, saidvsdone.speech; from saidvsdone import _lazyre as r; "
            "ms = [m for n, m in sorted(sys.modules.items()) if n.split('.')[:2] in (['saidvsdone', 'claims'], "
            "['saidvsdone', 'speech'])]; "
            "lazy = list({id(v): v for m in ms for v in vars(m).values() if isinstance(v, r.LazyPattern)}.values()); "
            "print(len(lazy), sum(v._compiled is not None for v in lazy))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    total, compiled = map(int, done.stdout.split())
    assert total > 100 and compiled < total // 10


def test_module_functions_on_pattern_text_give_what_re_gives():
    # (the text patterns go through one cache of bound methods: one call fewer than re's)
    text = "Kyiv said 12 drones were downed; KYIV SAID 3 missiles were, kyiv said."
    for pattern, flags in ((r"(?i)kyiv\s+said", 0), (r"kyiv\s+said", re.IGNORECASE), (r"(\d+) (\w+)", 0)):
        assert _lazyre.search(pattern, text, flags).span() == re.search(pattern, text, flags).span()
        assert _lazyre.match(pattern, text, flags) == re.match(pattern, text, flags) or \
            _lazyre.match(pattern, text, flags).span() == re.match(pattern, text, flags).span()
        assert _lazyre.findall(pattern, text, flags) == re.findall(pattern, text, flags)
        assert [m.span() for m in _lazyre.finditer(pattern, text, flags)] == \
            [m.span() for m in re.finditer(pattern, text, flags)]
        assert _lazyre.split(pattern, text, 1, flags) == re.split(pattern, text, 1, flags)
    assert _lazyre.sub(r"(\d+) (\w+)", r"\2 x\1", text, 1) == re.sub(r"(\d+) (\w+)", r"\2 x\1", text, 1)
    assert _lazyre.subn(r"\d", lambda m: "#", text) == re.subn(r"\d", lambda m: "#", text)
    assert _lazyre.fullmatch(r"\d+", "2024") is not None and _lazyre.fullmatch(r"\d+", "2024a") is None
    assert _lazyre.search("said", "SAID", re.IGNORECASE) is not None and _lazyre.search("said", "SAID") is None


def test_the_cache_of_pattern_texts_stays_bounded():
    for n in range(_lazyre._BOUND_MAX + 10):
        assert _lazyre.search(f"x{n}y", f"ax{n}yb") is not None
    assert len(_lazyre._BOUND) <= _lazyre._BOUND_MAX
    with pytest.raises(re.error):
        _lazyre.search("(unclosed", "text")
