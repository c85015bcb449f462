"""Stage 2b — claims: statements about the war's course, quoted or reported.

``claims.find(articles)`` looks for the phrases in ``data/claim_phrases.csv``
("going (according) to plan", "coming to an end", "by military means" …) in three
places and says which (``source``):

* ``quote`` — inside a quoted span; speaker and date come from the quotes table;
* ``reported`` — in a sentence of reported speech ("Putin has said his war is
  going according to plan"): the phrase must follow a speech verb whose speaker is
  known, or the sentence must open with "According to X";
* ``headline`` — in the article's headline (speaker: the first person it names).

Phrases match inflected words ("go", "goes", "going", "went") and allow one extra
word between the phrase's words ("going exactly to plan"); ``…`` in a phrase allows
up to eight, ``[word]`` is optional, ``(a|b)`` either word, ``=word`` that form only. A phrase preceded by a negation ("not going to plan") is kept, with
``negated`` set, because it is the opposite claim.

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
from functools import lru_cache

import pandas as pd

from saidvsdone import quotes as _quotes
from saidvsdone._paths import data_file
from saidvsdone._progress import progress

__all__ = ["find", "one_per_day", "CLAIM_TYPES", "COLUMNS"]

COLUMNS = (
    "article_id", "claim_id", "speaker", "speaker_as_written", "claim_type", "text", "phrase",
    "pattern", "source", "negated", "quote_id", "statement_date", "date_basis", "undated", "start", "end",
    "phrase_start", "phrase_end", "sentence",
)
#: Claim types in the order the notebooks show them.
CLAIM_TYPES = ("on_plan", "progress", "no_escalation", "mobilisation_ending", "negotiations", "threat")

_DEFAULT_SKIP = 1
_ELLIPSIS_SKIP = 8
_NEGATIONS = {"not", "never", "no", "n’t", "n't", "hardly"}


def find(articles: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Claims about the war's course in ``articles``, one row per phrase found.

    Args:
        articles: a frame from ``corpus.load`` / ``corpus.from_text``.
        quotes: the frame from ``quotes.extract(articles)``; pass your own (for
            example with a speaker you corrected) to have claims in quotes use it.
            ``None`` extracts the quotes afresh.

    Returns:
        Columns ``article_id, claim_id, speaker, speaker_as_written, claim_type, text``
        (the quote, or the sentence of reported speech), ``phrase`` (what matched),
        ``pattern`` (the row of ``data/claim_phrases.csv`` that matched),
        ``source`` (quote / reported / headline), ``negated``, ``quote_id``,
        ``statement_date, date_basis, undated`` (the article has no date), ``start,
        end`` (offsets of ``text`` in the article), ``phrase_start, phrase_end``,
        ``sentence``.

    Example:
        >>> from saidvsdone import corpus
        >>> table = find(corpus.load())
        >>> ending = table[table["claim_type"] == "mobilisation_ending"]
        >>> ending[ending["source"] == "quote"]["text"].tolist()
        ['This work is coming to an end,']
    """
    phrases = _phrases()
    rows: list[dict] = []
    given = ({key: group.to_dict("records") for key, group in quotes.groupby("article_id")}
             if quotes is not None else None)
    for article in progress(articles.itertuples(index=False), total=len(articles), desc="claims"):
        analysis = _quotes._Article(article.article_id, article.text, article.published)
        quote_rows = analysis.quotes()  # also records who speaks in each sentence (reported speech)
        if given is not None:
            quote_rows = given.get(article.article_id, [])
        rows.extend(_claims_in(article, analysis, quote_rows, phrases))
    return _frame(rows)


def one_per_day(found: pd.DataFrame, speaker: str | None = None,
                claim_types: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The first claim of each type on each statement date, with a short ``label`` (the
    phrase that matched, in quote marks): what a timeline chart can show legibly.

    Example:
        >>> from saidvsdone import corpus
        >>> chart = one_per_day(find(corpus.load()), speaker="Vladimir Putin", claim_types=("on_plan",))
        >>> chart["label"].tolist()
        ['“going to plan”', '“going according to plan”', '“operations will continue”']
    """
    chosen = found
    if speaker is not None:
        chosen = chosen[chosen["speaker"] == speaker]
    if claim_types is not None:
        chosen = chosen[chosen["claim_type"].isin(claim_types)]
    rank = {p.pattern: n for n, p in enumerate(_phrases())}
    source_rank = {"quote": 0, "reported": 1, "headline": 2}
    chosen = (chosen[~chosen["negated"]]
              .assign(_rank=chosen["pattern"].map(rank), _source=chosen["source"].map(source_rank))
              .sort_values(["statement_date", "claim_type", "_rank", "_source", "start"], kind="stable")
              .drop_duplicates(["statement_date", "claim_type"])
              .drop(columns=["_rank", "_source"]))
    return chosen.assign(label="“" + chosen["phrase"].str.split(" | ", regex=False).str[0] + "”")


def _frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["statement_date"] = pd.to_datetime(frame["statement_date"]).astype("datetime64[ns]")
    ints = ["start", "end", "phrase_start", "phrase_end"]
    frame = frame.astype({c: "int64" for c in ints} | {"negated": "bool", "undated": "bool"})
    strings = [c for c in COLUMNS if c not in ints + ["statement_date", "negated", "undated"]]
    return frame.astype({c: "str" for c in strings})


# --- phrases --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Element:
    stems: frozenset
    optional: bool
    skip_before: int


@dataclass(frozen=True)
class _Phrase:
    claim_type: str
    pattern: str
    elements: tuple[_Element, ...]


_TOKEN = re.compile(r"\w(?:[\w’'-]*\w)?")  # words, with inner apostrophes and hyphens: don’t, call-up
_IRREGULAR = {"went": "go", "gone": "go", "goes": "go", "took": "tak", "taken": "tak",
              "made": "mak", "won’t": "will", "won't": "will", "don’t": "do", "don't": "do"}


def _stem(word: str) -> str:
    """A crude stem so that inflections meet: going/goes/went → go, planned/plans → plan."""
    word = word.lower().replace("'", "’")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


@lru_cache(maxsize=1)
def _phrases() -> tuple[_Phrase, ...]:
    path = data_file("claim_phrases.csv")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    compiled = []
    for line, row in enumerate(table.itertuples(), start=2):
        elements, skip = [], _DEFAULT_SKIP
        for part in row.phrase.split():
            if part == "…" or part == "...":
                skip = _ELLIPSIS_SKIP
                continue
            if part.count("(") != part.count(")") or part.count("[") != part.count("]"):
                raise ValueError(f"{path}, line {line}: brackets in {row.phrase!r} must close within one word "
                                 "(alternatives are single words: (did|failed), not (did not|failed))")
            optional = part.startswith("[") and part.endswith("]")
            words = part.strip("[]()").split("|")
            if not all(w.lstrip("=") for w in words):
                raise ValueError(f"{path}, line {line}: cannot read the phrase {row.phrase!r}")
            keys = frozenset(("=" + w[1:].lower()) if w.startswith("=") else _stem(w) for w in words)
            elements.append(_Element(keys, optional, skip))
            skip = _DEFAULT_SKIP
        if not elements or all(e.optional for e in elements):
            raise ValueError(f"{path}, line {line}: the phrase {row.phrase!r} has no required word")
        compiled.append(_Phrase(row.claim_type, row.phrase, tuple(elements)))
    return tuple(compiled)


def _match(phrase: _Phrase, stems: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """(first token, last token) of every match of ``phrase`` in stems[first:last]."""
    found = []
    for i in range(first, last):
        end = _match_from(phrase.elements, 0, stems, i, last, anchored=True)
        if end is not None:
            found.append((i, end))
    return found


def _match_from(elements, k, stems, i, last, anchored) -> int | None:
    if k == len(elements):
        return i - 1
    element = elements[k]
    reach = 0 if anchored else element.skip_before
    for j in range(i, min(i + reach + 1, last)):
        if stems[j][0] in element.stems or stems[j][1] in element.stems:
            end = _match_from(elements, k + 1, stems, j + 1, last, anchored=False)
            if end is not None:
                return end
    if element.optional:
        return _match_from(elements, k + 1, stems, i, last, anchored)
    return None


# --- one article ---------------------------------------------------------------------------

def _claims_in(article, analysis, quote_rows: list[dict], phrases) -> list[dict]:
    text = article.text
    tokens = [(m.start(), m.end(), _stem(m.group(0))) for m in _TOKEN.finditer(text)]
    starts = [t[0] for t in tokens]
    stems = [(t[2], "=" + text[t[0]:t[1]].lower()) for t in tokens]
    headline_end = _headline_end(article)
    found: dict[tuple[int, int, str], dict] = {}
    for s_start, s_end, _ in analysis.sentences:
        first, last = bisect_left(starts, s_start), bisect_left(starts, s_end)
        for phrase in phrases:
            for a, b in _match(phrase, stems, first, last):
                p_start, p_end = tokens[a][0], tokens[b][1]
                negated = any(s in _NEGATIONS or s.endswith("n’t") for s, _ in stems[max(first, a - 3):a])
                claim = (_in_quote(quote_rows, p_start, p_end)
                         or _in_headline(analysis, s_start, s_end, headline_end, p_start)
                         or _reported(analysis, s_start, s_end, p_start))
                if claim is None:
                    continue
                key = (claim["start"], claim["end"], phrase.claim_type, p_start)
                overlapping = [k for k in found if k[:3] == key[:3]
                               and found[k]["phrase_start"] < p_end and p_start < found[k]["phrase_end"]]
                if overlapping:  # the same words matched by two phrases of one type: keep the longer
                    old = found[overlapping[0]]
                    if p_end - p_start <= old["phrase_end"] - old["phrase_start"]:
                        continue
                    del found[overlapping[0]]
                found[key] = {**claim, "claim_type": phrase.claim_type, "phrase": text[p_start:p_end],
                              "pattern": phrase.pattern,
                              "phrase_start": p_start, "phrase_end": p_end, "negated": negated,
                              "sentence": text[s_start:s_end]}
    rows = []
    ordered = sorted(found.values(), key=lambda c: (c["start"], c["phrase_start"], _type_order(c)))
    for n, claim in enumerate(ordered, start=1):
        rows.append({**claim, "article_id": article.article_id, "claim_id": f"{article.article_id}-c{n:03d}",
                     "undated": pd.isna(article.published), "text": text[claim["start"]:claim["end"]]})
    return rows


def _type_order(claim: dict) -> int:
    kind = claim["claim_type"]
    return CLAIM_TYPES.index(kind) if kind in CLAIM_TYPES else len(CLAIM_TYPES)


def _in_quote(quote_rows: list[dict], p_start: int, p_end: int) -> dict | None:
    for q in quote_rows:
        if q["start"] <= p_start and p_end <= q["end"] + 1:
            if q["kind"] == "scare":
                return None
            return {"speaker": q["speaker"], "speaker_as_written": q["speaker_as_written"],
                    "source": "quote", "quote_id": q["quote_id"], "statement_date": q["statement_date"],
                    "date_basis": q["date_basis"], "start": q["start"], "end": q["end"]}
    return None


def _headline_end(article) -> int:
    first = article.text.split("\n\n", 1)[0]
    looks_like_headline = (first == article.title) or (
        len(first) <= 200 and not first.rstrip().endswith((".", "”", '"', "’")))
    return len(first) if looks_like_headline and "\n\n" in article.text else -1


def _in_headline(analysis, s_start, s_end, headline_end, p_start) -> dict | None:
    if p_start >= headline_end:
        return None
    named = [m for m in analysis.mentions if m.start < headline_end and m.how in ("name", "title")]
    speaker = named[0].speaker if named else ""
    date, basis = analysis.fallback_date(speaker, 0)
    return {"speaker": speaker, "speaker_as_written": named[0].as_written if named else "",
            "source": "headline", "quote_id": "", "statement_date": date, "date_basis": basis,
            "start": 0, "end": headline_end}


def _reported(analysis, s_start, s_end, p_start) -> dict | None:
    entries = [e for e in analysis.speech.get(s_start, [])
               if (e[0].kind == "speech" and e[0].end <= p_start)
               or (e[0].kind == "source" and e[0].start - s_start <= 1)]
    if not entries:
        return None
    cue, subject, sentence_date, date_text = entries[-1]
    if sentence_date is not None:
        date, basis = sentence_date, f"{date_text} → {sentence_date.date()}"
    else:
        date, basis = analysis.fallback_date(subject.speaker, cue.start)
    return {"speaker": subject.speaker, "speaker_as_written": subject.as_written, "source": "reported",
            "quote_id": "", "statement_date": date, "date_basis": basis, "start": s_start, "end": s_end}
