"""Who said each quoted span: the quotes' part of the speech layer (:mod:`saidvsdone.speech`).

A quote is attributed, in this order, by a speech verb right after it ("“…,” said Putin", "“…,”
Putin said", a signature "“…” – Name"), a headline colon ("‘…’: Putin …"), "according to X" in its
sentence, a speech verb before it, one after it, else the previous speaker continuing (a quoted
paragraph of its own). Its ``kind`` is ``direct`` (a whole utterance), ``partial`` (a fragment in
the reporter's sentence) or ``scare`` (marks of distance, no speaker). Quotes with no day of their
own take the date of the same words or the same speaker elsewhere in the article.

Example:
    >>> from saidvsdone import corpus, document
    >>> doc = next(document.documents(corpus.from_text("“We will win,” – Valerii Zaluzhnyi")))
    >>> reading = doc.speech.quotes[0]
    >>> reading.speaker, reading.cue, reading.kind
    ('Valerii Zaluzhnyi', '–', 'direct')
"""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from bisect import bisect_left

import pandas as pd

from saidvsdone import segment, vocab, when
from saidvsdone.segment import trim_end
from saidvsdone import speech as _speech
from saidvsdone.mentions import INDEFINITE, Mention, title_words, could_be_person, label_as_written, people, unnamed_person
from saidvsdone.matcher import fail_fast, trie_pattern
from saidvsdone.speech._names import _countries_in, _HE_GAVE, _introduced_with_role, _possessor_role
from saidvsdone.speech._subjects import _OTHER_PERSON, descriptor_then_name, quoted_name_after, translated_inversion
from saidvsdone.speech import (_QUOTED_AS, _conduit, RuleGuard, speech_words, _SCARE_MAX_WORDS, Cue, QuoteReading, Speech, _antecedent, _person_country, _Reader,
                               _CALL_SIGN, _resolve, same_one, _subject_of, _transcript_label, cue_table)

__all__ = ["attribute", "date_quotes"]



#: after an inverted verb, one person the text does not name (``person``), the body he is in, at or with (``body``: "in
#: the General Staff", its capitalised name part of his label, as rule 5 wants it) and either a relative clause on
#: him without a comma ("said a retired teacher who did not want her name used", "said a woman that lives nearby") or
#: where he serves or comes from, up to a comma ("said a 34-year-old medic from a brigade near Kharkiv, who …",
#: ``placed``: no part of the label); group 1 is the person with his body
_INVERTED_PERSON = re.compile(r"\s*((?P<person>(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)"
                              r"(?:\s+(?:in|at|with)\s+the(?:\s+[A-Z][\w’'-]*)+)?)"
                              r"(?:\s+(?:who|whose|that)\s|(?P<placed>(?:\s+(?:from|with|in|at|near|of|serving\s+(?:in|with))"
                              r"\s+[^,.;:“”\"]{2,80}?)?\s*(?:[,.;]|$)))")
#: a word that opens no subject after an inverted verb ("“…”, adding that …": the complementiser of a participle);
#: a day opens none either (:func:`_opens_on_a_date`)
_NO_INVERTED_SUBJECT = frozenset(("that", "if", "whether", "how", "why", "it", "to", "on", "in"))


def _opens_on_a_date(text: str, start: int, end: int) -> bool:
    """Whether a date expression (:func:`saidvsdone.when.find`) starts within the first three words of
    ``text[start:end]``: "said Friday that …", "said late last night …", "said early on Tuesday …" hold the verb's
    day, no subject (rv24fixb).

    Example:
        >>> _opens_on_a_date("late on Tuesday that his men held", 0, 33), _opens_on_a_date("this reporter's guide", 0, 21)
        (True, False)
    """
    found = when.find(text, start, end)
    return bool(found) and len(text[start:found[0].start].split()) <= 2


def _after_quote(reader: _Reader, quote, following: int) -> tuple[Mention, Cue] | None:
    """“…,” said X. / “…,” X said. / “…,” X, a lawyer, wrote on Facebook."""
    text = reader.text
    a = quote.span.outer_end
    b = min(following, quote.sentence[1])
    frame = text[a:b]
    if frame.lstrip(" ").startswith(";"):
        return None  # "… ‘highest of the war’; Kremlin dismisses reports": a new clause, another speaker's
    lead = len(frame) - len(frame.lstrip(" ,.;:—–-"))
    cues = reader.cues_between(a, b)
    manner = _MANNER.match(frame, lead) if not cues or cues[0].start > a + lead else None
    if manner is not None:
        # “…,” grumbled Jo / “…,” Jo grumbled: a verb in -ed right beside the quote and a name
        verb = manner.group("before") or manner.group("after")
        found = reader.mentions_between(a + lead, b)
        cue_start = a + (manner.start("before") if manner.group("before") else manner.start("after"))
        if found and found[0].how != "country" and (
                found[0].start == a + manner.end() if manner.group("before") else found[0].start == a + lead):
            resolved = _resolve(reader, found[0], found[0].start)
            if resolved is not None:
                return resolved, Cue(cue_start, cue_start + len(verb), verb, "speech")
    if not cues:
        # a signature: “…” – Name, “…”: Commander-in-chief of …, "…"--said Mr. Jones
        sign = re.match(r"\s*(?:[:–—]|-{1,2})\s*", frame)
        if sign is None and text[quote.span.start:quote.span.end].rstrip().endswith(":"):
            sign = re.match(r"\s*", frame)  # ‘… weapons needed:’ Commander-in-chief of …
        if sign and sign.end() < len(frame):
            at = a + sign.end()
            verb = re.match(r"([a-z]+)\s+", frame[sign.end():])
            if verb and verb.group(1) in cue_table()[0]:  # "…"--said Mr. Jones
                at += verb.end()
            role = reader.who.role_regex.match("the " + text[at:b])
            if role is not None and text[at:at + 1].isupper():  # a role without its article
                written = text[at:at + role.end() - 4]
                resolved = _resolve(reader, Mention(at, at + len(written), "", "the " + written, "role"), at)
                if resolved is not None and resolved.speaker:
                    resolved = Mention(resolved.start, resolved.end, resolved.speaker, written, resolved.how)
                    return resolved, Cue(a, a + sign.end(), frame[:sign.end()].strip() or ":", "speech")
            found = reader.mentions_between(at, b)
            titles = text[at:found[0].start] if found else ""
            if found and (_only_titles(titles) or (_title_words_only(titles) and any(  # "— Kharkiv Mayor X"
                    w.lower() in reader.who.title_words for w in titles.split()))) and found[0].how not in ("country", "pronoun"):
                resolved = _resolve(reader, found[0], found[0].start)
                return (resolved, Cue(a, a + sign.end(), frame[:sign.end()].strip(), "speech")) if resolved else None
        return None
    first = cues[0]
    if first.start == a + lead and first.kind == "speech" and text[a:first.start].strip() == ",":
        # "A B, who had long warned that the town was a “meat grinder”, said …": words in a ", who …," aside are the
        # subject's before it, not whoever a reading of "said …" as inverted would find after the verb (sk41)
        held = _speech.relative_aside_subject(reader, first, quote.sentence[0], quoted=True)
        if held is not None and held.end <= quote.span.outer_start:
            return _aside_office_holder(reader, held, quote), first
    if first.start == a + lead and first.kind == "speech":  # inverted: said Putin
        # (the formula in the frame, its name maybe in marks after it: "said a gunner with the call sign ‘Bober’", the
        # marks a scare quote that ends the frame: sk27)
        sign = _CALL_SIGN.search(text, first.end, max(b, quote.sentence[1]))
        sign = sign if sign is not None and sign.start() < b else None
        if sign is not None and not any(m.how in ("name", "title") for m in reader.mentions_between(first.end, sign.start())):
            # "said a platoon commander …, who gave only his call sign, Shaman.": the call sign is the one named
            return Mention(sign.start(1), sign.end(1), sign.group(1), sign.group(1), "unknown name"), first
        after = reader.mentions_between(first.end, b)
        after, person = translated_inversion(reader, first, after)
        if person is not None:
            # "- said the military analyst of the Baltic Defence College Tomas Vaitkus.": a translated role of a body,
            # then the person's name with no comma (sk25)
            resolved = _resolve(reader, person, person.start)
            return (resolved, first) if resolved else None
        if after and descriptor_then_name(reader, first.end, after[0]):
            resolved = _resolve(reader, after[0], after[0].start)  # "said war correspondent A B" (sk37)
            return (resolved, first) if resolved else None
        if after and (len(text[first.end:after[0].start].split()) <= 1
                      or _title_words_only(text[first.end:after[0].start])):  # said Mayor of Kupiansk X
            named = next((k for k, m in enumerate(after[1:4], 1) if m.how in ("name", "title", "unknown name")
                          and re.fullmatch(r"[^,.;“”\"]{0,60},\s*(?:[A-Z][a-z]+\.?\s+){0,3}", text[after[0].end:m.start])
                          and could_be_person(m.speaker, reader.who)), None) \
                if after[0].how in ("role", "unnamed source") and len(after) > 1 else None
            if named is not None:
                # "- said the spokesman of the Khortytsia group, Viktor Tregubov", "said the commander of the 24th
                # Brigade, Colonel A B": the person named after the comma (the unit between is his, not him)
                after = after[named:]
            apposed = _NAME_APPOSED.match(text, after[0].end, b) if named is None and after[0].how in (
                "role", "unnamed source") and after[0].as_written[:4].lower() == "the " else None
            if apposed is not None and could_be_person(apposed.group(1), reader.who) \
                    and not reader.mentions_between(apposed.start(1), apposed.end(1)):
                # "“…,” said the nurse, Liudmyla, who declined to give her surname": the name apposed to the role (a
                # first name no mention reads)
                name = " ".join(apposed.group(1).split())
                return Mention(apposed.start(1), apposed.end(1), reader.who.alias_to_name.get(name, name), name,
                               "unknown name"), first
            resolved = _resolve(reader, after[0], after[0].start)
            if resolved is not None and not resolved.speaker and resolved.as_written[:4].lower() == "the ":
                resolved = _as_in_normal_order(reader, quote, first) or resolved  # “…,” said the official.
            return (resolved, first) if resolved else None
        unnamed = re.match(r"\s*((?:[\w’'-]+\s+){0,6}[\w’'-]+)\s*(?:[,.;]|$)", text[first.end:b])
        relative = _INVERTED_PERSON.match(text, first.end, b)
        if relative is not None and relative.group("placed") is None and unnamed_person(relative.group("person")):
            # "“…,” said a retired teacher who did not want her name used": the person before the relative clause
            # (its words no part of the label: sk37; a short one too, "said a nurse who works nearby.": rv23fixb)
            return Mention(relative.start(1), relative.end(1), "", relative.group(1), "unnamed source"), first
        apposed = _NAME_APPOSED.match(text, first.end + unnamed.end(1), b) \
            if unnamed and unnamed.group(1)[:4].lower() == "the " else None
        owned = _NAME_APPOSED_OWNED.match(text, first.end + unnamed.end(1), b) \
            if apposed is None and unnamed and _OWNED_ROLE.fullmatch(unnamed.group(1)) else None
        if owned is not None:
            # "“…,” said his sister, Iryna." / "said her commander, Colonel Petro Lysyi.": the name apposed to a
            # possessor's relative or role is the speaker (the name printed, §3.6), not "his sister" (sk30)
            words = owned.group(1).split()
            while len(words) > 1 and words[0].lower() in reader.who.title_words:
                words = words[1:]  # (the rank goes: "Colonel Petro Lysyi" is Petro Lysyi)
            name = " ".join(words)
            at = owned.end(1) - len(name)
            if could_be_person(name, reader.who) and text[at:owned.end(1)].split() == words:
                return Mention(at, owned.end(1), reader.who.alias_to_name.get(name, name), name, "unknown name"), first
        if apposed is not None and could_be_person(apposed.group(1), reader.who):
            # "“…,” said the nurse, Liudmyla, who declined to give her surname": the name apposed to the role
            name = apposed.group(1)
            return Mention(apposed.start(1), apposed.end(1), reader.who.alias_to_name.get(name, name), name,
                           "unknown name"), first
        if unnamed and unnamed.group(1)[:4].lower() == "the ":
            normal = _as_in_normal_order(reader, quote, first)  # “…,” said the statement.
            if normal is not None:
                return normal, first
        if unnamed is None:
            tail = _INVERTED_PERSON.match(text, first.end, b)
            if tail is not None and tail.group("placed") is not None and unnamed_person(tail.group("person")):
                # "“…,” said a 29-year-old gunner from a mobile unit near Odesa, who …": the person before where he
                # serves (too long a phrase for one description; the place no part of the label)
                return Mention(tail.start(1), tail.end(1), "", tail.group(1), "unnamed source"), first
        if unnamed and (unnamed.group(1).split()[0].lower() in _NO_INVERTED_SUBJECT
                        or _opens_on_a_date(text, first.end + unnamed.start(1), first.end + unnamed.end(1))):
            # “…”, adding that “…”: a participle's clause; “…”, said on Friday that his men were “…”: the verb's
            # day and its content clause (its subject before the first quote): no speaker after the verb
            return None
        if unnamed:  # “…,” said Russia's defence ministry.
            start = first.end + unnamed.start(1)
            found = Mention(start, start + len(unnamed.group(1)), "", unnamed.group(1), "unnamed source")
            return (quoted_name_after(reader, found) or found), first  # (“…,” wrote the author of “X”: X, sk27)
        return None
    found = reader.mentions_between(a, b)
    if found and found[0].start == a + lead:
        speaker = found[0]
        cue = next((c for c in cues if c.start >= speaker.end and c.kind == "speech"), None)
        if cue is not None:  # “…,” MoD spokesman Igor Konashenkov said: the name next to the verb
            near = [m for m in found if speaker.end <= m.start and m.end <= cue.start
                    and len(text[m.end:cue.start].split()) <= 1 and m.how not in ("country", "pronoun")]
            if near and re.fullmatch(r"\s+(?!(?:of|for|in|at|from|on)\s)(?:[a-z][\w-]*\s+){0,3}",
                                     _RANKS_AT_END.sub("", text[speaker.end:near[-1].start])):  # ("… secretary Maj. Gen. X")
                speaker = near[-1]
            elif (near and speaker.how in ("unnamed source", "role") and near[0].how in ("name", "title", "unknown name")
                  # "the commander, X," / "a spokesman for the General Staff, X,"
                  and re.fullmatch(r"(?:\s+(?:for|of|at|from|in|to)\s+[^,.;“”\"]{1,60})?\s*,\s*",
                                   _RANKS_AT_END.sub("", text[speaker.end:near[0].start]))  # ", Major X,"
                  and re.fullmatch(r"\s*,\s*", text[near[0].end:cue.start])):
                speaker = near[0]  # “…,” the commander of the ground forces, Oleksandr Syrskyi, said: the apposed name
            elif (near and speaker.how in ("name", "title", "unknown name")
                  and near[0].how in ("name", "title", "unknown name")
                  and _POSSESSOR_THEN_ROLE.fullmatch(_RANKS_AT_END.sub("", text[speaker.end:near[0].start]))
                  and re.fullmatch(r"\s*,\s*", text[near[0].end:cue.start])
                  and could_be_person(near[0].speaker, reader.who)):
                speaker = near[0]  # “…,” Marchenko's deputy, Pavlo Hrytsak, said: the deputy named, not his boss (sk28)
        quoted = _QUOTED_AS.search(text, speaker.end, cue.start) if (
            cue is not None and cue.text.lower() == "saying") else None
        if quoted is not None:  # “…,” Reuters quoted Ivan Kalyna as saying: the one quoted speaks
            object_ = quoted.group(1)
            if object_.lower() in ("him", "her"):
                return _antecedent(reader, Mention(quoted.start(1), quoted.end(1), "", object_, "pronoun"),
                                   quoted.start(1)), cue
            named = reader.mentions_between(quoted.start(1), quoted.end(1))
            if named:
                resolved = _resolve(reader, named[0], named[0].start)
                return (resolved, cue) if resolved else None
        if cue is not None and len(text[speaker.end:cue.start].split()) <= 25:
            resolved = _resolve(reader, speaker, speaker.start)
            given = _name_given_after(reader, cue) if resolved is not None and not resolved.speaker \
                and resolved.how in ("unnamed source", "unresolved role") else ""
            if given:
                # “…,” the soldier told Reuters, asking to be identified only by his first name, Bohdan. / “…,” a
                # captain said. He gave only his first name, Bohdan.: the name the unnamed speaker gave (sk28)
                return Mention(resolved.start, resolved.end, given, resolved.as_written, "unknown name"), cue
            if resolved is not None and not resolved.speaker and resolved.how == "unnamed source" \
                    and re.search(r"['’]s\s", resolved.as_written):
                # “…,” Yermak's deputy said: the one the article apposed to, or introduced with, that office
                resolved = _possessor_role(reader, resolved) or resolved
            elif resolved is not None and not resolved.speaker and resolved.how == "unresolved role" \
                    and not any(w in reader.who.country_of_form for w in resolved.as_written.split()):
                # (not "the British minister" for a Ukrainian minister introduced before)
                # “…,” the committee chairman said, after "The head of the … Committee, A B, was more cautious.": the
                # person named in this paragraph or the one before with a word of that office in the sentence
                person = _introduced_with_role(reader, resolved.as_written, resolved.start, whole_sentence=True)
                if person:
                    resolved = Mention(resolved.start, resolved.end, person, resolved.as_written, "role")
            return (resolved, cue) if resolved else None
    return None


def _name_given_after(reader: _Reader, cue: Cue) -> str:
    """The first name or call sign an unnamed speaker gives after the verb of a quote's attribution, in the rest of
    its sentence ("…, asking to be identified only by his first name, Bohdan") or in the next one when it opens on
    "He"/"She" ("He gave only his first name, Bohdan"); "" when none is given, or when another person or a name comes
    in between ("…, adding that a pilot with the call sign Wolf was killed": the pilot's) (sk28)."""
    text = reader.text
    end = reader.doc.sentence_end(cue.end)
    sign = _CALL_SIGN.search(text, cue.end, end)
    if sign is None and _HE_GAVE.match(text, end):
        sign = _CALL_SIGN.search(text, end, reader.doc.sentence_end(end + 2))
    if sign is None or _OTHER_PERSON.search(text, cue.end, sign.start()) \
            or any(m.how in ("name", "title", "unknown name") and could_be_person(m.speaker, reader.who)
                   for m in reader.mentions_between(cue.end, sign.start())):
        return ""
    return sign.group(1) if could_be_person(sign.group(1), reader.who) else ""


def _as_in_normal_order(reader: _Reader, quote, cue: Cue) -> Mention | None:
    """ "…,” said the official / said the statement": the speaker "…,” the official said" gives (the one a descriptor
    introduced, whoever made the statement), when it is somebody."""
    found = _subject_of(reader, cue, quote.sentence[0])
    return found if found is not None and (found.speaker or found.as_written != reader.text[found.start:found.end]) \
        else None


#: "'s deputy, " / "’s chief of staff, ": a possessor's role between the possessor and the name apposed to it (sk28)
_POSSESSOR_THEN_ROLE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,\s*")


_RANKS_AT_END = vocab.TablePattern("ranks_at_end", ("speech_words",), lambda: r"(?<=\s)(?:(?:"
                                   + trie_pattern(title_words(), ignore_case=True) + r")\s+)+$", re.IGNORECASE)


# a manner verb ("grumbled", "snapped", "laughed") beside a quote and a name, in either order
_MANNER = re.compile(r"(?P<before>[a-z]{3,}ed)\s+(?=[A-Z])|(?:(?:he|she)\s+|(?:[A-Z][\w’'.-]*\s+){1,4}?)(?P<after>[a-z]{3,}ed)\s*(?:[.,;]|$)")


_THAT = re.compile(r"\bthat\b")
_NEGATED_BEFORE = fail_fast(r"(?:\bnot|n[’']t|\bnever)\s+(?:\w+\s+)?(\w+)\s*[,:]?\s*$", re.IGNORECASE)


def _medium_nouns() -> str:
    """The ``medium_noun`` words of ``data/speech_words.csv`` as an alternation (a space matches any white space)."""
    return trie_pattern(speech_words()["medium_noun"], spaces=True, ignore_case=True) or "(?!)"


#: A medium word ending a name ("Suspilne TV") or right after it ("Ukrinform news agency said"); its search is the
#: prefilter of the names the tables do not know (``conduits``)
_MEDIUM_HINT = vocab.TablePattern("medium_hint", ("speech_words",), lambda: r"(?i)\b(?:" + _medium_nouns() + r")\b",
                                  first_chars=True)
_MEDIUM_WORDS = vocab.TablePattern("medium_words", ("speech_words",), lambda: r"(?i)\b(?:" + _medium_nouns() + r")\b")
#: a medium word right before a name ("state broadcaster Vesti-24", "the channel Rybar") (mt8)
_MEDIUM_BEFORE = vocab.TablePattern("medium_before", ("speech_words",), lambda: r"(?i)\b(?:" + _medium_nouns() + r")\s+$")


def written_as_medium(text: str, mention: Mention, unknown: bool = True) -> bool:
    """A name the tables do not know written as a medium's: a medium word at its end, right after it ("the Hartwell
    news agency") or right before it ("state broadcaster Vesti-24"); "he" and "she" never stand for it (mt8).
    ``unknown=False``: any mention so written (the claims' unnamed sources and countries in a conduit's place)."""
    return (mention.how == "unknown name" or not unknown) and (
        _named_medium(text, mention) or _MEDIUM_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None)


def _medium_literals() -> tuple[str, ...] | None:
    """The first word of each ``medium_noun`` of ``data/speech_words.csv``, lower case: a match of ``_MEDIUM_HINT`` holds
    one of them (None when one is more than ASCII letters: no test before the pattern) (built once per table)."""
    def build():
        firsts = {noun.split()[0].lower() for noun in speech_words()["medium_noun"] if noun.split()}
        return tuple(sorted(firsts)) if all(re.fullmatch(r"[a-z]+", w) for w in firsts) else None
    return vocab.compiled("medium_literals", ("speech_words",), build)


def _may_hold_medium_noun(reader: _Reader, s_start: int, s_end: int) -> bool:
    """Can the sentence hold a medium noun (``_MEDIUM_HINT``)? Only the nouns' first words the article holds at all
    (looked for once) are looked for in the sentence, with ``str.find`` on the lower-cased text (``may_hold``): most
    sentences of most articles name no medium, and the case-insensitive pattern ran on each."""
    present = reader.__dict__.get("_medium_present")
    if present is None:
        words = _medium_literals()
        present = reader._medium_present = None if words is None else tuple(
            w for w in words if reader.may_hold((w,), 0, len(reader.text)))
    return present is None or (bool(present) and reader.may_hold(present, s_start, s_end))


def medium_titles() -> re.Pattern:
    """The ``medium_title`` words of ``data/speech_words.csv`` ("Times", "Post"), capitalised (built once)."""
    def build():
        words = sorted(speech_words()["medium_title"], key=lambda w: (-len(w), w))
        titles = {w.capitalize() for w in words}
        if titles and all(re.match(r"\w", w) for w in titles):  # (\b before a word character: no word character before it,
            # written after the first letter: the pattern opens on the titles' first letters, searched in C)
            return re.compile(r"(?:" + trie_pattern(titles, not_after=r"\w") + r")\b")
        return fail_fast(r"\b(?:" + trie_pattern(titles) + r")\b" if words else r"(?!)")
    return vocab.compiled("medium_titles", ("speech_words",), build)


def _agency_of_a_field(before: str) -> bool:
    """The words of a name before its "Agency" end in a field a state agency works in (an ``agency_field`` word of
    data/speech_words.csv: "Central Intelligence", "International Atomic Energy"), so the name is no news agency's."""
    words = before.split()
    return bool(words) and words[-1].lower() in speech_words()["agency_field"]


def _named_medium(text: str, mention: Mention) -> bool:
    """A name the tables do not know, with a medium word at its end or just after it."""
    last = re.search(r"[\w’']+$", text[mention.start:mention.end])  # "Agence France-Presse": Presse
    if last is not None and last.group().lower() == "agency" and _agency_of_a_field(text[mention.start:mention.start + last.start()]):
        return False  # "the Central Intelligence Agency", "the International Atomic Energy Agency": a state body
    return bool((last and (_MEDIUM_WORDS.fullmatch(last.group()) or medium_titles().fullmatch(last.group())))
                or _MEDIUM_WORDS.match(text, mention.end + 1) and text[mention.end:mention.end + 1].isspace())


def _is_medium(reader: _Reader, mention: Mention) -> bool:
    known = reader.who.speakers.get(mention.speaker)
    return known is not None and known.kind == "media"


def _via(reader: _Reader, quote, speaker: Mention) -> str:
    """The medium that carried a speaker's words: "The RIA news agency quoted him as saying",
    "Lavrov told TASS", "…, Lavrov said, according to Interfax" (never the speaker itself)."""
    return via(reader, quote.sentence, speaker.speaker)


def via(reader: _Reader, sentence: tuple[int, int], speaker: str) -> str:
    """The conduit of a sentence's words (:func:`conduits`) other than ``speaker`` itself ("" when none):
    quotes, claims and facts read it for the speaker the layer gave them."""
    return next((medium for medium in conduits(reader, *sentence) if medium != speaker), "")


#: a medium's place as a conduit before its name: "told TASS", "according to a Ukrinform correspondent", "in an
#: interview with the BBC", "speaking with CNN", "carried by", "quoted by", maybe with a medium word and a word before
#: it between ("according to state broadcaster Vesti-24", "according to the state news agency TASS"; mt8, cl23)
_CONDUIT_BEFORE = vocab.TablePattern("conduit_before", ("speech_words",), lambda: (
    r"\b(?:told|to|according\s+to|via|by|(?:interview|spoke|speaking|talking|talked)\s+with)"
    r"\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*\s+){0,2}(?:" + _medium_nouns() + r")\s+)?$"))
#: and after it: "RIA quoted him", "…, Ukrinform reports", "TASS cites the ministry", "Vesti carried the statement" (past
#: or present; the ``conduit_verb`` lemmas of data/speech_words.csv), maybe with a ``medium_descriptor`` or a medium
#: word between, or the medium's own ("RIA news agency quoted him", "the Kyiv daily reported", "the Baltic Wire agency
#: reported", "Ruthenia's news agency reported"; cl23)
_CONDUIT_AFTER = vocab.TablePattern("conduit_after", ("speech_words",), lambda: r"(?:(?:['’]s)?\s+(?:" + (trie_pattern(
    speech_words()["medium_descriptor"], spaces=True) or "(?!)") + r"|" + _medium_nouns() + r"))?\s+(?:" + (trie_pattern(
    {f for lemma in speech_words()["conduit_verb"] for f in _speech.inflections(lemma) if not f.endswith("ing")})
    or "(?!)") + r")\b")


def conduit_place(text: str, start: int, end: int, lo: int = 0) -> bool:
    """Whether the medium's name at ``start``–``end`` stands in a conduit's place: :data:`_CONDUIT_BEFORE` before it
    (read from ``lo``, 60 characters at most) or :data:`_CONDUIT_AFTER` after it (quotes and claims read media the same
    way)."""
    return _CONDUIT_BEFORE.search(text, max(lo, start - 60), start) is not None \
        or _CONDUIT_AFTER.match(text, end) is not None


def conduits(reader: _Reader, s_start: int, s_end: int) -> tuple[str, ...]:
    """The media a sentence names as conduits, in order: "told TASS", "according to Interfax", "RIA
    quoted/reported/cited"; "the agency" / "the news agency" is the medium the layer resolves the role to
    (the agency named before in the article: "TASS reported …. Lavrov told the agency …"). Read once a sentence."""
    cache = reader.__dict__.setdefault("_conduits", {})
    found = cache.get(s_start)
    if found is not None:
        return found
    if not _may_name_medium(reader):
        found = cache[s_start] = ()
        return found
    text = reader.text
    # known media by bisection; names the tables do not know only when a medium word is there
    candidates = (reader.mentions_between(s_start, s_end) if (_may_hold_medium_noun(reader, s_start, s_end)
                                                              and _MEDIUM_HINT.search(text, s_start, s_end))
                  or medium_titles().search(text, s_start, s_end) else reader.known_between(s_start, s_end))
    found = []
    for m in candidates:
        if m.how == "role" and not m.speaker and _MEDIUM_WORDS.search(m.as_written):
            resolved = _resolve(reader, m, m.start)  # "told the agency": the agency named before
            if resolved is not None and resolved.speaker and not _other_agency_since(reader, resolved.speaker, m):
                m = Mention(m.start, m.end, resolved.speaker, m.as_written, m.how)
        elif not m.speaker and _conduit().search(m.as_written):  # "told an Interfax correspondent": Interfax
            alias = reader.who.alias_regex.search(m.as_written)
            if alias is not None:
                m = Mention(m.start, m.end, reader.who.alias_to_name[alias.group(0)], m.as_written, m.how)
        title = (medium_titles().match(text, m.end + 1) if m.how in ("country", "unknown name")
                 and text[m.end:m.end + 1] == " " else None)
        if title is not None:  # "according to the Kyiv Post", "told Sky News": an outlet, not the capital or "Sky"
            m = Mention(m.start, title.end(), text[m.start:title.end()], text[m.start:title.end()], "unknown name")
        known = reader.who.speakers.get(m.speaker)
        is_medium = (known is not None and known.kind == "media") or (
            known is None and m.how == "unknown name" and _named_medium(text, m))
        if not is_medium or m.speaker in found:
            continue
        if conduit_place(text, m.start, m.end, s_start):
            found.append(m.speaker)
    found = cache[s_start] = tuple(found)
    return found


def _may_name_medium(reader: _Reader) -> bool:
    """Can the article name a medium at all (:func:`conduits`' guard, answered once per document)? A medium is a
    known mention of a ``media`` speaker, or is read through one of the patterns below (a medium noun or title, a
    conduit noun): with none of them in the text no sentence has a conduit."""
    found = reader.__dict__.get("_medium_named")
    if found is None:
        found = reader._medium_named = reader.may_match(RuleGuard(_MEDIUM_HINT, _MEDIUM_WORDS, medium_titles(), _conduit())) \
            or any(_is_medium(reader, m) for m in reader.mentions)
    return found


#: an agency of another kind named in full ("the International Atomic Energy Agency", "the Central Intelligence Agency")
_NAMED_AGENCY = re.compile(r"\b[A-Z][\w’'-]+\s+Agency\b")


def _other_agency_since(reader: _Reader, medium: str, role: Mention) -> bool:
    """ "The International Atomic Energy Agency said … Grossi told the agency's board": "the agency" is another
    agency named after the medium (or a possessive: the agency's board, no conduit)."""
    if reader.text.startswith(("'s", "’s"), role.end):
        return True
    named = [m.start for m in reader.named.get(medium, ()) if m.end <= role.start]
    since = named[-1] if named else 0
    return any(not reader.text.startswith(medium, a.start()) and not _is_medium_name(reader, a.group())
               for a in _NAMED_AGENCY.finditer(reader.text, since, role.start))


def _is_medium_name(reader: _Reader, words: str) -> bool:
    known = reader.who.speakers.get(words)
    return known is not None and known.kind == "media"


def _title_words_only(words: str) -> bool:
    """A title ("Kremlin spokesman"), maybe with "of" a place ("Mayor of Kupiansk"), and nothing else."""
    split = words.split()
    if not (0 < len(split) <= 6 and split[0][:1].isupper()):
        return False
    titles = title_words()
    return all(w[:1].isupper() or w in ("of", "the", "for") or w.lower() in titles for w in split)


def _only_titles(words: str) -> bool:
    """Nothing but titles ("Mr.", "General") between a signature mark and a name."""
    titles = title_words()
    return all(w.lower() in titles for w in words.split())


def _headline_colon(reader: _Reader, quote) -> tuple[Mention, Cue] | None:
    """A headline that opens with a quote and a colon: "‘Our goals will be fulfilled’: Putin …"."""
    if quote.paragraph != 0 or quote.span.outer_start != 0:
        return None
    end = quote.span.outer_end
    rest = reader.text[end:reader.doc.sentence_end(end)]
    if not rest.startswith(":"):
        return None
    found = reader.mentions_between(end, end + 60)
    if not found or len(reader.text[end + 1:found[0].start].split()) > 1:
        return None
    speaker = _resolve(reader, found[0], found[0].start)
    return (speaker, Cue(end, end + 1, ":", "speech")) if speaker else None


def _relayed_person(reader: _Reader, span, cue_subjects) -> tuple[Mention, Cue] | None:
    """The person whose own speech verb, earlier in the sentence, governs the quoted words ("A B told C B that any deal
    must respect “…”"), when a body's readout or statement is cited for them after the quote: (person, verb), or None
    (a semicolon or a sentence's end between the verb and the words: another clause)."""
    for cue, subject in reversed(cue_subjects):
        if cue.kind != "speech" or cue.end > span.outer_start:
            continue
        if subject is None or not subject.speaker or not could_be_person(subject.speaker, reader.who) \
                or subject.end > cue.start:
            return None
        between = reader.text[cue.end:span.outer_start]
        if ";" in between or ":" in between or not _THAT_OR_PLAIN.match(between):
            return None
        return subject, cue
    return None


#: the words between a speech verb and the words in marks its clause reports: an object and "that", or plain words
_THAT_OR_PLAIN = re.compile(r"[^.!?]*\bthat\b|[^,.!?]*$")


def attribute(reader: _Reader, quote, reading: QuoteReading, following: int, cue_subjects) -> None:
    span = quote.span
    negated = _NEGATED_BEFORE.search(reader.text, max(quote.sentence[0], span.outer_start - 40), span.outer_start)
    if negated and negated.group(1).lower() in cue_table()[0]:
        reading.kind = _kind(reader, quote, attributed=False)  # 'She didn't say "perhaps never"': nobody's words
        return
    found = _after_quote(reader, quote, following) or _headline_colon(reader, quote) or _reporter_asked(reader, quote)
    how = None
    if found is not None and (_is_medium(reader, found[0]) or written_as_medium(reader.text, found[0]) or (
            # '… said in televised remarks that "…," Hartwell reported': one capitalised word no table knows, after a
            # person who said the words, is the medium that carried them (the person is no reporter of his own words)
            found[0].how == "unknown name" and " " not in found[0].speaker
            and found[1].text.lower() in ("reported", "reports", "reporting", "wrote", "writes"))):
        # 'Budanov said "…," Reuters reported': the medium carried a speaker named before the quote
        earlier = [(s, c) for c, s in cue_subjects if c.end <= span.outer_start and c.kind == "speech"
                   and s is not None and s.speaker and not _is_medium(reader, s)]
        if earlier:
            found = earlier[-1]
    if found is not None and found[1].start >= span.outer_end and not could_be_person(found[0].speaker, reader.who):
        # "A B told C B on Friday that any deal must respect “…”, the presidential office said": a body's readout
        # relays the person whose own verb the words follow (sk29)
        found = _relayed_person(reader, span, cue_subjects) or found
    if found is None:
        found = _owned_report(reader, quote)  # "He denied the reports of Russian bloggers that “…” were captured"
    if found is None:
        speaking = any(c.kind == "speech" and s is not None and s.speaker for c, s in cue_subjects)
        for cue, subject in cue_subjects:
            if cue.kind == "source" and subject is not None:
                known = reader.who.speakers.get(subject.speaker)
                if speaking and ((known is not None and known.kind == "media") or not subject.speaker):
                    continue  # "Lavrov said …, according to Interfax / to a transcript": a conduit
                if written_as_medium(reader.text, subject) and any(c.kind == "speech" and s is not None
                                                                   for c, s in cue_subjects):
                    continue  # "…,” an official said, according to the Baltic Wire agency": a conduit (mt8)
                if any(c.kind == "speech" and s is not None and s.speaker and cue.end <= c.start
                       and c.end <= span.outer_start and could_be_person(s.speaker, reader.who) for c, s in cue_subjects):
                    # "According to the Kremlin's readout, the general told Putin that … “…”": the readout relays
                    # the one who spoke
                    continue
                if cue.start >= span.outer_end and not could_be_person(subject.speaker, reader.who) \
                        and _relayed_person(reader, span, cue_subjects) is not None:
                    continue  # "… the general told Putin that … “…”, according to the Kremlin's readout": the same (sk29)
                found, how = (subject, cue), "according to"
                break
    if found is None:
        before = [(c, s) for c, s in cue_subjects if c.end <= span.outer_start and c.kind == "speech"]
        for i, (cue, subject) in reversed(list(enumerate(before))):
            if subject is not None and not subject.speaker and i and _only_a_statement(subject.as_written) \
                    and any(o is not None and o.speaker for c, o in before[:i]):
                continue  # "A B said in a statement posted on Telegram that … “…”": the statement is A B's, not a speaker
            if subject is not None:
                outer = next(((c, o) for c, o in before[:i] if o is not None and o.speaker and o.how != "country"
                              and _THAT.search(reader.text, c.end, cue.start)
                              and _person_country(reader, o.start, o.speaker) == subject.speaker),
                             None) if subject.how == "country" else None
                # "Lavrov said that Moscow did not rule out talks, but only “on the basis of …”": the person's
                # own country speaks inside what the person reported; the words are the person's (another
                # country's words reported by the person stay that country's)
                found = (outer[1], outer[0]) if outer is not None else (subject, cue)
                break
        if found is None and before and before[-1][1] is None:
            # "A B, who had long warned that the town was a “meat grinder”, said the retreat had been “painful”": the
            # subject before an aside that holds quoted words (the layer reads no such aside: sk41)
            held = _speech.relative_aside_subject(reader, before[-1][0], quote.sentence[0], quoted=True)
            found = (_aside_office_holder(reader, held, quote), before[-1][0]) if held is not None else None
        if found is None and before:
            # a participle ("saying", "thanking") has no subject of its own: the sentence's
            # (not past a semicolon: in "Russian negotiator says Moscow will not halt its offensive “…”; Kyiv says …"
            # the words are no Kyiv's, sk43; the text between the verb and the quote, not the quote's own: rv28a)
            subject = next((s for c, s in cue_subjects if s is not None and ";" not in reader.text[
                min(c.end, span.outer_end):max(c.start, span.outer_start)]), None)
            if subject is not None:
                found = (subject, before[-1][0])
    if found is None and reader.previous_quote is not None:
        # “That line there,” says X, tapping the screen, “took us nine days.”: the quote split by its attribution
        previous, earlier = reader.previous_quote
        if (earlier.speaker and previous.sentence == quote.sentence and earlier.kind != "scare"
                and previous.span.outer_end <= earlier.cue_start < span.outer_start
                and reader.text[previous.span.outer_end:span.outer_start].rstrip().endswith(",")):
            reading.kind = _kind(reader, quote, attributed=True)
            reading.speaker, reading.as_written, reading.attribution = earlier.speaker, earlier.as_written, earlier.attribution
            reading.cue, reading.cue_start, reading.via = earlier.cue, earlier.cue_start, earlier.via
            return
    if found is None:
        # (not past a semicolon: "Kyiv says losses ‘highest of the war’; Kremlin dismisses reports" is no Kremlin's)
        later = [(c, s) for c, s in cue_subjects if c.start >= span.outer_end and s is not None
                 and ";" not in reader.text[span.outer_end:c.start]]
        if later:
            found = (later[0][1], later[0][0])
    if found is None and not cue_subjects:
        found = _as_they_say_next(reader, quote)  # '… to divert "significant forces" …. As Syrskyi says, …'
    if found is None and not cue_subjects:
        found = _said_this_next(reader, quote)  # "“…”⏎⏎Zelensky wrote this on Telegram." (sk41)
    if found is None:
        found = _label_speaker(reader, quote)  # "HODGES: … I said in the spring, “…”": the label's person
    if found is None and not cue_subjects:
        found = _signed_sentence(reader, quote)  # "CLAIM: Ukraine has “…” in X. — Commander A B, in an interview, July 30"
    cued = any(c.kind == "speech" and s is None and c.end <= span.outer_start
               and _REPORTED_CLAUSE.fullmatch(reader.text, c.end, span.outer_start) for c, s in cue_subjects) or (
        reader.previous_quote is not None and reader.previous_quote[0].sentence == quote.sentence
        and reader.previous_quote[1].kind != "scare")  # '… were “priority targets” and should be “reported at once”'
    if (found is not None and found[0].how == "country"
            and len(reader.text[span.start:span.end].split()) <= _SCARE_MAX_WORDS
            and not (span.start >= reader.doc.headline_end and (_reports_clause(reader.text, found[1], span)
                                                                 or _stands_alone(reader.text, quote, found)))):
        found = None  # a country "rejected … “referendums”": marks of distance, not its words
    # "Soldiers holding the town said they were “still here”": a speech verb before the words whose
    # subject is nobody we can name still makes them someone's words (a partial quote, no speaker)
    if found is not None and found[0].as_written.lower() == "it":
        # "X … sent a message to Y. “…,” it said.": the message's sender, not what "it" would stand for (sk19)
        found = _message_read(reader, quote) or found
    named = quoted_name_after(reader, found[0]) if found is not None else None
    if named is not None and named.start != span.start:  # "wrote the popular channel “Trench Almanac”": the channel
        found = (named, found[1])
    reading.kind = _kind(reader, quote, attributed=found is not None or cued)
    if found is not None and reading.kind != "scare":
        mention, cue = found
        reading.cue_start = cue.start
        reading.speaker, reading.as_written = mention.speaker, _for_body(reader, mention, cue)
        reading.via = _via(reader, quote, mention)
        reading.attribution, reading.cue = how or mention.how, " ".join(cue.text.split())
        return
    has_speech_cue = any(c.kind == "speech" for c, _ in cue_subjects)
    if reading.kind == "direct" and not has_speech_cue:
        wrapped = (_signature_line(reader, quote) or _message_read(reader, quote) or _wrapped_attribution(reader, quote)
                   or _next_sentence_attribution(reader, quote) or _turned_to(reader, quote)
                   or _name_heading(reader, quote))
        if wrapped is not None:  # “…,”⏎Syrskyi said: the line break of a hard-wrapped text
            reading.speaker, reading.as_written = wrapped[0].speaker, wrapped[0].as_written
            reading.attribution, reading.cue, reading.cue_start = wrapped[0].how, wrapped[1].text, wrapped[1].start
            return
        answer = _QA_LINE.match(reader.text, reader.text.rfind("\n", 0, span.outer_start) + 1)
        # "Q: Russia says it has taken Kupiansk. Is that true?⏎A: “No. …”": the answer goes on from the last
        # answer or the interview's speaker, never from words reported inside the question
        previous = next((e for e in reversed(reader.events) if e.pos < span.start and not (
            answer is not None and answer.group(1)[0] in "Aa"
            and _QUESTION_LINE.match(reader.text, reader.text.rfind("\n", 0, e.pos) + 1))), None)
        lead = _lead_in(reader, quote, previous)
        if lead is not None:
            # "He talked for almost two hours.⏎“…”", "He had one more thing to say.⏎“…”", "Madyar shrugs. “…”": the
            # sentence before opens on the one who is about to speak (newer than the last speaker)
            reading.speaker, reading.as_written, reading.attribution = lead.speaker, lead.as_written, lead.how
            reading.cue_start = lead.start
            return
        sentence = reader.doc.sentence_at(previous.pos) if previous is not None else None
        last_quote, last = reader.previous_quote or (None, None)
        if (last is not None and last.attribution == "unnamed source" and not last.speaker
                and last.as_written and last_quote.paragraph == quote.paragraph
                and ((sentence is not None and sentence.start <= last_quote.span.start < sentence.end
                      and sentence.end <= span.outer_start)
                     or previous is None or previous.pos < last_quote.span.start)):  # (nobody spoke in between)
            # “…,” said one commander, who asked not to be named because he was not allowed to speak. “…”: the
            # commander goes on (not whom "he" in the clause about him stands for)
            reading.speaker, reading.as_written = label_as_written(last.as_written), last.as_written
            reading.attribution = "continuation"
            return
        if sentence is not None:  # the main speaker of that sentence, not one inside what they reported
            label = _transcript_label(reader, sentence.start)  # "LIEBERMANN: Peskov said …": not the label
            first = label[1].end if label is not None and label[0] is not None else sentence.start
            same = [e for e in reader.events[-12:] if first <= e.pos < sentence.end and e.speaker]
            previous = min(same, key=lambda e: e.pos) if same else previous
        block = _block_author(reader, quote, previous)
        if block is not None:
            # a block of quoted paragraphs after the paragraph introducing it: "X … posts a summary every Sunday. We
            # publish this week's summary, translated from the Russian.⏎“…”", "… His post read:⏎“…”": X's words, and
            # the country the introduction gives its author (the facts stage reads the side of "our" from it)
            reading.country = block[2]
        if block is not None and block[0]:
            reading.speaker, reading.as_written, reading.attribution = block[0], block[1], "continuation"
        elif previous is not None and previous.speaker:
            reading.speaker, reading.attribution = previous.speaker, "continuation"
            other = _addressed_other(reader, quote, previous)
            if other:  # “With what, minister?” after the minister's answer: the one who asked him before
                reading.speaker, reading.attribution = other, "exchange"
        elif previous is not None and not previous.speaker:
            # “…,” the official said. “…” / "…, a senior official said. “…”": the same unnamed person goes
            # on, when nobody spoke in between
            last_quote, last = reader.previous_quote or (None, None)
            written = ""
            if last is not None and last.attribution == "unnamed source" and last.as_written and not last.speaker \
                    and previous.pos in (last.cue_start, last_quote.span.start):
                written = last.as_written
            else:
                spoke = reader.doc.sentence_at(previous.pos)
                same = [w for p, w in reader.unnamed if spoke is not None and spoke.start <= p < spoke.end]
                written = same[-1] if same else ""
            if written:
                reading.speaker, reading.as_written = label_as_written(written), written
                reading.attribution = "continuation"


#: what a body an indefinite role speaks for is written as: "for the Southern Command", "of a Ukrainian brigade"
_FOR_BODY_AFTER = re.compile(r"\s+(?:for|of)\s+((?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s*(?:,|$))")


def _for_body(reader: _Reader, mention: Mention, cue: Cue) -> str:
    """The words of a speaker as written, with the body an indefinite role nobody resolved speaks for ("A spokesman
    for the Southern Command said:" → "A spokesman for the Southern Command", labelled as that body's unnamed
    spokesman as claims label him); not a person's name ("A spokesman for A B said": the person's spokesman, whom
    the conventions leave unlabelled)."""
    written = mention.as_written
    if mention.speaker or mention.how != "unresolved role" or not INDEFINITE.match(written) \
            or not mention.end <= cue.start:
        return written
    end = trim_end(reader.text, 0, cue.start)  # (the text up to the verb, its white space off: not copied, sp22)
    body = _FOR_BODY_AFTER.match(reader.text, mention.end, end) if mention.end <= end \
        else _FOR_BODY_AFTER.match(reader.text[:end], mention.end)
    if body is None or any(m.how in ("name", "unknown name", "title") and m.speaker and could_be_person(m.speaker, reader.who)
                           for m in reader.mentions_between(body.start(1), body.end(1))):
        return written
    return reader.text[mention.start:body.end(1)]


#: a title the words address their listener by: "…, minister?", "General, …", "…, Mr President."
_VOCATIVE = re.compile(r"(?:^|[,;]\s+)(?:(?:Mr|Madam|Mister)\.?\s+)?([A-Za-z][a-z-]+)(?=[?!.,;]|$)|^(?:(?:Mr|Madam|Mister)\.?\s+)?"
                       r"([A-Z][a-z-]+),\s")


def _addressed_other(reader: _Reader, quote, previous) -> str:
    """The other party of an exchange for a quoted paragraph that addresses the last speaker by a title he holds
    (“With what, minister? …” after the minister's answer, the minister introduced as "Foreign Minister A B"): the
    last person who spoke before him in the paragraphs just before; "" when the words address nobody so."""
    text = reader.text
    words = text[quote.span.start:quote.span.end]
    titles = {t.lower() for m in _VOCATIVE.finditer(words) for t in m.groups() if t} & reader.who.title_words
    if not titles:
        return ""
    surname = previous.speaker.split()[-1]
    held = re.compile(r"(?i:" + "|".join(map(re.escape, sorted(titles))) + r")\s+(?:[A-Z][\w’'-]+\s+){0,2}"
                      + re.escape(surname) + r"\b")
    if held.search(text, 0, quote.span.start) is None:
        return ""  # (the last speaker holds no such title: the words may be his own)
    reach = reader.doc.paragraphs[reader.doc.story_back(quote.paragraph, 4)][0]
    for event in reversed(reader.events):
        if event.pos >= quote.span.start or event.pos < reach:
            continue
        if event.speaker and event.speaker != previous.speaker and event.person:
            return event.speaker
    return ""


#: a factbox's heading line over a quote: a name (in capitals or not), then maybe a comma and the office
_NAME_HEADING = re.compile(r"[ \t]*(?:[*•·–—-][ \t]+)?([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]*(?:,[^\n.;:!?“”\"]{1,80})?[ \t]*")


def _name_heading(reader: _Reader, quote):
    """A quoted paragraph of its own under a heading line that names a person (a factbox's "VLADIMIR PUTIN, RUSSIAN
    PRESIDENT⏎“…”", "Volodymyr Zelensky, Ukrainian president⏎“…”"): that person; None when the line before is prose or
    names nobody the tables or a known first name make a person."""
    text, doc = reader.text, reader.doc
    a, _ = doc.paragraphs[quote.paragraph]
    if quote.paragraph == 0 or text[a:quote.span.outer_start].strip():
        return None
    b0, b1 = doc.paragraphs[quote.paragraph - 1]
    heading = _NAME_HEADING.fullmatch(text, b0, b1)
    if heading is None or reader.cues_between(b0, b1):
        return None
    words = [w.capitalize() if w.isupper() and len(w) > 1 else w for w in heading.group(1).split()]
    who = reader.who
    name = who.alias_to_name.get(" ".join(words)) or who.alias_to_name.get(words[-1]) if len(words) > 1 or (
        heading.group(1).isupper()) else None
    if not name and len(words) > 1 and words[0] in who.first_names:
        name = " ".join(words)
    if not name or not could_be_person(name, who):
        return None
    return Mention(heading.start(1), heading.end(1), name, heading.group(1), "label"), \
        Cue(heading.start(1), heading.end(1), "heading", "speech")


def _lead_in_words() -> re.Pattern:
    """The ``lead_in_word`` words of ``data/speech_words.csv`` ("talked", "to say", "explained"), compiled once."""
    return vocab.compiled("lead_in_words", ("speech_words",), lambda: re.compile(
        r"(?<![\w’'-])(?:" + (trie_pattern(speech_words()["lead_in_word"]) or "(?!)") + r")(?![\w’'-])"))


def _lead_in(reader: _Reader, quote, previous) -> Mention | None:
    """The person a quoted paragraph of its own is introduced by, in the last sentence of the paragraph before: a
    sentence with no speech verb that opens on a name, a pronoun or a role the article resolves and has a
    ``lead_in_word`` ("He talked for almost two hours one night last week.", "He had one more thing to say.", "The
    minister gave a briefing on Tuesday."), newer than the last speaker; else None."""
    text, doc = reader.text, reader.doc
    a, _ = doc.paragraphs[quote.paragraph]
    if text[a:quote.span.outer_start].strip():
        # "Madyar shrugs. “Let them talk.”": the sentence just before the words, in their paragraph
        end = trim_end(text, 0, quote.sentence[0])
        before = doc.sentence_at(end - 1) if end > a else None
        if before is None or before.start < a or before.paragraph != quote.paragraph \
                or text[before.end:quote.span.outer_start].strip() or len(text[before.start:before.end].split()) > 8:
            return None
    elif quote.paragraph == 0:
        return None
    else:  # (the words open their paragraph: the last sentence of the paragraph before)
        before = doc.sentence_at(doc.paragraphs[quote.paragraph - 1][1] - 1)
    if before is None or before.headline or (previous is not None and previous.pos >= before.start and (
            previous.speaker or previous.pos >= before.end)):  # (the lead-in's own unnamed "spoke to reporters" is no
        return None  # earlier speaker)
    s_start, s_end = before.start, before.end
    leads = [m.span() for m in _lead_in_words().finditer(text, s_start, s_end)]
    if not leads or "\u201c" in text[s_start:s_end] or '"' in text[s_start:s_end] or any(
            c.kind == "speech" and not any(a <= c.start and c.end <= b for a, b in leads)  # (not "to say")
            for c in reader.cues_between(s_start, s_end)):
        return None
    opening = next((m for m in reader.mentions_between(s_start, min(s_end, s_start + 60))
                    if m.start == s_start and m.how in ("pronoun", "name", "title", "unknown name", "role")), None)
    if opening is None:
        return None
    found = _antecedent(reader, opening, opening.start) if opening.how == "pronoun" else \
        _resolve(reader, opening, opening.start) if opening.how == "role" else opening  # ("The minister gave a briefing.")
    if opening.how == "unknown name":
        full = reader.full(opening)  # ("Reached by phone, …": a capitalised first word is nobody; a surname the
        if not full or " " not in full:  # article gave in full before is)
            return None
        found = Mention(opening.start, opening.end, full, opening.as_written, "unknown name")
    if opening.how == "role" and (found is None or not found.speaker):
        # (a quotation running on past its paragraph is named where it ends: “… ⏎“… ,” Hnatyshyn said.)
        return _unnamed_lead_in(opening, found) if quote.span.closed else None
    if found is None or not found.speaker or not could_be_person(found.speaker, reader.who):
        return None
    return found


def _unnamed_lead_in(opening: Mention, found: Mention | None) -> Mention | None:
    """The unnamed person a role opening a lead-in stands for when no name resolves it ("A battalion commander said …
    ⏎The commander spoke to reporters on Tuesday.⏎“…”"): the descriptor that introduced him ("battalion commander
    (unnamed)"), else the role itself, one office the text does not name ("The governor went on." → "governor
    (unnamed)"); a body ("The ministry …"), None."""
    if found is not None and found.how == "unnamed source" and found.as_written:
        return Mention(opening.start, opening.end, "", found.as_written, "unnamed source")
    written = " ".join((found.as_written if found is not None and found.how == "unresolved role" and found.as_written
                        else opening.as_written).split())
    if written[:4].lower() != "the " or not label_as_written(written).endswith(" (unnamed)"):
        return None  # (a body, "The ministry issued a statement.": not a person's words)
    return Mention(opening.start, opening.end, "", written, "unnamed source")


#: the outlet printing a text after its introduction: "We publish this week's summary", "Here is his post", "Below is the
#: letter in full", "translated from the Russian"
_PUBLISHED_HERE = re.compile(r"\b(?:[Ww]e\s+(?:publish|print|reproduce|quote|translate)|[Hh]ere\s+is|[Bb]elow\s+is|"
                             r"[Tt]ranslated\s+from\s+the)\b")
#: the language a printed text was translated from: "translated from the Russian", "We print it translated from Ukrainian"
_TRANSLATED_FROM = re.compile(r"\btranslated\s+(?:\w+\s+)?from\s+(?:the\s+)?(?P<language>[A-Z][a-z]+)\b")
#: an introduction ending in its owner's text and a colon: "His post read:", "Korsak's message said:", "Her statement
#: runs:" (the noun a ``statement_noun`` of data/speech_words.csv)
_OWNED_TEXT_READ = vocab.TablePattern("owned_text_read", ("speech_words",), lambda: (
    r"(?<![\w’'-])(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w’'-]*['’]s)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:"
    + trie_pattern(speech_words()["statement_noun"]) + r")s?\s+(?:read|reads|ran|runs|went|goes|said|says)\s*:\s*$"))


def _block_author(reader: _Reader, quote, previous) -> tuple[str, str, str] | None:
    """(speaker, as written, country) of the author of a text the outlet prints as a block of quoted paragraphs with
    no verb of saying, read from the paragraph that introduces it: "The author of the channel X … posts a summary
    every Sunday. … We publish this week's summary, translated from the Russian." (the last named speaker of that
    paragraph, else the first person or body named in its sentence with a statement noun, ``statement_noun``); "A B,
    a Russian blogger, … His post read:" (the person the possessive stands for). The country is the language the
    text was translated from, else the one country the introduction's description of the author names; None when
    the paragraph introduces no printed text (the block keeps the reading it had)."""
    text = reader.text
    para = text.rfind("\n", 0, quote.span.outer_start)
    if text[para + 1:quote.span.outer_start].strip():
        return None  # words before the mark: no block of its own
    # back over the block's earlier paragraphs (each opens with a mark), remembered per article: each quote of a long
    # block walks only to the paragraph the quote before it reached (linear in the block)
    reached = reader.__dict__.setdefault("_block_intro_end", {})
    first, walked = para, []
    while para > 0 and para not in reached:
        walked.append(para)
        start = text.rfind("\n", 0, para - 1) + 1
        line = text[start:para].strip()
        if line and line[0] not in "“\"":
            break
        para = start - 1
    para = reached.get(para, para)
    for p in walked:
        reached[p] = para
    if para <= 0 or first <= 0:
        return None
    start = text.rfind("\n", 0, para - 1) + 1
    intro = text[start:para]
    tail = intro.rstrip()
    owned = _OWNED_TEXT_READ.search(tail, max(0, len(tail) - 160))  # (the introduction's last words only)
    published = _PUBLISHED_HERE.search(intro)
    if owned is None and (published is None or (previous is not None and previous.speaker)):
        return None
    translated = _TRANSLATED_FROM.search(intro)
    country = vocab.country_forms().get(translated.group("language"), ("", ""))[0] if translated is not None else ""
    speaker, written, at = "", "", -1
    if owned is not None:
        # "A B, a Russian blogger, … His post read:": the person named last before the possessive (or the name itself)
        owner = owned.group("owner")
        found = [m for m in reader.mentions_between(max(0, start - 600), start + owned.start("owner") + len(owner))
                 if m.speaker and m.how in ("name", "title", "unknown name") and could_be_person(m.speaker, reader.who)]
        if owner[:1].isupper() and owner.lower() not in ("his", "her", "their"):
            found = [m for m in found if m.start >= start + owned.start("owner")]
        person = _resolve(reader, found[-1], found[-1].start) if found else None  # ("Korsak's": the full name)
        if person is not None and person.speaker:
            speaker, written, at = person.speaker, found[-1].as_written, found[-1].start
    else:
        named = [e for e in reader.events if start <= e.pos < para and e.speaker]
        if named:
            speaker, written, at = named[-1].speaker, named[-1].speaker, named[-1].pos
        nouns = speech_words()["statement_noun"]
        for sentence in re.finditer(r"[^.!?]+[.!?]?", intro) if not named else ():
            if any(w.lower() in nouns for w in re.findall(r"[\w’'-]+", sentence.group(0))):
                found = [m for m in reader.mentions_between(start + sentence.start(), start + sentence.end())
                         if m.speaker and m.how in ("name", "title", "unknown name")
                         and not re.match(r"\s+(?:channel|account|page|blog)\b", text[m.end:m.end + 12])]  # ("Telegram channel X")
                if found:
                    speaker, written, at = found[0].speaker, found[0].speaker, found[0].start
                    break
    if not country:
        # the one country the author's description names: "A B, a Russian blogger, …", "A Ukrainian soldier's post"
        described = text[at:start + len(intro)] if at >= 0 else intro
        sentence = reader.doc.sentence_at(at) if at >= 0 else None
        if sentence is not None:
            described = text[sentence.start:max(sentence.end, at)]
        countries = _countries_in(described, reader.who)
        country = next(iter(countries)) if len(countries) == 1 else ""
    if not speaker and not country:
        return None
    return speaker, written, country


#: a Q&A interview's lines: "Q: …" / "Question: …" and "A: …" / "Answer: …"
_QA_LINE = re.compile(r"[ \t]*(A|Answer|ANSWER)[ \t]*[:.][ \t]")
_QUESTION_LINE = re.compile(r"[ \t]*(?:Q|Question|QUESTION)[ \t]*[:.][ \t]")


#: "As Syrskyi says, …", "As the minister put it, …" opening the sentence after a quote's
#: (any speech verb of ``data/speech_cues.csv`` but an -ing form: "As the general warned, …", "As Syrskyi asserts, …")
_AS_THEY_SAY = re.compile(r"\s*As\s+(?P<who>[^,.;:“”\"]{2,60}?)\s+(?P<cue>put\s+it|[a-z]+)\s*,")


def _as_they_say_next(reader: _Reader, quote) -> tuple[Mention, Cue] | None:
    """A quote in a sentence with no speech verb, when the next sentence of its paragraph opens with
    "As <person> says, …": that person's words (the reporter sums up what the person said)."""
    end = quote.sentence[1]
    following = reader.doc.sentence_at(end + 1) if end < len(reader.text) else None
    if following is None or following.start < end or reader.text[end:following.start].count("\n") >= 1:
        return None
    match = _AS_THEY_SAY.match(reader.text, following.start)
    if match is None or not (match.group("cue").startswith("put") or (
            _speech.cue_table()[0].get(match.group("cue")) == "speech" and not match.group("cue").endswith("ing"))):
        return None
    named = [m for m in reader.mentions_between(match.start("who"), match.end("who"))
             if m.how in ("name", "title", "unknown name", "role", "pronoun") and m.end == match.end("who")]  # ("As he says,")
    if not named:
        return None
    person = _resolve(reader, named[-1], named[-1].start)
    if person is None or not person.speaker or not could_be_person(person.speaker, reader.who):
        return None
    return person, Cue(match.start("cue"), match.end("cue"), match.group("cue"), "speech")


def _aside_office_holder(reader: _Reader, held: Mention, quote) -> Mention:
    """The subject before a ", who …," aside holding quoted words, an office the layer left unresolved ("The Russian
    president, who had promised …, said …"): the office's holder on the day (``speech.office_holder``), else as read."""
    if held.speaker or held.how not in ("role", "unresolved role"):
        return held
    holder = _speech.office_holder(reader.doc, held.as_written, quote.span.outer_start, reader.doc.published, [])
    return Mention(held.start, held.end, holder, held.as_written, "role") if holder else held


def _said_this_next(reader: _Reader, quote) -> tuple[Mention, Cue] | None:
    """A quote that is its whole sentence, with no speech verb, whose next sentence (the same paragraph or the next)
    gives it its speaker by pointing back with "this"/"so" and nothing of its own: "“…”⏎⏎Zelensky wrote this on
    Telegram on Tuesday.", "“…” The commander said so in an interview." (``speech.SAID_THIS``; the passive "This was
    stated by X" is read by the speech layer already): that sentence's subject."""
    text = reader.text
    s_start, s_end = quote.sentence
    if text[s_start:quote.span.outer_start].strip() or text[quote.span.outer_end:s_end].strip(" .!\n"):
        return None
    at = s_end + len(text[s_end:s_end + 8]) - len(text[s_end:s_end + 8].lstrip())  # (over a paragraph break)
    following = reader.doc.sentence_at(at) if at < len(text) else None
    if following is None or following.start < s_end or text[s_end:following.start].count("\n") > 2:
        return None
    cue = next((c for c in reader.cues_between(following.start, following.end)
                if c.kind == "speech" and not c.text.lower().endswith("ing")), None)
    if cue is None or not _speech.said_this_after(text, cue, following.end):
        return None
    subject = _subject_of(reader, cue, following.start)
    return (subject, cue) if subject is not None and subject.speaker and subject.end <= cue.start else None


def _label_speaker(reader: _Reader, quote) -> tuple[Mention, Cue] | None:
    """The person a transcript label names, for a quote in the paragraph it opens ("HODGES: I said
    back then, “…”"); none for the questioner ("Q:", "MODERATOR:", an outlet's name)."""
    start = reader.text.rfind("\n", 0, quote.span.outer_start) + 1
    found = _transcript_label(reader, start)
    if found is None or found[0] is None or found[1].end > quote.span.outer_start:
        return None
    if any(e.speaker and e.speaker != found[0].speaker and found[1].end <= e.pos < quote.span.outer_start
           for e in reader.events[-12:]):
        return None  # "LIEBERMANN: Peskov said earlier today … Quote, “…,” end quote.": the one they report on
    return found[0], found[1]


#: a signature line under a quote paragraph: "— Name, 63, retired teacher", "– a police officer who asked not to be
#: named" (a dash opening the line right below the quote's)
#: the question a signer answered, after the comma: "— a Ukrainian diplomat, asked what Kyiv took home"
_SIGNER_ASKED = re.compile(r",\s(?:asked|when\s+asked)\b")
_SIGNATURE_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:—|–|-{1,2})[ \t]*(?=\S)")
#: an unnamed signer: "a police officer who asked not to be named", "An aid worker, Kharkiv", "nurse, 34, Kherson",
#: "resident of Kherson" (the line's first word may be capitalised, the article left out)
#: what follows a signer's noun written with no article: an age ("nurse, 34") or where they are from ("resident of X")
_SIGNED_BARE_AFTER = re.compile(r"\s*,\s*\d|\s+(?:of|from|in|at|who)\b")
_SIGNED_UNNAMED = re.compile(r"((?:(?:[Aa]n?|[Oo]ne)\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?=\s+(?:who|whose|that|from|of|in|at)\b|"
                             r"\s*[,.;]|\s*$)")


def _signature_line(reader: _Reader, quote):
    """A quote paragraph standing alone, signed on the line below it by a dash and the speaker ("“…”⏎— Halyna
    Moroz, 63, retired teacher"; "“…”⏎— a police officer who asked not to be named"): a 'voices' page's layout.
    The signer is the person named first on that line (or the unnamed person it describes), never the speaker
    before the quote."""
    text = reader.text
    span = quote.span
    line_start = text.rfind("\n", 0, span.outer_start) + 1
    if text[line_start:span.outer_start].strip():
        return None  # words before the mark: not a quote paragraph of its own
    sign = _SIGNATURE_LINE.match(text, span.outer_end)
    if sign is None:
        return None
    at = sign.end()
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if len(text[at:end].split()) > 14 or any(not _SIGNER_ASKED.match(text, c.start - 2, c.end)
                                             for c in reader.cues_between(at, end)):
        return None  # a bullet of news ("- Russia said on Monday …"), not a signature ("— a diplomat, asked …" is)
    cue = Cue(sign.start(), at, text[sign.start():at].strip(), "speech")
    # an unnamed signer first: "— Retired nurse, 61" is no person called "Retired"
    unnamed = _SIGNED_UNNAMED.match(text, at, end)
    if unnamed is not None and unnamed.group(1).split()[-1].lower() in speech_words()["unnamed_person"]:
        written = unnamed.group(1)
        bare = written.split()[0].lower() not in ("a", "an", "one", "the")  # "nurse, 34": as "a nurse"
        # (no article: a signature only as "nurse, 34", "resident of X", not "— And your commander, …")
        if not bare or (len(written.split()) <= 2 and _SIGNED_BARE_AFTER.match(text, unnamed.end(1), end)):
            return Mention(at, at + len(written), label_as_written("a " + written.lower() if bare else written),
                           written, "unnamed source"), cue
    found = [m for m in reader.mentions_between(at, end) if m.how not in ("country", "pronoun")]
    if found and found[0].start == at and found[0].how in ("name", "title", "unknown name"):
        resolved = _resolve(reader, found[0], found[0].start)
        return (resolved, cue) if resolved is not None and resolved.speaker else None
    return None


#: a line's sentence closed, then a dash and its signer on the same line: "… in the Sumy region. — Ukrainian
#: commander-in-chief A B, in a televised interview, July 30"
_SENTENCE_SIGNED = re.compile(r"[.!?][”\"’']?[ \t]+(?:—|–)[ \t]*(?=\S)")


def _signed_sentence(reader: _Reader, quote):
    """A quote in a sentence that is signed after its full stop on the same line by a dash and the speaker (a
    fact-check's "CLAIM: Ukraine has “stopped the offensive” in X. — A B, in an interview, July 30"): the person
    named first after the dash (a title or a role before the name allowed); else None."""
    text = reader.text
    span = quote.span
    end = text.find("\n", span.outer_end)
    end = len(text) if end < 0 else end
    sign = _SENTENCE_SIGNED.search(text, span.outer_end - 1, end)
    if sign is None or len(text[sign.end():end].split()) > 16 or reader.cues_between(sign.end(), end):
        return None
    at = sign.end()
    for m in reader.mentions_between(at, min(end, at + 80))[:2]:
        if m.how in ("name", "title", "unknown name", "role"):
            resolved = _resolve(reader, m, m.start) if m.how in ("role", "unknown name") else m
            if resolved is not None and resolved.speaker and could_be_person(resolved.speaker, reader.who):
                return resolved, Cue(sign.start(), at, text[sign.start():at].strip(" .!?”\"’'"), "speech")
    return None


#: a subject that is only a statement noun: "a statement", "the new post" (its last word a ``statement_noun`` row)
_STATEMENT_ONLY = re.compile(r"(?:an?|the|its|his|her|their)\s+(?:[\w’'-]+\s+)?([\w’'-]+)", re.IGNORECASE)


def _only_a_statement(written: str) -> bool:
    found = _STATEMENT_ONLY.fullmatch(written)
    return found is not None and found.group(1).lower() in speech_words()["statement_noun"]


#: a first name apposed to the role after an inverted verb: "said the nurse, Liudmyla, who …" / ", Liudmyla."
#: "the reports of Russian war bloggers that ", "claims by pro-Kremlin bloggers that ": a statement noun owned by the
#: group (or body, or person) whose words the quoted ones after "that" are
_OWNED_REPORT = re.compile(r"\b(?P<noun>reports?|claims?|assertions?|allegations?|statements?|accounts?)\s+(?:of|by|from)\s+"
                           r"(?P<owner>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+that\s+[^“”\"„.;:]{0,80}$")


def _owned_report(reader: _Reader, quote):
    """(speaker, cue) for words quoted in what a statement noun's owner said ("He denied the reports of Russian
    war bloggers that „whole companies” had surrendered": the bloggers'), or None (sk25). The owner is a
    name the mentions read, or a group of people who speak without a name ("bloggers", "officials")."""
    text, span = reader.text, quote.span
    start = max(quote.sentence[0], span.outer_start - 200)
    if not reader.may_hold(("report", "claim", "assertion", "allegation", "statement", "account"), start, span.outer_start):
        return None
    hit = _OWNED_REPORT.search(text, start, span.outer_start)
    if hit is None or reader.cues_between(hit.start("owner"), hit.end("owner")):
        return None  # ("the statement of the ministry said that …": the owner's own verb, read as ever)
    cue = Cue(hit.start("noun"), hit.end("noun"), hit.group("noun"), "speech")
    named = [m for m in reader.mentions_between(hit.start("owner"), hit.end("owner"))
             if m.how in ("name", "title", "unknown name", "role")]
    if named:
        resolved = _resolve(reader, named[0], named[0].start)
        return (resolved, cue) if resolved is not None and resolved.speaker else None
    owner = hit.group("owner")
    if owner.split()[-1].lower() in speech_words()["speaking_group"]:
        return Mention(hit.start("owner"), hit.end("owner"), "", owner, "unnamed source"), cue
    return None


_NAME_APPOSED = re.compile(r",[^\S\n]+([A-Z][\w’'-]+)(?=[^\S\n]*(?:,|\.|;|$))")
#: "his sister", "her younger son", "their neighbour": a possessor's relative or role (a name may be apposed to it)
_OWNED_ROLE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
#: ", Iryna." / ", Andrii Koval, 19": a first name or a full name apposed, up to the clause's end
_NAME_APPOSED_OWNED = re.compile(r",[^\S\n]+([A-Z][\w’']*(?:-[A-Z][\w’']*)?(?:[^\S\n]+[A-Z][\w’']*(?:-[A-Z][\w’']*)?){0,2})"
                                 r"(?=[^\S\n]*(?:,|\.|;|$))")


#: "“…,” it read." / "the message read": the words of a message the sentence before has someone send
_IT_READ = re.compile(r"[^\S\n]*(?:it|the\s+(?:message|note|text|post|letter|email))\s+(?:read|reads|said|says)\b")
_SENT_A_MESSAGE = re.compile(r"\b(?:sent|posted|wrote|left|texted|published|shared)\s+(?:(?:us|me|him|her|reporters)\s+)?"
                             r"(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}(?:message|note|text|post|letter|email)\b")


#: "“…?” I asked.", "“…,” I said.": the reporter's own words right after the quote
_I_ASKED = re.compile(r"[^\S\n]*I[^\S\n]+(?P<verb>asked|said|replied|told(?=\s+(?:him|her|them)\b))\b")


def _reporter_asked(reader: _Reader, quote):
    """ "“Is that a plan or an excuse?” I asked.": the words of the reporter whose byline (one person) is over the
    copy (sk17); none when no byline names one reporter."""
    text = reader.text
    asked = _I_ASKED.match(text, quote.span.outer_end)
    if asked is None:
        return None
    bylines = reader.doc.byline_writers  # (a line of its own: not a headline's "Village Cut Off By Russian Forces")
    if len(bylines) != 1:
        return None
    name = text[bylines[0][0]:bylines[0][1]]
    return Mention(bylines[0][0], bylines[0][1], name, name, "reporter"), \
        Cue(asked.start("verb"), asked.end("verb"), asked.group("verb"), "speech")  # ("I told him": the verb's place)


def _message_read(reader: _Reader, quote):
    """ "After the call, X sent a short message. “…,” it read.": the sender's words (sk17)."""
    text = reader.text
    read = _IT_READ.match(text, quote.span.outer_end)
    if read is None:
        return None
    before = reader.doc.sentence_at(quote.sentence[0] - 2) if quote.sentence[0] >= 2 else None
    if before is None or before.end > quote.span.outer_start:
        return None
    sent = _SENT_A_MESSAGE.search(text, before.start, before.end)
    if sent is None:
        return None
    found = [m for m in reader.mentions_between(before.start, sent.start()) if m.how != "country"]
    # (the sender right before the verb, or with an aside between: "X, by then in a hospital in Y, sent …")
    found = [m for m in found if not re.search(r",[^,]*$", text[before.start:m.start]) or m is found[0]]
    if not found or not re.fullmatch(r"\s*(?:,[^,.;:“”\"]{1,80},)?\s*", text[found[-1].end:sent.start()]):
        return None
    resolved = _resolve(reader, found[-1], found[-1].start)
    if resolved is None or not resolved.speaker:
        return None
    return resolved, Cue(read.start(), read.end(), read.group(0).split()[-1], "speech")


def _wrapped_attribution(reader: _Reader, quote):
    """A quote that ends its line on a comma (“…,”) with the verb and speaker on the next line."""
    text = reader.text
    span = quote.span
    if not text[span.start:span.end].rstrip().endswith(","):
        return None
    rest = re.match(r"[ \t]*\n\s*", text[span.outer_end:span.outer_end + 20])
    if rest is None:
        return None
    start = span.outer_end + rest.end()
    nxt = reader.doc.sentence_at(start)
    if nxt is None or nxt.start != start:
        return None
    for cue in reader.cues_between(start, min(nxt.end, start + 80)):
        if cue.kind == "speech":
            subject = _subject_of(reader, cue, start)
            if subject is not None and subject.speaker:
                return subject, cue
            return None
    return None


_MESSAGE_FROM = re.compile(r"\s*(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?P<noun>message|words|warning|verdict|view|assessment|promise|vow|pledge|response|reply|"
                           r"answer|claim|boast|threat|appeal|plea)\s+(?:of|from)\s+"
                           # "This was stated by X", "This assessment was given to Ukrinform by X": an agency's
                           # attribution in the next paragraph, passive, the speaker after "by"
                           r"|\s*(?:That|This|These|Those|Such)\s+(?:[\w-]+\s+){0,2}?(?:was|were)\s+(?:also\s+)?"
                           r"(?P<done>stated|said|announced|declared|noted|emphasi[sz]ed|stressed|reported|written|"
                           r"given|made|voiced|expressed|shared|offered)\s+(?:[^,.;:“”\"]{1,40}?\s+)?by\s+"
                           # "So says X": a magazine's signature after a quote paragraph
                           r"|\s*So\s+(?P<says>says|said)\s+"
                           # "That was how A B described …", "This is how A B put it": the speaker right after "how"
                           r"|\s*(?:That|This)\s+(?:was|is)\s+(?P<how>how)\s+"
                           # "That was Estonia's prime minister, A B, speaking to …": the speaker, then a participle of
                           # speaking (the cue) after the name
                           r"|\s*(?:That|This)\s+(?:was|is)\s+(?=[^.;:“”\"\n]{3,90}?,?\s(?P<speaking>speaking|talking|"
                           r"writing|addressing|answering|responding|replying)\b)"
                           # "The words belong to A B", "The words are those of A B"
                           r"|\s*(?:The|These|Those)\s+(?:[\w-]+\s+)?(?P<belong>words|remarks|comments)\s+"
                           r"(?:belong(?:ed)?\s+to|(?:are|were)\s+those\s+of)\s+"
                           # "This warning came from A B", "The assessment comes from A B"
                           # "Those lines come from the weekly note of X": a paragraph of quotes and its source after it
                           r"|\s*(?:That|This|The|Such|These|Those)\s+(?:[\w-]+\s+){0,2}?(?P<came>message|words|warning|"
                           r"verdict|view|assessment|promise|vow|pledge|response|reply|answer|claim|boast|threat|appeal|"
                           r"plea|account|description|prediction|complaint|lines?|passages?|sentences?|quotes?)\s+"
                           r"(?:came|comes|come)\s+from\s+")


#: the rest of a line that holds quotes alone: “…” “…”
_ONLY_QUOTES = re.compile(r'(?:\s*(?:“[^“”\n]*”|"[^"\n]*"))*\s*')


_TURNED_TO = re.compile(r"\s+(?:then\s+|next\s+|finally\s+)?(?:turned|turns)\s+to\s+[^.;:“”\"\n]{1,80}[.:]\s*$")


def _turned_to(reader: _Reader, quote):
    """ "Dr A turned to B C. “Mr C, you have said …?”": the words standing alone after a sentence whose subject turns to
    someone are the subject's (a chair's question, an interviewer's), not the last speaker's (sk19)."""
    text = reader.text
    if quote.sentence[0] != quote.span.outer_start:
        return None
    before = reader.doc.sentence_at(quote.sentence[0] - 2) if quote.sentence[0] >= 2 else None
    if before is None or before.end > quote.span.outer_start or "\n\n" in text[before.end:quote.span.outer_start]:
        return None
    turned = _TURNED_TO.search(text, before.start, before.end + 1)
    if turned is None:
        return None
    found = [m for m in reader.mentions_between(before.start, turned.start()) if m.how not in ("country", "pronoun")]
    if not found or found[0].start - before.start > 12:
        return None  # the subject opens the sentence
    resolved = _resolve(reader, found[0], found[0].start)
    if resolved is None or not resolved.speaker:
        return None
    return resolved, Cue(turned.start(), turned.end(), "turned to", "speech")


def _next_sentence_attribution(reader: _Reader, quote):
    """A quote standing alone, with its speaker in the next sentence: “…” That was the message
    from X on Thursday. (The cue is the noun; the day is read in that sentence.)"""
    text = reader.text
    end = quote.span.outer_end
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end > end and _ONLY_QUOTES.fullmatch(text, end, line_end) \
            and not text[text.rfind("\n", 0, quote.span.outer_start) + 1:quote.span.outer_start].strip():
        end = line_end  # “…” “…”⏎Those lines come from …: a paragraph of quotes alone, the source after it
    gap = re.match(r"\s*", text[end:end + 8]).end()
    nxt = reader.doc.sentence_at(end + max(gap, 1))
    if nxt is None or nxt.start < end or text[end:nxt.start].count("\n") > 2:
        return None  # the next sentence, or the next paragraph after a quote paragraph standing alone
    match = _MESSAGE_FROM.match(text, nxt.start)
    if match is None:
        return None
    found = reader.mentions_between(match.end(), min(nxt.end, match.end() + 80))
    # "of engineer X", "of the town's mayor, X"; "by the spokesman for Ukraine's Air Force, A B": the name after
    # the apposition, not a country or body inside it
    # "So said a soldier of the 28th Brigade who gave his call sign as Dub": the name a naming formula gives
    fits = [m for m in found if m.how != "pronoun" and re.fullmatch(
        r"(?:[\w’'.-]+\s+){0,3}|(?:the\s+|a\s+)?(?:[\w’'.-]+\s+){0,5}[\w’'.-]+,\s+"
        r"|(?:an?|the)\s+[^,.;:“”\"]{0,70}?\b(?:" + _speech.NAMING_FORMULA + r"|(?:first\s+)?name|nickname)"
        r"\s+(?:only\s+)?(?:as|was|is)\s+"
        # "from the weekly note of X", "from a Telegram post by X": the author of a written statement
        r"|(?:the|an?)\s+(?:[\w’'-]+\s+){0,2}?(?:note|notes|" + "|".join(sorted(_speech.speech_words()["statement_noun"]))
        + r")\s+(?:of|by)\s+(?:the\s+)?", text[match.end():m.start])
        and not re.match(r"\s+(?:[\w’'-]+\s+)?(?:note|" + "|".join(sorted(_speech.speech_words()["statement_noun"]))
                         + r")s?\s+(?:of|by)\s", text[m.end:m.end + 40])]  # ("a Telegram post by X": not Telegram)
    if match.group("noun") is None and match.group("came") is None:
        fits = [m for m in fits if m.how != "country"][:3]
        named = [m for m in fits if m.how in ("name", "unknown name", "title") and m.speaker
                 and could_be_person(m.speaker, reader.who)]
        fits = named[:1] or fits[:1]
    if not fits or fits[0].how == "country":
        return None
    speaker = _resolve(reader, fits[0], fits[0].start)
    if speaker is None or not speaker.speaker:
        return None
    verb = next(k for k in ("noun", "done", "says", "how", "speaking", "belong", "came") if match.group(k) is not None)
    return speaker, Cue(match.start(verb), match.end(verb), match.group(verb), "speech")


def _kind(reader: _Reader, quote, attributed: bool) -> str:
    text = reader.text
    span = quote.span
    words = text[span.start:span.end]
    before = text[quote.sentence[0]:span.outer_start]
    if _ends(_TERM_WORD_BEFORE, before):
        return "scare"
    if not before.strip() and _MEDIA_TAG_LINE.match(text, span.outer_end):
        return "scare"  # '"…" VIDEO': a line naming a linked video or gallery, nobody's words here
    if len(words.split()) <= _SCARE_MAX_WORDS and _ends(_LABELLED, before):
        return "scare"  # "the town long seen in Moscow as a ‘gateway’", "known as the ‘road of life’": a label
    if len(words.split()) <= _SCARE_MAX_WORDS and _joins_the_subject(reader, quote, before):
        return "scare"  # "bloggers and ‘war reporters’ wrote": the marked words name speakers, they are not words said
    if _country_calls(reader, quote, before):
        return "scare"  # "of what Russia calls its “special military operation”": a country's name for it, not words said
    if len(words.split()) <= _SCARE_MAX_WORDS and _TERM_APPOSED.match(text, span.outer_end):
        return "scare"  # "describe it as a “meat grinder”, a term widely used since 2022": a label, whoever uses it
    if len(words.split()) <= _SCARE_MAX_WORDS and _is_title(words) and (
            _TITLE_CREDITED.match(text, span.outer_end) or not before.strip() and _NAME_LABEL_LINE.match(text, span.outer_end)):
        return "scare"  # "Music: ‘Cold Rain’ by A B": a work and its author; "“Grey Heron”, a nationalist channel (Monday):"
        # a label line naming a channel or a pen name, whose posts follow (sk26)
    attributed = attributed or _named_by(reader, quote, before)  # "He calls the bloggers “the choir”": his term
    if _written_on(before) or (_ends(_ONE_READ, before) and _written_object(nouns_only=True).search(
            text, text.rfind("\n", 0, quote.sentence[0]) + 1, quote.sentence[0])):
        return "scare"  # "a banner reading “We will return”", "Many held placards. One read “…”": words written on a thing
    first = words.lstrip("[(…. ")
    starts_upper = bool(first) and (first[0].isupper() or first[0].isdigit() or words.startswith("["))
    sentence_initial = before.strip() == "" or _DATELINE_ONLY.fullmatch(before) is not None \
        or segment.line_marker(text, quote.sentence[0], span.outer_start + 1) == span.outer_start \
        or _QUOTE_SAID.fullmatch(before) is not None \
        or _CAPTION_LABEL.fullmatch(before) is not None  # "KYIV -- “…”"; "Quote, “…,” end quote."; "Media caption, “…”"
    if sentence_initial and _lone_fragment(text, quote, words):
        return "partial"  # a sub-heading "- ‘Like a conveyor’ -": a phrase of the words below, no clause of its own
    after_colon_cue = _ends(_COMMA_OR_COLON_BEFORE, before) is not None and (attributed and before.rstrip().endswith(":")
                                                                      or any(c.end <= span.outer_start for c in
                                                                             reader.cues_between(quote.sentence[0],
                                                                                                 span.outer_start)))
    if (not sentence_initial and _is_title(words) and _ends(_WORD_COMMA_BEFORE, before)
            and re.match(r"\s*[,;)–—]", text[span.outer_end:span.outer_end + 3])
            and not any(c.end >= len(before.rstrip(" ,")) + quote.sentence[0] - 1
                        for c in reader.cues_between(quote.sentence[0], span.outer_start))):
        return "scare"  # "a memoir, ‘The Last Courtier’, due in spring": a title set off by commas after a noun
    if starts_upper and not _ends(_THAT_BEFORE, before) and (sentence_initial or after_colon_cue):
        return "direct"
    if starts_upper and before[-1:].isalpha() and re.search(r"[.,!?…]\W*$", words) and any(
            c.end == quote.sentence[0] + len(before) for c in reader.cues_between(quote.sentence[0], span.outer_start)):
        return "direct"  # 'Peskov said"There have been no proposals,"': a whole sentence right after the verb
    if starts_upper and before.rstrip().endswith(":") and len(words.split()) > _SCARE_MAX_WORDS \
            and re.search(r"[.!?…]\W*$", words):
        return "direct"  # 'The unit's press officer, A B: "…."': a whole sentence after a colon, speaker or not
    if attributed and re.search(r"^\s*[“\"‘«][^“”\"«»]+[,…]\s*[”\"’»][^“”\"«»]{1,80},\s*$", before):
        return "direct"  # “…,” Peskov told reporters, “but it has to …”: the same utterance goes on (« » too)
    if not span.opened:
        return "direct"
    if not attributed and len(words.split()) <= _SCARE_MAX_WORDS:
        return "scare"
    if _is_title(words) and not sentence_initial and not (attributed and _title_case_headline(reader, quote)):
        return "scare"  # a name in quote marks: the ‘Direct Line’ phone-in, a book "One Hundred Years of Solitude"
    if not sentence_initial and words.rstrip().endswith(".") and _is_title(words.rstrip()[:-1]) \
            and _ends(_PROGRAMME_BEFORE, before) and not text[span.outer_end:quote.sentence[1]].strip():
        return "scare"  # 'in an interview broadcast Friday on TVK's "Morning Line."': a programme's name, the
        # sentence's full stop inside the marks (US style) (sk25)
    return "partial"


#: right after a title in marks, its author: "‘Cold Rain’ by Anna Berg" (a name of two or more capitalised words)
_TITLE_CREDITED = re.compile(r"[^\S\n]+by[^\S\n]+[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)+(?![^\S\n]*[“\"‘«])")
#: right after a name in marks that opens a line, the rest of a speaker label line: "“Grey Heron”, a nationalist channel
#: followed by 90,000 people (Monday):" — an apposition and a colon that ends the line (its posts follow)
_NAME_LABEL_LINE = re.compile(r",[^\S\n]+(?:an?|the|one)[^\S\n][^\n“”\"]{1,200}:[^\S\n]*(?:\n|$)")
#: an outlet's possessive or a preposition right before a programme's name in marks ('on TVK's "Morning Line."')
_PROGRAMME_BEFORE = re.compile(r"(?:(?:on|in|to|with|from)|['’]s)[^\S\n]*$")


#: how far back from a quote the end-anchored tests of the words before it look: further than any of their matches
#: reaches in real copy (a few words, a noun and 80 characters), so a huge sentence of many quotes is read in linear
#: time, not once per quote from its start (issue 17: 50 KB of quoted fragments in one sentence took 52 s)
_BEFORE_REACH = 300


def _ends(pattern: re.Pattern, before: str, end: int | None = None):
    """``pattern.search(before[:end])`` for a pattern anchored at the end (``$``), tried only over the last
    ``_BEFORE_REACH`` characters; match positions stay those of ``before`` (a ``\\b`` or look-behind sees the
    characters before the window, a ``^`` matches only at the real start).

    Example:
        >>> _ends(re.compile(r"\\bthat\\s*$"), "x " * 1000 + "said that ").start()
        2005
    """
    end = len(before) if end is None else end
    return pattern.search(before, max(0, end - _BEFORE_REACH), end)


_TERM_WORD_BEFORE = re.compile(r"\b(?:the\s+)?(?:word|term|phrase|label|so-called)\s*$", re.IGNORECASE)
_THAT_BEFORE = re.compile(r"\bthat\s*$")
_COMMA_OR_COLON_BEFORE = re.compile(r"[,:]\s*$")
_WORD_COMMA_BEFORE = re.compile(r"[a-z],\s*$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|from)\s+$")
_AS_BEFORE = re.compile(r"\bas\s+(?:(?:an?|the|its|their|his|her)\s+)?$")
_AND_OR_BEFORE = re.compile(r"\w\s+(?:and|or)\s*$")


_CALLS = re.compile(r"\b(?:what|which)\s+(?P<subject>(?:[\w’'.-]+\s+){1,3}?)(?:calls?|called|terms?|termed|dubs?|dubbed|"
                    r"describes?\s+as|described\s+as)\s+(?:(?:its|their|it|them)\s+)?(?:(?:an?|the)\s+)?$", re.IGNORECASE)


def _country_calls(reader: _Reader, quote, before: str) -> bool:
    """ "what Russia/Moscow/the Kremlin calls its “…”": the country's name for a thing (the devset's scare
    quote), not someone's words; "what he/Putin called a “…”" stays a partial quote."""
    calls = _ends(_CALLS, before)
    if calls is None:
        return False
    at = quote.sentence[0] + calls.start("subject")
    found = reader.mentions_between(at, quote.sentence[0] + calls.end("subject"))
    found = [m for m in found if re.fullmatch(r"\s*(?:(?:has|have|had|long|also|now|often)\s+)*",
                                              reader.text[m.end:quote.sentence[0] + calls.end("subject")])]  # the head:
    # "what Moscow calls", not the "US" of "what one US official described as"
    return bool(found) and found[0].how == "country" or bool(re.fullmatch(r"(?i)the\s+kremlin\s+", calls.group("subject")))


# "He calls them “…”", "Its men describe the tactics as a “…”", "what they called “…”": a term someone gives (the
# convention's "what he called …", a partial quote); the passive "known as", "dubbed" is a label (_LABELLED)
_NAMED_BY = re.compile(r"(?:^|[^\w’'-])(?P<before>[\w’'-]+)\s+(?:(?:also|often|now|even|still|simply|have|has|had|would)\s+)?"
                       r"(?P<verb>calls?|called|describes?|described|terms?|termed|dubs?|dubbed|brands?|branded)\s+"
                       r"(?P<object>(?:[\w’'-]+\s+){0,5}?)(?:as\s+)?(?:(?:an?|the|its|their|his|her)\s+)?$")
#: a reflexive object of a verb of naming: "calls itself", "call themselves" (the name a group or person goes by)
_REFLEXIVE_NAME = re.compile(r"(?i)(?:itself|themselves|himself|herself)\s+$")
_TERM_APPOSED = re.compile(r"[,.’'”\"]?\s*[,(–—-]\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:term|nickname|word|phrase|label|"
                           r"expression|euphemism|moniker|slogan|catchphrase|name)s?\b"
                           r"(?!\s+(?:(?:that|which)\s+)?(?:he|she|it|they|we|I|the\s+\w+|[A-Z]\w+)\s)")  # not "a term it uses"
# the words between a speech verb and a quote inside what it reports: no punctuation, no passive agent
# ("claimed on April 9 that forces “…”", not "was reported by X at the “…” forum", not "declaring war, the “…”")
_REPORTED_CLAUSE = re.compile(r"(?!\s+by\b)[^,;:()“”\"‘’.!?\n]*")
_CAPTION_LABEL = re.compile(r"\s*(?:(?:Media|Image|Video|Photo|Audio)\s+)?[Cc]aption\s*[,:]?\s*")
# a verb of a finite clause, or a pronoun subject: "‘We will not sign’", "‘No one leaves’" (not "‘Saving lives’")
_CLAUSE_WORD = re.compile(r"(?i)\b(?:i|we|you|he|she|it|they|no\s+one|nobody|everyone|nothing|everything|am|is|are|was|"
                          r"were|be|been|will|would|can|could|shall|should|must|may|might|has|have|had|do|does|did|"
                          r"won[’']t|can[’']t|don[’']t|isn[’']t)\b|[’'](?:s|re|ll|ve|m|d)\b")
_SUBHEAD_DASHES = re.compile(r"[ \t]*[-–—•*]*[ \t]*")


def _lone_fragment(text: str, quote, words: str) -> bool:
    """A quote that makes up its whole line (a sub-heading, "- ‘Like a conveyor’ -"), of at most three words
    with no verb or pronoun of a clause and no punctuation at its end (“The dam held,”⏎ goes on to its speaker):
    a phrase lifted from the words below, a partial quote. So is such a phrase opening the title before a colon
    ("‘Steady gains’: Moscow hails …")."""
    span = quote.span
    line_start = text.rfind("\n", 0, span.outer_start) + 1
    line_end = text.find("\n", span.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    if not (_SUBHEAD_DASHES.fullmatch(text, line_start, span.outer_start)
            and (_SUBHEAD_DASHES.fullmatch(text, span.outer_end, line_end)
                 # "‘Steady gains’: Moscow hails …": a phrase opening a title, the colon before the title's own words (fa24)
                 or quote.paragraph == 0 and re.match(r"[ \t]*:[ \t]+\S", text[span.outer_end:line_end]))):
        return False
    return len(words.split()) <= 3 and not re.search(r"[.,;:!?…]\W*$", words) and not _CLAUSE_WORD.search(words)


def _written_on(before: str) -> bool:
    """The words before a quote end on a thing with words written on it and what links them (``written_object``
    of data/speech_words.csv): "a banner reading", "the poster … and the words", "the slogan", "under the motto"."""
    return _ends(_written_object(), before) is not None


_ONE_READ = re.compile(r"(?:^\s*|[.?!…][’”'\"]?\s+)(?:One|Another|It|The\s+other|Others|Some|Most|Many)\s+(?:\w+ly\s+)?(?:read|reads|said|says)\s*:?\s*$")


def _written_object(nouns_only: bool = False) -> re.Pattern:
    def build():
        from saidvsdone.speech import speech_words

        nouns = sorted(speech_words()["written_object"], key=lambda w: (-len(w), w))
        noun = r"\b(?:" + trie_pattern(nouns, ignore_case=True) + r")"
        if nouns_only:  # with a word that makes it a noun ("held placards", "a sign"; not "will sign")
            return re.compile(r"\b(?:a|an|the|their|his|her|its|held|carried|waved|holding|carrying|waving|with|of|and|"
                              r"many|some|two|three)\s+(?:[\w-]+\s+)?" + noun + r"\b", re.IGNORECASE)
        return fail_fast(r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w-]+\s+)?" + noun + r"\s*:?\s*$|" + noun + r"\b[^.;“”\"‘’]{0,80}?\b(?:reading|reads|read|saying|that\s+says|"
                         r"that\s+said|which\s+says|bearing|with\s+the\s+words|and\s+the\s+words|the\s+words)\s*:?\s*$",
                         re.IGNORECASE)  # (behind a look-ahead for the first characters of both branches)
    return vocab.compiled("written_object" + ("_nouns" if nouns_only else ""), ("speech_words",), build)


_NOT_A_SUBJECT = frozenset("the a an his her its their our your this that these those my is are was were be been being so "
                           "of for to in on at by with from".split())
_NAMING_SUBJECT = frozenset("he she it they we i you who which what".split())


def _reports_clause(text: str, cue: Cue, span) -> bool:
    """The quote sits in a clause the speech verb reports, with a subject and verb of its own ("Russia claims its
    forces are making ‘steady progress’", "Moscow said there was “nothing to announce”"), not in the verb's object
    ("Russia rejected the “referendums”")."""
    if cue.kind != "speech" or cue.end > span.outer_start:
        return False
    between = text[cue.end:span.outer_start]
    return _REPORTED_CLAUSE.fullmatch(between) is not None and (
        re.search(r"\bthat\b", between) is not None or len(between.split()) >= 3 or _CLAUSE_WORD.search(between) is not None)


#: what may stand between a quote's closing mark and the subject of the verb after it ("“…,” Moscow said")
_TO_SUBJECT_AFTER = re.compile(r"[\s,]*")
#: … and between a verb before a quote and its opening mark ("Moscow said: “…”")
_TO_QUOTE_AFTER = re.compile(r"\s*[:,]\s*")
#: what may follow a quote that ends its sentence
_TO_SENTENCE_END = re.compile(r"[\s.!?]*")


def _stands_alone(text: str, quote, found) -> bool:
    """The quote is a whole sentence of the speaker's with the attribution beside it ("“We are winning,” Moscow said.",
    "Kyiv said: “The line holds.”"): the speaker's words however short, not marks of distance in the verb's object
    (lb3: a country's short direct quote had no speaker while its claim and fact had the country's body)."""
    mention, cue = found
    span, (s_start, s_end) = quote.span, quote.sentence
    if cue.kind != "speech":
        return False
    if mention.start >= span.outer_end:  # "“…,” Moscow said": the quote opens the sentence, the subject follows it
        return not text[s_start:span.outer_start].strip() and bool(
            _TO_SUBJECT_AFTER.fullmatch(text, span.outer_end, mention.start))
    return cue.end <= span.outer_start and bool(_TO_QUOTE_AFTER.fullmatch(text, cue.end, span.outer_start)) \
        and bool(_TO_SENTENCE_END.fullmatch(text, span.outer_end, s_end))


def _named_by(reader: _Reader, quote, before: str) -> bool:
    """The words before a quote end on an active verb of naming with someone as its subject (not "the call
    sign", not "a village called", not "is called"): the marked words are the term that someone gives (a
    country's or the Kremlin's name for a thing is a scare quote, as in "what Moscow calls its “…”")."""
    found = _ends(_NAMED_BY, before)
    if found is None:
        return False
    word, verb = found.group("before"), found.group("verb").lower()
    if word.lower() in _NOT_A_SUBJECT or word.lower() == "kremlin":
        return False
    if _REFLEXIVE_NAME.match(found.group("object")) and (
            re.search(r"\bthe\s+$", before) or _is_title(reader.text[quote.span.start:quote.span.end].rstrip(",."))):
        return False  # "a group that calls itself the “Lakeside Riders”": the name it goes by, a label (fa24)
    at = quote.sentence[0] + found.start("before")
    if not _ends(_PREPOSITION_BEFORE, before, found.start("before")) and any(
            m.how == "country" and m.end == at + len(word) for m in reader.mentions_between(at, at + len(word))):
        return False  # "Moscow calls them “…”": a country's name for them
    if verb.startswith("describ") and not _ends(_AS_BEFORE, before):
        return False  # "described the attack in detail": no term given
    if verb.endswith("ed") and not (word.lower() in _NAMING_SUBJECT or word.lower() in ("have", "has", "had")
                                    or word[:1].isupper() or word.endswith("s")):
        return False  # "a unit called “…”": a participle naming a thing, nobody's words
    return True


def _joins_the_subject(reader: _Reader, quote, before: str) -> bool:
    """A marked phrase joined by "and"/"or" to the words before it, with no punctuation inside or after
    its marks, a speech verb straight after and none before it in the sentence: the phrase is part
    of the verb's subject."""
    span = quote.span
    if not _ends(_AND_OR_BEFORE, before) or not re.search(r"\w$", reader.text[span.start:span.end]):
        return False
    gap = re.match(r"[ \t]+", reader.text[span.outer_end:span.outer_end + 4])
    if gap is None:
        return False
    if any(c.kind == "speech" for c in reader.cues_between(quote.sentence[0], span.outer_start)):
        return False  # "He said the plan was bold and “would work” …": inside a speech verb's clause
    cues = reader.cues_between(span.outer_end + gap.end(), span.outer_end + gap.end() + 1)
    return bool(cues) and cues[0].kind == "speech"


#: a speaker on air marking the words they read out: "Quote, “…”", "And I quote: “…”"
_QUOTE_SAID = re.compile(r"\s*(?:(?:and|so)\s+)?(?:I\s+)?quote\s*[,:]?\s*", re.IGNORECASE)
_MEDIA_TAG_LINE = re.compile(r"[ \t]*(?:VIDEO|VIDEOS|PHOTO|PHOTOS|AUDIO|GALLERY|PODCAST)[ \t]*(?:\n|$)")
# a dateline and nothing else before the mark: "KYIV (Reuters) - ", "KUPIANSK, Ukraine -- ", "ODESA, June 5 — "
_DATELINE_ONLY = re.compile(r"\s*(?:[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?(?:\s*\([^)\n]{1,30}\))?"
                            # or a place in upper and lower case with a date or an agency: "Kyiv, 14 April 2026 – ",
                            # "Kyiv, April 14 (Reuters) - "
                            r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})"
                            r"(?:,?\s+\d{4})?)?(?:\s*\([A-Z][^)\n]{1,30}\))?(?<=\d|\))"
                            r")\s*(?:—|–|-{1,2}|>>|:)\s*")


# (a verb with an agent is attributed: "what Putin dubbed a ‘…’" stays his partial quote)
_LABELLED = fail_fast(r"\b(?:(?:seen|known|regarded|viewed)|(?:is|are|was|were|been|be|widely|often|long)\s+"
                       r"(?:dubbed|nicknamed|labell?ed))\s+(?:(?:in|by)\s+[\w’'-]+\s+)?(?:as\s+)?(?:an?\s+|the\s+)?$",
                       re.IGNORECASE)
_TITLE_SMALL_WORDS = frozenset("of the a an and in on for to at by with".split())


def _title_case_headline(reader: _Reader, quote) -> bool:
    """A headline written in title case that ends on the quote ("Zelensky Says Russia ‘Preparing
    New Offensive’"): every word is capitalised there, so capitals do not make a quote a name."""
    sentence = reader.doc.sentence_at(quote.sentence[0])
    if sentence is None or not sentence.headline:
        return False
    if reader.text[quote.span.outer_end:sentence.end].strip(" .,:;!?"):
        return False  # "Putin Hails ‘Special Military Operation’ Gains": a name inside the headline
    before = reader.text[sentence.start:quote.span.outer_start]
    return _is_title(before.strip(" .,:;’'\"“”‘"))


def _is_title(words: str) -> bool:
    """Every word capitalised but the small ones, at most eight words, no sentence end: a name
    (of a book, an operation, a programme), not someone's words."""
    split = words.strip().split()
    if not split or len(split) > 8 or words.rstrip()[-1:] in ".!?,":
        return False
    if split[0] == "the" and len(split) >= 2:
        split = split[1:]  # "the Bread Truck", "the Accountant": a name with its article
    return split[0][:1].isupper() and all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in split)


def fold_words(words: str) -> str:
    """Words in lower case with punctuation as spaces, one space between them (how a heading and a body quote are compared)."""
    return " ".join(re.sub(r"[^\w\s]", " ", words.lower()).split())


_GROUP_COUNTS = frozenset("two three four five several some many".split())


def _same_unnamed(layer: Speech, reading: QuoteReading, pos: int, who=None):
    """ "the official said" after "a senior US defence official told reporters on Friday": the same
    unnamed person's dated statement (see :func:`saidvsdone.speech.same_one`: the nationality words
    must agree, and "the official" after officials of two nationalities is nobody's); "a senior US
    official" again: the last dated one written the same way. Looked up by position, no walk over all acts."""
    written = reading.as_written.lower().split()
    if written[:2] == ["one", "of"] and len(written) > 2:
        # "one of the officials said" after "Two Ukrainian officials said on Tuesday": one of that dated group
        for act in reversed(layer.acts):
            group = act.speaker.as_written.lower().split()
            if act.cue.start < pos and not act.speaker.speaker and act.date is not None and not pd.isna(act.date) \
                    and len(group) > 1 and group[-1] == written[-1] and group[0] in _GROUP_COUNTS:
                return act
        return None
    if reading.speaker or len(written) < 2 or written[0] not in ("the", "a", "an", "one"):
        return None
    index = layer.__dict__.get("_unnamed_index")
    if index is None or index[0] != len(layer.acts):  # built once: dated acts of unnamed people introduced
        by_start, by_words = {}, {}
        for act in layer.acts:
            as_written = act.speaker.as_written.lower()
            if not act.speaker.speaker and act.date is not None and not pd.isna(act.date) \
                    and as_written.split()[0:1] in (["a"], ["an"], ["one"]):
                by_start.setdefault(act.speaker.start, act)
                by_words.setdefault(as_written, []).append(act)
            elif not act.speaker.speaker and act.date is not None and not pd.isna(act.date) and _OF_ONE.search(as_written):
                by_words.setdefault(as_written, []).append(act)  # "the spokesperson of a Ukrainian brigade"
        index = layer.__dict__["_unnamed_index"] = (len(layer.acts), by_start, by_words)
    if written[0] == "the":
        for one in reversed(same_one(layer.introductions, reading.as_written, pos, who or people())):
            act = index[1].get(one[0])  # the latest of those it may stand for with a dated statement
            if act is not None and act.cue.start < pos:
                return act
        if not _OF_ONE.search(reading.as_written.lower()):
            return None  # ("the spokesperson of a brigade" again: the last dated one written the same way, below)
    acts = index[2].get(reading.as_written.lower(), [])
    k = bisect_left([a.cue.start for a in acts], pos)
    return acts[k - 1] if k else None


#: "the spokesperson of a Ukrainian brigade": one unnamed person of a body of a kind
_OF_ONE = re.compile(r"\sof\s+an?\s")
#: Time words that place a sentence's words on an occasion of their own, though no day is resolved
#: ("Back in 2022 he said …", "Last year she said …"): such words never borrow another copy's day.
_OWN_TIME = fail_fast(r"\b(?:(?:in|back\s+in|since|during)\s+(?:19|20)\d\d|earlier|previously|ago|"
                       r"last\s+(?:year|month|week|spring|summer|autumn|fall|winter)|once)\b", re.IGNORECASE)


def _quotation_speakers(doc, layer: Speech) -> None:
    """A quotation over several paragraphs attributed only at its end ("“A.⏎“B.⏎C,” he said" or with
    the later paragraphs unmarked): its earlier paragraphs with nobody named are the same speaker's."""
    for i in range(len(doc.quotes) - 2, -1, -1):
        q, reading, nxt, after = doc.quotes[i], layer.quotes[i], doc.quotes[i + 1], layer.quotes[i + 1]
        if reading.speaker or reading.as_written or reading.kind == "scare" or q.span.closed or not after.speaker \
                or after.kind == "scare" or not 0 < nxt.paragraph - q.paragraph <= 3 \
                or q.span.end < doc.paragraphs[q.paragraph][1] - 1 \
                or doc.text[doc.paragraphs[nxt.paragraph][0]:nxt.span.outer_start].strip():
            continue
        reading.speaker, reading.as_written, reading.attribution = after.speaker, after.as_written, "continuation"
        reading.cue, reading.cue_start, reading.via = after.cue, after.cue_start, after.via


def _restated_unnamed(doc, layer: Speech) -> None:
    """A deck's or lede's quote given to an indefinite descriptor ("‘…,’ a senior Ukrainian general said") whose words
    the body quotes again from a named person ("“…,” Gen. A B, the head of …, told …"): that person's words (the deck
    only held his name back)."""
    readings = layer.quotes
    for i, (q, reading) in enumerate(zip(doc.quotes, readings)):
        if reading.speaker or reading.attribution != "unnamed source" or reading.kind == "scare" \
                or not INDEFINITE.match(reading.as_written or ""):
            continue
        words = fold_words(doc.text[q.span.start:q.span.end])
        if len(words.split()) < 5:
            continue
        later = next((r for p, r in zip(doc.quotes[i + 1:], readings[i + 1:]) if r.speaker and r.kind != "scare"
                      and words in fold_words(doc.text[p.span.start:p.span.end])
                      and could_be_person(r.speaker, people())), None)
        if later is not None:
            reading.speaker, reading.attribution = later.speaker, "restated"


# a quote's attribution after a dash with no speech verb ("” — A B, role, at a meeting on Wednesday.", "” — B again, on
# Thursday."): the quote's closing marks, then the dash
_DASH_BEFORE = re.compile(r"[”\"’',.\s]*[—–-]\s*")


def _dash_line_day(doc, q, reading) -> tuple | None:
    """(day, words) named in a dash attribution line after the quote (its name and what follows, up to the line's end;
    a day of the speaker's occasion, with no speech verb to read it from): a weekday or a date, not "'s" (dt14)."""
    from saidvsdone import when

    text = doc.text
    dash = _DASH_BEFORE.match(text, q.span.end)
    if dash is None or "\n" in dash.group(0):
        return None  # (the dash line on a line of its own names the speaker only: "— A B, 63, retired teacher")
    end = text.find("\n", dash.end())
    end = len(text) if end < 0 else end
    for e in when.find(text, dash.end(), end):
        if e.kind in ("vague", "relative_far", "relative_event") or text[e.end:e.end + 2] in ("'s", "’s"):
            continue
        day = when.resolve(e, doc.published).day
        return None if pd.isna(day) else (day, e.text)
    return None


def date_quotes(doc, layer: Speech) -> None:
    _quotation_speakers(doc, layer)
    _restated_unnamed(doc, layer)
    text = doc.text
    who = None  # the who-is-who, read once when a headline's quote needs it
    dated_by_text: dict[str, tuple] = {}
    by_sentence: dict[int, list[int]] = {}
    for i, q in enumerate(doc.quotes):
        by_sentence.setdefault(q.sentence[0], []).append(i)
    folded = [fold_words(text[q.span.start:q.span.end]) for q in doc.quotes]
    own_times: dict[tuple, bool] = {}  # per sentence: it names its own time
    dated_in: dict[int, list[int]] = {}
    for i, reading in enumerate(layer.quotes):
        if reading.sentence_date is not None:
            dated_by_text.setdefault(folded[i], (reading.sentence_date, reading.sentence_date_text, reading.speaker))
    for i, (q, reading) in enumerate(zip(doc.quotes, layer.quotes)):
        # (an unnamed source's line too: "” — a senior commander, speaking to reporters by phone Friday." (dt22))
        if reading.sentence_date is None and (reading.speaker or reading.attribution == "unnamed source") \
                and text[q.span.outer_end:q.span.outer_end + 3].lstrip(" ,")[:1] in "—–-" \
                and q.span.outer_end < len(text):
            dashed = _dash_line_day(doc, q, reading)
            if dashed is not None:  # "“…” — A B, chief of the general staff, at a meeting on Wednesday." (dt14)
                reading.sentence_date, reading.sentence_date_text = dashed
        if reading.sentence_date is not None:
            reading.date = reading.sentence_date
            reading.date_basis = f"{reading.sentence_date_text} → {reading.sentence_date.date()}"
            continue
        if reading.undated:
            reading.date, reading.date_basis = pd.NaT, reading.undated
            continue
        if q.sentence not in own_times:  # (read once per sentence, not once per quote: issue 17)
            own_times[q.sentence] = _OWN_TIME.search(text, q.sentence[0], q.sentence[1]) is not None
        own_time = own_times[q.sentence]
        same = dated_by_text.get(folded[i]) if reading.speaker and not own_time else None
        if same is not None and same[2] not in (reading.speaker, ""):
            same = None  # the same words from somebody else are another statement
        if same is None and reading.speaker and not own_time:
            if q.sentence[0] not in dated_in:  # the sentence's quotes whose words are dated elsewhere: the first two
                dated_in[q.sentence[0]] = [o for o in by_sentence[q.sentence[0]] if dated_by_text.get(folded[o])][:2]
            same = next((dated_by_text.get(folded[o]) for o in dated_in[q.sentence[0]] if o != i), None)
        if same is not None:
            reading.date, reading.date_basis = same[0], f"the same words dated ‘{same[1]}’ → {same[0].date()}"
            continue
        if segment.link_label(text, *doc.paragraphs[q.paragraph]) > 0:
            # "Read also: Zelensky: “…”": another story's headline, dated by nothing the article says
            reading.date, reading.date_basis = pd.NaT, "a related link's headline: no day given"
            continue
        unnamed = _same_unnamed(layer, reading, q.span.start)
        if unnamed is not None:
            reading.date, reading.date_basis = unnamed.date, f"the same {unnamed.speaker.as_written.split()[-1]}, " \
                                                             f"‘{unnamed.date_text}’ → {unnamed.date.date()}"
            continue
        # (the speech layer's read-time days, as for a claim of the same sentence: a recurring publication with no day,
        # the institution's statement just before, a list's lead-in (dt31))
        recurring = _speech.recurring_publication(doc, layer, q.sentence)
        if recurring is not None and recurring[1]:
            reading.date, reading.date_basis = pd.NaT, f"habitual: {recurring[0]}, no one occasion"
            continue
        pos = reading.cue_start if reading.cue_start >= 0 else q.span.start
        reading.date, reading.date_basis = layer.fallback_date(reading.speaker, q.span.start, doc.published)
        if _speech.recurring_not_that_day(doc, layer, recurring, reading.speaker, pos, q.sentence[0],
                                          pos + len(reading.cue), reading.date, reading.date_basis):
            reading.date, reading.date_basis = pd.NaT, f"{recurring[0]} with no day: not the same speaker's other occasion"
            continue
        if not pd.isna(reading.date) and layer.perfect_after_dated(text, reading.speaker, reading.cue_start, q.sentence[0]):
            reading.date, reading.date_basis = pd.NaT, "present perfect: an unspecified earlier occasion"
        if pd.isna(reading.date):
            reading.date, reading.date_basis = _speech.carried_day(doc, layer, pos) or (reading.date, reading.date_basis)
        previous = layer.quotes[i - 1] if i else None
        later = reading.date_basis.startswith("same speaker") and not any(
            e.pos < q.span.start for e in layer.dated_events.get(reading.speaker, ()))  # a later statement's day
        if (pd.isna(reading.date) or later) and reading.attribution == "continuation" and previous is not None \
                and (previous.speaker == reading.speaker or (not previous.speaker and previous.attribution == "unnamed source")) \
                and previous.date is not None and not pd.isna(previous.date) \
                and "earlier occasion" not in reading.date_basis:
            # the next paragraph of a quote running over several (or the same voice going on): its day ("A," the
            # official said. "B.": B goes on from the unnamed official's A, which is labelled only later)
            reading.date, reading.date_basis = previous.date, (
                previous.date_basis if previous.date_basis.startswith("the quote it continues: ")
                else f"the quote it continues: {previous.date_basis}")
    # a headline's words the body gives again take the body's date for them (dated or not), not the
    # day of another of the speaker's doings: "‘We will win’: X rallies troops" over "X visited troops
    # on Thursday. In his nightly address, he said: “We will win.”"
    # (the deck's too: "…; ministers say support for Kyiv 'will not waver'" over the ministry's spokesperson's dated
    # "Our support for Ukraine will not waver." (dt25))
    deck_span = None
    for i, (q, reading) in enumerate(zip(doc.quotes, layer.quotes)):
        if reading.sentence_date is not None or len(folded[i].split()) < 2:
            continue
        if q.span.start >= layer.headline_end:
            if q.span.start >= 1500:
                continue
            if deck_span is None:
                from saidvsdone.citing import deck  # (citing reads the speech layer's words)
                number = deck(doc)
                deck_span = doc.paragraphs[number] if number >= 0 else (0, 0)
            if not deck_span[0] <= q.span.start < deck_span[1]:
                continue
        start = layer.headline_end if q.span.start < layer.headline_end else q.span.end
        anyone = start > layer.headline_end and not reading.speaker  # (a deck's "ministers say": any voice's words)
        copy = next((j for j, b in enumerate(doc.quotes) if b.span.start >= start
                     and (anyone or layer.quotes[j].speaker in (reading.speaker, ""))
                     and f" {folded[i]} " in f" {folded[j]} "), None)
        if copy is not None and "same words" not in reading.date_basis:
            body = layer.quotes[copy]
            reading.date, reading.date_basis = body.date, f"the body's copy of the same words: {body.date_basis}"
    # an all-caps subhead's or the headline's quote with nobody named for it ("RUSSIA SAYS ITS OFFENSIVE IS
    # 'PROCEEDING ACCORDING TO PLAN'", "takes his 'victory plan' to allies") restates the body's quote that
    # holds the same words: that quote's speaker and date (the next one after a subhead, any one after a headline)
    deck_paragraph = -2
    for i, (q, reading) in enumerate(zip(doc.quotes, layer.quotes)):
        head = q.span.start < layer.headline_end
        if not head and q.span.start < 1500 and ((not reading.speaker and reading.attribution == "unnamed source") or (
                # "…, while the Kremlin says the summit will not change “…”" in the deck: a seat, as in the headline (sk27)
                reading.speaker and (who or people()).speakers.get(reading.speaker) is not None
                and (who or people()).speakers[reading.speaker].kind == "organisation")):
            # "Russian bloggers say the push is going 'quicker than expected'" in the deck over "“Grey Heron”, a nationalist
            # channel: …“quicker than expected”": a group heading the deck gives way to the body's named voice (sk26)
            if deck_paragraph == -2:
                from saidvsdone.citing import deck  # (citing reads the speech layer's words)
                deck_paragraph = deck(doc)
            sentence = doc.sentence_at(q.span.start)
            head = sentence is not None and deck_paragraph >= 0 and sentence.paragraph == deck_paragraph
        # "Kremlin says offensive will go on 'until …'" over "The Kremlin spokesperson, Dmitry Peskov, said …": an
        # institution heading the headline gives way to the person whose body quote it restates
        who = (who or people()) if head and reading.speaker else who
        seat = head and reading.speaker and who.speakers.get(reading.speaker) is not None \
            and who.speakers[reading.speaker].kind == "organisation"
        # "„We hold”: wounded soldiers recover as Kyiv says …": a headline's quote before its colon is no words of the
        # verb after the colon (sk26)
        labelled = head and reading.cue_start > q.span.end and ":" in text[q.span.end:reading.cue_start]
        if _too_short_to_restate(text[q.span.start:q.span.end], head, head and _title_cased(text[:layer.headline_end])) or (reading.speaker and reading.kind != "scare" and reading.attribution not in (
                "continuation", "unknown name") and not seat and not labelled) or not (head or _subhead(text, q.span.start)):
            continue
        copy = next((j for j, b in enumerate(doc.quotes) if b.span.start >= max(layer.headline_end, q.span.end)
                     and not _subhead(text, b.span.start)
                     and (not seat or (layer.quotes[j].speaker in who.speakers
                                       and who.speakers[layer.quotes[j].speaker].kind == "person"))
                     and (layer.quotes[j].speaker or layer.quotes[j].attribution == "unnamed source")
                     and layer.quotes[j].kind != "scare" and restates(folded[i], folded[j])), None)
        if copy is None:
            continue
        body = layer.quotes[copy]  # a named speaker, or an unnamed source ("a senior commander said") kept as one
        reading.speaker, reading.as_written = body.speaker, body.as_written
        reading.attribution = "restated" if body.speaker else body.attribution
        reading.kind = "partial" if reading.kind == "scare" else reading.kind
        reading.date, reading.date_basis = body.date, f"the body's quote of the same words: {body.date_basis}"


def _too_short_to_restate(words: str, head: bool, title_cased: bool = False) -> bool:
    """Two words at least; in the headline one lower-case word of four letters or more will do
    (Attack 'halted', says Kyiv ← the body's "had been halted"), never a name or a short word; in a
    headline written in title case (every word capitalised) its capital says nothing."""
    split = fold_words(words).split()
    return len(split) < 2 and not (head and len(split) == 1 and len(split[0]) >= 4
                                   and (title_cased or words.strip(" .,'’‘\"“”")[:1].islower()))


def _title_cased(headline: str) -> bool:
    """A headline of five words or more with every word capitalised but the small ones ("Main Goal to
    ‘Liberate’ Donbas, Says Russia")."""
    words = re.findall(r"[A-Za-z][\w’'-]*", headline)
    return len(words) >= 5 and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def restates(short: str, body: str) -> bool:
    """Whether a heading's folded words run inside a body quote's, each word as written or shortened
    ("complete defeat" in "… completely defeat …"; words of four letters or more may be a stem)."""
    words, others = short.split(), body.split()
    for k in range(len(others) - len(words) + 1):
        if all(o == w or (len(w) >= 4 and o.startswith(w)) for w, o in zip(words, others[k:k + len(words)])):
            return True
    return False


def _quote_line(line: str) -> bool:
    """Whether a line is one quote, dashes or a bullet aside, with no punctuation at its end: a sub-heading
    ("- ‘Like a conveyor’ -", "‘The drones see everything’") that lifts words from a quote below."""
    words = line.strip(" \t-–—•*")
    return (len(words) >= 3 and words[0] in "“‘'\"«„‚" and words[-1] in "”’'\"»“‘" and words[-2] not in ".,;:!?…"
            and not any(c in "“”\"«»„" for c in words[1:-1]))


def _subhead(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a line of capitals of its own (a live blog's or a feature's subhead), or in a line
    that is one quote (:func:`_quote_line`)."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    if _quote_line(line):
        return True
    if _LOWER.search(line):
        return False  # (most lines: a small letter at once)
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters) and len(line.split()) >= 2


_LOWER = re.compile("[a-z]")
