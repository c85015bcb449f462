"""Stage 2b — claims: what speakers are reported to have said about the war's course.

A **claim** is a sentence in reported (indirect) speech, attributed to a speaker, whose content
is about the war's progress, plan, pace, goals or battlefield results (territory, settlements,
troops, losses, missiles and drones, the situation at the front). ``claims.find(articles)`` reads
them off the shared document's speech layer (:mod:`saidvsdone.speech`), not off a phrase list:

1. every speech cue with a speaker is a candidate ("X said (that) …", "…, X said.", ", he said,",
   "according to X", "X claimed …"); a sentence with two speakers gives two claims;
2. its content (the sentence without the attribution) must be about the war: a word of
   ``data/claim_topics.csv`` (territory, losses, strikes, mobilisation, goals, pace,
   negotiations, threat) must stand in it; civilian-damage reports are left out;
3. a sentence that is only a direct quote plus a bare attribution ("“…,” he said.") is a quote,
   not a claim (``include_quotes=True`` adds such quotes as rows with ``source`` = ``quote``);
4. ``claim_type`` labels and never filters: a phrase of ``data/claim_phrases.csv`` gives the fine
   type it knows (``on_plan``, ``mobilisation_ending`` …), else the first topic found.

``quoted_words`` holds the speaker's own words inside the sentence (only what stands inside quote
marks in the article), so a chart never puts quote marks around the reporter's paraphrase.

Example:
    >>> from saidvsdone import corpus, claims
    >>> article = corpus.from_text("Putin said on Friday that everything was going to plan.",
    ...                            published="2022-10-14")
    >>> row = claims.find(article).iloc[0]
    >>> row["speaker"], row["claim_type"], row["source"], str(row["statement_date"].date())
    ('Vladimir Putin', 'on_plan', 'reported', '2022-10-14')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

import pandas as pd

from saidvsdone import document, english, schema, vocab
from saidvsdone import mentions as _mentions
from saidvsdone.matcher import Matcher, PhraseError, compile_phrase

__all__ = ["find", "one_per_day", "CLAIM_TYPES", "TOPICS", "COLUMNS"]

COLUMNS = schema.columns(schema.CLAIMS)
#: Fine claim types (from data/claim_phrases.csv) in the order the notebooks show them.
CLAIM_TYPES = ("on_plan", "progress", "no_escalation", "mobilisation_ending", "negotiations", "threat")
#: Coarse topics (data/claim_topics.csv), in the order a sentence's type is chosen.
TOPICS = ("territory", "losses", "strikes", "mobilisation", "goals", "pace", "negotiations", "threat")

_NEGATIONS = english.NEGATIONS
_CONTENT_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_FUNCTION_WORDS = frozenset(
    "a an the and or but that this these those it its he she they we i you his her their our to of in on at "
    "by for with from as is are was were be been has have had will would also then so said says told".split())
#: Speech verbs that report an allegation about the other side, not a claim about one's own war.
_ALLEGATION_CUES = ("accus",)
#: Topics that keep a sentence a claim even beside civilian-damage words.
_MILITARY_TOPICS = ("territory", "goals", "pace", "mobilisation", "negotiations")


@dataclass(frozen=True)
class _Lexicon:
    phrases: Matcher   # claim_phrases.csv: fine types
    topics: Matcher    # claim_topics.csv: coarse topics


def _lexicon() -> _Lexicon:
    return vocab.compiled("claims", ("claim_phrases", "claim_topics"), _compile)


def _compile() -> _Lexicon:
    compiled = []
    for name, key_column in (("claim_phrases", "claim_type"), ("claim_topics", "topic")):
        patterns = []
        for line, row in enumerate(vocab.table(name).itertuples(), start=2):
            try:
                patterns.append(compile_phrase(row.phrase, key=getattr(row, key_column)))
            except PhraseError as error:
                raise vocab.VocabularyError(f"data/{name}.csv, line {line}: {error}") from None
        compiled.append(Matcher(patterns))
    return _Lexicon(*compiled)


def find(articles: pd.DataFrame | str, quotes: pd.DataFrame | None = None, *,
         include_quotes: bool = False, include_carried: bool = False, n_jobs: int = 1) -> pd.DataFrame:
    """Claims about the war's course in ``articles``, one row per sentence and speaker.

    Args:
        articles: a frame from ``corpus.load`` / ``corpus.from_text``, or a str.
        quotes: the frame from ``quotes.extract(articles)``, when you have one: its speakers
            (for example one you corrected) are used for ``include_quotes`` rows. The speech
            layer is never computed twice either way.
        include_quotes: also list direct quotes whose words are about the war's course
            (``source`` = ``quote``): by the definition they are quotes, not claims.
        include_carried: also list a sentence with no speech verb that directly continues a
            claim of the same paragraph ("And the timetable had not changed."), flagged ``carried``.
        n_jobs: processes sharing the work (``-1``: every core); the table is the same.

    Returns:
        Columns ``article_id, claim_id, speaker`` (canonical name, else the label as written),
        ``speaker_as_written, attribution`` (how the speaker was found), ``cue`` (the speech verb),
        ``claim_type`` (a fine type of claim_phrases.csv, else a topic), ``topics`` (every topic
        found, ``|``-separated), ``text`` (the sentence), ``quoted_words`` (the speaker's own words
        in it, between quote marks in the article; empty when it is all paraphrase), ``phrase,
        pattern`` (the claim phrase that gave a fine type), ``source`` (reported / headline /
        quote), ``headline, carried, negated, quote_id, statement_date, date_basis, undated,
        start, end`` (``text`` is the article's ``text[start:end]``), ``phrase_start,
        phrase_end, sentence, published``. Failing articles are listed in ``attrs["errors"]``.

    Example:
        >>> from saidvsdone import corpus
        >>> table = find(corpus.from_text(
        ...     "The defence minister said Russian troops had liberated two villages near Kupiansk. "
        ...     "He also praised the cooks.", published="2024-05-03"))
        >>> table[["speaker_as_written", "claim_type", "topics"]].values.tolist()
        [['The defence minister', 'progress', 'territory|mobilisation']]
    """
    if n_jobs != 1 and not isinstance(articles, str) and len(articles) > 1:
        return document.parallel(find, articles, n_jobs, quotes=quotes, include_quotes=include_quotes,
                                 include_carried=include_carried)
    given = None
    if quotes is not None and include_quotes:  # only the quote rows read the given speakers
        given = {key: group for key, group in quotes.groupby("article_id")}

    def stage(doc):
        return _claims_in(doc, include_quotes, include_carried,
                          None if given is None else given.get(doc.article_id))
    return document.per_article(articles, stage, _frame, desc="claims")


def one_per_day(found: pd.DataFrame, speaker: str | None = None,
                claim_types: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The first claim of each type on each statement date, with a short ``label``: the
    speaker's own words in quote marks when the sentence quotes them, else the matched phrase
    marked as the reporter's wording ("reported: …"). What a timeline chart can show legibly.

    Example:
        >>> from saidvsdone import corpus
        >>> chart = one_per_day(find(corpus.load()), speaker="Vladimir Putin", claim_types=("negotiations",))
        >>> chart["label"].tolist()[:2]
        ['reported: negotiate', 'reported: prepared for peace talks']
    """
    chosen = found
    if speaker is not None:
        chosen = chosen[chosen["speaker"] == speaker]
    if claim_types is not None:
        chosen = chosen[chosen["claim_type"].isin(claim_types)]
    rank = {p.source: n for n, p in enumerate(_lexicon().phrases.patterns)}
    source_rank = {"quote": 0, "reported": 1, "headline": 2}
    chosen = (chosen[~chosen["negated"]]
              .assign(_quoted=chosen["quoted_words"].eq(""), _rank=chosen["pattern"].map(rank).fillna(len(rank)),
                      _source=chosen["source"].map(source_rank))
              .sort_values(["statement_date", "claim_type", "_quoted", "_rank", "_source", "start"], kind="stable")
              .drop_duplicates(["statement_date", "claim_type"])
              .drop(columns=["_quoted", "_rank", "_source"]))
    return chosen.assign(label=[_label(r) for r in chosen.itertuples(index=False)])


def _label(row) -> str:
    """Quote marks only around words the speaker said (as they stand in the article); the
    reporter's wording is labelled as such."""
    quoted = row.quoted_words.split(" | ")[0].strip().rstrip(",.;:") if row.quoted_words else ""
    if quoted:
        short = _shorten(quoted)
        return f"“{short}”" + ("" if short == quoted else " …")  # the cut is marked outside the marks
    words = re.sub(r"[“”\"‘’]|(?<!\w)'|'(?!\w)", "", row.phrase or "").strip()
    short = _shorten(words)
    return f"reported: {short + ('' if short == words else ' …') if words else row.claim_type.replace('_', ' ')}"


def _shorten(words: str, limit: int = 48) -> str:
    if len(words) <= limit:
        return words
    return words[:limit].rsplit(" ", 1)[0].rstrip(",;:")


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _frame(rows: list[dict]) -> pd.DataFrame:
    return schema.typed_frame(rows, schema.CLAIMS)

# --- one document -------------------------------------------------------------------------------

def _words(doc) -> list[tuple[str, str]]:
    """(stem, "=form") per word of ``doc``, built once per document."""
    words = getattr(doc, "_claim_words", None)
    if words is None:
        words = doc._claim_words = [(t.stem, "=" + t.lower) for t in doc.tokens]
    return words


def _claims_in(doc, include_quotes: bool, include_carried: bool, given_quotes) -> list[dict]:
    layer = doc.speech
    lexicon = _lexicon()
    words = _words(doc)
    starts = doc.token_starts
    found: list[dict] = []
    acts_by_sentence: dict[int, list] = {}
    for act in layer.acts:
        acts_by_sentence.setdefault(act.sentence[0], []).append(act)
    previous_claim: dict | None = None
    for sentence in doc.sentences:
        s_start, s_end = sentence.start, sentence.end
        acts = acts_by_sentence.get(s_start, [])
        by_speaker: dict[str, list] = {}
        if _HEDGED.search(doc.text, s_start, s_end) or _FURNITURE.match(doc.text, s_start):
            acts = []
        speaking = [a for a in acts if not a.cue.text.lower().startswith(_ALLEGATION_CUES)]
        if any(_kind_of(a.speaker.speaker) != "media" for a in speaking):
            # "Budanov said …, Reuters reported": the agency is a conduit, not a second speaker
            speaking = [a for a in speaking if _kind_of(a.speaker.speaker) != "media"]
        for act in speaking:
            label = act.speaker.speaker or _label_as_written(act.speaker.as_written)
            if act.speaker.how == "country":
                label = _country_speaker(doc, sentence, act)
            if label:
                by_speaker.setdefault(label, []).append(act)
        made = []
        for label, speaker_acts in by_speaker.items():
            claim = _claim(doc, sentence, label, speaker_acts, lexicon, words, starts)
            if claim is not None:
                made.append(claim)
        if not made and include_carried and previous_claim is not None and not acts:
            claim = _carried(doc, sentence, previous_claim, lexicon, words, starts)
            if claim is not None:
                made.append(claim)
        found.extend(made)
        if made:
            previous_claim = made[-1]
        elif acts or (previous_claim is not None and doc.sentence_at(previous_claim["start"]).paragraph
                      != sentence.paragraph):
            previous_claim = None
    if include_quotes:
        found.extend(_quote_claims(doc, lexicon, words, starts, given_quotes))
    found.sort(key=lambda c: (c["start"], c["speaker"]))
    rows = []
    for n, claim in enumerate(found, start=1):
        rows.append({**claim, "article_id": doc.article_id, "claim_id": f"{doc.article_id}-c{n:03d}",
                     "undated": pd.isna(doc.published), "published": doc.published,
                     "text": doc.text[claim["start"]:claim["end"]],
                     "sentence": doc.text[claim["start"]:claim["end"]]})
    return rows


_HEDGED = re.compile(r"\breportedly\b|\b(?:is|are)\s+expected\s+to\b", re.IGNORECASE)
_FURNITURE = re.compile(r"\s*(?:watch|read more|read also|see also|related|also read|listen)\s*:", re.IGNORECASE)


def _kind_of(speaker: str) -> str:
    known = _mentions.people().speakers.get(speaker)
    return known.kind if known is not None else ""


def _country_speaker(doc, sentence, act) -> str:
    """A country as the speaker ("Russia claimed"): in a headline, the body's speaker from that
    country; in the body, the country's institution (data/countries.csv ``speaks_as``)."""
    country = act.speaker.speaker
    who = _mentions.people()
    if sentence.headline:
        for later in doc.speech.acts:
            known = who.speakers.get(later.speaker.speaker)
            if later.sentence[0] >= doc.headline_end and known is not None and known.country == country:
                return known.name
    labels = _country_labels().get(country)
    if labels is None:
        return country
    first, last = bisect_left(doc.token_starts, sentence.start), bisect_left(doc.token_starts, sentence.end)
    topics = _topics(_lexicon(), _words(doc), first, last, doc.token_starts, [])
    battlefield = any(t in ("territory", "losses", "strikes") for t in topics)
    return labels[1] if battlefield else labels[0]


def _country_labels() -> dict[str, tuple[str, str]]:
    def build():
        table = vocab.table("countries")
        return {r.country: (getattr(r, "speaks_as", "") or r.country,
                            getattr(r, "speaks_as_military", "") or getattr(r, "speaks_as", "") or r.country)
                for r in table.itertuples()}
    return vocab.compiled("country_labels", ("countries",), build)


_LABEL_DETERMINERS = re.compile(r"^(?:the|a|an|its|their)\s+", re.IGNORECASE)


def _label_as_written(as_written: str) -> str:
    """ "the Russian defence ministry" → "Russian defence ministry": a descriptive label."""
    return _LABEL_DETERMINERS.sub("", as_written.strip())


def _attribution_spans(acts) -> list[tuple[int, int]]:
    """The words of each attribution: subject and cue with what stands between them when they are
    adjacent ("Putin said", "according to the ministry"); apart, each on its own ("Putin …, saying")."""
    spans = []
    for a in acts:
        first, second = sorted([(a.cue.start, a.cue.end), (a.speaker.start, a.speaker.end)])
        if second[0] - first[1] <= 40:
            spans.append((first[0], max(first[1], second[1])))
        else:
            spans.extend([first, second])
    return spans


def _claim(doc, sentence, label, acts, lexicon, words, starts) -> dict | None:
    s_start, s_end = sentence.start, sentence.end
    text = doc.text
    attribution = _attribution_spans(acts)
    quotes_here = _quotes_in(doc, s_start, s_end)
    direct = [(q.span.outer_start, q.span.outer_end) for q, r in quotes_here if r.kind == "direct"]
    # the reporter's own words in the sentence, outside the attribution and direct quotes
    needed = 3 if direct else 1
    if len(_content_words(text, s_start, s_end, attribution + direct, limit=needed)) < needed:
        return None  # “…,” he said. : a quote, not reported speech
    first, last = bisect_left(starts, s_start), bisect_left(starts, s_end)
    # what the sentence reports: not the attribution, not a direct quote standing in it
    topics = _topics(lexicon, words, first, last, starts, attribution + direct)
    fine = _fine_type(lexicon, words, first, last, starts, attribution + direct)
    military = [t for t in topics if t != "civilian"]
    if not military and not fine:
        return None
    if "civilian" in topics and not fine and not any(t in _MILITARY_TOPICS for t in military):
        return None  # civilian damage and casualty reports are not about the war's course
    act = min(acts, key=lambda a: a.cue.start)
    date, basis = _date(doc, acts, label)
    quoted = [text[q.start:q.end] for q, r in quotes_here if r.kind != "scare"]
    claim_type = fine[0] if fine else military[0]
    military = military or [claim_type]
    phrase_start, phrase_end = (fine[1], fine[2]) if fine else (s_start, s_start)
    # the words of the sentence outside the attribution just before the phrase (only read for a phrase)
    near = range(max(first, bisect_left(starts, phrase_start - 25)), min(last, bisect_left(starts, phrase_start)))
    negated = bool(fine) and any(words[i][0] in _NEGATIONS or words[i][1].endswith("n’t") for i in near
                                 if not any(a <= starts[i] < b for a, b in attribution))
    return {
        "speaker": label, "speaker_as_written": act.speaker.as_written, "attribution": act.speaker.how,
        "cue": " ".join(act.cue.text.split()), "claim_type": claim_type, "topics": "|".join(military),
        "quoted_words": " | ".join(quoted), "phrase": text[phrase_start:phrase_end],
        "pattern": fine[3] if fine else "", "source": "headline" if sentence.headline else "reported",
        "headline": sentence.headline, "carried": False, "negated": negated, "quote_id": "",
        "statement_date": date, "date_basis": basis, "start": s_start, "end": _trim_end(text, s_start, s_end),
        "phrase_start": phrase_start, "phrase_end": phrase_end,
    }


def _quotes_in(doc, start: int, end: int) -> list:
    """(quote, reading) pairs whose opening mark lies in ``start:end`` (by sorted offsets)."""
    starts = getattr(doc, "_quote_outer_starts", None)
    if starts is None:
        starts = doc._quote_outer_starts = [q.span.outer_start for q in doc.quotes]
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    return list(zip(doc.quotes[lo:hi], doc.speech.quotes[lo:hi]))


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _content_words(text: str, start: int, end: int, skip: list[tuple[int, int]],
                   limit: int | None = None) -> list[str]:
    """The content words of ``text[start:end]`` outside ``skip`` (the first ``limit`` of them)."""
    found = []
    for m in _CONTENT_WORD.finditer(text, start, end):
        if not any(a <= m.start() < b for a, b in skip) and m.group(0).lower() not in _FUNCTION_WORDS:
            found.append(m.group(0))
            if len(found) == limit:
                break
    return found


def _topics(lexicon, words, first, last, starts, skip) -> list[str]:
    found = []
    for pattern, a, b in lexicon.topics.matches(words, first, last):
        if any(x <= starts[a] < y for x, y in skip):
            continue
        if pattern.key not in found:
            found.append(pattern.key)
    order = {t: n for n, t in enumerate(TOPICS)}
    return sorted(found, key=lambda t: order.get(t, len(order)))


def _fine_type(lexicon, words, first, last, starts, skip):
    """(claim type, phrase start, phrase end, pattern) of the first, longest claim phrase, or None."""
    best = None
    for pattern, a, b in lexicon.phrases.matches(words, first, last):
        if any(x <= starts[a] < y for x, y in skip):
            continue
        if best is None or (a, a - b) < (best[0], best[0] - best[1]):
            best = (a, b, pattern)
    if best is None:
        return None
    a, b, pattern = best
    return pattern.key, starts[a], starts[b] + len(words[b][1]) - 1, pattern.source


def _date(doc, acts, label: str) -> tuple:
    """The statement date: the sentence's own date expression, else the same speaker's dated
    statement elsewhere in the article, else none (the article does not fix it)."""
    for act in acts:
        if act.date is not None:
            return act.date, f"{act.date_text} → {act.date.date()}"
    act = acts[0]
    date, basis = doc.speech.fallback_date(act.speaker.speaker or label, act.cue.start, doc.published)
    if pd.isna(date) and label != act.speaker.speaker:  # "Russia claims …" in a headline: the body's speaker
        date, basis = doc.speech.fallback_date(label, act.cue.start, doc.published)
    return date, basis


def _carried(doc, sentence, previous: dict, lexicon, words, starts) -> dict | None:
    if doc.sentence_at(previous["start"]).paragraph != sentence.paragraph:
        return None
    first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
    topics = [t for t in _topics(lexicon, words, first, last, starts, []) if t != "civilian"]
    if not topics:
        return None
    return {**previous, "claim_type": topics[0], "topics": "|".join(topics), "quoted_words": "",
            "phrase": "", "pattern": "", "carried": True, "negated": False,
            "start": sentence.start, "end": _trim_end(doc.text, sentence.start, sentence.end),
            "phrase_start": sentence.start, "phrase_end": sentence.start}


def _quote_claims(doc, lexicon, words, starts, given_quotes) -> list[dict]:
    speakers = {}
    if given_quotes is not None:
        speakers = {int(r.start): r for r in given_quotes.itertuples(index=False)}
    rows = []
    for n, (quote, reading) in enumerate(zip(doc.quotes, doc.speech.quotes), start=1):
        if reading.kind != "direct":
            continue
        first, last = bisect_left(starts, quote.start), bisect_left(starts, quote.end)
        topics = [t for t in _topics(lexicon, words, first, last, starts, []) if t != "civilian"]
        fine = _fine_type(lexicon, words, first, last, starts, [])
        if not topics and not fine:
            continue
        override = speakers.get(quote.start)
        speaker = override.speaker if override is not None else reading.speaker
        rows.append({
            "speaker": speaker, "speaker_as_written": reading.as_written, "attribution": reading.attribution,
            "cue": reading.cue, "claim_type": fine[0] if fine else topics[0],
            "topics": "|".join(topics or [fine[0]]),
            "quoted_words": doc.text[quote.start:quote.end], "phrase": doc.text[fine[1]:fine[2]] if fine else "",
            "pattern": fine[3] if fine else "", "source": "quote", "headline": quote.span.start < doc.headline_end,
            "carried": False, "negated": False, "quote_id": f"{doc.article_id}-q{n:03d}",
            "statement_date": reading.date, "date_basis": reading.date_basis,
            "start": quote.start, "end": quote.end,
            "phrase_start": fine[1] if fine else quote.start, "phrase_end": fine[2] if fine else quote.start,
        })
    return rows
