"""Counts written for people: ``plural(1, "article")`` is "1 article", ``plural(3, "article")`` "3 articles".

Every count a message prints (the report, the command line, the corpus and archive warnings, the charts' notes)
goes through :func:`plural`, so no message says "1 articles" or "2 article(s)"; a verb or pronoun that agrees with a
count goes through :func:`agree` ("was"/"were", "is"/"are", "its"/"their").

Example:
    >>> plural(1, "article"), plural(0, "article"), plural(1234, "row")
    ('1 article', '0 articles', '1,234 rows')
    >>> plural(2, "no-break space or tab", "no-break spaces or tabs")
    '2 no-break spaces or tabs'
    >>> f"{plural(1, 'cell')} {agree(1, 'was', 'were')} cut", f"{plural(3, 'cell')} {agree(3, 'was', 'were')} cut"
    ('1 cell was cut', '3 cells were cut')
"""

from __future__ import annotations


def plural(n, noun: str, many: str | None = None) -> str:
    """``n`` and ``noun``, the noun in the plural unless ``n`` is 1 (``many``, else ``noun`` + "s"); a whole
    number is written with thousands separators."""
    count = int(n) if float(n) == int(n) else n
    word = noun if count == 1 else (many if many is not None else noun + "s")
    return f"{count:,} {word}" if isinstance(count, int) else f"{count} {word}"


def agree(n, one: str, many: str) -> str:
    """The word that agrees with a count of ``n``: ``one`` when ``n`` is 1, else ``many``."""
    return one if n == 1 else many
