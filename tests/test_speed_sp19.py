"""Speed changes of round 15, sp19 (issue 17: what sp18 left) change no output: each rewritten pattern against the
form it replaced, on invented sentences, with searches starting inside the text.

A pattern opening on a look-around, or on a case-insensitive letter, gets no first-character set from sre: ``search``
and ``finditer`` enter the matching engine at every position. One opening on a literal, a class, or branches that each
open on a literal is searched in C for those characters (see ``tests/test_speed_sp18.py``)."""

from __future__ import annotations

import re

from saidvsdone import mentions

TEXTS = [
    "",
    "the minister",
    "The defence minister said; the Russian foreign minister and a senior commander spoke. Kyiv's mayor, Moscow’s top "
    "diplomat and the brigade deputy commander. bathe minister, xthe governor, 2a spokesman, _the mayor, O'Kyiv's mayor",
    "A spokesman for the ministry; the former deputy minister of Ukraine; the governor of the Russian Federation; "
    "the major offensive, a captain's log; the 47-year-old commander; the Kyiv-based analyst; Ukraine's ex-president",
    "The Ukrainian president\nthe\nminister, the  minister, THE MINISTER, a\tspokesman; Theminister ama spokesman",
]


def _scanned(pattern: re.Pattern) -> bool:
    """sre's own reading: the pattern has a first-character set or a literal prefix (searched for in C)."""
    import re._compiler as compiler
    import re._parser as parser
    tree = parser.parse(pattern.pattern, pattern.flags)
    return bool(compiler._get_charset_prefix(tree, pattern.flags) or compiler._get_literal_prefix(tree, pattern.flags)[0])


def _same(old: re.Pattern, new: re.Pattern, texts, groups=()) -> None:
    for text in texts:
        def read(found):
            return [(m.span(), *(m.group(g) for g in groups)) for m in found]
        assert read(new.finditer(text)) == read(old.finditer(text))
        for a in range(0, len(text), 5):  # a search from inside the text still sees the character before
            found, expected = new.search(text, a), old.search(text, a)
            assert (found and (found.span(), *(found.group(g) for g in groups))) == \
                (expected and (expected.span(), *(expected.group(g) for g in groups)))


def test_role_finder_finds_what_the_role_pattern_finds():
    who = mentions.people()
    assert _scanned(who.role_finder) and not _scanned(who.role_regex)
    _same(who.role_regex, who.role_finder, TEXTS + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS],
          groups=("role", "of"))


def test_known_reads_roles_with_the_finder():
    """mentions.known's roles (what must not change: the role mentions it gave with the role pattern)."""
    from saidvsdone import corpus, document

    text = "The defence minister met Kyiv's mayor on Friday; the major offensive stalled, a spokesman said."
    doc = next(document.documents(corpus.from_text(text, published="2025-03-05")))
    roles = [(m.as_written, m.how) for m in mentions.known(doc) if m.how == "role"]
    assert roles == [("The defence minister", "role"), ("Kyiv's mayor", "role"), ("a spokesman", "role")]
