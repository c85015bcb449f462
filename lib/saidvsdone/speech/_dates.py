"""The statement date of a speech act: the date expression a cue reads (``_date_for_cue``), the day of spokespeople and
institutions, and the day carried over from a speaker's earlier words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import functools
from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left, bisect_right

import pandas as pd

from saidvsdone import mentions as _mentions
from saidvsdone import english, vocab, when
from saidvsdone.matcher import trie_pattern
from saidvsdone.matcher import lazy_fail_fast
from saidvsdone.mentions import Mention
from saidvsdone.vocab import speech_words  # (the table's words by kind; used all through this module)

from ._acts import _DATE_AFTER_CUE_WORDS, _Event, _words, Cue, cue_table, QuoteReading, RuleGuard, SpeechAct
from ._speakers import _military_body, ministries_headed, _Reader, _resolve, spokesperson_noun_fragment, _THE_BODY_NOUN
from ._layout import _DOING_REACH  # (the paragraphs after a dated doing that its day may reach)
from ._occasions import _AS_OF_TODAY, _EARLIER_OCCASION, _FINITE, _PERFECT_BEFORE, _person_side, _SIDE_WORDS, _SUBJECT_PAST, until_bound

if TYPE_CHECKING:  # (read in annotations only: the modules above import from this one)
    from ._layer import Speech


_TOLD = re.compile(r"(?i)told|tells|telling|briefed|reported\s+to|assured")


def _told_the_one_there(reader: _Reader, layer: Speech, cue_subjects, s_start: int) -> None:
    """ "Gerasimov told him that …" where "him" is a person on a dated occasion just described (Putin's
    visit on Wednesday): the speaker spoke there, that day (taken as a dated doing of the speaker)."""
    for cue, subject in cue_subjects:
        if subject is None or not subject.speaker or not _TOLD.fullmatch(cue.text):
            continue
        him = re.match(r"\s+(him|her)\b", reader.text[cue.end:cue.end + 6])
        heard = [Mention(cue.end + him.start(1), cue.end + him.end(1), "", him.group(1), "pronoun")] if him \
            else reader.mentions_between(cue.end, cue.end + 40)
        if not heard or reader.text[cue.end:heard[0].start].strip():
            continue
        # (an object pronoun is never the subject of its own sentence: read it from before the sentence)
        person = _resolve(reader, heard[0], s_start if him else heard[0].start)
        doings = layer.appearances.get(person.speaker, []) if person is not None and person.speaker else []
        if doings and doings[-1][0] < s_start <= doings[-1][1] and person.speaker != subject.speaker \
                and not any(e.start > doings[-1][4] for e in reader.dates_between(doings[-1][4] + 1, s_start)):
            _, reach, day, words, at = doings[-1][:5]
            layer.appearances.setdefault(subject.speaker, []).append((subject.start, reach, day, words, at))


# "Gerasimov made the remarks on a trip with Putin to …", "His remarks came at a meeting with Rutte": the dated
# words just told named again, with the occasion they were said at
_MADE_THE_STATEMENT = re.compile(r"\b(?:made|gave|delivered)\s+(?:the|these|those|that|this|his|her|its|their)\s+"
                                 r"(?:statement|remarks|comments|claim|announcement|report)\b"
                                 r"|\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:statement|remarks|comments|claim|announcement)\s+"
                                 r"(?:came|was\s+made|were\s+made)\b")


def _statement_made_at(reader: _Reader, layer: Speech, sentence) -> None:
    """ "Gerasimov told Putin on November 20 that …. Gerasimov made the remarks on a trip with Putin to a forward
    base.": a sentence with no day and no words of its own that names the speaker's dated statement again, with the
    people of its occasion; those people were there that day (their next undated words, "Putin, in turn, said …",
    take it, as after a dated doing). Only the speaker's last dated statement, with no other day named since (dt22)."""
    text, doc = reader.text, reader.doc
    made = next((m for m in _MADE_THE_STATEMENT.finditer(text, sentence.start, sentence.end)
                 if not doc.in_quote(m.start())), None)
    if made is None:
        return
    before = [m for m in reader.mentions_between(sentence.start, made.start()) if m.end <= made.start()]
    subject = _resolve(reader, before[0], before[0].start) if before else None
    if subject is None or not subject.speaker:
        return
    # (the speaker's last dated statement before it, among the last events read: linear on huge inputs)
    last = next((e for e in reversed(reader.events[-200:]) if e.speaker == subject.speaker and e.pos < sentence.start
                 and e.date is not None and not pd.isna(e.date) and not e.back), None)
    if last is None:
        return
    said = doc.sentence_at(last.pos)
    if said is None or any(e.start >= said.end for e in reader.dates_between(said.end, sentence.end)):
        return  # (a new time cue between: another occasion)
    paragraphs = doc.paragraphs
    reach = paragraphs[min(len(paragraphs) - 1, sentence.paragraph + _DOING_REACH)][1]
    for mention in reader.mentions_between(made.end(), sentence.end):
        person = _resolve(reader, mention, mention.start)
        if person is not None and person.speaker and person.speaker != subject.speaker \
                and _mentions.could_be_person(person.speaker, reader.who):
            layer.appearances.setdefault(person.speaker, []).append(
                (mention.start, reach, last.date, last.date_text, mention.start))


def _joint_subject(reader: _Reader, subject: Mention, s_start: int) -> Mention | None:
    """The first of two people who speak together ("Lloyd Austin and Jens Stoltenberg urged …"):
    the person named right before the subject, joined to it by "and" (titles between allowed)."""
    if subject.how not in ("name", "title") or not _mentions.is_person(subject.speaker, reader.who):
        return None
    before = [m for m in reader.mentions_between(s_start, subject.start) if m.end <= subject.start]
    if not before or not re.fullmatch(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}", reader.text[before[-1].end:subject.start]):
        return None
    other = _resolve(reader, before[-1], before[-1].start) if before[-1].how in ("name", "title") else None
    return other if other is not None and other.speaker and other.speaker != subject.speaker \
        and _mentions.is_person(other.speaker, reader.who) else None


def _last_named_day(reader: _Reader, pos: int, anchor) -> tuple[int, object] | None:
    """(position, day) of the last date outside quotes before ``pos`` that names a calendar day."""
    for expression in reversed(reader.dates_between(0, pos)):
        # ("Two days later, he told …. That same evening, X told …": the day it was read as, not counted again from it)
        day = reader.resolved.get(expression.start) or when.resolve(expression, reader.doc.published, anchor).day
        if not pd.isna(day):
            return expression.start, day
    return None


def _dated_statement_just_before(reader: _Reader, before, anchor) -> tuple | None:
    """(position, day) of a speech verb with a day of its own in the sentence ``before`` (the one right before),
    whoever its subject ("The watchdog said on Sunday …. Its director, A B, said in the same statement …": Sunday,
    though no table knows the watchdog, so no speaker's dated event records it) (dt36)."""
    doc = reader.doc
    if before is None:
        return None
    expressions = reader.dates_between(before.start, before.end)
    if not expressions:
        return None
    for cue in reversed(reader.cues_between(before.start, before.end)):
        if doc.in_quote(cue.start):
            continue
        own = _date_for_cue(doc, cue, expressions)
        # the day the sentence before was read as, not counted again from this sentence's anchor (rv24d)
        day = (reader.resolved.get(own.start) or when.resolve(own, doc.published, anchor).day) if own is not None else pd.NaT
        if not pd.isna(day):
            return cue.start, day
    return None


_SAME_OCCASION = lazy_fail_fast(r"\b(?:on|at|in|during)\s+the\s+same\s+(?:occasion|event|day|evening|morning|afternoon|night|meeting|briefing|speech|"
                                r"interview|press\s+conference|address|call|visit|summit|news\s+conference|video|post|statement|message|"
                                r"broadcast|appearance|remarks)\b"
                                r"|\b(?:said|told(?:\s+(?!that\b)[\w’'.-]+){1,3}?|stated|added|wrote|posted)(?:\s+(?:on|in|via)\s+(?:[A-Z][\w-]*|(?:its|his|her|their)\s+"
                                r"[\w-]+(?:\s+channel)?|state\s+television|television))?\s+the\s+same\s+(?:day|morning|afternoon|evening|night)\b"
                                # "said on Telegram the same day", "said the same morning that …" (dt24); "told Ukrainian
                                # television the same day" (dt29)
                                r"|(?:^|(?<=[.\n,;]\s)|\bon\s+)that\s+(?:same\s+)?day(?![\w-])"
                                # "speaking … the same evening,", "confirmed the loss the same day and said …" (dt29)
                                r"|\bthe\s+same\s+(?:day|evening|morning|afternoon|night)(?=\s*(?:,|\band\b))"
                                r"|\b(?:told|addressed|briefed)\s+the\s+same\s+(?:[\w-]+\s+)?(?:meeting|briefing|news\s+conference|"
                                r"press\s+conference|conference|summit|session|forum)\b", re.IGNORECASE)
# a gathering named as the same one: its day is the day of the last sentence naming it
_SAME_GATHERING = re.compile(r"(?i)\bsame\s+(?:[\w-]+\s+)?(meeting|briefing|news\s+conference|press\s+conference|conference|"
                             r"summit|session|forum)\b")


# "Until August 12, Ukraine did not confirm the operation, until X informed that …", "It was not until May 3 that X
# said …": the day the words ended the silence (the "until" day is otherwise no statement's: when._NOT_A_STATEMENT_DATE)
_UNTIL_THEN = re.compile(r"\s*(?:Until|Till|Not\s+until|It\s+was\s+not\s+until|It\s+was\s+only\s+on)\s+([^,;:.“”\"]{3,40}?)"
                         r"(?:,|\s+that\b|\s+did\b)")


# a sentence opening on a time that points back to the one just named ("At the time, he said …", "Back then, …"): the
# words of that earlier time, not the speaker's last dated statement (dt33)
_AT_THE_TIME = re.compile(r"\s*(?:At\s+(?:the|that)\s+time|Back\s+then|At\s+that\s+point)\s*,\s")


def _at_the_time(reader: _Reader, sentence, before, anchor) -> tuple | None:
    """(day, words) for a sentence opening "At the time," (``_AT_THE_TIME``): the time the sentence just before names,
    outside quotes (its last one): "Earlier this month, X replaced two commanders. At the time, he said …" is an earlier
    occasion with no day (NaT), "On May 3, X visited the front. At the time, he said …" is May 3. None when the opening
    is not there or the sentence ``before`` names no time (nothing to point back to)."""
    opened = _AT_THE_TIME.match(reader.text, sentence.start, sentence.end)
    if opened is None:
        return None
    if before is None or before.headline:
        return None
    named = [e for e in reader.dates_between(before.start, before.end) if not reader.doc.in_quote(e.start)]
    if not named:
        # "Russian forces pulled back from Kherson in November. At the time, the ministry said …": a past time that no
        # date expression reads (a month alone, "last year", "weeks ago") is still an earlier occasion, with no day
        # (clause (d) of the round-27 convention; dt39)
        back = next((m for m in _EARLIER_OCCASION.finditer(reader.text, before.start, before.end)
                     if not reader.doc.in_quote(m.start()) and not m.group(0).lower().startswith(("later", "had"))), None)
        return None if back is None else (pd.NaT, f"{opened.group(0).strip(' ,')} (‘{back.group(0)}’)")
    return _time_named(reader, named[-1], anchor, opened.group(0).strip(" ,"))


# "on the second day of the summit", "on the third day of talks in Istanbul": a day counted from a gathering's opening
# (the multi-day events of data/speech_words.csv, ``closing_event``: summits, talks, visits, trips; dt39, rv27fixa)
_NTH_DAY_OF = vocab.TablePattern("nth_day_of_gathering", ("speech_words",), lambda: (
    r"(?i)\b(?:on|during)\s+(?:the\s+)?(second|third|fourth|fifth)\s+day\s+of\s+(?:the\s+|a\s+|its\s+|his\s+|her\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(" + (trie_pattern(speech_words()["closing_event"], spaces=True) or "(?!)") + r")\b"))
# the gathering opening on a named day: "opening the summit on Tuesday", "the talks, which began on Monday"
_GATHERING_OPENED = re.compile(r"(?i)\b(?:open(?:ed|ing|s)?|beg[au]n|beginning|start(?:ed|ing|s)?|kick(?:ed)?\s+off)\b")


def _nth_day_of_gathering(reader: _Reader, s_start: int, s_end: int, anchor) -> tuple | None:
    """(day, words) for "Speaking at a news conference on the second day of the summit, X said …" after "…, opening
    the summit on Tuesday, said …": the day the copy gives the gathering's opening, counted on (Tuesday's second day is
    Wednesday); None when no sentence before ties a day to the gathering's opening. The day is the first the sentence
    names after its opening verb ("The summit, which opened on Tuesday, ends on Thursday": Tuesday; "opened their summit
    on Tuesday, a day after missiles hit Odesa on Monday": Tuesday), else the last before it ("On Tuesday, leaders opened
    the summit"); the gathering's noun is a whole word ("trip" is not "tripled") (rv27fixa)."""
    found = _NTH_DAY_OF.search(reader.text, s_start, s_end)
    if found is None or reader.doc.in_quote(found.start()):
        return None
    noun = _nouns_pattern(frozenset({found.group(2).lower().split()[-1]}))
    doc, seen = reader.doc, None
    for e in reversed(reader.dates_between(0, s_start)):  # the sentences that name a day, walked back (rv27fixa)
        sentence = doc.sentence_at(e.start)
        if sentence is None or sentence.end > s_start or sentence is seen:
            continue
        seen = sentence
        opened = _GATHERING_OPENED.search(reader.text, sentence.start, sentence.end)
        if opened is None or noun.search(reader.text, sentence.start, sentence.end) is None:
            continue
        named = [e for e in reader.dates_between(sentence.start, sentence.end) if not doc.in_quote(e.start)]
        if not named:
            continue
        after = [e for e in named if e.start >= opened.start()]
        first = after[0] if after else named[-1]
        day = reader.resolved.get(first.start) or when.resolve(first, doc.published, anchor).day
        if day is None or pd.isna(day):
            return None
        n = english.ORDINAL_WORDS[found.group(1).lower()]
        return day + pd.Timedelta(days=n - 1), f"{found.group(0).strip()} (‘{first.text}’ + {n - 1})"
    return None


def _time_named(reader: _Reader, last, anchor, words: str) -> tuple:
    """(day, words) for words put back at the time ``last`` names: the day it was read as (NaT when it names none),
    with ``words`` ("At the time", "said at the time") and the time's own words for the basis."""
    day = reader.resolved.get(last.start) or when.resolve(last, reader.doc.published, anchor).day
    return (pd.NaT if pd.isna(day) else day), f"{words} (‘{last.text}’)"


def _until_then(reader: _Reader, s_start: int, s_end: int, cue_subjects, anchor) -> tuple | None:
    opened = _UNTIL_THEN.match(reader.text, s_start, s_end)
    cue = cue_subjects[0][0]
    if opened is None or cue.start < opened.end():
        return None
    if opened.group(0).rstrip().endswith(",") and not re.search(r",\s+(?:until|when|before)\s", reader.text[opened.end():cue.start]):
        return None  # "Until August 12, the ministry said, …": a period's end, not the words' day
    found = when.find("on " + opened.group(1))
    if len(found) != 1 or found[0].end != len("on " + opened.group(1)) or found[0].kind in ("vague", "relative_far"):
        return None
    day = when.resolve(found[0], reader.doc.published, anchor).day
    return None if pd.isna(day) else (day, opened.group(1))


# "on the eve of the parade": the day before an occasion the article dates elsewhere
_EVE_OF = re.compile(r"[Oo](?<!\w.)n\s+the\s+eve\s+of\s+(?:the|his|her|its|their|this|that)\s+(?:[\w’'-]+\s+){0,2}?"  # (issue 17)
                     r"(parade|summit|talks|meeting|visit|vote|referendum|conference|election|ceremony|address|speech)\b")


def _named_day_before(reader: _Reader, noun: str, pos: int):
    """The day of the last sentence before ``pos``'s sentence that names ``noun`` and a day of its own."""
    i = reader.text.lower().rfind(noun.lower(), 0, pos)
    sentence = reader.doc.sentence_at(i) if i >= 0 else None
    if sentence is None or sentence.end > pos:
        return None
    for e in reader.dates_between(sentence.start, sentence.end):
        if e.kind not in ("vague", "relative_far"):
            day = when.resolve(e, reader.doc.published).day
            if not pd.isna(day):
                return day
    return None


# a day counted from an event the article dates elsewhere ("the day after the strike", "Two days after the attack",
# "Hours after the raid", "The day before the talks"): the event's day plus or minus the count; words framed by it (before
# the speech verb, or right after it) were said that day (dt18). The event nouns are the ``counted_event`` words of
# data/speech_words.csv; an ``attack_event`` noun ("strike") is found as any of them ("a missile reduced it to rubble
# on Saturday night")
_EVENT_OFFSET = vocab.TablePattern("event_offset", ("speech_words",), lambda: (
    r"(?i)\b(?:(?P<the>the\s+(?:day|night|evening|morning))|(?P<count>a|" + english.number_words(1, 6) + r")\s+days?"
    r"|(?P<hours>(?:(?:a\s+few|several|" + english.number_words(2, 6) + r")\s+)?hours|minutes|shortly|soon|just|moments))\s+"
    r"(?P<way>after|before)\s+(?:the|his|her|its|their|this|that|[\w’']+day[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>"
    + (trie_pattern(speech_words()["counted_event"] | speech_words()["attack_event"]) or "(?!)") + r")s?\b"))
_COUNT_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted_from_event(reader: _Reader, cue_subjects, s_start: int, s_end: int) -> tuple | None:
    """(day, words) for a sentence whose words are framed by a day counted from an event dated above (``_EVENT_OFFSET``);
    else None. Not a count inside what is reported ("X said that two days after the strike, troops …")."""
    text, doc = reader.text, reader.doc
    first = cue_subjects[0][0]
    for m in _EVENT_OFFSET.finditer(text, s_start, s_end):
        if doc.in_quote(m.start()) or (m.start() > first.end and (
                m.start() - first.end > 40 or re.search(r"\bthat\b|[“\"]", text[first.end:m.start()]))):
            continue
        noun = m.group("noun").lower()
        nouns = speech_words()["attack_event"] if noun in speech_words()["attack_event"] else {noun}
        held = _event_named_before(reader, nouns, s_start)
        if held is None:
            held = _event_referred_back(reader, nouns, s_start)
        if held is None:
            continue
        days = 0 if m.group("hours") else 1 if m.group("the") else _COUNT_DAYS[m.group("count").lower()]
        return held + pd.Timedelta(days=days if m.group("way").lower() == "after" else -days), m.group(0)
    return None


def _event_named_before(reader: _Reader, nouns, pos: int):
    """The day of the last sentence before ``pos``'s sentence that names one of ``nouns`` (or its plural) and a day of its
    own (walked back over the days the text names, not over every mention of the nouns: "The strike came as …" gives
    none)."""
    found = _nouns_pattern(frozenset(nouns))
    text, doc = reader.text, reader.doc
    for e in reversed(reader.dates_between(0, pos)):
        if e.kind in ("vague", "relative_far", "relative_event"):
            continue
        sentence = doc.sentence_at(e.start)
        if sentence is None or sentence.end > pos or not any(
                not doc.in_quote(m.start()) for m in found.finditer(text, sentence.start, sentence.end)):
            continue
        day = when.resolve(e, doc.published).day
        if not pd.isna(day):
            return day
    return None


def _event_referred_back(reader: _Reader, nouns, pos: int):
    """The day of an event a sentence before ``pos`` refers back to by the noun with no day ("The parliament on Saturday
    approved the aid package. The vote followed months of delay. … Speaking shortly after the vote, X said"): the last
    day named in that sentence's paragraph before it, when no other sentence between names another day (dt40)."""
    text, doc = reader.text, reader.doc
    last = None
    for m in _nouns_pattern(frozenset(nouns)).finditer(text, 0, pos):
        # (a definite reference back only: "A vote on the aid is still blocked" mentions a vote, names none, rv28a)
        if not doc.in_quote(m.start()) and _DEFINITE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            last = m
    sentence = doc.sentence_at(last.start()) if last is not None else None
    if sentence is None or sentence.end > pos or reader.dates_between(sentence.start, pos):
        return None  # (a day named since: the noun's sentence, or a sentence after it, tells another time)
    a = doc.paragraphs[sentence.paragraph][0]
    days = [e for e in reader.dates_between(a, sentence.start) if e.kind in when.CALENDAR_KINDS]
    if not days or doc.in_quote(days[-1].start):
        return None
    day = when.resolve(days[-1], doc.published).day
    return None if pd.isna(day) else day


#: "the ", "this final ", "that long-awaited " right before a noun: a definite reference back to an event
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?$")


@functools.lru_cache(maxsize=32)
def _nouns_pattern(nouns: frozenset) -> re.Pattern:
    """The event nouns (and their plurals) as one pattern, compiled once per set."""
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(x) for x in sorted(nouns, key=lambda w: (-len(w), w)))
                      + r")s?\b")


_GATHERING_NOUN = {noun: re.compile(r"(?i)\b" + r"\s+".join(noun.split()) + r"\b") for noun in (
    "meeting", "briefing", "news conference", "press conference", "conference", "summit", "session", "forum")}


def _gathering_named_before(reader: _Reader, noun: str, pos: int, anchor):
    """The day of the last sentence before ``pos`` that names the gathering ``noun`` with a day of its own (or, with
    none, the closing part of an event whose end the text dated: "at the summit's closing news conference")."""
    found = _GATHERING_NOUN[" ".join(noun.lower().split())]
    last = None
    for m in found.finditer(reader.text, 0, pos):
        last = m
    sentence = reader.doc.sentence_at(last.start()) if last is not None else None
    if sentence is None or sentence.end > pos:
        return None
    for e in reader.dates_between(sentence.start, sentence.end):
        if e.kind not in ("vague", "relative_far"):
            day = when.resolve(e, reader.doc.published, anchor).day
            if not pd.isna(day):
                return day
    closing = _event_end_day(reader, sentence.start, sentence.end, anchor)
    return closing[0] if closing is not None else None


# the closing part of an event ("at the summit's closing news conference", "On the summit's final day", "at the
# closing session of the forum"): the day the text says the event ended ("ended their two-day summit … on Wednesday")
# (the ``closing_event`` words of data/speech_words.csv, lower case, read in any case)
def _event_words() -> str:
    return trie_pattern(speech_words()["closing_event"]) or "(?!)"


_EVENT_CLOSING = vocab.TablePattern("event_closing", ("speech_words",), lambda: (
    r"(?i)\b(?:the\s+)?(" + _event_words() + r")['’]s\s+(?:closing|final|last)\s+"
    r"(?:day|session|news\s+conference|press\s+conference|"
    r"meeting|event|statement|hours?)\b"
    r"|\b(?:closing|final|last)\s+(?:day|session|news\s+conference|press\s+conference|meeting)\s+"
    r"of\s+the\s+(?:[\w’'-]+\s+){0,2}?(" + _event_words() + r")\b"))
_EVENT_ENDED = re.compile(r"(?i)\b(?:ended|closed|concluded|wrapped\s+up|came\s+to\s+an\s+end|drew\s+to\s+a\s+close)\b")


def _event_end_day(reader: _Reader, start: int, end: int, anchor) -> tuple | None:
    """(day, words) when the span ``start:end`` names the closing part of an event (``_EVENT_CLOSING``) and an earlier
    sentence says that event ended on a day ("NATO leaders ended their summit in Vilnius on Wednesday"); else None."""
    text, doc = reader.text, reader.doc
    closing = next((m for m in _EVENT_CLOSING.finditer(text, start, end) if not doc.in_quote(m.start())), None)
    if closing is None:
        return None
    ends, sentences = _sentences_ending(reader, (closing.group(1) or closing.group(2)).lower())
    at = bisect_right(ends, start)
    if not at:
        return None
    sentence = sentences[at - 1]  # the last sentence before ``start`` that says the event ended
    for e in reader.dates_between(sentence.start, sentence.end):
        if e.kind not in ("vague", "relative_far", "relative_event") and text[e.end:e.end + 2] not in ("'s", "’s"):
            day = when.resolve(e, doc.published, anchor).day
            if not pd.isna(day):
                return day, closing.group(0)
    return None


def _sentences_ending(reader: _Reader, noun: str) -> tuple[list, list]:
    """The ends of the words of ending (``_EVENT_ENDED``, not in a quote) whose sentence names the event ``noun`` (or its
    plural), in order, and those sentences: read once per document and noun (a scan of the text before every closing
    part would grow with the square of a long text's length; rv8)."""
    cache = reader.__dict__.setdefault("_ending_sentences", {})
    if noun not in cache:
        text, doc = reader.text, reader.doc
        if "_ended" not in cache:
            cache["_ended"] = [(m.end(), s) for m in _EVENT_ENDED.finditer(text)
                               if (s := doc.sentence_at(m.start())) is not None and not doc.in_quote(m.start())]
        found = re.compile(r"(?i)\b" + noun + r"s?\b")
        kept = [(e, s) for e, s in cache["_ended"] if found.search(text, s.start, s.end)]
        cache[noun] = ([e for e, _ in kept], [s for _, s in kept])
    return cache[noun]


_SAME_DAY = re.compile(r"(?i)day|evening|morning|afternoon|night")


def _speaks_as_person(subject: Mention, who, text: str = "") -> bool:
    """Whether "he" or "she" may later refer to this speaker (not "the ministry", not NATO, not a medium no table knows
    written as one in ``text``: "the Hartwell news agency reported", "state broadcaster Vesti-24 reported")."""
    if subject.speaker:
        if subject.how == "role" and _THE_BODY_NOUN.fullmatch(subject.as_written) \
                and subject.as_written.split()[-1].lower() in _words("institution_noun"):
            return False  # "The outlet cautioned" after "Kestrel Desk, a small exile outlet" (sk43)
        if text and subject.how == "unknown name":
            from saidvsdone.attribution import written_as_medium  # (attribution imports speech)
            if written_as_medium(text, subject):
                return False
        return _mentions.could_be_person(subject.speaker, who)
    words = re.findall(r"[\w’'-]+", re.split(r"\s+(?:of|for|in|at)\s+", subject.as_written)[0])
    return not (words and words[-1].lower() in _words("institution_noun"))


_DAYS_AFTER = re.compile(r"(?:\b(?P<n>a|an|" + english.number_words(1, 7) + r"|\d{1,3})\s+days?|\bthe\s+day)\s+(?P<which>after|before)\s+"
                         r"(?P<clause>(?:[\w’'.-]+\s+){0,6}?"
                         # (a subject with its apposition: "three days after Russia's army chief, A B, told …", dt40)
                         r"(?:[\w’'.-]+,\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+,\s+)?)$", re.IGNORECASE)


#: "a week after X said", "months before X said": an earlier occasion whose day the article does not fix
_PERIOD_AFTER = re.compile(r"\b(?:a|an|" + english.number_words(1, 6) + r"|several|a\s+few|some)\s+(?:weeks?|months?|years?)\s+"
                           r"(?:after|before)\s+(?:[\w’'.-]+\s+){0,6}?$", re.IGNORECASE)


# "… would be presented to allies later this month", "by the end of this year": a time to come in what is reported
_TIME_TO_COME = re.compile(r"\b(?:later|next|by\s+the\s+end\s+of|before\s+the\s+end\s+of|until\s+the\s+end\s+of)\s+$",
                           re.IGNORECASE)


# "X said at the time", "he said then", "At the time, X said": the time the sentence before names
# "X, who toured the plant in June, said at the time …": the verb put back at a time named before it (dt36)
# (not "at the time of writing": the present; a bare "then" is a sequence, not a time, for the speaker's own words)
_SAID_AT_THE_TIME = re.compile(r"\s+(?:at\s+(?:the|that)\s+time|(?:back\s+)?then)\b(?!-|\s+of\b)")


def _said_at_the_time(reader: _Reader, cue_subjects, sentence, before, anchor) -> tuple | None:
    """(day, words) for words said "at the time" (``_SAID_AT_THE_TIME`` right after the verb): the time named last
    before the verb in the sentence's own asides ("X, who visited the plant in mid-June, said at the time …": mid-June,
    no day, NaT; "…, who toured the front on Friday, …": Friday), else a time with no day in the sentence just before
    ("In 2023, troops reached the river. X said at the time …": NaT); the speaker's last dated words are another
    occasion. None when no verb is so followed, no time is named, or the sentence before names a day (its dated words,
    "On September 30, X said …. “…,” X said at the time.", are read as before)."""
    text = reader.text
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    found = _SAID_AT_THE_TIME.match(text, cue.end) if cue is not None else None
    if found is None or found.group(0).strip().lower() == "then":
        return None
    named = [e for e in reader.dates_between(sentence.start, cue.start) if not reader.doc.in_quote(e.start)]
    rough = [m for m in _EARLIER_OCCASION.finditer(text, sentence.start, cue.start) if not reader.doc.in_quote(m.start())]
    if not named and not rough and before is not None and not before.headline:
        if reader.dates_between(before.start, before.end):
            return None  # a day in the sentence before: the speaker's words of that day, read as they were
        rough = [m for m in _EARLIER_OCCASION.finditer(text, before.start, before.end) if not reader.doc.in_quote(m.start())]
    if rough and (not named or named[-1].start < rough[-1].start()):  # "in mid-June", "In 2023": a time with no day
        return pd.NaT, f"{found.group(0).strip()} (‘{rough[-1].group(0)}’)"
    if not named:
        return None
    return _time_named(reader, named[-1], anchor, found.group(0).strip())


_AT_THE_TIME_FRONTED = re.compile(r"\s*At\s+the\s+time\s*,")


def _at_that_time(reader: _Reader, cue_subjects, s_start: int, s_end: int, told) -> tuple | None:
    """(day, words) for words said "at the time" (or "then") right after dated words of another speaker
    in the sentence before: the time just named ("On Monday, Belousov told the board …. Putin, who
    attended, said at the time …"). The speaker's own words in the sentence before date them as before."""
    text = reader.text
    for cue, subject in cue_subjects:
        if subject is None or not subject.speaker:
            continue
        found = _SAID_AT_THE_TIME.match(text, cue.end) or (_AT_THE_TIME_FRONTED.match(text, s_start)
                                                            if cue is cue_subjects[0][0] else None)
        if found is None or reader.last_spoke(subject.speaker, s_start) >= told[0]:
            return None
        return told[1], found.group(0).strip(" ,")
    return None


# "Y, who spoke alongside him, said", "Standing next to her, Y said": the occasion of the words of the one just quoted
_ALONGSIDE_HIM = lazy_fail_fast(r"\b(?:spoke|speaking|stood|standing|appeared|appearing|sat|sitting)\s+(?:alongside|beside|next\s+to)\s+(?:him|her)\b"
                                r"|\b(?:Alongside|Beside|Next\s+to)\s+(?:him|her)\s*,"
                                r"|\bwho\s+(?:joined|sat\s+in\s+on)\s+(?:the|our)\s+(?:conversation|interview|talk)\b", re.IGNORECASE)


_ALONGSIDE_GUARD = RuleGuard(_ALONGSIDE_HIM)


# the bare "later" of a main clause ("He later said", "Later, X told", "X said later"): not a time of its own ("later this
# week", "later in March", "later on Friday", "later that day" (``when``), "days later", "much later") (dt34)
_BARE_LATER = re.compile(r"(?<![\w-])[Ll]ater\b(?![-’']|\s+(?:this|that|these|those|in|on|at|during|the|next|last|than|"
                         r"today|tonight|yesterday|\w+day)\b)")
_ANY_LATER = re.compile(r"(?i)\blater\b")
_COUNTED_LATER = re.compile(r"(?i)\b(?:days?|weeks?|months?|years?|hours?|minutes?|moments?|much|long|\d+)\s+$")
# the kinds of date expression that name one day: a day named between two statements is a new time cue
_ONE_DAY_KINDS = frozenset(("iso", "numeric", "weekday_week", "weekday_day", "nth_weekday", "explicit", "relative_event",
                            "relative", "weekday", "day_of_month", "holiday"))


def _later_going_on(reader: _Reader, cue_subjects, s_start: int, s_end: int) -> tuple | None:
    """ "He later said …", "Milley later told reporters outside the hearing room …", "Later, X added …": a bare "later"
    in the main clause of a speaker whose last words above are dated, with no other day named in between (no other
    voice's dated words, no day in the narration): the same speaker going on later that day, (day, words); else None.
    Another voice's "later" ("Y later said", after X's dated words) is a new occasion with no day, as before (dt34)."""
    cue, subject = next(((c, s) for c, s in cue_subjects if s is not None), (None, None))
    if subject is None or not subject.speaker:
        return None
    text = reader.text
    later = next((m for m in _BARE_LATER.finditer(text, s_start, min(s_end, cue.end + 12))
                  if not reader.doc.in_quote(m.start())
                  and not _COUNTED_LATER.search(text, max(s_start, m.start() - 12), m.start())), None)
    if later is None:
        return None
    events, in_order = reader.events, reader.events_in_order
    # (the events before the sentence by bisection when they stand in text order, not a scan of them all: rv22c)
    k = bisect_left(events, s_start, key=lambda e: e.pos) if in_order else len(events)
    last = next((e for e in map(events.__getitem__, range(k - 1, -1, -1)) if e.pos < s_start
                 and e.speaker == subject.speaker and e.date is not None), None)
    if last is None or pd.isna(last.date) or _ANY_LATER.search(last.date_text):
        return None  # (words dated by a "later" of their own, "later in the day": no day to go on from)
    j = bisect_right(events, last.pos, 0, k, key=lambda e: e.pos) if in_order else 0
    if any(e.date is not None and not pd.isna(e.date) and e.date != last.date
           for e in map(events.__getitem__, range(j, k)) if last.pos < e.pos < s_start):
        return None  # another voice's words of another day between: a new time cue
    for e in reader.dates_between(last.pos + 1, s_start):
        if e.kind not in _ONE_DAY_KINDS or reader.doc.in_quote(e.start):
            continue
        opening = reader.doc.sentence_at(e.start)
        if opening is None or len(text[opening.start:e.start].split()) > 3:
            continue  # (a day inside a sentence's telling, "… around the town today?": background, no new time cue)
        day = when.resolve(e, reader.doc.published, last.date).day
        if pd.isna(day) or day != last.date:
            return None  # a sentence opening on another day between ("On Thursday, troops …"): a new time cue
    return last.date, f"{later.group(0)}, after ‘{last.date_text}’"


def _alongside(reader: _Reader, layer: Speech, cue_subjects, s_start: int) -> tuple | None:
    """(day, words) for words of one who "spoke alongside him" (stood beside her …) at the occasion of
    the last other person who spoke before: that person's last dated words, when no day is named
    after them."""
    if not reader.may_match(_ALONGSIDE_GUARD):
        return None
    subject = next((subj for _, subj in cue_subjects if subj is not None), None)
    found = _ALONGSIDE_HIM.search(reader.text, s_start, cue_subjects[-1][0].start)
    if found is None or reader.doc.in_quote(found.start()) or subject is None or not subject.speaker:
        return None
    other = next((e.speaker for e in reversed(reader.events) if e.pos < s_start and e.speaker
                  and e.speaker != subject.speaker and e.person), None)
    dated = [e for e in reader.events if e.speaker == other and e.pos < s_start
             and e.date is not None and not pd.isna(e.date)] if other else []
    if not dated:  # "We spoke to him on Friday. … His deputy, who joined the conversation, added": that occasion
        seen = [a for a in layer.appearances.get(other, ()) if a[0] < s_start <= a[1]] if other else []
        return (seen[-1][2], found.group(0)) if seen and seen[-1][5:] == (True,) else None
    if reader.dates_between(reader.doc.sentence_at(dated[-1].pos).end, s_start):
        return None
    return dated[-1].date, found.group(0)


def _next_sentence_act(acts, i: int, doc) -> tuple | None:
    """(j, its sentence): ``acts[j]`` the first act after the sentence of ``acts[i]`` (its neighbours only, no rescan),
    when its sentence comes right after that one with nothing in between; else None (for a speaker's words going on in
    the very next sentence: ``_unnamed_dated_next``, ``_unnamed_then_named``)."""
    sentence = doc.sentence_at(acts[i].cue.start)
    j = next((j for j in range(i + 1, len(acts)) if sentence is not None and acts[j].cue.start >= sentence.end), -1)
    after = doc.sentence_at(acts[j].cue.start) if j >= 0 else None
    if after is None or doc.text[sentence.end:after.start].strip():
        return None
    return j, after


def _unnamed_dated_next(reader: _Reader, layer: Speech) -> None:
    """ "A senior Western official said Russia had massed troops …. “We see the build-up,” the official
    told reporters in Brussels on Tuesday.": an unnamed person's undated words go on in the very next
    sentence, where "the <same noun>" names the day: one statement, that day (§3.5, the same event)."""
    acts, doc = layer.acts, reader.doc
    for i, act in enumerate(acts):
        written = act.speaker.as_written.lower().split()
        if act.speaker.speaker or act.date is not None or written[:1] not in (["a"], ["an"], ["one"]):
            continue
        found = _next_sentence_act(acts, i, doc)
        later, after = (acts[found[0]], found[1]) if found is not None else (None, None)
        if found is None or later.speaker.speaker \
                or later.date is None or pd.isna(later.date) \
                or later.speaker.as_written.lower().split() not in (written, ["the", written[-1]]) \
                or reader.dates_between(act.cue.end, after.start):
            continue
        acts[i] = SpeechAct(act.sentence, act.cue, act.speaker, later.date, later.date_text)


# the role a spokesperson's apposition gives without the noun ("Maj. A B, who speaks for the eastern group, told …"),
# or with one of the ``spokesperson_noun`` words of data/speech_words.csv
_SPEAKS_FOR = vocab.TablePattern("speaks_for", ("speech_words",), lambda: (
    r"(?i:\b(?:who\s+)?speaks\s+for\b|\b(?:" + spokesperson_noun_fragment() + r")\b)"))
# the apposition right after the name that may carry the role noun again ("A B, an official at the council, said")
_APPOSED_AFTER_NAME = re.compile(r"\s*,\s*([^,;:“”\"]{1,120}),")


def _unnamed_then_named(reader: _Reader, layer: Speech, readings: list[QuoteReading]) -> None:
    """ "…, a Ukrainian military spokesman said Tuesday. Maj. A B, who speaks for the eastern group of forces, told
    national television that …": a wire's lede gives an unnamed person's words a day, and the very next sentence names
    him, his role noun again in an apposition right after his name ("A B, an official at the council, said", "who speaks
    for", "a spokesman for"; not a title before another's name, "Kremlin official Y said"), and no side of his against
    the side the unnamed one's words give ("a senior Ukrainian official"): one person, one statement going on (Clarifications, "Dating by the same event"), that day; his quotes of
    that sentence too, and a dated statement of his own, so "“…,” he said" after it goes on with it (dt37). Not when
    the named person has dated words already, nor when the next sentence names a day of its own."""
    acts, doc, text = layer.acts, reader.doc, reader.text
    for i, act in enumerate(acts):
        written = act.speaker.as_written.lower().split()
        if act.speaker.speaker or act.date is None or pd.isna(act.date) or written[:1] not in (["a"], ["an"]) \
                or len(written) < 2:
            continue
        head = written[-1]
        found = _next_sentence_act(acts, i, doc)
        j, after = found if found is not None else (-1, None)
        later = acts[j] if found is not None else None
        name = later.speaker.speaker if later is not None else ""
        if found is None or not name or later.date is not None \
                or not _mentions.could_be_person(name, reader.who) or layer.dated_events.get(name) \
                or reader.dates_between(after.start, after.end):
            continue
        # (the attribution up to the speaker's last verb in the sentence: "who speaks for …, told" has a verb of its own)
        same = range(j, next((k for k in range(j, len(acts)) if acts[k].sentence != later.sentence), len(acts)))
        last_cue = max((acts[k].cue.end for k in same if acts[k].speaker.speaker == name), default=later.cue.end)
        apposed = _APPOSED_AFTER_NAME.match(text, later.speaker.end, last_cue) if later.speaker.end > later.speaker.start \
            else None
        frame = apposed.group(1) if apposed is not None else ""
        if not (head in _WORD_RUN.findall(frame.lower()) or (head in _spokesperson_nouns() and _SPEAKS_FOR.search(frame))):
            continue
        unnamed_side = [side for side, pattern in _SIDE_WORDS if pattern.search(act.speaker.as_written)]
        named_side = _person_side(reader, name)
        if len(unnamed_side) == 1 and named_side and named_side != unnamed_side[0]:
            continue  # ("a senior Ukrainian official said …. Y, a Kremlin official, said": two people)
        day, words = act.date, f"the {head} named next, ‘{act.date_text}’"
        cues = set()
        for k in same:  # (every verb of the sentence with this speaker)
            if acts[k].date is None and acts[k].speaker.speaker == name:
                acts[k] = SpeechAct(acts[k].sentence, acts[k].cue, acts[k].speaker, day, words)
                cues.add(acts[k].cue.start)
        for reading in readings:
            if reading.sentence_date is None and reading.speaker == name and reading.cue_start in cues:
                reading.sentence_date, reading.sentence_date_text = day, words
        event = _Event(later.cue.start, name, day, words, True)
        layer.dated_events[name] = [event]
        reader.add_event(event)


def _unnamed_dated_before(reader: _Reader, layer: Speech, readings: list[QuoteReading]) -> None:
    """ "NATO leaders on Wednesday declared …. In their joint declaration, the 32 leaders said …": unnamed speakers
    dated in one sentence go on undated in the same or the next paragraph as "the <same noun>", with no other day named
    and nobody named speaking between: the same speaker continuing (Clarifications, "Dating by the same event"), that
    day; the sentence's quotes of them too (dt29). The reverse of ``_unnamed_dated_next``."""
    acts, doc = layer.acts, reader.doc
    last: dict[str, int] = {}  # head noun → index of the last dated unnamed act with it
    for i, act in enumerate(acts):
        if act.speaker.speaker and not act.speaker.speaker.endswith("(unnamed)"):
            last.clear()  # (a named voice between: a new speaker's passage)
            continue  # (not one of the group given its label: "one of the officials" as "Western official (unnamed)")
        if act.speaker.how != "unnamed source":
            continue
        written = act.speaker.as_written.lower().split()
        if written[:1] not in (["the"], ["one"]) and act.speaker.end > act.speaker.start:
            # (a second reference whose label names its group, "the officials" → "Western officials" (sk35): the
            # words as the text has them)
            as_text = reader.text[act.speaker.start:act.speaker.end].lower().split()
            written = as_text if as_text[:1] in (["the"], ["one"]) else written
        head = written[-1] if written else ""
        if act.date is not None and not pd.isna(act.date):
            last[head] = i
            continue
        # ("One official said …" after "officials said on Tuesday …": one of them, the group's noun in the plural (dt34))
        j = last.get(head, last.get(head + "s") if written[:1] == ["one"] else None)
        # ("the 32 leaders", "one of the Western officials" ("“…,” one said"), "One official": the group just named)
        if act.date is not None or j is None or len(written) < 2 \
                or (written[0] != "the" and written[:3] != ["one", "of", "the"] and written[0] != "one"):
            continue
        # (the words of the later mention all in the earlier one: "the Russian official" is not "a senior US official")
        if not {w.rstrip("s") for w in written if w not in ("the", "one", "of") and not w.isdigit()} \
                <= {w.rstrip("s") for w in acts[j].speaker.as_written.lower().split()}:
            continue
        before, here = doc.sentence_at(acts[j].cue.start), doc.sentence_at(act.cue.start)
        if before is None or here is None or before.start == here.start \
                or doc.story_gap(before.paragraph, here.paragraph) > 3 or reader.dates_between(before.end, here.end) \
                or _nouns_pattern(frozenset((head.rstrip("s"),))).search(reader.text, before.end, act.speaker.start):
            continue  # (another of the same noun brought in between: "A Ukrainian official was more careful.")
        day, words = acts[j].date, acts[j].date_text
        cues = set()
        for k in range(i, len(acts)):  # (every verb of the sentence with this subject)
            if acts[k].sentence != act.sentence:
                break
            if acts[k].date is None and acts[k].speaker.start == act.speaker.start:
                acts[k] = SpeechAct(acts[k].sentence, acts[k].cue, acts[k].speaker, day, words)
                cues.add(acts[k].cue.start)
        for reading in readings:
            if reading.sentence_date is None and reading.attribution == "unnamed source" and reading.cue_start in cues:
                reading.sentence_date, reading.sentence_date_text = day, f"the same {head}, ‘{words}’"
        last[head] = i  # ("One official said …. “…,” the official said.": the same one going on (dt34))


def _embedded_before(text: str, cue_subjects, dating: int, date_at: int = -1) -> int:
    """How many verbs before the one that dated the sentence do not share its day: a later verb of
    another speaker whose own day dates the sentence, inside what the first verb reports ("Marchuk said
    his battalion had reached Robotyne, a village that Maliar said on Wednesday had been liberated") or
    in a clause of its own ("The ministry said it had completed the withdrawal, while Ukraine said on
    Friday …": the text gives a day for Ukraine only). The first verb's speaker's other statement may
    still date it. A verb with no speaker that takes a day standing inside what the first verb reports
    ("ISW noted that footage published on Tuesday showed …, and that further footage indicated …") dates
    the reported thing, not the first verb (dt28)."""
    first, dated = cue_subjects[0], cue_subjects[dating]
    if (dated[1] is None or not dated[1].speaker) and first[1] is not None and first[1].speaker \
            and first[0].end <= date_at < dated[0].start and _REPORTED_THAT.match(text, first[0].end) \
            and not NEW_CLAUSE_BEFORE.search(text, first[0].end, date_at):
        return dating
    if dated[1] is None or (first[1] is not None and first[1].speaker == dated[1].speaker):
        return 0
    return dating


# what a verb reports, opened by "that" right after it ("noted that", "said on its site that" is not this: a day there
# is the verb's own) (dt28)
_REPORTED_THAT = re.compile(r"\s+that\b")
# a new clause of the narration between the verb and the day: "…, while …", "; …" (the day is that clause's)
NEW_CLAUSE_BEFORE = re.compile(r"[,;]\s*(?:while|whereas|but)\b|;")


def _relays(reader: _Reader, subject) -> bool:
    """A medium relaying the words ("…, the defence ministry said, RIA Novosti reported on Friday"): its day
    is shared with the words it carries."""
    return subject is not None and getattr(reader.who.speakers.get(subject.speaker), "kind", "") == "media"


def _other_side(reader: _Reader, cue_subjects, dating: int, n: int, own_dates: dict) -> tuple | None:
    """ "Ukraine said on Thursday …, while Moscow said …": the day written after one side's verb is that
    verb's; the other side of the war, in a clause of its own, names none (the devset leaves one side
    undated when the text gives a day only for the other, 004; §3.5 dates by another statement only the
    same speaker going on or a participant of a dated meeting): (None, "") leaves it to that speaker's own
    statements. Else None (the sentence's day, as before: a day fronted before both verbs, "At a news
    conference on Tuesday, X said …, while Y said …", covers both; two voices of one side in a lede too).
    The verb's quotes read ``own_dates``, where the no-day is written too."""
    if not 0 <= dating < n:
        return None
    (first, dated), (cue, subject) = cue_subjects[dating], cue_subjects[n]
    if dated is None or not (dated.speaker or dated.how == "unnamed source") or subject.speaker == dated.speaker \
            or _relays(reader, subject) \
            or not reader.dates_between(first.end, cue.start) or not _OTHER_CLAUSE.search(reader.text, first.end, cue.start):
        return None
    sides = [x if x in ("Russia", "Ukraine") else _person_side(reader, x) for x in (dated.speaker, subject.speaker)]
    if not sides[1] or sides[0] == sides[1]:
        return None
    own_dates[cue.start] = (None, "")
    return None, ""


def _other_side_unnamed(reader: _Reader, cue_subjects, dating: int, n: int) -> bool:
    """ "…, a commander of the brigade said on Thursday, while Moscow said …": the same as ``_other_side`` for a
    verb whose subject the layer could not name (the claims read its day from ``cue_days``): the side is read from
    the words of its clause before the verb ("Moscow"), the dated verb's from its own clause; true when they differ
    and the second is known."""
    if not 0 <= dating < n:
        return False
    first, cue = cue_subjects[dating][0], cue_subjects[n][0]
    clause = None
    for clause in _OTHER_CLAUSE.finditer(reader.text, first.end, cue.start):
        pass
    if clause is None or not reader.dates_between(first.end, clause.start()):
        return False
    words = reader.text[clause.end():cue.start]
    side = [name for name, pattern in _SIDE_WORDS if pattern.search(words)]
    if len(side) != 1 or len(words.split()) > 6:
        return False
    dated = cue_subjects[dating][1]
    before = reader.text[reader.doc.sentence_at(first.start).start:first.start]
    before = before.rsplit(",", 1)[-1] if dated is None else (dated.speaker or dated.as_written)
    if dated is not None and dated.speaker in ("Russia", "Ukraine"):
        other = dated.speaker
    elif dated is not None and dated.speaker:
        other = _person_side(reader, dated.speaker)
    else:
        found = [name for name, pattern in _SIDE_WORDS if pattern.search(before)]
        other = found[0] if len(found) == 1 else ""
    return other != side[0]


_OTHER_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|but)\b|\b(?:while|whereas)\s|;")


def _came_after(reader: _Reader, cue: Cue, sentence_start: int, day, own_dates: dict) -> tuple | None:
    """``_day_before_after``, its answer kept in ``own_dates`` (the verb's quotes read it there too)."""
    found = _day_before_after(reader, cue, sentence_start, day)
    if found is not None:
        own_dates[cue.start] = found
    return found


# "His comments came a day after …", "The remarks came two days after …": the day counted from the statement just told
# (and any occasion of words: the ``statement_noun``, ``spoken_occasion``, ``recorded_occasion`` and ``uttered_noun``
# words of data/speech_words.csv, "The address came a day after …", "The briefing came a day after …", dt40)
_CAME = vocab.TablePattern("came_after", ("speech_words",), lambda: (
    r"\s*(?:His|Her|Their|The|These|Those|Its)\s+(?:[\w’'-]+\s+){0,2}?(?:" + (trie_pattern(
        speech_words()["statement_noun"] | speech_words()["spoken_occasion"] | speech_words()["recorded_occasion"]
        | speech_words()["uttered_noun"], spaces=True) or "(?!)")
    + r")s?\s+came\b"))


def _day_before_after(reader: _Reader, cue: Cue, sentence_start: int, day) -> tuple | None:
    """ "Putin said Tuesday …, a day after Ukraine's top commander said …": the second speaker
    spoke a day before the sentence's day ("two days before X said": two days after it)."""
    match = _DAYS_AFTER.search(reader.text, max(sentence_start, cue.start - 90), cue.start)
    if match is None:
        if _PERIOD_AFTER.search(reader.text, max(sentence_start, cue.start - 90), cue.start):
            return None, ""  # "…, a week after Russian officials said …": an earlier occasion, no day of its own
        return None
    n = when.NUMBER_WORDS.get((match.group("n") or "one").lower()) or int(match.group("n") or 1)
    shift = pd.Timedelta(days=n)
    words = match.group(0)[:match.start("clause") - match.start()].strip()
    return (day - shift, words) if match.group("which").lower() == "after" else (day + shift, words)


def _aliases_by_name(who) -> dict[str, list[str]]:
    """Each name of the who-is-who → its aliases (``alias_to_name``) lower-cased, in the table's order (kept on the
    who-is-who, as ``mentions._forms_by_fold`` keeps its forms: built once per tables; a caller never changes the
    lists)."""
    cached = getattr(who, "_aliases_by_name", None)
    if cached is None:
        cached = {}
        for alias, name in who.alias_to_name.items():
            cached.setdefault(name, []).append(alias.lower())
        object.__setattr__(who, "_aliases_by_name", cached)
    return cached


# "A B, a spokesman for the Ukrainian Navy, said", "A B, the ministry's press secretary,": the body the name speaks for,
# in an apposition right after it (a ``spokesperson_noun`` word of data/speech_words.csv)
_APPOSED_SPOKESPERSON = vocab.TablePattern("apposed_spokesperson", ("speech_words",), lambda: (
    r",\s*((?:an?|the)\s+[^,.;:“”\"]{0,50}?\b(?:" + (trie_pattern(speech_words()["spokesperson_noun"], spaces=True)
                                                  or "(?!)") + r")\b[^,.;:“”\"]{0,50}),"))


def _spokesperson_nouns() -> tuple[str, ...]:
    """The ``spokesperson_noun`` words of data/speech_words.csv, for :meth:`_Reader.may_hold`."""
    return vocab.compiled("spokesperson_nouns", ("speech_words",),
                          lambda: tuple(sorted(speech_words()["spokesperson_noun"])))


# a title written before a name: one to three words, then the spokesperson's noun ("air force spokesman ";
# speech_words.csv spokesperson_noun)
_ROLE_TITLE = vocab.TablePattern("role_title_before_name", ("speech_words",), lambda: (
    r"(?:[\w’'-]+\s+){1,3}(?:" + spokesperson_noun_fragment() + r")\s*$"))
# after a speech verb: an occasion of the speaker's own ("told national television", "told Reuters", "said in an
# interview", "said on television") (dt35)
_OWN_SPOKESPERSON_OCCASION = re.compile(
    r"(?:(?<=told)|(?<=tells))\s+(?:the\s+)?[A-Z][\w’'.-]*|\s+(?:(?:[\w-]+\s+){0,2}(?:television|TV|radio|channel|telethon|broadcaster|newspaper)\b"
    r"|(?:in|during|on)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}(?:interview|television|TV|radio|broadcast|"
    r"telethon|podcast|video|programme|program|show)\b)")


def _spokespeople_dates(reader: _Reader, layer: Speech, readings: list[QuoteReading]) -> None:
    """A spokesperson with no dated statement of their own speaks at their institution's dated
    one: "The Kremlin said on Tuesday …" then "Kremlin spokesman Dmitry Peskov told reporters"
    (the institution named in the spokesperson's roles, or written before the name)."""
    who = reader.who
    written: dict[str, set[str]] = {}
    apposed_forms: dict[str, set[str]] = {}
    for act in layer.acts:
        written.setdefault(act.speaker.speaker, set()).add(act.speaker.as_written.lower())
        if act.speaker.how in ("name", "title", "unknown name"):  # "MoD spokesman Igor Konashenkov": the title before
            # ("Pentagon press secretary Maj. Gen. Lisa Harmon": a rank's abbreviation between the title and the name,
            # dt20; within the line, and past no word that ends a sentence: "… Peskov told reporters.\n\nRussia's …")
            title = re.search(r"((?:(?:[\w’'-]+|[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){1,3})[ \t]+){1,6})$",
                              reader.text[max(0, act.speaker.start - 56):act.speaker.start]) \
                if reader.may_hold(("spokes", "press secretary"), max(0, act.speaker.start - 56), act.speaker.start) else None
            if title and re.search(r"(?i)spokes|press secretary", title.group(1)):
                written[act.speaker.speaker].add(title.group(1).lower())
            # ("Capt. A B, a spokesman for the Ukrainian Navy, said": the apposition after the name, read only to date
            # the body's undated words by the spokesperson's, below (dt33))
            apposed = _APPOSED_SPOKESPERSON.match(reader.text, act.speaker.end) \
                if reader.may_hold(_spokesperson_nouns(), act.speaker.end, act.speaker.end + 80) else None
            if apposed is not None:
                apposed_forms.setdefault(act.speaker.speaker, set()).add(apposed.group(1).lower())
    for reading in readings:
        written.setdefault(reading.speaker, set()).add(reading.as_written.lower())
    organisations = [name for name in written if name in who.speakers and who.speakers[name].kind == "organisation"]
    if not organisations:
        return
    by_name = _aliases_by_name(who)  # (the alias table read once per who-is-who, not once per article, issue 17)
    aliases = {name: by_name.get(name, []) for name in organisations}

    def speaks_for(name: str, forms: set, institution: str, forward: bool = False) -> bool:
        roles = who.speakers[name].roles if name in who.speakers else ()
        words = " | ".join(roles) + " | " + " | ".join(forms)
        if not re.search(r"spokes|press secretary", words):
            return False
        if any(re.search(r"(?<![\w’'])" + re.escape(a) + r"(?![\w-])", words) for a in aliases[institution]):
            return True
        # "ministry spokesman Igor Konashenkov" (defence ministry spokesman, Russia) speaks for the
        # Russian Defence Ministry: the institution's own role of two words or more, same country
        known, body = who.speakers.get(name), who.speakers[institution]
        if known is None:
            # "Air Force spokesman Yurii Ihnat said …" (a person no table knows): the title written before the name
            # opens with the institution's own role of two words or more, nothing before it ("Russian air force
            # spokesman" is another country's); only to take the body's day, and not when the spokesperson's words
            # name an occasion of their own ("… told national television") (dt35)
            return forward and name not in own_occasion and any(
                _ROLE_TITLE.match(form) and any(" " in r and form.startswith(r + " ") for r in body.roles) for form in forms)
        return bool(known.country) and known.country == body.country and any(
            " " in r and re.search(r"(?<![\w’'])" + re.escape(r) + r"(?![\w-])", words) for r in body.roles)

    institutions = [name for name in organisations if name in layer.dated_events]
    # (the speakers whose words name an occasion of their own: "A B told national television", "said in an interview")
    own_occasion = {act.speaker.speaker for act in layer.acts if _OWN_SPOKESPERSON_OCCASION.match(reader.text, act.cue.end)}
    for name, forms in written.items():
        own = layer.dated_events.get(name, [])
        if not name or any(not e.back and not pd.isna(e.date) for e in own):
            # (a statement placed back in time, "Two days earlier, the spokesman had reported", is no own date; nor
            # one a cue leaves with no day, "Last month, the spokesman said …": an earlier occasion, dt40)
            continue
        for institution in institutions:
            if speaks_for(name, forms, institution, True):
                layer.dated_events[name] = sorted(layer.dated_events[institution] + own, key=lambda e: e.pos)
                break
    # and the other way: "MoD spokesman Igor Konashenkov said at a briefing on Friday" dates the
    # ministry's undated announcement of the same news ("The ministry has announced …")
    for institution in organisations:
        if institution in layer.dated_events:
            continue
        for name, forms in written.items():
            if name and name != institution and name in layer.dated_events \
                    and speaks_for(name, forms | apposed_forms.get(name, set()), institution):
                layer.dated_events[institution] = layer.dated_events[name]
                break


# "A navy spokesman, Dmytro Pletenchuk, said", "the brigade's spokeswoman, A B,": the body the person speaks for
_AT_BODY_BRIEFING = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s+at\s+(?:a|an|the)\s+((?:[A-Z][\w’'-]*\s+){1,3})"
                               r"(?:briefing|news\s+conference|press\s+conference)\b")
_BODY_SPOKESPERSON = re.compile(r"(?i)\b(?:an?|the)\s+([a-z][\w-]+?)(?:['’]s)?\s+(?:spokes(?:man|woman|person)|press\s+officer)"
                                r"\s*,\s*$")
# "…,” spokesman Ihor Skyba said", "A spokeswoman, Olena M, said": the title alone, of no body named (not
# "Kremlin spokesman", "its spokesman"): the body whose dated statement was told just before
_BARE_SPOKESPERSON = re.compile(r"(?:^|[.!?]\s+|\n\s*|[,”\"]\s*|\b(?:said|says|added|told\s+\w+)\s+)(?:(?:[Tt]he|[Aa])\s+)?(?:spokes(?:man|woman|person)|"
                                r"press\s+officer)\s*,?\s*$")
# "… told the Kyiv Independent", "… said in televised comments": an occasion of the spokesperson's own, not the
# body's statement ("told reporters" is)
_SPOKESPERSON_OCCASION = re.compile(r"\s+(?:(?:the\s+)?[A-Z][\w’'.-]*|(?:\w+\s+)?(?:in|during|on|to)\s+(?:an?\s+|the\s+|his\s+|her\s+)?"
                           r"(?:[\w-]+\s+){0,2}(?:interview|comments|remarks|television|TV|radio|broadcast|telethon|"
                           r"podcast|video|channel)\b)")


_WORD_RUN = re.compile(r"[\w-]+")


def _body_spokespeople_dates(reader: _Reader, layer: Speech) -> None:
    """ "Ukraine's navy said on Monday …. A navy spokesman, Dmytro Pletenchuk, said …": the spokesperson of a
    body no table knows, with no day of their own, spoke at that body's dated statement just before (in the
    same or the paragraph before; the statement a verb with no speaker the layer could name, or an unnamed
    one, whose subject holds the body's noun)."""
    text, doc = reader.text, reader.doc
    days = dict(layer.cue_days)
    days.update({a.cue.start: (a.date, a.date_text) for a in layer.acts  # "the harbour authority said on Monday"
                 if a.date is not None and not pd.isna(a.date) and (not a.speaker.speaker or (
                     # "Ukraine's navy said on Monday" (a body of the table whose spokesman the table does not tie to
                     # it by an alias): its words before the verb still name the body (sk17)
                     a.speaker.speaker in reader.who.speakers
                     and reader.who.speakers[a.speaker.speaker].kind == "organisation"))})
    dated_cues = sorted(days)
    # (a body's briefing: whatever the statement's speaker, "The White House said on Monday" included)
    spoken = {**days, **{a.cue.start: (a.date, a.date_text) for a in layer.acts if a.date is not None and not pd.isna(a.date)}}
    spoken_cues = sorted(spoken)
    if not spoken_cues:
        return
    for act in layer.acts:
        name = act.speaker.speaker
        if not name or act.speaker.how not in ("name", "unknown name", "title") or layer.dated_events.get(name):
            continue
        body = _BODY_SPOKESPERSON.search(text, max(0, act.speaker.start - 40), act.speaker.start)
        # "…,” spokesman John Kirby told reporters at a White House briefing": the body whose briefing it was
        briefing = _AT_BODY_BRIEFING.match(text, act.cue.end) if body is None else None
        sentence = doc.sentence_at(act.speaker.start)
        if body is None and briefing is None and sentence is not None \
                and _BARE_SPOKESPERSON.search(text, max(0, act.speaker.start - 40), act.speaker.start) \
                and not _SPOKESPERSON_OCCASION.match(text, act.cue.end):
            _bare_spokesperson_day(reader, layer, act, sentence, days)
            continue
        if (body is None and briefing is None) or sentence is None:
            continue
        since = doc.paragraphs[doc.story_back(sentence.paragraph, 1)][0]
        cues = dated_cues if body is not None else spoken_cues
        k = bisect_left(cues, act.speaker.start)
        cue = next((c for c in reversed(cues[:k]) if c >= since), None)
        words = [body.group(1).lower()] if body is not None else briefing.group(1).lower().split()
        if cue is None:
            continue
        # (the body's words before the verb; for a briefing, anywhere before it in the statement's sentence)
        opening = max(since, cue - 60) if body is not None else max(since, doc.sentence_at(cue).start)
        if not set(words) <= set(_WORD_RUN.findall(text[opening:cue].lower())):
            continue
        day, words = spoken[cue]
        event = _Event(cue, name, day, words, True)
        layer.dated_events[name] = [event]
        reader.add_event(event)


def _bare_spokesperson_day(reader: _Reader, layer: Speech, act: SpeechAct, sentence, days: dict) -> None:
    """ "Ukraine's Khortytsia group of forces said on Monday …. “…,” spokesman Ihor Skyba said.": a spokesperson of no
    body named speaks for the body whose dated statement is the last one before (in the same or the paragraph before),
    when that statement's speaker is no person (or none the layer could name) and nobody spoke between."""
    doc = reader.doc
    since = doc.paragraphs[doc.story_back(sentence.paragraph, 1)][0]
    spoken = {a.cue.start: a for a in layer.acts if since <= a.cue.start < act.sentence[0]}
    cues = sorted(set(spoken) | {c for c in days if since <= c < act.sentence[0]})
    if not cues:
        return
    last = cues[-1]
    if last in spoken:
        said = spoken[last]
        if said.date is None or pd.isna(said.date) \
                or (said.speaker.speaker and _mentions.could_be_person(said.speaker.speaker, reader.who)):
            return
        day, words = said.date, said.date_text
    else:
        day, words = days[last]
    if day is None or pd.isna(day):
        return
    event = _Event(last, act.speaker.speaker, day, words, True)
    layer.dated_events[act.speaker.speaker] = [event]
    reader.add_event(event)


def _side_of(reader: _Reader, speaker: Mention) -> str:
    """The side ("Russia", "Ukraine") a speaker stands for as a whole: the country itself, or its whole armed forces
    (a table row of that country whose roles are "armed forces": "Ukraine's military"); else ""."""
    if speaker.how == "country":
        return speaker.speaker if speaker.speaker in ("Russia", "Ukraine") else ""
    known = reader.who.speakers.get(speaker.speaker) if speaker.speaker else None
    return known.country if known is not None and known.kind == "organisation" and known.country in ("Russia", "Ukraine") \
        and tuple(known.roles) == ("armed forces",) else ""


def _country_body_dates(reader: _Reader, layer: Speech) -> None:
    """ "Russia said on Thursday its forces had captured Vuhledar …. Units … had "liberated" the town, Russia's defence
    ministry said in a statement.": the country's dated statement is its institution's, told in the paragraphs just
    after it (up to two paragraphs of the story on), so the institution's undated words there and below take its day
    (the devset labels such a country with the institution: §3.6, its Clarifications). Only an institution of the
    tables of that side, with no dated statement of its own."""
    # the country opening its sentence ("Russia said on Thursday …", past a dateline), not a country inside reported
    # words ("Putin said on Monday Russia would respond …")
    # (or the side's whole armed forces, a table row whose role is "armed forces": "Ukraine's military said on Thursday
    # …. The General Staff said …" is the same statement under the name of the body that issued it; dt19)
    dated = [(a.cue.start, _side_of(reader, a.speaker), a.date, a.date_text, a.speaker.how != "country") for a in layer.acts
             if _side_of(reader, a.speaker) and a.date is not None and not pd.isna(a.date)
             and not re.search(r"\b[a-z]", reader.text[a.sentence[0]:a.speaker.start])]
    if not dated:
        return
    doc, done = reader.doc, set()
    for act in layer.acts:
        name = act.speaker.speaker
        known = reader.who.speakers.get(name)
        if name in done or known is None or known.kind != "organisation" or known.country not in ("Russia", "Ukraine") \
                or not _military_body().search(" | ".join((name,) + tuple(known.roles))) or layer.dated_events.get(name):
            continue
        done.add(name)
        prior = [d for d in dated if d[1] == known.country and d[0] < act.cue.start]
        if not prior or doc.story_gap(doc.sentence_at(prior[-1][0]).paragraph,
                                      doc.sentence_at(act.cue.start).paragraph) > 2:
            continue
        if prior[-1][4] and any(a <= act.cue.start < b for a, b in layer.named_occasions):
            # "Ukraine's military said Tuesday …. The air force said in a statement …": a body's words on an occasion
            # of their own are not the armed forces' statement told again (sk11, sk13)
            continue
        event = _Event(prior[-1][0], name, prior[-1][2], prior[-1][3], False)
        layer.dated_events[name] = [event]
        reader.add_event(event)


def _heads_institution(head, body) -> bool:
    """Whether a person of the tables heads an institution of the tables: a role of two words or more ending in
    "minister" whose "ministry" is one of the institution's roles, same country ("defence minister" heads the
    "defence ministry"; a bare "minister" ties nobody)."""
    if head is None or head.kind == "organisation" or not head.country or head.country != body.country:
        return False
    offices = ministries_headed(head)
    return bool(offices) and any(r in offices for r in body.roles)


def _institution_goes_on_dates(reader: _Reader, layer: Speech) -> None:
    """ "Addressing commanders on Tuesday, Defence Minister X said …. The ministry also said …. It added …": an
    institution with no dated statement of its own whose words the sentence marks as going on ("also", "added") right
    after its minister's dated statement (nobody else speaking between, in the same or the paragraph before) continues
    that statement: the same speaker continuing (devset Clarifications, "Dating by the same event"), as a spokesperson
    after the institution's statement (``_spokespeople_dates``) is, the other way round (dt39)."""
    who, doc, text = reader.who, reader.doc, reader.text
    acts = sorted(layer.acts, key=lambda a: a.cue.start)
    for k, act in enumerate(acts):
        name = act.speaker.speaker
        body = who.speakers.get(name) if name else None
        if body is None or body.kind != "organisation" or k == 0 or any(
                e.pos <= act.cue.start for e in layer.dated_events.get(name, ())):
            continue
        if act.date is not None or not _GOES_ON.search(text, act.sentence[0], act.cue.end + 12):
            continue
        prev = acts[k - 1]
        head = prev.speaker.speaker
        if not head or head == name or not _heads_institution(who.speakers.get(head), body):
            continue
        here, there = doc.sentence_at(act.cue.start), doc.sentence_at(prev.cue.start)
        if here is None or there is None or doc.story_gap(there.paragraph, here.paragraph) > 1:
            continue
        said = [e for e in layer.dated_events.get(head, ()) if e.pos <= prev.cue.start]
        if not said or said[-1].date is None or pd.isna(said[-1].date) or said[-1].back:
            continue
        event = _Event(prev.cue.start, name, said[-1].date, said[-1].date_text, False)
        layer.dated_events[name] = sorted(layer.dated_events.get(name, []) + [event], key=lambda e: e.pos)
        reader.add_event(event)


def _statement_day(reader: _Reader, cues: list, a: int, b: int, anchor):
    """The day a sentence's role nouns are read on: the day given at one of its speech verbs,
    else the publication date (NaT when neither is known)."""
    if cues and any(m.how == "role" for m in reader.known_between(a, b)):
        expressions = reader.dates_between(a, b)
        for cue in cues:
            expression = _date_for_cue(reader.doc, cue, expressions)
            if expression is not None:
                day = when.resolve(expression, reader.doc.published, anchor).day
                if not pd.isna(day):
                    return day
    return reader.doc.published


# nothing after the verb but a short phrase and the sentence's end ("…, the mayor said.", "…, it said in its update.")
_POSTPOSED_END = re.compile(r"(?:\s+(?:in|on|at|to|during|via|late|early|reporters|journalists)\b(?:\s+[\w’'-]+){0,5})?"
                            r"\s*(?:[.!?](?:\s|$)|,\s+(?:adding|saying|noting|stressing|explaining|warning|claiming)\b)",
                            re.IGNORECASE)  # ("…, Syrskyi said, adding that …": the verb still comes after what it reports)
_SOURCE_END = re.compile(r"(?:\s+(?!that\b)[\w’'.-]+){1,8}\s*[.!?](?:\s|$)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _content_time(text: str, cue: Cue, expression) -> int:
    """ "On Friday, drones hit the port, the mayor said." / "Drones hit the port on Friday, the mayor
    said.": the verb comes after what it reports, its subject after the last comma, and the day stands
    in the reported clause (words of a clause around it, quotes aside): the day of the event, not of
    the words (§3.5). "On Friday, the mayor said." keeps it. Returns the comma before the subject (0: no)."""
    if _AS_OF_TODAY.search(text, max(0, expression.start - 8), expression.end):
        return 0  # "As of today, 40 ships have left, the port said": the figures of the day's statement
    source = cue.text.lower() in ("according to", "as per")  # "…, according to the mayor.": the source after the verb
    if not (_SOURCE_END if source else _POSTPOSED_END).match(text, cue.end):
        return 0
    comma, longest = text.rfind(",", expression.end, cue.start), 8
    if comma > 0 and not source and not text[comma + 1:cue.start].strip():
        # "…twice on June 4, Natalia H, spokesperson for the southern forces, said": the subject's
        # apposition closes right before the verb; the subject starts after the comma before the name
        comma = text.rfind(",", expression.end, comma)
        comma, longest = (text.rfind(",", expression.end, comma) if comma > 0 else comma), 12
    if comma < 0 or not (0 if source else 1) <= len(text[comma + 1:cue.start].split()) <= longest \
            or re.search(r"[;:“”\"]", text[comma:cue.start]):
        return 0
    start = max(text.rfind("\n", 0, expression.start), text.rfind(". ", 0, expression.start) + 1, 0)
    clause = _QUOTED.sub(" ", text[start:expression.start] + " " + text[expression.end:comma])
    return comma if len(re.findall(r"[A-Za-z]+", clause)) >= 3 else 0


def _date_for_cue(doc, cue: Cue, expressions):
    text = doc.text
    # "two years ago" dates a statement only next to its verb ("said two years ago that"): further
    # away it dates an event ("the war began eight months ago")
    # "Monday's attack", "Friday’s strike": a possessive day names an event, not the statement
    # (but "at Monday's briefing", "in Sunday's address": the occasion of the words, after at/in/during
    # only; "said Friday's talks had changed nothing": the subject of what is reported)
    # "in an interview recorded last week and broadcast on Friday": the recording is the occasion of the
    # words, so the day it went out dates nothing (whatever the recording's time names, a day or none)
    expressions = [e for e in expressions if not _PUBLISHED_AFTER_RECORDED.search(text, max(0, e.start - 90), e.start)]
    expressions = [e for e in expressions if (text[e.end:e.end + 2] not in ("'s", "’s")
                   or (_SPEECH_OCCASION_AFTER.match(text, e.end + 2)
                       and (_OCCASION_PREPOSITION.search(text, max(0, e.start - 12), e.start)
                            # "Tuesday's statement by Syrskyi said …": the occasion is the verb's subject
                            or _SUBJECT_OPENING.search(text, max(0, e.start - 8), e.start)))
                       # "told reporters after Monday's game", "speaking after Friday's vote": words framed by the event
                       # just over, said that day (dt24)
                       or (_AFTER_BEFORE.search(text, max(0, e.start - 12), e.start)
                           and _AFTER_EVENT.match(text, e.end + 2)))
                   and not _RANGE_AFTER.match(text, e.end)
                   and not _BETWEEN_BEFORE.search(text, max(0, e.start - 45), e.start)
                   # "Russia's Friday morning assault …, Budanov said", "Later that day, he said the army's Sunday
                   # offensive …": a weekday after another noun's possessive heads that event, before the verb as
                   # after it ("the ministry's Tuesday briefing": an occasion of words, kept) (mt16)
                   and not (e.kind == "weekday" and _POSSESSOR_BEFORE_DAY.search(text, max(0, e.start - 40), e.start)
                            and not _occasion_after_day().match(text, e.end))]
    # "Three weeks ago, Rubio said": weeks, months or years counted back before the verb place the
    # words roughly and name no day; right after it ("said a month ago that") they read as that day
    expressions = [e for e in expressions if e.kind != "relative_far"
                   or (e.end <= cue.start and len(text[e.end:cue.start].split()) <= 2
                       and not _ROUGH_AGO.search(e.text))
                   or (e.start >= cue.end and len(text[cue.end:e.start].split()) <= 2)]
    before = [e for e in expressions if e.end <= cue.start]
    # "Russia's offensive, which began May 10, has captured …, according to X": the offensive's day
    before = [e for e in before if not _event_before(text, e) and not _relative_event(doc, e, cue)]
    # "Polish papers on Tuesday lead on the border, which, according to X, …": the day of the main clause
    # the source's clause hangs on, not of the source's words (dt26)
    if cue.kind == "source":
        before = [e for e in before if not _SOURCE_CLAUSE_AFTER.search(text, e.end, cue.start)]
    if before:
        # "On the night of March 9, drones attacked, the air force said on Sunday": the verb's own day right after it
        after = next((e for e in expressions if e.start >= cue.end), None)
        if after is not None and after.kind != "vague" and (len(text[cue.end:after.start].split()) <= 2 or (
                # "…, a spokesman said at a news conference in Kyiv on Monday": the occasion's day, after it
                len(text[cue.end:after.start].split()) <= _DATE_AFTER_CUE_WORDS and cue.kind != "source"
                and re.match(r"\s*(?:at|in|during)\s", text[cue.end:after.start])
                and not re.search(r"\b[a-z]{3,}ed\b", text[cue.end:after.start])
                and _OCCASION_BEFORE.search(text[cue.end:after.start])
                and not _FINITE.search(text[cue.end:after.start]))) \
                and not re.search(r"[,.;:]|\bthat\b", text[cue.end:after.start]) and text[after.end:after.end + 2] not in ("'s", "’s"):
            return after
        return before[-1]
    opener = _SUBORDINATE_OPENING.search(text, max(0, cue.start - 160), cue.start)
    tail = _trailing_occasion(text, cue, expressions)
    if tail is not None:
        return tail
    for e in expressions:
        if e.start >= cue.end:
            between = text[cue.end:e.start]
            if opener is not None and re.search(r",\s+(?:the\s+)?[A-Z]", between):
                return None  # "After US officials praised …, Putin's comments on Thursday …": the main clause's day
            # "said on Friday", "told reporters late Tuesday", "… at a meeting on Thursday": the
            # statement's day; "said Russia's Friday assault …" names the day of an event
            # ("in an interview that aired on Friday": a "that" of the occasion, not of the words)
            if _AS_OF_TODAY.search(text, max(0, e.start - 8), e.end) and len(between.split()) <= _DATE_AFTER_CUE_WORDS \
                    and not re.search(r"[.;:]", between):
                return e  # "reported that, as of today, Russia had lost …": the figures of the day's statement
            if re.search(r"\bthat\b", _PUBLISHED_CLAUSE.sub(" ", between)) or len(between.split()) > _DATE_AFTER_CUE_WORDS:
                return None
            if ";" in _QUOTED.sub(" ", between):
                # "X has said again and again that it “wiped out” the unit; in its newest post, on Tuesday, it said …":
                # a day past a semicolon is a new clause's (its own verb's), not this verb's (dt22)
                return None
            if cue.kind == "source" and len(between.split()) <= 5 and not re.search(r"[,.;:]|\b(?:that|had|has|have|was|were)\b",
                                                                             between) \
                    and text[e.end:e.end + 2] not in ("'s", "’s") and _occasion_after_day().match(text, e.end):
                return e  # "according to the General Staff's Tuesday update", "according to a Tuesday statement by X"
            if re.search(r"[’']s\s*$", between):
                continue  # "Russia's Friday assault": the day of an event
            if e.kind == "relative_event" and _LATER_DOING.search(between):
                continue  # "posted on Telegram, before removing the message an hour later": the later doing's time (dt22)
            event = _EVENT_VERB_BEFORE.search(between)
            if event is not None and event.group(1).lower() not in _words("publishing_verb") \
                    and event.group(1).lower() not in cue_table()[0]:
                continue  # "said the assault launched on January 3 had failed": the day of the assault
            sub = _EVENT_CLAUSE.search(between)
            if sub is not None and _CLAUSE_VERB.search(between, sub.end()):
                continue  # "said in a video address after a strike killed 18 people on Friday": the strike's day
            if (_FINITE.search(between) or _SUBJECT_PAST.search(between)) and not _OCCASION_BEFORE.search(between):
                continue  # "said Russian forces had launched an assault on the town on Tuesday": the assault's day
            if cue.kind == "source" and "," in between and not _OCCASION_BEFORE.search(between) \
                    and _CLAUSE_VERB.search(between.rsplit(",", 1)[1]):
                continue  # "According to TASS, Russian forces repelled an attack on Saturday": the attack's day
            if cue.kind == "source" and "," in between \
                    and re.fullmatch(r"\s*(?:(?:late|early)\s+)?(?:on|in)?\s*", between.rsplit(",", 1)[1]) \
                    and not _OCCASION_BEFORE.search(between) \
                    and _CLAUSE_VERB.search(re.split(r"[,;:.“”\"]", text[e.end:e.end + 80], maxsplit=1)[0]):
                continue  # "According to him, on 12 October alone the enemy carried out 47 assaults": the assaults' day
            if (e.kind in ("relative", "relative_far") or _DATE_INTRODUCER.search(between) or not between.strip(" ,")
                    or _SELF_INTRODUCED.match(e.text)  # "told a conference in Kyiv last Friday": as "on Friday"
                    or _SMALL_HOURS.fullmatch(between)  # "said in the early hours of Friday that"
                    # "affirmed in its report of Wednesday that", "said in his address of 3 March": a translated
                    # wire's occasion dated by "of" (dt29)
                    or (e.kind in when.CALENDAR_KINDS and _occasion_of_day().fullmatch(between))
                    # "said in its Sunday morning summary that": the day heads the occasion the words came in
                    or (_IN_ITS.fullmatch(between) and _occasion_after_day().match(text, e.end))
                    or text[e.end:e.end + 2] in ("'s", "’s")  # "said in Monday's nightly address" (kept above: an occasion)
                    or re.match(r"\s*(?:[,.;:(]|$)", text[e.end:e.end + 2])
                    # AP style, no "on": "said in his nightly address Wednesday", "told a meeting of officers Tuesday"
                    or (e.kind == "weekday" and e.text[:1].isupper() and _AP_OCCASION_BEFORE.search(between)
                        and not re.search(r"\b(?:the|a|an|its|his|her|their|this|that|last)\s+$", between, re.IGNORECASE))
                    # "said in a televised briefing later the same day": the occasion, then its time on the day
                    # just told (dt36)
                    # (a relative_event opening on "later"/"earlier" is a time on that day: when._SAME_DAY_LATER)
                    or (e.kind == "relative_event" and e.text.lower().startswith(("later", "earlier"))
                        and _OCCASION_BEFORE.search(between))
                    # "told reporters Tuesday that": the addressee, then the day
                    or (len(between.split()) <= 3 and "," not in between
                        and re.match(r"\s*that\b", text[e.end:e.end + 8]))):
                return e
    return None


# ", in an interview shown Thursday on X's “Y.”", ", in a video address on Friday.", ", speaking on state television on
# Monday.": an occasion of the words closing the sentence after a comma, with its day (dt22)
def _trailing_occasion_pattern() -> re.Pattern:
    """The occasion phrase of ``_trailing_occasion``, its nouns the ``statement_noun`` and ``spoken_occasion`` words
    of ``data/speech_words.csv`` ("interview", "remarks", "news conference"; built once)."""
    def build():
        nouns = sorted(set(speech_words().get("statement_noun", ())) | set(speech_words().get("spoken_occasion", ())),
                       key=lambda w: (-len(w), w))
        return re.compile(
            r",\s+(?:(?:in|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:" + trie_pattern(nouns) + r")"
            r"|speaking\s+(?:to|on|in|at|during)\s+(?:[\w’'.-]+\s+){0,4}?(?:television|TV|radio|reporters|journalists|"
            r"(?:news|press)\s+conference|briefing|interview|channel|programme|program|show))"
            r"(?:\s+(?:with|to|on)\s+(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)?"
            r"(?:\s+(?:that|which)(?:\s+was)?\s+(?:aired|broadcast|published|released|posted|televised|shown)"
            r"|\s+(?:aired|broadcast|published|released|posted|televised|shown))?"
            r"\s+(?:on\s+|late\s+|early\s+)?$")
    return vocab.compiled("trailing_occasion", ("speech_words",), build)


# after the day, up to the sentence's end: a channel or a programme at most ("on TVK's “Morning Line.”")
_TRAILING_END = re.compile(r"(?:\s+(?:on|to|with)\s+[^,;:.!?\n]{1,50}?)?[\s”\"’']*(?:[.!?][”\"’']*\s*(?:\n|$|(?=[A-Z“\"]))|$)")


def _trailing_occasion(text: str, cue: Cue, expressions):
    """A day in an occasion phrase that closes the sentence after a comma, past what the verb reports ("X said … and
    warned that …, in an interview shown Thursday."): the occasion of all the sentence's words, whatever the
    clauses and the other times ("in the coming weeks") between the verb and it (dt22)."""
    # (the sentence's last day only: the phrase closes the sentence; one look per verb, linear on huge inputs)
    e = expressions[-1] if expressions else None
    if e is None or e.start < cue.end or e.kind in ("vague", "relative_far", "relative_event") \
            or text[e.end:e.end + 2] in ("'s", "’s") or not _TRAILING_END.match(text, e.end):
        return None
    occasion = _trailing_occasion_pattern().search(text, max(cue.end, e.start - 160), e.start)
    # (not past another voice's clause: "X said …, while Y said …, in an interview on Sunday" is Y's interview)
    if occasion is None or occasion.start() - cue.end > 1500 \
            or re.search(r"[;:\n]|\b(?:while|whereas)\b", _QUOTED.sub(" ", text[cue.end:occasion.start()])):
        return None
    return e


# "… since May 9, when Shoigu said …", "On March 3, when Putin told …": a day, then a "when" clause of the words
_WHEN_CLAUSE = re.compile(r"\b(?:since|until|till|from|on|before|after)\s+([^,;:“”\"()]{3,30}?),\s+when\s+$",
                          re.IGNORECASE)


def _when_clause_day(text: str, cue: Cue, subject, s_start: int):
    """The day a "when" clause of the words hangs on ("The ministry has given no new total since May 9, when Shoigu
    said …"): a day written right before ", when" and the verb's subject (a range's "since" day is read by nothing
    else, ``when.find`` leaves it out). A ``DateExpression`` at the day's place, or None (dt22)."""
    if subject is None or not subject.speaker or not (s_start <= subject.start < cue.start) \
            or text[subject.end:cue.start].strip(" ,"):
        return None
    opened = _WHEN_CLAUSE.search(text, max(s_start, subject.start - 60), subject.start)
    if opened is None:
        return None
    words = opened.group(1).strip()
    found = when.find("on " + words)
    if len(found) != 1 or found[0].end != len("on " + words) or found[0].start != 3 \
            or found[0].kind not in ("explicit", "weekday", "weekday_day", "numeric", "iso", "day_of_month"):
        return None
    start = opened.start(1) + opened.group(1).index(words)
    return when.DateExpression(start, start + len(words), words, found[0].kind)


# ", before deleting the post", ", then withdrew it", ", only to retract it": a doing after the words, which a "later"
# after it times
_LATER_DOING = re.compile(r",\s+(?:before|then|and\s+then|only\s+to)\s+[a-z]{3,}\b")


# a subordinate clause of an event between the speech verb and a day: the day is the event's
_EVENT_CLAUSE = re.compile(r"\b(?:after|following|since|because|until)\s+(?!(?:the|a|an|its|his|her)\s+"
                           r"(?:[\w-]+\s+){0,2}(?:meeting|talks|briefing|summit|call|session|conference)\b)")
# a verb of a clause after "according to X,": what the source reports
_CLAUSE_VERB = re.compile(r"\b(?:[a-z]{3,}ed|had|has|have|was|were|is|are|would|will|took|struck|shot|hit|fell|won|lost|"
                          r"began|fought|sank|broke|made|came|went)\b")
# a verb in a clause that opens the sentence with a subordinator ("After US officials praised …,")
_SUBORDINATE_OPENING = lazy_fail_fast(r"(?:^|[.!?]\s+|\n\s*)(?:After|Before|While|When|Since|Although|Though|Once|Until)\s+"
                                      r"[^.;:!?\n]*$")
_ROUGH_AGO = re.compile(r"(?i)\b(?:weeks?|months?|years?)\s+ago\b")
# "on the night of June 16 to 17", "May 3-4": a span of days is the time of an event, not of the words
_RANGE_AFTER = re.compile(r"\s*(?:to|into|[-–])\s*\d")
# "between January 1 and May 31": both ends of a period
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:[^,.;]{1,30}\s+and\s+)?$", re.IGNORECASE)
_SUBJECT_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# an event just over after a possessive day ("after Monday's game", "following Friday's vote"): the ``counted_event``
# words of data/speech_words.csv (dt24)
_AFTER_BEFORE = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing)\s+$")
_AFTER_EVENT = vocab.TablePattern("after_event", ("speech_words",), lambda: r"(?i)\s+(?:[a-z-]+\s+){0,2}?(?:"
                                  + (trie_pattern(speech_words()["counted_event"]) or "(?!)") + r")s?\b")
# an occasion of speech after a possessive day: "Monday's briefing", "Sunday's televised address"
_OCCASION_PREPOSITION = re.compile(r"\b(?:at|in|during|told|tells|addressed|addresses)\s+$", re.IGNORECASE)
_SPEECH_OCCASION_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:briefing|address|speech|interview|remarks|statement|"
                                    r"(?:news|press)\s+conference|call|meeting|session|talks|summit|post|video)\b")
# a verb of the reported event right before the date phrase: "the assault launched on January 3"
_EVENT_VERB_BEFORE = re.compile(r"\b([a-z]{3,}ed|began|begun|took|struck|fought|shot|hit|fell|won|lost|came|went|"
                                r"seen|made|held|met|sank|blew|broke)\s+(?:on\s+|late\s+|early\s+|on\s+the\s+)?$")


_OCCASION_WORDS = (r"interview|address|speech|briefing|conference|statement|update|post|remarks|comments|video|"
                   r"speaking|talking|addressing|writing|appearing|"
                   r"meeting|session|call|message|appearance|broadcast|television|TV|radio|reporters|journalists"
                   r"|Telegram|Facebook|X|Twitter")
_OCCASION_BEFORE = re.compile(r"\b(?:" + _OCCASION_WORDS + r")\b(?:\s+[\w’'-]+){0,4}\s+(?:on\s+|late\s+|early\s+)?$")
# AP style, an occasion and then its bare weekday: those words, and the ``statement_noun`` and ``spoken_occasion`` words
# of data/speech_words.csv ("said in a weekly summary Saturday", "in its latest assessment Tuesday", dt40)
# (the words of ``_OCCASION_WORDS`` no table lists, then the tables' words: none written twice)
_AP_OCCASION_BEFORE = vocab.TablePattern("ap_occasion_before", ("speech_words",), lambda: (
    r"\b(?:" + "|".join(w for w in _OCCASION_WORDS.split("|") if w not in speech_words()["statement_noun"]
                         | speech_words()["spoken_occasion"]) + "|"
    + (trie_pattern(speech_words()["statement_noun"] | speech_words()["spoken_occasion"], spaces=True) or "(?!)")
    + r")\b(?:\s+[\w’'-]+){0,4}\s+(?:on\s+|late\s+|early\s+)?$"))
# ", who had returned from the trenches the night before, said": the day of the relative clause's own doing
# (", whose brigade lost the village on Tuesday, said": the doing of something of the subject's)
_RELATIVE_DOING = re.compile(r",\s*(?:who|which|whose\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s+(?:had\s+|has\s+|have\s+)?"
                             r"(?:(?:just|only|also|recently)\s+)?"
                             r"([a-z]{3,}ed|came|went|fought|took|left|fled|lost|won|flew|drove"
                             # (a present or a time to come: ", who takes office on January 20, has said", ", who will
                             # visit Kyiv on Friday, said": the day of that doing too (dt33))
                             r"|[a-z]{2,}[^s\W]s|will\s+[a-z]+|is\s+(?:due|set|expected)\s+to\s+[a-z]+)\b[^,;:“”\"]*$")


# ", appointed commander-in-chief two weeks earlier, said": an apposition opened by a participle of
# the subject's own doing (not one of being asked or reached for the words)
_APPOSED_DOING = re.compile(r",\s*(?:(?:newly|recently|only|just|first)\s+)?(?!(?:interviewed|questioned|quoted|contacted|"
                            r"reached|briefed|cited|pressed|approached)\b)([a-z]{3,}ed|sworn|chosen|taken|driven|"
                            r"beaten|shot|hit|left)\b[^,;:.!?\n“”\"]*$")


def _relative_event(doc, e, cue) -> bool:
    """A day inside a relative clause about the subject, closed by a comma before the verb, whose own
    verb is no speech, publishing or meeting verb ("Tykhyi, who had returned from the trenches the
    night before, said …"; "Koval, appointed army chief two weeks earlier, said …"): the day of that
    doing, not of the words ("X, who spoke on Friday, said": still the words' day)."""
    # (within the day's own sentence: "…, which makes it easier to defend.⏎⏎Last Saturday, X said" is no clause of
    # the subject's, dt40)
    # (the Document's sentence, not a second splitter: "with Col. Moroz on Monday" is still the clause, rv28a)
    text, sentence = doc.text, doc.sentence_at(e.start)
    lo = max(0, e.start - 100, text.rfind("\n", 0, e.start) + 1, sentence.start if sentence is not None else 0)
    clause = _RELATIVE_DOING.search(text, lo, e.start) or _APPOSED_DOING.search(text, lo, e.start)
    if clause is None or not re.match(r"[^,.;:“”\"]{0,40},", text[e.end:cue.start]):
        return False
    verb = clause.group(1).lower()
    return verb not in cue_table()[0] and verb not in _words("publishing_verb") | _words("meeting_verb")


# a relative clause opened between a day and an "according to" cue ("…, where, according to X, …") (dt26)
_SOURCE_CLAUSE_AFTER = re.compile(r",\s*(?:where|which|when|while|as)\b\s*,?\s*$|,\s*(?:where|which|when|while)\s*,")


def _event_before(text: str, e) -> bool:
    """A day right after a verb of an event ("which began May 10", "launched on Friday"), not of a
    meeting or of speech: the day of that event."""
    verb = _EVENT_VERB_BEFORE.search(text, max(0, e.start - 30), e.start)
    return verb is not None and verb.group(1).lower() not in _words("publishing_verb") | _words("meeting_verb") \
        and verb.group(1).lower() not in cue_table()[0]


_SELF_INTRODUCED = re.compile(r"(?i)(?:last|this\s+past)\s")
# a noun's possessive right before a day ("Russia's Friday", "the army’s Sunday"; not "it's", "that's") (mt16)
_POSSESSOR_BEFORE_DAY = re.compile(r"(?<![\w’'])(?!(?:it|that|there|what|he|she|who|here|let)[’']s\s)[A-Za-z][\w-]*[’']s\s+$",
                                   re.IGNORECASE)
_IN_ITS = re.compile(r"(?i)\s*(?:in|at|during)\s+(?:its|his|her|their|the|a|an)\s+")


def _occasion_after_day() -> re.Pattern:
    """After a day: up to two words (a part of the day, "nightly") and an occasion of words, a ``statement_noun`` of
    ``data/speech_words.csv`` or a gathering ("Sunday morning summary", "Friday evening video address") (built once)."""
    def build():
        nouns = sorted(_words("statement_noun") | {"summary", "speech", "remarks", "call", "meeting", "session",
                                                   "conference", "talks", "summit"}, key=lambda w: (-len(w), w))
        # (a platform's name among the words: "in a Tuesday night Telegram post")
        return re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,2}(?:" + trie_pattern(nouns) + r")s?\b")
    return vocab.compiled("occasion_after_day", ("speech_words",), build)
def _occasion_of_day() -> re.Pattern:
    """An occasion of words closed by "of" before its day ("in its report of Wednesday", "in his address of 3 March"),
    the nouns the ``statement_noun`` and ``spoken_occasion`` words of ``data/speech_words.csv`` (built once) (dt29)."""
    def build():
        nouns = sorted(_words("statement_noun") | _words("spoken_occasion"), key=lambda w: (-len(w), w))
        return re.compile(r"\s*(?:in|at|during)\s+(?:its|his|her|their|the|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:"
                          + trie_pattern(nouns, spaces=True) + r")s?\s+of\s+")
    return vocab.compiled("occasion_of_day", ("speech_words",), build)


_SMALL_HOURS = re.compile(r"(?i)\s*in\s+the\s+(?:early|small|late)\s+hours\s+of\s+")
_DATE_INTRODUCER = lazy_fail_fast(r"(?:\bon|\blate|\bearly|\bthis|\bon\s+the|,|\b(?:published|released|aired|broadcast|"
                                  r"posted|issued|dated)|\b(?:morning|afternoon|evening|night|hours)\s+of)\s*$",
                                  re.IGNORECASE)  # "in an interview published Tuesday", "on the evening of March 5"
# ("wrote in a Telegram post in the early hours of Thursday": an occasion, then the small hours of its day)
_PUBLISHED_AFTER_RECORDED = re.compile(r"\b(?:recorded|conducted|taped|filmed|given)\s+[^.;:“”\"]{1,60}?\s+(?:and|but)\s+"
                                       r"(?:was\s+|were\s+)?(?:only\s+)?(?:aired|published|released|broadcast|posted|"
                                       r"televised|shown)\s+(?:on\s+)?$", re.IGNORECASE)
_PUBLISHED_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:was\s+|were\s+)?(?:aired|published|released|broadcast|posted|"
                               r"issued)\b", re.IGNORECASE)


# --- Read-time days of words with no day of their own, shared by quotes and claims (dt31: dt30's claims-only rules, so a
# quote and a claim of the same sentence take the same day). They read the built layer (``doc.speech``) and the document.

#: A live blog's clock time ("14:02", "9.15 GMT", "10.30am"): read by an entry's stamp below and by a stamped label
#: (claims' ``_speakers._STAMPED_LABEL``)
CLOCK = r"\d{1,2}[.:]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:BST|GMT|CET|CEST|EET|EEST|MSK|UTC|ET)?"
#: A live blog's time stamp heading an entry ("14:02 — ", "9.15 GMT - "): the page's furniture, not the words.
_LIVE_STAMP = re.compile(r"\s*" + CLOCK + r"\s*[—–-]\s*(?=\S)")


def after_stamp(text: str, start: int, end: int) -> int:
    """Where a sentence's words begin after a live blog's time stamp ("14:02 — Zelensky said …")."""
    stamp = _LIVE_STAMP.match(text, start, end)
    return stamp.end() if stamp is not None else start


#: Words placing a statement on an earlier occasion (not a past perfect in its content: "had also failed").
EARLIER_OCCASION = re.compile(r"\b(?:earlier|previously|ago|last\s+(?:week|month|year|\w+day)|in\s+(?:january|february|"
                              r"march|april|may|june|july|august|september|october|november|december|\d{4})|"
                              r"had\s+(?:said|told|stated|claimed|warned)|repeatedly|often|has\s+long)\b", re.IGNORECASE)
#: "Its spokesman", "their press secretary": the spokesperson of the institution the copy told of
ITS_SPOKESPERSON = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|press\s+secretary|"
                              r"representative)\b")


def _named_day_between(layer: Speech, a: int, b: int) -> bool:
    """Whether a date expression starts in [a, b) (the layer's date starts, by bisection)."""
    starts = layer.date_starts
    return bisect_left(starts, a) != bisect_left(starts, b)


def dated_by_paragraph(doc, layer: Speech | None = None) -> dict:
    """The dated speech acts of a document by paragraph (built once per document: no rescan per act; ``layer``: the
    document's, while it is being built)."""
    cached = getattr(doc, "_dated_acts_cache", None)
    if cached is None:
        cached = {}
        for a in (doc.speech if layer is None else layer).acts:
            if a.date is not None:
                cached.setdefault(doc.sentence_at(a.cue.start).paragraph, []).append(a)
        doc._dated_acts_cache = cached
    return cached


#: a publication or address that recurs, named with no day: "in its daily briefing", "in his nightly video address",
#: "In daily statements over the past two weeks" (group ``noun``: a ``statement_noun`` of data/speech_words.csv, or its
#: plural)
_RECURRING = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Tt]hrough)\s+(?:(?:its|his|her|their|the)\s+)?(?:latest\s+)?"
                        r"(?:daily|nightly|weekly|regular|routine)\s+(?:[\w-]+\s+)??(?P<noun>[a-z]+)\b")


def recurring_publication(doc, layer: Speech, sentence: tuple) -> tuple | None:
    """The words naming a recurring publication in the sentence ``(start, end)`` and whether they name many of them
    ("in daily statements": habitual, no one occasion), else None; only when the sentence names no day of its own
    (dt30, shared with quotes dt31)."""
    start, end = sentence
    found = _RECURRING.search(doc.text, start, end)
    if found is None or doc.in_quote(found.start()) or _named_day_between(layer, start, end):
        return None
    nouns = speech_words()["statement_noun"]
    noun = found.group("noun")
    if noun in nouns:
        return found.group(0), False
    if noun.endswith("s") and (noun[:-1] in nouns or noun[:-2] in nouns):
        return found.group(0), True
    return None


#: words that carry a statement on ("also said", "added", "went on to say"; "In addition, the ministry said …", "The
#: ministry also said …", "It added …": the statement before going on, dt39), in any case (rv27fixa)
_GOES_ON = re.compile(r"\b(?:also|added|adds|adding|further|additionally|in\s+addition|went\s+on|goes\s+on|again)\b",
                      re.IGNORECASE)


def _near_source(doc, layer: Speech, speaker: str, pos: int, date) -> bool:
    """Whether the same speaker's dated statement that ``fallback_date`` took (the last before ``pos``, else the first
    after, of that day) stands in the paragraph of ``pos`` or the one next to it (a lede's statement told on)."""
    events = [e for e in layer.dated_events.get(speaker, ()) if e.date == date]
    if not events:
        return False
    i = bisect_left(events, pos, key=lambda e: e.pos)
    source = events[i - 1] if i else events[0]
    here, there = doc.sentence_at(pos), doc.sentence_at(source.pos)
    return here is not None and there is not None and abs(here.paragraph - there.paragraph) <= 1


def recurring_not_that_day(doc, layer: Speech, recurring, speaker: str, pos: int, sentence_start: int, cue_end: int, date,
                           basis: str) -> bool:
    """ "Russia's defence ministry said in its daily briefing that …" with no day, paragraphs away from the same
    speaker's dated statement whose day ``fallback_date`` carried (``date``, ``basis``): one of its briefings, not that occasion
    ("In its daily briefing, the ministry also said": the same; next to it: the lede's statement told on) (dt30)."""
    return recurring is not None and basis.startswith("same speaker") \
        and not _GOES_ON.search(doc.text, sentence_start, cue_end) \
        and not _near_source(doc, layer, speaker, pos, date)


#: a speaker written as a personal pronoun: a person, whose "its spokesman" there is none
_PERSONAL_PRONOUN = re.compile(r"(?i)he|she|they|i|we|you")


def spokesperson_day(doc, layer: Speech, pos: int) -> tuple | None:
    """ "Ukraine's Khortytsia group said on Thursday that its units had pulled back.⏎⏎Its spokesman, X, told television
    that …": a sentence opening on the spokesperson of the institution whose dated statement ends the paragraph before
    (or stands earlier in its own) speaks on that occasion, when it names no time of its own and none is named in
    between (the institution's statement told on, Clarifications "same event"): (day, basis), else None (dt30; for
    quotes too, dt31)."""
    sentence = doc.sentence_at(pos)
    if sentence is None or sentence.headline \
            or not ITS_SPOKESPERSON.match(doc.text, after_stamp(doc.text, sentence.start, sentence.end)) \
            or EARLIER_OCCASION.search(doc.text, sentence.start, sentence.end):
        return None
    dated = dated_by_paragraph(doc, layer)
    before = [a for p in (sentence.paragraph - 1, sentence.paragraph) for a in dated.get(p, ())
              if a.sentence[1] <= sentence.start and not pd.isna(a.date)]
    if not before:
        return None
    event = max(before, key=lambda a: a.cue.start)
    if _mentions.is_person(event.speaker.speaker) or _PERSONAL_PRONOUN.fullmatch(event.speaker.as_written.strip()) \
            or _named_day_between(layer, event.sentence[1], sentence.end) \
            or until_bound(doc.text, event.sentence[0], event.cue, event.date_text):
        return None
    return event.date, f"its institution's statement, ‘{event.date_text}’ → {event.date.date()}"


#: a paragraph opening with a list's bullet mark ("• Russia's defence ministry said …", "- The Kremlin said …")
_BULLET_MARK = re.compile(r"[ \t]*[•·▪◦●*–—-][ \t]+(?=\S)")
#: what follows a dateline's day ("Feb 21 (Reuters) - ", "MOSCOW, March 4 — ")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*[-–—]\s")


def lead_days(doc) -> dict:
    """paragraph → (day, words) for the bulleted items under a lead-in that names one day and ends with a colon
    ("Here are the main developments in the war on Friday:⏎• …⏎• …"), short subheads between them ("FIGHTING")
    kept in the list (built once per document)."""
    cached = getattr(doc, "_lead_days_cache", None)
    if cached is not None:
        return cached
    from saidvsdone.document import short_subhead  # (the document module reads this package lazily)
    cached = doc._lead_days_cache = {}
    text, lead = doc.text, None
    for n, (a, b) in enumerate(doc.paragraphs):
        if _BULLET_MARK.match(text, a):
            if lead is not None:
                cached[n] = lead
            continue
        if lead is not None and short_subhead(text, a, b):
            continue  # a section's label inside the list ("DIPLOMACY")
        lead = None
        last = doc.sentence_at(b - 1) if text[a:b].rstrip().endswith(":") and not pd.isna(doc.published) else None
        if last is not None:
            # the day the lead-in's own words name ("… the main developments on Friday:"), not a dateline's ("Oct 6
            # (Reuters) - Here is what both sides have said:" lists statements of many days)
            named = [e for e in when.find(text, max(a, last.start), b) if not _DATELINE_AFTER.match(text, e.end)]
            days = {when.resolve(e, doc.published).day for e in named}
            if len(days) == 1 and not pd.isna(next(iter(days))):
                lead = (next(iter(days)), named[0].text)
    return cached


#: how a list lead-in's day is told in ``date_basis`` (claims read it to keep the day to the list's items)
LEAD_BASIS = "the list's lead-in,"


def list_lead_day(doc, layer: Speech, pos: int) -> tuple | None:
    """ "Here are the main developments in the war in Ukraine on Friday:⏎• Russia's defence ministry said …": an item of a
    list whose lead-in names the day the list tells of, with no day and no earlier occasion of its own, was said that
    day (a wire's round-up, a briefing's key points): (day, basis), else None (dt30; for quotes too, dt31). ``pos``:
    the verb's start."""
    sentence = doc.sentence_at(pos)
    if sentence is None or sentence.headline:
        return None
    lead = lead_days(doc).get(sentence.paragraph)
    if lead is None or EARLIER_OCCASION.search(doc.text, sentence.start, sentence.end) \
            or _PERFECT_BEFORE.search(doc.text, max(sentence.start, pos - 24), pos) \
            or _named_day_between(layer, sentence.start, sentence.end):
        return None
    return lead[0], f"{LEAD_BASIS} ‘{lead[1]}’ → {lead[0].date()}"


def carried_day(doc, layer: Speech, pos: int) -> tuple | None:
    """The day of words with none of their own that no same speaker's statement dated: their institution's statement
    just before (``spokesperson_day``), else their list's lead-in (``list_lead_day``); None when neither holds."""
    return spokesperson_day(doc, layer, pos) or list_lead_day(doc, layer, pos)
