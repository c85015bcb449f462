"""One annotated document per article, built once and read by every stage.

A :class:`Document` holds the layers of one article: paragraphs, sentences (one splitter for
every stage), quoted spans, the headline, captions and words; and, computed on first use,
the speech layer (:mod:`saidvsdone.speech`: mentions of people and institutions, speech cues
with their speakers and dates, and who said each quote). ``quotes.extract``, ``claims.find``
and ``facts.extract`` are thin readers of it, and :func:`documents` keeps recently built
documents so that running the three stages on one corpus segments each article once.

:func:`per_article` is the stages' common loop: a progress bar, a typed frame, and one bad
article reported in ``frame.attrs["errors"]`` (with a warning) instead of stopping the corpus.

Example:
    >>> from saidvsdone import corpus, document
    >>> doc = next(document.documents(corpus.from_text(
    ...     "Putin speaks\\n\\n“We will win,” Putin said on Friday. It was cold.", published="2022-10-14")))
    >>> [doc.text[s.start:s.end] for s in doc.sentences]
    ['Putin speaks', '“We will win,” Putin said on Friday.', 'It was cold.']
    >>> doc.sentences[0].headline, [doc.text[q.start:q.end] for q in doc.quotes]
    (True, ['We will win,'])
"""

from __future__ import annotations

import gc
import os
import re
import warnings
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, count
from typing import Callable, Iterable, Iterator, NamedTuple

import pandas as pd

from saidvsdone import segment, vocab
from saidvsdone._plural import agree, plural
from saidvsdone._progress import progress
from saidvsdone.segment import QuoteSpan

#: (``Document.pull_quotes``) a word, and a double quote mark of any style
_WORD = re.compile(r"\w+")
_DOUBLE_MARK = re.compile(r"[“”„«»\"]")

__all__ = ["Document", "Sentence", "Quote", "Token", "build", "documents", "clear_cache", "per_article", "parallel",
           "jobs", "slices", "share", "StageWarning"]


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    headline: bool
    caption: bool


@dataclass(frozen=True, slots=True)
class Quote:
    """A top-level quoted span (``span``) with the paragraph and sentence it sits in."""

    span: QuoteSpan
    paragraph: int
    sentence: tuple[int, int]
    caption: bool

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


class Token(NamedTuple):
    """A word: a named tuple (a document has thousands: a frozen dataclass is slow to build)."""

    start: int
    end: int
    lower: str
    stem: str


TOKEN = re.compile(r"\w(?:[\w’'-]*\w)?")  # words, with inner apostrophes and hyphens: don’t, call-up
#: a web page's subhead on a line of its own between paragraphs: one to eight words, a capital first, no digit, no
#: quote mark, no closing stop or colon ("What comes next", "The Kursk operation", "Details"); not a sentence of prose
_SHORT_SUBHEAD = re.compile(r"\s*[A-Z][^\W\d_]*[’'-]?[^\W\d_]*(?:[ \t]+[^\W\d_][^\W\d_’'-]*){0,7}\s*")
#: a character no part of ``_SHORT_SUBHEAD`` matches (not a word character, a space, ’, ' or -: a stop, a comma, a quote
#: mark …): a paragraph holding one is no subhead. One class, searched in C: most paragraphs are prose and hold one
#: within their first words, where the fullmatch's nested word runs backtrack over the whole first sentence (sp20)
_NO_SUBHEAD_CHAR = re.compile(r"[^\w\s’'-]")


def short_subhead(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` reads as a short subhead line (``_SHORT_SUBHEAD``: "What comes next").

    Example:
        >>> short_subhead("What comes next", 0, 15), short_subhead("He said the front held.", 0, 23)
        (True, False)
    """
    return _NO_SUBHEAD_CHAR.search(text, a, b) is None and _SHORT_SUBHEAD.fullmatch(text, a, b) is not None


@dataclass(eq=False)
class Document:
    """The layers of one article (positions are offsets into ``text``)."""

    article_id: str
    text: str
    published: pd.Timestamp  # NaT when undated
    title: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    headline_end: int  # -1: no headline
    #: the paragraphs that are captions, credits and bylines (:func:`segment.furniture`): nobody speaks there
    furniture: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        masks = [(q.span.outer_start, q.span.outer_end) for q in self.quotes]
        self._mask_starts = [a for a, _ in masks]
        self._mask_ends = [b for _, b in masks]
        self._sentence_starts = [s.start for s in self.sentences]
        self._furniture_starts = [a for a, _ in self.furniture]

    def in_quote(self, pos: int) -> bool:
        """Is ``pos`` inside a quoted span (marks included)?"""
        i = bisect_right(self._mask_starts, pos) - 1
        return i >= 0 and pos < self._mask_ends[i]

    def quotes_within(self, start: int, end: int) -> list[Quote]:
        """The quotes whose marks lie inside ``start:end`` (found by bisection, not by a scan of every quote)."""
        i, found = bisect_left(self._mask_starts, start), []
        while i < len(self.quotes) and self._mask_starts[i] < end:
            if self._mask_ends[i] <= end:
                found.append(self.quotes[i])
            i += 1
        return found

    @cached_property
    def transcript(self) -> tuple[tuple[int, int], ...]:
        """The words of a Q&A interview's question and answer lines, after their labels (:func:`segment.transcript_lines`)."""
        return tuple(segment.transcript_lines(self.text, list(self.paragraphs))) if ":" in self.text else ()

    def in_transcript(self, pos: int) -> bool:
        """Is ``pos`` in the words of a Q&A line (speech without quote marks: no attribution, no antecedent there),
        in a sentence without quote marks (``As the president said, “…”`` inside an answer keeps its attribution)?"""
        spans = self.transcript
        i = bisect_right(spans, (pos, float("inf"))) - 1
        if i < 0 or pos >= spans[i][1]:
            return False
        sentence = self.sentence_at(pos)
        return sentence is None or not self.quotes_within(sentence.start, sentence.end)

    @cached_property
    def byline_writers(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of the writer's name of each byline of one writer over the copy, on the lines that start in
        its first 600 characters (:func:`segment.byline_writer`: "By A B", "By A B in Kyiv")."""
        found = []
        for a, b in self.paragraphs:
            if a >= 600:
                break
            writer = segment.byline_writer(self.text[a:b])
            if writer is not None:
                found.append((a + writer[0], a + writer[1]))
        return tuple(found)

    def in_furniture(self, pos: int) -> bool:
        """Is ``pos`` in a caption, a credit or a byline (:func:`segment.furniture`)?"""
        i = bisect_right(self._furniture_starts, pos) - 1
        return i >= 0 and pos < self.furniture[i][1]

    @cached_property
    def pull_quotes(self) -> frozenset[int]:
        """The paragraphs that repeat the words of a quoted passage of the article without quote marks and without
        attribution: a page's pull quote ("We will not give up the river." between paragraphs, over the body's
        “We will not give up the river,” he said.), six words or more, no mark, no other words (mt11). Speech without
        quote marks is no quote, and the pull quote is no paragraph of the story."""
        if not self.quotes:
            return frozenset()
        quoted = "\n".join(" ".join(_WORD.findall(self.text[q.start:q.end].lower())) for q in self.quotes)
        found = set()
        for index, (a, b) in enumerate(self.paragraphs):
            if not 30 <= b - a <= 400 or _DOUBLE_MARK.search(self.text, a, b):
                continue
            words = _WORD.findall(self.text[a:b].lower())
            if len(words) >= 6 and " ".join(words) in quoted:
                found.add(index)
        return frozenset(found)

    @cached_property
    def _label_lines(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of the interruptions (:attr:`interruptions`) that are labels of under four words between
        paragraphs of the body, a newsletter's or a post's name over its box ("The War Briefing", a channel's "Northern
        Relief Fund"), an embedded post's words (``segment.embed_post``) and a pull quote (:attr:`pull_quotes`), mt11. (A subhead of four words or more may
        be a headline-style claim, "Commander says troops hold the bridge": ``citing.subhead_lines``; its names stay.)"""
        return tuple((a, b) for i, (a, b) in ((i, self.paragraphs[i]) for i in sorted(self.interruptions))
                     if (short_subhead(self.text, a, b) and len(self.text[a:b].split()) < 4)
                     or segment.embed_post(self.text, a, b) or i in self.pull_quotes)

    def in_subhead_line(self, pos: int) -> bool:
        """Is ``pos`` in a short line of no sentence between paragraphs of the body (``_label_lines``)? A label names
        nobody a later "he" or "it" stands for (mt11)."""
        spans = self._label_lines
        i = bisect_right(spans, (pos, float("inf"))) - 1
        return i >= 0 and pos < spans[i][1]

    @cached_property
    def interruptions(self) -> frozenset[int]:
        """The paragraphs that interrupt the story without being part of it: a caption, a credit or a
        byline (``furniture``), a related link ("Read more: …", the ``link_label`` group of
        ``data/claim_words.csv``), a page's time stamp ("Updated at 14:32 GMT": ``segment.PAGE_STAMP``), an
        interviewer's question line ("Q: …": the answer after it goes on from the paragraph before) and a
        short subhead between paragraphs of the body ("What comes next", "The Kursk operation": ``_SHORT_SUBHEAD``) and an
        embedded social-media post's words (``segment.embed_post``: "… pic.twitter.com/…") and a pull quote
        (:attr:`pull_quotes`), mt11.
        The paragraphs on either side of one follow each other in the story."""
        found = set()
        last = len(self.paragraphs) - 1
        for index, (a, b) in enumerate(self.paragraphs):
            if (self.in_furniture(a) and self.in_furniture(b - 1)) or segment.link_label(self.text, a, b) > 0 \
                    or segment.PAGE_STAMP.fullmatch(self.text, a, b) \
                    or (":" in self.text[a:b] and segment.QUESTION_LABEL.match(self.text, a, b)) \
                    or (0 < index < last and a >= self.headline_end and short_subhead(self.text, a, b)) \
                    or segment.embed_post(self.text, a, b) or index in self.pull_quotes:
                found.add(index)
        return frozenset(found)

    def story_gap(self, earlier: int, later: int, skipped: tuple[int, ...] | None = None) -> int:
        """How far paragraph ``later`` is from paragraph ``earlier`` in the story (1: the next one), the
        interruptions between (:attr:`interruptions`) not counted, or the paragraphs ``skipped`` when given (a sorted
        tuple), as :meth:`story_back` reads back."""
        skipped = self._interruptions_sorted if skipped is None else skipped
        if later - earlier <= 1 or not skipped:
            return later - earlier
        # (by bisection: no walk over every paragraph between)
        return later - earlier - (bisect_left(skipped, later) - bisect_right(skipped, earlier))

    @cached_property
    def _interruptions_sorted(self) -> tuple[int, ...]:
        return tuple(sorted(self.interruptions))

    def story_back(self, index: int, steps: int, skipped: frozenset[int] | None = None) -> int:
        """The paragraph ``steps`` paragraphs of the story before paragraph ``index`` (the interruptions
        between not counted, or the paragraphs ``skipped`` when given; 0 at the top)."""
        skipped = self.interruptions if skipped is None else skipped
        while steps > 0 and index > 0:
            index -= 1
            if index not in skipped:
                steps -= 1
        return index

    def story_ahead(self, index: int, steps: int) -> int:
        """The paragraph ``steps`` paragraphs of the story after paragraph ``index`` (the interruptions
        between not counted; the last paragraph at the end), as :meth:`story_back` reads back.

        Example:
            >>> doc = build("a", "One.\\n\\nTwo.\\n\\nSoldiers near the front. Photo: A B/Agency\\n\\nThree.")
            >>> sorted(doc.interruptions), doc.story_ahead(0, 2), doc.story_back(3, 1), doc.story_gap(1, 3)
            ([2], 3, 1, 1)
        """
        skipped, last = self.interruptions, len(self.paragraphs) - 1
        while steps > 0 and index < last:
            index += 1
            if index not in skipped:
                steps -= 1
        return min(index, last)

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_end(self, pos: int) -> int:
        sentence = self.sentence_at(pos)
        return sentence.end if sentence is not None else len(self.text)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        from saidvsdone.matcher import stem

        forms: dict[str, tuple[str, str]] = {}  # each distinct word lower-cased and stemmed once
        tokens = []
        new = tuple.__new__
        for m in TOKEN.finditer(self.text):
            word = m.group()
            known = forms.get(word)
            if known is None:
                known = forms[word] = (word.lower(), stem(word))
            start, end = m.span()
            tokens.append(new(Token, (start, end, *known)))
        return tuple(tokens)

    @cached_property
    def token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def speech(self):
        """The speech layer (:class:`saidvsdone.speech.Speech`), computed on first use."""
        from saidvsdone import speech

        return speech.analyse(self)


#: a bullet opening a paragraph before a quote mark ("• “We hold,” X said": not a dash, "— Agencies" is no list
#: item; a bullet before words stays in its sentence, where the facts' lists read it)
_BULLET = re.compile(r"[ \t]*[•·▪►*][ \t]+[“\"«‘']")


def build(article_id: str, text: str, published=None, title: str = "") -> Document:
    """Segment one article into a :class:`Document`."""
    published = pd.Timestamp(published) if published is not None and not pd.isna(published) else pd.NaT
    headline_end = segment.headline_end(text, title or "")
    sentences: list[Sentence] = []
    quotes: list[Quote] = []
    paragraphs = segment.paragraphs(text)
    headlines = segment.headline_paragraphs(text, title or "", paragraphs)
    quoted = set()
    all_spans = segment.without_stray_marks(text, paragraphs, [segment.quote_spans(text, ps, pe) for ps, pe in paragraphs])
    for index, (ps, pe) in enumerate(paragraphs):
        spans = all_spans[index]
        if spans:
            quoted.add(index)
        outer = [(s.outer_start, s.outer_end) for s in spans]
        para_sentences = segment.sentences(text, ps, pe, outer)
        bullet = segment.line_marker(text, ps, pe) if _BULLET.match(text, ps, pe) else -1
        if bullet > 0 and para_sentences and para_sentences[0][0] == ps and bullet < para_sentences[0][1]:
            para_sentences[0] = (bullet, para_sentences[0][1])  # "• “We hold,” X said": the sentence opens after the bullet
        start = para_sentences[0][0] if bullet > 0 and para_sentences else ps
        cut = segment.dateline_end(text, start, pe)
        if cut > 0 and para_sentences and para_sentences[0][0] == start and not any(a < cut for a, _ in outer):
            # "KYIV (AP) — The army said …": the sentence opens after it; a dateline's full stop split off no sentence
            # ("KHARKIV. June 15 (Interfax-Ukraine) – The army said …": its sentences up to the cut are one)
            k = next((i for i, (_s, e) in enumerate(para_sentences) if e > cut), None)
            if k is not None:
                para_sentences[:k + 1] = [(cut, para_sentences[k][1])]
        if index in headlines and para_sentences:
            label = segment.wire_label(text, para_sentences[0][0], pe)
            if 0 < label < para_sentences[0][1]:  # "UPDATE 3-Russia says …", "FLASH: …": the title opens after the label
                para_sentences[0] = (label, para_sentences[0][1])
            tail = segment.outlet_tail(text, para_sentences[-1][0], pe)
            if tail > 0:  # "… says spokesman | Zaporizhzhia Herald": the title's sentence ends before the outlet's name
                para_sentences[-1:] = [(para_sentences[-1][0], tail), (tail + len(text[tail:pe]) - len(text[tail:pe].lstrip(" \t|｜")), pe)]
        caption = segment.is_caption(text, ps)
        for a, b in para_sentences:
            sentences.append(Sentence(a, b, index, index in headlines, caption))
        for span in spans:
            quotes.append(Quote(span, index, _sentence_of(span, para_sentences), caption))
    return Document(article_id, text, published, title or "", tuple(paragraphs), tuple(sentences),
                    tuple(quotes), headline_end, tuple(segment.furniture(text, paragraphs, headlines, quoted)))


def _sentence_of(span: QuoteSpan, para_sentences) -> tuple[int, int]:
    first = next((s for s in para_sentences if s[0] <= span.outer_start < s[1]), para_sentences[0])
    last = next((s for s in para_sentences if s[0] < span.outer_end <= s[1]), first)
    return (first[0], max(first[1], last[1]))


# --- the corpus-level loop -------------------------------------------------------------

_CACHE_SIZE = 4096
_cache: OrderedDict = OrderedDict()


def _key(article, version) -> tuple:
    return (article.article_id, hash(article.text), len(article.text), str(article.published),
            str(article.title), version)


def clear_cache() -> None:
    """Forget the documents built so far (the next stage call segments every article again)."""
    _cache.clear()


def documents(articles: pd.DataFrame | str) -> Iterator[Document]:
    """One :class:`Document` per row of ``articles`` (a frame from ``corpus.load`` /
    ``corpus.from_text``, or a plain string), reusing the ones built recently."""
    version = vocab.refresh()
    for article in _rows(articles):
        key = _key(article, version)
        doc = _cache.get(key)
        if doc is None:
            doc = build(article.article_id, article.text, article.published, _title(article))
            _cache[key] = doc
            if len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
        else:
            _cache.move_to_end(key)
        yield doc


def _title(article) -> str:
    title = getattr(article, "title", "")
    return "" if title is None or (isinstance(title, float) and pd.isna(title)) else str(title)


@dataclass(frozen=True, slots=True)
class _Row:
    article_id: str
    text: str
    published: object
    title: str


def _rows(articles: pd.DataFrame | str) -> Iterable[_Row]:
    """The articles as plain rows; a missing ``article_id`` is the row's index, a text that is
    not a string is empty (and so gives no rows)."""
    if isinstance(articles, str):
        from saidvsdone import corpus

        articles = corpus.from_text(articles)
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"expected the frame corpus.load() or corpus.from_text() returns, or a str; "
                        f"got {type(articles).__name__}")
    if "text" not in articles.columns:
        raise ValueError("the articles frame has no 'text' column (corpus.load() and corpus.from_text() give one)")
    ids = articles["article_id"] if "article_id" in articles.columns else pd.Series(articles.index.astype(str))
    published = articles["published"] if "published" in articles.columns else [None] * len(articles)
    titles = articles["title"] if "title" in articles.columns else [""] * len(articles)
    for article_id, text, date, title in zip(ids, articles["text"], published, titles):
        yield _Row("" if article_id is None or (isinstance(article_id, float) and pd.isna(article_id))
                   else str(article_id), text if isinstance(text, str) else "", date, title)


def _freeze_heap() -> bool:
    """Move every object alive now (the modules, the vocabulary and compiled patterns of earlier runs, the documents
    the cache holds) out of the garbage collector's sight for one stage's run: its full collections then walk only
    what the run makes (sp25, issue 17: about half of the collector's time, ≈2% of a run). ``per_article`` gives them
    back (``gc.unfreeze``) when the run ends, so nothing that becomes garbage later is kept; a freeze and an unfreeze
    move list heads (no walk of the heap). False (nothing done) when the collector is off or something froze objects
    already (the caller's own ``gc.freeze``, before a fork: theirs to undo, not ours)."""
    if not gc.isenabled() or gc.get_freeze_count():
        return False
    gc.freeze()
    return True


class StageWarning(UserWarning):
    """An article a stage could not read; the others were read (see ``attrs["errors"]``)."""


def per_article(articles: pd.DataFrame | str, stage: Callable[[Document], list[dict]],
                frame: Callable[[list[dict]], pd.DataFrame], desc: str) -> pd.DataFrame:
    """Run ``stage`` on every article's document and type the rows with ``frame``.

    An article whose analysis raises is left out of the rows and listed in
    ``result.attrs["errors"]`` (article id, stage, error), with one warning for the run: one bad
    article never stops a corpus. A vocabulary table that cannot be used (``vocab.VocabularyError``, naming
    the file and line) is no article's fault: it stops the run with its message. ``stage`` may also return ``(rows, problems)`` when only parts
    of an article could not be read (they are listed the same way).
    """
    global _warm
    total = 1 if isinstance(articles, str) else len(articles)
    rows: list[dict] = []
    errors: list[dict] = []
    whole = 0  # articles left out entirely; the other errors are parts of articles (a sentence)
    frozen = _freeze_heap()
    try:
        for doc in progress(documents(articles), total=total, desc=desc):
            try:
                found = stage(doc)
            except vocab.VocabularyError:  # a row of data/*.csv, not this article: every article would fail the same way
                raise
            except Exception as error:  # noqa: BLE001 - reported below, the corpus goes on
                errors.append({"article_id": doc.article_id, "stage": desc,
                               "error": f"{type(error).__name__}: {error}"})
                whole += 1
                continue
            if isinstance(found, tuple):  # (rows, problems): parts of the article could not be read
                found, problems = found
                errors.extend({"article_id": doc.article_id, "stage": desc, "error": p} for p in problems)
            rows.extend(found)
    finally:
        if frozen:
            gc.unfreeze()
    _warm = True   # (this process's patterns are compiled, its tables read: share() forks from it as it is)
    result = frame(rows)
    result.attrs["errors"] = errors
    if errors:
        what = [f"{plural(whole, 'article')} could not be read and {agree(whole, 'was', 'were')} left out"] if whole else []
        what += [f"{plural(len(errors) - whole, 'part')} of articles could not be read and "
                 f"{agree(len(errors) - whole, 'was', 'were')} left out, the rest of those articles was read"] if len(errors) > whole else []
        warnings.warn(f"{desc}: {'; '.join(what)} (first: {errors[0]['article_id']}: {errors[0]['error']}); "
                      "see .attrs['errors']", StageWarning, stacklevel=3)
    return result


# --- every core ----------------------------------------------------------------------------

def jobs(n_jobs: int | None) -> int:
    """How many processes ``n_jobs`` asks for: ``-1`` (or ``None``) = every core."""
    if n_jobs is None or n_jobs < 1:
        return os.cpu_count() or 1
    return n_jobs


def parallel(verb: Callable[..., pd.DataFrame], articles: pd.DataFrame, n_jobs: int, **options) -> pd.DataFrame:
    """``verb(articles, **options)`` run on ``n_jobs`` processes, a few slices of articles each
    (:data:`PIECES_PER_PROCESS`), and put back together in the articles' order: the same table as
    one process gives.

    A frame in ``options`` with an ``article_id`` column (``quotes=`` of ``claims.find``) is
    sliced along with the articles.
    """
    n = min(jobs(n_jobs), len(articles))
    chunks = slices(articles, n * PIECES_PER_PROCESS, falling=True)
    calls = []
    for chunk in chunks:
        ids = set(chunk["article_id"])
        sliced = {k: (v[v["article_id"].isin(ids)] if isinstance(v, pd.DataFrame) and "article_id" in v else v)
                  for k, v in options.items()}
        calls.append((verb, chunk, sliced))
    parts = share(_call, calls, n)
    return concat(parts) if parts else verb(articles.iloc[:0], **options)


def share(work: Callable, pieces: list, n: int) -> list:
    """``[work(piece) for piece in pieces]`` on ``n`` processes: this one and ``n - 1`` forked
    ones, each taking the next piece when done with one; the results in the pieces' order.

    This process works too (it was idle, waiting: its share now needs no pickling, no start-up
    and no fresh copy of its memory), and the forked ones find the pieces in the memory they
    inherit (nothing to send). Where processes cannot be forked, ``n`` processes of a pool are
    sent the pieces (``work`` is then pickled: a module-level function). A process that has run no stage yet reads
    the last piece itself before forking (its patterns compiled and tables read once, for all).

    Example:
        >>> share(len, ["a", "bb", "ccc"], 2)
        [1, 2, 3]
    """
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing

    n = min(n, len(pieces))
    if n <= 1:
        return [work(piece) for piece in pieces]
    if "fork" not in multiprocessing.get_all_start_methods():
        with ProcessPoolExecutor(max_workers=n) as pool:
            return list(pool.map(work, pieces))
    context = multiprocessing.get_context("fork")
    done: dict = {}
    if not _warm and len(pieces) > n:
        # a process that has run no stage yet compiles its patterns and reads its tables on first use (≈1 s): it takes
        # the last (smallest) piece before forking, so the forked processes inherit all that instead of each doing it
        # again (sp25, issue 17); a piece's result does not depend on the process that reads it
        done[len(pieces) - 1] = work(pieces[-1])
        pieces = pieces[:-1]
    taken = context.Value("i", 0)   # the next piece to take, shared by the processes
    token = next(_tokens)
    _shared[token] = (work, pieces, taken)
    try:
        with ProcessPoolExecutor(max_workers=n - 1, mp_context=context) as pool:
            others = [pool.submit(_take, token) for _ in range(n - 1)]   # forked here, pieces inherited
            try:
                done.update(_take(token))
            except BaseException:
                with taken.get_lock():
                    taken.value = len(pieces)   # the others take no more
                raise
            for other in others:
                done.update(other.result())
    finally:
        del _shared[token]
    return [done[i] for i in range(len(done))]


_shared: dict[int, tuple] = {}   # what the processes of a share() call read, by call
_warm = False   # a stage has run to its end in this process (its patterns compiled, its tables read): see share()
_tokens = count()


def _take(token: int) -> dict:
    """Run ``share``'s work on the next piece nobody took, until none is left: {index: result}."""
    work, pieces, taken = _shared[token]
    done = {}
    while True:
        with taken.get_lock():
            i = taken.value
            taken.value = i + 1
        if i >= len(pieces):
            return done
        done[i] = work(pieces[i])


def concat(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """Tables of one stage over slices of a corpus as one: the first one's dtypes, every
    slice's ``attrs["errors"]``."""
    result = pd.concat(tables, ignore_index=True)
    if not result.dtypes.equals(tables[0].dtypes):   # typed frames keep their dtypes: no copy then
        result = result.astype(tables[0].dtypes.to_dict())
    result.attrs = {"errors": [e for table in tables for e in table.attrs.get("errors", [])]}
    return result


#: Slices of the corpus per process: with one each, a process that finished early waited for the
#: slowest (articles of equal length do not take equal time); with a few, it takes the next one.
PIECES_PER_PROCESS = 4


def slices(articles: pd.DataFrame, n: int, *, falling: bool = False) -> list[pd.DataFrame]:
    """``articles`` cut into ``n`` consecutive slices of about the same length of text, one per
    process (the work grows with the text, not with the number of articles: equal counts left a
    core idle behind a few long articles). Every slice holds at least one article.

    ``falling``: the slices' shares of the text fall linearly (``n``, ``n - 1``, … ``1`` parts), so
    that the last slices taken are small: a process that finds none left waits at most for a
    small one (with equal slices it waited half of one on average).

    Example:
        >>> import pandas as pd
        >>> [len(s) for s in slices(pd.DataFrame({"text": ["a" * 300, "b", "c", "d", "e" * 300]}), 2)]
        [3, 2]
    """
    n = max(1, min(n, len(articles)))
    texts = articles["text"] if "text" in articles.columns else [""] * len(articles)
    cumulative = list(accumulate(len(t) if isinstance(t, str) else 0 for t in texts))
    total = cumulative[-1] if cumulative else 0
    shares = list(accumulate(range(n, 0, -1) if falling else [1] * n))   # the text up to each slice's end
    bounds = [0]
    for i in range(1, n):
        # the slice ends after the article reaching its share of the text (of the count, when there is no text)
        share = shares[i - 1] / shares[-1]
        cut = bisect_left(cumulative, total * share) + 1 if total else round(len(articles) * share)
        bounds.append(min(max(cut, bounds[-1] + 1), len(articles) - (n - i)))
    bounds.append(len(articles))
    return [articles.iloc[a:b] for a, b in zip(bounds, bounds[1:])]


def _call(job) -> pd.DataFrame:
    verb, chunk, options = job
    return verb(chunk, n_jobs=1, **options)
