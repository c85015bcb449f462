"""Closed-class English words and small text helpers shared by the facts modules
(prepositions, determiners, negations, pronouns, month and weekday names, window sizes).
"""

from __future__ import annotations

from collections.abc import Mapping

from saidvsdone import english
from saidvsdone import vocab as _tables  # imported once: REPORTING_VERBS is read for every word

from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)

import pandas as pd


CLAUSE_WORDS = 25         # how far left a subject is looked for


CUE_WORDS = 10            # how far left a hypothetical / intention cue counts


FORECAST_WORDS = 10       # how far right a forecast word counts ("… is not imminent")


COMPLEMENT_WORDS = 12     # how far right the territory of a verb is looked for


CONTEXT_WORDS = 8         # casualty words around a count of people


PRONOUN_REACH = 1500      # characters a pronoun looks back for its antecedent


MAX_SENTENCE = 1500       # longer runs without a full stop are cut into pieces


def apostrophes(pattern: str) -> str:
    """A regex fragment in which a straight apostrophe also matches a curly one."""
    return pattern.replace("'", "['’]")


def alternation(words) -> str:
    """Longest first, so "square miles" wins over "miles"; spaces match any space run (ties in alphabetical order,
    so the pattern's text is the same in every process, whatever the hash seed)."""
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(apostrophes(re.escape(w)).replace(r"\ ", r"\s+") for w in ordered)


CLAUSE_STOP = set(";:“”\"()—")


PREPOSITIONS = {"in", "into", "from", "to", "toward", "towards", "on", "onto", "of", "at",
                 "near", "with", "against", "across", "around", "inside", "outside", "over",
                 "under", "by", "for", "about", "throughout", "within", "along", "between",
                 "among", "than", "behind", "off", "beyond", "upon", "through"}


PLACE_ADJECTIVES = {"eastern", "western", "northern", "southern", "central", "north-eastern",
                     "south-eastern", "north-western", "south-western", "occupied", "sovereign",
                     "independent", "neighbouring", "neighboring", "mainland", "rest", "all"}


DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "these", "those",
                "this", "that", "some", "several", "many", "all"}


def force_nouns() -> frozenset:
    """The nouns of a side's forces a subject is read with ("Russian troops", "the army"): data/force_nouns.csv,
    uses ``side_subject``."""
    return _tables.compiled("facts_force_nouns", ("force_nouns",),
                            lambda: frozenset(_tables.force_nouns("side_subject")))


NEW_VERB_PHRASE = {"also", "then", "has", "have", "had", "is", "are", "was", "were", "will",
                    "would", "could", "can", "did", "does", "do", "said", "says", "later"}


NEGATIONS = {"not", "n't", "never", "no"} | {"without", "failed"}  # a change that did not happen


COMPLETIVE = {"completely", "fully", "entirely", "totally", "complete", "full", "yet"}


def interception(*uses: str) -> str:
    """A regex alternation (longest first, spaces as ``\\s+``) of the words of shooting down, intercepting and
    destroying (``data/interception_words.csv``) whose ``uses`` list one of ``uses``: the one vocabulary the
    interception readings of events and numeric share, each reading naming its uses."""
    return _tables.compiled("facts_interception:" + "|".join(uses), ("interception_words",),
                            lambda: alternation(w for use in uses for w in _tables.interception_words(use)))


def casualty_participle_words() -> frozenset:
    """The participles that make a bare number a count of soldiers lost, lower case: ``data/fact_cues.csv``, cue
    ``casualty_participle`` (killed, wounded, dead … eliminated, liquidated); read once per vocabulary."""
    return _tables.compiled("facts_casualty_participle_set", ("fact_cues",), lambda: frozenset(
        w.strip().lower() for w in _tables.table("fact_cues").loc[lambda t: t["cue"] == "casualty_participle", "word"]))


def casualty_participles() -> str:
    """:func:`casualty_participle_words` as a regex alternation (longest first).

    Example:
        >>> import re
        >>> bool(re.fullmatch(casualty_participles(), "killed")), bool(re.fullmatch(casualty_participles(), "shelled"))
        (True, False)
    """
    return _tables.compiled("facts_casualty_participles", ("fact_cues",),
                            lambda: alternation(casualty_participle_words()))


def cue_alternation(cue: str) -> str:
    """The words of ``data/fact_cues.csv`` whose cue is ``cue``, as a regex alternation (longest first, spaces as
    ``\\s+``; ``(?!)`` when there are none): what a module-level pattern of the facts stage is written around (vc1).

    Example:
        >>> import re
        >>> bool(re.fullmatch(cue_alternation("strength_verb"), "numbered"))
        True
    """
    def build():
        frame = _tables.table("fact_cues")
        return alternation(w.strip() for w, c in zip(frame["word"], frame["cue"]) if c.strip() == cue) or "(?!)"
    return _tables.compiled("facts_cue_alternation:" + cue, ("fact_cues",), build)


class _ReportingVerbs(Mapping):
    """The speech verbs of ``data/speech_cues.csv`` (the speech layer's one table), every form
    mapped to itself: what facts read as "X said" is what quotes and claims read."""

    def _forms(self) -> dict[str, str]:
        return _tables.compiled("facts_speech_forms", ("speech_cues",), _speech_forms)

    def __getitem__(self, key):
        return self._forms()[key]

    def __iter__(self):
        return iter(self._forms())

    def __len__(self):
        return len(self._forms())

    def __contains__(self, key):
        return key in self._forms()

    def get(self, key, default=None):  # one look-up, not Mapping's __getitem__ and KeyError
        return self._forms().get(key, default)

    def forms(self) -> dict[str, str]:
        """The forms as a plain dict (for a loop over many words: the table is checked once)."""
        return self._forms()


def _speech_forms() -> dict[str, str]:
    from saidvsdone.speech import cue_table

    return {form: form for form, kind in cue_table()[0].items() if kind == "speech" and " " not in form}


REPORTING_VERBS = _ReportingVerbs()


PRONOUNS = {"he": "person", "she": "person", "his": "person", "her": "person",
             "him": "person", "they": "group", "their": "group", "them": "group",
             "it": "group", "its": "group", "we": "speaker", "our": "speaker",
             "us": "speaker"}


WEEKDAYS = list(english.WEEKDAYS)


MONTHS = list(english.MONTHS)


MONTH_OR_DAY = set(MONTHS) | set(WEEKDAYS)


ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def is_missing(value) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def as_date(value):
    if is_missing(value):
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
