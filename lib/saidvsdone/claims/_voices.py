"""Which speech acts of a sentence state a claim and who really speaks: statements against topics, questions and hedges,
coordinated and quoted voices, possessive and demonym claims, denials, and the last holder of an office."""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left
from dataclasses import replace
from types import SimpleNamespace

import pandas as pd

from saidvsdone import english, vocab, when
from saidvsdone import mentions as _mentions
from saidvsdone import speech as _speech
from saidvsdone.speech import Cue, SpeechAct
from saidvsdone.mentions import unnamed_person as _unnamed_person
from saidvsdone.mentions import label_as_written as _label_as_written
from saidvsdone.mentions import DEPUTY as _DEPUTY, INDEFINITE as _INDEFINITE
from saidvsdone.citing import (
    country_labels as _country_labels, table_label as _table_label, speaker_kind as _kind_of,
    speech_mentions_between as _mentions_between,
)
from saidvsdone.citing import (
    country_name_forms as _country_forms, country_speaker as _citing_country_speaker, summary_stems as _stems5,
    summed_up_by as _summed_up_by, country_stems as _country_stems,
)
from saidvsdone.matcher import case_insensitive_opening, trie_pattern
from saidvsdone.matcher import fail_fast, lazy_fail_fast

from ._vocabulary import _EXCLUDING, _lexicon, _MILITARY_TOPICS, _span, _topics, _words


#: A superlative or ordinal noun phrase and its subject right before "has claimed": a relative clause counting claims.
_COUNTED_CLAIM = re.compile(r"\b(?:largest|biggest|first|latest|most|only|second|third|fastest|deepest|[a-z]+est)\s+"
                            r"(?:[\w’'-]+\s+){0,2}?(?:that\s+)?(?:[A-Z][\w’'-]+\s+){1,3}(?:has|had|have)\s+(?:\w+ly\s+)?$")
#: Nothing claimed after the verb: a time phrase or the end of the clause.
_NO_OBJECT = re.compile(r"\s*(?:(?:in|since|for|this|so\s+far|to\s+date|yet)\b[^,.;:“”\"]{0,30})?\s*(?:[,.;:)]|$)")


def _states(text: str, cue, s_start: int) -> bool:
    """Does the verb report a statement? Not "regions that Moscow claims as its own" (a claim to land),
    "spoke about" (a topic), "asked whether" (a question), "declined to say", "said little about"."""
    verb = cue.text.lower()
    if _SAID_TO_BE.match(text, cue.end) and verb in ("said", "reported", "claimed", "believed", "estimated") and not (
            verb == "claimed" and _CLAIMED_TO_HAVE.match(text, cue.end)
            and not _BE_BEFORE.search(text, max(s_start, cue.start - 12), cue.start)):
        # "Russian troops said to be advancing": an agentless passive, nobody speaks ("Russia claimed to have taken
        # the village": a subject claims, as "claims to have" does; "were claimed to have" is the passive)
        return False
    if verb in ("claimed", "reported", "announced") and _COUNTED_CLAIM.search(text, max(s_start, cue.start - 60), cue.start) \
            and _NO_OBJECT.match(text, cue.end):
        return False  # "the largest settlement Moscow has claimed in weeks": a count of claims, no statement
    if (verb.startswith("call") and _CALL_FOR.match(text, cue.end)) or (
            verb.startswith("post") and _POSTED_MEDIA.match(text, cue.end)):
        return False  # "called for more air defence", "posted a video of …": an appeal, a picture
    return not ((verb.startswith("claim") and _CLAIMS_LAND.match(text, cue.end))
                or verb.startswith(("spoke", "speak"))
                or (verb.startswith("ask") and (_QUESTION.match(text, cue.end) or _ASKED_TOPIC.match(text, cue.end)))
                or _REFUSED.search(text, max(s_start, cue.start - 30), cue.start)
                or _SAID_NOTHING.match(text, cue.end)
                or (_ABOUT_TOPIC.match(text, cue.end)
                    and _WHAT_SUBJECT.search(text, max(s_start, cue.start - 120), cue.start)))


def _acts_between(doc, a: int, b: int) -> list:
    """The speech acts whose cue starts in ``[a, b)``, in text order (bisection, built once per document)."""
    acts = doc.speech.acts
    cached = getattr(doc, "_act_cue_starts_cache", None)
    if cached is None or cached[0] is not acts:
        ordered = sorted(acts, key=lambda x: x.cue.start)
        cached = doc._act_cue_starts_cache = (acts, [x.cue.start for x in ordered], ordered)
    _, starts, ordered = cached
    return ordered[bisect_left(starts, a):bisect_left(starts, b)]


def _coordinated(doc, acts) -> list:
    """ "Zelensky and Syrskyi said …", "according to the military and Western analysts": each of two
    subjects joined by "and" speaks (the layer gives the verb the nearer one)."""
    more = []
    for act in acts:
        if " and " not in doc.text[act.sentence[0]:act.sentence[1]]:
            continue
        m = act.speaker
        joined = _AND.match(doc.text, m.end) if m.how == "unnamed source" and m.start > act.cue.start else None
        if joined is not None:  # "according to Ukrainian officials and Russian military bloggers": the bloggers too
            other = _speech.unnamed_after(doc.text, joined.end(), act.sentence[1])
            more += [SpeechAct(act.sentence, act.cue, other, act.date, act.date_text)] if other is not None else []
            continue
        if not m.speaker or m.how not in ("name", "title", "role"):
            continue
        if m.end <= act.cue.start:  # "X and Y said": X before "and"
            # (a title the layer ran back over the sentence's start, "Kyiv, Ukraine¶Ukrainian President …", opens it)
            others = [o for o in _mentions_between(doc, act.sentence[0] - 200, m.start)
                      if o.end <= m.start and act.sentence[0] < o.end and o.speaker and o.speaker != m.speaker and o.how in ("name", "title", "role")
                      and _AND.fullmatch(doc.text, o.end, m.start)
                      and not _AFTER_A_VERB.search(doc.text[act.sentence[0]:max(o.start, act.sentence[0])])]
        else:  # "according to X and Y": Y after "and"
            others = [o for o in _mentions_between(doc, m.end, act.sentence[1]) if o.speaker and o.speaker != m.speaker and o.how in ("name", "title", "role")
                      and _AND.fullmatch(doc.text, m.end, o.start)]
        more += [SpeechAct(act.sentence, act.cue, o, act.date, act.date_text) for o in others[-1:]]
    return more


_AND = re.compile(r"\s+and\s+(?:the\s+)?")
#: The first of two joined subjects speaks too ("Earlier, Zelensky and Syrskyi said"), unless a verb stands right
#: before it: then it is that verb's object ("Zelensky thanked Biden and Syrskyi said …": Biden says nothing).
_AFTER_A_VERB = re.compile(r"\b(?:[a-z]\w*ed|met|meets|meet|saw|sees|see|told|tells|tell|asks|thanks|urges|calls|hosts|visits|"
                           r"welcomes|backs|praises|criticises|criticizes|joins|joined|with)\s+(?:(?:the|[A-Z][\w.’'-]*)\s+)*$")
#: The war named only as a point in time ("since the offensive began", "since launching their offensive"):
#: no statement about its course.
_WAR_AS_TIME = re.compile(case_insensitive_opening([  # (each first letter opens a branch: searched for in C, issue 17)
    ("since|after|before|when", r"\s+(?:(?:the|its|their|Russia['’]s|Moscow['’]s|Ukraine['’]s)\s+)?"
     r"(?:[\w-]+\s+){0,2}?(?:offensive|invasion|war|operation|counteroffensive|counter-offensive|"
     r"incursion|fighting|assault|push|counterattack|counter-attack|campaign|attack)\s+"
     r"(?:began|started|begun|was\s+launched|erupted|broke\s+out)\b"),
    ("since|after", r"\s+(?:launching|starting|beginning)\s+(?:(?:the|its|their)\s+)?"
     r"(?:[\w-]+\s+){0,2}?(?:offensive|invasion|war|operation|incursion|assault|push|campaign)\b"),
    ("since", r"\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:full-scale\s+)?(?:war|invasion|offensive)\b"),
    ("since|before", r"\s+(?:the|Russia['’]s|Moscow['’]s)\s+(?:full-scale\s+)?(?:war|invasion)\b"),
    # "in the final weeks of the siege", "during the first months of the war": a time (cl17)
    ("in|during|over", r"\s+the\s+(?:first|last|final|early|opening|closing)\s+(?:days|weeks|months|"
     r"hours|stages?|phases?)\s+of\s+the\s+(?:battle|war|invasion|fighting|siege|offensive)\b"),
    # "… ordered the unit to take no prisoners during the assault.": the operation as the clause's closing time (cl20)
    ("during", r"\s+the\s+(?:assault|attack|battle)(?=\s*[.;]|\s*$)")], not_after=r"\w"))
#: The question a speaker answers names the subject of the answer: ", asked about the talks, said …".
_ASKED_ABOUT = re.compile(r"(?:^|,)\s*(?:when\s+)?asked\s+(?:about|on|regarding)\s+([^,;:]{3,120}),", re.IGNORECASE)
_NO_COMMENT = re.compile(r"(?:\s+that)?(?:\s+(?:it|he|she|they|the\s+\w+))?\s*"
                         r"\b(?:(?:does|do|did|would|will|could)\s*(?:not|n['’]t)\s+comment|no\s+comment|"
                         r"(?:declined|refused|declines|refuses)\s+to\s+(?:comment|discuss|say|go\s+into)|"
                         r"(?:nothing|little)\s+to\s+(?:say|add))", re.IGNORECASE)
_CIVILIAN_TOLL = re.compile(r"\b(?:killing|injuring|wounding|killed|injured|wounded|kills|injures|wounds)\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:civilians|people|residents|children)\b"
                            # "…, damaging private houses, a school and a shop": what the strikes hit is civilian
                            r"|,\s+(?:damaging|destroying)\s+(?:[\w-]+\s+){0,2}?(?:houses|homes|buildings|schools?|"
                            r"hospitals?|shops?|apartment|residential|kindergartens?|churches|infrastructure)\b", re.IGNORECASE)


def _headline_toll() -> re.Pattern:
    """A headline's toll: "12 killed", "dozens injured", or after its verb with no side's fighting men counted
    ("Russian shelling kills three in Kherson, governor says"; "… kills 12 Russian officers" counts soldiers:
    ``counted_soldiers`` of data/force_nouns.csv, hl13, rv27fixb)."""
    def build():
        soldiers = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in vocab.force_nouns("counted_soldiers"))
        return re.compile(r"\s*(?:(?:at\s+least|up\s+to|over|more\s+than)\s+)?(?:\d[\d,]*|" + english.number_words(1, 10) +
                          r"|dozens|scores|hundreds)\s+(?:\w+\s+)?(?:killed|dead|injured|wounded|"
                          r"hurt)\b"
                          r"|\s*(?:[\w’'-]+\s+){0,3}?(?:kills|injures|wounds)\s+(?:(?:at\s+least|up\s+to|over|more\s+"
                          r"than)\s+)?(?:\d[\d,]*|" + english.number_words(1, 10) + r"|dozens|scores|hundreds)\b"
                          rf"(?!\s+(?:\w+\s+)?(?:{soldiers})\b)", re.IGNORECASE)
    return vocab.compiled("claims_headline_toll", ("force_nouns",), build)


class _HeadlineToll:
    """:func:`_headline_toll` read from the table when first matched (``_HEADLINE_TOLL.match(text, start, end)``)."""

    def match(self, text: str, pos: int = 0, endpos: int = 2**62):
        return _headline_toll().match(text, pos, endpos)


_HEADLINE_TOLL = _HeadlineToll()
_BUT = re.compile(r"\b(?:but|although|though|while)\b")
_QUOTED_BY = re.compile(r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?quoted\s+by\s+[^,.;]{1,60}?\s+as\s+$")


def _quoted_by(doc, act):
    """ "Putin was quoted by the RIA news agency as saying that …": the one quoted speaks, the agency
    only carries the words."""
    if not act.cue.text.lower().startswith(("saying", "telling", "stating")):
        return act
    who = [m for m in _mentions_between(doc, act.sentence[0], act.cue.start) if m.end < act.cue.start
           and m.speaker and m.how in ("name", "title", "role", "pronoun")
           and _QUOTED_BY.fullmatch(doc.text, m.end, act.cue.start)]
    return replace(act, speaker=who[-1]) if who else act


_SAID_TO_BE = re.compile(r"\s+to\s+(?:be|have)\b")
_CLAIMED_TO_HAVE = re.compile(r"\s+to\s+have\s+(?!been\b)[a-z]")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_CALL_FOR = re.compile(r"\s+for\b")
_POSTED_MEDIA = re.compile(r"\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:video|videos|photo|photos|footage|images|pictures|map|clip)\b",
                           re.IGNORECASE)
#: "Trump asked whether Ukraine could hold out": a question, not a statement
_QUESTION = re.compile(r"(?:\s+[\w’'.-]+){0,4}?\s+(?:whether|if|why|how|what|when|who|where)\b", re.IGNORECASE)
#: "the president, who had asked about the situation at X": the topic of a question, no statement
_ASKED_TOPIC = re.compile(r"\s+(?:about|on|regarding|after|for)\b", re.IGNORECASE)
#: "refused to say whether …", "said little about …": no statement is reported
_REFUSED = lazy_fail_fast(r"\b(?:refused|refuses|refusing|declined|declines|declining|unwilling|reluctant)\s+to\s+$",
                          re.IGNORECASE)
_SAID_NOTHING = re.compile(r"\s+(?:little|nothing|much|less)\s+(?:about|on|of|regarding)\b", re.IGNORECASE)
_THAT = re.compile(r"\s+that\b")
#: "Here is what the commander said about the fighting": a free relative names a topic; what was said is not given
#: "said little about …", "what he said on the matter": a topic, right after the verb or after a day that follows
#: it ("what the ministry said on Tuesday about the assaults": a day is no topic, the topic after it still is one;
#: rv7). One pattern reads both: "on" before a day ("said on Tuesday", "on March 3", "on the evening") is the day's,
#: never a topic; the day before a topic is read once (``_DAY_BEFORE_TOPIC``).
_TOPIC_WORD = r"(?:about|regarding|concerning|on)"
_DAY_BEFORE_TOPIC = (r"(?:on\s+)?(?:[A-Z][a-z]+day|(?:last|this|earlier\s+this)\s+(?:week|month)|yesterday|today|"
                     r"\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?,?")
_ON_A_DAY = (r"on\s+(?:[A-Z][a-z]+day|\d|(?:" + when.MONTH_NAMES + r")\b|the\s+(?:evening|morning|night|eve|afternoon)\b)")
_ABOUT_TOPIC = re.compile(r"\s+(?:" + _DAY_BEFORE_TOPIC + r"\s+" + _TOPIC_WORD + r"|(?!" + _ON_A_DAY + r")"
                          + _TOPIC_WORD + r")\b")
_WHAT_SUBJECT = re.compile(r"\b[Ww]hat\s")
_CLAIMS_LAND = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+as\s+(?:its|their|his|her|part|Russian|Ukrainian)\b")


#: a second clause opening before "expected to" in words a trailing attribution closes ("X has sent troops, and more are
#: expected to follow, the agency said"): the first clause states something (cl28)
_CLAUSE_BEFORE_HEDGE = re.compile(r"(?:,\s+(?:and|but)|;)\s+[^,;]*$")
#: "…, and the town is expected to fall, but X said …": a clause of its own between the hedge and the act (rv25d)
_CLAUSE_AFTER_HEDGE = re.compile(r"\b(?:but|while|and|whereas)\b")
_HEDGED = re.compile(r"\breportedly\b|\b(?:is|are)\s+expected\s+to\b", re.IGNORECASE)
def _hedged(text: str, start: int, end: int, acts=()) -> bool:
    """ "reportedly", "is expected to" frame the sentence, unless they sit in a relative clause
    about someone ("officials concede that Putin, who is expected to run again, …"), or "expected to" sits in the
    words a speech act of the sentence (``acts``) reports: after its verb ("X said more troops are expected to
    follow") or before its speaker and verb closing the sentence ("…, and more are expected to follow, the agency told
    lawmakers"): the speaker's forecast, no framing of the reporter's (cl28)."""
    lowered = text[start:end].lower()  # no match without either word (none of their letters folds oddly)
    if "reportedly" not in lowered and "expected" not in lowered:
        return False
    for match in _HEDGED.finditer(text, start, end):
        clause = text[start:match.start()]
        relative = max(clause.rfind(", who "), clause.rfind(", which "))
        if relative >= 0 and "," not in clause[relative + 2:]:
            continue
        if match.group(0).lower() != "reportedly" and any(
                a.speaker.start >= 0 and (match.start() >= a.cue.end and a.speaker.start < a.cue.start
                                          and ";" not in text[a.cue.end:match.start()]
                                          or match.end() <= min(a.speaker.start, a.cue.start)
                                          and _CLAUSE_BEFORE_HEDGE.search(text, start, match.start())
                                          and not _CLAUSE_AFTER_HEDGE.search(text, match.end(),
                                                                             min(a.speaker.start, a.cue.start)))
                for a in acts):
            continue
        return True
    return False


_TO_APPOSED = re.compile(r"[^,;:.“”\"]{0,40},\s+")


def _apposed_name(doc, act, speaking):
    """The act of a role with the name of another act of the sentence apposed right after it ("the commander of
    the X group, Oleksandr Tarnavskyi, who said …") spoken by that name; the act unchanged otherwise."""
    if act.speaker.how not in ("role", "unresolved role"):
        return act
    gap = _TO_APPOSED.match(doc.text, act.speaker.end)
    named = next((b.speaker for b in speaking if gap is not None and b.speaker.start == gap.end()
                  and b.speaker.how in ("name", "title", "unknown name")), None)
    return act if named is None else replace(act, speaker=named)


_LINKED_BASIS = "a linked story's title: no day"
#: a linked story's title after a related-link label: one line, no closing full stop
_LINKED_TITLE = re.compile(r"[^\n]{10,200}?[^.\s]\s*$")


def _unknown_conduit(act) -> bool:
    """A "reported" act whose speaker is one capitalised word no table knows ("Hartwell reported")."""
    return (act.speaker.how == "unknown name" and act.cue.text.lower().startswith("report")
            and len(act.speaker.as_written.split()) == 1)


def _country_speaker(doc, sentence, act) -> str:
    """A country as the speaker, as :func:`saidvsdone.citing.country_speaker` labels it, with the claims' topics (a
    place taken, "Russia says it has taken Bilytske", is territory: a capture claimed is its military's report).
    A headline's country that ``_headline_who`` already gave the body's first speaker of that country ("Russia says
    …" → the first Russian voice below) is read as the country itself: the body speaker of that country who states
    what the title sums up (hl5; not a speaker of the other side, whom no country's label excludes)."""
    if act.speaker.speaker not in _country_labels():
        known = _mentions.people().speakers.get(act.speaker.speaker)
        if known is not None and known.country in _country_labels():
            act = replace(act, speaker=replace(act.speaker, speaker=known.country))
    return _citing_country_speaker(doc, sentence, act, _topics_with_places_taken)


def _topics_with_places_taken(doc, sentence) -> list[str]:
    """:func:`sentence_topics`, with "territory" first when a place is taken in the sentence after a speech verb ("…
    says it has taken Bilytske", claim_words.csv takes_place) and no topic word says so."""
    topics = sentence_topics(doc, sentence)
    if "territory" not in topics:
        taken = _words().takes_place.search(doc.text, sentence.start, sentence.end) \
            or _words().place_taken.search(doc.text, sentence.start, sentence.end)
        if taken is not None and taken.group("place") not in vocab.country_forms() and not any(
                m.start == taken.start("place") and m.how in ("name", "title") and m.speaker
                for m in doc.speech.mentions):  # ("has taken Biden at his word": a person, no place)
            topics = ["territory"] + topics
    return topics


def sentence_topics(doc, sentence) -> list[str]:
    """The coarse topics (data/claim_topics.csv) the claims read in ``sentence``, in :data:`TOPICS` order."""
    words, starts = _span(doc, sentence.start, sentence.end)
    return _topics(_lexicon(), words, 0, len(words), starts, [], doc)


#: one sentence inside a quotation: up to its full stop (or the closing mark)
_QUOTED_SENTENCE = re.compile(r"[^.!?“”\"]+[.!?]?")


def _restated_body_topic(doc, lexicon, label: str, acts, scope: tuple[int, int]) -> str:
    """A headline clause with no war word of its own that restates what its speaker says in the body ("Zelensky says
    the ball is now in Russia's court" over "Zelensky said Ukraine was ready for a ceasefire … and that the ball was
    now in Moscow's court"): the war topic of the first body sentence of that speaker sharing a word of four letters
    or more with the clause after its verb (countries aside); "" when none."""
    text = doc.text
    cue_end = max(a.cue.end for a in acts)
    end = text.find(";", cue_end, scope[1])
    clause = _stems5(text[max(cue_end, scope[0]):end if end >= 0 else scope[1]])
    clause -= _country_stems()
    if not clause or not label:
        return ""
    own = {a.sentence[0] for a in acts}  # (a deck's own clause restates nothing: cl18)
    # a country's own label ("Russian government" of "Moscow blames 'detonation' of munitions") stands for the body
    # voices of its side, one of which states it (the ministry's "munitions had detonated"; hl13)
    side = next((country for country, labels in _country_labels().items() if label in labels), "")
    people = _mentions.people().speakers if side else {}
    for later in doc.speech.acts:
        voice = later.speaker.speaker or (  # (an unnamed group as written: "Moscow's generals promise …" over
            _label_as_written(later.speaker.as_written) if later.speaker.how == "unnamed source" else "")  # "Russian
        # commanders said …")
        if later.sentence[0] < doc.headline_end or later.sentence[0] in own or (
                voice != label and not (side and voice in people and people[voice].country == side)):
            continue
        a, b = later.sentence
        if not clause & (_stems5(text[a:b]) - _stems5(text[later.speaker.start:later.speaker.end])):
            continue
        words, starts = _span(doc, a, b)
        first, last = 0, len(words)
        part = next((m for m in _QUOTED_SENTENCE.finditer(text, a, b) if m.start() > later.cue.end
                     and clause & _stems5(m.group(0))), None)
        if part is not None:  # "said: “Our support will not waver. We have delivered 300,000 rounds …”": the quoted
            # sentence that restates the clause, not the next one (cl18)
            first = next((i for i, st in enumerate(starts) if st >= part.start()), last)
            last = next((i for i, st in enumerate(starts) if st >= part.end()), last)
        said = [(min(later.speaker.start, later.cue.start), max(later.speaker.end, later.cue.end))]
        topics = _topics(lexicon, words, first, last, starts, said, doc)
        if part is not None and not topics:  # "…'s “military command system”, adding that “all the designated targets
            # were hit”": a partial quote's fragment with no word of its own speaks of what the sentence does (hl10)
            topics = _topics(lexicon, words, 0, len(words), starts, said, doc)
        military = [t for t in topics if t not in _EXCLUDING]
        excluding = {t for t in topics if t in _EXCLUDING and t != "theatre"}
        if excluding and not (excluding == {"civilian"} and any(t in _MILITARY_TOPICS for t in military)):
            continue  # (a civilian word beside the front's own words, "under drone fire", leaves a claim standing)
        if military:
            return military[0]
    return ""


_POSSESSIVE_LEAD = re.compile(r"([A-Z][\w-]*)['’]s\s")


def _military_labels() -> dict[str, str]:
    """The countries' military labels (data/countries.csv ``speaks_as_military``) → the country."""
    return {military: country for country, (_, military) in _country_labels().items()}


#: "Ukrainian army", "Russia's military", "the Ukrainian armed forces": a side's forces, no body of its own name
_GENERIC_FORCES = vocab.TablePattern("generic_forces", ("force_nouns",), lambda: (  # force_nouns.csv, uses generic
    r"(?i:the\s+)?[A-Z][\w-]*(?:['’]s)?\s+(?i:" + trie_pattern(vocab.force_nouns("generic"), spaces=True) + ")"))


#: The capitalised head of a name cut at its "for" / "of" ("the Centre for | Defence Strategies").
_NAME_HEAD_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)(?P<name>(?:[A-Z][\w’'-]*\s+)+(?:for|of)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w’'-]*\s+)*)$")
#: "Finnish research group Black Bird Group", "the analytical group Frontelligence Insight": a body's descriptor (country,
#: lower-case words, an ``institution_noun``) before its capitalised name
_DESCRIBED_NAME = re.compile(r"(?:[A-Z][\w-]+\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})")
#: " of the Carnegie Endowment": a body after a person's two-word name
_PERSON_OF_THE = re.compile(r"\s+(?:of|at)\s+the\s+[A-Z]")
_NAME_TAIL_AFTER = re.compile(r"(?P<name>\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)(?=\s+[a-z]|,)")


def _it_in_sentence(doc, sentence, act) -> str:
    """ "The ministry published a video it said showed …": an institution named earlier in the
    same sentence (the last one before the pronoun, not a person, not a country) is "it"."""
    who = _mentions.people()
    before = [m for m in _mentions_between(doc, sentence.start, act.speaker.start + 1)
              if sentence.start <= m.start and m.end <= act.speaker.start
              and m.speaker and m.how in ("name", "title") and not _mentions.is_person(m.speaker, who)
              and not doc.in_quote(m.start)]
    return before[-1].speaker if before else ""


def _it_country(doc, sentence, act) -> str:
    """ "It has argued …" with no institution before: the country or capital the previous
    sentence names last ("Kyiv's frustration … It has argued"); a capital is its government."""
    i = bisect_left([s.start for s in doc.sentences], sentence.start)
    while i > 1 and doc.sentences[i - 1].paragraph in doc.interruptions:
        i -= 1  # "Read more: EU ministers meet …", a caption between: never what "it" stands for
    if i == 0:
        return ""
    before = doc.sentences[i - 1]
    best = None
    for regex, country, capital in _country_forms():
        for m in regex.finditer(doc.text, before.start, before.end):
            if not doc.in_quote(m.start()) and (best is None or m.start() > best[0]):
                best = (m.start(), country, capital)
    if best is None:
        return ""
    labels = _country_labels().get(best[1])
    if labels is None:
        return best[1]
    if best[2]:
        return labels[0]
    # (the stand-in keeps the act's mention, the country as its speaker: a headline-style line reads its words too)
    return _country_speaker(doc, sentence, SimpleNamespace(speaker=replace(act.speaker, speaker=best[1]), cue=act.cue))


_SAME_HEAD = {"army": "military", "forces": "military", "military": "military", "ministry": "ministry",
              "agency": "agency", "service": "service", "staff": "staff", "command": "command",
              "government": "government", "intelligence": "intelligence", "institute": "institute",
              "centre": "centre", "center": "centre", "brigade": "brigade"}


def _bare_label(doc, act, label: str) -> str:
    """ "the military said" after "the Ukrainian army": the article's earlier speaker with that
    head noun ("Ukrainian military"); else the words as written."""
    words = label.lower().split()
    if " ".join(words) in vocab.speech_words()["ministry_phrase"]:
        words = ["ministry"]  # "the military department added" (TASS's words for the defence ministry)
    if len(words) > 1 and words[-1] in _SAME_HEAD and not _kind_of(label):
        # "says defence ministry" where the article names the Russian Defence Ministry: the one institution
        # of the article whose name ends with those words
        who = _mentions.people()
        named = {a.speaker.speaker for a in doc.speech.acts if a.speaker.speaker
                 and not _mentions.is_person(a.speaker.speaker, who)
                 and a.speaker.speaker.lower().endswith(" " + " ".join(words))}
        if len(named) == 1:
            return named.pop()
        return _with_earlier_demonym(doc, act, label, who) if len(named) == 0 else label
    if len(words) != 1 or words[0] not in _SAME_HEAD:
        return label
    head = _SAME_HEAD[words[0]]
    acts = doc.speech.acts
    cached = getattr(doc, "_head_speakers_cache", None)  # head noun → (cue starts, speakers) in text order
    if cached is None or cached[0] is not acts:
        index: dict[str, tuple[list, list]] = {}
        who = _mentions.people()
        for earlier in sorted(acts, key=lambda x: x.cue.start):
            speaker = earlier.speaker.speaker
            written = ""
            if not speaker and earlier.speaker.how == "unresolved role":  # "Britain's defence ministry said"
                written = earlier.speaker.as_written.strip()
                speaker = _table_label(written)
                speaker = speaker if speaker in who.speakers else ""
            if not speaker or _mentions.is_person(speaker, who):
                continue
            for name in {_SAME_HEAD.get(w, w) for w in (speaker + " " + written).lower().replace("(", " ").split()}:
                starts, speakers = index.setdefault(name, ([], []))
                starts.append(earlier.cue.start)
                speakers.append(speaker)
        cached = doc._head_speakers_cache = (acts, index)
    starts, speakers = cached[1].get(head, ([], []))
    before = bisect_left(starts, act.cue.start)
    return speakers[before - 1] if before else (_named_unit(doc, act, words[0]) or label)


def _numbered_formations(doc, kind: str, a: int, b: int) -> list[str]:
    """The formations of ``kind`` ("brigade") the text names by their number in ``a:b``, in text order, as written with
    the kind capitalised: "the 47th Separate Mechanised Brigade" → "47th Separate Mechanised Brigade", "the 41st
    mechanized brigade" → "41st mechanized Brigade" (up to four words between the number and the kind, no small word
    of a clause). The one reading of a numbered unit for a bare "the brigade" (``_named_unit``) and a headline's "his
    brigade" (``_headlines._possessed_formation``)."""
    found = []
    for m in _numbered_kind(kind).finditer(doc.text, a, b):
        words = m.group(0).split()
        found.append(" ".join(words[:-1] + [words[-1][:1].upper() + words[-1][1:].lower()]))
    return found


def _numbered_kind(kind: str) -> re.Pattern:
    """A number's ordinal, up to four words, then ``kind`` in any case (built once per kind)."""
    return vocab.compiled(f"claims_numbered_{kind}", ("armed_units",), lambda: re.compile(
        r"(?<![\w-])\d{1,3}(?:st|nd|rd|th)(?:\s+(?!(?i:the|a|an|of|and|or|in|on|at|to|for|with|from|by)\b)[\w’'-]+)"
        r"{0,4}?\s+(?i:" + re.escape(kind) + r")(?![\w-])"))


def _named_unit(doc, act, noun: str) -> str:
    """ "According to the brigade's figures" after "she took command of the 131st Brigade": the unit of that head
    noun (a numbered ``speaker_again`` formation of data/armed_units.csv) the article named last before the act, by
    its number ("131st Brigade"); "" when it named none (cl17)."""
    if noun not in vocab.formation_words("speaker_again") or noun not in vocab.formation_words("numbered"):
        return ""
    found = _numbered_formations(doc, noun, 0, act.speaker.start)
    return found[-1] if found else ""


def _silent_seat(doc, sentence, act, label: str) -> str:
    """ "Kremlin speaks of 'buffer zone'" over a body where only Putin says it: a headline institution of the speakers
    table that never speaks in the body is the body speaker of its country who says what the title sums up (as a
    headline country is); "" otherwise."""
    if act.speaker.how == "country":
        return ""  # ("Russia says …" resolved to its ministry already: the country's reading, hl5)
    who = _mentions.people()
    known = who.speakers.get(label)
    if known is None or known.kind != "organisation" or not known.country or any(
            a.speaker.speaker == label for a in doc.speech.acts if a.sentence[0] >= doc.headline_end):
        return ""
    return _summed_up_by(doc, sentence, act, known.country, "", least=2)  # (two shared words: a seat's own
    # unnamed official, "Pentagon: …" over "a senior defence official said", is read after, in _seat_to_unnamed_official)


def _with_earlier_demonym(doc, act, label: str, who) -> str:
    """ "The southern command said" after "Ukraine's military said": an institution written without its country
    (every word of it in lower case in the text) is of the country of the institution that spoke last before it
    ("Ukrainian Southern Command", as the conventions write "Ukrainian General Staff"); the label unchanged when
    no earlier institution's label opens with a demonym."""
    written = act.speaker.as_written
    forms = vocab.country_forms()
    if any(w[:1].isupper() for w in written.split()[1:]) or any(w.capitalize() in forms for w in label.split()) \
            or _POSSESSIVE_END.sub("", (written.split() or [""])[0]) in forms:
        return label  # ("Seoul's intelligence service": its country is the capital's, sk42)
    earlier = [a for a in doc.speech.acts if a.cue.start < act.cue.start and a.speaker.speaker
               and not _mentions.is_person(a.speaker.speaker, who)]
    for a in sorted(earlier, key=lambda x: x.cue.start, reverse=True):
        first = a.speaker.speaker.split()[0]
        if forms.get(first, ("", ""))[1] == "demonym":
            return f"{first} {label.title()}"
    return label


_LAST_WORD = re.compile(r"[A-Z][\w-]*$")
_POSSESSIVE_END = re.compile(r"['’]s$")
#: "In Putin's words, …": the owner of the words speaks (only after "in", at the head of a clause).
_IN_BEFORE = re.compile(r"(?:^|[,;:—–-]\s*|\.\s*)in\s+(?:the\s+)?$", re.IGNORECASE)


#: "have long argued", "has long maintained": a view held over time, right before the verb
_LONG_HELD = re.compile(r"\b(?:have|has)\s+(?:also\s+)?long\s+$", re.IGNORECASE)


def _possessive_claims(doc, sentence, acts) -> list:
    """ "Trump's claim that thousands of troops were surrounded": the owner of the claim speaks."""
    found = []
    if doc.text.find("'", sentence.start, sentence.end) < 0 and doc.text.find("’", sentence.start, sentence.end) < 0:
        return found  # (every match opens with an apostrophe)
    matches = list(_words().possessive_claim.finditer(doc.text, sentence.start, sentence.end))
    if not matches:  # most sentences: the mentions are not read at all
        return found
    ends = {m.end: m for m in _mentions_between(doc, sentence.start, sentence.end) if sentence.start <= m.start < sentence.end}
    for match in matches:
        owner = ends.get(match.start())
        if owner is None and (match.group("noun") or not acts and match.group(0).rstrip().endswith(" of")):
            # "Moscow's claim of full control over Bakhmut" (and no other voice in the sentence), "Russia's claim
            # that its troops had reached …", "Kyiv dismissed Moscow's assertion that …": a country speaks
            word = _LAST_WORD.search(doc.text, sentence.start, match.start())
            form = vocab.country_forms().get(word.group(0)) if word is not None else None
            if form is not None and form[1] in ("country", "capital"):
                owner = _mentions.Mention(word.start(), word.end(), form[0], word.group(0), "country")
        if owner is None and not match.group(0).rstrip().endswith(" of"):
            # "Kovalchuk's assessment is that …": a surname the layer read only where a verb stood beside it; the
            # person named in full before it owns the assessment
            word = _LAST_WORD.search(doc.text, sentence.start, match.start())
            named = next((a.speaker.speaker for a in reversed(doc.speech.acts) if a.sentence[0] < sentence.start
                          and a.speaker.speaker and len(a.speaker.speaker.split()) > 1
                          and a.speaker.speaker.split()[-1] == word.group(0)), None) if word is not None else None
            if named is not None:
                owner = _mentions.Mention(word.start(), word.end(), named, word.group(0), "name")
        if (owner is None or not owner.speaker) and match.group("noun") and \
                (definite := _DEFINITE_OWNER.search(doc.text, sentence.start, match.start())):
            # "The ministry's claim that …" where the layer read no mention: the body that spoke last under that noun
            noun = definite.group("noun").lower()
            holder = _last_named_with(doc, sentence, noun) or _last_holder(doc, sentence, noun)
            owner = _mentions.Mention(definite.start(), definite.end(), holder, definite.group(0), "role") \
                if holder else owner
        if owner is not None and not owner.speaker and _DEFINITE_ROLE.fullmatch(owner.as_written.strip()):
            # "The general's claim that …" after "Valery Gerasimov said …": the last person who spoke before whom the
            # tables or the article give that office
            holder = _last_holder(doc, sentence, owner.as_written.split()[-1].lower())
            owner = replace(owner, speaker=holder, how="role") if holder else owner
        if owner is None or owner.how == "pronoun" or any(a.speaker.speaker == owner.speaker for a in acts):
            continue
        if match.group("view") and not _IN_BEFORE.search(doc.text, max(sentence.start, owner.start - 12), owner.start):
            continue  # "Putin's words, which …": no attribution
        words = doc.text[match.start():match.end()].split()
        cue = Cue(match.start(), match.end(), words[-1].strip(",") if match.group("view") else
                  (match.group("noun") or words[-2]), "speech")
        found.append(SpeechAct((sentence.start, sentence.end), cue, owner, *_noun_day(doc, match.start(), match.end())))
    return found


#: "The ministry" / "the general" right before a possessive claim noun.
_DEFINITE_OWNER = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]{4,})$")


def _last_named_with(doc, sentence, noun: str) -> str:
    """The last speaker before ``sentence`` (within two paragraphs) whose label holds ``noun`` ("ministry": "Russian
    Defence Ministry"), when no other speaker's label does between; "" otherwise."""
    for act in reversed(doc.speech.acts):
        if act.sentence[0] >= sentence.start or not act.speaker.speaker:
            continue
        if doc.story_gap(doc.sentence_at(act.cue.start).paragraph, sentence.paragraph) > 2:
            return ""
        if re.search(r"\b" + re.escape(noun) + r"\b", act.speaker.speaker.lower()):
            return act.speaker.speaker
    return ""


def _last_holder(doc, sentence, noun: str) -> str:
    """The last person who spoke before ``sentence`` (within two paragraphs) whom the people table gives an office
    with ``noun`` ("general": Gerasimov's "chief of the general staff") or whom the sentence of his words introduces
    with it ("Valery Gerasimov, the chief of Russia's general staff, said"); "" when the last person is not such."""
    who = _mentions.people()
    for act in reversed(doc.speech.acts):
        if act.sentence[0] >= sentence.start or not act.speaker.speaker:
            continue
        if doc.story_gap(doc.sentence_at(act.cue.start).paragraph, sentence.paragraph) > 2:
            return ""
        known = who.speakers.get(act.speaker.speaker)
        if _kind_of(act.speaker.speaker) != "person":
            continue
        roles = " ".join(getattr(known, "roles", ()) or ()).lower()
        if re.search(r"\b" + re.escape(noun) + r"\b", roles + " " + doc.text[act.sentence[0]:act.sentence[1]].lower()):
            return act.speaker.speaker
        return ""
    return ""


def _noun_day(doc, a: int, b: int):
    """ "the ministry's claim on Tuesday that …": the day named between the claim noun and its clause (None if none)."""
    for expression in when.find(doc.text, a, b):
        if expression.kind in ("weekday", "weekday_day", "explicit", "day_of_month"):
            day = when.resolve(expression, doc.published).day
            if not pd.isna(day):
                return day, expression.text
    return None, ""


#: A sentence opening with one unnamed person: "A senior NATO intelligence official, who …, was more measured."
_UNNAMED_OPENING = re.compile(r"\s*(?P<who>(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){0,4}?[a-z]+)(?=\s*,|\s+(?:was|is|has|had|"
                              r"spoke|briefed|told|gave|took|who|put|struck|sounded|offered|painted|sketched)\b)")


#: "according to a video released by", "according to a statement published by": a record another made public.
_RELEASED_BY = vocab.TablePattern("released_by", ("speech_words",), lambda: (
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:" + trie_pattern(vocab.speech_words()["statement_noun"]) + r")s?\s+"
    r"(?:released|published|posted|issued|shown|aired|broadcast|distributed)\s+by\s+"))
#: "a statement from his press service", "a post by her office": the statement of whoever the pronoun stands for.
_OWN_SERVICE = vocab.TablePattern("own_service", ("speech_words",), lambda: (
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:" + trie_pattern(vocab.speech_words()["statement_noun"]) + r")s?\s+"
    r"(?:from|by|of)\s+(?:his|her)\s+(?:press\s+service|press\s+office|office|staff|spokesman|spokeswoman|"
    r"spokesperson)"), re.IGNORECASE)


def _own_service(doc, act, acts, s_start: int):
    """``act`` with the person its sentence names before it when its source is that person's own service ("Syrskyi
    expects …, according to a statement from his press service"): his words, not a statement as a speaker."""
    if act.speaker.speaker or not _OWN_SERVICE.fullmatch(act.speaker.as_written.strip()):
        return act
    owner = next((b.speaker for b in acts if b is not act and b.speaker.speaker and b.speaker.end <= act.cue.start
                  and _kind_of(b.speaker.speaker) == "person"), None)
    if owner is None:
        named = [m for m in _mentions_between(doc, s_start, act.cue.start) if s_start <= m.start and m.end <= act.cue.start
                 and m.speaker and m.how in ("name", "title") and _kind_of(m.speaker) == "person"]
        owner = named[-1] if named else None
    return act if owner is None else replace(act, speaker=replace(owner, start=act.speaker.start, end=act.speaker.end,
                                                                   as_written=act.speaker.as_written))


def _opened_by_unnamed(doc, previous, sentence) -> str:
    """The label of the unnamed person the sentence before opens with (same or next paragraph), else ""."""
    if previous is None or doc.story_gap(previous.paragraph, sentence.paragraph) > 1:
        return ""
    opening = _UNNAMED_OPENING.match(doc.text, previous.start, previous.end)
    if opening is None or not _unnamed_person(opening.group("who")):
        return ""
    return _label_as_written(opening.group("who"))


def _owner_after_claims(doc, sentence, acts) -> list:
    """ "It came with assurances from the ministry's spokesman, Igor Konashenkov, that …", "the boast by Wagner's
    founder that …": a claim noun (``claim_noun`` of data/claim_words.csv) whose owner follows "from" / "by" speaks."""
    found = []
    if " that" not in doc.text[sentence.start:sentence.end]:
        return found
    for match in _words().owner_after.finditer(doc.text, sentence.start, sentence.end):
        owners = [m for m in _mentions_between(doc, match.start("owner"), match.end("owner"))
                  if match.start("owner") <= m.start and m.end <= match.end("owner") and m.speaker
                  and m.how not in ("pronoun", "country")]
        if not owners:  # "the claim by Russian military bloggers that …", "the boast by the Wagner chief that …" (cl23)
            owners = _unnamed_owner(doc, match.start("owner"), match.end("owner"))
        if not owners or any(a.speaker.speaker == owners[-1].speaker
                             and (owners[-1].speaker or a.speaker.as_written == owners[-1].as_written) for a in acts):
            continue
        found.append(SpeechAct((sentence.start, sentence.end),
                               Cue(match.start("noun"), match.end("noun"), match.group("noun"), "speech"),
                               owners[-1], *_noun_day(doc, match.start("owner"), match.end())))
    return found


#: an owner after "by"/"from" that is a speaking group as a whole ("Russian military bloggers", "Western officials"):
#: up to three words before the group's word, none a verb or a preposition (cl23)
_GROUP_OWNER = vocab.TablePattern("group_owner", ("speech_words",), lambda: (
    r"(?:the\s+)?(?:(?!(?:of|in|on|at|to|for|with|who|which|that|had|has|have|was|were|is|are)\b)[\w’'-]+\s+){0,3}"
    r"(?:" + (trie_pattern(vocab.speech_words()["speaking_group"], ignore_case=True) or "(?!)") + r")"))


def _unnamed_owner(doc, start: int, end: int) -> list:
    """The owner after a claim noun's "by"/"from" when the layer read no mention there: a speaking group as a whole
    ("the claim by Russian military bloggers that …": an unnamed source, labelled as written) or an office the tables
    give its holder ("the boast by the Wagner chief that …": the holder on the article's day) (cl23)."""
    text = doc.text[start:end].rstrip(" ,")
    if _GROUP_OWNER.fullmatch(text):
        return [_mentions.Mention(start, start + len(text), "", text, "unnamed source")]
    holder = _speech.office_holder(doc, text, start, doc.published, doc.speech.acts)
    return [_mentions.Mention(start, start + len(text), holder, text, "role")] if holder else []


#: "according to estimates by Western governments", "according to the latest figures from Western officials": a data
#: noun (``data_noun`` of data/speech_words.csv) whose owner follows "by"/"from"/"of" (cl31)
_DATA_OWNER_AFTER = vocab.TablePattern("claims_data_owner_after", ("speech_words",), lambda: (
    r"\baccording\s+to\s+(?:the\s+)?(?:(?:latest|new|recent|updated|official|rough|preliminary)\s+){0,2}"
    r"(?P<noun>" + (trie_pattern(vocab.speech_words()["data_noun"], ignore_case=True) or "(?!)") + r")"
    r"\s+(?:by|from|of)\s+(?P<owner>[^,;:.“”\"]{2,60}?)(?=\s*(?:[,.;:]|$))"))
#: such an owner that is a speaking group as a whole ("Western governments", "US intelligence officials")
_DATA_GROUP_OWNER = vocab.TablePattern("claims_data_group_owner", ("speech_words",), lambda: (
    r"(?:the\s+)?(?:(?!(?:of|in|on|at|to|for|with|who|which|that|had|has|have|was|were|is|are)\b)[\w’'-]+\s+){0,3}"
    r"(?:" + (trie_pattern(vocab.speech_words()["speaking_group"] | vocab.speech_words()["plural_voice"],
                           ignore_case=True) or "(?!)") + r")"))


def _data_owner_claims(doc, sentence, acts) -> list:
    """ "Moscow holds nearly 11 per cent of the province, according to estimates by Western governments": the owner of the
    data after "by"/"from"/"of" speaks when the layer read no act there: a person or body the tables know, else a
    speaking group as written (an unnamed source) (cl31)."""
    found = []
    if "according" not in doc.text[sentence.start:sentence.end]:
        return found
    for match in _DATA_OWNER_AFTER.finditer(doc.text, sentence.start, sentence.end):
        if any(match.start() <= a.cue.start < match.end() or match.start("owner") <= a.speaker.start < match.end("owner")
               for a in acts):
            continue  # (the layer's own act: "according to estimates by the Pentagon")
        if _DATA_GROUP_OWNER.fullmatch(match.group("owner")):  # (the group whole: "US intelligence officials")
            owners = [_mentions.Mention(match.start("owner"), match.end("owner"), "", match.group("owner"),
                                        "unnamed source")]
        else:
            owners = [m for m in _mentions_between(doc, match.start("owner"), match.end("owner"))
                      if match.start("owner") <= m.start and m.end <= match.end("owner") and m.speaker
                      and m.how not in ("pronoun", "country")]
        if owners:
            found.append(SpeechAct((sentence.start, sentence.end),
                                   Cue(match.start(), match.end("noun"), doc.text[match.start():match.end("noun")],
                                       "source"), owners[-1], None, ""))
    return found


_DEMONYM_CLAIM = fail_fast(r"\b(?P<demonym>[A-Z][a-z]+)\s+(?:claims?|assertions?)\s+(?:that|of)\b(?!\s+responsibility)")


def _demonym_claims(doc, sentence, acts) -> list:
    """ "Kyiv denies Russian claim that Siversk has fallen": the country named by the adjective speaks (read as
    "Russia's claim that …")."""
    found = []
    if doc.text.find("claim", sentence.start, sentence.end) < 0 and doc.text.find("assertion", sentence.start, sentence.end) < 0:
        return found  # (every match holds one of the two words)
    for match in _DEMONYM_CLAIM.finditer(doc.text, sentence.start, sentence.end):
        group = "demonym"
        country, kind = vocab.country_forms().get(match.group(group), ("", ""))
        if kind != "demonym" or any(a.speaker.speaker == country for a in acts + found):
            continue
        words = doc.text[match.end(group):match.end()].split()
        if words[-1] == "of" and not sentence.headline and any(
                a.cue.kind == "speech" and a.cue.end <= match.start() and a.speaker.end <= a.cue.start for a in acts):
            # "Zelensky said … that Russian claims of its capture were premature": a claim named inside another
            # speaker's words, with no content of its own, is the topic of that speaker's judgement (a headline's
            # "Kyiv denies Russian claims of …" keeps both voices)
            continue
        owner = _mentions.Mention(match.start(group), match.end(group), country, match.group(group), "country")
        found.append(SpeechAct((sentence.start, sentence.end), Cue(match.end(group) + 1, match.end(), words[0],
                                                                   "speech"), owner, None, ""))
    return found


#: When or how long a denial at a sentence's end was made: "…, a claim Kyiv disputed for days", "…, a claim the Joint
#: Forces called “fiction” the same day", "…, a claim rejected by the Ukrainian command on Friday" (cl22)
_DENIAL_WHEN = (r"(?P<when>,?\s+(?:the\s+same\s+day|the\s+next\s+day|a\s+day\s+later|" + when.FOR_A_SPAN + "|"
                r"within\s+(?:hours|days|minutes)|at\s+once|immediately|outright|later|(?:late\s+|early\s+)?on\s+"
                r"(?:" + when.WEEKDAYS + r")(?:\s+(?:morning|evening|night))?|"
                r"(?:last|this)\s+(?:week|month|year|" + when.WEEKDAYS + ")))?")

#: a denial at the sentence's end with no time of its own ("…, a figure Kyiv dismissed as invented"): the denier's words
#: have no day (the sentence's day is the claim's it denies), unlike "…, a claim Kyiv rejected the same day" (cl30)
_NO_DENIAL_DAY = {"date": pd.NaT, "date_text": "a denial with no day of its own"}
#: a time before or after the denying verb that ties it to the claim's occasion ("a claim Ukraine's military immediately
#: rejected", "quickly denied"): the denial keeps the sentence's day
_DENIAL_PROMPT = re.compile(r"\b(?:immediately|quickly|swiftly|promptly|instantly|soon|at\s+once|within\s+(?:hours|minutes))\b",
                            re.IGNORECASE)

_DENIAL_LASTING = re.compile(r",?\s+" + when.FOR_A_SPAN + "$")
#: the denier's word for the claim after its verb ("…, a claim Ukraine's military rejected the same day as “fiction”",
#: "rejected as propaganda"): part of the denial, no words of the claim (cl30)
_DENIED_AS = r"(?:\s+as\s+(?:[“\"‘]?[\w’'-]+[”\"’]?\s*){1,4}?)?"

#: the claim nouns a denial at the sentence's end names in the plural, with no article ("…, figures Kyiv dismissed as
#: invented", "…, claims Moscow denied"): the same appositive as "a figure Kyiv dismissed" (cl31)
_DENIED_PLURALS = r"(?:claims|assertions|reports|accounts|figures|estimates|numbers|tallies)"

_DENIED_CLAIM = re.compile(r",\s+(?:(?:(?:a|an)\s+(?:claim|assertion|report|account|version|demand|proposal|condition|figure|"
                           r"estimate|tally|boast)|" + _DENIED_PLURALS + r")\s+"
                           r"(?:that\s+|which\s+)?|which\s+)"
                           r"(?P<who>[^,;:“”\"]{2,60}?)\s+(?:(?:has|have|had|quickly|swiftly|later|also|repeatedly|firmly|"
                           r"flatly|privately|publicly|openly|still|now)\s+)*"
                           r"(?P<verb>denied|rejected|disputed|dismissed|refuted|denies|rejects|disputes|dismisses|deny|reject|"
                           r"dispute|dismiss|doubt|doubts|doubted|question|questions|questioned|contest|contests|contested|"
                           # "…, a claim that Russian bloggers call exaggerated": a judgement of the claim at the end
                           # ("…, which Russian officials call Dzerzhinsk": a name given, no judgement (cl15))
                           r"(?:call|calls|called|consider|considers|considered)\s+(?![A-Z])[“\"‘]?(?:[\w’'-]+\s+){0,2}[\w’'-]+[”\"’]?|"
                           # "…, a figure Western officials believe is too low": the judgement of the figure (cl22)
                           r"(?:believe|believes|believed|think|thinks|thought|say|says|said)\s+(?:is|was|are|were)\s+"
                           r"(?:[\w’'-]+\s+){0,2}[\w’'-]+)" + _DENIED_AS + _DENIAL_WHEN + _DENIED_AS + r"[.\s]*$")

_DENIED_BY = re.compile(r",\s+(?:(?:a|an)\s+(?:claim|assertion|report|account|version)|" + _DENIED_PLURALS + r")\s+"
                        r"(?:(?:that|which)\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?"
                        r"(?:(?:quickly|swiftly|later|also|firmly|flatly)\s+)?"
                        r"(?P<verb>denied|rejected|disputed|dismissed|refuted)\s+by\s+(?P<who>[^,;:“”\"]{2,60}?)"
                        + _DENIED_AS + _DENIAL_WHEN + _DENIED_AS + r"[.\s]*$")


_DENYING_STEMS = ("deni", "deny", "reject", "disput", "dismiss", "refut", "doubt", "question", "contest", "call",
                  "consider", "believ", "think", "thought", "say", "said", "contradict", "challeng")
# (every verb of the three patterns holds one)
_JUDGING_VERBS = frozenset(("believe", "believes", "believed", "think", "thinks", "thought", "say", "says", "said"))

#: "X's claim that … was denied by Y", "The boast by X that … was contradicted by Y": the one the passive names after
#: "by" denies a claim named as a noun (a claim_noun word) (cl22; "was met with scepticism by commanders" is left out:
#: such a group has no side of its own to label it by)
_DENIED_NOUN_BY = vocab.TablePattern("claims_denied_noun_by", ("claim_words",), lambda: (
    r"\b(?:" + trie_pattern(_words().claim_nouns, ignore_case=True) + r")\s+(?:(?:by|from|of)\s+[^,;:“”\"]{2,60}?\s+)?"
    r"that\s+[^;:]{3,300}?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:quickly|swiftly|promptly|later|also|firmly|flatly|publicly|repeatedly|widely)\s+)?"
    r"(?P<verb>denied|rejected|disputed|dismissed|refuted|contradicted|questioned|challenged)\s+by\s+"
    r"(?P<who>[^,;:“”\"]{2,60}?)(?=\s*(?:,|[.;]|$|\s+(?:on|in|at|within|for|the\s+same|the\s+next)\b))"))


def _denied_claims(doc, sentence, acts) -> list:
    """ "X wrote that Russian units had reached the station, a claim Ukraine's military denied": the side that
    denies the content at the sentence's end speaks too (the content denied is its claim, as a denial)."""
    if not acts:
        return []  # (a denial says something only of a claim someone made in the sentence)
    if not any(doc.text.find(verb, sentence.start, sentence.end) >= 0 for verb in _DENYING_STEMS):
        return []  # (most sentences: none of the denying verbs the patterns end on)
    match = _DENIED_CLAIM.search(doc.text, sentence.start, sentence.end) \
        or _DENIED_BY.search(doc.text, sentence.start, sentence.end)  # "…, a claim rejected by the Ukrainian command"
    if match is not None and match.group("verb").split()[0] in _JUDGING_VERBS \
            and doc.text.startswith("which", match.start("who") - 6):
        match = None  # "…, which officials say is …": a relative clause, no figure judged (the noun form only)
    if match is None:
        match = _DENIED_NOUN_BY.search(doc.text, sentence.start, sentence.end)
        if match is not None and any(a.cue.start > match.start("verb") for a in acts):
            return []  # another voice after the denial ("…, the analysts said") speaks for it
    elif any(a.cue.start >= match.start() and a.cue.start != match.start("verb") for a in acts):
        return []
    if match is None:
        return []
    group = match.group("who").split()[-1].lower() in _plural_cue_heads()
    # (a time after the verb, "…, a claim Kyiv disputed for days", belongs to the attribution, not to the words denied)
    # ("…, a claim Kyiv disputed for days": a denial kept up over days is no one occasion, undated as "repeatedly" is)
    when = match.groupdict().get("when")
    lasting = when is not None and _DENIAL_LASTING.match(when) is not None
    prompt = bool(when) or _DENIAL_PROMPT.search(doc.text, match.start(), match.end()) is not None
    cue_end = match.end("when") if when and not lasting else match.end("verb")
    if any(a.cue.start == match.start("verb") for a in acts):
        # the layer's own act: kept as the denial (a group it read with the claim noun, "a figure Ukrainian
        # officials", is the group as written)
        return [replace(replace(a, speaker=_mentions.Mention(match.start("who"), match.end("who"), match.group("who"),
                                                             match.group("who"), "unnamed source"))
                        if group and not a.speaker.speaker and a.speaker.start < match.start("who") else a,
                        cue=replace(a.cue, end=max(a.cue.end, cue_end)),
                        **({"date": None, "date_text": ""} if lasting else
                           _NO_DENIAL_DAY if not prompt and (a.date is None or 0 <= doc.text.find(
                               a.date_text or "\0", sentence.start, match.start()) < match.start()) else {}))
                for a in acts if a.cue.start == match.start("verb")]
    who = [m for m in _mentions_between(doc, match.start("who"), match.end("who")) if m.speaker
           and m.how in ("name", "title", "role", "country")]
    if not who and group:  # "…, a claim that Russian bloggers call exaggerated": a speaking group as written
        who = [_mentions.Mention(match.start("who"), match.end("who"), match.group("who"), match.group("who"),
                                 "unnamed source")]  # (named: no wider subject phrase is read around it)
    if not who or any(a.speaker.speaker == who[-1].speaker for a in acts):
        return []
    return [SpeechAct((sentence.start, sentence.end), Cue(match.start("verb"), cue_end,
                                                          doc.text[match.start("verb"):cue_end], "speech"),
                      who[-1], *((None, "") if prompt else (_NO_DENIAL_DAY["date"], _NO_DENIAL_DAY["date_text"])))]


#: "This was stated by …", "This was reported on Telegram on Sunday by …" (a bullet may open it): the claim before it
#: is the one's named after "by"
_BACK_REFERENCE = re.compile(_speech.BACK_REFERENCE_BULLET + _speech.STATED_BY)


def _plural_heads() -> frozenset:
    """People who speak as a group, in the plural, before a verb of statement in the plural present, which the cue
    table leaves out (as nouns they are common): "officials claim …", "analysts estimate …", "intelligence officials
    believe …" (the ``plural_voice`` words of ``data/speech_words.csv``; people who speak, not "forces"/"troops":
    "Russian forces claim the village" is a capture, no statement)."""
    return vocab.speech_words()["plural_voice"]


def _plural_cue_heads() -> frozenset:
    """The plural speaking nouns before a plural present verb of statement: the ``plural_voice`` words and the people of the
    ``speaking_group`` rows of ``speech_words.csv`` ("soldiers", "gunners", "intelligence services"), but not the
    reporters who carry words (conduits)."""
    return vocab.compiled("claims_plural_cue_heads", ("speech_words",), lambda: _plural_heads() | (
        vocab.speech_words()["speaking_group"] - {"journalists", "reporters"}))


_DEFINITE_ROLE = re.compile(r"[Tt]he\s+(?:\w+\s+){0,2}?(?:official|commander|general|spokesman|spokeswoman|spokesperson|"
                            r"officer|source|diplomat|adviser|advisor|governor|mayor|minister|colonel|chief)(?:-in-chief)?")


def _quotes_in(doc, start: int, end: int) -> list:
    """(quote, reading) pairs whose opening mark lies in ``start:end`` (by sorted offsets)."""
    starts = getattr(doc, "_quote_outer_starts", None)
    if starts is None:
        starts = doc._quote_outer_starts = [q.span.outer_start for q in doc.quotes]
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return list(zip(doc.quotes[lo:hi], doc.speech.quotes[lo:hi]))


#: "Its generals", "their commanders", "Its General Staff": a group or an institution owned by a pronoun, up to three
#: words (the last one, its head, read apart)
_ITS_INSTITUTION = re.compile(r"\s*(?:[Ii]ts|[Tt]heir)\s+(?P<rest>(?:[\w’'-]+\s+){0,2}[\w’'-]+)\s*$")


def _country_before(doc, act) -> str:
    """The country (its speakers-table name) that opens the sentence of ``act``'s speaker, or else the sentence before,
    as its subject ("Kyiv is digging in. Its generals say …", "A year on, Kyiv is preparing …"): the first named mention
    there, with at most an opening phrase and its comma before it; "" when another named body stands first ("The
    European Union is split over aid to Ukraine. Its diplomats say …") or none is named (rv23fixc)."""
    sentence = doc.sentence_at(act.speaker.start)
    if sentence is None:
        return ""
    previous = doc.sentence_at(sentence.start - 2) if sentence.start >= 2 else None
    for start, end in ((sentence.start, act.speaker.start),
                       (previous.start, previous.end) if previous is not None else (0, 0)):
        named = [m for m in _mentions_between(doc, start, end) if m.speaker]
        if named:
            lead = doc.text[start:named[0].start].strip()
            return named[0].speaker if named[0].how == "country" and (not lead or lead.endswith(",")) else ""
    return ""


def _owned_group_demonym(doc, act) -> str:
    """ "Six months on, Kyiv is digging in. Its generals say time is on their side": a plural speaking group owned by
    "its" / "their" belongs to the country (or its capital) that opens its sentence or the one before as its subject
    (``_country_before``): "Ukrainian generals" (the conventions' group label, rule 6); "" when no country stands
    there (cl26, rv23fixc)."""
    owned = _ITS_INSTITUTION.match(act.speaker.as_written)
    head = owned.group("rest").split()[-1] if owned is not None else ""
    if not "a" <= head[:1] <= "z" or head.lower() not in _plural_cue_heads():  # (a group: its head in lower case)
        return ""
    country = _country_before(doc, act)
    demonym = _mentions.demonym_of(country) if country else ""
    return f"{demonym} {owned.group('rest')}" if demonym else ""
