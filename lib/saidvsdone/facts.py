"""Stage 3 — battlefield facts: what the articles report happened on the ground.

``facts.extract(articles)`` reads the clean ``text`` of every article and returns
one row per reported fact: an area ceded or taken, settlements retaken, a
distance of forces from a city, a share of territory occupied, the length of the
front, a mobilisation count, strikes, casualties — with or without a number.

Every row points back to its article: ``text[start:end]`` is the phrase that
states the fact and ``sentence`` the sentence around it. Numbers are parsed as
written ("more than 3,000", "three hundred thousand", "10–12", "hundreds of
thousands"), units are kept as written (``mi2`` for square miles) and areas are
converted to ``area_km2``. The side (``actor``) comes from the subject of the
verb, a by-phrase, an adjective ("Ukrainian shelling") or the attribution, never
from the nearest country name; the direction (``change``) from the verb.

The vocabularies are CSV files in ``data/`` that a journalist can extend (see
``data/facts_vocabularies.md``): ``units.csv`` (spellings, canonical unit,
conversion), ``direction_verbs.csv`` (ceded → loss, retook → gain …),
``event_words.csv`` (shelling, casualties …), ``actors.csv`` (who is on which
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

import math
import re
import warnings
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

import pandas as pd

from saidvsdone import segment as _text
from saidvsdone._paths import data_file
from saidvsdone._progress import progress

__all__ = ["extract", "parse_quantity", "COLUMNS"]

#: Output columns, in order.
COLUMNS = (
    "article_id", "fact_id", "sentence", "start", "end", "phrase",
    "quantity", "quantity_high", "quantity_text", "qualifier", "unit", "area_km2", "length_km",
    "category", "actor", "change", "place", "period_text", "period_start", "period_end",
    "reported_date", "source_attribution", "modality",
)
_FLOAT_COLUMNS = ("quantity", "quantity_high", "area_km2", "length_km")
_DATE_COLUMNS = ("period_start", "period_end", "reported_date")
_INT_COLUMNS = ("start", "end")


_CLAUSE_WORDS = 25         # how far left a subject is looked for
_CUE_WORDS = 10            # how far left a hypothetical / intention cue counts
_FORECAST_WORDS = 10       # how far right a forecast word counts ("… is not imminent")
_COMPLEMENT_WORDS = 12     # how far right the territory of a verb is looked for
_CONTEXT_WORDS = 8         # casualty words around a count of people
_PRONOUN_REACH = 1500      # characters a pronoun looks back for its antecedent
_MAX_SENTENCE = 1500       # longer runs without a full stop are cut into pieces


# =====================================================================================
# Public API
# =====================================================================================

def extract(articles) -> pd.DataFrame:
    """One row per battlefield fact reported in ``articles``.

    Args:
        articles: a frame from ``corpus.load`` / ``corpus.from_text`` (columns
            ``article_id``, ``text`` and ``published``; only ``text`` is
            required), or a plain string (read as one undated article).

    Returns:
        A DataFrame with the columns in ``COLUMNS``:

        * ``article_id, fact_id`` (``<article_id>:<n>``), ``sentence``,
          ``start, end`` (``text[start:end] == phrase``);
        * ``quantity`` (float, NaN for a qualitative fact; a range gives its lower
          bound and ``quantity_high`` its upper one), ``quantity_text`` as written
          ("more than 3,000"), ``qualifier`` (more than / about / nearly / up to /
          at least / less than / exactly / empty);
        * ``unit`` as written, canonical (``km2``, ``mi2``, ``ha``, ``km``, ``mi``,
          ``percent``, ``settlements``, ``regions``, ``people``, ``missiles``,
          ``drones`` …; for a qualitative fact what would be counted: ``area``,
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
          ``projected`` for a number that is a target or a what-if).

        ``attrs["errors"]`` lists articles that could not be read (never raised).

    Example:
        >>> from saidvsdone import corpus
        >>> table = extract(corpus.from_text(
        ...     "Putin's army ceded more than 3,000 square miles in less than two weeks.",
        ...     published="2022-09-17"))
        >>> table[["quantity_text", "qualifier", "unit", "area_km2", "actor", "change"]]
             quantity_text  qualifier unit  area_km2   actor change
        0  more than 3,000  more than  mi2  7769.964  Russia   loss
        >>> str(table.loc[0, "period_start"].date()), table.loc[0, "phrase"]
        ('2022-09-03', 'ceded more than 3,000 square miles')
    """
    if isinstance(articles, str):
        from saidvsdone import corpus
        articles = corpus.from_text(articles)
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"extract needs a DataFrame of articles (or a str), "
                        f"got {type(articles).__name__}")
    if "text" not in articles.columns:
        raise ValueError("the articles frame has no 'text' column")
    n = len(articles)
    ids = articles["article_id"].tolist() if "article_id" in articles.columns else \
        [str(i) for i in articles.index]
    texts = articles["text"].tolist()
    dates = articles["published"].tolist() if "published" in articles.columns else [pd.NaT] * n
    rows: list[dict] = []
    errors: list[tuple[str, str]] = []
    for article_id, text, published in progress(zip(ids, texts, dates), total=n, desc="facts"):
        article_id = "" if _is_missing(article_id) else str(article_id)
        text = text if isinstance(text, str) else ""
        published = _as_date(published)
        try:
            rows.extend(_ArticleFacts(article_id, text, published).rows())
        except Exception as err:  # noqa: BLE001 - one bad article must not stop a corpus
            errors.append((article_id, f"{type(err).__name__}: {err}"))
            warnings.warn(f"facts: article {article_id!r} skipped: {err}", RuntimeWarning,
                          stacklevel=2)
    frame = _frame(rows)
    frame.attrs["errors"] = errors
    return frame


def parse_quantity(text: str) -> tuple[float, float, str]:
    """``(value, upper bound or NaN, qualifier)`` of a quantity written in ``text``.

    Digits with thousands separators and decimals, number words, vague
    magnitudes (lower bound, qualifier "more than") and ranges (lower bound,
    upper bound second) are read; anything else gives ``(nan, nan, "")``.

    Example:
        >>> parse_quantity("more than 3,000")
        (3000.0, nan, 'more than')
        >>> parse_quantity("three hundred thousand")
        (300000.0, nan, '')
        >>> parse_quantity("around 10–12")
        (10.0, 12.0, 'about')
        >>> parse_quantity("hundreds of thousands")
        (100000.0, nan, 'more than')
    """
    if not isinstance(text, str):
        return math.nan, math.nan, ""
    match = _vocab().quantity_re.search(text)
    if match is None:
        return math.nan, math.nan, ""
    quantity = _read_quantity(match)
    if quantity is None:
        return math.nan, math.nan, ""
    return quantity.value, quantity.high, quantity.qualifier


# =====================================================================================
# Frames, progress, small helpers
# =====================================================================================

def _frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in _FLOAT_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    for column in _DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    for column in _INT_COLUMNS:
        frame[column] = frame[column].astype("int64")
    text_columns = [c for c in COLUMNS
                    if c not in _FLOAT_COLUMNS + _DATE_COLUMNS + _INT_COLUMNS]
    return frame.astype({c: "str" for c in text_columns})


def _is_missing(value) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _as_date(value):
    if _is_missing(value):
        return pd.NaT
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError, OverflowError):
        return pd.NaT
    if stamp is pd.NaT:
        return pd.NaT
    if stamp.tzinfo is not None:
        stamp = stamp.tz_localize(None)
    return stamp.normalize()


def _apostrophes(pattern: str) -> str:
    """A regex fragment in which a straight apostrophe also matches a curly one."""
    return pattern.replace("'", "['’]")


def _alternation(words) -> str:
    """Longest first, so "square miles" wins over "miles"; spaces match any space run."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(_apostrophes(re.escape(w)).replace(r"\ ", r"\s+") for w in ordered)


# =====================================================================================
# Vocabularies (data/*.csv)
# =====================================================================================

@dataclass(frozen=True)
class _Unit:
    unit: str
    dimension: str
    to_km2: float
    to_km: float
    category: str


@dataclass(frozen=True)
class _Direction:
    change: str
    default_actor: str
    needs: str


@dataclass(frozen=True)
class _Event:
    category: str
    change: str
    actor_role: str
    requires: tuple          # ((kind, words), …) any of which must hold
    unless_next: frozenset


@dataclass
class _Vocabulary:
    units: dict
    unit_re: re.Pattern
    directions: dict
    events: dict
    triggers: dict            # first word (lower case) → phrase patterns, longest first
    actor_rows: dict
    actor_re: re.Pattern
    places: dict
    place_re: re.Pattern
    war_dates: list
    cues: dict
    quantity_re: re.Pattern
    verb_place_re: re.Pattern
    verb_place_first: frozenset


def _read_table(name: str, required: tuple[str, ...]) -> pd.DataFrame:
    path = data_file(name)
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    return table


def _float(value: str) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


@lru_cache(maxsize=64)
def _cue_regex(words: frozenset) -> re.Pattern | None:
    """One regex for a set of cue words (each a whole word, matched in lower-cased text)."""
    if not words:
        return None
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in ordered)})(?![\w-])")


def _trigger_pattern(phrase: str) -> str:
    """A vocabulary phrase as a regex; a ``*`` word stands for one to three words
    ("pushed * back" matches "pushed Ukrainian units back")."""
    parts = [_alternation([part.strip()]) for part in phrase.split("*")]
    return r"(?:" + r"(?:\s+[\w’'-]+){1,3}\s+".join(parts) + r")(?![\w-])"


def _requirements(spec: str) -> tuple:
    out = []
    for part in re.split(r"\s+or\s+", spec.strip()):
        if not part:
            continue
        kind, _, words = part.partition(":")
        out.append((kind.strip(), frozenset(w.strip().lower() for w in words.split("|") if w.strip())))
    return tuple(out)


@lru_cache(maxsize=1)
def _vocab() -> _Vocabulary:
    units_table = _read_table("units.csv", ("written", "unit", "dimension", "to_km2", "to_km",
                                            "category"))
    units = {}
    for r in units_table.itertuples(index=False):
        units[r.written.strip().lower()] = _Unit(r.unit.strip(), r.dimension.strip(),
                                                 _float(r.to_km2), _float(r.to_km),
                                                 r.category.strip())
    symbols = [w for w in units if not w[-1].isalnum()]
    worded = [w for w in units if w[-1].isalnum()]
    unit_re = re.compile(rf"(?:(?:{_alternation(worded)})(?![\w²])|(?:{_alternation(symbols)}))",
                         re.IGNORECASE)

    verbs = _read_table("direction_verbs.csv", ("word", "change", "default_actor", "needs"))
    directions = {r.word.strip().lower(): _Direction(r.change.strip(), r.default_actor.strip(),
                                                     r.needs.strip())
                  for r in verbs.itertuples(index=False)}
    event_table = _read_table("event_words.csv", ("word", "category", "change", "actor_role",
                                                  "requires", "unless_next"))
    events = {r.word.strip().lower(): _Event(r.category.strip(), r.change.strip(),
                                             r.actor_role.strip(), _requirements(r.requires),
                                             frozenset(w.strip().lower() for w in
                                                       r.unless_next.split("|") if w.strip()))
              for r in event_table.itertuples(index=False)}
    triggers: dict[str, list[tuple[re.Pattern, str]]] = {}
    for phrase in sorted(set(directions) | set(events), key=len, reverse=True):
        first = re.split(r"[\s]+", phrase)[0]
        triggers.setdefault(first.replace("’", "'"), []).append(
            (re.compile(_trigger_pattern(phrase), re.IGNORECASE), phrase))

    actors = _read_table("actors.csv", ("mention", "actor", "kind", "display"))
    actor_rows = {}
    for r in actors.itertuples(index=False):
        key = r.mention.strip().replace("’", "'")
        actor_rows[key] = (r.actor.strip(), r.kind.strip(), r.display.strip())
    actor_re = re.compile(rf"(?<![\w-])(?:{_alternation(actor_rows)})(?!\w)")

    places_table = _read_table("places.csv", ("name", "place", "country", "kind"))
    places = {r.name.strip(): (r.place.strip(), r.country.strip(), r.kind.strip())
              for r in places_table.itertuples(index=False)}
    place_re = re.compile(rf"(?<![\w-])(?:{_alternation(places)})(?![\w-])")

    dates_table = _read_table("war_dates.csv", ("phrase", "date"))
    war_dates = []
    for r in dates_table.itertuples(index=False):
        stamp = _as_date(r.date)
        if stamp is not pd.NaT and r.phrase.strip():
            war_dates.append((re.compile(_alternation([r.phrase.strip()]), re.IGNORECASE), stamp))

    cue_table = _read_table("fact_cues.csv", ("word", "cue"))
    cues: dict[str, set] = {}
    for r in cue_table.itertuples(index=False):
        cues.setdefault(r.cue.strip(), set()).add(r.word.strip())
    cues = {k: frozenset(v) for k, v in cues.items()}
    # "captured Kotliarivka and Andriivka": capitalised names right after a gain/loss verb
    verbs = [w for w, d in directions.items() if d.change in ("gain", "loss") and "*" not in w
             and d.needs in ("territory", "territory_or_forces")]
    name = r"[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?"
    verb_place_re = re.compile(
        rf"(?<![\w-])(?i:{_alternation(verbs)})\s+(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+)?"
        rf"(?:the\s+(?:village|town|city|settlement)s?\s+of\s+)?(?P<a>{name})"
        rf"(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?P<b>{name}))?")
    return _Vocabulary(units, unit_re, directions, events, triggers, actor_rows, actor_re,
                       places, place_re, war_dates, cues, _quantity_regex(), verb_place_re,
                       frozenset(re.split(r"\s+", w)[0] for w in verbs))


# =====================================================================================
# Quantities
# =====================================================================================

_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_VAGUE = {"dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1_000,
          "millions": 1_000_000}
#: Written qualifier → controlled value.
QUALIFIERS = {
    "more than": "more than", "over": "more than", "above": "more than",
    "in excess of": "more than", "upwards of": "more than", "just over": "more than",
    "well over": "more than", "at least": "at least", "no fewer than": "at least",
    "no less than": "at least", "a minimum of": "at least", "nearly": "nearly",
    "almost": "nearly", "close to": "nearly", "just under": "nearly", "about": "about",
    "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "circa": "about", "up to": "up to",
    "as many as": "up to", "as much as": "up to", "a maximum of": "up to",
    "less than": "less than", "fewer than": "less than", "under": "less than",
    "below": "less than", "exactly": "exactly", "precisely": "exactly",
}


def _quantity_regex() -> re.Pattern:
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    scale = r"(?:\s+(?:hundred|thousand|million|billion))?"
    word = "|".join(sorted(_ONES, key=len, reverse=True))
    scales = "|".join(_SCALES)
    words = (rf"(?:(?:{word})(?:[\s-]+(?:and\s+)?(?:{word}|{scales}))*"
             rf"|a\s+(?:dozen|hundred|thousand|million)(?:\s+(?:{scales}))?|a\s+dozen|half\s+a\s+million)")
    vague = r"(?:tens|hundreds|dozens|scores|thousands|millions)(?:\s+of\s+(?:thousands|millions))?"
    number = rf"(?:(?:{digits}){scale}|{words})"
    qualifier = _alternation(QUALIFIERS)
    return re.compile(
        rf"(?<![\w.,$€£#/-])(?:(?P<qual>{qualifier})\s+)?"
        rf"(?:between\s+(?P<lo>{number})\s+and\s+(?P<hi>{number})"
        rf"|(?P<num>{number})(?:\s*(?:–|—|-|to)\s*(?P<num2>{number}))?"
        rf"|(?P<vague>{vague}))(?![\w]|[.,]\d)",
        re.IGNORECASE)


@dataclass
class _Quantity:
    value: float
    high: float
    qualifier: str
    start: int
    end: int
    number_start: int
    vague: bool = False


def _number_value(text: str) -> float | None:
    text = text.strip().lower()
    if not text:
        return None
    match = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?:\s+(hundred|thousand|million|billion))?", text)
    if match:
        value = float(match.group(1).replace(",", ""))
        return value * _SCALES.get(match.group(2) or "", 1)
    if re.fullmatch(r"half\s+a\s+million", text):
        return 500_000.0
    total, current, seen = 0.0, 0.0, False
    for token in re.split(r"[\s-]+", text):
        if token in ("and", ""):
            continue
        if token == "a":
            current += 1
        elif token == "dozen":
            current = (current or 1) * 12
        elif token in _ONES:
            current += _ONES[token]
            seen = True
        elif token == "hundred":
            current = (current or 1) * 100
            seen = True
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen or total + current else None


def _read_quantity(match: re.Match, offset: int = 0) -> _Quantity | None:
    written = (match.group("qual") or "").lower()
    qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", written).replace("’", "'"), "")
    high = math.nan
    vague = False
    if match.group("vague"):
        parts = re.split(r"\s+of\s+", match.group("vague").lower())
        value = 1.0
        for part in parts:
            value *= _VAGUE.get(part, 1)
        qualifier = qualifier or "more than"
        vague = True
        number_start = match.start("vague")
    elif match.group("lo"):
        value, high = _number_value(match.group("lo")), _number_value(match.group("hi"))
        number_start = match.start("lo")
    else:
        value = _number_value(match.group("num"))
        number_start = match.start("num")
        if match.group("num2"):
            high = _number_value(match.group("num2"))
            if high is None or value is None or high <= value:
                return None
    if value is None or high is None:
        return None
    return _Quantity(float(value), float(high), qualifier, match.start() + offset,
                     match.end() + offset, number_start + offset, vague)


# =====================================================================================
# Per-article analysis
# =====================================================================================

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.]*|%|[;:“”\"()—–]")
_SENTENCE_BREAK = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "sgt", "capt",
                  "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                  "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "approx", "est"}
_CLAUSE_STOP = set(";:“”\"()—")
_PREPOSITIONS = {"in", "into", "from", "to", "toward", "towards", "on", "onto", "of", "at",
                 "near", "with", "against", "across", "around", "inside", "outside", "over",
                 "under", "by", "for", "about", "throughout", "within", "along", "between",
                 "among", "than", "behind", "off", "beyond", "upon"}
_PLACE_ADJECTIVES = {"eastern", "western", "northern", "southern", "central", "north-eastern",
                     "south-eastern", "north-western", "south-western", "occupied", "sovereign",
                     "independent", "neighbouring", "neighboring", "mainland", "rest", "all"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "these", "those",
                "this", "that", "some", "several", "many", "all"}
_FORCE_NOUNS = {"army", "armies", "troops", "forces", "force", "military", "soldiers",
                "servicemen", "units", "unit", "fighters", "battalion", "battalions",
                "brigade", "brigades", "marines", "paratroopers", "garrison", "contingent",
                "militia", "militias", "mercenaries", "columns"}
_TERRITORY_NOUNS = {"ground", "territory", "territories", "land", "lands", "area", "areas",
                    "positions", "position", "pockets", "axis", "axes", "direction",
                    "directions", "front", "bridgehead", "foothold", "city", "cities", "town",
                    "towns", "village", "villages", "settlement", "settlements", "region",
                    "regions", "oblast", "oblasts", "province", "provinces", "district",
                    "districts", "suburb", "suburbs", "outskirts", "port", "capital",
                    "heights", "island", "peninsula", "localities", "locality", "hamlets"}
_SETTLEMENT_NOUNS = {"city", "cities", "town", "towns", "village", "villages", "settlement",
                     "settlements", "localities", "locality", "hamlets"}
_REGION_NOUNS = {"region", "regions", "oblast", "oblasts", "province", "provinces", "area",
                 "areas", "city", "district"}
_CIVILIAN_NOUNS = {"civilian", "civilians", "citizens", "people", "residents", "children",
                   "women", "bodies", "inhabitants", "population"}
_SPEAKER_NOUNS = {"military", "ministry", "officials", "official", "army", "command",
                  "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "president",
                  "minister", "intelligence", "forces", "staff", "general", "analysts",
                  "authorities", "committee", "service", "office", "agency", "defence", "defense",
                  "air", "force", "navy", "leader", "commander", "chief", "media", "reports",
                  "sources", "source", "residents", "resident", "witnesses", "the", "british",
                  "ukraine’s", "russia’s", "ukraine's", "russia's", "regional", "local",
                  "military’s", "military's", "monitor", "institute", "observers", "think-tank"}
_NEW_VERB_PHRASE = {"also", "then", "has", "have", "had", "is", "are", "was", "were", "will",
                    "would", "could", "can", "did", "does", "do", "said", "says", "later"}
_NEGATIONS = {"not", "n't", "never", "no", "without", "failed"}
_COMPLETIVE = {"completely", "fully", "entirely", "totally", "complete", "full", "yet"}
_UNIT_STOP = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour",
              "hours", "minute", "minutes", "ago", "old", "year-old", "years-old", "was",
              "were", "is", "are", "have", "has", "had", "been", "be", "will", "would", "and",
              "or", "but", "in", "on", "at", "to", "from", "by", "with", "for", "than",
              "into", "since", "after", "before", "during", "per", "times", "point",
              "points", "percentage", "that", "which", "who"}
_UNIT_SKIP = {"of", "its", "their", "the", "his", "her", "our", "these", "those", "an", "a"}
_FRONT_WORDS = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:-?long\s+)?(?:front[\s-]?lines?|front"
                          r"|line\s+of\s+contact|contact\s+line)\b", re.IGNORECASE)
_EXTENT_RE = re.compile(
    r"\b(?:(?:nearly|almost|virtually|practically|roughly|about)\s+)?"
    r"(?:all|most|much|parts|part|portions|portion|the\s+majority|the\s+bulk|the\s+rest"
    r"|the\s+remainder|half|large\s+swathes|swathes|large\s+parts|a\s+third|two-thirds"
    r"|a\s+quarter)\s+of\b", re.IGNORECASE)
_DIRECTION_PLACE_RE = re.compile(
    r"\b(?P<dir>[Nn]orth(?:-?[Ee]astern|-?[Ww]estern|ern)|[Ss]outh(?:-?[Ee]astern|-?[Ww]estern|ern)"
    r"|[Ee]astern|[Ww]estern|[Cc]entral)\s+Ukraine\b"
    r"|\bin\s+the\s+(?P<side>north|south|east|west|north-east|south-east|north-west|south-west"
    r"|northeast|southeast|northwest|southwest)\b(?!\s+of\b)(?![\w-])")
_FRACTIONS = {"a fifth": 20.0, "one fifth": 20.0, "a third": 100 / 3, "one third": 100 / 3,
              "a quarter": 25.0, "one quarter": 25.0, "half": 50.0, "a half": 50.0,
              "one half": 50.0, "two thirds": 200 / 3, "three quarters": 75.0,
              "two fifths": 40.0, "three fifths": 60.0, "four fifths": 80.0, "a tenth": 10.0,
              "one tenth": 10.0}
_FRACTION_RE = re.compile(
    r"(?<![\w-])(?:(?P<qual>nearly|almost|about|around|roughly|approximately|some|more\s+than"
    r"|over|less\s+than|under|just\s+over|just\s+under|close\s+to|at\s+least)\s+)?"
    r"(?P<frac>(?:a|one)[\s-](?:fifth|third|quarter|half|tenth)|half|two[\s-]thirds"
    r"|three[\s-]quarters|(?:two|three|four)[\s-]fifths)\s+of\b", re.IGNORECASE)
_NUMBER_OF_RE = re.compile(
    r"\b(?:number|total|tally|strength|count)\s+of\s+(?P<np>(?:[\w’'-]+\s+){1,7}?)"
    r"(?:at|as|stood\s+at|stands\s+at|was|is|reached|rose\s+to|grew\s+to)\s+$", re.IGNORECASE)
_TOLL_RE = re.compile(
    r"\b(?:death|casualty)\s+tolls?\b(?:[^.;:\d]{0,50}?)\s+(?:at|to|of|reached|hit|was|is|"
    r"stood\s+at|stands\s+at)\s+$", re.IGNORECASE)
_SHOOT_DOWN_RE = re.compile(r"\b(?:shot|shoot|shoots|shooting)\s+down\b|\b(?:intercepted|intercepts"
                            r"|intercepting|downed|neutrali[sz]ed)\b", re.IGNORECASE)
_SETTLEMENT_APPOSITION = re.compile(
    r",\s+(?:(?:a|an|the|both|two|three|four|five|six|\d+|small|tiny|frontline|front-line|"
    r"nearby|neighbouring|neighboring|adjacent)\s+){0,2}(?:villages?|hamlets?|settlements?|towns?)\b")
_CASUALTY_PARTICIPLES = {"wounded", "dead", "injured", "killed", "missing"}
_CLAUSE_END = re.compile(r"[;:“”\"()—.!?]|\s–\s|\s-\s")
_CLAUSE_END_COMMA = re.compile(r"[;:“”\"()—.!?]|,|\s–\s|\s-\s")
#: "had "liberated" 47", "were “steadily advancing” in": one to four words in quote marks
#: after a lower-case word, inside a sentence.
_SCARE_QUOTE_RE = re.compile(r"(?<=[a-z] )(?P<open>[\"“‘])[A-Za-z][\w’'-]*(?: [A-Za-z][\w’'-]*){0,3}"
                             r"(?P<close>[\"”’])(?=[ ,;.])")
_UNKNOWN_PLACE_RE = re.compile(
    r"\b(?:in\s+the\s+direction\s+of|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of"
    r"|the\s+(?:village|town|city|settlement)\s+of|near)\s+"
    r"(?P<a>[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?)(?:\s+and\s+(?P<b>[A-Z][a-z’'-]+))?")
_REPORTING_VERBS = {
    "said": "said", "says": "said", "say": "said", "saying": "said", "told": "told",
    "tells": "told", "claimed": "claimed", "claims": "claimed", "claiming": "claimed",
    "reported": "reported", "reports": "reported", "indicated": "indicated",
    "indicates": "indicated", "stated": "stated", "states": "stated", "state": "stated",
    "added": "added", "adds": "added", "noted": "noted", "noting": "noted",
    "stressed": "stressed", "stressing": "stressed", "confirmed": "confirmed",
    "revealed": "revealed", "announced": "announced", "warned": "warned", "wrote": "wrote",
    "insisted": "insisted", "acknowledged": "acknowledged", "admitted": "admitted",
    "asserted": "asserted", "alleged": "alleged", "estimated": "estimated",
    "spoke": "said", "explained": "explained", "estimates": "estimated", "estimate": "estimated",
}
_PRONOUNS = {"he": "person", "she": "person", "his": "person", "her": "person",
             "him": "person", "they": "group", "their": "group", "them": "group",
             "it": "group", "its": "group", "we": "speaker", "our": "speaker",
             "us": "speaker"}
_PRONOUN_RE = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him|[Tt]hey|[Tt]heir|them"
                         r"|[Ii]t|[Ii]ts|[Ww]e|[Oo]ur|us)(?![\w’'-])")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


@dataclass
class _Mention:
    start: int
    end: int
    side: str            # Russia / Ukraine / other / "" (unresolved)
    kind: str            # country, demonym, capital, person, force, pronoun-person/group/speaker
    display: str
    subject_ok: bool     # not the object of a preposition, not "Ukraine’s Kharkiv region"


@dataclass
class _PlaceHit:
    start: int
    end: int
    place: str
    country: str
    kind: str


@dataclass
class _Fact:
    start: int
    end: int
    sentence: int
    category: str
    change: str
    actor: str
    unit: str
    places: list = field(default_factory=list)
    quantity: _Quantity | None = None
    unit_row: _Unit | None = None
    quantity_text: str = ""
    modality: str = ""
    anchor: int = 0        # where the fact's word is (for periods and attribution)
    intercepted: bool = False   # a shoot-down count ("shot down 24 of the missiles")


class _ArticleFacts:
    """All facts of one article; ``rows()`` returns them as dicts."""

    def __init__(self, article_id: str, text: str, published):
        self.article_id = article_id
        self.text = text
        self.published = published
        self.v = _vocab()
        self.sentences = self._sentences()
        self.sentence_starts = [s for s, _, _ in self.sentences]
        self.words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
        self.word_starts = [w[0] for w in self.words]
        self.mentions = self._actor_mentions()
        self.mention_starts = [m.start for m in self.mentions]
        self.places = self._place_mentions()
        self.place_starts = [p.start for p in self.places]
        self.scare_marks = self._scare_marks()
        self.headline_end = self._headline_end()
        self._last_launch = ""     # side of the last strike count that was not a shoot-down

    # --- structure -------------------------------------------------------------------

    def _sentences(self) -> list[tuple[int, int, bool]]:
        """(start, end, is_caption) of every sentence; sentences never cross paragraphs."""
        out = []
        captions = self.v.cues.get("caption", frozenset())
        caption_re = re.compile(rf"(?:{_alternation(captions)})\s*[:|]") if captions else None
        for p_start, p_end in _text.paragraphs(self.text):
            body = self.text[p_start:p_end]
            is_caption = bool(caption_re and caption_re.match(body.lstrip("“\"‘' ")))
            cut = p_start
            for brk in _SENTENCE_BREAK.finditer(body):
                before = body[:brk.start()].rsplit(None, 1)
                last = before[-1].lower().strip("“\"‘'(") if before else ""
                if last in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last) or \
                        re.fullmatch(r"(?:[a-z]\.)+[a-z]", last):
                    continue
                end = p_start + brk.end()
                out.append((cut, _rstrip(self.text, cut, end), is_caption))
                cut = end
            out.append((cut, _rstrip(self.text, cut, p_end), is_caption))
        return [piece for s in out if s[1] > s[0] for piece in self._bounded(*s)]

    def _bounded(self, start: int, end: int, is_caption: bool):
        """A run-on "sentence" (no full stops for pages) is cut at spaces into pieces of at
        most ``_MAX_SENTENCE`` characters, so the work per sentence stays bounded."""
        while end - start > _MAX_SENTENCE:
            cut = self.text.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
            cut = cut if cut > start else start + _MAX_SENTENCE
            yield start, cut, is_caption
            start = cut
            while start < end and self.text[start] == " ":
                start += 1
        if end > start:
            yield start, end, is_caption

    def _sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sentence_starts, pos) - 1)

    def _actor_mentions(self) -> list[_Mention]:
        text = self.text
        hits = []
        for m in self.v.actor_re.finditer(text):
            side, kind, display = self.v.actor_rows.get(m.group().replace("’", "'"),
                                                         ("", "", m.group()))
            hits.append((m.start(), m.end(), side, kind, display))
        for m in _PRONOUN_RE.finditer(text):
            kind = "pronoun-" + _PRONOUNS[m.group().lower()]
            hits.append((m.start(), m.end(), "", kind, m.group()))
        hits.sort()
        mentions: list[_Mention] = []
        last_end = -1
        for start, end, side, kind, display in hits:
            if start < last_end:
                continue
            last_end = end
            subject_ok = not self._after_preposition(start)
            if subject_ok and kind in ("country", "capital", "demonym") and \
                    self._possessive_of_place(end):
                subject_ok = False
            if kind == "capital" and not subject_ok:
                continue          # "from Kyiv" is a place, not an actor
            mentions.append(_Mention(start, end, side, kind, display, subject_ok))
        self._resolve_pronouns(mentions)
        return mentions

    def _after_preposition(self, pos: int) -> bool:
        before = self.text[max(0, pos - 40):pos]
        words = re.findall(r"[A-Za-z’'\[\]-]+|\d[\d.,]*|[^\s\w]", before)
        for word in reversed(words[-3:]):
            word = word.strip("[]").lower()
            if word in ("the", "a", "an", "") or word in _PLACE_ADJECTIVES:
                continue
            return word in _PREPOSITIONS
        return False

    def _possessive_of_place(self, end: int) -> bool:
        after = self.text[end:end + 40]
        match = re.match(r"['’]s?\s+(?:[a-z-]+\s+)?", after)
        if not match:
            return False
        rest = after[match.end():]
        return bool(self.v.place_re.match(rest))

    def _resolve_pronouns(self, mentions: list[_Mention]) -> None:
        starts = [m.start for m in mentions]
        for i, mention in enumerate(mentions):
            if not mention.kind.startswith("pronoun-"):
                continue
            role = mention.kind.split("-", 1)[1]
            antecedent = None
            if role == "speaker":
                antecedent = self._nearest_person_in_paragraph(mentions, i, starts)
            for j in range(i - 1, -1, -1):
                if antecedent is not None:
                    break
                other = mentions[j]
                if mention.start - other.end > _PRONOUN_REACH:
                    break
                if other.side == "":
                    continue
                if role in ("person", "speaker"):
                    if other.kind in ("person", "pronoun-person", "pronoun-speaker"):
                        antecedent = other
                elif other.kind not in ("person", "pronoun-person") and (
                        other.subject_ok or other.kind.startswith("pronoun")
                        or other.kind in ("demonym",)):
                    antecedent = other
                elif other.kind not in ("person", "pronoun-person") and \
                        not self._possessive_of_place(other.end):
                    antecedent = other
            if antecedent is not None:
                mention.side = antecedent.side
                mention.display = antecedent.display

    def _nearest_person_in_paragraph(self, mentions, i, starts):
        para_start = self.text.rfind("\n", 0, mentions[i].start) + 1
        para_end = self.text.find("\n", mentions[i].end)
        para_end = len(self.text) if para_end < 0 else para_end
        best, best_distance = None, None
        for other in mentions[bisect_left(starts, para_start):bisect_left(starts, para_end)]:
            if other is mentions[i]:
                continue
            if other.kind == "person" and other.side:
                distance = abs(other.start - mentions[i].start)
                if best is None or distance < best_distance:
                    best, best_distance = other, distance
        return best

    def _place_mentions(self) -> list[_PlaceHit]:
        hits: list[_PlaceHit] = []
        actor_subjects = {(m.start, m.end) for m in self.mentions
                          if m.kind == "capital" and m.subject_ok}
        for m in self.v.place_re.finditer(self.text):
            place, country, kind = self.v.places[m.group()]
            if kind == "country" or m.span() in actor_subjects or \
                    re.match(r"\s+[Rr]iver\b", self.text[m.end():m.end() + 7]):
                continue
            hits.append(_PlaceHit(m.start(), m.end(), place, country, kind))
        for m in _DIRECTION_PLACE_RE.finditer(self.text):
            if m.group("dir"):
                name = m.group("dir").lower().replace("-", "") + " Ukraine"
                name = name.replace("northeastern", "north-eastern").replace(
                    "southeastern", "south-eastern").replace("northwestern", "north-western").replace(
                    "southwestern", "south-western")
            else:
                side = m.group("side").replace("-", "")
                name = {"north": "northern", "south": "southern", "east": "eastern",
                        "west": "western"}.get(side, side.replace("east", "-eastern").replace(
                            "west", "-western")) + " Ukraine"
                hits.append(_PlaceHit(m.start("side"), m.end("side"), name, "Ukraine", "direction"))
                continue
            hits.append(_PlaceHit(m.start(), m.end(), name, "Ukraine", "direction"))
        known = {(h.start, h.end) for h in hits}
        found = list(_UNKNOWN_PLACE_RE.finditer(self.text))
        for w_start, _, token in self.words:
            if token[0].islower() and token in self.v.verb_place_first:
                m = self.v.verb_place_re.match(self.text, w_start)
                if m:
                    found.append(m)
        for m in found:
            for group in ("a", "b"):
                if not m.group(group):
                    continue
                start, end = m.span(group)
                name = m.group(group)
                if (start, end) in known or self.v.place_re.fullmatch(name) or \
                        not name[0].isupper() or any(a < end and start < b for a, b in known):
                    continue
                if self.v.actor_re.fullmatch(name) or name.lower() in _MONTH_OR_DAY:
                    continue
                hits.append(_PlaceHit(start, end, name, "", "as written"))
                known.add((start, end))
        hits.sort(key=lambda h: h.start)
        return hits

    # --- word helpers ----------------------------------------------------------------

    def _word_index(self, pos: int) -> int:
        return bisect_left(self.word_starts, pos)

    def _words_before(self, pos: int, limit: int, stop_at: int) -> list[tuple[int, int, str]]:
        i = self._word_index(pos)
        out = []
        j = i - 1
        while j >= 0 and len(out) < limit:
            w = self.words[j]
            if w[0] < stop_at:
                break
            out.append(w)
            j -= 1
        return out  # nearest first

    def _words_after(self, pos: int, limit: int, stop_at: int) -> list[tuple[int, int, str]]:
        i = self._word_index(pos)
        out = []
        while i < len(self.words) and len(out) < limit:
            w = self.words[i]
            if w[1] > stop_at:
                break
            out.append(w)
            i += 1
        return out

    def _mentions_in(self, start: int, end: int) -> list[_Mention]:
        i = bisect_left(self.mention_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def _places_in(self, start: int, end: int) -> list[_PlaceHit]:
        i = bisect_left(self.place_starts, start)
        out = []
        while i < len(self.places) and self.places[i].start < end:
            if self.places[i].end <= end:
                out.append(self.places[i])
            i += 1
        return out

    def _scare_marks(self) -> frozenset:
        """Positions of quote marks around a few words inside a sentence ('had "liberated"',
        'were "steadily advancing" in'): such marks quote a word, they do not end a clause."""
        marks = {}
        for m in _SCARE_QUOTE_RE.finditer(self.text):
            before = self.text[max(0, m.start() - 30):m.start()].split()
            if before and before[-1].lower().strip(",") in _REPORTING_VERBS:
                continue
            marks[m.start("open")] = m.start("close")
            marks[m.start("close")] = m.start("open")
        return marks

    def _transparent_mark(self, mark: int, pos: int) -> bool:
        """A scare-quote mark that does not bound the clause of ``pos``: the quoted words
        hold ``pos``, or sit right next to it ("liberated" 47 / "steadily advancing" in)."""
        other = self.scare_marks.get(mark)
        if other is None:
            return False
        low, high = min(mark, other), max(mark, other)
        if low < pos <= high:
            return True
        gap = self.text[high + 1:pos] if pos > high else self.text[pos:low]
        return not gap.strip()

    def _headline_end(self) -> int:
        """End of a headline: a first paragraph with no closing full stop, followed by more text."""
        first = re.match(r"\s*([^\n]+)\n", self.text)
        if not first or re.search(r"[.!?…][\"”’')]*\s*$", first.group(1)) or \
                not self.text[first.end():].strip():
            return 0
        return first.end(1)

    def _clause_start(self, pos: int, s_start: int) -> int:
        """Left edge of the clause holding ``pos``: a ; : — or quote mark, or the sentence."""
        for w in self._words_before(pos, _CLAUSE_WORDS, s_start):
            if w[2] in _CLAUSE_STOP:
                if w[2] in "“\"" and w[1] == pos:
                    continue          # a scare quote opening the word itself: "liberated"
                if self._transparent_mark(w[0], pos):
                    continue
                return w[1]
        return s_start

    def _comma_clause_start(self, pos: int, s_start: int) -> int:
        for w in self._words_before(pos, _CLAUSE_WORDS, s_start):
            if w[2] in _CLAUSE_STOP and not self._transparent_mark(w[0], pos):
                return w[1]
        comma = self.text.rfind(",", s_start, pos)
        return max(comma + 1, self._clause_start(pos, s_start))

    def _clause_end(self, pos: int, s_end: int, commas: bool = True) -> int:
        pattern = _CLAUSE_END_COMMA if commas else _CLAUSE_END
        for match in pattern.finditer(self.text, pos, s_end):
            if not self._transparent_mark(match.start(), pos):
                return match.start()
        return s_end

    # --- the facts ----------------------------------------------------------------------

    def rows(self) -> list[dict]:
        numeric: list[_Fact] = []
        qualitative: list[_Fact] = []
        for index, (s_start, s_end, is_caption) in enumerate(self.sentences):
            if is_caption:
                continue
            found = self._numeric_facts(index, s_start, s_end)
            numeric.extend(found)
            qualitative.extend(self._qualitative_facts(index, s_start, s_end, found))
        facts = self._restated_counts_removed(numeric) + self._deduplicated(qualitative)
        facts.sort(key=lambda f: (f.start, f.end))
        return [self._row(n, fact) for n, fact in enumerate(facts, start=1)]

    # ---- numbers ----

    def _numeric_facts(self, index: int, s_start: int, s_end: int) -> list[_Fact]:
        text = self.text
        quantities = []
        for match in self.v.quantity_re.finditer(text, s_start, s_end):
            quantity = _read_quantity(match)
            if quantity is None or self._not_a_battle_number(match, quantity, s_start):
                continue
            quantities.append(quantity)
        facts: list[_Fact] = self._fraction_shares(index, s_start, s_end)
        consumed: set[int] = set()
        for k, quantity in enumerate(quantities):
            if quantity.start in consumed:
                continue
            unit_hit = self._unit_after(quantity.end, s_end)
            if unit_hit is None:
                unit_hit = self._casualty_count(quantity, s_start)
            if unit_hit is None:
                unit_hit = self._unit_via_out_of(quantity, quantities[k + 1:], s_end)
            if unit_hit is None:
                unit_hit = self._unit_before(quantity, s_start)
            if unit_hit is None:
                fact = self._another_of_the_same(quantity, facts, s_start)
                if fact is not None:
                    facts.append(fact)
                continue
            written, unit_start, unit_end = unit_hit
            unit = self.v.units[re.sub(r"\s+", " ", written.lower()).replace("’", "'")]
            # "1,100-km (684-mile)": the bracket restates the same figure.
            bracket = re.match(r"\s*\(\s*(?:about\s+|some\s+|around\s+|~)?", text[unit_end:s_end])
            if bracket:
                for other in quantities[k + 1:]:
                    if other.start == unit_end + bracket.end() or \
                            other.number_start == unit_end + bracket.end():
                        consumed.add(other.start)
            if self._describes_named_places(quantity, unit, unit_end, s_start, s_end):
                continue
            fact = self._numeric_fact(index, s_start, s_end, quantity, unit, unit_start, unit_end)
            if fact is not None:
                self._compared_with_previous(fact, facts, s_start)
                if fact.category == "strikes" and not fact.intercepted:
                    self._last_launch = fact.actor
                facts.append(fact)
        return facts

    def _fraction_shares(self, index: int, s_start: int, s_end: int) -> list[_Fact]:
        """"nearly a fifth of Ukraine's territory": a fraction in words is a share in percent."""
        out = []
        matches = list(_FRACTION_RE.finditer(self.text, s_start, s_end))
        if not matches or not self._has_cue_word(s_start, s_end, "share_context"):
            return out
        for m in matches:
            after = self.text[m.end():min(s_end, m.end() + 60)]
            tail = re.match(r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?P<noun>[\w’'-]+)", after)
            if not tail:
                continue
            words = [w.lower() for w in re.findall(r"[\w’'-]+", after)[:5]]
            share_words = self.v.cues.get("share_context", frozenset())
            if not any(w in share_words or re.sub(r"[’']s$", "", w) in ("ukraine", "russia")
                       for w in words):
                continue
            if self._has_cue_near(m.start(), s_start, s_end, "not_share"):
                continue
            value = _FRACTIONS[re.sub(r"[\s-]+", " ", m.group("frac").lower())]
            written = (m.group("qual") or "").lower()
            qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", written).replace("’", "'"), "")
            quantity = _Quantity(value, math.nan, qualifier, m.start(), m.end("frac"),
                                 m.start("frac"))
            end = m.end()
            np_end = re.match(r"(?:\s+(?:the\s+)?[\w’'-]+){0,3}?\s+(?:territory|territories|land|"
                              r"country|area|region|regions|oblast|province)\b|\s+(?:the\s+)?(?:Ukraine|Russia)(?:[’']s)?\b",
                              self.text[m.end():s_end])
            if np_end:
                end = m.end() + np_end.end()
            actor = self._control_side(s_start, s_end) or self._subject_side(m.start(), s_start)
            if actor == "other":
                continue
            unit = self.v.units.get("percent")
            out.append(_Fact(m.start(), end, index, "share", "share", actor, "percent", [],
                             quantity, unit, self.text[m.start():m.end("frac")], "",
                             anchor=m.start()))
        return out

    def _unit_before(self, quantity: _Quantity, s_start: int):
        """"put the number of Russian troops in the zone at 617,000", "the death toll rose to 12":
        the counted noun comes before the number."""
        before = self.text[max(s_start, quantity.start - 120):quantity.start]
        match = _NUMBER_OF_RE.search(before)
        if match:
            offset = quantity.start - len(before)
            unit = self.v.unit_re.search(match.group("np"))
            if unit and unit.group().lower() in self.v.units and \
                    self.v.units[unit.group().lower()].dimension == "people":
                return unit.group(), offset + match.start("np"), offset + match.start("np")
        match = _TOLL_RE.search(before)
        if match:
            offset = quantity.start - len(before)
            return "casualties", offset + match.start(), offset + match.start()
        return None

    def _another_of_the_same(self, quantity: _Quantity, facts: list[_Fact], s_start: int):
        """"64 drones were shot down and another 32 were lost": the bare number counts the
        same thing as the count before it in the sentence."""
        before = self.text[max(s_start, quantity.start - 20):quantity.start]
        match = re.search(r"\b(?:another|a\s+further|an\s+additional|of\s+which|of\s+these)\s+$",
                          before, re.IGNORECASE)
        after = self.text[quantity.end:quantity.end + 12]
        if match is None and re.match(r"\s+of\s+them\b", after):
            match = re.search(r"$", before)
        if not match or not facts or re.match(r"[\s-]*(?:per|percent|%|of\s+(?!them))", after):
            return None
        previous = facts[-1]
        if previous.unit_row is None or previous.unit_row.dimension not in ("count", "people"):
            return None
        start = quantity.start - len(before) + match.start()
        fact = replace(previous, start=start, end=quantity.end, places=list(previous.places),
                       quantity=quantity, quantity_text=self.text[quantity.start:quantity.end],
                       anchor=quantity.start)
        if previous.category == "strikes" and not previous.intercepted and re.match(
                r"\s+(?:[\w’'-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been)\s+(?:shot\s+down|"
                r"intercepted|downed|destroyed)\b", self.text[quantity.end:quantity.end + 40]):
            fact.actor, fact.intercepted = self._opposite(previous.actor), True
        return fact

    def _compared_with_previous(self, fact: _Fact, facts: list[_Fact], s_start: int) -> None:
        """"captured 389 km² in February, down from 431 km² in January": the figure it is
        compared with is the same kind of fact, by the same side."""
        before = self.text[max(s_start, fact.quantity.start - 20):fact.quantity.start]
        if not re.search(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to)|versus|against)\s+$",
                         before, re.IGNORECASE):
            return
        for previous in reversed(facts):
            if previous.unit_row is not None and fact.unit_row is not None and \
                    previous.unit_row.dimension == fact.unit_row.dimension:
                fact.category, fact.change = previous.category, previous.change
                fact.actor = previous.actor or fact.actor
                return

    def _describes_named_places(self, quantity, unit: _Unit, unit_end: int, s_start: int,
                                s_end: int) -> bool:
        """"Kotliarivka and Andriivka, two villages west of Pokrovsk": a count in apposition
        to named places describes them; it is not a count of its own."""
        if unit.category != "settlements":
            return False
        before = self.text[s_start:quantity.start]
        comma = re.search(r",\s*$", before)
        if not comma:
            return False
        place = self._place_at(s_start + comma.start() - 1)
        if place is None or place.end != s_start + comma.start():
            return False
        nxt = re.match(r"\s*([\w’'-]+|[,.;:]|$)", self.text[unit_end:s_end])
        word = nxt.group(1).lower() if nxt else ""
        return word in _PREPOSITIONS or word in ("", ",", ".", ";", ":") or \
            re.fullmatch(r"(?:north|south|east|west)\w*", word) is not None

    def _has_cue_near(self, pos: int, s_start: int, s_end: int, cue: str) -> bool:
        words = self.v.cues.get(cue, frozenset())
        near = self._words_before(pos, _CONTEXT_WORDS, s_start) + \
            self._words_after(pos, _CONTEXT_WORDS + 3, s_end)
        return any(w[2].lower() in words for w in near)

    def _not_a_battle_number(self, match: re.Match, quantity: _Quantity, s_start: int) -> bool:
        text = self.text
        num_text = match.group("num") or ""
        before = text[max(s_start, quantity.start - 30):quantity.start].lower()
        if re.fullmatch(r"one", num_text.strip(), re.IGNORECASE) and \
                re.match(r"\s+of\b", text[quantity.end:quantity.end + 5]):
            return True
        if re.fullmatch(r"\d{4}", num_text) and 1900 <= quantity.value <= 2100:
            prev = re.findall(r"[a-z]+", before)
            if prev and (prev[-1] in _MONTHS or prev[-1] in ("in", "since", "of", "by",
                                                             "from", "until", "till",
                                                             "before", "after", "year")):
                return True
        if re.search(r"(?:article|section|chapter|page|pages|paragraph|no\.|number|point"
                     r"|resolution|decree|order)\s*$", before):
            return True
        return False

    def _unit_after(self, pos: int, s_end: int):
        """(written unit, start, end) of the unit a number counts, or None."""
        text = self.text
        modifiers = 0
        steps = 0
        while pos < s_end and steps < 6:
            gap = re.match(r"[\s-]*", text[pos:s_end])
            at = pos + gap.end()
            match = self.v.unit_re.match(text, at, s_end)
            if match:
                written = match.group()
                if written.lower() == "ha" and gap.end() > 1:
                    return None
                return written, match.start(), match.end()
            word = re.match(r"[A-Za-z][A-Za-z’'-]*", text[at:s_end])
            if not word:
                return None
            token = word.group()
            lower = token.lower()
            if lower in _UNIT_SKIP:
                pass
            elif self.v.actor_rows.get(token, ("", "", ""))[1] == "demonym":
                pass                         # "31,000 Ukrainian soldiers"
            elif token[0].islower() and lower not in _UNIT_STOP and not lower.startswith("year"):
                modifiers += 1
                if modifiers > 2:
                    return None
            else:
                return None
            pos = at + len(token)
            steps += 1
        return None

    def _casualty_count(self, quantity: _Quantity, s_start: int):
        """"12 people were killed and 60 wounded": a bare number before a casualty word
        counts people when people were counted earlier in the sentence."""
        match = re.match(r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(killed|wounded|injured|dead"
                         r"|missing)\b", self.text[quantity.end:quantity.end + 30])
        if not match:
            # "killing at least 12 people and wounding 40", "killed 7 and injured 25"
            before = self.text[max(s_start, quantity.start - 12):quantity.start]
            if re.search(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+$", before) and \
                    not re.match(r"[\s-]*(?:%|percent|per\s+cent|of\b|years?\b|km\b)",
                                 self.text[quantity.end:quantity.end + 12]):
                return "people", quantity.end, quantity.end
            return None
        if not re.search(r"\b(?:people|civilians|soldiers|troops|servicemen|men|women|children)\b",
                         self.text[s_start:quantity.start]):
            return None
        return "people", quantity.end, quantity.end
    def _unit_via_out_of(self, quantity: _Quantity, later: list[_Quantity], s_end: int):
        """"222,000 out of an expected 300,000 reservists": the first takes the second's unit."""
        rest = self.text[quantity.end:s_end]
        match = re.match(r"\s+(?:out\s+of|of(?:\s+(?:the|a|an))?(?:\s+total\s+of)?)\s+(?:an?\s+|the\s+)?"
                         r"(?:expected|estimated|planned|targeted|total\s+of\s+)?\s*", rest)
        if not match or not later:
            return None
        nxt = later[0]
        if nxt.start != quantity.end + match.end():
            return None
        return self._unit_after(nxt.end, s_end)

    def _numeric_fact(self, index, s_start, s_end, quantity: _Quantity, unit: _Unit,
                      unit_start: int, unit_end: int) -> _Fact | None:
        text = self.text
        start, end = quantity.start, unit_end
        if unit_end <= quantity.start:          # "the number of Russian troops … at N"
            start, end = unit_start, quantity.end
        category, change, actor = unit.category, "", ""
        intercepted = False
        clause_start = self._clause_start(quantity.start, s_start)
        modality = self._number_modality(quantity, s_start)
        if unit.dimension == "length":
            front = _FRONT_WORDS.match(text, unit_end, s_end)
            before = text[max(s_start, quantity.start - 40):quantity.start].lower()
            if front or re.search(r"\bfront(?:[\s-]?line)?\s+(?:of|(?:that\s+|which\s+)?(?:runs|"
                                  r"ran|stretches|stretched|spans|spanned|extends|extended|is)"
                                  r"(?:\s+for|\s+over)?)(?:\s+\w+){0,2}\s*$", before):
                category, change, actor = "front length", "distance", ""
                if front:
                    end = front.end()
            else:
                category, change = "distance", "distance"
                if self._has_cue_word(self._comma_clause_start(quantity.start, s_start),
                                      quantity.start, "geography"):
                    return None     # "the town lies 5 km from the border": where a place is
                verb = self._direction_verb_near(quantity.start, clause_start, s_end)
                if verb is not None and verb[1].change in ("gain", "loss"):
                    change = verb[1].change
                    start = min(start, verb[0][0])
                subject = self._subject(quantity.start, s_start)
                actor = subject.side if subject is not None else ""
                military = verb is not None or (subject is not None and subject.side in
                                                ("Russia", "Ukraine"))
                if not military and not re.match(r"[\s-]*(?:\w+\s+){0,2}?(?:from|of|to|into|inside"
                                                 r"|behind|beyond)\s", text[unit_end:s_end]):
                    return None
                tail = re.match(r"\s+(?:away\s+)?from\s+(?:the\s+(?:city|town|village|border)"
                                r"\s+of\s+)?", text[unit_end:s_end])
                if tail:
                    places = self._places_in(unit_end + tail.end(), unit_end + tail.end() + 40)
                    if places and places[0].start == unit_end + tail.end():
                        end = places[0].end
        elif unit.dimension == "share":
            if not self._has_cue_word(s_start, s_end, "share_context") or \
                    self._has_cue_near(quantity.start, s_start, s_end, "not_share"):
                return None     # "the economy shrank 2 percent" is no share of territory
            category, change = "share", "share"
            actor = self._control_side(s_start, s_end) or self._subject_side(quantity.start, s_start)
        elif unit.dimension in ("area", "count") and category in ("territory", "settlements"):
            verb = self._direction_verb_near(quantity.start, clause_start, s_end)
            if verb is not None:
                (v_start, v_end, v_word), direction = verb
                change = self._negated_change(v_start, direction.change, clause_start)
                if change is None or self._has_cue_before(v_start, clause_start,
                                                          ("intention", "denial")):
                    return None     # "Ukraine must first withdraw from four regions": a demand
                actor = self._agent_side(v_end, s_end) or self._subject_side(v_start, s_start) \
                    or direction.default_actor
                if v_end <= quantity.start and not text[v_end:quantity.start].strip(" ,"
                                                                                    ).count(" "):
                    start = v_start
            else:
                control = self._control_side(s_start, s_end)
                if control:
                    change, actor = "held", control
                else:
                    actor = self._subject_side(quantity.start, s_start)
        elif unit.dimension == "people":
            category = self._people_category(quantity, unit, s_start, s_end)
            if not category:
                return None
            if category == "casualties":
                change = "loss"
                toll = re.match(r"(?:death|casualty)\s+toll", text[unit_start:quantity.start], re.I)
                if toll:     # "the death toll from the Russian strike on Odesa": the place's side
                    actor = next((p.country for p in self._places_in(unit_start, quantity.start)
                                  if p.country in ("Russia", "Ukraine")), "")
                else:
                    actor = self._side_between(unit_start, quantity.start) \
                        if unit_start < quantity.start else ""
                actor = actor or \
                    self._victim_side(quantity.start, quantity.end, max(unit_end, quantity.end),
                                      s_start, s_end) or \
                    next((p.country for p in self._places_in(s_start, s_end)
                          if p.country in ("Russia", "Ukraine")), "")   # "a strike on Dnipro killed 7"
            else:
                change = "count"
                actor = self._side_between(min(quantity.end, unit_start),
                                           max(quantity.end, unit_start) if unit_start >
                                           quantity.start else quantity.start) or \
                    self._subject_side(quantity.start, s_start) or \
                    self._side_from_context(quantity.start)
        elif category == "strikes":
            change = "count"
            comma_start = self._comma_clause_start(quantity.start, s_start)
            if unit.unit == "strikes" and self._has_cue_word(comma_start, quantity.start,
                                                             "repelled"):
                return None     # "repelled 87 Russian assaults": ground fighting, not strikes
            actor = self._side_between(quantity.end, unit_start)
            shooter = _SHOOT_DOWN_RE.search(text, comma_start, quantity.start)
            passive = re.match(r"\s+(?:[\w’'-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been|"
                               r"being)\s+(?:\w+ly\s+)?(?:shot\s+down|intercepted|downed|destroyed"
                               r"|neutrali[sz]ed)\b", text[unit_end:s_end])
            if shooter and re.search(r"\d\s+(?:out\s+)?of\s+$", text[comma_start:quantity.start]):
                # "shot down 25 of 30 Russian drones": the 30 were launched
                actor = actor or self._opposite(self._subject_side(shooter.start(), s_start))
            elif shooter:
                # "air defences shot down 24 of the missiles": the side shooting down
                intercepted = True
                actor = self._subject_side(shooter.start(), s_start) or \
                    self._opposite(actor or self._last_launch)
            elif passive and self._last_launch:
                intercepted = True
                actor = self._opposite(self._last_launch)
            actor = actor or self._agent_side_for_strike(quantity.start, unit_end, s_start, s_end)
        elif category == "equipment":
            actor = self._side_between(quantity.end, unit_start)
            lost = re.search(r"\b(?:destroyed|lost|damaged|downed|shot\s+down|captured)\b",
                             text[max(s_start, quantity.start - 40):min(s_end, unit_end + 30)])
            change = "loss" if lost else "count"
            if not actor:
                subject = self._subject_side(quantity.start, s_start)
                actor = subject if change == "count" or re.search(
                    r"\blost\b", text[max(s_start, quantity.start - 40):quantity.start]) \
                    else self._opposite(subject)
        else:
            change = "count"
            actor = self._subject_side(quantity.start, s_start)
        if actor == "other":
            return None
        places = self._fact_places(quantity.start, end, s_start, s_end, numeric=True)
        if any(p.country == "other" for p in places) and \
                not any(p.country in ("Russia", "Ukraine") for p in places):
            return None
        quantity_text = text[quantity.start:quantity.end]
        return _Fact(start, end, index, category, change, actor, unit.unit, places, quantity,
                     unit, quantity_text, modality, anchor=quantity.start, intercepted=intercepted)

    def _number_modality(self, quantity: _Quantity, s_start: int) -> str:
        before = self.text[max(s_start, quantity.start - 25):quantity.number_start].lower()
        if re.search(r"\b(?:expected|planned|targeted|target\s+of|goal\s+of|aim\s+of)\s*$",
                     before):
            return "projected"
        if self._has_cue_before(quantity.start, s_start, ("hypothetical",)):
            return "hypothetical"
        return ""

    def _people_category(self, quantity, unit: _Unit, s_start: int, s_end: int) -> str:
        context = self._words_before(quantity.start, _CONTEXT_WORDS, s_start) + \
            self._words_after(quantity.end, _CONTEXT_WORDS + 3, s_end)
        casualty = self.v.cues.get("casualty_context", frozenset())
        if any(w[2].lower() in casualty for w in context):
            return "casualties"
        if unit.category:
            return unit.category
        if self._has_cue_word(s_start, s_end, "mobilisation_context"):
            return "mobilisation"
        return ""

    def _has_cue_word(self, start: int, end: int, cue: str) -> bool:
        pattern = _cue_regex(self.v.cues.get(cue, frozenset()))
        return pattern is not None and pattern.search(self.text[start:end].lower()) is not None

    # ---- qualitative facts ----

    def _qualitative_facts(self, index, s_start, s_end, numeric: list[_Fact]) -> list[_Fact]:
        facts: list[_Fact] = []
        for match, word in self._triggers(s_start, s_end):
            if self._looks_like_a_name(match, s_start):
                continue
            direction = self.v.directions.get(word)
            event = self.v.events.get(word)
            found = None
            if direction is not None:
                found = self._territory_fact(index, s_start, s_end, match, word, direction)
            if found is None and event is not None:
                found = self._event_fact(index, s_start, s_end, match, word, event)
            if found:
                facts.extend(found)
        kept = []
        for fact in facts:
            if any(n.start <= fact.anchor < n.end or fact.start <= n.anchor < fact.end
                   for n in numeric):
                continue
            if any(n.category == fact.category and n.change == fact.change for n in numeric):
                continue
            kept.append(fact)
        return kept

    def _triggers(self, s_start: int, s_end: int):
        """Direction and event words of a sentence, found through their first word."""
        i = bisect_left(self.word_starts, s_start)
        covered = -1
        while i < len(self.words) and self.words[i][0] < s_end:
            w_start, w_end, token = self.words[i]
            i += 1
            if w_start < covered or (w_start > 0 and self.text[w_start - 1] == "-"):
                continue
            patterns = self.v.triggers.get(token.lower().replace("’", "'"))
            if not patterns:
                continue
            for pattern, key in patterns:
                match = pattern.match(self.text, w_start, s_end)
                if match:
                    covered = match.end()
                    yield match, key
                    break

    def _looks_like_a_name(self, match: re.Match, s_start: int) -> bool:
        token = match.group()
        if not token[0].isupper():
            return False
        before = self.text[s_start:match.start()].strip(" “\"‘'(")
        return bool(before)   # a capital inside a sentence: part of a name

    def _blocked(self, t_start: int, t_end: int, s_start: int, s_end: int) -> bool:
        """An intention, a what-if or a forecast: "to take", "if they withdraw", "… not imminent"."""
        clause_start = self._clause_start(t_start, s_start)
        before = self._words_before(t_start, _CUE_WORDS, clause_start)
        # infinitive: "to take", "to fully control", but not "continued to lose", "to have died"
        for i, w in enumerate(before[:3]):
            lower = w[2].lower()
            if lower.endswith("ly") and lower != "only":
                continue
            if lower == "to":
                prior = before[i + 1][2].lower() if i + 1 < len(before) else ""
                if prior not in self.v.cues.get("aspect", frozenset()):
                    return True
            break
        if self._has_cue_before(t_start, clause_start, ("hypothetical", "intention", "denial")):
            return True
        after = self._words_after(t_end, _FORECAST_WORDS, self._clause_end(t_end, s_end))
        forecast = self.v.cues.get("forecast", frozenset())
        return any(w[2].lower() in forecast for w in after)

    def _has_cue_before(self, pos: int, stop_at: int, kinds: tuple[str, ...]) -> bool:
        words = set()
        for kind in kinds:
            words |= self.v.cues.get(kind, frozenset())
        before = self._words_before(pos, _CUE_WORDS, stop_at)
        tokens = [w[2] for w in reversed(before)]
        for i, token in enumerate(tokens):
            lower = token.lower()
            if lower in words and (token == lower or i == 0 or tokens[i - 1] in _CLAUSE_STOP):
                if lower == "may" and token != "may":
                    continue
                return True
            if i + 1 < len(tokens) and f"{lower} {tokens[i + 1].lower()}" in words:
                return True
        text_before = self.text[max(stop_at, pos - 12):pos].lower()
        return "'ll " in text_before or "’ll " in text_before

    def _negated_change(self, t_start: int, change: str, stop_at: int) -> str | None:
        """"not completely captured" → held; "did not capture" or "lost no ground" → None (no fact)."""
        verb_and_next = [w[2].lower() for w in self._words_after(t_start, 2, t_start + 40)]
        if len(verb_and_next) == 2 and verb_and_next[1] in ("no", "nothing", "zero"):
            return None
        before = self._words_before(t_start, 4, stop_at)
        lowered = [w[2].lower() for w in before]
        negated = any(w in _NEGATIONS or w.endswith("n't") or w.endswith("n’t") for w in lowered)
        if not negated:
            return change
        if any(w in _COMPLETIVE for w in lowered) or \
                any(w in _COMPLETIVE for w in (x[2].lower() for x in
                                               self._words_after(t_start, 3, t_start + 40))):
            return "held"
        return None

    def _territory_fact(self, index, s_start, s_end, match, word, direction: _Direction):
        t_start, t_end = match.span()
        if direction.needs == "control":
            if self._control_as_verb((t_start, t_end, match.group())):
                direction = _Direction("held", "", "object")
            else:
                return self._control_fact(index, s_start, s_end, t_start, t_end, word)
        if self._blocked(t_start, t_end, s_start, s_end):
            return None
        clause_start = self._clause_start(t_start, s_start)
        change = self._negated_change(t_start, direction.change, clause_start)
        if change is None:
            return None
        if direction.needs == "passive":
            if not self._is_passive(t_start, clause_start):
                return None
            direction = _Direction(direction.change, direction.default_actor,
                                   "territory_or_forces")
        window_end = self._clause_end(t_end + self._scare_quote(t_end), s_end)
        after = self._words_after(t_end, _COMPLEMENT_WORDS, window_end)
        idioms = self.v.cues.get("idiom", frozenset())
        content = [w for w in after if w[2].lower() not in _DETERMINERS]
        if content and content[0][2].lower() in idioms:
            return None
        complement_end = self._territory_complement(after, direction.needs == "object")
        forces_after = self._forces_after(t_end, window_end)
        subject = self._subject(t_start, s_start)
        passive_start = None
        if complement_end is None and self._is_passive(t_start, clause_start):
            # "The city of Kherson was liberated": the territory is the subject
            before = self._words_before(t_start, 10, self._comma_clause_start(t_start, s_start))
            hits = [w for w in before if w[2].lower() in _TERRITORY_NOUNS or self._place_at(w[0])]
            if hits:
                passive_start, complement_end = hits[-1][0], t_end
        if complement_end is None:
            if direction.needs != "territory_or_forces":
                return None
            if not (forces_after or (subject is not None and self._is_force(subject, t_start))):
                return None
        actor = ""
        adjective = self._adjective_mention(t_start, s_start)
        if adjective is not None:
            actor = adjective.side
        if not actor and forces_after:
            actor = forces_after.side
        if not actor:
            actor = self._agent_side(t_end, window_end)
        if not actor and subject is not None:
            actor = subject.side
        if not actor:
            actor = direction.default_actor or self._side_from_context(t_start)
        if actor == "other":
            return None
        end = complement_end if complement_end else t_end
        if forces_after and not complement_end:
            end = max(end, forces_after.end)
        head = next((w[2].lower() for w in after if w[0] < end and
                     (w[2].lower() in _TERRITORY_NOUNS or self._place_at(w[0]))), "")
        places_scope = self._fact_places(t_start, end, s_start, s_end)
        if places_scope and all(p.country == "other" for p in places_scope):
            return None
        if head in _SETTLEMENT_NOUNS and not self._places_in(t_end, end):
            category, unit = "settlements", "settlements"
        elif self._places_in(t_end, end) and _SETTLEMENT_APPOSITION.match(self.text, end, s_end):
            # "took Kotliarivka and Andriivka, two villages west of …": named settlements
            category, unit = "settlements", "settlements"
        else:
            category, unit = "territory", "area"
        if passive_start is not None:
            places_scope = self._places_in(passive_start, t_end) or places_scope
            if head == "" and any(w[2].lower() in _SETTLEMENT_NOUNS for w in
                                  self._words_after(passive_start, 2, t_start)) and \
                    not places_scope:
                category, unit = "settlements", "settlements"
        fact = _Fact(passive_start if passive_start is not None else t_start, end, index,
                     category, change, actor, unit, places_scope, anchor=t_start)
        return self._split_by_extent(fact, s_start, s_end)

    def _control_fact(self, index, s_start, s_end, t_start, t_end, word):
        """"under Russian occupation", "returning to Ukrainian control", "control over X"."""
        text = self.text
        before = text[max(s_start, t_start - 60):t_start]
        clause_start = self._clause_start(t_start, s_start)
        window_end = self._clause_end(t_end, s_end)
        side_before = self._adjective_mention(t_start, s_start)
        verb_before = [w[2].lower() for w in self._words_before(t_start, 3, clause_start)]
        if any(w in self.v.directions and self.v.directions[w].needs != "control"
               for w in verb_before):
            return None     # "took control of Bakhmut": the verb makes the fact
        if re.search(r"\bunder\s+(?:the\s+)?(?:full\s+|complete\s+|partial\s+)?"
                     r"(?:[\w’'-]+\s+)?$", before) and side_before is not None:
            change, actor = "held", side_before.side
            scope = (clause_start, t_end)
        elif re.search(r"\b(?:return(?:s|ed|ing)?|back|restored)\s+(?:to|under)\s+"
                       r"(?:the\s+)?(?:[\w’'-]+\s+)?$", before) and side_before is not None:
            change, actor = "gain", side_before.side
            scope = (clause_start, t_end)
        elif word == "control" and re.match(r"\s+(?:over|of)\s+", text[t_end:window_end]):
            if self._blocked(t_start, t_end, s_start, s_end):
                return None
            after = self._words_after(t_end, _COMPLEMENT_WORDS, window_end)
            complement_end = self._territory_complement(after, False)
            if complement_end is None:
                return None
            subject = self._subject(t_start, s_start)
            actor = side_before.side if side_before is not None else \
                (subject.side if subject is not None else self._side_from_context(t_start))
            change = "held"
            scope = (t_start, complement_end)
        else:
            return None
        if actor in ("other", ""):
            return None
        if self._has_cue_before(t_start, clause_start, ("hypothetical", "intention")):
            return None
        start, end = scope
        places = self._places_in(start, end) or self._fact_places(start, end, s_start, s_end)
        if not places and not any(w[2].lower() in _TERRITORY_NOUNS
                                  for w in self._words_after(start, 40, end)):
            return None
        first_place = min((p.start for p in places if p.start >= start), default=t_start)
        start = max(start, min(first_place, t_start)) if change != "held" or start < t_start else start
        fact = _Fact(start, end, index, "territory", change, actor, "area", places, anchor=t_start)
        return self._split_by_extent(fact, s_start, s_end)

    def _territory_complement(self, after, direct_object: bool) -> int | None:
        """End of the territory a verb acts on (a place, "ground", "villages" …), or None.

        The scan runs to the end of the clause, and stops at a conjunction that starts a
        new verb phrase ("… in eastern Ukraine and also lost …").
        """
        end = None
        for n, (w_start, w_end, token) in enumerate(after):
            lower = token.lower()
            if direct_object and end is None:
                if n >= 4 or (lower in _PREPOSITIONS and lower not in ("of", "over")):
                    break
            if lower in ("and", "or", "but", "while", "which", "that", "who", "where", "as"):
                nxt = after[n + 1][2].lower() if n + 1 < len(after) else ""
                if lower not in ("and", "or") or nxt in _NEW_VERB_PHRASE or \
                        nxt.endswith("ly") or nxt in self.v.directions or nxt in self.v.events:
                    break
                continue
            place = self._place_at(w_start)
            if lower in _TERRITORY_NOUNS or place is not None:
                end = max(w_end, place.end) if place is not None else w_end
        return end

    def _scare_quote(self, t_end: int) -> int:
        """1 when a closing quote mark right after a word only marks that word ("liberated")."""
        if self.text[t_end:t_end + 1] in ("”", '"', "’", "'"):
            before = self.text[max(0, t_end - 40):t_end]
            opening = max(before.rfind("“"), before.rfind('"'), before.rfind("‘"))
            if opening >= 0 and " " not in before[opening:].strip():
                return 1
        return 0

    def _is_passive(self, t_start: int, clause_start: int) -> bool:
        for w in self._words_before(t_start, 3, clause_start):
            lower = w[2].lower()
            if lower.endswith("ly") or lower in ("not", "never", "also", "finally", "now"):
                continue
            return lower in ("was", "were", "been", "being", "is", "are", "be")
        return False

    def _place_at(self, pos: int) -> _PlaceHit | None:
        i = bisect_left(self.place_starts, pos)
        if i < len(self.places) and self.places[i].start == pos:
            return self.places[i]
        if i > 0 and self.places[i - 1].start < pos < self.places[i - 1].end:
            return self.places[i - 1]
        return None

    def _forces_after(self, t_end: int, window_end: int) -> _Mention | None:
        """"withdrawal of his troops", "advance of Russian forces" → the forces' mention."""
        match = re.match(r"\s+(?:of|by)\s+(?:the\s+)?", self.text[t_end:window_end])
        if not match:
            return None
        mentions = self._mentions_in(t_end + match.end(), t_end + match.end() + 30)
        if not mentions or mentions[0].start != t_end + match.end():
            return None
        mention = mentions[0]
        if mention.side and self._is_force(mention, window_end):
            return mention
        return None

    def _is_force(self, mention: _Mention, limit: int) -> bool:
        if mention.kind == "force":
            return True
        following = self._words_after(mention.end, 3, limit)
        return any(w[2].lower() in _FORCE_NOUNS for w in following)

    def _split_by_extent(self, fact: _Fact, s_start: int, s_end: int) -> list[_Fact]:
        """"Nearly all of the Luhansk area, as well as portions of the Donetsk … regions":
        one fact per extent when a sentence gives its places different extents."""
        extents = []
        for match in _EXTENT_RE.finditer(self.text, s_start, s_end):
            np_end = self._extent_places_end(match.end(), s_end)
            if np_end is not None:
                extents.append((match.start(), np_end))
        if len(extents) < 2:
            return [fact]
        out = []
        for start, end in extents:
            out.append(replace(fact, start=start, end=end, places=self._places_in(start, end),
                               anchor=fact.anchor))
        return out

    def _extent_places_end(self, pos: int, s_end: int) -> int | None:
        text = self.text
        match = re.match(r"\s+(?:the\s+)?", text[pos:s_end])
        pos += match.end() if match else 0
        end = None
        while pos < s_end:
            place = self._place_at(pos)
            if place is None or place.start != pos:
                break
            end = place.end
            pos = place.end
            joiner = re.match(r"(?:,\s*and\s+|,\s*|\s+and\s+)", text[pos:s_end])
            if joiner and self._place_at(pos + joiner.end()) is not None:
                pos += joiner.end()
                continue
            break
        if end is None:
            return None
        tail = re.match(r"\s+(?:regions?|oblasts?|provinces?|areas?|districts?)\b", text[end:s_end])
        return end + tail.end() if tail else end

    def _event_fact(self, index, s_start, s_end, match, word, event: _Event):
        t_start, t_end = match.span()
        text = self.text
        if event.unless_next:
            nxt = re.match(r"[\s-]*([A-Za-z]+)", text[t_end:s_end])
            if nxt and nxt.group(1).lower() in event.unless_next:
                return None
        if text[t_end:t_end + 1] == "-" or text[max(0, t_start - 1):t_start] == "-":
            return None
        if self._blocked(t_start, t_end, s_start, s_end):
            return None
        if event.category == "casualties" and word in _CASUALTY_PARTICIPLES and \
                re.search(r"\bthe\s+$", text[max(s_start, t_start - 5):t_start], re.IGNORECASE):
            return None     # "among the wounded": people counted before, not a new fact
        clause_start = self._clause_start(t_start, s_start)
        window_end = self._clause_end(t_end, s_end)
        if not self._requirements_met(event, t_start, t_end, clause_start, window_end, s_end):
            return None
        if event.category == "strikes" and (self._figurative(t_end, window_end) or
                                            self._has_cue_word(clause_start, t_start, "repelled")):
            return None
        before = [w[2].lower() for w in self._words_before(t_start, 3, clause_start)]
        if any(w in _NEGATIONS or w.endswith("n't") or w.endswith("n’t") for w in before):
            return None
        if event.actor_role == "agent":
            actor = self._agent_side_for_strike(t_start, t_end, s_start, s_end)
        elif event.actor_role == "victim":
            actor = self._victim_side(t_start, t_end, t_end, s_start, s_end)
        elif event.actor_role == "target":
            actor = self._opposite(self._target_side_before(t_start, s_start))
        else:
            adjective = self._adjective_mention(t_start, s_start)
            actor = adjective.side if adjective is not None else ""
            if not actor:
                of = self._mention_after_of(t_end, window_end)
                actor = of.side if of is not None else ""
            actor = actor or self._subject_side(t_start, s_start) or \
                self._side_from_context(t_start)
        if actor == "other":
            return None
        end = t_end
        if event.category == "casualties" and event.actor_role == "victim":
            tail = re.match(r"\s+(?:on|to|among)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
                            r"(?:army|forces|troops|military|soldiers|units)\b",
                            text[t_end:window_end])
            if tail:
                end = t_end + tail.end()
        places = self._places_in(t_start, self._clause_end(end, s_end)) or \
            self._places_in(self._comma_clause_start(t_start, s_start), t_start)
        if event.category == "casualties" and not places:
            places = [p for p in self._places_in(s_start, s_end)
                      if not self._in_attribution(p.start, s_start, s_end)]
        if places and all(p.country == "other" for p in places):
            return None
        if event.category == "strikes" and not actor and not places:
            return None     # "an attack on one is an attack on all": no side, no place
        unit = {"strikes": "strikes", "casualties": "people", "manpower": "people",
                "mobilisation": "people"}.get(event.category, "")
        return [_Fact(t_start, end, index, event.category, event.change, actor, unit, places,
                      anchor=t_start)]

    def _requirements_met(self, event: _Event, t_start, t_end, clause_start, window_end,
                          s_end) -> bool:
        if not event.requires:
            return True
        before = [w[2].lower() for w in self._words_before(t_start, 3, clause_start)]
        after_words = self._words_after(t_end, 8, window_end)
        after = [w[2].lower() for w in after_words]
        for kind, words in event.requires:
            if kind == "before" and any(w in words for w in before):
                return True
            if kind == "after":
                if "@place" in words and self._places_in(t_end, window_end):
                    return True
                if any(w in words for w in after):
                    return True
            if kind == "side" and self._adjective_mention(t_start, clause_start) is not None:
                return True
        return False

    def _figurative(self, t_end: int, window_end: int) -> bool:
        figurative = self.v.cues.get("figurative", frozenset())
        after = [w[2].lower() for w in self._words_after(t_end, 5, window_end)]
        if not after or after[0] not in ("to", "on", "against", "at"):
            return False
        return any(w.strip("’'s") in figurative or w in figurative for w in after[1:])

    # ---- sides ----

    def _subject(self, pos: int, s_start: int) -> _Mention | None:
        """Nearest actor mention left of ``pos`` in its clause that can be a subject."""
        clause_start = self._clause_start(pos, s_start)
        candidates = self._mentions_in(clause_start, pos)
        for mention in reversed(candidates):
            if mention.subject_ok and mention.side:
                return mention
        return None

    def _subject_side(self, pos: int, s_start: int) -> str:
        subject = self._subject(pos, s_start)
        return subject.side if subject is not None else ""

    def _adjective_mention(self, t_start: int, stop_at: int) -> _Mention | None:
        """"Ukrainian shelling", "a rapid Russian seizure", "their personnel shortage"."""
        words = self._words_before(t_start, 3, stop_at)
        for w in words:
            lower = w[2].lower()
            mentions = [m for m in self._mentions_in(w[0], w[1] + 1) if m.start == w[0]]
            if mentions and mentions[0].side and (
                    mentions[0].kind in ("demonym", "pronoun-group", "pronoun-person",
                                         "pronoun-speaker") or
                    re.match(r"['’]s?\s", self.text[mentions[0].end:mentions[0].end + 3])):
                if mentions[0].kind.startswith("pronoun") and lower not in ("their", "its",
                                                                           "his", "her",
                                                                           "our"):
                    return None
                return mentions[0]
            if lower in _DETERMINERS or lower in _PREPOSITIONS or w[2] in _CLAUSE_STOP or \
                    lower in ("and", "or", "but"):
                return None
        return None

    def _side_between(self, start: int, end: int) -> str:
        """"300,000 Russian reservists": a side adjective between a number and its unit."""
        for mention in self._mentions_in(start, end):
            if mention.kind == "demonym" and mention.side:
                return mention.side
        return ""

    def _agent_side(self, t_end: int, window_end: int) -> str:
        """"… was captured by Russian forces" → Russia."""
        match = re.match(r"\s+(?:[a-z]+\s+){0,3}?by\s+(?:the\s+)?", self.text[t_end:window_end])
        if not match:
            return ""
        mentions = self._mentions_in(t_end + match.end(), t_end + match.end() + 30)
        if mentions and mentions[0].start == t_end + match.end():
            return mentions[0].side
        return ""

    def _agent_side_for_strike(self, t_start, t_end, s_start, s_end) -> str:
        window_end = self._clause_end(t_end, s_end)
        adjective = self._adjective_mention(t_start, s_start)
        if adjective is not None:
            return adjective.side
        agent = self._agent_side(t_end, window_end)
        if agent:
            return agent
        target = self._target_side_after(t_end, window_end)
        if target:
            return self._opposite(target)
        return self._subject_side(t_start, s_start) or self._side_from_context(t_start)

    def _target_side_after(self, t_end: int, window_end: int) -> str:
        for match in re.finditer(r"\b(?:on|at|against|across|into|in|over)\s+(?:the\s+)?"
                                 r"(?:[a-z-]+\s+){0,2}", self.text[t_end:window_end]):
            pos = t_end + match.end()
            mentions = [m for m in self._mentions_in(pos, pos + 1)]
            if mentions and mentions[0].side in ("Russia", "Ukraine"):
                return mentions[0].side
            place = self._place_at(pos)
            if place is not None and place.country in ("Russia", "Ukraine"):
                return place.country
            country = re.match(r"(Ukraine|Russia)\b", self.text[pos:pos + 8])
            if country:
                return country.group(1)
        return ""

    def _target_side_before(self, t_start: int, s_start: int) -> str:
        clause_start = self._clause_start(t_start, s_start)
        places = self._places_in(clause_start, t_start)
        for place in reversed(places):
            if place.country in ("Russia", "Ukraine"):
                return place.country
        for mention in reversed(self._mentions_in(clause_start, t_start)):
            if mention.side in ("Russia", "Ukraine"):
                return mention.side
        return ""

    def _victim_side(self, t_start, t_end, scope_end, s_start, s_end) -> str:
        """The side suffering casualties."""
        window_end = self._clause_end(t_end, s_end)
        match = re.match(r"\s+(?:[a-z]+\s+){0,2}?(?:on|to|among|of)\s+(?:the\s+)?",
                         self.text[scope_end:window_end])
        if match:
            mentions = self._mentions_in(scope_end + match.end(), scope_end + match.end() + 30)
            if mentions and mentions[0].start == scope_end + match.end() and mentions[0].side:
                return mentions[0].side
        near = self._words_before(t_start, 4, s_start) + self._words_after(t_end, 8, window_end)
        if any(w[2].lower() in _CIVILIAN_NOUNS for w in near):
            places = self._places_in(t_start, window_end) or self._places_in(s_start, s_end)
            for place in places:
                if place.country in ("Russia", "Ukraine"):
                    return place.country
        adjective = self._adjective_mention(t_start, s_start)
        if adjective is not None:
            return adjective.side
        subject = self._subject(t_start, s_start)
        if subject is not None:
            return subject.side
        return self._side_from_context(t_start)

    def _mention_after_of(self, t_end: int, window_end: int) -> _Mention | None:
        match = re.match(r"\s+of\s+(?:the\s+)?", self.text[t_end:window_end])
        if not match:
            return None
        mentions = self._mentions_in(t_end + match.end(), t_end + match.end() + 30)
        if mentions and mentions[0].start == t_end + match.end():
            return mentions[0]
        return None

    def _control_side(self, s_start: int, s_end: int) -> str:
        match = re.search(r"\b(?:under|to)\s+(?:the\s+)?(?:[\w’'-]+\s+)?(?:control|occupation)\b"
                          r"|\b(?:occupied|controlled|held)\s+by\s+", self.text[s_start:s_end])
        if not match:
            return ""
        for mention in self._mentions_in(s_start + match.start(), s_start + match.end() + 30):
            if mention.side in ("Russia", "Ukraine"):
                return mention.side
        return ""

    def _side_from_context(self, pos: int) -> str:
        """Nearest earlier subject (or person) within the two sentences before."""
        index = self._sentence_of(pos)
        lower_bound = self.sentences[max(0, index - 2)][0] if self.sentences else 0
        i = bisect_left(self.mention_starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= lower_bound:
            mention = self.mentions[i]
            if mention.side and (mention.subject_ok or mention.kind == "person"):
                return mention.side if mention.side != "other" else ""
            i -= 1
        return ""

    @staticmethod
    def _opposite(side: str) -> str:
        return {"Russia": "Ukraine", "Ukraine": "Russia"}.get(side, "")

    def _control_as_verb(self, w) -> bool:
        """"Russian forces now control X": "control" is a verb, unlike "under Russian control"."""
        if w[2].lower() != "control":
            return False
        prev = self._words_before(w[0], 1, 0)
        if not prev:
            return False
        lower = prev[0][2].lower()
        if lower in _DETERMINERS or lower in _PREPOSITIONS or lower in _COMPLETIVE or \
                lower in ("partial", "effective", "taken", "took", "take", "takes", "taking",
                          "gain", "gained", "lost", "regained", "seized", "under", "returned",
                          "returning", "return", "back", "restored", "of", "in"):
            return False
        return not any(m.kind == "demonym" for m in self._mentions_in(prev[0][0], prev[0][1]))

    def _direction_verb_near(self, pos: int, clause_start: int, s_end: int):
        """The direction verb governing a number: before it in its clause, or just after."""
        for w in self._words_before(pos, 8, clause_start):
            lower = w[2].lower()
            if self._control_as_verb(w):
                return w, _Direction("held", "", "object")
            if lower in self.v.directions and self.v.directions[lower].needs != "control":
                return w, self.v.directions[lower]
            if lower in ("and", "but", "while", "which", "that", "who") or w[2] in ",":
                break
        for w in self._words_after(pos, 8, self._clause_end(pos, s_end)):
            lower = w[2].lower()
            if lower in self.v.directions and self.v.directions[lower].needs != "control":
                return w, self.v.directions[lower]
        return None

    # ---- places, periods, attribution ----

    def _fact_places(self, start: int, end: int, s_start: int, s_end: int,
                     numeric: bool = False) -> list[_PlaceHit]:
        """Places named in the fact's own words, just after it, or earlier in its clause."""
        clause_end = self._clause_end(end, s_end)
        tail_end = end
        if re.match(r"\s+(?:in|near|from|of|around|outside|across|along|into|at|on|towards?"
                    r"|(?:north|south|east|west)(?:-?\w+)?\s+of)\s",
                    self.text[end:clause_end]):
            tail = self._words_after(end, 8, clause_end)
            tail_end = tail[-1][1] if tail else end
        places = self._places_in(start, tail_end)
        if places or numeric:
            return places
        places = self._places_in(self._comma_clause_start(start, s_start), start)
        if places:
            return places
        # an adjunct after a comma: "…, particularly in the vicinity of Pokrovsk"
        adjunct = re.match(r"\s*,\s*(?:particularly|especially|mainly|mostly|notably|including"
                           r"|chiefly|near|around|in|along|close\s+to)\b[^,;]*",
                           self.text[clause_end:s_end])
        if adjunct:
            return self._places_in(clause_end, clause_end + adjunct.end())
        return []

    def _in_attribution(self, pos: int, s_start: int, s_end: int) -> bool:
        match = re.search(r"according to", self.text[s_start:s_end], re.IGNORECASE)
        return bool(match and s_start + match.start() < pos)

    def _row(self, n: int, fact: _Fact) -> dict:
        s_start, s_end, _ = self.sentences[fact.sentence]
        period_text, period_start, period_end = self._period(fact, s_start, s_end)
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
            "article_id": self.article_id,
            "fact_id": f"{self.article_id}:{n:03d}",
            "sentence": self.text[s_start:s_end],
            "start": fact.start,
            "end": fact.end,
            "phrase": self.text[fact.start:fact.end],
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
            "reported_date": self.published,
            "source_attribution": self._attribution(fact, s_start, s_end),
            "modality": fact.modality,
        }

    # periods

    def _period(self, fact: _Fact, s_start: int, s_end: int):
        best = None
        for hit in self._period_phrases(s_start, s_end):
            h_start, h_end = hit[0], hit[1]
            if h_start < fact.end and h_end > fact.start and fact.quantity is not None:
                continue
            distance = h_start - fact.end if h_start >= fact.end else fact.start - h_end
            distance = max(distance, 0)
            if best is None or distance < best[0]:
                best = (distance, hit)
        if best is None:
            return "", pd.NaT, pd.NaT
        _, (h_start, h_end, begin, finish) = best
        return self.text[h_start:h_end], begin, finish

    def _period_phrases(self, s_start: int, s_end: int) -> list[tuple]:
        if not hasattr(self, "_period_cache"):
            self._period_cache = {}
        key = (s_start, s_end)
        if key not in self._period_cache:
            self._period_cache[key] = _find_periods(self.text, s_start, s_end, self.published,
                                                    self.v.war_dates)
        return self._period_cache[key]

    # attribution

    def _attribution(self, fact: _Fact, s_start: int, s_end: int) -> str:
        text = self.text
        sentence = text[s_start:s_end]
        according = re.search(r"\baccording\s+to\s+([^,.;:“”\"]+)", sentence, re.IGNORECASE)
        if according:
            who = according.group(1).strip()
            if re.fullmatch(r"(?:him|her)", who, re.IGNORECASE):
                person = self._person_before(s_start + according.start(1))
                who = person or who
            return f"according to {who}"
        reports = re.search(r"\b(?:(?:as\s+yet\s+)?(?:unverified|unconfirmed)\s+reports|reports\s+"
                            r"(?:state|say|said|suggest|indicate)|(?:was|were)\s+reported|reportedly)\b",
                            sentence, re.IGNORECASE)
        best = None
        for w in self._words_after(s_start, 400, s_end):
            verb = _REPORTING_VERBS.get(w[2].lower())
            if verb is None:
                continue
            if w[2][0].isupper() and w[0] != s_start:
                continue
            speaker = self._speaker_of(w[0], w[1], s_start, s_end)
            if not speaker:
                continue
            distance = abs(w[0] - fact.anchor)
            before_fact = w[0] <= fact.anchor
            score = (0 if before_fact else 1, distance)
            if best is None or score < best[0]:
                best = (score, f"{speaker} {verb}")
        if best is not None:
            return best[1]
        if reports:
            return reports.group().strip()
        quoted = self._quoted_speaker(fact.anchor)
        return f"{quoted} (quote)" if quoted else ""

    def _speaker_of(self, v_start: int, v_end: int, s_start: int, s_end: int) -> str:
        """Who speaks with the reporting verb at ``v_start``: the words just before it
        ("the Russian defence ministry said", "he said"), or just after it ("…,” said Putin)."""
        text = self.text
        before = self._words_before(v_start, 7, s_start)
        picked = []
        right = v_start
        for w in before:
            lower = w[2].lower()
            if "," in text[w[1]:right]:
                break
            right = w[0]
            if not picked and lower in ("also", "has", "had", "have", "then", "later", "again"):
                continue
            if w[2][0].isupper() or lower in _SPEAKER_NOUNS or lower in ("he", "she"):
                picked.append(w)
                if lower in ("he", "she", "the"):
                    break
                continue
            break
        while picked and picked[-1][2].lower() in ("but", "and", "however", "as", "while", "when"):
            picked.pop()
        if picked and not (len(picked) == 1 and picked[0][2] in ("The", "But", "And", "As")):
            start = picked[-1][0]
            end = picked[0][1]
            if picked[-1][2] == "The" or text[max(s_start, start - 4):start].lower().endswith("the "):
                if picked[-1][2] != "The":
                    start = text.rfind("the", s_start, start)
            return self._display_speaker(text[start:end], v_start)
        after = re.match(r"\s+((?:[A-Z][\w’'.-]+\s+){0,4}[A-Z][\w’'.-]+|the\s+[a-z]+(?:\s+[a-z]+)?)",
                         text[v_end:s_end])
        if after and re.search(r"[”\"’,]\s*$", text[max(s_start, v_start - 4):v_start]):
            return self._display_speaker(after.group(1), v_start)
        return ""

    def _display_speaker(self, written: str, pos: int) -> str:
        written = written.strip()
        lower = written.lower()
        if lower in ("he", "she"):
            return self._person_before(pos) or written
        if lower.startswith("the ") and written.split()[-1].lower() in ("president", "leader"):
            person = self._person_before(pos)
            return person or written
        for mention in self._mentions_in(pos - len(written) - 8, pos):
            if mention.kind == "person":
                return mention.display
        if lower.split()[0] in ("it", "this", "that", "there", "which", "who", "what", "and",
                                "but", "as", "however", "when", "while", "the"):
            return written if lower.startswith("the ") else ""
        return written

    def _person_before(self, pos: int) -> str:
        i = bisect_left(self.mention_starts, pos) - 1
        while i >= 0 and pos - self.mentions[i].start < 3000:
            mention = self.mentions[i]
            if mention.kind in ("person", "pronoun-person") and mention.side and \
                    mention.display and mention.display[0].isupper() and \
                    mention.display.lower() not in _PRONOUNS:
                return mention.display
            i -= 1
        return ""

    def _quoted_speaker(self, pos: int) -> str:
        """Speaker of an unattributed quote paragraph: the last person heard before it."""
        para_start = self.text.rfind("\n", 0, pos) + 1
        if self.text[para_start:para_start + 1] not in ("“", '"', "‘", "'"):
            return ""
        index = self._sentence_of(pos)
        for s_start, s_end, is_caption in reversed(self.sentences[max(0, index - 8):index + 1]):
            if is_caption:
                continue
            for w in reversed(self._words_after(s_start, 400, s_end)):
                if w[2].lower() in _REPORTING_VERBS and w[0] < pos:
                    speaker = self._speaker_of(w[0], w[1], s_start, s_end)
                    if speaker and speaker[0].isupper():
                        return speaker
        return self._person_before(pos)

    # ---- de-duplication ----

    def _restated_counts_removed(self, facts: list[_Fact]) -> list[_Fact]:
        """A count said again is one fact: a headline count that the body states again
        ("claims two more villages" … "captured two more villages"), and a count taken up
        with "the" ("… the two villages"). Counts with a different side, change, period or
        places stay apart, and so does a count simply repeated further on."""
        by_key: dict[tuple, list[tuple[_Fact, str]]] = {}
        body = [f for f in facts if f.start >= self.headline_end]
        for fact in body:
            s_start, s_end, _ = self.sentences[fact.sentence]
            by_key.setdefault(self._count_key(fact), []).append(
                (fact, self._period(fact, s_start, s_end)[0]))
        dropped = set()
        for fact in facts:
            back_reference = fact.start >= self.headline_end and re.search(
                r"\b(?:the|these|those)\s+$", self.text[max(0, fact.quantity.start - 8):
                                                        fact.quantity.start], re.IGNORECASE)
            if fact.start >= self.headline_end and not back_reference:
                continue
            s_start, s_end, _ = self.sentences[fact.sentence]
            period = self._period(fact, s_start, s_end)[0]
            places = {p.place for p in fact.places}
            for other, other_period in by_key.get(self._count_key(fact), []):
                if other is fact or (back_reference and other.start >= fact.start):
                    continue
                if (back_reference or all(a == b or not a or not b for a, b in (
                        (fact.actor, other.actor), (fact.change, other.change),
                        (period, other_period)))) and \
                        (not places or not other.places or places == {p.place for p in other.places}):
                    dropped.add(id(fact))
                    break
        return [f for f in facts if id(f) not in dropped]

    @staticmethod
    def _count_key(fact: _Fact) -> tuple:
        q = fact.quantity
        return (q.value, None if math.isnan(q.high) else q.high, fact.unit, fact.category)

    def _deduplicated(self, facts: list[_Fact]) -> list[_Fact]:
        """A later restatement of the same qualitative fact (same category, side, change and
        period; the same places or none) is folded into the first mention."""
        kept: list[_Fact] = []
        by_key: dict[tuple, list[tuple[_Fact, frozenset]]] = {}
        for fact in sorted(facts, key=lambda f: (f.start, f.end)):
            s_start, s_end, _ = self.sentences[fact.sentence]
            period = self._period(fact, s_start, s_end)[0]
            places = frozenset(p.place for p in fact.places)
            key = (fact.category, fact.actor, fact.change, period)
            duplicate = False
            for other, other_places in by_key.get(key, []):
                if places == other_places or not places:
                    duplicate = True
                    if other.sentence == fact.sentence and other.end < fact.end and \
                            fact.start - other.end < 40:
                        other.end = fact.end
                    break
                if other.start <= fact.start < other.end:
                    duplicate = True
                    break
            if not duplicate:
                kept.append(fact)
                by_key.setdefault(key, []).append((fact, places))
        return kept


_MONTH_OR_DAY = set(_MONTHS) | set(_WEEKDAYS)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# =====================================================================================
# Periods: "in less than two weeks", "this week", "on Thursday", "since the start of the war"
# =====================================================================================

_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|a\s+few|few|several)"
_PERIOD_PATTERNS = [
    ("window", re.compile(
        rf"\b(?:in|within|over|during|for)\s+(?:the\s+)?(?:last|past|previous)\s+"
        rf"(?:(?P<n>{_NUMBER_WORD})\s+)?(?P<unit>day|week|month|year)s?\b", re.IGNORECASE)),
    ("window", re.compile(
        rf"\b(?:in|within)\s+(?:less\s+than|under|just|only|little\s+more\s+than|just\s+over)\s+"
        rf"(?P<n>{_NUMBER_WORD})\s+(?P<unit>day|week|month|year)s?\b", re.IGNORECASE)),
    ("window", re.compile(
        rf"\b(?:in|after|during)\s+(?P<n>{_NUMBER_WORD})\s+(?P<unit>day|week|month|year)s?\s+"
        rf"of\s+(?:fighting|war|the\s+war|combat|battle|conflict)\b", re.IGNORECASE)),
    ("vague", re.compile(r"\b(?:lately|recently|in\s+recent\s+(?:days|weeks|months)"
                         r"|(?:in|over)\s+the\s+(?:past|last)\s+few\s+(?:days|weeks|months))\b",
                         re.IGNORECASE)),
    ("this", re.compile(r"\b(?:this|last)\s+(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("today", re.compile(r"\b(?:today|yesterday|tonight|overnight)\b", re.IGNORECASE)),
    ("writing", re.compile(r"\b(?:as\s+of\s+writing|at\s+the\s+time\s+of\s+writing|as\s+of\s+now"
                           r"|as\s+of\s+today|now)\b", re.IGNORECASE)),
    ("nth_day", re.compile(r"\bfor\s+an?\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|2nd|3rd"
                           r"|4th|5th)\s+(?:straight\s+|consecutive\s+)?day(?:\s+(?:on\s+)?"
                           r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\b")),
    ("weekday", re.compile(r"\b(?:on\s+|last\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday"
                           r"|Saturday|Sunday)\b")),
    ("since", re.compile(r"\b[Ss]ince\s+(?P<what>[^,.;:]{3,60})")),
]


def _count(text: str | None) -> int:
    if not text:
        return 1
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    if text in ("a", "an"):
        return 1
    if text in ("a few", "few", "several"):
        return 0
    return _ONES.get(text, 0)


def _find_periods(text: str, s_start: int, s_end: int, published, war_dates) -> list[tuple]:
    """(start, end, period_start, period_end) of every time phrase in a sentence."""
    sentence = text[s_start:s_end]
    hits: list[tuple] = []
    taken: list[tuple[int, int]] = []
    dated = published is not pd.NaT and published is not None
    for kind, pattern in _PERIOD_PATTERNS:
        for m in pattern.finditer(sentence):
            start, end = m.span()
            if any(a < end and start < b for a, b in taken):
                continue
            begin, finish = pd.NaT, pd.NaT
            if kind == "window":
                n = _count(m.group("n"))
                if n == 0:
                    kind_here = "vague"
                else:
                    kind_here = "window"
                    if dated:
                        unit = m.group("unit").lower()
                        if unit == "month":
                            begin = published - pd.DateOffset(months=n)
                        elif unit == "year":
                            begin = published - pd.DateOffset(years=n)
                        else:
                            begin = published - pd.Timedelta(days=n * _UNIT_DAYS[unit])
                        finish = published
                if kind_here == "vague" and dated:
                    finish = published
            elif kind == "vague":
                finish = published if dated else pd.NaT
            elif kind == "this":
                if dated:
                    unit = m.group("unit").lower()
                    last = m.group().lower().startswith("last")
                    if unit == "week":
                        monday = published - pd.Timedelta(days=published.weekday())
                        begin, finish = (monday - pd.Timedelta(days=7), monday - pd.Timedelta(days=1)) \
                            if last else (monday, published)
                    elif unit == "month":
                        first = published.replace(day=1)
                        begin, finish = (first - pd.DateOffset(months=1), first - pd.Timedelta(days=1)) \
                            if last else (first, published)
                    else:
                        first = published.replace(month=1, day=1)
                        begin, finish = (first - pd.DateOffset(years=1), first - pd.Timedelta(days=1)) \
                            if last else (first, published)
            elif kind == "today":
                if dated:
                    word = m.group().lower()
                    begin = finish = published - pd.Timedelta(days=1) if word == "yesterday" \
                        else published
                    if word == "overnight":
                        begin = published - pd.Timedelta(days=1)
            elif kind == "writing":
                if dated:
                    begin = finish = published
            elif kind == "nth_day":
                if dated:
                    day = _weekday_on_or_before(published, m.group("day")) if m.group("day") \
                        else published
                    begin, finish = day - pd.Timedelta(days=_ORDINALS[m.group("ord")] - 1), day
            elif kind == "weekday":
                if dated:
                    begin = finish = _weekday_on_or_before(published, m.group("day"))
            elif kind == "since":
                anchor = None
                what = m.group("what")
                for anchor_re, stamp in war_dates:
                    if anchor_re.search(what):
                        anchor = stamp
                        break
                if anchor is None:
                    continue
                end = m.end()
                begin = anchor
                finish = published if dated else pd.NaT
            taken.append((start, end))
            hits.append((s_start + start, s_start + end, begin, finish))
    return hits


def _weekday_on_or_before(published, day_name: str):
    target = _WEEKDAYS.index(day_name.lower())
    return published - pd.Timedelta(days=(published.weekday() - target) % 7)
