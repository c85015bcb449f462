"""What a claim says: the claim of one speech act (``_claim``), its topics and fine type, and the content that makes a
sentence no claim (negated, rejected, sceptical, too little)."""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)

import pandas as pd

from saidvsdone import english, vocab
from saidvsdone import when as _when
from saidvsdone import mentions as _mentions
from saidvsdone import speech as _speech
from saidvsdone.speech import Cue, SpeechAct, cue_table
from saidvsdone.speech import PRESS_UNIT as _PRESS_UNIT
from saidvsdone.citing import speaker_kind as _kind_of
from saidvsdone.citing import FUNCTION_WORDS as _FUNCTION_WORDS
from saidvsdone.matcher import trie_pattern
from saidvsdone.segment import trim_end

from ._vocabulary import (
    _CONTENT_WORD, _COURSE_TOPICS, _EXCLUDING, _headline_claims_place, _headline_place_taken, _MILITARY_TOPICS,
    _SOFT_TOPICS, _span, _topics, _words,
)
from ._voices import (
    _acts_between, _ASKED_ABOUT, _BACK_REFERENCE, _BUT, _CIVILIAN_TOLL, _HEADLINE_TOLL, _NO_COMMENT, _quotes_in,
    _restated_body_topic, _WAR_AS_TIME,
)
from ._speakers import (
    _AND_BEFORE, _attribution_spans, _CALL_UP, _CALLING_THEM, _GLOSS, _HEADLINE_SUBJECT_BEFORE, _REFUSAL_BEFORE,
    _scope_words, _speaker_known, _TAIL_CONTENT,
)
from ._dating import _after_stamp, _date
from ._headlines import _headline_narration


def _back_reference(doc, sentence, previous, lexicon, acts=()) -> dict | None:
    """A lead with no speech verb that the next sentence attributes ("This was reported by X"); ``acts``: the layer's
    acts of that sentence (a body written as a role, "by the General Staff", is resolved there only)."""
    match = _BACK_REFERENCE.match(doc.text, sentence.start)
    if match is None or match.end() > sentence.end or previous.headline:
        return None
    who = _mentions.people()
    # "This was stated by the spokesperson for X, A B, Ukrinform reports": the person named, never the medium
    after = [m for m in doc.speech.mentions if match.end() <= m.start < sentence.end and m.speaker
             and getattr(who.speakers.get(m.speaker), "kind", "") != "media"]
    if not after:  # "This was reported by the General Staff": the role the layer's passive agent resolved (sk41)
        after = [a.speaker for a in acts if match.end() <= a.speaker.start < sentence.end and a.speaker.speaker
                 and a.speaker.how == "role" and getattr(who.speakers.get(a.speaker.speaker), "kind", "") != "media"]
    people = sorted([m for m in after if _mentions.is_person(m.speaker, who)] + [
        m for m in _mentions.unknown_names(doc, match.end(), sentence.end, doc.speech.mentions, who)
        if " " in m.speaker and _mentions.could_be_person(m.speaker, who)], key=lambda m: m.start)
    if not after and not people:
        return None
    mention = people[0] if people else after[0]
    cue = Cue(match.start(), match.end(), match.group(0).strip(), "speech")
    # "This was reported on Telegram on Sunday by …": the day between the verb and "by" is the statement's (cl30)
    day, day_text = None, ""
    for expression in _when.find(doc.text, match.start(), match.end()):
        resolved = _when.resolve(expression, doc.published)
        if not pd.isna(resolved.day):
            day, day_text = resolved.day, expression.text
            break
    act = SpeechAct((sentence.start, sentence.end), cue, mention, day, day_text)
    return _claim(doc, previous, mention.speaker, [act], lexicon)


#: a verbless signature closing a sentence, as Kyiv's and Moscow's sites sign a body's report: "… near Kupiansk – the
#: Southern Defence Forces.", "…, – Operational Command South." (group 1: who signs, up to the sentence's end, after
#: "the" and a press service's words)
_DASH_SIGNATURE = re.compile(r",?[ \t]+(?:–|—|--?)[ \t]+(?:[Tt]he[ \t]+)?(?:press[ \t]+" + _PRESS_UNIT +
                             r"[ \t]+of[ \t]+(?:the[ \t]+)?)?([A-Z0-9][^.!?;:“”\"\n–—()]{1,80}?)[ \t]*[.!]?[ \t]*$")
#: a body's own name as a signature writes it: capitalised words (a number's ordinal among them), or capitalised words
#: then a formation's kind in small letters ("Khortytsia group of forces")
_SIGNED_NAME = re.compile(r"(?:[A-Z0-9][\w’'-]*[ \t]+){0,5}(?:[A-Z][\w’'-]*|[a-z]+(?:[ \t]+of[ \t]+(?:forces|troops))?)")
#: a formation's kind in small letters (``armed_units.csv``'s ``apposed`` words): before a dash, the name after the
#: dash names that formation, no signature ("Ukraine's most decorated unit is fighting near Pokrovsk – the 47th
#: Brigade.", "… the headquarters of a single formation – the Southern Defence Forces."; rv27fixa)
_KIND_BEFORE_DASH = vocab.TablePattern("kind_before_dash", ("armed_units",), lambda: (
    r"(?<![\w’'-])(?:" + "|".join(re.escape(w) for w in vocab.formation_words("apposed")) + r")(?![\w’'-])"))


def _dash_signed(doc, sentence, lexicon) -> dict | None:
    """ "Over the past day, Russian troops lost 120 soldiers near Kupiansk – the Southern Defence Forces.": a sentence no
    speech verb attributes, signed after a dash at its end by a body (one the tables list, or a name the text gives
    that ends on a body's word: "– the Tavria Operational-Strategic Group", "– the press service of the 92nd Brigade"),
    is that body's claim; a person, a country, a place or a medium signing so is left (sk42), and so is a name that
    a formation's kind in small letters before the dash makes an apposition ("a single formation – the …"; rv27fixa)."""
    text = doc.text
    end = len(text[sentence.start:sentence.end].rstrip()) + sentence.start
    sign = _DASH_SIGNATURE.search(text, sentence.start, end)
    if sign is None or sign.start() <= sentence.start or doc.in_quote(sign.start(1)):
        return None
    for kind in _KIND_BEFORE_DASH.finditer(text, sentence.start, sign.start()):
        before = text[sentence.start:kind.start()].split()
        if not before or not before[-1][:1].isupper() and not before[-1][:1].isdigit():
            return None  # "a single formation – the Southern Defence Forces": an apposition, no signature (rv27fixa)
    who = _mentions.people()
    a, b = sign.span(1)
    written = sign.group(1)
    known = who.alias_to_name.get(written) or next(
        (m.speaker for m in doc.speech.mentions if m.start == a and m.end == b and m.speaker in who.speakers), None)
    one = who.speakers.get(known) if known else None
    if one is not None:
        if one.kind not in ("organisation", "institution"):
            return None  # ("… – Zelensky.", "… – Ukrinform.": a person's or a medium's signature is read elsewhere)
        label = known
    else:
        last = written.split()[-1]
        if not _SIGNED_NAME.fullmatch(written) or not (_mentions.ORGANISATION_WORDS.fullmatch(last)
                                                        or last.lower() in vocab.formation_words("body")
                                                        or written.endswith((" of forces", " of troops"))):
            return None  # ("… – Kupiansk.": a place, no body; "… – more than in any day": no name)
        label = written
    signer = _mentions.Mention(a, b, label, written, "name" if one is not None else "unknown name")
    cue = Cue(sign.start(), a, text[sign.start():a].strip(" \t,"), "speech")
    act = SpeechAct((sentence.start, sentence.end), cue, signer, None, "")
    return _claim(doc, sentence, label, [act], lexicon)


def _said_this_before(doc, sentence, previous, by_speaker: dict, lexicon) -> list | None:
    """ "Russia has lost 300 troops near Pokrovsk. Syrskyi said this in an interview on Tuesday.", "… . The General
    Staff reported this on Facebook.": a sentence whose one speaker says "this" (or "so") and nothing of their own gives
    them the lead before it, which no speech verb attributes (the active form of ``_back_reference``'s "This was
    reported by X"): [that lead as their claim], or [] when the lead is no claim (the sentence itself states nothing);
    None when the sentence is not of that shape."""
    if previous.headline or sentence.headline or len(by_speaker) != 1:
        return None
    label, acts = next(iter(by_speaker.items()))
    last = max(acts, key=lambda a: a.cue.start)
    if last.speaker.end > last.cue.start or not _speech.said_this_after(doc.text, last.cue, sentence.end):
        return None  # (the speaker after the cue, "said this week that …", "said so far …": no back reference)
    since = doc.paragraphs[max(0, previous.paragraph - 2)][0]
    if last.speaker.speaker and any(a.speaker.speaker == last.speaker.speaker and since <= a.cue.start < previous.start
                                    for a in doc.speech.acts):
        # "Zelensky reported that …. [background] The head of state reported this on X.": "this" is the statement the
        # same speaker's own verb gave just before, not the sentence between
        return None
    claim = _claim(doc, previous, label, acts, lexicon)
    return [claim] if claim is not None else []


#: a participle's "that" clause after a quote's attribution (", adding that …", ", admitting for the first time that …")
_THAT_AFTER_PARTICIPLE = re.compile(r"(?:[^\S\n]+[\w’'-]+){0,5}?[^\S\n]+that\b")


def _claim(doc, sentence, label, acts, lexicon, scope: tuple[int, int] | None = None,
           going_on: str | None = None) -> dict | None:
    s_start, s_end = sentence.start, sentence.end
    text = doc.text
    attribution = _attribution_spans(acts, text, s_end)
    # "… arms package as Russia opens new push": a headline's clause of the outlet's own is no content (hl12)
    attribution += _headline_narration(doc, sentence, acts)
    if scope is not None:  # the other speaker's part of the sentence is not this speaker's content
        attribution += [(s_start, scope[0]), (scope[1], s_end)]
    for a in acts:  # "rejected reports that …, calling them “a provocation”": the speaker's word for the statement
        # (the sentence's end is the pattern's "$": a colon further down the article is no part of the tail)
        tail = _CALLING_THEM.match(text, a.cue.start - 2, s_end) if a.cue.start - 2 > s_start else None
        if tail is not None and tail.end() >= s_end - 2 and any(
                b.cue.text.lower().startswith(_words().rejection_cues + _words().denial_cues) for b in acts):
            attribution.append((a.cue.start, s_end))
    for a in acts:  # "thanked the Dutch for air defence systems and said he hoped for more": what he was thanked for
        # is no content of the coordinated statement (ceremony_cue of claim_words.csv: thanks, praise, honours)
        if _AND_BEFORE.search(text, max(s_start, a.cue.start - 16), a.cue.start) and any(
                m.group(0).lower().startswith(_words().ceremony_cues)
                for m in _CONTENT_WORD.finditer(text, s_start, a.cue.start)):
            attribution.append((s_start, a.cue.start))
    for a in acts:  # "declined to comment on reports of a meeting, saying only that …": what follows the participle
        if a.cue.text.lower().endswith("ing") and _REFUSAL_BEFORE.search(text, s_start, a.cue.start):
            attribution.append((s_start, a.cue.start))
    # ", which we discuss at 14:40", "(as we reported on Monday)": the outlet's own aside is no speaker's content (cl18)
    attribution += [m.span() for m in _OUTLET_ASIDE.finditer(text, s_start, s_end)]
    # "…, hours after Russian forces launched a cross-border assault": the reporter's timing of the statement against
    # the fighting is no part of what was said (cl29)
    attribution += _background_clauses(text, s_start, s_end, acts)
    quotes_here = _quotes_in(doc, s_start, s_end)
    direct = [(q.span.outer_start, q.span.outer_end) for q, r in quotes_here if r.kind == "direct"]
    if sentence.headline:  # "Russia 'can be fought, but more arms needed:' Army chief": the subject stands
        # before the quote mark, so the quoted words are a partial quote of the headline's own sentence
        direct = [(a, b) for a, b in direct if not _HEADLINE_SUBJECT_BEFORE.search(text, s_start, a)]
    # the reporter's own words in the sentence, outside the attribution and direct quotes
    # a headline's own words after a quote are few ("'We are advancing': Putin hails gains in Donbas")
    needed = (2 if sentence.headline else 3) if direct else 1
    if direct and not sentence.headline and any(
            a.cue.start >= max(b for _, b in direct) and a.cue.text.lower().endswith("ing")
            and _THAT_AFTER_PARTICIPLE.match(text, a.cue.end, s_end) for a in acts):
        needed = 2  # "“…,” she said, admitting for the first time that the drones had been launched": a clause of its own
    if direct:  # "“…,” the ministry wrote, referring to the start of the operation": the reporter's gloss (a quote)
        attribution += [m.span() for m in _GLOSS.finditer(text, s_start, s_end)]
        # "“…,” said Mykola, a 41-year-old platoon commander who asked that his surname not be published.": the
        # speaker's description after the quote reports nothing he said (cl21)
        attribution += [m.span() for a in acts if a.speaker.start >= max(b for _, b in direct) > a.cue.start - 40
                        for m in [_APPOSED_AFTER_QUOTE.match(text, a.speaker.end, s_end)] if m is not None]
        tail = max(b for _, b in direct)
        if any(tail <= a.cue.start < s_end for a in acts) and not _TAIL_CONTENT.search(text, tail, s_end):
            # "“…,” a drone commander with the call sign Lynx told the AP by phone.": all after the quote attributes
            attribution.append((tail, s_end))
        elif any(tail <= a.cue.start < s_end for a in acts) and _described_speaker_tail(text, tail, s_end, acts):
            # "“…,” said Petro Hnatiuk, who now flies drones for the same brigade.": the relative clause describes
            # the speaker; it reports nothing he said (cl20)
            attribution.append((tail, s_end))
    # "… and asked whether ministers knew how many reservists were at the front", "asked the government to confirm
    # reports that …": a question put, or a request to confirm, states nothing (cl20)
    attribution += _questions(text, s_start, s_end, acts)
    # "told the chancellor in a telephone call on Friday that …": the occasion of the statement is the attribution's,
    # not what was said (a call or a meeting named there is no meeting reported) (cl20)
    attribution += [(a.cue.end, m.end()) for a in acts if a.speaker.start < a.cue.start
                    for m in [_OCCASION.match(text, a.cue.end, s_end)] if m is not None]
    if not _enough_content(text, s_start, s_end, attribution + direct, needed):
        return None  # “…,” he said. : a quote, not reported speech
    words, starts = _span(doc, s_start, s_end)
    first, last = 0, len(words)
    # what the sentence reports: not the attribution, not a direct quote standing in it
    matches = _sentence_matches(doc, lexicon, s_start, s_end, words)
    anchors = [m.span() for m in _WAR_AS_TIME.finditer(text, s_start, s_end)]
    # "…, and Russia's offensive has gained far less ground than Moscow claims": scepticism about a side's claim
    # types nothing (no progress claim) unless it is all the sentence reports
    sceptic = _sceptic_spans(text, s_start, s_end)
    topics = _topics(lexicon, words, first, last, starts, attribution + direct + anchors + sceptic, doc, matches)
    if sceptic and not [t for t in topics if t not in _EXCLUDING]:
        topics = _topics(lexicon, words, first, last, starts, attribution + direct + anchors, doc, matches)
    fine = _fine_type(lexicon, words, first, last, starts, attribution + direct + sceptic, matches)
    if fine is not None and any(starts[a] <= fine[2] and fine[1] <= starts[b] for pattern, a, b in matches
                                if b > a and pattern in lexicon.topic_set and pattern.key == "offtopic"):
        fine = None  # "open to talks with Washington on a new arms control treaty": the formula is the idiom's
    military = [t for t in topics if t not in _EXCLUDING]
    if not military and not fine:  # "Russia says it has taken Vuhledar", "We will hold Chasiv Yar"
        place = _words().takes_place.search(text, s_start, s_end) or _words().place_taken.search(text, s_start, s_end)
        if place is None and sentence.headline:  # "Zelenyi Hai taken, Russia says", "Toretsk falls — Kremlin"
            place = _headline_place_taken().search(text, s_start, s_end)
        if place is not None and not any(x <= place.start() < y for x, y in attribution + direct) \
                and place.group("place") not in vocab.country_forms() \
                and not any(m.start == place.start("place") and m.how in ("name", "title") and m.speaker
                            for m in doc.speech.mentions):  # "take Biden at his word": a person, no place
            military = ["territory"]
    if sentence.headline and "territory" not in military and not fine:  # "Russia claims village near Pokrovsk; drones
        # hit …": the headlines' idiom for a capture claimed, whatever else the title reports
        claimed = next((m for a in acts if a.cue.text.lower() in ("claims", "claim")
                        for m in [_headline_claims_place().match(text, a.cue.end, s_end)] if m is not None), None)
        if claimed is not None and (claimed.group("place") is None or (
                claimed.group("place") not in vocab.country_forms() and not any(
                    m.start == claimed.start("place") and m.how in ("name", "title") and m.speaker
                    for m in doc.speech.mentions))):
            military = ["territory"] + military
    asked = _ASKED_ABOUT.search(text, s_start, s_end) if not military and not fine else None
    if asked is not None and _NO_COMMENT.search(text, asked.end(), s_end):
        asked = None  # "asked about the losses, said the Kremlin does not comment": no statement on them
    if asked is not None:  # "Peskov, asked about new talks, said Moscow's position had not changed"
        topics = _topics(lexicon, words, first, last, starts, [(s_start, asked.start(1)), (asked.end(1), s_end)],
                         doc, matches)
        military = [t for t in topics if t not in _EXCLUDING]
    if not military and not fine and not sentence.headline and not any(t in _EXCLUDING for t in topics if t != "theatre"):
        # "The offensive has stalled. It is going very slowly, he said": the pronoun's topic is the sentence before's
        before = _topic_before(doc, lexicon, sentence, attribution)
        topics = topics + [t for t in before if t not in topics]
        military = [t for t in before if t not in _EXCLUDING]
    if not military and not fine and going_on and not any(t in _EXCLUDING for t in topics if t != "theatre"):
        military = [going_on]  # the speaker's statement of the sentence before goes on
    if not military and not fine and sentence.headline and not any(t in _EXCLUDING for t in topics if t != "theatre"):
        restated = _restated_body_topic(doc, lexicon, label, acts, scope or (s_start, s_end))
        military = [restated] if restated else military  # "Zelensky says the ball is now in Russia's court"
    if not military and not fine:
        return None
    if "civilian" in topics and not fine and (not any(t in _MILITARY_TOPICS for t in military) or (
            "strikes" in military and set(military) <= {"strikes", "mobilisation", "losses"}
            and _CIVILIAN_TOLL.search(text, s_start, s_end))) and not _war_long_tally(
                text, s_start, s_end, anchors, attribution + direct) and not (
                "strikes" in military and _interception_said(text, s_start, s_end, attribution + direct)):
        # civilian damage and casualty reports are not about the war's course ("Russian forces launched glide bombs
        # at residential areas, injuring 13 civilians": the attackers named are no movement of forces)
        return None
    if not fine and "strikes" in military and set(military) <= {"strikes", "mobilisation"} \
            and _words().shelling_count.search(text, s_start, s_end):
        return None  # "the village had been shelled more than 25 times": a shelling count, civilian damage (rv28fixc)
    if sentence.headline and _HEADLINE_TOLL.match(text, s_start, s_end) and "mobilisation" not in military and not fine:
        return None  # "Three killed as missiles hit Kharkiv, governor says": a headline's toll names no soldiers
    if len(acts) == 1 and _TOPIC_ONLY.match(text, acts[0].cue.start, s_end) and not _CLAUSE_WORD.search(
            text, acts[0].cue.start, s_end):
        return None  # "X commented on the retreat", "remarked on the situation": a topic named, nothing said (cl29)
    refusal = _NO_COMMENT.match(text, acts[0].cue.end, s_end) if len(acts) == 1 else None
    if refusal is not None and not _BUT.search(text, refusal.end(), s_end):
        return None  # "said that it would not comment on the operation until …": a refusal, no statement
    vocabulary = _words()
    if (not _speaker_known(acts) and any(vocabulary.witness.search(a.speaker.as_written.strip()) for a in acts)
            and not any(t in _COURSE_TOPICS for t in military)):
        return None  # a witness's account of what soldiers did; "residents said the troops had left" stays
    if any(vocabulary.market_voice.search(text, min(a.speaker.start, a.cue.start), a.cue.start) for a in acts
           if a.speaker.start < a.cue.start):
        return None  # "Oil traders said a ceasefire would push prices lower": a market's forecast
    if "conduct" in topics and not any(t in _COURSE_TOPICS for t in military):
        return None  # an allegation about the other side's conduct
    if all(a.cue.text.lower().startswith(vocabulary.allegation_cues) for a in acts) and (
            not any(t in _COURSE_TOPICS for t in military) or "conduct" in topics or "civilian" in topics):
        return None  # "accused Russia of shelling …": an allegation; "accused Kyiv of derailing the talks": a claim
    if "elsewhere" in topics and "theatre" not in topics:
        return None  # another war ("Israeli troops advanced into Gaza")
    if "offtopic" in topics and "theatre" not in topics and set(military) <= set(_SOFT_TOPICS):
        return None  # "his team advanced to the quarter-finals", "prices were advancing"
    ceremony = "ceremony" in topics or any(a.cue.text.lower().startswith(vocabulary.ceremony_cues) for a in acts)
    if ceremony and set(military) <= {"mobilisation"} and not fine:
        return None  # thanks, praise, honours for the troops: no statement about the war's course
    if "meeting" in topics and not fine and set(military) <= {"strikes", "mobilisation", "negotiations", "goals"}:
        return None  # "he had discussed air defence with the chancellor": a meeting, not a claim
    if "routine" in topics and not fine:
        return None  # "the commander-in-chief receives reports on the situation at the front": a routine (cl15)
    if "logistics" in topics and set(military) <= {"goals"} and not fine:
        return None  # "Putin had no plans to visit the region": a travel plan, not a war plan
    if "industry" in topics and set(military) <= {"strikes", "mobilisation"} and not fine \
            and not any(not any(x <= m.start() < y for x, y in attribution + direct)
                        for m in _CALL_UP.finditer(text, s_start, s_end)):  # (not in a question put: cl20)
        # "had signed a contract for 100,000 drones": arms production, not the war's course ("mobilisation would not
        # produce combat-ready units" speaks of people called up, not of arms)
        return None
    if set(military) <= {"mobilisation"} and not fine and _own_border(doc, s_start, s_end, attribution + direct):
        return None  # "Poland will move 1,000 soldiers to the border with Belarus": a third country's own border (cl18)
    if "logistics" in topics and set(military) <= {"negotiations"} and (
            not fine or (fine[0] == "negotiations" and (" " not in text[fine[1]:fine[2]].strip() or any(
                fine[1] <= starts[a] < fine[2] for pattern, a, b in matches
                if pattern in lexicon.topic_set and pattern.key == "logistics")))):
        # ("ready to host talks": a stance's phrase around a logistics word is the logistics, cl21)
        return None  # who travels to or meets whom for talks: diplomatic logistics, not a position
    # "X, who had warned on Monday that …, said on Thursday …": the main verb's cue and day
    inner = _speech.aside_acts(text, acts) if len(acts) > 1 else ()
    main = [a for a in acts if a not in inner] if inner else acts
    act = min(main, key=lambda a: a.cue.start)
    date, basis = _date(doc, main, label)
    quoted = [text[q.start:q.end] for q, r in quotes_here if r.kind != "scare"]
    claim_type = fine[0] if fine else military[0]
    military = military or [claim_type]
    phrase_start, phrase_end = (fine[1], fine[2]) if fine else (s_start, s_start)
    # "not going to plan", "Russia is not winning, he said", "denied that …" (a denied negation affirms)
    negated = _content_negated(text, s_start, s_end, attribution + anchors, fine)
    # the verb that introduces the content is the speaker's last before it ("told reporters … and denied that …")
    governing = max((a for a in acts if a.cue.end <= (phrase_start if fine else s_end)), default=act,
                    key=lambda a: a.cue.start)
    negated = negated != (governing.cue.text.lower().startswith(vocabulary.denial_cues)
                          or _rejects_statement(text, governing, s_end))
    return {
        "speaker": label, "speaker_as_written": act.speaker.as_written, "attribution": act.speaker.how,
        "cue": " ".join(act.cue.text.split()), "claim_type": claim_type, "topics": "|".join(military),
        "quoted_words": " | ".join(quoted), "phrase": text[phrase_start:phrase_end],
        "pattern": fine[3] if fine else "", "found_in": "headline" if sentence.headline else "reported",
        "headline": sentence.headline, "carried": False, "negated": negated, "quote_id": "",
        "statement_date": date, "date_basis": basis, "start": _after_stamp(text, s_start, s_end),
        "end": trim_end(text, s_start, s_end),
        "phrase_start": phrase_start, "phrase_end": phrase_end, "via": doc.speech.via(s_start, label),
    }


#: the occasion between a speech verb and its "that": "told X in a telephone call on Friday that", "said in a statement"
_OCCASION = re.compile(r"[^.;:“”\"]{0,80}?\b(?:in|during|over)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:call|conversation|statement|interview|address|briefing|meeting|post|speech|readout)\b"
                       r"[^.;:“”\"]{0,40}?\bthat\b", re.IGNORECASE)
#: a count of weapons fired or launched: "more than 5,000 missiles", "12,000 Shahed drones"
_WEAPON_COUNT = re.compile(r"\b\d[\d,. ]*\d?\s+(?:[A-Za-z-]+\s+)?(?:missiles|drones|rockets|shaheds|glide\s+bombs)\b",
                           re.IGNORECASE)


#: (or the salvo a strike was made with, as headlines write it: "Russia hits power plants with 88 missiles and drones"; hl7)
_LAUNCHED_COUNT = re.compile(r"\b(?:launched|launching|fired|firing|shot\s+down|downed|intercepted|with)\s+(?:a\s+total\s+of\s+|"
                             r"(?:more|fewer)\s+than\s+|at\s+least\s+|up\s+to\s+|nearly\s+|almost\s+|about\s+|some\s+|"
                             r"over\s+|around\s+)?\d[\d,]*\s+(?:[A-Za-z-]+\s+)?(?:missiles|drones|rockets|shaheds|glide\s+bombs)\b",
                             re.IGNORECASE)


def _fired_weapon_words() -> str:
    """The weapons an interception names, a pattern: ``vocab.weapon_words()`` (data/units.csv) and each plural's
    singular ("shahed" of "shaheds") (rv27fixc)."""
    words = vocab.weapon_words()
    return trie_pattern(words | {w[:-1] for w in words if w.endswith("s")})


#: the air defence's result, weapons shot down ("had shot down 25 of the 41 missiles", "several drones had been shot
#: down"): the words of data/interception_words.csv (``active`` before the weapon, ``passive`` after it) (cl30; the
#: weapons: :func:`_fired_weapon_words`)
_INTERCEPTED_WEAPONS = vocab.TablePattern("intercepted_weapons", ("interception_words", "units"), lambda: (
    # (a verb, not a participle before its noun: "debris from a downed drone" is no interception told)
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bfrom\s)(?<!\bof\s)(?<!\bby\s)(?<!\bwith\s)"
    r"\b(?:" + (trie_pattern(vocab.interception_words("active"), spaces=True) or "(?!)") + r")\s+"
    r"(?:[\w,-]+\s+){0,6}?(?:" + _fired_weapon_words() + r"|glide\s+bombs)\b"
    r"|\b(?:" + _fired_weapon_words() + r")\s+(?:[\w,-]+\s+){0,5}?(?:had\s+been|have\s+been|has\s+been|"
    r"were|was)\s+(?:[a-z]+ly\s+)?(?:" + (trie_pattern(vocab.interception_words("passive"), spaces=True) or "(?!)")
    + r")\b"), re.IGNORECASE)


def _interception_said(text: str, s_start: int, s_end: int, outside: list) -> bool:
    """Whether the content reports weapons shot down ("said it had shot down 25 of the 41 missiles …, when a
    children's hospital was hit", "several drones had been shot down … and two workers had been injured by falling
    debris"): an interception is the air defence's battlefield result, a claim beside the civilian toll it tells
    (cl30)."""
    return any(not any(x <= m.start() < y for x, y in outside)
               for m in _INTERCEPTED_WEAPONS.finditer(text, s_start, s_end))


def _war_long_tally(text: str, s_start: int, s_end: int, anchors: list, outside: list) -> bool:
    """Whether the content counts weapons fired over the whole war ("Russia had fired more than 5,000 missiles at
    Ukraine since the invasion began, a fifth of them at the power grid"): a war-long tally of strikes is battlefield
    content even when its targets are civilian ones, unless it tells a toll of people (cl20)."""
    if _CIVILIAN_TOLL.search(text, s_start, s_end):
        return False
    # (a night's salvo counted as launched or fired, "Russia had launched 22 missiles and 400 drones, mostly at energy
    # sites", is a tally of strikes too, whatever it was aimed at (cl22))
    counts = _WEAPON_COUNT.finditer(text, s_start, s_end) if anchors else _LAUNCHED_COUNT.finditer(text, s_start, s_end)
    return any(not any(x <= m.start() < y for x, y in outside) for m in counts)


#: a relative clause describing the speaker after a quote's attribution (", who now serves as …")
_WHO_AFTER_NAME = re.compile(r",\s*(?:who|whose)\b", re.IGNORECASE)
#: what would make such a clause report speech after all (", who added that …", ", who said: …")
_TAIL_SPEECH = re.compile(r"\b(?:that|adding|saying|claiming|noting|insisting|warning|stressing)\b|[;:“”\"]",
                          re.IGNORECASE)


#: the speaker's description apposed after the name, to the sentence's end, saying nothing itself (no
#: ``tail_speech_verb`` word of data/speech_words.csv in it)
_APPOSED_AFTER_QUOTE = vocab.TablePattern("apposed_after_quote", ("speech_words",), lambda: (
    r"\s*,\s*(?:a|an)\s+(?![^;:“”\"]*\b(?:"
    + (trie_pattern(vocab.speech_words()["tail_speech_verb"], spaces=True) or "(?!)") + r")\b)"
    r"[^;:“”\"]{1,160}?(?=[.!]?\s*$)"))


def _described_speaker_tail(text: str, tail: int, s_end: int, acts) -> bool:
    """Whether all after a direct quote is the attribution and a relative clause describing the speaker ("“…,” said
    Petro Hnatiuk, who now flies drones for the same brigade.") with no speech verb or content clause of its own."""
    who = _WHO_AFTER_NAME.search(text, tail, s_end)
    if who is None or any(a.cue.start >= who.start() for a in acts):
        return False
    if _TAIL_CONTENT.search(text, tail, who.start() + 1) or _TAIL_SPEECH.search(text, who.end(), s_end):
        return False
    return True


#: a question put or a confirmation asked for: "asked whether …", "asked the government to confirm reports that …"
_QUESTION = re.compile(r"\basked\s+(?:[\w’'-]+\s+){0,3}?(?:whether|if|how|why|what|which|when|"
                       r"to\s+(?:confirm|explain|clarify|say|comment|disclose))\b", re.IGNORECASE)
_AND_ASKED = re.compile(r"\b(?:and|but)\s+(?:also\s+)?$", re.IGNORECASE)


def _questions(text: str, s_start: int, s_end: int, acts) -> list[tuple[int, int]]:
    """The spans of the sentence where a speaker asks rather than states: from a finite "asked" (the speaker's cue,
    its subject before it, or "and asked" after another verb) followed by a question word or "to confirm" to the next
    speech cue or the sentence's end. "Asked whether …, he said …" (the participle opening a sentence) is no such
    span: the answer that follows is a statement. (cl20)"""
    if "asked" not in text[s_start:s_end].lower():  # (most sentences)
        return []
    spans = []
    for m in _QUESTION.finditer(text, s_start, s_end):
        cue = next((a for a in acts if a.cue.start == m.start()), None)
        finite = (cue is not None and cue.speaker.start < cue.cue.start) or \
            _AND_ASKED.search(text, max(s_start, m.start() - 14), m.start()) is not None
        if not finite:
            continue
        end = min((a.cue.start for a in acts if a.cue.start > m.end()), default=s_end)
        spans.append((m.start(), end))
    return spans


#: a country's border: "the Polish border", "Lithuania's border", "the border with Belarus"
_BORDER_OF = re.compile(r"\b(?P<a>[A-Z][\w’'-]+)\s+(?:eastern\s+|western\s+|northern\s+|southern\s+)?(?:border|frontier)\b"
                        r"|\b(?:border|frontier)\s+with\s+(?P<b>[A-Z][\w’'-]+)")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+")


def _own_border(doc, s_start: int, s_end: int, outside: list) -> bool:
    """Whether the content (outside ``outside``: attribution and direct quotes) moves or watches troops at the border
    of a country of neither side ("the army would move 1,000 soldiers closer to the border with Belarus", "had seen no
    such units near the Polish border") and names neither side by name, demonym or capital nor a place of the war
    (``data/places.csv``): a third country guarding its own border, not the war's course (a side's forces, "Wagner",
    may stand in it). (cl18)"""
    text = doc.text
    border = next((m for m in _BORDER_OF.finditer(text, s_start, s_end)
                   if not any(a <= m.start() < b for a, b in outside)), None)
    if border is None:
        return False
    forms = vocab.country_forms()
    named = forms.get(border.group("a") or border.group("b"))
    if named is None or vocab.side_of(named[0]) not in ("other", ""):
        return False
    places = _war_places()
    for word in _CAPITALISED.finditer(text, s_start, s_end):
        if any(a <= word.start() < b for a, b in outside):
            continue
        form = forms.get(word.group(0))
        if (form is not None and form[1] != "force" and vocab.side_of(form[0]) in ("Russia", "Ukraine")) \
                or word.group(0) in places:
            return False
    return True


def _war_places() -> frozenset:
    """The names of ``data/places.csv`` in Ukraine or Russia (one word each, the first of a name)."""
    return vocab.compiled("claims_war_places", ("places",), lambda: frozenset(
        name.split()[0] for name, country in zip(vocab.table("places")["name"], vocab.table("places")["country"])
        if country in ("Ukraine", "Russia") and isinstance(name, str) and name))


#: the reporter's background after a statement, to the sentence's end: ", hours after Russian forces launched an
#: assault", ", a day after the council reopened the schools" (cl29; not "as Russian forces advanced", which the
#: speaker's own clause often holds: "the route was at risk as Russian forces advanced")
_BACKGROUND_CLAUSE = re.compile(
    r",\s+(?:(?:only|just|barely|mere|some)\s+)?(?:(?:hours|days|weeks|minutes|(?:a|" + english.number_words(1, 5)
    + r"|several|a\s+few)\s+(?:hours?|days?|weeks?))\s+(?:after|before)\s)"
    r"(?P<clause>[^;:“”\"]{1,220}?)[.!?]?[”\"’)]*\s*$")
#: where a reported clause still follows inside the background (", hours after the assault began, that …")
_THAT_AFTER = re.compile(r",\s+that\s")


def _background_clauses(text: str, s_start: int, s_end: int, acts) -> list[tuple[int, int]]:
    """The reporter's background clause that closes a sentence after every voice in it (``_BACKGROUND_CLAUSE``); none
    when a voice or a reported clause stands inside it ("…, days after Kyiv said that …" is a voice of its own)."""
    m = _BACKGROUND_CLAUSE.search(text, s_start, s_end)  # (anchored at the end: one match at most)
    if m is None or m.start() <= s_start or any(max(a.cue.start, a.speaker.start) >= m.start() for a in acts) \
            or _THAT_AFTER.search(text, m.start(), m.end()):
        return []
    return [(m.start(), m.end())]


#: speech that names only its topic, to the sentence's end: "commented on the Russian retreat", "remarked on the
#: situation in the east", "described the fighting differently" (the guidelines' "speech with no content of its own",
#: cl29; not "reported on …": "reported on the liberation of the village" reports it, and a report on a meeting's
#: results dates the sentences that give them; "spoke about …" is no statement already: ``_voices._states``)
_TOPIC_ONLY = re.compile(
    r"(?:commented|remarked)\s+(?:also\s+|briefly\s+|at\s+length\s+)?(?:on|upon|about)\s+"
    r"(?:the|a|an|his|her|its|their|this|these|those)\s[^,;:“”\"]{1,120}?[.!?]?[”\"’)]*\s*$"
    r"|described\s+[^,;:“”\"]{1,80}?\s+differently[.!?]?\s*$", re.IGNORECASE)
#: a word that opens a clause after the topic: something is said after all ("commented on the retreat, saying …")
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whose|saying|adding|where|when|as)\b", re.IGNORECASE)


#: the outlet's first-person aside inside a reported sentence: ", which we discuss at 14:40", ", as we reported"
_OUTLET_ASIDE = re.compile(r"[,(]\s*(?:which|as|what|a\s+figure)\s+(?:we|I)\s+[^,;:.()“”\"]{1,80}")


def _fits_voice(noun: str, voice: str) -> bool:
    """Whether "the ``noun``'s" can stand for the speaker ``voice``: a word of its label ("the institute's" for the
    Institute for the Study of War), or one person's noun ("general", "analyst": an ``unnamed_person``,
    ``second_reference`` or ``generic_role`` word of data/speech_words.csv) for a person (not "the ministry's" for
    a general)."""
    lower, words = noun.lower(), vocab.speech_words()
    if re.search(r"\b" + re.escape(lower) + r"\b", voice.lower()):
        return True
    return _kind_of(voice) in ("person", "") and (
        lower in words["unnamed_person"] or lower in words["second_reference"] or lower in _mentions.generic_roles())


def _placed_back(doc, claim: dict) -> bool:
    """Whether a body claim's words are placed back in time ("Earlier, on 9 October, X stated …", "The previous day,
    the ministry had said …"): a headline tells the news, not that earlier statement, so it takes none of its day."""
    return any(e.back for e in doc.speech.events if claim["start"] <= e.pos < claim["end"])


#: Content that opens with a pronoun standing for what the sentence before named ("It is going well", "We are
#: holding", "This will not happen") and says little more.
_PRONOUN_CONTENT = re.compile(r"[\s,]*(?:that\s+)?(?:it|they|we|this|that)\b(?:\s+[\w’'-]+){0,5}?[\s,.;!]*(?-i:[A-Z][\w’'.-]*\s*)*$", re.IGNORECASE)


#: "to cover that distance", "at this pace": a demonstrative and its noun after a verb or preposition of the content
_DEMONSTRATIVE = re.compile(r"\b(?P<before>[a-z]+)\s+(?:this|that|these|those)\s+(?:[a-z]+\s+)?"
                            # (no time: "for this year", "by that time", "these days")
                            r"(?!(?:year|years|month|months|week|weeks|weekend|days|time|times|morning|afternoon|evening|"
                            r"night|summer|winter|spring|autumn|season|point)\b)[a-z]{4,}\b"
                            r"(?!\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|do|can|may|might|must|"
                            r"should)\b)")


def _points_back(text: str, start: int, end: int) -> bool:
    """A demonstrative noun phrase in the content that is no conjunction's "that" ("said that troops …", "so that")."""
    cues = cue_table()[0]
    return any(m.group("before") not in cues and m.group("before") not in ("so", "now", "and", "but", "such")
               for m in _DEMONSTRATIVE.finditer(text, start, end))


def _topic_before(doc, lexicon, sentence, attribution) -> list[str]:
    """The topics of the sentence before, in the same paragraph and with no speech of its own, when this
    sentence's content is a short clause opening with a pronoun ("The situation at the front is difficult. We
    are holding, the commander said."); [] otherwise."""
    cuts = sorted((max(a, sentence.start), min(b, sentence.end)) for a, b in attribution
                  if b > sentence.start and a < sentence.end)
    pieces, at = [], sentence.start
    for a, b in cuts:
        pieces.append((at, a))
        at = max(at, b)
    pieces.append((at, sentence.end))
    # the content is the longest stretch outside the attribution ("This week, according to X, the answer came")
    content_start, content_end = max(pieces, key=lambda p: len(doc.text[p[0]:max(p)].split()))
    if content_end <= content_start:
        return []
    pronoun = _PRONOUN_CONTENT.fullmatch(doc.text, content_start, content_end) is not None
    # "… told journalists that Russia did not have the strength to cover that distance": a demonstrative after a
    # verb or preposition of the content points back to what the sentence before described (past a paragraph break
    # too when this sentence opens its paragraph)
    pointing = not pronoun and _points_back(doc.text, content_start, content_end)
    if not pronoun and not pointing:
        return []
    previous = doc.sentence_at(sentence.start - 1) or (doc.sentence_at(sentence.start - 2) if sentence.start > 1 else None)
    if previous is None and pointing:
        previous = next((s for s in reversed(doc.sentences) if s.end <= sentence.start), None)
    if previous is None or previous.headline or _acts_between(doc, previous.start, previous.end) or (
            previous.paragraph != sentence.paragraph and not (pointing and previous.paragraph == sentence.paragraph - 1
                                                              and doc.paragraphs[sentence.paragraph][0] >= sentence.start
                                                              - 2)):
        return []
    words, starts = _span(doc, previous.start, previous.end)
    return _topics(lexicon, words, 0, len(words), starts, [], doc)


_STATEMENT_OBJECT = re.compile(r"\s+(?:(?:the|this|that|these|those|such|its|their|his|her|[A-Z][\w’'-]*[’']s?)\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:claims?|reports?|statements?|assertions?|allegations?|accounts?|"
                               r"figures?|suggestions?|accusations?)\b|\s+(?:as\s+\w+\s+)?that\s+(?=(?:the|its|their|his|her|it|they|he|she|we|"
                               r"there)\b|(?-i:[A-Z]))(?!\w+\s*[,.;])",
                               re.IGNORECASE)


def _rejects_statement(text: str, act, s_end: int) -> bool:
    """Does a rejecting cue take a statement, not a thing, as its object? "…, a claim Kyiv rejected"
    (the content stands before the rejecting speaker and nothing follows the verb), "Kyiv dismissed
    the report", "Kyiv rejected that": the content is then the other side's claim, which this speaker
    says is not so. "Putin rejected the negotiation process" rejects no statement.

    Example:
        >>> from types import SimpleNamespace as N
        >>> text = "Russia said it had taken the village, a claim Kyiv rejected."
        >>> _rejects_statement(text, N(cue=N(text="rejected", start=51, end=59), speaker=N(start=46)), len(text))
        True
    """
    if not act.cue.text.lower().startswith(_words().rejection_cues):
        return False
    if act.speaker.start < act.cue.start and _scope_words(text, act.cue.end, s_end) == 0:
        return True
    return _STATEMENT_OBJECT.match(text, act.cue.end) is not None


#: A negation of the verb it stands with: "not", "n't", "never", "no longer", "no", "hardly", "neither …
#: nor" (one negation), "failed to"; "not only", a directive's "not to" ("warned Moscow not to use …") and
#: the idioms of certainty ("no doubt", "had no choice") negate nothing.
_NEGATION = re.compile(r"(?=[nhcf])"  # (the first letters of the words below: fails at once at any other character)
                       r"(?:\bnot\s+(?:only|to)\b|\bno\s+(?:doubt|choice|alternative|question|fewer|more|less|later|sooner|further|small|little)\b|\bno\s+longer\b|\bneither\b.*?\bnor\b|\b(?:not|never|no|hardly|neither|nor|"
                       r"cannot)\b|n[’']t\b|\b(?:failed|fails|fail|failing)\s+to\b)", re.IGNORECASE)
#: Where the main content clause ends: a subordinate or another clause begins ("…, which had not …",
#: "… because the enemy had not …", "…, but …", "; …").
_SUBORDINATE = re.compile(r"(?=[;:—–(\s,wbatusi])"  # (the first characters of the branches below, as _NEGATION's)
                          r"(?:[;:—–(]|\s-\s|,\s*(?:and|but|or|which|who|whom|whose|where|when|while|whereas|although|"
                          r"though|because|since|as|after|before|until|unless|if|despite|adding|saying|even|"
                          r"a\s+claim|an?\s+\w+\s+that)\b|\b(?:which|who|whom|whose|where|because|although|though|"
                          r"unless|whereas|while|since|after|before|until|if|that)\b)", re.IGNORECASE)
#: A noun whose "that" clause is its content, not the end of the main clause ("the claim that …").
_NOUN_BEFORE_THAT = re.compile(r"\b(?:claims?|reports?|statements?|assertions?|allegations?|suggestions?|news|fact|idea|"
                               r"notion|assurances?|rumou?rs?)\s+$", re.IGNORECASE)
#: A subordinate clause that opens the content ("Although the reserves had not arrived, the troops …").
_OPENING_SUBORDINATE = re.compile(r"\s*(?:although|though|because|since|if|unless|while|when|after|before|as|"
                                  r"despite|even\s+though|even\s+if)\b[^,]*,", re.IGNORECASE)
#: The start of the content after the cue: "(on Monday, in a statement) that".
_NOT_NEGATING = frozenset("only to doubt choice alternative question fewer more less later sooner further small "
                          "little".split())
_CONTENT_OPENS = re.compile(r"[\s,]*(?:(?:(?:on|in|at|during|earlier|late|last|this|yesterday|today|tonight|late)\b"
                            r"[^,;“”\"]{0,40}?\s)?that\b)?[\s,]*", re.IGNORECASE)


_THAN_CLAIMS = re.compile(r"\bthan\s+(?:[\w’'-]+\s+){1,4}?(?:claims?|claimed|says|said|reports?|reported|suggests?|"
                         r"suggested|admits?|admitted|acknowledges|acknowledged|maintains|insists|insisted|"
                         r"believes|believed|thinks|estimates|estimated)\b", re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"[,;:—–]\s*(?:(?:and|but|yet|while|whereas)\s+)?|\b(?:but|while|whereas)\s+", re.IGNORECASE)


def _sceptic_spans(text: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """The clauses comparing with a side's claim ("has gained far less ground than Moscow claims"): from the
    clause's opening (a comma, "and", "but") to the claim verb."""
    spans = []
    if "than" not in text[s_start:s_end].lower():  # most sentences (the pattern's literal, in any case)
        return spans
    for match in _THAN_CLAIMS.finditer(text, s_start, s_end):
        opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, s_start, match.start())]
        spans.append((opens[-1] if opens else s_start, match.end()))
    return spans


def _content_negated(text: str, s_start: int, s_end: int, skip: list[tuple[int, int]], fine) -> bool:
    """Does a negation govern the verb of the claim's main content clause? The content is the longest
    stretch of the sentence outside the attribution (and outside another speaker's part); its main
    clause runs from its start (after "that", after an opening subordinate clause) to the first
    subordinate or coordinate clause. An odd number of negations there negates the claim ("never failed
    to" affirms, "not only … but" affirms); a negation a claim phrase spells out is the claim's own
    ("the offensive is not over"), and one in the attribution ("did not say") or in a subordinate clause
    ("…, which had not been rotated") is not the claim's.

    Example:
        >>> text = "Russia had not made advances, he said, because its reserves were exhausted."
        >>> _content_negated(text, 0, len(text), [(29, 38)], None)
        True
        >>> text = "He said Russia had made advances, which Kyiv had not expected."
        >>> _content_negated(text, 0, len(text), [(0, 7)], None)
        False
    """
    cuts = sorted((max(a, s_start), min(b, s_end)) for a, b in skip if b > s_start and a < s_end)
    pieces, at = [], s_start
    for a, b in cuts:
        if a > at:
            pieces.append((at, a))
        at = max(at, b)
    if at < s_end:
        pieces.append((at, s_end))
    pieces = [(a, b) for a, b in pieces if _CONTENT_WORD.search(text, a, b)]
    if not pieces:
        return False
    a, b = max(pieces, key=lambda p: len(_CONTENT_WORD.findall(text, *p)))  # (the count of its content words)
    a = _CONTENT_OPENS.match(text, a).end()
    opening = _OPENING_SUBORDINATE.match(text, a, b)
    if opening is not None:
        a = opening.end()
    spans, at = [], a  # the main clause: cut at its first subordinate clause, but an aside closed by a
    while True:        # comma before the verb is stepped over ("troops, who are exhausted, had not retreated")
        end = _SUBORDINATE.search(text, at, b)
        while end is not None and end.group(0).lower() == "that" and _NOUN_BEFORE_THAT.search(text, at, end.start()):
            end = _SUBORDINATE.search(text, end.end(), b)  # "Russia's claim that it had taken X was not true"
        if end is None or end.start() <= a:
            spans.append((at, b))
            break
        spans.append((at, end.start()))
        close = text.find(",", end.end(), b) if end.group(0).startswith(",") else -1
        if close < 0 or not _CONTENT_WORD.search(text, close + 1, b) or ";" in text[end.end():close]:
            break
        at = close + 1
    own = set()
    if fine is not None:  # the phrase's own negation words ("not over", "no plans for now")
        spelled = set(re.findall(r"[\w’']+", fine[3].lower()))
        own = {m.start() for m in re.finditer(r"[\w’']+", text[fine[1]:fine[2] + 1])
               if m.group(0).lower() in spelled}
        own = {fine[1] + x for x in own}
    count = 0
    for m in (m for x, y in spans for m in _NEGATION.finditer(text, x, y)):
        word = m.group(0).lower()
        if word.split()[0] in ("not", "no") and word.split()[-1] in _NOT_NEGATING or m.start() in own:
            continue
        count += 1
    return count % 2 == 1


def _sentence_matches(doc, lexicon, start: int, end: int, words) -> list:
    """Topic and phrase matches of one sentence, once for all its speakers."""
    cache = getattr(doc, "_claim_matches", None)
    if cache is None:
        cache = doc._claim_matches = {}
    if (start, end) not in cache:
        cache[(start, end)] = lexicon.both.matches(words, 0, len(words))
    return cache[(start, end)]


def _enough_content(text: str, start: int, end: int, skip: list[tuple[int, int]], needed: int) -> bool:
    """Does the sentence hold ``needed`` of the reporter's own content words outside ``skip``?"""
    count = 0
    for m in _CONTENT_WORD.finditer(text, start, end):
        if m.group(0).lower() not in _FUNCTION_WORDS and not any(a <= m.start() < b for a, b in skip):
            count += 1
            if count >= needed:
                return True
    return False


def _fine_type(lexicon, words, first, last, starts, skip, matches=None):
    """(claim type, phrase start, phrase end, pattern) of the first, longest claim phrase, or None."""
    best = None
    if matches is None:
        matches = lexicon.phrases.matches(words, first, last)
    for pattern, a, b in matches:
        if pattern not in lexicon.phrase_set:
            continue
        if any(x <= starts[a] < y for x, y in skip):
            continue
        if best is None or (a, a - b) < (best[0], best[0] - best[1]):
            best = (a, b, pattern)
    if best is None:
        return None
    a, b, pattern = best
    return pattern.key, starts[a], starts[b] + len(words[b][1]) - 1, pattern.source
