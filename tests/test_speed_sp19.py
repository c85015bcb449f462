"""Speed changes of round 15, sp19 (issue 17: what sp18 left) change no output: each rewritten pattern against the
form it replaced, on invented sentences, with searches starting inside the text.

A pattern opening on a look-around, or on a case-insensitive letter, gets no first-character set from sre: ``search``
and ``finditer`` enter the matching engine at every position. One opening on a literal, a class, or branches that each
open on a literal is searched in C for those characters (see ``tests/test_speed_sp18.py``)."""

from __future__ import annotations

import re

from saidvsdone import matcher, mentions
from saidvsdone.claims import _voices

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


#: claims' war named as a point in time, as round 15 wrote it (case-insensitive, each branch opening on ``\b``)
_OLD_WAR_AS_TIME = matcher.fail_fast(r"\b(?:since|after|before|when)\s+(?:(?:the|its|their|Russia['’]s|Moscow['’]s|Ukraine['’]s)\s+)?"
                                     r"(?:[\w-]+\s+){0,2}?(?:offensive|invasion|war|operation|counteroffensive|counter-offensive|"
                                     r"incursion|fighting|assault|push|counterattack|counter-attack|campaign|attack)\s+"
                                     r"(?:began|started|begun|was\s+launched|erupted|broke\s+out)\b"
                                     r"|\b(?:since|after)\s+(?:launching|starting|beginning)\s+(?:(?:the|its|their)\s+)?"
                                     r"(?:[\w-]+\s+){0,2}?(?:offensive|invasion|war|operation|incursion|assault|push|campaign)\b"
                                     r"|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:full-scale\s+)?"
                                     r"(?:war|invasion|offensive)\b"
                                     r"|\b(?:since|before)\s+(?:the|Russia['’]s|Moscow['’]s)\s+(?:full-scale\s+)?(?:war|invasion)\b"
                                     # "in the final weeks of the siege", "during the first months of the war": a time (cl17)
                                     r"|\b(?:in|during|over)\s+the\s+(?:first|last|final|early|opening|closing)\s+(?:days|weeks|months|"
                                     r"hours|stages?|phases?)\s+of\s+the\s+(?:battle|war|invasion|fighting|siege|offensive)\b",
                                     re.IGNORECASE)

WAR_TEXTS = [
    "Since the offensive began, the troops have held. After launching their spring push, they stalled; before Russia's "
    "full-scale invasion; when the war broke out; since the start of the full-scale war; in the first weeks of the siege",
    "SINCE THE INVASION STARTED; ſince the war began; İn the last days of the battle; ın the final months of the war; "
    "xsince the war began, _after the assault began, 2before the war, over the opening stages of the offensive",
    "since  the\nwar began; Since launching the war; during the closing phases of the fighting; wasince the war began",
]


def test_case_classes_hold_every_character_a_case_insensitive_letter_matches():
    """The first-letter class of a rewritten case-insensitive pattern: every character the letters match with
    re.IGNORECASE (``ſ`` for s, ``İ`` and ``ı`` for i), no fewer."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    wanted = set(re.findall("(?i)[sabwido]", every))
    assert wanted == set(re.findall("[SsſAaBbWwIiİıDdOo]", every))


def test_war_as_time_finds_what_its_case_insensitive_form_found():
    new = _voices._WAR_AS_TIME.compiled() if hasattr(_voices._WAR_AS_TIME, "compiled") else _voices._WAR_AS_TIME
    assert _scanned(new) and not _scanned(_OLD_WAR_AS_TIME)
    texts = WAR_TEXTS + [t.lower() for t in WAR_TEXTS] + [t.upper() for t in WAR_TEXTS] + [t.swapcase() for t in WAR_TEXTS]
    _same(_OLD_WAR_AS_TIME, new, texts)
    for text in texts:  # a sentence's window, as claims read it
        for a in range(0, len(text), 9):
            assert [m.span() for m in new.finditer(text, a, a + 80)] == \
                [m.span() for m in _OLD_WAR_AS_TIME.finditer(text, a, a + 80)]
    assert [m.group(0) for m in new.finditer("Since the offensive began, in the first weeks of the war")] == \
        ["Since the offensive began", "in the first weeks of the war"]
    assert not new.search("The offensive began in the spring.")  # what must not change: no time anchor


def test_case_class_is_what_ignorecase_matches_for_every_ascii_letter():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert set(re.findall(matcher.case_class(letter), every)) == set(re.findall("(?i)" + letter, every)), letter


def test_case_insensitive_opening_matches_its_plain_form():
    branches = [("since|after", r"\s+the\s+war"), ("in|during", r"\s+the\s+siege"), ("s", r"-?\d+")]
    plain = re.compile(r"(?<!\w)(?:(?:since|after)\s+the\s+war|(?:in|during)\s+the\s+siege|s-?\d+)", re.IGNORECASE)
    opening = re.compile(matcher.case_insensitive_opening(branches, not_after=r"\w"))
    assert _scanned(opening) and not _scanned(plain)
    texts = ["Since the war, in the siege; AFTER THE WAR, ſince the war, İn the siege, xin the siege, s12 S-3 ss4 ſ5",
             "during  the\nsiege; wasince the war; _after the war; 2in the siege"]
    _same(plain, opening, texts + [t.swapcase() for t in texts])
    free = re.compile(matcher.case_insensitive_opening([("embass", ""), ("consul", "")]))  # no look-behind asked
    assert [m.group(0) for m in free.finditer("EMBASSY, proconsul, Embassies")] == ["EMBASS", "consul", "Embass"]


def test_mission_hint_finds_what_its_case_insensitive_form_found():
    old = re.compile(r"(?i)embass|consul|mission")
    new = mentions._MISSION_HINT.compiled() if hasattr(mentions._MISSION_HINT, "compiled") else mentions._MISSION_HINT
    assert _scanned(new)
    texts = ["The embassy said; the Consulate; a MISSION; miſſion; the commission; no hint here; EMBASſY"]
    _same(old, new, texts + [t.swapcase() for t in texts])
    assert not new.search("The envoy spoke to the ambassador's aide.")  # what must not change: "ambass" is no hint


def test_number_word_finds_what_its_case_insensitive_form_found():
    from saidvsdone.facts import numeric

    words = numeric._NUMBER_WORDS
    old = re.compile("(?=[" + "".join(sorted({w[0] for w in words} | {"a"})) + r"])(?<!\w)(?:"
                     + matcher.trie_pattern(words, ignore_case=True)
                     + r"|a\s+(?:square\s+)?(?:kilomet|mile))", re.IGNORECASE)
    new = numeric._NUMBER_WORD.compiled() if hasattr(numeric._NUMBER_WORD, "compiled") else numeric._NUMBER_WORD
    assert _scanned(new) and not _scanned(old)
    texts = ["Twelve tanks, a dozen drones and tens of shells; often someone said; a square kilometre, a mile, amile; "
             "Fifty-six SIX ſix ſeven İıXTY hundreds, half of them; thousands, millions; xten, _one, 2two, a  mile"]
    _same(old, new, texts + [t.swapcase() for t in texts])
    assert not new.search("Someone often stood there.")  # what must not change: a number word inside a word


def test_date_trigger_shapes_find_what_their_case_insensitive_form_found():
    from saidvsdone import when

    old = re.compile("(?i)" + when._TRIGGER_SHAPES)
    new = when._TRIGGER_SHAPE.compiled() if hasattr(when._TRIGGER_SHAPE, "compiled") else when._TRIGGER_SHAPE
    assert _scanned(new) and not _scanned(old)
    texts = ["On 5 March, on the first day; ON THE TWENTY; 2024-03-05, 5/3, 12-4; Moscon 3; don the fifth; on\n7; "
             "onthe first; on  the  Thirty; ٣/٤ and ٢٠٢٤-٠٣-٠٥ (other digits); 1234; 12"]
    _same(old, new, texts + [t.swapcase() for t in texts])
    assert [m.group(0) for m in new.finditer("It fell on 5 May, on the first.")] == ["on 5", "on the first"]
    assert not new.search("It fell in May, on Friday.")  # what must not change: no shape there


def test_multi_word_cues_find_what_their_case_insensitive_form_found():
    from saidvsdone.speech import _acts

    kind, new = _acts.cue_table()
    new = new.compiled() if hasattr(new, "compiled") else new
    multi = [f for f in kind if " " in f]
    old = re.compile("(?=[" + re.escape("".join(sorted({f[0] for f in multi}))) + r"])\b(?:"
                     + matcher.trie_pattern(multi, spaces=True, ignore_case=True) + r")\b", re.IGNORECASE)
    assert _scanned(new) and not _scanned(old)
    texts = ["According to the ministry, he pointed out that; ACCORDING TO X; in the words of Y; as per the plan; "
             "reaccording to, according  to\nthem, according tothem, did not rule out; doesn’t rule out; made clear "
             "it; ſees no sign; İn the view of Z; xin the view of; put it; puts itself"]
    _same(old, new, texts + [t.swapcase() for t in texts])
    assert [m.group(0) for m in new.finditer("According to officials, he made clear it would go on.")] == \
        ["According to", "made clear"]
    assert not new.search("The accord took effect.")  # what must not change: no cue


def test_introduced_finds_what_its_look_behind_form_found():
    from saidvsdone.speech import _names

    new = _names._introduced()
    new = new.compiled() if hasattr(new, "compiled") else new
    old = matcher.fail_fast(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:(?!(?i:"
                            + matcher.trie_pattern(_names._NOT_MODIFIERS, ignore_case=True)
                            + r")\s)(?:(?:[A-Z]\.)+|[\w’'-]+)\s+){0,4})(?P<head>"
                            + matcher.trie_pattern(_names._words("introduced_noun")) + r")(?![\w-])")
    assert _scanned(new) and not _scanned(old)
    texts = ["A senior US official said; an official; Another senior official and one official; another  official; "
             "ba senior official, xone official, 2an official, _a official; An official’s aide; One U.S. official",
             "a brigade commander, an aide, one of the officials, a man who said, another Ukrainian military official"]
    _same(old, new, texts + [t.swapcase() for t in texts], groups=(1, "head"))
    assert [m.group("head") for m in new.finditer("A senior US official and another official spoke.")] == \
        ["official", "official"]
    assert not new.search("Canon official")  # what must not change: "on"/"an" inside a word


def test_call_sign_finds_what_its_look_ahead_form_found():
    from saidvsdone.speech import _names

    new = _names._CALL_SIGN.compiled() if hasattr(_names._CALL_SIGN, "compiled") else _names._CALL_SIGN
    old = matcher.fail_fast(r"\b(?i:" + _names.NAMING_FORMULA + r"|first\s+name|name\s+(?:only\s+)?as|identified\s+only\s+as)"
                            r"\s*,?\s*(?:(?i:is|of)\s+)?[“\"‘']?([A-Z][\w’'-]+)(?![\w’'-])")
    assert _scanned(new) and not _scanned(old)
    texts = ["who gave only his call sign, Shaman; with the callsign “Bereza”; (nom de guerre Tur); code-name Lis; "
             "gave his first name, Artem; identified only as Oleh; name only as Ivan; recall sign Fox; İdentified only "
             "as Petro; CALL SIGN Vovk; call sign is Grim; the call sign of Dnipro; xcode name Sova; call  sign\nLys"]
    _same(old, new, texts + [t.swapcase() for t in texts], groups=(1,))
    assert [m.group(1) for m in new.finditer("He gave only his call sign, Shaman, and his first name, Artem.")] == \
        ["Shaman", "Artem"]
    assert not new.search("The recall signal came late.")  # what must not change: "call" inside a word


def test_eve_of_finds_what_its_look_ahead_form_found():
    from saidvsdone.speech import _dates

    new = _dates._EVE_OF.compiled() if hasattr(_dates._EVE_OF, "compiled") else _dates._EVE_OF
    old = matcher.fail_fast(r"\b[Oo]n\s+the\s+eve\s+of\s+(?:the|his|her|its|their|this|that)\s+(?:[\w’'-]+\s+){0,2}?"
                            r"(parade|summit|talks|meeting|visit|vote|referendum|conference|election|ceremony|address|speech)\b")
    assert _scanned(new) and not _scanned(old)
    texts = ["On the eve of the summit, he said; on the eve of his state visit; anon the eve of the vote; ON THE EVE OF "
             "THE VOTE; on  the eve of their long-awaited peace talks; xon the eve of the parade; on the eve of the votes"]
    _same(old, new, texts + [t.swapcase() for t in texts], groups=(1,))
    assert [m.group(1) for m in new.finditer("On the eve of the summit, he spoke.")] == ["summit"]
    assert not new.search("Upon the eve of the summit")  # what must not change: "on" inside a word


def test_that_time_finds_what_its_case_insensitive_form_found():
    from saidvsdone.speech import _occasions

    new = _occasions._THAT_TIME.compiled() if hasattr(_occasions._THAT_TIME, "compiled") else _occasions._THAT_TIME
    old = matcher.fail_fast(r"\bthat\s+(?:same\s+)?(?:morning|afternoon|evening)(?=\s*(?:[,.;:]|$|that\b))",
                            re.IGNORECASE)
    assert _scanned(new) and not _scanned(old)
    texts = ["Later that evening, he said; That same morning. said that morning that it held; THAT AFTERNOON; "
             "whatthat evening, xthat morning; that evening\nthat; that evenings; that  same\tafternoon"]
    _same(old, new, texts + [t.swapcase() for t in texts])
    assert [m.group(0) for m in new.finditer("He said that morning that the line held.")] == ["that morning"]
    assert not new.search("He said that mornings were cold.")  # what must not change
