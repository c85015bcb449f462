"""The date of a claim: the sentence's own date expression, else the same speaker's dated statement or event elsewhere
in the article."""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left

import pandas as pd

from saidvsdone import mentions as _mentions
from saidvsdone import speech as _speech
from saidvsdone import vocab
from saidvsdone import when as _when
from saidvsdone.citing import FIGURE as _FIGURE  # (a figure of three digits or more)
from saidvsdone.document import short_subhead
from saidvsdone.matcher import fail_fast, trie_pattern
from saidvsdone.segment import trim_end

from ._vocabulary import _EXCLUDING, _PRESENTED_IN, _span, _topics
from ._vocabulary import _account_subject


#: A live blog's clock time ("14:02", "9.15 GMT", "10.30am"): written once, read by the entry's stamp below and by a
#: stamped label (``_speakers._STAMPED_LABEL``)
_CLOCK = r"\d{1,2}[.:]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:BST|GMT|CET|CEST|EET|EEST|MSK|UTC|ET)?"
#: A live blog's time stamp on a line of its own ("\n09.15 GMT\n"): a post starts.
_POST_STAMP_LINE = re.compile(r"\n[ \t]*" + _CLOCK + r"[ \t]*\n")
#: A live blog's time stamp heading an entry ("14:02 — ", "9.15 GMT - "): the page's furniture, not the claim.
_LIVE_STAMP = re.compile(r"\s*" + _CLOCK + r"\s*[—–-]\s*(?=\S)")


def _after_stamp(text: str, start: int, end: int) -> int:
    """Where a sentence's words begin after a live blog's time stamp ("14:02 — Zelensky said …")."""
    stamp = _LIVE_STAMP.match(text, start, end)
    return stamp.end() if stamp is not None else start


def _date(doc, acts, label: str) -> tuple:
    """The statement date: the sentence's own date expression, else the same speaker's dated
    statement elsewhere in the article, else none (the article does not fix it)."""
    for act in acts:
        if act.date is not None and not _evidence_day(doc, act):
            return act.date, f"{act.date_text} → {act.date.date()}"
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
    recurring = _recurring_publication(doc, act)
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
    if recurring is not None and basis.startswith("same speaker") \
            and not _GOES_ON.search(doc.text, act.sentence[0], act.cue.end) \
            and not _near_source(doc, act.speaker.speaker or label, act.cue.start, date):
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
    if pd.isna(date):
        date, basis = _spokesperson_day(doc, act, date, basis)
    if pd.isna(date):
        date, basis = _list_lead_day(doc, act, date, basis)
    return date, basis


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


#: Words placing a statement on an earlier occasion (not a past perfect in its content: "had also failed").
_EARLIER_OCCASION = re.compile(r"\b(?:earlier|previously|ago|last\s+(?:week|month|year|\w+day)|in\s+(?:january|february|"
                               r"march|april|may|june|july|august|september|october|november|december|\d{4})|"
                               r"had\s+(?:said|told|stated|claimed|warned)|repeatedly|often|has\s+long)\b", re.IGNORECASE)


#: a paragraph opening with a list's bullet mark ("• Russia's defence ministry said …", "- The Kremlin said …")
_BULLET_MARK = re.compile(r"[ \t]*[•·▪◦●*–—-][ \t]+(?=\S)")


#: what follows a dateline's day ("Feb 21 (Reuters) - ", "MOSCOW, March 4 — ")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*[-–—]\s")
#: a present perfect before the cue ("has said", "have repeatedly said"): an unspecified earlier occasion
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?$")


def _lead_days(doc) -> dict:
    """paragraph → (day, words) for the bulleted items under a lead-in that names one day and ends with a colon
    ("Here are the main developments in the war on Friday:⏎• …⏎• …"), short subheads between them ("FIGHTING")
    kept in the list (built once per document)."""
    cached = getattr(doc, "_lead_days_cache", None)
    if cached is not None:
        return cached
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
            named = [e for e in _when.find(text, max(a, last.start), b) if not _DATELINE_AFTER.match(text, e.end)]
            days = {_when.resolve(e, doc.published).day for e in named}
            if len(days) == 1 and not pd.isna(next(iter(days))):
                lead = (next(iter(days)), named[0].text)
    return cached


_LEAD_BASIS = "the list's lead-in,"


def _list_lead_day(doc, act, date, basis) -> tuple:
    """ "Here are the main developments in the war in Ukraine on Friday:⏎• Russia's defence ministry said …": an item of a
    list whose lead-in names the day the list tells of, with no day and no earlier occasion of its own, was said that
    day (a wire's round-up, a briefing's key points) (dt30)."""
    sentence = doc.sentence_at(act.cue.start)
    if sentence is None or sentence.headline:
        return date, basis
    lead = _lead_days(doc).get(sentence.paragraph)
    if lead is None or _EARLIER_OCCASION.search(doc.text, sentence.start, sentence.end) \
            or _PERFECT_BEFORE.search(doc.text, max(sentence.start, act.cue.start - 24), act.cue.start) \
            or bisect_left(doc.speech.date_starts, sentence.start) != bisect_left(doc.speech.date_starts, sentence.end):
        return date, basis
    return lead[0], f"{_LEAD_BASIS} ‘{lead[1]}’ → {lead[0].date()}"


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
        if sentence is None or _EARLIER_OCCASION.search(doc.text, sentence.start, sentence.end) \
                or bisect_left(starts, claim["start"]) != bisect_left(starts, before["end"]) \
                or _POST_STAMP_LINE.search(doc.text, before["end"], claim["start"]):
            # (a live blog's post stamp between them, "09.15 GMT": another post, another occasion; cl17)
            continue
        if before["date_basis"].startswith(_LEAD_BASIS) and _lead_days(doc).get(sentence.paragraph) is None:
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
                             r"for\s+(?:days|weeks|months))\b",  # "a claim Kyiv disputed for days" (cl22)
                             re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:repeatedly|often|routinely|consistently|frequently|always|long)\s+(?:\w+\s+)?$",
                       re.IGNORECASE)
_EARLIER = fail_fast(r"\b(?:earlier|previously|before|ago|last|in\s+(?:january|february|march|april|may|june|july|"
                      r"august|september|october|november|december|\d{4})|had\s+(?:\w+\s+)?\w+ed|had\s+said|"
                      r"repeatedly|often|has\s+long)\b", re.IGNORECASE)


#: a publication or address that recurs, named with no day: "in its daily briefing", "in his nightly video address",
#: "In daily statements over the past two weeks" (group ``noun``: a ``statement_noun`` of data/speech_words.csv, or its
#: plural)
_RECURRING = re.compile(r"\b(?:[Ii]n|[Dd]uring|[Tt]hrough)\s+(?:(?:its|his|her|their|the)\s+)?(?:latest\s+)?"
                        r"(?:daily|nightly|weekly|regular|routine)\s+(?:[\w-]+\s+)??(?P<noun>[a-z]+)\b")


def _recurring_publication(doc, act) -> tuple | None:
    """The words naming a recurring publication in the sentence of ``act`` and whether they name many of them
    ("in daily statements": habitual), else None; only when the sentence names no day of its own (dt30)."""
    start, end = act.sentence
    found = _RECURRING.search(doc.text, start, end)
    if found is None or doc.in_quote(found.start()) \
            or bisect_left(doc.speech.date_starts, start) != bisect_left(doc.speech.date_starts, end):
        return None
    nouns = _speech.speech_words()["statement_noun"]
    noun = found.group("noun")
    if noun in nouns:
        return found.group(0), False
    if noun.endswith("s") and (noun[:-1] in nouns or noun[:-2] in nouns):
        return found.group(0), True
    return None


#: words that carry a statement on ("also said", "added", "went on to say")
_GOES_ON = re.compile(r"\b(?:also|added|adding|further|went\s+on|again)\b", re.IGNORECASE)


def _near_source(doc, speaker: str, pos: int, date) -> bool:
    """Whether the same speaker's dated statement that ``fallback_date`` took (the last before ``pos``, else the first
    after, of that day) stands in the paragraph of ``pos`` or the one next to it (a lede's statement told on)."""
    events = [e for e in doc.speech.dated_events.get(speaker, ()) if e.date == date]
    if not events:
        return False
    i = bisect_left(events, pos, key=lambda e: e.pos)
    source = events[i - 1] if i else events[0]
    here, there = doc.sentence_at(pos), doc.sentence_at(source.pos)
    return here is not None and there is not None and abs(here.paragraph - there.paragraph) <= 1


def _dated_by_paragraph(doc) -> dict:
    """The dated speech acts of a document by paragraph (built once per document: no rescan per act)."""
    cached = getattr(doc, "_dated_acts_cache", None)
    if cached is None:
        cached = {}
        for a in doc.speech.acts:
            if a.date is not None:
                cached.setdefault(doc.sentence_at(a.cue.start).paragraph, []).append(a)
        doc._dated_acts_cache = cached
    return cached


_ITS_SPOKESPERSON = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|press\s+secretary|"
                               r"representative)\b")


#: a speaker written as a personal pronoun: a person, whose "its spokesman" there is none
_PERSONAL_PRONOUN = re.compile(r"(?i)he|she|they|i|we|you")


def _spokesperson_day(doc, act, date, basis) -> tuple:
    """ "Ukraine's Khortytsia group said on Thursday that its units had pulled back.⏎⏎Its spokesman, X, told television
    that …": a sentence opening on the spokesperson of the institution whose dated statement ends the paragraph before
    (or stands earlier in its own) speaks on that occasion, when it names no time of its own and none is named in
    between (the institution's statement told on, Clarifications "same event") (dt30)."""
    sentence = doc.sentence_at(act.cue.start)
    if sentence is None or sentence.headline \
            or not _ITS_SPOKESPERSON.match(doc.text, _after_stamp(doc.text, sentence.start, sentence.end)) \
            or _EARLIER_OCCASION.search(doc.text, sentence.start, sentence.end):
        return date, basis
    dated = _dated_by_paragraph(doc)
    before = [a for p in (sentence.paragraph - 1, sentence.paragraph) for a in dated.get(p, ())
              if a.sentence[1] <= sentence.start and not pd.isna(a.date)]
    if not before:
        return date, basis
    event = max(before, key=lambda a: a.cue.start)
    starts = doc.speech.date_starts
    if _mentions.is_person(event.speaker.speaker) or _PERSONAL_PRONOUN.fullmatch(event.speaker.as_written.strip()) \
            or bisect_left(starts, event.sentence[1]) != bisect_left(starts, sentence.end) \
            or _speech.until_bound(doc.text, event.sentence[0], event.cue, event.date_text):
        return date, basis
    return event.date, f"its institution's statement, ‘{event.date_text}’ → {event.date.date()}"


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
