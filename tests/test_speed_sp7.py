"""Speed-ups of the eighth round give what the plain code gives (issue 17)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from saidvsdone import when

_HOLIDAY_PIECES = ["on", "On", "ON", " ", " ", "\n", ",", ".", "Christmas Day", "Christmas Eve", "Orthodox Christmas",
                   "New Year's Day", "New Year’s Day", "Victory Day", "Independence Day", "last year", "this year", "said",
                   "Don", "anon", "on\tChristmas", "Day", "-", "’", "'s"]


def _plain_holidays() -> re.Pattern:
    """The holidays' pattern as it was before its first-character look-ahead: the look-behind for "on " first, then
    the names longest first (built from the table here: sp20 rewrote the library's form to open on the names' first
    letters, each with the look-behind after it; test_speed_sp20.py compares it with the sp7 form too)."""
    from saidvsdone import vocab
    names = sorted((r.strip() for r in vocab.table("holidays")["name"]), key=len, reverse=True)
    return re.compile(r"(?<=\b[Oo]n\s)(?:" + "|".join(re.escape(n).replace("'", "['’]") for n in names)
                      + rf")(?:{when._YEAR_WORDS})?(?![\w’'])")


def test_holiday_pattern_fails_fast_on_a_first_letter():
    assert re.match(r"\(\?:[A-Z]\(\?<=", when._holidays()[0].pattern)  # (sp20: it opens on the names' first letters)
    text = "He said on Christmas Day last year and on Victory Day, not at the Victory Day parade; anon Christmas Day."
    assert [m.span() for m in when._holidays()[0].finditer(text)] == [m.span() for m in _plain_holidays().finditer(text)]
    assert [e.text for e in when.find(text) if e.kind == "holiday"] == ["Christmas Day last year", "Victory Day"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HOLIDAY_PIECES), max_size=30))
def test_holiday_pattern_on_generated_text(pieces):
    text = " ".join(pieces)
    assert [m.span() for m in when._holidays()[0].finditer(text)] == [m.span() for m in _plain_holidays().finditer(text)]


def test_hidden_positions_are_cached_per_document_and_read_as_the_document_reads_them():
    from saidvsdone import corpus, document, mentions
    doc = next(document.documents(corpus.from_text(
        "Photo: A B/Agency\n\nThe minister said “we hold” on Monday.\n\nQ: Will you stay?\nA: Yes, we stay.")))
    plain = [bool(doc.in_quote(i) or doc.in_furniture(i) or doc.in_transcript(i)) for i in range(len(doc.text))]
    assert [mentions._hidden(doc, i) for i in range(len(doc.text))] == plain
    assert [mentions._hidden(doc, i) for i in range(len(doc.text))] == plain  # (from the cache)
    assert any(plain) and not all(plain)


def test_title_word_before_a_name_as_the_inline_pattern_found_it():
    from saidvsdone import mentions
    who = mentions.people()
    text = "Russian President Vladimir Putin and Defence\nMinister Ben Wallace met Prime Minister X."
    for start in range(len(text)):
        window = text[max(0, start - 40):start]
        plain = re.search(r"([A-Z][\w’'.-]*)[^\S\n]+$", window)
        fast = mentions._TITLE_WORD_BEFORE.search(window)
        assert (plain and plain.span(), plain and plain.group(1)) == (fast and fast.span(), fast and fast.group(1))
    assert mentions._extend_title(text, text.index("Vladimir"), who) == 0


def _flat(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _role_patterns_plain_and_trie():
    """(name, plain longest-first alternation, the module's trie pattern) of the role and title regexes."""
    from saidvsdone import mentions, speech
    roles, titles = _flat(mentions.generic_roles()), _flat(mentions.title_words())
    office = speech._OFFICE_OF_BEFORE.pattern  # (read past fail_fast's look-ahead: the plain form has none)
    office = office[office.index("(?<![\\w’'-])"):]
    body = office[office.index("(?i:") + 4:office.index(r"))\s+(?:of|for)")]
    return [
        ("role words", re.compile(r"\b(" + roles + r")s?\b", re.IGNORECASE), speech._ROLE_WORDS),
        ("role comma", re.compile(r"\b(" + roles + r")\b[^,.;:\n“”\"]{0,80},\s*$", re.IGNORECASE),
         speech._ROLE_COMMA_BEFORE),
        ("office of", re.compile(office.replace(body, roles)), speech._OFFICE_OF_BEFORE),
        ("title before", re.compile(r"\b(?:" + titles + r")\s+$", re.IGNORECASE), speech._TITLE_BEFORE),
    ]


_ROLE_PIECES = ["the", "The", "deputy", "Deputy", "defence", "minister", "Minister", "ministers", "commander",
                "Commander-in-Chief", "commander-in-chief", "chief", "spokesman", "spokesperson", "press secretary",
                "Press Secretary", "army general", "general", "General", "of", "for", "Airborne", "Forces", "the",
                "47th", "group", "A", "B", ",", ", ", ".", "\n", "said", "Col.", "Lt", "President", "president",
                "Prime", "prime", "ambassador", "Ambassadors", "governor", "x", "İ", "K"]


def test_role_and_title_regexes_as_tries():
    from saidvsdone import mentions, speech
    assert all(plain.pattern != fast.pattern for _, plain, fast in _role_patterns_plain_and_trie())
    text = ("The governor of Belgorod region, Vyacheslav Gladkov, said; Commander of the Airborne Forces A B and "
            "Deputy Defence Minister X; Press Secretary Y; the army general's aide, a spokesperson for the group, Z")
    for name, plain, fast in _role_patterns_plain_and_trie():
        for i in range(len(text) + 1):
            for a in (max(0, i - 20), max(0, i - 100), 0):
                p, f = plain.search(text, a, i), fast.search(text, a, i)
                assert (p and (p.span(), p.groups())) == (f and (f.span(), f.groups())), (name, a, i)
    assert speech._role_in("the deputy defence minister") == "deputy minister"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_ROLE_PIECES), max_size=25))
def test_role_and_title_regexes_as_tries_on_generated_text(pieces):
    text = " ".join(pieces)
    for name, plain, fast in _role_patterns_plain_and_trie():
        for i in range(0, len(text) + 1, 3):
            p, f = plain.search(text, max(0, i - 100), i), fast.search(text, max(0, i - 100), i)
            assert (p and (p.span(), p.groups())) == (f and (f.span(), f.groups())), name
        assert [(m.span(), m.groups()) for m in plain.finditer(text)] == [(m.span(), m.groups()) for m in fast.finditer(text)]


def _vocabulary_patterns_plain_and_trie():
    from saidvsdone import speech
    nouns = sorted(speech._words("statement_noun"), key=len, reverse=True)
    reads = speech._statement_reads().pattern
    head = reads[reads.index(r"\b(?i:") + 6:reads.index(r")\s+(reads?)")]
    introduced = speech._introduced().pattern
    modifiers = introduced[introduced.index("(?!(?i:") + 7:introduced.index(r")\s)")]
    heads = introduced[introduced.index("(?P<head>") + 9:introduced.rindex(r")(?![\w-])")]
    return [
        ("statement reads", re.compile(reads.replace(head, "|".join(map(re.escape, nouns)))), speech._statement_reads()),
        ("introduced", re.compile(introduced.replace(modifiers, "|".join(sorted(speech._NOT_MODIFIERS)))
                                  .replace(heads, _flat(speech._words("introduced_noun")))), speech._introduced()),
    ]


_VOCAB_PIECES = ["a", "A", "an", "one", "One", "another", "senior", "US", "U.S.", "official", "officials",
                 "military", "commander", "brigade", "of", "the", "said", "statement", "Statement", "read", "reads",
                 "reads by", "report", "communique", "readout", "post", "Telegram", "ministry", "source", "sources",
                 ",", ".", "\n", "who", "Ukrainian", "soldier", "analyst", "diplomat", "resident", "“", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB_PIECES), max_size=30))
def test_introduction_and_statement_regexes_as_tries_on_generated_text(pieces):
    text = " ".join(pieces)
    for name, plain, fast in _vocabulary_patterns_plain_and_trie():
        assert plain.pattern != fast.pattern
        assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
            [(m.span(), m.groups()) for m in fast.finditer(text)], name


def _vocabulary_regexes_plain_and_trie():
    """(name, the plain longest-first alternation as the code built it before, the trie pattern, its words)."""
    from saidvsdone import attribution, mentions, speech, vocab
    words = speech._words
    body_person = sorted(words("body_person"), key=len, reverse=True)
    person_after = sorted(set(vocab.table("speech_words").query("kind == 'body_person'")["word"].str.strip()),
                          key=len, reverse=True)
    spokespersons = sorted(words("spokesperson_noun"), key=len, reverse=True)  # (after them: rv22c)
    unnamed = sorted({row.word.strip().lower() for row in vocab.table("speech_words").itertuples()
                      if row.kind.strip() == "unnamed_person"}, key=len, reverse=True)
    occasions = sorted(words("statement_noun") | {"summary", "speech", "remarks", "call", "meeting", "session",
                                                  "conference", "talks", "summit"}, key=len, reverse=True)
    military = sorted(words("military_body"), key=len, reverse=True)
    conduits = sorted(words("conduit_noun"), key=len, reverse=True)
    titles = sorted(speech_words_of("medium_title"), key=len, reverse=True)
    written = sorted(speech_words_of("written_object"), key=len, reverse=True)
    noun = r"\b(?:" + "|".join(re.escape(n) for n in written) + r")"
    groups = "|".join(sorted(map(re.escape, words("speaking_group")), key=len, reverse=True))
    return [
        ("military body", re.compile(r"(?i)" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in military)),
         speech._military_body(), military),
        ("conduit", re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, conduits)) + r")s?$"), speech._conduit(), conduits),
        ("one person after", re.compile(r"\s+(?:" + "|".join(map(re.escape, body_person)) + r")\b", re.IGNORECASE),
         speech._one_person_after(), body_person),
        ("occasion after day", re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,2}(?:" + "|".join(map(re.escape, occasions))
                                          + r")s?\b"), speech._occasion_after_day(), occasions),
        ("person after", re.compile(r"\s+(?:" + "|".join(map(re.escape, person_after)) + "|" + "|".join(
            r"\s+".join(map(re.escape, w.split())) for w in spokespersons) + r")\b", re.IGNORECASE),
         mentions._person_after(), person_after + spokespersons),
        ("unnamed person", re.compile(r"\b(?:" + "|".join(map(re.escape, unnamed)) + r")$", re.IGNORECASE),
         mentions._unnamed_person_regex(), unnamed),
        ("ranks at end", re.compile(r"(?<=\s)(?:(?:" + _flat(mentions.title_words()) + r")\s+)+$", re.IGNORECASE),
         attribution._RANKS_AT_END, sorted(mentions.title_words())),
        ("medium titles", re.compile(r"\b(?:" + "|".join(re.escape(w.capitalize()) for w in titles) + r")\b"),
         attribution.medium_titles(), [w.capitalize() for w in titles]),
        ("written object", re.compile(
            r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w-]+\s+)?" + noun + r"\s*:?\s*$|" + noun
            + r"\b[^.;“”\"‘’]{0,80}?\b(?:reading|reads|read|saying|that\s+says|that\s+said|which\s+says|bearing|"
            r"with\s+the\s+words|and\s+the\s+words|the\s+words)\s*:?\s*$", re.IGNORECASE),
         attribution._written_object(), written),
        ("written object, nouns", re.compile(
            r"\b(?:a|an|the|their|his|her|its|held|carried|waved|holding|carrying|waving|with|of|and|"
            r"many|some|two|three)\s+(?:[\w-]+\s+)?" + noun + r"\b", re.IGNORECASE),
         attribution._written_object(nouns_only=True), written),
        ("speaking groups", re.compile(r"(?i:" + groups + r"|assessments|estimates)\s+said"),
         re.compile(r"(?i:" + speech._speaking_groups() + r"|assessments|estimates)\s+said"), list(words("speaking_group"))),
    ]


def speech_words_of(kind: str) -> list[str]:
    from saidvsdone.speech import speech_words
    return list(speech_words()[kind])


def test_vocabulary_regexes_as_tries_find_what_the_alternations_found():
    for name, plain, fast, words in _vocabulary_regexes_plain_and_trie():
        assert plain.pattern != fast.pattern, name
        for word in words:
            for text in (f" {word}", f"the {word} said", f"a {word.upper()}s reading: ", f"{word}{word[:2]} {word}",
                         f" a Kremlin {word.title()}", f"held {word} saying ", f"Lt. Col. {word} "):
                ps = [(m.span(), m.group(0)) for m in plain.finditer(text)]
                assert ps == [(m.span(), m.group(0)) for m in fast.finditer(text)], (name, text)
                for i in range(len(text)):
                    p, f = plain.match(text, i), fast.match(text, i)
                    assert (p and p.span()) == (f and f.span()), (name, text, i)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_vocabulary_regexes_as_tries_on_generated_text(data):
    for name, plain, fast, words in _vocabulary_regexes_plain_and_trie():
        pieces = data.draw(st.lists(st.sampled_from(words + [" ", "  ", "s", ":", "the", "a", "said", "reading", "\n",
                                                             "Kremlin", "words", ",", "."]), max_size=12))
        text = " ".join(pieces)
        assert [(m.span(), m.group(0)) for m in plain.finditer(text)] == \
            [(m.span(), m.group(0)) for m in fast.finditer(text)], name
        assert [m.span() for m in plain.finditer(text + "x")] == [m.span() for m in fast.finditer(text + "x")], name


_COORDINATION_PIECES = ["and", "but", "also", "then", "had", "said", ",", " ", "   ", "\n", "\t", "\u00a0", "x" * 30,
                        "he", "andy", "Sunday", "later", "have"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_COORDINATION_PIECES), max_size=40), st.integers(0, 20))
def test_coordination_before_a_verb_read_in_the_tail_as_in_the_whole_sentence(pieces, cut):
    from saidvsdone import speech
    text = "".join(pieces) + " said"
    end = len(text) - 5
    for start in (0, min(cut, end), max(0, end - 70)):
        plain = speech._COORDINATED.search(text[start:end])
        assert bool(speech._coordinated_before(text, start, end)) == bool(plain)


def test_call_sign_search_remembered_per_sentence_end_finds_what_a_fresh_search_finds():
    from saidvsdone import corpus, document, speech
    from saidvsdone.mentions import people
    text = ("The soldier, who gave his call sign, Shaman, said so and told us and said again; a medic with the "
            "call sign “Bereza” said and said. Nobody said more.")
    doc = next(document.documents(corpus.from_text(text)))
    reader = speech._Reader(doc, people())
    for end in (len(text), text.index(" Nobody") + 1):
        for pos in list(range(0, end, 3)) + list(range(end - 1, 0, -7)):
            fresh = speech._CALL_SIGN.search(text, pos, end)
            found = speech._call_sign_after(reader, pos, end)
            assert (found and (found.span(), found.group(1))) == (fresh and (fresh.span(), fresh.group(1)))


def test_one_sentence_of_many_verbs_gives_a_speech_layer_in_linear_time():
    """A line with no full stop and a verb every 45 characters: neither "and said" nor a call sign after each verb is
    looked for from the sentence's start or to its end again (that was quadratic: 8.6 s at 108,000 characters)."""
    import time

    from saidvsdone import corpus, document

    def seconds(n):
        article = corpus.from_text("The army said it advanced 3 km near Bakhmut, " * n + "“ok,” he said.")
        document.clear_cache()
        start = time.process_time()
        for doc in document.documents(article):
            doc.speech
        return time.process_time() - start

    seconds(50)  # warm-up
    small, large = min(seconds(600), seconds(600)), seconds(2400)
    assert large < 5.5 * small + 0.3  # four times the text: about four times the time (it gave 7.8 before)
