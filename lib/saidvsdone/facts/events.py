"""Events: strikes, casualties, manpower, and the reading of numbers that count them.

``event_fact`` reads an event word without a number ("shelling", "casualties");
``read_people`` / ``read_strikes`` / ``read_equipment`` read a number whose unit counts
people, missiles and drones, or equipment (which side lost them, launched them or shot
them down).
"""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from itertools import takewhile
from types import SimpleNamespace

from saidvsdone.english import number_words
from saidvsdone.facts.context import (
    Fact,
    Reading,
    clause_end_at,
    clause_start_at,
    comma_clause_start_at,
    mentions_in,
    places_in,
    sentence_of,
    words_after,
    words_before,
)
from saidvsdone.facts.modality import blocked, has_cue_word, is_figurative
from saidvsdone.facts.places import in_attribution
from saidvsdone.facts.quantities import GLOSS_DASH, GLOSSED_FIGURE, HEDGE, MOVED_SUBJECT, TOLL_PUT_VERB, TOLL_RE
from saidvsdone.facts.sides import (
    owner_side,
    SpeakerSides,
    adjective_mention,
    agent_side,
    agent_side_for_strike,
    doer_of,
    doer_side,
    mention_after_of,
    opposite,
    side_between,
    side_from_context,
    side_owner,
    sided_bodies,
    subject_of,
    subject_side,
    target_side_after,
    target_side_before,
    victim_side,
)
from saidvsdone.facts.vocab import Event, Unit, cue_regex, word_before_regex
from saidvsdone.facts.words import CONTEXT_WORDS, NEGATIONS, alternation, casualty_participle_words, interception
from saidvsdone.matcher import fail_fast
from saidvsdone import vocab as vocab_tables
from saidvsdone.vocab import TablePattern, interception_words
from saidvsdone.facts.words import cue_alternation


def _speaker_side(ctx, pos: int) -> str:
    """``sides.speaker_side`` for the article: each paragraph's speech verbs read once an article, not once a fact (a
    huge paragraph of facts was quadratic, issue 17); the mentions' sides are settled by ``read_article``."""
    speakers = getattr(ctx, "speakers", None)
    if speakers is None or speakers.mentions is not ctx.mentions or speakers.text is not ctx.text:
        speakers = ctx.speakers = SpeakerSides(ctx.text, ctx.mentions)
    return speakers.side(pos)


#: a side's verb of shooting down in every form (interception_words.csv ``active``; "took out" not before "of")
SHOOT_DOWN_RE = TablePattern("shoot_down", ("interception_words",), lambda: (
    r"\b(?:" + alternation(w for w in interception_words("active") if not w.endswith(" out")) + r")\b|"
    r"\b(?:" + alternation(w for w in interception_words("active") if w.endswith(" out")) + r")\b(?!\s+of)|"
    # a headline's verb "down" right after air defences, before a count: "Russian air defences down 14 Ukrainian drones"
    # (not "down from 60", "down 30 percent": only after the defences' noun)
    # (a search that ends at the count sees it as the end: "$")
    r"(?:(?<=defences\s)|(?<=defenses\s)|(?<=defence\s)|(?<=defense\s))down(?=\s+(?:(?:" + HEDGE + r")\s+)?"
    r"(?:\d|(?:" + number_words(2, 12) + r"|dozens|hundreds)\b|$))"),
    re.IGNORECASE)


def event_fact(ctx, index, s_start, s_end, match, word, event: Event):
    t_start, t_end = match.span()
    text = ctx.text
    if event.unless_next:
        nxt = re.match(r"[\s-]*([A-Za-z]+)", text[t_end:s_end])
        if nxt and nxt.group(1).lower() in event.unless_next:
            return None
    if text[t_end:t_end + 1] == "-" or text[max(0, t_start - 1):t_start] == "-":
        return None
    if blocked(ctx, t_start, t_end, s_start, s_end):
        return None
    if event.category == "casualties" and word.lower() in casualty_participle_words() and \
            re.search(r"\bthe\s+$", text[max(s_start, t_start - 5):t_start], re.IGNORECASE):
        return None     # "among the wounded": people counted before, not a new fact
    clause_start = clause_start_at(ctx, t_start, s_start)
    window_end = clause_end_at(ctx, t_end, s_end)
    if not requirements_met(ctx, event, t_start, t_end, clause_start, window_end, s_end):
        return None
    if event.category == "strikes" and (is_figurative(ctx, t_end, window_end) or
                                        has_cue_word(ctx, clause_start, t_start, "repelled")):
        return None
    before = [w[2].lower() for w in words_before(ctx, t_start, 3, clause_start)]
    if any(w in NEGATIONS or w.endswith("n't") or w.endswith("n’t") for w in before):
        return None
    if event.actor_role == "agent":
        actor = agent_side_for_strike(ctx, t_start, t_end, s_start, s_end)
    elif event.actor_role == "victim":
        actor = victim_side(ctx, t_start, t_end, t_end, s_start, s_end)
        if actor in ("Russia", "Ukraine") and any(
                m.side == actor and _CAUSE_AFTER.match(ctx.text, m.end, t_start)
                for m in mentions_in(ctx, clause_start, t_start)):
            # "Russian shelling caused casualties": the side that caused them is not the one suffering them
            actor = opposite(actor)
    elif event.actor_role == "target":
        actor = opposite(target_side_before(ctx, t_start, s_start))
    else:
        adjective = adjective_mention(ctx, t_start, s_start)
        actor = adjective.side if adjective is not None else ""
        if not actor:
            of = mention_after_of(ctx, t_end, window_end)
            actor = of.side if of is not None else ""
        actor = actor or subject_side(ctx, t_start, s_start) or \
            side_from_context(ctx, t_start)
    if actor == "other":
        return None
    end = t_end
    if event.category == "casualties" and event.actor_role == "victim":
        tail = re.match(r"\s+(?:on|to|among)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
                        r"(?:army|forces|troops|military|soldiers|units)\b",
                        text[t_end:window_end])
        if tail:
            end = t_end + tail.end()
    places = places_in(ctx, t_start, clause_end_at(ctx, end, s_end)) or \
        places_in(ctx, comma_clause_start_at(ctx, t_start, s_start), t_start)
    if event.category == "casualties" and not places:
        places = [p for p in places_in(ctx, s_start, s_end)
                  if not in_attribution(ctx, p.start, s_start, s_end)]
    if places and all(p.country == "other" for p in places):
        return None
    if event.category == "strikes" and not actor and not places:
        return None     # "an attack on one is an attack on all": no side, no place
    if event.category == "strikes" and not places and \
            re.search(r"\b(?:the|this|that)\s+$", text[max(s_start, t_start - 6):t_start], re.IGNORECASE) and \
            adjective_mention(ctx, t_start, s_start) is None:
        return None     # "killed in the attack": a reference back to an attack told before
    unit = {"strikes": "strikes", "casualties": "people", "manpower": "people",
            "mobilisation": "people"}.get(event.category, "")
    return [Fact(t_start, end, index, event.category, event.change, actor, unit, places,
                  anchor=t_start)]


def requirements_met(ctx, event: Event, t_start, t_end, clause_start, window_end,
                      s_end) -> bool:
    if not event.requires:
        return True
    before = [w[2].lower() for w in words_before(ctx, t_start, 3, clause_start)]
    after_words = words_after(ctx, t_end, 8, window_end)
    after = [w[2].lower() for w in after_words]
    for kind, words in event.requires:
        if kind == "and":
            # "Russian drones hit a refinery in the Saratov region": every condition holds
            if all(requirement_holds(ctx, k, w, before, after, t_start, t_end, clause_start, window_end)
                   for k, w in words):
                return True
            continue
        if requirement_holds(ctx, kind, words, before, after, t_start, t_end, clause_start, window_end):
            return True
    return False


def requirement_holds(ctx, kind, words, before, after, t_start, t_end, clause_start, window_end) -> bool:
    """One ``requires`` condition of ``event_words.csv`` at the trigger ``t_start``–``t_end``."""
    if kind == "before" and any(w in words for w in before):
        return True
    if kind == "after":
        if "@place" in words and places_in(ctx, t_end, window_end):
            return True
        if any(w in words for w in after):
            return True
    if kind == "side" and adjective_mention(ctx, t_start, clause_start) is not None:
        return True
    if kind == "troops":
        # "The Ukrainian garrison of the town surrendered": the subject is a side's soldiers (a demonym
        # or a force), not a country ("Ukraine will never surrender")
        subject = subject_of(ctx, t_start, clause_start)
        if subject is not None and subject.kind in ("demonym", "force", "enemy"):
            return True
    return False


_LAID_DOWN_ARMS = re.compile(r"(?:\s+of\s+them|\s+of\s+(?:its|their|his|our|the)\s+(?:[a-z-]+\s+)?[a-z]+)?\s+(?:[a-z]+\s+){0,2}(?:(?:laid|lay|laying|lays)\s+down\s+(?:their\s+|its\s+)?"
                             r"(?:arms|weapons)|(?:gave|give|gives|giving)\s+themselves\s+up|(?:handed|hand|hands|handing|"
                             r"turned|turn|turns|turning)\s+themselves\s+(?:over|in)|capitulated|capitulate|capitulating|"
                             r"(?:came|come|comes|walked|crawled)\s+out\s+with\s+(?:their\s+)?hands\s+(?:up|raised|in\s+the\s+air))\b",
                             re.IGNORECASE)     # "40 soldiers gave themselves up / handed themselves over / capitulated"


_GAVE_UP = re.compile(r"(?:\s+of\s+them)?\s+(?:[a-z]+\s+){0,2}(?:surrendered|(?:laid|lay)\s+down\s+(?:their\s+)?"
                      r"(?:arms|weapons)|gave\s+themselves\s+up|(?:handed|turned)\s+themselves\s+(?:over|in)|capitulated|"
                      r"(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?"
                      r"(?:captured|taken\s+(?:prisoner|captive)))\b", re.IGNORECASE)
_SOLDIERS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:troops|soldiers|servicemen|fighters|men|units|forces|personnel|"
                             r"garrison|defenders)\b", re.IGNORECASE)


def _gave_up_side(ctx, r) -> str:
    """"some 500 Ukrainian troops were cut off, and 120 had surrendered": a bare number that gave itself up
    counts the soldiers named before it, of their side (not the other side of the clause's subject)."""
    if not _GAVE_UP.match(ctx.text, r.quantity.end, r.s_end):
        return ""
    return next((m.side for m in reversed(mentions_in(ctx, r.s_start, r.quantity.start))
                 if m.side in ("Russia", "Ukraine") and _SOLDIERS_AFTER.match(ctx.text, m.end)), "")


def _of_them_side(ctx, quantity) -> str:
    """"… pushed the Russians back … and taken 31 of them prisoner": the side "them" stands for."""
    of = re.match(r"\s+of\s+", ctx.text[quantity.end:quantity.end + 8])
    if of is None:
        return ""
    at = quantity.end + of.end()
    return next((m.side for m in mentions_in(ctx, at, at + 8) if m.start == at and m.side in ("Russia", "Ukraine")), "")


def _capturer_side(ctx, pos: int, s_start: int) -> str:
    """The side of the subject that took prisoners: "its forces had killed 110 Russian soldiers … and taken 12
    prisoners" — soldiers counted before ("110 Russian soldiers", a number right before the side) are an object of
    an earlier verb, not the subject; the subject before them is."""
    subject = subject_of(ctx, pos, s_start)
    for _ in range(3):
        counted = None if subject is None else \
            re.search(r"\d\s+(?:[a-z]+\s+)?$|\b[a-z]+ed\s+(?:the\s+)?$",   # "had cleared Russian troops from …": an object
                      ctx.text[max(s_start, subject.start - 20):subject.start])
        if counted is None:
            break
        subject = subject_of(ctx, subject.start - (len(counted.group()) - 1), s_start)
    return subject.side if subject is not None else ""


#: the captor's demonym before "captivity" after the count ("remain in Russian captivity", "freed from Ukrainian
#: captivity")
_IN_CAPTIVITY = re.compile(r"[^.;:,\d]{0,60}?\b(?:in|from|of)\s+(?P<captor>[A-Z][\w’'-]+|enemy)\s+captivity\b")


def _held_in_captivity_side(ctx, r: Reading) -> str:
    """"Ukraine says more than 8,000 of its servicemen remain in Russian captivity": soldiers held in one side's
    captivity are the other side's (not the opposite of the clause's subject, who speaks for them) (fa32)."""
    found = _IN_CAPTIVITY.match(ctx.text, max(r.unit_end, r.quantity.end), r.s_end)
    if found is None:
        return ""
    return opposite(side_between(ctx, found.start("captor"), found.end("captor")))     # ("in enemy captivity" too)


#: a passive of taking prisoners after a bare number (past a short relative clause): "and some 60 (who had hidden in
#: dugouts) were taken prisoner"
_TAKEN_PRISONER_AFTER = re.compile(r"(?:\s+who\s+(?:had\s+|have\s+|has\s+)?(?:not\s+|never\s+)?[a-z]+"
                                   r"(?:\s+(?!(?:were|was|had|have)\b)[a-z]+){0,3})?\s+(?:were|was|have\s+been|had\s+been)\s+"
                                   r"(?:captured|taken\s+(?:prisoner|captive))\b")


def _taken_prisoner_side(ctx, r: Reading) -> str:
    """"… swept the forest clear of Russian soldiers, and some 60 who had hidden in dugouts were taken prisoner": a bare
    number, the subject of a passive of taking prisoners, counts the soldiers named before it in its sentence, whose
    side (the adjective right before their noun, after "of" / "from": not the subject) is the prisoners' (not the
    opposite of the sentence's subject)."""
    quantity = r.quantity
    if not r.unit_start == r.unit_end == quantity.end or \
            _TAKEN_PRISONER_AFTER.match(ctx.text, quantity.end, min(r.s_end, quantity.end + 80)) is None:
        return ""
    nouns = [m for m in ctx.v.unit_re.finditer(ctx.text, r.s_start, quantity.start)
             if getattr(ctx.v.units.get(re.sub(r"\s+", " ", m.group().lower())), "unit", "") == "troops"]
    if not nouns:
        return ""
    return next((m.side for m in mentions_in(ctx, max(r.s_start, nouns[-1].start() - 30), nouns[-1].start())
                 if m.side in ("Russia", "Ukraine") and m.kind == "demonym" and
                 not ctx.text[m.end:nouns[-1].start()].strip() and
                 _OF_BEFORE.search(ctx.text, max(r.s_start, m.start - 20), m.start)), "")


#: a preposition before the soldiers a bare number counts: they are no subject (the capturers) but those found, cleared
#: or counted ("clear of Russian soldiers", "cleared the woods of Ukrainian troops")
_OF_BEFORE = re.compile(r"\b(?:of|from|among)\s+(?:the\s+)?$")


#: prisoners named right after the number ("17 prisoner", "40 Russian prisoners of war")
_PRISONERS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:prisoners?|pows)\b", re.IGNORECASE)
#: a second reported clause joined to the first ("said that …, and that …")
_AND_THAT = re.compile(r"[,;]\s+and\s+that\b")


def people_category(ctx, quantity, unit: Unit, s_start: int, s_end: int) -> str:
    if _RECRUIT_BEFORE.search(ctx.text, max(s_start, quantity.start - 40), quantity.start) or \
            _SIGNED_AFTER.match(ctx.text, quantity.end, s_end):
        return "mobilisation"   # "recruits about 30,000 contract soldiers a month, enough to replace its losses"
    after = words_after(ctx, quantity.end, CONTEXT_WORDS + 3, s_end)
    later = next((n for n, w in enumerate(after) if w[2][:1].isdigit()), None)
    if later is not None and any(w[2] in (",", ";", "and") or w[2].lower() == "and" for w in after[:later]) and \
            re.search(r"[,;]|\band\b", ctx.text[quantity.end:after[later][0]]):
        after = after[:later]    # "500 troops were cut off, and 120 had surrendered": the 120's own words
    joint = _AND_THAT.search(ctx.text, quantity.end, after[-1][1] if after else quantity.end)
    if joint is not None:        # "… concentrated 110,000 troops there, and that Ukrainian units had killed 9,500 of
        after = [w for w in after if w[0] < joint.start()]    # them": a new reported clause, not the 110,000's words
    context = words_before(ctx, quantity.start, CONTEXT_WORDS, s_start) + after
    if unit.category == "prisoners" and _PRISONERS_AFTER.match(ctx.text, quantity.end, s_end):
        return "prisoners"      # "killed 420 of them and took 17 prisoner": the noun says so, whatever was killed
    if _STRENGTH_WITH.search(ctx.text, max(s_start, quantity.start - 80), quantity.start) and \
            _FORMATION_BEFORE.search(ctx.text, s_start, quantity.start):
        return "manpower"      # "the company had gone into battle on October 7 with 120 men and had lost more than 80
        # of them": the strength it started with, whatever it lost after (fa30)
    casualty = ctx.v.cues.get("casualty_context", frozenset())
    if any(w[2].lower().strip("'‘’\"“”") in casualty and
           not _NO_LOSSES_BEFORE.search(ctx.text, max(s_start, w[0] - 30), w[0]) for w in context) or \
            _TOOK_OUT_BEFORE.search(ctx.text, max(s_start, quantity.start - 30), quantity.start) or \
            _OUT_OF_ACTION.search(ctx.text, max(s_start, quantity.start - 40), min(s_end, quantity.end + 60)):
        return "casualties"     # "had taken out 35 Russian infantrymen": killed
    if TOLL_RE.search(ctx.text, max(s_start, quantity.start - 120), quantity.start):
        return "casualties"    # "Ukraine's losses in the Kursk direction over the day amounted to 310 servicemen"
    prisoners = ctx.v.cues.get("prisoners_context", frozenset())
    if unit.dimension == "people" and (any(w[2].lower() in prisoners for w in context) or
                                       _LAID_DOWN_ARMS.match(ctx.text, quantity.end, s_end)):
        return "prisoners"      # "300 had laid down their arms": gave themselves up
    if unit.category:
        return unit.category
    if re.match(r"\s+(?:[a-z]+\s+)?(?:under\s+arms|in\s+uniform)\b", ctx.text[quantity.end:s_end]):
        return "manpower"      # "Ukraine has about 880,000 people under arms"
    if _POSTED_BEFORE.search(ctx.text, max(s_start, quantity.start - 40), quantity.start) and \
            _POSTED_AFTER.match(ctx.text, quantity.end, s_end) and \
            any(w[2].lower() in ctx.v.cues.get("soldier_noun", frozenset()) or w[2].lower() == "men"
                for w in words_after(ctx, quantity.end, 2, s_end)) and \
            subject_side(ctx, quantity.start, s_start) in ("Russia", "Ukraine"):
        return "manpower"      # "The Russians have put something like 50,000 men around the salient": a side's men
        # posted at a place of the front (not "the police put 12 men near the gate"; the men soldiers, the side the
        # subject: not "officials said the town still has about 2,000 people living near the front line") (fa34, rv24fixc)
    if _STRENGTH_BEFORE.search(ctx.text, max(s_start, quantity.start - 40), quantity.start) and \
            (_FORMATION_BEFORE.search(ctx.text, s_start, quantity.start) or _formation_as_it(ctx, s_start, quantity.start)):
        return "manpower"      # "The brigade should number about 2,000 men", "the battalion now has fewer than 300 men"
        # ("his platoon had started with 30 men in June", "the company was down to 40 men")
    if _HOLDS_WITH.search(ctx.text, max(s_start, quantity.start - 80), quantity.start) and \
            _FORMATION_BEFORE.search(ctx.text, s_start, quantity.start) and \
            not any(w[2].lower() in ctx.v.cues.get("civilian_context", frozenset()) |
                    ctx.v.cues.get("civilian_group", frozenset()) for w in context):
        return "manpower"      # "his brigade holds a sector 11 km wide with fewer than 600 men": the men holding it
    if _FORMATION_APPOSED.search(ctx.text, max(s_start, quantity.start - 80), quantity.start) and \
            not any(w[2].lower() in ctx.v.cues.get("civilian_context", frozenset()) for w in context):
        return "manpower"      # "a motorised rifle regiment, around 2,500 men", "two more battalions …, some 800 men"
    if has_cue_word(ctx, s_start, s_end, "mobilisation_context"):
        return "mobilisation"
    return ""


#: a sentence opening on "It" or "They" and a verb of strength ("It has perhaps 15,000 men today"; the verbs:
#: ``strength_verb`` words of data/fact_cues.csv)
_IT_OPENS = TablePattern("events_it_opens", ("fact_cues",), lambda: (
    r"[\s\"“]*(?:It|They)\s+(?:now\s+|still\s+|only\s+)?(?:has|have|had|" + cue_alternation("strength_verb") + r")\b"))


def _formation_as_it(ctx, s_start: int, pos: int) -> bool:
    """"Their reserve is the new 25th Army. It has perhaps 15,000 men today": the subject "It" / "They" opening the
    sentence stands for a formation the sentence before names (a ``strength`` formation of data/armed_units.csv)."""
    if not _IT_OPENS.match(ctx.text, s_start, pos):
        return False
    index = sentence_of(ctx, s_start)
    if index == 0:
        return False
    start, end = ctx.sentences[index - 1][:2]
    return _FORMATION_BEFORE.search(ctx.text, start, end) is not None


#: a verb of a formation's strength right before a number of people: "should number about", "now has fewer than"
#: (the verbs: ``strength_verb`` words of data/fact_cues.csv, and ``strength_start`` ones before "with")
def _start_with() -> str:
    """A verb of starting (or ending) a time with a strength, a few words, then "with": "began the winter with", "went
    into battle near the river on Monday with" (``strength_start`` words of data/fact_cues.csv; fa30)."""
    return r"(?:" + cue_alternation("strength_start") + r")(?:\s+(?!with\b)[\w’'-]+){0,6}?\s+with"


#: the hedge right before a number of men, after its verb: " about ", " only ", " "
_AMOUNT_AFTER_VERB = r"\s+(?:(?:" + HEDGE + r"|only|just|barely)\s+)?$"
_STRENGTH_BEFORE = TablePattern("strength_before", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("strength_verb") + r"|(?:has|have|had)(?:\s+(?:only|just|now|still|maybe|"
    r"perhaps))?|" + _start_with() + r"|"
    r"(?:(?:is|was|are|were)\s+)?(?:left\s+with|down\s+to))"   # "the platoon had started with 30
    # men in June", "the company is down to 40 men": a formation's strength at a time; a few words may come between the
    # verb and "with" ("his battalion began the winter with about 430 men", "went into battle near the river on
    # Monday with 120 men", "ended it with 160") (fa30)
    + _AMOUNT_AFTER_VERB), re.IGNORECASE)
#: a verb of starting (or ending) a time with a strength, then "with", right before the number: "began the winter with
#: about", "had gone into battle near the river on Monday with" (``strength_start`` words of data/fact_cues.csv)
_STRENGTH_WITH = TablePattern("strength_with", ("fact_cues",), lambda: r"\b" + _start_with() + _AMOUNT_AFTER_VERB,
                              re.IGNORECASE)
#: a verb of holding a line, then the men it is held with, right before the number: "holds a sector 11 km wide with
#: fewer than 600 men", "defended the town with about 300 soldiers"
_HOLDS_WITH = re.compile(r"\b(?:holds?|held|holding|defends?|defended|defending|mans?|manned|manning|covers?|covered|"
                         r"covering)\b[^.;:!?]{0,60}?\bwith" + _AMOUNT_AFTER_VERB, re.IGNORECASE)
#: a formation of an army as the subject of that verb: "the brigade", "our battalion", "his company" (the kinds:
#: data/armed_units.csv, kind ``formation``, uses ``strength``)
def _strength_formations(use: str = "strength") -> str:
    from saidvsdone import vocab as tables

    return "|".join(map(re.escape, tables.formation_words(use)))


_FORMATION_BEFORE = TablePattern("events_formation_before", ("armed_units",),
                                 lambda: r"\b(?:" + _strength_formations() + r")\b", re.IGNORECASE)
#: a formation named by a possessive pronoun: "his battalion", "their mechanised brigade"
_OWN_FORMATION = TablePattern("events_own_formation", ("armed_units",), lambda: (
    r"\b(?:his|her|their|our|my)\s+(?:[a-z-]+\s+)?(?:" + _strength_formations() + r")\b"), re.IGNORECASE)
#: a formation right after a side's adjective: "a Ukrainian mechanised brigade", "the Russian regiment"
_FORMATION_NEXT = TablePattern("events_formation_next", ("armed_units",), lambda: (
    r"\s+(?:[a-z-]+\s+){0,2}?(?:" + _strength_formations() + r")\b"), re.IGNORECASE)


def _own_formation_side(ctx, s_start: int, pos: int) -> str:
    """"Voloshyn commanded a battalion of a Ukrainian mechanised brigade … He writes that his battalion began the winter
    with about 430 men": a formation named by a possessive pronoun, of no side in its sentence, has the side of the
    formation the three sentences before named with a side's adjective (the nearest) (fa30)."""
    if _OWN_FORMATION.search(ctx.text, s_start, pos) is None:
        return ""
    index = sentence_of(ctx, s_start)
    if index == 0:
        return ""
    lower = ctx.sentences[max(0, index - 3)][0]
    for m in reversed(mentions_in(ctx, lower, s_start)):
        if m.kind == "demonym" and m.side in ("Russia", "Ukraine") and _FORMATION_NEXT.match(ctx.text, m.end):
            return m.side
    return ""


#: a formation with its strength in apposition or after "of", right before the number: "a motorised rifle regiment,
#: around 2,500 men", "brought up two more battalions in the last fortnight, some 800 men", "a brigade of about 3,000 men"
#: (uses ``strength_of``: not "a unit of about 150 men held out", a body of troops in a story, no strength reported)
_FORMATION_APPOSED = TablePattern("events_formation_apposed", ("armed_units",), lambda: (
    r"\b(?:" + _strength_formations("strength_of") + r")(?:\s+(?:in|over|during|within)\s+[^,.;:\d]{1,40}?)?(?:,|\s+of)\s+"
    r"(?:(?:" + HEDGE + r"|only|just)\s+)?$"), re.IGNORECASE)
#: soldiers put out of action (killed or wounded): "1,200 occupiers were put out of action", "put out of action 40 soldiers"
_OUT_OF_ACTION = re.compile(r"\b(?:put|putting|puts|taken|took|knocked)\s+out\s+of\s+action\b", re.IGNORECASE)
#: a verb of posting forces right before a count of men, its hedge between: "have put something like", "keeps about",
#: "has" (fa34; the verbs: ``posting_verb`` words of data/fact_cues.csv)
_POSTED_BEFORE = TablePattern("events_posted_before", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("posting_verb") + r")\s+(?:(?:" + HEDGE + r")\s+)?$"), re.IGNORECASE)
#: … then, past the men's noun, where they stand on the front: "50,000 men around the salient", "20,000 troops along the
#: river", "8,000 soldiers in the Kursk salient" (not "300 men in captivity", "40 men in the war") (fa34)
_POSTED_AFTER = TablePattern("events_posted_after", ("fact_cues",), lambda: (
    r"(?:\s+[\w’'-]+){1,3}?\s+(?:" + cue_alternation("posted_place") + r")\b"), re.IGNORECASE)
#: a casualty word denied right before it: "pulled 25,000 servicemen back across the river without losses", "crossed
#: with no casualties", "suffered no losses": the count is of soldiers moved or present, not of the dead (fa34)
_NO_LOSSES_BEFORE = re.compile(r"\b(?:without|with\s+no|suffered\s+no|suffering\s+no|sustained\s+no|no)\s+"
                               r"(?:any\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
#: the phrasal verb of killing right before a count of people: "took out 12 soldiers", "knocked out about 40"; a verb of
#: hitting right before one ("hit 212 Russian infantrymen"): killed or wounded
_TOOK_OUT_BEFORE = re.compile(r"\b(?:(?:took|taken|take|takes|taking|knocked|knock|knocks|knocking)\s+out|"
                              r"hit|hits|hitting|struck)\s+"   # "its drone operators hit 212 Russian infantrymen": hurt
                              r"(?:(?:" + HEDGE + r"|another|a\s+further)\s+)?"
                              r"(?:\d[\d,]*\s+(?:or|to)\s+)?$", re.IGNORECASE)   # (the upper figure of "take out 40 or 50")


# --- numbers with a unit -------------------------------------------------------------

def read_people(ctx, r: Reading) -> bool:
    """A count of people: casualties and prisoners (a loss for the side that lost them) or
    troops counted (manpower, mobilisation); labelled ``troops`` unless they are civilians."""
    quantity, unit, s_start, s_end = r.quantity, r.unit, r.s_start, r.s_end
    if word_before_regex(ctx.v.cues.get("court_verb", frozenset()), _COURT_TAIL).search(
            ctx.text, max(s_start, quantity.start - 30), quantity.number_start):
        return False     # "a court sentenced 12 Ukrainian soldiers", "awarded 40 servicemen": no count of the war's course
    if quantity.value < 100 and r.unit_end > quantity.start and (
            _SOURCES_SPEAK.match(ctx.text, r.unit_end, s_end) or
            _SPOKE_TO.search(ctx.text, max(s_start, quantity.start - 40), quantity.start)):
        return False     # "Two soldiers said …", "spoke to three officers": the sources of a report, no count
    if _GROUPS_OF.search(ctx.text, max(s_start, quantity.start - 40), quantity.start):
        return False     # "groups of two or three infantrymen", "in teams of up to five soldiers": a group's size
    if r.unit_start > quantity.end and _kin_after(ctx, quantity.end, r.unit_start):
        return False     # "300 relatives of missing soldiers", "40 wives and mothers of captured servicemen": the kin
    if r.unit_end > quantity.start and _SUSPECTS_AFTER.match(ctx.text, r.unit_end, s_end):
        return False     # "detained two men suspected of planning sabotage": suspects held by police, no battle count
    if r.unit_end <= quantity.start and _formations_after().match(ctx.text, quantity.end, s_end):
        return False     # "losses on manpower … of four mechanized brigades": a count of formations, not of people
    if ctx.text[r.unit_start:r.unit_end].lower().endswith("losses") and any(
            getattr(ctx.v.units.get(w) or ctx.v.units.get(w + "s"), "dimension", "") == "count"
            for w in re.findall(r"[a-z]+", ctx.text[quantity.end:r.unit_start].lower())):
        return False     # "3,000 tank losses", "40 aircraft losses": equipment lost, not soldiers
    bodies = r.unit_end > quantity.start and ctx.text[r.unit_start:r.unit_end].lower() in ("bodies", "corpses")
    counted = (_SIDE_COUNTED.search(ctx.text, max(s_start, quantity.start - 50), quantity.start) or
               _SIDE_COUNTED_BEFORE.search(ctx.text, max(s_start, quantity.start - 150), quantity.start)) if bodies or (
        _DEAD_WORD.match(ctx.text, quantity.end)) else None
    # ("In May alone we counted 1,140 killed on our section": the dead a side's own soldiers count are the enemy's)
    if bodies and counted is None:
        return False     # "exhumed 440 bodies", "handed over 900 bodies": no count of the battle's dead by a side
    r.category = "casualties" if bodies else people_category(ctx, quantity, unit, s_start, s_end)
    heading = tally_heading(ctx, s_start) if r.unit_end <= quantity.start else loss_list_heading(ctx, s_start)
    if heading is not None and r.category not in ("casualties", "prisoners"):
        r.category = "casualties"      # "Russian losses since …:" then "- personnel: 600,000"
    if not r.category:
        return False
    # "700 Ukrainian troops", "the number of Russian soldiers … at 50,000"
    written = side_between(ctx, min(quantity.end, r.unit_start),
                           max(quantity.end, r.unit_start) if r.unit_start > quantity.start
                           else quantity.start) or \
        next((m.side for m in mentions_in(ctx, r.unit_start, r.unit_end)
              if m.kind == "demonym" and m.start == r.unit_start), "") or \
        next((m.side for m in mentions_in(ctx, quantity.end, r.unit_start)   # "300 Azov fighters", "40 Wagner mercenaries"
              if m.kind == "force" and m.side in ("Russia", "Ukraine") and m.end <= r.unit_start), "")
    if r.category == "casualties":
        r.change = "loss"
        counter = next((m.side for m in mentions_in(ctx, counted.start(), counted.end())
                        if m.side in ("Russia", "Ukraine")), "") if counted is not None else ""
        r.actor = (written if r.unit_start > quantity.start else "") or opposite(counter) or \
            (heading.side if heading else "") or enemy_side(ctx, r) or _destroyed_after_a_force(ctx, r) or \
            casualty_side(ctx, r) or _losses_of_side(ctx, r)
        if not r.actor:
            r.actor = _bulletin_enemy(ctx, r)
        if not r.actor and heading == "" and re.search(r"\(\s*\+\s*\d", ctx.text[s_start:s_end]):
            # "The total combat losses of the enemy … approximately: personnel – about 482,310 (+1,140)":
            # a daily tally (totals with the day's rise) of the enemy of whoever reports it
            r.actor = tally_enemy(ctx, s_start, s_end)
    elif r.category == "prisoners":
        r.change = "loss"      # "captured 594 occupiers": the captured side's loss
        r.actor = written or _held_in_captivity_side(ctx, r) or \
            (_gave_up_side(ctx, r) if r.unit_end <= quantity.end + 1 else "") or \
            _taken_prisoner_side(ctx, r) or \
            opposite(_capturer_side(ctx, quantity.start, s_start)) or enemy_side(ctx, r) or _of_them_side(ctx, quantity) or \
            casualty_side(ctx, r)
    else:
        r.change = "count"
        r.actor = written or _body_of_side(ctx, quantity.start, r.clause_start) or \
            _enlisted_with_the_reporter(ctx, r) or subject_side(ctx, quantity.start, s_start) or _mobilisation_side(ctx, r) or \
            (owner_side(ctx, s_start, quantity.start) if r.category == "manpower" and r.unit_start >= quantity.end
             else "") or side_from_context(ctx, quantity.start) or \
            (_own_formation_side(ctx, s_start, quantity.start) if r.category == "manpower" else "") or \
            (_movement_side(ctx, r) if ctx.text[r.unit_start:r.unit_end].lower() != "people" else "")
        # ("Belyaev's assault company went into battle with 120 men": the strength of the one who leads them (fa30))
    if not r.actor and r.unit_start == r.unit_end == quantity.end and \
            not ctx.text[s_start:quantity.start].strip(" \"“-–—").lower().split()[1:]:
        # "… 11,000 North Korean soldiers …, about 4,000 have been killed. Two were captured alive": a bare
        # number opening its sentence counts the soldiers of the sentence before, whose side it keeps
        index = sentence_of(ctx, s_start)
        r.actor = next((f.actor for f in takewhile(lambda f: f.sentence >= index - 1, reversed(ctx.numeric))
                        if f.sentence == index - 1 and f.unit == "troops" and f.actor in ("Russia", "Ukraine")), "")
    r.label = "troops" if bodies and not _civilian_near(ctx, r) else people_label(ctx, r)
    if r.label == "people" and r.category in ("casualties", "prisoners"):
        r.flags += ("civilians",)      # counted, but outside the conventions' battlefield facts
    index = sentence_of(ctx, s_start)
    if EXCHANGE_RE.search(ctx.text, r.clause_start, clause_end_at(ctx, r.unit_end, s_end)) or \
            _FREED_BEFORE.search(ctx.text, max(s_start, quantity.start - 30), quantity.number_start) or \
            (index > 0 and _AMONG_OPENING.match(ctx.text, s_start) and
             EXCHANGE_RE.search(ctx.text, ctx.sentences[index - 1][0], ctx.sentences[index - 1][1])):
        # ("… had been returned from territory controlled by Kyiv. Among them were 12 conscripts captured in …": a part of
        # the people handed back)
        r.flags += ("exchange",)       # "returned 95 servicemen in a prisoner exchange", "each freed 300 soldiers": no loss
    return True


#: a noun of a side's mobilisation (``mobilisation_noun`` cues of data/fact_cues.csv), with "in" and a country after it
#: when there is one ("mobilisation in Ukraine")
_MOBILISATION_NOUN = TablePattern("events_mobilisation_noun", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("mobilisation_noun") + r")\b(?P<in>\s+in\s+)?"), re.IGNORECASE)


#: a noun of a side's movement of forces (``movement_noun`` words of data/fact_cues.csv: "retreat", "withdrawal", "offensive")
_MOVEMENT_NOUN = TablePattern("events_movement_noun", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("movement_noun") + r")\b"), re.IGNORECASE)


#: soldiers counted, then killed or wounded in the passive: "Over 1,000 troops were killed in a week", "450 servicemen
#: were eliminated" (the ``casualty_participle`` words of data/fact_cues.csv)
_KILLED_PASSIVE = TablePattern("events_killed_passive", ("fact_cues",), lambda: (
    r"\s+(?:(?:were|have\s+been|had\s+been|was|has\s+been)\s+)(?:(?:reportedly|also)\s+)?"
    r"(?:" + cue_alternation("casualty_participle") + r")\b"), re.IGNORECASE)
#: a side's military body that publishes the enemy's losses (``loss_bulletin_body`` words of data/fact_cues.csv)
_BULLETIN_BODY = TablePattern("events_bulletin_body", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("loss_bulletin_body") + r")\b"), re.IGNORECASE)
#: a bulletin's tally shape: a day's rise "(+1,140)" or a period (``bulletin_period`` words of data/fact_cues.csv:
#: "over the past day", "in a week", "since the start of")
_BULLETIN_PERIOD = TablePattern("events_bulletin_period", ("fact_cues",), lambda: (
    r"\(\s*\+\s*\d|\b(?:" + cue_alternation("bulletin_period") + r")\b"), re.IGNORECASE)
#: a cause of its own of soldiers' deaths (``own_death_cause`` words of data/fact_cues.csv: "a strike on",
#: "an accident", "when")
_OWN_DEATH_CAUSE = TablePattern("events_own_death_cause", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("own_death_cause") + r")\b"), re.IGNORECASE)
#: the possessive pronouns that write whose soldiers they are ("20 of its soldiers", "when their vehicle hit a mine")
_OWNING_PRONOUNS = frozenset({"its", "our", "their"})


def _bulletin_enemy(ctx, r: Reading) -> str:
    """"Over 1,000 troops were killed in a week, the Ukrainian General Staff said": soldiers killed in the passive, in a
    sentence naming no side but the speaker's, counted by a side's military body (a general staff, a defence ministry:
    the bodies that publish the enemy's losses, never their own) are the other side's; "" otherwise (a governor's or a
    person's count of soldiers killed may be of their own) (fa36). A sentence with a cause of its own ("In a strike on a
    base, 63 servicemen were killed", "killed in an accident") is a ministry's count of its own dead unless it has a
    bulletin's tally shape ("over the past day", "(+40)") (rv26fixb)."""
    if r.unit_end <= r.quantity.start or not _KILLED_PASSIVE.match(ctx.text, r.unit_end, r.s_end) or \
            any(m.kind.startswith("pronoun")
                for m in mentions_in(ctx, max(r.s_start, r.quantity.start - 20), r.unit_end)) or \
            any(m.kind.startswith("pronoun") and ctx.text[m.start:m.end].lower() in _OWNING_PRONOUNS
                for m in mentions_in(ctx, r.s_start, r.s_end)):
        return ""      # ("20 of its soldiers", "three of our men", "when their vehicle hit a mine": whose they are)
    if _OWN_DEATH_CAUSE.search(ctx.text, r.s_start, r.s_end) and \
            not _BULLETIN_PERIOD.search(ctx.text, r.s_start, r.s_end):
        return ""      # ("63 servicemen were killed in a strike on a base": maybe the ministry's own dead)
    from saidvsdone.facts.territorial import reporter_side     # (territorial reads this module)

    side = reporter_side(ctx, r.quantity.start)
    if side not in ("Russia", "Ukraine") or \
            any(m.side and m.side != side for m in mentions_in(ctx, r.s_start, r.s_end)):
        return ""
    doc = ctx.doc
    acts = [a for a in (doc.speech.acts if doc is not None else ()) if r.s_start <= a.cue.start < r.s_end]
    if not acts or not any(_BULLETIN_BODY.search(a.speaker.speaker or a.speaker.as_written or "") for a in acts):
        return ""
    return opposite(side)


#: people who join forces: "had signed contracts with the armed forces", "joined the army", "enlisted in the Ukrainian
#: military" (a ``joining_verb`` cue of data/fact_cues.csv, then "the" and an ``actor`` force noun of
#: data/force_nouns.csv, up to two words between)
_JOINED_THE_FORCES = TablePattern("events_joined_the_forces", ("fact_cues", "force_nouns"), lambda: (
    r"[^.;:!?]{0,40}?\b(?:" + cue_alternation("joining_verb") + r")\s+(?:the\s+)?(?:ranks\s+of\s+the\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?"     # (a side's word, "the Ukrainian army", "Russia's armed forces": its own side)
    r"(?:" + alternation(vocab_tables.force_nouns("actor")) + r")\b"),
    re.IGNORECASE)


def _enlisted_with_the_reporter(ctx, r: Reading) -> str:
    """"According to the minister, more than 400,000 people had signed contracts with the armed forces": people who
    joined forces no side's word names joined the forces of the side that reports it (a side's minister counts his own
    army's recruits), not the side a clause before named ("He said Ukraine had lost 500,000 soldiers, and that 400,000
    people had joined the army"); "" when nobody with a side speaks (fa36)."""
    if r.unit_end <= r.quantity.start:
        return ""
    joined = _JOINED_THE_FORCES.match(ctx.text, r.unit_end, r.s_end)
    if joined is None:
        return ""
    named = [m.side for m in mentions_in(ctx, r.unit_end, joined.end()) if m.side in ("Russia", "Ukraine")]
    if named:
        return named[-1]     # "had joined the Ukrainian army": the forces' own side
    from saidvsdone.facts.territorial import reporter_side     # (territorial reads this module)

    return reporter_side(ctx, r.quantity.start)


def _movement_side(ctx, r: Reading) -> str:
    """"… commented on the Russian retreat from the city. He said about 25,000 soldiers had crossed to the left bank":
    a count of soldiers whose sentence names no side counts the soldiers of the side whose retreat, withdrawal or
    offensive its sentence or the one before names (the owned noun nearest before the number: an adjective or a
    possessive); "" when none."""
    index = sentence_of(ctx, r.s_start)
    lower = ctx.sentences[index - 1][0] if index > 0 else r.s_start
    for noun in reversed(list(_MOVEMENT_NOUN.finditer(ctx.text, lower, r.quantity.start))):
        owner = adjective_mention(ctx, noun.start(), max(lower, noun.start() - 40))
        if owner is not None and owner.kind in ("country", "demonym") and owner.side in ("Russia", "Ukraine"):
            return owner.side     # ("the withdrawal" with no owner goes on with the one named before)
    return ""


def _mobilisation_side(ctx, r: Reading) -> str:
    """"About 300,000 men were called up in Russia's September mobilisation", "Mobilisation in Ukraine has slowed: the
    army recruits about 27,000 men a month": a count of people whose clause names no side counts the men of the side
    that owns the mobilisation its sentence names (its possessive or adjective, or the country after "in"; the noun
    nearest the number when there are several)."""
    best, side = None, ""
    for noun in _MOBILISATION_NOUN.finditer(ctx.text, r.s_start, r.s_end):
        owner = adjective_mention(ctx, noun.start(), r.s_start)
        found = owner.side if owner is not None and owner.kind in ("country", "demonym") else ""
        if not found and noun.group("in"):
            after = next((m for m in mentions_in(ctx, noun.end(), min(r.s_end, noun.end() + 30))
                          if m.start == noun.end()), None)
            found = after.side if after is not None and after.kind in ("country", "demonym") else ""
        distance = abs(noun.start() - r.quantity.start)
        if found in ("Russia", "Ukraine") and (best is None or distance < best):
            best, side = distance, found
    return side


def _losses_of_side(ctx, r: Reading) -> str:
    """"The daily average of Russian losses has stayed at about 900": the side written on the losses noun before the
    number (its adjective), when nothing else gave one."""
    if r.unit_start >= r.quantity.start or not re.match(r"(?:losses|casualties)\b", ctx.text[r.unit_start:r.quantity.start],
                                                         re.IGNORECASE):
        return ""
    own = adjective_mention(ctx, r.unit_start, r.s_start)
    return own.side if own is not None and own.kind == "demonym" and own.side in ("Russia", "Ukraine") else ""


#: the dead or wounded as the noun counted after a number
_DEAD_WORD = re.compile(r"\s+(?:killed|dead|wounded|injured)\b", re.IGNORECASE)
#: a side's own observers counting the dead: "Our reconnaissance counted 41 bodies", "we counted", "our drones counted"
#: (the enemy's fallen seen on the battlefield, as bodies a side's soldiers see)
#: (a formation named again by its kind: data/armed_units.csv, kind ``formation``, uses ``force_again``)
def _side_counted() -> str:
    from saidvsdone import vocab as tables

    return (r"\b(?:we|our\s+(?:[a-z]+\s+)?[a-z]+|(?:the\s+)?(?:" +
            "|".join(map(re.escape, tables.formation_words("force_again"))) + r")['’]s\s+"
            r"[a-z]+)\s+(?:have\s+|had\s+|also\s+|then\s+)?(?:counted|saw|spotted|filmed|recorded)\s+")


_SIDE_COUNTED = TablePattern("events_side_counted", ("armed_units",),
                             lambda: _side_counted() + r"(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)
#: the second figure of what a side's soldiers counted: "we counted 1,140 killed on our section, and 2,300 wounded"
_SIDE_COUNTED_BEFORE = TablePattern("events_side_counted_before", ("armed_units",), lambda: (
    _side_counted() + r"(?:(?:" + HEDGE + r")\s+)?\d[\d,.]*\s+(?:killed|dead|wounded|injured|bodies)\b"
    r"[^.;\"”]{0,60}?(?:,\s*|\s+)(?:and\s+|plus\s+)?(?:another\s+|some\s+|about\s+)?$"), re.IGNORECASE)


def _kin_after(ctx, end: int, unit_start: int) -> bool:
    """Whether the words between a number and the soldiers it seems to count open on kin of theirs (``fact_cues.csv``,
    cue ``kin_noun``: relatives, wives, mothers …) before "of": the number counts the kin."""
    kin = ctx.v.cues.get("kin_noun", frozenset())
    between = re.fullmatch(r"\s+(?:[a-z-]+\s+){0,1}?(?P<kin>[a-z]+)(?:\s+(?:and|or)\s+(?:[a-z-]+\s+)?[a-z]+)?\s+of\s+"
                           r"(?:(?:the|their|its|our|[a-z-]+)\s+){0,3}", ctx.text[end:unit_start], re.IGNORECASE)
    return between is not None and between.group("kin").lower() in kin


def _civilian_near(ctx, r: Reading) -> bool:
    near = words_before(ctx, r.quantity.start, CONTEXT_WORDS, r.s_start) + \
        words_after(ctx, r.quantity.end, CONTEXT_WORDS, r.s_end)
    return any(w[2].lower() in ctx.v.cues.get("civilian_context", frozenset()) for w in near)


def _body_of_side(ctx, pos: int, clause_start: int) -> str:
    """"the encircled grouping of the enemy numbers up to 5,500", "a garrison of Ukrainian troops of about 300": the side
    named after "of" following a body of troops (a ``troops_before`` cue) before the number in its clause."""
    body = None
    for body in _BODY_OF.finditer(ctx.text, clause_start, pos):
        pass
    if body is None or body.group(1).lower() not in ctx.v.cues.get("troops_before", frozenset()):
        return ""
    mention = mention_after_of(ctx, body.end(1), pos)
    return mention.side if mention is not None and mention.side in ("Russia", "Ukraine") else ""


#: a noun and "of" ("grouping of", "force of"): a body of troops and whose it is
_BODY_OF = re.compile(r"\b([a-z]+)(?=\s+of\s)")
#: people counted who speak: "Two soldiers said", "three officers, who asked not to be named, told Reuters"
_SOURCES_SPEAK = re.compile(r"(?:\s+[\w’'-]+){0,5}?(?:\s*,[^,.;]{1,60},)?\s+(?:(?:also|later|separately)\s+)?(?:said|say|says|told|"
                            r"described|explained|recalled|interviewed\s+by|speaking\s+(?:to|with|on)|who\s+spoke)\b")
#: people counted as those a reporter spoke to: "spoke to three officers", "interviewed 12 soldiers"
_SPOKE_TO = re.compile(r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+(?:(?:" + HEDGE + r")\s+)?$|"
                       r"\binterview(?:ed|s|ing)?\s+(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)
#: the size of each group before a number of soldiers ("groups of two or three infantrymen", "pairs of")
_GROUPS_OF = re.compile(r"\b(?:groups|teams|squads|units|pairs|waves|parties|detachments)\s+of\s+"
                        r"(?:(?:" + HEDGE + r"|between|as\s+few\s+as|just)\s+)?(?:[\w-]+\s+(?:or|to|and)\s+)?$",
                        re.IGNORECASE)
#: people counted as suspects or defendants ("two men suspected of", "three residents accused of", "charged with")
_SUSPECTS_AFTER = re.compile(r",?\s+(?:(?:who\s+(?:are|were|is|was)\s+)?(?:suspected|accused)\s+of|charged\s+with|"
                             r"convicted\s+of|sentenced\s+(?:to|for))\b", re.IGNORECASE)
#: formations counted right after a number ("four mechanized brigades", "two airborne divisions")
#: (the kinds: data/armed_units.csv, kind ``formation``, uses ``counted``)
def _formations_after() -> re.Pattern:
    from saidvsdone import vocab as tables

    return tables.compiled("events_formations_after", ("armed_units",), lambda: re.compile(
        r"\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(map(re.escape, tables.formation_words("counted"))) + r")\b",
        re.IGNORECASE))


#: people a side frees or hands back ("each side freed 300 soldiers"): released, not a loss
_FREED_BEFORE = re.compile(r"\b(?:freed|released|returned|exchang(?:e|ed|es|ing)|swap(?:s|ped|ping)?|handed\s+(?:over|back))"
                           r"\s+(?:(?:" + HEDGE + r"|another|a\s+further|all|only|the\s+last)\s+)?$", re.IGNORECASE)
#: People freed or handed back ("a prisoner exchange", "released … in an amnesty"): not a loss.
EXCHANGE_RE = fail_fast(r"\b(?:(?:prisoner|pow)s?\s+(?:exchanges?|swaps?)|exchanged|swapped|amnesty|repatriated|"
                        r"(?:exchanges?|swaps?)\s+of\s+"
                        r"(?:(?:" + HEDGE + r")\s+)?\d[\d,.]*|"   # "the exchange of 1,000 for 1,000 prisoners"
                        r"(?:released|freed|returned)\s+from\s+(?:[\w-]+\s+)?captivity|returned\b[^.;]{0,40}?\bhome|"
                        r"(?:as\s+part\s+of|in|under)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap)|"
                        r"(?:brought|brings?|bringing)\s+home|handed\s+over|"   # a headline's present: "Kyiv brings home 120 soldiers"
                        r"(?:returned|released|handed\s+back)\s+(?:[\w,.-]+\s+){1,3}?(?:prisoners|pows|captives)|"
                        # the people handed back in the passive, to each side, or asked for back: "205 servicemen had been
                        # returned from territory controlled by Kyiv", "saw 84 prisoners returned to each side", "a list
                        # of 500 names of prisoners it wanted back"
                        r"(?:had|have|has)\s+been\s+(?:returned|handed\s+back|sent\s+back|released)|"
                        r"returned\s+to\s+(?:each|both|either)\s+sides?|lists?\s+of\s+(?:[\w,.-]+\s+){0,2}?names|"
                        r"(?:wanted|wants|want)\s+back|"
                        # "the returning soldiers included 30 defenders of Mariupol": a part of those handed back
                        r"returning\s+(?:[\w-]+\s+)?(?:soldiers|servicemen|prisoners|pows|captives|defenders))\b",
                        re.IGNORECASE)
#: a sentence that opens on a part of the people of the sentence before: "Among them, it said, were 12 conscripts"
_AMONG_OPENING = re.compile(r"[\s\"“]*(?:Among|Of)\s+(?:them|those|these|the\s+(?:returnees|returned|freed|released|"
                            r"prisoners|soldiers|servicemen))\b")    # "each returned 150 prisoners of war"


def tally_heading(ctx, s_start: int):
    """The heading a tally line ("- personnel: 600,000") stands under, when it counts losses
    ("Russian losses since 24 February:"): the side it names (a Mention), "" when it names none
    ("The total combat losses of the enemy … are approximately:"), else None. Only other tally
    lines may stand between the heading and the line. Read once per sentence and context (rv27fixc)."""
    return _tally_heading_at(ctx, sentence_of(ctx, s_start))


def _tally_heading_at(ctx, index: int):
    """:func:`tally_heading` of sentence ``index``, once per sentence and context."""
    known = ctx.__dict__.setdefault("_tally_headings", {})
    if index not in known:
        known[index] = _tally_heading_of(ctx, index)
    return known[index]


def _tally_heading_of(ctx, index: int):
    """:func:`tally_heading` of sentence ``index``, read."""
    start, end, _ = ctx.sentences[index]
    if not _TALLY_LINE.match(ctx.text, start, end):
        # "Russia's losses since 24 February, the General Staff said: personnel – 701,130 (+1,200);
        # tanks – …": the heading and its lines in one sentence, the heading before the first colon
        inline = re.match(r"([^:]{10,200}):\s*(?:[-–—‒•*·]\s*)?[A-Za-z][A-Za-z ’'-]{1,30}?(?:\s*[–—‒:]|\s+-(?=\s))\s*\S",
                          ctx.text[start:end])
        if inline is None:
            return None   # a sentence after the heading, not one of its lines
        loss = re.search(r"\b(?:loss|losses|casualties|killed)\b", inline.group(1), re.IGNORECASE)
        if not loss and index > 0 and re.search(r"\b(?:read|reads|ran|runs|said|says|listed|lists|gave|gives|showed|"
                                                r"shows|included|includes)\b[^:]{0,30}$", inline.group(1)):
            # "The update lists Russian losses item by item. Friday's edition read, in part: personnel - 990,120
            # (+1,040); tanks - …": a heading that only quotes the list takes its losses from the sentence before
            p_start, p_end, _ = ctx.sentences[index - 1]
            loss = re.search(r"\b(?:loss|losses|casualties)\b", ctx.text[p_start:p_end], re.IGNORECASE)
            if loss:
                sides = [m for m in mentions_in(ctx, p_start, p_end) if m.side in ("Russia", "Ukraine")]
                return min(sides, key=lambda m: abs(m.start - (p_start + loss.start())), default="")
        if not loss:
            return None
        sides = [m for m in mentions_in(ctx, start, start + inline.end(1)) if m.side in ("Russia", "Ukraine")]
        return min(sides, key=lambda m: abs(m.start - (start + loss.start())), default="")
    for k in range(index - 1, max(-1, index - 12), -1):
        start, end, _ = ctx.sentences[k]
        line = ctx.text[start:end]
        if re.search(r":\s*$", line) or _AS_FOLLOWS.search(line):
            loss = re.search(r"\b(?:loss|losses|casualties|killed)\b", line, re.IGNORECASE)
            if not loss:
                # "Ukraine's General Staff published its daily tally:" then "- personnel: about 1,030", "- tanks: 4":
                # a list that counts equipment beside people is a tally of what the reporting side destroyed
                return _equipment_tally_side(ctx, k, start, end)
            sides = [m for m in mentions_in(ctx, start, end) if m.side in ("Russia", "Ukraine")]
            # "Ukraine's General Staff gave these figures for Russian losses:": the side nearest the loss word
            return min(sides, key=lambda m: abs(m.start - (start + loss.start())), default="")
        if not _TALLY_LINE.match(line):
            if _bulletin_body_side(ctx, k):
                # "The General Staff of Ukraine's armed forces published the figures on Tuesday." then "Losses
                # (personnel): 1,230." "Tanks: 6.": a list with no heading of its own, after a side's military body
                # that publishes the enemy's losses, is its tally (when a line counts equipment)
                return _equipment_tally_side(ctx, k, start, end) or None
            return None
    return None


def _bulletin_body_side(ctx, k: int) -> str:
    """The side of sentence ``k`` when it names a side's military body that publishes the enemy's losses ("The General
    Staff of the Armed Forces of Ukraine published the updated figures …": ``loss_bulletin_body`` words of
    data/fact_cues.csv) and no other side; "" otherwise."""
    start, end, _ = ctx.sentences[k]
    if not _BULLETIN_BODY.search(ctx.text, start, end):
        return ""
    sides = {m.side for m in mentions_in(ctx, start, end) if m.side in ("Russia", "Ukraine")}
    return sides.pop() if len(sides) == 1 else ""


#: a whole of which none was shot down: "None of the three …", "Neither of the two …"
_NONE_OF = re.compile(r"\b(?:[Nn]one|[Nn]either|[Nn]ot\s+one)\s+of\s+(?:the|its|their|these|those)\s+$")


#: a heading that announces the lines after it without a colon: "The General Staff's figures read as follows."
_AS_FOLLOWS = re.compile(r"\bas\s+follows\s*[.:]?\s*$", re.IGNORECASE)


def _equipment_tally_side(ctx, k: int, start: int, end: int):
    """The heading (sentence ``k``, ``start``–``end``) of tally lines among which a line counts equipment ("- tanks: 4"):
    a Mention-like side, the other side than the one the heading names (its reporter: "Ukraine's General Staff …:"),
    "" when it names none; None when no line of the list counts equipment (a list of something else)."""
    for j in range(k + 1, min(len(ctx.sentences), k + 16)):
        l_start, l_end, _ = ctx.sentences[j]
        line = _TALLY_LINE.match(ctx.text, l_start, l_end)
        if line is None:
            break
        label = re.match(r"\s*(?:[-–—‒•*·]\s*)?([A-Za-z][A-Za-z ’'-]{1,30}?)(?:\s*\([^()\n]{1,30}\))?"
                         r"(?:\s*[:–—‒]|[^\S\n]+[~+]?\d)",
                         ctx.text[l_start:l_end])
        unit = ctx.v.units.get(re.sub(r"\s+", " ", label.group(1).lower())) if label else None
        if unit is not None and unit.category == "equipment":
            sides = [m.side for m in mentions_in(ctx, start, end) if m.side in ("Russia", "Ukraine")
                     and not m.kind.startswith("pronoun")]
            # "… was summarised by its press office as follows.": a heading that names its reporter by a pronoun only
            # is the report of whoever spoke in the paragraph before ("Ukraine's General Staff said …")
            reporter = sides[0] if sides else _speaker_side(ctx, start) or \
                (_speaker_side(ctx, ctx.sentences[k - 1][0]) or _bulletin_body_side(ctx, k - 1) if k > 0 else "")
            # ("The General Staff of the Armed Forces of Ukraine published the updated figures." then "Figures for the
            # day:": the body that publishes the tally, named in the sentence before its heading)
            if reporter not in ("Russia", "Ukraine") and k > 0 and not sides and \
                    _TALLY_LINE.match(ctx.text, ctx.sentences[k - 1][0], ctx.sentences[k - 1][1]):
                # "Figures for the day:" … "UAVs 388", then "Totals:" "personnel 1,236,400": a second heading right
                # after the lines of a first, with no side of its own, continues the first's tally
                _read_tally_headings_before(ctx, k - 1)
                return _tally_heading_at(ctx, k - 1) or ""
            return SimpleNamespace(side=opposite(reporter)) if reporter in ("Russia", "Ukraine") else ""
    return None


def _read_tally_headings_before(ctx, index: int) -> None:
    """Read :func:`tally_heading` of the tally lines before sentence ``index`` in text order (each once per context),
    so that a heading continuing the tally of the one before it finds that one read: a bulletin of many headings in
    a row reads each in turn, not one inside the other (rv27fixc: a long bulletin copy ran out of stack)."""
    upto = ctx.__dict__.get("_tally_headings_read", 0)
    if upto >= index:
        return
    ctx.__dict__["_tally_headings_read"] = index
    for j in range(upto, index):
        start, end, _ = ctx.sentences[j]
        if _TALLY_LINE.match(ctx.text, start, end):
            _tally_heading_at(ctx, j)


#: A tally line: "- personnel: about 600,000", "Tanks – 8,000".
_TALLY_LINE = re.compile(r"\s*(?:[-–—‒•*·]\s*)?[A-Za-z][A-Za-z ’'-]{1,30}?(?:\s*\([A-Za-z][A-Za-z ’'-]{1,30}\))?"
                         r"(?:\s*[:–—‒]\s*\S|[^\S\n]+[~+]?\d[\d,.]*"
                         r"(?:[^\S\n]*\([^)\n]{1,12}\))?\s*$)")     # (or a table flattened to text: "UAVs 388")


#: verbs of courts and honours before a count of people (``fact_cues.csv``, cue ``court_verb``): not troops deployed,
#: not losses; what may stand between the verb and the number
_COURT_TAIL = r"\s+(?:(?:" + HEDGE + r"|another|a\s+further)\s+)?"
#: an active verb of killing right before a bare casualty number: "killed 200", "and wounded 350"
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|wounded|wounding|eliminated|eliminating|"
                            r"(?:took|take|takes|taking|knocked|knock|knocks|knocking)\s+out)\s+"
                            r"(?:(?:" + HEDGE + r")\s+)?(?:\d[\d,]*\s+or\s+)?$",
                            re.IGNORECASE)   # ("we take out 40 or 50 of their infantry": the doer's enemy)


def casualty_side(ctx, r: Reading) -> str:
    """The side that suffered the casualties counted by ``r``."""
    quantity, text = r.quantity, ctx.text
    home = _FROM_HOME.match(text, r.unit_end, r.s_end) if r.unit_start >= quantity.end else None
    town = next((p.country for p in places_in(ctx, home.end(), min(r.s_end, home.end() + 40))
                 if p.start == home.end() and p.kind != "country"), "") if home is not None else ""
    if town in ("Russia", "Ukraine"):
        after = next(p.end for p in places_in(ctx, home.end(), min(r.s_end, home.end() + 40)) if p.start == home.end())
        where = _WHERE_AFTER.match(text, after, r.s_end)   # ", a town in western Ukraine," / "in the Kharkiv region"
        after = where.end() if where else after
    if town in ("Russia", "Ukraine") and _DIED_AFTER.match(text, after, r.s_end):
        return town     # "one of 14 soldiers from Zhovkva killed since the invasion": the dead of a town are its side's
    led = owner_side(ctx, r.s_start, quantity.start) if r.unit_start >= quantity.end else ""
    if led:
        return led      # "Belyaev's assault company went into battle with 120 men": the men of the one who leads them
    cost = _AT_A_COST.search(text, max(r.s_start, quantity.start - 80), quantity.start)
    payer = subject_side(ctx, cost.start(), r.s_start) if cost is not None else ""
    if payer in ("Russia", "Ukraine"):
        return payer    # "Russian troops took 556 km², at a cost Kyiv puts at 33,000 men": who took it paid the cost
    inflicted = _INFLICTED.search(text, max(r.s_start, quantity.start - 50), quantity.start)
    if inflicted is not None:
        # "units inflicted losses of up to 470 servicemen (on Ukrainian units)": the side the losses were put on,
        # else the other side than the one inflicting them
        on = re.match(r"[\"”’']?\s+(?:[\w’'-]+\s+){0,3}?on\s+(?:the\s+)?", text[max(r.unit_end, quantity.end):r.s_end])
        at = max(r.unit_end, quantity.end) + on.end() if on else -1
        put_on = next((m for m in mentions_in(ctx, at, at + 40) if m.start == at and
                       m.side in ("Russia", "Ukraine")), None) if on else None
        target = put_on.side if put_on is not None else ""
        doer = doer_side(ctx, inflicted.start(), r.s_start)
        if target and target == doer and put_on.kind.startswith("pronoun"):
            target = ""     # "units of the 20th Army inflicted losses of up to 90 on it": a side puts no losses on
            # itself, so a pronoun read as the doer's side ("it" = the ministry that spoke) is the other side
        if target or doer in ("Russia", "Ukraine"):
            return target or opposite(doer)
    if re.match(r"(?:death|casualty)\s+toll", text[r.unit_start:quantity.start], re.I):
        own = adjective_mention(ctx, r.unit_start, r.s_start)
        if own is not None and own.kind == "demonym" and \
                not has_cue_word(ctx, r.s_start, r.s_end, "attack_context"):
            return own.side         # "the Russian death toll has reached 100,000": its soldiers
        # "the death toll from the Russian strike on Odesa": the place's side
        return next((p.country for p in places_in(ctx, r.unit_start, quantity.start)
                     if p.country in ("Russia", "Ukraine")), "")
    strike = re.search(r"\b(?:strikes?|attacks?|shelling|bombardment|barrage)\b[^.;:]{0,60}?\b(?:killed|"
                       r"killing|wounded|wounding|left)\s+(?:[\w’'-]+\s+){0,2}?$",
                       text[r.s_start:quantity.start], re.IGNORECASE)
    if strike and re.search(r",\s+(?:and\s+)?(?:killed|killing|wounded|wounding|left)\s+(?:[\w’'-]+\s+){0,2}?$",
                            strike.group()):
        strike = None   # "Russia says it repelled Ukrainian attacks near Bakhmut, killed 400 soldiers": the sentence's subject kills
    attacker = adjective_mention(ctx, r.s_start + strike.start(), r.s_start) if strike else None
    if attacker is not None and attacker.side in ("Russia", "Ukraine"):
        return opposite(attacker.side)      # "a Russian strike on a training ground killed 12"
    struck = re.search(r"\b(?:struck|shelled|bombed|hit|attacked|targeted)\b(?![^.;]*\b(?:lost|losing|suffered)\b)",
                       text[r.s_start:quantity.start])
    if struck and re.match(r"\s+(?:[\w’'-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been)\s+(?:(?:reported|reportedly|"
                           r"also|said\s+to\s+(?:have\s+been|be))\s+)?(?:killed|wounded|injured)\b",
                           text[r.unit_end:r.s_end]):
        striker = subject_side(ctx, r.s_start + struck.start(), r.s_start)
        if striker in ("Russia", "Ukraine"):
            return opposite(striker)        # "Russian troops struck a headquarters … and 40 were killed"
    side = side_between(ctx, r.unit_start, quantity.start) if r.unit_start < quantity.start \
        else ""
    side = side or loss_owner(ctx, quantity.start, r.s_start)
    enemy = [m for m in mentions_in(ctx, comma_clause_start_at(ctx, quantity.start, r.s_start),
                                    quantity.start) if m.kind == "enemy"]
    if not side and enemy and not enemy[-1].side:
        return ""       # "the enemy lost 60": whose enemy is not known; no side is better than a guess
    if not side and enemy and enemy[-1].subject_ok and \
            re.search(r"\b(?:lost|lose|loses|losing|suffered|suffers|sustained|sustains|paid|pays)\b(?![^.;]*\b(?:by|on)\b)",
                      text[enemy[-1].end:quantity.start]):
        return enemy[-1].side    # "says the occupiers have paid with some 1,500 killed and wounded": the enemy's own
    killer = _KILLED_BEFORE.search(text, max(r.s_start, quantity.start - 40), quantity.number_start) \
        if not side and r.unit_start >= quantity.end else None
    if killer is not None and not re.search(r"\b(?:were|was|been|being|be)\s+$", text[max(r.s_start, killer.start() - 8):
                                                                                   killer.start()]):
        # "Ukrainian troops killed 200 and wounded 350": a bare number, the object of the subject's killing, is the
        # other side's loss (only when no other side is named between the subject and the number)
        doer = doer_of(ctx, killer.start(), r.s_start)
        by = re.search(r"\bby\s+(?:[\w’'-]+\s+){0,3}$", text[max(r.s_start, doer.start - 30):doer.start]) \
            if doer is not None and re.match(r"(?:killing|wounding|eliminating)\b", killer.group(), re.IGNORECASE) else None
        if by is not None:
            # "repelled an assault by two Russian companies, killing 23 soldiers": the participle's doer is the clause's
            # subject (who repelled), not the agent of a noun before it
            subject = subject_side(ctx, max(r.s_start, doer.start - 30) + by.start(), r.s_start)
            if subject in ("Russia", "Ukraine"):
                return opposite(subject)
        if doer is not None and doer.side in ("Russia", "Ukraine") and \
                not re.search(r"\d\s+(?:[a-z]+\s+)?$", text[max(r.s_start, doer.start - 20):doer.start]) and \
                not any(m.side and m.subject_ok for m in mentions_in(ctx, doer.end, quantity.start)):
            return opposite(doer.side)
    side = side or victim_side(ctx, quantity.start, quantity.end, max(r.unit_end, quantity.end),
                               r.s_start, r.s_end)
    if side or r.unit.unit == "troops":
        return side     # soldiers killed near a town are not the town's side
    return next((p.country for p in places_in(ctx, r.s_start, r.s_end)
                 if p.country in ("Russia", "Ukraine")), "")   # "a strike on Dnipro killed 7"


#: a verb of recruiting right before the number: the people counted join a side, whatever losses the clause names
#: ("they sign about 20,000 people a month": only a count of people is read here, so "sign" alone signs recruits up)
_RECRUIT_BEFORE = re.compile(r"\b(?:recruit|recruits|recruited|recruiting|mobili[sz]e|mobili[sz]es|mobili[sz]ed|"
                             r"mobili[sz]ing|(?:call|calls|called|calling)\s+up|(?:sign|signs|signed|signing)(?:\s+up)?|conscript|"
                             r"conscripts|conscripted|draft|drafts|drafted)\s+(?:another\s+|a\s+further\s+|an\s+"
                             r"additional\s+)?(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)
#: people who joined a side after the number ("some 410,000 Russians had signed contracts", "… have enlisted")
_SIGNED_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:have|has|had)\s+(?:already\s+|since\s+|also\s+)?(?:signed\s+(?:up|"
                           r"contracts?)|enlisted|volunteered|joined\s+(?:the\s+)?(?:army|armed\s+forces|military)|been\s+"
                           r"(?:recruited|mobili[sz]ed|called\s+up|drafted|conscripted))\b", re.IGNORECASE)
#: "at a cost of", "at a heavy cost that Kyiv puts at": the men a side's advance cost it
_AT_A_COST = re.compile(r"\bat\s+(?:a|the)\s+(?:[a-z]+\s+)?cost\s+(?:of\s+|(?:that\s+|which\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+"
                        r"(?:puts|put|estimates|estimated|says|said|puts\s+it)\s+at\s+)"
                        r"(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)
#: a side's loss verb and a list of figures up to a number: "Russia lost 1,180 soldiers, 38 artillery systems and ",
#: "put Russia's losses … at 1,180 soldiers, … and " (the number ends the list)
_LOSS_LIST = re.compile(r"\b(?:lost|losses\b[^.;:\d]{0,40}?\b(?:at|to|amounted\s+to|were|included|stood\s+at))\s+"
                        r"(?:(?:" + HEDGE + r")\s+)?"
                        r"(?:\d[\d,.]*\s+[^.;:\d]{1,40}?(?:,\s+and|,|\s+and)\s+)+$", re.IGNORECASE)
#: "inflicted losses of", "inflicting heavy casualties of up to": the losses are another side's
_INFLICTED = re.compile(r"\b(?:inflicted|inflicting|inflicts|inflict|caused|causing)\s+(?:heavy\s+|significant\s+|"
                        r"serious\s+)?(?:losses|casualties)\s+(?:of\s+)?[\"“‘']?\s*$", re.IGNORECASE)


#: the people counted, then where they came from: "14 soldiers from Zhovkva", "40 men from the town of X" (the noun a
#: ``home_noun`` word of data/fact_cues.csv, as written)
_FROM_HOME = TablePattern("from_home", ("fact_cues",), lambda: (
    r"\s+from\s+(?:(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:" + cue_alternation("home_noun") + r")\s+of\s+)?"))
#: what may stand between the home town and the death: its apposition ("Kolomyia, a town in western Ukraine,") or its
#: region ("Kolomyia in the Ivano-Frankivsk region") (fa26)
_WHERE_AFTER = re.compile(r",\s+(?:a|an)\s+[^,;.]{1,60},|\s+in\s+(?:the\s+|[A-Z][a-z]+['’]s\s+)[A-Z][\w’'-]+\s+"
                          r"(?:region|oblast|province)\b")
#: … then their death: "killed", "who died", "who have been killed" (not "withdrew 300 soldiers from Kherson")
_DIED_AFTER = re.compile(r"(?:['’]s)?,?\s+(?:(?:who|that)\s+)?(?:(?:have|has|had|were|was)\s+)?(?:been\s+)?(?:so\s+far\s+|"
                         r"already\s+)?(?:killed|died|fallen|perished|lost\s+their\s+lives)\b")


def loss_owner(ctx, pos: int, s_start: int) -> str:
    """"The losses of the Ukrainian armed forces amounted to 230", "casualties among Russian
    troops reached …": the side named after the loss noun, before the number."""
    clause_start = clause_start_at(ctx, pos, s_start)
    for match in re.finditer(r"\b(?:losses|casualties|deaths|dead)\s+(?:of|among|suffered\s+by)\s+"
                             r"(?:the\s+)?", ctx.text[clause_start:pos], re.IGNORECASE):
        after = clause_start + match.end()
        found = [m for m in mentions_in(ctx, after, after + 40) if m.side in ("Russia", "Ukraine")]
        if found and found[0].start == after:
            return found[0].side
    return ""


#: a tally line's verb of destroying ("Also destroyed:", "have been destroyed")
_TALLY_DESTROYED = TablePattern("tally_destroyed", ("interception_words",),
                                lambda: r"\b(?:" + interception("tally") + r")\b", re.IGNORECASE)


def tally_enemy(ctx, s_start: int, s_end: int) -> str:
    """The side of "the enemy" (or "the occupiers") named up to 400 characters before a tally: the side
    opposite its speaker (``sides.resolve_by_speaker``); with no speaker, "occupiers" / "invaders" (the
    Ukrainian side's words for Russia's troops) or a total counted from the day of the invasion (the
    Ukrainian General Staff's daily tally) are Russia; "" when nothing says whose enemy it is."""
    enemies = [m for m in mentions_in(ctx, max(0, s_start - 400), s_end) if m.kind == "enemy" and
               re.fullmatch(r"enemy|occupiers|invaders", m.display, re.IGNORECASE)]
    if not enemies:
        return ""
    last = enemies[-1]
    if last.side in ("Russia", "Ukraine"):
        return last.side
    if last.display.lower().startswith(("occupier", "invader", "aggressor")) or \
            _SINCE_INVASION.search(ctx.text, max(0, s_start - 400), s_end):
        return "Russia"     # the enemy's losses totalled since the invasion: the Ukrainian General Staff's tally
    return ""


#: a total counted from the day of the full-scale invasion ("from 24.02.22", "since February 24, 2022")
_SINCE_INVASION = re.compile(r"\b(?:from|since)\s+(?:24\.02\.(?:20)?22|24\s+February,?\s+2022|February\s+24,?\s+2022"
                             r"|the\s+(?:start|beginning)\s+of\s+the\s+full[\s-]scale\s+invasion)\b", re.IGNORECASE)


def enemy_side(ctx, r: Reading) -> str:
    """"the occupiers", "the enemy": the other side of whoever speaks or narrates."""
    written = ctx.text[r.unit_start:r.unit_end].lower()
    if written not in ctx.v.cues.get("enemy", frozenset()):
        return ""
    if written.startswith(("occupier", "invader", "aggressor")):
        return "Russia"     # the words of this war's Ukrainian side for Russian troops
    return opposite(side_from_context(ctx, r.quantity.start))


def people_label(ctx, r: Reading) -> str:
    """``troops`` for soldiers, military casualties and prisoners; ``people`` for civilians
    (a ``civilian_context`` word near the number) and for counts of people with no military
    word in their sentence ("men" are troops unless an ``attack_context`` word says a strike
    killed them)."""
    quantity, s_start, s_end = r.quantity, r.s_start, r.s_end
    near = words_before(ctx, quantity.start, CONTEXT_WORDS, s_start) + \
        words_after(ctx, quantity.end, CONTEXT_WORDS, s_end)
    if any(w[2].lower() in ctx.v.cues.get("civilian_context", frozenset()) for w in near) and \
            not (r.category in ("mobilisation", "manpower") and r.unit.unit == "troops" and
                 ctx.text[r.unit_start:r.unit_end].lower() in ctx.v.cues.get("soldier_noun", frozenset())):
        return "people"     # (not "Moscow said it had evacuated more than 30,000 servicemen": soldiers moved (fa34))
    if r.unit.unit == "troops" or r.category in ("mobilisation", "manpower", "prisoners"):
        return "troops"
    written = ctx.text[r.unit_start:r.unit_end].lower()
    if written in ("people", "persons") and has_cue_word(ctx, s_start, s_end, "attack_context") and \
            not side_between(ctx, quantity.end, r.unit_start):
        return "people"     # "two people had been injured in shelling" (whatever "military administration" said so)
    if has_cue_word(ctx, s_start, s_end, "military_context"):
        return "troops"
    if written in ("people", "persons", "men", "") and \
            re.search(r"\b(?:lost|lose|loses|losing|suffered|suffers|suffering|sustained)\s+[\"“]?(?:[\w’'-]+\s+){0,3}$",
                      ctx.text[max(s_start, quantity.start - 60):quantity.start]) and \
            subject_side(ctx, quantity.start, s_start) in ("Russia", "Ukraine"):
        return "troops"     # "Russia and North Korea have lost more than 38,000 people", "has suffered 350,000 killed and wounded"
        # ("Shares climb after overnight missile strikes; Kyiv says Russia lost 900 men": a side losing men, whatever strike
        # another clause names)
    if not written and _SIDE_KILLED_AND_WOUNDED_AT.search(ctx.text, max(s_start, r.unit_start - 30), r.unit_start + 40) and \
            any(m.side in ("Russia", "Ukraine") and (m.kind == "demonym" or _POSSESSIVE.match(ctx.text, m.end))
                for m in mentions_in(ctx, max(s_start, r.unit_start - 30), r.unit_start + 1)):
        return "troops"     # "put Ukrainian killed and wounded at up to 400,000": a side's soldiers, not a strike's dead
        # ("put Russia's dead and wounded at more than 350,000": a side's own dead in possessive, fa32)
    if not written and _AT_A_COST.search(ctx.text, max(s_start, quantity.start - 80), quantity.start):
        return "troops"     # "took 3,300 sq km, at a cost that Kyiv puts at 280,000 killed and wounded": an advance's cost
    toll = re.match(r"(?:death|casualty)\s+toll", ctx.text[r.unit_start:quantity.start], re.I)
    if toll and r.actor and not has_cue_word(ctx, s_start, s_end, "attack_context"):
        return "troops"     # a side's own death toll in the war, not a strike's
    if written == "men" and not has_cue_word(ctx, s_start, s_end, "attack_context"):
        return "troops"     # "Russia has lost 300,000 men", not "a strike killed three men"
    we_killed = _WE_KILLED.search(ctx.text, max(s_start, quantity.start - 40), quantity.start) \
        if not written and re.match(r"\s+of\s+them\b|\s*[,;.]", ctx.text[quantity.end:quantity.end + 9]) else None
    if we_killed and (we_killed.group("verb") in ("killed", "wounded", "eliminated") or
                      not has_cue_word(ctx, s_start, s_end, "attack_context")):
        return "troops"     # "we killed 40 of them", "We killed 14, the rest ran": a side's fighters, not a strike's dead
    return "people"


#: the possessive ending right after a side's name ("Russia's dead and wounded")
_POSSESSIVE = re.compile(r"['’]s?\b")
#: a side's "killed and wounded" as a noun put at a figure: "put Ukrainian killed and wounded at up to 400,000"
_SIDE_KILLED_AND_WOUNDED_AT = re.compile(r"\b[A-Z][\w’'-]+\s+(?:war\s+)?(?:killed|dead|eliminated)\s+(?:and|or)\s+"
                                         r"(?:wounded|injured)\s+" + TOLL_PUT_VERB + r"\s")
#: "we killed", "our drones wounded": the first person of a speaker at war, killing (what it killed are fighters)
_WE_KILLED = re.compile(r"\b(?:we|our\s+[a-z]+)\s+(?:have\s+|had\s+)?(?:already\s+)?(?P<verb>killed|wounded|eliminated|counted|recorded|confirmed)\s+"
                        r"(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)


#: the rest of a list of figures up to its passive verb at the sentence's end: ", 466 … systems and 15,403 tanks and other
#: armored combat vehicles have been destroyed."
_LIST_PASSIVE = TablePattern("list_passive", ("interception_words",), lambda: (
    r"(?:,?\s+(?:and\s+)?\d[\d,.]*\s+(?!of\b|which\b|that\b|were\b|was\b|had\b|have\b)[^\d.;:,]{1,60}?){1,8}\s+(?:"
    r"(?:were|have\s+been|had\s+been)\s+(?:" + interception("passive") + r")\b(?=[^.;:]{0,40}[.;]?\s*$)|"
    # a headline's or a tally deck's list without its auxiliary ("two cruise missiles and 213 drones destroyed"): the
    # participle closes the sentence, or only where or by whom follows it (an active verb would take an object)
    r"(?:" + interception("passive") + r")(?=\s*[.;]?\s*$|\s+(?:overnight|over|by|in|on|during|across)\b[^.;:]{0,40}[.;]?\s*$))"),
    re.IGNORECASE)


#: a side's losses earlier in the sentence: "Russia lost 900 soldiers", "Russian losses reached 1,100 troops"
_LOST_VERB = re.compile(r"\b(?:lost|loses|losses)\b", re.IGNORECASE)


def _loser_before(ctx, s_start: int, pos: int) -> str:
    """The side whose losses of soldiers a clause before ``pos`` in its sentence names ("Russian army lost 1,110
    soldiers …; …"): the subject of "lost", or the demonym on "losses"; "" when none or not a side."""
    lost = None
    for lost in _LOST_VERB.finditer(ctx.text, s_start, pos):
        pass
    if lost is None or not re.search(r"\d[^.;:]{0,40}\b(?:soldiers|troops|servicemen|personnel|men|killed)\b|"
                                     r"\b(?:soldiers|troops|personnel)\b",
                                     ctx.text[lost.end():pos]):
        return ""
    side = subject_side(ctx, lost.start(), s_start)
    if not side:
        own = adjective_mention(ctx, lost.start(), s_start)
        side = own.side if own is not None else ""
    return side if side in ("Russia", "Ukraine") else ""


def _over_ground(ctx, at: int, s_end: int) -> str:
    """The side whose ground is named right after "over" at ``at`` ("were downed over the Bryansk region"); not
    ground one side holds and the other claims (Crimea)."""
    over = re.match(r"\s+over\s+(?:the\s+)?", ctx.text[at:s_end])
    if over is None:
        return ""
    return next((p.country for p in places_in(ctx, at + over.end(), min(s_end, at + over.end() + 40))
                 if p.start == at + over.end() and p.country in ("Russia", "Ukraine") and
                 p.place not in _CONTESTED_GROUND), "")


_CONTESTED_GROUND = frozenset({"Crimea", "Sevastopol"})


def _held_by_reporter(ctx, ground: str, pos: int) -> str:
    """The side that downed what fell over ``ground``: Ukraine's ground reported by a Russian source ("12 drones were
    shot down over the Kherson region, Russia's defence ministry said") is ground Russia holds, its air defences'."""
    if ground == "Ukraine" and _speaker_side(ctx, pos) == "Russia":
        return "Russia"
    return ground


#: a part right before "of" and the whole: "intercepted 14 of 17 cruise missiles", "201 out of 236 drones", "Twelve of
#: the 20 drones" (the whole was launched); read by the strikes here and by the facts' whole-after-a-part check
PART_OF_BEFORE = re.compile(r"(?:\d|\b(?:" + number_words(1, 12) + r"|dozen))\s+"
                            r"(?:out\s+)?of\s+(?:the\s+)?$", re.IGNORECASE)


#: a that-clause opening with a subject of its own right before a verb ("…, and that air defences had ", "said that the
#: crews "): not a relative "that" ("units that shot down": the verb right after it)
_OWN_SUBJECT_CLAUSE = re.compile(r"\bthat\s+(?:(?:the|its|their|his|her|our)\s+)?"
                                 r"(?!(?:had|has|have|was|were|is|are|also|then|later|reportedly|allegedly)\b)"
                                 r"[a-z][\w’'-]*\s+(?:[\w’'-]+\s+){0,2}?(?:(?:had|has|have)\s+)?(?:also\s+|then\s+)?$")


def read_strikes(ctx, r: Reading) -> bool:
    """Missiles, drones, strikes: launched (the attacking side) or shot down (the defending side)."""
    quantity = r.quantity
    unit = r.unit
    unit_start = r.unit_start
    unit_end = r.unit_end
    s_start = r.s_start
    s_end = r.s_end
    text = ctx.text
    r.change = "count"
    comma_start = comma_clause_start_at(ctx, quantity.start, s_start)
    if unit.unit in ("missiles", "drones") and _supplied(ctx, s_start, quantity.start):
        # "received 900 FPV drones", "produces about 2,700 drones a month, …, up from 300": stock, not use (the
        # verb governs the number: not "received reports that 40 drones …")
        r.flags += ("supply",)
    if unit.unit in ("missiles", "drones") and "supply" not in r.flags and \
            word_before_regex(ctx.v.cues.get("capacity", frozenset()), _CAPACITY_TAIL).search(
                text, max(s_start, quantity.start - 40), quantity.start):
        r.flags += ("supply",)     # "a total salvo of up to 28 Kalibr missiles", "armed with 8 missiles": what could be fired
    if unit.unit == "strikes" and has_cue_word(ctx, comma_start, quantity.start,
                                                     "repelled"):
        return False     # "repelled 87 Russian assaults": ground fighting, not strikes
    r.actor = side_between(ctx, quantity.end, unit_start) or \
        (weapon_side(ctx, quantity.end, unit_end) if unit_start >= quantity.end else "")
    tracked = _TRACKED.search(text, comma_start, quantity.start)
    if tracked and not r.actor and not SHOOT_DOWN_RE.search(text, comma_start, quantity.start):
        # "the air force said it had engaged 287 air targets": what the defenders engaged or tracked was
        # launched by the other side
        defender = subject_side(ctx, tracked.start(), s_start) or _speaker_side(ctx, quantity.start)
        if defender in ("Russia", "Ukraine"):
            r.actor = opposite(defender)
            return True
    heading = tally_heading(ctx, s_start) if unit_end <= quantity.start else loss_list_heading(ctx, s_start)
    if heading is not None and not r.actor:
        # "The total combat losses of the enemy …:" then "- operational-tactical UAVs ‒ 19,650 (+66)":
        # the losing side's drones and missiles, shot down by the side that keeps the tally
        r.intercepted = True
        r.actor = opposite(heading.side if heading else tally_enemy(ctx, s_start, s_end))
        return True
    if heading is None and not r.actor and re.search(r"\(\s*\+\s*\d", text[s_start:s_end]) and \
            _TALLY_DESTROYED.search(text, s_start, quantity.start):
        # "Also destroyed: 11,390 tanks (+3), …, 88,910 operational-tactical UAVs (+318), 3,960 cruise missiles": a
        # daily tally's line of the enemy's drones and missiles, shot down by the side that keeps the tally
        enemy = tally_enemy(ctx, s_start, s_end)
        if enemy:
            r.intercepted, r.actor = True, opposite(enemy)
            return True
    lost = _LOSS_LIST.search(text, s_start, quantity.start) if unit.unit in ("missiles", "drones") and \
        not r.actor and unit_start >= quantity.end else None
    loser = next((m.side for m in reversed(mentions_in(ctx, s_start, lost.start())) if m.side in ("Russia", "Ukraine")),
                 "") if lost else ""
    if loser:
        # "put Russia's losses over the past day at 1,180 soldiers, 38 artillery systems and 156 drones": the losing
        # side's drones in a list of its losses, shot down by the other side
        r.intercepted, r.actor = True, opposite(loser)
        return True
    glossed = unit_start > quantity.end and GLOSSED_FIGURE.fullmatch(text, text.rfind("\n", 0, quantity.start) + 1,
                                                                     quantity.start) and \
        GLOSS_DASH.match(text, quantity.end, unit_start + 1)
    downed = SHOOT_DOWN_RE.search(text, unit_end, clause_end_at(ctx, unit_end, s_end)) if glossed else None
    if downed is not None and not r.actor:
        # "IN FIGURES: 38 — the drones the army says it shot down on Tuesday": a figure opening its line,
        # glossed after a dash by a clause of shooting down, counts what the side of that clause (or the speaker's)
        # shot down
        r.intercepted = True
        r.actor = subject_side(ctx, downed.start(), unit_end) or _speaker_side(ctx, quantity.start)
        return True
    shooter = SHOOT_DOWN_RE.search(text, comma_start, quantity.start)
    own_hit = _OWN_HIT.match(text, max(unit_end, quantity.end), s_end)
    if shooter is None and comma_start > s_start and not own_hit:
        # "Air defences shot down four ATACMS missiles, six HIMARS rockets and 41 drones": a figure
        # listed after the first one shares its verb
        wide = SHOOT_DOWN_RE.search(text, s_start, comma_start)
        if wide and re.fullmatch(r"\s+(?:[\w’'-]+\s+){0,3}?(?:\d[\d,.]*|[a-z]+)\s[^.;:]*", text[wide.end():comma_start]) \
                and ctx.v.quantity_re.match(text, wide.end() + len(text[wide.end():comma_start]) -
                                            len(text[wide.end():comma_start].lstrip())) is not None:
            shooter = wide
    heading = list_heading(ctx, s_start)
    shot = SHOOT_DOWN_RE.search(text, heading[0], heading[1]) if heading and not shooter else None
    if shot:
        # "Air defences had shot down:" then "- 57 Shahed-type attack UAVs;": a line of a list takes
        # the verb of its heading
        r.intercepted = True
        r.actor = subject_side(ctx, shot.start(), heading[0]) or opposite(r.actor or ctx.last_launch) or \
            _speaker_side(ctx, heading[0])
        return True
    tail = max(unit_end, quantity.end)     # the unit may come before the number ("drones … 40 of them")
    passive = re.match(r"\s+(?:(?:launched|fired|sent)\s+(?:[\w’'-]+\s+){0,2}?(?:at|on|against|toward|towards|"
                       r"into|from)\s+(?:[\w’'-]+\s+){0,2}?(?:overnight\s+|on\s+\w+\s+)?)?"
                       r"(?:[\w’'-]+\s+){0,3}?(?:and\s+[\d,.]+\s+(?:[\w’'-]+\s+){1,3}?)?"   # "614 of the drones and 37 of the missiles were"
                       r"(?:were|was|have\s+been|had\s+been|"
                       r"being)\s+[\"“‘']?(?:\w+ly\s+|also\s+)?(?:" + interception("passive", "were_lost") + r")\b",
                       text[tail:s_end]) or \
        re.match(r",?\s+(?:both|all|all\s+of\s+them|each)\s+(?:" + interception("passive") + r")\b",
                 text[tail:s_end]) or \
        (re.match(r"\s+(?:" + interception("passive") + r")\b(?!\s+(?:by\s+)?(?:the\s+)?\d)",
                  text[tail:s_end]) if not re.search(r"\b(?:launched|fired|sent|used)\s+(?:[\w’'-]+\s+){0,3}$",
                                                     text[s_start:quantity.start]) else None)
    # "Kyiv: 40 Russian drones downed overnight": a headline's passive without its auxiliary
    if passive is None and not shooter:
        # "576 airplanes, 11,028 unmanned aerial vehicles, … and 15,403 tanks have been destroyed": the verb of a list
        # of figures ends the sentence
        passive = _LIST_PASSIVE.match(text, tail, s_end)
    launcher = launcher_after(ctx, unit_end, s_end)
    of_total = PART_OF_BEFORE.search(text[comma_start:quantity.start])
    if passive and not shooter and _NONE_OF.search(text, max(s_start, quantity.start - 30), quantity.start):
        # "None of the three Kinzhal missiles launched from jets was intercepted": the three were launched, and
        # none shot down
        r.actor = r.actor or launcher or ctx.last_launch or \
            opposite(_speaker_side(ctx, quantity.start))
        return True
    if passive and of_total and not shooter:
        # "42 of the 48 drones had been destroyed, Ukrainian sources said": the 48 were launched,
        # by the other side than the one reporting the shoot-down
        r.actor = r.actor or launcher or ctx.last_launch or \
            opposite(_speaker_side(ctx, quantity.start))
        return True
    if shooter and of_total:
        # "shot down 25 of 30 Russian drones", "all but two of the 35 missiles": the 30 were launched
        r.actor = r.actor or launcher or opposite(subject_side(ctx, shooter.start(), s_start) or
                                                  _speaker_side(ctx, quantity.start))
    elif shooter:
        # "air defences shot down 24 of the missiles": the side shooting down
        r.intercepted = True
        subject = doer_of(ctx, shooter.start(), s_start)   # past "1,020 Russian soldiers" an earlier verb counted
        if subject is not None and not r.actor and not launcher and \
                re.search(r"\b(?:launched|fired|sent|attacked|struck)\b", text[subject.end:shooter.start()]):
            # "Russia had launched 23 drones …, and that air defences had destroyed 13 of the drones":
            # the launcher is the subject of its own verb, not of the shooting down
            subject = None
        reporting = _reporting_side(ctx, s_start, shooter.start()) if not r.actor else ""
        if subject is not None and (reporting and (subject.kind == "enemy" or re.search(
                r"(?:,|\band\b|\bthat\b)", text[subject.end:shooter.start()])) or
                _OWN_SUBJECT_CLAUSE.search(text, subject.end, shooter.start())):
            # "… enemy losses exceeded 8,900 servicemen, and air defences had shot down …" (a reporting side): not
            # theirs; "… hit areas where Ukrainian troops were concentrated, and that air defences had intercepted six
            # Tochka-U missiles": a that-clause with a subject of its own (one no side names) opens between the side
            # found and the verb of shooting down; the side named before it is no shooter (fa32)
            subject = None
        r.actor = (opposite(launcher) if launcher and not r.actor else "") or \
            (subject.side if subject is not None else "") or reporting or \
            opposite(r.actor or ctx.last_launch or _attacker_said_before(ctx, s_start)) or \
            _speaker_side(ctx, quantity.start)   # "…, the Ukrainian air force said"
    elif passive and not r.actor and (loser := _loser_before(ctx, s_start, quantity.start)):
        # "Russian army lost 1,110 soldiers over the past day; two cruise missiles and 213 drones destroyed": weapons
        # destroyed with no agent, after a side's losses in the same sentence, are that side's, downed by the other
        r.intercepted = True
        r.actor = opposite(loser)
    elif passive and not r.actor and _over_ground(ctx, tail + passive.end(), s_end):
        # "It said 41 of the drones were downed over the Bryansk region, 22 over …": over a side's own ground, by that
        # side (before an interceptor of another sentence: the lede's other side)
        r.intercepted = True
        r.actor = _held_by_reporter(ctx, _over_ground(ctx, tail + passive.end(), s_end), quantity.start)
    elif passive and not r.actor and recent_interceptor(ctx, s_start):
        # "Russian air defences shot down 41 drones … Since the start, 30,456 drones have been destroyed":
        # the side that shot down in the sentence before
        r.intercepted = True
        r.actor = recent_interceptor(ctx, s_start)
    elif passive and (r.actor or ctx.last_launch):
        # "38 Russian drones were destroyed": the side that shot them down is the other one
        r.intercepted = True
        r.actor = opposite(r.actor or ctx.last_launch)
    elif passive:
        # "9 rockets were shot down by Russian air defences"; "14 missiles had been intercepted
        # over Kyiv": shot down, by the agent, else by the side whose ground it was over (below)
        r.intercepted = True
        r.actor = agent_side(ctx, tail + passive.end(), clause_end_at(ctx, tail + passive.end(), s_end))
    if r.intercepted and not r.actor:
        # "the defenders shot down 15 drones over Kyiv": shot down over the defender's ground
        r.actor = target_side_after(ctx, tail, clause_end_at(ctx, tail, s_end))
        if not r.actor and re.search(r"\bover\s+the\s+(?:region|city|oblast|province|area|town)\b", text[tail:s_end]):
            # "Belgorod's governor said 20 drones were shot down over the region": the place named before
            r.actor = next((p.country for p in reversed(places_in(ctx, s_start, quantity.start))
                            if p.country in ("Russia", "Ukraine")), "")
        over = re.search(r"\bover\s+(?:the\s+)?", text[tail:s_end]) if not r.actor else None
        if over is not None:
            # "Just two drones, both destroyed over the Mykolaiv region": shot down over the defender's ground
            at = tail + over.end()
            r.actor = _held_by_reporter(ctx, next((p.country for p in places_in(ctx, at, min(s_end, at + 40))
                                                   if p.start == at and p.country in ("Russia", "Ukraine")), ""),
                                        quantity.start)
        return True
    which = re.match(r"[^.;]{0,40}?\bwhich\s+(?:the\s+)?", text[unit_end:s_end])
    if which and re.search(r"\bof\s+which\s+(?:the\s+)?$", which.group(), re.IGNORECASE):
        which = None     # "fired 95 drones …, of which air defences downed 71": a part was shot down, not the 95
    if which and not shooter:
        # "… lost 31 drones, which Russian forces shot down": the side in the relative clause
        at = unit_end + which.end()
        found = next((m for m in mentions_in(ctx, at, at + 40) if m.start == at), None)
        verb = re.match(r"\s*(?:[\w’'-]+\s+){0,2}?(?:" + interception("passive") + r")\b",
                        text[found.end:s_end]) if found is not None else None
        if verb and found.side in ("Russia", "Ukraine"):
            r.intercepted, r.actor = True, found.side
            return True
    launched_from = _LAUNCHED_FROM.match(text[unit_end:s_end])
    if not r.actor and launched_from:
        # "21 drones were launched from Kursk": the side whose ground they left
        at = unit_end + launched_from.end()
        r.actor = next((p.country for p in places_in(ctx, at, at + 40)
                        if p.start == at and p.country in ("Russia", "Ukraine")), "")
    if not r.actor and ctx.last_launcher and unit.unit in ("missiles", "drones") and \
            _RECORD_BEFORE.search(text, max(s_start, quantity.start - 60), quantity.start) and \
            not _LAUNCHED_IN_CLAUSE.search(text, max(s_start, quantity.start - 80), quantity.start):
        # "Russia launched 53 missiles … Air defences destroyed 43 … The attack fell short of the record of 810 drones",
        # "In February alone the total was 3,900 drones": a record or a total of launches is the launcher's (the side
        # of the last launch that had one), not the last interceptor's
        r.actor = ctx.last_launcher
        return True
    moved = MOVED_SUBJECT.match(text, s_start, quantity.start) if not r.actor and ctx.last_launcher else None
    if moved is not None and moved.start("np") <= unit_start < moved.end("np") and unit.unit in ("missiles", "drones"):
        # "Russia launched 54,000 drones … Ukrainian air defences shot down 47,000. Missile launches fell: from about
        # 2,100 … to 1,700": launches that fell or rose, no side of their own, are the last launcher's
        r.actor = ctx.last_launcher
        return True
    launched = _LAUNCHED_NO_AGENT.match(text, unit_end, s_end) \
        if not r.actor and unit.unit in ("missiles", "drones") else None
    if launched:
        # "Kyiv's air force said 230 drones had been launched, of which 190 were downed": a launch with no agent,
        # reported by one side with a part of it shot down, is the other side's (not the reporter's, who is the subject
        # before "said"); one fired "at targets across Ukraine" is the other side's than its target's, whoever reports
        # it (fa38). With no interception after it, a side's passive account of a launch is its own ("the navy said 6
        # sea drones were launched in the raid": read below; rv28b)
        reporter = target_side_after(ctx, unit_end, clause_end_at(ctx, unit_end, s_end)) or (
            _speaker_side(ctx, quantity.start) if _SHOT_DOWN_LATER.search(text, launched.end(), s_end) else "")
        r.actor = opposite(reporter) if reporter in ("Russia", "Ukraine") else ""
    r.actor = r.actor or agent_side_for_strike(ctx, quantity.start, unit_end, s_start, s_end)
    if not r.actor and unit.unit in ("missiles", "drones") and (
            _STRUCK_AFTER.match(text, unit_end, clause_end_at(ctx, unit_end, s_end)) or
            _IMPACTS_BEFORE.search(text, max(s_start, quantity.start - 30), quantity.start)):
        r.actor = _attacker_of(ctx, s_start, s_end)
    return True


#: a passive launch right after the count of missiles or drones, up to its verb (up to two words between: "21 attack
#: drones were launched"); the auxiliaries, the verbs
_PASSIVE_LAUNCH = r"\s+(?:[\w’'-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been%s)\s+(?:launched|fired)"
#: a passive launch from a place: "21 drones were launched from Kursk"
_LAUNCHED_FROM = re.compile(_PASSIVE_LAUNCH % "" + r"\s+from\s+(?:the\s+)?")
#: a passive launch with no agent right after the count of missiles or drones: "230 drones had been launched, of which
#: …", "40 missiles were fired overnight" (not "… launched by Russia", "… launched from Kursk": read before)
_LAUNCHED_NO_AGENT = re.compile(_PASSIVE_LAUNCH % r"|has\s+been" + r"\b(?![^.;:,]{0,40}?\b(?:by|from)\b)", re.IGNORECASE)
#: a part of a launch shot down later in its sentence ("…, of which 190 were downed"; interception_words.csv ``passive``)
_SHOT_DOWN_LATER = TablePattern("events_shot_down_later", ("interception_words",), lambda: (
    r"\b(?:" + interception("passive") + r")\b"), re.IGNORECASE)


#: a side's verb of attacking right after its name: "Ukraine had attacked", "Russia's army launched", "Russian forces struck"
#: (the verbs: data/fact_cues.csv, cue ``attacker_verb``)
_ATTACKED_AFTER = TablePattern("events_attacked_after", ("fact_cues",), lambda: (
    r"(?:['’]s)?\s+(?:(?:armed\s+)?(?:forces|army|military|troops)\s+)?(?:had\s+|has\s+|have\s+)?"
    r"(?:" + cue_alternation("attacker_verb") + r")\b"))


def _attacker_said_before(ctx, s_start: int) -> str:
    """"The Kremlin said Ukraine had attacked Moscow overnight. Air defence units shot down 12 drones …, the mayor said":
    the one side the sentence before names as attacking (its name right before a verb of attacking), whose drones or
    missiles the other side shot down; "" when none or both sides do."""
    index = sentence_of(ctx, s_start)
    if index == 0:
        return ""
    p_start, p_end, _ = ctx.sentences[index - 1]
    sides = {m.side for m in mentions_in(ctx, p_start, p_end) if m.side in ("Russia", "Ukraine") and
             not m.kind.startswith("pronoun") and _ATTACKED_AFTER.match(ctx.text, m.end, p_end)}
    return sides.pop() if len(sides) == 1 else ""


#: what missiles or drones did on arrival, right after their count: "12 drones and four missiles had struck the city",
#: "180 drones crossed the border", "three got through"
_STRUCK_AFTER = re.compile(r"(?:\s+(?:and|or|,)?\s*(?:[\w’'-]+\s+){0,3}?)?\s*(?:had\s+|have\s+|has\s+|were\s+)?"
                           r"(?:struck|hit|slammed\s+into|crashed\s+into|crossed\s+(?:the\s+border|into)|got\s+through|"
                           r"broke\s+through|reached\s+(?:their|its)\s+targets?)\b", re.IGNORECASE)
#: an impact named before the count (or before the first of two): "Impacts of 29 drones and seven missiles were recorded"
_IMPACTS_BEFORE = re.compile(r"\b(?:impacts?|hits|strikes)\s+(?:by|of|from)\s+(?:[\w,.]+\s+[\w-]+\s+(?:and|,)\s+)?"
                             r"(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)
#: "from the Kursk region": the ground a launch left
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def _attacker_of(ctx, s_start: int, s_end: int) -> str:
    """The side whose missiles or drones struck, when no subject or agent names it ("the governor said 12 drones had
    struck the city", "180 drones crossed the border from the Kursk region", "Impacts of 29 drones were recorded"):
    the side of the ground they came from, else the other side of the ground the sentence names (where they struck),
    else the side of the last strike figure read before, the launcher's or the other side of an interceptor's (the
    night's report goes on)."""
    text = ctx.text
    sides = [p for p in places_in(ctx, s_start, s_end) if p.country in ("Russia", "Ukraine")]
    came_from = {p.country for p in sides if _FROM_BEFORE.search(text, max(s_start, p.start - 12), p.start)}
    if len(came_from) == 1:
        return came_from.pop()
    struck = {p.country for p in sides}
    if len(struck) == 1:
        return opposite(struck.pop())
    last = next((f for f in reversed(ctx.numeric) if f.category == "strikes" and f.actor in ("Russia", "Ukraine")), None)
    return "" if last is None else opposite(last.actor) if last.intercepted else last.actor


#: a record, peak or total right before a count of missiles or drones: "the record of 96 missiles", "the September
#: record of 810 drones", "the total was 3,900 drones", "a single-night high of 728"
_RECORD_BEFORE = re.compile(r"\b(?:record|peak|high|maximum|total)\s+(?:(?:was|is|stood\s+at|came\s+to|reached|of)\s+)?"
                            r"(?:(?:" + HEDGE + r")\s+)?"
                            r"(?:[\d,.]+\s+(?:[A-Za-z-]+\s+){1,3}?(?:and|,)\s+)?$",
                            re.IGNORECASE)


#: a verb of launching before "a total of": "Ukraine launched a total of 120 drones" is that subject's count, read by
#: the agent rule, not the last launcher's record (rv9)
_LAUNCHED_IN_CLAUSE = re.compile(r"\b(?:launch(?:ed|es)?|fired|fires|sent|sends|unleashed|hurled)\b[^.;:]*$", re.IGNORECASE)


#: what a carrier or a stock could fire, not what was fired (``fact_cues.csv``, cue ``capacity``): what may stand between
#: the word and the number
_CAPACITY_TAIL = r"\s+(?:of\s+)?(?:(?:" + HEDGE + r"|a\s+total\s+of)\s+)?"


def _supplied(ctx, s_start: int, number_start: int) -> bool:
    """A count of weapons made, bought or delivered (``fact_cues.csv``, cue ``supply``: received, produces, makes,
    builds …): the verb right before the number ("received about 900", "assembles some 2,000 drones a month"), or
    one earlier in the sentence with "up from" / "down from" right before it and no verb of use between ("produced
    2,700 drones a month, up from 300"): a stock, not a count of launches or interceptions."""
    words = ctx.v.cues.get("supply", frozenset())
    text = ctx.text
    if word_before_regex(words, _SUPPLY_GAP_TAIL).search(text, s_start, number_start):
        return True
    if not re.search(r"\b(?:up|down)\s+from\s+$", text[max(s_start, number_start - 12):number_start]):
        return False
    pattern = cue_regex(words)
    before = text[s_start:number_start].lower()
    verb = pattern.search(before) if pattern is not None else None
    return verb is not None and not _USED_RE.search(before, verb.end())

#: a verb of use after the supply verb ("produced … and launched 40 of them"): the count is of use again
_USED_RE = re.compile(r"\b(?:launched|launches|fired|fires|sent|shot|intercepted|destroyed|downed|attacked|used)\b",
                      re.IGNORECASE)
#: what may stand between the supply verb and its number: "received about 900", "delivered a total of up to 40"
_SUPPLY_GAP_TAIL = r"\s+(?:(?:a|an|another|further|total|of|the|its|their|his|our|new|first|last|" + HEDGE + r")\s+){0,4}"


#: a figure with a verb of its own that hit ("…, adding that 21 drones had struck targets", "and 21 drones hit
#: targets"): the launcher's weapons that got through, not a further figure of the shooting down before it
_OWN_HIT = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:had\s+|have\s+|has\s+)?(?:struck|hit|reached|penetrated|landed|"
                      r"exploded|got\s+through)\b", re.IGNORECASE)


#: verbs of air defence that count what came in, not what was shot down: "engaged", "tracked", "detected"
_TRACKED = re.compile(r"\b(?:engaged|tracked|detected|recorded|registered|spotted|counted|logged)\s+(?:a\s+total\s+of\s+)?"
                      r"(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)


def list_heading(ctx, s_start: int):
    """The heading (start, end) a bulleted line stands under ("As of 09:00, air defences had shot
    down:" then "- 2 missiles;" "- 57 drones."), or None when the sentence is no list line."""
    index = sentence_of(ctx, s_start)
    start, end, _ = ctx.sentences[index]
    if not re.match(r"\s*[-–—•*·]\s*\S", ctx.text[start:end]):
        return None
    for k in range(index - 1, max(-1, index - 12), -1):
        start, end, _ = ctx.sentences[k]
        line = ctx.text[start:end]
        if re.search(r":\s*$", line):
            return start, end
        if not re.match(r"\s*[-–—•*·]\s*\S", line):
            return None
    return None


def loss_list_heading(ctx, s_start: int):
    """"Russian losses over the past day, according to …:" then "- 1,230 personnel;" "- 41 drones.": a
    bulleted line (the number first) under a heading that counts losses: the side the heading names (a
    Mention), "" when it names none, None when the line is not under such a heading."""
    heading = list_heading(ctx, s_start)
    if heading is None:
        return None
    loss = re.search(r"\b(?:loss|losses|casualties)\b", ctx.text[heading[0]:heading[1]], re.IGNORECASE)
    if not loss:
        return None
    line_start, line_end, _ = ctx.sentences[sentence_of(ctx, s_start)]
    line = ctx.text[line_start:line_end]
    if _OWN_VERB.search(line) or any(m.side in ("Russia", "Ukraine") for m in mentions_in(ctx, line_start, line_end)):
        return None      # "- 3 people were killed in Kupiansk", "- 40 drones launched by Russia": a line of its own
    sides = [m for m in mentions_in(ctx, heading[0], heading[1]) if m.side in ("Russia", "Ukraine")]
    causers = [m for m in sides if _CAUSE_AFTER.match(ctx.text, m.end, heading[1]) or
               _CAUSE_BEFORE.search(ctx.text[max(heading[0], m.start - 12):m.start])]
    if causers:
        # "Russian shelling caused casualties …:", "Ukraine reported these losses after the Russian
        # attack:": losses one side caused, not a tally of a side's own losses; only a side written on
        # the loss word itself ("Russian losses after the failed attack:") is the loser
        loss_at = heading[0] + loss.start()
        own = [m for m in sides if m not in causers and
               (0 <= loss_at - m.end <= 3 or re.match(r"\s+of\s+(?:the\s+)?$", ctx.text[loss_at + len(loss.group()):m.start]))]
        return own[0] if own else None
    return min(sides, key=lambda m: abs(m.start - (heading[0] + loss.start())), default="")


#: a verb of a list line's own ("were killed", "launched by"): the line is a sentence, not a tally item
_OWN_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|been)\s+[a-z]+|\b[a-z]+ed\s+by\b")
#: a side that causes losses: "Russian shelling", "the Russian attack", "Russia's strikes", "caused by Russia"
_CAUSE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:shelling|attacks?|strikes?|bombardment|bombing|offensive|"
                          r"assaults?|missile|drone|caused|inflicted)\b", re.IGNORECASE)
_CAUSE_BEFORE = re.compile(r"\b(?:caused|inflicted)\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def weapon_side(ctx, start: int, end: int) -> str:
    """"24 Kh-101 cruise missiles", "57 Shahed-type attack UAVs", "16 HIMARS rockets": a model name
    between a number and its unit (or the unit itself, "40 Shaheds") names the side that fires it
    (``russian_weapon`` / ``ukrainian_weapon`` cues of ``fact_cues.csv``; a code by the part before
    its hyphen), "" when none does."""
    russian = ctx.v.cues.get("russian_weapon", frozenset())
    ukrainian = ctx.v.cues.get("ukrainian_weapon", frozenset())
    for token in re.findall(r"[A-Za-z][\w’'-]*", ctx.text[start:end]):
        lower = token.lower()
        for key in (lower, lower.split("-")[0]):
            if key in russian:
                return "Russia"
            if key in ukrainian:
                return "Ukraine"
    return ""


def recent_interceptor(ctx, s_start: int) -> str:
    """The side that shot something down in the sentence before (its last such figure), or ""."""
    index = sentence_of(ctx, s_start)
    for fact in reversed(ctx.numeric):
        if fact.sentence < index - 1:
            break
        if fact.sentence == index - 1 and fact.category == "strikes" and fact.intercepted and \
                fact.actor in ("Russia", "Ukraine"):
            return fact.actor
    return ""


def launcher_after(ctx, unit_end: int, s_end: int) -> str:
    """"… 16 of the 20 missiles launched by Russia", "… of the 41 drones that Russia launched":
    the side that launched what is counted, named right after it."""
    text = ctx.text
    by = re.match(r"\s+(?:launched|fired|sent)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?", text[unit_end:s_end])
    that = None if by else re.match(r"\s+(?:(?:that|which)\s+)?", text[unit_end:s_end])   # "the 35 drones Russia launched"
    at = unit_end + (by or that).end() if (by or that) else -1
    if at < 0:
        return ""
    found = next((m for m in mentions_in(ctx, at, at + 30) if m.start == at), None)
    if found is None or found.side not in ("Russia", "Ukraine"):
        return ""
    if that and not re.match(r"\s+(?:had\s+|has\s+|have\s+)?(?:launched|fired|sent)\b", text[found.end:s_end]):
        return ""
    return found.side


def read_equipment(ctx, r: Reading) -> bool:
    """Equipment: destroyed or lost (loss) or counted."""
    quantity = r.quantity
    unit_start = r.unit_start
    unit_end = r.unit_end
    s_start = r.s_start
    s_end = r.s_end
    text = ctx.text
    r.actor = side_between(ctx, quantity.end, unit_start)
    lost = re.search(r"\b(?:destroyed|lost|damaged|downed|shot\s+down|captured)\b",
                     text[max(s_start, quantity.start - 40):min(s_end, unit_end + 30)])
    r.change = "loss" if lost else "count"
    if not r.actor:
        subject = subject_side(ctx, quantity.start, s_start)
        r.actor = subject if r.change == "count" or re.search(
            r"\blost\b", text[max(s_start, quantity.start - 40):quantity.start]) \
            else opposite(subject)
    return True


#: a side's body reporting, opening its sentence: "Russia's defence ministry said …", "The Russian ministry reported …"
#: (the side is a country, capital or demonym mention of the tables, read by :func:`facts.sides.side_owner`)
_SIDE_BODY_SAID = re.compile(r"(?:(?:defen[cs]e|foreign)\s+)?(?:ministry|Ministry|General\s+Staff|military|army|air\s+force|"
                             r"Defen[cs]e\s+Ministry)\s+(?:(?:also|later|then)\s+)?(?:said|says|reported|reports|"
                             r"announced|claimed|claims)\b")
_SENTENCE_OPENING = re.compile(r"[\s\"“]*(?P<the>The\s+)?")
def _reporting_side(ctx, s_start: int, shooter_start: int) -> str:
    """"Russia's defence ministry said … air defences had shot down 1,210 drones": air defences with no side of their
    own, in a sentence a side's own body opens by reporting, are that body's side (not the other side of the last
    launch read before)."""
    opening = _SENTENCE_OPENING.match(ctx.text, s_start, shooter_start)
    found = next((m for m in mentions_in(ctx, opening.end(), opening.end() + 1) if m.start == opening.end()), None)
    side, end = side_owner(ctx.text, found, the=bool(opening.group("the")))
    if not side or _SIDE_BODY_SAID.match(ctx.text, end, shooter_start) is None:
        return _definite_body_side(ctx, s_start, shooter_start)
    return side


#: a body with no side of its own opening its sentence as the one reporting: "The ministry's weekly summary, published on
#: Saturdays, gave …", "The ministry said …"
_DEFINITE_BODY = re.compile(r"[\s\"“]*The\s+(?:defen[cs]e\s+)?(?P<noun>ministry|General\s+Staff|air\s+force)"
                            r"(?:['’]s\b|\s+(?:(?:also|later|then)\s+)?(?:said|says|reported|reports|announced|claimed|"
                            r"claims)\b)", re.IGNORECASE)
def _definite_body_side(ctx, s_start: int, shooter_start: int) -> str:
    """"The ministry's weekly summary … gave …: … air defences had shot down 1,210 drones" after "Russia's Ministry of
    Defence" earlier in the article: a body with no side of its own opening the sentence as the one reporting is the
    last body of that kind the article gave a side (none named earlier: no side)."""
    said = _DEFINITE_BODY.match(ctx.text, s_start, shooter_start)
    if said is None:
        return ""
    noun = re.sub(r"\s+", " ", said.group("noun").lower())
    bodies = sided_bodies(ctx.text, mentions_in(ctx, 0, s_start), noun, s_start)
    return bodies[-1][1].side if bodies else ""


#: a passive of killing with no agent after the counted soldiers: "Up to 65 servicemen, six cars and a depot were destroyed"
_AGENTLESS_KILLED = re.compile(r"\s(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+)?(?:destroyed|killed|"
                               r"eliminated|liquidated|neutrali[sz]ed|wiped\s+out|annihilated)\b(?!\s+by\b)", re.IGNORECASE)


def _destroyed_after_a_force(ctx, r: Reading) -> str:
    """"Units of the Dnepr group of forces defeated formations of two brigades. Up to 65 servicemen, six cars and a
    depot were destroyed": soldiers killed in a passive with no agent, in a sentence that names no side, after a
    sentence of the same paragraph whose subject is a side's force, are the other side's (the force's victims)."""
    s_start, s_end, quantity = r.s_start, r.s_end, r.quantity
    passive = _AGENTLESS_KILLED.search(ctx.text, quantity.end, s_end)
    if passive is None or re.search(r"[;:]|\bby\b", ctx.text[quantity.end:passive.start()]):
        return ""
    if any(m.side in ("Russia", "Ukraine") for m in mentions_in(ctx, s_start, s_end)):
        return ""
    index = sentence_of(ctx, s_start)
    if index == 0:
        return ""
    p_start, p_end = ctx.sentences[index - 1][0], ctx.sentences[index - 1][1]
    if "\n" in ctx.text[p_start:s_start].strip():
        return ""       # another paragraph
    opening = next(iter(mentions_in(ctx, p_start, p_end)), None)
    if opening is None or opening.kind != "force" or opening.side not in ("Russia", "Ukraine") or \
            len(ctx.text[p_start:opening.start].split()) > 3:
        return ""
    return opposite(opening.side)
