"""Numbers with a unit: every quantity of a sentence, its unit, and the fact it states.

``numeric_facts`` finds the quantities of a sentence (``quantities``), looks for the unit
each counts (after it, before it, "N of them", "out of an expected N …"), then hands the
number to the reading for its kind of unit (``reader``).
"""

from __future__ import annotations

import math
from saidvsdone.segment import trim_end
from saidvsdone import when
from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from dataclasses import replace

from saidvsdone.facts.context import Fact, Reading, clause_end_at, clause_start_at, mentions_in, sentence_of, words_before
from saidvsdone.facts.events import EXCHANGE_RE, read_equipment, read_people, read_strikes
from saidvsdone.facts.modality import intended, number_modality
from saidvsdone.facts.places import fact_places
from saidvsdone.facts.quantities import (
    FURTHER_BEFORE,
    HEDGE,
    QUALIFIERS,
    Quantity,
    casualty_count,
    number_value,
    not_a_battle_number,
    read_quantity,
    unit_after,
    unit_before,
    unit_via_out_of,
)
from saidvsdone.facts.sides import inside_quote, opposite, subject_side
from saidvsdone.facts.territorial import (
    describes_named_places,
    is_force,
    fraction_shares,
    read_length,
    read_share,
    read_territory,
)
from saidvsdone.facts.vocab import Unit, cue_regex, word_before_regex
from saidvsdone.facts.words import REPORTING_VERBS, casualty_participles, cue_alternation, interception
from saidvsdone.vocab import TablePattern
from saidvsdone.matcher import case_insensitive_opening, trie_pattern


def _number_words() -> tuple[str, ...]:
    from saidvsdone.facts import quantities

    words = {*quantities.ONES, *quantities.SCALES, *quantities.VAGUE, "dozen", "half"}
    return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))  # "six": "sixty"


#: a quantity holds a digit, or one of these words at the start of a word: every number the quantity
#: regex reads stands after a character that is no word character (after its look-behind, a qualifier,
#: "between" or "a"), so "ten" stands for "tens" but not for "often", "one" not for "someone"
_NUMBER_WORDS = _number_words()
_DIGIT = re.compile(r"\d")


def _number_word() -> str:  # (opening on a class of the words' first letters, ſ ı İ included: searched for in C)
    by_first: dict[str, list[str]] = {}
    for w in _NUMBER_WORDS:
        by_first.setdefault(w[0].lower(), []).append(w[1:])
    return case_insensitive_opening(
        [(first, "(?:" + trie_pattern(rests, ignore_case=True) + ")" + ("?" if "" in rests else ""))
         for first, rests in sorted(by_first.items())] + [("a", r"\s+(?:square\s+)?(?:kilomet|mile)")], not_after=r"\w")


_NUMBER_WORD = re.compile(_number_word())  # "a kilometre" is one


def may_hold_number(text: str, start: int, end: int) -> bool:
    """Can ``quantity_re`` match in ``text[start:end]``? False only when it holds no digit and no
    word starting with a number word (the sentences of most articles: the big regex is skipped
    there). The test is case-insensitive as the quantity regex is (ſ ı İ match s and i in both).

    Example:
        >>> may_hold_number("They took 12 villages.", 0, 22), may_hold_number("It was cold.", 0, 12)
        (True, False)
        >>> may_hold_number("Someone often said so.", 0, 22), may_hold_number("Tens were lost.", 0, 15)
        (False, True)
    """
    return _DIGIT.search(text, start, end) is not None or _NUMBER_WORD.search(text, start, end) is not None


#: a month name right before a range's low bound ("March 1 to 14"): the bound is a day; "from"/"between" before the
#: month makes the whole range days
_DAY_RANGE = re.compile(r"(?:\b(?P<from>from|between)\s+)?\b(?:January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
_OR_SO = re.compile(r"\s+or\s+so\b", re.IGNORECASE)
#: a unit of length or area right after a number ("14 kilometres", "14 km", "14 square miles")
_UNIT_NEXT = re.compile(r"\s*(?:square\s+|sq\.?\s*)?(?:kilomet|km|miles?\b|mi\b)", re.IGNORECASE)


#: a verb of going beyond a figure right before it: the figure is a lower bound (the conventions map "exceed(s/ed)" to
#: ``more than``)
_EXCEEDED = re.compile(r"(?:\b(?:exceed|exceeds|exceeded|exceeding|surpass|surpasses|surpassed|surpassing)|"
                       # "pass" and "top" only after "to" or an auxiliary ("likely to pass", "have topped"): "the column
                       # passed 12 villages" went by them
                       r"\b(?:to|has|have|had|will|would)\s+(?:(?:already|now|soon|just)\s+)?(?:pass|passed|top|topped))"
                       r"\s+(?:the\s+)?$", re.IGNORECASE)


#: the definite article (or a demonstrative) right before a count: "the two cities", "the last two towns", "these three
#: villages": places already named, counted again
_THE_COUNT_AGAIN = re.compile(r"\b(?:the|these|those)\s+(?:(?:last|other|same)\s+)?$", re.IGNORECASE)
#: the count's noun (and up to two words) and "of" right before the places it counts: " towns of ", " large cities of "
_PLACES_OF_THE_COUNT = re.compile(r"(?:\s+[\w’'-]+){1,3}\s+of\s+")


def places_counted_again(ctx, fact: Fact) -> bool:
    """"The two cities are separated by the river", "the last two large cities under Ukrainian control": places named
    before, counted again with the definite article, that no verb of the article took or lost (read once the whole
    article is read: "The two villages, if confirmed, would bring …" restates a capture) (fa32)."""
    quantity = fact.quantity
    if quantity is None or fact.category != "settlements" or fact.change not in ("", "held"):
        return False
    s_start = ctx.sentences[fact.sentence][0]
    # (not a first mention whose places are named after its count: "hold the two towns of Siversk and Chasiv Yar";
    # "the last two large cities in the Donetsk region" still counts places named before)
    return _THE_COUNT_AGAIN.search(ctx.text, max(s_start, quantity.start - 24), quantity.start) is not None and \
        not any(_PLACES_OF_THE_COUNT.fullmatch(ctx.text, quantity.end, p.start) for p in fact.places)


def numeric_facts(ctx, index: int, s_start: int, s_end: int) -> list[Fact]:
    text = ctx.text
    quantities = []
    for match in (ctx.v.quantity_re.finditer(text, s_start, s_end) if may_hold_number(text, s_start, s_end) else ()):
        quantity = read_quantity(match)
        if quantity is None or not_a_battle_number(ctx, match, quantity, s_start, s_end):
            continue
        day = _DAY_RANGE.search(text, max(s_start, quantity.number_start - 40), quantity.number_start) \
            if match.group("num2") and quantity.value <= 31 else None
        if day is not None:     # "March 1 to 14": a day range, no quantity; "since March 1 to 14 km": the 14 alone
            if day.group("from") or quantity.qualifier or not _UNIT_NEXT.match(text, quantity.end):
                continue
            quantity = replace(quantity, value=quantity.high, high=math.nan, start=quantity.high_start,
                               number_start=quantity.high_start, high_start=-1)
        if not quantity.qualifier and _OR_SO.match(text, quantity.end):
            quantity = replace(quantity, qualifier="about")     # "30,000 or so troops": about 30,000
        if not quantity.qualifier and _EXCEEDED.search(text, max(s_start, quantity.start - 20), quantity.start):
            quantity = replace(quantity, qualifier="more than")     # "losses had exceeded 500,000", "likely to pass 700,000"
        quantities.append(quantity)
    facts: list[Fact] = fraction_shares(ctx, index, s_start, s_end)
    if not quantities and not facts:
        return facts  # no figure in the sentence (most sentences): the readings below would find nothing to read
    converted: dict[int, Fact | None] = {}    # bracketed conversion → the fact it restates
    for k, quantity in enumerate(quantities):
        if quantity.start in converted:
            conversion = conversion_fact(ctx, quantity, converted[quantity.start], s_end)
            if conversion is not None:
                facts.extend(with_upper_bound(ctx, conversion))   # "(147 to 162 square miles)": both bounds
                continue
            if not other_dimension(ctx, quantity, converted[quantity.start], s_end) and \
                    not _BREAKDOWN_AFTER.match(text, quantity.end):
                continue    # (but "lost 40 soldiers (12 killed and 28 wounded)": a breakdown, read below)
            # ", or about 0.5% of Ukraine's territory" after an area: a figure of its own
        if re.search(r"\ball\s+but\s+$", text[max(s_start, quantity.start - 10):quantity.start], re.I):
            continue    # "shot down all but two of the 35 missiles": the two not shot down
        if facts and elliptic_troops(ctx, quantity, s_start):
            fact = elliptic_figure(ctx, index, quantity, facts, s_start, s_end)
            if fact is not None:      # "more than double the 190 Russian troops managed": an area, not troops
                facts.append(fact)
                continue
        unit_hit = unit_after(ctx, quantity.end, s_end)
        named_before = False
        if unit_hit is None:
            unit_hit = casualty_count(ctx, quantity, s_start)
        fell_side = _force_fell_side(ctx, quantity, s_start) if _FELL_AFTER.match(ctx.text, quantity.end) else ""
        force_side = ""
        if unit_hit is None:
            unit_hit = _force_casualties(ctx, quantity, s_start)
            if unit_hit is not None and len(unit_hit) == 4:
                # "North Korean troops fought near Kursk. Seoul has said about 600 of them were killed": the force's
                # side, not the side of the source opening the sentence
                force_side, unit_hit = unit_hit[3], unit_hit[:3]
                fell_side = fell_side or force_side
        if unit_hit is None:
            unit_hit = unit_via_out_of(ctx, quantity, quantities[k + 1:], s_end)
        if unit_hit is None:
            unit_hit = pronoun_has(ctx, quantity, s_start)
        if unit_hit is None:
            unit_hit = infiltrators(ctx, quantity, s_start)
        if unit_hit is None:
            unit_hit = force_strength(ctx, quantity, s_start)
        if unit_hit is None:
            unit_hit = _weapons_they_were(ctx, quantity, s_end)
        if unit_hit is None and not facts:
            line = place_line_again(ctx, index, quantity, s_start, s_end)
            if line is not None:
                facts.append(line)
                continue
        if unit_hit is None:
            unit_hit = unit_before(ctx, quantity, s_start)
        more_of = None
        if unit_hit is None:
            more_of = more_of_the_place_named(ctx, quantity, s_start, s_end)
            unit_hit = more_of[0] if more_of is not None else None
        asked = None
        if unit_hit is None and not facts and index > 0:
            asked = _unit_asked_before(ctx, index, quantity, s_start)
            unit_hit = asked[0] if asked is not None else None
        if unit_hit is None and k + 1 < len(quantities):
            unit_hit = _unit_shared_with_next(ctx, quantity, quantities[k + 1], s_end)
        if unit_hit is None and not facts and _OF_THEM.match(text, quantity.end, s_end):
            # "Ukrainian drones hit two refineries and 40 of them were downed": the noun counted
            # is the last unit word before it; soldiers too ("fought North Korean soldiers, and about 11,500 of them
            # were now in the region"), and after a closing quote mark ("said "a little over 240,000" of them")
            units = [m for m in ctx.v.unit_re.finditer(text, s_start, quantity.start)
                     if re.sub(r"\s+", " ", m.group().lower()).replace("’", "'") in ctx.v.units and
                     not _modifies_a_head(ctx, m.end(), quantity.start)]   # not "his drone operators hit 20 of them"
            row = ctx.v.units[re.sub(r"\s+", " ", units[-1].group().lower()).replace("’", "'")] if units else None
            if row is not None and (row.dimension == "count" or row.unit == "troops" and
                                    not re.search(r"\d", text[units[-1].end():quantity.start]) and
                                    _OF_THEM_SUBJECT.match(text, quantity.end, s_end) or
                                    row.dimension == "people" and
                                    not re.search(r"\d", text[units[-1].end():quantity.start]) and
                                    _OF_THEM_APPOSITIVE.search(text, max(s_start, quantity.start - 40), quantity.start) and
                                    _OF_THEM_CLOSING.match(text, quantity.end, s_end)):
                # ("Volunteers are coming in every day, around 1,500 of them.": a count set after its clause's people)
                # (not "troops had repelled 187 Russian assaults over the weekend, 64 of them …": the assaults counted;
                # soldiers only as the subject: not "his drone operators hit 20 of them a day", a rate of hits)
                unit_hit = (units[-1].group(), units[-1].start(), units[-1].end())
        reach_end = s_end
        if unit_hit is None and not facts and k == 0 and len(quantities) == 1:
            named_next = _unit_named_next(ctx, index, quantity, s_start, s_end)
            if named_next is not None:   # "The figure of the week: 4,000. That is how many soldiers …": the unit after
                unit_hit, reach_end = named_next
        if unit_hit is None:
            fact = whole_named_again(ctx, index, quantity, facts, s_start, s_end) or \
                rate_restated(ctx, quantity, facts, s_start) or \
                answer_restates(ctx, index, quantity, facts, s_start) or \
                another_of_the_same(ctx, quantity, facts, s_start, s_end) or \
                elliptic_figure(ctx, index, quantity, facts, s_start, s_end) or \
                running_total(ctx, index, quantity, facts, s_start) or \
                parallel_count(ctx, index, quantity, facts, s_start) or \
                captured_people(ctx, index, quantity, facts, s_start) or \
                the_figure_was(ctx, index, quantity, facts, s_start) or \
                shot_down_count(ctx, index, quantity, facts, s_start, s_end) or \
                shot_down_after(ctx, index, quantity, facts, s_start, s_end) or \
                remaining_of_launch(ctx, index, quantity, facts, s_start) or \
                part_of_soldiers_before(ctx, index, quantity, facts, s_start) or \
                fit_part_of_strength(ctx, index, quantity, facts) or \
                restated_figure(ctx, index, quantity, facts)
            if fact is not None and "projected" not in fact.flags and intended(ctx, quantity, s_start):
                # "signed up 427,000 … and aims to recruit 343,000 more": the same kind of figure, but a target
                fact = replace(fact, modality="projected", flags=fact.flags + ("projected",))
            if fact is None:
                unit_hit = strikes_named_before(ctx, index, quantity, s_start)
                named_before = unit_hit is not None
            if fact is None and unit_hit is None:
                unit_hit = soldiers_lost_before(ctx, index, quantity, facts, s_start)
            if unit_hit is None:
                if fact is not None and quantity.vague and "vague" not in fact.flags:
                    fact = replace(fact, flags=fact.flags + ("vague",))   # "dozens more got through": the unit
                    # and the side read off the count before it, the amount still vague
                if fact is not None:
                    fact = _part_of_a_mixed_list(ctx, index, quantity, fact, facts)
                    facts.extend(with_upper_bound(ctx, fact))   # "put the figure lower, at 35,000 to 40,000": both bounds
                continue
        written, unit_start, unit_end = unit_hit
        unit = ctx.v.units[re.sub(r"\s+", " ", written.lower()).replace("’", "'")]
        # "1,100-km (684-mile)": the bracket restates the same figure; so does ", or 463 square
        # miles" after an area or a length.
        bracket = re.match(r"\s*\(\s*(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|~)?",
                           text[unit_end:s_end])
        if bracket is None and unit.dimension in ("area", "length"):
            bracket = re.match(r"\s*(?:,\s*or|—|–|,\s*the\s+equivalent\s+of)\s+(?:about\s+|some\s+|"
                               r"around\s+|nearly\s+|roughly\s+|almost\s+)?", text[unit_end:s_end])
        bracketed = [other for other in quantities[k + 1:] if bracket and (
            other.start == unit_end + bracket.end() or other.number_start == unit_end + bracket.end())]
        if describes_named_places(ctx, quantity, unit, unit_end, s_start, s_end):
            converted.update((other.start, None) for other in bracketed)
            continue
        fact = numeric_fact(ctx, index, s_start, reach_end, quantity, unit, unit_start, unit_end,
                            asked[1] if asked is not None else force_side)
        if fact is not None and unit.unit == "troops" and fact.change == "count" and \
                word_before_regex(ctx.v.cues.get("team_noun", frozenset()), _TEAM_TAIL).search(
                    text, max(s_start, quantity.start - 40), quantity.start):
            continue    # "the battalion's football team, eleven soldiers in borrowed boots": the members of a team or a
            # choir in apposition (``fact_cues.csv``, cue ``team_noun``), no force deployed (fa24)
        if fact is not None and more_of is not None and not fact.change:
            # "captured the village of X in the south and three more": the verb that governs both, and its subject
            fact = replace(fact, change=more_of[1], actor=fact.actor or subject_side(ctx, more_of[2], s_start))
        if fact is not None and not fact.change and quantity.start > s_start:
            _another_figure_of_the_count(ctx, index, fact, facts)
        if fact is not None and fell_side and fact.unit == "troops" and fact.change == "loss":
            fact.actor = fell_side    # "… surrounded a Russian platoon. Seventeen of them surrendered": the platoon's
        if fact is not None and not fact.change and not fact.actor and fact.unit_row is not None and \
                fact.unit_row.dimension == "area":
            _area_of_share_before(ctx, index, fact, s_start)
        if fact is not None and named_before and fact.category == "strikes":
            _side_of_strikes_named_before(ctx, index, fact, s_start, facts)
            if not fact.actor:
                continue     # a bare number read from a noun before it, with no side anywhere: too weak a reading
        if fact is not None and fact.category == "strikes":
            _part_of_breakdown(ctx, fact, facts, index, s_start)
        converted.update((other.start, fact) for other in bracketed)
        if fact is not None and fact.unit == "troops" and fact.change == "count" and \
                _SUBSET_OPENING.fullmatch(text, s_start, quantity.start):
            # "… captured 40 Russian soldiers. Among them were two officers": a part of the loss before
            whole = next((f for f in reversed(_recent(ctx.numeric, index - 1) + facts)
                          if f.unit == "troops" and f.change == "loss" and f.start < quantity.start), None)
            if whole is not None:
                fact = replace(fact, category=whole.category, change="loss", actor=whole.actor)
        if fact is not None and fact.unit == "troops" and fact.change == "count" and \
                _TOTAL_CAME_TO.search(text, max(s_start, quantity.start - 50), quantity.start):
            # "It put Ukrainian losses at up to 480 servicemen … Summed over all six groups, the ministry's daily total
            # came to about 1,340 Ukrainian servicemen": the total of the losses counted just before
            losses = next((f for f in reversed(_recent(ctx.numeric, index - 2) + facts)
                           if f.unit == "troops" and f.change == "loss" and f.start < quantity.start and
                           (not fact.actor or f.actor == fact.actor)), None)
            if losses is not None:
                fact = replace(fact, category=losses.category, change="loss", actor=fact.actor or losses.actor)
        if fact is not None and not bracketed and fact.unit_row is not None and fact.unit_row.dimension in ("area", "length"):
            fact = _restated_in_other_units(ctx, fact, facts, index)
        if fact is not None and not fact.change and fact.unit_row is not None and \
                _THE_FIGURE_WAS.search(ctx.text, max(s_start, quantity.start - 40), quantity.start):
            fact = _figure_with_unit(ctx, index, fact, facts)
        elif fact is not None and fact.unit_row is not None and (not fact.change or fact.change == "held") and \
                not fact.actor and _ANOTHER_TOTAL.search(ctx.text, max(s_start, quantity.start - 60), quantity.start):
            # "Another count arrived at a lower total of 410 square kilometres for October": another source's figure
            # for the count before, read like it (not a stock held by nobody)
            # (a comparison names the count it is set against: it may stand paragraphs before, so the whole article
            # before it is read; this shape is rare, so the long look-back costs nothing per sentence)
            than = _ANOTHER_TOTAL.search(ctx.text, max(s_start, quantity.start - 60), quantity.start).group("than").lower()
            read = _figure_with_unit(ctx, index, replace(fact, change=""), facts, reach=index + 1,
                                     than="lower" if than in ("lower", "smaller") or than.startswith("more") else
                                     "higher" if than in ("higher", "larger", "bigger") else "")
            fact = read if read.change else fact
        if fact is not None and not fact.change and fact.unit_row is not None and \
                fact.unit_row.dimension in ("area", "count") and fact.category in ("settlements", "territory"):
            favour = _HANDS_IN_FAVOUR.match(text, quantity.end, s_end)
            if favour is not None:
                # "11 settlements changing hands, all of them in Russia's favour": gained by the side favoured
                word = favour.group("side").lower()
                fact = replace(fact, change="gain", actor="Russia" if word in ("russia", "moscow") else "Ukraine")
        if fact is not None and not fact.change and not fact.actor and fact.unit_row is not None and \
                fact.unit_row.dimension == "area" and \
                _RANKED_PERIOD.search(text, max(s_start, quantity.start - 80), quantity.start):
            # "The fastest month was November, with 610 sq km": a month of the advance the sentences before measured
            gained = _advance_named_again(ctx, index, replace(fact, change="gain"))
            fact = gained if gained.actor else fact
        if fact is not None and fact.change == "gain" and not fact.actor and fact.unit_row is not None and \
                fact.unit_row.dimension in ("area", "length") and \
                _THE_ADVANCE.search(text, max(s_start, quantity.start - 80), quantity.start):
            fact = _advance_named_again(ctx, index, fact)
        if fact is not None:
            compared_with_previous(ctx, fact, facts, s_start)
            share_of_area(ctx, fact, facts)
            if fact.category == "strikes" and not fact.intercepted:
                ctx.last_launch = fact.actor
                ctx.last_launcher = fact.actor or ctx.last_launcher
            facts.extend(with_upper_bound(ctx, fact))
            one = bracketed_one(ctx, fact, unit_end, s_end)
            if one is not None:
                facts.append(one)
    if len(quantities) > 1 and _OR_WORD.search(text, s_start, s_end):   # (most sentences: no two figures joined by "or")
        facts = _either_bound(ctx, quantities, facts)
    share_within_lists(ctx, facts)
    unit_definition(ctx, s_start, s_end, facts)
    label_row_reading(ctx, index, s_start, s_end, facts)
    label_line_reading(ctx, index, s_start, facts)
    share_casualty_sides(ctx, facts)
    share_intercepts(ctx, facts)
    of_the_launch(ctx, s_start, facts)
    _deaths_of_soldiers(ctx, index, s_start, s_end, facts)
    _breakdown_of_soldiers(ctx, facts)
    _unread_ground(ctx, index, s_start, facts)
    return facts


#: sentences back for the reading of ground a figure with no verb of its own goes on with
_GROUND_REACH = 6
#: a side's holding named as an adjective before the figure: "the area we assess as Russian-held measured about 18 km²"
_HELD_ADJECTIVE = re.compile(r"\b[A-Z][\w’']*-(?:held|controlled|occupied)\b")


def _unread_ground(ctx, index: int, s_start: int, facts: list[Fact]) -> None:
    """An area or a count of settlements that no reading gave a direction ("DeepState recorded 97 sq km", "for June, the
    group reported 556 sq km, against our 515", "2. Huliaipole. 97 sq km", "Russia says it is less than 50 sq km"):
    ground is always gained, lost or held (devset §3.3), so the figure goes on with the last ground figure read in the
    sentences before (``_GROUND_REACH``; its side too when it names none); with none before, a side's holding named
    before it ("the Russian-held area") is ground held; any other keeps no direction ("9 villages changed hands")."""
    todo = [f for f in facts if not f.change and f.quantity is not None and f.category in ("territory", "settlements")
            and not f.flags and not _LABEL_LINE.fullmatch(ctx.text, s_start, f.quantity.start)]
    # (a figure on a label line of its own, "Pokrovsk: 140 sq km", is read by its heading alone: label_line_reading)
    if not todo:
        return
    text = ctx.text
    for fact in todo:
        before = next((f for f in reversed(_recent(ctx.numeric, index - _GROUND_REACH) + facts)
                       if f.start < fact.start and f.change in ("gain", "loss", "held") and
                       f.category in ("territory", "settlements") and f.quantity is not None and not f.flags), None)
        held = _HELD_ADJECTIVE.search(text, s_start, fact.quantity.start)
        if before is not None:
            fact.change = before.change
            fact.actor = fact.actor or before.actor
        elif held is not None:
            fact.change = "held"
            fact.actor = fact.actor or next((m.side for m in mentions_in(ctx, held.start(), held.end())
                                             if m.side in ("Russia", "Ukraine")), "")


#: a unit defined by another: "One square kilometre equals 100 hectares", "a mile is about 1.6 kilometres", "100
#: hectares make one square kilometre" (the first unit word, the verb of equivalence after it)
_DEFINED_UNIT = re.compile(r"(?:\b(?:[Oo]ne|[Aa]n?|1)\s+(?P<one>(?:square\s+|sq\.?\s+)?[a-z]+)\s+(?:equals|is\s+(?:equal|"
                           r"equivalent)\s+to|is\s+(?:about|around|roughly|some|just\s+over|just\s+under)|is|makes|=|"
                           r"corresponds\s+to|converts\s+to)\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+"
                           r"(?:over|under)\s+)?\d|\d[\d,.]*\s+(?P<many>(?:square\s+|sq\.?\s+)?[a-z]+)\s+(?:make|makes|"
                           r"equal|equals|are\s+equal\s+to)\s+(?:one|a|an|1)\s+(?:square\s+|sq\.?\s+)?[a-z]+)")


def unit_definition(ctx, s_start: int, s_end: int, facts: list[Fact]) -> None:
    """"One square kilometre equals 100 hectares, or about 0.39 square miles", "100 hectares make one square
    kilometre": a unit of area or length defined by another (a reader's note on units) holds no fact; every area or
    length from the defined unit to the end of its clause is flagged ``unit definition``."""
    if not facts:
        return
    for match in _DEFINED_UNIT.finditer(ctx.text, s_start, s_end):
        written = (match.group("one") or match.group("many")).lower()
        unit = ctx.v.units.get(re.sub(r"\s+", " ", written)) or ctx.v.units.get(re.sub(r"\s+", " ", written).rstrip("s"))
        if unit is None or unit.dimension not in ("area", "length"):
            continue
        end = clause_end_at(ctx, match.end(), s_end, commas=False)
        for fact in facts:
            if match.start() <= fact.start < end and fact.unit_row is not None and \
                    fact.unit_row.dimension in ("area", "length") and "unit definition" not in fact.flags:
                fact.flags += ("unit definition",)


#: a row that opens with a label saying who did what, then a colon and its figure: "Drones launched by Russia: 1,420",
#: "Russian personnel losses (Ukraine's General Staff): 7,690", "Settlements captured by Russia (DeepState): 6"
_LABEL_ROW = re.compile(r"[^\S\n]*(?:[-–—•*·][^\S\n]*)?(?P<label>[A-Z][^:\n.;]{2,80}?)(?:[^\S\n]*\((?P<source>[^()\n]{2,60})\))?"
                        r"[^\S\n]*:[^\S\n]*(?:(?:" + HEDGE + r")[^\S\n]+)?(?=\d)")
_ROW_LOSS = re.compile(r"\b(?:loss|losses|casualties|killed|wounded|dead|deaths|prisoners|captured\s+(?:soldiers|troops))\b",
                       re.IGNORECASE)
_ROW_GAIN = re.compile(r"\b(?:gains?|gained|advances?|advanced|captured|taken|took|seized|occupied|liberated)\b", re.IGNORECASE)
_ROW_LAUNCH = re.compile(r"\b(?:launched|fired|used|sent)\b", re.IGNORECASE)
#: where a row's own figures end: a clause with its own verb after them
_ROW_CLAUSE = re.compile(r",\s+(?:of\s+which|which|who|while|whereas|but)\b|\b(?:said|says|according\s+to)\b|;")
#: a heading announcing the rows after it
_AS_FOLLOWS = re.compile(r"\b(?:as\s+follows|read|reads|ran|runs)\s*[.:]?\s*$", re.IGNORECASE)
_ROW_SAYS_IT = re.compile(r"\b(?:says|said|claims|claimed|reports|reported)\s+(?:it|its\s+(?:forces|troops|air\s+defences?))\s",
                          re.IGNORECASE)


def _in_a_table(ctx, index: int, s_start: int) -> bool:
    """The sentence ``index`` stands where a table's rows do: it opens a line, or follows a heading ("… read as
    follows.", "…:") or another row (a table turned into running text)."""
    if s_start == 0 or "\n" in ctx.text[max(0, s_start - 3):s_start] or not trim_end(ctx.text, 0, s_start):
        return True
    for k in range(index - 1, max(-1, index - 8), -1):
        p_start, p_end, _ = ctx.sentences[k]
        line = ctx.text[p_start:p_end].rstrip()
        if line.endswith(":") or _AS_FOLLOWS.search(line):
            return True
        if not _LABEL_ROW.match(ctx.text, p_start, p_end):
            return False
    return False


def label_row_reading(ctx, index: int, s_start: int, s_end: int, facts: list[Fact]) -> None:
    """"Drones launched by Russia: 1,420", "Missiles shot down by Ukraine: 41", "Ukrainian drones Russia says it
    destroyed: 1,130", "Settlements captured by Russia (DeepState): 6", "Russian personnel losses (Ukraine's General
    Staff): 7,690, or 1,099 a day": a table row whose label says who did what reads like the sentence the label
    abbreviates: the side of "by <side>" (or the subject of "<side> says it") did it; a side named as an adjective
    ("Russian gains", "Russian personnel losses") is the one that gained or lost; the bracketed source counted it and
    is no side. Every figure of the row of the label's kind (a gain's area or settlements, a loss's soldiers, drones and
    missiles launched or shot down) takes that reading."""
    if not facts:
        return
    row = _LABEL_ROW.match(ctx.text, s_start, s_end)
    first = min((f.quantity.start for f in facts if f.quantity is not None), default=-1)
    if row is None or row.end() != first or not _in_a_table(ctx, index, s_start):
        return      # (the label's figure must be the row's first: not a sentence with a colon before other figures)
    clause = _ROW_CLAUSE.search(ctx.text, row.end(), s_end)
    row_end = clause.start() if clause else s_end   # ("…: 46 missiles, of which air defences destroyed 37": not the 37)
    l_start, l_end = row.span("label")
    label = ctx.text[l_start:l_end]
    sides = [m for m in mentions_in(ctx, l_start, l_end) if m.side in ("Russia", "Ukraine")]
    by = re.search(r"\bby\s+(?:the\s+)?", label)
    agent = next((m.side for m in sides if by and m.start >= l_start + by.end()), "")
    says = _ROW_SAYS_IT.search(label)
    speaker = next((m.side for m in reversed(sides) if says and m.end <= l_start + says.start()), "")
    adjective = next((m.side for m in sides if (not by or m.start < l_start + by.start()) and
                      (not says or m.end <= l_start + says.start()) and m.side != speaker), "")
    intercepted = bool(SHOT_DOWN_BEFORE.search(label + " ") or re.search(
        r"\b(?:shot\s+down|intercepted|destroyed|downed|jammed|neutrali[sz]ed)\b", label, re.IGNORECASE))
    for fact in facts:
        if fact.quantity is None or fact.quantity.start >= row_end:
            continue
        if fact.category in ("casualties", "prisoners") and _ROW_LOSS.search(label):
            side = adjective or opposite(agent) if (adjective or agent) else ""
            if side:
                fact.change, fact.actor = "loss", side
        elif fact.category == "strikes" and intercepted:
            side = agent or speaker or (opposite(adjective) if adjective else "")
            if side:
                fact.change, fact.actor, fact.intercepted = "count", side, True
        elif fact.category == "strikes" and _ROW_LAUNCH.search(label):
            side = agent or adjective
            if side:
                fact.change, fact.actor = "count", side
        elif fact.category in ("territory", "settlements") and _ROW_GAIN.search(label) and \
                fact.change in ("", "held", "gain"):
            side = agent or speaker or adjective     # ("Settlements Russia says it captured: 11": the speaker's)
            if side:
                fact.change, fact.actor = "gain", side


#: the word "or" between blanks: what every range of :func:`_either_bound` holds
_OR_WORD = re.compile(r"\sor\s")


def _either_bound(ctx, quantities: list[Quantity], facts: list[Fact]) -> list[Fact]:
    """"advanced 3 or 4 kilometres", "captured two or three villages", "killed 20 or 30 Russian soldiers": two figures
    joined by "or" before one unit are a range, one row per bound; the first is read as the second (its own bare reading,
    if any, takes the second's side when it has none)."""
    out = list(facts)
    for fact in facts:
        if fact.quantity is None or fact.unit_row is None or fact.bound:
            continue
        upper = next((q for q in quantities if q.start > fact.quantity.end and not q.vague and
                      re.fullmatch(r"\s+or\s+", ctx.text[fact.quantity.end:q.start])), None)
        if upper is not None and upper.value > fact.quantity.value and stands_alone(ctx, upper) and \
                not any(f.quantity is not None and f.quantity.start == upper.start for f in out):
            # "they are now sending 400 or 500 in a night": the first read with its unit from before, the second
            # bare after "or" is the other bound of the same figure
            out.append(replace(fact, quantity=upper, quantity_text=ctx.text[upper.start:upper.end], anchor=upper.start,
                               restates=None, conversion_of=None))
        lower = next((q for q in quantities if q.end < fact.quantity.start and not q.vague and
                      re.fullmatch(r"\s+or\s+", ctx.text[q.end:fact.quantity.start])), None)
        if lower is None or lower.value >= fact.quantity.value or fact.quantity.qualifier:
            continue
        own = next((f for f in out if f.quantity is not None and f.quantity.start == lower.start), None)
        if own is not None:
            if not own.actor and own.unit == fact.unit:
                own.actor = fact.actor
            continue
        out.append(replace(fact, quantity=lower, quantity_text=ctx.text[lower.start:lower.end], anchor=lower.start,
                           start=min(fact.start, lower.start), restates=None, conversion_of=None))
    return sorted(out, key=lambda f: (f.quantity.start if f.quantity is not None else f.start)) if len(out) > len(facts) \
        else out


#: a bare number's own casualty verb: "Eleven of them were killed", "12 had surrendered", "and four were taken prisoner"
_FELL_AFTER = TablePattern("fell_after", ("fact_cues",), lambda: (
    r"(?:\s+of\s+them)?\s+(?:(?:were|have\s+been|had\s+been)\s+(?:" + casualty_participles() + r"|captured|"
    r"taken\s+(?:prisoner|captive))|(?:have\s+|had\s+)?(?:surrendered|died|laid\s+down\s+their\s+arms)|"
    # "Seventeen of them came out with their hands up": gave themselves up
    r"(?:came|walked|crawled)\s+out\s+with\s+(?:their\s+)?hands\s+(?:up|raised|in\s+the\s+air))\b"), re.IGNORECASE)
#: a source's clause that opens a sentence before its bare number: "Officials said about 600 …", "Seoul's intelligence
#: service has said that 600 …" (the verb one of ``words.REPORTING_VERBS``)
_REPORTED_OPENING = re.compile(r"[\"“]?[A-Z][^,;:.!?\"“”]{0,80}?\s(?P<verb>[A-Za-z]+)\s+(?:that\s+)?"
                               r"(?:(?:" + HEDGE + r"|another|a\s+further)\s+)?")
#: what opens a sentence before its bare number ("Eleven …", "Some 20 of them …") or joins it to a count before ("… and
#: four were taken prisoner")
_FELL_OPENING = re.compile(r"[\"“]?(?:(?:" + HEDGE + r"|another|a\s+further)\s+)?",
                           re.IGNORECASE)
#: a bare count of the same kind before "and": "Eleven of them were killed and …", "12 were wounded, …"
_FELL_JOINED = TablePattern("fell_joined", ("fact_cues",), lambda: (
    r"(?:\d[\d,.]*|(?<![\w-])[A-Za-z-]+)\s+(?:of\s+them\s+)?(?:were\s+|had\s+|have\s+)?(?:" + casualty_participles() + r"|"
    r"captured|surrendered|died)(?:\s+and|,\s+and|,)\s+$"), re.IGNORECASE)
#: an attack or a scene of civilians: whom it killed were its victims, not a force's soldiers
_ATTACK_SCENE = re.compile(r"\b(?:shelled|shelling|struck|strikes?|attacked|bombed|bombing|hit|raided|fired|civilians?|"
                           r"residents?|people|children)\b", re.IGNORECASE)


def _part_of_breakdown(ctx, fact: Fact, facts: list[Fact], index: int, s_start: int) -> None:
    """"Russian air defences destroyed 60 Ukrainian drones overnight: 30 over the Kursk region and 12 over …": a part of a
    count broken down by place after a colon is shot down or launched by the side of the whole, whatever the words of
    the whole (the launcher's demonym) read for the part alone."""
    quantity = fact.quantity
    if quantity is None:
        return
    whole = next((f for f in reversed(facts) if f.category == "strikes" and f.unit == fact.unit and f.quantity is not None
                  and f.quantity.end <= quantity.start and f.quantity.value > quantity.value), None)
    between = _BREAKDOWN_PART.fullmatch(ctx.text, whole.quantity.end, quantity.start) if whole is not None else None
    if whole is None and index > 0 and _BREAKDOWN_PART.fullmatch(ctx.text, s_start, quantity.start):
        # "… had destroyed 94 Ukrainian drones overnight. The count was broken down by region: 41 over …": the whole
        # in the sentence before
        # (a label naming the count, "The drone count was broken down by region:", may reach further back, to the
        # lead's figure)
        reach = 8 if re.search(r"\b(?:count|tally|total|figure|number)\b", ctx.text[s_start:quantity.start], re.I) else 1
        whole = next((f for f in reversed(_recent(ctx.numeric, index - reach)) if index - reach <= f.sentence < index and
                      f.category == "strikes" and f.unit == fact.unit and f.quantity is not None and
                      f.quantity.value > quantity.value), None)
        between = whole is not None
    if whole is None or whole.actor not in ("Russia", "Ukraine") or not between or \
            not _PART_WHERE.match(ctx.text, quantity.end):
        return
    fact.actor, fact.intercepted = whole.actor, whole.intercepted


#: from a whole's number to a part of it after a colon (earlier parts of the list between): "… drones overnight: ",
#: "…: 30 over the Kursk region and "
_BREAKDOWN_PART = re.compile(r"[^.;:]{0,80}:\s*(?:[^.;:]{0,120}?(?:,|\band)\s+)?")
#: where a part was: "over the Kursk region", "in Kyiv", "near Odesa"
_PART_WHERE = re.compile(r"(?:\s+(?:[A-Za-z-]+\s+){0,2}?(?:drones|missiles|UAVs))?\s+(?:over|above|in|near|across|off|on)\s+"
                         r"(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,3}?(?:(?:region|oblast|area|city|province|district|sea)\s*)?"
                         r"(?:[,.;]|and\b|$)")   # (a place and nothing else: no verb of its own, "… were shot down by …")


def more_of_the_place_named(ctx, quantity, s_start: int, s_end: int):
    """"had taken the village of Rivne in the south and two more near Bakhmut", "retook the town of X and three others":
    a bare number followed by "more" / "others", coordinated with a place named after its kind (a ``settlement_noun``
    cue, "the village of X"), counts more places of that kind; the settlement noun is its unit (read like a number
    with its unit before it: the change and side of the verb that governs both)."""
    if not _MORE_AFTER.match(ctx.text, quantity.end, s_end):
        return None
    named = _KIND_OF_PLACE_AND.search(ctx.text, max(s_start, quantity.start - 140), quantity.start)
    if named is None or named.group("noun").lower() not in ctx.v.cues.get("settlement_noun", frozenset()) or \
            re.sub(r"\s+", " ", named.group("noun").lower()) not in ctx.v.units:
        return None
    verb = next((w for w in words_before(ctx, named.start(), 4, s_start)
                 if ctx.v.directions.get(w[2].lower()) is not None and
                 ctx.v.directions[w[2].lower()].change in ("gain", "loss")), None)
    if verb is None:
        return None     # "the village of X had been evacuated and two more would follow": no verb of taking governs both
    return (named.group("noun"), named.start("noun"), named.end("noun")), ctx.v.directions[verb[2].lower()].change, verb[0]


#: "… and two more", "… and three others" (not "two more times", "others' homes")
_MORE_AFTER = re.compile(r"\s+(?:more|others)(?![\w’'-])(?!\s+(?:times|days|weeks|months|years|hours)\b)")
#: a place named after its kind, then "and" right before the number: "the village of Rivne in the Zaporizhzhia region
#: and ", "the town of Vuhledar, and " (the kind: data/fact_cues.csv, cue ``settlement_noun``)
_KIND_OF_PLACE_AND = re.compile(r"\b(?:the\s+)?(?P<noun>[a-z]+)\s+of\s+[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+)*"
                                r"(?:\s+(?!and\b|but\b|while\b)[A-Za-z][\w’'-]*){0,6}?,?\s+and\s+$")


def place_line_again(ctx, index: int, quantity, s_start: int, s_end: int) -> Fact | None:
    """"Kyiv region: 61 drones and four cruise missiles destroyed." then "Vinnytsia region: 22.": a line that is only a
    place label and a bare number, right after a line of the same shape, counts what the first figure of that line
    counts, for the same side and change (a table of figures by region turned into lines); None else."""
    text = ctx.text
    if index == 0 or quantity.vague or re.fullmatch(r"(?:19|20)\d\d", text[quantity.start:quantity.end]) or \
            not _PLACE_LINE.fullmatch(text, s_start, quantity.start) or \
            not re.fullmatch(r"\s*[.;]?\s*", text[quantity.end:s_end]) or \
            not places_in_label(ctx, s_start, quantity.start):
        return None
    p_start, p_end = ctx.sentences[index - 1][0], ctx.sentences[index - 1][1]
    first = next((f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1 and f.quantity is not None), None)
    if first is None or first.unit_row is None or first.unit_row.dimension != "count" or \
            not _PLACE_LINE.match(text, p_start, first.quantity.start) or "\n" not in text[p_end:s_start]:
        return None
    places = fact_places(ctx, s_start, quantity.end, s_start, s_end, numeric=True)
    return replace(first, start=quantity.start, end=quantity.end, places=places, quantity=quantity,
                   quantity_text=text[quantity.start:quantity.end], anchor=quantity.start, sentence=index, bound="",
                   restates=None, conversion_of=None)


def places_in_label(ctx, start: int, end: int) -> bool:
    from saidvsdone.facts.context import places_in

    return bool(places_in(ctx, start, end))


#: a line opening on a place label and a colon or a dash: "Kyiv region: ", "- Lviv oblast – "
_PLACE_LINE = re.compile(r"[\s•*·-]*[A-Z][\w’'-]+(?:[\s-]+[A-Z][\w’'-]+){0,2}(?:\s+(?:region|oblast|province|district|"
                         r"city|area|direction))?\s*(?::|\s[–—-])\s*(?:(?:" + HEDGE + r"|another)\s+)?")


def _unit_shared_with_next(ctx, quantity, following, s_end: int):
    """"April and May were lighter: 290 and 305 sq km respectively", "took 12 or 15 villages": a bare number joined by
    "and" / "or" to the next one, whose unit of area or of settlements it shares (the unit written once, after the
    second); None else (not a year: "in 2024 and 300 km²")."""
    if not _JOINED_TO_NEXT.fullmatch(ctx.text, quantity.end, following.start) or quantity.vague or following.vague or \
            re.fullmatch(r"(?:19|20)\d\d", ctx.text[quantity.start:quantity.end]):
        return None
    hit = unit_after(ctx, following.end, s_end)
    if hit is None:
        return None
    unit = ctx.v.units.get(re.sub(r"\s+", " ", hit[0].lower()).replace("’", "'"))
    if unit is None or unit.category not in ("territory", "settlements"):
        return None
    return hit[0], quantity.end, quantity.end


#: between a bare number and the next one that shares its unit: "290 and 305 sq km", "12 or 15 villages"
_JOINED_TO_NEXT = re.compile(r"\s+(?:and|or)\s+")


def _weapons_they_were(ctx, quantity, s_end: int):
    """"Of the 32 missiles, 11 were Kh-101 cruise missiles and nine were Iskander-M ballistic missiles": a bare number
    whose "were" names the kind of weapon it counts (a unit of missiles or drones, a model name or two between)."""
    m = _WERE_KIND.match(ctx.text, quantity.end, s_end)
    if m is None or quantity.vague:
        return None
    hit = ctx.v.unit_re.search(ctx.text, m.end(), min(s_end, m.end() + 45))
    if hit is None or not re.fullmatch(r"(?:[\w-]+\s+){0,3}", ctx.text[m.end():hit.start()]):
        return None
    unit = ctx.v.units.get(re.sub(r"\s+", " ", hit.group().lower()).replace("’", "'"))
    if unit is None or unit.unit not in ("missiles", "drones", "air targets"):
        return None
    return hit.group(), hit.start(), hit.end()


#: "were" right after a bare number, before the kind it counts: "11 were Kh-101 cruise missiles"
_WERE_KIND = re.compile(r"\s+(?:were|was)\s+(?!(?:shot|downed|destroyed|intercepted|jammed|lost|"
                        r"launched|fired|aimed)\b)")


def force_strength(ctx, quantity, s_start: int):
    """"Ukraine's army numbers about 880,000", "Russia's grouping there now totals some 110,000": a bare number right after
    a verb of a strength whose subject is a side's forces (``force_nouns.csv``, use ``side_subject``) counts its troops."""
    if not stands_alone(ctx, quantity) or quantity.vague:
        return None
    verb = _STRENGTH_VERB.search(ctx.text, max(s_start, quantity.start - 40), quantity.start)
    if verb is None:
        return None
    from saidvsdone import vocab as tables

    nouns = tables.force_nouns("side_subject")
    head = ctx.text[max(s_start, verb.start() - 60):verb.start()]
    where = _WHERE_TAIL.search(head)    # "the Russian force near Pokrovsk now totals …": the subject before its place
    words = re.findall(r"[\w’'-]+", head[:where.start() if where else len(head)].lower())
    if not words or words[-1] not in nouns and " ".join(words[-2:]) not in nouns:
        return None     # not "the village numbers about 800": a subject of another kind
    return "troops", quantity.end, quantity.end


#: a place after a subject, before its verb: "near Pokrovsk", "in the Kursk region"
_WHERE_TAIL = re.compile(r"\s+(?:near|in|around|at|on|outside)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z\w][\w’'-]+)?\s*$")
#: a verb of a strength right before a bare number: "numbers about", "now totals", "stands at"
_STRENGTH_VERB = re.compile(r"\s+(?:(?:now|still|currently|today|already|then)\s+)?(?:numbers|numbered|totals|totalled|"
                            r"totaled|stands\s+at|stood\s+at)\s+(?:(?:" + HEDGE + r"|only|just)\s+)?$",
                            re.IGNORECASE)


def _force_casualties(ctx, quantity, s_start: int):
    """"Russian units tried to cross the river overnight. Eleven of them were killed and four were taken prisoner": a
    bare number opening its sentence (or joined by "and" to a bare count of the same kind), before its own verb of
    falling or surrendering, counts the soldiers of a side's force named in the sentence before or its own ("Russian
    units", "Ukraine's marines": a side and a force noun), when no attack or civilians are in between."""
    if not _FELL_AFTER.match(ctx.text, quantity.end):
        return None
    head = ctx.text[s_start:quantity.start]
    if not _FELL_OPENING.fullmatch(head):
        joined = _FELL_JOINED.search(head)
        reported = _REPORTED_OPENING.fullmatch(head) if joined is None else None
        if reported is not None and reported.group("verb").lower() in REPORTING_VERBS and \
                re.match(r"\s+of\s+them\b", ctx.text[quantity.end:quantity.end + 9]):
            pass    # "Seoul's intelligence service has said about 600 of them were killed": a source's clause opens it
        elif joined is None or not _FELL_OPENING.fullmatch(ctx.text, s_start, s_start + joined.start()):
            return None
    else:
        reported = None
    index = sentence_of(ctx, s_start)
    before = ctx.sentences[index - 1][0] if index > 0 else s_start
    if _ATTACK_SCENE.search(ctx.text, before, quantity.start):
        return None
    for m in mentions_in(ctx, before, s_start):
        if m.side in ("Russia", "Ukraine") and is_force(ctx, m, s_start):
            # (after a source's clause, the force's side with it: the source is not whose soldiers fell)
            return ("troops", quantity.end, quantity.end) + ((m.side,) if reported is not None else ())
    return None


#: a verb of trapping a force right before its object: "surrounded a Russian platoon", "had encircled some 200 Ukrainian
#: troops"
_ENCIRCLED = re.compile(r"\b(?:surrounded|encircled|trapped|cut\s+off|pinned\s+down|besieged|blockaded|cornered)\s+"
                        r"(?:(?:a|an|the|some|about|around|nearly|up\s+to|\d[\d,]*|[a-z]+)\s+){0,2}?(?=[A-Z])")


def _force_fell_side(ctx, quantity, s_start: int) -> str:
    """The side of the soldiers "N of them" / a bare count opening its sentence counts when they surrendered or fell
    after a force of a side was trapped in the sentence before: the trapped force's ("Ukrainian troops surrounded a
    Russian platoon near the village. Seventeen of them surrendered": the platoon's), "" if no force was trapped."""
    if not _FELL_OPENING.fullmatch(ctx.text, s_start, quantity.start):
        return ""
    index = sentence_of(ctx, s_start)
    if index == 0:
        return ""
    before = ctx.sentences[index - 1][0]
    trapped = None
    for trapped in _ENCIRCLED.finditer(ctx.text, before, s_start):
        pass
    if trapped is None:
        return ""
    return next((m.side for m in mentions_in(ctx, trapped.end(), min(s_start, trapped.end() + 30))
                 if m.side in ("Russia", "Ukraine") and m.start == trapped.end()), "")


#: between two bare casualty counts of one breakdown: the first's casualty word and "and", a comma or a semicolon
#: ("two killed and four wounded", "63 killed, 88 wounded")
_BREAKDOWN_BETWEEN = TablePattern("breakdown_between", ("fact_cues",), lambda: (
    r"\s+(?:men\s+|soldiers\s+|of\s+them\s+)?(?:were\s+)?(?:" + casualty_participles() + r"|"
    r"captured)(?:\s+and|,\s+and|,|;)\s+(?:another\s+|a\s+further\s+)?$"), re.IGNORECASE)


def _breakdown_of_soldiers(ctx, facts: list[Fact]) -> None:
    """"We lost six men this month, two killed and four wounded": a bare casualty count right after another of
    soldiers in its sentence, joined by "and" or a comma after the first's casualty word, counts the same soldiers
    (it was read as civilians: no word of soldiers is its own)."""
    for before, f in zip(facts, facts[1:]):
        if f.category == "casualties" and f.unit == "people" and "civilians" in f.flags and f.quantity is not None and \
                before.unit == "troops" and before.category in ("casualties", "prisoners") and \
                before.quantity is not None and \
                _BREAKDOWN_BETWEEN.fullmatch(ctx.text, before.quantity.end, f.quantity.start):
            f.unit, f.actor = "troops", f.actor or before.actor
            f.flags = tuple(flag for flag in f.flags if flag != "civilians")


def _deaths_of_soldiers(ctx, index: int, s_start: int, s_end: int, facts: list[Fact]) -> None:
    """"We have confirmed the deaths of 127,400 Russian soldiers. … Bashkortostan leads with 5,910 confirmed deaths.":
    deaths or dead counted with no word of civilians or of a strike in their sentence, after soldiers' losses were
    counted in the three sentences before (and no people's since), are those soldiers' (they were flagged civilians)."""
    todo = [f for f in facts if f.category == "casualties" and f.unit == "people" and "civilians" in f.flags and
            f.quantity is not None]
    if not todo or _CIVILIAN_SCENE.search(ctx.text, s_start, s_end):
        return
    last = None
    for f in reversed(ctx.numeric):     # in text order: the last casualty count before this sentence
        if f.sentence < index - 3:
            break
        if f.sentence < index and f.category == "casualties":
            last = f
            break
    if last is None or last.unit != "troops":
        return
    for f in todo:      # (a civilian reading took the side of a place; the soldiers are the side named, else those before)
        named = any(m.side in ("Russia", "Ukraine") for m in mentions_in(ctx, max(s_start, f.start - 30), f.end))
        f.unit, f.actor = "troops", (f.actor if named else "") or last.actor
        f.flags = tuple(flag for flag in f.flags if flag != "civilians")


#: words of civilians or of a strike in a sentence: its dead are people, whatever was counted before
_CIVILIAN_SCENE = re.compile(r"\b(?:civilians?|residents?|people|children|women|inhabitants|passengers|patients|"
                             r"attacks?|strikes?|struck|shelling|shelled|bombing|bombs?|missiles?|drones?|hospital|"
                             r"apartment|building|city|town|village|school)\b", re.IGNORECASE)


def _restated_in_other_units(ctx, fact: Fact, facts: list[Fact], index: int = -1) -> Fact:
    """ "held about 1,300 km² of Russian territory, about 500 square miles": an area or a length of the same
    sentence in another unit, within 6% of the figure before it and with only a comma and a qualifier before it, is
    that figure converted (no bracket): its change and side. So is one a demonstrative restates ("Russian troops took
    515 sq km in June. Measured in hectares, that is 51,500 hectares"), in its sentence or the one before."""
    that = _THAT_IS_RESTATES.search(ctx.text, max(0, fact.quantity.start - 40), fact.quantity.start) \
        if fact.quantity is not None and index >= 0 else None
    pool = (_recent(ctx.numeric, index - 1) + facts) if that is not None else facts
    previous = next((f for f in reversed(pool) if f.unit_row is not None and f.quantity is not None and
                     f.start < fact.quantity.start), None)
    if previous is None or fact.quantity is None or previous.unit_row.dimension != fact.unit_row.dimension or \
            previous.unit == fact.unit or not (that is not None or _COMMA_RESTATES.search(
                ctx.text, max(previous.end, fact.quantity.start - 40), fact.quantity.start)):
        return fact
    key = "to_km2" if fact.unit_row.dimension == "area" else "to_km"
    a = previous.quantity.value * getattr(previous.unit_row, key)
    b = fact.quantity.value * getattr(fact.unit_row, key)
    if not (a > 0 and b > 0 and abs(a - b) <= 0.06 * max(a, b)):
        return fact
    return replace(fact, change=previous.change, actor=previous.actor, category=previous.category,
                   conversion_of=previous)


#: a demonstrative restating the figure before right before a figure: "that is", "that's", "which is roughly", "this
#: comes to"
_THAT_IS_RESTATES = re.compile(r"\b(?:that|this|which)(?:\s+(?:is|was|comes\s+to|came\s+to|makes|made|equals|equalled|"
                               r"equaled)|['’]s)\s+(?:(?:" + HEDGE + r"|just|only)\s+)?$", re.IGNORECASE)


#: "the figure was", "the total stood at" right before a number
_THE_FIGURE_WAS = re.compile(r"\bthe\s+(?:figure|number|total|tally|count)\s+(?:was|is|had\s+been|has\s+been|stood\s+at|"
                             r"stands\s+at|reached|rose\s+to|grew\s+to|fell\s+to|dropped\s+to)\s+"
                             r"(?:(?:" + HEDGE + r"|just|only)\s+)?$", re.IGNORECASE)


#: another source's total or figure for the same count, before a figure with its unit: "arrived at a lower total of",
#: "gives a higher figure of", "counted a total of"
_ANOTHER_TOTAL = re.compile(r"\b(?:arrived\s+at|came\s+to|came\s+up\s+with|gives?|gave|puts?|counted|reached|has|had)\s+"
                            r"(?:an?\s+)?(?:(?:much\s+|far\s+|slightly\s+|somewhat\s+)?(?P<than>lower|higher|larger|smaller|"
                            r"bigger|different|more\s+conservative)\s+)(?:total|figure|estimate|count|tally)(?:\s+of|,)\s+"
                            r"(?:(?:" + HEDGE + r"|just|only)\s+)?$",
                            re.IGNORECASE)


#: "for October", "in March" right after a figure: the month it counts
_FOR_MONTH = re.compile(r"\s+(?:for|in)\s+(?:the\s+month\s+of\s+)?(January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\b")


def _figure_with_unit(ctx, index: int, fact: Fact, facts: list[Fact], reach: int = 1, than: str = "") -> Fact:
    """"Russian troops gained about 480 square kilometres in August. In July the figure was 390 square kilometres.": a
    figure with its unit after "the figure was", no change of its own, is read like the last figure of the same unit
    in its sentence or the ``reach`` sentences before (its side and its change). ``than``: "lower" / "higher" when the
    figure is set against the one it reads like ("a lower total of 410 km²"): that one is larger / smaller, and of
    the same order (within a factor of three; not a stock held of 116,000 km², not a bridgehead of 25 km²)."""
    value = fact.quantity.value if fact.quantity is not None else math.nan

    def comparable(f: Fact) -> bool:
        if not than or math.isnan(value) or value <= 0:
            return True
        other = f.quantity.value
        return value < other <= 3 * value if than == "lower" else value / 3 <= other < value

    candidates = [f for f in reversed(_recent(ctx.numeric, index - reach) + facts)
                  if f.unit == fact.unit and f.change and f.quantity is not None and f.start < fact.start and
                  f.sentence >= index - reach and comparable(f)]
    month = _FOR_MONTH.match(ctx.text, fact.end) if than and len(candidates) > 1 else None
    if month is not None:
        # "a lower total of 410 km² for October": the count of the same month first, when one names it
        same = [f for f in candidates if re.search(r"\b" + month.group(1) + r"\b",
                                                   ctx.text[ctx.sentences[f.sentence][0]:ctx.sentences[f.sentence][1]])]
        candidates = same or candidates
    previous = candidates[0] if candidates else None
    if previous is None:
        return fact
    return replace(fact, change=previous.change, actor=fact.actor or previous.actor, category=previous.category)


#: a comma (and a qualifier) before a figure restating the one before it in other units
_COMMA_RESTATES = re.compile(r",\s+(?:or\s+)?(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)


#: a line that is a label and its figure: "Pokrovsk: 142 sq km", "- Other directions: 95 sq km"
_LABEL_LINE = re.compile(r"[\s\-–—•*·]*[A-Z][\w’'(). -]{0,40}?(?::|\s[–—-])\s*(?:(?:" + HEDGE + r")\s+)?")
#: the words of a heading that say what its label lines count
_HEADING_GAIN = re.compile(r"\b(?:advances?|advanced|gains?|gained|captured|seized|took|taken|occupied|liberated)\b",
                           re.IGNORECASE)


def label_line_reading(ctx, index: int, s_start: int, facts: list[Fact]) -> None:
    """"The breakdown of June's advances, by direction, according to DeepState:" then "Pokrovsk: 142 sq km" on lines
    of their own: an area or settlements with no reading on a label line takes its change from the heading the lines
    stand under (advances, gains: ``gain``) and its side from the heading, else from the last gain or loss of that
    kind read before the heading (within 15 sentences: a background paragraph or two may stand between)."""
    todo = [f for f in facts if f.category in ("territory", "settlements") and not f.change and f.quantity is not None
            and _LABEL_LINE.fullmatch(ctx.text, s_start, f.quantity.start)]
    if not todo:
        return
    k = index - 1
    while k >= 0 and k > index - 30:
        start, end, _ = ctx.sentences[k]
        line = ctx.text[start:end].strip()
        if line.endswith(":") or (not _LABEL_LINE.match(line) and not re.search(r"[.!?\"”’)]$", line) and
                                  ctx.text.count("\n", end, ctx.sentences[k + 1][0])):
            break   # a heading: with a colon, or a line of its own with no closing stop ("Russia's gains this year")
        if not _LABEL_LINE.match(line):
            return
        k -= 1
    else:
        return
    if k < 0:
        return
    h_start, h_end, _ = ctx.sentences[k]
    if not _HEADING_GAIN.search(ctx.text, h_start, h_end):
        return
    side = next((m.side for m in mentions_in(ctx, h_start, h_end) if m.side in ("Russia", "Ukraine")), "")
    for fact in todo:
        before = next((f for f in reversed(_recent(ctx.numeric, k - 15)) if f.sentence < k and
                       f.category == fact.category and f.change == "gain" and f.actor), None)
        if side or before is not None:
            fact.change, fact.actor = "gain", side or before.actor


def _modifies_a_head(ctx, end: int, limit: int) -> bool:
    """The unit word ending at ``end`` modifies a noun after it ("drone operators", "missile strikes"): a
    ``compound_head`` cue follows it."""
    head = re.match(r"[ -]([a-z]+)\b", ctx.text[end:limit])
    return head is not None and head.group(1) in ctx.v.cues.get("compound_head", frozenset())


#: forces as a pronoun that have, field or keep a number: "we estimate they have 12,000 on this section"
_PRONOUN_HAS = re.compile(r"\b(?:they|we)\s+(?:now\s+|still\s+|already\s+)?(?:have|had|field|fielded|keep|kept|deploy|"
                          r"deployed|maintain|maintained)\s+(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)


def pronoun_has(ctx, quantity: Quantity, s_start: int):
    """"The enemy brings in fresh troops every week: we estimate they have 12,000 on this section": a bare
    number that forces named as a pronoun have, with troops counted earlier in the sentence, counts them."""
    if quantity.vague or not stands_alone(ctx, quantity) or \
            not _PRONOUN_HAS.search(ctx.text, max(s_start, quantity.start - 40), quantity.start):
        return None
    people = [m for m in ctx.v.unit_re.finditer(ctx.text, s_start, quantity.start)
              if getattr(ctx.v.units.get(re.sub(r"\s+", " ", m.group().lower())), "category", "") == "manpower"]
    return (people[-1].group(), quantity.end, quantity.end) if people else None


_INFILTRATION: dict = {}     # id(vocabulary) → (it, "N of them got into" (the ``infiltration`` cues)), compiled once


def infiltrators(ctx, quantity: Quantity, s_start: int):
    """"Now it is infantry on foot … Last Tuesday, 23 of them got into the northern streets": "N of them" before a verb
    of getting into or through a place (``infiltration`` cues of ``fact_cues.csv``) counts the soldiers named before it
    in its sentence or the sentence before (a troops noun of the table); None otherwise."""
    if not _OF_THEM.match(ctx.text, quantity.end):
        return None
    held = _INFILTRATION.get(id(ctx.v))
    if held is None or held[0] is not ctx.v:  # (the vocabulary held with it: a freed one's id may be taken again, lk1)
        cues = cue_regex(ctx.v.cues.get("infiltration", frozenset()))
        _INFILTRATION.clear()
        held = _INFILTRATION[id(ctx.v)] = (ctx.v, re.compile(
            r"\s+of\s+them\s+(?:had\s+|have\s+|has\s+|all\s+|then\s+|also\s+)?(?:" + cues.pattern + ")")
            if cues is not None else None)
    pattern = held[1]
    if pattern is None or not pattern.match(ctx.text[quantity.end:quantity.end + 60].lower()):
        return None
    before = max((a for a, b, _ in ctx.sentences if b <= s_start), default=s_start)
    troops = [m for m in ctx.v.unit_re.finditer(ctx.text, before, quantity.start)
              if getattr(ctx.v.units.get(re.sub(r"\s+", " ", m.group().lower())), "unit", "") == "troops"]
    return (troops[-1].group(), quantity.end, quantity.end) if troops else None


#: "of them" after a number, past a closing quote mark too ("\"a little over 240,000\" of them")
_OF_THEM = re.compile(r"[\"”’']?\s+of\s+them\b")
#: "N of them" as the subject of its clause: "of them were now in the region", "" of them had been called up"
_OF_THEM_SUBJECT = re.compile(_OF_THEM.pattern + r"\s+(?:were|are|had|have|has|was|remain|remained|still|now|"
                              r"would|will|could|may|might)\b")


#: "N of them" closing its sentence or clause as an afterthought: "…, around 1,500 of them." (the figure's comma before
#: it: ``_OF_THEM_APPOSITIVE``)
_OF_THEM_CLOSING = re.compile(_OF_THEM.pattern + r"\s*(?:[.;!?\u2014]|--|\s[\u2013-]\s|$)")
_OF_THEM_APPOSITIVE = re.compile(r",\s*(?:(?:" + HEDGE + r"|some|roughly|nearly|almost|perhaps|maybe|at\s+least|more\s+than|"
                                 r"up\s+to)\s+)?[\d.,]*$")


#: a fronted of-phrase right before a figure: "Of the missiles, 19 …", "; of the drones, 141"
_FRONTED_OF = re.compile(r"(?:^|[;,.]\s*|\s)(?:and\s+)?[Oo]f\s+(?:the|these|those|them)\s+(?:[a-z-]+\s+)?[a-z]+\s*,\s*"
                         r"(?:(?:" + HEDGE + r"|only|just)\s+)?$")


def share_intercepts(ctx, facts: list[Fact]) -> None:
    """"19 of 24 missiles had been shot down, along with 30 of 37 drones": a subset count listed
    after an interception ("along with", "as well as") is shot down by the same side."""
    for k, fact in enumerate(facts[1:], 1):
        earlier = next((f for f in reversed(facts[:k]) if f.category == "strikes" and f.intercepted), None)
        if fact.category == "strikes" and fact.intercepted and not fact.actor and earlier is facts[k - 1] and \
                re.fullmatch(r"\s*(?:,|,?\s*and)\s*", ctx.text[earlier.end:fact.start]):
            # "shot down … 16 HIMARS rockets and 137 drones": a list shares the side shooting down
            fact.actor = earlier.actor
        if fact.category == "strikes" and not fact.intercepted and earlier is facts[k - 1] and \
                earlier.quantity is not None and fact.quantity is not None and \
                _FRONTED_OF.search(ctx.text, max(earlier.end, fact.quantity.start - 40), fact.quantity.start) and \
                _FRONTED_OF.search(ctx.text, max(0, earlier.quantity.start - 40), earlier.quantity.start) and \
                re.match(r"\s*(?:[.;)”\"]|$)", ctx.text[fact.quantity.end:fact.quantity.end + 2]):
            # "Of the missiles, 19 were shot down; of the drones, 141.": the verb of shooting down gapped
            fact.actor, fact.intercepted = earlier.actor, True
            continue
        if fact.category != "strikes" or fact.intercepted or earlier is None or fact.quantity is None or \
                facts[k - 1].category != "strikes":
            continue
        gap = ctx.text[facts[k - 1].end:fact.quantity.start]
        if re.fullmatch(r"[^.;]{0,40}?,?\s*(?:along\s+with|as\s+well\s+as|together\s+with|plus)\s+", gap) and \
                re.match(r"\s+(?:out\s+)?of\s+(?:the\s+)?\d", ctx.text[fact.quantity.end:fact.quantity.end + 14]):
            fact.actor, fact.intercepted = earlier.actor, True
        elif re.fullmatch(r"[^.;]{0,60}?,\s*(?:including|among\s+them|among\s+which)\s+", gap) and (
                earlier is facts[k - 1] or (facts[k - 1].quantity is not None and earlier.quantity is not None and
                                            re.fullmatch(r"\s+(?:out\s+)?of\s+(?:the\s+)?", ctx.text[
                                                earlier.quantity.end:facts[k - 1].quantity.start]))):
            # "destroyed 52 of 64 air targets, including five Kh-101 cruise missiles": a part of what
            # was shot down, by the same side
            fact.actor, fact.intercepted = earlier.actor, True


#: a sentence opening on the whole of a launch: "Of the 52 missiles, …", "Out of some 120 drones launched, …"
OF_THE_OPENING = re.compile(r"[\s\"“‘'(]*(?:[Oo]f|[Oo]ut\s+of)\s+(?:the|those|these|all\s+the)\s+(?:(?:" + HEDGE + r")\s+)?")


#: a source after a clause: ", according to …", ", the ministry said"
_ATTRIBUTION_AFTER = re.compile(r",\s+(?:according\s+to\b|[^,;.]{0,60}\b(?:said|says|reported|reports|announced)\b)")
_BY_AGENT = re.compile(r"[^,.;]{0,40}?\bby\s+(?:the\s+)?")


def of_the_launch(ctx, s_start: int, facts: list[Fact]) -> None:
    """"Of the 52 missiles, we intercepted 19": the whole named in an opening of-phrase is the launch, by the other
    side of the one shooting down later in the sentence ("we" is the interceptor, not the launcher); with no side
    for the interception, the launcher's side named in the phrase ("Of the 52 missiles Russia fired, 19 were
    shot down") gives it."""
    for k, fact in enumerate(facts):
        if fact.category != "strikes" or fact.quantity is None or \
                not OF_THE_OPENING.fullmatch(ctx.text, s_start, fact.quantity.start):
            continue
        later = next((f for f in facts[k + 1:] if f.category == "strikes" and f.intercepted and f.start > fact.end and
                      f.unit == fact.unit), None)
        if later is None or not re.search(r",", ctx.text[fact.end:later.start]) or \
                re.search(r"[.;]", ctx.text[fact.end:later.start]):
            continue
        comma = ctx.text.index(",", fact.end, later.start)
        tail = re.match(r"[^,;.]*", ctx.text[later.end:])
        if not any(m.side in ("Russia", "Ukraine") for m in mentions_in(ctx, s_start, later.end + tail.end())) and \
                _ATTRIBUTION_AFTER.match(ctx.text, later.end + tail.end()):
            # "Of the 15 missiles launched, 12 were destroyed, according to Ukraine's air force": no side in the
            # sentence but its source's, so not the side of the sentence before: the speaker's pass sides the pair
            fact.actor = later.actor = ""
            break
        named = next((m.side for m in mentions_in(ctx, fact.end, comma) if m.side in ("Russia", "Ukraine")), "")
        if named and not fact.actor and not later.actor:
            fact.actor = named      # "Of the 40 missiles Russia fired, 31 were shot down"
        by = _BY_AGENT.match(ctx.text, later.end)
        agent = next((m.side for m in mentions_in(ctx, by.end(), by.end() + 30) if m.start == by.end() and
                      m.side in ("Russia", "Ukraine")), "") if by else ""
        if agent and not later.actor:
            later.actor = agent     # "…, 19 were shot down by Ukrainian air defences"
        if later.actor in ("Russia", "Ukraine"):
            fact.actor, fact.intercepted = opposite(later.actor), False
        elif fact.actor in ("Russia", "Ukraine") and not fact.intercepted:
            later.actor = opposite(fact.actor)
        break


def share_casualty_sides(ctx, facts: list[Fact]) -> None:
    """"killed 900 and wounded 1,400 Russian troops", "300 dead and 700 wounded among the
    Russian units": casualty figures listed together count one side's losses. A figure with no
    side named between it and the next one (a short gap with "and" or a comma) takes that
    figure's side and label."""
    for k, fact in enumerate(facts[:-1]):
        later = facts[k + 1]
        if fact.category not in ("casualties", "prisoners") or later.category != fact.category \
                or not later.actor or fact.quantity is None or later.quantity is None:
            continue
        gap = ctx.text[fact.quantity.end:later.quantity.start]
        if len(gap) > 40 or not re.search(r"(?:,|\band\b)", gap) or re.search(r"\bthat\b", gap) or \
                any(m.side for m in mentions_in(ctx, fact.quantity.start, later.quantity.start)):
            continue
        fact.actor = later.actor
        if later.unit == "troops" and fact.unit == "people":
            fact.unit, fact.flags = "troops", tuple(f for f in fact.flags if f != "civilians")
    for earlier, fact in zip(facts, facts[1:]):
        # "killed 212 of the occupiers, and another 60 were wounded": "another" losses are the same side's
        if fact.category == earlier.category == "casualties" and earlier.actor in ("Russia", "Ukraine") and \
                fact.quantity is not None and earlier.quantity is not None and \
                FURTHER_BEFORE.search(ctx.text, max(earlier.end, fact.quantity.start - 16), fact.quantity.start) and \
                not any(m.side for m in mentions_in(ctx, earlier.end, fact.quantity.start)):
            fact.actor = earlier.actor
    for earlier, fact in zip(facts, facts[1:]):
        # "Russia had lost about 250,000 killed and 600,000 wounded": a bare figure listed right after a side's
        # soldiers lost counts the same soldiers (it was read as people, flagged civilians)
        if fact.category == "casualties" and fact.unit == "people" and earlier.category == "casualties" and \
                earlier.unit == "troops" and earlier.quantity is not None and fact.quantity is not None and \
                _LISTED_LOSS.fullmatch(ctx.text, earlier.quantity.end, fact.quantity.start) and \
                _BARE_LOSS.match(ctx.text, fact.quantity.end):
            fact.unit, fact.actor = "troops", fact.actor or earlier.actor
            fact.flags = tuple(f for f in fact.flags if f != "civilians")
    for earlier, fact in zip(facts, facts[1:]):
        # "We lost 11 men in that time — three killed, eight wounded": a breakdown of a side's losses after a dash,
        # colon or bracket counts the same soldiers (not people a strike killed)
        if fact.category != "casualties" or fact.unit != "people" or earlier.category != "casualties" or \
                earlier.unit != "troops" or earlier.quantity is None or fact.quantity is None:
            continue
        gap = ctx.text[earlier.end:fact.quantity.start]
        if len(gap) > 40 or not re.search(r"[—–:(,]", gap) or \
                any(m.side for m in mentions_in(ctx, earlier.end, fact.quantity.start)) or \
                not _BREAKDOWN_AFTER.match(ctx.text, fact.quantity.end):
            continue
        fact.unit, fact.actor = "troops", fact.actor or earlier.actor
        fact.flags = tuple(f for f in fact.flags if f != "civilians")


#: the participle of a breakdown of losses right after its number ("three killed", "eight were wounded")
_BREAKDOWN_AFTER = TablePattern("breakdown_after", ("fact_cues",), lambda: (
    r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:" + casualty_participles() + r"|captured)\b"), re.IGNORECASE)


TERRITORIAL = ("territory", "settlements", "distance")

#: The units of the annotation conventions (``../shared/devset/README.md``, section 3.3);
#: hectares (an area the map can measure) and metres (the depth of an advance) too; a figure in any other unit ("four regions") is
#: flagged ``other unit``.
SCHEMA_UNITS = frozenset({"km2", "sq mi", "ha", "km", "mi", "m", "settlements", "percent", "troops",
                          "people", "missiles", "drones", "air targets"})


def share_within_lists(ctx, facts: list[Fact]) -> None:
    """A list of figures shares its subject and its verb. "Russian troops "liberated"
    4,900 km² and captured 212 settlements": a territorial figure with no side takes the
    side of the one before it; "1,870 km² … and 54 settlements have been freed": a figure
    with no direction takes the direction of the next one it is listed with."""
    for k, fact in enumerate(facts):
        if fact.category not in TERRITORIAL:
            continue
        if not fact.actor:
            fact.actor = next((other.actor for other in reversed(facts[:k])
                               if other.actor and other.category in TERRITORIAL and
                               other.start < fact.start), "")
        if not fact.change and fact.category != "distance":
            later = next((other for other in facts[k + 1:] if other.category in TERRITORIAL
                          and other.start > fact.end), None)
            if later is not None and later.change in ("gain", "loss", "held") and \
                    re.search(r"(?:,|\band\b)", ctx.text[fact.end:later.start]):
                fact.change = later.change
                fact.actor = fact.actor or later.actor
        if not fact.change and fact.category == "territory" and fact.quantity is not None:
            # "… have taken back nearly 9 square miles, the ISW said, roughly 23 square kilometres": the
            # same area restated takes the reading of the one before
            earlier = next((other for other in reversed(facts[:k]) if other.category == "territory" and
                            other.change in ("gain", "loss", "held") and other.quantity is not None), None)
            if earlier is not None:
                fact.change = earlier.change
                fact.actor = fact.actor or earlier.actor


def with_upper_bound(ctx, fact: Fact) -> list[Fact]:
    """A range ("15 to 20 kilometres", "between 600 and 700") gives one row per bound: the
    lower bound (which keeps ``quantity_high``) and the upper one."""
    q = fact.quantity
    if q is None or math.isnan(q.high) or q.high_start < 0:
        return [fact]
    fact.bound = "lower"
    high = Quantity(q.high, math.nan, q.qualifier, q.high_start, q.end, q.high_start, q.vague)
    upper = replace(fact, quantity=high, quantity_text=ctx.text[q.high_start:q.end],
                    places=list(fact.places), anchor=q.high_start, bound="upper")
    return [fact, upper]


def conversion_fact(ctx, quantity: Quantity, fact: Fact | None, s_end: int) -> Fact | None:
    """"1,200 km² (463 sq mi)": the bracketed figure restates ``fact`` in another unit; it is a
    row of its own, with ``conversion_of`` pointing at the figure it converts."""
    unit_hit = unit_after(ctx, quantity.end, s_end)
    if fact is None or unit_hit is None or fact.unit_row is None:
        return None
    written, _, unit_end = unit_hit
    unit = ctx.v.units[re.sub(r"\s+", " ", written.lower()).replace("’", "'")]
    if unit.dimension != fact.unit_row.dimension:
        return None
    return replace(fact, start=quantity.start, end=unit_end, quantity=quantity, unit=unit.unit,
                   unit_row=unit, quantity_text=ctx.text[quantity.start:quantity.end],
                   places=list(fact.places), anchor=quantity.start, bound="",
                   conversion_of=fact)


#: a bracketed conversion of one unit written as a word: "(almost a mile)", "(about a square mile)" (a number word such as "one" is a quantity already)
_BRACKETED_ONE = re.compile(r"\s*\(\s*(?:(?P<q>" + HEDGE + r")\s+)?(?P<n>an?)\s+(?P<u>[a-z][a-z ]{1,20}?)\s*\)",
                            re.IGNORECASE)


def bracketed_one(ctx, fact: Fact, unit_end: int, s_end: int) -> Fact | None:
    """"advanced about 1.5 km (almost a mile)": a conversion of one unit written as a word is a row of its
    own, like "(0.9 miles)", with ``conversion_of`` pointing at the figure it converts."""
    if fact.unit_row is None or fact.unit_row.dimension not in ("area", "length"):
        return None
    match = _BRACKETED_ONE.match(ctx.text, unit_end, s_end)
    unit = ctx.v.units.get(re.sub(r"\s+", " ", match.group("u").lower())) if match else None
    if unit is None or unit.dimension != fact.unit_row.dimension or unit.unit == fact.unit_row.unit:
        return None
    start = match.start("q") if match.group("q") else match.start("n")
    qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", match.group("q") or "").lower().replace("’", "'"), "")
    quantity = Quantity(1.0, math.nan, qualifier, start, match.end("n"), match.start("n"))
    return replace(fact, start=start, end=match.end("u"), quantity=quantity, unit=unit.unit, unit_row=unit,
                   quantity_text=ctx.text[start:match.end("n")], places=list(fact.places), anchor=start,
                   bound="", conversion_of=fact)


def other_dimension(ctx, quantity: Quantity, fact: Fact | None, s_end: int) -> bool:
    """A figure after ", or" / a bracket whose unit measures something else than ``fact``'s
    ("2,800 km², or about 0.5% of Ukraine"): not a conversion."""
    unit_hit = unit_after(ctx, quantity.end, s_end)
    if fact is None or unit_hit is None or fact.unit_row is None:
        return False
    unit = ctx.v.units.get(re.sub(r"\s+", " ", unit_hit[0].lower()).replace("’", "'"))
    return unit is not None and unit.dimension != fact.unit_row.dimension


RUNNING_TOTAL = re.compile(
    r"\b(?:bringing|brings|brought|bring|taking|takes|took|take|raising|raises|raised|pushing|pushes|pushed)\s+"
    r"(?P<np>(?:[\w’'-]+\s+){1,18}?)to\s+(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)


GREW_BY_TO = TablePattern("numeric_grew_by_to", ("fact_cues",), lambda: (
    r"\b(?:" + cue_alternation("change_verb") + r")\s+by\s+[^.;]{1,40}?\s+to\s+"
    r"(?:(?:" + HEDGE + r")\s+)?$"), re.IGNORECASE)


#: "the number of drones Russia launched in June more than doubled to 1,200": a count named by its noun as the subject
#: of a verb of change whose new level is the bare number (fa35)
_NUMBER_OF_TO = TablePattern("numeric_number_of_to", ("fact_cues",), lambda: (
    r"\b(?:the|its|their)\s+(?:(?:daily|weekly|monthly|overall|total)\s+)?(?:number|total|count|tally)\s+of\s+"
    r"(?P<np>(?:[\w’'-]+\s+){1,10}?)(?:(?:has|have|had)\s+)?(?:(?:more\s+than|nearly|almost|roughly)\s+)?"
    r"(?:" + cue_alternation("change_verb") + r"|reached|hit|passed|topped)\s+(?:to\s+)?(?:(?:" + HEDGE
    + r")\s+)?$"), re.IGNORECASE)


def running_total(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int) -> Fact | None:
    """"… killed 1,340, bringing Moscow's total losses to 713,000", "… two other settlements,
    taking its total this month to 11": a bare number that a total is brought to counts what
    the figure before it in the sentence counted (a new figure, not a restatement)."""
    match = RUNNING_TOTAL.search(ctx.text, max(s_start, quantity.start - 160), quantity.start)
    grew = GREW_BY_TO.search(ctx.text, max(s_start, quantity.start - 80), quantity.start)
    number_of = None
    if match is None and grew is not None:
        match = grew        # "the army grew by 170,000 troops to 1.32 million"
    elif match is None and (number_of := _NUMBER_OF_TO.search(ctx.text, max(s_start, quantity.start - 120),
                                                             quantity.start)) is not None:
        match = number_of   # "the number of drones launched more than doubled to 1,200"
    elif match is None or not re.search(r"\b(?:total|tally|count|losses|casualties|toll|number)\b",
                                        match.group("np"), re.I):
        return None
    if not facts:
        # "Russia suffered 1,200 casualties a day. The figure … would take its total losses to 500,000":
        # what the sentence before counted
        index = sentence_of(ctx, s_start)
        facts = [f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1 and f.quantity is not None]
    if not stands_alone(ctx, quantity):
        return None
    named = _unit_in_total(ctx, match) if match is not grew else None
    if match is number_of and named is None:
        return None         # "the number of attacks rose to 80": a count of no unit of ours, not the figure before
    if named is not None and not any(f.unit_row is not None and f.unit_row.unit == named[0].unit for f in facts):
        # "bringing the number of settlements it claims to have seized since March 1 to 14": the total names its unit
        fact = numeric_fact(ctx, index, s_start, ctx.sentences[index][1], quantity, *named)
        if fact is not None:
            fact = _verb_in_total(ctx, match, fact, s_start)
            if match is number_of and not fact.change and fact.category in ("territory", "settlements"):
                return None     # "the number of villages under fire fell to 12": no ground changing hands
            return fact
    if not facts:
        return None
    previous = facts[-1]
    if previous.quantity is None or previous.unit_row is None:
        return None
    return _verb_in_total(ctx, match, replace(
        previous, start=max(match.start(), previous.end), end=quantity.end, sentence=index,
        places=list(previous.places), quantity=quantity, bound="", anchor=quantity.start,
        quantity_text=ctx.text[quantity.start:quantity.end], restates=None, conversion_of=None), s_start)


def _verb_in_total(ctx, match, fact: Fact, s_start: int) -> Fact:
    """A total read with no change takes the verb of gain or loss inside its noun phrase ("… would bring the number of
    settlements Russia says it has taken … to nine"), and the side named before that verb."""
    if fact.change or fact.category not in ("territory", "settlements"):
        return fact
    verb = next((w for w in re.finditer(r"[a-z]+", ctx.text[match.start("np"):match.end("np")])
                 if (d := ctx.v.directions.get(w.group())) is not None and d.change in ("gain", "loss")), None)
    if verb is None:
        return fact
    at = match.start("np") + verb.start()
    side = next((m.side for m in mentions_in(ctx, match.start("np"), at) if m.side in ("Russia", "Ukraine")), "") or \
        subject_side(ctx, at, s_start)
    return replace(fact, change=ctx.v.directions[verb.group()].change, actor=fact.actor or side)


def _unit_in_total(ctx, match):
    """The unit word the noun phrase of a running total names ("the number of settlements …"), with its span."""
    for unit in ctx.v.unit_re.finditer(ctx.text, match.start("np"), match.end("np")):
        row = ctx.v.units.get(re.sub(r"\s+", " ", unit.group().lower()).replace("’", "'"))
        if row is not None and not _modifies_a_head(ctx, unit.end(), match.end("np")):
            return row, unit.start(), unit.end()
    return None


#: a bare number as the subject of a passive of ground or losses, ending its clause: "only 31 have been lost."
_PASSIVE_SAME = re.compile(r"\s+(?:have|has|had)\s+been\s+(lost|captured|taken|seized|liberated|recaptured|retaken)"
                           r"(?=\s*(?:[,.;:)”\"]|$))", re.IGNORECASE)


def parallel_count(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int) -> Fact | None:
    """"Ukraine says Russia has lost 598,000 troops. Russia says Ukraine has lost more than
    500,000.": a bare number right after a loss verb, ending its clause, counts what the loss
    count of this sentence or the one before counted; the side is this clause's subject."""
    before = ctx.text[max(s_start, quantity.start - 30):quantity.start]
    verb = re.search(r"\b(?:lost|suffered|(?P<gain>captured|took|taken|seized|recaptured|retook|retaken|liberated|"
                     r"freed|gained|controlled|controls|control|held|holds|hold))\s+"
                     r"(?:(?:" + HEDGE + r"|another|a\s+further|only|just)\s+)?$", before, re.IGNORECASE)
    passive = None if verb is not None else _PASSIVE_SAME.match(ctx.text, quantity.end)
    if passive is not None and not quantity.vague:
        # "Russia claims 54 settlements were lost. The Ukrainian side says only 31 have been lost.": the same count,
        # disputed, with the verb in the passive after the bare number
        kinds = ("casualties", "territory", "settlements") if passive.group(1).lower() == "lost" else \
            ("territory", "settlements")
        earlier = [f for f in _recent(ctx.numeric, index - 1) + facts if f.category in kinds and f.quantity is not None
                   and f.unit_row is not None and f.start < quantity.start and f.change in ("gain", "loss")]
        if earlier:
            return replace(earlier[-1], start=quantity.start, end=quantity.end + passive.end() - passive.start(),
                           sentence=index, places=[], quantity=quantity, bound="", anchor=quantity.start,
                           quantity_text=ctx.text[quantity.start:quantity.end], restates=None, conversion_of=None)
    if verb is None or quantity.vague or not re.match(r"\s*(?:[,.;:)”\"]|$)", ctx.text[quantity.end:quantity.end + 3]):
        return None
    # "Russian troops have taken 56 settlements; Ukrainian troops have recaptured six": the same for ground
    kinds = ("territory", "settlements") if verb.group("gain") else ("casualties",)
    earlier = [f for f in _recent(ctx.numeric, index - 1) + facts if f.category in kinds and f.change != "held" and
               f.quantity is not None and f.unit_row is not None and f.start < quantity.start]
    side = subject_side(ctx, quantity.start, s_start)
    if not earlier or not side:
        return None
    previous = earlier[-1]
    start = quantity.start - len(before) + verb.start()
    change = previous.change
    if verb.group("gain") and not re.match(r"(?:control|held|hold)", verb.group("gain"), re.IGNORECASE):
        change = "gain"     # "Ukraine lost 35 km², while Russian forces gained 120": the verb's own direction
    return replace(previous, start=start, end=quantity.end, sentence=index, actor=side, places=[], change=change,
                   quantity=quantity, bound="", anchor=quantity.start,
                   quantity_text=ctx.text[quantity.start:quantity.end], restates=None, conversion_of=None)


#: a verb of taking prisoners right before a bare number ("and captured four", "had captured two of them")
_CAPTURED_BARE = re.compile(r"\b(?:captured|capturing|captures|capture|took|taken|taking)\s+"
                            r"(?:(?:" + HEDGE + r"|another|a\s+further|only|just)\s+)?$", re.IGNORECASE)


def captured_people(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int) -> Fact | None:
    """"its soldiers had killed 93 Russian troops and captured four", "… 4,000 of the North Koreans had been killed.
    Ukraine said it had captured two of them": a bare number after a verb of capturing, right after soldiers counted
    in its sentence (or, with "of them", in the sentence before), counts prisoners of those soldiers' side."""
    if quantity.vague or not _CAPTURED_BARE.search(ctx.text, max(s_start, quantity.start - 30), quantity.start):
        return None
    of_them = re.match(r"\s+of\s+them\b", ctx.text[quantity.end:quantity.end + 9])
    if not of_them and not stands_alone(ctx, quantity):
        return None
    earlier = [f for f in facts if f.start < quantity.start and f.quantity is not None]
    if not earlier and of_them:
        earlier = [f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1 and f.quantity is not None]
    if not earlier or earlier[-1].unit != "troops" or earlier[-1].unit_row is None or \
            earlier[-1].actor not in ("Russia", "Ukraine"):
        return None
    previous = earlier[-1]
    return replace(previous, start=quantity.start, end=quantity.end, sentence=index, places=[], quantity=quantity,
                   quantity_text=ctx.text[quantity.start:quantity.end], anchor=quantity.start, bound="",
                   change="loss", category="prisoners", flags=(), restates=None, conversion_of=None)


#: "put the figure lower, at", "puts the number at", "put the toll slightly higher, at": another estimate of a count
#: ("when it put them at 7,800", "a week earlier it put it at 7,800": a pronoun object, the count the sentence before
#: opened with)
_PUT_THE_FIGURE_AT = re.compile(r"\b(?:put|puts|putting|placed|places)\s+(?:(?:the|that|this|its|their)\s+(?:figure|number|"
                                r"total|tally|count|estimate|toll)|(?P<pronoun>it|them))\s+(?:(?:[a-z]+ly|much|far|a\s+little|a\s+bit)\s+)?"
                                r"(?:(?:lower|higher|even\s+lower|even\s+higher)\s*,?\s+)?(?:(?P<at>at|closer\s+to|nearer(?:\s+to)?|"
                                r"as\s+(?:high|low)\s+as)\s+)?$", re.IGNORECASE)
#: the same with the figure before its estimator, a relative clause in apposition: "…, a number the institute's
#: analysts put closer to 66", "…, a number Western officials put at 30,000"
_A_FIGURE_PUT = re.compile(r"\b(?:a|the)\s+(?:figure|number|total|tally|count|estimate|toll)\s+(?:that\s+|which\s+)?"
                           r"(?:[\w’'-]+\s+){1,4}?(?:put|puts|places|placed)\s+(?:it\s+)?(?:(?P<at>at)\s+)?$", re.IGNORECASE)
#: a hedge of the figure itself that stands for the preposition: "put the figure closer to 100,000" (``qualifiers.csv``)
_HEDGE_FOR_AT = re.compile(r"(?:closer|nearer)\b", re.IGNORECASE)


#: "the figure was", "the monthly total was about", "the number passed" right before a bare number
_FIGURE_VERB = re.compile(r"\bthe\s+(?P<adj>(?:daily|weekly|monthly|annual|yearly|overall|final|official|combined|"
                          r"cumulative)\s+)?(?:figure|number|total|tally|count)\s+(?P<verb>was|is|had\s+been|has\s+been|"
                          r"stood\s+at|stands\s+at|reached|rose\s+to|grew\s+to|fell\s+to|dropped\s+to|passed|exceeded|"
                          r"topped|surpassed)\s+(?P<q>(?:" + HEDGE + r"|just|only)\s+)?$", re.IGNORECASE)
_PASSED = frozenset({"passed", "exceeded", "topped", "surpassed"})
#: "it" as the figure of its sentence right before a bare number: "in March it had been just 240", "in May it was 310"
_IT_WAS = re.compile(r"[;,]\s+(?:(?:in|by|during|for)\s+(?:[A-Za-z]+\s+){1,2}?)?it\s+(?P<verb>was|had\s+been|stood\s+at|"
                     r"reached)\s+(?P<q>(?:" + HEDGE + r"|just|only)\s+)?$", re.IGNORECASE)


#: a question in the sentence before that names what is counted: "wanted to know how many troops Russia recruits"
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?:more\s+)?(?P<unit>[a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)


def _unit_asked_before(ctx, index: int, quantity: Quantity, s_start: int):
    """"A caller wanted to know how many troops Russia recruits every week. Officials put the number at 8,000": a
    bare number that "the figure" / "the number" is, after a sentence asking how many of a unit: ((the unit, where the
    number ends), the side named right after the unit in the question) — the unit's zero-width place is the number's
    end, as for a count whose noun stands elsewhere; None otherwise."""
    before = ctx.text[max(s_start, quantity.start - 70):quantity.start]
    put = _PUT_THE_FIGURE_AT.search(before)
    if (put is None or (put.group("at") is None and not _HEDGE_FOR_AT.match(ctx.text, quantity.start)) or
            put.group("pronoun")) and _FIGURE_VERB.search(before) is None and _ESTIMATE_WAS.search(before) is None:
        return None     # ("How many Russian troops are inside Ukraine?" "Our best estimate is north of 300,000")
    p_start, p_end, _ = ctx.sentences[index - 1]
    asked = _HOW_MANY.search(ctx.text, p_start, p_end)
    if asked is None:
        return None
    words = asked.group("unit").split()
    written = next((w for w in (asked.group("unit").lower(), words[0].lower(), words[-1].lower())
                    if w in ctx.v.units), None)
    if written is None:
        return None
    unit_at = asked.start("unit") + asked.group("unit").lower().index(written)
    end = unit_at + len(written)
    # the side an adjective before the unit names ("how many Russian troops"), else the one right after it ("how many
    # troops Russia recruits")
    side = next((m.side for m in mentions_in(ctx, asked.start("unit"), unit_at) if m.side in ("Russia", "Ukraine")), "") or \
        next((m.side for m in mentions_in(ctx, end, min(p_end, end + 30)) if m.side in ("Russia", "Ukraine")), "")
    return (written, quantity.end, quantity.end), side


def the_figure_was(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int) -> Fact | None:
    """"Russia launched about 400 drones in May 2023; in April this year, the figure was more than 4,000": a
    bare number that "the figure" / "the number" / "the total" was counts what the figure before it in its
    sentence counted, read the same way."""
    before = ctx.text[max(s_start, quantity.start - 40):quantity.start]
    record = re.fullmatch(r"[\s\"“]*the\s+(?:previous|last|earlier|former|old)\s+(?:record|high|peak|maximum|figure|total)"
                          r"\s*,\s*(?:(?:" + HEDGE + r")\s+)?", ctx.text[s_start:quantity.start],
                          re.IGNORECASE)
    if record and not facts and re.match(r"\s*,", ctx.text[quantity.end:quantity.end + 2]):
        # "… lost 1,560 troops in a day. The previous record, 1,380, was set in December.": the same count
        facts = [f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1]
    put = _PUT_THE_FIGURE_AT.search(ctx.text, max(s_start, quantity.start - 60), quantity.start)
    apposed = _A_FIGURE_PUT.search(ctx.text, max(s_start, quantity.start - 70), quantity.start) \
        if facts and put is None else None
    if apposed is not None and (apposed.group("at") is not None or _HEDGE_FOR_AT.match(ctx.text, quantity.start)):
        # "… held nearly 70 percent of the region, a number the institute's analysts put closer to 66": another estimate of the
        # figure just before it in its sentence
        record = apposed
    if put is not None and put.group("at") is None and not _HEDGE_FOR_AT.match(ctx.text, quantity.start):
        put = None
    if put is not None and not facts:
        # "… has drawn in an estimated 50,000 Russian troops. Western officials put the figure lower, at 35,000 to
        # 40,000.": another source's figure for the count of the sentence before
        facts = [f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1 and f.change != "held"]
        record = put
    estimate = None if record else _ESTIMATE_WAS.search(ctx.text, max(s_start, quantity.start - 70), quantity.start) or \
        _OTHER_FIGURE.search(ctx.text, max(s_start, quantity.start - 70), quantity.start)
    if estimate is not None and not facts:
        # "The UK put Russian casualties at 1,000,000. The Pentagon's estimate was 700,000.": the count before
        facts = [f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1]
    was = None if record or estimate else _FIGURE_VERB.search(before) or \
        (_IT_WAS.search(before) if facts and not re.fullmatch(r"(?:19|20)\d\d", ctx.text[quantity.start:quantity.end])
         else None)   # "The largest monthly gain, 590 sq km, came in July; in March it had been just 240": "it" is the figure
    if was is not None and not facts and (was.group("adj") or was.group("q") or was.group("verb").lower() in _PASSED):
        # "Russia launched about 4,700 drones in November. In October, the monthly total was 5,320.", "… the number
        # passed 40,000": the count of the sentence before, named by a qualified "the … total"
        facts = [f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1 and f.change != "held"]
    if quantity.vague or not facts or not (record or estimate or was):
        return None
    previous = next((f for f in reversed(facts) if f.quantity is not None and f.unit_row is not None and
                     f.start < quantity.start), None)
    if record is put and put is not None and put.group("pronoun") and previous is not None and \
            previous.sentence == index - 1:
        # "… enemy losses over the week exceeded 8,900 servicemen, it said, and air defences had shot down 1,210 drones.
        # That is a seventh more than the week before, when it put them at 7,800": a pronoun stands for the count its
        # sentence before opened with (its topic), not the last one named
        previous = next(f for f in facts if f.quantity is not None and f.unit_row is not None)
    if previous is None:
        return None
    return replace(previous, start=quantity.start, end=quantity.end, sentence=index, places=[],
                   quantity=quantity, bound="", anchor=quantity.start,
                   quantity_text=ctx.text[quantity.start:quantity.end], restates=None, conversion_of=None)


#: an earlier record of the same count right before a bare number: "the previous record, 1,940", "the earlier daily high of 728"
_PREVIOUS_RECORD = re.compile(r"\b(?:previous|earlier|former|old)\s+(?:[a-z]+\s+)?(?:peak|high|low|record|maximum)(?:\s+of|,)\s+"
                              r"(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)
#: another source's estimate of the same count before a bare number: "while the Pentagon's estimate in the spring was
#: \"more than 700,000\"", "Kyiv's own estimate is 500,000" (a quote mark may open before the figure)
_ESTIMATE_WAS = re.compile(r"(?:\bthe\s+|\b(?:its|their|his|her|our|my)\s+|[\w’'.-]+['’]s\s+)"
                           r"(?:own\s+|latest\s+|official\s+|best\s+|current\s+)?"   # "Our best estimate is …" (a speaker's)
                           r"(?:estimate|assessment|figure|count|tally)\s+(?:(?:in|for|of|by|at)\s+(?:the\s+)?[\w-]+\s+|"
                           r"(?:the|a)\s+(?:year|month|week|day|fortnight)\s+(?:before|earlier)\s+)?"
                           r"(?:was|is|had\s+been|has\s+been|stood\s+at|stands\s+at)\s+[\"“‘]?$", re.IGNORECASE)
#: another source's figure for the same count, in apposition or after "of": "Ukraine's General Staff gives a higher
#: figure, 45,610 for the month", "Kyiv has a lower estimate of 30,000"
_OTHER_FIGURE = re.compile(r"\b(?:gives?|gave|given|offers?|offered|has|have|had|cites?|cited|publishes|published)\s+(?:an?\s+)?"
                           r"(?:much\s+|far\s+|slightly\s+|somewhat\s+)?(?:higher|lower|larger|smaller|bigger|different|"
                           r"more\s+conservative)\s+(?:figure|estimate|number|count|total|tally)(?:,|\s+of)\s+"
                           r"(?:(?:" + HEDGE + r"|just|only)\s+)?$",
                           re.IGNORECASE)
#: a bare number of troops counted before that died or were hurt or taken ("100 of them had died")
_DIED_AFTER = re.compile(r"(?:\s+of\s+them)?\s+(?:have|has|had|were|was)\s+(?:since\s+|already\s+|reportedly\s+)?(?:died|"
                         r"been\s+(?:killed|wounded|injured|captured|taken\s+prisoner))\b", re.IGNORECASE)


def _part_lost(ctx, quantity: Quantity, s_start: int, s_end: int) -> bool:
    """A bare number of the soldiers of a strength counted before that died or were hurt or taken ("sent some 11,000
    soldiers, and at least 100 of them had died") or were lost ("went into battle with 120 men and had lost more than
    80 of them", fa30): a loss, not a part of the strength."""
    return _DIED_AFTER.match(ctx.text, quantity.end, s_end) is not None or \
        _LOST_BEFORE.search(ctx.text, max(s_start, quantity.start - 30), quantity.start) is not None and \
        _OF_THEM.match(ctx.text, quantity.end, s_end) is not None


#: troops of a bare number sent or deployed (not lost): "another 12,000 had been sent to replace them"
_SENT_AFTER = re.compile(r"\s+(?:more\s+)?(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+|being\s+)?)?(?:sent|deployed|"
                         r"dispatched|moved|transferred|redeployed|mobili[sz]ed|brought\s+in|called\s+up)\b", re.IGNORECASE)
# (a bare participle too: "about 2,000 have been killed, out of roughly 14,000 sent")


#: a qualifier before a figure (the hedge of data/qualifiers.csv, :data:`HEDGE`, as ``_QUALIFIER`` below)
_ELLIPTIC_QUALIFIER = r"(?:(?:" + HEDGE + r"|just|only)\s+)?"
_MONTHS = r"(?:" + when.MONTH_NAMES + r")"  # (the month names written once: when.MONTH_NAMES)
#: a comparison right before a bare figure that names the figure it is set against by a determiner ("against the 5 that
#: …", "well above the 28 our desk could confirm", "three times the 18,500 of the year before", "against our 515") or
#: bare ("from 600,000 a year earlier"; "against", "versus", "up from", "down from" bare are read by
#: :func:`another_of_the_same`)
_ELLIPTIC_BEFORE = re.compile(r"(?:\b(?:against|versus|compared\s+(?:with|to)|(?:up|down)\s+from|from|than|above|below|"
                              r"under|beyond|times|double|twice|triple|treble|exceeding|outstripping)\s+(?:the|our|its|"
                              r"their|his|her)|\b(?:against|versus|(?:up|down)\s+from|from))\s+" + _ELLIPTIC_QUALIFIER + r"$",
                              re.IGNORECASE)
#: … and what may follow such a figure: the end of its clause, another period ("of the year before", "a year earlier",
#: "in the third year", "in March"), or a relative clause whose subject counted or claimed it ("that DeepState had
#: confirmed", "our desk could confirm", "Russian troops managed")
_ELLIPTIC_AFTER = re.compile(r"\s*(?:[.;,)”\"]|$)|\s+(?:of\s+the\s+(?:previous\s+)?(?:year|month|week|day|quarter|fortnight|"
                             r"period)(?:\s+(?:before|earlier))?\b|(?:a|one|the)\s+(?:year|month|week|day|fortnight)\s+"
                             r"(?:earlier|before|ago|previously)\b|(?:in|during|over|for)\s+(?:the\s+)?(?:[A-Za-z]+\s+){0,2}?"
                             r"(?:year|month|week|quarter|period|" + _MONTHS + r"|(?:19|20)\d\d)\b|(?:that|which)\s|"
                             r"(?:our|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?:could|had|has|have|did|would|was|were)\s|"
                             r"(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:troops|forces|units|army|soldiers)\s+(?:had\s+)?"
                             r"(?:managed|took|gained|seized|captured|won|made|achieved|claimed)\b)")
#: a parallel "…, with N unit; the slowest was March, with 190": the second figure's unit gapped after "with"
_WITH_BEFORE_FIGURE = re.compile(r",\s+with\s+" + _ELLIPTIC_QUALIFIER + r"$", re.IGNORECASE)
#: a claim of the count of the sentence before, its verb and unit gapped, closing its sentence: "Russia's ministry later
#: claimed three."
_LATER_CLAIMED = re.compile(r"\b(?:later|since|only|then|itself)\s+(?P<verb>claimed|confirmed|reported|acknowledged|admitted)\s+"
                            + _ELLIPTIC_QUALIFIER + r"$", re.IGNORECASE)


#: … the same claim as a whole short sentence, its subject opening it: "Russia's defence ministry claimed 14."
_SUBJECT_CLAIMED = re.compile(r"[\s\"“]*(?:[A-Z][\w’'-]*(?:['’]s)?\s+){1,3}(?:[a-z]+\s+){0,2}?(?P<verb>claimed|confirmed|"
                              r"reported|acknowledged|admitted)\s+" + _ELLIPTIC_QUALIFIER)
#: a figure corrected after the count before, its object gapped: "counted 17 settlements taken, not 42"
_NOT_FIGURE = re.compile(r",\s+not\s+" + _ELLIPTIC_QUALIFIER + r"$", re.IGNORECASE)
#: a second source's confirmation of the count before, after a semicolon, its object gapped: "; DeepState confirmed one"
_GAPPED_CONFIRMED = re.compile(r";\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:['’]s)?\s+){1,3}(?:(?:only|later|since|so\s+far)\s+)?"
                               r"(?:confirmed|counted|recorded|verified|geolocated)\s+" + _ELLIPTIC_QUALIFIER + r"$")


def elliptic_troops(ctx, quantity: Quantity, s_start: int) -> bool:
    """"more than double the 190 Russian troops managed in March a year earlier": the troops are the subject of a
    relative clause, the bare figure before them what they managed (read by :func:`elliptic_figure`), no troops."""
    return _ELLIPTIC_BEFORE.search(ctx.text, max(s_start, quantity.start - 40), quantity.start) is not None and \
        re.match(r"\s+(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:troops|forces|units|army|soldiers)\s+(?:had\s+)?"
                 r"(?:managed|took|gained|seized|captured|won|made|achieved|claimed)\b", ctx.text[quantity.end:quantity.end + 60]) \
        is not None


def elliptic_figure(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int, s_end: int) -> Fact | None:
    """A bare figure that takes its kind and unit from an earlier figure, the one it is set against: "claimed nine
    settlements, against the five that DeepState had confirmed", "556 sq km, against our 515", "well above the 28 our
    desk could confirm", "three times the 18,500 of the year before", "grown to about 710,000 troops, …, from 600,000
    a year earlier", "November, with 610 sq km; the slowest was March, with 190"; across a sentence, a claim of the
    count before with its verb's object gapped ("… took 9 villages in a fortnight"; Russia's ministry later claimed
    three."). The figure is read like the one before (same unit, change and side; a side named as the subject of
    the later claim is its own)."""
    text = ctx.text
    if quantity.vague or re.fullmatch(r"(?:19|20)\d\d", text[quantity.start:quantity.end]):
        return None
    window = max(s_start, quantity.start - 60)
    previous, actor = None, None
    compared = _ELLIPTIC_BEFORE.search(text, window, quantity.start)
    if compared is not None and _ELLIPTIC_AFTER.match(text, quantity.end) is not None:
        previous = next((f for f in reversed(facts) if f.quantity is not None and f.unit_row is not None and
                         f.conversion_of is None and f.start < quantity.start and
                         f.unit_row.dimension in ("area", "count", "people", "length")), None)   # (not a conversion)
    elif _WITH_BEFORE_FIGURE.search(text, window, quantity.start) and re.match(r"\s*(?:[.;)”\"]|$)", text[quantity.end:]):
        previous = next((f for f in reversed(facts) if f.quantity is not None and f.unit_row is not None and
                         _WITH_BEFORE_FIGURE.search(text, max(s_start, f.quantity.start - 30), f.quantity.start)), None)
    elif facts and (_NOT_FIGURE.search(text, window, quantity.start) or _GAPPED_CONFIRMED.search(
            text, window, quantity.start)) and re.match(r"\s*(?:[.;,)]|$)", text[quantity.end:quantity.end + 2]):
        # "counted 17 settlements taken, not 42", "the ministry claimed three settlements; DeepState confirmed one": the
        # count before, its object gapped (read like it: the side whose gain was confirmed, not the monitor's)
        previous = next((f for f in reversed(facts) if f.quantity is not None and f.unit_row is not None and
                         f.conversion_of is None and f.start < quantity.start and
                         f.unit_row.dimension in ("area", "count", "people", "length")), None)
    elif not facts and (_LATER_CLAIMED.search(text, window, quantity.start) or
                        _SUBJECT_CLAIMED.fullmatch(text, s_start, quantity.start)) and \
            re.match(r"\s*(?:[.;]|$)", text[quantity.end:quantity.end + 2]):
        earlier = [f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1 and f.quantity is not None and
                   f.unit_row is not None and f.change in ("gain", "loss", "count")]
        previous = earlier[-1] if earlier else None
        said = _LATER_CLAIMED.search(text, window, quantity.start) or _SUBJECT_CLAIMED.fullmatch(text, s_start,
                                                                                                quantity.start)
        claimant = subject_side(ctx, said.start("verb"), s_start)
        actor = claimant if claimant in ("Russia", "Ukraine") else None
    if previous is None:
        return None
    places = fact_places(ctx, quantity.start, quantity.end, s_start, s_end, numeric=True)
    return replace(previous, start=quantity.start, end=quantity.end, sentence=index, places=places or [],
                   quantity=quantity, bound="", anchor=quantity.start, actor=actor or previous.actor,
                   quantity_text=text[quantity.start:quantity.end], restates=None, conversion_of=None)


def another_of_the_same(ctx, quantity: Quantity, facts: list[Fact], s_start: int,
                        s_end: int) -> Fact | None:
    """"64 drones were shot down and another 32 were lost", "17 settlements, including four
    in Zaporizhzhia": the bare number counts the same thing as the count before it in the
    sentence."""
    before = ctx.text[max(s_start, quantity.start - 20):quantity.start]
    from_to = parallel = record = None
    linked = re.search(r"\b(?:another|a\s+further|an\s+additional|of\s+(?:which|these|those|them|whom),?|"
                       r"including|among\s+them|compared\s+(?:with|to)|(?:up|down)\s+from|versus|against|"
                       r"(?:on\s+top\s+of|in\s+addition\s+to)(?:\s+(?:the|" + HEDGE + r"))*|"   # "sent another 3,000 soldiers, on top of the roughly 11,000 deployed last year"
                       r"an?\s+(?:daily\s+|monthly\s+|weekly\s+)?average\s+of|averaging|"
                       r"from\s+(?:a|an|its|their|the)\s+(?:[a-z]+\s+)?(?:peak|high|low|record|maximum)\s+of|"
                       r"(?:short|instead)\s+of(?:\s+the)?|rather\s+than(?:\s+the)?|out\s+of(?:\s+(?:the|a\s+total\s+of))?"
                       r"(?:\s+(?:" + HEDGE + r"))?)\s+$",
                       before, re.IGNORECASE)
    # the words linking the number to a count before it: "another ", "out of the " ("" when only the context links them)
    cue = linked.group() if linked is not None else None
    if cue is None and facts and _PREVIOUS_RECORD.search(ctx.text, max(s_start, quantity.start - 40), quantity.start):
        cue, record = "", True     # "beat the previous record, 1,940,", "the earlier daily high of 728"
    if cue is None and facts and facts[-1].quantity is not None and re.search(r"\bto\s+"
                                                                              r"(?:(?:" + HEDGE + r"|just|only)\s+)?$", before, re.IGNORECASE) and \
            re.search(r"\bfrom\s+(?:(?:" + HEDGE + r")\s+)?$",
                      ctx.text[max(s_start, facts[-1].quantity.start - 20):facts[-1].quantity.start], re.IGNORECASE):
        cue, from_to = "", True      # "shrunk from about 1,300 square kilometres at its peak to roughly 400"
    if cue is None and facts and facts[-1].quantity is not None and 0 <= quantity.start - facts[-1].end < 12 and \
            re.search(r"\bto\s+$", before) and \
            re.search(r"\b(?:raise[sd]?|raising|increase[sd]?|increasing|expand(?:s|ed|ing)?|grow(?:s|ing)?|grew|"
                      r"cut(?:s|ting)?|reduce[sd]?|reducing)\b[^.;:]{0,40}\bby\s+$",
                      ctx.text[max(s_start, facts[-1].quantity.start - 60):facts[-1].quantity.start]):
        cue, from_to = "", True      # "raise the size of the army by 180,000 troops to 1.5 million"
    if cue is None and facts and facts[-1].quantity is not None and quantity.start - facts[-1].end < 40 and \
            re.search(r"\bfrom\s+(?:(?:" + HEDGE + r"|a\s+high\s+of|a\s+peak\s+of)\s+)?$", before, re.IGNORECASE) and \
            re.search(r"\bto\s+(?:(?:" + HEDGE + r"|just|only)\s+)?$", ctx.text[max(s_start, facts[-1].quantity.start - 20):facts[-1].quantity.start],
                      re.IGNORECASE):
        cue, from_to = "", True      # "shrunk to about 110 square kilometres from more than 1,300"
    if cue is not None and not facts and re.fullmatch(r"[\"“‘']?(?:of\s+(?:these|those|them),?|another|a\s+further)\s+",
                                            cue, re.IGNORECASE) and \
            not ctx.text[s_start:quantity.start - len(cue)].strip(" \"“‘'"):
        # "… with 50 drones. Of these, 42 were shot down.": the count of the sentence before
        index = sentence_of(ctx, s_start)
        facts = [f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1]
    elif cue is None and not facts and not ctx.text[s_start:quantity.start].strip(" \"“‘'") and \
            re.match(r"\s+(?:were|have\s+been|had\s+been)\s", ctx.text[quantity.end:quantity.end + 12]):
        # "Russia launched 50 drones overnight. 41 were shot down.": a number opening its sentence, before a passive of
        # interception (read below), counts the weapons of the sentence before
        index = sentence_of(ctx, s_start)
        facts = [f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1 and f.category == "strikes"]
    after = ctx.text[quantity.end:quantity.end + 12]
    if len(facts) > 1 and facts[-1].unit_row is not None and facts[-1].unit not in SCHEMA_UNITS and \
            facts[-2].unit_row is not None and facts[-2].unit in SCHEMA_UNITS and facts[-1].quantity is not None and \
            re.fullmatch(r"\s+(?:over|across|in|from|on)\s+", ctx.text[facts[-2].end:facts[-1].quantity.number_start]):
        # "destroyed 118 drones over eight regions, including 40 over Kursk": the regions only place the
        # figure before them; the bare number counts that figure's unit
        facts = facts[:-1]
    if cue is None and facts and facts[-1].unit_row is not None and \
            quantity.start - facts[-1].end < (120 if re.search(r":\s+$", before) or _same_preposition(ctx, facts[-1], quantity)
                                              else 60) and \
            re.match(r"\s+(?:in|near|on|at|around|from|over)\s", after) and \
            _LIST_ITEM_BEFORE.search(before) and (facts[-1].unit_row.dimension == "count" or re.match(
                r"\s+(?:in|near|on|at|around|from|over)\s", ctx.text[facts[-1].end:facts[-1].end + 12])):
        # "three villages, two in Donetsk and one in Kharkiv"; an area or a length only in a parallel list:
        # "360 square kilometres in February and 290 in March"
        cue, parallel = "", True
    if cue is None and facts and facts[-1].quantity is not None and facts[-1].unit_row is not None and \
            _PRONOUN_VERB_AFTER.match(ctx.text, quantity.end, s_end) and \
            re.search(r"\bthe\s+(?:(?:" + HEDGE + r")\s+)?$", before):
        cue, parallel = "", True   # "about 250 km² …, a fraction of the 1,300 they held at the peak"
    if cue is None and facts and facts[-1].unit_row is not None and quantity.start - facts[-1].end < 40 and \
            re.search(r"[;,]\s*(?:and\s+|but\s+)?(?:in|on|by|during|over|for)\s+(?:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?,\s+"
                      r"(?:(?:" + HEDGE + r"|just|only)\s+)?$",
                      ctx.text[facts[-1].end:quantity.start]) and \
            re.match(r"\s*(?:[.;)”\"]|$)", ctx.text[quantity.end:quantity.end + 3]):
        cue, parallel = "", True   # "In March they took 160 km²; in April, 210.": the verb and unit gapped
    if cue is None and facts and facts[-1].unit_row is not None and facts[-1].quantity is not None and \
            (quantity.start - facts[-1].end < 60 and _GAPPED_HEAD.fullmatch(ctx.text, facts[-1].end, quantity.start) or
             quantity.start - facts[-1].end < 80 and _GAPPED_GROUP.fullmatch(ctx.text, facts[-1].end, quantity.start)) and \
            re.match(r"\s*(?:[.;)”\"]|,\s+and\b|$)", ctx.text[quantity.end:quantity.end + 7]):
        cue, parallel = "", True   # "…lost up to 470 servicemen; the Vostok group, up to 255; the Dnepr group, 70"
    if cue is None and facts and facts[-1].unit_row is not None and facts[-1].quantity is not None and \
            re.search(r"\bthe\s+$", before) and _PARTICIPLE_AFTER.match(ctx.text, quantity.end, s_end):
        cue, parallel = "", True   # "fired 5,200 drones, slightly above the 5,100 launched in July"
    if cue is None and facts and re.search(r"\(\s*\+\s*$", before) and \
            facts[-1].quantity is not None and (0 <= quantity.start - facts[-1].quantity.end <= 6 or
                                                0 <= quantity.start - facts[-1].end <= 6):
        cue = ""      # "about 600,000 (+1,200)", "41,000 drones (+95)": the day's addition
    if cue is None and (re.match(r"\s+(?:of\s+them|of\s+which|more(?!\s+" + _formation_noun() + r")|others)\b",
                                   ctx.text[quantity.end:quantity.end + 40]) or re.match(
            r"\s+(?:were|have\s+been|had\s+been)\s+(?:" + interception("passive", "jamming") + r"|"
            r"[\"“‘']?lost[\"”’']?\s+(?:to|through|due\s+to)\s+(?:electronic|jamming|EW)\b|"
            r"[\"“‘']?(?:(?:locally|locationally)\s+lost|lost\s+in\s+location)\b|lost\s+(?:from|off)\s+(?:the\s+)?radar|suppressed\s+by\s+electronic)\b",
            ctx.text[quantity.end:quantity.end + 50]) or (
            # "60 were shot down and 25 lost to jamming": the auxiliary of the figure before, elided
            re.match(r"\s+[\"“‘']?lost[\"”’']?\s+(?:to|through|due\s+to)\s+(?:electronic|jamming|EW)\b",
                     ctx.text[quantity.end:quantity.end + 40]) and
            re.search(r"\band\s+$", before)) or (
            _WITH_BEFORE.search(before) and _BARE_PARTICIPLE.match(ctx.text, quantity.end, s_end))):
        cue = ""      # "12 of them", "and 3,000 more", "40 were shot down", "with 45 shot down"
        if facts and re.match(r"\s+of\s+(?:them|which)\b", after) and \
                _OTHER_COUNT.search(ctx.text, facts[-1].end, quantity.start):
            return None     # "used 5,320 drones and carried out 4,100 shellings, 112 of them from …": a part of the
            # nearer count, which is of no unit of the facts
    if cue is None:
        again = _count_again(ctx, quantity, facts, s_start, before)
        if again is not None:   # the same count again, for another period, place or source (its verb and unit gapped)
            facts, gapped = again
            cue, record = "", True
            parallel = True if gapped else None
    if cue is None or not facts or re.match(r"[\s-]*(?:per|percent|%|of\s+(?!them|which))", after):
        return None
    compared = re.match(r"(?:compared|up|down|versus|against|an?\s|averaging|from)", cue, re.IGNORECASE) \
        is not None or \
        from_to is not None or record is not None     # "fell to 1,100, from a peak of 1,540": the same count earlier
    if re.fullmatch(r"(?:19|20)\d\d", ctx.text[quantity.start:quantity.end]):
        return None     # "compared with 2023": a year
    if not stands_alone(ctx, quantity) and not compared and not _PRONOUN_VERB_AFTER.match(ctx.text, quantity.end, s_end):
        return None     # "including three planes": a count of something else
    previous = facts[-1]
    if previous.category == "strikes" and previous.quantity is not None and previous.quantity.value < quantity.value \
            and re.match(r"\s+of\s+(?:them|which|these|those)\b", after):
        # "63 drones and three missiles …; air defences downed 50 of them": a part is no larger than its whole, so
        # the whole is the last launch at least as large
        previous = next((f for f in reversed(facts) if f.category == "strikes" and f.quantity is not None and
                         f.quantity.value >= quantity.value), previous)
    mixed = None
    if previous.category == "strikes" and previous.quantity is not None and previous.quantity.value < quantity.value \
            and re.search(r"\bof\s+(?:which|these|those|them),?\s+$", before, re.IGNORECASE) and len(facts) > 1:
        # "87 drones and 4 missiles, of which 60 were shot down": more than the last item, so a part of the whole list,
        # whose items are of two kinds: air targets (the table's row), launched by the side of the list
        other = facts[-2]
        if other.category == "strikes" and other.unit != previous.unit and other.quantity is not None and \
                other.quantity.value + previous.quantity.value >= quantity.value and \
                re.fullmatch(r"\s+(?:[\w’'-]+\s+){0,3}?(?:and|,)\s+", ctx.text[other.end:previous.quantity.start]) and \
                "air targets" in ctx.v.units:
            mixed = ctx.v.units["air targets"]
    if previous.unit_row is None or (previous.unit_row.dimension not in ("count", "people") and
                                     not compared and parallel is None):
        return None     # "compared with 500 in 2023", "up from 7": the figure it is compared with
    start = quantity.start - len(cue)
    places = fact_places(ctx, quantity.start, quantity.end, s_start, s_end, numeric=True)
    fact = replace(previous, start=start, end=quantity.end, places=places or list(previous.places),
                   quantity=quantity, quantity_text=ctx.text[quantity.start:quantity.end],
                   anchor=quantity.start, sentence=sentence_of(ctx, s_start), bound="",
                   restates=None, conversion_of=None)
    if mixed is not None:
        fact.unit, fact.unit_row = mixed.unit, mixed
    if previous.category == "strikes" and previous.intercepted and previous.actor in ("Russia", "Ukraine") and \
            re.match(r"out\s+of\b", cue, re.IGNORECASE):
        fact.actor, fact.intercepted = opposite(previous.actor), False   # "destroyed 45 drones out of 60": launched
    if previous.category == "casualties" and _SENT_AFTER.match(ctx.text, quantity.end, s_end):
        fact.change, fact.category = "count", "manpower"   # "3,400 … killed, and another 12,000 had been sent": deployed
    if previous.category == "strikes" and not previous.intercepted and re.match(
            r"\s+(?:[\w’'-]+\s+){0,2}?(?:(?:were|was|have\s+been|had\s+been)\s+(?:" + interception("passive", "jamming")
            + r"|[\"“‘']?(?:(?:locally|locationally)\s+)?lost[\"”’']?\s+(?:to|through|"
            r"due\s+to)\s+(?:electronic|jamming|EW)|[\"“‘']?(?:(?:locally|locationally)\s+lost|lost\s+in\s+location))|(?:" + interception("bare") + r"|"
            r"[\"“‘']?lost[\"”’']?\s+(?:to|through|due\s+to)\s+(?:electronic|jamming|EW))(?=\s+(?:by|over|to|near|in|and|or)\b"
            r"|[,.;]))\b", ctx.text[quantity.end:quantity.end + 50]):
        fact.actor, fact.intercepted = opposite(previous.actor), True   # "… while six more were lost to jamming"
    if previous.category in ("manpower", "mobilisation") and _part_lost(ctx, quantity, s_start, s_end):
        fact.change, fact.category = "loss", "casualties"
    if previous.category == "strikes" and not previous.intercepted and previous.actor in ("Russia", "Ukraine") and \
            SHOT_DOWN_BEFORE.search(before):
        # "engaged 52 air targets, downing 38 of them": shot down by the side the launch was aimed at
        fact.actor, fact.intercepted = opposite(previous.actor), True
    launched = re.match(r"\s+(?:launched|fired|sent)\s+(?:\w+\s+)?by\s+(?:the\s+)?", ctx.text[quantity.end:s_end])
    if previous.category == "strikes" and previous.intercepted and launched:
        # "shot down ~40 drones …, out of about 50 launched by Russia": the launch, by the side named
        at = quantity.end + launched.end()
        by = next((m.side for m in mentions_in(ctx, at, at + 30) if m.start == at and m.side in ("Russia", "Ukraine")), "")
        fact.actor, fact.intercepted = by or opposite(previous.actor), False
    if previous.category == "strikes" and re.match(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?[\"“‘']?lost[\"”’']?\s+"
                                                   r"(?:to|through|due\s+to)\s+(?:electronic|jamming|EW)\b",
                                                   ctx.text[quantity.end:quantity.end + 50], re.IGNORECASE):
        # "Another 12 were 'lost' to electronic jamming": brought down by the defender's electronic warfare
        fact.actor = previous.actor if previous.intercepted else opposite(previous.actor)
        fact.intercepted = True
    return fact


#: a formation counted after "more" ("deployed two more brigades of about 5,000 troops"): formations, not another figure
#: of the count before (the kinds: data/armed_units.csv, kind ``formation``, uses ``more``)
def _formation_noun() -> str:
    from saidvsdone import vocab as tables

    return tables.compiled("numeric_formation_noun", ("armed_units",), lambda: (
        r"(?:[a-z-]+\s+)?(?:" + "|".join(map(re.escape, tables.formation_words("more"))) + r")\b"))


_QUALIFIER = r"(?:(?:" + HEDGE + r"|just|only)\s+)?"
#: the preposition right before a figure, which a gapped second figure repeats ("at 1,315 … and at 39,000")
_PREPOSITION_BEFORE = re.compile(r"\b(at|for|to)\s+" + _QUALIFIER + r"$", re.IGNORECASE)
#: between a count and a bare number for another period: at most a time phrase (not a noun of its own), then "and"
#: ("… 970 soldiers in the previous day and about", "… 1,200 soldiers yesterday, and")
_PERIOD_THEN_AND = re.compile(r"(?:\s+(?:(?:in|over|during|on|for)\s+(?:the\s+)?(?:past|previous|last|preceding)\s+"
                              r"(?:day|24\s+hours|week|month|night)|yesterday|overnight|on\s+[A-Z][a-z]+day))?,?\s+and\s+" +
                              _QUALIFIER)
#: a running total's time after a bare number: "since February 2022", "since the start of the invasion", "in total"
_TOTAL_PERIOD_AFTER = re.compile(r"\s+(?:since\b|in\s+(?:total|all)\b|overall\b|so\s+far\b|to\s+date\b|altogether\b)")
#: a comparison with another period's or source's figure, by a possessive: "below August's 1,190", "than July's 30,100"
_COMPARED_POSSESSIVE = re.compile(r"\b(?:below|above|than|under|behind|short\s+of|compared\s+(?:with|to)|against|versus|"
                                  r"from|after|before)\s+(?:the\s+)?(?:[A-Z][a-z]+|last\s+(?:week|month|year)|the\s+previous"
                                  r"\s+(?:week|month|day|year)|yesterday)['’]s\s+" + _QUALIFIER + r"$")
#: a sentence that restates the figure before for another time by a pronoun: "The previous week they had been 98."
_PRONOUN_HAD_BEEN = re.compile(r"[\s\"“]*(?:(?:in|on|during|over|for|by)\s+)?(?:the\s+)?(?:previous|preceding|last|prior|"
                               r"following|next)\s+(?:day|week|month|year|fortnight)\s*,?\s+(?:they|it)\s+(?:had\s+been|"
                               r"have\s+been|has\s+been|was|were|stood\s+at|had\s+stood\s+at)\s+" + _QUALIFIER, re.IGNORECASE)


def _count_again(ctx, quantity: Quantity, facts: list[Fact], s_start: int, before: str):
    """The bare number is the count before it again, for another period, place or source: ``(facts, gapped)``, the
    facts it restates (those of the sentence before when the sentence has none) and whether the verb and unit are
    gapped in a parallel clause ("… at 1,315 over the past day and at more than 39,000 for the month"); None if not.
    (Read by :func:`another_of_the_same` when none of its own readings fits.)"""
    if facts and facts[-1].quantity is not None and facts[-1].unit_row is not None and \
            0 < quantity.start - facts[-1].end < 90:
        # "put Ukrainian losses at 1,315 over the past day and at more than 39,000 for the month", "The Pokrovsk
        # direction accounted for 196, and the Lyman direction for 148": the preposition before the figure before
        # repeated after "and", the verb and the unit gapped
        head = _PREPOSITION_BEFORE.search(ctx.text, max(s_start, facts[-1].quantity.start - 12), facts[-1].quantity.start)
        again = head and re.fullmatch(r"[^.;:!?\n]*?,?\s+and\s+(?:[\w’'-]+\s+){0,8}?" + head.group(1) + r"\s+" + _QUALIFIER,
                                      ctx.text[facts[-1].end:quantity.start], re.IGNORECASE)
        if again and (stands_alone(ctx, quantity) or re.match(r"\s+(?:for|over|in|during|since)\b",
                                                              ctx.text[quantity.end:quantity.end + 8])):
            return facts, True   # (a noun of its own cannot follow: "at 39,000 for …")
    if facts and facts[-1].quantity is not None and facts[-1].unit_row is not None and \
            facts[-1].unit_row.dimension in ("count", "people") and 0 < quantity.start - facts[-1].end < 60 and \
            _PERIOD_THEN_AND.fullmatch(ctx.text, facts[-1].end, quantity.start) and \
            _TOTAL_PERIOD_AFTER.match(ctx.text, quantity.end):
        # "Russia had lost 970 soldiers in the previous day and about 1,080,000 since February 2022": the count of
        # the day and the running total, the verb and the unit gapped
        return facts, True
    if facts and facts[-1].quantity is not None:
        possessive = _COMPARED_POSSESSIVE.search(ctx.text, max(s_start, quantity.start - 40), quantity.start)
        if possessive is not None and stands_alone(ctx, quantity):   # (not "from Russia's 3 regions")
            return facts, False   # "averaged 1,140 a day, slightly below August's 1,190"
    if facts and facts[-1].quantity is not None and facts[-1].unit_row is not None and \
            facts[-1].unit_row.dimension in ("count", "people") and stands_alone(ctx, quantity) and \
            re.search(r"\b(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?(?:reported|recorded|counted|registered|"
                      r"logged)\s+" + _QUALIFIER + r"$", before) and \
            re.search(r"\b(?:reported|recorded|counted|registered|logged)\b", ctx.text[s_start:facts[-1].quantity.start]):
        # "On some days it reported fewer than 900 Russian losses; on its worst day it reported 2,200.": the same count
        return facts, False
    if not facts and re.search(r"\baccount(?:ed|s|ing)?\s+for\s+" + _QUALIFIER + r"$", before) and \
            stands_alone(ctx, quantity):
        # "… where 312 Russian soldiers were killed or wounded. The Kostiantynivka direction accounted for 196": a part
        # of the count of the sentence before
        index = sentence_of(ctx, s_start)
        earlier = [f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1 and f.quantity is not None and
                   f.unit_row is not None and f.unit_row.dimension in ("count", "people")]
        if earlier:
            return earlier, False
    if not facts and _PRONOUN_HAD_BEEN.fullmatch(ctx.text, s_start, quantity.start) and \
            re.match(r"\s*(?:[.;”\"]|$)", ctx.text[quantity.end:quantity.end + 2]):
        # "Russian gains totalled 61 square kilometres. The previous week they had been 98.": the figure of the sentence
        # before, at another time
        index = sentence_of(ctx, s_start)
        earlier = [f for f in _recent(ctx.numeric, index - 1) if f.sentence == index - 1 and f.quantity is not None and
                   f.unit_row is not None]
        if earlier:
            return earlier, False
    return None


#: a preposition and "the" before a number of settlements: the places named before, again ("a push on the two cities")
_PLACES_NAMED_AGAIN = re.compile(r"\b(?:on|toward|towards|for|around|between|near|at|to|into|of|from)\s+(?:both\s+)?the\s+$",
                                 re.IGNORECASE)
#: between two listed loss figures: "killed and", "dead,", "killed, and"
_LISTED_LOSS = TablePattern("listed_loss", ("fact_cues",), lambda: (
    r"\s+(?:" + casualty_participles() + r")\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:" + HEDGE + r")\s+)?"))
#: a bare figure of losses: "600,000 wounded", "40 missing"
_BARE_LOSS = TablePattern("bare_loss", ("fact_cues",), lambda: r"\s+(?:" + casualty_participles() + r")\b")


def _same_preposition(ctx, previous: Fact, quantity: Quantity) -> bool:
    """A list whose items each open with the same preposition after the figure ("lost up to 1,520 servicemen in the zone
    of the Center group over the week, up to 1,195 in the area of the West group"): the items may stand far apart."""
    first = _PREPOSITION_AFTER.match(ctx.text, previous.end)
    again = _PREPOSITION_AFTER.match(ctx.text, quantity.end)
    return first is not None and again is not None and first.group(1).lower() == again.group(1).lower()


_PREPOSITION_AFTER = re.compile(r"\s+(in|near|on|at|around|from|over)\s")
#: "and a half" after a unit ("a kilometre and a half") or in a number written in words ("one and a half")
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
#: "with" (and a qualifier) right before a bare number: "launched 60 drones, with 45 shot down over Sumy"
_WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:" + HEDGE + r")\s+)?$",
                          re.IGNORECASE)
#: a participle of interception with no noun after it ("45 shot down over", "10 lost to jamming")
_BARE_PARTICIPLE = TablePattern("bare_participle", ("interception_words",), lambda: (
    r"\s+(?:" + interception("bare", "with_count") + r"|[\"“‘']?lost[\"”’']?\s+(?:to|through|due\s+to))(?=\s|[,.;])"))
#: between a figure and a bare number that repeats its verb and unit for another formation, direction or place: a
#: semicolon (or ", and") and a noun phrase with its comma ("; the Vostok (East) group, up to", "; and in Kupiansk,")
_GAPPED_HEAD = re.compile(r"[^.;:]{0,30}?(?:;|,\s+and)\s*(?:and\s+|but\s+|while\s+)?(?:(?:in|on|at|near|for|by|around)\s+)?"
                          r"(?:the\s+[\w’'-]+|[A-Z][\w’'-]*)(?:\s+(?:\([\w’' -]+\)|[\w’'-]+)){0,4},\s+"
                          r"(?:(?:" + HEDGE + r"|just|only)\s+)?")
#: the same, with a group of forces and its qualifier but no comma: "at up to 480 servicemen …, and on the East group's
#: sector at up to 215", "up to 230 Ukrainian casualties and the Dnepr group up to 75" (a ministry's losses by group)
_GAPPED_GROUP = re.compile(r"[^.;:]{0,30}?(?:,\s+)?and\s+(?:(?:on|in|for|at)\s+)?the\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+"
                           r"(?:group|grouping)(?:['’]s)?(?:\s+of\s+forces)?(?:\s+(?:sector|area|zone|direction))?"
                           r",?\s+(?:at\s+)?(?:(?:" + HEDGE + r")\s+)?")
#: a bare number described by a participle after "the" ("the 5,100 launched in July"): what the figure before counted
_PARTICIPLE_AFTER = TablePattern("participle_after", ("interception_words",), lambda: (
    r"\s+(?:launched|fired|sent|" + interception("described") + r"|lost|killed|wounded|captured|"
    r"taken|seized|gained|liberated|recorded|reported|deployed|recruited)\b"))
#: a bare number described by a clause of the same side's verb: "the 1,300 they held", "the 40 it launched"
_PRONOUN_VERB_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:they|it|we)\s+(?:had\s+|have\s+|once\s+|still\s+){0,2}"
                                 r"(?:held|controlled|occupied|captured|took|taken|seized|gained|lost|launched|fired)\b")


SHOT_DOWN_BEFORE = TablePattern("shot_down_before", ("interception_words",), lambda: (
    r"\b(?:" + interception("before_count") + r")\s+(?:(?:or|and)\s+(?:" + interception("or_also") + r")\s+)?"
    r"(?:a\s+total\s+of\s+|all\s+|a\s+record\s+|only\s+|just\s+|merely\s+)?$"), re.IGNORECASE)
# ("shot down or jammed 40", "intercepted only 19")
#: a passive of interception, then its figure after a comma or dash: "the vast majority were shot down, roughly 400"
_PASSIVE_THEN_FIGURE = TablePattern("passive_then_figure", ("interception_words",), lambda: (
    r"\b(?:were|was|have\s+been|had\s+been)\s+(?:" + interception("passive") + r")\s*(?:,|—|–|\s-)\s*"
    r"(?:(?:" + HEDGE + r"|or)\s+)?$"), re.IGNORECASE)


def whole_named_again(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int,
                      s_end: int) -> Fact | None:
    """"… only three of the nine were brought down": the whole after "of the", before the passive verb of shooting
    down, restates the launch count of that value (this sentence or the two before), read like it."""
    if not re.search(r"\bof\s+(?:the|these|those)\s+$", ctx.text[max(s_start, quantity.start - 12):quantity.start],
                     re.IGNORECASE) or quantity.vague:
        return None
    if not re.match(r"\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:also\s+)?(?:" + interception("passive") +
                    r")\b", ctx.text[quantity.end:s_end], re.IGNORECASE):
        return None
    launch = next((f for f in reversed(_recent(ctx.numeric, index - 2) + facts) if f.category == "strikes" and
                   not f.intercepted and f.quantity is not None and f.quantity.value == quantity.value and
                   f.start < quantity.start), None)
    if launch is None:
        return None
    return replace(launch, start=quantity.start, end=quantity.end, sentence=index, places=[], quantity=quantity,
                   anchor=quantity.start, quantity_text=ctx.text[quantity.start:quantity.end], bound="",
                   restates=None, conversion_of=None)


def shot_down_after(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int,
                    s_end: int) -> Fact | None:
    """"… destroyed 47 Ukrainian drones overnight. The mayor said two more had been downed near the capital", "Russia
    fired nine ballistic missiles … only three of the nine were brought down": a bare number before a passive verb of
    shooting down counts what the last count of drones or missiles (this sentence or the two before; the one "of the
    N" names) counted; the actor is the side that shot them down (the side of the interceptions before it, else the
    other side than the launch)."""
    match = _PASSIVE_AFTER.match(ctx.text, quantity.end, s_end)
    if match is None or quantity.vague or re.fullmatch(r"(?:19|20)\d\d", ctx.text[quantity.start:quantity.end]):
        return None
    earlier = [f for f in _recent(ctx.numeric, index - 2) + facts if f.category == "strikes" and f.quantity is not None
               and f.unit_row is not None and f.unit_row.dimension == "count" and index - 2 <= f.sentence <= index and
               f.start < quantity.start]
    if not earlier:
        return None
    named = number_value(match.group("of")) if match.group("of") else None
    previous = next((f for f in reversed(earlier) if named is not None and f.quantity.value == named), None)
    if previous is None and named is not None:
        return None     # "three of the nine were brought down" with no count of nine before: not read
    if previous is None:
        previous = earlier[-1]
        if not match.group("more") and previous.quantity.value < quantity.value:
            previous = next((f for f in reversed(earlier) if not f.intercepted and f.quantity.value >= quantity.value),
                            previous)
    actor = previous.actor if previous.intercepted else opposite(previous.actor)
    if actor not in ("Russia", "Ukraine"):
        return None
    places = fact_places(ctx, quantity.start, match.end(), s_start, s_end, numeric=True)
    return replace(previous, start=quantity.start, end=match.end(), sentence=index, places=places, quantity=quantity,
                   anchor=quantity.start, quantity_text=ctx.text[quantity.start:quantity.end], actor=actor,
                   change="count", intercepted=True, bound="", flags=(), restates=None, conversion_of=None)


#: a passive verb of shooting down right after a bare number: "two more had been downed", "three of the nine were
#: brought down"
_PASSIVE_AFTER = TablePattern("passive_after_figure", ("interception_words",), lambda: (
    r"\s+(?:(?P<more>more|others?)\s+)?(?:of\s+(?:the|these|those|them)(?:\s+(?P<of>\d[\d,]*|[a-z]+))?\s+)?"
    r"(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:also\s+)?(?:" + interception("passive") + r")\b"), re.IGNORECASE)


def shot_down_count(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int,
                    s_end: int) -> Fact | None:
    """"Russia launched 88 drones overnight. Ukraine's air force shot down 77.": a bare number
    after a verb of shooting down counts what the last launch count (this sentence or the two
    before) counted; the actor is the side that shot them down."""
    before = ctx.text[max(s_start, quantity.start - 40):quantity.start]
    match = SHOT_DOWN_BEFORE.search(before) or _PASSIVE_THEN_FIGURE.search(before)
    if match is None or not stands_alone(ctx, quantity) or quantity.vague:
        return None
    earlier = [f for f in _recent(ctx.numeric, index - 2) + facts if f.category == "strikes" and
               f.unit_row is not None and f.unit_row.dimension == "count" and
               index - 2 <= f.sentence <= index and f.start < quantity.start]
    if not earlier:
        return None
    previous = earlier[-1]
    if previous.quantity is not None and previous.quantity.value < quantity.value:
        # "launched 140 drones and 9 missiles. Air defences destroyed 120 of them": no more are shot down than were
        # launched, so the count is of the last launch at least as large
        previous = next((f for f in reversed(earlier) if f.quantity is not None and not f.intercepted and
                         f.quantity.value >= quantity.value), previous)
    verb_start = quantity.start - len(before) + match.start()
    of_which = None
    for of_which in re.finditer(r"\bof\s+(?:which|these|them|those)\b", ctx.text[s_start:verb_start], re.IGNORECASE):
        pass
    if of_which is not None:
        # "struck Ukraine with 95 drones, of which air defences destroyed 71": the subject is after
        # "of which"; with no side named there, the other side than the launch
        after_of = s_start + of_which.end()
        named = [m for m in mentions_in(ctx, after_of, verb_start) if m.side in ("Russia", "Ukraine")]
        actor = named[-1].side if named else \
            (opposite(previous.actor) if not previous.intercepted else previous.actor)
    else:
        actor = subject_side(ctx, verb_start, s_start) or \
            (opposite(previous.actor) if not previous.intercepted else previous.actor)
        if actor == previous.actor and not previous.intercepted:
            # "Russia launched 145 drones. The air force said it destroyed 120": no side shoots
            # down its own launch (the "it" went back to the launcher)
            actor = opposite(previous.actor)
    places = fact_places(ctx, quantity.start, quantity.end, s_start, s_end, numeric=True)
    return replace(previous, start=verb_start, end=quantity.end, sentence=index,
                   places=places, quantity=quantity, anchor=quantity.start,
                   quantity_text=ctx.text[quantity.start:quantity.end], actor=actor,
                   change="count", intercepted=True, bound="", flags=(), restates=None,
                   conversion_of=None)


#: a verb of launching right before a bare number (``fact_cues.csv``, cue ``launch_verb``): "they are now sending 400 a
#: night", "Russia fired 60 overnight"; what may stand between the verb and the number
_LAUNCH_TAIL = (r"\s+(?:(?:" + HEDGE + r"|another|a\s+further)\s+)?")


def _launch_before(ctx) -> re.Pattern:
    return word_before_regex(ctx.v.cues.get("launch_verb", frozenset()), _LAUNCH_TAIL)
#: a modal of capacity before a verb: "can now launch", "is able to fire", "could send"
_ABLE_TO = re.compile(r"\b(?:can|could|able\s+to|capable\s+of|capacity\s+to|would)\s+(?:now\s+|still\s+|already\s+|"
                      r"easily\s+|soon\s+)?$", re.IGNORECASE)
#: a target after a bare number sent: "sent 60 at the capital", "sending 40 against Odesa" (without one, or a rate after
#: it, "sent 500 to the front" is a delivery)
_SENT_AT = re.compile(r"\s+(?:more\s+|overnight\s+)?(?:at|against|towards?|over)\b", re.IGNORECASE)
#: what may follow such a bare number: "of them", "or 500", a rate ("in a night", "a week")
_BARE_STRIKE_AFTER = re.compile(r"\s+of\s+them\b|\s+or\s+(?:\d|[a-z]+\b)|\s+(?:in\s+|a\s+|per\s+|each\s+|every\s+)"
                                r"(?:a\s+|one\s+|single\s+)?(?:night|day|week|month|wave)\b")


def strikes_named_before(ctx, index: int, quantity: Quantity, s_start: int):
    """"His unit hunts the Shahed drones that Russia launches at the city. 'Last month we brought down 23 of them,' he
    said", "'They are now sending 400 or 500 in a night'": a bare number after a verb of shooting down or launching,
    with no figure of a launch before it to count again, counts the drones or missiles named last in its sentence or the
    one before (a noun with no number: the thing the quote's "them" and "they" go back to); the unit is read at the
    number (zero width), None otherwise."""
    through = _GOT_THROUGH_AFTER.match(ctx.text, quantity.end)
    if quantity.vague or not (stands_alone(ctx, quantity) or _BARE_STRIKE_AFTER.match(ctx.text, quantity.end) or through):
        return None
    before = ctx.text[max(s_start, quantity.start - 40):quantity.start]
    got = _GOT_BEFORE.search(before) if _OF_THEM_OR_MORE.match(ctx.text, quantity.end) or \
        _BARE_STRIKE_AFTER.match(ctx.text, quantity.end) else None
    verb = SHOT_DOWN_BEFORE.search(before) or _launch_before(ctx).search(before) or got
    # "…; three got through": a number opening its clause, its verb after it (read at the number itself)
    opens_clause = verb is None and through is not None and _CLAUSE_OPENS_BEFORE.search(before) is not None
    if verb is None and not opens_clause:
        return None
    verb_at = quantity.start if opens_clause else quantity.start - len(before) + verb.start()
    if verb is not None and verb.group().lower().startswith("sen") and not (
            _BARE_STRIKE_AFTER.match(ctx.text, quantity.end) or _SENT_AT.match(ctx.text, quantity.end)):
        return None     # "It sent 500 to the front last month": a delivery, not a launch (rv8)
    if _ABLE_TO.search(ctx.text, max(s_start, verb_at - 40), verb_at):
        return None     # (not what a side can launch: "can now launch more than 700 in a single night" is capacity)
    last = _strikes_word_before(ctx, index, quantity.start, s_start)
    if last is None:
        return None
    return last.group(), quantity.end, quantity.end


#: what comes right before a number that opens its clause: a stop or a quote mark, then "and", "but", "only" …
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.,;\"“‘'])[\s\"“‘']*(?:(?:and|but|only|just|while|whereas)\s+)*$",
                                  re.IGNORECASE)
#: a colloquial verb of shooting down before a bare number of the drones or missiles named before: "got two of them",
#: "went back for the drones and got four more"
_GOT_BEFORE = re.compile(r"\b(?:got|get|gets|getting)\s+(?:another\s+)?$", re.IGNORECASE)
_OF_THEM_OR_MORE = re.compile(r"\s+(?:of\s+them|more)\b")
#: a bare number opening its clause that got through: "Three got through and damaged a school" (the launcher's count)
_GOT_THROUGH_AFTER = re.compile(r"\s+(?:more\s+|others?\s+)?(?:(?:got|slipped|broke|made\s+it)\s+through\b|"
                                r"(?:had\s+|have\s+|has\s+)?(?:struck|hit|reached)\s+(?:their\s+)?targets?\b)",
                                re.IGNORECASE)
# ("…, while 24 had struck targets in six locations": those that got through)


#: a verb of losing right before a bare number: "while Ukraine said Russia had lost more than 4,500 there", "had lost
#: only 80 of them" (also :func:`another_of_the_same`'s part of a strength lost)
_LOST_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing|suffered)\s+(?:(?:" + HEDGE + r"|only|just)\s+)?$", re.IGNORECASE)


def soldiers_lost_before(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int):
    """"Russia claimed to have killed 1,600 Ukrainian soldiers in a month, while Ukraine said Russia had lost more than
    4,500 there": a bare number after a verb of losing, with soldiers lost counted before it in its sentence or the one
    before, counts soldiers too (the unit read at the number, zero width); None otherwise."""
    if quantity.vague or not _LOST_BEFORE.search(ctx.text, max(s_start, quantity.start - 30), quantity.start) or not (
            stands_alone(ctx, quantity) or re.match(r"\s+there\b", ctx.text[quantity.end:quantity.end + 7])):
        return None
    if not any(f.unit == "troops" and f.change == "loss" and f.start < quantity.start
               for f in _recent(ctx.numeric, index - 1) + facts) or "troops" not in ctx.v.units:
        return None
    return "troops", quantity.end, quantity.end


def _strikes_word_before(ctx, index: int, pos: int, s_start: int):
    """The last word of drones or missiles (a unit word of ``strikes`` counted) in the sentence before ``pos`` or the
    one before it, not a modifier ("drone operators"); None when there is none."""
    lowest = ctx.sentences[index - 1][0] if index > 0 else s_start
    last = None
    for m in ctx.v.unit_re.finditer(ctx.text, lowest, pos):
        row = ctx.v.units.get(re.sub(r"\s+", " ", m.group().lower()).replace("’", "'"))
        if row is not None and row.category == "strikes" and row.dimension == "count" and \
                not _modifies_a_head(ctx, m.end(), pos):
            last = m
    return last


def _side_of_strikes_named_before(ctx, index: int, fact: Fact, s_start: int, facts: list[Fact] = ()) -> None:
    """A figure counted by :func:`strikes_named_before` whose verb's subject names no side: the launcher is the side of the
    figure the drones or missiles word belongs to ("5,100 drones launched": Russia's), else the side named in that
    word's clause ("the Shahed drones that Russia launches"); shooting them down is the other side's."""
    word = _strikes_word_before(ctx, index, fact.quantity.start, s_start)
    if word is None:
        return
    owner = next((f for f in reversed(_recent(ctx.numeric, index - 1) + list(facts)) if f.category == "strikes" and
                  f.actor in ("Russia", "Ukraine") and f.start <= word.start() < f.end + 1), None)
    if owner is not None:
        launcher = opposite(owner.actor) if owner.intercepted else owner.actor
    else:
        w_sentence = sentence_of(ctx, word.start())
        w_start, w_end, _ = ctx.sentences[w_sentence]
        start = clause_start_at(ctx, word.start(), w_start)
        end = clause_end_at(ctx, word.end(), w_end)
        launcher = next((m.side for m in mentions_in(ctx, start, end) if m.side in ("Russia", "Ukraine")), "")
    before = ctx.text[max(s_start, fact.quantity.start - 40):fact.quantity.start]
    if _GOT_BEFORE.search(before) and not SHOT_DOWN_BEFORE.search(before):
        # "… went back for the drones and got four more": the colloquial verb's subject is a person; the side is the
        # other one than the launcher (of the word's figure or clause, else of the last launch that named one)
        launcher = launcher or ctx.last_launcher
        if launcher:
            fact.actor, fact.intercepted = opposite(launcher), True
        return
    if not launcher:
        return
    verb = SHOT_DOWN_BEFORE.search(before) or _launch_before(ctx).search(before)
    if verb is not None and subject_side(ctx, fact.quantity.start - len(before) + verb.start(), s_start):
        return     # "Russia sent 400 in a night": the side the subject names
    if SHOT_DOWN_BEFORE.search(before):
        fact.actor, fact.intercepted = opposite(launcher), True
    else:
        fact.actor = launcher


#: ", or about" before a bare number restating the figure before it as a rate, and the rate after it ("a day")
_OR_RATE_BEFORE = re.compile(r",\s+or\s+(?:(?:" + HEDGE + r"|an\s+average\s+of|on\s+average)\s+)?$")
_RATE_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|night|week|month|year)\b")


def rate_restated(ctx, quantity: Quantity, facts: list[Fact], s_start: int) -> Fact | None:
    """"Russia lost 6,500 soldiers last week, or 930 a day": a bare number after ", or" with a rate after it restates
    the figure just before it in its sentence as a rate: the same unit, side and change."""
    if quantity.vague or not _RATE_AFTER.match(ctx.text, quantity.end) or \
            not _OR_RATE_BEFORE.search(ctx.text, max(s_start, quantity.start - 30), quantity.start):
        return None
    previous = next((f for f in reversed(facts) if f.quantity is not None and f.quantity.end < quantity.start and
                     not f.flags), None)
    if previous is None or re.search(r"[.;:]", ctx.text[previous.quantity.end:quantity.start]):
        return None
    return replace(previous, start=quantity.start, end=quantity.end, quantity=quantity, anchor=quantity.start,
                   quantity_text=ctx.text[quantity.start:quantity.end], bound="", flags=(), restates=None,
                   conversion_of=None)


#: what may open an answer's paragraph before its first sentence: nothing, or the speaker's label ("ORTON: ", "A: ")
_ANSWER_LABEL = re.compile(r"[ \t]*(?:(?:[A-Z][A-Z.'’ -]{0,40}|A|Answer)\s*:\s*)?")


def answer_restates(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int) -> Fact | None:
    """"ANALYST: … some 3,000 square kilometres." "PRESENTER: Per week?" "ANALYST: About 90 a week.": a
    bare rate opening the answer to a question (the paragraph before ends with "?") restates the last figure of the
    exchange before the question (within four sentences): the same unit, side and change, as a rate."""
    text = ctx.text
    if facts or quantity.vague or index < 2 or not _RATE_AFTER.match(text, quantity.end):
        return None
    p_start = text.rfind("\n", 0, s_start) + 1
    if not _ANSWER_LABEL.fullmatch(text, p_start, quantity.start):
        return None     # the figure (with its hedge) opens the answer
    k = p_start - 1
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k <= 0 or text[k - 1] != "?":
        return None
    q_start = text.rfind("\n", 0, k) + 1
    previous = next((f for f in reversed(_recent(ctx.numeric, index - 4)) if f.start < q_start and
                     f.quantity is not None and f.unit_row is not None and f.change and not f.flags), None)
    if previous is None:
        return None
    return replace(previous, start=quantity.start, end=quantity.end, sentence=index, places=[], quantity=quantity,
                   anchor=quantity.start, quantity_text=text[quantity.start:quantity.end], bound="", flags=(),
                   restates=None, conversion_of=None)


#: a sentence that restates the figure before it: "That amounts to roughly", "This is about", "It equals"
_THAT_AMOUNTS_TO = re.compile(r"[\s\"“]*(?:That|This|It)\s+(?:amounts\s+to|is|equals|represents|comes\s+to|"
                              r"corresponds\s+to|translates\s+(?:in)?to)\s+(?:(?:" + HEDGE + r")\s+)?")


def _area_of_share_before(ctx, index: int, fact: Fact, s_start: int) -> None:
    """"Russia occupies about 19% of Ukraine's territory. That amounts to roughly 114,500 square kilometres": an area
    opening a sentence that restates the share of the sentence before ("That amounts to", "This is") is the stock
    that side holds."""
    if index == 0 or not _THAT_AMOUNTS_TO.fullmatch(ctx.text, s_start, fact.quantity.start):
        return
    share = next((f for f in reversed(_recent(ctx.numeric, index - 1)) if f.sentence == index - 1 and
                  f.change == "share" and f.actor in ("Russia", "Ukraine")), None)
    if share is not None:
        fact.change, fact.actor = "held", share.actor


def part_of_soldiers_before(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int) -> Fact | None:
    """"It said it had taken 17 prisoners during the operation. Two of them were from a penal company", "His platoon had
    started with 30 men in June. He said nine of them were still in position": a bare number with "of them" and no unit
    word before it in its sentence is a part of the soldiers counted last in the sentence before (the same unit, side
    and change; a part of a strength that died or was lost: a loss)."""
    if quantity.vague or facts or index == 0 or not _OF_THEM.match(ctx.text, quantity.end) or \
            ctx.v.unit_re.search(ctx.text, s_start, quantity.start) is not None:
        return None
    previous = next((f for f in reversed(_recent(ctx.numeric, index - 1)) if f.sentence == index - 1), None)
    s_end = ctx.sentences[index][1]
    if previous is None or previous.unit != "troops" or previous.quantity is None or \
            previous.quantity.value <= quantity.value or \
            EXCHANGE_RE.search(ctx.text, quantity.end, s_end):
        return None     # (not "Eleven of them have been swapped": freed in an exchange)
    fact = replace(previous, start=quantity.start, end=quantity.end, sentence=index, places=[], quantity=quantity,
                   quantity_text=ctx.text[quantity.start:quantity.end], anchor=quantity.start, bound="", flags=(),
                   restates=None, conversion_of=None)
    if previous.category in ("manpower", "mobilisation") and _part_lost(ctx, quantity, s_start, s_end):
        fact.change, fact.category = "loss", "casualties"   # "… 120 men. By May it had lost 80 of them"
    return fact


#: a bare number's fitness for battle right after it: "fewer than 160 fit to fight", "about 90 still combat-ready"
#: (``fit_for_combat`` words of data/fact_cues.csv)
_FIT_FOR_COMBAT = TablePattern("numeric_fit_for_combat", ("fact_cues",), lambda: (
    r"\s+(?:(?:were|was|are|is|remained|remain)\s+)?(?:still\s+|left\s+|remaining\s+)?(?:" +
    cue_alternation("fit_for_combat") + r")\b"), re.IGNORECASE)


def fit_part_of_strength(ctx, index: int, quantity: Quantity, facts: list[Fact]) -> Fact | None:
    """"His battalion began the winter with about 430 men and ended it with fewer than 160 fit to fight": a bare number
    with a word of fitness for battle after it is the part of the soldiers counted last (this sentence or the one
    before) still able to fight: a strength of the same side (a count), smaller than the soldiers counted."""
    if quantity.vague or not _FIT_FOR_COMBAT.match(ctx.text, quantity.end):
        return None
    previous = next((f for f in reversed(_recent(ctx.numeric, index - 1) + facts)
                     if f.unit == "troops" and f.start < quantity.start), None)
    if previous is None or previous.quantity is None or previous.quantity.value <= quantity.value:
        return None
    return replace(previous, start=quantity.start, end=quantity.end, sentence=index, places=[], quantity=quantity,
                   quantity_text=ctx.text[quantity.start:quantity.end], anchor=quantity.start, bound="", flags=(),
                   restates=None, conversion_of=None, change="count", category="manpower")


_REMAINING = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+remaining\s+$")


def remaining_of_launch(ctx, index: int, quantity: Quantity, facts: list[Fact], s_start: int) -> Fact | None:
    """"Russia launched 150 drones. … 90 were shot down …. The remaining 20 reached their targets": the rest of the last
    launch (this sentence or the two before) counts the same drones or missiles, the launcher's (shot down, if a verb
    of interception follows: the other side's)."""
    if quantity.vague or not _REMAINING.search(ctx.text, max(s_start, quantity.start - 20), quantity.start):
        return None
    launch = next((f for f in reversed(_recent(ctx.numeric, index - 2) + facts) if f.category == "strikes" and
                   not f.intercepted and f.actor in ("Russia", "Ukraine") and f.start < quantity.start and
                   f.unit_row is not None and f.unit_row.dimension == "count"), None)
    if launch is None:
        return None
    downed = re.match(r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:" + interception("passive") + r")\b",
                      ctx.text[quantity.end:quantity.end + 60])
    return replace(launch, start=quantity.start, end=quantity.end, sentence=index, quantity=quantity,
                   anchor=quantity.start, quantity_text=ctx.text[quantity.start:quantity.end],
                   actor=opposite(launch.actor) if downed else launch.actor, intercepted=bool(downed), change="count",
                   bound="", flags=(), restates=None, conversion_of=None)


def stands_alone(ctx, quantity: Quantity) -> bool:
    """No noun of its own follows the number: punctuation, a preposition or a verb does."""
    return bool(re.match(r"\s*(?:[,.;:)”\"]|$)|\s+(?:in|on|near|at|around|along|across|from|to|"
                         r"of|were|was|had|have|has|are|is|more|others|by|during|since|overnight|but|for|towards|toward|against|per|"
                         r"and|over|above|off|into|inside|within|while|surrendered|died|deserted|"
                         r"defected|under|after|before|amid|despite|until|the|that|which|launched|fired|sent|deployed|dispatched|"
                         r"(?:last|this|that)\s+(?:week|month|year|night|weekend|spring|summer|autumn|fall|winter)|"
                         r"yesterday|today|overnight|"
                         # a participle with no noun after it: "another 40 lost to jamming", "45 shot down over Sumy"
                         r"(?:lost|" + interception("bare", "with_count") + r")(?=\s+(?:to|by|over|near|in|on|and|or|"
                         r"due|through)\b|\s*[,.;]))\b",    # "…, including 11 last week": a time, no noun of its own
                         ctx.text[quantity.end:quantity.end + 20]))


#: a noun naming a figure as one already given, right before it: "the figure of 300,000 announced by the minister",
#: "that number of 40,000", "the administration's earlier figure of 41 villages"
_NAMED_AS_A_FIGURE = re.compile(r"(?:\b(?:the|that|this|a|its|his|her|their)\s+|[\w’'.-]+['’]s\s+)"
                                r"(?:(?:same|official|announced|earlier|previous|initial|original|revised|stated|"
                                r"quoted)\s+)?(?:figure|number|total|tally|count)\s+of\s+$", re.IGNORECASE)


def _named_as_a_figure(ctx, quantity: Quantity) -> bool:
    """"the figure of 300,000", "the administration's earlier figure of 41 villages": a figure named as one given."""
    return _NAMED_AS_A_FIGURE.search(ctx.text, max(0, quantity.start - 50), quantity.start) is not None


def _another_figure_of_the_count(ctx, index: int, fact: Fact, facts: list[Fact]) -> None:
    """"Our report gave the administration's earlier figure of 41 villages": a figure with its unit but no verb of
    its own, named as a figure of a count, is another figure for the last count of that unit given earlier in the
    article (its change and side), when there is one."""
    if fact.quantity is None or not _named_as_a_figure(ctx, fact.quantity):
        return
    earlier = next((f for f in reversed(_recent(ctx.numeric, 0) + facts) if f.unit == fact.unit and f.change and
                    f.start < fact.start and f.quantity is not None), None)   # (on the cue only: rare)
    if earlier is not None:
        fact.change, fact.actor = earlier.change, fact.actor or earlier.actor


def restated_figure(ctx, index: int, quantity: Quantity, facts: list[Fact]) -> Fact | None:
    """"… mobilised 300,000 reservists." "They announced 300,000, but …": a bare figure (of
    100 or more, not a year) that repeats one stated in the three sentences before restates
    it, with its unit and reading. Named as a figure ("the figure of 300,000 announced by the
    minister was final") it points back to the same figure anywhere earlier in the article."""
    if quantity.value < 100 or not math.isnan(quantity.high) or quantity.vague or \
            (1900 <= quantity.value <= 2100 and "," not in ctx.text[quantity.start:quantity.end]):
        return None
    named = _named_as_a_figure(ctx, quantity)
    if not (named or stands_alone(ctx, quantity)):
        return None
    lowest = 0 if named else index - 3     # (only on the cue: a look-back over the article's figures is rare)
    earlier = [f for f in _recent(ctx.numeric, lowest) + facts if lowest <= f.sentence <= index and
               f.quantity is not None and f.quantity.value == quantity.value and
               f.start < quantity.start and f.conversion_of is None]
    if not earlier:
        return None
    first = earlier[-1]
    return replace(first, start=quantity.start, end=quantity.end, sentence=index,
                   places=list(first.places), quantity=quantity, bound="",
                   quantity_text=ctx.text[quantity.start:quantity.end], anchor=quantity.start,
                   restates=first.restates or first)


#: "and" right before a figure ("… and barely 500 sq km")
_AND_BEFORE = re.compile(r"\band\s+(?:(?:barely|just|only|" + HEDGE + r")\s+)?$", re.IGNORECASE)
#: a comparison right before a figure ("up from 3,900")
_COMPARED_BEFORE = re.compile(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to))\s+(?:(?:just|" + HEDGE + r")\s+)?$",
                              re.IGNORECASE)


def compared_with_previous(ctx, fact: Fact, facts: list[Fact], s_start: int) -> None:
    """"captured 389 km² in February, down from 431 km² in January": the figure it is
    compared with is the same kind of fact, by the same side."""
    before = ctx.text[max(s_start, fact.quantity.start - 24):fact.quantity.start]
    last = facts[-1] if facts else None
    if last is not None and last.quantity is not None and last.unit_row is not None and fact.unit_row is not None and \
            last.unit_row.dimension == fact.unit_row.dimension and 0 < fact.quantity.start - last.end < 40 and \
            _AND_BEFORE.search(before) and _COMPARED_BEFORE.search(
                ctx.text, max(s_start, last.quantity.start - 30), last.quantity.start):
        # "took about 4,700 sq km, up from 3,900 sq km in the third year and barely 500 sq km in the second": a
        # figure joined by "and" to a compared one is compared too, read like it (not by the side named nearest)
        fact.category, fact.change, fact.actor = last.category, last.change, last.actor or fact.actor
        return
    if not re.search(r"\b(?:(?:down|up)?\s*from|compared\s+(?:with|to)|versus|against)"
                     r"(?:\s+(?:the|a|an))?\s+$", before, re.IGNORECASE):
        opening = _COMPARISON_OPENING.match(ctx.text, s_start, fact.quantity.start)
        if opening is None or (fact.change and fact.actor):
            return
        # "… seized about 725 km² in November. The figure compares with 610 km² in October and an average
        # of roughly 200 km² a month": a sentence comparing "the figure" with others reads them like the
        # figure of the sentence before (or the first one compared)
        index = fact.sentence
        facts = _recent(ctx.numeric, index - 1) + facts
    for previous in reversed(facts):
        if previous.unit_row is not None and fact.unit_row is not None and \
                previous.unit_row.dimension == fact.unit_row.dimension:
            fact.category, fact.change = previous.category, previous.change
            if re.search(r"\bagainst(?:\s+(?:the|a|an))?\s+$", before, re.IGNORECASE) and fact.actor in ("Russia", "Ukraine") and \
                    any(m.side == fact.actor for m in mentions_in(ctx, fact.quantity.end, fact.end)):
                return     # "150,000 Ukrainian troops … against roughly 300,000 Russian soldiers": each its own side
            fact.actor = previous.actor or fact.actor
            return


def share_of_area(ctx, fact: Fact, facts: list[Fact]) -> None:
    """"the 725 sq km taken in November amounted to less than 0.15 percent of Ukraine's territory": a share
    that an area of its sentence amounts to is that area's side's share."""
    if fact.category != "share" or fact.actor:
        return
    for previous in reversed(facts):
        if previous.unit_row is None or previous.unit_row.dimension != "area" or previous.quantity is None or \
                not _AMOUNTS_TO.search(ctx.text, previous.end, fact.quantity.start) or \
                re.search(r"[;:]", ctx.text[previous.end:fact.quantity.start]):
            continue
        # the area's side, or (a figure restated: "the 725 sq km taken in November") its first mention's
        side = previous.actor or next((f.actor for f in reversed(ctx.numeric) if f.quantity is not None and
                                       f.quantity.value == previous.quantity.value and f.unit == previous.unit), "")
        if side in ("Russia", "Ukraine"):
            fact.actor = side
        return


#: an area said to amount to a share: "amounted to", "equals", "represents", "is"
_AMOUNTS_TO = re.compile(r"\b(?:amounted|amounts|amount|amounting|equals|equalled|equaled|equal|represents|represented|"
                         r"is|was|makes\s+up|made\s+up|accounts\s+for|accounted\s+for)\s+(?:to\s+)?"
                         r"(?:(?:" + HEDGE + r"|just|only)\s+)?$")


#: a number counting some other noun, between a fact and "N of them" ("… and 4,100 shellings, 112 of them")
_OTHER_COUNT = re.compile(r"(?<![\w.,])\d[\d,.]*\s+[a-z]")


#: what opens a later item of a list of figures ("…, two in Donetsk and one in Kharkiv", "… and a record 45,720 in
#: December", "… and just 580 in 2023")
_LIST_ITEM_BEFORE = re.compile(r"(?:,|:|\band)\s+(?:a\s+record\s+|an?\s+(?:all-time\s+)?(?:peak|high|low)\s+of\s+|"
                               r"just\s+|only\s+|a\s+mere\s+)?$")


#: a sentence opening by comparing the figure just given: "The figure compares with", "That is up from"
_COMPARISON_OPENING = re.compile(r"[\s\"“]*(?:The|This|That|It|Its)\s+(?:[\w-]+\s+){0,2}?(?:compares|compared|is\s+up|"
                                 r"was\s+up|is\s+down|was\s+down|exceeds|exceeded|is\s+more|was\s+more|is\s+less|was\s+less|"
                                 r"is\s+double|was\s+double)\b")


def numeric_fact(ctx, index, s_start, s_end, quantity: Quantity, unit: Unit,
                 unit_start: int, unit_end: int, asked_side: str = "") -> Fact | None:
    """The fact a number with its unit states, read by the reading for its kind of unit. ``asked_side``: the side a
    question before it named ("how many Russian troops are inside Ukraine?"), whose count the answer gives whoever
    answers ("Our best estimate is …" from a third country's minister)."""
    start, end = quantity.start, unit_end
    if unit_end <= quantity.start:          # "the number of Russian troops … at N"
        start, end = unit_start, quantity.end
    half = unit_end > quantity.start and _AND_A_HALF.match(ctx.text, unit_end) is not None and \
        math.isnan(quantity.high) and float(quantity.value).is_integer()
    if half:        # "a kilometre and a half", "two miles and a half": the half after the unit
        quantity = replace(quantity, value=quantity.value + 0.5)
        end = _AND_A_HALF.match(ctx.text, unit_end).end()
    reading = Reading(quantity, unit, unit_start, unit_end, s_start, s_end,
                      clause_start_at(ctx, quantity.start, s_start), start, end, unit.category)
    modality = number_modality(ctx, quantity, s_start)
    if not reader(unit)(ctx, reading):
        return None
    if asked_side and reading.actor not in ("Russia", "Ukraine"):
        reading.actor = asked_side
    if reading.actor == "other":
        return None
    if unit.unit == "settlements" and not reading.change and \
            _PLACES_NAMED_AGAIN.search(ctx.text, max(s_start, quantity.start - 30), quantity.start) and \
            not any(f.unit == "settlements" and f.quantity is not None and f.quantity.value == quantity.value
                    for f in ctx.numeric):
        return None     # "a push on the two cities": places named again, no count of a change (a count said
        # before and named again, "did not comment on the three villages", restates it)
    places = fact_places(ctx, quantity.start, reading.end, s_start, s_end, numeric=True)
    if any(p.country == "other" for p in places) and \
            not any(p.country in ("Russia", "Ukraine") for p in places):
        return None
    quantity_text = ctx.text[quantity.start:quantity.end]
    historical = _historical(ctx, quantity.start, s_start, s_end)
    ratio = re.match(r"\s+(?:for|in)\s+every\b", ctx.text[reading.end:s_end]) or \
        re.search(r"\b(?:for|in|out\s+of)\s+every\s+$", ctx.text[max(s_start, quantity.start - 15):quantity.start])
    flags = reading.flags + (("vague",) if quantity.vague else ()) + \
        (("ratio",) if ratio else ()) + \
        (("inverted range",) if quantity.inverted else ()) + \
        (("historical",) if historical else ()) + \
        ((modality,) if modality in ("projected", "hypothetical") and
         not _projected_force(ctx, reading, unit, quantity, s_start, modality) and
         not _projected_reach(ctx, reading, unit, quantity, s_start, modality) else ()) + \
        (("equipment",) if reading.category == "equipment" else ()) + \
        (("strike count",) if unit.unit == "strikes" else ()) + \
        (("other unit",) if (reading.label or unit.unit) not in SCHEMA_UNITS and
         reading.category != "equipment" and unit.unit != "strikes" else ()) + \
        (("rhetorical",) if re.match(r"(?:one|a)\b", quantity_text, re.I) and re.match(
            r"[^.;:]{0,40}?\bafter\s+(?:another|the\s+other)\b", ctx.text[reading.end:s_end])
         else ()) + \
        (("rhetorical",) if re.fullmatch(r"one|a(?:\s+single)?", quantity_text, re.I) and reading.change == "distance"
         and reading.category == "distance" and inside_quote(ctx.text, quantity.start) and not half and
         not re.match(r"\s+(?:away\s+)?(?:from|of|to|short)\b", ctx.text[unit_end:s_end]) else ())
    return Fact(reading.start, reading.end, index, reading.category, reading.change,
                reading.actor, reading.label or unit.unit, places, quantity, unit,
                quantity_text, modality, anchor=quantity.start,
                intercepted=reading.intercepted, flags=flags)


#: the modals that put a force's size in the future ("could commit", "would call up"), before a ``force_projection`` verb
_PROJECTING_MODALS = ("could", "would", "might", "may")


#: a modal (those above, and "will") and "bring" that take forces (to) within a distance of a place: "would bring
#: their artillery within ", "Its capture would bring Russian forces to within about "
_BRINGS_WITHIN = re.compile(r"\b(?:" + "|".join(_PROJECTING_MODALS + ("will",)) +
                            r")\s+(?:(?:soon|also|then)\s+)?bring\s+[^.;:]{1,60}?\b"
                            r"(?:to\s+)?within\s+(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)


def _projected_reach(ctx, reading: Reading, unit: Unit, quantity, s_start: int, modality: str) -> bool:
    """"Its capture would bring Russian forces to within about 25 km of the city": the distance a side's forces would
    stand at once a place falls (the gold of every set that meets it keeps it: a distance of forces, devset §3.3), its
    modality still ``hypothetical`` but no flag, like a force's projected size (``_projected_force``) (fa32)."""
    if modality != "hypothetical" or unit.dimension != "length" or reading.change != "distance":
        return False
    return _BRINGS_WITHIN.search(ctx.text, max(s_start, quantity.start - 100), quantity.start) is not None


def _projected_force(ctx, reading: Reading, unit: Unit, quantity, s_start: int, modality: str) -> bool:
    """"Moscow could commit as many as 150,000 troops", "the army would call up another 160,000 people": the size of a
    force a side is expected to field (a ``force_projection`` verb of ``fact_cues.csv`` right after could / would /
    might / may) is a count of troops like one deployed (devset §3.3 ``count``; the gold keeps these), its modality
    still ``hypothetical`` but no flag; what-if losses ("could lose 90,000 soldiers") and strengths on paper ("should
    number 1,800") stay flagged."""
    if modality != "hypothetical" or unit.unit not in ("troops", "people") or reading.change not in ("count", ""):
        return False
    verbs = ctx.v.cues.get("force_projection", frozenset())
    pattern = word_before_regex(frozenset(f"{m} {v}" for m in _PROJECTING_MODALS for v in verbs), _PROJECTION_GAP)
    return pattern.search(ctx.text, max(s_start, quantity.start - 80), quantity.start) is not None


#: what may stand between the projecting verb and its count: "into the fighting", "as many as", "another", a quote mark
_PROJECTION_GAP = r"(?:\s+(?:up|in|another|a\s+further|as\s+many\s+as|up\s+to|more\s+than|over|some|about|around|roughly|"\
    r"nearly|almost))*\s*[\"“]?\s*"


#: a time before this war ("In 1943", "in the 1990s", "during the Second World War"): a historical figure
_BEFORE_THE_WAR = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Bb]y)\s+(?:the\s+)?(?:1[89]\d\ds?|200\d|201[0-3])\b|"
                             r"\b(?:Second\s+World\s+War|World\s+War\s+(?:II|Two|One|I)|Great\s+Patriotic\s+War|Soviet[-\s]Afghan)\b")
#: such a time opening the clause: "In 2013, …", "During the Second World War, …"
_SET_BEFORE_THE_WAR = re.compile(r"[\s\"“‘']*(?:(?:[Bb]ack|[Ee]ven)\s+)?(?:[Ii]n|[Dd]uring|[Bb]y)\s+(?:the\s+)?"
                                 r"(?:1[89]\d\ds?|200\d|201[0-3]|Second\s+World\s+War|World\s+War\s+(?:II|Two|One|I)|"
                                 r"Great\s+Patriotic\s+War|Soviet[-\s]Afghan\s+war)\b")
_PAST_VERBS = frozenset({"had", "was", "were", "lost", "took", "fought", "fell", "held", "won", "gave", "sent",
                         "left", "saw", "stood", "spent", "made", "threw", "drove", "shot", "bore", "met"})
_PRESENT_VERBS = frozenset({"has", "have", "is", "are", "am", "controls", "control", "holds", "hold", "says",
                            "say", "will", "would", "can", "could", "may", "might", "numbers", "counts",
                            "remains", "remain", "stands", "stand", "occupies", "occupy", "owns", "keeps"})


def _historical(ctx, pos: int, s_start: int, s_end: int) -> bool:
    """A figure stated of a time before this war (flag ``historical``): its own clause opens with
    that time ("In 2013, Ukraine had 130,000 troops") or names it with the figure's verb in the
    past tense ("Russia lost 5,500 soldiers in Chechnya in the 1990s"). Never a figure of another
    clause ("…; Russia said it had killed 1,200 …"), never "since <a war>" (a comparison that
    dates nothing), never a figure in the present ("controls 18% of the land Ukraine had in 1991"),
    and never when the clause names a year of this war."""
    start = clause_start_at(ctx, pos, s_start)
    end = clause_end_at(ctx, pos, s_end)
    clause = ctx.text[start:end]
    if re.search(r"\b20(?:1[4-9]|[2-9]\d)\b", clause):
        return False
    if _SET_BEFORE_THE_WAR.match(ctx.text, start, pos):
        return True
    eras = [m for m in _BEFORE_THE_WAR.finditer(clause)
            if not re.search(r"\bsince\s+(?:the\s+)?$", clause[:m.start()], re.IGNORECASE)]
    if not eras:
        return False
    before = re.findall(r"[A-Za-z’']+", ctx.text[start:pos])[::-1]
    after = re.findall(r"[A-Za-z’']+", ctx.text[pos:end])
    for words in (before, after):
        for n, word in enumerate(words):
            lower = word.lower()
            if lower in _PRESENT_VERBS:
                return False
            if lower in _PAST_VERBS or (word.islower() and len(word) > 3 and lower.endswith("ed") and not lower.endswith("eed")):
                # "have captured": a present perfect (the auxiliary comes next, scanning back)
                auxiliary = words[n + 1].lower() if words is before and n + 1 < len(words) else ""
                return auxiliary not in ("has", "have")
    return False


def reader(unit: Unit):
    """The reading function for a unit: by its dimension, then by its category."""
    if unit.dimension == "length":
        return read_length
    if unit.dimension == "share":
        return read_share
    if unit.dimension in ("area", "count") and unit.category in ("territory", "settlements"):
        return read_territory
    if unit.dimension == "people":
        return read_people
    if unit.category == "strikes":
        return read_strikes
    if unit.category == "equipment":
        return read_equipment
    return read_other


def read_other(ctx, r: Reading) -> bool:
    """Any other unit: a count, by the subject's side."""
    quantity, s_start = r.quantity, r.s_start
    r.change = "count"
    r.actor = subject_side(ctx, quantity.start, s_start)
    return True


#: a sentence opening on a part of what the sentence before counted: "Among them were", "Of those,"
#: a total before a count of troops: "the ministry's daily total came to about 1,340 Ukrainian servicemen"
_TOTAL_CAME_TO = re.compile(r"\b(?:total|tally|sum)\s+(?:came\s+to|was|stood\s+at|reached|amounted\s+to|rose\s+to)\s+"
                            r"(?:(?:" + HEDGE + r")\s+)?$",
                            re.IGNORECASE)
_SUBSET_OPENING = re.compile(r"[\s\"“]*(?:[Aa]mong\s+(?:them|those|these|the\s+\w+)\s*,?\s*(?:were|was|are|is)?|"
                             r"[Oo]f\s+(?:them|those|these)\s*,?|[Tt]hey\s+(?:included|include))\s+"
                             r"(?:(?:" + HEDGE + r")\s+)?")


#: ground or settlements that changed hands in a side's favour, after the figure: "11 settlements changing hands, all of
#: them in Russia's favour", "40 sq km changed hands in Ukraine's favour"
_HANDS_IN_FAVOUR = re.compile(r"[^.;]{0,40}?\bchang(?:ed|ing|es|e)\s+hands\b[^.;]{0,40}?\bin\s+(?:the\s+)?"
                              r"(?P<side>Russia|Ukraine|Moscow|Kyiv)['’]s\s+favou?r\b", re.IGNORECASE)


#: a period ranked by its pace, then its area after "with": "The fastest month was November, with 610 sq km"
_RANKED_PERIOD = re.compile(r"\b(?:fastest|slowest|biggest|largest|smallest|best|worst|quietest|busiest|strongest|weakest)"
                            r"\s+(?:month|week|day|year|quarter|fortnight)\s+(?:was|came)\b[^.;]{0,40}?,\s+with\s+"
                            r"(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)


#: an advance named again by a bare definite noun (no side before it), before an area or a depth: "Spread over the year,
#: the advance came to about 13 sq km a day"
_THE_ADVANCE = re.compile(r"\b[Tt]he\s+(?:(?:overall|average|daily|monthly|weekly|total|whole|slow|rapid)\s+)?"
                          r"(?:advance|offensive|push|onslaught)\b(?!\s+(?:of|by)\b)")


def _advance_named_again(ctx, index: int, fact: Fact) -> Fact:
    """"Russian forces took about 4,700 sq km … ⏎ Pace. Spread over the year, the advance came to about 13 sq km a day":
    a gain of area or depth with no side, whose advance is named again by a bare "the advance", is the side whose gains
    of ground the few sentences before read (at least twice as many as the other side's: "Ukraine won back …" among
    four of Russia's still leaves the advance Russia's; none, or as many of both sides: no side)."""
    sides = [f.actor for f in _recent(ctx.numeric, index - 6)
             if f.change == "gain" and f.unit_row is not None and f.unit_row.dimension == "area"]
    russia, ukraine = sides.count("Russia"), sides.count("Ukraine")
    if russia >= 2 * ukraine + 1:
        return replace(fact, actor="Russia")
    if ukraine >= 2 * russia + 1:
        return replace(fact, actor="Ukraine")
    return fact


#: a figure standing alone in its sentence, after at most a label with a colon ("The number of the day: 31,000.",
#: "Today's figure: about 600.")
_FIGURE_ALONE = re.compile(r"(?:[^.!?\n:]{0,60}:\s*)?(?:(?:" + HEDGE + r"|more\s+than|over|almost|nearly)\s+)?")
#: a sentence that says what the figure before it counts: "That is how many …", "This is the number of …"
_THAT_IS_HOW_MANY = re.compile(r"\s*(?:That|This)(?:[’']s|\s+is|\s+was|\s+is\s+roughly|\s+was\s+roughly)\s+"
                               r"(?:how\s+many|the\s+(?:number|count|tally)\s+of)\b")


def _unit_named_next(ctx, index: int, quantity: Quantity, s_start: int, s_end: int):
    """ "The number of the day: 31,000. That is how many Russian soldiers were killed …": a figure standing alone, whose
    unit the next sentence names after "That is how many" / "This is the number of": ((written unit, start, end), the
    end of that next sentence), or None (fa24)."""
    if not _FIGURE_ALONE.fullmatch(ctx.text, s_start, quantity.start) or \
            not re.fullmatch(r"\s*[.!]?\s*", ctx.text[quantity.end:s_end]) or index + 1 >= len(ctx.sentences):
        return None
    n_start, n_end = ctx.sentences[index + 1][:2]
    that = _THAT_IS_HOW_MANY.match(ctx.text, n_start, n_end)
    if that is None or ctx.text[s_end:n_start].count("\n") > 0:
        return None
    hit = unit_after(ctx, that.end(), n_end)
    return (hit, n_end) if hit is not None else None


#: what stands between a group that is no force (``fact_cues.csv``, cue ``team_noun``) and the count of its members in
#: apposition: "the brigade's football team, eleven soldiers in borrowed boots"
_TEAM_TAIL = r"\s*,\s+(?:(?:" + HEDGE + r")\s+)?"


#: what makes a bare count a part of a list named before it: "N of them / of these / of those"
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)


def _part_of_a_mixed_list(ctx, index: int, quantity: Quantity, fact: Fact, facts: list[Fact]) -> Fact:
    """ "fired 80 missiles and 60 drones …, and air defences destroyed 120 of them": "them" takes up the whole list
    before it, whose two items are of two kinds (missiles and drones), so the part counts air targets (the unit of
    ``units.csv`` for anything shot down in the air), not the kind of the nearer item. Only when the last two counts
    of launches were joined by "and" or a comma and the part is larger than either count but no larger than their
    sum (a part no larger than one of them is of that launch: "150 drones and 7 missiles … 131 of them" are drones);
    a list of one kind ("60 drones and 20 more drones"), or a count that names its own kind, keeps its unit (fa24)."""
    if fact.category != "strikes" or "air targets" not in ctx.v.units or quantity.value is None or \
            not _OF_THEM_AFTER.match(ctx.text, quantity.end):
        return fact
    earlier = [f for f in _recent(ctx.numeric, index - 1) + facts if f.category == "strikes" and f.quantity is not None
               and f.end <= quantity.start and f.unit_row is not None]
    if len(earlier) < 2:
        return fact
    first, last = earlier[-2], earlier[-1]   # the two counts right before it, both launched or both shot down
    if first.unit == last.unit or first.unit == "air targets" or last.unit == "air targets" or \
            first.intercepted != last.intercepted or \
            first.quantity.value + last.quantity.value < quantity.value or \
            max(first.quantity.value, last.quantity.value) >= quantity.value or \
            not re.fullmatch(r"\s+(?:[\w’'-]+\s+){0,3}?(?:and|,)\s+(?:(?:some|about|around|nearly|almost|over)\s+)?",
                             ctx.text[first.end:last.quantity.start]):
        return fact
    mixed = ctx.v.units["air targets"]
    return replace(fact, unit=mixed.unit, unit_row=mixed)


def _recent(numeric: list, lowest: int) -> list:
    """The tail of ``numeric`` (kept in sentence order) from sentence ``lowest`` on: a look-back
    reads only the last few sentences' figures, never the whole article's."""
    i = len(numeric)
    while i and numeric[i - 1].sentence >= lowest:
        i -= 1
    return numeric[i:]
