"""Closed-class English words every stage shares, defined once.

These are the language's own words (negations, weekdays, months, determiners, number and ordinal words), not
vocabulary a journalist would extend: that lives in ``data/`` (see :mod:`saidvsdone.vocab`).

Example:
    >>> from saidvsdone import english
    >>> english.ORDINAL_WORDS["third"], "n’t" in english.NEGATIONS, english.MONTHS[2]
    (3, True, 'march')
"""

from __future__ import annotations

#: Words that turn a statement into its opposite when they stand right before it.
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no", "hardly"})
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
#: Words that open a noun phrase without naming anything ("The president", "A spokesman", "his deputy").
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})
#: The cardinal number words below a hundred, smallest first (a pattern takes a run of them with :func:`number_words`).
CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
             "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
             "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
#: The number words a count of a few things is written with: one to twelve.
NUMBER_WORDS = {word: n for word, n in CARDINALS.items() if n <= 12}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}


def number_words(first: int = 1, last: int = 12) -> str:
    """The cardinal words whose values run from ``first`` to ``last``, smallest first, as a regex alternation
    (no group, lower case: patterns that take them read with ``re.IGNORECASE`` or lower-cased text).

    Example:
        >>> number_words(2, 5)
        'two|three|four|five'
    """
    return "|".join(word for word, n in CARDINALS.items() if first <= n <= last)
