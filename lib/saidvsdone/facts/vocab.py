"""The facts vocabularies: the CSV files in ``data/`` read once and compiled
(``vocab()``; ``facts.reload()`` reads them again).
"""

from __future__ import annotations

import math
from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from saidvsdone._letters import widen
from saidvsdone._paths import data_file
from saidvsdone.matcher import trie_pattern
from saidvsdone.facts.quantities import quantity_regex
from saidvsdone.facts.words import alternation, as_date


@dataclass(frozen=True)
class Unit:
    unit: str
    dimension: str
    to_km2: float
    to_km: float
    category: str


@dataclass(frozen=True)
class Direction:
    change: str
    default_actor: str
    needs: str


@dataclass(frozen=True)
class Event:
    category: str
    change: str
    actor_role: str
    requires: tuple          # ((kind, words), …) any of which must hold
    unless_next: frozenset


@dataclass
class Vocabulary:
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
    unit_types: tuple = ()    # (pattern of a formation type, side) from ``armed_units.csv`` (kind ``type``)
    armed_names: frozenset = frozenset()   # the named forces of ``armed_units.csv`` (kind ``name``)


def read_table(name: str, required: tuple[str, ...]) -> pd.DataFrame:
    """``data/<name>`` through the one vocabulary layer (:func:`saidvsdone.vocab.table`: your layered rows, BOM,
    re-read when edited), with the columns the facts stage needs."""
    from saidvsdone import vocab as tables

    table = tables.table(name.removesuffix(".csv"))
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise ValueError(f"{data_file(name)}: missing column(s) {', '.join(missing)}")
    return table


def _to_float(value: str) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


@lru_cache(maxsize=64)
def cue_regex(words: frozenset) -> re.Pattern | None:
    """One regex for a set of cue words (each a whole word, matched in lower-cased text)."""
    if not words:
        return None
    # "(?<![\w-])(?:{trie_pattern(words)})(?![\w-])" (= the longest-first alternation) with the look-behind after each
    # first character: a pattern whose branches all open with a character is searched for those characters first,
    # not tried at every character (the same matches: one branch per first character, its rests longest first)
    rests: dict[str, set] = {}
    for word in words:
        if word:
            rests.setdefault(word[0], set()).add(word[1:])
    branches = []
    for first, tails in sorted(rests.items()):
        char = re.escape(first)
        tail = trie_pattern(tails)
        branches.append(rf"{char}(?<![\w-]{char})" + (f"(?:{tail})" + ("?" if "" in tails else "") if tail else ""))
    return re.compile(rf"(?:{'|'.join(branches)})(?![\w-])")


@lru_cache(maxsize=64)
def word_before_regex(words: frozenset, tail: str) -> re.Pattern:
    """One pattern, searched right before a number, for a word of a ``fact_cues.csv`` cue (phrases of several words
    too: "total salvo") followed by ``tail`` (what may stand between it and the number) and the end of the text searched
    ("sentenced 12", "a total salvo of up to 16"). Built once per set of words; with no words it matches nothing."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:{alternation(words)})" + tail + "$", re.IGNORECASE)


def first_chars(words) -> str:
    """A look-ahead for the first characters of ``words`` (case-sensitive): put before a long
    alternation, it fails at once where no word can start (otherwise every word is tried at
    every character). Matches nothing more or less than the alternation alone.

    Example:
        >>> first_chars(["Kyiv", "Kharkiv", "'s"])
        "(?=['K’])"
    """
    chars = {w[0] for w in words if w}
    if chars & {"'", "’"}:
        chars |= {"'", "’"}  # alternation() lets a straight apostrophe match a curly one
    return "(?=[" + re.escape("".join(sorted(chars))) + "])" if chars else ""


#: what may not stand right before a word of a table (``(?<![\w-])``)
_WORD_CHAR = r"[\w-]"


def _trie(words, ignore_case: bool = False, not_after: str = "") -> str:
    """``words.alternation(words)`` as a prefix trie: the same matches, each character read once (``not_after``: see
    ``matcher.trie_pattern``)."""
    return trie_pattern(words, spaces=True, apostrophes=True, ignore_case=ignore_case, not_after=not_after)


def trigger_pattern(phrase: str) -> str:
    """A vocabulary phrase as a regex; a ``*`` word stands for one to four words (four of any kind when
    they hold a number: "pushed * back" matches "pushed Ukrainian units back", "moved * closer"
    matches "moved up to 25 miles closer")."""
    parts = [alternation([part.strip()]) for part in phrase.split("*")]
    gap = r"(?:(?:\s+[\w’'-]+){1,4}|(?=(?:\s+[\w’'-]+){0,3}?\s+\d)(?:\s+[\w’'.,-]+){4})\s+"
    return r"(?:" + gap.join(parts) + r")(?![\w-])"


def requirements(spec: str) -> tuple:
    """``requires`` conditions: alternatives joined by `` or ``, each a ``(kind, words)`` pair, or
    ``("and", (pair, pair, …))`` when its conditions are joined by `` and ``."""
    out = []
    for part in re.split(r"\s+or\s+", spec.strip()):
        if not part:
            continue
        pairs = []
        for condition in re.split(r"\s+and\s+", part.strip()):
            kind, _, words = condition.partition(":")
            pairs.append((kind.strip(), frozenset(w.strip().lower() for w in words.split("|") if w.strip())))
        out.append(pairs[0] if len(pairs) == 1 else ("and", tuple(pairs)))
    return tuple(out)


def _actor_rows() -> dict[str, tuple[str, str, str]]:
    """Who is on which side, from the one who-is-who (``speakers.csv`` and ``countries.csv``):
    written form → (side, kind, display). Sides are ``Russia``, ``Ukraine`` or ``other``; kinds
    ``country``, ``demonym``, ``capital``, ``force`` and ``person`` (a person named, or named by
    role: "Russian President", "Russia's leader")."""
    from saidvsdone import vocab as tables

    rows: dict[str, tuple[str, str, str]] = {}
    for form, (country, kind) in tables.country_forms().items():
        if form.endswith(("’s", "'s")):
            continue
        display = form if kind in ("capital", "force") else country
        rows[form.replace("’", "'")] = (tables.side_of(country), kind, display)
    demonyms = {c: [f for f, (cc, k) in tables.country_forms().items() if cc == c and k == "demonym"]
                for c in {c for c, _ in tables.country_forms().values()}}
    names = {c: [f for f, (cc, k) in tables.country_forms().items() if cc == c and k == "country"
                 and f[:1].isupper() and " " not in f] for c in demonyms}
    for person in tables.table("speakers").itertuples():
        if person.kind != "person":
            continue
        side = tables.side_of(person.country)
        display = person.name.split()[-1]
        for alias in {person.name, *tables.split_forms(person.aliases)}:
            rows.setdefault(alias.replace("’", "'"), (side, "person", display))
        for role in tables.split_forms(person.role):
            if role in ("leader", "president", "commander", "chief", "kremlin chief", "head of state"):
                for adjective in demonyms.get(person.country, [])[:1]:
                    for written in (f"{adjective} {role}", f"{adjective} {role.title()}"):
                        rows.setdefault(written, (side, "person", display))
                for name in names.get(person.country, [])[:1]:
                    rows.setdefault(f"{name}'s {role}", (side, "person", display))
    return rows


#: The tables the facts vocabulary is compiled from (``vocab()`` is compiled again when one changes on disk).
_TABLES = ("units", "direction_verbs", "event_words", "armed_units", "places", "war_dates", "fact_cues", "countries",
           "speakers")


def vocab() -> Vocabulary:
    """The facts vocabularies, compiled once from ``_TABLES`` (again after one changes, or ``saidvsdone.vocab.use``)."""
    from saidvsdone import vocab as tables

    return tables.compiled("facts_vocabulary", _TABLES, _vocab)


def _vocab() -> Vocabulary:
    units_table = read_table("units.csv", ("written", "unit", "dimension", "to_km2", "to_km",
                                            "category"))
    units = {}
    for r in units_table.itertuples(index=False):
        units[r.written.strip().lower()] = Unit(r.unit.strip(), r.dimension.strip(),
                                                 _to_float(r.to_km2), _to_float(r.to_km),
                                                 r.category.strip())
    people = tuple(sorted(w for w, u in units.items() if u.dimension == "people" and w[-1].isalnum()))
    symbols = [w for w in units if not w[-1].isalnum()]
    worded = [w for w in units if w[-1].isalnum()]
    # (a worded unit opens a word: "marines" is no unit inside "submarines"; a digit may stand before it, "30km")
    unit_re = re.compile(rf"(?:(?<![^\W\d_])(?:{_trie(worded, True)})(?![\w²])|(?:{_trie(symbols, True)}))",
                         re.IGNORECASE)

    verbs = read_table("direction_verbs.csv", ("word", "change", "default_actor", "needs"))
    directions = {r.word.strip().lower(): Direction(r.change.strip(), r.default_actor.strip(),
                                                     r.needs.strip())
                  for r in verbs.itertuples(index=False)}
    event_table = read_table("event_words.csv", ("word", "category", "change", "actor_role",
                                                  "requires", "unless_next"))
    events = {r.word.strip().lower(): Event(r.category.strip(), r.change.strip(),
                                             r.actor_role.strip(), requirements(r.requires),
                                             frozenset(w.strip().lower() for w in
                                                       r.unless_next.split("|") if w.strip()))
              for r in event_table.itertuples(index=False)}
    triggers: dict[str, list[tuple[re.Pattern, str]]] = {}
    for phrase in sorted(set(directions) | set(events), key=lambda w: (-len(w), w)):
        first = re.split(r"[\s]+", phrase)[0]
        triggers.setdefault(first.replace("’", "'"), []).append(
            (re.compile(trigger_pattern(phrase), re.IGNORECASE), phrase))

    actor_rows = _actor_rows()
    unit_types, armed_names = [], set()
    for r in read_table("armed_units.csv", ("written", "kind", "side")).itertuples(index=False):
        written, side = r.written.strip(), r.side.strip()
        if not written or side not in ("Russia", "Ukraine"):
            continue
        if r.kind.strip() == "name":     # "Azov", "3rd Assault Brigade": a force of its side
            actor_rows.setdefault(written.replace("’", "'"), (side, "force", written))
            armed_names.add(written)
        elif r.kind.strip() == "type":   # "Motor Rifle" in "the 27th Motor Rifle Division"
            unit_types.append((re.compile(rf"(?<![\w-])(?:{alternation([written])})(?![\w-])"), side))
    actor_re = re.compile(rf"{first_chars(actor_rows)}(?<![\w-])(?:{_trie(actor_rows)})(?!\w)")

    places_table = read_table("places.csv", ("name", "place", "country", "kind"))
    places = {r.name.strip(): (r.place.strip(), r.country.strip(), r.kind.strip())
              for r in places_table.itertuples(index=False)}
    # (no word character before a name: the look-behind after each name's first letter, so the pattern opens on those
    # letters and a whole text is searched for them in C (issue 17))
    place_re = re.compile(rf"(?:{_trie(places, not_after=_WORD_CHAR)})(?![\w-])" if places
                          else r"(?<![\w-])(?![\w-])")

    dates_table = read_table("war_dates.csv", ("phrase", "date"))
    war_dates = []
    for r in dates_table.itertuples(index=False):
        stamp = as_date(r.date)
        if stamp is not pd.NaT and r.phrase.strip():
            war_dates.append((re.compile(alternation([r.phrase.strip()]), re.IGNORECASE), stamp))

    cue_table = read_table("fact_cues.csv", ("word", "cue"))
    cues: dict[str, set] = {}
    for r in cue_table.itertuples(index=False):
        cues.setdefault(r.cue.strip(), set()).add(r.word.strip())
    cues = {k: frozenset(v) for k, v in cues.items()}
    # "captured Kotliarivka and Andriivka": capitalised names right after a gain/loss verb
    verbs = [w for w, d in directions.items() if d.change in ("gain", "loss") and "*" not in w
             and d.needs in ("territory", "territory_or_forces", "forces_place")]
    name = widen(r"[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?")  # (every Latin letter: "took Łyman", nx2)
    # (within one line: a headline's last verb, "Troops advancing", does not reach the capitals of the paragraph
    # under it, "Russian Defence Minister …", which would give a place "Russian Defence": fa26)
    verb_place_re = re.compile(
        rf"(?<![\w-])(?i:{alternation(verbs)})[^\S\n]+(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+)?"
        rf"(?:the\s+(?:village|town|city|settlement)s?\s+of\s+)?(?P<a>{name})"
        rf"(?:(?:,[^\S\n]*|[^\S\n]+and[^\S\n]+|,[^\S\n]+and[^\S\n]+)(?P<b>{name}))?")
    return Vocabulary(units, unit_re, directions, events, triggers, actor_rows, actor_re,
                       places, place_re, war_dates, cues, quantity_regex(people), verb_place_re,
                       frozenset(re.split(r"\s+", w)[0] for w in verbs), tuple(unit_types), frozenset(armed_names))
