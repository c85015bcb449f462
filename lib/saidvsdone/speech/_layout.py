"""The layout of a page: furniture and prose, a live blog's stamped posts and day headers, transcript labels and Q&A
lines, and a colon that introduces words."""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from dataclasses import replace

import pandas as pd

from saidvsdone import mentions as _mentions
from saidvsdone import segment, vocab, when
from saidvsdone.matcher import trie_pattern
from saidvsdone.vocab import speech_words
from saidvsdone.mentions import Mention

from ._acts import _words, Cue, RuleGuard
from ._names import (
    _aged_person, _DATELINE_AFTER, _DATELINE_BEFORE, _GIVEN_NAME, _named_noun, _NOT_MODIFIERS, _of_nationality,
    _OPENING_PHRASE, _STAMP_WORD,
)
from ._speakers import _Reader, _resolve


_DOING_REACH = 2  # paragraphs after a dated doing that its day may reach


_FURNITURE_LINE = re.compile(r"\s*(?:[-•*]\s|\d{1,2}[:.]\d{2}\b)|[^a-z]*$")



#: a wire's slug glued to its subject by a hyphen ("factbox-kostiantynivka", "explainer-why …"): the slug's word
_WIRE_SLUG = re.compile(r"([a-z]+(?: [a-z]+)?)-\S")

def _prose_reach(text: str, paragraphs, paragraph: int, skipped: frozenset = frozenset()) -> int:
    """The end of the second paragraph of prose after ``paragraph`` (a live blog's bullets, all-caps
    subheads and time stamps are no paragraphs of prose: "Putin visited Kursk on Wednesday" in a
    bullet reaches the meeting two subheads below; nor are the ``skipped`` paragraphs, captions and
    related links: ``Document.interruptions``)."""
    end, counted = paragraphs[paragraph][1], 0
    for k in range(paragraph + 1, len(paragraphs)):  # (no slice: a copy of every paragraph after, per call)
        a, b = paragraphs[k]
        end = b
        if k not in skipped and not all(_FURNITURE_LINE.match(line) for line in text[a:b].split("\n") if line.strip()):
            counted += 1
            if counted >= _DOING_REACH:
                break
    return end


# a live blog's or a round-up's day header: a line that is only a day ("Thursday 9 May", "Friday, May 10, 2024")
_HEADER_KINDS = ("explicit", "weekday_day", "weekday", "iso", "numeric")
# a live-blog post's time stamp opening a line ("09.41 BST", "10:15 GMT — Zelensky said …")
_STAMP_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}[.:]\d{2}\b(?![.:/]\d)")
_LIVE_LABEL = re.compile(r"^\s*(?:Live(?:\s+(?:updates?|blog|coverage|report))?|As\s+it\s+happened|Key\s+events)\b", re.IGNORECASE)
_HEADER_REST = re.compile(r"[\s,.:;()\[\]|*#–—-]*")


# a live-blog post's dated time stamp on a line of its own: "Mon 18 Nov 2024 00.40 GMT", "18 November 2024, 09:15"
_STAMP_CLOCK = re.compile(r"[ \t]*\d{1,2}[.:]\d{2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*"
                          r"(?:(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|ET|EST|EDT|IST|Kyiv\s+time)(?:[+-]\d{1,2})?)?[ \t]*")
_STAMP_CANDIDATE = re.compile(r"(?m)^[^\n]{0,40}\d[^\n]{0,12}\d{1,2}[.:]\d{2}[^\n]{0,16}$|^[ \t]*[A-Z][a-z]{2,8}\.?,?[ \t]+\d{1,2}[.:]\d{2}[^\n]{0,16}$")
_STAMP_REACH = 31  # days before the page's that a post stamp with no year ("Tue 14 Mar 09.40 GMT") may name (dt27)
_STAMPED_KINDS = ("weekday", "relative", "relative_far", "weekday_week", "ago", "day_of_month", "nth_weekday", "this")


def _post_stamps(reader: _Reader) -> list[tuple]:
    """A live blog's posts stamped with their day and time ("Mon 18 Nov 2024 00.40 GMT"; with no year, "Tue 14 Mar
    09.40 GMT", "14 March, 21:05", "Tuesday 18:10", a day of the month before the page's: dt27; two or more such
    lines): (start, end, day) of each post. A post was written on its stamp's day, so its "on
    Monday", "yesterday" and "last week" count from that day, not from the page's date (a blog
    published on Sunday runs past midnight into Monday's posts). The stamp dates nothing by itself
    (it is when the post was written, not when the words were said: ``_is_dateline``)."""
    text, stamps = reader.text, []
    for line in _STAMP_CANDIDATE.finditer(text):
        found = when.find(text, line.start(), line.end())
        if len(found) != 1 or found[0].kind not in _HEADER_KINDS:
            continue
        rest = text[line.start():found[0].start] + text[found[0].end:line.end()]
        clock = _STAMP_CLOCK.search(rest)
        if clock is None or not _HEADER_REST.fullmatch(rest[:clock.start()] + rest[clock.end():]):
            continue
        day = when.resolve(found[0], reader.doc.published).day
        if not pd.isna(day) and (re.search(r"\d{4}", found[0].text) or not pd.isna(reader.doc.published) and
                                 reader.doc.published.normalize() - pd.Timedelta(days=_STAMP_REACH) <= day
                                 <= reader.doc.published.normalize()):
            # ("Tue 14 Mar 09.40 GMT", "14 March, 21:05", "Tuesday 18:10": no year, a day of the blog's last weeks)
            stamps.append((line.start(), day))
    if len(stamps) < 2:
        return []  # one dated time stamp: the page's, not a post's
    return [(start, stamps[i + 1][0] if i + 1 < len(stamps) else len(text), day)
            for i, (start, day) in enumerate(stamps)]


# a post that relays a reporter's own dispatch ("Our correspondent in Kharkiv, A B, has sent this dispatch", "Our
# correspondent A B reports from Zaporizhzhia that …"): the ``dispatch_noun`` words of data/speech_words.csv
_DISPATCH = vocab.TablePattern("dispatch", ("speech_words",), lambda: r"\b(?:[Oo]ur|[Tt]his\s+(?:paper|newspaper)['’]s)\s+"
                               r"(?:[\w’'-]+\s+){0,3}?(?:" + (trie_pattern(speech_words()["dispatch_noun"], spaces=True)
                                                              or "(?!)") + r")s?\b")


def _stamped_posts(reader: _Reader, stamps: list[tuple]) -> list[tuple]:
    """A live blog's posts stamped with their day ("Wed 8 Mar 2023 10.05 GMT", two or more: :func:`_post_stamps`) as
    day headers, (start, end, day, words): a post was written that day, and whoever speaks in it with no day of their
    own spoke on it, as under a "Thursday 9 May" header (dt20). Not a post relaying a reporter's own dispatch ("Our
    correspondent … has sent this dispatch from a field hospital"): when the reporter met the people quoted is not
    told, so their words keep no day."""
    text = reader.text
    posts = []
    for start, end, day in stamps:
        if any(not reader.doc.in_quote(m.start()) for m in _DISPATCH.finditer(text, start, end)):
            continue
        line_end = text.find("\n", start)
        posts.append((start, end, day, text[start:line_end if line_end >= 0 else len(text)].strip()))
    return posts


def _dateline_day(reader: _Reader):
    """The day of a dateline opening the copy ("KYIV, March 1 (Reuters) -", "MOSCOW, Oct 7 —") when it
    is before the page's date (up to three days) and no weekday in the copy comes after it: the story
    was written that day, so its "today", "yesterday", "this morning" count from it. The dateline dates
    no words by itself (``_is_dateline``)."""
    text, published = reader.text, reader.doc.published
    if pd.isna(published):
        return None
    for e in when.find(text, 0, min(len(text), 400)):
        before = _DATELINE_BEFORE.search(text, max(0, e.start - 60), e.start)
        if before is None or _STAMP_WORD.search(before.group(0)) \
                or not _DATELINE_AFTER.match(text, e.end):
            continue
        day = when.resolve(e, published).day
        if pd.isna(day) or not published.normalize() - pd.Timedelta(days=3) <= day < published.normalize():
            return None
        # a weekday after the dateline's day ("said early on Saturday" under "KYIV, Feb 16"): copy updated
        # since it was filed, so the dateline is not the day it was written
        later = any(w.kind in ("weekday", "weekday_day") and not pd.isna(when.resolve(w, published).day)
                    and when.resolve(w, published).day > day for w in reader.dates_between(e.end, len(text)))
        return None if later else day
    return None


# a recording stamp in the page's head ("Podcast | 38 min | Recorded Tuesday 4 March, out Thursday", "Taped on
# Monday · released Wednesday"): a recorded programme's episode page (dt23)
# (the ``recording_stamp`` verbs of data/speech_words.csv, as written in lower case, capitalised or in capitals)
_RECORDED_STAMP = vocab.TablePattern("recording_stamp", ("speech_words",), lambda: r"(?:^|[|·•—–]\s*|\.\s+)(?:" + "|".join(
    sorted({form for w in speech_words()["recording_stamp"] for form in (re.escape(w), re.escape(w.capitalize()),
                                                                          re.escape(w.upper()))},
           key=lambda w: (-len(w), w)))
    + r")\s+(?:on\s+)?(?=\S)" if speech_words()["recording_stamp"] else r"(?!)")
# a paragraph after which the page no longer tells the episode ("Update, Thursday: …", "UPDATE: …", "Since we
# recorded, …")
_AFTER_RECORDING = re.compile(r"\s*(?:(?:[Uu]pdate|UPDATE)\b[^:\n]{0,40}:|Since\s+(?:we|this\s+episode\s+was)\s+recorded\b)")


def _recording_day(reader: _Reader):
    """(start, end, day, words) of a recorded programme's stamp in the first lines of the page ("Recorded Monday 10
    March, released Wednesday" under a podcast's title), else None: the words of the episode (its summary in the
    present tense, its pulled quotes, its deck) were said that day, not on the page's day (dt23). It reaches from
    the top of the page to the first paragraph that tells of a time after the recording ("Update, Wednesday: …")."""
    text, doc, published = reader.text, reader.doc, reader.doc.published
    if pd.isna(published):
        return None
    head = text[:doc.paragraphs[min(7, len(doc.paragraphs) - 1)][1]].lower() if doc.paragraphs else ""
    if not any(w in head for w in speech_words()["recording_stamp"]):
        return None  # (most pages: no stamp verb in their first lines)
    for a, b in doc.paragraphs[:8]:
        if b - a > 300:
            continue  # (a stamp line, not a paragraph of prose)
        for m in _RECORDED_STAMP.finditer(text, a, b):
            e = next(iter(when.find(text, m.end(), min(b, m.end() + 40))), None)
            if e is None or e.start != m.end() or e.kind in ("vague", "relative_far"):
                continue
            day = when.resolve(e, published).day
            if pd.isna(day) or day > published.normalize() or day < published.normalize() - pd.Timedelta(days=31):
                continue
            end = next((x for x, _ in doc.paragraphs if x > b and _AFTER_RECORDING.match(text, x)), len(text))
            return (0, end, day, e.text)
    return None


def _day_headers(reader: _Reader) -> list[tuple]:
    """Scenes opened by day headers: the posts under "Thursday 9 May" were written that day, so
    whoever speaks in them with no day of their own spoke on it (until the next day named). A
    header with a clock time is a page's time stamp (``_is_dateline``), not one of these."""
    text, doc, headers, stops = reader.text, reader.doc, [], []
    labels = 0  # speaker label lines with a day among the headers
    stamped = _STAMP_LINE.search(text) is not None
    previous = -1  # where the paragraph before starts
    for a, b in doc.paragraphs:
        before, previous = previous, a
        if b - a > 60 and not (b - a <= 200 and _LABEL_LINE.search(text, a, b)):
            continue
        found = reader.dates_between(a, b)
        if not found and _LABEL_LINE.search(text, a, b):
            found = when.find(text, a, b)  # ("(Tuesday, 21:14):": a day with its clock time, not the page's stamp)
            if not found and headers:
                stops.append(a)  # "A channel (Telegram):": another post with no day ends the one above it
                continue
        if not found and not stamped and _segment_subhead(text, a, b):
            # a round-up's "What to watch next week" (no stamped posts): a section of no day; a subhead right under a
            # day header ("Fighting in the east") heads that day's paragraphs
            if headers and headers[-1][0] < before:
                stops.append(a)
            continue
        if _CAPITALS_LINE.fullmatch(text, a, b) and (not found or not _HEADER_REST.fullmatch(
                text[a:found[0].start] + text[found[-1].end:b])):
            # a round-up's day header in capitals ("MONDAY, MARCH 3", none read; "TUESDAY, OCTOBER 7", its month and day
            # alone read): read as written in title case (same length)
            found = [replace(e, start=a + e.start, end=a + e.end, text=text[a + e.start:a + e.end])
                     for e in when.find(text[a:b].title())]
            if not found and not re.search(r"\d", text[a:b]):
                stops.append(a)  # "LOOKING AHEAD", "WHAT COMES NEXT": a section of no day ends the day above it
                continue
        if len(found) == 1 and found[0].kind in ("relative", "weekday") and _SECTION_DAY.fullmatch(text, a, b):
            pass  # a newsletter's section "Today", "A recap of yesterday's talks", "Monday's meeting in Riga" (dt18)
        elif len(found) == 1 and found[0].kind in _HEADER_KINDS and _label_line_day(text, a, b, found[0]):
            labels += 1  # a round-up's speaker label "Name, role (Tuesday, 21:14):" over the post's words (dt23)
        elif len(found) != 1 or found[0].kind not in _HEADER_KINDS \
                or not _HEADER_REST.fullmatch(_LIVE_LABEL.sub("", text[a:found[0].start]) + text[found[0].end:b]):
            continue  # ("Live updates, Tuesday 3 November 2026": the blog's label before its day)
        day = when.resolve(found[0], doc.published).day
        if not pd.isna(day):
            headers.append((found[0].start, day, found[0].text))
    if len(headers) == 1 and not stamped and not labels:
        return []  # one date line and no time-stamped posts: the page's date under its title, no day header
    ends = [headers[i + 1][0] if i + 1 < len(headers) else len(text) for i in range(len(headers))]
    return [(start, min([end] + [x for x in stops if start < x < end]), day, words)
            for (start, day, words), end in zip(headers, ends)]


# a week-in-review's run-in day opening a paragraph: "TUESDAY — The ministry said …", "Tuesday: …", "Friday – …" (mt8)
_RUN_IN_DAY = re.compile(r"[ \t]*(?P<day>" + when.WEEKDAYS + "|" + when.WEEKDAYS.upper() + r")[ \t]*(?:[—–-]{1,2}|:)[ \t]+(?=[“\"‘'A-Z])")


# a timeline's entry stamp opening a paragraph: "Feb. 17 — The ministry said …", "17 February – …", "March 3: …" (a
# month and a day, no year, no place before it; a dash or a colon after it, never a wire's "Feb 21 (Reuters) -") (mt9)
_ENTRY_STAMP = re.compile(r"[ \t]*(?P<day>" + when.MONTHS + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?|"
                          r"\d{1,2}(?:st|nd|rd|th)?[ \t]+" + when.MONTHS + r")"
                          r"[ \t]*(?:[—–]|:)[ \t]+(?=[“\"‘'A-Z])")


def _run_in_days(reader: _Reader) -> list[tuple]:
    """A round-up's paragraphs led by a run-in day ("TUESDAY — The ministry said …. Its spokesman added …"), as day
    headers over their own paragraph, (start, end, day, words): whoever speaks in it with no day of their own spoke
    that day; the next paragraph is the digest's next item, no longer that day's (mt8). A timeline's entry stamp
    ("Feb. 17 — …", ``_ENTRY_STAMP``) heads its entry the same way, its year the page's latest before it (mt9)."""
    text, out = reader.text, []
    for a, b in reader.doc.paragraphs:
        lead = _RUN_IN_DAY.match(text, a, b)
        if lead is None:
            stamp = _ENTRY_STAMP.match(text, a, b)
            found = when.find(text, stamp.start("day"), stamp.end("day")) if stamp else []
            if len(found) == 1 and found[0].end <= stamp.end("day"):
                day = when.resolve(found[0], reader.doc.published).day
                if not pd.isna(day) and day <= reader.doc.published:
                    out.append((found[0].start, b, day, found[0].text))
            continue
        # (read here, not as a time cue of the text: "TUESDAY — " in capitals is cut from its sentence as a dateline is)
        start, end = lead.span("day")
        day = when.resolve(when.DateExpression(start, end, text[start:end].title(), "weekday"), reader.doc.published).day
        if not pd.isna(day):
            out.append((start, b, day, text[start:end]))
    return out


# a round-up's speaker label line: "Name, role (Tuesday, 21:14):", "A channel (Monday):", "The ministry (Wednesday,
# morning summary):": a line that ends on a parenthesis and a colon, over the stand-alone paragraphs of the post (dt23)
_LABEL_LINE = re.compile(r"\(([^()\n]{3,80})\)[ \t]*:[ \t]*$")


def _label_line_day(text: str, a: int, b: int, e) -> bool:
    """Whether the paragraph ``a``–``b`` is a speaker label line whose closing parenthesis holds the day ``e`` (the
    day its post went out; a clock time and an occasion's words may stand with it: "(evening address, Monday)")."""
    found = _LABEL_LINE.search(text, a, b)
    return found is not None and found.start(1) <= e.start and e.end <= found.end(1) and "\n" not in text[a:b]


# a section heading of a newsletter or round-up that names its day: "Today", "Yesterday", "A recap of yesterday's talks",
# "Monday's meeting in Riga" (a day's gathering, possessive); the words in the section below with no day of their own
# were said on it, like those under a live blog's "Thursday 9 May" (dt18)
_SECTION_DAY = re.compile(r"[ \t]*(?:[Tt]oday|[Yy]esterday"
                          r"|(?:[A-Z][\w-]*[ \t]+(?:[\w-]+[ \t]+){0,3})?(?:[Yy]esterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                          r"[’'\u2019]s[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:talks|meeting|summit|session|briefing|conference|"
                          r"negotiations|forum|council|call)(?:[ \t]+(?:in|at|on|with)[ \t]+(?:[\w-]+[ \t]*){1,3})?)[ \t]*:?[ \t]*")


def _segment_subhead(text: str, a: int, b: int) -> bool:
    """A short subhead line ("What to watch next week"; see ``document._SHORT_SUBHEAD``) of two words or more."""
    from saidvsdone.document import short_subhead
    return len(text[a:b].split()) > 1 and short_subhead(text, a, b)


# a line in capitals with letters (a round-up's "MONDAY, MARCH 3", a section's "LOOKING AHEAD"): no lower-case letter
_CAPITALS_LINE = re.compile(r"[^a-z\n]*[A-Z]{3}[^a-z\n]*")


def _reach_scene(reader: _Reader, paragraph: int) -> int:
    """Where a dated scene's passage ends for others who speak in it: before the first paragraph
    after it in which nobody speaks (no speech verb, no quote)."""
    paragraphs, end = reader.doc.paragraphs, reader.doc.paragraphs[paragraph][1]
    for a, b in paragraphs[paragraph + 1:]:
        if not reader.cues_between(a, b) and not any(c in reader.text[a:b] for c in '"“”'):
            break
        end = b
    return end


_COLON = re.compile(r"\s*:\s+")
#: "He went on:", "Asked about X, the general was blunt:", "She put it simply:": the subject carries on, no speech verb
_WENT_ON = re.compile(r"\s*[^.:;\n“”\"]{1,90}?\s((?:went|goes|then\s+went)\s+on|(?:was|were|is|are)\s+(?:more\s+|very\s+)?"
                      r"(?:blunt|blunter|clear|clearer|brief|direct|frank|emphatic|unequivocal|adamant|defiant|categorical)"
                      r"|put\s+it\s+(?:bluntly|simply|plainly|this\s+way|differently))\s*:(?:\s|$)")


#: a transcript's speaker label opening a paragraph: "HODGES:", "SECRETARY AUSTIN:", "GEN. MILLEY:"
_SPEAKER_LABEL = re.compile(r"[ \t]*((?:[A-Z][A-Z.’'-]*[ \t]+){0,3}[A-Z][A-Z’'-]*)[ \t]*:[ \t]")


def _transcript_label(reader: _Reader, start: int) -> tuple[Mention | None, Cue] | None:
    """A speaker label in capitals opening the paragraph at ``start`` (None: there is none), with the
    person it names (None for the questioner: "Q:", "MODERATOR:", an outlet's name)."""
    if start and reader.text[start - 1] != "\n":
        return None
    label = _SPEAKER_LABEL.match(reader.text, start)
    if label is None:
        return None
    who = reader.who
    if label.group(1) in who.alias_to_name or any(w.capitalize() in who.country_of_form for w in label.group(1).split()):
        return None  # "ISW: …", "RUSSIA: …": a headline's source or a dateline, read as any colon
    cue = Cue(label.end(1), label.end(), ":", "speech")
    titles = who.title_words
    words = [w.capitalize() for w in label.group(1).split() if w.lower() not in titles]
    if not words or any(w.lower() in who.not_names for w in words):
        return None, cue
    name = who.alias_to_name.get(words[-1]) or who.alias_to_name.get(" ".join(words))
    if not name:  # a full name in capitals starts with a known first name ("WALL STREET JOURNAL:" does not)
        name = (" ".join(words) if len(words) > 1 and words[0] in who.first_names
                else _mentions.full_name(reader.doc, words[-1], label.start(1), who))
    if not name or not _mentions.could_be_person(name, who):
        return None, cue
    return Mention(label.start(1), label.end(1), name, label.group(1), "label"), cue


_ASKED_LEAD = re.compile(r"\s*(?:Asked|Pressed|Questioned)\s[^,.;:?!“”\"\n]{1,100},\s*")


_COLON_GUARD = RuleGuard(_SPEAKER_LABEL, _COLON)
#: a speaker label line whose brackets hold a clock time before the colon that ends it: "A B, … (Tuesday, 21:14):"
_STAMPED_LABEL = re.compile(r"[^\n()]{1,160}\([^()\n]{0,30}\d{1,2}:\d{2}[^()\n]{0,20}\):(?=[^\S\n]*(?:\n|$))")
#: a speaker label line opening with a name in marks, an apposition and a colon that ends the line (sk26)
_QUOTED_LABEL = re.compile(r"[ \t]*[“\"]([^“”\"\n]{1,60})[”\"],[^\S\n]+(?:an?|the|one)[^\S\n][^\n“”\"]{1,200}:(?=[^\S\n]*(?:\n|$))")


def _is_title(words: str) -> bool:
    from saidvsdone.attribution import _is_title as is_title  # (attribution imports this package)
    return is_title(words)


def _colon_introducer(reader: _Reader, s_start: int, s_end: int) -> tuple[Cue, Mention] | None:
    """A sentence opening with a speaker and a colon, with no speech verb: the speaker of what
    follows (a dateline such as "MOSCOW:" is a place, not a speaker)."""
    if not reader.may_match(_COLON_GUARD):
        return None  # every reading below ends on a colon (the label's, "went on:", ``_COLON``): none in the article
    text = reader.text
    linked = max(segment.link_label(text, s_start, s_end), segment.line_marker(text, s_start, s_end))
    if linked > 0:  # "Read also: Zelensky: «…»" (claim_words.csv link_label), "• Zelensky: …", "10.15 BST: Zelensky: …"
        s_start = s_end - len(text[linked:s_end].lstrip())
    label = _transcript_label(reader, s_start)
    if label is not None:  # "HODGES: …" names its person; "Q: …", "MODERATOR: …" nobody
        return (label[1], label[0]) if label[0] is not None else None
    quoted = _QUOTED_LABEL.match(text, s_start)
    if quoted is not None and _is_title(quoted.group(1)):
        # "“Grey Heron”, a nationalist channel followed by 90,000 people (Monday):" — a label line naming a channel or a pen
        # name in marks (a name, not words said: ``attribution._kind``), its posts below (sk26)
        colon = quoted.end() - 1
        return Cue(colon, colon + 1, ":", "speech"), \
            Mention(quoted.start(1), quoted.end(1), quoted.group(1), quoted.group(1), "unknown name")
    if text.find(":", s_start, min(s_end, s_start + 130)) < 0:
        return None  # (most sentences) both readings below end on a colon within these characters: no match
    went = _WENT_ON.match(text, s_start, min(s_end, s_start + 130))
    found = reader.mentions_between(s_start, went.start(1)) if went is not None else []
    if found:  # "He went on:", "The minister then went on:" — the speaker carries on
        speaker = _resolve(reader, found[-1], found[-1].start)
        if speaker is not None and speaker.speaker and speaker.how not in ("country", "unresolved pronoun"):
            return Cue(went.start(1), went.end(1), went.group(1), "speech"), speaker
    head = text[s_start:min(s_end, s_start + 90)]
    colon = head.find(":")
    stamped = _STAMPED_LABEL.match(text, s_start) if 0 <= colon and not _COLON.match(text, s_start + colon) else None
    if stamped is not None:  # "A B, commander of … (Tuesday, 21:14):": the label's colon, not the clock's (sk26)
        colon = stamped.end() - 1 - s_start
    asked = _ASKED_LEAD.match(text, s_start, s_start + colon) if colon > 0 else None
    if colon <= 0 or not _COLON.match(text, s_start + colon) \
            or reader.cues_between(asked.end() if asked is not None else s_start, s_start + colon):
        return None  # ("Asked what they needed, the commander put it in one word: …": the question's verb is no cue)
    label = " ".join(head[:colon].replace("’", "'").lower().split())
    if label in _mentions.rubrics() or _WIRE_SLUG.match(label) and _WIRE_SLUG.match(label).group(1) in _mentions.rubrics():
        return None  # "Correction: …", "Key takeaways: …": the outlet's furniture (claim_words.csv rubric), nobody
        # (nor a wire's slug before its subject: "FACTBOX-Kostiantynivka: what each side says …")
    named = _named_before_colon(reader, s_start, s_start + colon)
    if named is not None:  # "Asked …, the woman answers: …" after "… Her name is Halyna": the one so named
        return Cue(s_start + colon, s_start + colon + 1, ":", "speech"), named
    written = _STATEMENT_BEFORE_COLON.fullmatch(text, s_start, s_start + colon)
    author = _statement_author(reader, written.group(1), s_start) \
        if written is not None and written.group(1) in _words("statement_noun") else ""
    if author:  # "The report's findings are stark: …" after "X said in a report …": X's words below
        return Cue(s_start + colon, s_start + colon + 1, ":", "speech"), \
            Mention(written.start(1), written.end(1), author, text[written.start():written.end(1)].strip(), "role")
    found = reader.mentions_between(s_start, s_start + colon)
    apposed = bool(found) and found[-1].how in ("name", "title", "unknown name") and not text[
        found[-1].end:s_start + colon].strip() and text[s_start:found[-1].start].rstrip().endswith(",")
    found = found[-1:] if apposed else found  # "The brigade's press officer, A B: …": the name that ends the label
    titled = not apposed and bool(found) and found[-1].how in ("name", "title", "unknown name") \
        and not text[found[-1].end:s_start + colon].strip() and _titles_before(reader, text[s_start:found[-1].start]) \
        and text[s_start + colon + 1:s_start + colon + 4].lstrip()[:1] in ("“", '"', "«", "„", "‘", "'")  # (a quote after)
    if titled and _mentions.could_be_person(found[-1].speaker, reader.who):
        # "Kremlin spokesman Dmitry Peskov: “…”", "* Ukrainian Foreign Minister A B: “…”": a factbox's label, the
        # titles before the name
        speaker = _resolve(reader, found[-1], found[-1].start)
        if speaker is not None and speaker.speaker:
            return Cue(s_start + colon, s_start + colon + 1, ":", "speech"), speaker
    if len(found) == 1 and found[0].how == "pronoun" and found[0].as_written in ("He", "She") \
            and found[0].start == s_start and _SHORT_PREDICATE.fullmatch(text, found[0].end, s_start + colon):
        # "She disagreed: “…”", "He was blunt: “…”": the one the pronoun stands for
        speaker = _resolve(reader, found[0], found[0].start)
        if speaker is not None and speaker.speaker and speaker.how != "unresolved pronoun":
            return Cue(s_start + colon, s_start + colon + 1, ":", "speech"), speaker
    fronted = _OPENING_PHRASE.match(text, s_start, s_start + colon)
    aged = _AGED_BEFORE_COLON.fullmatch(text, fronted.end() if fronted is not None else s_start, s_start + colon) \
        if not found else None
    person = _aged_person(reader, aged.group(1), aged.start()) if aged is not None else ""
    if person:  # "Asked about his future, the 52-year-old did not hesitate: “…”": the one the article gave that age
        return Cue(s_start + colon, s_start + colon + 1, ":", "speech"), \
            Mention(aged.start(), aged.end(1), person, text[aged.start():aged.end(1) + 9], "role")
    if not apposed and (not found or found[0].how in ("country", "pronoun") or found[0].start - s_start > 1):
        role = reader.who.role_regex.match(text, s_start)
        lead = _OPENING_PHRASE.match(text, s_start, s_start + colon) if role is None else None
        if lead is not None and lead.end() > s_start:
            # "Asked what the company needed most, the commander put it in one word: “…”": the subject after the
            # fronted phrase, a short predicate before the colon
            role = reader.who.role_regex.match(text, lead.end())
            if role is not None and role.group(0)[:1] in "Tt" \
                    and not _SHORT_PREDICATE.fullmatch(text, role.end(), s_start + colon) \
                    and not re.fullmatch(r"(?:\s+[a-z][a-z’'-]*){1,6}\s*", text[role.end():s_start + colon]):
                role = None
        if role is not None and role.end() <= s_start + colon:
            found = [Mention(role.start(), role.end(), "", role.group(0), "role")]
        else:  # "Zelensky's adviser on the war:" — a speaker the reader cannot name
            label = text[s_start:s_start + colon].strip()
            head = re.split(r"\s+(?:on|of|for|in|at)\s+", label)[0]
            words = re.findall(r"[\w’'-]+", head)
            if len(words) < 2 or words[-1].lower() not in _words("speaking_noun") | {"adviser", "advisor", "aide"}:
                return None  # "Source: index.hr" is furniture
            found = [Mention(s_start, s_start + len(label), "", label, "unnamed source")]
    named = [m for m in reader.mentions_between(found[0].end, s_start + colon) if m.how in ("name", "title", "unknown name")]
    if found[0].how == "role" and named and re.fullmatch(r"\s*,\s*", text[found[0].end:named[0].start]):
        found = named  # "The mayor of Kharkiv, Ihor Terekhov: …": the apposed name
    elif named and (
            (found[0].how in ("name", "title", "unknown name")
             and _POSSESSOR_THEN_ROLE.fullmatch(text, found[0].end, named[0].start))
            or (found[0].how == "unnamed source" and re.search(r"['’]s\s", found[0].as_written)
                and re.fullmatch(r"\s*,\s*", text[found[0].end:named[0].start]))) \
            and _mentions.could_be_person(named[0].speaker, reader.who):
        found = named  # "Marchenko's deputy, Pavlo Hrytsak, put it bluntly: …": the deputy named, not his boss (sk28)
    speaker = _resolve(reader, found[0], found[0].start)
    if speaker is None or speaker.how in ("country", "unresolved pronoun"):
        return None
    return Cue(s_start + colon, s_start + colon + 1, ":", "speech"), speaker


#: "'s deputy, " / "’s chief of staff, ": a possessor's role between the possessor and the name apposed to it (sk28)
_POSSESSOR_THEN_ROLE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,\s*")


#: "The report's verdict is harsh", "The statement reads": a statement noun with "the" as a colon's subject
_STATEMENT_BEFORE_COLON = re.compile(r"[ \t]*[Tt]he[^\S\n]+([a-z]+)(?:['’]s[^\S\n]+[a-z]+)?(?:[^\S\n]+[a-z]+){1,4}[ \t]*")


def _statement_author(reader: _Reader, noun: str, pos: int) -> str:
    """Who put out "the report" (or statement, assessment: ``noun``) that a colon's subject names: the speaker of the
    last speech act before ``pos`` whose sentence names such a document of its own ("X said in a report published on
    Wednesday", "in its annual report, X said"), an institution, not a person; "" when no act did (sk26)."""
    own = re.compile(r"\b(?:in|its|their|a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?" + re.escape(noun) + r"\b")
    for event in reversed(reader.events):
        if event.pos >= pos or not event.speaker:
            continue
        sentence = reader.doc.sentence_at(event.pos)
        if sentence is not None and sentence.start < pos - 3000:
            return ""
        if sentence is not None and own.search(reader.text, sentence.start, sentence.end) \
                and not _mentions.is_person(event.speaker, reader.who):
            return event.speaker
    return ""


#: "the 52-year-old did not hesitate", "The 41-year-old commander put it simply": an age as the subject, a short predicate
_AGED_BEFORE_COLON = re.compile(r"[Tt]he\s+(\d{1,3})-year-old(?:\s+[a-z][\w-]*)?(?:\s+[a-z][a-z’'-]*){1,4}\s*")


def _titles_before(reader: _Reader, words: str) -> bool:
    """Whether ``words`` (before a name that ends a colon's label) are one to five titles: title words, role nouns
    and capitalised words ("Kremlin spokesman", "Ukrainian Foreign Minister", "Army General"), no other word."""
    found = re.findall(r"[^\s]+", words)
    roles = _words("generic_role") | _words("speaking_noun")
    return 0 < len(found) <= 5 and all(
        (w[:1].isupper() and re.fullmatch(r"[\w’'.-]+", w)) or w.lower() in reader.who.title_words or w.lower() in roles
        for w in found)


#: the subject of a colon introducer that an introduction names: "the woman answers", "Before we left, the sergeant had
#: the last word", "His widow put it simply" (a fronted phrase, the noun, a short predicate); "The platoon's medic, a
#: young woman named Oksana, answers the same question differently" (the name in the subject's apposition)
_NOUN_BEFORE_COLON = re.compile(r"(?:(?:[A-Z][^,.;:?!“”\"\n]{1,100}),\s*)?((?:[Tt]he|[Hh]is|[Hh]er)\s+[a-z][\w’'-]*"
                                r"(?:\s+[a-z][\w’'-]*){1,9})\s*")
#: "The American put it this way", "Asked about it, the Finn shook his head": a nationality's person noun as the subject
_NATIONAL_BEFORE_COLON = re.compile(r"(?:(?:[A-Z][^,.;:?!“”\"\n]{1,100}),\s*)?([Tt]he\s+)([A-Z][a-z]+)(?:\s+[a-z][\w’'-]*){1,7}\s*")
_NAMED_IN_SUBJECT = re.compile(r"[A-Z][^,.;:?!“”\"\n]{1,60},\s+(?:an?|one)\s+(?:[\w’'-]+\s+){0,4}?(?:named|called)\s+"
                               + _GIVEN_NAME + r"\s*,(?:\s+[a-z][\w’'-]*){1,7}\s*")


def _named_before_colon(reader: _Reader, a: int, colon: int) -> Mention | None:
    """The speaker of a colon introducer whose subject is a person the copy named with a noun ("the woman answers:"
    after "A woman …. Her name is Halyna"; "the sergeant had the last word:" after "a sergeant named Oleh Dub") or
    names in its own apposition ("The platoon's medic, a young woman named Oksana, answers …:"); None otherwise."""
    text = reader.text
    inside = _NAMED_IN_SUBJECT.fullmatch(text, a, colon)
    if inside is not None:
        name = " ".join(inside.group(1).split())
        return Mention(inside.start(1), inside.end(1), reader.who.alias_to_name.get(name, name), name, "role")
    national = _NATIONAL_BEFORE_COLON.fullmatch(text, a, colon)
    country = _mentions.nationality_noun(text, national.start(2), national.end(2)) if national is not None else ""
    person = _of_nationality(reader, country, national.start(1)) if country else ""
    if person:  # "The American put it this way: …" after "an American volunteer … the call sign Texas": that one
        return Mention(national.start(1), national.end(2), person, text[national.start(1):national.end(2)], "role")
    subject = _NOUN_BEFORE_COLON.fullmatch(text, a, colon)
    if subject is None:
        return None
    words = subject.group(1).split()
    for k in range(1, min(4, len(words) - 1)):  # the noun, after up to two modifiers, before a predicate of a word or more
        if words[k] in _NOT_MODIFIERS or any(w in _NOT_MODIFIERS for w in words[1:k]):
            break
        named = _named_noun(reader, words[k], " ".join(words[1:k]), subject.start(1))
        if named:
            at = subject.start(1)
            end = text.find(words[k], at) + len(words[k])
            return Mention(at, end, named, text[at:end], "role")
    return None


#: "disagreed", "was blunt", "put it simply", "added later": a short predicate of lower-case words before a colon
_SHORT_PREDICATE = re.compile(r"(?:\s+[a-z][a-z’'-]*){1,4}\s*")
