"""Quantities: numbers as written (digits, words, ranges, vague magnitudes, fractions),
their qualifier, and the unit a number counts.

Example:
    >>> q = read_quantity(quantity_regex().search("up to 12–15 villages"))
    >>> q.value, q.high, q.qualifier
    (12.0, 15.0, 'up to')
"""

from __future__ import annotations

import math
from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from saidvsdone.english import CARDINALS, number_words
from saidvsdone.facts.words import MONTH_OR_DAY, MONTHS, alternation, casualty_participles, cue_alternation
from saidvsdone.vocab import TablePattern
from saidvsdone.matcher import trie_pattern


ONES = CARDINALS


SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


VAGUE = {"dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1_000,
          "millions": 1_000_000}


#: The controlled values of a qualifier (``data/qualifiers.csv``, column ``qualifier``).
QUALIFIER_VALUES = ("more than", "at least", "nearly", "about", "up to", "less than", "exactly")


def _qualifiers() -> dict[str, str]:
    """Written qualifier → controlled value, from ``data/qualifiers.csv`` (read once, when the library is imported:
    every facts pattern is written around it, so a row added there is read in a new session)."""
    from saidvsdone import vocab as tables

    frame = tables.table("qualifiers")
    found = {}
    for i, (written, value) in enumerate(zip(frame["written"], frame["qualifier"])):
        written, value = " ".join(written.lower().split()).replace("’", "'"), value.strip()
        if value not in QUALIFIER_VALUES:
            raise tables.VocabularyError(f"qualifiers.csv, line {i + 2} ({written}): qualifier {value!r} is not one "
                                         f"of {', '.join(QUALIFIER_VALUES)}")
        found[written] = value
    return found


#: Written qualifier → controlled value (``data/qualifiers.csv``).
QUALIFIERS = _qualifiers()

#: the written qualifiers as one regex fragment, to use with ``re.IGNORECASE`` (any white space between words): the
#: hedge every pattern of the facts stage lets stand before a number ("sentenced about 12", "rose to more than 400",
#: "spoke to some 40"); a pattern adds its own words after it ("another", "a further", "only", "just")
HEDGE = trie_pattern(QUALIFIERS, spaces=True, apostrophes=True, ignore_case=True)


#: unit abbreviations printed glued to the number ("10km", "300km²", "5mi"): the number ends there
GLUED_UNIT = r"(?:km|sq\.?\s?(?:km|mi)|mi\b|miles?\b|kilomet|ha\b)"


def quantity_regex(people: tuple[str, ...] | None = None) -> re.Pattern:
    """The pattern of a written quantity. ``people``: the words counting people (``units.csv``, dimension
    ``people``) after which "m" / "mn" is a million ("1.5m soldiers"); by default the vocabulary's.

    Example:
        >>> quantity_regex().search("about 1.5m conscripts").group("num"), quantity_regex(("troops",)).search("1.5m men")
        ('1.5m', None)
    """
    if people is None:
        from saidvsdone.facts.vocab import vocab

        return vocab().quantity_re
    return _quantity_regex(people)


@lru_cache(maxsize=4)
def _quantity_regex(people: tuple[str, ...]) -> re.Pattern:
    # "3,000", "1 294" / "30 000" (a space, no-break or thin space between groups), "1200", "1.5"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+(?:\.\d+)?"
    scale = (r"(?:\s+(?:hundred|thousand|million|billion)|k\b|(?:m|mn)\b(?=\s+(?:Russian\s+|Ukrainian\s+)?"
             rf"(?:{alternation(people) or '(?!)'})\b))?")     # "700k", "1.5m soldiers"
    word = trie_pattern(ONES, ignore_case=True)  # a prefix trie: the longest-first alternation's matches
    scales = "|".join(SCALES)
    words = (rf"(?:(?:{word})(?:[\s-]+(?:and\s+)?(?:{word}|{scales}|dozen))*(?:\s+and\s+a\s+half\b(?!\s+(?:{scales})))?"
             rf"|a\s+(?:dozen|hundred|thousand|million)(?:\s+(?:{scales}))?|a\s+dozen|half\s+a\s+million"
             # the article as the number one before a unit of length or area: "advanced a kilometre", "a mile closer"
             r"|(?<!half\s)(?<!not\s)a(?=\s+(?:square\s+)?(?:kilomet(?:re|er)|mile)\b(?!-)(?!\s*\))))")
    vague = r"(?:tens|hundreds|dozens|scores|thousands|millions)(?:\s+of\s+(?:thousands|millions))?"
    number = rf"(?:(?:{digits}){scale}|{words})"
    return re.compile(
        rf"(?<![\w.,$€£#/^*-])(?<![\^*]\s)(?:(?P<qual>{HEDGE})\s+)?"
        rf"(?:between\s+(?P<lo>{number})\s+and\s+(?P<hi>{number})"
        rf"|(?P<num>{number})(?:\s*(?:–|—|-|to)\s*(?P<num2>{number}))?"
        rf"|(?P<vague>{vague}))(?!(?!{GLUED_UNIT})\w|[.,]\d|\s*(?:\^|\*\*|[x×]\s*10\b|e[+-]?\d))",
        re.IGNORECASE)


@dataclass
class Quantity:
    value: float
    high: float
    qualifier: str
    start: int
    end: int
    number_start: int
    vague: bool = False
    inverted: bool = False      # "between 5 and 3": the bounds were given the other way round
    high_start: int = -1        # where the upper bound of a range is written


def number_value(text: str) -> float | None:
    text = text.strip().lower()
    if not text:
        return None
    text = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", "", text)     # "1 294" → "1294"
    match = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?:\s+(hundred|thousand|million|billion)|(k)|(m|mn))?", text)
    if match:
        value = float(match.group(1).replace(",", "")) * SCALES.get(match.group(2) or "", 1) * \
            (1_000 if match.group(3) else 1) * (1_000_000 if match.group(4) else 1)
        return value if math.isfinite(value) else None      # 400 digits: no number at all
    if re.fullmatch(r"half\s+a\s+million", text):
        return 500_000.0
    total, current, seen = 0.0, 0.0, False
    half = re.search(r"\s+and\s+a\s+half$", text)
    if half:        # "one and a half", "two and a half"
        text = text[:half.start()]
        total = 0.5
    for token in re.split(r"[\s-]+", text):
        if token in ("and", ""):
            continue
        if token == "a":
            current += 1
        elif token == "dozen":
            current = (current or 1) * 12
        elif token in ONES:
            current += ONES[token]
            seen = True
        elif token == "hundred":
            current = (current or 1) * 100
            seen = True
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
            seen = True
        else:
            return None
    value = total + current
    if not math.isfinite(value):
        return None
    return value if seen or value else None


def read_quantity(match: re.Match, offset: int = 0) -> Quantity | None:
    written = (match.group("qual") or "").lower()
    qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", written).replace("’", "'"), "")
    high = math.nan
    vague = False
    high_start = -1
    if match.group("vague"):
        parts = re.split(r"\s+of\s+", match.group("vague").lower())
        value = 1.0
        for part in parts:
            value *= VAGUE.get(part, 1)
        qualifier = qualifier or "more than"
        vague = True
        number_start = match.start("vague")
    elif match.group("lo"):
        value, high = number_value(match.group("lo")), number_value(match.group("hi"))
        value = shared_scale(match.group("lo"), value, match.group("hi"), high)
        number_start, high_start = match.start("lo"), match.start("hi")
    else:
        value = number_value(match.group("num"))
        number_start = match.start("num")
        if match.group("num2"):
            high = number_value(match.group("num2"))
            value = shared_scale(match.group("num"), value, match.group("num2"), high)
            high_start = match.start("num2")
            if high is None or value is None or high <= value:
                return None     # "10-5" is a score or a code, not a range
    if value is None or high is None or not math.isfinite(value):
        return None
    inverted = not math.isnan(high) and high < value
    if inverted:        # "between 5 and 3": the bounds in order, the row flagged
        value, high = high, value
    return Quantity(float(value), float(high), qualifier, match.start() + offset,
                    match.end() + offset, number_start + offset, vague, inverted,
                    (high_start + offset) if not math.isnan(high) else -1)


def shared_scale(low_text: str, low: float | None, high_text: str, high: float | None):
    """"1.2-1.5 million", "between 2 and 3 thousand": the scale word written once, after the
    upper bound, scales the lower bound too."""
    if low is None or high is None or math.isnan(high):
        return low
    scale = re.search(r"\b(hundred|thousand|million|billion)\s*$", high_text.lower())
    if scale and not re.search(r"[a-z]", low_text.lower()):
        scaled = low * SCALES[scale.group(1)]
        if scaled <= high:
            return scaled
    return low


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
    match = quantity_regex().search(text)
    if match is None:
        return math.nan, math.nan, ""
    quantity = read_quantity(match)
    if quantity is None:
        return math.nan, math.nan, ""
    return quantity.value, quantity.high, quantity.qualifier


UNIT_STOP = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour",
              "hours", "minute", "minutes", "ago", "old", "year-old", "years-old", "was",
              "were", "is", "are", "have", "has", "had", "been", "be", "will", "would", "and",
              "or", "but", "in", "on", "at", "to", "from", "by", "with", "for", "than",
              "into", "since", "after", "before", "during", "per", "times", "point",
              "points", "percentage", "that", "which", "who",
              # a preposition ends the noun phrase: "about 9,000 near the town" counts no town
              "near", "along", "across", "around", "outside", "inside", "behind", "beyond", "towards",
              "toward", "through", "within", "among",
              # a subordinating conjunction opens another clause: "14 wounded when a missile struck" counts no missile
              "when", "while", "whereas", "where", "because", "although", "though", "if", "unless", "until", "as"}


UNIT_SKIP = {"of", "its", "their", "the", "his", "her", "our", "these", "those", "an", "a",
             "more", "other", "further", "additional"}     # "five more small frontline villages"


#: a verb that puts a figure on a count in a headline's present as well as in the past ("Russian losses top 1,200 a
#: day", "killed and wounded passes 300,000"): one list for every count and for a casualty toll's verb (TOLL_PUT_VERB)
_HEADLINE_COUNT_VERB = (r"top|tops|topped|pass|passes|passed|reach|reaches|reached|exceed|exceeds|exceeded|"
                        r"surpass|surpasses|surpassed|hit|hits|near|nears|neared")

#: "has already exceeded", "topped", "reached": the verbs that put a number on a count
_COUNT_VERBS = (r"(?:(?:has|have|had)\s+)?(?:already\s+|now\s+)?(?:at|as|stood\s+at|stands\s+at|was|is|"
                r"averaged|averages|average|amounted\s+to|amount\s+to|amounts\s+to|"
                r"were|are|rose\s+to|rises\s+to|risen\s+to|grew\s+to|grown\s+to|increased\s+to|swelled\s+to|"
                r"climbed\s+to|"
                r"(?:climbed|climbs|rose|rises|risen|went|goes|grew|jumped|jumps|soared|edged)\s+(?:past|above|beyond|over)|"
                # "losses climbed past 45,000", "rose above 1,000 a day"
                r"(?:passed|surpassed|crossed|topped)\s+the|"   # "have passed the 900,000 mark"
                r"fell\s+to|falls\s+to|fallen\s+to|dropped\s+to|drops\s+to|declined\s+to|"
                # "the daily average of Russian losses has stayed between 900 and 1,300"
                r"(?:stayed|stays|remained|remains|hovered|hovers)(?:\s+(?:between|at|around|near|above|below|under|over))?|"
                r"totalled|totaled|totals|of|"
                + _HEADLINE_COUNT_VERB + r")"
                # "were likely to be", "are estimated to have reached": a hedge between the verb and the figure
                r"(?:\s+(?:likely|probably|estimated|thought|believed|expected|reported|said)\s+to\s+"
                r"(?:be|have\s+been|total|exceed|reach|have\s+reached|stand\s+at))?")

#: A tally line: "- personnel: about 600,000", "Drones — 74", "tanks - 10,880" (a label, a colon or dash, or a hyphen
#: typed for a dash between blanks, the figure); inline, after the
#: figure of the item before and a comma ("tanks – 11,512 (+4), cruise missiles – 4,021 (+2)").
TALLY_LABEL = re.compile(r"(?:^|[:;]\s*|[-–—‒•*·]\s*|(?<=[\d)]),\s*)(?P<label>[A-Za-z][A-Za-z ’'-]{1,30}?"
                         r"(?:\s*\([A-Za-z][A-Za-z ’'-]{1,30}\))?)(?:\s*[:–—‒]|[^\S\n]+-(?=[^\S\n]))\s*"
                         r"(?:(?:" + HEDGE + r")\s+)?$",
                         re.MULTILINE)

#: a table row turned into a sentence of its own: "Losses (personnel): 1,230.", "Drones: 244.", "Total personnel losses of
#: the Russian army since 24 February 2022: approximately 1,112,000" (the label opens the sentence, a colon ends it)
_SENTENCE_LABEL = re.compile(r"[^\S\n]*(?:[-–—‒•*·][^\S\n]*)?(?P<label>[A-Z][\w ’'()-]{1,80}?)[^\S\n]*:[^\S\n]*"
                             r"(?:(?:" + HEDGE + r")\s+)?")
#: a label's parenthesised part: "Losses (personnel)", "Drones (operational-tactical level)"
_LABEL_BRACKET = re.compile(r"\(([^()]+)\)\s*$")

#: a tally line with no colon or dash, its figure ending the line ("personnel 980", "UAVs 388 (+12)")
_BARE_TALLY_LINE = re.compile(r"(?m)^[^\S\n]*(?:[-–—‒•*·][^\S\n]*)?(?P<label>[A-Za-z][A-Za-z ’'-]{1,30}?)[^\S\n]+"
                              r"(?:(?:" + HEDGE + r")\s+)?$")
_BARE_TALLY_END = re.compile(r"[^\S\n]*(?:\([^)\n]{1,12}\)[^\S\n]*)?(?:\n|$)")

NUMBER_OF_RE = re.compile(
    r"\b(?:number|total|tally|strength|count)\s+of\s+(?P<np>(?:[\w’'-]+\s+){1,12}?)"
    + _COUNT_VERBS + r"\s+$", re.IGNORECASE)


#: what stands right after "killed and wounded" before its figure: "put … at", a headline's verb ("Russian dead and
#: wounded near 270,000", "… killed or wounded top 300,000")
TOLL_PUT_VERB = r"(?:at|" + _HEADLINE_COUNT_VERB + r")"


TOLL_RE = re.compile(
    r"\b(?:(?:death|casualty|daily|weekly|monthly)\s+tolls?|(?:casualty|death|loss)\s+rate|casualties|losses|"
    r"(?:killed|dead|eliminated)\s+(?:and|or)\s+(?:wounded|injured)"   # "put Russian killed and wounded at 400,000"
    # (or a headline's verb right after: "Russian dead and wounded near 270,000", "… killed or wounded top 300,000")
    r"(?=\s+" + TOLL_PUT_VERB + r"\s))\b"
    # between the noun and the verb no figure, but a day or a year may stand ("losses … between February 24,
    # 2022 and June 10, 2025 are estimated at")
    r"(?:(?:[^.;:\d]|(?<=\s)\d{1,2}(?=,?\s)|(?<=\s)(?:19|20)\d\d\b|(?<=\s)\d\d?\.\d\d?\.(?:\d\d){1,2}(?=,?\s)){0,80}?)"
    r"\s+(?:to\s+)?(?:continue\s+to\s+)?"     # (or a dotted date: "from 24.02.22 to 21.11.24 amounted to")
    + _COUNT_VERBS + r"\s+[\"“‘']?$", re.IGNORECASE)   # (the figure may open a quote: 'had averaged “around 1,345”')


FRACTIONS = {"a fifth": 20.0, "one fifth": 20.0, "a third": 100 / 3, "one third": 100 / 3,
              "a quarter": 25.0, "one quarter": 25.0, "half": 50.0, "a half": 50.0,
              "one half": 50.0, "two thirds": 200 / 3, "three quarters": 75.0,
              "two fifths": 40.0, "three fifths": 60.0, "four fifths": 80.0, "a tenth": 10.0,
              "one tenth": 10.0}


FRACTION_RE = re.compile(
    r"(?<![\w-])(?:(?P<qual>" + HEDGE + r")\s+)?"
    r"(?P<frac>(?:a|one)[\s-](?:fifth|third|quarter|half|tenth)|half|two[\s-]thirds"
    r"|three[\s-]quarters|(?:two|three|four)[\s-]fifths)\s+of\b", re.IGNORECASE)


#: words after which a day number followed by its month is a date ("the night of 12 May", "since 3 March")
_BEFORE_A_DAY = frozenset({"of", "on", "since", "from", "until", "till", "by", "before", "after", "to", "and", "between"})


#: "one of which was shot down", "one of them was intercepted": a part of the launch just named, shot down
_ONE_OF_WHICH_DOWNED = re.compile(r"\s+of\s+(?:which|them)\s+(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?"
                                  r"(?:shot\s+down|downed|intercepted|destroyed|brought\s+down|jammed|neutrali[sz]ed)\b",
                                  re.IGNORECASE)

#: a determiner right before "one" ("each one", "every one", "no one"; not "said that one drone …"): the pronoun, not the number
_ONE_AS_PRONOUN = re.compile(r"\b(?:each|every|no)\s+$", re.IGNORECASE)
#: "of" not followed by a count: "one of the villages" (not "one of two missiles")
_OF_NOT_A_COUNT = re.compile(r"\s+of\b(?!\s+(?:the\s+)?(?:\d|" + number_words(2, 10) + r")\b)", re.IGNORECASE)


#: a figure written in capitalised number words ("Four Hundred", "Thirty-Three")
_TITLE_CASE_FIGURE = re.compile(r"[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+)*")
#: the capitalised word right after a figure ("Four Hundred Metres")
_CAPITALISED_AFTER = re.compile(r"[^\S\n]+([A-Z][a-z]+)\b")
#: a second capitalised word after the unit word, right after it or after a short lower-case link ("Metres of Mud"; not
#: "Marines of the Ukrainian 36th brigade"): a title's words, asked of a figure opening its sentence
_CAPITALISED_AFTER_UNIT = re.compile(r"[^\S\n]+(?:(?:of|in|on|and|for|from|to|at)[^\S\n]+)?[A-Z][a-z]+\b")
#: what may stand before a figure that opens its sentence or line (blanks, or a quote mark opening a quoted title)
_OPENING_BEFORE_A_FIGURE = re.compile(r"[\s\"“‘'«]*")
_QUOTE_BEFORE_A_FIGURE = re.compile(r"[\"“‘'«]\s*$")
#: a lower-case word that is not a short function word: the sentence is in sentence case, not a headline in Title Case
_SENTENCE_CASE_WORD = re.compile(r"(?<![\w’'-])(?!(?:of|the|a|an|in|on|at|to|by|for|and|or|with|from|as|vs)\b)[a-z]{2,}\b")


def not_a_battle_number(ctx, match: re.Match, quantity: Quantity, s_start: int, s_end: int) -> bool:
    text = ctx.text
    num_text = match.group("num") or ""
    before = text[max(s_start, quantity.start - 30):quantity.start].lower()
    if re.match(r"[\s-]*times\b", text[quantity.end:quantity.end + 8], re.IGNORECASE):
        return True     # "ten times higher": a ratio
    if re.fullmatch(r"one", num_text.strip(), re.IGNORECASE) and \
            _OF_NOT_A_COUNT.match(text[quantity.end:quantity.end + 20]) and \
            not _ONE_OF_WHICH_DOWNED.match(text, quantity.end):
        return True     # "one of the villages"; but "one of two missiles" and "one of which was shot down" count
    if re.fullmatch(r"one", num_text.strip(), re.IGNORECASE) and _ONE_AS_PRONOUN.search(before):
        return True     # "Each one carries a radio", "no one was hurt": a pronoun, not a count
    if re.fullmatch(r"\d{4}", num_text) and 1900 <= quantity.value <= 2100:
        prev = re.findall(r"[a-z]+", before)
        if prev and (prev[-1] in MONTHS or prev[-1] in ("in", "since", "of", "by",
                                                         "from", "until", "till",
                                                         "before", "after", "year")):
            return True
    if re.fullmatch(r"\d\d", num_text) and (re.search(r"(?<![\d,.])\d{1,2}:$", text[max(0, quantity.start - 3):quantity.start])
                                           or re.match(r":\d\d(?![\d,.])", text[quantity.end:quantity.end + 4])):
        return True     # "08:05 Of the cruise missiles, …": a clock time opening a live blog's entry
    if re.fullmatch(r"\d{1,2}", num_text) and quantity.value <= 31 and not quantity.qualifier:
        prev = re.findall(r"[a-z]+\.?", before)
        if prev and prev[-1].rstrip(".") in MONTHS and before.endswith(" ") and \
                (prev[-2:-1] == ["on"] or unit_after(ctx, quantity.end, s_end) is None):
            return True     # "published on June 17 shows …": a date; not "in June 12 soldiers were killed" (a unit follows)
        after = re.match(r"\s+([A-Z][a-z]+)\b", text[quantity.end:quantity.end + 12])
        if after and after.group(1).lower() in MONTHS and prev and prev[-1] in _BEFORE_A_DAY:
            return True     # "on the night of 12 May", "from 3 March": a day before its month
    unit_word = _CAPITALISED_AFTER.match(text, quantity.end) if _TITLE_CASE_FIGURE.fullmatch(num_text.strip()) else None
    if unit_word is not None and unit_word.group(1).lower() in ctx.v.units and \
            _SENTENCE_CASE_WORD.search(text, s_start, s_end):
        opening = max(s_start, text.rfind("\n", 0, quantity.start) + 1)
        if not _OPENING_BEFORE_A_FIGURE.fullmatch(text, opening, quantity.start) or \
                _QUOTE_BEFORE_A_FIGURE.search(text[opening:quantity.start]) or \
                _CAPITALISED_AFTER_UNIT.match(text, unit_word.end()):
            return True     # "In 'Four Hundred Metres of Mud', the major writes …": a figure in words and its unit word
        # all capitalised in a sentence-case sentence is a title (a book's, a film's), not a count (a headline in Title
        # Case has no lower-case word: "Army Retakes Three Villages"; "Eleven Ukrainian soldiers …" has no unit capitalised)
        # a figure opening its sentence is capitalised anyway ("Fifty Marines of the … brigade were killed", "Three
        # Tanks were destroyed"): there a title only when quoted or when another capitalised word follows the unit
    if re.search(r"(?:article|section|chapter|page|pages|paragraph|no\.|number|point"
                 r"|resolution|decree|order)\s*$", before) and \
            not re.search(r"\b(?:which|who|that|they|now|currently|still|should|would|must|to)\s+number\s*$", before):
        return True     # (but "forces, which now number 880,000", "the battalion should number 500": the verb)
    return False


#: a figure opening its line alone (a "week in numbers" digest), and the spaced dash before its gloss
#: (the line may open with a label in capitals and a colon: "IN FIGURES: 38 — the drones …")
_FIGURE_LINE = re.compile(r"[^\S\n]*(?:[•*·▪][^\S\n]*)?(?:[A-Z][A-Z’' &-]*:[^\S\n]+)?[\d][\d,.]*")
#: what may stand before such a figure on its line: nothing, a bullet, or the label in capitals
GLOSSED_FIGURE = re.compile(r"[^\S\n]*(?:[•*·▪][^\S\n]*)?(?:[A-Z][A-Z’' &-]*:[^\S\n]+)?")
#: (the gloss may name what is counted with "the": "38 — the drones the army says it shot down"; a data desk's
#: bullets put a colon for the dash: "• 14: hamlets recaptured this summer", "• 212 sq km: ground Russia gained")
GLOSS_DASH = re.compile(r"(?:[^\S\n]+[—–-]|[^\S\n]*:)[^\S\n]+(?:the[^\S\n]+)?")


def unit_after(ctx, pos: int, s_end: int):
    """(written unit, start, end) of the unit a number counts, or None."""
    text = ctx.text
    modifiers = 0
    steps = 0
    or_so = re.match(r"\s+or\s+so\b", text[pos:pos + 8])
    if or_so:
        pos += or_so.end()          # "another 3,000 or so troops"
    gloss = GLOSS_DASH.match(text, pos, s_end)
    if gloss is not None and _FIGURE_LINE.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos):
        pos = gloss.end() - 1       # "1,089 — Russian soldiers killed …": a line opening with a figure, glossed after a dash
    while pos < s_end and steps < 6:
        gap = _UNIT_GAP.match(text, pos, s_end)     # "12 Kh-101/Kh-555 cruise missiles", destroyed "up to 150" servicemen
        at = gap.end()
        match = ctx.v.unit_re.match(text, at, s_end)
        if match:
            written = match.group()
            if written.lower() == "ha" and at - pos > 1:
                return None
            head = _NEXT_WORD.match(text, match.end(), s_end)
            if head and head.group(1).lower() in ctx.v.cues.get("compound_head", frozenset()) and \
                    not plural_people(ctx, written):
                return None      # "700 infantry fighting vehicles", "12 drone attacks": the unit word is a modifier
            return written, match.start(), match.end()
        word = re.match(r"[A-Za-z][\w’'-]*(?:/\d[\w-]*)?", text[at:s_end])   # "Kh-59/69": one code
        if not word:
            return None
        token = word.group()
        lower = token.lower()
        actor = ctx.v.actor_re.match(text, at, s_end)
        if actor and ctx.v.actor_rows.get(actor.group().replace("’", "'"), ("", "", ""))[1] \
                == "demonym":
            token = actor.group()        # "31,000 Ukrainian soldiers", "North Korean troops"
        elif lower in ("and", "or") and steps and ctx.v.actor_re.match(text, at + len(token) + 1, s_end):
            pass                         # "45,000 North Korean and Russian troops"
        elif lower in ("and", "or") and steps and re.match(r"\s+[a-z][a-z-]*\s", text[at + len(token):s_end]) and \
                not re.search(r"[a-z]{3}s\s+$", text[max(0, at - 12):at]):
            pass                         # "54 Shahed-type and decoy drones", "30 attack and reconnaissance drones"
            # (not after a plural noun: "repelled 300 assaults and inflicted losses of …" counts assaults)
        elif lower in UNIT_SKIP:
            pass
        elif lower in ("and", "or") and steps and _model_after(ctx, at + len(token), s_end):
            pass                         # "30,000 Gerbera and Shahed drones", "12 Zircon or Oniks missiles"
        elif is_weapon_name(ctx, token):
            pass                         # "12 Shahed drones", "24 Kh-101 cruise missiles"
        elif formation_name(ctx, token, at + len(token), s_end):
            pass                         # "20,000 Wagner fighters", "300 Azov soldiers"
        elif model_name(ctx, token, at + len(token), s_end):
            pass                         # "11 Vampire rockets", "six Storm Shadow missiles"
        elif token[0].islower() and lower not in UNIT_STOP and not lower.startswith("year"):
            # a modifier coordinated with the one before ("long-range attack and decoy drones") adds none
            modifiers += 0 if re.search(r"\b(?:and|or)\s+$", text[max(0, at - 5):at]) and steps else 1
            if modifiers > 2:
                return None
        else:
            return None
        pos = at + len(token)
        steps += 1
    return None


_NEXT_WORD = re.compile(r"[ -]([a-z]+)\b")
#: what may stand between a number and its unit: no line break ("personnel 980⏎tanks 3": the next line's label is no
#: unit of this figure; the text's hard-wrapped prose was rejoined when it was cleaned)
_UNIT_GAP = re.compile(r"[^\S\n]*(?:[/\"”’+-][^\S\n]*)*")


def plural_people(ctx, written: str) -> bool:
    """A plural word counting people ("soldiers", "troops", "servicemen") is never a modifier: in
    "11,000 soldiers fighting in Kursk" or "2,000 troops training abroad" it is the counted noun; the
    modifiers are singular or mass words ("infantry fighting vehicles", "personnel carriers")."""
    unit = ctx.v.units.get(re.sub(r"\s+", " ", written.lower()))
    return getattr(unit, "dimension", "") == "people" and plural_word(written)


def plural_word(written: str) -> bool:
    """"soldiers", "servicemen", "people", "children": a plural; not "personnel", "infantry", "soldier".

    Example:
        >>> plural_word("troops"), plural_word("servicemen"), plural_word("personnel"), plural_word("prisoner of war")
        (True, True, False, False)
    """
    last = written.lower().split()[-1]
    return (last.endswith("s") and not last.endswith("ss")) or last.endswith("men") or last in ("people", "children")


#: a body of troops whose strength someone puts at the number after "at" ("puts its own forces at around 880,000")
_PUT_FORCES_AT = re.compile(r"\b(?:put|puts|putting|places|placed|estimate|estimates|estimated|estimating)\s+(?:(?:the|their|its|his|"
                            r"her)\s+)?(?:[\w’'-]+['’]s\s+)?(?:own\s+)?(?:[A-Za-z]+\s+)?(?P<u>forces|troops|army|"
                            r"armed\s+forces|troop\s+numbers|grouping|contingent|garrison)\s+(?:[\w’'-]+\s+){0,4}?at\s+"
                            r"(?:(?:" + HEDGE + r")\s+)?$")


def _label_unit(ctx, label):
    """The unit of a table label: its bracketed part when that is a unit ("Losses (personnel)"), else the last word
    of people or of a counted thing in it ("Drones (operational-tactical level)", "Total personnel losses of the
    Russian army"); None when it names none."""
    text = label.group("label")
    bracket = _LABEL_BRACKET.search(text)
    if bracket and re.sub(r"\s+", " ", bracket.group(1).strip().lower()) in ctx.v.units:
        start = label.start("label") + bracket.start(1)
        return bracket.group(1).strip(), start, start + len(bracket.group(1).strip())
    words = [m for m in ctx.v.unit_re.finditer(text[:bracket.start()] if bracket else text)
             if getattr(ctx.v.units.get(re.sub(r"\s+", " ", m.group().lower())), "dimension", "") in ("people", "count")
             and not re.search(r"\bby\s+$", text[:m.start()], re.IGNORECASE)]   # ("broken down by region": the key)
    if not words:
        return None
    return words[-1].group(), label.start("label") + words[-1].start(), label.start("label") + words[-1].end()


#: a sentence opening with a short subject that fell or rose, then "from …" / "to …": "Missile launches fell: from about
#: 2,100 … to 1,700", "Drone launches rose to 4,000"
MOVED_SUBJECT = TablePattern("quantities_moved_subject", ("fact_cues",), lambda: (
    r"[\s\"“]*(?P<np>(?:[A-Za-z’'-]+\s+){0,2}[A-Za-z’'-]+)\s+(?:" + cue_alternation("change_verb")
    + r"|went\s+(?:up|down))\s*[:,—–]?\s+"))
#: … and the preposition right before a figure of it (the qualifier of :data:`HEDGE` between)
_MOVED_TO = re.compile(r"\b(?:from|to)\s+(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)


#: the lead of a restatement in other units right before its figure: "Expressed in square miles, that is about",
#: "Measured in hectares, that comes to"
_IN_UNITS_THAT_IS = re.compile(r"(?:^|[.;:]\s+|^\W*)(?:(?:measured|expressed|converted)\s+)?(?:in|into)\s+(?P<u>[a-z][a-z².\s]{1,24}?)"
                               r"\s*,\s+(?:that|this|it)(?:\s+(?:is|was|comes\s+to|came\s+to|makes|made|equals|"
                               r"equalled|equaled)|['’]s)\s+(?:(?:" + HEDGE + r")\s+)?$", re.IGNORECASE)


def unit_before(ctx, quantity: Quantity, s_start: int):
    """"put the number of Russian troops in the zone at 617,000", "the death toll rose to 12":
    the counted noun comes before the number."""
    before = ctx.text[max(s_start, quantity.start - 120):quantity.start]
    lead = _IN_UNITS_THAT_IS.search(before)
    if lead is not None:
        # "Expressed in square miles, that is about 90": the unit named in the lead of a restatement in other units
        offset = quantity.start - len(before)
        unit = ctx.v.unit_re.match(ctx.text, offset + lead.start("u"))
        row = ctx.v.units.get(re.sub(r"\s+", " ", unit.group().lower())) if unit is not None else None
        if row is not None and row.dimension in ("area", "length") and unit.end() == offset + lead.end("u"):
            return unit.group(), unit.start(), unit.end()
    label = TALLY_LABEL.search(ctx.text, max(s_start, quantity.start - 60), quantity.start)
    if label is None:
        # "UAVs 388" on a line of its own (a tally table flattened to text): the line's label is the unit
        label = _BARE_TALLY_LINE.search(ctx.text, max(s_start, quantity.start - 40), quantity.start)
        if label is not None and not _BARE_TALLY_END.match(ctx.text, quantity.end):
            label = None
    if label is None:
        label = _SENTENCE_LABEL.fullmatch(ctx.text, s_start, quantity.start)
        if label is not None and not _label_unit(ctx, label):
            label = None
    if label is not None and _LABEL_BRACKET.search(label.group("label")) or \
            label is not None and len(label.group("label")) > 31:
        # "Losses (personnel): 1,230", "Drones (operational-tactical level): 54,870", "Total personnel losses of
        # the Russian army since …: 1,112,000": the unit word in the label
        return _label_unit(ctx, label)
    if label and re.sub(r"\s+", " ", label.group("label").lower()) in ctx.v.units:
        # "- personnel: about 600,000": a tally line, its label is the unit
        return label.group("label"), label.start("label"), label.end("label")
    if label:
        # "- operational-tactical UAVs ‒ 19,650", "- cruise missiles ‒ 2,905": the label's head noun
        # (its last words) is the unit
        head = re.search(r"(?:[A-Za-z’'-]+\s+)?[A-Za-z’'-]+$", label.group("label").rstrip())
        for m in (head, re.search(r"[A-Za-z’'-]+$", label.group("label").rstrip())) if head else ():
            written = re.sub(r"\s+", " ", m.group().lower())
            if written in ctx.v.units and ctx.v.units[written].dimension == "count":
                start = label.start("label") + m.start()
                return m.group(), start, start + len(m.group())
        if label.start("label") == s_start or ctx.text[s_start:label.start("label")].strip(" \t-–—‒•*·") == "":
            # a row that opens its line with a label saying who did what: "Drones launched by Russia: 1,420",
            # "Missiles shot down by Ukraine: 41": the thing counted in the label, wherever it stands
            inside = _label_unit(ctx, label)
            if inside is not None:
                return inside
    fronted = re.search(r"\b(?:[Oo]f|[Aa]mong)\s+(?:the|these|those|them)\s+(?:\d[\d,.]*\s+)?(?:[a-z-]+\s+)?(?P<u>[a-z]+)\s*,\s*"
                        r"(?:(?:mostly|mainly|largely|chiefly|including|all|both)\s[^,\d;:.]{3,70},\s*)?"   # an apposition
                        # between the whole and the part ("Of the drones, mostly Shaheds and decoys, 100 were …")
                        r"(?:(?:" + HEDGE + r"|only|just)\s+)?$", before)
    if fronted and fronted.group("u").lower() in ctx.v.units:
        # "Of the missiles, two were intercepted", "Among the drones, 30 were Shaheds": the noun counted,
        # fronted before the number (whole in digits or in words: "Of the 6 missiles, 2 were …")
        offset = quantity.start - len(before)
        return fronted.group("u"), offset + fronted.start("u"), offset + fronted.end("u")
    moved = MOVED_SUBJECT.match(ctx.text, s_start, quantity.start)
    if moved is not None and _MOVED_TO.search(ctx.text, moved.end(), quantity.start) and \
            not re.search(r"[;.]|\b(?:said|says|according)\b", ctx.text[moved.end():quantity.start]):
        # "Missile launches fell: from about 2,100 in the third year to 1,700 in the fourth": the thing counted is the
        # subject that fell or rose (its unit word, before a noun of what was done with it)
        for m in ctx.v.unit_re.finditer(ctx.text, moved.start("np"), moved.end("np")):
            written = re.sub(r"\s+", " ", m.group().lower()).replace("’", "'")
            if written in ctx.v.units and ctx.v.units[written].dimension == "count":
                return m.group(), m.start(), m.end()
    numbering = re.search(r"\b(?P<u>[A-Za-z]+(?:\s+of\s+war)?)\s*,?\s+(?:numbering|totall?ing|estimated\s+at|"
                          r"(?:which|who|that)\s+(?:now\s+|currently\s+|still\s+)?(?:number|numbers|numbered))\s+"
                          r"(?:(?:" + HEDGE + r")\s+)?$", before)
    if numbering and numbering.group("u").lower() == "forces" and "troops" in ctx.v.units:
        # "Kyiv's forces, which now number roughly 880,000": the body of troops counted
        offset = quantity.start - len(before)
        return "troops", offset + numbering.start("u"), offset + numbering.start("u")
    if numbering and numbering.group("u").lower() in ctx.v.units:
        # "Russian soldiers, numbering about 2,000, …": the noun counted before the number
        offset = quantity.start - len(before)
        return numbering.group("u"), offset + numbering.start("u"), offset + numbering.end("u")
    numbered = None if numbering else \
        re.search(r"\b(?P<u>forces|troops|soldiers|servicemen|fighters)\b[^,;:.\"“”]{0,60}?\s(?:number|numbers|numbered"
                  r"|totalled|totaled|totals)\s+(?:(?:" + HEDGE + r"|only|just)\s+)?$", before)
    if numbered and "troops" in ctx.v.units:
        # "Ukrainian forces encircled east of the river numbered about 600": the body of troops, the subject of
        # "numbered" several words before it
        offset = quantity.start - len(before)
        written = numbered.group("u") if numbered.group("u").lower() in ctx.v.units else "troops"
        end = offset + numbered.end("u") if written == numbered.group("u") else offset + numbered.start("u")
        return written, offset + numbered.start("u"), end
    rate = re.search(r"\b(?P<u>[A-Za-z]+)\s+(?:at\s+)?(?:a|an(?:\s+average)?|the)\s+(?:[a-z]+\s+)?(?:rate|pace)\s+of\s+"
                     r"(?:(?:" + HEDGE + r")\s+)?$", before)
    if rate and rate.group("u").lower() in ctx.v.units and ctx.v.units[rate.group("u").lower()].dimension == "people":
        # "recruited volunteers at a rate of about 1,000 a day": the people counted before the rate
        offset = quantity.start - len(before)
        return rate.group("u"), offset + rate.start("u"), offset + rate.end("u")
    put_at = re.search(r"\b(?:put|puts|putting|places|placed|estimates|estimated)\s+(?:the|their|its)\s+(?:number|figure|"
                       r"total|toll|strength|count)(?P<of>\s+of\s+(?:the\s+)?(?:dead|killed|wounded|casualties|deaths|losses))?"
                       r"\s+at\s+(?:(?:" + HEDGE + r")\s+)?$", before, re.IGNORECASE)
    if put_at:
        # "Tens of thousands of Russian troops are massing, though Kyiv puts the number at 90,000": the
        # people counted earlier in the sentence
        offset = quantity.start - len(before)
        since = s_start
        people = [m for m in ctx.v.unit_re.finditer(ctx.text, s_start, offset + put_at.start())
                  if getattr(ctx.v.units.get(re.sub(r"\s+", " ", m.group().lower())), "dimension", "") == "people"]
        previous = bisect_right(ctx.sentence_starts, s_start) - 2
        if not people and put_at.group("of") and previous >= 0:
            # "… killed at least 60 Russian soldiers. … a blogger put the number of dead at 25": the sentence before's
            since = ctx.sentence_starts[previous]
            people = [m for m in ctx.v.unit_re.finditer(ctx.text, since, s_start)
                      if getattr(ctx.v.units.get(re.sub(r"\s+", " ", m.group().lower())), "dimension", "") == "people"]
        if people and since < s_start:
            return people[-1].group(), quantity.end, quantity.end    # the noun of the sentence before: no span there
        if people:
            unit = people[-1]
            side = ctx.v.actor_re.search(ctx.text, max(since, unit.start() - 25), unit.start())
            start = side.start() if side and not ctx.text[side.end():unit.start()].strip() else unit.start()
            return unit.group(), start, unit.end()     # "Russian troops": the side goes with the unit
    put_forces = _PUT_FORCES_AT.search(before)
    if put_forces and "troops" in ctx.v.units:
        # "Kyiv puts its own forces at around 880,000", "Analysts estimate the Russian grouping near Pokrovsk at
        # 110,000": a body of troops whose strength is put at the number
        offset = quantity.start - len(before)
        return "troops", offset + put_forces.start("u"), offset + put_forces.start("u")
    match = NUMBER_OF_RE.search(before)
    if match:
        offset = quantity.start - len(before)
        unit = ctx.v.unit_re.search(match.group("np"))
        if unit and unit.group().lower() in ctx.v.units and \
                ctx.v.units[unit.group().lower()].dimension == "people":
            return unit.group(), offset + match.start("np"), offset + match.start("np")
        if unit and unit.start() == 0 and getattr(ctx.v.units.get(unit.group().lower()), "unit", "") == "settlements" and \
                any(w in ctx.v.directions for w in re.findall(r"[a-z]+", match.group("np").lower())):
            # "he put the number of villages under Ukrainian control at more than 100": settlements counted, the noun
            # right after "the number of", with a word of gain, loss or control after it (not "villages shelled") (fa30)
            return unit.group(), offset + match.start("np"), offset + match.start("np")
        casualty = ctx.v.cues.get("casualty_context", frozenset())
        if "deaths" in ctx.v.units and any(w in casualty for w in match.group("np").lower().split()):
            # "the number of North Korean killed or wounded … exceeds 3,000"
            return "deaths", offset + match.start("np"), offset + match.start("np")
    match = TOLL_RE.search(before)
    if match:
        offset = quantity.start - len(before)
        return "deaths", offset + match.start(), offset + match.start()
    # "a reserve of 1.2-1.5 million", "a force of 30,000": a body of troops before the number
    force = re.search(r"\b([a-z]+)\s+of\s+(?:(?:" + HEDGE + r")\s+)?$", before)
    if force and force.group(1) in ctx.v.cues.get("troops_before", frozenset()) and \
            "troops" in ctx.v.units:
        offset = quantity.start - len(before)
        return "troops", offset + force.start(1), offset + force.start(1)
    return None


def is_weapon_name(ctx, token: str) -> bool:
    """A model code or weapon name between a number and its unit: a capitalised word with a
    digit or hyphen ("Kh-101", "Geran-2"), an acronym ("HIMARS"), or a ``weapon_name`` cue."""
    if not token[0].isupper():
        return False
    return bool(re.search(r"\d|-", token)) or (token.isupper() and len(token) > 1) or \
        token.lower() in ctx.v.cues.get("weapon_name", frozenset())


def formation_name(ctx, token: str, end: int, s_end: int) -> bool:
    """A capitalised name right before a word counting people names the formation they
    belong to ("20,000 Wagner fighters", "300 Azov soldiers"); a month or weekday does not
    ("on 12 June Russian troops …": the number is a date)."""
    if not token[0].isupper() or token.lower() in MONTH_OR_DAY:
        return False
    unit = ctx.v.unit_re.match(ctx.text, end + 1, s_end) if ctx.text[end:end + 1] == " " else None
    return unit is not None and \
        getattr(ctx.v.units.get(re.sub(r"\s+", " ", unit.group().lower())), "dimension", "") == "people"


def _model_after(ctx, pos: int, s_end: int) -> bool:
    """The words after "and"/"or" in a count of weapons are another model: a weapon name or a capitalised model name
    before the word counting weapons ("… and Shahed drones", "… or Oniks missiles")."""
    word = re.match(r"\s+([A-Z][\w’'-]*)", ctx.text[pos:s_end])
    return word is not None and (is_weapon_name(ctx, word.group(1)) or
                                 model_name(ctx, word.group(1), pos + word.end(1), s_end))


def model_name(ctx, token: str, end: int, s_end: int) -> bool:
    """A capitalised name right before (one more capitalised word, or "and"/"or" and another name, and) a word counting
    weapons names their model ("11 Vampire rockets", "six Storm Shadow missiles", "40 Gerbera and Shahed drones"), like a
    formation before soldiers;
    not a month or weekday, nor a side ("12 Ukrainian drones" is read as a side)."""
    if not token[0].isupper() or token.lower() in MONTH_OR_DAY or ctx.v.actor_re.fullmatch(token):
        return False
    nxt = re.match(r" (?:[A-Z][\w-]+ )?(?:(?:and|or|,|, and) [A-Z][\w-]+ (?:[A-Z][\w-]+ )?)?",   # "Gerbera and Shahed drones"
                   ctx.text[end:s_end])
    unit = ctx.v.unit_re.match(ctx.text, end + nxt.end(), s_end) if nxt else None
    found = ctx.v.units.get(re.sub(r"\s+", " ", unit.group().lower())) if unit else None
    return found is not None and found.dimension == "count" and found.category == "strikes"


#: an attack in the sentence before a bare casualty number: whom it killed were its victims, not its soldiers
_ATTACKED = re.compile(r"\b(?:shelled|shelling|struck|strikes?|attacked|attacks?|bombed|bombing|hit|raided|fired)\b",
                       re.IGNORECASE)


#: a side's adjective and a casualty word as a noun after a number: "40 Russian dead", "300 Ukrainian wounded"
_SIDE_DEAD = TablePattern("side_dead", ("fact_cues",), lambda: (
    r"\s+([A-Z][\w’'-]+)\s+(" + casualty_participles() + r")\b(?!\s+(?:by|and\s+\d))"))


#: a short relative clause right after a bare number, before its verb: "60 who had hidden in dugouts were taken prisoner"
_WHO_CLAUSE = re.compile(r"\s+who\s+(?:had\s+|have\s+|has\s+)?(?:not\s+|never\s+)?[a-z]+"
                         r"(?:\s+(?!(?:were|was|had|have)\b)[a-z]+){0,3}(?=\s+(?:were|was|have|had)\s)")


#: a word of adding to a count right before a number ("a further five", "another 12", "an additional 40")
FURTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+(?:(?:" + HEDGE + r")\s+)?$",
                            re.IGNORECASE)


def casualty_count(ctx, quantity: Quantity, s_start: int):
    """"12 people were killed and 60 wounded": a bare number before a casualty word
    counts people when people were counted earlier in the sentence ("some 60 who had hidden in dugouts were taken
    prisoner": past a relative clause after the number)."""
    who = _WHO_CLAUSE.match(ctx.text, quantity.end, quantity.end + 60)
    at = who.end() if who else quantity.end
    match = re.match(r"(?:\s+of\s+them|\s+of\s+the(?:\s+(?:confirmed|identified|known|reported))?)?(?:\s+(?:were\s+|"
                     r"have\s+been\s+|had\s+been\s+)?(?:confirmed\s+)?(" + casualty_participles() + r")\b|\s+(?:have|has|had)\s+(?:already\s+|reportedly\s+|since\s+)?(surrendered|been\s+captured|"
                     r"been\s+taken\s+prisoner|laid\s+down\s+(?:their\s+)?(?:arms|weapons))\b"
                     r"|\s+(?:were|was|have\s+been|had\s+been)\s+(captured|taken\s+prisoner)\b|\s+(surrendered)\b)",
                     ctx.text[at:at + 40])
    side_dead = _SIDE_DEAD.match(ctx.text, quantity.end) if not match else None
    if side_dead and ctx.v.actor_re.fullmatch(side_dead.group(1)) and not _ATTACKED.search(ctx.text, s_start, quantity.start):
        # "reported 40 Russian dead": a side's adjective, then the casualty word as a noun (the side stands between):
        # the side's soldiers (not after a strike: "the strike left 12 Ukrainian dead" counts victims)
        return "troops", side_dead.start(2), side_dead.start(2)
    if not match:
        # "killing at least 12 people and wounding 40", "killed 7 and injured 25"
        before = ctx.text[max(s_start, quantity.start - 12):quantity.start]
        if (re.search(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+$", before) or
                # any casualty participle of the table before a bare number that ends its clause: "We eliminated 14,
                # the rest ran" (not "neutralized 84 of them", drones)
                re.search(r"\b(?:" + casualty_participles() + r")\s+$", before) and
                re.match(r"\s*(?:[,.;]|and\s)", ctx.text[quantity.end:quantity.end + 5])) and \
                not re.match(r"[\s-]*(?:%|percent|per\s+cent|of\b(?!\s+them\b)|km\b|(?:years?|months?|weeks?|days?|"
                             r"hours?|minutes?)\b)",
                             ctx.text[quantity.end:quantity.end + 12]):
            return "people", quantity.end, quantity.end
        return None
    if not re.match(r"(?:\s+of\s+them)?\s+(?:were|was|have|has|had|surrendered)\b", ctx.text[at:at + 20]):
        return "people", quantity.end, quantity.end       # "left 40 dead", "12 killed"
    # the people counted before, in its sentence or (a sentence opening with the number: "Two were captured",
    # "Some 20 of them had surrendered") the sentence before
    opening = not ctx.text[s_start:quantity.start].strip(" \"“-–—") or \
        re.fullmatch(r"[\"“]?(?:" + HEDGE + r"|another|a\s+further)\s+",
                     ctx.text[s_start:quantity.start], re.IGNORECASE)
    if match.group(4) and not opening and FURTHER_BEFORE.search(ctx.text, max(s_start, quantity.start - 30),
                                                                quantity.start):
        return None     # "captured 12 soldiers; a further five surrendered": read as another of the same
    # ("lost more than 1,500 servicemen killed and wounded, and about 40 surrendered": the soldiers counted before, fa32)
    before = max((a for a, b, _ in ctx.sentences if b <= s_start), default=s_start) if opening else s_start
    counted = [m.group() for m in ctx.v.unit_re.finditer(ctx.text, before, quantity.start)]
    people = [c for c in counted if ctx.v.units.get(re.sub(r"\s+", " ", c.lower())) is not None and
              ctx.v.units[re.sub(r"\s+", " ", c.lower())].dimension == "people"]
    if not people:
        return None     # "1,351 soldiers have been killed … and 3,825 wounded": people counted before
    if opening and ctx.v.units[re.sub(r"\s+", " ", people[-1].lower())].unit == "troops" and \
            (re.match(r"\s+of\s+them\b", ctx.text[quantity.end:quantity.end + 10]) or
             (before < s_start and not _ATTACKED.search(ctx.text, before, s_start))):
        # "… sent 12,000 soldiers. At least 600 of them have been killed"; "North Korean troops joined the fighting.
        # About 1,000 have been killed": the soldiers of the sentence before
        return people[-1], quantity.end, quantity.end
    return "people", quantity.end, quantity.end


def unit_via_out_of(ctx, quantity: Quantity, later: list[Quantity], s_end: int):
    """"222,000 out of an expected 300,000 reservists": the first takes the second's unit."""
    rest = ctx.text[quantity.end:s_end]
    match = re.match(r"\s+(?:out\s+of|of(?:\s+(?:the|a|an))?(?:\s+total\s+of)?)\s+(?:an?\s+|the\s+)?"
                     r"(?:expected|estimated|planned|targeted|total\s+of\s+)?\s*", rest)
    if not match or not later:
        return None
    nxt = later[0]
    if nxt.start != quantity.end + match.end():
        return None
    return unit_after(ctx, nxt.end, s_end)
