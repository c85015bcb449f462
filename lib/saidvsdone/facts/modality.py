"""Modality: what-ifs, intentions, denials, forecasts and negations around a fact word.

The cue words are in ``data/fact_cues.csv`` (``hypothetical``, ``intention``, ``denial``,
``forecast`` …); the functions here say whether one stands near a position.
"""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)

from saidvsdone.facts.context import clause_end_at, clause_start_at, words_after, words_before
from saidvsdone.facts.quantities import HEDGE, Quantity
from saidvsdone.facts.vocab import cue_regex
from saidvsdone.matcher import fail_fast
from saidvsdone.facts.words import (
    CLAUSE_STOP,
    COMPLETIVE,
    CONTEXT_WORDS,
    CUE_WORDS,
    FORECAST_WORDS,
    NEGATIONS,
)


def blocked(ctx, t_start: int, t_end: int, s_start: int, s_end: int) -> bool:
    """An intention, a what-if or a forecast: "to take", "if they withdraw", "… not imminent"."""
    clause_start = clause_start_at(ctx, t_start, s_start)
    before = words_before(ctx, t_start, CUE_WORDS, clause_start)
    # infinitive: "to take", "to fully control", but not "continued to lose", "to have died"
    for i, w in enumerate(before[:3]):
        lower = w[2].lower()
        if lower.endswith("ly") and lower != "only":
            continue
        if lower == "to":
            prior = before[i + 1][2].lower() if i + 1 < len(before) else ""
            if prior not in ctx.v.cues.get("aspect", frozenset()):
                return True
        break
    if has_cue_before(ctx, t_start, clause_start, ("hypothetical", "intention", "denial")):
        return True
    after = words_after(ctx, t_end, FORECAST_WORDS, clause_end_at(ctx, t_end, s_end))
    forecast = ctx.v.cues.get("forecast", frozenset())
    return any(w[2].lower() in forecast for w in after)


#: the conjunction before a second "that" clause of one verb of saying ("said X and that Y")
_SECOND_CLAUSE_JOINS = frozenset({"and", "but"})


def has_cue_before(ctx, pos: int, stop_at: int, kinds: tuple[str, ...]) -> bool:
    words = cue_union(ctx.v.cues, kinds)
    before = words_before(ctx, pos, CUE_WORDS, stop_at)
    tokens = [w[2] for w in reversed(before)]
    # "said about 280,000 reservists would be called up and that 6,120 soldiers had been killed": a second complement
    # clause ("and that", "but that") is a statement of its own; a cue of the first one does not reach it (fa35)
    opens = next((i for i in range(len(tokens) - 1, 0, -1) if tokens[i].lower() == "that" and
                  tokens[i - 1].lower() in _SECOND_CLAUSE_JOINS), None)
    if opens is not None:
        tokens = tokens[opens + 1:]
        if "hypothetical" in kinds and _modal_after(ctx, pos, ctx.v.cues.get("hypothetical", frozenset())):
            return True  # "… and that 20 villages would fall by June": the second clause's own what-if (rv25fixc)
    for i, token in enumerate(tokens):
        lower = token.lower()
        if lower in words and (token == lower or i == 0 or tokens[i - 1] in CLAUSE_STOP):
            if lower == "may" and token != "may":
                continue
            return True
        if i + 1 < len(tokens) and f"{lower} {tokens[i + 1].lower()}" in words:
            return True
    text_before = ctx.text[max(stop_at, pos - 12):pos].lower()
    return "'ll " in text_before or "’ll " in text_before


#: how many words after a figure may stand before its clause's own modal ("20 villages would fall")
_MODAL_AFTER_WORDS = 4


def _modal_after(ctx, pos: int, words: frozenset) -> bool:
    """Whether a what-if cue of ``words`` (lower case: "would", "could", "will", "if") stands within a few words after
    ``pos``, in its clause: a second "that" clause's own modal after its figure (:func:`has_cue_before`)."""
    end = clause_end_at(ctx, pos, min(len(ctx.text), pos + 160))
    return any(w[2] in words for w in words_after(ctx, pos, _MODAL_AFTER_WORDS, end))


_CUE_UNIONS: dict = {}


def cue_union(cues: dict, kinds: tuple[str, ...]) -> frozenset:
    """The cue words of several ``kinds`` as one set, built once per vocabulary and kinds (not
    once per call: the facts of an article ask for the same union hundreds of times).

    Example:
        >>> sorted(cue_union({"a": frozenset({"if"}), "b": frozenset({"plan", "if"})}, ("a", "b", "c")))
        ['if', 'plan']
    """
    key = (id(cues), kinds)
    found = _CUE_UNIONS.get(key)
    if found is None or found[0] is not cues:
        if len(_CUE_UNIONS) >= 64:
            _CUE_UNIONS.clear()
        words: set = set()
        for kind in kinds:
            words |= cues.get(kind, frozenset())
        found = _CUE_UNIONS[key] = (cues, frozenset(words))
    return found[1]


def has_cue_near(ctx, pos: int, s_start: int, s_end: int, cue: str) -> bool:
    words = ctx.v.cues.get(cue, frozenset())
    near = words_before(ctx, pos, CONTEXT_WORDS, s_start) + \
        words_after(ctx, pos, CONTEXT_WORDS + 3, s_end)
    return any(w[2].lower() in words for w in near)


def has_cue_word(ctx, start: int, end: int, cue: str) -> bool:
    pattern = cue_regex(ctx.v.cues.get(cue, frozenset()))
    return pattern is not None and pattern.search(ctx.text[start:end].lower()) is not None


def number_modality(ctx, quantity: Quantity, s_start: int) -> str:
    before = ctx.text[max(s_start, quantity.start - 25):quantity.number_start].lower()
    if re.search(r"\b(?:expected|planned|targeted|target\s+of|goal\s+of|aim\s+of)\s*$",
                 before):
        return "projected"
    if re.search(r"\b(?:raise|raising|increase|increasing|expand|expanding|bring|bringing|boost|boosting)\s+"
                 r"(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+){0,2}?(?:strength|size|headcount|numbers?)\b"
                 r"[^.;]{0,50}?\bto\s+(?:(?:" + HEDGE + r")\s+)?$",
                 ctx.text[max(s_start, quantity.start - 120):quantity.number_start], re.IGNORECASE):
        return "projected"     # "plans to raise the strength of its armed forces to 1.5 million": a target
    if intended(ctx, quantity, s_start):
        return "projected"     # "aims to recruit 343,000 more", "hoped to call up 160,000 men": a target
    if has_cue_before(ctx, quantity.start, s_start, ("hypothetical",)):
        return "hypothetical"
    return ""


#: an intention verb governing the number: "aims to recruit", "hoped to call up", "plans to mobilise"
_INTENDED = fail_fast(r"\b(?:aims?|aimed|aiming|hopes?|hoped|hoping|plans?|planned|planning|intends?|intended|"
                      r"wants?|wanted|seeks?|sought)\s+to\s+(?:[a-z]+\s+){1,2}?(?:up\s+)?"
                      r"(?:(?:" + HEDGE + r"|another|a\s+further)\s+)?$"
                      # "ordered the army to grow by 180,000 troops", "told the ministry to recruit 30,000 more": an order
                      r"|\b(?:ordered|orders|ordering|instructed|instructs|directed|directs)\s+(?:the\s+|its\s+|his\s+|"
                      r"their\s+)?(?:[a-z]+\s+){0,2}?to\s+(?:[a-z]+\s+){1,2}?"
                      r"(?:(?:" + HEDGE + r"|another|a\s+further)\s+)?$", re.IGNORECASE)


def intended(ctx, quantity: Quantity, s_start: int) -> bool:
    """The number is the object of an intention ("aims to recruit 343,000 more"): a target, not a count."""
    return _INTENDED.search(ctx.text, max(s_start, quantity.start - 60), quantity.number_start) is not None


def negated_change(ctx, t_start: int, change: str, stop_at: int) -> str | None:
    """"not completely captured" → held; "did not capture" or "lost no ground" → None (no fact)."""
    verb_and_next = [w[2].lower() for w in words_after(ctx, t_start, 3, t_start + 40)]
    if len(verb_and_next) >= 2 and verb_and_next[1] in ("no", "nothing", "zero") \
            and verb_and_next[2:3] not in (["more"], ["fewer"], ["less"]):  # "gained no more than 50": a bound
        return None
    before = words_before(ctx, t_start, 4, stop_at)
    lowered = [w[2].lower() for w in before]
    negated = any(w in NEGATIONS or w.endswith("n't") or w.endswith("n’t") for w in lowered)
    if not negated:
        return change
    if any(w in COMPLETIVE for w in lowered) or \
            any(w in COMPLETIVE for w in (x[2].lower() for x in
                                           words_after(ctx, t_start, 3, t_start + 40))):
        return "held"
    return None


def looks_like_a_name(ctx, match: re.Match, s_start: int) -> bool:
    token = match.group()
    if not token[0].isupper():
        return False
    before = ctx.text[s_start:match.start()].strip(" “\"‘'(")
    return bool(before)   # a capital inside a sentence: part of a name


def is_figurative(ctx, t_end: int, window_end: int) -> bool:
    figurative = ctx.v.cues.get("figurative", frozenset())
    after = [w[2].lower() for w in words_after(ctx, t_end, 5, window_end)]
    if not after or after[0] not in ("to", "on", "against", "at"):
        return False
    return any(w.strip("’'s") in figurative or w in figurative for w in after[1:])
