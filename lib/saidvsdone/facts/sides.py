"""Sides: who is meant. Actor mentions (the one place they are found), and the side of
a fact from its subject, an adjective ("Ukrainian shelling"), a by-phrase, a target or
the context.
"""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from bisect import bisect_left, bisect_right
from functools import lru_cache

from saidvsdone.facts.context import (
    Mention,
    clause_end_at,
    clause_start_at,
    mentions_in,
    place_at,
    places_in,
    sentence_of,
    words_after,
    words_before,
)
from saidvsdone import vocab as _vocab
from saidvsdone.english import number_words
from saidvsdone.facts.quantities import HEDGE
from saidvsdone.facts.vocab import Vocabulary, cue_regex, vocab
from saidvsdone.matcher import WORD_GOES_ON, fail_fast, whole_word_at
from saidvsdone.facts.words import (
    CLAUSE_STOP,
    DETERMINERS,
    PLACE_ADJECTIVES,
    PREPOSITIONS,
    PRONOUNS,
    PRONOUN_REACH,
    REPORTING_VERBS,
    alternation,
)
from saidvsdone.facts.words import cue_alternation


#: (the same words as "(?<![\w’-])(?<!\w')(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him|[Tt]hey|[Tt]heir|them|[Ii]t|[Ii]ts|[Ww]e|[Oo]ur|us)"
#: with the look-behinds after each first letter: a pattern whose branches open with a letter is searched for those
#: letters first, not tried at every character)
PRONOUN_RE = re.compile(r"(?:H(?<![\w’-]H)(?<!\w'H)(?:e|is|er)|h(?<![\w’-]h)(?<!\w'h)(?:e|is|er|im)|S(?<![\w’-]S)(?<!\w'S)he"
                        r"|s(?<![\w’-]s)(?<!\w's)he|T(?<![\w’-]T)(?<!\w'T)(?:hey|heir)|t(?<![\w’-]t)(?<!\w't)(?:hey|heir|hem)"
                        r"|I(?<![\w’-]I)(?<!\w'I)(?:ts|t)|i(?<![\w’-]i)(?<!\w'i)(?:ts|t)|W(?<![\w’-]W)(?<!\w'W)e"
                        r"|w(?<![\w’-]w)(?<!\w'w)e|O(?<![\w’-]O)(?<!\w'O)ur|o(?<![\w’-]o)(?<!\w'o)ur|u(?<![\w’-]u)(?<!\w'u)s)"
                        r"(?![\w’'-])")


#: a line with no lower-case letter (``_capitals_lines`` keeps those with two words in capitals at least)
_NO_SMALL_LETTER_LINE = re.compile(r"(?m)^[^a-z\n]+$")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_SPACE = re.compile(r"\s")
#: a word in capitals (its apostrophe kept: "UKRAINE'S")
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z'’]*")


def _capitals_lines(text: str):
    r"""The lines of ``text`` with no lower-case letter and two words in capitals at least (a wire flash, a heading, a
    caption in capitals), as matches; one pass, linear in the line (the first pair of capitals, a space after it,
    a pair after that).

    Example:
        >>> [m.group() for m in _capitals_lines("FLASH: KYIV SAYS\nA quiet night.\nNATO")]
        ['FLASH: KYIV SAYS']
    """
    for line in _NO_SMALL_LETTER_LINE.finditer(text):
        written = line.group()
        first = _TWO_CAPITALS.search(written)
        space = _SPACE.search(written, first.end()) if first else None
        if space and _TWO_CAPITALS.search(written, space.end()):
            yield line


def _as_name(word) -> str:
    """"UKRAINE'S" → "Ukraine's": a word in capitals written as a name (the same length)."""
    return word.group()[0] + word.group()[1:].lower()


def mentions(text: str, v: Vocabulary | None = None) -> list[Mention]:
    """Every mention of a side in ``text`` (countries, demonyms, capitals, people, forces
    from the who-is-who (``speakers.csv``, ``countries.csv``), and pronouns resolved to their antecedent), in text order. The one
    place actor mentions are found for the facts stage.

    Example:
        >>> [(m.display, m.side, m.kind) for m in mentions("Russian forces said they won.")]
        [('Russia', 'Russia', 'demonym'), ('Russia', 'Russia', 'pronoun-group')]
    """
    v = v if v is not None else vocab()
    hits = []
    for m in v.actor_re.finditer(text):
        side, kind, display = v.actor_rows.get(m.group().replace("’", "'"),
                                                     ("", "", m.group()))
        hits.append((m.start(), m.end(), side, kind, display))
    for line in _capitals_lines(text):
        # "URGENT: UKRAINE'S EASTERN COMMAND SAYS ABOUT 5,000 RUSSIAN TROOPS ENCIRCLED": a wire flash, a heading or a
        # caption set in capitals names its sides as the table writes them once each word is written as a name
        written = _CAPITALS_WORD.sub(_as_name, line.group())
        for m in v.actor_re.finditer(written):
            row = v.actor_rows.get(m.group().replace("’", "'"))
            if row is not None and row[0]:
                hits.append((line.start() + m.start(), line.start() + m.end(), *row))
    for m in PRONOUN_RE.finditer(text):
        kind = "pronoun-" + PRONOUNS[m.group().lower()]
        hits.append((m.start(), m.end(), "", kind, m.group()))
    enemy_re = cue_regex(v.cues.get("enemy", frozenset()))
    if enemy_re is not None:          # "the enemy": the other side of whoever speaks
        for m in enemy_re.finditer(text.lower()):
            hits.append((m.start(), m.end(), "", "enemy", text[m.start():m.end()]))
    hits.extend(_formations(text, v, hits))
    hits.sort()
    mentions: list[Mention] = []
    last_end = -1
    for start, end, side, kind, display in hits:
        if start < last_end:
            continue
        last_end = end
        subject_ok = not after_preposition(text, start) and not object_of_verb(text, start, v)
        if subject_ok and kind in ("country", "capital", "demonym") and \
                possessive_of_place(text, end, v):
            subject_ok = False
        if kind == "capital" and not subject_ok and not _CAPITAL_CONTROL.match(text, end):
            continue          # "from Kyiv" is a place, not an actor ("under Kyiv's control" is one)
        if kind in ("country", "demonym") and _MAKER_AFTER.match(text, end):
            continue          # "Iranian-made drones", "US-supplied missiles": who built it, not a side
        if side == "other" and _NUMBER_BEFORE.search(text, max(0, start - 30), start):
            continue          # "launched 40 Iranian drones and six missiles": a third country describing what is counted
        mentions.append(Mention(start, end, side, kind, display, subject_ok))
    resolve_pronouns(text, mentions, v)
    resolve_by_speaker(text, mentions)
    return mentions


#: a formation named by its number ("the 47th Mechanized Brigade", "the 1st Guards Tank Army", "the 155th Marine Brigade")
#: (its last word: data/armed_units.csv, kind ``formation``, uses ``numbered``, capitalised)
def _formation() -> re.Pattern:
    return _vocab.compiled("sides_formation", ("armed_units",), lambda: re.compile(
        r"\d(?<![\w-]\d)\d{0,2}(?:st|nd|rd|th)\s+(?:[A-Z][\w’'-]*\s+){0,5}?(?P<head>" +
        "|".join(re.escape(w[:1].upper() + w[1:]) for w in _vocab.formation_words("numbered")) + r")(?![\w-])"))


#: a side written right before a formation ("Russia's 155th …", "the Ukrainian 47th …")
_SIDE_BEFORE = re.compile(r"(?<![\w-])(?P<side>[A-Z][\w’'-]+?)(?:['’]s)?\s+$")
#: a side apposed right after it ("the 155th Marine Brigade, a Russian unit,", "…, an elite Ukrainian formation")
#: (the kinds: data/armed_units.csv, kind ``formation``, uses ``apposed``)
def _side_apposed() -> re.Pattern:
    return _vocab.compiled("sides_side_apposed", ("armed_units",), lambda: re.compile(
        r",\s+(?:which\s+is\s+)?(?:a|an|one\s+of)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<side>[A-Z][\w’'-]+)\s+"
        r"(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(map(re.escape, _vocab.formation_words("apposed"))) + r")\b"))


#: a formation named again by its kind ("The brigade advanced", "this unit", "the regiment's fighters")
#: (the kinds: data/armed_units.csv, kind ``formation``, uses ``force_again``)
def _formation_again() -> re.Pattern:
    return _vocab.compiled("sides_formation_again", ("armed_units",), lambda: re.compile(
        r"[Tt](?<![\w-][Tt])(?:he|his)\s+(?P<head>" + "|".join(map(re.escape, _vocab.formation_words("force_again"))) +
        r")(?![\w-])"))
#: how far back a formation named again is looked for
_FORMATION_REACH = 3000


def _formations(text: str, v: Vocabulary, hits: list) -> list:
    """Armed formations as forces of a side, from ``armed_units.csv``: a numbered formation whose type names its side
    ("the 27th Motor Rifle Division", "the 47th Mechanized Brigade"), or whose side is written right before or in an
    apposition ("the 155th Marine Brigade, a Russian unit, …"), or named so earlier in the text; then "the brigade" /
    "this unit" named again: the side of the last formation with a side before it (``_FORMATION_REACH`` characters);
    a named force of the table ("3rd Assault Brigade", "Azov") counts as one. As ``mentions`` hits."""
    if not _formation().search(text) and not _formation_again().search(text):
        return []
    found, known = [], {}
    for m in _formation().finditer(text):
        name = m.group()
        side = next((s for pattern, s in v.unit_types if pattern.search(name)), "") or known.get(name.lower(), "")
        if not side:
            for written in ((b.group("side") if (b := _SIDE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                             else ""), (a.group("side") if (a := _side_apposed().match(text, m.end())) else "")):
                row = v.actor_rows.get(written.replace("’", "'"))
                if row is not None and row[0] in ("Russia", "Ukraine") and row[1] in ("country", "demonym"):
                    side = row[0]
                    break
        if side:
            known[name.lower()] = side
            found.append((m.start(), m.end(), side, "force", name, m.group("head").lower()))
    forces = sorted([(start, end, side, head) for start, end, side, _, _, head in found] +
                    [(start, end, side, "") for start, end, side, kind, display in hits
                     if kind == "force" and display in v.armed_names])
    starts = [f[0] for f in forces]
    for m in _formation_again().finditer(text):
        head = m.group("head").lower()
        i = bisect_left(starts, m.start()) - 1
        while i >= 0 and m.start() - forces[i][1] <= _FORMATION_REACH:
            if head == "unit" or forces[i][3] in ("", head):
                found.append((m.start(), m.end(), forces[i][2], "force", m.group(), head))
                break
            i -= 1
    return [hit[:5] for hit in found]


#: "under Kyiv's control", "in Moscow's hands": the capital as the side that holds
_CAPITAL_CONTROL = re.compile(r"['’]s\s+(?:full\s+|complete\s+|effective\s+)?(?:control|occupation|hands)\b")
#: "-made", "-built": the country that made a weapon, not a side in the fighting
_MAKER_AFTER = re.compile(r"-(?:made|built|designed|supplied|produced|manufactured|provided|donated)\b")
#: a number right before a mention ("40 Iranian drones"): the mention describes what is counted
_NUMBER_BEFORE = fail_fast(r"(?:\d|\b(?:" + number_words(1, 12) +
                           r"|[a-z]+teen|[a-z]+ty|hundred|thousand|million|dozen))\s+$", re.IGNORECASE)


def resolve_by_speaker(text: str, mentions: list[Mention]) -> None:
    """Sides from who is speaking: "we" / "our forces" inside a quote are the speaker's side,
    "the enemy" the other side of the speaker (unresolved when nobody speaks)."""
    force, breaks = None, []  # the last group of forces of a side so far; where paragraphs break (found once)
    enemy = None              # the last "enemy" resolved so far
    speakers = SpeakerSides(text, mentions)  # (each paragraph's speech verbs read once: the sides changed here are
    # those of "the enemy" and "we", which it does not read)
    for mention in mentions:
        if mention.kind == "force" and mention.side in ("Russia", "Ukraine") and \
                (force is None or not after_preposition(text, mention.start)):
            # (not a force that is a preposition's object: "Units of the Sever group defeated formations of a brigade
            # of the AFU near Khotin. The enemy lost up to 140 servicemen" is the group's report, the AFU its enemy)
            force = mention
        if mention.kind == "pronoun-speaker" and not mention.side and \
                inside_quote(text, mention.start):
            mention.side = speakers.side(mention.start)
        elif mention.kind == "pronoun-speaker" and not mention.side:
            mention.side = _interviewee_side(text, mentions, mention.start)    # "A: We pulled back …" (a Q&A answer)
        elif mention.kind == "enemy" and mention.display.lower().startswith(("occupier", "invader", "aggressor")):
            mention.side = "Russia"     # this war's Ukrainian words for Russia's troops (as ``events.enemy_side``)
        elif mention.kind == "enemy":
            speaking = speakers.side(mention.start)
            # nobody speaking in its paragraph: the enemy of the paragraph before it goes on ('"… The occupiers
            # control no more than 5% of the city," X said.' then 'Over the past week, he said, the enemy lost 640'),
            # before a side that spoke further up
            if not speaking and not inside_quote(text, mention.start) and in_answer(text, mention.start):
                speaking = _interviewee_side(text, mentions, mention.start)   # "PLETENCHUK: … the enemy lost 400"
            if not speaking and inside_quote(text, mention.start):
                # "'The enemy is three kilometres away': a battalion commander on …": a quote in the title or standfirst
                # of an interview printed as questions and answers is the interviewee's
                questions = _question_paragraphs(text)
                if questions and mention.start < questions[0][0]:
                    answer = re.compile(r"\n\s*").match(text, questions[0][1])
                    speaking = _interviewee_side(text, mentions, answer.end()) if answer else ""
            mention.side = opposite(speaking) if speaking else \
                (enemy.side if enemy is not None and _paragraphs_apart(text, enemy.start, mention.start) <= 1 else "") or \
                opposite(earlier_speaker_side(text, mentions, mention.start, speakers) or
                         _group_of_forces_before(text, force, mention, breaks))
        if mention.kind == "enemy" and mention.side in ("Russia", "Ukraine"):
            enemy = mention
    follow_enemy(text, mentions)
    _answer_they(text, mentions)


def _answer_they(text: str, mentions: list[Mention]) -> None:
    """"RYS: … we killed about 600 of their men": in a transcript answer whose "we" / "our" is one side, a "they" /
    "their" that nothing named before it in the answer stands for is the other side (as inside a quote)."""
    ours: dict[int, set] = {}
    starts = None
    for mention in mentions:
        if mention.side or mention.kind != "pronoun-group" or mention.display.lower() not in ("they", "them", "their") \
                or not in_answer(text, mention.start):
            continue
        if starts is None:
            starts = _starts_in_order(mentions)
            if starts is None:      # (mentions are built in text order; never out of it)
                return
        p_start = text.rfind("\n", 0, mention.start) + 1
        first = bisect_left(starts, p_start)     # the answer's mentions, found by bisection
        if p_start not in ours:
            p_end = text.find("\n", p_start)
            p_end = len(text) if p_end < 0 else p_end
            ours[p_start] = {m.side for m in mentions[first:bisect_left(starts, p_end)]
                             if m.kind == "pronoun-speaker" and m.side in ("Russia", "Ukraine")}
        named = any(m.side and not m.kind.startswith("pronoun")
                    for m in mentions[first:bisect_left(starts, mention.start)])
        if len(ours[p_start]) == 1 and not named:
            mention.side = opposite(next(iter(ours[p_start])))


#: a Q&A layout's labels at a paragraph's start: the question's ("Q:", "Question:") and the answer's ("A:", "Answer:")
_QUESTION_LINE = re.compile(r"(?m)^[ \t]*(?:Q|Question)\s*[:.\-–—]\s")
_ANSWER_LINE = re.compile(r"[ \t]*(?:A|Answer)\s*[:.\-–—]\s")


def _interviewee_side(text: str, mentions: list[Mention], pos: int) -> str:
    """"we" in a Q&A answer ("A: We pulled back 3 km") is the side of the one interviewed: the one side named in the
    introduction before the first question ("the commander of a Ukrainian brigade spoke to us"); "" otherwise."""
    p_start = text.rfind("\n", 0, pos) + 1
    label = _SPEAKER_LABEL.match(text, p_start)
    if label is not None and not _ROLE_LABEL.search(label.group()):
        return _labelled_side(text, mentions, label.group("name"), p_start)
    if _ANSWER_LINE.match(text, p_start):
        first_question = _QUESTION_LINE.search(text, 0, p_start)
        if first_question is None:
            return ""
        first = first_question.start()
    else:
        questions = _question_paragraphs(text)
        if not _after_question(text, questions, p_start):
            return ""
        first = questions[0][0]
    sides = set()
    for m in mentions:      # in text order: the introduction's mentions only (no scan of the whole text per answer)
        if m.start >= first:
            break
        if m.side in ("Russia", "Ukraine") and m.kind != "enemy":   # (a title's "the enemy" names the other side)
            sides.add(m.side)
    if not sides and not _ANSWER_LINE.match(text, p_start):
        # an introduction that names no side ("has commanded a battalion near X since last summer"): the answers
        # name the other side in the third person ("How close are the Russians?" … "killed 600 Russian infantrymen")
        questions = _question_paragraphs(text)
        named = {m.side for m in mentions if m.start >= first and m.side in ("Russia", "Ukraine") and
                 m.kind == "demonym" and _after_question(text, questions, text.rfind("\n", 0, m.start) + 1)}
        if len(named) != 1:
            # the answers (or the narration between them) name both sides: the interviewer's questions name the
            # other side in the third person ("How close are the Russians now?", "Do you see Russian losses?")
            named = {m.side for m in mentions if m.start >= first and m.side in ("Russia", "Ukraine") and
                     m.kind in ("demonym", "force") and _in_question(questions, m.start)}
        return opposite(named.pop()) if len(named) == 1 else ""
    return sides.pop() if len(sides) == 1 else ""


#: a question paragraph of a Q&A printed without labels (a bold question in print): a short paragraph ending in "?"
_QUESTION_PARAGRAPH = re.compile(r"(?m)^[ \t]*(?![\"“‘'])[A-Z][^\n\"“”]{0,250}\?[ \t]*$")
_QUESTIONS: dict = {}


def _question_paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every question paragraph of an unlabelled Q&A (none unless there are three or more);
    found once per text."""
    if _QUESTIONS.get("text") is not text:
        found = [(m.start(), m.end()) for m in _QUESTION_PARAGRAPH.finditer(text)]
        _QUESTIONS.update(text=text, found=found if len(found) >= 3 else [])
    return _QUESTIONS["found"]


def _in_question(questions: list[tuple[int, int]], pos: int) -> bool:
    """``pos`` lies inside one of the question paragraphs."""
    i = bisect_left(questions, (pos + 1, -1)) - 1
    return i >= 0 and questions[i][0] <= pos < questions[i][1]


def _after_question(text: str, questions: list[tuple[int, int]], p_start: int) -> bool:
    """The paragraph at ``p_start`` answers a question: a question paragraph comes before it with no more than two
    other paragraphs between (a long answer) and it is no question itself."""
    if not questions or p_start < questions[0][1]:
        return False
    i = bisect_left(questions, (p_start, -1))
    if i < len(questions) and questions[i][0] == p_start:
        return False
    between = text[questions[i - 1][1]:p_start]
    return len(re.findall(r"\n[ \t]*\S", between)) <= 3


#: a transcript's speaker label opening a paragraph: "RYS:", "MICHAEL KOVAL:", "ORTON:", "ZELENSKY (through interpreter):"
_SPEAKER_LABEL = re.compile(r"[ \t]*(?P<name>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})(?:,\s*[A-Z][A-Z ,.'’-]*)?"
                            r"(?:\s*\([^)\n]{0,40}\))?:\s")
#: labels that name a role, not a person ("SENIOR DEFENSE OFFICIAL:", "HOST:", "QUESTION:"): no side of their own
_ROLE_LABEL = re.compile(r"\b(?:OFFICIALS?|SPOKES(?:MAN|WOMAN|PERSON)|HOST|MODERATOR|REPORTER|QUESTION|ANSWER|Q|A|BYLINE|"
                         r"UNIDENTIFIED|INTERPRETER|TRANSLATOR|CORRESPONDENT|ANCHOR|NARRATOR|PRESS|SECRETARY|STAFF|"
                         r"AUDIENCE|PARTICIPANT|MEMBER|VOICE|SPEAKER|STATEMENT|NOTE|SOURCE|UPDATE|EDITOR)\b")


def _labelled_side(text: str, mentions: list[Mention], name: str, p_start: int) -> str:
    """"RYS: … we killed about 600 of their men": "we" after a transcript's speaker label is the labelled speaker's side:
    a person of that surname the who-is-who places, else the side named nearest before the name where the text
    introduces it ("Here's the unit's commander, who goes by the call sign Rys"; within 100 characters of its
    paragraph, in the 3,000 characters before the answer); "" otherwise."""
    surname = name.split()[-1].title()
    found = None
    found = _name_pattern(surname).search(text, max(0, p_start - 3000), p_start)   # its first writing: the introduction
    if found is None:
        return ""
    starts = _starts_in_order(mentions) or [m.start for m in mentions]
    i = bisect_left(starts, found.end()) - 1
    para = text.rfind("\n", 0, found.start()) + 1
    while i >= 0 and mentions[i].start >= max(para, found.start() - 100):
        m = mentions[i]
        if m.side in ("Russia", "Ukraine") and not m.kind.startswith("pronoun") and m.kind != "enemy":
            return m.side
        i -= 1
    # none before it: the side written right after the name ("Colonel Petro Mazur of the Ukrainian air force")
    i = bisect_left(starts, found.end())
    stop = text.find("\n", found.end())
    stop = found.end() + 60 if stop < 0 else min(stop, found.end() + 60)
    while i < len(mentions) and mentions[i].start < stop:
        m = mentions[i]
        if m.side in ("Russia", "Ukraine") and not m.kind.startswith("pronoun") and m.kind != "enemy":
            return m.side
        i += 1
    return ""


#: "we", "our", "us" as words
_WE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Ww]e|[Oo]ur|us)(?![\w’'-])")


@lru_cache(maxsize=256)
def _name_pattern(surname: str) -> re.Pattern:
    """A label's surname as a whole word (compiled once per surname)."""
    return re.compile(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])")


def in_answer(text: str, pos: int) -> bool:
    """``pos`` lies in a Q&A answer ("A: …") or after a named speaker's transcript label ("RYS: …").

    Example:
        >>> text = "Q: How far are they?\\nA: About 18 km."
        >>> in_answer(text, text.index("About")), in_answer(text, text.index("How"))
        (True, False)
        >>> in_answer("RYS: We killed 600 of them.", 8), in_answer("HOST: Welcome back.", 8)
        (True, False)
    """
    p_start = text.rfind("\n", 0, pos) + 1
    label = _SPEAKER_LABEL.match(text, p_start)
    return bool(_ANSWER_LINE.match(text, p_start)) or (label is not None and not _ROLE_LABEL.search(label.group())) \
        or _after_question(text, _question_paragraphs(text), p_start)


def _paragraphs_apart(text: str, start: int, end: int) -> int:
    """How many paragraph breaks (a blank line or a line break) stand between ``start`` and ``end`` (counted up to 2)."""
    return min(2, len(re.findall(r"\n\s*", text[start:end][:4000])))


def _group_of_forces_before(text: str, force: Mention | None, mention: Mention, breaks: list[int]) -> str:
    """"Units of the Zapad group took … positions. The enemy lost up to 230 troops": with nobody speaking, a
    named group of forces earlier in the paragraph (``force``, the last one before ``mention``) is the side
    whose report it is. ``breaks``: where the text's paragraph breaks start, found once per text."""
    if force is None:
        return ""
    if not breaks:
        breaks.extend(m.start() for m in re.finditer("\n\n", text))
        breaks.append(len(text))
    return force.side if breaks[bisect_left(breaks, force.start)] >= mention.start else ""


def follow_enemy(text: str, mentions: list[Mention]) -> None:
    """A pronoun whose antecedent is "the enemy" takes its side once that is known; "we" / "our" that
    nobody's speech resolves is the side opposed to "the enemy" of its paragraph ("In August the enemy
    was 12 km from the town … Our troops have lost 30 km²")."""
    for mention in mentions:
        if mention.refers_to is not None and mention.refers_to.side:
            mention.side = mention.refers_to.side
            mention.display = mention.refers_to.display
    enemies = [m for m in mentions if m.kind == "enemy" and m.side in ("Russia", "Ukraine")]
    starts = [m.start for m in enemies]
    for mention in mentions:
        if enemies and mention.kind == "pronoun-speaker" and not mention.side:
            p_start = text.rfind("\n", 0, mention.start) + 1
            p_end = text.find("\n", mention.end)
            p_end = len(text) if p_end < 0 else p_end
            sides = {m.side for m in enemies[bisect_left(starts, p_start):bisect_left(starts, p_end)]}
            if not sides and p_start > 1:
                # none in its own paragraph: the one of the paragraph before ('The brigade said its soldiers had
                # destroyed 46 enemy drones. ⏎ "We lost 11 men," said a company commander')
                k = p_start - 1
                while k > 0 and text[k - 1].isspace():
                    k -= 1
                before = text.rfind("\n", 0, k) + 1
                sides = {m.side for m in enemies[bisect_left(starts, before):bisect_left(starts, p_start)]}
            if len(sides) == 1:
                mention.side = opposite(sides.pop())


def inside_quote(text: str, pos: int) -> bool:
    """``pos`` lies between quote marks of its paragraph.

    The marks of the text are found once (``_quote_marks``) and counted by bisection.

    Example:
        >>> inside_quote('He said: "We hold the line." Then he left.', 12), inside_quote('He said: "We hold."', 3)
        (True, False)
    """
    marks = _quote_marks(text)
    p_start = marks.newlines[bisect_left(marks.newlines, pos) - 1] + 1 if pos else 0

    def count(positions):
        return bisect_left(positions, pos) - bisect_left(positions, p_start)

    opened = count(marks.left_double) - count(marks.right_double)
    if opened > 0 or (opened == 0 and count(marks.straight_double) % 2 == 1):
        return True
    # single quote marks (British style: "'We lost nine men,' says Serhii"): an opening mark before a
    # word, no closing mark since, and a closing mark later in the paragraph
    if not count(marks.left_single) and not (pos > p_start and text[p_start] == "'") and \
            not count(marks.spaced_single):
        return False     # no single mark that could open a quote (apostrophes follow a letter)
    i = bisect_left(marks.single_open, pos) - 1
    if i < 0 or marks.single_open[i] < p_start:
        return False
    opening = marks.single_open[i]
    # a closing mark after the opening one and before ``pos`` (the paragraph read as ending at ``pos``)
    j = bisect_left(marks.single_close, opening + 1)
    if j < len(marks.single_close) and marks.single_close[j] < pos:
        return False
    if _closes_at_cut(text, pos - 1, opening) or (pos - 2 > opening and text[pos - 1] in _CLOSE_PUNCT and
                                                  _closes_at_cut(text, pos - 2, opening)):
        return False
    p_end = marks.newlines[bisect_left(marks.newlines, pos)]
    j = bisect_left(marks.single_close, pos)
    return j < len(marks.single_close) and marks.single_close[j] < p_end


_CLOSE_PUNCT = ",.;:!?"


def _closes_at_cut(text: str, k: int, opening: int) -> bool:
    """A closing single mark at ``k`` when the text is cut right after it (or after one punctuation mark)."""
    return k > opening and text[k] in "'’" and bool(re.match(r"[\w.,!?]", text[k - 1]))


class _QuoteMarks:
    """Where the quote marks and the line breaks of one text are (sorted offsets)."""

    def __init__(self, text: str):
        def where(pattern: str) -> list[int]:
            return [m.start() for m in re.finditer(pattern, text)]

        self.newlines = [-1] + where("\n") + [len(text)]
        self.left_double, self.right_double, self.straight_double = where("“"), where("”"), where('"')
        self.left_single = where("‘")
        self.spaced_single = [m.end() - 1 for m in re.finditer(r"[^\S\n(—–-]'|[(—–-]'", text)]
        self.single_open = [m.start() for m in _SINGLE_OPEN.finditer(text)]
        self.single_close = [m.start() for m in _SINGLE_CLOSE.finditer(text)]


_QUOTE_CACHE: dict = {}


def _quote_marks(text: str) -> _QuoteMarks:
    """The quote marks of ``text``, found once per text (a small cache, by identity then by value)."""
    found = _QUOTE_CACHE.get(text)
    if found is None:
        if len(_QUOTE_CACHE) >= 8:
            _QUOTE_CACHE.pop(next(iter(_QUOTE_CACHE)))
        found = _QUOTE_CACHE[text] = _QuoteMarks(text)
    return found


def earlier_speaker_side(text: str, mentions: list[Mention], pos: int, speakers: SpeakerSides | None = None) -> str:
    """The speaker's side in the two paragraphs before ``pos`` when its own names none
    ("…, the General Staff of the Armed Forces of Ukraine reported." then "… the occupiers lost 180")."""
    start = text.rfind("\n", 0, pos)
    for _ in range(2):
        if start <= 0:
            return ""
        while start > 0 and text[start - 1] == "\n":
            start -= 1
        side = (speakers or SpeakerSides(text, mentions)).side(start - 1) if start > 0 else ""
        if side:
            return side
        start = text.rfind("\n", 0, start - 1) if start > 1 else -1
    return ""


_SINGLE_OPEN = fail_fast(r"(?:^|(?<=[\s(—–-]))['‘](?=[A-Za-z0-9])")
_SINGLE_CLOSE = fail_fast(r"(?<=[\w.,!?])['’](?=[,.;:!?]?(?:\s|$))")


_STARTS: list = [None]  # (the mention list last asked about, its length, its starts or None): one entry


def _starts_in_order(mentions: list[Mention]) -> list[int] | None:
    """The starts of ``mentions`` when they are in text order (None if not), kept for the list last asked about
    (one article's mentions are asked about once per pronoun: listed once, not per call)."""
    cached = _STARTS[0]
    if cached is None or cached[0] is not mentions or cached[1] != len(mentions):
        starts = [m.start for m in mentions]
        cached = (mentions, len(mentions), starts if all(a <= b for a, b in zip(starts, starts[1:])) else None)
        _STARTS[0] = cached
    return cached[2]


def speaker_side(text: str, mentions: list[Mention], pos: int) -> str:
    """The side of whoever speaks in the paragraph of ``pos``: a side named next to a
    reporting verb outside the quote marks ("…," the Russian defence minister said)."""
    return SpeakerSides(text, mentions).side(pos)


class SpeakerSides:
    """``speaker_side`` for many positions of one text: each paragraph's reporting verbs, and the side named next to
    each, are read once, then a position picks its verb by bisection (one pass per paragraph, not one per fact or
    mention: a huge paragraph was quadratic, issue 17). The sides of the mentions it reads (not "the enemy", not
    "we") must not change while it is used."""

    def __init__(self, text: str, mentions: list[Mention]):
        self.text, self.mentions = text, mentions
        self._paragraphs: dict[tuple[int, int], tuple[list[int], list[int], list[str]]] = {}

    def side(self, pos: int) -> str:
        text = self.text
        p_start = text.rfind("\n", 0, pos) + 1
        p_end = text.find("\n", pos)
        p_end = len(text) if p_end < 0 else p_end
        found = self._paragraphs.get((p_start, p_end))
        if found is None:
            found = self._paragraphs[(p_start, p_end)] = self._read(p_start, p_end)
        ends, verbs, sides = found
        if not verbs:
            return ""
        # the speech verb of pos's own sentence first (the nearest, the earlier of two as near), then the nearest one
        # before it in the paragraph, and one after it only when none comes before ("Ukraine's air force said … The
        # enemy fired 5 missiles. Russia's ministry said …": the air force's report)
        k = bisect_right(ends, pos)
        s_start = ends[k - 1] if k else p_start
        s_end = ends[k] if k < len(ends) else p_end
        i = bisect_left(verbs, pos)
        before = i - 1 if i and verbs[i - 1] >= s_start else None
        after = i if i < len(verbs) and verbs[i] < s_end else None
        if before is not None and (after is None or pos - verbs[before] <= verbs[after] - pos):
            return sides[before]
        if after is not None:
            return sides[after]
        i = bisect_left(verbs, s_start) - 1
        if i >= 0:
            return sides[i]
        return sides[bisect_left(verbs, s_end)]

    def _read(self, p_start: int, p_end: int) -> tuple[list[int], list[int], list[str]]:
        """The paragraph's sentence ends, and the starts of its reporting verbs with a side next to them and that side."""
        text, mentions = self.text, self.mentions
        ends = [m.end() for m in _SENTENCE_END.finditer(text, p_start, p_end)]
        verbs, sides = [], []
        starts = _starts_in_order(mentions)
        for verb in _reporting_verb_re().finditer(text, p_start, p_end):
            if inside_quote(text, verb.start()):
                continue
            # the mentions near the verb by bisection when they are in text order (a scan of all per verb was quadratic)
            around = mentions if starts is None else \
                mentions[bisect_left(starts, verb.start() - 60):bisect_left(starts, verb.end() + 60)]
            near = [m for m in around if verb.start() - 60 <= m.start < verb.end() + 60 and
                    m.side in ("Russia", "Ukraine") and m.kind not in ("enemy", "pronoun-speaker") and
                    not inside_quote(text, m.start)]     # a resolved "it said" names its side too
            pronoun = _PRONOUN_BEFORE.search(text, max(p_start, verb.start() - 6), verb.start())
            if pronoun is not None:     # "The Russians, he said, attack …": "he" speaks, not the side before him
                near = [m for m in near if m.start >= pronoun.start()]
            if _THAT_AFTER.match(text, verb.end()):
                near = [m for m in near if m.start < verb.start()]   # "noted that the Ukrainian forces lost …": content
            else:   # "… said Russia was recruiting 35,000 men": a side after the verb opening a clause is content
                near = [m for m in near if m.start < verb.start() or not _CLAUSE_VERB_AFTER.match(text, m.end)]
                if any(m.start < verb.start() for m in near):
                    # a speaker before the verb: a side further into what follows is content ("X says its units took
                    # 17 Russian soldiers prisoner"), only one right after it may be an inverted speaker
                    near = [m for m in near if m.start < verb.start() or m.start - verb.end() <= 12]
            near = [m for m in near if not (m.kind.startswith("pronoun") and m.start > verb.start() and
                                            "," in text[verb.end():m.start])]
            # "…, the governor said on Thursday, the closest they have come": a pronoun past a comma after the verb is
            # what is said
            if near:
                verbs.append(verb.start())
                sides.append(min(near, key=lambda m: abs(m.start - verb.start())).side)
        return ends, verbs, sides


#: "that" right after a speech verb: what follows is the reported clause, whose subject does not speak
_THAT_AFTER = re.compile(r"\s+that\b")
#: a finite verb after a side named past a speech verb ("said Russia was …", "said Russian forces had …"): that
#: side is the reported clause's subject, not the speaker ("said the Russian defence ministry" has none)
_CLAUSE_VERB_AFTER = re.compile(r"(?:['’]s?)?(?:\s+[a-z][\w-]*){0,2}?\s+(?:was|were|is|are|had|has|have|would|will|"
                                r"could|might|may|did|does|do|lost|loses|took|takes|captured|seized|controls|"
                                r"controlled|launched|launches)\b")
#: a personal pronoun right before a speech verb: the verb's subject
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they|it)\s+$", re.IGNORECASE)
#: the end of a sentence inside a paragraph (a full stop, ! or ? and any closing quote, then a space)
_SENTENCE_END = fail_fast(r"(?<!\b[A-Z])[.!?][\"”’']?\s+(?=[A-Z\"“‘])")


def _reporting_verb_re() -> re.Pattern:
    """The speech verbs of the shared table as one pattern (rebuilt when the table changes)."""
    from saidvsdone import vocab as tables

    return tables.compiled("facts_reporting_verbs", ("speech_cues",), lambda: re.compile(
        r"(?<![\w-])(?:" + alternation(REPORTING_VERBS) + r")(?![\w-])",
        re.IGNORECASE))


_WORDS_BEFORE = re.compile(r"[A-Za-z’'\[\]-]+|\d[\d.,]*|[^\s\w]")


def after_preposition(text: str, pos: int) -> bool:
    """The mention at ``pos`` is the object of a preposition ("from Kyiv") or of a verb in
    -ing ("infiltrating Ukrainian lines"), so it cannot be the subject of a later verb."""
    before = text[max(0, pos - 40):pos]
    words = _WORDS_BEFORE.findall(before)
    for k in range(len(words) - 1, max(-1, len(words) - 4), -1):
        word = words[k].strip("[]").lower()
        if word in ("the", "a", "an", "") or word in PLACE_ADJECTIVES:
            continue
        if word == "of" and k > 0 and words[k - 1].lower() in _forces_of() and \
                not _FORCES_OF_OBJECT.search(before, 0, before.rfind(words[k - 1])):
            return False    # "Soldiers of the Russian army advanced", "Fighters of Azov": the side of the subject
        return word in PREPOSITIONS or (word.endswith("ing") and len(word) > 5 and
                                        word not in REPORTING_VERBS and word not in GERUND_SUBJECTS)
    return False


def _forces_of() -> frozenset:
    """Plural nouns of fighting men before "of" a side ("soldiers of the 47th brigade"): the side is theirs, a subject
    (the ``of_a_side`` rows of ``data/force_nouns.csv``)."""
    return _vocab.compiled("sides_forces_of", ("force_nouns",), lambda: frozenset(_vocab.force_nouns("of_a_side")))


#: … unless the noun is itself an object ("killed 20 soldiers of the brigade", "against units of the")
_FORCES_OF_OBJECT = re.compile(r"(?:\d|\b(?:against|on|with|from|to|by|of|at|killed|captured|wounded|destroyed|"
                               r"eliminated|lost|hit|struck|repelled|captured)\s+(?:the\s+|\w+\s+)?)\s*$", re.IGNORECASE)


#: a verb and a number right before a demonym: the demonym describes what the verb counted ("downed 96 Ukrainian
#: drones", "killed about 200 Russian soldiers"), no subject
_COUNTED_OBJECT = re.compile(r"\b(?:[a-z]+ed|down|took|lost|hit|struck|sent|shot|launches|fires|downs|kills|destroys)[\"”’']?\s+"
                             r"(?:(?:" + HEDGE + r")\s+)?"
                             r"(?:\d[\d,.]*|" + number_words(2, 12) + r"|dozens\s+of)\s+$")


def object_of_verb(text: str, pos: int, v: Vocabulary) -> bool:
    """The mention at ``pos`` is the object of a verb of attack or combat ("Russia attacked
    Ukraine with 70 drones", "Ukrainian units pushed Russian forces back 2 km"): an
    ``object_verb`` cue (``fact_cues.csv``) right before it, past a determiner."""
    verbs = v.cues.get("object_verb", frozenset())
    if not verbs:
        return False
    words = _OBJECT_WORDS.findall(text[max(0, pos - 30):pos])
    for word in reversed(words[-3:]):
        word = word.lower()
        if word in ("the", "a", "an"):
            continue
        # "pushed Russian troops to retreat": the subject of the infinitive (tested only after a verb)
        return word in verbs and not _INFINITIVE_AFTER.match(text[pos:pos + 50])
    return False


_OBJECT_WORDS = re.compile(r"[A-Za-z’'-]+|[^\s\w]")
_INFINITIVE_AFTER = re.compile(r"[\w’'-]+(?:\s+[\w’'-]+){0,2}?\s+to\s+(?!the\b|an?\b)[a-z]+\b")


#: -ing words after which a side is still a subject ("during Russian attacks" is handled by
#: the preposition; "according" is no verb).
GERUND_SUBJECTS = {"according", "including", "notwithstanding", "regarding", "concerning",
                   "something", "nothing", "anything", "everything", "morning", "evening",
                   "meaning", "thing", "during", "spring", "building", "ceiling", "bring"}


_POSSESSIVE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?")


def possessive_of_place(text: str, end: int, v: Vocabulary) -> bool:
    after = text[end:end + 40]
    match = _POSSESSIVE.match(after)
    if not match:
        return False
    rest = after[match.end():]
    return bool(v.place_re.match(rest))


#: an indefinite article right before a demonym: one body ("a Ukrainian monitoring group"), never "they"
_A_BEFORE = re.compile(r"(?<![\w’'])an?\s+$", re.IGNORECASE)


def _subject_before(mentions: list[Mention], j: int, text: str, enemy: bool = False) -> Mention | None:
    """The last country or group of forces that can be a subject before ``mentions[j]`` in its sentence (with
    ``enemy``: an unresolved "the enemy" that can be its subject)."""
    s_start = max(text.rfind(". ", 0, mentions[j].start), text.rfind("\n", 0, mentions[j].start)) + 1
    for k in range(j - 1, -1, -1):  # (the mentions are in text order: stop at the sentence's start, no rescan of
        m = mentions[k]              # the whole list before each mention)
        if m.start < s_start:
            return None
        if m.subject_ok and (m.kind == "enemy" and not m.side if enemy
                             else m.side in ("Russia", "Ukraine") and m.kind in ("country", "force", "demonym")):
            return m
    return None


def resolve_pronouns(text: str, mentions: list[Mention], v: Vocabulary) -> None:
    starts = [m.start for m in mentions]
    says_at_end, _, speaking_after, _ = _speech_patterns(v)
    for i, mention in enumerate(mentions):
        if not mention.kind.startswith("pronoun-"):
            continue
        role = mention.kind.split("-", 1)[1]
        antecedent = fallback = None
        speaking_it = mention.display.lower() == "it" and bool(speaking_after.match(text, mention.end))
        singular = mention.display.lower() in ("it", "its")
        if role == "speaker":
            antecedent = nearest_person_in_paragraph(text, mentions, i, starts)
        # "it" / "they" inside a quote refer to the speaker's own words, not to the attribution between two
        # quotes ("…," said a spokesman for the Tavria group. "… it lost 412 men.")
        quoted = role == "group" and inside_quote(text, mention.start)
        answer = role == "group" and not quoted and mention.display.lower() in ("they", "them", "their") and \
            in_answer(text, mention.start)
        answer_start = text.rfind("\n", 0, mention.start) + 1 if answer else 0
        if answer and not _WE_BEFORE.search(text, answer_start, mention.start):
            answer = False      # (only an answer that speaks as "we" sets its "they" against it)
        nearest = True
        if role not in ("person", "speaker") and not quoted and _PARAGRAPH_OPENS.search(text, max(0, mention.start - 8),
                                                                                        mention.start):
            # "Its troops have taken 9 villages since April, Moscow says.": a paragraph that opens with the pronoun
            # and whose first sentence closes on its speaker's side speaks of that side
            end = _FIRST_SENTENCE_END.search(text, mention.end, mention.end + 400)
            tail = says_at_end.search(text, mention.end, end.start()) if end is not None else None
            if tail is not None:
                antecedent = next((m for m in mentions[bisect_left(starts, tail.start("who")):]
                                   if m.start < tail.end("who") and m.side in ("Russia", "Ukraine")), None)
        said = _SAID_BEFORE.search(text, max(0, mention.start - 160), mention.start) \
            if singular and role not in ("person", "speaker") and not quoted and antecedent is None and \
            mention.display[:1].isupper() else None
        if said is not None:
            # "…, the army's eastern group of forces said. Its spokesman said …": a sentence that opens with "its" / "it"
            # right after a sentence closing on its speaker speaks of that speaker: its side when the speaker phrase
            # names one, else none (not a side named further back, "52 Russian assaults")
            antecedent = next((m for m in mentions[bisect_left(starts, said.start("who")):]
                               if m.start < said.end("who") and m.side in ("Russia", "Ukraine")), None)
            if antecedent is None:
                continue
        if singular and role == "group" and not quoted and antecedent is None and mention.display.lower() == "it":
            antecedent = _bare_body_before(text, mentions, i, v)
        if role == "group" and not quoted and antecedent is None and mention.display.lower() == "they":
            antecedent = _forces_past_a_body_said(text, mentions, i, starts)
        for j in range(i - 1, -1, -1):
            if antecedent is not None:
                break
            other = mentions[j]
            if mention.start - other.end > PRONOUN_REACH or (answer and other.start < answer_start):
                break       # (a transcript answer's "they" is read in its own paragraph, as a quote's in its marks)
            if quoted and not inside_quote(text, other.start):
                continue
            nearest, first = False, nearest
            if other.kind == "enemy" and not other.side and other.subject_ok and mention.refers_to is None and \
                    antecedent is None and (mention.display.lower() in ("they", "them", "their") or
                                            (singular and not speaking_it and first)):
                # "the enemy was 12 km away. Today they are 7 km away", "The enemy attacks … it lost 412 men"
                # (the enemy the nearest mention before "it"): resolved later
                mention.refers_to = other
            if other.side == "":
                continue
            if other.kind == "pronoun-speaker" and text[other.start:other.end].lower() in ("we", "us") and \
                    mention.display.lower() in ("they", "them", "their"):
                continue     # "We see them": a third person is never the speaker's "we" ("our forces … they" is)
            if other.kind == "pronoun-speaker" and text[other.start:other.end].lower() == "our" and \
                    mention.display.lower() in ("they", "them", "their") and _OUR_COUNT_AFTER.match(text, other.end):
                continue     # "By our count they sign 20,000 a month": whose count it is, never a group "they" names
            subject = _subject_before(mentions, j, text) if role not in ("person", "speaker") and singular and \
                other.kind in ("country", "demonym") and after_preposition(text, other.start) else None
            if subject is not None:
                antecedent = subject     # "Russia had massed troops on Ukraine's borders, by American estimates; … its
                break                    # forward units": the subject before a side after a preposition, when there is one
            if singular and role not in ("person", "speaker") and other.kind in ("country", "demonym") and \
                    mention.refers_to is None and after_preposition(text, other.start):
                enemy = _subject_before(mentions, j, text, enemy=True)
                if enemy is not None:    # "the enemy used 5,298 drones against Ukraine. It also launched 270 missiles":
                    mention.refers_to = enemy    # the enemy that is the subject, resolved later
                    break
            if role in ("person", "speaker"):
                if other.kind in ("person", "pronoun-person", "pronoun-speaker"):
                    antecedent = other
            elif other.kind == "demonym" and singular and _plural_after(v).match(text, other.end):
                continue     # "captured 28 Russian soldiers … said it lost two men": "it" is no plural
            elif other.kind == "demonym" and mention.display.lower() in ("they", "them", "their") and \
                    _A_BEFORE.search(text, max(0, other.start - 4), other.start):
                continue     # "…, according to DeepState, a Ukrainian mapping group. … they took": one body is no "they"
            elif other.kind not in ("person", "pronoun-person") and (
                    other.subject_ok or other.kind.startswith("pronoun")):
                antecedent = other
            elif other.kind == "demonym" and speaking_it and (after_preposition(text, other.start) or
                                                              not other.subject_ok):
                # "… repelled Ukrainian attacks. It said …": the object of a verb of combat is not who speaks
                if fallback is None:
                    fallback = other     # "inflicted losses on Ukrainian forces. It also said …": "it" is who spoke
            elif other.kind == "demonym":
                antecedent = other
            elif other.kind not in ("person", "pronoun-person") and \
                    not possessive_of_place(text, other.end, v):
                if other.side != "other":
                    antecedent = other
                elif fallback is None:
                    fallback = other     # "pushed south from Belarus. … they": a third country only when no side comes before it
        if antecedent is None and role not in ("person", "speaker"):
            antecedent = fallback
        if antecedent is None and role == "person":
            antecedent = role_noun_side(text, mentions, i, v)
        if singular or mention.display.lower() in ("their", "they"):
            named = institution_named_before(text, mentions, i, v)
            if named is not None:
                antecedent = named
        if antecedent is not None:
            mention.side = antecedent.side
            mention.display = antecedent.display
        if not mention.side and role == "person" and mention.display.lower() in ("his", "her"):
            side = _side_of_the_passage(text, mentions, i, starts)
            if side:
                mention.side = side   # "Col. X said his men had advanced 30 km": a person of no known side leads the forces
                # of the one side the passage names as subjects ("Ukrainian soldiers cross a river …")


#: a singular body of a side right before "said" and a pronoun: "'s General Staff said", "'s defence ministry has said
#: that", "Moscow said" (the body's side is the mention before it; a body is an "it", never a "they") (the bodies and
#: verbs: data/fact_cues.csv, cues ``speaking_institution`` and ``institution_verb``, as :func:`_speech_patterns`)
_BODY_SAID_BEFORE = _vocab.TablePattern("sides_body_said_before", ("fact_cues",), lambda: (
    r"(?:['’]s\s+(?:[A-Za-z-]+\s+){0,2}?(?:" + cue_alternation("speaking_institution") + r")\s+|\s+)"
    r"(?:has\s+|had\s+)?(?:" + cue_alternation("institution_verb") + r")\s+"
    r"(?:on\s+[A-Z][a-z]+day\s+)?(?:that\s+)?$"), re.IGNORECASE)


#: what may open a sentence before its subject: a time ("On Friday, ", "Last week, ", "May 10 — ", "Early on Sunday ")
#: and "The"
_TIME_OPENING = re.compile(r"\s*(?:(?:(?:On|Early\s+on|Late\s+on|By|In)\s+(?:the\s+)?[A-Z]?\w+(?:\s+\d{1,2})?|Last\s+\w+|"
                           r"[A-Z][a-z]+\s+\d{1,2}|Overnight|Earlier|Later)\s*(?:,|[—–-])?\s+)?(?:The\s+)?")


def _forces_past_a_body_said(text: str, mentions: list[Mention], i: int, starts: list[int]) -> Mention | None:
    """"Russian troops crossed the border on May 10. Two days later, Ukraine's General Staff said they had pushed up to
    5 km into the region": a "they" right after a side's singular body and "said" is no pronoun of that body (an
    institution is an "it"), but of the other side's forces that are the subject of the sentence before (a side's name
    with a force noun opening it); None when there are none."""
    pronoun = mentions[i]
    if i == 0:
        return None
    body = mentions[i - 1]
    if body.side not in ("Russia", "Ukraine") or body.kind not in ("country", "demonym", "capital") or \
            not _BODY_SAID_BEFORE.fullmatch(text, body.end, pronoun.start):
        return None
    here = max(text.rfind(". ", 0, body.start), text.rfind("\n", 0, body.start))
    if here < 0:
        return None
    last = here
    while last > 0 and text[last - 1].isspace():
        last -= 1       # (past a blank line between paragraphs)
    before = max(text.rfind(". ", 0, last), text.rfind("\n", 0, last)) + 1
    forces = [m for m in mentions[bisect_left(starts, before):i - 1] if m.start < here and m.side in ("Russia", "Ukraine")]
    if not forces or forces[0].side == body.side or any(m.side != forces[0].side for m in forces) or \
            not _TIME_OPENING.fullmatch(text, before, forces[0].start) or \
            not _side_forces_after().match(text, forces[0].end):
        return None
    return forces[0]


def _owned_forces() -> re.Pattern:
    """ "his men", "her company": a force noun a person owns (data/force_nouns.csv, use ``owned``), after "his" / "her"
    and at most two words ("his own assault company")."""
    return _vocab.compiled("sides_owned_forces", ("force_nouns",), lambda: re.compile(
        r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(map(re.escape, _vocab.force_nouns("owned"))) + r")(?![\w’'-])"))


def _side_forces_after() -> re.Pattern:
    """A side's forces: its name or demonym, then (past two words) a force noun (use ``side_subject``)."""
    return _vocab.compiled("sides_side_forces_after", ("force_nouns",), lambda: re.compile(
        r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(map(re.escape, _vocab.force_nouns("side_subject"))) +
        r")(?![\w’'-])"))


#: a name's possessive before the forces it leads: "Belyaev's assault company", "Hrytsak's men" (the nouns:
#: data/force_nouns.csv, use ``owned``)
def _named_owner() -> re.Pattern:
    return _vocab.compiled("sides_named_owner", ("force_nouns",), lambda: re.compile(
        r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+)['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:" +
        "|".join(map(re.escape, _vocab.force_nouns("owned"))) + r")(?![\w’'-])"))


def owner_side(ctx, start: int, end: int) -> str:
    """The side of the person whose forces are named between ``start`` and ``end`` by a possessive ("Belyaev's assault
    company had gone into battle with 120 men"): a side mention there, else the side the article gave that person
    where it introduced them (:func:`introduced_side`)."""
    owner = None
    for owner in _named_owner().finditer(ctx.text, start, end):
        pass
    if owner is None:
        return ""
    named = next((m for m in mentions_in(ctx, owner.start("name"), owner.end("name") + 2)), None)
    if named is not None and named.kind != "person" or places_in(ctx, owner.start("name"), owner.end("name")):
        return ""       # "a spokesman for Ukraine's troops said Russia had lost 600": a side's or a place's forces are no
        # person's (their side is read by the other rules)
    if any(m.side and m.kind != "person" for m in mentions_in(ctx, owner.end(), end)):
        return ""       # "Hrytsak's battalion said Russian troops had lost 40 men": a side named nearer the number
    if named is not None:
        return named.side if named.side in ("Russia", "Ukraine") else ""
    return introduced_side(ctx, owner.group("name"), owner.start())


#: a relative clause of leading or serving with forces right after a name: ", who commands", ", 52, who leads the",
#: ", who serves with" (the forces' side follows right after it) (fa34)
_WHO_LEADS = re.compile(r"(?:(?:,\s*\d{1,3})?,\s+who)?\s+(?:now\s+|still\s+)?(?:commands|commanded|leads|led|heads|headed|"
                        r"serves\s+(?:with|in)|served\s+(?:with|in)|fights\s+for|fought\s+for)\s+"
                        r"(?:the\s+|a\s+|an\s+)?")


def introduced_side(ctx, surname: str, before: int) -> str:
    """The side the article gives a person of no known side where it names them before ``before``: a demonym right
    before the name or its title ("the Russian Sergeant A B", "Ukrainian soldier A B"), in an apposition right after
    it ("A B, 34, a Ukrainian marine,"), or before the same title in lower case earlier in the text ("a Russian
    sergeant …" then "Sergeant A B"); "" when none does.

    What one naming gives depends on that naming alone, so the first naming in the text that gives a side is found
    once per surname (:func:`_first_introduction`, cached on the context) and counts when it ends by ``before``: the
    first of those before ``before`` that gives a side (rv27fixc: once per quote and speech act, the text's every
    naming was read again). A naming that runs to ``before`` with the word going on past it (a whole word only where
    the text is cut at ``before``) is read as before (:func:`whole_word_at`)."""
    name_end, side = _first_introduction(ctx, surname)
    if name_end <= before:
        return side
    name_start = before - len(surname)
    if 0 <= name_start and before < len(ctx.text) and ctx.text.startswith(surname, name_start) and \
            WORD_GOES_ON.match(ctx.text, before) and whole_word_at(ctx.text, surname, 0, before)[-1:] == [(name_start, before)]:
        return _naming_side(ctx, name_start, before)   # (rare: the text is scanned again only then)
    return ""


def _first_introduction(ctx, surname: str) -> tuple[int, str]:
    """The end of the first naming of ``surname`` in the text that gives the person a side (:func:`_naming_side`), and
    that side; ``(len(text) + 1, "")`` when none does. Once per surname and context (rv27fixc)."""
    known = ctx.__dict__.setdefault("_first_introductions", {})
    found = known.get(surname)
    if found is None:
        found = (len(ctx.text) + 1, "")
        for name_start, name_end in whole_word_at(ctx.text, surname, 0, len(ctx.text)):
            side = _naming_side(ctx, name_start, name_end)
            if side:
                found = (name_end, side)
                break
        known[surname] = found
    return found


def _naming_side(ctx, name_start: int, name_end: int) -> str:
    """The side one naming of a person (``text[name_start:name_end]``, the surname) gives them (:func:`introduced_side`)."""
    text = ctx.text
    run = re.search(r"(?:(?P<title>[A-Z][a-z]+)\s+)?(?:[A-Z][\w’'.-]+\s+){0,2}$", text[max(0, name_start - 60):
                                                                                    name_start])
    run_start = name_start - len(run.group()) if run else name_start
    demonym = next((m for m in mentions_in(ctx, max(0, run_start - 30), run_start)
                    if m.kind == "demonym" and m.side in ("Russia", "Ukraine") and
                    not text[m.end:run_start].strip(" ")), None)
    if demonym is not None:
        return demonym.side
    apposed = re.match(r"(?:,\s*\d{1,3})?,\s+(?:a|an|the)\s+", text[name_end:name_end + 40])
    if apposed is not None:
        at = name_end + apposed.end()
        found = next((m for m in mentions_in(ctx, at, at + 30) if m.start == at), None)
        if found is not None and found.kind == "demonym" and found.side in ("Russia", "Ukraine"):
            return found.side
    leads = _WHO_LEADS.match(text, name_end, min(len(text), name_end + 60))
    if leads is not None:
        # "Oleksandr Tarnavskyi, who commands Ukraine's forces in the south, said": the side of the forces he leads
        # or serves with, the relative clause's object (fa34; right after the verb: not "who led the assault on
        # Russian positions", whose side is the enemy's; "fought with" may mean against: rv24fixc)
        found = next((m for m in mentions_in(ctx, leads.end(), min(len(text), leads.end() + 40))
                      if m.kind in ("country", "demonym", "force") and m.start == leads.end()), None)
        if found is not None and found.side in ("Russia", "Ukraine"):
            return found.side
    title = run.group("title") if run else None
    if title:
        m = _first_demonym_before_title(ctx, title.lower())
        if m is not None and m.start < name_start:
            return m.side
    return ""


def _first_demonym_before_title(ctx, title: str):
    """The first side's demonym in the text (``ctx.mentions``, in text order) that ``title`` in lower case follows ("a
    Russian sergeant"; :func:`_title_after_demonym`), or None: once per title and context (rv27fixc). A naming after
    it takes its side: the first one before a naming is this one when any is."""
    known = ctx.__dict__.setdefault("_demonyms_before_titles", {})
    if title not in known:
        text = ctx.text
        known[title] = next((m for m in ctx.mentions if m.kind == "demonym" and m.side in ("Russia", "Ukraine") and
                             _title_after_demonym(text[m.end:m.end + 40], title)), None)
    return known[title]


#: what may stand between a demonym and a title in lower case: spaces, then one lower-case word and spaces
_SPACES_AFTER_DEMONYM = re.compile(r"\s+")
_WORD_AND_SPACES = re.compile(r"[a-z-]+\s+")


def _title_after_demonym(window: str, title: str) -> bool:
    r"""Whether ``re.match(r"\s+(?:[a-z-]+\s+)?" + re.escape(title) + r"(?![\w’'-])", window)`` matches ("a Russian
    sergeant": the title after the demonym, one lower-case word between at most), read with two static patterns and
    ``str.startswith``: no pattern compiled per title (sp30). ``title`` opens on a character no ``\s`` matches (a
    lower-case title word), so each run of spaces and the word between are read whole, as the pattern reads them;
    any other title takes the pattern.

    Example:
        >>> _title_after_demonym(" army sergeant A", "sergeant"), _title_after_demonym(" sergeants", "sergeant")
        (True, False)
        >>> _title_after_demonym(" sergeants sergeant", "sergeant")
        True
    """
    if not title or title[0].isspace():
        return re.match(r"\s+(?:[a-z-]+\s+)?" + re.escape(title) + r"(?![\w’'-])", window) is not None
    spaces = _SPACES_AFTER_DEMONYM.match(window)
    if spaces is None:
        return False
    between = _WORD_AND_SPACES.match(window, spaces.end())
    for at in (spaces.end(), between.end() if between is not None else -1):  # (the title right after; a word between)
        after = at + len(title)
        if at >= 0 and window.startswith(title, at) and (after == len(window) or WORD_GOES_ON.match(window, after) is None):
            return True
    return False


#: a person's name as the speech layer labels it: two to four capitalised words ("Ivan Hrytsenko")
_PERSON_NAME_LABEL = re.compile(r"(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+")


def named_person_side(ctx, speaker: str, before: int) -> str:
    """The side the article gave a named speaker where it introduced them (:func:`introduced_side` of the label's last
    word, before ``before``); "" for a label that is no person's name ("the Defence Ministry"), or an introduction
    naming no side (fa34, fa36; one helper for the facts' reporter and for the "we" of a quote: rv26fixb)."""
    if not _PERSON_NAME_LABEL.fullmatch(speaker):
        return ""
    return introduced_side(ctx, speaker.split()[-1], before)


def _side_of_the_passage(text: str, mentions: list[Mention], i: int, starts: list[int]) -> str:
    """The side of a person's forces ("his men") when the person's own side is not known: the one side whose forces
    (a side's name with a force noun, or a named formation) stand as subjects in the pronoun's paragraph up to it and
    the paragraph before; "" when none, or both sides, do."""
    pronoun = mentions[i]
    if not _owned_forces().match(text, pronoun.end):
        return ""
    here = text.rfind("\n", 0, pronoun.start)
    start = text.rfind("\n", 0, max(0, here - 1)) + 1 if here > 0 else 0
    while start > 0 and not text[start:here].strip():    # (the paragraph before, past blank lines)
        start = text.rfind("\n", 0, max(0, start - 2)) + 1
    sides = set()
    for other in mentions[bisect_left(starts, start, 0, i):i]:  # (``starts``: the mentions' starts, in text order)
        if other.side not in ("Russia", "Ukraine") or not other.subject_ok:
            continue
        if other.kind == "force" or (other.kind in ("country", "demonym") and
                                     _side_forces_after().match(text, other.end)):
            sides.add(other.side)
    return sides.pop() if len(sides) == 1 else ""


#: what opens a paragraph right before a pronoun; the end of that sentence; its attribution at the end (", Moscow says")
_PARAGRAPH_OPENS = re.compile(r"(?:^|\n)[ \t]*$")
_FIRST_SENTENCE_END = re.compile(r"[.!?](?=[\"”’]?(?:\s|$))")
_SPEECH_CACHE: dict = {}


def _speech_patterns(v: Vocabulary) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The attributions a pronoun's side is read from, compiled once per vocabulary from the cues of
    ``fact_cues.csv``: a sentence's closing attribution (", Moscow says": ``closing_verb``), "the <institution>
    said (that)" right before it (``speaking_institution`` nouns, ``institution_verb`` forms: "The military said its
    units …"), a speaking "it" ("It said", "it also told": ``pronoun_verb``) and what follows a bare body up to its
    own "it" (the same ``institution_verb`` forms, a short adverbial, "that": "… said the same morning that it")."""
    cached = _SPEECH_CACHE.get(id(v))
    if cached is None or cached[0] is not v:
        def words(cue):
            return alternation(v.cues.get(cue, ())) or "(?!)"
        says_at_end = re.compile(r",\s+(?P<who>[^,;:\"“”]{2,60}?)\s+(?:" + words("closing_verb") + r")"
                                 r"(?:\s+on\s+\w+)?\s*$")
        said = r"(?:also\s+)?(?:" + words("institution_verb") + r")"
        institution_said = re.compile(r"\b[Tt]he\s+(" + words("speaking_institution") + r")\s+" + said
                                      + r"(?:\s+(?:on\s+\w+\s+)?that)?\s+$")
        body_said_that = re.compile(r"\s+" + said + r"\b[^.;:!?\"“”]{0,40}?\bthat\s+$")
        speaking_after = re.compile(r"\s+(?:(?:also|later|further|earlier|then)\s+)?(?:" + words("pronoun_verb")
                                    + r")\b")
        _SPEECH_CACHE.clear()
        cached = _SPEECH_CACHE[id(v)] = (v, (says_at_end, institution_said, speaking_after, body_said_that))
    return cached[1]


#: the sentence before a pronoun, closing on a speaker that is an institution or a body ("…, the army's eastern group of
#: forces said. Its …")
_SAID_BEFORE = re.compile(r",\s+(?P<who>(?:the|a|an)\s+[^,;:\"“”.!?]{2,60}?)\s+(?:says|said|reported|announced)"
                          r"(?:\s+on\s+\w+)?\.\s+$")


_ROLE_CACHE: dict = {}


def _role_patterns(v: Vocabulary) -> tuple[re.Pattern, re.Pattern]:
    """A role noun whose side is named in its phrase ("the commander of Ukraine's 47th Brigade", "Russia's defence
    minister", "a Ukrainian brigade commander"): the ``role_noun`` cues of ``fact_cues.csv`` before "of (the)" and
    up to three words after a side, compiled once per vocabulary."""
    cached = _ROLE_CACHE.get(id(v))
    if cached is None or cached[0] is not v:
        nouns = r"(?:" + alternation(v.cues.get("role_noun", frozenset())) + r")" \
            if v.cues.get("role_noun") else r"(?!)"
        before = re.compile(r"\b" + nouns + r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
        after = re.compile(r"(?:['’]s)?(?:\s+[\w’'-]+){0,3}?\s+" + nouns + r"\b", re.IGNORECASE)
        _ROLE_CACHE.clear()
        cached = _ROLE_CACHE[id(v)] = (v, (before, after))
    return cached[1]


def role_noun_side(text: str, mentions: list[Mention], i: int, v: Vocabulary) -> Mention | None:
    """"The commander of Ukraine's 47th Brigade said his forces …": "his" with no person before it
    in its sentence is the role noun whose side its phrase names."""
    pronoun = mentions[i]
    role_before, role_after = _role_patterns(v)
    s_start = max(text.rfind(". ", 0, pronoun.start), text.rfind("\n", 0, pronoun.start)) + 1
    before_start = text.rfind("\n", 0, max(0, s_start - 2)) + 1
    if text.rfind("\n", 0, pronoun.start) + 1 == s_start and not _person_since(mentions, i, before_start):
        # a paragraph opening with "he" (a quote, then "he told …"): the role noun may close the paragraph before
        s_start = before_start
    for j in range(i - 1, -1, -1):
        other = mentions[j]
        if other.start < s_start:
            break
        if other.side in ("Russia", "Ukraine") and other.kind in ("country", "demonym", "force") and (
                role_before.search(text, max(0, other.start - 40), other.start) or
                role_after.match(text, other.end, min(len(text), other.end + 60))):
            return other
    return None


def _person_since(mentions: list[Mention], i: int, start: int) -> bool:
    """A person is named between ``start`` and the ``i``-th mention."""
    for j in range(i - 1, -1, -1):
        if mentions[j].start < start:
            return False
        if mentions[j].kind == "person":
            return True
    return False


def institution_named_before(text: str, mentions: list[Mention], i: int, v: Vocabulary) -> Mention | None:
    """"Ukraine's military said … The military said its units were holding": "its" right after "the <institution>
    said (that)" is the institution, whose side the last "<side>'s military" / "<demonym> military" names."""
    pronoun = mentions[i]
    said = _speech_patterns(v)[1].search(text, max(0, pronoun.start - 60), pronoun.start)
    if said is None:
        return None
    noun = re.escape(said.group(1).lower()).replace(r"\ ", r"\s+")
    before = text[max(0, pronoun.start - PRONOUN_REACH):said.start()]
    offset = max(0, pronoun.start - PRONOUN_REACH)
    for m in reversed(list(re.finditer(r"(?:['’]s)?\s+(?:[a-z]+\s+)?" + noun + r"\b", before, re.IGNORECASE))):
        at = offset + m.start()
        owner = next((mentions[j] for j in range(i - 1, max(-1, i - 400), -1) if mentions[j].end == at and
                      mentions[j].side in ("Russia", "Ukraine") and mentions[j].kind in ("country", "demonym")), None)
        if owner is not None:
            return owner
    return None


_PLURAL_CACHE: dict = {}


def _plural_after(v: Vocabulary) -> re.Pattern:
    """A plural noun after a demonym ("Russian soldiers", "Russian positions"): no antecedent of "it". The plural
    people words of ``units.csv`` and the ``plural_noun`` cues of ``fact_cues.csv`` (plurals that count no people),
    compiled once per vocabulary."""
    cached = _PLURAL_CACHE.get(id(v))
    if cached is None or cached[0] is not v:
        from saidvsdone.facts.quantities import plural_word

        words = [w for w, u in v.units.items() if u.dimension == "people" and w[-1].isalnum() and plural_word(w)]
        pattern = re.compile(r"\s+(?:[a-z-]+\s+)?(?:" + alternation(list(v.cues.get("plural_noun", ())) + words) + r")\b(?!['’])")
        _PLURAL_CACHE.clear()
        cached = _PLURAL_CACHE[id(v)] = (v, pattern)
    return cached[1]


def nearest_person_in_paragraph(text: str, mentions, i, starts):
    para_start = text.rfind("\n", 0, mentions[i].start) + 1
    para_end = text.find("\n", mentions[i].end)
    para_end = len(text) if para_end < 0 else para_end
    best, best_distance = None, None
    for other in mentions[bisect_left(starts, para_start):bisect_left(starts, para_end)]:
        if other is mentions[i]:
            continue
        if other.kind == "person" and other.side:
            distance = abs(other.start - mentions[i].start)
            if best is None or distance < best_distance:
                best, best_distance = other, distance
    return best


def subject_of(ctx, pos: int, s_start: int) -> Mention | None:
    """Nearest actor mention left of ``pos`` in its clause that can be a subject."""
    clause_start = clause_start_at(ctx, pos, s_start)
    candidates = mentions_in(ctx, clause_start, pos)
    if candidates and "according" in ctx.text[clause_start:pos]:
        # "Russian troops have, according to figures Kyiv released, taken …": a mention inside
        # the aside is not the subject
        asides = [(clause_start + m.start(), clause_start + m.end()) for m in
                  re.finditer(r"(?:,|^[\s\"“]*)\s*according\s+to\b[^,]{0,80},", ctx.text[clause_start:pos],
                              re.IGNORECASE)]   # "According to the air force, 400 drones were launched at …" too
        candidates = [m for m in candidates if not any(a <= m.start < b for a, b in asides)]
    speaker = None
    for mention in reversed(candidates):
        if mention.side and speaker is None and _SPEAKER_THEN.match(ctx.text, mention.end, pos):
            speaker = mention   # "…, Ukrainian officials said, after advancing a further 2 km": who spoke,
            continue            # the subject only when no other side comes before ("she said, troops had …")
        if mention.side and (mention.subject_ok or FORCES_OF.search(ctx.text, max(clause_start, mention.start - 40),
                                                                    mention.start)):
            return mention      # "the air defence forces of Ukraine neutralised …"
    return speaker


#: the noun after "our" when it is a count or a view, not a body of people ("by our count they …"): an
#: ``own_count_noun`` word of data/fact_cues.csv
_OUR_COUNT_AFTER = _vocab.TablePattern("our_count_after", ("fact_cues",), lambda: (
    r"\s+(?:own\s+)?(?:" + cue_alternation("own_count_noun") + r")\b"), re.IGNORECASE)


#: a mention followed by its speech verb and a comma: the speaker of an aside, no subject of what follows
_SPEAKER_THEN = re.compile(r"(?:\s+[a-z][\w’'-]*){0,2}\s+(?:said|says|told\s+\w+|reported|added|claimed|stated)\s*,")


#: "the forces of", "the air defence of": a side named after these is whose forces they are.
FORCES_OF = re.compile(r"\b(?:forces|force|defen[cs]es?|troops|army|units|military|navy|positions|lines|vanguard|"
                       r"spearheads?|(?:assault\s+)?groups?)\s+of\s+(?:the\s+)?$",
                       re.IGNORECASE)    # "the front-line positions of Russian troops are now 3 km from …"


def doer_of(ctx, pos: int, s_start: int) -> Mention | None:
    """The subject of the verb at ``pos``, past a demonym that describes what an earlier verb counted ("Russia says it
    downed 96 Ukrainian drones, claims capture of …", "Russian troops thwarted three Ukrainian attacks and inflicted
    …": Russia, not Ukraine)."""
    subject = subject_of(ctx, pos, s_start)
    if subject is None:
        # "Russia says it repelled Ukrainian attacks near Bakhmut, killed 400 soldiers": a clause that opens with its
        # verb shares the subject of the clause before it
        clause_start = clause_start_at(ctx, pos, s_start)
        if clause_start > s_start and _VERB_OPENS.fullmatch(ctx.text, clause_start, pos):
            subject = subject_of(ctx, clause_start - 1, s_start)
    for _ in range(3):
        if subject is None or subject.kind != "demonym" or \
                not (_COUNTED_OBJECT.search(ctx.text, max(s_start, subject.start - 40), subject.start) or
                     (_OBJECT_OF_VERB_BEFORE.search(ctx.text, max(s_start, subject.start - 30), subject.start) and
                      _AND_VERB_BEFORE.match(ctx.text, subject.end, pos))):
            break
        # ("Ukrainian forces had halted the Russian advance and had shot down 2,000 drones": the demonym of the first
        # verb's object is no subject of the verb coordinated with it, which shares the clause's subject)
        subject = subject_of(ctx, subject.start, s_start)
    return subject


#: a demonym right after a verb and its article: the first word of that verb's object ("halted the Russian advance");
#: not after a ``reporting_verb`` word of data/fact_cues.csv ("reported the Russian …")
_OBJECT_OF_VERB_BEFORE = _vocab.TablePattern("object_of_verb_before", ("fact_cues",), lambda: (
    r"\b(?!(?:" + cue_alternation("reporting_verb") + r")\b)[a-z]{3,}ed\s+(?:the|an?)\s+$"))
#: a verb coordinated with the one before it, right before ``pos``: "… and had shot down", "…, and also downed"
_AND_VERB_BEFORE = re.compile(r"[^.;:!?,]*?\band\s+(?:(?:has|have|had)\s+)?(?:also\s+)?$")


#: a clause made of its verb alone before ``pos`` (", killed", ", and claims")
_VERB_OPENS = re.compile(r"[\s,;]*(?:and\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+)?[a-z]+\s*")


def doer_side(ctx, pos: int, s_start: int) -> str:
    subject = doer_of(ctx, pos, s_start)
    return subject.side if subject is not None else ""


def subject_side(ctx, pos: int, s_start: int) -> str:
    subject = subject_of(ctx, pos, s_start)
    return subject.side if subject is not None else ""


def adjective_mention(ctx, t_start: int, stop_at: int) -> Mention | None:
    """"Ukrainian shelling", "a rapid Russian seizure", "their personnel shortage"."""
    words = words_before(ctx, t_start, 3, stop_at)
    for w in words:
        lower = w[2].lower()
        if re.search(r"[,;:]", ctx.text[w[1]:t_start]):
            return None     # "According to the Ukrainian Air Force, 400 drones …": no adjective across a comma
        mentions = [m for m in mentions_in(ctx, w[0], w[1] + 1) if m.start == w[0]]
        if mentions and mentions[0].side and (
                mentions[0].kind in ("demonym", "pronoun-group", "pronoun-person",
                                     "pronoun-speaker") or
                re.match(r"['’]s?\s", ctx.text[mentions[0].end:mentions[0].end + 3])):
            if mentions[0].kind.startswith("pronoun") and lower not in ("their", "its",
                                                                       "his", "her",
                                                                       "our"):
                return None
            return mentions[0]
        if lower in DETERMINERS or lower in PREPOSITIONS or w[2] in CLAUSE_STOP or \
                lower in ("and", "or", "but"):
            return None
    return None


def side_between(ctx, start: int, end: int) -> str:
    """"300,000 Russian reservists", "80 enemy fighters" (the enemy once resolved): a side
    adjective between a number and its unit."""
    for mention in mentions_in(ctx, start, end):
        if mention.kind in ("demonym", "enemy") and mention.side in ("Russia", "Ukraine"):
            return mention.side
    return ""


def agent_side(ctx, t_end: int, window_end: int) -> str:
    """"… was captured by Russian forces" → Russia."""
    match = re.match(r"\s+(?:[\w’'-]+\s+){0,3}?by\s+(?:the\s+)?", ctx.text[t_end:window_end])
    if not match:
        return ""
    mentions = mentions_in(ctx, t_end + match.end(), t_end + match.end() + 30)
    if mentions and mentions[0].start == t_end + match.end():
        return mentions[0].side
    return ""


def agent_side_for_strike(ctx, t_start, t_end, s_start, s_end) -> str:
    window_end = clause_end_at(ctx, t_end, s_end)
    adjective = adjective_mention(ctx, t_start, s_start)
    if adjective is not None:
        return adjective.side
    agent = agent_side(ctx, t_end, window_end)
    if agent:
        return agent
    subject = subject_of(ctx, t_start, s_start)
    if subject is not None and subject.side in ("Russia", "Ukraine") and subject.kind in ("country", "demonym", "force"):
        return subject.side     # "Ukraine struck an air base in Crimea": the subject, whatever the target's map
    target = target_side_after(ctx, t_end, window_end)
    if target:
        return opposite(target)
    # "Russia struck the grid overnight, the Ukrainian air force said. Total: 120 missiles": the side
    # that struck, not the one reporting it
    return subject_side(ctx, t_start, s_start) or side_from_context(ctx, t_start, skip_speakers=True)


#: a side followed by its speech verb ("the Ukrainian air force said", "Ukraine's air force said"): who reports, not
#: who acts
def _speaker_after() -> re.Pattern:
    """Any speech verb of the shared table ("said", "stated", "asserted", "declared" …) after the side and up to three
    words ("Ukraine's air force asserted on Friday"), compiled once (rebuilt when the table changes)."""
    from saidvsdone import vocab as tables

    return tables.compiled("facts_speaker_after", ("speech_cues",), lambda: re.compile(
        r"(?:['’]s)?(?:\s+[a-z][\w’'-]*){0,3}\s+(?:" +
        alternation(REPORTING_VERBS) + r")(?![\w-])"))


def target_side_after(ctx, t_end: int, window_end: int) -> str:
    for match in re.finditer(r"\b(?:on|at|against|across|into|in|over)\s+(?:the\s+)?"
                             r"(?:[a-z-]+\s+){0,2}", ctx.text[t_end:window_end]):
        pos = t_end + match.end()
        mentions = [m for m in mentions_in(ctx, pos, pos + 1)]
        if mentions and mentions[0].side in ("Russia", "Ukraine"):
            return mentions[0].side
        place = place_at(ctx, pos)
        if place is not None and place.country in ("Russia", "Ukraine"):
            return place.country
        country = re.match(r"(Ukraine|Russia)\b", ctx.text[pos:pos + 8])
        if country:
            return country.group(1)
    return ""


def target_side_before(ctx, t_start: int, s_start: int) -> str:
    clause_start = clause_start_at(ctx, t_start, s_start)
    places = places_in(ctx, clause_start, t_start)
    for place in reversed(places):
        if place.country in ("Russia", "Ukraine"):
            return place.country
    for mention in reversed(mentions_in(ctx, clause_start, t_start)):
        if mention.side in ("Russia", "Ukraine"):
            return mention.side
    return ""


def victim_side(ctx, t_start, t_end, scope_end, s_start, s_end) -> str:
    """The side suffering casualties."""
    window_end = clause_end_at(ctx, t_end, s_end)
    obj = re.match(r"\s+(?:(?:many|dozens|scores|hundreds|thousands|several|some|more|numerous|of|the)\s+){0,3}",
                   ctx.text[t_end:window_end])
    if obj and re.search(r"(?:killed|killing|wounded|wounding|eliminated|destroyed|captured)$", ctx.text[t_start:t_end]):
        found = next((m for m in mentions_in(ctx, t_end + obj.end(), t_end + obj.end() + 30)
                      if m.start == t_end + obj.end()), None)
        if found is not None and found.side in ("Russia", "Ukraine") and found.kind != "country":
            return found.side       # "killed many Russian troops": the object is the victim
    match = re.match(r"\s+(?:[a-z]+\s+){0,2}?(?:on|to|among|of)\s+(?:the\s+)?",
                     ctx.text[scope_end:window_end])
    if match:
        mentions = mentions_in(ctx, scope_end + match.end(), scope_end + match.end() + 30)
        if mentions and mentions[0].start == scope_end + match.end() and mentions[0].side and \
                not _WHERE_NOUN.match(ctx.text, mentions[0].end):
            return mentions[0].side     # (not "lost 1,500 men on our sector": where, not whose)
    near = words_before(ctx, t_start, 4, s_start) + words_after(ctx, t_end, 8, window_end)
    seat = ""       # "according to the General Staff in Kyiv, … 1,100 people": where the source sits, not the victims
    civilians = ctx.v.cues.get("civilian_noun", frozenset())
    if any(w[2].lower() in civilians for w in near):
        places = places_in(ctx, t_start, window_end) or places_in(ctx, s_start, s_end)
        for place in places:
            if place.country in ("Russia", "Ukraine"):
                if _seat_of_military_source(ctx, place, s_start, s_end):
                    seat = seat or opposite(place.country)    # an army counts the people the other side lost
                    continue
                return place.country
    adjective = adjective_mention(ctx, t_start, s_start)
    if adjective is not None:
        return adjective.side
    if seat:
        return seat
    subject = subject_of(ctx, t_start, s_start)
    if subject is not None:
        return subject.side
    side = side_from_context(ctx, t_start)
    if side in ("Russia", "Ukraine") and _attacker_before(ctx, t_start, s_start):
        return opposite(side)   # "A Russian glide bomb hit the house. He was one of 14 soldiers … killed": the side of a
        # weapon that struck, named in the sentence before, killed them (it did not lose them)
    return side


def _attacker_before(ctx, pos: int, s_start: int) -> bool:
    """Whether the side :func:`side_from_context` reads for ``pos`` is named, in a sentence before ``pos``'s, as the
    adjective of a weapon or an attack ("a Russian glide bomb hit", "Ukrainian shelling"; ``fact_cues.csv``, cues
    ``attack_context`` and ``attack_weapon``)."""
    index = sentence_of(ctx, pos)
    lower_bound = ctx.sentences[max(0, index - 2)][0] if ctx.sentences else 0
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0 and ctx.mentions[i].start >= lower_bound:
        mention = ctx.mentions[i]
        if mention.side and (mention.subject_ok or mention.kind == "person"):
            if mention.kind != "demonym" or mention.start >= s_start:
                return False
            if ctx.text[mention.start:mention.end].endswith("s"):
                return False    # "Do the Russians attack every day?": a people acting, not a weapon's adjective
            words = re.findall(r"[a-z]+", ctx.text[mention.end:mention.end + 30].lower())[:2]
            attack = ctx.v.cues.get("attack_context", frozenset()) | ctx.v.cues.get("attack_weapon", frozenset())
            return any(w in attack for w in words)
        i -= 1
    return False


#: "the defence ministry in Moscow", "the General Staff in Kyiv": a capital after a military body and "in" / "from"
_SEAT_BEFORE = re.compile(r"\b(?:staff|military|army|command|forces|force|navy|defen[cs]e\s+ministry|ministry\s+of\s+"
                          r"defen[cs]e|defen[cs]e\s+department|department\s+of\s+defen[cs]e)\s+(?:in|from)\s+$",
                          re.IGNORECASE)
#: … a speech verb right after it ("… in Moscow said", "… in Kyiv has reported")
_SEAT_SAID = re.compile(r"(?:\s+(?:also|later|earlier|then|has|have|had))?\s+(?:said|says|reported|reports|stated|announced|"
                        r"claimed|claims|estimated|estimates|told)\b")
#: … or inside an "according to" phrase that no comma has closed
_SEAT_ACCORDING = re.compile(r"\baccording\s+to\b[^,;:.“”\"]*$", re.IGNORECASE)


def _seat_of_military_source(ctx, place, s_start: int, s_end: int) -> bool:
    """A capital (``countries.csv``: capitals) that only says where the military source of the sentence sits:
    "According to the General Staff in Kyiv, …", "the defence ministry in Moscow said …" (the source phrase and its
    location belong to the citing clause, not to what is counted; a health ministry or officials in Kyiv counting
    people killed keep the place's side)."""
    if _vocab.country_forms().get(ctx.text[place.start:place.end], ("", ""))[1] != "capital":
        return False
    if not _SEAT_BEFORE.search(ctx.text, max(s_start, place.start - 40), place.start):
        return False
    return bool(_SEAT_SAID.match(ctx.text, place.end, s_end) or
                _SEAT_ACCORDING.search(ctx.text, max(s_start, place.start - 120), place.start))


#: a noun of where after a side ("on our sector", "along the Russian front"): a place, not whose
_WHERE_NOUN = re.compile(r"\s+(?:sector|sectors|front|direction|axis|section|line|lines|flank)\b")


def mention_after_of(ctx, t_end: int, window_end: int, *, by: bool = False) -> Mention | None:
    """The mention that opens right after "of (the)" at ``t_end`` ("advance of Russian forces"; with ``by``, after "by
    (the)" too: "pushed back by Ukrainian troops", :func:`territorial.forces_named_after`'s; one definition: vc2)."""
    match = re.match(r"\s+(?:of|by)\s+(?:the\s+)?" if by else r"\s+of\s+(?:the\s+)?", ctx.text[t_end:window_end])
    if not match:
        return None
    mentions = mentions_in(ctx, t_end + match.end(), t_end + match.end() + 30)
    if mentions and mentions[0].start == t_end + match.end():
        return mentions[0]
    return None


def control_side(ctx, s_start: int, s_end: int) -> str:
    match = re.search(r"\b(?:under|to)\s+(?:the\s+)?(?:[\w’'-]+\s+)?(?:control|occupation)\b"
                      r"|\b(?:occupied|controlled|held)\s+by\s+"
                      r"|\bin\s+(?:[\w’'-]+\s+){1,2}?hands\b", ctx.text[s_start:s_end])   # "in Russian hands"
    if not match:
        return ""
    for mention in mentions_in(ctx, s_start + match.start(), s_start + match.end() + 30):
        if mention.side in ("Russia", "Ukraine"):
            return mention.side
    return ""


def side_from_context(ctx, pos: int, skip_speakers: bool = False) -> str:
    """Nearest earlier subject (or person) within the two sentences before; with ``skip_speakers``,
    not a side that only reports ("…, the Ukrainian air force said.")."""
    index = sentence_of(ctx, pos)
    lower_bound = ctx.sentences[max(0, index - 2)][0] if ctx.sentences else 0
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0 and ctx.mentions[i].start >= lower_bound:
        mention = ctx.mentions[i]
        if skip_speakers and _speaker_after().match(ctx.text, mention.end):
            i -= 1
            continue
        if mention.side and (mention.subject_ok or mention.kind == "person"):
            return mention.side if mention.side != "other" else ""
        i -= 1
    return ""


def opposite(side: str) -> str:
    return _vocab.opposite(side)


#: what follows a side's mention that owns a body: a possessive after a country or capital ("Russia's", "Kyiv's"),
#: white space after a demonym ("Russian", "Ukrainian")
_OWNER_POSSESSIVE = re.compile(r"['’]s\s+")
_OWNER_ADJECTIVE = re.compile(r"\s+")


def side_owner(text: str, found: Mention | None, the: bool | None = None) -> tuple[str, int]:
    """The side owning what follows the mention ``found``, and where its owner's words end: a mention of the country
    tables (``countries.csv``: a country, capital or demonym of Russia's or Ukraine's side), a possessive after a
    country or capital ("Russia's", "Kyiv's", "the Russian Federation's"), a demonym bare ("Russian", "Ukrainian");
    ``the``: True when "The" came before (only a demonym then), False when it did not (only a possessive), None
    either. ("", -1) when none."""
    if found is None or found.side not in ("Russia", "Ukraine"):
        return "", -1
    if found.kind in ("country", "capital") and the is not True:
        after = _OWNER_POSSESSIVE.match(text, found.end)
    elif found.kind == "demonym" and the is not False:
        after = _OWNER_ADJECTIVE.match(text, found.end)
    else:
        after = None
    return (found.side, after.end()) if after else ("", -1)


#: a body of either side named by its kind: "(defence) ministry", "General Staff", "air force" (the key: its noun)
SIDED_BODY = {noun: re.compile(pattern, re.IGNORECASE) for noun, pattern in {
    "ministry": r"(?:defen[cs]e\s+)?ministry",
    "general staff": r"general\s+staff",
    "air force": r"air\s+force",
}.items()}
_OF_THE_SIDE = re.compile(r"ministry\s+of\s+defen[cs]e\s+of\s+(?:the\s+)?", re.IGNORECASE)


def sided_bodies(text: str, found: list[Mention], noun: str, end: int) -> list[tuple[int, Mention]]:
    """Where the body ``noun`` (a key of ``SIDED_BODY``) is named with its side before ``end``, and the mention giving
    that side, in text order: "Russia's Ministry of Defence", "the Ukrainian defence ministry", "the Ministry of Defence of the Russian
    Federation", "Ukraine's General Staff" (the side: a mention of the country tables in ``found``, owning the body
    (:func:`side_owner`) or right after "of (the)")."""
    bodies = []
    for m in found:
        if m.start >= end:
            break
        side, owned = side_owner(text, m)
        if side and SIDED_BODY[noun].match(text, owned, end):
            bodies.append((m.start, m))
        if noun == "ministry" and m.side in ("Russia", "Ukraine") and m.kind in ("country", "demonym") and m.end <= end:
            of = _OF_THE_SIDE.search(text, max(0, m.start - 40), m.start)
            if of is not None and of.end() == m.start:
                bodies.append((of.start(), m))
    return sorted(bodies, key=lambda b: b[0])


#: a body named by its kind alone, with no side of its own: "the ministry's six groups", "the General Staff"
_BARE_BODY = re.compile(r"\b[Tt]he\s+(?P<noun>(?:defen[cs]e\s+)?ministry|General\s+Staff|general\s+staff|air\s+force|"
                        r"Air\s+Force)\b")
#: the antecedent of an "it" that is a body the text gives no side (the pronoun keeps no side)
_UNSIDED = Mention(-1, -1, "", "body", "it", False)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s|\n")


def _bare_body_before(text: str, mentions: list[Mention], i: int, v: Vocabulary) -> Mention | None:
    """"Added up, the ministry's six groups claim 1,155 Ukrainian servicemen killed, in line with the totals it has
    published": "it" after a body named by its kind alone in its sentence, with no other side between them than a
    demonym before a plural noun ("Ukrainian servicemen"), is that body, whose side is that of the last body of the
    same kind the text named with a side ("Russia's Ministry of Defence"); None when there is none."""
    pronoun = mentions[i]
    start = max(0, pronoun.start - 300)
    for brk in _SENTENCE_BREAK.finditer(text, start, pronoun.start):
        start = brk.end()
    body = None
    for body in _BARE_BODY.finditer(text, start, pronoun.start):
        pass
    if body is None:
        return None
    for other in mentions[bisect_left([m.start for m in mentions], body.end(), 0, i):i]:
        if not (other.kind == "demonym" and _plural_after(v).match(text, other.end)):
            return None
    noun = re.sub(r"\s+", " ", body.group("noun").lower())
    noun = "ministry" if noun.endswith("ministry") else noun
    bodies = sided_bodies(text, mentions[:i], noun, body.start())
    if not bodies and _speech_patterns(v)[3].fullmatch(text, body.end(), pronoun.start):
        # "The Air Force said the same morning that it had shot down 11 of the 15 drones": the "it" of the body that
        # speaks is that body, whose side the text never gave: no side from the sentences before ("Russia had lost
        # 920 troops") (fa35)
        return _UNSIDED
    return bodies[-1][1] if bodies else None
