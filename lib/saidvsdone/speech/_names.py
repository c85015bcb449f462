"""Names and roles as written: titles, ranks and roles next to a name (appositions, call signs, pen names), a person
introduced earlier, kin, an unnamed source and the office or body a person speaks for."""

from __future__ import annotations

from typing import TYPE_CHECKING

import functools
from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left, bisect_right
from dataclasses import replace

import pandas as pd

from saidvsdone import mentions as _mentions
from saidvsdone import english, vocab, when
from saidvsdone.matcher import case_insensitive_opening, trie_pattern
from saidvsdone.matcher import fail_fast, lazy_fail_fast, WORD_GOES_ON
from saidvsdone.mentions import Mention

from ._acts import _Event, _FIRST, _PLACE_TAIL, _speaking_groups, _unnamed_subject_regex, _words, cue_table, RuleGuard

if TYPE_CHECKING:  # (read in annotations only: the modules above import from this one)
    from ._speakers import _Reader
    from ._layer import Speech


# a short phrase of time or place that opens a sentence before its subject ("On Monday, ", "Two days later, ")
_OPENING_PHRASE = re.compile(r"\s*(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s*"
                             # "In his New Year's address on Tuesday, Ukrainian President X": an occasion and titles
                             r"|\s*(?:In|At|During)\s+(?:his|her|their|its|a|an|the)\s+[^,.;:“”\"]{1,80},\s*(?:[A-Z][\w.’'-]*\s+){0,3}"
                             # "Asked whether the brigade could hold, the colonel paused.": a fronted question or scene
                             r"|\s*(?:Asked|Pressed|Questioned|Speaking|Back|As|When|While)\s[^,.;:?!“”\"\n]{1,100},\s*"
                             # "On a grey morning in early May, Captain X spread a map": a fronted time or place
                             r"|\s*(?:On|In|At|During|After|Before|Early|Late|Later|Earlier|Last|One|By|Inside|Outside|Near|"
                             r"Across|Along|Under|Over|Throughout)\s[^,.;:?!“”\"\n]{1,80},\s*"
                             # "On October 7 last year, the day the dam burst, X's men were …": the time's gloss too
                             r"(?:the\s+(?:day|night|morning|afternoon|evening|week|month|year)\s[^,.;:?!“”\"\n]{1,60},\s*)?"
                             # "A few houses down the street, X was feeding chickens": a fronted place by distance
                             r"|\s*(?:A|An|Two|Three|Some|Several|Further|Farther|Just)\s[^,.;:?!“”\"\n]{0,40}?\b(?:down|up|along|"
                             r"across|away|behind|beyond|past|off)\b[^,.;:?!“”\"\n]{0,40},\s*"
                             # "In the evening X returned", "That night X wrote": a fronted part of the day, no comma
                             # ("One morning X let me watch", "Every evening X calls", "On Monday X told …": sk34)
                             r"|\s*(?:(?:In|During)\s+the|That|One|Each|Every|Another|Later\s+that|Early\s+that|"
                             r"Late\s+that|The\s+next)\s+(?:morning|afternoon|evening|night|day)\s+"
                             r"|\s*(?:On|Last|That|Early|Late)\s+(?:" + when.WEEKDAYS + r")"
                             r"(?:\s+(?:morning|afternoon|evening|night))?\s+")


# "KYIV, March 14 (Reuters) -", "MOSCOW, Oct 3 —", "Updated: March 14, 2024", "Last modified on Tue
# 2 May 2023": the day the copy was filed or edited, never the day of a statement in it
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:[A-Z][\w.’'/-]*(?:[ \t]+[A-Z][\w.’'/-]*){0,3}[ \t]*,?[ \t]*"
                              r"(?:\([^)\n]{1,30}\)[ \t]*,?[ \t]*)?)?|.{0,20}?\b(?:[Uu]pdated|[Pp]ublished|[Pp]osted|"
                              r"[Mm]odified)(?:[ \t]+on)?:?[ \t]*)$")
_DATELINE_AFTER = re.compile(r",?[ \t]*(?:\d{4}[ \t]*)?(?:(?:\([^)\n]{1,30}\)[ \t]*)?(?:[-–—]{1,2}|/[\w-]*/?|>>)[ \t]"
                             # "Moscow, Oct 22 (IANS) Russian …", "New Delhi, May 3 (PTI) The …": the agency, then the copy
                             r"|\([A-Z][A-Za-z]{1,14}\)[ \t]+(?=[A-Z]))")
_STAMP_AFTER = re.compile(r",?[ \t]*(?:\d{4})?[ \t]*(?:\d{1,2}[.:]\d{2}|\(|$|\n)")
#: the word of a page's stamp in what ``_DATELINE_BEFORE`` found ("Updated: March 14"): the page's day, no dateline
_STAMP_WORD = re.compile(r"(?i)updated|published|posted|modified")


_CLOCK_AFTER = re.compile(r",?[ \t]*\d{1,2}:\d{2}(?::\d{2})?\b")
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?|GMT|BST|UTC|CET|EET|MSK)?[ \t]*,?[ \t]*$")


def _is_dateline(text: str, e) -> bool:
    """A date in a dateline or an update stamp (see ``_DATELINE_BEFORE``), or a page's
    timestamp: a date with a clock time ("Sunday, May 5, 2024 11:49:48 AM", "14:02, 5 May")."""
    if e.kind != "relative" and (_CLOCK_AFTER.match(text, e.end) or _CLOCK_BEFORE.search(text, max(0, e.start - 20), e.start)):
        return True
    before = _DATELINE_BEFORE.search(text, max(0, e.start - 60), e.start)
    if before is None:
        return False
    if _STAMP_WORD.search(before.group(0)):
        return _STAMP_AFTER.match(text, e.end) is not None
    if e.kind == "weekday" and not before.group(0).strip():
        return False  # a round-up's run-in day "TUESDAY — The ministry said …" opening a paragraph: no place, no dateline
    return _DATELINE_AFTER.match(text, e.end) is not None


_ROLE_WORDS = vocab.TablePattern("speech_role_words", ("speech_words",), lambda: (  # (generic_role words)
    r"\b(" + trie_pattern(_mentions.generic_roles(), ignore_case=True) + r")s?\b"), re.IGNORECASE)
#: "The governor of Belgorod region, Vyacheslav Gladkov, said": a role, a comma, then the name
_ROLE_COMMA_BEFORE = vocab.TablePattern("speech_role_comma_before", ("speech_words",), lambda: (
    r"\b(" + trie_pattern(_mentions.generic_roles(), ignore_case=True) + r")\b[^,.;:\n“”\"]{0,80},\s*$"), re.IGNORECASE,
    first_chars=True)


#: "Commander of the Airborne Forces A B": a role and the body it serves written as a title before the name
_OFFICE_OF_BEFORE = vocab.TablePattern("speech_office_of_before", ("speech_words",), lambda: (
    r"(?<![\w’'-])((?:(?:[Tt]he|[Ff]irst|[Dd]eputy|[Aa]cting|[Cc]hief|[Ss]enior)\s+)*(?i:"
    + trie_pattern(_mentions.generic_roles(), ignore_case=True)
    + r"))\s+(?:of|for)\s+(?:(?:[A-Z][\w’'-]*|\d{1,3}(?:st|nd|rd|th)|of|the|and|for|group|"
    r"grouping|forces|troops|armed|military|operational|tactical|strategic|operational-strategic|"
    r"operational-tactical|joint|press|service|"
    r"national|regional|city|oblast|region|district|administration|military-civil|unit)\s+){1,8}$"), first_chars=True)
#: a rank between a comma and a name ("the spokesman for the Navy, Captain Third Rank A B,"): the ``comma_rank`` words
#: of data/speech_words.csv, capitalised, each with an optional dot
_RANKS_BEFORE = vocab.TablePattern("ranks_before", ("speech_words",), lambda: r"(?<=,\s)(?:(?:" + (trie_pattern(
    {w.capitalize() for w in vocab.speech_words()["comma_rank"]}) or "(?!)") + r")\.?\s+){1,4}$")
#: "The elder", "The younger" before a surname that two people of the article share (sk17)
_GENERATION_OPENS = re.compile(r"(?:[Tt]he\s+(?:elder|older|younger)\s+)$")
#: "Dr", "Prof." between an apposition's comma and the name ("a British researcher, Dr A B"): no role of its own; the
#: ``honorific`` words of data/speech_words.csv, capitalised, each with an optional dot
_HONORIFIC_BEFORE = vocab.TablePattern("honorific_before", ("speech_words",), lambda: r"(?<=,\s)(?:" + (trie_pattern(
    {w.capitalize() for w in vocab.speech_words()["honorific"]}) or "(?!)") + r")\.?\s+$")
#: ", Colonel C D", ", A B": the next person's name of a list of roles and names, up to three words of the
#: ``honorific`` and ``comma_rank`` kinds before it (no "and": "A B, a military analyst, and Colonel C D" closes the
#: list on a name whose role, if any, comes after it; never across a line)
_NEXT_IN_LIST = vocab.TablePattern("next_in_list", ("speech_words",), lambda: r",[^\S\n]+(?:(?:" + (trie_pattern(
    {w.capitalize() for kind in ("honorific", "comma_rank") for w in vocab.speech_words()[kind]}) or "(?!)")
    + r")\.?[^\S\n]+){0,3}[A-Z][\w’'-]+[^\S\n]+[A-Z][\w’'-]+(?![\w’'-])")
#: " of the Royal United Services Institute", " at Kyiv University": the name's affiliation closing an apposition
_AFFILIATION_AFTER = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z]")
_TITLE_BEFORE = vocab.TablePattern("title_before", ("speech_words",), lambda: r"\b(?:"
                                   + trie_pattern(_mentions.title_words(), ignore_case=True) + r")\s+$", re.IGNORECASE)


_ROLE_AFTER_NAME = re.compile(r",\s+(?:(?:the|a|an|its|his|her)\s+)?((?:[\w’'-]+\s+){0,4}?[\w’'-]+?)(?=[,.;]|\s+"
                              # "A B, the former president and now an opposition lawmaker,", "…, the former
                              # Russian president who is now …": the role before "and"/"who" (sk19)
                              r"(?:said|says|told|added|for|of|in|at|on|and\s+(?:now|later|currently)|who)\b)")
_RANK_OF = {"col": "colonel", "gen": "general", "maj": "major", "capt": "captain", "lt": "lieutenant",
            "brig": "brigadier general", "adm": "admiral", "sgt": "sergeant",
            "sen": "senator"}  # ("Sen. A B (D-R.I.)": "the senator" later, a generic_role)
_CAPTION_PERSON = re.compile(r"(?P<rank>(?:(?:Col|Gen|Lt|Maj|Capt|Brig|Adm|Colonel|General|Major|Captain|Lieutenant|"
                             r"Brigadier|Admiral|Sgt|Sergeant)\.?\s+){0,3})([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=,)")
_DOTTED_RANKS = lazy_fail_fast(r"(?:\b[A-Z][a-z]{1,4}\.\s+){1,2}$")  # "Lt. Col. ", "Gen. "
#: an abbreviated rank inside a titled mention ("Gen. A B", "Lt. Gen. A B"): its word before the dot
_DOTTED_IN_TITLE = re.compile(r"\b([A-Z][a-z]{1,4})\.(?=\s)")
_WORDS_BEFORE_NAME = re.compile(r"((?:[\w’'-]+\s+){0,3})$")
_WORDS_BEFORE_NAME_REVERSED = re.compile(r"(?:\s+[\w’'-]+){0,3}")


def _words_before_name(window: str) -> str:
    """``_WORDS_BEFORE_NAME.search(window).group(1)`` (up to three words, each followed by white
    space, that end the window), read from the end: the search tries every position of the window
    and three words from each; the reversed window is matched once at its start."""
    return window[len(window) - _WORDS_BEFORE_NAME_REVERSED.match(window[::-1]).end():]


#: capitalised words that open a body's name ("General Staff", "Southern Command"): no role of a person
_BODY_NAME_WORDS = vocab.TablePattern("body_name_words", ("speech_words",), lambda: (
    r"(?:\b[A-Z][\w-]*\s+)+(?=" + _mentions.ORGANISATION_WORDS.pattern + r")"))
_APPOSED_AFTER = re.compile(r",\s+(?:a|an)\s+(?:\d+-year-old\s+)?[a-z]")
#: the words of a naming formula ("call sign", "callsign", "nom de guerre", "code name"): the name after them is one
#: a person goes by (one definition for every rule that reads such a name)
NAMING_FORMULA = r"call[\s-]*sign|nom\s+de\s+guerre|code[\s-]*name"
#: "who gave only his call sign, Shaman", "with the call sign “Bereza”", "(nom de guerre Tur)": the name a soldier goes by
# (an apostrophe inside the name, "O’Hara", but never the closing single quote mark of "call sign ‘Bober’": sk27)
# (each alternative of NAMING_FORMULA and the three after it, a word and the regex after it, each first letter a branch:
# searched for in C, issue 17)
_CALL_SIGN = re.compile(case_insensitive_opening(
    [(a[:len(a) - len(a.lstrip("abcdefghijklmnopqrstuvwxyz"))], a.lstrip("abcdefghijklmnopqrstuvwxyz"))
     for a in (NAMING_FORMULA + r"|first\s+name|name\s+(?:only\s+)?as|identified\s+(?:[a-z]+\s+){0,3}?only\s+as").split("|")],
    not_after=r"\w")
                        + r"\s*,?\s*(?:(?i:is|of)\s+)?[“\"‘']?([A-Z][\w-]*(?:[’'][\w-]+)*)(?![\w-]|[’']\w)")
#: a sentence that opens with "He"/"She" and names nobody before a call sign ("He gave only his first name, Artem")
_HE_GAVE = re.compile(r"\s*(?:He|She)\s+(?:[a-z]+\s+){1,8}?(?i:" + NAMING_FORMULA + r"|first\s+name)\b")
#: ", the regional governor", ", a spokesman", ", spokesman for …": a comma and the words an apposition opens with
_APPOSITION_OPENS = vocab.TablePattern("speech_apposition_opens", ("speech_words",), lambda: (
    r",\s+(?:(?:the|a|an|its|his|her)\s|(?:" + "|".join(sorted(map(re.escape, _mentions.generic_roles()),
                                                                key=lambda w: (-len(w), w))) + r")\b)"), re.IGNORECASE)
#: ", who heads the … administration", ", who commands the 3rd Brigade": a relative clause that gives the office
_WHO_HEADS = re.compile(r",\s+who\s+(?:now\s+|also\s+)?(heads|leads|runs|commands|speaks\s+for)\s+(?:the\s+)?[^,.;:\n“”\"]{1,80}")
_THE_BEFORE_ROLE = re.compile(r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,2}$")
#: a verb right after a surname: the surname is a sentence's subject ("Hrytsenko is watching", "Kovalenko shrugged")
_SUBJECT_AFTER = re.compile(r"\s+[a-z]+(?:s|ed)\b")  # "is", "was", "has", "watches", "shrugged"
#: a word in small letters right after a surname that opens its sentence: its verb, whatever its ending ("read", "took")
_LOWER_WORD_AFTER = re.compile(r"[^\S\n]+[a-z]+\b")
#: a relative clause right after a surname ("Hordiienko, whose call sign was Fotograf, joined", "Koval, who …, said"),
#: or an age apposed to it ("Koval, 44, was born in Sumy": sk25)
_WHOSE_AFTER = re.compile(r",\s+(?:who|whose)\s|,\s+\d{1,3},\s")


def _role_in(phrase: str) -> str:
    """The first role word of ``phrase``; a deputy's with the office after it ("deputy defence minister":
    "deputy minister", not any deputy)."""
    role = _ROLE_WORDS.search(phrase)
    if role is None:
        return ""
    office = _ROLE_WORDS.search(phrase, role.end()) if role.group(1).lower() == "deputy" else None
    return f"deputy {office.group(1).lower().split()[-1]}" if office else role.group(1).lower()


def given_name(text: str, m: Mention) -> bool:
    """Whether the mention is the name a call-sign or first-name formula gives ("identified only by his first name,
    Dmytro", "with the call sign Zoria"): a person's one name, whom a later "he"/"she" may stand for."""
    sign = _CALL_SIGN.search(text, max(0, m.start - 60), m.end)
    return (sign is not None and sign.start(1) == m.start) or _PEN_NAME_BEFORE.search(text, max(0, m.start - 40), m.start) is not None \
        or _NAMED_BEFORE.search(text, max(0, m.start - 60), m.start) is not None


#: "Koval's assistant, an 18-year-old named ", "The platoon's medic, a young woman called ": a sentence's subject apposed
#: to the noun phrase that gives its name
_NAMED_SUBJECT_BEFORE = re.compile(r"[^,.;:“”\"\n]{1,60},\s+(?:an?|one)\s+(?:[\w’'-]+\s+){0,4}?(?:named|called)\s+")
#: "an 18-year-old named Denys", "a young woman called Oksana": a noun phrase that gives a person's one name
_NAMED_BEFORE = re.compile(r"\b(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,4}?(?:named|called)\s+$", re.IGNORECASE)


#: "who writes under the name Dvina", "known online as Dvina": a pen name before the mention
_PEN_NAME_BEFORE = re.compile(r"\b(?:under\s+the\s+(?:pen\s+|nick|screen\s+)?name|under\s+the\s+pseudonym|by\s+the\s+name|"
                              r"known\s+(?:online\s+)?as)\s+$")


def _appositions(reader) -> list[tuple[int, str, str]]:
    """(position, role word, person) for every person the article introduces with a role:
    "Oleh Kravets, the regional governor, said", "regional governor Oleh Kravets said",
    "Viktor Tregubov, spokesman for the Khortytsia group". A later "the governor" is that person."""
    text = reader.text
    found = []
    names = [m for m in reader.mentions if m.how in ("name", "title")]
    unknown = _mentions.unknown_names(reader.doc, 0, len(text), reader.mentions, reader.who)
    # a lone capitalised word is a person only with a title before it ("Mr Hollis"): else it may be
    # a sentence opener or a photo credit (a lone name that spoke is a speaker event instead)
    # "… a major with the call sign Kobzar …. In the evening Kobzar returned": the one name a formula gave, later a subject
    given = {m.speaker for m in unknown if m.how == "unknown name" and given_name(text, m)}
    # (… and a call sign in marks, "with the call sign ‘Bober’", which no mention reads: a scare quote's word, sk27)
    given |= {sign.group(1) for sign in _CALL_SIGN.finditer(text) if reader.doc.in_quote(sign.start(1))}
    reader.person_names = sorted((m for m in names + unknown if (_mentions.could_be_person(m.speaker, reader.who)
                                                                  or _mentions.nationality_noun(text, m.start, m.end))
                                  and (m.how != "unknown name" or " " in m.speaker
                                       or _TITLE_BEFORE.search(text, max(0, m.start - 20), m.start)
                                       # "Serhiy, a 34-year-old machine gunner, …": a first name given alone, apposed
                                       or (m.speaker in reader.who.first_names and _APPOSED_AFTER.match(text, m.end))
                                       # "he asked to be identified only by his first name, Dmytro", "a woman with the
                                       # call sign Zoria": the one name the text gives a person (sk17)
                                       or given_name(text, m)
                                       # "The Pole smiled.": a nationality's person noun, the person it refers to
                                       or _mentions.nationality_noun(text, m.start, m.end)
                                       # "Back at the market, Halyna counts her money.": a known first name as a subject
                                       or (m.speaker in reader.who.first_names and reader.opens_sentence(m))
                                       # "The first thing I noticed about Andrii was his hands.": a first name the
                                       # article gives no surname, outside quote marks, whoever is the subject (sk31)
                                       or (m.speaker in reader.who.first_names and not reader.doc.in_quote(m.start)
                                           and not _mentions.full_name_from_first(reader.doc, m.speaker, len(text),
                                                                                  reader.who))
                                       or (m.speaker in given and reader.opens_sentence(m))
                                       # "Marchenko's unit was ordered out.": the possessive of a subject
                                       or (text.startswith(("'s ", "’s "), m.end) and (reader.opens_sentence(m) or (
                                           # "… that supplied Yatsenko's battalion": the possessive of a full name before
                                           m.how == "unknown name"
                                           and " " in _mentions.full_name(reader.doc, m.speaker, m.start, reader.who))))
                                       # "Back at the post, Hrytsenko is watching": the surname of a full name before
                                       or (m.how == "unknown name" and (_SUBJECT_AFTER.match(text, m.end)
                                                                         # "Hordiienko, whose call sign was X, joined"
                                                                         or _WHOSE_AFTER.match(text, m.end)
                                                                         # "Yatsenko read it twice.", "Later, Koval
                                                                         # took the call": an irregular verb (sk32)
                                                                         or (_LOWER_WORD_AFTER.match(text, m.end)
                                                                             and reader.opens_sentence(m)))
                                           and " " in _mentions.full_name(reader.doc, m.speaker, m.start, reader.who)))),
                                 key=lambda m: m.start)
    # an institution's name is no person introduced with a role ("commander of Ukraine's National Guard")
    names += [m for m in unknown if " " in m.speaker and _mentions.could_be_person(m.speaker, reader.who)]
    military = _words("military_role")
    dotted_roles = military | _words("generic_role")  # "Col. A B", "Sen. A B"
    for m in names:
        person = _mentions.could_be_person(m.speaker, reader.who)  # (asked once per name: the rules below read it)
        after = _ROLE_AFTER_NAME.match(text[m.end:m.end + 80])
        if after is not None and _ROLE_COMMA_BEFORE.search(text, max(0, m.start - 100), m.start) is not None \
                and not _APPOSITION_OPENS.match(text, m.end):
            # "Ukraine's deputy defence minister, A B, met the Lithuanian defence minister": the name closes an
            # apposition to the role before it; the words after its comma are the sentence's, not another role
            # of his (", the regional governor," after "The head of X, A B," is still his)
            after = None
        elif after is not None and _NEXT_IN_LIST.match(text, m.end + after.end()) and (
                # the name is itself an item of the list, apposed after a comma ("a military analyst, A B, …"), not a
                # subject with its own apposition ("A B, a military analyst, Ukraine Today reported, thinks …")
                text.endswith(", ", 0, m.start) or _RANKS_BEFORE.search(text, max(0, m.start - 40), m.start)
                or _HONORIFIC_BEFORE.search(text, max(0, m.start - 12), m.start)):
            # "a military analyst, A B, a battalion commander, Colonel C D, and …": the role after the comma is the
            # next person's of a list, whose name follows it (sk17)
            after = None
        before = _words_before_name(text[max(0, m.start - 40):m.start])
        if before.endswith(("of ", "of the ", "for ", "for the ")) and not person:
            continue  # "Commander-in-Chief of the Armed Forces of Ukraine": the body the role serves, no holder
        # every role the introduction gives ("Major General A B, deputy head of …": the general and the
        # head; "Lieutenant General A B" as one titled mention: its own rank words)
        roles = {_role_in(phrase) for phrase in (after.group(1) if after else "", before)} - {""}
        if person:  # "Major General A B": the general too, not only the major
            roles |= {w.lower() for w in before.split()} & military
        else:  # "a general's rank in Ukraine's armed forces": no rank for a body
            roles -= military
        roles |= {_RANK_OF[w] for w in (w.rstrip(".").lower() for w in before.split()[-2:]) if w in _RANK_OF} \
            & military  # "says Maj A B": the abbreviated rank is a major's
        dotted = _DOTTED_RANKS.search(text, max(0, m.start - 16), m.start)  # "Col. A B" (a dot: no word for `before`)
        if dotted is not None:
            roles |= {_RANK_OF[w] for w in (w.rstrip(".").lower() for w in dotted.group(0).split()) if w in _RANK_OF} \
                & dotted_roles
        if m.how == "title" and person:
            # "Defense Ministry Spokesman Lieutenant-General A B": the rank too, not only the first role word
            roles |= {w.lower() for w in re.findall(r"[A-Za-z]+", m.as_written)} & military
            # "Gen. A B" of the tables (the abbreviated rank inside the titled mention): a general's, as "Gen. C D" is (mt7)
            roles |= {_RANK_OF[w.lower()] for w in _DOTTED_IN_TITLE.findall(m.as_written) if w.lower() in _RANK_OF} \
                & dotted_roles
        titled = _OFFICE_OF_BEFORE.search(text, max(0, m.start - 100), m.start) if not roles else None
        if titled is not None:  # "Commander of the Airborne Forces A B", "Spokesman for the X group of forces A B"
            roles.add(_role_in(titled.group(1)))
        rank = _ROLE_WORDS.search(m.as_written) if person else None
        if rank and rank.group(1).lower() in military:  # (not "the General Staff": no person)
            roles.add(rank.group(1).lower())
        elif rank and m.how == "title":  # "DPR Head Denis Pushilin", "Spokeswoman Maria Zakharova": the title's role
            roles.add(_role_in(m.as_written))
        office = after.group(0) + text[m.end + after.end():m.end + 80].split(",")[0] if after else ""
        # "the spokesman for the Navy, Captain Third Rank A B,": the rank between the comma and the name
        ranked = _RANKS_BEFORE.search(text, max(0, m.start - 40), m.start) \
            or _HONORIFIC_BEFORE.search(text, max(0, m.start - 12), m.start)  # "a British researcher, Dr A B"
        lead = ranked.start() if ranked is not None else m.start
        if not roles or (ranked is not None and roles <= military):
            comma = _ROLE_COMMA_BEFORE.search(text, max(0, lead - 100), lead) \
                if text.startswith((",", "."), m.end) or _AFFILIATION_AFTER.match(text, m.end) else None
            if comma is not None and not re.search(r"(?i)\baccording\s+to\b", text[max(0, comma.start() - 25):comma.start()]):
                office = comma.group(0)  # "The governor of X, A B, said"; "…, said the head of X, A B."
                nearest = list(_ROLE_WORDS.finditer(office))[-1]  # the role nearest the name
                plain = list(_ROLE_WORDS.finditer(_BODY_NAME_WORDS.compiled().sub(lambda w: " " * len(w.group(0)), office)))
                nearest = plain[-1] if plain else nearest  # "A spokesman for the General Staff, A B,": not "General"
                deputy = re.search(r"(?i)\bdeputy\s+(?:[\w-]+\s+)?$", office[:nearest.start()])  # "deputy defence minister, A B,"
                word = nearest.group(1).lower()
                roles.add("deputy " + word.split()[-1] if deputy else word)
        heads = _WHO_HEADS.match(text, m.end) if not roles else None
        if heads is not None:  # "A B, who heads the Kherson regional military administration, said": its head
            verb = heads.group(1).lower()
            roles |= {"commander"} if verb.startswith("command") else {"spokesman", "spokeswoman", "spokesperson"} \
                if verb.startswith("speaks") else {"head"}  # ("who speaks for the Southern Defence Forces": its spokesman)
            office = heads.group(0)
        if roles & _words("regional_head") and _REGIONAL.search(office):
            roles.add("governor")  # "A B, the head of the X Oblast Military Administration": the governor
        if "commander-in-chief" in roles:
            roles |= {"commander", "chief"}  # "the military chief", "the commander" later: the same person
        headed = _HEAD_OF_BODY.match(office) if office else None
        if headed is not None:  # "A B, the head of Ukraine's military intelligence agency" … "the military intelligence chief"
            body = headed.group(1).lower().split()
            roles |= {" ".join(body[i:]) + " chief" for i in range(len(body))}  # (and "the intelligence chief")
        found.extend((m.start, role, m.speaker) for role in roles)
    for sign in _CALL_SIGN.finditer(text):
        # "a drone platoon commander with the 65th Brigade, who gave only his call sign, Shaman": "the commander" is
        # Shaman (the last role word of the sentence before the call sign)
        begin = max(text.rfind(".", 0, sign.start()), text.rfind("\n", 0, sign.start()), sign.start() - 160)
        roles = list(_ROLE_WORDS.finditer(text, begin, sign.start()))
        if roles:
            found.append((sign.start(1), roles[-1].group(1).lower(), sign.group(1)))
        elif _HE_GAVE.match(text, begin + 1 if text[begin:begin + 1] in ".\n" else begin):
            # "“…,” the captain said. He gave only his first name, Artem.": the role of the sentence before is the
            # one so named, from that role's words on (so "the captain" there is already Artem)
            before = max(text.rfind(".", 0, begin), text.rfind("\n", 0, begin), begin - 200)
            roles = list(_ROLE_WORDS.finditer(text, before, begin))
            if roles:
                at = roles[-1].start()
                the = _THE_BEFORE_ROLE.search(text, max(before, at - 40), at)  # before "the" of "the captain"
                found.append(((the.start() if the is not None else at) - 1, roles[-1].group(1).lower(), sign.group(1)))
    for a, b in reader.doc.furniture:
        # a caption's pictured person introduced with a role ("Col A B, commander of the 21st Brigade, says his
        # men … CREDIT: …") is whom a later "the colonel" stands for (never "he": the caption stays furniture)
        pictured = _CAPTION_PERSON.match(text, a, b)
        after = _ROLE_AFTER_NAME.match(text, pictured.end(2), b) if pictured is not None else None
        if after is not None:
            ranks = {_RANK_OF.get(w.rstrip(".").lower(), w.lower()) for w in pictured.group("rank").split()}
            roles = ({_role_in(after.group(1))} | (ranks & _words("military_role"))) - {""}
            found.extend((pictured.start(2), role, pictured.group(2)) for role in roles)
    return sorted(found)


def _office_holders(reader: _Reader, layer: Speech, readings) -> None:
    """ "the Russian defence minister said" that the resolution above leaves open (no holder named in the article):
    whoever the tables say held that office on the statement's day (``office_holder``), for the act and for the
    quotes it attributes alike (claims and quotes read one speaker); not "a …", not a "former …" one, not a deputy."""
    open_acts = [k for k, act in enumerate(layer.acts) if act.speaker.how == "unresolved role"]
    if not open_acts:  # (prefilter: most acts are resolved)
        return
    doc = reader.doc
    for k in open_acts:
        act = layer.acts[k]
        written = act.speaker.as_written
        if _mentions.INDEFINITE.match(written) or FORMER.search(written) or _mentions.DEPUTY.search(written):
            continue
        holder = office_holder(doc, written, act.cue.start, doc.published if act.date is None else act.date, layer.acts)
        if not holder:
            continue
        layer.acts[k] = replace(act, speaker=Mention(act.speaker.start, act.speaker.end, holder, written, "role"))
        for r in readings:
            if r.cue_start == act.cue.start and r.attribution == "unresolved role" and r.as_written == written \
                    and not r.speaker:
                r.speaker, r.attribution = holder, "role"


def office_holder(doc, phrase: str, pos: int, day, acts) -> str:
    """The person an office phrase names ("Commander-in-chief of Ukraine's military"): a person of
    data/speakers.csv whose role (no generic word alone) stands in the phrase, of the country it
    names, holding it on ``day``; the one who spoke last before ``pos`` when several fit, else the
    only one; "" when none or several fit. ``acts``: the article's speech acts (who speaks in it). The one
    reading of an office the layer's own resolution leaves open (``_office_holders``), which claims' own acts read too."""
    who = _mentions.people()
    lowered = phrase.lower().replace("’", "'")
    # what the phrase names depends on the phrase only: read once per phrase, with patterns compiled once (from the
    # who-is-who: dropped whenever a table it is compiled from changes, lk1)
    read_from = ("speakers", "countries", "places", "first_names", "speech_words")  # (``_mentions.people``'s tables)
    tables = vocab.compiled("claims_role_holder", read_from, lambda: (
        [(country, re.compile(r"(?<![\w'])" + re.escape(form.lower().replace("’", "'")) + r"(?![\w-])"))
         for form, country in who.country_of_form.items()],
        {name: [(r, re.compile(r"(?<![\w-])" + re.escape(r) + r"(?![\w-])")) for r in speaker.roles]
         for name, speaker in who.speakers.items()}, {}))
    read = tables[2].get(lowered)
    if read is None:
        read = ({country for country, form in tables[0] if form.search(lowered)},
                {name: [r for r, pattern in roles if pattern.search(lowered)] for name, roles in tables[1].items()})
        if len(tables[2]) < 50_000:
            tables[2][lowered] = read
    countries = set(read[0])
    speaking = getattr(doc, "_office_speaking", None)  # who speaks in the article, gathered once per document
    if speaking is None or speaking[0] is not acts or speaking[1] != len(acts):
        speaking = doc._office_speaking = (acts, len(acts), {a.speaker.speaker for a in acts})
    fits, offices, speaking, office_named = [], [], speaking[2], False
    head = lowered.split()[-1] if lowered.split() else ""
    ranks = vocab.speech_words()["rank"]  # "the Ukrainian commander": a rank anybody may hold names no one by itself
    for name, speaker in who.speakers.items():
        if speaker.kind != "person" or (countries and speaker.country not in countries):
            continue
        # an office ("commander-in-chief", "defence minister"); a one-word role ("president") only
        # for someone the article quotes, or as the head of the phrase ("the Russian president", not a rank)
        named = read[1][name]
        office = any(" " in r or "-" in r for r in named)
        office_named = office_named or office
        if not speaker.holds_on(day):
            continue
        if office:
            offices.append(name)
        elif any(name in speaking or (r == head and head not in ranks) for r in named):
            fits.append(name)
    # "defence minister" names its holder that day (nobody between two holders), never any "minister"
    fits = offices if office_named else fits
    if len(fits) == 1 and office_named and fits[0] not in speaking:
        # "Commander-in-chief of Ukraine's military continued …" in an article that never quotes the table's holder
        # but gives that office to someone it quotes ("Commander-in-Chief …, A B, warned"): that one
        apposed = _office_apposed(doc, [r for r in read[1][fits[0]] if " " in r or "-" in r], speaking - {fits[0]})
        fits = [apposed] if apposed else fits
    if len(fits) > 1:
        spoke = {a.speaker.speaker: a.cue.start for a in acts if a.cue.start < pos}
        fits = sorted((n for n in fits if n in spoke), key=lambda n: spoke[n])[-1:]
    return fits[0] if len(fits) == 1 and countries else ""


def _office_apposed(doc, offices: list[str], speaking: set) -> str:
    """The one person who speaks in the article and stands within a few words of one of ``offices`` written
    in it ("Commander-in-Chief of the Armed Forces of Ukraine, A B, …", "B, commander-in-chief of …"); ""."""
    text, found = doc.text, set()
    people = [name for name in speaking if name and " " in name and _mentions.is_person(name)]
    for office in offices:
        for m in re.finditer(r"(?i)(?<![\w-])" + re.escape(office) + r"(?![\w-])", text):
            window = text[max(0, m.start() - 40):m.end() + 80]
            found |= {name for name in people if name.split()[-1] in window}
    return found.pop() if len(found) == 1 else ""


#: "who writes under the name X", ", who blogs as X,", "known online as X": the name a writer publishes under
_PEN_NAME_CUE = lazy_fail_fast(r"under\s+the\s+(?:pen\s+|nick|screen\s+)?name|pseudonym|\b(?:blogs|writes|posts|known\s+online)\s+as\b")
_PEN_NAME = re.compile(r"(?P<np>(?<![\w’'-])[Aa]n?\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s*,?\s+"
                       r"(?:who\s+(?:writes|blogs|posts|publishes|goes|is\s+known)\s+(?:online\s+)?"
                       r"(?:under\s+the\s+(?:pen\s+|nick|screen\s+)?name|under\s+the\s+pseudonym|by\s+the\s+name|as)"
                       r"|known\s+(?:online\s+)?as|using\s+the\s+(?:pen\s+|nick|screen\s+)?name)\s+"
                       r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def _without_article(words: str) -> str:
    return re.sub(r"^(?:an?|the)\s+", "", words.strip().lower())


_PEN_NAME_GUARD = RuleGuard(_PEN_NAME_CUE)


def _pen_names(reader: _Reader, layer: Speech, readings) -> None:
    """ "A pro-Kremlin military blogger who writes under the name X said …", "A Russian blogger, who blogs as X, wrote
    …": the writer is labelled by that name, in the sentence and wherever the article takes him up by the same words
    ("the blogger wrote" read as that indefinite phrase); the relative clause's verb ("writes") reports no words."""
    text = reader.text
    if not reader.may_match(_PEN_NAME_GUARD) or _PEN_NAME_CUE.search(text) is None:  # (prefilter: most copy names no pen name)
        return
    for m in _PEN_NAME.finditer(text):
        if reader.doc.in_quote(m.start("name")):  # (a pen name inside quotation marks is somebody's words)
            continue
        name, words = m.group("name"), _without_article(m.group("np"))
        a, b = m.start("name"), m.end("name")
        acts = []
        for act in layer.acts:
            if m.end("np") <= act.cue.start < a:
                continue  # "who writes under the name": no speech of its own
            s = act.speaker
            if a <= s.start < b or (s.start >= m.start() and not s.speaker and _without_article(s.as_written) == words):
                act = replace(act, speaker=Mention(s.start, s.end, name, s.as_written, "unknown name"))
            acts.append(act)
        layer.acts[:] = acts
        for r in readings:
            if not r.speaker and _without_article(r.as_written) == words and r.cue_start >= m.start():
                r.speaker = name


#: "Robert Brovdi, better known by his call sign Madyar,", "A B, known to his men as “Tsar”": a named person's call
#: sign or nickname (the name, then the word the article goes on calling him by)
_KNOWN_AS = re.compile(r"(?P<full>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:(?:better|also|widely|best)\s+)?known\s+"
                       r"(?:(?:to\s+(?:his|her|their)\s+[a-z]+\s+)?as|by\s+(?:his|her|the)\s+(?:call\s+sign|callsign|nickname|"
                       r"nom\s+de\s+guerre))\s+[“\"‘']?(?P<alias>[A-Z][\w’'-]+)[”\"’']?")


_KNOWN_HIT = re.compile(r"known\s+(?:to\s+(?:his|her|their)\s+[a-z]+\s+)?(?:as|by)\s")


def _nicknames(reader: _Reader, layer: Speech, readings) -> None:
    """ "Robert Brovdi, better known by his call sign Madyar, …" then "“…,” Madyar said": the words of the person so
    named, by the full name (in the quotes and the acts after the introduction)."""
    text = reader.text
    if "known" not in text:  # (prefilter: most copy gives no call sign so)
        return
    found = []
    at = text.find("known")
    while at >= 0:  # (the name pattern only in a window before each "known as"/"known by")
        hit = _KNOWN_HIT.match(text, at) if not (at and text[at - 1].isalnum()) else None
        m = _KNOWN_AS.search(text, max(0, at - 90), hit.end() + 60) if hit is not None else None
        if m is not None and m.start("alias") >= hit.end() and (not found or m.start() != found[-1].start()):
            found.append(m)
        at = text.find("known", at + 5)
    for m in found:
        full, alias = " ".join(m.group("full").split()), m.group("alias")
        if not _mentions.could_be_person(full, reader.who) or alias in reader.who.alias_to_name:
            continue
        for r in readings:
            if r.speaker == alias and r.cue_start >= m.start():
                r.speaker = full
        layer.acts[:] = [replace(act, speaker=replace(act.speaker, speaker=full))
                         if act.speaker is not None and act.speaker.speaker == alias and act.cue.start >= m.start()
                         else act for act in layer.acts]


def _title_words_only(words: str) -> bool:
    """Capitalised title words only ("President", "Defence Minister")."""
    split = words.split()
    return 0 < len(split) <= 4 and all(w[:1].isupper() for w in split)


#: a leader's spokesperson by the possessive: "Putin's spokesman", "Zelensky's press secretary" (one office, any word)
#: the spokesperson nouns, and what a body's press unit is called ("press service", "press office"): the fragments the
#: spokesperson and press-service rules here and in ``_subjects`` share
_SPOKESPERSON_NOUN = r"spokes(?:man|woman|person)"
PRESS_UNIT = r"(?:service|office|centre|center)"
_SPOKES = r"(?:" + _SPOKESPERSON_NOUN + r"|press\s+secretary|press\s+officer)"
_POSSESSOR_ROLE = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w’'-]+)['’]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


@functools.lru_cache(maxsize=64)
def _possessor_apposition(owner: str, role: str) -> re.Pattern:
    """ "A B, Putin's spokesman," / "Putin's spokesman, A B,": a full name apposed to the owner's role (compiled once
    per owner and role)."""
    name = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
    held = rf"(?:the\s+)?{re.escape(owner)}['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?{role}(?![\w’'-])"
    return re.compile(rf"{name},\s+{held}|{held},\s+{name}")


def _leaders_office_holder(reader: _Reader, owner: str, role: str) -> str:
    """The one person of a leader's country whose table roles hold ``role`` and who holds office on the statement's day
    ("Zelensky's chief of staff": the head of the presidential office that day); "" when the owner is no leader of the
    tables or none or several fit."""
    who = reader.who
    leader = who.alias_to_name.get(owner)
    known = who.speakers.get(leader) if leader else None
    if known is None or known.kind != "person" or not {"president", "leader", "head of state"} & set(known.roles):
        return ""
    day = reader.role_day
    fits = [name for name, of in _with_role(who, role) if of == known.country and name != leader
            and role in who.speakers[name].roles
            and (pd.isna(day) or who.speakers[name].holds_on(day.strftime("%Y-%m-%d")))]
    return fits[0] if len(fits) == 1 else ""


def _possessor_role(reader: _Reader, mention: Mention) -> Mention | None:
    """ "Putin's spokesman said:" after "Dmitry Peskov, Putin's spokesman, said": the one the article apposed to that
    leader's office before (a spokesman, spokeswoman, press secretary or press officer are one office); None when
    nobody was (the words stay an unnamed source)."""
    held = _POSSESSOR_ROLE.fullmatch(mention.as_written.strip())
    if held is None:
        return None
    role = held.group(2).lower()
    role = _SPOKES if re.fullmatch(_SPOKES, role) else re.escape(role)
    last = None
    for last in _possessor_apposition(held.group(1), role).finditer(reader.text, 0, mention.start):
        pass
    if last is None:  # "Zelensky's chief of staff, a former film producer, said": the tables' one holder that day
        holder = _leaders_office_holder(reader, held.group(1), held.group(2).lower()) \
            or _introduced_with_role(reader, held.group(2).lower(), mention.start)
        return Mention(mention.start, mention.end, holder, mention.as_written, "role") if holder else None
    k = 1 if last.group(1) else 2
    read = next((m.speaker for m in reader.mentions_between(last.start(k), last.end(k)) if m.speaker
                 and m.end <= last.end(k) and _mentions.could_be_person(m.speaker, reader.who)), last.group(k))
    return Mention(mention.start, mention.end, read, mention.as_written, "role")


def _introduced_with_role(reader: _Reader, role: str, pos: int, whole_sentence: bool = False) -> str:
    """ "“…,” Yermak's deputy said" after "Sitting beside him was Oleh Tarasiuk, a former drone maker who became deputy
    head of the presidential office": the person named in the paragraph before (or this one) whose introduction, the
    rest of the sentence after the name, holds the role's last word; the last one so introduced, "" if none. With
    ``whole_sentence``, any word of the role anywhere in the name's sentence ("the committee chairman said" after "The
    head of the … Committee, Linas Vaitkus, was more cautious.")."""
    doc = reader.doc
    here = doc.sentence_at(pos)
    if here is None:
        return ""
    paragraph = here.paragraph
    start = doc.paragraphs[doc.story_back(paragraph, 1) if paragraph else 0][0]
    if whole_sentence:  # a body's word of the office, capitalised in the introduction ("the … Committee")
        offices = reader.who.title_words | _words("generic_role")
        words = [w.capitalize() for w in role.lower().split()
                 if w not in english.DETERMINERS and w not in offices]
    else:
        words = role.split()[-1:]
    if not words:
        return ""
    word = re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w’'-])",
                      0 if whole_sentence else re.IGNORECASE)
    found = ""
    for m in reader.person_names:
        if m.start < start or m.end > here.start:
            continue
        sentence = doc.sentence_at(m.start)
        if sentence is not None and m.how != "role" and " " in reader.full(m) and (
                word.search(reader.text, m.end, sentence.end)
                or (whole_sentence and word.search(reader.text, sentence.start, m.start))):
            found = reader.full(m)
    return found


#: An indefinite article (and adjectives) before a body's name: "A senior NATO official", "an OSCE monitor": a word of
#: mentions.INDEFINITE, its first letter of either case (not "ONE")
_INDEFINITE_BEFORE = re.compile(r"(?<![\w’'-])(?=\w[a-z]*\s)(?i:" + _mentions.INDEFINITE.pattern + r")\s*"
                                r"(?:[a-z][\w-]*\s+){0,2}$")
_THE_NOUN = re.compile(r"(?i)(the|its)\s+([a-z]+)")
#: "the intelligence official", "the military official": "the", one or two lower-case modifiers, the noun
_THE_MODIFIED_NOUN = re.compile(r"[Tt]he\s+((?:[a-z][a-z-]*\s+){1,2})([a-z]+)")
#: the end of a name an introduction is apposed to ("A B, a former sapper"): a capitalised word and a comma
_APPOSED_TO_NAME = re.compile(r"[A-Z][\w’'.-]*,\s$")
#: "A B, the governor, during a telethon on Thursday said": an occasion (its day taken out) between a named subject
#: and the verb, no commas around it, is no gap (lower-case words only: "at a meeting with C" keeps C's name)
#: ("A B, in a comment to our outlet, said", "in an interview with the BBC said": who heard it after "to"/"with", sk33)
_OCCASION_BETWEEN = re.compile(r"^\s*,?\s*(?:during|at|in|after|following)\s+(?:an?|the|his|her|their|a\s+regular)\s+"
                               r"(?:[a-z][\w-]*\s+){1,3}?(?:(?:to|with)\s+(?:[\w’'.-]+\s+){1,4}?)?"
                               r"(?:(?:on|late|early)\s+)?(?=\s*,?\s*$)")
#: "the 41-year-old said", "the 41-year-old commander added": a person known by the age the article gave
_AGED_SUBJECT = re.compile(r"(?<![\w’'-])([Tt]he\s+(\d{1,3})-year-old(?:\s+[a-z][\w-]*){0,2})\s*$")
#: where an age is given: "A B, 41, said", "A B, a 41-year-old former teacher,", "41-year-old A B"
_AGE_GIVEN = re.compile(r",\s+(?:an?\s+)?(\d{1,3})(?:,|-year-old\b)|\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,3}(?=[A-Z])")


def _aged_person(reader: _Reader, age: str, pos: int) -> str:
    """The person the article gave the age ``age`` before ``pos`` (the last so introduced), "" if none."""
    found = ""
    for given in _AGE_GIVEN.finditer(reader.text, 0, pos):
        if (given.group(1) or given.group(2)) != age:
            continue
        names = reader.person_names
        if given.group(1):  # the name right before the comma
            k = bisect_left(reader.person_name_starts, given.start())
            m = names[k - 1] if k else None
            if m is not None and m.end == given.start():
                found = reader.full(m)
        else:  # the name right after the age
            k = bisect_left(reader.person_name_starts, given.end())
            if k < len(names) and names[k].start == given.end():
                found = reader.full(names[k])
    return found if found and _mentions.could_be_person(found, reader.who) else ""
_institution_nouns_of: list = [None, frozenset()]


def _institution_nouns(who) -> frozenset:
    """Every word of an institution's or a medium's roles in the table (built once per who-is-who)."""
    if _institution_nouns_of[0] is not who:
        heads = _words("institution_noun")  # (and the head that opens a body's name: "Institute for the Study of War")
        _institution_nouns_of[:] = [who, frozenset(w for s in who.speakers.values() if s.kind != "person"
                                                   for r in s.roles for w in r.split())
                                    | {s.name.lower().split()[0] for s in who.speakers.values() if s.kind != "person"
                                       and s.name.lower().split()[0] in heads}]
    return _institution_nouns_of[1]


_NOT_MODIFIERS = frozenset("the a an of in on at to for from with by after before and or but that who which as "
                           "said says told was were is are had has his her its their this".split())


def _introduced() -> re.Pattern:
    """ "a/an/one/another … <introduced_noun>" ("a senior US official", "a brigade commander"): an unnamed person
    introduced; the nouns are the ``introduced_noun`` rows of ``data/speech_words.csv`` (built once)."""
    def build():
        # ("no word character before" after the first letter, each letter a branch: searched for in C, issue 17)
        return re.compile(r"(?:A(?<![\w’'-].)(?:n?|nother)|a(?<![\w’'-].)(?:n?|nother)|O(?<![\w’'-].)ne|o(?<![\w’'-].)ne)"
                          r"\s+((?:(?!(?i:" + trie_pattern(_NOT_MODIFIERS, ignore_case=True)
                          + r")\s)(?:(?:[A-Z]\.)+|[\w’'-]+)\s+){0,4})(?P<head>"
                          + trie_pattern(_words("introduced_noun"))
                          + r")(?![\w-])")
    return vocab.compiled("introduced", ("speech_words",), build)


def _countries_in(words: str, who) -> frozenset:
    """The countries a phrase's nationality words name ("a senior US official" → United States)."""
    forms = who.country_of_form
    return frozenset(forms[w] for w in re.findall(r"[A-Z][\w’'.-]*", words) if w in forms)


def _introductions(doc, who) -> dict:
    """Each "a/an/one … <speaking noun>" outside quotes, indexed for :func:`same_one`: head noun →
    (positions, (position, words, countries) entries, how many nationalities so far), and (head noun,
    countries) → (positions, entries)."""
    index: dict = {}
    for m in _introduced().finditer(doc.text):
        if doc.in_quote(m.start()) or any(w.lower() in _NOT_MODIFIERS for w in m.group(1).split()):
            continue
        entry = (m.start(), m.group(0), _countries_in(m.group(0), who))
        head = m.group("head").lower()
        positions, entries, distinct = index.setdefault(head, ([], [], []))
        same = index.setdefault((head, entry[2]), ([], []))
        positions.append(entry[0])
        entries.append(entry)
        distinct.append((distinct[-1] if distinct else 0) + (not same[0]))  # a nationality not seen before
        same[0].append(entry[0])
        same[1].append(entry)
    return index


#: a bare second reference to people the copy does not name: "the official", "The officials", "one of the officials"
#: (the determiner, then the head noun, nothing between)
_BARE_GROUP_REFERENCE = re.compile(r"((?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome)\s+of\s+the|[Tt]he)\s+([a-z]+)")
#: what opens an unnamed group's words before its modifiers ("One of the Western officials", "Some U.S. officials")
_GROUP_LEAD = re.compile(r"(?:(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther)\s+of\s+)?"
                         r"(?:(?:[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree)\s+)?")


def sided_group(written: str, who) -> tuple[str, str] | None:
    """ "Western officials", "One of the U.S. officials", "senior Ukrainian military officials": an unnamed group
    whose words name a country or a bloc before a plural ``speaking_group`` head, as (head noun, the group's words
    without their lead); None for any other words ("officials", "the officials", "Military analysts") (sk35)."""
    words = _GROUP_LEAD.sub("", written.strip(), count=1)
    parts = words.split()
    if len(parts) < 2 or parts[-1].lower() not in _words("speaking_group"):
        return None
    forms = who.country_of_form
    if not any(w in forms or w.lower() in _words("bloc_word") for w in parts[:-1]):
        return None
    return parts[-1].lower(), words


def speaking_group_head(written: str) -> str | None:
    """The plural ``speaking_group`` head noun of an unnamed group's words, whatever qualifies it ("Local officials",
    "officials", "U.S. officials" → "officials"); None for other words: the groups ``group_back_reference`` takes
    the latest of (rv22c)."""
    parts = written.split()
    return parts[-1].lower() if parts and parts[-1].lower() in _words("speaking_group") else None


def group_back_reference(groups: list, mention: Mention) -> Mention | None:
    """ "U.S. officials said … The officials cautioned …", "Western officials said …. “…,” the official said": a bare
    second reference to unnamed people ("the official", "the officials", "one of the officials") whose head noun is
    that of the last group before it, when a country or a bloc qualified that group (``groups``: (position, head,
    words), in order, of the unnamed groups that spoke, ``words`` empty for a group nothing sides: "Local officials"):
    one of that group, written as the group was ("one of the Western officials", "U.S. officials"), so that every table
    labels it as the group's side (``Western official (unnamed)``, ``US officials``); None when no such group spoke
    before, the last group of that head has no side (rv22c), or the words are not bare (sk35)."""
    if not groups or mention.speaker or mention.how != "unnamed source":
        return None
    bare = _BARE_GROUP_REFERENCE.fullmatch(mention.as_written.strip())
    if bare is None:
        return None
    noun, one = bare.group(2).lower(), " of " in bare.group(1)
    k = bisect_left(groups, (mention.start,))
    for at, head, words in reversed(groups[:k]):
        if head.rstrip("s") != noun.rstrip("s"):
            continue
        if not words:  # "Local officials said …. The officials said …": the latest group, which nothing sides
            return None
        if head == noun and not one:  # "the officials": the group itself
            return Mention(mention.start, mention.end, "", words, "unnamed source")
        if head.rstrip("s") == noun.rstrip("s"):  # "the official", "one of the officials": one of them
            return Mention(mention.start, mention.end, "", f"{bare.group(1).split()[0].lower()} of the {words}"
                           if one else f"one of the {words}", "unnamed source")
    return None


#: a capital fronted before a sentence's subject: "In Beijing, a foreign ministry spokesperson said …"
_FRONTED_CAPITAL = re.compile(r"\s*(?:In|From)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s*,\s*")
#: one unnamed person introduced ("a", "an", "one"), nothing placing him yet ("… in Kyiv", "… at the ministry")
_PLACELESS_ONE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s(?!.*\s(?:in|at|from|of|for|near)\s)")


def fronted_capital(text: str, subject: Mention, s_start: int) -> Mention | None:
    """ "In Beijing, a foreign ministry spokesperson said …": one unnamed person a sentence opens on right after a
    fronted capital is placed there, written as "… in Beijing" (the label grammar's rule 5 then gives the capital's
    country: ``Chinese Foreign Ministry spokesperson (unnamed)``, as "a senior official in Kyiv" is ``senior Ukrainian
    official (unnamed)``); None for anyone else, or any other opening (sk35)."""
    if subject.speaker or subject.how != "unnamed source" or not _PLACELESS_ONE.match(subject.as_written.strip()):
        return None
    fronted = _FRONTED_CAPITAL.fullmatch(text, s_start, subject.start)
    if fronted is None or vocab.country_forms().get(fronted.group(1), ("", ""))[1] != "capital":
        return None
    return Mention(subject.start, subject.end, "", f"{subject.as_written.strip()} in {fronted.group(1)}", "unnamed source")


_ADJACENT = 300  # characters: an introduction this close before "the official" is the one it stands for


def same_one(introductions: dict, written: str, pos: int, who, spoke=None) -> list:
    """Whom "the official" / "the Russian official" at ``pos`` may stand for: those introduced before
    with the same head noun and, when the phrase names a nationality, the same one (latest last); with
    no nationality, all those introduced with that head must be of one nationality (after "a US
    official" and "a Ukrainian official", "the official" is either: [], never a guess)."""
    words = written.lower().split()
    if not words:
        return []
    head, countries = words[-1], _countries_in(written, who)
    if countries:
        positions, entries = introductions.get((head, countries), ((), ()))
        return entries[:bisect_left(positions, pos)]
    positions, entries, distinct = introductions.get(head, ((), (), ()))
    k = bisect_left(positions, pos)
    if k and distinct[k - 1] != 1 and spoke is not None and pos - positions[k - 1] <= _ADJACENT \
            and spoke(positions[k - 1]):
        # "A U.S. official, speaking on condition of anonymity, said …. “…,” the official said": the one
        # introduced, and heard, in the lines just before (not one who was only mentioned there)
        return entries[k - 1:k]
    return entries[:k] if k and distinct[k - 1] == 1 else []


def _office_spoke_since(reader: _Reader, mention: Mention, since: int) -> Mention | None:
    """The unnamed holder of a place's office ("the head of the city's military administration") who spoke after
    ``since`` and before ``mention``, when nobody named spoke in between (None otherwise): whom a bare "the official"
    stands for."""
    if not reader.unnamed_offices:
        return None
    k = bisect_left(reader.unnamed_offices, (mention.start,))
    if not k or reader.unnamed_offices[k - 1][0] <= since:
        return None
    at, words = reader.unnamed_offices[k - 1]
    if any(e.speaker and at < e.pos < mention.start for e in reader.events[-12:]):
        return None
    return Mention(mention.start, mention.end, "", words, "unnamed source")


def _given_in_introduction(reader: _Reader, at: int) -> str:
    """The one name a naming formula gives the unnamed person introduced at ``at`` in that person's own clause ("The
    main witness, a marine identified in court only as “Andrii”, 31, said …", "A medic who gave only her first name,
    Olha, said …"): the name, or "" (another person named first, or no formula before the clause's verb) (sk29)."""
    text = reader.text
    end = min(reader.doc.sentence_end(at), at + 200)
    sign = _CALL_SIGN.search(text, at, end)
    if sign is None or any(c.kind == "speech" for c in reader.cues_between(at, sign.start())):
        return ""
    if any(m.how in ("name", "title", "unknown name") and m.end <= sign.start()
           and _mentions.could_be_person(m.speaker, reader.who) for m in reader.mentions_between(at, sign.start())):
        return ""
    return sign.group(1)


def _back_reference(reader: _Reader, mention: Mention) -> Mention | None:
    """ "The group said" after "the monitoring group DeepState": the last institution that spoke or
    was named before, one of whose roles holds that noun; "Its analysts said": the last institution
    that spoke (its people speak for it)."""
    match = _THE_NOUN.fullmatch(mention.as_written)
    modified = _THE_MODIFIED_NOUN.fullmatch(mention.as_written) if match is None else None
    if match is None and modified is None:
        return None
    # "the intelligence official" after "A senior European intelligence official, …, said": that one, when its
    # introduction holds the lower-case words before the noun too
    modifiers = modified.group(1).lower().split() if modified is not None else []
    who, noun = reader.who, (match or modified).group(2).lower()
    if modified is not None or match.group(1).lower() == "the":
        # "The official, who asked not to be named, said" after "A senior US official told reporters": that one
        same = []  # the latest of those it may stand for who spoke
        introduced = same_one(reader.introductions(), mention.as_written, mention.start, reader.who,
                               lambda p: any(0 <= e.pos - p <= 200 and not e.speaker for e in reader.events[-30:]))
        if modifiers:  # (not one apposed to a name: "A B, a former sapper, …" is A B, read by the appositions; one
            # apposed to a common noun is that person: "an older man, a Ukrainian border guard captured in …")
            fitting = [one for one in introduced if set(modifiers) <= set(one[1].lower().split())]
            introduced = [one for one in fitting if not _APPOSED_TO_NAME.search(reader.text, max(0, one[0] - 40), one[0])]
            if fitting and fitting[-1] not in introduced:
                # "Taras Bondar, a Ukrainian border guard, …" then "the border guard said": the named person (a noun
                # that speaks for a body too, "guard", is no head the appositions read)
                person = next((m for m in reader.mentions_between(max(0, fitting[-1][0] - 60), fitting[-1][0])
                               if m.end == fitting[-1][0] - 2 and m.speaker
                               and _mentions.could_be_person(m.speaker, reader.who)), None)
                if person is not None:
                    return Mention(mention.start, mention.end, person.speaker, mention.as_written, "role")
        office = _office_spoke_since(reader, mention, introduced[-1][0] if introduced else -1) \
            if noun in _words("second_reference") else None
        if office is not None:  # "the head of the city's administration, who …, said …. “…,” the official said": that one
            return office
        for one in reversed(introduced):
            k = bisect_left(reader.unnamed, (one[0],))
            if k < len(reader.unnamed) and reader.unnamed[k][0] == one[0]:
                same = reader.unnamed[k:k + 1]
                break
        if same or introduced:
            at, words = same[-1] if same else introduced[-1][:2]
            # "A Ukrainian official … has described …" in the lede, the next paragraph opening "A B, deputy mayor of
            # X, …": the official is A B
            named = _named_below(reader, Mention(at, at + len(words), "", words, "unnamed source"))
            if named is not None and named.speaker:
                return Mention(mention.start, mention.end, named.speaker, mention.as_written, "role")
            sign = _given_in_introduction(reader, at)
            if sign:  # "A drone operator who gave only his first name, Taras, said …. “…,” the operator said": Taras
                return Mention(mention.start, mention.end, sign, mention.as_written, "role")
        if same:
            return Mention(mention.start, mention.end, "", same[-1][1], "unnamed source")
        if introduced:  # "A senior official briefed reporters. The official said": the one introduced, as claims read it
            return Mention(mention.start, mention.end, "", introduced[-1][1], "unnamed source")
    if modified is not None:
        return None
    if match.group(1).lower() == "its":
        if noun not in _words("speaking_noun"):
            return None
        found = _last_speaker(reader, mention, person=False)
        return Mention(found.start, found.end, found.speaker, found.as_written, "role") if found.speaker else None

    if noun not in _institution_nouns(who):
        return None

    def fits(name: str) -> bool:
        known = who.speakers.get(name)
        # (or its name's head: "the institute" after "the Institute for the Study of War")
        return known is not None and known.kind != "person" and (any(noun in r.split() for r in known.roles)
                                                                  or name.lower().split()[0] == noun
                                                                  and noun in _words("institution_noun"))

    # where each fitting speaker last spoke before the mention (by bisection, not a walk over all events)
    cache = _institution_nouns_of[2] if len(_institution_nouns_of) > 2 else None
    if cache is None or cache[0] is not who:
        cache = (who, {})
        _institution_nouns_of[2:] = [cache]
    fitting = cache[1].get(noun)
    if fitting is None:  # the table's institutions of that noun, found once per noun
        fitting = cache[1][noun] = tuple(name for name in who.speakers if fits(name))
    table_fitting = fitting
    fitting = [name for name in fitting if name in reader.event_positions]
    spoke = max(((positions[k - 1], name) for name in fitting for positions in (reader.event_positions[name],)
                 for k in (bisect_left(positions, mention.start),) if k), default=None)
    spoke = _Event(spoke[0], spoke[1]) if spoke else None
    named = []  # the last institution named before: each fitting one's names by bisection (no rescan)
    for name in table_fitting:
        ms = reader.named.get(name, ())
        k = bisect_left(ms, mention.start, key=lambda m: m.start)
        while k and ms[k - 1].end > mention.start:
            k -= 1
        if k and (not named or ms[k - 1].start > named[0].start):
            named = [ms[k - 1]]
    best = max(([[spoke.pos, spoke.speaker]] if spoke else []) + [[m.start, m.speaker] for m in named[-1:]], default=None)
    if best is None:
        return None
    return Mention(mention.start, mention.end, best[1], mention.as_written, "role")


_SUBJECT_REACH = 2000
_QUOTED_PASSIVE = lazy_fail_fast(r"\b(?:was|were|is|has\s+been)\s+quoted\s+(?:\w+\s+)?as\s+$", re.IGNORECASE)
#: a role between a possessive or a title and a name ("the Kremlin's deputy spokesman", "Moscow's chief
#: envoy"): its modifiers and its head, written once for ``_ROLE_THEN_NAME`` and ``_TITLE_BEFORE_NAME`` (rv11)
_ROLE_BEFORE_NAME = (r"(?:(?:deputy|press|chief|senior|top|foreign|defence|defense|military|presidential)\s+)*"
                     r"(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|envoy|commander|chief|minister|secretary|"
                     r"official|head|leader|ambassador|representative|governor|mayor)\s+")
_ROLE_THEN_NAME = re.compile(r"(?:['’]s)?\s+" + _ROLE_BEFORE_NAME)
_QUOTING = re.compile(r"\s+(.{2,60}?)\s+as\s+(?:saying|telling|stating|declaring)\b")
_TITLE_BEFORE_NAME = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){1,3}" + _ROLE_BEFORE_NAME)
#: (and a part of a group: "…, several of whom have complained that …")
_RELATIVE_WHO = re.compile(r",\s*(?:who|which|(?:several|some|many|most|one|two|three|a\s+few|all|both)\s+of\s+whom)\s+"
                           r"(?:(?:also|then|later|has|had|have|repeatedly)\s+"
                           # "who has repeatedly claimed": a present perfect with its adverb, the speaker's standing
                           # claim ("who had repeatedly promised …, said": an earlier stance the main verb goes past,
                           # background; cl26)
                           r"|(?:has|have)\s+(?:long|also|[a-z]{3,}ly)\s+)?$")


#: "at two Western think tanks": a count and a capitalised origin before the bodies
_COUNTED_BODIES = re.compile(r"\s(?:at|from|with)\s+(" + english.number_words(2, 10) + r")\s+([A-Z][\w-]+)\s")


def _group_at() -> re.Pattern:
    """ "Analysts at three Western think tanks", "experts from several European institutes": a speaking group at bodies
    named by a common noun, ending where its verb starts (group 2: the body's head noun; built once)."""
    def build():
        return re.compile(r"(?:^|(?<=[\s,]))((?:[\w’'-]+\s+){0,2}(?i:" + _speaking_groups() + r")\s+(?:at|from|with)\s+"
                          r"(?:(?:two|three|four|several|some|many|various|a|an|the)\s+)?(?:[\w’'.-]+\s+){0,3}?"
                          r"([a-z][\w’'-]*))$")
    return vocab.compiled("group_at", ("speech_words",), build)


def _group_of() -> re.Pattern:
    """ "analysts at the ISW", "a spokesman for": a group of people (or a spokesperson) of the body after (built once)."""
    def build():
        return re.compile(r"\b(?:" + _speaking_groups() + r"|spokesman|spokeswoman|spokesperson)\s+(?:at|from|of)\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)
    return vocab.compiled("group_of", ("speech_words",), build)
_STATEMENT_AFTER = re.compile(r"\s+(?:a|an|the)\s+(?:new\s+|latest\s+|official\s+)?(?:statement|report|update|post|"
                              r"communique|announcement)\b(?!\s+(?:by|from|of)\b)", re.IGNORECASE)
_INVERTED_BEFORE = re.compile(r"[,”\"’]\s*$")


def _plural_antecedent(reader: _Reader, mention: Mention) -> Mention:
    """ "they said": the last institution that spoke (people named one by one are skipped); an
    unnamed group that spoke last ("officials said") leaves it unnamed."""
    if _opening_group(reader, mention.start) is not None:
        # "Pentagon officials have not published an estimate since the summer, when they said …": the group its own
        # sentence opens on, no body that spoke before (sk43; left unnamed, as an unnamed group that spoke last is)
        return Mention(mention.start, mention.end, "", mention.as_written, "unresolved pronoun")
    for event in reversed(reader.events[-8:]):
        if event.pos > mention.start or (event.person and event.speaker):
            continue
        if not event.speaker:
            break
        group = _group_opening_since(reader, event.pos, mention.start)
        if group is not None:
            return Mention(mention.start, mention.end, "", group.as_written, "unnamed source")
        return Mention(mention.start, mention.end, event.speaker, mention.as_written, "pronoun")
    return Mention(mention.start, mention.end, "", mention.as_written, "unresolved pronoun")


def _opening_group(reader: _Reader, pos: int):
    """The ``plural_voice`` group (``_group_before``) the sentence of ``pos`` opens on before ``pos``, or None."""
    here = reader.doc.sentence_at(pos)
    group = _group_before().match(reader.text, here.start, pos) if here is not None else None
    return group if group is not None and group.group(1).split()[-1].lower() in vocab.speech_words()["plural_voice"] \
        else None


def _group_opening_since(reader: _Reader, since: int, pos: int) -> Mention | None:
    """A group of people ("Several Russian military bloggers", "A few Russian officers", a ``plural_voice`` head read
    by :func:`_group_before`) opening a sentence after the body that spoke last at ``since`` and before the sentence
    of "they" at ``pos``: whom "they" stands for ("The ministry said … Several pro-war bloggers went further. They wrote
    that …": the bloggers, not the ministry), labelled without its determiners (``_GROUP_DETERMINERS``)."""
    doc, text = reader.doc, reader.text
    here = doc.sentence_at(pos)
    end = here.start if here is not None else pos
    voices = vocab.speech_words()["plural_voice"]
    for k in range(bisect_left(doc._sentence_starts, end) - 1, bisect_right(doc._sentence_starts, since) - 1, -1):
        group = _group_before().match(text, doc.sentences[k].start, end)
        if group is not None and group.group(1).split()[-1].lower() in voices:
            return Mention(group.start(1), group.end(1), "", _GROUP_DETERMINERS.sub("", group.group(1)),
                           "unnamed source")
    return None


def _just_heard(reader: _Reader, mention: Mention) -> Mention | None:
    """The person who spoke last before ``mention``, when he spoke in its paragraph or the one before: whom a
    reporter's descriptor nobody was introduced with stands for ("the official said" right after "the governor
    urged", "the Norwegian analyst said" after his own words)."""
    last = _last_speaker(reader, mention, person=True)
    paragraphs = reader.doc.paragraphs
    k = bisect_right(paragraphs, mention.start, key=lambda p: p[1])
    since = paragraphs[k - 1][0] if 0 < k < len(paragraphs) else 0
    return last if last.speaker and reader.last_spoke(last.speaker, mention.start) >= since else None


def _last_speaker(reader: _Reader, mention: Mention, person: bool | None) -> Mention:
    """The speaker who spoke last before ``mention`` (a person, not a person, or anyone)."""
    subject = None
    if person is False:  # "Russia's foreign ministry summoned the envoy. “…,” it said": the body that acted
        i = bisect_left(reader.mention_starts, mention.start) - 1
        while i >= 0 and reader.mentions[i].start > mention.start - 400 and subject is None:
            m = reader.mentions[i]
            if m.how in ("name", "title") and m.speaker and not _mentions.is_person(m.speaker, reader.who) \
                    and reader.who.speakers.get(m.speaker) is not None and reader.opens_sentence(m):
                subject = m
            i -= 1
    for event in reversed(reader.events):
        if subject is not None and event.pos < subject.start:
            break
        if event.pos <= mention.start and event.speaker and (person is None or (
                _mentions.is_person(event.speaker, reader.who) and event.speaker not in reader.outlets) == person):
            return Mention(mention.start, mention.end, event.speaker, mention.as_written,
                           "pronoun" if mention.how == "pronoun" else "role")
    if subject is not None:
        return Mention(mention.start, mention.end, subject.speaker, mention.as_written,
                       "pronoun" if mention.how == "pronoun" else "role")
    return Mention(mention.start, mention.end, "", mention.as_written,
                   "unresolved pronoun" if mention.how == "pronoun" else "unresolved role")


# "Secretary of State Marco Rubio": the "of" belongs to the title, the name is no object of it
_TITLE_OF = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$")
#: the reporter's first-person clause on a person, then that person as "he"/"she" ("When I called Dmytro that evening
#: to ask about X, he was brief.", "After we reached Olena by phone, she said"): the pronoun is the one called
_REPORTER_CALLED = re.compile(r"(?:W(?<!\w.)hen|A(?<!\w.)fter|A(?<!\w.)s|O(?<!\w.)nce|B(?<!\w.)efore)"  # (\b: opens on W A O B)
                              r"\s+(?:I|we)\s+(?:called|phoned|rang|reached|asked|met|"
                              r"visited|interviewed|texted|messaged|found|caught\s+up\s+with|"
                              # "When I read that figure out to Andrii, he snorted.", "As we showed the map to Olena,
                              # she …": any verb of the reporter's, a few lower-case words, then the person (sk31)
                              r"(?!(?:said|told|says|tells)\b)[a-z]+(?:\s+[a-z]+){0,5}?"
                              r"\s+(?:to|with|for|at|on)(?=\s+[A-Z]))\s+"
                              r"([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2})(?![\w’'-])[^.;:?!“”\"\n]{0,120}?,\s+(he|she)\b")
#: a family noun opening a sentence: "His son, listening …, laughed.", "Her daughter smiled." (``kin_noun`` rows)
_KIN_OPENS = vocab.TablePattern("kin_opens", ("speech_words",), lambda: (
    # (no word character before: the look-behind after the first letter, so the pattern opens on H and T)
    r"((?:H(?<![\w’'-].)is|H(?<![\w’'-].)er|T(?<![\w’'-].)heir|T(?<![\w’'-].)he)\s+("
    + (trie_pattern(vocab.speech_words()["kin_noun"]) or "(?!)") + r"))(?![\w’'-])(?=\s*,|\s+[a-z])"))


@functools.lru_cache(maxsize=64)
def _kin_named(noun: str) -> re.Pattern:
    """ "his son, A B," / "his son A B" / "A B, his son,": the name the article gives one of that family noun."""
    name = r"([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2})"
    return re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\d{1,3}-year-old\s+)?" + re.escape(noun)
                      + r",?[^\S\n]+" + name + r"(?![\w’'-])|" + name + r",\s+(?:[Hh]is|[Hh]er|[Tt]heir)\s+"
                      r"(?:\d{1,3}-year-old\s+)?" + re.escape(noun) + r"(?![\w’'-])")


#: "the brigade commander", "the battalion's commander": the head of one unit, written by the unit's noun
_HEAD_OF_UNIT = re.compile(r"[Tt]he\s+([a-z]+)(?:['’]s)?\s+(?:commander|chief|head|leader)")


@functools.lru_cache(maxsize=32)
def _unit_led_by(unit: str) -> re.Pattern:
    """ "a brigade commanded by Brigadier General A B": the capitalised run after the unit's "commanded/led by"."""
    return re.compile(r"(?<![\w’'-])" + re.escape(unit) + r"\s+(?:commanded|led|headed)\s+by\s+"
                      r"((?:[A-Z][a-z]{0,4}\.|[A-Z][\w’'-]*)(?:[^\S\n]+(?:[A-Z][a-z]{0,4}\.|[A-Z][\w’'-]*)){1,5})")


def _led_by(reader: _Reader, unnamed: Mention) -> Mention | None:
    """The person the article said commands the unit a subject names by its noun ("the brigade commander said" after
    "a brigade commanded by Brigadier General A B"), else None."""
    head = _HEAD_OF_UNIT.fullmatch(unnamed.as_written)
    if head is None or not _UNIT.fullmatch(head.group(1)):
        return None
    found = None
    for found in _unit_led_by(head.group(1)).finditer(reader.text, max(0, unnamed.start - 4000), unnamed.start):
        pass
    if found is None:
        return None
    words = found.group(1).split()
    titles = reader.who.title_words
    while len(words) > 2 and (words[0].lower().rstrip(".") in titles or words[0].lower() in titles
                              or words[0].lower() in _words("military_role") or words[0].lower() in _words("rank")):
        words = words[1:]
    known = next((m for m in reader.mentions_between(found.start(1), found.end(1)) if m.how in ("name", "title")
                  and m.speaker and _mentions.could_be_person(m.speaker, reader.who)), None)
    name = known.speaker if known is not None else " ".join(words)
    return Mention(unnamed.start, unnamed.end, name, unnamed.as_written, "role")


def _kin_name(reader: _Reader, noun: str, pos: int) -> str:
    """The full name the article last gave a ``noun`` of its family before ``pos`` ("his son, Andrii Horbach,"), a
    person's name (not a title or place); "" none."""
    found = None
    for found in _kin_named(noun).finditer(reader.text, max(0, pos - 4000), pos):
        pass
    if found is None:
        return ""
    name = found.group(1) or found.group(2)
    first = name.split()[0]
    if first.lower() in reader.who.title_words or first in reader.who.country_of_form:
        return ""
    known = next((m for m in reader.mentions_between(found.start(), found.end()) if m.how in ("name", "title")), None)
    return known.speaker if known is not None and known.speaker else name

#: "DPR Denis Pushilin" after "the head of the": a body's acronym, then a person's name (no title word between)
_ACRONYM_NAME = re.compile(r"[A-Z]{2,}[^\S\n]+[A-Z][a-z]")


def _acronym_apposed(reader: _Reader, m: Mention) -> bool:
    """ "the head of the DPR Denis Pushilin said": the body's acronym closes an office ("the head of the DPR") and the
    name apposed to it is the office's holder, the verb's subject (not "the spokesman of President A B", a title)."""
    return (m.how == "title" and _ACRONYM_NAME.match(m.as_written) is not None
            and _mentions.could_be_person(m.speaker, reader.who)
            and _OFFICE_OF_BEFORE.search(reader.text, max(0, m.start - 40), m.start) is not None)

_AFTER_PREPOSITION = re.compile(r"\b(?:in|into|to|from|on|at|of|with|against|for|by|near|over)\s+(?:the\s+)?$",
                                re.IGNORECASE)
_REPORT_BY = re.compile(r"\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:report|reports|statement|assessment|update|"
                        r"estimate|estimates|data|figures|briefing|analysis|summary|post|map|maps)\s+"
                        r"(?:(?:published|released|compiled|issued|provided|posted)\s+)?(?:by|from|of)\s+"
                        r"(?:the\s+)?", re.IGNORECASE)


_FIRST_OF_TWO = re.compile(r"\s*((?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+and\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*(?:[,.;:]|$)")
def _familiar() -> re.Pattern:
    """ "people familiar with the talks", "aides close to him" after a cue: an ``inner_circle`` group of
    data/speech_words.csv (the groups speech._subjects reads before a verb), or one person or source, then what it is
    close to (built once)."""
    def build():
        groups = sorted(set(_words("inner_circle")) | {"persons", "a person", "a source", "someone"}, key=len,
                        reverse=True)
        return re.compile(r"\s*((?:" + "|".join(re.escape(g).replace(r"\ ", r"\s+") for g in groups)
                          + r")\s+(?:familiar\s+with|briefed\s+on|close\s+to)\s+(?:the\s+|their\s+)?[\w’'-]+"
                          r"(?:\s+[\w’'-]+)?)(?=\s*[,.;:])", re.IGNORECASE)
    return vocab.compiled("familiar_group", ("speech_words",), build)


#: "estimates by", "the latest figures from", "assessments of": a statement named before the people who made it
_ESTIMATES_BY = re.compile(r"\s*(?:(?:the|recent|new|latest|unofficial|official|preliminary|internal)\s+){0,2}([a-z]+)\s+"
                           r"(?:by|from)\s+", re.IGNORECASE)
#: "the brigade's own count", "the institute's latest estimate": an owner (group 1, its head noun group 2) and its
#: count or statement (group 3)
_OWNED_COUNT = re.compile(r"\s*((?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?([\w-]+))['’]s?\s+(?:(?:own|latest|last|"
                          r"new|daily|weekly|monthly|official|internal|preliminary|updated)\s+){0,2}([\w-]+)\b",
                          re.IGNORECASE)


def unnamed_after(text: str, a: int, b: int) -> Mention | None:
    """ "according to Ukrainian military officials": the noun phrase after the cue, when it can speak; the first of
    two joined by "and" ("according to Ukrainian officials and Russian military bloggers"); "people familiar with
    the discussions" (the phrase whole)."""
    familiar = _familiar().match(text, a, b)
    if familiar is not None:
        return Mention(familiar.start(1), familiar.end(1), "", familiar.group(1), "unnamed source")
    made = _ESTIMATES_BY.match(text, a, b)
    if made is not None and (made.group(1).lower() in _words("estimate_noun") | _words("statement_noun")
                             or made.group(1).lower().rstrip("s") in _words("estimate_noun") | _words("statement_noun")):
        # "according to estimates by Western officials": the people who made them (cl17)
        group = unnamed_after(text, made.end(), b)
        if group is not None:
            return group
    owned = _OWNED_COUNT.match(text, a, b)
    if owned is not None and owned.group(2).lower() in _words("speaking_noun") \
            and owned.group(3).lower() in _words("estimate_noun") | _words("statement_noun"):
        # "according to the battalion's own count", "according to the institute's latest estimate": the owner (cl17)
        return Mention(owned.start(1), owned.end(1), "", owned.group(1), "unnamed source")
    match = re.match(r"\s*((?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,4}[\w’'-]+?)(?=\s*(?:[,.;:]|$))", text[a:b])
    words = re.findall(r"[\w’'-]+", match.group(1)) if match else []
    if not words or words[-1].lower() not in _words("speaking_noun"):
        match = _FIRST_OF_TWO.match(text[a:b])
        words = re.findall(r"[\w’'-]+", match.group(1)) if match else []
    if not words or words[-1].lower() not in _words("speaking_noun"):
        return None
    phrase = match.group(1)
    start = a + match.start(1)
    return Mention(start, start + len(phrase), "", phrase, "unnamed source")




def _one_person_after() -> re.Pattern:
    """A ``body_person`` noun of ``data/speech_words.csv`` right after an institution ("a Kremlin official"): one
    person of it (a spokesperson speaks for the institution: "a ministry spokesman said" stays its words; built once)."""
    def build():
        nouns = sorted(_words("body_person"), key=lambda w: (-len(w), w))
        return re.compile(r"\s+(?:" + trie_pattern(nouns, ignore_case=True) + r")\b", re.IGNORECASE)
    return vocab.compiled("body_person", ("speech_words",), build)
_ONE_BEFORE = re.compile(r"\b(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,3}$", re.IGNORECASE)


def _one_of_its_people(reader: _Reader, m: Mention) -> bool:
    """ "a senior Ukrainian military official said": one unnamed person of the institution, not
    the institution ("Ukrainian military officials said" stays the institution's words)."""
    known = reader.who.speakers.get(m.speaker) if m.speaker else None
    return (known is not None and known.kind != "person" and _one_person_after().match(reader.text, m.end) is not None
            and _ONE_BEFORE.search(reader.text, max(0, m.start - 40), m.start) is not None)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_SUBORDINATE = re.compile(r"spoke|aide|advis|official|speaker|secretary|envoy")  # "kremlin spokesman", not "kremlin chief"


def _its_person(reader: _Reader, m: Mention) -> Mention | None:
    """ "the Kremlin official said" after "Kremlin spokesman Dmitry Peskov …": one definite person of the
    institution, the last person of the tables named before with its name in their roles or beside their
    name; none: that unnamed official (never the institution)."""
    known = reader.who.speakers.get(m.speaker) if m.speaker else None
    after = _one_person_after().match(reader.text, m.end) if known is not None and known.kind != "person" else None
    the = _THE_BEFORE.search(reader.text, max(0, m.start - 5), m.start) if after is not None else None
    if the is None:
        return None
    word, start = m.as_written.lower(), the.start()
    k = bisect_left(reader.mention_starts, m.start)
    for p in reversed(reader.mentions[max(0, k - 40):k]):
        person = reader.who.speakers.get(p.speaker) if p.how in ("name", "title") else None
        if person is not None and person.kind == "person" and (
                any(word in r and _SUBORDINATE.search(r) for r in person.roles) or word in reader.text[max(0, p.start - 30):p.end + 40].lower()):
            return Mention(start, after.end(), p.speaker, reader.text[start:after.end()], "role")
    return Mention(start, after.end(), "", reader.text[start:after.end()], "unnamed source")


def _modifies_a_speaker(text: str, end: int) -> bool:
    """ "US officials", "Ukraine's military officials": the country qualifies who speaks."""
    words = re.findall(r"[\w’'-]+", text[end:end + 40])[:3]
    return any(w.lower() in _words("speaking_noun") for w in words[:3]) and not (words and (words[0].lower() in (
        "has", "have", "had", "is", "was", "will", "would", "also", "said", "says")
        or words[0].lower() in cue_table()[0]))  # "Moscow claimed its forces …": the country speaks


# "Mark Hollis, 54, who served …" / "Ann Best, who …": a person introduced at the head of a paragraph
_INTRODUCED_HERE = re.compile(r"\s*(?:[A-Z][a-z]{1,4}\.\s+){0,2}([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:\d{1,3},|who\s"
                              # "Oksana Hrebeniuk, deputy mayor of Kostiantynivka, was in …": an apposed office
                              r"|(?:the\s+|an?\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+){0,6},)")


#: a unique office's lede ("The top US commander in Europe told …"): one person, named below like an indefinite one
_UNIQUE_OFFICE_LEDE = re.compile(r"(?i)the\s+(?:top|most\s+senior|highest-ranking)\s")


def _named_below(reader: _Reader, unnamed: Mention) -> Mention | None:
    """A regional paper's lede: "A former Army engineer from Leeds … says …", then the next paragraph opens with a
    person introduced for the first time ("Mark Hollis, 54, who served …"): that person (one person of the indefinite
    subject, the name nowhere before it)."""
    # ("The top US commander in Europe told …" then "Gen. A B, who heads …": a unique office's lede, named below too)
    if not (_mentions.INDEFINITE.match(unnamed.as_written) or _UNIQUE_OFFICE_LEDE.match(unnamed.as_written)) \
            or not _mentions.label_as_written(unnamed.as_written).endswith(
            "(unnamed)"):
        return None
    paragraphs = reader.doc.paragraphs
    k = bisect_right(paragraphs, unnamed.start, key=lambda p: p[1])
    if k + 1 >= len(paragraphs):
        return None
    named = _INTRODUCED_HERE.match(reader.text, paragraphs[k + 1][0])
    if named is None or reader.text.find(named.group(1).split()[-1], 0, unnamed.start) >= 0 \
            or not _mentions.could_be_person(named.group(1), reader.who):
        return None
    apposed = reader.text[named.start(1) + len(named.group(1)) + 1:named.end()]
    if not re.match(r"\s*(?:\d|who\s)", apposed):
        if any(c.kind == "speech" for c in reader.cues_between(named.end(), reader.doc.sentence_end(named.end()))):
            # "A B, head of the regional administration, said …" after "a senior NATO official said": a second voice
            # of its own, not the lede's (an apposed office names the lede's person only where it reports no words)
            return None
        lede_words = set(re.findall(r"[a-z]+", unnamed.as_written))
        if not (lede_words & set(re.findall(r"[a-z]+", apposed)) - {"a", "an", "the", "of", "for", "from", "in"}
                or ("official" in lede_words and _ROLE_WORDS.search(apposed))):
            return None  # "A retired teacher …" then "A B, the mayor, …": another person (an official may be a mayor)
    # "Colonel A B, who …": the name as the mention layer reads it there (the rank is no part of it, so the lede's
    # dated words and A B's later words are one speaker's)
    read = next((m.speaker for m in reader.mentions_between(named.start(1), named.end(1))
                 if m.end <= named.end(1) and m.speaker and m.speaker in named.group(1)), named.group(1))
    return Mention(unnamed.start, unnamed.end, read, unnamed.as_written, "role")


# "“…,” the former sapper said": a definite subject of one to three lower-case words right before its verb
_DEFINITE_SUBJECT = re.compile(r"(?<![\w’'-])([Tt]he\s+((?:[a-z][\w’'-]*\s+){0,2})([a-z][\w’'-]*))\s*$")
_POSSESSED_SUBJECT = re.compile(r"(?<![\w’'-])([Hh](?:is|er)\s+((?:[a-z][\w’'-]*\s+){0,2})([a-z][\w’'-]*))\s*$")


@functools.lru_cache(maxsize=256)
def _apposition_of(head: str) -> re.Pattern:
    """ "Taras Melnyk, a former sapper,": a full name with an indefinite noun phrase of ``head`` apposed (compiled once
    per head noun)."""
    return re.compile(r"(?<![\w’'])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:an?|the)\s+((?:[\w’'-]+\s+){0,3})"
                      + re.escape(head) + r"(?![\w’'-])")


@functools.lru_cache(maxsize=256)
def _descriptor_before(head: str) -> re.Pattern:
    """ "presenter A B", "veteran presenter A B": a lower-case descriptor of ``head`` right before a full name
    (compiled once per head noun)."""
    return re.compile(r"(?<![\w’'-])((?:[a-z][\w-]*\s+){0,2})" + re.escape(head)
                      + r"\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?![\w’'-])")


#: the name as the copy gives it after a naming noun phrase: one to three capitalised words (a middle initial inside)
_GIVEN_NAME = r"([A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?[A-Z][\w’'-]+){0,2})(?![\w’'-])"
#: what follows the noun in each branch of ``_named_head`` up to the name (``_GIVEN_NAME``): "named|called" at once; a
#: comma; a sentence then "Her/His name is"; a clause, ", a/an/one", four words, "named|called" (``_NAMED_HEAD_TAIL``,
#: the guard, reads the same tails up to the name's first letter)
_NAMED_TAILS = (r",?\s+(?:named|called)\s+", r",\s+", r"[^.\n“”\"]{0,200}\.\s+(?:Her|His)\s+name\s+is\s+",
                r"[^,.\n“”\"]{0,80},\s+(?:an?|one)\s+(?:[\w’'-]+\s+){0,4}?(?:named|called)\s+")


@functools.lru_cache(maxsize=256)
def _named_head(head: str) -> re.Pattern:
    """The introductions that give the person a ``head`` noun stands for by name (compiled once per head noun): "a
    sergeant named Oleh Dub", "a young woman called Oksana"; "His widow, Iryna,", "the show's host, Daniel Kerr,";
    "A woman approaches …. Her name is Halyna". Group 1, 3 or 5: the words before the noun; 2, 4 or 6: the name."""
    h = re.escape(head)
    return re.compile(
        r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w’'-]+\s+){0,3}?)" + h + _NAMED_TAILS[0]
        + _GIVEN_NAME
        + r"|(?<![\w’'-])(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he\s+)?[\w’'-]+['’]s)\s+((?:[a-z][\w’'-]*\s+){0,2}?)" + h
        + _NAMED_TAILS[1] + _GIVEN_NAME + r"\s*[,.]"
        + r"|(?<![\w’'-])(?:[Aa]n?|[Oo]ne)\s+((?:[\w’'-]+\s+){0,3}?)" + h + r"(?![\w’'-])" + _NAMED_TAILS[2]
        + _GIVEN_NAME
        # "The woman who runs the workshop, a former jewellery maker named Svitlana Koval, …"
        + r"|(?<![\w’'-])[Tt]he\s+((?:[a-z][\w’'-]*\s+){0,2}?)" + h + r"(?![\w’'-])" + _NAMED_TAILS[3] + _GIVEN_NAME)


#: (the guards below) what follows a naming word, a name's capital after a space, an apposition's article
_SPACE_THEN_CAPITAL = re.compile(r"\s+[A-Z]")
#: an apposition's comma and article (", a ", ", the "): shared with claims (``claims._stage``)
COMMA_ARTICLE = re.compile(r",\s+(?:an?|the)\s+")
#: (sp29) ``_NAMED_TAILS`` up to the name's first letter, any branch: the guard reads it where the noun stands
_NAMED_HEAD_TAIL = re.compile("|".join(tail + "[A-Z]" for tail in _NAMED_TAILS))
#: (sp29) one of ``_apposition_of``'s up to three words before the head, with its spaces
_WORD_AND_SPACES = re.compile(r"[\w’'-]+\s+")


def named_head_possible(window: str, noun: str) -> bool:
    """Can ``_named_head(noun)`` match inside ``window``? False only when it cannot: each of its four branches holds
    ``noun`` as written followed at once by its branch's tail up to the name's capital (``_NAMED_HEAD_TAIL``, the
    branches' own tails with the name cut to its first letter); the per-noun pattern, ≈4 ms to compile, is then
    neither compiled nor run (sp28: most nouns of "the X said" are never introduced by name, and on unseen copy each
    new noun cost a compile; sp29: the tail is read at each place of the noun, not anywhere after its first one).

    Example:
        >>> named_head_possible("a sergeant named Oleh Dub came", "sergeant"), named_head_possible("the war", "sergeant")
        (True, False)
        >>> named_head_possible("the sergeant was called back", "sergeant")
        False
        >>> named_head_possible("the sergeant left. Later a man called Ivan came", "sergeant")
        False
    """
    at = window.find(noun)
    while at >= 0:
        if _NAMED_HEAD_TAIL.match(window, at + len(noun)):
            return True
        at = window.find(noun, at + 1)
    return False


def apposition_possible(window: str, head: str) -> bool:
    """Can ``_apposition_of(head)`` match inside ``window``? False only when it cannot: every match holds ", a"/", an"/
    ", the" and then ``head`` as written, a whole word, after none to three words, each with its spaces (sp28; sp29:
    ``head`` is looked for only at those four places after each such comma, not anywhere after the first one).

    Example:
        >>> apposition_possible("Taras Melnyk, a former sapper, said", "sapper"), apposition_possible("a sapper", "sapper")
        (True, False)
        >>> apposition_possible("Taras Melnyk, a father of three, met the sapper", "sapper")
        False
    """
    if window.find(head) < 0:
        return False
    for comma in COMMA_ARTICLE.finditer(window):
        at = comma.end()
        for _ in range(4):  # the head after 0, 1, 2 or 3 words (each word's run of letters ends on its spaces)
            if window.startswith(head, at) and not WORD_GOES_ON.match(window, at + len(head)):
                return True
            word = _WORD_AND_SPACES.match(window, at)
            if word is None:
                break
            at = word.end()
    return False


def descriptor_possible(window: str, head: str) -> bool:
    """Can ``_descriptor_before(head)`` match inside ``window``? False only when no occurrence of ``head`` as written
    has a space and a capital right after it (every match has the name's capital there) (sp28).

    Example:
        >>> descriptor_possible("presenter Anna Bell asked", "presenter"), descriptor_possible("the presenter asked", "presenter")
        (True, False)
    """
    at = window.find(head)
    while at >= 0:
        if _SPACE_THEN_CAPITAL.match(window, at + len(head)):
            return True
        at = window.find(head, at + 1)
    return False


def _earlier_kin() -> dict[str, tuple]:
    """The family nouns a kin noun after a death was before ("widow" → "wife", "widower" → "husband"): the
    ``bereaved_kin`` rows of ``data/speech_words.csv``, written "widow|wife" (read once)."""
    def build():
        found: dict[str, tuple] = {}
        for row in vocab.speech_words()["bereaved_kin"]:
            later, *before = [w.strip() for w in row.split("|")]
            found[later] = found.get(later, ()) + tuple(w for w in before if w)
        return found
    return vocab.compiled("speech_earlier_kin", ("speech_words",), build)


#: a visit: "became the first foreign leader to visit Kyiv", "A B visited Warsaw", "arrived in Kyiv", "a trip to Rome"
_VISITED = re.compile(r"\b(?:visit(?:s|ed|ing)?|arriv(?:es|ed|ing)\s+in|trip\s+to)\s+([A-Z][\w’'-]+)")


def _visit_party(reader: _Reader, noun: str, a: int) -> str:
    """ "the visitor", "his guest" (``visitor_noun``) and "her host" (``host_noun``) when the copy reports a visit
    before ``a`` ("A B … became the first foreign leader to visit Kyiv"): the visitor is the first person named in that
    sentence, before the verb; the host the person named since, other than the visitor, whose table country is the
    country of the place visited; "" when no visit or no such person."""
    words = vocab.speech_words()
    if noun not in words["visitor_noun"] and noun not in words["host_noun"]:
        return ""
    text = reader.text
    visit = None
    for visit in _VISITED.finditer(text, max(0, a - 3000), a):
        pass
    if visit is None:
        return ""
    sentence = reader.doc.sentence_at(visit.start())
    start = sentence.start if sentence is not None else visit.start()
    named = [m for m in reader.person_names if start <= m.start < visit.start() and m.how != "role"]
    visitor = reader.full(named[0]) if named else ""
    if noun in words["visitor_noun"]:
        return visitor
    place = vocab.country_forms().get(visit.group(1), ("", ""))[0]
    hosts = [reader.full(m) for m in reader.person_names if visit.start() <= m.start < a and m.how != "role"]
    hosts = [p for p in hosts if p and p != visitor and reader.who.speakers.get(p) is not None
             and reader.who.speakers[p].country == place]
    return hosts[-1] if place and hosts else ""


def _named_noun(reader: _Reader, head: str, modifiers: str, a: int) -> str:
    """ "the sergeant", "the woman", "the host" after an introduction that named the person with that noun and every
    modifier (``_named_head``, the last one before ``a``, within 3,000 characters): the name, a table person's by the
    tables, a first name given alone by the full name the copy gives it later ("His widow, Iryna, …. Iryna Hordiienko
    said"); "" when none did."""
    found = None
    window = reader.text[max(0, a - 3000):a]  # (each of _named_head's four branches holds "name"/"named", "called" or
    # the noun and a comma: a window holding none of them holds no match, and is not scanned; sp20)
    for noun in (head, *_earlier_kin().get(head.lower(), ())):  # "His widow put it simply:" after "his wife, Iryna,"
        if not named_head_possible(window, noun):
            continue  # (no pattern compiled for a noun whose introduction the window cannot hold: ≈4 ms each, sp28)
        for match in _named_head(noun).finditer(reader.text, max(0, a - 3000), a):
            if found is None or match.start() > found.start():
                found = match
    if found is None:
        return _visit_party(reader, head.lower(), a)  # "the visitor said", "The host had the last word:"
    k = next(i for i in (1, 3, 5, 7) if found.group(i + 1) is not None)
    if not set(modifiers.split()) <= set(found.group(k).lower().split()):
        return ""
    name = " ".join(found.group(k + 1).split())
    if " " not in name:  # "His widow, Iryna, …. Iryna Hordiienko said on Thursday": her full name, given since
        full = None
        for full in re.compile(re.escape(name) + r"[^\S\n]+([A-Z][\w’'-]+)(?![\w’'-])").finditer(reader.text, found.end(), a):
            pass
        if full is not None and _mentions.could_be_person(f"{name} {full.group(1)}", reader.who):
            name = f"{name} {full.group(1)}"
    return reader.who.alias_to_name.get(name, name)


#: "It was signed by the brigade's commander, A B", "The letter was signed by A B, a retired general": the signer
_SIGNED_BY = re.compile(r"(?:It|The\s+[a-z]+)\s+(?:was|is)\s+(?:also\s+)?signed\s+by\s+(?:(?:the|its|his|her)\s+"
                        r"[^,.;:“”\"\n]{1,60},\s+)?" + _GIVEN_NAME)


def _signed_after(reader: _Reader, pos: int) -> Mention | None:
    """The person who signed the statement quoted at ``pos``, when a sentence opening at most one paragraph after the
    quote's names the signer ("… the statement said. ¶ It was signed by the brigade's commander, A B."); None when
    none does, or another speech verb comes first."""
    text = reader.text
    para = text.find("\n", pos)
    para = text.find("\n", text.find("\n", para + 1) + 1) if para >= 0 else -1  # (the next paragraph too)
    end = min(len(text) if para < 0 else para, pos + 600)
    for signed in _SIGNED_BY.finditer(text, pos, end):
        if reader.cues_between(pos + 1, signed.start()) and any(
                c.start > text.find("”", pos) >= 0 for c in reader.cues_between(pos + 1, signed.start())):
            return None
        name = " ".join(signed.group(1).split())
        known = next((m for m in reader.mentions_between(signed.start(1), signed.end(1)) if m.speaker
                      and _mentions.could_be_person(m.speaker, reader.who)), None)
        name = known.speaker if known is not None else reader.who.alias_to_name.get(name, name)
        return Mention(signed.start(1), signed.end(1), name, signed.group(1), "name")
    return None


def _apposed_head(reader: _Reader, a: int, b: int) -> Mention | None:
    """ "the former sapper said" after "Taras Melnyk, a former sapper, …": the person whose apposition has that head
    noun and every modifier of the subject (a head no role table knows; the last such apposition before)."""
    subject = _DEFINITE_SUBJECT.search(reader.text, a, b) or _POSSESSED_SUBJECT.search(reader.text, a, b)
    if subject is None or subject.group(3) in _NOT_MODIFIERS:
        return None
    named = _named_noun(reader, subject.group(3), subject.group(2), a)
    if named:  # "“…,” the sergeant said" after "a sergeant named Oleh Dub": the one so named
        return Mention(subject.start(1), subject.end(1), named, subject.group(1), "role")
    if subject.group(3) in _words("speaking_noun") or subject.group(1)[:1] in "Hh":
        return None  # ("His deputy said": a possessive subject only by a naming introduction)
    found = None
    window = reader.text[max(0, a - 3000):a]  # (each pattern below compiled only where the window can hold a match, sp28)
    for found in _apposition_of(subject.group(3)).finditer(reader.text, max(0, a - 3000), a) \
            if apposition_possible(window, subject.group(3)) else ():
        pass
    before = None
    if _ROLE_WORDS.search(subject.group(3)) is None and descriptor_possible(window, subject.group(3)):
        # (no office of the tables: "the president" is read as a role)
        for before in _descriptor_before(subject.group(3)).finditer(reader.text, max(0, a - 3000), a):
            pass
    if before is not None and (found is None or before.start() > found.start()) \
            and set(subject.group(2).split()) <= set(before.group(1).lower().split()):
        # "Asked by presenter A B whether …" … "The presenter asked:": the noun stood right before the name
        return Mention(subject.start(1), subject.end(1), before.group(2), subject.group(1), "role")
    if found is None or not set(subject.group(2).split()) <= set(found.group(2).lower().split()):
        return None
    name = found.group(1)
    start = subject.start(1)
    return Mention(start, subject.end(1), name, subject.group(1), "role")


# "A spokesperson for a Ukrainian brigade fighting near the town": an indefinite head with its "for"/"of" phrase
_HEAD_OF_PHRASE = re.compile(r"(?:^|[,”\"])\s*((?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w’'-]*)"
                             r"\s+(?:for|of|with)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)"
                             r"(?:\s+(?:[a-z]+ing|who|that|based|stationed|deployed)\b[^,;:.“”\"]{0,80})?$")
# a person's verb right after an indefinite subject: "A former engineer from Leeds says", "Another milblogger wrote"
_ONE_PERSON_SPEAKS = re.compile(r"(?:said|says|told|tells|stated|states|wrote|writes|added|adds|recalled|recalls|"
                                r"explained|explains|insisted|insists)\b")


#: "a correspondent embedded with the attacking units", "a brigade based near the town": a past participle of where
#: someone is placed, after the noun it describes
_PLACED_PARTICIPLES = r"(?:embedded|based|stationed|deployed|attached|posted|dug\s+in|fighting)"
_PARTICIPLE_AFTER = re.compile(r"(?<![\w’'-])([a-z]+)\s+(?:(?!being\b|saying\b)[a-z]{3,}ing|" + _PLACED_PARTICIPLES + r")\s+"
                               r"(?:on|in|at|near|along|for|with|to|the|a|an|[A-Z])[^,;:.“”\"]{0,70}$")


#: a legal or captive status on one person's noun ("A Russian sergeant accused of shooting a prisoner near X last
#: October told a court …", "a soldier charged with desertion said"): a ``status_participle`` of data/speech_words.csv and
#: its object, up to the verb (sk29)
_STATUS_AFTER = vocab.TablePattern("status_participle_after", ("speech_words",), lambda: (
    r"(?<![\w’'-])([a-z]+)\s+(?:" + (trie_pattern(_words("status_participle")) or "(?!)")
    + r")\s+(?:of|with|for|over|in)\s[^,;:.“”\"]{1,110}$"))


_DAY_BEFORE_VERB = re.compile(r"(?<=[a-z])\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:" + when.WEEKDAYS + ")"
                              r"|on\s+(?:" + when.MONTH_NAMES + r")\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?$")


#: A clause's opening before an unnamed group after a comma ("but", "while", "a week after", "two days before")
_CLAUSE_LEAD = re.compile(r"(?i:(?:(?:a|an|" + english.number_words(1, 6) + r"|several|a\s+few)\s+(?:hours?|days?|weeks?|months?)\s+)?"
                          r"(?:after|before|since|while|whereas|although|though|but|and|as|when|until|because)\s+"
                          # "…, more hopeful than that of Western officials, who warn": the phrase's preposition
                          r"|(?:than\s+)?(?:(?:that|those)\s+of|unlike|like|than|including|among|of|by|from|to|for|with)\s+)")


#: "Estonia's foreign intelligence service" right before its verb: a country's possessive and up to three lower-case
#: words before the body's head noun
_COUNTRY_BODY = re.compile(r"(?:^|[\s,])(([A-Z][\w-]+)['’]s(?:\s+[a-z][\w-]*){0,3}\s+([a-z][\w-]*))$")


_FRONTED_MEDIUM = re.compile(r"^\s*(?:In|On|Via)\s+(?:a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){1,4}?(?=the\s+[a-z]+\s*$)")
_BODY_WORD_AFTER = re.compile(r"\s+(?:project|group|monitor|monitoring\s+group|organi[sz]ation|think\s+tank)\b")
#: "the group said" after "Independent analysts at the X project said": the body that spoke last
_THE_BODY_WORD = re.compile(r"(?i)(?:the|its)\s+(group|project|organi[sz]ation|monitors?|monitoring\s+group|think\s+tank)")


#: a sentence's start right before a group ("… . Western officials", a paragraph's first words)
_OPENS_BEFORE = re.compile(r"(?:[.!?][”\"’]?[^\S\n]+|\n[^\S\n]*)$")
#: "one" alone as a verb's subject ("“…,” one said"), after a quote's marks or a sentence's start, maybe with an adverb
#: before the verb ("One later said", "One also said": cl19's claims reader of it folded in here, rv17)
_LONE_ONE = re.compile(r"[\s,]*([Oo]ne|[Aa]nother)(?:[^\S\n]+(?:also|later|further|[a-z]+ly))?[^\S\n]*")


#: a body's abbreviation in brackets closing a subject ("a source in Ukraine's Security Service (SBU)")
_BRACKETED_ABBREVIATION = re.compile(r"(?<=[\w’'])\s\([A-Z][A-Za-z]{1,7}\)(?=\s*$)")


def _unnamed_subject(text: str, a: int, b: int) -> Mention | None:
    """ "the ministry said", "A senior official, who asked not to be named, said":
    attributed, but to nobody the reader can name. ("the statement said" is resolved by the
    caller to whoever made the statement.)"""
    lone = _LONE_ONE.fullmatch(text, a, b) if b - a < 24 else None
    if lone is not None:
        # "Western officials … said …. “…,” one said": one of the group named just before, as "one of them" is (sk27)
        group = _group_named_before(text, a)
        if group:
            return Mention(lone.start(1), lone.end(1), "", f"{lone.group(1)} of the {group}", "unnamed source")
    # the aside between subject and verb: ", who asked not to be named,", ", speaking on condition of anonymity,"
    # (and a document's ", seen by this newspaper,", ", dated November 8,": cl16)
    window = re.sub(r",\s*(?:who|which|[a-z]+ing|(?:seen|obtained|reviewed|dated|published|released|issued|compiled|"
                    r"prepared|circulated|leaked|written|drafted|shared|posted)\s)[^,]*,\s*$", " ", text[a:b])
    # "A source in Ukraine's Security Service (SBU) told": the body's abbreviation in brackets is no word of the subject
    if window.rstrip().endswith(")"):  # (one check per window: the pattern is read only where a bracket closes it)
        window = _BRACKETED_ABBREVIATION.sub(lambda m: " " * len(m.group(0)), window)
    # "In a post on Telegram the group wrote": a fronted medium without its comma is no part of the subject
    window = _FRONTED_MEDIUM.sub(lambda m: " " * len(m.group(0)), window)
    # "a commander I spoke to here told me", "a soldier we met in Bakhmut said": the reporter's contact clause
    window = re.sub(r"(?<=[a-z])\s+(?:I|we)\s+(?:spoke|talked|met|interviewed|reached|visited)\b[^,;:.“”\"]{0,40}$", " ", window)
    # "A European official who follows the war closely said": a relative clause on a person, without commas
    # (and "whose": "A woman whose son served with one of the brigades said": sk27)
    window = re.sub(r"(?<=[a-z])\s+(?:who|whose)\s+(?!said\b|says\b|told\b)[^,;:.“”\"]{1,80}$", " ", window)
    # "A blogger who writes under the name X said": the verb of the relative clause itself, the pronoun no word of him
    window = re.sub(r"(?<=[a-z])\s+(?:who|that)\s*$", " ", window)
    # "Ukrainian soldiers holding the town said", "Residents fleeing the city told AFP": a participle on a plural
    # ("Its evening bulletin said", "his morning update": a possessive before a noun in -ing, no plural)
    window = re.sub(r"(?<=[a-z]s)(?<!\b[Ii]ts)(?<!\b[Hh]is)(?<!\b[Tt]his)\s+[a-z]{3,}ing\s+(?:the\s+|a\s+|an\s+)?"
                    r"[^,;:.“”\"]{1,60}$", " ", window)
    # "a Ukrainian commander fighting on the eastern bank of the river said": a participle on one person's noun
    window = _PARTICIPLE_AFTER.sub(lambda m: m.group(1) + " " if m.group(1).lower() in _words("unnamed_person") else m.group(0),
                                   window)
    window = _STATUS_AFTER.sub(lambda m: m.group(1) + " " if m.group(1).lower() in _words("unnamed_person") else m.group(0),
                               window)
    window = re.sub(r"\b(?:(?:has|have|had|also|later|then|previously|repeatedly|once|again|long|[a-z]+ly)\s+)+$", "",
                    window.rstrip() + " ")  # "Military analysts have long argued"
    # "Its daily bulletin on Tuesday said": the day between the subject and its verb is no part of the subject
    window = _DAY_BEFORE_VERB.sub(" ", window.rstrip())
    match = _unnamed_subject_regex().search(window.rstrip())
    if not match or match.group(1).split()[-1].lower() not in _words("speaking_noun"):
        # "A spokesperson for a Ukrainian brigade fighting near the town stated": the head before its "for"/"of"
        held = _HEAD_OF_PHRASE.search(window.rstrip())  # (after an inverted lead's content too: "…, a commander of X said")
        if held is not None and held.group(2).lower() in _words("speaking_noun"):
            match = held
    elif match.group(1)[:1] in "Tt":  # "A spokesman for the eastern group of forces spoke": the person, not the body
        held = _HEAD_OF_PHRASE.search(window.rstrip())
        if held is not None and held.start(1) < match.start(1) and held.group(1)[:1] in "Aa" \
                and held.group(2).lower() in _words("unnamed_person") and held.group(2).lower() in _words("speaking_noun"):
            match = held
    if not match or match.group(1).split()[-1].lower() not in _words("speaking_noun"):
        # "Analysts at three Western think tanks told …", "Researchers from several European institutes say": the
        # group of people at bodies the text does not name, the phrase whole (cl17)
        at = _group_at().search(window.rstrip())
        head = at.group(2).lower() if at is not None else ""
        pair = " ".join(at.group(1).lower().split()[-2:]) if at is not None else ""
        if at is not None and (head in _words("speaking_noun") or head.rstrip("s") in _words("speaking_noun")
                               or head in _words("institution_noun")
                               or pair.rstrip("s") in _words("signature_speaker")):  # ("think tanks")
            start = a + at.start(1)
            written = at.group(1)
            counted = _COUNTED_BODIES.search(written)
            if counted is not None:
                # "Analysts at three Western think tanks": so many of that group the text does not name, of the bodies'
                # origin, written as a counted group is ("three Western analysts" → "Western analysts (unnamed)")
                written = f"{counted.group(1).lower()} {counted.group(2)} {written.split()[0].lower()}"
            return Mention(start, start + len(at.group(1)), "", written, "unnamed source")
    if not match:
        owned = _COUNTRY_BODY.search(window.rstrip())
        if owned is not None and vocab.country_forms().get(owned.group(2), ("", ""))[1] == "country" \
                and owned.group(3).lower() in _words("speaking_noun") \
                and owned.group(3).lower() in _words("institution_noun") and owned.group(3).lower() not in _words("statement_noun"):
            # "…, Estonia's foreign intelligence service said": a country's body no table knows
            start = a + owned.start(1)
            return Mention(start, start + len(owned.group(1)), "", owned.group(1), "unnamed source")
        return None
    words = re.findall(r"[\w’'-]+", _PLACE_TAIL.sub("", match.group(1)))
    head = words[-1].lower()
    if head in _words("statement_noun") and words[0].lower() in ("the", "his", "her", "its", "their"):
        start = a + match.start(1)
        return Mention(start, start + len(match.group(1)), "", match.group(1), "statement")
    if head not in _words("speaking_noun") and not (
            # "“…,” the sergeant said. He gave only his first name, Taras.": one person's noun after "the", right
            # before the verb, named in the next sentence ("the lawyer wrote" alone stays nobody's)
            words[0].lower() == "the" and head in _words("unnamed_person") and _ONE_PERSON_SPEAKS.match(text, b)
            and _HE_GAVE.match(text, text.find(".", b) + 1)) and not (
            _ONE_PERSON_SPEAKS.match(text, b) and re.fullmatch(r"(?i)an?|another|one", words[0]) and head.isalpha()
            and head == words[-1] and not head.endswith("ly") and head not in _words("written_object")
            and head not in _words("statement_noun") and head not in _words("not_a_person")):
        return None  # "the remarks revealed", "the original plan called for"
    start = a + match.start(1)
    words = match.group(1)
    lead = _CLAUSE_LEAD.match(words)
    if lead is not None and lead.end() < len(words):
        # "…, but Russian officials said", "…, a week after Russian officials said": the conjunction or time clause
        # that opens the second clause is no word of its subject
        start, words = start + lead.end(), words[lead.end():]
    tail = _PLACE_TAIL.search(words)
    if tail is not None and (not re.search(r"[A-Z]", tail.group(0)) or (re.match(r"\s+(?:near|outside)\b", tail.group(0))
                                                     and re.match(r"(?i)(?:an?|the|another|one)\s", words))):
        # "Ukrainian soldiers in the city", "a commander near Pokrovsk": the people, the place no part of the label
        words = words[:tail.start()]
    if re.fullmatch(r"(?i)(?:one|another)\s+of\s+(?:them|those)", words):
        # "U.S. officials have privately told … “…,” one of them said": one of the group named just before (sk19)
        group = _group_named_before(text, a)  # "Three Ukrainian officers": one of the officers
        if group:
            words = f"{words.split()[0]} of the {group}"
    return Mention(start, start + len(words), "", words, "unnamed source")


def _group_named_before(text: str, a: int) -> str:
    """The group of people "one" or "one of them" at ``a`` is one of, without its determiners: the last group named in
    the 400 characters before, the last a sentence opens on first ("Western officials, speaking to German reporters,
    were more cautious. One said …": the officials, sk27; "Several pro-war bloggers … faulted the generals for
    massing troops in one school. One of them wrote": the bloggers, "Three Ukrainian officers
    spoke to reporters. One of them said": the officers, sk43), or ""."""
    groups = []
    for g in _group_before().finditer(text, max(0, a - 400), a):
        cut = g.group(1).rfind(". ") + 2 if ". " in g.group(1) else 0  # ("Monday. Western officials": the group)
        groups.append((g.start(1) + cut, g.group(1)[cut:]))
    subjects = [(at, words) for at, words in groups
                if at == 0 or _OPENS_BEFORE.search(text, max(0, at - 3), at) or _opens_group(text, at)]
    groups = subjects or groups
    return _GROUP_DETERMINERS.sub("", groups[-1][1]) if groups else ""


#: a sentence's opening words before its group of people, a determiner and a word in lower case at most ("Several
#: prominent Russian military bloggers", "Some senior officials"): the group is the sentence's subject (sk43)
_OPENS_GROUP = re.compile(r"(?:\A|[.!?][”\"’]?[^\S\n]+|\n[^\S\n]*)[A-Z][a-z]+(?:[^\S\n]+[a-z]+)?[^\S\n]+$")


def _opens_group(text: str, at: int) -> bool:
    """Whether a sentence opens with the group at ``at`` after a determiner and a word at most (``_OPENS_GROUP``)."""
    start = max(0, at - 40)
    return _OPENS_GROUP.search(("" if start == 0 else "\x00") + text[start:at]) is not None


#: the determiners and counts before a group's noun, not part of one member's label ("Three Ukrainian officers said …
#: One of them added" → "Ukrainian officer (unnamed)")
_GROUP_DETERMINERS = re.compile(r"^(?:(?:The|These|Those|Some|Many|Several|Other|Both|Their|A\s+few|\d+|"
                                + "|".join(w.capitalize() for w in sorted(english.NUMBER_WORDS)) + r")\s+)+")


def _group_before() -> re.Pattern:
    """ "U.S. officials", "senior Western diplomats": a plural group of people the text does not name."""
    def build():
        return re.compile(r"(?<![\w.])((?:(?:[A-Z][\w.’'-]*|senior|other|military|intelligence|defen[cs]e|few|pro-[\w’'-]+)[ \t]+){0,3}"
                          r"(?:" + _speaking_groups() + r"))(?![\w’'-])")
    return vocab.compiled("group_before", ("speech_words",), build)




_REGIONAL = re.compile(r"(?i)\bregion(?:al|['’]s)?\b|\boblast\b")


def _unnamed_office_since(reader: _Reader, mention: Mention, role: str, pos: int, since: int) -> Mention | None:
    """The unnamed holder of an office of a place ("the governor of the Sumy region") who spoke after ``since`` and
    before ``pos``, for a bare "the governor" (None if none, or if the mention is no "the …")."""
    if not reader.unnamed_offices or mention.as_written.lower().split()[0] != "the":
        return None
    k = bisect_left(reader.unnamed_offices, (pos,))
    last = reader.unnamed_offices[k - 1] if k else None
    if last is not None and last[0] > since and last[0] != mention.start and role.split()[-1] in last[1].lower().split():
        holder = _office_named_next(reader, last[0])
        if holder:
            return Mention(mention.start, mention.end, holder, mention.as_written, "role")
        return Mention(mention.start, mention.end, "", last[1], "unnamed source")
    return None


#: a sentence opening with a bare full name and its speech verb: "Oleh Horbach said …" (no apposition between)
_BARE_NAME_SPEAKS = re.compile(r"\s*((?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)\s+(?:said|says|told|tells|added|wrote|writes|"
                               r"stated|reported|announced)\b")


def _office_named_next(reader: _Reader, at: int) -> str:
    """ "Here is more from the governor of the Sumy region, who spoke to local television. A B said …": the person the
    sentence right after the unnamed office's opens with, by a bare full name never written before it and a verb of
    saying (the reporter names the office holder next); "" otherwise."""
    sentence = reader.doc.sentence_at(at)
    if sentence is None:
        return ""
    named = _BARE_NAME_SPEAKS.match(reader.text, sentence.end)
    if named is None or "\n\n" in reader.text[sentence.end:named.start(1)] \
            or reader.text.find(named.group(1).split()[-1], 0, at) >= 0:
        return ""
    person = next((m for m in reader.mentions_between(named.start(1), named.end(1))
                   if m.start == named.start(1) and m.speaker and _mentions.could_be_person(m.speaker, reader.who)), None)
    return person.speaker if person is not None else ""


#: the place a regional office names ("the governor of the Sumy region", "the Sumy regional governor", "Sumy's governor")
_OFFICE_PLACE = re.compile(r"\b(?!The\b)([A-Z][\w’'-]+)(?=(?:['’]s)?\s+(?:region|regional|oblast|Oblast|Region)\b)")


def _of_place(reader: _Reader, places: list, p: int) -> bool:
    """Whether the person introduced at ``p`` may hold the office of ``places``: with no place named, or one of them in
    the sentence of the introduction ("The governor of the Kharkiv region, A B," is no governor of the Sumy region)."""
    if not places:
        return True
    sentence = reader.doc.sentence_at(p)
    a, b = (sentence.start, sentence.end) if sentence is not None else (max(0, p - 150), p + 150)
    return any(reader.text.find(place, a, b) >= 0 for place in places)


def _spoke_since(reader: _Reader, words, pos: int, introduced: tuple[int, str], keep) -> str:
    """Another person introduced with one of the role ``words`` before ``pos`` who spoke after ``introduced`` (the
    last one introduced so) was: "Brigadier General A B … Major General C D, who visited …. A B said …. “…,” the
    general said" — the general who just spoke, not the one introduced last (sk17); "" if none."""
    at, last = introduced
    best = (max(at, reader.last_spoke(last, pos), _last_named(reader, last, pos)), "")
    spoken = {}  # (each person's last words before ``pos``, read once)
    for word in words:
        items = reader.apposed.get(word, ())
        # (those before ``pos`` only, by bisection: ``apposed`` is in text order; and ``keep`` asked only of one who
        # spoke after the best so far, the only one that could change it: a scan asking it of every apposition per role
        # mention grew with the square of a long text, sp22)
        for p, _, person in items[:bisect_left(items, pos, key=_FIRST)]:
            if person == last:
                continue
            spoke = spoken.get(person)
            if spoke is None:
                spoke = spoken[person] = reader.last_spoke(person, pos)
            if spoke > best[0] and keep(p, person):
                best = (spoke, person)
    if best[1] and any(m.how in ("name", "title", "unknown name") and reader.full(m) == last
                       for m in reader.mentions_between(best[0] + 1, pos)):
        return ""  # "Kravets was more cautious …. “…,” the general said": the one named since
    return best[1]


def _last_named(reader: _Reader, person: str, pos: int) -> int:
    """Where ``person`` was last named before ``pos`` (-1: not yet)."""
    ms = reader.named.get(person, ())
    k = bisect_left(ms, pos, key=lambda m: m.start)
    return ms[k - 1].start if k else -1


def _last_apposed(reader: _Reader, words, pos: int, keep, after: int = -1, memo: tuple | None = None) -> list[tuple[int, str]]:
    """[(position, person)] of the last apposition before ``pos`` (and after ``after``) whose role word is in
    ``words`` and that ``keep(position, person)`` accepts, or []: each word's appositions read back from ``pos``
    (a scan of every apposition per role mention was quadratic); the last in ``reader.appositions``' order.

    ``memo``: what ``keep`` depends on besides the reader (the same ``memo``, the same answers): the walk back from each
    apposition is kept, so a later call jumps over those ``keep`` refused (sp22: a role no apposition fits read every
    apposition before it again, per role mention)."""
    best = None
    for word in words:
        items = reader.apposed.get(word)
        k = bisect_left(items, (pos,)) if items else 0
        if memo is not None and after == -1 and k:
            jumps = reader.__dict__.setdefault("_apposed_jumps", {}).setdefault((memo, word), {})
            walked, found = [], -1
            while k:
                if k in jumps:
                    found = jumps[k]
                    break
                walked.append(k)
                k -= 1
                if keep(items[k][0], items[k][2]):
                    found = k
                    break
            for x in walked:
                jumps[x] = found
            if found >= 0:
                best = items[found] if best is None or items[found] > best else best
            continue
        while k and items[k - 1][0] > after:
            k -= 1
            if keep(items[k][0], items[k][2]):
                best = items[k] if best is None or items[k] > best else best
                break
    return [(best[0], best[2])] if best else []


def _apposed_anywhere(reader: _Reader, role: str, country: str) -> str:
    """The first person the article introduces with ``role`` ("deputy defence minister": a "deputy minister"
    apposition) who is of ``country`` or of no known country and in no table ("" if none)."""
    keys = {role, "deputy " + role.split()[-1]} if role.startswith("deputy ") else {role}
    forms = _office_forms(role) if " " in role and not role.startswith("deputy ") else ()
    heads = {form.split()[-1] for form in forms if " of " not in form}  # "Foreign Minister A B": a "minister" apposition
    found = [(p, person) for key in keys | heads for p, _, person in reader.apposed.get(key, ())
             if person not in reader.who.speakers and _speakers._person_country(reader, p, person) in ("", country)
             and (key in keys or _names_office_at(reader, forms, p))]
    return min(found)[1] if found else ""


def _names_office_at(reader: _Reader, forms, p: int) -> bool:
    """Whether the introduction at ``p`` gives one of the office's ``forms`` in full, right before the name or in the
    words after it ("Foreign Minister A B", "A B, the foreign minister,", "Minister of Defence A B")."""
    window = reader.text[max(0, p - 40):p + 120].lower()
    if FORMER.search(window[:min(p, 40)]):
        return False  # "former Foreign Minister A B": no holder of the office today
    end = window.find(".", 40)
    window = window[:end] if end >= 0 else window
    return any(re.search(r"(?<![\w-])" + re.escape(form) + r"\b", window) for form in forms)


@functools.lru_cache(maxsize=256)
def _before_particle_name(surname: str) -> re.Pattern:
    """ "David van Weel": the capitalised word before a lower-case particle surname (compiled once per surname)."""
    return re.compile(r"(?<![\w’'])([A-Z][\w’'-]+)\s+" + re.escape(surname) + r"(?![\w’'])")


#: an unnamed person written as one of many: "a commander", "the commander of a Ukrainian brigade" (not "the commander")
_INDEFINITE_ONE = re.compile(r"(?i)an?\s|the\s+(?:[\w’'-]+\s+){1,3}?(?:of|in|with|from)\s+an?\s")


#: a person's noun between a body's name and the verb: "the General Staff spokesman said", "the RUSI analyst said"
_PERSON_NOUN_AFTER = re.compile(r"\s+(spokesman|spokeswoman|spokesperson|analyst|expert|researcher|fellow|commander|"
                                r"official|director|representative)\s+(?=[a-z])")


#: an unnamed holder of one office of a place: "the governor of Russia's Belgorod region", "the head of the city's
#: military administration", "the mayor of Kharkiv"
_OFFICE_OF_PLACE = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*['’]s\s+|[a-z]+['’]s\s+)?"
                             r"(?:[A-Z][\w’'-]*|city|town|region|regional|district|oblast)"
                             # "The Kharkiv regional governor", "the Sumy region's governor": the place before the office
                             r"|[Tt]he\s+[A-Z][\w’'-]*\s+(?:regional|region['’]s|oblast|city)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")
_GROUP_AFTER_BODY = re.compile(r"\s+([a-z]+s)\b")
_SPOKESPERSON_FOR = re.compile(r"\b([Aa]n?\s+(?:[\w-]+\s+)?(?:" + _SPOKESPERSON_NOUN + r"|representative))\s+(?:for|of)\s+$")


def _body_person(reader: _Reader, mention: Mention, pos: int) -> str:
    """ "the RUSI analyst said" after "Tom Hadley, an analyst at the Royal United Services Institute": the person the
    article introduced with that noun next to that body's name (its words, or its initials), the last before ``pos``
    ("" if none)."""
    after = _PERSON_NOUN_AFTER.match(reader.text, mention.end)
    if after is None or _mentions.is_person(mention.speaker, reader.who):
        return ""
    body = re.sub(r"^(?:[Tt]he)\s+", "", mention.as_written).strip()
    if not body or not body[:1].isupper():
        return ""
    for p, _, person in reversed(reader.apposed.get(after.group(1).lower(), [])):
        if p >= pos:
            continue
        sentence = reader.doc.sentence_at(p)  # the introduction's own sentence
        window = reader.text[sentence.start:sentence.end] if sentence is not None else reader.text[max(0, p - 120):p + 160]
        initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w’'-]*", window))
        if body in window or (body.isupper() and len(body) > 1 and body in initials):
            return person
    return ""


def _of_bodies(reader: _Reader, bodies: list, p: int) -> bool:
    """Every body name of ``bodies`` ("Kremlin") is in the sentence that introduced the person at ``p``."""
    if not bodies:
        return True
    sentence = reader.doc.sentence_at(p)
    window = reader.text[sentence.start:sentence.end] if sentence is not None else reader.text[max(0, p - 120):p + 160]
    return all(b in window or (b.islower() and b in window.lower()) for b in bodies)


#: "the head of Ukraine's military intelligence", "the chief of Zelensky's office": an office named by its owner's
#: possessive inside the role
_HEAD_OF_OWNED = re.compile(r"(?:[Tt]he\s+)?((?i:head|chief|director))\s+of\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
                            r"['’]s?\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")


_HEAD_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+(?i:head|chief|director)\s+of\s+(?:the\s+)?$")


def _owned_office_holder(reader: _Reader, held) -> str:
    """The one holder the tables give for "the head of <owner>'s <office>" on the article's day: the owner a country
    ("the head of Ukraine's military intelligence": Ukraine's "head of military intelligence"), or a president or
    leader whose "office" is the presidential office ("the head of Zelensky's office"); "" when none or several."""
    words = held.group(3).lower().split()
    for n in range(len(words), 0, -1):  # "… military intelligence told Reuters": the office ends where a holder fits
        holder = _owned_office(reader, held.group(1).lower(), held.group(2), " ".join(words[:n]))
        if holder:
            return holder
    return ""


_NAME_APPOSED_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*[A-Z][\w’'-]+[^\S\n]+[A-Z]")
_NAME_APPOSED_BEFORE = re.compile(r"[A-Z][\w’'-]+[^\S\n]+[A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'-]+)?,[^\S\n]*$")
_COUNTRYS_OFFICE = re.compile(r"([A-Z][\w’'-]*)['’]s\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")


def _countrys_office_holder(reader: _Reader, mention: Mention) -> str:
    """ "Ukraine's top military officer", "Russia's most senior general": the one person of that country whose table
    roles hold those words exactly and who holds office on the statement's day; "" when none or several."""
    held = _COUNTRYS_OFFICE.fullmatch(mention.as_written.strip())
    if held is not None and (_NAME_APPOSED_AFTER.match(reader.text, mention.end)
                             or _NAME_APPOSED_BEFORE.search(reader.text, max(0, mention.start - 60), mention.start)):
        return ""  # "A B, Ukraine's deputy prime minister," / "Ukraine's deputy prime minister, A B,": the one named
    who = reader.who
    country = who.country_of_form.get(held.group(1)) if held is not None else None
    if not country:
        return ""
    role, day = " ".join(held.group(2).split()), reader.role_day
    fits = [name for name, of in _with_role(who, role) if of == country and role in who.speakers[name].roles
            and who.speakers[name].kind == "person"
            and (pd.isna(day) or who.speakers[name].holds_on(day.strftime("%Y-%m-%d")))]
    return fits[0] if len(fits) == 1 else ""


def _owned_office(reader: _Reader, head: str, owner: str, office: str) -> str:
    who = reader.who
    country = who.country_of_form.get(owner)
    person = who.alias_to_name.get(owner) if country is None else None
    if person is not None and who.speakers[person].kind == "person" and office == "office" \
            and {"president", "leader", "head of state"} & set(who.speakers[person].roles):
        country, office = who.speakers[person].country, "presidential office"
    if not country:
        return ""
    role = f"{head} of {office}"
    day = reader.role_day
    fits = [name for name, of in _with_role(who, role) if of == country
            and (pd.isna(day) or who.speakers[name].holds_on(day.strftime("%Y-%m-%d")))]
    exact = [name for name in fits if role in who.speakers[name].roles]
    return exact[0] if len(exact) == 1 else ""


def _stretch(reader: _Reader, names: list, k: int) -> tuple[int, int]:
    """The part of the sentence naming ``names[k]`` that is about that person: from the person named before it (or the
    sentence's start) to the person named after it (or the sentence's end)."""
    m = names[k]
    sentence = reader.doc.sentence_at(m.start)
    a, b = (sentence.start, sentence.end) if sentence is not None else (max(0, m.start - 150), m.end + 150)
    before = names[k - 1].end if k and names[k - 1].end > a else a
    after = min([n.start for n in reader.person_names if n.start >= m.end] + [b])
    return before, after


def _introduced_country(reader: _Reader, person: str, pos: int) -> str:
    """The one country named in the stretches of the sentences that name ``person`` before ``pos`` ("Finland's defence
    minister, A B, spoke first": Finland); "" when none or several."""
    names = [m for m in reader.person_names if m.end <= pos + 1 and m.how != "role"]
    for k, m in enumerate(names):
        if reader.full(m) == person and not _mentions.nationality_noun(reader.text, m.start, m.end):
            a, b = _stretch(reader, names, k)
            found = _countries_in(reader.text[a:m.start] + " " + reader.text[m.end:b], reader.who)
            return next(iter(found)) if len(found) == 1 else ""  # (the sentence introducing the person)
    return ""


def _of_nationality(reader: _Reader, country: str, pos: int) -> str:
    """The person last named before ``pos`` whose country is ``country``: by the tables, or by a form of the country
    ("Finland's", "Colombian", "Tbilisi", "Pole") in the stretch of the sentence naming the person, between the
    people named around ("Poland's deputy minister, A B, sat next to C D of Sweden": A B is the Pole)."""
    forms = [f for f, (c, _) in vocab.country_forms().items() if c == country] \
        + [n for n, c in vocab.person_nouns().items() if c == country]
    if not forms:
        return ""
    form_regex = re.compile(r"(?<![\w’'-])(?:"
                            + "|".join(re.escape(f) for f in sorted(forms, key=lambda w: (-len(w), w)))
                            + r")(?![\w-])")
    names = [m for m in reader.person_names if m.end <= pos and m.how != "role"
             and not _mentions.nationality_noun(reader.text, m.start, m.end)]
    for k in range(len(names) - 1, -1, -1):
        m = names[k]
        person = reader.full(m)
        if not person or not _mentions.is_person(person, reader.who) and " " not in person \
                and not given_name(reader.text, m):  # (a call sign is a person's one name: "… the call sign Texas")
            continue
        row = reader.who.speakers.get(person)
        if row is not None and row.country == country:
            return person
        before, after = _stretch(reader, names, k)
        if form_regex.search(reader.text, before, m.start) or form_regex.search(reader.text, m.end, after):
            return person
    return ""


#: ", the head of Ukraine's military intelligence agency": the body's words make an office "<words> chief"
_HEAD_OF_BODY = re.compile(r",\s+(?:the\s+)?(?:head|chief|director)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*['’]s\s+)?"
                           r"((?:[\w-]+\s+){0,2}?[\w-]+?)(?:\s+(?:agency|service|directorate|department))?\s*$",
                           re.IGNORECASE)


_OFFICE_OF = re.compile(r"([a-z]+)\s+of\s+(?:the\s+)?([a-z]+)")


def _office_forms(role: str) -> tuple[str, ...]:
    """An office and its other word order: "secretary of defense" is a "defense secretary", "minister of defence" a
    "defence minister" (and back)."""
    of = _OFFICE_OF.fullmatch(role)
    if of is not None:
        return role, f"{of.group(2)} {of.group(1)}"
    words = role.split()
    return (role, f"{words[1]} of {words[0]}") if len(words) == 2 else (role,)


#: "the former president", "an ex-minister", "the late general": not the office's holder that day
FORMER = re.compile(r"(?i)\b(?:former|ex-|then-|one-time|late\b)")


_UNIT = re.compile(r"(?i)\b(?:battalion|brigade|regiment|company|platoon|corps|unit)\b")


_role_index: list = [None, {}]  # [the who-is-who it was built for, role → ((name, country), …)]


def _with_role(who, role: str) -> tuple[tuple[str, str], ...]:
    """(name, country) of every speaker with ``role`` among their roles (or a word of one),
    in table order; looked up once per role (a document has many role mentions)."""
    if _role_index[0] is not who:
        _role_index[:] = [who, {}]
    by_role = _role_index[1]
    found = by_role.get(role)
    if found is None:
        found = by_role[role] = tuple((s.name, s.country) for s in who.speakers.values()
                                      if any(role == r or role in r.split() for r in s.roles))
    return found


# the modules above this one, whose names its functions read (as ``module.name``) when they run: imported
# after this module's definitions (they import from it), in layer order from the one just above
from . import _speakers  # noqa: E402,F401
