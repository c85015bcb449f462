"""Stage 2a — quotes: every quoted span with its speaker, cue, statement date and offsets.

``quotes.extract(articles)`` returns one row per contiguous quoted span. Each row
says how it knows what it claims: ``attribution`` tells how the speaker was found
(a name next to a speech verb, a title, a role such as "the Russian leader", a
pronoun, "according to", or continuing the previous speaker), ``date_basis`` how
the statement date was found. ``text[start:end]`` of the article is the quote.

Speakers are canonicalised through ``data/speakers.csv`` (name, aliases, role,
country, kind); speech verbs come from ``data/speech_cues.csv``. Both are meant to
be extended by journalists. A speaker that the table does not know still comes
through as written; a quote that cannot be attributed has an empty ``speaker``.

Example:
    >>> from saidvsdone import corpus, quotes
    >>> article = corpus.from_text(
    ...     "“We will see how it ends,” Putin said on Friday.", published="2022-09-17")
    >>> row = quotes.extract(article).iloc[0]
    >>> row["speaker"], row["cue"], row["kind"], str(row["statement_date"].date())
    ('Vladimir Putin', 'said', 'direct', '2022-09-16')
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from saidvsdone import _text
from saidvsdone._paths import data_file
from saidvsdone._progress import progress

__all__ = ["extract", "COLUMNS"]

COLUMNS = (
    "article_id", "quote_id", "speaker", "speaker_as_written", "attribution", "cue", "text",
    "kind", "statement_date", "date_basis", "start", "end", "sentence", "sentence_start",
    "sentence_end", "paragraph", "caption", "published",
)

_SCARE_MAX_WORDS = 5
_ADJACENT_WORDS = 4      # words allowed between a subject and its speech verb
_DATE_AFTER_CUE_WORDS = 15


def extract(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per quoted span in ``articles`` (a frame from ``corpus.load``/``from_text``).

    Columns: ``article_id, quote_id, speaker`` (canonical, empty when unattributable),
    ``speaker_as_written, attribution`` (name, title, role, pronoun, according to,
    continuation — how the speaker was found), ``cue`` (the speech verb as written),
    ``text`` (the words inside the marks), ``kind`` (direct / partial / scare),
    ``statement_date`` (datetime64; NaT when the article is undated), ``date_basis``,
    ``start, end`` (``article text[start:end] == text``), ``sentence`` and its offsets,
    ``paragraph`` (0-based), ``caption`` (the quote sits in a photo caption), ``published``.

    Example:
        >>> from saidvsdone import corpus
        >>> table = extract(corpus.load())
        >>> row = table[table["text"] == "going to plan."].iloc[0]
        >>> row["speaker"], row["speaker_as_written"], str(row["statement_date"].date())
        ('Vladimir Putin', 'the Russian leader', '2022-04-12')
        >>> article_text = corpus.load().set_index("article_id").loc[row["article_id"], "text"]
        >>> article_text[row["start"]:row["end"]]
        'going to plan.'
    """
    rows: list[dict] = []
    for article in progress(articles.itertuples(index=False), total=len(articles), desc="quotes"):
        rows.extend(_Article(article.article_id, article.text, article.published).quotes())
    return _frame(rows)


def _frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["statement_date"] = pd.to_datetime(frame["statement_date"]).astype("datetime64[ns]")
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[ns]")
    ints = ["start", "end", "sentence_start", "sentence_end", "paragraph"]
    frame = frame.astype({c: "int64" for c in ints} | {"caption": "bool"})
    strings = [c for c in COLUMNS if c not in ints + ["statement_date", "published", "caption"]]
    frame = frame.astype({c: "str" for c in strings})
    frame["kind"] = pd.Categorical(frame["kind"], categories=["direct", "partial", "scare"])
    return frame


# --- vocabularies -----------------------------------------------------------------------

@dataclass(frozen=True)
class _Speaker:
    name: str
    roles: tuple[str, ...]
    country: str
    kind: str


@dataclass(frozen=True)
class _Vocabulary:
    speakers: dict[str, _Speaker]
    alias_to_name: dict[str, str]
    alias_regex: re.Pattern
    role_regex: re.Pattern
    country_of_form: dict[str, str]
    cue_regex: re.Pattern
    cue_kind: dict[str, str]
    not_names: frozenset


_TITLE_WORDS = {
    "president", "prime", "minister", "foreign", "defence", "defense", "general", "gen.", "colonel",
    "col.", "lieutenant", "lt.", "major", "special", "envoy", "secretary", "state", "chancellor",
    "spokesman", "spokeswoman", "spokesperson", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
    "sir", "chief", "commander", "leader", "ambassador", "senator", "sen.", "governor", "mayor",
    "deputy", "former", "vice", "head", "opposition", "kremlin", "pope", "king", "queen",
}
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "or", "however", "when",
    "while", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "its", "according", "asked", "defending", "since", "even", "some", "many",
    "most", "several", "both", "nearly", "importantly", "regarding", "pictured", "photo", "above",
    "yes", "no", "if", "as", "so", "then", "there", "here", "what", "who", "why", "how", "where",
    "meanwhile", "also", "still", "moreover", "instead", "unfortunately", "indeed", "amid", "with",
    "without", "for", "from", "of", "to", "by", "all", "every", "each", "one", "two", "three",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "mobilization", "mobilisation", "satellite", "statistics", "reports",
    "analysts", "officials", "ukrainian", "russian", "western", "european", "news",
}
_ORGANISATION_WORDS = re.compile(
    r"\b(?:Committee|Ministry|Institute|Foundation|Council|Agency|Office|Service|Department|"
    r"Commission|Forces|Army|Staff|Government|Kremlin|Centre|Center|Organization|Organisation|"
    r"Union|Bank|Party|Court|Parliament|Duma|Assembly|News|Times|Post|Agency)\b")
_WORD = re.compile(r"[A-Za-z]+")
_COORDINATED = re.compile(r"(?:,\s*|\s)and\s+(?:(?:also|then|later|has|had)\s+)?$")
_PRONOUNS = re.compile(r"\b(?:he|she|He|She)\b")
# People who speak without a name: "officials said", "a senior official said".
_SPEAKING_GROUPS = ("officials|analysts|experts|diplomats|observers|residents|witnesses|critics|lawmakers|"
                    "commanders|soldiers|sources|authorities|spokesmen|ministers|leaders|investigators|"
                    "prosecutors|medics|doctors|activists|protesters|bloggers|journalists|reporters")
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|[\s,])((?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]heir|[Ii]ts)"
    r"(?:\s+[\w’'-]+){1,5}|(?i:" + _SPEAKING_GROUPS + r"))$")


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    table = pd.read_csv(data_file("speakers.csv"), dtype=str, keep_default_na=False)
    speakers, alias_to_name = {}, {}
    for row in table.itertuples():
        roles = tuple(r.strip().lower() for r in row.role.split("|") if r.strip())
        speakers[row.name] = _Speaker(row.name, roles, row.country, row.kind or "person")
        for alias in {row.name, *[a.strip() for a in row.aliases.split("|") if a.strip()]}:
            alias_to_name[alias] = row.name
    countries = pd.read_csv(data_file("countries.csv"), dtype=str, keep_default_na=False)
    country_of_form = {form.strip(): row.country for row in countries.itertuples()
                       for form in row.forms.split("|") if form.strip()}
    roles = sorted({r for s in speakers.values() for r in s.roles}, key=len, reverse=True)
    forms = sorted(country_of_form, key=len, reverse=True)
    role_first = re.escape("".join(sorted({"T", "t", "A", "a"} | {f[0] for f in forms})))
    role_regex = re.compile(
        r"(?=[" + role_first + r"])(?<![\w’'])(?:(?:[Tt]he|[Aa])\s+(?:(?P<adj>" + "|".join(map(re.escape, forms)) + r")\s+)?"
        r"|(?P<poss>" + "|".join(re.escape(f) for f in forms if f.endswith(("’s", "'s"))) + r")\s+)"
        r"(?P<role>(?i:" + "|".join(map(re.escape, roles)) + r"))(?![\w-])"
        r"(?:\s+of\s+(?:the\s+)?(?P<of>" + "|".join(map(re.escape, forms)) + r")(?![\w’']))?")
    aliases = sorted(alias_to_name, key=len, reverse=True)
    first = re.escape("".join(sorted({a[0] for a in aliases})))  # fail fast where no alias can start
    alias_regex = re.compile(r"(?=[" + first + r"])(?<![\w’'])(?:" + "|".join(map(re.escape, aliases))
                             + r")(?![\w’'-])")
    cues = pd.read_csv(data_file("speech_cues.csv"), dtype=str, keep_default_na=False)
    cue_kind = {form.strip().lower(): row.kind for row in cues.itertuples()
                for form in row.forms.split("|") if form.strip()}
    multi_word = sorted((f for f in cue_kind if " " in f), key=len, reverse=True) or ["(?!)"]
    cue_regex = re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+")
                                               for f in multi_word) + r")\b", re.IGNORECASE)
    places = pd.read_csv(data_file("places.csv"), dtype=str, keep_default_na=False)
    not_names = frozenset(_NOT_NAMES | {f.lower() for f in country_of_form}
                          | {p.lower() for p in places["name"]})
    return _Vocabulary(speakers, alias_to_name, alias_regex, role_regex, country_of_form,
                       cue_regex, cue_kind, not_names)


# --- one article ----------------------------------------------------------------------------

@dataclass
class _Mention:
    start: int
    end: int
    speaker: str       # canonical name, or as written for a name the table does not know
    as_written: str
    how: str           # name, title, role, pronoun, unknown name


@dataclass
class _Cue:
    start: int
    end: int
    text: str
    kind: str          # speech or source ("according to")


@dataclass
class _Event:
    pos: int
    speaker: str
    date: object = None
    date_text: str = ""


@dataclass
class _Quote:
    span: _text.QuoteSpan
    paragraph: int
    sentence: tuple[int, int]
    caption: bool
    speaker: str = ""
    as_written: str = ""
    attribution: str = ""
    cue: str = ""
    kind: str = "partial"
    date: object = None
    date_basis: str = ""
    sentence_date: object = None
    sentence_date_text: str = ""
    extras: dict = field(default_factory=dict)


class _Article:
    def __init__(self, article_id: str, text: str, published) -> None:
        self.id, self.text = article_id, text
        self.published = pd.Timestamp(published) if not pd.isna(published) else pd.NaT
        self.vocab = _vocabulary()
        self.quotes_found: list[_Quote] = []
        self.sentences: list[tuple[int, int, int]] = []  # start, end, paragraph
        masks: list[tuple[int, int]] = []
        for index, (ps, pe) in enumerate(_text.paragraphs(text)):
            spans = _text.quote_spans(text, ps, pe)
            outer = [(s.outer_start, s.outer_end) for s in spans]
            masks.extend(outer)
            para_sentences = _text.sentences(text, ps, pe, outer)
            caption = bool(re.match(r"(?:Pictured|Photo|Above|Below|Left|Right|Top)\s*:", text[ps:pe]))
            for s in para_sentences:
                self.sentences.append((s[0], s[1], index))
            for span in spans:
                sentence = self._sentence_of(span, para_sentences)
                self.quotes_found.append(_Quote(span, index, sentence, caption))
        self.mask_starts = [a for a, _ in masks]
        self.mask_ends = [b for _, b in masks]
        self.mentions = self._known_mentions()
        self.cues = self._find_cues()
        self.mention_starts = [m.start for m in self.mentions]
        self.cue_starts = [c.start for c in self.cues]
        self.sentence_starts = [start for start, _, _ in self.sentences]
        self.events: list[_Event] = []
        # sentence start → [(cue, subject, sentence date, date text)]: reported speech, for claims
        self.speech: dict[int, list[tuple]] = {}

    def _find_cues(self) -> list[_Cue]:
        """Speech verbs outside quotes. One-word forms are looked up word by word (much
        faster than one big alternation); multi-word forms ("according to") by regex."""
        single, multi = self.vocab.cue_kind, self.vocab.cue_regex
        cues = [_Cue(m.start(), m.end(), m.group(0), single[m.group(0).lower()])
                for m in _WORD.finditer(self.text)
                if m.group(0).lower() in single and self.text[m.start() - 1:m.start()] != "-"
                and not (m.group(0).lower().startswith("call") and self.text[m.end():m.end() + 3] == " up")]
        cues += [_Cue(m.start(), m.end(), m.group(0), single[" ".join(m.group(0).lower().split())])
                 for m in multi.finditer(self.text)]
        return sorted((c for c in cues if not self._in_quote(c.start)), key=lambda c: c.start)

    # -- geometry -----------------------------------------------------------------------
    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self.mask_starts, pos) - 1
        return i >= 0 and pos < self.mask_ends[i]

    @staticmethod
    def _sentence_of(span, para_sentences):
        first = next((s for s in para_sentences if s[0] <= span.outer_start < s[1]), para_sentences[0])
        last = next((s for s in para_sentences if s[0] < span.outer_end <= s[1]), first)
        return (first[0], max(first[1], last[1]))

    # -- mentions ----------------------------------------------------------------------------
    def _known_mentions(self) -> list[_Mention]:
        found: list[_Mention] = []
        for m in self.vocab.alias_regex.finditer(self.text):
            if not self._in_quote(m.start()):
                name = self.vocab.alias_to_name[m.group(0)]
                start = self._extend_title(m.start())
                how = "title" if start < m.start() else "name"
                found.append(_Mention(start, m.end(), name, self.text[start:m.end()], how))
        for m in self.vocab.role_regex.finditer(self.text):
            if not self._in_quote(m.start()) and not any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
                found.append(_Mention(m.start(), m.end(), "", m.group(0), "role"))
        for m in _PRONOUNS.finditer(self.text):
            if not self._in_quote(m.start()):
                found.append(_Mention(m.start(), m.end(), "", m.group(0), "pronoun"))
        return sorted(found, key=lambda x: x.start)

    def _extend_title(self, start: int) -> int:
        """Walk left over titles and nationalities: "Russian President Vladimir Putin"."""
        while True:
            m = re.search(r"([A-Z][\w’'.-]*)\s+$", self.text[max(0, start - 40):start])
            if not m:
                return start
            word = m.group(1)
            if word.lower() in _TITLE_WORDS or word in self.vocab.country_of_form:
                start = start - len(m.group(0))
            else:
                return start

    def _unknown_names(self, a: int, b: int) -> list[_Mention]:
        names = []
        pattern = r"(?<![\w’'])[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|[A-Z]\.))*"
        for m in re.finditer(pattern, self.text[a:b]):
            start, end = a + m.start(), a + m.end()
            if self._in_quote(start) or any(k.start < end and start < k.end
                                            for k in self._known_between(start - 60, end + 60)):
                continue
            words = m.group(0).split()
            while words and (words[0].lower() in _TITLE_WORDS or words[0].lower() in self.vocab.not_names
                             or words[0] in self.vocab.country_of_form):
                words = words[1:]
            while words and words[-1].lower() in self.vocab.not_names:
                words = words[:-1]
            if words:
                written = " ".join(words)
                offset = self.text.find(written, start)
                names.append(_Mention(offset, offset + len(written), written, written, "unknown name"))
        return names

    def _known_between(self, a: int, b: int) -> list[_Mention]:
        lo, hi = bisect_left(self.mention_starts, a), bisect_left(self.mention_starts, b)
        return [m for m in self.mentions[lo:hi] if m.end <= b]

    def _dates_between(self, a: int, b: int) -> list:
        """Date expressions outside quotes between two offsets (the article is scanned once)."""
        if not hasattr(self, "_dates"):
            self._dates = [e for e in _text.date_expressions(self.text, 0, len(self.text))
                           if not self._in_quote(e.start)]
            self._date_starts = [e.start for e in self._dates]
        lo, hi = bisect_left(self._date_starts, a), bisect_left(self._date_starts, b)
        return [e for e in self._dates[lo:hi] if e.end <= b]

    def _cues_between(self, a: int, b: int) -> list[_Cue]:
        return self.cues[bisect_left(self.cue_starts, a):bisect_left(self.cue_starts, b)]

    def _mentions_between(self, a: int, b: int) -> list[_Mention]:
        inside = self._known_between(a, b)
        return sorted(inside + self._unknown_names(a, b), key=lambda m: m.start)

    def _resolve(self, mention: _Mention, pos: int) -> _Mention | None:
        """Give a role or pronoun mention the person it refers to, from the article so far."""
        if mention.how == "unknown name" and " " not in mention.speaker:
            full = self._full_name(mention.speaker, pos)  # "Mr Wallace" after "Ben Wallace"
            return _Mention(mention.start, mention.end, full, mention.as_written, mention.how) if full else mention
        if mention.how in ("name", "title", "unknown name", "unnamed source", "unresolved pronoun",
                           "unresolved role"):
            return mention
        if mention.how == "pronoun":
            for event in reversed(self.events):
                if event.pos <= pos and (event.speaker == "" or self._is_person(event.speaker)):
                    if event.speaker == "":  # the last speaker had no name: neither has "he"
                        return _Mention(mention.start, mention.end, "", mention.as_written, "unresolved pronoun")
                    return _Mention(mention.start, mention.end, event.speaker, mention.as_written, "pronoun")
            for m in reversed(self.mentions):
                if m.end <= pos and m.how in ("name", "title"):
                    return _Mention(mention.start, mention.end, m.speaker, mention.as_written, "pronoun")
            return _Mention(mention.start, mention.end, "", mention.as_written, "unresolved pronoun")
        role_match = self.vocab.role_regex.fullmatch(mention.as_written)
        role = role_match.group("role").lower()
        place = role_match.group("adj") or role_match.group("poss") or role_match.group("of")
        country = self.vocab.country_of_form.get(place) if place else None
        fits = {s.name for s in self.vocab.speakers.values()
                if any(role == r or role in r.split() for r in s.roles)
                and (country is None or s.country == country)}
        for event in reversed(self.events):
            if event.pos <= pos and event.speaker in fits:
                return _Mention(mention.start, mention.end, event.speaker, mention.as_written, "role")
        before = [m for m in self.mentions if m.how in ("name", "title") and m.speaker in fits]
        earlier = [m for m in before if m.end <= pos]
        chosen = earlier[-1] if earlier else (before[0] if before else None)
        if chosen is None:  # "the defence minister" with no minister named: keep the words, not a guess
            return _Mention(mention.start, mention.end, "", mention.as_written, "unresolved role")
        return _Mention(mention.start, mention.end, chosen.speaker, mention.as_written, "role")

    def _full_name(self, surname: str, pos: int) -> str:
        """The latest full name ending in ``surname`` before ``pos`` ("Ben Wallace"), or ""."""
        pattern = r"(?<![\w’'])((?:[A-Z][\w’'-]+\s+){1,3})" + re.escape(surname) + r"(?![\w’'])"
        for m in reversed(list(re.finditer(pattern, self.text[:pos]))):
            if self._in_quote(m.start()):
                continue
            words = [w for w in m.group(1).split() if w.lower() not in _TITLE_WORDS
                     and w.lower() not in self.vocab.not_names and w not in self.vocab.country_of_form]
            if words:
                return " ".join(words[-2:] + [surname])
        return ""

    def _is_person(self, speaker: str) -> bool:
        known = self.vocab.speakers.get(speaker)
        if known is not None:
            return known.kind == "person"
        return not _ORGANISATION_WORDS.search(speaker)

    # -- attribution ------------------------------------------------------------------------
    def _subject_of(self, cue: _Cue, sentence_start: int) -> _Mention | None:
        """The speaker of a speech verb: the nearest mention just before it
        (allowing an appositive: "Vladimir Putin, Russia’s president, said")."""
        if cue.kind == "source":
            after = self._mentions_between(cue.end, min(cue.end + 120, self._sentence_end(cue.end)))
            for m in after:
                if len(self.text[cue.end:m.start].split()) <= 2:
                    return self._resolve(m, m.start)
            return None
        if cue.text.lower().endswith("ing"):
            # a participle ("saying", "telling Modi") takes the subject the sentence opens with
            opening = self._mentions_between(sentence_start, cue.start)
            if opening and len(self.text[sentence_start:opening[0].start].split()) <= 1:
                return self._resolve(opening[0], opening[0].start)
            return None
        window_start = sentence_start
        for mark in re.finditer(r"[“”\"]|\bthat\b", self.text[sentence_start:cue.start]):
            window_start = sentence_start + mark.end()
        candidates = self._mentions_between(window_start, cue.start)
        aside = re.search(r",([^,]{1,120}),\s*(?:\w+\s+){0,2}$", self.text[window_start:cue.start])
        if aside:  # "Mr Zelensky, speaking at a summit with Nordic leaders, said": skip the aside
            a, b = window_start + aside.start(), window_start + aside.end()
            inside = [m for m in candidates if a <= m.start < b]
            outside = [m for m in candidates if not (a <= m.start < b)]
            is_name = (inside and inside[0].how in ("name", "title")  # ", Olaf Scholz," names someone
                       and self.text[a + 1:inside[0].start].strip() == "")
            if outside and not is_name and not (candidates and candidates[-1].start >= b):
                candidates = outside
        for m in reversed(candidates):
            gap = re.sub(r"\([^)]*\)", " ", self.text[m.end:cue.start])
            gap = re.sub(r"^\s*,[^,]{0,100},", " ", gap)  # appositive
            if len(gap.split()) <= _ADJACENT_WORDS and not re.search(r"[.;:]", gap):
                return self._resolve(m, m.start)
            break
        return self._unnamed_subject(window_start, cue.start)

    def _unnamed_subject(self, a: int, b: int) -> _Mention | None:
        """ "the ministry said", "A senior official, who asked not to be named, said":
        attributed, but to nobody the reader can name."""
        window = re.sub(r",\s*(?:who|which)\b[^,]*,\s*$", " ", self.text[a:b])
        window = re.sub(r"\b(?:has|have|had|also|later|then|previously|repeatedly|once|again)\s+$", "", window.rstrip() + " ")
        match = _UNNAMED_SUBJECT.search(window.rstrip())
        if not match:
            return None
        start = a + match.start(1)
        return _Mention(start, start + len(match.group(1)), "", match.group(1), "unnamed source")

    def _sentence_end(self, pos: int) -> int:
        i = bisect_right(self.sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return self.sentences[i][1]
        return len(self.text)

    def _after_quote(self, quote: _Quote, next_quote_start: int) -> tuple[_Mention, _Cue] | None:
        """“…,” said X. / “…,” X said. / “…,” X, a lawyer, wrote on Facebook."""
        a = quote.span.outer_end
        b = min(next_quote_start, quote.sentence[1])
        frame = self.text[a:b]
        lead = len(frame) - len(frame.lstrip(" ,.;:—–-"))
        cues = self._cues_between(a, b)
        if not cues:
            return None
        first = cues[0]
        if first.start == a + lead and first.kind == "speech":  # inverted: said Putin
            after = self._mentions_between(first.end, b)
            if after and len(self.text[first.end:after[0].start].split()) <= 1:
                resolved = self._resolve(after[0], after[0].start)
                return (resolved, first) if resolved else None
            unnamed = re.match(r"\s*((?:[\w’'-]+\s+){0,6}[\w’'-]+)\s*(?:[,.;]|$)", self.text[first.end:b])
            if unnamed:  # “…,” said Russia's defence ministry.
                start = first.end + unnamed.start(1)
                return (_Mention(start, start + len(unnamed.group(1)), "", unnamed.group(1), "unnamed source"), first)
            return None
        mentions = self._mentions_between(a, b)
        if mentions and mentions[0].start == a + lead:
            speaker = mentions[0]
            cue = next((c for c in cues if c.start >= speaker.end and c.kind == "speech"), None)
            if cue is not None and len(self.text[speaker.end:cue.start].split()) <= 25:
                resolved = self._resolve(speaker, speaker.start)
                return (resolved, cue) if resolved else None
        return None

    def _headline_colon(self, quote: _Quote) -> tuple[_Mention, _Cue] | None:
        """A headline that opens with a quote and a colon: "‘Our goals will be fulfilled’: Putin …"."""
        if quote.paragraph != 0 or quote.span.outer_start != 0:
            return None
        rest = self.text[quote.span.outer_end:self._sentence_end(quote.span.outer_end)]
        if not rest.startswith(":"):
            return None
        mentions = self._mentions_between(quote.span.outer_end, quote.span.outer_end + 60)
        if not mentions or len(self.text[quote.span.outer_end + 1:mentions[0].start].split()) > 1:
            return None
        speaker = self._resolve(mentions[0], mentions[0].start)
        return (speaker, _Cue(quote.span.outer_end, quote.span.outer_end + 1, ":", "speech")) if speaker else None

    # -- the pass over the article -------------------------------------------------------------
    def quotes(self) -> list[dict]:
        by_sentence: dict[int, list[_Quote]] = {}
        for quote in self.quotes_found:
            by_sentence.setdefault(quote.sentence[0], []).append(quote)
        anchor = None
        for s_start, s_end, _ in self.sentences:
            sentence_quotes = by_sentence.get(s_start, [])
            sentence_cues = self._cues_between(s_start, s_end)
            expressions = None
            sentence_date, date_text = None, ""
            cue_subjects: list[tuple[_Cue, _Mention | None]] = []
            for cue in sentence_cues:
                previous = next((subj for _, subj in reversed(cue_subjects) if subj is not None), None)
                if previous is not None and _COORDINATED.search(self.text[s_start:cue.start]):
                    subject = previous  # "He claimed that …, and said …": the same subject
                else:
                    subject = self._subject_of(cue, s_start)
                cue_subjects.append((cue, subject))
            for cue, _ in cue_subjects:
                if expressions is None:
                    expressions = self._dates_between(s_start, s_end)
                expression = self._date_for_cue(cue, expressions)
                if expression is not None:
                    resolved = _text.resolve_date(expression, self.published, anchor)
                    if not pd.isna(resolved):
                        sentence_date, date_text = resolved, expression.text
                        anchor = resolved
                        break
            for n, (cue, subject) in enumerate(cue_subjects):
                # an unnamed subject later in the sentence sits inside reported speech:
                # "Putin said the ministry had not asked him"
                if subject is not None and (subject.speaker or not any(s for _, s in cue_subjects[:n])):
                    self.events.append(_Event(cue.start, subject.speaker, sentence_date, date_text))
                    self.speech.setdefault(s_start, []).append((cue, subject, sentence_date, date_text))
            for i, quote in enumerate(sentence_quotes):
                following = sentence_quotes[i + 1].span.outer_start if i + 1 < len(sentence_quotes) else s_end
                self._attribute(quote, following, cue_subjects, s_start)
                quote.sentence_date, quote.sentence_date_text = sentence_date, date_text
                if quote.speaker and quote.kind != "scare":
                    self.events.append(_Event(quote.span.start, quote.speaker, sentence_date, date_text))
        self._date_quotes()
        self.rows = [self._row(n, q) for n, q in enumerate(self.quotes_found, start=1)]
        return self.rows

    def _date_for_cue(self, cue: _Cue, expressions):
        before = [e for e in expressions if e.end <= cue.start]
        if before:
            return before[-1]
        for e in expressions:
            if e.start >= cue.end:
                between = self.text[cue.end:e.start]
                if (len(between.split()) <= _DATE_AFTER_CUE_WORDS
                        and not re.search(r"\bthat\b|[“”\"‘]", between)):
                    return e
        return None

    def _attribute(self, quote: _Quote, following: int, cue_subjects, s_start: int) -> None:
        span = quote.span
        found = self._after_quote(quote, following) or self._headline_colon(quote)
        how = None
        if found is None:
            for cue, subject in cue_subjects:
                if cue.kind == "source" and subject is not None:
                    found, how = (subject, cue), "according to"
                    break
        if found is None:
            before = [(c, s) for c, s in cue_subjects if c.end <= span.outer_start and c.kind == "speech"]
            for cue, subject in reversed(before):
                if subject is not None:
                    found = (subject, cue)
                    break
            if found is None and before:
                # a participle ("saying", "thanking") has no subject of its own: the sentence's
                subject = next((s for c, s in cue_subjects if s is not None), None)
                if subject is not None:
                    found = (subject, before[-1][0])
        if found is None:
            later = [(c, s) for c, s in cue_subjects if c.start >= span.outer_end and s is not None]
            if later:
                found = (later[0][1], later[0][0])
        quote.kind = self._kind(quote, attributed=found is not None)
        if found is not None and quote.kind != "scare":
            mention, cue = found
            quote.speaker, quote.as_written = mention.speaker, mention.as_written
            quote.attribution, quote.cue = how or mention.how, " ".join(cue.text.split())
            return
        has_speech_cue = any(c.kind == "speech" for c, _ in cue_subjects)
        if quote.kind == "direct" and not has_speech_cue:
            previous = next((e for e in reversed(self.events) if e.pos < span.start), None)
            if previous is not None and previous.speaker:
                quote.speaker, quote.attribution = previous.speaker, "continuation"

    def _kind(self, quote: _Quote, attributed: bool) -> str:
        span = quote.span
        words = self.text[span.start:span.end]
        before = self.text[quote.sentence[0]:span.outer_start]
        if re.search(r"\b(?:the\s+)?(?:word|term|phrase|label|so-called)\s*$", before, re.IGNORECASE):
            return "scare"
        first = words.lstrip("[(…. ")
        starts_upper = bool(first) and (first[0].isupper() or first[0].isdigit() or words.startswith("["))
        sentence_initial = before.strip() == ""
        after_colon_cue = re.search(r"[,:]\s*$", before) is not None and any(
            c.end <= span.outer_start for c in self._cues_between(quote.sentence[0], span.outer_start))
        if starts_upper and not re.search(r"\bthat\s*$", before) and (sentence_initial or after_colon_cue):
            return "direct"
        if not span.opened:
            return "direct"
        if not attributed and len(words.split()) <= _SCARE_MAX_WORDS:
            return "scare"
        if len(words.split()) <= 3 and all(w[:1].isupper() for w in words.split()) and not sentence_initial:
            return "scare"  # a name in quote marks: the ‘Direct Line’ phone-in
        return "partial"

    # -- dates --------------------------------------------------------------------------------
    def _date_quotes(self) -> None:
        undated = pd.isna(self.published)
        dated_by_text: dict[str, tuple] = {}
        dated_events: dict[str, list[_Event]] = {}
        for event in self.events:
            if event.date is not None:
                dated_events.setdefault(event.speaker, []).append(event)
        dated_positions = {name: [e.pos for e in events] for name, events in dated_events.items()}
        by_sentence: dict[int, list[_Quote]] = {}
        for q in self.quotes_found:
            by_sentence.setdefault(q.sentence[0], []).append(q)
        for q in self.quotes_found:
            if q.sentence_date is not None:
                dated_by_text.setdefault(_fold(self.text[q.span.start:q.span.end]),
                                         (q.sentence_date, q.sentence_date_text))
        self._dated_events, self._dated_positions = dated_events, dated_positions
        for q in self.quotes_found:
            if q.sentence_date is not None:
                q.date, q.date_basis = q.sentence_date, f"{q.sentence_date_text} → {q.sentence_date.date()}"
                continue
            same = dated_by_text.get(_fold(self.text[q.span.start:q.span.end])) if q.speaker else None
            if same is None and q.speaker:
                same = next((dated_by_text.get(_fold(self.text[o.span.start:o.span.end]))
                             for o in by_sentence[q.sentence[0]] if o is not q
                             and dated_by_text.get(_fold(self.text[o.span.start:o.span.end]))), None)
            if same is not None:
                q.date, q.date_basis = same[0], f"the same words dated ‘{same[1]}’ → {same[0].date()}"
                continue
            q.date, q.date_basis = self.fallback_date(q.speaker, q.span.start)

    def fallback_date(self, speaker: str, pos: int) -> tuple:
        """The date of words with no date of their own: the same speaker's dated
        statement (the last before ``pos``, else the first after), else the
        publication date, else NaT. Call after ``quotes()``."""
        events = self._dated_events.get(speaker, []) if speaker else []
        if events:
            i = bisect_right(self._dated_positions[speaker], pos)
            event = events[i - 1] if i > 0 else events[0]
            return event.date, f"same speaker, ‘{event.date_text}’ → {event.date.date()}"
        if pd.isna(self.published):
            return pd.NaT, "undated article"
        return self.published, "published date"

    def _row(self, n: int, q: _Quote) -> dict:
        s_start, s_end = q.sentence
        return {
            "article_id": self.id, "quote_id": f"{self.id}-q{n:03d}", "speaker": q.speaker,
            "speaker_as_written": q.as_written, "attribution": q.attribution, "cue": q.cue,
            "text": self.text[q.span.start:q.span.end], "kind": q.kind, "statement_date": q.date,
            "date_basis": q.date_basis, "start": q.span.start, "end": q.span.end,
            "sentence": self.text[s_start:s_end], "sentence_start": s_start, "sentence_end": s_end,
            "paragraph": q.paragraph, "caption": q.caption, "published": self.published,
        }


def _fold(words: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", words.lower()).split())
