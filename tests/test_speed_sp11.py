"""Speed changes of round 11 (issue 17: the speech layer) change no output: each rewritten piece against the
plain form it replaced, on invented sentences."""

from __future__ import annotations

import re

import pytest

from saidvsdone import speech, vocab

TEXTS = [
    "When I called Taras Hnatyuk at noon, he was brief. After we met Olena, she said little; As I rang Ivan Petrenko, he",
    "A blogger who writes under the name Dvina posted it; another, known online as Rybar, blogs as Rybar too. pseudonym",
    "The minister was quoted as saying it. He is quoted by TASS as  The officer had also said so, had already left.",
    "Lt. Col. Ivan Petrenko and Gen. Oleh Kravets, not authorised to speak, were not allowed to comment; cleared to",
    "WHEN I CALLED him, HE hung up. when I called Dmytro, he laughed. Hadn't he said it? HAD EARLIER said.",
    "ſince İf ıf Kelvin K under the pen name X; UNDER THE NAME Y. Writes as Z. Posts as W.",
]


# (``_REPORTER_CALLED`` opens on its first letters since round 15, no look-ahead: tests/test_speed_sp18.py)
@pytest.mark.parametrize("name", ["_DOTTED_RANKS", "_LEAVE_TO_SPEAK", "_PEN_NAME_CUE", "_PLUPERFECT_BEFORE",
                                  "_QUOTED_PASSIVE"])
def test_speech_patterns_behind_a_first_character_look_ahead_match_as_written(name):
    """Behind ``matcher.lazy_fail_fast`` (a look-ahead for the characters a match can start with): the same
    matches as the pattern as written, on whole texts and on windows (whose look-behinds read before them)."""
    fast = getattr(speech, name)
    plain = re.compile(fast.pattern, fast.compiled().flags)
    assert fast.compiled().pattern.startswith("(?=")  # the look-ahead is there: the rewrite is live
    for text in TEXTS:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
        for start in range(0, len(text), 5):
            for end in (start + 12, start + 40, len(text)):
                assert [m.span() for m in plain.finditer(text, start, end)] \
                    == [m.span() for m in fast.finditer(text, start, end)]
                found, expected = fast.search(text, start, end), plain.search(text, start, end)
                assert (found and found.span()) == (expected and expected.span())


def test_a_table_pattern_reads_the_kept_pattern_and_is_rebuilt_when_the_vocabulary_changes():
    """``TablePattern``'s methods read the compiled pattern ``vocab.compiled`` keeps (no call per use) and build it
    again once the kept one is dropped (a table changed, ``reload``): the new words are found."""
    words = ["said"]
    pattern = vocab.TablePattern("test_sp11_words", ("speech_words",), lambda: r"\b(?:" + "|".join(words) + r")\b")
    assert pattern.search("She said so.").group(0) == "said"
    assert pattern.match("said it").span() == (0, 4) and pattern.fullmatch("said")
    assert [m.group(0) for m in pattern.finditer("said, said")] == ["said", "said"]
    assert pattern.sub("told", "he said") == "he told"
    words[:] = ["told"]
    assert pattern.search("She told us.") is None  # kept: not rebuilt while the vocabulary is unchanged
    vocab.reload()
    assert pattern.search("She told us.").group(0) == "told"
    assert pattern.search("She said so.") is None
    vocab.reload()


def _reader(text):
    from saidvsdone import corpus, document

    doc = next(document.documents(corpus.from_text(text)))
    return doc, speech._Reader(doc, speech._mentions.people())


def test_a_sentence_with_no_colon_near_its_start_is_no_colon_introduction():
    """``_colon_introducer`` returns at once for a sentence with no colon in its first 130 characters (both of its
    readings, "He went on:" and "Kravets: …", end on a colon there); the colon sentences read as before."""
    text = ("Oleh Kravets, the regional governor, spoke on Monday. He then went on: “The shelling has stopped.” "
            "Kravets: “We hold.” The governor said the roads were open and the buses ran again through the night, "
            "and that the bridge over the river near the old mill would reopen soon, as the engineers had promised: "
            "by Friday.")
    doc, reader = _reader(text)
    found = [speech._colon_introducer(reader, s.start, s.end) for s in doc.sentences]
    assert [(cue.text, who.speaker) for cue, who in filter(None, found)] == [
        ("then went on", "Oleh Kravets"), (":", "Oleh Kravets")]
    assert found[0] is None and found[-1] is None  # no colon / a colon past the first 130 characters
    # what the test skips needs a colon: the "went on" reading never matches a window without one
    for sentence in ("He went on to say more", "She was blunt and brief", "He put it simply, then left",
                     "He then went on: yes", "They were very clear :"):
        window = sentence.replace(":", "")
        assert speech._WENT_ON.match(window) is None


RUN_TEXTS = [
    "Commander of the Airborne Forces Yegor Malakhin said on Monday that Lt. Col. John F. Kirby and Mr Oleh Kravets met.",
    "Ursula von der Leyen spoke; Abu Mohammed al-Harbi said it. A von\nLeyen, a de Gaulle and bin Salman, von",
    "“We hold,” said Kateryna Voronina of the Centre for Defence Strategies. (Ret.) Gen. Ben Hodges told the BBC.",
    "Kyiv's Mayor Vitali Klitschko, Ukraine's President Volodymyr Zelensky and NATO Secretary General Mark Rutte.",
]


@pytest.mark.parametrize("text", RUN_TEXTS)
def test_name_runs_of_a_window_read_from_the_whole_texts_are_the_windows_scan(text):
    """``mentions._runs_between`` reads a window's capitalised runs from the whole text's (bisection) and scans the
    window as before where that could differ (a window that starts inside a run or cuts one short, a run ending on a
    particle): the same spans as ``_NAME_RUN.finditer(text, a, b)`` for every window, whatever its bounds."""
    from saidvsdone import corpus, document, mentions

    doc = next(document.documents(corpus.from_text(text)))
    text = doc.text
    pattern = mentions._NAME_RUN.compiled()
    for a in range(0, len(text) + 1, 3):
        for b in list(range(a, min(len(text), a + 90) + 1, 2)) + [len(text)]:
            assert mentions._runs_between(doc, a, b) == [m.span() for m in pattern.finditer(text, a, b)], (a, b)
    assert mentions._runs_between(doc, 0, len(text)) == [m.span() for m in pattern.finditer(text)]


CUE_TEXTS = [
    "He forecast that the line would hold. It estimates that 300 died; Budanov, forecast in an interview that X fell.",
    "He expects the assaults to intensify. The forecast that troops left was wrong; forecasts that were wrong.",
    "She Expects the front To hold, HE FORECAST THAT it held; he forecast-that; xforecast that; forecast2 that.",
    "It eſtimates that 20 died. İt forecast that it would rain.",  # (?i) matches ſ with s: the plain scan
    "The statement read: “We hold.” The ministry's bulletin reads that troops left; already spread, ready, Read.",
    "The order read out by the officer; the post reads more. The decree READ that.",
]


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_noun_form_cues_matched_at_the_words_found_are_the_patterns_scan(text):
    """``_noun_form_matches`` matches the noun-form pattern only at the noun forms the one word pass found (a match is
    one whole word of them): the same matches as the pattern's scan of the whole text."""
    words, nouns = speech._cue_words()
    found = [(a, b, text[a:b].lower()) for a, b in speech._words_in(text, words)]
    pattern = speech._noun_form_cues()
    assert [(m.span(), m.groupdict()) for m in speech._noun_form_matches(text, found, nouns)] \
        == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_statement_reads_runs_only_where_read_is_a_word():
    """The "the statement read" pattern needs "read"/"reads" as a lower-case word: it is searched only where the one
    word pass found one ("already", "spread", "ready" hold none); what it finds is unchanged."""
    from saidvsdone import corpus, document

    for text in CUE_TEXTS:
        doc = next(document.documents(corpus.from_text(text)))
        reads = [c for c in speech._find_cues(doc) if c.text.lower() in ("read", "reads")]
        expected = [m.span(1) for m in speech._statement_reads().finditer(doc.text)]
        assert [(c.start, c.end) for c in reads] == [s for s in expected
                                                    if not doc.in_quote(s[0]) and not doc.in_transcript(s[0])]
    plain = "Aid already spread to ready units."
    assert not any(w in speech._READS for w in (plain[a:b].lower() for a, b in speech._words_in(plain, speech._cue_words()[0])))


@pytest.mark.parametrize("text", [
    "Lavrov told the Interfax news agency on Monday. Troops held the line. RIA quoted him; the NEWSPAPER said so.",
    "Suspilne TV reported it. A tv crew filmed; the channel's reporter, radio host and broadcaster spoke. Newsagency.",
    "Troops held the line near the river. Nobody named a medium here.",
    "İzvestia's Agency said it. The ſtate radio aired it.",  # a character (?i) folds apart: the pattern decides
])
def test_medium_noun_test_before_the_pattern_skips_only_sentences_it_cannot_match(text):
    """``conduits`` searches its case-insensitive medium pattern only in sentences that hold the first word of a
    ``medium_noun`` the article holds (``str.find`` on the lower-cased text): a sentence it skips has no match."""
    from saidvsdone import attribution

    doc, reader = _reader(text)
    for a in range(0, len(text), 4):
        for b in range(a, len(text) + 1, 5):
            if not attribution._may_hold_medium_noun(reader, a, b):
                assert attribution._MEDIUM_HINT.search(doc.text, a, b) is None, (a, b)
    assert attribution._may_hold_medium_noun(reader, 0, len(text)) == ("Nobody" not in text)
