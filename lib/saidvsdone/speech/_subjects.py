"""The subject of a speech verb: the words before (or after) a cue that name who speaks (``_subject_of``,
``_subject_of_cue``), relative asides and the statements an institution issues."""

from __future__ import annotations

from bisect import bisect_left
import functools

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)

from saidvsdone import mentions as _mentions
from saidvsdone import english, vocab
from saidvsdone.matcher import trie_pattern
from saidvsdone.matcher import lazy_fail_fast
from saidvsdone.mentions import Mention

from ._acts import _ADJACENT_WORDS, ADJUNCT_BEFORE_BY, BACK_REFERENCE_OPENING, _PROGRESSIVE, _words, Cue
from ._names import (
    _acronym_apposed, _AFTER_PREPOSITION, _aged_person, _AGED_SUBJECT, _apposed_head, _back_reference, _CALL_SIGN,
    _given_in_introduction, _group_of, _HE_GAVE, _INDEFINITE_BEFORE, _INVERTED_BEFORE, _its_person, _just_heard, _last_speaker, _led_by,
    _modifies_a_speaker, _named_below, _OCCASION_BETWEEN, _one_of_its_people, _OPENING_PHRASE, _PARTICIPLE_AFTER, _possessor_role,
    _QUOTED_PASSIVE, _QUOTING, _RELATIVE_WHO, _REPORT_BY, _ROLE_COMMA_BEFORE, _ROLE_THEN_NAME, _signed_after,
    _STATEMENT_AFTER, _SUBJECT_REACH, _THE_NOUN, _TITLE_BEFORE_NAME, _TITLE_OF, _title_words_only, _unnamed_subject,
    given_name, NAMING_FORMULA, unnamed_after, PRESS_UNIT, _SPOKESPERSON_NOUN, _with_role,
)
from ._speakers import _antecedent, FRONTED_PLACE, ministries_headed, _office_noun, PRESS_OF, _Reader, _resolve
from ._occasions import BACK_REFERENCE_BULLET


#: the words of a naming formula right before a name in marks ("who goes by the call sign “", "his first name, ‘")
_NAMING_BEFORE = re.compile(r"(?i:" + NAMING_FORMULA + r"|first\s+name)\s*,?\s*$")
_SECOND_VERB = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later|still|quickly|again)\s+)?$")
#: a dotted or slashed day fronted with its comma ("on 12.03.2025, "), which ``_OPENING_PHRASE`` (no dots) leaves
_FRONTED_NUMERIC_DAY = re.compile(r"\s*(?:[Oo]n\s+)?\d{1,2}[./]\d{1,2}[./]\d{2,4},\s*")


#: between a sentence's subject and a name its verb governs: "met", "met with", "thanked", "spoke to" (no clause break)
#: ("The ministry, in its evening update, did not mention X but claimed …": an aside between commas after the subject and
#: a negated or perfect auxiliary before its first verb, sk33)
_VERB_BEFORE_OBJECT = re.compile(r"(?:[^\S\n]*,[^,.;:“”\"\n]{1,80},)?"
                                 r"(?:[^\S\n]+(?:did|does|do|has|have|had)(?:[^\S\n]+(?:not|never))?)?"
                                 r"[^\S\n]+(?!(?:and|but|or|while|as|who|which|that|said|says|told|tells)\b)[a-z][\w-]*"
                                 r"(?:[^\S\n]+(?:with|to|on|by|for|from)\b)?[^\S\n]+")
#: a possessive and the noun it owns, up to an aside's comma: "'s colleague", "’s deputy"
_POSSESSED_NOUN = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*")
#: a person's body after his name, up to the verb: "of the far-right Identity and Democracy group", "from the opposition
#: Freedom party" (its last word an ``organisation_word``)
_MEMBER_OF_BODY = re.compile(r"[^\S\n]+(?:of|from)[^\S\n]+(?:the[^\S\n]+)?[^,.;:“”\"\n()]{0,60}?\b([A-Za-z]+)[^\S\n]+")
_COORDINATED_VERB_GAP = re.compile(r"\s+(?:and|but)\s+(?:(?:also|then|later|again)\s+)?")


def _verb_object_opener(reader: _Reader, sentence_start: int, candidates: list, m: Mention, gap: str) -> Mention | None:
    """ "Putin met Zelensky and said …": a name right after the opening subject's verb, its object, before "and" and
    the speech verb: the subject speaks (not "Putin and Zelensky said", nor "…, but Zelensky insisted and said")."""
    if not _COORDINATED_VERB_GAP.fullmatch(gap) or len(candidates) < 2 or m is candidates[0]:
        return None
    first = candidates[candidates.index(m) - 1]
    if first.how in ("country", "pronoun", "unresolved pronoun") or first is not candidates[0] \
            or not _VERB_BEFORE_OBJECT.fullmatch(reader.text, first.end, m.start):
        return None
    if len(reader.text[sentence_start:first.start].split()) > 1 and _after_fronted(reader, sentence_start, [first]) is None:
        return None
    return first


def _after_fronted(reader: _Reader, a: int, candidates: list) -> Mention | None:
    """The candidate right after the fronted phrases of time or place a sentence opens with ("Earlier, on 12.03.2025, ",
    "In the Kursk region on Monday, ", "After A spoke, "): the sentence's subject, not a name inside them; None when
    the phrases end at no candidate."""
    text, pos = reader.text, a
    starts = {m.start: m for m in candidates if m.how != "country"}
    end = max(starts, default=a)
    for _ in range(3):
        step = _OPENING_PHRASE.match(text, pos, end) or _FRONTED_NUMERIC_DAY.match(text, pos, end)
        if step is None or step.end() == pos:
            return None
        pos = step.end()
        if pos in starts:
            return starts[pos]
    return None

# "X used his New Year's address on Saturday to tell …", "took the opportunity to say": the subject's purpose
_USED_TO = re.compile(r"\s+(?:\w+ly\s+)?(?:used|uses|took|takes|seized|seizes|chose|chooses)\s+(?:his|her|its|their|the|a|an)\s"
                      r"[^,.;:“”\"]{0,80}?\bto\s+$")
_POSSESSED = re.compile(r"\b(?:his|her|its|their|our|my|your)\s+$", re.IGNORECASE)
# "quoted Vitaly Danchenko, the head of the administration Russia installed, as saying": an apposition may stand between
# ("quotes"/"quoting" too, a press review's or a wire's present: "The paper quotes a Russian officer in the area, known by
# his call sign “Lom”, as saying": an aside may hold a name in marks; sk29)
_QUOTED_AS = lazy_fail_fast(r"\bquot(?:ed|es|ing)\s+((?:[\w’'.-]+\s+){0,7}?[\w’'.-]+)"
                            r"(?:,[^,.;]{1,150}(?:,[^,.;“”\"]{1,60})?,)?\s+as\s+$")


def _unnamed_head(phrase: str) -> bool:
    """An indefinite phrase whose head, before any "in"/"at"/"of"/"from" phrase, is one person's noun ("an unnamed source
    in the general staff", "a Russian officer in the area"; not "a statement of the ministry") (sk29)."""
    head = re.split(r"\s(?:in|at|of|from|on|with|close\s+to)\s", phrase, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in _words("unnamed_person")


def _conduit() -> re.Pattern:
    """A phrase ending in a ``conduit_noun`` of ``data/speech_words.csv`` ("a Ukrinform correspondent"): who
    carried the words, never their speaker (built once)."""
    def build():
        nouns = sorted(_words("conduit_noun"), key=lambda w: (-len(w), w))
        return re.compile(r"(?i)\b(?:" + trie_pattern(nouns, ignore_case=True) + r")s?$")
    return vocab.compiled("conduit_nouns", ("speech_words",), build)


_OBJECT_PRONOUN = re.compile(r"\s+(him|her)(?![\w’'])")


#: between a finite speech verb and a participle that goes on with it: "said on Sunday, adding", "told reporters, saying"
_THEN_PARTICIPLE = re.compile(r"[^,;:.“”\"]{0,40},\s*")


#: "according to the Ukrainian open-source monitoring group DeepState": a description in small letters before the name
_DESCRIBED_BEFORE = re.compile(r"\s*(?:the|a|an)\s+(?:[\w-]+\s+){1,5}")


#: a relative clause right after a subject: "…, who asked …", " who writes under …"
_RELATIVE_AFTER = re.compile(r"(?:[^\S\n]+(?:of|from|in|with|at)[^\S\n]+[^,.;:\n“”\"]{1,60})?[^\S\n]*,?[^\S\n]*who\b")
#: another person the relative clause brings in before a call sign: "who spoke to **a drone pilot** with the call
#: sign Bison" (an ``unnamed_person`` word of data/speech_words.csv after a determiner)
_OTHER_PERSON = vocab.TablePattern("other_person_in_clause", ("speech_words",), lambda: (
    r"\b(?:an?|the|another|one|two|three|several|some)\s+(?:[\w-]+\s+){0,2}?(?:"
    + (trie_pattern(vocab.speech_words()["unnamed_person"], ignore_case=True) or "(?!)") + r")s?\b"), re.IGNORECASE)


def _relative_call_sign(reader: _Reader, subject: Mention, cue: Cue):
    """The call sign or first name a relative clause gives an indefinite subject before its verb ("A senior officer of
    …, who asked to be identified only by his call sign Bison because …, said"): the ``_CALL_SIGN`` match, or None
    when the subject has no such clause or the clause names another person before the sign ("…, who spoke to a drone
    pilot with the call sign Bison, said": the pilot's) (sk17)."""
    text = reader.text
    if not (_mentions.INDEFINITE.match(subject.as_written) and _RELATIVE_AFTER.match(text, subject.end)):
        return None
    sign = _CALL_SIGN.search(text, subject.end, cue.start)
    if sign is None or _OTHER_PERSON.search(text, subject.end, sign.start()) or any(
            m.how in ("name", "title") and _mentions.is_person(m.speaker, reader.who)
            for m in reader.mentions_between(subject.end, sign.start())):
        return None
    return sign


def _given_name_of(reader: _Reader, subject: Mention, cue: Cue) -> str:
    """The one name a naming formula gives an unnamed subject: in its own clause before the verb ("The main witness, a
    marine identified in court only as “Andrii”, 31, said"), or, for "the witness", in the clause of the last phrase on
    that noun within the paragraphs before ("The main witness, a marine identified only as Andrii, …. “…,” the witness
    told the court"); "" if none (sk29)."""
    text = reader.text
    given = _given_in_introduction(reader, subject.start)
    if given and text.find(given, subject.end, cue.start) >= 0:
        return given
    noun = _THE_NOUN.fullmatch(subject.as_written)
    if noun is None or noun.group(1).lower() != "the" or noun.group(2).lower() not in _words("unnamed_person"):
        return ""
    before = [m.start(1) for m in re.finditer(r"(?<![\w’'-])([Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts)\s+(?:[\w’'-]+\s+){0,3}?"
                                             + re.escape(noun.group(2)) + r"(?![\w’'-])",
                                             text[max(0, subject.start - 1500):subject.start])]
    if not before:
        return ""
    return _given_in_introduction(reader, max(0, subject.start - 1500) + before[-1])


def _other_person_in_clause(reader: _Reader, sentence_start: int, pos: int) -> bool:
    """The relative clause before ``pos`` (from its last "who") brings in another person before the name there ("…,
    who spoke to a drone pilot known as Bison, said": the pilot's name, not the subject's)."""
    who = reader.text.rfind(" who ", sentence_start, pos)
    return who >= 0 and _OTHER_PERSON.search(reader.text, who, pos) is not None


def _call_sign_after(reader: _Reader, pos: int, end: int):
    """``_CALL_SIGN.search(reader.text, pos, end)``, remembered per ``end``: a later verb of the same sentence asks
    from further on, and the match found before is still the first (each position before it failed already, and
    whether a position matches does not depend on where the search began), or none is there again."""
    found = reader.__dict__.setdefault("_call_signs", {}).get(end)
    if found is not None and found[0] <= pos and (found[1] is None or found[1].start() >= pos):
        return found[1]
    sign = _CALL_SIGN.search(reader.text, pos, end)
    reader._call_signs[end] = (pos, sign)
    return sign


#: a quote mark or "that" before a speech verb: the subject is read after it (compiled once, behind a look-ahead)
_MARK_OR_THAT = lazy_fail_fast(r"[“”\"]|\bthat\b")
#: what may stand between a partial quote and a speech verb coordinated with the verb before it: a few words of time
#: or place, then "and" ("“on the liberation of X” last month and said"; cl17; the one rule for this, sk25's reading of
#: the sentence's opening subject after the window was cut gave no other output and was removed: rv15)
#: after a formation's name in marks, the rest of the apposition up to its comma: " operational-strategic group of forces, "
#: (its kind: data/armed_units.csv, kind ``formation``, uses ``name_tail``)
def _named_formation_tail() -> re.Pattern:
    return vocab.compiled("named_formation_tail", ("armed_units",), lambda: re.compile(
        r"[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}(?:" + "|".join(map(re.escape, vocab.formation_words("name_tail")))
        + r")\b[^“”\"\n.;:,]{0,60},[^\S\n]*"))
_COORDINATED_AFTER_QUOTE = re.compile(r"[^\S\n]*(?:[a-z][\w-]*[^\S\n]+){0,3}?and[^\S\n]+(?:(?:also|then|later)[^\S\n]+)?")
#: ", an aide to President " between a person and the superior his apposition names
_APPOSED_DEPENDANT = re.compile(r",[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,3}?(?:to|of|for)[^\S\n]+"
                                r"(?:(?:the[^\S\n]+)?(?:[A-Z][\w.’'-]*[^\S\n]+){0,2}(?:[a-z][\w’'-]*[^\S\n]+){0,2}?)?")
#: ", a research fellow at the X Centre in " between a person and the body or place closing his apposition: a ", who …"
#: right after it is the person's ("according to A B, a research fellow at the X Centre in Singapore, who estimated that
#: …": A B estimated, not Singapore; sk43)
_APPOSED_WORKPLACE = re.compile(r",[^\S\n]+(?:a|an|the)[^\S\n]+(?:[a-z][\w’'-]*[^\S\n]+){1,4}?(?:at|of|for|with|in|from)"
                                r"[^\S\n]+[^,;:“”\"()\n]{0,100}")
#: ", a Washington-based think tank that …": a relative "that" after an apposed noun phrase (an article after a comma)
_APPOSED_RELATIVE_BEFORE = re.compile(r",[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w’'-]+[^\S\n]+){1,5}$")
#: ", opening the summit with a speech " before "that": a participle's aside after the subject's comma
_PARTICIPLE_ASIDE_BEFORE = re.compile(r",[^\S\n]+[a-z]{3,}ing[^\S\n]+[^,;:.“”\"\n]{1,120}[^\S\n]+$")
#: ", who asked that": a relative clause on the subject whose verb takes a that-clause of its own, not of speech
_WHO_ASKED_BEFORE = re.compile(r",[^\S\n]+who[^\S\n]+(?:asked|requested|insisted|demanded|agreed|stipulated)[^\S\n]+$")
#: "that publishes daily maps, said": the relative clause closes with a comma right before the verb (a day or an
#: adverb may stand between)
_APPOSED_RELATIVE_AFTER = re.compile(r"[^\S\n]+[a-z][^,;:.!?“”\"\n]{1,100},[^\S\n]*(?:[\w’'-]+[^\S\n]+){0,2}")


#: a short name in quote marks right after a noun: ' “Trench Almanac”'
_QUOTED_NAME_AFTER = re.compile(r"[^\S\n]*[“\"]([A-Z][\w’'.-]*(?:[^\S\n]+[\w’'.-]+){0,4})[”\"]")


#: "channel “Two Majors” " right before a verb: the noun and the quoted name
_NAMED_OUTLET_BEFORE = re.compile(r"\b([a-z]+)[^\S\n]*[“\"]([A-Z][\w’'.-]*(?:[^\S\n]+[\w’'.-]+){0,4})[”\"][^\S\n]+$")


#: after a name used as an adjective: " military blog “Deep Line”", " channel “Grey Heron”" (the noun, the name)
_OUTLET_NOUN_NAMED = re.compile(r"(?:[^\S\n]+[a-z][\w-]*){0,2}?[^\S\n]+([a-z]+)[^\S\n]*[“\"]([A-Z][^“”\"\n]{0,58})[”\"]")
#: "The channel wrote", "The project also said": an outlet's noun opening the sentence as the verb's subject
_OUTLET_NOUN_SUBJECT = re.compile(r"[ \t]*([Tt]he[^\S\n]+([a-z]+))[^\S\n]+(?:(?:also|then|later|further|again)[^\S\n]+)?")


@functools.lru_cache(maxsize=16)
def _outlet_introduced(noun: str) -> re.Pattern:
    """How an article names an outlet it later calls "the <noun>": "“Grey Heron”, a nationalist channel", "the channel
    “Grey Heron”", "Zvezda Maps, the Ukrainian mapping project" (group 1, 2 or 3: the name)."""
    noun = r"(?<![\w’'-])" + re.escape(noun) + r"(?![\w’'-])"
    apposed = r",?[^\S\n]+(?:an?|the)[^\S\n]+(?:[\w’'-]+[^\S\n]+){0,5}?" + noun
    return re.compile(r"[“\"]([A-Z][^“”\"\n]{0,58})[”\"]" + apposed
                      + r"|" + noun + r",?[^\S\n]*[“\"]([A-Z][^“”\"\n]{0,58})[”\"]"  # ("Another channel, “X”,")
                      + r"|(?<![\w’'-])((?:[A-Z][\w’'.-]*[^\S\n]+){0,3}[A-Z][\w’'.-]*)," + apposed[2:])


#: "the author of “Southern Line”": a maker's noun (an ``outlet_maker`` word), "of", the outlet's name in marks
_MADE_OUTLET = re.compile(r"(?<![\w’'-])([a-z]+)[^\S\n]+of[^\S\n]+[“\"]([A-Z][^“”\"\n]{0,58})[”\"]")


def _outlet_noun_subject(reader: _Reader, cue: Cue, sentence_start: int) -> Mention | None:
    """ "The channel wrote that …", "The project said": an outlet's noun (``named_outlet_noun`` of
    ``data/speech_words.csv``) opening the sentence, right before the verb: the outlet the article last named with
    that noun, in marks or apposed ("“Grey Heron”, a nationalist channel followed by 90,000 people", "Zvezda Maps, the
    Ukrainian mapping project"); None when it named none (sk26)."""
    opening = _OUTLET_NOUN_SUBJECT.fullmatch(reader.text, sentence_start, cue.start)
    mark = max(reader.text.rfind("”", sentence_start, cue.start), reader.text.rfind('"', sentence_start, cue.start))
    if opening is None and mark > sentence_start and reader.text[mark - 1] in ",.?!…":
        # "“…,” the channel wrote.": the outlet's noun right after the quote's closing marks (sk27)
        opening = _OUTLET_NOUN_SUBJECT.fullmatch(reader.text, mark + 1, cue.start)
    if opening is not None and opening.group(2) in _words("outlet_maker"):
        # "The blogger claimed …" after "wrote the author of “Southern Line”": the outlet he writes (sk27)
        made = list(_MADE_OUTLET.finditer(reader.text, max(0, sentence_start - 3000), sentence_start))
        made = [m for m in made if m.group(1).lower() in _words("outlet_maker")]
        if made:
            name = made[-1].group(2)
            reader.outlets.add(name)
            return Mention(opening.start(1), opening.end(1), name, opening.group(1), "role")
    if opening is None or opening.group(2) not in _words("named_outlet_noun"):
        return None
    last = None
    for each in _outlet_introduced(opening.group(2)).finditer(reader.text, max(0, sentence_start - 3000),
                                                                       sentence_start):
        k = next(g for g in (1, 2, 3) if each.group(g) is not None)
        if k == 3 and not any(m.how in ("name", "title", "unknown name") and m.start == each.start(3)
                              for m in reader.mentions_between(each.start(3), each.end(3))):
            continue  # ("Meanwhile, the channel …": a capitalised word is a name only when the reader knows it)
        last = (each.start(k), each.end(k), each.group(k))
    if last is None:
        return None
    name = reader.who.alias_to_name.get(last[2], last[2])
    if name in reader.who.country_names or last[2] in reader.who.country_of_form:
        return None
    reader.outlets.add(name)
    return Mention(opening.start(1), opening.end(1), name, opening.group(1), "role")


#: the person a body sentence introduces with a noun: "reporter Oleh Sych", "retired army colonel Jan Kos" (the noun,
#: up to two words, the name), "Oleh Sych, a reporter" (the name, the noun)
_NOUN_THEN_NAME = r"(?<![\w’'-]){noun}(?:[^\S\n]+[A-Z][\w’'.-]*){{0,2}}[^\S\n]+([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){{1,2}})(?![\w’'-])"
_NAME_THEN_NOUN = r"(?<![\w’'-])([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){{1,2}}),[^\S\n]+(?:an?|the)[^\S\n]+(?:[\w’'-]+[^\S\n]+){{0,3}}{noun}(?![\w’'-])"


#: words that end an indefinite voice's noun in a deck ("a correspondent fresh from X", "a medic who …", "a colonel in")
_DECK_NOUN_STOPS = frozenset("just from who that with at in on of near back fresh newly recently returning now still "
                             "says said warns argues claims".split())


def _deck_person(reader: _Reader, found: Mention) -> str:
    """An indefinite speaker in the title or deck ("A correspondent fresh from Avdiivka says …", "a retired US colonel
    says …") that the body introduces by the same noun ("Kyiv-based correspondent Oleh Sych", "retired US Army colonel
    Jan Kos", "Oleh Sych, a correspondent"): the one person so introduced in the body (the noun: its last word before
    "fresh", "from", "who", …); "" when none or several are (sk26)."""
    from saidvsdone.citing import deck  # (citing reads this package's words)
    sentence = reader.doc.sentence_at(found.start)
    if sentence is None or not (sentence.headline or sentence.paragraph == deck(reader.doc)):
        return ""
    phrase = found.as_written.split()[1:5]  # (after "a", "an", "one")
    cut = next((k for k, w in enumerate(phrase) if w.lower() in _DECK_NOUN_STOPS), len(phrase))
    if not cut or not re.fullmatch(r"[a-z][a-z-]+", phrase[cut - 1]):
        return ""
    noun = phrase[cut - 1]  # "A correspondent fresh from X": the last word before the first stop word
    modifiers = [w for w in phrase[:cut - 1] if w[:1].islower()]
    end = reader.doc.paragraphs[sentence.paragraph][1]
    people = set()
    for pattern in (_NOUN_THEN_NAME, _NAME_THEN_NOUN):
        for hit in re.finditer(pattern.format(noun=re.escape(noun)), reader.text[end:]):
            name = hit.group(1)
            before = reader.text[max(0, end + hit.start() - 40):end + hit.start()]
            if modifiers and not all(w in before or w in hit.group(0) for w in modifiers):
                continue  # ("a retired colonel": the body's colonel introduced as retired too)
            if name.split()[0] in reader.who.country_of_form or name in reader.who.country_of_form:
                continue
            people.add(reader.who.alias_to_name.get(name, name))
    return people.pop() if len(people) == 1 else ""


#: a group of the plural voices before "at/from a": "Analysts at a ", "Two strategists from an " (group 1: the group)
_GROUP_AT_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Za-z][\w’'-]*[^\S\n]+){0,2}?([A-Za-z][a-z]+))[^\S\n]+(?:at|from|with)"
                              r"[^\S\n]+(?:a|an|one)[^\S\n]+$")
#: the body's noun after the place: " bank", " investment bank", " think tank" (lower case, up to two words)
_BODY_NOUN_AFTER = re.compile(r"[^\S\n]+((?:[a-z][\w-]*[^\S\n]+)?[a-z][\w-]*)(?=[^\S\n]+(?:[a-z]+[^\S\n]+)?$)")


def _group_at_place_body(reader: _Reader, found: Mention, cue: Cue) -> Mention | None:
    """ "Analysts at a Hamburg bank wrote in a note …": a group of ``plural_voice`` people at an unnamed body that a
    place names ("a Hamburg bank", "a Warsaw think tank"): that group, as an unnamed source written whole (its label
    puts the place and the body first: "Hamburg bank analysts"), never the place; None otherwise (sk26)."""
    text = reader.text
    group = _GROUP_AT_BEFORE.search(text, max(0, found.start - 60), found.start)
    if group is None or group.group(2).lower() not in _words("plural_voice"):
        return None
    body = _BODY_NOUN_AFTER.match(text, found.end, cue.start)
    if body is None:
        return None
    return Mention(group.start(1), body.end(1), "", text[group.start(1):body.end(1)], "unnamed source")


#: an indefinite noun phrase right before the verb: "; a retired US colonel " (group 1)
_INDEFINITE_PHRASE_BEFORE = re.compile(r"(?:^|[;,:]\s*|\s)((?:[Aa]n?)\s+(?:[\w’'-]+\s+){0,4}?[a-z][a-z-]+)\s+$")
def _members_committee(reader: _Reader, found: Mention) -> Mention | None:
    """ "MPs warn …" over "The House of Lords Defence Committee said in a report …": members of a legislature
    (``legislator_noun`` of ``data/speech_words.csv``: "MPs", "lawmakers") speaking where the article quotes one
    committee of theirs speak as that committee (its name ends in "Committee" and it spoke in the article); a group
    otherwise ("MPs" is no one's name) (sk26)."""
    bodies = {e.speaker for e in reader.events if e.speaker.endswith(" Committee")}
    if not bodies:
        bodies = {m.speaker for m in reader.mentions_between(found.end, min(len(reader.text), found.end + 3000))
                  if m.speaker.endswith(" Committee") and m.how in ("name", "unknown name")}
    if len(bodies) != 1:
        return None
    return Mention(found.start, found.end, bodies.pop(), found.as_written, "role")


_THE_HEAD = re.compile(r"[Tt]he[^\S\n]+([a-z]+)")


def _body_named_before(reader: _Reader, found: Mention) -> Mention | None:
    """ "The committee also said" after "The House of Lords Defence Committee said": a body's head noun (``body_head`` of
    ``data/speech_words.csv``) with "the" is the last body the article named with that word as its head ("… Committee",
    "Committee on …"), in the 3,000 characters before; None when none was named (sk26). The body may be written in
    full only in the text ("according to Ukraine's Ministry for Reintegration of …. …, the ministry said": those words,
    labelled as written), or be the body of the last minister who spoke ("Defence Minister A B said …. The ministry
    added": A B's ministry); the latest of these wins (sk36)."""
    head = _THE_HEAD.fullmatch(found.as_written)
    if head is None or head.group(1) not in _words("body_head"):
        return None
    word = head.group(1).capitalize()
    since = max(0, found.start - 3000)
    named = [m for m in reader.mentions_between(since, found.start)
             if m.speaker and m.how in ("name", "unknown name") and not _mentions.is_person(m.speaker, reader.who)
             and (m.speaker.endswith(" " + word) or m.speaker.startswith(word + " "))]
    candidates = [(named[-1].start, named[-1].speaker)] if named else []
    written = _full_bodies(reader, word)
    k = bisect_left(written, (found.start,))
    if k and written[k - 1][0] >= since and not (named and named[-1].start <= written[k - 1][0] < named[-1].end):
        candidates.append(written[k - 1])
    if word == "Ministry":
        holder = _minister_body_before(reader, found.start, since)
        if holder is not None:
            candidates.append(holder)
    if not candidates:
        return None
    return Mention(found.start, found.end, max(candidates)[1], found.as_written, "role")


@functools.lru_cache(maxsize=32)
def _full_body_named(word: str) -> re.Pattern:
    """A body's name written with ``word`` (capitalised) as its head, owned ("Ukraine's") or with capitalised words
    before it, or an "of/for/on …" phrase of capitalised words after it ("Ministry for Reintegration of Temporarily
    Occupied Territories"); a bare "Ministry" is no full name. Compiled once per head word."""
    name = r"[A-Z][\w’'-]*"
    gap = r"[^\S\n]+"  # (within a line: no headline's words)
    return re.compile(r"(?<![\w’'-])((?:" + name + r"['’]s" + gap + r")?(?:" + name + gap + r"){0,3}" + re.escape(word)
                      + r"(?:" + gap + r"(?:of|for|on)" + gap + r"(?:the" + gap + r")?" + name + r"(?:" + gap
                      + r"(?:of" + gap + r"|and" + gap + r"(?!" + re.escape(word) + r"\b))?" + name + r")*)?)(?![\w’'-])")


_THE_LEAD = re.compile(r"^(?:The|A|An)\s+")


def _full_bodies(reader: _Reader, word: str) -> list[tuple[int, str]]:
    """(position, name) of every full name with head ``word`` in the document, in order (a bare "The Ministry" is
    none); read once a document and head word, kept on the reader."""
    found = reader.__dict__.setdefault("_full_bodies_sk36", {})
    if word not in found:
        found[word] = [(m.start(1), name) for m in _full_body_named(word).finditer(reader.text)
                       if (name := _THE_LEAD.sub("", m.group(1))) != word]
    return found[word]


def _minister_body_before(reader: _Reader, pos: int, since: int) -> tuple[int, str] | None:
    """(position, name) of the ministry of the last minister of the tables who spoke after ``since`` and before
    ``pos`` ("Defence Minister A B" → his country's ``defence ministry``), passing over anyone else who spoke
    between (a general at the minister's meeting); None when no minister spoke or his ministry is not one body."""
    who = reader.who
    k = bisect_left(reader.events, pos, key=lambda e: e.pos)
    for event in reversed(reader.events[max(0, k - 12):k]):
        if event.pos < since:
            return None
        row = who.speakers.get(event.speaker)
        offices = ministries_headed(row) if row is not None and row.kind == "person" else ()
        if not offices:
            continue
        bodies = {name for office in offices for name, country in _with_role(who, office)
                  if country == row.country and who.speakers[name].kind == "organisation"}
        return (event.pos, bodies.pop()) if len(bodies) == 1 else None
    return None


#: "the author of", "the creator of": who writes an outlet, before the outlet's name in marks (an ``outlet_maker`` word)
_MAKER_OF = re.compile(r"(?i:the|an?)\s+(?:[\w-]+\s+)?([a-z]+)\s+of")


def quoted_name_after(reader: _Reader, found: Mention | None) -> Mention | None:
    """An unnamed outlet whose name follows in quote marks ("wrote the popular channel “Trench Almanac” on
    Telegram", "the blog “Two Majors” said"): that name, as an unknown name speaks (``named_outlet_noun`` of
    ``data/speech_words.csv``); None otherwise (sk25)."""
    maker = _MAKER_OF.fullmatch(found.as_written.strip()) if found is not None and not found.speaker \
        and found.how in ("unnamed source", "unresolved role") else None
    if maker is not None and maker.group(1).lower() in _words("outlet_maker"):
        pass  # "wrote the author of “Southern Line”, a channel with …": the outlet he writes (sk27)
    elif found is None or found.speaker or found.how not in ("unnamed source", "unresolved role") \
            or not found.as_written.split() or found.as_written.split()[-1].lower() not in _words("named_outlet_noun"):
        return None
    end = reader.text.find(found.as_written, found.start)
    end = end + len(found.as_written) if end >= 0 else found.end
    named = _QUOTED_NAME_AFTER.match(reader.text, end)
    if named is None:
        return None
    return Mention(named.start(1), named.end(1), named.group(1), named.group(1), "unknown name")


#: "His ministry said", "her foreign ministry added": a ministry owned by a pronoun, right before the speech verb
_PRONOUN_MINISTRY_BEFORE = re.compile(r"(?<![\w’'])([Hh](?:is|er)\s+((?:[a-z]+\s+){0,2}?ministry))\s+(?:(?:[a-z]+ly|later|also|then)\s+){0,2}$")


#: "Defence Minister " right before a name: the office the text gives him (rv25fixa)
_PRINTED_MINISTER = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\s+[Mm]inister\s+(?=[A-Z])")


def _pronouns_ministry(reader: _Reader, cue: Cue, sentence_start: int) -> Mention | None:
    """ "Defence Minister A B said …. His ministry said the same day …": the ministry a pronoun owns is the ministry of
    the minister it points back to, read as "the ministry" would be (the one the minister who spoke last heads); None
    when nothing so opens the verb, or no body of the tables is found (sk40)."""
    owned = _PRONOUN_MINISTRY_BEFORE.search(reader.text, max(sentence_start, cue.start - 50), cue.start)
    if owned is None or reader.who.role_regex.fullmatch("the " + owned.group(2)) is None:
        return None
    who = reader.who
    found = _resolve(reader, Mention(owned.start(1), owned.end(1), "", "the " + owned.group(2), "role"), owned.start(1))
    if found is not None and found.speaker and getattr(who.speakers.get(found.speaker), "kind", "") == "organisation":
        return Mention(owned.start(1), owned.end(1), found.speaker, owned.group(1), "role")
    # a minister of the tables who spoke just before, whose ministry the tables do not list: that country's ministry of
    # his office ("Foreign Minister A B said …. His ministry added …" → "Ukrainian Foreign Ministry")
    k = bisect_left(reader.events, cue.start, key=lambda e: e.pos)
    last = next((e for e in reversed(reader.events[max(0, k - 3):k]) if e.speaker), None)
    person = who.speakers.get(last.speaker) if last is not None else None
    if person is None or person.kind != "person" or not person.country:
        return None
    written = owned.group(2).lower().split()
    # the office printed before his name ("Defence Minister A B said"), else his roles of the tables; only an office
    # whose ministry is a role of some body of the tables ("prime minister" heads no "prime ministry": rv25fixa)
    named = [m for m in reader.known_between(max(0, last.pos - 200), last.pos) if m.speaker == last.speaker]
    printed = [*_PRINTED_MINISTER.finditer(reader.text, max(0, named[-1].start - 40), named[-1].end)] if named else []
    printed = printed[-1] if printed else None
    offices = [printed.group(1).lower()] if printed is not None else [
        r.split()[0] for r in person.roles if r.endswith(" minister") and len(r.split()) == 2]
    offices = [o for o in offices if (len(written) == 1 or o == written[0]) and _with_role(who, o + " ministry")]
    label = _mentions.institution_label(f"{person.country}'s {offices[0]} ministry") if len(set(offices)) == 1 else ""
    return Mention(owned.start(1), owned.end(1), label, owned.group(1), "unknown name") if label else None


def _subject_of(reader: _Reader, cue: Cue, sentence_start: int) -> Mention | None:
    """The speaker of a speech verb: the nearest mention just before it
    (allowing an appositive: "Vladimir Putin, Russia’s president, said")."""
    agent = _passive_agent(reader, cue, sentence_start)
    if agent is not None:  # "A's words were confirmed by the press service of the 93rd Brigade": the brigade (sk33)
        return agent
    found = _subject_of_cue(reader, cue, sentence_start)
    if found is None and "inistry" in reader.text[max(sentence_start, cue.start - 50):cue.start]:
        found = _pronouns_ministry(reader, cue, sentence_start)
    found = quoted_name_after(reader, found) or found
    city = _fronted_city_office(reader, sentence_start, found) if found is not None and not found.speaker \
        and found.how == "unnamed source" else ""
    if city:  # "In Sumy itself, …, a city hall official told a radio station": that city's office (sk43)
        return Mention(found.start, found.end, "", city, "unnamed source")
    if found is not None and found.how in ("name", "country") and found.end < len(reader.text) \
            and reader.text[found.end:found.end + 1].isspace():
        # "according to the Ukrainian military blog “Deep Line”": a body's or a country's adjective before an outlet's
        # noun and its name in marks is no speaker: the outlet so named (sk26)
        named = _OUTLET_NOUN_NAMED.match(reader.text, found.end)
        if named is not None and named.group(1).lower() in _words("named_outlet_noun"):
            found = Mention(named.start(2), named.end(2), named.group(2), named.group(2), "unknown name")
    if found is not None and found.how in ("unknown name", "country") and found.end <= cue.start:
        group = _group_at_place_body(reader, found, cue)
        if group is not None:  # "Analysts at a Hamburg bank wrote …": the analysts, not the city
            return group
    unnamed = found
    if found is not None and found.how == "country":  # "a retired US colonel says": the phrase round the country
        phrase = _INDEFINITE_PHRASE_BEFORE.search(reader.text, max(sentence_start, cue.start - 80), cue.start)
        if phrase is not None and phrase.start(1) < found.start:
            unnamed = Mention(phrase.start(1), phrase.end(1), "", phrase.group(1), "unnamed source")
    if unnamed is not None and not unnamed.speaker and _mentions.INDEFINITE.match(unnamed.as_written):
        person = _deck_person(reader, unnamed)
        if person:  # "A correspondent fresh from Avdiivka says …" over "… correspondent Oleh Sych …": that one
            return Mention(unnamed.start, unnamed.end, person, unnamed.as_written, "role")
    if found is None and reader.text[cue.start - 2:cue.start - 1] in ("”", '"'):
        # "The Telegram channel “Two Majors” wrote that …": the quoted name the outlet's noun is given, right before
        # the verb (its marks cut the subject's window) (sk25)
        named = _NAMED_OUTLET_BEFORE.search(reader.text, max(sentence_start, cue.start - 80), cue.start)
        if named is not None and named.group(1).lower() in _words("named_outlet_noun"):
            return Mention(named.start(2), named.end(2), named.group(2), named.group(2), "unknown name")
    if found is None or (not found.speaker and found.how == "unnamed source" and found.as_written[:4].lower() == "the "
                         and found.as_written.split()[-1].lower() in _words("outlet_maker")):
        outlet = _outlet_noun_subject(reader, cue, sentence_start)
        if outlet is not None:  # "The channel wrote that …" after "“Grey Heron”, a nationalist channel …": that outlet
            return outlet       # ("The blogger claimed …" after "the author of “Southern Line”": that outlet, sk27)
    if found is not None and not found.speaker and found.how in ("unnamed source", "unresolved role"):
        found = _body_named_before(reader, found) or found  # ("the ministry": a role of the tables no one holds here)
    if found is not None and found.how in ("unknown name", "unnamed source") \
            and found.as_written.split()[-1].lower() in _words("legislator_noun"):
        found = _members_committee(reader, found) or (
            Mention(found.start, found.end, "", found.as_written, "unnamed source") if found.speaker else found)
    if (found is None or found.how == "unknown name") and cue.start < getattr(reader.doc, "headline_end", 0):
        found = _headline_office(reader, cue, sentence_start) or found
    if (found is not None and not found.speaker and found.how in ("unnamed source", "unresolved role")
            and found.end <= cue.start):
        # "A senior officer of …, who asked to be identified only by his call sign Bison because …, said": the
        # name the relative clause gives (sk17)
        sign = _relative_call_sign(reader, found, cue)
        if sign is not None:
            return Mention(sign.start(1), sign.end(1), sign.group(1), sign.group(1), "unknown name")
    if found is not None and found.how in ("pronoun", "unresolved pronoun") and found.as_written.lower() in ("it", "they"):
        owner = _whose_owner(reader, sentence_start, found.start)
        if owner is not None:  # "…, whose evening report listed 30 attacks, all of which, it said, …": the owner
            return Mention(found.start, found.end, owner.speaker, found.as_written, "pronoun")
    if found is not None and not found.speaker and found.how == "unnamed source" and "s " in found.as_written:
        # "Putin's spokesman said:" after "Dmitry Peskov, Putin's spokesman, said": the one apposed to that office
        return _possessor_role(reader, found) or found
    if found is not None and found.speaker and found.how == "role" and found.end <= cue.start \
            and (_NOT_NAMED_ASIDE.search(reader.text, found.end, cue.start) or _tables_holder_of_no_such_office(reader, found)):
        office = _UNNAMED_OFFICE.match(reader.text, found.start, cue.start) \
            or _LOCAL_OFFICE_WHOLE.fullmatch(found.as_written)
        if office is not None:
            # "In Kupiansk, the head of the city's military administration, who asked not to be named, said": an
            # office's holder who keeps his name back is nobody the article named (not the regional head named before)
            words = office.group(1)
            place = FRONTED_PLACE.match(reader.text, sentence_start) if "the city's" in words else None
            if place is not None:
                words = words.replace("the city's", f"the {place.group(1)} city")
            return Mention(found.start, found.start + len(office.group(1)), "", words, "unnamed source")
    if found is not None and not found.speaker and found.how == "unresolved role" and found.end <= cue.start:
        body = _spokesperson_body(reader, found)
        if body is not None:  # "A spokesperson for UK Defence Intelligence told us …": the body speaks (sk33)
            return body
    return found


#: "a city council official", "the city administration head": one person of a city's office, the city unnamed
_CITY_OFFICE = re.compile(r"(?i:an?|one|the)\s+(city\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
#: "In Sumy," or "In Sumy itself," opening a sentence: the city the sentence is set in
_FRONTED_CITY = re.compile(r"\s*In\s+([A-Z][\w’'-]+)(?:\s+itself)?\s*,")


def _fronted_city_office(reader: _Reader, sentence_start: int, found: Mention) -> str:
    """ "In Sumy itself, the taps had run dry for days …, a city hall official told a radio station": the office of
    the city the sentence opens in, its place first as label rule 5 writes an office holder's place ("a Sumy city hall
    official"); "" for any other subject or opening, a month, a day or a country, or a fronted
    word ``data/places.csv`` lists as no city (sk43)."""
    office = _CITY_OFFICE.fullmatch(found.as_written)
    place = _FRONTED_CITY.match(reader.text, sentence_start) if office is not None else None
    if place is None or place.end() > found.start or _place_kinds().get(place.group(1), "city") != "city" \
            or place.group(1).lower() in english.MONTHS + english.WEEKDAYS or place.group(1) in reader.who.country_of_form:
        return ""
    return f"a {place.group(1)} {office.group(1)}"


def _place_kinds() -> dict:
    """Place name → its kind in ``data/places.csv`` (built once)."""
    return vocab.compiled("place_kinds", ("places",), lambda: dict(zip(vocab.table("places")["name"],
                                                                          vocab.table("places")["kind"])))


#: a passive speech verb and its agent: "… were confirmed by", "… was denied by the press service of"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?$")
_BY_AGENT = re.compile(r"[^\S\n]+by[^\S\n]+(?:(?:the|its|their)[^\S\n]+)?(?:press[^\S\n]+" + PRESS_UNIT +
                       r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?")


def _passive_agent(reader: _Reader, cue: Cue, sentence_start: int) -> Mention | None:
    """ "A's words were confirmed by the press service of the 93rd Brigade", "The claim was denied by Ukraine's General
    Staff": the agent of a passive speech verb speaks (a body's press service for the body), not the words' owner
    before it; None when the verb is no passive ``passive_speech_verb`` of data/speech_words.csv ("was asked by", "was
    quoted by": the agent asks or carries the words) or no one the tables or the text name follows "by"."""
    if cue.kind != "speech" or cue.text.lower() not in _words("passive_speech_verb") \
            or not _PASSIVE_BEFORE.search(reader.text, max(sentence_start, cue.start - 24), cue.start):
        return None
    by = _BY_AGENT.match(reader.text, cue.end)
    if by is None and _BACK_REFERRING_SUBJECT.match(reader.text, sentence_start, cue.start):
        # "This was reported on Telegram on Sunday by A B": the agent after the statement's occasion (sk42)
        occasion = ADJUNCT_BEFORE_BY.match(reader.text, cue.end)  # ("on Telegram on Sunday": then _BY_AGENT)
        by = _BY_AGENT.match(reader.text, occasion.end()) if occasion is not None else None
    if by is None:
        return None
    at = by.end()
    titles = _mentions.title_words()
    # ("by Brigadier General A B": the ranks before the name are no part of its mention)
    agent = next((m for m in reader.mentions_between(at, at + 80) if m.start == at or (
        m.how in ("name", "unknown name") and 0 < len(reader.text[at:m.start].split()) <= 3
        and all(w.lower() in titles for w in reader.text[at:m.start].split()))), None)
    if agent is None and _BACK_REFERRING_SUBJECT.match(reader.text, sentence_start, cue.start):
        # "Russia has lost 1,200 troops. This was reported by the General Staff.": a body written as a role, its mention
        # holding its "the" (a person's office is read as before: the name after it, sk41)
        role = next((m for m in reader.mentions_between(cue.end, at + 80) if m.how == "role" and m.start < at < m.end), None)
        body = _resolve(reader, role, role.start) if role is not None else None
        kind = getattr(reader.who.speakers.get(body.speaker), "kind", "") if body is not None and body.speaker else ""
        return body if kind in ("organisation", "institution") else None
    if agent is None or agent.how not in ("name", "title", "unknown name", "role"):
        return None
    return _resolve(reader, agent, agent.start) if agent.how == "role" or not agent.speaker else agent


#: the subject of a passive that points back to the sentence before: "This was reported by", "It was stated by"
_BACK_REFERRING_SUBJECT = re.compile(BACK_REFERENCE_BULLET + BACK_REFERENCE_OPENING + r"\s")


#: one spokesperson nobody names, written indefinitely ("A spokesperson", "a military spokesman"), then "for"/"of" and the
#: body (its mention must start right after)
_INDEFINITE_SPOKESPERSON = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+)?(?:" + _SPOKESPERSON_NOUN + r"|press\s+officer)")
_FOR_BODY = re.compile(r"[^\S\n]+(?:for|of)[^\S\n]+")
#: a body's own name after "the" ("for the European Commission"; group 1: the name; ``mentions.THE_NAMED_BODY``, read
#: here only when it has two words or more)
_FOR_THE_NAMED_BODY = re.compile(_mentions.THE_NAMED_BODY)


def _spokesperson_body(reader: _Reader, found: Mention) -> Mention | None:
    """ "A spokesperson for UK Defence Intelligence said", "a spokesman for the General Staff said": an unnamed
    spokesperson of a definite body the article names speaks for it, so the body is the speaker (as "the General Staff
    said" is); None for a person's spokesperson ("a spokesman for Maria Kovalenko": no speaker, peer gg5), an
    indefinite body ("a spokesman for a Ukrainian brigade": the unnamed person) or a body nobody can label."""
    if _INDEFINITE_SPOKESPERSON.fullmatch(found.as_written) is None:
        return None
    link = _FOR_BODY.match(reader.text, found.end)
    if link is None:
        return None
    body = next((m for m in reader.mentions_between(link.end(), link.end() + 80) if m.start == link.end()), None)
    if body is None or body.how == "country":
        named = _FOR_THE_NAMED_BODY.match(reader.text, link.end())
        named = named if named is not None and " " in named.group(1) else None  # (one word: no body's own name)
        country = vocab.country_forms().get(named.group(1)) if named is not None else None
        if country is not None and country[1] == "country" and (body is None or body.end == named.end(1)) \
                and not any(w.lower() in vocab.speech_words()["bloc_word"] for w in named.group(1).split()):
            # "A spokesman for the United States said", "… for the Russian Federation …": a country's name, no bloc's,
            # labelled with the country's word as rules 3 and 5 write it ("US spokesman (unnamed)", "Russian …")
            determiner, _, noun = found.as_written.partition(" ")
            return Mention(found.start, named.end(1), "",
                           f"{determiner} {_mentions.country_word(country[0])} {noun}", "unnamed source")
        if named is not None and (body is None or body.end == named.end(1)):
            # "A spokesperson for the European Commission said": an institution no table lists as a speaker (or a
            # bloc's body the tables read as its country) is the spokesperson's body in his label (rule 5:
            # "European Commission spokesperson (unnamed)"), not a bare "spokesperson (unnamed)"
            return Mention(found.start, named.end(1), "", reader.text[found.start:named.end(1)], "unnamed source")
        return None
    if body.how not in ("name", "role") or _mentions.INDEFINITE.match(body.as_written):
        return None
    resolved = _resolve(reader, body, body.start) if not body.speaker or body.how == "role" else body
    if resolved is None or not resolved.speaker or _mentions.could_be_person(resolved.speaker, reader.who):
        return None
    return Mention(found.start, body.end, resolved.speaker, reader.text[found.start:body.end], "name")


#: a headline's subject before its verb: a capitalised first word, then lower-case or capitalised words ("Air force",
#: "Navy", "General Staff")
_HEADLINE_SUBJECT = re.compile(r"\s*([A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,3})\s+")


#: … or the subject of a headline's title formula after its comma, in lower case too ("…, air force says")
_SIGNATURE_SUBJECT = re.compile(r"\s*([A-Za-z][a-z]+(?:[ -][A-Za-z][a-z]+){0,3})\s+")


def _headline_office(reader: _Reader, cue: Cue, sentence_start: int) -> Mention | None:
    """ "Air force says dozens of drones downed", "General Staff says …", "Navy says …": a headline drops the article,
    so its subject written whole is an office or body the role table knows ("the air force"), resolved as the body
    resolves it ("Ukraine's air force" → Ukrainian Air Force), not a person's unknown name "Air" (lb3: the facts
    table said "Air", the claims "Ukrainian Air Force"). None when the words are not one role written whole."""
    lead = _HEADLINE_SUBJECT.fullmatch(reader.text, sentence_start, cue.start)
    if lead is None:  # "Ukraine downs 20 drones, air force says": the title formula's office after the comma
        comma = reader.text.rfind(",", sentence_start, cue.start)
        lead = _SIGNATURE_SUBJECT.fullmatch(reader.text, comma + 1, cue.start) if comma > sentence_start else None
    if lead is None:
        return None
    written = lead.group(1)
    role = reader.who.role_regex.fullmatch("the " + written)
    if role is None or role.group("poss") or role.group("of") or role.group("adj"):
        return None  # ("Ukrainian army chief concedes …": a described subject of a side, the headlines' own reading)
    at = lead.start(1)
    resolved = _resolve(reader, Mention(at, at + len(written), "", "the " + written, "role"), at)
    if resolved is None or (resolved.speaker and _mentions.is_person(resolved.speaker, reader.who)):
        return None  # ("…, Commander Says" over an unnamed commander: no table's person by his office alone)
    if not resolved.speaker:
        # "Governor says …" over "The governor of Belgorod region said …": the body's one office of that noun, as the
        # conventions resolve a headline's subject to the body's speaker
        body = _body_office(reader, written)
        if body is not None:
            return Mention(at, at + len(written), body.speaker, body.as_written, body.how)
    # (an office nobody resolves is written as the body writes it, "the navy": one label for both)
    return Mention(at, at + len(written), resolved.speaker, written if resolved.speaker else "the " + written.lower(),
                   resolved.how)


def _body_office(reader: _Reader, written: str) -> Mention | None:
    """The body's unnamed office of the same head noun as a headline's ``written`` ("Governor" → "The governor of
    Belgorod region"), resolved: when the body writes one such office in one way only; None otherwise."""
    noun = _office_noun(reader, "the " + written)
    start = bisect_left(reader.mention_starts, max(getattr(reader.doc, "headline_end", 0), 0))
    same = [m for m in reader.mentions[start:] if m.how == "role" and not m.speaker and m.as_written[:1] in "Tt"
            and _office_noun(reader, m.as_written) == noun]
    if not same or len({" ".join(m.as_written.lower().split()) for m in same}) > 1:
        return None
    body = _resolve(reader, same[0], same[0].start)
    return body if body is not None and body.as_written == same[0].as_written else None


#: "the head of the city's military administration", "the head of the town's administration": a local office
_LOCAL_OFFICE = re.compile(r"[Tt]he\s+(?:head|chief)\s+of\s+the\s+(?:city|town|village|district)['’]s\s+(?:[a-z-]+\s+){0,2}"
                           r"administration\b")


_LOCAL_OFFICE_WHOLE = re.compile(r"(" + _LOCAL_OFFICE.pattern + r")")


def _tables_holder_of_no_such_office(reader: _Reader, found: Mention) -> bool:
    """ "the head of the city's military administration" read as a person of the tables (the head of an agency): no
    office of a city's holds a table's person of no city (the article's own apposed holder is no table's)."""
    known = reader.who.speakers.get(found.speaker)
    if known is None or known.kind != "person" or not _LOCAL_OFFICE.match(reader.text, found.start):
        return False
    return not any(w in r for r in known.roles for w in ("city", "town", "mayor", "administration"))


#: ", who asked not to be named", ", speaking on condition of anonymity,": an aside that keeps the speaker's name back
_NOT_NAMED_ASIDE = re.compile(r",\s*(?:who\s+(?:asked|declined|requested)\s+(?:not\s+to\s+be\s+(?:named|identified)|anonymity)"
                              r"|(?:who\s+)?(?:speaking|spoke)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)")
#: "the head of the city's military administration": an office of a place, up to the aside's comma
_UNNAMED_OFFICE = re.compile(r"([Tt]he\s+(?:[a-z-]+\s+){0,2}(?:head|chief|governor|mayor)\s+of\s+[^,;:.“”\"]{3,80}?)\s*,")


#: ", who had warned on Monday that …," between a subject and its main verb: a relative clause of its own (no comma or
#: mark inside), its words and its day no part of the main verb's
_WHO_ASIDE_AROUND = (r"\s*,\s*(?:who|which|whose)\s+", r"{3,240}?,\s*(?:(?:also|later|then|now|again|[a-z]+ly)\s+){0,2}"
                     r"(?:(?:has|have|had)\s+)?$")  # (the aside's opening and its end, around its words)
_WHO_ASIDE = re.compile(r"[^,;:“”\"()]".join(_WHO_ASIDE_AROUND))
#: the same aside holding quoted words ("…, who had long warned that the town was a “meat grinder”, said …"): read for
#: the quotes of the sentence only (``relative_aside_subject(quoted=True)``, sk41), so no act of the layer changes
_WHO_ASIDE_QUOTED = re.compile(r"(?:[^,;:“”\"()]|“[^“”,;:\n]{1,60}”|\"[^\",;:\n]{1,60}\")".join(_WHO_ASIDE_AROUND))


def _apposed_person_head(reader: _Reader, candidates: list, last: Mention) -> Mention | None:
    """The person whose apposition closes on ``last``, a body or a place no person of the tables is ("A B, a research
    fellow at the X Centre in Singapore, who estimated …": A B), or None: a ", who …" after the apposition describes
    the person it is apposed to, never the workplace it names (sk43)."""
    who = reader.who
    if last.how in ("name", "title") and getattr(who.speakers.get(last.speaker), "kind", "") == "person":
        return None  # ("an aide to President Vladimir Putin, who …": ``_APPOSED_DEPENDANT``'s reading)
    if last.how == "unknown name" and " " in last.speaker and _a_person(last.speaker, who):
        return None  # ("…, a friend of Anna Reiss, who …": a person may close the apposition too)
    for m in reversed([m for m in candidates if m.end <= last.start]):
        if m.how not in ("name", "title", "unknown name"):
            continue
        person = getattr(who.speakers.get(m.speaker), "kind", "") == "person" if m.how != "unknown name" \
            else _a_person(m.speaker, who)
        if person and _APPOSED_WORKPLACE.fullmatch(reader.text, m.end, last.start):
            return m
    return None


def _a_person(name: str, who) -> bool:
    """A name no table knows that may be a person's: no country or place, and no ``organisation_word`` of
    ``data/speech_words.csv`` in it ("Centre for Asian Studies", "Lakeshore State University" are bodies)."""
    return _mentions.could_be_person(name, who) and not _words("organisation_word") & set(name.lower().split())


def relative_aside_subject(reader: _Reader, cue: Cue, sentence_start: int, quoted: bool = False) -> Mention | None:
    """The subject a sentence opens with, before a ", who …," aside right before ``cue`` ("Syrskyi, who had warned on
    Monday that the enemy was massing, said …": Syrskyi), or None. Only a speech verb's, and only when the aside
    itself holds a speech verb (else the usual reading already skips it). ``quoted``: the aside may hold quoted words
    (the quotes' reading of the sentence, sk41)."""
    if cue.kind != "speech" or cue.text.lower().endswith("ing"):
        return None
    text = reader.text
    comma = max(text.rfind(", who ", sentence_start, cue.start), text.rfind(", which ", sentence_start, cue.start),
                text.rfind(", whose ", sentence_start, cue.start))  # "X, whose spokesman said on Monday that …, reported"
    if comma < 0 or not (_WHO_ASIDE_QUOTED if quoted else _WHO_ASIDE).fullmatch(text, comma, cue.start):
        return None
    cued = reader.cues_between(comma, cue.start)
    opening = [m for m in reader.mentions_between(sentence_start, comma) if m.how != "country"]
    if opening and not cued and not text[sentence_start:opening[0].start].strip() \
            and _aside_on_apposed_body(reader, opening, comma):
        return _resolve(reader, opening[0], opening[0].start)
    if not cued or not opening or opening[-1].end != comma or len(text[sentence_start:opening[0].start].split()) > 1:
        return None
    # (a name or title of the tables first; else the last unknown name: "Regional governor Oleh Bondar, who …": not the
    # capitalised first word of the sentence)
    first = next((m for m in opening if m.how in ("name", "title")), None) \
        or next((m for m in reversed(opening) if m.how == "unknown name"), opening[0])
    return _resolve(reader, first, first.start)


#: an apposition of a person's role in a body no mention of its own stands for, from the person to the aside's comma:
#: ", the founder of the X mercenary group", ", a commander in the Y group"
_ROLE_IN_BODY_BETWEEN = re.compile(r"\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:of|in|at|with)\s+(?:the\s+)?"
                                   r"(?:[A-Z][\w’'-]*\s+)+(?:[a-z-]+\s+)?([a-z]+)")


#: a generic role of a person in a body, from the person to the aside's comma (group 1: the role's head): ", a spokesman
#: for Ukraine's 72nd Brigade", ", the commander of a battalion in the 208th Brigade"
_GENERIC_ROLE_OF_BODY = re.compile(r"\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:of|in|at|with|for)\s+"
                                   r"[^,;:“”\"()]{2,80}")


def _aside_on_apposed_body(reader: _Reader, opening: list, comma: int) -> bool:
    """ "A B, the founder of the X group, whose fighters led the assault, claimed …": the ", whose …," aside hangs on the
    body named in the person's apposition, so the sentence's subject is the person it opens with, not that body (sk40;
    the aside holds no speech verb of its own, so ``relative_aside_subject``'s own reading does not take it)."""
    first = opening[0]  # (a role inside the apposition is no other subject: "a commander in the X group")
    if first.how not in ("name", "title", "unknown name") or any(m.how in ("name", "title") for m in opening[1:]):
        return False
    if first.how != "unknown name" and getattr(reader.who.speakers.get(first.speaker), "kind", "") != "person":
        return False
    apposed = _ROLE_IN_BODY_BETWEEN.fullmatch(reader.text, first.end, comma)
    if apposed is not None and apposed.group(1) in _words("institution_noun"):
        return True
    # "A B, a spokesman for Ukraine's 72nd Brigade, which was moved there in May, said …": a generic role (the tables'
    # "spokesman", "commander", "head") of any body the apposition names: the aside hangs on that body
    role = _GENERIC_ROLE_OF_BODY.fullmatch(reader.text, first.end, comma)
    return role is not None and role.group(1).lower() in _mentions.generic_roles()


#: an aside between dashes right before the verb: "A B — no relation to the minister — describes …"
_DASH_ASIDE = re.compile(r"\s+[—–]\s[^—–“”\"\n]{1,120}?\s[—–]\s+$")


def _dash_aside_subject(reader: _Reader, cue: Cue, sentence_start: int) -> Mention | None:
    """The name right before an aside set off by dashes that ends at a speech verb ("the former official A B — no
    relation to the minister — describes commanders who “…”": A B), or None."""
    if cue.kind != "speech" or cue.text.lower().endswith("ing"):
        return None
    aside = _DASH_ASIDE.search(reader.text, max(sentence_start, cue.start - 140), cue.start)
    if aside is None or aside.end() != cue.start:
        return None
    named = [m for m in reader.mentions_between(sentence_start, aside.start())
             if m.end == aside.start() and m.how in ("name", "title", "unknown name")]
    return _resolve(reader, named[-1], named[-1].start) if named else None


#: a statement in the aside: "had warned", "warned … that"
_ASIDE_STATEMENT = re.compile(r"\bhad\s+(?:\w+ly\s+|also\s+|earlier\s+|already\s+)?$")


def _whose_owner(reader: _Reader, sentence_start: int, pos: int) -> Mention | None:
    """The body a ", whose …" clause before ``pos`` hangs on ("echoed by the General Staff, whose evening report …"),
    when "it"/"they" at ``pos`` stands in that clause (no full stop, semicolon or new subject of another before it):
    a named body, never a person."""
    text = reader.text
    whose = text.rfind(", whose ", sentence_start, pos)
    if whose < 0 or re.search(r"[;:“”\"]", text[whose:pos]):
        return None
    owner = next((m for m in reversed(reader.mentions_between(sentence_start, whose)) if m.end == whose), None)
    if owner is None or owner.how == "country" or owner.how in ("pronoun", "unresolved pronoun"):
        return None
    owner = _resolve(reader, owner, owner.start) or owner
    if not owner.speaker or _mentions.is_person(owner.speaker, reader.who):
        return None
    return owner


def aside_acts(text: str, acts: list) -> list:
    """The acts of ``acts`` whose verb stands in a ", who had warned …," aside before the same speaker's main verb."""
    return [a for a in acts if any(b is not a and b.speaker.speaker and b.speaker.speaker == a.speaker.speaker
                                   and b.speaker.end < a.cue.start < b.cue.start
                                   and _WHO_ASIDE.fullmatch(text, b.speaker.end, b.cue.start) for b in acts)]


def _statement_asides(reader: _Reader, cue_subjects) -> dict[int, tuple[int, int]]:
    """{cue start: aside span} for the speech verbs of a ", who …," aside that states something ("who had warned on
    Monday that …") between a subject and its own later verb: the aside's words and day are its own."""
    text = reader.text
    found = {}
    for cue, subject in cue_subjects:
        if subject is None or subject.end >= cue.start or text[subject.end:subject.end + 1] != "," \
                or not _WHO_ASIDE.fullmatch(text, subject.end, cue.start):
            continue
        a, b = subject.end, cue.start
        for inner, _ in cue_subjects:
            if a < inner.start < b and (_ASIDE_STATEMENT.search(text, max(a, inner.start - 30), inner.start)
                                        or re.match(r"\s+(?:[\w’'-]+\s+){0,6}?that\b", text[inner.end:b])):
                found[inner.start] = (a, b)
    return found


def _publisher_of(reader: _Reader, noun: str, pos: int) -> Mention | None:
    """Who "published an assessment" (released a report, issued its summary …) in the article before ``pos``, when
    ``noun`` names that written account: "According to the assessment" two speakers later is theirs; None if none."""
    last = None
    for last in _PUBLISHED_NOUN.finditer(reader.text, max(0, pos - 3000), pos):
        pass
    if last is None or last.group(2).lower() != noun:
        return None
    owner = [m for m in reader.mentions_between(last.start(1), last.end(1)) if m.speaker and m.how in ("name", "unknown name")
             and m.end <= last.end(1)]
    if not owner:
        # "The Institute for the Study of War published its assessment" (a name longer than the pattern's words), "The
        # General Staff published its morning summary" (an office the article resolves): the mention ending at the verb
        verb_at = last.end(1)
        ending = [m for m in reader.mentions_between(max(0, verb_at - 80), verb_at)
                  if m.end <= verb_at and not reader.text[m.end:verb_at].strip()]
        if ending and ending[-1].how in ("name", "title", "unknown name") and ending[-1].speaker:
            owner = ending[-1:]
        elif ending and ending[-1].how == "role":
            resolved = _resolve(reader, ending[-1], ending[-1].start)
            if resolved is not None and resolved.speaker and not _mentions.is_person(resolved.speaker, reader.who):
                return Mention(ending[-1].start, ending[-1].end, resolved.speaker, ending[-1].as_written, "role")
    if not owner:  # "the Finnish Defence Forces": a body no table knows, as printed
        words = last.group(1).strip()
        if words.split()[0] in ("The", "A", "An", "Its", "Their") or not words[:1].isupper():
            words = " ".join(words.split()[1:])
        return Mention(last.start(1), last.end(1), words, last.group(1), "unknown name") if " " in words else None
    m = owner[-1]
    return Mention(m.start, m.end, reader.full(m) if m.how == "unknown name" else m.speaker, m.as_written, m.how)


#: "the Finnish Defence Forces published an assessment", "The General Staff issued its morning summary": the publisher
_PUBLISHED_NOUN = re.compile(r"((?:[A-Z][\w’'-]*\s+)*?(?:[A-Z][\w’'-]*)(?:\s+(?:for|of)\s+the(?:\s+[A-Z][\w’'-]*)+)?)"
                             r"\s+(?:published|released|issued|posted|put\s+out)\s+(?:an?|its|their|the)\s+"
                             r"(?:[\w-]+\s+){0,3}?(assessment|report|summary|update|study|review|analysis|bulletin|statement)\b")


#: "…, according to the report.": a statement noun ending the sentence
_STATEMENT_END = re.compile(r"\s*(the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s*[.!?]?\s*", re.IGNORECASE)
#: "According to the update, …", "according to its statement, …": a statement noun, then the clause after a comma
_STATEMENT_COMMA = re.compile(r"\s*(the|its|their|his|her|this|that|a|an)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s*,\s*",
                              re.IGNORECASE)


def _issuer_in_sentence(reader: _Reader, sentence_start: int, pos: int) -> Mention | None:
    """The body (no person) named before a speech verb earlier in the sentence, before ``pos``: "In its daily update,
    the ISW said …, and the assessment added that …" — the statement is that body's, not the last speaker's of the
    sentences before (whose act the layer has not yet taken up); None when there is none."""
    for m in reversed(reader.mentions_between(sentence_start, pos)):
        if m.speaker and m.how in ("name", "title") and not _mentions.is_person(m.speaker, reader.who) \
                and reader.who.speakers.get(m.speaker) is not None \
                and any(c.kind == "speech" for c in reader.cues_between(m.end, pos)) \
                and not reader.doc.in_quote(m.start):
            return m
    return None


#: "close to him", "familiar with the talks", "briefed on the plans" after an unnamed group, ending where its verb starts
#: (past adverbs: "have long argued"); the group noun before it is an ``inner_circle`` word of data/speech_words.csv
_CLOSE_TO_TAIL = re.compile(r"[^\S\n]+(?:close[^\S\n]+to|familiar[^\S\n]+with|briefed[^\S\n]+on)[^\S\n]+"
                            r"(?:[\w’'.-]+[^\S\n]+){0,4}?[\w’'.-]+[^\S\n]+(?:(?:have|has|had|also|privately|long|now|"
                            r"[a-z]+ly)[^\S\n]+)*$")
_CIRCLE_HEAD = re.compile(r"(?:^|(?<=[\s,(]))((?:(?:[Aa]n?|[Tt]he|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|[Oo]ne|[Mm]any)[^\S\n]+)?"
                          r"(?:[\w’'-]+[^\S\n]+){0,2}?([A-Za-z]+))$")


def _inner_circle_subject(text: str, a: int, b: int, reader: _Reader | None = None) -> Mention | None:
    """ "Officials close to him argue", "People familiar with the plans said", "Aides close to the general say": the
    group and what it is close to, as one unnamed speaker (the words after "close to" are not who speaks); None when
    the words before the verb are not such a group (cl17)."""
    if "close" not in text[a:b] and "familiar" not in text[a:b] and "briefed" not in text[a:b]:
        return None
    tail = _CLOSE_TO_TAIL.search(text, a, b)
    if tail is None or any(ch in text[tail.start():b] for ch in ",;:“”\""):
        return None
    head = _CIRCLE_HEAD.search(text, a, tail.start())
    if head is None or head.group(2).lower() not in _words("inner_circle"):
        return None
    end = tail.start() + len(text[tail.start():b].rstrip())
    end = tail.start() + len(re.sub(r"(?:[^\S\n]+(?:have|has|had|also|privately|long|now|[a-z]+ly))*$", "",
                                    text[tail.start():end]))
    written = text[head.start(1):end]
    side = _circle_side(reader, tail.start(), end) if reader is not None and head.group(1) == head.group(2) else None
    if side is not None:
        # "Officials close to him" where "him" is Zaluzhnyi: "Ukrainian officials", as the group of that side is labelled
        written = f"{side} {head.group(2).lower()}"
    return Mention(head.start(1), end, "", written, "unnamed source")


def _circle_side(reader: _Reader, a: int, b: int) -> str | None:
    """The demonym of the country of the person a group is close to ("close to him": the person "him" stands for),
    when the tables give that person a country; None otherwise (cl17)."""
    text = reader.text
    pronoun = re.search(r"\b(him|her)\b", text[a:b])
    person = ""
    if pronoun is not None:
        at = a + pronoun.start(1)
        found = _antecedent(reader, Mention(at, at + len(pronoun.group(1)), "", pronoun.group(1), "pronoun"), at)
        person = found.speaker if found is not None else ""
    else:
        named = [m for m in reader.mentions_between(a, b) if m.speaker and m.how in ("name", "title")]
        person = named[0].speaker if named else ""
    known = reader.who.speakers.get(person) if person else None
    if known is None or known.kind != "person" or not known.country:
        return None
    return next((form for form, (country, kind) in vocab.country_forms().items() if country == known.country
                 and kind == "demonym" and form[:1].isupper() and not form.endswith("s")), None)


#: " the spokesman of the ", " the commander of ": a role of the body named right after it
_ROLE_OF_BODY_BEFORE = re.compile(r"\s*(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:of|for)\s+(?:the\s+)?")
#: " of the regional military administration ", " of the Southern Defence Forces ": after a role ("according to the
#: head"), the body it belongs to, then straight (no comma) the holder's name ("… Ivan Petrenko")
_BODY_BEFORE_HOLDER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:(?!and\b|or\b|who\b|which\b)[\w’'-]+\s+){1,6}")


def _subject_of_cue(reader: _Reader, cue: Cue, sentence_start: int) -> Mention | None:
    text = reader.text
    if cue.kind == "source":
        object_pronoun = _OBJECT_PRONOUN.match(text, cue.end)
        if object_pronoun is not None:  # "According to him, …": the person last named
            a, b = object_pronoun.span(1)
            return _antecedent(reader, Mention(a, b, "", object_pronoun.group(1), "pronoun"), a)
        end = min(cue.end + 120, reader.doc.sentence_end(cue.end))
        after = reader.mentions_between(cue.end, end)
        whole = _STATEMENT_COMMA.match(text, cue.end) or _STATEMENT_END.fullmatch(text, cue.end, reader.doc.sentence_end(cue.end))
        if whole is not None and not any(m.start < whole.end() for m in after):
            # "According to the assessment, Russian forces had captured …" with no one named after the comma either:
            # read as below (the first mention after the statement's comma)
            after = [Mention(whole.end(), whole.end(), "", "", "none")] + after
        for k, m in enumerate(after):
            between = text[cue.end:m.start]
            owned = (_STATEMENT_COMMA.fullmatch(between) or (_STATEMENT_END.fullmatch(between) if m.how == "none" else None)) \
                if k == 0 else None
            if m.how == "none" and (owned is None or owned.group(2).lower() not in _words("statement_noun")):
                continue  # (the place after a comma that names no statement: no mention)
            if owned is not None and owned.group(2).lower() in _words("statement_noun"):
                # "According to the update, Moscow is likely to …", "According to the report, Russia lost …": the
                # clause's subject after the comma is no source; the statement is whoever spoke last
                a = cue.end + owned.start(1)
                det = owned.group(1).lower()
                owner = _publisher_of(reader, owned.group(2).lower(), cue.start) if det in ("the", "this", "that") else None
                if owner is not None:
                    # "The X Forces published an assessment …. [others speak] According to the assessment, …": X's
                    return Mention(a, cue.end + owned.end(2), owner.speaker, owner.as_written, owner.how)
                last = _last_speaker(reader, Mention(a, cue.end + owned.end(2), "", between[owned.start(1):owned.end(2)],
                                                     "statement"),
                                     person=False if det in ("its", "their") else True if det in ("his", "her") else None)
                if m.how == "none" and not last.speaker:
                    continue  # (nobody spoke before: the statement's maker is read as before, by its owner named near it)
                return last
            titled = (m.how in ("name", "title", "unknown name") and between.rstrip().endswith(",")
                      and len(between.split()) <= 6 and "," not in between.rstrip(" ,")
                      and ((_title_words_only(between.rstrip(" ,"))
                            and between.rstrip(" ,").split()[-1].lower() in _mentions.title_words())
                           or _ROLE_COMMA_BEFORE.search(between) is not None))  # "the army's commander, X"
            described = (k == 0 and m.how in ("name", "title", "unknown name") and _DESCRIBED_BEFORE.fullmatch(between)
                         and all(p.islower() or p in reader.who.country_of_form  # ("pro-Kremlin", "Kyiv-based")
                                 for w in between.split()[1:] for p in w.split("-") if p))
            apposed = after[k + 1] if k == 0 and k + 1 < len(after) and m.how == "name" \
                and _ROLE_OF_BODY_BEFORE.fullmatch(between) else None
            if apposed is not None and apposed.how in ("name", "title", "unknown name") \
                    and re.fullmatch(r"\s*,\s*", text[m.end:apposed.start]) \
                    and _mentions.could_be_person(apposed.speaker, reader.who):
                # "according to the spokesman of the Ukrainian Air Force, A B": the person apposed to the body's role,
                # not the body (sk27)
                return _resolve(reader, apposed, apposed.start)
            if len(between.split()) <= 2 or _REPORT_BY.fullmatch(between) or titled or described:  # "according to Army Commander, X"
                named = after[k + 1] if k + 1 < len(after) else None
                if m.how in ("unnamed source", "role") and named is not None and named.how in ("name", "title", "unknown name") \
                        and re.fullmatch(r"\s*,\s*", text[m.end:named.start]) \
                        and (_mentions.could_be_person(named.speaker, reader.who) or text.startswith(",", named.end)):
                    # "according to Putin's spokesman, Dmitry Peskov": the apposed name (not "According to the
                    # ministry, Ukrainian army losses …": the clause's own subject)
                    m = named
                elif m.how in ("unnamed source", "role", "unresolved role") and (holder := next((
                        h for h in after[k + 1:k + 3] if h.how in ("name", "title", "unknown name")
                        and len(h.as_written.split()) >= 2 and _BODY_BEFORE_HOLDER.fullmatch(text, m.end, h.start)
                        and (_mentions.gender(h.speaker) or getattr(reader.who.speakers.get(h.speaker), "kind", "")
                             == "person")), None)) is not None:
                    # "according to the head of the regional military administration Ivan Petrenko", "… the spokesman
                    # of the Air Force Yurii Ihnat": the holder named after the role's body (a mention of its own or
                    # not), with no comma (a person of the tables, or a name whose first name the tables know: not
                    # "the Ministry for Reintegration of Temporarily Occupied Territories")
                    m = holder
                elif named is not None and named.how in ("name", "title", "unknown name") \
                        and _ROLE_COMMA_BEFORE.search(text, m.end, named.start) is not None \
                        and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}[\w-]+\s*,\s*", text[m.end:named.start]):
                    m = named  # "according to Ukraine's defence ministry spokesperson, Oleksandr Motuzyanyk"
                if m.how == "unnamed source" and _conduit().search(m.as_written):
                    return None  # "according to a Ukrinform correspondent": who carried the words, no speaker
                return _resolve(reader, m, m.start)
        role = reader.who.role_regex.match(text, cue.end + len(text[cue.end:end]) - len(text[cue.end:end].lstrip()))
        if role is not None:  # "according to a top Russian general"
            return _resolve(reader, Mention(role.start(), role.end(), "", role.group(0), "role"), role.start())
        unnamed = unnamed_after(text, cue.end, end)
        if unnamed is not None and _conduit().search(unnamed.as_written):
            return None  # "This was reported by X, according to a Ukrinform correspondent": the one reporting
        if unnamed is None and _STATEMENT_AFTER.match(text, cue.end):
            # "X has made gains, according to a statement released today": X's own statement
            opening = reader.mentions_between(sentence_start, cue.start)
            if opening and opening[0].how in ("name", "title") and len(text[sentence_start:opening[0].start].split()) <= 1 \
                    and not _mentions.is_person(opening[0].speaker, reader.who):
                return opening[0]
        return unnamed
    passive = _QUOTED_PASSIVE.search(text, max(sentence_start, cue.start - 30), cue.start) \
        if cue.text.lower() == "saying" else None  # (read for "saying" only)
    if passive is not None and cue.text.lower() == "saying":
        # "“…,” Deputy Minister Yunus-Bek Yevkurov was quoted as saying by Interfax": the subject
        head = sentence_start
        for mark in re.finditer(r"[“”\"]", text[sentence_start:passive.start()]):
            head = sentence_start + mark.end()
        named = [m for m in reader.mentions_between(head, passive.start()) if m.how not in ("country", "pronoun")]
        if named:
            return _resolve(reader, named[-1], named[-1].start)
    quoted = _QUOTED_AS.search(text, max(sentence_start, cue.start - 260), cue.start) \
        if cue.text.lower().endswith("ing") else None  # (read for a participle only: "as saying", "as telling")
    if quoted is not None:
        # "The agency quoted him as saying": the one quoted speaks, the agency is a conduit (any speech participle
        # after "as": "quotes A B, then the commander, as telling officers …", "quoted him as warning")
        a, b = quoted.start(1), quoted.end(1)
        if quoted.group(1).lower() in ("him", "her"):
            return _antecedent(reader, Mention(a, b, "", quoted.group(1), "pronoun"), a)
        sign = _CALL_SIGN.search(text, b, quoted.end())
        if sign is not None and _mentions.INDEFINITE.match(quoted.group(1)):
            # "quotes a Russian officer in the area, known by his call sign “Lom”, as saying": the name he goes by
            return Mention(sign.start(1), sign.end(1), sign.group(1), sign.group(1), "unknown name")
        apposed = [m for m in reader.mentions_between(b, quoted.end()) if m.how in ("name", "title", "unknown name")
                   and _mentions.could_be_person(m.speaker, reader.who)]
        if apposed:  # "quoted the commander of the X group, Colonel General A B, as saying": the person apposed
            return _resolve(reader, apposed[0], apposed[0].start)
        # ("quotes an unnamed source in the general staff as saying": not the body he is in; the agency opening the
        # sentence is read below, as "Interfax quoted a Russian commander as saying" is (tests/gold/stress/blind8): sk29)
        named = reader.mentions_between(a, b) \
            if not (_mentions.INDEFINITE.match(quoted.group(1)) and _unnamed_head(quoted.group(1))) else []
        if named:
            return _resolve(reader, named[0], named[0].start)
    if cue.text.lower().endswith("ing") and not _PROGRESSIVE.search(text, max(0, cue.start - 15), cue.start):
        finite = [c for c in reader.cues_between(sentence_start, cue.start) if c.kind == "speech"
                  and not c.text.lower().endswith("ing") and _THEN_PARTICIPLE.fullmatch(text, c.end, cue.start)]
        if finite:  # "Russia launched 40 drones, Ukraine's air force said on Sunday, adding that …": the air force's
            return _subject_of(reader, finite[-1], sentence_start)
        # a participle ("saying", "telling Modi") takes the subject the sentence opens with
        opening = reader.mentions_between(sentence_start, cue.start)
        if opening and (len(text[sentence_start:opening[0].start].split()) <= 1
                        # "Kremlin spokesman Dmitry Peskov declined …, saying": a title before the name
                        or _TITLE_BEFORE_NAME.fullmatch(text, sentence_start, opening[0].start)):
            if len(opening) > 1 and opening[1].how in ("name", "unknown name") \
                    and _ROLE_THEN_NAME.fullmatch(text, opening[0].end, opening[1].start):
                opening = opening[1:]  # "Pentagon spokesman Patrick Ryder declined …, saying": the name after the role
            if opening[0].how != "country" or len(opening) == 1 or _after_fronted(reader, sentence_start, opening) is None:
                return _resolve(reader, opening[0], opening[0].start)
        # (not "On Friday evening, TASS quoted a source … as saying": the agency is a conduit, not the speaker)
        fronted = _after_fronted(reader, sentence_start, opening) if opening and quoted is None else None
        if fronted is not None and re.search(r"\bquoted\b|\bas\s*$", text[fronted.end:cue.start]):
            fronted = None  # ("On Friday evening, TASS quoted a source in … as saying": the agency only carried the words)
        if fronted is not None:  # "In it, A B can be heard telling a deputy …", "In Moscow, A B was heard telling" (sk19)
            return _resolve(reader, fronted, fronted.start)
        return None
    held = relative_aside_subject(reader, cue, sentence_start) or _dash_aside_subject(reader, cue, sentence_start)
    if held is not None:  # "Syrskyi, who had warned on Monday that …, said …": the subject before the aside
        return held
    sentence = reader.doc.sentence_at(cue.start)
    if sentence is not None and sentence.headline and _INVERTED_BEFORE.search(text, max(0, cue.start - 3), cue.start):
        after = _subject_after(reader, cue)  # a headline's "…, says Ukraine's army chief": after the verb
        if after is not None and after.how != "unnamed source":
            return after
    if cue.kind == "speech" and _INVERTED_BEFORE.search(text, max(0, cue.start - 3), cue.start):
        # "…, declared this Wednesday the spokesman of the X group of forces, A B.": the person after the verb, whatever
        # the clause before it names (a translated wire's order)
        apposed = _apposed_after_inversion(
            reader, cue, reader.mentions_between(cue.end, min(cue.end + 160, reader.doc.sentence_end(cue.end))))
        if apposed is not None:
            return _resolve(reader, apposed, apposed.start)
    quoting = _QUOTING.match(text, cue.end) if cue.text.lower().startswith("quot") else None
    if quoting:  # "The Kremlin quoted Putin as saying …": the medium passes Putin's words on
        named = reader.mentions_between(quoting.start(1), quoting.end(1))
        if named:
            return _resolve(reader, named[0], named[0].start)
    # (at most _SUBJECT_REACH characters back: a sentence of thousands, a live blog's line with no full stop,
    # is not read again from its start for each of its verbs)
    window_start = max(sentence_start, cue.start - _SUBJECT_REACH)
    # a term in marks inside the subject's own phrase is no quote the verb follows ("A B, a so-called “war
    # correspondent” of a Russian channel, wrote that …"): its marks do not cut the subject off
    # and a formation's name in marks inside the subject's apposition ("X, spokesman of the “Khortytsia” group of
    # forces, told …"): a capitalised name of one or two words after "the" and before a lowercase noun phrase that
    # closes the apposition with a comma; no quote the verb follows either (cl26)
    within = reader.doc.quotes_within(window_start, cue.start)
    labels = [(q.span.outer_start, q.span.outer_end) for q in within
              if len(text[q.span.start:q.span.end].split()) <= 2 and (
                  text[q.span.start:q.span.start + 1].islower()
                  and re.fullmatch(r"[\s,]*(?:of|for|at|with|from)?\b.{0,60}?,\s*", text[q.span.outer_end:cue.start])
                  or text[q.span.start:q.span.start + 1].isupper()
                  and text[max(0, q.span.outer_start - 4):q.span.outer_start].lower() == "the "
                  and _named_formation_tail().fullmatch(text, q.span.outer_end, cue.start))]
    # a call sign or first name in marks inside the subject's own relative clause ("Another soldier, who goes by the
    # call sign “Bison”, said …"): the name, no quote the verb follows (sk28)
    labels += [(q.span.outer_start, q.span.outer_end) for q in within
               if len(text[q.span.start:q.span.end].split()) <= 2
               and _NAMING_BEFORE.search(text, max(0, q.span.outer_start - 30), q.span.outer_start)
               and re.fullmatch(r"[^“”\"\n.;:]{0,80}?,\s*", text[q.span.outer_end:cue.start])]
    # a partial quote inside the object of a first verb the speech verb is coordinated with ("Putin congratulated the
    # units “on the liberation of X” last month and said …"): the words in marks are the first verb's, no quote the
    # speech verb follows, so they do not cut its subject off (cl17)
    labels += [(q.span.outer_start, q.span.outer_end) for q in within
               if text[q.span.start:q.span.start + 1].islower()
               and _COORDINATED_AFTER_QUOTE.fullmatch(text, q.span.outer_end, cue.start)]
    sign = next((q for q in within
                 if len(text[q.span.start:q.span.end].split()) == 1 and text[q.span.start:q.span.start + 1].isupper()
                 and _NAMING_BEFORE.search(text, max(0, q.span.outer_start - 30), q.span.outer_start)
                 and re.fullmatch(r"\s*,\s*", text[q.span.outer_end:cue.start])), None)
    if sign is not None and not any(m.how in ("name", "title", "unknown name")
                                    and _mentions.could_be_person(m.speaker, reader.who)
                                    for m in reader.mentions_between(window_start, sign.span.outer_start)):
        # "His platoon commander, a lieutenant who gives only his call sign, “Grim”, told …": the call sign in marks
        # closing the subject's own phrase right before the verb is the one speaking (no person named before it) (sk29)
        name = text[sign.span.start:sign.span.end]
        return Mention(sign.span.start, sign.span.end, name, name, "unknown name")
    for mark in _MARK_OR_THAT.finditer(text[window_start:cue.start]):
        at = max(sentence_start, cue.start - _SUBJECT_REACH) + mark.start()
        if any(a <= at < b for a, b in labels):
            continue
        if mark.group() == "that" and _APPOSED_RELATIVE_BEFORE.search(text, max(sentence_start, at - 80), at) \
                and _APPOSED_RELATIVE_AFTER.fullmatch(text, at + 4, cue.start):
            continue  # "X, a think tank that publishes daily maps, said": the relative inside the apposition (cl15)
        if mark.group() == "that" and _WHO_ASKED_BEFORE.search(text, max(sentence_start, at - 60), at) \
                and _APPOSED_RELATIVE_AFTER.fullmatch(text, at + 4, cue.start):
            continue  # "A commander, who asked that his name not be printed, said": the aside's own "that" (cl16)
        if mark.group() == "that" and _PARTICIPLE_ASIDE_BEFORE.search(text, max(sentence_start, at - 160), at) \
                and _APPOSED_RELATIVE_AFTER.fullmatch(text, at + 4, cue.start):
            continue  # "A B, opening the summit with a speech that ran long, said": the aside's own "that" (sk27)
        window_start = max(sentence_start, cue.start - _SUBJECT_REACH) + mark.end()
    circle = _inner_circle_subject(text, window_start, cue.start, reader)
    if circle is not None:  # "Officials close to him argue …": the officials, not the one they are close to (cl17)
        return circle
    candidates = [m for m in reader.mentions_between(window_start, cue.start)
                  if not (m.how == "country" and _modifies_a_speaker(text, m.end))
                  and not _one_of_its_people(reader, m)
                  and not (m.how == "unknown name" and _POSSESSED.search(text, max(0, m.start - 7), m.start))]  # "his New Year's address"
    if candidates and not text[candidates[-1].end:cue.start].strip():
        # "the Ukrainian brigade defending Udachne said": the place is the object of a participle on the noun that
        # speaks, no subject (the unnamed subject below reads the noun)
        held = _PARTICIPLE_AFTER.search(text, max(window_start, candidates[-1].start - 60), cue.start)
        if held is not None and held.start() < candidates[-1].start \
                and held.group(1).lower() in _words("unnamed_person") | _words("institution_noun"):
            candidates = [m for m in candidates if m.end <= held.start()]
    relative = _RELATIVE_WHO.search(text, window_start, cue.start)
    if relative:  # "…, Teplinsky told Putin, who urged commanders to …": the antecedent speaks
        before = [m for m in candidates if m.end <= relative.start() and not text[m.end:relative.start()].strip()]
        if before and before[-1].how != "pronoun":
            # "Vladimir Medinsky, an aide to President Vladimir Putin, who said …": the one the apposition describes
            # speaks, not the person it names as his superior (cl15)
            head = [m for m in candidates if m.end <= before[-1].start and m.how in ("name", "title", "unknown name")
                    and _APPOSED_DEPENDANT.fullmatch(text, m.end, before[-1].start)]
            if head and text[relative.start():relative.start() + 1] == ",":
                return _resolve(reader, head[-1], head[-1].start)
            head = _apposed_person_head(reader, candidates, before[-1]) \
                if text[relative.start():relative.start() + 1] == "," else None
            if head is not None:
                return _resolve(reader, head, head.start)
            return _resolve(reader, before[-1], before[-1].start)
        group = _unnamed_subject(text, window_start, relative.start()) if not before else None
        if group is not None and group.how == "unnamed source" and group.end == relative.start() \
                and group.as_written.split()[-1].lower() in _words("speaking_group"):
            # "…, more hopeful than that of Western officials, who warn that …": the plural group before the
            # relative speaks (one person's noun stays with the rules below)
            return group
    given = [m for m in candidates if m.how == "unknown name" and not text[m.end:cue.start].strip(" ,")
             and given_name(text, m)] if candidates else []
    if given and not _other_person_in_clause(reader, sentence_start, given[-1].start):
        return given[-1]  # "A woman who runs …, and who gave her name only as Nadiia, said": the name the clause gives
    window = text[window_start:cue.start]
    for e in reader.dates_between(window_start, cue.start):  # "X, Nato's chief, on Thursday, August 31, asked": the
        if "," in text[e.start:e.end]:  # date's own commas and the one closing it set off no aside
            closing = e.end + 1 if text.startswith(",", e.end) and e.end + 1 <= cue.start else e.end
            window = window[:e.start - window_start] + " " * (closing - e.start) + window[closing - window_start:]
    aside = re.search(r",(?!\d)((?:[^,]|,(?=\d)){1,120}),(?!\d)\s*(?:\w+\s+){0,2}$", window)  # "1,200" has no comma
    skipped = None
    tail = [m for m in candidates if aside and m.start > window_start + aside.end(1)]
    if tail and tail[-1].how in ("name", "title", "pronoun") and not text[tail[-1].end:cue.start].strip():
        # "If …, the war would end in weeks, Lavrov said", "Units had hit 10,000 targets, he said": a
        # mention right before the verb is its subject, no aside
        aside = None
    if aside:  # "Mr Zelensky, speaking at a summit with Nordic leaders, said": skip the aside
        a, b = window_start + aside.start(), window_start + aside.end()
        inside = [m for m in candidates if a <= m.start < b]
        outside = [m for m in candidates if not (a <= m.start < b)]
        titles = reader.who.title_words
        described = text[a + 1:inside[0].start].split() if inside else []
        is_name = (inside and inside[0].how in ("name", "title", "unknown name")  # ", Olaf Scholz," names someone
                   and (all(w.lower() in titles or w == "the"  # ", Col. X,"; "a think tank, the ISW,"
                            for w in described)
                        # "Weller's colleague, the cartographer Anna Reiss, said": a person's full name after a
                        # descriptor in lower case, closing the aside
                        or (1 < len(described) <= 4 and described[0] in ("the", "a", "an")
                            and all(w.islower() for w in described[1:]) and " " in inside[0].as_written
                            and inside[0].end == window_start + aside.end(1)
                            and _mentions.could_be_person(inside[0].speaker, reader.who)))
                   # (", Mr. Verbytskyi's spokesman,": a possessive names the boss of the one apposed, no name)
                   and not re.match(r"\s*['’]s?\s", text[inside[0].end:inside[0].end + 4]))
        named = inside[-1] if inside and outside and outside[-1].end <= a and inside[-1].how in ("name", "unknown name") \
            and inside[-1].end == window_start + aside.end(1) and _POSSESSED_NOUN.fullmatch(text, outside[-1].end, a) \
            and _mentions.could_be_person(inside[-1].speaker, reader.who) else None
        if named is not None and not text[b:cue.start].strip(" ,"):
            # "Earlier, A's colleague, the spokesman of the X Brigade B C, said": the possessor is no subject; the
            # person the aside names is the one his noun stands for (sk33)
            return _resolve(reader, named, named.start)
        if outside and not is_name and not (candidates and candidates[-1].start >= b):
            candidates, skipped = outside, (a, b)
    governed = None  # the end of the object of that preposition: no gap between the head and its verb
    if len(candidates) >= 2 and re.fullmatch(r"\s+(?:in|of|from|at)\s+(?:the\s+)?(?:[A-Z][\w’']*-[a-z]+\s+)?",
                                             text[candidates[-2].end:candidates[-1].start]):
        governed = candidates[-1].end
        candidates = candidates[:-1]  # "the Service in South Korea said": the head speaks
    # a name after a preposition is no subject: "Russia claims gains in Ukraine, says …"
    candidates = [m for m in candidates if not _AFTER_PREPOSITION.search(text, max(sentence_start, m.start - 12), m.start)
                  or _group_of().search(text, max(0, m.start - 40), m.start)  # "analysts at the ISW said"
                  or PRESS_OF.search(text, max(sentence_start, m.start - 40), m.start)  # "the press service of X said"
                  or (m.how in ("name", "title") and _TITLE_OF.search(text, max(0, m.start - 30), m.start))
                  or _acronym_apposed(reader, m)]
    member = next((m for m in candidates if m.how in ("name", "title", "unknown name")
                   and _mentions.could_be_person(m.speaker, reader.who)
                   and (held := _MEMBER_OF_BODY.fullmatch(text, m.end, cue.start)) is not None
                   and held.group(1).lower() in _words("organisation_word")), None) if len(candidates) > 1 else None
    if member is not None:
        # "A B of the far-right Identity and Democracy group called …": the member speaks, not the last capitalised
        # word of his party's name; the subject runs to the party's noun (its words are no content) (sk33)
        resolved = _resolve(reader, member, member.start) or member
        end = held.end(1)  # (the match that chose the member)
        return Mention(member.start, end, resolved.speaker, text[member.start:end], resolved.how)
    for m in reversed(candidates):
        gap = text[m.end:skipped[0]] + text[skipped[1]:cue.start] if skipped and m.end <= skipped[0] else \
            text[m.end:cue.start]  # the aside skipped above is no gap either
        if governed is not None and m is candidates[-1] and not skipped:
            gap = text[governed:cue.start]  # "A B of the National Institute for Strategic Studies said"
        gap = re.sub(r"\([^)]*\)", " ", gap) if "(" in gap else gap  # (no bracket, as in most gaps: no call)
        if m.how in ("name", "title", "unknown name") and re.fullmatch(r"\s*,\s*(?:(?:had|has|have|also|later|then|again|previously|repeatedly|once|[a-z]+ly)\s+){0,2}", gap) \
                and re.search(r",\s*(?:the\s+)?$", text[max(window_start, m.start - 7):m.start]):
            # "a spokesman for the southern forces, Dmytro Lykhovyi, had said"; "a think tank, the ISW, recently said"
            return _resolve(reader, m, m.start)
        if m.how == "country" and (len(gap.split()) > 1 or "," in gap):
            break  # "Russia has claimed": a country speaks only right before its verb
        if m.how == "name" and not _mentions.is_person(m.speaker, reader.who) \
                and _INDEFINITE_BEFORE.search(text, max(window_start, m.start - 40), m.start):
            head = re.fullmatch(r"\s*(?:[a-z][\w-]*\s+){0,2}([a-z]+)\s*", gap)
            if head is not None and head.group(1) in _words("unnamed_person"):
                break  # "A senior NATO intelligence official said": one unnamed person of that body, not the body
        gap = re.sub(r"^\s*,\s*\d{1,3}(?=\s*(?:,|$))", " ", gap)  # "A B, 41, who took over in the spring, said": the age
        gap = re.sub(r"^\s*,[^,]{0,100},", " ", gap)  # appositive
        for e in reader.dates_between(m.end, cue.start):  # "Sergei Shoigu, on Tuesday told": the day is no gap
            gap = gap.replace(text[e.start:e.end], " ")
        gap = re.sub(r"^\s*,\s*(?:(?:on|late|early)\s+)?(?=\s*$)", " ", gap)
        gap = _OCCASION_BETWEEN.sub(" ", gap) if m.how in ("name", "title", "unknown name", "role") else gap
        if len(gap.split()) <= _ADJACENT_WORDS and not re.search(r"[.;:]|,\s*\w", gap):  # ", the ministry said"
            opener = _verb_object_opener(reader, sentence_start, candidates, m, gap)
            if opener is not None:  # "Putin met Zelensky and said": the one who met him speaks on
                return _resolve(reader, opener, opener.start)
            led = _led_by(reader, m) if m.how == "role" and not m.speaker else None
            if led is not None:  # "the brigade commander said" after "a brigade commanded by Colonel A B": A B
                return led
            return _its_person(reader, m) or _resolve(reader, m, m.start)
        break
    if candidates and candidates[0].how != "country" and len(text[sentence_start:candidates[0].start].split()) <= 1 \
            and _USED_TO.fullmatch(text, candidates[0].end, cue.start):
        return _resolve(reader, candidates[0], candidates[0].start)  # "X used his address on Saturday to tell …"
    if _SECOND_VERB.search(text, max(window_start, cue.start - 30), cue.start) and candidates:
        # "Shoigu on Monday shrugged off the losses but warned that …": a second verb of the
        # sentence's subject (the mention that opens it)
        first = _after_fronted(reader, sentence_start, candidates) or candidates[0]
        if first.how != "country" and (len(text[sentence_start:first.start].split()) <= 1 or first is not candidates[0]
                                       or _after_fronted(reader, sentence_start, candidates[:1]) is not None
                                       # "Kremlin spokesman Dmitry Peskov declined to comment but said": a title
                                       # before the name that opens the sentence
                                       or (first.how in ("name", "unknown name")
                                           and _TITLE_BEFORE_NAME.fullmatch(text, sentence_start, first.start))):
            at = candidates.index(first)
            if at + 1 < len(candidates) and candidates[at + 1].how in ("name", "unknown name") \
                    and _ROLE_THEN_NAME.fullmatch(text, first.end, candidates[at + 1].start):
                first = candidates[at + 1]  # "Pentagon press secretary A B declined … but said": the name after the role
            return _resolve(reader, first, first.start)
    aged = _AGED_SUBJECT.search(text, window_start, cue.start)
    if aged is not None:  # "“…,” the 41-year-old said" after "A B, 41, …": that person
        person = _aged_person(reader, aged.group(2), aged.start())
        if person:
            return Mention(aged.start(1), aged.end(1), person, aged.group(1), "role")
    unnamed = _unnamed_subject(text, window_start, cue.start)
    if unnamed is None or (unnamed.as_written[:4].lower() in ("the ", "his ", "her ") and unnamed.how == "unnamed source"):
        # ("the sergeant said": the one an apposition gave that noun first, "A B, a sergeant, …", or an introduction
        # named, "a sergeant named A B", "His widow, Iryna, …")
        unnamed = _apposed_head(reader, window_start, cue.start) or unnamed
    if unnamed is None:
        unnamed = _subject_after(reader, cue)
        if unnamed is not None and not unnamed.speaker and unnamed.as_written[:4].lower() == "the ":
            # "…,” said the official / said the statement: read as in the normal order ("the official said")
            unnamed = _unnamed_subject(text, unnamed.start, unnamed.end) or unnamed
    if unnamed is not None and unnamed.how == "statement" and unnamed.as_written[:4].lower() == "the ":
        signer = _signed_after(reader, cue.end)
        if signer is not None:  # "“…,” the statement said. “…” ¶ It was signed by the commander, A B.": A B
            return signer
    if unnamed is not None and unnamed.how == "statement":
        # "the statement said": whoever made it; "Its daily bulletin said": a body's, never a person's
        issuer = _issuer_in_sentence(reader, sentence_start, unnamed.start)
        if issuer is not None:  # "The ISW said …, and the assessment added that …": the body that spoke first in it
            return Mention(unnamed.start, unnamed.end, issuer.speaker, unnamed.as_written, "role")
        return _last_speaker(reader, unnamed, person=False if unnamed.as_written[:4].lower() in ("its ", "thei")
                             else None)
    if unnamed is not None and unnamed.how == "unnamed source" and not unnamed.speaker:
        end = reader.doc.sentence_end(cue.end)
        # "A senior commander of …, who asked to be identified only by his call sign Grim because …, said", "A woman
        # who runs …, and who gave her name only as Nadiia, said": the name the relative clause gives (sk17)
        sign = _relative_call_sign(reader, unnamed, cue) or _call_sign_after(reader, cue.end, end)
        if sign is None and _HE_GAVE.match(text, end):  # "… the sergeant said. He gave only his first name, Taras."
            sign = _CALL_SIGN.search(text, end, reader.doc.sentence_end(end + 2))
        if sign is not None and not _OTHER_PERSON.search(text, cue.end, sign.start()) and not any(
                m.how in ("name", "title", "unknown name") and _mentions.could_be_person(m.speaker, reader.who)
                for m in reader.mentions_between(cue.end, sign.start()) if m.start < sign.start(1)):
            # (an outlet told in between is nobody's name, "told Reuters by phone, asking …"; a person named or
            # described in between is the one the sign belongs to, "…, adding that a pilot with the call sign X":
            # sk28)
            # "the soldier told Reuters, asking to be identified only by his first name, Maksym": the name he gave
            return Mention(unnamed.start, unnamed.end, sign.group(1), unnamed.as_written, "unknown name")
    if unnamed is not None and unnamed.how == "unnamed source" and not unnamed.speaker:
        led = _led_by(reader, unnamed)
        if led is not None:  # "the brigade commander said" after "a brigade commanded by Colonel A B": A B
            return led
    if unnamed is not None and unnamed.how == "unnamed source":
        role = next((m for m in reader.known_between(unnamed.start, unnamed.end) if m.how == "role"
                     and m.start == unnamed.start and m.end == unnamed.end), None) if unnamed.as_written[:4].lower() == "the " else None
        resolved = _resolve(reader, role, role.start) if role is not None else None
        if resolved is not None and resolved.speaker and _mentions.is_person(resolved.speaker, reader.who):
            return resolved  # "…, the general said" after "Spokesman Lieutenant-General A B": the general the article named
        found = _back_reference(reader, unnamed) or _named_below(reader, unnamed) or _resolve(reader, unnamed, unnamed.start)
        if found is not None and not found.speaker and found.how == "unnamed source":
            given = _given_name_of(reader, unnamed, cue)
            if given:  # "The main witness, a marine identified in court only as “Andrii”, said … “…,” the witness said"
                return Mention(unnamed.start, unnamed.end, given, unnamed.as_written, "unknown name")
        bare = _THE_NOUN.fullmatch(found.as_written) if found is not None and not found.speaker \
            and found.how == "unnamed source" else None
        if bare is not None and bare.group(1).lower() == "the" and bare.group(2).lower() in _words("second_reference"):
            # "Later, the governor urged residents to leave. “…,” the official said": no official was introduced,
            # so the one just heard
            return _just_heard(reader, found) or found
        return found
    return unnamed


#: a finite verb right after a name: the name is the subject of a clause ("says Russia has lost …"), not "…, says Russia."
_CONTENT_VERB_AFTER = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|would|will|could|can|may|might|must|should|did|does)"
                                 r"\b|[a-z]{3,}ed\b)")


#: a translated wire's dash after the quote's closing mark before its verb ("„…,” - told", "„…” – stated")
_SIGN_BEFORE = re.compile(r"[”\"’][^\S\n]*[-–—]{1,2}[^\S\n]*$")
#: "told BNS the analyst": only white space between the outlet told and the role that speaks
_THE_ROLE_NEXT = re.compile(r"[^\S\n]+")
_BODY_GAP_WORDS = frozenset("of at from for the and".split())
_NAME_ENDS_CLAUSE = re.compile(r"[^\S\n]*(?:[.;,]|$)")


def _role_of_body_then_name(text: str, role: Mention, name: Mention) -> bool:
    """ "the military analyst of the Baltic Defence College Tomas Vaitkus", "the spokesman of the Tavria group A B": the
    body the role belongs to, then the person's name, no comma between (a translated wire's word order). Between them
    only capitalised words, numbers, "of"/"the"/… and a body's lower-case head ("group"), and an "of"/"at"/"from"
    somewhere from the role's own words on (not "the commander after meeting A B")."""
    gap = text[role.end:name.start]
    if not gap[:1].isspace() or not gap[-1:].isspace() or re.search(r"[,.;:“”\"„\n]", gap) or len(gap) > 110:
        return False
    words = gap.split()
    if not any(w in ("of", "at", "from") for w in words + role.as_written.split()[1:]):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _BODY_GAP_WORDS
               or _mentions.ORGANISATION_WORDS.fullmatch(w.capitalize()) for w in words)


def translated_inversion(reader: _Reader, cue: Cue, after: list) -> tuple[list, Mention | None]:
    """The mentions after an inverted verb read in a translated wire's order (sk25): "„…,” - told BNS the military
    analyst …" (the outlet told is no speaker: dropped from ``after``), and "… the military analyst of the Baltic
    Defence College Tomas Vaitkus." (a role of a body, then the person's name with no comma: that person, returned
    second; None otherwise)."""
    text = reader.text
    if cue.text.lower() in ("told", "tells") and len(after) > 1 and after[0].how in ("name", "unknown name") \
            and not text[cue.end:after[0].start].strip() and _THE_ROLE_NEXT.fullmatch(text, after[0].end, after[1].start) \
            and after[1].how in ("role", "unnamed source"):
        after = after[1:]
    if after and after[0].how in ("role", "unnamed source") and not after[0].speaker:
        person = _person_ending_clause(reader, after[1:6], ("name", "unknown name"), lambda m: " " in m.speaker
                                       and _role_of_body_then_name(text, after[0], m))
        return after, person
    return after, None


def _person_ending_clause(reader: _Reader, after: list, hows: tuple, role_before) -> Mention | None:
    """The first of ``after`` (the mentions after a translated wire's inverted verb) of one of ``hows`` that
    ``role_before`` accepts (the role written before the name: :func:`translated_inversion`'s role of a body with no
    comma, :func:`_apposed_after_inversion`'s role and comma), whose name ends its clause and could be a person's
    (one definition for both: vc2)."""
    return next((m for m in after if m.how in hows and role_before(m) and _NAME_ENDS_CLAUSE.match(reader.text, m.end)
                 and _mentions.could_be_person(m.speaker, reader.who)), None)


#: a rank's retired mark between it and the name: "Col. (ret.) A B", "Gen. (retd) C D" (sk26)
_RETIRED = re.compile(r"\((?:ret|retd|rtd|Ret|Retd)\.?\)")


def _subject_after(reader: _Reader, cue: Cue) -> Mention | None:
    """The speaker after the verb when the verb follows the content: "…, said the minister",
    "…,” said Ukraine's military chief", "…, says Russia" (headlines)."""
    text = reader.text
    if cue.kind != "speech" or not (_INVERTED_BEFORE.search(text, max(0, cue.start - 3), cue.start)
                                    or _SIGN_BEFORE.search(text, max(0, cue.start - 8), cue.start)):
        return None
    end = min(cue.end + 120, reader.doc.sentence_end(cue.end))
    after = reader.mentions_between(cue.end, end)
    sentence = reader.doc.sentence_at(cue.start)
    if _SIGN_BEFORE.search(text, max(0, cue.start - 8), cue.start):
        after, person = translated_inversion(reader, cue, after)  # "„…,” - told BNS the analyst of … A B" (sk25)
        if person is not None:
            return _resolve(reader, person, person.start)
    if after and after[0].how == "unknown name" and sentence is not None and sentence.headline:
        return None  # title case: "…, Says Monthly Advances Have Doubled" names nobody
    if after and after[0].how != "pronoun" and (len(_RETIRED.sub("", text[cue.end:after[0].start]).split()) <= 1 or all(
            w.lower() in reader.who.title_words for w in _RETIRED.sub("", text[cue.end:after[0].start]).split())) \
            and ":" not in text[cue.end:after[0].start] and not _CONTENT_VERB_AFTER.match(text, after[0].end):
        # (not "…, put it simply: Russia had more men", nor "…, published on Wednesday, says Russia has lost …": the
        # subject of what is said, no speaker after the verb)
        return _resolve(reader, after[0], after[0].start)
    if after and after[0].how != "pronoun" and _THE_PRESS_OF.fullmatch(text, cue.end, after[0].start):
        # "…, informs the press service of the 14th Brigade": the press service speaks for the body it serves
        return _resolve(reader, after[0], after[0].start)
    if after and descriptor_then_name(reader, cue.end, after[0]):
        return _resolve(reader, after[0], after[0].start)
    return unnamed_after(text, cue.end, end)


def descriptor_then_name(reader: _Reader, verb_end: int, found: Mention) -> bool:
    """ "“…,” said war correspondent A B, who …", "said local farmer A B": after an inverted verb, one to three
    lower-case words and then a person's full name: the words are the person's descriptor, no speaker of their own; the
    name speaks (sk37)."""
    return found.how in ("name", "unknown name") and " " in found.as_written.strip() \
        and _DESCRIPTOR_BEFORE_NAME.fullmatch(reader.text, verb_end, found.start) is not None \
        and not any(_plural_speaking_noun(w) for w in reader.text[verb_end:found.start].split()) \
        and _mentions.could_be_person(found.speaker, reader.who) and not _CONTENT_VERB_AFTER.match(reader.text, found.end)


def _plural_speaking_noun(word: str) -> bool:
    """ "officials", "sources", "aides": a plural noun that speaks (speech_words.csv speaking_noun, or its singular
    there), so the words after an inverted verb are a group of speakers, no one person's descriptor (rv23fixb)."""
    return word.endswith(("s", "people")) and (word in _words("speaking_noun") or word[:-1] in _words("speaking_noun"))


#: one to three lower-case words between an inverted verb and a full name ("said war correspondent ", "said local farmer
#: "): the person's descriptor; no determiner, preposition, conjunction or relative pronoun among them (a phrase of its
#: own: "said people who met A B"), and no participle right before the name, which takes it as its object ("said aides
#: briefing A B", "said sources quoting A B"; "said acting governor A B" stays a descriptor: rv23fixb)
_DESCRIPTOR_BEFORE_NAME = re.compile(r"(?:[^\S\n]+(?!(?:the|a|an|that|this|in|on|at|to|of|by|for|with|from|and|but|or|as|"
                                     r"after|before|when|while|if|then|also|not|who|whose|which)\b)"
                                     r"(?![a-z-]+ing[^\S\n]+(?![a-z]))[a-z][a-z-]+){1,3}[^\S\n]+")


#: a translated wire's inverted verb, then its day and the speaker's role, then his name after a comma: "…, declared this
#: Wednesday the spokesman of the Ukrainian “Tavria” group of forces, A B.", "…, indicated its military administration
#: head, C D." (the day is optional; the role opens on a determiner and holds no clause's punctuation)
_ROLE_THEN_NAME_AFTER_VERB = re.compile(
    r"[^\S\n]+(?:(?:(?:this|on|last|late[^\S\n]+on|early[^\S\n]+on)[^\S\n]+)?(?i:" + "|".join(english.WEEKDAYS)
    + r"|yesterday|today)(?:[^\S\n]+(?:morning|afternoon|evening|night))?[^\S\n]+)?"
    r"(?:the|its|his|her|their)[^\S\n]+[^,.;:!?\n]{3,100}?,[^\S\n]+")


def _apposed_after_inversion(reader: _Reader, cue: Cue, after: list) -> Mention | None:
    """The person a translated wire names after an inverted verb, its day and his role: "…, declared this Wednesday the
    spokesman of the Ukrainian “Tavria” group of forces, A B." (sk32: the role's body and the country named in it were
    read as the speaker); None when no person's name ends the clause after the role and its comma."""
    return _person_ending_clause(reader, after[:4], ("name", "unknown name", "title"),
                                 lambda m: _ROLE_THEN_NAME_AFTER_VERB.fullmatch(reader.text, cue.end, m.start))


#: the words between an inverted verb and the body whose press service speaks ("…, reports the press service of the")
_THE_PRESS_OF = re.compile(r"\s+(?:the\s+|its\s+)?press\s+" + PRESS_UNIT + r"\s+of\s+(?:the\s+)?")
