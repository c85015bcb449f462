"""Stage 3 — battlefield facts: what the articles report happened on the ground.

``facts.extract(articles)`` reads the clean ``text`` of every article and returns
one row per reported fact: an area ceded or taken, settlements retaken, a
distance of forces from a city, a share of territory occupied, the length of the
front, a mobilisation count, strikes, casualties — with or without a number.

Every row points back to its article: ``text[start:end]`` is the phrase that
states the fact and ``sentence`` the sentence around it. Numbers are parsed as
written ("more than 3,000", "three hundred thousand", "10–12", "hundreds of
thousands"), units are kept as written (``sq mi`` for square miles) and areas are
converted to ``area_km2``. The side (``actor``) comes from the subject of the
verb, a by-phrase, an adjective ("Ukrainian shelling") or the attribution, never
from the nearest country name; the direction (``change``) from the verb.

The stage is a package of small modules, each a set of functions over one article's
``context.Article`` (built once by ``read_article``): ``quantities`` (numbers, ranges,
vague magnitudes, fractions, qualifiers, the unit after a number), ``territorial`` (gains,
losses, control, distances, shares), ``events`` (strikes, casualties, manpower),
``sides`` (who is meant: actor mentions, subjects, agents, victims), ``places``,
``modality`` (what-ifs, intentions, denials, forecasts), ``periods``, ``attribution``
and ``fold`` (restatements). ``article_rows`` lists the steps in order.

The vocabularies are CSV files in ``data/`` that a journalist can extend (see
``data/README.md``): ``units.csv`` (spellings, canonical unit,
conversion), ``direction_verbs.csv`` (ceded → loss, retook → gain …),
``event_words.csv`` (shelling, casualties …), ``speakers.csv`` and ``countries.csv`` (who is on which
side), ``places.csv`` (places and their country), ``war_dates.csv`` (anchors
such as "the start of the war") and ``fact_cues.csv`` (words that make a
statement hypothetical, an intention, a photo caption …).

Example:
    >>> from saidvsdone import corpus, facts
    >>> article = corpus.from_text(
    ...     "Ukrainian forces retook 75 villages in the Kherson region in the last month.",
    ...     published="2022-10-14")
    >>> row = facts.extract(article).iloc[0]
    >>> float(row["quantity"]), row["unit"], row["category"], row["actor"], row["change"]
    (75.0, 'settlements', 'settlements', 'Ukraine', 'gain')
    >>> row["place"], row["period_text"]
    ('Kherson', 'in the last month')
    >>> str(row["period_start"].date()), str(row["period_end"].date())
    ('2022-09-14', '2022-10-14')
"""

from __future__ import annotations

from saidvsdone import _verbs

import math
from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
import warnings
from types import SimpleNamespace
from bisect import bisect_left, bisect_right

import pandas as pd

from saidvsdone.facts.attribution import attribution_of
from saidvsdone import document, quotes, schema
from saidvsdone import labels as labels_of
from saidvsdone.facts.events import PART_OF_BEFORE, SHOOT_DOWN_RE
from saidvsdone.facts.context import (Article, Fact, document_sentences, headline_end, scare_marks,
                                      word_tokens)
from saidvsdone.facts.fold import deduplicated, fold, mark_restated_counts
from saidvsdone.facts.numeric import OF_THE_OPENING, numeric_facts, places_counted_again
from saidvsdone.facts.periods import period_of
from saidvsdone.facts.places import place_mentions
from saidvsdone.facts.qualitative import qualitative_facts
from saidvsdone.facts.quantities import parse_quantity
from saidvsdone.facts.sides import mentions, named_person_side
from saidvsdone.matcher import whole_word_at
from saidvsdone.facts.vocab import _TABLES as _VOCABULARY_TABLES, vocab



__all__ = ["extract", "fold", "parse_quantity", "COLUMNS", "reload"]


def __getattr__(name: str):
    raise _verbs.missing(__name__, name)  # ("facts.find": the message names the stage's verb)

#: Output columns, in order.
COLUMNS = schema.columns(schema.FACTS)








def extract(articles, *, n_jobs: int = 1) -> pd.DataFrame:
    """One row per battlefield fact reported in ``articles``.

    Args:
        articles: a frame from ``corpus.load`` / ``corpus.from_text`` (columns
            ``article_id``, ``text`` and ``published``; only ``text`` is
            required), or a plain string (read as one undated article).

    Returns:
        A DataFrame with the columns in ``COLUMNS``:

        * ``article_id, fact_id`` (``<article_id>-f<n>``, like quotes' ``-q`` and claims' ``-c``), ``sentence``,
          ``start, end`` (``text[start:end] == phrase``);
        * ``quantity`` (float, NaN for a qualitative fact; a range gives its lower
          bound and ``quantity_high`` its upper one), ``quantity_text`` as written
          ("more than 3,000"), ``qualifier`` (more than / about / nearly / up to /
          at least / less than / exactly / empty);
        * ``unit`` as written, canonical (``km2``, ``sq mi``, ``ha``, ``km``, ``mi``,
          ``percent``, ``settlements``, ``regions``, ``troops`` (soldiers, military
          casualties, prisoners), ``people`` (civilians), ``missiles``, ``drones``,
          ``air targets`` …; for a qualitative fact what would be counted: ``area``,
          ``settlements``, ``strikes``, ``people``), ``area_km2`` and
          ``length_km`` converted;
        * ``category`` (territory, settlements, distance, share, front length,
          mobilisation, manpower, strikes, casualties, …), ``actor`` (Russia /
          Ukraine / empty), ``change`` (gain / loss / held / distance / share /
          count), ``place`` (canonical names joined by "; ");
        * ``period_text, period_start, period_end`` (resolved against the
          article's date; NaT when undated or open-ended), ``reported_date``
          (the article's date), ``source_attribution`` ("Putin said",
          "according to …"), ``modality`` (empty, ``hypothetical`` or
          ``projected`` for a number that is a target or a what-if);
        * ``flag``: why a number stays out of the default comparison (``vague``
          for "hundreds of", ``inverted range``, ``dimension`` for "six by six
          kilometres", ``front length``, ``civilians``, ``historical`` ("In 1943 …"), ``exchange`` for prisoners handed
          back, ``supply`` for weapons made or delivered ("received 900 drones"), ``unit definition`` for a reader's note ("One
          square kilometre equals 100 hectares"), ``equipment``, ``other unit``), ``bound`` (``lower`` / ``upper``: a range gives one row per
          bound), ``restates`` (the ``fact_id`` of the first mention of a figure said
          again) and ``conversion_of`` (the ``fact_id`` a bracketed conversion restates).
          ``fold`` keeps one row per figure.

        * ``speaker, speaker_as_written, attribution``: who states the figure, from the shared
          speech layer, labelled as ``quotes`` and ``claims`` label the same speech act (:mod:`saidvsdone.labels`:
          "the governor said" → "governor (unnamed)"), ``published``, and ``via``:
          the news agency or medium that carried the speaker's words ("…, Shoigu told TASS",
          "according to Interfax", "told the agency"), read from the same speech act.

        ``attrs["errors"]`` lists articles that could not be read (never raised). ``n_jobs``
        processes share the work (``-1``: every core); the table is the same.

    Example:
        >>> from saidvsdone import corpus
        >>> table = extract(corpus.from_text(
        ...     "Putin's army ceded more than 3,000 square miles in less than two weeks.",
        ...     published="2022-09-17"))
        >>> table[["quantity_text", "qualifier", "unit", "area_km2", "actor", "change"]]
             quantity_text  qualifier   unit  area_km2   actor change
        0  more than 3,000  more than  sq mi  7769.964  Russia   loss
        >>> str(table.loc[0, "period_start"].date()), table.loc[0, "phrase"]
        ('2022-09-03', 'ceded more than 3,000 square miles')
    """
    if n_jobs != 1 and not isinstance(articles, str) and len(articles) > 1:
        return document.parallel(extract, articles, n_jobs)
    return document.per_article(articles, rows, _frame, desc="facts")


def rows(doc: document.Document) -> list[dict]:
    """The fact rows of one shared document (its sentences and speech layer)."""
    context = read_article(doc.article_id, doc.text, doc.published, doc)
    found = article_rows(context)
    for problem in context.errors:
        warnings.warn(f"facts: article {doc.article_id!r}, {problem} (skipped)", RuntimeWarning, stacklevel=3)
    speakers = _speakers(doc)
    reporter = None     # the side of the last speech act before a position (built on first use)
    labels = []         # the speaker column: the label quotes and claims give the same act (lb2)
    for row in found:
        row.update(speakers(row["start"]))
        labels.append(row.pop("label"))
        if not row["actor"] and row["category"] == "strikes" and row["speaker"] and \
                SHOOT_DOWN_RE.search(row["sentence"]):
            # "Air defences destroyed 40 aerial targets, the ministry said": its own air defences
            row["actor"] = _speaker_side(row["speaker"])
            if _launch_of_an_of_phrase(row) or _whole_after_a_part(doc.text, row):
                # "Out of the 70 drones, 61 were shot down, the ministry said": the whole is the other side's launch
                row["actor"] = {"Russia": "Ukraine", "Ukraine": "Russia"}.get(row["actor"], "")
        elif not row["actor"] and row["category"] == "strikes" and not row["speaker"] and \
                row["unit"] in ("missiles", "drones") and SHOOT_DOWN_RE.search(row["sentence"]):
            # "… the ministry said. ⏎ Over the past day, air defence forces shot down 211 drones.": a sentence
            # that names no side and no speaker goes on with the report of the last side that spoke before it
            reporter = reporter or _reporter_before(doc)
            row["actor"] = reporter(row["start"])
        elif not row["actor"] and row["category"] == "strikes" and row["speaker"] and \
                row["unit"] in ("missiles", "drones") and ATTACKED_RE.search(row["sentence"]):
            # "Officials in Kyiv said the attack, which involved 74 drones, …": the attacker is the
            # other side of whoever reports being attacked
            row["actor"] = {"Russia": "Ukraine", "Ukraine": "Russia"}.get(_speaker_side(row["speaker"]), "")
    read: dict = {}
    for row, who in zip(found, labels):
        # the sides above read the layer's speaker ("Russia", "the Ukrainian commander"); the column is its label
        # in the one grammar every table uses ("the governor said" → "governor (unnamed)", as the claim says)
        key = (who[0], who[1] if who[0] == "quote" else id(who[1])) if who else None
        if key is not None and key not in read:
            read[key] = quotes.quote_label(doc, doc.quotes[who[1]], doc.speech.quotes[who[1]]) if who[0] == "quote" \
                else labels_of.act_label(doc, who[1])
        row["speaker"] = read[key] if key is not None else ""
    return found, list(context.errors)


def _launch_of_an_of_phrase(row: dict) -> bool:
    """The row's figure is the whole of an opening of-phrase before a figure shot down ("Of the 15 missiles, 12 were
    destroyed"): the launch (numeric.of_the_launch), not the interception the sentence reports."""
    opening = OF_THE_OPENING.match(row["sentence"])
    return opening is not None and row["sentence"].startswith(row["quantity_text"], opening.end()) and \
        "," in row["sentence"][opening.end():]


def _whole_after_a_part(text: str, row: dict) -> bool:
    """The row's figure is the whole after "N of" ("Air defences intercepted 14 of 17 cruise missiles, the air force
    said"): the launch, by the other side than the one shooting down."""
    start = int(row["start"])
    return str(text[start:start + len(row["quantity_text"])]) == row["quantity_text"] and \
        PART_OF_BEFORE.search(text, max(0, start - 16), start) is not None


#: Words saying the count was an attack on the reporting side.
ATTACKED_RE = re.compile(r"\b(?:attack|attacks|attacked|targeted|struck|hit|barrage|bombardment|"
                         r"onslaught|assault)\b", re.IGNORECASE)


def _reporter_before(doc: document.Document):
    """``pos`` → the side of the last speech act before ``pos`` whose speaker has one ("" when none has); the acts
    sorted once, found by bisection."""
    acts = sorted((a.cue.start, _speaker_side(a.speaker.speaker or a.speaker.as_written)) for a in doc.speech.acts)
    acts = [(start, side) for start, side in acts if side]
    starts = [start for start, _ in acts]

    def side_before(pos: int) -> str:
        i = bisect_left(starts, pos) - 1
        return acts[i][1] if i >= 0 else ""
    return side_before


def _holds_own_side_word(starts: list[int], quote) -> bool:
    """A "we", "our" or "the enemy" stands inside the quote (``starts``: those words' starts, in text order): only then
    is the side of its speaker worth looking for where the article introduced them."""
    i = bisect_left(starts, quote.span.outer_start)
    return i < len(starts) and starts[i] < quote.span.outer_end


def _introduced_nearby(doc: document.Document, speaker: str, at: int) -> bool:
    """The speaker's surname is written in the quote's paragraph or the one before it (a "he" that close is that
    person, not a voice carried over from far back; blank paragraphs between are skipped)."""
    text, paragraphs = doc.text, doc.paragraphs
    p = bisect_right(paragraphs, (at, len(text) + 1)) - 1
    while p > 0 and not text[paragraphs[p - 1][0]:paragraphs[p - 1][1]].strip():
        p -= 1
    before = paragraphs[p - 1][0] if p > 0 else 0
    surname = speaker.split()[-1] if speaker else ""
    # (a whole word of the slice, read by str.find: no pattern compiled per surname, sp30)
    return bool(surname) and bool(whole_word_at(text[before:at], surname, 0, at - before))


def _speaker_side(speaker: str) -> str:
    """``Russia`` / ``Ukraine`` for a speaker of the who-is-who (or a country), else "": read once per speaker while
    the tables stay the same. The answer depends on the tables (a speaker of your folder, :func:`saidvsdone.vocab.use`),
    so the sides are kept as a table-compiled value (``vocab.compiled``: forgotten when a table they are read from
    changes), not in a cache keyed on the words alone (lk1: a side read under other tables was kept, and an article's
    actors depended on what ran before it in the process)."""
    from saidvsdone import vocab as tables

    sides = tables.compiled("facts_speaker_sides", _VOCABULARY_TABLES, dict)
    side = sides.get(speaker)
    if side is None:
        if len(sides) >= 4096:
            sides.clear()
        side = sides[speaker] = _read_speaker_side(speaker)
    return side


def _read_speaker_side(speaker: str) -> str:
    from saidvsdone import vocab as tables

    countries = tables.compiled("facts_speaker_countries", ("speakers",), lambda: {
        r.name: r.country for r in tables.table("speakers").itertuples()})
    side = tables.side_of(countries.get(speaker, speaker))
    if side not in ("Russia", "Ukraine"):
        # "the Ukrainian commander", "a Russian officer": the side the label names
        named = {m.side for m in mentions(speaker, vocab()) if m.side in ("Russia", "Ukraine")} or \
            {m.side for w in re.findall(r"\b[A-Z][\w’'-]+", speaker) for m in mentions(w, vocab())
             if m.side in ("Russia", "Ukraine")}     # "officials in Kyiv"
        side = named.pop() if len(named) == 1 else ""
    return side


def _speakers(doc: document.Document):
    """Who states each figure: the speaker of the quote it stands in, else the speech act of its
    sentence nearest to it; the same speakers as quotes and claims (looked up by offsets)."""
    starts = [q.span.outer_start for q in doc.quotes]
    by_sentence: dict[int, list] = {}
    for act in doc.speech.acts:
        by_sentence.setdefault(act.sentence[0], []).append(act)

    read: dict[int, list] = {}  # sentence start → its acts read as originators

    def lookup(pos: int) -> dict:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < doc.quotes[i].span.outer_end and doc.speech.quotes[i].speaker:
            reading = doc.speech.quotes[i]
            return {"speaker": reading.speaker, "speaker_as_written": reading.as_written,
                    "attribution": reading.attribution, "via": reading.via,
                    "label": ("quote", i)}
        sentence = doc.sentence_at(pos)
        here = by_sentence.get(sentence.start, []) if sentence is not None else []
        if here:
            if sentence.start not in read:   # once a sentence
                read[sentence.start] = _originators(doc, sentence, here)
            here = read[sentence.start]
            act = min(here, key=lambda a: abs(a.cue.start - pos))
            return {"speaker": act.speaker.speaker or act.speaker.as_written,
                    "speaker_as_written": act.speaker.as_written, "attribution": act.speaker.how,
                    "via": doc.speech.via(sentence.start, act.speaker.speaker), "label": ("act", act)}
        return {"speaker": "", "speaker_as_written": "", "attribution": "", "via": "", "label": None}
    return lookup


def _originators(doc: document.Document, sentence, acts: list) -> list:
    """The speakers of a sentence's figures are their originators (devset conventions §5, nested attribution): a
    news agency citing a source gives the source ("…, Reuters reported, citing Ukraine's General Staff", "TASS,
    citing the defence ministry, reported …"), and an agency that only carries another speaker's words is no
    speaker of them ("Budanov said …, Reuters reported"). The claims stage's reading of the same speech acts
    (one mechanism, not a copy); a cited source of no known side leaves the agency of a side speaking."""
    from saidvsdone.citing import cited_by_media, speaker_kind

    def cited(act):
        source = cited_by_media(doc, sentence, act)
        if source is not act and not _speaker_side(source.speaker.speaker or source.speaker.as_written) and \
                _speaker_side(act.speaker.speaker or act.speaker.as_written):
            return act  # "…, TASS reported, citing the Defence Ministry": a source of no known side, the agency's side
        return source

    acts = [cited(a) for a in acts]
    own = [a for a in acts if speaker_kind(a.speaker.speaker) != "media"]
    return own or acts


#: the side "the enemy" names when neither its speaker nor its paragraph says whose enemy it is (fa28): in English-language
#: copy of this war the unplaced speaker who says "the enemy" (a governor, a soldier, a commander interviewed) is a
#: defender; Russia's own voices (its ministry, its officials, TASS) are placed by the who-is-who and never reach this
UNPLACED_ENEMY = "Russia"


def _enemy_sides(doc: document.Document, found: list) -> None:
    """"The enemy lost 700 troops, the General Staff said": "the enemy" that no side named next
    to a speech verb resolves is the side opposed to the speaker of its sentence or quote (the
    shared speech layer), by the who-is-who; "we" / "our" inside a quote is the speaker's side."""
    from saidvsdone.facts.sides import follow_enemy, in_answer, inside_quote

    unresolved = [m for m in found if not m.side and (m.kind == "enemy" or (
        m.kind == "pronoun-speaker" and inside_quote(doc.text, m.start)))]
    if not unresolved:
        _quoted_they(doc, found)
        return
    lookup = _speakers(doc)
    acts = sorted(doc.speech.acts, key=lambda a: a.cue.start)
    cue_starts = [a.cue.start for a in acts]
    paragraph_starts = [a for a, _ in doc.paragraphs]  # sorted, one line each: found by bisection
    for mention in unresolved:
        speaker = lookup(mention.start)["speaker"]
        if not speaker and mention.kind == "enemy":
            # "The enemy attacked with 94 drones. … A further 32 were lost, the air force said.": a
            # sentence with no speaker of its own is part of the report of the nearest one (600 characters)
            lo, hi = bisect_right(cue_starts, mention.start - 600), bisect_right(cue_starts, mention.start + 599)
            near = [act for act in acts[lo:hi] if _speaker_side(act.speaker.speaker or act.speaker.as_written)]
            if near:
                # the nearest speech act before it in its paragraph; one after it only when none comes
                # before ("The air force said … The enemy fired 5 missiles. Russia's ministry said …")
                j = bisect_right(paragraph_starts, mention.start) - 1
                p_start, p_end = doc.paragraphs[j] if j >= 0 and mention.start < doc.paragraphs[j][1] else \
                    (mention.start, mention.start)
                before = [a for a in near if p_start <= a.cue.start < mention.start]
                after = [a for a in near if mention.start <= a.cue.start < p_end]
                act = max(before, key=lambda a: a.cue.start) if before else \
                    min(after, key=lambda a: a.cue.start) if after else \
                    min(near, key=lambda a: abs(a.cue.start - mention.start))
                speaker = act.speaker.speaker or act.speaker.as_written
        if speaker:
            side = _speaker_side(speaker)
            mention.side = side if mention.kind == "pronoun-speaker" else \
                {"Russia": "Ukraine", "Ukraine": "Russia"}.get(side, "")
    last = ""     # the side of the last "enemy" resolved before (the mentions are in text order)
    for mention in found:
        if mention.kind == "enemy" and mention.side in ("Russia", "Ukraine"):
            last = mention.side
        elif mention.kind == "enemy" and not mention.side and (
                _spoken(lookup(mention.start)) or in_answer(doc.text, mention.start) or
                _after_a_question(doc.text, mention.start)):
            # "The enemy is 5 km from the outskirts of the city, the regional governor said", "How has the front
            # moved? ⏎ In March the enemy was 8 km from the river": "the enemy" in the words of a speaker no table
            # places (a governor, a commander, an interviewee named once) and no paragraph resolves is the enemy
            # named further up the article, else the invading army, as in the copy of either side's press ("the
            # enemy" that nobody speaks keeps no side)
            mention.side = last or UNPLACED_ENEMY
    _quoted_they(doc, found)
    follow_enemy(doc.text, found)


def _spoken(found: dict) -> bool:
    """The speaker ``_speakers`` found speaks with a quote or a verb of saying, not only before a colon ("Total losses
    of the enemy near Kupiansk: …" is a label line, no one's words)."""
    label = found["label"]
    return bool(found["speaker"]) and label is not None and (label[0] == "quote" or label[1].cue.text != ":")


def _after_a_question(text: str, pos: int) -> bool:
    """The paragraph of ``pos`` follows one that ends with a question mark: an answer of an interview printed as
    questions and answers without labels ("How has the front moved? ⏎ In March the enemy was …")."""
    k = text.rfind("\n", 0, pos) + 1
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] == "?"


def _quoted_they(doc: document.Document, found: list) -> None:
    """"They are 3 kilometres from our positions," a Ukrainian soldier said: inside a quote whose "we" / "our" is a
    side, a "they" that nothing inside the quote names is the other side."""
    starts = [q.span.outer_start for q in doc.quotes]
    by_start = sorted(found, key=lambda m: m.start)  # the mentions of a quote found by bisection, not a rescan
    found_starts = [m.start for m in by_start]
    read: dict[int, tuple] = {}  # per quote: the sides of its "we", the first named side's offset
    for mention in found:
        if mention.side or mention.kind != "pronoun-group" or getattr(mention, "refers_to", None) is not None or \
                mention.display.lower() not in ("they", "them", "their"):
            continue
        i = bisect_right(starts, mention.start) - 1
        if i < 0 or mention.start >= doc.quotes[i].span.outer_end:
            continue
        if i not in read:
            lo, hi = doc.quotes[i].span.outer_start, doc.quotes[i].span.outer_end
            inside = by_start[bisect_left(found_starts, lo):bisect_left(found_starts, hi)]
            read[i] = ({m.side for m in inside if m.kind == "pronoun-speaker" and m.side in ("Russia", "Ukraine")},
                       min((m.start for m in inside if m.kind not in ("pronoun-speaker", "pronoun-group") and m.side),
                           default=math.inf))
        ours = set(read[i][0])
        named = read[i][1] < mention.start
        if len(ours) == 1 and not named:
            mention.side = {"Russia": "Ukraine", "Ukraine": "Russia"}[ours.pop()]


#: what may stand between a speech cue and the possessive opening its reported clause ("said on Monday
#: that its", "says its", "said Ukraine had lost 300 troops and that its")
_CLAUSE_OPENING = re.compile(r"(?:\s+(?:on\s+\w+|overnight|today|also|later))?\s*(?:that\s+)?|[^.;:\"“”]*\band\s+that\s+")


def _quote_speaker_sides(doc: document.Document, found: list) -> None:
    """'"We lost 12 of our own," said the commander' after 'A Russian army commander told state television …': inside
    a quote, "we" / "our" is the side of the speaker the shared speech layer resolved for that quote (by the who-is-who,
    else by the side its description names: "the commander" → "A Russian army commander"), and "the enemy" the other
    side; this takes precedence over the nearest side named by a speech verb in the paragraph ("…, a claim Kyiv denies"),
    which is what the text alone reads. A quote whose speaker has no side, or whose attribution is a pronoun, keeps the
    text's reading."""
    if not doc.quotes:
        return
    own_words = [m.start for m in found if m.kind in ("pronoun-speaker", "enemy") or _gave_up(doc.text, m)]
    if not own_words:
        return
    cues = {a.cue.start: a for a in doc.speech.acts}
    # (the mentions as a facts context, for the side a quote's named speaker was introduced with)
    view = SimpleNamespace(text=doc.text, mentions=found, mention_starts=[m.start for m in found])
    sides: list[tuple[int, int, str]] = []
    side = ""
    previous = None     # the speaker the layer gave the quote before
    for quote, reading in zip(doc.quotes, doc.speech.quotes):
        act = cues.get(reading.cue_start)
        if getattr(reading, "country", ""):
            # a block of quoted paragraphs the speech layer gave to the author its introduction names (a blogger's
            # post or a summary printed at length: "A B, a Russian blogger, … His post read:", "We print it translated
            # from the Russian"): the country the layer read for that author
            side = _speaker_side(reading.country)
        elif reading.attribution == "continuation":
            # the next quote of the same speaker: the side of the one before it (or none); a speaker the layer names
            # for it that is not the previous quote's (a deck's speaker over a stand-alone quote paragraph, after a
            # fragment of someone else's) gives its own side, not that of the quote before it
            if reading.speaker and reading.speaker != previous:
                side = _speaker_side(reading.speaker) or side
        elif "pronoun" in (reading.attribution or "") or (act is not None and "pronoun" in (act.speaker.how or "")):
            side = ""   # (a "he" the layer carried over from a paragraph before may skip an unnamed role noun)
            if reading.speaker and _holds_own_side_word(own_words, quote) and \
                    _introduced_nearby(doc, reading.speaker, quote.span.outer_start):
                side = _speaker_side(reading.speaker) or \
                    named_person_side(view, reading.speaker, quote.span.outer_start)
        elif not reading.speaker:
            # an unnamed source the layer left without a label: the side its description names ('"…," a Ukrainian
            # brigade spokesman told reporters'), or that of the formation it names again ("the brigade's spokesman"
            # after "Ukraine's 3rd Assault Brigade said …"), else none
            written = getattr(reading, "as_written", "") or ""
            side = (_speaker_side(written) or _formation_named_again(doc.text, written, quote.span.outer_start)) \
                if written else ""
        else:
            side = _speaker_side(reading.speaker) or (_speaker_side(act.speaker.as_written) if act is not None and
                                                      act.speaker.as_written else "") or \
                (_speaker_side(reading.as_written) if getattr(reading, "as_written", "") else "") or \
                (named_person_side(view, reading.speaker, quote.span.outer_start)
                 if _holds_own_side_word(own_words, quote) else "")
            # (a quote with no speech act of its own, a headline's "the body's main voice": the description the layer
            # read for it, "a Russian military blogger's week")
        previous = reading.speaker
        if side in ("Russia", "Ukraine"):
            sides.append((quote.span.outer_start, quote.span.outer_end, side))
    if not sides:
        return
    starts = [a for a, _, _ in sides]
    for mention in found:
        gave_up = _gave_up(doc.text, mention)
        if (mention.kind not in ("pronoun-speaker", "enemy") and not gave_up) or \
                mention.display.lower().startswith(("occupier", "invader", "aggressor")):
            continue
        i = bisect_right(starts, mention.start) - 1
        if i < 0 or mention.start >= sides[i][1]:
            continue
        side = sides[i][2]
        mention.side = side if mention.kind == "pronoun-speaker" else {"Russia": "Ukraine", "Ukraine": "Russia"}[side]
        # ('"Seventeen of them came out with their hands up," the brigade's spokesman said': those who gave themselves
        # up to the speaker's side are the other side's)


def _formation_again():
    """A description naming a formation again by its kind: "the brigade's spokesman", "a spokesman for the regiment"
    (the kinds: ``data/armed_units.csv``, kind ``formation``, uses ``speaker_again``)."""
    from saidvsdone import vocab as tables

    return tables.compiled("facts_formation_again", ("armed_units",), lambda: re.compile(
        r"\bthe\s+(?P<kind>" + "|".join(map(re.escape, tables.formation_words("speaker_again"))) + r")(?:['’]s|\b)",
        re.IGNORECASE))


def _formation_named_again(text: str, written: str, start: int) -> str:
    """The side of the formation of that kind named last before ``start`` with its side ("Ukraine's 3rd Assault
    Brigade", "the Russian 76th Airborne Division"), for a speaker described by it again; "" if none."""
    again = _formation_again().search(written)
    if again is None:
        return ""
    kind = again.group("kind").lower()
    named = None
    for named in re.finditer(r"\b(?P<side>Ukraine['’]s|Russia['’]s|Ukrainian|Russian)\s+(?:\d+\w*\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
                             + re.escape(kind.capitalize()) + r"\b", text[max(0, start - 1500):start]):
        pass
    if named is None:
        return ""
    return "Ukraine" if named.group("side").startswith("Ukrain") else "Russia"


#: what follows "they" / "them" that gave themselves up ("Seventeen of them came out with their hands up", "they
#: surrendered", "of them were taken prisoner")
_GAVE_UP_AFTER = re.compile(r"\s+(?:(?:all|finally|then|soon|eventually)\s+)?(?:came\s+out\s+with\s+(?:their\s+)?hands|"
                            r"surrendered|gave\s+themselves\s+up|laid\s+down\s+their\s+(?:arms|weapons)|"
                            r"(?:were|had\s+been)\s+(?:captured|taken\s+prisoner))\b", re.IGNORECASE)


def _gave_up(text: str, mention) -> bool:
    """A "they" / "them" (no side of its own) whose verb is one of giving oneself up."""
    return mention.kind == "pronoun-group" and text[mention.start:mention.end].lower() in ("they", "them") and \
        _GAVE_UP_AFTER.match(text, mention.end, mention.end + 60) is not None


def _speaker_pronouns(doc: document.Document, found: list) -> None:
    """"It says its air defences destroyed 12 Ukrainian drones", "The ministry said Ukraine had lost
    300 troops and that its forces …": "it" standing as the speaker of a speech act, and "its"
    opening the act's reported clause, are the speaker (the shared speech layer's reading, by the
    who-is-who), not the nearest side named before them ("their" may be anyone's: "saying that
    their shortage …")."""
    acts = [a for a in doc.speech.acts if a.speaker.end > a.speaker.start]
    if not acts:
        return
    # the acts of each sentence, found by bisection (a rescan of every act per "it" was quadratic)
    by_sentence: dict[tuple[int, int], list] = {}
    for act in acts:
        by_sentence.setdefault(act.sentence, []).append(act)
    spans = sorted(by_sentence)
    disjoint = all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    span_starts = [a for a, _ in spans]
    for mention in found:
        written = doc.text[mention.start:mention.end].lower()
        if mention.kind != "pronoun-group" or written not in ("it", "its"):
            continue
        here = acts
        if disjoint:
            i = bisect_right(span_starts, mention.start) - 1
            here = by_sentence[spans[i]] if i >= 0 and mention.start < spans[i][1] else []
        for act in here:
            if not act.sentence[0] <= mention.start < act.sentence[1]:
                continue
            own = act.speaker.start == mention.start and written == "it"
            opens = written != "it" and act.cue.end <= mention.start and \
                _CLAUSE_OPENING.fullmatch(doc.text, act.cue.end, mention.start) is not None
            side = _speaker_side(act.speaker.speaker or act.speaker.as_written) if own or opens else ""
            if side:
                mention.side = side
                break


def _frame(rows: list[dict]) -> pd.DataFrame:
    return schema.typed_frame(rows, schema.FACTS)

def reload() -> None:
    """Read the vocabularies in ``data/`` again (after a CSV was edited, or
    ``SAIDVSDONE_DATA`` changed).

    Example:
        >>> reload()
    """
    from saidvsdone import vocab as tables

    tables.reload()  # (the facts vocabulary is compiled through it, and the speakers' sides kept with it)


def read_article(article_id: str, text: str, published, doc=None) -> Article:
    """The per-article context: the shared document's sentences (built here when not given),
    words, actor mentions and places, computed once."""
    if doc is None:
        doc = document.build(article_id, text, published)
    v = vocab()
    found = mentions(text, v)
    _speaker_pronouns(doc, found)
    _quote_speaker_sides(doc, found)
    _enemy_sides(doc, found)
    tokens = word_tokens(text)
    return Article(article_id=article_id, text=text, published=published, v=v,
                   sentences=document_sentences(doc, v),
                   words=tokens, mentions=found,
                   places=place_mentions(text, tokens, found, v),
                   scare_marks=scare_marks(text), headline_end=headline_end(text), doc=doc)


def article_rows(ctx: Article) -> list[dict]:
    """The facts of one article as row dicts, in text order. The steps, sentence by sentence:

    1. numbers with a unit (``numeric.numeric_facts``: quantities, their unit, then the
       territorial or event reading of the number);
    2. facts stated without a number (``qualitative.qualitative_facts``: direction verbs
       and event words), unless a number already states them;
    3. then, over the article: restated counts and qualitative facts are folded
       (``fold``), and each fact gets its period, places and attribution (``fact_row``).
    """
    numeric: list[Fact] = []
    qualitative: list[Fact] = []
    for index, (s_start, s_end, is_caption) in enumerate(ctx.sentences):
        if is_caption:
            continue
        try:
            found = numeric_facts(ctx, index, s_start, s_end)
            words = qualitative_facts(ctx, index, s_start, s_end, found)
        except Exception as err:  # noqa: BLE001 - one bad sentence must not cost the others
            ctx.errors.append(f"sentence {index + 1}: {type(err).__name__}: {err}")
            continue
        numeric.extend(found)
        ctx.numeric.extend(found)
        qualitative.extend(words)
    facts = [f for f in mark_restated_counts(ctx, numeric) if not places_counted_again(ctx, f)] + \
        deduplicated(ctx, qualitative)
    facts.sort(key=lambda f: (f.start, f.end))
    ids = {id(fact): f"{ctx.article_id}-f{n:03d}" for n, fact in enumerate(facts, start=1)}
    return [fact_row(ctx, n, fact, ids) for n, fact in enumerate(facts, start=1)]


def fact_row(ctx: Article, n: int, fact: Fact, ids: dict) -> dict:
    """One output row (the columns of ``COLUMNS``) for ``fact``."""
    s_start, s_end, _ = ctx.sentences[fact.sentence]
    period_text, period_start, period_end = period_of(ctx, fact, s_start, s_end)
    quantity = fact.quantity
    unit_row = fact.unit_row
    area = length = math.nan
    if quantity is not None and unit_row is not None:
        if unit_row.dimension == "area" and not math.isnan(unit_row.to_km2):
            area = round(quantity.value * unit_row.to_km2, 6)
        if unit_row.dimension == "length" and not math.isnan(unit_row.to_km):
            length = round(quantity.value * unit_row.to_km, 6)
    places = []
    for p in fact.places:
        if p.place not in places and p.country != "other":
            places.append(p.place)
    return {
        "article_id": ctx.article_id,
        "fact_id": f"{ctx.article_id}-f{n:03d}",
        "sentence": ctx.text[s_start:s_end],
        "start": fact.start,
        "end": fact.end,
        "phrase": ctx.text[fact.start:fact.end],
        "quantity": quantity.value if quantity is not None else math.nan,
        "quantity_high": quantity.high if quantity is not None else math.nan,
        "quantity_text": fact.quantity_text,
        "qualifier": quantity.qualifier if quantity is not None else "",
        "unit": fact.unit,
        "area_km2": area,
        "length_km": length,
        "category": fact.category,
        "actor": fact.actor if fact.actor in ("Russia", "Ukraine") else "",
        "change": fact.change,
        "place": "; ".join(places),
        "period_text": period_text,
        "period_start": period_start,
        "period_end": period_end,
        "reported_date": ctx.published,
        "published": ctx.published,
        "source_attribution": attribution_of(ctx, fact, s_start, s_end),
        "modality": fact.modality,
        "flag": "; ".join(fact.flags),
        "bound": fact.bound,
        "restates": ids.get(id(fact.restates), ""),
        "conversion_of": ids.get(id(fact.conversion_of), ""),
    }
