"""Letters outside A–Z in names, places and outlets (issues 13, 14): one shared letter class, built once.

News copy names people and places with the letters of Polish, Czech, Hungarian, Nordic, Turkish or Baltic spelling
(Orbán, Erdoğan, Støre, Łódź, Šiauliai) and transliterates villages with marks ("Robôtyne" in some house styles). A
pattern written ``[A-Z][a-z]+`` cuts such a word at its first marked letter ("Rob") or misses a name that opens with
one ("Łyman"). ``UPPER`` and ``LOWER`` are the contents of a character class (no brackets): A–Z / a–z and every
capital / small letter of the Latin blocks (Latin-1, Extended-A and -B, Extended Additional); on ASCII text they
match exactly what ``A-Z`` / ``a-z`` matched.

Which patterns read them is explicit (round 23, nx2): a pattern that reads a person's, a place's or an outlet's name
says so where it is written, ``re.compile(widen(r"…"))`` or ``TablePattern(…, letters=True)``, so the text a pattern
object carries (``.pattern``) is the text that compiles, and every pre-filter derived from that text
(``matcher.fail_fast``'s first characters, a fast form built from ``.pattern``) reads the same letters. Patterns that
read English words (speech verbs, cue nouns, the word tokens) stay ASCII, as written: their fast paths (a plain
string scan for the letters around a cue word, a ``[A-Za-z]+`` tokeniser) assume it. ``_lazyre`` and
``matcher.fail_fast`` compile what they are given and widen nothing.

:func:`fold` is for matching keys only ("Støre" and "Store" one key); a label keeps the spelling as written.
"""

from __future__ import annotations

import unicodedata

_LATIN = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isalpha()]

#: every capital letter of the Latin alphabets, as the contents of a character class ("A-Z" and the marked ones)
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
#: every small letter of the Latin alphabets, as the contents of a character class ("a-z" and the marked ones)
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower() and c not in "ªº")

#: letters Unicode does not decompose into a base letter and a mark ("ø" is no "o" + mark): their base letter for a
#: matching key, folded by hand
_UNMARKED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
                           "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
                           "ð": "d", "Ð": "D", "ŧ": "t", "Ŧ": "T"})


def fold(words: str) -> str:
    """``words`` without their marks, for a matching key only ("Orbán" → "Orban", "Støre" → "Store", "Łódź" → "Lodz").

    Example:
        >>> fold("Jonas Gahr Støre"), fold("Łódź"), fold("Erdoğan")
        ('Jonas Gahr Store', 'Lodz', 'Erdogan')
    """
    if words.isascii():
        return words
    return "".join(c for c in unicodedata.normalize("NFKD", words.translate(_UNMARKED)) if not unicodedata.combining(c))


_UPPER_MARKED = UPPER[3:]
_LOWER_MARKED = LOWER[3:]


def widen(pattern):
    """A regular expression's source with its letter classes ``A-Z`` and ``a-z`` widened to every Latin letter
    (``[A-Z][a-z]+`` reads "Łyman" and "Robôtyne" whole), for a pattern that reads names, places or outlets, where it
    is written (``re.compile(widen(r"…"))``, ``fail_fast(widen(r"…"))``, ``TablePattern(…, letters=True)``). On ASCII
    text the widened pattern matches exactly what the written one matches; a source already widened, or with no such
    class, is returned as it is. (A class with letters past U+00FF costs sre about twice the compile time: module
    patterns, compiled once, not a pattern built per name or document at run time.)

    Example:
        >>> import re
        >>> re.findall(widen(r"near ([A-Z][a-z]+)"), "advanced near Łyman and near Robôtyne")
        ['Łyman', 'Robôtyne']
    """
    if type(pattern) is not str or ("A-Z" not in pattern and "a-z" not in pattern) or _UPPER_MARKED[:8] in pattern:
        return pattern
    return pattern.replace("A-Z", UPPER).replace("a-z", LOWER)


class FoldedKeys(dict):
    """A table keyed by ASCII spellings that also finds a key written with marks ("Ařsen", "Józef" find the rows of
    "Arsen", "Jozef"): a lookup as written first, then by :func:`fold` (the key only; what is returned and labelled is
    never folded).

    Example:
        >>> names = FoldedKeys({"Arsen": "m"})
        >>> "Ařsen" in names, names.get("Ařsen"), names["Arsen"], "Borys" in names
        (True, 'm', 'm', False)
    """

    __slots__ = ()

    def __contains__(self, key) -> bool:
        return dict.__contains__(self, key) or (type(key) is str and not key.isascii()
                                                and dict.__contains__(self, fold(key)))

    def __missing__(self, key):
        if type(key) is str and not key.isascii():
            folded = fold(key)
            if dict.__contains__(self, folded):
                return dict.__getitem__(self, folded)
        raise KeyError(key)

    def get(self, key, default=None):
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        return self[key] if key in self else default
