"""Stage 2b — claims: what speakers are reported to have said about the war's course.

A **claim** is a sentence in reported (indirect) speech, attributed to a speaker, whose content
is about the war's progress, plan, pace, goals or battlefield results (territory, settlements,
troops, losses, missiles and drones, the situation at the front). ``claims.find(articles)`` reads
them off the shared document's speech layer (:mod:`saidvsdone.speech`), not off a phrase list:

1. every speech cue with a speaker is a candidate ("X said (that) …", "…, X said.", ", he said,",
   "according to X", "X claimed …"); a sentence with two speakers gives two claims. A cue the layer
   left without a speaker still speaks for the claims table (never for quotes) when a noun phrase
   that can speak stands before it ("Ukraine's southern command said" → "Ukrainian Southern Command",
   "Russian state media reported", "officials in the X region said"), and so do plural present verbs
   ("officials claim …"), "demand" and "a report by X said";
2. its content (the sentence without the attribution) must be about the war: a word of
   ``data/claim_topics.csv`` (territory, losses, strikes, mobilisation, goals, pace,
   negotiations, threat) must stand in it; civilian-damage reports, allegations, meetings, honours,
   other wars and soft words in sport, the economy or politics are left out (the table's other
   groups); with two speakers in a sentence, each speaker's content is its own part of it;
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

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left
from dataclasses import dataclass, replace
from types import SimpleNamespace

import pandas as pd

from saidvsdone import document, schema, segment, vocab
from saidvsdone import mentions as _mentions
from saidvsdone import speech as _speech
from saidvsdone.mentions import NATIONAL_GROUP as _NATIONAL_GROUP
from saidvsdone.mentions import unnamed_person as _unnamed_person
from saidvsdone.mentions import label_as_written as _label_as_written
# who a sentence cites, and the table's label of a speaker: the speech layer's reading (saidvsdone.citing)
from saidvsdone.citing import (EXPERTS_AT as _EXPERTS_AT,
                                    institution_heads as _institution_heads, cited_by_media as _cited_by_media,
                                    country_labels as _country_labels, table_label as _table_label,
                                    speaker_kind as _kind_of, speech_mentions_between as _mentions_between)
from saidvsdone.citing import (FUNCTION_WORDS as _FUNCTION_WORDS, country_name_forms as _country_forms,
                               country_speaker as _citing_country_speaker, deck as _deck,
                               subhead_lines as _subhead_lines, summary_stems as _stems5, summed_up_by as _summed_up_by)
from saidvsdone.matcher import Matcher, PhraseError, compile_phrase, stem, trie_pattern
from saidvsdone.matcher import fail_fast, lazy_fail_fast

__all__ = ["find", "one_per_day", "CLAIM_TYPES", "TOPICS", "COLUMNS"]

COLUMNS = schema.columns(schema.CLAIMS)
#: Fine claim types (from data/claim_phrases.csv) in the order the notebooks show them.
CLAIM_TYPES = ("on_plan", "progress", "no_escalation", "mobilisation_ending", "negotiations", "threat")
#: Coarse topics (data/claim_topics.csv), in the order a sentence's type is chosen.
TOPICS = ("territory", "losses", "strikes", "mobilisation", "goals", "pace", "negotiations", "threat")

_CONTENT_WORD = re.compile(r"[A-Za-z][\w’'-]*")
#: Topics that keep a sentence a claim even beside civilian-damage words.
_MILITARY_TOPICS = ("territory", "goals", "pace", "mobilisation", "negotiations")
#: Topics that keep a sentence a claim beside allegation words ("accused", "atrocities").
_COURSE_TOPICS = ("territory", "goals", "pace", "negotiations")
#: Topic groups that describe what a claim is not (civilian damage, the enemy's conduct).
_EXCLUDING = ("civilian", "conduct", "logistics", "elsewhere", "theatre", "offtopic", "ceremony", "meeting", "industry")
#: A line that ends as a sentence does (a subhead usually has no final stop).
_FULL_STOP_END = re.compile(r"[.?!…][”\"’')]*\s*$")
#: The whole of an answer after its speech verb ("Syrskyi says yes").
_YES_NO = re.compile(r"\s+(?P<answer>yes|no)\b[\s.!]*", re.IGNORECASE)
#: "In his view, …", "In their assessment, …": the one who spoke in the sentence before goes on.
#: "In his view, …", "In its view, …" (an institute's), "In the general's view, …" (a definite role's, the last voice)
_IN_HIS_VIEW = re.compile(r"\s*[Ii]n\s+(?P<who>his|her|their|its|the\s+[a-z][a-z-]+['’]s)\s+(?:own\s+)?(?P<cue>view|words|opinion|assessment|estimation),"
                          # "It was, in his words, “the hardest month”": the same aside inside the sentence
                          r"|[^,;:“”\"]{1,60}?,\s+in\s+(?P<who2>his|her|their|its)\s+(?:own\s+)?(?P<cue2>view|words|opinion|"
                          r"assessment|estimation),\s")
_QUESTION_END = re.compile(r"\?[”\"’')]*\s*$")
#: Topics too generic to outweigh words of sport, the economy, politics or the weather ("advanced to the
#: quarter-finals", "prices were advancing"); a word of the war in Ukraine (``theatre``) keeps the sentence.
_SOFT_TOPICS = ("territory", "pace", "losses", "goals")


@dataclass(frozen=True)
class _Lexicon:
    phrases: Matcher   # claim_phrases.csv: fine types
    topics: Matcher    # claim_topics.csv: coarse topics
    both: Matcher      # the two in one pass over a sentence
    phrase_set: frozenset  # the phrase patterns (equal patterns of both tables count for both)
    topic_set: frozenset


def _lexicon() -> _Lexicon:
    return vocab.compiled("claims", ("claim_phrases", "claim_topics"), _compile)


#: The groups of data/claim_words.csv: word lists the rules read (see data/README.md; checked on reading).
WORD_GROUPS = vocab.CLAIM_WORD_GROUPS


@dataclass(frozen=True)
class _Words:
    captives: frozenset        # "captured 20 soldiers": people taken, not ground
    evacuees: frozenset        # "moving civilians out of the city": an evacuation, not ground
    materiel: frozenset        # "the cruiser was damaged": equipment, not civilian damage
    settlement_nouns: frozenset  # "the town of X", "the besieged city"
    area_nouns: frozenset      # "officials in the Zaporizhzhia region said": an area after its name ends the phrase
    capture_forms: frozenset
    loss_stems: frozenset      # "had lost 1,000 people": a side's casualties
    takes_place: re.Pattern    # "has taken Vuhledar": a place taken or held
    place_taken: re.Pattern    # "until Donbas is taken": the same in the passive
    witness: re.Pattern        # "a resident said …": a witness's account
    market_voice: re.Pattern   # "oil traders said …": a market's forecast
    thanks_cues: tuple         # cue prefixes (str.startswith)
    ceremony_cues: tuple
    allegation_cues: tuple
    denial_cues: tuple
    rejection_cues: tuple
    expressing_cues: frozenset
    feeling: re.Pattern        # "expressed confidence in the troops": a feeling, not a statement
    reporting_cues: frozenset
    topic_only: re.Pattern     # "briefed Putin on the situation at the front": a report's subject
    object_cues: frozenset     # "soldiers describe basements full of the wounded": a bare object, no statement
    rubrics: frozenset
    damage_events: frozenset   # "the cruiser was damaged": what happened, a loss beside materiel
    fired_weapons: frozenset   # "fires 650 drones": the verb to fire, no blaze
    setting_nouns: frozenset   # "the besieged port city": a place described, not a territory topic
    role_synonyms: dict        # headline office → body words naming it ("chief" → head, leader, led …)
    dependants: dict           # a headline's dependant → body words introducing one ("aide" → aide, adviser …)
    possessive_claim: re.Pattern  # "X's claim (on Tuesday) that …", "In X's words, …" (claim_noun)
    owner_after: re.Pattern    # "assurances from X that …", "the boast by X that …" (claim_noun)
    pronoun_claim: re.Pattern  # "Her assessment was that …" at the head of a sentence (claim_noun)


def _words() -> _Words:
    return vocab.compiled("claim_words", ("claim_words", "units"), _compile_words)


def _headline_place_taken() -> re.Pattern:
    """A headline's place with a bare participle of taking ("Zelenyi Hai taken", "Toretsk fully captured") or
    "falls" / "has fallen", ending the clause (a comma, a dash, "as …"): the passive with its verb left out, as
    headlines write it (claim_words.csv takes_place; not "held": "Talks held, Kremlin says")."""
    def build():
        words = [" ".join(w.split()).lower() for g, w in zip(vocab.table("claim_words")["group"],
                                                             vocab.table("claim_words")["word"])
                 if g.strip() == "takes_place"]
        return re.compile(r"(?P<place>[A-Z][a-z’'-]{2,}(?:\s+[A-Z][a-z’'-]{2,})?)\s+(?:(?:fully\s+)?(?:"
                          + _alternation([w for w in words if w.endswith(("en", "ed"))])
                          + r")|falls|fell|has\s+fallen)\b(?=\s*(?:[,;:–—]|\s-\s|$|\s+(?:as|after|amid|while)\b))")
    return vocab.compiled("claims_headline_place_taken", ("claim_words",), build)


def _alternation(words) -> str:
    """A regex alternation of the words, longest first ("(?!)" when there are none: it matches nothing)."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words) if words else "(?!)"


def _compile_words() -> _Words:
    groups: dict[str, list[str]] = {group: [] for group in WORD_GROUPS}
    for row in vocab.table("claim_words").itertuples():  # groups and words checked when the table is read
        groups[row.group.strip()].append(" ".join(row.word.split()).lower())
    takes_place = re.compile(
        r"\b(?:" + _alternation(groups["takes_place"]) + r")\s+(?:full\s+)?(?:control\s+(?:of|over)\s+)?"
        r"(?:the\s+(?:" + _alternation(groups["settlement_noun"]) + r")\s+of\s+)?(?P<place>[A-Z][a-z’'-]{2,})")
    feeling = re.compile(r"\s+(?:(?:the|his|her|their|its|our|a|an)\s+)?(?:[\w-]+\s+)?(?:"
                         + _alternation(groups["feeling"]) + r")\b(?!\s+that\b)[^,.;:“”\"]*", re.IGNORECASE)
    topic_only = re.compile(r"(?:\s+(?!that\b)[\w’'-]+){0,4}?\s+(?:about|on|regarding)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                            r"(?:" + _alternation(groups["report_subject"]) + r")\b"
                            r"(?:(?!\b(?:that|had|has|have|was|were|is|are|would|will|could|saying|adding|noting)\b)"
                            r"[^;:“”\"])*", re.IGNORECASE)
    return _Words(
        captives=frozenset(groups["captive"]), capture_forms=frozenset(groups["capture"]),
        evacuees=frozenset(groups["evacuee"]), materiel=frozenset(groups["materiel"]),
        settlement_nouns=frozenset(groups["settlement_noun"]), area_nouns=frozenset(groups["area_noun"]),
        loss_stems=frozenset(stem(w) for w in groups["loss"]), takes_place=takes_place,
        place_taken=re.compile(r"(?P<place>[A-Z][a-z’'-]{2,})\s+(?:is|was|were|are|has\s+been|had\s+been|have\s+been|"
                               r"will\s+be|would\s+be|must\s+be|could\s+be|be)\s+(?:fully\s+)?(?:"
                               + _alternation(groups["takes_place"]) + r")\b"),
        witness=re.compile(r"\b(?:" + _alternation(groups["witness"]) + r")$", re.IGNORECASE),
        market_voice=re.compile(r"\b(?:" + _alternation(groups["market_voice"]) + r")\b", re.IGNORECASE),
        thanks_cues=tuple(groups["thanks_cue"]), ceremony_cues=tuple(groups["ceremony_cue"]),
        allegation_cues=tuple(groups["allegation_cue"]), denial_cues=tuple(groups["denial_cue"]),
        rejection_cues=tuple(groups["rejection_cue"]), expressing_cues=frozenset(groups["expressing_cue"]),
        feeling=feeling, reporting_cues=frozenset(groups["reporting_cue"]), topic_only=topic_only,
        object_cues=frozenset(groups["object_cue"]),
        rubrics=frozenset(groups["rubric"]), damage_events=frozenset(groups["damage_event"]),
        fired_weapons=frozenset(groups["fired_weapon"]) | vocab.weapon_words(),  # (+ units.csv's weapons)
        setting_nouns=frozenset(groups["setting_noun"]), role_synonyms=_role_synonyms(groups["role_synonym"]),
        dependants=_role_synonyms(groups["dependant"]),
        possessive_claim=re.compile(
            r"[’']s?\s+(?:(?:\w+\s+)?(?P<noun>" + _alternation(groups["claim_noun"]) + r")"
            # "X's assessment is that …", "X's own view, set out in an essay, was that …", "X's claim on Tuesday that …"
            r"(?:,[^,;:“”\"]{2,100},|" + _CLAIM_DAY + r")?(?:\s+(?:is|was|remains|remained|has\s+been))?\s+that\b"
            r"|(?:claim|claims|announcement)\s+of\b(?!\s+(?:responsibility|sovereignty)\b)"
            r"|(?P<view>(?:own\s+)?(?:words|view|opinion|assessment|estimation|telling)\s*,))", re.IGNORECASE),
        owner_after=re.compile(r"\b(?P<noun>" + _alternation(groups["claim_noun"]) + r")\s+(?:from|by)\s+"
                               r"(?P<owner>(?:the\s+|[A-Z])[^;:“”\"]{2,90}?),?" + r"(?:" + _CLAIM_DAY + r")?\s+that\b",
                               re.IGNORECASE),
        pronoun_claim=re.compile(r"\s*(?P<who>His|Her|Their|Its)\s+(?:own\s+)?(?:\w+\s+)?(?P<cue>"
                                 + _alternation(groups["claim_noun"]) + r")\s+(?:is|was|remains|remained|has\s+been|"
                                 r"had\s+been)\s+(?:that\b|[a-z]+\s*:)"
                                 # "His denial that the town had been cut off was echoed by …": the noun's own clause
                                 r"|\s*(?P<who3>His|Her|Their)\s+(?:own\s+)?(?:\w+\s+)?(?P<cue3>"
                                 + _alternation(groups["claim_noun"]) + r")(?:" + _CLAIM_DAY + r")?\s+that\b"))


#: A day or period between a claim noun and its clause: "the ministry's claim on Tuesday that …", "… last week that".
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_CLAIM_DAY = (r"\s+(?:(?:on|late\s+on|early\s+on)\s+(?:" + _WEEKDAY + r"|" + _MONTH + r"\s+\d{1,2})|last\s+(?:week|month|"
              r"year|" + _WEEKDAY + r")|(?:earlier\s+)?this\s+(?:week|month|year)|in\s+" + _MONTH + r")")


def _role_synonyms(pairs) -> dict:
    """``claim_words.csv`` role_synonym rows ("chief head", "chief leader") as {office: (body words, …)} (and the
    dependant rows: "aide adviser", "spokesman press secretary")."""
    synonyms: dict[str, list[str]] = {}
    for pair in pairs:
        office, _, word = pair.partition(" ")
        synonyms.setdefault(office, []).append(word.strip() or office)
    return {office: tuple(words) for office, words in synonyms.items()}


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
    phrases, topics = compiled
    return _Lexicon(phrases, topics, Matcher(phrases.patterns + topics.patterns),
                    frozenset(phrases.patterns), frozenset(topics.patterns))


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
        phrase_end, sentence, published``, ``via`` (the news agency or medium that carried the
        speaker's words: "Lavrov told TASS", "according to Interfax", "told the agency"; from the
        speech layer, as the quotes table's). Failing articles are listed in ``attrs["errors"]``.

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
    if quotes is not None and include_quotes:  # only quote rows read the given speakers
        given = {key: group for key, group in quotes.groupby("article_id")}

    def stage(doc):
        twin = _recased_twin(doc)  # "UKRAINE SAYS RUSSIA LOST …": an ALL CAPS title read as Title Case
        found = _claims_in(twin or doc, include_quotes, include_carried,
                           None if given is None else given.get(doc.article_id))
        return found if twin is None else _restore_case(doc, twin, found)
    return document.per_article(articles, stage, _frame, desc="claims")


#: A line written in capitals only ("UKRAINE SAYS RUSSIA LOST 1,500 TROOPS", "ZELENSKY: …"): no lower-case letter,
#: three words of two capitals or more.
_CAPS_LINE = re.compile(r"[^a-z\n]*$")
_CAPS_WORD = re.compile(r"[A-Z][A-Z’'.-]*[A-Z]\b")
_CASED_WORD = re.compile(r"[A-Za-z][A-Za-z’'.-]*")


def _written_cases() -> dict:
    """Words of the tables written with capitals inside ("ISW", "NATO", "MoD", "DeepState", "HUR"), keyed by the
    word in capitals: the case an ALL CAPS title's word takes back."""
    def build():
        cases = {}
        for name in ("speakers", "countries", "label_spellings", "armed_units", "places"):
            try:
                frame = vocab.table(name)
            except Exception:  # a table a folder of one's own leaves out
                continue
            for column in frame.columns:
                for cell in frame[column].dropna().astype(str):
                    for word in _CASED_WORD.findall(cell):
                        if word != word[:1] + word[1:].lower() and any(c.isupper() for c in word[1:]):
                            cases.setdefault(word.upper(), word)
        return cases
    return vocab.compiled("claims_written_cases",
                          ("speakers", "countries", "label_spellings", "armed_units", "places"), build)


def _recased_twin(doc):
    """The document with its ALL CAPS title, deck and sub-heading lines written in Title Case ("UKRAINE SAYS RUSSIA
    LOST …" → "Ukraine Says Russia Lost …", "ISW" and "MoD" as the tables write them), the same length, so every
    span stays where it was; None when no headline line is in capitals. In capitals every word looks like a name, so
    a title's speaker, verb and places are read as in a Title Case title (the words' case tells nothing there)."""
    capitals = [(index, ps, pe) for index, (ps, pe) in enumerate(doc.paragraphs)
                if _CAPS_LINE.match(doc.text, ps, pe) and len(_CAPS_WORD.findall(doc.text, ps, pe)) >= 3]
    if not capitals:
        return None
    headings = _subhead_lines(doc) | {_deck(doc)} | {s.paragraph for s in doc.sentences if s.headline}
    lines = [(ps, pe) for index, ps, pe in capitals if ps < doc.headline_end or index in headings]
    if not lines:
        return None
    cases = _written_cases()
    text = list(doc.text)

    def recase(word: str) -> str:
        new = cases.get(word) or word[:1] + word[1:].lower()
        return new if len(new) == len(word) else word
    for ps, pe in lines:
        for m in _CASED_WORD.finditer(doc.text, ps, pe):
            text[m.start():m.end()] = recase(m.group(0))
    text = "".join(text)
    title = doc.title
    if title and title.upper() == title and doc.text.find(title) >= 0:
        at = doc.text.find(title)
        title = text[at:at + len(title)]
    return document.build(doc.article_id, text, doc.published, title)


#: The fields of a claim row that copy the article's words (the speaker's label and the types are the tables').
_PRINTED_FIELDS = ("text", "speaker_as_written", "cue", "quoted_words", "phrase", "via")


def _restore_case(doc, twin, found: list[dict]) -> list[dict]:
    """The rows of ``twin`` with the article's own letters: every text field read from the recased lines is
    written back as the article prints it."""
    for row in found:
        start, end = row.get("start"), row.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or twin.text[start:end] == doc.text[start:end]:
            continue
        for key in _PRINTED_FIELDS:  # (what the row copies stands in its sentence)
            value = row.get(key)
            at = twin.text.find(value, start, end) if isinstance(value, str) and value else -1
            if at >= 0:
                row[key] = doc.text[at:at + len(value)]
        row["text"] = doc.text[start:end]
    return found


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


def _frame(rows: list[dict]) -> pd.DataFrame:
    return schema.typed_frame(rows, schema.CLAIMS)

# --- one document -------------------------------------------------------------------------------

def _span(doc, a: int, b: int) -> tuple[list[tuple[str, str]], list[int]]:
    """(stem, "=form") and start of each word in ``doc.text[a:b]``: only the sentences that hold
    speech are read word by word (the document's tokens when another stage built them)."""
    cache = getattr(doc, "_claim_spans", None)
    if cache is None:
        cache = doc._claim_spans = {}
    span = cache.get((a, b))
    if span is None:
        if "tokens" in doc.__dict__:
            lo, hi = bisect_left(doc.token_starts, a), bisect_left(doc.token_starts, b)
            tokens = doc.tokens[lo:hi]
            span = [(t.stem, "=" + t.lower) for t in tokens], [t.start for t in tokens]
        else:
            found = list(document.TOKEN.finditer(doc.text, a, b))
            span = [_word_keys(m.group(0)) for m in found], [m.start() for m in found]
        cache[(a, b)] = span
    return span


_WORD_KEYS: dict[str, tuple[str, str]] = {}


def _word_keys(word: str) -> tuple[str, str]:
    keys = _WORD_KEYS.get(word)
    if keys is None:
        keys = (stem(word), "=" + word.lower())
        if len(_WORD_KEYS) < 200_000:
            _WORD_KEYS[word] = keys
    return keys


def _name_part(doc, words, starts, i: int) -> bool:
    """Is word ``i`` a capitalised word inside a body sentence next to another capitalised word
    (not an acronym, not the sentence's first word)? Then it is part of a name ("the Ukrainian
    Armed Forces", "the General Staff"), not a topic word."""
    text = doc.text

    def capital(k):
        word = text[starts[k]:starts[k] + len(words[k][1]) - 1]
        return word[:1].isupper() and not word.isupper()
    if not capital(i):
        return False
    sentence = doc.sentence_at(starts[i])
    if sentence is None or sentence.headline or not text[sentence.start:starts[i]].strip(" “”\"‘’'([-—–"):
        return False  # headline case, or the sentence's first word
    before = i > 0 and starts[i - 1] >= sentence.start and capital(i - 1)
    after = i + 1 < len(starts) and starts[i + 1] < sentence.end and capital(i + 1)
    return before or after


_POSTED_STATEMENT = re.compile(r"(?i:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?i:statement|post|report|video|message|"
                               r"update|address|letter|note)")
_DATELINE_AFTER = re.compile(r"\s*(?::|—|–|>>)")


#: A list's bullet opening a paragraph ("- ", "• ", "1. ", "2) ") and an attribution that ends with a colon before it
#: ("The ministry said:", "the statement said in part:").
_LIST_BULLET = re.compile(r"\s*(?:[•·▪◦*–—-]|\d{1,2}[.)])\s+(?=\S)")
_SAID_COLON = re.compile(r"[^.;:“”\"\n]{0,40}:\s*")
_COLON_CUE_END = re.compile(r":\s*")


def _claims_in(doc, include_quotes: bool, include_carried: bool, given_quotes) -> list[dict]:
    layer = doc.speech
    lexicon = _lexicon()
    found: list[dict] = []
    acts_by_sentence: dict[int, list] = {}
    for act in layer.acts:
        acts_by_sentence.setdefault(act.sentence[0], []).append(act)
    previous_claim: dict | None = None
    listing = None  # (label, acts, paragraph) of "The ministry said:" before a list of bullet points
    previous_sentence, previous_acts = None, []
    last_voice = ("", -1)  # the label of the last speaker and its paragraph ("he said" after "a senior officer said")
    last_made: list[dict] = []  # the claims of the sentence before
    indefinite = ("", "")  # (the layer's person, our label) for "a Ukrainian commander" the layer took for someone named
    deck = _deck(doc)
    subheads = _subhead_lines(doc)
    answered_no = False  # "Can Ukraine hold X? Syrskyi says no."
    lede_named: dict[str, str] = {}  # a lede's unnamed label → the person the next paragraphs name
    for sentence in doc.sentences:
        if (sentence.paragraph == deck or sentence.paragraph in subheads) and not sentence.headline:
            sentence = replace(sentence, headline=True)
        s_start, s_end = sentence.start, sentence.end
        acts = acts_by_sentence.get(s_start, [])
        by_speaker: dict[str, list] = {}
        hedged = _hedged(doc.text, s_start, s_end)
        denials = []
        label_end, linked = segment.link_label(doc.text, s_start, s_end), False  # "Read also:" (claim_words.csv)
        furniture = label_end if label_end > 0 else None
        if furniture is not None and not hedged and _LINKED_TITLE.match(doc.text, label_end, s_end):
            # "Read also: Zelensky: Ukraine will take back what is ours": the linked story's title is a headline
            # (its label is page furniture, no part of it)
            start = label_end + len(doc.text[label_end:s_end]) - len(doc.text[label_end:s_end].lstrip())
            sentence = replace(sentence, start=start, headline=True)
            s_start, furniture, linked = start, None, True
            acts = [a for a in acts if a.cue.start >= start]
        furniture = furniture is not None
        if hedged or furniture:
            acts = []
        if sentence.headline or s_start < doc.headline_end:  # "U.S. officials see no sign that …" in a deck: the headline verb "see", read as
            # headlines' groups are (the body's speaker of that claim), not a body's "see no sign" cue
            acts = [a for a in acts if not _SEE_NO_SIGN.match(a.cue.text)]
        speaking = _speaking_acts(doc, sentence, acts)
        if not hedged:
            speaking, denials, sentence = _added_acts(doc, sentence, speaking, acts, furniture)
        speaking = _kept_acts(doc, sentence, speaking, denials, linked)
        for act in speaking:
            label = _written_label(doc, sentence, act)
            person = _country_modifies(doc.text, act.speaker) if act.speaker.how == "country" else None
            if person is not None:  # "according to a senior US official": the official, not the US
                act = replace(act, speaker=replace(act.speaker, start=person[0], end=person[1], speaker="",
                                                   as_written=doc.text[person[0]:person[1]], how="unnamed source"))
                label = _label_as_written(act.speaker.as_written)
            elif act.speaker.how == "country":
                label = _country_speaker(doc, sentence, act)
            elif sentence.headline and _GENERIC_FORCES.fullmatch(act.speaker.as_written.strip()) \
                    and label in _military_labels() and not any(
                        b.speaker.speaker == label for b in doc.speech.acts if b.sentence[0] >= doc.headline_end
                        and doc.sentence_at(b.cue.start).paragraph not in _subhead_lines(doc) | {_deck(doc)}):
                # "Ukrainian army says …" over a body where only its General Staff or its commander speaks: the
                # side's forces in a title stand for the side, resolved as "Ukraine says …" is (the body's speaker)
                as_country = replace(act, speaker=replace(act.speaker, speaker=_military_labels()[label], how="country"))
                label = _country_speaker(doc, sentence, as_country)
            elif sentence.headline and act.speaker.how == "role" \
                    and _GENERIC_FORCES.fullmatch(act.speaker.as_written.strip()) \
                    and (side := _words_side(act.speaker.as_written)):
                # "Russian army says it repelled …" where the tables make the side's army its chief's office: the
                # side's forces in a title stand for the side, resolved as "Russia says …" is (the body's speaker of
                # that side who states what the title sums up, not the chief who speaks later of something else)
                as_country = replace(act, speaker=replace(act.speaker, speaker=side, how="country"))
                label = _country_speaker(doc, sentence, as_country)
            elif act.speaker.how == "pronoun" and act.speaker.as_written.lower() == "it" and last_voice[0] \
                    and doc.story_gap(last_voice[1], sentence.paragraph) <= 1 and last_voice[0] != label \
                    and _institution_label(last_voice[0]) and (act.speaker.speaker in _country_labels() or (
                        _INVERTED_IT.search(doc.text, s_start, act.cue.start) and any(
                            m.speaker == act.speaker.speaker for m in _mentions_between(doc, s_start, act.speaker.start)))):
                # "Britain's defence ministry said …. It said …" (not a country the title named), "The Ukrainian
                # army's losses … amounted to 1,600, it said" (not the army of the words it reports): who spoke last
                label = last_voice[0]
            elif act.speaker.how == "unresolved pronoun" and label.lower() == "it":
                spoke_before = last_voice[0] if doc.story_gap(last_voice[1], sentence.paragraph) <= 1 and last_voice[0] \
                    and _institution_label(last_voice[0]) else ""
                # (an institution speaking in the sentence before goes before a country named in its words)
                label = (_it_in_sentence(doc, sentence, act)
                         or (spoke_before if previous_acts and doc.story_gap(previous_sentence.paragraph, sentence.paragraph) <= 1
                             else "")
                         or _it_country(doc, sentence, act) or spoke_before
                         or label)  # "…, it said" after "the air force said …"
            elif (act.speaker.how == "unresolved pronoun" and label.lower() == "they") or (
                    not act.speaker.speaker and _OF_THEM.fullmatch(act.speaker.as_written.strip())):
                # "Some officials said …. They say …": the group that spoke last, else nobody
                group = last_voice[0].split()[-1].lower() if last_voice[0] else ""
                label = last_voice[0] if group in _plural_heads() and doc.story_gap(last_voice[1], sentence.paragraph) <= 1 else ""
                opening = _GROUP_OPENING.match(doc.text, previous_sentence.start, previous_sentence.end) \
                    if previous_sentence is not None and doc.story_gap(previous_sentence.paragraph, sentence.paragraph) <= 1 else None
                if opening is not None and not previous_acts and not label:
                    # "Russian military bloggers … have been less discreet. Several of them said …": that group
                    label = _label_as_written(opening.group("group"))
                    label = label[0].lower() + label[1:] if label.split()[0].lower() in _common_leads() else label
            elif act.speaker.how == "unresolved pronoun" and label.lower() in ("he", "she") \
                    and last_voice[0].endswith(" (unnamed)") and doc.story_gap(last_voice[1], sentence.paragraph) <= 1:
                label = last_voice[0]  # the unnamed person who spoke last (the layer found no one else since)
            elif act.speaker.how == "unresolved pronoun" and label.lower() in ("he", "she") \
                    and (opened := (_opened_by_unnamed(doc, sentence, sentence) if act.speaker.start > s_start + 20
                                    else "") or _opened_by_unnamed(doc, previous_sentence, sentence)):
                # "One European official put it bluntly: Ukraine could hold, he said, …": the same sentence's opener
                # "A senior NATO official, who briefed reporters on Monday, was more measured. She said …": the
                # unnamed person the sentence before opened with
                label = opened
            elif act.speaker.how == "role" and _DEFINITE_ROLE.fullmatch(act.speaker.as_written.strip()) \
                    and not sentence.headline and _named_later_only(doc, act):
                # "The commander said" where the holder the layer found is named only further on: the person
                # introduced before with that office ("Horbenko … commands a battalion"), else nobody named (a deck's
                # "…, the presidential spokesman says" tells of the body, where the holder is named after it)
                label = _introduced_with(doc, act) or _label_as_written(act.speaker.as_written)
            elif not act.speaker.speaker and _DEFINITE_ROLE.fullmatch(act.speaker.as_written.strip()) \
                    and _same_unnamed(doc, act):
                label = _same_unnamed(doc, act)  # "the official" = that official
            elif not act.speaker.speaker and _STATEMENT_SUBJECT.fullmatch(act.speaker.as_written.strip()) \
                    and last_voice[0] and doc.story_gap(last_voice[1], sentence.paragraph) <= 1:
                label = last_voice[0]  # "the statement said": the statement of whoever spoke last
            elif not act.speaker.speaker and _STATEMENT_SUBJECT.fullmatch(act.speaker.as_written.strip()) \
                    and _statement_issuer(doc, sentence, act):
                # "This was reported by the General Staff.⏎⏎According to the press release, …": the body named last
                label = _statement_issuer(doc, sentence, act)
            elif act.speaker.how == "role" and _INDEFINITE.match(act.speaker.as_written) and any(
                    m.speaker == act.speaker.speaker and m.how in ("name", "title") and m.end <= act.speaker.start
                    for m in doc.speech.mentions):
                # "a Ukrainian commander in the area" after Syrskyi was named: somebody new, not him (a
                # lead's "a top Russian general" named only later is that general)
                label = _label_as_written(act.speaker.as_written)
                label = label if label.endswith(" (unnamed)") else f"{label} (unnamed)"
                indefinite = (act.speaker.speaker, label)
            elif act.speaker.how == "role" and act.speaker.speaker and _INDEFINITE.match(act.speaker.as_written) \
                    and act.speaker.speaker.split()[-1] not in doc.text:
                # "a Ukrainian commander said" in a piece that never names the office's holder: an unnamed
                # commander, not the holder the tables give the office (a lede's "a top Russian general" is the
                # one the next paragraphs introduce: "Colonel General A B, first deputy chief …, said")
                named_later = _lede_named_later(doc, sentence, act) if not sentence.headline else ""
                label = named_later or _label_as_written(act.speaker.as_written)
                label = label if label.endswith(" (unnamed)") or named_later else f"{label} (unnamed)"
                indefinite = (act.speaker.speaker, label)
            elif act.speaker.how == "pronoun" and act.speaker.speaker == indefinite[0] \
                    and last_voice[0] == indefinite[1] and doc.story_gap(last_voice[1], sentence.paragraph) <= 1:
                label = indefinite[1]  # "…, he added": the same unnamed person
            elif act.speaker.how == "role" and _DEPUTY.search(act.speaker.as_written) and act.speaker.speaker \
                    and not any(_DEPUTY.search(r) for r in getattr(
                        _mentions.people().speakers.get(act.speaker.speaker), "roles", ())):
                # "Ukraine's deputy defence minister" is not the minister: the person the article introduces with
                # that office ("Hanna Maliar, Ukraine's deputy defence minister, said"), else nobody named
                label = _introduced_as(doc, act.speaker.as_written) \
                    or f"{_label_as_written(act.speaker.as_written)} (unnamed)".replace(" (unnamed) (unnamed)", " (unnamed)")
            elif sentence.headline and act.speaker.how == "role" and _body_office_holder(doc, act.speaker):
                label = _body_office_holder(doc, act.speaker)  # the headline's "Ukrainian commander" is the body's
            elif act.speaker.how == "unresolved role" and _DEFINITE_ROLE.fullmatch(act.speaker.as_written.strip()) \
                    and (person := _role_introduced(doc, act)):
                label = person  # "The spokesman noted" after "the spokesman of the Southern Defense Forces V. Voloshyn"
            elif not act.speaker.speaker and _BARE_EXPERTS.fullmatch(act.speaker.as_written) and last_voice[0] \
                    and doc.story_gap(last_voice[1], sentence.paragraph) <= 1 and _is_think_tank(last_voice[0]):
                label = last_voice[0]  # "the institute said …. Analysts noted …": the institute's analysts
            elif not act.speaker.speaker and _ITS_INSTITUTION.match(act.speaker.as_written) \
                    and _its_country_label(doc, act):
                label = _its_country_label(doc, act)  # "Ukraine's military … Its General Staff said": Ukraine's
            elif not act.speaker.speaker:
                label = _bare_label(doc, act, _table_label(label))
                head = label.lower().split()
                if len(head) == 1 and head[0] in _SAME_HEAD and last_voice[0] and _institution_label(last_voice[0]) \
                        and doc.story_gap(last_voice[1], sentence.paragraph) <= 1 \
                        and last_voice[0].lower().split()[-1] == head[0]:
                    # "Estonia's foreign intelligence service said …. The service estimated": the body of that head
                    # noun that spoke just before, though no table knows it
                    label = last_voice[0]
            if act.speaker.how == "unnamed source" and label.endswith(" (unnamed)") and not sentence.headline:
                named_later = _lede_named_later(doc, sentence, act)  # "a Ukrainian military spokesman said" in a lede
                if named_later:
                    lede_named[label] = named_later
                label = named_later or label
            if not act.speaker.speaker and label in lede_named:
                label = lede_named[label]  # "the Russian general pointed out …" taken for the lede's: the one named since
            if not act.speaker.speaker and label[:1].isupper() and (label.split()[0].lower() in _common_leads() or (
                    _LOWER_COMPOUND.fullmatch(label.split()[0])  # "Open-source researchers", not "Kyiv-based analysts"
                    and label.split("-")[0] not in vocab.country_forms())) \
                    and label.split()[-1].lower() in _plural_heads():
                label = label[0].lower() + label[1:]  # "Military analysts say …" opening a sentence: "military analysts"
            if sentence.headline:  # "Kremlin says …" over "Kremlin spokesman Dmitry Peskov said …": the person
                label = _titled_in_body(doc, act, label) or label
                apposed = _headline_apposed(doc, act.speaker.start, act.speaker.end) if not act.speaker.speaker else None
                label = apposed.speaker if apposed is not None else label  # "…, says Ukrainian brigade commander"
                label = _silent_seat(doc, sentence, act, label) or label  # "Kremlin speaks of …" over Putin's words
                label = _headline_dependent(doc, act) or _headline_rank(doc, act) or label  # "Zelensky aide says"
                label = _side_group_voice(doc, sentence, act, label) or label  # "Russian officials say …"
                label = _headline_role_holder(doc, act) or label  # "…, says top general" over Gerasimov's words
                label = _headline_office_words(doc, act, label) or label  # "Russian defence chief claims …"
            label = _mentions.speaker_label(doc, label, act.speaker.start, written=act.speaker.as_written)  # the label grammar: "at the Pentagon": a US official
            if act.speaker.how != "unresolved pronoun" or label != act.speaker.as_written:
                last_voice = (label, sentence.paragraph)
            if label and label not in _own_voice(doc):  # "ISW assesses …" in ISW's own report: the outlet's voice
                by_speaker.setdefault(label, []).append(act)
        if speaking and previous_sentence is not None and previous_sentence.paragraph == sentence.paragraph \
                and _QUESTION_END.search(doc.text, previous_sentence.start, previous_sentence.end) \
                and all(_YES_NO.fullmatch(doc.text, a.cue.end, s_end) or (
                    sentence.headline and a.cue.start > a.speaker.start
                    and 0 < len(doc.text[a.cue.end:s_end].split()) <= 4) for a in speaking):
            # "Can Ukraine hold Chasiv Yar? Syrskyi says yes": the answer affirms the question's content
            # ("… says no" denies it: the claim is negated)
            sentence = replace(sentence, start=previous_sentence.start)
            answered_no = any(_YES_NO.fullmatch(doc.text, a.cue.end, s_end).group("answer").lower() == "no"
                              for a in speaking if _YES_NO.fullmatch(doc.text, a.cue.end, s_end))
        view, viewer = _viewer(doc, sentence, s_start, s_end, by_speaker, last_made, previous_sentence, previous_acts,
                               last_voice)
        if viewer:
            # "In his view, the defences were close to collapse": the speaker of the sentence before
            from saidvsdone.speech import Cue, SpeechAct
            c, w = ("cue", "who") if view.group("cue") else ("cue3", "who3") if "cue3" in view.re.groupindex \
                and view.group("cue3") else ("cue2", "who2")  # (the aside inside the sentence)
            cue = Cue(view.start(c), view.end(c), view.group(c), "speech")
            pronoun = _mentions.Mention(view.start(w), view.end(w), "", view.group(w), "pronoun")
            if viewer not in by_speaker:
                by_speaker[viewer] = [SpeechAct((s_start, s_end), cue, pronoun, None, "")]
            last_voice = (viewer, sentence.paragraph)  # ("Her assessment was that …. She said …": the same one)
        made = []
        scopes = _scopes(doc.text, s_start, s_end, by_speaker, acts) if len(by_speaker) > 1 else {}
        if len(by_speaker) == 1:  # "X said …, while the governor of Odesa said …": a speaker the layer did not name
            label, speaker_acts = next(iter(by_speaker.items()))
            scope = _before_another_voice(doc, s_end, speaker_acts)
            if scope is not None:
                scopes[label] = scope
        for label, speaker_acts in by_speaker.items():
            # the same speaker's statement goes on from the sentence before ("… had retaken 10 settlements.
            # Among them are A, B and C, the statement said.")
            aside = (viewer and label == viewer) or any(_aside_goes_on(doc.text, a) for a in speaker_acts)
            going_on = next((c["claim_type"] for c in last_made if c["speaker"] == label
                             and (doc.sentence_at(c["start"]).paragraph == sentence.paragraph
                                  # "… he said.⏎⏎It was, in his words, “the hardest month”": an aside in the next
                                  # paragraph goes on with the same statement
                                  or aside and doc.story_gap(doc.sentence_at(c["start"]).paragraph,
                                                             sentence.paragraph) <= 1)), None)
            if going_on and not any(_goes_on(doc.text, a) for a in speaker_acts) and not aside:
                going_on = None  # only "added", "also said", "the statement said", "in his words" carry it on
            if not going_on and made and any(_ANSWERS_THE_CLAIM.match(doc.text, a.cue.end, s_end) for a in speaker_acts):
                going_on = made[-1]["claim_type"]  # "Russia claims Stepove; Kyiv denies it": the other voice's topic
            claim = _claim(doc, sentence, label, speaker_acts, lexicon, scopes.get(label), going_on)
            if claim is not None:
                made.append(claim)
        bullet = _LIST_BULLET.match(doc.text, doc.paragraphs[sentence.paragraph][0]) if listing is not None else None
        if bullet is not None and not acts and not made and 0 <= sentence.paragraph - listing[2] <= 1:
            # "The ministry said:⏎- Russian forces liberated 212 settlements;⏎- …": each bullet is the speaker's claim
            claim = _claim(doc, replace(sentence, start=max(s_start, bullet.end())), *listing[:2], lexicon)
            made = [claim] if claim is not None else []
            listing = (*listing[:2], sentence.paragraph)
        else:
            listing = next(((label, speaker_acts, sentence.paragraph) for label, speaker_acts in by_speaker.items()
                            if not made and not sentence.headline
                            and (_SAID_COLON.fullmatch(doc.text, max(a.cue.end for a in speaker_acts), s_end)
                                 # "… published a summary on the same day:": the colon is the cue itself
                                 or _COLON_CUE_END.fullmatch(doc.text, max(a.cue.end for a in speaker_acts) - 1, s_end))), None)
        if not made and include_carried and previous_claim is not None and not acts:
            claim = _carried(doc, sentence, previous_claim, lexicon)
            if claim is not None:
                made.append(claim)
        if previous_sentence is not None and not previous_acts and (not made or _BACK_REFERENCE.match(doc.text, sentence.start)):
            # "Russia has moved 30,000 troops. This was reported by Syrskyi.": the lead is his claim (the words
            # "This was stated by …, Ukrinform reports." are only its attribution)
            claim = _back_reference(doc, sentence, previous_sentence, lexicon)
            if claim is not None:
                made = [claim]
        if linked:  # a linked story's title: that story's day is not this article's
            made = [{**c, "statement_date": pd.NaT, "date_basis": _LINKED_BASIS} for c in made]
        if answered_no:
            made = [{**c, "negated": not c["negated"]} for c in made]
        answered_no = False
        previous_sentence, previous_acts = sentence, acts
        last_made = [c for c in made if not c["headline"]]
        found.extend(made)
        if made:
            previous_claim = made[-1]
        elif acts or (previous_claim is not None and doc.sentence_at(previous_claim["start"]).paragraph
                      != sentence.paragraph):
            previous_claim = None
    _continued_unnamed_dates(doc, found)
    _seat_to_unnamed_official(found)
    _country_to_unnamed_official(doc, found)
    _headline_to_body_label(found, {e.speaker for e in doc.speech.events if e.speaker and not e.person})
    _headline_body_dates(doc, found)
    if include_quotes:
        found.extend(_quote_claims(doc, lexicon, given_quotes))
    return _rows(doc, found)


def _speaking_acts(doc, sentence, acts: list) -> list:
    """The speech acts of a sentence that state something, each read for who really speaks (the layer's acts
    ``acts``: a quoting medium, a report's owner, a relative clause's subject …), and the voices coordinated with
    them; a medium beside another speaker, a long-held view and an aside's speaker set aside (a step of
    ``_claims_in``)."""
    s_start = sentence.start
    # an accusation is kept only about the war's course (see _claim); "regions that Moscow claims
    # as its own" is a claim to land, not speech
    speaking = [a for a in acts if _states(doc.text, a.cue, s_start)]
    speaking = [_quoted_by(doc, a) for a in speaking]
    speaking = [_report_owner(doc, sentence, a) for a in speaking]
    speaking = [_cited_by_media(doc, sentence, a) for a in speaking]
    speaking = [_relative_clause_subject(doc, sentence, a) for a in speaking]
    speaking = [_participle_not_name(doc, sentence, a) for a in speaking]
    speaking = [a for a in speaking if not _aside_speaker(doc, sentence, a)]
    # "Military analysts have long argued that …", "…, and Ukrainian officers have long described them as …": an
    # unnamed group's long-held view, summed up in the reporter's narration (no statement on any occasion)
    speaking = [a for a in speaking if a.speaker.speaker or a.speaker.how != "unnamed source"
                or not _LONG_HELD.search(doc.text, max(s_start, a.cue.start - 24), a.cue.start)]
    speaking += _coordinated(doc, speaking)
    if any(_kind_of(a.speaker.speaker) != "media" for a in speaking):
        # "Budanov said …, Reuters reported": the agency is a conduit, not a second speaker
        speaking = [a for a in speaking if _kind_of(a.speaker.speaker) != "media"]
    if len({a.speaker.speaker or a.speaker.as_written for a in speaking}) > 1:
        # "…,” Hartwell reported.", "As Ukrvisnyk reported earlier, the agency stated …": a one-word name no table
        # knows that only reports what another voice of the sentence says is a medium, not a second speaker
        speaking = [a for a in speaking if not _unknown_conduit(a) or not any(
            b is not a and b.speaker.how != "unknown name" for b in speaking)]
    return speaking


def _added_acts(doc, sentence, speaking: list, acts: list, furniture: bool) -> tuple[list, list, object]:
    """The claims beside the speech verbs of an unhedged sentence, added to ``speaking``: a claim noun's owner
    ("Russia's claim that …"), an owner after the noun, a demonym's, a denial's, a headline's subject and its second
    clause, an unattributed sentence's, a stamped label's, "Its data show …", a quoted subhead's (``furniture``: the
    sentence opens with page furniture such as "Read also:"); returns the acts, the denials among them and the
    sentence (a quoted subhead is read as a headline) (a step of ``_claims_in``)."""
    speaking += _possessive_claims(doc, sentence, speaking)
    speaking += _owner_after_claims(doc, sentence, speaking)
    speaking += _demonym_claims(doc, sentence, speaking)
    denials = _denied_claims(doc, sentence, speaking)
    speaking += [a for a in denials if a not in speaking]
    if sentence.headline:
        speaking += _headline_subject(doc, sentence, speaking)
        speaking = [a for a in speaking if not (a.cue.text == ":" and any(
            b.cue.start == a.cue.start and b.cue.text == ":—" for b in speaking)) and not (
            a.speaker.how == "unknown name" and any(b.cue.start == a.cue.start and b.speaker.how == "headline subject"
                                                    and b.speaker.start <= a.speaker.start
                                                    and b.speaker.end >= a.speaker.end
                                                    and b.speaker.end - b.speaker.start
                                                    > a.speaker.end - a.speaker.start for b in speaking))]
        speaking += _headline_second_clause(doc, sentence, speaking)
        speaking = [_headline_inverted(doc, sentence, a, after=not (a.cue.text == ":" and not a.speaker.speaker))
                    for a in speaking]
    if not furniture:
        speaking = _unattributed(doc, sentence, speaking, acts)
    if not speaking:
        speaking = _stamped_label(doc, sentence)
    if not speaking:
        speaking = _its_data(doc, sentence)  # "Its data show …": the body named before
    if not speaking and sentence.headline:
        speaking = _quoted_restated(doc, sentence)
    if not speaking:
        speaking = _quoted_subhead(doc, sentence)
        if speaking:  # "Kharkiv 'can be held, but more shells needed:' Army commander": a subhead
            sentence = replace(sentence, headline=True)
    return speaking, denials, sentence


def _kept_acts(doc, sentence, speaking: list, denials: list, linked: bool) -> list:
    """The acts of ``speaking`` that state something: a content clause's inner voice, a modal's verb, a transcript
    line, a question, a topic or feeling alone, a dateline, a rubric, pictures, thanks, a denied speaker, figures with
    no one behind them set aside; a role read as the name apposed to it, a press service as its principal
    (``denials`` always kept; ``linked``: a linked story's title, where no country speaks) (a step of
    ``_claims_in``)."""
    s_start, s_end = sentence.start, sentence.end
    # "officials concede that Mr Putin … believes …": what Putin believes is part of the officials' claim
    speaking = [a for a in speaking if a in denials or not any(
        b.cue.end <= a.speaker.start and b.speaker.start < b.cue.start and b.speaker.speaker != a.speaker.speaker
        and (_THAT.match(doc.text, b.cue.end) or _RELAYED.fullmatch(doc.text, b.cue.end, a.cue.start) is not None)
        and not _CLAUSE_BREAK.search(doc.text, b.cue.end, a.speaker.start) for b in speaking)]
    # "said Russia would respond": a verb after a modal tells what someone may do, not what was said
    speaking = [a for a in speaking if not _MODAL_BEFORE.search(doc.text, max(s_start, a.cue.start - 24), a.cue.start)]
    # "SENIOR DEFENSE OFFICIAL: …": a transcript line, speech printed without quote marks
    # (a title's "ISW: Russian forces …" is an acronym labelling a headline, not a transcript line)
    speaking = [a for a in speaking if not (a.cue.text == ":" and a.speaker.as_written.isupper()
                                            and not (sentence.headline and a.speaker.speaker
                                                     and len(a.speaker.as_written.split()) == 1))]
    # "QUESTION (Reuters): Russia's defence ministry says …": a reporter's question in a transcript relays what
    # others said, printed without quote marks: no one's claim (not a dateline: "KYIV: …" is no questioner)
    if not sentence.headline and _QUESTION_LABEL.match(doc.text, doc.paragraphs[sentence.paragraph][0], s_end):
        speaking = []
    # "Interviewer: Is the front holding?", "Syrskyi: The front is holding.", "Editorial: The West must …":
    # in the body, a full sentence after a bare colon is a transcript line or a rubric (speech printed
    # without quote marks, or the outlet's voice); a title or subhead with a colon is attributed, unless
    # what follows the colon asks a question ("Interviewer: Is the front holding?" states nothing)
    # (a live blog's time-stamped or bulleted "11.20 BST Zelensky: the front is holding." sums a statement up)
    stamp = _STAMPED_LABEL.match(doc.text, s_start, s_end)
    if (not sentence.headline and _FULL_STOP_END.search(doc.text, s_start, s_end)
            and (stamp is None or not stamp.group(0).strip())) or _QUESTION_END.search(doc.text, s_start, s_end):
        # a bare label ("Syrskyi:", "Interviewer:"), not a speaker with an occasion ("Zelensky in his nightly
        # address: …", which attributes what follows)
        speaking = [a for a in speaking if a.cue.text != ":"
                    or (_QUESTION_END.search(doc.text, s_start, s_end) is None
                        and len(doc.text[s_start:a.cue.start].split()) > 2)]
    # "Putin informed the president about the course of the operation", "briefed him on the situation at
    # the front": the subject of a report, not what it said (a "saying …" beside it still speaks)
    words = _words()
    speaking = [a for a in speaking if not (a.cue.text.lower() in words.reporting_cues
                                            and words.topic_only.fullmatch(doc.text, a.cue.end, s_end))]
    # "Soldiers who came back describe basements full of the wounded", "Several units have complained about
    # rotations": an unnamed group (no plural_voice: officials, analysts, bloggers still speak) describing with a
    # bare object tells its experience in the reporter's narration, no statement ("describe … as …", "complained
    # that …" still state something)
    speaking = [a for a in speaking if not _object_only(doc.text, a, s_end, words)]
    # "expressed the determination of the troops, stating, “…”": a feeling named, not a statement made
    # ("expressed confidence that the line would hold" states something): the words naming it are part
    # of the attribution, not content
    speaking = [replace(a, cue=replace(a.cue, end=feeling.end())) if a.cue.text.lower() in words.expressing_cues
                and (feeling := words.feeling.match(doc.text, a.cue.end, s_end)) else a for a in speaking]
    # "He thanked the servicemen who had fought … and expressed condolences to the families": a feeling
    # that runs to the end of the sentence states nothing (the war words are the thanked people's deeds)
    speaking = [a for a in speaking if not (a.cue.text.lower() in words.expressing_cues and a.speaker.start < a.cue.start
                                            and not doc.text[a.cue.end:s_end].strip(" .!;”\"’'"))]
    # "Kyiv: Ukraine's army chief has announced …", "Moscow: …" opening a body paragraph: a dateline, not a speaker
    # (and no participle's subject: "Kyiv: X has announced …, saying …" is X's)
    speaking = [a for a in speaking if not (
        a.speaker.how == "country" and not sentence.headline and _DATELINE_AFTER.match(doc.text, a.speaker.end)
        and not doc.text[doc.paragraphs[sentence.paragraph][0]:a.speaker.start].strip()
        and (a.cue.text == ":" or any(b.speaker.start > a.speaker.end for b in speaking)))]
    # "In a statement posted on Telegram, Syrskyi said …": the statement a participle names is where the words
    # stand, not a second speaker
    speaking = [a for a in speaking if not (
        a.speaker.how == "unnamed source" and _POSTED_STATEMENT.fullmatch(a.speaker.as_written)
        and a.speaker.end < a.cue.start <= a.speaker.end + 1 and a.cue.text.endswith("ed")
        and any(b.speaker.how != "unnamed source" for b in speaking))]
    # "War in Ukraine: Putin says …": a rubric before the colon, not a speaker
    speaking = [a for a in speaking if not (a.cue.text == ":" and a.speaker.how == "unknown name"
                                            and doc.text[a.speaker.end:a.cue.start].strip())]
    # "Note: …", "Update: …": furniture before a colon; "…, indicating a marginal advance" after
    # "Geolocated footage shows …": an inference of the copy, no speaker's words
    speaking = [a for a in speaking if not (a.cue.text == ":" and a.speaker.as_written.strip().lower()
                                            in words.rubrics)
                and not (a.cue.text.lower() in _evidence_participles() and not _kind_of(a.speaker.speaker))
                # "Geolocated footage published on Monday indicates that …": pictures, no speaker's words
                and not (a.cue.text.lower() in _evidence_verbs() and not _kind_of(a.speaker.speaker)
                         and _EVIDENCE_SUBJECT.search(doc.text, a.speaker.start, a.cue.start))]
    # "Zelensky thanked Biden and the troops who had retaken …": thanks go to a person, never to a
    # statement, so no claim rests on them (a "said" beside them still makes one; "praised 'tremendous
    # progress'" may take a statement and is weighed in _claim)
    speaking = [a for a in speaking if not a.cue.text.lower().startswith(words.thanks_cues)]
    # "Neither side discloses its losses", "No one has confirmed …": a denied speaker says nothing
    speaking = [a for a in speaking if not _NO_SPEAKER.match(a.speaker.as_written)]
    # "According to preliminary estimates, 118 soldiers were killed": figures with no one behind them
    speaking = [a for a in speaking if not (a.speaker.speaker == "" and a.cue.text.lower() == "according to"
                                            and _AGENTLESS_SOURCE.fullmatch(a.speaker.as_written.strip()))]
    # "according to the commander of the Tavria group, Oleksandr Tarnavskyi, who said …": the role is the name
    # apposed to it, which speaks again in the sentence (not the holder the tables give the office)
    speaking = [_apposed_name(doc, a, speaking) for a in speaking]
    # "X told Putin that …, according to a video released by the Kremlin": the publisher of the record of another
    # speaker's words passes them on, it says nothing of its own (alone in its sentence it still speaks)
    speaking = [a for a in speaking if not (a.cue.text.lower() == "according to" and _RELEASED_BY.match(
        doc.text, a.cue.end, a.speaker.start + 1) and any(b.cue.start < a.cue.start and b.speaker.start < a.cue.start
                                                          for b in speaking if b is not a))]
    # "Syrskyi expects …, according to a statement from his press service": the service's statement is his
    speaking = [_own_service(doc, a, speaking, s_start) for a in speaking]
    if linked:  # a country subject is another story's, no body speaker's: only a person, a role, a body speaks
        speaking = [a for a in speaking if a.speaker.how != "country"
                    and a.speaker.as_written.strip() not in vocab.country_forms()]
    return speaking


def _written_label(doc, sentence, act) -> str:
    """A speaker's label as the sentence writes it: the tables' name, else the words as written in the conventions'
    spelling ("US officials", "senior US defence official (unnamed)"), a body's whole name ("the Centre for Defence
    Strategies", "researchers at the X Foundation"); the resolution by context follows (a step of ``_claims_in``)."""
    s_start, s_end = sentence.start, sentence.end
    label = act.speaker.speaker or _label_as_written(_LABEL_LEAD.sub("", act.speaker.as_written))
    if label.endswith(" (unnamed)") or (not act.speaker.speaker and label.split()[-1].lower() in _plural_heads()):
        # "American officials", "a senior U.S. defense official": the conventions' "US officials", "senior
        # US defence official (unnamed)" (one spelling of an unnamed office, whatever the outlet's)
        label = _mentions.spelled(label)  # (the label grammar's spelling: data/label_spellings.csv)
        owner = _POSSESSIVE_LEAD.match(label)  # "Kyiv's officials": the conventions' "Ukrainian officials"
        country = _mentions.people().country_of_form.get(owner.group(1)) if owner is not None else None
        demonym = _mentions.demonym_of(country) if country else None
        label = demonym + label[owner.end() - 1:] if demonym else label
    if act.speaker.how == "unknown name" and _NATIONAL_GROUP.fullmatch(label):
        label = _label_as_written(label)  # "Finnish Black Bird Group" → "Black Bird Group"
    described = _DESCRIBED_NAME.fullmatch(label) \
        if act.speaker.how == "unknown name" or (act.speaker.how == "unnamed source" and not act.speaker.speaker) else None
    if described is not None and described.group(1).lower() in vocab.speech_words()["institution_noun"]:
        label = described.group(2)  # "Finnish research group Black Bird Group" → "Black Bird Group" (the body's name)
    if act.speaker.how == "unknown name":
        # "the Centre for Defence Strategies": the name goes on before its "for" / "of"
        head = _NAME_HEAD_BEFORE.search(doc.text, s_start, act.speaker.start) \
            if not _mentions.gender(act.speaker.speaker) else None  # "… of Ukraine Sergey Cherevatov": a person
        tail = _NAME_TAIL_AFTER.match(doc.text, act.speaker.end, s_end) \
            if not _mentions.gender(act.speaker.speaker) else None  # "Ivan Petrenko of the X Institute said"
        if tail is not None and _PERSON_OF_THE.match(tail.group("name")) and len(act.speaker.speaker.split()) == 2 \
                and _mentions.is_person(act.speaker.speaker) and act.speaker.as_written.strip() == act.speaker.speaker:
            tail = None  # "Dara Massicot of the Carnegie Endowment wrote": a person of a body (a first name no table has)
        if tail is not None and re.search(r"\b(?:President|Prime\s+Minister|Minister|General|Mr|Ms)\.?\s+$",
                                          doc.text[max(0, act.speaker.start - 20):act.speaker.start]):
            tail = None  # "President A B of Ukraine": a titled person, no body's name
        if tail is not None and re.sub(r"^\s*(?:for|of)\s+(?:the\s+)?", "", tail.group("name")) in vocab.country_forms():
            tail = None  # "President A B of Ukraine": a person of a country, no body's name
        if head is not None or tail is not None:
            label = doc.text[head.start("name") if head else act.speaker.start:
                             tail.end("name") if tail else act.speaker.end]
        subject = doc.text[act.speaker.start:act.cue.start].strip() if act.speaker.start < act.cue.start else ""
        if _EXPERTS_AT.match(subject):  # "Researchers | at the Jamestown Foundation said"
            label = _table_label(subject)
        label = _reordered_name(label) or label  # "the Institute for War Studies": the ISW
    return label


def _viewer(doc, sentence, s_start: int, s_end: int, by_speaker: dict, last_made: list, previous_sentence,
            previous_acts: list, last_voice: tuple):
    """ "In his view, …", "Her assessment was that …" (a claim noun of data/claim_words.csv after the pronoun): the
    match of the words and whose view it is (the speaker of the sentence before, "" when nobody); ``s_start``,
    ``s_end`` the sentence as read before an answer took in its question (a step of ``_claims_in``)."""
    # "In his view, …"; "Her assessment was that …" (a claim noun of data/claim_words.csv after the pronoun)
    view = (_IN_HIS_VIEW.match(doc.text, s_start, s_end) or _words().pronoun_claim.match(doc.text, s_start, s_end)) \
        if not by_speaker else None
    if by_speaker and doc.text.startswith(("His ", "Her ", "Their "), s_start):
        # "His denial that …, was echoed by the General Staff, whose report …, it said, …": the claim noun's
        # owner speaks beside the sentence's other voice
        view = _words().pronoun_claim.match(doc.text, s_start, s_end)
        view = view if view is not None and view.group("cue3") else None
    if view is not None and last_made and sentence.paragraph == doc.sentence_at(last_made[0]["start"]).paragraph:
        viewer = last_made[0]["speaker"] if len({c["speaker"] for c in last_made}) == 1 else ""
    elif view is not None and last_made and not previous_acts and previous_sentence is not None \
            and doc.sentence_at(last_made[0]["start"]).start == previous_sentence.start \
            and doc.story_gap(previous_sentence.paragraph, sentence.paragraph) <= 1 \
            and len({c["speaker"] for c in last_made}) == 1:
        # "In the general's view, ….⏎⏎His forecast is that …": an aside after an aside, the same voice goes on
        viewer = last_made[0]["speaker"]
    elif view is not None and previous_acts and last_voice[0] and last_voice[1] == previous_sentence.paragraph \
            and doc.story_gap(previous_sentence.paragraph, sentence.paragraph) <= 1:
        viewer = last_voice[0]  # "“…,” Chernyk said.⏎⏎In his opinion, …": who spoke in the sentence before
    elif view is not None and previous_acts and doc.story_gap(previous_sentence.paragraph, sentence.paragraph) <= 1 \
            and len({a.speaker.speaker for a in previous_acts}) == 1 and previous_acts[0].speaker.speaker \
            and _kind_of(previous_acts[0].speaker.speaker) in ("person", "") \
            and previous_acts[0].speaker.how in ("name", "title", "pronoun", "unknown name"):
        # "He spoke to us by video link on Monday.⏎⏎In his view, …": the one person who spoke in the sentence
        # before, though what that sentence said made no claim
        viewer = previous_acts[0].speaker.speaker
    elif view is not None and view.group("who") in ("His", "Her") and not previous_acts \
            and (opened := _opened_by_unnamed(doc, previous_sentence, sentence)):
        viewer = opened  # "A senior official … was cautious. Her
        # assessment was that …"
    else:
        viewer = ""
    if viewer and view.group("who") and view.group("who").lower().startswith("the ") \
            and not _fits_voice(view.group("who").split()[-1][:-2], viewer):
        viewer = ""  # "“…,” Syrskyi said. In the ministry's view, …": another voice than the last one's
    return view, viewer


def _headline_body_dates(doc, found: list[dict]) -> None:
    """A headline tells of the body's statement: its day, when the body gives one (the claims ``found``, changed in
    place) (a step of ``_claims_in``)."""
    for claim in found:  # a headline tells of the body's statement: its day, when the body gives one
        if claim["headline"] and pd.isna(claim["statement_date"]) and claim["date_basis"] != _LINKED_BASIS:
            body = next((c for c in found if not c["headline"] and c["speaker"] == claim["speaker"]
                         and not pd.isna(c["statement_date"]) and not _placed_back(doc, c)), None)
            if body is None and not any(not c["headline"] and c["speaker"] == claim["speaker"] for c in found):
                body = _restated_by(doc, claim, found)  # "…, army says" over "…, a military spokesman said on Tuesday"
            if body is not None:
                claim["statement_date"], claim["date_basis"] = body["statement_date"], f"body: {body['date_basis']}"
            elif not any(not c["headline"] and c["speaker"] == claim["speaker"] for c in found):
                # "Air Force: …" over "This was stated by …'s Air Force, A B, on Thursday": the day the body spoke
                spoke = next((e for e in doc.speech.events if e.speaker == claim["speaker"] and e.date is not None
                              and not pd.isna(e.date) and e.pos >= getattr(doc, "headline_end", 0)), None)
                if spoke is not None:
                    claim["statement_date"], claim["date_basis"] = spoke.date, f"body: {spoke.date_text}"


def _rows(doc, found: list[dict]) -> list[dict]:
    """The claims ``found`` in text order, numbered, with the article's columns (a step of ``_claims_in``)."""
    found.sort(key=lambda c: (c["start"], c["speaker"]))
    rows = []
    for n, claim in enumerate(found, start=1):
        rows.append({**claim, "article_id": doc.article_id, "claim_id": f"{doc.article_id}-c{n:03d}",
                     "undated": pd.isna(doc.published), "published": doc.published,
                     "text": doc.text[claim["start"]:claim["end"]],
                     "sentence": doc.text[claim["start"]:claim["end"]]})
    return rows


#: What a second voice says of the first one's words, by a pronoun or a noun for them, and nothing more: "Kyiv denies
#: it", "Ukraine calls it fantasy", "…; the army rejected the claim as false".
_ANSWERS_THE_CLAIM = re.compile(r"\s+(?:it|this|that|them|the\s+(?:claim|claims|report|reports|assertion|figure|figures|"
                                r"account|boast))(?:\s+(?:as\s+)?[\w’'-]+){0,2}\s*[.!]?\s*$")


#: What turns an object cue into a statement: a content clause right after it ("complained that …", "describe how …")
_OBJECT_CLAUSE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:that|how|what|why|whether|when)\b")
#: … or an "as" complement before the sentence ends ("describe the assaults as relentless")
_AS_COMPLEMENT = re.compile(r"\bas\b")
#: … but no comparative ("outgunned by as much as six to one", "as well as")
_AS_COMPARATIVE = re.compile(r"\bas\s+(?:much|many|well|far|long|soon|little|few|often)\s+as\b")
#: "complained about/of/over …": a bare object for certain (a clause with no "that" may follow "complained" alone)
_OBJECT_PREPOSITION = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:about|of|over)\b")


def _object_only(text: str, act, s_end: int, words) -> bool:
    """An ``object_cue`` of ``claim_words.csv`` ("describe", "complain") said by an unnamed group that is no
    ``plural_voice`` of ``speech_words.csv`` ("soldiers", "units", "residents"), with a bare object and no clause after
    it: "Soldiers back from the front describe trenches full of water", "Several units have complained about rotations"."""
    cue = act.cue.text.lower()
    if cue not in words.object_cues or act.speaker.speaker or act.speaker.how != "unnamed source":
        return False
    written = act.speaker.as_written.split()
    heads = [w.lower().strip(",") for w in written]
    if not heads or any(h in _plural_heads() for h in heads):
        return False
    if _OBJECT_CLAUSE.match(text, act.cue.end, s_end):
        return False
    if cue.startswith("complain"):
        return _OBJECT_PREPOSITION.match(text, act.cue.end, s_end) is not None
    rest = _AS_COMPARATIVE.sub(" ", text[act.cue.end:s_end])
    return _AS_COMPLEMENT.search(rest) is None


def _restated_by(doc, headline: dict, found: list[dict]) -> dict | None:
    """The dated body claim a headline restates when its speaker speaks nowhere in the body under that label ("Ukraine
    repelled 40 attacks, army says" over "Ukraine's army repelled 40 attacks …, a military spokesman said on Tuesday"):
    the one sharing the most words of four letters or more with the headline (countries aside), at least three and
    more than any other; None otherwise."""
    words = _stems5(doc.text[headline["start"]:headline["end"]]) - _stems5(" ".join(vocab.country_forms()))
    scores = []
    for c in found:
        if not c["headline"] and not pd.isna(c["statement_date"]):
            scores.append((len(words & _stems5(doc.text[c["start"]:c["end"]])), c))
    scores.sort(key=lambda sc: -sc[0])
    if not scores or scores[0][0] < 3 or (len(scores) > 1 and scores[1][0] == scores[0][0]
                                          and scores[1][1]["statement_date"] != scores[0][1]["statement_date"]):
        return None
    return scores[0][1]


def _headline_to_body_label(found: list[dict], bodies: set = frozenset()) -> None:
    """ "General Staff reports …", "Southern command says …" over a body whose claims speak as "Ukrainian General Staff",
    "Ukrainian Southern Command": a headline speaker no body claim has takes the one body label that holds the words
    the title wrote, in order; failing that, the one of ``bodies`` (institutions the speech layer heard: "Air Force: …"
    over "This was stated by the spokesman for Ukraine's Air Force, A B")."""
    body = {c["speaker"] for c in found if not c["headline"] and c["speaker"]}
    for claim in found:
        if not claim["headline"] or claim["speaker"] in body:
            continue
        words = [w for w in claim.get("speaker_as_written", "").lower().split() if w != "the"]
        if not words:
            continue
        fits = [label for label in body if f" {' '.join(words)} " in f" {label.lower().replace('(', ' ')} "]
        if not fits:  # "UK intel: …" over the body's "UK Defence Intelligence": a word cut short
            # (a word of three letters or fewer is whole: "UK" is no cut "Ukrainian")
            fits = [label for label in body if all(any(v.startswith(w) if len(w) > 3 else v == w
                                                       for v in label.lower().replace("(", " ").split())
                                                   for w in words)]
        bare = [w for w in words if vocab.country_forms().get(w.capitalize(), ("", ""))[1] not in ("demonym", "country")]
        if not fits and bare and len(bare) < len(words) and bare[-1] in vocab.formation_words("speaker_again"):
            # "Ukrainian brigade says …" over "The 63rd Mechanized Brigade said": the one body of that kind, the
            # nationality the title adds no part of its label (a formation's kind that names it again, as "the brigade
            # said" does: data/armed_units.csv, use speaker_again)
            fits = [label for label in body if label.lower().endswith(" " + " ".join(bare))]
        if not fits and words == ["army"]:  # "…, army says" over a body where "the Ukrainian military said"
            fits = [label for label in body if label.lower().endswith(" military")]
        if not fits:  # "…, Commander Says" over "a Ukrainian commander told RFE/RL" (labelled by his call sign): as written
            fits = sorted({c["speaker"] for c in found if not c["headline"] and c["speaker"] and set(words)
                           <= set(re.findall(r"[\w-]+", c.get("speaker_as_written", "").lower()))})
        if not fits and bodies and claim["speaker"].lower() == " ".join(words) \
                and claim["speaker"] not in vocab.country_forms():  # (an unresolved name: "Air Force", not "Russia")
            fits = [label for label in bodies if label not in body and label not in vocab.country_forms()
                    and f" {' '.join(words)} " in f" {label.lower().replace('(', ' ')} "]
        if len(fits) == 1:
            claim["speaker"] = fits[0]


def _seat_to_unnamed_official(found: list[dict]) -> None:
    """ "Pentagon says …" over a body where only "a senior US defence official" speaks (the seat itself does not):
    the headline tells of that official's statement (an unnamed official of the seat's country)."""
    people = _mentions.people().speakers
    for claim in found:
        written = claim["speaker_as_written"].strip()
        if not (claim["headline"] and written and written.split()[0] in _seats()):
            continue
        if any(not c["headline"] and c["speaker"] == claim["speaker"] for c in found):
            continue
        country = people[claim["speaker"]].country if claim["speaker"] in people else ""
        officials = [c["speaker"] for c in found if not c["headline"] and c["speaker"].endswith(" (unnamed)")
                     and "official" in c["speaker"] and any(
                         vocab.country_forms().get(w, ("", ""))[0] == country for w in c["speaker"].split())]
        if country and officials:
            claim["speaker"] = officials[0]


def _country_to_unnamed_official(doc, found: list[dict]) -> None:
    """ "Ukraine says Russia is massing troops for new push on Sumy" over a lede where "a senior Ukrainian military
    official said" it and a named spokesman later speaks of something else: a headline country's claim is the side's
    unnamed official's when that official's body claim shares more of the headline's words (four letters or more,
    countries aside; two at least) than any body claim of the speaker the country was resolved to."""
    forms = vocab.country_forms()
    for claim in found:
        side = forms.get(claim["speaker_as_written"].strip(), ("", ""))[0]
        if not claim["headline"] or side not in ("Russia", "Ukraine"):
            continue
        words = _stems5(doc.text[claim["start"]:claim["end"]]) - _stems5(" ".join(forms))

        def shared(c: dict) -> int:
            return len(words & _stems5(doc.text[c["start"]:c["end"]]))

        own = max((shared(c) for c in found if not c["headline"] and c["speaker"] == claim["speaker"]), default=0)
        officials = [(shared(c), c["speaker"]) for c in found if not c["headline"]
                     and c["speaker"].endswith(" (unnamed)") and "official" in c["speaker"]
                     and any(forms.get(w, ("", ""))[0] == side for w in c["speaker"].split())]
        best = max(officials, key=lambda o: o[0], default=(0, ""))
        if best[0] >= 2 and best[0] > own:
            claim["speaker"] = best[1]


def _headline_role_holder(doc, act) -> str:
    """ "Russian advance 'on schedule', says top general" over a body where Gerasimov speaks: a headline's office with
    no side and no name written, of two words or more, that the tables give several people ("top general", "army
    chief"), is the one of them who speaks in the body; "" when none or several do."""
    written = re.sub(r"^(?:the|a|an)\s+", "", act.speaker.as_written.strip(), flags=re.IGNORECASE).lower()
    if act.speaker.speaker and act.speaker.speaker.lower() != written:
        return ""  # (resolved already; a Title Case "…, Says Top General" keeps its words as its label)
    if len(written.split()) < 2 or _words_side(act.speaker.as_written):
        return ""  # (a bare "Commander says …" is any commander: an office of two words or more only)
    people = _mentions.people().speakers
    holders = {name for name, p in people.items() if written in {r.lower() for r in getattr(p, "roles", ())}}
    speaking = {a.speaker.speaker for a in doc.speech.acts
                if a.sentence[0] >= doc.headline_end and a.speaker.speaker in holders}
    return next(iter(speaking)) if len(speaking) == 1 else ""


#: Words of an office that say only its rank, not its field ("chief", "top", "head"): the field's words are compared
#: (the ``office_rank`` words of data/speech_words.csv; the articles are the grammar's).
def _office_rank_words() -> frozenset:
    return vocab.speech_words()["office_rank"] | {"the", "a", "an"}


def _headline_office_words(doc, act, label: str) -> str:
    """ "Russian defence chief claims control of …" over a lede where "Defence Minister Andrei Belousov told …": a
    headline's office of one side that the tables do not know is the body's one person of that side introduced,
    before the verb he speaks with, by every word of the office's field ("defence"; "chief", "top" left out), not
    another side's "Wagner chief" who shares only the rank; "" when none or several are."""
    written = act.speaker.as_written.strip()
    side = _words_side(written)
    people = _mentions.people()
    if not side or (act.speaker.speaker in people.speakers and not _mentions.is_person(act.speaker.speaker, people)):
        return ""  # ("Russian MoD announces …": the ministry itself, not its spokesman)
    forms = vocab.country_forms()
    field = {w.replace("defense", "defence") for w in re.findall(r"[a-z]+", written.lower())
             if w not in _office_rank_words() and w.capitalize() not in forms and w not in forms}
    field -= {w.lower() for w in re.findall(r"[A-Za-z]+", " ".join(f for f in forms if forms[f][0] == side))}
    if not field:
        return ""
    found = {name for country, name, before in _body_people_introduced(doc, people.speakers)
             if country == side and field <= before}
    if act.speaker.speaker in found:
        return ""  # (the person already given is introduced so: kept)
    return next(iter(found)) if len(found) == 1 else ""


def _body_people_introduced(doc, speakers: dict) -> list:
    """(country, name, the words before the verb) of each body act whose speaker the tables know, spoken after the
    speaker's name, outside the headings: read once per document (a live blog's many headline acts ask for it)."""
    cached = getattr(doc, "_body_people_introduced", None)
    if cached is not None and cached[0] is speakers:
        return cached[1]
    headings = _subhead_lines(doc) | {_deck(doc)}
    found = []
    for later in doc.speech.acts:
        known = speakers.get(later.speaker.speaker)
        if later.sentence[0] < doc.headline_end or known is None \
                or doc.sentence_at(later.cue.start).paragraph in headings or later.speaker.start > later.cue.start:
            continue
        before = set(re.findall(r"[a-z]+", doc.text[later.sentence[0]:later.cue.start].lower().replace("defense", "defence")))
        found.append((known.country, known.name, before))
    doc._body_people_introduced = (speakers, found)
    return found


def _same_unnamed(doc, act) -> str:
    """The label of the earlier unnamed person "the official" / "the senior official" is, by the speech
    layer's one rule for quotes and claims (:func:`saidvsdone.speech.same_one`: nationality words agree,
    and after officials of two nationalities "the official" is nobody); "" for none."""
    from saidvsdone.speech import same_one
    earlier = same_one(doc.speech.introductions, act.speaker.as_written, act.speaker.start, _mentions.people())
    return _label_as_written(earlier[-1][1]) if earlier else ""


#: A superlative or ordinal noun phrase and its subject right before "has claimed": a relative clause counting claims.
_COUNTED_CLAIM = re.compile(r"\b(?:largest|biggest|first|latest|most|only|second|third|fastest|deepest|[a-z]+est)\s+"
                            r"(?:[\w’'-]+\s+){0,2}?(?:that\s+)?(?:[A-Z][\w’'-]+\s+){1,3}(?:has|had|have)\s+(?:\w+ly\s+)?$")
#: Nothing claimed after the verb: a time phrase or the end of the clause.
_NO_OBJECT = re.compile(r"\s*(?:(?:in|since|for|this|so\s+far|to\s+date|yet)\b[^,.;:“”\"]{0,30})?\s*(?:[,.;:)]|$)")


def _states(text: str, cue, s_start: int) -> bool:
    """Does the verb report a statement? Not "regions that Moscow claims as its own" (a claim to land),
    "spoke about" (a topic), "asked whether" (a question), "declined to say", "said little about"."""
    verb = cue.text.lower()
    if _SAID_TO_BE.match(text, cue.end) and verb in ("said", "reported", "claimed", "believed", "estimated") and not (
            verb == "claimed" and _CLAIMED_TO_HAVE.match(text, cue.end)
            and not _BE_BEFORE.search(text, max(s_start, cue.start - 12), cue.start)):
        # "Russian troops said to be advancing": an agentless passive, nobody speaks ("Russia claimed to have taken
        # the village": a subject claims, as "claims to have" does; "were claimed to have" is the passive)
        return False
    if verb in ("claimed", "reported", "announced") and _COUNTED_CLAIM.search(text, max(s_start, cue.start - 60), cue.start) \
            and _NO_OBJECT.match(text, cue.end):
        return False  # "the largest settlement Moscow has claimed in weeks": a count of claims, no statement
    if (verb.startswith("call") and _CALL_FOR.match(text, cue.end)) or (
            verb.startswith("post") and _POSTED_MEDIA.match(text, cue.end)):
        return False  # "called for more air defence", "posted a video of …": an appeal, a picture
    return not ((verb.startswith("claim") and _CLAIMS_LAND.match(text, cue.end))
                or verb.startswith(("spoke", "speak"))
                or (verb.startswith("ask") and (_QUESTION.match(text, cue.end) or _ASKED_TOPIC.match(text, cue.end)))
                or _REFUSED.search(text, max(s_start, cue.start - 30), cue.start)
                or _SAID_NOTHING.match(text, cue.end)
                or (_ABOUT_TOPIC.match(text, cue.end)
                    and _WHAT_SUBJECT.search(text, max(s_start, cue.start - 120), cue.start)))


def _acts_between(doc, a: int, b: int) -> list:
    """The speech acts whose cue starts in ``[a, b)``, in text order (bisection, built once per document)."""
    acts = doc.speech.acts
    cached = getattr(doc, "_act_cue_starts_cache", None)
    if cached is None or cached[0] is not acts:
        ordered = sorted(acts, key=lambda x: x.cue.start)
        cached = doc._act_cue_starts_cache = (acts, [x.cue.start for x in ordered], ordered)
    _, starts, ordered = cached
    return ordered[bisect_left(starts, a):bisect_left(starts, b)]


def _coordinated(doc, acts) -> list:
    """ "Zelensky and Syrskyi said …", "according to the military and Western analysts": each of two
    subjects joined by "and" speaks (the layer gives the verb the nearer one)."""
    from saidvsdone.speech import SpeechAct
    more = []
    for act in acts:
        if " and " not in doc.text[act.sentence[0]:act.sentence[1]]:
            continue
        m = act.speaker
        joined = _AND.match(doc.text, m.end) if m.how == "unnamed source" and m.start > act.cue.start else None
        if joined is not None:  # "according to Ukrainian officials and Russian military bloggers": the bloggers too
            other = _speech.unnamed_after(doc.text, joined.end(), act.sentence[1])
            more += [SpeechAct(act.sentence, act.cue, other, act.date, act.date_text)] if other is not None else []
            continue
        if not m.speaker or m.how not in ("name", "title", "role"):
            continue
        if m.end <= act.cue.start:  # "X and Y said": X before "and"
            # (a title the layer ran back over the sentence's start, "Kyiv, Ukraine¶Ukrainian President …", opens it)
            others = [o for o in _mentions_between(doc, act.sentence[0] - 200, m.start)
                      if o.end <= m.start and act.sentence[0] < o.end and o.speaker and o.speaker != m.speaker and o.how in ("name", "title", "role")
                      and _AND.fullmatch(doc.text, o.end, m.start)
                      and not _AFTER_A_VERB.search(doc.text[act.sentence[0]:max(o.start, act.sentence[0])])]
        else:  # "according to X and Y": Y after "and"
            others = [o for o in _mentions_between(doc, m.end, act.sentence[1]) if o.speaker and o.speaker != m.speaker and o.how in ("name", "title", "role")
                      and _AND.fullmatch(doc.text, m.end, o.start)]
        more += [SpeechAct(act.sentence, act.cue, o, act.date, act.date_text) for o in others[-1:]]
    return more


_AND = re.compile(r"\s+and\s+(?:the\s+)?")
#: The first of two joined subjects speaks too ("Earlier, Zelensky and Syrskyi said"), unless a verb stands right
#: before it: then it is that verb's object ("Zelensky thanked Biden and Syrskyi said …": Biden says nothing).
_AFTER_A_VERB = re.compile(r"\b(?:[a-z]\w*ed|met|meets|meet|saw|sees|see|told|tells|tell|asks|thanks|urges|calls|hosts|visits|"
                           r"welcomes|backs|praises|criticises|criticizes|joins|joined|with)\s+(?:(?:the|[A-Z][\w.’'-]*)\s+)*$")
#: The war named only as a point in time ("since the offensive began", "since launching their offensive"):
#: no statement about its course.
_WAR_AS_TIME = lazy_fail_fast(r"\b(?:since|after|before|when)\s+(?:(?:the|its|their|Russia['’]s|Moscow['’]s|Ukraine['’]s)\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:offensive|invasion|war|operation|counteroffensive|counter-offensive|"
                              r"incursion|fighting|assault|push|counterattack|counter-attack|campaign|attack)\s+"
                              r"(?:began|started|begun|was\s+launched|erupted|broke\s+out)\b"
                              r"|\b(?:since|after)\s+(?:launching|starting|beginning)\s+(?:(?:the|its|their)\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:offensive|invasion|war|operation|incursion|assault|push|campaign)\b"
                              r"|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:full-scale\s+)?"
                              r"(?:war|invasion|offensive)\b"
                              r"|\bsince\s+(?:the|Russia['’]s|Moscow['’]s)\s+(?:full-scale\s+)?(?:war|invasion)\b", re.IGNORECASE)
#: The question a speaker answers names the subject of the answer: ", asked about the talks, said …".
_ASKED_ABOUT = re.compile(r"(?:^|,)\s*(?:when\s+)?asked\s+(?:about|on|regarding)\s+([^,;:]{3,120}),", re.IGNORECASE)
_NO_COMMENT = re.compile(r"(?:\s+that)?(?:\s+(?:it|he|she|they|the\s+\w+))?\s*"
                         r"\b(?:(?:does|do|did|would|will|could)\s*(?:not|n['’]t)\s+comment|no\s+comment|"
                         r"(?:declined|refused|declines|refuses)\s+to\s+(?:comment|discuss|say|go\s+into)|"
                         r"(?:nothing|little)\s+to\s+(?:say|add))", re.IGNORECASE)
_CIVILIAN_TOLL = re.compile(r"\b(?:killing|injuring|wounding|killed|injured|wounded)\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:civilians|people|residents|children)\b"
                            # "…, damaging private houses, a school and a shop": what the strikes hit is civilian
                            r"|,\s+(?:damaging|destroying)\s+(?:[\w-]+\s+){0,2}?(?:houses|homes|buildings|schools?|"
                            r"hospitals?|shops?|apartment|residential|kindergartens?|churches|infrastructure)\b", re.IGNORECASE)
_HEADLINE_TOLL = re.compile(r"\s*(?:(?:at\s+least|up\s+to|over|more\s+than)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|"
                            r"seven|eight|nine|ten|dozens|scores|hundreds)\s+(?:\w+\s+)?(?:killed|dead|injured|wounded|"
                            r"hurt)\b", re.IGNORECASE)
_BUT = re.compile(r"\b(?:but|although|though|while)\b")
_INDEFINITE = re.compile(r"(?:a|an|one|another)\s", re.IGNORECASE)
_QUOTED_BY = re.compile(r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?quoted\s+by\s+[^,.;]{1,60}?\s+as\s+$")


def _quoted_by(doc, act):
    """ "Putin was quoted by the RIA news agency as saying that …": the one quoted speaks, the agency
    only carries the words."""
    if not act.cue.text.lower().startswith(("saying", "telling", "stating")):
        return act
    who = [m for m in _mentions_between(doc, act.sentence[0], act.cue.start) if m.end < act.cue.start
           and m.speaker and m.how in ("name", "title", "role", "pronoun")
           and _QUOTED_BY.fullmatch(doc.text, m.end, act.cue.start)]
    return replace(act, speaker=who[-1]) if who else act


_SAID_TO_BE = re.compile(r"\s+to\s+(?:be|have)\b")
_CLAIMED_TO_HAVE = re.compile(r"\s+to\s+have\s+(?!been\b)[a-z]")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_CALL_FOR = re.compile(r"\s+for\b")
_POSTED_MEDIA = re.compile(r"\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:video|videos|photo|photos|footage|images|pictures|map|clip)\b",
                           re.IGNORECASE)
#: "Trump asked whether Ukraine could hold out": a question, not a statement
_QUESTION = re.compile(r"(?:\s+[\w’'.-]+){0,4}?\s+(?:whether|if|why|how|what|when|who|where)\b", re.IGNORECASE)
#: "the president, who had asked about the situation at X": the topic of a question, no statement
_ASKED_TOPIC = re.compile(r"\s+(?:about|on|regarding|after|for)\b", re.IGNORECASE)
#: "refused to say whether …", "said little about …": no statement is reported
_REFUSED = lazy_fail_fast(r"\b(?:refused|refuses|refusing|declined|declines|declining|unwilling|reluctant)\s+to\s+$",
                          re.IGNORECASE)
_SAID_NOTHING = re.compile(r"\s+(?:little|nothing|much|less)\s+(?:about|on|of|regarding)\b", re.IGNORECASE)
_THAT = re.compile(r"\s+that\b")
#: "Here is what the commander said about the fighting": a free relative names a topic; what was said is not given
#: "said little about …", "what he said on the matter": a topic, right after the verb or after a day that follows
#: it ("what the ministry said on Tuesday about the assaults": a day is no topic, the topic after it still is one;
#: rv7). One pattern reads both: "on" before a day ("said on Tuesday", "on March 3", "on the evening") is the day's,
#: never a topic; the day before a topic is read once (``_DAY_BEFORE_TOPIC``).
_TOPIC_WORD = r"(?:about|regarding|concerning|on)"
_DAY_BEFORE_TOPIC = (r"(?:on\s+)?(?:[A-Z][a-z]+day|(?:last|this|earlier\s+this)\s+(?:week|month)|yesterday|today|"
                     r"\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?,?")
_ON_A_DAY = (r"on\s+(?:[A-Z][a-z]+day|\d|(?:January|February|March|April|May|June|July|August|September|October|"
             r"November|December)\b|the\s+(?:evening|morning|night|eve|afternoon)\b)")
_ABOUT_TOPIC = re.compile(r"\s+(?:" + _DAY_BEFORE_TOPIC + r"\s+" + _TOPIC_WORD + r"|(?!" + _ON_A_DAY + r")"
                          + _TOPIC_WORD + r")\b")
_WHAT_SUBJECT = re.compile(r"\b[Ww]hat\s")
_CLAIMS_LAND = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+as\s+(?:its|their|his|her|part|Russian|Ukrainian)\b")


_HEDGED = re.compile(r"\breportedly\b|\b(?:is|are)\s+expected\s+to\b", re.IGNORECASE)
def _hedged(text: str, start: int, end: int) -> bool:
    """ "reportedly", "is expected to" frame the sentence, unless they sit in a relative clause
    about someone ("officials concede that Putin, who is expected to run again, …")."""
    lowered = text[start:end].lower()  # no match without either word (none of their letters folds oddly)
    if "reportedly" not in lowered and "expected" not in lowered:
        return False
    for match in _HEDGED.finditer(text, start, end):
        clause = text[start:match.start()]
        relative = max(clause.rfind(", who "), clause.rfind(", which "))
        if relative < 0 or "," in clause[relative + 2:]:
            return True
    return False


_TO_APPOSED = re.compile(r"[^,;:.“”\"]{0,40},\s+")


def _apposed_name(doc, act, speaking):
    """The act of a role with the name of another act of the sentence apposed right after it ("the commander of
    the X group, Oleksandr Tarnavskyi, who said …") spoken by that name; the act unchanged otherwise."""
    if act.speaker.how not in ("role", "unresolved role"):
        return act
    gap = _TO_APPOSED.match(doc.text, act.speaker.end)
    named = next((b.speaker for b in speaking if gap is not None and b.speaker.start == gap.end()
                  and b.speaker.how in ("name", "title", "unknown name")), None)
    return act if named is None else replace(act, speaker=named)


_LINKED_BASIS = "a linked story's title: no day"
#: a linked story's title after a related-link label: one line, no closing full stop
_LINKED_TITLE = re.compile(r"[^\n]{10,200}?[^.\s]\s*$")


def _unknown_conduit(act) -> bool:
    """A "reported" act whose speaker is one capitalised word no table knows ("Hartwell reported")."""
    return (act.speaker.how == "unknown name" and act.cue.text.lower().startswith("report")
            and len(act.speaker.as_written.split()) == 1)


def _country_speaker(doc, sentence, act) -> str:
    """A country as the speaker, as :func:`saidvsdone.citing.country_speaker` labels it, with the claims' topics."""
    return _citing_country_speaker(doc, sentence, act, sentence_topics)


def sentence_topics(doc, sentence) -> list[str]:
    """The coarse topics (data/claim_topics.csv) the claims read in ``sentence``, in :data:`TOPICS` order."""
    words, starts = _span(doc, sentence.start, sentence.end)
    return _topics(_lexicon(), words, 0, len(words), starts, [], doc)


def _restated_body_topic(doc, lexicon, label: str, acts, scope: tuple[int, int]) -> str:
    """A headline clause with no war word of its own that restates what its speaker says in the body ("Zelensky says
    the ball is now in Russia's court" over "Zelensky said Ukraine was ready for a ceasefire … and that the ball was
    now in Moscow's court"): the war topic of the first body sentence of that speaker sharing a word of four letters
    or more with the clause after its verb (countries aside); "" when none."""
    text = doc.text
    cue_end = max(a.cue.end for a in acts)
    end = text.find(";", cue_end, scope[1])
    clause = _stems5(text[max(cue_end, scope[0]):end if end >= 0 else scope[1]])
    clause -= _stems5(" ".join(vocab.country_forms()))
    if not clause or not label:
        return ""
    for later in doc.speech.acts:
        if later.sentence[0] < doc.headline_end or (later.speaker.speaker or (  # (an unnamed group as written:
                _label_as_written(later.speaker.as_written) if later.speaker.how == "unnamed source" else "")) != label:
            continue  # "Moscow's generals promise …" over "Russian commanders said …")
        a, b = later.sentence
        if not clause & (_stems5(text[a:b]) - _stems5(text[later.speaker.start:later.speaker.end])):
            continue
        words, starts = _span(doc, a, b)
        topics = _topics(lexicon, words, 0, len(words), starts, [(min(later.speaker.start, later.cue.start),
                                                                  max(later.speaker.end, later.cue.end))], doc)
        military = [t for t in topics if t not in _EXCLUDING]
        excluding = {t for t in topics if t in _EXCLUDING and t != "theatre"}
        if excluding and not (excluding == {"civilian"} and any(t in _MILITARY_TOPICS for t in military)):
            continue  # (a civilian word beside the front's own words, "under drone fire", leaves a claim standing)
        if military:
            return military[0]
    return ""


_POSSESSIVE_LEAD = re.compile(r"([A-Z][\w-]*)['’]s\s")


def _military_labels() -> dict[str, str]:
    """The countries' military labels (data/countries.csv ``speaks_as_military``) → the country."""
    return {military: country for country, (_, military) in _country_labels().items()}


#: "Ukrainian army", "Russia's military", "the Ukrainian armed forces": a side's forces, no body of its own name
_GENERIC_FORCES = vocab.TablePattern("generic_forces", ("force_nouns",), lambda: (  # force_nouns.csv, uses generic
    r"(?i:the\s+)?[A-Z][\w-]*(?:['’]s)?\s+(?i:" + trie_pattern(vocab.force_nouns("generic"), spaces=True) + ")"))


#: The capitalised head of a name cut at its "for" / "of" ("the Centre for | Defence Strategies").
_NAME_HEAD_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)(?P<name>(?:[A-Z][\w’'-]*\s+)+(?:for|of)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w’'-]*\s+)*)$")
#: "Finnish research group Black Bird Group", "the analytical group Frontelligence Insight": a body's descriptor (country,
#: lower-case words, an ``institution_noun``) before its capitalised name
_DESCRIBED_NAME = re.compile(r"(?:[A-Z][\w-]+\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})")
#: " of the Carnegie Endowment": a body after a person's two-word name
_PERSON_OF_THE = re.compile(r"\s+(?:of|at)\s+the\s+[A-Z]")
_NAME_TAIL_AFTER = re.compile(r"(?P<name>\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)(?=\s+[a-z]|,)")


def _it_in_sentence(doc, sentence, act) -> str:
    """ "The ministry published a video it said showed …": an institution named earlier in the
    same sentence (the last one before the pronoun, not a person, not a country) is "it"."""
    who = _mentions.people()
    before = [m for m in _mentions_between(doc, sentence.start, act.speaker.start + 1)
              if sentence.start <= m.start and m.end <= act.speaker.start
              and m.speaker and m.how in ("name", "title") and not _mentions.is_person(m.speaker, who)
              and not doc.in_quote(m.start)]
    return before[-1].speaker if before else ""


def _it_country(doc, sentence, act) -> str:
    """ "It has argued …" with no institution before: the country or capital the previous
    sentence names last ("Kyiv's frustration … It has argued"); a capital is its government."""
    i = bisect_left([s.start for s in doc.sentences], sentence.start)
    while i > 1 and doc.sentences[i - 1].paragraph in doc.interruptions:
        i -= 1  # "Read more: EU ministers meet …", a caption between: never what "it" stands for
    if i == 0:
        return ""
    before = doc.sentences[i - 1]
    best = None
    for regex, country, capital in _country_forms():
        for m in regex.finditer(doc.text, before.start, before.end):
            if not doc.in_quote(m.start()) and (best is None or m.start() > best[0]):
                best = (m.start(), country, capital)
    if best is None:
        return ""
    labels = _country_labels().get(best[1])
    if labels is None:
        return best[1]
    if best[2]:
        return labels[0]
    # (the stand-in keeps the act's mention, the country as its speaker: a headline-style line reads its words too)
    return _country_speaker(doc, sentence, SimpleNamespace(speaker=replace(act.speaker, speaker=best[1]), cue=act.cue))


_SAME_HEAD = {"army": "military", "forces": "military", "military": "military", "ministry": "ministry",
              "agency": "agency", "service": "service", "staff": "staff", "command": "command",
              "government": "government", "intelligence": "intelligence", "institute": "institute",
              "centre": "centre", "center": "centre", "brigade": "brigade"}


def _bare_label(doc, act, label: str) -> str:
    """ "the military said" after "the Ukrainian army": the article's earlier speaker with that
    head noun ("Ukrainian military"); else the words as written."""
    words = label.lower().split()
    if " ".join(words) in vocab.speech_words()["ministry_phrase"]:
        words = ["ministry"]  # "the military department added" (TASS's words for the defence ministry)
    if len(words) > 1 and words[-1] in _SAME_HEAD and not _kind_of(label):
        # "says defence ministry" where the article names the Russian Defence Ministry: the one institution
        # of the article whose name ends with those words
        who = _mentions.people()
        named = {a.speaker.speaker for a in doc.speech.acts if a.speaker.speaker
                 and not _mentions.is_person(a.speaker.speaker, who)
                 and a.speaker.speaker.lower().endswith(" " + " ".join(words))}
        if len(named) == 1:
            return named.pop()
        return _with_earlier_demonym(doc, act, label, who) if len(named) == 0 else label
    if len(words) != 1 or words[0] not in _SAME_HEAD:
        return label
    head = _SAME_HEAD[words[0]]
    acts = doc.speech.acts
    cached = getattr(doc, "_head_speakers_cache", None)  # head noun → (cue starts, speakers) in text order
    if cached is None or cached[0] is not acts:
        index: dict[str, tuple[list, list]] = {}
        who = _mentions.people()
        for earlier in sorted(acts, key=lambda x: x.cue.start):
            speaker = earlier.speaker.speaker
            written = ""
            if not speaker and earlier.speaker.how == "unresolved role":  # "Britain's defence ministry said"
                written = earlier.speaker.as_written.strip()
                speaker = _table_label(written)
                speaker = speaker if speaker in who.speakers else ""
            if not speaker or _mentions.is_person(speaker, who):
                continue
            for name in {_SAME_HEAD.get(w, w) for w in (speaker + " " + written).lower().replace("(", " ").split()}:
                starts, speakers = index.setdefault(name, ([], []))
                starts.append(earlier.cue.start)
                speakers.append(speaker)
        cached = doc._head_speakers_cache = (acts, index)
    starts, speakers = cached[1].get(head, ([], []))
    before = bisect_left(starts, act.cue.start)
    return speakers[before - 1] if before else label


def _silent_seat(doc, sentence, act, label: str) -> str:
    """ "Kremlin speaks of 'buffer zone'" over a body where only Putin says it: a headline institution of the speakers
    table that never speaks in the body is the body speaker of its country who says what the title sums up (as a
    headline country is); "" otherwise."""
    who = _mentions.people()
    known = who.speakers.get(label)
    if known is None or known.kind != "organisation" or not known.country or any(
            a.speaker.speaker == label for a in doc.speech.acts if a.sentence[0] >= doc.headline_end):
        return ""
    return _summed_up_by(doc, sentence, act, known.country, "", least=2)  # (two shared words: a seat's own
    # unnamed official, "Pentagon: …" over "a senior defence official said", is read after, in _seat_to_unnamed_official)


def _with_earlier_demonym(doc, act, label: str, who) -> str:
    """ "The southern command said" after "Ukraine's military said": an institution written without its country
    (every word of it in lower case in the text) is of the country of the institution that spoke last before it
    ("Ukrainian Southern Command", as the conventions write "Ukrainian General Staff"); the label unchanged when
    no earlier institution's label opens with a demonym."""
    written = act.speaker.as_written
    forms = vocab.country_forms()
    if any(w[:1].isupper() for w in written.split()[1:]) or any(w.capitalize() in forms for w in label.split()):
        return label
    earlier = [a for a in doc.speech.acts if a.cue.start < act.cue.start and a.speaker.speaker
               and not _mentions.is_person(a.speaker.speaker, who)]
    for a in sorted(earlier, key=lambda x: x.cue.start, reverse=True):
        first = a.speaker.speaker.split()[0]
        if forms.get(first, ("", ""))[1] == "demonym":
            return f"{first} {label.title()}"
    return label


_LAST_WORD = re.compile(r"[A-Z][\w-]*$")
#: "In Putin's words, …": the owner of the words speaks (only after "in", at the head of a clause).
_IN_BEFORE = re.compile(r"(?:^|[,;:—–-]\s*|\.\s*)in\s+(?:the\s+)?$", re.IGNORECASE)


#: "have long argued", "has long maintained": a view held over time, right before the verb
_LONG_HELD = re.compile(r"\b(?:have|has)\s+(?:also\s+)?long\s+$", re.IGNORECASE)


def _possessive_claims(doc, sentence, acts) -> list:
    """ "Trump's claim that thousands of troops were surrounded": the owner of the claim speaks."""
    from saidvsdone.speech import Cue, SpeechAct
    found = []
    if doc.text.find("'", sentence.start, sentence.end) < 0 and doc.text.find("’", sentence.start, sentence.end) < 0:
        return found  # (every match opens with an apostrophe)
    matches = list(_words().possessive_claim.finditer(doc.text, sentence.start, sentence.end))
    if not matches:  # most sentences: the mentions are not read at all
        return found
    ends = {m.end: m for m in _mentions_between(doc, sentence.start, sentence.end) if sentence.start <= m.start < sentence.end}
    for match in matches:
        owner = ends.get(match.start())
        if owner is None and (match.group("noun") or not acts and match.group(0).rstrip().endswith(" of")):
            # "Moscow's claim of full control over Bakhmut" (and no other voice in the sentence), "Russia's claim
            # that its troops had reached …", "Kyiv dismissed Moscow's assertion that …": a country speaks
            word = _LAST_WORD.search(doc.text, sentence.start, match.start())
            form = vocab.country_forms().get(word.group(0)) if word is not None else None
            if form is not None and form[1] in ("country", "capital"):
                owner = _mentions.Mention(word.start(), word.end(), form[0], word.group(0), "country")
        if owner is None and not match.group(0).rstrip().endswith(" of"):
            # "Kovalchuk's assessment is that …": a surname the layer read only where a verb stood beside it; the
            # person named in full before it owns the assessment
            word = _LAST_WORD.search(doc.text, sentence.start, match.start())
            named = next((a.speaker.speaker for a in reversed(doc.speech.acts) if a.sentence[0] < sentence.start
                          and a.speaker.speaker and len(a.speaker.speaker.split()) > 1
                          and a.speaker.speaker.split()[-1] == word.group(0)), None) if word is not None else None
            if named is not None:
                owner = _mentions.Mention(word.start(), word.end(), named, word.group(0), "name")
        if (owner is None or not owner.speaker) and match.group("noun") and (definite := _DEFINITE_OWNER.search(doc.text, sentence.start,
                                                                                      match.start())):
            # "The ministry's claim that …" where the layer read no mention: the body that spoke last under that noun
            noun = definite.group("noun").lower()
            holder = _last_named_with(doc, sentence, noun) or _last_holder(doc, sentence, noun)
            owner = _mentions.Mention(definite.start(), definite.end(), holder, definite.group(0), "role") \
                if holder else owner
        if owner is not None and not owner.speaker and _DEFINITE_ROLE.fullmatch(owner.as_written.strip()):
            # "The general's claim that …" after "Valery Gerasimov said …": the last person who spoke before whom the
            # tables or the article give that office
            holder = _last_holder(doc, sentence, owner.as_written.split()[-1].lower())
            owner = replace(owner, speaker=holder, how="role") if holder else owner
        if owner is None or owner.how == "pronoun" or any(a.speaker.speaker == owner.speaker for a in acts):
            continue
        if match.group("view") and not _IN_BEFORE.search(doc.text, max(sentence.start, owner.start - 12), owner.start):
            continue  # "Putin's words, which …": no attribution
        words = doc.text[match.start():match.end()].split()
        cue = Cue(match.start(), match.end(), words[-1].strip(",") if match.group("view") else
                  (match.group("noun") or words[-2]), "speech")
        found.append(SpeechAct((sentence.start, sentence.end), cue, owner, *_noun_day(doc, match.start(), match.end())))
    return found


#: "The ministry" / "the general" right before a possessive claim noun.
_DEFINITE_OWNER = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]{4,})$")


def _last_named_with(doc, sentence, noun: str) -> str:
    """The last speaker before ``sentence`` (within two paragraphs) whose label holds ``noun`` ("ministry": "Russian
    Defence Ministry"), when no other speaker's label does between; "" otherwise."""
    for act in reversed(doc.speech.acts):
        if act.sentence[0] >= sentence.start or not act.speaker.speaker:
            continue
        if doc.story_gap(doc.sentence_at(act.cue.start).paragraph, sentence.paragraph) > 2:
            return ""
        if re.search(r"\b" + re.escape(noun) + r"\b", act.speaker.speaker.lower()):
            return act.speaker.speaker
    return ""


def _last_holder(doc, sentence, noun: str) -> str:
    """The last person who spoke before ``sentence`` (within two paragraphs) whom the people table gives an office
    with ``noun`` ("general": Gerasimov's "chief of the general staff") or whom the sentence of his words introduces
    with it ("Valery Gerasimov, the chief of Russia's general staff, said"); "" when the last person is not such."""
    who = _mentions.people()
    for act in reversed(doc.speech.acts):
        if act.sentence[0] >= sentence.start or not act.speaker.speaker:
            continue
        if doc.story_gap(doc.sentence_at(act.cue.start).paragraph, sentence.paragraph) > 2:
            return ""
        known = who.speakers.get(act.speaker.speaker)
        if _kind_of(act.speaker.speaker) != "person":
            continue
        roles = " ".join(getattr(known, "roles", ()) or ()).lower()
        if re.search(r"\b" + re.escape(noun) + r"\b", roles + " " + doc.text[act.sentence[0]:act.sentence[1]].lower()):
            return act.speaker.speaker
        return ""
    return ""


def _noun_day(doc, a: int, b: int):
    """ "the ministry's claim on Tuesday that …": the day named between the claim noun and its clause (None if none)."""
    from saidvsdone import when
    for expression in when.find(doc.text, a, b):
        if expression.kind in ("weekday", "weekday_day", "explicit", "day_of_month"):
            day = when.resolve(expression, doc.published).day
            if not pd.isna(day):
                return day, expression.text
    return None, ""


#: A sentence opening with one unnamed person: "A senior NATO intelligence official, who …, was more measured."
_UNNAMED_OPENING = re.compile(r"\s*(?P<who>(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){0,4}?[a-z]+)(?=\s*,|\s+(?:was|is|has|had|"
                              r"spoke|briefed|told|gave|took|who|put|struck|sounded|offered|painted|sketched)\b)")


#: "according to a video released by", "according to a statement published by": a record another made public.
_RELEASED_BY = vocab.TablePattern("released_by", ("speech_words",), lambda: (
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:" + trie_pattern(vocab.speech_words()["statement_noun"]) + r")s?\s+"
    r"(?:released|published|posted|issued|shown|aired|broadcast|distributed)\s+by\s+"))
#: "a statement from his press service", "a post by her office": the statement of whoever the pronoun stands for.
_OWN_SERVICE = vocab.TablePattern("own_service", ("speech_words",), lambda: (
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:" + trie_pattern(vocab.speech_words()["statement_noun"]) + r")s?\s+"
    r"(?:from|by|of)\s+(?:his|her)\s+(?:press\s+service|press\s+office|office|staff|spokesman|spokeswoman|"
    r"spokesperson)"), re.IGNORECASE)


def _own_service(doc, act, acts, s_start: int):
    """``act`` with the person its sentence names before it when its source is that person's own service ("Syrskyi
    expects …, according to a statement from his press service"): his words, not a statement as a speaker."""
    if act.speaker.speaker or not _OWN_SERVICE.fullmatch(act.speaker.as_written.strip()):
        return act
    owner = next((b.speaker for b in acts if b is not act and b.speaker.speaker and b.speaker.end <= act.cue.start
                  and _kind_of(b.speaker.speaker) == "person"), None)
    if owner is None:
        named = [m for m in _mentions_between(doc, s_start, act.cue.start) if s_start <= m.start and m.end <= act.cue.start
                 and m.speaker and m.how in ("name", "title") and _kind_of(m.speaker) == "person"]
        owner = named[-1] if named else None
    return act if owner is None else replace(act, speaker=replace(owner, start=act.speaker.start, end=act.speaker.end,
                                                                   as_written=act.speaker.as_written))


def _opened_by_unnamed(doc, previous, sentence) -> str:
    """The label of the unnamed person the sentence before opens with (same or next paragraph), else ""."""
    if previous is None or doc.story_gap(previous.paragraph, sentence.paragraph) > 1:
        return ""
    opening = _UNNAMED_OPENING.match(doc.text, previous.start, previous.end)
    if opening is None or not _unnamed_person(opening.group("who")):
        return ""
    return _label_as_written(opening.group("who"))


def _owner_after_claims(doc, sentence, acts) -> list:
    """ "It came with assurances from the ministry's spokesman, Igor Konashenkov, that …", "the boast by Wagner's
    founder that …": a claim noun (``claim_noun`` of data/claim_words.csv) whose owner follows "from" / "by" speaks."""
    from saidvsdone.speech import Cue, SpeechAct
    found = []
    if " that" not in doc.text[sentence.start:sentence.end]:
        return found
    for match in _words().owner_after.finditer(doc.text, sentence.start, sentence.end):
        owners = [m for m in _mentions_between(doc, match.start("owner"), match.end("owner"))
                  if match.start("owner") <= m.start and m.end <= match.end("owner") and m.speaker
                  and m.how not in ("pronoun", "country")]
        if not owners or any(a.speaker.speaker == owners[-1].speaker for a in acts):
            continue
        found.append(SpeechAct((sentence.start, sentence.end),
                               Cue(match.start("noun"), match.end("noun"), match.group("noun"), "speech"),
                               owners[-1], *_noun_day(doc, match.start("owner"), match.end())))
    return found


_DEMONYM_CLAIM = fail_fast(r"\b(?P<demonym>[A-Z][a-z]+)\s+(?:claims?|assertions?)\s+(?:that|of)\b(?!\s+responsibility)")


def _demonym_claims(doc, sentence, acts) -> list:
    """ "Kyiv denies Russian claim that Siversk has fallen": the country named by the adjective speaks (read as
    "Russia's claim that …")."""
    from saidvsdone.speech import Cue, SpeechAct
    found = []
    if doc.text.find("claim", sentence.start, sentence.end) < 0 and doc.text.find("assertion", sentence.start, sentence.end) < 0:
        return found  # (every match holds one of the two words)
    for match in _DEMONYM_CLAIM.finditer(doc.text, sentence.start, sentence.end):
        group = "demonym"
        country, kind = vocab.country_forms().get(match.group(group), ("", ""))
        if kind != "demonym" or any(a.speaker.speaker == country for a in acts + found):
            continue
        words = doc.text[match.end(group):match.end()].split()
        if words[-1] == "of" and not sentence.headline and any(
                a.cue.kind == "speech" and a.cue.end <= match.start() and a.speaker.end <= a.cue.start for a in acts):
            # "Zelensky said … that Russian claims of its capture were premature": a claim named inside another
            # speaker's words, with no content of its own, is the topic of that speaker's judgement (a headline's
            # "Kyiv denies Russian claims of …" keeps both voices)
            continue
        owner = _mentions.Mention(match.start(group), match.end(group), country, match.group(group), "country")
        found.append(SpeechAct((sentence.start, sentence.end), Cue(match.end(group) + 1, match.end(), words[0],
                                                                   "speech"), owner, None, ""))
    return found


_DENIED_CLAIM = re.compile(r",\s+(?:(?:a|an)\s+(?:claim|assertion|report|account|version|demand|proposal|condition|figure|"
                           r"estimate|tally|boast)\s+"
                           r"(?:that\s+|which\s+)?|which\s+)"
                           r"(?P<who>[^,;:“”\"]{2,60}?)\s+(?:(?:has|have|had|quickly|swiftly|later|also|repeatedly|firmly|"
                           r"flatly|privately|publicly|openly|still|now)\s+)*"
                           r"(?P<verb>denied|rejected|disputed|dismissed|refuted|denies|rejects|disputes|dismisses|deny|reject|"
                           r"dispute|dismiss|doubt|doubts|doubted|question|questions|questioned|contest|contests|contested|"
                           # "…, a claim that Russian bloggers call exaggerated": a judgement of the claim at the end
                           r"(?:call|calls|called|consider|considers|considered)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)[.\s]*$")

_DENIED_BY = re.compile(r",\s+(?:a|an)\s+(?:claim|assertion|report|account|version)\s+(?:(?:that|which)\s+)?"
                        r"(?:(?:was|has\s+been|had\s+been)\s+)?(?:(?:quickly|swiftly|later|also|firmly|flatly)\s+)?"
                        r"(?P<verb>denied|rejected|disputed|dismissed|refuted)\s+by\s+(?P<who>[^,;:“”\"]{2,60}?)[.\s]*$")


_DENYING_STEMS = ("deni", "deny", "reject", "disput", "dismiss", "refut", "doubt", "question", "contest", "call",
                  "consider")  # (every verb of the two patterns holds one)


def _denied_claims(doc, sentence, acts) -> list:
    """ "X wrote that Russian units had reached the station, a claim Ukraine's military denied": the side that
    denies the content at the sentence's end speaks too (the content denied is its claim, as a denial)."""
    from saidvsdone.speech import Cue, SpeechAct
    if not acts or not any(doc.text.find(verb, sentence.start, sentence.end) >= 0 for verb in _DENYING_STEMS):
        return []  # (most sentences: none of the denying verbs both patterns end on)
    match = _DENIED_CLAIM.search(doc.text, sentence.start, sentence.end) \
        or _DENIED_BY.search(doc.text, sentence.start, sentence.end)  # "…, a claim rejected by the Ukrainian command"
    if match is None or any(a.cue.start >= match.start() and a.cue.start != match.start("verb") for a in acts):
        return []
    group = match.group("who").split()[-1].lower() in _plural_cue_heads()
    if any(a.cue.start == match.start("verb") for a in acts):
        # the layer's own act: kept as the denial (a group it read with the claim noun, "a figure Ukrainian
        # officials", is the group as written)
        return [replace(a, speaker=_mentions.Mention(match.start("who"), match.end("who"), match.group("who"),
                                                     match.group("who"), "unnamed source"))
                if group and not a.speaker.speaker and a.speaker.start < match.start("who") else a
                for a in acts if a.cue.start == match.start("verb")]
    who = [m for m in _mentions_between(doc, match.start("who"), match.end("who")) if m.speaker
           and m.how in ("name", "title", "role", "country")]
    if not who and group:  # "…, a claim that Russian bloggers call exaggerated": a speaking group as written
        who = [_mentions.Mention(match.start("who"), match.end("who"), match.group("who"), match.group("who"),
                                 "unnamed source")]  # (named: no wider subject phrase is read around it)
    if not who or any(a.speaker.speaker == who[-1].speaker for a in acts):
        return []
    return [SpeechAct((sentence.start, sentence.end), Cue(match.start("verb"), match.end("verb"), match.group("verb"),
                                                          "speech"), who[-1], None, "")]


def _headline_verb_lemmas() -> dict[str, str]:
    """The headline verbs, each present "-s" form to its lemma ("contends" → "contend", "rules out" → "rule out"):
    every "-s" form of data/speech_cues.csv's speech verbs with the row's ``cue``, and the ``headline_verb`` lemmas of
    data/speech_words.csv (stance verbs the cue table leaves out or excludes as mostly nouns: "sees", "wants",
    "calls", "notes") with their "-s" form (built once per table)."""
    def build():
        from saidvsdone.speech import cue_table, inflections
        lemma_of: dict[str, str] = {}
        for row in vocab.table("speech_cues").itertuples():
            if row.kind == "speech" and " " not in row.cue:
                # the cue, else a base form its row writes ("emphasize" of "emphasise"), whose "-s" form it is
                written = [row.cue.lower()] + [f.lower() for f in vocab.split_forms(row.forms)]
                for lemma in written:
                    for form in inflections(lemma):
                        lemma_of.setdefault(form, lemma)
                for form in written[1:]:
                    lemma_of.setdefault(form, written[0])  # an irregular form: the row's cue
        found = {f: lemma_of[f] for f, kind in cue_table()[0].items() if kind == "speech" and " " not in f
                 and f.endswith("s") and not f.endswith("ss") and f in lemma_of}
        for lemma in vocab.speech_words()["headline_verb"]:
            head, _, tail = lemma.partition(" ")
            present = next(f for f in inflections(head) if f.endswith("s"))  # "see" → "sees"
            found.setdefault((present + " " + tail).strip(), lemma)
        return dict(sorted(found.items(), key=lambda item: (-len(item[0]), item[0])))
    return vocab.compiled("headline_verb_lemmas", ("speech_cues", "speech_words"), build)


def _alternation_of(forms) -> str:
    """Longest first, a space matching a space."""
    return "|".join(re.escape(f).replace(r"\ ", " ") for f in sorted(set(forms), key=lambda f: (-len(f), f)))


def _headline_verbs() -> str:
    """The headline verbs, present "-s" forms ("says", "contends", "rules out"), longest first (built once per table)."""
    return vocab.compiled("headline_verbs", ("speech_cues", "speech_words"),
                          lambda: _alternation_of(_headline_verb_lemmas()))


def _headline_subject_re() -> re.Pattern:
    return vocab.compiled("headline_subject", ("speech_cues", "speech_words"), lambda: re.compile(
        r"(?:[‘'\"“][^’'\"”]{1,120}[’'\"”]\s*:\s*)?"                  # "‘Our goals will be fulfilled’: "
        r"(?P<who>(?:[A-Z][\w’'-]*\s+){0,3}?(?:[A-Z][\w’'-]*|(?:(?i:" + _spaced(_words_of("headline_modifier"))
        + r")\s+)?(?i:" + _spaced(_words_of("headline_subject")) + r")))\s+(?P<verb>(?i:" + _headline_verbs()
        + r"))\b"))


def _words_of(kind: str) -> frozenset:
    """The words of ``kind`` of data/speech_words.csv (lower case)."""
    return vocab.speech_words()[kind]


def _spaced(words) -> str:
    """A regex alternation of the words, longest first, a space in a row any run of spaces ("air force", "think
    tank"); "(?!)" when there are none."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


def _plural_verbs() -> frozenset:
    """The lemmas of the headline verbs, for a plural subject ("generals promise", "officials warn")."""
    return vocab.compiled("headline_plural_verb_set", ("speech_cues", "speech_words"),
                          lambda: frozenset(_headline_verb_lemmas().values()))


def _plural_headline_verbs() -> str:
    """The lemmas of the headline verbs as an alternation, longest first (built once per table)."""
    return vocab.compiled("headline_plural_verbs", ("speech_cues", "speech_words"),
                          lambda: _alternation_of(_plural_verbs()))


def _headline_plural_subject_re() -> re.Pattern:
    """ "Moscow's generals promise Pokrovsk by spring", "Ukrainian officials warn …": a plural speaking group (the
    ``plural_voice`` words of ``data/speech_words.csv``) and the base form of a headline verb."""
    return vocab.compiled("headline_plural_subject", ("speech_cues", "speech_words"), lambda: re.compile(
        r"(?P<who>(?:[A-Z][\w’'-]*\s+){0,3}?(?:(?i:" + _spaced(_words_of("group_modifier")) + r")\s+)?(?i:"
        + trie_pattern(_plural_heads(), ignore_case=True) + r"))\s+"
        r"(?P<verb>(?i:" + _plural_headline_verbs() + r"))\b"))


def _words_side(words: str) -> str:
    """The warring side a group's words name ("Moscow's generals", "Russian-installed officials"), else ""."""
    for word in re.findall(r"[A-Z][a-z]+", words):
        country = vocab.country_forms().get(word, ("", ""))[0]
        if country in ("Russia", "Ukraine"):
            return country
    return ""


def _is_plural_match(match) -> bool:
    """A headline subject match whose verb is a lemma of the headline verbs ("generals **promise**"), not its "-s"
    form: the plural group's match."""
    return "verb" in match.re.groupindex and match.group("verb").lower() in _plural_verbs()


def _same_side(doc, who: tuple[int, int], mention) -> bool:
    """Whether a headline's plural group ("Moscow's generals promise …") and the body speaker it was resolved to are
    of one side (either unknown: yes)."""
    side = _words_side(doc.text[who[0]:who[1]])
    known = _mentions.people().speakers.get(mention.speaker)
    other = known.country if known is not None and known.country else _words_side(mention.speaker)
    return not side or not other or side == other


def _headline_any_subject_re() -> re.Pattern:
    return vocab.compiled("headline_any_subject", ("speech_cues", "speech_words"), lambda: re.compile(
        r"(?P<who>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,7}?)\s+(?P<verb>(?:" + _headline_verbs() + r"))\s+(?=[\w‘'\"“])"))


_LEDE_WORD = re.compile(r"[A-Z][a-z’'-]{2,}")


def _signature_verbs() -> set[str]:
    """The present "-s" forms of the ``signature_verb`` lemmas of data/speech_words.csv ("says", "contends")."""
    return {next(f for f in _speech.inflections(lemma) if f.endswith("s"))
            for lemma in vocab.speech_words()["signature_verb"]}


#: a headline's signature after a comma, its verb first ("…, says SBU", "…, contends the ministry")
_HEADLINE_SAYS_TAIL = vocab.TablePattern("headline_says_tail", ("speech_words",), lambda: r",\s+(?P<dash>"
                                         + (trie_pattern(_signature_verbs()) or "(?!)")
                                         + r")\s+(?P<who>[^,;:–—\n]{2,40}?)[.\s]*$")
#: Words that make a headline's signature a speaker: an acronym such as "SBU" or "MoD", or a ``signature_speaker``
#: word of data/speech_words.csv as written in lower case ("think tank", "bloggers", "air force").
_SPEAKING_WORD = vocab.TablePattern("speaking_word", ("speech_words",), lambda: r"\b(?:[A-Z]{2,5}|MoD|"
                                     + _spaced(_words_of("signature_speaker")) + r")\b")


def _headline_lede(doc, start: int, end: int, any_word: bool = False):
    """The speaker of the body's first statement when its subject shares a capitalised word, not a country's,
    with the headline's described subject ``start:end`` ("Harrogate volunteer" over "A former Army engineer from
    Harrogate … says"); None when the two share none. With ``any_word``, the body's first speaker of the side the
    subject names ("Ukrainian army chief"), if it names one."""
    words = {w.lower() for w in _LEDE_WORD.findall(doc.text, start, end) if w not in vocab.country_forms()}
    side = _words_side(doc.text[start:end]) if any_word else ""
    people = _mentions.people().speakers
    for act in doc.speech.acts:
        if act.sentence[0] < doc.headline_end or not (act.speaker.speaker or any_word and act.speaker.as_written):
            continue
        if side and (people[act.speaker.speaker].country if act.speaker.speaker in people else _words_side(
                act.speaker.speaker or act.speaker.as_written)) not in ("", side):
            continue  # ("Ukrainian army chief concedes …" is not the body's first speaker when that one is Russia's)
        subject = doc.text[act.sentence[0]:act.cue.start] if act.cue.start > act.sentence[0] else act.speaker.as_written
        if any_word or words & {w.lower() for w in _LEDE_WORD.findall(subject)}:
            speaker = act.speaker.speaker or _label_as_written(act.speaker.as_written)  # "Russian military bloggers"
            return _mentions.Mention(start, end, speaker, doc.text[start:end], "headline subject")
        return None  # only the lede's first statement
    return None


def _headline_subject(doc, sentence, acts) -> list:
    """The subject of a headline's stance verb: a person named there ("Putin rules out …"), or a
    role with its country ("Russian president claims …") resolved to the body's speaker in it;
    or a signature after a dash ("Front is holding – Syrskyi")."""
    from saidvsdone.speech import Cue, SpeechAct
    rubric = _RUBRIC_COLON.match(doc.text, sentence.start, sentence.end)  # "Ukraine war: Russia says …"
    match = _headline_subject_re().match(doc.text, sentence.start) \
        or _headline_plural_subject_re().match(doc.text, sentence.start)
    if (match is None or match.end() > sentence.end) and rubric is not None:
        match = _headline_subject_re().match(doc.text, rubric.end()) \
            or _headline_plural_subject_re().match(doc.text, rubric.end())
    plural = match is not None and match.end() <= sentence.end and _is_plural_match(match)
    label = _HEADLINE_LABEL.match(doc.text, sentence.start, sentence.end)
    country = _COUNTRY_COLON.match(doc.text, sentence.start, sentence.end)
    form = vocab.country_forms().get(country.group("who"), ("", "")) if country is not None else ("", "")
    if form[1] == "capital" and not acts:
        # "Kyiv: Russian assault on Kupiansk repelled": the capital speaks for its country, as the body names
        # it ("Ukraine: Russian troops capture X" is a section label, not a speaker)
        cue = Cue(country.start("colon"), country.end("colon"), ":", "speech")
        return [SpeechAct((sentence.start, sentence.end), cue, _mentions.Mention(
            country.start("who"), country.end("who"), form[0], country.group("who"), "country"), None, "")]
    if match is not None and match.end() <= sentence.end:
        who, cue = match.span("who"), Cue(match.start("verb"), match.end("verb"), match.group("verb"), "speech")
    elif label is not None and not any(a.cue.text == ":" and a.speaker.speaker and a.speaker.start <= label.start("who")
                                       and a.speaker.end >= label.end("who") for a in acts):
        # "Ukrainian commander: We will hold the town": a speaking label before the colon, as the body names it
        who, cue = label.span("who"), Cue(label.start("colon"), label.end("colon"), ":", "speech")
        act = SpeechAct((sentence.start, sentence.end), cue,
                        _mentions.Mention(who[0], who[1], "", doc.text[who[0]:who[1]], "unknown name"), None, "")
        return [_headline_inverted(doc, sentence, act, after=False)]
    else:
        match = _HEADLINE_SIGNATURE.search(doc.text, sentence.start, sentence.end) \
            or _HEADLINE_COLON_SIGNATURE.search(doc.text, sentence.start, sentence.end)
        if match is None and not acts:
            match = _HEADLINE_SAYS_TAIL.search(doc.text, sentence.start, sentence.end)  # "…, says SBU"
            if match is not None and match.start() > sentence.start:
                match = match if _SPEAKING_WORD.search(match.group("who")) else None
        if match is None and not acts:
            # "Harrogate volunteer back from front says drones have changed everything": a described subject the
            # lede introduces ("A former engineer from Harrogate … says …")
            match = _headline_any_subject_re().match(doc.text, rubric.end() if rubric is not None else sentence.start)
            if match is None or match.end() > sentence.end:
                return []
            mention = _headline_lede(doc, *match.span("who"))
            if mention is None:
                return []
            cue = Cue(match.start("verb"), match.end("verb"), match.group("verb"), "speech")
            return [SpeechAct((sentence.start, sentence.end), cue, mention, None, "")]
        if match is None:
            return []
        # (a signing colon is no label's colon: its cue is written as the sign-off it is)
        who, cue = match.span("who"), Cue(match.start("dash"), match.end("dash"), match.group("dash").replace(":", ":—"),
                                          "speech")
    if any(a.cue.start == cue.start and (cue.text != ":—" or a.speaker.how in ("name", "title", "role", "country"))
           and not (a.speaker.how == "unknown name" and who[0] <= a.speaker.start and a.speaker.end <= who[1]
                    and a.speaker.end - a.speaker.start < who[1] - who[0])  # ("Staff" of "General Staff reports")
           for a in acts):
        return []  # (a colon's words before it, unresolved ("Front: …"), give way to a signature after it; an
        # unknown word that only opens the subject ("Militia" of "Militia chief says") to the whole subject)
    mention = _headline_who(doc, *who)
    if mention is None:
        mention = _headline_like_body(doc, *who)  # "Russian blogger claims …": the body's Russian military blogger
    if mention is None:
        mention = _headline_institution(doc, *who)  # "… — Defense Ministry": the body's Russian Defence Ministry
    if mention is None:
        mention = _headline_apposed(doc, *who)  # "Wagner chief says …": "The head of … Wagner …, Yevgeny Prigozhin"
    if mention is None and doc.text[who[0]:who[1]] in vocab.country_forms():
        # "Moscow demands …" with no body speaker the table gives that country: the country speaks, resolved
        # as a country in a headline is (the body speaker who says what the title sums up, else its government)
        form = doc.text[who[0]:who[1]]
        mention = _mentions.Mention(who[0], who[1], vocab.country_forms()[form][0], form, "country")
    if mention is None and _SPEAKING_WORD.search(doc.text, *who):
        # "… – pro-war bloggers", "…, says think tank", "…, says SBU": a signature no table resolves is the
        # body's first speaker (the conventions resolve a headline's subject to the body's speaker)
        mention = _headline_lede(doc, *who, any_word=True)
    if mention is None or any(a.speaker.speaker == mention.speaker for a in acts):
        return []
    if plural and not _same_side(doc, who, mention):
        return []  # "Russian-installed officials admit …" over a body opening with Ukraine's military: no such speaker
    return [SpeechAct((sentence.start, sentence.end), cue, mention, None, "")]


#: Where a headline's second clause may start: "…; Moscow reports …", "… as Wagner claims …", "…, Moscow says …".
#: (a Title Case headline's "As", "While", "Amid" break it as the lower case words do)
_HEADLINE_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:(?i:as|while|but)\s+)?|\s(?:as|while|amid|but|after|As|While|Amid|But|After)\s+")


def _side_voice(doc, sentence, cue_end: int, side: str) -> str:
    """The body's speaker of one warring ``side`` who states what a headline clause (after its verb at ``cue_end``,
    to the next clause break) sums up: the body speaker whose sentence shares the most words with the clause,
    else the first speaker the tables give that side ("" when the body has none)."""
    brk = _HEADLINE_CLAUSE_BREAK.search(doc.text, cue_end, sentence.end)
    end = brk.start() if brk is not None else sentence.end
    who = _mentions.people()
    headings = _subhead_lines(doc) | {_deck(doc)}
    chosen = ""
    for later in doc.speech.acts:
        known = who.speakers.get(later.speaker.speaker)
        if later.sentence[0] >= doc.headline_end and later.sentence[0] != sentence.start and known is not None \
                and known.country == side and doc.sentence_at(later.cue.start).paragraph not in headings:
            chosen = known.name
            break
    probe = SimpleNamespace(cue=SimpleNamespace(start=cue_end, end=cue_end),
                            speaker=SimpleNamespace(start=cue_end, end=cue_end))
    return _summed_up_by(doc, sentence, probe, side, chosen, end=end) or chosen


#: A headline's group with no side and no name of its own: "military", "officials", "the army", "Officials".
_BARE_GROUP = re.compile(r"(?i:the\s+)?(?i:[a-z]+)")


def _side_group_voice(doc, sentence, act, label: str) -> str:
    """ "Russian officials say troops have cut the road …", "Ukrainian officers insist …": a headline's plural group
    of one side that speaks nowhere in the body under that label stands for the body's speaker of that side who
    states the clause (:func:`_side_voice`); "" otherwise."""
    bare = _BARE_GROUP.fullmatch(act.speaker.as_written.strip())
    if (act.speaker.speaker and not (bare and act.speaker.how == "unknown name")) or not label:
        return ""  # (a title's capital "Military says …" is no unknown person's name)
    head = label.split()[-1].lower()
    if head not in vocab.speech_words()["side_voice"] and not (bare and head in vocab.force_nouns("generic")):
        return ""  # ("Russian bloggers say …": no side's office, the group keeps its label)
    side = _words_side(act.speaker.as_written)
    if not side and not bare:
        return ""
    for later in doc.speech.acts:
        if later.sentence[0] >= doc.headline_end and later.sentence[0] != sentence.start and (
                later.speaker.speaker or _label_as_written(later.speaker.as_written)) == label:
            return ""
    if not side:
        # "Ukraine downs all 20 missiles, military says", "Russian forces take village, officials say": a bare group
        # names no side; it is the body's speaker who states what the title says
        return _body_voice_of(doc, sentence, act)
    return _side_voice(doc, sentence, act.cue.end, side)


def _body_voice_of(doc, sentence, act) -> str:
    """The body's speaker whose sentence shares the most words (four letters or more, countries aside) with a
    headline's words around ``act`` (its speaker and verb left out): one at least, and more than any other speaker's
    sentences share; "" otherwise."""
    text = doc.text
    own = _stems5(text[act.speaker.start:act.speaker.end] + " " + text[act.cue.start:act.cue.end])
    words = _stems5(text[sentence.start:sentence.end]) - own - _stems5(" ".join(vocab.country_forms()))
    scores: dict[str, int] = {}
    for name, stems in _body_voices(doc):
        shared = len(words & stems)
        scores[name] = max(scores.get(name, 0), shared)
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or ranked[0] < 1 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return ""
    return max(scores, key=lambda n: scores[n])


def _body_voices(doc) -> list:
    """(speaker, the words of its sentence but the speaker's own) of each body act outside the headings with a
    speaker or a label: read once per document (see :func:`_body_voice_of`)."""
    people = _mentions.people()
    cached = getattr(doc, "_body_voices", None)
    if cached is not None and cached[0] is people:
        return cached[1]
    text = doc.text
    headings = _subhead_lines(doc) | {_deck(doc)}
    found = []
    for later in doc.speech.acts:
        if later.sentence[0] < doc.headline_end or doc.sentence_at(later.cue.start).paragraph in headings:
            continue
        name = later.speaker.speaker or _table_label(_label_as_written(later.speaker.as_written))
        if not name or later.speaker.how in ("pronoun", "unresolved pronoun") and not later.speaker.speaker:
            continue
        found.append((name, _stems5(text[later.sentence[0]:later.sentence[1]])
                      - _stems5(text[later.speaker.start:later.speaker.end])))
    doc._body_voices = (people, found)
    return found


def _headline_second_clause(doc, sentence, acts) -> list:
    """ "Kyiv says troops advancing near Bakhmut; Moscow reports repelled attacks", "Bakhmut defenders hold on as
    Wagner claims …": a headline's clause after a semicolon, a comma or a conjunction with its own subject and
    stance verb is a second speaker's, resolved as a headline subject."""
    from saidvsdone.speech import Cue, SpeechAct
    found = []
    for semicolon in _HEADLINE_CLAUSE_BREAK.finditer(doc.text, sentence.start, sentence.end):
        at = semicolon.end()
        match = _headline_subject_re().match(doc.text, at) or _headline_plural_subject_re().match(doc.text, at)
        if match is None or match.end() > sentence.end or any(a.cue.start == match.start("verb") for a in acts):
            continue
        mention = _headline_who(doc, *match.span("who")) or _headline_like_body(doc, *match.span("who"))
        if mention is None and _is_plural_match(match) and _SPEAKING_WORD.search(doc.text, *match.span("who")):
            mention = _headline_lede(doc, *match.span("who"), any_word=True)  # "…; Russian generals vow …"
        if _is_plural_match(match) and (mention is None or not _same_side(doc, match.span("who"), mention)) \
                and match.group("who").split()[-1].lower() in vocab.speech_words()["side_voice"] \
                and _words_side(match.group("who")) \
                and (voice := _side_voice(doc, sentence, match.end("verb"), _words_side(match.group("who")))):
            # "…, but Ukrainian commanders insist …" over a lede whose first speaker is the other side's: the body's
            # speaker of the group's side who states the clause
            mention = _mentions.Mention(*match.span("who"), voice, match.group("who"), "headline subject")
        if mention is None or not mention.speaker or any(a.speaker.speaker == mention.speaker for a in acts + found):
            continue
        if _is_plural_match(match) and not _same_side(doc, match.span("who"), mention):
            continue
        cue = Cue(match.start("verb"), match.end("verb"), match.group("verb"), "speech")
        found.append(SpeechAct((sentence.start, sentence.end), cue, mention, None, ""))
    return found


_RUBRIC_COLON = re.compile(r"[^:“”\"‘’']{2,40}?:\s+")
#: "Ukrainian commander: …", "Kremlin spokesman: …": a speaking noun phrase labelling a headline.
_HEADLINE_LABEL = re.compile(r"(?P<who>(?:[A-Z][\w’'-]*\s+)?(?:[\w’'-]+\s+){0,2}?(?i:commander|general|spokesman|"
                             r"spokeswoman|minister|official|officials|governor|chief|ministry|military|army|"
                             r"intelligence|intel|command|staff))(?P<colon>:)\s+\S")


#: A country or capital alone before a headline's colon ("Kyiv: …", "Moscow: …").
_COUNTRY_COLON = re.compile(r"(?P<who>[A-Z][\w’'-]+)(?P<colon>:)\s+\S")
_HEADLINE_SIGNATURE = re.compile(r"\s(?P<dash>[–—-])\s+(?P<who>[A-Z][^–—\n]{1,60}?|(?:the\s+)?(?:military|army|ministry|"
                                 r"officials|general\s+staff|air\s+force|navy|governor|mayor|spokesman|spokeswoman|"
                                 r"commander|intelligence|(?:[\w-]+\s+)?(?:bloggers|analysts|think\s+tank|monitors)))"
                                 r"[.\s]*$")  # (Reuters' "… near Bakhmut - military", "… – pro-war bloggers")
#: "Russian offensive can be stopped: Ukraine's top general", "… needed:' Commander-in-chief of …": a
#: speaker signed after a headline's last colon (a short noun phrase, resolved as the body names it).
_HEADLINE_COLON_SIGNATURE = re.compile(r"\S(?P<dash>:)[’'\"”]?\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}?)[.\s]*$")


def _headline_inverted(doc, sentence, act, after: bool = True):
    """ "Russian Troops Advancing Near Kupiansk, Says Ukrainian Commander": in a headline, the speaker
    of a verb right after a comma is the words after it, read as the body writes them (a known
    person, a country's role holder, or the body's speaker written the same way), never a
    capitalised run before the comma."""
    text = doc.text
    if not after:  # the words are the act's own (a label before a colon)
        a, b = act.speaker.start, act.speaker.end
    else:
        if act.speaker.end > act.cue.start or not re.search(r",\s*$", text[max(sentence.start, act.cue.start - 3):
                                                                        act.cue.start]):
            return act
        words_after = re.match(r"\s+((?:the\s+|a\s+|an\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)[\s.!?]*$",
                               text[act.cue.end:sentence.end], re.IGNORECASE)
        if words_after is None:
            return act
        a, b = act.cue.end + words_after.start(1), act.cue.end + words_after.end(1)
    words = _label_as_written(text[a:b]).lower()
    known = _headline_who(doc, a, b)
    label = known.speaker if known is not None else ""
    if not label:
        for later in doc.speech.acts:
            if later.sentence[0] >= doc.headline_end and _label_as_written(later.speaker.as_written).lower() \
                    .removesuffix(" (unnamed)") == words:
                label = later.speaker.speaker or _label_as_written(later.speaker.as_written)
                break
    folded = _mentions.fold_capitals(text[a:b])
    if not label and folded != text[a:b] and folded in _mentions.people().country_of_form:
        # "…, SAYS RUSSIA": the country, as "…, says Russia" is read
        return replace(act, speaker=_mentions.Mention(a, b, _mentions.people().country_of_form[folded], text[a:b], "country"))
    if not label:
        apposed = _headline_apposed(doc, a, b)  # "…, says Ukrainian brigade commander": "X, commander of the … brigade"
        label = apposed.speaker if apposed is not None else _label_as_written(folded)
    return replace(act, speaker=_mentions.Mention(a, b, label, text[a:b], "headline subject"))


def _is_think_tank(label: str) -> bool:
    """A research body of the speakers table (role "think tank", "war monitor", "research …")."""
    known = _mentions.people().speakers.get(label)
    return known is not None and known.kind != "person" and any(
        w in r for r in known.roles for w in ("think tank", "monitor", "research", "institute"))


_BARE_EXPERTS = re.compile(r"\s*(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:(?:group|institute|centre|center|monitor|project|"
                           r"organi[sz]ation|think\s+tank)[’']s\s+)?(?:[Aa]nalysts|[Ee]xperts|[Rr]esearchers)\s*")
_SUBJECT_WHO = re.compile(r"\s*(?P<subject>(?:[Tt]he|[Aa]n?)\s+[^,;:“”\"]{2,60}?),\s+(?:who|which)\b[^;:“”\"]{2,160}?,\s*"
                          r"(?:(?:\w+ly|also|then|later)\s+)*")


def _relative_clause_subject(doc, sentence, act):
    """ "The official, who briefed reporters under Pentagon ground rules, said …": a name inside the relative
    clause after the subject is not the speaker; the subject is (read on as an unnamed source)."""
    if act.speaker.start >= act.cue.start:
        return act
    match = _SUBJECT_WHO.fullmatch(doc.text, sentence.start, act.cue.start)
    if match is None or not (match.end("subject") < act.speaker.start < match.end()):
        return act
    if act.speaker.how == "unknown name" and act.speaker.speaker and _speech.given_name(doc.text, act.speaker):
        return act  # "A senior officer of …, who asked to be identified only by his call sign Bison, said": he (sk17)
    a, b = match.span("subject")
    return replace(act, speaker=_mentions.Mention(a, b, "", doc.text[a:b], "unnamed source"))


#: "cities that many analysts wrote off", "villages which experts said would fall": a speaker inside a relative
#: clause after a noun ("that" after a verb or a noun of content is a complementiser: "said that", "the claim that")
_RELATIVE_BEFORE = re.compile(r"\b(?P<word>[A-Za-z][\w’'-]*)\s+(?:which|that|whom)\s+(?:(?:the|many|some|most|several|"
                              r"few|a\s+few|other|western|military|independent)\s+)*$", re.IGNORECASE)
#: the nouns of content are the ``content_noun`` words of data/speech_words.csv ("the claim that", "signs that");
#: the verbs of saying and thinking, the adjectives of certainty and the function words that take "that" as a
#: complementiser are the grammar's, listed here ("so that", "such that", "given that", "says that", "sure that")
_COMPLEMENT_WORDS = frozenset("so such now given except sure aware clear "
                              "say says know knows think thinks believe believes show shows mean means ensure insist "
                              "insists note notes warn warns add adds deny denies argue argues hope stress stresses "
                              "admit admits concede concedes acknowledge acknowledges suggest suggests confident "
                              "certain convinced likely unlikely possible evident true hopeful optimistic worried "
                              "concerned afraid".split())
#: "… has gained far less ground than Moscow claims": a comparison with a side's claim is scepticism, not its claim
_RELATIVE_IN = re.compile(r"\b(?P<word>[a-z][\w’'-]*)\s+(?P<pronoun>which|that|whom)\s+(?:[\w’'-]+\s+){0,3}$")
_RELATIVE_VERBS = frozenset("spoke speak speaks is are was were has have had told tells briefed asked declined did do does "
                            "spoke, requested insisted monitor monitors oversee oversees command commands".split())
_THAN_BEFORE = re.compile(r"\bthan\s+(?:(?:the|its|their|what)\s+)?$", re.IGNORECASE)
_FIRST_WORD = re.compile(r"\S+")  # what str.split() gives first (both use Unicode whitespace)


def _aside_speaker(doc, sentence, act) -> bool:
    """A speech act that attributes nothing to the sentence: a speaker inside a relative clause about something
    else ("Ukrainian troops held towns that many analysts wrote off") or in a comparison with its claim ("…
    gained far less ground than Moscow claims")."""
    if not sentence.start < act.speaker.start < act.cue.start:
        return False
    before = doc.text[max(sentence.start, act.speaker.start - 80):act.speaker.start]
    if _THAN_BEFORE.search(before):
        return True
    # the layer may take the noun and the pronoun into the speaker ("villages which several experts")
    start = max(sentence.start, act.speaker.start - 80)
    relative = _RELATIVE_BEFORE.search(doc.text[start:act.speaker.start])
    if relative is not None:  # matched in the slice: it ends where the speaker starts
        word, words_from = relative.group("word").lower(), act.speaker.start
    else:
        relative = _RELATIVE_IN.search(doc.text, act.speaker.start, act.cue.start)
        if relative is None:
            return False
        word, words_from = relative.group("word").lower(), relative.end("pronoun")
    # the first word after the pronoun (in text offsets), found without splitting the span
    after = _FIRST_WORD.search(doc.text, words_from, act.cue.start)
    after = [after.group()] if after else []
    if after and (after[0].lower().endswith("ed") or after[0].lower() in _RELATIVE_VERBS):
        return False  # "officials that spoke to Reuters said": the speaker's own relative clause
    return not (word in _COMPLEMENT_WORDS or word in vocab.speech_words()["content_noun"] or word.endswith("ed"))


_DEFINITE_INSTITUTION = re.compile(r"(?i:the)\s+(?:[\w’'-]+\s+){0,2}(?P<noun>(?i:institute|ministry|agency|service|"
                                   r"command|staff|council|committee|alliance|monitor|group))")


def _seats() -> frozenset:
    """Seats of power named for their occupants ("Kremlin says …"): a headline's seat is the body's spokesperson (the
    ``seat_of_power`` words of ``data/speech_words.csv``, written with a capital: "Kremlin", "White", "Downing")."""
    return vocab.compiled("claims_seats", ("speech_words",), lambda: frozenset(
        w[:1].upper() + w[1:] for w in vocab.speech_words()["seat_of_power"]))


#: Words that open a noun phrase without naming anything ("The president", "A spokesman").
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})


def _titled_in_body(doc, act, label: str) -> str:
    """The body's named speaker whose title names the headline's institution ("Kremlin says …" over "Kremlin
    spokesman Dmitry Peskov said …", "NATO chief: …" over "NATO Secretary General Mark Rutte said …"); "" if none."""
    written = act.speaker.as_written.strip()
    definite = _DEFINITE_INSTITUTION.fullmatch(written)
    if definite is not None and not act.speaker.speaker:
        # "…, according to the Washington-based institute" in a standfirst: the body's institute
        noun = definite.group("noun").lower()
        named = [a.speaker.speaker for a in doc.speech.acts if a.sentence[0] >= doc.headline_end and a.speaker.speaker
                 and noun in a.speaker.speaker.lower() and _kind_of(a.speaker.speaker) != "person"]
        return named[0] if named else ""
    if act.speaker.how == "country" and any(a.speaker.speaker == label for a in doc.speech.acts
                                            if a.sentence[0] >= doc.headline_end and a is not act):
        return ""  # "Russia says it repelled …" over the ministry's own words: not "Russia's foreign ministry spokeswoman"
    head = written.split()[0].removesuffix("'s").removesuffix("’s") if written else ""
    if not head[:1].isupper() or head.lower() in _DETERMINERS or act.speaker.how in ("title", "pronoun") or (
            # ("The president says …" in a deck: "The" is no institution a body speaker's title names)
            act.speaker.how == "name" and not (head in _seats() and _kind_of(act.speaker.speaker) != "person")):
        return ""
    title = re.compile(r"\b" + re.escape(head) + r"(?:['’]s)?\s+(?:[\w’'-]+,?\s+){0,3}$")  # "Kremlin spokesperson, A B"
    acts = doc.speech.acts
    cached = getattr(doc, "_titled_windows_cache", None)
    if cached is None or cached[0] is not acts:
        # the body's named speakers and the 60 characters before each, joined by NUL once per document: only the acts
        # whose window holds the head word are tried, in text order (issue 17: a transcript or a live blog has
        # hundreds of headline lines; each used to run the title pattern before every act of the body)
        kept = [later for later in acts if later.sentence[0] >= doc.headline_end and later.speaker.speaker
                and later.speaker.how in ("name", "title", "unknown name")]
        spans = [(max(later.sentence[0], later.speaker.start - 60), later.speaker.start) for later in kept]
        starts, at = [], 0
        for a, b in spans:
            starts.append(at)
            at += max(0, b - a) + 1
        cached = doc._titled_windows_cache = (acts, kept, spans, starts, "\0".join(doc.text[a:b] for a, b in spans))
    _, kept, spans, starts, joined = cached
    at = joined.find(head) if "\0" not in head else 0
    while 0 <= at:
        k = bisect_left(starts, at + 1) - 1 if "\0" not in head else at
        later = kept[k] if k < len(kept) else None
        if later is None:
            break
        if later.speaker.speaker != label and title.search(doc.text, *spans[k]):
            return later.speaker.speaker
        nxt = k + 1
        if nxt >= len(kept):
            break
        at = joined.find(head, starts[nxt]) if "\0" not in head else nxt
    return ""


_ITS_INSTITUTION = re.compile(r"\s*(?:[Ii]ts|[Tt]heir)\s+(?P<rest>(?:[\w’'-]+\s+){0,2}[\w’'-]+)\s*$")


def _its_country_label(doc, act) -> str:
    """ "Ukraine's military did not comment. Its General Staff said …": the institution of the country named
    last before it (in this sentence or the one before), as the speakers table knows it; "" when none does."""
    rest = _ITS_INSTITUTION.match(act.speaker.as_written).group("rest")
    if rest.split()[-1].lower() not in _institution_heads():
        return ""
    sentence = doc.sentence_at(act.speaker.start)
    previous = doc.sentence_at(sentence.start - 2) if sentence is not None and sentence.start >= 2 else None
    start = previous.start if previous is not None else (sentence.start if sentence is not None else 0)
    forms = vocab.country_forms()
    countries = [m for m in re.finditer(r"[A-Z][\w-]*(?:['’]s)?", doc.text[start:act.speaker.start])
                 if forms.get(m.group(0).removesuffix("'s").removesuffix("’s"), ("", ""))[1] in ("country", "capital",
                                                                                               "demonym")]
    if not countries:
        return ""
    word = countries[-1].group(0).removesuffix("'s").removesuffix("’s")
    label = _table_label(f"{word}'s {rest}")
    return label if label != f"{word}'s {rest}" else ""


_DEPUTY = re.compile(r"\b(?:deputy|vice|first\s+deputy|assistant)\b", re.IGNORECASE)


def _introduced_as(doc, role_words: str) -> str:
    """The named person the article introduces with these office words ("Hanna Maliar, Ukraine's deputy
    defence minister", "Deputy Defence Minister Hanna Maliar"), else ""."""
    office = re.sub(r"^(?:the|a|an)\s+|^[\w.-]+['’]s\s+", "", role_words.strip(), flags=re.IGNORECASE).lower()
    if not office:
        return ""
    for m in doc.speech.mentions:
        if m.how != "name" or not m.speaker:
            continue
        around = doc.text[max(0, m.start - 60):m.end + 80].lower()
        if office in around:
            return m.speaker
    return ""


def _body_office_holder(doc, role) -> str:
    """ "Ukrainian commander says …" over "Col. Ivan Petrenko, who commands a brigade, said …": the body's
    first speaker introduced with that office before the verb he speaks with, when the person the
    office was resolved to does not speak in the body; "" otherwise."""
    body = [a for a in doc.speech.acts if a.sentence[0] >= doc.headline_end and a.speaker.speaker]
    stem = role.as_written.split()[-1].lower()[:6] if role.as_written.split() else ""
    if len(stem) < 5 or any(a.speaker.speaker == role.speaker for a in body):
        return ""
    fits = [a for a in body if a.speaker.start < a.cue.start and stem in doc.text[a.sentence[0]:a.cue.start].lower()]
    return fits[0].speaker.speaker if fits else ""


_LOWER_WORD = re.compile(r"[a-z]+")


def _headline_dependent(doc, act) -> str:
    """ "Zelensky aide says …": not the person named but the body's speaker introduced as that person's aide
    ("Mykhailo Podolyak, an adviser to Zelensky, said"); "" when the body has none."""
    gap = doc.text[act.speaker.end:act.cue.start].strip().lower().removeprefix("’s ").removeprefix("'s ")
    words = _words().dependants.get(gap.split()[-1] if gap and len(gap.split()) <= 2 else "", ())
    if not words or not act.speaker.speaker:
        return ""
    surname = act.speaker.speaker.split()[-1]
    for later in doc.speech.acts:
        if later.sentence[0] < doc.headline_end or not later.speaker.speaker or later.speaker.speaker == act.speaker.speaker:
            continue
        sentence = doc.text[later.sentence[0]:later.sentence[1]]
        if surname in sentence:
            low = sentence.lower()
            tokens = set(_LOWER_WORD.findall(low))
            if any(w in tokens if " " not in w else w in low for w in words):
                return later.speaker.speaker
    return ""


def _headline_rank(doc, act) -> str:
    """ "Russian general: …" with no one the tables know: the one body speaker whose words as written hold that rank
    ("Colonel General A B said"); "" otherwise."""
    written = act.speaker.as_written.split()
    if act.speaker.speaker in _mentions.people().speakers or not written or written[-1].lower() not in vocab.speech_words()["headline_rank"]:
        return ""
    rank = written[-1].lower()
    side = _words_side(act.speaker.as_written)
    people = _mentions.people().speakers
    # (the rank as a word of the introduction, not of an institution's name: "General Staff", "Attorney General's
    # office"; and of the side the title writes: "Russian general" is no one of Ukraine's General Staff)
    fits = {later.speaker.speaker for later in doc.speech.acts
            if later.sentence[0] >= doc.headline_end and later.speaker.speaker
            and _RANK_WORD.search(doc.text, max(later.sentence[0], later.speaker.start - 30), later.speaker.end)
            and rank in [m.group(1).lower() for m in _RANK_WORD.finditer(
                doc.text, max(later.sentence[0], later.speaker.start - 30), later.speaker.end)]
            and (not side or (people[later.speaker.speaker].country if later.speaker.speaker in people
                              and people[later.speaker.speaker].country else _words_side(later.speaker.speaker))
                 in ("", side))}
    return fits.pop() if len(fits) == 1 else ""


#: A word of a speaker's introduction that may be a rank, not the first word of an institution's name ("General
#: Staff", "General's office").
_RANK_WORD = re.compile(r"\b([\w-]+)\b(?!’s|'s|\s+[Ss]taff\b|\s+[Aa]ssembly\b|\s+[Ss]ecretary\b)")


def _headline_like_body(doc, start: int, end: int):
    """ "Russian blogger" in a headline: the body's speaker whose label holds the same words in order
    ("Russian military blogger"), when one does; else None."""
    words = [w.lower() for w in doc.text[start:end].split()]
    if len(words) < 2 or words[-1] in ("army", "military", "ministry"):
        return None
    for later in doc.speech.acts:
        if later.sentence[0] < doc.headline_end:
            continue
        label = later.speaker.speaker or _label_as_written(later.speaker.as_written)
        written = label.lower().removesuffix(" (unnamed)").split()
        at = 0
        for word in written:
            at += at < len(words) and word == words[at]
        if at == len(words) and written[-1] == words[-1]:
            return _mentions.Mention(start, end, label, doc.text[start:end], "headline subject")
    return None


def _headline_apposed(doc, start: int, end: int):
    """ "Wagner chief says …", "…, says Ukrainian brigade commander" over "The head of Russia's Wagner group,
    Yevgeny Prigozhin, said" / "Andriy Bilyk, commander of the 57th brigade, said": the body's first named
    speaker whose words of introduction (just before the name, or after it up to the verb) hold the
    headline's office and every other word of it but its country; else None."""
    words = [w.lower().strip("’'") for w in doc.text[start:end].split()]
    head = words[-1] if words else ""
    synonyms = _words().role_synonyms.get(head)
    if synonyms is None or len(words) > 4:
        return None
    forms = vocab.country_forms()
    qualifiers = [w for w in words[:-1] if w.capitalize() not in forms and w not in ("the", "a", "an", "top", "senior")]
    countries = {forms[w.capitalize()][0] for w in words[:-1] if w.capitalize() in forms}
    text = doc.text
    for later in doc.speech.acts:
        if later.sentence[0] < doc.headline_end or not later.speaker.speaker \
                or later.speaker.how not in ("name", "title", "unknown name"):
            continue
        if later.speaker.start < later.cue.start:
            window = text[max(later.sentence[0], later.speaker.start - 100):later.cue.start]
        else:
            window = text[later.cue.end:min(later.sentence[1], later.speaker.end + 80)]
        found = set(re.findall(r"[a-z][\w-]*", window.lower()))
        # (the country of the words introducing the person: the name's own clause, not the content before it)
        intro = text[max(later.sentence[0], later.speaker.start - 60):later.speaker.start].rsplit(",", 1)[-1] \
            + text[later.speaker.end:later.cue.start if later.speaker.start < later.cue.start
                   else min(later.sentence[1], later.speaker.end + 80)]
        named = {forms[w][0] for w in re.findall(r"[A-Z][\w-]*", intro.replace("’", "'")) if w in forms}
        if countries and named and countries.isdisjoint(named):
            continue  # "Ukrainian delegation head" is not "X, who led the Russian delegation"
        if any(h in found for h in synonyms) and all(q in found for q in qualifiers):
            return _mentions.Mention(start, end, later.speaker.speaker, text[start:end], "headline subject")
    return None


def _headline_institution(doc, start: int, end: int):
    """ "Russian troops liberate X — Defense Ministry": an institution named without its country in a headline
    is the body's speaker whose label ends with the same words (spelling "defense" as "defence"), when
    exactly one does; else None."""
    words = [w.lower().replace("defense", "defence") for w in doc.text[start:end].split()]
    if words[:1] == ["the"]:
        words = words[1:]
    signed = len(words) == 1 and doc.text[start].islower()  # "… near Bakhmut - military": a wire's lower-case signature
    if not (1 < len(words) <= 3 or signed) or words[-1] not in _institution_heads() | {"military", "army"}:
        return None
    fits = set()
    for later in doc.speech.acts:
        if later.sentence[0] >= doc.headline_end and later.speaker.speaker:
            label = later.speaker.speaker.lower().replace("defense", "defence").split()
            if label[-len(words):] == words:
                fits.add(later.speaker.speaker)
    if len(fits) != 1:
        return None
    return _mentions.Mention(start, end, fits.pop(), doc.text[start:end], "headline subject")


def _headline_who(doc, start: int, end: int):
    """Who the headline words ``start:end`` name: a known person, or "<country> <role>" resolved to
    the body's speaker from that country with that role."""
    from saidvsdone.mentions import Mention
    people = _mentions.people()
    named = [m for m in _mentions_between(doc, start, end) if start <= m.start < end and m.speaker
             and m.how in ("name", "title", "role")]
    if named and named[-1].how == "role" and _body_office_holder(doc, named[-1]):
        return Mention(start, end, _body_office_holder(doc, named[-1]), doc.text[start:end], "role")
    if named:
        return named[-1]
    words = _mentions.fold_capitals(doc.text[start:end], people).split()  # ("SAYS RUSSIA": "Russia")
    country = people.country_of_form.get(words[0]) if words else None
    if country is None:
        return None
    body = [a.speaker.speaker for a in doc.speech.acts if a.sentence[0] >= doc.headline_end]
    if len(words) == 1:  # "US wants Russia weakened": the body's speaker from that country
        fits = [name for name in body if name in people.speakers and people.speakers[name].country == country]
        return Mention(start, end, fits[0], doc.text[start:end], "country") if fits else None
    role = words[-1].lower()
    fits = [name for name in body if name in people.speakers and people.speakers[name].country == country
            and any(role == r or role in r.split() for r in people.speakers[name].roles)]
    return Mention(start, end, fits[0], doc.text[start:end], "role") if fits else None


_BACK_REFERENCE = re.compile(r"\s*(?:[•·▪►*–—-][ \t]+)?(?:This|That|These|It)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                             r"(?:reported|stated|said|announced|confirmed|claimed|noted|declared)\s+by\b")


def _back_reference(doc, sentence, previous, lexicon) -> dict | None:
    """A lead with no speech verb that the next sentence attributes ("This was reported by X")."""
    match = _BACK_REFERENCE.match(doc.text, sentence.start)
    if match is None or match.end() > sentence.end or previous.headline:
        return None
    who = _mentions.people()
    # "This was stated by the spokesperson for X, A B, Ukrinform reports": the person named, never the medium
    after = [m for m in doc.speech.mentions if match.end() <= m.start < sentence.end and m.speaker
             and getattr(who.speakers.get(m.speaker), "kind", "") != "media"]
    people = sorted([m for m in after if _mentions.is_person(m.speaker, who)] + [
        m for m in _mentions.unknown_names(doc, match.end(), sentence.end, doc.speech.mentions, who)
        if " " in m.speaker and _mentions.could_be_person(m.speaker, who)], key=lambda m: m.start)
    if not after and not people:
        return None
    mention = people[0] if people else after[0]
    from saidvsdone.speech import Cue, SpeechAct
    cue = Cue(match.start(), match.end(), match.group(0).strip(), "speech")
    act = SpeechAct((sentence.start, sentence.end), cue, mention, None, "")
    return _claim(doc, previous, mention.speaker, [act], lexicon)


def _speaking_heads() -> frozenset:
    """Head nouns of a noun phrase that can speak for a side ("Ukraine's southern command", "Russian state media"):
    the ``phrase_head`` and ``plural_voice`` words of ``data/speech_words.csv``."""
    return vocab.compiled("claims_speaking_heads", ("speech_words",), lambda: (
        vocab.speech_words()["phrase_head"] | vocab.speech_words()["plural_voice"]))


#: Words a noun phrase of a speaker may take after its head: "of", "for", "in" and what they govern
#: ("the governor of Belgorod", "a spokesman for the Eastern group of forces").
_NP_LINKS = frozenset("of for in at from".split())
_NP_STOPS = frozenset(
    "that and or but while whereas which who whom whose as when after before because if since than said says "
    "told is are was were be been has have had will would could should may might also not it he she they we "
    "this these those there here".split())
_NP_DETERMINERS = frozenset("the a an its their one some several many two three".split())
#: What may stand between the subject and its verb: "has also said", "continued to add", "on Friday said".
_SUBJECT_GAP = lazy_fail_fast(
    r"(?:\s*,\s*(?:meanwhile|however|for\s+its\s+part|for\s+their\s+part|in\s+turn|in\s+a\s+statement|"
    r"separately|too|(?:speaking|writing|who|which|citing|asked|led|headed)\b[^,;:“”\"]{1,120}?)\s*,)?"
    r"(?:\s+(?:defending|fighting|stationed|based|serving|deployed|holding|manning|who)\s[^,;:“”\"]{1,80}?)?"  # "soldiers defending X say", "researchers who count … believe"
    r"\s+(?:(?:has|have|had|also|later|then|again|previously|repeatedly|once|further|[a-z]+ly|"
    r"(?:continued|continue|continues|went\s+on|go\s+on|goes\s+on|was\s+quick|were\s+quick|hastened)\s+to|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)*$")
_NP_WORD = re.compile(r"[\w’'.-]+$")


def _unattributed(doc, sentence, speaking, acts) -> list:
    """Claims only: a speech verb the speech layer found no speaker for, whose subject is a noun
    phrase headed by a noun that can speak ("Ukraine's southern command said", "Russian state media
    reported", "…, the regional military administration said"), speaks under that phrase as written;
    an unresolved name the phrase holds ("Military officials") is widened to it. Quotes' speakers are
    not touched (this reads the phrase for the claims table only)."""
    from saidvsdone.speech import SpeechAct
    text = doc.text
    cues = doc.speech.cues
    starts = getattr(doc, "_claim_cue_starts", None)
    if starts is None:
        starts = doc._claim_cue_starts = [c.start for c in cues]
    here = cues[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
    plural = _plural_cues(text, sentence.start, sentence.end, {c.start for c in here})
    if sentence.headline:  # "U.S. officials see no sign …" in a deck: read with the headline verb "see" (as above)
        plural = [c for c in plural if not _SEE_NO_SIGN.match(c.text)]
        here = [c for c in here if not _SEE_NO_SIGN.match(c.text)]
    here += plural
    here += _demands(text, sentence.start, sentence.end)
    here += _per_cues(text, sentence.start, sentence.end)
    shown = _shown_by_cues(text, sentence.start, sentence.end)
    here += shown
    if not here:
        return speaking
    by_cue = {a.cue.start: a for a in speaking}
    set_aside = {a.cue.start for a in acts} - set(by_cue)
    result = list(speaking)
    for cue in here:
        if shown and cue in shown:  # "Maps released by X show that …": the author of the maps speaks
            a, b = _SHOWN_BY.match(text, sentence.start, sentence.end).span("owner")
            owner = _named_body(doc, a, b, cue.start)
            name = _TRAILING_NAME.search(text, a, b) if owner is None else None
            if name is not None:  # a name no table knows, as written ("the volunteer group Frontline Watch")
                owner = _mentions.Mention(name.start(), b, "", text[name.start():b], "unnamed source")
            layer = by_cue.get(cue.start)
            if layer is not None and owner is not None and layer.speaker.start < a and layer in result:
                result.remove(layer)  # the layer's "Figures" (the document, not its author)
            if owner is not None and not any(a.speaker.speaker and a.speaker.speaker == owner.speaker for a in result):
                result.append(SpeechAct((sentence.start, sentence.end), cue, owner, None, ""))
            continue
        if cue.kind == "source" and cue.start not in by_cue and cue.start not in set_aside:
            owner = _source_owner(doc, cue, sentence.end) if cue.text != "per" else _per_owner(doc, cue, sentence.end)
            if owner is not None:  # (a day before "according to" is the content's, not the statement's)
                result.append(SpeechAct((sentence.start, sentence.end), cue, owner, None, ""))
            continue
        progressive = cue.text.lower() == "demanding" and _PROGRESSIVE_BEFORE.search(text, max(0, cue.start - 8),
                                                                                      cue.start)
        if cue.kind != "speech" or (cue.text.lower().endswith("ing") and not progressive) or doc.in_quote(cue.start) \
                or cue.start in set_aside or not _states(text, cue, sentence.start):
            continue
        act = by_cue.get(cue.start)
        if act is not None and act.speaker.how == "country" and act.speaker.start >= cue.end and act in result \
                and _FINITE_AFTER.match(text, act.speaker.end) and _subject_phrase(text, sentence.start, cue.start):
            result.remove(act)  # "a senior US official, …, said Russia had lost …": Russia is the content's subject
            act = None
        if act is not None and act.speaker.speaker and act.speaker.how != "unknown name":
            continue
        phrase = _subject_phrase(text, sentence.start, cue.start)
        if phrase is None and act is None and plural and cue in plural:
            phrase = _plural_subject(text, sentence.start, cue.start)  # "gunners on the southern front believe"
        if phrase is None and act is None and cue.text.lower().startswith("demand"):
            who = _demand_subject(doc, sentence.start, cue)  # "He went on to demand security guarantees"
            if who is not None:
                result.append(SpeechAct((sentence.start, sentence.end), cue, who, None, ""))
            continue
        member = _member_of_group(doc, sentence, cue) if phrase is None and (act is None or (
            not act.speaker.speaker and act.speaker.as_written.lower().endswith(" of them"))) else None
        if member is not None:  # "Russian bloggers said …, and one of them claimed …": one of the group speaks
            if act is not None and act in result:
                result.remove(act)  # the layer's "One of them"
            result.append(SpeechAct((sentence.start, sentence.end), cue, member,
                                    *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        if phrase is None and act is None and (_INVERTED_IT.search(text, max(sentence.start, cue.start - 8), cue.start)
                                               or _OPENING_IT.fullmatch(text, sentence.start, cue.start)):
            # "…, it said", "It assessed that …": the institution that spoke last
            it = _last_institution(doc, cue.start)
            if it is not None:
                result.append(SpeechAct((sentence.start, sentence.end), cue, it,
                                        *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        document_subject = _STATEMENT_SUBJECT.fullmatch(text, sentence.start, cue.start - 1) \
            if phrase is None and act is None and text[cue.start - 1:cue.start] == " " \
            and _institution_spoke_last(doc, cue.start) else None
        apposed = _APPOSED_SUBJECT.fullmatch(text, sentence.start, cue.start) if phrase is None and act is None else None
        if apposed is not None and (_subject_phrase(text, sentence.start, apposed.end("head")) is not None
                                    or _BODY_NAME.search(apposed.group("name"))):
            # "The US security research center, the Institute for War Studies, announced …": the apposition names
            # the speaking head before it
            a, b = apposed.span("name")
            named = [m for m in _mentions_between(doc, a, a + 1) if (a, b) == (m.start, m.end) and m.speaker
                     and m.how == "name"]
            mention = named[0] if named else _mentions.Mention(a, b, "", text[a:b], "unknown name")
            result.append(SpeechAct((sentence.start, sentence.end), cue, mention,
                                    *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        they = _THEY_BEFORE.fullmatch(text, sentence.start, cue.start) if phrase is None and act is None else None
        if they is not None:  # "Some officials said …. They say …": the group that spoke last (read in _claims_in)
            result.append(SpeechAct((sentence.start, sentence.end), cue, _mentions.Mention(
                they.start("they"), they.end("they"), "", they.group("they"), "unresolved pronoun"),
                *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        if document_subject is not None:  # "The update said …": whoever spoke last (read in _claims_in)
            result.append(SpeechAct((sentence.start, sentence.end), cue, _mentions.Mention(
                sentence.start, cue.start - 1, "", text[sentence.start:cue.start - 1], "unnamed source"),
                *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        if phrase is None and act is None:
            owner = _statement_owner(doc, sentence.start, cue.start)
            if owner is not None and not any(x.speaker.speaker == owner.speaker for x in result):
                result.append(SpeechAct((sentence.start, sentence.end), cue, owner,
                                        *doc.speech.cue_days.get(cue.start, (None, ""))))
            continue
        if phrase is None:
            continue
        a, b = phrase
        if act is not None:  # "Military officials said": the layer read only "Military"
            if act.speaker.how in ("unknown name", "unnamed source", "unresolved role") and a <= act.speaker.start and act.speaker.end <= b \
                    and (a, b) != (act.speaker.start, act.speaker.end):
                mention = replace(act.speaker, start=a, end=b, speaker="", as_written=text[a:b], how="unnamed source")
                result[result.index(act)] = replace(act, speaker=mention)
            continue
        earlier = [x for x in result if x.cue.start < cue.start and x.speaker.start < x.cue.start]
        if any(not _CLAUSE_BREAK.search(text, x.cue.end, a) for x in earlier) and not (
                text[a:b].split()[-1].lower() in _plural_heads() and _APPOSED_RELATIVE.search(text, max(x.cue.end for x in earlier), a)):
            # "Putin said the ministry had reported …": inside the first speaker's words ("…, a figure Western officials
            # believe is too low": the reporter's apposition gives a group its own voice)
            continue
        day, day_text = doc.speech.cue_days.get(cue.start, (None, ""))
        country = vocab.country_forms().get(text[a:b], ("", ""))
        if country[1] in ("country", "capital"):
            mention = _mentions.Mention(a, b, country[0], text[a:b], "country")
        else:
            holder = _speech.office_holder(doc, text[a:b], cue.start, doc.published if day is None else day,
                                            doc.speech.acts)
            mention = _mentions.Mention(a, b, holder, text[a:b], "role" if holder else "unnamed source")
        result.append(SpeechAct((sentence.start, sentence.end), cue, mention, day, day_text))
    return result


_ONE_OF_THEM = re.compile(r"(?:^|[,;]\s*|\s)(?:(?:and|but|while|though)\s+)?(?P<one>[Oo]ne|[Ss]ome|[Ss]everal|[Tt]wo|[Mm]any|"
                          r"[Mm]ost|[Oo]thers?)\s+of\s+them\s+(?:(?:also|even|later|further|[a-z]+ly)\s+)?$")
_COUNT_LEAD = re.compile(r"(?i:the|some|several|many|two|three|four|five|a\s+few|few|other)\s+")


def _member_of_group(doc, sentence, cue):
    """ "Russian war bloggers said the assault had failed, and one of them claimed that …": the member of the speaking
    group of this sentence or the one before speaks ("Russian war blogger (unnamed)"; "some of them": the group)."""
    text = doc.text
    one = _ONE_OF_THEM.search(text, max(sentence.start - 1, cue.start - 48, 0), cue.start)
    if one is None:
        return None
    lo = max(0, sentence.start - 400)
    group = next((a for a in reversed(_acts_between(doc, lo, cue.start)) if a.cue.start < cue.start
                  and not a.speaker.speaker and a.speaker.as_written.split()
                  and a.speaker.as_written.split()[-1].lower() in _plural_cue_heads()), None)
    if group is None:
        return None
    written = group.speaker.as_written
    written = written[_COUNT_LEAD.match(written).end():] if _COUNT_LEAD.match(written) else written
    if one.group("one").lower() == "one":
        words = written.split()
        label = " ".join(words[:-1] + [words[-1][:-1]]) + " (unnamed)"
    else:
        label = written
    a = one.start("one")
    return _mentions.Mention(a, cue.start - 1, label, text[a:cue.start].strip(), "unnamed source")


#: A finite verb right after a name: the name is a clause's subject ("said Russia had lost …"), not a speaker.
_FINITE_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|must|might)\b")


def _plural_heads() -> frozenset:
    """People who speak as a group, in the plural, before a verb of statement in the plural present, which the cue
    table leaves out (as nouns they are common): "officials claim …", "analysts estimate …", "intelligence officials
    believe …" (the ``plural_voice`` words of ``data/speech_words.csv``; people who speak, not "forces"/"troops":
    "Russian forces claim the village" is a capture, no statement)."""
    return vocab.speech_words()["plural_voice"]


#: One of them as a whole run of letters in lower-cased text (one search, not a list of every word of the sentence).
_PLURAL_HEAD_WORD = vocab.TablePattern("claims_plural_head_word", ("speech_words",), lambda: (  # (_plural_cue_heads)
    r"(?<![a-z])(?:" + trie_pattern(_plural_cue_heads()) + r")(?![a-z])"))


def _common_leads() -> frozenset:
    """Common words that open an unnamed group's label only because it opens the sentence ("Military analysts say"):
    the ``label_lead`` and ``plural_voice`` words of ``data/speech_words.csv``."""
    return vocab.compiled("claims_common_leads", ("speech_words",), lambda: (
        vocab.speech_words()["label_lead"] | vocab.speech_words()["plural_voice"]))


#: (the plural forms the cue table has — "say", "warn", "insist", "acknowledge", "concede" — are read by the layer)
_PLURAL_VERB = re.compile(r"\b(?:claim|estimate|believe|assess|report|admit|contend|maintain|caution|argue|note|"
                          r"conclude|predict|describe|think(?!\s+tanks?\b)|reckon)\b"
                          r"(?=\s+(?:that\s+)?[\w’'-]|[.!]?\s*$)")  # "…, Western officials believe."
_BEFORE_PLURAL_VERB = re.compile(r"(?P<np>(?P<head>[\w’'-]+)(?:\s+(?:in|at|from|with)\s+(?:the\s+)?[A-Z][\w’'-]*"
                                 r"(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+(?:office|headquarters|camp|team))?"  # "officials in Kyiv"
                                 r"|\s+(?:in|on|at|near|along|across|around|inside)\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,2}?"
                                 r"[a-z][\w’'-]*)?)"  # "commanders in the east", "gunners on the southern front"
                                 r"\s+(?:(?:now|still|also|[a-z]+ly)\s+)?(?:(?:continue|continued)\s+to\s+)?$")  # "now think"

_WHAT_BEFORE = re.compile(r"\bwhat\s+$", re.IGNORECASE)
_HEAD_BEFORE_GAP = re.compile(r"(?P<head>[\w’'-]+)$")
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]+-[a-z]+")

def _plural_cue_heads() -> frozenset:
    """The plural speaking nouns before a plural present verb of statement: the ``plural_voice`` words and the people of the
    ``speaking_group`` rows of ``speech_words.csv`` ("soldiers", "gunners", "intelligence services"), but not the
    reporters who carry words (conduits)."""
    return vocab.compiled("claims_plural_cue_heads", ("speech_words",), lambda: _plural_heads() | (
        vocab.speech_words()["speaking_group"] - {"journalists", "reporters"}))


def _plural_cues(text: str, start: int, end: int, known: set) -> list:
    """Claims only: a plural present verb of statement right after a plural speaking noun ("officials
    claim", "officials continue to report that …", "gunners on the southern front believe …", "intelligence
    services now think …")."""
    from saidvsdone.speech import Cue
    found = []
    heads = _plural_cue_heads()
    if _PLURAL_HEAD_WORD.search(text[start:end].lower()) is None:  # most sentences: no speaking group
        return found
    for m in _PLURAL_VERB.finditer(text, start, end):
        gap = _SUBJECT_GAP.search(text, max(start, m.start() - 160), m.start())  # "officials, speaking …, believe"
        if gap is not None and gap.start() < m.start() - 1:
            before = _HEAD_BEFORE_GAP.search(text, max(start, gap.start() - 40), gap.start())
        else:
            before = _BEFORE_PLURAL_VERB.search(text, max(start, m.start() - 64), m.start())
        if before is not None and before.group("head").lower() in heads and m.start() not in known \
                and not _WHAT_BEFORE.search(text, max(start, before.start() - 8), before.start()):  # "what officials describe as"
            found.append(Cue(m.start(), m.end(), m.group(0), "speech"))
    return found


_LEAD_WORD = re.compile(r"[\w’'-]+$")


def _plural_subject(text: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """(start, end) of the group before a plural present verb of statement that ``_subject_phrase`` does not read
    (a lower-case place or front after the head, an adverb before the verb: "Ukrainian gunners on the southern front
    believe", "Most Western intelligence services now think"): the head with its place, and up to three words before
    it back to a punctuation mark, a stop word or a determiner."""
    before = _BEFORE_PLURAL_VERB.search(text, max(s_start, cue_start - 64), cue_start)
    if before is None or before.group("head").lower() not in _plural_cue_heads():
        return None
    start, end = before.span("np")
    for _ in range(3):
        pos = start
        while pos > s_start and text[pos - 1] in " \t":
            pos -= 1
        word = _LEAD_WORD.search(text, max(s_start, pos - 40), pos) if pos < start else None
        if word is None or word.end() != pos or word.group(0).lower() in _NP_STOPS | _NP_DETERMINERS | _NP_LINKS:
            break
        start = word.start()
    return start, end


_STATEMENT_BY = re.compile(r"(?<![\w-])(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|assessment|"
                           r"analysis|update|briefing|readout|summary|post)\s+(?:by|from|of)\s+(?P<owner>[^,;:“”\"]{2,80}?)"
                           r"(?:\s*,\s*(?:published|released|issued|posted|dated)\b[^,;:“”\"]{0,60},)?"  # "…, published on Monday,"
                           r"\s+(?:(?:also|later|further)\s+)?$", re.IGNORECASE)
#: "the General Staff published its evening update, which said …": the publisher speaks
_PUBLISHED_WHICH = re.compile(r"(?<![\w-])(?P<owner>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5})\s+"
                              r"(?:published|released|issued|posted|put\s+out)\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:report|update|statement|assessment|summary|bulletin|analysis)\s*,\s*which\s+$")


_INVERTED_IT = re.compile(r",\s*(?:it|they)\s+(?:also\s+)?$")
_OPENING_IT = re.compile(r"\s*It\s+(?:also\s+|further\s+)?")
_QUESTION_LABEL = re.compile(r"\s*(?i:q|question|reporter|moderator|interviewer|journalist)(?:\s*\([^()\n]{1,40}\))?\s*:\s")


def _evidence_verbs() -> frozenset:
    """ "Geolocated footage indicates that …": the ``evidence_verb`` lemmas of data/speech_words.csv and their
    regular forms (indicate, indicates, indicated, indicating), a picture's inference, no speaker's words."""
    return vocab.compiled("claims_evidence_verbs", ("speech_words",), lambda: frozenset(
        form for lemma in vocab.speech_words()["evidence_verb"] for form in {lemma} | _speech.inflections(lemma)))


def _evidence_participles() -> frozenset:
    """ "…, indicating that …": the "-ing" forms of the ``evidence_verb`` lemmas (an inference, whatever the subject)."""
    return vocab.compiled("claims_evidence_participles", ("speech_words",),
                          lambda: frozenset(f for f in _evidence_verbs() if f.endswith("ing")))


#: "Geolocated footage indicates …": a picture as the subject of an evidence verb (the ``evidence_subject`` words of
#: data/speech_words.csv, any case)
_EVIDENCE_SUBJECT = vocab.TablePattern("evidence_subject", ("speech_words",), lambda: r"\b(?:" + (trie_pattern(
    vocab.speech_words()["evidence_subject"], ignore_case=True) or "(?!)") + r")\b", re.IGNORECASE)
_SOURCE_BY = re.compile(r"\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|assessment|analysis|update|"
                        r"briefing|estimate|estimates|data|figures|count|tally|map|maps|mapping)\b[^,;:“”\"]{0,60}?\s+by\s+"
                        r"(?:the\s+)?(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})")


_DEFINITE_ROLE = re.compile(r"[Tt]he\s+(?:\w+\s+){0,2}?(?:official|commander|general|spokesman|spokeswoman|spokesperson|"
                            r"officer|source|diplomat|adviser|advisor|governor|mayor|minister|colonel|chief)(?:-in-chief)?")


def _lede_roles() -> frozenset:
    """The unnamed roles of a lede the story names further down ("a Ukrainian military spokesman said" … "Vadym
    Lysenko, spokesman for …"): the ``lede_role`` words of data/speech_words.csv (lower case)."""
    return vocab.speech_words()["lede_role"]


def _lede_roles_pattern() -> str:
    return trie_pattern(_lede_roles()) or "(?!)"


#: "Vadym Lysenko, spokesman for the Khortytsia group of forces, said": a name with the role in apposition after it
_NAME_THEN_ROLE = vocab.TablePattern("name_then_role", ("speech_words",), lambda: r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+),"
                                     r"\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,4}?(?P<role>" + _lede_roles_pattern() + r")\b")


def _lede_named_later(doc, sentence, act) -> str:
    """ "…, a Ukrainian military spokesman said on Thursday" in a wire's lede, and "Vadym Lysenko, spokesman for the
    Khortytsia group of forces, said …" opening the next paragraph: the lede's unnamed role is that person (no person
    of the body spoke before it; the name comes within the two paragraphs after the lede's); "" otherwise."""
    written = act.speaker.as_written.split()
    roles = _lede_roles()
    role = next((w.lower() for w in written if w.lower() in roles), written[-1].lower())
    if act.cue.start - max(doc.headline_end, 0) > 2000:
        return ""  # not a lede (and no scan of every act before a verb far into a long text)
    indefinite = _INDEFINITE.match(act.speaker.as_written) or _ROLE_OF_A.match(act.speaker.as_written)
    if not indefinite or role not in roles or any(
            a.speaker.how in ("name", "title", "unknown name") for a in _acts_between(doc, doc.headline_end, act.cue.start)
            if a.cue.start < act.cue.start and not doc.sentence_at(a.cue.start).headline
            and doc.sentence_at(a.cue.start).paragraph != _deck(doc)):  # (a standfirst is no body)
        return ""
    # the role names its holder within six paragraphs (a caption or related link between is no paragraph; a
    # time stamp, a sign-up line or a neutral paragraph is)
    last = doc.story_ahead(sentence.paragraph, 6)
    match = _NAME_THEN_ROLE.search(doc.text, sentence.end, doc.paragraphs[last][1])
    while match is not None and match.group("role").lower() != role:
        match = _NAME_THEN_ROLE.search(doc.text, match.end(), doc.paragraphs[last][1])
    titled = _TITLE_THEN_NAME.search(doc.text, sentence.end, doc.paragraphs[last][1])
    first_voice = not any(not doc.sentence_at(a.cue.start).headline and doc.sentence_at(a.cue.start).paragraph != _deck(doc)
                          for a in _acts_between(doc, doc.headline_end, act.cue.start))
    while titled is not None and titled.group("role").lower() != role and not (
            role == "commander" and first_voice and titled.group("role").lower() in _commander_ranks()):
        # "the commander of a brigade" as the body's first voice … "Colonel A B" (further down, a commander and a
        # colonel may be two people)
        titled = _TITLE_THEN_NAME.search(doc.text, titled.start() + 1, doc.paragraphs[last][1])  # ("Colonel General A")
    if titled is not None and (match is None or titled.start() < match.start()):
        match = titled  # "a top Russian general" … "Colonel General A B, first deputy chief of …, said"
    if match is None:
        return _named_next(doc, sentence) if role in ("spokesman", "spokeswoman", "spokesperson") else ""
    named = [m for m in _mentions_between(doc, match.start(), match.end("name")) if m.speaker
             and m.start >= match.start() and m.end <= match.end("name")]
    return named[0].speaker if named else match.group("name")


def _named_next(doc, sentence) -> str:
    """ "…, a spokesman for X said on Thursday." then "A B told reporters …" opening the next paragraph: a full name
    the article has not mentioned before, speaking first thing in the paragraph after the lede's, is that spokesman."""
    nxt = doc.story_ahead(sentence.paragraph, 1)
    if nxt == sentence.paragraph:
        return ""
    a, b = doc.paragraphs[nxt]
    while a < b and doc.text[a].isspace():
        a += 1
    for act in _acts_between(doc, a, b):
        m = act.speaker
        if m.start == a and m.how in ("name", "unknown name") and " " in m.as_written.strip() \
                and act.cue.start - m.end <= 24 and doc.text.find(m.as_written.split()[-1], max(doc.headline_end, 0), a) < 0:
            return m.speaker
        break
    return ""


def _commander_ranks() -> frozenset:
    """Ranks a commander holds: "the commander of a brigade" in the lede, "Colonel A B" after it (the
    ``commander_rank`` words of data/speech_words.csv)."""
    return vocab.speech_words()["commander_rank"]


#: "Colonel General A B": the lede's role as the title before a name.
_TITLE_THEN_NAME = vocab.TablePattern("title_then_name", ("speech_words",), lambda: r"\b(?P<role>(?i:" + _lede_roles_pattern()
                                      + "|" + (trie_pattern(_commander_ranks()) or "(?!)") + r"))"
                                      r"\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+)")
#: "The commander of a Ukrainian brigade said": a definite role of an indefinite unit is as unnamed as "a commander"
_ROLE_OF_A = re.compile(r"the\s+[\w-]+\s+of\s+(?:a|an|one)\s", re.IGNORECASE)
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+(?:ed|ing)")
_NAME_BEFORE_VERB = re.compile(r",\s+([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)\s+$")
_AFTER_PARTICIPLE = re.compile(r"\s+(?:by|in|at|on|from|to|with|after)\b")


def _participle_not_name(doc, sentence, act):
    """ "Interviewed by AFP in Druzhkivka, …, Mykola said": a participle opening the sentence is no unknown name;
    the speaker is the name the layer found last before the verb."""
    m = act.speaker
    if m.how != "unknown name" or m.start != sentence.start or not _PARTICIPLE_OPENING.fullmatch(m.as_written) \
            or _AFTER_PARTICIPLE.match(doc.text, m.end) is None:
        return act
    named = [x for x in _mentions_between(doc, m.end, act.cue.start) if x.end <= act.cue.start and x.speaker
             and x.how in ("name", "title", "unknown name", "pronoun")]
    if named:
        return replace(act, speaker=named[-1])
    last = _NAME_BEFORE_VERB.search(doc.text, m.end, act.cue.start)  # "…, Mykola said": a name the layer knows elsewhere
    if last is None:
        return act
    name = last.group(1)
    known = next((a.speaker.speaker for a in doc.speech.acts if a.speaker.speaker
                  and a.speaker.speaker.split()[-1] == name.split()[-1]), name)
    return replace(act, speaker=_mentions.Mention(last.start(1), last.end(1), known, name, "unknown name"))


def _role_introduced(doc, act) -> str:
    """ "The spokesman noted …": the last person named before it within 80 characters of that role's word in
    the same sentence ("the spokesman of the Southern Defense Forces Vladyslav Voloshyn"); "" when none."""
    role = act.speaker.as_written.split()[-1].lower()  # ("the commander-in-chief": its whole word)
    words = (role,) + tuple(w for w in _words().role_synonyms.get(role, ()) if w != role)
    deputy = _DEPUTY.search(act.speaker.as_written) is not None  # "the deputy minister" is not the minister
    who = _mentions.people()
    begin = max(0, act.speaker.start - 4000)
    # (with the speakers of the acts before: a name the tables do not know is no mention of the layer's)
    before = sorted({*_mentions_between(doc, begin, act.speaker.start),
                     *(a.speaker for a in _acts_between(doc, begin, act.cue.start) if a.speaker.how == "unknown name")},
                    key=lambda m: (m.start, m.end))
    for m in reversed(before):
        if m.end > act.speaker.start or not m.speaker or m.how not in ("name", "unknown name", "title") \
                or not _mentions.could_be_person(m.speaker, who):
            continue
        sentence = doc.sentence_at(m.start)
        if sentence is None or sentence.headline:
            continue
        near = doc.text[max(sentence.start, m.start - 80):min(sentence.end, m.end + 80)].lower()
        # ("the military intelligence chief" after "A B, the head of Ukraine's military intelligence agency":
        # claim_words.csv role_synonym rows)
        if any(re.search(r"\b" + re.escape(word) + r"\b", near) for word in words) \
                and deputy == (_DEPUTY.search(near) is not None):
            return m.speaker
    # a name the layer never heard speak, printed right after the role ("… of the Southern Defense Forces V. V.")
    best = ""
    for match in _ROLE_THEN_NAME.finditer(doc.text, max(0, act.speaker.start - 4000), act.speaker.start):
        if match.group("role").lower() == role and not deputy and _mentions.gender(match.group("name")):
            best = match.group("name")
    return best


_ROLE_THEN_NAME = re.compile(r"\b(?P<role>(?i:(?:spokesman|spokeswoman|spokesperson|commander|official|officer|governor|mayor|"
                             r"minister|adviser|advisor|diplomat|colonel|general)(?:-in-chief)?))\b(?:\s+(?:of|for)\s+(?:the\s+)?"
                             r"(?:[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?)?){1,5}|,?\s+)(?P<name>[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+)\b")


def _named_later_only(doc, act) -> bool:
    """Is the layer's person for a role noun named nowhere before it (only further on)?"""
    mentions = doc.speech.mentions
    cached = getattr(doc, "_first_named_cache", None)  # speaker → where a name or title first names them
    if cached is None or cached[0] is not mentions:
        first: dict[str, int] = {}
        for m in mentions:
            if m.how in ("name", "title"):
                first[m.speaker] = min(first.get(m.speaker, m.start), m.start)
        cached = doc._first_named_cache = (mentions, first)
    named_at = cached[1].get(act.speaker.speaker)
    return named_at is not None and named_at > act.speaker.start


def _introduced_with(doc, act) -> str:
    """The last person named before the act whose sentence holds the role's word ("Lieutenant Colonel Andriy
    Horbenko … commands a battalion" for "the commander"); "" when none."""
    role = act.speaker.as_written.split()[-1].lower()
    root = re.escape(role[:6])
    best, text = "", doc.text
    for match in _PERSON_NAME.finditer(text, 0, act.speaker.start):
        name = match.group("name")
        if not _mentions.could_be_person(name, _mentions.people()):
            continue
        surname = re.escape(name.split()[-1])
        for said in re.finditer(r"\b" + surname + r"\b", text[:act.speaker.start]):
            sentence = doc.sentence_at(said.start())
            if sentence is not None and not sentence.headline and \
                    re.search(r"(?i)\b" + root, text[sentence.start:sentence.end]):
                best = name
                break
    return best


#: Two or more capitalised words after a rank or a title ("Lieutenant Colonel Andriy Horbenko").
_RANKS = "Colonel|General|Major|Captain|Commander|Lieutenant|Sergeant|Brigadier|Admiral"
_PERSON_NAME = re.compile(r"\b(?:" + _RANKS + r")\s+(?P<name>(?!(?:" + _RANKS + r")\b)[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+)\b")


_STATEMENT_SUBJECT = re.compile(r"(?:the|its|their|that)\s+(?:\w+\s+)?(?:statement|report|update|assessment|post|briefing|"
                                r"communique|readout|bulletin|release)", re.IGNORECASE)


def _statement_issuer(doc, sentence, act) -> str:
    """The institution (no person, no country) named last in this paragraph or the one before, which issued the
    statement an act names ("the press release"); "" when there is none."""
    first = doc.paragraphs[doc.story_back(sentence.paragraph, 1)][0] if sentence.paragraph < len(doc.paragraphs) else 0
    who = _mentions.people()
    bodies = [m for m in _mentions_between(doc, max(first, act.speaker.start - 600), act.speaker.start)
              if m.speaker and m.how in ("name", "title") and not _mentions.is_person(m.speaker, who)]
    return bodies[-1].speaker if bodies else ""


def _aside_goes_on(text: str, act) -> bool:
    """ "The front, as he put it, had become “a wall”": an aside on the statement just reported."""
    return act.cue.text.lower().endswith(" it") and _AS_HE_PUT.search(text, max(0, act.cue.start - 40), act.cue.start) is not None


def _goes_on(text: str, act) -> bool:
    """Does the attribution say the same statement goes on ("added", "also said", "the statement said")?"""
    verb = act.cue.text.lower()
    if _aside_goes_on(text, act):
        return True
    if verb not in _stating():
        return False  # "He also praised the cooks": no statement
    return (verb in ("added", "adds") or "also" in text[max(0, act.cue.start - 12):act.cue.start]
            or any(w in act.speaker.as_written.lower() for w in ("statement", "report", "update", "briefing")))


_AS_HE_PUT = re.compile(r"(?:^|[\s,;])[Aa]s\s+(?:he|she|they|[A-Z][\w’'-]+)\s+(?:has\s+|had\s+)?$")


def _stating() -> frozenset:
    """The verbs that say a statement goes on ("added", "also said"; not "also praised"): the ``stating_verb`` forms
    of data/speech_words.csv."""
    return vocab.speech_words()["stating_verb"]


def _institution_label(label: str) -> bool:
    """Is the label an institution ("it" may refer to it): not a person of the table nor a name."""
    if not _mentions.could_be_person(label, _mentions.people()):
        return True
    return label.split()[-1].lower() in _institution_heads() | {"force", "forces", "military", "army", "government",
                                                              "group", "ministry", "kremlin"}


#: "demand" as a verb of statement (a side's stated condition), which the cue table does not read.
_DEMAND = lazy_fail_fast(r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )\b(?:demand|demands|demanded|"
                         r"demanding)\b(?=\s+(?:that\b|the\b|a\b|an\b|security\b|full\b|\w+s\b))")
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$")
_SUBJECT_BEFORE_DEMAND = re.compile(r"(?<![\w’'-])(?P<who>[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[A-Z][\w’'-]+)\s+(?:(?:has|have|had|also|"
                                    r"again|then|is|was|are|were)\s+)*(?:(?:went\s+on|continued|continues|go\s+on)\s+to\s+)?$")


def _demands(text: str, start: int, end: int) -> list:
    from saidvsdone.speech import Cue
    if text.find("demand", start, end) < 0:  # most sentences: no regex at all
        return []
    return [Cue(m.start(), m.end(), m.group(0), "speech") for m in _DEMAND.finditer(text, start, end)]


#: "Per the General Staff, …", "…, per Ukraine's air force.": "per" as "according to" only where a clause may start (at
#: the sentence's start, after a comma or dash) and before a capitalised name or "the" ("per day", "per cent" never).
_PER = re.compile(r"[Pp](?:(?<=^[Pp])|(?<=[,;—–]\s[Pp])|(?<=\s-\s[Pp]))er\s+(?=(?:the\s+)?[A-Z])", re.MULTILINE)  # (P first)
_PER_PHRASE_END = re.compile(r"[,;.:!?\n]")


#: "Maps released by the group DeepState show that …", "Figures from the General Staff suggest that …": a document's
#: author states what its that-clause says (a document of nobody named, "Geolocated footage indicates …", is the outlet's
#: own evidence; "maps by X show Russian forces holding …" depicts, it states no proposition)
_SHOWN_BY = re.compile(r"\s*(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Nn]ew|[Ll]atest)\s+)?(?:[\w-]+\s+){0,2}?(?i:maps?|data|figures|"
                       r"statistics|estimates?|tally|count|report|analysis|assessment)"
                       r"(?:\s+(?:released|published|compiled|issued|posted|gathered|produced|put\s+out)\b[^,;:“”\"]{0,30}?)?"
                       r"\s+(?:by|from)\s+(?P<owner>(?:the\s+)?[^,;:“”\"]{2,80}?)\s+"
                       r"(?P<verb>show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)\s+that\b")


_TRAILING_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:of|for|on|the|[A-Z][\w’'-]*))*$")


def _shown_by_cues(text: str, start: int, end: int) -> list:
    from saidvsdone.speech import Cue
    match = _SHOWN_BY.match(text, start, end) if text.find(" by ", start, end) >= 0 or \
        text.find(" from ", start, end) >= 0 else None
    return [Cue(match.start("verb"), match.end("verb"), match.group("verb"), "speech")] if match is not None else []


def _per_cues(text: str, start: int, end: int) -> list:
    from saidvsdone.speech import Cue
    if text.find("er ", start, end) < 0:
        return []
    return [Cue(m.start(), m.start() + 3, "per", "source") for m in _PER.finditer(text, start, end)
            if m.start() == start or text[m.start() - 2] in ",;—–-"]


def _per_owner(doc, cue, s_end: int):
    """ "Per the General Staff, …": the body or person named after "per", up to the next punctuation."""
    stop = _PER_PHRASE_END.search(doc.text, cue.end, s_end)
    b = stop.start() if stop is not None else s_end
    return _named_body(doc, cue.end, b, cue.start)


def _named_body(doc, a: int, b: int, pos: int):
    """The speaker named in ``[a, b)``: a name, else a bare role ("the General Staff") as the body of that name that
    spoke before ``pos`` ("Ukraine's General Staff said …"), else that role as written; None when none is there."""
    named = [m for m in _mentions_between(doc, a, b) if a <= m.start and m.end <= b and m.how != "pronoun"]
    for m in named:
        if m.speaker:
            return m
        words = re.sub(r"^(?:the|a|an)\s+", "", m.as_written, flags=re.IGNORECASE).lower()
        spoke = [x.speaker.speaker for x in _acts_between(doc, 0, pos)
                 if x.speaker.speaker and x.speaker.speaker.lower().endswith(words)]
        if spoke:
            return replace(m, speaker=spoke[-1])
        written = re.sub(r"^(?:the|a|an)\s+", "", m.as_written, flags=re.IGNORECASE)
        at = a
        for _ in range(6):  # "… a spokesman for Ukraine's General Staff" written before: that country's body
            at = doc.text.rfind(written, 0, at)
            owner = _OWNER_BEFORE.search(doc.text, max(0, at - 24), at) if at > 0 else None
            if owner is not None and owner.group(1) in vocab.country_forms():
                label = _table_label(f"{owner.group(1)} {written}")
                if label != f"{owner.group(1)} {written}":
                    return replace(m, speaker=label)
            if at <= 0:
                break
        return replace(m, how="unnamed source")
    return None


_OWNER_BEFORE = re.compile(r"([\w’'-]+)\s+$")


def _demand_subject(doc, s_start: int, cue):
    """Who demands: a name right before the verb, or "he"/"she" (the person who spoke last), "it"/"they"
    (the institution or country that spoke last)."""
    match = _SUBJECT_BEFORE_DEMAND.search(doc.text, max(s_start, cue.start - 60), cue.start)
    if match is None:
        return None
    a, b = match.span("who")
    word = match.group("who").lower()
    if word in ("he", "she"):
        who = _mentions.people()
        for act in reversed([x for x in _acts_between(doc, cue.start - 799, cue.start) if x.cue.start < cue.start]):
            if act.speaker.speaker and _mentions.could_be_person(act.speaker.speaker, who):
                return _mentions.Mention(a, b, act.speaker.speaker, doc.text[a:b], "pronoun")
        return None
    if word in ("it", "they"):
        last = _last_institution(doc, cue.start)
        return None if last is None else replace(last, start=a, end=b, as_written=doc.text[a:b])
    named = [m for m in _mentions_between(doc, a, a + 1) if m.start == a and m.speaker
             and m.how in ("name", "title", "country")]
    return named[0] if named else None


_STAMPED_LABEL = re.compile(r"\s*(?:\d{1,2}[.:]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:BST|GMT|CET|CEST|EET|EEST|MSK|UTC|ET)?\s*|"
                            r"[-•*–]\s+)")


#: "Its data show …", "The group's maps suggest …": a body's own data speaking for it.
_ITS_DATA = re.compile(r"\s*(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:group|institute|monitor|project|agency|ministry|service)[’']s)\s+"
                       r"(?:(?:latest|own|new|updated|daily|weekly|monthly)\s+)?(?:data|figures|maps?|estimates?|count|tally|"
                       r"analysis|assessment)\s+(?P<cue>show|shows|showed|suggest|suggests|suggested|indicate|indicates|"
                       r"indicated)\b")
#: "The group's map(s)" right before the verb of ``_ITS_DATA``: a map depicts (only its that-clause states)
_MAPS_BEFORE = re.compile(r"\bmaps?\s+$")


def _its_data(doc, sentence) -> list:
    """ "DeepState, a monitoring group, …. Its data show Russia captured 389 square kilometres …": the data of the
    institution (not a person, not a country) named last before, in this paragraph or the one before, speak for it."""
    from saidvsdone.speech import Cue, SpeechAct
    match = _ITS_DATA.match(doc.text, sentence.start, sentence.end)
    if match is None:
        return []
    if _MAPS_BEFORE.search(doc.text, match.start(), match.start("cue")) and not _THAT.match(doc.text, match.end()):
        return []  # "The group's map showed Russian troops in control of …": a map depicts; only its that-clause states
    who = _mentions.people()
    paragraph = doc.paragraphs[doc.story_back(sentence.paragraph, 1)][0] if sentence.paragraph < len(doc.paragraphs) \
        else sentence.start
    bodies = [m for m in _mentions_between(doc, max(paragraph, sentence.start - 600), sentence.start) if m.speaker
              and m.how in ("name", "title") and not _mentions.is_person(m.speaker, who)]
    if not bodies:
        return []
    cue = Cue(match.start("cue"), match.end("cue"), match.group("cue"), "speech")
    return [SpeechAct((sentence.start, sentence.end), cue, replace(bodies[-1], how="pronoun"), None, "")]


def _stamped_label(doc, sentence) -> list:
    """ "11.20 BST Zelensky: front is holding near Pokrovsk": a known speaker's name and a colon after a
    live blog's time stamp or a bullet."""
    from saidvsdone.speech import Cue, SpeechAct
    stamp = _STAMPED_LABEL.match(doc.text, sentence.start, sentence.end)
    if stamp is None or not stamp.group(0).strip():
        return []
    named = [m for m in _mentions_between(doc, stamp.end(), stamp.end() + 1)  # (bisection: no scan per sentence)
             if m.start == stamp.end() and m.speaker and m.how in ("name", "title")]
    if not named or doc.text[named[0].end:named[0].end + 1] != ":":
        return []
    m = named[0]
    return [SpeechAct((sentence.start, sentence.end), Cue(m.end, m.end + 1, ":", "speech"), m, None, "")]


#: A subhead quoting its speaker's words with the colon inside the closing mark, then who spoke:
#: "Kharkiv 'can be held, but more shells needed:' Commander of Ukraine's Ground Forces".
_QUOTED_COLON_LABEL = re.compile(r"[^\n]*?[‘'\"“][^’'\"”\n]{3,200}?(?P<colon>:)\s*[’'\"”]\s+"
                                 r"(?P<who>[A-Z][^\n:.!?“”\"]{2,80}?)\s*$")


def _quoted_restated(doc, sentence) -> list:
    """ "Russia's 'steady gains' around Lyman": a headline with no speaker whose quoted words (two or more)
    stand in the body's reported speech after its verb: that speaker's claim, the quote mark as the cue."""
    from saidvsdone.speech import Cue
    acts = doc.speech.acts
    cached = getattr(doc, "_restated_tails_cache", None)
    if cached is None or cached[0] is not acts:
        # the body's acts that may restate a headline's quote, and the words after each one's verb, lower-cased and
        # joined by NUL once per document: one search per quote finds the first act holding its words (issue 17: a
        # transcript or a live blog has hundreds of headline lines; each used to slice and lower every act again)
        kept = [act for act in acts if not (act.sentence[0] < doc.headline_end or not act.speaker.speaker
                                            or act.speaker.start > act.cue.start)]
        tails = [doc.text[act.cue.end:act.sentence[1]].lower() for act in kept]
        starts, at = [], 0
        for tail in tails:
            starts.append(at)
            at += len(tail) + 1
        cached = doc._restated_tails_cache = (acts, kept, tails, starts, "\0".join(tails))
    _, kept, tails, starts, joined = cached
    for quote, _ in _quotes_in(doc, sentence.start, sentence.end):
        words = doc.text[quote.span.start:quote.span.end].strip(" ,.;:!?").lower()
        if len(words.split()) < 2:
            continue
        if "\0" in words:
            found = next((k for k, tail in enumerate(tails) if words in tail), None)
        else:
            at = joined.find(words)
            found = bisect_left(starts, at + 1) - 1 if at >= 0 else None
        if found is not None:
            act = kept[found]
            # no words of the headline are attribution: speaker and cue stand empty at its start
            cue = Cue(sentence.start, sentence.start, "'", "speech")
            who = replace(act.speaker, start=sentence.start, end=sentence.start)
            return [replace(act, sentence=(sentence.start, sentence.end), cue=cue, speaker=who, date=None)]
    return []


#: A headline's subject right before a quote mark ("Russia 'can be fought …'"), not a label with a colon.
_HEADLINE_SUBJECT_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w’'-]*\s+$")


def _quoted_subhead(doc, sentence) -> list:
    """A paragraph of one line with no closing stop whose quoted words end in a colon inside the mark,
    followed by a speaker's name or role: the speaker, read as a headline's label is."""
    from saidvsdone.speech import Cue, SpeechAct
    match = _QUOTED_COLON_LABEL.match(doc.text, sentence.start, sentence.end)
    if match is None or sentence.paragraph >= len(doc.paragraphs) \
            or doc.text[sentence.end:doc.paragraphs[sentence.paragraph][1]].strip():
        return []
    head = match.group("who").split()[0].lower().split("-")[0]
    if head not in _speaking_heads() and not any(m.speaker for m in _mentions_between(doc, match.start("who"),
                                                                                     match.start("who") + 1)):
        return []
    cue = Cue(match.start("colon"), match.end("colon"), ":", "speech")
    who = _mentions.Mention(match.start("who"), match.end("who"), "", match.group("who"), "unknown name")
    holder = _speech.office_holder(doc, match.group("who"), cue.start, doc.published, doc.speech.acts)
    if holder:  # "Commander-in-chief of Ukraine's Armed Forces": whoever held the office that day
        return [SpeechAct((sentence.start, sentence.end), cue, replace(who, speaker=holder, how="role"), None, "")]
    return [_headline_inverted(doc, sentence, SpeechAct((sentence.start, sentence.end), cue, who, None, ""),
                               after=False)]


#: "according to the report," / "according to its latest update,": a statement named with no author.
_THE_REPORT = re.compile(r"\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|update|post|briefing|"
                         r"communique|readout|bulletin|summary|assessment|release)\s*,", re.IGNORECASE)


def _report_owner(doc, sentence, act):
    """ "The General Staff published its morning report. According to the report, Russia had lost …":
    the author of the report is the institution (not a person, not a country) named last before it in
    the paragraph, not a name inside what the report says; the act unchanged otherwise."""
    if act.cue.kind != "source" or act.speaker.start < act.cue.end:
        return act
    report = _THE_REPORT.match(doc.text, act.cue.end, sentence.end)
    if report is None or act.speaker.start < report.end():
        return act
    who = _mentions.people()
    paragraph = doc.paragraphs[sentence.paragraph][0] if sentence.paragraph < len(doc.paragraphs) else sentence.start
    bodies = [m for m in _mentions_between(doc, max(paragraph, act.cue.start - 600), act.cue.start) if m.speaker
              and m.how in ("name", "title") and not _mentions.is_person(m.speaker, who)]
    if not bodies:
        return act
    return replace(act, speaker=replace(bodies[-1], how="pronoun"))


#: A subject with a capitalised name in apposition before the verb ("The US research center, the Institute for War
#: Studies, recently announced"): the head's phrase, then the name between commas.
_APPOSED_SUBJECT = re.compile(r"\s*(?P<head>[^,;:“”\"]{3,80}?),\s+(?:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|on|and)"
                              r"\s+(?:the\s+)?)?[A-Z][\w’'.-]*)+),\s+(?:(?:[a-z]+ly|also|has|have|had)\s+)*")
def _reordered_name(label: str) -> str:
    """An organisation's name written with its words reordered or inflected ("Institute for War Studies"):
    the speakers table's organisation whose name has the same content words (of three or more), else ""."""
    return _mentions.reordered_body(label, _mentions.people())  # (one reading with the mentions layer's)


_BODY_NAME = vocab.TablePattern("apposed_body", ("speech_words",),  # data/speech_words.csv, kind apposed_body
                                lambda: r"\b(?:" + vocab.capitalised_words("apposed_body") + r")\b")
#: Words before a speaking group that are no part of its label ("but Western officials", "Some officials").
_LABEL_LEAD = re.compile(r"^\s*(?:(?:but|and|yet|while|whereas|when|after|since|because|before|until|once)\s+)?(?:(?:(?:in|of|from|by)\s+)?what\s+)?"
                         r"(?:(?:some|many|several|other|most)\s+)?(?=\S)",
                         re.IGNORECASE)
_THEY_BEFORE = re.compile(r"\s*(?P<they>They|they|(?:Several|Some|Many|Most|Both|All|A\s+few|Two|Three)\s+of\s+them)\s+"
                          r"(?:\w+ly\s+|also\s+)?")
_OF_THEM = re.compile(r"(?i:several|some|many|most|both|all|a\s+few|two|three)\s+of\s+them")
#: A group of people opening a sentence ("Russian military bloggers, who …, have been less discreet"): whom "they" or
#: "several of them" in the next sentence may be.
_GROUP_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?(?P<group>(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z][\w’'-]*\s+){0,2}?"
                            r"(?:officials|sources|analysts|experts|commanders|bloggers|milbloggers|correspondents|"
                            r"observers|generals|soldiers|troops|diplomats|ministers|leaders|authorities))\b")


#: The outlet speaking of its own checks ("ISW cannot verify this claim", "ISW has not observed evidence").
_OWN_CHECK = fail_fast(r"\b(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})\s+(?:cannot|can\s+not|has\s+not|have\s+not|"
                        r"will\s+not|does\s+not)\s+(?:yet\s+|independently\s+)?(?:verify|verified|confirm|confirmed|"
                        # ("Ukraine's General Staff does not publish figures": a habit of a source, no check of ours)
                        r"observe|observed|(?<!does\snot\s)publish|seen)\b")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NO_SPEAKER = re.compile(r"\s*(?:neither|nobody|no\s+one|none)\b", re.IGNORECASE)
_AGENTLESS_SOURCE = re.compile(r"(?:the\s+)?(?:(?:preliminary|initial|early|latest|updated|official|unofficial|available|"
                               r"rough|recent|new|first|current)\s+)*(?:estimates?|data|figures|information|reports?|"
                               r"calculations?|counts?|assessments?|results?)", re.IGNORECASE)
#: The outlet's own signature: "…, Ukrinform reports." closing a sentence, a "/TASS/." dateline, a "Kyiv • UKRINFORM"
#: line, "(MENAFN- UkrinForm)": what it "reported earlier" is its own narration.
_OUTLET_SIGN = re.compile(r",\s+(?P<a>[A-Z][\w-]+)\s+reports\.|/(?P<b>[A-Z]{3,})/\.|^[A-Z][\w-]*\s+•\s+(?P<c>[A-Z]{3,})\s*$"
                          r"|\(MENAFN-\s*(?P<d>[A-Z][\w-]+)\)", re.MULTILINE)
#: Past-tense verbs that report an institution as a third party ("ISW said", "the institute wrote").
_REPORTED_PAST = re.compile(r"(?:said|wrote|assessed|estimated|reported|noted|added|stated|concluded|found|warned|"
                            r"claimed|announced|published|says|writes)$", re.IGNORECASE)


def _own_voice(doc) -> frozenset:
    """The institutions that write the article itself: one that speaks of its own checks ("ISW cannot verify
    this claim", "ISW has not observed …") and is never reported by a verb of saying in the past ("ISW said", "the
    institute wrote", "the report says"): its "ISW assesses that …" is the outlet's narration, not a claim."""
    cached = getattr(doc, "_claims_own_voice", None)
    if cached is not None:
        return cached
    own = set()
    for check in _OWN_CHECK.finditer(doc.text):
        a, b = check.span("who")
        named = [m.speaker for m in _mentions_between(doc, a, b) if a <= m.start < b and m.speaker and m.how == "name"]
        if named and not _mentions.is_person(named[0], _mentions.people()):
            own.add(named[0])
        elif not named and _ACRONYM.fullmatch(check.group("who")):
            own.add(check.group("who"))  # "CFA has not observed …": an institution no table knows, by its acronym
    for act in doc.speech.acts:
        if act.speaker.speaker in own and _REPORTED_PAST.search(act.cue.text.strip()):
            own.discard(act.speaker.speaker)
    for sign in _OUTLET_SIGN.finditer(doc.text):  # "…, Ukrinform reports.", "/TASS/", "Kyiv • UKRINFORM"
        who = next(w for w in sign.groups() if w)
        own.update((who, who.capitalize()))
    doc._claims_own_voice = frozenset(own)
    return doc._claims_own_voice


def _institution_spoke_last(doc, pos: int) -> bool:
    """Whether the last speaker before ``pos`` (within 600 characters) is an institution, named or not
    ("Britain's defence ministry said …. The update said …"); a person's "report" is not read so."""
    before = [a for a in _acts_between(doc, pos - 599, pos) if a.cue.start < pos]
    if not before:
        return False
    last = before[-1].speaker
    if last.speaker:
        return not _mentions.is_person(last.speaker, _mentions.people())
    heads = last.as_written.lower().split()
    return bool(heads) and heads[-1] in _institution_heads()


def _last_institution(doc, pos: int):
    """The mention of the last speaker before ``pos`` that is not a person (within 600 characters)."""
    who = _mentions.people()
    for act in reversed([a for a in _acts_between(doc, pos - 599, pos) if a.cue.start < pos]):
        if act.speaker.speaker and not _mentions.is_person(act.speaker.speaker, who):
            return replace(act.speaker, how="pronoun")
    return None


def _source_owner(doc, cue, s_end: int):
    """ "according to an analysis of open-source maps by the Finnish Black Bird Group": the author."""
    match = _SOURCE_BY.match(doc.text, cue.end, s_end)
    if match is None:
        return None
    a, b = match.span("owner")
    known = [m for m in _mentions_between(doc, a, b) if a <= m.start < b and m.speaker and m.how in ("name", "title")]
    if known:
        return known[0]
    return _mentions.Mention(a, b, "", doc.text[a:b], "unnamed source")


def _statement_owner(doc, s_start: int, cue_start: int):
    """ "A report by the Institute for the Study of War said …": the author of the statement speaks."""
    match = _STATEMENT_BY.search(doc.text, max(s_start, cue_start - 140), cue_start)
    published = _PUBLISHED_WHICH.search(doc.text, max(s_start, cue_start - 140), cue_start) if match is None else None
    if published is not None:  # "the General Staff published its update, which said"
        return _named_body(doc, *published.span("owner"), cue_start)
    if match is None:
        return None
    a, b = match.span("owner")
    named = [m for m in _mentions_between(doc, a, b + 1) if a <= m.start and m.end <= b and m.speaker
             and m.how != "pronoun"]
    return named[0] if named else None


def _subject_phrase(text: str, s_start: int, cue_start: int) -> tuple[int, int] | None:
    """(start, end) of the noun phrase right before a speech verb when its head can speak, else None."""
    gap = _SUBJECT_GAP.search(text, max(s_start, cue_start - 160), cue_start)  # the gap's aside runs to 120
    end = gap.start() if gap is not None else cue_start
    words = []  # (start, end, word) leftwards
    pos = end
    while pos > s_start and len(words) < 9:
        lo = max(s_start, pos - 64)  # the last word before ``pos``, not a search from the sentence's start each time
        match = _NP_WORD.search(text, lo, pos)
        if match is not None and match.start() == lo > s_start:
            match = _NP_WORD.search(text, s_start, pos)  # a word longer than the look-back: all of it
        if match is None or text[match.end():pos].strip():
            break  # punctuation ends the phrase
        words.append((match.start(), match.end(), match.group(0)))
        pos = match.start()
        while pos > s_start and text[pos - 1] in " \t":
            pos -= 1
        if pos > s_start and text[pos - 1] in "\n":
            break
    if not words:
        return None
    first_head = 0
    if vocab.country_forms().get(words[0][2], ("", ""))[1] in ("country", "capital"):
        a, b = words[0][:2]  # "Moscow has repeatedly said": the country speaks
        if not _AFTER_PREPOSITION_CLAIMS.search(text, max(s_start, a - 12), a):
            return a, b
    if words[0][2].lower() not in _speaking_heads():
        # "the governor of Belgorod", "officials in the Zaporizhzhia region": a place after the head
        k = 1 if words[0][2].lower() in _words().area_nouns and len(words) > 1 and words[1][2][:1].isupper() else 0
        j = k + 1
        if j < len(words) and words[j][2].lower() == "the":
            j += 1
        if not (len(words) > j + 1 and words[k][2][:1].isupper() and words[j][2] in _NP_LINKS
                and _is_head(words[j + 1][2])):
            return None
        first_head = j + 1
    start = words[first_head][0]
    for k, (a, _, word) in enumerate(words):
        lower = word.lower().rstrip(".")
        if k <= first_head:
            continue
        if lower in _NP_STOPS or lower in _FUNCTION_VERBS:
            break
        if lower in _NP_DETERMINERS:
            start = a
            if k + 2 < len(words) and words[k + 1][2].lower() in _NP_LINKS and _is_head(words[k + 2][2]):
                continue  # "the head of the … administration": the head speaks
            break
        if lower in _NP_LINKS:
            if k + 1 < len(words) and _is_head(words[k + 1][2]):
                continue  # "the governor of Belgorod": keep reading leftwards
            break
        if not word[:1].isalnum() or lower in _NP_LINKS:
            break
        start = a
    # a phrase may not begin with a link word, nor be governed by a preposition
    first = text[start:words[0][1]].split()[0].lower()
    if first in _NP_LINKS:
        return None
    if _AFTER_PREPOSITION_CLAIMS.search(text, max(s_start, start - 12), start):
        return None
    return start, words[0][1]


def _is_head(word: str) -> bool:
    """A noun that can head a speaker's phrase ("spokesman", "commander-in-chief")."""
    lower = word.lower()
    return lower in _speaking_heads() or lower in _mentions.generic_roles() or lower.split("-")[0] in _speaking_heads()


_FUNCTION_VERBS = frozenset("did does do can cannot".split())
_AFTER_PREPOSITION_CLAIMS = re.compile(r"\b(?:in|into|to|from|on|at|of|with|against|for|by|near|over)\s+$",
                                       re.IGNORECASE)


#: A country word that modifies a person noun ("a senior US official", "two Russian officers"): up to
#: two modifiers before it, up to two words after it, then the person noun.
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z][\w-]*)\b")
_MODIFIERS_BEFORE = re.compile(r"(?P<det>\b(?:a|an|one|another|the)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}$", re.IGNORECASE)


def _country_modifies(text: str, mention) -> tuple[int, int] | None:
    """The span of the unnamed person's noun phrase when the country the layer took for a speaker only
    modifies a person noun after it ("according to a senior US official"); None otherwise.

    Example:
        >>> from types import SimpleNamespace as N
        >>> text = "Troops advanced, according to a senior US official."
        >>> a, b = _country_modifies(text, N(start=39, end=41))
        >>> _label_as_written(text[a:b])
        'senior US official (unnamed)'
    """
    words, at = [], mention.end
    while len(words) < 3 and (word := _NEXT_LOWER_WORD.match(text, at)) is not None:
        words.append(word)
        at = word.end()
    after = next((w for w in words if _unnamed_person(w.group(1))), None)  # "US military official"
    if after is None or any(w.group(1).lower() in _NP_STOPS for w in words[:words.index(after)]):
        return None
    before = _MODIFIERS_BEFORE.search(text[max(0, mention.start - 40):mention.start])
    if before is None or before.group("det") is None:
        return None  # "Russia said officials …" is no phrase; "a senior US official" is
    start = mention.start - (len(text[max(0, mention.start - 40):mention.start]) - before.start("det"))
    return start, after.end(1)


def _attribution_spans(acts, text: str, end: int) -> list[tuple[int, int]]:
    """The words of each attribution: subject and cue with what stands between them when they are
    adjacent ("Putin said", "according to the ministry"); apart, each on its own ("Putin …, saying")."""
    spans = []
    for a in acts:
        first, second = sorted([(a.cue.start, a.cue.end), (a.speaker.start, a.speaker.end)])
        between = text[first[1]:second[0]]
        if (second[0] - first[1] <= 40 and len(between.split()) <= 4) or _APPOSITIVE.fullmatch(text, first[1], second[0]):
            spans.append((first[0], max(first[1], second[1])))  # "Zaluzhnyi, Ukraine's army chief, said"
        else:
            spans.extend([first, second])
        if a.speaker.start > a.cue.start:  # "…, said the commander-in-chief of the armed forces."
            tail = _CLAUSE_END.search(text, a.speaker.end, end)
            spans.append((a.speaker.end, tail.start() if tail else end))
    return spans


_APPOSITIVE = re.compile(r"\s*,[^,“”\"]{1,120},\s*(?:\w+\s+){0,2}")
#: a reporter's gloss on a direct quote: ", referring to …", ", apparently alluding to …" up to the sentence's end
#: (and a gesture the reporter saw: "“…,” he said, pointing to a screen that showed a burnt-out column")
#: the speech cue "see no sign" (data/speech_cues.csv), which a headline reads with its headline verb "see"
_SEE_NO_SIGN = re.compile(r"(?i)(?:see|sees|saw|seen)\s+(?:no|little)\s")
_GLOSS = re.compile(r",\s*(?:(?:apparently|presumably|clearly|seemingly)\s+)?(?:(?:referring|alluding|in\s+reference)\s+to|"
                    r"(?:pointing|gesturing|nodding|motioning)\s+(?:to|at|towards))\b"
                    r"[^;“”\"]*?(?=[.!]?\s*$)")
_CLAUSE_END = re.compile(r"[,;:“”\"]")
_TAIL_CONTENT = re.compile(r"\b(?:that|adding|saying|claiming|noting|insisting|warning|stressing|as|while|but|although|"
                           r"though|who|which|whose|after|before|because|since)\b|[;:“”\"]"
                           r"|,\s+(?:\w+ly\s+)?(?!speaking\b)[a-z]+ing\b")  # ", pledging to liberate …": a clause of its own


def _scopes(text: str, s_start: int, s_end: int, by_speaker: dict, every_act) -> dict[str, tuple[int, int]]:
    """Each speaker's part of a sentence with two speakers: what follows its attribution up to the
    next one ("Russia said it had taken the village, but Ukraine said …"), else what precedes it
    back to the previous one ("…, Lavrov said, while …"); {} when the parts cannot be told apart.
    Every attribution of the sentence bounds a part, a conduit's too ("…, UNN reports")."""
    def span(act):
        return min(act.cue.start, act.speaker.start), max(act.cue.end, act.speaker.end)
    if len({acts[0].cue.start for acts in by_speaker.values()}) == 1 \
            and all(acts[0].cue.kind == "source" for acts in by_speaker.values()):
        return {}  # "…, according to Ukrainian officials and Russian military bloggers": one source cue, both say it all
    bounds = sorted({span(a) for a in every_act} | {span(a) for acts in by_speaker.values() for a in acts})
    scopes, resumes = {}, []
    for label, acts in by_speaker.items():
        a, b = span(acts[0])
        after = (b, min((x for x, _ in bounds if x >= b), default=s_end))
        # "…, Zelensky said on Monday, as Gerasimov said …": an inverted cue's words end at the clause
        # that opens the next voice; what it says is before it
        stop = _NEXT_VOICE.search(text, *after)
        after = (after[0], stop.start()) if stop is not None else after
        before = (max((y for _, y in bounds if y <= a), default=s_start), a)
        if re.search(r":\s*$", text[before[0]:a]):
            before = (a, a)  # "Ukraine war latest: Russia claims …": a voice opening after a colon says nothing before it
        inserted = _INSERTED_VOICE.match(text, *after) if after[1] < s_end else None
        resumed = _RESUMED_THAT.search(text, after[1], s_end) if inserted is not None else None
        if resumed is not None:  # "X said on Thursday, a day after Y claimed that P, that Q": X's words are Q
            scopes[label] = (resumed.start(), s_end)
            resumes.append(resumed.start())
        elif _scope_words(text, *after) >= 2:
            scopes[label] = after
        elif _scope_words(text, *after) and re.search(r";\s*$", text[before[0]:a]):
            scopes[label] = after  # "…; Trump says he is 'disappointed' in Putin": a speaker opening its clause
        elif _scope_words(text, *before) >= 2:
            scopes[label] = before
        else:
            return {}
    for cut in resumes:  # the inserted voice's words end where the first one's "that" resumes
        scopes.update({label: (a, cut) for label, (a, b) in scopes.items() if a < cut < b})
    return scopes


#: "…, a day after" / ", as" / ", hours before" ending a voice's part right before another voice's subject,
#: with no "that" of its own: an inserted clause; the first voice's "that" comes back after it (", that …")
_INSERTED_VOICE = re.compile(r"(?:(?!\bthat\b)[^;:“”\"])*,\s*(?:(?:a|one|two|three|several|some|just|only)\s+"
                             r"(?:days?|hours?|weeks?)\s+)?(?:after|before|as|when|while|since)\s+(?:the\s+)?$",
                             re.IGNORECASE)
_RESUMED_THAT = re.compile(r",\s*that\s", re.IGNORECASE)


def _speaker_known(acts) -> bool:
    return any(a.speaker.speaker for a in acts)


#: The call-up of people (not the troops or weapons an arms industry's words may stand beside).
_CALL_UP = re.compile(r"\b(?:mobili[sz](?:ation|e|ed|ing)|conscription|conscripts|call-up|reservists)\b", re.IGNORECASE)
_MODAL_BEFORE = lazy_fail_fast(r"\b(?:would|will|could|might|may|must|should|shall|can)\s+(?:not\s+|never\s+)?$", re.IGNORECASE)
#: Where a clause that brings in another voice begins (", as Gerasimov said", ", while Kyiv said").
_NEXT_VOICE = re.compile(r",\s*(?:as|while|whereas|but|after)\s|;", re.IGNORECASE)
#: "A B said Syrskyi had reported that …": a speaker right after the outer verb whose own verb is backshifted ("had
#: reported") is what the outer speaker relays: the outer speaker's claim
_RELAYED = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){1,3}had\s+(?:(?:also|earlier|already|previously)\s+)?")
#: Where one speaker's "that" clause ends and another's statement may begin ("…, but Ukraine said").
_CLAUSE_BREAK = re.compile(r",\s*(?:while|but|whereas|and)\b|;", re.IGNORECASE)
_APPOSED_RELATIVE = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,8}?(?:(?:that|which)\s+)?$")
_ANOTHER_CLAUSE = re.compile(r"(?:,\s*(?:while|but|whereas|and)|;)\s+(?:[\w’'.-]+\s+){1,8}$", re.IGNORECASE)


def _before_another_voice(doc, s_end: int, acts) -> tuple[int, int] | None:
    """The part of a sentence after its one attribution and before a second speech verb that opens
    its own clause (", while the governor said …"), when the layer found no speaker for that verb."""
    own = {a.cue.start for a in acts}
    first = min(acts, key=lambda a: a.cue.start)
    start = max(first.cue.end, first.speaker.end)
    cues = doc.speech.cues
    starts = getattr(doc, "_claim_cue_starts", None)
    if starts is None:
        starts = doc._claim_cue_starts = [c.start for c in cues]
    for cue in cues[bisect_left(starts, start):bisect_left(starts, s_end)]:
        if cue.start in own:
            continue
        clause = _ANOTHER_CLAUSE.search(doc.text, start, cue.start)
        if clause is not None and _scope_words(doc.text, start, clause.start()) >= 2:
            return start, clause.start()
    return None


def _scope_words(text: str, a: int, b: int) -> int:
    """Lower-case content words in ``a:b``, not counting speech verbs (", UNN reports." is no content)."""
    from saidvsdone.speech import cue_table
    cues = cue_table()[0]
    return sum(1 for m in _CONTENT_WORD.finditer(text, a, b)
               if m.group(0)[0].islower() and m.group(0) not in _FUNCTION_WORDS and m.group(0) not in cues
               and m.group(0) not in _report_words())


def _report_words() -> frozenset:
    """Words of a closing attribution that are no content (", UNN reports.", "the channel's posts"): the
    ``report_word`` words of data/speech_words.csv, beside the speech verbs of the cue table."""
    return vocab.speech_words()["report_word"]


#: A trailing participle naming the statement just reported ("…, calling them “a provocation”", "…, describing it as
#: fake"): the speaker's word for the words, no content of its own.
_CALLING_THEM = re.compile(r",\s+(?:calling|describing|branding|labelling|labeling|terming|dismissing)\s+(?:them|it|this|"
                           r"those|these|the\s+(?:reports?|claims?|figures?|allegations?|accounts?))\b[^;:]*$")
#: A refusal before a participle cue: "X declined to comment on the timing, saying only that …" says nothing of the timing.
_REFUSAL_BEFORE = re.compile(r"\b(?:declined|declines|refused|refuses|(?:would|did|does|could)\s+not)\s+(?:to\s+)?"
                             r"(?:comment|say|give|discuss|elaborate|confirm|speculate|disclose)\b", re.IGNORECASE)


#: A speech verb coordinated after another verb of the same subject ("… and said", "…, and also said")
_AND_BEFORE = re.compile(r"\band\s+(?:also\s+|then\s+|later\s+)?$")


def _claim(doc, sentence, label, acts, lexicon, scope: tuple[int, int] | None = None,
           going_on: str | None = None) -> dict | None:
    s_start, s_end = sentence.start, sentence.end
    text = doc.text
    attribution = _attribution_spans(acts, text, s_end)
    if scope is not None:  # the other speaker's part of the sentence is not this speaker's content
        attribution += [(s_start, scope[0]), (scope[1], s_end)]
    for a in acts:  # "rejected reports that …, calling them “a provocation”": the speaker's word for the statement
        # (the sentence's end is the pattern's "$": a colon further down the article is no part of the tail)
        tail = _CALLING_THEM.match(text, a.cue.start - 2, s_end) if a.cue.start - 2 > s_start else None
        if tail is not None and tail.end() >= s_end - 2 and any(
                b.cue.text.lower().startswith(_words().rejection_cues + _words().denial_cues) for b in acts):
            attribution.append((a.cue.start, s_end))
    for a in acts:  # "thanked the Dutch for air defence systems and said he hoped for more": what he was thanked for
        # is no content of the coordinated statement (ceremony_cue of claim_words.csv: thanks, praise, honours)
        if _AND_BEFORE.search(text, max(s_start, a.cue.start - 16), a.cue.start) and any(
                m.group(0).lower().startswith(_words().ceremony_cues)
                for m in _CONTENT_WORD.finditer(text, s_start, a.cue.start)):
            attribution.append((s_start, a.cue.start))
    for a in acts:  # "declined to comment on reports of a meeting, saying only that …": what follows the participle
        if a.cue.text.lower().endswith("ing") and _REFUSAL_BEFORE.search(text, s_start, a.cue.start):
            attribution.append((s_start, a.cue.start))
    quotes_here = _quotes_in(doc, s_start, s_end)
    direct = [(q.span.outer_start, q.span.outer_end) for q, r in quotes_here if r.kind == "direct"]
    if sentence.headline:  # "Russia 'can be fought, but more arms needed:' Army chief": the subject stands
        # before the quote mark, so the quoted words are a partial quote of the headline's own sentence
        direct = [(a, b) for a, b in direct if not _HEADLINE_SUBJECT_BEFORE.search(text, s_start, a)]
    # the reporter's own words in the sentence, outside the attribution and direct quotes
    # a headline's own words after a quote are few ("'We are advancing': Putin hails gains in Donbas")
    needed = (2 if sentence.headline else 3) if direct else 1
    if direct:  # "“…,” the ministry wrote, referring to the start of the operation": the reporter's gloss (a quote)
        attribution += [m.span() for m in _GLOSS.finditer(text, s_start, s_end)]
        tail = max(b for _, b in direct)
        if any(tail <= a.cue.start < s_end for a in acts) and not _TAIL_CONTENT.search(text, tail, s_end):
            # "“…,” a drone commander with the call sign Lynx told the AP by phone.": all after the quote attributes
            attribution.append((tail, s_end))
    if not _enough_content(text, s_start, s_end, attribution + direct, needed):
        return None  # “…,” he said. : a quote, not reported speech
    words, starts = _span(doc, s_start, s_end)
    first, last = 0, len(words)
    # what the sentence reports: not the attribution, not a direct quote standing in it
    matches = _sentence_matches(doc, lexicon, s_start, s_end, words)
    anchors = [m.span() for m in _WAR_AS_TIME.finditer(text, s_start, s_end)]
    # "…, and Russia's offensive has gained far less ground than Moscow claims": scepticism about a side's claim
    # types nothing (no progress claim) unless it is all the sentence reports
    sceptic = _sceptic_spans(text, s_start, s_end)
    topics = _topics(lexicon, words, first, last, starts, attribution + direct + anchors + sceptic, doc, matches)
    if sceptic and not [t for t in topics if t not in _EXCLUDING]:
        topics = _topics(lexicon, words, first, last, starts, attribution + direct + anchors, doc, matches)
    fine = _fine_type(lexicon, words, first, last, starts, attribution + direct + sceptic, matches)
    if fine is not None and any(starts[a] <= fine[2] and fine[1] <= starts[b] for pattern, a, b in matches
                                if b > a and pattern in lexicon.topic_set and pattern.key == "offtopic"):
        fine = None  # "open to talks with Washington on a new arms control treaty": the formula is the idiom's
    military = [t for t in topics if t not in _EXCLUDING]
    if not military and not fine:  # "Russia says it has taken Vuhledar", "We will hold Chasiv Yar"
        place = _words().takes_place.search(text, s_start, s_end) or _words().place_taken.search(text, s_start, s_end)
        if place is None and sentence.headline:  # "Zelenyi Hai taken, Russia says", "Toretsk falls — Kremlin"
            place = _headline_place_taken().search(text, s_start, s_end)
        if place is not None and not any(x <= place.start() < y for x, y in attribution + direct) \
                and place.group("place") not in vocab.country_forms() \
                and not any(m.start == place.start("place") and m.how in ("name", "title") and m.speaker
                            for m in doc.speech.mentions):  # "take Biden at his word": a person, no place
            military = ["territory"]
    asked = _ASKED_ABOUT.search(text, s_start, s_end) if not military and not fine else None
    if asked is not None and _NO_COMMENT.search(text, asked.end(), s_end):
        asked = None  # "asked about the losses, said the Kremlin does not comment": no statement on them
    if asked is not None:  # "Peskov, asked about new talks, said Moscow's position had not changed"
        topics = _topics(lexicon, words, first, last, starts, [(s_start, asked.start(1)), (asked.end(1), s_end)],
                         doc, matches)
        military = [t for t in topics if t not in _EXCLUDING]
    if not military and not fine and not sentence.headline and not any(t in _EXCLUDING for t in topics if t != "theatre"):
        # "The offensive has stalled. It is going very slowly, he said": the pronoun's topic is the sentence before's
        before = _topic_before(doc, lexicon, sentence, attribution)
        topics = topics + [t for t in before if t not in topics]
        military = [t for t in before if t not in _EXCLUDING]
    if not military and not fine and going_on and not any(t in _EXCLUDING for t in topics if t != "theatre"):
        military = [going_on]  # the speaker's statement of the sentence before goes on
    if not military and not fine and sentence.headline and not any(t in _EXCLUDING for t in topics if t != "theatre"):
        restated = _restated_body_topic(doc, lexicon, label, acts, scope or (s_start, s_end))
        military = [restated] if restated else military  # "Zelensky says the ball is now in Russia's court"
    if not military and not fine:
        return None
    if "civilian" in topics and not fine and (not any(t in _MILITARY_TOPICS for t in military) or (
            "strikes" in military and set(military) <= {"strikes", "mobilisation", "losses"}
            and _CIVILIAN_TOLL.search(text, s_start, s_end))):
        # civilian damage and casualty reports are not about the war's course ("Russian forces launched glide bombs
        # at residential areas, injuring 13 civilians": the attackers named are no movement of forces)
        return None
    if sentence.headline and _HEADLINE_TOLL.match(text, s_start, s_end) and "mobilisation" not in military and not fine:
        return None  # "Three killed as missiles hit Kharkiv, governor says": a headline's toll names no soldiers
    refusal = _NO_COMMENT.match(text, acts[0].cue.end, s_end) if len(acts) == 1 else None
    if refusal is not None and not _BUT.search(text, refusal.end(), s_end):
        return None  # "said that it would not comment on the operation until …": a refusal, no statement
    vocabulary = _words()
    if (not _speaker_known(acts) and any(vocabulary.witness.search(a.speaker.as_written.strip()) for a in acts)
            and not any(t in _COURSE_TOPICS for t in military)):
        return None  # a witness's account of what soldiers did; "residents said the troops had left" stays
    if any(vocabulary.market_voice.search(text, min(a.speaker.start, a.cue.start), a.cue.start) for a in acts
           if a.speaker.start < a.cue.start):
        return None  # "Oil traders said a ceasefire would push prices lower": a market's forecast
    if "conduct" in topics and not any(t in _COURSE_TOPICS for t in military):
        return None  # an allegation about the other side's conduct
    if all(a.cue.text.lower().startswith(vocabulary.allegation_cues) for a in acts) and (
            not any(t in _COURSE_TOPICS for t in military) or "conduct" in topics or "civilian" in topics):
        return None  # "accused Russia of shelling …": an allegation; "accused Kyiv of derailing the talks": a claim
    if "elsewhere" in topics and "theatre" not in topics:
        return None  # another war ("Israeli troops advanced into Gaza")
    if "offtopic" in topics and "theatre" not in topics and set(military) <= set(_SOFT_TOPICS):
        return None  # "his team advanced to the quarter-finals", "prices were advancing"
    ceremony = "ceremony" in topics or any(a.cue.text.lower().startswith(vocabulary.ceremony_cues) for a in acts)
    if ceremony and set(military) <= {"mobilisation"} and not fine:
        return None  # thanks, praise, honours for the troops: no statement about the war's course
    if "meeting" in topics and not fine and set(military) <= {"strikes", "mobilisation", "negotiations", "goals"}:
        return None  # "he had discussed air defence with the chancellor": a meeting, not a claim
    if "logistics" in topics and set(military) <= {"goals"} and not fine:
        return None  # "Putin had no plans to visit the region": a travel plan, not a war plan
    if "industry" in topics and set(military) <= {"strikes", "mobilisation"} and not fine \
            and not _CALL_UP.search(text, s_start, s_end):
        # "had signed a contract for 100,000 drones": arms production, not the war's course ("mobilisation would not
        # produce combat-ready units" speaks of people called up, not of arms)
        return None
    if "logistics" in topics and set(military) <= {"negotiations"} and (
            not fine or (fine[0] == "negotiations" and " " not in text[fine[1]:fine[2]].strip())):
        return None  # who travels to or meets whom for talks: diplomatic logistics, not a position
    # "X, who had warned on Monday that …, said on Thursday …": the main verb's cue and day
    inner = _speech.aside_acts(text, acts) if len(acts) > 1 else ()
    main = [a for a in acts if a not in inner] if inner else acts
    act = min(main, key=lambda a: a.cue.start)
    date, basis = _date(doc, main, label)
    quoted = [text[q.start:q.end] for q, r in quotes_here if r.kind != "scare"]
    claim_type = fine[0] if fine else military[0]
    military = military or [claim_type]
    phrase_start, phrase_end = (fine[1], fine[2]) if fine else (s_start, s_start)
    # "not going to plan", "Russia is not winning, he said", "denied that …" (a denied negation affirms)
    negated = _content_negated(text, s_start, s_end, attribution + anchors, fine)
    # the verb that introduces the content is the speaker's last before it ("told reporters … and denied that …")
    governing = max((a for a in acts if a.cue.end <= (phrase_start if fine else s_end)), default=act,
                    key=lambda a: a.cue.start)
    negated = negated != (governing.cue.text.lower().startswith(vocabulary.denial_cues)
                          or _rejects_statement(text, governing, s_end))
    return {
        "speaker": label, "speaker_as_written": act.speaker.as_written, "attribution": act.speaker.how,
        "cue": " ".join(act.cue.text.split()), "claim_type": claim_type, "topics": "|".join(military),
        "quoted_words": " | ".join(quoted), "phrase": text[phrase_start:phrase_end],
        "pattern": fine[3] if fine else "", "source": "headline" if sentence.headline else "reported",
        "headline": sentence.headline, "carried": False, "negated": negated, "quote_id": "",
        "statement_date": date, "date_basis": basis, "start": _after_stamp(text, s_start, s_end),
        "end": _trim_end(text, s_start, s_end),
        "phrase_start": phrase_start, "phrase_end": phrase_end, "via": doc.speech.via(s_start, label),
    }


def _fits_voice(noun: str, voice: str) -> bool:
    """Whether "the ``noun``'s" can stand for the speaker ``voice``: a word of its label ("the institute's" for the
    Institute for the Study of War), or one person's noun ("general", "analyst": an ``unnamed_person``,
    ``second_reference`` or ``generic_role`` word of data/speech_words.csv) for a person (not "the ministry's" for
    a general)."""
    lower, words = noun.lower(), vocab.speech_words()
    if re.search(r"\b" + re.escape(lower) + r"\b", voice.lower()):
        return True
    return _kind_of(voice) in ("person", "") and (
        lower in words["unnamed_person"] or lower in words["second_reference"] or lower in _mentions.generic_roles())


def _placed_back(doc, claim: dict) -> bool:
    """Whether a body claim's words are placed back in time ("Earlier, on 9 October, X stated …", "The previous day,
    the ministry had said …"): a headline tells the news, not that earlier statement, so it takes none of its day."""
    return any(e.back for e in doc.speech.events if claim["start"] <= e.pos < claim["end"])


#: Content that opens with a pronoun standing for what the sentence before named ("It is going well", "We are
#: holding", "This will not happen") and says little more.
_PRONOUN_CONTENT = re.compile(r"[\s,]*(?:that\s+)?(?:it|they|we|this|that)\b(?:\s+[\w’'-]+){0,5}?[\s,.;!]*(?-i:[A-Z][\w’'.-]*\s*)*$", re.IGNORECASE)


#: "to cover that distance", "at this pace": a demonstrative and its noun after a verb or preposition of the content
_DEMONSTRATIVE = re.compile(r"\b(?P<before>[a-z]+)\s+(?:this|that|these|those)\s+(?:[a-z]+\s+)?"
                            # (no time: "for this year", "by that time", "these days")
                            r"(?!(?:year|years|month|months|week|weeks|weekend|days|time|times|morning|afternoon|evening|"
                            r"night|summer|winter|spring|autumn|season|point)\b)[a-z]{4,}\b"
                            r"(?!\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|do|can|may|might|must|"
                            r"should)\b)")


def _points_back(text: str, start: int, end: int) -> bool:
    """A demonstrative noun phrase in the content that is no conjunction's "that" ("said that troops …", "so that")."""
    from saidvsdone.speech import cue_table
    cues = cue_table()[0]
    return any(m.group("before") not in cues and m.group("before") not in ("so", "now", "and", "but", "such")
               for m in _DEMONSTRATIVE.finditer(text, start, end))


def _topic_before(doc, lexicon, sentence, attribution) -> list[str]:
    """The topics of the sentence before, in the same paragraph and with no speech of its own, when this
    sentence's content is a short clause opening with a pronoun ("The situation at the front is difficult. We
    are holding, the commander said."); [] otherwise."""
    cuts = sorted((max(a, sentence.start), min(b, sentence.end)) for a, b in attribution
                  if b > sentence.start and a < sentence.end)
    pieces, at = [], sentence.start
    for a, b in cuts:
        pieces.append((at, a))
        at = max(at, b)
    pieces.append((at, sentence.end))
    # the content is the longest stretch outside the attribution ("This week, according to X, the answer came")
    content_start, content_end = max(pieces, key=lambda p: len(doc.text[p[0]:max(p)].split()))
    if content_end <= content_start:
        return []
    pronoun = _PRONOUN_CONTENT.fullmatch(doc.text, content_start, content_end) is not None
    # "… told journalists that Russia did not have the strength to cover that distance": a demonstrative after a
    # verb or preposition of the content points back to what the sentence before described (past a paragraph break
    # too when this sentence opens its paragraph)
    pointing = not pronoun and _points_back(doc.text, content_start, content_end)
    if not pronoun and not pointing:
        return []
    previous = doc.sentence_at(sentence.start - 1) or (doc.sentence_at(sentence.start - 2) if sentence.start > 1 else None)
    if previous is None and pointing:
        previous = next((s for s in reversed(doc.sentences) if s.end <= sentence.start), None)
    if previous is None or previous.headline or _acts_between(doc, previous.start, previous.end) or (
            previous.paragraph != sentence.paragraph and not (pointing and previous.paragraph == sentence.paragraph - 1
                                                              and doc.paragraphs[sentence.paragraph][0] >= sentence.start
                                                              - 2)):
        return []
    words, starts = _span(doc, previous.start, previous.end)
    return _topics(lexicon, words, 0, len(words), starts, [], doc)


#: A live blog's time stamp heading an entry ("14:02 — ", "9.15 GMT - "): the page's furniture, not the claim.
_LIVE_STAMP = re.compile(r"\s*\d{1,2}[.:]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:BST|GMT|CET|CEST|EET|EEST|MSK|UTC|ET)?"
                         r"\s*[—–-]\s*(?=\S)")


def _after_stamp(text: str, start: int, end: int) -> int:
    """Where a sentence's words begin after a live blog's time stamp ("14:02 — Zelensky said …")."""
    stamp = _LIVE_STAMP.match(text, start, end)
    return stamp.end() if stamp is not None else start


_STATEMENT_OBJECT = re.compile(r"\s+(?:(?:the|this|that|these|those|such|its|their|his|her|[A-Z][\w’'-]*[’']s?)\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:claims?|reports?|statements?|assertions?|allegations?|accounts?|"
                               r"figures?|suggestions?|accusations?)\b|\s+(?:as\s+\w+\s+)?that\s+(?=(?:the|its|their|his|her|it|they|he|she|we|"
                               r"there)\b|(?-i:[A-Z]))(?!\w+\s*[,.;])",
                               re.IGNORECASE)


def _rejects_statement(text: str, act, s_end: int) -> bool:
    """Does a rejecting cue take a statement, not a thing, as its object? "…, a claim Kyiv rejected"
    (the content stands before the rejecting speaker and nothing follows the verb), "Kyiv dismissed
    the report", "Kyiv rejected that": the content is then the other side's claim, which this speaker
    says is not so. "Putin rejected the negotiation process" rejects no statement.

    Example:
        >>> from types import SimpleNamespace as N
        >>> text = "Russia said it had taken the village, a claim Kyiv rejected."
        >>> _rejects_statement(text, N(cue=N(text="rejected", start=51, end=59), speaker=N(start=46)), len(text))
        True
    """
    if not act.cue.text.lower().startswith(_words().rejection_cues):
        return False
    if act.speaker.start < act.cue.start and _scope_words(text, act.cue.end, s_end) == 0:
        return True
    return _STATEMENT_OBJECT.match(text, act.cue.end) is not None


#: A negation of the verb it stands with: "not", "n't", "never", "no longer", "no", "hardly", "neither …
#: nor" (one negation), "failed to"; "not only", a directive's "not to" ("warned Moscow not to use …") and
#: the idioms of certainty ("no doubt", "had no choice") negate nothing.
_NEGATION = re.compile(r"(?=[nhcf])"  # (the first letters of the words below: fails at once at any other character)
                       r"(?:\bnot\s+(?:only|to)\b|\bno\s+(?:doubt|choice|alternative|question|fewer|more|less|later|sooner|further|small|little)\b|\bno\s+longer\b|\bneither\b.*?\bnor\b|\b(?:not|never|no|hardly|neither|nor|"
                       r"cannot)\b|n[’']t\b|\b(?:failed|fails|fail|failing)\s+to\b)", re.IGNORECASE)
#: Where the main content clause ends: a subordinate or another clause begins ("…, which had not …",
#: "… because the enemy had not …", "…, but …", "; …").
_SUBORDINATE = re.compile(r"(?=[;:—–(\s,wbatusi])"  # (the first characters of the branches below, as _NEGATION's)
                          r"(?:[;:—–(]|\s-\s|,\s*(?:and|but|or|which|who|whom|whose|where|when|while|whereas|although|"
                          r"though|because|since|as|after|before|until|unless|if|despite|adding|saying|even|"
                          r"a\s+claim|an?\s+\w+\s+that)\b|\b(?:which|who|whom|whose|where|because|although|though|"
                          r"unless|whereas|while|since|after|before|until|if|that)\b)", re.IGNORECASE)
#: A noun whose "that" clause is its content, not the end of the main clause ("the claim that …").
_NOUN_BEFORE_THAT = re.compile(r"\b(?:claims?|reports?|statements?|assertions?|allegations?|suggestions?|news|fact|idea|"
                               r"notion|assurances?|rumou?rs?)\s+$", re.IGNORECASE)
#: A subordinate clause that opens the content ("Although the reserves had not arrived, the troops …").
_OPENING_SUBORDINATE = re.compile(r"\s*(?:although|though|because|since|if|unless|while|when|after|before|as|"
                                  r"despite|even\s+though|even\s+if)\b[^,]*,", re.IGNORECASE)
#: The start of the content after the cue: "(on Monday, in a statement) that".
_NOT_NEGATING = frozenset("only to doubt choice alternative question fewer more less later sooner further small "
                          "little".split())
_CONTENT_OPENS = re.compile(r"[\s,]*(?:(?:(?:on|in|at|during|earlier|late|last|this|yesterday|today|tonight|late)\b"
                            r"[^,;“”\"]{0,40}?\s)?that\b)?[\s,]*", re.IGNORECASE)


_THAN_CLAIMS = re.compile(r"\bthan\s+(?:[\w’'-]+\s+){1,4}?(?:claims?|claimed|says|said|reports?|reported|suggests?|"
                         r"suggested|admits?|admitted|acknowledges|acknowledged|maintains|insists|insisted|"
                         r"believes|believed|thinks|estimates|estimated)\b", re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"[,;:—–]\s*(?:(?:and|but|yet|while|whereas)\s+)?|\b(?:but|while|whereas)\s+", re.IGNORECASE)


def _sceptic_spans(text: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """The clauses comparing with a side's claim ("has gained far less ground than Moscow claims"): from the
    clause's opening (a comma, "and", "but") to the claim verb."""
    spans = []
    if "than" not in text[s_start:s_end].lower():  # most sentences (the pattern's literal, in any case)
        return spans
    for match in _THAN_CLAIMS.finditer(text, s_start, s_end):
        opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, s_start, match.start())]
        spans.append((opens[-1] if opens else s_start, match.end()))
    return spans


def _content_negated(text: str, s_start: int, s_end: int, skip: list[tuple[int, int]], fine) -> bool:
    """Does a negation govern the verb of the claim's main content clause? The content is the longest
    stretch of the sentence outside the attribution (and outside another speaker's part); its main
    clause runs from its start (after "that", after an opening subordinate clause) to the first
    subordinate or coordinate clause. An odd number of negations there negates the claim ("never failed
    to" affirms, "not only … but" affirms); a negation a claim phrase spells out is the claim's own
    ("the offensive is not over"), and one in the attribution ("did not say") or in a subordinate clause
    ("…, which had not been rotated") is not the claim's.

    Example:
        >>> text = "Russia had not made advances, he said, because its reserves were exhausted."
        >>> _content_negated(text, 0, len(text), [(29, 38)], None)
        True
        >>> text = "He said Russia had made advances, which Kyiv had not expected."
        >>> _content_negated(text, 0, len(text), [(0, 7)], None)
        False
    """
    cuts = sorted((max(a, s_start), min(b, s_end)) for a, b in skip if b > s_start and a < s_end)
    pieces, at = [], s_start
    for a, b in cuts:
        if a > at:
            pieces.append((at, a))
        at = max(at, b)
    if at < s_end:
        pieces.append((at, s_end))
    pieces = [(a, b) for a, b in pieces if _CONTENT_WORD.search(text, a, b)]
    if not pieces:
        return False
    a, b = max(pieces, key=lambda p: len(_CONTENT_WORD.findall(text, *p)))  # (the count of its content words)
    a = _CONTENT_OPENS.match(text, a).end()
    opening = _OPENING_SUBORDINATE.match(text, a, b)
    if opening is not None:
        a = opening.end()
    spans, at = [], a  # the main clause: cut at its first subordinate clause, but an aside closed by a
    while True:        # comma before the verb is stepped over ("troops, who are exhausted, had not retreated")
        end = _SUBORDINATE.search(text, at, b)
        while end is not None and end.group(0).lower() == "that" and _NOUN_BEFORE_THAT.search(text, at, end.start()):
            end = _SUBORDINATE.search(text, end.end(), b)  # "Russia's claim that it had taken X was not true"
        if end is None or end.start() <= a:
            spans.append((at, b))
            break
        spans.append((at, end.start()))
        close = text.find(",", end.end(), b) if end.group(0).startswith(",") else -1
        if close < 0 or not _CONTENT_WORD.search(text, close + 1, b) or ";" in text[end.end():close]:
            break
        at = close + 1
    own = set()
    if fine is not None:  # the phrase's own negation words ("not over", "no plans for now")
        spelled = set(re.findall(r"[\w’']+", fine[3].lower()))
        own = {m.start() for m in re.finditer(r"[\w’']+", text[fine[1]:fine[2] + 1])
               if m.group(0).lower() in spelled}
        own = {fine[1] + x for x in own}
    count = 0
    for m in (m for x, y in spans for m in _NEGATION.finditer(text, x, y)):
        word = m.group(0).lower()
        if word.split()[0] in ("not", "no") and word.split()[-1] in _NOT_NEGATING or m.start() in own:
            continue
        count += 1
    return count % 2 == 1


def _sentence_matches(doc, lexicon, start: int, end: int, words) -> list:
    """Topic and phrase matches of one sentence, once for all its speakers."""
    cache = getattr(doc, "_claim_matches", None)
    if cache is None:
        cache = doc._claim_matches = {}
    if (start, end) not in cache:
        cache[(start, end)] = lexicon.both.matches(words, 0, len(words))
    return cache[(start, end)]


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


def _enough_content(text: str, start: int, end: int, skip: list[tuple[int, int]], needed: int) -> bool:
    """Does the sentence hold ``needed`` of the reporter's own content words outside ``skip``?"""
    count = 0
    for m in _CONTENT_WORD.finditer(text, start, end):
        if m.group(0).lower() not in _FUNCTION_WORDS and not any(a <= m.start() < b for a, b in skip):
            count += 1
            if count >= needed:
                return True
    return False


#: What may stand between "fires" and the weapons fired ("fires nearly 650 drones", "fired at least 40 missiles").
_FIRED_QUALIFIERS = frozenset("nearly almost about around over more than at least up to some another its their "
                              "dozens hundreds of a barrage ballistic cruise attack kamikaze".split())


def _fires_weapon(words, at: int) -> bool:
    """Is the damage word at ``at`` the verb to fire, followed by what is fired past numbers and qualifiers only
    ("Russia fires nearly 650 drones"), not a blaze ("a fire broke out after drones hit …", "the fire")?"""
    if at and words[at - 1][1][1:] in ("a", "the", "of", "and"):
        return False
    for stem_form in words[at + 1:at + 6]:
        form = stem_form[1][1:]
        if form in _words().fired_weapons:
            return True
        if not (form in _FIRED_QUALIFIERS or form.replace(",", "").replace(".", "").isdigit()):
            return False
    return False


def _counted_places(form: str, vocabulary) -> bool:
    """A settlement noun in the plural ("villages", "towns", "settlements": the ``settlement_noun`` words of
    ``claim_words.csv`` with an "s"): the head of a count of places ("several villages")."""
    return form.endswith("s") and form[:-1] in vocabulary.settlement_nouns


def _topics(lexicon, words, first, last, starts, skip, doc=None, matches=None) -> list[str]:
    found, setting = [], set()
    vocabulary = _words()
    if matches is None:
        matches = lexicon.topics.matches(words, first, last)
    # a war word inside an off-topic phrase is not a war word ("not to lose their nerve" is no loss)
    idioms = [(a, b) for pattern, a, b in matches if pattern in lexicon.topic_set and pattern.key == "offtopic" and b > a]
    for pattern, a, b in matches:
        if pattern not in lexicon.topic_set:
            continue
        if any(x <= starts[a] < y for x, y in skip) or (doc is not None and pattern.key != "elsewhere"
                                                          and _name_part(doc, words, starts, a)):
            continue  # (another war's name is capitalised: "the Second World War", "Nazi Germany")
        key = pattern.key
        if key != "offtopic" and any(x <= a and b <= y for x, y in idioms):
            continue
        if key == "offtopic" and a == b and any(x <= a <= y for p, x, y in matches if y > x and p in lexicon.topic_set
                                                and p.key not in _EXCLUDING):
            continue  # "preparing to storm the western districts": the word is the war phrase's, not the weather's
        if key == "territory" and words[a][1][1:] in vocabulary.capture_forms and any(
                w[1][1:] in vocabulary.captives for w in words[b + 1:b + 5]):
            key = "losses"  # "captured three marines": people taken prisoner, not ground
        elif key == "territory" and any(w[1][1:] in vocabulary.evacuees for w in words[max(first, a - 2):b + 1]):
            key = "civilian"  # "moving civilians out of the city", "residents were leaving the town": an evacuation
        elif key == "civilian" and a == b and words[a][1][1:] in vocabulary.damage_events \
                and any(w[1][1:] in vocabulary.materiel for w in words[max(first, a - 6):a + 7]):
            continue  # "the cruiser was seriously damaged", "a fire on the frigate": equipment, not civilian damage
        elif key == "civilian" and a == b and words[a][1][1:] in vocabulary.damage_events and _fires_weapon(words, a):
            continue  # "Russia fires nearly 650 drones": the verb to fire, no blaze
        elif key == "pace" and a == b and words[a][1][1:].endswith(("ly", "fast", "faster")) and any(
                p in lexicon.topic_set and p.key == "industry" and a - 3 <= y and x <= b + 4
                and not any(w[1][1:] == "than" for w in words[b + 1:x]) for p, x, y in matches):
            continue  # "to quickly increase supplies and production": an adverb of the factories' speed, not the war's
            # ("firing shells faster than allies could produce them" compares the war's pace with the factories')
        elif key == "civilian" and words[a][1][1:] == "people" and any(
                w[0] in vocabulary.loss_stems for w in words[max(0, a - 5):a]):
            key = "losses"  # "Russia had lost 1,000 people a day": a side's casualties, not civilians
        elif key == "territory" and a == b and b + 1 < len(words) and (
                words[b + 1][1][1:] in vocabulary.setting_nouns or words[b + 1][1][1:] in vocabulary.settlement_nouns):
            setting.add(key)  # "the besieged port city": where it happened, not what happened (unless beside more)
            continue
        elif key == "territory" and b == a + 1 and len(pattern.elements) == 2 and pattern.elements[1].skip_before <= 1 \
                and _counted_places(words[b][1][1:], vocabulary):
            # "cutting electricity to several villages", "to leave two towns": a count of places is a battlefield
            # result ("claims two more villages") unless civilian words make it where the damage was (as above)
            setting.add(key)
            continue
        if key not in found:
            found.append(key)
    if setting and "civilian" in found and "territory" not in found:
        pass  # "10,000 civilians had died in the besieged port city": a casualty report set in a place
    elif setting and "territory" not in found:
        found.append("territory")
    order = {t: n for n, t in enumerate(TOPICS)}
    return sorted(found, key=lambda t: order.get(t, len(order)))




def _fine_type(lexicon, words, first, last, starts, skip, matches=None):
    """(claim type, phrase start, phrase end, pattern) of the first, longest claim phrase, or None."""
    best = None
    if matches is None:
        matches = lexicon.phrases.matches(words, first, last)
    for pattern, a, b in matches:
        if pattern not in lexicon.phrase_set:
            continue
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
        if act.date is not None and not _evidence_day(doc, act):
            return act.date, f"{act.date_text} → {act.date.date()}"
    act = acts[0]
    if _HABITUAL.search(doc.text, max(act.sentence[0], act.cue.start - 30), act.cue.start) \
            or _HABITUAL_AFTER.match(doc.text, act.cue.end):
        return pd.NaT, "habitual: no one occasion"  # "Putin has repeatedly said …", "has said several times"
    if label != act.speaker.speaker and doc.speech.in_summary(act.cue.start):
        # a live blog's summary bullet, "- Russia claims it captured X": the post below of the body it stands for
        date, basis = doc.speech.fallback_date(label, act.cue.start, doc.published)
        if basis.startswith("summary bullet"):
            return date, basis
    date, basis = doc.speech.fallback_date(act.speaker.speaker or label, act.cue.start, doc.published)
    if not pd.isna(date) and doc.speech.perfect_after_dated(doc.text, act.speaker.speaker or label, act.cue.start,
                                                            act.sentence[0]):
        return pd.NaT, "present perfect: an unspecified earlier occasion"
    if pd.isna(date) and label != act.speaker.speaker:  # "Russia claims …" in a headline: the body's speaker
        date, basis = doc.speech.fallback_date(label, act.cue.start, doc.published)
    if pd.isna(date):
        layer_cues = getattr(doc, "_claim_layer_cues", None)
        if layer_cues is None:
            layer_cues = doc._claim_layer_cues = {a.cue.start for a in doc.speech.acts}
        if act.cue.start in layer_cues:  # a verb the layer gave no speaker: its own day only (not a neighbour's)
            date, basis = _same_event_date(doc, act, date, basis)
    return date, basis


#: Words placing a statement on an earlier occasion (not a past perfect in its content: "had also failed").
_EARLIER_OCCASION = re.compile(r"\b(?:earlier|previously|ago|last\s+(?:week|month|year|\w+day)|in\s+(?:january|february|"
                               r"march|april|may|june|july|august|september|october|november|december|\d{4})|"
                               r"had\s+(?:said|told|stated|claimed|warned)|repeatedly|often|has\s+long)\b", re.IGNORECASE)


def _continued_unnamed_dates(doc, found: list[dict]) -> None:
    """An unnamed speaker continued ("a senior US defence official said on Monday …. The official said …")
    takes the day of its dated statement, as the layer dates a named speaker's: the last one before it by
    the same label, when no other day is named in between and the sentence places nothing earlier
    ("earlier", "last week"). The layer keys its dated statements by resolved names only."""
    dated: dict[str, dict] = {}
    starts = doc.speech.date_starts
    for claim in found:
        if claim["headline"] or claim.get("carried"):
            continue
        label = claim["speaker"]
        if not pd.isna(claim["statement_date"]):
            dated[label] = claim
            continue
        before = dated.get(label)
        if before is None or not claim["date_basis"].startswith("no day given"):
            continue
        sentence = doc.sentence_at(claim["start"])
        if sentence is None or _EARLIER_OCCASION.search(doc.text, sentence.start, sentence.end) \
                or bisect_left(starts, claim["start"]) != bisect_left(starts, before["end"]):
            continue
        claim["statement_date"] = before["statement_date"]
        claim["date_basis"] = f"same speaker continued, {before['date_basis']}"


_EVIDENCE_DAY = re.compile(r"(?:footage|video|videos|images|photos|imagery|pictures)\s+(?:\w+\s+){0,2}?(?:published|posted|"
                           r"filmed|shot|recorded|taken|released|geolocated)\s+(?:on\s+)?$", re.IGNORECASE)


def _evidence_day(doc, act) -> bool:
    """ "…, according to geolocated footage published on January 6": the day the evidence appeared, not the day
    of the statement."""
    sentence = doc.sentence_at(act.cue.start)
    if sentence is None or not act.date_text:
        return False
    at = doc.text.find(act.date_text, sentence.start, sentence.end)
    return at > 0 and _EVIDENCE_DAY.search(doc.text, max(sentence.start, at - 60), at) is not None


_HABITUAL_AFTER = re.compile(r"\s+(?:(?:several|many|numerous|multiple|countless)\s+times|repeatedly|more\s+than\s+once|"
                             r"again\s+and\s+again|time\s+and\s+again|on\s+(?:several|many|numerous)\s+occasions)\b",
                             re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:repeatedly|often|routinely|consistently|frequently|always|long)\s+(?:\w+\s+)?$",
                       re.IGNORECASE)
_EARLIER = fail_fast(r"\b(?:earlier|previously|before|ago|last|in\s+(?:january|february|march|april|may|june|july|"
                      r"august|september|october|november|december|\d{4})|had\s+(?:\w+\s+)?\w+ed|had\s+said|"
                      r"repeatedly|often|has\s+long)\b", re.IGNORECASE)


def _dated_by_paragraph(doc) -> dict:
    """The dated speech acts of a document by paragraph (built once per document: no rescan per act)."""
    cached = getattr(doc, "_dated_acts_cache", None)
    if cached is None:
        cached = {}
        for a in doc.speech.acts:
            if a.date is not None:
                cached.setdefault(doc.sentence_at(a.cue.start).paragraph, []).append(a)
        doc._dated_acts_cache = cached
    return cached


_ITS_SPOKESPERSON = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|press\s+secretary|"
                               r"representative)\b")


def _same_event_date(doc, act, date, basis) -> tuple:
    """An undated statement in the paragraph of a dated one belongs to the same event (a
    briefing, a meeting): it takes that day, unless the sentence places it earlier ("earlier",
    "last month", "had said", "repeatedly")."""
    sentence = doc.sentence_at(act.cue.start)
    if sentence is None or sentence.headline or _EARLIER.search(doc.text, sentence.start, sentence.end):
        return date, basis
    # an event before it: a later sentence's cue dates that sentence's own statement, not this one, unless
    # its speaker speaks for this one ("The ministry has announced … Its spokesman said on Friday …")
    dated = [a for a in _dated_by_paragraph(doc).get(sentence.paragraph, ())
             if a.sentence[0] < sentence.start or (a.sentence[0] > sentence.start and _ITS_SPOKESPERSON.search(
                 doc.text, max(a.sentence[0], a.speaker.start - 40), a.speaker.end))]
    # "Until August 12, … until X informed …": a bound for that one statement, no occasion of the paragraph (dt12)
    dated = [a for a in dated if pd.isna(a.date) or not _speech.until_bound(doc.text, a.sentence[0], a.cue, a.date_text)]
    speaker = act.speaker.speaker
    if speaker and (_mentions.is_person(speaker) or any(_mentions.is_person(a.speaker.speaker) for a in dated)):
        # another person is on the same occasion only when it is a gathering ("at the briefing on
        # Monday"); else "X said on Monday … Y said …" leaves Y's day open (and a body after a person's
        # dated words: "Zelensky stated on June 11 …. The General Staff reported …")
        dated = [a for a in dated if a.speaker.speaker in ("", speaker) or _speech.GATHERING.search(
            doc.text, a.sentence[0], a.sentence[1])]
    elif not speaker and act.speaker.how == "unnamed source":
        # "Tregubov stated on November 20 …. A battalion commander told Suspilne …": a new, unnamed voice after a
        # person's dated words is not on their occasion (unless a gathering)
        dated = [a for a in dated if not _mentions.is_person(a.speaker.speaker) or _speech.GATHERING.search(
            doc.text, a.sentence[0], a.sentence[1])]
    if not dated:
        return date, basis
    event = min(dated, key=lambda a: (a.cue.start > act.cue.start, abs(a.cue.start - act.cue.start)))
    if pd.isna(event.date) and event.cue.start > act.cue.start:
        return date, basis  # a later "Last week, he told …" is another occasion, not this one's
    return event.date, f"same paragraph, ‘{event.date_text}’ → {event.date.date() if not pd.isna(event.date) else 'no day'}"


def _carried(doc, sentence, previous: dict, lexicon) -> dict | None:
    if doc.sentence_at(previous["start"]).paragraph != sentence.paragraph:
        return None
    words, starts = _span(doc, sentence.start, sentence.end)
    topics = [t for t in _topics(lexicon, words, 0, len(words), starts, [], doc) if t not in _EXCLUDING]
    if not topics:
        return None
    return {**previous, "claim_type": topics[0], "topics": "|".join(topics), "quoted_words": "",
            "phrase": "", "pattern": "", "carried": True, "negated": False,
            "start": _after_stamp(doc.text, sentence.start, sentence.end),
            "end": _trim_end(doc.text, sentence.start, sentence.end),
            "phrase_start": sentence.start, "phrase_end": sentence.start}


def _quote_claims(doc, lexicon, given_quotes) -> list[dict]:
    speakers = {}
    if given_quotes is not None:
        speakers = {int(r.start): r for r in given_quotes.itertuples(index=False)}
    rows = []
    for n, (quote, reading) in enumerate(zip(doc.quotes, doc.speech.quotes), start=1):
        if reading.kind != "direct":
            continue
        words, starts = _span(doc, quote.start, quote.end)
        first, last = 0, len(words)
        topics = [t for t in _topics(lexicon, words, first, last, starts, [], doc) if t not in _EXCLUDING]
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
            "via": reading.via if reading.speaker == speaker else doc.speech.via(quote.sentence[0], speaker),
        })
    return rows
