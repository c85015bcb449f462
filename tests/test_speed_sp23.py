"""sp23 (issue 17): whole-text patterns rewritten to open on a character sre searches for in C give the matches of the
patterns they replace (invented sentences only)."""

import itertools
import random
import re
from re import _compiler, _parser

from saidvsdone.facts import places
from saidvsdone.speech import _acts, _speakers


def _scanned_in_c(pattern: re.Pattern) -> bool:
    tree = _parser.parse(pattern.pattern, pattern.flags)
    return bool(_compiler._get_literal_prefix(tree, pattern.flags)[0]) \
        or _compiler._get_charset_prefix(tree, pattern.flags) is not None


def _opener_spans(hits):
    return [(m.span(), m.span(1), m.group(1)) for m in hits]


_OPENER_TEXTS = [
    "A sergeant who left the town described the retreat. An infantryman with a bandaged arm said little.",
    "The shelling went on. One volunteer carried water!  Another medic waited? A  nurse\nsmiled.",
    "LYMAN (Wire) - A gunner fired. Then (AP) — An aide spoke.",
    "10:42 A volunteer handed out bread.\n5/9 A medic kneels by the road.\n11:05\nOne soldier waved.",
    "3:15 Another woman cried.\n123:45 A soldier.\n7/12 One analyst said. A doctor said “A nurse came.”",
    "Aleksandr spoke. Oleg said: A medic. One of them. A-soldier. An old grey-haired man stood.",
    "A soldier",
    "1:2 A\nOne soldier left.",
]


def test_indefinite_opener_same_hits_as_the_single_pattern():
    reference = _speakers._INDEFINITE_OPENER
    for text in _OPENER_TEXTS:
        assert _opener_spans(_speakers._indefinite_opener_hits(text)) == _opener_spans(reference.finditer(text)), text
    assert _opener_spans(_speakers._indefinite_opener_hits(_OPENER_TEXTS[3]))  # (the time-stamp form is exercised)


def test_indefinite_opener_same_hits_on_random_texts():
    reference = _speakers._INDEFINITE_OPENER
    pieces = ["A ", "An ", "One ", "Another ", "a ", "soldier", "medic ", "who ", ". ", "! ", "? ", "”. ", '." ', ") - ",
              ") — ", "\n", "10:42 ", "5/9 ", "1", ":", "Oleg ", "volunteer", "woman ", "A", "O", " ", "’", "-", "\t"]
    rng = random.Random(23)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        assert _opener_spans(_speakers._indefinite_opener_hits(text)) == _opener_spans(reference.finditer(text)), text


def test_indefinite_opener_forms_open_on_characters():
    assert _scanned_in_c(_speakers._INDEFINITE_OPENER_AT_LETTER.compiled())
    assert _scanned_in_c(_speakers._INDEFINITE_OPENER_AT_DIGIT.compiled())
    assert not _scanned_in_c(_speakers._INDEFINITE_OPENER.compiled())


def test_adjective_of_same_matches_as_word_boundary_form():
    adjective_of = places._ADJECTIVE_OF.compiled()  # (a table pattern since vc1: its settlement nouns are data)
    before = re.compile(adjective_of.pattern.replace(r"[Tt](?<!\w.)he\s+", r"\b[Tt]he\s+", 1))
    assert before.pattern != adjective_of.pattern and _scanned_in_c(adjective_of)
    texts = ["the Ukrainian town of Zarichne was hit. Bathe Ukrainian village of Lisne", "The Russian border city "
             "of Shebekino; lathe Russian city of Kursk; (the southern Ukrainian port city of Izmail)",
             "xThe Ukrainian town of Bilky", "The Ukrainian town of Sumy-Nova", "-the Russian village of Tetkino"]
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in adjective_of.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in before.finditer(text)]
    assert [m.group("name") for m in adjective_of.finditer(texts[0])] == ["Zarichne"]


def test_word_pattern_same_words():
    for text in ["He said, unsaid, SAID-so", "don’t x2y — a", "", "Ĳ ǅ Kelvin K naïve"]:
        assert _acts._WORD.findall(text) == re.findall(r"[A-Za-z]+", text)
    assert _acts._words_in("He said, unsaid, SAID-so", {"said"}) == [(3, 7), (17, 21)]
    assert _scanned_in_c(_acts._WORD)


def test_opener_hits_are_lazy_and_complete():
    text = " ".join(itertools.repeat("The rain stopped. A medic arrived.", 50))
    assert len(list(_speakers._indefinite_opener_hits(text))) == 50


def _gathering_as_written() -> re.Pattern:
    """GATHERING as it was written before sp23 (one case-insensitive alternation behind a word boundary)."""
    from saidvsdone.matcher import trie_pattern
    from saidvsdone.vocab import speech_words
    told = (r"\b(?:[Tt]old|[Tt]ells|[Tt]elling|[Aa]ssured|[Ww]arned|[Rr]eminded|[Aa]ddressed|[Aa]ddressing|[Bb]riefed|"
            r"[Tt]estified\s+(?:before|to)|[Ss]poke\s+(?:before|to))\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+)??(?i:"
            + (trie_pattern(speech_words()["sitting_audience"], spaces=True) or "(?!)") + r")\b(?!-)|\b[Ii]n\s+court\b")
    return re.compile(r"(?i:\b(?:meeting|session|conference|briefing|summit|talks|call|forum|council|board|ceremony|panel|"
                      r"committee|hearing|assembly|congress|gathering|visit|"
                      + (trie_pattern(speech_words()["scene_gathering"], spaces=True) or "(?!)")
                      + r")\b(?!-)|\b(?:by|on\s+the)\s+(?:tele)?phone\b)|" + told), re.compile(told)


def test_gathering_same_matches_as_written():
    from saidvsdone.speech import _occasions
    before, told_before = _gathering_as_written()
    after, told_after = _occasions.GATHERING.compiled(), _occasions._TOLD_SITTING.compiled()
    assert _scanned_in_c(after) and _scanned_in_c(told_after) and not _scanned_in_c(before)
    pieces = ["meeting", "Meeting", "MEETING", "call-up", "call", "calls", "by phone", "on the telephone", "On The Phone",
              "told MPs", "Told the House", "testified before the committee", "in court", "In court", "in courtyard",
              "funeral", "memorial  service", "Memorial\nservice", "round table", "briefed the council", "x", "ſession",
              "İn court", "Kvisit", "spoke to parliament", "telling the court", "addressing lawmakers", "subcall", "re-visit"]
    rng = random.Random(23)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "-", ", ", ". "]) for _ in range(rng.randint(1, 8)))
        for old, new in ((before, after), (told_before, told_after)):
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
            a = rng.randrange(len(text) + 1)
            assert [m.span() for m in new.finditer(text, a)] == [m.span() for m in old.finditer(text, a)], (text, a)
    assert [m.group(0) for m in after.finditer("He told MPs after the Memorial service, by telephone.")] == \
        ["told MPs", "Memorial service", "by telephone"]
