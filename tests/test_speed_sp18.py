"""Speed changes of round 15, sp18 (issue 17: the whole-text scans open on their first characters) change no output:
each rewritten pattern against the form it replaced, on invented sentences.

A pattern opening on a look-around (``(?<![\\w’'])…``, or ``matcher.fail_fast``'s ``(?=[…])``) gets no first-character
set from sre: ``search`` and ``finditer`` enter the matching engine at every position of the text. One opening on a
literal, a class, or branches that each open on a literal is searched in C for those characters, and enters the engine
only there. "No word character before" is then written as a look-behind after the first character
(``K(?<![\\w-].)yiv``): the same test, the character before the match."""

from __future__ import annotations

import re

import pytest

from saidvsdone import _letters, matcher, mentions

TEXTS = [
    "",
    "Kyiv",
    "Kyiv said. In Kyiv, the Kyivans' Kharkiv-Kyiv road; anti-Kyiv, O'Kyiv, d’Kyiv, 2Kyiv, _Kyiv, ÉKyiv.",
    "Kharkiv and Kherson\nKy Kyivska Kyiv’s Kyiv's (Kyiv) “Kyiv” -Kyiv",
    "the Russian side said; The Ukrainian side. bathe Russian side, the  Russian\nside, xthe Russian side",
    "He said she added. It said it, they said and They have said; Theyre it’s ithe She, hShe, 2he, _he",
    "Russia launched drones, the country's air force said; the nation’s army; Athe country's navy",
    "Ihor Sadovyi told Olena Koval. O'Brien Smith, McDonald Trump; x Ben Wallace; ÉBen Wallace",
    "Lt. Gen. Serhiy Naiev said; van Weel said, David van Weel, al-Harbi and Abu Mohammed al-Harbi. xvan Weel",
]


def _opens_on_characters(pattern: re.Pattern) -> bool:
    """The pattern's first op is a literal, a class or branches opening on literals (what sre's search scans for)."""
    return not pattern.pattern.startswith(("(?=", "(?!", "(?<", "\\b"))


@pytest.mark.parametrize("options", [{}, {"spaces": True}, {"apostrophes": True}, {"spaces": True, "apostrophes": True},
                                     {"ignore_case": True}])
def test_trie_not_after_matches_the_look_behind_before_it(options):
    words = ["Kyiv", "Kharkiv", "Kherson", "Ky", "Kyiv's", "Kyiv Oblast", "Russian", "O'Brien", "x"]
    flags = re.IGNORECASE if options.get("ignore_case") else 0
    before = re.compile(r"(?<![\w’'-])(?:" + matcher.trie_pattern(words, **options) + ")", flags)
    guarded = re.compile("(?:" + matcher.trie_pattern(words, not_after=r"[\w’'-]", **options) + ")", flags)
    for text in TEXTS + [t.lower() for t in TEXTS]:
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in before.finditer(text)]
        for a in range(0, len(text), 7):  # a search from inside the text still sees the character before
            found, expected = guarded.search(text, a), before.search(text, a)
            assert (found and found.span()) == (expected and expected.span())


def test_trie_not_after_in_the_plain_alternation_too():
    """Words the trie cannot share (a curly apostrophe with ``apostrophes``) give the plain alternation, guarded too."""
    words = ["Kyiv’s", "Kyiv"]
    assert matcher.trie_pattern(words, apostrophes=True, not_after="[x]") == "K(?<![x].)yiv’s|K(?<![x].)yiv"
    with pytest.raises(ValueError):
        matcher.trie_pattern([" Kyiv"], spaces=True, not_after="[x]")


def test_trie_without_not_after_is_unchanged():
    assert matcher.trie_pattern(["Kyiv", "Kharkiv", "Kherson", "Ky"]) == "K(?:h(?:arkiv|erson)|y(?:iv)?)"


def _plain_forms():
    """The forms the patterns had before (round 14)."""
    who = mentions.people()
    aliases = sorted(who.alias_to_name, key=len, reverse=True)
    first = re.escape("".join(sorted({a[0] for a in aliases})))
    countries = sorted({f for f in who.country_of_form if f[:1].isupper()}, key=len, reverse=True)
    return {
        "pronouns": (mentions._PRONOUNS, matcher.fail_fast(
            r"\b(?:he|she|He|She)\b|\b(?:It|it|They|they)(?=\s+(?:\w+\s+)?(?:said|says|added|stated|reported|claimed|"
            r"announced|noted|warned|argued|confirmed|insisted|estimated|denied|"
            r"wrote|posted|complained|urged|concluded|acknowledged|admitted)\b)")),  # (sk26's verbs, same round)
        "the country's": (mentions._THE_COUNTRYS, re.compile(
            r"(?<![\w’'])[Tt]he[^\S\n]+(?:country|nation)['’]s[^\S\n]+((?:[\w-]+[^\S\n]+){0,3}[\w-]+)(?![\w’'-])")),
        "name pair": (mentions._NAME_PAIR, re.compile(
            r"(?<![\w’'])([A-Z][\w’'-]+)(?=([^\S\n]+)([A-Z][\w’'-]+)(?![\w’']))")),
        "alias": (who.alias_regex, re.compile(r"(?=[" + first + r"])(?<![\w’'-])(?:" + matcher.trie_pattern(aliases)
                                              + r")(?=['’]s\b|(?![\w’'-]))")),
        "side": (mentions._side_regex(), re.compile(
            mentions._side_regex().pattern.replace("[Tt](?<![\\w’'].)he", "(?<![\\w’'])[Tt]he", 1))),
        # (the capitalised run reads every Latin capital, round 23: its plain form is written with the same letters)
        "capitalised run": (mentions._CAPITALISED_RUN.compiled(), re.compile(mentions._CAPITALISED_RUN.pattern.replace(
            _letters.widen("[A-Z](?<![\\w’'].)"), _letters.widen("(?<![\\w’'])[A-Z]"), 1))),
        "country words": (re.compile(r"(?:" + matcher.trie_pattern(countries, not_after=r"[\w’'-]") + r")(?![\w’'-])"),
                          re.compile(r"(?<![\w’'-])(?:" + matcher.trie_pattern(countries) + r")(?![\w’'-])")),
    }


@pytest.mark.parametrize("name", ["pronouns", "the country's", "name pair", "alias", "side", "capitalised run",
                                  "country words"])
def test_whole_text_patterns_match_as_before(name):
    new, old = _plain_forms()[name]
    assert _opens_on_characters(new) and new.pattern != old.pattern
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [(m.span(), m.groups()) for m in old.finditer(text)]


def test_the_rewritten_patterns_still_find_what_they_find():
    """Not only the same as before: what each finds on a sentence that holds it, and what it must not."""
    assert [m.group() for m in mentions._PRONOUNS.finditer("He said it was cold. It said nothing; ithe hex")] \
        == ["He", "It"]
    assert [m.group(1) for m in mentions._NAME_PAIR.finditer("Ihor Sadovyi met Ben Wallace, xBen Wallace")] == ["Ihor", "Ben"]
    assert [m.group(1) for m in mentions._side_regex().finditer("the Russian side said; bathe Russian side")] \
        == ["Russian"]


def test_name_run_reads_its_look_behind_first():
    """The name-run pattern tests "no word character before" before its look-ahead for a particle ("van", "de"): most
    positions are inside a word and fail there."""
    source = mentions._name_run()
    spaced, joined = mentions._particles()
    ahead, behind = "(?=[A-Z]|" + spaced + "|" + joined + ")", "(?<![\\w’'])"
    assert source.startswith(behind + ahead)
    # (round 14's form, with the letters the pattern reads since round 23: every Latin letter)
    old = matcher.fail_fast(_letters.widen(ahead + behind + source[len(behind + ahead):]))
    new = mentions._NAME_RUN.compiled()
    for text in TEXTS:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_claims_owner_after_as_a_trie_matches_the_alternation():
    """Claims' "assurances from X that …" pattern: its claim nouns as a trie behind a look-ahead for their first letters
    (a case-insensitive alternation of thirty words was tried at every position of each sentence holding "that")."""
    from saidvsdone import vocab
    from saidvsdone.claims import _vocabulary

    new = _vocabulary._words().owner_after
    nouns = [" ".join(r.word.split()).lower() for r in vocab.table("claim_words").itertuples()
             if r.group.strip() == "claim_noun"]
    trie = matcher.trie_pattern(nouns, ignore_case=True)
    assert trie in new.pattern
    source = re.sub(r"^\(\?=\[[^\]]*\]\)", "", new.pattern)  # (fail_fast's look-ahead left out)
    old = re.compile(source.replace(trie, _vocabulary._alternation(nouns)), re.IGNORECASE)  # (round 14's form)
    sentences = ["It came with assurances from the ministry's spokesman, Igor Konashenkov, that the line held.",
                 "The boast by Wagner's founder that Bakhmut had fallen; the ASSURANCES FROM Kyiv that it would not.",
                 "Reassurances from nobody that; an assessment by the Institute, on Monday, that the push stalled.",
                 "A claim from X that y, claims by the army that z", "no noun here from the ministry that counts"]
    for text in sentences + TEXTS:
        assert [(m.span(), m.groupdict()) for m in new.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in old.finditer(text)]
    assert [m.group("noun") for m in new.finditer(sentences[0] + " " + sentences[1])][:2] == ["assurances", "boast"]


def test_attribution_medium_titles_and_speech_openers_match_as_before():
    """Attribution's medium titles ("Times", "Post": ``\\b`` before a word character written after its first letter),
    the speech layer's sentence-opening family noun ("His son, …") and reporter's call ("When I called X, he …")."""
    from saidvsdone import attribution, vocab
    from saidvsdone.speech import _names

    titles = {w.capitalize() for w in vocab.speech_words()["medium_title"]}
    pairs = [
        (attribution.medium_titles(), re.compile(r"\b(?:" + matcher.trie_pattern(titles) + r")\b")),
        (_names._KIN_OPENS.compiled(), re.compile(r"(?<![\w’'-])((?:His|Her|Their|The)\s+(" + (matcher.trie_pattern(
            vocab.speech_words()["kin_noun"]) or "(?!)") + r"))(?![\w’'-])(?=\s*,|\s+[a-z])")),
        (_names._REPORTER_CALLED, re.compile(_names._REPORTER_CALLED.pattern.replace(
            r"(?:W(?<!\w.)hen|A(?<!\w.)fter|A(?<!\w.)s|O(?<!\w.)nce|B(?<!\w.)efore)", r"\b(?:When|After|As|Once|Before)"))),
    ]
    sentences = ["The Times reported; the Sunday Times and xTimes, New York Post. Times", "His son, listening, laughed. "
                 "Her daughter smiled; xHis son, The mother said. Their son left", "When I called Dmytro that evening "
                 "to ask, he was brief. After we reached Olena by phone, she said. XWhen I called Ann, she said"]
    for new, old in pairs:
        assert _opens_on_characters(new)
        for text in sentences + TEXTS:
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
                [(m.span(), m.groups()) for m in old.finditer(text)]
    assert [m.group(1) for m in _names._REPORTER_CALLED.finditer(sentences[2])] == ["Dmytro", "Olena"]


def test_facts_clause_ends_and_scare_quotes_match_as_before():
    """Facts' clause ends (a mark, a full stop or comma not inside a number, a spaced dash) and scare quotes, written to
    open on one class of the characters a match starts with, each branch's test after it."""
    from saidvsdone.facts import context

    pairs = [(context.CLAUSE_END, matcher.fail_fast(r"[;:“”\"()—!?]|\.(?!\d)|(?<!\d)\.|\s–\s|\s-\s")),
             (context.CLAUSE_END_COMMA, matcher.fail_fast(r"[;:“”\"()—!?]|[.,](?!\d)|(?<!\d)[.,]|\s–\s|\s-\s")),
             (context.SCARE_QUOTE_RE, re.compile(r"(?<=[a-z] )(?P<open>[\"“‘])[A-Za-z][\w’'-]*(?: [A-Za-z][\w’'-]*){0,3}"
                                                 r"(?P<close>[\"”’])(?=[ ,;.])"))]
    sentences = ["They took 1,000 km² and 1.5 villages, then 2. Later: 3,x .5 a – b a - b a—b (c) “d” 3,4. 5.",
                 ". , ;\n– \n - x 1. 2 a.b 7,", "forces had “liberated” 47 and were \"steadily advancing\" in; "
                 "X “not this” ok, the ‘so-called’ line. A “long one two three four five” run"]
    for new, old in pairs:
        assert _opens_on_characters(new)
        for text in sentences + TEXTS:
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
                [(m.span(), m.groups()) for m in old.finditer(text)]
            for a in range(0, len(text), 5):
                assert [m.span() for m in new.finditer(text, a, a + 20)] == [m.span() for m in old.finditer(text, a, a + 20)]
    assert [m.start() for m in context.CLAUSE_END_COMMA.finditer("1,000 men, 2.5 km; done.")] == [9, 17, 23]


def test_speech_and_claims_word_openers_match_as_before():
    """A ``\\b`` before a word written after its first letter ("published", "two points") or the words as a trie behind
    fail_fast's look-ahead ("did not say how …", case-insensitive): the same matches, and for the guarded rule the same
    literal words (``_literals``: a look-behind is zero width, the letters on either side stay joined)."""
    from saidvsdone import _literals
    from saidvsdone.claims import _stage
    from saidvsdone.speech import _acts, _occasions

    published = re.compile(r"\b(?:released|published|issued|put\s+out|made\s+public)\b")
    pairs = [
        (_occasions._PUBLISHED, published),
        (_stage._ANNOUNCED_POINTS, re.compile(r"\b(?:two|three|four|several)\s+(?:main\s+|key\s+|clear\s+)?"
                                              r"(?:things|points|reasons|conclusions|lessons|messages|observations)\b")),
        (_acts._ASKED_HOW_BEFORE, re.compile(
            r"\b(?:say|said|says|saying|explain|explained|specify|specified|disclose|disclosed|clear|unclear|"
            r"know|known|asked|ask|asking|wondered|wonder|question|questioned|detail|detailed)\s+"
            r"(?:how|whether|why)\s+(?:[\w’'-]+\s+){1,5}?(?:(?:had|has|have|would|could|was|were)\s+)?$", re.IGNORECASE)),
    ]
    sentences = ["The report was released on Monday and published, issued; put  out, made\npublic. republished xissued",
                 "He made two points and gave three key reasons; several lessons, fourfold things, atwo points",
                 "He did not say how the alliance had ", "It is UNCLEAR whether Moscow ", "Saying why it ",
                 "unsaid how x ", "she asked whether the troops would ", "Known how they were "]
    for new, old in pairs:
        for text in sentences + TEXTS:
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
                [(m.span(), m.groups()) for m in old.finditer(text)]
            for a in range(0, len(text), 3):
                found, expected = new.search(text, 0, a), old.search(text, 0, a)
                assert (found and found.span()) == (expected and expected.span())
    assert _literals.literals(_occasions._PUBLISHED) == _literals.literals(published)


def test_claims_own_check_and_facts_unknown_place_match_as_before():
    """Claims' "ISW cannot verify" and facts' "near Kupiansk", "in the direction of X": ``\\b`` written after the
    first letter."""
    from saidvsdone.claims import _speakers
    from saidvsdone.facts import places

    pairs = [
        (_speakers._OWN_CHECK, re.compile(
            r"\b(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})\s+(?:cannot|can\s+not|has\s+not|have\s+not|will\s+not|"
            r"does\s+not)\s+(?:yet\s+|independently\s+)?(?:verify|verified|confirm|confirmed|observe|observed|"
            r"(?<!does\snot\s)publish|seen)\b")),
        (places.UNKNOWN_PLACE_RE, re.compile(
            r"\b(?:in\s+the\s+direction\s+of|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of"
            r"|the\s+(?:village|town|city|settlement)\s+of|near)\s+"
            r"(?P<a>[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?)(?:\s+and\s+(?P<b>[A-Z][a-z’'-]+))?")),
    ]
    sentences = ["ISW cannot verify this claim; The Institute has not independently confirmed it. xISW cannot verify",
                 "Fighting near Kupiansk and Lyman, in the direction of Pokrovsk, on the outskirts of Bakhmut Town; "
                 "the village of Krynky; anear Izium, the town of X"]
    for new, old in pairs:
        assert _opens_on_characters(new)
        for text in sentences + TEXTS:
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == \
                [(m.span(), m.groups()) for m in old.finditer(text)]
