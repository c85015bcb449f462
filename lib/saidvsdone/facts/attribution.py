"""Who states a fact: "according to …", "X said", or the speaker of the quote it sits in.

``attribution_of(ctx, fact, s_start, s_end)`` gives the ``source_attribution`` column
("Putin said", "according to the General Staff", "Zelensky (quote)").
"""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from bisect import bisect_left

from saidvsdone.facts.context import Fact, mentions_in, sentence_of, words_after, words_before
from saidvsdone.facts.words import PRONOUNS, REPORTING_VERBS
from saidvsdone.matcher import fail_fast


def attribution_of(ctx, fact: Fact, s_start: int, s_end: int) -> str:
    said = _sentence_sources(ctx, s_start, s_end)
    if isinstance(said, str):
        return said       # "according to …"
    speakers, reports = said
    best = None
    for v_start, speaker, verb in speakers:
        distance = abs(v_start - fact.anchor)
        before_fact = v_start <= fact.anchor
        score = (0 if before_fact else 1, distance)
        if best is None or score < best[0]:
            best = (score, f"{speaker} {verb}")
    if best is not None:
        return best[1]
    if reports:
        return reports
    quoted = quoted_speaker(ctx, fact.anchor)
    return f"{quoted} (quote)" if quoted else ""


_IN_PLACE = re.compile(r"\b([a-z]+)\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?=\s+$)")
_ACCORDING = fail_fast(r"\baccording\s+to\s+([^,.;:“”\"]+)", re.IGNORECASE)
_HIM_HER = re.compile(r"(?:him|her)", re.IGNORECASE)
_REPORTS = fail_fast(r"\b(?:(?:as\s+yet\s+)?(?:unverified|unconfirmed)\s+reports|reports\s+"
                      r"(?:state|say|said|suggest|indicate)|(?:was|were)\s+reported|reportedly)\b", re.IGNORECASE)


def _sentence_sources(ctx, s_start: int, s_end: int):
    """What in the sentence ``ctx.text[s_start:s_end]`` says who states its facts, read once per
    sentence (not once per fact: a sentence often holds several): "according to …" as the
    attribution itself, or the (verb start, speaker, verb) of its reporting verbs with a speaker
    and its "reportedly" phrase ("" when none)."""
    cache = ctx.__dict__.setdefault("_sentence_sources", {})
    found = cache.get((s_start, s_end))
    if found is not None:
        return found
    text = ctx.text
    sentence = text[s_start:s_end]
    according = _ACCORDING.search(sentence)
    if according:
        who = according.group(1).strip()
        if _HIM_HER.fullmatch(who):
            person = person_before(ctx, s_start + according.start(1))
            who = person or who
        found = f"according to {who}"
    else:
        reports = _REPORTS.search(sentence)
        speakers = []
        verbs = REPORTING_VERBS.forms()  # the plain dict: one look-up a word
        for w in words_after(ctx, s_start, 400, s_end):
            verb = verbs.get(w[2].lower())
            if verb is None:
                continue
            if w[2][0].isupper() and w[0] != s_start:
                continue
            speaker = speaker_of(ctx, w[0], w[1], s_start, s_end)
            if speaker:
                speakers.append((w[0], speaker, verb))
        found = (speakers, reports.group().strip() if reports else "")
    cache[(s_start, s_end)] = found
    return found


def speaker_of(ctx, v_start: int, v_end: int, s_start: int, s_end: int) -> str:
    """Who speaks with the reporting verb at ``v_start``: the words just before it
    ("the Russian defence ministry said", "he said"), or just after it ("…,” said Putin)."""
    text = ctx.text
    right = v_start
    speaker_nouns = ctx.v.cues.get("speaker_noun", frozenset())
    # "the defence ministry in Moscow said": the place after the speaking noun is part of the speaker,
    # not the speaker ("Moscow said")
    placed = _IN_PLACE.search(text, max(s_start, v_start - 60), v_start)
    if placed and placed.group(1).lower() in speaker_nouns:
        right = placed.start(1) + len(placed.group(1))
    before = words_before(ctx, right, 7, s_start)
    picked = []
    end_written = v_start if right != v_start else None
    for w in before:
        lower = w[2].lower()
        if "," in text[w[1]:right]:
            break
        right = w[0]
        if not picked and lower in ("also", "has", "had", "have", "then", "later", "again"):
            continue
        if w[2][0].isupper() or lower in speaker_nouns or lower in ("he", "she"):
            picked.append(w)
            if lower in ("he", "she", "the"):
                break
            continue
        break
    while picked and picked[-1][2].lower() in ("but", "and", "however", "as", "while", "when"):
        picked.pop()
    if picked and not (len(picked) == 1 and picked[0][2] in ("The", "But", "And", "As")):
        start = picked[-1][0]
        end = end_written or picked[0][1]
        if picked[-1][2] == "The" or text[max(s_start, start - 4):start].lower().endswith("the "):
            if picked[-1][2] != "The":
                start = text.rfind("the", s_start, start)
        return display_speaker(ctx, text[start:end], v_start)
    after = re.match(r"\s+((?:[A-Z][\w’'.-]+\s+){0,4}[A-Z][\w’'.-]+|the\s+[a-z]+(?:\s+[a-z]+)?)",
                     text[v_end:s_end])
    if after and re.search(r"[”\"’,]\s*$", text[max(s_start, v_start - 4):v_start]):
        return display_speaker(ctx, after.group(1), v_start)
    return ""


def display_speaker(ctx, written: str, pos: int) -> str:
    written = written.strip()
    lower = written.lower()
    if lower in ("he", "she"):
        return person_before(ctx, pos) or written
    if lower.startswith("the ") and written.split()[-1].lower() in ("president", "leader"):
        person = person_before(ctx, pos)
        return person or written
    for mention in mentions_in(ctx, pos - len(written) - 8, pos):
        if mention.kind == "person":
            return mention.display
    if lower.split()[0] in ("it", "this", "that", "there", "which", "who", "what", "and",
                            "but", "as", "however", "when", "while", "the"):
        return written if lower.startswith("the ") else ""
    return written


def person_before(ctx, pos: int) -> str:
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0 and pos - ctx.mentions[i].start < 3000:
        mention = ctx.mentions[i]
        if mention.kind in ("person", "pronoun-person") and mention.side and \
                mention.display and mention.display[0].isupper() and \
                mention.display.lower() not in PRONOUNS:
            return mention.display
        i -= 1
    return ""


def quoted_speaker(ctx, pos: int) -> str:
    """Speaker of an unattributed quote paragraph: the last person heard before it."""
    para_start = ctx.text.rfind("\n", 0, pos) + 1
    if ctx.text[para_start:para_start + 1] not in ("“", '"', "‘", "'"):
        return ""
    index = sentence_of(ctx, pos)
    for s_start, s_end, is_caption in reversed(ctx.sentences[max(0, index - 8):index + 1]):
        if is_caption:
            continue
        for w in reversed(words_after(ctx, s_start, 400, s_end)):
            if w[2].lower() in REPORTING_VERBS and w[0] < pos:
                speaker = speaker_of(ctx, w[0], w[1], s_start, s_end)
                if speaker and speaker[0].isupper():
                    return speaker
    return person_before(ctx, pos)
