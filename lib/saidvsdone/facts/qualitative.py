"""Facts stated without a number: direction verbs ("retook Kherson") and event words
("shelling"), found through their first word and read by ``territorial`` and ``events``.
"""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from bisect import bisect_left

from saidvsdone.facts.context import Fact
from saidvsdone.facts.events import event_fact
from saidvsdone.facts.modality import looks_like_a_name
from saidvsdone.facts.territorial import TAKE_FORMS, UP_AFTER, territory_fact
from saidvsdone.facts.words import alternation


def qualitative_facts(ctx, index, s_start, s_end, numeric: list[Fact]) -> list[Fact]:
    facts: list[Fact] = []
    for match, word in sentence_triggers(ctx, s_start, s_end):
        if looks_like_a_name(ctx, match, s_start):
            continue
        direction = ctx.v.directions.get(word)
        if direction is not None and word in TAKE_FORMS and UP_AFTER.match(ctx.text, match.end()):
            direction = None     # "took up positions west of the town": no ground taken
        event = ctx.v.events.get(word)
        found = None
        if direction is not None:
            found = territory_fact(ctx, index, s_start, s_end, match, word, direction)
        if found is None and event is not None:
            found = event_fact(ctx, index, s_start, s_end, match, word, event)
        if found:
            facts.extend(found)
    kept = []
    for fact in facts:
        if any(n.start <= fact.anchor < n.end or fact.start <= n.anchor < fact.end
               for n in numeric):
            continue
        if any(n.category == fact.category and n.change == fact.change for n in numeric):
            continue
        if any(counted_by(ctx, n, fact) for n in numeric):
            continue
        if disputed(ctx, fact.anchor, s_start):
            continue
        kept.append(fact)
    return kept


def disputed(ctx, pos: int, s_start: int) -> bool:
    """The word at ``pos`` stands in the "that" clause of a claim the sentence disputes: "…, despite claims by Moscow
    that its troops were advancing" (a ``disputing`` cue of data/fact_cues.csv, a claim noun of speech_words.csv's
    ``content_noun``, up to six words, "that"). With no number such a statement is no fact (facts_guidelines §1:
    hedged facts without a number are not annotated; lb3: it gave a fact "area, Moscow" under the analysts' name)."""
    words = ctx.v.cues.get("disputing", frozenset())
    if not words:
        return False
    text = ctx.text[s_start:pos]
    lower = text.lower()
    if not any(w in lower for w in words):  # (prefilter: most sentences hold none)
        return False
    nouns = _content_nouns()
    for cue in _disputing_re(words).finditer(text):
        after = _DISPUTED_CLAUSE.match(text, cue.end())
        if after is not None and after.group("noun").lower() in nouns and not re.search(r"[,;:.!?]", text[after.end():]):
            return True
    return False


#: after a disputing word: up to two determiners or a possessor, the claim noun, up to six words ("by Moscow"), "that"
_DISPUTED_CLAUSE = re.compile(r"\s+(?:(?:the|its|their|his|her|repeated|earlier|official|[A-Z][\w’'-]*['’]s)\s+){0,2}"
                              r"(?P<noun>[a-z]+)(?:\s+[\w’'.-]+){0,6}?\s+that\b")


def _disputing_re(words: frozenset):
    found = _DISPUTING.get(words)
    if found is None:
        found = _DISPUTING[words] = re.compile(r"(?i)(?<![\w-])(?:" + alternation(words) + r")(?![\w-])")
    return found


_DISPUTING: dict = {}


def _content_nouns() -> frozenset:
    from saidvsdone import vocab as _project_vocab
    return frozenset(_project_vocab.speech_words()["content_noun"])


def counted_by(ctx, number: Fact, fact: Fact) -> bool:
    """The word of ``fact`` belongs to the number's own phrase: the spans overlap ("Three
    villages were liberated by …"), or the word follows the counted noun with at most two
    words and no comma or "and" between ("60 soldiers surrendered", "a 10-kilometre advance")."""
    if number.start < fact.end and fact.start < number.end:
        return True
    if number.end > fact.anchor:
        return False
    gap = ctx.text[number.end:fact.anchor]
    return len(gap) < 25 and re.fullmatch(r"(?:\s+[A-Za-z’']+){0,2}\s+", gap) is not None and \
        not re.search(r"\b(?:and|or|but|while|as)\b", gap)


def sentence_triggers(ctx, s_start: int, s_end: int):
    """Direction and event words of a sentence, found through their first word."""
    candidates = _candidates(ctx)
    covered = -1
    for k in range(bisect_left(candidates, (s_start,)), len(candidates)):
        w_start, patterns = candidates[k]
        if w_start >= s_end:
            break
        if w_start < covered or (w_start > 0 and ctx.text[w_start - 1] == "-"):
            continue
        for pattern, key in patterns:
            match = pattern.match(ctx.text, w_start, s_end)
            if match:
                covered = match.end()
                yield match, key
                break


def _candidates(ctx) -> list[tuple[int, list]]:
    """(start, trigger patterns) of every word of the article that can start a direction or event
    phrase, found once per article (most words cannot: the sentences only visit these)."""
    found = getattr(ctx, "_trigger_candidates", None)
    if found is None:
        triggers = ctx.v.triggers
        patterns = _token_triggers(triggers)
        found = []
        for w in ctx.words:
            word = w[2]
            hit = patterns.get(word, _UNSEEN)
            if hit is _UNSEEN:  # each distinct word lower-cased once, not at each of its places
                key = word.lower().replace("’", "'")
                hit = patterns[word] = triggers.get(key) or None
            if hit is not None:
                found.append((w[0], hit))
        ctx._trigger_candidates = found
    return found


_UNSEEN = object()
_TOKEN_TRIGGERS: list = [None, {}]


def _token_triggers(triggers: dict) -> dict:
    """Word as written → its trigger patterns (None: it starts none), kept for one vocabulary
    and a bounded number of words."""
    if _TOKEN_TRIGGERS[0] is not triggers or len(_TOKEN_TRIGGERS[1]) > 100_000:
        _TOKEN_TRIGGERS[:] = [triggers, {}]
    return _TOKEN_TRIGGERS[1]
