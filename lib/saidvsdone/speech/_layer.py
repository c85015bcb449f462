"""The speech layer of a document and the pass that builds it: :class:`Speech` (the acts, quote readings and events of
one article) and :func:`analyse`, which reads every sentence's cues, subjects, speakers and dates into it."""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field, replace

import pandas as pd

from saidvsdone import mentions as _mentions
from saidvsdone import vocab, when
from saidvsdone.matcher import trie_pattern
from saidvsdone.mentions import Mention

from ._acts import heard_report, _any_start_in, _words, _coordinated_before, _evening_occasion, _Event, _inside, _STAMP_ONLY, Cue, QuoteReading, SpeechAct
from ._names import _nicknames, _office_holders, _OFFICE_OF_PLACE, _pen_names, fronted_capital, given_name, group_back_reference, sided_group, speaking_group_head
from ._speakers import _Reader, heading_quote
from ._subjects import _statement_asides, _subject_of
from ._layout import (
    _colon_introducer, _dateline_day, _day_headers, _run_in_days, _recording_day, _post_stamps, _stamped_posts, _prose_reach, _reach_scene, _STAMP_LINE,
    _STAMPED_KINDS,
)
from ._occasions import (
    _according_event_day, _addressed_outlet, _addressees, _AFTERWARDS, _again, _AGAIN_GUARD, _appearance, _as_of_today, _asked_before,
    _back_at_spot, _BACK_WORDS, _body_goes_on, _body_voice, _continues_appearance, _dated_document, _EARLIER_FRONTED,
    _earlier_occasion, _encounter_scene, _follow_passage, _FRONTED_YEAR, _gathering_dated_after, _group_lede,
    _group_members, _headline_quotes, _institution_side, _interview_dated_after, _in_it_day, _in_life_aside, _issued,
    papers_day, papers_voice, press_review_words, _LATER_AT, _later_day,
    _later_scene, _lede_briefing, _opened_scene, _NEW_CLAUSE, _OWN_OCCASION, _PERFECT_BEFORE, _PLUPERFECT_BEFORE, _readout_day,
    _reporters_present, _scene_day, _scene_passage, _SCENE_PARTICIPLE, _SEPARATE_WORDS, _separately, _stated_by, _summaries,
    _THAT_TIME, _the_document, _the_gathering, _THE_MEETING, _then_doing, _TODAY, _unnamed_group, _WHILE_CLAUSE, until_bound,
)
from ._dates import (
    _alongside, _at_that_time, _at_the_time, _body_spokespeople_dates, _CAME, _came_after, _content_time, _counted_from_event,
    _country_body_dates, _date_for_cue, _dated_statement_just_before, _embedded_before, _when_clause_day, _EVE_OF, _event_before, _event_end_day, _gathering_named_before,
    _joint_subject, _last_named_day, _later_going_on, _named_day_before, _other_side, _other_side_unnamed, _relays, _said_at_the_time, _SAME_DAY,
    _SAME_GATHERING, _SAME_OCCASION, _speaks_as_person, _spokespeople_dates, _statement_day, _statement_made_at,
    _TIME_TO_COME, _institution_goes_on_dates, _nth_day_of_gathering,
    _told_the_one_there, _unnamed_dated_before, _unnamed_dated_next, _unnamed_then_named, _until_then,
)


# a turn after a named speaker at the same occasion: "B, who spoke after A, said", "Speaking right after A, B said",
# "took the floor after A" (group 1: A's name as written) (dt37); the name ends the phrase (not "who spoke after Putin
# took office": a clause whose subject is the name). The turn's verbs and adverbs are the ``turn_after_verb`` and
# ``turn_after_adverb`` words of data/speech_words.csv, as written (a participle opening a fronted phrase, "Speaking",
# "Taking the floor", read with a capital first letter too)
_SPOKE_AFTER = vocab.TablePattern("spoke_after", ("speech_words",), lambda: (
    r"\b(?:" + (trie_pattern(_turn_after_verbs(), spaces=True) or "(?!)") + r")\s+(?:(?:"
    + (trie_pattern(vocab.speech_words()["turn_after_adverb"]) or "(?!)") + r")\s+)?after\s+"
    r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)(?![\w’'-])(?=\s*[,;.)]|\s+(?:at|in|on|during)\b)"))


def _turn_after_verbs() -> set[str]:
    """The ``turn_after_verb`` words, and a participle's ("speaking", "taking the floor") with a capital first letter."""
    words = vocab.speech_words()["turn_after_verb"]
    return set(words) | {w[:1].upper() + w[1:] for w in words if w.split()[0].endswith("ing")}


# an update paragraph stamped with a clock time and no day ("Update, 10:30 GMT:", "UPDATE 14.05:"): the page's day (dt24)
_UPDATE_AT_CLOCK = re.compile(r"\s*(?:UPDATE|Update|Updated|UPDATED)\s*[,:]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*"
                              r"(?:[ap]\.?m\.?\s*)?(?:GMT|BST|CET|CEST|EET|EEST|UTC|ET|EST|EDT|local\s+time|Kyiv\s+time)?\s*[:—–-]")


@dataclass
class Speech:
    """The speech layer of one document (see the package docstring, :mod:`saidvsdone.speech`)."""

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
    #: speaker → [(end, day, words)] of the sentences each spoke in, in a dated meeting's passage (``meetings``): the day
    #: their later undated words go on with, as after their own dated statement (dt23)
    meeting_words: dict = field(default_factory=dict)
    #: the (day, words) of the dated press conferences and briefings whose passages feed ``meeting_words``
    briefings: set = field(default_factory=set)
    #: the (day, words) of the dated sittings (a debate, a trial, a funeral, words told to MPs or a court) whose
    #: passages admit only their participants (dt26)
    sittings: set = field(default_factory=set)
    #: those of ``sittings`` that are a legislature's (a ``legislature_word`` in the sentence that opened it: "told the
    #: European Parliament on Wednesday"): only there does a member or party word tie a speaker to it (rv25fixb)
    legislature_sittings: set = field(default_factory=set)
    #: (day, words, speaker) of those who spoke in a dated briefing's passage on an occasion of their own ("Y told
    #: journalists …" after the ministry's daily briefing): their later words in it are not the briefing's either (dt31)
    briefing_outsiders: set = field(default_factory=set)
    #: a dated meeting's passage interrupted by a flashback in the pluperfect ("X had said last week …"): the passage
    #: the next sentence with no time of its own goes back to (dt24)
    suspended: tuple | None = None
    #: a recorded programme's stamp in the page's head ("Recorded Monday 10 March"): (start, end, day, words), the
    #: part of the page that tells the episode and the day its words were said (dt23)
    recorded: tuple | None = None
    #: where the headline's block ends (the title and its decks, standfirsts: the sentences read as headline)
    heads_end: int = 0
    #: dated gatherings of the article in text order ("Putin chaired a meeting … on Tuesday"): (position, day, words)
    gatherings: list[tuple] = field(default_factory=list)
    #: the passage each dated gathering opened, by its entry of ``gatherings``: a sentence that names the gathering again ("Speaking to the
    #: council, X said" after a background paragraph) goes back to it, its holder's side and people (dt37)
    gathering_passages: dict = field(default_factory=dict)
    #: dated broadcasts and interviews of the article in text order ("in an interview shown Thursday"): (position,
    #: day, words); "said on the broadcast" below refers back to the last one (dt22)
    broadcasts: list[tuple] = field(default_factory=list)
    #: dated programmes and interviews the copy may return to as the occasion of other voices ("Also on the programme,
    #: X said", "Later in the show, Y told listeners", the presenter who asked): the broadcasts above and the dated words
    #: of one speaking to an outlet ("was speaking to Meridian's Morning Report on Thursday"): (position, day, words,
    #: the speakers of the sentence) (dt28)
    programmes: list[tuple] = field(default_factory=list)
    #: documents the article dates by their publication ("in a report released on Tuesday"): (end, day, words, noun)
    documents: list[tuple] = field(default_factory=list)
    #: scenes set by a fronted time ("On a grey Tuesday morning, Colonel X walked …"): (start, end, day, words); those
    #: who speak in them with no day of their own spoke that day
    scenes: list[tuple] = field(default_factory=list)
    #: undated sentences that name an occasion of their own ("in an interview with CNN, X said")
    own_occasions: list[tuple[int, int]] = field(default_factory=list)
    #: a live blog's day headers, (start, end, day, words): the posts under one were written that day
    headers: list[tuple] = field(default_factory=list)
    #: the headers that are a post's own dated stamp ("Wed 8 Mar 2023 10.05 GMT"): where each starts (dt20)
    stamp_posts: frozenset = frozenset()
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
    #: sentence start → its "according to X" whose unnamed X opens the words another voice's verb introduces ("X said
    #: that, according to Y, …"), kept out of ``acts`` (no speaker of quotes): the claims table reads each as a second
    #: voice (nested attribution; cl28)
    inner_sources: dict[int, list] = field(default_factory=dict)
    #: citing cue start → the act of the voice "X cited Y as claiming …" names (``CITED_AS``): Y says the words too,
    #: on the day after the participle; the citing act itself has no day (claims give each voice a row; cl28, rv25d)
    cited_voices: dict[int, SpeechAct] = field(default_factory=dict)
    #: where the headline ends (its words with no day take the body's day for the same speaker)
    headline_end: int = 0
    #: every unnamed person the article introduces ("a senior US official"), indexed (see ``_introductions``)
    introductions: dict = field(default_factory=dict)
    #: named people the copy first introduces, with a role of their own apposed ("Hiroshi Kanda, a professor at …,
    #: said"), inside the passage of a dated press conference or briefing: voices the reporter sought out, no
    #: participants of the host's briefing (dt38)
    outside_voices: frozenset = frozenset()
    #: sentence start → the media it names as conduits ("told TASS", "according to Interfax", "told the agency")
    conduits: dict[int, tuple[str, ...]] = field(default_factory=dict)

    _by_sentence: tuple = field(default=(-1, {}), repr=False, compare=False)
    _dated_order: list = field(default_factory=list, repr=False, compare=False)
    _meeting_counts: dict = field(default_factory=dict, repr=False, compare=False)  # (see _said_there)
    _dated_positions: dict = field(default_factory=dict, repr=False, compare=False)  # (see perfect_after_dated)

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

    def placed_earlier(self, pos: int) -> tuple | None:
        """The earlier occasion ``pos`` is placed on ("Earlier, he had told …", "last week"; ``earlier``), as its
        (start, end, word), else None: read by ``fallback_date`` and the claims' dating."""
        i = bisect_right(self.earlier, (pos, float("inf"), ""))
        return self.earlier[i - 1] if i and self.earlier[i - 1][0] <= pos < self.earlier[i - 1][1] else None

    def fallback_date(self, speaker: str, pos: int, published) -> tuple:
        """The date of words with no date of their own: the same speaker's dated statement
        (the last before ``pos``, else the first after), or the day of what the speaker was last
        doing just before ("Putin chaired a meeting on Friday. “…,” he said": the same occasion);
        else NaT: the article does not say when they were said (the publication date is a bound,
        not the day). Words placed on an earlier occasion ("Earlier, he had told …", "last
        week") take no other statement's day."""
        earlier = self.placed_earlier(pos)
        if earlier is not None:
            return pd.NaT, f"an earlier occasion (‘{earlier[2]}’): no day"
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
            after = next((e for e in events if e.pos > pos and not pd.isna(e.date) and not e.back and not e.again), None) \
                if before is None and header[0] in self.stamp_posts else None
            if after is not None:
                # a post stamped with its day ("Wed 8 Mar 2023 15.10 GMT") restating words dated further down: in the
                # post ("Shoigu has said …. Speaking at a meeting on Tuesday, Shoigu said …") or in an older post
                # below a recap (dt20)
                return after.date, f"same speaker, ‘{after.date_text}’ → {after.date.date()}"
            return header[2], f"day header, ‘{header[3]}’ → {header[2].date()}"
        i = bisect_right(self.meetings, (pos, float("inf")))
        # (the speaker's last words placed on an earlier occasion, with no day ("He quotes X as telling officers in
        # January"), before the dated gathering or scene that holds ``pos`` opened: a look back the narration has moved
        # on from, as if there were none (dt33))
        flashback = before is not None and pd.isna(before.date)
        if flashback and i and self.meetings[i - 1][0] <= pos < self.meetings[i - 1][1]:
            held = self.meetings[i - 1][2:]
            opened = next((g[0] for g in reversed(self.gatherings) if g[0] <= pos and tuple(g[1:]) == held), None)
            if opened is not None and before.pos < opened:
                before = None
        if before is None and not own and i and self.meetings[i - 1][0] <= pos < self.meetings[i - 1][1] \
                and not (speaker in self.outside_voices and tuple(self.meetings[i - 1][2:4]) in self.briefings):
            # another participant in the passage about a dated meeting, with no day of their own (not a voice the
            # copy introduces there with a role of its own, "X, a professor at …, said", after a press conference:
            # the reporter's source, not the host's briefing; dt38)
            day, words = self.meetings[i - 1][2], self.meetings[i - 1][3]
            return day, f"same meeting, ‘{words}’ → {day.date()}"
        # (the latest scene that holds ``pos`` with no new time cue since: "On Friday morning we drove on" ends
        # Thursday night's scene)
        scene = next((x for x in sorted((x for x in self.scenes if x[0] <= pos < x[1]), key=lambda x: -x[0])
                      if bisect_left(self.date_starts, pos) == bisect_right(self.date_starts, x[0])), None)
        if flashback and before is not None and scene is not None and before.pos < scene[0]:
            before = None
        if before is None and not own and not seen and scene is not None \
                and not _any_start_in(self.earlier, scene[0] + 1, pos + 1):
            # another person speaking in a dated scene ("Her deputy, Captain X, was more blunt"), nothing new between
            return scene[2], f"same scene, ‘{scene[3]}’ → {scene[2].date()}"
        if own and not (seen and seen[-1][0] in self.speaking_doings):
            seen = []  # "In an interview with CNN, Zelensky said": not the occasion of the doing before
        if seen and (before is None or seen[-1][0] > before.pos) \
                and (seen[-1][5:] == (True,)
                     or bisect_left(self.date_starts, pos) == bisect_right(self.date_starts, seen[-1][4])):
            # no other day named in between (a scene: none of the speaker's own): the same occasion
            return seen[-1][2], f"same occasion, ‘{seen[-1][3]}’ → {seen[-1][2].date()}"
        said_there = self._said_there(speaker, pos) if speaker else None  # (ended)
        if said_there is not None and not own and before is None and not seen \
                and said_there[1] > 1:  # (took questions there, not a word)
            # the same speaker going on after words said at a dated meeting ("Asked about losses, the general said
            # only …" below his briefing's passage): that meeting's day, as after a dated statement of his (dt23)
            _, day, words = said_there[0]
            return day, f"same speaker, at the meeting of ‘{words}’ → {day.date()}"
        if events and before is None:
            # the first after: only a dated one (words a later sentence places on an earlier occasion,
            # "Last week, he told …", govern nothing before them)
            events = [e for e in events if not pd.isna(e.date) and not e.back and not e.again]
            if own:  # "In his New Year's address, X said …" is not the later "In Monday's address, X said …"
                events = [e for e in events if not _inside(self.named_occasions, e.pos)]
            if pos < self.heads_end and not pd.isna(published) and len(events) > 1:
                # a headline tells the news: of the speaker's dated words below, those of the week before the page
                # first, not a year-old statement a look back quotes ("Moscow says its goals are unchanged" over
                # "Putin said that morning a year ago …. In his address on Tuesday, Putin said …") (dt23)
                week = published.normalize() - pd.Timedelta(days=7)
                events = sorted(events, key=lambda e: not (week <= e.date <= published.normalize()))
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
        if self.recorded is not None and self.recorded[0] <= pos < self.recorded[1]:
            # words of a recorded episode with no day of their own (its deck, a pulled quote): the recording's (dt23)
            return self.recorded[2], f"the episode recorded ‘{self.recorded[3]}’ → {self.recorded[2].date()}"
        if pd.isna(published):
            return pd.NaT, "undated article"
        return pd.NaT, f"no day given (published {published.date()})"


    def _said_there(self, speaker: str, pos: int) -> tuple | None:
        """(the last of ``speaker``'s ``meeting_words`` that ended at or before ``pos``, how many of those so far name its
        (day, words)), None when none has: read by bisection from counts kept per speaker (sp22: a scan of the speaker's
        whole list per undated statement grew with the square of a long text). ``meeting_words`` lists are in text
        order (appended sentence by sentence)."""
        said = self.meeting_words.get(speaker)
        if not said:
            return None
        counted = self._meeting_counts.get(speaker)
        if counted is None or counted[0] != len(said):
            seen, counts = {}, []
            for m in said:
                seen[m[1:]] = seen.get(m[1:], 0) + 1
                counts.append(seen[m[1:]])
            counted = self._meeting_counts[speaker] = (len(said), [m[0] for m in said], counts)
        k = bisect_right(counted[1], pos)
        return (said[k - 1], counted[2][k - 1]) if k else None

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
        events = self.dated_events.get(speaker)
        if not events:
            return False
        # (the latest of the speaker's dated words before the verb, from their positions kept sorted per speaker:
        # a scan of all of them per present perfect grew with the square of a long text, sp22; the lists only grow
        # by appending or are replaced whole)
        kept = self._dated_positions.get(speaker)
        if kept is None or kept[0] is not events or kept[1] > len(events):
            kept = self._dated_positions[speaker] = [events, len(events), sorted(e.pos for e in events)]
        elif kept[1] < len(events):
            for e in events[kept[1]:]:
                insort(kept[2], e.pos)
            kept[1] = len(events)
        k = bisect_left(kept[2], cue_start)
        return bool(k) and "\n" in text[kept[2][k - 1]:cue_start]


# a plain role apposed to a name at its first mention, up to its closing comma: "Hiroshi Kanda, a professor of … at a
# university in Sapporo,", "Ivan Sereda, a spokesman for one of the brigades involved," (not a relative clause that may
# tie the person to the occasion: "a deputy minister who sat beside him" (the ``beside_word`` words of
# data/speech_words.csv), nor one running on to the sentence's end)
_APPOSED_ROLE = vocab.TablePattern("apposed_role", ("speech_words",), lambda: (
    r",\s+(?:a|an)\s+[a-z](?:(?!\b(?:who|whom|whose|which|that|"
    + (trie_pattern(vocab.speech_words()["beside_word"], spaces=True) or "(?!)") + r")\b)[^,.;:\n]){0,160},"))


def _briefing_outsiders_introduced(doc, layer: Speech) -> frozenset:
    """The named people whose first mention, a name with a role apposed (``_APPOSED_ROLE``), stands in the passage of a
    dated press conference or briefing (``meetings`` whose (day, words) is one of ``briefings``): the copy introduces
    them there as voices of their own, not as the host's (dt38). One pass over the speech acts' speakers."""
    if not layer.briefings or not layer.meetings:
        return frozenset()
    first: dict[str, int] = {}
    for m in sorted((a.speaker for a in layer.acts if a.speaker.speaker), key=lambda m: m.start):
        if m.speaker not in first:
            first[m.speaker] = m.end if m.how in ("name", "unknown name") else -1
    outside = set()
    for speaker, end in first.items():
        if end < 0:
            continue  # (first heard as a role or pronoun: named before, or no introduction here)
        i = bisect_right(layer.meetings, (end, float("inf")))
        if i and layer.meetings[i - 1][0] <= end < layer.meetings[i - 1][1] \
                and tuple(layer.meetings[i - 1][2:4]) in layer.briefings and _APPOSED_ROLE.match(doc.text, end):
            outside.add(speaker)
    return frozenset(outside)


# a dated occasion that went out on air ("in an interview that aired Thursday", "in remarks broadcast on Friday")
_AIRED = re.compile(r"\b(?:aired|broadcast|televised|interview)\b")
# the same broadcast named again right after the verb: "said on the broadcast", "told the programme"
_THE_BROADCAST = re.compile(r"\s+(?:(?:on|during|in)\s+)?the\s+(?:same\s+)?(?:broadcast|programme|program|show|interview)\b")


def _the_broadcast(reader, layer: Speech, s_start: int, s_end: int, cue_subjects) -> tuple | None:
    """(day, words) for words said "on the broadcast" (the programme, the interview) with no day of their own: the
    definite noun refers back to the article's last dated broadcast or interview, unless a new time cue comes in
    between (dt22)."""
    cue = next((c for c, subject in cue_subjects if subject is not None and subject.speaker), None)
    if cue is None or not _THE_BROADCAST.match(reader.text, cue.end) or reader.dates_between(s_start, s_end):
        return None
    pos, day, words = layer.broadcasts[-1]
    # (a new time cue of a statement between, "Last week, X told …", places those words elsewhere; times inside
    # what is reported, "had retaken villages in recent weeks", do not)
    if pd.isna(day) or _any_start_in(layer.earlier, pos + 1, s_start):
        return None
    return day, f"{words} (the broadcast)"


#: the source opening the words another voice's verb introduces ("said on Thursday that, according to X, …"; cl28)
THAT_BEFORE_SOURCE = re.compile(r"\bthat\s*,?\s*$")
#: "cited the ministry as", "quoted a commander as" right before an -ing speech verb: another's words relayed, the
#: cited voice the group ``np`` (claims give it a row of its own; not "quoted by RIA as": a medium carrying them)
CITED_AS = re.compile(r"\b(?:cited|cites|cite|citing|quoted|quotes|quote|quoting)\s+(?!by\s)"
                      r"(?P<np>[^,.;:“”\"]{2,70}?)\s+as\s+$")


# a sentence opening on the programme the copy told of ("Also on the programme,", "Later in the show,", "Earlier in the
# broadcast,"), or words told to its audience ("told listeners", "told viewers") (the broadcast: a ``programme_noun`` word
# of data/speech_words.csv)
_ON_THE_PROGRAMME = vocab.TablePattern("on_the_programme", ("speech_words",), lambda: (
    r"(?:(?:Also|Later|Earlier|Elsewhere)\s+)?(?:[Oo]n|[Ii]n|[Dd]uring)\s+the\s+(?:same\s+)?(?:"
    + (trie_pattern(vocab.speech_words()["programme_noun"], spaces=True) or "(?!)") + r")\s*,"))
_TOLD_AUDIENCE = re.compile(r"\s+(?:the\s+)?(?:listeners|viewers|the\s+audience)\b")
# the verbs of a presenter's question: "“Can you hold it?” Quill asked.", "The presenter asked:", "she pressed him"
_QUESTION_CUE = frozenset({"asked", "asks", "pressed", "presses"})
# "speaking to Meridian's Morning Report", "spoke to the BBC's Today programme", "told Radio Svoboda": the name of an
# outlet or programme after the verb
_TO_OUTLET = re.compile(r"\s+(?:to\s+|with\s+)?(?:the\s+)?(?:[A-Z][\w’'-]*(?:[’']s)?\s*){1,4}")
_SPEAKING_TO = frozenset({"speaking", "spoke", "talking", "talked", "told"})


def _spoke_to_outlet(reader, cue_subjects, s_end: int) -> bool:
    """Whether a dated speech verb of the sentence is one of speaking to an outlet or a programme named after it
    ("Yarmak was speaking to Meridian's Morning Report on Thursday"), not to a person ("told Putin on Monday") (dt28)."""
    text = reader.text
    for cue, subject in cue_subjects:
        if subject is None or not subject.speaker or cue.text.lower() not in _SPEAKING_TO:
            continue
        named = _TO_OUTLET.match(text, cue.end, s_end)
        if named is None or (cue.text.lower() != "told" and not re.match(r"\s+(?:to|with)\s", text[cue.end:cue.end + 6])):
            continue
        found = reader.mentions_between(cue.end, named.end())
        # (an unknown name with a possessive inside is a programme's: "Meridian's Morning Report")
        if not any(m.speaker and _mentions.is_person(m.speaker, reader.who)
                   and not (m.how == "unknown name" and re.search(r"\w[’']s\s", m.speaker)) for m in found):
            return True
    return False


# "The interview came a day after …", "The broadcast came two days after …": counted from the dated programme (dt28)
_PROGRAMME_CAME = re.compile(r"\s*(?:The|That|This|His|Her|Their)\s+(?:[\w’'-]+\s+){0,2}?"
                             r"(?:interview|programme|program|broadcast|show|podcast)\s+came\b")


def _programme_came(layer: Speech, text: str, s_start: int) -> bool:
    """Whether the sentence opens "The interview came …" after a dated programme (``_PROGRAMME_CAME``)."""
    return bool(layer.programmes) and not pd.isna(layer.programmes[-1][1]) and _PROGRAMME_CAME.match(text, s_start) is not None


def _the_programme(reader, layer: Speech, s_start: int, s_end: int, cue_subjects) -> tuple | None:
    """(day, words) for words of another voice on a dated programme or interview the copy told of, with no day of their
    own: a sentence opening on it ("Also on the programme, retired general X said …", "Later in the programme, Col X
    told listeners …") or the presenter's question in its passage (a question mark in the sentence: "“Can you hold
    it?” Quill asked.", while the last dated words above are the programme's). A new dated programme takes over; a day
    of the sentence's own was read before this (dt28)."""
    cue, subject = next(((c, subj) for c, subj in cue_subjects if subj is not None and subj.speaker), (None, None))
    if cue is None or reader.dates_between(s_start, s_end):
        return None
    pos, day, words, speakers = layer.programmes[-1]
    if pd.isna(day):
        return None
    text = reader.text
    if _ON_THE_PROGRAMME.match(text, s_start) or _TOLD_AUDIENCE.match(text, cue.end):
        return day, f"{words} (the programme)"
    if cue.text.lower() in _QUESTION_CUE and subject.speaker not in speakers and "?" in text[s_start:s_end]:
        last = next((e for e in reversed(reader.events[-50:]) if e.pos < s_start and e.date is not None
                     and not pd.isna(e.date)), None)
        if last is not None and last.pos >= pos and last.date == day \
                and not _any_start_in(layer.earlier, pos + 1, s_start):
            return day, f"{words} (the programme's question)"
    return None


def _before_semicolon(doc, cue_subjects, dating: int, s_start: int) -> set:
    """The cues of a clause a semicolon closes before the verb the sentence's day was read at ("The ministry has
    said again and again that it “wiped out” the unit; in its newest post, on Tuesday, it said …"): the day is
    the later clause's, the words before the semicolon have none of their own (dt22)."""
    dated_cue = cue_subjects[dating][0]
    text = doc.text
    cut, at = -1, text.find(";", max(s_start, 0), dated_cue.start)  # (the clause's own semicolons: not the text
    while at >= 0:                                                   # before it scanned again per sentence, sp22)
        if not doc.in_quote(at):
            cut = at
        at = text.find(";", at + 1, dated_cue.start)
    return {cue.start for cue, _ in cue_subjects[:dating] if cue.end <= cut} if cut >= 0 else set()


#: ", which began on", ", which started in": the relative clause of an event whose day follows
_RELATIVE_EVENT_DAY = re.compile(r",\s+(?:which|that)\s+(?:had\s+)?[a-z]+\s+(?:on\s+|in\s+)?$")


def _capital_for_body(reader: _Reader, subject: Mention, s_start: int) -> Mention | None:
    """ "South Korea's spy service said Tuesday …. Seoul said the new units included artillery crews.": a capital city
    speaking in the sentence right after one whose speaker was a body of that country stands for that body (a third
    country's: not a belligerent's capital, not a seat of power with a voice of its own, "the Kremlin"); None
    otherwise (sk25)."""
    written = subject.as_written.strip()
    if vocab.country_forms().get(written, ("", ""))[1] != "capital" or written.split()[0].lower() in _words("seat_of_power"):
        return None
    if vocab.side_of(subject.speaker) != "other":
        return None  # a belligerent's capital is its government by the conventions ("Kyiv said": Ukrainian government)
    doc = reader.doc
    before = doc.sentence_at(s_start - 2) if s_start >= 2 else None
    if before is None or "\n" in reader.text[before.end:s_start]:
        return None  # (the sentence before, in the same paragraph)
    spoke = [e for e in reader.events if before.start <= e.pos < before.end and e.speaker]
    if not spoke or spoke[0].person:
        return None
    row = reader.who.speakers.get(spoke[0].speaker)
    if row is None or row.kind == "person" or row.country != subject.speaker:
        return None
    return Mention(subject.start, subject.end, spoke[0].speaker, subject.as_written, "role")


def _own_time(reader, cue_subjects, s_start: int, s_end: int) -> bool:
    """Whether a speech verb of the sentence reads a time of its own ("who said in an interview last week that …"):
    one that names no day still places the words elsewhere (an aside on the speaker's past, "X, who returned from
    the front last week, says …", does not) (dt23)."""
    expressions = [e for e in reader.dates_between(s_start, s_end) if not reader.doc.in_quote(e.start)
                   and not _in_life_aside(reader, e, s_start, cue_subjects)]
    return bool(expressions) and any(_date_for_cue(reader.doc, cue, expressions) is not None
                                     for cue, subj in cue_subjects if subj is not None)


_BULLET = re.compile(r"[ \t]*[•●▪◦*–-][ \t]+(?=[\d.,]+\b[^:\n]{0,24}:)")  # a figure's label: "• 27: …", "• 196 sq km: …"
_PRESENT_VERB = re.compile(r"[a-z]+[^s\W]s")  # "says", "claims", "estimates" (not "was", "has said")


def _bullet_present(doc, sentence, cue_subjects, summaries, headers) -> bool:
    """Whether the sentence is a data bullet, a figure and its label ("• 27: settlements the ministry says it has
    captured since Sept 1"), whose first speech verb with a speaker is in the present tense; not under a live blog's
    summary heading nor under a day header (a post's bullets: that day's) (dt23)."""
    a = doc.text.rfind("\n", 0, sentence.start) + 1
    bullet = _BULLET.match(doc.text, a)
    if bullet is None or sentence.start > bullet.end() or _inside(summaries, sentence.start) \
            or any(h[0] <= sentence.start < h[1] for h in headers):
        return False
    cue = next((c for c, subj in cue_subjects if subj is not None and subj.speaker), None)
    return cue is not None and _PRESENT_VERB.fullmatch(cue.text) is not None


def _timeline_entry(reader, entries: list, entry_starts: list, expression) -> tuple | None:
    """The run-in day or timeline entry stamp (``_run_in_days``) heading the paragraph ``expression`` stands in, when
    no other day is named between them ("Feb. 17 — Ukraine withdraws …. The ministry claimed the next day …"), else
    None (dt34)."""
    k = bisect_right(entry_starts, expression.start)
    entry = entries[k - 1] if k and expression.start < entries[k - 1][1] else None
    if entry is None or reader.dates_between(entry[0] + len(entry[3]), expression.start):
        return None
    return entry


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
    if not headers and stamps:
        headers = _stamped_posts(reader, stamps)  # "Wed 8 Mar 2023 10.05 GMT" over each post: that day's posts (dt20)
    filed = _dateline_day(reader)  # "KYIV, March 1 (Reuters) -" on a page of March 2: "today" is March 1
    layer.recorded = recorded = _recording_day(reader)  # "Recorded Monday 10 March" over a podcast's page (dt23)
    layer.heads_end = max((x.end for x in doc.sentences if x.headline), default=0)
    summaries = _summaries(reader.text)  # a live blog's summary bullets (restating posts: not ``_bullet_present``)
    entries = _run_in_days(reader)  # a round-up's run-in days, a timeline's entry stamps ("Feb. 17 — …")
    entry_starts = [h[0] for h in entries]
    passage, last_day = None, {}
    papers = None  # a press review's day: the reviewed papers' (dt26)
    told = None  # the sentence before, when its words are dated: (its start, day, words)
    told_last = None  # the last dated statement, past sentences of words naming no time (dt40)
    lede, first_body = None, None  # the lede's dated statement of an institution: (its end, reach, day, words)
    all_sentences = doc.sentences
    sided_groups: list[tuple[int, str, str]] = []  # the unnamed groups a country or bloc qualifies that spoke (sk35)
    for k, sentence in enumerate(all_sentences):
        lead_in = all_sentences[k - 1] if k else None  # (a lead-in to quoted words: "Asked last week …, he had …")
        s_start, s_end = sentence.start, sentence.end
        sentence_cues = reader.cues_between(s_start, s_end)
        reader.role_day = _statement_day(reader, sentence_cues, s_start, s_end, anchor)
        sentence_date, date_text, inferred, content = None, "", False, False
        date_at = -1  # where the expression that dated the sentence at one of its verbs stands (-1: none)
        own_dates: dict[int, tuple] = {}
        split_off: set = set()  # cues of a clause before a semicolon, when the day is the next clause's (dt22)
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
            if subject is not None and subject.how == "country" and not cue_subjects:
                subject = _capital_for_body(reader, subject, s_start) or subject
            if subject is not None and subject.how == "unnamed source" and not subject.speaker:
                # "U.S. officials said …. The officials cautioned …": the group a country or bloc qualified (sk35)
                subject = group_back_reference(sided_groups, subject) or fronted_capital(doc.text, subject, s_start) \
                    or subject
                sided = sided_group(subject.as_written, reader.who)
                if sided is None:  # (a group nothing sides: the latest of its head, a later bare reference is to it)
                    head = speaking_group_head(subject.as_written)
                    sided = (head, "") if head is not None else None
                if sided is not None and not doc.in_quote(subject.start):
                    sided_groups.append((subject.start, *sided))
            cue_subjects.append((cue, subject))
        asides = _statement_asides(reader, cue_subjects) if len(cue_subjects) > 1 else {}
        if cue_subjects:
            expressions = reader.dates_between(s_start, s_end)
            for dating, (cue, _) in enumerate(cue_subjects):
                if cue.start in asides:
                    continue  # "X, who had warned on Monday that …, said on Thursday …": the main verb's day
                expression = _date_for_cue(doc, cue, [e for e in expressions if not any(
                    a <= e.start < b for a, b in asides.values())] if asides else expressions)
                if expression is None and ", when" in doc.text[s_start:cue.start]:
                    # "… since May 9, when Shoigu said …": the day the "when" clause hangs on (dt22)
                    expression = _when_clause_day(doc.text, cue, cue_subjects[dating][1], s_start)
                if expression is not None:
                    # "X praised the troops, while Y said on Wednesday …": the day after a later verb is that verb's
                    dating = max([k for k, (c, subj) in enumerate(cue_subjects)
                                  if k > dating and cue.end <= c.start and c.end <= expression.start
                                  and not _relays(reader, subj)], default=dating)
                    named = _scene_day(reader, expression.start) if expression.kind == "relative_event" else None
                    if named is not None and anchor is not None and named[0] < s_start:
                        named = None  # (a day named in an earlier sentence: counted from the last statement's day)
                    # ("On September 11, 2022, troops entered Kupiansk; two days later, X said": counted from the day
                    # its own sentence names before it, not from an earlier statement's (dt29))
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
                    entry = _timeline_entry(reader, entries, entry_starts, expression) \
                        if entries and expression.kind in ("relative_event", "day_of_month") else None
                    if entry is not None and expression.kind == "relative_event":
                        # "Feb. 17 — … The ministry claimed the next day …": counted from the entry's own day, not
                        # from the page's or an earlier entry's statement (dt34)
                        named = (entry[0], entry[2])
                    resolved = when.resolve(expression, doc.published if header is None and stamp is None
                                            else (header or stamp)[2], anchor if named is None else named[1]).day
                    if entry is not None and expression.kind == "day_of_month":
                        # "May 10 — … On the 12th, the General Staff said …": the entry's month (dt34)
                        resolved = when.resolve(expression, min(doc.published, entry[2] + pd.Timedelta(days=27))).day
                    year = _FRONTED_YEAR.match(doc.text, s_start) if expression.kind == "explicit" else None
                    if year is not None and not re.search(r"\d{4}", expression.text) \
                            and not pd.isna(doc.published) and int(year.group(1)) < doc.published.year:
                        # "Back in February 2022, Putin said in a speech on February 24": that year's day
                        resolved = when.resolve(expression, pd.Timestamp(year=int(year.group(1)), month=12, day=31)).day
                    if not pd.isna(resolved):
                        sentence_date, date_text, date_at = resolved, expression.text, expression.start
                        anchor = resolved
                        reader.resolved[expression.start] = resolved  # (counted from the day before it: kept)
                        comma = _content_time(doc.text, cue, expression)  # the comma before the subject, or 0
                        content = bool(comma) and not any(
                            (" " in m.speaker if m.how == "unknown name" else _mentions.could_be_person(m.speaker, reader.who))
                            for m in reader.mentions_between(s_start, comma) if m.speaker and m.how != "country")
                        break
            split_off = _before_semicolon(doc, cue_subjects, dating, s_start) \
                if sentence_date is not None and dating and ";" in doc.text[s_start:s_end] else set()
            if sentence_date is not None and len(cue_subjects) > 1:
                # "Peskov called it “unacceptable” on Monday, while Sybiha said on Tuesday …": a
                # later verb with a day of its own right after it keeps that day
                for (previous_cue, _), (cue, _) in zip(cue_subjects, cue_subjects[1:]):
                    clause = _NEW_CLAUSE.search(doc.text, previous_cue.end, cue.start)
                    if not clause:
                        continue  # a verb inside what the first one reports
                    own = _date_for_cue(doc, cue, [e for e in expressions if e.start >= cue.end])
                    if own is None:  # "…; a day earlier, the minister had said …": the new clause's fronted time
                        # ("…; in its latest statement, on Tuesday, it said …": the day closing the clause's
                        # fronted phrase, right before its subject (dt22))
                        own = next((e for e in reversed(expressions) if clause.end() <= e.start and e.end <= cue.start
                                    and (len(doc.text[clause.end():e.start].split()) <= 2
                                         or (";" in clause.group(0) and e.kind not in ("vague", "relative_far")
                                             and re.fullmatch(r",\s*(?:[\w’'.-]+\s+){0,3}", doc.text[e.end:cue.start])))),
                                   None)
                    day = when.resolve(own, doc.published, anchor).day if own is not None else pd.NaT
                    if not pd.isna(day) and day != sentence_date:
                        own_dates[cue.start] = (day, own.text)
            same = _SAME_OCCASION.search(doc.text, s_start, s_end) \
                if sentence_date is None and (reader.may_hold(("same",), s_start, s_end)  # "that day" needs both
                                              or reader.may_hold(("that",), s_start, s_end)
                                              and reader.may_hold(("day",), s_start, s_end)) else None
            if same is not None and any(e.kind in ("vague", "relative_far") and e.end <= same.start()
                                        for e in expressions):
                # "Last year, at the same event, Putin said …", "A year ago, at the same forum, …": the same kind of
                # occasion in an earlier year, not the one the article dated (a recurring event) (dt37)
                same = None
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
                if not own and not seen and not _SAME_DAY.search(same.group(0)):
                    # "The watchdog said on Sunday …. Its director, A B, said in the same statement …": the dated
                    # statement just before, though its speaker is none the tables know (no event records it) (dt36)
                    just = _dated_statement_just_before(reader, lead_in, anchor)
                    if just is not None and (not dated or dated[-1].pos < just[0]):
                        sentence_date, date_text = just[1], same.group(0)
                if _SAME_DAY.search(same.group(0)) and own:
                    # "Zelensky said on March 11 …. The General Staff said on Thursday …. Zelensky said in his evening
                    # address on the same day …": the day named last, after the speaker's own dated words (a day, not
                    # the speaker's occasion) (dt34)
                    named = _last_named_day(reader, s_start, anchor)
                    own_sentence = doc.sentence_at(own[-1].pos)
                    if named is not None and own_sentence is not None and named[0] >= own_sentence.end \
                            and not (seen and seen[-1][0] > named[0]):
                        sentence_date, date_text = named[1], same.group(0)
                if _SAME_DAY.search(same.group(0)) and not own:
                    # "Missiles hit Kharkiv on March 13. On the same day Peskov said": the last day the text
                    # named before, a statement's or an event's (the statement's, when one sentence has both)
                    named = _last_named_day(reader, s_start, anchor)
                    if named is not None and not (dated and doc.sentence_at(dated[-1].pos) is not None
                                                  and doc.sentence_at(dated[-1].pos).end > named[0]):
                        sentence_date, date_text = named[1], same.group(0)
        turn = _SPOKE_AFTER.search(doc.text, s_start, s_end) \
            if cue_subjects and sentence_date is None and same is None and reader.may_hold(("after",), s_start, s_end) else None
        if turn is not None and not doc.in_quote(turn.start()):
            # "B, who spoke after A, said …", "Speaking after A, B said …": a turn at the occasion where A's words
            # were dated (a council's or a debate's next speaker), that day (dt37)
            surname = turn.group(1).split()[-1]
            before = [e for e in reader.events if e.pos < s_start and e.date is not None and not pd.isna(e.date)
                      and e.speaker.split()[-1:] == [surname]]
            if before:
                sentence_date, date_text = before[-1].date, f"{turn.group(0)} (‘{before[-1].date_text}’)"
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
        if papers is not None and sentence_date is None and cue_subjects and not sentence.headline \
                and papers_voice(reader, cue_subjects):
            # "Its columnist, X, writes that …" below "Polish newspapers on Tuesday lead on …": the papers' day
            sentence_date, date_text = papers[0], f"{papers[1]} (the papers' day)"
        if papers is None and not sentence.headline and reader.may_hold(press_review_words(), s_start, s_end):
            papers = papers_day(reader, s_start, s_end)
        if sentence_date is None and cue_subjects and same is None:
            in_it = _in_it_day(reader, s_start)
            if in_it is not None:  # "X gave a speech to cadets on Tuesday. In it, he said …": Tuesday (dt26)
                sentence_date, date_text = in_it
        earlier = _earlier_occasion(doc.text, s_start, s_end, cue_subjects) if sentence_date is None else None
        if earlier is not None and earlier.lower() == "later":
            going_on = _later_going_on(reader, cue_subjects, s_start, s_end)
            if going_on is not None:  # "X said on Tuesday …. He later said …": later that day, not a new occasion (dt34)
                sentence_date, date_text, earlier = going_on[0], going_on[1], None
        if earlier is None and sentence_date is None and cue_subjects and same is None and "t" in doc.text[s_start:s_start + 8]:
            back = _at_the_time(reader, sentence, lead_in, anchor)
            if back is not None and pd.isna(back[0]):
                earlier = back[1]  # "Earlier this month, X replaced … . At the time, he said …": that time, no day (dt33)
            elif back is not None:
                sentence_date, date_text = back  # "On May 3, X visited the front. At the time, he said …": May 3
        if earlier is None and sentence_date is None and cue_subjects and same is None \
                and reader.may_hold((" day of",), s_start, s_end):
            nth = _nth_day_of_gathering(reader, s_start, s_end, anchor)
            if nth is not None:  # "on the second day of the summit" after "opening the summit on Tuesday" (dt39)
                sentence_date, date_text = nth
        if earlier is None and sentence_date is None and cue_subjects and same is None and reader.may_hold(("time", "then"), s_start, s_end):
            back = _said_at_the_time(reader, cue_subjects, sentence, lead_in, anchor)
            if back is not None and pd.isna(back[0]):
                earlier = back[1]  # "X, who visited the plant in June, said at the time …": June, no day (dt36)
            elif back is not None:
                sentence_date, date_text = back  # "X, who toured the front on Friday, said at the time …": Friday
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
        if earlier is None and sentence_date is None and cue_subjects and not sentence.headline \
                and _bullet_present(doc, sentence, cue_subjects, summaries, headers):
            # "• 27: villages the ministry says it has taken since May": a running tally in a data bullet, no one
            # occasion (not the speaker's dated words elsewhere) (dt23)
            earlier = "a bullet's present tense"
        named_gathering = None  # (the dated gathering the sentence names again: its passage, dt37)
        if sentence_date is None and earlier is None and cue_subjects and layer.gatherings:
            back = _the_gathering(reader, layer, s_start, s_end, cue_subjects, passage is not None)
            if back is not None:  # "At the meeting, Putin said": the article's dated meeting
                sentence_date, date_text, named_gathering = back
        if sentence_date is None and cue_subjects and layer.programmes \
                and (earlier is None or (earlier.lower() == "later" and _ON_THE_PROGRAMME.match(doc.text, s_start))):
            back = _the_programme(reader, layer, s_start, s_end, cue_subjects)
            if back is not None:  # "Also on the programme, X said …", "“…?” the presenter asked.": the programme's day
                sentence_date, date_text, earlier = back[0], back[1], None  # ("Later in the show,": later that day)
        if sentence_date is None and earlier is None and cue_subjects and layer.broadcasts:
            back = _the_broadcast(reader, layer, s_start, s_end, cue_subjects)
            if back is not None:  # "…," an analyst said on the broadcast: the day the interview aired (dt22)
                sentence_date, date_text = back
        if sentence_date is None and earlier is None and cue_subjects and layer.documents:
            back = _the_document(reader, layer, s_start, s_end, cue_subjects)
            if back is not None:  # "…, the report said", "At the launch of the report, X said": the dated report (dt16)
                sentence_date, date_text = back
        if not sentence.headline:
            _dated_document(reader, layer, s_start, s_end)
        if sentence_date is None and earlier is None and cue_subjects and not sentence.headline \
                and not pd.isna(doc.published) and not any(h[0] <= s_start < h[1] for h in headers) \
                and _UPDATE_AT_CLOCK.match(doc.text, doc.paragraphs[sentence.paragraph][0]):
            # "Update, 10:30 GMT: X told reporters …": an update stamped with a clock time only, on the page's day (dt24)
            sentence_date = doc.published.normalize()
            date_text = _UPDATE_AT_CLOCK.match(doc.text, doc.paragraphs[sentence.paragraph][0]).group(0).strip()
        if sentence_date is None and earlier is None and cue_subjects and lede is not None:
            sentence_date, date_text = _lede_briefing(reader, lede, cue_subjects, s_start, s_end) or (None, "")
            inferred = sentence_date is not None  # a day read from the lede: it opens no meeting passage for others
        if sentence_date is None and recorded is not None and cue_subjects and earlier in (None, "present tense") \
                and recorded[0] <= s_start < recorded[1]:
            if _own_time(reader, cue_subjects, s_start, s_end):
                # "… played a clip of X, who said in an interview last week that …": another occasion (no day)
                earlier = earlier or "a time of its own, not the episode's"
            else:
                # "Ellery argues that …", "he says" on a recorded episode's page: said in the episode, on the
                # recording day (not the reporting's present tense, not the page's day) (dt23)
                sentence_date, date_text, earlier = recorded[2], recorded[3], None
        if first_body is None and not sentence.headline and sentence.paragraph not in doc.interruptions \
                and not _STAMP_ONLY.fullmatch(doc.text, *doc.paragraphs[sentence.paragraph]) \
                and (cue_subjects or sentence.paragraph not in reader.quiet()):  # (a cue: no quiet paragraph, cheap)
            # (past a byline or a caption under the headline, a post's "14.18 BST", and a feature's scene-setting
            # paragraph of plain narration before the news, "Volunteers unload boxes from a van.": reader.quiet, mt16)
            first_body = sentence.paragraph
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
        if sentence_date is None and earlier is None and not sentence.headline \
                and reader.may_hold(("then", "afterwards", "later"), s_start, s_end):
            _then_doing(reader, layer, sentence)  # "X and Y then met …" after a sentence naming the day (dt28)
        own_occasion = bool(cue_subjects) and _OWN_OCCASION.search(  # (searched once: read again below)
            doc.text, s_start, min(s_end, cue_subjects[0][0].end + 60)) is not None \
            and not _AFTERWARDS.search(doc.text, s_start, min(s_end, cue_subjects[0][0].start))
        if own_occasion:
            layer.named_occasions.append((s_start, s_end))
        if sentence_date is None and earlier is None and cue_subjects and not sentence.headline and all(
                subj is None or not subj.speaker or _relays(reader, subj)
                or _addressed_outlet(reader, subj.start, subj.end, subj.speaker) for _, subj in cue_subjects):
            # "The Beacon spoke to A B, a nurse who …, by phone on Monday": the day far from the verb dates no words
            # of the outlet, but the interview it tells of (dt20)
            _interview_dated_after(reader, layer, sentence, anchor)
        elif sentence_date is None and earlier is None and cue_subjects:
            _continues_appearance(reader, layer, cue_subjects, s_start, s_end)
        if "Back" in doc.text[s_start:s_start + 8] and not sentence.headline and not reader.dates_between(s_start, s_end):
            spot = _back_at_spot(reader, s_start)
            if spot is not None:
                # "Back at the hospital, a nurse … said": the copy returns to the spot of a dated scene ("The men
                # arrived by bus at a hospital … late on Saturday"); those who speak there with no day of their own
                # speak that day (dt21)
                layer.scenes.append((s_start, _scene_passage(reader, sentence.paragraph), spot[1], spot[2]))
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
                if sentence_date is None:  # "Gerasimov made the remarks on a trip with Putin …" (dt22)
                    _statement_made_at(reader, layer, sentence)
                _issued(reader, sentence, anchor)
                _gathering_dated_after(reader, layer, sentence, anchor)
                _interview_dated_after(reader, layer, sentence, anchor)
                _encounter_scene(reader, layer, sentence, anchor)
                _later_scene(reader, layer, sentence)
                _opened_scene(reader, layer, sentence, anchor)
                _as_of_today(reader, layer, sentence)
            elif all(subj is None or not subj.speaker or _relays(reader, subj)
                     or _addressed_outlet(reader, subj.start, subj.end, subj.speaker) for _, subj in cue_subjects):
                _interview_dated_after(reader, layer, sentence, anchor)  # "We spoke to him … on Friday", "The BBC spoke to A B"
        if cue_subjects and not sentence.headline and all(subj is None or not subj.speaker for _, subj in cue_subjects):
            # "The conversation, recorded on Tuesday, opened with the question listeners have asked for weeks": the
            # recording opens a scene whatever the undated verb after it
            _opened_scene(reader, layer, sentence, anchor, recorded_only=True)
        if sentence_date is not None and earlier is None:
            _stated_by(reader, s_start, s_end, sentence_date, date_text)
            if cue_subjects and not sentence.headline:
                aired = any(not doc.in_quote(m.start()) for m in _AIRED.finditer(doc.text, s_start, s_end))
                if aired:
                    layer.broadcasts.append((s_start, sentence_date, date_text))
                if aired or (not pd.isna(sentence_date) and _spoke_to_outlet(reader, cue_subjects, s_end)):
                    layer.programmes.append((s_start, sentence_date, date_text, frozenset(
                        subj.speaker for _, subj in cue_subjects if subj is not None and subj.speaker)))
        embedded = _embedded_before(doc.text, cue_subjects, dating, date_at) \
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
                if n < embedded or cue.start in split_off:  # "X said his unit reached Robotyne, a village that Y said
                    day, day_text = None, ""  # on Wednesday …": Y's day ("X has claimed …; on Tuesday, it said …": none)
                elif n > 0 and sentence_date is not None:
                    day, day_text = (own_dates.get(cue.start) or _came_after(reader, cue, s_start, sentence_date, own_dates)
                                     or _other_side(reader, cue_subjects, dating, n, own_dates)
                                     or ((None, "") if content else (day, day_text)))  # "…, X said, adding that …"
                    if not subject.speaker and _other_side_unnamed(reader, cue_subjects, dating, n):
                        day, day_text = None, ""  # "…, while Ukrainian officials said …": the other side names no day
                elif (doc.text.find(date_text, s_start, cue.start) >= 0 if sentence_date is not None
                      else (told_last is not None and _CAME.match(doc.text, s_start))
                      or _programme_came(layer, doc.text, s_start)) \
                        and _came_after(reader, cue, s_start, sentence_date if sentence_date is not None else (
                            told_last[1] if told_last is not None and _CAME.match(doc.text, s_start)
                            else layer.programmes[-1][1]),
                                        own_dates):
                    # "Putin's remarks on Tuesday came a day after Zelensky said …", "His comments came a day after …"
                    day, day_text = own_dates[cue.start]
                elif content:  # "On Friday, drones hit the port, the ministry said.": Friday is the strike's day, the
                    day, day_text = None, ""  # words have none of their own (the speaker's other statement may give one)
                if cue.start in asides:  # the aside's own day, or none
                    a, b = asides[cue.start]
                    own = _date_for_cue(doc, cue, [e for e in expressions if a <= e.start < b])
                    day, day_text = (when.resolve(own, doc.published, anchor).day, own.text) if own is not None \
                        else (None, "")
                event_day, event_text = day, day_text
                cited = CITED_AS.search(doc.text, max(s_start, cue.start - 90), cue.start) \
                    if cue.text.endswith("ing") else None
                if day is not None and cited is not None:
                    # "ISW also cited the ministry as claiming on Tuesday …": Tuesday is the cited words' day, no
                    # occasion of the citing speaker's that its next undated words ("The update also reported") go on
                    # from (dt28)
                    event_day, event_text = None, ""
                voice = next((m for m in reader.known_between(*cited.span("np")) if m.speaker
                              and m.speaker != subject.speaker and m.how not in ("pronoun", "unresolved pronoun")
                              and getattr(reader.who.speakers.get(m.speaker), "kind", "") != "media"), None) \
                    if cited is not None and subject.start <= cue.start else None
                if cue.start in asides:
                    # "Budanov, who predicted last year that …, said …": the aside recalls another occasion of the
                    # speaker's; his next undated words go on from the main verb's occasion, not from the aside's
                    event_day, event_text = None, ""
                if day is not None and not pd.isna(day) and n == dating and until_bound(doc.text, s_start, cue, date_text):
                    # "Until August 12, Ukraine did not confirm it, until X informed that …": the day bounds that one
                    # statement (the first), no occasion the speaker's next words go on from (dt12)
                    event_day, event_text = pd.NaT, f"until {date_text}"
                reader.add_event(_Event(cue.start, subject.speaker, event_day, event_text,
                                        _speaks_as_person(subject, reader.who, doc.text),
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
                if voice is not None:  # (the day after the participle is the cited words'; the citing voice's is
                    layer.cited_voices[cue.start] = SpeechAct((s_start, s_end), cue, voice, day, day_text)
                    day, day_text = None, ""  # its own occasion's: dt28)
                layer.acts.append(SpeechAct((s_start, s_end), cue, subject, day, day_text))
            elif subject is not None and cue.kind == "source" and subject.start > cue.start \
                    and THAT_BEFORE_SOURCE.search(doc.text, s_start, cue.start):
                # "X said that, according to Ukrainian intelligence, …": an unnamed source opening another voice's
                # words is no speaker of quotes; claims read it (nested attribution, one claim per speaker; cl28)
                layer.inner_sources.setdefault(s_start, []).append(SpeechAct((s_start, s_end), cue, subject, None, ""))
        indices = by_sentence.get(s_start, [])
        # a report noun its subject heard ("Shoigu heard reports that the army had “liberated” …") gives no quote its
        # speaker, as it gives no claim (``heard_report``): the hearer reports nothing (cl24)
        heard_apart = [(c, s) for c, s in cue_subjects if not (s is not None and s.start < c.start
                                                              and heard_report(doc.text, c))] if indices else cue_subjects
        for k, qi in enumerate(indices):
            following = (doc.quotes[indices[k + 1]].span.outer_start if k + 1 < len(indices)
                         else max(s_end, doc.quotes[qi].sentence[1]))  # a quote may run past its sentence
            reading = readings[qi]
            attribute(reader, doc.quotes[qi], reading, following, heard_apart)
            if reading.attribution == "unnamed source" and not reading.speaker and sided_groups:
                at = max(reading.cue_start, doc.quotes[qi].span.outer_start)  # "“…,” said one of the officials" (sk35)
                fuller = group_back_reference(sided_groups, Mention(at, at, "", reading.as_written, "unnamed source"))
                if fuller is not None:
                    reading.as_written = fuller.as_written
            reader.previous_quote = (doc.quotes[qi], reading)
            reading.sentence_date, reading.sentence_date_text = own_dates.get(
                reading.cue_start, (None, "") if content or reading.cue_start in split_off
                else (sentence_date, date_text))  # (the event's day: none)
            if reading.cue_start in split_off:
                reading.undated = f"a clause before the semicolon (‘{date_text}’ is the next clause's): no day"
            if reading.cue_start >= s_end or (reading.cue_start < s_start and not reading.speaker and not reading.cue
                                              and reading.attribution == "unnamed source"):
                # attributed in the next sentence ("That was the message from X on …"), or an unnamed one's lead-in
                # before ("The commander spoke to reporters on Tuesday.⏎“…”", sk38)
                after = doc.sentence_at(reading.cue_start)
                cue = Cue(reading.cue_start, reading.cue_start + len(reading.cue), reading.cue, "speech")
                own = _date_for_cue(doc, cue, reader.dates_between(after.start, after.end)) if after else None
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
                                  cue_subjects,  # (a quoted heading, 'is headed "Moscow, June 19"', is no one's words)
                                  any(not heading_quote(doc.text, doc.quotes[qi].span) for qi in indices), content,
                                  None if inferred else named_gathering)
        if sentence_date is not None and not pd.isna(sentence_date) and earlier is None and cue_subjects \
                and not sentence.headline and _SCENE_PARTICIPLE.search(doc.text, s_start, s_end):
            # "“…,” X said on Monday, sitting on an ammunition crate outside a dugout.": a scene the reporter was at;
            # whoever speaks next in its passage with no day of their own spoke there that day (dt14)
            last = reader.dates_between(s_start, s_end)
            layer.scenes.append((last[-1].start if last else s_start, _reach_scene(reader, sentence.paragraph),
                                 sentence_date, date_text))
        told = (s_start, sentence_date, date_text) if sentence_date is not None and earlier is None else None
        # (a statement going on past sentences naming no time at all, "He said …. “…,” the president said.", is still
        # the one told: "The address came a day after X announced …" counts from its day, dt40)
        told_last = told if told is not None else told_last \
            if earlier is None and cue_subjects and not reader.dates_between(s_start, s_end) else None
    run_ins = entries  # (one per paragraph at most, in text order: looked up by bisection)
    run_in_starts = [h[0] for h in run_ins]
    for event in reader.events:
        if event.date is None and run_ins:
            # words in a paragraph a run-in day or a timeline's entry stamp heads ("Feb. 17 — X said …"): the speaker's
            # words going on after it with no day of their own were said that day, as after "On Tuesday, X said" (mt9)
            k = bisect_right(run_in_starts, event.pos)
            if k and event.pos < run_ins[k - 1][1]:
                event = replace(event, date=run_ins[k - 1][2], date_text=run_ins[k - 1][3])
        if event.date is not None:
            layer.dated_events.setdefault(event.speaker, []).append(event)
    layer.date_starts = [e.start for e in reader.dates_between(0, len(doc.text))  # no new time cue: a time to come
                         if not (e.kind in ("vague", "this") and _TIME_TO_COME.search(doc.text, max(0, e.start - 24), e.start))
                         # (nor the day of an event in a relative clause: "the incursion, which began on August 6,")
                         and not (_RELATIVE_EVENT_DAY.search(doc.text, max(0, e.start - 40), e.start)
                                  and _event_before(doc.text, e))]
    # (a round-up's paragraphs led by a run-in day, "TUESDAY — …": headers over their own paragraph, looked up first)
    layer.headers = run_ins + headers
    layer.stamp_posts = frozenset(start for start, _, _ in stamps) if headers and stamps else frozenset()
    layer.summaries = summaries
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
    if layer.headers:  # "this morning" under "Tuesday 7 May" names the header's own day: no new time cue in its post
        layer.header_day_dates = frozenset(
            e.start for e in reader.dates_between(0, len(doc.text)) for h in layer.headers if h[0] <= e.start < h[1]
            and when.resolve(e, h[2]).day == h[2])
    layer.scenes.extend(layer.headers)
    layer.introductions = reader.introductions()
    _unnamed_dated_next(reader, layer)
    _unnamed_then_named(reader, layer, readings)
    _unnamed_dated_before(reader, layer, readings)
    _spokespeople_dates(reader, layer, readings)
    _body_spokespeople_dates(reader, layer)
    _country_body_dates(reader, layer)
    _institution_goes_on_dates(reader, layer)
    _headline_quotes(reader, layer, readings)
    layer.conduits = {s.start: found for s in doc.sentences if (found := conduits(reader, s.start, s.end))}

    _pen_names(reader, layer, readings)
    _nicknames(reader, layer, readings)
    _office_holders(reader, layer, readings)
    layer.outside_voices = _briefing_outsiders_introduced(doc, layer)
    date_quotes(doc, layer)
    return layer
