"""Closed-class English words every stage shares, defined once.

These are the language's own words (negations, weekdays, months, number and ordinal words), not
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
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}
