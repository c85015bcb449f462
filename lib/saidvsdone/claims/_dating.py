"""The date of a claim: the sentence's own date expression, else the same speaker's dated statement or event elsewhere
in the article."""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left
from dataclasses import replace

import pandas as pd

from saidvsdone import mentions as _mentions
from saidvsdone import speech as _speech
from saidvsdone import vocab
from saidvsdone import when as _when
from saidvsdone.citing import FIGURE as _FIGURE  # (a figure of three digits or more)
from saidvsdone.matcher import fail_fast, trie_pattern
from saidvsdone.segment import trim_end
from saidvsdone.speech import after_stamp as _after_stamp, CLOCK as _CLOCK, dated_by_paragraph as _dated_by_paragraph
from saidvsdone.speech import EARLIER_OCCASION as _EARLIER_OCCASION, ITS_SPOKESPERSON as _ITS_SPOKESPERSON
from saidvsdone.speech import NEW_CLAUSE_BEFORE

from ._vocabulary import _EXCLUDING, _PRESENTED_IN, _span, _topics
from ._vocabulary import _account_subject


#: A live blog's time stamp on a line of its own ("\n09.15 GMT\n"): a post starts.
_POST_STAMP_LINE = re.compile(r"\n[ \t]*" + _CLOCK + r"[ \t]*\n")


def _date(doc, acts, label: str) -> tuple:
    """The statement date: the sentence's own date expression, else the same speaker's dated
    statement elsewhere in the article, else none (the article does not fix it)."""
    for act in acts:
        if act.date is not None and not _evidence_day(doc, act):
            return act.date, f"{act.date_text} → {act.date.date()}"
    for act in acts:
        # "…, according to a statement released on Monday by the General Staff": a verb whose speaker the layer could
        # not name, that the claims name, keeps the day the layer read right after it (its ``cue_days``; a day before
        # the verb, "since launching their offensive on 10 May, according to …", is the event's) (dt35)
        day, words = doc.speech.cue_days.get(act.cue.start, (None, "")) if act.date is None else (None, "")
        if day is not None and not pd.isna(day) and words \
                and doc.text.find(words, act.cue.end, min(act.sentence[1], act.cue.end + 60)) >= 0 \
                and doc.text.find(words, act.sentence[0], act.cue.start) < 0 \
                and not _evidence_day(doc, replace(act, date=day, date_text=words)):
            return day, f"{words} → {day.date()}"
    act = acts[0]
    earlier = _relative_earlier(doc.text, act)
    if earlier:
        return pd.NaT, f"an earlier occasion in a relative clause (‘{earlier}’): no day"
    after = _AFTER_WAR_EVENT.match(doc.text, _after_stamp(doc.text, act.sentence[0], act.sentence[1]))
    if after is not None and after.end() <= act.cue.start:
        # "After the fall of Avdiivka, Shoigu said …": the words are placed after an event of the war, a time of their
        # own with no day (§3.5: the event's day is not the statement's), not the speaker's other statement
        return pd.NaT, f"after an event (‘{after.group(1)}’): no day"
    if _HABITUAL.search(doc.text, max(act.sentence[0], act.cue.start - 30), act.cue.start) \
            or _HABITUAL_AFTER.match(doc.text, act.cue.end):
        return pd.NaT, "habitual: no one occasion"  # "Putin has repeatedly said …", "has said several times"
    recurring = _speech.recurring_publication(doc, doc.speech, act.sentence)
    if recurring is not None and recurring[1]:
        return pd.NaT, f"habitual: {recurring[0]}, no one occasion"  # "In daily statements, it has said …"
    restated = _figure_restated(doc, act, label)
    if restated is not None:
        return restated
    if label != act.speaker.speaker and doc.speech.in_summary(act.cue.start):
        # a live blog's summary bullet, "- Russia claims it captured X": the post below of the body it stands for
        date, basis = doc.speech.fallback_date(label, act.cue.start, doc.published)
        if basis.startswith("summary bullet"):
            return date, basis
    date, basis = doc.speech.fallback_date(act.speaker.speaker or label, act.cue.start, doc.published)
    if not pd.isna(date) and basis.startswith(("same meeting", "same scene")) and _cited_in_words(doc, act):
        # "Citing figures from Russia's defence ministry, he told the council …", "Mr X replied that British defence
        # intelligence put the share at …": a source the speaker cites is no participant of the meeting or scene the
        # passage tells; its words were given on an occasion of its own the article does not date (dt34)
        return pd.NaT, "a source cited in another voice's words: no day of its own"
    if _speech.recurring_not_that_day(doc, doc.speech, recurring, act.speaker.speaker or label, act.cue.start, act.sentence[0],
                                      act.cue.end, date, basis):
        # "Russia's defence ministry said in its daily briefing that …" with no day, paragraphs away from its dated
        # statement: one of its briefings, not that occasion ("In its daily briefing, the ministry also said": the same)
        return pd.NaT, f"{recurring[0]} with no day: not the same speaker's other occasion"
    if not pd.isna(date) and doc.speech.perfect_after_dated(doc.text, act.speaker.speaker or label, act.cue.start,
                                                            act.sentence[0]):
        return pd.NaT, "present perfect: an unspecified earlier occasion"
    if pd.isna(date) and label != act.speaker.speaker:  # "Russia claims …" in a headline: the body's speaker
        date, basis = doc.speech.fallback_date(label, act.cue.start, doc.published)
    if pd.isna(date):
        layer_cues = getattr(doc, "_claim_layer_cues", None)
        if layer_cues is None:
            layer_cues = doc._claim_layer_cues = {a.cue.start for a in doc.speech.acts}
        if act.cue.start in layer_cues:  # a verb the layer gave no speaker: its own day only (not a neighbour's)
            date, basis = _same_event_date(doc, act, date, basis)
    if pd.isna(date):
        date, basis = _presented_day(doc, act, date, basis)
    if pd.isna(date):  # (the institution's statement just before, the list's lead-in: the layer's, as for quotes)
        date, basis = _speech.carried_day(doc, doc.speech, act.cue.start) or (date, basis)
    return date, basis


def _cited_in_words(doc, act) -> bool:
    """Whether ``act``'s speaker is a source cited in another voice's words of its sentence: "Citing figures from the
    ministry, he said …" (a "citing" cue), "X replied that British intelligence put the share at …" (its subject after
    the verb of another voice who is the sentence's subject) (dt34)."""
    if act.cue.text.lower() in ("citing", "cited"):
        return True
    return any(b.speaker.speaker and b.speaker.speaker != act.speaker.speaker and b.speaker.start < b.cue.start
               and b.cue.end <= act.speaker.start and _THAT.search(doc.text, b.cue.end, act.speaker.start)
               and not _CLAUSE_OF_ITS_OWN.search(doc.text, b.cue.end, act.speaker.start)
               for b in doc.speech.acts_in(act.sentence[0]))


# what another voice's verb reports, opened by "that" ("replied that", "said at the same time that", "told the council
# that"), and a clause of the narration of its own between that verb and the act's speaker: "X told the council that
# …, and Russia's envoy replied …" (the envoy is no source cited in X's words: rv22c)
_THAT = re.compile(r"\bthat\b")
_CLAUSE_OF_ITS_OWN = re.compile(NEW_CLAUSE_BEFORE.pattern + r"|,\s*and\b")


#: A written account as the subject, its noun (group ``noun``) before its maker or its verb: "The assessment by Defence
#: Intelligence", "The report", "The new study" (cl21)
_ACCOUNT_SUBJECT = re.compile(_account_subject(("the", "this", "its"), 3) + r"(?:\s+(?:by|from)\s+.*)?")
_PRESENTED_CACHE: dict = {}


def _presented_day(doc, act, date, basis) -> tuple:
    """ "The Defence Secretary today announced … as the UK published its latest intelligence assessment. ⏎ The
    assessment by Defence Intelligence estimates …": an undated statement whose subject is a written account (a
    ``statement_noun`` or ``not_a_person`` of data/speech_words.csv) takes the day of the sentence before it that
    published, released or presented that account (within 2,000 characters), when that sentence's words are dated
    (cl21)."""
    subject = _ACCOUNT_SUBJECT.fullmatch(act.speaker.as_written.strip())
    words = _speech.speech_words()
    if subject is None or (subject.group("noun") not in words["statement_noun"]
                           and subject.group("noun") not in words["not_a_person"]):
        return date, basis
    noun = subject.group("noun")
    pattern = _PRESENTED_CACHE.get(noun)
    if pattern is None:
        pattern = _PRESENTED_CACHE[noun] = re.compile(_PRESENTED_IN.format(noun=re.escape(noun)))
    lo = max(0, act.sentence[0] - 2000)
    last = None
    for last in pattern.finditer(doc.text, lo, act.sentence[0]):
        pass
    sentence = doc.sentence_at(last.start()) if last is not None else None
    if sentence is None:
        return date, basis
    dated = [a for a in doc.speech.acts if sentence.start <= a.cue.start < sentence.end and a.date is not None]
    if not dated:
        return date, basis
    return dated[0].date, f"the {noun} presented {dated[0].date_text} → {dated[0].date.date()}"


#: a present-tense verb of saying: "says", "claims", "estimates" (not "said", "has said")
_PRESENT_CUE = re.compile(r"[a-z]+[^s]s")


def _figure_restated(doc, act, label: str) -> tuple | None:
    """ "Russia's defence ministry says it has mobilised over 150,000 reservists …" in a lede, "Shoigu said on
    Tuesday that over 150,000 men had been mobilised" below: a present-tense claim with no day whose figure a
    later dated statement of the same speaker or of the same country gives again is that statement told in the
    present (heldout4 README, decision 2: "a lead in the present tense that the body ties to a dated statement takes
    that date"). Else None (dt22)."""
    if not _PRESENT_CUE.fullmatch(act.cue.text) or _mentions.could_be_person(act.speaker.speaker or label, _mentions.people()):
        return None
    start, end = act.sentence
    figures = {m.group(0) for m in _FIGURE.finditer(doc.text, start, end)
               if not re.fullmatch(r"(?:19|20)\d\d", m.group(0)) and not doc.in_quote(m.start())}
    if not figures:
        return None
    who = _mentions.people()
    speaker = act.speaker.speaker or label
    country = getattr(who.speakers.get(speaker), "country", "")
    index = getattr(doc, "_dated_figures", None)
    if index is None:  # figure → the dated acts whose sentence gives it, in text order (built once per document)
        index = {}
        for other in doc.speech.acts:
            if other.date is not None and not pd.isna(other.date) and other.speaker.speaker:
                for figure in {m.group(0) for m in _FIGURE.finditer(doc.text, *other.sentence)}:
                    index.setdefault(figure, []).append(other)
        doc._dated_figures = index
    found = []
    for figure in figures:
        later = index.get(figure, ())
        i = bisect_left(later, end + 1, key=lambda o: o.cue.start)
        for other in later[i:i + 8]:  # (the first few after it: the statement the present tense tells again)
            known = who.speakers.get(other.speaker.speaker)
            if other.speaker.speaker == speaker or (country and known is not None and known.country == country):
                found.append(other)
                break
    if not found:
        return None
    other = min(found, key=lambda o: o.cue.start)
    return other.date, f"the figure given again below, ‘{other.date_text}’ → {other.date.date()}"


#: ", who said last month that …", ", who had warned in March that …": a relative clause right after its speaker whose
#: own verb states something
_WHO_BEFORE_CUE = re.compile(r",\s*(?:who|which)\s+(?:(?:had|has|have)\s+)?(?:(?:also|already|publicly|previously)\s+)?")
_MAIN_VERB_AFTER_ASIDE = re.compile(r",\s+(?:(?:also|later|then|now|again|[a-z]+ly)\s+)?([a-z]+)\b")
_UP_TO_THAT = re.compile(r"[^,;:.“”\"]{0,40}?(?=\s+that\b)")


def _relative_earlier(text: str, act) -> str:
    """ "Donald Trump, who said last month that Russia was losing …, has given Moscow until Friday": the claim stands
    in a relative clause whose own time ("last month", "in March", "earlier") places it on an earlier occasion: no
    day, and no later statement's day either (the main clause is no speech). Returns the time's words ("": none)."""
    if act.speaker.end <= 0 or not act.speaker.end < act.cue.start \
            or not _WHO_BEFORE_CUE.fullmatch(text, act.speaker.end, act.cue.start):
        return ""
    after = _UP_TO_THAT.match(text, act.cue.end)
    found = _EARLIER_OCCASION.search(after.group(0)) if after is not None else None
    if found is None:
        return ""
    sentence_end = act.sentence[1]
    forms = _speech.cue_table()[0]
    for main in _MAIN_VERB_AFTER_ASIDE.finditer(text, act.cue.end, sentence_end):
        if main.group(1).lower() in forms:
            return ""  # "…, who had said in January that …, told the meeting that …": the main verb speaks (its day)
    return found.group(0)


#: A sentence fronted by an event of the war, closed by a comma: "After the fall of Avdiivka,", "Following Russia's
#: withdrawal from Kherson,", "After Russian troops captured the town,", "Days after the capture of X," (not a gathering
#: the words were said at: "After the meeting," names no event of the war).
_AFTER_WAR_EVENT = re.compile(
    r"(?:(?:(?:Days|Hours|Weeks|Months|Shortly|Soon|Just|Only)\s+)?(?:after|following)|After|Following|"
    r"In\s+the\s+wake\s+of)\s+("
    r"(?:the\s+|its\s+|their\s+|[A-Z][\w-]+[’']s\s+)?(?:[a-z]+\s+)?(?:fall|capture|loss|seizure|withdrawal|retreat|"
    r"liberation|collapse|surrender|recapture|encirclement|occupation|storming)\s+(?:of|from)\s+[^,;:.“”\"]{1,40}"
    r"|(?:the\s+)?[A-Z][^,;:.“”\"]{0,40}?\s+(?:fell|was\s+captured|was\s+taken|was\s+lost|was\s+liberated|"
    r"captured|took|seized|liberated|withdrew\s+from|retreated\s+from|pulled\s+out\s+of)\b[^,;:.“”\"]{0,40}"
    r"),\s")


def _placed_earlier(doc, sentence) -> bool:
    """Whether the sentence's statement is placed on an earlier occasion: as the layer reads its main clause ("Earlier,
    it said", "had said", "said last week"; ``Speech.placed_earlier``), not by a time of what it reports ("It also finds that
    Russian forces gained 380 square kilometres in February": the gains' month, the words the same statement's) (dt31)."""
    return doc.speech.placed_earlier(sentence.start) is not None


#: a main clause that says the speaker goes on with the same statement ("The U.S. officials also said …", "The official
#: added that …", "Officials further said …"): the same statement, whatever days other voices' words named in between,
#: as a named speaker's "also said" takes the day of their dated words (``Speech.fallback_date``) (dt34)
_ALSO_SAID = re.compile(r"[^,;:“”\"]{2,60}?\s(?:also|further)\s+(?:said|told|claimed|stated|reported|estimated|noted|"
                        r"believed|assessed)\b|[^,;:“”\"]{2,60}?\s(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)"
                        r"(?:added|went\s+on\s+to\s+say)\b")


def _also_said_by_its_cue(text: str, sentence, cue: str) -> bool:
    """Whether the sentence's main clause goes on with the same statement by the claim's own verb ("The officials also
    said …", "The official added …"), not by a verb inside what it reports ("The official said Moscow had also reported
    …": the cue is "said"; rv22c)."""
    also = _ALSO_SAID.match(text, sentence.start, min(sentence.end, sentence.start + 90))
    return also is not None and also.group().rsplit(None, 1)[-1].lower() == (cue.rsplit(None, 1) or [""])[-1].lower()


def _continued_unnamed_dates(doc, found: list[dict]) -> None:
    """An unnamed speaker continued ("a senior US defence official said on Monday …. The official said …")
    takes the day of its dated statement, as the layer dates a named speaker's: the last one before it by
    the same label, when no other day is named in between and the sentence places nothing earlier
    ("earlier", "last week"). The layer keys its dated statements by resolved names only."""
    dated: dict[str, dict] = {}
    starts = doc.speech.date_starts
    for claim in found:
        if claim["headline"] or claim.get("carried"):
            continue
        label = claim["speaker"]
        if not pd.isna(claim["statement_date"]):
            dated[label] = claim
            continue
        before = dated.get(label)
        if before is None or not claim["date_basis"].startswith("no day given"):
            continue
        sentence = doc.sentence_at(claim["start"])
        if sentence is None or _placed_earlier(doc, sentence) \
                or (bisect_left(starts, claim["start"]) != bisect_left(starts, before["end"])
                    and not _also_said_by_its_cue(doc.text, sentence, claim["cue"])) \
                or _POST_STAMP_LINE.search(doc.text, before["end"], claim["start"]):
            # (a live blog's post stamp between them, "09.15 GMT": another post, another occasion; cl17)
            continue
        if before["date_basis"].startswith(_speech.LEAD_BASIS) and _speech.lead_days(doc).get(sentence.paragraph) is None:
            continue  # (a list's day is its items' only: "BACKGROUND⏎Moscow says …" after it is no item)
        claim["statement_date"] = before["statement_date"]
        claim["date_basis"] = f"same speaker continued, {before['date_basis']}"


#: a picture (the ``evidence_subject`` words of data/speech_words.csv, as ``_speakers._EVIDENCE_SUBJECT`` reads them)
#: and the verb of its appearing right before the day: the day the evidence appeared
_EVIDENCE_DAY = vocab.TablePattern("evidence_day", ("speech_words",), lambda: (
    r"(?:" + (trie_pattern(vocab.speech_words()["evidence_subject"], ignore_case=True) or "(?!)") + r")\s+(?:\w+\s+){0,2}?"
    r"(?:published|posted|filmed|shot|recorded|taken|released|geolocated)\s+(?:on\s+)?$"), re.IGNORECASE)


def _evidence_day(doc, act) -> bool:
    """ "…, according to geolocated footage published on January 6": the day the evidence appeared, not the day
    of the statement."""
    sentence = doc.sentence_at(act.cue.start)
    if sentence is None or not act.date_text:
        return False
    at = doc.text.find(act.date_text, sentence.start, sentence.end)
    return at > 0 and _EVIDENCE_DAY.search(doc.text, max(sentence.start, at - 60), at) is not None


_HABITUAL_AFTER = re.compile(r"\s+(?:(?:several|many|numerous|multiple|countless)\s+times|repeatedly|more\s+than\s+once|"
                             r"again\s+and\s+again|time\s+and\s+again|on\s+(?:several|many|numerous)\s+occasions|"
                             r"" + _when.FOR_A_SPAN + r")\b",  # "a claim Kyiv disputed for days" (cl22)
                             re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:repeatedly|often|routinely|consistently|frequently|always|long)\s+(?:\w+\s+)?$",
                       re.IGNORECASE)
_EARLIER = fail_fast(r"\b(?:earlier|previously|before|ago|last|in\s+(?:january|february|march|april|may|june|july|"
                      r"august|september|october|november|december|\d{4})|had\s+(?:\w+\s+)?\w+ed|had\s+said|"
                      r"repeatedly|often|has\s+long)\b", re.IGNORECASE)


_CONTRAST_OPENING = re.compile(r"\s*(?:However|But|Yet|By\s+contrast|In\s+contrast|On\s+the\s+other\s+hand)\b")


def _same_event_date(doc, act, date, basis) -> tuple:
    """An undated statement in the paragraph of a dated one belongs to the same event (a
    briefing, a meeting): it takes that day, unless the sentence places it earlier ("earlier",
    "last month", "had said", "repeatedly")."""
    sentence = doc.sentence_at(act.cue.start)
    if sentence is None or sentence.headline or _EARLIER.search(doc.text, sentence.start, sentence.end):
        return date, basis
    # an event before it: a later sentence's cue dates that sentence's own statement, not this one, unless
    # its speaker speaks for this one ("The ministry has announced … Its spokesman said on Friday …")
    dated = [a for a in _dated_by_paragraph(doc).get(sentence.paragraph, ())
             if a.sentence[0] < sentence.start or (a.sentence[0] > sentence.start and _ITS_SPOKESPERSON.search(
                 doc.text, max(a.sentence[0], a.speaker.start - 40), a.speaker.end))]
    # "Until August 12, … until X informed …": a bound for that one statement, no occasion of the paragraph (dt12)
    dated = [a for a in dated if pd.isna(a.date) or not _speech.until_bound(doc.text, a.sentence[0], a.cue, a.date_text)]
    speaker = act.speaker.speaker
    if speaker and (_mentions.is_person(speaker) or any(_mentions.is_person(a.speaker.speaker) for a in dated)):
        # another person is on the same occasion only when it is a gathering ("at the briefing on
        # Monday"); else "X said on Monday … Y said …" leaves Y's day open (and a body after a person's
        # dated words: "Zelensky stated on June 11 …. The General Staff reported …")
        dated = [a for a in dated if a.speaker.speaker in ("", speaker) or _speech.GATHERING.search(
            doc.text, a.sentence[0], a.sentence[1])]
    elif not speaker and act.speaker.how == "unnamed source":
        # "Tregubov stated on November 20 …. A battalion commander told Suspilne …": a new, unnamed voice after a
        # person's dated words is not on their occasion (unless a gathering)
        dated = [a for a in dated if not _mentions.is_person(a.speaker.speaker) or _speech.GATHERING.search(
            doc.text, a.sentence[0], a.sentence[1])]
    if _CONTRAST_OPENING.match(doc.text, sentence.start):
        # "However, according to NATO, …" after words at a briefing: another source set against them, not a voice at
        # the same occasion (dt24)
        dated = [a for a in dated if a.speaker.speaker == speaker and speaker]
    if not dated:
        return date, basis
    event = min(dated, key=lambda a: (a.cue.start > act.cue.start, abs(a.cue.start - act.cue.start)))
    if pd.isna(event.date) and event.cue.start > act.cue.start:
        return date, basis  # a later "Last week, he told …" is another occasion, not this one's
    return event.date, f"same paragraph, ‘{event.date_text}’ → {event.date.date() if not pd.isna(event.date) else 'no day'}"


def _carried(doc, sentence, previous: dict, lexicon) -> dict | None:
    if doc.sentence_at(previous["start"]).paragraph != sentence.paragraph:
        return None
    words, starts = _span(doc, sentence.start, sentence.end)
    topics = [t for t in _topics(lexicon, words, 0, len(words), starts, [], doc) if t not in _EXCLUDING]
    if not topics:
        return None
    return {**previous, "claim_type": topics[0], "topics": "|".join(topics), "quoted_words": "",
            "phrase": "", "pattern": "", "carried": True, "negated": False,
            "start": _after_stamp(doc.text, sentence.start, sentence.end),
            "end": trim_end(doc.text, sentence.start, sentence.end),
            "phrase_start": sentence.start, "phrase_end": sentence.start}
