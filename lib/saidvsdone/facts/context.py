"""The per-article context every fact function reads, and the text layers it is built from.

``Article`` holds what is computed once per article: its sentences (the shared
document's, ``document_sentences``), its words, its actor mentions (``sides.mentions``), its places
(``places.place_mentions``) and the quote marks that only mark a word. The helpers
below (words around a position, the clause holding a position, mentions and places
in a span) take it as their first argument.

Example:
    >>> from saidvsdone import document
    >>> doc = document.build("a", "Kyiv said: “We hold. They flee.” Russia took 5 villages.")
    >>> [doc.text[a:b] for a, b, _ in document_sentences(doc)]
    ['Kyiv said: “We hold.', 'They flee.”', 'Russia took 5 villages.']
"""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter

from saidvsdone.facts.quantities import Quantity
from saidvsdone.facts.vocab import Unit, Vocabulary, vocab
from saidvsdone.matcher import fail_fast
from saidvsdone._letters import widen
from saidvsdone.segment import trim_end
from saidvsdone.facts.words import (
    CLAUSE_STOP,
    CLAUSE_WORDS,
    MAX_SENTENCE,
    REPORTING_VERBS,
    alternation,
)


#: a word (every Latin letter: "Priďônsk" one word, not "Pri" and "nsk": nx2), a number or a clause mark
WORD_RE = re.compile(widen(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.]*|%|[;:“”\"()—–]"))
#: the same tokens as one captured group: ``split`` gives the gaps and the tokens in turn (no match object per word)
_WORD_SPLIT = re.compile("(" + WORD_RE.pattern + ")")


SENTENCE_BREAK = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "sgt", "capt",
                  "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                  "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "approx", "est"}


#: "had "liberated" 47", "were “steadily advancing” in": one to four words in quote marks
#: after a lower-case word, inside a sentence.
# (the look-behind after the opening mark: the pattern opens on the marks, searched in C; issue 17)
SCARE_QUOTE_RE = re.compile(r"(?P<open>[\"“‘])(?<=[a-z] .)[A-Za-z][\w’'-]*(?: [A-Za-z][\w’'-]*){0,3}"
                            r"(?P<close>[\"”’])(?=[ ,;.])")


#: a full stop or comma between digits ("1,000", "1.5") is part of a number, not a clause end
#: (``[;:“”"()—!?]|\.(?!\d)|(?<!\d)\.|\s–\s|\s-\s`` written to open on one class of the characters a match starts with,
#: each branch's test after it: searched in C for those characters, 1.5x faster on a clause's window; issue 17)
CLAUSE_END = re.compile(r"[;:“”\"()—!?.\s](?:(?<=[;:“”\"()—!?])|(?<=\.)(?:(?!\d)|(?<!\d.))|(?<=\s)[–-]\s)")


CLAUSE_END_COMMA = re.compile(r"[;:“”\"()—!?.,\s](?:(?<=[;:“”\"()—!?])|(?<=[.,])(?:(?!\d)|(?<!\d.))|(?<=\s)[–-]\s)")


@dataclass
class Mention:
    start: int
    end: int
    side: str            # Russia / Ukraine / other / "" (unresolved)
    kind: str            # country, demonym, capital, person, force, pronoun-person/group/speaker
    display: str
    subject_ok: bool     # not the object of a preposition, not "Ukraine’s Kharkiv region"
    refers_to: object = field(default=None, repr=False, compare=False)   # a pronoun's "the enemy" (resolved later)


@dataclass
class PlaceHit:
    start: int
    end: int
    place: str
    country: str
    kind: str


@dataclass
class Fact:
    start: int
    end: int
    sentence: int
    category: str
    change: str
    actor: str
    unit: str
    places: list = field(default_factory=list)
    quantity: Quantity | None = None
    unit_row: Unit | None = None
    quantity_text: str = ""
    modality: str = ""
    anchor: int = 0        # where the fact's word is (for periods and attribution)
    intercepted: bool = False   # a shoot-down count ("shot down 24 of the missiles")
    bound: str = ""             # "lower" / "upper" for the two rows of a range
    flags: tuple = ()           # "vague", "inverted range", "dimension" …: outside the schema
    restates: Fact | None = None        # the first mention of a figure said again
    conversion_of: Fact | None = None   # the figure a bracketed conversion restates


def document_sentences(doc, v: Vocabulary | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, is_caption) of the shared document's sentences (the one splitter of every
    stage), with the facts vocabulary's caption cues. A document sentence that holds a quoted
    passage of several sentences is read one quoted sentence at a time (a figure's scope is its
    own sentence), and run-ons are cut to a bounded length."""
    v = v if v is not None else vocab()
    captions = v.cues.get("caption", frozenset())
    caption_re = re.compile(rf"(?:{alternation(captions)})\s*[:|]") if captions else None
    text = doc.text
    out = []
    for s in doc.sentences:
        if doc.in_furniture(s.start):
            continue  # a caption, a credit, a byline: no figure of the story, and no "sentence before" one
        p_start = doc.paragraphs[s.paragraph][0]
        is_caption = s.caption or bool(caption_re and caption_re.match(text[p_start:s.end].lstrip("“\"‘' ")))
        out.extend(_split(text, s.start, s.end, is_caption))
    return [piece for s in out if s[1] > s[0] for piece in bounded(text, *s)]


def _split(text: str, start: int, end: int, is_caption: bool) -> list[tuple[int, int, bool]]:
    """``text[start:end]`` cut at every sentence break (inside quotes too)."""
    body = text[start:end]
    out, cut = [], start
    for brk in SENTENCE_BREAK.finditer(body):
        before = body[:brk.start()].rsplit(None, 1)
        last = before[-1].lower().strip("“\"‘'(") if before else ""
        if last in ABBREVIATIONS or re.fullmatch(r"[a-z]", last) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last):
            continue
        stop = start + brk.end()
        out.append((cut, trim_end(text, cut, stop), is_caption))
        cut = stop
    out.append((cut, trim_end(text, cut, end), is_caption))
    return out


def bounded(text: str, start: int, end: int, is_caption: bool):
    """A run-on "sentence" (no full stops for pages) is cut at spaces into pieces of at
    most ``MAX_SENTENCE`` characters, so the work per sentence stays bounded."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut, is_caption
        start = cut
        while start < end and text[start] == " ":
            start += 1
    if end > start:
        yield start, end, is_caption


def scare_marks(text: str) -> dict:
    """Positions of quote marks around a few words inside a sentence ('had "liberated"',
    'were "steadily advancing" in'): such marks quote a word, they do not end a clause."""
    marks = {}
    for m in SCARE_QUOTE_RE.finditer(text):
        before = text[max(0, m.start() - 30):m.start()].split()
        if before and before[-1].lower().strip(",") in REPORTING_VERBS:
            continue
        marks[m.start("open")] = m.start("close")
        marks[m.start("close")] = m.start("open")
    return marks


def headline_end(text: str) -> int:
    """End of a headline: a first paragraph with no closing full stop, followed by more text."""
    first = re.match(r"\s*([^\n]+)\n", text)
    if not first or re.search(r"[.!?…][\"”’')]*\s*$", first.group(1)) or \
            not text[first.end():].strip():
        return 0
    return first.end(1)


@dataclass
class Article:
    """One article as the fact functions read it, built once by ``facts.read_article``."""
    article_id: str
    text: str
    published: object                # pd.Timestamp or NaT
    v: Vocabulary
    sentences: list                  # (start, end, is_caption), from ``sentences``
    words: list                      # (start, end, token), from ``WORD_RE``
    mentions: list                   # Mention, from ``sides.mentions``
    places: list                     # PlaceHit, from ``places.place_mentions``
    scare_marks: dict
    headline_end: int
    last_launch: str = ""            # side of the last strike count that was not a shoot-down
    last_launcher: str = ""          # the side of the last such count that had one
    period_cache: dict = field(default_factory=dict)
    numeric: list = field(default_factory=list)     # the numeric facts found so far
    errors: list = field(default_factory=list)      # sentences that could not be read
    doc: object = None                              # the shared document (its speech layer dates the periods)
    sentence_starts: list = field(init=False)
    word_starts: list = field(init=False)
    mention_starts: list = field(init=False)
    place_starts: list = field(init=False)
    speakers: object = field(default=None, init=False, repr=False)  # sides.SpeakerSides, made at first use

    def __post_init__(self):
        self.sentence_starts = [s for s, _, _ in self.sentences]
        self.word_starts = [w[0] for w in self.words]
        self.mention_starts = [m.start for m in self.mentions]
        self.place_starts = [p.start for p in self.places]


@dataclass
class Reading:
    """What a number with a unit says, filled in by the reading for its kind of unit
    (``territorial.read_length`` …): the span of the fact, category, change, actor."""
    quantity: Quantity
    unit: Unit
    unit_start: int
    unit_end: int
    s_start: int
    s_end: int
    clause_start: int
    start: int
    end: int
    category: str
    change: str = ""
    actor: str = ""
    intercepted: bool = False
    label: str = ""             # the unit label when the reading changes it (people → troops)
    flags: tuple = ()


def word_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) of every word, number and clause mark of ``text``: what ``WORD_RE.finditer`` finds.

    Read from one ``split`` (gap, token, gap, token, …, gap) and the running sum of the parts' lengths, each a loop
    in C: no match object and no Python step per word (issue 17; the pattern matches no empty string)."""
    parts = _WORD_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))  # offsets[k]: where parts[k] starts
    return list(zip(offsets[1::2], offsets[2::2], parts[1::2]))


def sentence_of(ctx, pos: int) -> int:
    return max(0, bisect_right(ctx.sentence_starts, pos) - 1)


def word_index(ctx, pos: int) -> int:
    return bisect_left(ctx.word_starts, pos)


def words_before(ctx, pos: int, limit: int, stop_at: int) -> list[tuple[int, int, str]]:
    """Up to ``limit`` words before ``pos`` that start at or after ``stop_at``, nearest first
    (words are in text order: two bisections and a slice)."""
    i = word_index(ctx, pos)
    first = max(bisect_left(ctx.word_starts, stop_at), i - limit, 0)
    return ctx.words[first:i][::-1] if first < i else []  # nearest first


def words_after(ctx, pos: int, limit: int, stop_at: int) -> list[tuple[int, int, str]]:
    """Up to ``limit`` words from ``pos`` on that end at or before ``stop_at``."""
    i = word_index(ctx, pos)
    last = min(i + limit, bisect_right(ctx.words, stop_at, lo=i, key=_WORD_END))
    return ctx.words[i:last] if i < last else []


_WORD_END = itemgetter(1)  # a word's end, the bisection's key (a C call, not a Python function per step: issue 17)


def mentions_in(ctx, start: int, end: int) -> list[Mention]:
    i = bisect_left(ctx.mention_starts, start)
    out = []
    while i < len(ctx.mentions) and ctx.mentions[i].start < end:
        out.append(ctx.mentions[i])
        i += 1
    return out


def places_in(ctx, start: int, end: int) -> list[PlaceHit]:
    i = bisect_left(ctx.place_starts, start)
    out = []
    while i < len(ctx.places) and ctx.places[i].start < end:
        if ctx.places[i].end <= end:
            out.append(ctx.places[i])
        i += 1
    return out


def place_at(ctx, pos: int) -> PlaceHit | None:
    i = bisect_left(ctx.place_starts, pos)
    if i < len(ctx.places) and ctx.places[i].start == pos:
        return ctx.places[i]
    if i > 0 and ctx.places[i - 1].start < pos < ctx.places[i - 1].end:
        return ctx.places[i - 1]
    return None


def transparent_mark(ctx, mark: int, pos: int) -> bool:
    """A scare-quote mark that does not bound the clause of ``pos``: the quoted words
    hold ``pos``, or sit right next to it ("liberated" 47 / "steadily advancing" in)."""
    other = ctx.scare_marks.get(mark)
    if other is None:
        return False
    low, high = min(mark, other), max(mark, other)
    if low < pos <= high:
        return True
    if len(ctx.text[low + 1:high].split()) <= 2:
        return True     # "had “liberated” the village of X and two other settlements": a quoted word
    gap = ctx.text[high + 1:pos] if pos > high else ctx.text[pos:low]
    return not gap.strip()


def clause_start_at(ctx, pos: int, s_start: int) -> int:
    """Left edge of the clause holding ``pos``: a ; : — or quote mark, or the sentence.
    Quote marks around a few words next to ``pos`` ("liberated" 47) and a closed bracket
    ("3 km (1.8 miles) … and 7 km") sit inside a clause and do not end it."""
    inside_bracket = False
    for w in words_before(ctx, pos, CLAUSE_WORDS, s_start):
        if inside_bracket:
            inside_bracket = w[2] != "("
            continue
        if w[2] in CLAUSE_STOP:
            if w[2] in "“\"" and w[1] == pos:
                continue          # a scare quote opening the word itself: "liberated"
            if transparent_mark(ctx, w[0], pos) or partial_quote_opening(ctx, w):
                continue
            if w[2] == ")":
                inside_bracket = True
                continue
            return w[1]
    return s_start


def partial_quote_opening(ctx, w) -> bool:
    """An opening quote mark after a subject inside a sentence: Russian troops "have
    liberated 98% of the region" — the quote goes on with the sentence, whose subject is
    before the mark (after a reporting verb or a colon the quote is a complement)."""
    if w[2] not in "“\"" or not ctx.text[w[1]:w[1] + 1].isalpha():
        return False
    before = ctx.text[max(0, w[0] - 30):w[0]]
    previous = re.search(r"([A-Za-z’']+)\s$", before)
    return previous is not None and previous.group(1).lower() not in REPORTING_VERBS and \
        not previous.group(1).lower().endswith("ly")


def comma_clause_start_at(ctx, pos: int, s_start: int) -> int:
    for w in words_before(ctx, pos, CLAUSE_WORDS, s_start):
        if w[2] in CLAUSE_STOP and not transparent_mark(ctx, w[0], pos):
            return w[1]
    comma = ctx.text.rfind(",", s_start, pos)
    while comma > s_start and ctx.text[comma - 1:comma].isdigit() and ctx.text[comma + 1:comma + 2].isdigit():
        # "shot down 1,290 of the drones and 44 of the missiles": a figure's thousands comma opens no clause
        # (as in CLAUSE_END_COMMA)
        comma = ctx.text.rfind(",", s_start, comma)
    return max(comma + 1, clause_start_at(ctx, pos, s_start))


def clause_end_at(ctx, pos: int, s_end: int, commas: bool = True) -> int:
    pattern = CLAUSE_END_COMMA if commas else CLAUSE_END
    for match in pattern.finditer(ctx.text, pos, s_end):
        if not transparent_mark(ctx, match.start(), pos):
            return match.start()
    return s_end
