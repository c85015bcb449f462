"""Stage 2a — quotes: every quoted span with its speaker, cue, statement date and offsets.

``quotes.extract(articles)`` returns one row per contiguous quoted span. Each row
says how it knows what it claims: ``attribution`` tells how the speaker was found
(a name next to a speech verb, a title, a role such as "the Russian leader", a
pronoun, "according to", or continuing the previous speaker), ``date_basis`` how
the statement date was found. ``text[start:end]`` of the article is the quote.

The quotes are read off the shared document (:mod:`saidvsdone.document`): its
quoted spans and its speech layer (:mod:`saidvsdone.speech`), where speakers are
canonicalised through ``data/speakers.csv`` (name, aliases, role, country, kind)
and speech verbs come from ``data/speech_cues.csv``. Both are meant to be
extended by journalists. A speaker that the table does not know still comes
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

from saidvsdone import _verbs

import re
from bisect import bisect_left

import pandas as pd

from saidvsdone import citing, document, schema
from saidvsdone.mentions import (
    INDEFINITE, capital_owned_body, group_of_capital, institution_label, label_as_written, people, speaker_label,
)

__all__ = ["extract", "COLUMNS"]


def __getattr__(name: str):
    raise _verbs.missing(__name__, name)  # ("facts.find": the message names the stage's verb)

COLUMNS = schema.columns(schema.QUOTES)


def extract(articles: pd.DataFrame | str, *, n_jobs: int = 1) -> pd.DataFrame:
    """One row per quoted span in ``articles`` (a frame from ``corpus.load``/``from_text``, or a str).

    Columns: ``article_id, quote_id, speaker`` (the canonical name; for a source the text does
    not name, the descriptive label claims give, "senior US official (unnamed)"; empty when
    unattributable),
    ``speaker_as_written, attribution`` (name, title, role, pronoun, according to,
    continuation — how the speaker was found), ``cue`` (the speech verb as written),
    ``text`` (the words inside the marks), ``kind`` (direct / partial / scare),
    ``statement_date`` (datetime64; NaT when the article is undated), ``date_basis``,
    ``start, end`` (``article text[start:end] == text``), ``sentence`` and its offsets,
    ``paragraph`` (0-based), ``caption`` (the quote sits in a photo caption), ``published``,
    ``via`` (the news agency or medium that carried the words, when the text names one).
    An article that cannot be read is listed in ``attrs["errors"]`` and the others go on.
    ``n_jobs`` processes share the work (``-1``: every core); the table is the same.

    Example:
        >>> from saidvsdone import corpus
        >>> table = extract(corpus.load())
        >>> row = table[table["text"] == "going to plan."].iloc[0]
        >>> row["speaker"], row["speaker_as_written"], row["date_basis"]
        ('Vladimir Putin', 'the Russian leader', 'no day given (published 2022-04-12)')
        >>> article_text = corpus.load().set_index("article_id").loc[row["article_id"], "text"]
        >>> article_text[row["start"]:row["end"]]
        'going to plan.'
    """
    if n_jobs != 1 and not isinstance(articles, str) and len(articles) > 1:
        return document.parallel(extract, articles, n_jobs)
    return document.per_article(articles, rows, _frame, desc="quotes")


def rows(doc: document.Document) -> list[dict]:
    """The quote rows of one document."""
    out = []
    sentences: dict[tuple[int, int], str] = {}  # one string per sentence, however many quotes it holds
    for n, (quote, reading) in enumerate(zip(doc.quotes, doc.speech.quotes), start=1):
        s_start, s_end = quote.sentence
        if quote.sentence not in sentences:
            sentences[quote.sentence] = doc.text[s_start:s_end]
        out.append({
            "article_id": doc.article_id, "quote_id": f"{doc.article_id}-q{n:03d}",
            "speaker": quote_label(doc, quote, reading),
            "speaker_as_written": reading.as_written, "attribution": reading.attribution, "cue": reading.cue,
            "text": doc.text[quote.start:quote.end], "kind": reading.kind, "statement_date": reading.date,
            "date_basis": reading.date_basis, "start": quote.start, "end": quote.end,
            "sentence": sentences[quote.sentence], "sentence_start": s_start, "sentence_end": s_end,
            "paragraph": quote.paragraph, "caption": quote.caption, "published": doc.published,
            "via": reading.via,
        })
    return out


def quote_label(doc, quote, reading) -> str:
    """The quote's speaker label, the one the facts stage gives a figure inside the quote (lb2): a country speaking
    labelled as its claim is, else the reading's speaker in the label grammar (:mod:`saidvsdone.labels`)."""
    return _country_label(doc, quote, reading) or _restated_country(doc, quote, reading) \
        or _its_countrys_body(doc, reading) \
        or speaker_label(doc, _speaker(reading), quote.start, written=reading.as_written or "")


#: "Its defence ministry", "its general staff": a body whose owner is a pronoun
_ITS_BODY = re.compile(r"[Ii]ts\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


def _its_countrys_body(doc, reading) -> str:
    """ "Russia disputes that. Its defence ministry said … “…”": the body of the tables the country named last before
    the speaker (in its sentence or the one before it, outside quote marks) has under that name ("Russian Defence
    Ministry"), as the claims stage reads "its" (``claims._voices._it_country``); "" when no country is named there,
    the tables list no such body, or the speaker is anyone else (sk32)."""
    if reading.speaker or reading.attribution != "unnamed source" or not reading.as_written:
        return ""
    own = _ITS_BODY.fullmatch(reading.as_written.strip())
    sentence = doc.sentence_at(reading.cue_start) if own is not None and reading.cue_start is not None else None
    if sentence is None:
        return ""
    k = bisect_left(doc._sentence_starts, sentence.start)
    start = doc.sentences[k - 1].start if k > 0 and doc.sentences[k - 1].paragraph == sentence.paragraph \
        else sentence.start
    last = None
    for regex, _, _ in citing.country_name_forms():
        for m in regex.finditer(doc.text, start, reading.cue_start):
            if not doc.in_quote(m.start()) and (last is None or m.start() > last.start()):
                last = m
    if last is None:
        return ""
    from saidvsdone.mentions import people
    label = citing.table_label(f"{last.group(0)}'s {own.group(1)}")
    return label if label in people().speakers else ""


def _restated_country(doc, quote, reading) -> str:
    """A headline's or a sub-heading's quote that restates a body quote a country spoke ("Kyiv Says Offensive 'Going
    Nowhere'" over "Ukraine said the offensive was “going nowhere”"): the body quote's label (the body its country
    speaks as, or the voice the article ties the country's words to), never the country's bare name; "" for any other
    quote (sk32)."""
    if reading.attribution != "restated" or reading.speaker not in citing.country_labels():
        return ""
    from saidvsdone.attribution import fold_words, restates  # (the restating reading's own word match)
    words = fold_words(doc.text[quote.start:quote.end])
    for other, body in zip(doc.quotes, doc.speech.quotes):
        if other.start > quote.start and body.attribution == "country" and body.speaker == reading.speaker \
                and restates(words, fold_words(doc.text[other.start:other.end])):
            return _country_label(doc, other, body)
    return ""


def _speaker(reading) -> str:
    """The canonical name; a person the text does not name gets the descriptive label claims
    give ("a senior US official" → "senior US official (unnamed)"), as the conventions say."""
    if reading.speaker or not reading.as_written:
        return reading.speaker
    if reading.attribution == "unresolved role":  # "the governor of Mykolaiv region": one office of a place
        label = label_as_written(reading.as_written)
        if label.endswith(" (unnamed)") and (" of " not in label or _FOR_BODY.search(reading.as_written)) \
                and (not INDEFINITE.match(reading.as_written) or _FOR_BODY.search(reading.as_written)):
            # "the governor said", "the defence minister said": one office holder the text does not name, labelled
            # as the claims and facts of the same act label him (lb2; it was "" unless a place was named)
            return label
        # "the foreign ministry of Poland": the label grammar's "Polish Foreign Ministry"; "Seoul's intelligence service":
        # the body its capital's country has (sk42)
        return institution_label(label) or capital_owned_body(label, people())
    if reading.attribution != "unnamed source":
        return reading.speaker
    return group_of_capital(reading.as_written.strip()) or label_as_written(reading.as_written)


#: the body an indefinite role speaks for, as the speech layer writes it ("A spokesman for the Southern Command"):
#: labelled; someone speaking for another person is left unlabelled (tests/gold/peer gg5); "the governor" is one office
_FOR_BODY = re.compile(r"\s(?:for|of)\s")


def _country_label(doc, quote, reading) -> str:
    """A country as the speaker ("Moscow said its troops had \"liberated\" X"): the label its claim in that
    sentence gets (the country's military body for a battlefield report, else its government; in a headline, the
    body's speaker), as the conventions label a country speaking; "" for any other speaker."""
    if reading.attribution != "country":
        return ""
    repeated = _repeated_by_person(doc, quote, reading)
    if repeated:
        return repeated
    from saidvsdone import claims  # (its topic lexicon; claims reads the speech layer too: imported on first use)
    act = next((a for a in doc.speech.acts if a.speaker.how == "country" and a.speaker.speaker == reading.speaker
                and a.sentence[0] <= quote.start < a.sentence[1]), None)
    sentence = doc.sentence_at(act.cue.start) if act is not None else None
    if sentence is None:
        return ""
    label = citing.country_speaker(doc, sentence, act, claims.sentence_topics)
    labels = citing.country_labels().get(act.speaker.speaker)
    if sentence.headline or labels is None or label != labels[0] or labels[0] == labels[1]:
        return label
    # "Moscow said its forces had taken X. “The enemy is retreating,” Moscow said.": the same voice carrying on, the
    # body its report was labelled with just before (lb3: the quote said "Russian government", the claim and fact
    # "Russian Defence Ministry"); only the last act of that country so written, in this paragraph or the one before
    earlier = [a for a in doc.speech.acts if a.sentence[1] <= sentence.start and a.sentence[0] >= doc.headline_end
               and a.speaker.how == "country" and a.speaker.speaker == act.speaker.speaker]
    if earlier and earlier[-1].speaker.as_written == act.speaker.as_written:
        before = doc.sentence_at(earlier[-1].cue.start)
        if before is not None and not before.headline and sentence.paragraph - before.paragraph <= 1:
            return citing.country_speaker(doc, before, earlier[-1], claims.sentence_topics) or label
    return label


def _repeated_by_person(doc, quote, reading) -> str:
    """ "…, while Kyiv says Russian troops hold “less than a fifth” of the town" (a deck, a lede) over the body's "A B, a
    spokesman for …, said the Russians controlled “less than a fifth” of the town": the country's words are the named
    person's who says them again further down (the label grammar's rule 4: the person the article ties them to); ""
    when no later quote holds the same words (two words at least) or its speaker is no person, or a person the tables
    give another country (sk32)."""
    from saidvsdone.attribution import fold_words, restates  # (the restating reading's own word match)
    from saidvsdone.mentions import is_person, people

    words = fold_words(doc.text[quote.start:quote.end])
    if len(words.split()) < 2:
        return ""
    who = people()
    for other, body in zip(doc.quotes, doc.speech.quotes):
        if other.start <= quote.end or not body.speaker or body.attribution in ("country", "restated") \
                or body.kind == "scare" or not is_person(body.speaker, who):
            continue
        known = who.speakers.get(body.speaker)
        if (known is None or known.country in ("", reading.speaker)) \
                and restates(words, fold_words(doc.text[other.start:other.end])):
            return speaker_label(doc, body.speaker, other.start, who, written=body.as_written or "")
    return ""


def _frame(rows: list[dict]) -> pd.DataFrame:
    return schema.typed_frame(rows, schema.QUOTES)
