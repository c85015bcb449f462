"""The fast paths give exactly what the plain code they replace gives.

Each speed-up keeps a slow, obvious reference (a regex, a loop); these tests run both on short
sentences written for them and on generated text, and compare.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from saidvsdone import when

# words the date triggers hide in, upper and lower case, digits and odd letters
_PIECES = ["Monday", "month", "MONTH", "harmony", "this", "This", "thistle", "ago", "Agog", "later", "lateral",
           "2022-10-14", "12345-678", "yesterday", "Sat", "satellite", "İstanbul", "ſunday", "Kelvin",
           "the", "war", ",", ".", " ", "\n", "“", "”", "Following", "recently", "décembre", "Jul."]


def _reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in when._TRIGGER.finditer(text, start, end)]


def test_no_trigger_word_is_a_prefix_of_another():
    # what lets _triggers keep occurrences from left to right (one match per position at most)
    words = when._TRIGGER_WORDS
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]


def test_date_triggers_found_by_str_find_are_the_regex_matches():
    text = "On Monday this month, a satellite saw harmony later than 2022-10-14 ago; Sat. yesterday."
    assert when._triggers(text, 0, len(text)) == _reference(text, 0, len(text))
    assert when._triggers(text, 5, 40) == _reference(text, 5, 40)
    assert [text[a:b] for a, b in when._triggers(text, 0, len(text))][:4] == ["Mon", "this", "mon", "sat"]


def test_date_triggers_with_letters_lower_case_changes():
    # İ lower-cases to two characters and ſ matches s only in the regex: the regex is used
    for text in ("İstanbul said on Monday", "ſunday ſat", "Kelvin: last Monday"):
        assert when._triggers(text, 0, len(text)) == _reference(text, 0, len(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.integers(0, 60), st.integers(0, 400))
def test_date_triggers_on_generated_text(pieces, start, length):
    text = "".join(pieces)
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert when._triggers(text, start, end) == _reference(text, start, end)
    assert when._windows(text, start, end) == _windows_reference(text, start, end)


def _windows_reference(text, start, end):
    windows = []
    for m in when._TRIGGER.finditer(text, start, end):
        a, b = max(start, m.start() - when._REACH), min(end, m.end() + when._REACH)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], b))
        else:
            windows.append((a, b))
    return windows


def test_first_character_lookahead_changes_no_match():
    import re

    from saidvsdone.facts.vocab import first_chars, vocab
    from saidvsdone.facts.words import alternation

    v = vocab()
    plain_actor = re.compile(rf"(?<![\w-])(?:{alternation(v.actor_rows)})(?!\w)")
    plain_place = re.compile(rf"(?<![\w-])(?:{alternation(v.places)})(?![\w-])")
    text = ("Russian forces said Kyiv's troops left Bakhmut; the Kremlin and Ukraine’s president, "
            "Zelensky, answered from Kharkiv. Pro-Russian units? non-Ukrainians in the city of Lyman.")
    assert v.actor_re.pattern.startswith(first_chars(["x"])[:4])
    assert not v.place_re.pattern.startswith(("(?=", "(?<"))  # (round 15: it opens on the names' first letters, sre scans for them)
    for fast, plain in ((v.actor_re, plain_actor), (v.place_re, plain_place)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert any(True for _ in fast.finditer(text))


def _triggers_reference(ctx, s_start, s_end):
    """The word-by-word scan sentence_triggers replaced."""
    from bisect import bisect_left

    i = bisect_left(ctx.word_starts, s_start)
    covered = -1
    while i < len(ctx.words) and ctx.words[i][0] < s_end:
        w_start, _, token = ctx.words[i]
        i += 1
        if w_start < covered or (w_start > 0 and ctx.text[w_start - 1] == "-"):
            continue
        for pattern, key in ctx.v.triggers.get(token.lower().replace("’", "'")) or ():
            match = pattern.match(ctx.text, w_start, s_end)
            if match:
                covered = match.end()
                yield match.span(), key
                break


def test_direction_and_event_words_found_through_their_candidates():
    from saidvsdone import facts
    from saidvsdone.facts.qualitative import sentence_triggers

    text = ("Russian forces retook two villages and pushed Ukrainian units back. Shelling hit Kharkiv; "
            "the army withdrew. Counter-offensive talk, then Ukraine’s troops advanced and captured Lyman.")
    ctx = facts.read_article("t", text, None)
    found = []
    for s_start, s_end, _ in ctx.sentences:
        fast = [(m.span(), key) for m, key in sentence_triggers(ctx, s_start, s_end)]
        assert fast == list(_triggers_reference(ctx, s_start, s_end))
        found += fast
    assert len(found) >= 4


def test_words_before_and_after_by_bisection():
    from saidvsdone import facts
    from saidvsdone.facts.context import word_index, words_after, words_before

    ctx = facts.read_article("t", "Russian troops took 12 villages; Kyiv said (again) that 3,000 km² were lost.", None)

    def before(pos, limit, stop_at):  # the loops they replaced
        out, j = [], word_index(ctx, pos) - 1
        while j >= 0 and len(out) < limit and ctx.words[j][0] >= stop_at:
            out.append(ctx.words[j])
            j -= 1
        return out

    def after(pos, limit, stop_at):
        out, i = [], word_index(ctx, pos)
        while i < len(ctx.words) and len(out) < limit and ctx.words[i][1] <= stop_at:
            out.append(ctx.words[i])
            i += 1
        return out

    n = len(ctx.text)
    for pos in range(0, n + 1, 3):
        for limit in (0, 1, 3, 25):
            for stop in (0, 10, pos, n):
                assert words_before(ctx, pos, limit, stop) == before(pos, limit, stop)
                assert words_after(ctx, pos, limit, stop) == after(pos, limit, stop)


def test_slices_for_processes_cover_every_article_once_in_order():
    import pandas as pd

    from saidvsdone import document

    for texts in (["Putin spoke."] * 9, ["A long live blog. " * 200] + ["Putin spoke."] * 8, [None, "", "Kyiv."]):
        frame = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})
        for n in (1, 2, 3):
            parts = document.slices(frame, n)
            assert pd.concat(parts)["article_id"].tolist() == frame["article_id"].tolist()
            assert len(parts) == n and all(len(p) for p in parts)
    # the long article gets a process of its own: the short ones share the other
    parts = document.slices(pd.DataFrame({"text": ["A long live blog. " * 200] + ["Putin spoke."] * 8}), 2)
    assert [len(p) for p in parts] == [1, 8]


def test_country_speakers_regex_fails_fast_but_finds_the_same():
    import re

    from saidvsdone import mentions

    who = mentions.people()
    # (round 15: the look-behind after each name's first letter, so the pattern opens on those letters)
    plain = re.compile(r"(?<![\w’'-])" + who.country_regex.pattern.replace(r"(?<![\w’'-].)", ""))
    assert not who.country_regex.pattern.startswith(("(?=", "(?<")) and r"(?<![\w’'-].)" in who.country_regex.pattern
    text = "Russia said Kyiv lied; the Kremlin and Ukraine answered, as did Moscow-based Washington analysts."
    assert [m.span() for m in who.country_regex.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(plain.finditer(text))) >= 3


def test_articles_without_a_fraction_word_skip_the_fraction_regex():
    from saidvsdone import facts
    from saidvsdone.facts.territorial import _may_hold_fractions

    with_fraction = facts.read_article("f", "Russia now occupies nearly a fifth of Ukraine's territory.", "2023-05-01")
    without = facts.read_article("n", "Russia now occupies 18% of Ukraine's territory.", "2023-05-01")
    assert _may_hold_fractions(with_fraction) and not _may_hold_fractions(without)
    assert "percent" in [row["unit"] for row in facts.article_rows(with_fraction)]
    assert _may_hold_fractions(facts.read_article("i", "Russia holds a fıfth of it.", None))  # dotless ı: the regex decides


# --- look-ups that once rescanned the article (quadratic in its length) ------------------------

def _naive_full_name(doc, first, pos, who):
    # the scan it replaced, reading whole words and every occurrence ("Taras Taras Mr" holds two
    # pairs): the latest pair that ends by ``pos``
    import re as _re
    found = ""
    for m in _re.finditer(r"(?<![\w’'])" + _re.escape(first) + r"(?=\s+([A-Z][\w’'-]+)(?![\w’']))", doc.text):
        if m.end(1) > pos:
            break
        word = m.group(1)
        if not doc.in_quote(m.start()) and word.lower() not in who.not_names and word not in who.country_of_form:
            found = f"{first} {word}"
    return found


_NAME_PIECES = ["Taras", "Hnatyuk", "Olena", "Kravets", "Mr", "said", "the", "Russia", "Kyiv", ".", ",", "“", "”",
                "Taras Hnatyuk", "J.", "he", "\n\n"]


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=40))
def test_a_first_name_is_looked_up_in_the_index_as_the_text_scan_found_it(pieces):
    from saidvsdone import corpus, document, mentions

    text = " ".join(pieces)
    if not text.strip():
        return
    doc = next(document.documents(corpus.from_text(text, article_id="x", published="2024-01-01")))
    who = mentions.people()
    for first in ("Taras", "Olena", "Mr", "J."):
        for pos in range(0, len(doc.text) + 1, 7):
            assert mentions.full_name_from_first(doc, first, pos, who) == _naive_full_name(doc, first, pos, who)


def test_facts_look_back_reads_only_the_last_sentences_figures():
    from types import SimpleNamespace

    from saidvsdone.facts.numeric import _recent

    figures = [SimpleNamespace(sentence=s) for s in (0, 0, 1, 3, 3, 4)]
    for lowest in range(-1, 6):
        assert _recent(figures, lowest) == [f for f in figures if f.sentence >= lowest]


_CUE_PIECES = ["said", "Said", "SAID", "unsaid", "saidx", "told", "Told-", "-said", "says", "claimed", "call",
               "called", "up", "İ", "K", "Kelvin", "don't", "’", " ", ",", ".", "\n", "“", "”", "é", "x"]


def _cue_words_reference(text, forms):
    from saidvsdone import speech

    return [m.span() for m in speech._WORD.finditer(text) if m.group(0).lower() in forms]


def test_cue_words_found_by_findall_are_the_word_by_word_matches():
    from saidvsdone import speech

    forms = {"said", "told", "says", "claimed", "called"}
    text = "He said: unsaid, SAID-so; told.said (Said) saidx said"
    assert speech._words_in(text, forms) == _cue_words_reference(text, forms)
    assert [text[a:b] for a, b in speech._words_in(text, forms)] == ["said", "SAID", "told", "said", "Said", "said"]
    for odd in ("İ said it", "K said, Kelvin told"):  # lower() moves or makes ASCII letters: the plain scan
        assert speech._words_in(odd, forms) == _cue_words_reference(odd, forms)


@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=40))
@settings(max_examples=300, deadline=None)
def test_cue_words_on_generated_text(pieces):
    from saidvsdone import speech

    text = "".join(pieces)
    forms = {"said", "told", "says", "claimed", "called", "call"}
    assert speech._words_in(text, forms) == _cue_words_reference(text, forms)


_PHRASES = ["going [according] to plan", "(call-up|mobilisation) … over", "=won the war", "lose [the] war",
            "[not] win", "plan … fail"]
_PHRASE_WORDS = ["going", "goes", "according", "to", "plan", "plans", "call-up", "mobilisation", "is", "over",
                 "won", "the", "war", "lose", "not", "win", "failed", "a"]


@given(st.lists(st.sampled_from(_PHRASE_WORDS), max_size=30), st.integers(0, 10))
@settings(max_examples=300, deadline=None)
def test_matcher_skips_only_phrases_that_cannot_match(words, first):
    # the index and the required-word check against trying every phrase at every word
    from saidvsdone.matcher import Matcher, _match_from, compile_phrase, stem

    patterns = [compile_phrase(p, key=p) for p in _PHRASES]
    keys = [(stem(w), "=" + w) for w in words]
    first = min(first, len(keys))
    plain = sorted((p.source, i, end) for i in range(first, len(keys)) for p in patterns
                   if (end := _match_from(p.elements, 0, keys, i, len(keys), anchored=True)) is not None)
    fast = sorted((p.source, i, end) for p, i, end in Matcher(patterns).matches(keys, first))
    assert fast == plain


_DATE_PIECES = ["Monday", "MONDAY", "monday", "the", "first", "second", "15th", "3", "2022", "May", "may", "MAY",
                "on", "Sept.", "october", "ago", "two", "days", "weeks", "earlier", "before", "the day", "night",
                "yesterday", "TODAY", "this", "week", "last", "recent", "in recent days", "of", "ſunday", "İ", "ı",
                "K", " ", " ", " ", ",", ".", "\n", "-", "/", "4/22"]


def _dates(text):
    return [(e.start, e.end, e.kind) for e in when.find(text)]


def test_date_patterns_skipped_only_where_their_words_are_missing(monkeypatch):
    text = "On Monday the 15th, two days ago, he said on the first Sunday of May 2022 that last week was calm."
    found = _dates(text)
    monkeypatch.setattr(when, "_NEEDS", {})
    assert found == _dates(text) and len(found) >= 3


@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=40))
@settings(max_examples=300, deadline=None)
def test_date_word_tests_on_generated_text(pieces):
    text = " ".join(pieces)
    fast = _dates(text)
    saved = when._NEEDS
    when._NEEDS = {}
    try:
        assert fast == _dates(text)
    finally:
        when._NEEDS = saved


def _object_of_verb_reference(text, pos, v):
    import re

    verbs = v.cues.get("object_verb", frozenset())
    if not verbs or re.match(r"[\w’'-]+(?:\s+[\w’'-]+){0,2}?\s+to\s+(?!the\b|an?\b)[a-z]+\b", text[pos:pos + 50]):
        return False
    words = re.findall(r"[A-Za-z’'-]+|[^\s\w]", text[max(0, pos - 30):pos])
    for word in reversed(words[-3:]):
        word = word.lower()
        if word in ("the", "a", "an"):
            continue
        return word in verbs
    return False


_SIDE_PIECES = ["Russia", "Ukrainian", "forces", "troops", "attacked", "pushed", "shelled", "the", "a", "to",
                "retreat", "the", "back", "with", "drones", "said", ",", ".", " ", " ", "’s", "-"]


@given(st.lists(st.sampled_from(_SIDE_PIECES), max_size=30))
@settings(max_examples=300, deadline=None)
def test_object_of_verb_tests_the_infinitive_only_after_a_verb(pieces):
    from saidvsdone.facts import sides
    from saidvsdone.facts.vocab import vocab

    v = vocab()
    text = " ".join(pieces)
    for pos in range(len(text)):
        assert sides.object_of_verb(text, pos, v) == _object_of_verb_reference(text, pos, v)
    example = "Russia attacked Ukraine with drones; they pushed Ukrainian troops to retreat."
    assert sides.object_of_verb(example, example.index("Ukraine "), v)
    assert not sides.object_of_verb(example, example.index("Ukrainian"), v)


_HEDGE_PIECES = ["Putin", ",", " who", " which", " is", " are", " expected", " EXPECTED", " to", " reportedly",
                 " Reportedly", " run", " said", ".", " ", "K", "ſ", "İ"]


@given(st.lists(st.sampled_from(_HEDGE_PIECES), max_size=25))
@settings(max_examples=300, deadline=None)
def test_hedge_word_test_before_the_regex_changes_nothing(pieces):
    from saidvsdone import claims

    def reference(text, start, end):
        for match in claims._HEDGED.finditer(text, start, end):
            clause = text[start:match.start()]
            relative = max(clause.rfind(", who "), clause.rfind(", which "))
            if relative < 0 or "," in clause[relative + 2:]:
                return True
        return False

    text = "".join(pieces)
    for start in range(0, len(text), 7):
        assert claims._hedged(text, start, len(text)) == reference(text, start, len(text))
    assert claims._hedged("Troops are expected to advance, officials said.", 0, 48)
    assert not claims._hedged("Officials concede that Putin, who is expected to run again, will win.", 0, 70)


def test_two_processes_over_several_slices_each_give_the_tables_of_one():
    import pandas as pd

    import pandas as pd

    from saidvsdone import corpus, document, pipeline

    seeds = corpus.load()
    articles = pd.concat([seeds.assign(article_id=seeds["article_id"] + f"-{i}") for i in range(3)],
                         ignore_index=True)
    assert len(document.slices(articles, 2 * document.PIECES_PER_PROCESS)) == 2 * document.PIECES_PER_PROCESS
    one, two = pipeline.run(articles), pipeline.run(articles, n_jobs=2)
    for a, b in zip(one, two):
        pd.testing.assert_frame_equal(a, b)


_NUMBER_PIECES = ["some", "often", "ONE", "Sixty", "one", "ten", "Six", "x", "_", "é", "a", "dozen", "scores", "half", "million", "3", "٣", "²", "tens",
                  "thousands", "troops", "ſix", "ſcores", "SİX", "ı", "K", "between", "and", "to", "-", ",", ".", " "]


@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=20))
@settings(max_examples=400, deadline=None)
def test_sentences_the_number_test_skips_hold_no_quantity(pieces):
    from saidvsdone.facts.numeric import may_hold_number
    from saidvsdone.facts.vocab import vocab

    for text in (" ".join(pieces), "".join(pieces), "-".join(pieces)):  # glued: "someone", "often", "3ten"
        for start in (0, 3):
            if not may_hold_number(text, start, len(text)):
                assert vocab().quantity_re.search(text, start) is None
    assert not may_hold_number("Troops held the line.", 0, 21)
    assert may_hold_number("Troops took a dozen villages.", 0, 29)


def test_a_large_corpus_goes_through_the_three_stages_in_chunks_each_document_built_once(monkeypatch):
    # beyond the document cache's size, stage after stage over the whole corpus would build every document again
    import pandas as pd

    from saidvsdone import corpus, document, pipeline

    articles = corpus.load()
    document.clear_cache()
    whole = pipeline.run(articles)
    monkeypatch.setattr(pipeline, "CHUNK_ROWS", 2)
    built, real_build = [], document.build

    def counting(*args, **kwargs):
        built.append(args[0])
        return real_build(*args, **kwargs)

    monkeypatch.setattr(document, "build", counting)
    document.clear_cache()
    chunked = pipeline.run(articles)
    assert sorted(built) == sorted(articles["article_id"])      # once each, not once per stage
    for name in pipeline.Tables._fields:
        pd.testing.assert_frame_equal(getattr(chunked, name), getattr(whole, name), obj=name)


# --- big alternations as tries (matcher.trie_pattern) ------------------------------------------

_TRIE_WORDS = ["Kyiv", "Kyivska", "Ky", "Kharkiv", "Kherson", "Russia", "Russia's", "Russian", "Russian forces",
               "Russian  army", "km", "sq km", "square km", "square kilometres", "kilometre", "KM", "Km²", "a", "ab",
               "a b", "the Kremlin", "Kremlin", "mile", "miles", "'s", "o'clock", "Ł", "łódź", "Łódź", "ſt", "st",
               "don’t rule out", "don't rule out", "do not rule out", "km²"]
_TRIE_TEXT = ["Kyiv", "Kyivska", "Kyivskaya", "Ky", "Kharkiv", "Kherson", "Russia", "Russia’s", "Russia's", "Russian",
              "forces", "army", "km", "KM", "sq", "square", "kilometres", "Km²", "²", "a", "ab", "b", "the", "Kremlin",
              "mile", "miles", "'s", "’s", "o'clock", "Łódź", "łódź", "ſt", "ST", " ", "  ", "\n", "\t", "\xa0", ",",
              "-", "x", "don’t", "DON'T", "do", "not", "rule", "out", "Rule Out"]


def _plain_alternation(words, spaces, apostrophes):
    import re

    out = []
    for w in sorted({w for w in words if w}, key=len, reverse=True):
        escaped = re.escape(w)
        escaped = escaped.replace("'", "['’]") if apostrophes else escaped
        out.append(escaped.replace(r"\ ", r"\s+") if spaces else escaped)
    return "|".join(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TRIE_WORDS), min_size=1, max_size=12), st.lists(st.sampled_from(_TRIE_TEXT),
       max_size=30), st.booleans(), st.booleans(), st.booleans(), st.sampled_from(["", r"(?!\w)", r"(?![\w²])s?"]))
def test_trie_pattern_matches_what_the_longest_first_alternation_matches(words, pieces, spaces, apostrophes,
                                                                         ignore_case, after):
    import re

    from saidvsdone.matcher import trie_pattern

    flags = re.IGNORECASE if ignore_case else 0
    text = "".join(pieces)
    plain = re.compile(rf"(?<!\w)(?:{_plain_alternation(words, spaces, apostrophes)}){after}", flags)
    trie = re.compile(rf"(?<!\w)(?:{trie_pattern(words, spaces=spaces, apostrophes=apostrophes, ignore_case=ignore_case)})"
                      rf"{after}", flags)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    # and where a match is asked at one position (``match``: an optional group tried in order)
    for pos in range(0, len(text), 3):
        a, b = trie.match(text, pos), plain.match(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_trie_pattern_shares_prefixes_and_keeps_odd_words_plain():
    from saidvsdone.matcher import trie_pattern

    assert trie_pattern(["Kyiv", "Kyivska"]) == "Kyiv(?:ska)?"
    assert trie_pattern(["a b", "ab"], spaces=True) == r"a(?:\s+b|b)"
    # words whose branches could match the same text are left as the plain alternation
    assert sorted(trie_pattern(["a\tb", "a b"], spaces=True).split("|")) == ["a\\\tb", r"a\s+b"]
    assert trie_pattern(["Russia’s", "Russia"], apostrophes=True) == "Russia’s|Russia"
    assert sorted(trie_pattern(["Łódź", "łódź"], ignore_case=True).split("|")) == ["Łódź", "łódź"]
    # a caseless character ("’", "²") matches only itself under IGNORECASE: such words still share a trie
    assert trie_pattern(["don’t", "don't", "do"], ignore_case=True) == "do(?:n(?:'t|’t))?"
    assert trie_pattern(["km²", "km"], ignore_case=True) == "km(?:²)?"


def test_multi_word_speech_cues_found_as_by_the_plain_alternation():
    """The multi-word cue forms ("according to", "didn’t rule out") are a trie behind a first-letter
    look-ahead: the same matches as the longest-first alternation, in any case."""
    import re

    from saidvsdone.speech import cue_table

    single, regex = cue_table()
    multi = [f for f in single if " " in f]
    plain = re.compile(r"\b(?:" + _plain_alternation(multi, True, False) + r")\b", re.IGNORECASE)
    text = ("According to the mayor, he DIDN’T rule out talks; she didn't  rule out more. As per the\nplan, "
            "they put the number at 40, Putting the Number higher. He has not ruled out a truce, as X put it. "
            "Haven’t ruled outright. accordingly to")
    assert [m.span() for m in regex.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(regex.findall(text)) >= 6


def test_vocabulary_regexes_as_tries_find_what_the_plain_alternations_found():
    import re

    from saidvsdone import mentions
    from saidvsdone.facts.vocab import first_chars, vocab
    from saidvsdone.facts.words import alternation

    v = vocab()
    plain_actor = re.compile(rf"{first_chars(v.actor_rows)}(?<![\w-])(?:{alternation(v.actor_rows)})(?!\w)")
    who = mentions.people()
    aliases = sorted(who.alias_to_name, key=len, reverse=True)
    plain_alias = re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, aliases)) + r")(?=['’]s\b|(?![\w’'-]))")
    text = ("Russian forces said Kyiv's troops left Bakhmut; Vladimir Putin, the Kremlin and Ukraine’s president, "
            "Zelensky, answered. Russia's defence minister and the Russian Defence Ministry spoke; Ukrainians, "
            "pro-Russian units and Zelenskyy's office too. The Ukrainian president and Russia’s leader met.")
    for fast, plain in ((v.actor_re, plain_actor), (who.alias_regex, plain_alias)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert len(list(plain.finditer(text))) >= 4


_FACT_PIECES = ["Russian", "troops", "took", "12", "1,200", "3.5", "twenty-one", "one", "someone", "often", "tens",
                "of", "thousands", "more than", "up to", "nearly", "about", "between", "and", "a dozen", "half a million",
                "km", "km²", "10km", "square miles", "he", "He", "them", "us", "Its", "Ukraine's", "don’t", "’", "'",
                "-", "–", "“", "”", ";", "%", "(", ")", ".", ",", " ", "  ", "\n", "x", "_", "é", "İ", "ſ"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FACT_PIECES), max_size=40))
def test_quantity_and_pronoun_regexes_as_tries_match_the_plain_ones(pieces):
    import re

    from saidvsdone.facts import quantities, sides
    from saidvsdone.facts.words import alternation
    from saidvsdone.matcher import trie_pattern

    text = " ".join(pieces)
    ones_trie = trie_pattern(quantities.ONES, ignore_case=True)
    ones = "|".join(sorted(quantities.ONES, key=len, reverse=True))
    qualifiers_trie = trie_pattern(quantities.QUALIFIERS, spaces=True, apostrophes=True, ignore_case=True)
    plain = quantities.quantity_regex().pattern.replace(ones_trie, ones).replace(
        qualifiers_trie, alternation(quantities.QUALIFIERS))
    assert ones_trie not in plain and qualifiers_trie not in plain
    plain_re = re.compile(plain, re.IGNORECASE)
    assert [(m.span(), m.groupdict()) for m in quantities.quantity_regex().finditer(text)] == \
        [(m.span(), m.groupdict()) for m in plain_re.finditer(text)]
    plain_pronoun = re.compile(r"(?<![\w’-])(?<!\w')(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him|[Tt]hey|[Tt]heir|them|[Ii]t|[Ii]ts|[Ww]e"
                               r"|[Oo]ur|us)(?![\w’'-])")  # (PRONOUN_RE has its look-behinds after each first letter)
    assert [m.span() for m in sides.PRONOUN_RE.finditer(text)] == [m.span() for m in plain_pronoun.finditer(text)]


def test_quantities_found_through_the_trie_regex():
    from saidvsdone.facts import quantities

    found = [m.group() for m in quantities.quantity_regex().finditer(
        "More than twenty-one villages, up to 1,200 km and tens of thousands; someone often said one.")]
    assert found == ["More than twenty-one", "up to 1,200", "tens of thousands", "one"]


_PERIOD_PIECES = ["in the last", "over the past", "24 hours", "two weeks", "since", "the start of", "the year",
                  "in the first half of", "2024", "this month", "last week", "yesterday", "Overnight", "as of today",
                  "at the time of writing", "now", "for a second straight day on Monday", "Tuesday",
                  "from January to March", "by 3 May", "in October", "in recent days", "lately", "of fighting",
                  "in less than", "three", "days", "the war began", ",", ".", " ", "ſince", "İn", "MONTH"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PERIOD_PIECES), max_size=25), st.booleans())
def test_time_phrases_skipped_by_their_words_are_the_ones_found_without(pieces, dated):
    import pandas as pd

    from saidvsdone.facts import periods
    from saidvsdone.facts.vocab import vocab

    text = " ".join(pieces)
    published = pd.Timestamp("2024-05-10") if dated else pd.NaT
    war_dates = vocab().war_dates
    plain = []  # every pattern on every sentence: the loop the word test shortens
    taken = []
    for kind, pattern in periods.PERIOD_PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            try:
                resolved = periods.resolve_period(kind, m, published if dated else None, war_dates)
            except (OverflowError, ValueError):
                resolved = (pd.NaT, pd.NaT)
            if resolved is not None:
                taken.append(m.span())
                plain.append(m.span() + resolved)
    assert periods.find_periods(text, 0, len(text), published, war_dates) == plain
    for (_, pattern), needs in zip(periods.PERIOD_PATTERNS, periods._PERIOD_NEEDS):  # each word test holds alone
        for m in pattern.finditer(text):
            assert needs is None or periods._CASE_FOLDS.search(m.group()) or any(w in m.group().lower() for w in needs)


def test_unit_and_cue_regexes_as_tries_find_what_the_plain_alternations_found():
    import re

    from saidvsdone.facts.vocab import cue_regex, vocab
    from saidvsdone.facts.words import alternation

    v = vocab()
    symbols = [w for w in v.units if not w[-1].isalnum()]
    worded = [w for w in v.units if w[-1].isalnum()]
    plain_unit = re.compile(rf"(?:(?:{alternation(worded)})(?![\w²])|(?:{alternation(symbols)}))", re.IGNORECASE)
    text = ("They took 40 square kilometres, 12 sq km (5 sq mi), 3 km², 7 KM, 10 miles and 2 villages; 300 troops, "
            "50 tanks, 12 drones and 4 Missiles. The enemy lost 9 soldiers; the enemy’s units fled 3 kilometers.")
    assert [m.span() for m in v.unit_re.finditer(text)] == [m.span() for m in plain_unit.finditer(text)]
    assert len(list(plain_unit.finditer(text))) >= 8
    for words in v.cues.values():
        ordered = sorted(words, key=len, reverse=True)
        plain = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in ordered)})(?![\w-])")
        lowered = text.lower() + " " + " ".join(ordered)
        assert [m.span() for m in cue_regex(words).finditer(lowered)] == [m.span() for m in plain.finditer(lowered)]


def test_multi_word_speech_cues_as_a_trie_find_what_the_plain_alternation_found():
    import re

    from saidvsdone import speech

    kind, fast = speech.cue_table()
    multi = sorted((f for f in kind if " " in f), key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in multi) + r")\b", re.IGNORECASE)
    text = " , ".join(multi) + ". " + " ".join(f.upper().replace(" ", "  ") for f in multi) + " " + "x".join(multi)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(plain.finditer(text))) >= len(multi)


_WINDOW_PIECES = ["the", "regional", "governor", "Oleh", "said", "’s", "'", "-", "x", " ", "  ", "\n", "\t", ",", ".",
                  "“", "(", "é", "_", "1", "\xa0"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WINDOW_PIECES), max_size=16))
def test_words_before_a_name_read_from_the_end_are_the_regex_search(pieces):
    from saidvsdone import speech

    window = "".join(pieces)
    assert speech._words_before_name(window) == speech._WORDS_BEFORE_NAME.search(window).group(1)
    assert speech._words_before_name("said the regional governor ") == "the regional governor "


@given(st.lists(st.sampled_from(_SIDE_PIECES + ["from", "Retook", "RETOOK", "retook", "advanced", "Advanced"]),
                max_size=30))
@settings(max_examples=200, deadline=None)
def test_trigger_candidates_looked_up_once_per_word_are_the_word_by_word_ones(pieces):
    from saidvsdone import facts
    from saidvsdone.facts.qualitative import _candidates

    text = " ".join(pieces)
    for _ in range(2):  # the second article finds its words in the memo of the first
        ctx = facts.read_article("t", text, None)
        triggers = ctx.v.triggers
        reference = [(w[0], triggers[key]) for w in ctx.words
                     if (key := w[2].lower().replace("’", "'")) in triggers and triggers[key]]
        assert _candidates(ctx) == reference


def test_cue_union_is_rebuilt_for_a_new_vocabulary():
    from saidvsdone.facts.modality import cue_union

    first = {"a": frozenset({"if"}), "b": frozenset({"plan"})}
    second = {"a": frozenset({"unless"})}
    assert cue_union(first, ("a", "b")) == {"if", "plan"}
    assert cue_union(second, ("a", "b")) == {"unless"}
    assert cue_union(first, ("b",)) == {"plan"}



def test_a_sentences_sources_read_once_give_each_fact_its_own_nearest_speaker():
    from saidvsdone import facts
    from saidvsdone.facts.attribution import attribution_of
    from saidvsdone.facts.context import Fact

    text = ("Kyiv said Russia took 3 villages, while Moscow claimed it lost 2 tanks. "
            "Troops reportedly moved 5 km, according to him.")
    ctx = facts.read_article("t", text, None)
    found = []
    for anchor_word in ("took", "lost", "moved"):
        anchor = text.index(anchor_word)
        index = max(i for i, s in enumerate(ctx.sentences) if s[0] <= anchor)
        s_start, s_end, _ = ctx.sentences[index]
        found.append((Fact(anchor, anchor + 1, index, "territory", "", "", "", anchor=anchor), s_start, s_end))
    got = [attribution_of(ctx, *f) for f in found]  # the first sentence read once for its two facts
    fresh = []
    for f in found:                                  # each fact's sentence read for it alone
        ctx.__dict__.pop("_sentence_sources", None)
        fresh.append(attribution_of(ctx, *f))
    assert got == fresh
    assert got[0] != got[1] and got[0].startswith("Kyiv") and got[1].startswith("Moscow")
    assert got[2].startswith("according to")


# --- facts: the speakers' "it"/"its" and a quote's "they" by bisection (a rescan per pronoun was quadratic) ---

_PRONOUN_TEXT = ("The Russian Defence Ministry said on Monday that its air defences downed 12 Ukrainian drones. "
                 "It says its forces took a village.\n\n"
                 "“They are 3 kilometres from our positions,” a Ukrainian soldier said. “We hold, they shell us.”\n\n"
                 "Ukraine's General Staff said Ukraine had lost no ground and that its troops held. It added that "
                 "“they have lost 300 men, and we none,” the spokesman said. The enemy lost 40 tanks, it said.")


def _speaker_pronouns_reference(doc, found):
    from saidvsdone import facts

    acts = [a for a in doc.speech.acts if a.speaker.end > a.speaker.start]
    for mention in found:
        written = doc.text[mention.start:mention.end].lower()
        if mention.kind != "pronoun-group" or written not in ("it", "its"):
            continue
        for act in acts:
            if not act.sentence[0] <= mention.start < act.sentence[1]:
                continue
            own = act.speaker.start == mention.start and written == "it"
            opens = written != "it" and act.cue.end <= mention.start and \
                facts._CLAUSE_OPENING.fullmatch(doc.text, act.cue.end, mention.start) is not None
            side = facts._speaker_side(act.speaker.speaker or act.speaker.as_written) if own or opens else ""
            if side:
                mention.side = side
                break


def _quoted_they_reference(doc, found):
    from bisect import bisect_right

    starts = [q.span.outer_start for q in doc.quotes]
    for mention in found:
        if mention.side or mention.kind != "pronoun-group" or getattr(mention, "refers_to", None) is not None or \
                mention.display.lower() not in ("they", "them", "their"):
            continue
        i = bisect_right(starts, mention.start) - 1
        if i < 0 or mention.start >= doc.quotes[i].span.outer_end:
            continue
        lo, hi = doc.quotes[i].span.outer_start, doc.quotes[i].span.outer_end
        inside = [m for m in found if lo <= m.start < hi]
        ours = {m.side for m in inside if m.kind == "pronoun-speaker" and m.side in ("Russia", "Ukraine")}
        named = [m for m in inside if m.start < mention.start and m.kind not in ("pronoun-speaker", "pronoun-group")
                 and m.side]
        if len(ours) == 1 and not named:
            mention.side = {"Russia": "Ukraine", "Ukraine": "Russia"}[ours.pop()]


def test_speaker_pronouns_and_quoted_they_read_as_the_rescan_did():
    from saidvsdone import corpus, document, facts
    from saidvsdone.facts.sides import mentions

    texts = list(corpus.load()["text"]) + [_PRONOUN_TEXT, _PRONOUN_TEXT * 3]
    changed = 0
    for n, text in enumerate(texts):
        doc = next(document.documents(corpus.from_text(text, article_id=f"p{n}", published="2024-01-01")))
        for fast, slow in ((facts._speaker_pronouns, _speaker_pronouns_reference),
                           (facts._quoted_they, _quoted_they_reference)):
            a, b = mentions(text, facts.vocab()), mentions(text, facts.vocab())
            before = [m.side for m in a]
            fast(doc, a)
            slow(doc, b)
            assert [(m.start, m.side) for m in a] == [(m.start, m.side) for m in b]
            changed += sum(x != m.side for x, m in zip(before, a))
    assert changed >= 3  # the pronouns of the invented text are read


def test_enemy_sides_take_the_paragraph_of_the_mention():
    from saidvsdone import corpus, document, facts
    from saidvsdone.facts.sides import mentions

    text = ("The air force said it downed 30 drones.\n\nThe enemy fired 5 missiles overnight.\n\n"
            "Russia's defence ministry said its units advanced. The enemy lost 40 tanks.")
    doc = next(document.documents(corpus.from_text(text, article_id="e", published="2024-01-01")))
    found = mentions(text, facts.vocab())
    facts._enemy_sides(doc, found)
    assert [m.side for m in found if m.kind == "enemy"] == ["Russia", "Ukraine"]


def test_aside_speaker_reads_the_first_word_after_the_relative_as_split_did():
    import re

    from saidvsdone import claims, corpus, document, vocab

    def reference(doc, sentence, act):
        if not sentence.start < act.speaker.start < act.cue.start:
            return False
        before = doc.text[max(sentence.start, act.speaker.start - 80):act.speaker.start]
        if claims._THAN_BEFORE.search(before):
            return True
        start = max(sentence.start, act.speaker.start - 80)
        relative = claims._RELATIVE_BEFORE.search(doc.text[start:act.speaker.start]) or claims._RELATIVE_IN.search(
            doc.text, act.speaker.start, act.cue.start)
        if relative is None:
            return False
        word = relative.group("word").lower()
        after = doc.text[relative.end("pronoun") if "pronoun" in relative.re.groupindex else relative.end():
                         act.cue.start].split()
        if after and (after[0].lower().endswith("ed") or after[0].lower() in claims._RELATIVE_VERBS):
            return False
        return not (word in claims._COMPLEMENT_WORDS or word in vocab.speech_words()["content_noun"]
                    or word.endswith("ed"))

    text = ("Kyiv sent troops.\n\nUkrainian troops held towns that many analysts wrote off, the army said. Officials "
            "that spoke to Reuters said the line held. Russia gained less ground than Moscow claims. Villages which "
            "several experts\u00a0expected to fall held, officials said.")
    seen = 0
    for n, body in enumerate(list(corpus.load()["text"]) + [text]):
        doc = next(document.documents(corpus.from_text(body, article_id=f"a{n}", published="2024-01-01")))
        for sentence in doc.sentences:
            for act in doc.speech.acts_in(sentence.start):
                assert claims._aside_speaker(doc, sentence, act) == reference(doc, sentence, act)
                seen += 1
    assert seen > 20
    assert claims._FIRST_WORD.search("\u3000\u00a0 word  x").group() == "\u3000\u00a0 word  x".split()[0]
    assert not re.search(r"\s", "".join(claims._FIRST_WORD.findall(" a\u2003b\u200bc ")))


# --- speech: a role's person from the appositions and names before it, without a rescan per role ---------

_ROLE_TEXT = ("Oleh Kravets, the regional governor, said the town was shelled. Lieutenant Colonel Andriy Horbenko "
              "commands a Ukrainian battalion. Ivan Petrenko, the regional head, said nothing. Regional governor "
              "Olena Hrytsenko said two people died. The governor said the shelling went on. The commander said "
              "his men held. Vladimir Putin spoke after Volodymyr Zelensky. The president said the war goes on.")


def test_last_apposition_before_a_position_is_the_rescans():
    from saidvsdone import corpus, document, speech

    doc = next(document.documents(corpus.from_text(_ROLE_TEXT * 2, article_id="r", published="2024-01-01")))
    reader = speech._Reader(doc, speech._mentions.people())
    assert len(reader.appositions) >= 4
    words = {w for _, w, _ in reader.appositions}
    choices = [words, {"governor", "regional governor"}, {"commander", "nobody"}, set()]
    for pos in range(0, len(doc.text) + 1, 5):
        for chosen in choices:
            for keep in (lambda p, person: True, lambda p, person: p % 2 == 0, lambda p, person: "a" in person):
                plain = [(p, person) for p, word, person in reader.appositions
                         if p < pos and word in chosen and keep(p, person)]
                assert speech._last_apposed(reader, chosen, pos, keep) == plain[-1:]


def test_a_role_takes_the_person_introduced_or_named_last_before_it():
    from saidvsdone import corpus, quotes

    for text, speaker in (
            ("Oleh Kravets, the regional governor, spoke on Monday. Later Olena Hrytsenko, the regional governor, "
             "arrived.\n\n“We hold,” the governor said.", "Olena Hrytsenko"),
            ("Sergei Shoigu visited Moscow. Rustem Umerov visited Kharkiv.\n\n“We hold,” the defence minister said.",
             "Rustem Umerov"),
            ("Rustem Umerov visited Kharkiv. Sergei Shoigu visited Moscow.\n\n“We hold,” the defence minister said.",
             "Sergei Shoigu"),
            ("“The war goes on,” the president said. Volodymyr Zelensky met envoys.", "Volodymyr Zelensky"),
            ("Lieutenant Colonel Andriy Horbenko commands a Ukrainian battalion.\n\n“We hold,” the commander said.",
             "Andriy Horbenko")):
        table = quotes.extract(corpus.from_text(text, article_id="g", published="2024-01-01"))
        assert table["speaker"].tolist() == [speaker]


def test_a_name_overlapping_a_known_place_is_skipped_by_bisection():
    # "near Novyi Pokrovsk": the name the "near" rule reads overlaps the gazetteer's Pokrovsk, found by
    # bisection over the sorted spans (each span was tested per name)
    from saidvsdone.facts.context import word_tokens
    from saidvsdone.facts.places import place_mentions
    from saidvsdone.facts.sides import mentions
    from saidvsdone.facts.vocab import vocab

    text = "Russian troops took Kotliarivka near Pokrovsk and advanced near Novyi Pokrovsk in eastern Ukraine."
    found = place_mentions(text, word_tokens(text), mentions(text, vocab()))
    assert [(p.start, p.place, p.kind) for p in found] == [
        (20, "Kotliarivka", "as written"), (37, "Pokrovsk", "city"), (70, "Pokrovsk", "city"),
        (82, "eastern Ukraine", "direction")]
    long = " ".join(f"Troops fought near Village{n} and near Novyi Pokrovsk." for n in range(300))
    assert len(place_mentions(long, word_tokens(long), mentions(long, vocab()))) == 600


def test_each_gathering_dates_the_words_told_to_it_in_a_long_text():
    # "X told the council that … The council met on Monday.": the acts before each gathering are found by
    # bisection over the acts (in sentence order), not by a scan of every act per gathering
    import pandas as pd

    from saidvsdone import corpus, quotes

    days = ["Monday", "Tuesday", "Wednesday"]
    text = "".join(f"The envoy Marta Kovalenko told the regional council that the ferry was \"lifeline {n}\". "
                   f"The council met on {days[n % 3]} at the mayor's request.\n\nThe envoy Marta Kovalenko said "
                   f"\"nothing {n}\" to reporters.\n\n" for n in range(60))
    table = quotes.extract(corpus.from_text(text, published="2024-01-12"))
    dated = {row.text: (None if pd.isna(row.statement_date) else str(row.statement_date.date()))
             for row in table.itertuples()}
    assert [dated[f"lifeline {n}"] for n in range(6)] == ["2024-01-08", "2024-01-09", "2024-01-10"] * 2
    assert [dated[f"lifeline {n}"] for n in range(60)] == [dated[f"lifeline {n % 3}"] for n in range(60)]


def _role_holder_reference(doc, phrase, pos, day):
    import re

    from saidvsdone import mentions as _mentions
    from saidvsdone import vocab
    from saidvsdone.speech._names import _office_apposed

    who = _mentions.people()
    lowered = phrase.lower().replace("’", "'")
    countries = {country for form, country in who.country_of_form.items()
                 if re.search(r"(?<![\w'])" + re.escape(form.lower().replace("’", "'")) + r"(?![\w-])", lowered)}
    fits, offices, speaking, office_named = [], [], {a.speaker.speaker for a in doc.speech.acts}, False
    head = lowered.split()[-1] if lowered.split() else ""
    ranks = vocab.speech_words()["rank"]
    for name, speaker in who.speakers.items():
        if speaker.kind != "person" or (countries and speaker.country not in countries):
            continue
        named = [r for r in speaker.roles if re.search(r"(?<![\w-])" + re.escape(r) + r"(?![\w-])", lowered)]
        office = any(" " in r or "-" in r for r in named)
        office_named = office_named or office
        if not speaker.holds_on(day):
            continue
        if office:
            offices.append(name)
        elif any(name in speaking or (r == head and head not in ranks) for r in named):
            fits.append(name)
    fits = offices if office_named else fits
    if len(fits) == 1 and office_named and fits[0] not in speaking:
        apposed = _office_apposed(doc, [r for r in who.speakers[fits[0]].roles if r in lowered
                                               and (" " in r or "-" in r)], speaking - {fits[0]})
        fits = [apposed] if apposed else fits
    if len(fits) > 1:
        spoke = {a.speaker.speaker: a.cue.start for a in doc.speech.acts if a.cue.start < pos}
        fits = sorted((n for n in fits if n in spoke), key=lambda n: spoke[n])[-1:]
    return fits[0] if len(fits) == 1 and countries else ""


def test_role_holder_reads_each_phrase_once_as_the_per_call_patterns_did():
    from saidvsdone import corpus, document, mentions, speech

    text = ("Ukraine's defence minister Rustem Umerov said the line held. Russian President Vladimir Putin said "
            "the operation went to plan. The commander-in-chief of Ukraine's armed forces said troops held.")
    doc = next(document.documents(corpus.from_text(text, article_id="h", published="2024-06-01")))
    who = mentions.people()
    phrases = ["Commander-in-chief of Ukraine's military", "the Russian president", "Ukraine's defence minister",
               "Russia's defence minister", "the president", "President", "Kremlin spokesman", "", "Ukraine’s "
               "foreign minister", "the US defense secretary", "Ukrainian commander-in-chief"]
    phrases += [f"{form}'s {role}" for speaker in list(who.speakers.values())[:30] for role in speaker.roles[:2]
                for form in ("Ukraine", "Russia")]
    for phrase in phrases:
        for day in (doc.published, "2021-01-01", "2023-03-01"):
            day = doc.published if isinstance(day, str) is False else __import__("pandas").Timestamp(day)
            for pos in (0, 60, len(text)):
                assert speech.office_holder(doc, phrase, pos, day, doc.speech.acts) \
                    == _role_holder_reference(doc, phrase, pos, day)
    assert speech.office_holder(doc, "Ukraine's defence minister", len(text), doc.published, doc.speech.acts) \
        == "Rustem Umerov"


def test_speaker_side_reads_the_mentions_near_each_verb_as_the_full_scan_did(monkeypatch):
    # "we"/"our" inside a quote and "the enemy" take the side named by a reporting verb nearby: the mentions
    # near each verb are found by bisection (in text order); with the index turned off, the full scan
    from saidvsdone.facts import sides

    paragraphs = ["“We held our positions and the enemy lost 40 tanks,” the Ukrainian commander said.",
                  "“Our troops advanced,” Russia's defence ministry said, adding that the enemy retreated.",
                  "The enemy fired 12 missiles overnight, Ukraine's air force said. “We downed ten,” it said.",
                  "Kyiv said on Monday that “our forces” held. Moscow said “we are winning” and the enemy fled."]
    text = "\n\n".join(paragraphs[n % 4] + f" ({n})" for n in range(40))
    fast = [(m.start, m.side, m.kind) for m in sides.mentions(text)]
    monkeypatch.setattr(sides, "_starts_in_order", lambda mentions: None)
    plain = [(m.start, m.side, m.kind) for m in sides.mentions(text)]
    assert fast == plain
    assert sum(1 for _, side, kind in fast if kind in ("pronoun-speaker", "enemy") and side) >= 100


def test_claims_read_the_mentions_of_a_span_by_bisection_as_a_scan_would(monkeypatch):
    # the speech layer's mentions of a span (a stamped label, an own-voice check, a source's owner, a possessive
    # claim, …) come from _mentions_between (bisection); a plain scan of every mention gives the same claims
    import pandas as pd

    from saidvsdone import claims, corpus, document

    texts = list(corpus.load()["text"]) + [
        "11.20 BST Zelensky: the front is holding near Pokrovsk.\n\nISW cannot verify the claim. ISW assesses that "
        "Russian forces advanced.\n\nTrump's claim that thousands of troops were surrounded was denied by Kyiv.\n\n"
        "Russian forces captured 50 km², according to an analysis of open-source maps by the Black Bird Group."]
    articles = pd.concat([corpus.from_text(t, article_id=f"m{n}", published="2024-06-01") for n, t in enumerate(texts)],
                         ignore_index=True)
    fast = claims.find(articles)
    document.clear_cache()
    for module in (claims._headlines, claims._speakers):  # (the modules of claims that read it)
        monkeypatch.setattr(module, "_mentions_between",
                            lambda doc, a, b: [m for m in doc.speech.mentions if a <= m.start < b])
    plain = claims.find(articles)
    pd.testing.assert_frame_equal(fast, plain)
    assert len(fast) >= 10


def test_reader_may_hold_is_a_safe_prefilter_for_case_insensitive_patterns():
    """speech._Reader.may_hold: a word in any case inside the span; never False where (?i) could match
    a character lower() does not give (ſ for s), so the regex after it sees every sentence it could match."""
    from saidvsdone import corpus, document, speech
    from saidvsdone.mentions import people

    def reader(text):
        doc = next(document.documents(corpus.from_text(text, published="2024-03-01")))
        return speech._Reader(doc, people())

    r = reader("The mayor spoke. On THAT Same day, he said it was calm.")
    assert r.may_hold(("same", "that"), 17, 55) and not r.may_hold(("same", "that"), 0, 17)
    assert not r.may_hold(("same",), 20, 27)  # "THAT Sa": the word must lie whole inside the span
    assert reader("On the ſame day he said so.").may_hold(("same",), 0, 5)  # (?i) matches ſ with s: no verdict


def test_vocabulary_cue_patterns_with_a_first_letter_look_ahead_match_as_without():
    """speech._statement_reads and speech._put_at fail fast on a first letter of their words: the same
    matches as the patterns without the look-ahead, whatever the case of the noun."""
    import re

    from saidvsdone import speech

    text = ("The Statement Reads: calm. the READOUT read that. A report read by the anchor. His address reads, "
            "in part. Budanov put Russian losses at 300. He puts the TOLL near Bakhmut at about 40. Input at 3.")
    for pattern in (speech._statement_reads(), speech._put_at()):
        plain = re.compile(re.sub(r"^\(\?=(?:\(\?i:\[[^]]*\]\)|p)\)", "", pattern.pattern), pattern.flags)
        assert plain.pattern != pattern.pattern
        assert [m.span(1) for m in pattern.finditer(text)] == [m.span(1) for m in plain.finditer(text)]
    assert len(speech._statement_reads().findall(text)) == 2 and len(speech._put_at().findall(text)) == 2


_FAIL_FAST_PATTERNS = [
    (r"\b(?:said|told)\b", 0), (r"\b(?:said|told)\b", 2), (r"(?i)\bthan\s+\w+", 0), (r"\b(?i:statement|post)\s+reads?", 0),
    (r"\b(?:(?:had|has)\s+to|will|must)\s+$", 2), (r"(?:^|[.!?]\s+|\n\s*)(?:After|Since)\s+[^.]*$", 0),
    (r"(?:^|(?<=[\s(—-]))['‘](?=[A-Za-z])", 0), (r"(?<=[\w.,])['’](?=\s|$)", 0), (r"a?b+", 0), (r"(?:x|)y", 2),
    (r"(?=[A-Z]|van\b)(?<![\w’'])(?:van\s+)*[A-Z][\w’'-]*", 0), (r"\b(?P<y>(?:19|20)\d\d)\b", 0), (r"[’']s?\s+claims?", 2),
    (r"\b(?:sk|KM|İstanbul)\w*", 2), (r"\b(?-i:Kyiv)|\bkharkiv", 2), (r"\w+", 0), (r"[^a]b", 0), (r"\d*x?", 0),
    # a top-level alternation (each branch behind the look-ahead), a digit first (\d: any decimal digit, ٣ too, or
    # ASCII ones under re.ASCII), a "|" in a class or escaped (no alternation)
    (r"\bhe\b|\bit(?=\s+said)|\bthey\b", 2), (r"\b(?:a|\d+)\s+days?\s+ago", 2), (r"\b(?:a|\d+)\s+days?\s+ago", 256),
    (r"(?i)\d(?:\d{3}-\d{2}|[/-]\d)|on\s+(?:the\s+)?\d", 0), (r"[|]y|\|b|(?:x|y)b", 0),
    (r"[;:]|[.,](?!\d)|\s-\s|\s\u2013\s", 0), (r"\s*(?:said|told)\b", 2), (r"\s+\d", 256),
]
_FAIL_FAST_TEXT = ("Zelensky said. HE TOLD them; After that, the Statement reads: 'calm' than most. He had to go, "
                   "she must \n\nSince 2023 it’s ‘quiet’ (van Dijk Said). ſk Km KM km istanbul İstanbul KYIV kyiv "
                   "Kharkiv KHARKIV xy y bb ab 1999 Ukraine's claim cb \u212am \u017ftatement reads \u0131stanbul "
                   "it said 3 days ago, \u0663 days ago, A day ago; 2024-05-01 On 1/5 |b yb |y they - no \u2013 so,"
                   "\u00a0- \u2003 7 told\tSAID")


def test_fail_fast_gives_the_same_matches_as_the_pattern_alone():
    """matcher.fail_fast puts a look-ahead of the possible first characters before a pattern: every
    search, match and finditer gives what the plain pattern gives (case-insensitive parts and the
    characters (?i) folds apart from lower(), ſ K İ, included); a pattern whose first character
    can be anything, or that can match nothing, is left as it is."""
    import re

    from saidvsdone.matcher import fail_fast

    for pattern, flags in _FAIL_FAST_PATTERNS:
        plain, fast = re.compile(pattern, flags), fail_fast(pattern, flags)
        assert fast.flags == plain.flags and fast.groupindex == plain.groupindex
        text = _FAIL_FAST_TEXT
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern
        for pos in range(len(text)):
            for method in ("match", "search"):
                a, b = getattr(fast, method)(text, pos), getattr(plain, method)(text, pos)
                assert (a and a.span()) == (b and b.span()), (pattern, method, pos)
    assert fail_fast(r"\w+").pattern == r"\w+" and fail_fast(r"\d*x?").pattern == r"\d*x?"
    assert fail_fast(r"\b(?i:statement|post)\s").pattern.startswith("(?=(?i:[ps]))")
    assert fail_fast(r"(?i)\bthan").pattern == r"(?i)(?=[t])\bthan"
    assert fail_fast(r"\bhe\b|\bit").pattern == r"(?=[hi])(?:\bhe\b|\bit)"  # not "(?=[hi])\bhe\b|\bit"
    assert fail_fast(r"\b(?:a|\d+)\s+days").pattern == r"(?=[a\d])\b(?:a|\d+)\s+days"
    assert fail_fast(r"\s-\s|[;:]").pattern == r"(?=[:;\s])(?:\s-\s|[;:])"
    assert fail_fast(r"[|]y|\|b").pattern == r"(?=[\|])(?:[|]y|\|b)" and fail_fast(r"[|]y\|b").pattern == r"(?=[\|])[|]y\|b"


def test_lazy_fail_fast_compiles_the_fail_fast_form_at_first_use():
    """matcher.lazy_fail_fast (a module that imports _lazyre as re: nothing compiled at import) gives the patterns
    fail_fast gives, compiled at the first call; a bad pattern raises re.error as re.compile does."""
    import re

    import pytest

    from saidvsdone import _lazyre
    from saidvsdone.matcher import fail_fast, lazy_fail_fast

    for pattern, flags in _FAIL_FAST_PATTERNS:
        lazy = lazy_fail_fast(pattern, flags)
        assert isinstance(lazy, _lazyre.LazyPattern) and lazy._compiled is None and lazy.pattern == pattern
        fast = fail_fast(pattern, flags)
        assert [m.span() for m in lazy.finditer(_FAIL_FAST_TEXT)] == [m.span() for m in fast.finditer(_FAIL_FAST_TEXT)]
        assert lazy.compiled().pattern == fast.pattern and lazy.flags == fast.flags == re.compile(pattern, flags).flags
    for bad in ("(", "[a-", "a{2,1}"):
        with pytest.raises(re.error):
            fail_fast(bad)
        with pytest.raises(re.error):
            lazy_fail_fast(bad).search("a")


def test_a_name_past_the_role_that_took_its_run_is_read_from_where_the_role_ends():
    """mentions._past_overlap matches in place (compiled, bounded by the run): a capitalised run a
    role mention overlaps gives the name after the role, at its offsets in the text."""
    from saidvsdone import corpus, document, mentions

    text = ("Commander of the Unmanned Systems Forces Robert Brovdi said the drones were ready. "
            "Deputy Defence Minister Ivan Sydorenko said on Friday the line held.")
    doc = next(document.documents(corpus.from_text(text, published="2025-03-05")))
    found = mentions.unknown_names(doc, 0, len(text), mentions.known(doc))
    assert [(m.speaker, text[m.start:m.end]) for m in found] == [("Robert Brovdi", "Robert Brovdi"),
                                                                 ("Ivan Sydorenko", "Ivan Sydorenko")]


def test_name_indexes_read_every_capitalised_run_and_pair_as_a_plain_scan_does():
    """mentions.name_runs and _name_pairs (built once per document, behind a first-capital look-ahead;
    a run's words read in place, not from a copy) index what a plain scan of the text finds."""
    import re

    from saidvsdone import corpus, document, mentions

    text = ("British Defence Secretary Ben Wallace met Gen. Valerii Zaluzhnyi in Kyiv. “Ben Wallace said so,” "
            "O'Brien added. Mr Hollis and Taras Hnatyuk spoke; d'Artagnan Ivan Petrenko-Smith of ISW agreed.\n\n"
            "Ukrainian President Volodymyr Zelensky")
    doc = next(document.documents(corpus.from_text(text, published="2024-03-01")))
    runs: dict = {}
    for m in re.finditer(r"(?<![\w’'])(?:[A-Z][\w’'-]+\s+){1,5}[A-Z][\w’'-]*(?![\w’'])", text):
        if doc.in_quote(m.start()):
            continue
        words = [(w.group(0), w.end()) for w in re.finditer(r"\S+", text[m.start():m.end()])]
        for k in range(1, len(words)):
            runs.setdefault(words[k][0], []).append((m.start(), m.start() + words[k][1], [w for w, _ in words[:k]][-3:]))
    assert mentions.name_runs(doc) == runs and "Wallace" in runs and "Zelensky" in runs
    pairs: dict = {}
    for m in re.finditer(r"(?<![\w’'])([A-Z][\w’'-]+)(?=(\s+)([A-Z][\w’'-]+)(?![\w’']))", text):
        pairs.setdefault(m.group(1), []).append((m.start(), m.end(1) + len(m.group(2)) + len(m.group(3)), m.group(3)))
    assert mentions._name_pairs(doc) == {k: (v, [e for _, e, _ in v]) for k, v in pairs.items()}


def test_patterns_opening_with_a_lookbehind_fail_fast_and_match_as_before():
    """A pattern that opens with a lookbehind was tried at every character; behind fail_fast's look-ahead
    (facts.sides._SENTENCE_END) it finds the same spans. (speech._introduced, "a senior US official", opens on its
    first letters since sp19, with the look-behind after them: tests/test_speed_sp19.py.)"""
    import re

    from saidvsdone.facts import sides

    text = ("A senior US official said. One Ukrainian brigade commander, an aide and another official spoke. "
            "Mr. A. B. left! “Then?” she asked. a spokesman said so. Dr. No. U.S. officials agreed.")
    for fast in (sides._SENTENCE_END,):
        plain = re.compile(re.sub(r"^\(\?=\[[^]]*\]\)", "", fast.pattern), fast.flags)
        assert plain.pattern != fast.pattern
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)] != []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(['He said “we hold”.', "“Yes,” she said.", " ", "\n\n", "A ‘term’ here.", "x"]),
                max_size=12), st.integers(0, 200), st.integers(0, 200))
def test_quotes_within_a_range_by_bisection_are_the_scan_of_every_quote(pieces, start, length):
    from saidvsdone import document

    doc = document.build("t", "".join(pieces))
    end = start + length
    scan = [q for q in doc.quotes if start <= q.span.outer_start and q.span.outer_end <= end]
    assert doc.quotes_within(start, end) == scan


def test_date_triggers_of_a_window_are_the_regex_spans_whatever_the_text_around_it():
    # when.find is asked for short windows of long texts (a sentence's opening, a dash line): only the window is
    # lower-cased, and the spans stay those of the case-insensitive regex, a dotted İ outside the window or not
    from saidvsdone import when

    plain = "The ministry said on Monday that troops held. According to the army, on 12 March the line moved. " * 3
    for text in (plain, "İstanbul talks. " + plain, plain + " Yesterday in İzmir."):
        for a in range(0, len(text), 17):
            for b in (a + 40, a + 120, len(text)):
                b = min(b, len(text))
                assert when._triggers(text, a, b) == [m.span() for m in when._TRIGGER.finditer(text, a, b)], (a, b)
