"""Territorial facts: ground gained, lost or held, control, distances and shares.

``territory_fact`` and ``control_fact`` read direction verbs and control phrases without
a number; ``read_length`` / ``read_share`` / ``read_territory`` read a number whose unit
is a length, a percentage, an area or a count of settlements.
"""

from __future__ import annotations

import math
from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from itertools import takewhile
from bisect import bisect_right

from saidvsdone.facts.context import (
    Fact,
    Mention,
    Reading,
    clause_end_at,
    clause_start_at,
    comma_clause_start_at,
    mentions_in,
    place_at,
    places_in,
    sentence_of,
    words_after,
    words_before,
)
from saidvsdone.facts.modality import (
    blocked,
    has_cue_before,
    has_cue_near,
    has_cue_word,
    negated_change,
)
from saidvsdone.facts.places import fact_places, speech_cue_end, split_by_extent
from saidvsdone.english import number_words
from saidvsdone.facts.quantities import FRACTIONS, FRACTION_RE, GLOSSED_FIGURE, HEDGE, ONES, QUALIFIERS, Quantity
from saidvsdone.facts.sides import (
    _COUNTED_OBJECT,
    _OBJECT_OF_VERB_BEFORE,
    adjective_mention,
    agent_side,
    control_side,
    doer_of,
    doer_side,
    mention_after_of,
    named_person_side,
    opposite,
    side_between,
    side_from_context,
    subject_of,
    subject_side,
)
from saidvsdone.facts.vocab import Direction, Unit, word_before_regex
from saidvsdone import vocab as _tables
from saidvsdone.vocab import TablePattern
from saidvsdone._letters import widen
from saidvsdone.facts.words import cue_alternation
from saidvsdone.facts.words import (
    CLAUSE_WORDS,
    COMPLEMENT_WORDS,
    COMPLETIVE,
    DETERMINERS,
    NEW_VERB_PHRASE,
    PREPOSITIONS,
    force_nouns,
)


FRONT_WORDS = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:-?long\s+)?(?:(?:stretch|section|segment)\s+of\s+the\s+|of\s+(?:the\s+)?)?"
                         r"(?:front[\s-]?lines?|front"
                          r"|line\s+of\s+contact|contact\s+line)\b", re.IGNORECASE)


SETTLEMENT_APPOSITION = re.compile(
    r",\s+(?:(?:a|an|the|both|" + number_words(2, 6) + r"|\d+|small|tiny|frontline|front-line|"
    r"nearby|neighbouring|neighboring|adjacent)\s+){0,2}(?:villages?|hamlets?|settlements?|towns?)\b")


_SIDE_OF_RIVER = re.compile(r"[\s-]+(?:bank|banks|flank|flanks|wing|shore|side|hand)\b", re.IGNORECASE)


def _side_word(ctx, w) -> bool:
    """"the left bank", "the left flank": "left" naming a side, not a withdrawal."""
    return w[2].lower() in ("left", "right") and _SIDE_OF_RIVER.match(ctx.text, w[1]) is not None


def territory_fact(ctx, index, s_start, s_end, match, word, direction: Direction):
    t_start, t_end = match.span()
    if direction.needs == "control":
        if control_as_verb(ctx, (t_start, t_end, match.group())):
            direction = Direction("held", "", "object")
        else:
            return control_fact(ctx, index, s_start, s_end, t_start, t_end, word)
    if direction.needs == "forces_slot":
        if not slot_names_forces(ctx, word, t_start, t_end):
            return None      # "cleared mines from 30,000 square kilometres": demining, not ground taken
        direction = Direction(direction.change, direction.default_actor, "territory_or_forces")
    if blocked(ctx, t_start, t_end, s_start, s_end):
        return None
    if _SIDE_OF_RIVER.match(ctx.text, t_end) and match.group().lower() in ("left", "right"):
        return None      # "on the left bank of the Dnipro", "the left flank": a side, not a withdrawal
    previous = words_before(ctx, t_start, 1, s_start)
    if previous and previous[0][2].lower() in ctx.v.directions and match.group().lower() in ("lost", "captured", "occupied"):
        return None     # "regained lost positions": a participle describing the ground, not a new fact
    if direction.needs == "number":
        return None      # "Moscow claims two more villages": read only for the number after it
    if direction.needs == "fell_to":
        return fell_to_fact(ctx, index, s_start, s_end, t_start, t_end)
    clause_start = clause_start_at(ctx, t_start, s_start)
    if civilians_moving(ctx, t_start, clause_start):
        return None      # "20,000 people had fled Kharkiv region": refugees, not a side's ground
    change = negated_change(ctx, t_start, direction.change, clause_start)
    if change is None:
        return None
    if change == "gain" and match.group().lower() == "occupied" and re.match(
            r"\s+(?:most|parts?|much|all|nearly\s+all|large\s+parts|swathes|the\s+whole)\s+of\b", ctx.text[t_end:t_end + 30]):
        change = "held"      # "occupied most of the Luhansk region": an extent held, a stock
    if direction.needs == "passive":
        if not is_passive(ctx, t_start, clause_start):
            return None
        direction = Direction(direction.change, direction.default_actor,
                               "territory_or_forces")
    window_end = clause_end_at(ctx, t_end + scare_quote(ctx, t_end), s_end)
    after = words_after(ctx, t_end, COMPLEMENT_WORDS, window_end)
    idioms = ctx.v.cues.get("idiom", frozenset())
    content = [w for w in after if w[2].lower() not in DETERMINERS]
    if content and content[0][2].lower() in idioms:
        return None
    if len(content) > 1 and content[0][2][:1].isupper() and content[1][2].lower() in idioms:
        return None      # "crossed into Polish airspace": a name before the idiom's noun
    complement_end = territory_complement(ctx, after, direction.needs == "object")
    forces_after = forces_named_after(ctx, t_end, window_end)
    subject = subject_of(ctx, t_start, s_start)
    passive_start = None
    if complement_end is None and is_passive(ctx, t_start, clause_start):
        # "The city of Kherson was liberated": the territory is the subject
        before = words_before(ctx, t_start, 10, max(comma_clause_start_at(ctx, t_start, s_start),
                                                    speech_cue_end(ctx, s_start, t_start)))
        territory = ctx.v.cues.get("territory_noun", frozenset())
        hits = [w for w in before if w[2].lower() in territory or place_at(ctx, w[0])]
        if hits:
            passive_start, complement_end = hits[-1][0], t_end
    if complement_end is None:
        if direction.needs != "territory_or_forces":
            return None
        if not (forces_after or (subject is not None and is_force(ctx, subject, t_start))):
            return None
    actor = ""
    adjective = adjective_mention(ctx, t_start, s_start)
    if adjective is not None:
        actor = adjective.side
    if not actor and forces_after:
        actor = forces_after.side
    if not actor:
        actor = agent_side(ctx, t_end, window_end)
    if not actor and subject is not None:
        actor = subject.side
    if not actor:
        actor = direction.default_actor or side_from_context(ctx, t_start)
    if actor == "other":
        return None
    end = complement_end if complement_end else t_end
    if forces_after and not complement_end:
        end = max(end, forces_after.end)
    territory = ctx.v.cues.get("territory_noun", frozenset())
    head = next((w[2].lower() for w in after if w[0] < end and
                 (w[2].lower() in territory or place_at(ctx, w[0]))), "")
    places_scope = fact_places(ctx, t_start, end, s_start, s_end)
    if places_scope and all(p.country == "other" for p in places_scope):
        return None
    if direction.needs == "forces_place" and not (
            (forces_after or (subject is not None and is_force(ctx, subject, t_start))) and
            any(p.country in ("Russia", "Ukraine") for p in places_in(ctx, t_end, end))):
        return None      # "crossed into": troops entering Russia or Ukraine, not a drone over Romania or refugees
    head_at = next((w[0] for w in after if w[0] < end and w[2].lower() == head), end)
    settlements = ctx.v.cues.get("settlement_noun", frozenset())
    locative = ctx.v.cues.get("locative_preposition", frozenset())
    if head in settlements and locative and any(w[2].lower() in locative for w in after if w[0] < head_at):
        head = ""        # "advancing near the town of X": ground around the place, not the settlement taken
    if head in settlements and not [p for p in places_in(ctx, t_end, end) if p.start < head_at]:
        # "retook the village of Robotyne", "recaptured several villages in the Kharkiv region"
        category, unit = "settlements", "settlements"
    elif places_in(ctx, t_end, end) and SETTLEMENT_APPOSITION.match(ctx.text, end, s_end):
        # "took Kotliarivka and Andriivka, two villages west of …": named settlements
        category, unit = "settlements", "settlements"
    else:
        category, unit = "territory", "area"
    if passive_start is not None:
        places_scope = places_in(ctx, passive_start, t_end) or places_scope
        if head == "" and any(w[2].lower() in settlements for w in
                              words_after(ctx, passive_start, 2, t_start)) and \
                not places_scope:
            category, unit = "settlements", "settlements"
    fact = Fact(passive_start if passive_start is not None else t_start, end, index,
                 category, change, actor, unit, places_scope, anchor=t_start)
    return split_by_extent(ctx, fact, s_start, s_end)


#: Words between a subject and its verb that do not end the search for the subject.
_SUBJECT_GAP = {"had", "have", "has", "were", "was", "been", "being", "are", "to", "who", "that",
                "already", "reportedly", "also", "all", "now", "since", "recently", "then",
                "hastily", "finally", "each", "forced", "began", "begun", "started", "continued",
                "continue", "continuing", "tried", "trying", "made", "able", "unable", "many", "most"}


def civilians_moving(ctx, t_start, clause_start) -> bool:
    """True when the subject right before the direction verb at ``t_start`` is a group of
    civilians (a ``civilian_context``, ``civilian_noun`` or ``civilian_group`` cue of ``fact_cues.csv``: "20,000
    people had fled", "thousands of residents left", "forced civilians to flee"): people fleeing
    or evacuated are no ground a side gained or lost."""
    cues = ctx.v.cues
    civilian = (cues.get("civilian_context", frozenset()) | cues.get("civilian_noun", frozenset())
                | cues.get("civilian_group", frozenset()))
    before = [w[2].lower() for w in words_before(ctx, t_start, 6, clause_start)]
    for i, word in enumerate(before):
        if word in _SUBJECT_GAP:
            continue
        if word not in civilian:
            return False
        governor = before[i + 1] if i + 1 < len(before) else ""
        # the civilians are the subject, not the object of a participle or a preposition before them
        # ("troops defending residents withdrew", "troops with refugees left": the troops moved)
        return not (governor.endswith("ing") or governor in _PREPOSITIONS_NOT_OF)
    return False


_PREPOSITIONS_NOT_OF = frozenset({"for", "with", "to", "among", "by", "from", "protecting", "behind", "without"})


def fell_to_fact(ctx, index, s_start, s_end, t_start, t_end):
    """"Avdiivka fell to Russian forces": the place before the verb is gained by the side
    right after "to"; "the fall of Avdiivka to Russian troops": the place after "of"."""
    noun = re.match(r"\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?", ctx.text[t_end:s_end])
    if noun and ctx.text[t_start:t_end].lower() == "fall":
        at = t_end + noun.end()
        place = next((p for p in places_in(ctx, at, at + 40) if p.start == at), None)
        to = re.match(r"\s+to\s+(?:the\s+)?", ctx.text[place.end:s_end]) if place is not None else None
        side = next((m.side for m in mentions_in(ctx, place.end + to.end(), place.end + to.end() + 40)
                     if m.start == place.end + to.end()), "") if to else ""
        if side not in ("Russia", "Ukraine") or place.country == "other":
            return None
        return [Fact(t_start, place.end + to.end() + 0, index, "territory", "gain", side, "area", [place],
                     anchor=t_start)]
    at = t_end + len(re.match(r"\s*(?:the\s+)?", ctx.text[t_end:s_end]).group())
    side = next((m.side for m in mentions_in(ctx, at, at + 40) if m.start == at), "")
    clause_start = comma_clause_start_at(ctx, t_start, s_start)
    places = [p for p in places_in(ctx, clause_start, t_start) if p.country != "other"]
    if side not in ("Russia", "Ukraine") or not places:
        return None
    start = places[-1].start
    settlements = ctx.v.cues.get("settlement_noun", frozenset())
    unit = "settlements" if any(w[2].lower() in settlements for w in
                                words_before(ctx, start, 3, clause_start)) else "area"
    fact = Fact(start, t_end, index, "settlements" if unit == "settlements" else "territory",
                "gain", side, unit, [places[-1]], anchor=t_start)
    return [fact]


def control_fact(ctx, index, s_start, s_end, t_start, t_end, word):
    """"under Russian occupation", "returning to Ukrainian control", "control over X"."""
    text = ctx.text
    before = text[max(s_start, t_start - 60):t_start]
    clause_start = clause_start_at(ctx, t_start, s_start)
    window_end = clause_end_at(ctx, t_end, s_end)
    side_before = adjective_mention(ctx, t_start, s_start)
    verb_before = [w[2].lower() for w in words_before(ctx, t_start, 3, clause_start)]
    if any(w in ctx.v.directions and ctx.v.directions[w].needs != "control"
           for w in verb_before):
        return None     # "took control of Bakhmut": the verb makes the fact
    if re.search(r"\bunder\s+(?:the\s+)?(?:full\s+|complete\s+|partial\s+)?"
                 r"(?:[\w’'-]+\s+)?$", before) and side_before is not None:
        change, actor = "held", side_before.side
        scope = (clause_start, t_end)
    elif re.search(r"\b(?:return(?:s|ed|ing)?|back|restored)\s+(?:to|under)\s+"
                   r"(?:the\s+)?(?:[\w’'-]+\s+)?$", before) and side_before is not None:
        change, actor = "gain", side_before.side
        scope = (clause_start, t_end)
    elif word == "control" and re.match(r"\s+(?:over|of)\s+", text[t_end:window_end]):
        if blocked(ctx, t_start, t_end, s_start, s_end):
            return None
        after = words_after(ctx, t_end, COMPLEMENT_WORDS, window_end)
        complement_end = territory_complement(ctx, after, False)
        if complement_end is None:
            return None
        subject = subject_of(ctx, t_start, s_start)
        actor = side_before.side if side_before is not None else \
            (subject.side if subject is not None else side_from_context(ctx, t_start))
        change = "held"
        scope = (t_start, complement_end)
    else:
        return None
    if actor in ("other", ""):
        return None
    if has_cue_before(ctx, t_start, clause_start, ("hypothetical", "intention")):
        return None
    start, end = scope
    places = places_in(ctx, start, end) or fact_places(ctx, start, end, s_start, s_end)
    territory = ctx.v.cues.get("territory_noun", frozenset())
    if not places and not any(w[2].lower() in territory
                              for w in words_after(ctx, start, 40, end)):
        return None
    first_place = min((p.start for p in places if p.start >= start), default=t_start)
    start = max(start, min(first_place, t_start)) if change != "held" or start < t_start else start
    fact = Fact(start, end, index, "territory", change, actor, "area", places, anchor=t_start)
    return split_by_extent(ctx, fact, s_start, s_end)


def territory_complement(ctx, after, direct_object: bool) -> int | None:
    """End of the territory a verb acts on (a place, "ground", "villages" …), or None.

    The scan runs to the end of the clause, and stops at a conjunction that starts a
    new verb phrase ("… in eastern Ukraine and also lost …").
    """
    end = None
    territory = ctx.v.cues.get("territory_noun", frozenset())
    for n, (w_start, w_end, token) in enumerate(after):
        lower = token.lower()
        if direct_object and end is None:
            if n >= 4 or (lower in PREPOSITIONS and lower not in ("of", "over")):
                break
        if lower in ("and", "or", "but", "while", "which", "that", "who", "where", "as"):
            nxt = after[n + 1][2].lower() if n + 1 < len(after) else ""
            if lower not in ("and", "or") or nxt in NEW_VERB_PHRASE or \
                    nxt.endswith("ly") or nxt in ctx.v.directions or nxt in ctx.v.events:
                break
            continue
        place = place_at(ctx, w_start)
        if lower in territory or place is not None:
            end = max(w_end, place.end) if place is not None else w_end
    return end


def scare_quote(ctx, t_end: int) -> int:
    """1 when a closing quote mark right after a word only marks that word ("liberated")."""
    if ctx.text[t_end:t_end + 1] in ("”", '"', "’", "'"):
        before = ctx.text[max(0, t_end - 40):t_end]
        opening = max(before.rfind("“"), before.rfind('"'), before.rfind("‘"))
        if opening >= 0 and " " not in before[opening:].strip():
            return 1
    return 0


def is_passive(ctx, t_start: int, clause_start: int) -> bool:
    """A form of "be" before the verb at ``t_start`` (adverbs between). A verb in -ing after it is progressive, not
    passive: "forces near Kupiansk were advancing" does not make Kupiansk the ground taken (fa26)."""
    if _PROGRESSIVE.match(ctx.text, t_start):
        return False
    for w in words_before(ctx, t_start, 3, clause_start):
        lower = w[2].lower()
        if lower.endswith("ly") or lower in ("not", "never", "also", "finally", "now"):
            continue
        return lower in ("was", "were", "been", "being", "is", "are", "be")
    return False


_PROGRESSIVE = re.compile(r"[A-Za-z]+ing\b")


def forces_named_after(ctx, t_end: int, window_end: int) -> Mention | None:
    """"withdrawal of his troops", "advance of Russian forces" → the forces' mention."""
    mention = mention_after_of(ctx, t_end, window_end, by=True)
    if mention is not None and mention.side and is_force(ctx, mention, window_end):
        return mention
    return None


def is_force(ctx, mention: Mention, limit: int) -> bool:
    if mention.kind == "force":
        return True
    following = words_after(ctx, mention.end, 3, limit)
    nouns = force_nouns()
    return any(w[2].lower() in nouns for w in following)


def control_as_verb(ctx, w) -> bool:
    """"Russian forces now control X": "control" is a verb, unlike "under Russian control"."""
    if w[2].lower() != "control":
        return False
    prev = words_before(ctx, w[0], 1, 0)
    if not prev:
        return False
    lower = prev[0][2].lower()
    if lower in DETERMINERS or lower in PREPOSITIONS or lower in COMPLETIVE or \
            lower in ("partial", "effective", "taken", "took", "take", "takes", "taking",
                      "gain", "gained", "lost", "regained", "seized", "under", "returned",
                      "returning", "return", "back", "restored", "of", "in"):
        return False
    return not any(m.kind == "demonym" for m in mentions_in(ctx, prev[0][0], prev[0][1]))


def figure_gloss(ctx, pos: int, end: int, s_end: int) -> int | None:
    """"1,089 — Russian soldiers killed …", "186 sq km — ground gained by Russian forces": where the gloss of a figure
    opening its line (a "week in numbers" digest) starts, when the clause after the figure at ``pos`` ends at its spaced
    dash (``end``); None otherwise."""
    line = ctx.text.rfind("\n", 0, pos) + 1
    gloss = (_GLOSS_AT.match(ctx.text, end, s_end) or _GLOSS_AT.match(ctx.text, max(pos, end - 1), s_end)) \
        if GLOSSED_FIGURE.fullmatch(ctx.text, line, pos) else None     # (after a label in capitals too)
    return gloss.end() if gloss is not None else None


#: a digest line's gloss naming its figure a distance ("distance from the front line to …", "the distance between …")
_DISTANCE_GLOSS = re.compile(r"(?:the\s+)?(?:distance|closest\s+approach)\s+(?:from|between|to|of)\b", re.IGNORECASE)
_GLOSS_AT = re.compile(r"[^\S\n]*[—–:-][^\S\n]+")


#: "take up" (positions, a line, the defence) is no taking of ground: the forms of "take" and the particle after them
TAKE_FORMS = frozenset({"take", "takes", "took", "taken", "taking"})
UP_AFTER = re.compile(r"\s+up\b(?!\s+to\b)", re.IGNORECASE)   # (not the hedge: "taken up to 5 km")


#: the words that may end a place's phrase after its name: "Stepove in the Zaporizhzhia region", "Siversk in Donetsk
#: oblast" (with the ``place_tail`` nouns of data/fact_cues.csv: region, oblast …)
_PLACE_TAIL_WORDS = frozenset({"in", "the", "of"})


def direction_verb_near(ctx, pos: int, clause_start: int, s_end: int):
    """The direction verb governing a number: before it in its clause, or just after.

    Backwards the search goes through a list of numbers or places ("took 300 km² in May and
    450 km² in June", "captured Ocheretyne and four other villages"): an "and" or a comma
    stops it only when no number (or no place right before it) comes before it. A phrase ("pushed Russian forces out of", "pushing
    nearly 1 kilometre forward") counts when it starts before the number.
    """
    before = words_before(ctx, pos, CLAUSE_WORDS, clause_start)
    limit = 8
    for n, w in enumerate(before):
        if n >= limit:
            break
        lower = w[2].lower()
        if control_as_verb(ctx, w):
            return w, Direction("held", "", "object")
        phrase = direction_phrase_at(ctx, w, pos, s_end)
        if phrase is not None:
            return phrase
        if lower in ctx.v.directions and ctx.v.directions[lower].needs == "number" and \
                not headline_count(ctx, w, pos, s_end):
            continue     # "Russia claimed 12 villages had been destroyed": what was claimed, not a gain
        if lower in ctx.v.directions and ctx.v.directions[lower].needs != "control" and not _side_word(ctx, w) and \
                not (lower in TAKE_FORMS and UP_AFTER.match(ctx.text, w[1])):
            return w, ctx.v.directions[lower]     # (not "took up positions 2 km west of the city": where forces stand)
        if lower in ("but", "while", "which", "that", "who", "whereas"):
            break
        if lower == "and" and n > 0 and before[n - 1][2].lower() in ("are", "is", "were", "was", "now",
                                                                     "stand", "stood", "remain"):
            break       # "pushed them out of 9 villages and are now 3 km from …": a new predicate
        if lower in ("and", "including") or w[2] in ",":
            # ("took a strip of 200 km², including around a dozen villages": a part listed after the whole takes its verb)
            earlier = next((j for j in range(n + 1, len(before)) if is_number_token(before[j][2])),
                           None)
            if earlier is None and n + 1 < len(before) and (
                    place_at(ctx, before[n + 1][0]) or before[n + 1][2].lower() in ctx.v.cues.get("listed_place", ())):
                earlier = n + 1    # "captured Ocheretyne and four other villages", "captured the town and 2 villages"
            if earlier is None and before[n][2] == "and":
                # "captured the village of Stepove in the Zaporizhzhia region and two hamlets": a place a few words
                # before "and", the place phrase it ends (its region) between them (fa30)
                earlier = next((j for j in range(n + 2, min(len(before), n + 6)) if place_at(ctx, before[j][0]) and
                                all(before[i][2].lower() in _PLACE_TAIL_WORDS or
                                    before[i][2].lower() in ctx.v.cues.get("place_tail", ()) or place_at(ctx, before[i][0])
                                    for i in range(n + 1, j))), None)
            if earlier is None:
                break
            limit = earlier + 8    # a list of numbers: the verb is before its first item
    end = clause_end_at(ctx, pos, s_end)
    gloss = figure_gloss(ctx, pos, end, s_end)
    if gloss is not None:     # "9 — settlements captured by Russia …": a digest line's gloss after the figure's dash
        end = clause_end_at(ctx, gloss, s_end)
    close = ctx.text.find(")", end, min(s_end, end + 60)) if ctx.text[end:end + 1] == "(" else -1
    if close > 0:            # "360 square kilometres (139 square miles) had been taken": past the bracket
        end = clause_end_at(ctx, close + 1, s_end)
    after = [w for w in words_after(ctx, pos, 20, end) if not (close > 0 and w[0] < close + 1 and w[1] > pos and
                                                                   w[0] >= ctx.text.rfind("(", pos, close))][:12]
    said = [m.span() for m in _SAYS_INSIDE.finditer(ctx.text, pos, end)]
    if said:    # "raising to 9 the number of villages it says it has taken": the interposed "it says" is no
        # word of the clause's own (its verb stays in reach)
        after = [w for w in words_after(ctx, pos, 24, end) if not any(a <= w[0] < b for a, b in said)][:12]
    listed = any(w[2].lower() == "and" for w in after[:6]) and \
        any(is_number_token(w[2]) for w in after[:8])
    for w in after[:12 if listed else 8]:    # "1,870 km² … and 54 settlements have been freed"
        lower = w[2].lower()
        if lower in ctx.v.directions and ctx.v.directions[lower].needs not in ("control", "number") and \
                not _side_word(ctx, w):
            return w, ctx.v.directions[lower]     # "12 villages, Moscow claims": no headline count
    return _passive_after(ctx, after if close > 0 or said else words_after(ctx, pos, 16, end))


#: the auxiliary of a passive whose subject is the counted ground ("two more villages in the east had been taken")
_PASSIVE_AUX = frozenset({"been", "were", "was", "are", "is"})
#: a word that opens a clause of its own between the count and a later passive ("villages where troops were pushed")
_OWN_CLAUSE = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "as", "because",
                         "after", "before", "since", "if", "until", "though", "although"})


#: quote marks a scare-quoted verb opens with (tokens of ``context.WORD_RE``)
_OPENING_MARKS = frozenset({'"', "“"})
#: single scare quotes around a verb: no tokens of ``context.WORD_RE`` (the closing mark ends the word's token:
#: "‘freed’", "'freed'")
_OPENING_SINGLE = frozenset({"‘", "'"})
_CLOSING_SINGLE = frozenset({"’", "'"})


#: an advance's verb of stopping right after its gain word, before a length ("push had halted some 18 km short of …"):
#: data/fact_cues.csv, cue ``stall_verb``
_STALLED_AFTER = TablePattern("territorial_stalled_after", ("fact_cues",), lambda: (
    r"\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:" + cue_alternation("stall_verb") + r")\s+(?:(?:" + HEDGE +
    r")\s+)?"), re.IGNORECASE)


def _passive_after(ctx, after: list):
    """The direction verb of a passive whose subject is the counted noun phrase, past a place or a modifier
    that keeps it beyond eight words ("four more villages in the Kharkiv region had been freed over the past day"):
    the verb right after its auxiliary, with no clause of its own opened in between."""
    for j, w in enumerate(after[1:-1], start=1):
        lower = w[2].lower()
        if lower in _OWN_CLAUSE:
            return None
        if lower in _PASSIVE_AUX:
            verb = after[j + 1]
            if verb[2] in _OPENING_MARKS and j + 2 < len(after):
                verb = after[j + 2]     # "nine hamlets near the town had been "freed"": a verb in scare quotes
            word = verb[2].lower()
            if word[-1] in _CLOSING_SINGLE and ctx.text[verb[0] - 1:verb[0]] in _OPENING_SINGLE:
                word = word[:-1]        # "had been ‘freed’ since": single marks, the closing one inside the word's token
            direction = ctx.v.directions.get(word)
            if direction is not None and direction.needs not in ("control", "number", "fell_to") and \
                    not _side_word(ctx, verb):
                return verb, direction
            return None
    return None


#: a speech verb with a pronoun subject put inside a clause after a figure ("the number of villages it says it has taken",
#: "14: hamlets the Ukrainian command says it has recaptured")
_SAYS_INSIDE = re.compile(r"\b(?:(?i:it|he|she|they)|[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3})\s+(?i:says|said|claims|claimed)\b"
                          r"(?=\s+(?i:it|he|she|they)\s)")


#: words that end the noun phrase of a headline's count ("claims two villages as Kyiv says …")
_COUNT_PHRASE_END = {"as", "while", "but", "and", "amid", "after", "despite", "since", "when", "with",
                     "says", "said", "—", "-", ":", ";", ","}
_HEADLINE_STOP = re.compile(r"[.!?…][\"”’')]*\s*$")


#: in the body, a claim whose object is ground counted and ends its phrase: "Moscow's ministry claimed 37 villages for
#: the same six months", "had at one point claimed 1,300 sq km there" (not "claimed 12 villages had been destroyed",
#: "claimed that …", read below)
_CLAIMED_GROUND = re.compile(r"\s+(?:(?:" + HEDGE + r")\s+)?"
                             r"[\d,.]+\s*(?:villages|settlements|towns|localities|hamlets|sq\.?\s*km|square\s+(?:kilometres|"
                             r"kilometers|miles)|km²|km2|sq\.?\s*miles)(?=\s*(?:[,.;)]|$|\s+(?:for|in|during|over|there|"
                             r"since|so\s+far|this|last|that\s+(?:month|week|year))\b))|\s+(?:" + number_words(1, 12) +
                             r")\s+(?:villages|settlements|towns|localities|hamlets)"
                             r"(?=\s*(?:[,.;)]|$|\s+(?:for|in|during|over|there|since)\b))", re.IGNORECASE)


def headline_count(ctx, w, pos: int, s_end: int) -> bool:
    """A verb of the ``number`` kind ("Moscow claims two more villages") gains the count after it only
    in a headline (a line with no closing full stop) and only when no verb follows the count
    ("Russia claimed 12 villages had been destroyed …" reports what was claimed)."""
    line_start = ctx.text.rfind("\n", 0, w[0]) + 1
    line_end = ctx.text.find("\n", w[0])
    line_end = len(ctx.text) if line_end < 0 else line_end
    if _CLAIMED_GROUND.match(ctx.text, w[1]):
        return True
    if w[0] >= ctx.headline_end and _HEADLINE_STOP.search(ctx.text, line_start, line_end):
        return False
    for word in words_after(ctx, pos, 12, min(s_end, line_end))[1:]:
        lower = word[2].lower()
        if lower in _COUNT_PHRASE_END:
            break
        if lower in NEW_VERB_PHRASE or lower in ("been", "being", "be") or \
                (word[2][:1].islower() and lower.endswith("ed")):
            return False
    return True


def asked_before(ctx, s_start: int):
    """(start, end) of the sentence before ``s_start`` when it is a question, else None."""
    index = sentence_of(ctx, s_start)
    if index == 0:
        return None
    start, end, _ = ctx.sentences[index - 1]
    return (start, end) if ctx.text[start:end].rstrip().endswith("?") else None


def home_side(ctx, direction: Direction, start: int, end: int) -> str:
    """"units had retaken 10 settlements in the Kursk region": a verb of taking back (its
    default side Ukraine) in a place of one side is that side's; "" when no place says."""
    if direction.default_actor not in ("Russia", "Ukraine"):
        return ""
    countries = {p.country for p in places_in(ctx, start, end) if p.country in ("Russia", "Ukraine")}
    return countries.pop() if len(countries) == 1 else ""


def is_number_token(token: str) -> bool:
    return token[:1].isdigit() or token.lower() in ONES or token.lower() in ("dozen", "hundred")


def direction_phrase_at(ctx, w, pos: int, s_end: int):
    """A direction phrase of several words starting at word ``w`` (before ``pos``)."""
    patterns = ctx.v.triggers.get(w[2].lower().replace("’", "'"))
    if not patterns:
        return None
    for pattern, key in patterns:
        direction = ctx.v.directions.get(key)
        if direction is None or " " not in key or direction.needs in ("control", "fell_to"):
            continue
        if direction.needs == "passive" and not re.search(r"\b(?:were|was|been|being|are|is|got|get)\s+$",
                                                          ctx.text[max(0, w[0] - 8):w[0]], re.IGNORECASE):
            continue     # "were pushed back 3 km": only in the passive
        match = pattern.match(ctx.text, w[0], s_end)
        if match and direction.needs == "forces_slot":
            if not slot_names_forces(ctx, key, w[0], match.end()):
                continue
            direction = Direction(direction.change, direction.default_actor, "territory_or_forces")
        if match:
            return (w[0], match.end(), match.group()), direction
    return None


#: words naming the other side's fighters in the slot of a ``forces_slot`` phrase (besides the force nouns)
_FORCE_SLOT_WORDS = {"enemy", "enemies", "occupiers", "occupier", "invaders", "invader",
                                   "militants", "russians", "ukrainians", "adversary", "foe", "fighters"}


def slot_names_forces(ctx, key: str, start: int, end: int) -> bool:
    """True when the ``*`` words of the phrase ``key`` matched at ``start``–``end`` name forces: a force
    noun ("troops", "the enemy", "occupiers") or a side's force or demonym ("cleared the Russians from"),
    never mines, debris, rubble or civilians ("cleared mines from 300 hectares").

    >>> from saidvsdone import corpus, facts
    >>> def gains(text):
    ...     return facts.extract(corpus.from_text(text, published="2024-08-20"))["change"].tolist()
    >>> gains("Sappers cleared mines from 300 square kilometres.")     # an area, no direction
    ['']
    >>> gains("Ukrainian units cleared Russian troops from 3 square kilometres.")
    ['gain']
    """
    first, last = key.split("*")[0].strip(), key.split("*")[-1].strip()
    slot_start, slot_end = start + len(first), end - len(last)
    words = re.findall(r"[\w’'-]+", ctx.text[slot_start:slot_end].lower())
    nouns = force_nouns()   # (with the force nouns)
    if any(w in nouns or w in _FORCE_SLOT_WORDS for w in words):
        return True
    return any(m.kind in ("force", "demonym", "enemy") for m in mentions_in(ctx, slot_start, slot_end))


_FRACTION_WORDS = ("fifth", "third", "quarter", "half", "tenth")  # one stands in every FRACTION_RE match


def _may_hold_fractions(ctx) -> bool:
    """Can FRACTION_RE match anywhere in the article? Checked once per article with ``in`` on the
    lower-cased text (ı and İ, which the case-insensitive regex reads as i, keep the regex)."""
    found = getattr(ctx, "_may_hold_fractions", None)
    if found is None:
        lowered = ctx.text.lower()
        found = ctx._may_hold_fractions = (any(w in lowered for w in _FRACTION_WORDS)
                                           or "\u0131" in ctx.text or "\u0130" in ctx.text)
    return found


_PERIOD_FRACTION = re.compile(r"\s+(?:of\s+)?(?:the|this|that|last|next)\s+(?:year|month|week|day|decade|century|summer|"
                              r"winter|spring|autumn|season|war)\b", re.IGNORECASE)


#: after a fraction: the land a side seized or holds ("a third of the territory Moscow's troops occupied", "a quarter
#: of the ground it had captured"): a part of those gains, not a share of a region or a country
_OF_LAND_SEIZED = re.compile(r"\s+(?:of\s+)?(?:the|all\s+the)\s+(?:[a-z]+\s+)?(?:land|territory|territories|ground|area|areas)\s+"
                             r"(?:that\s+|which\s+)?(?:[\w’'-]+\s+){1,3}?(?:had\s+|has\s+|have\s+)?(?:seized|took|taken|"
                             r"captured|occupied|occupies|gained|grabbed|holds|held|controls|controlled)\b", re.IGNORECASE)


def fraction_shares(ctx, index: int, s_start: int, s_end: int) -> list[Fact]:
    """"nearly a fifth of Ukraine's territory": a fraction in words is a share in percent."""
    out = []
    if not _may_hold_fractions(ctx):
        return out
    lowered = ctx.text[s_start:s_end].lower()  # the same test in the sentence (most sentences of such an article)
    if not any(w in lowered for w in _FRACTION_WORDS) and "\u0131" not in lowered and "\u0130" not in ctx.text[s_start:s_end]:
        return out
    matches = list(FRACTION_RE.finditer(ctx.text, s_start, s_end))
    if not matches or not has_cue_word(ctx, s_start, s_end, "share_context"):
        return out
    for m in matches:
        after = ctx.text[m.end():min(s_end, m.end() + 60)]
        tail = re.match(r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?P<noun>[\w’'-]+)", after)
        if not tail:
            continue
        words = [w.lower() for w in re.findall(r"[\w’'-]+", after)[:5]]
        share_words = ctx.v.cues.get("share_context", frozenset())
        if not any(w in share_words or re.sub(r"[’']s$", "", w) in ("ukraine", "russia")
                   for w in words):
            continue
        if has_cue_near(ctx, m.start(), s_start, s_end, "not_share"):
            continue
        if re.match(r"\s+(?:what|those|it|them)\b", after,
                    re.IGNORECASE) or _OF_LAND_SEIZED.match(after):
            continue     # "won back some 74,000 km², about half of what Russia had seized": a ratio of figures, no share
            # (so is "have liberated a third of the territory Moscow's troops occupied": a part of the other side's gains)
        if _PERIOD_FRACTION.match(after) or re.search(r"\b(?:first|second|latter|last|past|early|earlier)\s+$",
                                                      ctx.text[max(s_start, m.start() - 12):m.start()], re.IGNORECASE):
            continue     # "in the first half of the year": a period, not a share of ground
        value = FRACTIONS[re.sub(r"[\s-]+", " ", m.group("frac").lower())]
        written = (m.group("qual") or "").lower()
        qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", written).replace("’", "'"), "")
        quantity = Quantity(value, math.nan, qualifier, m.start(), m.end("frac"),
                             m.start("frac"))
        end = m.end()
        np_end = re.match(r"(?:\s+(?:the\s+)?[\w’'-]+){0,3}?\s+(?:territory|territories|land|"
                          r"country|area|region|regions|oblast|province)\b|\s+(?:the\s+)?(?:Ukraine|Russia)(?:[’']s)?\b",
                          ctx.text[m.end():s_end])
        if np_end:
            end = m.end() + np_end.end()
        actor = control_side(ctx, s_start, s_end) or subject_side(ctx, m.start(), s_start)
        if actor == "other":
            continue
        unit = ctx.v.units.get("percent")
        out.append(Fact(m.start(), end, index, "share", "share", actor, "percent", [],
                         quantity, unit, ctx.text[m.start():m.end("frac")], "",
                         anchor=m.start()))
    return out


#: a count of settlements as the place of fighting: "repelled assaults near eleven settlements", "attacks in the areas
#: of Lyman, Torske and six other villages" (the preposition right before the count, or before a list of named places
#: that the count of "other" settlements closes with "and")
_NEAR_SETTLEMENTS = re.compile(r"\b(?:near|around|close\s+to|outside|in\s+the\s+(?:areas?|vicinity|direction)\s+of)\s+"
                               r"(?P<names>(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,?\s+){1,6}and\s+)?"
                               r"(?:(?:" + HEDGE + r")\s+)?$")
#: "while the other two hamlets remained contested": settlements still fought over, neither taken nor held
_CONTESTED_AFTER = re.compile(r"\s+(?:still\s+|now\s+)?(?:remain(?:s|ed)?|(?:are|were|is|was)(?:\s+still)?)\s+"
                              r"(?:(?:still|hotly|fiercely)\s+)?contested\b")


def describes_named_places(ctx, quantity, unit: Unit, unit_end: int, s_start: int,
                            s_end: int) -> bool:
    """"Kotliarivka and Andriivka, two villages west of Pokrovsk": a count in apposition
    to named places describes them; it is not a count of its own. Nor is a count of settlements as the place of
    fighting ("near eleven settlements", "near Rodynske and eight other settlements") or of settlements still
    contested ("the other two hamlets remained contested")."""
    if unit.category != "settlements":
        return False
    before = ctx.text[s_start:quantity.start]
    near = _NEAR_SETTLEMENTS.search(before)
    if near and near.group("names") and not re.match(r"\s+(?:other|more|further)\b", ctx.text[quantity.end:unit_end]):
        near = None     # "recaptured 9 square km near Siversk and five hamlets north of the town": a gain of its own
    if near or _CONTESTED_AFTER.match(ctx.text, unit_end, s_end):
        return True     # "repelled assaults near Rodynske and eight other settlements": where fighting was, no count
    comma = re.search(r",\s*$", before)
    if not comma:
        return False
    place = place_at(ctx, s_start + comma.start() - 1)
    if place is None or place.end != s_start + comma.start():
        return False
    nxt = re.match(r"\s*([\w’'-]+|[,.;:]|$)", ctx.text[unit_end:s_end])
    word = nxt.group(1).lower() if nxt else ""
    return word in PREPOSITIONS or word in ("", ",", ".", ";", ":") or \
        re.fullmatch(r"(?:north|south|east|west)\w*", word) is not None


# --- numbers with a unit -------------------------------------------------------------

SUMMING = re.compile(r"[\"“‘']?(?:in\s+all|in\s+total|all\s+told|altogether|overall|a\s+total\s+of)\b",
                     re.IGNORECASE)


#: what may stand before a figure with no verb of its own in a run of like figures: a label ("March.", "In June,"), a
#: clause before a colon with no verb of moving ("April and May were lighter:"), "the figure rose to" …
_RUN_LABEL = TablePattern("territorial_run_label", ("fact_cues",), lambda: (
                        r"[\s\"“‘']*(?:(?:(?:the|its|this|that)\s+(?:monthly\s+|weekly\s+|daily\s+)?(?:figure|total|tally|"
                        r"number|count|area)\s+(?:(?:then|again|also|only|just)\s+)?(?:" + cue_alternation("change_verb")
                        + r"|reached|stood\s+at|came\s+to|was|is)(?:\s+(?:to|at))?|[^:;.\d]{2,60}:|"
                        # a sum of the run: "Adding the six months together gives 2,225 sq km"
                        r"(?:adding|summing|taken\s+together)[^:;.\d]{0,60}?\b(?:gives|makes|comes\s+to|yields))\s+)?"
                        r"(?:(?:" + HEDGE + r"|just|only|another|a\s+further|a\s+record)\s+)?"), re.IGNORECASE)
_RUN_REACH = 12     # sentences back for the run of like figures
#: what a colon's label in a run of figures names: a period ("April and May were lighter:", "July was the busiest month:")
_RUN_PERIOD_WORD = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December|week|weeks|month|months|year|years|quarter|spring|summer|autumn|winter|"
                              r"fortnight|half)\b", re.IGNORECASE)


def _run_of_figures(ctx, r: Reading):
    """(change, side) for an area or a count of settlements with no verb of its own in a run of like figures: the
    sentence holds only a label or a colon's clause before it ("March. 420 sq km", "April and May were lighter: 290
    and 305 sq km"), the clause names no side and no verb of moving, and the sentences before (``_RUN_REACH``) hold
    facts of the same category with a change: their change and the side of most of them; None else."""
    text = ctx.text
    label = _RUN_LABEL.match(text, r.s_start, r.quantity.start)
    if label is None or label.end() != r.quantity.start:
        return None
    if ":" in label.group() and not _RUN_PERIOD_WORD.search(label.group()):
        return None     # "The districts by size: Pokrovsk: 140 sq km": a label of a place, not of a period in the run
    if any(m.side in ("Russia", "Ukraine") for m in mentions_in(ctx, r.s_start, r.quantity.start)) or \
            any(ctx.v.directions.get(w[2].lower()) is not None and ctx.v.directions[w[2].lower()].change in ("gain", "loss")
                for w in words_after(ctx, r.s_start, 15, r.quantity.start)):
        return None
    index = sentence_of(ctx, r.s_start)
    earlier = [f for f in reversed(ctx.numeric) if index - _RUN_REACH <= f.sentence < index and
               f.category == r.category and f.change in ("gain", "loss") and f.actor in ("Russia", "Ukraine")]
    if len(earlier) < 1:
        return None
    sides = [f.actor for f in earlier]
    side = max(("Russia", "Ukraine"), key=lambda x: (sides.count(x), x == sides[0]))
    change = next(f.change for f in earlier if f.actor == side)
    return change, side


def previous_direction(ctx, s_start: int) -> str:
    """The change named by the last direction word of the sentence before ``s_start``."""
    index = sentence_of(ctx, s_start)
    if index == 0:
        return ""
    p_start = ctx.sentences[index - 1][0]
    for w in reversed(words_after(ctx, p_start, 60, s_start)):
        direction = ctx.v.directions.get(w[2].lower())
        if direction is not None and direction.needs not in ("control", "passive") and \
                direction.change in ("gain", "loss") and not _side_word(ctx, w):
            return direction.change
    return ""


#: a number and "by" / "x" right before a length: one side of a size ("a strip 3 by 5 km"; lower-cased text)
_SIZE_BY_BEFORE = re.compile(r"(?:\d|\b(?:" + number_words(1, 10) + r"|twelve|fifteen|twenty|thirty|forty|fifty|"
                             r"hundred))\s*(?:by|x|×)\s*$")


#: a second verb phrase joined by "and" to the one before, with its auxiliary ("… and were now holding a line ", "… and
#: are still "), or a bare past verb ("… and advanced 3 km": fa38), running on to a figure with no stop or comma between,
#: nor a relative pronoun before "and" (not "the Russian assault groups that had regrouped and were now 6 km from …":
#: the relative clause's own verbs)
_AND_A_SECOND_VERB = re.compile(r"(?:(?!\b(?:that|which|who)\b)[^.;:!?,\"“”])*?\band\s+(?:(?:(?:were|was|are|is|had|have|has|now|"
                                r"still|also|then)\s+)+|[a-z]{3,}ed\s+)[^.;:!?,\"“”]*$")

#: a place just before a distance ("… against Sumy, about 90 miles", "the depot, some 40 km") and the distance's
#: bearing or "away" after it: how far a place lies, not a gain (module level: its letter classes read "Śokolyn", nx1)
_PLACE_THEN_COMMA = re.compile(widen(r"(?:[A-Z][\w’'-]+|\b(?:region|oblast|province|airfield|air\s+base|base|refinery|depot|"
                               r"plant|port|town|city|village)),\s+(?:[a-z]+\s+)?$"))
_AWAY_FROM_PLACE = re.compile(widen(r"\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)|away\b|(?:from|of)\s+(?:the\s+)?(?:[A-Z]|"
                              r"border\b|front\b|front[\s-]?lines?\b|frontline\b))"))


def read_length(ctx, r: Reading) -> bool:
    """A length: a front line's length, or forces' distance from a place or advance depth."""
    quantity = r.quantity
    unit_end = r.unit_end
    s_start = r.s_start
    s_end = r.s_end
    clause_start = r.clause_start
    text = ctx.text
    front = FRONT_WORDS.match(text, unit_end, s_end)
    before = text[max(s_start, quantity.start - 40):quantity.start].lower()
    if re.search(r"\bcubic\s+$", text[max(s_start, r.unit_start - 8):r.unit_start], re.IGNORECASE):
        r.flags += ("dimension",)     # "4.4 billion cubic metres of gas": a volume, not a length
        r.change = ""
        return True
    if front or re.search(r"\bfront(?:[\s-]?line)?\s+(?:of|(?:that\s+|which\s+)?"
                          r"(?:(?:itself|now|currently|still|today|altogether)\s+){0,2}(?:runs|"
                          r"ran|stretches|stretched|spans|spanned|extends|extended|is)"
                          r"(?:\s+for|\s+over)?)(?:\s+\w+){0,2}\s*$", before):
        r.category, r.change, r.actor = "front length", "distance", ""
        r.flags += ("front length",)      # a length of the front, not a move or a distance of forces
        if front:
            r.end = front.end()
    else:
        r.category, r.change = "distance", "distance"
        gloss = figure_gloss(ctx, quantity.start, unit_end, s_end)
        if gloss is not None and _DISTANCE_GLOSS.match(text, gloss, s_end):
            # "• 9 km: the distance between Russian positions and …", "12 km — the distance between Russian
            # positions and the town": a digest line glossing its figure as a distance of forces (whose side the gloss
            # may name)
            r.actor = next((m.side for m in mentions_in(ctx, gloss, s_end) if m.side in ("Russia", "Ukraine")), "")
            return True
        if _on_the_clock(ctx, unit_end, s_end):
            return False     # "a van with 180,000 miles on it", "90,000 km on the clock": how far a vehicle has run
        comma_start = comma_clause_start_at(ctx, quantity.start, s_start)
        forces = _FROM_SIDE_FORCES.match(text, unit_end, s_end) if not is_forces_subject(ctx, quantity.start, comma_start) \
            else None
        side = next((m.side for m in mentions_in(ctx, forces.start("side"), forces.end("side"))
                     if m.side in ("Russia", "Ukraine")), "") if forces else ""
        if side:
            # "Zaporizhzhia lies about 30 km from the nearest Russian positions", "within 5 km of Russian troops": the
            # distance of that side's forces from the place
            r.actor = side
            return True
        comma_start = comma_clause_start_at(ctx, quantity.start, s_start)
        if has_cue_word(ctx, comma_start, quantity.start, "geography") and \
                not is_forces_subject(ctx, quantity.start, comma_start):
            return False     # "the town lies 5 km from the border": where a place is (forces only in its own clause:
            # not "Sudzha, which Ukrainian forces entered, … lies 8 km from the border")
        if re.search(r"\b(?:the\s+)?(?:closest|nearest|farthest|furthest)\s+(?:of\s+them|of\s+the\s+[a-z]+|one)\s+"
                     r"(?:[a-z]+\s+){0,3}?$", text[max(s_start, quantity.start - 50):quantity.start], re.IGNORECASE) and \
                not is_forces_subject(ctx, quantity.start, comma_start):
            return False     # "12 drones were shot down, the closest of them within 30 miles of the city": objects
        subject_place = _PLACE_IS.fullmatch(text, comma_start, quantity.start)
        if subject_place is not None and places_in(ctx, subject_place.start("place"), subject_place.end("place")) and \
                not is_forces_subject(ctx, quantity.start, comma_start):
            return False     # "Kramatorsk itself is 95 km from the regional border": where a place is, not forces
        if (_PLACE_NOUN_IS.fullmatch(text, comma_start, quantity.start) or
                _PLACE_NOUN_IS.fullmatch(text, s_start, quantity.start)) is not None and \
                not is_forces_subject(ctx, quantity.start, comma_start):
            return False     # "The town itself is 120 km from Kharkiv by road", "The regional capital, Dnipro, is some
            # 100 km further west": where a place named by its kind is, not forces
        if _FRONT_OF_LENGTH.match(text, unit_end, s_end) or _FRONT_TO_DEFEND.match(text, unit_end, s_end):
            r.category, r.change, r.actor = "front length", "distance", ""
            r.flags += ("front length",)     # "and 980 km of active line", "about 1,200 km to defend": the front's length
            return True
        if _FROM_THE_FRONT.match(text, unit_end, s_end) and not is_forces_subject(ctx, quantity.start, comma_start):
            return False     # "when the town was 60 km from the front": where a place is, not forces
        if RELOCATED.search(text, max(s_start, quantity.start - 80), quantity.start):
            return False     # "moved its headquarters 15 km west": a relocation, not where the forces are
        if word_before_regex(ctx.v.cues.get("facility", frozenset()), _FACILITY_TAIL).search(
                text, max(s_start, quantity.start - 40), quantity.start):
            return False     # "struck an oil depot 1,200 km inside Russia": where a target is, not forces
        if word_before_regex(ctx.v.cues.get("weapon_range", frozenset()), _RANGE_TAIL).search(
                text, max(s_start, quantity.start - 40), quantity.start):
            return False     # "rockets with a range of about 150 km": how far a weapon reaches, not forces
        if _PLACE_THEN_COMMA.search(text[max(s_start, quantity.start - 40):quantity.start]) and \
                _AWAY_FROM_PLACE.match(text[unit_end:s_end]):
            return False     # "… against Sumy, about 90 miles to the northeast", "the Sea of Azov, about 80 km away",
            # "the town of Pokrovsk, some 60 km from Donetsk,", "an airfield in the Saratov region, 700 km from the
            # border", "the town of Orikhiv, 7 km from the front": where a place is
        if _PLACE_APPOSED.search(text, max(s_start, quantity.start - 90), quantity.start) and \
                _LOCATED_AFTER.match(text, unit_end, s_end):
            return False     # "Shevchenko, a village about 5 miles south of Pokrovsk", "Kostiantynivka, a city of
            # 67,000 people about 20 km from Kramatorsk": where a place named in apposition lies
        if _SIZE_BY_BEFORE.search(before) or \
                re.match(r"[\s-]*(?:wide|long)\b", text[unit_end:s_end]) or (
                    re.match(r"[\s-]*deep\b", text[unit_end:s_end]) and (
                        re.search(r"\b(?:wide|long)\s+(?:and|by)\s+(?:[a-z]+\s+)?$", before) or
                        re.match(r"[\s-]*deep\s+(?:and|by)\s+(?:[a-z]+\s+)?[\d.,]+\s*[a-z]+[\s-]*(?:wide|long)\b",
                                 text[unit_end:s_end]))):
            # ("a wedge 30 km wide and 20 km deep": a depth beside a width is a size too)
            r.flags += ("dimension",)     # "six by six kilometres", "10-km-wide": a size, not a distance
            r.change = ""
            return True
        if _route_length(ctx, unit_end, s_end):
            # "a 14 km stretch of the H20", "the 20-km road to Siversk", "a 19-kilometre bridge": the length of a route or a
            # structure (``fact_cues.csv``, cue ``route``), not a move or a distance of forces
            r.flags += ("dimension",)
            r.change = ""
            return True
        verb = direction_verb_near(ctx, quantity.start, clause_start, s_end)
        if verb is not None and verb[0][1] <= quantity.start and _AWAY_AFTER.match(text, unit_end, s_end) and \
                _BREAK_BEFORE_AWAY.search(text, verb[0][1], quantity.start):
            verb = None     # "a platform to push north towards the region, about 30 km away": where a place lies from
            # the forces, not the depth of the move named before it (not "pushed the enemy 2.5 km away", the length
            # inside the verb's phrase: a comma or a clause break between the two) (fa35, rv25fixc)
        if verb is not None and verb[1].change == "gain" and is_passive(ctx, verb[0][0], clause_start):
            verb = None     # "Russian troops were pushed about 3 km east of the river": the subject was moved, it gained
            # nothing (an active verb's row, "pushed * east of", read in the passive) (rv25fixc)
        reach = 2
        back_to = re.search(r"\b(?:back|away)\s+to\s+(?:(?:" + HEDGE + r"|within)\s+)?$", text[s_start:quantity.start])
        within = re.search(r"\bwithin\s+(?:(?:" + HEDGE + r")\s+)?$", before)
        stopped = verb is not None and re.search(
            r"\b(?:stopped|halted|held|blocked|checked|stalled|contained)\s+(?:the\s+|their\s+|its\s+|an?\s+)?"
            r"(?:[\w’'-]+\s+)?$", text[max(s_start, verb[0][0] - 40):verb[0][0]], re.IGNORECASE) or \
            verb is not None and verb[0][1] <= quantity.start and \
            _STALLED_AFTER.fullmatch(text, verb[0][1], quantity.start) is not None
        # ("the push had halted some 18 km short of the town": where it stopped, not how far it went: fa38)
        corrected = None
        if verb is None and _BUT_ONLY.search(text, max(s_start, quantity.start - 40), quantity.start):
            # "did not advance 10 km, as Moscow claimed, but only about 2 km": the corrected depth of the verb before
            comma = text.rfind(",", s_start, quantity.start)
            corrected = direction_verb_near(ctx, comma if comma > s_start else quantity.start, s_start, quantity.start)
            if corrected is not None and corrected[1].change in ("gain", "loss"):
                verb = corrected
        moving = verb is not None and verb[1].change in ("gain", "loss")
        if not moving and not back_to and _BEYOND_OWN_LINES.match(text, unit_end, s_end) and \
                not is_forces_subject(ctx, quantity.start, comma_start) and \
                not THEY_ARE.search(text, clause_start, quantity.start):
            # "the second line lay 10 to 12 km beyond his forward positions": how far a line or a place is from the
            # speaker's own forces (his, our, its), a distance of those forces, not the depth of an advance (fa24)
            r.actor = r.actor or reporter_side(ctx, quantity.start)
            return True
        if not moving and _FURTHER_COMPASS.match(text, unit_end, s_end) and \
                not is_forces_subject(ctx, quantity.start, comma_start) and \
                not THEY_ARE.search(text, clause_start, quantity.start):
            return False     # "Tokmak, the real prize, about 20 km further south": where a place lies from the one named
            # before; with no verb of moving and no forces as the subject, no advance (fa24)
        if verb is not None and verb[1].change in ("gain", "loss") and corrected is None and \
                verb[0][0] < quantity.start and _NOT_BEFORE.search(text, max(s_start, verb[0][0] - 40), verb[0][0]):
            return False     # "never advanced 5 km", "did not retreat a single kilometre": no move
        if verb is not None and verb[1].change in ("gain", "loss") and not back_to and \
                _TO_A_POSITION.search(text, max(s_start, quantity.start - 60), quantity.start) and \
                _COMPASS_OF.match(text, unit_end, s_end):
            back_to = True   # "had fallen back to high ground about 2 km south of the village": where the forces now are
        if verb is not None and verb[1].change in ("gain", "loss") and not back_to and not within and not stopped:
            r.change = verb[1].change       # "advanced 3 km": the depth of an advance; not "stopped the advance 20 km from Sumy"
            r.start = min(r.start, verb[0][0])
        elif re.match(r"\s*(?:\([^()]{1,30}\)\s*)?(?:further|farther|deeper|(?:deep\s+)?into|inside|beyond|past|"
                      r"across\s+the\s+(?:border|river|line|front))\b", text[unit_end:s_end]) \
                and not back_to and not within:
            r.change = "gain"               # "pushed the front line 12 km further west", "10 km into", "8 km across the border"
        elif (pushed := _PUSHED_BEFORE.search(text, max(s_start, quantity.start - 40), quantity.start)) and \
                _BEHIND_LINES.match(text, unit_end, s_end) and not back_to and not within and \
                not _carried_behind_lines(ctx, pushed.start(), s_start):
            r.change = "gain"               # "had pushed as much as 50 km behind the former front line": an advance's
            # depth past the line (a verb of pushing through before it; not "operated 30 km behind the front line") (fa34)
        elif re.match(r"[\s-]*deep\b", text[unit_end:s_end]) and not back_to and not within and \
                _DEPTH_OF_A_SALIENT.search(text, s_start, quantity.start):
            r.change = "gain"               # "the salient Russian forces drove towards it is about 35 km deep": how far
            # the advance that made it went
        elif (_ADVANCE_OF.search(before) or _ADVANCE_NOUN_AFTER.match(text, unit_end, s_end)) and not back_to and not within:
            r.change = "gain"               # "an initial push of about 30 km", "a 5-kilometre push": a depth
        elif verb is None and not back_to and not within and _IN_A_PERIOD.match(text, unit_end, s_end) and \
                not _FROM_AFTER.match(text, unit_end, s_end) and not _RATE_OF.search(before):
            # (not "continued at a rate of 3-4 km per day": the pace of an advance named before, read below)
            r.change = "gain"               # "Twelve kilometres in a month is not a breakthrough": a depth over a period
            reach = _PERIOD_DEPTH_REACH     # (its side, when no side is named, from the gains a few paragraphs up)
        elif _RATE_OF.search(before) and not back_to and not within:
            # "the advance of Russian troops … continued at a rate of 3-4 km per day": the pace of an advance named
            # earlier in the sentence (a gain word), whose side the of-phrase after it gives
            for w in reversed(words_after(ctx, s_start, 60, quantity.start)):
                direction = ctx.v.directions.get(w[2].lower())
                if direction is not None and direction.change == "gain" and direction.needs not in ("control", "passive"):
                    r.change = "gain"
                    r.actor = next((m.side for m in mentions_in(ctx, w[1], min(quantity.start, w[1] + 30))
                                    if m.side in ("Russia", "Ukraine")), "")
                    break
        subject = subject_of(ctx, quantity.start, s_start) or _subject_before_a_quote(ctx, quantity.start, s_start)
        if subject is not None and subject.kind == "demonym" and \
                (_OBJECT_OF_VERB_BEFORE.search(text, max(s_start, subject.start - 30), subject.start) or
                 _COUNTED_OBJECT.search(text, max(s_start, subject.start - 40), subject.start)) and \
                _AND_A_SECOND_VERB.match(text, subject.end, quantity.start):
            # "Ukrainian troops had stopped the Russian push north of Kharkiv and were now holding a line 8 to 10 km from
            # the border": the demonym of the first verb's object is no subject of the verb coordinated with it, which
            # shares the clause's subject (fa32); so is a counted object's ("Ukrainian forces had killed 80 Russian
            # soldiers and had pushed forward 2 kilometres": fa38)
            subject = subject_of(ctx, subject.start, s_start) or subject
        r.actor = r.actor or (subject.side if subject is not None else "")
        if not r.actor and subject is None and verb is not None and r.change == verb[1].change in ("gain", "loss") and \
                verb[0][0] < quantity.start and \
                not _PASSIVE_BEFORE.search(text, max(clause_start, verb[0][0] - 30), verb[0][0]) and \
                not _NOUN_DETERMINER.search(text, max(clause_start, verb[0][0] - 30), verb[0][0]):
            # "According to the defence minister, the troops advanced up to 6 km": an active move whose subject names no
            # side is the reporting side's own (as for an area: ``reporter_side``)
            r.actor = reporter_side(ctx, verb[0][0])
        if not r.actor and subject is None and verb is not None and r.change == "gain" and \
                verb[0][0] < quantity.start and \
                any(w[2].lower() in force_nouns() for w in words_before(ctx, verb[0][0], 4, clause_start)):
            # "Russian forces attacked Kupiansk overnight. The troops advanced 2 km, the governor said": a force noun
            # with no side as the subject is the army the passage names (as for an area: "the army had taken …") (fa36);
            # not for a loss ("Russian forces shelled Kupiansk. The army withdrew 3 km": the passage's attacker is no
            # guess for who fell back) (rv26fixb)
            r.actor = side_from_context(ctx, verb[0][0])
        fragment = verb is None and r.change == "distance" and _HEDGE_LEAD.fullmatch(text, s_start, quantity.start) \
            and _FRAGMENT_TAIL.match(text, unit_end, s_end) and previous_direction(ctx, s_start)
        if fragment:
            # "We have lost ground. Maybe two kilometres.": a verbless fragment takes the sentence before's move and side
            r.change, r.actor = fragment, r.actor or side_from_context(ctx, s_start)
        if verb is not None and verb[0][0] > quantity.start:    # "2.5 km were gained by …"
            r.actor = agent_side(ctx, verb[0][1], s_end) or r.actor
        pushed_back = None if back_to else _PUSHED_BACK.search(text, max(clause_start, quantity.start - 80),
                                                                quantity.start)
        pushed_side = next((m.side for m in mentions_in(ctx, pushed_back.start("who"), pushed_back.end("who"))
                            if m.side in ("Russia", "Ukraine")), "") if pushed_back is not None else ""
        if pushed_back is not None and (not r.actor or r.actor == pushed_side and (
                not _PUSHED_PRONOUN.fullmatch(pushed_back.group("who").strip()) or
                _WE_BEFORE_VERB.search(text, max(clause_start, pushed_back.start() - 12), pushed_back.start()))):
            # "Our brigade pushed the Russians back 2 km": the pushed side's opponent (never the pushed side itself:
            # "the Russians came within 6 km before we pushed them back 2 km"; a pronoun pushed back only after "we",
            # whose side is the other one: "them" may be read wrongly where a subject names the side)
            r.actor = opposite(pushed_side)
        if back_to:     # "pushed the Russians back to 55 km from Kyiv": the pushed side is there
            pushed = [m for m in mentions_in(ctx, clause_start, quantity.start)
                      if m.side in ("Russia", "Ukraine")]
            r.actor = pushed[-1].side if pushed else r.actor
        if r.change == "gain" and not r.actor and \
                not any(m.side in ("Russia", "Ukraine") for m in mentions_in(ctx, s_start, s_end)):
            # "… Ukrainian forces had recaptured 7 km². In the south, she said, troops had moved forward another 1 to 2 km":
            # a depth no side names is that of the last gain read in the two sentences before (as for areas)
            index = sentence_of(ctx, s_start)
            gains = [f.actor for f in takewhile(lambda f: f.sentence >= index - reach, reversed(ctx.numeric))
                     if f.sentence < index and f.change == "gain" and f.actor in ("Russia", "Ukraine")]
            if reach > 2 and gains and gains.count(opposite(gains[0])) > gains.count(gains[0]):
                # a verbless depth over a period is the story's advance: the side of most gains before it, not a
                # counter-attack named last ("Ukraine recaptured … 40 km²" among Russia's monthly gains)
                gains = [opposite(gains[0])]
            r.actor = gains[0] if gains else ""
        military = verb is not None or bool(fragment) or r.change == "gain" or (subject is not None and subject.side in
                                        ("Russia", "Ukraine"))
        if not r.actor and r.change == "distance" and (military or re.match(r"\s+(?:\w+\s+){0,2}?(?:from|of)\b",
                                                                             text[unit_end:s_end])):
            asked = _side_asked_before(ctx, s_start)
            if asked:       # "How far are Russian forces from Kramatorsk?" "The closest positions are about 18 km from …"
                r.actor, military = asked, True
        row = _LENGTH_ROW.fullmatch(text, s_start, quantity.start) if not military else None
        if row is not None:
            # "Deepest Russian advance: about 4.5 km", "Closest Russian positions to Pokrovsk: 1.2 km (ISW)": a table
            # row whose label names an advance (its depth) or forces' positions (their distance) and the side
            military = True
            if row.group("noun").lower().startswith(("advance", "push", "breakthrough", "penetration", "gain")):
                r.change = "gain"
            r.actor = r.actor or next((m.side for m in mentions_in(ctx, s_start, s_start + row.end("label"))
                                       if m.side in ("Russia", "Ukraine")), "")
        if not military and THEY_ARE.search(text, clause_start, quantity.start):
            # "We assess that they are about 15 kilometers northwest of the city" (a briefing): the
            # forces spoken of, whose side the sentences before give
            military = True
            r.actor = r.actor or side_from_context(ctx, quantity.start)
        if not military and re.match(r"\s+(?:to\s+the\s+)?(?:north|south|east|west)\w*\s+of\b",
                                     text[unit_end:s_end]):
            return False     # "Kupiansk is 120 km east of Kharkiv": where a town is
        if not military and not re.match(r"[\s-]*(?:\w+\s+){0,2}?(?:from|of|to|into|inside"
                                         r"|behind|beyond)\s", text[unit_end:s_end]):
            return False
        tail = re.match(r"\s+(?:away\s+)?from\s+(?:the\s+(?:city|town|village|border)"
                        r"\s+of\s+)?", text[unit_end:s_end])
        if tail:
            places = places_in(ctx, unit_end + tail.end(), unit_end + tail.end() + 40)
            if places and places[0].start == unit_end + tail.end():
                r.end = places[0].end
    return True


#: what may stand between a length and the route it measures: a hyphen or a space, "long", and one modifier that is no
#: preposition ("the 20-km supply road", not "advanced 3 km along road")
_ROUTE_HEAD = re.compile(r"[\s-]+(?:long\s+)?(?P<first>[a-z]+)\b(?:[\s-]+(?P<second>[a-z]+)\b)?", re.IGNORECASE)
#: words that cannot modify a route's noun right after a length ("advanced 3 km along road", "5 km from the bridge")
_NOT_ROUTE_MODIFIER = frozenset("along up down to toward towards from of on in into across past beyond behind off away "
                                "inside outside west east north south deep further farther closer nearer short and or but "
                                "the a an".split())
#: a stretch of a route after a length: "a 14 km stretch of the H20", "a 30-km section of the Kharkiv highway"
_ROUTE_STRETCH = re.compile(r"[\s-]+(?:long\s+)?(?:stretch|section|segment|length|part)\s+of\s+(?:the\s+)?"
                            r"(?:(?P<code>[A-Z]{1,2}-?\d{1,4})\b|(?:[\w’'-]+\s+){0,2}?(?P<noun>[a-z]+)\b)")


def _route_length(ctx, unit_end: int, s_end: int) -> bool:
    """Whether the length whose unit ends at ``unit_end`` measures a route or a structure: a road, a bridge, a tunnel (cue
    ``route``), named right after it or as what a stretch of it is part of ("a 14 km stretch of the H20")."""
    routes = ctx.v.cues.get("route", frozenset())
    stretch = _ROUTE_STRETCH.match(ctx.text, unit_end, s_end)
    if stretch is not None:
        return bool(stretch.group("code")) or (stretch.group("noun") or "").lower() in routes
    head = _ROUTE_HEAD.match(ctx.text, unit_end, s_end)
    if head is None:
        return False
    first, second = head.group("first").lower(), (head.group("second") or "").lower()
    return first in routes or (first not in _NOT_ROUTE_MODIFIER and second in routes)


#: a verb of a place's size right before an area: "covers about 840 sq km", "spans some 26,500 km²"
_COVERS_BEFORE = re.compile(r"\b(?:covers|covered|covering|spans|spanned|measures|measured|has\s+an\s+area\s+of|"
                            r"had\s+an\s+area\s+of|with\s+an\s+area\s+of)\s+(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)
#: an offensive as the subject of a verb of extent right before an area: "the operation covered more than 4,000 km²",
#: "the counteroffensive has so far spanned about 500 km²" (the ground it took)
#: (``offensive_noun`` words of data/fact_cues.csv; "the operation" only as group ``bare``, read when an advance was told
#: just before: not "the demining operation covered 500 km²")
_OFFENSIVE_COVERED = TablePattern("territorial_offensive_covered", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("offensive_noun") + r"|(?<=\bthe\s)(?P<bare>operation))\s+"
    r"(?:(?:has|had|have|so|far|now|already|in|all|total)\s+){0,3}"
    r"(?:covers|covered|spans|spanned|took\s+in|encompassed|encompasses)\s+"
    r"(?:(?:" + HEDGE + r")\s+)?$"), re.IGNORECASE)
#: an area a side holds or took, whose size is a fact ("the bridgehead covers about 12 sq km")
_HELD_AREA_NOUN = re.compile(r"\b(?:bridgeheads?|footholds?|salients?|pockets?|wedges?|zones?|positions|enclaves?|territory|"
                             r"ground|gains?|advance|breakthrough|incursion|occupied|captured|seized|taken)\b", re.IGNORECASE)
#: the same verb gapped in a second clause: "…covers about 840 sq km, and the Donetsk region as a whole 26,500 sq km"
_COVERS_GAPPED = re.compile(r"\b(?:covers|covered|spans|spanned|measures|measured)\s+[^.;:]{1,40}?,\s+(?:and|while)\s+"
                            r"(?:the\s+)?[A-Z][\w’'-]+(?:\s+[\w’'-]+){0,4}?\s+(?:(?:" + HEDGE + r")\s+)?$")
#: a determiner (and adjectives) right before a direction word: the word is a noun ("The largest monthly gain")
_NOUN_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|its|their)\s+(?:(?:largest|biggest|smallest|latest|last|first|"
                              r"monthly|weekly|daily|overall|total|net|record)\s+){1,2}$", re.IGNORECASE)
#: a place named by its kind as the subject of "is" right before a length: "The town itself is 120 km from …", "The
#: regional capital, Dnipro, is some 100 km further west"
_PLACE_NOUN_IS = re.compile(r"[\s\"“]*(?:(?:and|but)\s+)?[Tt]he\s+(?:(?:regional|provincial|district|nearest|largest)\s+)?"
                            r"(?:city|town|village|port|capital|hub|centre|center)(?:\s+itself)?(?:,\s+[A-Z][\w’'-]+"
                            r"(?:\s+[A-Z][\w’'-]+)?,)?\s+(?:is|was|sits|lies|lay)\s+(?:(?:now|still|only|just|about|"
                            r"around|some|roughly|nearly|almost|less\s+than|more\s+than|over|under|barely)\s+){0,2}")
#: the ground an advance made, as the subject of a depth: "the salient … is about 35 km deep", "the wedge was 12 km deep"
_DEPTH_OF_A_SALIENT = re.compile(r"\b(?:salient|wedge|bulge|breakthrough|penetration|incursion)\b[^.;:]{0,80}?\b(?:is|was|"
                                 r"are|were|has\s+been|had\s+been|now\s+runs|reaches|reached)\s+(?:(?:now|still|" + HEDGE + r")\s+){0,2}$",
                                 re.IGNORECASE)
#: a length of the line itself after the unit: "980 km of active line", "1,000 km of front"
_FRONT_OF_LENGTH = re.compile(r"\s+of\s+(?:(?:active|contact|the)\s+)?(?:front(?:[\s-]?line)?|line|frontline|contact\s+line)\b",
                              re.IGNORECASE)
#: a length a side has to defend or hold: "about 1,200 km to defend"
_FRONT_TO_DEFEND = re.compile(r"\s+(?:of\s+(?:front|line)\s+)?to\s+(?:defend|hold|man|cover|guard)\b", re.IGNORECASE)
#: a place as the subject of "is" right before a length: "Kramatorsk itself is 95 km", "The town of Siversk is now about 30 km"
_PLACE_IS = re.compile(r"[\s\"“]*(?:(?:and|but)\s+)?(?:the\s+(?:city|town|village|port)\s+of\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
                       r"(?:\s+itself)?\s+(?:is|was|sits|lay)\s+(?:(?:now|still|only|just|barely|" + HEDGE + r")\s+){0,2}")
#: a period right after a length, with no verb of moving: the depth of an advance over it ("Twelve kilometres in a month
#: around the town is not a breakthrough", "about 2 km a week"); not "from": a distance ("5 km from the town in May")
_IN_A_PERIOD = re.compile(r"\s+(?:(?:in|over|within)\s+(?:a|one|a\s+single|the\s+(?:past|last)|(?:" + number_words(2, 10) +
                          r"|\d+)(?:\s+(?:more|full))?)\s+|a\s+|per\s+)(?:day|days|week|weeks|month|"
                          r"months|fortnight)\b(?![\s,]+(?:from|of|away)\b)", re.IGNORECASE)
_PERIOD_DEPTH_REACH = 10   # sentences back for the side of a verbless depth over a period
_FROM_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:from|away\s+from|outside|short\s+of)\b")


#: a place named, then in apposition its kind ("Shevchenko, a village", "Kostiantynivka, a city of 67,000 people")
#: right before a length
_PLACE_APPOSED = re.compile(r"[A-Z][\w’'-]+,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:village|town|city|settlement|"
                            r"hamlet|suburb|district|port|hub|stronghold)(?:\s+of\s+(?:about\s+|some\s+|around\s+|roughly\s+)?"
                            r"[\d,.]+(?:\s+(?:thousand|million))?\s+(?:people|residents|inhabitants))?\s+"
                            r"(?:(?:" + HEDGE + r"|just|only)\s+)?$")
#: what says a length places something: a compass direction or "from"/"of" a place after the unit
_LOCATED_AFTER = re.compile(r"[\s-]+(?:(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*(?:\s+of)?|away|from|outside|"
                            r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b", re.IGNORECASE)
#: a negation right before a verb: "did not advance", "never retreated", "hasn't moved", "failed to advance"
_NOT_BEFORE = re.compile(r"(?:\b(?:not|never)|n[’']t|\bfailed\s+to)\s+(?:(?:yet|even|ever|once|really|actually|"
                         r"been\s+able\s+to|managed\s+to)\s+)*$", re.IGNORECASE)
def _side_asked_before(ctx, s_start: int) -> str:
    """The one side a question names when it is the paragraph right before the answer the sentence opens ("PRICE: How
    far are Russian forces now from Kramatorsk?" then "ORTON: The closest positions are about 18 km …"); "" else."""
    text = ctx.text
    p_start = text.rfind("\n", 0, s_start) + 1
    if text[p_start:s_start].strip() and not re.fullmatch(r"[ \t]*(?:[A-Z][A-Z.'’ -]{0,40}|A|Answer)\s*:\s*",
                                                        text[p_start:s_start]):
        return ""       # not the answer's first sentence
    k = p_start - 1
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k <= 0 or text[k - 1] != "?":
        return ""
    q_start = text.rfind("\n", 0, k) + 1
    sides = {m.side for m in mentions_in(ctx, q_start, k) if m.side in ("Russia", "Ukraine")}
    return sides.pop() if len(sides) == 1 else ""


#: a corrected figure after a negated one: "…, but only (about) 2 km", "but rather 3 km"
_BUT_ONLY = re.compile(r"\bbut\s+(?:only|just|rather|merely)\s+(?:(?:" + HEDGE + r")\s+)?$")
#: what may open a verbless fragment before its figure ("Maybe two kilometres.", "“Perhaps 3 km,” he said.")
_HEDGE_LEAD = re.compile(r"[\W_]*(?:(?:maybe|perhaps|probably|possibly)\W+)?", re.IGNORECASE)
#: what may follow the fragment's unit: the sentence's end, or a comma and who says it
_FRAGMENT_TAIL = re.compile(r"[\s\"”’']*(?:[.!?…]|$|,[\s\"”’']+(?:[\w’'-]+\s+){1,6}?(?:said|says|added|estimated)\b)")
#: a pace right before a length: "at a rate of 3-4 km per day", "at a pace of up to 2 km"
_RATE_OF = re.compile(r"\b(?:rate|pace|speed)\s+of\s+(?:(?:" + HEDGE + r")\s+)?$",
                      re.IGNORECASE)
#: an advance named as a noun right after its depth: "a 5-kilometre push", "a 3-km thrust"
_ADVANCE_NOUN_AFTER = re.compile(r"[\s-]+(?:[a-z]+\s+)?(?:push|breakthrough|penetration|thrust|incursion)\b")
#: an advance named as a noun with its depth after "of": "a push of about 30 km", "an advance of 5 km"
_ADVANCE_OF = re.compile(r"\b(?:push|advance|breakthrough|penetration|thrust|drive|incursion|progress)\s+of\s+"
                         r"(?:(?:" + HEDGE + r")\s+)?$")
#: a facility right before a length (``fact_cues.csv``, cue ``facility``): "an oil depot 1,200 km inside Russia", "a
#: refinery some 500 km from the border"; what may stand between the word and the number
_FACILITY_TAIL = (r"\s+(?:(?:" + HEDGE + r"|as\s+far\s+as|"
                  r"as\s+deep\s+as|(?:at\s+)?(?:a\s+)?(?:range|distance)\s+of(?:\s+up\s+to)?)\s+)?")
#: what may stand between a weapon's reach (``fact_cues.csv``, cue ``weapon_range``) and the number: "a range of up to"
_RANGE_TAIL = r"\s+(?:of\s+)?(?:(?:" + HEDGE + r")\s+)?"
#: "moved its headquarters (about) 15 km west", "relocated the command post": a relocation before a distance
RELOCATED = TablePattern("territorial_relocated", ("armed_units",), lambda: (
    r"\b(?:moved|moves|relocated|relocates|shifted|transferred)\s+(?:its|their|his|her|the|a)\s+"
    r"(?:(?:[\w-]+\s+)?(?:headquarters|hq|command\s+posts?|bases?|staff)\s+(?:[\w-]+\s+){0,2}?|"
    # "the hospital moved its surgical ward 40 km north": anything but a body of troops (a formation of
    # data/armed_units.csv, kind ``formation``, uses ``strength``) or the line
    r"(?:(?!(?:troops|forces|soldiers|men|positions|lines?|front|army|defen[cs]es|" +
    "|".join(map(re.escape, _tables.formation_words("strength"))) + r")\b)[\w-]+\s+){1,3}?)$"), re.IGNORECASE)

#: a distance from a side's forces named after the unit: "from the nearest Russian positions", "of Ukrainian troops"
_FROM_SIDE_FORCES = re.compile(r"\s+(?:away\s+)?(?:from|of)\s+(?:the\s+)?(?:nearest\s+|closest\s+)?(?P<side>[A-Z][\w’'-]+)\s+"
                               r"(?:(?:front[\s-]?line|artillery|forward|combat)\s+)?(?:positions|troops|forces|units|lines|"
                               r"soldiers)\b")    # (a side by name: not "from our positions", whose "they" are the enemy)

#: a verb of pushing through right before a length, its hedge between (``depth_verb`` words of data/fact_cues.csv):
#: "pushed as much as", "drove", "had thrust up to" (fa34; "penetrated", "broke through" are gain verbs of
#: data/direction_verbs.csv, read before: rv24fixc)
_PUSHED_BEFORE = TablePattern("territorial_pushed_before", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("depth_verb") + r")\s+(?:(?:" + HEDGE + r")\s+)?$"), re.IGNORECASE)
#: a line passed, right after a length: "behind the former front line", "behind Russian lines", "behind enemy lines"
_BEHIND_LINES = re.compile(r"\s+behind\s+(?:the\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?(?:front(?:[\s-]?lines?)?|lines?|"
                           r"positions|defen[cs]es)\b", re.IGNORECASE)


#: a length beyond or behind the speaker's own lines: "beyond his forward positions", "behind our front line" (not
#: "from our positions": "They are 3 km from our positions" places the enemy, the subject)
_BEYOND_OWN_LINES = re.compile(r"\s+(?:beyond|behind|past)\s+(?:his|her|our|my|its)\s+(?:own\s+)?"
                               r"(?:(?:forward|front[\s-]?line|front|forwardmost|advanced|current)\s+)?"
                               r"(?:positions|lines|line|trenches|defences|defenses)\b", re.IGNORECASE)
#: "away" right after a length (past a bracketed conversion): "about 30 km (19 miles) away"
_AWAY_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?away\b", re.IGNORECASE)
#: a length "further south", "farther to the east": where one place lies from another named before
_FURTHER_COMPASS = re.compile(r"\s+(?:further|farther)\s+(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
                              r"(?:wards?)?\b(?!\s+(?:of|than|from)\b)", re.IGNORECASE)
#: a comma or a clause break between a verb of moving and a length "away" after it (see ``_AWAY_AFTER``)
_BREAK_BEFORE_AWAY = re.compile(r"[,;:—–]")


def _on_the_clock(ctx, unit_end: int, s_end: int) -> bool:
    """A length right before "on it" or "on the/its <odometer word>" (``fact_cues.csv``, cue ``odometer``: clock,
    odometer …): the distance a vehicle has run ("a van with 180,000 miles on it")."""
    words = ctx.v.cues.get("odometer", frozenset())
    found = re.match(r"\s+on\s+(?:it\b|(?:the|its|their|his|her)\s+(?P<word>[a-z]+)\b)", ctx.text[unit_end:s_end],
                     re.IGNORECASE)
    return found is not None and (found.group("word") is None or found.group("word").lower() in words)


#: a distance from the front line itself ("60 km from the front"): where a place lies, unless forces are the subject
_FROM_THE_FRONT = re.compile(r"\s+(?:away\s+)?from\s+the\s+(?:front|front[\s-]?lines?|frontline|contact\s+line|"
                             r"line\s+of\s+contact)\b", re.IGNORECASE)

#: a verb's goal that is a position, its noun right before the figure: "fell back to high ground about", "withdrew to
#: positions" (not "up to", nor "to about": a hedge is no position)
_TO_A_POSITION = re.compile(r"(?<!\bup\s)\bto\s+(?:the\s+|an?\s+|new\s+|their\s+|its\s+|his\s+|our\s+)?"
                            r"(?:(?!(?:" + HEDGE + r")\b)[a-z-]+\s+){1,3}?(?:(?:" + HEDGE + r")\s+)?$")
#: where that position lies from a place, right after the unit: "south of the village", "north-east of", "outside"
_COMPASS_OF = re.compile(r"\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?\s+of\b|\s+(?:from|outside)\s")

#: "they are (about) N km …", "we're now within N km": forces as a pronoun, placed at a distance
THEY_ARE = re.compile(r"\b(?:(?:some|many|most|several|all|part|parts|one|two|three)\s+of\s+them|they|we)(?:\s+|[’']re\s+)(?:(?:are|were|remain|remained|have\s+been|still|now|only|just)\s+){0,3}"
                      r"(?:(?:" + HEDGE + r"|within)\s+)*$", re.IGNORECASE)


def _carried_behind_lines(ctx, verb_start: int, s_start: int) -> bool:
    """"The wounded soldiers were driven 20 km behind the front line", "Ukrainian drivers drove 30 km behind the front
    line": a verb of pushing through that is passive, or whose subject is a side's people who are no force, carries
    someone behind the line; no advance (rv24fixc)."""
    if _PASSIVE_BEFORE.search(ctx.text, max(s_start, verb_start - 30), verb_start):
        return True
    subject = subject_of(ctx, verb_start, s_start)
    return subject is not None and subject.kind == "demonym" and not is_force(ctx, subject, verb_start)


def is_forces_subject(ctx, pos: int, s_start: int) -> bool:
    """The subject before ``pos`` is a side's forces ("Russian forces are located 2 km from
    …"), not a place."""
    subject = subject_of(ctx, pos, s_start)
    return subject is not None and subject.side in ("Russia", "Ukraine") and is_force(ctx, subject, pos)


def read_share(ctx, r: Reading) -> bool:
    """A percentage: a share of territory (not of anything else: "the economy shrank 2 percent")."""
    quantity, s_start, s_end = r.quantity, r.s_start, r.s_end
    of_country = re.match(r"\s+of\s+(?:the\s+)?(?:Ukraine|Russia)\b(?![’'])",     # not "of Ukraine's GDP"
                          ctx.text[r.unit_end:s_end])
    question = asked_before(ctx, s_start)
    if not of_country and question is not None and not has_cue_word(ctx, s_start, s_end, "share_context") and \
            re.match(r"\W*(?:[A-Z][A-Z .’'-]*:\s*)?"
                     r"(?:(?:" + HEDGE + r"|somewhere\s+around)\s+)?$", ctx.text[s_start:quantity.start], re.IGNORECASE) and \
            has_cue_word(ctx, question[0], question[1], "share_context"):
        # "Q: What share of the region does Moscow hold?" "GOVERNOR: About 70 percent.": the
        # answer's share is the question's
        r.category, r.change = "share", "share"
        r.actor = control_side(ctx, question[0], question[1]) or subject_side(ctx, question[1] - 1, question[0])
        return True
    forces_in = _FORCES_IN_A_SHARE.search(ctx.text, max(s_start, quantity.start - 60), quantity.start) \
        if _of_a_place(ctx, r.unit_end, s_end) else None
    side_in = next((m.side for m in mentions_in(ctx, forces_in.start(), forces_in.start("forces"))
                    if m.side in ("Russia", "Ukraine")), "") if forces_in is not None else ""
    if side_in:
        # "its map showed Russian forces in about 40 percent of Pokrovsk": the share of a place a side's forces are in
        # (fa32)
        r.category, r.change, r.actor = "share", "share", side_in
        return True
    apposed = _APPOSED_CHANGE.search(ctx.text, r.unit_end, s_end)
    if not (of_country or has_cue_word(ctx, s_start, s_end, "share_context")) or \
            has_cue_near(ctx, quantity.start, s_start, apposed.start() if apposed else s_end, "not_share"):
        return False     # "the economy shrank 2 percent" is no share of territory (a change apposed after the
        # figures, "19.5% of Ukraine, against 18.7% a year ago, a rise smaller than expected", names no other thing)
    if _PERCENT_CHANGE_AFTER.match(ctx.text, r.unit_end, s_end) or \
            _PERCENT_CHANGE_BEFORE.search(ctx.text, max(s_start, quantity.start - 40), quantity.start):
        return False     # "about 8 percent lower than the ISW figure", "had cut that by about 40%": a change, no share
    if re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:area|territory|ground|land)\s+(?:that\s+|which\s+)?"
                r"(?:[\w’'-]+\s+){1,3}?(?:held|had\s+taken|took|had\s+captured|captured|seized|controlled)\b",
                ctx.text[r.unit_end:s_end]) or \
            re.match(r"\s+of\s+[^.;]{0,40}?\b(?:area|territory|ground|land)\s+(?:(?:once|previously|formerly)\s+)?"
                     r"(?:held|taken|captured|seized|controlled|occupied)\s+by\b", ctx.text[r.unit_end:s_end]):
        return False     # "nearly 5% of the area Ukraine held there": a ratio of a holding, no share of a region
    r.category, r.change = "share", "share"
    owner = re.search(r"['’]s?\s+(?:(?:" + HEDGE + r")\s+)?$",
                      ctx.text[max(s_start, quantity.start - 25):quantity.start])
    held = next((m.side for m in mentions_in(ctx, max(s_start, quantity.start - 40), quantity.start)
                 if owner and m.end == quantity.start - len(owner.group()) and m.side in ("Russia", "Ukraine")), "")
    # "compared with Russia's 18% of Ukraine": the side whose share it is; a relative clause after the share speaks of
    # something else ("30% of the Donetsk region, whose capital has been in Russian hands since 2014")
    relative = _RELATIVE_AFTER.search(ctx.text, r.unit_end, s_end)
    r.actor = held or control_side(ctx, s_start, relative.start() if relative else s_end) or \
        subject_side(ctx, quantity.start, s_start)
    if not held and _NOT_HELD.search(ctx.text, s_start, quantity.start):
        r.actor = opposite(r.actor)     # "Russia does not control 30% of the region": the other side holds that share
    return True


#: a side's forces in a share of a place: "Russian forces in about 40 percent of", "Ukrainian troops now in "
_FORCES_IN_A_SHARE = re.compile(r"\b[A-Z][\w’'-]+\s+(?:[a-z]+\s+)?(?P<forces>forces|troops|units|soldiers)\s+"
                                r"(?:(?:are|were|is|was|now|still|already|remain|remained)\s+){0,2}(?:in|across)\s+"
                                r"(?:(?:" + HEDGE + r")\s+)?$")
#: "of" and a place: a name, or a place named by its kind ("of Pokrovsk", "of the town", "of the Kursk region")
_OF_A_PLACE = re.compile(r"\s+of\s+(?:(?:the|its|their)\s+)?(?:(?P<name>[A-Z])|(?:town|city|village|region|oblast|"
                         r"district|province|territory|settlement)\b)")


def _of_a_place(ctx, pos: int, s_end: int) -> bool:
    """"of" and a place at ``pos``: a capitalised word only when a place is found there ("of Pokrovsk", not "of
    Western-trained brigades")."""
    found = _OF_A_PLACE.match(ctx.text, pos, s_end)
    return found is not None and (found.start("name") < 0 or place_at(ctx, found.start("name")) is not None)


#: a verb of holding negated ("do not control", "doesn't yet hold"): what it counts is the other side's
_NOT_HELD = re.compile(r"\b(?:(?:do|does|did)\s+not|(?:don|doesn|didn)['’]t)\s+(?:(?:yet|fully|still)\s+)?"
                       r"(?:control|hold)\b", re.IGNORECASE)


#: a noun of change in apposition after a share's clause: "…, against 18.7% a year ago, a rise smaller than expected",
#: "…, a slight increase on last year": the change between the figures before it, not a context of something else
_APPOSED_CHANGE = re.compile(r",\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:rise|increase|decrease|drop|jump|fall|gain|decline)\b",
                             re.IGNORECASE)
#: a percentage that compares two figures ("8 percent lower than", "20% more", "up 5%"): a rate of change
_PERCENT_CHANGE_AFTER = re.compile(r"\s+(?:lower|higher|less|more|fewer|smaller|larger|bigger|greater|up|down|"
                                   r"increase|decrease|rise|drop|fall|jump|gain\s+(?:on|over)|above|below)\b", re.IGNORECASE)
#: a verb of change and "by" before a percentage ("cut that by about 40%", "fell by 15 per cent"): a rate of change
_PERCENT_CHANGE_BEFORE = TablePattern("territorial_percent_change_before", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("change_verb") + r")\s+(?:[\w’'-]+\s+){0,3}?by\s+(?:(?:" + HEDGE + r"|only)\s+)?$"),
    re.IGNORECASE)
#: a relative clause opening after a figure: what it says is about another thing
_RELATIVE_AFTER = re.compile(r",\s+(?:whose|which|where)\b")
#: "… of Ukraine", "of Ukrainian territory": an area of the whole country, a stock of what is held
WHOLE_COUNTRY = re.compile(r"(?:\s*(?:,\s*or|\()\s*"
                           r"(?:(?:" + HEDGE + r")\s+)?(?:[\d.]+\s*(?:%|percent|per\s+cent)|(?:a|one)[\s-](?:fifth|quarter|"
                           r"sixth|tenth|third)))?"     # "116,000 km², or 19.2% of Ukraine": a share of the country
                           r"\s+(?:of|in)\s+(?:all\s+(?:of\s+)?)?(?:Ukraine\b(?![’'])|Ukrainian\s+(?:territory|land)\b"
                           r"|Ukraine[’']s\s+(?:territory|land)\b)")


#: a subordinate clause whose subject is a force noun with no side: "… as the army gives up two more villages"
_BARE_FORCE_CLAUSE = re.compile(r"\b(?:as|while|after|when|because|since|even\s+as)\s+the\s+(?P<noun>[a-z]+)\s+"
                                r"(?:(?:[a-z]+ly|now|also|has|have|had|was|is|were|are)\s+){0,2}$", re.IGNORECASE)
#: the subject opening a sentence: up to two words before it ("The Ukrainian General Staff", "Ukraine's General Staff")
_OPENING_SUBJECT = re.compile(r"[\s\"“'‘]*(?:(?:the|The)\s+)?$")


def _bare_force_side(ctx, v_start: int, clause_start: int, s_start: int) -> str:
    """"Ukraine's General Staff puts Russian losses at 1,160 as the army gives up two more villages": a force noun with
    no side as the subject of a subordinate clause is the army of the side whose body opens the sentence as its
    subject (not the nearest side before it, "Russian losses"); "" when the sentence opens with no side."""
    clause = _BARE_FORCE_CLAUSE.search(ctx.text, max(s_start, v_start - 60), v_start)
    if clause is None or clause.group("noun").lower() not in force_nouns() or \
            mentions_in(ctx, clause.start(), v_start):
        return ""
    first = mentions_in(ctx, s_start, clause.start())
    if first and first[0].side in ("Russia", "Ukraine") and first[0].subject_ok and \
            _OPENING_SUBJECT.fullmatch(ctx.text, s_start, first[0].start):
        return first[0].side
    return ""


def reporter_side(ctx, pos: int) -> str:
    """The side whose report a sentence is: the speaker of the nearest speech act before ``pos`` in its paragraph,
    else of the first one after it in its sentence, by the who-is-who ("Units of the Tsentr group liberated two
    villages, the Russian Defence Ministry said. In total, 6 settlements were liberated this month": Russia's report,
    so "liberated" with no subject is Russia's, not the Ukrainian default of the verb). "" when nobody speaks."""
    from saidvsdone.facts import _speaker_side

    doc = ctx.doc
    if doc is None:
        return ""
    found = ctx.__dict__.get("_report_acts")
    if found is None:   # once per article: the acts with a speaker, by cue; the paragraph starts
        acts = sorted((a for a in doc.speech.acts if a.speaker.speaker or a.speaker.as_written), key=lambda a: a.cue.start)
        found = ctx.__dict__["_report_acts"] = (acts, [a.cue.start for a in acts], [a for a, _ in doc.paragraphs])
    acts, cues, para_starts = found
    p = bisect_right(para_starts, pos) - 1
    p_start = para_starts[p] if p >= 0 else 0
    i = bisect_right(cues, pos) - 1
    s_start, s_end = ctx.sentences[sentence_of(ctx, pos)][:2] if ctx.sentences else (pos, pos)
    act = acts[i] if i >= 0 and cues[i] >= p_start else \
        acts[i + 1] if i + 1 < len(acts) and s_start <= cues[i + 1] < s_end else None
    if act is None:
        return ""
    speaker = act.speaker.speaker or act.speaker.as_written
    side = _speaker_side(speaker)
    if not side:
        # a named person of no known side: the side the article gave them where it introduced them ("Oleksandr
        # Tarnavskyi, who commands Ukraine's forces in the south, …") (fa34)
        side = named_person_side(ctx, speaker, act.cue.start)   # (the first naming found once per surname: rv27fixc)
    return side


def _passive_doer_side(ctx, quantity, v_start: int, clause_start: int, s_start: int) -> str:
    """The side of the verb's doer, but not a side named before a figure that is itself the subject of the verb in the
    passive ("the ministry said 320 Ukrainian servicemen had been killed and that three settlements had been taken":
    the servicemen's side took nothing). In the passive the doer is only named after "by"; a side named before the
    figure belongs to another clause or speaks, so the figure is the reporting side's own gain or loss (a bulletin
    naming the enemy's losses and its own gains), else the side of a body that opens the sentence ("Ukraine's General
    Staff said … that two villages had been cleared"), never a side's adjective on another clause's noun (fa36)."""
    subject = doer_of(ctx, v_start, s_start)
    if subject is None:
        return ""
    if subject.end <= quantity.start < v_start and \
            _PASSIVE_BEFORE.search(ctx.text, max(clause_start, v_start - 30), v_start):
        reporter = reporter_side(ctx, v_start)
        if reporter in ("Russia", "Ukraine"):
            return reporter
        return "" if subject.kind == "demonym" else subject.side
    return subject.side


#: an auxiliary of the passive right before a verb ("were taken", "have been retaken", "is now controlled")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:[a-z]+ly\s+|now\s+|also\s+)?$", re.IGNORECASE)
#: a pronoun pushed back ("pushed them back"), and "we" right before the verb
_PUSHED_PRONOUN = re.compile(r"them|him|her|it", re.IGNORECASE)
_WE_BEFORE_VERB = re.compile(r"\bwe\s+(?:have\s+|had\s+|then\s+|finally\s+)?$", re.IGNORECASE)
#: "pushed the Russians back 2 km", "drove enemy units back almost 3 km": who was pushed (the gain is the other side's)
_PUSHED_BACK = re.compile(r"\b(?:pushed|pushing|push|drove|driven|driving|forced|forcing|threw|thrown|knocked)\s+"
                          r"(?P<who>(?:[\w’'-]+\s+){1,3}?)back\s+"
                          r"(?:(?:" + HEDGE + r"|another|a\s+further)\s+)?$", re.IGNORECASE)
#: "bringing the total recaptured … to N", "the total area liberated … to N": a running total of a direction
TOTAL_OF = re.compile(r"\b(?:total|tally|area|amount)\s+(?:(?:of\s+)?(?:territory|ground|land|area)\s+)?(?P<verb>[a-z]+ed|taken|retaken|won|lost)\b"
                      r"[^.;]{0,120}?\bto\s+(?:(?:" + HEDGE + r")\s+)?$")


#: An area named as ground held beyond the line ("a 1,000-km² foothold"): held in an advance.
FOOTHOLD = re.compile(r"[\w\s’'-]{0,30}?\b(?:foothold|bridgehead|salient)s?\b", re.IGNORECASE)


#: a country's or region's whole size: "total area is", "Ukraine's area of"
_COUNTRY_SIZE = re.compile(r"(?:\b(?:total|surface|land)\s+area|\b(?:Ukraine|Russia)['’]s\s+area)\s+(?:is|was|of|measures|"
                           r"totals|covers)\s+(?:(?:" + HEDGE + r")\s+)?$")

#: a place's own size in a relative clause ("the Kyiv region, which covers 28,100 km²", "an oblast that spans …")
_WHICH_COVERS = re.compile(r"\b(?:which|that)\s+(?:covers|covered|spans|spanned|measures|measured|stretches\s+over)\s+"
                           r"(?:(?:" + HEDGE + r")\s+)?$",
                           re.IGNORECASE)

#: an attack right before the number: the settlements or area counted are its targets, not ground taken
_STRUCK_BEFORE = re.compile(r"\b(?:strikes?|attacks?|shelling|raids?|shell|shells|shelled|struck|strike|hit|hits|bombed|"
                            r"bomb|bombs|targeted|target|targets|attacked|attack)\s+(?:on\s+|at\s+|against\s+)?"
                            r"(?:the\s+)?(?:(?:" + HEDGE + r")\s+)?$",
                            re.IGNORECASE)


#: a word of evacuating civilians before a count of places in its clause (``evacuation`` words of data/fact_cues.csv):
#: "the evacuation of families from the town and 11 nearby villages", "evacuated 20 villages" (fa34)
_EVACUATED_BEFORE = TablePattern("territorial_evacuated_before", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("evacuation") + r")\b[^.;:!?]{0,100}$"), re.IGNORECASE)


#: a verb of holding ground in the past tense (``past_holding`` words of data/fact_cues.csv: "controlled", "held"), and
#: a "now" before the figure that makes it the present outcome of an advance ("now controlled", "by then held")
_ADVANCE_SUBJECT = TablePattern("territorial_advance_subject", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("advance_subject") + r")\b"), re.IGNORECASE)
_NOW_BEFORE = re.compile(r"\b(?:now|currently|today|by\s+then|already)\b", re.IGNORECASE)


def _in_enemy_land(ctx, r: Reading) -> bool:
    """The area or settlements a side holds lie in the other side's land: the other side's adjective on them
    ("74 Russian settlements"), or a region of the other side's named before them in the sentence ("the governor of
    the Kursk region told Putin that Ukraine held 28 settlements"): held in an advance, a gain."""
    other = opposite(r.actor)
    if not other:
        return False
    if r.unit_start > r.quantity.end and side_between(ctx, r.quantity.end, r.unit_start) == other:
        return True
    return any(p.country == other and p.kind != "country" for p in places_in(ctx, r.s_start, r.quantity.start))


#: what follows a quoted fragment up to "and" / "but" and a form of "be" (no subject of its own): "”, and were some 6
#: km from", "” along the road and were by then roughly"
_BE_OPENS = re.compile(r"[^;:.“”\"]{0,60}?(?<![\w’'-])(?:and|but)\s+(?:(?:are|were|is|was|had\s+been|have\s+been|has\s+been|now|still|"
                       r"already|reportedly|then|by\s+then)\s+){1,4}")


def _subject_before_a_quote(ctx, pos: int, s_start: int):
    """The subject of a verb phrase cut from its clause by a quoted fragment: "Russian assault groups had crossed the
    canal “almost unopposed”, and were some 6 km from the town" (the closing mark ends a clause for
    ``clause_start_at``; the coordinated "and were" shares the subject before the fragment); None when the words after
    the mark are not that."""
    text = ctx.text
    clause_start = clause_start_at(ctx, pos, s_start)
    if clause_start <= s_start or text[clause_start - 1] not in "”\"" or \
            _BE_OPENS.fullmatch(text, clause_start, pos) is None:
        return None
    opening = text.rfind("“" if text[clause_start - 1] == "”" else "\"", s_start, clause_start - 1)
    return subject_of(ctx, opening, s_start) if opening > s_start else None


#: a monitor's verb of changing its map right before an area: "recoloured about 6 sq km … as under Russian control"
_MARKED_AS = re.compile(r"\b(?:marked|shaded|coloured|colored|painted|re-?coloured|re-?colored)\s+(?:(?:" + HEDGE +
                        r"|another|a\s+further|an\s+additional)\s+)?$", re.IGNORECASE)


def _past_summing(ctx, start: int) -> int:
    """After a summing opening at ``start`` ("In total", "In all", "Altogether"), else ``start``."""
    summing = SUMMING.match(ctx.text, start)
    return summing.end() if summing else start


def _land_named_before(ctx, r: Reading) -> bool:
    """The last place named in the paragraph before the sentence of ``r`` (not a country) lies in the land of the side
    opposed to ``r.actor``: where a side's holding stated without a place of its own lies."""
    other = opposite(r.actor)
    p_start = ctx.text.rfind("\n", 0, r.s_start) + 1
    before = [p for p in places_in(ctx, p_start, r.s_start) if p.kind != "country" and p.country != "other"]
    return bool(other) and bool(before) and before[-1].country == other


#: after an area or a count of settlements: "… had come under Kyiv's control", "fell under Russian occupation"
_COME_UNDER = re.compile(r"[^.;:]{0,100}?\b(?P<verb>come|came|comes|coming|fallen|fell|falls|passed|brought|returned|back)\s+"
                         r"under\s+(?:the\s+)?(?:full\s+|complete\s+)?(?P<side>[\w’'-]+\s+)?(?:control|occupation)\b",
                         re.IGNORECASE)


#: a count of settlements whose verb is "fell" ("two more villages fell", "three villages fell to Russian troops"; not "fell
#: to 40", "fell by", "fell back", "fell under … control" (read above), "fell silent")
_SETTLEMENTS_FELL = re.compile(r"(?:\s+(?:in|near|around|on|of)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?\s+(?:have\s+|has\s+|had\s+)?"
                               r"(?:also\s+)?(?P<verb>fell|fallen)\b(?!\s+(?:to\s+(?:about\s+|around\s+|just\s+)?\d|by\b|back\b|"
                               r"under\b|silent\b|short\b|apart\b|victim\b|into\b))(?P<to>\s+to\s+(?:the\s+)?)?")


#: places in a state after their count: "remain under water", "are still without power", "lay in ruins" (the word:
#: data/fact_cues.csv, cue ``place_condition``)
_IN_A_STATE = re.compile(r"(?:\s+(?:in|of|near|around)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:region|oblast|district|area))?)?,?"
                         r"\s+(?:still\s+)?"
                         r"(?:remain|remains|remained|are|were|lie|lay|stay|stayed|have\s+been|had\s+been)\s+(?:still\s+)?"
                         r"(?:partly\s+|partially\s+|completely\s+|entirely\s+)?"
                         r"(?:(?:under|without|in|cut\s+off\s+from)\s+)?(?P<word>[a-z]+)\b")


def read_territory(ctx, r: Reading) -> bool:
    """An area or a count of settlements: gained or lost with a direction verb, held under a side's control."""
    quantity = r.quantity
    s_start = r.s_start
    s_end = r.s_end
    clause_start = r.clause_start
    text = ctx.text
    if _COUNTRY_SIZE.search(text, max(s_start, quantity.start - 50), quantity.start) or \
            _WHICH_COVERS.search(text, max(s_start, quantity.start - 40), quantity.start):
        return False     # "Ukraine's total area is 603,628 square kilometres", "the region, which covers 28,000 km²": a size
    state = _IN_A_STATE.match(text, r.unit_end, s_end) if r.unit_end > quantity.start else None
    if state is not None and state.group("word").lower() in ctx.v.cues.get("place_condition", frozenset()):
        return False     # "17 villages remain under water", "40 towns are without power": a state of places, no ground held
    come_under = _COME_UNDER.match(text, r.unit_end, s_end)
    side = next((m.side for m in mentions_in(ctx, come_under.start("side"), come_under.end())
                 if m.side in ("Russia", "Ukraine")), "") if come_under and come_under.group("side") else ""
    if side:
        # "1,100 km² and 93 settlements had come under Kyiv's control", "fell under Russian control": passed to
        # that side, a gain (not a stock held); the verb after the list wins over a noun before it ("incursion, …")
        r.change, r.actor = negated_change(ctx, come_under.start("verb"), "gain", clause_start) or "", side
        return bool(r.change)
    fell = _SETTLEMENTS_FELL.match(text, r.unit_end, s_end) if r.unit.unit == "settlements" else None
    if fell is not None and negated_change(ctx, fell.start("verb"), "gain", clause_start):
        # "On Tuesday, two more villages fell.", "three villages fell to Russian forces": taken, by the side after "to",
        # else by the side of the last gain before (below)
        r.change = "gain"
        r.actor = next((m.side for m in mentions_in(ctx, fell.end(), min(s_end, fell.end() + 40))
                        if m.side in ("Russia", "Ukraine") and m.start == fell.end()), "") if fell.group("to") else ""
        verb = None
    else:
        verb = direction_verb_near(ctx, quantity.start, clause_start, s_end)
    if verb is not None and verb[1].change == "gain" and verb[1].needs == "object" and verb[0][1] <= quantity.start and \
            ctx.v.quantity_re.match(text, _OBJECT_GAP.match(text, verb[0][1]).end()) is None:
        verb = None      # "cleared 14 km² and two villages" gains, "cleared mines from 500 km²" does not: a figure is the object
    if fell is not None and r.change == "gain":
        pass
    elif verb is not None:
        (v_start, v_end, v_word), direction = verb
        r.change = negated_change(ctx, v_start, direction.change, clause_start)
        not_held = r.change is None and direction.change == "held" and \
            _NOT_HELD.search(text, max(clause_start, v_start - 20), v_end) is not None
        if not_held:
            r.change = "held"      # "Russian forces still do not control about 6,500 km²": the other side holds it
        past_hold = r.change == "held" and r.category == "territory" and v_word.lower() in ctx.v.cues.get("past_holding", ()) and \
            not _NOW_BEFORE.search(text, clause_start, quantity.start) and \
            not _ADVANCE_SUBJECT.search(text, s_start, v_start)
        # "Syrskyi said in August that Ukrainian troops controlled about 1,000 km² there", "we held more than 1,000 km²
        # of their land for months": a past holding told as a state is the area held then (a stock), not ground newly
        # taken ("now control 1,150 km²" after the incursion is); an area only ("Ukraine held 28 settlements and had
        # penetrated 12 km": settlements held in an advance are its gain); not when the advance is the subject ("The
        # incursion, launched in August, at its peak held about 1,300 km²": ground held in the advance)
        if r.change == "held" and v_word.lower().startswith("control") and not past_hold and \
                not has_cue_word(ctx, clause_start, s_end, "remainder") and \
                not WHOLE_COUNTRY.match(text, r.unit_end, s_end) and \
                not _OF_COUNTRY_BETWEEN.search(text, v_end, quantity.start):
            r.change = "gain"      # "now controls 1,294 km²" after an advance; not "still holds", not "… of Ukraine" (a stock)
        if r.change is None or has_cue_before(ctx, v_start, clause_start,
                                                  ("intention", "denial")):
            return False     # "Ukraine must first withdraw from four regions": a demand
        r.actor = _bare_force_side(ctx, v_start, clause_start, s_start) or \
            agent_side(ctx, v_end, s_end) or _passive_doer_side(ctx, quantity, v_start, clause_start, s_start) \
            or home_side(ctx, direction, quantity.end, clause_end_at(ctx, quantity.end, s_end)) \
            or (direction.default_actor and reporter_side(ctx, v_start)) or direction.default_actor
        if not_held:
            r.actor = opposite(r.actor)
        if not r.actor and r.change in ("gain", "loss") and not _PASSIVE_BEFORE.search(text, max(clause_start, v_start - 30),
                                                                                     v_start) and \
                not _NOUN_DETERMINER.search(text, max(clause_start, v_start - 30), v_start):
            # (not the word as a noun: "The largest monthly gain, 590 sq km, came in July" reports no one's own ground)
            # "A counter-attack near Kupiansk recovered 25 km² and three villages, Ukraine's 3rd Army Corps said": an
            # active verb whose subject names no side reports the reporting side's own ground (not in the passive:
            # "12 villages were taken, the General Staff said" may be the enemy's)
            r.actor = reporter_side(ctx, v_start)
        if not r.actor and r.change == "gain":
            # "the pace of the Russian advance had reached 500 km² a month": the verb's word as a noun, whose side
            # adjective or possessive says who advances (whoever speaks)
            owner = adjective_mention(ctx, v_start, clause_start)
            r.actor = owner.side if owner is not None and owner.side in ("Russia", "Ukraine") else ""
        if not r.actor and any(w[2].lower() in force_nouns() for w in
                               words_before(ctx, v_start, 4, clause_start)):
            r.actor = side_from_context(ctx, v_start)    # "the army had taken …": whose army
        if not r.actor and v_word.lower().split()[0].endswith("ing") and \
                re.search(r",\s*$", text[max(s_start, v_start - 4):v_start]) and \
                any(w[2].lower() in force_nouns() for w in words_before(ctx, v_start, 14, s_start)):
            # "the army withdrew from a bridgehead, giving up about 25 km²": a participle opening its clause shares the
            # subject of the clause before, a force noun with no side: whose army
            r.actor = side_from_context(ctx, v_start)
        if r.change == "held" and r.actor in ("Russia", "Ukraine") and not past_hold and \
                not has_cue_word(ctx, clause_start, s_end, "remainder") and \
                quantity.qualifier not in ("less than", "up to") and \
                (any(p.country == opposite(r.actor) and p.kind != "country"
                     for p in places_in(ctx, quantity.end, clause_end_at(ctx, quantity.end, s_end))) or
                 _in_enemy_land(ctx, r)):
            r.change = "gain"      # "hold 620 km² of the Kursk region": held in an advance
        elif r.change == "held" and r.actor in ("Russia", "Ukraine") and not past_hold and \
                quantity.qualifier not in ("less than", "up to") and \
                not has_cue_word(ctx, _past_summing(ctx, clause_start), s_end, "remainder") and \
                not places_in(ctx, s_start, s_end) and \
                not any(m.side for m in mentions_in(ctx, quantity.end, s_end)) and _land_named_before(ctx, r):
            # "Ukrainian units pressed on in the Kursk region. Altogether Ukraine holds some 900 km² and 70 villages there
            # now": a sentence naming no place (nor a country after the figure: "… of Ukraine" is a stock) holds ground in
            # the other side's land the paragraph named just before (a summing opening, "In all", is no remainder): held
            # in an advance
            r.change = "gain"
        if r.change == "held" and FOOTHOLD.match(text[r.unit_end:clause_end_at(ctx, r.unit_end, s_end)]) and \
                not re.search(r"\bstill\b", text[clause_start:quantity.start]) and not _DOWN_FROM.search(text, r.unit_end, s_end):
            r.change = "gain"      # "hold a 40-km² bridgehead": held in an advance (not "still hold 30 km² of the
            # salient, down from 140": what is left of it)
        if r.change == "held" and quantity.qualifier not in ("less than", "up to") and \
                _UP_FROM.search(text, r.unit_end, s_end):
            r.change = "gain"      # "now hold about 90 km² of the region, …, up from less than 20": a holding that grew
        if v_end <= quantity.start and not text[v_end:quantity.start].strip(" ,"
                                                                            ).count(" "):
            r.start = v_start
    else:
        if _STRUCK_BEFORE.search(text, max(clause_start, quantity.start - 60), quantity.start):
            return False     # "carried out 412 strikes on 15 settlements", "Russians shell 15 settlements": targets
        if r.unit.unit == "settlements" and _EVACUATED_BEFORE.search(text, clause_start, quantity.start):
            return False     # "ordered the evacuation of families from the town and 11 nearby villages": places emptied
            # of civilians, with no verb of taking or holding: no ground changing hands (fa34)
        offensive = _OFFENSIVE_COVERED.search(text, max(clause_start, quantity.start - 60), quantity.start) \
            if r.category == "territory" else None
        owner = adjective_mention(ctx, offensive.start(), clause_start) if offensive is not None else None
        if owner is not None and owner.side not in ("Russia", "Ukraine"):
            owner = None
        if offensive is not None and owner is None:
            # "Ukrainian troops advanced up to 70 km. She said the operation covered more than 4,000 km²": an offensive
            # with no owner of its own is the advance the sentence before told (a gain read there), "the operation"
            # only then
            index = sentence_of(ctx, s_start)
            told = next((f.actor for f in takewhile(lambda f: f.sentence >= index - 1, reversed(ctx.numeric))
                         if f.sentence < index and f.change == "gain" and f.actor in ("Russia", "Ukraine")), "")
            if offensive.group("bare") and not told:
                offensive = None
        if offensive is not None:
            # "She said the Ukrainian offensive covered more than 4,000 km²": the ground an offensive took, by the side
            # that owns it (its adjective or possessive) or whose advance it continues (none guessed from the passage)
            r.change, r.actor = "gain", owner.side if owner is not None else told
            return True
        if r.category == "territory" and (_COVERS_BEFORE.search(text, max(s_start, quantity.start - 40), quantity.start) or
                                          _COVERS_GAPPED.search(text, s_start, quantity.start)) and \
                not any(m.side in ("Russia", "Ukraine") and m.kind != "place"
                        for m in mentions_in(ctx, clause_start, quantity.start)) and \
                not _HELD_AREA_NOUN.search(text, s_start, quantity.start):
            # "the city of Kyiv covers about 840 sq km, and the Donetsk region as a whole 26,500 sq km": the size of a
            # place, no ground changing hands
            r.flags += ("dimension",)
            r.change = ""
            return True
        control = control_side(ctx, s_start, s_end)
        if control:
            r.change, r.actor = "held", control
            if not has_cue_word(ctx, clause_start, s_end, "remainder") and _in_enemy_land(ctx, r):
                r.change = "gain"      # "74 Russian settlements were under Ukrainian control": held in an advance
            elif not has_cue_word(ctx, clause_start, s_end, "remainder") and \
                    _MARKED_AS.search(text, max(clause_start, quantity.start - 30), quantity.start) and \
                    re.search(r"\bas\s+(?:being\s+|now\s+)?(?:under|in)\b", text[r.unit_end:s_end]):
                r.change = "gain"      # "The mapping project recoloured about 6 sq km as under Russian control": a
                # map's change, ground newly taken
        else:
            r.actor = subject_side(ctx, quantity.start, s_start)
            if not r.actor and SUMMING.match(text, s_start):
                # "In all, 25 square kilometres.": a verbless total reads the sentence before
                r.change, r.actor = previous_direction(ctx, s_start), side_from_context(ctx, s_start)
            if not r.actor and not r.change:
                run = _run_of_figures(ctx, r)
                if run is not None:
                    # "March. 420 sq km", "April and May were lighter: 290 and 305 sq km respectively", "The figure
                    # rose to 385 sq km": a figure with no verb of its own in a run of like figures (a table turned
                    # into prose) is the same kind of change, by the side of most of them
                    r.change, r.actor = run
            total = TOTAL_OF.search(text, max(s_start, quantity.start - 160), quantity.start)
            direction = ctx.v.directions.get(total.group("verb").lower()) if total else None
            if not r.change and direction is not None and direction.change in ("gain", "loss"):
                # "bringing the total recaptured since June to 210 km²": the direction of what is totalled
                r.change = direction.change
                r.actor = r.actor or side_from_context(ctx, quantity.start)
            noun = None if r.change else _NOUN_OF.search(text, max(s_start, quantity.start - 40), quantity.start)
            if noun is not None:
                # "acknowledged the loss of about 3,500 km²", "announced the capture of 12 km²": the noun's direction,
                # the side of the one who acknowledged or announced it
                r.change = "loss" if noun.group("noun").lower() == "loss" else "gain"
                r.actor = r.actor or doer_side(ctx, noun.start(), s_start)
            if not r.change and has_cue_word(ctx, clause_start, s_end, "remainder"):
                r.change = "held"      # "was reduced to 45 km²", "less than 50 km² remain"
            elif not r.change and FOOTHOLD.match(text[r.unit_end:clause_end_at(ctx, r.unit_end, s_end)]):
                r.change = "gain"      # "a 1,000-square-kilometre foothold": held in an advance
                r.actor = r.actor or side_from_context(ctx, quantity.start)
            advance = None if r.change else _ADVANCE_COLON.search(text, max(s_start, quantity.start - 120),
                                                                  quantity.start)
            if advance is not None:
                # "The Russian advance in June was the fastest this year: 556 km²": the advance's ground, a gain
                r.change = "gain"
                r.actor = r.actor or next((m.side for m in mentions_in(ctx, advance.start(), advance.start("noun"))
                                           if m.side in ("Russia", "Ukraine")), "")
            asked = _side_asked_before(ctx, s_start) if not r.change and not r.actor else ""
            if asked and previous_direction(ctx, s_start):
                # "PRESENTER: How much territory have Russian troops seized?" then "ANALYST: On our count, some 3,000
                # square kilometres.": a verbless answer takes the question's verb and its side
                r.change, r.actor = previous_direction(ctx, s_start), asked
    gains_of = _OF_SIDE_GAINS.match(text, r.unit_end, s_end) if _RECORDED_BEFORE.search(
        text, max(s_start, quantity.start - 30), quantity.start) else None
    owner = next((m for m in mentions_in(ctx, gains_of.start("side"), gains_of.end("side"))
                  if m.start == gains_of.start("side") and m.side in ("Russia", "Ukraine")), None) if gains_of else None
    if owner is not None and r.change in ("", "gain"):
        # "DeepState, a Ukrainian group that maps the front, recorded 468 sq km of Russian gains": the side whose gains
        # the area is named after it, not the side of the one who counted them
        r.change, r.actor = "gain", owner.side
    if r.change == "gain" and not r.actor and not any(m.side in ("Russia", "Ukraine") for m in mentions_in(
            ctx, s_start, clause_end_at(ctx, quantity.end, s_end))):
        # (a side named only in a clause after the figure's, "…, came in July; in March it had been just 240", does not
        # name the figure's side)
        # "Russia's ministry says its troops have taken 17 villages. Analysts say the real gains are smaller - maybe 160
        # square miles": gains no side names are those of the last gain read in the two sentences before
        index = sentence_of(ctx, s_start)
        for f in reversed(ctx.numeric):      # in text order: stops at the first fact before the two sentences
            if f.sentence < index - 2:
                break
            if f.sentence < index and f.change == "gain" and f.category in ("territory", "settlements") and \
                    f.actor in ("Russia", "Ukraine"):
                r.actor = f.actor
                break
        if not r.actor and previous_direction(ctx, s_start) == "gain":
            # "Ukrainian marines advanced on the left bank. About 5 km² were captured.": an agentless gain after a
            # sentence whose advance names its side (no figure there) is that side's
            r.actor = side_from_context(ctx, s_start)
    return True


#: the gains an area is of, named right after it: "468 sq km of Russian gains", "of Ukrainian advances"
#: (after a verb of counting or recording, not of taking: "took back 20 sq km of Russian gains" is the taker's)
_RECORDED_BEFORE = re.compile(r"\b(?:recorded|records|counted|counts|mapped|maps|logged|logs|confirmed|confirms|showed|shows|"
                              r"registered|registers|tallied)\s+(?:(?:" + HEDGE + r"|just|only)\s+)?$", re.IGNORECASE)
_OF_SIDE_GAINS = re.compile(r"\s+of\s+(?P<side>[A-Z][\w’'-]+)\s+(?:(?:territorial|net|confirmed|new)\s+)?(?:gains|advances|"
                            r"advance)\b")


#: what may stand between a gain verb that needs its object ("cleared", "stormed") and the number: "cleared a further 3 km²"
_OBJECT_GAP = re.compile(r"\s+(?:(?:a|an|the|another|further|additional|more|about|around|some|roughly|nearly|almost|"
                         r"approximately|over|than|at|least|up|to|just|only|fully|completely|area|territory|total|of)\s+)*", re.IGNORECASE)
#: a noun of a change of ground right before its area: "the loss of about 3,500 km²", "the capture of 12 km²"
_NOUN_OF = re.compile(r"\b(?P<noun>loss|capture|seizure|liberation|recapture)\s+of\s+"
                      r"(?:(?:" + HEDGE + r"|another|a\s+further)\s+)?$", re.IGNORECASE)
#: the whole country as what a share is of, between a verb of control and its area ("controls just under a fifth of
#: Ukraine's territory, about 113,000 km²"): a stock held, not an advance
_OF_COUNTRY_BETWEEN = re.compile(r"\bof\s+(?:all\s+(?:of\s+)?)?(?:Ukraine\b(?![’'])|Ukrainian\s+(?:territory|land)\b|"
                                 r"Ukraine[’']s\s+(?:territory|land)\b)")
#: a holding that grew since a date: "…, up from 20 at the start of May"
_UP_FROM = re.compile(r"\bup\s+from\b", re.IGNORECASE)
_DOWN_FROM = re.compile(r"\bdown\s+from\b", re.IGNORECASE)
#: a table row's label that names an advance or forces' positions, then its colon: "Deepest Russian advance: about",
#: "Closest Russian positions to the centre of Pokrovsk:" (a length follows)
_LENGTH_ROW = re.compile(r"[^\S\n]*(?:[-–—•*·][^\S\n]*)?(?P<label>[A-Z][^:\n.;]{0,80}?\b(?P<noun>advances?|push|breakthrough|"
                         r"penetration|gains?|positions|troops|forces|units|lines)\b[^:\n.;]{0,60}?)[^\S\n]*:[^\S\n]*"
                         r"(?:(?:" + HEDGE + r")[^\S\n]+)?")
#: a side's advance (or gains) named before a colon that the area follows ("Russia's gains in May: 449 km²")
_ADVANCE_COLON = re.compile(r"\b[\w’'-]+(?:['’]s)?\s+(?P<noun>advances?|gains|offensive|push)\b[^.;:\d]{0,80}:\s+"
                            r"(?:(?:" + HEDGE + r")\s+)?$",
                            re.IGNORECASE)
