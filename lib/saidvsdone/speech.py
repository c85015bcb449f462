"""The speech layer of a document: who says what, and when.

For every sentence, each speech cue (a speech verb from ``data/speech_cues.csv``, or "according
to") with its subject, the resolved speaker and the statement date (a :class:`SpeechAct`); and
for every quoted span, who said it and how that was found (a :class:`QuoteReading`). Quotes,
claims and facts all read this one layer (``doc.speech``), so a speech verb or a person added to
``data/`` reaches every stage.

How a speaker is found (the ``how`` of a mention, shown as ``attribution`` in the tables): a name
next to a speech verb ("Putin said"), a title ("President Putin"), a role ("the Russian leader")
or a pronoun ("he") resolved to the most recent compatible person (one who spoke, or a sentence's
subject; institutions, media and countries skipped; gender from titles and ``data/first_names.csv``),
"according to X", the previous speaker continuing, or an unnamed source ("officials said").

Example:
    >>> from saidvsdone import corpus, document
    >>> doc = next(document.documents(corpus.from_text(
    ...     "Putin said on Friday that the operation was going to plan.", published="2022-10-14")))
    >>> act = doc.speech.acts[0]
    >>> act.cue.text, act.speaker.speaker, str(act.date.date())
    ('said', 'Vladimir Putin', '2022-10-14')
"""

from __future__ import annotations

import functools
from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field, replace

import pandas as pd

from saidvsdone import mentions as _mentions
from saidvsdone import english, segment, vocab, when
from saidvsdone.matcher import trie_pattern
from saidvsdone.matcher import fail_fast, lazy_fail_fast
from saidvsdone.mentions import Mention
from saidvsdone.vocab import speech_words  # (the table's words by kind; used all through this module)

__all__ = ["Cue", "SpeechAct", "QuoteReading", "Speech", "analyse", "cue_table", "speech_words"]

_SCARE_MAX_WORDS = 5
_ADJACENT_WORDS = 4      # words allowed between a subject and its speech verb
_DATE_AFTER_CUE_WORDS = 25
_WORD = re.compile(r"[A-Za-z]+")
# "did not say", "didn’t say", "never said": no speech act (and no quote of theirs)
# "were reported to have died", "is said to": an agentless passive names no speaker
_PASSIVE_BEFORE = lazy_fail_fast(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s?\s+$")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+$", re.IGNORECASE)
_NEGATED_CUE = fail_fast(r"(?:\bnot|n[’']t|\bnever)\s+(?:\w+\s+)?$", re.IGNORECASE)
# words not (yet) spoken: "had to respond", "will announce", "is expected to say", "plans to address", "declined to say"
_UNREALISED_CUE = fail_fast(r"\b(?:(?:had|has|have|ought|need|needs|needed|going|want|wants|wanted|ready|able|"
                             r"expected|due|plan|plans|planned|hopes?|hoped|intends?|intended|declined|declines|declining|refused|"
                             r"refuses|refusing|failed|fails)\s+to|will|shall|must|"
                             r"should|might|may|can|cannot)\s+$", re.IGNORECASE)
# a speech verb under "would"/"could" inside what another speech verb of the sentence reports ("He said Washington
# would announce a package “in the coming days”", "Peskov said Russia would respond in a way that would be “painful”"):
# an act to come in the reported words, not a statement (the quote is the reporting speaker's)
_REPORTED_MODAL = fail_fast(r"\b(?:said|says|told\s+[\w-]+|added|warned|stressed|insisted)\s+(?:that\s+)?"
                            r"[^,.;:!?“”\"\n]{1,50}?\s+(?:would|could)\s+(?:(?:also|soon|later|then|not|never)\s+)?$",
                            re.IGNORECASE)
_COORDINATED = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:(?:also|then|later|has|had|have)\s+)?$")


def _coordinated_before(text: str, start: int, end: int):
    """``_COORDINATED.search(text[start:end])`` read in the last 64 characters when they hold ten characters or more
    that are not white space: a match holds at most nine (a comma, "and"/"but", one of its adverbs), only white space
    makes it longer, so none starts before them (a sentence of many verbs is not read from its start for each one)."""
    tail = max(start, end - 64)
    if tail > start and len("".join(text[tail:end].split())) < 10:
        tail = start
    return _COORDINATED.search(text[tail:end])
# People who speak without a name: "officials said", "a senior official said".
# a place after a group of people: "in Kyiv", "in the city", "on the front line", "near Pokrovsk"
_PLACE_AFTER = (r"\s+(?:(?:in|from|at|near|outside)\s+(?:the\s+)?(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|(?:city|town|village|region|"
                r"area|capital|port|trenches|east|west|north|south|hospital|camp|field)\b)|on\s+the\s+front(?:\s*line)?\b)")
_PLACE_TAIL = re.compile(_PLACE_AFTER + "$")


def _speaking_groups() -> str:
    """The ``speaking_group`` words of ``data/speech_words.csv`` as an alternation: people who speak without a name
    ("officials said", "analysts at the ISW said")."""
    return trie_pattern(_words("speaking_group"))  # (a prefix trie: what the longest-first alternation matches)


def _unnamed_subject_regex() -> re.Pattern:
    """An unnamed subject ending where its verb starts (built once per vocabulary)."""
    def build():
        return re.compile(
            r"(?:^|[\s,])((?:[Aa]nother|[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]heir|[Ii]ts)"
            r"(?:\s+(?:U\.S\.|U\.K\.|[\w’'-]+)){1,5}|(?:[\w’'-]+\s+){0,3}(?i:" + _speaking_groups() + r"|assessments|estimates)"
            r"(?:" + _PLACE_AFTER + r")?)$")  # "Officials in Kyiv", "soldiers in the city"
    return vocab.compiled("unnamed_subject", ("speech_words",), build)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    kind: str          # speech, or source ("according to")


@dataclass(frozen=True)
class SpeechAct:
    """A speech cue in a sentence, with its speaker and the statement date."""

    sentence: tuple[int, int]
    cue: Cue
    speaker: Mention
    date: object              # Timestamp, or None when the sentence names no day
    date_text: str


@dataclass
class QuoteReading:
    """What the speech layer says of one quoted span."""

    speaker: str = ""
    as_written: str = ""
    attribution: str = ""
    cue: str = ""
    kind: str = "partial"
    date: object = None
    date_basis: str = ""
    sentence_date: object = None
    sentence_date_text: str = ""
    via: str = ""             # the medium that carried the words ("quoted him as saying", "told TASS")
    cue_start: int = -1       # where the cue that attributes the words is


@dataclass
class _Event:
    pos: int
    speaker: str
    date: object = None
    date_text: str = ""
    person: bool = True       # False: an institution, a medium, a country (never "he" or "she")
    back: bool = False        # placed back in time ("had said", "Two days earlier"): dates nothing before it
    again: bool = False       # a later occasion of the same speaker ("speaking again on Wednesday"): dates nothing before it


@dataclass
class Speech:
    """The speech layer of one document (see the module docstring)."""

    mentions: list[Mention]
    cues: list[Cue]
    acts: list[SpeechAct] = field(default_factory=list)
    quotes: list[QuoteReading] = field(default_factory=list)
    events: list[_Event] = field(default_factory=list)
    dated_events: dict[str, list[_Event]] = field(default_factory=dict)
    #: sentences whose statement is placed on an earlier occasion ("Earlier, he had told …")
    earlier: list[tuple[int, int, str]] = field(default_factory=list)
    #: speaker → (position, reach, date, words, where the words are): a person's dated doing ("Putin chaired a meeting
    #: on Friday") that dates their next undated words up to ``reach``
    appearances: dict[str, list[tuple]] = field(default_factory=dict)
    date_starts: list[int] = field(default_factory=list)
    #: sentences in the passage about a dated meeting, with its day: (start, end, day, words)
    meetings: list[tuple] = field(default_factory=list)
    #: dated gatherings of the article in text order ("Putin chaired a meeting … on Tuesday"): (position, day, words)
    gatherings: list[tuple] = field(default_factory=list)
    #: documents the article dates by their publication ("in a report released on Tuesday"): (end, day, words, noun)
    documents: list[tuple] = field(default_factory=list)
    #: scenes set by a fronted time ("On a grey Tuesday morning, Colonel X walked …"): (start, end, day, words); those
    #: who speak in them with no day of their own spoke that day
    scenes: list[tuple] = field(default_factory=list)
    #: undated sentences that name an occasion of their own ("in an interview with CNN, X said")
    own_occasions: list[tuple[int, int]] = field(default_factory=list)
    #: a live blog's day headers, (start, end, day, words): the posts under one were written that day
    headers: list[tuple] = field(default_factory=list)
    #: a live blog's summary bullets ("Key developments" over "- Russia claims it captured …"): (start, end)
    summaries: list[tuple[int, int]] = field(default_factory=list)
    #: under day headers: the dates that name their header's own day ("this morning" under "Tuesday 7 May")
    header_day_dates: frozenset = frozenset()
    #: a lede's dated group of speakers ("Ukrainian and Russian commanders gave … accounts on Wednesday"):
    #: (its end, day, words), and the people the article introduces as its members
    group_lede: tuple = ()
    group_members: frozenset = frozenset()
    #: under day headers: where each post opens (its bare clock stamp line, "11:48")
    post_starts: list[int] = field(default_factory=list)
    #: under day headers: the posts stamped before noon that report an evening's words ("in his nightly address")
    evening_posts: frozenset = frozenset()
    #: a live blog with no day headers whose bare clock stamps run newest first: where each post opens
    newest_first: list[int] = field(default_factory=list)
    #: where a dated doing that is itself a way of speaking starts ("Putin on Friday set out his conditions"): the
    #: occasion the person's next words name ("…, Putin said in a speech") is that doing's
    speaking_doings: set = field(default_factory=set)
    #: every sentence whose statement names its occasion, dated or not ("In Monday's address, X said")
    named_occasions: list[tuple[int, int]] = field(default_factory=list)
    #: cue start → (day, words) of its sentence, for cues the layer found no speaker for (claims read them)
    cue_days: dict[int, tuple] = field(default_factory=dict)
    #: where the headline ends (its words with no day take the body's day for the same speaker)
    headline_end: int = 0
    #: every unnamed person the article introduces ("a senior US official"), indexed (see ``_introductions``)
    introductions: dict = field(default_factory=dict)
    #: sentence start → the media it names as conduits ("told TASS", "according to Interfax", "told the agency")
    conduits: dict[int, tuple[str, ...]] = field(default_factory=dict)

    _by_sentence: tuple = field(default=(-1, {}), repr=False, compare=False)
    _dated_order: list = field(default_factory=list, repr=False, compare=False)

    def acts_in(self, sentence_start: int) -> list[SpeechAct]:
        count, index = self._by_sentence
        if count != len(self.acts):  # indexed once (again only if acts were added since)
            index = {}
            for a in self.acts:
                index.setdefault(a.sentence[0], []).append(a)
            self._by_sentence = (len(self.acts), index)
        return list(index.get(sentence_start, ()))

    def via(self, sentence_start: int, speaker: str) -> str:
        """The medium that carried ``speaker``'s words in the sentence at ``sentence_start`` ("" when none):
        the ``via`` column of quotes, claims and facts (never the speaker itself)."""
        return next((medium for medium in self.conduits.get(sentence_start, ()) if medium != speaker), "")

    def in_summary(self, pos: int) -> bool:
        """Whether ``pos`` is in a live blog's summary bullets ("Key developments" over "- Russia claims …")."""
        return bool(self.summaries) and _inside(self.summaries, pos)

    def fallback_date(self, speaker: str, pos: int, published) -> tuple:
        """The date of words with no date of their own: the same speaker's dated statement
        (the last before ``pos``, else the first after), or the day of what the speaker was last
        doing just before ("Putin chaired a meeting on Friday. “…,” he said": the same occasion);
        else NaT: the article does not say when they were said (the publication date is a bound,
        not the day). Words placed on an earlier occasion ("Earlier, he had told …", "last
        week") take no other statement's day."""
        i = bisect_right(self.earlier, (pos, float("inf"), ""))
        if i and self.earlier[i - 1][0] <= pos < self.earlier[i - 1][1]:
            return pd.NaT, f"an earlier occasion (‘{self.earlier[i - 1][2]}’): no day"
        events = self.dated_events.get(speaker, []) if speaker else []
        if events and self.in_summary(pos):
            # a summary bullet restates a post below ("Key developments: - Russia claims it captured X"): the same
            # speaker's first dated words after it (dt12)
            after = next((e for e in events if e.pos >= pos and not pd.isna(e.date) and not e.back and not e.again
                          and not self.in_summary(e.pos)), None)
            if after is not None:
                return after.date, f"summary bullet, the post's ‘{after.date_text}’ → {after.date.date()}"
        p = bisect_right(self.newest_first, pos) if events else 0
        if p and bisect_right(self.own_occasions, (pos, float("inf"))) > bisect_left(self.own_occasions, (self.newest_first[p - 1],)):
            # a post of a newest-first blog on an occasion of its own ("Prigozhin posted an audio message on Telegram
            # in which he said …", and "he said" after it): the speaker's dated words in another post (a later recap
            # above it, an older post below) were said elsewhere (a recap's bullet with no occasion of its own still
            # restates a post's words)
            high = self.newest_first[p] if p < len(self.newest_first) else float("inf")
            events = [e for e in events if self.newest_first[p - 1] <= e.pos < high]
        before = None
        if events:
            i = bisect_right(events, pos, key=lambda e: e.pos)
            before = events[i - 1] if i > 0 else None
        if before is not None and before.speaker != speaker and not pd.isna(before.date) and any(
                e.speaker not in ("", speaker, before.speaker) and e.date != before.date
                for e in self._dated_between(before.pos, pos)):
            # a spokesperson's words after their institution's dated statement ("Earlier on Tuesday, the Kremlin
            # said …"; ``_spokespeople_dates``) with another voice's statement of another day between them ("The day
            # before, Syrskyi said …"): a new time cue, so not the institution's statement going on
            before, events = None, []
        doings = self.appearances.get(speaker, ()) if speaker else ()
        k = bisect_right(doings, pos, key=lambda a: a[0])  # in text order: the last one at or before pos
        seen = [doings[k - 1]] if k and pos <= doings[k - 1][1] else []
        j = bisect_right(self.own_occasions, (pos, float("inf")))
        own = bool(j and self.own_occasions[j - 1][0] <= pos < self.own_occasions[j - 1][1])
        header = next((x for x in self.headers if x[0] <= pos < x[1]), None)
        since = header[0] if header is not None else 0
        p = bisect_right(self.post_starts, pos)
        post = max(since, self.post_starts[p - 1]) if p else since  # a day named in an earlier post is that post's
        if header is not None and (before is None or before.pos < since) and post not in self.evening_posts and all(
                x in self.header_day_dates
                for x in self.date_starts[bisect_right(self.date_starts, post):bisect_left(self.date_starts, pos)]):
            # a post under "Tue 9 May" with no day of its own, whatever occasion it names ("in his nightly
            # address", "on Telegram"): that day, not an earlier post's (posts run newest first)
            return header[2], f"day header, ‘{header[3]}’ → {header[2].date()}"
        i = bisect_right(self.meetings, (pos, float("inf")))
        if before is None and not own and i and self.meetings[i - 1][0] <= pos < self.meetings[i - 1][1]:
            # another participant in the passage about a dated meeting, with no day of their own
            day, words = self.meetings[i - 1][2], self.meetings[i - 1][3]
            return day, f"same meeting, ‘{words}’ → {day.date()}"
        scene = next((x for x in self.scenes if x[0] <= pos < x[1]), None)
        if before is None and not own and not seen and scene is not None \
                and bisect_left(self.date_starts, pos) == bisect_right(self.date_starts, scene[0]) \
                and not any(scene[0] < a <= pos for a, _, _ in self.earlier):
            # another person speaking in a dated scene ("Her deputy, Captain X, was more blunt"), nothing new between
            return scene[2], f"same scene, ‘{scene[3]}’ → {scene[2].date()}"
        if own and not (seen and seen[-1][0] in self.speaking_doings):
            seen = []  # "In an interview with CNN, Zelensky said": not the occasion of the doing before
        if seen and (before is None or seen[-1][0] > before.pos) \
                and (seen[-1][5:] == (True,)
                     or bisect_left(self.date_starts, pos) == bisect_right(self.date_starts, seen[-1][4])):
            # no other day named in between (a scene: none of the speaker's own): the same occasion
            return seen[-1][2], f"same occasion, ‘{seen[-1][3]}’ → {seen[-1][2].date()}"
        if events and before is None:
            # the first after: only a dated one (words a later sentence places on an earlier occasion,
            # "Last week, he told …", govern nothing before them)
            events = [e for e in events if not pd.isna(e.date) and not e.back and not e.again]
            if own:  # "In his New Year's address, X said …" is not the later "In Monday's address, X said …"
                events = [e for e in events if not _inside(self.named_occasions, e.pos)]
        if events:
            event = before if before is not None else events[0]
            if pd.isna(event.date):
                return pd.NaT, f"same speaker, an earlier occasion (‘{event.date_text}’): no day"
            return event.date, f"same speaker, ‘{event.date_text}’ → {event.date.date()}"
        if pos < self.headline_end and k < len(doings):
            # "‘We will win’: Zelensky rallies troops" over "Zelensky visited the front on Thursday"
            return doings[k][2], f"headline, the body's ‘{doings[k][3]}’ → {doings[k][2].date()}"
        if self.group_lede and speaker in self.group_members and pos > self.group_lede[0]:
            # "Ukrainian and Russian commanders gave accounts on Wednesday …": each commander's account below
            return self.group_lede[1], f"the lede's {self.group_lede[2]} → {self.group_lede[1].date()}"
        if pd.isna(published):
            return pd.NaT, "undated article"
        return pd.NaT, f"no day given (published {published.date()})"


    def _dated_between(self, a: int, b: int) -> list:
        """The dated statements strictly between ``a`` and ``b`` (every speaker's; sorted once, by bisection)."""
        if len(self._dated_order) != 2 or self._dated_order[0] != len(self.events):
            dated = sorted((e for e in self.events if e.date is not None and not pd.isna(e.date)), key=lambda e: e.pos)
            self._dated_order = [len(self.events), dated]
        dated = self._dated_order[1]
        return dated[bisect_right(dated, a, key=lambda e: e.pos):bisect_left(dated, b, key=lambda e: e.pos)]

    def perfect_after_dated(self, text: str, speaker: str, cue_start: int, sentence_start: int) -> bool:
        """ "Putin has said he will only agree to …" a paragraph or more after his dated words: a present
        perfect names some time before, not the occasion of the speaker's dated statement above it (in
        the same paragraph it goes on with it: "… according to a statement released today. The army has
        reported …"; the lede's "X has claimed …" dated by the sentence after it keeps that day)."""
        if cue_start < 0 or not _PERFECT_BEFORE.search(text, max(sentence_start, cue_start - 30), cue_start):
            return False
        before = [e.pos for e in self.dated_events.get(speaker, ()) if e.pos < cue_start]
        return bool(before) and "\n" in text[max(before):cue_start]


# (its present perfect is _PERFECT_BEFORE below: "has also/since/publicly/previously said", and "has long said",
# "has repeatedly said"; a second, narrower definition here was never read)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, (pos, float("inf")))
    return bool(i and spans[i - 1][0] <= pos < spans[i - 1][1])


def cue_table() -> tuple[dict[str, str], re.Pattern]:
    """Speech-verb forms → kind (speech / source), and a regex for the multi-word forms.

    Each row of ``data/speech_cues.csv`` gives a lemma (``cue``); its regular inflections
    (-s, -ed, -ing) are generated, the ``forms`` column adds irregular ones (said, told), and
    ``exclude`` removes forms that are mostly nouns ("reports", "claims" are kept; "states" is not).
    """
    def build():
        cues = vocab.table("speech_cues")
        kind: dict[str, str] = {}
        for row in cues.itertuples():
            forms = {f.lower() for f in vocab.split_forms(row.forms)}
            if row.kind == "speech" and " " not in row.cue:
                forms |= inflections(row.cue.lower())
            forms -= {f.lower() for f in vocab.split_forms(getattr(row, "exclude", ""))}
            for form in forms:
                kind.setdefault(form, row.kind)
        multi = [f for f in kind if " " in f]  # as a prefix trie: the longest-first alternation's matches
        first = "(?=[" + re.escape("".join(sorted({f[0] for f in multi}))) + "])" \
            if multi and not any(f[0].isspace() for f in multi) else ""  # fail fast: a first letter of a form
        regex = re.compile(first + r"\b(?:" + (trie_pattern(multi, spaces=True, ignore_case=True) if multi else "(?!)")
                           + r")\b", re.IGNORECASE)
        return kind, regex
    return vocab.compiled("speech_cues", ("speech_cues",), build)


#: Right before a noun form read as a verb: a pronoun or the comma closing an apposition ("Budanov, forecast …").
_PRONOUN_BEFORE = re.compile(r"(?:,|(?<![\w’'-])(?:[Hh]e|[Ss]he|[Ii]t|[Ww]e|[Tt]hey|who))\s+$")
_HE_SHE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he)\s+$")


def _noun_form_cues() -> re.Pattern:
    """The forms ``exclude`` keeps out of ``data/speech_cues.csv`` because they are mostly nouns ("forecast",
    "estimates", "counters"), read as verbs where a pronoun or the comma closing an apposition stands right before and
    a that-clause follows within a few words: "He forecast that …", "Budanov, forecast in an interview on Tuesday
    that …", "It estimates that …", or an object and its infinitive ("He expects the assaults to intensify") (but
    "the forecast that …", "forecasts that were wrong" are nouns) (built once)."""
    def build():
        forms = _noun_forms()
        if not forms:
            return re.compile(r"(?!)")
        alternation = trie_pattern(sorted(forms), ignore_case=True)
        first = "(?=(?i:[" + re.escape("".join(sorted({f[0] for f in forms}))) + "]))"  # fail fast: a first letter
        return re.compile(first + r"\b(?P<cue>" + alternation + r")\b"
                          r"(?=(?P<that>(?:\s+[^.;:!?,“”\"]{0,60}?)?\s+that\s+(?!(?:was|were|is|are|has|have|had|would|"
                          r"will|could|can|may|might)\b))"
                          # "He expects the assaults to intensify": one person's object and infinitive ("Analysts expect
                          # the front to hold" stays a group's expectation, no statement)
                          r"|(?P<infinitive>\s+(?:the\s+|its\s+|their\s+|Russian\s+|Ukrainian\s+)?[\w’'-]+"
                          r"(?:\s+[\w’'-]+){0,3}?\s+to\s+(?!(?:the|a|an|his|her|its|their|our|be)\b)[a-z]{3,}\b))")
    return vocab.compiled("noun_form_cues", ("speech_cues",), build)


def _noun_forms() -> set[str]:
    """The one-word forms ``exclude`` keeps out of the speech verbs of ``data/speech_cues.csv``, lower case (read
    when a pattern is built)."""
    forms = set()
    for row in vocab.table("speech_cues").itertuples():
        if row.kind == "speech" and " " not in row.cue:
            forms |= {f.lower() for f in vocab.split_forms(getattr(row, "exclude", "")) if " " not in f}
    return forms


_READS = ("read", "reads")


def _cue_words() -> tuple[frozenset, frozenset | None]:
    """(every word :func:`_find_cues` looks up in one pass over the text: the one-word cue forms, the noun forms and
    "read"/"reads"; the noun forms, None when one is more than ASCII letters: then their pattern scans the text)
    (built once per table)."""
    def build():
        single, _ = cue_table()
        nouns = frozenset(_noun_forms())
        plain = all(_WORD.fullmatch(f) and f.islower() for f in nouns)
        return frozenset(single) | nouns | frozenset(_READS), nouns if plain else None
    return vocab.compiled("cue_words", ("speech_cues",), build)


def _words(kind: str) -> frozenset:
    return speech_words()[kind]


def inflections(lemma: str) -> set[str]:
    """Regular forms of a verb: warn → warns, warned, warning; argue → argues, argued, arguing.

    Example:
        >>> sorted(inflections("emphasise"))
        ['emphasised', 'emphasises', 'emphasising']
    """
    if lemma.endswith("e"):
        return {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma + "es", lemma + "ed", lemma + "ing"}
    return {lemma + "s", lemma + "ed", lemma + "ing"}


# --- the pass over a document ---------------------------------------------------------------

_ANY_MARK = re.compile(r"[“”\"«»]")
# a live-blog post's time stamp alone on its line: "14.18 BST", "10:15 GMT", "1h ago", "25 min ago"
_STAMP_ONLY = re.compile(r"\s*(?:\d{1,2}[.:]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?"
                         r"|\d{1,2}\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?)\s+ago"
                         # "Last modified on Thu 15 Jun 2023 16.32 BST", "Updated: 14 March 2024, 09:15"
                         r"|(?i:(?:last\s+)?(?:modified|updated|published|posted))(?:\s+on)?:?\s+[^\n]{0,40}?\d{1,2}[.:]\d{2}\s*[A-Z]{0,4})\s*")
# a paragraph of prose: six words or more ending a sentence, no time stamp, bullet or colon introducing what follows
_PLAIN_PROSE = re.compile(r"\s*(?!\d{1,2}[.:]\d{2}\b|[-•*]\s)(?:\S+\s+){5,}\S*[.!?]\s*")


class RuleGuard:
    """The patterns of which a rule needs one to find anything (:meth:`_Reader.may_match`). Hashed by identity: a
    document's answer costs one dict lookup (a compiled pattern hashes its whole code at every lookup)."""

    __slots__ = ("patterns",)

    def __init__(self, *patterns):
        self.patterns = patterns


class _Reader:
    """Lookups over one document's mentions and cues (sorted offsets: no rescans)."""

    def __init__(self, doc, who):
        self.doc, self.text, self.who = doc, doc.text, who
        self.mentions = _mentions.known(doc, who)
        self.mention_starts = [m.start for m in self.mentions]
        self.cues = _find_cues(doc)
        self.cue_starts = [c.start for c in self.cues]
        self.events: list[_Event] = []
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
                name = _mentions.full_name_from_first(doc, name, called.start(1), who) or name
            if name.split()[0].lower() in who.title_words or name in who.country_of_form:
                continue
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

    def opens_sentence(self, m: Mention) -> bool:
        """The mention is its sentence's subject: at most one word ("Then", "Later") before it."""
        sentence = self.doc.sentence_at(m.start)
        start = sentence.start if sentence is not None else 0
        before = _GENERATION_OPENS.sub("", self.text[start:m.start])  # "The elder Danyliuk has …": the subject
        if m.how == "unknown name" and _mentions.nationality_noun(self.text, m.start, m.end):
            before = before[:-4] if before.endswith(("the ", "The ")) else before  # "…, the Finn shook his head"
        # or an opening phrase and a comma before it: "Two days later, Zelensky visited Bucha."
        if len(before.split()) <= 1 or _OPENING_PHRASE.fullmatch(before) is not None:
            return True
        if _NAMED_SUBJECT_BEFORE.fullmatch(before) and self.text.startswith(",", m.end):
            return True  # "Koval's assistant, an 18-year-old named Denys, has not yet …": the name the subject is given
        # or titles written in lower case before the name ("Kremlin spokesman Dmitry Peskov was asked …")
        opening = _OPENING_PHRASE.match(before)
        words = before[opening.end() if opening is not None else 0:].split()
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
        return self._lowered is None or any(self._lowered.find(w, a, b) >= 0 for w in words)

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
            doc, found = self.doc, set(self.doc.interruptions)
            for index, (a, b) in enumerate(doc.paragraphs):
                if index not in found and a >= doc.headline_end and _STAMP_ONLY.fullmatch(self.text, a, b):
                    found.add(index)  # a live-blog post's time stamp: the posts go on ("as of today" two posts down)
                    continue
                if index not in found and a >= doc.headline_end and _PLAIN_PROSE.fullmatch(self.text, a, b) \
                        and not _ANY_MARK.search(self.text, a, b) \
                        and not self.cues_between(a, b) and not self.dates_between(a, b) \
                        and all(m.how == "unknown name" and " " not in m.speaker for m in self.mentions_between(a, b)):
                    # (a lone capitalised word opening a sentence, "Farmers", "Along", names nobody)
                    found.add(index)
            self._quiet = frozenset(found)
        return self._quiet

    def quiet_back(self, index: int, steps: int) -> int:
        """The paragraph ``steps`` paragraphs before paragraph ``index``, the :meth:`quiet` ones between not counted."""
        return self.doc.story_back(index, steps, self.quiet())

    def dates_between(self, a: int, b: int) -> list:
        if self._dates is None:
            self._dates = [e for e in when.find(self.text) if not self.doc.in_quote(e.start)
                           and not self.doc.in_furniture(e.start)  # a caption's "Tuesday, Oct. 10, 2023": no time cue
                           and not _is_dateline(self.text, e)]
            self._date_starts = [e.start for e in self._dates]
        lo, hi = bisect_left(self._date_starts, a), bisect_left(self._date_starts, b)
        return [e for e in self._dates[lo:hi] if e.end <= b]


# a short phrase of time or place that opens a sentence before its subject ("On Monday, ", "Two days later, ")
_OPENING_PHRASE = re.compile(r"\s*(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s*"
                             # "In his New Year's address on Tuesday, Ukrainian President X": an occasion and titles
                             r"|\s*(?:In|At|During)\s+(?:his|her|their|its|a|an|the)\s+[^,.;:“”\"]{1,80},\s*(?:[A-Z][\w.’'-]*\s+){0,3}"
                             # "Asked whether the brigade could hold, the colonel paused.": a fronted question or scene
                             r"|\s*(?:Asked|Pressed|Questioned|Speaking|Back|As|When|While)\s[^,.;:?!“”\"\n]{1,100},\s*"
                             # "On a grey morning in early May, Captain X spread a map": a fronted time or place
                             r"|\s*(?:On|In|At|During|After|Before|Early|Late|Later|Earlier|Last|One|By|Inside|Outside|Near|"
                             r"Across|Along|Under|Over|Throughout)\s[^,.;:?!“”\"\n]{1,80},\s*"
                             # "On October 7 last year, the day the dam burst, X's men were …": the time's gloss too
                             r"(?:the\s+(?:day|night|morning|afternoon|evening|week|month|year)\s[^,.;:?!“”\"\n]{1,60},\s*)?"
                             # "A few houses down the street, X was feeding chickens": a fronted place by distance
                             r"|\s*(?:A|An|Two|Three|Some|Several|Further|Farther|Just)\s[^,.;:?!“”\"\n]{0,40}?\b(?:down|up|along|"
                             r"across|away|behind|beyond|past|off)\b[^,.;:?!“”\"\n]{0,40},\s*"
                             # "In the evening X returned", "That night X wrote": a fronted part of the day, no comma
                             r"|\s*(?:(?:In|During)\s+the|That|Later\s+that|Early\s+that|Late\s+that|The\s+next)\s+"
                             r"(?:morning|afternoon|evening|night)\s+")


# "KYIV, March 14 (Reuters) -", "MOSCOW, Oct 3 —", "Updated: March 14, 2024", "Last modified on Tue
# 2 May 2023": the day the copy was filed or edited, never the day of a statement in it
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:[A-Z][\w.’'/-]*(?:[ \t]+[A-Z][\w.’'/-]*){0,3}[ \t]*,?[ \t]*"
                              r"(?:\([^)\n]{1,30}\)[ \t]*,?[ \t]*)?)?|.{0,20}?\b(?:[Uu]pdated|[Pp]ublished|[Pp]osted|"
                              r"[Mm]odified)(?:[ \t]+on)?:?[ \t]*)$")
_DATELINE_AFTER = re.compile(r",?[ \t]*(?:\d{4}[ \t]*)?(?:(?:\([^)\n]{1,30}\)[ \t]*)?(?:[-–—]{1,2}|/[\w-]*/?|>>)[ \t]"
                             # "Moscow, Oct 22 (IANS) Russian …", "New Delhi, May 3 (PTI) The …": the agency, then the copy
                             r"|\([A-Z][A-Za-z]{1,14}\)[ \t]+(?=[A-Z]))")
_STAMP_AFTER = re.compile(r",?[ \t]*(?:\d{4})?[ \t]*(?:\d{1,2}[.:]\d{2}|\(|$|\n)")


_CLOCK_AFTER = re.compile(r",?[ \t]*\d{1,2}:\d{2}(?::\d{2})?\b")
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?|GMT|BST|UTC|CET|EET|MSK)?[ \t]*,?[ \t]*$")


def _is_dateline(text: str, e) -> bool:
    """A date in a dateline or an update stamp (see ``_DATELINE_BEFORE``), or a page's
    timestamp: a date with a clock time ("Sunday, May 5, 2024 11:49:48 AM", "14:02, 5 May")."""
    if e.kind != "relative" and (_CLOCK_AFTER.match(text, e.end) or _CLOCK_BEFORE.search(text, max(0, e.start - 20), e.start)):
        return True
    before = _DATELINE_BEFORE.search(text, max(0, e.start - 60), e.start)
    if before is None:
        return False
    if re.search(r"(?i)updated|published|posted|modified", before.group(0)):
        return _STAMP_AFTER.match(text, e.end) is not None
    return _DATELINE_AFTER.match(text, e.end) is not None


_ROLE_WORDS = vocab.TablePattern("speech_role_words", ("speech_words",), lambda: (  # (generic_role words)
    r"\b(" + trie_pattern(_mentions.generic_roles(), ignore_case=True) + r")s?\b"), re.IGNORECASE)
#: "The governor of Belgorod region, Vyacheslav Gladkov, said": a role, a comma, then the name
_ROLE_COMMA_BEFORE = vocab.TablePattern("speech_role_comma_before", ("speech_words",), lambda: (
    r"\b(" + trie_pattern(_mentions.generic_roles(), ignore_case=True) + r")\b[^,.;:\n“”\"]{0,80},\s*$"), re.IGNORECASE,
    first_chars=True)


#: "Commander of the Airborne Forces A B": a role and the body it serves written as a title before the name
_OFFICE_OF_BEFORE = vocab.TablePattern("speech_office_of_before", ("speech_words",), lambda: (
    r"(?<![\w’'-])((?:(?:[Tt]he|[Ff]irst|[Dd]eputy|[Aa]cting|[Cc]hief|[Ss]enior)\s+)*(?i:"
    + trie_pattern(_mentions.generic_roles(), ignore_case=True)
    + r"))\s+(?:of|for)\s+(?:(?:[A-Z][\w’'-]*|\d{1,3}(?:st|nd|rd|th)|of|the|and|for|group|"
    r"grouping|forces|troops|armed|military|operational|tactical|strategic|operational-strategic|"
    r"operational-tactical|joint|press|service|"
    r"national|regional|city|oblast|region|district|administration|military-civil|unit)\s+){1,8}$"), first_chars=True)
#: a rank between a comma and a name ("the spokesman for the Navy, Captain Third Rank A B,"): the ``comma_rank`` words
#: of data/speech_words.csv, capitalised, each with an optional dot
_RANKS_BEFORE = vocab.TablePattern("ranks_before", ("speech_words",), lambda: r"(?<=,\s)(?:(?:" + (trie_pattern(
    {w.capitalize() for w in vocab.speech_words()["comma_rank"]}) or "(?!)") + r")\.?\s+){1,4}$")
#: "The elder", "The younger" before a surname that two people of the article share (sk17)
_GENERATION_OPENS = re.compile(r"(?:[Tt]he\s+(?:elder|older|younger)\s+)$")
#: "Dr", "Prof." between an apposition's comma and the name ("a British researcher, Dr A B"): no role of its own; the
#: ``honorific`` words of data/speech_words.csv, capitalised, each with an optional dot
_HONORIFIC_BEFORE = vocab.TablePattern("honorific_before", ("speech_words",), lambda: r"(?<=,\s)(?:" + (trie_pattern(
    {w.capitalize() for w in vocab.speech_words()["honorific"]}) or "(?!)") + r")\.?\s+$")
#: ", Colonel C D", ", A B": the next person's name of a list of roles and names, up to three words of the
#: ``honorific`` and ``comma_rank`` kinds before it (no "and": "A B, a military analyst, and Colonel C D" closes the
#: list on a name whose role, if any, comes after it; never across a line)
_NEXT_IN_LIST = vocab.TablePattern("next_in_list", ("speech_words",), lambda: r",[^\S\n]+(?:(?:" + (trie_pattern(
    {w.capitalize() for kind in ("honorific", "comma_rank") for w in vocab.speech_words()[kind]}) or "(?!)")
    + r")\.?[^\S\n]+){0,3}[A-Z][\w’'-]+[^\S\n]+[A-Z][\w’'-]+(?![\w’'-])")
#: " of the Royal United Services Institute", " at Kyiv University": the name's affiliation closing an apposition
_AFFILIATION_AFTER = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z]")
_TITLE_BEFORE = vocab.TablePattern("title_before", ("speech_words",), lambda: r"\b(?:"
                                   + trie_pattern(_mentions.title_words(), ignore_case=True) + r")\s+$", re.IGNORECASE)


_ROLE_AFTER_NAME = re.compile(r",\s+(?:(?:the|a|an|its|his|her)\s+)?((?:[\w’'-]+\s+){0,4}?[\w’'-]+?)(?=[,.;]|\s+"
                              # "A B, the former president and now an opposition lawmaker,", "…, the former
                              # Russian president who is now …": the role before "and"/"who" (sk19)
                              r"(?:said|says|told|added|for|of|in|at|on|and\s+(?:now|later|currently)|who)\b)")
_RANK_OF = {"col": "colonel", "gen": "general", "maj": "major", "capt": "captain", "lt": "lieutenant",
            "brig": "brigadier general", "adm": "admiral", "sgt": "sergeant"}
_CAPTION_PERSON = re.compile(r"(?P<rank>(?:(?:Col|Gen|Lt|Maj|Capt|Brig|Adm|Colonel|General|Major|Captain|Lieutenant|"
                             r"Brigadier|Admiral|Sgt|Sergeant)\.?\s+){0,3})([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=,)")
_DOTTED_RANKS = lazy_fail_fast(r"(?:\b[A-Z][a-z]{1,4}\.\s+){1,2}$")  # "Lt. Col. ", "Gen. "
_WORDS_BEFORE_NAME = re.compile(r"((?:[\w’'-]+\s+){0,3})$")
_WORDS_BEFORE_NAME_REVERSED = re.compile(r"(?:\s+[\w’'-]+){0,3}")


def _words_before_name(window: str) -> str:
    """``_WORDS_BEFORE_NAME.search(window).group(1)`` (up to three words, each followed by white
    space, that end the window), read from the end: the search tries every position of the window
    and three words from each; the reversed window is matched once at its start."""
    return window[len(window) - _WORDS_BEFORE_NAME_REVERSED.match(window[::-1]).end():]


#: capitalised words that open a body's name ("General Staff", "Southern Command"): no role of a person
_BODY_NAME_WORDS = vocab.TablePattern("body_name_words", ("speech_words",), lambda: (
    r"(?:\b[A-Z][\w-]*\s+)+(?=" + _mentions.ORGANISATION_WORDS.pattern + r")"))
_APPOSED_AFTER = re.compile(r",\s+(?:a|an)\s+(?:\d+-year-old\s+)?[a-z]")
#: the words of a naming formula ("call sign", "callsign", "nom de guerre", "code name"): the name after them is one
#: a person goes by (one definition for every rule that reads such a name)
NAMING_FORMULA = r"call[\s-]*sign|nom\s+de\s+guerre|code[\s-]*name"
#: "who gave only his call sign, Shaman", "with the call sign “Bereza”", "(nom de guerre Tur)": the name a soldier goes by
_CALL_SIGN = lazy_fail_fast(r"\b(?i:" + NAMING_FORMULA + r"|first\s+name|name\s+(?:only\s+)?as|identified\s+only\s+as)"
                            r"\s*,?\s*(?:(?i:is|of)\s+)?[“\"‘']?"
                            r"([A-Z][\w’'-]+)(?![\w’'-])")
#: a sentence that opens with "He"/"She" and names nobody before a call sign ("He gave only his first name, Artem")
_HE_GAVE = re.compile(r"\s*(?:He|She)\s+(?:[a-z]+\s+){1,8}?(?i:" + NAMING_FORMULA + r"|first\s+name)\b")
#: ", the regional governor", ", a spokesman", ", spokesman for …": a comma and the words an apposition opens with
_APPOSITION_OPENS = vocab.TablePattern("speech_apposition_opens", ("speech_words",), lambda: (
    r",\s+(?:(?:the|a|an|its|his|her)\s|(?:" + "|".join(sorted(map(re.escape, _mentions.generic_roles()),
                                                                key=len, reverse=True)) + r")\b)"), re.IGNORECASE)
#: ", who heads the … administration", ", who commands the 3rd Brigade": a relative clause that gives the office
_WHO_HEADS = re.compile(r",\s+who\s+(?:now\s+|also\s+)?(heads|leads|runs|commands|speaks\s+for)\s+(?:the\s+)?[^,.;:\n“”\"]{1,80}")
_THE_BEFORE_ROLE = re.compile(r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,2}$")
#: a verb right after a surname: the surname is a sentence's subject ("Hrytsenko is watching", "Kovalenko shrugged")
_SUBJECT_AFTER = re.compile(r"\s+[a-z]+(?:s|ed)\b")  # "is", "was", "has", "watches", "shrugged"
#: a relative clause right after a surname ("Hordiienko, whose call sign was Fotograf, joined", "Koval, who …, said")
_WHOSE_AFTER = re.compile(r",\s+(?:who|whose)\s")


def _role_in(phrase: str) -> str:
    """The first role word of ``phrase``; a deputy's with the office after it ("deputy defence minister":
    "deputy minister", not any deputy)."""
    role = _ROLE_WORDS.search(phrase)
    if role is None:
        return ""
    office = _ROLE_WORDS.search(phrase, role.end()) if role.group(1).lower() == "deputy" else None
    return f"deputy {office.group(1).lower().split()[-1]}" if office else role.group(1).lower()


def given_name(text: str, m: Mention) -> bool:
    """Whether the mention is the name a call-sign or first-name formula gives ("identified only by his first name,
    Dmytro", "with the call sign Zoria"): a person's one name, whom a later "he"/"she" may stand for."""
    sign = _CALL_SIGN.search(text, max(0, m.start - 60), m.end)
    return (sign is not None and sign.start(1) == m.start) or _PEN_NAME_BEFORE.search(text, max(0, m.start - 40), m.start) is not None \
        or _NAMED_BEFORE.search(text, max(0, m.start - 60), m.start) is not None


#: "Koval's assistant, an 18-year-old named ", "The platoon's medic, a young woman called ": a sentence's subject apposed
#: to the noun phrase that gives its name
_NAMED_SUBJECT_BEFORE = re.compile(r"[^,.;:“”\"\n]{1,60},\s+(?:an?|one)\s+(?:[\w’'-]+\s+){0,4}?(?:named|called)\s+")
#: "an 18-year-old named Denys", "a young woman called Oksana": a noun phrase that gives a person's one name
_NAMED_BEFORE = re.compile(r"\b(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,4}?(?:named|called)\s+$", re.IGNORECASE)


#: "who writes under the name Dvina", "known online as Dvina": a pen name before the mention
_PEN_NAME_BEFORE = re.compile(r"\b(?:under\s+the\s+(?:pen\s+|nick|screen\s+)?name|under\s+the\s+pseudonym|by\s+the\s+name|"
                              r"known\s+(?:online\s+)?as)\s+$")


def _appositions(reader) -> list[tuple[int, str, str]]:
    """(position, role word, person) for every person the article introduces with a role:
    "Oleh Kravets, the regional governor, said", "regional governor Oleh Kravets said",
    "Viktor Tregubov, spokesman for the Khortytsia group". A later "the governor" is that person."""
    text = reader.text
    found = []
    names = [m for m in reader.mentions if m.how in ("name", "title")]
    unknown = _mentions.unknown_names(reader.doc, 0, len(text), reader.mentions, reader.who)
    # a lone capitalised word is a person only with a title before it ("Mr Hollis"): else it may be
    # a sentence opener or a photo credit (a lone name that spoke is a speaker event instead)
    # "… a major with the call sign Kobzar …. In the evening Kobzar returned": the one name a formula gave, later a subject
    given = {m.speaker for m in unknown if m.how == "unknown name" and given_name(text, m)}
    reader.person_names = sorted((m for m in names + unknown if (_mentions.could_be_person(m.speaker, reader.who)
                                                                  or _mentions.nationality_noun(text, m.start, m.end))
                                  and (m.how != "unknown name" or " " in m.speaker
                                       or _TITLE_BEFORE.search(text, max(0, m.start - 20), m.start)
                                       # "Serhiy, a 34-year-old machine gunner, …": a first name given alone, apposed
                                       or (m.speaker in reader.who.first_names and _APPOSED_AFTER.match(text, m.end))
                                       # "he asked to be identified only by his first name, Dmytro", "a woman with the
                                       # call sign Zoria": the one name the text gives a person (sk17)
                                       or given_name(text, m)
                                       # "The Pole smiled.": a nationality's person noun, the person it refers to
                                       or _mentions.nationality_noun(text, m.start, m.end)
                                       # "Back at the market, Halyna counts her money.": a known first name as a subject
                                       or (m.speaker in reader.who.first_names and reader.opens_sentence(m))
                                       or (m.speaker in given and reader.opens_sentence(m))
                                       # "Marchenko's unit was ordered out.": the possessive of a subject
                                       or (text.startswith(("'s ", "’s "), m.end) and (reader.opens_sentence(m) or (
                                           # "… that supplied Yatsenko's battalion": the possessive of a full name before
                                           m.how == "unknown name"
                                           and " " in _mentions.full_name(reader.doc, m.speaker, m.start, reader.who))))
                                       # "Back at the post, Hrytsenko is watching": the surname of a full name before
                                       or (m.how == "unknown name" and (_SUBJECT_AFTER.match(text, m.end)
                                                                         # "Hordiienko, whose call sign was X, joined"
                                                                         or _WHOSE_AFTER.match(text, m.end))
                                           and " " in _mentions.full_name(reader.doc, m.speaker, m.start, reader.who)))),
                                 key=lambda m: m.start)
    # an institution's name is no person introduced with a role ("commander of Ukraine's National Guard")
    names += [m for m in unknown if " " in m.speaker and _mentions.could_be_person(m.speaker, reader.who)]
    for m in names:
        after = _ROLE_AFTER_NAME.match(text[m.end:m.end + 80])
        if after is not None and _ROLE_COMMA_BEFORE.search(text, max(0, m.start - 100), m.start) is not None \
                and not _APPOSITION_OPENS.match(text, m.end):
            # "Ukraine's deputy defence minister, A B, met the Lithuanian defence minister": the name closes an
            # apposition to the role before it; the words after its comma are the sentence's, not another role
            # of his (", the regional governor," after "The head of X, A B," is still his)
            after = None
        elif after is not None and _NEXT_IN_LIST.match(text, m.end + after.end()) and (
                # the name is itself an item of the list, apposed after a comma ("a military analyst, A B, …"), not a
                # subject with its own apposition ("A B, a military analyst, Ukraine Today reported, thinks …")
                text.endswith(", ", 0, m.start) or _RANKS_BEFORE.search(text, max(0, m.start - 40), m.start)
                or _HONORIFIC_BEFORE.search(text, max(0, m.start - 12), m.start)):
            # "a military analyst, A B, a battalion commander, Colonel C D, and …": the role after the comma is the
            # next person's of a list, whose name follows it (sk17)
            after = None
        before = _words_before_name(text[max(0, m.start - 40):m.start])
        if before.endswith(("of ", "of the ", "for ", "for the ")) and not _mentions.could_be_person(m.speaker, reader.who):
            continue  # "Commander-in-Chief of the Armed Forces of Ukraine": the body the role serves, no holder
        # every role the introduction gives ("Major General A B, deputy head of …": the general and the
        # head; "Lieutenant General A B" as one titled mention: its own rank words)
        roles = {_role_in(phrase) for phrase in (after.group(1) if after else "", before)} - {""}
        if _mentions.could_be_person(m.speaker, reader.who):  # "Major General A B": the general too, not only the major
            roles |= {w.lower() for w in before.split()} & _words("military_role")
        else:  # "a general's rank in Ukraine's armed forces": no rank for a body
            roles -= _words("military_role")
        roles |= {_RANK_OF[w] for w in (w.rstrip(".").lower() for w in before.split()[-2:]) if w in _RANK_OF} \
            & _words("military_role")  # "says Maj A B": the abbreviated rank is a major's
        dotted = _DOTTED_RANKS.search(text, max(0, m.start - 16), m.start)  # "Col. A B" (a dot: no word for `before`)
        if dotted is not None:
            roles |= {_RANK_OF[w] for w in (w.rstrip(".").lower() for w in dotted.group(0).split()) if w in _RANK_OF} \
                & _words("military_role")
        if m.how == "title" and _mentions.could_be_person(m.speaker, reader.who):
            # "Defense Ministry Spokesman Lieutenant-General A B": the rank too, not only the first role word
            roles |= {w.lower() for w in re.findall(r"[A-Za-z]+", m.as_written)} & _words("military_role")
        titled = _OFFICE_OF_BEFORE.search(text, max(0, m.start - 100), m.start) if not roles else None
        if titled is not None:  # "Commander of the Airborne Forces A B", "Spokesman for the X group of forces A B"
            roles.add(_role_in(titled.group(1)))
        rank = _ROLE_WORDS.search(m.as_written) if _mentions.could_be_person(m.speaker, reader.who) else None
        if rank and rank.group(1).lower() in _words("military_role"):  # (not "the General Staff": no person)
            roles.add(rank.group(1).lower())
        elif rank and m.how == "title":  # "DPR Head Denis Pushilin", "Spokeswoman Maria Zakharova": the title's role
            roles.add(_role_in(m.as_written))
        office = after.group(0) + text[m.end + after.end():m.end + 80].split(",")[0] if after else ""
        # "the spokesman for the Navy, Captain Third Rank A B,": the rank between the comma and the name
        ranked = _RANKS_BEFORE.search(text, max(0, m.start - 40), m.start) \
            or _HONORIFIC_BEFORE.search(text, max(0, m.start - 12), m.start)  # "a British researcher, Dr A B"
        lead = ranked.start() if ranked is not None else m.start
        if not roles or (ranked is not None and roles <= _words("military_role")):
            comma = _ROLE_COMMA_BEFORE.search(text, max(0, lead - 100), lead) \
                if text.startswith((",", "."), m.end) or _AFFILIATION_AFTER.match(text, m.end) else None
            if comma is not None and not re.search(r"(?i)\baccording\s+to\b", text[max(0, comma.start() - 25):comma.start()]):
                office = comma.group(0)  # "The governor of X, A B, said"; "…, said the head of X, A B."
                nearest = list(_ROLE_WORDS.finditer(office))[-1]  # the role nearest the name
                plain = list(_ROLE_WORDS.finditer(_BODY_NAME_WORDS.compiled().sub(lambda w: " " * len(w.group(0)), office)))
                nearest = plain[-1] if plain else nearest  # "A spokesman for the General Staff, A B,": not "General"
                deputy = re.search(r"(?i)\bdeputy\s+(?:[\w-]+\s+)?$", office[:nearest.start()])  # "deputy defence minister, A B,"
                word = nearest.group(1).lower()
                roles.add("deputy " + word.split()[-1] if deputy else word)
        heads = _WHO_HEADS.match(text, m.end) if not roles else None
        if heads is not None:  # "A B, who heads the Kherson regional military administration, said": its head
            verb = heads.group(1).lower()
            roles |= {"commander"} if verb.startswith("command") else {"spokesman", "spokeswoman", "spokesperson"} \
                if verb.startswith("speaks") else {"head"}  # ("who speaks for the Southern Defence Forces": its spokesman)
            office = heads.group(0)
        if roles & _words("regional_head") and _REGIONAL.search(office):
            roles.add("governor")  # "A B, the head of the X Oblast Military Administration": the governor
        if "commander-in-chief" in roles:
            roles |= {"commander", "chief"}  # "the military chief", "the commander" later: the same person
        headed = _HEAD_OF_BODY.match(office) if office else None
        if headed is not None:  # "A B, the head of Ukraine's military intelligence agency" … "the military intelligence chief"
            body = headed.group(1).lower().split()
            roles |= {" ".join(body[i:]) + " chief" for i in range(len(body))}  # (and "the intelligence chief")
        found.extend((m.start, role, m.speaker) for role in roles)
    for sign in _CALL_SIGN.finditer(text):
        # "a drone platoon commander with the 65th Brigade, who gave only his call sign, Shaman": "the commander" is
        # Shaman (the last role word of the sentence before the call sign)
        begin = max(text.rfind(".", 0, sign.start()), text.rfind("\n", 0, sign.start()), sign.start() - 160)
        roles = list(_ROLE_WORDS.finditer(text, begin, sign.start()))
        if roles:
            found.append((sign.start(1), roles[-1].group(1).lower(), sign.group(1)))
        elif _HE_GAVE.match(text, begin + 1 if text[begin:begin + 1] in ".\n" else begin):
            # "“…,” the captain said. He gave only his first name, Artem.": the role of the sentence before is the
            # one so named, from that role's words on (so "the captain" there is already Artem)
            before = max(text.rfind(".", 0, begin), text.rfind("\n", 0, begin), begin - 200)
            roles = list(_ROLE_WORDS.finditer(text, before, begin))
            if roles:
                at = roles[-1].start()
                the = _THE_BEFORE_ROLE.search(text, max(before, at - 40), at)  # before "the" of "the captain"
                found.append(((the.start() if the is not None else at) - 1, roles[-1].group(1).lower(), sign.group(1)))
    for a, b in reader.doc.furniture:
        # a caption's pictured person introduced with a role ("Col A B, commander of the 21st Brigade, says his
        # men … CREDIT: …") is whom a later "the colonel" stands for (never "he": the caption stays furniture)
        pictured = _CAPTION_PERSON.match(text, a, b)
        after = _ROLE_AFTER_NAME.match(text, pictured.end(2), b) if pictured is not None else None
        if after is not None:
            ranks = {_RANK_OF.get(w.rstrip(".").lower(), w.lower()) for w in pictured.group("rank").split()}
            roles = ({_role_in(after.group(1))} | (ranks & _words("military_role"))) - {""}
            found.extend((pictured.start(2), role, pictured.group(2)) for role in roles)
    return sorted(found)


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_FOLDS_APART = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K: (?i) matches them with i / s / k, lower() does not


def _words_in(text: str, forms) -> list[tuple[int, int]]:
    """(start, end) of every ``_WORD`` of ``text`` whose lower-cased form is in ``forms``, in text
    order: the words are read as strings by one ``findall`` over the lower-cased text (no match
    object per word) and only the few found are located, each as the first whole word equal to
    it after the previous one. (Only İ and the Kelvin sign K lower-case differently from their
    place in ``_WORD``: a text holding either takes the plain scan.)

    Example:
        >>> _words_in("He said, unsaid, SAID-so", {"said"})
        [(3, 7), (17, 21)]
    """
    lowered = text.lower()
    if len(lowered) != len(text) or "\u212a" in text:
        return [m.span() for m in _WORD.finditer(text) if m.group(0).lower() in forms]
    found, pos, size, find, letters = [], 0, len(text), lowered.find, _ASCII_LETTERS
    for word in [w for w in _WORD.findall(lowered) if w in forms]:
        start = find(word, pos)
        end = start + len(word)
        while (start > 0 and lowered[start - 1] in letters) or (end < size and lowered[end] in letters):
            start = find(word, start + 1)
            end = start + len(word)
        found.append((start, end))
        pos = end
    return found


def _statement_reads() -> re.Pattern:
    """ "read"/"reads" right after a statement noun of ``data/speech_words.csv`` (built once)."""
    def build():
        nouns = sorted(_words("statement_noun"), key=len, reverse=True)
        first = "(?=(?i:[" + re.escape("".join(sorted({n[0] for n in nouns}))) + "]))" if nouns else ""  # fail fast
        return re.compile(first + r"\b(?i:" + trie_pattern(nouns, ignore_case=True) + r")\s+(reads?)\b(?!\s+(?:by|out|more)\b)")
    return vocab.compiled("statement_reads", ("speech_words",), build)


def _statement_finds() -> re.Pattern:
    """ A ``finding_verb`` of ``data/speech_words.csv`` ("found", "concluded") right after a statement noun, or after
    an aside between commas that follows it ("The report, published on Monday, found"), then "that" (built once)."""
    def build():
        nouns = sorted(_words("statement_noun"), key=len, reverse=True)
        verbs = sorted(_words("finding_verb"), key=len, reverse=True)
        return re.compile(r"\b(?i:" + trie_pattern(nouns, ignore_case=True) + r")(?:,[^,.;:!?“”\"\n]{1,70},)?\s+("
                          + "|".join(map(re.escape, verbs)) + r")\s+that\b")
    return vocab.compiled("statement_finds", ("speech_words",), build)


def _evening_occasion() -> re.Pattern:
    """ "in his nightly address", "an evening video message": an ``evening_occasion`` word of ``data/speech_words.csv``
    before a ``statement_noun`` (up to one word between; built once)."""
    def build():
        times = sorted(_words("evening_occasion"), key=len, reverse=True)
        nouns = sorted(_words("statement_noun") | {"speech", "remarks"}, key=len, reverse=True)
        return re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, times)) + r")\s+(?:[\w-]+\s+)?(?:"
                          + "|".join(map(re.escape, nouns)) + r")s?\b")
    return vocab.compiled("evening_occasion", ("speech_words",), build)


def _put_at() -> re.Pattern:
    """ "X put Russian losses (near Bakhmut) at 300", "X put the chance of a ceasefire at “less than even”": "put"
    before an ``estimate_noun`` of ``data/speech_words.csv`` and "at" is X's estimate (built once)."""
    def build():
        nouns = sorted(_words("estimate_noun"), key=len, reverse=True)
        return re.compile(r"(?=p)\b(put|puts|putting)\s+(?:[\w’'-]+\s+){0,3}?(?i:" + "|".join(map(re.escape, nouns))
                          + r")\s+(?:[^.;:“”\"]{0,40}?\s)?at\s+(?:about\s+|around\s+|roughly\s+|some\s+|more\s+than\s+|"
                          r"over\s+|up\s+to\s+|nearly\s+|almost\s+|least\s+|several\s+|[\d$€£]"
                          # "put the chance of a ceasefire at “less than even”": a quoted estimate, the subject's words
                          r"|[“\"‘](?=[^“”\"]{1,60}[”\"’]))")
    return vocab.compiled("put_at", ("speech_words",), build)


def _find_cues(doc) -> list[Cue]:
    """Speech verbs outside quotes. One-word forms are looked up word by word (much faster than
    one big alternation); multi-word forms ("according to") by regex."""
    single, multi = cue_table()
    text = doc.text
    # the words of the cue forms, the noun forms and "read(s)", found in one pass (the first two then read apart)
    words, nouns = _cue_words()
    found = [(a, b, text[a:b].lower()) for a, b in _words_in(text, words)]
    cues = [Cue(a, b, text[a:b], single[word])
            for a, b, word in found if word in single
            and text[a - 1:a] != "-"
            and not (word.startswith("call") and text[b:b + 3] == " up")]
    cues += [Cue(m.start(), m.end(), m.group(0), single[" ".join(m.group(0).lower().split())])
             for m in multi.finditer(text)]
    if " that " in text or " to " in text:  # "He forecast that …", "Budanov, forecast in an interview that …": a noun form as a verb
        taken = {c.start for c in cues}
        for m in _noun_form_matches(text, found, nouns):
            before = _PRONOUN_BEFORE if m.group("that") is not None else _HE_SHE_BEFORE
            if m.start() not in taken and before.search(text, max(0, m.start() - 8), m.start()):
                cues.append(Cue(m.start(), m.end(), m.group("cue"), "speech"))
    if "put" in text:  # "Budanov put Russian losses at 300 a day": his estimate
        taken = {c.start for c in cues}  # "put the number at" is a cue of the table already
        cues += [Cue(m.start(1), m.end(1), m.group(1), "speech") for m in _put_at().finditer(text) if m.start() not in taken]
    if " that" in text and any(f in text for f in _words("finding_verb")):
        # "The ISW's monthly report, published in early October, found that …": a written account's finding
        cues += [Cue(m.start(1), m.end(1), m.group(1), "speech") for m in _statement_finds().finditer(text)]
    if any(word in _READS for _, _, word in found):  # "the statement read", "the ministry's report reads": the statement's
        # words (its "reads?" is a whole lower-case word: none, no match; "already", "spread", "ready" hold no such word)
        cues += [Cue(m.start(1), m.end(1), m.group(1), "speech") for m in _statement_reads().finditer(text)]
    return sorted((c for c in cues if not doc.in_quote(c.start) and not doc.in_transcript(c.start)
                   and not _NEGATED_CUE.search(text, max(0, c.start - 30), c.start)
                   and not _UNREALISED_CUE.search(text, max(0, c.start - 30), c.start)  # "Europe had to respond"
                   and not _REPORTED_MODAL.search(text, max(0, c.start - 80), c.start)  # "He said Washington would announce"
                   and not _POSSESSIVE_BEFORE.search(text, max(0, c.start - 4), c.start)  # "Reznik's claims"
                   and not _plural_noun(text, c)  # "Russian claims to have captured X were a lie"
                   and not _adjective_cue(text, c)  # "the first reported use of such a weapon"
                   and not (c.text.lower().startswith("ask") and _ANONYMITY_AFTER.match(text, c.end))  # "who asked not to be named"
                   and not _LEAVE_TO_SPEAK.search(text, max(0, c.start - 30), c.start)  # "not authorised to speak to the press"
                   and not (text[c.end:c.end + 1] == "," and c.text.lower().rsplit(None, 1)[-1] in speech_words()["object_free_speech"]
                            and _TIME_CLAUSE_BEFORE.search(text, max(0, c.start - 70), c.start))
                   and not (c.text[:3].lower() in ("put", "has", "had") and c.text.lower().endswith(" it")  # "As X put it,"
                            and not _PUT_IT_BEFORE.search(text, max(0, c.start - 80), c.start)
                            and not _PUT_IT_AFTER.match(text, c.end))
                   and not (c.kind == "speech" and not c.text.lower().endswith("ing")
                            and _PASSIVE_BEFORE.search(text, max(0, c.start - 20), c.start)
                            and not _BY_AFTER.match(text, c.end))),
                  key=lambda c: c.start)


#: a speech verb with no object ending a fronted time clause ("After Zelensky spoke, Putin visited …", "Shortly before
#: the minister had spoken, …"): when the sentence's own doing happened, no words reported. Only a verb that can end a
#: clause with no object (the ``object_free_speech`` words of data/speech_words.csv): "After the meeting Zelensky said,
#: “…”" and "Once again X warned, …" report words (a bare "said" or "warned" ends no time clause; rv8)
_TIME_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|[“\"]\s*)(?:(?:Shortly|Hours|Minutes|Days|Soon|Just|Moments|Right)\s+)?"
                                 r"(?:After|Before|Once|Until|By\s+the\s+time|As\s+soon\s+as)\s+[^,.;:!?“”\"\n]{1,50}?\s+"
                                 r"(?:had\s+|has\s+)?$")


def _noun_form_matches(text: str, found, nouns):
    """``_noun_form_cues().finditer(text)``, the pattern matched only where :func:`_words_in` found a noun form
    (``found``: (start, end, lower-cased word)): a match is one whole word of those forms, in any case, so it starts at
    such a word. A text holding a character (?i) matches with an ASCII letter that lower() keeps apart (İ ı ſ K), or
    forms that are more than ASCII letters (``nouns`` None), is scanned by the pattern as before."""
    pattern = _noun_form_cues()
    if nouns is None or _FOLDS_APART.search(text):
        return list(pattern.finditer(text))
    return [m for a, _, word in found if word in nouns and (m := pattern.match(text, a)) is not None]


#: "who asked not to be named", "asked to be identified only by his call sign": a condition of the source's, no words
_ANONYMITY_AFTER = re.compile(r"\s+(?:that\s+(?:his|her|their)\s+names?\s+(?:not\s+)?be\s+|(?:not\s+)?to\s+(?:not\s+)?be\s+"
                              r"(?:(?:fully|publicly|only)\s+)?)(?:named|identified|quoted|cited|used|disclosed|published)\b",
                              re.IGNORECASE)
#: "who was not authorised to speak publicly", "not allowed to comment": a condition of anonymity, no words spoken
_LEAVE_TO_SPEAK = lazy_fail_fast(r"\b(?:authori[sz]ed|allowed|permitted|cleared|entitled)\s+to\s+$", re.IGNORECASE)
# "put it" says something only in "As X put it," or "X put it bluntly:" ("they put it in storage" says nothing)
_PUT_IT_BEFORE = re.compile(r"(?:^|[\s,;“”\"])[Aa]s\s+[^,.;:“”\"]{1,60}$")
_PUT_IT_AFTER = re.compile(r"\s*(?:(?:\w+ly|this\s+way|so|thus)\s*)?:")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|such|his|her|their|its|our|your|earlier|recent|previous|new|"
                                r"false|unverified|unconfirmed|similar|initial|official|media|news|"
                                r"on|of|about|amid|despite|over|regarding)\s+$", re.IGNORECASE)  # "comment on reports"


# an -ed form used as an adjective between a determiner and its noun: "the first reported use of such a weapon",
# "a reported attack", "the claimed capture of" (no one's words)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:(?:first|second|third|latest|last|only|widely|officially)\s+)?$",
                               re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:that|on|to|by|in|at|as|it|this|he|she|they|we|the|an?|his|her|its|their|earlier|last|late|"
                         r"early|and|or|for|with|from|after|before|since|when|while|what|how|why|which|who)\b)[a-z]{3,}\b")


def _adjective_cue(text: str, c: Cue) -> bool:
    return c.text.lower().endswith("ed") and _NOUN_AFTER.match(text, c.end) is not None \
        and _ADJECTIVE_BEFORE.search(text, max(0, c.start - 30), c.start) is not None


def _plural_noun(text: str, c: Cue) -> bool:
    """An "-s" form after a determiner or a nationality adjective is a plural noun, no speech verb:
    "Russian claims", "the reports", "such claims" (but "says" stays a verb)."""
    word = c.text.lower()
    if not word.endswith("s") or word.endswith("says") or " " in word:
        return False
    if _DETERMINER_BEFORE.search(text, max(0, c.start - 16), c.start):
        return True
    before = re.search(r"([A-Z][\w-]*)\s+$", text[max(0, c.start - 30):c.start])
    return before is not None and vocab.country_forms().get(before.group(1), ("", ""))[1] == "demonym"


def analyse(doc) -> Speech:
    """Build the speech layer of ``doc`` (use ``doc.speech``, which builds it once)."""
    from saidvsdone.attribution import attribute, conduits, date_quotes  # the quotes' part of the layer
    reader = _Reader(doc, _mentions.people())
    readings = [QuoteReading() for _ in doc.quotes]
    layer = Speech(reader.mentions, reader.cues, quotes=readings, events=reader.events,
                   headline_end=getattr(doc, "headline_end", 0))
    by_sentence: dict[int, list[int]] = {}
    for i, quote in enumerate(doc.quotes):
        by_sentence.setdefault(quote.sentence[0], []).append(i)
    anchor = None
    headers = _day_headers(reader)  # a live blog's day headers: the day its posts' "yesterday" counts from
    stamps = _post_stamps(reader)  # its posts' dated time stamps: the day their "on Monday" counts from
    filed = _dateline_day(reader)  # "KYIV, March 1 (Reuters) -" on a page of March 2: "today" is March 1
    passage, last_day = None, {}
    told = None  # the sentence before, when its words are dated: (its start, day, words)
    lede, first_body = None, None  # the lede's dated statement of an institution: (its end, reach, day, words)
    all_sentences = doc.sentences
    for k, sentence in enumerate(all_sentences):
        lead_in = all_sentences[k - 1] if k else None  # (a lead-in to quoted words: "Asked last week …, he had …")
        s_start, s_end = sentence.start, sentence.end
        sentence_cues = reader.cues_between(s_start, s_end)
        reader.role_day = _statement_day(reader, sentence_cues, s_start, s_end, anchor)
        sentence_date, date_text, inferred, content = None, "", False, False
        own_dates: dict[int, tuple] = {}
        cue_subjects: list[tuple[Cue, Mention | None]] = []
        colon = _colon_introducer(reader, s_start, s_end)
        if colon is not None:  # "Zelensky's adviser on the war: “The front is holding.”", "Shoigu: offensive …"
            cue_subjects.append(colon)
        for cue in sentence_cues:
            previous = next((subj for _, subj in reversed(cue_subjects) if subj is not None), None)
            if previous is not None and _coordinated_before(doc.text, s_start, cue.start):
                subject = previous  # "He claimed that …, and said …": the same subject
            else:
                subject = _subject_of(reader, cue, s_start)
                if (subject is not None and subject.how in ("pronoun", "unresolved pronoun") and previous is not None
                        and previous.speaker and (_mentions.is_person(previous.speaker, reader.who) or (
                            # "A blogger who writes under the name Dvina posted a photo he said showed …" (sk17)
                            previous.how == "unknown name" and given_name(doc.text, previous)))
                        # ("Koval said she had spoken to him …, when he told her": no "he" for Olena Koval)
                        and _mentions.gender(previous.speaker, "", reader.who) in (
                            "", "f" if subject.as_written.lower() in ("she", "her") else "m")):
                    # "Trump asked Putin to spare troops that he says are surrounded": he = Trump
                    subject = Mention(subject.start, subject.end, previous.speaker, subject.as_written, "pronoun")
            cue_subjects.append((cue, subject))
        asides = _statement_asides(reader, cue_subjects) if len(cue_subjects) > 1 else {}
        if cue_subjects:
            expressions = reader.dates_between(s_start, s_end)
            for dating, (cue, _) in enumerate(cue_subjects):
                if cue.start in asides:
                    continue  # "X, who had warned on Monday that …, said on Thursday …": the main verb's day
                expression = _date_for_cue(doc.text, cue, [e for e in expressions if not any(
                    a <= e.start < b for a, b in asides.values())] if asides else expressions)
                if expression is not None:
                    # "X praised the troops, while Y said on Wednesday …": the day after a later verb is that verb's
                    dating = max([k for k, (c, subj) in enumerate(cue_subjects)
                                  if k > dating and cue.end <= c.start and c.end <= expression.start
                                  and not _relays(reader, subj)], default=dating)
                    named = _scene_day(reader, expression.start) if expression.kind == "relative_event" and anchor is None else None
                    if expression.kind == "relative_event":
                        # "… rejected the claim the next day" under "TUESDAY, MARCH 4" with no day named since: counted
                        # from the header's day (not from a day named above it, nor the page's)
                        header = next((h for h in headers if h[0] <= expression.start < h[1]), None)
                        if header is not None and not reader.dates_between(header[0] + len(header[3]), expression.start):
                            named = (header[0], header[2])
                    # "Zelensky visited Brussels on Thursday. The previous evening, he had told …": counted from the day named
                    header = next((h for h in headers if h[0] <= expression.start < h[1]), None) \
                        if expression.kind == "relative" else None  # "yesterday" in a post under "Tue 7 May": 6 May
                    stamp = next((h for h in stamps if h[0] <= expression.start < h[1]), None) \
                        if header is None and expression.kind in _STAMPED_KINDS else None
                    if stamp is None and header is None and filed is not None and expression.kind == "relative":
                        stamp = (0, len(doc.text), filed)
                    resolved = when.resolve(expression, doc.published if header is None and stamp is None
                                            else (header or stamp)[2], anchor if named is None else named[1]).day
                    year = _FRONTED_YEAR.match(doc.text, s_start) if expression.kind == "explicit" else None
                    if year is not None and not re.search(r"\d{4}", expression.text) \
                            and not pd.isna(doc.published) and int(year.group(1)) < doc.published.year:
                        # "Back in February 2022, Putin said in a speech on February 24": that year's day
                        resolved = when.resolve(expression, pd.Timestamp(year=int(year.group(1)), month=12, day=31)).day
                    if not pd.isna(resolved):
                        sentence_date, date_text = resolved, expression.text
                        anchor = resolved
                        reader.resolved[expression.start] = resolved  # (counted from the day before it: kept)
                        comma = _content_time(doc.text, cue, expression)  # the comma before the subject, or 0
                        content = bool(comma) and not any(
                            (" " in m.speaker if m.how == "unknown name" else _mentions.could_be_person(m.speaker, reader.who))
                            for m in reader.mentions_between(s_start, comma) if m.speaker and m.how != "country")
                        break
            if sentence_date is not None and len(cue_subjects) > 1:
                # "Peskov called it “unacceptable” on Monday, while Sybiha said on Tuesday …": a
                # later verb with a day of its own right after it keeps that day
                for (previous_cue, _), (cue, _) in zip(cue_subjects, cue_subjects[1:]):
                    clause = _NEW_CLAUSE.search(doc.text, previous_cue.end, cue.start)
                    if not clause:
                        continue  # a verb inside what the first one reports
                    own = _date_for_cue(doc.text, cue, [e for e in expressions if e.start >= cue.end])
                    if own is None:  # "…; a day earlier, the minister had said …": the new clause's fronted time
                        own = next((e for e in reversed(expressions) if clause.end() <= e.start and e.end <= cue.start
                                    and len(doc.text[clause.end():e.start].split()) <= 2), None)
                    day = when.resolve(own, doc.published, anchor).day if own is not None else pd.NaT
                    if not pd.isna(day) and day != sentence_date:
                        own_dates[cue.start] = (day, own.text)
            same = _SAME_OCCASION.search(doc.text, s_start, s_end) \
                if sentence_date is None and (reader.may_hold(("same",), s_start, s_end)  # "that day" needs both
                                              or reader.may_hold(("that",), s_start, s_end)
                                              and reader.may_hold(("day",), s_start, s_end)) else None
            if same is not None:  # "on the same occasion he said": the day of that speaker's last dated event
                speaker = next((subj.speaker for _, subj in cue_subjects if subj is not None and subj.speaker), "")
                dated = [e for e in reader.events if e.date is not None and not pd.isna(e.date)]
                own = [e for e in dated if e.speaker == speaker or not speaker]
                seen = [a for a in layer.appearances.get(speaker, ()) if a[0] < s_start] if speaker else []
                if seen and (not own or own[-1].pos < seen[-1][0]):
                    # "Sava appeared in a video on Saturday. … In the same video, Sava said": that doing's day
                    sentence_date, date_text = seen[-1][2], same.group(0)
                elif own or (dated and _SAME_DAY.search(same.group(0))):  # "the same day": the day just named, whoever spoke
                    sentence_date, date_text = (own or dated)[-1].date, same.group(0)
                elif dated and not own:
                    # "Hegseth, who spoke at the same briefing": the last dated gathering or statement before
                    held = layer.gatherings[-1] if layer.gatherings and not pd.isna(layer.gatherings[-1][1]) else None
                    sentence_date, date_text = (held[1] if held is not None and held[0] >= doc.sentence_at(dated[-1].pos).start
                                                else dated[-1].date), same.group(0)
                if _SAME_DAY.search(same.group(0)) and not own:
                    # "Missiles hit Kharkiv on March 13. On the same day Peskov said": the last day the text
                    # named before, a statement's or an event's (the statement's, when one sentence has both)
                    named = _last_named_day(reader, s_start, anchor)
                    if named is not None and not (dated and doc.sentence_at(dated[-1].pos) is not None
                                                  and doc.sentence_at(dated[-1].pos).end > named[0]):
                        sentence_date, date_text = named[1], same.group(0)
        held = _SAME_GATHERING.search(same.group(0)) if cue_subjects and same is not None else None
        held = _gathering_named_before(reader, held.group(1), s_start, anchor) if held is not None else None
        if held is not None:  # "Zelensky told the same news conference": the day of the conference named before
            sentence_date, date_text = held, same.group(0)
        closing = _event_end_day(reader, s_start, s_end, anchor) \
            if cue_subjects and sentence_date is None and same is None and reader.may_hold(("closing", "final", "last"), s_start, s_end) else None
        if closing is not None:  # "Speaking at the summit's closing news conference, X said": the day the summit ended
            sentence_date, date_text = closing
        until = _until_then(reader, s_start, s_end, cue_subjects, anchor) if cue_subjects and sentence_date is None else None
        if until is not None:  # "Until August 12, Ukraine did not confirm it, until Syrskyi said …": August 12
            sentence_date, date_text = until
        eve = _EVE_OF.search(doc.text, s_start, s_end) if cue_subjects and sentence_date is None else None
        held = _named_day_before(reader, eve.group(1), s_start) if eve is not None else None
        if held is not None:  # "On the eve of the parade, X said": the day before the parade dated above
            sentence_date, date_text = held - pd.Timedelta(days=1), eve.group(0)
        counted = _counted_from_event(reader, cue_subjects, s_start, s_end) \
            if cue_subjects and sentence_date is None and same is None and reader.may_hold(("after", "before"), s_start, s_end) else None
        if counted is not None:  # "Speaking the day after the strike, X said": the strike's day dated above, plus one
            sentence_date, date_text = counted
        back = next((m for m in _THAT_TIME.finditer(doc.text, s_start, s_end) if not doc.in_quote(m.start())), None) \
            if cue_subjects and sentence_date is None and same is None else None
        if back is not None:  # "…," he said, smiling for the first time that evening: the scene's day
            named = _scene_day(reader, s_start)
            if named is not None:
                sentence_date, date_text = named[1], back.group(0)
        then = _at_that_time(reader, cue_subjects, s_start, s_end, told) \
            if cue_subjects and sentence_date is None and same is None and told is not None else None
        if then is not None:  # "On Monday, X told the board …. Y, who attended, said at the time …": Monday
            sentence_date, date_text = then
        beside = _alongside(reader, layer, cue_subjects, s_start) if cue_subjects and sentence_date is None and same is None else None
        if beside is not None:  # "X said on Thursday …. Y, who spoke alongside him, said …": Thursday
            sentence_date, date_text = beside
        later = _later_day(reader, s_end, cue_subjects) if cue_subjects and same is None else None
        if later is not None and sentence_date is not None and later[1] == date_text:
            sentence_date, date_text = None, ""  # "said she planned to visit the front on June 20": not June 20
        readout = _readout_day(doc.text, s_start, told) \
            if cue_subjects and sentence_date is None and same is None and told is not None else None
        if readout is not None:  # "The Kremlin said on Tuesday …. According to the Kremlin's readout, X told Putin …"
            sentence_date, date_text = readout
        if sentence_date is None and cue_subjects and passage is not None and _LATER_AT.match(doc.text, s_start) \
                and any(not doc.in_quote(m.start()) for m in _THE_MEETING.finditer(doc.text, s_start, s_end)) \
                and not pd.isna(passage[0]):
            # "Later, Deputy Minister X told the forum …" in the passage about a dated forum: later at the same
            # gathering, its day (not a new occasion with no day) (dt14)
            sentence_date, date_text = passage[0], f"{passage[1]} ({doc.text[s_start:s_end].split(',')[0].strip()})"
        earlier = _earlier_occasion(doc.text, s_start, s_end, cue_subjects) if sentence_date is None else None
        if earlier is None and sentence_date is None and cue_subjects:
            earlier = _according_event_day(reader, s_start, s_end)
        if earlier is None and sentence_date is None and cue_subjects:
            body = _body_goes_on(reader, layer, sentence, cue_subjects) or _body_voice(reader, layer, sentence, cue_subjects)
            if body is not None:  # "Ukraine's military said in Sunday's statement …. The General Staff added …"
                sentence_date, date_text = body
        if earlier is None and sentence_date is None and later is not None:
            # "X said she would return to the city on Sunday": a new time cue (the content's later day), so a new
            # occasion with no day, not the speaker's dated words above going on (dt12)
            earlier = later[0]
        if earlier is None and sentence_date is None and cue_subjects and lead_in is not None:
            # "Asked in the interview last week …, he had given a soldier's answer. “…,” he said": the lead-in's
            # earlier occasion (dt12)
            earlier = _asked_before(reader, lead_in, s_start, by_sentence)
        if earlier is None and sentence_date is None and cue_subjects and reader.may_match(_SEPARATE_WORDS) \
                and _separately(doc.text, s_start, cue_subjects):
            earlier = "separately"  # "Separately, Russia said …": a statement of its own, no earlier one's day
        if earlier is None and sentence_date is None and cue_subjects and by_sentence.get(s_start) \
                and not sentence.headline and not any(h[0] <= s_start < h[1] for h in headers) \
                and _reporters_present(reader, cue_subjects):
            # "“We count the days by shifts,” he says.": a feature's present tense is the time of the reporting, no
            # occasion of the speaker's dated words elsewhere (for whoever continues it too: "he added")
            earlier = "present tense"
        if sentence_date is None and earlier is None and cue_subjects and layer.gatherings:
            back = _the_gathering(reader, layer, s_start, s_end, cue_subjects)
            if back is not None:  # "At the meeting, Putin said": the article's dated meeting
                sentence_date, date_text = back
        if sentence_date is None and earlier is None and cue_subjects and layer.documents:
            back = _the_document(reader, layer, s_start, s_end, cue_subjects)
            if back is not None:  # "…, the report said", "At the launch of the report, X said": the dated report (dt16)
                sentence_date, date_text = back
        if not sentence.headline:
            _dated_document(reader, layer, s_start, s_end)
        if sentence_date is None and earlier is None and cue_subjects and lede is not None:
            sentence_date, date_text = _lede_briefing(reader, lede, cue_subjects, s_start, s_end) or (None, "")
            inferred = sentence_date is not None  # a day read from the lede: it opens no meeting passage for others
        if first_body is None and not sentence.headline and sentence.paragraph not in doc.interruptions \
                and not _STAMP_ONLY.fullmatch(doc.text, *doc.paragraphs[sentence.paragraph]):
            first_body = sentence.paragraph  # (past a byline or a caption under the headline, a post's "14.18 BST")
        if first_body is not None and sentence.paragraph <= first_body + 3 and not layer.group_lede and not layer.acts \
                and not sentence.headline:
            # (the lede: the first words of the copy, past a byline and a time stamp)
            layer.group_lede = _group_lede(reader, s_start, s_end)
        if lede is None and sentence_date is not None and sentence.paragraph == first_body and cue_subjects \
                and (_TODAY.search(date_text) or (not pd.isna(doc.published) and not pd.isna(sentence_date)
                                                  and all(subj is not None and _unnamed_group(subj) for _, subj in cue_subjects)
                                                  and doc.published.normalize() - pd.Timedelta(days=6) <= sentence_date))\
                and not any(subj is not None and not _unnamed_group(subj) and (
                    _mentions.is_person(subj.speaker, reader.who) if subj.speaker
                    else _speaks_as_person(subj, reader.who)) for _, subj in cue_subjects):
            # "Ukraine's army said today it had …", "…, senior officers said on Monday": the news the briefing below
            # gave (a day of the week before publication, the lede's own; a group of unnamed people speaks as a body)
            lede = (s_end, _prose_reach(doc.text, doc.paragraphs, sentence.paragraph, reader.quiet()), sentence_date, date_text,
                    next((_institution_side(reader.who, subj) for _, subj in cue_subjects if subj is not None), ""))
        if sentence_date is None and earlier is None and cue_subjects:
            _told_the_one_there(reader, layer, cue_subjects, s_start)
        own_occasion = bool(cue_subjects) and _OWN_OCCASION.search(  # (searched once: read again below)
            doc.text, s_start, min(s_end, cue_subjects[0][0].end + 60)) is not None \
            and not _AFTERWARDS.search(doc.text, s_start, min(s_end, cue_subjects[0][0].start))
        if own_occasion:
            layer.named_occasions.append((s_start, s_end))
        elif sentence_date is None and earlier is None and cue_subjects:
            _continues_appearance(reader, layer, cue_subjects, s_start, s_end)
        if earlier is not None:
            layer.earlier.append((s_start, s_end, earlier))
        elif sentence_date is None and own_occasion:
            layer.own_occasions.append((s_start, s_end))
        elif not sentence.headline and (not cue_subjects or sentence_date is not None):
            # "Gerasimov inspected the troops on Saturday, the ministry said": his doing too
            _appearance(reader, layer, sentence, anchor, {subj.speaker for _, subj in cue_subjects if subj})
            if sentence_date is not None:  # "Shoigu told President Putin on Thursday": Putin was there
                _addressees(reader, layer, sentence, cue_subjects, sentence_date, date_text)
            if not cue_subjects:
                _issued(reader, sentence, anchor)
                _gathering_dated_after(reader, layer, sentence, anchor)
                _interview_dated_after(reader, layer, sentence, anchor)
                _encounter_scene(reader, layer, sentence, anchor)
                _later_scene(reader, layer, sentence)
                _as_of_today(reader, layer, sentence)
            elif all(subj is None or not subj.speaker or _relays(reader, subj) for _, subj in cue_subjects):
                _interview_dated_after(reader, layer, sentence, anchor)  # "We spoke to him … on Friday", "The BBC spoke to A B"
        if sentence_date is not None and earlier is None:
            _stated_by(reader, s_start, s_end, sentence_date, date_text)
        embedded = _embedded_before(doc.text, cue_subjects, dating) \
            if sentence_date is not None and dating and not _relays(reader, cue_subjects[dating][1]) else 0
        for n, (cue, subject) in enumerate(cue_subjects):
            if subject is None and sentence_date is not None and n >= embedded \
                    and not _other_side_unnamed(reader, cue_subjects, dating, n):
                layer.cue_days[cue.start] = (sentence_date, date_text)
            # an unnamed subject later in the sentence sits inside reported speech:
            # "Putin said the ministry had not asked him"
            # ("A U.S. official, speaking on condition of anonymity, said": the country read as the aside's
            # subject is a word of the official's, not an earlier speaker)
            if subject is not None and (subject.speaker or not any(
                    s for _, s in cue_subjects[:n] if not (s is not None and subject.start <= s.start < subject.end))
                    # "…, a commander said on Thursday, while officials said …": a clause of its own, not his words
                    or (n and _WHILE_CLAUSE.search(doc.text, cue_subjects[n - 1][0].end, subject.end))):
                day, day_text = sentence_date, date_text
                if earlier is not None:  # dated as "no day" for whoever continues it ("he added")
                    day, day_text = pd.NaT, earlier
                if n < embedded:  # "X said his unit reached Robotyne, a village that Y said on Wednesday …": Y's day
                    day, day_text = None, ""
                elif n > 0 and sentence_date is not None:
                    day, day_text = (own_dates.get(cue.start) or _came_after(reader, cue, s_start, sentence_date, own_dates)
                                     or _other_side(reader, cue_subjects, dating, n, own_dates)
                                     or ((None, "") if content else (day, day_text)))  # "…, X said, adding that …"
                    if not subject.speaker and _other_side_unnamed(reader, cue_subjects, dating, n):
                        day, day_text = None, ""  # "…, while Ukrainian officials said …": the other side names no day
                elif (doc.text.find(date_text, s_start, cue.start) >= 0 if sentence_date is not None
                      else told is not None and _CAME.match(doc.text, s_start)) \
                        and _came_after(reader, cue, s_start, sentence_date or told[1], own_dates):
                    # "Putin's remarks on Tuesday came a day after Zelensky said …", "His comments came a day after …"
                    day, day_text = own_dates[cue.start]
                elif content:  # "On Friday, drones hit the port, the ministry said.": Friday is the strike's day, the
                    day, day_text = None, ""  # words have none of their own (the speaker's other statement may give one)
                if cue.start in asides:  # the aside's own day, or none
                    a, b = asides[cue.start]
                    own = _date_for_cue(doc.text, cue, [e for e in expressions if a <= e.start < b])
                    day, day_text = (when.resolve(own, doc.published, anchor).day, own.text) if own is not None \
                        else (None, "")
                event_day, event_text = day, day_text
                if day is not None and not pd.isna(day) and n == dating and until_bound(doc.text, s_start, cue, date_text):
                    # "Until August 12, Ukraine did not confirm it, until X informed that …": the day bounds that one
                    # statement (the first), no occasion the speaker's next words go on from (dt12)
                    event_day, event_text = pd.NaT, f"until {date_text}"
                reader.add_event(_Event(cue.start, subject.speaker, event_day, event_text,
                                        _speaks_as_person(subject, reader.who),
                                        bool(_PLUPERFECT_BEFORE.search(doc.text, max(s_start, cue.start - 30), cue.start)
                                             or _BACK_WORDS.search(day_text or "")
                                             # "Earlier, on 9 October, X stated …": placed back, whatever its day
                                             or (day is not None and _EARLIER_FRONTED.match(doc.text, s_start))),
                                        reader.may_match(_AGAIN_GUARD) and _again(doc.text, s_start, cue)))
                joint = _joint_subject(reader, subject, s_start) if day is not None and not pd.isna(day) else None
                if joint is not None:  # "Austin and Stoltenberg urged allies on Tuesday": both spoke that day
                    reader.add_event(_Event(joint.start, joint.speaker, day, day_text, True))
                if subject.how == "unnamed source" and re.match(r"(?i)(?:an?|one)\s", subject.as_written):
                    reader.unnamed.append((subject.start, subject.as_written))
                elif not subject.speaker and subject.how in ("unnamed source", "unresolved role") \
                        and _OFFICE_OF_PLACE.match(subject.as_written):
                    reader.unnamed_offices.append((subject.start, subject.as_written))  # "the governor of Belgorod region"
                layer.acts.append(SpeechAct((s_start, s_end), cue, subject, day, day_text))
        indices = by_sentence.get(s_start, [])
        for k, qi in enumerate(indices):
            following = (doc.quotes[indices[k + 1]].span.outer_start if k + 1 < len(indices)
                         else max(s_end, doc.quotes[qi].sentence[1]))  # a quote may run past its sentence
            reading = readings[qi]
            attribute(reader, doc.quotes[qi], reading, following, cue_subjects)
            reader.previous_quote = (doc.quotes[qi], reading)
            reading.sentence_date, reading.sentence_date_text = own_dates.get(
                reading.cue_start, (None, "") if content else (sentence_date, date_text))  # (the event's day: none)
            if reading.cue_start >= s_end:  # attributed in the next sentence ("That was the message from X on …")
                after = doc.sentence_at(reading.cue_start)
                cue = Cue(reading.cue_start, reading.cue_start + len(reading.cue), reading.cue, "speech")
                own = _date_for_cue(doc.text, cue, reader.dates_between(after.start, after.end)) if after else None
                day = when.resolve(own, doc.published, anchor).day if own is not None else pd.NaT
                reading.sentence_date, reading.sentence_date_text = (day, own.text) if not pd.isna(day) else (None, "")
            if reading.speaker and reading.kind != "scare" and reading.attribution != "reporter":  # (never "he")
                # (words a day counted back places: "The previous day, the ministry had said troops had “liberated”
                # X" dates nothing before it, as the sentence's own act does not)
                reader.add_event(_Event(doc.quotes[qi].span.start, reading.speaker, reading.sentence_date,
                                        reading.sentence_date_text,
                                        _mentions.could_be_person(reading.speaker, reader.who),
                                        reading.sentence_date is not None and (
                                            bool(_BACK_WORDS.search(reading.sentence_date_text or ""))
                                            or (reading.cue_start >= s_start and bool(_PLUPERFECT_BEFORE.search(
                                                doc.text, max(s_start, reading.cue_start - 30), reading.cue_start))))))
        passage = _follow_passage(reader, layer, sentence, passage, last_day,
                                  (None, "") if inferred else (sentence_date, date_text), earlier,
                                  cue_subjects, bool(indices))
        if sentence_date is not None and not pd.isna(sentence_date) and earlier is None and cue_subjects \
                and not sentence.headline and _SCENE_PARTICIPLE.search(doc.text, s_start, s_end):
            # "“…,” X said on Monday, sitting on an ammunition crate outside a dugout.": a scene the reporter was at;
            # whoever speaks next in its passage with no day of their own spoke there that day (dt14)
            last = reader.dates_between(s_start, s_end)
            layer.scenes.append((last[-1].start if last else s_start, _reach_scene(reader, sentence.paragraph),
                                 sentence_date, date_text))
        told = (s_start, sentence_date, date_text) if sentence_date is not None and earlier is None else None
    for event in reader.events:
        if event.date is not None:
            layer.dated_events.setdefault(event.speaker, []).append(event)
    layer.date_starts = [e.start for e in reader.dates_between(0, len(doc.text))  # no new time cue: a time to come
                         if not (e.kind in ("vague", "this") and _TIME_TO_COME.search(doc.text, max(0, e.start - 24), e.start))]
    layer.headers = headers
    layer.summaries = _summaries(reader.text)
    if layer.group_lede:
        layer.group_members = _group_members(reader, layer)
    stamped = [(m.start(), m.group(0).strip().replace(".", ":").zfill(5)) for m in _STAMP_LINE.finditer(doc.text)] if headers else []
    # under day headers each stamped post is a scope of its own, whichever way the posts run (oldest first, newest
    # first, or past midnight into the next header): a day one post names is no time cue for the posts around it
    layer.post_starts = [start for start, _ in stamped]
    # a morning post on an evening's words ("07.30 BST … in his nightly address"): said the night before the header
    layer.evening_posts = frozenset(start for (start, clock), end in zip(stamped, [s for s, _ in stamped[1:]] + [len(doc.text)])
                                    if clock < "12:00" and _evening_occasion().search(doc.text, start, end))
    if not headers:
        stamped = [(m.start(), m.group(0).strip().replace(".", ":").zfill(5)) for m in _STAMP_LINE.finditer(doc.text)
                   if len(doc.text[m.start():doc.text.find("\n", m.start()) % (len(doc.text) + 1)].strip()) <= 16]
        if len(stamped) > 1 and all(a[1] > b[1] for a, b in zip(stamped, stamped[1:])):
            layer.newest_first = [start for start, _ in stamped]  # "14.02 GMT" over "12.47 GMT": newest first
    if headers:  # "this morning" under "Tuesday 7 May" names the header's own day: no new time cue in its post
        layer.header_day_dates = frozenset(
            e.start for e in reader.dates_between(0, len(doc.text)) for h in headers if h[0] <= e.start < h[1]
            and when.resolve(e, h[2]).day == h[2])
    layer.scenes.extend(layer.headers)
    layer.introductions = reader.introductions()
    _unnamed_dated_next(reader, layer)
    _spokespeople_dates(reader, layer, readings)
    _body_spokespeople_dates(reader, layer)
    _country_body_dates(reader, layer)
    _headline_quotes(reader, layer, readings)
    layer.conduits = {s.start: found for s in doc.sentences if (found := conduits(reader, s.start, s.end))}

    _pen_names(reader, layer, readings)
    _office_holders(reader, layer, readings)
    date_quotes(doc, layer)
    return layer


def _office_holders(reader: _Reader, layer: Speech, readings) -> None:
    """ "the Russian defence minister said" that the resolution above leaves open (no holder named in the article):
    whoever the tables say held that office on the statement's day (``office_holder``), for the act and for the
    quotes it attributes alike (claims and quotes read one speaker); not "a …", not a "former …" one, not a deputy."""
    open_acts = [k for k, act in enumerate(layer.acts) if act.speaker.how == "unresolved role"]
    if not open_acts:  # (prefilter: most acts are resolved)
        return
    doc = reader.doc
    for k in open_acts:
        act = layer.acts[k]
        written = act.speaker.as_written
        if _ANY_ONE.match(written) or FORMER.search(written) or _DEPUTY_OFFICE.search(written):
            continue
        holder = office_holder(doc, written, act.cue.start, doc.published if act.date is None else act.date, layer.acts)
        if not holder:
            continue
        layer.acts[k] = replace(act, speaker=Mention(act.speaker.start, act.speaker.end, holder, written, "role"))
        for r in readings:
            if r.cue_start == act.cue.start and r.attribution == "unresolved role" and r.as_written == written \
                    and not r.speaker:
                r.speaker, r.attribution = holder, "role"


#: a deputy's office is not the office ("the deputy defence minister")
_ANY_ONE = re.compile(r"(?:a|an|one|another)\s", re.IGNORECASE)
_DEPUTY_OFFICE = re.compile(r"\b(?:deputy|vice|first\s+deputy|assistant)\b", re.IGNORECASE)


def office_holder(doc, phrase: str, pos: int, day, acts) -> str:
    """The person an office phrase names ("Commander-in-chief of Ukraine's military"): a person of
    data/speakers.csv whose role (no generic word alone) stands in the phrase, of the country it
    names, holding it on ``day``; the one who spoke last before ``pos`` when several fit, else the
    only one; "" when none or several fit. ``acts``: the article's speech acts (who speaks in it). The one
    reading of an office the layer's own resolution leaves open (``_office_holders``), which claims' own acts read too."""
    who = _mentions.people()
    lowered = phrase.lower().replace("’", "'")
    # what the phrase names depends on the phrase only: read once per phrase, with patterns compiled once
    tables = vocab.compiled("claims_role_holder", ("speakers", "countries", "places", "first_names"), lambda: (
        [(country, re.compile(r"(?<![\w'])" + re.escape(form.lower().replace("’", "'")) + r"(?![\w-])"))
         for form, country in who.country_of_form.items()],
        {name: [(r, re.compile(r"(?<![\w-])" + re.escape(r) + r"(?![\w-])")) for r in speaker.roles]
         for name, speaker in who.speakers.items()}, {}))
    read = tables[2].get(lowered)
    if read is None:
        read = ({country for country, form in tables[0] if form.search(lowered)},
                {name: [r for r, pattern in roles if pattern.search(lowered)] for name, roles in tables[1].items()})
        if len(tables[2]) < 50_000:
            tables[2][lowered] = read
    countries = set(read[0])
    speaking = getattr(doc, "_office_speaking", None)  # who speaks in the article, gathered once per document
    if speaking is None or speaking[0] is not acts or speaking[1] != len(acts):
        speaking = doc._office_speaking = (acts, len(acts), {a.speaker.speaker for a in acts})
    fits, offices, speaking, office_named = [], [], speaking[2], False
    head = lowered.split()[-1] if lowered.split() else ""
    for name, speaker in who.speakers.items():
        if speaker.kind != "person" or (countries and speaker.country not in countries):
            continue
        # an office ("commander-in-chief", "defence minister"); a one-word role ("president") only
        # for someone the article quotes, or as the head of the phrase ("the Russian president")
        named = read[1][name]
        office = any(" " in r or "-" in r for r in named)
        office_named = office_named or office
        if not speaker.holds_on(day):
            continue
        if office:
            offices.append(name)
        elif any(name in speaking or r == head for r in named):
            fits.append(name)
    # "defence minister" names its holder that day (nobody between two holders), never any "minister"
    fits = offices if office_named else fits
    if len(fits) == 1 and office_named and fits[0] not in speaking:
        # "Commander-in-chief of Ukraine's military continued …" in an article that never quotes the table's holder
        # but gives that office to someone it quotes ("Commander-in-Chief …, A B, warned"): that one
        apposed = _office_apposed(doc, [r for r in read[1][fits[0]] if " " in r or "-" in r], speaking - {fits[0]})
        fits = [apposed] if apposed else fits
    if len(fits) > 1:
        spoke = {a.speaker.speaker: a.cue.start for a in acts if a.cue.start < pos}
        fits = sorted((n for n in fits if n in spoke), key=lambda n: spoke[n])[-1:]
    return fits[0] if len(fits) == 1 and countries else ""


def _office_apposed(doc, offices: list[str], speaking: set) -> str:
    """The one person who speaks in the article and stands within a few words of one of ``offices`` written
    in it ("Commander-in-Chief of the Armed Forces of Ukraine, A B, …", "B, commander-in-chief of …"); ""."""
    text, found = doc.text, set()
    people = [name for name in speaking if name and " " in name and _mentions.is_person(name)]
    for office in offices:
        for m in re.finditer(r"(?i)(?<![\w-])" + re.escape(office) + r"(?![\w-])", text):
            window = text[max(0, m.start() - 40):m.end() + 80]
            found |= {name for name in people if name.split()[-1] in window}
    return found.pop() if len(found) == 1 else ""


#: "who writes under the name X", ", who blogs as X,", "known online as X": the name a writer publishes under
_PEN_NAME_CUE = lazy_fail_fast(r"under\s+the\s+(?:pen\s+|nick|screen\s+)?name|pseudonym|\b(?:blogs|writes|posts|known\s+online)\s+as\b")
_PEN_NAME = re.compile(r"(?P<np>(?<![\w’'-])[Aa]n?\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s*,?\s+"
                       r"(?:who\s+(?:writes|blogs|posts|publishes|goes|is\s+known)\s+(?:online\s+)?"
                       r"(?:under\s+the\s+(?:pen\s+|nick|screen\s+)?name|under\s+the\s+pseudonym|by\s+the\s+name|as)"
                       r"|known\s+(?:online\s+)?as|using\s+the\s+(?:pen\s+|nick|screen\s+)?name)\s+"
                       r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def _without_article(words: str) -> str:
    return re.sub(r"^(?:an?|the)\s+", "", words.strip().lower())


_PEN_NAME_GUARD = RuleGuard(_PEN_NAME_CUE)


def _pen_names(reader: _Reader, layer: Speech, readings) -> None:
    """ "A pro-Kremlin military blogger who writes under the name X said …", "A Russian blogger, who blogs as X, wrote
    …": the writer is labelled by that name, in the sentence and wherever the article takes him up by the same words
    ("the blogger wrote" read as that indefinite phrase); the relative clause's verb ("writes") reports no words."""
    text = reader.text
    if not reader.may_match(_PEN_NAME_GUARD) or _PEN_NAME_CUE.search(text) is None:  # (prefilter: most copy names no pen name)
        return
    for m in _PEN_NAME.finditer(text):
        if reader.doc.in_quote(m.start("name")):  # (a pen name inside quotation marks is somebody's words)
            continue
        name, words = m.group("name"), _without_article(m.group("np"))
        a, b = m.start("name"), m.end("name")
        acts = []
        for act in layer.acts:
            if m.end("np") <= act.cue.start < a:
                continue  # "who writes under the name": no speech of its own
            s = act.speaker
            if a <= s.start < b or (s.start >= m.start() and not s.speaker and _without_article(s.as_written) == words):
                act = replace(act, speaker=Mention(s.start, s.end, name, s.as_written, "unknown name"))
            acts.append(act)
        layer.acts[:] = acts
        for r in readings:
            if not r.speaker and _without_article(r.as_written) == words and r.cue_start >= m.start():
                r.speaker = name


# "In a post on Telegram afterwards, he wrote": an occasion tied to the doing just told ("X visited the troops on
# Wednesday"), which goes on dating the words
_AFTERWARDS = re.compile(r"(?i)\bafterwards?\b|\b(?:after|following)\s+(?:the|his|her|that|this)\s+(?:visit|trip|tour|inspection)\b")
_OWN_OCCASION = lazy_fail_fast(r"\b(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:an?|his|her|its|their|the|[A-Z]\w*[’']s)\s+(?:[\w’'-]+\s+){0,2}(?:interview|address|speech|"
                               r"post|op-ed|article|statement|message|video|podcast)\b|\b[Ii]n\s+(?:[\w-]+\s+)?(?:comments|remarks)\b|\bon\s+(?:Telegram|X|Twitter|Facebook|"
                               r"Truth\s+Social|state\s+television|television|TV)\b")
_NEW_SCENE = re.compile(r"\s*(?:(?:Meanwhile|Separately|Elsewhere)\b|In\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*,"
                        r"|Back\s+(?:in|at|on)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s*,"  # "Back in the dugout, …"
                        r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s*,\s*meanwhile\b)")
# a comment on the news ("Commenting on …, Peskov said"): not words said at the meeting just reported
# ("told reporters" may be: "X and Y held a news conference on Tuesday. … Austin told reporters")
# ("speaking separately", "in separate remarks": another occasion than the meeting's, said the same day or not)
_OWN_AUDIENCE = re.compile(r"\bcommenting\s+on\b|\bseparately\b|\bin\s+(?:a\s+)?separate\s+(?:[\w-]+\s+)?(?:comments?|remarks|"
                           r"statements?|interviews?|address|speech|post|message|briefing)\b", re.IGNORECASE)
GATHERING = lazy_fail_fast(r"\b(?:meeting|session|conference|briefing|summit|talks|call|forum|council|board|ceremony|"
                           r"hearing|assembly|congress|gathering|visit)\b(?!-)|\b(?:by|on\s+the)\s+(?:tele)?phone\b",
                           re.IGNORECASE)  # not a "call-up"


# "At the meeting, Putin said", "during the call": a definite gathering with no day of its own, in the main clause
_THE_GATHERING = re.compile(r"\b(?:[Aa]t|[Dd]uring|[Ii]n|[Aa]fter)\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|"
                            r"briefing|summit|talks|call|council|conference|hearing)\b(?!-)")


# "According to the ministry, on Saturday night Russian forces launched …": a day opening what the source reports
_ACCORDING_DAY = re.compile(r"\s*According\s+to\s+[^,.;:“”\"]{2,60},\s*(?:(?:late|early)\s+)?(?:on|in|at)?\s*")


def _according_event_day(reader: _Reader, s_start: int, s_end: int) -> str | None:
    """A day opening the clause after "According to X," (the reported events' day, not the words'): a new time cue,
    so not the source's dated statement above going on ("The ministry said the previous day …. According to the
    ministry, on Saturday night …": no day) (dt14)."""
    opened = _ACCORDING_DAY.match(reader.text, s_start, s_end)
    if opened is None:
        return None
    e = next(iter(when.find(reader.text, opened.end(), min(s_end, opened.end() + 40))), None)  # (an event's day: not a
    # statement date the reader keeps)
    if e is None or e.start != opened.end() or e.kind in ("vague", "relative_far"):
        return None
    return f"the reported events' day (‘{e.text}’)"


def _the_gathering(reader: _Reader, layer: Speech, s_start: int, s_end: int, cue_subjects) -> tuple | None:
    """(day, words) for a statement made "at the meeting" (the briefing, the call …) that names no
    day: the definite noun refers back to the article's last dated gathering before it, unless a
    new time cue comes in between (a sentence placed on an earlier occasion, "last week",
    "earlier this month")."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    if cue is None:
        return None
    found = next((m for m in _THE_GATHERING.finditer(reader.text, s_start, min(s_end, cue.end + 30))
                  if not reader.doc.in_quote(m.start())), None)
    if found is None or reader.dates_between(s_start, s_end):
        return None
    pos, day, words = layer.gatherings[-1]
    if pd.isna(day) or any(pos < a < s_start for a, _, _ in layer.earlier) or any(
            e.kind in ("vague", "relative_far") for e in reader.dates_between(pos, s_start)):
        return None
    return day, f"{words} ({found.group(0).split(None, 1)[1]})"


# a document dated by its publication ("a report released on Tuesday", "its assessment published late on Monday"): the
# ``statement_noun`` words of data/speech_words.csv (group 1), then a publishing verb and the day
_DATED_DOCUMENT = vocab.TablePattern("dated_document", ("speech_words",), lambda: r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he)"
                                     r"\s+(?:[\w-]+\s+){0,2}?(" + (trie_pattern(speech_words()["statement_noun"]) or "(?!)")
                                     + r")\s+(?:(?:that\s+was\s+|which\s+was\s+)?(?:released|published|issued|"
                                     r"put\s+out|made\s+public)\s+)(?:late\s+|early\s+)?(?:on\s+|at\s+the\s+weekend)")
#: the verb first: "The General Staff published its morning summary on Friday", "X released a report late on Monday"
_PUBLISHED_DOCUMENT = vocab.TablePattern("published_document", ("speech_words",), lambda: r"\b(?:released|published|issued|"
                                         r"put\s+out)\s+(?:an?|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?("
                                         + (trie_pattern(speech_words()["statement_noun"]) or "(?!)")
                                         + r")\s+(?:late\s+|early\s+)?(?:on\s+|at\s+the\s+weekend)")
_PUBLISHED = re.compile(r"\b(?:released|published|issued|put\s+out|made\s+public)\b")
# the same document named again in a statement's attribution ("…, the report said", "the report's lead author",
# "At the launch of the report")
_THE_DOCUMENT = r"\b[Tt]he\s+(?:[\w-]+\s+)?{}(?:[’']s)?\b"


_PUBLISHED_GUARD = RuleGuard(_PUBLISHED)


def _dated_document(reader: _Reader, layer: Speech, s_start: int, s_end: int) -> None:
    """Keep a document the sentence dates by its publication ("a British think-tank said in a report released on
    Tuesday"): the statements that name it again in the passage after it carry its day (dt16)."""
    if not reader.may_match(_PUBLISHED_GUARD) or _PUBLISHED.search(reader.text, s_start, s_end) is None:
        return  # (a prefilter: most sentences publish nothing, most articles neither)
    for m in [*_DATED_DOCUMENT.finditer(reader.text, s_start, s_end), *_PUBLISHED_DOCUMENT.finditer(reader.text, s_start, s_end)]:
        if reader.doc.in_quote(m.start()):
            continue
        expression = next((e for e in reader.dates_between(m.end(1), s_end) if e.start - m.end(1) < 40), None)
        if expression is None or expression.kind in ("vague", "relative_far"):
            continue
        day = when.resolve(expression, reader.doc.published).day
        if not pd.isna(day):
            layer.documents.append((s_end, day, expression.text, m.group(1).lower()))
            return


def _the_document(reader: _Reader, layer: Speech, s_start: int, s_end: int, cue_subjects) -> tuple | None:
    """(day, words) for an undated statement whose attribution names "the report" (the same noun) that the article
    dated by its publication above, no time cue in between ("…, the report said.", "the report's lead author, X,
    wrote", "At the launch of the report in London, X told journalists"): the same document, or its launch that day
    ("Dating by the same event"). "A separate report" is another one (it is dated or not on its own) (dt16)."""
    end, day, words, noun = layer.documents[-1]
    if reader.dates_between(end, s_end) or any(end <= a < s_start for a, _, _ in layer.earlier):
        return None
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    if cue is None:
        return None
    # the attribution: the words before the verb in its clause, or a short closing after it ("…, the report said")
    the = re.compile(_THE_DOCUMENT.format(rf"(?:{re.escape(noun)}|(?:launch|presentation)(?![\w-]|\s+(?:of|sites?|pads?)\b))"))  # (its launch that day)
    if any(not reader.doc.in_quote(m.start()) for m in the.finditer(reader.text, s_start, min(s_end, cue.end + 20))):
        return day, f"{words} (the {noun})"
    return None


# a year fronted in the sentence ("In 2022,", "Back in February 2022,"): the frame of a date without a year after it
_FRONTED_YEAR = re.compile(r"\s*(?:Back\s+)?[Ii]n\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d{2})\s*,")
# a lede's news of the day ("The army said today …"; a lede dated by a weekday is one event among others)
_TODAY = re.compile(r"(?i)\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b")


def _unnamed_group(subject) -> bool:  # "senior officers", "Ukrainian officials": unnamed people speaking as a group
    return not subject.speaker and subject.as_written.split()[-1:] != [] \
        and subject.as_written.split()[-1].lower() in _words("speaking_group")

# "Speaking at a media briefing, X said", "X told a news conference": the occasion an institution's news came from
_AT_BRIEFING = re.compile(r"\b(?:at|to|told|addressing)\s+(?:a|the|an)\s+(?:[\w-]+\s+)?(?:briefing|news\s+conference|"
                          r"press\s+conference)\b", re.IGNORECASE)


def _institution_side(who, subject: Mention) -> str:
    """Russia or Ukraine for an institution of either side ("Ukraine's army", "the Russian defence ministry"), else ""."""
    known = _warring_side(who, subject.speaker)
    if known:
        return known
    sides = {side for side, stem in (("Ukraine", "ukrain"), ("Russia", "russia")) if stem in subject.as_written.lower()
             or stem in subject.speaker.lower()}
    return sides.pop() if len(sides) == 1 else ""


# the speaker goes on ("Zelensky also said", "he added", "she continued")
_CONTINUING = fail_fast(r"\b(?:also|added|adds|adding|continued|went\s+on|further)\b", re.IGNORECASE)


# a body continuing right after another's statement: "added", "also said" (the verb itself, or right before it)
_BODY_ADDED = re.compile(r"(?i)added|adds|continued|went\s+on")


def _body_goes_on(reader: _Reader, layer: Speech, sentence, cue_subjects) -> tuple | None:
    """(day, words) for an institution's undated "added" in the sentence right after another institution of the same
    side dated its statement, in the same paragraph ("Ukraine's military said in Sunday's statement that …. The General
    Staff added that …"): one statement, the body named another way ("Dating by the same event": the same speaker
    continuing). Never a person's, nor one of the other side (dt14)."""
    cue, subject = cue_subjects[0]
    if subject is None or not subject.speaker or not _BODY_ADDED.fullmatch(cue.text) or not layer.acts:
        return None
    last = layer.acts[-1]
    if last.speaker is None or not last.speaker.speaker or last.speaker.speaker == subject.speaker \
            or last.date is None or pd.isna(last.date):
        return None
    before = reader.doc.sentence_at(last.sentence[0])
    if before is None or before.paragraph != sentence.paragraph or reader.text[before.end:sentence.start].strip():
        return None  # (the sentence right before, in the same paragraph)
    if any(_mentions.could_be_person(x.speaker, reader.who) for x in (subject, last.speaker)):
        return None
    side = _institution_side(reader.who, subject)
    return (last.date, last.date_text) if side and side == _institution_side(reader.who, last.speaker) else None


# "Yuriy Ignat, the air force spokesman, said", "its spokeswoman, X, said", "a spokesman for the ministry, X, said"
_BODY_VOICE = vocab.TablePattern("body_voice", ("speech_words",), lambda: r"\b(?:[Tt]he|[Ii]ts|[Aa])\s+((?:[\w’'-]+\s+){0,3}?)(?:"
                                 + (trie_pattern(speech_words()["body_voice"], spaces=True) or "(?!)")
                                 + r")\b(?:\s+for\s+(?:the\s+)?((?:[\w’'-]+\s*){1,3}))?")


def _body_voice(reader: _Reader, layer: Speech, sentence, cue_subjects) -> tuple | None:
    """(day, words) for the undated words of a person introduced as a body's voice ("Yuriy Ignat, the air force
    spokesman, said …") in the sentence right after that body dated its statement ("Ukraine's air force said on Friday
    …"), nothing in between: the same statement in its spokesman's words ("Dating by the same event"); the role names
    the body ("air force") or says "its" (dt16)."""
    cue, subject = cue_subjects[0]
    if subject is None or not subject.speaker or not layer.acts \
            or not _mentions.could_be_person(subject.speaker, reader.who):
        return None
    last = layer.acts[-1]
    if last.speaker is None or not last.speaker.speaker or last.date is None or pd.isna(last.date) \
            or _mentions.could_be_person(last.speaker.speaker, reader.who):
        return None
    before = reader.doc.sentence_at(last.sentence[0])
    if before is None or reader.text[before.end:sentence.start].strip() or before.headline:
        return None  # (the sentence right before, this paragraph or the one above)
    m = _BODY_VOICE.search(reader.text, sentence.start, cue.start)
    if m is None or reader.doc.in_quote(m.start()):
        return None
    body = " ".join((m.group(1) or m.group(2) or "").split()).lower()
    said = " ".join(reader.text[before.start:before.end].split()).lower()
    if m.group(0)[:3].lower() != "its" and not (body and re.search(rf"\b{re.escape(body)}\b", said)):
        return None  # ("a spokesman for the Khortytsia group of forces" after the General Staff: another body)
    if any(not reader.doc.in_quote(x.start()) for pattern in (_OWN_OCCASION, _AIRED_OCCASION, _VOICE_OWN_AUDIENCE)
           for x in pattern.finditer(reader.text, sentence.start, sentence.end)):
        return None  # "…, the spokesman for the Air Force, said on the national telethon": an occasion of his own
    return last.date, last.date_text


_VOICE_OWN_AUDIENCE = re.compile(r"(?i)\b(?:telethon|television|radio|broadcaster|channel|interview|podcast)\b")


def _continues_appearance(reader: _Reader, layer: Speech, cue_subjects, s_start: int, s_end: int) -> None:
    """ "Zelensky addressed the nation on Sunday. “…,” he said. … Zelensky also said …": a speaker who
    spoke within the reach of their dated doing and goes on ("also said", "added") past it, with no
    day named in between, is still on that occasion: the doing's reach grows to this sentence."""
    cue, subject = cue_subjects[0]
    if subject is None or not subject.speaker or not _CONTINUING.search(reader.text, s_start, min(s_end, cue.end + 12)):
        return
    doings = layer.appearances.get(subject.speaker)
    if not doings or doings[-1][0] >= s_start or doings[-1][1] >= s_end:
        return
    start, reach = doings[-1][0], doings[-1][1]
    positions = reader.event_positions.get(subject.speaker, [])
    k = bisect_left(positions, start)
    if k >= len(positions) or positions[k] > reach or reader.dates_between(reach, s_start):
        return  # the speaker did not speak within the doing's reach, or a day is named since
    for event in reversed(reader.events):
        if event.pos < reach:
            break
        if event.pos < s_start and event.speaker != subject.speaker:
            return  # someone else spoke in between
    doings[-1] = (start, s_end) + tuple(doings[-1][2:])


# a lede whose subject is a group of people of both sides or one ("Ukrainian and Russian commanders",
# "Russian officials"), a verb and a day: each member's undated account below is of that day
_GROUP_SUBJECT = re.compile(r"\s*(?:[A-Z][\w-]+\s+(?:and\s+[A-Z][\w-]+\s+)?)?(?:military\s+|senior\s+|top\s+)?"
                            r"(commanders|officials|generals|ministers|leaders|spokesmen|spokespeople)\b")


def _group_lede(reader: _Reader, s_start: int, s_end: int) -> tuple:
    """(the lede's end, day, words) for a lede sentence opened by a group of people with a day of its
    own (a weekday or a date, outside quotes), else ()."""
    found = _GROUP_SUBJECT.match(reader.text, s_start)
    if found is None:
        return ()
    for e in reader.dates_between(found.end(), s_end):
        if reader.doc.in_quote(e.start) or e.kind not in ("weekday", "weekday_day", "explicit", "relative"):
            continue
        day = when.resolve(e, reader.doc.published).day
        if not pd.isna(day):
            return (s_end, day, e.text, found.group(1).lower()[:7])
    return ()


def _group_members(reader: _Reader, layer: Speech) -> frozenset:
    """The people who speak after a group lede whose first naming sentence calls them by the group's
    word ("commanders": "who commands Ukraine's 3rd Army Corps", "the commander of the group")."""
    end, stem = layer.group_lede[0], layer.group_lede[3]
    members = set()
    for name in {a.speaker.speaker for a in layer.acts if a.cue.start > end} | {r.speaker for r in layer.quotes}:
        if not name or " " not in name or not _mentions.could_be_person(name, reader.who):
            continue
        first = reader.text.find(name.split()[-1], end)  # where the copy first names the person
        sentence = reader.doc.sentence_at(first) if first >= 0 else None
        if sentence is not None and stem in reader.text[sentence.start:sentence.end].lower():
            members.add(name)
    return frozenset(members)


def _lede_briefing(reader: _Reader, lede: tuple, cue_subjects, s_start: int, s_end: int) -> tuple | None:
    """The lede's day for a person speaking at a briefing just below it ("Ukraine's army said today
    it had … / Speaking at a briefing, General X said …": the lede reports that briefing), when
    no other day is named in between."""
    pos, reach, day, words, side = lede  # pos: where the lede sentence ends
    people = [subj.speaker for _, subj in cue_subjects
              if subj is not None and subj.speaker and _mentions.is_person(subj.speaker, reader.who)]
    if s_start >= reach or not people or (side and _person_side(reader, people[0]) not in ("", side)):
        return None  # (the two sides' briefings are not one: a Ukrainian statement does not date Konashenkov's)
    found = next((m for m in _AT_BRIEFING.finditer(reader.text, s_start, s_end) if not reader.doc.in_quote(m.start())), None)
    if found is None or reader.dates_between(pos, s_start):
        return None
    return day, f"{words} (the lede’s news, {found.group(0)})"


#: "He said Russia had fired 700 drones … earlier this month": a back-shifted verb between the speech verb and a
#: time that names no day places what is reported, not the words (dt17)
_REPORTED_PAST = re.compile(r"\bhad\b", re.IGNORECASE)


def _passage_time_cue(reader: _Reader, s_start: int, s_end: int, dated: tuple, cue_subjects) -> bool:
    """A new time cue in the sentence, which ends a dated meeting's passage ("Earlier this month, X said"): not a time
    naming no day inside what a named speaker reports ("Umerov said Russia had fired 700 drones at cities earlier
    this month"), which places the reported event and leaves the words at the meeting (dt17)."""
    expressions = reader.dates_between(s_start, s_end)
    if not expressions:
        return False
    if dated[0] is not None or not cue_subjects:
        return True
    cue, subject = cue_subjects[0]
    if subject is None or not subject.speaker:
        return True
    text = reader.text
    return any(e.kind not in ("vague", "relative_far") or e.start < cue.end
               or not _REPORTED_PAST.search(text, cue.end, e.start) for e in expressions)


_REPORTS_BETWEEN = re.compile(r"\bthat\b|\b(?:had|has|have|was|were|is|are|would|will)\b")


def _follow_passage(reader: _Reader, layer: Speech, sentence, passage, last_day: dict, dated: tuple, earlier,
                    cue_subjects, quoted: bool):
    """The passage about a dated meeting ("Speaking at a military meeting …, Putin said" on a
    known day): the next speakers in it with no day of their own spoke at that meeting
    ("Gerasimov reported that …"). It ends at a new time cue (a date, "earlier"), or after a
    paragraph in which nobody speaks. Returns the passage going on: (day, words, paragraph)."""
    s_start, s_end = sentence.start, sentence.end
    if reader.doc.in_furniture(s_start):
        return passage  # a photo caption ("X speaks at a briefing in Kyiv, May 6, 2024. REUTERS/…"): the photo's day
    day, words = dated
    spoke = bool(cue_subjects) or quoted
    speakers = [subj.speaker for _, subj in cue_subjects if subj is not None and subj.speaker]
    # "The meeting lasted three hours.", "Shoigu told the meeting …": the same meeting goes on
    same_meeting = passage is not None and any(not reader.doc.in_quote(m.start())
                                               for m in _THE_MEETING.finditer(reader.text, s_start, s_end))
    if passage is not None and (earlier is not None or _passage_time_cue(reader, s_start, s_end, dated, cue_subjects)
                                or (reader.doc.story_gap(passage[2], sentence.paragraph) > 1 and not same_meeting)
                                or _NEW_SCENE.match(reader.text, s_start)  # "In Moscow, Peskov said …"
                                or _elsewhere(reader, layer, s_start, s_end)  # "X, speaking in Berlin, said …" (dt16)
                                # "In remarks broadcast on state TV, X said …": words of another occasion than the
                                # meeting's, so those after them are no longer in its passage
                                or (spoke and not same_meeting and _AIRED_OCCASION.search(reader.text, s_start, s_end)
                                    and _inside(layer.named_occasions, s_start))):
        passage = None
    if passage is not None and same_meeting and not spoke:
        passage = (passage[0], passage[1], sentence.paragraph, passage[3], passage[4])
    if passage is not None and spoke:
        # the speakers of the sentence's main clause: not a cue inside what the first reports ("X said the Russian
        # side had demanded … the four regions Moscow claims as its own": Russia says nothing at the meeting) (dt18)
        main = [subj.speaker for cue, subj in cue_subjects if subj is not None and subj.speaker
                and not _REPORTS_BETWEEN.search(reader.text, cue_subjects[0][0].end, cue.start)]
        if day is None and main and all(_mentions.could_be_person(x, reader.who) for x in main) \
                and all(_at_meeting(reader, x, passage) for x in main) \
                and not any(_PERFECT_BEFORE.search(reader.text, max(s_start, cue.start - 30), cue.start)
                            for cue, _ in cue_subjects):  # "Zelensky has said …": no one occasion
            # people, not "Russia", "It"; never one of another country (Zaluzhnyi, Blinken at Putin's council)
            if not _OWN_AUDIENCE.search(reader.text, s_start, s_end):  # "Commenting on …, Peskov said": his own occasion
                layer.meetings.append((s_start, s_end, passage[0], passage[1]))
        passage = (passage[0], passage[1], sentence.paragraph, passage[3], passage[4])
    if day is not None and not pd.isna(day):
        for speaker in speakers:
            last_day[speaker] = (day, words)
    elif speakers and speakers[0] in last_day:  # the speaker's day goes on: "Speaking at a meeting, Putin said"
        day, words = last_day[speakers[0]]
    if (day is not None and not pd.isna(day) and spoke and earlier is None and not sentence.headline
            and any(not reader.doc.in_quote(m.start()) and _frames_the_words(reader.text, m.start(), cue_subjects)
                    for m in GATHERING.finditer(reader.text, s_start, s_end))):
        people = _meeting_people(reader, sentence, speakers)
        if passage is not None and same_meeting and passage[0] == day:
            # "After the meeting, Stoltenberg told reporters …" below "NATO defence ministers met … on Thursday": the
            # same meeting named again, not one the speaker holds; its holder's side and country stay, and those it
            # named (dt18)
            passage = (day, words, sentence.paragraph, passage[3], (passage[4][0], passage[4][1] | people[1]))
        else:
            passage = (day, words, sentence.paragraph, next((_person_side(reader, x) for x in speakers), ""), people)
        layer.gatherings.append((s_start, day, words))
        if _JOINT.search(reader.text, s_start, s_end):
            # "speaking at a joint news conference with Finnish President Alexander Stubb": the guest's undated
            # words anywhere below, up to a dated statement of his own, were said at it
            for name in sorted(passage[4][1] - set(speakers)):
                layer.appearances.setdefault(name, []).append((s_start, len(reader.text), day, words, s_start, True))
    elif not spoke and not sentence.headline and reader.dates_between(s_start, s_end) and (any(
            not reader.doc.in_quote(m.start()) for m in _HELD_GATHERING.finditer(reader.text, s_start, s_end))
            or _at_dated_gathering(reader, s_start, s_end)
            or _GATHERING_HELD_DAY.search(reader.text, s_start, s_end)):  # "…, the day the meeting took place" (dt18)
        # "Putin chaired a meeting with his commanders on Wednesday.": a dated meeting with no
        # words in its sentence; those who report in the passage after it spoke there
        for e in reader.dates_between(s_start, s_end):
            if e.kind in ("vague", "relative_far") or reader.text[e.end:e.end + 2] in ("'s", "’s"):
                continue
            held = when.resolve(e, reader.doc.published).day
            if not pd.isna(held):
                # the side guard reads the side of whoever held it ("Putin chaired …": Russia's)
                people = _meeting_people(reader, sentence, ())
                passage = (held, e.text, sentence.paragraph, people[0] if people[0] in ("Russia", "Ukraine") else "", people)
                layer.gatherings.append((s_start, held, e.text))
                break
    elif not spoke and sentence.headline and _TITLE_GATHERING.match(reader.text, s_start):
        # "Press briefing by the Pentagon spokesman, April 25, 2022": a transcript's or readout's dated title;
        # "after the briefing" below refers to it
        for e in reader.dates_between(s_start, s_end):
            day = when.resolve(e, reader.doc.published).day if e.kind in ("explicit", "iso", "numeric") else pd.NaT
            if not pd.isna(day):
                layer.gatherings.append((s_start, day, e.text))
                break
    return passage


# a gathering the narration places on a day with no speech verb and no doer ("The mood at the annual Kyiv Security Forum
# on Monday was sombre.", "On Tuesday evening, at a panel in Lviv, the talk turned to …"): the scene of those who speak
# in the passage after it (dt14); not a plan ("will attend the summit on Friday") nor an earlier one ("had met")
# (the ``scene_gathering`` words of data/speech_words.csv, as written in lower case, a space any white space; "Forum"
# capitalised too, the last word of a forum's name: "the annual Kyiv Security Forum")
_AT_GATHERING = vocab.TablePattern("at_gathering", ("speech_words",), lambda: r"\b(?:[Aa]t|[Dd]uring|[Oo]n\s+the\s+sidelines\s+of)"
                                   r"\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,4}?(?:" + (trie_pattern(
                                       speech_words()["scene_gathering"] | {"Forum"}, spaces=True) or "(?!)") + r")\b(?!-)")
_NOT_HELD = re.compile(r"(?i)\b(?:will|would|is\s+to|are\s+to|is\s+due|are\s+due|plans?\s+to|had|next)\b")


# a gathering as the subject of a sentence that says it took place ("The Ukraine Forum's autumn panel on Thursday brought
# together a general, an MP and an analyst."): the same scene as "at the panel on Thursday" (dt17; the ``scene_gathering``
# words and the ``gathering_convenes`` verbs of data/speech_words.csv)
_GATHERING_CONVENES = vocab.TablePattern("gathering_convenes", ("speech_words",), lambda: r"\s*(?:The|This|Last\s+\w+'s|\w+day's)"
                                         r"\s+(?:[\w’'-]+\s+){0,4}?(?:" + (trie_pattern(
                                             speech_words()["scene_gathering"] | {"Forum"}, spaces=True) or "(?!)")
                                         + r")\s+(?:(?:on|in|at)\s+(?:[\w’'-]+,?\s+){1,4}?)?(?:" + (trie_pattern(
                                             speech_words()["gathering_convenes"], spaces=True) or "(?!)") + r")\b")


def _at_dated_gathering(reader: _Reader, s_start: int, s_end: int) -> bool:
    """Whether a sentence with no speech in it sets a dated gathering as its scene (``_AT_GATHERING``, or the
    gathering as the subject that took place: ``_GATHERING_CONVENES``)."""
    text = reader.text
    found = next((m for m in _AT_GATHERING.finditer(text, s_start, s_end) if not reader.doc.in_quote(m.start())), None)
    if found is None:  # (anchored at the sentence's start: cheap)
        found = _GATHERING_CONVENES.match(text, s_start, s_end)
    return found is not None and not _NOT_HELD.search(text, s_start, s_end) and any(
        e.kind not in ("vague", "relative_far") and text[e.end:e.end + 2] not in ("'s", "’s")
        for e in reader.dates_between(s_start, s_end))


# a gathering named as the object of the speech verb ("Peskov dismissed the forum", "X welcomed the talks"): what the
# words were about, not where they were said (a telling verb's object is its audience: "told the forum")
_OBJECT_GATHERING = re.compile(r"\s+(?:the|a|an|this|that|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}$")
_AUDIENCE_CUE = re.compile(r"(?i)told|tells|addressed|addresses|briefed|briefs|opened|closed")


def _frames_the_words(text: str, at: int, cue_subjects) -> bool:
    """Whether a gathering's word at ``at`` tells where the words were said, not what they were about: before the
    sentence's first speech verb, or after it with no "that" and no clause of the content between ("said at a
    meeting on Friday", "told the Security Council"; not "said on Wednesday that Russia remained open to talks")."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    if cue is None or at < cue.end:
        return True
    between = text[cue.end:at]
    if _OBJECT_GATHERING.fullmatch(between) and not _AUDIENCE_CUE.fullmatch(cue.text):
        return False  # "Peskov dismissed the forum": its topic (dt14)
    if not (re.search(r"\bthat\b", between) or _FINITE.search(between) or _SUBJECT_PAST.search(between)):
        return True
    # "…, speaking at a joint news conference", "… at a meeting with X": an occasion after the content
    found = _OCCASION_PHRASE.search(text, max(cue.end, at - 80), at)
    if found is None:
        return False
    # "…, a claim Syrskyi rejected at the news conference": the gathering of another subject's doing, in a clause
    # of its own after the content (its subject and past verb since the last comma), not where the words were said
    clause = text[max(cue.end, text.rfind(",", cue.end, found.start()) + 1):found.start()]
    return found.group(0).lstrip().startswith(",") or not _SUBJECT_PAST.search(clause)


_OCCASION_PHRASE = re.compile(r"(?:,\s*(?:speaking|talking|addressing|appearing|answering|writing)\b[^,;:.“”\"]*"
                              r"|\b(?:at|during|after|following|on\s+the\s+sidelines\s+of)\s+(?:an?|the|his|her|its|their)\s+"
                              r"(?:[\w’'-]+\s+){0,3})$", re.IGNORECASE)


_AIRED_OCCASION = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s+(?:an?|his|her|its|their|[A-Z]\w*[’']s)\s+(?:[\w’'-]+\s+){0,2}(?:interview|"
                             r"video|post|podcast|op-ed|article)\b|\b[Ii]n\s+(?:[\w-]+\s+)?(?:comments|remarks)\s+"
                             r"(?:broadcast|aired|televised|posted|published)\b|\bon\s+(?:Telegram|X|Twitter|Facebook|"
                             r"state\s+television|television|TV)\b")
# "Scholz, speaking in Berlin, ruled out …" after a news conference in Paris: the speaker's own place, so a scene of its
# own (not the meeting's passage going on) unless the passage named that place
_SPEAKING_IN = re.compile(r",\s*(?:speaking|talking|writing)\s+(?:in|from)\s+(?:the\s+)?([A-Z][\w’'-]+)")


def _elsewhere(reader: _Reader, layer: Speech, s_start: int, s_end: int) -> bool:
    """Whether a sentence in a meeting's passage puts its speaker in a place the passage did not name (dt16)."""
    m = _SPEAKING_IN.search(reader.text, s_start, s_end)
    if m is None or reader.doc.in_quote(m.start()):
        return False
    opened = layer.gatherings[-1][0] if layer.gatherings else 0
    return re.search(rf"\b{re.escape(m.group(1))}\b", reader.text[opened:s_start]) is None


_JOINT = re.compile(r"\bjoint\s+(?:news|press)\s+conference\s+with\b", re.IGNORECASE)
_TITLE_GATHERING = re.compile(r"\s*(?:(?:Transcript|Readout)\s+of\s+(?:an?\s+|the\s+)?)?(?:(?:Press|News|Media|Daily)\s+)?"
                              r"(?:briefing|conference|press\s+conference)\b", re.IGNORECASE)


def _headline_quotes(reader: _Reader, layer: Speech, readings: list[QuoteReading]) -> None:
    """A headline's quote that names nobody ("‘Every tree line costs us’: inside the slow war") is
    the words of the body's main voice: the one person the body quotes most, at least twice and
    more often than anyone else (else nobody)."""
    quotes = reader.doc.quotes
    for q, r in zip(quotes, readings):
        if q.span.start < layer.headline_end and r.kind == "direct" and (not r.speaker or (
                r.attribution in ("unnamed source", "unknown name") and r.speaker.split()[0].lower() in _words("unnamed_person"))):
            # "‘It is hell on earth’: a combat medic on the front", "Medic on the front: ‘…’": the person the body
            # introduces with the headline's noun ("A B, a combat medic with the 68th Brigade, …"), first
            person = _headline_person(reader, layer.headline_end, q.span.start, q.span.end)
            if person:
                r.speaker, r.as_written, r.attribution = person, person, "headline: the body's person of that noun"
    open_ = [i for i, (q, r) in enumerate(zip(quotes, readings))
             if q.span.start < layer.headline_end and not r.speaker and r.kind == "direct"]
    if not open_:
        return
    counts: dict[str, int] = {}
    for q, r in zip(quotes, readings):
        if q.span.start >= layer.headline_end and r.speaker and r.kind != "scare" \
                and _mentions.could_be_person(r.speaker, reader.who):
            counts[r.speaker] = counts.get(r.speaker, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    for i in open_:
        readings[i].speaker, readings[i].attribution = ranked[0][0], "headline: the body's main voice"


def _undotted_titles() -> frozenset:
    """The title words with and without their dot ("maj." and "maj"), once per vocabulary."""
    def build():
        titles = _mentions.title_words()
        return titles | {w.rstrip(".") for w in titles}
    return vocab.compiled("undotted_titles", ("speech_words",), build)


def _headline_person(reader: _Reader, headline_end: int, quote_start: int, quote_end: int) -> str:
    """The first person the body introduces with a noun of one person the headline holds outside its quote
    ("A B, a combat medic with …" for "‘…’: a combat medic on the front"), within the body's first paragraphs."""
    text = reader.text
    start = max(text.rfind("\n", 0, quote_start) + 1, 0)
    words = [w.lower() for w in _WORD.findall(text[start:quote_start] + " " + text[quote_end:headline_end])]
    nouns = [w for w in words if w in _words("unnamed_person")]
    found = [m for noun in nouns for m in [_apposition_of(noun).search(text, headline_end, headline_end + 1500)] if m]
    if not found:
        return ""
    words = min(found, key=lambda m: m.start()).group(1).split()
    undotted = _undotted_titles()
    while len(words) > 2 and words[0].rstrip(".").lower() in undotted:
        words = words[1:]  # "Maj A B, a drone pilot, …": the name without its rank
    return " ".join(words)


def _meeting_people(reader: _Reader, sentence, speakers) -> tuple:
    """(the holder's country, the people the meeting's sentence names): the first person named (or
    the first speaker) holds it."""
    named = [x.speaker for x in (_resolve(reader, m, m.start) for m in reader.mentions_between(sentence.start, sentence.end)
                                 if m.how in ("name", "title", "unknown name", "role", "pronoun"))
             if x is not None and x.speaker and _mentions.could_be_person(x.speaker, reader.who)]
    holder = next(iter(speakers), "") or (named[0] if named else "")
    known = reader.who.speakers.get(holder)
    country = known.country if known is not None else ""
    if _INTERNATIONAL.search(reader.text, sentence.start, sentence.end):
        country = ""  # a summit, talks, a call: people of other countries take part (the war's sides still never both)
    return (country, frozenset(named) | set(speakers))


_INTERNATIONAL = re.compile(r"\b(?:summit|talks|conference|forum|assembly|congress|call|visit|negotiations|"
                            r"(?:tele)?phone)\b", re.IGNORECASE)


def _at_meeting(reader: _Reader, speaker: str, passage) -> bool:
    """Whether a speaker in the passage about a dated meeting may have spoken there: one the
    meeting's sentence names, else not one of another country than the holder's (as far as the
    table tells) nor of the other side of the war."""
    country, named = passage[4]
    if speaker in named:
        return True
    known = reader.who.speakers.get(speaker)
    if country and known is not None and known.country and known.country != country:
        return False
    return not passage[3] or _person_side(reader, speaker) in ("", passage[3])


# a gathering someone holds or attends (not a "visit" or a "call": one person's doing)
_HELD_GATHERING = re.compile(r"\b(?:chaired|held|hosted|convened|attended|opened|addressed|led|met(?:\s+with)?)\s+(?:an?\s+|the\s+|his\s+|her\s+)?"
                             r"(?:[\w-]+\s+){0,3}(?:meeting|session|conference|briefing|summit|talks|forum|council|"
                             r"board|hearing|assembly|congress|gathering|(?:phone|video|telephone)\s+call)\b"
                             r"|\bspoke\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)\b"
                             r"|\bbriefed\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers)\b"
                             # "Nato defence ministers met in Brussels on Tuesday": a group's gathering
                             r"|\b(?:ministers|leaders|officials|delegations|delegates|commanders|generals|envoys|"
                             r"negotiators|allies|chiefs|governors|mayors|presidents|heads\s+of\s+state)"
                             r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?"  # "ministers of the Ramstein group met"
                             r"\s+(?:(?:also|again|later|first)\s+)?(?:met|gathered|convened)\b",
                             re.IGNORECASE)


# the words that introduce a person not in the tables: an apposition ("Nazar Voloshyn, a spokesman for
# Ukraine's eastern forces,") or the words before the name ("Russian-installed official Vladimir Rogov")
_APPOSITION = re.compile(r",\s+((?:a|an|the)\s+[^,.;:\"“”]{3,80}?),")
_WORDS_BEFORE = re.compile(r"((?:[\w’'-]+,?\s+){1,4})$")
_SIDE_WORDS = (("Ukraine", re.compile(r"(?i)\bukrain|\bkyiv\b")), ("Russia", re.compile(r"(?i)\brussia|\bkremlin\b|\bmoscow\b")))


def _person_side(reader: _Reader, speaker: str) -> str:
    """Russia or Ukraine for a speaker: the table's, else what the words introducing the person
    where first named say ("a spokesman for Ukraine's Khortytsia group"), else ""."""
    known = _warring_side(reader.who, speaker)
    if known or not speaker:
        return known
    sides = reader.__dict__.setdefault("_sides", {})
    if speaker not in sides:
        at = reader.text.find(speaker)  # where the name is first written in full
        words = ""
        if at >= 0:
            sentence = reader.doc.sentence_at(at)
            start = sentence.start if sentence is not None else max(0, at - 60)
            before = _WORDS_BEFORE.search(reader.text, max(start, at - 60), at)
            after = _APPOSITION.match(reader.text, at + len(speaker))
            before = before.group(1).rsplit(",", 1)[-1] if before else ""  # not "Speaking in Moscow, X"
            words = (before if not re.search(r"(?i)\b(?:said|says|told)\b", before) else "") \
                + " " + (after.group(1) if after else "")
        found = [side for side, pattern in _SIDE_WORDS if pattern.search(words)]
        sides[speaker] = found[0] if len(found) == 1 else ""
    return sides[speaker]


def _warring_side(who, speaker: str) -> str:
    """Russia or Ukraine for a speaker of the table from either side, else ""."""
    known = who.speakers.get(speaker)
    return known.country if known is not None and known.country in ("Russia", "Ukraine") else ""


_NEW_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|and|but)\b|\b(?:while|whereas)\b|;", re.IGNORECASE)
_MONTH_WORDS = "January|February|March|April|May|June|July|August|September|October|November|December"
# the main clause places the statement before the reported day: a new occasion, not the dated one
_EARLIER_OCCASION = lazy_fail_fast(
    r"\b(?:earlier|previously|later|in\s+the\s+past(?!\s+(?:[\w-]+\s+)?(?:days?|hours?|nights?|weeks?|months?|years?)\b)|last\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter|"
    + _MONTH_WORDS + r")|(?:earlier\s+)?this\s+(?:week|weekend|month|year)|(?:at|over)\s+the\s+weekend"
    r"|in\s+(?:early\s+|late\s+|mid-)?(?:"
    + _MONTH_WORDS + r"|\d{4})|(?:weeks?|months?|years?)\s+ago|in\s+recent\s+(?:days|weeks|months)"
    r"|had\s+(?:\w+ly\s+|also\s+|earlier\s+)?(?:said|told|claimed|stated|warned|announced|declared|insisted|"
    r"argued|promised|vowed|pledged|asserted|suggested|written|spoken))\b", re.IGNORECASE)
# a fronted occasion of the words ("In an interview last week, …", "Speaking to reporters in March, …")
# ("When Russia launched its invasion in February 2022, Putin said": the words were said at that time, a month)
_FRONTED_OCCASION = re.compile(r"\s*(?:In|At|During|Speaking|Talking|Writing|Asked|When)\b")
_EARLIER_HINTS = ("earlier", "previous", "past", "last", "this", "ago", "recent", "had", "in ", "weekend", "later")
# a main verb in the pluperfect ("the spokesman had reported"), or a day counted back ("Two days earlier"): an
# occasion before the one the text is about, which dates none of the speaker's words before it
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|long\s+|since\s+)?$", re.IGNORECASE)
# the meeting named again, no day of its own: "The meeting lasted …", "told the session"
# "Later, X told the forum": later at the gathering whose passage this is (not a later day)
_LATER_AT = re.compile(r"\s*(?:Later|Afterwards|Later\s+(?:on|that\s+(?:day|morning|afternoon|evening)|in\s+the\s+day))\s*,\s")
_THE_MEETING = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|briefing|summit|forum|panel|"
                          r"conference|hearing|talks)\b(?!-)")
_PLUPERFECT_BEFORE = lazy_fail_fast(r"\bhad\s+(?:\w+ly\s+|also\s+|earlier\s+|already\s+)?$", re.IGNORECASE)
# "Lutsenko, speaking again by phone on Wednesday, said", "said again on Friday": the speaker's words on a later
# occasion than the ones above (before the verb, or right after it)
_AGAIN = re.compile(r"(?i)\b(?:again|once\s+more)\b")
_AGAIN_AFTER = re.compile(r"\s+(?:again|once\s+more)\b", re.IGNORECASE)


_AGAIN_GUARD = RuleGuard(_AGAIN, _AGAIN_AFTER)


def _again(text: str, s_start: int, cue) -> bool:
    """Whether the main clause puts the words on a later occasion of the same speaker: "again" between the
    subject and the verb ("X, speaking again by phone on Wednesday, said") or right after it ("said again"),
    never inside quoted words before the verb."""
    a = max(s_start, cue.start - 60)
    before = text[a:cue.start]
    if _AGAIN.search(before) and not any(mark in before for mark in '"“”'):
        return True
    return _AGAIN_AFTER.match(text, cue.end, cue.end + 12) is not None


_BACK_WORDS = re.compile(r"(?i)\b(?:earlier|before|previous|ago)\b")
_EARLIER_FRONTED = re.compile(r"\s*(?:Earlier|Previously|Before\s+that)\s*,")
_CLAUSE_END = re.compile(r"\bthat\b|[,:;.“”\"‘]|\s(?=(?:he|she|it|they|we|[A-Z][\w’'-]+|(?:the|its|his|her|their)\s+[\w-]+)\s+"
                         r"(?:should|would|will|could|can|may|might|must|had|has|have|was|were|is|are)\b)")
#  (… or where a content clause with no "that" opens: "said Ukraine should have made a deal earlier")


# "Separately, Russia said", "Russia separately said", "said separately that": another statement than the one told
#: "…, while officials said", "…, but officials said", "…, a week after officials said": a clause of its own
_WHILE_CLAUSE = re.compile(r"[,;]\s+(?:while|whereas|but|even\s+as|(?:(?:a|an|one|two|three|four|five|six|several|a\s+few)\s+"
                           r"(?:hours?|days?|weeks?|months?)\s+)?(?:after|before))\b")
_SEPARATELY_OPENING = re.compile(r"\s*Separately\s*,")
_SEPARATELY_BEFORE = re.compile(r"(?i)\bseparately\s*,?\s+$")  # ("X, briefing separately, said")
_SEPARATELY_AFTER = re.compile(r"(?i)\s+separately\b")
# "In a separate statement, the ministry said", "told CNN in another interview": an occasion of its own
_SEPARATE_OCCASION = re.compile(r"(?i)(?:\s+[\w’'.-]+){0,4}?\s*,?\s*\bin\s+(?:a\s+|an\s+)?(?:separate|another|different)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:statements?|interviews?|posts?|videos?|address|briefings?|remarks|"
                                r"comments|messages?|reports?|appearances?|speech|conversations?|call)\b")


#: what :func:`_separately` reads (its guard: an article with none of their words has no separate statement)
_SEPARATE_WORDS = RuleGuard(_SEPARATELY_OPENING, _SEPARATELY_BEFORE, _SEPARATELY_AFTER, _SEPARATE_OCCASION)


def _separately(text: str, s_start: int, cue_subjects) -> bool:
    """Whether the sentence's first speech verb is told as a separate statement: "Separately" opening the sentence
    or right next to the verb (not "separately" inside what is reported), or "in a separate/another statement,
    interview …" opening the sentence or within four words after the verb."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    return cue is not None and (_SEPARATELY_OPENING.match(text, s_start) is not None
                                or _SEPARATELY_BEFORE.search(text, max(s_start, cue.start - 12), cue.start) is not None
                                or _SEPARATELY_AFTER.match(text, cue.end) is not None
                                or _SEPARATE_OCCASION.match(text, s_start, cue.start) is not None
                                or _SEPARATE_OCCASION.match(text, cue.end) is not None)


# a speech verb in the present tense of a third person ("says", "recalls", "insists"): not "was", "has", "discuss"
_PRESENT_CUE = re.compile(r"(?i)[a-z]+[^su]s")
#: the closing quote mark and up to four words before a cue ("“…,” he says", "“…,” Tkachenko recalls")
_AFTER_QUOTED = re.compile(r'[”"]\s*,?\s*(?:[\w’\'.-]+\s+){0,4}$')


def _reporters_present(reader: _Reader, cue_subjects) -> bool:
    """Whether the sentence's first speaker is a person quoted in the present tense right after the quoted words
    ("“…,” he says", "“…,” Tkachenko recalls"), not a body or a written thing ("the report says" is the dated
    report's)."""
    cue, subject = next(((c, s) for c, s in cue_subjects if s is not None), (None, None))
    if cue is None or not _AFTER_QUOTED.search(reader.text[max(0, cue.start - 60):cue.start]):
        return False  # only after the quoted words ("“…,” he says"): a lede or deck's "X says …" is the news of the day
    if not subject.speaker or not _PRESENT_CUE.fullmatch(cue.text) or cue.text.lower() in ("has", "was", "is") \
            or not _mentions.is_person(subject.speaker, reader.who):
        return False
    return subject.as_written.split()[-1].lower() not in _words("statement_noun")


#: "According to the Kremlin's readout,", "According to the statement,": the written account the words are read from
_ACCORDING_TO_ACCOUNT = re.compile(r"\s*According\s+to\s+(?:(?:the|a|its|their|his|her|that|this)\s+)?"
                                   r"(?:(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?:'s|’s)\s+)?"
                                   r"(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s*,")


def _readout_day(text: str, s_start: int, told) -> tuple | None:
    """ "The Kremlin said on Tuesday that Putin had been briefed by X. According to the Kremlin's readout, the general
    told Putin …": words read from the written account (a ``statement_noun``: readout, statement, transcript …) of the
    sentence right before, dated, take its day (not the speaker's own dated words elsewhere); an owner named with the
    account must be named in that sentence too."""
    found = _ACCORDING_TO_ACCOUNT.match(text, s_start)
    if found is None or found.group("noun") not in _words("statement_noun"):
        return None
    owner = found.group("owner")
    if owner is not None and owner not in text[told[0]:s_start]:
        return None
    return told[1], found.group(0).strip(" ,")


_UNTIL_BEFORE = re.compile(r"(?i)\b(?:up\s+)?(?:until|till)\s+(?:the\s+)?$")


def until_bound(text: str, s_start: int, cue, date_text: str) -> bool:
    """Whether the sentence's day, before its verb, is a bound ("Until August 12, Ukraine did not confirm …, until X
    informed …"): the day the words came by, not an occasion other words of the speaker's share."""
    at = text.find(date_text, s_start, cue.start) if date_text else -1
    return at >= 0 and _UNTIL_BEFORE.search(text, max(s_start, at - 12), at) is not None


#: a bullet line of a summary ("- Russia claims …", "• Zelensky says …")
_BULLET_LINE = re.compile(r"[ \t]*[-–•*·][ \t]+\S[^\n]*(?:\n[ \t]*)*")


def _summaries(text: str) -> list[tuple[int, int]]:
    """The bullet blocks under a live blog's summary heading (a line that is a ``summary_heading`` of
    ``speech_words.csv``, "Key developments", with or without a colon): (start, end) of the bullets, in text order."""
    headings = _words("summary_heading")
    found = []
    for line in re.finditer(r"(?m)^[ \t]*([A-Za-z][A-Za-z ’']{3,40}?)[ \t]*:?[ \t]*\n(?:[ \t]*\n)*", text):
        if line.group(1).lower() not in headings:
            continue
        start = end = line.end()
        bullet = _BULLET_LINE.match(text, end)
        while bullet is not None and bullet.end() > end:
            end = bullet.end()
            bullet = _BULLET_LINE.match(text, end)
        if end > start:
            found.append((start, end))
    return found


# a future in what is reported ("said she would return on Sunday", "said he will travel to Kyiv on Friday")
_FUTURE_CONTENT = re.compile(r"(?i)\b(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to|plans?\s+to|planned\s+to|"
                             r"intends?\s+to|intended\s+to|expects?\s+to|expected\s+to|(?:is|was)\s+due\s+to)\b")


def _later_day(reader, s_end: int, cue_subjects) -> tuple[str, str] | None:
    """ "X said she would return to the city on Sunday": a day named in a future the first speech verb reports (no
    quoted words, a content clause of a dozen words at most) is a new time cue: the statement is an occasion of its
    own, with no day (the future day is not when it was said, nor is the speaker's earlier dated statement).
    Returns (the words for the date basis, the day's words)."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    if cue is None:
        return None
    text = reader.text
    for e in reader.dates_between(cue.end, s_end):
        between = text[cue.end:e.start]
        if len(between.split()) > 14 or any(mark in between for mark in '"“”'):
            break
        future = _FUTURE_CONTENT.search(between)
        if future is not None and e.kind in ("weekday", "explicit") \
                and not re.search(r"[,;:(]|\b(?:after|since|before|when|in\s+(?:remarks|a|an|his|her|its|their))\b",
                                  between[future.end():]):
            return f"a later day (‘{e.text}’)", e.text
    return None


#: a lead-in with no speech verb before quoted words, fronted by the question put to the speaker on an occasion
#: of its own ("Asked in the interview last week how long the war would last, he had given a soldier's answer.")
_ASKED_OPENING = re.compile(r"\s*(?:Asked|Pressed|Questioned)\b")


def _asked_before(reader, previous, s_start: int, by_sentence) -> str | None:
    """The earlier occasion a lead-in sentence right before quoted words names ("Asked in the interview last week …,
    he had given a soldier's answer. “…,” he said"): the lead-in in the same paragraph, with no quoted words and no
    speech verb of its own, opening with "Asked …" whose fronted clause places the question before ("last week",
    "in March", "earlier"); the words that follow it (opening the sentence) take no other statement's day."""
    text = reader.text
    opening = _ASKED_OPENING.match(text, previous.start)
    if opening is None or by_sentence.get(previous.start) \
            or text[s_start:s_start + 1] not in ('"', '“') or "\n" in text[previous.end:s_start] \
            or any(c.start > opening.end() for c in reader.cues_between(previous.start, previous.end)):
        return None  # (the verb of the question itself, "Asked", is no statement)
    comma = text.find(",", previous.start, previous.end)
    if comma < 0:
        return None
    found = _EARLIER_OCCASION.search(text, previous.start, comma)
    if found is None or text.startswith(" than", found.end()):
        return None
    return f"asked {found.group(0)}"


def _earlier_occasion(text: str, s_start: int, s_end: int, cue_subjects) -> str | None:
    """The words that put an undated statement on an earlier occasion ("Earlier, he had told
    generals:", "Scholz said last week", "In 2022 Putin said"), read in the main clause around
    the sentence's first speech verb only (not in what is reported: "said the troops had
    advanced earlier than planned", "claimed that forces had pushed …")."""
    cue = next((c for c, subject in cue_subjects if subject is not None), None)
    if cue is None:
        return None
    lowered = text[s_start:min(s_end, cue.end + 40)].lower()
    if not any(w in lowered for w in _EARLIER_HINTS):
        return None  # (most sentences: no word of the pattern at all)
    head = max(s_start, text.rfind("“", s_start, cue.start) + 1, text.rfind("”", s_start, cue.start) + 1,
               text.rfind('"', s_start, cue.start) + 1)
    before = text[head:cue.start]
    fronted = _EARLIER_OCCASION.match(before.lstrip()) if head == s_start else None
    if fronted is not None and before.lstrip()[fronted.end():].lstrip().startswith(","):
        return fronted.group(0)  # "Earlier, the spokesman for X, Name, told TASS": a fronted time, whatever the asides
    if "," in before and len(before.rsplit(",", 1)[0].split()) > 4:
        fronted = before.rsplit(",", 1)[0]
        if head == s_start and _FRONTED_OCCASION.match(fronted):
            found = _EARLIER_OCCASION.search(fronted)  # "In an interview last week, Bondar said": that occasion's time
            if found is not None and not fronted.startswith(" than", found.end()):
                return found.group(0)
        before = before.rsplit(",", 1)[-1]  # "Some 486,000 men had signed … this year, he said": content first
    elif len(before.split()) > 8:
        return None
    if re.search(r"\b(?:that|when|after|before|while|who|which|where)\b|(?<!^)\bas\b", before.strip(), re.IGNORECASE):
        return None  # the verb sits inside reported speech or a subordinate clause
    after = text[cue.end:min(s_end, cue.end + 40)]
    after += re.match(r"[\w-]*(?:\s+[\w-]+)?", text[cue.end + len(after):s_end]).group(0)  # ("in the past| day")
    stop = _CLAUSE_END.search(after)
    clause = before + " " + text[cue.start:cue.end] + (after[:stop.start()] if stop else after)
    verb_end = len(before) + 1 + cue.end - cue.start
    for found in _EARLIER_OCCASION.finditer(clause):
        if found.start() >= verb_end and found.group(0).lower().startswith("had"):
            continue  # "said Western partners had promised jets": a pluperfect after the verb is what it reports
        if not clause.startswith(" than", found.end()):  # "earlier than planned" compares, places nothing
            return found.group(0)
    return None


_MEETING_VERB = re.compile(r"\b(?:met|meets|meeting|hosted|hosts|received|welcomed|visited|held\s+talks|spoke\s+(?:with|to)|"
                           r"joined)\b")
_DOING_REACH = 2  # paragraphs after a dated doing that its day may reach


def _addressees(reader: _Reader, layer: Speech, sentence, cue_subjects, day, words) -> None:
    """The person a dated statement was made to ("Shoigu told President Vladimir Putin on
    Thursday that …") was at that occasion: their next undated words take its day, like a
    dated doing (see :func:`_appearance`)."""
    text, doc = reader.text, reader.doc
    for cue, subject in cue_subjects:
        if cue.text.lower() not in _words("addressing_verb") or subject is None:
            continue
        after = reader.mentions_between(cue.end, min(sentence.end, cue.end + 60))
        if not after or after[0].how not in ("name", "title", "unknown name") \
                or not _title_words_only(text[cue.end:after[0].start]) and text[cue.end:after[0].start].strip():
            continue
        person = _resolve(reader, after[0], after[0].start)
        if person is None or not person.speaker or person.speaker == subject.speaker \
                or not _mentions.could_be_person(person.speaker, reader.who):
            continue
        dates = reader.dates_between(sentence.start, sentence.end)
        paragraphs = doc.paragraphs
        reach = paragraphs[min(len(paragraphs) - 1, sentence.paragraph + _DOING_REACH)][1]
        at = max(e.start for e in dates) if dates else after[0].start
        layer.appearances.setdefault(person.speaker, []).append((after[0].start, reach, day, words, at))
    # "Speaking in Kyiv on Monday alongside Dutch Prime Minister Dick Schoof, Zelensky said": the
    # person beside the speaker was at that occasion too
    speakers = {subject.speaker for _, subject in cue_subjects if subject is not None}
    for beside in _ALONGSIDE.finditer(text, sentence.start, sentence.end):
        if doc.in_quote(beside.start()):
            continue
        after = reader.mentions_between(beside.end(), min(sentence.end, beside.end() + 60))
        if not after or after[0].how not in ("name", "title", "unknown name") \
                or not _title_words_only(text[beside.end():after[0].start]) and text[beside.end():after[0].start].strip():
            continue
        person = _resolve(reader, after[0], after[0].start)
        if person is None or not person.speaker or person.speaker in speakers \
                or not _mentions.could_be_person(person.speaker, reader.who):
            continue
        paragraphs = doc.paragraphs
        reach = paragraphs[min(len(paragraphs) - 1, sentence.paragraph + _DOING_REACH)][1]
        dates = reader.dates_between(sentence.start, sentence.end)
        at = max(e.start for e in dates) if dates else after[0].start
        layer.appearances.setdefault(person.speaker, []).append((after[0].start, reach, day, words, at))


_ALONGSIDE = re.compile(r"\b(?:alongside|together\s+with|flanked\s+by|standing\s+(?:next\s+to|beside))\s+", re.IGNORECASE)


_ISSUED = fail_fast(r"\b(?:issued|released|published|put\s+out|posted)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:statement|report|update|communique|readout|(?:press\s+|news\s+)?release|bulletin)\b", re.IGNORECASE)


def _issued(reader: _Reader, sentence, anchor) -> None:
    """ "The Russian Defence Ministry issued a statement on Sunday.": its maker spoke that day (a later
    "the statement said" is theirs, and so is its day)."""
    issued = _ISSUED.search(reader.text, sentence.start, sentence.end)
    if issued is None:
        return
    found = [m for m in reader.mentions_between(sentence.start, issued.start())
             if m.how in ("name", "title", "role") or (m.how == "unknown name" and " " in m.speaker)]
    opening = reader.text[sentence.start:found[0].start] if found else ""
    for e in reader.dates_between(sentence.start, found[0].start if found else sentence.start):
        opening = opening.replace(e.text, " ")  # "On Friday morning the navy issued …": a fronted day (dt14)
    if not found or len(re.sub(r"(?i)^\s*(?:(?:late|early)\s+)?(?:on|in)?\s*(?:morning|afternoon|evening|night)?\s*,?", "",
                               opening).split()) > 1:
        return
    if found[0].how == "role":  # "the navy issued a formal press release": the body the role stands for
        body = _resolve(reader, found[0], found[0].start)
        if body is None or not body.speaker or _mentions.could_be_person(body.speaker, reader.who):
            return
        found = [body]
    day, words = None, ""
    for e in reader.dates_between(sentence.start, sentence.end):
        if e.kind not in ("vague", "relative_far") and reader.text[e.end:e.end + 2] not in ("'s", "’s"):
            resolved = when.resolve(e, reader.doc.published, anchor).day
            if not pd.isna(resolved):
                day, words = resolved, e.text
                break
    speaker = found[0].speaker
    reader.add_event(_Event(issued.start(), speaker, day, words, _mentions.could_be_person(speaker, reader.who)))


# "This was stated by the spokesperson for X, A B, on the telethon on Sunday, Ukrinform reports": A B's words
_STATED_BY = re.compile(r"\s*(?:This|That|These|It)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                        r"(?:reported|stated|said|announced|confirmed|claimed|noted|declared)"
                        r"(?:\s+(?:on|late|early|earlier|in|at|during)\s+[^,.;:“”\"]{1,40}?)?\s+by\b")  # "stated on Sunday by"


def _stated_by(reader: _Reader, s_start: int, s_end: int, day, words: str) -> None:
    """ "Russia has lost 1,200 troops. This was stated by …, A B, on Sunday, Ukrinform reports.": the day
    of the sentence is A B's statement's (the outlet only relays it), so the lead before it and A B's
    words after it ("According to him", "A B said") take it: a dated event of the one named after "by"
    (a person or an institution of the tables, or a full name no table knows; never the medium)."""
    stated = _STATED_BY.match(reader.text, s_start)
    if stated is None or stated.end() > s_end:
        return
    named = [m for m in reader.mentions_between(stated.end(), s_end) if m.speaker and m.how != "country"
             and getattr(reader.who.speakers.get(m.speaker), "kind", "") != "media"
             and (m.speaker in reader.who.speakers
                  or (m.how == "unknown name" and " " in m.speaker and _mentions.could_be_person(m.speaker, reader.who)))]
    # "by the spokesman for Ukraine's Air Force, A B,": the person the apposition names, not the body inside it
    people = [m for m in named if _mentions.could_be_person(m.speaker, reader.who)
              and re.fullmatch(r"\s*(?:the\s+|a\s+)?[^,.;:“”\"]{0,80},\s*", reader.text[stated.end():m.start])]
    if people and people[0] is not named[0] and not _mentions.could_be_person(named[0].speaker, reader.who):
        reader.add_event(_Event(s_start, named[0].speaker, day, words, False))  # (the body spoke through A B)
    if named:
        reader.add_event(_Event(s_start, (people or named)[0].speaker, day, words, True))


def _as_of_today(reader: _Reader, layer: Speech, sentence) -> None:
    """ "X reported this at the forum. … As of today, the army controls 1,200 km²." : narration that
    gives the person's figures as of today, just after their undated words, says they spoke today:
    their undated words from the paragraph before on, up to two paragraphs of prose after it."""
    found = next((m for m in _AS_OF_TODAY.finditer(reader.text, sentence.start, sentence.end)
                  if not reader.doc.in_quote(m.start())), None)
    if found is None or pd.isna(reader.doc.published):
        return
    since = reader.doc.paragraphs[reader.quiet_back(sentence.paragraph, 2)][0]  # (past a caption between)
    last = next((e for e in reversed(reader.events) if e.pos < sentence.start), None)
    if last is None or last.pos < since or not last.speaker or (last.date is not None and not pd.isna(last.date)) \
            or last.back or not _mentions.is_person(last.speaker, reader.who):
        return
    reach = _prose_reach(reader.text, reader.doc.paragraphs, sentence.paragraph, reader.quiet())
    layer.appearances.setdefault(last.speaker, []).append(
        (since, reach, reader.doc.published.normalize(), found.group(0), since, True))


# "The council met on Monday at Russia's request.", "The session was held on Friday": a gathering dated after its words
_GATHERING_HELD = re.compile(r"\s*(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(meeting|session|council|summit|talks|briefing|"
                             r"conference|hearing|assembly|forum)\s+(?:met|was\s+held|were\s+held|took\s+place|convened|"
                             r"opened|began|was\s+convened)\b")
# "The transcript is headed "Moscow, June 19", the day the meeting took place": a day given to the gathering inside the
# sentence, by the words right before (dt18)
_GATHERING_HELD_DAY = re.compile(r"\bthe\s+(?:day|date)\s+(?:on\s+which\s+)?(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(meeting|session|"
                                 r"council|summit|talks|briefing|conference|hearing|assembly|forum)\s+(?:met|was\s+held|"
                                 r"were\s+held|took\s+place|convened|opened|began)\b")


def _gathering_held(text: str, start: int, end: int):
    """The words of a sentence that say when a gathering met ("The council met on Monday.", "…, the day the meeting took
    place"), else None; group 1 is the gathering's noun."""
    return _GATHERING_HELD.match(text, start, end) or _GATHERING_HELD_DAY.search(text, start, end)


@functools.lru_cache(maxsize=64)
def _told_the(gathering: str) -> re.Pattern:
    """Words told to a gathering or said at it ("told the UN Security Council", "at the meeting"), compiled once."""
    return re.compile(rf"(?i)\b(?:told|addressed|addressing|at|to|before|during)\s+(?:the|a|an|this|that)\s+"
                      rf"(?:[\w.’'-]+\s+){{0,3}}?{gathering}\b")


def _gathering_dated_after(reader: _Reader, layer: Speech, sentence, anchor) -> None:
    """ "X told the UN Security Council that … The council met on Monday.": the undated words
    told to the gathering in the sentence or paragraph just before were said on its day."""
    held = _gathering_held(reader.text, sentence.start, sentence.end)
    if held is None:
        return
    expressions = [e for e in reader.dates_between(sentence.start, sentence.end) if e.kind not in ("vague", "relative_far")]
    if held.start() > sentence.start:  # "…, the day the meeting took place": the day written right before those words
        expressions = [e for e in expressions if e.end <= held.start()][-1:]
    if not expressions:
        return
    day = when.resolve(expressions[0], reader.doc.published, anchor).day
    paragraphs = reader.doc.paragraphs
    since = paragraphs[reader.doc.story_back(sentence.paragraph, 1)][0]
    # the words were told to it or said at it ("told the UN Security Council", "at the meeting"), not about it
    noun = _told_the(held.group(1))
    if pd.isna(day):
        return
    # the acts are in sentence order: those from ``since`` on are found by bisection (not a scan of all per gathering)
    for i in range(bisect_left(layer.acts, since, key=lambda x: x.sentence[0]), len(layer.acts)):
        act = layer.acts[i]
        a, b = act.sentence
        if a >= sentence.start:
            break
        if not since <= a < sentence.start or act.date is not None or not noun.search(reader.text, a, b):
            continue
        words = f"{expressions[0].text} ({held.group(0).strip()})"
        layer.acts[i] = SpeechAct(act.sentence, act.cue, act.speaker, day, words)
        for event in reader.events:
            if a <= event.pos < b and event.speaker == act.speaker.speaker and event.date is None:
                event.date, event.date_text = day, words
        for quote, reading in zip(reader.doc.quotes, layer.quotes):
            if a <= quote.span.start < b and reading.speaker == act.speaker.speaker and reading.sentence_date is None:
                reading.sentence_date, reading.sentence_date_text = day, words


_INTERVIEW_OUT_PATTERN = (r"\s*(?:The|That|This|Their)\s+(?:[\w-]+\s+){0,2}?interview\s+(?:was\s+(?:published|aired|"
                          r"broadcast|released|shown|posted)|aired|went\s+out)\b")
# "The conversation took place on Thursday.", "The interview was recorded on Monday": the day of an occasion just named
_INTERVIEW_HELD = re.compile(r"\s*(?:The|That|This|Our|Their)\s+(?:[\w-]+\s+){0,2}?(?:interview|conversation|talk|"
                             r"exchange)\s+(?:took\s+place|was\s+(?:held|recorded|conducted|taped|filmed))\b"
                             # "The interview was published on Sunday.": the day it went out, no recording day given
                             r"|" + _INTERVIEW_OUT_PATTERN +
                             # "We spoke to him at his headquarters on Friday": the reporter's own interview
                             r"|\s*(?:We|I)\s+(?:spoke|talked)\s+(?:to|with)\s+(?:him|her)\b|\s*(?:We|I)\s+(?:met|interviewed)\s+(?:him|her)\b")


_INTERVIEW_OUT = re.compile(_INTERVIEW_OUT_PATTERN)


_RECORDED = re.compile(r"\s*(?:The|That|This|Their)\s+(?:[\w-]+\s+){0,2}?interview\s+(?:took\s+place|was\s+(?:recorded|conducted|"
                       r"taped|filmed))\b")
# "We spoke to Vasyl Hnatiuk on Tuesday", "When I met Hnatiuk on Tuesday, …": the reporter's own interview names its person
_WE_MET = re.compile(r"\s*(?:When\s+|After\s+)?(?:[Ww]e|I)\s+(?:(?:spoke|talked)\s+(?:to|with)|met(?:\s+with)?|interviewed|"
                     r"caught\s+up\s+with|reached)\s+(?=[A-Z])"
                     # "The Guardian spoke to A B on Tuesday", "This newspaper met A B": a medium's own interview
                     r"|\s*(?:[Tt]his\s+(?:newspaper|paper|reporter|correspondent|magazine)|(?P<medium>(?:[Tt]he\s+)?[A-Z][\w.’'-]*"
                     r"(?:\s+[A-Z][\w.’'-]*){0,2}))\s+(?:(?:spoke|talked)\s+(?:to|with)|met(?:\s+with)?|interviewed)\s+(?=[A-Z])")


def _we_met(reader: _Reader, layer: Speech, sentence, anchor) -> None:
    """ "We spoke to Vasyl Hnatiuk on Tuesday.": the person named right after the verb gave the reporter an
    interview that day; their undated words that follow take it (as "We spoke to him on Tuesday" after the
    sentence naming him, below)."""
    met = _WE_MET.match(reader.text, sentence.start)
    if met is None:
        return
    if met.group("medium"):  # (a name of the media table only: "Zelensky met Rutte on Tuesday" is no interview)
        medium = reader.mentions_between(met.start("medium"), met.end("medium"))
        if not medium or getattr(reader.who.speakers.get(medium[0].speaker), "kind", "") != "media":
            return
    expressions = [e for e in reader.dates_between(met.end(), sentence.end) if e.kind not in ("vague", "relative_far")]
    day = when.resolve(expressions[0], reader.doc.published, anchor).day if expressions else pd.NaT
    found = reader.mentions_between(met.end(), min(sentence.end, met.end() + 60))
    if pd.isna(day) or not found or found[0].start != met.end() or found[0].how not in ("name", "title", "unknown name"):
        return
    person = _resolve(reader, found[0], found[0].start)
    if person is None or not person.speaker or not (" " in person.speaker if found[0].how == "unknown name"
                                                    else _mentions.is_person(person.speaker, reader.who)):
        return
    layer.appearances.setdefault(person.speaker, []).append(
        (sentence.start, len(reader.text), day, expressions[0].text, expressions[0].start, True))


# the reporter's own encounter ("The commander met me on Sunday at a petrol station", "I met him on Friday at a command
# post", "Later that day I met his deputy"): not a flashback ("I had met him"), not a plan ("I will meet")
# (the ``encounter_object_verb`` words of data/speech_words.csv before "me"/"us", the ``encounter_verb`` words after "I"/"we";
# past forms as written, a space any white space)
_ENCOUNTER = vocab.TablePattern("encounter", ("speech_words",), lambda: r"\b(?:" + (trie_pattern(
    speech_words()["encounter_object_verb"], spaces=True) or "(?!)") + r")\s+(?:me|us)\b"
    r"|(?:(?<![\w’'-])I|\b[Ww]e)\s+(?:first\s+|finally\s+|then\s+|also\s+)?(?:" + (trie_pattern(
        speech_words()["encounter_verb"], spaces=True) or "(?!)") + r")\b", first_chars=True)
_ENCOUNTER_NOT = re.compile(r"(?i)\b(?:had|will|would|have|has)\b")


def _encounter_scene(reader: _Reader, layer: Speech, sentence, anchor) -> None:
    """A reporter's encounter on a named day in a sentence with no speech verb ("The commander met me on
    Sunday at a petrol station."): a scene; whoever speaks in its passage with no day of their own (and no new
    time cue between) spoke that day (the "same scene" of :meth:`Speech.fallback_date`). "Later that day"
    counts from the day of the reporter's scene before it, not from another voice's dated statement between (dt14)."""
    text = reader.text
    expressions = [e for e in reader.dates_between(sentence.start, sentence.end)
                   if e.kind not in ("vague", "relative_far") and text[e.end:e.end + 2] not in ("'s", "’s")]
    if sentence.headline or not expressions:
        return
    met = next((m for m in _ENCOUNTER.finditer(text, sentence.start, sentence.end) if not reader.doc.in_quote(m.start())), None)
    if met is None or _ENCOUNTER_NOT.search(text, sentence.start, met.end()):
        return
    e = expressions[0]
    named = None
    if e.kind == "relative_event":
        named = (layer.scenes[-1][0], layer.scenes[-1][2]) if layer.scenes else _scene_day(reader, e.start)
        if named is None:
            return
    day = when.resolve(e, reader.doc.published, named[1] if named is not None else anchor).day
    if pd.isna(day) or (not pd.isna(reader.doc.published) and day > reader.doc.published.normalize()):
        return
    reader.resolved[e.start] = day
    last = reader.dates_between(sentence.start, sentence.end)[-1].start  # ("… has not sold petrol since 2022")
    layer.scenes.append((last, _reach_scene(reader, sentence.paragraph), day, e.text))


# the speaker's posture at a place, after the attribution ("…, sitting on an ammunition crate outside a dugout"): the
# reporter was there with them
_SCENE_PARTICIPLE = lazy_fail_fast(r",\s+(?:sitting|standing|crouching|squatting|leaning|perched)\s+(?:on|in|at|outside|beside|by|"
                                   r"near|under|inside|behind|next\s+to|among)\s")
# a narration's fronted "Hours later," / "Later that day," / "That evening," (the day last named, a moment after)
_LATER_OPENING = re.compile(r"(?i)(?:(?:a\s+few\s+|two\s+|three\s+)?(?:hours|minutes|moments)|an\s+hour|later\s+that\s+"
                            r"(?:day|morning|afternoon|evening)|that\s+(?:same\s+)?(?:morning|afternoon|evening))\s*(?:later)?")


def _later_scene(reader: _Reader, layer: Speech, sentence) -> None:
    """A sentence with no speech verb opened by "Hours later," ("Hours later, the navy's spokesman, Captain A B,
    appeared on the national telethon."): a scene on the day last named; whoever speaks in its passage with no day
    of their own spoke that day (dt14). A day named later ends it (:meth:`Speech.fallback_date`)."""
    if sentence.headline:
        return
    found = reader.dates_between(sentence.start, sentence.end)
    if not found or found[0].kind != "relative_event" or reader.text[sentence.start:found[0].start].strip() \
            or not reader.text[found[0].end:found[0].end + 1] == "," or not _LATER_OPENING.fullmatch(found[0].text):
        return
    named = _scene_day(reader, found[0].start)
    if named is None or reader.doc.story_gap(reader.doc.sentence_at(named[0]).paragraph, sentence.paragraph) > 4:
        return  # (the day named just above, not pages before)
    layer.scenes.append((found[-1].start, _reach_scene(reader, sentence.paragraph), named[1], found[0].text))


def _interview_dated_after(reader: _Reader, layer: Speech, sentence, anchor) -> None:
    """ "X gave an interview to this newspaper last week. The conversation took place on Thursday.":
    the person named in the sentence just before (its first person) spoke on that day, so their undated
    words that follow, in this paragraph or the next two, were said on it (an appearance of theirs)."""
    if _INTERVIEW_HELD.match(reader.text, sentence.start) is None:
        _we_met(reader, layer, sentence, anchor)
        return
    expressions = [e for e in reader.dates_between(sentence.start, sentence.end) if e.kind not in ("vague", "relative_far")]
    day = when.resolve(expressions[0], reader.doc.published, anchor).day if expressions else pd.NaT
    end = len(reader.text[:sentence.start].rstrip())
    before = reader.doc.sentence_at(end - 1) if end else None
    if pd.isna(day):
        return
    if before is not None and _INTERVIEW_OUT.match(reader.text, sentence.start) and any(
            e.kind not in ("vague", "relative_far") for e in reader.dates_between(before.start, before.end)):
        # "X spoke to the Wire in his office on Tuesday. The interview was published on Friday.": the talk's own day
        # was given, the day it went out is no day of the words (dt16)
        return
    for m in (reader.mentions_between(before.start, before.end) if before is not None else ()):
        person = _resolve(reader, m, m.start) if m.how in ("name", "title", "role", "pronoun", "unknown name") else None
        if person is not None and person.speaker and (" " in person.speaker if m.how == "unknown name"
                                                      else _mentions.is_person(person.speaker, reader.who)):
            reach = _prose_reach(reader.text, reader.doc.paragraphs, sentence.paragraph, reader.doc.interruptions)
            if reader.text[sentence.start:sentence.start + 4].strip()[:2] in ("We", "I "):
                # the reporter's interview: the whole piece is its account (the Q&A below it, dates named inside
                # the answers), up to the person's own dated or earlier words
                layer.appearances.setdefault(person.speaker, []).append(
                    (sentence.start, len(reader.text), day, expressions[0].text, expressions[0].start, True))
                return
            layer.appearances.setdefault(person.speaker, []).append(
                (sentence.start, reach, day, expressions[0].text, expressions[-1].start))  # ("… and broadcast on
            # Friday" in its own sentence is no new time cue after the recording's day)
            _interview_words_before(reader, layer, sentence, person.speaker, day, expressions[0].text)
            if _INTERVIEW_OUT.match(reader.text, sentence.start) is None:
                _recorded_before(reader, layer, sentence, person.speaker, day, expressions[0].text)
            if _RECORDED.match(reader.text, sentence.start):
                # the interview is the person's dated statement: "In the interview, X also said …" further down, and
                # the lede's "X has given an interview, telling …" above, were said at it
                reader.add_event(_Event(sentence.start, person.speaker, day, expressions[0].text, True))
            return
    if not _RECORDED.match(reader.text, sentence.start):
        return
    # nobody named in the sentence before (dt14): after the quotes ("“…,” Vovk said. “…” / The interview took place
    # on Wednesday."), the person whose words end right before, in this paragraph or the one before; before them
    # ("The interview took place on Wednesday at a command post." opening the piece), a scene for those who speak after
    last = layer.acts[-1] if layer.acts else None
    since = reader.doc.paragraphs[reader.doc.story_back(sentence.paragraph, 1)][0]
    if last is not None and last.sentence[0] >= since and last.speaker is not None and last.speaker.speaker \
            and _mentions.could_be_person(last.speaker.speaker, reader.who):
        _interview_words_before(reader, layer, sentence, last.speaker.speaker, day, expressions[0].text)
        reader.add_event(_Event(sentence.start, last.speaker.speaker, day, expressions[0].text, True))
    elif last is None or last.sentence[0] < since:
        layer.scenes.append((expressions[-1].start, _reach_scene(reader, sentence.paragraph), day, expressions[0].text))


def _interview_words_before(reader: _Reader, layer: Speech, sentence, speaker: str, day, words: str) -> None:
    """ "Speaking to a news site, X said …. “…,” he said. The interview was published on Sunday.": the speaker's
    undated words in this paragraph and the one before, with no day named between them and the sentence, were said
    in that interview (its day given after them)."""
    since = reader.doc.paragraphs[reader.doc.story_back(sentence.paragraph, 1)][0]
    for i in range(bisect_left(layer.acts, since, key=lambda x: x.sentence[0]), len(layer.acts)):
        act = layer.acts[i]
        a = act.sentence[0]
        if a >= sentence.start:
            break
        if act.speaker is None or act.speaker.speaker != speaker or act.date is not None \
                or reader.dates_between(a, sentence.start) or _inside(layer.earlier, a) \
                or _PERFECT_BEFORE.search(reader.text, max(a, act.cue.start - 30), act.cue.start):
            continue  # ("X has repeatedly said …": no one occasion)
        _date_act(reader, layer, i, day, words)


def _date_act(reader: _Reader, layer: Speech, i: int, day, words: str) -> None:
    """Act ``i`` of the layer was said on ``day`` (written ``words``): the act, an event of its speaker at its verb,
    and the speaker's quotes of its sentence that had no day take it."""
    act = layer.acts[i]
    (a, b), speaker = act.sentence, act.speaker.speaker
    layer.acts[i] = SpeechAct(act.sentence, act.cue, act.speaker, day, words)
    reader.add_event(_Event(act.cue.start, speaker, day, words, True))
    for quote, reading in zip(reader.doc.quotes, layer.quotes):
        if a <= quote.span.start < b and reading.speaker == speaker and pd.isna(reading.sentence_date):
            reading.sentence_date, reading.sentence_date_text = day, words


def _remarks_placed(reader: _Reader, layer: Speech, sentence, speaker: str, day, words: str) -> None:
    """ "Putin said this week that …. He made the comment at a summit on Thursday.": the words the sentence just
    before placed only in a period ("this week", "last week", "at the weekend") were said on the day named now."""
    before = reader.doc.sentence_at(len(reader.text[:sentence.start].rstrip()) - 1) if sentence.start else None
    if before is None:
        return
    a = before.start
    for i in range(bisect_left(layer.acts, a, key=lambda x: x.sentence[0]), len(layer.acts)):
        act = layer.acts[i]
        if act.sentence[0] != a:
            break
        if act.speaker is None or act.speaker.speaker != speaker or act.date is None or not pd.isna(act.date) \
                or not _PERIOD_ONLY.fullmatch(act.date_text or ""):
            continue
        layer.earlier[:] = [x for x in layer.earlier if x[0] != a]
        _date_act(reader, layer, i, day, words)


_PERIOD_ONLY = re.compile(r"(?i)\s*(?:(?:earlier\s+)?(?:this|last)\s+week|(?:at|over)\s+the\s+weekend)\s*")


def _recorded_before(reader: _Reader, layer: Speech, sentence, speaker: str, day, words: str) -> None:
    """ "X said in an interview broadcast on Friday that …. “…,” X told TF1. The interview was recorded on
    Thursday.": the words were said at the recording, so the speaker's words dated by the day the interview
    went out ("broadcast/aired/published … on Friday") in this paragraph take the recording's day ("The
    conversation took place on Thursday" too; its own paragraph right after theirs too)."""
    since = reader.doc.paragraphs[sentence.paragraph][0]
    if since == sentence.start:  # "The interview was recorded on Friday, the channel said." in a paragraph of its own
        since = reader.doc.paragraphs[reader.doc.story_back(sentence.paragraph, 1)][0]
    for i in range(bisect_left(layer.acts, since, key=lambda x: x.sentence[0]), len(layer.acts)):
        act = layer.acts[i]
        a, b = act.sentence
        if a >= sentence.start:
            break
        if act.speaker is None or act.speaker.speaker != speaker or act.date is None or pd.isna(act.date) \
                or not re.search(_WENT_OUT + re.escape(act.date_text), reader.text[a:b]):
            continue
        old = act.date
        layer.acts[i] = SpeechAct(act.sentence, act.cue, act.speaker, day, words)
        for event in reader.events:
            if a <= event.pos < b and event.speaker == speaker and event.date == old:
                event.date, event.date_text = day, words
        for quote, reading in zip(reader.doc.quotes, layer.quotes):
            if a <= quote.span.start < b and reading.speaker == speaker and reading.sentence_date == old:
                reading.sentence_date, reading.sentence_date_text = day, words


_WENT_OUT = r"(?i)\b(?:aired|broadcast|published|released|shown|televised|posted)\s+(?:on\s+|late\s+|early\s+)?"


def _title_words_only(words: str) -> bool:
    """Capitalised title words only ("President", "Defence Minister")."""
    split = words.split()
    return 0 < len(split) <= 4 and all(w[:1].isupper() for w in split)


def _appearance(reader: _Reader, layer: Speech, sentence, anchor, speakers=frozenset()) -> None:
    """A sentence without a speech verb in which a person does something on a named day
    ("Zelensky met Nato leaders on Thursday.", "On Friday, Putin chaired a meeting."): the
    person's next undated words, in this paragraph or the next two, are taken as said on that
    occasion (see :meth:`Speech.fallback_date`)."""
    text, doc = reader.text, reader.doc
    expressions = reader.dates_between(sentence.start, sentence.end)
    if not expressions:
        back = next((m for m in _THAT_TIME.finditer(text, sentence.start, sentence.end) if not doc.in_quote(m.start())), None)
        again = _BACK_IN.match(text, sentence.start) if back is None else None
        named = _scene_day(reader, sentence.start) if back is not None else None
        found = [m for m in reader.mentions_between(sentence.start, min(sentence.end, sentence.start + 120))
                 if m.how in ("pronoun", "name", "title", "role") or " " in m.speaker] if named or again or layer.scenes else []
        person = _resolve(reader, found[0], found[0].start) if found else None
        if person is not None and person.speaker and person.speaker not in speakers \
                and _mentions.could_be_person(person.speaker, reader.who):
            scenes = [a for a in layer.appearances.get(person.speaker, ()) if a[5:] == (True,)]
            if again is not None and scenes:  # "Back in the basement, the Ukrainian leader stood": his scene again
                named, back = (scenes[-1][4], scenes[-1][2]), again
            if named is not None:
                # "Back at the command post that afternoon, she studied a map": the day the scene was set on
                layer.appearances.setdefault(person.speaker, []).append(
                    (found[0].start, len(text), named[1], back.group(0).strip(" ,"), back.start(), True))
            elif scenes and not reader.cues_between(sentence.start, sentence.end) and reader.opens_sentence(found[0]) \
                    and not re.search(r"\bhad\b", text[sentence.start:sentence.end]):
                # "The general listened more than he spoke.": the narration is back in the person's scene
                # after a flashback ("Last month, he had told …")
                layer.appearances[person.speaker].append((found[0].start,) + scenes[-1][1:])
        return
    their = _THEIR_REMARKS.match(text, sentence.start)
    if their is not None and layer.acts and layer.acts[-1].speaker.speaker \
            and doc.story_gap(doc.sentence_at(layer.acts[-1].sentence[0]).paragraph, sentence.paragraph) <= 1:
        # "His comments came on Tuesday as …" right after the words: their day (the mention layer has no "His")
        e = next((e for e in expressions if e.kind not in ("vague", "relative_far", "relative_event")), None)
        day = when.resolve(e, doc.published, anchor).day if e is not None else pd.NaT
        if not pd.isna(day):
            reader.add_event(_Event(sentence.start, layer.acts[-1].speaker.speaker, day, e.text, True))
        return
    bare = _BARE_SCENE.match(text, sentence.start)
    if bare is not None and expressions[0].end <= bare.end() and expressions[0].kind not in ("vague", "relative_far"):
        # "It was Saturday afternoon when the convoy reached the town.": a scene set with nobody in it yet; whoever
        # speaks in its passage with no day of their own speaks that day (the "same scene" of fallback_date)
        day = when.resolve(expressions[0], doc.published, anchor).day
        if not pd.isna(day):
            layer.scenes.append((expressions[0].start, _reach_scene(reader, sentence.paragraph), day, expressions[0].text))
            para_end = doc.paragraphs[sentence.paragraph][1]
            if not any(_mentions.could_be_person(m.speaker, reader.who)
                       for m in reader.mentions_between(sentence.start, sentence.end) if m.speaker):
                # "… when the pickup left the base. Sergeant A B, 44, drove …": the first person named after it in the
                # paragraph is the scene's own, as if named in it (his words stay of that day until his next occasion)
                person = next((m for m in reader.mentions_between(sentence.end, para_end)
                               if m.how in ("name", "title", "unknown name") and m.speaker and " " in m.speaker
                               and _mentions.could_be_person(m.speaker, reader.who)), None)
                if person is not None:
                    layer.appearances.setdefault(person.speaker, []).append(
                        (person.start, len(text), day, expressions[0].text, expressions[0].start, True))
    found = reader.mentions_between(sentence.start, min(sentence.end, sentence.start + 120))
    if all(m.how in ("role", "unnamed source") for m in found) and sentence.end > sentence.start + 120:
        # "On Thursday, as the screens showed …, the battalion commander, a major who goes by the call sign Kupol,
        # leaned back": a role whose name comes after a long fronted clause
        found = reader.mentions_between(sentence.start, min(sentence.end, sentence.start + 200))
    k = bisect_left(reader.person_name_starts, sentence.start)
    head = reader.person_names[k] if k < len(reader.person_names) else None
    if head is not None and head.how == "role" and head.speaker and head.start < sentence.start + 3 \
            and _HEAD_OF_OWNED.match(text, head.start):
        # "The head of Ukraine's military intelligence addressed the ministers on Friday": its holder's occasion
        found = [head] + [m for m in found if m.start >= head.end]
    else:
        head = None
    if len(found) > 1 and found[0].how == "country" and re.search(r",\s+in\s+$", text[sentence.start:found[0].start]):
        found = found[1:]  # "Three days earlier, in Moscow, Shoigu …": the place of the doing, not its doer
    if not found:
        return
    def opening(m: Mention) -> str:  # the words before a mention, its sentence's days taken out
        words = text[sentence.start:m.start]
        for e in expressions:
            if e.end <= m.start:
                words = words.replace(text[e.start:e.end], " ")
        return words

    # the subject after a fronted occasion ("In his New Year's address on Tuesday, President X"), not a word in it
    first = next((m for m in found[1:3] if expressions[0].start < m.start
                  and (_PARTICIPLE_OPENING.match(opening(m)) or _OCCASION_OPENING.match(opening(m)))), found[0])
    if first is found[0] and len(found) > 1 and first.how in ("role", "unnamed source"):
        # "the commander, Petro Sava, arrived", "the commander, Major Petro Sava,", "the commander, a major who goes
        # by the call sign Kupol,": the apposed name
        first = next((m for m in found[1:3] if m.how not in ("role", "unnamed source", "country")
                      and _APPOSED_NAME.fullmatch(text, first.end, m.start)), first)
    apposed = first is not found[0] and found[0].how in ("role", "unnamed source") \
        and _APPOSED_NAME.fullmatch(text, found[0].end, first.start) is not None
    before = opening(found[0] if apposed else first)  # "Ukraine's top commander, A B, visited …": before the role
    if not apposed and re.fullmatch(r"[^,.;:“”\"]{3,60},\s*", before) and text[first.end:first.end + 1] == ",":
        before = ""  # "The port's harbour master, A B, visited …": a role the tables do not know, apposed to the name
    scene = bool(expressions[0].start < first.start and _SCENE_OPENING.match(before))
    asked = expressions[0].start < first.start and (_PARTICIPLE_OPENING.match(before)  # "Asked on Tuesday …, X declined"
                                                    or _OCCASION_OPENING.match(before))  # "In his address on Tuesday, X …"
    if (len([w for w in re.findall(r"[A-Za-z]+", before) if w[0].islower()]) > 1 and not scene and not asked) \
            or first.how in ("country", "unnamed source"):
        return  # (capitalised words before the name are its titles: "Estonian Prime Minister …")
    person = first if first is head else _resolve(reader, first, first.start)
    if person is None or not person.speaker or person.speaker in speakers \
            or not _mentions.could_be_person(person.speaker, reader.who):
        return
    if first.how == "unknown name" and " " not in person.speaker \
            and not (apposed and _GIVEN_CALL_SIGN.search(text, found[0].end, first.start)):
        return  # a lone capitalised word opening a sentence may be anything (not a call sign given as such)
    for e in expressions:
        if e.kind in ("vague", "relative_far") or text[e.end:e.end + 2] in ("'s", "’s"):
            continue  # "visited the site of Monday's strike": the day of the strike
        named = _scene_day(reader, e.start) if e.kind == "relative_event" else None
        # "Three days earlier, Shoigu had offered …": counted back from the day last named (a scene's too)
        day = when.resolve(e, doc.published, named[1] if named is not None and anchor is None else anchor).day
        moved = next((x for x in expressions if x.start > e.end and x.kind == "relative_event"
                      and _MOVED_ON.search(x.text)), None) if not pd.isna(day) else None
        if moved is not None:
            # "presented the plan to the Rada on Wednesday and to EU leaders in Brussels a day later": the narration
            # has moved on to the later doing; the words after it were said there
            later = when.resolve(moved, doc.published, day).day
            if not pd.isna(later) and later > day:
                day, e = later, moved
        if not pd.isna(day):
            paragraphs = doc.paragraphs
            reach = _prose_reach(text, paragraphs, sentence.paragraph, reader.quiet()) if not scene \
                else len(text)  # a scene set by a fronted time lasts until the speaker's next occasion
            # the days named later in its own sentence ("…, Rutte's first visit since taking office on Oct. 1")
            # are no new time cue between the doing and the words after it: counted from the last of them
            last = expressions[-1].start if not scene else e.start
            layer.appearances.setdefault(person.speaker, []).append((first.start, reach, day, e.text, last)
                                                                    + ((True,) if scene else ()))
            if scene:
                layer.scenes.append((e.start, _reach_scene(reader, sentence.paragraph), day, e.text))
            if _SPEAKING_DOING.match(text, first.end):
                layer.speaking_doings.add(first.start)  # "Putin on Friday set out his conditions for peace talks"
            if _REMARKS_MADE.match(text, first.end):
                # "Putin made the remarks on Friday at a meeting": the day of the words just reported too
                reader.add_event(_Event(first.start, person.speaker, day, e.text, True))
                _remarks_placed(reader, layer, sentence, person.speaker, day, e.text)
            if _MEETING_VERB.search(text, first.end, sentence.end):
                # "Putin met Erdogan in Sochi on Monday": whoever he met was there too
                for m in found[1:]:
                    other = _resolve(reader, m, m.start) if m.how in ("name", "title", "unknown name") else None
                    if other is not None and other.speaker and other.speaker != person.speaker \
                            and (m.how != "unknown name" or " " in other.speaker) \
                            and _mentions.could_be_person(other.speaker, reader.who):
                        layer.appearances.setdefault(other.speaker, []).append((m.start, reach, day, e.text, last))
            return


# between a role and the name apposed to it: a comma, a rank or title the mention layer leaves out ("the commander,
# Major Petro Sava,"), or a descriptor ending in a call sign ("the commander, a major who goes by the call sign Kupol,")
_GIVEN_CALL_SIGN = re.compile(r"\b(?:" + NAMING_FORMULA + r")\s+$", re.IGNORECASE)
_APPOSED_NAME = re.compile(r",\s*(?:[A-Z][\w.’'-]*\s+){0,3}"
                           r"|,\s*(?:a|an|the)\s+[^,.;:“”\"]{1,60}?\b(?:" + NAMING_FORMULA + r")\s+")
_MOVED_ON = re.compile(r"(?i)\b(?:later|next|following)\b")
_BARE_SCENE = re.compile(r"\s*It\s+(?:was|is)\s+[^,.;:“”\"]{0,60}?\swhen\s")  # "It was Saturday afternoon when …"
# a scene set by a fronted time before the person ("It was Thursday evening, and X …", "On a grey
# Tuesday morning, Colonel X walked …"): the day's words replaced by a space, titles allowed before the name
_SCENE_OPENING = re.compile(r"\s*(?:It\s+(?:was|is)|(?:Late|Early)\s+on|On|At\s+(?:dawn|dusk|noon|midnight)\s+on)\s+"
                            r"(?:(?:a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:(?:morning|afternoon|evening|night)\s*)?"
                            r",\s*(?:(?:as|when|while|after|once)\s+[^,.;:“”\"]{1,100},\s*)?"  # "On Saturday, as the unit left, he"
                            r"(?:and\s+)?(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*$"
                            # "It was shortly after dawn on Saturday when the commander-in-chief, X, arrived"
                            r"|\s*It\s+(?:was|is)\s+[^,.;:“”\"]{0,60}?\swhen\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?,\s+)?"
                            r"(?:[A-Z][\w.’'-]*\s+)*$")


# "that evening", "later that afternoon": the part of the day last named (a time of its own: a comma or the end after it)
_THAT_TIME = fail_fast(r"\bthat\s+(?:same\s+)?(?:morning|afternoon|evening)(?=\s*(?:[,.;:]|$))", re.IGNORECASE)


# a fronted participle clause about the subject after its comma: "Asked on Tuesday whether …, President X declined …"
_PARTICIPLE_OPENING = re.compile(r"\s*(?:Asked|Speaking|Talking|Interviewed|Pressed)\b[^.;:“”\"]*,\s*(?:[A-Z][\w.’'-]*\s+)*$")
_OCCASION_OPENING = re.compile(r"\s*(?:In|At|During)\s+(?:his|her|their|its|a|an|the)\s+[^,.;:“”\"]{1,80},\s*"
                               r"(?:on\s*,\s*)?(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*$")
_REMARKS_MADE = re.compile(r"\s+(?:made|gave|delivered)\s+(?:the|these|those|this|that|his|her|its|their)\s+(?:remarks?|comments?|"
                           r"statement|speech)\b"
                           # "His comments came on Tuesday as …", "Bondar's remarks were made on Friday"
                           r"|(?:['’]s)?\s+(?:remarks|comments|statement|words)\s+(?:came|were\s+made|was\s+made)\b",
                           re.IGNORECASE)
_THEIR_REMARKS = re.compile(r"\s*(?:His|Her|Their|Its)\s+(?:remarks|comments|statement|words)\s+(?:came|were\s+made|was\s+made)"
                            r"\s+(?:late\s+|early\s+)?on\s")
_BACK_IN = re.compile(r"\s*Back\s+(?:in|at|inside|on)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*,\s*")


# a doing that is a way of speaking, right after its subject (a day may stand between): "set out his conditions"
_SPEAKING_DOING = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z]\w+|\s+[A-Z]\w+)?\s+(?:set\s+out|outlined|laid\s+out|"
                             r"spelled\s+out|spelt\s+out|unveiled|presented|delivered|gave\s+(?:a|an|his|her)\s+(?:speech|address))\b")


def _scene_day(reader: _Reader, pos: int) -> tuple[int, object] | None:
    """(position, day) of the last day named before ``pos`` by a weekday or a date (skipping "a
    month ago", "last week"): the day "that evening" refers back to."""
    for expression in reversed(reader.dates_between(0, pos)):
        if expression.kind in ("relative_far", "vague", "relative"):
            continue  # a flashback ("A month ago, she had told …") is not the day the scene is on
        # ("Two days later, he told …": the day it was read as, counted from the day before it, not from the page's)
        day = reader.resolved.get(expression.start) or when.resolve(expression, reader.doc.published).day
        if not pd.isna(day):
            return expression.start, day
    return None


_FURNITURE_LINE = re.compile(r"\s*(?:[-•*]\s|\d{1,2}[:.]\d{2}\b)|[^a-z]*$")


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
_STAMP_CANDIDATE = re.compile(r"(?m)^[^\n]{0,40}\d{4}[^\n]{0,12}\d{1,2}[.:]\d{2}[^\n]{0,16}$")
_STAMPED_KINDS = ("weekday", "relative", "relative_far", "weekday_week", "ago", "day_of_month", "nth_weekday", "this")


def _post_stamps(reader: _Reader) -> list[tuple]:
    """A live blog's posts stamped with their day and time ("Mon 18 Nov 2024 00.40 GMT", two or more
    such lines): (start, end, day) of each post. A post was written on its stamp's day, so its "on
    Monday", "yesterday" and "last week" count from that day, not from the page's date (a blog
    published on Sunday runs past midnight into Monday's posts). The stamp dates nothing by itself
    (it is when the post was written, not when the words were said: ``_is_dateline``)."""
    text, stamps = reader.text, []
    for line in _STAMP_CANDIDATE.finditer(text):
        found = when.find(text, line.start(), line.end())
        if len(found) != 1 or found[0].kind not in _HEADER_KINDS or not re.search(r"\d{4}", found[0].text):
            continue
        rest = text[line.start():found[0].start] + text[found[0].end:line.end()]
        clock = _STAMP_CLOCK.search(rest)
        if clock is None or not _HEADER_REST.fullmatch(rest[:clock.start()] + rest[clock.end():]):
            continue
        day = when.resolve(found[0], reader.doc.published).day
        if not pd.isna(day):
            stamps.append((line.start(), day))
    if len(stamps) < 2:
        return []  # one dated time stamp: the page's, not a post's
    return [(start, stamps[i + 1][0] if i + 1 < len(stamps) else len(text), day)
            for i, (start, day) in enumerate(stamps)]


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
        if before is None or re.search(r"(?i)updated|published|posted|modified", before.group(0)) \
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


def _day_headers(reader: _Reader) -> list[tuple]:
    """Scenes opened by day headers: the posts under "Thursday 9 May" were written that day, so
    whoever speaks in them with no day of their own spoke on it (until the next day named). A
    header with a clock time is a page's time stamp (``_is_dateline``), not one of these."""
    text, doc, headers, stops = reader.text, reader.doc, [], []
    stamped = _STAMP_LINE.search(text) is not None
    previous = -1  # where the paragraph before starts
    for a, b in doc.paragraphs:
        before, previous = previous, a
        if b - a > 60:
            continue
        found = reader.dates_between(a, b)
        if not found and not stamped and _segment_subhead(text, a, b):
            # a round-up's "What to watch next week" (no stamped posts): a section of no day; a subhead right under a
            # day header ("Fighting in the east") heads that day's paragraphs
            if headers and headers[-1][0] < before:
                stops.append(a)
            continue
        if not found and _CAPITALS_LINE.fullmatch(text, a, b):
            # a round-up's day header in capitals ("MONDAY, MARCH 3"): read as written in title case (same length)
            found = [replace(e, start=a + e.start, end=a + e.end, text=text[a + e.start:a + e.end])
                     for e in when.find(text[a:b].title())]
            if not found and not re.search(r"\d", text[a:b]):
                stops.append(a)  # "LOOKING AHEAD", "WHAT COMES NEXT": a section of no day ends the day above it
                continue
        if len(found) == 1 and found[0].kind in ("relative", "weekday") and _SECTION_DAY.fullmatch(text, a, b):
            pass  # a newsletter's section "Today", "A recap of yesterday's talks", "Monday's meeting in Riga" (dt18)
        elif len(found) != 1 or found[0].kind not in _HEADER_KINDS \
                or not _HEADER_REST.fullmatch(_LIVE_LABEL.sub("", text[a:found[0].start]) + text[found[0].end:b]):
            continue  # ("Live updates, Tuesday 3 November 2026": the blog's label before its day)
        day = when.resolve(found[0], doc.published).day
        if not pd.isna(day):
            headers.append((found[0].start, day, found[0].text))
    if len(headers) == 1 and not stamped:
        return []  # one date line and no time-stamped posts: the page's date under its title, no day header
    ends = [headers[i + 1][0] if i + 1 < len(headers) else len(text) for i in range(len(headers))]
    return [(start, min([end] + [x for x in stops if start < x < end]), day, words)
            for (start, day, words), end in zip(headers, ends)]


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


_TOLD = re.compile(r"(?i)told|tells|telling|briefed|reported\s+to|assured")


def _told_the_one_there(reader: _Reader, layer: Speech, cue_subjects, s_start: int) -> None:
    """ "Gerasimov told him that …" where "him" is a person on a dated occasion just described (Putin's
    visit on Wednesday): the speaker spoke there, that day (taken as a dated doing of the speaker)."""
    for cue, subject in cue_subjects:
        if subject is None or not subject.speaker or not _TOLD.fullmatch(cue.text):
            continue
        him = re.match(r"\s+(him|her)\b", reader.text[cue.end:cue.end + 6])
        heard = [Mention(cue.end + him.start(1), cue.end + him.end(1), "", him.group(1), "pronoun")] if him \
            else reader.mentions_between(cue.end, cue.end + 40)
        if not heard or reader.text[cue.end:heard[0].start].strip():
            continue
        # (an object pronoun is never the subject of its own sentence: read it from before the sentence)
        person = _resolve(reader, heard[0], s_start if him else heard[0].start)
        doings = layer.appearances.get(person.speaker, []) if person is not None and person.speaker else []
        if doings and doings[-1][0] < s_start <= doings[-1][1] and person.speaker != subject.speaker \
                and not any(e.start > doings[-1][4] for e in reader.dates_between(doings[-1][4] + 1, s_start)):
            _, reach, day, words, at = doings[-1][:5]
            layer.appearances.setdefault(subject.speaker, []).append((subject.start, reach, day, words, at))


def _joint_subject(reader: _Reader, subject: Mention, s_start: int) -> Mention | None:
    """The first of two people who speak together ("Lloyd Austin and Jens Stoltenberg urged …"):
    the person named right before the subject, joined to it by "and" (titles between allowed)."""
    if subject.how not in ("name", "title") or not _mentions.is_person(subject.speaker, reader.who):
        return None
    before = [m for m in reader.mentions_between(s_start, subject.start) if m.end <= subject.start]
    if not before or not re.fullmatch(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}", reader.text[before[-1].end:subject.start]):
        return None
    other = _resolve(reader, before[-1], before[-1].start) if before[-1].how in ("name", "title") else None
    return other if other is not None and other.speaker and other.speaker != subject.speaker \
        and _mentions.is_person(other.speaker, reader.who) else None


def _last_named_day(reader: _Reader, pos: int, anchor) -> tuple[int, object] | None:
    """(position, day) of the last date outside quotes before ``pos`` that names a calendar day."""
    for expression in reversed(reader.dates_between(0, pos)):
        # ("Two days later, he told …. That same evening, X told …": the day it was read as, not counted again from it)
        day = reader.resolved.get(expression.start) or when.resolve(expression, reader.doc.published, anchor).day
        if not pd.isna(day):
            return expression.start, day
    return None


_SAME_OCCASION = lazy_fail_fast(r"\b(?:on|at|in|during)\s+the\s+same\s+(?:occasion|event|day|evening|morning|afternoon|night|meeting|briefing|speech|"
                                r"interview|press\s+conference|address|call|visit|summit|news\s+conference|video|post|statement|message|"
                                r"broadcast|appearance|remarks)\b"
                                r"|\b(?:said|told\s+\w+|stated|added|wrote|posted)(?:\s+(?:on|in|via)\s+(?:[A-Z][\w-]*|(?:its|his|her|their)\s+"
                                r"[\w-]+(?:\s+channel)?|state\s+television|television))?\s+the\s+same\s+day\b"  # "said on Telegram the same day"
                                r"|(?:^|(?<=[.\n,;]\s)|\bon\s+)that\s+(?:same\s+)?day(?![\w-])"
                                r"|\bthe\s+same\s+(?:day|evening|morning|afternoon|night)(?=\s*,)"  # "speaking … the same evening,"
                                r"|\b(?:told|addressed|briefed)\s+the\s+same\s+(?:[\w-]+\s+)?(?:meeting|briefing|news\s+conference|"
                                r"press\s+conference|conference|summit|session|forum)\b", re.IGNORECASE)
# a gathering named as the same one: its day is the day of the last sentence naming it
_SAME_GATHERING = re.compile(r"(?i)\bsame\s+(?:[\w-]+\s+)?(meeting|briefing|news\s+conference|press\s+conference|conference|"
                             r"summit|session|forum)\b")


# "Until August 12, Ukraine did not confirm the operation, until X informed that …", "It was not until May 3 that X
# said …": the day the words ended the silence (the "until" day is otherwise no statement's: when._NOT_A_STATEMENT_DATE)
_UNTIL_THEN = re.compile(r"\s*(?:Until|Till|Not\s+until|It\s+was\s+not\s+until|It\s+was\s+only\s+on)\s+([^,;:.“”\"]{3,40}?)"
                         r"(?:,|\s+that\b|\s+did\b)")


def _until_then(reader: _Reader, s_start: int, s_end: int, cue_subjects, anchor) -> tuple | None:
    opened = _UNTIL_THEN.match(reader.text, s_start, s_end)
    cue = cue_subjects[0][0]
    if opened is None or cue.start < opened.end():
        return None
    if opened.group(0).rstrip().endswith(",") and not re.search(r",\s+(?:until|when|before)\s", reader.text[opened.end():cue.start]):
        return None  # "Until August 12, the ministry said, …": a period's end, not the words' day
    found = when.find("on " + opened.group(1))
    if len(found) != 1 or found[0].end != len("on " + opened.group(1)) or found[0].kind in ("vague", "relative_far"):
        return None
    day = when.resolve(found[0], reader.doc.published, anchor).day
    return None if pd.isna(day) else (day, opened.group(1))


# "on the eve of the parade": the day before an occasion the article dates elsewhere
_EVE_OF = lazy_fail_fast(r"\b[Oo]n\s+the\s+eve\s+of\s+(?:the|his|her|its|their|this|that)\s+(?:[\w’'-]+\s+){0,2}?"
                         r"(parade|summit|talks|meeting|visit|vote|referendum|conference|election|ceremony|address|speech)\b")


def _named_day_before(reader: _Reader, noun: str, pos: int):
    """The day of the last sentence before ``pos``'s sentence that names ``noun`` and a day of its own."""
    i = reader.text.lower().rfind(noun.lower(), 0, pos)
    sentence = reader.doc.sentence_at(i) if i >= 0 else None
    if sentence is None or sentence.end > pos:
        return None
    for e in reader.dates_between(sentence.start, sentence.end):
        if e.kind not in ("vague", "relative_far"):
            day = when.resolve(e, reader.doc.published).day
            if not pd.isna(day):
                return day
    return None


# a day counted from an event the article dates elsewhere ("the day after the strike", "Two days after the attack",
# "Hours after the raid", "The day before the talks"): the event's day plus or minus the count; words framed by it (before
# the speech verb, or right after it) were said that day (dt18). The event nouns are the ``counted_event`` words of
# data/speech_words.csv; an ``attack_event`` noun ("strike") is found as any of them ("a missile reduced it to rubble
# on Saturday night")
_EVENT_OFFSET = vocab.TablePattern("event_offset", ("speech_words",), lambda: (
    r"(?i)\b(?:(?P<the>the\s+(?:day|night|evening|morning))|(?P<count>a|one|two|three|four|five|six)\s+days?"
    r"|(?P<hours>(?:(?:a\s+few|several|two|three|four|five|six)\s+)?hours|minutes|shortly|soon|just|moments))\s+"
    r"(?P<way>after|before)\s+(?:the|his|her|its|their|this|that|[\w’']+day[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>"
    + (trie_pattern(speech_words()["counted_event"] | speech_words()["attack_event"]) or "(?!)") + r")s?\b"))
_COUNT_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted_from_event(reader: _Reader, cue_subjects, s_start: int, s_end: int) -> tuple | None:
    """(day, words) for a sentence whose words are framed by a day counted from an event dated above (``_EVENT_OFFSET``);
    else None. Not a count inside what is reported ("X said that two days after the strike, troops …")."""
    text, doc = reader.text, reader.doc
    first = cue_subjects[0][0]
    for m in _EVENT_OFFSET.finditer(text, s_start, s_end):
        if doc.in_quote(m.start()) or (m.start() > first.end and (
                m.start() - first.end > 40 or re.search(r"\bthat\b|[“\"]", text[first.end:m.start()]))):
            continue
        noun = m.group("noun").lower()
        nouns = speech_words()["attack_event"] if noun in speech_words()["attack_event"] else {noun}
        held = _event_named_before(reader, nouns, s_start)
        if held is None:
            continue
        days = 0 if m.group("hours") else 1 if m.group("the") else _COUNT_DAYS[m.group("count").lower()]
        return held + pd.Timedelta(days=days if m.group("way").lower() == "after" else -days), m.group(0)
    return None


def _event_named_before(reader: _Reader, nouns, pos: int):
    """The day of the last sentence before ``pos``'s sentence that names one of ``nouns`` (or its plural) and a day of its
    own (walked back over the days the text names, not over every mention of the nouns: "The strike came as …" gives
    none)."""
    found = _nouns_pattern(frozenset(nouns))
    text, doc = reader.text, reader.doc
    for e in reversed(reader.dates_between(0, pos)):
        if e.kind in ("vague", "relative_far", "relative_event"):
            continue
        sentence = doc.sentence_at(e.start)
        if sentence is None or sentence.end > pos or not any(
                not doc.in_quote(m.start()) for m in found.finditer(text, sentence.start, sentence.end)):
            continue
        day = when.resolve(e, doc.published).day
        if not pd.isna(day):
            return day
    return None


@functools.lru_cache(maxsize=32)
def _nouns_pattern(nouns: frozenset) -> re.Pattern:
    """The event nouns (and their plurals) as one pattern, compiled once per set."""
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(x) for x in sorted(nouns, key=len, reverse=True)) + r")s?\b")


_GATHERING_NOUN = {noun: re.compile(r"(?i)\b" + r"\s+".join(noun.split()) + r"\b") for noun in (
    "meeting", "briefing", "news conference", "press conference", "conference", "summit", "session", "forum")}


def _gathering_named_before(reader: _Reader, noun: str, pos: int, anchor):
    """The day of the last sentence before ``pos`` that names the gathering ``noun`` with a day of its own (or, with
    none, the closing part of an event whose end the text dated: "at the summit's closing news conference")."""
    found = _GATHERING_NOUN[" ".join(noun.lower().split())]
    last = None
    for m in found.finditer(reader.text, 0, pos):
        last = m
    sentence = reader.doc.sentence_at(last.start()) if last is not None else None
    if sentence is None or sentence.end > pos:
        return None
    for e in reader.dates_between(sentence.start, sentence.end):
        if e.kind not in ("vague", "relative_far"):
            day = when.resolve(e, reader.doc.published, anchor).day
            if not pd.isna(day):
                return day
    closing = _event_end_day(reader, sentence.start, sentence.end, anchor)
    return closing[0] if closing is not None else None


# the closing part of an event ("at the summit's closing news conference", "On the summit's final day", "at the
# closing session of the forum"): the day the text says the event ended ("ended their two-day summit … on Wednesday")
# (the ``closing_event`` words of data/speech_words.csv, lower case, read in any case)
def _event_words() -> str:
    return trie_pattern(speech_words()["closing_event"]) or "(?!)"


_EVENT_CLOSING = vocab.TablePattern("event_closing", ("speech_words",), lambda: (
    r"(?i)\b(?:the\s+)?(" + _event_words() + r")['’]s\s+(?:closing|final|last)\s+"
    r"(?:day|session|news\s+conference|press\s+conference|"
    r"meeting|event|statement|hours?)\b"
    r"|\b(?:closing|final|last)\s+(?:day|session|news\s+conference|press\s+conference|meeting)\s+"
    r"of\s+the\s+(?:[\w’'-]+\s+){0,2}?(" + _event_words() + r")\b"))
_EVENT_ENDED = re.compile(r"(?i)\b(?:ended|closed|concluded|wrapped\s+up|came\s+to\s+an\s+end|drew\s+to\s+a\s+close)\b")


def _event_end_day(reader: _Reader, start: int, end: int, anchor) -> tuple | None:
    """(day, words) when the span ``start:end`` names the closing part of an event (``_EVENT_CLOSING``) and an earlier
    sentence says that event ended on a day ("NATO leaders ended their summit in Vilnius on Wednesday"); else None."""
    text, doc = reader.text, reader.doc
    closing = next((m for m in _EVENT_CLOSING.finditer(text, start, end) if not doc.in_quote(m.start())), None)
    if closing is None:
        return None
    ends, sentences = _sentences_ending(reader, (closing.group(1) or closing.group(2)).lower())
    at = bisect_right(ends, start)
    if not at:
        return None
    sentence = sentences[at - 1]  # the last sentence before ``start`` that says the event ended
    for e in reader.dates_between(sentence.start, sentence.end):
        if e.kind not in ("vague", "relative_far", "relative_event") and text[e.end:e.end + 2] not in ("'s", "’s"):
            day = when.resolve(e, doc.published, anchor).day
            if not pd.isna(day):
                return day, closing.group(0)
    return None


def _sentences_ending(reader: _Reader, noun: str) -> tuple[list, list]:
    """The ends of the words of ending (``_EVENT_ENDED``, not in a quote) whose sentence names the event ``noun`` (or its
    plural), in order, and those sentences: read once per document and noun (a scan of the text before every closing
    part would grow with the square of a long text's length; rv8)."""
    cache = reader.__dict__.setdefault("_ending_sentences", {})
    if noun not in cache:
        text, doc = reader.text, reader.doc
        if "_ended" not in cache:
            cache["_ended"] = [(m.end(), s) for m in _EVENT_ENDED.finditer(text)
                               if (s := doc.sentence_at(m.start())) is not None and not doc.in_quote(m.start())]
        found = re.compile(r"(?i)\b" + noun + r"s?\b")
        kept = [(e, s) for e, s in cache["_ended"] if found.search(text, s.start, s.end)]
        cache[noun] = ([e for e, _ in kept], [s for _, s in kept])
    return cache[noun]


_SAME_DAY = re.compile(r"(?i)day|evening|morning|afternoon|night")
_SECOND_VERB = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later|still|quickly|again)\s+)?$")
#: a dotted or slashed day fronted with its comma ("on 12.03.2025, "), which ``_OPENING_PHRASE`` (no dots) leaves
_FRONTED_NUMERIC_DAY = re.compile(r"\s*(?:[Oo]n\s+)?\d{1,2}[./]\d{1,2}[./]\d{2,4},\s*")


#: between a sentence's subject and a name its verb governs: "met", "met with", "thanked", "spoke to" (no clause break)
_VERB_BEFORE_OBJECT = re.compile(r"[^\S\n]+(?!(?:and|but|or|while|as|who|which|that|said|says|told|tells)\b)[a-z][\w-]*"
                                 r"(?:[^\S\n]+(?:with|to|on|by|for|from)\b)?[^\S\n]+")
_COORDINATED_VERB_GAP = re.compile(r"\s+(?:and|but)\s+(?:(?:also|then|later|again)\s+)?")


def _verb_object_opener(reader: _Reader, sentence_start: int, candidates: list, m: Mention, gap: str) -> Mention | None:
    """ "Putin met Zelensky and said …": a name right after the opening subject's verb, its object, before "and" and
    the speech verb: the subject speaks (not "Putin and Zelensky said", nor "…, but Zelensky insisted and said")."""
    if not _COORDINATED_VERB_GAP.fullmatch(gap) or len(candidates) < 2 or m is candidates[0]:
        return None
    first = candidates[candidates.index(m) - 1]
    if first.how in ("country", "pronoun", "unresolved pronoun") or first is not candidates[0] \
            or not _VERB_BEFORE_OBJECT.fullmatch(reader.text, first.end, m.start):
        return None
    if len(reader.text[sentence_start:first.start].split()) > 1 and _after_fronted(reader, sentence_start, [first]) is None:
        return None
    return first


def _after_fronted(reader: _Reader, a: int, candidates: list) -> Mention | None:
    """The candidate right after the fronted phrases of time or place a sentence opens with ("Earlier, on 12.03.2025, ",
    "In the Kursk region on Monday, ", "After A spoke, "): the sentence's subject, not a name inside them; None when
    the phrases end at no candidate."""
    text, pos = reader.text, a
    starts = {m.start: m for m in candidates if m.how != "country"}
    end = max(starts, default=a)
    for _ in range(3):
        step = _OPENING_PHRASE.match(text, pos, end) or _FRONTED_NUMERIC_DAY.match(text, pos, end)
        if step is None or step.end() == pos:
            return None
        pos = step.end()
        if pos in starts:
            return starts[pos]
    return None

# "X used his New Year's address on Saturday to tell …", "took the opportunity to say": the subject's purpose
_USED_TO = re.compile(r"\s+(?:\w+ly\s+)?(?:used|uses|took|takes|seized|seizes|chose|chooses)\s+(?:his|her|its|their|the|a|an)\s"
                      r"[^,.;:“”\"]{0,80}?\bto\s+$")
_POSSESSED = re.compile(r"\b(?:his|her|its|their|our|my|your)\s+$", re.IGNORECASE)
# "quoted Vitaly Danchenko, the head of the administration Russia installed, as saying": an apposition may stand between
_QUOTED_AS = lazy_fail_fast(r"\bquoted\s+((?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)(?:,[^,.;“”\"]{1,150}(?:,[^,.;“”\"]{1,60})?,)?\s+as\s+$")


def _speaks_as_person(subject: Mention, who) -> bool:
    """Whether "he" or "she" may later refer to this speaker (not "the ministry", not NATO)."""
    if subject.speaker:
        return _mentions.could_be_person(subject.speaker, who)
    words = re.findall(r"[\w’'-]+", re.split(r"\s+(?:of|for|in|at)\s+", subject.as_written)[0])
    return not (words and words[-1].lower() in _words("institution_noun"))


_DAYS_AFTER = re.compile(r"(?:\b(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,3})\s+days?|\bthe\s+day)\s+(?P<which>after|before)\s+"
                         r"(?P<clause>(?:[\w’'.-]+\s+){0,6}?)$", re.IGNORECASE)


#: "a week after X said", "months before X said": an earlier occasion whose day the article does not fix
_PERIOD_AFTER = re.compile(r"\b(?:a|an|one|two|three|four|five|six|several|a\s+few|some)\s+(?:weeks?|months?|years?)\s+"
                           r"(?:after|before)\s+(?:[\w’'.-]+\s+){0,6}?$", re.IGNORECASE)


# "… would be presented to allies later this month", "by the end of this year": a time to come in what is reported
_TIME_TO_COME = re.compile(r"\b(?:later|next|by\s+the\s+end\s+of|before\s+the\s+end\s+of|until\s+the\s+end\s+of)\s+$",
                           re.IGNORECASE)


# "X said at the time", "he said then", "At the time, X said": the time the sentence before names
_AT_THE_TIME_AFTER = re.compile(r"\s+(?:at\s+the\s+time|then)\b(?!-)")
_AT_THE_TIME_FRONTED = re.compile(r"\s*At\s+the\s+time\s*,")


def _at_that_time(reader: _Reader, cue_subjects, s_start: int, s_end: int, told) -> tuple | None:
    """(day, words) for words said "at the time" (or "then") right after dated words of another speaker
    in the sentence before: the time just named ("On Monday, Belousov told the board …. Putin, who
    attended, said at the time …"). The speaker's own words in the sentence before date them as before."""
    text = reader.text
    for cue, subject in cue_subjects:
        if subject is None or not subject.speaker:
            continue
        found = _AT_THE_TIME_AFTER.match(text, cue.end) or (_AT_THE_TIME_FRONTED.match(text, s_start)
                                                            if cue is cue_subjects[0][0] else None)
        if found is None or reader.last_spoke(subject.speaker, s_start) >= told[0]:
            return None
        return told[1], found.group(0).strip(" ,")
    return None


# "Y, who spoke alongside him, said", "Standing next to her, Y said": the occasion of the words of the one just quoted
_ALONGSIDE_HIM = lazy_fail_fast(r"\b(?:spoke|speaking|stood|standing|appeared|appearing|sat|sitting)\s+(?:alongside|beside|next\s+to)\s+(?:him|her)\b"
                                r"|\b(?:Alongside|Beside|Next\s+to)\s+(?:him|her)\s*,"
                                r"|\bwho\s+(?:joined|sat\s+in\s+on)\s+(?:the|our)\s+(?:conversation|interview|talk)\b", re.IGNORECASE)


_ALONGSIDE_GUARD = RuleGuard(_ALONGSIDE_HIM)


def _alongside(reader: _Reader, layer: Speech, cue_subjects, s_start: int) -> tuple | None:
    """(day, words) for words of one who "spoke alongside him" (stood beside her …) at the occasion of
    the last other person who spoke before: that person's last dated words, when no day is named
    after them."""
    if not reader.may_match(_ALONGSIDE_GUARD):
        return None
    subject = next((subj for _, subj in cue_subjects if subj is not None), None)
    found = _ALONGSIDE_HIM.search(reader.text, s_start, cue_subjects[-1][0].start)
    if found is None or reader.doc.in_quote(found.start()) or subject is None or not subject.speaker:
        return None
    other = next((e.speaker for e in reversed(reader.events) if e.pos < s_start and e.speaker
                  and e.speaker != subject.speaker and e.person), None)
    dated = [e for e in reader.events if e.speaker == other and e.pos < s_start
             and e.date is not None and not pd.isna(e.date)] if other else []
    if not dated:  # "We spoke to him on Friday. … His deputy, who joined the conversation, added": that occasion
        seen = [a for a in layer.appearances.get(other, ()) if a[0] < s_start <= a[1]] if other else []
        return (seen[-1][2], found.group(0)) if seen and seen[-1][5:] == (True,) else None
    if reader.dates_between(reader.doc.sentence_at(dated[-1].pos).end, s_start):
        return None
    return dated[-1].date, found.group(0)


def _unnamed_dated_next(reader: _Reader, layer: Speech) -> None:
    """ "A senior Western official said Russia had massed troops …. “We see the build-up,” the official
    told reporters in Brussels on Tuesday.": an unnamed person's undated words go on in the very next
    sentence, where "the <same noun>" names the day: one statement, that day (§3.5, the same event)."""
    acts, doc = layer.acts, reader.doc
    for i, act in enumerate(acts):
        written = act.speaker.as_written.lower().split()
        if act.speaker.speaker or act.date is not None or written[:1] not in (["a"], ["an"], ["one"]):
            continue
        sentence = doc.sentence_at(act.cue.start)
        later = next((b for b in acts[i + 1:] if sentence is not None and b.cue.start >= sentence.end), None)
        after = doc.sentence_at(later.cue.start) if later is not None else None
        if after is None or doc.text[sentence.end:after.start].strip() or later.speaker.speaker \
                or later.date is None or pd.isna(later.date) \
                or later.speaker.as_written.lower().split() not in (written, ["the", written[-1]]) \
                or reader.dates_between(act.cue.end, after.start):
            continue
        acts[i] = SpeechAct(act.sentence, act.cue, act.speaker, later.date, later.date_text)


def _embedded_before(text: str, cue_subjects, dating: int) -> int:
    """How many verbs before the one that dated the sentence do not share its day: a later verb of
    another speaker whose own day dates the sentence, inside what the first verb reports ("Marchuk said
    his battalion had reached Robotyne, a village that Maliar said on Wednesday had been liberated") or
    in a clause of its own ("The ministry said it had completed the withdrawal, while Ukraine said on
    Friday …": the text gives a day for Ukraine only). The first verb's speaker's other statement may
    still date it."""
    first, dated = cue_subjects[0], cue_subjects[dating]
    if dated[1] is None or (first[1] is not None and first[1].speaker == dated[1].speaker):
        return 0
    return dating


def _relays(reader: _Reader, subject) -> bool:
    """A medium relaying the words ("…, the defence ministry said, RIA Novosti reported on Friday"): its day
    is shared with the words it carries."""
    return subject is not None and getattr(reader.who.speakers.get(subject.speaker), "kind", "") == "media"


def _other_side(reader: _Reader, cue_subjects, dating: int, n: int, own_dates: dict) -> tuple | None:
    """ "Ukraine said on Thursday …, while Moscow said …": the day written after one side's verb is that
    verb's; the other side of the war, in a clause of its own, names none (the devset leaves one side
    undated when the text gives a day only for the other, 004; §3.5 dates by another statement only the
    same speaker going on or a participant of a dated meeting): (None, "") leaves it to that speaker's own
    statements. Else None (the sentence's day, as before: a day fronted before both verbs, "At a news
    conference on Tuesday, X said …, while Y said …", covers both; two voices of one side in a lede too).
    The verb's quotes read ``own_dates``, where the no-day is written too."""
    if not 0 <= dating < n:
        return None
    (first, dated), (cue, subject) = cue_subjects[dating], cue_subjects[n]
    if dated is None or not (dated.speaker or dated.how == "unnamed source") or subject.speaker == dated.speaker \
            or _relays(reader, subject) \
            or not reader.dates_between(first.end, cue.start) or not _OTHER_CLAUSE.search(reader.text, first.end, cue.start):
        return None
    sides = [x if x in ("Russia", "Ukraine") else _person_side(reader, x) for x in (dated.speaker, subject.speaker)]
    if not sides[1] or sides[0] == sides[1]:
        return None
    own_dates[cue.start] = (None, "")
    return None, ""


def _other_side_unnamed(reader: _Reader, cue_subjects, dating: int, n: int) -> bool:
    """ "…, a commander of the brigade said on Thursday, while Moscow said …": the same as ``_other_side`` for a
    verb whose subject the layer could not name (the claims read its day from ``cue_days``): the side is read from
    the words of its clause before the verb ("Moscow"), the dated verb's from its own clause; true when they differ
    and the second is known."""
    if not 0 <= dating < n:
        return False
    first, cue = cue_subjects[dating][0], cue_subjects[n][0]
    clause = None
    for clause in _OTHER_CLAUSE.finditer(reader.text, first.end, cue.start):
        pass
    if clause is None or not reader.dates_between(first.end, clause.start()):
        return False
    words = reader.text[clause.end():cue.start]
    side = [name for name, pattern in _SIDE_WORDS if pattern.search(words)]
    if len(side) != 1 or len(words.split()) > 6:
        return False
    dated = cue_subjects[dating][1]
    before = reader.text[reader.doc.sentence_at(first.start).start:first.start]
    before = before.rsplit(",", 1)[-1] if dated is None else (dated.speaker or dated.as_written)
    if dated is not None and dated.speaker in ("Russia", "Ukraine"):
        other = dated.speaker
    elif dated is not None and dated.speaker:
        other = _person_side(reader, dated.speaker)
    else:
        found = [name for name, pattern in _SIDE_WORDS if pattern.search(before)]
        other = found[0] if len(found) == 1 else ""
    return other != side[0]


_OTHER_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|but)\b|\b(?:while|whereas)\s|;")


def _came_after(reader: _Reader, cue: Cue, sentence_start: int, day, own_dates: dict) -> tuple | None:
    """``_day_before_after``, its answer kept in ``own_dates`` (the verb's quotes read it there too)."""
    found = _day_before_after(reader, cue, sentence_start, day)
    if found is not None:
        own_dates[cue.start] = found
    return found


# "His comments came a day after …", "The remarks came two days after …": the day counted from the statement just told
_CAME = re.compile(r"\s*(?:His|Her|Their|The|These|Those|Its)\s+(?:[\w’'-]+\s+){0,2}?(?:comments|remarks|statement|words|"
                   r"warning|remarks|claim|announcement)\s+came\b")


def _day_before_after(reader: _Reader, cue: Cue, sentence_start: int, day) -> tuple | None:
    """ "Putin said Tuesday …, a day after Ukraine's top commander said …": the second speaker
    spoke a day before the sentence's day ("two days before X said": two days after it)."""
    match = _DAYS_AFTER.search(reader.text, max(sentence_start, cue.start - 90), cue.start)
    if match is None:
        if _PERIOD_AFTER.search(reader.text, max(sentence_start, cue.start - 90), cue.start):
            return None, ""  # "…, a week after Russian officials said …": an earlier occasion, no day of its own
        return None
    n = when.NUMBER_WORDS.get((match.group("n") or "one").lower()) or int(match.group("n") or 1)
    shift = pd.Timedelta(days=n)
    words = match.group(0)[:match.start("clause") - match.start()].strip()
    return (day - shift, words) if match.group("which").lower() == "after" else (day + shift, words)


def _spokespeople_dates(reader: _Reader, layer: Speech, readings: list[QuoteReading]) -> None:
    """A spokesperson with no dated statement of their own speaks at their institution's dated
    one: "The Kremlin said on Tuesday …" then "Kremlin spokesman Dmitry Peskov told reporters"
    (the institution named in the spokesperson's roles, or written before the name)."""
    who = reader.who
    written: dict[str, set[str]] = {}
    for act in layer.acts:
        written.setdefault(act.speaker.speaker, set()).add(act.speaker.as_written.lower())
        if act.speaker.how in ("name", "title", "unknown name"):  # "MoD spokesman Igor Konashenkov": the title before
            title = re.search(r"((?:[\w’'.-]+\s+){1,4})$", reader.text[max(0, act.speaker.start - 40):act.speaker.start]) \
                if reader.may_hold(("spokes", "press secretary"), max(0, act.speaker.start - 40), act.speaker.start) else None
            if title and re.search(r"(?i)spokes|press secretary", title.group(1)):
                written[act.speaker.speaker].add(title.group(1).lower())
    for reading in readings:
        written.setdefault(reading.speaker, set()).add(reading.as_written.lower())
    organisations = [name for name in written if name in who.speakers and who.speakers[name].kind == "organisation"]
    if not organisations:
        return
    aliases = {name: [a.lower() for a, n in who.alias_to_name.items() if n == name] for name in organisations}

    def speaks_for(name: str, forms: set, institution: str) -> bool:
        roles = who.speakers[name].roles if name in who.speakers else ()
        words = " | ".join(roles) + " | " + " | ".join(forms)
        if not re.search(r"spokes|press secretary", words):
            return False
        if any(re.search(r"(?<![\w’'])" + re.escape(a) + r"(?![\w-])", words) for a in aliases[institution]):
            return True
        # "ministry spokesman Igor Konashenkov" (defence ministry spokesman, Russia) speaks for the
        # Russian Defence Ministry: the institution's own role of two words or more, same country
        known, body = who.speakers.get(name), who.speakers[institution]
        return known is not None and bool(known.country) and known.country == body.country and any(
            " " in r and re.search(r"(?<![\w’'])" + re.escape(r) + r"(?![\w-])", words) for r in body.roles)

    institutions = [name for name in organisations if name in layer.dated_events]
    for name, forms in written.items():
        own = layer.dated_events.get(name, [])
        if not name or any(not e.back for e in own):
            continue  # (a statement placed back in time, "Two days earlier, the spokesman had reported", is no own date)
        for institution in institutions:
            if speaks_for(name, forms, institution):
                layer.dated_events[name] = sorted(layer.dated_events[institution] + own, key=lambda e: e.pos)
                break
    # and the other way: "MoD spokesman Igor Konashenkov said at a briefing on Friday" dates the
    # ministry's undated announcement of the same news ("The ministry has announced …")
    for institution in organisations:
        if institution in layer.dated_events:
            continue
        for name, forms in written.items():
            if name and name != institution and name in layer.dated_events and speaks_for(name, forms, institution):
                layer.dated_events[institution] = layer.dated_events[name]
                break


# "A navy spokesman, Dmytro Pletenchuk, said", "the brigade's spokeswoman, A B,": the body the person speaks for
_AT_BODY_BRIEFING = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s+at\s+(?:a|an|the)\s+((?:[A-Z][\w’'-]*\s+){1,3})"
                               r"(?:briefing|news\s+conference|press\s+conference)\b")
_BODY_SPOKESPERSON = re.compile(r"(?i)\b(?:an?|the)\s+([a-z][\w-]+?)(?:['’]s)?\s+(?:spokes(?:man|woman|person)|press\s+officer)"
                                r"\s*,\s*$")
# "…,” spokesman Ihor Skyba said", "A spokeswoman, Olena M, said": the title alone, of no body named (not
# "Kremlin spokesman", "its spokesman"): the body whose dated statement was told just before
_BARE_SPOKESPERSON = re.compile(r"(?:^|[.!?]\s+|\n\s*|[,”\"]\s*|\b(?:said|says|added|told\s+\w+)\s+)(?:(?:[Tt]he|[Aa])\s+)?(?:spokes(?:man|woman|person)|"
                                r"press\s+officer)\s*,?\s*$")
# "… told the Kyiv Independent", "… said in televised comments": an occasion of the spokesperson's own, not the
# body's statement ("told reporters" is)
_SPOKESPERSON_OCCASION = re.compile(r"\s+(?:(?:the\s+)?[A-Z][\w’'.-]*|(?:\w+\s+)?(?:in|during|on|to)\s+(?:an?\s+|the\s+|his\s+|her\s+)?"
                           r"(?:[\w-]+\s+){0,2}(?:interview|comments|remarks|television|TV|radio|broadcast|telethon|"
                           r"podcast|video|channel)\b)")


_WORD_RUN = re.compile(r"[\w-]+")


def _body_spokespeople_dates(reader: _Reader, layer: Speech) -> None:
    """ "Ukraine's navy said on Monday …. A navy spokesman, Dmytro Pletenchuk, said …": the spokesperson of a
    body no table knows, with no day of their own, spoke at that body's dated statement just before (in the
    same or the paragraph before; the statement a verb with no speaker the layer could name, or an unnamed
    one, whose subject holds the body's noun)."""
    text, doc = reader.text, reader.doc
    days = dict(layer.cue_days)
    days.update({a.cue.start: (a.date, a.date_text) for a in layer.acts  # "the harbour authority said on Monday"
                 if a.date is not None and not pd.isna(a.date) and (not a.speaker.speaker or (
                     # "Ukraine's navy said on Monday" (a body of the table whose spokesman the table does not tie to
                     # it by an alias): its words before the verb still name the body (sk17)
                     a.speaker.speaker in reader.who.speakers
                     and reader.who.speakers[a.speaker.speaker].kind == "organisation"))})
    dated_cues = sorted(days)
    # (a body's briefing: whatever the statement's speaker, "The White House said on Monday" included)
    spoken = {**days, **{a.cue.start: (a.date, a.date_text) for a in layer.acts if a.date is not None and not pd.isna(a.date)}}
    spoken_cues = sorted(spoken)
    if not spoken_cues:
        return
    for act in layer.acts:
        name = act.speaker.speaker
        if not name or act.speaker.how not in ("name", "unknown name", "title") or layer.dated_events.get(name):
            continue
        body = _BODY_SPOKESPERSON.search(text, max(0, act.speaker.start - 40), act.speaker.start)
        # "…,” spokesman John Kirby told reporters at a White House briefing": the body whose briefing it was
        briefing = _AT_BODY_BRIEFING.match(text, act.cue.end) if body is None else None
        sentence = doc.sentence_at(act.speaker.start)
        if body is None and briefing is None and sentence is not None \
                and _BARE_SPOKESPERSON.search(text, max(0, act.speaker.start - 40), act.speaker.start) \
                and not _SPOKESPERSON_OCCASION.match(text, act.cue.end):
            _bare_spokesperson_day(reader, layer, act, sentence, days)
            continue
        if (body is None and briefing is None) or sentence is None:
            continue
        since = doc.paragraphs[doc.story_back(sentence.paragraph, 1)][0]
        cues = dated_cues if body is not None else spoken_cues
        k = bisect_left(cues, act.speaker.start)
        cue = next((c for c in reversed(cues[:k]) if c >= since), None)
        words = [body.group(1).lower()] if body is not None else briefing.group(1).lower().split()
        if cue is None:
            continue
        # (the body's words before the verb; for a briefing, anywhere before it in the statement's sentence)
        opening = max(since, cue - 60) if body is not None else max(since, doc.sentence_at(cue).start)
        if not set(words) <= set(_WORD_RUN.findall(text[opening:cue].lower())):
            continue
        day, words = spoken[cue]
        event = _Event(cue, name, day, words, True)
        layer.dated_events[name] = [event]
        reader.add_event(event)


def _bare_spokesperson_day(reader: _Reader, layer: Speech, act: SpeechAct, sentence, days: dict) -> None:
    """ "Ukraine's Khortytsia group of forces said on Monday …. “…,” spokesman Ihor Skyba said.": a spokesperson of no
    body named speaks for the body whose dated statement is the last one before (in the same or the paragraph before),
    when that statement's speaker is no person (or none the layer could name) and nobody spoke between."""
    doc = reader.doc
    since = doc.paragraphs[doc.story_back(sentence.paragraph, 1)][0]
    spoken = {a.cue.start: a for a in layer.acts if since <= a.cue.start < act.sentence[0]}
    cues = sorted(set(spoken) | {c for c in days if since <= c < act.sentence[0]})
    if not cues:
        return
    last = cues[-1]
    if last in spoken:
        said = spoken[last]
        if said.date is None or pd.isna(said.date) \
                or (said.speaker.speaker and _mentions.could_be_person(said.speaker.speaker, reader.who)):
            return
        day, words = said.date, said.date_text
    else:
        day, words = days[last]
    if day is None or pd.isna(day):
        return
    event = _Event(last, act.speaker.speaker, day, words, True)
    layer.dated_events[act.speaker.speaker] = [event]
    reader.add_event(event)


def _military_body() -> re.Pattern:
    """The bodies that speak for a side on the battlefield (the devset labels "Russia has claimed …" with its defence
    ministry: its §8, 017), not the Kremlin or a foreign ministry: a ``military_body`` word of
    ``data/speech_words.csv`` anywhere in a name or role (built once)."""
    def build():
        words = sorted(_words("military_body"), key=len, reverse=True)
        return re.compile(r"(?i)" + trie_pattern({" ".join(w.split()) for w in words}, spaces=True, ignore_case=True))
    return vocab.compiled("military_body", ("speech_words",), build)


def _country_body_dates(reader: _Reader, layer: Speech) -> None:
    """ "Russia said on Thursday its forces had captured Vuhledar …. Units … had "liberated" the town, Russia's defence
    ministry said in a statement.": the country's dated statement is its institution's, told in the paragraphs just
    after it (up to two paragraphs of the story on), so the institution's undated words there and below take its day
    (the devset labels such a country with the institution: §3.6, its Clarifications). Only an institution of the
    tables of that side, with no dated statement of its own."""
    # the country opening its sentence ("Russia said on Thursday …", past a dateline), not a country inside reported
    # words ("Putin said on Monday Russia would respond …")
    dated = [(a.cue.start, a.speaker.speaker, a.date, a.date_text) for a in layer.acts
             if a.speaker.how == "country" and a.speaker.speaker in ("Russia", "Ukraine")
             and a.date is not None and not pd.isna(a.date)
             and not re.search(r"\b[a-z]", reader.text[a.sentence[0]:a.speaker.start])]
    if not dated:
        return
    doc, done = reader.doc, set()
    for act in layer.acts:
        name = act.speaker.speaker
        known = reader.who.speakers.get(name)
        if name in done or known is None or known.kind != "organisation" or known.country not in ("Russia", "Ukraine") \
                or not _military_body().search(" | ".join((name,) + tuple(known.roles))) or layer.dated_events.get(name):
            continue
        done.add(name)
        prior = [d for d in dated if d[1] == known.country and d[0] < act.cue.start]
        if not prior or doc.story_gap(doc.sentence_at(prior[-1][0]).paragraph,
                                      doc.sentence_at(act.cue.start).paragraph) > 2:
            continue
        event = _Event(prior[-1][0], name, prior[-1][2], prior[-1][3], False)
        layer.dated_events[name] = [event]
        reader.add_event(event)


def _conduit() -> re.Pattern:
    """A phrase ending in a ``conduit_noun`` of ``data/speech_words.csv`` ("a Ukrinform correspondent"): who
    carried the words, never their speaker (built once)."""
    def build():
        nouns = sorted(_words("conduit_noun"), key=len, reverse=True)
        return re.compile(r"(?i)\b(?:" + trie_pattern(nouns, ignore_case=True) + r")s?$")
    return vocab.compiled("conduit_nouns", ("speech_words",), build)


_OBJECT_PRONOUN = re.compile(r"\s+(him|her)(?![\w’'])")


#: between a finite speech verb and a participle that goes on with it: "said on Sunday, adding", "told reporters, saying"
_THEN_PARTICIPLE = re.compile(r"[^,;:.“”\"]{0,40},\s*")


#: "according to the Ukrainian open-source monitoring group DeepState": a description in small letters before the name
_DESCRIBED_BEFORE = re.compile(r"\s*(?:the|a|an)\s+(?:[\w-]+\s+){1,5}")


_INDEFINITE = re.compile(r"(?i:an?|one)\s")
#: a relative clause right after a subject: "…, who asked …", " who writes under …"
_RELATIVE_AFTER = re.compile(r"(?:[^\S\n]+(?:of|from|in|with|at)[^\S\n]+[^,.;:\n“”\"]{1,60})?[^\S\n]*,?[^\S\n]*who\b")
#: another person the relative clause brings in before a call sign: "who spoke to **a drone pilot** with the call
#: sign Bison" (an ``unnamed_person`` word of data/speech_words.csv after a determiner)
_OTHER_PERSON = vocab.TablePattern("other_person_in_clause", ("speech_words",), lambda: (
    r"\b(?:an?|the|another|one|two|three|several|some)\s+(?:[\w-]+\s+){0,2}?(?:"
    + (trie_pattern(vocab.speech_words()["unnamed_person"], ignore_case=True) or "(?!)") + r")s?\b"), re.IGNORECASE)


def _relative_call_sign(reader: _Reader, subject: Mention, cue: Cue):
    """The call sign or first name a relative clause gives an indefinite subject before its verb ("A senior officer of
    …, who asked to be identified only by his call sign Bison because …, said"): the ``_CALL_SIGN`` match, or None
    when the subject has no such clause or the clause names another person before the sign ("…, who spoke to a drone
    pilot with the call sign Bison, said": the pilot's) (sk17)."""
    text = reader.text
    if not (_INDEFINITE.match(subject.as_written) and _RELATIVE_AFTER.match(text, subject.end)):
        return None
    sign = _CALL_SIGN.search(text, subject.end, cue.start)
    if sign is None or _OTHER_PERSON.search(text, subject.end, sign.start()) or any(
            m.how in ("name", "title") and _mentions.is_person(m.speaker, reader.who)
            for m in reader.mentions_between(subject.end, sign.start())):
        return None
    return sign


def _other_person_in_clause(reader: _Reader, sentence_start: int, pos: int) -> bool:
    """The relative clause before ``pos`` (from its last "who") brings in another person before the name there ("…,
    who spoke to a drone pilot known as Bison, said": the pilot's name, not the subject's)."""
    who = reader.text.rfind(" who ", sentence_start, pos)
    return who >= 0 and _OTHER_PERSON.search(reader.text, who, pos) is not None


def _call_sign_after(reader: _Reader, pos: int, end: int):
    """``_CALL_SIGN.search(reader.text, pos, end)``, remembered per ``end``: a later verb of the same sentence asks
    from further on, and the match found before is still the first (each position before it failed already, and
    whether a position matches does not depend on where the search began), or none is there again."""
    found = reader.__dict__.setdefault("_call_signs", {}).get(end)
    if found is not None and found[0] <= pos and (found[1] is None or found[1].start() >= pos):
        return found[1]
    sign = _CALL_SIGN.search(reader.text, pos, end)
    reader._call_signs[end] = (pos, sign)
    return sign


#: a quote mark or "that" before a speech verb: the subject is read after it (compiled once, behind a look-ahead)
_MARK_OR_THAT = lazy_fail_fast(r"[“”\"]|\bthat\b")


def _subject_of(reader: _Reader, cue: Cue, sentence_start: int) -> Mention | None:
    """The speaker of a speech verb: the nearest mention just before it
    (allowing an appositive: "Vladimir Putin, Russia’s president, said")."""
    found = _subject_of_cue(reader, cue, sentence_start)
    if (found is not None and not found.speaker and found.how in ("unnamed source", "unresolved role")
            and found.end <= cue.start):
        # "A senior officer of …, who asked to be identified only by his call sign Bison because …, said": the
        # name the relative clause gives (sk17)
        sign = _relative_call_sign(reader, found, cue)
        if sign is not None:
            return Mention(sign.start(1), sign.end(1), sign.group(1), sign.group(1), "unknown name")
    if found is not None and found.how in ("pronoun", "unresolved pronoun") and found.as_written.lower() in ("it", "they"):
        owner = _whose_owner(reader, sentence_start, found.start)
        if owner is not None:  # "…, whose evening report listed 30 attacks, all of which, it said, …": the owner
            return Mention(found.start, found.end, owner.speaker, found.as_written, "pronoun")
    if found is not None and not found.speaker and found.how == "unnamed source" and "s " in found.as_written:
        # "Putin's spokesman said:" after "Dmitry Peskov, Putin's spokesman, said": the one apposed to that office
        return _possessor_role(reader, found) or found
    if found is not None and found.speaker and found.how == "role" and found.end <= cue.start \
            and (_NOT_NAMED_ASIDE.search(reader.text, found.end, cue.start) or _tables_holder_of_no_such_office(reader, found)):
        office = _UNNAMED_OFFICE.match(reader.text, found.start, cue.start) \
            or _LOCAL_OFFICE_WHOLE.fullmatch(found.as_written)
        if office is not None:
            # "In Kupiansk, the head of the city's military administration, who asked not to be named, said": an
            # office's holder who keeps his name back is nobody the article named (not the regional head named before)
            words = office.group(1)
            place = _FRONTED_PLACE.match(reader.text, sentence_start) if "the city's" in words else None
            if place is not None:
                words = words.replace("the city's", f"the {place.group(1)} city")
            return Mention(found.start, found.start + len(office.group(1)), "", words, "unnamed source")
    return found


#: "the head of the city's military administration", "the head of the town's administration": a local office
_LOCAL_OFFICE = re.compile(r"[Tt]he\s+(?:head|chief)\s+of\s+the\s+(?:city|town|village|district)['’]s\s+(?:[a-z-]+\s+){0,2}"
                           r"administration\b")


_LOCAL_OFFICE_WHOLE = re.compile(r"(" + _LOCAL_OFFICE.pattern + r")")


def _tables_holder_of_no_such_office(reader: _Reader, found: Mention) -> bool:
    """ "the head of the city's military administration" read as a person of the tables (the head of an agency): no
    office of a city's holds a table's person of no city (the article's own apposed holder is no table's)."""
    known = reader.who.speakers.get(found.speaker)
    if known is None or known.kind != "person" or not _LOCAL_OFFICE.match(reader.text, found.start):
        return False
    return not any(w in r for r in known.roles for w in ("city", "town", "mayor", "administration"))


#: ", who asked not to be named", ", speaking on condition of anonymity,": an aside that keeps the speaker's name back
_NOT_NAMED_ASIDE = re.compile(r",\s*(?:who\s+(?:asked|declined|requested)\s+(?:not\s+to\s+be\s+(?:named|identified)|anonymity)"
                              r"|(?:who\s+)?(?:speaking|spoke)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)")
#: "the head of the city's military administration": an office of a place, up to the aside's comma
_UNNAMED_OFFICE = re.compile(r"([Tt]he\s+(?:[a-z-]+\s+){0,2}(?:head|chief|governor|mayor)\s+of\s+[^,;:.“”\"]{3,80}?)\s*,")
#: "In Kupiansk, …": the place a sentence opens with
_FRONTED_PLACE = re.compile(r"\s*In\s+([A-Z][\w’'-]+)\s*,")


#: ", who had warned on Monday that …," between a subject and its main verb: a relative clause of its own (no comma or
#: mark inside), its words and its day no part of the main verb's
_WHO_ASIDE = re.compile(r"\s*,\s*(?:who|which|whose)\s+[^,;:“”\"()]{3,240}?,\s*(?:(?:also|later|then|now|again|[a-z]+ly)\s+){0,2}"
                        r"(?:(?:has|have|had)\s+)?$")


def relative_aside_subject(reader: _Reader, cue: Cue, sentence_start: int) -> Mention | None:
    """The subject a sentence opens with, before a ", who …," aside right before ``cue`` ("Syrskyi, who had warned on
    Monday that the enemy was massing, said …": Syrskyi), or None. Only a speech verb's, and only when the aside
    itself holds a speech verb (else the usual reading already skips it)."""
    if cue.kind != "speech" or cue.text.lower().endswith("ing"):
        return None
    text = reader.text
    comma = max(text.rfind(", who ", sentence_start, cue.start), text.rfind(", which ", sentence_start, cue.start),
                text.rfind(", whose ", sentence_start, cue.start))  # "X, whose spokesman said on Monday that …, reported"
    if comma < 0 or not reader.cues_between(comma, cue.start):
        return None
    opening = [m for m in reader.mentions_between(sentence_start, comma) if m.how != "country"]
    if not opening or opening[-1].end != comma or len(text[sentence_start:opening[0].start].split()) > 1 \
            or not _WHO_ASIDE.fullmatch(text, comma, cue.start):
        return None
    first = next((m for m in opening if m.how in ("name", "title", "unknown name")), opening[0])
    return _resolve(reader, first, first.start)


#: a statement in the aside: "had warned", "warned … that"
_ASIDE_STATEMENT = re.compile(r"\bhad\s+(?:\w+ly\s+|also\s+|earlier\s+|already\s+)?$")


def _whose_owner(reader: _Reader, sentence_start: int, pos: int) -> Mention | None:
    """The body a ", whose …" clause before ``pos`` hangs on ("echoed by the General Staff, whose evening report …"),
    when "it"/"they" at ``pos`` stands in that clause (no full stop, semicolon or new subject of another before it):
    a named body, never a person."""
    text = reader.text
    whose = text.rfind(", whose ", sentence_start, pos)
    if whose < 0 or re.search(r"[;:“”\"]", text[whose:pos]):
        return None
    owner = next((m for m in reversed(reader.mentions_between(sentence_start, whose)) if m.end == whose), None)
    if owner is None or owner.how == "country" or owner.how in ("pronoun", "unresolved pronoun"):
        return None
    owner = _resolve(reader, owner, owner.start) or owner
    if not owner.speaker or _mentions.is_person(owner.speaker, reader.who):
        return None
    return owner


def aside_acts(text: str, acts: list) -> list:
    """The acts of ``acts`` whose verb stands in a ", who had warned …," aside before the same speaker's main verb."""
    return [a for a in acts if any(b is not a and b.speaker.speaker and b.speaker.speaker == a.speaker.speaker
                                   and b.speaker.end < a.cue.start < b.cue.start
                                   and _WHO_ASIDE.fullmatch(text, b.speaker.end, b.cue.start) for b in acts)]


def _statement_asides(reader: _Reader, cue_subjects) -> dict[int, tuple[int, int]]:
    """{cue start: aside span} for the speech verbs of a ", who …," aside that states something ("who had warned on
    Monday that …") between a subject and its own later verb: the aside's words and day are its own."""
    text = reader.text
    found = {}
    for cue, subject in cue_subjects:
        if subject is None or subject.end >= cue.start or text[subject.end:subject.end + 1] != "," \
                or not _WHO_ASIDE.fullmatch(text, subject.end, cue.start):
            continue
        a, b = subject.end, cue.start
        for inner, _ in cue_subjects:
            if a < inner.start < b and (_ASIDE_STATEMENT.search(text, max(a, inner.start - 30), inner.start)
                                        or re.match(r"\s+(?:[\w’'-]+\s+){0,6}?that\b", text[inner.end:b])):
                found[inner.start] = (a, b)
    return found


def _publisher_of(reader: _Reader, noun: str, pos: int) -> Mention | None:
    """Who "published an assessment" (released a report, issued its summary …) in the article before ``pos``, when
    ``noun`` names that written account: "According to the assessment" two speakers later is theirs; None if none."""
    last = None
    for last in _PUBLISHED_NOUN.finditer(reader.text, max(0, pos - 3000), pos):
        pass
    if last is None or last.group(2).lower() != noun:
        return None
    owner = [m for m in reader.mentions_between(last.start(1), last.end(1)) if m.speaker and m.how in ("name", "unknown name")
             and m.end <= last.end(1)]
    if not owner:
        # "The Institute for the Study of War published its assessment" (a name longer than the pattern's words), "The
        # General Staff published its morning summary" (an office the article resolves): the mention ending at the verb
        verb_at = last.end(1)
        ending = [m for m in reader.mentions_between(max(0, verb_at - 80), verb_at)
                  if m.end <= verb_at and not reader.text[m.end:verb_at].strip()]
        if ending and ending[-1].how in ("name", "title", "unknown name") and ending[-1].speaker:
            owner = ending[-1:]
        elif ending and ending[-1].how == "role":
            resolved = _resolve(reader, ending[-1], ending[-1].start)
            if resolved is not None and resolved.speaker and not _mentions.is_person(resolved.speaker, reader.who):
                return Mention(ending[-1].start, ending[-1].end, resolved.speaker, ending[-1].as_written, "role")
    if not owner:  # "the Finnish Defence Forces": a body no table knows, as printed
        words = last.group(1).strip()
        if words.split()[0] in ("The", "A", "An", "Its", "Their") or not words[:1].isupper():
            words = " ".join(words.split()[1:])
        return Mention(last.start(1), last.end(1), words, last.group(1), "unknown name") if " " in words else None
    m = owner[-1]
    return Mention(m.start, m.end, reader.full(m) if m.how == "unknown name" else m.speaker, m.as_written, m.how)


#: "the Finnish Defence Forces published an assessment", "The General Staff issued its morning summary": the publisher
_PUBLISHED_NOUN = re.compile(r"((?:[A-Z][\w’'-]*\s+)*?(?:[A-Z][\w’'-]*)(?:\s+(?:for|of)\s+the(?:\s+[A-Z][\w’'-]*)+)?)"
                             r"\s+(?:published|released|issued|posted|put\s+out)\s+(?:an?|its|their|the)\s+"
                             r"(?:[\w-]+\s+){0,3}?(assessment|report|summary|update|study|review|analysis|bulletin|statement)\b")


#: "…, according to the report.": a statement noun ending the sentence
_STATEMENT_END = re.compile(r"\s*(the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s*[.!?]?\s*", re.IGNORECASE)
#: "According to the update, …", "according to its statement, …": a statement noun, then the clause after a comma
_STATEMENT_COMMA = re.compile(r"\s*(the|its|their|his|her|this|that|a|an)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s*,\s*",
                              re.IGNORECASE)


def _issuer_in_sentence(reader: _Reader, sentence_start: int, pos: int) -> Mention | None:
    """The body (no person) named before a speech verb earlier in the sentence, before ``pos``: "In its daily update,
    the ISW said …, and the assessment added that …" — the statement is that body's, not the last speaker's of the
    sentences before (whose act the layer has not yet taken up); None when there is none."""
    for m in reversed(reader.mentions_between(sentence_start, pos)):
        if m.speaker and m.how in ("name", "title") and not _mentions.is_person(m.speaker, reader.who) \
                and reader.who.speakers.get(m.speaker) is not None \
                and any(c.kind == "speech" for c in reader.cues_between(m.end, pos)) \
                and not reader.doc.in_quote(m.start):
            return m
    return None


def _subject_of_cue(reader: _Reader, cue: Cue, sentence_start: int) -> Mention | None:
    text = reader.text
    if cue.kind == "source":
        object_pronoun = _OBJECT_PRONOUN.match(text, cue.end)
        if object_pronoun is not None:  # "According to him, …": the person last named
            a, b = object_pronoun.span(1)
            return _antecedent(reader, Mention(a, b, "", object_pronoun.group(1), "pronoun"), a)
        end = min(cue.end + 120, reader.doc.sentence_end(cue.end))
        after = reader.mentions_between(cue.end, end)
        whole = _STATEMENT_COMMA.match(text, cue.end) or _STATEMENT_END.fullmatch(text, cue.end, reader.doc.sentence_end(cue.end))
        if whole is not None and not any(m.start < whole.end() for m in after):
            # "According to the assessment, Russian forces had captured …" with no one named after the comma either:
            # read as below (the first mention after the statement's comma)
            after = [Mention(whole.end(), whole.end(), "", "", "none")] + after
        for k, m in enumerate(after):
            between = text[cue.end:m.start]
            owned = (_STATEMENT_COMMA.fullmatch(between) or (_STATEMENT_END.fullmatch(between) if m.how == "none" else None)) \
                if k == 0 else None
            if m.how == "none" and (owned is None or owned.group(2).lower() not in _words("statement_noun")):
                continue  # (the place after a comma that names no statement: no mention)
            if owned is not None and owned.group(2).lower() in _words("statement_noun"):
                # "According to the update, Moscow is likely to …", "According to the report, Russia lost …": the
                # clause's subject after the comma is no source; the statement is whoever spoke last
                a = cue.end + owned.start(1)
                det = owned.group(1).lower()
                owner = _publisher_of(reader, owned.group(2).lower(), cue.start) if det in ("the", "this", "that") else None
                if owner is not None:
                    # "The X Forces published an assessment …. [others speak] According to the assessment, …": X's
                    return Mention(a, cue.end + owned.end(2), owner.speaker, owner.as_written, owner.how)
                last = _last_speaker(reader, Mention(a, cue.end + owned.end(2), "", between[owned.start(1):owned.end(2)],
                                                     "statement"),
                                     person=False if det in ("its", "their") else True if det in ("his", "her") else None)
                if m.how == "none" and not last.speaker:
                    continue  # (nobody spoke before: the statement's maker is read as before, by its owner named near it)
                return last
            titled = (m.how in ("name", "title", "unknown name") and between.rstrip().endswith(",")
                      and len(between.split()) <= 6 and "," not in between.rstrip(" ,")
                      and ((_title_words_only(between.rstrip(" ,"))
                            and between.rstrip(" ,").split()[-1].lower() in _mentions.title_words())
                           or _ROLE_COMMA_BEFORE.search(between) is not None))  # "the army's commander, X"
            described = (k == 0 and m.how in ("name", "title", "unknown name") and _DESCRIBED_BEFORE.fullmatch(between)
                         and all(p.islower() or p in reader.who.country_of_form  # ("pro-Kremlin", "Kyiv-based")
                                 for w in between.split()[1:] for p in w.split("-") if p))
            if len(between.split()) <= 2 or _REPORT_BY.fullmatch(between) or titled or described:  # "according to Army Commander, X"
                named = after[k + 1] if k + 1 < len(after) else None
                if m.how in ("unnamed source", "role") and named is not None and named.how in ("name", "title", "unknown name") \
                        and re.fullmatch(r"\s*,\s*", text[m.end:named.start]) \
                        and (_mentions.could_be_person(named.speaker, reader.who) or text.startswith(",", named.end)):
                    # "according to Putin's spokesman, Dmitry Peskov": the apposed name (not "According to the
                    # ministry, Ukrainian army losses …": the clause's own subject)
                    m = named
                elif named is not None and named.how in ("name", "title", "unknown name") \
                        and _ROLE_COMMA_BEFORE.search(text, m.end, named.start) is not None \
                        and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}[\w-]+\s*,\s*", text[m.end:named.start]):
                    m = named  # "according to Ukraine's defence ministry spokesperson, Oleksandr Motuzyanyk"
                if m.how == "unnamed source" and _conduit().search(m.as_written):
                    return None  # "according to a Ukrinform correspondent": who carried the words, no speaker
                return _resolve(reader, m, m.start)
        role = reader.who.role_regex.match(text, cue.end + len(text[cue.end:end]) - len(text[cue.end:end].lstrip()))
        if role is not None:  # "according to a top Russian general"
            return _resolve(reader, Mention(role.start(), role.end(), "", role.group(0), "role"), role.start())
        unnamed = unnamed_after(text, cue.end, end)
        if unnamed is not None and _conduit().search(unnamed.as_written):
            return None  # "This was reported by X, according to a Ukrinform correspondent": the one reporting
        if unnamed is None and _STATEMENT_AFTER.match(text, cue.end):
            # "X has made gains, according to a statement released today": X's own statement
            opening = reader.mentions_between(sentence_start, cue.start)
            if opening and opening[0].how in ("name", "title") and len(text[sentence_start:opening[0].start].split()) <= 1 \
                    and not _mentions.is_person(opening[0].speaker, reader.who):
                return opening[0]
        return unnamed
    passive = _QUOTED_PASSIVE.search(text, max(sentence_start, cue.start - 30), cue.start) \
        if cue.text.lower() == "saying" else None  # (read for "saying" only)
    if passive is not None and cue.text.lower() == "saying":
        # "“…,” Deputy Minister Yunus-Bek Yevkurov was quoted as saying by Interfax": the subject
        head = sentence_start
        for mark in re.finditer(r"[“”\"]", text[sentence_start:passive.start()]):
            head = sentence_start + mark.end()
        named = [m for m in reader.mentions_between(head, passive.start()) if m.how not in ("country", "pronoun")]
        if named:
            return _resolve(reader, named[-1], named[-1].start)
    quoted = _QUOTED_AS.search(text, max(sentence_start, cue.start - 260), cue.start) \
        if cue.text.lower().endswith("ing") else None  # (read for a participle only: "saying" and the branch below)
    if quoted is not None and cue.text.lower() == "saying":
        # "The agency quoted him as saying": the one quoted speaks, the agency is a conduit
        a, b = quoted.start(1), quoted.end(1)
        if quoted.group(1).lower() in ("him", "her"):
            return _antecedent(reader, Mention(a, b, "", quoted.group(1), "pronoun"), a)
        named = reader.mentions_between(a, b)
        if named:
            return _resolve(reader, named[0], named[0].start)
    if cue.text.lower().endswith("ing") and not _PROGRESSIVE.search(text, max(0, cue.start - 15), cue.start):
        finite = [c for c in reader.cues_between(sentence_start, cue.start) if c.kind == "speech"
                  and not c.text.lower().endswith("ing") and _THEN_PARTICIPLE.fullmatch(text, c.end, cue.start)]
        if finite:  # "Russia launched 40 drones, Ukraine's air force said on Sunday, adding that …": the air force's
            return _subject_of(reader, finite[-1], sentence_start)
        # a participle ("saying", "telling Modi") takes the subject the sentence opens with
        opening = reader.mentions_between(sentence_start, cue.start)
        if opening and (len(text[sentence_start:opening[0].start].split()) <= 1
                        # "Kremlin spokesman Dmitry Peskov declined …, saying": a title before the name
                        or _TITLE_BEFORE_NAME.fullmatch(text, sentence_start, opening[0].start)):
            if len(opening) > 1 and opening[1].how in ("name", "unknown name") \
                    and _ROLE_THEN_NAME.fullmatch(text, opening[0].end, opening[1].start):
                opening = opening[1:]  # "Pentagon spokesman Patrick Ryder declined …, saying": the name after the role
            if opening[0].how != "country" or len(opening) == 1 or _after_fronted(reader, sentence_start, opening) is None:
                return _resolve(reader, opening[0], opening[0].start)
        # (not "On Friday evening, TASS quoted a source … as saying": the agency is a conduit, not the speaker)
        fronted = _after_fronted(reader, sentence_start, opening) if opening and quoted is None else None
        if fronted is not None and re.search(r"\bquoted\b|\bas\s*$", text[fronted.end:cue.start]):
            fronted = None  # ("On Friday evening, TASS quoted a source in … as saying": the agency only carried the words)
        if fronted is not None:  # "In it, A B can be heard telling a deputy …", "In Moscow, A B was heard telling" (sk19)
            return _resolve(reader, fronted, fronted.start)
        return None
    held = relative_aside_subject(reader, cue, sentence_start)
    if held is not None:  # "Syrskyi, who had warned on Monday that …, said …": the subject before the aside
        return held
    sentence = reader.doc.sentence_at(cue.start)
    if sentence is not None and sentence.headline and _INVERTED_BEFORE.search(text, max(0, cue.start - 3), cue.start):
        after = _subject_after(reader, cue)  # a headline's "…, says Ukraine's army chief": after the verb
        if after is not None and after.how != "unnamed source":
            return after
    quoting = _QUOTING.match(text, cue.end) if cue.text.lower().startswith("quot") else None
    if quoting:  # "The Kremlin quoted Putin as saying …": the medium passes Putin's words on
        named = reader.mentions_between(quoting.start(1), quoting.end(1))
        if named:
            return _resolve(reader, named[0], named[0].start)
    # (at most _SUBJECT_REACH characters back: a sentence of thousands, a live blog's line with no full stop,
    # is not read again from its start for each of its verbs)
    window_start = max(sentence_start, cue.start - _SUBJECT_REACH)
    # a term in marks inside the subject's own phrase is no quote the verb follows ("A B, a so-called “war
    # correspondent” of a Russian channel, wrote that …"): its marks do not cut the subject off
    labels = [(q.span.outer_start, q.span.outer_end) for q in reader.doc.quotes_within(window_start, cue.start)
              if len(text[q.span.start:q.span.end].split()) <= 2 and text[q.span.start:q.span.start + 1].islower()
              and re.fullmatch(r"[\s,]*(?:of|for|at|with|from)?\b.{0,60}?,\s*", text[q.span.outer_end:cue.start])]
    for mark in _MARK_OR_THAT.finditer(text[window_start:cue.start]):
        at = max(sentence_start, cue.start - _SUBJECT_REACH) + mark.start()
        if any(a <= at < b for a, b in labels):
            continue
        window_start = max(sentence_start, cue.start - _SUBJECT_REACH) + mark.end()
    candidates = [m for m in reader.mentions_between(window_start, cue.start)
                  if not (m.how == "country" and _modifies_a_speaker(text, m.end))
                  and not _one_of_its_people(reader, m)
                  and not (m.how == "unknown name" and _POSSESSED.search(text, max(0, m.start - 7), m.start))]  # "his New Year's address"
    relative = _RELATIVE_WHO.search(text, window_start, cue.start)
    if relative:  # "…, Teplinsky told Putin, who urged commanders to …": the antecedent speaks
        before = [m for m in candidates if m.end <= relative.start() and not text[m.end:relative.start()].strip()]
        if before and before[-1].how != "pronoun":
            return _resolve(reader, before[-1], before[-1].start)
        group = _unnamed_subject(text, window_start, relative.start()) if not before else None
        if group is not None and group.how == "unnamed source" and group.end == relative.start() \
                and group.as_written.split()[-1].lower() in _words("speaking_group"):
            # "…, more hopeful than that of Western officials, who warn that …": the plural group before the
            # relative speaks (one person's noun stays with the rules below)
            return group
    given = [m for m in candidates if m.how == "unknown name" and not text[m.end:cue.start].strip(" ,")
             and given_name(text, m)] if candidates else []
    if given and not _other_person_in_clause(reader, sentence_start, given[-1].start):
        return given[-1]  # "A woman who runs …, and who gave her name only as Nadiia, said": the name the clause gives
    window = text[window_start:cue.start]
    for e in reader.dates_between(window_start, cue.start):  # "X, Nato's chief, on Thursday, August 31, asked": the
        if "," in text[e.start:e.end]:  # date's own commas and the one closing it set off no aside
            closing = e.end + 1 if text.startswith(",", e.end) and e.end + 1 <= cue.start else e.end
            window = window[:e.start - window_start] + " " * (closing - e.start) + window[closing - window_start:]
    aside = re.search(r",(?!\d)((?:[^,]|,(?=\d)){1,120}),(?!\d)\s*(?:\w+\s+){0,2}$", window)  # "1,200" has no comma
    skipped = None
    tail = [m for m in candidates if aside and m.start > window_start + aside.end(1)]
    if tail and tail[-1].how in ("name", "title", "pronoun") and not text[tail[-1].end:cue.start].strip():
        # "If …, the war would end in weeks, Lavrov said", "Units had hit 10,000 targets, he said": a
        # mention right before the verb is its subject, no aside
        aside = None
    if aside:  # "Mr Zelensky, speaking at a summit with Nordic leaders, said": skip the aside
        a, b = window_start + aside.start(), window_start + aside.end()
        inside = [m for m in candidates if a <= m.start < b]
        outside = [m for m in candidates if not (a <= m.start < b)]
        titles = reader.who.title_words
        is_name = (inside and inside[0].how in ("name", "title", "unknown name")  # ", Olaf Scholz," names someone
                   and all(w.lower() in titles or w == "the"  # ", Col. X,"; "a think tank, the ISW,"
                           for w in text[a + 1:inside[0].start].split())
                   # (", Mr. Verbytskyi's spokesman,": a possessive names the boss of the one apposed, no name)
                   and not re.match(r"\s*['’]s?\s", text[inside[0].end:inside[0].end + 4]))
        if outside and not is_name and not (candidates and candidates[-1].start >= b):
            candidates, skipped = outside, (a, b)
    governed = None  # the end of the object of that preposition: no gap between the head and its verb
    if len(candidates) >= 2 and re.fullmatch(r"\s+(?:in|of|from|at)\s+(?:the\s+)?(?:[A-Z][\w’']*-[a-z]+\s+)?",
                                             text[candidates[-2].end:candidates[-1].start]):
        governed = candidates[-1].end
        candidates = candidates[:-1]  # "the Service in South Korea said": the head speaks
    # a name after a preposition is no subject: "Russia claims gains in Ukraine, says …"
    candidates = [m for m in candidates if not _AFTER_PREPOSITION.search(text, max(sentence_start, m.start - 12), m.start)
                  or _group_of().search(text, max(0, m.start - 40), m.start)  # "analysts at the ISW said"
                  or _PRESS_OF.search(text, max(sentence_start, m.start - 40), m.start)  # "the press service of X said"
                  or (m.how in ("name", "title") and _TITLE_OF.search(text, max(0, m.start - 30), m.start))
                  or _acronym_apposed(reader, m)]
    for m in reversed(candidates):
        gap = text[m.end:skipped[0]] + text[skipped[1]:cue.start] if skipped and m.end <= skipped[0] else \
            text[m.end:cue.start]  # the aside skipped above is no gap either
        if governed is not None and m is candidates[-1] and not skipped:
            gap = text[governed:cue.start]  # "A B of the National Institute for Strategic Studies said"
        gap = re.sub(r"\([^)]*\)", " ", gap)
        if m.how in ("name", "title", "unknown name") and re.fullmatch(r"\s*,\s*(?:(?:had|has|have|also|later|then|again|previously|repeatedly|once|[a-z]+ly)\s+){0,2}", gap) \
                and re.search(r",\s*(?:the\s+)?$", text[max(window_start, m.start - 7):m.start]):
            # "a spokesman for the southern forces, Dmytro Lykhovyi, had said"; "a think tank, the ISW, recently said"
            return _resolve(reader, m, m.start)
        if m.how == "country" and (len(gap.split()) > 1 or "," in gap):
            break  # "Russia has claimed": a country speaks only right before its verb
        if m.how == "name" and not _mentions.is_person(m.speaker, reader.who) \
                and _INDEFINITE_BEFORE.search(text, max(window_start, m.start - 40), m.start):
            head = re.fullmatch(r"\s*(?:[a-z][\w-]*\s+){0,2}([a-z]+)\s*", gap)
            if head is not None and head.group(1) in _words("unnamed_person"):
                break  # "A senior NATO intelligence official said": one unnamed person of that body, not the body
        gap = re.sub(r"^\s*,\s*\d{1,3}(?=\s*(?:,|$))", " ", gap)  # "A B, 41, who took over in the spring, said": the age
        gap = re.sub(r"^\s*,[^,]{0,100},", " ", gap)  # appositive
        for e in reader.dates_between(m.end, cue.start):  # "Sergei Shoigu, on Tuesday told": the day is no gap
            gap = gap.replace(text[e.start:e.end], " ")
        gap = re.sub(r"^\s*,\s*(?:(?:on|late|early)\s+)?(?=\s*$)", " ", gap)
        gap = _OCCASION_BETWEEN.sub(" ", gap) if m.how in ("name", "title", "unknown name", "role") else gap
        if len(gap.split()) <= _ADJACENT_WORDS and not re.search(r"[.;:]|,\s*\w", gap):  # ", the ministry said"
            opener = _verb_object_opener(reader, sentence_start, candidates, m, gap)
            if opener is not None:  # "Putin met Zelensky and said": the one who met him speaks on
                return _resolve(reader, opener, opener.start)
            led = _led_by(reader, m) if m.how == "role" and not m.speaker else None
            if led is not None:  # "the brigade commander said" after "a brigade commanded by Colonel A B": A B
                return led
            return _its_person(reader, m) or _resolve(reader, m, m.start)
        break
    if candidates and candidates[0].how != "country" and len(text[sentence_start:candidates[0].start].split()) <= 1 \
            and _USED_TO.fullmatch(text, candidates[0].end, cue.start):
        return _resolve(reader, candidates[0], candidates[0].start)  # "X used his address on Saturday to tell …"
    if _SECOND_VERB.search(text, max(window_start, cue.start - 30), cue.start) and candidates:
        # "Shoigu on Monday shrugged off the losses but warned that …": a second verb of the
        # sentence's subject (the mention that opens it)
        first = _after_fronted(reader, sentence_start, candidates) or candidates[0]
        if first.how != "country" and (len(text[sentence_start:first.start].split()) <= 1 or first is not candidates[0]
                                       or _after_fronted(reader, sentence_start, candidates[:1]) is not None
                                       # "Kremlin spokesman Dmitry Peskov declined to comment but said": a title
                                       # before the name that opens the sentence
                                       or (first.how in ("name", "unknown name")
                                           and _TITLE_BEFORE_NAME.fullmatch(text, sentence_start, first.start))):
            at = candidates.index(first)
            if at + 1 < len(candidates) and candidates[at + 1].how in ("name", "unknown name") \
                    and _ROLE_THEN_NAME.fullmatch(text, first.end, candidates[at + 1].start):
                first = candidates[at + 1]  # "Pentagon press secretary A B declined … but said": the name after the role
            return _resolve(reader, first, first.start)
    aged = _AGED_SUBJECT.search(text, window_start, cue.start)
    if aged is not None:  # "“…,” the 41-year-old said" after "A B, 41, …": that person
        person = _aged_person(reader, aged.group(2), aged.start())
        if person:
            return Mention(aged.start(1), aged.end(1), person, aged.group(1), "role")
    unnamed = _unnamed_subject(text, window_start, cue.start)
    if unnamed is None or (unnamed.as_written[:4].lower() in ("the ", "his ", "her ") and unnamed.how == "unnamed source"):
        # ("the sergeant said": the one an apposition gave that noun first, "A B, a sergeant, …", or an introduction
        # named, "a sergeant named A B", "His widow, Iryna, …")
        unnamed = _apposed_head(reader, window_start, cue.start) or unnamed
    if unnamed is None:
        unnamed = _subject_after(reader, cue)
        if unnamed is not None and not unnamed.speaker and unnamed.as_written[:4].lower() == "the ":
            # "…,” said the official / said the statement: read as in the normal order ("the official said")
            unnamed = _unnamed_subject(text, unnamed.start, unnamed.end) or unnamed
    if unnamed is not None and unnamed.how == "statement" and unnamed.as_written[:4].lower() == "the ":
        signer = _signed_after(reader, cue.end)
        if signer is not None:  # "“…,” the statement said. “…” ¶ It was signed by the commander, A B.": A B
            return signer
    if unnamed is not None and unnamed.how == "statement":
        # "the statement said": whoever made it; "Its daily bulletin said": a body's, never a person's
        issuer = _issuer_in_sentence(reader, sentence_start, unnamed.start)
        if issuer is not None:  # "The ISW said …, and the assessment added that …": the body that spoke first in it
            return Mention(unnamed.start, unnamed.end, issuer.speaker, unnamed.as_written, "role")
        return _last_speaker(reader, unnamed, person=False if unnamed.as_written[:4].lower() in ("its ", "thei")
                             else None)
    if unnamed is not None and unnamed.how == "unnamed source" and not unnamed.speaker:
        end = reader.doc.sentence_end(cue.end)
        # "A senior commander of …, who asked to be identified only by his call sign Grim because …, said", "A woman
        # who runs …, and who gave her name only as Nadiia, said": the name the relative clause gives (sk17)
        sign = _relative_call_sign(reader, unnamed, cue) or _call_sign_after(reader, cue.end, end)
        if sign is None and _HE_GAVE.match(text, end):  # "… the sergeant said. He gave only his first name, Taras."
            sign = _CALL_SIGN.search(text, end, reader.doc.sentence_end(end + 2))
        if sign is not None and not any(m.how in ("name", "title") for m in reader.mentions_between(cue.end, sign.start())):
            # "the soldier told Reuters, asking to be identified only by his first name, Maksym": the name he gave
            return Mention(unnamed.start, unnamed.end, sign.group(1), unnamed.as_written, "unknown name")
    if unnamed is not None and unnamed.how == "unnamed source" and not unnamed.speaker:
        led = _led_by(reader, unnamed)
        if led is not None:  # "the brigade commander said" after "a brigade commanded by Colonel A B": A B
            return led
    if unnamed is not None and unnamed.how == "unnamed source":
        role = next((m for m in reader.known_between(unnamed.start, unnamed.end) if m.how == "role"
                     and m.start == unnamed.start and m.end == unnamed.end), None) if unnamed.as_written[:4].lower() == "the " else None
        resolved = _resolve(reader, role, role.start) if role is not None else None
        if resolved is not None and resolved.speaker and _mentions.is_person(resolved.speaker, reader.who):
            return resolved  # "…, the general said" after "Spokesman Lieutenant-General A B": the general the article named
        found = _back_reference(reader, unnamed) or _named_below(reader, unnamed) or _resolve(reader, unnamed, unnamed.start)
        bare = _THE_NOUN.fullmatch(found.as_written) if found is not None and not found.speaker \
            and found.how == "unnamed source" else None
        if bare is not None and bare.group(1).lower() == "the" and bare.group(2).lower() in _words("second_reference"):
            # "Later, the governor urged residents to leave. “…,” the official said": no official was introduced,
            # so the one just heard
            return _just_heard(reader, found) or found
        return found
    return unnamed


#: a leader's spokesperson by the possessive: "Putin's spokesman", "Zelensky's press secretary" (one office, any word)
_SPOKES = r"(?:spokes(?:man|woman|person)|press\s+secretary|press\s+officer)"
_POSSESSOR_ROLE = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w’'-]+)['’]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


@functools.lru_cache(maxsize=64)
def _possessor_apposition(owner: str, role: str) -> re.Pattern:
    """ "A B, Putin's spokesman," / "Putin's spokesman, A B,": a full name apposed to the owner's role (compiled once
    per owner and role)."""
    name = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
    held = rf"(?:the\s+)?{re.escape(owner)}['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?{role}(?![\w’'-])"
    return re.compile(rf"{name},\s+{held}|{held},\s+{name}")


def _leaders_office_holder(reader: _Reader, owner: str, role: str) -> str:
    """The one person of a leader's country whose table roles hold ``role`` and who holds office on the statement's day
    ("Zelensky's chief of staff": the head of the presidential office that day); "" when the owner is no leader of the
    tables or none or several fit."""
    who = reader.who
    leader = who.alias_to_name.get(owner)
    known = who.speakers.get(leader) if leader else None
    if known is None or known.kind != "person" or not {"president", "leader", "head of state"} & set(known.roles):
        return ""
    day = reader.role_day
    fits = [name for name, of in _with_role(who, role) if of == known.country and name != leader
            and role in who.speakers[name].roles
            and (pd.isna(day) or who.speakers[name].holds_on(day.strftime("%Y-%m-%d")))]
    return fits[0] if len(fits) == 1 else ""


def _possessor_role(reader: _Reader, mention: Mention) -> Mention | None:
    """ "Putin's spokesman said:" after "Dmitry Peskov, Putin's spokesman, said": the one the article apposed to that
    leader's office before (a spokesman, spokeswoman, press secretary or press officer are one office); None when
    nobody was (the words stay an unnamed source)."""
    held = _POSSESSOR_ROLE.fullmatch(mention.as_written.strip())
    if held is None:
        return None
    role = held.group(2).lower()
    role = _SPOKES if re.fullmatch(_SPOKES, role) else re.escape(role)
    last = None
    for last in _possessor_apposition(held.group(1), role).finditer(reader.text, 0, mention.start):
        pass
    if last is None:  # "Zelensky's chief of staff, a former film producer, said": the tables' one holder that day
        holder = _leaders_office_holder(reader, held.group(1), held.group(2).lower())
        return Mention(mention.start, mention.end, holder, mention.as_written, "role") if holder else None
    k = 1 if last.group(1) else 2
    read = next((m.speaker for m in reader.mentions_between(last.start(k), last.end(k)) if m.speaker
                 and m.end <= last.end(k) and _mentions.could_be_person(m.speaker, reader.who)), last.group(k))
    return Mention(mention.start, mention.end, read, mention.as_written, "role")


#: An indefinite article (and adjectives) before a body's name: "A senior NATO official", "an OSCE monitor".
_INDEFINITE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}$")
_THE_NOUN = re.compile(r"(?i)(the|its)\s+([a-z]+)")
#: "the intelligence official", "the military official": "the", one or two lower-case modifiers, the noun
_THE_MODIFIED_NOUN = re.compile(r"[Tt]he\s+((?:[a-z][a-z-]*\s+){1,2})([a-z]+)")
#: "A B, the governor, during a telethon on Thursday said": an occasion (its day taken out) between a named subject
#: and the verb, no commas around it, is no gap (lower-case words only: "at a meeting with C" keeps C's name)
_OCCASION_BETWEEN = re.compile(r"^\s*,?\s*(?:during|at|in|after|following)\s+(?:an?|the|his|her|their|a\s+regular)\s+"
                               r"(?:[a-z][\w-]*\s+){1,3}?(?:(?:on|late|early)\s+)?(?=\s*$)")
#: "the 41-year-old said", "the 41-year-old commander added": a person known by the age the article gave
_AGED_SUBJECT = re.compile(r"(?<![\w’'-])([Tt]he\s+(\d{1,3})-year-old(?:\s+[a-z][\w-]*){0,2})\s*$")
#: where an age is given: "A B, 41, said", "A B, a 41-year-old former teacher,", "41-year-old A B"
_AGE_GIVEN = re.compile(r",\s+(?:an?\s+)?(\d{1,3})(?:,|-year-old\b)|\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,3}(?=[A-Z])")


def _aged_person(reader: _Reader, age: str, pos: int) -> str:
    """The person the article gave the age ``age`` before ``pos`` (the last so introduced), "" if none."""
    found = ""
    for given in _AGE_GIVEN.finditer(reader.text, 0, pos):
        if (given.group(1) or given.group(2)) != age:
            continue
        names = reader.person_names
        if given.group(1):  # the name right before the comma
            k = bisect_left(reader.person_name_starts, given.start())
            m = names[k - 1] if k else None
            if m is not None and m.end == given.start():
                found = reader.full(m)
        else:  # the name right after the age
            k = bisect_left(reader.person_name_starts, given.end())
            if k < len(names) and names[k].start == given.end():
                found = reader.full(names[k])
    return found if found and _mentions.could_be_person(found, reader.who) else ""
_institution_nouns_of: list = [None, frozenset()]


def _institution_nouns(who) -> frozenset:
    """Every word of an institution's or a medium's roles in the table (built once per who-is-who)."""
    if _institution_nouns_of[0] is not who:
        heads = _words("institution_noun")  # (and the head that opens a body's name: "Institute for the Study of War")
        _institution_nouns_of[:] = [who, frozenset(w for s in who.speakers.values() if s.kind != "person"
                                                   for r in s.roles for w in r.split())
                                    | {s.name.lower().split()[0] for s in who.speakers.values() if s.kind != "person"
                                       and s.name.lower().split()[0] in heads}]
    return _institution_nouns_of[1]


_NOT_MODIFIERS = frozenset("the a an of in on at to for from with by after before and or but that who which as "
                           "said says told was were is are had has his her its their this".split())


def _introduced() -> re.Pattern:
    """ "a/an/one/another … <introduced_noun>" ("a senior US official", "a brigade commander"): an unnamed person
    introduced; the nouns are the ``introduced_noun`` rows of ``data/speech_words.csv`` (built once)."""
    def build():
        return fail_fast(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:(?!(?i:" + trie_pattern(_NOT_MODIFIERS, ignore_case=True)
                          + r")\s)(?:(?:[A-Z]\.)+|[\w’'-]+)\s+){0,4})(?P<head>"
                          + trie_pattern(_words("introduced_noun"))
                          + r")(?![\w-])")
    return vocab.compiled("introduced", ("speech_words",), build)


def _countries_in(words: str, who) -> frozenset:
    """The countries a phrase's nationality words name ("a senior US official" → United States)."""
    forms = who.country_of_form
    return frozenset(forms[w] for w in re.findall(r"[A-Z][\w’'.-]*", words) if w in forms)


def _introductions(doc, who) -> dict:
    """Each "a/an/one … <speaking noun>" outside quotes, indexed for :func:`same_one`: head noun →
    (positions, (position, words, countries) entries, how many nationalities so far), and (head noun,
    countries) → (positions, entries)."""
    index: dict = {}
    for m in _introduced().finditer(doc.text):
        if doc.in_quote(m.start()) or any(w.lower() in _NOT_MODIFIERS for w in m.group(1).split()):
            continue
        entry = (m.start(), m.group(0), _countries_in(m.group(0), who))
        head = m.group("head").lower()
        positions, entries, distinct = index.setdefault(head, ([], [], []))
        same = index.setdefault((head, entry[2]), ([], []))
        positions.append(entry[0])
        entries.append(entry)
        distinct.append((distinct[-1] if distinct else 0) + (not same[0]))  # a nationality not seen before
        same[0].append(entry[0])
        same[1].append(entry)
    return index


_ADJACENT = 300  # characters: an introduction this close before "the official" is the one it stands for


def same_one(introductions: dict, written: str, pos: int, who, spoke=None) -> list:
    """Whom "the official" / "the Russian official" at ``pos`` may stand for: those introduced before
    with the same head noun and, when the phrase names a nationality, the same one (latest last); with
    no nationality, all those introduced with that head must be of one nationality (after "a US
    official" and "a Ukrainian official", "the official" is either: [], never a guess)."""
    words = written.lower().split()
    if not words:
        return []
    head, countries = words[-1], _countries_in(written, who)
    if countries:
        positions, entries = introductions.get((head, countries), ((), ()))
        return entries[:bisect_left(positions, pos)]
    positions, entries, distinct = introductions.get(head, ((), (), ()))
    k = bisect_left(positions, pos)
    if k and distinct[k - 1] != 1 and spoke is not None and pos - positions[k - 1] <= _ADJACENT \
            and spoke(positions[k - 1]):
        # "A U.S. official, speaking on condition of anonymity, said …. “…,” the official said": the one
        # introduced, and heard, in the lines just before (not one who was only mentioned there)
        return entries[k - 1:k]
    return entries[:k] if k and distinct[k - 1] == 1 else []


def _office_spoke_since(reader: _Reader, mention: Mention, since: int) -> Mention | None:
    """The unnamed holder of a place's office ("the head of the city's military administration") who spoke after
    ``since`` and before ``mention``, when nobody named spoke in between (None otherwise): whom a bare "the official"
    stands for."""
    if not reader.unnamed_offices:
        return None
    k = bisect_left(reader.unnamed_offices, (mention.start,))
    if not k or reader.unnamed_offices[k - 1][0] <= since:
        return None
    at, words = reader.unnamed_offices[k - 1]
    if any(e.speaker and at < e.pos < mention.start for e in reader.events[-12:]):
        return None
    return Mention(mention.start, mention.end, "", words, "unnamed source")


def _back_reference(reader: _Reader, mention: Mention) -> Mention | None:
    """ "The group said" after "the monitoring group DeepState": the last institution that spoke or
    was named before, one of whose roles holds that noun; "Its analysts said": the last institution
    that spoke (its people speak for it)."""
    match = _THE_NOUN.fullmatch(mention.as_written)
    modified = _THE_MODIFIED_NOUN.fullmatch(mention.as_written) if match is None else None
    if match is None and modified is None:
        return None
    # "the intelligence official" after "A senior European intelligence official, …, said": that one, when its
    # introduction holds the lower-case words before the noun too
    modifiers = modified.group(1).lower().split() if modified is not None else []
    who, noun = reader.who, (match or modified).group(2).lower()
    if modified is not None or match.group(1).lower() == "the":
        # "The official, who asked not to be named, said" after "A senior US official told reporters": that one
        same = []  # the latest of those it may stand for who spoke
        introduced = same_one(reader.introductions(), mention.as_written, mention.start, reader.who,
                               lambda p: any(0 <= e.pos - p <= 200 and not e.speaker for e in reader.events[-30:]))
        if modifiers:  # (not one apposed to a name: "A B, a former sapper, …" is A B, read by the appositions)
            introduced = [one for one in introduced if set(modifiers) <= set(one[1].lower().split())
                          and not reader.text[max(0, one[0] - 2):one[0]] == ", "]
        office = _office_spoke_since(reader, mention, introduced[-1][0] if introduced else -1) \
            if noun in _words("second_reference") else None
        if office is not None:  # "the head of the city's administration, who …, said …. “…,” the official said": that one
            return office
        for one in reversed(introduced):
            k = bisect_left(reader.unnamed, (one[0],))
            if k < len(reader.unnamed) and reader.unnamed[k][0] == one[0]:
                same = reader.unnamed[k:k + 1]
                break
        if same or introduced:
            at, words = same[-1] if same else introduced[-1][:2]
            # "A Ukrainian official … has described …" in the lede, the next paragraph opening "A B, deputy mayor of
            # X, …": the official is A B
            named = _named_below(reader, Mention(at, at + len(words), "", words, "unnamed source"))
            if named is not None and named.speaker:
                return Mention(mention.start, mention.end, named.speaker, mention.as_written, "role")
        if same:
            return Mention(mention.start, mention.end, "", same[-1][1], "unnamed source")
        if introduced:  # "A senior official briefed reporters. The official said": the one introduced, as claims read it
            return Mention(mention.start, mention.end, "", introduced[-1][1], "unnamed source")
    if modified is not None:
        return None
    if match.group(1).lower() == "its":
        if noun not in _words("speaking_noun"):
            return None
        found = _last_speaker(reader, mention, person=False)
        return Mention(found.start, found.end, found.speaker, found.as_written, "role") if found.speaker else None

    if noun not in _institution_nouns(who):
        return None

    def fits(name: str) -> bool:
        known = who.speakers.get(name)
        # (or its name's head: "the institute" after "the Institute for the Study of War")
        return known is not None and known.kind != "person" and (any(noun in r.split() for r in known.roles)
                                                                  or name.lower().split()[0] == noun
                                                                  and noun in _words("institution_noun"))

    # where each fitting speaker last spoke before the mention (by bisection, not a walk over all events)
    cache = _institution_nouns_of[2] if len(_institution_nouns_of) > 2 else None
    if cache is None or cache[0] is not who:
        cache = (who, {})
        _institution_nouns_of[2:] = [cache]
    fitting = cache[1].get(noun)
    if fitting is None:  # the table's institutions of that noun, found once per noun
        fitting = cache[1][noun] = tuple(name for name in who.speakers if fits(name))
    table_fitting = fitting
    fitting = [name for name in fitting if name in reader.event_positions]
    spoke = max(((positions[k - 1], name) for name in fitting for positions in (reader.event_positions[name],)
                 for k in (bisect_left(positions, mention.start),) if k), default=None)
    spoke = _Event(spoke[0], spoke[1]) if spoke else None
    named = []  # the last institution named before: each fitting one's names by bisection (no rescan)
    for name in table_fitting:
        ms = reader.named.get(name, ())
        k = bisect_left(ms, mention.start, key=lambda m: m.start)
        while k and ms[k - 1].end > mention.start:
            k -= 1
        if k and (not named or ms[k - 1].start > named[0].start):
            named = [ms[k - 1]]
    best = max(([[spoke.pos, spoke.speaker]] if spoke else []) + [[m.start, m.speaker] for m in named[-1:]], default=None)
    if best is None:
        return None
    return Mention(mention.start, mention.end, best[1], mention.as_written, "role")


_SUBJECT_REACH = 2000
_QUOTED_PASSIVE = lazy_fail_fast(r"\b(?:was|were|is|has\s+been)\s+quoted\s+(?:\w+\s+)?as\s+$", re.IGNORECASE)
_ROLE_THEN_NAME = re.compile(r"(?:['’]s)?\s+(?:(?:deputy|press|chief|senior|top|foreign|defence|defense|military|"
                             r"presidential)\s+)*(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|envoy|"
                             r"commander|chief|minister|secretary|official|head|leader|ambassador|representative|governor|mayor)\s+")
_QUOTING = re.compile(r"\s+(.{2,60}?)\s+as\s+(?:saying|telling|stating|declaring)\b")
_TITLE_BEFORE_NAME = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){1,3}(?:(?:deputy|press|chief|senior|top|foreign|defence|defense|"
                                r"military|presidential)\s+)*(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|"
                                r"envoy|commander|chief|minister|secretary|official|head|leader|ambassador|representative|governor|"
                                r"mayor)\s+")
#: (and a part of a group: "…, several of whom have complained that …")
_RELATIVE_WHO = re.compile(r",\s*(?:who|which|(?:several|some|many|most|one|two|three|a\s+few|all|both)\s+of\s+whom)\s+"
                           r"(?:(?:also|then|later|has|had|have|repeatedly)\s+)?$")


def _group_of() -> re.Pattern:
    """ "analysts at the ISW", "a spokesman for": a group of people (or a spokesperson) of the body after (built once)."""
    def build():
        return re.compile(r"\b(?:" + _speaking_groups() + r"|spokesman|spokeswoman|spokesperson)\s+(?:at|from|of)\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)
    return vocab.compiled("group_of", ("speech_words",), build)
_STATEMENT_AFTER = re.compile(r"\s+(?:a|an|the)\s+(?:new\s+|latest\s+|official\s+)?(?:statement|report|update|post|"
                              r"communique|announcement)\b(?!\s+(?:by|from|of)\b)", re.IGNORECASE)
_INVERTED_BEFORE = re.compile(r"[,”\"’]\s*$")


def _subject_after(reader: _Reader, cue: Cue) -> Mention | None:
    """The speaker after the verb when the verb follows the content: "…, said the minister",
    "…,” said Ukraine's military chief", "…, says Russia" (headlines)."""
    text = reader.text
    if cue.kind != "speech" or not _INVERTED_BEFORE.search(text, max(0, cue.start - 3), cue.start):
        return None
    end = min(cue.end + 120, reader.doc.sentence_end(cue.end))
    after = reader.mentions_between(cue.end, end)
    sentence = reader.doc.sentence_at(cue.start)
    if after and after[0].how == "unknown name" and sentence is not None and sentence.headline:
        return None  # title case: "…, Says Monthly Advances Have Doubled" names nobody
    if after and after[0].how != "pronoun" and len(text[cue.end:after[0].start].split()) <= 1:
        return _resolve(reader, after[0], after[0].start)
    return unnamed_after(text, cue.end, end)


def _plural_antecedent(reader: _Reader, mention: Mention) -> Mention:
    """ "they said": the last institution that spoke (people named one by one are skipped); an
    unnamed group that spoke last ("officials said") leaves it unnamed."""
    for event in reversed(reader.events[-8:]):
        if event.pos > mention.start or (event.person and event.speaker):
            continue
        if not event.speaker:
            break
        return Mention(mention.start, mention.end, event.speaker, mention.as_written, "pronoun")
    return Mention(mention.start, mention.end, "", mention.as_written, "unresolved pronoun")


def _just_heard(reader: _Reader, mention: Mention) -> Mention | None:
    """The person who spoke last before ``mention``, when he spoke in its paragraph or the one before: whom a
    reporter's descriptor nobody was introduced with stands for ("the official said" right after "the governor
    urged", "the Norwegian analyst said" after his own words)."""
    last = _last_speaker(reader, mention, person=True)
    paragraphs = reader.doc.paragraphs
    k = bisect_right(paragraphs, mention.start, key=lambda p: p[1])
    since = paragraphs[k - 1][0] if 0 < k < len(paragraphs) else 0
    return last if last.speaker and reader.last_spoke(last.speaker, mention.start) >= since else None


def _last_speaker(reader: _Reader, mention: Mention, person: bool | None) -> Mention:
    """The speaker who spoke last before ``mention`` (a person, not a person, or anyone)."""
    subject = None
    if person is False:  # "Russia's foreign ministry summoned the envoy. “…,” it said": the body that acted
        i = bisect_left(reader.mention_starts, mention.start) - 1
        while i >= 0 and reader.mentions[i].start > mention.start - 400 and subject is None:
            m = reader.mentions[i]
            if m.how in ("name", "title") and m.speaker and not _mentions.is_person(m.speaker, reader.who) \
                    and reader.who.speakers.get(m.speaker) is not None and reader.opens_sentence(m):
                subject = m
            i -= 1
    for event in reversed(reader.events):
        if subject is not None and event.pos < subject.start:
            break
        if event.pos <= mention.start and event.speaker and (
                person is None or _mentions.is_person(event.speaker, reader.who) == person):
            return Mention(mention.start, mention.end, event.speaker, mention.as_written,
                           "pronoun" if mention.how == "pronoun" else "role")
    if subject is not None:
        return Mention(mention.start, mention.end, subject.speaker, mention.as_written,
                       "pronoun" if mention.how == "pronoun" else "role")
    return Mention(mention.start, mention.end, "", mention.as_written,
                   "unresolved pronoun" if mention.how == "pronoun" else "unresolved role")


# "Secretary of State Marco Rubio": the "of" belongs to the title, the name is no object of it
_TITLE_OF = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$")
#: the reporter's first-person clause on a person, then that person as "he"/"she" ("When I called Dmytro that evening
#: to ask about X, he was brief.", "After we reached Olena by phone, she said"): the pronoun is the one called
_REPORTER_CALLED = lazy_fail_fast(r"\b(?:When|After|As|Once|Before)\s+(?:I|we)\s+(?:called|phoned|rang|reached|asked|met|"
                              r"visited|interviewed|texted|messaged|found|caught\s+up\s+with)\s+"
                              r"([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2})(?![\w’'-])[^.;:?!“”\"\n]{0,120}?,\s+(he|she)\b")
#: a family noun opening a sentence: "His son, listening …, laughed.", "Her daughter smiled." (``kin_noun`` rows)
_KIN_OPENS = vocab.TablePattern("kin_opens", ("speech_words",), lambda: (
    r"(?<![\w’'-])((?:His|Her|Their|The)\s+(" + (trie_pattern(vocab.speech_words()["kin_noun"]) or "(?!)")
    + r"))(?![\w’'-])(?=\s*,|\s+[a-z])"), first_chars=True)


@functools.lru_cache(maxsize=64)
def _kin_named(noun: str) -> re.Pattern:
    """ "his son, A B," / "his son A B" / "A B, his son,": the name the article gives one of that family noun."""
    name = r"([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){0,2})"
    return re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\d{1,3}-year-old\s+)?" + re.escape(noun)
                      + r",?[^\S\n]+" + name + r"(?![\w’'-])|" + name + r",\s+(?:[Hh]is|[Hh]er|[Tt]heir)\s+"
                      r"(?:\d{1,3}-year-old\s+)?" + re.escape(noun) + r"(?![\w’'-])")


#: "the brigade commander", "the battalion's commander": the head of one unit, written by the unit's noun
_HEAD_OF_UNIT = re.compile(r"[Tt]he\s+([a-z]+)(?:['’]s)?\s+(?:commander|chief|head|leader)")


@functools.lru_cache(maxsize=32)
def _unit_led_by(unit: str) -> re.Pattern:
    """ "a brigade commanded by Brigadier General A B": the capitalised run after the unit's "commanded/led by"."""
    return re.compile(r"(?<![\w’'-])" + re.escape(unit) + r"\s+(?:commanded|led|headed)\s+by\s+"
                      r"((?:[A-Z][a-z]{0,4}\.|[A-Z][\w’'-]*)(?:[^\S\n]+(?:[A-Z][a-z]{0,4}\.|[A-Z][\w’'-]*)){1,5})")


def _led_by(reader: _Reader, unnamed: Mention) -> Mention | None:
    """The person the article said commands the unit a subject names by its noun ("the brigade commander said" after
    "a brigade commanded by Brigadier General A B"), else None."""
    head = _HEAD_OF_UNIT.fullmatch(unnamed.as_written)
    if head is None or not _UNIT.fullmatch(head.group(1)):
        return None
    found = None
    for found in _unit_led_by(head.group(1)).finditer(reader.text, max(0, unnamed.start - 4000), unnamed.start):
        pass
    if found is None:
        return None
    words = found.group(1).split()
    titles = reader.who.title_words
    while len(words) > 2 and (words[0].lower().rstrip(".") in titles or words[0].lower() in titles
                              or words[0].lower() in _words("military_role") or words[0].lower() in _words("rank")):
        words = words[1:]
    known = next((m for m in reader.mentions_between(found.start(1), found.end(1)) if m.how in ("name", "title")
                  and m.speaker and _mentions.could_be_person(m.speaker, reader.who)), None)
    name = known.speaker if known is not None else " ".join(words)
    return Mention(unnamed.start, unnamed.end, name, unnamed.as_written, "role")


def _kin_name(reader: _Reader, noun: str, pos: int) -> str:
    """The full name the article last gave a ``noun`` of its family before ``pos`` ("his son, Andrii Danyliuk,"), a
    person's name (not a title or place); "" none."""
    found = None
    for found in _kin_named(noun).finditer(reader.text, max(0, pos - 4000), pos):
        pass
    if found is None:
        return ""
    name = found.group(1) or found.group(2)
    first = name.split()[0]
    if first.lower() in reader.who.title_words or first in reader.who.country_of_form:
        return ""
    known = next((m for m in reader.mentions_between(found.start(), found.end()) if m.how in ("name", "title")), None)
    return known.speaker if known is not None and known.speaker else name

#: "DPR Denis Pushilin" after "the head of the": a body's acronym, then a person's name (no title word between)
_ACRONYM_NAME = re.compile(r"[A-Z]{2,}[^\S\n]+[A-Z][a-z]")


def _acronym_apposed(reader: _Reader, m: Mention) -> bool:
    """ "the head of the DPR Denis Pushilin said": the body's acronym closes an office ("the head of the DPR") and the
    name apposed to it is the office's holder, the verb's subject (not "the spokesman of President A B", a title)."""
    return (m.how == "title" and _ACRONYM_NAME.match(m.as_written) is not None
            and _mentions.could_be_person(m.speaker, reader.who)
            and _OFFICE_OF_BEFORE.search(reader.text, max(0, m.start - 40), m.start) is not None)

_AFTER_PREPOSITION = re.compile(r"\b(?:in|into|to|from|on|at|of|with|against|for|by|near|over)\s+(?:the\s+)?$",
                                re.IGNORECASE)
_REPORT_BY = re.compile(r"\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:report|reports|statement|assessment|update|"
                        r"estimate|estimates|data|figures|briefing|analysis|summary|post|map|maps)\s+"
                        r"(?:(?:published|released|compiled|issued|provided|posted)\s+)?(?:by|from|of)\s+"
                        r"(?:the\s+)?", re.IGNORECASE)


_FIRST_OF_TWO = re.compile(r"\s*((?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+and\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*(?:[,.;:]|$)")
_FAMILIAR = re.compile(r"\s*((?:people|sources|officials|persons|a\s+person|a\s+source|someone)\s+(?:familiar\s+with|briefed\s+on|"
                       r"close\s+to)\s+(?:the\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)(?=\s*[,.;:])", re.IGNORECASE)


def unnamed_after(text: str, a: int, b: int) -> Mention | None:
    """ "according to Ukrainian military officials": the noun phrase after the cue, when it can speak; the first of
    two joined by "and" ("according to Ukrainian officials and Russian military bloggers"); "people familiar with
    the discussions" (the phrase whole)."""
    familiar = _FAMILIAR.match(text, a, b)
    if familiar is not None:
        return Mention(familiar.start(1), familiar.end(1), "", familiar.group(1), "unnamed source")
    match = re.match(r"\s*((?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,4}[\w’'-]+?)(?=\s*(?:[,.;:]|$))", text[a:b])
    words = re.findall(r"[\w’'-]+", match.group(1)) if match else []
    if not words or words[-1].lower() not in _words("speaking_noun"):
        match = _FIRST_OF_TWO.match(text[a:b])
        words = re.findall(r"[\w’'-]+", match.group(1)) if match else []
    if not words or words[-1].lower() not in _words("speaking_noun"):
        return None
    phrase = match.group(1)
    start = a + match.start(1)
    return Mention(start, start + len(phrase), "", phrase, "unnamed source")




def _one_person_after() -> re.Pattern:
    """A ``body_person`` noun of ``data/speech_words.csv`` right after an institution ("a Kremlin official"): one
    person of it (a spokesperson speaks for the institution: "a ministry spokesman said" stays its words; built once)."""
    def build():
        nouns = sorted(_words("body_person"), key=len, reverse=True)
        return re.compile(r"\s+(?:" + trie_pattern(nouns, ignore_case=True) + r")\b", re.IGNORECASE)
    return vocab.compiled("body_person", ("speech_words",), build)
_ONE_BEFORE = re.compile(r"\b(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,3}$", re.IGNORECASE)


def _one_of_its_people(reader: _Reader, m: Mention) -> bool:
    """ "a senior Ukrainian military official said": one unnamed person of the institution, not
    the institution ("Ukrainian military officials said" stays the institution's words)."""
    known = reader.who.speakers.get(m.speaker) if m.speaker else None
    return (known is not None and known.kind != "person" and _one_person_after().match(reader.text, m.end) is not None
            and _ONE_BEFORE.search(reader.text, max(0, m.start - 40), m.start) is not None)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_SUBORDINATE = re.compile(r"spoke|aide|advis|official|speaker|secretary|envoy")  # "kremlin spokesman", not "kremlin chief"


def _its_person(reader: _Reader, m: Mention) -> Mention | None:
    """ "the Kremlin official said" after "Kremlin spokesman Dmitry Peskov …": one definite person of the
    institution, the last person of the tables named before with its name in their roles or beside their
    name; none: that unnamed official (never the institution)."""
    known = reader.who.speakers.get(m.speaker) if m.speaker else None
    after = _one_person_after().match(reader.text, m.end) if known is not None and known.kind != "person" else None
    the = _THE_BEFORE.search(reader.text, max(0, m.start - 5), m.start) if after is not None else None
    if the is None:
        return None
    word, start = m.as_written.lower(), the.start()
    k = bisect_left(reader.mention_starts, m.start)
    for p in reversed(reader.mentions[max(0, k - 40):k]):
        person = reader.who.speakers.get(p.speaker) if p.how in ("name", "title") else None
        if person is not None and person.kind == "person" and (
                any(word in r and _SUBORDINATE.search(r) for r in person.roles) or word in reader.text[max(0, p.start - 30):p.end + 40].lower()):
            return Mention(start, after.end(), p.speaker, reader.text[start:after.end()], "role")
    return Mention(start, after.end(), "", reader.text[start:after.end()], "unnamed source")


def _modifies_a_speaker(text: str, end: int) -> bool:
    """ "US officials", "Ukraine's military officials": the country qualifies who speaks."""
    words = re.findall(r"[\w’'-]+", text[end:end + 40])[:3]
    return any(w.lower() in _words("speaking_noun") for w in words[:3]) and not (words and (words[0].lower() in (
        "has", "have", "had", "is", "was", "will", "would", "also", "said", "says")
        or words[0].lower() in cue_table()[0]))  # "Moscow claimed its forces …": the country speaks


# "Mark Hollis, 54, who served …" / "Ann Best, who …": a person introduced at the head of a paragraph
_INTRODUCED_HERE = re.compile(r"\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:\d{1,3},|who\s"
                              # "Oksana Hrebeniuk, deputy mayor of Kostiantynivka, was in …": an apposed office
                              r"|(?:the\s+|an?\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+){0,6},)")


def _named_below(reader: _Reader, unnamed: Mention) -> Mention | None:
    """A regional paper's lede: "A former Army engineer from Leeds … says …", then the next paragraph opens with a
    person introduced for the first time ("Mark Hollis, 54, who served …"): that person (one person of the indefinite
    subject, the name nowhere before it)."""
    if not re.match(r"(?i)an?\s", unnamed.as_written) or not _mentions.label_as_written(unnamed.as_written).endswith(
            "(unnamed)"):
        return None
    paragraphs = reader.doc.paragraphs
    k = bisect_right(paragraphs, unnamed.start, key=lambda p: p[1])
    if k + 1 >= len(paragraphs):
        return None
    named = _INTRODUCED_HERE.match(reader.text, paragraphs[k + 1][0])
    if named is None or reader.text.find(named.group(1).split()[-1], 0, unnamed.start) >= 0 \
            or not _mentions.could_be_person(named.group(1), reader.who):
        return None
    apposed = reader.text[named.start(1) + len(named.group(1)) + 1:named.end()]
    if not re.match(r"\s*(?:\d|who\s)", apposed):
        if any(c.kind == "speech" for c in reader.cues_between(named.end(), reader.doc.sentence_end(named.end()))):
            # "A B, head of the regional administration, said …" after "a senior NATO official said": a second voice
            # of its own, not the lede's (an apposed office names the lede's person only where it reports no words)
            return None
        lede_words = set(re.findall(r"[a-z]+", unnamed.as_written))
        if not (lede_words & set(re.findall(r"[a-z]+", apposed)) - {"a", "an", "the", "of", "for", "from", "in"}
                or ("official" in lede_words and _ROLE_WORDS.search(apposed))):
            return None  # "A retired teacher …" then "A B, the mayor, …": another person (an official may be a mayor)
    # "Colonel A B, who …": the name as the mention layer reads it there (the rank is no part of it, so the lede's
    # dated words and A B's later words are one speaker's)
    read = next((m.speaker for m in reader.mentions_between(named.start(1), named.end(1))
                 if m.end <= named.end(1) and m.speaker and m.speaker in named.group(1)), named.group(1))
    return Mention(unnamed.start, unnamed.end, read, unnamed.as_written, "role")


# "“…,” the former sapper said": a definite subject of one to three lower-case words right before its verb
_DEFINITE_SUBJECT = re.compile(r"(?<![\w’'-])([Tt]he\s+((?:[a-z][\w’'-]*\s+){0,2})([a-z][\w’'-]*))\s*$")
_POSSESSED_SUBJECT = re.compile(r"(?<![\w’'-])([Hh](?:is|er)\s+((?:[a-z][\w’'-]*\s+){0,2})([a-z][\w’'-]*))\s*$")


@functools.lru_cache(maxsize=256)
def _apposition_of(head: str) -> re.Pattern:
    """ "Taras Melnyk, a former sapper,": a full name with an indefinite noun phrase of ``head`` apposed (compiled once
    per head noun)."""
    return re.compile(r"(?<![\w’'])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:an?|the)\s+((?:[\w’'-]+\s+){0,3})"
                      + re.escape(head) + r"(?![\w’'-])")


@functools.lru_cache(maxsize=256)
def _descriptor_before(head: str) -> re.Pattern:
    """ "presenter A B", "veteran presenter A B": a lower-case descriptor of ``head`` right before a full name
    (compiled once per head noun)."""
    return re.compile(r"(?<![\w’'-])((?:[a-z][\w-]*\s+){0,2})" + re.escape(head)
                      + r"\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?![\w’'-])")


#: the name as the copy gives it after a naming noun phrase: one to three capitalised words (a middle initial inside)
_GIVEN_NAME = r"([A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z]\.[^\S\n]+)?[A-Z][\w’'-]+){0,2})(?![\w’'-])"


@functools.lru_cache(maxsize=256)
def _named_head(head: str) -> re.Pattern:
    """The introductions that give the person a ``head`` noun stands for by name (compiled once per head noun): "a
    sergeant named Oleh Dub", "a young woman called Oksana"; "His widow, Iryna,", "the show's host, Daniel Kerr,";
    "A woman approaches …. Her name is Halyna". Group 1, 3 or 5: the words before the noun; 2, 4 or 6: the name."""
    h = re.escape(head)
    return re.compile(
        r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\w’'-]+\s+){0,3}?)" + h + r",?\s+(?:named|called)\s+"
        + _GIVEN_NAME
        + r"|(?<![\w’'-])(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he\s+)?[\w’'-]+['’]s)\s+((?:[a-z][\w’'-]*\s+){0,2}?)" + h
        + r",\s+" + _GIVEN_NAME + r"\s*[,.]"
        + r"|(?<![\w’'-])(?:[Aa]n?|[Oo]ne)\s+((?:[\w’'-]+\s+){0,3}?)" + h + r"(?![\w’'-])[^.\n“”\"]{0,200}\.\s+"
        r"(?:Her|His)\s+name\s+is\s+" + _GIVEN_NAME
        # "The woman who runs the workshop, a former jewellery maker named Svitlana Koval, …"
        + r"|(?<![\w’'-])[Tt]he\s+((?:[a-z][\w’'-]*\s+){0,2}?)" + h + r"(?![\w’'-])[^,.\n“”\"]{0,80},\s+(?:an?|one)\s+"
        r"(?:[\w’'-]+\s+){0,4}?(?:named|called)\s+" + _GIVEN_NAME)


def _named_noun(reader: _Reader, head: str, modifiers: str, a: int) -> str:
    """ "the sergeant", "the woman", "the host" after an introduction that named the person with that noun and every
    modifier (``_named_head``, the last one before ``a``, within 3,000 characters): the name, a table person's by the
    tables, a first name given alone by the full name the copy gives it later ("His widow, Iryna, …. Iryna Hordiienko
    said"); "" when none did."""
    found = None
    for found in _named_head(head).finditer(reader.text, max(0, a - 3000), a):
        pass
    if found is None:
        return ""
    k = next(i for i in (1, 3, 5, 7) if found.group(i + 1) is not None)
    if not set(modifiers.split()) <= set(found.group(k).lower().split()):
        return ""
    name = " ".join(found.group(k + 1).split())
    if " " not in name:  # "His widow, Iryna, …. Iryna Hordiienko said on Thursday": her full name, given since
        full = None
        for full in re.compile(re.escape(name) + r"[^\S\n]+([A-Z][\w’'-]+)(?![\w’'-])").finditer(reader.text, found.end(), a):
            pass
        if full is not None and _mentions.could_be_person(f"{name} {full.group(1)}", reader.who):
            name = f"{name} {full.group(1)}"
    return reader.who.alias_to_name.get(name, name)


#: "It was signed by the brigade's commander, A B", "The letter was signed by A B, a retired general": the signer
_SIGNED_BY = re.compile(r"(?:It|The\s+[a-z]+)\s+(?:was|is)\s+(?:also\s+)?signed\s+by\s+(?:(?:the|its|his|her)\s+"
                        r"[^,.;:“”\"\n]{1,60},\s+)?" + _GIVEN_NAME)


def _signed_after(reader: _Reader, pos: int) -> Mention | None:
    """The person who signed the statement quoted at ``pos``, when a sentence opening at most one paragraph after the
    quote's names the signer ("… the statement said. ¶ It was signed by the brigade's commander, A B."); None when
    none does, or another speech verb comes first."""
    text = reader.text
    para = text.find("\n", pos)
    para = text.find("\n", text.find("\n", para + 1) + 1) if para >= 0 else -1  # (the next paragraph too)
    end = min(len(text) if para < 0 else para, pos + 600)
    for signed in _SIGNED_BY.finditer(text, pos, end):
        if reader.cues_between(pos + 1, signed.start()) and any(
                c.start > text.find("”", pos) >= 0 for c in reader.cues_between(pos + 1, signed.start())):
            return None
        name = " ".join(signed.group(1).split())
        known = next((m for m in reader.mentions_between(signed.start(1), signed.end(1)) if m.speaker
                      and _mentions.could_be_person(m.speaker, reader.who)), None)
        name = known.speaker if known is not None else reader.who.alias_to_name.get(name, name)
        return Mention(signed.start(1), signed.end(1), name, signed.group(1), "name")
    return None


def _apposed_head(reader: _Reader, a: int, b: int) -> Mention | None:
    """ "the former sapper said" after "Taras Melnyk, a former sapper, …": the person whose apposition has that head
    noun and every modifier of the subject (a head no role table knows; the last such apposition before)."""
    subject = _DEFINITE_SUBJECT.search(reader.text, a, b) or _POSSESSED_SUBJECT.search(reader.text, a, b)
    if subject is None or subject.group(3) in _NOT_MODIFIERS:
        return None
    named = _named_noun(reader, subject.group(3), subject.group(2), a)
    if named:  # "“…,” the sergeant said" after "a sergeant named Oleh Dub": the one so named
        return Mention(subject.start(1), subject.end(1), named, subject.group(1), "role")
    if subject.group(3) in _words("speaking_noun") or subject.group(1)[:1] in "Hh":
        return None  # ("His deputy said": a possessive subject only by a naming introduction)
    found = None
    for found in _apposition_of(subject.group(3)).finditer(reader.text, max(0, a - 3000), a):
        pass
    before = None
    if _ROLE_WORDS.search(subject.group(3)) is None:  # (no office of the tables: "the president" is read as a role)
        for before in _descriptor_before(subject.group(3)).finditer(reader.text, max(0, a - 3000), a):
            pass
    if before is not None and (found is None or before.start() > found.start()) \
            and set(subject.group(2).split()) <= set(before.group(1).lower().split()):
        # "Asked by presenter A B whether …" … "The presenter asked:": the noun stood right before the name
        return Mention(subject.start(1), subject.end(1), before.group(2), subject.group(1), "role")
    if found is None or not set(subject.group(2).split()) <= set(found.group(2).lower().split()):
        return None
    name = found.group(1)
    start = subject.start(1)
    return Mention(start, subject.end(1), name, subject.group(1), "role")


# "A spokesperson for a Ukrainian brigade fighting near the town": an indefinite head with its "for"/"of" phrase
_HEAD_OF_PHRASE = re.compile(r"(?:^|[,”\"])\s*((?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w’'-]*)"
                             r"\s+(?:for|of|with)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)"
                             r"(?:\s+(?:[a-z]+ing|who|that|based|stationed|deployed)\b[^,;:.“”\"]{0,80})?$")
# a person's verb right after an indefinite subject: "A former engineer from Leeds says", "Another milblogger wrote"
_ONE_PERSON_SPEAKS = re.compile(r"(?:said|says|told|tells|stated|states|wrote|writes|added|adds|recalled|recalls|"
                                r"explained|explains|insisted|insists)\b")


_PARTICIPLE_AFTER = re.compile(r"(?<![\w’'-])([a-z]+)\s+(?!being\b|saying\b)[a-z]{3,}ing\s+(?:on|in|at|near|along|for|with|"
                               r"the|a|an)\s+[^,;:.“”\"]{1,70}$")


_DAY_BEFORE_VERB = re.compile(r"(?<=[a-z])\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                              r"|on\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                              r"December)\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?$")


#: A clause's opening before an unnamed group after a comma ("but", "while", "a week after", "two days before")
_CLAUSE_LEAD = re.compile(r"(?i:(?:(?:a|an|one|two|three|four|five|six|several|a\s+few)\s+(?:hours?|days?|weeks?|months?)\s+)?"
                          r"(?:after|before|since|while|whereas|although|though|but|and|as|when|until|because)\s+"
                          # "…, more hopeful than that of Western officials, who warn": the phrase's preposition
                          r"|(?:than\s+)?(?:(?:that|those)\s+of|unlike|like|than|including|among|of|by|from|to|for|with)\s+)")


#: "Estonia's foreign intelligence service" right before its verb: a country's possessive and up to three lower-case
#: words before the body's head noun
_COUNTRY_BODY = re.compile(r"(?:^|[\s,])(([A-Z][\w-]+)['’]s(?:\s+[a-z][\w-]*){0,3}\s+([a-z][\w-]*))$")


_FRONTED_MEDIUM = re.compile(r"^\s*(?:In|On|Via)\s+(?:a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){1,4}?(?=the\s+[a-z]+\s*$)")
_BODY_WORD_AFTER = re.compile(r"\s+(?:project|group|monitor|monitoring\s+group|organi[sz]ation|think\s+tank)\b")
#: "the group said" after "Independent analysts at the X project said": the body that spoke last
_THE_BODY_WORD = re.compile(r"(?i)(?:the|its)\s+(group|project|organi[sz]ation|monitors?|monitoring\s+group|think\s+tank)")


def _unnamed_subject(text: str, a: int, b: int) -> Mention | None:
    """ "the ministry said", "A senior official, who asked not to be named, said":
    attributed, but to nobody the reader can name. ("the statement said" is resolved by the
    caller to whoever made the statement.)"""
    # the aside between subject and verb: ", who asked not to be named,", ", speaking on condition of anonymity,"
    window = re.sub(r",\s*(?:who|which|[a-z]+ing)\b[^,]*,\s*$", " ", text[a:b])
    # "In a post on Telegram the group wrote": a fronted medium without its comma is no part of the subject
    window = _FRONTED_MEDIUM.sub(lambda m: " " * len(m.group(0)), window)
    # "a commander I spoke to here told me", "a soldier we met in Bakhmut said": the reporter's contact clause
    window = re.sub(r"(?<=[a-z])\s+(?:I|we)\s+(?:spoke|talked|met|interviewed|reached|visited)\b[^,;:.“”\"]{0,40}$", " ", window)
    # "A European official who follows the war closely said": a relative clause on a person, without commas
    window = re.sub(r"(?<=[a-z])\s+who\s+(?!said\b|says\b|told\b)[^,;:.“”\"]{1,80}$", " ", window)
    # "A blogger who writes under the name X said": the verb of the relative clause itself, the pronoun no word of him
    window = re.sub(r"(?<=[a-z])\s+(?:who|that)\s*$", " ", window)
    # "Ukrainian soldiers holding the town said", "Residents fleeing the city told AFP": a participle on a plural
    # ("Its evening bulletin said", "his morning update": a possessive before a noun in -ing, no plural)
    window = re.sub(r"(?<=[a-z]s)(?<!\b[Ii]ts)(?<!\b[Hh]is)(?<!\b[Tt]his)\s+[a-z]{3,}ing\s+(?:the\s+|a\s+|an\s+)?"
                    r"[^,;:.“”\"]{1,60}$", " ", window)
    # "a Ukrainian commander fighting on the eastern bank of the river said": a participle on one person's noun
    window = _PARTICIPLE_AFTER.sub(lambda m: m.group(1) + " " if m.group(1).lower() in _words("unnamed_person") else m.group(0), window)
    window = re.sub(r"\b(?:(?:has|have|had|also|later|then|previously|repeatedly|once|again|long|[a-z]+ly)\s+)+$", "",
                    window.rstrip() + " ")  # "Military analysts have long argued"
    # "Its daily bulletin on Tuesday said": the day between the subject and its verb is no part of the subject
    window = _DAY_BEFORE_VERB.sub(" ", window.rstrip())
    match = _unnamed_subject_regex().search(window.rstrip())
    if not match or match.group(1).split()[-1].lower() not in _words("speaking_noun"):
        # "A spokesperson for a Ukrainian brigade fighting near the town stated": the head before its "for"/"of"
        held = _HEAD_OF_PHRASE.search(window.rstrip())  # (after an inverted lead's content too: "…, a commander of X said")
        if held is not None and held.group(2).lower() in _words("speaking_noun"):
            match = held
    elif match.group(1)[:1] in "Tt":  # "A spokesman for the eastern group of forces spoke": the person, not the body
        held = _HEAD_OF_PHRASE.search(window.rstrip())
        if held is not None and held.start(1) < match.start(1) and held.group(1)[:1] in "Aa" \
                and held.group(2).lower() in _words("unnamed_person") and held.group(2).lower() in _words("speaking_noun"):
            match = held
    if not match:
        owned = _COUNTRY_BODY.search(window.rstrip())
        if owned is not None and vocab.country_forms().get(owned.group(2), ("", ""))[1] == "country" \
                and owned.group(3).lower() in _words("speaking_noun") \
                and owned.group(3).lower() in _words("institution_noun") and owned.group(3).lower() not in _words("statement_noun"):
            # "…, Estonia's foreign intelligence service said": a country's body no table knows
            start = a + owned.start(1)
            return Mention(start, start + len(owned.group(1)), "", owned.group(1), "unnamed source")
        return None
    words = re.findall(r"[\w’'-]+", _PLACE_TAIL.sub("", match.group(1)))
    head = words[-1].lower()
    if head in _words("statement_noun") and words[0].lower() in ("the", "his", "her", "its", "their"):
        start = a + match.start(1)
        return Mention(start, start + len(match.group(1)), "", match.group(1), "statement")
    if head not in _words("speaking_noun") and not (
            # "“…,” the sergeant said. He gave only his first name, Taras.": one person's noun after "the", right
            # before the verb, named in the next sentence ("the lawyer wrote" alone stays nobody's)
            words[0].lower() == "the" and head in _words("unnamed_person") and _ONE_PERSON_SPEAKS.match(text, b)
            and _HE_GAVE.match(text, text.find(".", b) + 1)) and not (
            _ONE_PERSON_SPEAKS.match(text, b) and re.fullmatch(r"(?i)an?|another|one", words[0]) and head.isalpha()
            and head == words[-1] and not head.endswith("ly") and head not in _words("written_object")
            and head not in _words("statement_noun") and head not in _words("not_a_person")):
        return None  # "the remarks revealed", "the original plan called for"
    start = a + match.start(1)
    words = match.group(1)
    lead = _CLAUSE_LEAD.match(words)
    if lead is not None and lead.end() < len(words):
        # "…, but Russian officials said", "…, a week after Russian officials said": the conjunction or time clause
        # that opens the second clause is no word of its subject
        start, words = start + lead.end(), words[lead.end():]
    tail = _PLACE_TAIL.search(words)
    if tail is not None and (not re.search(r"[A-Z]", tail.group(0)) or (re.match(r"\s+(?:near|outside)\b", tail.group(0))
                                                     and re.match(r"(?i)(?:an?|the|another|one)\s", words))):
        # "Ukrainian soldiers in the city", "a commander near Pokrovsk": the people, the place no part of the label
        words = words[:tail.start()]
    if re.fullmatch(r"(?i)(?:one|another)\s+of\s+(?:them|those)", words):
        # "U.S. officials have privately told … “…,” one of them said": one of the group named just before (sk19)
        groups = list(_group_before().finditer(text, max(0, a - 400), a))
        if groups:
            group = _GROUP_DETERMINERS.sub("", groups[-1].group(1))  # "Three Ukrainian officers": one of the officers
            words = f"{words.split()[0]} of the {group}"
    return Mention(start, start + len(words), "", words, "unnamed source")


#: the determiners and counts before a group's noun, not part of one member's label ("Three Ukrainian officers said …
#: One of them added" → "Ukrainian officer (unnamed)")
_GROUP_DETERMINERS = re.compile(r"^(?:(?:The|These|Those|Some|Many|Several|Other|Both|Their|\d+|"
                                + "|".join(w.capitalize() for w in sorted(english.NUMBER_WORDS)) + r")\s+)+")


def _group_before() -> re.Pattern:
    """ "U.S. officials", "senior Western diplomats": a plural group of people the text does not name."""
    def build():
        return re.compile(r"(?<![\w.])((?:(?:[A-Z][\w.’'-]*|senior|other|military|intelligence|defen[cs]e)[ \t]+){0,3}"
                          r"(?:" + _speaking_groups() + r"))(?![\w’'-])")
    return vocab.compiled("group_before", ("speech_words",), build)




_REGIONAL = re.compile(r"(?i)\bregion(?:al|['’]s)?\b|\boblast\b")


def _unnamed_office_since(reader: _Reader, mention: Mention, role: str, pos: int, since: int) -> Mention | None:
    """The unnamed holder of an office of a place ("the governor of the Sumy region") who spoke after ``since`` and
    before ``pos``, for a bare "the governor" (None if none, or if the mention is no "the …")."""
    if not reader.unnamed_offices or mention.as_written.lower().split()[0] != "the":
        return None
    k = bisect_left(reader.unnamed_offices, (pos,))
    last = reader.unnamed_offices[k - 1] if k else None
    if last is not None and last[0] > since and last[0] != mention.start and role.split()[-1] in last[1].lower().split():
        return Mention(mention.start, mention.end, "", last[1], "unnamed source")
    return None


#: the place a regional office names ("the governor of the Sumy region", "the Sumy regional governor", "Sumy's governor")
_OFFICE_PLACE = re.compile(r"\b(?!The\b)([A-Z][\w’'-]+)(?=(?:['’]s)?\s+(?:region|regional|oblast|Oblast|Region)\b)")


def _of_place(reader: _Reader, places: list, p: int) -> bool:
    """Whether the person introduced at ``p`` may hold the office of ``places``: with no place named, or one of them in
    the sentence of the introduction ("The governor of the Kharkiv region, A B," is no governor of the Sumy region)."""
    if not places:
        return True
    sentence = reader.doc.sentence_at(p)
    a, b = (sentence.start, sentence.end) if sentence is not None else (max(0, p - 150), p + 150)
    return any(reader.text.find(place, a, b) >= 0 for place in places)


def _spoke_since(reader: _Reader, words, pos: int, introduced: tuple[int, str], keep) -> str:
    """Another person introduced with one of the role ``words`` before ``pos`` who spoke after ``introduced`` (the
    last one introduced so) was: "Brigadier General A B … Major General C D, who visited …. A B said …. “…,” the
    general said" — the general who just spoke, not the one introduced last (sk17); "" if none."""
    at, last = introduced
    best = (max(at, reader.last_spoke(last, pos), _last_named(reader, last, pos)), "")
    for word in words:
        for p, _, person in reader.apposed.get(word, ()):
            if p >= pos or person == last or not keep(p, person):
                continue
            spoke = reader.last_spoke(person, pos)
            if spoke > best[0]:
                best = (spoke, person)
    if best[1] and any(m.how in ("name", "title", "unknown name") and reader.full(m) == last
                       for m in reader.mentions_between(best[0] + 1, pos)):
        return ""  # "Kravets was more cautious …. “…,” the general said": the one named since
    return best[1]


def _last_named(reader: _Reader, person: str, pos: int) -> int:
    """Where ``person`` was last named before ``pos`` (-1: not yet)."""
    ms = reader.named.get(person, ())
    k = bisect_left(ms, pos, key=lambda m: m.start)
    return ms[k - 1].start if k else -1


def _last_apposed(reader: _Reader, words, pos: int, keep, after: int = -1) -> list[tuple[int, str]]:
    """[(position, person)] of the last apposition before ``pos`` (and after ``after``) whose role word is in
    ``words`` and that ``keep(position, person)`` accepts, or []: each word's appositions read back from ``pos``
    (a scan of every apposition per role mention was quadratic); the last in ``reader.appositions``' order."""
    best = None
    for word in words:
        items = reader.apposed.get(word)
        k = bisect_left(items, (pos,)) if items else 0
        while k and items[k - 1][0] > after:
            k -= 1
            if keep(items[k][0], items[k][2]):
                best = items[k] if best is None or items[k] > best else best
                break
    return [(best[0], best[2])] if best else []


def _apposed_anywhere(reader: _Reader, role: str, country: str) -> str:
    """The first person the article introduces with ``role`` ("deputy defence minister": a "deputy minister"
    apposition) who is of ``country`` or of no known country and in no table ("" if none)."""
    keys = {role, "deputy " + role.split()[-1]} if role.startswith("deputy ") else {role}
    forms = _office_forms(role) if " " in role and not role.startswith("deputy ") else ()
    heads = {form.split()[-1] for form in forms if " of " not in form}  # "Foreign Minister A B": a "minister" apposition
    found = [(p, person) for key in keys | heads for p, _, person in reader.apposed.get(key, ())
             if person not in reader.who.speakers and _person_country(reader, p, person) in ("", country)
             and (key in keys or _names_office_at(reader, forms, p))]
    return min(found)[1] if found else ""


def _names_office_at(reader: _Reader, forms, p: int) -> bool:
    """Whether the introduction at ``p`` gives one of the office's ``forms`` in full, right before the name or in the
    words after it ("Foreign Minister A B", "A B, the foreign minister,", "Minister of Defence A B")."""
    window = reader.text[max(0, p - 40):p + 120].lower()
    if FORMER.search(window[:min(p, 40)]):
        return False  # "former Foreign Minister A B": no holder of the office today
    end = window.find(".", 40)
    window = window[:end] if end >= 0 else window
    return any(re.search(r"(?<![\w-])" + re.escape(form) + r"\b", window) for form in forms)


@functools.lru_cache(maxsize=256)
def _before_particle_name(surname: str) -> re.Pattern:
    """ "David van Weel": the capitalised word before a lower-case particle surname (compiled once per surname)."""
    return re.compile(r"(?<![\w’'])([A-Z][\w’'-]+)\s+" + re.escape(surname) + r"(?![\w’'])")


#: an unnamed person written as one of many: "a commander", "the commander of a Ukrainian brigade" (not "the commander")
_INDEFINITE_ONE = re.compile(r"(?i)an?\s|the\s+(?:[\w’'-]+\s+){1,3}?(?:of|in|with|from)\s+an?\s")


#: a person's noun between a body's name and the verb: "the General Staff spokesman said", "the RUSI analyst said"
_PERSON_NOUN_AFTER = re.compile(r"\s+(spokesman|spokeswoman|spokesperson|analyst|expert|researcher|fellow|commander|"
                                r"official|director|representative)\s+(?=[a-z])")


#: an unnamed holder of one office of a place: "the governor of Russia's Belgorod region", "the head of the city's
#: military administration", "the mayor of Kharkiv"
_OFFICE_OF_PLACE = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*['’]s\s+|[a-z]+['’]s\s+)?"
                             r"(?:[A-Z][\w’'-]*|city|town|region|regional|district|oblast)")
_GROUP_AFTER_BODY = re.compile(r"\s+([a-z]+s)\b")
_SPOKESPERSON_FOR = re.compile(r"\b([Aa]n?\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|representative))\s+(?:for|of)\s+$")


def _body_person(reader: _Reader, mention: Mention, pos: int) -> str:
    """ "the RUSI analyst said" after "Tom Hadley, an analyst at the Royal United Services Institute": the person the
    article introduced with that noun next to that body's name (its words, or its initials), the last before ``pos``
    ("" if none)."""
    after = _PERSON_NOUN_AFTER.match(reader.text, mention.end)
    if after is None or _mentions.is_person(mention.speaker, reader.who):
        return ""
    body = re.sub(r"^(?:[Tt]he)\s+", "", mention.as_written).strip()
    if not body or not body[:1].isupper():
        return ""
    for p, _, person in reversed(reader.apposed.get(after.group(1).lower(), [])):
        if p >= pos:
            continue
        sentence = reader.doc.sentence_at(p)  # the introduction's own sentence
        window = reader.text[sentence.start:sentence.end] if sentence is not None else reader.text[max(0, p - 120):p + 160]
        initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w’'-]*", window))
        if body in window or (body.isupper() and len(body) > 1 and body in initials):
            return person
    return ""


def _of_bodies(reader: _Reader, bodies: list, p: int) -> bool:
    """Every body name of ``bodies`` ("Kremlin") is in the sentence that introduced the person at ``p``."""
    if not bodies:
        return True
    sentence = reader.doc.sentence_at(p)
    window = reader.text[sentence.start:sentence.end] if sentence is not None else reader.text[max(0, p - 120):p + 160]
    return all(b in window or (b.islower() and b in window.lower()) for b in bodies)


#: "the head of Ukraine's military intelligence", "the chief of Zelensky's office": an office named by its owner's
#: possessive inside the role
_HEAD_OF_OWNED = re.compile(r"(?:[Tt]he\s+)?((?i:head|chief|director))\s+of\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
                            r"['’]s?\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")


_HEAD_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+(?i:head|chief|director)\s+of\s+(?:the\s+)?$")


def _owned_office_holder(reader: _Reader, held) -> str:
    """The one holder the tables give for "the head of <owner>'s <office>" on the article's day: the owner a country
    ("the head of Ukraine's military intelligence": Ukraine's "head of military intelligence"), or a president or
    leader whose "office" is the presidential office ("the head of Zelensky's office"); "" when none or several."""
    words = held.group(3).lower().split()
    for n in range(len(words), 0, -1):  # "… military intelligence told Reuters": the office ends where a holder fits
        holder = _owned_office(reader, held.group(1).lower(), held.group(2), " ".join(words[:n]))
        if holder:
            return holder
    return ""


_NAME_APPOSED_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*[A-Z][\w’'-]+[^\S\n]+[A-Z]")
_NAME_APPOSED_BEFORE = re.compile(r"[A-Z][\w’'-]+[^\S\n]+[A-Z][\w’'.-]+(?:[^\S\n]+[A-Z][\w’'-]+)?,[^\S\n]*$")
_COUNTRYS_OFFICE = re.compile(r"([A-Z][\w’'-]*)['’]s\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")


def _countrys_office_holder(reader: _Reader, mention: Mention) -> str:
    """ "Ukraine's top military officer", "Russia's most senior general": the one person of that country whose table
    roles hold those words exactly and who holds office on the statement's day; "" when none or several."""
    held = _COUNTRYS_OFFICE.fullmatch(mention.as_written.strip())
    if held is not None and (_NAME_APPOSED_AFTER.match(reader.text, mention.end)
                             or _NAME_APPOSED_BEFORE.search(reader.text, max(0, mention.start - 60), mention.start)):
        return ""  # "A B, Ukraine's deputy prime minister," / "Ukraine's deputy prime minister, A B,": the one named
    who = reader.who
    country = who.country_of_form.get(held.group(1)) if held is not None else None
    if not country:
        return ""
    role, day = " ".join(held.group(2).split()), reader.role_day
    fits = [name for name, of in _with_role(who, role) if of == country and role in who.speakers[name].roles
            and who.speakers[name].kind == "person"
            and (pd.isna(day) or who.speakers[name].holds_on(day.strftime("%Y-%m-%d")))]
    return fits[0] if len(fits) == 1 else ""


def _owned_office(reader: _Reader, head: str, owner: str, office: str) -> str:
    who = reader.who
    country = who.country_of_form.get(owner)
    person = who.alias_to_name.get(owner) if country is None else None
    if person is not None and who.speakers[person].kind == "person" and office == "office" \
            and {"president", "leader", "head of state"} & set(who.speakers[person].roles):
        country, office = who.speakers[person].country, "presidential office"
    if not country:
        return ""
    role = f"{head} of {office}"
    day = reader.role_day
    fits = [name for name, of in _with_role(who, role) if of == country
            and (pd.isna(day) or who.speakers[name].holds_on(day.strftime("%Y-%m-%d")))]
    exact = [name for name in fits if role in who.speakers[name].roles]
    return exact[0] if len(exact) == 1 else ""


def _stretch(reader: _Reader, names: list, k: int) -> tuple[int, int]:
    """The part of the sentence naming ``names[k]`` that is about that person: from the person named before it (or the
    sentence's start) to the person named after it (or the sentence's end)."""
    m = names[k]
    sentence = reader.doc.sentence_at(m.start)
    a, b = (sentence.start, sentence.end) if sentence is not None else (max(0, m.start - 150), m.end + 150)
    before = names[k - 1].end if k and names[k - 1].end > a else a
    after = min([n.start for n in reader.person_names if n.start >= m.end] + [b])
    return before, after


def _introduced_country(reader: _Reader, person: str, pos: int) -> str:
    """The one country named in the stretches of the sentences that name ``person`` before ``pos`` ("Finland's defence
    minister, A B, spoke first": Finland); "" when none or several."""
    names = [m for m in reader.person_names if m.end <= pos + 1 and m.how != "role"]
    for k, m in enumerate(names):
        if reader.full(m) == person and not _mentions.nationality_noun(reader.text, m.start, m.end):
            a, b = _stretch(reader, names, k)
            found = _countries_in(reader.text[a:m.start] + " " + reader.text[m.end:b], reader.who)
            return next(iter(found)) if len(found) == 1 else ""  # (the sentence introducing the person)
    return ""


def _of_nationality(reader: _Reader, country: str, pos: int) -> str:
    """The person last named before ``pos`` whose country is ``country``: by the tables, or by a form of the country
    ("Finland's", "Colombian", "Tbilisi", "Pole") in the stretch of the sentence naming the person, between the
    people named around ("Poland's deputy minister, A B, sat next to C D of Sweden": A B is the Pole)."""
    forms = [f for f, (c, _) in vocab.country_forms().items() if c == country] \
        + [n for n, c in vocab.person_nouns().items() if c == country]
    if not forms:
        return ""
    form_regex = re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                            + r")(?![\w-])")
    names = [m for m in reader.person_names if m.end <= pos and m.how != "role"
             and not _mentions.nationality_noun(reader.text, m.start, m.end)]
    for k in range(len(names) - 1, -1, -1):
        m = names[k]
        person = reader.full(m)
        if not person or not _mentions.is_person(person, reader.who) and " " not in person \
                and not given_name(reader.text, m):  # (a call sign is a person's one name: "… the call sign Texas")
            continue
        row = reader.who.speakers.get(person)
        if row is not None and row.country == country:
            return person
        before, after = _stretch(reader, names, k)
        if form_regex.search(reader.text, before, m.start) or form_regex.search(reader.text, m.end, after):
            return person
    return ""


def _resolve(reader: _Reader, mention: Mention, pos: int) -> Mention | None:
    """Give a role or pronoun mention the person it refers to, from the article so far; a country's office no rule
    resolved ("Ukraine's top military officer") is the one the tables give that office that day."""
    found = _resolve_in_article(reader, mention, pos)
    if mention.how == "role" and not mention.speaker and (found is None or not found.speaker):
        holder = _countrys_office_holder(reader, mention)
        if holder:
            return Mention(mention.start, mention.end, holder, mention.as_written, "role")
    return found


def _resolve_in_article(reader: _Reader, mention: Mention, pos: int) -> Mention | None:
    """Give a role or pronoun mention the person it refers to, from the article so far."""
    who = reader.who
    person = _body_person(reader, mention, pos) if mention.how in ("role", "name", "unknown name", "unnamed source") else ""
    if person:
        return Mention(mention.start, mention.end, person, mention.as_written, "role")
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
                or _mentions.full_name(reader.doc, mention.speaker, pos, who)  # "Mr Wallace" after "Ben Wallace"
                or _mentions.full_name_from_first(reader.doc, mention.speaker, pos, who))  # "Taras" after "Taras Hnatyuk"
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
    if mention.how == "role" and re.match(r"(?i)an?\s", mention.as_written):
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
                                                        and _of_bodies(reader, bodies, p) and _of_place(reader, places, p))) \
        or _last_apposed(reader, keys, pos, lambda p, person: (country is None or _person_country(reader, p, person) in ("", country))
                         and _of_bodies(reader, bodies, p) and _of_place(reader, places, p))
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
        # "Defence Minister A B told the board …. The ministry also said": the ministry of the minister who spoke
        # just before, not one the article names only further down
        led = _ministers_body(reader, fits, pos)
        if led:
            return Mention(mention.start, mention.end, led, mention.as_written, "role")
    chosen = earlier[-1] if earlier else (before[0] if before else None)
    if chosen is None and not former and country is not None and len(fits) == 1 and not pd.isna(day) \
            and not mention.as_written[:2].lower() == "a " and _names_the_office(who, role_match, role, fits):
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
        sided = _sided_institution(reader, role, fits, pos)
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
    if chosen is None:  # "the defence minister" with no minister named: keep the words, not a guess
        return Mention(mention.start, mention.end, "", mention.as_written, "unresolved role")
    return Mention(mention.start, mention.end, chosen.speaker, mention.as_written, "role")


def _ministers_body(reader: _Reader, fits: set, pos: int) -> str:
    """The one institution of ``fits`` ("the ministry") that the person of the tables who spoke last before ``pos``
    (among the last three statements) heads: the same country, and a role of his ending in "minister" whose first
    word the body's role opens with ("defence minister" → "defence ministry"); else ""."""
    who = reader.who
    for event in reversed([e for e in reader.events[-3:] if e.pos < pos]):
        person = who.speakers.get(event.speaker)
        if person is None or person.kind != "person":
            continue
        offices = [r.split()[0] for r in person.roles if r.endswith(" minister") and " " in r]
        led = [name for name in fits if who.speakers[name].kind == "organisation" and who.speakers[name].country
               == person.country and any(r.endswith("ministry") and r.split()[0] in offices
                                         for r in who.speakers[name].roles)]
        return led[0] if len(led) == 1 else ""
    return ""


_CAPITALISED_BODY = vocab.TablePattern("capitalised_body", ("speech_words",), lambda: (
    r"(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+){0,4}" + _mentions.ORGANISATION_WORDS.pattern + ")"))
#: "Ukraine's State …" right before a body's name: its country, and capitalised words the name opens with
_COUNTRY_OWNS = re.compile(r"(?<![\w’'-])([A-Z][\w-]+)['’]s\s+((?:[A-Z][\w’'-]*\s+){0,3})$")
_OF_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?")
#: ", the head of Ukraine's military intelligence agency": the body's words make an office "<words> chief"
_HEAD_OF_BODY = re.compile(r",\s+(?:the\s+)?(?:head|chief|director)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*['’]s\s+)?"
                           r"((?:[\w-]+\s+){0,2}?[\w-]+?)(?:\s+(?:agency|service|directorate|department))?\s*$",
                           re.IGNORECASE)
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
_PRESS_OF = re.compile(r"(?i)\bpress\s+(?:service|office|centre|center)\s+of\s+(?:the\s+)?$")


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


_OFFICE_OF = re.compile(r"([a-z]+)\s+of\s+(?:the\s+)?([a-z]+)")


def _office_forms(role: str) -> tuple[str, ...]:
    """An office and its other word order: "secretary of defense" is a "defense secretary", "minister of defence" a
    "defence minister" (and back)."""
    of = _OFFICE_OF.fullmatch(role)
    if of is not None:
        return role, f"{of.group(2)} {of.group(1)}"
    words = role.split()
    return (role, f"{words[1]} of {words[0]}") if len(words) == 2 else (role,)


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
    who = reader.who
    if " " not in role or len(fits) < 2 or any(who.speakers[name].kind != "organisation" for name in fits):
        return ""
    sentence = reader.doc.sentence_at(pos)
    place = _FRONTED_CAPITAL.match(reader.text, sentence.start) if sentence is not None else None
    side = (reader.who.country_of_form.get(place.group(1)) if place else "") \
        or _article_side(reader) or _credited_side(reader, pos)  # a Kyiv dateline's ministry reports Russia's strikes too
    sided = [name for name in fits if who.speakers[name].country == side] if side else []
    return sided[0] if len(sided) == 1 else ""


#: "Russian forces have liberated", "Ukrainian air defences shot down": a side credited with a success, read
#: only when no dateline puts the article on a side (a ministry reports the enemy's strikes and advances too)
_CREDITED = re.compile(r"\b([A-Z][\w’'.-]*)\s+(?:[a-z-]+\s+)?(?:troops|forces|army|military|soldiers|units|"
                       r"air\s+defen[cs]es|navy|air\s+force|aircraft)\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?"
                       r"(?:liberated|captured|taken|took|seized|recaptured|retook|retaken|repelled|repulsed|destroyed|"
                       r"shot|downed|struck|hit|advanced|gained|improved|pushed|thwarted|foiled|intercepted)\b")


# "In Kyiv, the defence ministry said": the sentence is set in one side's capital
_FRONTED_CAPITAL = re.compile(r"\s*In\s+([A-Z][\w’'-]+)\s*,")


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
_COUNTRY_TITLE_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]+?)(?:['’]s)?\s+((?:[A-Z][\w.-]*\s+){1,3})$")


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


#: "the former president", "an ex-minister", "the late general": not the office's holder that day
FORMER = re.compile(r"(?i)\b(?:former|ex-|then-|one-time|late\b)")
_FOR_WHOM = re.compile(r"\s+(?:for|of|at|from|to)\s")
_OWNED_ROLE = re.compile(r"['’]s\s+(?=[a-z])")
#: (a capital of two words too: "the foreign ministry in Abu Dhabi", "in New Delhi")
_SEAT_AFTER = re.compile(r"\s+in\s+([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?)(?![\w’'-])")
_UNIT = re.compile(r"(?i)\b(?:battalion|brigade|regiment|company|platoon|corps|unit)\b")


def _statement_day(reader: _Reader, cues: list, a: int, b: int, anchor):
    """The day a sentence's role nouns are read on: the day given at one of its speech verbs,
    else the publication date (NaT when neither is known)."""
    if cues and any(m.how == "role" for m in reader.known_between(a, b)):
        expressions = reader.dates_between(a, b)
        for cue in cues:
            expression = _date_for_cue(reader.text, cue, expressions)
            if expression is not None:
                day = when.resolve(expression, reader.doc.published, anchor).day
                if not pd.isna(day):
                    return day
    return reader.doc.published


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


_role_index: list = [None, {}]  # [the who-is-who it was built for, role → ((name, country), …)]


def _with_role(who, role: str) -> tuple[tuple[str, str], ...]:
    """(name, country) of every speaker with ``role`` among their roles (or a word of one),
    in table order; looked up once per role (a document has many role mentions)."""
    if _role_index[0] is not who:
        _role_index[:] = [who, {}]
    by_role = _role_index[1]
    found = by_role.get(role)
    if found is None:
        found = by_role[role] = tuple((s.name, s.country) for s in who.speakers.values()
                                      if any(role == r or role in r.split() for r in s.roles))
    return found


def _unnamed_office(reader: _Reader, pos: int) -> Mention | None:
    """The role without a name that spoke at ``pos``, when it names one office of a place ("the
    governor of Mykolaiv region", "the mayor of Kharkiv"): a person the text does not name."""
    sentence = reader.doc.sentence_at(pos)
    if sentence is None:
        return None
    roles = [m for m in reader.mentions_between(sentence.start, pos) if m.how == "role"]
    if roles and _mentions.label_as_written(roles[-1].as_written).endswith(" (unnamed)") \
            and not re.match(r"(?i)an?\s", roles[-1].as_written):
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
    found = _transcript_label(reader, start)
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
                    return Mention(mention.start, mention.end, "", role.as_written, "unresolved role")
                sentence = reader.doc.sentence_at(item.pos)
                same = [w for p, w in reader.unnamed if sentence is not None and sentence.start <= p <= item.pos]
                if same:  # "A senior official told me …. “…,” he said": that unnamed person, by the conventions' label
                    return Mention(mention.start, mention.end, "", same[-1], "unnamed source")
                return Mention(mention.start, mention.end, "", mention.as_written, "unresolved pronoun")
            if _mentions.gender(item.speaker, "", who) in ("", want):
                return found(item.speaker)
        else:
            n -= 1
            m = names[n]
            if reported is not None and reported.start <= m.start < reported.end:
                continue
            if (m.end <= pos and (reader.opens_sentence(m) or _topic_possessive(reader, m, want))
                    and _name_gender(reader, m) in ("", want)):
                return found(reader.full(m))
    for m in reversed(names[:i]):
        if m.end <= pos and _name_gender(reader, m) in ("", want):
            return found(reader.full(m))
    return Mention(mention.start, mention.end, "", mention.as_written, "unresolved pronoun")


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
    return _FIRST_PERSON.search(reader.text, start, cue) is not None


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
    asked = _ASKED_LEAD.match(text, s_start, s_start + colon) if colon > 0 else None
    if colon <= 0 or not _COLON.match(text, s_start + colon) \
            or reader.cues_between(asked.end() if asked is not None else s_start, s_start + colon):
        return None  # ("Asked what they needed, the commander put it in one word: …": the question's verb is no cue)
    if " ".join(head[:colon].replace("’", "'").lower().split()) in _mentions.rubrics():
        return None  # "Correction: …", "Key takeaways: …": the outlet's furniture (claim_words.csv rubric), nobody
    named = _named_before_colon(reader, s_start, s_start + colon)
    if named is not None:  # "Asked …, the woman answers: …" after "… Her name is Halyna": the one so named
        return Cue(s_start + colon, s_start + colon + 1, ":", "speech"), named
    found = reader.mentions_between(s_start, s_start + colon)
    apposed = bool(found) and found[-1].how in ("name", "title", "unknown name") and not text[
        found[-1].end:s_start + colon].strip() and text[s_start:found[-1].start].rstrip().endswith(",")
    found = found[-1:] if apposed else found  # "The brigade's press officer, A B: …": the name that ends the label
    if len(found) == 1 and found[0].how == "pronoun" and found[0].as_written in ("He", "She") \
            and found[0].start == s_start and _SHORT_PREDICATE.fullmatch(text, found[0].end, s_start + colon):
        # "She disagreed: “…”", "He was blunt: “…”": the one the pronoun stands for
        speaker = _resolve(reader, found[0], found[0].start)
        if speaker is not None and speaker.speaker and speaker.how != "unresolved pronoun":
            return Cue(s_start + colon, s_start + colon + 1, ":", "speech"), speaker
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
    speaker = _resolve(reader, found[0], found[0].start)
    if speaker is None or speaker.how in ("country", "unresolved pronoun"):
        return None
    return Cue(s_start + colon, s_start + colon + 1, ":", "speech"), speaker


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
# nothing after the verb but a short phrase and the sentence's end ("…, the mayor said.", "…, it said in its update.")
_POSTPOSED_END = re.compile(r"(?:\s+(?:in|on|at|to|during|via|late|early|reporters|journalists)\b(?:\s+[\w’'-]+){0,5})?"
                            r"\s*(?:[.!?](?:\s|$)|,\s+(?:adding|saying|noting|stressing|explaining|warning|claiming)\b)",
                            re.IGNORECASE)  # ("…, Syrskyi said, adding that …": the verb still comes after what it reports)
_SOURCE_END = re.compile(r"(?:\s+(?!that\b)[\w’'.-]+){1,8}\s*[.!?](?:\s|$)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _content_time(text: str, cue: Cue, expression) -> int:
    """ "On Friday, drones hit the port, the mayor said." / "Drones hit the port on Friday, the mayor
    said.": the verb comes after what it reports, its subject after the last comma, and the day stands
    in the reported clause (words of a clause around it, quotes aside): the day of the event, not of
    the words (§3.5). "On Friday, the mayor said." keeps it. Returns the comma before the subject (0: no)."""
    if _AS_OF_TODAY.search(text, max(0, expression.start - 8), expression.end):
        return 0  # "As of today, 40 ships have left, the port said": the figures of the day's statement
    source = cue.text.lower() in ("according to", "as per")  # "…, according to the mayor.": the source after the verb
    if not (_SOURCE_END if source else _POSTPOSED_END).match(text, cue.end):
        return 0
    comma, longest = text.rfind(",", expression.end, cue.start), 8
    if comma > 0 and not source and not text[comma + 1:cue.start].strip():
        # "…twice on June 4, Natalia H, spokesperson for the southern forces, said": the subject's
        # apposition closes right before the verb; the subject starts after the comma before the name
        comma = text.rfind(",", expression.end, comma)
        comma, longest = (text.rfind(",", expression.end, comma) if comma > 0 else comma), 12
    if comma < 0 or not (0 if source else 1) <= len(text[comma + 1:cue.start].split()) <= longest \
            or re.search(r"[;:“”\"]", text[comma:cue.start]):
        return 0
    start = max(text.rfind("\n", 0, expression.start), text.rfind(". ", 0, expression.start) + 1, 0)
    clause = _QUOTED.sub(" ", text[start:expression.start] + " " + text[expression.end:comma])
    return comma if len(re.findall(r"[A-Za-z]+", clause)) >= 3 else 0


def _date_for_cue(text: str, cue: Cue, expressions):
    # "two years ago" dates a statement only next to its verb ("said two years ago that"): further
    # away it dates an event ("the war began eight months ago")
    # "Monday's attack", "Friday’s strike": a possessive day names an event, not the statement
    # (but "at Monday's briefing", "in Sunday's address": the occasion of the words, after at/in/during
    # only; "said Friday's talks had changed nothing": the subject of what is reported)
    # "in an interview recorded last week and broadcast on Friday": the recording is the occasion of the
    # words, so the day it went out dates nothing (whatever the recording's time names, a day or none)
    expressions = [e for e in expressions if not _PUBLISHED_AFTER_RECORDED.search(text, max(0, e.start - 90), e.start)]
    expressions = [e for e in expressions if (text[e.end:e.end + 2] not in ("'s", "’s")
                   or (_SPEECH_OCCASION_AFTER.match(text, e.end + 2)
                       and (_OCCASION_PREPOSITION.search(text, max(0, e.start - 12), e.start)
                            # "Tuesday's statement by Syrskyi said …": the occasion is the verb's subject
                            or _SUBJECT_OPENING.search(text, max(0, e.start - 8), e.start))))
                   and not _RANGE_AFTER.match(text, e.end)
                   and not _BETWEEN_BEFORE.search(text, max(0, e.start - 45), e.start)]
    # "Three weeks ago, Rubio said": weeks, months or years counted back before the verb place the
    # words roughly and name no day; right after it ("said a month ago that") they read as that day
    expressions = [e for e in expressions if e.kind != "relative_far"
                   or (e.end <= cue.start and len(text[e.end:cue.start].split()) <= 2
                       and not _ROUGH_AGO.search(e.text))
                   or (e.start >= cue.end and len(text[cue.end:e.start].split()) <= 2)]
    before = [e for e in expressions if e.end <= cue.start]
    # "Russia's offensive, which began May 10, has captured …, according to X": the offensive's day
    before = [e for e in before if not _event_before(text, e) and not _relative_event(text, e, cue)]
    if before:
        # "On the night of March 9, drones attacked, the air force said on Sunday": the verb's own day right after it
        after = next((e for e in expressions if e.start >= cue.end), None)
        if after is not None and after.kind != "vague" and (len(text[cue.end:after.start].split()) <= 2 or (
                # "…, a spokesman said at a news conference in Kyiv on Monday": the occasion's day, after it
                len(text[cue.end:after.start].split()) <= _DATE_AFTER_CUE_WORDS and cue.kind != "source"
                and re.match(r"\s*(?:at|in|during)\s", text[cue.end:after.start])
                and not re.search(r"\b[a-z]{3,}ed\b", text[cue.end:after.start])
                and _OCCASION_BEFORE.search(text[cue.end:after.start])
                and not _FINITE.search(text[cue.end:after.start]))) \
                and not re.search(r"[,.;:]|\bthat\b", text[cue.end:after.start]) and text[after.end:after.end + 2] not in ("'s", "’s"):
            return after
        return before[-1]
    opener = _SUBORDINATE_OPENING.search(text, max(0, cue.start - 160), cue.start)
    for e in expressions:
        if e.start >= cue.end:
            between = text[cue.end:e.start]
            if opener is not None and re.search(r",\s+(?:the\s+)?[A-Z]", between):
                return None  # "After US officials praised …, Putin's comments on Thursday …": the main clause's day
            # "said on Friday", "told reporters late Tuesday", "… at a meeting on Thursday": the
            # statement's day; "said Russia's Friday assault …" names the day of an event
            # ("in an interview that aired on Friday": a "that" of the occasion, not of the words)
            if _AS_OF_TODAY.search(text, max(0, e.start - 8), e.end) and len(between.split()) <= _DATE_AFTER_CUE_WORDS \
                    and not re.search(r"[.;:]", between):
                return e  # "reported that, as of today, Russia had lost …": the figures of the day's statement
            if re.search(r"\bthat\b", _PUBLISHED_CLAUSE.sub(" ", between)) or len(between.split()) > _DATE_AFTER_CUE_WORDS:
                return None
            if cue.kind == "source" and len(between.split()) <= 5 and not re.search(r"[,.;:]|\b(?:that|had|has|have|was|were)\b",
                                                                             between) \
                    and text[e.end:e.end + 2] not in ("'s", "’s") and _occasion_after_day().match(text, e.end):
                return e  # "according to the General Staff's Tuesday update", "according to a Tuesday statement by X"
            if re.search(r"[’']s\s*$", between):
                continue  # "Russia's Friday assault": the day of an event
            event = _EVENT_VERB_BEFORE.search(between)
            if event is not None and event.group(1).lower() not in _words("publishing_verb") \
                    and event.group(1).lower() not in cue_table()[0]:
                continue  # "said the assault launched on January 3 had failed": the day of the assault
            sub = _EVENT_CLAUSE.search(between)
            if sub is not None and _CLAUSE_VERB.search(between, sub.end()):
                continue  # "said in a video address after a strike killed 18 people on Friday": the strike's day
            if (_FINITE.search(between) or _SUBJECT_PAST.search(between)) and not _OCCASION_BEFORE.search(between):
                continue  # "said Russian forces had launched an assault on the town on Tuesday": the assault's day
            if cue.kind == "source" and "," in between and not _OCCASION_BEFORE.search(between) \
                    and _CLAUSE_VERB.search(between.rsplit(",", 1)[1]):
                continue  # "According to TASS, Russian forces repelled an attack on Saturday": the attack's day
            if cue.kind == "source" and "," in between \
                    and re.fullmatch(r"\s*(?:(?:late|early)\s+)?(?:on|in)?\s*", between.rsplit(",", 1)[1]) \
                    and not _OCCASION_BEFORE.search(between) \
                    and _CLAUSE_VERB.search(re.split(r"[,;:.“”\"]", text[e.end:e.end + 80], maxsplit=1)[0]):
                continue  # "According to him, on 12 October alone the enemy carried out 47 assaults": the assaults' day
            if (e.kind in ("relative", "relative_far") or _DATE_INTRODUCER.search(between) or not between.strip(" ,")
                    or _SELF_INTRODUCED.match(e.text)  # "told a conference in Kyiv last Friday": as "on Friday"
                    or _SMALL_HOURS.fullmatch(between)  # "said in the early hours of Friday that"
                    # "said in its Sunday morning summary that": the day heads the occasion the words came in
                    or (_IN_ITS.fullmatch(between) and _occasion_after_day().match(text, e.end))
                    or text[e.end:e.end + 2] in ("'s", "’s")  # "said in Monday's nightly address" (kept above: an occasion)
                    or re.match(r"\s*(?:[,.;:(]|$)", text[e.end:e.end + 2])
                    # AP style, no "on": "said in his nightly address Wednesday", "told a meeting of officers Tuesday"
                    or (e.kind == "weekday" and e.text[:1].isupper() and _OCCASION_BEFORE.search(between)
                        and not re.search(r"\b(?:the|a|an|its|his|her|their|this|that|last)\s+$", between, re.IGNORECASE))
                    # "told reporters Tuesday that": the addressee, then the day
                    or (len(between.split()) <= 3 and "," not in between
                        and re.match(r"\s*that\b", text[e.end:e.end + 8]))):
                return e
    return None


# "as of today" (the publication day): the state of things the statement reports, on its day
_AS_OF_TODAY = lazy_fail_fast(r"(?i)\bas\s+of\s+(?:today|this\s+morning|tonight)\b")
# a subordinate clause of an event between the speech verb and a day: the day is the event's
_EVENT_CLAUSE = re.compile(r"\b(?:after|following|since|because|until)\s+(?!(?:the|a|an|its|his|her)\s+"
                           r"(?:[\w-]+\s+){0,2}(?:meeting|talks|briefing|summit|call|session|conference)\b)")
# a verb of a clause after "according to X,": what the source reports
_CLAUSE_VERB = re.compile(r"\b(?:[a-z]{3,}ed|had|has|have|was|were|is|are|would|will|took|struck|shot|hit|fell|won|lost|"
                          r"began|fought|sank|broke|made|came|went)\b")
# a verb in a clause that opens the sentence with a subordinator ("After US officials praised …,")
_SUBORDINATE_OPENING = lazy_fail_fast(r"(?:^|[.!?]\s+|\n\s*)(?:After|Before|While|When|Since|Although|Though|Once|Until)\s+"
                                      r"[^.;:!?\n]*$")
_ROUGH_AGO = re.compile(r"(?i)\b(?:weeks?|months?|years?)\s+ago\b")
# "on the night of June 16 to 17", "May 3-4": a span of days is the time of an event, not of the words
_RANGE_AFTER = re.compile(r"\s*(?:to|into|[-–])\s*\d")
# "between January 1 and May 31": both ends of a period
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:[^,.;]{1,30}\s+and\s+)?$", re.IGNORECASE)
_SUBJECT_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# an occasion of speech after a possessive day: "Monday's briefing", "Sunday's televised address"
_OCCASION_PREPOSITION = re.compile(r"\b(?:at|in|during|told|tells|addressed|addresses)\s+$", re.IGNORECASE)
_SPEECH_OCCASION_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:briefing|address|speech|interview|remarks|statement|"
                                    r"(?:news|press)\s+conference|call|meeting|session|talks|summit|post|video)\b")
# a verb of the reported event right before the date phrase: "the assault launched on January 3"
_EVENT_VERB_BEFORE = re.compile(r"\b([a-z]{3,}ed|began|begun|took|struck|fought|shot|hit|fell|won|lost|came|went|"
                                r"seen|made|held|met|sank|blew|broke)\s+(?:on\s+|late\s+|early\s+|on\s+the\s+)?$")
# a finite verb of the reported clause between the speech verb and the day: the day is the content's
# ("said troops had crossed the river on Friday"), unless an occasion of speech stands right before
# it ("said Russia was ready for talks in an interview on Sunday")
# a subject and its past verb in the reported clause ("said Ukraine expected the offensive … on February 24"),
# not an occasion put out or held ("in an interview with the BBC published on Friday")
_SUBJECT_PAST = re.compile(r"\b(?:[A-Z][\w’'-]*|he|she|they|it|we|troops|forces|units|soldiers|drones|missiles|rockets|"
                           r"shells|bombs|strikes|attacks|jets|aircraft|brigades)\s+(?!(?:published|released|aired|"
                           r"broadcast|posted|issued|recorded|televised|filmed|delivered|convened|held|hosted|"
                           r"chaired|organised|organized|scheduled|planned)\b)(?:[a-z]{3,}ed|struck|hit|shot|fell|took|"
                           r"fought|broke|sank|flew|lost|won|began)\b")
_FINITE = re.compile(r"\b(?:had|has|have|was|were|is|are|would|will)\b")
_OCCASION_BEFORE = re.compile(r"\b(?:interview|address|speech|briefing|conference|statement|update|post|remarks|comments|video|"
                              r"speaking|talking|addressing|writing|appearing|"
                              r"meeting|session|call|message|appearance|broadcast|television|TV|radio|reporters|journalists"
                              r"|Telegram|Facebook|X|Twitter)\b(?:\s+[\w’'-]+){0,4}\s+(?:on\s+|late\s+|early\s+)?$")
# ", who had returned from the trenches the night before, said": the day of the relative clause's own doing
# (", whose brigade lost the village on Tuesday, said": the doing of something of the subject's)
_RELATIVE_DOING = re.compile(r",\s*(?:who|which|whose\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s+(?:had\s+|has\s+|have\s+)?"
                             r"(?:(?:just|only|also|recently)\s+)?"
                             r"([a-z]{3,}ed|came|went|fought|took|left|fled|lost|won|flew|drove)\b[^,;:“”\"]*$")


# ", appointed commander-in-chief two weeks earlier, said": an apposition opened by a participle of
# the subject's own doing (not one of being asked or reached for the words)
_APPOSED_DOING = re.compile(r",\s*(?:(?:newly|recently|only|just|first)\s+)?(?!(?:interviewed|questioned|quoted|contacted|"
                            r"reached|briefed|cited|pressed|approached)\b)([a-z]{3,}ed|sworn|chosen|taken|driven|"
                            r"beaten|shot|hit|left)\b[^,;:.!?\n“”\"]*$")


def _relative_event(text: str, e, cue) -> bool:
    """A day inside a relative clause about the subject, closed by a comma before the verb, whose own
    verb is no speech, publishing or meeting verb ("Tykhyi, who had returned from the trenches the
    night before, said …"; "Koval, appointed army chief two weeks earlier, said …"): the day of that
    doing, not of the words ("X, who spoke on Friday, said": still the words' day)."""
    clause = _RELATIVE_DOING.search(text, max(0, e.start - 100), e.start) \
        or _APPOSED_DOING.search(text, max(0, e.start - 100), e.start)
    if clause is None or not re.match(r"[^,.;:“”\"]{0,40},", text[e.end:cue.start]):
        return False
    verb = clause.group(1).lower()
    return verb not in cue_table()[0] and verb not in _words("publishing_verb") | _words("meeting_verb")


def _event_before(text: str, e) -> bool:
    """A day right after a verb of an event ("which began May 10", "launched on Friday"), not of a
    meeting or of speech: the day of that event."""
    verb = _EVENT_VERB_BEFORE.search(text, max(0, e.start - 30), e.start)
    return verb is not None and verb.group(1).lower() not in _words("publishing_verb") | _words("meeting_verb") \
        and verb.group(1).lower() not in cue_table()[0]


_SELF_INTRODUCED = re.compile(r"(?i)(?:last|this\s+past)\s")
_IN_ITS = re.compile(r"(?i)\s*(?:in|at|during)\s+(?:its|his|her|their|the|a|an)\s+")


def _occasion_after_day() -> re.Pattern:
    """After a day: up to two words (a part of the day, "nightly") and an occasion of words, a ``statement_noun`` of
    ``data/speech_words.csv`` or a gathering ("Sunday morning summary", "Friday evening video address") (built once)."""
    def build():
        nouns = sorted(_words("statement_noun") | {"summary", "speech", "remarks", "call", "meeting", "session",
                                                   "conference", "talks", "summit"}, key=len, reverse=True)
        # (a platform's name among the words: "in a Tuesday night Telegram post")
        return re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,2}(?:" + trie_pattern(nouns) + r")s?\b")
    return vocab.compiled("occasion_after_day", ("speech_words",), build)
_SMALL_HOURS = re.compile(r"(?i)\s*in\s+the\s+(?:early|small|late)\s+hours\s+of\s+")
_DATE_INTRODUCER = lazy_fail_fast(r"(?:\bon|\blate|\bearly|\bthis|\bon\s+the|,|\b(?:published|released|aired|broadcast|"
                                  r"posted|issued|dated)|\b(?:morning|afternoon|evening|night|hours)\s+of)\s*$",
                                  re.IGNORECASE)  # "in an interview published Tuesday", "on the evening of March 5"
# ("wrote in a Telegram post in the early hours of Thursday": an occasion, then the small hours of its day)
_PUBLISHED_AFTER_RECORDED = re.compile(r"\b(?:recorded|conducted|taped|filmed|given)\s+[^.;:“”\"]{1,60}?\s+(?:and|but)\s+"
                                       r"(?:was\s+|were\s+)?(?:only\s+)?(?:aired|published|released|broadcast|posted|"
                                       r"televised|shown)\s+(?:on\s+)?$", re.IGNORECASE)
_PUBLISHED_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:was\s+|were\s+)?(?:aired|published|released|broadcast|posted|"
                               r"issued)\b", re.IGNORECASE)
