"""The occasion of a statement: gatherings, meetings, documents, interviews, briefings, scenes and passages, and the day
each gives the words said there."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

import functools
from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left

import pandas as pd

from saidvsdone import mentions as _mentions
from saidvsdone import english, vocab, when
from saidvsdone.segment import trim_end
from saidvsdone.matcher import case_insensitive_opening, trie_pattern
from saidvsdone.matcher import fail_fast, lazy_fail_fast
from saidvsdone.mentions import Mention
from saidvsdone.vocab import speech_words  # (the table's words by kind; used all through this module)

from ._acts import _any_start_in, BACK_REFERENCE_OPENING, BY_ADJUNCT, _Event, _inside, _starts_in, _WORD, _words, QuoteReading, RuleGuard, SpeechAct
from ._names import _apposition_of, _HEAD_OF_OWNED, _title_words_only, given_name, NAMING_FORMULA
from ._speakers import _Reader, _resolve
from ._layout import _DOING_REACH, _prose_reach, _reach_scene

if TYPE_CHECKING:  # (read in annotations only: the modules above import from this one)
    from ._layer import Speech


# "In a post on Telegram afterwards, he wrote": an occasion tied to the doing just told ("X visited the troops on
# Wednesday"), which goes on dating the words
_AFTERWARDS = re.compile(r"(?i)\bafterwards?\b|\b(?:after|following)\s+(?:the|his|her|that|this)\s+(?:visit|trip|tour|inspection)\b")
# (not a place: "shown at a command post", "at an observation post", "at a border post") (dt24)
_OWN_OCCASION = lazy_fail_fast(r"\b(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:an?|his|her|its|their|the|[A-Z]\w*[’']s)\s+(?:[\w’'-]+\s+){0,2}(?:interview|address|speech|"
                               r"(?<!command\s)(?<!observation\s)(?<!border\s)(?<!forward\s)(?<!guard\s)(?<!trading\s)post|op-ed|article|statement|message|video|podcast)\b|\b[Ii]n\s+(?:[\w-]+\s+)?(?:comments|remarks)\b|\bon\s+(?:Telegram|X|Twitter|Facebook|"
                               r"Truth\s+Social|state\s+television|television|TV)\b")
_NEW_SCENE = re.compile(r"\s*(?:(?:Meanwhile|Separately|Elsewhere)\b|In\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*,"
                        r"|Back\s+(?:in|at|on)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s*,"  # "Back in the dugout, …"
                        r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s*,\s*meanwhile\b)")


def _new_scene(reader: _Reader, s_start: int) -> bool:
    """Whether the sentence opens on another scene (``_NEW_SCENE``): not a place fronted before an interpolated
    attribution ("In Mariupol, she said, the garrison had held out …": the place is the reported words', the
    speaker goes on at the occasion of the passage) (dt23)."""
    found = _NEW_SCENE.match(reader.text, s_start)
    if found is None:
        return False
    if not found.group(0).lstrip().startswith("In"):
        return True
    cue = next(iter(reader.cues_between(found.end(), found.end() + 40)), None)
    return cue is None or not re.match(r"\s*,", reader.text[cue.end:cue.end + 3]) \
        or len(reader.text[found.end():cue.start].split()) > 3


# an audience that sits as one body, after a telling verb ("told MPs", "told a court in Lviv", "assured the House",
# "testified before the committee") or "in court": the words were said at its sitting (dt26; the ``sitting_audience``
# words of data/speech_words.csv, as written, a space any white space; the telling verb a ``telling_verb`` word, in lower
# case or with its first letter a capital)
def _TOLD_SITTING_SOURCE() -> str:
    audience = (r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+)??(?i:"
                + (trie_pattern(speech_words()["sitting_audience"], spaces=True) or "(?!)") + r")\b(?!-)")
    return (_opening_on_letters(speech_words()["telling_verb"], audience) or "(?!)") + "|" \
        + _opening_on_letters(("in",), r"\s+court\b")


def _opening_on_letters(words: Iterable[str], rest: str) -> str:
    r"""What ``\b(?:w1|w2|…)`` + ``rest`` matches, each word read in lower case or with its first letter a capital,
    written as branches that each open on one letter, the word boundary after it (``.`` reads that letter), to stand at
    the top level of a pattern (not in a group: sre then searches a text for those letters in C instead of entering the
    pattern at every position; issue 17, sp23): :func:`matcher.case_insensitive_opening`'s ``first_letter`` branches
    (one definition: vc2). A space in a word matches any white space; the words after a letter are tried longest first
    (as their trie, :func:`matcher.trie_pattern`, matches); no two letters open the same match. Empty when there are
    no words.

    Example:
        >>> _opening_on_letters(("told", "assured", "tells"), r"\s+MPs")
        'A(?<!\\w.)(?:(?:ssured)\\s+MPs)|a(?<!\\w.)(?:(?:ssured)\\s+MPs)|T(?<!\\w.)(?:(?:ells|old)\\s+MPs)|t(?<!\\w.)(?:(?:ells|old)\\s+MPs)'
    """
    words = sorted(set(words) - {""}, key=lambda w: (-len(w), w))
    return _top_level(case_insensitive_opening([("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words), rest)],
                                               not_after=r"\w", first_letter=True)) if words else ""


_TOLD_SITTING = vocab.TablePattern("told_sitting", ("speech_words",), _TOLD_SITTING_SOURCE)


# a sitting whose passage admits only its participants: a ``sitting_event`` word ("Opening the debate on the drone fund, X
# said", "the town turned out for his funeral on Tuesday") or an audience that sits (``_TOLD_SITTING``) (dt26)
_SITTING = vocab.TablePattern("sitting", ("speech_words",), lambda: r"(?i:\b(?:" + (trie_pattern(
    speech_words()["sitting_event"], spaces=True) or "(?!)") + r")\b(?!-))|" + _TOLD_SITTING_SOURCE())
# a word that ties a sentence to the sitting its passage is about (the ``sitting_turn`` and ``sitting_event`` words, an
# audience that sits): "Intervening, X said", "the judge asked him", "the witness told the court" (dt26)
_SITTING_TURN = vocab.TablePattern("sitting_turn", ("speech_words",), lambda: r"(?i:\b(?:" + (trie_pattern(
    speech_words()["sitting_turn"] | speech_words()["sitting_event"], spaces=True) or "(?!)") + r")\b)|"
    + _TOLD_SITTING_SOURCE())
# a member of the legislature in the attribution before the verb ("X, an Estonian member of the liberal group, said",
# "Y, an Italian Social Democrat, urged", "Z of the far-right group called"; the ``sitting_member`` words): a
# participant of the sitting the passage is about (dt37)
# (a party word, ``sitting_party``, only when it ends the apposition, "Y, an Italian Social Democrat, urged", or names
# the member's group, "a member of the liberal group", "of the far-right Freedom and Unity group" (a ``party_group_noun``,
# up to three words of the group's name before it); not "an Italian
# socialist economist", rv25fixb)
def _sitting_member_pattern() -> str:
    member, party, group = ((trie_pattern(speech_words()[kind], spaces=True) or "(?!)")
                            for kind in ("sitting_member", "sitting_party", "party_group_noun"))
    return (r"(?i:(?<![\w-])(?:" + member + r")(?![\w-])|(?<![\w-])(?:" + party + r")\s*,"
            r"|\bmember\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:" + party + r")(?![\w-])"
            r"|\bof\s+the\s+(?:[\w-]+\s+){0,2}?(?:" + party + r")(?:\s+[\w-]+){0,3}?\s+(?:" + group + r")\b)")


_SITTING_MEMBER = vocab.TablePattern("sitting_member", ("speech_words",), _sitting_member_pattern)
# a sitting of a legislature (a ``legislature_word`` in the sentence that opens it: "told the European Parliament on
# Wednesday"): only there does a member or party word tie a speaker to it (not at a trial or a funeral) (rv25fixb)
_LEGISLATURE = vocab.TablePattern("legislature_word", ("speech_words",), lambda: r"(?i:(?<![\w-])(?:" + (trie_pattern(
    speech_words()["legislature_word"], spaces=True) or "(?!)") + r")(?![\w-]))")


# a sitting where both sides of a case speak (a trial, a hearing, a court, a debate): whoever speaks in its passage may
# be of either side of the war (a captured soldier and his accusers) (dt26)
_BOTH_SIDES_HEARD = vocab.TablePattern("both_sides_heard", ("speech_words",), lambda: r"(?i:\b(?:trial|tribunal|inquest|hearing|"
                                       r"debate|court)\b)|" + _TOLD_SITTING_SOURCE())


# a comment on the news ("Commenting on …, Peskov said"): not words said at the meeting just reported
# ("told reporters" may be: "X and Y held a news conference on Tuesday. … Austin told reporters")
# ("speaking separately", "in separate remarks": another occasion than the meeting's, said the same day or not)
_OWN_AUDIENCE = re.compile(r"\bcommenting\s+on\b|\bseparately\b|\bin\s+(?:a\s+)?separate\s+(?:[\w-]+\s+)?(?:comments?|remarks|"
                           r"statements?|interviews?|address|speech|post|message|briefing)\b", re.IGNORECASE)
# (dt26) the ``scene_gathering`` words of data/speech_words.csv too ("Opening the debate on the drone fund, X said", "at his
# funeral"), and an audience that sits as one body after a telling verb ("told MPs", "told a court in …", "told the
# House"; the ``sitting_audience`` words) or "in court": a gathering whose participants speak in turn
# (sp23: what ``(?i:\b(?:meeting|session|…|the words' trie)\b(?!-)|\b(?:by|on\s+the)\s+(?:tele)?phone\b)|`` + the telling
# verbs matched, written to open on the letters its words open on, each with its word boundary after that letter: sre
# searches a text for them in C instead of trying every word at every position, case-insensitively (issue 17))
GATHERING = vocab.TablePattern("gathering", ("speech_words",), lambda: _top_level(case_insensitive_opening([(
    # (the ``turn_gathering`` words, then the ``scene_gathering`` ones, each kind's longest first, as the trie of the
    # words alone matches; a space any white space; vc2)
    "|".join(re.escape(w).replace(r"\ ", r"\s+") for kind in ("turn_gathering", "scene_gathering")
             for w in sorted(set(speech_words()[kind]) - {""}, key=lambda w: (-len(w), w))),
    r"\b(?!-)"), ("by", r"\s+(?:tele)?phone\b"), ("on", r"\s+the\s+(?:tele)?phone\b")], not_after=r"\w"))
    + "|" + _TOLD_SITTING_SOURCE())  # (not a "call-up")


def _top_level(group: str) -> str:
    """The branches of a group ``(?:…|…)`` (:func:`matcher.case_insensitive_opening`'s), to stand at a pattern's top
    level, where sre reads their first characters."""
    assert group.startswith("(?:") and group.endswith(")")
    return group[3:-1]


# "At the meeting, Putin said", "during the call", "told the council", "addressing the summit": a definite gathering
# with no day of its own, in the main clause (the ``scene_gathering`` words of data/speech_words.csv, a body's name
# capitalised too: "told the Security Council") (dt24)
_THE_GATHERING = vocab.TablePattern("the_gathering", ("speech_words",), lambda: r"\b(?:[Aa]t|[Dd]uring|[Ii]n|[Aa]fter|"
                                    r"told|addressed|addressing|addresses|tells|briefed|adjourned|adjourning|closed|"
                                    r"closing|opened|opening|wound\s+up|winding\s+up|"
                                    # "Speaking to the 15-member council, X said", "spoke before the assembly" (dt37)
                                    r"(?:[Ss]peaking|spoke|speaks|[Tt]alking|talked)\s+(?:to|before))\s+the\s+"
                                    r"(?:(?:end|close|start|beginning|opening)\s+of\s+the\s+)?(?:[\w’'-]+\s+){0,2}?(?:"
                                    + trie_pattern(speech_words()["scene_gathering"] | {"talks", "call"}
                                                   | {w.capitalize() for w in speech_words()["scene_gathering"]
                                                      if " " not in w}, spaces=True) + r")\b(?!-)")


# "According to the ministry, on Saturday night Russian forces launched …": a day opening what the source reports
_ACCORDING_DAY = re.compile(r"\s*According\s+to\s+[^,.;:“”\"]{2,60},\s*(?:(?:late|early)\s+)?(?:on|in|at)?\s*")


def _according_event_day(reader: _Reader, s_start: int, s_end: int) -> str | None:
    """A day opening the clause after "According to X," (the reported events' day, not the words'): a new time cue,
    so not the source's dated statement above going on ("The ministry said the previous day …. According to the
    ministry, on Saturday night …": no day) (dt14)."""
    opened = _ACCORDING_DAY.match(reader.text, s_start, s_end)
    if opened is None:
        return None
    e = next(iter(when.find(reader.text, opened.end(), min(s_end, opened.end() + 40))), None)  # (an event's day: not a
    # statement date the reader keeps)
    if e is None or e.start != opened.end() or e.kind in ("vague", "relative_far"):
        return None
    return f"the reported events' day (‘{e.text}’)"


def _the_gathering(reader: _Reader, layer: Speech, s_start: int, s_end: int, cue_subjects,
                   in_passage: bool = False) -> tuple | None:
    """(day, words, gathering) for a statement made "at the meeting" (the briefing, the call …) that names no
    day: the definite noun refers back to the article's last dated gathering before it, unless a
    new time cue comes in between (a sentence placed on an earlier occasion, "last week",
    "earlier this month"); ``gathering`` is that gathering's entry of ``Speech.gatherings``, the key of
    ``Speech.gathering_passages``."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    if cue is None:
        return None
    # (in the passage about the meeting, words told to it are that passage's: "same meeting" dates them, as they are
    # no dated statement of the speaker's own a later occasion of his would go on from) (dt24)
    found = next((m for m in _THE_GATHERING.finditer(reader.text, s_start, min(s_end, cue.end + 30))
                  if not reader.doc.in_quote(m.start()) and not (in_passage and _AUDIENCE_OPENING.match(m.group(0)))),
                 None)
    # (a day in what the speaker reports, "told the council that drones had hit the grid on Sunday", is the
    # events' day: only one before the speech verb is the words' own) (dt24)
    if found is None:
        return None
    content = _CONTENT_OPENS.search(reader.text, max(cue.end, found.end()), s_end)
    frame_end = max(cue.end, min(content.start() if content else s_end, found.end() + 40))
    if any(e.start < frame_end for e in reader.dates_between(s_start, s_end)):
        return None  # ("said at the forum in Vladivostok last week that …": the words' own time)
    pos, day, words = layer.gatherings[-1]
    # an earlier occasion or a vague time in between blocks the reference only when it names a gathering the definite
    # noun could mean ("Last week the council held an emergency session."); background in between ("X had said last
    # week that …") leaves the article's dated gathering the one referred to (dt24)
    held = reader.doc.sentence_at(pos)
    since = held.end if held is not None else pos
    between = [a for a, _, _ in _starts_in(layer.earlier, since, s_start)] \
        + [e.start for e in reader.dates_between(since, s_start) if e.kind in ("vague", "relative_far")]
    # (after a sitting, only a gathering named in between blocks: a plain statement "Last week, the General Staff
    # said …" is no hearing or debate "the hearing" could mean, dt26)
    sitting = (day, words) in layer.sittings
    if pd.isna(day) or any(_new_time_between(reader, reader.doc.sentence_at(a), sitting) for a in sorted(set(between))):
        return None
    if words.endswith(")"):
        return day, words, layer.gatherings[-1]  # (the gathering's day as a sentence referring back to it gave it)
    return day, f"{words} ({found.group(0).split(None, 1)[1]})", layer.gatherings[-1]


_AUDIENCE_OPENING = re.compile(r"told|addressed|addressing|addresses|tells|briefed")
_CONTENT_OPENS = re.compile(r"\bthat\b|[“\"‘]")


_HAD_SAID = re.compile(r"(?i)\bhad\s+(?:\w+ly\s+|also\s+|earlier\s+|already\s+)?(?:said|told|claimed|stated|warned|"
                       r"announced|reported|insisted|written|declared)\b")


def _new_time_between(reader: _Reader, sentence, sitting: bool = False) -> bool:
    """Whether a sentence between a dated gathering and words "at the meeting" is a new time the definite noun could
    refer to: one that names a gathering, or a new occasion with a time in its frame ("Last month, Putin said …");
    not background in the pluperfect ("X had said last week that …") nor a time inside what is reported (dt24)."""
    if sentence is None:
        return True
    text, doc = reader.text, reader.doc
    if any(not doc.in_quote(m.start()) for m in GATHERING.finditer(text, sentence.start, sentence.end)):
        return True
    if sitting:
        return False
    cue = next((c for c in reader.cues_between(sentence.start, sentence.end) if not doc.in_quote(c.start)), None)
    if cue is None:
        return True
    if _HAD_SAID.search(text, max(sentence.start, cue.start - 30), cue.end):
        return False
    return any(e.start < cue.end for e in reader.dates_between(sentence.start, sentence.end))


# a document dated by its publication ("a report released on Tuesday", "its assessment published late on Monday"): the
# ``statement_noun`` words of data/speech_words.csv (group 1), then a publishing verb and the day
_DATED_DOCUMENT = vocab.TablePattern("dated_document", ("speech_words",), lambda: r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he)"
                                     r"\s+(?:[\w-]+\s+){0,2}?(" + (trie_pattern(speech_words()["statement_noun"]) or "(?!)")
                                     + r")\s+(?:(?:that\s+was\s+|which\s+was\s+)?(?:released|published|issued|"
                                     r"put\s+out|made\s+public)\s+)(?:late\s+|early\s+)?(?:on\s+|at\s+the\s+weekend)")
#: the verb first: "The General Staff published its morning summary on Friday", "X released a report late on Monday"
_PUBLISHED_DOCUMENT = vocab.TablePattern("published_document", ("speech_words",), lambda: r"\b(?:released|published|issued|"
                                         r"put\s+out)\s+(?:an?|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?("
                                         + (trie_pattern(speech_words()["statement_noun"]) or "(?!)")
                                         + r")\s+(?:late\s+|early\s+)?(?:on\s+|at\s+the\s+weekend)")
#: the words given in a dated statement: "X said in a statement on Friday evening that …" (dt26)
_SAID_IN_DOCUMENT = vocab.TablePattern("said_in_document", ("speech_words",), lambda: r"\b(?:said|announced|stated|added)\s+in\s+"
                                       r"(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?("
                                       + (trie_pattern(speech_words()["statement_noun"]) or "(?!)")
                                       + r")\s+(?:late\s+|early\s+)?(?:on\s+)")
# (each word's \b written after its first letter: the pattern opens on r p i m, searched in C; issue 17)
_PUBLISHED = re.compile(r"(?:r(?<!\w.)eleased|p(?<!\w.)ublished|i(?<!\w.)ssued|p(?<!\w.)ut\s+out|m(?<!\w.)ade\s+public)\b")
# the same document named again in a statement's attribution ("…, the report said", "the report's lead author",
# "At the launch of the report")
_THE_DOCUMENT = r"\b[Tt]he\s+(?:[\w-]+\s+)?{}(?:[’']s)?\b"


_PUBLISHED_GUARD = RuleGuard(_PUBLISHED)


def _dated_document(reader: _Reader, layer: Speech, s_start: int, s_end: int) -> None:
    """Keep a document the sentence dates by its publication ("a British think-tank said in a report released on
    Tuesday"), or the statement a speaker made in it on a day ("said in a statement on Friday evening", dt26): the
    statements that name it again in the passage after it carry its day (dt16)."""
    found = []
    if reader.may_hold((" in a", " in an", " in its", " in his", " in her", " in their"), s_start, s_end):
        found = [m for m in _SAID_IN_DOCUMENT.finditer(reader.text, s_start, s_end)]
    if not found and (not reader.may_match(_PUBLISHED_GUARD) or _PUBLISHED.search(reader.text, s_start, s_end) is None):
        return  # (a prefilter: most sentences publish nothing, most articles neither)
    for m in [*found, *_DATED_DOCUMENT.finditer(reader.text, s_start, s_end), *_PUBLISHED_DOCUMENT.finditer(reader.text, s_start, s_end)]:
        if reader.doc.in_quote(m.start()):
            continue
        expression = next((e for e in reader.dates_between(m.end(1), s_end) if e.start - m.end(1) < 40), None)
        if expression is None or expression.kind in ("vague", "relative_far"):
            continue
        day = when.resolve(expression, reader.doc.published).day
        if not pd.isna(day):
            layer.documents.append((s_end, day, expression.text, m.group(1).lower()))
            return


def _the_document(reader: _Reader, layer: Speech, s_start: int, s_end: int, cue_subjects) -> tuple | None:
    """(day, words) for an undated statement whose attribution names "the report" (the same noun) that the article
    dated by its publication above, no time cue in between ("…, the report said.", "the report's lead author, X,
    wrote", "At the launch of the report in London, X told journalists"): the same document, or its launch that day
    ("Dating by the same event"). "A separate report" is another one (it is dated or not on its own) (dt16)."""
    end, day, words, noun = layer.documents[-1]
    if reader.dates_between(end, s_end) or _any_start_in(layer.earlier, end, s_start):
        return None
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    if cue is None:
        return None
    # the attribution: the words before the verb in its clause, or a short closing after it ("…, the report said")
    the = re.compile(_THE_DOCUMENT.format(rf"(?:{re.escape(noun)}|(?:launch|presentation)(?![\w-]|\s+(?:of|sites?|pads?)\b))"))  # (its launch that day)
    if any(not reader.doc.in_quote(m.start()) for m in the.finditer(reader.text, s_start, min(s_end, cue.end + 20))):
        return day, f"{words} (the {noun})"
    # "…, the statement said." closing a sentence whose first verb is another's ("X also stressed …, the statement
    # said"): the words are the statement's (dt26)
    closing = _CLOSING_DOCUMENT.search(reader.text, max(s_start, s_end - 40), s_end)
    if closing is not None and closing.group(1).lower() == noun and not reader.doc.in_quote(closing.start()):
        return day, f"{words} (the {noun})"
    return None


_CLOSING_DOCUMENT = re.compile(r"[,”\"]\s*the\s+(\w+)\s+(?:also\s+)?(?:said|says|added|adds|stated|noted)\s*[.!]?\s*$")


# a year fronted in the sentence ("In 2022,", "Back in February 2022,"): the frame of a date without a year after it
_FRONTED_YEAR = re.compile(r"\s*(?:Back\s+)?[Ii]n\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d{2})\s*,")
# a lede's news of the day ("The army said today …"; a lede dated by a weekday is one event among others)
_TODAY = re.compile(r"(?i)\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b")


def _unnamed_group(subject) -> bool:  # "senior officers", "Ukrainian officials": unnamed people speaking as a group
    return not subject.speaker and subject.as_written.split()[-1:] != [] \
        and subject.as_written.split()[-1].lower() in _words("speaking_group")

# "Speaking at a media briefing, X said", "X told a news conference": the occasion an institution's news came from
_AT_BRIEFING = re.compile(r"\b(?:at|to|told|addressing)\s+(?:a|the|an)\s+(?:[\w-]+\s+)?(?:briefing|news\s+conference|"
                          r"press\s+conference)\b", re.IGNORECASE)


def _institution_side(who, subject: Mention) -> str:
    """Russia or Ukraine for an institution of either side ("Ukraine's army", "the Russian defence ministry"), else ""."""
    known = _warring_side(who, subject.speaker)
    if known:
        return known
    sides = {side for side, stem in (("Ukraine", "ukrain"), ("Russia", "russia")) if stem in subject.as_written.lower()
             or stem in subject.speaker.lower()}
    return sides.pop() if len(sides) == 1 else ""


# the speaker goes on ("Zelensky also said", "he added", "she continued")
_CONTINUING = fail_fast(r"\b(?:also|added|adds|adding|continued|went\s+on|further)\b", re.IGNORECASE)


# a body continuing right after another's statement: "added", "also said" (the verb itself, or right before it)
_BODY_ADDED = re.compile(r"(?i)added|adds|continued|went\s+on")


def _body_goes_on(reader: _Reader, layer: Speech, sentence, cue_subjects) -> tuple | None:
    """(day, words) for an institution's undated "added" in the sentence right after another institution of the same
    side dated its statement, in the same paragraph ("Ukraine's military said in Sunday's statement that …. The General
    Staff added that …"): one statement, the body named another way ("Dating by the same event": the same speaker
    continuing). Never a person's, nor one of the other side (dt14)."""
    cue, subject = cue_subjects[0]
    if subject is None or not subject.speaker or not _BODY_ADDED.fullmatch(cue.text) or not layer.acts:
        return None
    last = layer.acts[-1]
    if last.speaker is None or not last.speaker.speaker or last.speaker.speaker == subject.speaker \
            or last.date is None or pd.isna(last.date):
        return None
    before = reader.doc.sentence_at(last.sentence[0])
    if before is None or before.paragraph != sentence.paragraph or reader.text[before.end:sentence.start].strip():
        return None  # (the sentence right before, in the same paragraph)
    if any(_mentions.could_be_person(x.speaker, reader.who) for x in (subject, last.speaker)):
        return None
    side = _institution_side(reader.who, subject)
    return (last.date, last.date_text) if side and side == _institution_side(reader.who, last.speaker) else None


# "Yuriy Ignat, the air force spokesman, said", "its spokeswoman, X, said", "a spokesman for the ministry, X, said"
_BODY_VOICE = vocab.TablePattern("body_voice", ("speech_words",), lambda: r"\b(?:[Tt]he|[Ii]ts|[Aa])\s+((?:[\w’'-]+\s+){0,3}?)(?:"
                                 + (trie_pattern(speech_words()["body_voice"], spaces=True) or "(?!)")
                                 + r")\b(?:\s+for\s+(?:the\s+)?((?:[\w’'-]+\s*){1,3}))?")


def _body_voice(reader: _Reader, layer: Speech, sentence, cue_subjects) -> tuple | None:
    """(day, words) for the undated words of a person introduced as a body's voice ("Yuriy Ignat, the air force
    spokesman, said …") in the sentence right after that body dated its statement ("Ukraine's air force said on Friday
    …"), nothing in between: the same statement in its spokesman's words ("Dating by the same event"); the role names
    the body ("air force") or says "its" (dt16)."""
    cue, subject = cue_subjects[0]
    if subject is None or not subject.speaker or not layer.acts \
            or not _mentions.could_be_person(subject.speaker, reader.who):
        return None
    last = layer.acts[-1]
    if last.speaker is None or not last.speaker.speaker or last.date is None or pd.isna(last.date) \
            or _mentions.could_be_person(last.speaker.speaker, reader.who):
        return None
    before = reader.doc.sentence_at(last.sentence[0])
    if before is None or reader.text[before.end:sentence.start].strip() or before.headline:
        return None  # (the sentence right before, this paragraph or the one above)
    m = _BODY_VOICE.search(reader.text, sentence.start, cue.start)
    if m is None or reader.doc.in_quote(m.start()):
        return None
    body = " ".join((m.group(1) or m.group(2) or "").split()).lower()
    said = " ".join(reader.text[before.start:before.end].split()).lower()
    if m.group(0)[:3].lower() != "its" and not (body and re.search(rf"\b{re.escape(body)}\b", said)):
        return None  # ("a spokesman for the Khortytsia group of forces" after the General Staff: another body)
    if any(not reader.doc.in_quote(x.start()) for pattern in (_OWN_OCCASION, _AIRED_OCCASION, _VOICE_OWN_AUDIENCE)
           for x in pattern.finditer(reader.text, sentence.start, sentence.end)):
        return None  # "…, the spokesman for the Air Force, said on the national telethon": an occasion of his own
    return last.date, last.date_text


_VOICE_OWN_AUDIENCE = re.compile(r"(?i)\b(?:telethon|television|radio|broadcaster|channel|interview|podcast)\b")


def _continues_appearance(reader: _Reader, layer: Speech, cue_subjects, s_start: int, s_end: int) -> None:
    """ "Zelensky addressed the nation on Sunday. “…,” he said. … Zelensky also said …": a speaker who
    spoke within the reach of their dated doing and goes on ("also said", "added") past it, with no
    day named in between, is still on that occasion: the doing's reach grows to this sentence."""
    cue, subject = cue_subjects[0]
    if subject is None or not subject.speaker or not _CONTINUING.search(reader.text, s_start, min(s_end, cue.end + 12)):
        return
    doings = layer.appearances.get(subject.speaker)
    if not doings or doings[-1][0] >= s_start or doings[-1][1] >= s_end:
        return
    start, reach = doings[-1][0], doings[-1][1]
    positions = reader.event_positions.get(subject.speaker, [])
    k = bisect_left(positions, start)
    if k >= len(positions) or positions[k] > reach or reader.dates_between(reach, s_start):
        return  # the speaker did not speak within the doing's reach, or a day is named since
    for event in reversed(reader.events):
        if event.pos < reach:
            break
        if event.pos < s_start and event.speaker != subject.speaker:
            return  # someone else spoke in between
    doings[-1] = (start, s_end) + tuple(doings[-1][2:])


# a lede whose subject is a group of people of both sides or one ("Ukrainian and Russian commanders",
# "Russian officials"), a verb and a day: each member's undated account below is of that day
_GROUP_SUBJECT = re.compile(r"\s*(?:[A-Z][\w-]+\s+(?:and\s+[A-Z][\w-]+\s+)?)?(?:military\s+|senior\s+|top\s+)?"
                            r"(commanders|officials|generals|ministers|leaders|spokesmen|spokespeople)\b")


def _group_lede(reader: _Reader, s_start: int, s_end: int) -> tuple:
    """(the lede's end, day, words) for a lede sentence opened by a group of people with a day of its
    own (a weekday or a date, outside quotes), else ()."""
    found = _GROUP_SUBJECT.match(reader.text, s_start)
    if found is None:
        return ()
    for e in reader.dates_between(found.end(), s_end):
        if reader.doc.in_quote(e.start) or e.kind not in ("weekday", "weekday_day", "explicit", "relative"):
            continue
        day = when.resolve(e, reader.doc.published).day
        if not pd.isna(day):
            return (s_end, day, e.text, found.group(1).lower()[:7])
    return ()


def _group_members(reader: _Reader, layer: Speech) -> frozenset:
    """The people who speak after a group lede whose first naming sentence calls them by the group's
    word ("commanders": "who commands Ukraine's 3rd Army Corps", "the commander of the group")."""
    end, stem = layer.group_lede[0], layer.group_lede[3]
    members = set()
    for name in {a.speaker.speaker for a in layer.acts if a.cue.start > end} | {r.speaker for r in layer.quotes}:
        if not name or " " not in name or not _mentions.could_be_person(name, reader.who):
            continue
        first = reader.text.find(name.split()[-1], end)  # where the copy first names the person
        sentence = reader.doc.sentence_at(first) if first >= 0 else None
        if sentence is not None and stem in reader.text[sentence.start:sentence.end].lower():
            members.add(name)
    return frozenset(members)


def _lede_briefing(reader: _Reader, lede: tuple, cue_subjects, s_start: int, s_end: int) -> tuple | None:
    """The lede's day for a person speaking at a briefing just below it ("Ukraine's army said today
    it had … / Speaking at a briefing, General X said …": the lede reports that briefing), when
    no other day is named in between."""
    pos, reach, day, words, side = lede  # pos: where the lede sentence ends
    people = [subj.speaker for _, subj in cue_subjects
              if subj is not None and subj.speaker and _mentions.is_person(subj.speaker, reader.who)]
    if s_start >= reach or not people or (side and _person_side(reader, people[0]) not in ("", side)):
        return None  # (the two sides' briefings are not one: a Ukrainian statement does not date Konashenkov's)
    found = next((m for m in _AT_BRIEFING.finditer(reader.text, s_start, s_end) if not reader.doc.in_quote(m.start())), None)
    if found is None or reader.dates_between(pos, s_start):
        return None
    return day, f"{words} (the lede’s news, {found.group(0)})"


#: "He said Russia had fired 700 drones … earlier this month": a back-shifted verb between the speech verb and a
#: time that names no day places what is reported, not the words (dt17)
_REPORTED_PAST = re.compile(r"\bhad\b", re.IGNORECASE)
# a plan before a day: "are due to vote on Thursday", "is expected to sign on Friday", "will meet on Monday" (dt31)
_PLANNED = re.compile(r"(?i)\b(?:will|(?:is|are)\s+(?:due|expected|scheduled|set|to)|plans?\s+to)\b")


#: an aside on the speaker between the subject and the verb, telling of his past ("The minister, an economist who
#: took the post in May last year, said …", "Berg, who joined the navy in 1998, said …"): its time is his life's (dt21)
_LIFE_ASIDE = re.compile(r",\s+(?:(?:an?|the|his|her)\s+(?:[^,;:.“”\"]{1,60}?\s+)?)?who\s+[^,;:.“”\"]{3,120},")


def _in_life_aside(reader: _Reader, e, s_start: int, cue_subjects) -> bool:
    """Whether the time expression ``e`` sits in an aside on the speaker right before his speech verb (the cue just
    after the aside's closing comma): not an aside that tells of speech or of a gathering ("X, who spoke at the
    meeting on Monday, said", "who last week accused …")."""
    text = reader.text
    for cue, _ in cue_subjects:
        if cue.start <= e.end:
            continue
        for m in _LIFE_ASIDE.finditer(text, max(s_start, cue.start - 200), cue.start):
            if m.start() <= e.start and e.end <= m.end() and not text[m.end():cue.start].strip() \
                    and not reader.cues_between(m.start(), m.end()) and not GATHERING.search(text, m.start(), m.end()):
                return True
    return False


def _names_passage_day(reader: _Reader, s_start: int, s_end: int, passage) -> bool:
    """Whether every time the sentence names is a calendar day, the dated meeting's own ("… reported that during the
    attack on the morning of 14 December all 13 drones were destroyed" in the passage of the staff meeting held on 14
    December): the same day told again, no new time cue, so the meeting's passage goes on (dt29)."""
    if passage[0] is None or pd.isna(passage[0]):
        return False
    expressions = reader.dates_between(s_start, s_end)
    if not expressions:
        return False
    for e in expressions:
        if e.kind in ("vague", "relative_far", "relative_event"):
            return False
        day = reader.resolved.get(e.start)
        if day is None or pd.isna(day):
            day = when.resolve(e, reader.doc.published).day
        if pd.isna(day) or pd.Timestamp(day).normalize() != pd.Timestamp(passage[0]).normalize():
            return False
    return True


def _passage_time_cue(reader: _Reader, s_start: int, s_end: int, dated: tuple, cue_subjects) -> bool:
    """A new time cue in the sentence, which ends a dated meeting's passage ("Earlier this month, X said"): not a time
    naming no day inside what a named speaker reports ("Umerov said Russia had fired 700 drones at cities earlier
    this month"), which places the reported event and leaves the words at the meeting (dt17); nor one in an aside on
    the speaker's past before his verb ("The minister, who took the post in May last year, said …") (dt21); nor a day
    the content's pluperfect places ("X told the council that Russia had fired 90 drones on Sunday": the strikes'
    day, the words still the meeting's) (dt24)."""
    expressions = [e for e in reader.dates_between(s_start, s_end)
                   if not (dated[0] is None and cue_subjects and _in_life_aside(reader, e, s_start, cue_subjects))
                   and not _UNTIL_BEFORE.search(reader.text, max(s_start, e.start - 12), e.start)
                   and not (e.kind == "relative_event" and e.text.lower().endswith("later") and cue_subjects
                            and e.start > cue_subjects[0][0].end)]
    # ("adjourned the hearing until May 2": a bound the sitting set, no new time of the story's; "… he said was killed
    # two days later": a time counted from what is reported) (dt26)
    if not cue_subjects and dated[0] is None:
        # "MEPs are due to vote on Thursday on the resolution.", "The talks will resume on Monday.": a sentence with no
        # speech that tells what is planned for a day after the page's tells of no new occasion (the story's plan, not
        # its next scene) (dt31)
        published = reader.doc.published
        expressions = [e for e in expressions if not (
            _PLANNED.search(reader.text, s_start, e.start) and not pd.isna(published)
            and not pd.isna(day := when.resolve(e, published).day) and day >= published.normalize())]
    if not expressions:
        return False
    if dated[0] is not None or not cue_subjects:
        return True
    cue, subject = cue_subjects[0]
    if subject is None or not subject.speaker:
        return True
    text = reader.text
    return any(e.start < cue.end or not _REPORTED_PAST.search(text, cue.end, e.start)
               or (e.kind not in ("vague", "relative_far") and not _CONTENT_PERFECT.search(text, cue.end, e.start))
               for e in expressions)


# the content's own pluperfect verb before a day ("… that Russia had fired 90 drones … on Sunday"): the reported
# event's day (dt24)
# (dt26: an irregular participle too, "had gone into battle on October 7", "had lost 80 men by Friday")
_CONTENT_PERFECT = re.compile(r"\bthat\b[^.;:“”\"]*?\bhad\s+(?:\w+ly\s+|already\s+|also\s+)?(?:\w+ed|\w+en|gone|lost|"
                              r"fought|held|sent|shot|hit|made|left|put|run|won|built|brought|caught|dug|fled|led|"
                              r"met|paid|sold|told|said|struck|bought|spent|kept)\b", re.IGNORECASE)


_REPORTS_BETWEEN = re.compile(r"\bthat\b|\b(?:had|has|have|was|were|is|are|would|will)\b")


def _introduces_next_speaker(reader: _Reader, sentence) -> bool:
    """Whether a sentence with no speech names a person by name who speaks in the story's next paragraph (a speech
    verb there and the name's last word before it: "Sen. A B … opened by asking whether …" / "“…,” B asked."; or a
    quoted paragraph with no cue of its own: "Putin went on.⏎“…”")."""
    names = [(reader.full(m) or m.speaker) if m.how == "unknown name" else m.speaker
             for m in reader.mentions_between(sentence.start, sentence.end) if m.how in ("name", "title", "unknown name")]
    names = [x for x in names if x and " " in x and _mentions.could_be_person(x, reader.who)]  # (a surname the article
    # gave in full before: "Petrenko went on.")
    if not names:
        return False
    doc = reader.doc
    following = doc.story_ahead(sentence.paragraph, 1)
    if following <= sentence.paragraph:
        return False
    a, b = doc.paragraphs[following]
    cues = [c for c in reader.cues_between(a, b) if not doc.in_quote(c.start)]
    if not cues and reader.text[a:a + 1] in "“\"«":
        return True  # "Putin went on.⏎“…”": the lead-in to a quoted paragraph with no cue of its own (mt12)
    return bool(cues) and any(_bounded_word_in(reader.text[a:cues[0].end], name.split()[-1]) for name in names)


#: (sp29) a word character, as ``\b`` reads one
_WORD_CHAR = re.compile(r"\w")


def _bounded_word_in(text: str, word: str) -> bool:
    """``re.search(r"\\b" + re.escape(word) + r"\\b", text) is not None``, read with ``str.find`` and a word edge
    tested at both ends of each place of ``word`` (no pattern compiled per surname: sp29). A word edge stands between
    a word character and another character, the text's ends counting as neither.

    Example:
        >>> _bounded_word_in("Hnatiuk went on", "Hnatiuk"), _bounded_word_in("Hnatiukova went on", "Hnatiuk")
        (True, False)
    """
    at, size = text.find(word), len(word)  # (never an empty word: a name's last word)
    while at >= 0:
        if _edge(text, at) and _edge(text, at + size):
            return True
        at = text.find(word, at + 1)
    return False


def _edge(text: str, i: int) -> bool:
    """A word edge at ``i`` of ``text`` (``\\b``: a word character on one side only)."""
    return (i > 0 and _WORD_CHAR.match(text, i - 1) is not None) != (i < len(text) and _WORD_CHAR.match(text, i) is not None)


# the audience of one speaker's address ("In an address to Congress on Dec. 21, X said", "in a speech to the
# assembly"): his own occasion, not a meeting whose passage others speak in (one who "watched the speech" is no
# participant) (dt24)
_ONE_VOICE_TO = re.compile(r"(?i)\b(?:address|speech|message|appeal|remarks|letter)\s+(?:[\w-]+\s+){0,2}?to\s+"
                           r"(?:the\s+|a\s+|an\s+)?(?:[\w’'.-]+\s+){0,3}?$")


def _goes_elsewhere(reader: _Reader, layer: Speech, s_start: int, s_end: int, spoke: bool, same_meeting: bool) -> bool:
    """Whether a sentence leaves a meeting's passage for another scene or occasion."""
    return (_new_scene(reader, s_start)  # "In Moscow, Peskov said …"
            or _elsewhere(reader, layer, s_start, s_end)  # "X, speaking in Berlin, said …" (dt16)
            # "In remarks broadcast on state TV, X said …": words of another occasion than the meeting's, so those
            # after them are no longer in its passage
            or (spoke and not same_meeting and _AIRED_OCCASION.search(reader.text, s_start, s_end) is not None
                and _inside(layer.named_occasions, s_start)))


# words told to the press ("told reporters", "told journalists"): an occasion of the speaker's own after a flashback,
# not the meeting's story going on (dt24)
_OWN_PRESS = re.compile(r"(?i)\b(?:told|tells|telling)\s+(?:(?:a\s+group\s+of|local|foreign|visiting|western)\s+)?"
                        r"(?:reporters|journalists|the\s+press|the\s+media)\b")


# a speech verb in a clause of time, right after its subject ("… rose on Tuesday after it reported …"): an event the
# narration tells, no voice's occasion (dt25)
_TIME_CLAUSE_CUE = re.compile(r"\b(?:after|before|when|as|once)\s+it\s+"
                              r"(?:had\s+|has\s+|also\s+)?$")


# a gathering after a possessive day ("Monday's hearing", "Friday's session of the council") (dt26)
_POSSESSIVE_GATHERING = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?$")


def _own_day_gathering(reader: _Reader, s_start: int, s_end: int, day) -> bool:
    """Whether a sentence with no speech opens on a gathering named by the possessive of the day ``day`` ("Wednesday's
    hearing …", "Tuesday's debate …"): the gathering whose passage goes on, named again (dt26)."""
    if day is None or pd.isna(day):
        return False
    text = reader.text
    for e in reader.dates_between(s_start, s_end):
        if e.kind in ("vague", "relative_far") or text[e.end:e.end + 2] not in ("'s", "’s") \
                or text[s_start:e.start].strip():
            return False
        found = GATHERING.search(text, e.end, min(s_end, e.end + 40))
        if found is None or not _POSSESSIVE_GATHERING.search(text, e.end, found.start()) \
                and text[e.end:found.start()].strip() not in ("'s", "’s"):
            return False
        held = when.resolve(e, reader.doc.published).day
        return not pd.isna(held) and pd.Timestamp(held) == pd.Timestamp(day)
    return False


def _flashback(reader: _Reader, s_start: int, cue_subjects) -> bool:
    """Whether the sentence's first speech verb is in the pluperfect ("Zelensky had said last week that …"): words
    placed before the time the story tells, background to it, not a new occasion the story moves on to (dt24)."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    return cue is not None and _PLUPERFECT_BEFORE.search(reader.text, max(s_start, cue.start - 30), cue.start) is not None


# a subhead line with a comma between its words ("A system, not a weakness", "Slow, costly gains"): one to eight words, a
# capital first, no stop, colon, digit or quote mark (``document._SHORT_SUBHEAD`` reads none with a comma) (dt33)
_COMMA_SUBHEAD = re.compile(r"[ \t]*[A-Z][^\W\d_]*(?:,?[ \t]+[^\W\d_][^\W\d_’'-]*){1,7}[ \t]*")


def _passage_gap(reader: _Reader, earlier: int, later: int, background: bool = False) -> int:
    """How far paragraph ``later`` is from paragraph ``earlier`` in a passage's story (``Document.story_gap``), a subhead
    line with a comma between them not counted as it is not counted without one: "A system, not a weakness" between
    two panellists' words ends no panel. Not a line of names ("A B, Stroud, Gloucestershire": every word a capital),
    nor a heading with a speech verb ("Border raids repelled, Kursk says": an item of its own) (dt33). With
    ``background`` (a voice the meeting's sentence named speaks again: "He said …" after it, the meeting's holder), the
    background paragraphs between are not counted either (``background_gap``: "Russia launched its full-scale invasion
    in February 2022."): the passage goes on (mt10); a new voice after background ("The Institute … said in its latest
    assessment") ends it, as after any paragraph in which nobody speaks."""
    doc = reader.doc
    gap = reader.background_gap(earlier, later) if background else doc.story_gap(earlier, later)
    if gap <= 1 or later - earlier > 6:
        return gap
    for index in range(earlier + 1, later):
        a, b = doc.paragraphs[index]
        if index in doc.interruptions or "," not in doc.text[a:b] or not _COMMA_SUBHEAD.fullmatch(doc.text, a, b):
            continue
        words = re.findall(r"[^\W\d_][^\W\d_’'-]*", doc.text[a:b])
        if all(w[0].isupper() for w in words) or reader.cues_between(a, b):
            continue
        gap -= 1
    return gap


# a body paragraph opening on a dateline in capitals ("KURSK — ", "BRUSSELS, Belgium — "): a new item of a column of
# briefs or a round-up, whatever the item before was about (dt33)
_ITEM_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,2}(?:,[ \t]*[A-Z][\w.’' -]{1,30})?[ \t]+[—–-]{1,2}[ \t]")


def _new_item(reader: _Reader, sentence) -> bool:
    """Whether the sentence opens a paragraph on a dateline in capitals (``_ITEM_DATELINE``): a new item, which ends the
    passage of the item before (its gathering's day is no day of this one's voices) (dt33)."""
    start = reader.doc.paragraphs[sentence.paragraph][0]
    if sentence.start - start > 60:
        return False
    found = _ITEM_DATELINE.match(reader.text, start)
    return found is not None and sentence.start <= found.end() + 1


def _follow_passage(reader: _Reader, layer: Speech, sentence, passage, last_day: dict, dated: tuple, earlier,
                    cue_subjects, quoted: bool, content: bool = False, gathering: tuple | None = None):
    """The passage about a dated meeting ("Speaking at a military meeting …, Putin said" on a
    known day): the next speakers in it with no day of their own spoke at that meeting
    ("Gerasimov reported that …"). It ends at a new time cue (a date, "earlier"), or after a
    paragraph in which nobody speaks. Returns the passage going on: (day, words, paragraph). ``gathering``: the
    dated gathering (its entry of ``Speech.gatherings``) the sentence names again (``_the_gathering``), if it does."""
    s_start, s_end = sentence.start, sentence.end
    if reader.doc.in_furniture(s_start):
        return passage  # a photo caption ("X speaks at a briefing in Kyiv, May 6, 2024. REUTERS/…"): the photo's day
    day, words = dated
    spoke = bool(cue_subjects) or quoted
    speakers = [subj.speaker for _, subj in cue_subjects if subj is not None and subj.speaker]
    # "The meeting lasted three hours.", "Shoigu told the meeting …": the same meeting goes on
    same_meeting = passage is not None and any(not reader.doc.in_quote(m.start())
                                               for m in _THE_MEETING.finditer(reader.text, s_start, s_end))
    if passage is not None and not cue_subjects and not quoted and _own_day_gathering(reader, s_start, s_end, passage[0]):
        # "Monday's hearing, the second since May 3, was short.": the passage's
        # gathering named again with its own day; the other times in the sentence are its background (dt26)
        return (passage[0], passage[1], sentence.paragraph, passage[3], passage[4])
    elsewhere = None
    # "Kielwerft's shares rose in Frankfurt on Tuesday after it reported …" between the words of the fair it opened on
    # Tuesday: a sentence whose only time is the passage's own day, and whose only speech verb (if any) is in a clause
    # of time ("after it reported …"), tells more of that day, no new time; not a voice of its own that day ("X on
    # Tuesday asked …": another occasion, whose passage it opens) (dt25)
    same_day = passage is not None and not quoted and earlier is None and day is not None and not pd.isna(day) \
        and passage[0] is not None and not pd.isna(passage[0]) and pd.Timestamp(day) == pd.Timestamp(passage[0]) \
        and all(_TIME_CLAUSE_CUE.search(reader.text, max(s_start, cue.start - 60), cue.start) for cue, _ in cue_subjects) \
        and all(e.kind not in ("vague", "relative_far") for e in reader.dates_between(s_start, s_end))
    # (a day the sentence's own words are not dated by (``content``: the day stands in what the verb reports): "… during the attack on the morning of 14 December, …, he said" in
    # the passage of a meeting held on 14 December; a voice dated by it, "X on Thursday asked …", opens an occasion of
    # its own, as before)
    if passage is not None and (earlier is not None or (not same_day and not ((day is None or content) and _names_passage_day(reader, s_start, s_end, passage))
                                                        and _passage_time_cue(reader, s_start, s_end, dated, cue_subjects))
                                or (_passage_gap(reader, passage[2], sentence.paragraph,
                                                 any(x in passage[4][1] for x in speakers)) > 1 and not same_meeting)
                                or (passage[2] != sentence.paragraph and _new_item(reader, sentence))
                                or (elsewhere := _goes_elsewhere(reader, layer, s_start, s_end, spoke, same_meeting))):
        # a flashback in the pluperfect ("Zelensky had said last week …", "The air force had said on Sunday …"):
        # background to the meeting's story, which goes on after it (dt24)
        # (not a press conference's: a voice after the flashback "told reporters" on an occasion of its own)
        layer.suspended = passage if spoke and not elsewhere and (passage[0], passage[1]) not in layer.briefings \
            and _flashback(reader, s_start, cue_subjects) else None
        passage = None
    elif passage is None and layer.suspended is not None and (spoke or dated[0] is not None):
        if _flashback(reader, s_start, cue_subjects):
            pass  # (the flashback goes on)
        elif dated[0] is None and earlier is None and cue_subjects and not same_meeting \
                and reader.doc.story_gap(layer.suspended[2], sentence.paragraph) <= 2 \
                and not _passage_time_cue(reader, s_start, s_end, dated, cue_subjects) \
                and not _goes_elsewhere(reader, layer, s_start, s_end, spoke, same_meeting) \
                and not _OWN_PRESS.search(reader.text, s_start, s_end):
            # "Russia's envoy, who spoke next, said …" after the flashback: the meeting's passage again
            passage, layer.suspended = layer.suspended, None
        else:
            layer.suspended = None
    if passage is not None and same_meeting and not spoke:
        passage = (passage[0], passage[1], sentence.paragraph, passage[3], passage[4])
    elif passage is not None and not spoke and not reader.dates_between(s_start, s_end) \
            and _introduces_next_speaker(reader, sentence):
        # "Sen. A B, the committee's chairman, opened by asking whether …" / "“…,” B asked.": a paragraph that only
        # brings in the next speaker keeps the meeting's passage (as it keeps a scene's, dt19) (dt20)
        passage = (passage[0], passage[1], sentence.paragraph, passage[3], passage[4])
    if passage is not None and spoke:
        # the speakers of the sentence's main clause: not a cue inside what the first reports ("X said the Russian
        # side had demanded … the four regions Moscow claims as its own": Russia says nothing at the meeting) (dt18)
        # (counted from the first cue with a speaker: "Asked by a reporter whether troops had crossed …, he said" opens
        # on a question, nobody's words) (dt23)
        first = next((c for c, subj in cue_subjects if subj is not None and subj.speaker), None)
        main = [subj.speaker for cue, subj in cue_subjects if subj is not None and subj.speaker
                and not _REPORTS_BETWEEN.search(reader.text, first.end, cue.start)] if first is not None else []
        sitting = (passage[0], passage[1]) in layer.sittings
        # (a turn word ties the sentence to the sitting, or a member of the legislature speaks in the frame before the
        # verb, dt37: "Y, an Italian Social Democrat, urged …"; either lets one of another country speak at it too:
        # "Addressing the chamber by video link, Ukraine's speaker …")
        tied = sitting and bool(main) and (
            any(not reader.doc.in_quote(m.start()) for m in _SITTING_TURN.finditer(reader.text, s_start, s_end))
            or ((passage[0], passage[1]) in layer.legislature_sittings  # (a legislature's sitting only, rv25fixb)
                and any(not reader.doc.in_quote(m.start()) for m in _SITTING_MEMBER.finditer(reader.text, s_start, first.start))))
        if sitting and main and not all(x in passage[4][1] for x in main) and not tied:
            # a sitting's passage: one who neither spoke at it already nor is tied to it by the sentence ("One of his
            # students, X, now runs a workshop …", "told the Courier by phone") is no participant (dt26)
            main = []
        elif not sitting and main and (passage[0], passage[1]) in layer.briefings \
                and not all(x in passage[4][1] for x in main) and not same_meeting \
                and (_OWN_PRESS.search(reader.text, s_start, s_end)
                     or any((passage[0], passage[1], x) in layer.briefing_outsiders for x in main)):
            # a briefing someone gave ("the ministry said in its daily briefing on Tuesday"), then another voice that
            # "told journalists" ("Kremlin spokesman Y told journalists …"): his own press, not a participant (nor in
            # his next words, "Y noted that …"), unless the briefing named him or the sentence names it again ("told
            # the same briefing") (dt31)
            layer.briefing_outsiders.update((passage[0], passage[1], x) for x in main)
            main = []
        if day is None and main and all(_mentions.could_be_person(x, reader.who) for x in main) \
                and all(_at_meeting(reader, x, passage, tied) for x in main) \
                and not any(_PERFECT_BEFORE.search(reader.text, max(s_start, cue.start - 30), cue.start)
                            for cue, _ in cue_subjects):  # "Zelensky has said …": no one occasion
            # people, not "Russia", "It"; never one of another country (Zaluzhnyi, Blinken at Putin's council)
            if not _OWN_AUDIENCE.search(reader.text, s_start, s_end):  # "Commenting on …, Peskov said": his own occasion
                layer.meetings.append((s_start, s_end, passage[0], passage[1]))
                if sitting:  # (he spoke at the sitting: his later words in its passage need no tie)
                    passage = passage[:4] + ((passage[4][0], passage[4][1] | set(main)),)
                if (passage[0], passage[1]) in layer.briefings:
                    for x in main:
                        layer.meeting_words.setdefault(x, []).append((s_end, passage[0], passage[1]))
        elif day is None and not main and any(subj is not None and subj.how == "unnamed source" for _, subj in cue_subjects) \
                and any(not reader.doc.in_quote(m.start()) for m in _TOLD_SITTING.finditer(reader.text, s_start, s_end)):
            # "“…,” the witness told the court": an unnamed participant who speaks to the sitting (dt26)
            layer.meetings.append((s_start, s_end, passage[0], passage[1]))
        passage = (passage[0], passage[1], sentence.paragraph, passage[3], passage[4])
    if day is not None and not pd.isna(day):
        for speaker in speakers:
            last_day[speaker] = (day, words)
    elif speakers and speakers[0] in last_day:  # the speaker's day goes on: "Speaking at a meeting, Putin said"
        day, words = last_day[speakers[0]]
    if (day is not None and not pd.isna(day) and spoke and earlier is None and not sentence.headline
            and any(not reader.doc.in_quote(m.start()) and _frames_the_words(reader.text, m.start(), cue_subjects)
                    and not _ONE_VOICE_TO.search(reader.text, max(s_start, m.start() - 60), m.start())
                    for m in GATHERING.finditer(reader.text, s_start, s_end))):
        people = _meeting_people(reader, sentence, speakers)
        if passage is not None and same_meeting and passage[0] == day:
            # "After the meeting, Stoltenberg told reporters …" below "NATO defence ministers met … on Thursday": the
            # same meeting named again, not one the speaker holds; its holder's side and country stay, and those it
            # named (dt18)
            root = layer.gathering_passages.get(layer.gatherings[-1]) if layer.gatherings else None
            passage = (day, words, sentence.paragraph, passage[3], (passage[4][0], passage[4][1] | people[1]))
            if root is not None and root[0] == day:
                layer.gathering_passages[(s_start, day, words)] = root  # (the same gathering named again)
        elif passage is None and gathering is not None and gathering in layer.gathering_passages:
            # "Speaking to the 15-member council, X said" after a paragraph of background: the article's dated
            # gathering named again (``_the_gathering`` gave its day), so its passage again, with the side and the
            # people its own sentence gave, not one this speaker holds (dt37)
            held = layer.gathering_passages[gathering]
            passage = (day, words, sentence.paragraph, held[3], (held[4][0], held[4][1] | people[1]))
            layer.gathering_passages[(s_start, day, words)] = held  # (named again: the same one)
        else:
            # (a court's or a legislature's sitting hears both sides of a case: no side guard, dt26)
            side = "" if _BOTH_SIDES_HEARD.search(reader.text, s_start, s_end) \
                else next((_person_side(reader, x) for x in speakers), "")
            passage = (day, words, sentence.paragraph, side, people)
            layer.gathering_passages[(s_start, day, words)] = passage
            if any(not reader.doc.in_quote(m.start()) for m in _PRESS_BRIEFING.finditer(reader.text, s_start, s_end)):
                layer.briefings.add((day, words))  # (a press conference: those who take questions at it, dt23)
            if any(not reader.doc.in_quote(m.start()) for m in _SITTING.finditer(reader.text, s_start, s_end)):
                layer.sittings.add((day, words))  # (a sitting: only its participants speak in its passage, dt26)
                if any(not reader.doc.in_quote(m.start()) for m in _LEGISLATURE.finditer(reader.text, s_start, s_end)):
                    layer.legislature_sittings.add((day, words))
        layer.gatherings.append((s_start, day, words))
        if _JOINT.search(reader.text, s_start, s_end):
            # "speaking at a joint news conference with Finnish President Alexander Stubb": the guest's undated
            # words anywhere below, up to a dated statement of his own, were said at it
            for name in sorted(passage[4][1] - set(speakers)):
                layer.appearances.setdefault(name, []).append((s_start, len(reader.text), day, words, s_start, True))
    elif not spoke and not sentence.headline and reader.dates_between(s_start, s_end) and (any(
            not reader.doc.in_quote(m.start()) for m in _HELD_GATHERING.finditer(reader.text, s_start, s_end))
            or _at_dated_gathering(reader, s_start, s_end)
            or _GATHERING_HELD_DAY.search(reader.text, s_start, s_end)):  # "…, the day the meeting took place" (dt18)
        # "Putin chaired a meeting with his commanders on Wednesday.": a dated meeting with no
        # words in its sentence; those who report in the passage after it spoke there
        for e in reader.dates_between(s_start, s_end):
            if e.kind in ("vague", "relative_far") or reader.text[e.end:e.end + 2] in ("'s", "’s"):
                continue
            held = when.resolve(e, reader.doc.published).day
            if not pd.isna(held):
                # the side guard reads the side of whoever held it ("Putin chaired …": Russia's)
                people = _meeting_people(reader, sentence, ())
                passage = (held, e.text, sentence.paragraph, people[0] if people[0] in ("Russia", "Ukraine") else "", people)
                layer.gathering_passages[(s_start, held, e.text)] = passage
                if any(not reader.doc.in_quote(m.start()) for m in _SITTING.finditer(reader.text, s_start, s_end)):
                    layer.sittings.add((held, e.text))  # ("for his funeral on Monday": a sitting, dt26)
                    if any(not reader.doc.in_quote(m.start()) for m in _LEGISLATURE.finditer(reader.text, s_start, s_end)):
                        layer.legislature_sittings.add((held, e.text))
                layer.gatherings.append((s_start, held, e.text))
                break
    elif not spoke and sentence.headline and _TITLE_GATHERING.match(reader.text, s_start):
        # "Press briefing by the Pentagon spokesman, April 25, 2022": a transcript's or readout's dated title;
        # "after the briefing" below refers to it
        for e in reader.dates_between(s_start, s_end):
            day = when.resolve(e, reader.doc.published).day if e.kind in ("explicit", "iso", "numeric") else pd.NaT
            if not pd.isna(day):
                layer.gatherings.append((s_start, day, e.text))
                break
    return passage


# a gathering where people take reporters' questions ("told a news conference", "at a briefing"): its speakers' later
# words in the article, with no day of their own, go on from it (``Speech.meeting_words``) (dt23)
# (the ``press_gathering`` words of data/speech_words.csv)
_PRESS_BRIEFING = vocab.TablePattern("press_gathering", ("speech_words",), lambda: r"\b(?:" + (trie_pattern(
    speech_words()["press_gathering"], spaces=True) or "(?!)") + r")\b(?!-)", re.IGNORECASE)


# a gathering the narration places on a day with no speech verb and no doer ("The mood at the annual Kyiv Security Forum
# on Monday was sombre.", "On Tuesday evening, at a panel in Lviv, the talk turned to …"): the scene of those who speak
# in the passage after it (dt14); not a plan ("will attend the summit on Friday") nor an earlier one ("had met")
# (the ``scene_gathering`` words of data/speech_words.csv, as written in lower case, a space any white space; "Forum"
# capitalised too, the last word of a forum's name: "the annual Kyiv Security Forum"); one's own rite too ("The town
# turned out for his funeral on Tuesday", "at their vigil on Friday") (dt26)
_AT_GATHERING = vocab.TablePattern("at_gathering", ("speech_words",), lambda: r"\b(?:[Aa]t|[Dd]uring|[Oo]n\s+the\s+sidelines\s+of|"
                                   r"(?<=[a-z] )for(?=\s+(?:his|her|their)\s))"
                                   r"\s+(?:an?|the|his|her|their)\s+(?:[\w’'-]+\s+){0,4}?(?:" + (trie_pattern(
                                       speech_words()["scene_gathering"] | {"Forum"}, spaces=True) or "(?!)") + r")\b(?!-)")
_NOT_HELD = re.compile(r"(?i)\b(?:will|would|is\s+to|are\s+to|is\s+due|are\s+due|plans?\s+to|had|next)\b")


# a gathering as the subject of a sentence that says it took place ("The Ukraine Forum's autumn panel on Thursday brought
# together a general, an MP and an analyst."): the same scene as "at the panel on Thursday" (dt17; the ``scene_gathering``
# words and the ``gathering_convenes`` verbs of data/speech_words.csv); a body's name capitalised too ("The Security
# Council met on Monday", "The General Assembly convened …") (dt24)
_GATHERING_CONVENES = vocab.TablePattern("gathering_convenes", ("speech_words",), lambda: r"\s*(?:The|This|Last\s+\w+'s|\w+day's)"
                                         r"\s+(?:[\w’'-]+\s+){0,4}?(?:" + (trie_pattern(
                                             speech_words()["scene_gathering"] | {"Forum"}
                                             | {w.capitalize() for w in speech_words()["scene_gathering"] if " " not in w},
                                             spaces=True) or "(?!)")
                                         + r")\s+(?:(?:on|in|at)\s+(?:[\w’'-]+,?\s+){1,4}?)?(?:" + (trie_pattern(
                                             speech_words()["gathering_convenes"], spaces=True) or "(?!)") + r")\b")


def _at_dated_gathering(reader: _Reader, s_start: int, s_end: int) -> bool:
    """Whether a sentence with no speech in it sets a dated gathering as its scene (``_AT_GATHERING``, or the
    gathering as the subject that took place: ``_GATHERING_CONVENES``)."""
    text = reader.text
    found = next((m for m in _AT_GATHERING.finditer(text, s_start, s_end) if not reader.doc.in_quote(m.start())), None)
    if found is None:  # (anchored at the sentence's start: cheap)
        found = _GATHERING_CONVENES.match(text, s_start, s_end)
    return found is not None and not _NOT_HELD.search(text, s_start, s_end) and any(
        e.kind not in ("vague", "relative_far") and text[e.end:e.end + 2] not in ("'s", "’s")
        for e in reader.dates_between(s_start, s_end))


# a gathering named as the object of the speech verb ("Peskov dismissed the forum", "X welcomed the talks"): what the
# words were about, not where they were said (a telling verb's object is its audience: "told the forum")
_OBJECT_GATHERING = re.compile(r"\s+(?:the|a|an|this|that|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}$")
_AUDIENCE_CUE = re.compile(r"(?i)told|tells|addressed|addresses|briefed|briefs|opened|closed")


def _frames_the_words(text: str, at: int, cue_subjects) -> bool:
    """Whether a gathering's word at ``at`` tells where the words were said, not what they were about: before the
    sentence's first speech verb, or after it with no "that" and no clause of the content between ("said at a
    meeting on Friday", "told the Security Council"; not "said on Wednesday that Russia remained open to talks")."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    if cue is None or at < cue.end:
        return True
    between = text[cue.end:at]
    if _OBJECT_GATHERING.fullmatch(between) and not _AUDIENCE_CUE.fullmatch(cue.text):
        return False  # "Peskov dismissed the forum": its topic (dt14)
    if not (re.search(r"\bthat\b", between) or _FINITE.search(between) or _SUBJECT_PAST.search(between)):
        return True
    # "…, speaking at a joint news conference", "… at a meeting with X": an occasion after the content
    found = _OCCASION_PHRASE.search(text, max(cue.end, at - 80), at)
    if found is None:
        return False
    # "…, a claim Syrskyi rejected at the news conference": the gathering of another subject's doing, in a clause
    # of its own after the content (its subject and past verb since the last comma), not where the words were said
    clause = text[max(cue.end, text.rfind(",", cue.end, found.start()) + 1):found.start()]
    return found.group(0).lstrip().startswith(",") or not _SUBJECT_PAST.search(clause)


_OCCASION_PHRASE = re.compile(r"(?:,\s*(?:speaking|talking|addressing|appearing|answering|writing)\b[^,;:.“”\"]*"
                              r"|\b(?:at|during|after|following|on\s+the\s+sidelines\s+of)\s+(?:an?|the|his|her|its|their)\s+"
                              r"(?:[\w’'-]+\s+){0,3})$", re.IGNORECASE)


_AIRED_OCCASION = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s+(?:an?|his|her|its|their|[A-Z]\w*[’']s)\s+(?:[\w’'-]+\s+){0,2}(?:interview|"
                             r"video|post|podcast|op-ed|article)\b|\b[Ii]n\s+(?:[\w-]+\s+)?(?:comments|remarks)\s+"
                             r"(?:broadcast|aired|televised|posted|published)\b|\bon\s+(?:Telegram|X|Twitter|Facebook|"
                             r"state\s+television|television|TV)\b")
# "Scholz, speaking in Berlin, ruled out …" after a news conference in Paris: the speaker's own place, so a scene of its
# own (not the meeting's passage going on) unless the passage named that place
_SPEAKING_IN = re.compile(r",\s*(?:speaking|talking|writing)\s+(?:in|from)\s+(?:the\s+)?([A-Z][\w’'-]+)")


def _elsewhere(reader: _Reader, layer: Speech, s_start: int, s_end: int) -> bool:
    """Whether a sentence in a meeting's passage puts its speaker in a place the passage did not name (dt16)."""
    m = _SPEAKING_IN.search(reader.text, s_start, s_end)
    if m is None or reader.doc.in_quote(m.start()):
        return False
    opened = layer.gatherings[-1][0] if layer.gatherings else 0
    return re.search(rf"\b{re.escape(m.group(1))}\b", reader.text[opened:s_start]) is None


_JOINT = re.compile(r"\bjoint\s+(?:news|press)\s+conference\s+with\b", re.IGNORECASE)
_TITLE_GATHERING = re.compile(r"\s*(?:(?:Transcript|Readout)\s+of\s+(?:an?\s+|the\s+)?)?(?:(?:Press|News|Media|Daily)\s+)?"
                              r"(?:briefing|conference|press\s+conference)\b", re.IGNORECASE)


def _headline_quotes(reader: _Reader, layer: Speech, readings: list[QuoteReading]) -> None:
    """A headline's quote that names nobody ("‘Every tree line costs us’: inside the slow war") is
    the words of the body's main voice: the one person the body quotes most, at least twice and
    more often than anyone else (else nobody)."""
    quotes = reader.doc.quotes
    for q, r in zip(quotes, readings):
        if q.span.start < layer.headline_end and r.kind == "direct" and (not r.speaker or (
                r.attribution in ("unnamed source", "unknown name") and r.speaker.split()[0].lower() in _words("unnamed_person"))):
            # "‘It is hell on earth’: a combat medic on the front", "Medic on the front: ‘…’": the person the body
            # introduces with the headline's noun ("A B, a combat medic with the 68th Brigade, …"), first
            person = _headline_person(reader, layer.headline_end, q.span.start, q.span.end)
            if person:
                r.speaker, r.as_written, r.attribution = person, person, "headline: the body's person of that noun"
        elif q.span.start < layer.headline_end and (r.kind != "scare" or len(reader.text[q.span.start:q.span.end].split()) > 2) \
                and (not r.speaker or (
                r.attribution == "unknown name" and " " not in r.speaker)):
            # "Ukraine 'will not sign …', minister says", "…, Ostapchuk says": the body's person named in full with
            # that surname, or with that title right before the name
            person = _headline_named_below(reader, layer.headline_end, q.span.start, q.span.end, r.speaker)
            if person:
                r.speaker, r.as_written, r.attribution = person, r.as_written or person, "headline: named in the body"
                r.kind = "partial" if r.kind == "scare" else r.kind  # (a fragment the headline's verb reports)
    # (not a quote the headline gives a group that speaks as a body of the tables: "‘…’: NATO leaders back …", sk27)
    open_ = [i for i, (q, r) in enumerate(zip(quotes, readings))
             if q.span.start < layer.headline_end and not r.speaker and r.kind == "direct"
             and not (r.attribution == "unnamed source" and r.as_written.endswith("s")
                      and _mentions.speaker_label(reader.doc, r.as_written, q.span.start) in reader.who.speakers)]
    if not open_:
        return
    for i in list(open_):
        # "‘I can hear them digging at night’: a week with a drone unit" over "“At night I can hear them digging,” the
        # commander said": the body's quote that holds the headline's words is whose they are (sk31)
        words = _headline_words(reader.text, quotes[i].span.start, quotes[i].span.end)
        if len(words) < 3:
            continue
        holders = {r.speaker for q, r in zip(quotes, readings) if q.span.start >= layer.headline_end and r.speaker
                   and r.kind != "scare" and len(words & _headline_words(reader.text, q.span.start, q.span.end))
                   >= 0.8 * len(words)}
        if len(holders) == 1:
            readings[i].speaker, readings[i].attribution = holders.pop(), "headline: the body's quote of those words"
            open_.remove(i)
    if not open_:
        return
    counts: dict[str, int] = {}
    for q, r in zip(quotes, readings):
        if q.span.start >= layer.headline_end and r.speaker and r.kind != "scare" \
                and _mentions.could_be_person(r.speaker, reader.who):
            counts[r.speaker] = counts.get(r.speaker, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    for i in open_:
        readings[i].speaker, readings[i].attribution = ranked[0][0], "headline: the body's main voice"


def _headline_words(text: str, start: int, end: int) -> set[str]:
    """The words of three letters or more of a quote, lower-cased (a headline's quote matched to the body's)."""
    return {w.lower() for w in _WORD.findall(text, start, end) if len(w) > 2}


def _headline_named_below(reader: _Reader, headline_end: int, quote_start: int, quote_end: int, surname: str) -> str:
    """The person the body's first paragraphs name in full for a headline's subject: the surname the headline gives
    ("…, Ostapchuk says" → "Taras Ostapchuk"), or, with nobody named, a title word of the headline's attribution
    right before the name ("…, minister says" → "Foreign Minister Taras Kovalchuk said"); else ""."""
    text = reader.text
    line = text.rfind("\n", 0, quote_start) + 1
    if not any(c.kind == "speech" for c in reader.cues_between(line, headline_end)):
        return ""  # (a headline's words with no speech verb: the body's main voice, below)
    titles = set() if surname else {w for w in _WORD.findall((text[line:quote_start] + " " + text[quote_end:headline_end]).lower())
                                    if w in _mentions.title_words()}
    if not surname and not titles:
        return ""
    for m in reader.mentions_between(headline_end, min(len(text), headline_end + 1500)):
        if m.how not in ("name", "unknown name") or " " not in m.speaker \
                or not _mentions.could_be_person(m.speaker, reader.who):
            continue
        if surname and m.speaker.split()[-1] == surname:
            return m.speaker
        if titles and titles & {w.lower() for w in _WORD.findall(text[max(headline_end, m.start - 40):m.start])}:
            return m.speaker
    return ""


def _undotted_titles() -> frozenset:
    """The title words with and without their dot ("maj." and "maj"), once per vocabulary."""
    def build():
        titles = _mentions.title_words()
        return titles | {w.rstrip(".") for w in titles}
    return vocab.compiled("undotted_titles", ("speech_words",), build)


def _headline_person(reader: _Reader, headline_end: int, quote_start: int, quote_end: int) -> str:
    """The first person the body introduces with a noun of one person the headline holds outside its quote
    ("A B, a combat medic with …" for "‘…’: a combat medic on the front"), within the body's first paragraphs."""
    text = reader.text
    start = max(text.rfind("\n", 0, quote_start) + 1, 0)
    words = [w.lower() for w in _WORD.findall(text[start:quote_start] + " " + text[quote_end:headline_end])]
    nouns = [w for w in words if w in _words("unnamed_person")]
    found = [m for noun in nouns for m in [_apposition_of(noun).search(text, headline_end, headline_end + 1500)] if m]
    if not found:
        return ""
    words = min(found, key=lambda m: m.start()).group(1).split()
    undotted = _undotted_titles()
    while len(words) > 2 and words[0].rstrip(".").lower() in undotted:
        words = words[1:]  # "Maj A B, a drone pilot, …": the name without its rank
    return " ".join(words)


def _meeting_people(reader: _Reader, sentence, speakers) -> tuple:
    """(the holder's country, the people the meeting's sentence names): the first person named (or
    the first speaker) holds it."""
    named = [x.speaker for x in (_resolve(reader, m, m.start) for m in reader.mentions_between(sentence.start, sentence.end)
                                 if m.how in ("name", "title", "unknown name", "role", "pronoun"))
             if x is not None and x.speaker and _mentions.could_be_person(x.speaker, reader.who)]
    holder = next(iter(speakers), "") or (named[0] if named else "")
    known = reader.who.speakers.get(holder)
    country = known.country if known is not None else ""
    if _INTERNATIONAL.search(reader.text, sentence.start, sentence.end):
        country = ""  # a summit, talks, a call: people of other countries take part (the war's sides still never both)
    return (country, frozenset(named) | set(speakers))


_INTERNATIONAL = re.compile(r"\b(?:summit|talks|conference|forum|assembly|congress|call|visit|negotiations|"
                            r"(?:tele)?phone)\b", re.IGNORECASE)


def _at_meeting(reader: _Reader, speaker: str, passage, tied: bool = False) -> bool:
    """Whether a speaker in the passage about a dated meeting may have spoken there: one the
    meeting's sentence names, else not one of another country than the holder's (as far as the
    table tells; unless the sentence ties him to the sitting, ``tied``: "Addressing the chamber by
    video link, …", dt37) nor of the other side of the war."""
    country, named = passage[4]
    if speaker in named:
        return True
    known = reader.who.speakers.get(speaker)
    if country and not tied and known is not None and known.country and known.country != country:
        return False
    return not passage[3] or _person_side(reader, speaker) in ("", passage[3])


# a gathering someone holds or attends (not a "visit" or a "call": one person's doing)
_HELD_GATHERING = re.compile(r"\b(?:chaired|held|hosted|convened|attended|opened|addressed|led|met(?:\s+with)?|"
                             r"(?:took|takes|taking)\s+part\s+in|participated\s+in)\s+(?:an?\s+|the\s+|his\s+|her\s+)?"
                             r"(?:[\w-]+\s+){0,3}(?:meeting|session|conference|briefing|summit|talks|forum|council|"
                             r"board|hearing|assembly|congress|gathering|(?:phone|video|telephone)\s+call)\b"
                             r"|\bspoke\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)\b"
                             r"|\bbriefed\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers)\b"
                             # "Nato defence ministers met in Brussels on Tuesday": a group's gathering
                             r"|\b(?:ministers|leaders|officials|delegations|delegates|commanders|generals|envoys|"
                             r"negotiators|allies|chiefs|governors|mayors|presidents|heads\s+of\s+state)"
                             r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?"  # "ministers of the Ramstein group met"
                             r"\s+(?:(?:also|again|later|first)\s+)?(?:met|gathered|convened)\b",
                             re.IGNORECASE)


# the words that introduce a person not in the tables: an apposition ("Nazar Voloshyn, a spokesman for
# Ukraine's eastern forces,") or the words before the name ("Russian-installed official Vladimir Rogov")
_APPOSITION = re.compile(r",\s+((?:a|an|the)\s+[^,.;:\"“”]{3,80}?),")
_WORDS_BEFORE = re.compile(r"((?:[\w’'-]+,?\s+){1,4})$")
_SIDE_WORDS = (("Ukraine", re.compile(r"(?i)\bukrain|\bkyiv\b")), ("Russia", re.compile(r"(?i)\brussia|\bkremlin\b|\bmoscow\b")))


def _person_side(reader: _Reader, speaker: str) -> str:
    """Russia or Ukraine for a speaker: the table's, else what the words introducing the person
    where first named say ("a spokesman for Ukraine's Khortytsia group"), else ""."""
    known = _warring_side(reader.who, speaker)
    if known or not speaker:
        return known
    sides = reader.__dict__.setdefault("_sides", {})
    if speaker not in sides:
        at = reader.text.find(speaker)  # where the name is first written in full
        words = ""
        if at >= 0:
            sentence = reader.doc.sentence_at(at)
            start = sentence.start if sentence is not None else max(0, at - 60)
            before = _WORDS_BEFORE.search(reader.text, max(start, at - 60), at)
            after = _APPOSITION.match(reader.text, at + len(speaker))
            before = before.group(1).rsplit(",", 1)[-1] if before else ""  # not "Speaking in Moscow, X"
            words = (before if not re.search(r"(?i)\b(?:said|says|told)\b", before) else "") \
                + " " + (after.group(1) if after else "")
        found = [side for side, pattern in _SIDE_WORDS if pattern.search(words)]
        sides[speaker] = found[0] if len(found) == 1 else ""
    return sides[speaker]


def _warring_side(who, speaker: str) -> str:
    """Russia or Ukraine for a speaker of the table from either side, else ""."""
    known = who.speakers.get(speaker)
    return known.country if known is not None and known.country in ("Russia", "Ukraine") else ""


_NEW_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|and|but)\b|\b(?:while|whereas)\b|;", re.IGNORECASE)
# the main clause places the statement before the reported day: a new occasion, not the dated one
_EARLIER_OCCASION = lazy_fail_fast(
    r"\b(?:earlier|previously|later|in\s+the\s+past(?!\s+(?:[\w-]+\s+)?(?:days?|hours?|nights?|weeks?|months?|years?)\b)|last\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter|"
    + when.MONTH_NAMES + r")|(?:earlier\s+)?this\s+(?:week|weekend|month|year)|(?:at|over)\s+the\s+weekend"
    r"|in\s+(?:early\s+|late\s+|mid-)?(?:"
    + when.MONTH_NAMES + r"|\d{4})|(?:weeks?|months?|years?)\s+ago|in\s+recent\s+(?:days|weeks|months)"
    r"|had\s+(?:\w+ly\s+|also\s+|earlier\s+)?(?:said|told|claimed|stated|warned|announced|declared|insisted|"
    r"argued|promised|vowed|pledged|asserted|suggested|written|spoken))\b", re.IGNORECASE)
# "By the end of March, the ministry announced …", "By early July, X said …": a fronted rough time of the words, no day
# (not "promised a package by March": a time to come after the verb) (dt23)
_BY_MONTH_FRONTED = re.compile(r"\s*By\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+|early\s+|late\s+|mid-)?(?:"
                               + when.MONTH_NAMES + r")(?:\s+(?:19|20)\d{2})?\s*,")
# a fronted occasion of the words ("In an interview last week, …", "Speaking to reporters in March, …")
# ("When Russia launched its invasion in February 2022, Putin said": the words were said at that time, a month)
_FRONTED_OCCASION = re.compile(r"\s*(?:In|At|During|Speaking|Talking|Writing|Asked|When)\b")
# a clause of its own inside a fronted phrase: a question asked ("Asked whether …"), an event told of ("where …")
_FRONTED_CLAUSE = re.compile(r"\b(?:whether|if|where|which|who|whom|whose|that|how|why|what)\b", re.IGNORECASE)
_EARLIER_HINTS = ("earlier", "previous", "past", "last", "this", "ago", "recent", "had", "in ", "weekend", "later")
# a main verb in the pluperfect ("the spokesman had reported"), or a day counted back ("Two days earlier"): an
# occasion before the one the text is about, which dates none of the speaker's words before it
# (also a list item's present perfect, "has said", "have repeatedly said": an unspecified earlier occasion, no lead-in
# day; ``_dates.list_lead_day``)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|long\s+|since\s+)?$", re.IGNORECASE)
# the meeting named again, no day of its own: "The meeting lasted …", "told the session"
# "Later, X told the forum": later at the gathering whose passage this is (not a later day)
_LATER_AT = re.compile(r"\s*(?:Later|Afterwards|Later\s+(?:on|that\s+(?:day|morning|afternoon|evening)|in\s+the\s+day))\s*,\s")
# (a sitting named again too, a ``sitting_event`` word of data/speech_words.csv: "The debate came a day after …", "The
# trial resumed" (dt31))
_THE_MEETING = vocab.TablePattern("the_meeting", ("speech_words",), lambda: r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|briefing|summit|forum|panel|"
                                  r"conference|hearing|talks|" + (trie_pattern(speech_words()["sitting_event"], spaces=True) or "(?!)")
                                  + r")\b(?!-)")
_PLUPERFECT_BEFORE = lazy_fail_fast(r"\bhad\s+(?:\w+ly\s+|also\s+|earlier\s+|already\s+)?$", re.IGNORECASE)
# "Lutsenko, speaking again by phone on Wednesday, said", "said again on Friday": the speaker's words on a later
# occasion than the ones above (before the verb, or right after it)
_AGAIN = re.compile(r"(?i)\b(?:again|once\s+more)\b")
_AGAIN_AFTER = re.compile(r"\s+(?:again|once\s+more)\b", re.IGNORECASE)


_AGAIN_GUARD = RuleGuard(_AGAIN, _AGAIN_AFTER)


def _again(text: str, s_start: int, cue) -> bool:
    """Whether the main clause puts the words on a later occasion of the same speaker: "again" between the
    subject and the verb ("X, speaking again by phone on Wednesday, said") or right after it ("said again"),
    never inside quoted words before the verb."""
    a = max(s_start, cue.start - 60)
    before = text[a:cue.start]
    if _AGAIN.search(before) and not any(mark in before for mark in '"“”'):
        return True
    return _AGAIN_AFTER.match(text, cue.end, cue.end + 12) is not None


_BACK_WORDS = re.compile(r"(?i)\b(?:earlier|before|previous|ago)\b")
_EARLIER_FRONTED = re.compile(r"\s*(?:Earlier|Previously|Before\s+that)\s*,")
_AUXILIARY = r"(?:should|would|will|could|can|may|might|must|had|has|have|was|were|is|are)\b"
_CLAUSE_END = re.compile(r"\bthat\b|[,:;.“”\"‘]|\s(?=(?:he|she|it|they|we|[A-Z][\w’'-]+|(?:the|its|his|her|their)\s+[\w-]+)\s+"
                         + _AUXILIARY + r")"
                         # (a longer subject: "said Russia's rate of advance had slowed in January", "said the
                         # enemy's losses were heavy last week": a head word, up to two more, an "of" phrase; never a
                         # time's word, "said in January the army had …" keeps the time with the verb (dt33))
                         r"|\s(?=(?!(?:" + when.MONTH_NAMES + "|" + when.WEEKDAYS + r"|Last|This|Earlier|Later|Previously)\b)"
                         r"(?:[A-Z][\w’'-]+|(?:the|its|his|her|their)\s+[a-z][\w’'-]*)"
                         r"(?:\s+(?!(?:in|on|at|during|last|this|since|after|before|earlier|later|ago)\b)[a-z][\w’'-]*){0,2}"
                         r"(?:\s+of\s+(?:the\s+)?[\w’'-]+)?\s+" + _AUXILIARY + r")"
                         # (a pronoun and its own past verb: "repeated an assessment he first made in November",
                         # "said they attacked in May": the time of that clause, a relative or a content clause (dt33))
                         r"|\s(?=(?:he|she|it|they|we|I)\s+(?:(?:first|also|then|only|just|\w+ly)\s+)?"
                         r"(?:[a-z]{2,}ed|made|gave|took|went|came|saw|began|won|lost|fought|left|met|held|set|sent|"
                         r"spent|found|led|struck|hit|shot|kept|built|brought|fell|flew|drove|broke|drew)\b)")
#  (… or where a content clause with no "that" opens: "said Ukraine should have made a deal earlier")


# "Separately, Russia said", "Russia separately said", "said separately that": another statement than the one told
#: "…, while officials said", "…, but officials said", "…, a week after officials said": a clause of its own
_WHILE_CLAUSE = re.compile(r"[,;]\s+(?:while|whereas|but|even\s+as|(?:(?:a|an|" + english.number_words(1, 6) + r"|several|a\s+few)\s+"
                           r"(?:hours?|days?|weeks?|months?)\s+)?(?:after|before))\b")
_SEPARATELY_OPENING = re.compile(r"\s*Separately\s*,")
_SEPARATELY_BEFORE = re.compile(r"(?i)\bseparately\s*,?\s+$")  # ("X, briefing separately, said")
_SEPARATELY_AFTER = re.compile(r"(?i)\s+separately\b")
# "In a separate statement, the ministry said", "told CNN in another interview": an occasion of its own; so is a
# regular account ("In its monthly summary, the Air Force said", "said in its weekly report that": a
# ``periodic_adjective`` and a ``statement_noun`` of data/speech_words.csv) (dt36)
_SEPARATE_OCCASION = vocab.TablePattern("separate_occasion", ("speech_words",), lambda: r"(?i:(?:\s+[\w’'.-]+){0,4}?\s*,?\s*\bin\s+"
    r"(?:(?:a\s+|an\s+)?(?:separate|another|different)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statements?|interviews?|posts?|videos?|address|briefings?|remarks|"
    r"comments|messages?|reports?|appearances?|speech|conversations?|call)\b"
    r"|(?:its|their|his|her|the\s+[\w’'.-]+(?:’s|'s))\s+(?:(?:"
    # "its latest monthly report", "its most recent weekly summary": an ``account_adjective`` that names no period
    + (trie_pattern(set(speech_words()["account_adjective"]) - set(speech_words()["periodic_adjective"]), spaces=True)
       or "(?!)") + r")\s+){0,2}(?:"
    + (trie_pattern(set(speech_words()["periodic_adjective"]), spaces=True) or "(?!)") + r")\s+(?:[\w-]+\s+)?(?:"
    + (trie_pattern(set(speech_words()["statement_noun"]), spaces=True) or "(?!)") + r")s?\b))")
#: what :func:`_separately` reads (its guard: an article with none of their words has no separate statement)
_SEPARATE_WORDS = RuleGuard(_SEPARATELY_OPENING, _SEPARATELY_BEFORE, _SEPARATELY_AFTER, _SEPARATE_OCCASION)


def _separately(text: str, s_start: int, cue_subjects) -> bool:
    """Whether the sentence's first speech verb is told as a separate statement: "Separately" opening the sentence
    or right next to the verb (not "separately" inside what is reported), or "in a separate/another statement,
    interview …" opening the sentence or within four words after the verb."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    return cue is not None and (_SEPARATELY_OPENING.match(text, s_start) is not None
                                or _SEPARATELY_BEFORE.search(text, max(s_start, cue.start - 12), cue.start) is not None
                                or _SEPARATELY_AFTER.match(text, cue.end) is not None
                                or _SEPARATE_OCCASION.match(text, s_start, cue.start) is not None
                                or _SEPARATE_OCCASION.match(text, cue.end) is not None)


# a speech verb in the present tense of a third person ("says", "recalls", "insists"): not "was", "has", "discuss"
_PRESENT_CUE = re.compile(r"(?i)[a-z]+[^su]s")
#: the closing quote mark and up to four words before a cue ("“…,” he says", "“…,” Tkachenko recalls")
_AFTER_QUOTED = re.compile(r'[”"]\s*,?\s*(?:[\w’\'.-]+\s+){0,4}$')


def _own_occasion_after_present() -> re.Pattern:
    """Right after a present-tense verb, an occasion of the speaker's own words ("says in his nightly video address",
    "says in a statement", "writes in a Telegram post"): the ``statement_noun`` and ``spoken_occasion`` words of
    data/speech_words.csv, not an interview or a conversation (the reporter's own, in the present) (built once) (mt16)."""
    def build():
        nouns = sorted((_words("statement_noun") | set(speech_words().get("spoken_occasion", ())))
                       - {"interview", "conversation"}, key=lambda w: (-len(w), w))
        return re.compile(r"\s+(?:in|during|at)\s+(?:an?|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:"
                          + trie_pattern(nouns, spaces=True) + r")s?\b")
    return vocab.compiled("own_occasion_after_present", ("speech_words",), build)


def _reporters_present(reader: _Reader, cue_subjects) -> bool:
    """Whether the sentence's first speaker is a person quoted in the present tense right after the quoted words
    ("“…,” he says", "“…,” Tkachenko recalls"), not a body or a written thing ("the report says" is the dated
    report's)."""
    cue, subject = next(((c, s) for c, s in cue_subjects if s is not None), (None, None))
    if cue is None or not _AFTER_QUOTED.search(reader.text[max(0, cue.start - 60):cue.start]):
        return False  # only after the quoted words ("“…,” he says"): a lede or deck's "X says …" is the news of the day
    if not subject.speaker or not _PRESENT_CUE.fullmatch(cue.text) or cue.text.lower() in ("has", "was", "is") \
            or not _mentions.is_person(subject.speaker, reader.who):
        return False
    if _own_occasion_after_present().match(reader.text, cue.end):
        return False  # "“…,” he says in his nightly video address": that address's words, not the reporter's present (mt16)
    return subject.as_written.split()[-1].lower() not in _words("statement_noun")


# a press review's day: "Polish newspapers on Tuesday lead on …", "Tuesday's papers …" (the ``press_review_noun``
# words of data/speech_words.csv, lower case, a space any white space) (dt26)
_PAPERS_ON_DAY = vocab.TablePattern("papers_on_day", ("speech_words",), lambda: r"(?i:\b(?:" + (trie_pattern(
    speech_words()["press_review_noun"], spaces=True) or "(?!)") + r"))\s+(?:on\s+)?$")
_DAYS_PAPERS = vocab.TablePattern("days_papers", ("speech_words",), lambda: r"[’']s\s+(?:[\w-]+\s+){0,2}?(?i:" + (trie_pattern(
    speech_words()["press_review_noun"], spaces=True) or "(?!)") + r")\b")
# a writer of the papers or a paper as the subject ("Its columnist, X,", "The tabloid Y", "Z's war correspondent") (the
# ``press_writer`` words, and the ``medium_title`` words capitalised: "Izvestia", "the Times")
_PRESS_WRITER = vocab.TablePattern("press_writer", ("speech_words",), lambda: r"(?i:\b(?:" + (trie_pattern(
    speech_words()["press_writer"], spaces=True) or "(?!)") + r")\b)|\b(?:" + (vocab.capitalised_words("medium_title")
                                                                              or "(?!)") + r")\b")
_QUOTES_AS = re.compile(r"(?i)\bas\s+$")


def press_review_words() -> tuple[str, ...]:
    """The last word of each ``press_review_noun`` of data/speech_words.csv, lower case ("newspapers", "pages" of
    "front pages"): a sentence holding none of them dates no papers (the cheap test before :func:`papers_day`)."""
    return vocab.compiled("press_review_words", ("speech_words",), lambda: tuple(sorted(
        {w.split()[-1].lower() for w in speech_words()["press_review_noun"] if w.split()})))


def papers_day(reader: _Reader, s_start: int, s_end: int) -> tuple | None:
    """(day, words) when a sentence dates the papers it reviews ("Polish newspapers on Tuesday lead on …",
    "Monday's papers are full of …"), else None (dt26)."""
    text = reader.text
    for e in reader.dates_between(s_start, s_end):
        if e.kind not in ("weekday", "explicit", "weekday_day"):
            continue
        if _PAPERS_ON_DAY.search(text, max(s_start, e.start - 40), e.start) or (
                text[e.end:e.end + 2] in ("'s", "’s") and _DAYS_PAPERS.match(text, e.end, s_end)):
            day = when.resolve(e, reader.doc.published).day
            if not pd.isna(day):
                return day, e.text
    return None


def papers_voice(reader: _Reader, cue_subjects) -> bool:
    """Whether the sentence's first speech verb is a paper's, or its writer's, in the present tense ("Its columnist,
    X, writes that …", "The tabloid Y prints what it calls …"): the reviewed papers' words of the day; not a voice the
    paper quotes ("quotes X as saying"), nor one it interviews ("…, who estimates", "he tells the paper") (dt26)."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    if cue is None or not _PRESENT_CUE.fullmatch(cue.text):
        return False
    text = reader.text
    sentence = reader.doc.sentence_at(cue.start)
    start = sentence.start if sentence is not None else max(0, cue.start - 200)
    start = max(start, text.rfind("”", start, cue.start) + 1, text.rfind('"', start, cue.start) + 1)
    span = text[start:cue.start]
    if _QUOTES_AS.search(span) or re.search(r"(?i)\bwho\b", span):
        return False
    return _PRESS_WRITER.search(span) is not None


#: "According to the Kremlin's readout,", "According to the statement,": the written account the words are read from
_ACCORDING_TO_ACCOUNT = re.compile(r"\s*According\s+to\s+(?:(?:the|a|its|their|his|her|that|this)\s+)?"
                                   r"(?:(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?:'s|’s)\s+)?"
                                   r"(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s*,")


def _readout_day(text: str, s_start: int, told) -> tuple | None:
    """ "The Kremlin said on Tuesday that Putin had been briefed by X. According to the Kremlin's readout, the general
    told Putin …": words read from the written account (a ``statement_noun``: readout, statement, transcript …) of the
    sentence right before, dated, take its day (not the speaker's own dated words elsewhere); an owner named with the
    account must be named in that sentence too."""
    found = _ACCORDING_TO_ACCOUNT.match(text, s_start)
    if found is None or found.group("noun") not in _words("statement_noun"):
        return None
    owner = found.group("owner")
    if owner is not None and owner not in text[told[0]:s_start]:
        return None
    return told[1], found.group(0).strip(" ,")


_UNTIL_BEFORE = re.compile(r"(?i)\b(?:up\s+)?(?:until|till)\s+(?:the\s+)?$")


def until_bound(text: str, s_start: int, cue, date_text: str) -> bool:
    """Whether the sentence's day, before its verb, is a bound ("Until August 12, Ukraine did not confirm …, until X
    informed …"): the day the words came by, not an occasion other words of the speaker's share."""
    at = text.find(date_text, s_start, cue.start) if date_text else -1
    return at >= 0 and _UNTIL_BEFORE.search(text, max(s_start, at - 12), at) is not None


#: a bullet line of a summary ("- Russia claims …", "• Zelensky says …")
_BULLET_LINE = re.compile(r"[ \t]*[-–•*·][ \t]+\S[^\n]*(?:\n[ \t]*)*")


def _summaries(text: str) -> list[tuple[int, int]]:
    """The bullet blocks under a live blog's summary heading (a line that is a ``summary_heading`` of
    ``speech_words.csv``, "Key developments", with or without a colon): (start, end) of the bullets, in text order."""
    headings = _words("summary_heading")
    found = []
    for line in re.finditer(r"(?m)^[ \t]*([A-Za-z][A-Za-z ’']{3,40}?)[ \t]*:?[ \t]*\n(?:[ \t]*\n)*", text):
        if line.group(1).lower() not in headings:
            continue
        start = end = line.end()
        bullet = _BULLET_LINE.match(text, end)
        while bullet is not None and bullet.end() > end:
            end = bullet.end()
            bullet = _BULLET_LINE.match(text, end)
        if end > start:
            found.append((start, end))
    return found


# a future in what is reported ("said she would return on Sunday", "said he will travel to Kyiv on Friday")
_FUTURE_CONTENT = re.compile(r"(?i)\b(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to|plans?\s+to|planned\s+to|"
                             r"intends?\s+to|intended\s+to|expects?\s+to|expected\s+to|(?:is|was)\s+due\s+to)\b")


def _later_day(reader, s_end: int, cue_subjects) -> tuple[str, str] | None:
    """ "X said she would return to the city on Sunday": a day named in a future the first speech verb reports (no
    quoted words, a content clause of a dozen words at most) is a new time cue: the statement is an occasion of its
    own, with no day (the future day is not when it was said, nor is the speaker's earlier dated statement).
    Returns (the words for the date basis, the day's words)."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    if cue is None:
        return None
    text = reader.text
    for e in reader.dates_between(cue.end, s_end):
        between = text[cue.end:e.start]
        if len(between.split()) > 14 or any(mark in between for mark in '"“”'):
            break
        future = _FUTURE_CONTENT.search(between)
        if future is not None and e.kind in ("weekday", "explicit") \
                and not re.search(r"[,;:(]|\b(?:after|since|before|when|in\s+(?:remarks|a|an|his|her|its|their))\b",
                                  between[future.end():]):
            return f"a later day (‘{e.text}’)", e.text
    return None


#: a lead-in with no speech verb before quoted words, fronted by the question put to the speaker on an occasion
#: of its own ("Asked in the interview last week how long the war would last, he had given a soldier's answer.")
_ASKED_OPENING = re.compile(r"\s*(?:Asked|Pressed|Questioned)\b")


def _asked_before(reader, previous, s_start: int, by_sentence) -> str | None:
    """The earlier occasion a lead-in sentence right before quoted words names ("Asked in the interview last week …,
    he had given a soldier's answer. “…,” he said"): the lead-in in the same paragraph, with no quoted words and no
    speech verb of its own, opening with "Asked …" whose fronted clause places the question before ("last week",
    "in March", "earlier"); the words that follow it (opening the sentence) take no other statement's day."""
    text = reader.text
    opening = _ASKED_OPENING.match(text, previous.start)
    if opening is None or by_sentence.get(previous.start) \
            or text[s_start:s_start + 1] not in ('"', '“') or "\n" in text[previous.end:s_start] \
            or any(c.start > opening.end() for c in reader.cues_between(previous.start, previous.end)):
        return None  # (the verb of the question itself, "Asked", is no statement)
    comma = text.find(",", previous.start, previous.end)
    if comma < 0:
        return None
    found = _EARLIER_OCCASION.search(text, previous.start, comma)
    if found is None or text.startswith(" than", found.end()):
        return None
    return f"asked {found.group(0)}"


def _earlier_occasion(text: str, s_start: int, s_end: int, cue_subjects) -> str | None:
    """The words that put an undated statement on an earlier occasion ("Earlier, he had told
    generals:", "Scholz said last week", "In 2022 Putin said"), read in the main clause around
    the sentence's first speech verb only (not in what is reported: "said the troops had
    advanced earlier than planned", "claimed that forces had pushed …")."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    if cue is None:
        return None
    by_month = _BY_MONTH_FRONTED.match(text, s_start, cue.start) if text.startswith("By", s_start) else None
    if by_month is not None:
        return by_month.group(0).strip(" ,")
    lowered = text[s_start:min(s_end, cue.end + 40)].lower()
    if not any(w in lowered for w in _EARLIER_HINTS):
        return None  # (most sentences: no word of the pattern at all)
    head = max(s_start, text.rfind("“", s_start, cue.start) + 1, text.rfind("”", s_start, cue.start) + 1,
               text.rfind('"', s_start, cue.start) + 1)
    before = text[head:cue.start]
    fronted = _EARLIER_OCCASION.match(before.lstrip()) if head == s_start else None
    if fronted is not None and before.lstrip()[fronted.end():].lstrip().startswith(","):
        return fronted.group(0)  # "Earlier, the spokesman for X, Name, told TASS": a fronted time, whatever the asides
    if "," in before and len(before.rsplit(",", 1)[0].split()) > 4:
        fronted = before.rsplit(",", 1)[0]
        if head == s_start and _FRONTED_OCCASION.match(fronted):
            # (the fronted phrase up to its first comma and before a clause of its own: "In the Kursk region, where
            # Ukraine launched its incursion last August, …" and "Asked whether Ukraine could retake it this year, …"
            # place an event and a question, not the words (dt31))
            phrase = fronted.split(",", 1)[0]
            clause = _FRONTED_CLAUSE.search(phrase, 1)
            phrase = phrase[:clause.start()] if clause is not None else phrase
            found = _EARLIER_OCCASION.search(phrase)  # "In an interview last week, Bondar said": that occasion's time
            if found is not None and not phrase.startswith(" than", found.end()):
                return found.group(0)
        before = before.rsplit(",", 1)[-1]  # "Some 486,000 men had signed … this year, he said": content first
    elif len(before.split()) > 8:
        return None
    if re.search(r"\b(?:that|when|after|before|while|who|which|where)\b|(?<!^)\bas\b", before.strip(), re.IGNORECASE):
        return None  # the verb sits inside reported speech or a subordinate clause
    after = text[cue.end:min(s_end, cue.end + 40)]
    after += re.match(r"[\w-]*(?:\s+[\w-]+)?", text[cue.end + len(after):s_end]).group(0)  # ("in the past| day")
    stop = _CLAUSE_END.search(after)
    clause = before + " " + text[cue.start:cue.end] + (after[:stop.start()] if stop else after)
    verb_end = len(before) + 1 + cue.end - cue.start
    for found in _EARLIER_OCCASION.finditer(clause):
        if found.start() >= verb_end and found.group(0).lower().startswith("had"):
            continue  # "said Western partners had promised jets": a pluperfect after the verb is what it reports
        if found.start() >= verb_end and found.group(0).lower() == "later" \
                and _COUNTED_BEFORE.search(clause, 0, found.start()):
            continue  # "blamed a captain he said died three days later": a time counted from what it reports (dt26)
        if not clause.startswith(" than", found.end()):  # "earlier than planned" compares, places nothing
            return found.group(0)
    return None


# "In it, X said …", "In them, …": words of the statement, remarks or interview the sentence just before dates
# ("X gave a speech to cadets on Tuesday. In it, he said …"): that day (dt26)
_IN_IT = re.compile(r"\s*(?:In|Within)\s+(?:it|them)\s*,")
# the statement nouns (``statement_noun``, ``spoken_occasion`` of data/speech_words.csv) a few words before the day
_NAMED_OCCASION = vocab.TablePattern("named_occasion", ("speech_words",), lambda: r"(?i:\b(?:" + (trie_pattern(
    set(speech_words()["statement_noun"]) | set(speech_words()["spoken_occasion"]), spaces=True) or "(?!)")
    + r")s?\b)(?:\s+[\w’'-]+){0,5}?\s+(?:on|late\s+on|early\s+on|late|early)?\s*$")


def _in_it_day(reader: _Reader, s_start: int) -> tuple | None:
    """(day, words) for a sentence opening "In it," or "In them," when the sentence just before names a statement,
    remarks or an interview with its day ("… Putin's remarks to war correspondents on Tuesday."), else None."""
    if _IN_IT.match(reader.text, s_start) is None:
        return None
    at = trim_end(reader.text, 0, s_start) - 1
    before = reader.doc.sentence_at(at) if at > 0 else None
    if before is None or before.paragraph != reader.doc.sentence_at(s_start).paragraph:
        return None
    for e in reader.dates_between(before.start, before.end):
        if e.kind in ("vague", "relative_far") or reader.text[e.end:e.end + 2] in ("'s", "’s"):
            continue
        if _NAMED_OCCASION.search(reader.text, max(before.start, e.start - 80), e.start):
            day = when.resolve(e, reader.doc.published).day
            if not pd.isna(day):
                return day, f"{e.text} ({_IN_IT.match(reader.text, s_start).group(0).strip(' ,')})"
    return None


_COUNTED_BEFORE = re.compile(r"(?i)\b(?:days?|weeks?|hours?|months?|years?|minutes?)\s+$")


_MEETING_VERB = re.compile(r"\b(?:met|meets|meeting|hosted|hosts|received|welcomed|visited|held\s+talks|spoke\s+(?:with|to)|"
                           r"joined)\b")


_TO_ADDRESSEE = re.compile(r"^\s*to\b")


def _addressees(reader: _Reader, layer: Speech, sentence, cue_subjects, day, words) -> None:
    """The person a dated statement was made to ("Shoigu told President Vladimir Putin on
    Thursday that …") was at that occasion: their next undated words take its day, like a
    dated doing (see :func:`_appearance`)."""
    text, doc = reader.text, reader.doc
    for cue, subject in cue_subjects:
        if cue.text.lower() not in _words("addressing_verb") or subject is None:
            continue
        after = reader.mentions_between(cue.end, min(sentence.end, cue.end + 60))
        # ("Shoigu reported to President Vladimir Putin on Saturday that …": the addressee after "to" (dt34))
        between = _TO_ADDRESSEE.sub("", text[cue.end:after[0].start], count=1) if after else ""
        if not after or after[0].how not in ("name", "title", "unknown name") \
                or not _title_words_only(between) and between.strip():
            continue
        person = _resolve(reader, after[0], after[0].start)
        if person is None or not person.speaker or person.speaker == subject.speaker \
                or not _mentions.could_be_person(person.speaker, reader.who):
            continue
        dates = reader.dates_between(sentence.start, sentence.end)
        paragraphs = doc.paragraphs
        reach = paragraphs[min(len(paragraphs) - 1, sentence.paragraph + _DOING_REACH)][1]
        at = max(e.start for e in dates) if dates else after[0].start
        layer.appearances.setdefault(person.speaker, []).append((after[0].start, reach, day, words, at))
    # "Speaking in Kyiv on Monday alongside Dutch Prime Minister Dick Schoof, Zelensky said": the
    # person beside the speaker was at that occasion too
    speakers = {subject.speaker for _, subject in cue_subjects if subject is not None}
    for beside in _ALONGSIDE.finditer(text, sentence.start, sentence.end):
        if doc.in_quote(beside.start()):
            continue
        after = reader.mentions_between(beside.end(), min(sentence.end, beside.end() + 60))
        if not after or after[0].how not in ("name", "title", "unknown name") \
                or not _title_words_only(text[beside.end():after[0].start]) and text[beside.end():after[0].start].strip():
            continue
        person = _resolve(reader, after[0], after[0].start)
        if person is None or not person.speaker or person.speaker in speakers \
                or not _mentions.could_be_person(person.speaker, reader.who):
            continue
        paragraphs = doc.paragraphs
        reach = paragraphs[min(len(paragraphs) - 1, sentence.paragraph + _DOING_REACH)][1]
        dates = reader.dates_between(sentence.start, sentence.end)
        at = max(e.start for e in dates) if dates else after[0].start
        layer.appearances.setdefault(person.speaker, []).append((after[0].start, reach, day, words, at))


_ALONGSIDE = re.compile(r"\b(?:alongside|together\s+with|flanked\s+by|standing\s+(?:next\s+to|beside))\s+", re.IGNORECASE)


# (its nouns the ``statement_noun`` words of data/speech_words.csv: "published a summary of the year's results on the
# same day", dt40)
_ISSUED = vocab.TablePattern("issued_statement", ("speech_words",), lambda: (
    r"\b(?:issued|released|published|put\s+out|posted)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:press\s+|news\s+)?release|" + (trie_pattern(speech_words()["statement_noun"], spaces=True) or "(?!)")
    + r")\b"), re.IGNORECASE, first_chars=True)


def _issued(reader: _Reader, sentence, anchor) -> None:
    """ "The Russian Defence Ministry issued a statement on Sunday.": its maker spoke that day (a later
    "the statement said" is theirs, and so is its day)."""
    issued = _ISSUED.search(reader.text, sentence.start, sentence.end)
    if issued is None:
        return
    found = [m for m in reader.mentions_between(sentence.start, issued.start())
             if m.how in ("name", "title", "role") or (m.how == "unknown name" and " " in m.speaker)]
    opening = reader.text[sentence.start:found[0].start] if found else ""
    for e in reader.dates_between(sentence.start, found[0].start if found else sentence.start):
        opening = opening.replace(e.text, " ")  # "On Friday morning the navy issued …": a fronted day (dt14)
    if not found or len(re.sub(r"(?i)^\s*(?:(?:late|early)\s+)?(?:on|in)?\s*(?:morning|afternoon|evening|night)?\s*,?", "",
                               opening).split()) > 1:
        return
    if found[0].how == "role":  # "the navy issued a formal press release": the body the role stands for
        body = _resolve(reader, found[0], found[0].start)
        if body is None or not body.speaker or _mentions.could_be_person(body.speaker, reader.who):
            return
        found = [body]
    day, words = None, ""
    for e in reader.dates_between(sentence.start, sentence.end):
        if e.kind not in ("vague", "relative_far") and reader.text[e.end:e.end + 2] not in ("'s", "’s"):
            resolved = when.resolve(e, reader.doc.published, anchor).day
            if not pd.isna(resolved):
                day, words = resolved, e.text
                break
    speaker = found[0].speaker
    reader.add_event(_Event(issued.start(), speaker, day, words, _mentions.could_be_person(speaker, reader.who)))


#: "This was stated by", "It had been reported by": a sentence that gives the words before it to the one named after
#: "by"; up to the verb, written once for the speech layer (``_STATED_BY``: the day is that one's) and claims
#: (``claims._voices._BACK_REFERENCE``: the claim before it is that one's)
#: its subject and auxiliary (``_acts.BACK_REFERENCE_OPENING``: "This was", "It had been") and what may stand before
#: them (spaces, a list's bullet: "• This was stated by …"; the claims' and the subjects')
BACK_REFERENCE_BULLET = r"\s*(?:[•·▪►*–—-][ \t]+)?"
BACK_REFERENCE = (BACK_REFERENCE_OPENING + r"\s+(?:\w+ly\s+)?"
                  r"(?:reported|stated|said|announced|confirmed|claimed|noted|declared)")
#: "… said this in an interview with Ukrinform on Tuesday.", "… reported this on Telegram.", "The ministry said so in a
#: statement, Ukrinform reports.": right after a speech cue, only "this"/"so" (the words before) and the occasion,
#: medium or day of the statement (no "that" clause, no words of its own): the active form of ``BACK_REFERENCE`` (sk41;
#: matched from the cue's end to the sentence's end)
SAID_THIS = (r"\s+(?:this|so)(?:\s+(?:on|in|at|during|to|via|while|when|after|before|for|with|through|from|late|early|"
             r"earlier|yesterday|today|last)\b(?:(?!\bthat\b)[^,;:“”\"])*?)?"
             r"(?:,\s*[\w-]+(?:\s+[\w-]+){0,2}\s+(?:reports|reported|writes|saw|learned)\b)?\s*[.!]?\s*$")
_SAID_THIS = re.compile(SAID_THIS)


def _gainsaying_cues() -> tuple:
    """The openings of the cues that gainsay the words they point at (claim_words.csv ``denial_cue``,
    ``rejection_cue``: "denied", "dismissed", "disputed")."""
    def build():
        frame = vocab.table("claim_words")
        return tuple(" ".join(w.split()).lower() for g, w in zip(frame["group"], frame["word"])
                     if g.strip() in ("denial_cue", "rejection_cue"))
    return vocab.compiled("speech_gainsaying_cues", ("claim_words",), build)


def said_this_after(text: str, cue, end: int) -> bool:
    """Whether the cue ends in ``SAID_THIS`` before ``end`` ("Syrskyi said this in an interview.") with a verb that
    says the words it points at: "Moscow denied this on Tuesday.", "Zelensky disputed this.", "The Kremlin rejected
    this." gainsay them (the words are not theirs; rv26c). Read by the quotes (``attribution``) and the claims.

    Example:
        >>> from saidvsdone.speech import Cue
        >>> text = "Moscow said this on Tuesday. Moscow denied this on Tuesday."
        >>> said_this_after(text, Cue(7, 11, "said", "speech"), 28), said_this_after(text, Cue(36, 42, "denied", "speech"), 60)
        (True, False)
    """
    return not cue.text.lower().startswith(_gainsaying_cues()) and _SAID_THIS.match(text, cue.end, end) is not None
# "This was stated by the spokesperson for X, A B, on the telethon on Sunday, Ukrinform reports": A B's words
#: (``claims._voices._BACK_REFERENCE`` reads the same shape: "This was reported on Telegram on Sunday by A B, …")
STATED_BY = BACK_REFERENCE + BY_ADJUNCT + r"\s+by\b"
_STATED_BY = re.compile(r"\s*" + STATED_BY)  # "stated on Sunday by"


def _stated_by(reader: _Reader, s_start: int, s_end: int, day, words: str) -> None:
    """ "Russia has lost 1,200 troops. This was stated by …, A B, on Sunday, Ukrinform reports.": the day
    of the sentence is A B's statement's (the outlet only relays it), so the lead before it and A B's
    words after it ("According to him", "A B said") take it: a dated event of the one named after "by"
    (a person or an institution of the tables, or a full name no table knows; never the medium)."""
    stated = _STATED_BY.match(reader.text, s_start)
    if stated is None or stated.end() > s_end:
        return
    named = [m for m in reader.mentions_between(stated.end(), s_end) if m.speaker and m.how != "country"
             and getattr(reader.who.speakers.get(m.speaker), "kind", "") != "media"
             and (m.speaker in reader.who.speakers
                  or (m.how == "unknown name" and " " in m.speaker and _mentions.could_be_person(m.speaker, reader.who)))]
    # "by the spokesman for Ukraine's Air Force, A B,": the person the apposition names, not the body inside it
    people = [m for m in named if _mentions.could_be_person(m.speaker, reader.who)
              and re.fullmatch(r"\s*(?:the\s+|a\s+)?[^,.;:“”\"]{0,80},\s*", reader.text[stated.end():m.start])]
    if people and people[0] is not named[0] and not _mentions.could_be_person(named[0].speaker, reader.who):
        reader.add_event(_Event(s_start, named[0].speaker, day, words, False))  # (the body spoke through A B)
    if named:
        reader.add_event(_Event(s_start, (people or named)[0].speaker, day, words, True))


def _as_of_today(reader: _Reader, layer: Speech, sentence) -> None:
    """ "X reported this at the forum. … As of today, the army controls 1,200 km²." : narration that
    gives the person's figures as of today, just after their undated words, says they spoke today:
    their undated words from the paragraph before on, up to two paragraphs of prose after it."""
    found = next((m for m in _AS_OF_TODAY.finditer(reader.text, sentence.start, sentence.end)
                  if not reader.doc.in_quote(m.start())), None)
    if found is None or pd.isna(reader.doc.published):
        return
    since = reader.doc.paragraphs[reader.quiet_back(sentence.paragraph, 2)][0]  # (past a caption between)
    last = next((e for e in reversed(reader.events) if e.pos < sentence.start), None)
    if last is None or last.pos < since or not last.speaker or (last.date is not None and not pd.isna(last.date)) \
            or last.back or not _mentions.is_person(last.speaker, reader.who):
        return
    reach = _prose_reach(reader.text, reader.doc.paragraphs, sentence.paragraph, reader.quiet())
    layer.appearances.setdefault(last.speaker, []).append(
        (since, reach, reader.doc.published.normalize(), found.group(0), since, True))


# "The council met on Monday at Russia's request.", "The session was held on Friday": a gathering dated after its words
_GATHERING_HELD = re.compile(r"\s*(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(meeting|session|council|summit|talks|briefing|"
                             r"conference|hearing|assembly|forum)\s+(?:met|was\s+held|were\s+held|took\s+place|convened|"
                             r"opened|began|was\s+convened)\b")
# "The transcript is headed "Moscow, June 19", the day the meeting took place": a day given to the gathering inside the
# sentence, by the words right before (dt18)
_GATHERING_HELD_DAY = re.compile(r"\bthe\s+(?:day|date)\s+(?:on\s+which\s+)?(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(meeting|session|"
                                 r"council|summit|talks|briefing|conference|hearing|assembly|forum)\s+(?:met|was\s+held|"
                                 r"were\s+held|took\s+place|convened|opened|began)\b")


def _gathering_held(text: str, start: int, end: int):
    """The words of a sentence that say when a gathering met ("The council met on Monday.", "…, the day the meeting took
    place"), else None; group 1 is the gathering's noun."""
    return _GATHERING_HELD.match(text, start, end) or _GATHERING_HELD_DAY.search(text, start, end)


@functools.lru_cache(maxsize=64)
def _told_the(gathering: str) -> re.Pattern:
    """Words told to a gathering or said at it ("told the UN Security Council", "at the meeting"), compiled once."""
    return re.compile(rf"(?i)\b(?:told|addressed|addressing|at|to|before|during)\s+(?:the|a|an|this|that)\s+"
                      rf"(?:[\w.’'-]+\s+){{0,3}}?{gathering}\b")


def _gathering_dated_after(reader: _Reader, layer: Speech, sentence, anchor) -> None:
    """ "X told the UN Security Council that … The council met on Monday.": the undated words
    told to the gathering in the sentence or paragraph just before were said on its day."""
    held = _gathering_held(reader.text, sentence.start, sentence.end)
    if held is None:
        return
    expressions = [e for e in reader.dates_between(sentence.start, sentence.end) if e.kind not in ("vague", "relative_far")]
    if held.start() > sentence.start:  # "…, the day the meeting took place": the day written right before those words
        expressions = [e for e in expressions if e.end <= held.start()][-1:]
    if not expressions:
        return
    day = when.resolve(expressions[0], reader.doc.published, anchor).day
    paragraphs = reader.doc.paragraphs
    since = paragraphs[reader.doc.story_back(sentence.paragraph, 1)][0]
    # the words were told to it or said at it ("told the UN Security Council", "at the meeting"), not about it
    noun = _told_the(held.group(1))
    if pd.isna(day):
        return
    # the acts are in sentence order: those from ``since`` on are found by bisection (not a scan of all per gathering)
    for i in range(bisect_left(layer.acts, since, key=lambda x: x.sentence[0]), len(layer.acts)):
        act = layer.acts[i]
        a, b = act.sentence
        if a >= sentence.start:
            break
        if not since <= a < sentence.start or act.date is not None or not noun.search(reader.text, a, b):
            continue
        words = f"{expressions[0].text} ({held.group(0).strip()})"
        layer.acts[i] = SpeechAct(act.sentence, act.cue, act.speaker, day, words)
        for event in reader.events:
            if a <= event.pos < b and event.speaker == act.speaker.speaker and event.date is None:
                event.date, event.date_text = day, words
        for quote, reading in zip(reader.doc.quotes, layer.quotes):
            if a <= quote.span.start < b and reading.speaker == act.speaker.speaker and reading.sentence_date is None:
                reading.sentence_date, reading.sentence_date_text = day, words


def _occasion_nouns() -> str:
    """The nouns of a dated occasion told after its words (the ``recorded_occasion`` words of data/speech_words.csv:
    "interview", "conversation", "address", "briefing" …), as one alternation (dt40)."""
    return trie_pattern(speech_words()["recorded_occasion"], spaces=True) or "(?!)"


def _interview_out_pattern() -> str:
    """ "The interview was published on Sunday.", "The address aired on Monday": a ``recorded_occasion`` of
    data/speech_words.csv that went out on a day, not the day it was recorded (the pattern's text, dt40)."""
    return (r"\s*(?:The|That|This|Their|His|Her|Its)\s+(?:[\w-]+\s+){0,2}?(?:" + _occasion_nouns()
            + r")\s+(?:was\s+(?:published|aired|broadcast|released|shown|posted)|aired|went\s+out)\b")


# "The conversation took place on Thursday.", "The interview was recorded on Monday", "The address was filmed late on
# Friday" (dt40: any ``recorded_occasion`` word): the day of an occasion just named
_INTERVIEW_HELD = vocab.TablePattern("interview_held", ("speech_words",), lambda: (
    r"\s*(?:The|That|This|Our|Their|His|Her|Its)\s+(?:[\w-]+\s+){0,2}?(?:" + _occasion_nouns()
    + r")\s+(?:took\s+place|was\s+(?:held|recorded|conducted|taped|filmed|delivered))\b"
    # "The interview was published on Sunday.": the day it went out, no recording day given
    r"|" + _interview_out_pattern() +
    # "We spoke to him at his headquarters on Friday": the reporter's own interview
    r"|\s*(?:We|I)\s+(?:spoke|talked)\s+(?:to|with)\s+(?:him|her)\b|\s*(?:We|I)\s+(?:met|interviewed)\s+(?:him|her)\b"))


_INTERVIEW_OUT = vocab.TablePattern("interview_out", ("speech_words",), _interview_out_pattern)


# (the occasion the person's words were said at, dated: the person's dated statement)
_RECORDED = vocab.TablePattern("interview_recorded", ("speech_words",), lambda: (
    r"\s*(?:The|That|This|Their|His|Her|Its)\s+(?:[\w-]+\s+){0,2}?(?:" + _occasion_nouns()
    + r")\s+(?:took\s+place|was\s+(?:recorded|conducted|taped|filmed|delivered))\b"))
# "We spoke to Vasyl Hnatiuk on Tuesday", "When I met Hnatiuk on Tuesday, …": the reporter's own interview names its person
_WE_MET = re.compile(r"\s*(?:When\s+|After\s+)?(?:[Ww]e|I)\s+(?:(?:spoke|talked)\s+(?:to|with)|met(?:\s+with)?|interviewed|"
                     r"caught\s+up\s+with|reached)\s+(?=[A-Z])"
                     # "The Guardian spoke to A B on Tuesday", "This newspaper met A B": a medium's own interview
                     r"|\s*(?:[Tt]his\s+(?:newspaper|paper|reporter|correspondent|magazine)|(?P<medium>(?:[Tt]he\s+)?[A-Z][\w.’'-]*"
                     r"(?:\s+[A-Z][\w.’'-]*){0,2}))\s+(?:(?:spoke|talked)\s+(?:to|with)|met(?:\s+with)?|interviewed)\s+(?=[A-Z])")


#: what stands before an outlet told something (``_addressed_outlet``): "told the", "telling The", "to the"
_TOLD_THE = re.compile(r"\b(?:told|telling|to)\s+[Tt]he\s+")


def _addressed_outlet(reader: _Reader, start: int, end: int, name: str) -> bool:
    """ "The Sentinel spoke to A B … on Tuesday" where the who-is-who lists no "Sentinel": the name is the outlet's
    when "The" opens it, it names no person, and the same article makes it the addressee of somebody's words ("she
    told The Sentinel", "speaking to The Sentinel") — the paper telling of its own interview (dt20). Not "The Kremlin
    met …" (nobody tells the Kremlin in the copy), not a person ("Zelensky met Rutte")."""
    text = reader.text
    written = text[start:end].strip()
    if not written.startswith(("The ", "the ")):
        if text[max(0, start - 4):start] not in ("The ", "the "):
            return False  # (most subjects: no "The" before them, nothing else read)
        written = "The " + written
    if not name or _mentions.is_person(name, reader.who):
        return False
    seen = reader.__dict__.setdefault("_addressed_outlets", {})
    if written[4:] not in seen:  # (once per name and article)
        # (read where "told the"/"to the" stands right before the name: most names never follow one (sp28); no pattern is
        # compiled per name, _told_the_name reads the name's readings from _TOLD_THE's (sp29))
        if "_told_the_matches" not in reader.__dict__:  # (one scan of the article for every name: rv26c)
            reader.__dict__["_told_the_matches"] = list(_TOLD_THE.finditer(text))
        told = [m for m in reader.__dict__["_told_the_matches"] if text.startswith(written[4:].lstrip(), m.end())]
        seen[written[4:]] = bool(told) and any(not reader.doc.in_quote(start) for start in _told_the_name(text, written[4:], told))
    return seen[written[4:]]


#: (sp29) where ``\b`` holds: after an outlet's name told something
_NAME_EDGE = re.compile(r"\b")


def _told_the_name(text: str, name: str, told: list) -> list[int]:
    """Where the name's own pattern ("told", "telling" or "to", spaces, "The", spaces, the name as written, a word
    edge), compiled per name and run over ``text``, found "told The Sentinel": read from the ``_TOLD_THE`` matches
    ``told`` (those followed by the name's words) with no pattern compiled per name (sp29: on unseen copy each new name
    cost a compile). ``_TOLD_THE``'s spaces after "the" run to their end, so a name written with spaces of its own
    before its first word ("The  Sentinel") takes its spaces from their end, leaving at least one; the name's last
    character and the next keep the word edge. Two readings that overlap (a name holding "told the" and itself) are
    left to the pattern, as before."""
    words = name.lstrip()
    lead = name[:len(name) - len(words)]  # (never empty words: the caller's name follows "The " in a stripped subject)
    found, last_end = [], -1
    for m in told:
        at, end = m.end(), m.end() + len(words)
        spaces = len(m.group()) - len(m.group().rstrip())  # (the spaces after "the", to the name's first word)
        if spaces - len(lead) < 1 or text[at - len(lead):at] != lead or not _NAME_EDGE.match(text, end):
            continue
        if m.start() < last_end:  # (overlapping readings: the pattern's own scan decides)
            return _told_the_name_scanned(text, name)
        found.append(m.start())
        last_end = end
    return found


def _told_the_name_scanned(text: str, name: str) -> list[int]:
    """What ``_told_the_name`` gives, by the name's own pattern (two readings overlapping)."""
    return [m.start() for m in re.compile(r"\b(?:told|telling|to)\s+[Tt]he\s+" + re.escape(name) + r"\b").finditer(text)]


def _we_met(reader: _Reader, layer: Speech, sentence, anchor) -> None:
    """ "We spoke to Vasyl Hnatiuk on Tuesday.": the person named right after the verb gave the reporter an
    interview that day; their undated words that follow take it (as "We spoke to him on Tuesday" after the
    sentence naming him, below)."""
    met = _WE_MET.match(reader.text, sentence.start)
    if met is None:
        return
    if met.group("medium"):  # (a name of the media table only: "Zelensky met Rutte on Tuesday" is no interview)
        medium = reader.mentions_between(met.start("medium"), met.end("medium"))
        if not medium or (getattr(reader.who.speakers.get(medium[0].speaker), "kind", "") != "media"
                          and not _addressed_outlet(reader, met.start("medium"), met.end("medium"), medium[0].speaker)):
            return
    expressions = [e for e in reader.dates_between(met.end(), sentence.end) if e.kind not in ("vague", "relative_far")]
    day = when.resolve(expressions[0], reader.doc.published, anchor).day if expressions else pd.NaT
    found = reader.mentions_between(met.end(), min(sentence.end, met.end() + 60))
    if pd.isna(day) or not found or found[0].start != met.end() or found[0].how not in ("name", "title", "unknown name"):
        return
    person = _resolve(reader, found[0], found[0].start)
    if person is None or not person.speaker or not (" " in person.speaker if found[0].how == "unknown name"
                                                    else _mentions.is_person(person.speaker, reader.who)):
        return
    layer.appearances.setdefault(person.speaker, []).append(
        (sentence.start, len(reader.text), day, expressions[0].text, expressions[0].start, True))


# the reporter's own encounter ("The commander met me on Sunday at a petrol station", "I met him on Friday at a command
# post", "Later that day I met his deputy"): not a flashback ("I had met him"), not a plan ("I will meet")
# (the ``encounter_object_verb`` words of data/speech_words.csv before "me"/"us", the ``encounter_verb`` words after "I"/"we";
# past forms as written, a space any white space)
_ENCOUNTER = vocab.TablePattern("encounter", ("speech_words",), lambda: r"\b(?:" + (trie_pattern(
    speech_words()["encounter_object_verb"], spaces=True) or "(?!)") + r")\s+(?:me|us)\b"
    r"|(?:(?<![\w’'-])I|\b[Ww]e)\s+(?:first\s+|finally\s+|then\s+|also\s+)?(?:" + (trie_pattern(
        speech_words()["encounter_verb"], spaces=True) or "(?!)") + r")\b", first_chars=True)
_ENCOUNTER_NOT = re.compile(r"(?i)\b(?:had|will|would|have|has)\b")


def _encounter_scene(reader: _Reader, layer: Speech, sentence, anchor) -> None:
    """A reporter's encounter on a named day in a sentence with no speech verb ("The commander met me on
    Sunday at a petrol station."): a scene; whoever speaks in its passage with no day of their own (and no new
    time cue between) spoke that day (the "same scene" of :meth:`Speech.fallback_date`). "Later that day"
    counts from the day of the reporter's scene before it, not from another voice's dated statement between (dt14)."""
    text = reader.text
    expressions = [e for e in reader.dates_between(sentence.start, sentence.end)
                   if e.kind not in ("vague", "relative_far") and text[e.end:e.end + 2] not in ("'s", "’s")]
    if sentence.headline or not expressions:
        return
    met = next((m for m in _ENCOUNTER.finditer(text, sentence.start, sentence.end) if not reader.doc.in_quote(m.start())), None)
    if met is None or _ENCOUNTER_NOT.search(text, sentence.start, met.end()):
        return
    e = expressions[0]
    named = None
    if e.kind == "relative_event":
        named = (layer.scenes[-1][0], layer.scenes[-1][2]) if layer.scenes else _scene_day(reader, e.start)
        if named is None:
            return
    day = when.resolve(e, reader.doc.published, named[1] if named is not None else anchor).day
    if pd.isna(day) or (not pd.isna(reader.doc.published) and day > reader.doc.published.normalize()):
        return
    reader.resolved[e.start] = day
    last = reader.dates_between(sentence.start, sentence.end)[-1].start  # ("… has not sold petrol since 2022")
    layer.scenes.append((last, _reach_scene(reader, sentence.paragraph), day, e.text))


# the speaker's posture at a place, after the attribution ("…, sitting on an ammunition crate outside a dugout"): the
# reporter was there with them
_SCENE_PARTICIPLE = lazy_fail_fast(r",\s+(?:sitting|standing|crouching|squatting|leaning|perched)\s+(?:on|in|at|outside|beside|by|"
                                   r"near|under|inside|behind|next\s+to|among)\s")
# a narration's fronted "Hours later," / "Later that day," / "That evening," (the day last named, a moment after)
_LATER_OPENING = re.compile(r"(?i)(?:(?:a\s+few\s+|two\s+|three\s+)?(?:hours|minutes|moments)|an\s+hour|later\s+that\s+"
                            r"(?:day|morning|afternoon|evening)|that\s+(?:same\s+)?(?:morning|afternoon|evening))\s*(?:later)?")


def _later_scene(reader: _Reader, layer: Speech, sentence) -> None:
    """A sentence with no speech verb opened by "Hours later," ("Hours later, the navy's spokesman, Captain A B,
    appeared on the national telethon."): a scene on the day last named; whoever speaks in its passage with no day
    of their own spoke that day (dt14). A day named later ends it (:meth:`Speech.fallback_date`)."""
    if sentence.headline:
        return
    found = reader.dates_between(sentence.start, sentence.end)
    if not found or found[0].kind != "relative_event" or reader.text[sentence.start:found[0].start].strip() \
            or not reader.text[found[0].end:found[0].end + 1] == "," or not _LATER_OPENING.fullmatch(found[0].text):
        return
    named = _scene_day(reader, found[0].start)
    if named is None or reader.doc.story_gap(reader.doc.sentence_at(named[0]).paragraph, sentence.paragraph) > 4:
        return  # (the day named just above, not pages before)
    layer.scenes.append((found[-1].start, _reach_scene(reader, sentence.paragraph), named[1], found[0].text))


# a scene the narration opens with a fronted day and no speech verb ("On Thursday night a sergeant named A B ran the
# shift.", "Late on Friday, the convoy reached the village."), or a recording dated in an apposition ("The conversation,
# recorded on Tuesday, opened with …"; the ``recorded_occasion`` words of data/speech_words.csv): one event, whose
# speakers share its day until a new time cue or a new scene (dt19)
_FRONTED_DAY = re.compile(r"\s*(?:(?:[Ll]ate|[Ee]arly)\s+)?(?:[Oo]n\s+|[Bb]y\s+)?(?:[Ll]ast\s+)?$")
_DAY_PART = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?=[A-Za-z])")
_RECORDED_APPOSED = vocab.TablePattern("recorded_apposed", ("speech_words",), lambda: r"\s*(?:The|That|This|Our|Their|"
                                       r"[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,3}?(?:" + (trie_pattern(
                                           speech_words()["recorded_occasion"], spaces=True) or "(?!)")
                                       + r")\s*,\s*(?:which\s+was\s+)?(?:recorded|taped|filmed|conducted|held)\s+(?:on\s+)?$")
_DAY_KINDS = when.CALENDAR_KINDS + ("weekday_week",)  # ("last week on Tuesday" too)
# a paragraph that opens a time after the scene ("After the recording, …", "Later, …", "Afterwards …")
_AFTER_SCENE = re.compile(r"\s*(?:After(?:wards)?|Later|Since\s+then|Following)\b")


def _scene_passage(reader: _Reader, paragraph: int) -> int:
    """Where a scene opened in ``paragraph`` ends for those who speak in it: before a paragraph opened by a time
    after it ("After the recording, …", "Later, …"), or before the second of two paragraphs in a row in which
    nobody speaks (a paragraph that only introduces the next speaker, "A soldier who gave only his first name,
    Andrii, sat on a box.", keeps the scene)."""
    text, paragraphs = reader.text, reader.doc.paragraphs
    end, quiet = paragraphs[paragraph][1], False
    for a, b in paragraphs[paragraph + 1:]:
        if _AFTER_SCENE.match(text, a):
            break
        speaks = bool(reader.cues_between(a, b)) or any(c in text[a:b] for c in '"“”')
        if not speaks and quiet:
            break
        quiet = not speaks
        end = b
    return end


_REPORTER_SUBJECT = re.compile(r"[\s,]*(?:(?:[\w’'-]+\s+){0,3}?(?:we|I)\s|(?:We|I)\s)")


def _scene_subject(reader: _Reader, start: int, end: int) -> bool:
    """Whether the clause after a fronted day (from ``start``) is people's: the reporter ("we drove to …", "I met …")
    or a person named within its first words ("a sergeant named A B, 44, ran the shift"), not a weapon or a unit."""
    text = reader.text
    if _REPORTER_SUBJECT.match(text, start, min(end, start + 40)):
        return True
    found = reader.mentions_between(start, min(end, start + 60))
    if not found or not found[0].speaker:
        return False
    first = found[0]
    if first.how == "unknown name":
        return " " in first.speaker or given_name(text, first)
    return first.how in ("name", "title") and _mentions.is_person(first.speaker, reader.who)


def _opened_scene(reader: _Reader, layer: Speech, sentence, anchor, recorded_only: bool = False) -> None:
    """A sentence with no speech verb that opens a scene on a named day: a fronted day ("On Thursday night a sergeant
    named A B ran the shift.") or a recording dated in an apposition ("The conversation, recorded on Tuesday, opened
    with …"). Whoever speaks in its passage (:func:`_scene_passage`) with no day of their own spoke that day, until a
    new time cue (the "same scene" of :meth:`Speech.fallback_date`); a plan or a day after publication is none.
    ``recorded_only``: a sentence with an undated speech verb after the recording ("The conversation, recorded on
    Tuesday, opened with the question listeners have asked …"): only the recording opens a scene there."""
    if sentence.headline:
        return
    text = reader.text
    found = reader.dates_between(sentence.start, sentence.end)
    if not found or found[0].kind not in _DAY_KINDS or reader.doc.in_quote(found[0].start):
        return
    e = found[0]
    before = text[sentence.start:e.start]
    if (recorded_only or not (_FRONTED_DAY.fullmatch(before) and _DAY_PART.match(text, e.end))) \
            and not (_RECORDED_APPOSED.fullmatch(before) and text[e.end:e.end + 1] == ","):
        return
    if _NOT_HELD.search(text, sentence.start, sentence.end):
        return
    if not recorded_only and not _scene_subject(reader, e.end, sentence.end):
        return  # "On Friday night, a Russian missile destroyed a hotel": an event of the war, no scene of people
    day = reader.resolved.get(e.start) or when.resolve(e, reader.doc.published, anchor).day
    if pd.isna(day) or (not pd.isna(reader.doc.published) and day > reader.doc.published.normalize()):
        return
    reader.resolved[e.start] = day
    layer.scenes.append((found[-1].start, _scene_passage(reader, sentence.paragraph), day, e.text))


def _interview_dated_after(reader: _Reader, layer: Speech, sentence, anchor) -> None:
    """ "X gave an interview to this newspaper last week. The conversation took place on Thursday.":
    the person named in the sentence just before (its first person) spoke on that day, so their undated
    words that follow, in this paragraph or the next two, were said on it (an appearance of theirs)."""
    if _INTERVIEW_HELD.match(reader.text, sentence.start) is None:
        _we_met(reader, layer, sentence, anchor)
        return
    expressions = [e for e in reader.dates_between(sentence.start, sentence.end) if e.kind not in ("vague", "relative_far")]
    day = when.resolve(expressions[0], reader.doc.published, anchor).day if expressions else pd.NaT
    end = trim_end(reader.text, 0, sentence.start)
    before = reader.doc.sentence_at(end - 1) if end else None
    if pd.isna(day):
        return
    if before is not None and _INTERVIEW_OUT.match(reader.text, sentence.start) and any(
            e.kind not in ("vague", "relative_far") for e in reader.dates_between(before.start, before.end)):
        # "X spoke to the Wire in his office on Tuesday. The interview was published on Friday.": the talk's own day
        # was given, the day it went out is no day of the words (dt16)
        return
    for m in (reader.mentions_between(before.start, before.end) if before is not None else ()):
        person = _resolve(reader, m, m.start) if m.how in ("name", "title", "role", "pronoun", "unknown name") else None
        if person is not None and person.speaker and (" " in person.speaker if m.how == "unknown name"
                                                      else _mentions.is_person(person.speaker, reader.who)):
            reach = _prose_reach(reader.text, reader.doc.paragraphs, sentence.paragraph, reader.doc.interruptions)
            if reader.text[sentence.start:sentence.start + 4].strip()[:2] in ("We", "I "):
                # the reporter's interview: the whole piece is its account (the Q&A below it, dates named inside
                # the answers), up to the person's own dated or earlier words
                layer.appearances.setdefault(person.speaker, []).append(
                    (sentence.start, len(reader.text), day, expressions[0].text, expressions[0].start, True))
                return
            layer.appearances.setdefault(person.speaker, []).append(
                (sentence.start, reach, day, expressions[0].text, expressions[-1].start))  # ("… and broadcast on
            # Friday" in its own sentence is no new time cue after the recording's day)
            _interview_words_before(reader, layer, sentence, person.speaker, day, expressions[0].text)
            if _INTERVIEW_OUT.match(reader.text, sentence.start) is None:
                _recorded_before(reader, layer, sentence, person.speaker, day, expressions[0].text)
            if _RECORDED.match(reader.text, sentence.start):
                # the interview is the person's dated statement: "In the interview, X also said …" further down, and
                # the lede's "X has given an interview, telling …" above, were said at it
                reader.add_event(_Event(sentence.start, person.speaker, day, expressions[0].text, True))
            return
    if not _RECORDED.match(reader.text, sentence.start):
        return
    # nobody named in the sentence before (dt14): after the quotes ("“…,” Vovk said. “…” / The interview took place
    # on Wednesday."), the person whose words end right before, in this paragraph or the one before; before them
    # ("The interview took place on Wednesday at a command post." opening the piece), a scene for those who speak after
    last = layer.acts[-1] if layer.acts else None
    since = reader.doc.paragraphs[reader.doc.story_back(sentence.paragraph, 1)][0]
    if last is not None and last.sentence[0] >= since and last.speaker is not None and last.speaker.speaker \
            and _mentions.could_be_person(last.speaker.speaker, reader.who):
        _interview_words_before(reader, layer, sentence, last.speaker.speaker, day, expressions[0].text)
        reader.add_event(_Event(sentence.start, last.speaker.speaker, day, expressions[0].text, True))
    elif last is None or last.sentence[0] < since:
        layer.scenes.append((expressions[-1].start, _reach_scene(reader, sentence.paragraph), day, expressions[0].text))


def _interview_words_before(reader: _Reader, layer: Speech, sentence, speaker: str, day, words: str) -> None:
    """ "Speaking to a news site, X said …. “…,” he said. The interview was published on Sunday.": the speaker's
    undated words in this paragraph and the one before, with no day named between them and the sentence, were said
    in that interview (its day given after them)."""
    since = reader.doc.paragraphs[reader.doc.story_back(sentence.paragraph, 1)][0]
    for i in range(bisect_left(layer.acts, since, key=lambda x: x.sentence[0]), len(layer.acts)):
        act = layer.acts[i]
        a = act.sentence[0]
        if a >= sentence.start:
            break
        if act.speaker is None or act.speaker.speaker != speaker or act.date is not None \
                or reader.dates_between(a, sentence.start) or _inside(layer.earlier, a) \
                or _PERFECT_BEFORE.search(reader.text, max(a, act.cue.start - 30), act.cue.start):
            continue  # ("X has repeatedly said …": no one occasion)
        _date_act(reader, layer, i, day, words)


def _date_act(reader: _Reader, layer: Speech, i: int, day, words: str) -> None:
    """Act ``i`` of the layer was said on ``day`` (written ``words``): the act, an event of its speaker at its verb,
    and the speaker's quotes of its sentence that had no day take it."""
    act = layer.acts[i]
    (a, b), speaker = act.sentence, act.speaker.speaker
    layer.acts[i] = SpeechAct(act.sentence, act.cue, act.speaker, day, words)
    reader.add_event(_Event(act.cue.start, speaker, day, words, True))
    for quote, reading in zip(reader.doc.quotes, layer.quotes):
        if a <= quote.span.start < b and reading.speaker == speaker and pd.isna(reading.sentence_date):
            reading.sentence_date, reading.sentence_date_text = day, words


def _remarks_placed(reader: _Reader, layer: Speech, sentence, speaker: str, day, words: str) -> None:
    """ "Putin said this week that …. He made the comment at a summit on Thursday.": the words the sentence just
    before placed only in a period ("this week", "last week", "at the weekend") were said on the day named now."""
    before = reader.doc.sentence_at(trim_end(reader.text, 0, sentence.start) - 1) if sentence.start else None
    if before is None:
        return
    a = before.start
    for i in range(bisect_left(layer.acts, a, key=lambda x: x.sentence[0]), len(layer.acts)):
        act = layer.acts[i]
        if act.sentence[0] != a:
            break
        if act.speaker is None or act.speaker.speaker != speaker or act.date is None or not pd.isna(act.date) \
                or not _PERIOD_ONLY.fullmatch(act.date_text or ""):
            continue
        layer.earlier[:] = [x for x in layer.earlier if x[0] != a]
        _date_act(reader, layer, i, day, words)


_PERIOD_ONLY = re.compile(r"(?i)\s*(?:(?:earlier\s+)?(?:this|last)\s+week|(?:at|over)\s+the\s+weekend)\s*")


def _recorded_before(reader: _Reader, layer: Speech, sentence, speaker: str, day, words: str) -> None:
    """ "X said in an interview broadcast on Friday that …. “…,” X told TF1. The interview was recorded on
    Thursday.": the words were said at the recording, so the speaker's words dated by the day the interview
    went out ("broadcast/aired/published … on Friday") in this paragraph take the recording's day ("The
    conversation took place on Thursday" too; its own paragraph right after theirs too)."""
    since = reader.doc.paragraphs[sentence.paragraph][0]
    if since == sentence.start:  # "The interview was recorded on Friday, the channel said." in a paragraph of its own
        since = reader.doc.paragraphs[reader.doc.story_back(sentence.paragraph, 1)][0]
    for i in range(bisect_left(layer.acts, since, key=lambda x: x.sentence[0]), len(layer.acts)):
        act = layer.acts[i]
        a, b = act.sentence
        if a >= sentence.start:
            break
        if act.speaker is None or act.speaker.speaker != speaker or act.date is None or pd.isna(act.date) \
                or not re.search(_WENT_OUT + re.escape(act.date_text), reader.text[a:b]):
            continue
        old = act.date
        layer.acts[i] = SpeechAct(act.sentence, act.cue, act.speaker, day, words)
        for event in reader.events:
            if a <= event.pos < b and event.speaker == speaker and event.date == old:
                event.date, event.date_text = day, words
        for quote, reading in zip(reader.doc.quotes, layer.quotes):
            if a <= quote.span.start < b and reading.speaker == speaker and reading.sentence_date == old:
                reading.sentence_date, reading.sentence_date_text = day, words


_WENT_OUT = r"(?i)\b(?:aired|broadcast|published|released|shown|televised|posted)\s+(?:on\s+|late\s+|early\s+)?"


# a person receiving the outlet for an interview: "received The Continental Review", "sat down with this newspaper",
# "gave an interview to us", "spoke to The Sentinel" (a publication's name with its capital "The", a medium of the
# who-is-who after the verb is read apart) (dt28; the verbs: ``interview_verb`` words of data/speech_words.csv, the
# outlet's own nouns ``own_outlet_noun`` ones)
_GAVE_INTERVIEW = vocab.TablePattern("gave_interview", ("speech_words",), lambda: (
    r"\b(?:" + (trie_pattern(speech_words()["interview_verb"], spaces=True) or "(?!)")
    + r"|gave\s+(?:an?\s+)?(?:[\w-]+\s+)?interview\s+to)\s+"
    r"(?:(?P<outlet>The\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"|(?:this|our)\s+(?:" + (trie_pattern(speech_words()["own_outlet_noun"], spaces=True) or "(?!)")
    + r")\b|us\b|me\b)"))


def _gave_interview(reader: _Reader, start: int, end: int) -> bool:
    """Whether the doing after a person's mention at ``start`` is giving the outlet an interview (``_GAVE_INTERVIEW``):
    "this newspaper", "us", a name opening on a capital "The" that names no person, or a medium of the who-is-who."""
    found = _GAVE_INTERVIEW.search(reader.text, start, min(end, start + 160))
    if found is None or reader.doc.in_quote(found.start()):
        return False
    if found.group("outlet") is None:
        return True
    named = [m for m in reader.mentions_between(found.start("outlet"), found.end("outlet")) if m.speaker]
    kinds = [getattr(reader.who.speakers.get(m.speaker), "kind", "") for m in named]
    if "media" in kinds:
        return True
    # ("The Netherlands", "The Kremlin's envoy", a person: no outlet; a name the tables do not know: a publication's)
    words = found.group("outlet")[4:].split()
    if any(w.rstrip("’'") in vocab.country_forms() for w in words[:2]):
        return False  # "received The Netherlands' minister": a country's
    return found.group("outlet").startswith("The ") and not any(
        m.how != "unknown name" and (kind in ("person", "organisation") or m.how == "country"
                                     or _mentions.is_person(m.speaker, reader.who)) for m, kind in zip(named, kinds))


# "Ozola and Zelensky then met for three hours before speaking to reporters": a doing of people that "then" puts right
# after the one just narrated (dt28; the doings: ``then_doing_verb`` words of data/speech_words.csv)
_THEN_DOING = vocab.TablePattern("then_doing", ("speech_words",), lambda: (
    r"\s+(?:then|afterwards|later)\s+(?:" + (trie_pattern(speech_words()["then_doing_verb"], spaces=True) or "(?!)")
    + r")\b"))


def _then_doing(reader: _Reader, layer: Speech, sentence) -> None:
    """A sentence with no day of its own whose people "then" do something ("Ozola and Zelensky then met for three hours
    before speaking to reporters."), right after a sentence that names the day of the doing before it ("On Thursday
    morning, the prime minister visited a drone workshop."): the narration goes on that day, so each person named before
    "then" is there (their undated words in the passage that follows, until their next occasion, were said that day)."""
    text = reader.text
    then = next((m for m in _THEN_DOING.finditer(text, sentence.start, sentence.end)
                 if not reader.doc.in_quote(m.start())), None)
    if then is None:
        return
    named = _scene_day(reader, sentence.start)
    if named is None or reader.doc.story_gap(reader.doc.sentence_at(named[0]).paragraph, sentence.paragraph) > 1:
        return  # (the day named in this paragraph or the one before, not pages above)
    people = [m for m in reader.mentions_between(sentence.start, then.start())
              if m.how in ("name", "title", "role", "unknown name")]
    reach = len(text)  # (as a scene set by a fronted day: until the person's next occasion)
    words = text[named[0]:named[0] + 40].split(",")[0].split(".")[0]
    for m in people:
        person = _resolve(reader, m, m.start)
        if person is None or not person.speaker \
                or not (" " in person.speaker if m.how == "unknown name" else _mentions.could_be_person(person.speaker, reader.who)):
            continue
        layer.appearances.setdefault(person.speaker, []).append((m.start, reach, named[1], words, named[0], True))


def _appearance(reader: _Reader, layer: Speech, sentence, anchor, speakers=frozenset()) -> None:
    """A sentence without a speech verb in which a person does something on a named day
    ("Zelensky met Nato leaders on Thursday.", "On Friday, Putin chaired a meeting."): the
    person's next undated words, in this paragraph or the next two, are taken as said on that
    occasion (see :meth:`Speech.fallback_date`)."""
    text, doc = reader.text, reader.doc
    expressions = reader.dates_between(sentence.start, sentence.end)
    if not expressions:
        back = next((m for m in _THAT_TIME.finditer(text, sentence.start, sentence.end) if not doc.in_quote(m.start())), None)
        again = _BACK_IN.match(text, sentence.start) if back is None else None
        named = _scene_day(reader, sentence.start) if back is not None else None
        found = [m for m in reader.mentions_between(sentence.start, min(sentence.end, sentence.start + 120))
                 if m.how in ("pronoun", "name", "title", "role") or " " in m.speaker] if named or again or layer.scenes else []
        person = _resolve(reader, found[0], found[0].start) if found else None
        if person is not None and person.speaker and person.speaker not in speakers \
                and _mentions.could_be_person(person.speaker, reader.who):
            scenes = [a for a in layer.appearances.get(person.speaker, ()) if a[5:] == (True,)]
            if again is not None and scenes:  # "Back in the basement, the Ukrainian leader stood": his scene again
                named, back = (scenes[-1][4], scenes[-1][2]), again
            elif again is not None and person.speaker in layer.appearances:
                spot = _back_at_spot(reader, sentence.start)
                if spot is not None and any(a[2] == spot[1] for a in layer.appearances[person.speaker]):  # "Back at the pickup truck, the commander folded his map": the spot's day (dt21)
                    named, back = spot[:2], again
            if named is not None:
                # "Back at the command post that afternoon, she studied a map": the day the scene was set on
                layer.appearances.setdefault(person.speaker, []).append(
                    (found[0].start, len(text), named[1], back.group(0).strip(" ,"), back.start(), True))
            elif scenes and not reader.cues_between(sentence.start, sentence.end) and reader.opens_sentence(found[0]) \
                    and not re.search(r"\bhad\b", text[sentence.start:sentence.end]):
                # "The general listened more than he spoke.": the narration is back in the person's scene
                # after a flashback ("Last month, he had told …")
                layer.appearances[person.speaker].append((found[0].start,) + scenes[-1][1:])
        return
    their = _THEIR_REMARKS.match(text, sentence.start)
    if their is not None and layer.acts and layer.acts[-1].speaker.speaker \
            and doc.story_gap(doc.sentence_at(layer.acts[-1].sentence[0]).paragraph, sentence.paragraph) <= 1:
        # "His comments came on Tuesday as …" right after the words: their day (the mention layer has no "His")
        e = next((e for e in expressions if e.kind not in ("vague", "relative_far", "relative_event")), None)
        day = when.resolve(e, doc.published, anchor).day if e is not None else pd.NaT
        if not pd.isna(day):
            reader.add_event(_Event(sentence.start, layer.acts[-1].speaker.speaker, day, e.text, True))
        return
    bare = _BARE_SCENE.match(text, sentence.start)
    if bare is not None and expressions[0].end <= bare.end() and expressions[0].kind not in ("vague", "relative_far"):
        # "It was Saturday afternoon when the convoy reached the town.": a scene set with nobody in it yet; whoever
        # speaks in its passage with no day of their own speaks that day (the "same scene" of fallback_date)
        day = when.resolve(expressions[0], doc.published, anchor).day
        if not pd.isna(day):
            layer.scenes.append((expressions[0].start, _reach_scene(reader, sentence.paragraph), day, expressions[0].text))
            para_end = doc.paragraphs[sentence.paragraph][1]
            if not any(_mentions.could_be_person(m.speaker, reader.who)
                       for m in reader.mentions_between(sentence.start, sentence.end) if m.speaker):
                # "… when the pickup left the base. Sergeant A B, 44, drove …": the first person named after it in the
                # paragraph is the scene's own, as if named in it (his words stay of that day until his next occasion)
                person = next((m for m in reader.mentions_between(sentence.end, para_end)
                               if m.how in ("name", "title", "unknown name") and m.speaker and " " in m.speaker
                               and _mentions.could_be_person(m.speaker, reader.who)), None)
                if person is not None:
                    layer.appearances.setdefault(person.speaker, []).append(
                        (person.start, len(text), day, expressions[0].text, expressions[0].start, True))
    found = reader.mentions_between(sentence.start, min(sentence.end, sentence.start + 120))
    if all(m.how in ("role", "unnamed source") for m in found) and sentence.end > sentence.start + 120:
        # "On Thursday, as the screens showed …, the battalion commander, a major who goes by the call sign Kupol,
        # leaned back": a role whose name comes after a long fronted clause
        found = reader.mentions_between(sentence.start, min(sentence.end, sentence.start + 200))
    k = bisect_left(reader.person_name_starts, sentence.start)
    head = reader.person_names[k] if k < len(reader.person_names) else None
    if head is not None and head.how == "role" and head.speaker and head.start < sentence.start + 3 \
            and _HEAD_OF_OWNED.match(text, head.start):
        # "The head of Ukraine's military intelligence addressed the ministers on Friday": its holder's occasion
        found = [head] + [m for m in found if m.start >= head.end]
    else:
        head = None
    if len(found) > 1 and found[0].how == "country" and re.search(r",\s+in\s+$", text[sentence.start:found[0].start]):
        found = found[1:]  # "Three days earlier, in Moscow, Shoigu …": the place of the doing, not its doer
    if not found:
        return
    def opening(m: Mention) -> str:  # the words before a mention, its sentence's days taken out
        words = text[sentence.start:m.start]
        for e in expressions:
            if e.end <= m.start:
                words = words.replace(text[e.start:e.end], " ")
        return words

    # the subject after a fronted occasion ("In his New Year's address on Tuesday, President X"), not a word in it
    first = next((m for m in found[1:3] if expressions[0].start < m.start
                  and (_PARTICIPLE_OPENING.match(opening(m)) or _OCCASION_OPENING.match(opening(m)))), found[0])
    if first is found[0] and len(found) > 1 and first.how in ("role", "unnamed source"):
        # "the commander, Petro Sava, arrived", "the commander, Major Petro Sava,", "the commander, a major who goes
        # by the call sign Kupol,": the apposed name
        first = next((m for m in found[1:3] if m.how not in ("role", "unnamed source", "country")
                      and _APPOSED_NAME.fullmatch(text, first.end, m.start)), first)
    apposed = first is not found[0] and found[0].how in ("role", "unnamed source") \
        and _APPOSED_NAME.fullmatch(text, found[0].end, first.start) is not None
    before = opening(found[0] if apposed else first)  # "Ukraine's top commander, A B, visited …": before the role
    if not apposed and re.fullmatch(r"[^,.;:“”\"]{3,60},\s*", before) and text[first.end:first.end + 1] == ",":
        before = ""  # "The port's harbour master, A B, visited …": a role the tables do not know, apposed to the name
    scene = bool(expressions[0].start < first.start and _SCENE_OPENING.match(before))
    asked = expressions[0].start < first.start and (_PARTICIPLE_OPENING.match(before)  # "Asked on Tuesday …, X declined"
                                                    or _OCCASION_OPENING.match(before))  # "In his address on Tuesday, X …"
    if (len([w for w in re.findall(r"[A-Za-z]+", before) if w[0].islower()]) > 1 and not scene and not asked) \
            or first.how in ("country", "unnamed source"):
        return  # (capitalised words before the name are its titles: "Estonian Prime Minister …")
    person = first if first is head else _resolve(reader, first, first.start)
    if person is None or not person.speaker or person.speaker in speakers \
            or not _mentions.could_be_person(person.speaker, reader.who):
        return
    if first.how == "unknown name" and " " not in person.speaker \
            and not (apposed and _GIVEN_CALL_SIGN.search(text, found[0].end, first.start)):
        return  # a lone capitalised word opening a sentence may be anything (not a call sign given as such)
    for e in expressions:
        if e.kind in ("vague", "relative_far") or text[e.end:e.end + 2] in ("'s", "’s"):
            continue  # "visited the site of Monday's strike": the day of the strike
        named = _scene_day(reader, e.start) if e.kind == "relative_event" else None
        # "Three days earlier, Shoigu had offered …": counted back from the day last named (a scene's too)
        day = when.resolve(e, doc.published, named[1] if named is not None and anchor is None else anchor).day
        moved = next((x for x in expressions if x.start > e.end and x.kind == "relative_event"
                      and _MOVED_ON.search(x.text)), None) if not pd.isna(day) else None
        if moved is not None:
            # "presented the plan to the Rada on Wednesday and to EU leaders in Brussels a day later": the narration
            # has moved on to the later doing; the words after it were said there
            later = when.resolve(moved, doc.published, day).day
            if not pd.isna(later) and later > day:
                day, e = later, moved
        if not pd.isna(day):
            paragraphs = doc.paragraphs
            reach = _prose_reach(text, paragraphs, sentence.paragraph, reader.quiet()) if not scene \
                else len(text)  # a scene set by a fronted time lasts until the speaker's next occasion
            # the days named later in its own sentence ("…, Rutte's first visit since taking office on Oct. 1")
            # are no new time cue between the doing and the words after it: counted from the last of them
            last = expressions[-1].start if not scene else e.start
            interview = not scene and _gave_interview(reader, first.end, sentence.end)
            if interview:
                # "X received The Review on Monday", "X sat down with this newspaper on Friday": the interview the
                # piece tells of is the occasion of X's undated words all through it, whatever other voices' days
                # come between (as ``_we_met``'s "We spoke to X on Tuesday") (dt28)
                reach, last = len(text), e.start
            layer.appearances.setdefault(person.speaker, []).append((first.start, reach, day, e.text, last)
                                                                    + ((True,) if scene or interview else ()))
            if scene:
                layer.scenes.append((e.start, _reach_scene(reader, sentence.paragraph), day, e.text))
            if _SPEAKING_DOING.match(text, first.end):
                layer.speaking_doings.add(first.start)  # "Putin on Friday set out his conditions for peace talks"
            if _REMARKS_MADE.match(text, first.end):
                # "Putin made the remarks on Friday at a meeting": the day of the words just reported too
                reader.add_event(_Event(first.start, person.speaker, day, e.text, True))
                _remarks_placed(reader, layer, sentence, person.speaker, day, e.text)
            if _MEETING_VERB.search(text, first.end, sentence.end):
                # "Putin met Erdogan in Sochi on Monday": whoever he met was there too
                for m in found[1:]:
                    other = _resolve(reader, m, m.start) if m.how in ("name", "title", "unknown name") else None
                    if other is not None and other.speaker and other.speaker != person.speaker \
                            and (m.how != "unknown name" or " " in other.speaker) \
                            and _mentions.could_be_person(other.speaker, reader.who):
                        layer.appearances.setdefault(other.speaker, []).append((m.start, reach, day, e.text, last))
            return


# between a role and the name apposed to it: a comma, a rank or title the mention layer leaves out ("the commander,
# Major Petro Sava,"), or a descriptor ending in a call sign ("the commander, a major who goes by the call sign Kupol,")
_GIVEN_CALL_SIGN = re.compile(r"\b(?:" + NAMING_FORMULA + r")\s+$", re.IGNORECASE)
_APPOSED_NAME = re.compile(r",\s*(?:[A-Z][\w.’'-]*\s+){0,3}"
                           r"|,\s*(?:a|an|the)\s+[^,.;:“”\"]{1,60}?\b(?:" + NAMING_FORMULA + r")\s+")
_MOVED_ON = re.compile(r"(?i)\b(?:later|next|following)\b")
_BARE_SCENE = re.compile(r"\s*It\s+(?:was|is)\s+[^,.;:“”\"]{0,60}?\swhen\s")  # "It was Saturday afternoon when …"
# a scene set by a fronted time before the person ("It was Thursday evening, and X …", "On a grey
# Tuesday morning, Colonel X walked …"): the day's words replaced by a space, titles allowed before the name
_SCENE_OPENING = re.compile(r"\s*(?:It\s+(?:was|is)|(?:Late|Early)\s+on|On|At\s+(?:dawn|dusk|noon|midnight)\s+on)\s+"
                            r"(?:(?:a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:(?:morning|afternoon|evening|night)\s*)?"
                            r",\s*(?:(?:as|when|while|after|once)\s+[^,.;:“”\"]{1,100},\s*)?"  # "On Saturday, as the unit left, he"
                            r"(?:and\s+)?(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*$"
                            # "It was shortly after dawn on Saturday when the commander-in-chief, X, arrived"
                            r"|\s*It\s+(?:was|is)\s+[^,.;:“”\"]{0,60}?\swhen\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?,\s+)?"
                            r"(?:[A-Z][\w.’'-]*\s+)*$")


# "that evening", "later that afternoon": the part of the day last named (a time of its own: a comma or the end after it)
# ("said that morning that …": the time right after the verb, before its "that" clause (dt23))
_THAT_TIME = re.compile(case_insensitive_opening(  # (opening on "that"'s first letters: searched for in C, issue 17)
    [("that", r"\s+(?:same\s+)?(?:morning|afternoon|evening)(?=\s*(?:[,.;:]|$|that\b))")], not_after=r"\w"))


# a fronted participle clause about the subject after its comma: "Asked on Tuesday whether …, President X declined …"
# (a title with a lower-case role noun before the name too: "Asked about the town on Thursday, Kremlin spokesman Dmitry
# Peskov referred reporters to …" (dt28))
_PARTICIPLE_OPENING = re.compile(r"\s*(?:Asked|Speaking|Talking|Interviewed|Pressed)\b[^.;:“”\"]*,\s*(?:[A-Z][\w.’'-]*\s+)*"
                                 r"(?:[a-z][\w’'-]*\s+){0,2}(?:[A-Z][\w.’'-]*\s+)*$")
_OCCASION_OPENING = re.compile(r"\s*(?:In|At|During)\s+(?:his|her|their|its|a|an|the)\s+[^,.;:“”\"]{1,80},\s*"
                               r"(?:on\s*,\s*)?(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*$")
_REMARKS_MADE = re.compile(r"\s+(?:made|gave|delivered)\s+(?:the|these|those|this|that|his|her|its|their)\s+(?:remarks?|comments?|"
                           r"statement|speech)\b"
                           # "His comments came on Tuesday as …", "Bondar's remarks were made on Friday"
                           r"|(?:['’]s)?\s+(?:remarks|comments|statement|words)\s+(?:came|were\s+made|was\s+made)\b",
                           re.IGNORECASE)
_THEIR_REMARKS = re.compile(r"\s*(?:His|Her|Their|Its)\s+(?:remarks|comments|statement|words)\s+(?:came|were\s+made|was\s+made)"
                            r"\s+(?:late\s+|early\s+)?on\s")
_BACK_IN = re.compile(r"\s*Back\s+(?:in|at|inside|on)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*,\s*")
#: "Back at the command post,", "Back at the pickup truck,": a spot named with "the" in lower case (not a city, "Back in
#: Kyiv,", where the copy goes home) (dt21)
_BACK_AT_SPOT = re.compile(r"\s*Back\s+(?:in|at|inside|on)\s+the\s+((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)\s*,")


def _back_at_spot(reader: _Reader, s_start: int) -> tuple | None:
    """(position, day, words) of the dated scene a sentence "Back at the X, …" returns to: the last sentence above it
    that brings in the same spot, with "a" ("He spoke to us on Wednesday at a command post in a farmhouse", "spread a
    map on the hood of a pickup truck on Saturday", "The men arrived by bus at a hospital … late on Saturday"), and
    names a day (a weekday or a date, not "last week"); None if that sentence names none. Not a sentence that names
    the spot with "the" as known already ("the ministry said on Tuesday it had taken a village north of the ridge"):
    another's statement, no scene set there (dt21)."""
    text, doc = reader.text, reader.doc
    back = _BACK_AT_SPOT.match(text, s_start)
    if back is None:
        return None
    spot = re.compile(r"\b(?:an?)\s+(?:[\w’'-]+\s+){0,2}?" + r"\s+".join(map(re.escape, back.group(1).split()))
                      + r"\b", re.IGNORECASE)
    for m in reversed(list(spot.finditer(text, 0, s_start))):
        if doc.in_quote(m.start()) or doc.in_furniture(m.start()):
            continue
        sentence = doc.sentence_at(m.start())
        for e in reader.dates_between(sentence.start, sentence.end):
            if e.kind in ("vague", "relative_far") or text[e.end:e.end + 2] in ("'s", "’s"):
                continue
            day = when.resolve(e, doc.published).day
            if not pd.isna(day):
                return m.start(), day, e.text
        return None
    return None


# a doing that is a way of speaking, right after its subject (a day may stand between): "set out his conditions"
_SPEAKING_DOING = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z]\w+|\s+[A-Z]\w+)?\s+(?:set\s+out|outlined|laid\s+out|"
                             r"spelled\s+out|spelt\s+out|unveiled|presented|delivered|gave\s+(?:a|an|his|her)\s+(?:speech|address))\b")


def _scene_day(reader: _Reader, pos: int) -> tuple[int, object] | None:
    """(position, day) of the last day named before ``pos`` by a weekday or a date (skipping "a
    month ago", "last week"): the day "that evening" refers back to."""
    for expression in reversed(reader.dates_between(0, pos)):
        if expression.kind in ("relative_far", "vague", "relative"):
            continue  # a flashback ("A month ago, she had told …") is not the day the scene is on
        # ("Two days later, he told …": the day it was read as, counted from the day before it, not from the page's)
        day = reader.resolved.get(expression.start) or when.resolve(expression, reader.doc.published).day
        if not pd.isna(day):
            return expression.start, day
    return None


# "as of today" (the publication day): the state of things the statement reports, on its day
_AS_OF_TODAY = lazy_fail_fast(r"(?i)\bas\s+of\s+(?:today|this\s+morning|tonight)\b")


# a finite verb of the reported clause between the speech verb and the day: the day is the content's
# ("said troops had crossed the river on Friday"), unless an occasion of speech stands right before
# it ("said Russia was ready for talks in an interview on Sunday")
# a subject and its past verb in the reported clause ("said Ukraine expected the offensive … on February 24"),
# not an occasion put out or held ("in an interview with the BBC published on Friday")
_SUBJECT_PAST = re.compile(r"\b(?:[A-Z][\w’'-]*|he|she|they|it|we|troops|forces|units|soldiers|drones|missiles|rockets|"
                           r"shells|bombs|strikes|attacks|jets|aircraft|brigades)\s+(?!(?:published|released|aired|"
                           r"broadcast|posted|issued|recorded|televised|filmed|delivered|convened|held|hosted|"
                           r"chaired|organised|organized|scheduled|planned)\b)(?:[a-z]{3,}ed|struck|hit|shot|fell|took|"
                           r"fought|broke|sank|flew|lost|won|began)\b")
_FINITE = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will)\b")
