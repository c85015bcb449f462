"""Who a mention is: the per-document reader every rule reads through (``_Reader``), a role noun or a pronoun resolved
to a person of the article so far (``_resolve``, ``_antecedent``), institutions and their spokespeople, the speaker
of a transcript line, and the side (country) a speaker speaks for."""

from __future__ import annotations

import functools
from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left, bisect_right, insort

import pandas as pd

from saidvsdone import mentions as _mentions
from saidvsdone.segment import trim_end
from saidvsdone import vocab, when
from saidvsdone.matcher import trie_pattern
from saidvsdone.mentions import Mention

from ._acts import _ANY_MARK, _Event, _find_cues, _FOLDS_APART, _PLAIN_PROSE, _STAMP_ONLY, _words, Cue, RuleGuard
from ._names import (
    _apposed_anywhere, _appositions, _back_reference, _before_particle_name, _body_person, _BODY_WORD_AFTER,
    _CALL_SIGN, _countries_in, _countrys_office_holder, _GENERATION_OPENS, _GROUP_AFTER_BODY, _HEAD_BEFORE, _HEAD_OF_OWNED,
    _INDEFINITE_ONE, _introduced_country, _introductions, _is_dateline, _just_heard, _kin_name, _KIN_OPENS,
    _last_apposed, _last_named, _last_speaker, _NAMED_SUBJECT_BEFORE, _of_bodies, _of_nationality, _of_place,
    _office_forms, _OFFICE_PLACE, _OPENING_PHRASE, PRESS_UNIT, _owned_office_holder, _plural_antecedent, _possessor_role,
    _RANK_OF, _DOTTED_IN_TITLE, _REGIONAL, _REPORTER_CALLED, _ROLE_WORDS, _spoke_since, _SPOKESPERSON_FOR, _THE_BODY_WORD, _THE_NOUN, _UNIT,
    _unnamed_office_since, _with_role, _words_before_name, FORMER, NAMING_FORMULA, same_one,
)


#: a time before the story's in a paragraph of narration: a year after "in", "since", "of", "from", "until" ("in February
#: 2022", "since the end of 2023"), "since" itself ("since last autumn"), or a verb in the perfect ("has pressed", "have
#: supplied", "had agreed"): background to the story, no new occasion (mt10)
_BACKGROUND = re.compile(r"\b(?:(?:[Ii]n|since|of|from|until)\s+(?:[\w-]+\s+){0,3}(?:19|20)\d{2}\b|[Ss]ince\b|"
                         r"(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|lt|ne|id|ught)\b)")


class _Reader:
    """Lookups over one document's mentions and cues (sorted offsets: no rescans)."""

    def __init__(self, doc, who):
        self.doc, self.text, self.who = doc, doc.text, who
        self.mentions = _mentions.known(doc, who)
        self.mention_starts = [m.start for m in self.mentions]
        self.cues = _find_cues(doc)
        self.cue_starts = [c.start for c in self.cues]
        self.events: list[_Event] = []
        self.events_in_order = True  # (whether ``events`` stand in text order, so bisection finds a position: rv22c)
        self.resolved: dict[int, object] = {}  # a statement's date expression → the day it was read as
        self.event_positions: dict[str, list[int]] = {}
        self.named: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.how in ("name", "title"):
                self.named.setdefault(m.speaker, []).append(m)
        self._dates = None
        self.role_day = doc.published  # the day a role is read on ("the defence minister" then): see analyse
        self.person_names: list[Mention] = []
        self.unnamed: list[tuple[int, str]] = []  # (position, words) of each "a senior official" who spoke
        self.unnamed_offices: list[tuple[int, str]] = []  # (position, words) of each unnamed "the governor of X" who spoke
        self.appositions = _appositions(self)
        self.apposed: dict[str, list] = {}  # the appositions of each role word, in order (see _last_apposed)
        for item in self.appositions:
            self.apposed.setdefault(item[1], []).append(item)
        # a role that opens a sentence and stands for a person is that sentence's subject too ("The
        # battalion commander listens …": "he" later may be him)
        ranked = []
        for m in self.mentions:
            if m.how == "role" and self.opens_sentence(m):
                person = _resolve(self, m, m.start)
                if person is not None and person.speaker and _mentions.could_be_person(person.speaker, who):
                    insort(self.person_names, person, key=lambda x: x.start)
                    row = who.speakers.get(person.speaker)
                    if row is not None and m.as_written.split()[-1].lower() in _words("military_role") \
                            and re.match(r"[A-Z][\w’'-]*['’]s\s", m.as_written):
                        # "Ukraine's top military officer said …. The general answered:": the tables' holder has
                        # that rank too (a country's office the copy never names)
                        ranked += [(m.start, r, person.speaker) for r in row.roles if r in _words("military_role")]
        for item in sorted(ranked):
            insort(self.appositions, item)
            insort(self.apposed.setdefault(item[1], []), item)
        for m in self.mentions:  # "The head of Ukraine's military intelligence addressed …": its holder, later "he"
            if m.how != "name" or m.start < 12 or not _HEAD_BEFORE.search(self.text, max(0, m.start - 30), m.start):
                continue
            held = _HEAD_OF_OWNED.match(self.text, _HEAD_BEFORE.search(self.text, max(0, m.start - 30), m.start).start())
            holder = _owned_office_holder(self, held) if held is not None else ""
            opener = Mention(held.start(), m.end, holder, self.text[held.start():m.end], "role") if holder else None
            if opener is not None and self.opens_sentence(opener):
                insort(self.person_names, opener, key=lambda x: x.start)
        for m in self.mentions:  # "Zelensky's chief of staff, a former film producer, was blunter": its holder, later "he"
            if m.how != "unnamed source" or m.speaker or "s " not in m.as_written or not self.opens_sentence(m):
                continue
            held = _possessor_role(self, m)
            if held is not None and held.speaker and _mentions.could_be_person(held.speaker, who):
                insort(self.person_names, held, key=lambda x: x.start)
        for kin in _KIN_OPENS.finditer(self.text):  # "His son, listening from the doorway, laughed.": him, later "he"
            opener = Mention(kin.start(1), kin.end(1), "", kin.group(1), "role")
            name = _kin_name(self, kin.group(2).lower(), kin.start()) if self.opens_sentence(opener) else ""
            if name:
                insort(self.person_names, Mention(opener.start, opener.end, name, opener.as_written, "role"),
                       key=lambda x: x.start)
        for called in _REPORTER_CALLED.finditer(self.text):  # "When I called Dmytro …, he was brief.": "he" is Dmytro
            name = called.group(1)
            known = next((m for m in self.mentions_between(called.start(1), called.end(1)) if m.how in ("name", "title")
                          and m.speaker), None)
            if known is not None:
                name = known.speaker
            elif " " not in name:
                if called.group(1) not in who.first_names \
                        and _TO_A_NAME.search(self.text, max(called.start(), called.start(1) - 6), called.start(1)):
                    continue  # ("When we arrived at Bakhmut, he …": a lone word after a preposition is a first name)
                name = _mentions.full_name_from_first(doc, name, called.start(1), who) or name
            if name.split()[0].lower() in who.title_words or name in who.country_of_form \
                    or not _mentions.could_be_person(name, who):
                continue  # ("When I wrote to NATO, …": no person)
            insort(self.person_names, Mention(called.start(2), called.end(2), name, called.group(2), "role"),
                   key=lambda x: x.start)
        self.person_name_starts = [m.start for m in self.person_names]
        # "Dub's commander, a lieutenant colonel who asked not to be named, was less categorical.": the subject is the
        # unnamed commander, not Dub (a later "he" is the commander)
        self.possessed: list[tuple[int, str]] = []
        for m in self.person_names:
            hit = _POSSESSED_UNNAMED.match(self.text, m.end) if self.text.startswith(("'s ", "’s "), m.end) else None
            if hit is None or hit.group(1).split()[-1].lower() not in _mentions.generic_roles() \
                    or any(w[:1].isupper() and w not in who.country_of_form for w in hit.group(2).split()[1:]) \
                    or not self.opens_sentence(m):
                continue
            country = _person_country(self, m.start, self.full(m)) or _introduced_country(self, self.full(m), m.start) \
                or _article_side(self)
            role = hit.group(1).lower()
            self.possessed.append((m.start, f"{_mentions.demonym_of(country)} {role} (unnamed)" if country
                                   else f"{role} (unnamed)"))
        self.previous_quote = None  # (quote, reading) of the quote attributed last
        #: outlets the article named by a noun ("“Grey Heron”, a nationalist channel"): never "he" or "she", "it" may be one
        self.outlets: set[str] = set()

    def opens_sentence(self, m: Mention) -> bool:
        """The mention is its sentence's subject: at most one word ("Then", "Later") before it."""
        sentence = self.doc.sentence_at(m.start)
        start = sentence.start if sentence is not None else 0
        before = _GENERATION_OPENS.sub("", self.text[start:m.start])  # "The elder Horbach has …": the subject
        if m.how == "unknown name" and _mentions.nationality_noun(self.text, m.start, m.end):
            before = before[:-4] if before.endswith(("the ", "The ")) else before  # "…, the Finn shook his head"
        # or an opening phrase and a comma before it: "Two days later, Zelensky visited Bucha."
        if len(before.split()) <= 1 or _OPENING_PHRASE.fullmatch(before) is not None:
            return True
        if _NAMED_SUBJECT_BEFORE.fullmatch(before) and self.text.startswith(",", m.end):
            return True  # "Koval's assistant, an 18-year-old named Denys, has not yet …": the name the subject is given
        comma_after = self.text.startswith(",", m.end)
        if comma_after and _GIVEN_IN_ASIDE_BEFORE.fullmatch(before):
            # "The commander of a drone battalion near the town, who gave only his call sign, Ptakh, made two points.":
            # the one name the subject's own aside gives him (sk35)
            return True
        viewpoint = _VIEWPOINT_BEFORE.fullmatch(before) if comma_after else None
        if viewpoint is not None \
                and all(w in self.who.title_words or w in _words("introduced_noun") or w in _words("second_reference")
                        for w in viewpoint.group(1).split()):
            # "For analyst A B, of the X institute, the loss is symbolic. He said …": whose view the sentence gives is
            # what it is about, as a subject (sk35)
            return True
        # or titles written in lower case before the name ("Kremlin spokesman Dmitry Peskov was asked …"), after one
        # opening phrase or two ("Back outside the ministry, as the crowd thinned, Mrs Koval folded …")
        opening = _OPENING_PHRASE.match(before)
        rest = before[opening.end() if opening is not None else 0:]
        again = _OPENING_PHRASE.match(rest) if opening is not None and opening.end() else None
        if again is not None and again.end():
            rest = rest[again.end():]
            if len(rest.split()) <= 1:
                return True
        words = rest.split()
        titles, forms = self.who.title_words, self.who.country_of_form
        if bool(words) and all(w.lower() in titles or w in forms for w in words):
            return True
        # "Foreign Ministry spokeswoman Maria Zakharova went further.": a body's capitalised name, then the title
        return 1 < len(words) <= 5 and words[-1].lower() in titles and all(
            w.lower() in titles or w in forms or (w[:1].isupper() and w.isalpha()) for w in words)

    def full(self, m: Mention) -> str:
        """The name a person mention stands for ("Voronina" → "Kateryna Voronina")."""
        return _resolve(self, m, m.start).speaker if m.how == "unknown name" else m.speaker

    def add_event(self, event: _Event) -> None:
        if self.events and event.pos < self.events[-1].pos:
            self.events_in_order = False
        self.events.append(event)
        insort(self.event_positions.setdefault(event.speaker, []), event.pos)

    def last_spoke(self, speaker: str, pos: int) -> int:
        """Where ``speaker`` last spoke at or before ``pos`` (-1: not yet)."""
        positions = self.event_positions.get(speaker, [])
        i = bisect_right(positions, pos)
        return positions[i - 1] if i else -1

    def introductions(self) -> dict:
        """Every unnamed person introduced ("a senior US official"), indexed once (see :func:`_introductions`)."""
        if "_introductions" not in self.__dict__:
            self._introductions = _introductions(self.doc, self.who)
        return self._introductions

    def known_between(self, a: int, b: int) -> list[Mention]:
        lo, hi = bisect_left(self.mention_starts, a), bisect_left(self.mention_starts, b)
        return [m for m in self.mentions[lo:hi] if m.end <= b]

    def mentions_between(self, a: int, b: int) -> list[Mention]:
        inside = self.known_between(a, b)
        near = self.known_between(a - 60, b + 60)
        return sorted(inside + _mentions.unknown_names(self.doc, a, b, near, self.who), key=lambda m: m.start)

    def cues_between(self, a: int, b: int) -> list[Cue]:
        return self.cues[bisect_left(self.cue_starts, a):bisect_left(self.cue_starts, b)]

    def may_hold(self, words: tuple[str, ...], a: int, b: int) -> bool:
        """Can ``text[a:b]`` hold one of the lower-case ASCII ``words`` in any case? A fast test before
        a case-insensitive regex that needs one of them (the text lower-cased once; True, so the regex
        decides, where (?i) matches a character lower() does not give: İ ı ſ K)."""
        if "_lowered" not in self.__dict__:
            self.lowered()
        if self._lowered is None:
            return True
        find = self._lowered.find
        for w in words:  # (a loop, not any() over a generator: asked ≈110 times an article, issue 17)
            if find(w, a, b) >= 0:
                return True
        return False

    def lowered(self) -> str | None:
        """The text lower-cased (made once), or None where (?i) matches a character lower() does not give (İ ı ſ K)."""
        if "_lowered" not in self.__dict__:
            lowered = self.text.lower()
            self._lowered = None if len(lowered) != len(self.text) or _FOLDS_APART.search(self.text) else lowered
        return self._lowered

    def may_match(self, guard: RuleGuard) -> bool:
        """Can one of the guard's patterns match anywhere in the article? A rule's guard, answered once per document:
        False when the text holds none of the strings every match of each pattern must hold (read from the patterns
        themselves, tables' words included: :func:`_literals.may_match`), so a rule that needs one of them to find
        anything is not run at all in an article without them (issue 17)."""
        cache = self.__dict__.get("_guards")
        if cache is None:
            cache = self._guards = {}
        found = cache.get(guard)
        if found is None:
            from saidvsdone import _literals  # (on first use: no import at the module's import)
            found = cache[guard] = any(_literals.may_match(p, self.text, self.lowered()) for p in guard.patterns)
        return found

    def quiet(self) -> frozenset[int]:
        """The interruptions and the paragraphs of plain narration that name nobody and no day, quote nothing and hold
        no speech verb ("A stray dog trots across the empty square."): such a paragraph neither ends the passage about
        a dated statement nor counts in its reach (built once)."""
        if "_quiet" not in self.__dict__:
            doc, found, backgrounds = self.doc, set(self.doc.interruptions), set()
            for index, (a, b) in enumerate(doc.paragraphs):
                if index not in found and a >= doc.headline_end and _STAMP_ONLY.fullmatch(self.text, a, b):
                    found.add(index)  # a live-blog post's time stamp: the posts go on ("as of today" two posts down)
                    continue
                if index not in found and a >= doc.headline_end and _PLAIN_PROSE.fullmatch(self.text, a, b) \
                        and not _ANY_MARK.search(self.text, a, b) \
                        and not self.cues_between(a, b) and not self.dates_between(a, b):
                    mentioned = self.mentions_between(a, b)
                    background = _BACKGROUND.search(self.text, a, b) is not None and all(
                        m.how == "country" or (m.how == "unknown name" and " " not in m.speaker) for m in mentioned)
                    if background:
                        backgrounds.add(index)
                    if background or all(m.how == "unknown name" and " " not in m.speaker for m in mentioned):
                        # (a lone capitalised word opening a sentence, "Farmers", "Along", names nobody; a background
                        # paragraph names sides and places, no person or body, in a time before the story's: "Russia
                        # launched its full-scale invasion in February 2022.", "Kyiv has pressed its allies for …")
                        found.add(index)
            self._quiet = frozenset(found)
            self._background_sorted = tuple(sorted(backgrounds | set(doc.interruptions)))
        return self._quiet

    def background_gap(self, earlier: int, later: int) -> int:
        """How far paragraph ``later`` is from paragraph ``earlier`` in the story (1: the next one), the interruptions
        and the background paragraphs of :meth:`quiet` between not counted (by bisection): not a live-blog post's stamp
        (a new post) nor a paragraph of plain narration ("The soldiers' picture is darker.": a new scene)."""
        if later - earlier <= 1:
            return later - earlier
        self.quiet()
        return self.doc.story_gap(earlier, later, self._background_sorted)

    def quiet_back(self, index: int, steps: int) -> int:
        """The paragraph ``steps`` paragraphs before paragraph ``index``, the :meth:`quiet` ones between not counted."""
        return self.doc.story_back(index, steps, self.quiet())

    def dates_between(self, a: int, b: int) -> list:
        if self._dates is None:
            self._dates = [e for e in when.find(self.text) if (not self.doc.in_quote(e.start) or _quoted_heading(self.text, e))
                           and not self.doc.in_furniture(e.start)  # a caption's "Tuesday, Oct. 10, 2023": no time cue
                           and not _is_dateline(self.text, e)]
            self._date_starts = [e.start for e in self._dates]
        lo, hi = bisect_left(self._date_starts, a), bisect_left(self._date_starts, b)
        return [e for e in self._dates[lo:hi] if e.end <= b]


# a document's heading quoted after the verb that names it ('The transcript is headed "Moscow, June 19"', 'a letter dated
# "Kyiv, 3 March"'): a place and a day, no one's words; its day is a time cue of the narration (dt19)
_HEADING_BEFORE = re.compile(r"(?i)\b(?:headed|dated|datelined|marked|stamped|begins|opens)\s*[“\"]\s*$")
_HEADING_ALONE = re.compile(r"\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},\s*$")


#: "The commander of a brigade, who gave only his call sign, ", "A nurse, who asked to be identified only by her first
#: name, ": a subject, then a naming formula in its relative aside, right before the one name it gives
_GIVEN_IN_ASIDE_BEFORE = re.compile(r"\s*(?:The|A|An|One|Another)\s[^,.;:“”\"\n]{1,90},\s+who\s+[^,.;:“”\"\n]{1,60}?\b(?:name|nickname|"
                                    + NAMING_FORMULA + r")\s*,?\s+")
#: "For analyst ", "To ": a fronted viewpoint ("For analyst A B, …, the loss is symbolic"), lower-case titles at most
_VIEWPOINT_BEFORE = re.compile(r"\s*(?:For|To)\s+((?:[a-z][\w-]*\s+){0,3})")


def _quoted_heading(text: str, e) -> bool:
    """Whether the date ``e``, inside quote marks, is a quoted heading's day: the marks hold only a place and the date
    right after a verb that names a heading (``_HEADING_BEFORE``)."""
    opening = max(text.rfind("“", max(0, e.start - 40), e.start), text.rfind('"', max(0, e.start - 40), e.start))
    if opening < 0 or not _HEADING_BEFORE.search(text, max(0, opening - 20), opening + 1) \
            or not _HEADING_ALONE.fullmatch(text, opening + 1, e.start):
        return False
    return re.match(r"\s*[”\"]", text[e.end:e.end + 3]) is not None


def heading_quote(text: str, span) -> bool:
    """Whether a quoted span is a document's heading ('is headed "Moscow, June 19"'): a place and a day after a verb that
    names a heading, no one's words (see :func:`_quoted_heading`)."""
    if span.end - span.start > 40 or not _HEADING_BEFORE.search(text, max(0, span.outer_start - 20), span.outer_start + 1):
        return False  # (cheap prefilter: most quotes are long, or follow no heading verb)
    found = when.find(text[span.start:span.end])
    if len(found) != 1 or span.start + found[0].end != span.end:
        return False
    e = found[0]
    return _quoted_heading(text, type(e)(span.start + e.start, span.start + e.end, e.text, e.kind))


def _military_body() -> re.Pattern:
    """The bodies that speak for a side on the battlefield (the devset labels "Russia has claimed …" with its defence
    ministry: its §8, 017), not the Kremlin or a foreign ministry: a ``military_body`` word of
    ``data/speech_words.csv`` anywhere in a name or role (built once)."""
    def build():
        words = sorted(_words("military_body"), key=lambda w: (-len(w), w))
        return re.compile(r"(?i)" + trie_pattern({" ".join(w.split()) for w in words}, spaces=True, ignore_case=True))
    return vocab.compiled("military_body", ("speech_words",), build)


#: "In Kupiansk, …", "In Kyiv, the defence ministry said": the place a sentence opens with (a capital sets the sentence
#: in one side's capital: ``_sided_institution``)
FRONTED_PLACE = re.compile(r"\s*In\s+([A-Z][\w’'-]+)\s*,")


def _resolve(reader: _Reader, mention: Mention, pos: int) -> Mention | None:
    """Give a role or pronoun mention the person it refers to, from the article so far; a country's office no rule
    resolved ("Ukraine's top military officer") is the one the tables give that office that day."""
    found = _resolve_in_article(reader, mention, pos)
    if mention.how == "role" and not mention.speaker and (found is None or not found.speaker):
        holder = _countrys_office_holder(reader, mention)
        if holder:
            return Mention(mention.start, mention.end, holder, mention.as_written, "role")
        led = _LEADER_OF.fullmatch(mention.as_written)
        country = vocab.country_forms().get(led.group(1), ("", ""))[0] if led is not None \
            and led.group(2).lower() in _words("leader_noun") else ""
        person = _of_nationality(reader, country, mention.start) if country else ""
        if person:  # "the Latvian leader told journalists" after "Latvian Prime Minister A B": the one of that country
            return Mention(mention.start, mention.end, person, mention.as_written, "role")
        if _TOP_OFFICE.match(mention.as_written):
            # "The top US commander in Europe told …" in the lede, then "Gen. A B, who heads …": the one named below
            below = _names_module()._named_below(reader, Mention(mention.start, mention.end, "", mention.as_written,
                                                        "unnamed source"))
            if below is not None:
                return below
    return found


#: a unique office in a lede: "The top US commander", "the most senior Russian general"
_TOP_OFFICE = re.compile(r"(?i)the\s+(?:top|most\s+senior|highest-ranking)\s")


#: "the Latvian leader", "the Finnish premier": a country's form and a ``leader_noun`` of data/speech_words.csv
_LEADER_OF = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er)\s+([A-Z][\w’'-]+)\s+([a-z]+)")


def _resolve_in_article(reader: _Reader, mention: Mention, pos: int) -> Mention | None:
    """Give a role or pronoun mention the person it refers to, from the article so far."""
    who = reader.who
    person = _body_person(reader, mention, pos) if mention.how in ("role", "name", "unknown name", "unnamed source") else ""
    if person:
        return Mention(mention.start, mention.end, person, mention.as_written, "role")
    voice = _seat_voice_next(reader, mention, pos) if mention.how == "name" else ""
    if voice:  # "The Kremlin said on Wednesday …" ⏎ "Dmitry Peskov, the Kremlin's spokesman, told reporters …" (sk43)
        return Mention(mention.start, mention.end, voice, mention.as_written, "role")
    body = _unlisted_body_named(reader, mention) if mention.how == "unnamed source" and not mention.speaker else ""
    if body:  # "the open-source group Frontline Atlas …. The group said": the body the noun introduced (sk43)
        return Mention(mention.start, mention.end, body, mention.as_written, "role")
    if mention.how == "name" and not _mentions.is_person(mention.speaker, who):
        group = _GROUP_AFTER_BODY.match(reader.text, mention.end)
        if group is not None and group.group(1).lower() in _words("speaking_group"):
            # "NATO officials said", "Pentagon officials said": a group of the body's people, the conventions'
            # descriptive label, not the body itself
            return Mention(mention.start, group.end(1), "", reader.text[mention.start:group.end(1)], "unnamed source")
    held = _HEAD_OF_OWNED.match(reader.text, mention.start) if mention.how in ("unnamed source", "role") \
        and not mention.speaker and mention.as_written[:1] in "Tt" else None
    held = held if held is not None and held.end() >= mention.end else None
    holder = _owned_office_holder(reader, held) if held is not None else ""
    if holder:  # "the head of Ukraine's military intelligence", "the head of Zelensky's office": the tables' holder
        return Mention(mention.start, mention.end, holder, mention.as_written, "role")
    spoke_for = _SPOKESPERSON_FOR.search(reader.text, max(0, mention.start - 40), mention.start) \
        if mention.how in ("role", "name", "unknown name", "unnamed source") else None
    if spoke_for is not None:  # "a spokesman for the Southern Defence Forces said" in the lede, named in the next paragraph
        ahead = _introduced_next(reader, Mention(spoke_for.start(), mention.end, "", spoke_for.group(1), "role"), pos)
        if ahead:
            return Mention(mention.start, mention.end, ahead, mention.as_written, "role")
    if mention.how == "unknown name" and mention.speaker[:1].islower():  # "van Weel said" after "David van Weel"
        titles = reader.who.title_words
        first = [m.group(1) for m in _before_particle_name(mention.speaker).finditer(reader.text, 0, pos)
                 if m.group(1).lower() not in titles]  # "Mr van Weel" names no first name
        if first:
            full = f"{first[-1]} {mention.speaker}"
            return Mention(mention.start, mention.end, full, mention.as_written, mention.how)
    if mention.how == "unknown name" and " " not in mention.speaker \
            and _mentions.nationality_noun(reader.text, mention.start, mention.end):
        # "Poland's deputy minister, A B, …. The Pole smiled.": the person last introduced with that country
        person = _of_nationality(reader, vocab.person_nouns()[mention.speaker], mention.start)
        return Mention(mention.start, mention.end, person, mention.as_written, "role") if person else \
            Mention(mention.start, mention.end, "", mention.as_written, "unresolved role")
    if mention.how == "unknown name" and " " not in mention.speaker:
        full = (_mentions.generation_name(reader.doc, mention.speaker, mention.start, mention.end, who)  # "the elder X"
                or _mentions.surname_first_name(reader.doc, mention.speaker, pos, who)  # "Kim" after "Kim Hye-rin"
                or _mentions.full_name(reader.doc, mention.speaker, pos, who)  # "Mr Wallace" after "Ben Wallace"
                or _mentions.full_name_from_first(reader.doc, mention.speaker, pos, who))  # "Taras" after "Taras Hnatyuk"
        if not full and mention.start < getattr(reader.doc, "headline_end", 0):
            # "Russia takes 2 villages, Kovalenko says" over the body's "Oleh Kovalenko, a soldier, said": the body's
            # full name (a headline's subject is the body's speaker; lb3: the fact said "Kovalenko", the claim the
            # full name)
            full = _mentions.full_name(reader.doc, mention.speaker, len(reader.text), who)
        return Mention(mention.start, mention.end, full, mention.as_written, mention.how) if full else mention
    if mention.how == "role" and _HEAD_OF_DEFENCE.match(reader.text, mention.end) and mention.as_written.lower() == "the head":
        # "the head of the military department noted" (agency style): the defence minister
        found = _resolve(reader, Mention(mention.start, mention.end, "", "the defence minister", "role"), pos)
        if found is not None and found.speaker:
            return Mention(mention.start, mention.end, found.speaker, mention.as_written, "role")
    if mention.how == "unnamed source" and not mention.speaker and _DEFENCE_CHIEF.fullmatch(mention.as_written):
        for office in ("defence minister", "defense secretary"):  # "the defense chief stressed": the minister
            found = _resolve(reader, Mention(mention.start, mention.end, "", "the " + office, "role"), pos)
            if found is not None and found.speaker:
                return Mention(mention.start, mention.end, found.speaker, mention.as_written, "role")
    if mention.how == "unnamed source" and not mention.speaker:  # "…, says defence ministry"
        one = _ONE_OF_KIND.fullmatch(mention.as_written)
        if one is not None:
            # "Russian milblogger A B claimed …. Another milblogger claimed …", "Two European diplomats said …
            # one of the diplomats said": one (more) of the kind named before, with its nationality
            like = _kind_named_before(reader, mention, (one.group(1) or one.group(2)).lower())
            if like:
                return Mention(mention.start, mention.end, like, mention.as_written, mention.how)
        role = re.sub(r"^the\s+", "", mention.as_written.lower())
        sided = _sided_institution(reader, role, {name for name, _ in _with_role(who, role)}, pos)
        if sided:
            return Mention(mention.start, mention.end, sided, mention.as_written, "role")
        unit = _the_formation().fullmatch(mention.as_written)
        if unit is not None:  # "the brigade said" after "The 47th Mechanised Brigade said": that brigade
            k = bisect_left(reader.events, pos, key=lambda e: e.pos)
            same = next((e.speaker for e in reversed(reader.events[max(0, k - 30):k])
                         if e.speaker.lower().endswith(" " + unit.group(1).lower())), "")
            if same:
                return Mention(mention.start, mention.end, same, mention.as_written, "role")
        if _THE_BODY_WORD.fullmatch(mention.as_written.strip()):
            # "Independent analysts at the X project said …. The group, which maps …, said": the body that spoke last
            k = bisect_left(reader.events, pos, key=lambda e: e.pos)
            last = next((e for e in reversed(reader.events[max(0, k - 6):k]) if e.speaker), None)
            named = reader.text.rfind(last.speaker, 0, pos) if last is not None else -1
            if last is not None and (not last.person or not _mentions.could_be_person(last.speaker, who) or (
                    named >= 0 and _BODY_WORD_AFTER.match(reader.text, named + len(last.speaker)))) \
                    and getattr(who.speakers.get(last.speaker), "kind", "organisation") == "organisation":
                return Mention(mention.start, mention.end, last.speaker, mention.as_written, "role")
        if _THE_ARMED.fullmatch(mention.as_written):  # "…, the General Staff reported. …, the military said"
            armed = _armed_body(reader, pos)
            if armed:
                return Mention(mention.start, mention.end, armed, mention.as_written, "role")
        office = list(_ROLE_WORDS.finditer(role))
        ahead = _named_next(reader, mention, pos, office[-1].group(1).lower(), _REGIONAL.search(role) is not None) \
            if office and not FORMER.search(role) and not re.search(r"\bof\s+an?\s", role) else None  # ("of a brigade": one of many)
        if ahead is not None:  # "the region's governor said", named in the next paragraph
            return ahead
    body = _CAPITALISED_BODY.fullmatch(mention.as_written) if mention.how in ("unknown name", "unnamed source") \
        and (mention.how == "unknown name" or not mention.speaker) else None
    if body is not None:
        # "The Southern Defence Forces of Ukraine reported", then "the (press service of the) Southern Defence
        # Forces said": the body's label with its country ("Ukrainian Southern Defence Forces")
        name = body.group(1)
        whole = _OF_COUNTRY_AFTER.match(reader.text, mention.end)
        if whole is None:
            at = reader.text.rfind(name + " of ", 0, mention.start)
            whole = _OF_COUNTRY_AFTER.match(reader.text, at + len(name)) if at >= 0 else None
        label = _mentions.body_label(name + whole.group(0), who) if whole is not None else name
        owner = _COUNTRY_OWNS.search(reader.text, max(0, mention.start - 60), mention.start) if whole is None else None
        if owner is not None and vocab.country_forms().get(owner.group(1), ("", ""))[1] == "country":
            # "Ukraine's State Border Guard Service said": the body with its country's adjective first, whole
            label = f"{_mentions.demonym_of(vocab.country_forms()[owner.group(1)][0])} {owner.group(2)}{name}"
        if label != name:
            return Mention(mention.start, mention.end, label, mention.as_written, mention.how)
    if mention.how == "unnamed source" and not mention.speaker and _INDEFINITE_ONE.match(mention.as_written):
        # "…, a commander of the brigade holding the sector said on Thursday" in the lede, then "Colonel A B, …,
        # said": that one (as for an indefinite role the tables know), so his later words take the lede's day
        ahead = _introduced_next(reader, mention, pos)
        if ahead:
            return Mention(mention.start, mention.end, ahead, mention.as_written, "role")
    if mention.how in ("name", "title", "unknown name", "unnamed source", "unresolved pronoun",
                       "unresolved role", "country"):
        return mention
    if mention.how == "pronoun" and mention.as_written.lower() == "they":
        return _plural_antecedent(reader, mention)
    if mention.how == "pronoun" and mention.as_written.lower() == "it":
        return _last_speaker(reader, mention, person=False)  # "It said": the ministry, the agency, Kyiv
    if mention.how == "pronoun":
        return _antecedent(reader, mention, pos)
    if mention.how == "role" and _mentions.INDEFINITE.match(mention.as_written):
        # "a Ukrainian commander said" after "General Valerii Zaluzhnyi visited …": an indefinite role is an
        # unnamed source, never someone named or heard before (that one would be "the commander"); a lede's
        # "according to a top Russian general" may still be the one the next paragraph names
        found = _resolve(reader, Mention(mention.start, mention.end, "", mention.as_written, "indefinite role"), pos)
        name = found.speaker if found is not None else ""
        if not name and _FOR_WHOM.match(reader.text, mention.end):  # "a spokesman for X": as a role reads
            # ("a spokesman for the General Staff said" in the lede, then "…, spokesman A B said": that one)
            ahead = _introduced_next(reader, mention, pos)
            if ahead:
                return Mention(mention.start, mention.end, ahead, mention.as_written, "role")
            return found and Mention(found.start, found.end, "", found.as_written, found.how.replace("indefinite ", ""))
        if name and not _named_soon(reader, name, pos):
            name = ""  # the tables' holder the article names only far below: no one the lede introduces
        if not name:  # "according to a top Russian general", then "Colonel General A B, …, said": that one
            ahead = _introduced_next(reader, mention, pos)
            if ahead:
                return Mention(mention.start, mention.end, ahead, mention.as_written, "role")
        if not name or any(m.start < pos for m in reader.named.get(name, ())[:1]) or reader.last_spoke(name, pos) >= 0 \
                or reader.text.find(name.split()[-1], 0, pos) >= 0:
            return Mention(mention.start, mention.end, "", mention.as_written, "unnamed source")
        return Mention(found.start, found.end, name, found.as_written, "role")
    owned = _OWNED_ROLE.match(reader.text, mention.end)
    held = who.role_regex.match("the " + reader.text[owned.end():owned.end() + 60]) if owned else None
    if held is not None and not (held.group("adj") or held.group("poss")):
        # "The alliance's secretary general said": the holder of that role in the owner's country
        owner = who.role_regex.match(mention.as_written)
        countries = {of for _, of in _with_role(who, owner.group("role").lower())} if owner else set()
        end = owned.end() + held.end() - 4
        found = _resolve(reader, Mention(mention.start, end, "", "the " + reader.text[owned.end():end], "role"), pos)
        if found is not None and found.speaker and who.speakers.get(found.speaker) is not None \
                and who.speakers[found.speaker].country in countries:
            return Mention(mention.start, end, found.speaker, reader.text[mention.start:end], "role")
    role_match = who.role_regex.match(mention.as_written)  # "the governor of Belgorod": the role, then its place
    role = role_match.group("role").lower()
    if re.search(r"\bdeputy\s+$", mention.as_written[:role_match.start("role")], re.IGNORECASE) \
            and not role.startswith("deputy "):
        role = "deputy " + role  # "the deputy defence minister": a deputy is not the office holder
    elif re.search(r"(?i)\btop\s+$", mention.as_written[:role_match.start("role")]) and _with_role(who, "top " + role):
        role = "top " + role  # "Ukraine's top general": an office of the table, not the rank
    place = role_match.group("adj") or role_match.group("poss") or role_match.group("of")
    country = (who.country_of_form.get(place) or who.country_of_form.get(place[:-2])) if place else None
    answered = None
    if country is None and not mention.as_written[:2].lower() == "a " and _ANSWER_LINE.match(
            reader.text, reader.text.rfind("\n", 0, mention.start) + 1):
        # "A: … As the President said on Friday, “…”": an office named without a country in an interview's answer is
        # the office of the interviewee's country (the person whose answers these are: the last who spoke)
        # (an office one person of a country holds, ``national_office``: "the commander" of an answer is any commander)
        if role in _words("national_office"):
            country = answered = _interviewee_country(reader, mention.start) or None
    seat = _SEAT_AFTER.match(reader.text, mention.end) if country is None else None
    seat_country = seat is not None and (who.country_of_form.get(seat.group(1))
                                         or who.country_of_form.get(seat.group(1).split()[0]))
    if seat_country:
        # "the Ministry of Defence in London": the one institution of that name seated in that country
        seated = [name for name, of in _with_role(who, role)
                  if of == seat_country and who.speakers[name].kind == "organisation"]
        if len(seated) == 1:
            return Mention(mention.start, mention.end, seated[0], mention.as_written, "role")
    if role in ("defence chief", "defense chief") and not _with_role(who, role):
        # "the defense chief stressed": the defence minister (or a defence secretary) of the tables
        role = next((r for r in ("defence minister", "defense secretary", "defence secretary") if _with_role(who, r)), role)
    fits = {name for name, of in _with_role(who, role) if country is None or of == country}
    if role in _words("military_role"):  # "the Ukrainian general" is a person, never the General Staff
        fits = {name for name in fits if who.speakers[name].kind == "person"}
    places = _OFFICE_PLACE.findall(mention.as_written) if role in _words("regional_head") else []
    if places:  # "the governor of the Sumy region": no governor of the tables who governs another region
        fits = {name for name in fits if any(place.lower() in r.split() for r in who.speakers[name].roles for place in places)}
    if not fits and role.startswith("deputy ") and " " not in role[7:]:  # "the deputy minister": a deputy … minister
        fits = {s.name for s in who.speakers.values() if (country is None or s.country == country) and any(
            r.startswith("deputy ") and r.endswith(" " + role[7:]) for r in s.roles)}
    day = reader.role_day
    former = FORMER.search(mention.as_written) is not None
    if not former and role not in _words("rank") and not pd.isna(day) and any(
            who.speakers[name].start or who.speakers[name].until for name in fits):
        # who held the role that day (speakers.csv from/until): "NATO's secretary general" in 2023;
        # or whom the article itself titles so ("Defence Minister Rustem Umerov" then "the minister")
        iso = day.strftime("%Y-%m-%d")
        fits = {name for name in fits if who.speakers[name].holds_on(iso) or any(
            m.how == "title" and m.start < pos and not FORMER.search(m.as_written)
            and role in m.as_written.lower() for m in reader.named.get(name, ()))}
    spoke = [(reader.last_spoke(name, pos), name) for name in fits]
    spoke = [(p, name) for p, name in spoke if p >= 0]
    if spoke:
        # "Alexander Savchuk, a spokesman for the Centre group, …" then "the spokesman told RIA": a person the
        # article introduced with that role after the table's holder last spoke is the nearer one
        latest = max(spoke)
        later = _last_apposed(reader, {role}, pos, lambda p, person: person not in fits
                              and (country is None or _person_country(reader, p, person) in ("", country)),
                              after=latest[0])
        office = _unnamed_office_since(reader, mention, role, pos, latest[0]) if not later else None
        if office is not None:  # "the governor of the Sumy region said" after the table's Kharkiv governor spoke
            return office
        if not later and _THE_NOUN.fullmatch(mention.as_written) and mention.as_written[:1] in "Tt":
            # "Zakharova said …. A senior European diplomat, who asked not to be named, said …. “…,” the diplomat said":
            # the unnamed one introduced since the table's holder last spoke, not her (sk19)
            unnamed = same_one(reader.introductions(), mention.as_written, mention.start, reader.who)
            if unnamed and unnamed[-1][0] > latest[0]:
                return Mention(mention.start, mention.end, "", unnamed[-1][1], "unnamed source")
        return Mention(mention.start, mention.end, later[-1][1] if later else latest[1], mention.as_written, "role")
    regional = _REGIONAL.search(mention.as_written) is not None and role in _words("regional_head")
    # "the deputy minister" is no "minister" introduced earlier; "the regional governor" is a "governor"
    suffixes = set() if role.startswith("deputy ") else {role[i + 1:] for i, c in enumerate(role) if c == " "}
    keys = {role} | suffixes | (_words("regional_head") if regional else set())  # "the regional head"
    keys |= {"president"} if role == "head of state" else set()  # "President A B of X" … "the head of state said"
    # "the Ukrainian general": the one introduced as Ukraine's first, else one of no known country
    # "the Kremlin spokesman": a body's name in the role; one introduced as another body's spokesman is not him
    bodies = [w for w in re.findall(r"\b[A-Z][\w’'-]+", mention.as_written[:role_match.end("role")])
              if w not in ("The", "A", "An") and vocab.country_forms().get(w, ("", ""))[1] not in ("country", "demonym", "force")
              and w.lower() not in role.split()[-1:]]
    bodies += [w for w in role.split()[:-1] if w in _words("institution_noun")]  # "the ministry spokesman"
    introduced = (country is not None and _last_apposed(reader, keys, pos, lambda p, person: _person_country(reader, p, person) == country
                                                        and _of_bodies(reader, bodies, p) and _of_place(reader, places, p),
                                                        memo=("of", country, tuple(bodies), tuple(places)))) \
        or _last_apposed(reader, keys, pos, lambda p, person: (country is None or _person_country(reader, p, person) in ("", country))
                         and _of_bodies(reader, bodies, p) and _of_place(reader, places, p),
                         memo=("of or none", country, tuple(bodies), tuple(places)))
    office = _unnamed_office_since(reader, mention, role, pos, introduced[-1][0]) if introduced else None
    if office is not None:
        # "Oleh Kravets, the regional governor, …", then "the governor of Russia's Belgorod region said …", then "the
        # governor said": the office holder who spoke last, unnamed, not the one introduced before
        return office
    if introduced:  # "Oleh Kravets, the regional governor, …" then "the governor said"
        rival = _spoke_since(reader, keys, pos, introduced[-1], lambda p, person: (
            country is None or _person_country(reader, p, person) == country) and _of_bodies(reader, bodies, p)
            and _of_place(reader, places, p))  # ("the Russian president": one titled Russian, as the one introduced)
        return Mention(mention.start, mention.end, rival or introduced[-1][1], mention.as_written, "role")
    # the first of the fitting people's names and the last that ends by ``pos`` (each person's names are in
    # text order: found by bisection, not by sorting them all per role mention), as the sorted lists gave them
    before, earlier = [], []
    for name in fits:
        ms = reader.named.get(name, ())
        k = bisect_right(ms, pos, key=lambda m: m.start)
        while k and ms[k - 1].end > pos:
            k -= 1
        before = [ms[0]] if ms and (not before or ms[0].start < before[0].start) else before
        earlier = [ms[k - 1]] if k and (not earlier or ms[k - 1].start >= earlier[0].start) else earlier
    office = _unnamed_office_since(reader, mention, role, pos, -1) if not earlier else None
    if office is not None:
        # "The Kharkiv regional governor said …" then "“…,” the governor said": the office holder who spoke, unnamed
        # (labelled as that office, as claims label him), when nobody of the tables holding it was named before
        return office
    if role in _words("military_role"):
        # "the commander", "the lieutenant colonel": the last person the article introduced with a
        # military rank ("Lieutenant Colonel Andriy Horbenko") when none of the table was named after
        # them; "the battalion commander" is never an office of the table
        deputies = set() if "deputy" in mention.as_written.lower() or role not in ("commander", "chief", "head") else {
            person for key, items in reader.apposed.items() if key.startswith("deputy") for _, _, person in items}
        ranked = _last_apposed(reader, _words("military_role"), pos, lambda p, person: (country is None
                               or _person_country(reader, p, person) == country)  # "the Russian commander"
                               and person not in deputies)  # "His deputy, Colonel A B, …": not "the brigade commander"
        if _UNIT.search(mention.as_written):
            earlier, before = [], []
        if ranked and (not earlier or earlier[-1].start < ranked[-1][0]):
            unnamed = same_one(reader.introductions(), mention.as_written, mention.start, reader.who) \
                if _THE_NOUN.fullmatch(mention.as_written) else []
            if unnamed and unnamed[-1][0] > ranked[-1][0]:
                # "Major A B …. A Ukrainian intelligence officer, who …, said …. “…,” the officer said": the unnamed
                # officer introduced since, not the ranked person before him
                return Mention(mention.start, mention.end, "", unnamed[-1][1], "unnamed source")
            return Mention(mention.start, mention.end, ranked[-1][1], mention.as_written, "role")
    if not earlier and before and _THE_NOUN.fullmatch(mention.as_written) and mention.as_written[:1] in "Tt":
        # "A spokesperson for a Ukrainian brigade said …. The spokesperson noted": the one introduced before, not
        # the tables' spokesperson the article names only further down
        same = _back_reference(reader, mention)
        if same is not None and not same.speaker and same.how == "unnamed source":
            return same
        noun = mention.as_written.split()[-1].lower()  # "The spokesperson of a Ukrainian brigade stated …": that one
        k = bisect_left(reader.mention_starts, mention.start)
        one = next((m for m in reversed(reader.mentions[max(0, k - 40):k])
                    if m.how == "unnamed source" and noun in m.as_written.lower().split()), None)
        if one is not None:
            return Mention(mention.start, mention.end, "", one.as_written, "unnamed source")
    if not earlier and len(fits) > 1 and country is None and not former:
        # "Defence Ministry spokesman A B said …" anywhere in the article, then "the Defence Ministry said": the
        # article writes that body without its country for the one whose spokesman of the tables it names (sk37)
        titled = _titled_spokesperson_body(reader, role, fits)
        if titled:
            return Mention(mention.start, mention.end, titled, mention.as_written, "role")
        # "Defence Minister A B told the board …. The ministry also said": the ministry of the minister who spoke
        # just before, not one the article names only further down
        led = _ministers_body(reader, fits, pos)
        if led:
            return Mention(mention.start, mention.end, led, mention.as_written, "role")
        # "Russia said on Saturday it had pulled out …. The defence ministry said …": the body of the side that spoke
        # in the sentence before, not the one of that name the article names first further down (sk31)
        sentence = reader.doc.sentence_at(pos)
        place = FRONTED_PLACE.match(reader.text, sentence.start) if sentence is not None else None
        side = (reader.who.country_of_form.get(place.group(1)) if place else "") or _voice_side(reader, pos)  # ("In Moscow,")
        sided = [name for name in fits if who.speakers[name].country == side] if side else []
        if len(sided) == 1 and who.speakers[sided[0]].kind == "organisation":
            return Mention(mention.start, mention.end, sided[0], mention.as_written, "role")
    chosen = earlier[-1] if earlier else (before[0] if before else None)
    if chosen is None and not former and not answered and not places and mention.as_written[:1] in "Tt" \
            and not role.startswith("deputy ") and fits and all(who.speakers[name].kind == "person" for name in fits):
        holder = _unlisted_just_heard(reader, mention, role, country)
        if holder is not None:
            return holder
    if chosen is None and not former and country is not None and len(fits) == 1 and not pd.isna(day) \
            and not mention.as_written[:2].lower() == "a " and (answered or _names_the_office(who, role_match, role, fits)):
        # "Russia's defence minister said" on a day only one person held that office: the holder, unless the
        # article introduces someone else of that country with that office ("'…' - Ukrainian deputy defence
        # minister" over "Ukraine's deputy defence minister, A B, told the BBC")
        other = _apposed_anywhere(reader, role, country) or _unlisted_next(reader, mention, next(iter(fits)), role)
        return Mention(mention.start, mention.end, other or next(iter(fits)), mention.as_written, "role")
    if chosen is None and not former and country is None and len(fits) == 1 and " " in role \
            and who.speakers[next(iter(fits))].kind == "organisation" and not mention.as_written[:2].lower() == "a " \
            and _side_agrees(reader, who.speakers[next(iter(fits))].country, pos):
        # "the General Staff said", "the air force said": the one institution of the table that
        # bears that name (one word such as "the ministry" names none), unless the article speaks
        # from the other side: "MOSCOW (TASS) - The General Staff said" is not Ukraine's
        return Mention(mention.start, mention.end, next(iter(fits)), mention.as_written, "role")
    if chosen is None and _THE_NOUN.fullmatch(mention.as_written) and mention.as_written[:1] in "Tt":
        # "the diplomat said" after "a senior Nato diplomat, speaking on condition of anonymity, said": that one
        same = _back_reference(reader, mention)
        if same is not None and not same.speaker and same.how == "unnamed source":
            return same
    if chosen is None and not former and country is None and not mention.as_written[:2].lower() == "a ":
        sided = _sided_institution(reader, role, fits, pos) or (" " in role and _body_of_last_voice(reader, fits, pos)) \
            or _institution_against_target(reader, role, fits, pos)
        if sided:
            return Mention(mention.start, mention.end, sided, mention.as_written, "role")
    if chosen is None and role.startswith("deputy "):
        # "Ukraine's deputy defence minister says" over "Hanna Maliar, Ukraine's deputy defence minister,
        # said": the person the article introduces with that office, before or after
        words = r"\s+".join(map(re.escape, role.split()))
        after = re.compile(r"\s*,\s*(?:the\s+|[\w’'.-]+['’]s\s+|[A-Z][\w-]*\s+)?" + words + r"\b", re.IGNORECASE)
        before = re.compile(r"\b" + words + r"\s+$", re.IGNORECASE)
        office = [m for m in reader.person_names if after.match(reader.text, m.end)
                  or before.search(reader.text, max(0, m.start - 40), m.start)]
        if office:
            found = ([m for m in office if m.end <= pos] or office)[-1 if office[0].end <= pos else 0]
            return Mention(mention.start, mention.end, reader.full(found), mention.as_written, "role")
    if chosen is None and not former and not fits and (ahead := _named_next(reader, mention, pos, role, regional)):
        return ahead
    if chosen is None and not fits and not former and role in _words("second_reference") and mention.as_written[:1] in "Tt":
        # "“…,” the Norwegian analyst said" with nobody introduced as an analyst: the one just heard
        last = _just_heard(reader, mention)
        if last is not None:
            return last
    holders = [name for name in fits if role in who.speakers[name].roles]  # (not a "former president")
    if chosen is None and not former and country is not None and len(holders) == 1 and not pd.isna(day) \
            and mention.as_written[:1] in "Tt":
        # "The Russian president argued on Tuesday …" in the lede over "Russian President A B said …" below, A B in
        # no table and the tables' holder never named: A B, titled with the office itself and the same country (a
        # one-word office the tables' holder need not answer to alone; a bare name, another title or another
        # country's president is no holder) (mt6)
        other = _unlisted_next(reader, mention, holders[0], role)
        titled = re.search(r"(?<![\w-])([A-Z][\w-]+?)(?:['’]s)?\s+(?i:" + re.escape(role) + r")\s+" + re.escape(other),
                           reader.text) if other else None
        if titled is not None and who.country_of_form.get(titled.group(1)) == country:  # (not "Belarusian President A B")
            return Mention(mention.start, mention.end, other, mention.as_written, "role")
        # "A B, the Russian president, said …": the same office and country in apposition after the name (claims read
        # this act's speaker; they no longer look for the title themselves)
        apposed = re.search(re.escape(other) + r",\s+(?:[Tt]he\s+)?([A-Z][\w-]+?)(?:['’]s)?\s+(?i:" + re.escape(role)
                            + r")(?![\w-])", reader.text) if other else None
        if apposed is not None and who.country_of_form.get(apposed.group(1)) == country:
            return Mention(mention.start, mention.end, other, mention.as_written, "role")
        if not other and (other := _titled_next(reader, mention, holders[0], role, country)):
            return Mention(mention.start, mention.end, other, mention.as_written, "role")  # (its title's country checked)
    if chosen is None and not former and _THE_NOUN.fullmatch(mention.as_written) and mention.as_written[:1] in "Tt":
        fuller = _fuller_unnamed_office(reader, mention)
        if fuller is not None:  # "The defence minister said …. “…,” the minister told reporters": that one
            return fuller
    if chosen is None:  # "the defence minister" with no minister named: keep the words, not a guess
        return Mention(mention.start, mention.end, "", mention.as_written, "unresolved role")
    return Mention(mention.start, mention.end, chosen.speaker, mention.as_written, "role")


def _seat_voice_next(reader: _Reader, mention: Mention, pos: int) -> str:
    """ "The Kremlin said on Wednesday that …" and the story's next paragraph opening on "Dmitry Peskov, the Kremlin's
    spokesman, told reporters …": the seat of power speaks by the
    spokesman the article ties its words to (label rule 4), a person of the tables, when his sentence goes on with the
    statement (``_goes_on_with_the_statement``, rv28a); "" for any other mention or paragraph (a seat nobody's words
    are tied to keeps its name: "The Kremlin said …" alone, sk43)."""
    seat = mention.as_written.split()[-1]
    if vocab.country_forms().get(seat, ("", ""))[1] != "capital" or seat != mention.speaker:
        return ""
    paragraphs, skipped = reader.doc.paragraphs, reader.doc.interruptions
    k = bisect_right(paragraphs, pos, key=lambda p: p[1])
    following = next((j for j in range(k + 1, min(k + 4, len(paragraphs))) if j not in skipped), None)
    if k >= len(paragraphs) or following is None:
        return ""
    a, b = paragraphs[following]
    opening = _seat_spokesman(seat).match(reader.text, a, b)
    if opening is None:
        return ""
    named = [m for m in reader.known_between(a, opening.end()) if m.how in ("name", "title")
             and getattr(reader.who.speakers.get(m.speaker), "kind", "") == "person"]
    if len(named) != 1 or not _goes_on_with_the_statement(reader, mention.start, opening.end()):
        return ""
    return named[0].speaker


def _goes_on_with_the_statement(reader: _Reader, lede: int, said: int) -> bool:
    """Whether the spokesman's sentence (its words from ``said``) goes on with the seat's statement at ``lede``: it
    speaks of the war's forces (a ``side_subject`` noun of ``data/force_nouns.csv``: "… told reporters Russian troops
    were gaining ground") and names no day other than the lede's ("… said he would not comment on the talks", "… said
    on Friday that …" after a Wednesday lede: another statement, the seat keeps its name) (label rule 4, rv28a)."""
    doc = reader.doc
    own, first = doc.sentence_at(said), doc.sentence_at(lede)
    if own is None or first is None or not _force_noun().search(reader.text, said, own.end):
        return False
    lede_days = {when.resolve(e, doc.published).day for e in reader.dates_between(first.start, first.end)}
    return all(when.resolve(e, doc.published).day in lede_days for e in reader.dates_between(said, own.end))


def _force_noun() -> re.Pattern:
    """A noun of a side's armed forces (the ``side_subject`` words of data/force_nouns.csv) (built once)."""
    return vocab.compiled("seat_force_noun", ("force_nouns",), lambda: re.compile(
        r"(?i)\b(?:" + (trie_pattern(vocab.force_nouns("side_subject"), spaces=True) or "(?!)") + r")\b"))


@functools.lru_cache(maxsize=8)
def _seat_spokesman(seat: str) -> re.Pattern:
    """A paragraph opening on the seat's spokesman named and introduced as its voice ("A B, the Kremlin's spokesman,
    told …") (compiled once per seat). (Not "Kremlin spokesman A B told …": the peer batch sk17 labels the lede before
    that opening `Kremlin`, heldout18 the one before this opening the spokesman; the golds disagree, reported in
    round 28.)"""
    name = r"(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+"
    spokes = r"(?:chief\s+)?(?:" + spokesperson_noun_fragment() + r")"
    # (the verb: a ``stating_verb`` of data/speech_words.csv, "said", "told", "added" …)
    return re.compile(r"\s*" + name + r",\s+(?:the\s+)?" + re.escape(seat) + r"['’]s\s+" + spokes + r",\s+"
                      r"(?:[a-z]+\s+){0,2}?(?:" + (trie_pattern(_words("stating_verb")) or "(?!)") + r")\b")


#: "The group", "the monitor": a bare second reference to a body by its noun
_THE_BODY_NOUN = re.compile(r"[Tt]he\s+([a-z]+)")


def _unlisted_body_named(reader: _Reader, mention: Mention) -> str:
    """ "The group said" after "the open-source group Frontline Atlas" or "Frontline Atlas, a group of volunteer
    analysts": the body no table lists that the article last introduced with the noun, apposed to its name either way;
    "" when the mention is no "the <noun>" of a body (a noun both ``institution_noun`` and ``speaking_noun`` of
    ``data/speech_words.csv``) or no such body was introduced within the 3,000 characters before (sk43)."""
    bare = _THE_BODY_NOUN.fullmatch(mention.as_written)
    noun = bare.group(1) if bare is not None else ""
    if not noun or noun not in _words("institution_noun") or noun not in _words("speaking_noun"):
        return ""
    text = reader.text
    before, after = _noun_before_name(noun), _noun_after_name(noun)
    for m in reversed(reader.mentions_between(max(0, mention.start - 3000), mention.start)):
        if m.how != "unknown name" or reader.doc.in_quote(m.start):
            continue
        if before.search(text, max(0, m.start - 60), m.start) or after.match(text, m.end):
            return m.speaker
    return ""


@functools.lru_cache(maxsize=16)
def _noun_before_name(noun: str) -> re.Pattern:
    """ "the open-source group " right before a name: the noun that introduces it (compiled once per noun)."""
    return re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}?" + re.escape(noun) + r"\s+$")


@functools.lru_cache(maxsize=16)
def _noun_after_name(noun: str) -> re.Pattern:
    """ ", a group of volunteer analysts" right after a name: the noun that introduces it (compiled once per noun)."""
    # (an indefinite article only: "…, the military said" closing a sentence is its subject, no apposition; and no
    # preposition before the noun: ", a medic with the group" is a person's apposition, rv28a)
    return re.compile(r",\s+an?\s+(?:(?!(?:of|with|in|at|for|from|to|on|by)\s)[\w’'-]+\s+){0,3}?" + re.escape(noun)
                      + r"\b")


def _office_noun(reader: _Reader, written: str) -> str:
    """The head noun of an office as written: "the defence minister" → "minister", "the governor of Sumy region" →
    "governor"."""
    role = reader.who.role_regex.match(written)
    return role.group("role").lower().split()[-1] if role is not None else written.lower().split()[-1]


def _fuller_unnamed_office(reader: _Reader, mention: Mention) -> Mention | None:
    """ "the minister" after "The defence minister said …" with no minister named: a second, shorter reference to
    the one office the article wrote in full before, written as that first reference (one label in every table,
    lb3: the claim said "defence minister (unnamed)", the quote "minister (unnamed)"). None when the article wrote
    two offices of that noun before ("the defence minister", "the foreign minister": which one is a guess), or the
    first reference resolves to someone."""
    noun = mention.as_written.split()[-1].lower()
    k = bisect_left(reader.mention_starts, mention.start)
    offices = reader.__dict__.get("_unnamed_offices_by_noun")
    if offices is None:  # (sp22: indexed once, by noun, not read from every mention before each role mention)
        offices = reader.__dict__["_unnamed_offices_by_noun"] = {}
        forms = {}
        for i, m in enumerate(reader.mentions):
            if m.how == "role" and not m.speaker and m.as_written[:1] in "Tt" and len(m.as_written.split()) > 2:
                key = _office_noun(reader, m.as_written)
                seen = forms.setdefault(key, set())
                seen.add(" ".join(m.as_written.lower().split()))
                entry = offices.setdefault(key, ([], [], []))
                entry[0].append(i)
                entry[1].append(m)
                entry[2].append(len(seen))  # how many forms the office was written in so far
    indices, same, written_forms = offices.get(noun, ((), (), ()))
    j = bisect_left(indices, k)  # (the ones before ``mention``)
    if not j or written_forms[j - 1] > 1:
        return None
    last = same[j - 1]
    first = _resolve(reader, last, last.start)
    if first is None or first.speaker or first.how != "unresolved role" or first.as_written != last.as_written:
        return None
    return Mention(mention.start, mention.end, "", first.as_written, "unresolved role")


def spokesperson_noun_fragment() -> str:
    """A regex fragment of the ``spokesperson_noun`` words of data/speech_words.csv ("spokesman", "press secretary":
    any white space between two words), "(?!)" when there are none (built once; rv23fixb)."""
    return vocab.compiled("spokesperson_noun_fragment", ("speech_words",),
                          lambda: trie_pattern(vocab.speech_words()["spokesperson_noun"], spaces=True) or "(?!)")


def _body_spokesperson_title(role: str) -> re.Pattern:
    """ "Defence Ministry spokesman Lieutenant-General ": a body's words, a spokesperson's noun (right after them:
    "Defence Ministry spokesman ", "defence ministry spokeswoman, ") and up to three capitalised title words, ending
    right before a name (compiled once per body's words)."""
    words = r"\s+".join(map(re.escape, role.split()))
    return vocab.compiled("body_spokesperson_title:" + role, ("speech_words",), lambda: re.compile(
        r"(?<![\w’'-])(?i:" + words + r")\s+(?:" + spokesperson_noun_fragment() + r")\b[\s,]*(?:[A-Z][\w.-]*\s+){0,3}$"))


def _titled_spokesperson_body(reader: _Reader, role: str, fits: set) -> str:
    """Of the institutions of ``fits`` (a body written without its country: "the Defence Ministry"), the one whose
    spokesperson of the tables the article titles with the same words, a country before them or not ("Defence
    Ministry spokesman Lieutenant-General A B", "Russian Defence Ministry spokesman …", anywhere in the article): a
    Moscow site's "Defence Ministry" is the Russian one; "" when the article titles none so, or spokespeople of two
    countries (sk37)."""
    cache = reader.__dict__.setdefault("_titled_spokesperson_bodies", {})
    if role in cache:
        return cache[role]
    who, text = reader.who, reader.text
    bodies = {who.speakers[name].country: name for name in fits if who.speakers[name].kind == "organisation"}
    countries = set()
    if len(bodies) == len(fits) and " " in role:
        titled = _body_spokesperson_title(role)
        for m in reader.mentions:
            row = who.speakers.get(m.speaker) if m.how in ("name", "title") else None
            if row is not None and row.kind == "person" and row.country in bodies \
                    and titled.search(text, max(0, m.start - 80), m.start) is not None:
                countries.add(row.country)
    cache[role] = bodies[next(iter(countries))] if len(countries) == 1 else ""
    return cache[role]


def ministries_headed(person) -> frozenset:
    """The ministries' roles a person of the tables heads: his roles of two words or more ending in "minister", the
    ministry's word in its place ("defence minister" → "defence ministry"; a bare "minister" heads none). One reading
    for ``_ministers_body``, ``_subjects._minister_body_before`` and ``_dates._institution_goes_on_dates`` (rv27fixa)."""
    return frozenset(r[:-len("minister")] + "ministry" for r in person.roles if " " in r and r.endswith(" minister"))


def _ministers_body(reader: _Reader, fits: set, pos: int) -> str:
    """The one institution of ``fits`` ("the ministry") that the person of the tables who spoke last before ``pos``
    (among the last three statements) heads: the same country, and a role of his ending in "minister" whose first
    word the body's role opens with ("defence minister" → "defence ministry"); else ""."""
    who = reader.who
    for event in reversed([e for e in reader.events[-3:] if e.pos < pos]):
        person = who.speakers.get(event.speaker)
        if person is None or person.kind != "person":
            continue
        offices = {r.split()[0] for r in ministries_headed(person)}
        led = [name for name in fits if who.speakers[name].kind == "organisation" and who.speakers[name].country
               == person.country and any(r.endswith("ministry") and r.split()[0] in offices
                                         for r in who.speakers[name].roles)]
        return led[0] if len(led) == 1 else ""
    return ""


def _body_of_last_voice(reader: _Reader, fits: set, pos: int) -> str:
    """ "Russia's chief of the general staff, A B, said on Saturday …. The defence ministry said the same day …": of the
    institutions of ``fits`` (an office named without its country), the one of the country of the person of the tables
    who spoke last before ``pos`` in the same paragraph; "" when none spoke there or several bodies fit (sk26)."""
    who = reader.who
    paragraphs = reader.doc.paragraphs
    k = bisect_right(paragraphs, pos, key=lambda p: p[1])
    if k >= len(paragraphs):
        return ""
    event = next((e for e in reversed(reader.events) if paragraphs[k][0] <= e.pos < pos and e.speaker), None)
    person = who.speakers.get(event.speaker) if event is not None else None
    if person is None or person.kind != "person" or not person.country:
        return ""
    bodies = [name for name in fits if who.speakers[name].kind == "organisation" and who.speakers[name].country
              == person.country]
    return bodies[0] if len(bodies) == 1 else ""


_CAPITALISED_BODY = vocab.TablePattern("capitalised_body", ("speech_words",), lambda: (
    r"(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+){0,4}" + _mentions.ORGANISATION_WORDS.pattern + ")"))
#: "Ukraine's State …" right before a body's name: its country, and capitalised words the name opens with
_COUNTRY_OWNS = re.compile(r"(?<![\w’'-])([A-Z][\w-]+)['’]s\s+((?:[A-Z][\w’'-]*\s+){0,3})$")
_OF_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?")


_HEAD_OF_DEFENCE = re.compile(r"\s+of\s+the\s+(?:military|defen[cs]e)\s+(?:department|ministry|agency)\b")
_DEFENCE_CHIEF = re.compile(r"[Tt]he\s+defen[cs]e\s+chief")
#: "the brigade", "the navy", "the fleet": the one body whose label ends with that word and spoke before
#: (the words: data/armed_units.csv, kind ``formation``, uses ``speaker_again``)
def _the_formation() -> re.Pattern:
    return vocab.compiled("speech_the_formation", ("armed_units",), lambda: re.compile(
        r"[Tt]he\s+(" + "|".join(map(re.escape, vocab.formation_words("speaker_again"))) + ")"))


#: "the military", "the army", "the armed forces" (or its press service): no office of one body, the side's
#: military that speaks
_THE_ARMED = re.compile(r"[Tt]he\s+(?:military|army|armed\s+forces)(?:['’]s\s+press\s+(?:service|office))?")
#: "the press service of the General Staff said": a body's press service speaks for the body
PRESS_OF = re.compile(r"\b(?i:press\s+" + PRESS_UNIT + r"\s+of\s+)(?:(?i:the)\s+|[A-Z][\w-]+['’]s\s+)?$")
#: "the 24th Brigade's press service said": the press service the body named before it owns (matched right after the
#: body's name; the body speaks)
PRESS_OWNED = re.compile(r"['’]s\s+(?i:press\s+" + PRESS_UNIT + r")\b")


def _armed_body(reader: _Reader, pos: int) -> str:
    """ "the military said" with no name: the military body (a ``military_body`` word in its label: the General
    Staff, the air force, a defence ministry) that spoke last before ``pos``, among the last 40 statements; none:
    the military of the one side the dateline or the sentence's credited success gives ("Russian military" is the
    table's Russian defence ministry, as the devset labels Russia's battlefield claims); else "" (no guess)."""
    who = reader.who
    for event in reversed(reader.events[-40:]):
        known = who.speakers.get(event.speaker)
        if event.pos < pos and known is not None and known.kind == "organisation" and _military_body().search(event.speaker):
            return event.speaker
    side = _article_side(reader) or _credited_side(reader, pos)
    if not side:
        return ""
    return next((who.alias_to_name[form + " military"] for form, country in who.country_of_form.items()
                 if country == side and form + " military" in who.alias_to_name), "")


def _named_next(reader: _Reader, mention: Mention, pos: int, role: str, regional: bool) -> Mention | None:
    """ "…, the region's governor said." with the holder named only in the next paragraph ("The governor,
    A B, said"): the one person introduced with that role after ``pos``, in its paragraph or the next."""
    if mention.as_written[:1] not in "Tt":
        return None
    paragraphs = reader.doc.paragraphs
    k = min(bisect_right(paragraphs, pos, key=lambda p: p[1]), len(paragraphs) - 1)  # (by bisection: once per role)
    limit = paragraphs[min(k + 1, len(paragraphs) - 1)][1] if paragraphs else len(reader.text)
    found = reader.appositions
    ahead = {person for p, word, person in found[bisect_left(found, (pos + 1,)):bisect_left(found, (limit,))]
             if word == role or (regional and word in _words("regional_head"))}
    return Mention(mention.start, mention.end, ahead.pop(), mention.as_written, "role") if len(ahead) == 1 else None


@functools.lru_cache(maxsize=64)
def _kind_before(head: str) -> re.Pattern:
    """Up to three words before ``head`` (singular or plural), compiled once per head noun."""
    return re.compile(r"(?<![\w’'-])((?:[\w’'-]+\s+){0,3})" + re.escape(head) + r"s?(?![\w’'-])", re.IGNORECASE)


_ONE_OF_KIND = re.compile(r"(?i:another|one)\s+([a-z]+)|(?i:one)\s+of\s+(?:the|those|these)\s+([a-z]+?)s")


def _kind_named_before(reader: _Reader, mention: Mention, head: str) -> str:
    """ "Another milblogger" after "Russian milblogger A B" or "a Kremlin-affiliated milblogger": the label of one
    unnamed person of that kind with the nationality or affiliation the last earlier mention gave ("Russian
    milblogger (unnamed)"); "" when that mention gave none."""
    if not _mentions.unnamed_person(head):
        return ""
    found = None
    for each in _kind_before(head).finditer(reader.text, max(0, mention.start - 4000), mention.start):
        if not re.search(r"(?i)\b(?:another|one|of\s+the)\s+$", each.group(1)):  # (not one more "another")
            found = each
    if found is None:
        return ""
    forms = vocab.country_forms()
    words = [w for w in found.group(1).split() if forms.get(w, ("", ""))[1] == "demonym"
             or w in ("Western", "European", "Nato", "NATO") or re.fullmatch(r"[A-Z][\w’']*-[a-z]+", w)]  # "Russian", "Kremlin-affiliated"
    words = ["NATO" if w == "Nato" else w for w in words]
    return f"{' '.join(words)} {head} (unnamed)" if words else ""


def _titled_next(reader: _Reader, mention: Mention, holder: str, role: str, country: str) -> str:
    """ "The Russian president said …" in the lede, then "…, alongside Defence Minister A B, Russian President C D said"
    within three paragraphs of the story: the first person titled with the office and its country (C D, in no
    table), when the tables' holder is never named; "" otherwise (mt6)."""
    text, who = reader.text, reader.who
    if reader.named.get(holder) or text.find(holder.split()[-1]) >= 0:
        return ""
    paragraphs = reader.doc.paragraphs
    k = bisect_right(paragraphs, mention.start, key=lambda p: p[1])
    if k >= len(paragraphs):
        return ""
    limit = paragraphs[_voices_ahead(reader, k, 3)][1]
    pattern = re.compile(r"(?<![\w-])([A-Z][\w-]+?)(?:['’]s)?\s+(?i:" + re.escape(role) + r")\s+"
                         r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)")
    for m in pattern.finditer(text, mention.end, limit):
        if who.country_of_form.get(m.group(1)) != country or FORMER.search(text, max(0, m.start() - 12), m.start()):
            continue
        name = m.group(2)
        if name in who.speakers or name in who.alias_to_name or not _mentions.is_person(name, who):
            return ""
        return name
    return ""


def _voices_ahead(reader: _Reader, index: int, steps: int, most: int = 10) -> int:
    """The paragraph ``steps`` paragraphs of the story after paragraph ``index``, as ``Document.story_ahead`` counts
    them, but with a live blog's clock stamps ("11.30 BST", "2h ago") and narration that neither names a person nor
    holds a speech cue (a feature's colour: "Queues form outside the pharmacy.") not counted: nothing there moves
    the story to another voice (mt6); at most ``most`` paragraphs of text on (furniture and stamps not walked)."""
    doc, paragraphs = reader.doc, reader.doc.paragraphs
    skipped, last, walked = doc.interruptions, len(paragraphs) - 1, 0
    names = [m.start for m in reader.person_names]
    while steps > 0 and index < last and walked < most:
        index += 1
        a, b = paragraphs[index]
        if index in skipped or doc.in_furniture(a) or _STAMP_ONLY.fullmatch(reader.text, a, b):
            continue
        walked += 1
        if bisect_left(names, a) < bisect_left(names, b) or bisect_left(reader.cue_starts, a) < bisect_left(reader.cue_starts, b):
            steps -= 1
    return min(index, last)


def _unlisted_next(reader: _Reader, mention: Mention, holder: str, role: str) -> str:
    """A lede's office ("Ukraine's foreign minister told allies …") whose holder in the tables the article never
    names, with a person no table lists named first after it within three paragraphs ("… A B told a meeting of
    EU ministers"): that person (the tables' holder may be out of date), unless a title of another office
    stands before the name; "" otherwise."""
    text = reader.text
    if reader.named.get(holder) or text.find(holder.split()[-1]) >= 0:
        return ""
    paragraphs = reader.doc.paragraphs
    k = bisect_right(paragraphs, mention.start, key=lambda p: p[1])
    lede, second = _lede(reader)
    if k > (second if second is not None else lede) or k >= len(paragraphs):
        return ""  # (the office in the first two paragraphs of the story: a deck may come before the lede)
    limit = paragraphs[_voices_ahead(reader, k, 3)][1]  # three paragraphs of the story on (bylines, captions, links not counted)
    i = bisect_right(reader.person_names, mention.end, key=lambda m: m.start)  # (by bisection)
    person = reader.person_names[i] if i < len(reader.person_names) else None
    j = bisect_left(reader.person_names, mention.start, key=lambda m: m.start)
    if (person is None or person.start >= limit) and j and reader.person_names[j - 1].end <= mention.start:
        person = reader.person_names[j - 1]  # "'…,' Gen. A B said" in the deck above the lede (not a byline)
        deck = reader.doc.sentence_at(person.start)
        at = bisect_left(reader.cue_starts, deck.start) if deck is not None else 0  # (a slice of three, no copy)
        if reader.doc.in_furniture(person.start) or deck is None or not any(
                deck.start <= c < deck.end for c in reader.cue_starts[at:at + 3]):
            return ""
    if person is None or (person.start >= limit if person.start > mention.start else k > lede + 1):
        return ""
    name = reader.full(person)
    if " " not in name or name in reader.who.speakers or not _mentions.is_person(name, reader.who):
        return ""
    before = _words_before_name(text[max(0, person.start - 40):person.start])
    titled = _ROLE_WORDS.search(before)
    if FORMER.search(before):
        return ""  # "Former Foreign Minister A B said": no holder of the office today
    if titled is not None and not any(form in before.lower() for form in _office_forms(role)) \
            and titled.group(1).lower() not in ("head", "chief"):
        return ""  # "… Secretary of State A B", "Defence Minister A B": another office's holder
    return name


def _named_soon(reader: _Reader, name: str, pos: int) -> bool:
    """``name`` is first named by the end of the story paragraph after the one at ``pos`` (bylines, captions,
    stamps and links not counted): "a Ukrainian commander says …" in a deck is no office holder the tables give
    and the article names only far below ("Ukraine's commander-in-chief, A B, …" ten paragraphs on)."""
    first = reader.named.get(name, ())[:1]
    if not first:
        return False
    paragraphs, skipped = reader.doc.paragraphs, reader.doc.interruptions
    k = bisect_right(paragraphs, pos, key=lambda p: p[1])
    nxt = next((j for j in range(k + 1, min(k + 6, len(paragraphs))) if j not in skipped), None)
    end = paragraphs[nxt][1] if nxt is not None else (paragraphs[k][1] if k < len(paragraphs) else len(reader.text))
    return first[0].start < end


def _lede(reader: _Reader) -> tuple[int, int | None]:
    """(the lede's paragraph, the story's next paragraph or None): the first paragraph after the headline that
    is no byline, stamp, caption or related link (``Document.interruptions``) nor a live blog post's clock stamp
    alone on its line ("10:23 GMT" over the lede: mt6), read once per article."""
    if "_lede" not in reader.__dict__:
        doc = reader.doc
        skipped = doc.interruptions
        story = [k for k, (a, b) in enumerate(doc.paragraphs) if a >= max(doc.headline_end, 0) and k not in skipped
                 and not doc.in_furniture(a) and not _STAMP_ONLY.fullmatch(doc.text, a, b)  # (a post's "10:23 GMT")
                 and not getattr(doc.sentence_at(a), "headline", False)]  # (a title repeated under a byline)
        reader._lede = (story[0] if story else -1, story[1] if len(story) > 1 else None)
    return reader._lede


#: how many paragraphs naming nobody may stand between a lede's unnamed voice and the paragraph that names it
_SCENE_PARAGRAPHS = 8


def _introduced_next(reader: _Reader, mention: Mention, pos: int) -> str:
    """A lede's indefinite role ("according to a top Russian general", "a senior commander said") that the next
    paragraph's opening sentence names ("Colonel General A B, first deputy chief of …, said"): the one person
    introduced there with that role (a military rank for a military role), unless named before ("" none)."""
    paragraphs = reader.doc.paragraphs
    k = bisect_right(paragraphs, pos, key=lambda p: p[1])
    lede, following = _lede(reader)
    if k != lede or following is None or not paragraphs[k][0] <= pos:
        return ""
    if any(m.how in ("name", "title") and _mentions.is_person(m.speaker, reader.who)
           for m in reader.known_between(paragraphs[k][0], pos)) or any(
            paragraphs[k][0] <= m.start < pos for m in reader.person_names):
        return ""  # "Syrskyi said …. …, a military spokesman said.": a lede of several voices
    office = list(_ROLE_WORDS.finditer(mention.as_written))
    role = office[-1].group(1).lower() if office else ""
    military = _words("military_role")
    names = reader.__dict__.get("person_name_starts") or [m.start for m in reader.person_names]  # (while the reader is built)
    # paragraphs of scene-setting that name nobody between the lede and the introduction (a feature's colour, the
    # lede speaker's own unnamed words: "He said …"); any person or apposition between ends the search (mt6: eight,
    # not three, as long copy sets the scene over several paragraphs before naming the lede's voice)
    for _ in range(_SCENE_PARAGRAPHS):
        a, b = paragraphs[following]
        if bisect_left(names, a) < bisect_left(names, b) or following + 1 >= len(paragraphs) \
                or bisect_left(reader.appositions, (a,)) < bisect_left(reader.appositions, (b,)):  # (a call sign)
            break
        following = next((j for j in range(following + 1, len(paragraphs)) if j not in reader.doc.interruptions
                          and not reader.doc.in_furniture(paragraphs[j][0])  # (captions, links)
                          and not _STAMP_ONLY.fullmatch(reader.text, *paragraphs[j])),  # (a post's "11.30 BST")
                         len(paragraphs) - 1)
    opening = reader.doc.sentence_at(paragraphs[following][0])
    end = opening.end if opening is not None else paragraphs[following][1]
    first = bisect_left(names, paragraphs[following][0])
    if first < len(names) and end <= names[first] < paragraphs[following][1]:
        # "The new offensive would also mark … . Ukrainian Defence Minister A B said …": the paragraph's first
        # person named, in a later sentence of it (the sentences before him name nobody)
        named = reader.doc.sentence_at(names[first])
        end = named.end if named is not None else end
    found = reader.appositions
    countries = _countries_in(reader.text[mention.start:max(pos, mention.end)], reader.who)  # "of a Ukrainian brigade": not Russia's
    ahead = {person for p, word, person in found[bisect_left(found, (paragraphs[following][0],)):bisect_left(found, (end,))]
             if (word == role or (role in military and word in military))
             and (not countries or _person_country(reader, p, person) in ("",) + tuple(countries))}
    if len(ahead) != 1:
        return ""
    person = ahead.pop()
    return "" if reader.text.find(person.split()[-1], 0, pos) >= 0 else person


#: Where the words about the person's own side end and the other party begins.
_OTHER_PARTY = re.compile(r"\b(?:that|which|against|off|fighting|facing|attacking|repelling|opposite|versus|vs)\b",
                          re.IGNORECASE)
# ("commands Ukraine's 3rd Army Corps": an ordinal, and a unit's name in capitals, between)
_COUNTRY_OF_UNIT = re.compile(r"\b([A-Z][\w’'.-]*)\s+(?:(?:[a-z][\w-]*|\d{1,3}(?:st|nd|rd|th))\s+)?(?:battalion|brigade|regiment|"
                              r"unit|company|platoon|corps|division|army|navy|military|officer|commander|general|colonel|"
                              r"governor|official|minister|ministry|marines|paratroopers|Army|Corps|Brigade|Division)\b")


def _sided_institution(reader: _Reader, role: str, fits, pos: int) -> str:
    """ "Russian troops have liberated X, the Defence Ministry said": an institution named without its
    country (a role of two words or more that several institutions of the table bear) speaks for the
    side whose forces its sentence credits with a success, else for the side the dateline puts the
    article on; two sides or none: "" (no guess)."""
    if not _bodies_of_sides(reader.who, role, fits):
        return ""
    sentence = reader.doc.sentence_at(pos)
    place = FRONTED_PLACE.match(reader.text, sentence.start) if sentence is not None else None
    side = (reader.who.country_of_form.get(place.group(1)) if place else "") or _voice_side(reader, pos) \
        or _article_side(reader) or _credited_side(reader, pos)  # a Kyiv dateline's ministry reports Russia's strikes too
    return _body_of_side(reader.who, fits, side)


def _bodies_of_sides(who, role: str, fits) -> bool:
    """Whether ``fits`` are institutions that a side tells apart: a role of two words or more, several bodies, all
    organisations ("the Defence Ministry": Russia's and Ukraine's)."""
    return " " in role and len(fits) >= 2 and all(who.speakers[name].kind == "organisation" for name in fits)


def _body_of_side(who, fits, side: str) -> str:
    """The one institution of ``fits`` of country ``side``; "" when no side, or none or several bodies are of it."""
    sided = [name for name in fits if who.speakers[name].country == side] if side else []
    return sided[0] if len(sided) == 1 else ""


#: "its air defences had destroyed 94 Ukrainian drones", "their units repelled five Russian attacks": the speaking body's
#: own forces, a success, and the other side's demonym before what they hit
#: (its nouns the ``hits_other_side`` words of data/force_nouns.csv)
_OWN_FORCES_AGAINST = vocab.TablePattern("own_forces_against", ("force_nouns",), lambda: (
    r"\b(?:its|their)\s+(?:[a-z-]+\s+){0,2}?(?:" + trie_pattern(vocab.force_nouns("hits_other_side"), spaces=True)
    + r")\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:destroyed|shot\s+down|downed|intercepted|repelled|repulsed|"
    r"killed|eliminated|hit|struck|thwarted)\s+(?:[\w,.-]+\s+){0,3}?([A-Z][a-z]+)\s+(?=[a-z])"))


def _institution_against_target(reader: _Reader, role: str, fits, pos: int) -> str:
    """ "The Defence Ministry said its air defences had destroyed 94 Ukrainian drones": of the institutions of ``fits``
    (a body written without its country, nothing else siding it), the one of the warring side opposite the demonym
    its own forces' success names (sk40); "" when the sentence says no such thing or several bodies fit."""
    if not _bodies_of_sides(reader.who, role, fits):
        return ""
    return _body_of_side(reader.who, fits, _target_side(reader, pos))


def _target_side(reader: _Reader, pos: int) -> str:
    """The warring side opposite the demonym that its own forces' success names in the sentence at ``pos`` ("its
    air defences had destroyed 94 Ukrainian drones": Russia); "" when the sentence says no such thing."""
    sentence = reader.doc.sentence_at(pos)
    if sentence is None:
        return ""
    hit = _OWN_FORCES_AGAINST.search(reader.text, pos, sentence.end)
    form = vocab.country_forms().get(hit.group(1), ("", "")) if hit is not None else ("", "")
    return vocab.opposite(form[0]) if form[1] == "demonym" else ""


def _voice_side(reader: _Reader, pos: int) -> str:
    """ "Russia said on Saturday it had pulled its troops out. The defence ministry said …": the country that spoke in
    the sentence before (or earlier in the same one), as a country or one country's body, is the side of the body its
    sentence names without a country (sk31); "" when the voice before is anyone else or further back."""
    sentence = reader.doc.sentence_at(pos)
    if sentence is None:
        return ""
    back = trim_end(reader.text, 0, sentence.start) - 1
    before = reader.doc.sentence_at(back) if back > 0 else None
    since = before.start if before is not None else sentence.start  # (the story's sentence before, across a paragraph)
    who = reader.who
    for event in reversed(reader.events):
        if event.pos >= pos:
            continue
        if event.pos < since:
            return ""
        row = who.speakers.get(event.speaker)
        if row is not None and row.kind in ("organisation", "person") and row.country:
            return row.country  # (a person of the tables: "Putin proclaimed …. The defence ministry said": Russia's)
        country = vocab.country_forms().get(event.speaker, ("", ""))
        return country[0] if country[1] == "country" else ""
    return ""


#: "Russian forces have liberated", "Ukrainian air defences shot down": a side credited with a success, read
#: only when no dateline puts the article on a side (a ministry reports the enemy's strikes and advances too)
_CREDITED = re.compile(r"\b([A-Z][\w’'.-]*)\s+(?:[a-z-]+\s+)?(?:troops|forces|army|military|soldiers|units|"
                       r"air\s+defen[cs]es|navy|air\s+force|aircraft)\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?"
                       r"(?:liberated|captured|taken|took|seized|recaptured|retook|retaken|repelled|repulsed|destroyed|"
                       r"shot|downed|struck|hit|advanced|gained|improved|pushed|thwarted|foiled|intercepted)\b")


def _credited_side(reader: _Reader, pos: int) -> str:
    """The one country whose forces the sentence at ``pos`` credits with a success ("" none or two)."""
    sentence = reader.doc.sentence_at(pos)
    if sentence is None:
        return ""
    cache = reader.__dict__.setdefault("_credited_sides", {})  # one scan per sentence, not per cue in it
    if sentence.start not in cache:
        forms = reader.who.country_of_form
        sides = {forms.get(w) or forms.get(w[:-2]) for w in _CREDITED.findall(reader.text, sentence.start, sentence.end)}
        sides.discard(None)
        cache[sentence.start] = sides.pop() if len(sides) == 1 else ""
    return cache[sentence.start]


#: a country's adjective or possessive and capitalised title words right before a name ("Russian President ")
#: a country's word (or its possessive) opening a title before a name: "Russian …", "Ukraine's …"
_COUNTRY_WORD = r"(?<![\w’'-])([A-Z][\w-]+?)(?:['’]s)?\s+"
_COUNTRY_TITLE_BEFORE = re.compile(_COUNTRY_WORD + r"((?:[A-Z][\w.-]*\s+){1,3})$")


#: an interview's answer line: "A: …", "Answer: …"
_ANSWER_LINE = re.compile(r"[ \t]*(?:A|Answer|ANSWER)[ \t]*[:.][ \t]")


def _interviewee_country(reader: _Reader, pos: int) -> str:
    """The country of the person who spoke last before ``pos`` and whose country is known: whose answers an interview
    prints ("" if none)."""
    for event in reversed(reader.events):
        if event.pos < pos and event.speaker and _mentions.is_person(event.speaker, reader.who):
            return _person_country(reader, event.pos, event.speaker)
    return ""


def _unlisted_just_heard(reader: _Reader, mention: Mention, role: str, country: str | None) -> Mention | None:
    """ "The general, who took over last month, said …" right after "Ukraine's new army chief A B … B said", or
    "“…,” the diplomat said" after "Foreign Ministry spokeswoman A B said": a person's office (the tables give it to
    people only: not "the General Staff") written as a second reference when no holder of the tables is named anywhere
    in the article is the person nobody listed (a first name the tables know, then a surname) who spoke just before (in
    that paragraph or the one before: an office holder newer than the tables, named once and then by the office),
    when the office the article introduced that person with is none or one the tables give one person together with
    ``role`` ("army chief" and "general", "spokeswoman" and "diplomat"; not "Gen." and "the senator", "Mayor" and "the
    commander"), and of that country when the office names one ("the Ukrainian general": the title before the name
    or the unit says so); None otherwise (mt17)."""
    last = _just_heard(reader, mention)
    if last is None or reader.who.speakers.get(last.speaker) is not None \
            or last.speaker.split()[0] not in reader.who.first_names:  # (a person's name: not "Downing Street")
        return None
    text = reader.text
    first = text.find(last.speaker, 0, mention.start)  # (as printed)
    if first < 0:
        return None
    sentence = reader.doc.sentence_at(first)
    before = text[max(sentence.start if sentence is not None else 0, first - 80):first]
    apposed = _APPOSED_OFFICE.match(text, first + len(last.speaker))
    held = {m.group(1).lower() for m in _ROLE_WORDS.finditer(before + (apposed.group(1) if apposed else ""))} | {
        _RANK_OF.get(m.group(1).lower(), "") for m in _DOTTED_IN_TITLE.finditer(before)}
    held -= {"", "deputy"}
    together = {w for name, _ in _with_role(reader.who, role) if role in reader.who.speakers[name].roles
                for r in reader.who.speakers[name].roles for w in r.split()}  # (the tables' one-person offices)
    if held and not held & (together | set(role.split())):
        return None
    if country is None:
        return last
    titled = _COUNTRY_OFFICE_BEFORE.search(before)
    side = reader.who.country_of_form.get(titled.group(1), "") if titled is not None \
        and _ROLE_WORDS.search(titled.group(2)) else ""
    # ("Russian Foreign Ministry spokeswoman A B" is no "Ukrainian president"; one of no known country is none either)
    return last if (side or _person_country(reader, first, last.speaker)) == country else None


#: a country's word, then an office of up to four words, right before a name ("Russian Foreign Ministry spokeswoman ",
#: "Ukraine's new army chief ")
_COUNTRY_OFFICE_BEFORE = re.compile(_COUNTRY_WORD + r"((?:[\w.-]+\s+){1,4})$")
#: the office apposed right after a name (", the governor of the Poltava region,")
_APPOSED_OFFICE = re.compile(r",\s+((?:the|a|an)\s+[^,.;:\n“”\"]{1,80})")


def _person_country(reader: _Reader, pos: int, person: str) -> str:
    """The country of a person the article introduced at ``pos``: the table's, else the one country
    whose unit or office the sentence that introduces them names ("Lt Col X commands a Ukrainian
    battalion", "X of the Russian army"; not "X said Russian troops attacked"); "" unknown."""
    known = reader.who.speakers.get(person)
    if known is not None:
        return known.country or ""
    cache = reader.__dict__.setdefault("_person_countries", {})
    titled = _COUNTRY_TITLE_BEFORE.search(reader.text, max(0, pos - 60), pos) if (pos, person) not in cache else None
    if titled is not None and reader.who.country_of_form.get(titled.group(1)) and _ROLE_WORDS.search(titled.group(2)):
        # "Russian President A B", "Ukraine's Defence Minister A B": the country of the title right before the name
        cache[(pos, person)] = reader.who.country_of_form[titled.group(1)]
    if (pos, person) not in cache:
        sentence = reader.doc.sentence_at(pos)
        a, b = (sentence.start, sentence.end) if sentence is not None else (pos, pos)
        other = _OTHER_PARTY.search(reader.text, max(a, pos), b)  # "… a battalion that is holding off the Russian army"
        b = other.start() if other is not None else b
        forms = reader.who.country_of_form
        named = {forms[w] for w in _COUNTRY_OF_UNIT.findall(reader.text, a, b) if w in forms}
        cache[(pos, person)] = named.pop() if len(named) == 1 else ""
    return cache[(pos, person)]


# "MOSCOW, March 9 (TASS) -", "KYIV (Reuters) —": the place and the agency an article was filed from
_DATELINE_HEAD = re.compile(r"[ \t]*([A-Z][A-Za-z’'-]+(?:[ \t]+[A-Z][A-Za-z’'-]+)?)[ \t]*,?[^\n(/]{0,30}?"
                            r"(?:(?:\(([^)\n]{1,30})\)[ \t]*)?[-–—]{1,2}[ \t]|[ \t]*/([^/\n]{1,30})/)")  # "MOSCOW, May 9. /TASS/."


def _article_side(reader: _Reader) -> str:
    """The country an article speaks from, when its dateline tells it: the place ("MOSCOW, …") or
    the agency of the table in brackets ("(TASS)"), all of one country; "" when unknown."""
    if "_side" not in reader.__dict__:
        who, sides = reader.who, set()
        for line in reader.text[:400].split("\n")[:4]:
            head = _DATELINE_HEAD.match(line)
            if head is None:
                continue
            place = who.country_of_form.get(head.group(1).title()) or who.country_of_form.get(head.group(1))
            if place:
                sides.add(place)
            agency = who.alias_to_name.get((head.group(2) or head.group(3) or "").strip())
            if agency and who.speakers[agency].country:
                sides.add(who.speakers[agency].country)
            break
        reader._side = sides.pop() if len(sides) == 1 else ""
    return reader._side


def _side_agrees(reader: _Reader, country: str, pos: int) -> bool:
    """Whether a country-less institution of ``country`` may be read where the article stands: not
    when its dateline (place or agency) puts the article on the other side. (Earlier institutions of
    the other side are no evidence: articles quote both sides.)"""
    side = _article_side(reader)
    return not country or not side or side == country


_FOR_WHOM = re.compile(r"\s+(?:for|of|at|from|to)\s")
_OWNED_ROLE = re.compile(r"['’]s\s+(?=[a-z])")
#: (a capital of two words too: "the foreign ministry in Abu Dhabi", "in New Delhi")
_SEAT_AFTER = re.compile(r"\s+in\s+([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?)(?![\w’'-])")


def _names_the_office(who, role_match, role: str, fits: set) -> bool:
    """The role as written names one office, not a rank anybody may hold: a role of the table that
    is no generic word ("defence minister", "commander-in-chief", "secretary general"), or the
    place and the role together one of the holder's roles ("NATO chief"); never "the Ukrainian
    commander" (any commander) or "the commander of Ukraine's ground forces" (another office)."""
    holder = who.speakers[next(iter(fits))]
    place = (role_match.group("adj") or role_match.group("poss") or "").lower()
    place = re.sub(r"['’]s$", "", place)
    if place and f"{place} {role}" in holder.roles:
        return True
    return role in holder.roles and role not in _mentions.generic_roles() and " " in role or role == "commander-in-chief"


def _unnamed_office(reader: _Reader, pos: int) -> Mention | None:
    """The role without a name that spoke at ``pos``, when it names one office of a place ("the
    governor of Mykolaiv region", "the mayor of Kharkiv"): a person the text does not name."""
    sentence = reader.doc.sentence_at(pos)
    if sentence is None:
        return None
    roles = [m for m in reader.mentions_between(sentence.start, pos) if m.how == "role"]
    if roles and _mentions.label_as_written(roles[-1].as_written).endswith(" (unnamed)") \
            and not _mentions.INDEFINITE.match(roles[-1].as_written):
        return roles[-1]
    return None


_GROUP_VERB_BEFORE = re.compile(r"([\w’'-]+)\s+(?:(?:have|has|had|also|repeatedly|previously|now)\s+)*$")


def _group_spoke(text: str, pos: int) -> bool:
    """The words right before the verb at ``pos`` end with a group that speaks in the plural ("bloggers have")."""
    word = _GROUP_VERB_BEFORE.search(text, max(0, pos - 60), pos)
    return word is not None and word.group(1).lower() in _words("speaking_group")


def _name_gender(reader: _Reader, m: Mention) -> str:
    """The gender of a person's mention: its title or first name, else the full name it stands for
    ("Mr Melnyk" written "Melnyk" after "Taras Melnyk")."""
    return _mentions.gender(m.speaker, m.as_written, reader.who) or (
        _mentions.gender(reader.full(m), "", reader.who) if m.how == "unknown name" else "")


def _same_surname_of_gender(reader: _Reader, m: Mention, want: str) -> str:
    """For a surname written alone whose latest full name is of the other gender ("Linda Hale … Hale says"), the one
    other full name of that surname the article gave before it with the pronoun's gender ("Tom Hale"), else "": in a
    family's story the bare surname goes on standing for the person it was used for, whichever spouse was named last."""
    if m.how != "unknown name" or " " in m.speaker:
        return ""
    names = set()
    for _, end, _ in _mentions.name_runs(reader.doc).get(m.speaker, []):
        if end > m.start:
            break
        name = _mentions.full_name(reader.doc, m.speaker, end, reader.who)
        if " " in name and _mentions.gender(name, "", reader.who) == want:
            names.add(name)
    return names.pop() if len(names) == 1 else ""


def _topic_possessive(reader: _Reader, m: Mention, want: str) -> bool:
    """ "Russian troops had crossed the road that supplied Yatsenko's battalion, and his command post had been moved":
    a person's possessive taken up by "his"/"her" later in its sentence is what the sentence is about, as a subject."""
    if reader.text[m.end:m.end + 2] not in ("'s", "’s"):
        return False
    sentence = reader.doc.sentence_at(m.start)
    if sentence is None or re.search(r"(?i)\b(?:he|she)\b", reader.text[sentence.start:m.start]) \
            or bisect_left(reader.person_name_starts, sentence.start) < bisect_left(reader.person_name_starts, m.start):
        return False  # "Zelensky dismissed Putin's remarks in his address": the sentence's subject is someone else
    return re.search(r"\bhis\b" if want == "m" else r"\bher\b", reader.text[m.end:sentence.end]) is not None


#: a transcript line's label in any case: "Zaluzhnyi: …", "Gen. Hodges: …"
_LINE_LABEL = re.compile(r"[ \t]*((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]*)[ \t]*:[ \t]")


def _line_speaker(reader: _Reader, pos: int) -> str:
    """The person whose transcript line (a paragraph opened by a label: "Zaluzhnyi: …", "HODGES: …") holds ``pos``,
    after its label ("" if none): the words in it are that person's, whatever speech verbs they hold."""
    start = reader.text.rfind("\n", 0, pos) + 1
    label = _LINE_LABEL.match(reader.text, start)
    if label is None or label.end() > pos:
        return ""
    found = _layout._transcript_label(reader, start)
    if found is not None and found[0] is not None:
        return found[0].speaker
    named = [m for m in reader.mentions_between(label.start(1), label.end(1)) if m.end == label.end(1)]
    person = reader.full(named[-1]) if named and named[-1].how in ("name", "title", "unknown name") else ""
    return person if person and _mentions.is_person(person, reader.who) or (
        person and " " in person and _mentions.could_be_person(person, reader.who)) else ""


def _in_reported_content(reader: _Reader, j: int) -> bool:
    """Whether event ``j`` is a speech act inside the reported words of another person's act before it in its sentence
    ("A B said that Russia had taken far less than the minister claimed"): its subject is not the sentence's (sk19)."""
    events, item = reader.events, reader.events[j]
    sentence = reader.doc.sentence_at(item.pos)
    if sentence is None:
        return False
    for k in range(j - 1, max(-1, j - 6), -1):
        e = events[k]
        if e.pos < sentence.start or e.pos >= item.pos:
            break
        if e.speaker and e.person and e.speaker != item.speaker \
                and re.search(r"\b(?:that|than)\b", reader.text[e.pos:item.pos]) \
                and not re.search(r"[“\"”]", reader.text[e.pos:item.pos]):
            return True
    return False


#: a preposition right before a name (the reporter's "… out to Andrii, he …" of ``_REPORTER_CALLED``)
_TO_A_NAME = re.compile(r"\s(?:to|with|for|at|on)\s+$")
#: "'s commander, a lieutenant colonel who asked not to be named,": a possessor's role, apposed to an unnamed person
_POSSESSED_UNNAMED = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*,\s*(an?\s+[^,.;:“”\"\n]{1,160}),")


def _antecedent(reader: _Reader, mention: Mention, pos: int) -> Mention:
    possessed = [(p, label) for p, label in reader.possessed if p < pos]
    found = _antecedent_of(reader, mention, pos)
    if not found.speaker and reader.possessed and found.how in ("unnamed source", "unresolved pronoun"):
        # "Dub's commander, a lieutenant colonel who …, was less categorical. “…,” he said. ¶ A soldier with the call
        # sign Dub at a checkpoint. “…,” he said": a person named in the pronoun's paragraph after the unnamed one spoke
        paragraphs = reader.doc.paragraphs
        k = bisect_right(paragraphs, mention.start, key=lambda p: p[1])
        spoke = max((e.pos for e in reader.events if e.pos < pos), default=-1)
        want = "f" if mention.as_written.lower() in ("she", "her") else "m"
        named = [m for m in reader.person_names if k < len(paragraphs) and max(paragraphs[k][0], spoke) <= m.start
                 and m.end <= pos and m.how != "role" and _name_gender(reader, m) in ("", want)]
        if named:
            return Mention(mention.start, mention.end, reader.full(named[-1]), mention.as_written, "pronoun")
    if possessed and found.speaker:
        at, label = possessed[-1]
        paragraphs = reader.doc.paragraphs
        if bisect_right(paragraphs, at, key=lambda p: p[1]) == bisect_right(paragraphs, pos, key=lambda p: p[1]) \
                and reader.last_spoke(found.speaker, pos) < at and _last_named(reader, found.speaker, pos) <= at \
                and not any(at < m.start < pos and reader.full(m) == found.speaker for m in reader.person_names):
            # "Dub's commander, a lieutenant colonel who …, was less categorical. “…,” he said": the unnamed one
            return Mention(mention.start, mention.end, "", label, "unnamed source")
    return found


def _antecedent_of(reader: _Reader, mention: Mention, pos: int) -> Mention:
    """ "he"/"she": the most recent compatible person. First among those who spoke and the people
    who open a sentence (its subject), latest first; then any person named before. Compatible: a
    person (institutions, media, countries and events are skipped), of the pronoun's gender when
    a title or a known first name tells it. An unnamed person who spoke last ("a senior official
    said") leaves the pronoun unnamed too."""
    who = reader.who
    want = "f" if mention.as_written.lower() in ("she", "her") else "m"

    def found(speaker: str) -> Mention:
        return Mention(mention.start, mention.end, speaker, mention.as_written, "pronoun")

    def newer(since: int) -> Mention | None:  # an unnamed person a later sentence opened on (sk27)
        return _newer_unnamed_opener(reader, mention, pos, want, since) \
            if mention.as_written.lower() in ("he", "she") else None

    names = reader.person_names
    i = bisect_left(reader.person_name_starts, pos)
    events = reader.events
    j = len(events)
    while j and events[j - 1].pos > pos:
        j -= 1
    n = i
    reported = None  # the sentence of an act an answer reports ("my deputy told me")
    while n or j:  # latest first: speakers and sentence subjects, merged by position
        if j and (not n or events[j - 1].pos >= names[n - 1].start):
            j -= 1
            item = events[j]
            line = _line_speaker(reader, item.pos)
            if line and _mentions.gender(line, "", who) in ("", want):
                return found(line)  # "Zaluzhnyi: … A tsar tells them to go to war …" then "he revealed": the line's speaker
            if not item.person:
                continue
            if item.speaker and _in_reported_content(reader, j):
                continue  # "A B said … that Russia had taken far less than the minister claimed. “…,” he said": A B
            if item.speaker and _told_the_narrator(reader, item.pos, pos):
                reported = reader.doc.sentence_at(item.pos) or reported  # (its subject is no antecedent either)
                continue  # "Last week my deputy, A B, told me: “…” But we hold, he said.": the one answering, not A B
            if not item.speaker and _group_spoke(reader.text, item.pos):
                continue  # "Russian military bloggers have claimed …": a group is never "he" or "she"
            if not item.speaker:
                role = _unnamed_office(reader, item.pos)
                if role is not None:  # "The governor of Mykolaiv region said …. “…,” he wrote": that office
                    # (unless a later sentence opens on one unnamed person: "The minister said …. A sniper …": sk29)
                    return newer(item.pos) or Mention(mention.start, mention.end, "", role.as_written, "unresolved role")
                sentence = reader.doc.sentence_at(item.pos)
                same = [w for p, w in reader.unnamed if sentence is not None and sentence.start <= p <= item.pos]
                if same:  # "A senior official told me …. “…,” he said": that unnamed person, by the conventions' label
                    return Mention(mention.start, mention.end, "", same[-1], "unnamed source")
                return Mention(mention.start, mention.end, "", mention.as_written, "unresolved pronoun")
            if _mentions.gender(item.speaker, "", who) in ("", want):
                return newer(item.pos) or found(item.speaker)
        else:
            n -= 1
            m = names[n]
            if reported is not None and reported.start <= m.start < reported.end:
                continue
            if m.end <= pos and (reader.opens_sentence(m) or _topic_possessive(reader, m, want)):
                if _name_gender(reader, m) in ("", want):
                    return newer(m.start) or found(reader.full(m))
                kin = _same_surname_of_gender(reader, m, want)
                if kin:  # "Linda Hale … Hale flew back on Friday. “…,” he says": the surname's man, not his wife
                    return found(kin)
    for m in reversed(names[:i]):
        if m.end <= pos and _name_gender(reader, m) in ("", want):
            return newer(m.start) or found(reader.full(m))
    return newer(-1) or Mention(mention.start, mention.end, "", mention.as_written, "unresolved pronoun")


#: a sentence that opens on one person the copy does not name: "A sergeant who left the town …", "An infantryman with
#: …", "One volunteer …" (an ``unnamed_person`` word of data/speech_words.csv, up to three words after the article);
#: also after a wire dateline ("LYMAN (Wire) - A gunner …"), a gallery caption's index ("5/9 A medic …") or a live
#: blog's time stamp ("10:42 A volunteer …") opening the line (sk29)
_INDEFINITE_OPENER = vocab.TablePattern("indefinite_person_opener", ("speech_words",), lambda: (
    r"(?:(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\)\s[-–—]\s)|(?:(?<=\n)|^)(?:\d{1,2}[/:]\d{1,2}\s+)?)"
    r"((?:A|An|One|Another)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + (trie_pattern(_words("unnamed_person"), ignore_case=True) or "(?!)") + r"))(?![\w’'-])"), re.MULTILINE)
#: ``_INDEFINITE_OPENER``'s matches in two patterns that each open on a character sre searches for in C, instead of
#: entering the look-behinds at every position of the text (issue 17, sp23): those opening on the article (its first
#: letter, then where a sentence or line opens, read after it: ``.`` is that letter) …
_INDEFINITE_OPENER_AT_LETTER = vocab.TablePattern("indefinite_person_opener_at_letter", ("speech_words",), lambda: (
    r"((?:A(?:" + _OPENER_PLACE + r")(?:|n|nother)|O(?:" + _OPENER_PLACE + r")ne)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + (trie_pattern(_words("unnamed_person"), ignore_case=True) or "(?!)") + r"))(?![\w’'-])"), re.MULTILINE)
#: … and those opening on a line's time stamp or index ("10:42 A volunteer …", "5/9 A medic …")
_INDEFINITE_OPENER_AT_DIGIT = vocab.TablePattern("indefinite_person_opener_at_digit", ("speech_words",), lambda: (
    r"\d(?:(?<=\n.)|(?<![\s\S].))\d?[/:]\d{1,2}\s+((?:A|An|One|Another)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + (trie_pattern(_words("unnamed_person"), ignore_case=True) or "(?!)") + r"))(?![\w’'-])"), re.MULTILINE)
#: where a sentence or line opens, read after its first character (``_INDEFINITE_OPENER``'s look-behinds, and ``^``: the
#: text's start, where no character stands two back)
_OPENER_PLACE = r"(?<=[.!?]\s.)|(?<=[.!?][”\"’]\s.)|(?<=\)\s[-–—]\s.)|(?<=\n.)|(?<![\s\S].)"
#: a line opening on a digit: only then can a match open on a time stamp or an index
_LINE_OPENS_ON_DIGIT = re.compile(r"\n\d")


def _indefinite_opener_hits(text: str):
    """``_INDEFINITE_OPENER.finditer(text)``'s matches (the same spans and group): the leftmost match of either of its
    two forms from where the last one ended, as ``finditer`` takes them (a match opens on a letter or on a digit, never
    both; the time-stamp form only runs where a line opens on a digit)."""
    letter = _INDEFINITE_OPENER_AT_LETTER
    if not (text[:1].isdigit() or _LINE_OPENS_ON_DIGIT.search(text)):
        yield from letter.finditer(text)
        return
    digit = _INDEFINITE_OPENER_AT_DIGIT
    at_letter, at_digit = letter.search(text), digit.search(text)
    while at_letter is not None or at_digit is not None:
        hit = at_digit if at_letter is None or (at_digit is not None and at_digit.start() < at_letter.start()) \
            else at_letter
        yield hit
        pos = hit.end()
        if at_letter is not None and at_letter.start() < pos:
            at_letter = letter.search(text, pos)
        if at_digit is not None and at_digit.start() < pos:
            at_digit = digit.search(text, pos)
#: the object of another person in the opener's sentence ("A soldier handed him a flag"): the sentence is about him
_OBJECT_OF_ANOTHER = re.compile(r"\b(?:him|her)\b")
_FEMALE_NOUN = re.compile(r"(?i)(?:woman|women|nun|mother|widow|wife|sister|daughter)$")
_MALE_NOUN = re.compile(r"(?i)(?<!wo)(?:man|men)$|(?:father|husband|brother|son)$")


def _indefinite_openers(reader: _Reader) -> list[tuple[int, str, str]]:
    """(position, words, gender) of each sentence that opens on one unnamed person ("A sergeant who …
    described the retreat by phone."), outside quote marks, in the order of the text (built once)."""
    if "_openers" not in reader.__dict__:
        found = []
        if reader.may_hold(("a ", "an ", "one ", "another "), 0, len(reader.text)):
            for hit in _indefinite_opener_hits(reader.text):
                if reader.doc.in_quote(hit.start(1)) or reader.doc.in_furniture(hit.start(1)):
                    continue
                sentence = reader.doc.sentence_at(hit.start(1))
                if sentence is not None and _OBJECT_OF_ANOTHER.search(reader.text, hit.end(1), sentence.end):
                    continue
                noun = hit.group(1).split()[-1]
                gender = "f" if _FEMALE_NOUN.search(noun) else "m" if _MALE_NOUN.search(noun) else ""
                found.append((hit.start(1), hit.group(1), gender))
        reader._openers = found
    return reader._openers


def _newer_unnamed_opener(reader: _Reader, mention: Mention, pos: int, want: str, since: int) -> Mention | None:
    """The unnamed person a sentence after ``since`` opened on, in the pronoun's paragraph or the one before it, and
    after any person named or heard there ("President X said …. A sergeant who left the town described the retreat.
    “…,” he said": the sergeant, not the president), as the conventions label one unnamed person; None if there is
    none."""
    openers = _indefinite_openers(reader)
    if not openers:
        return None
    k = bisect_left(openers, (pos,)) - 1
    if k < 0:
        return None
    at, words, gender = openers[k]
    if at <= since or gender not in ("", want):
        return None
    paragraphs = reader.doc.paragraphs
    here = bisect_right(paragraphs, pos, key=lambda p: p[1])
    there = bisect_right(paragraphs, at, key=lambda p: p[1])
    if here - there > 1:
        return None
    # "A gunner with the call sign “Lis” loads a shell.": the one name the opener's own phrase gives him (sk29)
    sign = _CALL_SIGN.match(reader.text, at + len(words) + len(" with the ")) \
        if reader.text.startswith(" with the ", at + len(words)) else None
    if sign is not None:
        return Mention(mention.start, mention.end, sign.group(1), sign.group(1), "unknown name")
    return Mention(mention.start, mention.end, "", words, "unnamed source")


#: the first person outside quotation marks: words of someone answering ("my deputy", "we hold"), not the reporter's
_FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|my|our|we|We|My|Our)(?![\w’'-])")
_TO_THE_NARRATOR = re.compile(r"\s+(?:me|us)\b|\s+to\s+(?:me|us)\b")
_QUOTE_TO_THE_NARRATOR = re.compile(r"[a-z]+\s+(?:to\s+)?(?:me|us)\s*[:,]\s*[“\"]$")


def _told_the_narrator(reader: _Reader, cue: int, pos: int) -> bool:
    """Whether the speech act at ``cue`` is one an answer reports ("my deputy told me: …"): said to "me"/"us", in the
    paragraph of the pronoun at ``pos``, after first-person words of the same paragraph (so the reporter's own "a
    soldier told me" in a paragraph of its own still leads a later "he")."""
    end = reader.text.find(" ", cue)
    if (end < 0 or not _TO_THE_NARRATOR.match(reader.text, end)) \
            and not _QUOTE_TO_THE_NARRATOR.search(reader.text, max(0, cue - 30), cue):  # (the quotation's own event)
        return False
    start = reader.text.rfind("\n", 0, cue) + 1
    if reader.text.find("\n", cue, pos) >= 0:
        return False
    # (in the act's own sentence: "Most of the soldiers I met refused to talk. Vitalii told me that …. He said …" is
    # the reporter's first person, and Vitalii is "he", sk31)
    sentence = reader.doc.sentence_at(cue)
    return _FIRST_PERSON.search(reader.text, max(start, sentence.start if sentence is not None else 0), cue) is not None


# the modules above this one, whose names its functions read (as ``module.name``) when they run: imported
# after this module's definitions (they import from it), in layer order from the one just above
from . import _subjects, _layout  # noqa: E402,F401


def _names_module():
    """The sibling module ``_names`` (imported at call time: it imports from this module)."""
    from . import _names
    return _names
