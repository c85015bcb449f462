"""Who speaks a claim the speech layer leaves unattributed: a noun phrase that can speak (``_subject_phrase``), plural
and unnamed voices, institutions and their statements, a role holder (``_role_holder``), a report's owner, and each
speaker's part of a sentence with several (``_scopes``)."""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left
from dataclasses import replace

from saidvsdone import vocab
from saidvsdone import when as _when
from saidvsdone import mentions as _mentions
from saidvsdone import speech as _speech
from saidvsdone.speech import Cue, SpeechAct, cue_table
from saidvsdone.mentions import unnamed_person as _unnamed_person
from saidvsdone.mentions import label_as_written as _label_as_written
from saidvsdone.citing import (
    institution_heads as _institution_heads, table_label as _table_label,
    speech_mentions_between as _mentions_between,
)
from saidvsdone.citing import FUNCTION_WORDS as _FUNCTION_WORDS, deck as _deck, speaker_kind as _kind_of
from saidvsdone.matcher import trie_pattern
from saidvsdone.matcher import fail_fast, lazy_fail_fast

from ._dating import _CLOCK
from ._vocabulary import _CONTENT_WORD, _PRESENTED_IN, _TITLED_DOCUMENT, _words
from ._voices import _acts_between, _DEPUTY, _INDEFINITE, _plural_cue_heads, _plural_heads, _quotes_in, _states, _THAT
from ._headlines import _EVIDENCE_SUBJECT, _evidence_verbs, _headline_inverted, _words_side
from ._vocabulary import _account_subject


def _speaking_heads() -> frozenset:
    """Head nouns of a noun phrase that can speak for a side ("Ukraine's southern command", "Russian state media"):
    the ``phrase_head`` and ``plural_voice`` words of ``data/speech_words.csv``."""
    return vocab.compiled("claims_speaking_heads", ("speech_words",), lambda: (
        vocab.speech_words()["phrase_head"] | vocab.speech_words()["plural_voice"]))


#: Words a noun phrase of a speaker may take after its head: "of", "for", "in" and what they govern
#: ("the governor of Belgorod", "a spokesman for the Eastern group of forces").
_NP_LINKS = frozenset("of for in at from".split())
_NP_STOPS = frozenset(
    "that and or but while whereas which who whom whose as when after before because if since than said says "
    "told is are was were be been has have had will would could should may might also not it he she they we "
    "this these those there here "
    # (a fronted time phrase is no part of the subject: "A day later Ukraine's Joint Forces said", "On Monday X said")
    "later earlier ago yesterday today tonight tomorrow day days week weeks".split()) | frozenset(
    day.lower() for day in _when.WEEKDAYS.split("|"))
_NP_DETERMINERS = frozenset("the a an its their one some several many two three".split())
#: What may stand between the subject and its verb: "has also said", "continued to add", "on Friday said".
_SUBJECT_GAP = lazy_fail_fast(
    r"(?:\s*,\s*(?:meanwhile|however|for\s+its\s+part|for\s+their\s+part|in\s+turn|in\s+a\s+statement|"
    r"separately|too|(?:speaking|writing|who|which|citing|asked|led|headed)\b[^,;:“”\"]{1,120}?)\s*,)?"
    r"(?:\s+(?:defending|fighting|stationed|based|serving|deployed|holding|manning|who)\s[^,;:“”\"]{1,80}?)?"  # "soldiers defending X say", "researchers who count … believe"
    r"\s+(?:(?:has|have|had|also|later|then|again|previously|repeatedly|once|further|now|still|long|[a-z]+ly|"
    r"(?:continued|continue|continues|went\s+on|go\s+on|goes\s+on|was\s+quick|were\s+quick|hastened)\s+to|"
    r"on\s+(?:" + _when.WEEKDAYS + r"))\s+)*$")
_NP_WORD = re.compile(r"[\w’'.-]+$")


def _unattributed(doc, sentence, speaking, acts) -> list:
    """Claims only: a speech verb the speech layer found no speaker for, whose subject is a noun
    phrase headed by a noun that can speak ("Ukraine's southern command said", "Russian state media
    reported", "…, the regional military administration said"), speaks under that phrase as written;
    an unresolved name the phrase holds ("Military officials") is widened to it. Quotes' speakers are
    not touched (this reads the phrase for the claims table only)."""
    text = doc.text
    cues = doc.speech.cues
    starts = getattr(doc, "_claim_cue_starts", None)
    if starts is None:
        starts = doc._claim_cue_starts = [c.start for c in cues]
    here = cues[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
    plural = _plural_cues(text, sentence.start, sentence.end, {c.start for c in here})
    if sentence.headline:  # "U.S. officials see no sign …" in a deck: read with the headline verb "see" (as above)
        plural = [c for c in plural if not _SEE_NO_SIGN.match(c.text)]
        here = [c for c in here if not _SEE_NO_SIGN.match(c.text)]
    here += plural
    here += _demands(text, sentence.start, sentence.end)
    here += _per_cues(text, sentence.start, sentence.end)
    here += _citing_cues(text, sentence.start, sentence.end)
    shown = _shown_by_cues(text, sentence.start, sentence.end)
    here += shown
    if not here:
        return speaking
    by_cue = {a.cue.start: a for a in speaking}
    set_aside = {a.cue.start for a in acts} - set(by_cue)
    result = list(speaking)
    for cue in here:
        if shown and cue in shown:  # "Maps released by X show that …": the author of the maps speaks
            a, b = _SHOWN_BY.match(text, sentence.start, sentence.end).span("owner")
            owner = _named_body(doc, a, b, cue.start)
            name = _TRAILING_NAME.search(text, a, b) if owner is None else None
            if name is not None:  # a name no table knows, as written ("the volunteer group Frontline Watch")
                owner = _mentions.Mention(name.start(), b, "", text[name.start():b], "unnamed source")
            layer = by_cue.get(cue.start)
            if layer is not None and owner is not None and layer.speaker.start < a and layer in result:
                result.remove(layer)  # the layer's "Figures" (the document, not its author)
            if owner is not None and not any(a.speaker.speaker and a.speaker.speaker == owner.speaker for a in result):
                result.append(SpeechAct((sentence.start, sentence.end), cue, owner, None, ""))
            continue
        if cue.kind == "source" and cue.start not in by_cue and cue.start not in set_aside:
            owner = _per_owner(doc, cue, sentence.end) if cue.text == "per" else _citing_owner(doc, cue, sentence.end) \
                if cue.text == "citing" else _source_owner(doc, cue, sentence.end)
            if owner is not None and cue.text == "citing" and any(
                    b.speaker.speaker == owner.speaker or _kind_of(b.speaker.speaker) == "media" for b in result):
                owner = None  # "…, TASS reported, citing the defence ministry": the conduit's source already speaks
            if owner is not None:  # (a day before "according to" is the content's, not the statement's)
                result.append(SpeechAct((sentence.start, sentence.end), cue, owner, None, ""))
            continue
        progressive = cue.text.lower() == "demanding" and _PROGRESSIVE_BEFORE.search(text, max(0, cue.start - 8),
                                                                                      cue.start)
        if cue.text.lower() == "demanding" and not progressive and cue.start not in by_cue:
            # "Putin on Friday set out his conditions for talks, demanding that Ukraine withdraw …": the sentence's
            # subject demands (cl17)
            who = _participle_subject(doc, sentence.start, cue)
            if who is not None:
                result.append(SpeechAct((sentence.start, sentence.end), cue, who, None, ""))
            continue
        if cue.kind != "speech" or (cue.text.lower().endswith("ing") and not progressive) or doc.in_quote(cue.start) \
                or cue.start in set_aside or not _states(text, cue, sentence.start):
            continue
        act = by_cue.get(cue.start)
        contact = _CONTACT_RELATIVE.search(text, max(sentence.start, cue.start - 60), cue.start) \
            if act is not None and act.speaker.how == "pronoun" else None
        if contact is not None and contact.start() < act.speaker.start < contact.end() and act in result:
            result.remove(act)  # "officials he spoke to put …": "he" is the one who spoke to them, not the subject
            act = None
        if act is not None and act.speaker.how == "country" and act.speaker.start >= cue.end and act in result \
                and _FINITE_AFTER.match(text, act.speaker.end) and _subject_phrase(text, sentence.start, cue.start):
            result.remove(act)  # "a senior US official, …, said Russia had lost …": Russia is the content's subject
            act = None
        if act is not None and act.speaker.speaker and act.speaker.how != "unknown name":
            continue
        phrase = _subject_phrase(text, sentence.start, cue.start)
        contact = _CONTACT_RELATIVE.search(text, max(sentence.start, cue.start - 60), cue.start) \
            if phrase is None and act is None else None
        if contact is not None:  # "Kovalenko says officials he spoke to put the figure at …": his sources speak (cl18)
            phrase = _subject_phrase(text, sentence.start, contact.start())
        if phrase is None and act is None and plural and cue in plural:
            phrase = _plural_subject(text, sentence.start, cue.start)  # "gunners on the southern front believe"
        if phrase is None and act is None and cue.text.lower().startswith("demand"):
            who = _demand_subject(doc, sentence.start, cue)  # "He went on to demand security guarantees"
            if who is not None:
                result.append(SpeechAct((sentence.start, sentence.end), cue, who, None, ""))
            continue
        member = _member_of_group(doc, sentence, cue) if phrase is None and (act is None or (
            not act.speaker.speaker and act.speaker.as_written.lower().endswith(" of them"))) else None
        if member is not None:  # "Russian bloggers said …, and one of them claimed …": one of the group speaks
            if act is not None and act in result:
                result.remove(act)  # the layer's "One of them"
            result.append(SpeechAct((sentence.start, sentence.end), cue, member,
                                    *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        if phrase is None and act is None and (_INVERTED_IT.search(text, max(sentence.start, cue.start - 8), cue.start)
                                               or _OPENING_IT.fullmatch(text, sentence.start, cue.start)):
            # "…, it said", "It assessed that …": the institution that spoke last ("It also finds that …" after a
            # written account's finding: the voice of the sentence before, read in _claims_in, cl21)
            opening = _OPENING_IT.match(text, sentence.start, cue.start)
            if opening is not None and cue.text.lower() in _speech.speech_words()["finding_verb"]:
                result.append(SpeechAct((sentence.start, sentence.end), cue, _mentions.Mention(
                    opening.end() - len(opening.group(0).lstrip()), opening.end() - len(opening.group(0).lstrip()) + 2,
                    "", "It", "unresolved pronoun"), *doc.speech.cue_days.get(cue.start, (None, ""))))
                continue
            it = _last_institution(doc, cue.start)
            if it is not None:
                result.append(SpeechAct((sentence.start, sentence.end), cue, it,
                                        *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        titled = _TITLED_DOCUMENT.fullmatch(text, sentence.start, cue.start) if phrase is None and act is None else None
        owner = _document_owner(doc, titled.group("noun"), sentence.start) if titled is not None else None
        if owner is not None:  # "The report, titled “…”, estimates that …": who presented that report before (cl18)
            result.append(SpeechAct((sentence.start, sentence.end), cue, owner,
                                    *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        document_subject = _STATEMENT_SUBJECT.fullmatch(text, sentence.start, cue.start - 1) \
            if phrase is None and act is None and text[cue.start - 1:cue.start] == " " \
            and _institution_spoke_last(doc, cue.start) else None
        apposed = _APPOSED_SUBJECT.fullmatch(text, sentence.start, cue.start) if phrase is None and act is None else None
        if apposed is not None and (_subject_phrase(text, sentence.start, apposed.end("head")) is not None
                                    or _BODY_NAME.search(apposed.group("name"))):
            # "The US security research center, the Institute for War Studies, announced …": the apposition names
            # the speaking head before it
            a, b = apposed.span("name")
            named = [m for m in _mentions_between(doc, a, a + 1) if (a, b) == (m.start, m.end) and m.speaker
                     and m.how == "name"]
            mention = named[0] if named else _mentions.Mention(a, b, "", text[a:b], "unknown name")
            result.append(SpeechAct((sentence.start, sentence.end), cue, mention,
                                    *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        they = _THEY_BEFORE.fullmatch(text, sentence.start, cue.start) if phrase is None and act is None else None
        if they is not None:  # "Some officials said …. They say …": the group that spoke last (read in _claims_in)
            result.append(SpeechAct((sentence.start, sentence.end), cue, _mentions.Mention(
                they.start("they"), they.end("they"), "", they.group("they"), "unresolved pronoun"),
                *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        if document_subject is not None:  # "The update said …": whoever spoke last (read in _claims_in)
            result.append(SpeechAct((sentence.start, sentence.end), cue, _mentions.Mention(
                sentence.start, cue.start - 1, "", text[sentence.start:cue.start - 1], "unnamed source"),
                *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        written = _written_subject(text, sentence.start, cue) if phrase is None and act is None else None
        if written is not None:  # "The document, dated November 8, estimated …", "Britain's latest intelligence update,
            # published on Wednesday, says …": a written account speaks for its maker (cl21)
            result.append(SpeechAct((sentence.start, sentence.end), cue, written,
                                    *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        fronted = _fronted_subject(doc, sentence, cue) if phrase is None and act is None else None
        if fronted is not None:  # "Another channel, "X", which often reflects …, claimed …" (cl19)
            result.append(SpeechAct((sentence.start, sentence.end), cue, fronted,
                                    *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        if phrase is None and act is None:
            owner = _statement_owner(doc, sentence.start, cue.start)
            if owner is not None and not any(x.speaker.speaker == owner.speaker for x in result):
                result.append(SpeechAct((sentence.start, sentence.end), cue, owner,
                                        *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        if phrase is None:
            continue
        a, b = phrase
        if act is not None:  # "Military officials said": the layer read only "Military"
            if act.speaker.how in ("unknown name", "unnamed source", "unresolved role") and a <= act.speaker.start and act.speaker.end <= b \
                    and (a, b) != (act.speaker.start, act.speaker.end) and not (
                        act.speaker.how == "unknown name" and _AT_BODY.search(text, max(a, act.speaker.start - 10),
                                                                              act.speaker.start)) \
                    and not (act.speaker.speaker and _speech.PRESS_OF.search(text, max(a, act.speaker.start - 40),
                                                                      act.speaker.start)) \
                    and not (act.speaker.speaker and _speech.PRESS_OWNED.match(text, act.speaker.end, b)):
                # ("the press service of Ukraine's 72nd Brigade said", "the 24th Brigade's press service said": the
                # brigade it serves speaks, as the layer read)
                # ("analysts at the Black Sea Monitor project": the body the layer read speaks, cl18)
                mention = replace(act.speaker, start=a, end=b, speaker="", as_written=text[a:b], how="unnamed source")
                result[result.index(act)] = replace(act, speaker=mention)
            continue
        earlier = [x for x in result if x.cue.start < cue.start and x.speaker.start < x.cue.start] \
            if contact is None else []  # (the sources one spoke to: nested attribution, a claim of their own)
        if any(not _CLAUSE_BREAK.search(text, x.cue.end, a) for x in earlier) and not (
                text[a:b].split()[-1].lower() in _plural_heads() and _APPOSED_RELATIVE.search(text, max(x.cue.end for x in earlier), a)):
            # "Putin said the ministry had reported …": inside the first speaker's words ("…, a figure Western officials
            # believe is too low": the reporter's apposition gives a group its own voice)
            continue
        day, day_text = doc.speech.cue_days.get(cue.start, (None, ""))
        country = vocab.country_forms().get(text[a:b], ("", ""))
        inside = [m for m in _mentions_between(doc, a, b) if m.end <= b and m.speaker and m.how in ("name", "title")
                  and not _mentions.is_person(m.speaker, _mentions.people())
                  and _AT_BODY.search(text, max(a, m.start - 10), m.start)] if country[1] not in ("country", "capital") else []
        if country[1] in ("country", "capital"):
            mention = _mentions.Mention(a, b, country[0], text[a:b], "country")
        elif inside:  # "monitors at the DeepState project said": the body they speak for (cl18)
            mention = inside[-1]
        elif (body := _AT_NAMED_BODY.search(text, max(a, b - 80), b)) is not None \
                and body.group("noun").lower() in vocab.speech_words()["named_outlet_noun"]:
            # "analysts at the Black Sea Monitor project said": a body no table knows, by its name (cl18)
            mention = _mentions.Mention(body.start("name"), body.end("name"), body.group("name"), body.group("name"),
                                        "unknown name")
        else:
            holder = _speech.office_holder(doc, text[a:b], cue.start, doc.published if day is None else day,
                                            doc.speech.acts)
            mention = _mentions.Mention(a, b, holder, text[a:b], "role" if holder else "unnamed source")
        result.append(SpeechAct((sentence.start, sentence.end), cue, mention, day, day_text))
    return result


_ONE_OF_THEM = re.compile(r"(?:^|[,;]\s*|\s)(?:(?:and|but|while|though)\s+)?(?P<one>[Oo]ne|[Ss]ome|[Ss]everal|[Tt]wo|[Mm]any|"
                          r"[Mm]ost|[Oo]thers?)\s+of\s+them\s+(?:(?:also|even|later|further|[a-z]+ly)\s+)?$")


_COUNT_LEAD = re.compile(r"(?i:the|some|several|many|two|three|four|five|a\s+few|few|other)\s+")


def _member_of_group(doc, sentence, cue):
    """ "Russian war bloggers said the assault had failed, and one of them claimed that …": the member of the speaking
    group of this sentence or the one before speaks ("Russian war blogger (unnamed)"; "some of them": the group)."""
    text = doc.text
    one = _ONE_OF_THEM.search(text, max(sentence.start - 1, cue.start - 48, 0), cue.start)
    if one is None:
        return None
    lo = max(0, sentence.start - 400)
    group = next((a for a in reversed(_acts_between(doc, lo, cue.start)) if a.cue.start < cue.start
                  and not a.speaker.speaker and a.speaker.as_written.split()
                  and a.speaker.as_written.split()[-1].lower() in _plural_cue_heads()), None)
    if group is None:
        return None
    written = group.speaker.as_written
    written = written[_COUNT_LEAD.match(written).end():] if _COUNT_LEAD.match(written) else written
    if one.group("one").lower() == "one":
        words = written.split()
        label = " ".join(words[:-1] + [words[-1][:-1]]) + " (unnamed)"
    else:
        label = written
    a = one.start("one")
    return _mentions.Mention(a, cue.start - 1, label, text[a:cue.start].strip(), "unnamed source")


#: A finite verb right after a name: the name is a clause's subject ("said Russia had lost …"), not a speaker.
_FINITE_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|must|might)\b")


#: One of them as a whole run of letters in lower-cased text (one search, not a list of every word of the sentence).
_PLURAL_HEAD_WORD = vocab.TablePattern("claims_plural_head_word", ("speech_words",), lambda: (  # (_plural_cue_heads)
    r"(?<![a-z])(?:" + trie_pattern(_plural_cue_heads()) + r")(?![a-z])"))


def _common_leads() -> frozenset:
    """Common words that open an unnamed group's label only because it opens the sentence ("Military analysts say"):
    the ``label_lead`` and ``plural_voice`` words of ``data/speech_words.csv``."""
    return vocab.compiled("claims_common_leads", ("speech_words",), lambda: (
        vocab.speech_words()["label_lead"] | vocab.speech_words()["plural_voice"]))


#: (the plural forms the cue table has — "say", "warn", "insist", "acknowledge", "concede" — are read by the layer)
_PLURAL_VERB = re.compile(r"\b(?:claim|estimate|believe|assess|report|admit|contend|maintain|caution|argue|note|"
                          r"conclude|predict|describe|think(?!\s+tanks?\b)|reckon)\b"
                          r"(?=\s+(?:that\s+)?[\w’'-]|[.!]?\s*$)")  # "…, Western officials believe."
_BEFORE_PLURAL_VERB = re.compile(r"(?P<np>(?P<head>[\w’'-]+)(?:\s+(?:in|at|from|with)\s+(?:the\s+)?[A-Z][\w’'-]*"
                                 r"(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+(?:office|headquarters|camp|team))?"  # "officials in Kyiv"
                                 r"|\s+(?:in|on|at|near|along|across|around|inside)\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,2}?"
                                 r"[a-z][\w’'-]*)?)"  # "commanders in the east", "gunners on the southern front"
                                 r"\s+(?:(?:now|still|also|[a-z]+ly)\s+)?(?:(?:continue|continued)\s+to\s+)?$")  # "now think"

_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.IGNORECASE)
_HEAD_BEFORE_GAP = re.compile(r"(?P<head>[\w’'-]+)$")
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _plural_cues(text: str, start: int, end: int, known: set) -> list:
    """Claims only: a plural present verb of statement right after a plural speaking noun ("officials
    claim", "officials continue to report that …", "gunners on the southern front believe …", "intelligence
    services now think …")."""
    found = []
    heads = _plural_cue_heads()
    if _PLURAL_HEAD_WORD.search(text[start:end].lower()) is None:  # most sentences: no speaking group
        return found
    for m in _PLURAL_VERB.finditer(text, start, end):
        gap = _SUBJECT_GAP.search(text, max(start, m.start() - 160), m.start())  # "officials, speaking …, believe"
        if gap is not None and gap.start() < m.start() - 1:
            before = _HEAD_BEFORE_GAP.search(text, max(start, gap.start() - 40), gap.start())
        else:
            contact = _CONTACT_RELATIVE.search(text, max(start, m.start() - 60), m.start())  # "officials he met say"
            at = contact.start() + 1 if contact is not None else m.start()
            before = _BEFORE_PLURAL_VERB.search(text, max(start, at - 64), at)
        if before is not None and before.group("head").lower() in heads and m.start() not in known \
                and not _WHAT_BEFORE.search(text, max(start, before.start() - 8), before.start()):  # "what officials describe as"
            found.append(Cue(m.start(), m.end(), m.group(0), "speech"))
    return found


_LEAD_WORD = re.compile(r"[\w’'-]+$")


def _plural_subject(text: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """(start, end) of the group before a plural present verb of statement that ``_subject_phrase`` does not read
    (a lower-case place or front after the head, an adverb before the verb: "Ukrainian gunners on the southern front
    believe", "Most Western intelligence services now think"): the head with its place, and up to three words before
    it back to a punctuation mark, a stop word or a determiner."""
    before = _BEFORE_PLURAL_VERB.search(text, max(s_start, cue_start - 64), cue_start)
    if before is None or before.group("head").lower() not in _plural_cue_heads():
        return None
    start, end = before.span("np")
    for _ in range(3):
        pos = start
        while pos > s_start and text[pos - 1] in " \t":
            pos -= 1
        word = _LEAD_WORD.search(text, max(s_start, pos - 40), pos) if pos < start else None
        if word is None or word.end() != pos or word.group(0).lower() in _NP_STOPS | _NP_DETERMINERS | _NP_LINKS:
            break
        start = word.start()
    return start, end


_STATEMENT_BY = re.compile(r"(?<![\w-])(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|assessment|"
                           r"analysis|update|briefing|readout|summary|post)\s+(?:by|from|of)\s+(?P<owner>[^,;:“”\"]{2,80}?)"
                           r"(?:\s*,\s*(?:published|released|issued|posted|dated)\b[^,;:“”\"]{0,60},)?"  # "…, published on Monday,"
                           r"\s+(?:(?:also|later|further)\s+)?$", re.IGNORECASE)
#: "the General Staff published its evening update, which said …": the publisher speaks
_PUBLISHED_WHICH = re.compile(r"(?<![\w-])(?P<owner>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5})\s+"
                              r"(?:published|released|issued|posted|put\s+out)\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:report|update|statement|assessment|summary|bulletin|analysis)\s*,\s*which\s+$")


_INVERTED_IT = re.compile(r",\s*(?:it|they)\s+(?:also\s+)?$")
_OPENING_IT = re.compile(r"\s*It\s+(?:also\s+|further\s+)?")
_QUESTION_LABEL = re.compile(r"\s*(?i:q|question|reporter|moderator|interviewer|journalist)(?:\s*\([^()\n]{1,40}\))?\s*:\s")


def _evidence_participles() -> frozenset:
    """ "…, indicating that …": the "-ing" forms of the ``evidence_verb`` lemmas (an inference, whatever the subject)."""
    return vocab.compiled("claims_evidence_participles", ("speech_words",),
                          lambda: frozenset(f for f in _evidence_verbs() if f.endswith("ing")))


_SOURCE_BY = re.compile(r"\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|assessment|analysis|update|"
                        r"briefing|estimate|estimates|data|figures|count|tally|map|maps|mapping)\b[^,;:“”\"]{0,60}?\s+by\s+"
                        r"(?:the\s+)?(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})")


def _lede_roles() -> frozenset:
    """The unnamed roles of a lede the story names further down ("a Ukrainian military spokesman said" … "Vadym
    Lysenko, spokesman for …"): the ``lede_role`` words of data/speech_words.csv (lower case)."""
    return vocab.speech_words()["lede_role"]


def _lede_roles_pattern() -> str:
    return trie_pattern(_lede_roles()) or "(?!)"


#: "Vadym Lysenko, spokesman for the Khortytsia group of forces, said": a name with the role in apposition after it
_NAME_THEN_ROLE = vocab.TablePattern("name_then_role", ("speech_words",), lambda: r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+),"
                                     r"\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,4}?(?P<role>" + _lede_roles_pattern() + r")\b")


def _lede_named_later(doc, sentence, act) -> str:
    """ "…, a Ukrainian military spokesman said on Thursday" in a wire's lede, and "Vadym Lysenko, spokesman for the
    Khortytsia group of forces, said …" opening the next paragraph: the lede's unnamed role is that person (no person
    of the body spoke before it; the name comes within the two paragraphs after the lede's); "" otherwise."""
    written = act.speaker.as_written.split()
    roles = _lede_roles()
    role = next((w.lower() for w in written if w.lower() in roles), written[-1].lower())
    if act.cue.start - max(doc.headline_end, 0) > 2000:
        return ""  # not a lede (and no scan of every act before a verb far into a long text)
    indefinite = _INDEFINITE.match(act.speaker.as_written) or _ROLE_OF_A.match(act.speaker.as_written)
    if not indefinite or role not in roles or any(
            a.speaker.how in ("name", "title", "unknown name") for a in _acts_between(doc, doc.headline_end, act.cue.start)
            if a.cue.start < act.cue.start and not doc.sentence_at(a.cue.start).headline
            and doc.sentence_at(a.cue.start).paragraph != _deck(doc)):  # (a standfirst is no body)
        return ""
    delayed = _delayed_identification(doc, sentence, act)
    if delayed:  # "…, a Ukrainian military spokesman said." then "Maj. A B, who speaks for …, told …": him
        return delayed
    # the role names its holder within six paragraphs (a caption or related link between is no paragraph; a
    # time stamp, a sign-up line or a neutral paragraph is)
    last = doc.story_ahead(sentence.paragraph, 6)
    side = _words_side(act.speaker.as_written)  # "a Ukrainian military spokesman" is no "Kremlin spokesman A B" (hl6)
    match = _NAME_THEN_ROLE.search(doc.text, sentence.end, doc.paragraphs[last][1])
    while match is not None and (match.group("role").lower() != role or _other_side(doc, match, side)):
        match = _NAME_THEN_ROLE.search(doc.text, match.end(), doc.paragraphs[last][1])
    titled = _TITLE_THEN_NAME.search(doc.text, sentence.end, doc.paragraphs[last][1])
    first_voice = not any(not doc.sentence_at(a.cue.start).headline and doc.sentence_at(a.cue.start).paragraph != _deck(doc)
                          for a in _acts_between(doc, doc.headline_end, act.cue.start))
    while titled is not None and (titled.group("role").lower() != role and not (
            role == "commander" and first_voice and titled.group("role").lower() in _commander_ranks())
            or _other_side(doc, titled, side)):
        # "the commander of a brigade" as the body's first voice … "Colonel A B" (further down, a commander and a
        # colonel may be two people)
        titled = _TITLE_THEN_NAME.search(doc.text, titled.start() + 1, doc.paragraphs[last][1])  # ("Colonel General A")
    if titled is not None and (match is None or titled.start() < match.start()):
        match = titled  # "a top Russian general" … "Colonel General A B, first deputy chief of …, said"
    if match is None:
        return _named_next(doc, sentence) if role in ("spokesman", "spokeswoman", "spokesperson") else ""
    named = [m for m in _mentions_between(doc, match.start(), match.end("name")) if m.speaker
             and m.start >= match.start() and m.end <= match.end("name")]
    if named:
        return named[0].speaker
    # "Colonel General Alexander Lapin": the rank's second word is no part of the name
    name = match.group("name").split()
    ranks = _commander_ranks() | roles
    while len(name) > 2 and name[0].lower() in ranks:
        name = name[1:]
    return " ".join(name)


#: a name's relative clause: "Maj. A B, who speaks for the eastern group, told …" (the delayed identification of a voice)
_WHO_CLAUSE = re.compile(r"\s*,\s+who\s")
#: abbreviated ranks and titles before a name ("Maj.", "Lt. Col.", "Dr"): no part of the name
_TITLE_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,4}\.?\s+){0,3}")


def _next_sentence(doc, sentence):
    """The story's sentence after ``sentence``: the next one of its paragraph, else the first of the story's next
    paragraph (bylines, captions and links between skipped); None at the end."""
    after = doc.sentence_at(sentence.end)
    if after is None:  # (the space or line break between two sentences)
        a = sentence.end
        while a < len(doc.text) and doc.text[a].isspace():
            a += 1
        after = doc.sentence_at(a)
    if after is not None and after.paragraph != sentence.paragraph:
        nxt = doc.story_ahead(sentence.paragraph, 1)
        if nxt == sentence.paragraph:
            return None
        a = doc.paragraphs[nxt][0]
        while a < len(doc.text) and doc.text[a].isspace():
            a += 1
        after = doc.sentence_at(a)
    return after if after is not None and not after.headline else None


def _delayed_identification(doc, sentence, act) -> str:
    """ "…, a Ukrainian military spokesman said Tuesday." then "Maj. A B, who speaks for the eastern group, told …"
    (or "Ukraine's deputy defence minister told a forum …" then "A B, who is responsible for …, said …"): a role
    that names nobody, and the very next sentence of the story opens on a full name the article has not named
    before, given a relative clause and the speech verb of that sentence — the wire's delayed identification of
    its voice: that person (not of another warring side than the role's words name: :func:`_of_other_side`). ""
    otherwise."""
    after = _next_sentence(doc, sentence)
    if after is None:
        return ""
    text = doc.text
    for other in _acts_between(doc, after.start, after.end):
        m = other.speaker
        if not m.speaker or m.how not in ("name", "unknown name", "title") or " " not in m.speaker.strip() \
                or other.cue.start < m.end or _WHO_CLAUSE.match(text, m.end) is None:
            continue
        opening = _TITLE_ABBREVIATION.match(text, after.start)
        if m.start > opening.end() or not _mentions.could_be_person(m.speaker, _mentions.people()):
            continue  # (the sentence's subject, its opening words)
        if text.find(m.speaker.split()[-1], max(doc.headline_end, 0), sentence.start) >= 0:
            return ""  # somebody named before: no delayed identification
        if _of_other_side(m.speaker, text[after.start:m.start], _words_side(act.speaker.as_written)):
            return ""
        return m.speaker
    return ""


def _other_side(doc, match, side: str) -> bool:
    """Whether the name ``match`` found for a lede's role of one warring ``side`` is another side's
    (:func:`_of_other_side`, the words before the name in its sentence)."""
    return _of_other_side(match.group("name"), doc.text[doc.sentence_at(match.start()).start:match.start("name")], side)


def _of_other_side(name: str, before: str, side: str) -> bool:
    """Whether ``name``, found for a role of one warring ``side``, is another side's: a person the tables give another
    country, or a role written with another side's words (``before`` the name: "Kremlin spokesman A B" for "a Ukrainian
    military spokesman") (hl6; sk34's delayed identification since rv21c)."""
    if not side:
        return False
    known = _mentions.people().speakers.get(name)
    if known is not None and known.country in ("Russia", "Ukraine"):
        return known.country != side
    return _words_side(before[-40:]) not in ("", side)


def _named_next(doc, sentence) -> str:
    """ "…, a spokesman for X said on Thursday." then "A B told reporters …" opening the next paragraph: a full name
    the article has not mentioned before, speaking first thing in the paragraph after the lede's, is that spokesman."""
    nxt = doc.story_ahead(sentence.paragraph, 1)
    if nxt == sentence.paragraph:
        return ""
    a, b = doc.paragraphs[nxt]
    while a < b and doc.text[a].isspace():
        a += 1
    for act in _acts_between(doc, a, b):
        m = act.speaker
        if m.start == a and m.how in ("name", "unknown name") and " " in m.as_written.strip() \
                and act.cue.start - m.end <= 24 \
                and doc.text.find(m.as_written.split()[-1], max(doc.headline_end, 0), a) < 0:
            return m.speaker
        break
    return ""


def _commander_ranks() -> frozenset:
    """Ranks a commander holds: "the commander of a brigade" in the lede, "Colonel A B" after it (the
    ``commander_rank`` words of data/speech_words.csv)."""
    return vocab.speech_words()["commander_rank"]


#: "Colonel General A B": the lede's role as the title before a name.
_TITLE_THEN_NAME = vocab.TablePattern("title_then_name", ("speech_words",), lambda: r"\b(?P<role>(?i:" + _lede_roles_pattern()
                                      + "|" + (trie_pattern(_commander_ranks()) or "(?!)") + r"))"
                                      r"\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+)")
#: "The commander of a Ukrainian brigade said": a definite role of an indefinite unit is as unnamed as "a commander"
_ROLE_OF_A = re.compile(r"the\s+[\w-]+\s+of\s+(?:a|an|one)\s", re.IGNORECASE)
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+(?:ed|ing)")
_NAME_BEFORE_VERB = re.compile(r",\s+([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)\s+$")
_AFTER_PARTICIPLE = re.compile(r"\s+(?:by|in|at|on|from|to|with|after)\b")


def _participle_not_name(doc, sentence, act):
    """ "Interviewed by AFP in Druzhkivka, …, Mykola said": a participle opening the sentence is no unknown name;
    the speaker is the name the layer found last before the verb."""
    m = act.speaker
    if m.how != "unknown name" or m.start != sentence.start or not _PARTICIPLE_OPENING.fullmatch(m.as_written) \
            or _AFTER_PARTICIPLE.match(doc.text, m.end) is None:
        return act
    named = [x for x in _mentions_between(doc, m.end, act.cue.start) if x.end <= act.cue.start and x.speaker
             and x.how in ("name", "title", "unknown name", "pronoun")]
    if named:
        return replace(act, speaker=named[-1])
    last = _NAME_BEFORE_VERB.search(doc.text, m.end, act.cue.start)  # "…, Mykola said": a name the layer knows elsewhere
    if last is None:
        return act
    name = last.group(1)
    known = next((a.speaker.speaker for a in doc.speech.acts if a.speaker.speaker
                  and a.speaker.speaker.split()[-1] == name.split()[-1]), name)
    return replace(act, speaker=_mentions.Mention(last.start(1), last.end(1), known, name, "unknown name"))


def _role_introduced(doc, act) -> str:
    """ "The spokesman noted …": the last person named before it within 80 characters of that role's word in
    the same sentence ("the spokesman of the Southern Defense Forces Vladyslav Voloshyn"); "" when none."""
    role = act.speaker.as_written.split()[-1].lower()  # ("the commander-in-chief": its whole word)
    words = (role,) + tuple(w for w in _words().role_synonyms.get(role, ()) if w != role)
    deputy = _DEPUTY.search(act.speaker.as_written) is not None  # "the deputy minister" is not the minister
    who = _mentions.people()
    begin = max(0, act.speaker.start - 4000)
    # (with the speakers of the acts before: a name the tables do not know is no mention of the layer's)
    before = sorted({*_mentions_between(doc, begin, act.speaker.start),
                     *(a.speaker for a in _acts_between(doc, begin, act.cue.start) if a.speaker.how == "unknown name")},
                    key=lambda m: (m.start, m.end))
    for m in reversed(before):
        if m.end > act.speaker.start or not m.speaker or m.how not in ("name", "unknown name", "title") \
                or not _mentions.could_be_person(m.speaker, who):
            continue
        sentence = doc.sentence_at(m.start)
        if sentence is None or sentence.headline:
            continue
        near = doc.text[max(sentence.start, m.start - 80):min(sentence.end, m.end + 80)].lower()
        # ("the military intelligence chief" after "A B, the head of Ukraine's military intelligence agency":
        # claim_words.csv role_synonym rows)
        if any(re.search(r"\b" + re.escape(word) + r"\b", near) for word in words) \
                and deputy == (_DEPUTY.search(near) is not None):
            return m.speaker
    # a name the layer never heard speak, printed right after the role ("… of the Southern Defense Forces V. V.")
    best = ""
    for match in _ROLE_THEN_NAME.finditer(doc.text, max(0, act.speaker.start - 4000), act.speaker.start):
        if match.group("role").lower() == role and not deputy and _mentions.gender(match.group("name")):
            best = match.group("name")
    return best


_ROLE_THEN_NAME = re.compile(r"\b(?P<role>(?i:(?:spokesman|spokeswoman|spokesperson|commander|official|officer|governor|mayor|"
                             r"minister|adviser|advisor|diplomat|colonel|general)(?:-in-chief)?))\b(?:\s+(?:of|for)\s+(?:the\s+)?"
                             r"(?:[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?)?){1,5}|,?\s+)(?P<name>[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+)\b")


def _named_later_only(doc, act) -> bool:
    """Is the layer's person for a role noun named nowhere before it (only further on)?"""
    mentions = doc.speech.mentions
    cached = getattr(doc, "_first_named_cache", None)  # speaker → where a name or title first names them
    if cached is None or cached[0] is not mentions:
        first: dict[str, int] = {}
        for m in mentions:
            if m.how in ("name", "title"):
                first[m.speaker] = min(first.get(m.speaker, m.start), m.start)
        cached = doc._first_named_cache = (mentions, first)
    named_at = cached[1].get(act.speaker.speaker)
    return named_at is not None and named_at > act.speaker.start


def _introduced_with(doc, act) -> str:
    """The last person named before the act whose sentence holds the role's word ("Lieutenant Colonel Andriy
    Horbenko … commands a battalion" for "the commander"); "" when none."""
    role = act.speaker.as_written.split()[-1].lower()
    root = re.escape(role[:6])
    best, text = "", doc.text
    for match in _PERSON_NAME.finditer(text, 0, act.speaker.start):
        name = match.group("name")
        if not _mentions.could_be_person(name, _mentions.people()):
            continue
        surname = re.escape(name.split()[-1])
        for said in re.finditer(r"\b" + surname + r"\b", text[:act.speaker.start]):
            sentence = doc.sentence_at(said.start())
            if sentence is not None and not sentence.headline and \
                    re.search(r"(?i)\b" + root, text[sentence.start:sentence.end]):
                best = name
                break
    return best


#: Two or more capitalised words after a rank or a title ("Lieutenant Colonel Andriy Horbenko").
_RANKS = "Colonel|General|Major|Captain|Commander|Lieutenant|Sergeant|Brigadier|Admiral"
_PERSON_NAME = re.compile(r"\b(?:" + _RANKS + r")\s+(?P<name>(?!(?:" + _RANKS + r")\b)[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+)\b")


#: "the statement", "its latest update" as a whole subject (read with ``fullmatch``, in any case): its noun a
#: ``statement_subject_noun`` word of data/speech_words.csv, one modifier allowed
_STATEMENT_SUBJECT = vocab.TablePattern("statement_subject", ("speech_words",), lambda: _account_subject(
    ("the", "its", "their", "that"), 1, r"(?:" + (trie_pattern(vocab.speech_words()["statement_subject_noun"],
                                                              spaces=True, ignore_case=True) or "(?!)") + r")",
    word=r"\w"), re.IGNORECASE)



#: A written account as a sentence's subject, up to its verb: a determiner or an owner's possessive, up to four words, its
#: noun (group ``noun``), then an aside between commas or a short relative clause: "The document, dated November 8,",
#: "Britain's latest defence intelligence update, published on Wednesday,", "The leaked documents that appeared online
#: this month" (cl21)
_WRITTEN_SUBJECT = re.compile(r"\s*(?P<subject>" + _account_subject(("the", "its", "their", "this", "these"), 4,
                                                                    owner=r"(?:[A-Z][\w-]*|the\s+[\w-]+)['’]s?") + r")"
                              r"(?:\s*,[^,.;:!?“”\"\n]{1,70},|\s+(?:that|which)\s+(?!(?:is|are|was|were|has|have|had)\b)"
                              r"[^,.;:!?“”\"\n]{1,60}?)?\s+(?:(?:also|further|now)\s+)?")


def _written_subject(text: str, s_start: int, cue):
    """The mention of a written account that is the subject of ``cue`` (a speech verb the layer gave no speaker), as
    written ("The document", "Britain's latest defence intelligence update"): its noun a ``statement_noun`` or a
    ``not_a_person`` of data/speech_words.csv, singular or plural; a bare definite noun ("The document") is left for
    the document named before (``_stage._continued_document``); None when the subject is no such account."""
    match = _WRITTEN_SUBJECT.fullmatch(text, s_start, cue.start)
    if match is None:
        return None
    words = vocab.speech_words()
    noun = match.group("noun")
    nouns = words["statement_noun"] | words["not_a_person"]
    if noun not in nouns and not (noun.endswith("s") and noun[:-1] in nouns):
        return None
    a, b = match.span("subject")
    written = text[a:b].split()
    owner = " ".join(w for w in written[:-1] if w.lower() not in words["account_adjective"])
    known = _mentions.people().alias_to_name.get(owner) if len(owner.split()) > 1 else None
    if known:  # "Britain's latest defence intelligence update": the maker the tables know by that name
        return _mentions.Mention(a, b, known, text[a:b], "name")
    bare = len(written) == 2 and written[0].lower() in ("the", "this")
    return _mentions.Mention(a, b, "", text[a:b], "unresolved role" if bare else "unnamed source")


def _document_owner(doc, noun: str, pos: int):
    """The speaker who presented the document a subject names ("The committee said in a report on Monday …. ⏎ The
    report, titled “…”, estimates …"): the speaker of the last sentence before ``pos`` (within 2,000 characters) that
    presented a document of that noun, as a back reference; None when the noun is no document's or none was
    presented."""
    words = vocab.speech_words()
    if noun not in words["statement_noun"] and noun not in words["not_a_person"]:  # "report", "study", "paper"
        return None
    text, lo = doc.text, max(0, pos - 2000)
    last = None
    for match in re.finditer(_PRESENTED_IN.format(noun=re.escape(noun)), text[lo:pos]):
        last = match
    if last is None:
        return None
    at = lo + last.start()
    sentence = doc.sentence_at(at)
    if sentence is None:
        return None
    spoke = [a for a in _acts_between(doc, sentence.start, at) if a.cue.start <= at and a.speaker.speaker
             and a.speaker.start < at]
    if spoke:
        # (the presenting sentence's claim row gives the label: ``_stage._document_owner_labels``)
        owners = doc.__dict__.setdefault("_claims_document_owners", {})
        owners[pos] = sentence.start
        return replace(spoke[-1].speaker, how="pronoun")
    named = [m for m in _mentions_between(doc, sentence.start, at) if m.speaker and m.how in ("name", "title")]
    return replace(named[-1], how="pronoun") if named else None


def _statement_issuer(doc, sentence, act) -> str:
    """The institution (no person, no country) named last in this paragraph or the one before, which issued the
    statement an act names ("the press release"); "" when there is none."""
    first = doc.paragraphs[doc.story_back(sentence.paragraph, 1)][0] if sentence.paragraph < len(doc.paragraphs) else 0
    who = _mentions.people()
    bodies = [m for m in _mentions_between(doc, max(first, act.speaker.start - 600), act.speaker.start)
              if m.speaker and m.how in ("name", "title") and not _mentions.is_person(m.speaker, who)]
    return bodies[-1].speaker if bodies else ""


def _aside_goes_on(text: str, act) -> bool:
    """ "The front, as he put it, had become “a wall”": an aside on the statement just reported."""
    return act.cue.text.lower().endswith(" it") and _AS_HE_PUT.search(text, max(0, act.cue.start - 40), act.cue.start) is not None


def _goes_on(text: str, act) -> bool:
    """Does the attribution say the same statement goes on ("added", "also said", "the statement said")?"""
    verb = act.cue.text.lower()
    if _aside_goes_on(text, act):
        return True
    if verb not in _stating():
        return False  # "He also praised the cooks": no statement
    return (verb in ("added", "adds") or "also" in text[max(0, act.cue.start - 12):act.cue.start]
            or any(w in act.speaker.as_written.lower() for w in ("statement", "report", "update", "briefing")))


_AS_HE_PUT = re.compile(r"(?:^|[\s,;])[Aa]s\s+(?:he|she|they|[A-Z][\w’'-]+)\s+(?:has\s+|had\s+)?$")


def _stating() -> frozenset:
    """The verbs that say a statement goes on ("added", "also said"; not "also praised"): the ``stating_verb`` forms
    of data/speech_words.csv."""
    return vocab.speech_words()["stating_verb"]


def _institution_label(label: str) -> bool:
    """Is the label an institution ("it" may refer to it): not a person of the table nor a name."""
    if not _mentions.could_be_person(label, _mentions.people()):
        return True
    return label.split()[-1].lower() in _institution_heads() | {"force", "forces", "military", "army", "government",
                                                              "group", "ministry", "kremlin"}


#: "demand" as a verb of statement (a side's stated condition), which the cue table does not read.
_DEMAND = lazy_fail_fast(r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!['’]s )\b(?:demand|demands|demanded|"
                         r"demanding)\b(?=\s+(?:that\b|the\b|a\b|an\b|security\b|full\b|\w+s\b))")
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$")
_SUBJECT_BEFORE_DEMAND = re.compile(r"(?<![\w’'-])(?P<who>[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[A-Z][\w’'-]+)\s+(?:(?:has|have|had|also|"
                                    r"again|then|is|was|are|were)\s+)*(?:(?:went\s+on|continued|continues|go\s+on)\s+to\s+)?$")


def _demands(text: str, start: int, end: int) -> list:
    if text.find("demand", start, end) < 0:  # most sentences: no regex at all
        return []
    return [Cue(m.start(), m.end(), m.group(0), "speech") for m in _DEMAND.finditer(text, start, end)]


#: "Per the General Staff, …", "…, per Ukraine's air force.": "per" as "according to" only where a clause may start (at
#: the sentence's start, after a comma or dash) and before a capitalised name or "the" ("per day", "per cent" never).
_PER = re.compile(r"[Pp](?:(?<=^[Pp])|(?<=[,;—–]\s[Pp])|(?<=\s-\s[Pp]))er\s+(?=(?:the\s+)?[A-Z])", re.MULTILINE)  # (P first)
_PER_PHRASE_END = re.compile(r"[,;.:!?\n]")


#: "Maps released by the group DeepState show that …", "Figures from the General Staff suggest that …": a document's
#: author states what its that-clause says (a document of nobody named, "Geolocated footage indicates …", is the outlet's
#: own evidence; "maps by X show Russian forces holding …" depicts, it states no proposition)
_SHOWN_BY = re.compile(r"\s*(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Nn]ew|[Ll]atest)\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?P<noun>(?i:maps?|(?P<count>data|figures|statistics|estimates?|tally|count)"
                       r"|report|analysis|assessment))"
                       r"(?:\s+(?:released|published|compiled|issued|posted|gathered|produced|put\s+out)\b[^,;:“”\"]{0,30}?)?"
                       r"\s+(?:by|from)\s+(?P<owner>(?:the\s+)?[^,;:“”\"]{2,80}?)\s+"
                       r"(?P<verb>(?P<shows>show|shows|showed)"
                       r"|suggest|suggests|suggested|indicate|indicates|indicated)\s+"
                       r"(?P<that>that\b)?")


_TRAILING_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:of|for|on|the|[A-Z][\w’'-]*))*$")


def _shown_by_cues(text: str, start: int, end: int) -> list:
    match = _SHOWN_BY.match(text, start, end) if text.find(" by ", start, end) >= 0 or \
        text.find(" from ", start, end) >= 0 else None
    # "Data from DeepState show Russia captured …": a count's clause needs no "that" (a map's does: it depicts; cl26)
    if match is not None and match.group("that") is None and not (match.group("count") and match.group("shows")):
        return []
    return [Cue(match.start("verb"), match.end("verb"), match.group("verb"), "speech")] if match is not None else []


def _per_cues(text: str, start: int, end: int) -> list:
    if text.find("er ", start, end) < 0:
        return []
    return [Cue(m.start(), m.start() + 3, "per", "source") for m in _PER.finditer(text, start, end)
            if m.start() == start or text[m.start() - 2] in ",;—–-"]


#: "…, citing Ukrainian Air Force figures that …", "citing data from the General Staff showing …": a second speaker
#: whose figures the first one passes on (nested attribution: one claim each); a content clause must follow
_CITING = re.compile(r",\s+(?P<cue>citing)\s+(?:(?:the|its|their|new|latest|official|own)\s+)*(?:(?P<owner>(?:[A-Z][\w’'.-]*"
                     r"(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,5}))(?:['’]s?)?\s+(?:figures|data|estimates|statistics|numbers|"
                     r"count|tally|reports?|assessments?)|(?:figures|data|estimates|statistics|numbers|reports?|"
                     r"assessments?)\s+(?:from|by|of)\s+(?P<owner2>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?"
                     r"[A-Z][\w’'.-]*){0,5}))\s+(?:that|showing|which\s+(?:show|showed|shows|suggest|suggested))\s")


#: what is cited: "figures from", "data by", "the latest estimates of"
_CITED_DATA = r"(?:figures|data|estimates|statistics|numbers|count|tally|reports?|assessments?|intelligence)"
#: "…, said Russia had lost …, citing British defence intelligence.": the cited body closes the sentence (its words
#: are the first speaker's clause: nested attribution, one claim each) (cl19)
_CITING_LAST = re.compile(r",\s+(?P<cue>citing)\s+(?:(?:the|a|an|its|their|new|latest|official|own)\s+)*"
                          r"(?:" + _CITED_DATA + r"\s+(?:from|by|of)\s+)?(?P<owner>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)"
                          r"(?:['’]s?\s+" + _CITED_DATA + r")?\s*[.!]?[”\"’]?\s*$")
#: "Citing figures from the defence ministry, he said …", "Citing General Staff data, the minister said …": the cited
#: body opens the sentence before the first speaker (cl19)
_CITING_FIRST = re.compile(r"(?P<cue>Citing)\s+(?:(?:the|a|an|its|their|new|latest|official|own)\s+)*"
                           r"(?:" + _CITED_DATA + r"\s+(?:from|by|of)\s+(?P<owner>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)"
                           r"|(?P<owner2>[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[\w’'.-]+){0,5}?)['’]?s?\s+" + _CITED_DATA + r")"
                           r"\s*,\s")


def _citing_cues(text: str, start: int, end: int) -> list:
    """ "…, citing Ukrainian Air Force figures that Russia launched …": the owner of the figures cited speaks too (a
    ``source`` cue read by ``_citing_owner``) (cl18); so does a cited body that closes the sentence ("…, citing British
    defence intelligence.") or opens it ("Citing figures from the defence ministry, he said …") (cl19)."""
    if text.find("iting ", start, end) < 0:
        return []
    cues = [Cue(m.start("cue"), m.end("cue"), "citing", "source") for m in _CITING.finditer(text, start, end)]
    if not cues:
        last = _CITING_LAST.search(text, start, end)
        first = _CITING_FIRST.match(text, start, end)
        cues += [Cue(m.start("cue"), m.end("cue"), "citing", "source") for m in (first, last) if m is not None]
    return cues


def _citing_match(text: str, cue, s_end: int):
    """The ``_CITING`` (or ``_CITING_LAST``, ``_CITING_FIRST``) match of a "citing" cue; None when none holds."""
    at = cue.start - 2 if text[cue.start - 2] == "," else cue.start - 1
    match = _CITING.match(text, at, s_end)
    if match is None:
        match = _CITING_LAST.match(text, at, s_end)
    if match is None:
        match = _CITING_FIRST.match(text, cue.start, s_end)
    return match


def _citing_owner(doc, cue, s_end: int):
    """The body or person whose figures a "citing" cue names (``_CITING``); only a body the tables or the article
    name for the shapes that do not say "figures that" (not "citing the safety of the troops", "citing sources")."""
    match = _citing_match(doc.text, cue, s_end)
    if match is None:
        return None
    which = "owner" if match.group("owner") else "owner2"
    a, b = match.span(which)
    owner = _named_body(doc, a, b, cue.start)
    if owner is not None and "that" not in match.group(0).split() and (
            not owner.speaker or doc.text[a:max(a, owner.start)].strip().lower() not in ("", "the", "its", "their")):
        return None  # (a new shape: a known body only, named first: not "citing sources in the army")
    return owner


def _per_owner(doc, cue, s_end: int):
    """ "Per the General Staff, …": the body or person named after "per", up to the next punctuation."""
    stop = _PER_PHRASE_END.search(doc.text, cue.end, s_end)
    b = stop.start() if stop is not None else s_end
    return _named_body(doc, cue.end, b, cue.start)


def _named_body(doc, a: int, b: int, pos: int):
    """The speaker named in ``[a, b)``: a name, else a bare role ("the General Staff") as the body of that name that
    spoke before ``pos`` ("Ukraine's General Staff said …"), else that role as written; None when none is there."""
    named = [m for m in _mentions_between(doc, a, b) if a <= m.start and m.end <= b and m.how != "pronoun"]
    for m in named:
        if m.speaker:
            return m
        words = re.sub(r"^(?:the|a|an)\s+", "", m.as_written, flags=re.IGNORECASE).lower()
        spoke = [x.speaker.speaker for x in _acts_between(doc, 0, pos)
                 if x.speaker.speaker and x.speaker.speaker.lower().endswith(words)]
        if spoke:
            return replace(m, speaker=spoke[-1])
        written = re.sub(r"^(?:the|a|an)\s+", "", m.as_written, flags=re.IGNORECASE)
        at = a
        for _ in range(6):  # "… a spokesman for Ukraine's General Staff" written before: that country's body
            at = doc.text.rfind(written, 0, at)
            owner = _OWNER_BEFORE.search(doc.text, max(0, at - 24), at) if at > 0 else None
            if owner is not None and owner.group(1) in vocab.country_forms():
                label = _table_label(f"{owner.group(1)} {written}")
                if label != f"{owner.group(1)} {written}":
                    return replace(m, speaker=label)
            if at <= 0:
                break
        return replace(m, how="unnamed source")
    return None


_OWNER_BEFORE = re.compile(r"([\w’'-]+)\s+$")


_PARTICIPLE_AFTER_COMMA = re.compile(r",\s*$")
_THAT_AFTER = re.compile(r"\s+that\b")


def _participle_subject(doc, s_start: int, cue):
    """ "X on Friday set out his conditions, demanding that …": the person or body named first in the sentence (past
    one fronted word, "Meanwhile,"), when the participle follows a comma and opens a "that" clause (cl17)."""
    if not _PARTICIPLE_AFTER_COMMA.search(doc.text, max(s_start, cue.start - 3), cue.start) \
            or not _THAT_AFTER.match(doc.text, cue.end):
        return None
    opening = [m for m in _mentions_between(doc, s_start, cue.start) if m.speaker and m.how in ("name", "title")]
    if not opening or len(doc.text[s_start:opening[0].start].split()) > 1:
        return None
    return opening[0]


def _demand_subject(doc, s_start: int, cue):
    """Who demands: a name right before the verb, or "he"/"she" (the person who spoke last), "it"/"they"
    (the institution or country that spoke last)."""
    match = _SUBJECT_BEFORE_DEMAND.search(doc.text, max(s_start, cue.start - 60), cue.start)
    if match is None:
        return None
    a, b = match.span("who")
    word = match.group("who").lower()
    if word in ("he", "she"):
        who = _mentions.people()
        for act in reversed([x for x in _acts_between(doc, cue.start - 799, cue.start) if x.cue.start < cue.start]):
            if act.speaker.speaker and _mentions.could_be_person(act.speaker.speaker, who):
                return _mentions.Mention(a, b, act.speaker.speaker, doc.text[a:b], "pronoun")
        return None
    if word in ("it", "they"):
        last = _last_institution(doc, cue.start)
        return None if last is None else replace(last, start=a, end=b, as_written=doc.text[a:b])
    named = [m for m in _mentions_between(doc, a, a + 1) if m.start == a and m.speaker
             and m.how in ("name", "title", "country")]
    return named[0] if named else None


_STAMPED_LABEL = re.compile(r"\s*(?:" + _CLOCK + r"\s*|[-•*–]\s+)")


#: "Its data show …", "The group's maps suggest …": a body's own data speaking for it (one ``data_adjective`` word of
#: data/speech_words.csv may come first: "Its latest figures show …", as the speech layer's ``_data_shows`` reads it).
_ITS_DATA = vocab.TablePattern("its_data", ("speech_words",), lambda: (
    r"\s*(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:group|institute|monitor|project|agency|ministry|service)[’']s)\s+"
    r"(?:(?:" + (trie_pattern(vocab.speech_words()["data_adjective"], spaces=True) or "(?!)") + r")\s+)?"
    r"(?:data|figures|maps?|estimates?|count|tally|"
    r"analysis|assessment)\s+(?P<cue>show|shows|showed|suggest|suggests|suggested|indicate|indicates|"
    r"indicated)\b"))
#: "The group's map(s)" right before the verb of ``_ITS_DATA``: a map depicts (only its that-clause states)
_MAPS_BEFORE = re.compile(r"\bmaps?\s+$")


def _its_data(doc, sentence) -> list:
    """ "DeepState, a monitoring group, …. Its data show Russia captured 389 square kilometres …": the data of the
    institution (not a person, not a country) named last before, in this paragraph or the one before, speak for it."""
    match = _ITS_DATA.match(doc.text, sentence.start, sentence.end)
    if match is None:
        return []
    if _MAPS_BEFORE.search(doc.text, match.start(), match.start("cue")) and not _THAT.match(doc.text, match.end()):
        return []  # "The group's map showed Russian troops in control of …": a map depicts; only its that-clause states
    body = _body_named_before(doc, sentence)
    if body is None:
        return []
    cue = Cue(match.start("cue"), match.end("cue"), match.group("cue"), "speech")
    return [SpeechAct((sentence.start, sentence.end), cue, body, None, "")]


def _body_named_before(doc, sentence):
    """The institution (not a person, not a country) named last before ``sentence``, in its paragraph or the one
    before, as a pronoun's mention of it ("Its data show …", "according to the group's latest map"); None if none."""
    who = _mentions.people()
    paragraph = doc.paragraphs[doc.story_back(sentence.paragraph, 1)][0] if sentence.paragraph < len(doc.paragraphs) \
        else sentence.start
    bodies = [m for m in _mentions_between(doc, max(paragraph, sentence.start - 600), sentence.start) if m.speaker
              and m.how in ("name", "title") and not _mentions.is_person(m.speaker, who)]
    return replace(bodies[-1], how="pronoun") if bodies else None


#: "It gave no figure for its own casualties but said …": "It" opening a sentence, a verb of its own, then a
#: coordinated verb of saying (the speech layer reads such a second verb only after a named subject) (cl31); never a
#: verb followed by "to" ("It rained and added to the gloom") nor "reported" without its "that" (rv28fixc)
_IT_THEN_SAID = re.compile(r"[^\S\n]*It[^\S\n]+(?!(?:said|says|added|adds|claimed|claims|reported|reports|stated|states)\b)"
                           r"[a-z]+\b[^.;:“”\"]{0,120}?[^\S\n](?:but|and)[^\S\n]+(?:(?:also|later|then)[^\S\n]+)?"
                           r"(?P<cue>said|added|claimed|reported(?=[^\S\n]+that\b)|stated|insisted|noted|announced)\b"
                           r"(?![^\S\n]+to\b)")  # ("added to the misery", "reported losses were heavy": no saying)


def _it_then_said(doc, sentence) -> list:
    """ "The Defence Ministry … said on Monday that …. It gave no figure for its own casualties but said the enemy had
    lost some 300 soldiers": the body named before speaks through the second verb (cl31)."""
    match = _IT_THEN_SAID.match(doc.text, sentence.start, sentence.end)
    body = _body_named_before(doc, sentence) if match is not None else None
    if body is None:
        return []
    cue = Cue(match.start("cue"), match.end("cue"), match.group("cue"), "speech")
    return [SpeechAct((sentence.start, sentence.end), cue, body, None, "")]


#: "according to its latest map", "according to the group's latest data": the data of a body named before (cl31)
_ACCORDING_TO_ITS_DATA = vocab.TablePattern("according_to_its_data", ("speech_words",), lambda: (
    r"\baccording\s+to\s+(?:[Ii]ts|[Tt]heir|the\s+(?:group|institute|monitor|project|agency|ministry|service)[’']s)\s+"
    r"(?:(?:recent|" + (trie_pattern(vocab.speech_words()["data_adjective"], spaces=True) or "(?!)")
    + r")\s+){0,2}(?P<noun>" + (trie_pattern(vocab.speech_words()["data_noun"]) or "(?!)") + r")\b"))


def _according_to_its_data(doc, sentence) -> list:
    """ "The attackers have gained some 12 square miles since the spring, according to the institute's new
    map": the body named before speaks through its data, as "Its data show …" does (cl31)."""
    if "according" not in doc.text[sentence.start:sentence.end]:
        return []
    match = _ACCORDING_TO_ITS_DATA.search(doc.text, sentence.start, sentence.end)
    body = _body_named_before(doc, sentence) if match is not None else None
    if body is None:
        return []
    cue = Cue(match.start(), match.end("noun"), doc.text[match.start():match.end("noun")], "source")
    return [SpeechAct((sentence.start, sentence.end), cue, body, None, "")]


def _stamped_label(doc, sentence) -> list:
    """ "11.20 BST Zelensky: front is holding near Pokrovsk": a known speaker's name and a colon after a
    live blog's time stamp or a bullet."""
    stamp = _STAMPED_LABEL.match(doc.text, sentence.start, sentence.end)
    if stamp is None or not stamp.group(0).strip():
        return []
    named = [m for m in _mentions_between(doc, stamp.end(), stamp.end() + 1)  # (bisection: no scan per sentence)
             if m.start == stamp.end() and m.speaker and m.how in ("name", "title")]
    if not named or doc.text[named[0].end:named[0].end + 1] != ":":
        return []
    m = named[0]
    return [SpeechAct((sentence.start, sentence.end), Cue(m.end, m.end + 1, ":", "speech"), m, None, "")]


#: A subhead quoting its speaker's words with the colon inside the closing mark, then who spoke:
#: "Kharkiv 'can be held, but more shells needed:' Commander of Ukraine's Ground Forces".
_QUOTED_COLON_LABEL = re.compile(r"[^\n]*?[‘'\"“][^’'\"”\n]{3,200}?(?P<colon>:)\s*[’'\"”]\s+"
                                 r"(?P<who>[A-Z][^\n:.!?“”\"]{2,80}?)\s*$")


def _quoted_restated(doc, sentence) -> list:
    """ "Russia's 'steady gains' around Lyman": a headline with no speaker whose quoted words (two or more)
    stand in the body's reported speech after its verb: that speaker's claim, the quote mark as the cue."""
    acts = doc.speech.acts
    cached = getattr(doc, "_restated_tails_cache", None)
    if cached is None or cached[0] is not acts:
        # the body's acts that may restate a headline's quote, and the words after each one's verb, lower-cased and
        # joined by NUL once per document: one search per quote finds the first act holding its words (issue 17: a
        # transcript or a live blog has hundreds of headline lines; each used to slice and lower every act again)
        kept = [act for act in acts if not (act.sentence[0] < doc.headline_end or not act.speaker.speaker
                                            or act.speaker.start > act.cue.start)]
        tails = [doc.text[act.cue.end:act.sentence[1]].lower() for act in kept]
        starts, at = [], 0
        for tail in tails:
            starts.append(at)
            at += len(tail) + 1
        cached = doc._restated_tails_cache = (acts, kept, tails, starts, "\0".join(tails))
    _, kept, tails, starts, joined = cached
    for quote, _ in _quotes_in(doc, sentence.start, sentence.end):
        words = doc.text[quote.span.start:quote.span.end].strip(" ,.;:!?").lower()
        if len(words.split()) < 2:
            continue
        if "\0" in words:
            found = next((k for k, tail in enumerate(tails) if words in tail), None)
        else:
            at = joined.find(words)
            found = bisect_left(starts, at + 1) - 1 if at >= 0 else None
        if found is not None:
            act = kept[found]
            # no words of the headline are attribution: speaker and cue stand empty at its start
            cue = Cue(sentence.start, sentence.start, "'", "speech")
            who = replace(act.speaker, start=sentence.start, end=sentence.start)
            return [replace(act, sentence=(sentence.start, sentence.end), cue=cue, speaker=who, date=None)]
    return []


#: A headline's subject right before a quote mark ("Russia 'can be fought …'"), not a label with a colon.
_HEADLINE_SUBJECT_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w’'-]*\s+$")


def _quoted_subhead(doc, sentence) -> list:
    """A paragraph of one line with no closing stop whose quoted words end in a colon inside the mark,
    followed by a speaker's name or role: the speaker, read as a headline's label is."""
    match = _QUOTED_COLON_LABEL.match(doc.text, sentence.start, sentence.end)
    if match is None or sentence.paragraph >= len(doc.paragraphs) \
            or doc.text[sentence.end:doc.paragraphs[sentence.paragraph][1]].strip():
        return []
    head = match.group("who").split()[0].lower().split("-")[0]
    if head not in _speaking_heads() and not any(m.speaker for m in _mentions_between(doc, match.start("who"),
                                                                                     match.start("who") + 1)):
        return []
    cue = Cue(match.start("colon"), match.end("colon"), ":", "speech")
    who = _mentions.Mention(match.start("who"), match.end("who"), "", match.group("who"), "unknown name")
    holder = _speech.office_holder(doc, match.group("who"), cue.start, doc.published, doc.speech.acts)
    if holder:  # "Commander-in-chief of Ukraine's Armed Forces": whoever held the office that day
        return [SpeechAct((sentence.start, sentence.end), cue, replace(who, speaker=holder, how="role"), None, "")]
    return [_headline_inverted(doc, sentence, SpeechAct((sentence.start, sentence.end), cue, who, None, ""),
                               after=False)]


#: "according to the report," / "according to its latest update,": a statement named with no author.
_THE_REPORT = re.compile(r"\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|update|post|briefing|"
                         r"communique|readout|bulletin|summary|assessment|release)\s*,", re.IGNORECASE)


def _report_owner(doc, sentence, act):
    """ "The General Staff published its morning report. According to the report, Russia had lost …":
    the author of the report is the institution (not a person, not a country) named last before it in
    the paragraph, not a name inside what the report says; the act unchanged otherwise."""
    if act.cue.kind != "source" or act.speaker.start < act.cue.end:
        return act
    report = _THE_REPORT.match(doc.text, act.cue.end, sentence.end)
    if report is None or act.speaker.start < report.end():
        return act
    who = _mentions.people()
    paragraph = doc.paragraphs[sentence.paragraph][0] if sentence.paragraph < len(doc.paragraphs) else sentence.start
    bodies = [m for m in _mentions_between(doc, max(paragraph, act.cue.start - 600), act.cue.start) if m.speaker
              and m.how in ("name", "title") and not _mentions.is_person(m.speaker, who)]
    if not bodies:
        return act
    return replace(act, speaker=replace(bodies[-1], how="pronoun"))


#: A subject with a capitalised name in apposition before the verb ("The US research center, the Institute for War
#: Studies, recently announced"): the head's phrase, then the name between commas.
_APPOSED_SUBJECT = re.compile(r"\s*(?P<head>[^,;:“”\"]{3,80}?),\s+(?:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|on|and)"
                              r"\s+(?:the\s+)?)?[A-Z][\w’'.-]*)+),\s+(?:(?:[a-z]+ly|also|has|have|had)\s+)*")
def _reordered_name(label: str) -> str:
    """An organisation's name written with its words reordered or inflected ("Institute for War Studies"):
    the speakers table's organisation whose name has the same content words (of three or more), else ""."""
    return _mentions.reordered_body(label, _mentions.people())  # (one reading with the mentions layer's)


_BODY_NAME = vocab.TablePattern("apposed_body", ("speech_words",),  # data/speech_words.csv, kind apposed_body
                                lambda: r"\b(?:" + vocab.capitalised_words("apposed_body") + r")\b")
#: Words before a speaking group that are no part of its label ("but Western officials", "Some officials").
_LABEL_LEAD = re.compile(r"^\s*(?:(?:but|and|yet|while|whereas|when|after|since|because|before|until|once)\s+)?(?:(?:(?:in|of|from|by)\s+)?what\s+)?"
                         r"(?:(?:some|many|several|other|most)\s+)?(?=\S)",
                         re.IGNORECASE)
_THEY_BEFORE = re.compile(r"\s*(?P<they>They|they|(?:Several|Some|Many|Most|Both|All|A\s+few|Two|Three)\s+of\s+them)\s+"
                          r"(?:\w+ly\s+|also\s+)?")
_OF_THEM = re.compile(r"(?i:several|some|many|most|both|all|a\s+few|two|three)\s+of\s+them")
#: A group of people opening a sentence ("Russian military bloggers, who …, have been less discreet"): whom "they" or
#: "several of them" in the next sentence may be.
_GROUP_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?(?P<group>(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z][\w’'-]*\s+){0,2}?"
                            r"(?:officials|sources|analysts|experts|commanders|bloggers|milbloggers|correspondents|"
                            r"observers|generals|soldiers|troops|diplomats|ministers|leaders|authorities))\b")


#: The outlet speaking of its own checks ("ISW cannot verify this claim", "ISW has not observed evidence").
# (its \b written after the first capital: the pattern opens on [A-Z], searched in C; issue 17)
_OWN_CHECK = re.compile(r"(?P<who>[A-Z](?<!\w.)[\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})\s+"
                        r"(?:cannot|can\s+not|has\s+not|have\s+not|"
                        r"will\s+not|does\s+not)\s+(?:yet\s+|independently\s+)?(?:verify|verified|confirm|confirmed|"
                        # ("Ukraine's General Staff does not publish figures": a habit of a source, no check of ours)
                        r"observe|observed|(?<!does\snot\s)publish|seen)\b")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NO_SPEAKER = re.compile(r"\s*(?:neither|nobody|no\s+one|none"
                         # "our correspondents report from X, where …", "this newspaper's reporter says": the outlet's
                         # own reporting, no one it reports (cl16)
                         r"|(?:our|this\s+(?:newspaper|paper|website|outlet)['’]s)\s+(?:own\s+)?(?:[a-z]+\s+)?"
                         r"(?:correspondents?|reporters?|journalists?|team|staff|desk|editors?|analysts?|reporting)\b)",
                         re.IGNORECASE)
_AGENTLESS_SOURCE = re.compile(r"(?:the\s+)?(?:(?:preliminary|initial|early|latest|updated|official|unofficial|available|"
                               r"rough|recent|new|first|current)\s+)*(?:estimates?|data|figures|information|reports?|"
                               r"calculations?|counts?|assessments?|results?)", re.IGNORECASE)
#: The outlet's own signature: "…, Ukrinform reports." closing a sentence, a "/TASS/." dateline, a "Kyiv • UKRINFORM"
#: line, "(MENAFN- UkrinForm)": what it "reported earlier" is its own narration.
_OUTLET_SIGN = re.compile(r",\s+(?P<a>[A-Z][\w-]+)\s+reports\.|/(?P<b>[A-Z]{3,})/\.|^[A-Z][\w-]*\s+•\s+(?P<c>[A-Z]{3,})\s*$"
                          r"|\(MENAFN-\s*(?P<d>[A-Z][\w-]+)\)", re.MULTILINE)
#: Past-tense verbs that report an institution as a third party ("ISW said", "the institute wrote").
_REPORTED_PAST = re.compile(r"(?:said|wrote|assessed|estimated|reported|noted|added|stated|concluded|found|warned|"
                            r"claimed|announced|published|says|writes)$", re.IGNORECASE)


def _own_voice(doc) -> frozenset:
    """The institutions that write the article itself: one that speaks of its own checks ("ISW cannot verify
    this claim", "ISW has not observed …") and is never reported by a verb of saying in the past ("ISW said", "the
    institute wrote", "the report says"): its "ISW assesses that …" is the outlet's narration, not a claim."""
    cached = getattr(doc, "_claims_own_voice", None)
    if cached is not None:
        return cached
    own = set()
    for check in _OWN_CHECK.finditer(doc.text):
        a, b = check.span("who")
        named = [m.speaker for m in _mentions_between(doc, a, b) if a <= m.start < b and m.speaker and m.how == "name"]
        if named and not _mentions.is_person(named[0], _mentions.people()):
            own.add(named[0])
        elif not named and _ACRONYM.fullmatch(check.group("who")):
            own.add(check.group("who"))  # "CFA has not observed …": an institution no table knows, by its acronym
    for act in doc.speech.acts:
        if act.speaker.speaker in own and _REPORTED_PAST.search(act.cue.text.strip()):
            own.discard(act.speaker.speaker)
    for sign in _OUTLET_SIGN.finditer(doc.text):  # "…, Ukrinform reports.", "/TASS/", "Kyiv • UKRINFORM"
        who = next(w for w in sign.groups() if w)
        own.update((who, who.capitalize()))
    doc._claims_own_voice = frozenset(own)
    return doc._claims_own_voice


def _institution_spoke_last(doc, pos: int) -> bool:
    """Whether the last speaker before ``pos`` (within 600 characters) is an institution, named or not
    ("Britain's defence ministry said …. The update said …"); a person's "report" is not read so."""
    before = [a for a in _acts_between(doc, pos - 599, pos) if a.cue.start < pos]
    if not before:
        return False
    last = before[-1].speaker
    if last.speaker:
        return not _mentions.is_person(last.speaker, _mentions.people())
    heads = last.as_written.lower().split()
    return bool(heads) and heads[-1] in _institution_heads()


def _last_institution(doc, pos: int):
    """The mention of the last speaker before ``pos`` that is not a person (within 600 characters)."""
    who = _mentions.people()
    for act in reversed([a for a in _acts_between(doc, pos - 599, pos) if a.cue.start < pos]):
        if act.speaker.speaker and not _mentions.is_person(act.speaker.speaker, who):
            return replace(act.speaker, how="pronoun")
    return None


def _source_owner(doc, cue, s_end: int):
    """ "according to an analysis of open-source maps by the Finnish Black Bird Group": the author."""
    match = _SOURCE_BY.match(doc.text, cue.end, s_end)
    if match is None:
        return None
    a, b = match.span("owner")
    known = [m for m in _mentions_between(doc, a, b) if a <= m.start < b and m.speaker and m.how in ("name", "title")]
    if known:
        return known[0]
    return _mentions.Mention(a, b, "", doc.text[a:b], "unnamed source")


def _statement_owner(doc, s_start: int, cue_start: int):
    """ "A report by the Institute for the Study of War said …": the author of the statement speaks."""
    match = _STATEMENT_BY.search(doc.text, max(s_start, cue_start - 140), cue_start)
    published = _PUBLISHED_WHICH.search(doc.text, max(s_start, cue_start - 140), cue_start) if match is None else None
    if published is not None:  # "the General Staff published its update, which said"
        return _named_body(doc, *published.span("owner"), cue_start)
    if match is None:
        return None
    a, b = match.span("owner")
    named = [m for m in _mentions_between(doc, a, b + 1) if a <= m.start and m.end <= b and m.speaker
             and m.how != "pronoun"]
    return named[0] if named else None


def _subject_phrase(text: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """(start, end) of the noun phrase right before a speech verb when its head can speak, else None."""
    gap = _SUBJECT_GAP.search(text, max(s_start, cue_start - 160), cue_start)  # the gap's aside runs to 120
    end = gap.start() if gap is not None else cue_start
    words = []  # (start, end, word) leftwards
    pos = end
    while pos > s_start and len(words) < 9:
        lo = max(s_start, pos - 64)  # the last word before ``pos``, not a search from the sentence's start each time
        match = _NP_WORD.search(text, lo, pos)
        if match is not None and match.start() == lo > s_start:
            match = _NP_WORD.search(text, s_start, pos)  # a word longer than the look-back: all of it
        if match is None or text[match.end():pos].strip():
            break  # punctuation ends the phrase
        words.append((match.start(), match.end(), match.group(0)))
        pos = match.start()
        while pos > s_start and text[pos - 1] in " \t":
            pos -= 1
        if pos > s_start and text[pos - 1] in "\n":
            break
    if not words:
        return None
    first_head = 0
    if vocab.country_forms().get(words[0][2], ("", ""))[1] in ("country", "capital"):
        a, b = words[0][:2]  # "Moscow has repeatedly said": the country speaks
        if not _AFTER_PREPOSITION_CLAIMS.search(text, max(s_start, a - 12), a):
            return a, b
    head = words[0][2].lower()
    if len(words) > 1 and words[1][2].lower() in _KIN_OWNERS and head in vocab.speech_words()["kin_noun"]:
        return words[1][0], words[0][1]  # "My brother, who serves near X, says …", "Her son says …": a relative (cl24)
    if head not in _speaking_heads() and head.split("-")[0] not in _speaking_heads():  # ("commander-in-chief", cl22)
        # "the governor of Belgorod", "officials in the Zaporizhzhia region": a place after the head
        k = 1 if words[0][2].lower() in _words().area_nouns and len(words) > 1 and words[1][2][:1].isupper() else 0
        j = k + 1
        if j < len(words) and (words[j][2].lower() == "the" or _COUNTRY_POSSESSIVE.fullmatch(words[j][2])):
            j += 1  # ("the governor's office of Russia's Kursk region": a country's possessive as the article, cl24)
        if not (len(words) > j + 1 and words[k][2][:1].isupper() and words[j][2] in _NP_LINKS
                and _is_head(words[j + 1][2])):
            return None
        first_head = j + 1
    start = words[first_head][0]
    for k, (a, _, word) in enumerate(words):
        lower = word.lower().rstrip(".")
        if k <= first_head:
            continue
        if lower in _NP_STOPS or lower in _FUNCTION_VERBS:
            break
        if lower in _NP_DETERMINERS:
            start = a
            if k + 2 < len(words) and words[k + 1][2].lower() in _NP_LINKS and _is_head(words[k + 2][2]):
                continue  # "the head of the … administration": the head speaks
            break
        if lower in _NP_LINKS:
            if k + 1 < len(words) and _is_head(words[k + 1][2]):
                continue  # "the governor of Belgorod": keep reading leftwards
            break
        if not word[:1].isalnum() or lower in _NP_LINKS:
            break
        start = a
    # a phrase may not begin with a link word, nor be governed by a preposition
    first = text[start:words[0][1]].split()[0].lower()
    if first in _NP_LINKS:
        return None
    if _AFTER_PREPOSITION_CLAIMS.search(text, max(s_start, start - 12), start):
        return None
    return start, words[0][1]


#: a possessive pronoun before a family noun that speaks ("My brother says …", "her son told her …")
_KIN_OWNERS = frozenset("my his her their our".split())
#: "Russia's", "Ukraine’s": a capitalised possessive standing where "the" stands before a place ("of Russia's Kursk region")
_COUNTRY_POSSESSIVE = re.compile(r"[A-Z][\w-]*[’']s")


def _is_head(word: str) -> bool:
    """A noun that can head a speaker's phrase ("spokesman", "commander-in-chief")."""
    lower = word.lower()
    return lower in _speaking_heads() or lower in _mentions.generic_roles() or lower.split("-")[0] in _speaking_heads()


#: "at the", "from the": a body's name after a group's head ("monitors at the DeepState project")
_AT_BODY = re.compile(r"\b(?:at|from|with)\s+(?:the\s+)?$")
_AT_NAMED_BODY = re.compile(r"\b(?:at|from|with)\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+"
                            r"(?P<noun>[a-z]+)$")
#: A group with a contact clause between it and its verb: "officials he spoke to put …", "commanders she interviewed
#: say …", "sources we have talked with believe …" (the head before it is read by ``_subject_phrase``)
_CONTACT_RELATIVE = re.compile(r"\s+(?:he|she|they|we|I)\s+(?:(?:has|have|had)\s+)?(?:spoke|spoken|talked|interviewed|met|"
                               r"consulted|contacted|surveyed|reached)(?:\s+(?:to|with))?\s+(?:(?:also|now)\s+)?$")
_FUNCTION_VERBS = frozenset("did does do can cannot".split())
_AFTER_PREPOSITION_CLAIMS = re.compile(r"\b(?:in|into|to|from|on|at|of|with|against|for|by|near|over)\s+$",
                                       re.IGNORECASE)


#: A country word that modifies a person noun ("a senior US official", "two Russian officers"): up to
#: two modifiers before it, up to two words after it, then the person noun.
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z][\w-]*)\b")
_MODIFIERS_BEFORE = re.compile(r"(?P<det>\b(?:a|an|one|another|the)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}$", re.IGNORECASE)


def _country_modifies(text: str, mention) -> tuple[int, int] | None:
    """The span of the unnamed person's noun phrase when the country the layer took for a speaker only
    modifies a person noun after it ("according to a senior US official"); None otherwise.

    Example:
        >>> from types import SimpleNamespace as N
        >>> text = "Troops advanced, according to a senior US official."
        >>> a, b = _country_modifies(text, N(start=39, end=41))
        >>> _label_as_written(text[a:b])
        'senior US official (unnamed)'
    """
    words, at = [], mention.end
    while len(words) < 3 and (word := _NEXT_LOWER_WORD.match(text, at)) is not None:
        words.append(word)
        at = word.end()
    after = next((w for w in words if _unnamed_person(w.group(1))), None)  # "US military official"
    if after is None or any(w.group(1).lower() in _NP_STOPS for w in words[:words.index(after)]):
        return None
    before = _MODIFIERS_BEFORE.search(text[max(0, mention.start - 40):mention.start])
    if before is None or before.group("det") is None:
        return None  # "Russia said officials …" is no phrase; "a senior US official" is
    start = mention.start - (len(text[max(0, mention.start - 40):mention.start]) - before.start("det"))
    return start, after.end(1)


def _attribution_spans(acts, text: str, end: int) -> list[tuple[int, int]]:
    """The words of each attribution: subject and cue with what stands between them when they are
    adjacent ("Putin said", "according to the ministry"); apart, each on its own ("Putin …, saying")."""
    spans = []
    # "Peskov, who said the operation was going to plan, told reporters …": the aside's own statement is content, not
    # an apposition between the main verb and its subject (cl30)
    asides = _speech.aside_acts(text, acts) if len(acts) > 1 else ()
    for a in acts:
        citing = _citing_match(text, a.cue, end) if a.cue.text == "citing" else None
        if citing is not None:  # "…, citing X figures that …": the figures' content follows the attribution
            spans.append((citing.start(), citing.end()))
            continue
        first, second = sorted([(a.cue.start, a.cue.end), (a.speaker.start, a.speaker.end)])
        between = text[first[1]:second[0]]
        if (second[0] - first[1] <= 40 and len(between.split()) <= 4) or (_APPOSITIVE.fullmatch(text, first[1], second[0])
                                                                        and not any(first[1] <= b.cue.start < second[0]
                                                                                    for b in asides)):
            # (a label line ending in its colon is no claim at all: claims._stage._kept_acts, sk26)
            spans.append((first[0], max(first[1], second[1])))  # "Zaluzhnyi, Ukraine's army chief, said"
        else:
            spans.extend([first, second])
        if a.speaker.start > a.cue.start and a.cue.text.lower() in _words().claim_nouns \
                and _NOUN_CLAUSE_AFTER.match(text, a.speaker.end, end):
            continue  # "the claim by Russian military bloggers that …": the noun's clause is the content (cl23)
        if a.speaker.start > a.cue.start:  # "…, said the commander-in-chief of the armed forces."
            tail = _CLAUSE_END.search(text, a.speaker.end, end)
            described = _DESCRIBED_AFTER.fullmatch(text, a.speaker.end, end) if a.cue.kind == "speech" else None
            if described is not None and not _SAYS_MORE.search(text, a.speaker.end, end):
                # "…,” said A B, the founder of X, which makes 4,000 drones a month.": who the speaker is (cl18)
                tail = None
            spans.append((a.speaker.end, tail.start() if tail else end))
    return spans


#: the clause of a claim noun right after its owner ("the boast by X on Tuesday that …") (cl23)
_NOUN_CLAUSE_AFTER = re.compile(r",?\s+(?:(?:on|last|this|earlier)\s+[\w ]{1,25}?,?\s+)?that\b")
#: an inverted speaker's apposition running to the sentence's end: ", the founder of X, which makes …"
_DESCRIBED_AFTER = re.compile(r"\s*,\s+(?:a|an|the|his|her|its|their)\s+[^;:“”\"]{1,240}?[.!]?[”\"’]?\s*")
_SAYS_MORE = re.compile(r"\b(?:that|adding|saying|claiming|warning|noting|insisting|stressing|added|said|says|told|"
                        r"according|but|while)\b")
_APPOSITIVE = re.compile(r"\s*,[^,“”\"]{1,120},\s*(?:\w+\s+){0,2}")
#: a reporter's gloss on a direct quote: ", referring to …", ", apparently alluding to …" up to the sentence's end
#: (and a gesture the reporter saw: "“…,” he said, pointing to a screen that showed a burnt-out column")
#: the speech cue "see no sign" (data/speech_cues.csv), which a headline reads with its headline verb "see"
_SEE_NO_SIGN = re.compile(r"(?i)(?:see|sees|saw|seen)\s+(?:no|little)\s")
#: (the words: ``gloss_adverb``, ``gloss_verb``, ``gesture_verb`` and ``as_speech_verb`` of data/speech_words.csv)
_GLOSS = vocab.TablePattern("claims_gloss", ("speech_words",), lambda: (
    r",\s*(?:(?:" + (trie_pattern(vocab.speech_words()["gloss_adverb"], spaces=True) or "(?!)") + r")\s+)?(?:"
    + (trie_pattern(vocab.speech_words()["gloss_verb"], spaces=True) or "(?!)") + r"|"
    r"(?:" + (trie_pattern(vocab.speech_words()["gesture_verb"], spaces=True) or "(?!)") + r")\s+(?:to|at|towards)"
    # "“…,” he said, as he steered a quadcopter over a treeline.": what he did as he spoke (cl21)
    r"|as\s+(?:he|she|they)\s+(?!(?:" + (trie_pattern(vocab.speech_words()["as_speech_verb"], spaces=True) or "(?!)")
    + r")\b)[a-z]+)\b"
    r"[^;“”\"]*?(?=[.!]?\s*$)"))
_CLAUSE_END = re.compile(r"[,;:“”\"]")
_TAIL_CONTENT = re.compile(r"\b(?:that|adding|saying|claiming|noting|insisting|warning|stressing|as|while|but|although|"
                           r"though|who|which|whose|after|before|because|since)\b|[;:“”\"]"
                           r"|,\s+(?:\w+ly\s+)?(?!speaking\b)[a-z]+ing\b")  # ", pledging to liberate …": a clause of its own


def _scopes(text: str, s_start: int, s_end: int, by_speaker: dict, every_act) -> dict[str, tuple[int, int]]:
    """Each speaker's part of a sentence with two speakers: what follows its attribution up to the
    next one ("Russia said it had taken the village, but Ukraine said …"), else what precedes it
    back to the previous one ("…, Lavrov said, while …"); {} when the parts cannot be told apart.
    Every attribution of the sentence bounds a part, a conduit's too ("…, UNN reports")."""
    def span(act):
        return min(act.cue.start, act.speaker.start), max(act.cue.end, act.speaker.end)
    if len({acts[0].cue.start for acts in by_speaker.values()}) == 1 \
            and all(acts[0].cue.kind == "source" for acts in by_speaker.values()):
        return {}  # "…, according to Ukrainian officials and Russian military bloggers": one source cue, both say it all
    bounds = sorted({span(a) for a in every_act} | {span(a) for acts in by_speaker.values() for a in acts})
    scopes, resumes = {}, []
    for label, acts in by_speaker.items():
        a, b = span(acts[0])
        after = (b, min((x for x, _ in bounds if x >= b), default=s_end))
        # "…, Zelensky said on Monday, as Gerasimov said …": an inverted cue's words end at the clause
        # that opens the next voice; what it says is before it
        stop = _NEXT_VOICE.search(text, *after)
        after = (after[0], stop.start()) if stop is not None else after
        before = (max((y for _, y in bounds if y <= a), default=s_start), a)
        if re.search(r":\s*$", text[before[0]:a]):
            before = (a, a)  # "Ukraine war latest: Russia claims …": a voice opening after a colon says nothing before it
        inserted = _INSERTED_VOICE.match(text, *after) if after[1] < s_end else None
        resumed = _RESUMED_THAT.search(text, after[1], s_end) if inserted is not None else None
        if resumed is not None:  # "X said on Thursday, a day after Y claimed that P, that Q": X's words are Q
            scopes[label] = (resumed.start(), s_end)
            resumes.append(resumed.start())
        elif _scope_words(text, *after) >= 2:
            scopes[label] = after
        elif _scope_words(text, *after) and re.search(r";\s*$", text[before[0]:a]):
            scopes[label] = after  # "…; Trump says he is 'disappointed' in Putin": a speaker opening its clause
        elif _scope_words(text, *before) >= 2:
            scopes[label] = before
        else:
            return {}
    for cut in resumes:  # the inserted voice's words end where the first one's "that" resumes
        scopes.update({label: (a, cut) for label, (a, b) in scopes.items() if a < cut < b})
    return scopes


#: "…, a day after" / ", as" / ", hours before" ending a voice's part right before another voice's subject,
#: with no "that" of its own: an inserted clause; the first voice's "that" comes back after it (", that …")
_INSERTED_VOICE = re.compile(r"(?:(?!\bthat\b)[^;:“”\"])*,\s*(?:(?:a|one|two|three|several|some|just|only)\s+"
                             r"(?:days?|hours?|weeks?)\s+)?(?:after|before|as|when|while|since)\s+(?:the\s+)?$",
                             re.IGNORECASE)
_RESUMED_THAT = re.compile(r",\s*that\s", re.IGNORECASE)


def _speaker_known(acts) -> bool:
    return any(a.speaker.speaker for a in acts)


#: The call-up of people (not the troops or weapons an arms industry's words may stand beside).
_CALL_UP = re.compile(r"\b(?:mobili[sz](?:ation|e|ed|ing)|conscription|conscripts|call-up|reservists)\b", re.IGNORECASE)
_MODAL_BEFORE = lazy_fail_fast(r"\b(?:would|will|could|might|may|must|should|shall|can)\s+(?:not\s+|never\s+)?$", re.IGNORECASE)
#: "X was unable to confirm …", "has not been able to verify", "declined to confirm": a verb of saying its subject
#: could not or would not use states nothing (as after a modal: "could not confirm") (cl19)
_UNABLE_BEFORE = lazy_fail_fast(r"\b(?:unable|not\s+(?:been\s+)?able|declined|refused|failed)\s+to\s+"
                                r"(?:independently\s+|immediately\s+|yet\s+)?$", re.IGNORECASE)
#: Where a clause that brings in another voice begins (", as Gerasimov said", ", while Kyiv said").
_NEXT_VOICE = re.compile(r",\s*(?:as|while|whereas|but|after)\s|;", re.IGNORECASE)
#: "A B said Syrskyi had reported that …": a speaker right after the outer verb whose own verb is backshifted ("had
#: reported") is what the outer speaker relays: the outer speaker's claim
_RELAYED = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){1,3}had\s+(?:(?:also|earlier|already|previously)\s+)?")
#: Where one speaker's "that" clause ends and another's statement may begin ("…, but Ukraine said").
_CLAUSE_BREAK = re.compile(r",\s*(?:while|but|whereas|and)\b|;", re.IGNORECASE)
_APPOSED_RELATIVE = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,8}?(?:(?:that|which)\s+)?$")
_ANOTHER_CLAUSE = re.compile(r"(?:,\s*(?:while|but|whereas|and)|;)\s+(?:[\w’'.-]+\s+){1,8}$", re.IGNORECASE)


def _before_another_voice(doc, s_end: int, acts) -> tuple[int, int] | None:
    """The part of a sentence after its one attribution and before a second speech verb that opens
    its own clause (", while the governor said …"), when the layer found no speaker for that verb."""
    own = {a.cue.start for a in acts}
    first = min(acts, key=lambda a: a.cue.start)
    start = max(first.cue.end, first.speaker.end)
    cues = doc.speech.cues
    starts = getattr(doc, "_claim_cue_starts", None)
    if starts is None:
        starts = doc._claim_cue_starts = [c.start for c in cues]
    for cue in cues[bisect_left(starts, start):bisect_left(starts, s_end)]:
        if cue.start in own:
            continue
        clause = _ANOTHER_CLAUSE.search(doc.text, start, cue.start)
        if clause is not None and _scope_words(doc.text, start, clause.start()) >= 2:
            return start, clause.start()
    return None


def _scope_words(text: str, a: int, b: int) -> int:
    """Lower-case content words in ``a:b``, not counting speech verbs (", UNN reports." is no content)."""
    cues = cue_table()[0]
    return sum(1 for m in _CONTENT_WORD.finditer(text, a, b)
               if m.group(0)[0].islower() and m.group(0) not in _FUNCTION_WORDS and m.group(0) not in cues
               and m.group(0) not in _report_words())


def _report_words() -> frozenset:
    """Words of a closing attribution that are no content (", UNN reports.", "the channel's posts"): the
    ``report_word`` words of data/speech_words.csv, beside the speech verbs of the cue table."""
    return vocab.speech_words()["report_word"]


#: A trailing participle naming the statement just reported ("…, calling them “a provocation”", "…, describing it as
#: fake"): the speaker's word for the words, no content of its own.
_CALLING_THEM = re.compile(r",\s+(?:calling|describing|branding|labelling|labeling|terming|dismissing)\s+(?:them|it|this|"
                           r"those|these|the\s+(?:reports?|claims?|figures?|allegations?|accounts?))\b[^;:]*$")
#: A refusal before a participle cue: "X declined to comment on the timing, saying only that …" says nothing of the timing.
_REFUSAL_BEFORE = re.compile(r"\b(?:declined|declines|refused|refuses|(?:would|did|does|could)\s+not)\s+(?:to\s+)?"
                             r"(?:comment|say|give|discuss|elaborate|confirm|speculate|disclose)\b", re.IGNORECASE)


#: A speech verb coordinated after another verb of the same subject ("… and said", "…, and also said")
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")


#: "X says the medics he met … told him Russian troops had …", "She said her son had told her … that …": whoever told
#: the speaker is a second speaker of the words relayed (nested attribution: one claim each) (cl19); right after the
#: first speaker's verb, a noun phrase (or a pronoun) then "told him/her/them/me/us"
_TOLD_SPEAKER = re.compile(
    r"\s+(?:that\s+)?(?P<np>(?:the|a|an|his|her|their|my|our|some|several|two|three|four|local)\s+[\w’'-]+"
    r"(?:\s+[\w’'-]+){0,10}?|he|she|they)\s+(?:had\s+|has\s+|have\s+)?(?P<cue>told)\s+(?:him|her|them|me|us)\b"
    r"(?![\w’'-])(?!\s+(?:to|about|of|nothing|so|off|a|an|the)\b)")  # (an order, a topic or a story told: no relay)
#: where a noun phrase's own relative clause begins: "the medics [he met near X]", "the crews [who drove …]"
_NP_RELATIVE = re.compile(r"\s+(?:he|she|they|I|we|who|whom|that|which)\s")
#: "a brother serving with …", "her son, a gunner": the unnamed relative or person a later "he" or "she" stands for
_PERSON_BEFORE = re.compile(r"\b(?:a|an|her|his|their|my|our)\s+((?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*)\b")
_POSSESSIVE_LEAD = re.compile(r"^(?:her|his|their|my|our)\s+")
_RELAY_VERBS = frozenset("said says say told tells claimed claims added adds recalled recalls".split())


def _relayed_sources(doc, sentence, speaking: list) -> list:
    """Acts for whoever told a speaker what the speaker relays ("Dunmore says the crews he met told him …"): a second
    claim, the source labelled as written (a pronoun as the unnamed person introduced before it in the paragraph);
    the layer's act of that "told" with another speaker is replaced (cl19)."""
    text = doc.text
    if text.find("told ", sentence.start, sentence.end) < 0:
        return speaking
    result = list(speaking)
    for act in speaking:
        if act.speaker.start > act.cue.start or act.cue.text.lower() not in _RELAY_VERBS:
            continue
        match = _TOLD_SPEAKER.match(text, act.cue.end, sentence.end)
        if match is None:
            continue
        a, b = match.span("np")
        relative = _NP_RELATIVE.search(text, a, b)
        if relative is not None:
            b = relative.start()
        if text[a:b] in ("he", "she", "they"):
            found = _person_before(doc, sentence, text[a:b])
            if found is None:
                continue
            a, b = found
        elif not (_unnamed_person(text[a:b]) or text[a:b].split()[-1] in vocab.speech_words()["kin_noun"]) \
                and not text[a:b].split()[-1].lower().endswith("s"):
            continue  # "the report told them": a person or a group tells, a document does not
        told = match.start("cue")
        label = _label_as_written(_POSSESSIVE_LEAD.sub("", text[a:b]))
        label = label if label.endswith(")") else f"{label} (unnamed)"
        source = _mentions.Mention(a, b, label, text[a:b], "unnamed source")
        result = [x for x in result if x.cue.start != told]
        result.append(SpeechAct((sentence.start, sentence.end), Cue(told, told + 4, "told", "speech"), source, None, ""))
    return result


#: the relaying verbs whose content may open with another named speaker's statement (cl20)
_NESTING_VERBS = frozenset("said says told tells added adds replied replies stated states announced".split())
#: the inner speaker's verbs: "X said that Scholz had condemned the war and urged Putin to …"
_NESTED_CUES = frozenset("urged urges told tells said says warned warns assured assures promised promises insisted "
                         "insists stressed stresses demanded demands".split())
#: the content's opening after the relaying verb: its occasion and "that" ("said in a statement on Friday that ")
_NESTED_OPENING = re.compile(r"(?:[^.;:“”\"]{0,90}?\bthat)?\s+")
#: an estimate put by the inner speaker: "… put the share at", "had put its losses at"
_PUT_AT = re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?P<cue>put)\s+(?:[\w’'-]+\s+){1,3}?at\b")
#: between the inner speaker and its verb: one clause ("had condemned the war and"), no comma, no new "that"
_NESTED_GAP = re.compile(r"[^,;:.“”\"]{0,80}?\b(?:and|also|had|has|have)\s+$")


def _nested_subjects(doc, sentence, speaking: list) -> list:
    """Acts for a named speaker whose statement another speaker relays ("A spokesman said in a statement that Scholz
    had condemned the war and urged Putin to …", "Mr Wallace replied that British defence intelligence put the share
    at …"): the content opens with the name (a person or a body of the tables) and that speaker's own verb follows in
    the same clause: nested attribution, one claim each (devset 014; cl20)."""
    text = doc.text
    result = list(speaking)
    for act in speaking:
        if act.speaker.start > act.cue.start or act.cue.text.lower() not in _NESTING_VERBS:
            continue
        opening = _NESTED_OPENING.match(text, act.cue.end, sentence.end)
        if opening is None:
            continue
        at = opening.end()
        starts = doc.__dict__.get("_mentions_by_start")
        if starts is None:
            starts = doc.__dict__["_mentions_by_start"] = {}
            for m in doc.speech.mentions:
                starts.setdefault(m.start, []).append(m)
        inner = next((m for m in starts.get(at, ()) if m.how in ("name", "title") and m.speaker
                      and m.speaker != act.speaker.speaker and m.end < sentence.end), None)
        if inner is None:
            continue
        layer = next((b for b in result if b.speaker.start == inner.start and b.speaker.speaker == inner.speaker
                      and b.cue.start > inner.end and b.cue.text.lower() in _NESTED_CUES | {"put"}), None)
        if layer is not None and (_PUT_AT.match(text, inner.end, sentence.end)
                                  or _NESTED_GAP.fullmatch(text, inner.end, layer.cue.start)
                                  or not text[inner.end:layer.cue.start].strip()):
            # (the speech layer read that voice already: kept beside the relaying one)
            doc.__dict__.setdefault("_nested_relays", set()).add(sentence.start)
            doc.__dict__.setdefault("_nested_acts", set()).add((layer.cue.start, layer.speaker.start))
            continue
        cue = None
        put = _PUT_AT.match(text, inner.end, sentence.end)
        if put is not None:
            cue = Cue(put.start("cue"), put.end("cue"), "put", "speech")
        else:
            later = next((b for b in speaking if b.cue.start > inner.end and b.cue.text.lower() in _NESTED_CUES
                          and b.speaker.start < inner.start), None)
            if later is not None and _NESTED_GAP.fullmatch(text, inner.end, later.cue.start):
                cue = later.cue
        if cue is None or any(b.speaker.speaker == inner.speaker for b in result):
            continue
        result.append(SpeechAct((sentence.start, sentence.end), cue, inner, None, ""))
        doc.__dict__.setdefault("_nested_relays", set()).add(sentence.start)
        doc.__dict__.setdefault("_nested_acts", set()).add((cue.start, inner.start))
    return result


#: an "according to" source that is a record or a medium carrying the words, not a voice of its own (cl28): a
#: ``statement_noun``, ``data_noun``, ``publishing_verb``, ``press_writer`` or ``medium_noun`` of data/speech_words.csv
#: (plural too; a bare "agency" only as a state or press one: "the intelligence agency" speaks, rv25d)
_DOCUMENT_SOURCE = vocab.TablePattern("document_source", ("speech_words",), lambda: (
    r"(?i)\b(?:(?:" + trie_pattern(sorted(set().union(*(vocab.speech_words()[k] for k in (
        "statement_noun", "data_noun", "publishing_verb", "press_writer", "medium_noun"))) - {"agency"}),
        spaces=True, ignore_case=True)
    + r")s?|(?:state|press)\s+agenc(?:y|ies)|footage|estimates?|media|outlets?|news|website|carried)\b"))
_RELATIVE_AFTER_SOURCE = re.compile(r"\s(?:who|whom|whose|which|that)\s")


def _inner_sources(doc, sentence, speaking: list) -> list:
    """ "X said that, according to Ukrainian intelligence, …": the source an "according to" names at the opening of
    the words another voice's verb introduces is a second voice of the same words (devset nested attribution: one claim per speaker). The layer's unnamed source
    (``Speech.inner_sources``) is added; a named one the layer read already is kept beside the first voice (cl28)."""
    if not speaking:
        return speaking
    result = list(speaking)
    for act in list(doc.speech.inner_sources.get(sentence.start, ())) + [a for a in speaking if a.cue.kind == "source"]:
        named = _RELATIVE_AFTER_SOURCE.split(doc.text[act.cue.end:act.speaker.end], 1)[0]
        if _DOCUMENT_SOURCE.search(named) or _kind_of(act.speaker.speaker) == "media":
            continue  # "…, according to a video released by his office", "a statement carried by news agencies"
        if "," in doc.text[act.cue.end:act.speaker.start] and _kind_of(act.speaker.speaker) != "person" \
                and not doc.text.startswith(",", act.speaker.end):
            continue  # "according to military intelligence, Russia had lost …": the clause's subject is no source
        if act.speaker.start < act.cue.start or not any(
                b is not act and b.cue.kind != "source" and b.cue.end <= act.cue.start
                and _speech.THAT_BEFORE_SOURCE.search(doc.text, b.cue.end, act.cue.start)
                and (b.speaker.speaker or b.speaker.as_written) != (act.speaker.speaker or act.speaker.as_written)
                for b in speaking):
            continue
        if act not in result:
            result.append(act)
        doc.__dict__.setdefault("_nested_acts", set()).add((act.cue.start, act.speaker.start))
        doc.__dict__.setdefault("_nested_relays", set()).add(sentence.start)  # (both voices say all of it)
    return result


def _cited_voices(doc, sentence, speaking: list) -> list:
    """ "ISW also cited the Russian Defence Ministry as claiming on Tuesday that …": the cited body or person says
    the words too (devset nested attribution: one claim per speaker, the citing one and the cited one); the layer
    gave the participle to the citing subject with no day, and the cited voice (``Speech.cited_voices``) is added
    (cl28)."""
    if not doc.speech.cited_voices:
        return speaking
    result = list(speaking)
    for act in speaking:
        voice = doc.speech.cited_voices.get(act.cue.start)
        if voice is None or voice.speaker.speaker == act.speaker.speaker \
                or any(x.speaker.speaker == voice.speaker.speaker for x in result):
            continue
        result.append(voice)
        doc.__dict__.setdefault("_nested_acts", set()).add((act.cue.start, voice.speaker.start))
        doc.__dict__.setdefault("_nested_relays", set()).add(sentence.start)
    return result


def _person_before(doc, sentence, pronoun: str):
    """The span of the last unnamed person ("a brother", "her son") named in the sentences of the paragraph before
    ``sentence`` that ``pronoun`` ("he", "she") can stand for; None when there is none."""
    a = doc.paragraphs[sentence.paragraph][0]
    last = None
    for m in _PERSON_BEFORE.finditer(doc.text, a, sentence.start):
        head = m.group(1).split()[-1]
        if (_unnamed_person(head) or head in vocab.speech_words()["kin_noun"]) and (pronoun == "they") == head.endswith("s"):
            last = m.span(1)
    return last


#: A speaking noun with its name in quote marks, one long aside set off by commas, then the speech verb: "Another
#: channel, "X", which often reflects the views of officers, claimed …" (the aside may run longer than the layer reads;
#: a name before such an aside, "President A B, opening the summit with a speech that ran long, said", is read by the
#: speech layer: speech/_subjects.py, sk27) (cl19)
_FRONTED_SUBJECT = re.compile(
    r"(?:[Aa]nother|[Tt]he|[Aa]|[Aa]n|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z]+)\s*,\s*[\"“](?P<quoted>[A-Z][^\"”]{1,40})[\"”]"
    r"\s*,\s+(?:[a-z]+ing|who|which|whose)\b[^;:“”\"]{1,220}?\s*,\s*(?:(?:also|later|then|again|on\s+\w+day)\s+)?")


def _fronted_subject(doc, sentence, cue):
    """The quoted name of a speaking noun that opens the sentence before a long aside and the speech verb
    (``_FRONTED_SUBJECT``: "Another channel, "X", …"), as an unknown name speaks; None otherwise."""
    match = _FRONTED_SUBJECT.fullmatch(doc.text, sentence.start, cue.start)
    if match is None or match.group("noun") not in _speaking_heads():
        return None
    a, b = match.span("quoted")
    return _mentions.Mention(a, b, match.group("quoted"), match.group("quoted"), "unknown name")
