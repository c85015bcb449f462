"""The objects of the speech layer and the cues they hang on: a speech cue (:class:`Cue`), a dated act
(:class:`SpeechAct`), what is known of a quoted span (:class:`QuoteReading`); the speech verbs and nouns of
``data/speech_cues.csv`` and ``data/speech_words.csv`` (:func:`cue_table`, :func:`inflections`), where they stand in
a text (``_find_cues``) and the words around a verb that make it no statement (negated, unrealised, passive)."""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import itemgetter

from saidvsdone import mentions as _mentions
from saidvsdone import vocab
from saidvsdone.matcher import case_insensitive_opening, trie_pattern
from saidvsdone.matcher import fail_fast, lazy_fail_fast
from saidvsdone.mentions import Mention
from saidvsdone.vocab import speech_words  # (the table's words by kind; used all through this module)


_SCARE_MAX_WORDS = 5
_ADJACENT_WORDS = 4      # words allowed between a subject and its speech verb
_DATE_AFTER_CUE_WORDS = 25
_WORD = re.compile(r"[A-Za-z][A-Za-z]*")  # (= [A-Za-z]+, written to open on a class: sre searches for it in C; sp23)
# "did not say", "didn’t say", "never said": no speech act (and no quote of theirs)
# "were reported to have died", "is said to": an agentless passive names no speaker
_PASSIVE_BEFORE = lazy_fail_fast(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b")
#: the occasion, medium or day a back-referring passive may name before its agent: "This was reported **on Telegram on
#: Sunday** by A B", "It was stated **in an interview** by …" (``STATED_BY``; ``_subjects._passive_agent``)
BY_ADJUNCT = r"(?:\s+(?:on|late|early|earlier|in|at|during)\s+[^,.;:“”\"\n]{1,40}?)?"
#: ``BY_ADJUNCT`` with its "by" after it on the same line (its end is where "by" is read: ``_subjects._passive_agent``)
ADJUNCT_BEFORE_BY = re.compile(BY_ADJUNCT + r"(?=[^\S\n]+by\b)")
#: "This was", "It has been": a passive's subject and auxiliary pointing back to the sentence before, up to the verb
#: (``_occasions.BACK_REFERENCE``, the claims' and the subjects' readings)
BACK_REFERENCE_OPENING = r"(?:This|That|These|It)\s+(?:was|were|has\s+been|had\s+been)"
#: "This was ", "It has been ": a passive whose subject points back to the sentence before
_BACK_REFERRING_PASSIVE_BEFORE = lazy_fail_fast(r"(?<![\w’'-])" + BACK_REFERENCE_OPENING + r"\s+(?:\w+ly\s+)?$")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s?\s+$")
_TO_OR_THAT_AFTER = re.compile(r"\s+(?:to|that)\b")
#: "He did not say how the alliance had calculated …", "It is unclear whether Moscow reported …": the verb of an
#: embedded question, asked or left open, no words reported
# (the verbs as a trie behind a look-ahead for their first letters: the 80 characters before each cue read 2x faster)
_ASKED_HOW_BEFORE = lazy_fail_fast(r"\b(?:" + trie_pattern((
    "say", "said", "says", "saying", "explain", "explained", "specify", "specified", "disclose", "disclosed", "clear",
    "unclear", "know", "known", "asked", "ask", "asking", "wondered", "wonder", "question", "questioned", "detail",
    "detailed"), ignore_case=True) + r")\s+"
    r"(?:how|whether|why)\s+(?:[\w’'-]+\s+){1,5}?(?:(?:had|has|have|would|could|was|were)\s+)?$", re.IGNORECASE)
#: "the four regions Moscow claims", "the land Russia has claimed as its own": land a country claims, the object of the
#: verb standing before its subject (a reduced relative clause), no words reported
_LAND_CLAIMED_BEFORE = re.compile(r"\b(?:regions?|territory|territories|land|lands|areas?|provinces?|oblasts?|parts?|"
                                  r"villages?|towns?|cities|settlements?)\s+(?:that\s+|which\s+)?(?:[A-Z][\w’'-]+\s+){1,2}"
                                  r"(?:(?:has|have|had|now|still|also)\s+)?$")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+$", re.IGNORECASE)
_NEGATED_CUE = fail_fast(r"(?:\bnot|n[’']t|\bnever)\s+(?:\w+\s+)?$", re.IGNORECASE)
# words not (yet) spoken: "had to respond", "will announce", "is expected to say", "plans to address", "declined to say"
_UNREALISED_CUE = fail_fast(r"\b(?:(?:had|has|have|ought|need|needs|needed|going|want|wants|wanted|ready|able|"
                             r"expected|due|plan|plans|planned|hopes?|hoped|intends?|intended|declined|declines|declining|refused|"
                             r"refuses|refusing|failed|fails)\s+to|will|shall|must|"
                             r"should|might|may|can|cannot)\s+$", re.IGNORECASE)
# a speech verb under "would"/"could" inside what another speech verb of the sentence reports ("He said Washington
# would announce a package “in the coming days”", "Peskov said Russia would respond in a way that would be “painful”"):
# an act to come in the reported words, not a statement (the quote is the reporting speaker's)
_REPORTED_MODAL = fail_fast(r"\b(?:said|says|told\s+[\w-]+|added|warned|stressed|insisted)\s+(?:that\s+)?"
                            r"[^,.;:!?“”\"\n]{1,50}?\s+(?:would|could)\s+(?:(?:also|soon|later|then|not|never)\s+)?$",
                            re.IGNORECASE)
_COORDINATED = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:(?:also|then|later|has|had|have)\s+)?$")


def _coordinated_before(text: str, start: int, end: int):
    """``_COORDINATED.search(text[start:end])`` read in the last 64 characters when they hold ten characters or more
    that are not white space: a match holds at most nine (a comma, "and"/"but", one of its adverbs), only white space
    makes it longer, so none starts before them (a sentence of many verbs is not read from its start for each one)."""
    tail = max(start, end - 64)
    if tail > start and len("".join(text[tail:end].split())) < 10:
        tail = start
    return _COORDINATED.search(text[tail:end])
# People who speak without a name: "officials said", "a senior official said".
# a place after a group of people: "in Kyiv", "in the city", "on the front line", "near Pokrovsk"
_PLACE_AFTER = (r"\s+(?:(?:in|from|at|near|outside)\s+(?:the\s+)?(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|(?:city|town|village|region|"
                r"area|capital|port|trenches|east|west|north|south|hospital|camp|field)\b)|on\s+the\s+front(?:\s*line)?\b)")
_PLACE_TAIL = re.compile(_PLACE_AFTER + "$")


def _speaking_groups() -> str:
    """The ``speaking_group`` words of ``data/speech_words.csv`` as an alternation: people who speak without a name
    ("officials said", "analysts at the ISW said")."""
    return trie_pattern(_words("speaking_group"))  # (a prefix trie: what the longest-first alternation matches)


def _unnamed_subject_regex() -> re.Pattern:
    """An unnamed subject ending where its verb starts (built once per vocabulary)."""
    def build():
        return re.compile(
            r"(?:^|[\s,])((?:[Aa]nother|[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]ome|[Ss]everal|[Mm]any|[Oo]ther|[Tt]heir|[Ii]ts)"
            r"(?:\s+(?:U\.S\.|U\.K\.|[\w’'-]+)){1,5}|(?:(?:U\.S\.|U\.K\.|[\w’'-]+)\s+){0,3}(?i:" + _speaking_groups() + r"|assessments|estimates)"
            r"(?:" + _PLACE_AFTER + r")?)$")  # "Officials in Kyiv", "soldiers in the city"
    return vocab.compiled("unnamed_subject", ("speech_words",), build)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    kind: str          # speech, or source ("according to")


@dataclass(frozen=True)
class SpeechAct:
    """A speech cue in a sentence, with its speaker and the statement date."""

    sentence: tuple[int, int]
    cue: Cue
    speaker: Mention
    date: object              # Timestamp, or None when the sentence names no day
    date_text: str


@dataclass
class QuoteReading:
    """What the speech layer says of one quoted span."""

    speaker: str = ""
    as_written: str = ""
    attribution: str = ""
    cue: str = ""
    kind: str = "partial"
    date: object = None
    date_basis: str = ""
    sentence_date: object = None
    sentence_date_text: str = ""
    via: str = ""             # the medium that carried the words ("quoted him as saying", "told TASS")
    cue_start: int = -1       # where the cue that attributes the words is
    undated: str = ""         # why the words have no day whatever other words say (a clause before a semicolon whose
                              # day is the next clause's: dt22)
    country: str = ""         # the country a block's author speaks for, read from its introduction ("translated from
                              # the Russian", "A Russian blogger … His post read:"), whether or not the author is named


@dataclass
class _Event:
    pos: int
    speaker: str
    date: object = None
    date_text: str = ""
    person: bool = True       # False: an institution, a medium, a country (never "he" or "she")
    back: bool = False        # placed back in time ("had said", "Two days earlier"): dates nothing before it
    again: bool = False       # a later occasion of the same speaker ("speaking again on Wednesday"): dates nothing before it


# (its present perfect is _PERFECT_BEFORE below: "has also/since/publicly/previously said", and "has long said",
# "has repeatedly said"; a second, narrower definition here was never read)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (sorted, not overlapping)."""
    i = bisect_right(spans, (pos, float("inf")))
    return bool(i and spans[i - 1][0] <= pos < spans[i - 1][1])


_FIRST = itemgetter(0)


def _starts_in(spans: list[tuple], lo: int, hi: int) -> list[tuple]:
    """The items of ``spans`` (tuples sorted by their first item, an offset) whose first item is in ``lo:hi``, in
    order: two bisections, not a scan of every item (sp22: ``Speech.earlier`` was read whole per cue)."""
    return spans[bisect_left(spans, lo, key=_FIRST):bisect_left(spans, hi, key=_FIRST)]


def _any_start_in(spans: list[tuple], lo: int, hi: int) -> bool:
    """Whether an item of ``spans`` (sorted by their first item) has its first item in ``lo:hi``."""
    k = bisect_left(spans, lo, key=_FIRST)
    return k < len(spans) and spans[k][0] < hi


def cue_table() -> tuple[dict[str, str], re.Pattern]:
    """Speech-verb forms → kind (speech / source), and a regex for the multi-word forms.

    Each row of ``data/speech_cues.csv`` gives a lemma (``cue``); its regular inflections
    (-s, -ed, -ing) are generated, the ``forms`` column adds irregular ones (said, told), and
    ``exclude`` removes forms that are mostly nouns ("reports", "claims" are kept; "states" is not).
    """
    def build():
        cues = vocab.table("speech_cues")
        kind: dict[str, str] = {}
        for row in cues.itertuples():
            forms = {f.lower() for f in vocab.split_forms(row.forms)}
            if row.kind == "speech" and " " not in row.cue:
                forms |= inflections(row.cue.lower())
            forms -= {f.lower() for f in vocab.split_forms(getattr(row, "exclude", ""))}
            for form in forms:
                kind.setdefault(form, row.kind)
        multi = [f for f in kind if " " in f]  # as a prefix trie: the longest-first alternation's matches
        first = "(?=[" + re.escape("".join(sorted({f[0] for f in multi}))) + "])" \
            if multi and not any(f[0].isspace() for f in multi) else ""  # fail fast: a first letter of a form
        if not (multi and all(f[0].isascii() and f[0].isalpha() for f in multi)):
            regex = re.compile(first + r"\b(?:" + (trie_pattern(multi, spaces=True, ignore_case=True) if multi else "(?!)")
                               + r")\b", re.IGNORECASE)
        else:  # the same, opening on a class of the first letters (searched for in C, issue 17)
            regex = re.compile(case_insensitive_opening(
                [(c, "(?:" + trie_pattern({f[1:] for f in multi if f[0] == c}, spaces=True, ignore_case=True) + ")")
                 for c in sorted({f[0] for f in multi})], not_after=r"\w") + r"\b")
        return kind, regex
    return vocab.compiled("speech_cues", ("speech_cues",), build)


#: Right before a noun form read as a verb: a pronoun or the comma closing an apposition ("Budanov, forecast …").
_PRONOUN_BEFORE = re.compile(r"(?:,|(?<![\w’'-])(?:[Hh]e|[Ss]he|[Ii]t|[Ww]e|[Tt]hey|who))\s+$")
_HE_SHE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he)\s+$")


def _noun_form_cues() -> re.Pattern:
    """The forms ``exclude`` keeps out of ``data/speech_cues.csv`` because they are mostly nouns ("forecast",
    "estimates", "counters"), read as verbs where a pronoun or the comma closing an apposition stands right before and
    a that-clause follows within a few words: "He forecast that …", "Budanov, forecast in an interview on Tuesday
    that …", "It estimates that …", or an object and its infinitive ("He expects the assaults to intensify") (but
    "the forecast that …", "forecasts that were wrong" are nouns) (built once)."""
    def build():
        forms = _noun_forms()
        if not forms:
            return re.compile(r"(?!)")
        alternation = trie_pattern(sorted(forms), ignore_case=True)
        first = "(?=(?i:[" + re.escape("".join(sorted({f[0] for f in forms}))) + "]))"  # fail fast: a first letter
        return re.compile(first + r"\b(?P<cue>" + alternation + r")\b"
                          r"(?=(?P<that>(?:\s+[^.;:!?,“”\"]{0,60}?)?\s+that\s+(?!(?:was|were|is|are|has|have|had|would|"
                          r"will|could|can|may|might)\b))"
                          # "He expects the assaults to intensify": one person's object and infinitive ("Analysts expect
                          # the front to hold" stays a group's expectation, no statement)
                          r"|(?P<infinitive>\s+(?:the\s+|its\s+|their\s+|Russian\s+|Ukrainian\s+)?[\w’'-]+"
                          r"(?:\s+[\w’'-]+){0,3}?\s+to\s+(?!(?:the|a|an|his|her|its|their|our|be)\b)[a-z]{3,}\b))")
    return vocab.compiled("noun_form_cues", ("speech_cues",), build)


_CLAUSE_BEFORE = re.compile(r"(?:[\w’'-]+\s+){2}[\w’'-]+$")
#: the word right before a noun form read as a present verb: a capitalised name ("Kyiv", "NATO", "Staff") or a speaking
#: noun ("the institute", "the ministry") (see :func:`_named_subject_before`)
_SUBJECT_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?:(?P<name>[A-Z][\w’'-]*)|(?P<noun>[a-z]+))[^\S\n]+$")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:The|Its|Their|Our|His|Her|These|Those|This|That|A|An)\b)"
                                 r"[A-Z][\w’'-]*[^\S\n]+$")


def _not_subject_words() -> frozenset:
    """Words that open a noun phrase before a noun form ("Western estimates", "Independent estimates"): the
    ``phrase_opener`` words of data/speech_words.csv, capitalised (built once)."""
    return vocab.compiled("not_subject_words", ("speech_words",),
                          lambda: frozenset(w[:1].upper() + w[1:] for w in _words("phrase_opener")))


#: a comma, then a subject of one to five words with no preposition or conjunction, right before the verb (cl23)
_INVERTED_SUBJECT_BEFORE = re.compile(r"(?<=[\w’'”\")]),[^\S\n]+(?:(?!(?:of|to|in|on|by|with|than|from|at|for|according|as|"
                                      r"and|or|but|while|about|under|over|above|below|per|including|which|who|that|what|"
                                      r"when|where|if|because|since|although|though|whose|whom|it|he|she|they|we)\b)"
                                      r"[\w’'.-]+[^\S\n]+){1,5}$")
#: the sentence's end after such a verb, maybe after a short time or place ("…, the institute estimates on Monday.")
_SENTENCE_END_AFTER = re.compile(r"(?:[^\S\n]+(?:on|in|last|this|earlier|now|today)\b[^,.;:!?“”\"\n]{0,40})?"
                                 r"[^\S\n]*(?:[.!?](?:[\s”\"’]|$)|\n|$)")


def _named_subject_before(text: str, at: int) -> bool:
    """Whether a noun form's present "-s" form at ``at`` has a subject right before it that can speak: a capitalised
    name that is no demonym, no possessive and no adjective opening a noun phrase ("Kyiv estimates", "NATO notes",
    "the General Staff estimates"; not "Western estimates", "Ukrainian estimates", "Kyiv's estimates"), or a speaking
    noun or organisation word of ``data/speech_words.csv`` ("the institute estimates") (cl23)."""
    m = _SUBJECT_WORD_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return False
    name = m.group("name")
    if name is not None:
        return not name.endswith(("'s", "’s", "'", "’")) and name not in _not_subject_words() \
            and vocab.country_forms().get(name, ("", ""))[1] != "demonym"
    noun = m.group("noun")
    return noun in _words("organisation_word") or (noun in _words("speaking_noun") and not noun.endswith("s")) \
        or noun in _words("body_voice")


def _inverted_noun_forms() -> re.Pattern:
    """A noun form of ``data/speech_cues.csv`` (``exclude``) read as a verb inverted after the content it reports: a
    comma closing a clause of three words or more before it, a capitalised name after it (titles with a dot or a
    "(ret.)" between) up to a comma or the sentence's end: "Kyiv cannot hold the city, estimates Col. (ret.) A B, an
    analyst …", "…, forecasts A B." ("the ministry's estimates, Reuters said" is no such verb: no name follows it
    directly) (built once)."""
    def build():
        forms = _noun_forms()
        if not forms:
            return re.compile(r"(?!)")
        return re.compile(r",(?<=[\w’'-],)\s+(?P<cue>" + trie_pattern(sorted(forms), ignore_case=True)  # (sp20: opens on ",")
                          + r")\s+(?:(?:[A-Z][a-z]{0,5}\.|\((?:ret|retd|res|Ret)\.?\))\s+){0,4}"
                          r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}(?=\s*(?:,|\.(?:\s|$)|$))")
    return vocab.compiled("inverted_noun_forms", ("speech_cues",), build)


def _noun_forms() -> set[str]:
    """The one-word forms ``exclude`` keeps out of the speech verbs of ``data/speech_cues.csv``, lower case (read
    when a pattern is built)."""
    forms = set()
    for row in vocab.table("speech_cues").itertuples():
        if row.kind == "speech" and " " not in row.cue:
            forms |= {f.lower() for f in vocab.split_forms(getattr(row, "exclude", "")) if " " not in f}
    return forms


_READS = ("read", "reads")


def _cue_words() -> tuple[frozenset, frozenset | None]:
    """(every word :func:`_find_cues` looks up in one pass over the text: the one-word cue forms, the noun forms and
    "read"/"reads"; the noun forms, None when one is more than ASCII letters: then their pattern scans the text)
    (built once per table)."""
    def build():
        single, _ = cue_table()
        nouns = frozenset(_noun_forms())
        plain = all(_WORD.fullmatch(f) and f.islower() for f in nouns)
        return frozenset(single) | nouns | frozenset(_READS), nouns if plain else None
    return vocab.compiled("cue_words", ("speech_cues",), build)


def _words(kind: str) -> frozenset:
    return speech_words()[kind]


def inflections(lemma: str) -> set[str]:
    """Regular forms of a verb: warn → warns, warned, warning; argue → argues, argued, arguing.

    Example:
        >>> sorted(inflections("emphasise"))
        ['emphasised', 'emphasises', 'emphasising']
    """
    if lemma.endswith("e"):
        return {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma + "es", lemma + "ed", lemma + "ing"}
    return {lemma + "s", lemma + "ed", lemma + "ing"}


# --- the pass over a document ---------------------------------------------------------------

_ANY_MARK = re.compile(r"[“”\"«»]")
# a live-blog post's time stamp alone on its line: "14.18 BST", "10:15 GMT", "1h ago", "25 min ago"
_STAMP_ONLY = re.compile(r"\s*(?:\d{1,2}[.:]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?"
                         r"|\d{1,2}\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?)\s+ago"
                         # "Last modified on Thu 15 Jun 2023 16.32 BST", "Updated: 14 March 2024, 09:15"
                         r"|(?i:(?:last\s+)?(?:modified|updated|published|posted))(?:\s+on)?:?\s+[^\n]{0,40}?\d{1,2}[.:]\d{2}\s*[A-Z]{0,4})\s*")
# a paragraph of prose: six words or more ending a sentence, no time stamp, bullet or colon introducing what follows
_PLAIN_PROSE = re.compile(r"\s*(?!\d{1,2}[.:]\d{2}\b|[-•*]\s)(?:\S+\s+){5,}\S*[.!?]\s*")


class RuleGuard:
    """The patterns of which a rule needs one to find anything (:meth:`_Reader.may_match`). Hashed by identity: a
    document's answer costs one dict lookup (a compiled pattern hashes its whole code at every lookup)."""

    __slots__ = ("patterns",)

    def __init__(self, *patterns):
        self.patterns = patterns


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_FOLDS_APART = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K: (?i) matches them with i / s / k, lower() does not


def _words_in(text: str, forms) -> list[tuple[int, int]]:
    """(start, end) of every ``_WORD`` of ``text`` whose lower-cased form is in ``forms``, in text
    order: the words are read as strings by one ``findall`` over the lower-cased text (no match
    object per word) and only the few found are located, each as the first whole word equal to
    it after the previous one. (Only İ and the Kelvin sign K lower-case differently from their
    place in ``_WORD``: a text holding either takes the plain scan.)

    Example:
        >>> _words_in("He said, unsaid, SAID-so", {"said"})
        [(3, 7), (17, 21)]
    """
    lowered = text.lower()
    if len(lowered) != len(text) or "\u212a" in text:
        return [m.span() for m in _WORD.finditer(text) if m.group(0).lower() in forms]
    found, pos, size, find, letters = [], 0, len(text), lowered.find, _ASCII_LETTERS
    for word in [w for w in _WORD.findall(lowered) if w in forms]:
        start = find(word, pos)
        end = start + len(word)
        while (start > 0 and lowered[start - 1] in letters) or (end < size and lowered[end] in letters):
            start = find(word, start + 1)
            end = start + len(word)
        found.append((start, end))
        pos = end
    return found


def _statement_reads() -> re.Pattern:
    """ "read"/"reads" right after a statement noun of ``data/speech_words.csv`` (built once)."""
    def build():
        nouns = sorted(_words("statement_noun"), key=lambda w: (-len(w), w))
        first = "(?=(?i:[" + re.escape("".join(sorted({n[0] for n in nouns}))) + "]))" if nouns else ""  # fail fast
        return re.compile(first + r"\b(?i:" + trie_pattern(nouns, ignore_case=True) + r")\s+(reads?)\b(?!\s+(?:by|out|more)\b)")
    return vocab.compiled("statement_reads", ("speech_words",), build)


def _statement_finds() -> re.Pattern:
    """ A ``finding_verb`` of ``data/speech_words.csv`` ("found", "concluded", "estimates") right after a document's
    noun (a ``statement_noun`` or ``not_a_person``, singular or plural), or after what stands between the noun and its
    verb: an aside between commas ("The report, published on Monday, found"), its maker ("The assessment by Defence
    Intelligence estimates"), a short relative clause ("The documents that appeared online estimate"); or right after
    "It" ("It also finds that …": the document or body that spoke last); then "that" (built once, cl21)."""
    def build():
        nouns = sorted(_words("statement_noun") | _words("not_a_person"), key=lambda w: (-len(w), w))
        verbs = sorted(_words("finding_verb"), key=lambda w: (-len(w), w))
        first = "(?=(?i:[" + re.escape("".join(sorted({n[0] for n in nouns} | {"i"}))) + "]))"  # fail fast: a first letter
        return re.compile(first + r"(?:\b(?i:" + trie_pattern(nouns, ignore_case=True) + r")s?"
                          r"(?:,[^,.;:!?“”\"\n]{1,70},"
                          r"|\s+(?:by|from)\s+(?:the\s+)?[A-Z][^,.;:!?“”\"\n]{0,50}?"
                          r"|\s+(?:that|which)\s+(?!(?:is|are|was|were|has|have|had)\b)[^,.;:!?“”\"\n]{1,60}?)?"
                          r"|(?<![\w’'-])[Ii]t)\s+(?:also\s+)?(" + "|".join(map(re.escape, verbs)) + r")\s+that\b")
    return vocab.compiled("statement_finds", ("speech_words",), build)


def _data_shows() -> re.Pattern:
    """ "show(s)"/"showed" after a body's data as its subject, the body named by its possessive or its name before the
    noun ("the ministry's figures show", "General Staff figures show", "DeepState's latest map shows"); the
    ``data_noun`` words of ``data/speech_words.csv``, after up to two ``data_adjective``/``data_modifier`` words ("latest",
    "casualty"). Pictures show without speaking ("Video shows …"); unowned data
    ("Figures show …") are no one's words ("Data from DeepState show …" is left: the layer reads its subject as the
    data, not their maker) (built once, cl23)."""
    def build():
        nouns = trie_pattern(_words("data_noun"), spaces=True) or "(?!)"
        adjectives = trie_pattern(_words("data_adjective") | _words("data_modifier"), spaces=True) or "(?!)"
        return re.compile(
            r"(?:(?<![\w’'-])(?!(?:It|Its|Their|The|These|Those|This|That|Our|His|Her|New|Latest|Official|Preliminary)\b)"
            r"(?P<owner>[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,3})|\b[a-z]+['’]s)[^\S\n]+"
            r"(?:(?:" + adjectives + r")[^\S\n]+){0,2}"
            r"(?:" + nouns + r")[^\S\n]+(?P<cue>show|shows|showed)\b")
    return vocab.compiled("data_shows", ("speech_words",), build)


def _evening_occasion() -> re.Pattern:
    """ "in his nightly address", "an evening video message": an ``evening_occasion`` word of ``data/speech_words.csv``
    before a ``statement_noun`` (up to one word between; built once)."""
    def build():
        times = sorted(_words("evening_occasion"), key=lambda w: (-len(w), w))
        nouns = sorted(_words("statement_noun") | {"speech", "remarks"}, key=lambda w: (-len(w), w))
        return re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, times)) + r")\s+(?:[\w-]+\s+)?(?:"
                          + "|".join(map(re.escape, nouns)) + r")s?\b")
    return vocab.compiled("evening_occasion", ("speech_words",), build)


def _listed_as() -> re.Pattern:
    """An ``as_verb`` of ``data/speech_words.csv`` ("listed") before a short object and "as" ("listed them as …",
    "listed its goals as …"; built once)."""
    def build():
        verbs = sorted(_words("as_verb"), key=lambda w: (-len(w), w))
        return re.compile(r"\b(" + "|".join(map(re.escape, verbs)) + r")\s+(?:them|it|these|those|(?:the|its|his|her|their|"
                          + _belligerents("possessive") + r")\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+as\s+"
                          r"(?!well\b|soon\b|long\b|much\b|many\b|far\b)")
    return vocab.compiled("listed_as", ("speech_words", "countries"), build)


def _marked_as() -> re.Pattern:
    """A ``map_verb`` of ``data/speech_words.csv`` ("marked", "shaded") before its object and an "as" complement of
    control ("as under Russian control", "as contested", "as liberated"): a map's statement (built once)."""
    def build():
        verbs = sorted(_words("map_verb"), key=lambda w: (-len(w), w))
        return re.compile(r"\b(" + "|".join(map(re.escape, verbs)) + r")\s+(?:[^.;:“”\"\n]{1,60}?\s)?as\s+(?:being\s+)?"
                          r"(?:under\s+(?:full\s+)?(?:" + _belligerents("demonym") + "|" + _belligerents("possessive")
                          + r"|enemy|its|their)\s+control|contested|occupied|liberated|captured|(?:" + _belligerents("demonym")
                          + r")-(?:held|controlled|occupied)|in\s+the\s+gr[ae]y\s+zone|gr[ae]y\s+zone)\b")
    return vocab.compiled("marked_as", ("speech_words", "countries"), build)


def _belligerents(kind: str) -> str:
    """An alternation of the warring countries' forms in ``data/countries.csv`` (side Russia or Ukraine):
    ``"demonym"`` ("Russian", "Ukrainian") or ``"possessive"`` (a name or a capital with 's: "Russia's", "Kyiv’s")."""
    forms = vocab.country_forms()
    if kind == "demonym":
        words = {f for f, (country, k) in forms.items() if k == "demonym" and vocab.side_of(country) != "other"
                 and f[:1].isupper() and not f.endswith("s")}
        return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w))) or "(?!)"
    bases = {f.removesuffix("'s").removesuffix("’s") for f, (country, k) in forms.items()
             if k in ("country", "capital") and vocab.side_of(country) != "other"}
    return ("(?:" + "|".join(sorted(map(re.escape, bases), key=lambda w: (-len(w), w))) + r")['’]s"
            if bases else "(?!)")


def _put_at() -> re.Pattern:
    """ "X put Russian losses (near Bakhmut) at 300", "X put the chance of a ceasefire at “less than even”": "put"
    before an ``estimate_noun`` of ``data/speech_words.csv`` and "at" is X's estimate (built once)."""
    def build():
        nouns = sorted(_words("estimate_noun"), key=lambda w: (-len(w), w))
        return re.compile(r"(?=p)\b(put|puts|putting)\s+(?:[\w’'-]+\s+){0,3}?(?i:" + "|".join(map(re.escape, nouns))
                          + r"),?\s+(?:[^.;:“”\"]{0,40}?\s)?at\s+(?:about\s+|around\s+|roughly\s+|some\s+|more\s+than\s+|"
                          r"over\s+|up\s+to\s+|nearly\s+|almost\s+|least\s+|several\s+|[\d$€£]"
                          # "puts Russia's gains at just under 2,900 square kilometres", "put Russian losses at a new
                          # high": a bound or a record is an estimate too (cl23)
                          r"|(?:just\s+|well\s+|slightly\s+)?(?:under|below|above|less\s+than|fewer\s+than)\s+[\d$€£]"
                          # "put Russian casualties at between 70,000 and 80,000": a range is an estimate (cl25)
                          r"|between\s+[\d$€£]"
                          r"|(?:a|an)\s+(?:new\s+|fresh\s+|all-time\s+)?(?:record|high|peak)\b"
                          # "put the chance of a ceasefire at “less than even”": a quoted estimate, the subject's words
                          r"|[“\"‘](?=[^“”\"]{1,60}[”\"’]))")
    return vocab.compiled("put_at", ("speech_words",), build)


#: a name's last word or he/she right before a noun form used as a verb ("Reilly calls", "she calls"; not "Russia's")
_NAME_OR_HE_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][a-z][\w-]*|[Hh]e|[Ss]he)[^\S\n]+$")
#: the noun form's object, then a quote: " the figure “", " it „", " Putin “" (a determiner, a pronoun or a name
#: first, up to four words, no punctuation; not "Phone calls from the front “…”")
_OBJECT_THEN_QUOTE = re.compile(r"[^\S\n]+(?:the|it|them|this|that|these|those|his|her|their|its|him|a|an|[A-Z][\w’'-]*)"
                                r"(?:[^\S\n]+[\w’'-]+){0,3}[^\S\n]+[“\"„«‘]")


def _find_cues(doc) -> list[Cue]:
    """Speech verbs outside quotes. One-word forms are looked up word by word (much faster than
    one big alternation); multi-word forms ("according to") by regex."""
    single, multi = cue_table()
    text = doc.text
    # the words of the cue forms, the noun forms and "read(s)", found in one pass (the first two then read apart)
    words, nouns = _cue_words()
    found = [(a, b, text[a:b].lower()) for a, b in _words_in(text, words)]
    cues = [Cue(a, b, text[a:b], single[word])
            for a, b, word in found if word in single
            and text[a - 1:a] != "-"
            and not (word.startswith("call") and text[b:b + 3] == " up")]
    cues += [Cue(m.start(), m.end(), m.group(0), single[" ".join(m.group(0).lower().split())])
             for m in multi.finditer(text)]
    if " that " in text or " to " in text:  # "He forecast that …", "Budanov, forecast in an interview that …": a noun form as a verb
        taken = {c.start for c in cues}
        for m in _noun_form_matches(text, found, nouns):
            before = _PRONOUN_BEFORE if m.group("that") is not None else _HE_SHE_BEFORE
            if m.start() not in taken and (before.search(text, max(0, m.start() - 8), m.start()) or (
                    # "Kyiv estimates that …", "The institute notes that …": a present form after its named subject (cl23)
                    m.group("that") is not None and m.group("cue")[-1:] in "sS" and _named_subject_before(text, m.start()))):
                cues.append(Cue(m.start(), m.end(), m.group("cue"), "speech"))
    if nouns is None or any(w in nouns for _, _, w in found):
        # "…, estimates Col. (ret.) A B, an analyst at …": a noun form inverted after the content, a name after it (cl18)
        taken = {c.start for c in cues}
        cues += [Cue(m.start("cue"), m.end("cue"), m.group("cue"), "speech") for m in _inverted_noun_forms().finditer(text)
                 if m.start("cue") not in taken and _CLAUSE_BEFORE.search(text, max(0, m.start() - 80), m.start())]
        # "…, Ukraine's General Staff estimates.", "…, the institute notes in its latest update.": a present form closing
        # the sentence after its subject, the content before the comma (cl23)
        taken = {c.start for c in cues}
        cues += [Cue(a, b, text[a:b], "speech") for a, b, word in found
                 if word[-1:] == "s" and (nouns is None or word in nouns) and a not in taken
                 and _SENTENCE_END_AFTER.match(text, b) and _named_subject_before(text, a)
                 and (lead := _INVERTED_SUBJECT_BEFORE.search(text, max(0, a - 70), a)) is not None
                 and _CLAUSE_BEFORE.search(text, max(0, lead.start() - 80), lead.start())]
    if "“" in text or '"' in text or "„" in text:  # "Reilly calls the figure “high”": a noun form as a verb, a
        # name or he/she before it, its object and a quote after it (sk26)
        taken = {c.start for c in cues}
        for a, b, word in found:
            before = _NAME_OR_HE_BEFORE.search(text, max(0, a - 40), a) \
                if word in nouns and word.endswith("s") and a not in taken else None  # (its present: "calls", "claims")
            if before is not None and _OBJECT_THEN_QUOTE.match(text, b) \
                    and before.group(0).split()[0].lower() not in _mentions.people().not_names - {"he", "she"}:
                cues.append(Cue(a, b, text[a:b], "speech"))  # (not "In calls …", "These claims …")
    if "put" in text:  # "Budanov put Russian losses at 300 a day": his estimate
        taken = {c.start for c in cues}  # "put the number at" is a cue of the table already
        cues += [Cue(m.start(1), m.end(1), m.group(1), "speech") for m in _put_at().finditer(text) if m.start() not in taken]
    if " as " in text and any(f in text for f in _words("map_verb")):
        # "DeepState marked most of Vovchansk as under Russian control": a map's statement of who holds
        # ground (cl17)
        taken = {c.start for c in cues}
        cues += [Cue(m.start(1), m.end(1), m.group(1), "speech") for m in _marked_as().finditer(text)
                 if m.start(1) not in taken]
    if " as " in text and any(f in text for f in _words("as_verb")):
        # "He listed them as the capture of the four regions …": a statement with its "as" complement (cl17)
        taken = {c.start for c in cues}
        cues += [Cue(m.start(1), m.end(1), m.group(1), "speech") for m in _listed_as().finditer(text)
                 if m.start(1) not in taken]
    if " that" in text and any(f in text for f in _words("finding_verb")):
        # "The ISW's monthly report, published in early October, found that …": a written account's finding
        taken = {c.start for c in cues}
        cues += [Cue(m.start(1), m.end(1), m.group(1), "speech") for m in _statement_finds().finditer(text)
                 if m.start(1) not in taken]
    if " show" in text:  # "The ministry's figures show …", "Data from DeepState show …": a body's data speak (cl23)
        taken = {c.start for c in cues}
        cues += [Cue(m.start("cue"), m.end("cue"), m.group("cue"), "speech") for m in _data_shows().finditer(text)
                 if m.start("cue") not in taken and not (m.group("owner") and (
                     # ("Western figures show", "Russian data show"; "New Defence Intelligence figures show": the
                     # capitalised run starts before the match, an adjective opening it)
                     _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
                     or " " not in m.group("owner") and (m.group("owner") in _not_subject_words()
                                                         or vocab.country_forms().get(m.group("owner"), ("", ""))[1]
                                                         == "demonym")))]
    if any(word in _READS for _, _, word in found):  # "the statement read", "the ministry's report reads": the statement's
        # words (its "reads?" is a whole lower-case word: none, no match; "already", "spread", "ready" hold no such word)
        cues += [Cue(m.start(1), m.end(1), m.group(1), "speech") for m in _statement_reads().finditer(text)]
    return sorted((c for c in cues if not doc.in_quote(c.start) and not doc.in_transcript(c.start)
                   and not _NEGATED_CUE.search(text, max(0, c.start - 30), c.start)
                   and not _UNREALISED_CUE.search(text, max(0, c.start - 30), c.start)  # "Europe had to respond"
                   and not _REPORTED_MODAL.search(text, max(0, c.start - 80), c.start)  # "He said Washington would announce"
                   and not _POSSESSIVE_BEFORE.search(text, max(0, c.start - 4), c.start)  # "Reznik's claims"
                   and not (c.text.lower().startswith("claim") and _LAND_CLAIMED_BEFORE.search(text, max(0, c.start - 60), c.start)
                            and not _TO_OR_THAT_AFTER.match(text, c.end))  # ("the regions Moscow claims to have annexed")
                   and not _ASKED_HOW_BEFORE.search(text, max(0, c.start - 80), c.start)  # "did not say how X had calculated"
                   and not _plural_noun(text, c)  # "Russian claims to have captured X were a lie"
                   and not _adjective_cue(text, c)  # "the first reported use of such a weapon"
                   and not (c.text.lower().startswith("ask") and _ANONYMITY_AFTER.match(text, c.end))  # "who asked not to be named"
                   and not _ON_CONDITION_AFTER.match(text, c.end)  # "The source spoke on condition of anonymity": no words
                   and not _LEAVE_TO_SPEAK.search(text, max(0, c.start - 30), c.start)  # "not authorised to speak to the press"
                   and not (text[c.end:c.end + 1] == "," and c.text.lower().rsplit(None, 1)[-1] in speech_words()["object_free_speech"]
                            and _TIME_CLAUSE_BEFORE.search(text, max(0, c.start - 70), c.start))
                   and not (c.text[:3].lower() in ("put", "has", "had") and c.text.lower().endswith(" it")  # "As X put it,"
                            and not _PUT_IT_BEFORE.search(text, max(0, c.start - 80), c.start)
                            and not _PUT_IT_AFTER.match(text, c.end))
                   and not (c.kind == "speech" and not c.text.lower().endswith("ing")
                            and _PASSIVE_BEFORE.search(text, max(0, c.start - 20), c.start)
                            and not _BY_AFTER.match(text, c.end)
                            # "This was reported on Telegram on Sunday by A B": its agent after the occasion (sk42)
                            and not (ADJUNCT_BEFORE_BY.match(text, c.end)
                                     and _BACK_REFERRING_PASSIVE_BEFORE.search(text, max(0, c.start - 30), c.start)))),
                  key=lambda c: c.start)


#: a speech verb with no object ending a fronted time clause ("After Zelensky spoke, Putin visited …", "Shortly before
#: the minister had spoken, …"): when the sentence's own doing happened, no words reported. Only a verb that can end a
#: clause with no object (the ``object_free_speech`` words of data/speech_words.csv): "After the meeting Zelensky said,
#: “…”" and "Once again X warned, …" report words (a bare "said" or "warned" ends no time clause; rv8)
_TIME_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|[“\"]\s*)(?:(?:Shortly|Hours|Minutes|Days|Soon|Just|Moments|Right)\s+)?"
                                 r"(?:After|Before|Once|Until|By\s+the\s+time|As\s+soon\s+as)\s+[^,.;:!?“”\"\n]{1,50}?\s+"
                                 r"(?:had\s+|has\s+)?$")


def _noun_form_matches(text: str, found, nouns):
    """``_noun_form_cues().finditer(text)``, the pattern matched only where :func:`_words_in` found a noun form
    (``found``: (start, end, lower-cased word)): a match is one whole word of those forms, in any case, so it starts at
    such a word. A text holding a character (?i) matches with an ASCII letter that lower() keeps apart (İ ı ſ K), or
    forms that are more than ASCII letters (``nouns`` None), is scanned by the pattern as before."""
    pattern = _noun_form_cues()
    if nouns is None or _FOLDS_APART.search(text):
        return list(pattern.finditer(text))
    return [m for a, _, word in found if word in nouns and (m := pattern.match(text, a)) is not None]


#: "who asked not to be named", "asked to be identified only by his call sign": a condition of the source's, no words
_ANONYMITY_AFTER = re.compile(r"\s+(?:that\s+(?:his|her|their)\s+names?\s+(?:not\s+)?be\s+|(?:not\s+)?to\s+(?:not\s+)?be\s+"
                              r"(?:(?:fully|publicly|only)\s+)?)(?:named|identified|quoted|cited|used|disclosed|published)\b",
                              re.IGNORECASE)
#: "spoke on condition of anonymity", "talked on the condition that he not be named": the terms of an interview, not
#: the words given in it (a quote later in that sentence is nobody's words; fa24)
_ON_CONDITION_AFTER = re.compile(r"\s+(?:only\s+)?on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:he|she|they|his|her|their)\b)",
                                 re.IGNORECASE)
#: "who was not authorised to speak publicly", "not allowed to comment": a condition of anonymity, no words spoken
_LEAVE_TO_SPEAK = lazy_fail_fast(r"\b(?:authori[sz]ed|allowed|permitted|cleared|entitled)\s+to\s+$", re.IGNORECASE)
# "put it" says something only in "As X put it," or "X put it bluntly:" ("they put it in storage" says nothing)
_PUT_IT_BEFORE = re.compile(r"(?:^|[\s,;“”\"])[Aa]s\s+[^,.;:“”\"]{1,60}$")
_PUT_IT_AFTER = re.compile(r"\s*(?:(?:\w+ly|this\s+way|so|thus)\s*)?:")
_DETERMINER_BEFORE = vocab.TablePattern("determiner_before", ("speech_words",), lambda: (
    r"\b(?:the|these|those|such|his|her|their|its|our|your|earlier|recent|previous|new|"
    r"false|unverified|unconfirmed|similar|initial|official|media|news|"
    r"on|of|about|amid|despite|over|regarding|"  # "comment on reports"
    # "the commander-in-chief receives reports on …": the object of a verb of getting (the ``getting_verb`` words of
    # data/speech_words.csv; cl15)
    + (trie_pattern(speech_words()["getting_verb"], spaces=True, ignore_case=True) or "(?!)") + r")\s+$"),
    re.IGNORECASE)


def _object_before(key: str, kinds: tuple, determiners: str) -> vocab.TablePattern:
    """A verb of the ``kinds`` of data/speech_words.csv right before a noun, one of ``determiners`` (an alternation)
    and one word between at most, to the end of the text searched: the noun is that verb's object."""
    return vocab.TablePattern(key, ("speech_words",), lambda: (
        r"\b(?i:" + (trie_pattern(frozenset().union(*(speech_words()[kind] for kind in kinds)), spaces=True,
                                   ignore_case=True) or "(?!)") + r")\s+"
        r"(?:(?i:" + determiners + r")\s+)?(?:[a-z]+\s+)?$"))


#: "The minister heard detailed reports from the commanders": the object of a verb of hearing or getting (the
#: ``hearing_verb`` and ``getting_verb`` words of data/speech_words.csv), a determiner and one word between at most, is
#: the noun heard (:func:`heard_report`; cl22, cl23)
_HEARD_BEFORE = _object_before("heard_before", ("hearing_verb", "getting_verb"),
                               "the|a|an|several|detailed|regular|daily|their|his|her")


# an -ed form used as an adjective between a determiner and its noun: "the first reported use of such a weapon",
# "a reported attack", "the claimed capture of" (no one's words); after a possessive too: "one of their stated goals",
# "its declared aim" (cl26)
#: "her" is left out: it is an object as often as a possessive ("officials who briefed her warned residents …") (rv23fixc)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|our|my|your)\s+"
                               r"(?:(?:first|second|third|latest|last|only|widely|officially)\s+)?$",
                               re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:that|on|to|by|in|at|as|it|this|he|she|they|we|the|an?|his|her|its|their|earlier|last|late|"
                         r"early|and|or|for|with|from|after|before|since|when|while|what|how|why|which|who)\b)[a-z]{3,}\b")


def _adjective_cue(text: str, c: Cue) -> bool:
    return c.text.lower().endswith("ed") and _NOUN_AFTER.match(text, c.end) is not None \
        and _ADJECTIVE_BEFORE.search(text, max(0, c.start - 30), c.start) is not None

#: "Citing intelligence reports, the governor said …": the object of a participle citing it (the ``citing_verb`` words of
#: data/speech_words.csv), a determiner and one word between at most, is a plural noun (cl23)
_CITED_BEFORE = _object_before("cited_before", ("citing_verb",), "the|a|an|several|unconfirmed|unverified|their|his|her|its")


def heard_report(text: str, cue: Cue) -> bool:
    """Whether ``cue`` is a plural report noun heard or received ("The Head of State heard reports from the commanders
    on …", "the general listened to detailed reports"): the hearer is kept informed and reports nothing, so neither a
    claim nor a quote is his by it. The act stays in the layer: the hearer was at the occasion, which dates his later
    words ("The president heard reports …. The president emphasised …": the same meeting) (cl22, cl23)."""
    word = cue.text.lower()
    return word.endswith("s") and " " not in word and word != "says" \
        and _HEARD_BEFORE.search(text, max(0, cue.start - 40), cue.start) is not None


def _plural_noun(text: str, c: Cue) -> bool:
    """An "-s" form after a determiner or a nationality adjective is a plural noun, no speech verb:
    "Russian claims", "the reports", "such claims" (but "says" stays a verb)."""
    word = c.text.lower()
    if not word.endswith("s") or word.endswith("says") or " " in word:
        return False
    if _DETERMINER_BEFORE.search(text, max(0, c.start - 16), c.start) \
            or _CITED_BEFORE.search(text, max(0, c.start - 40), c.start):  # "Citing intelligence reports, X said" (cl23)
        return True
    before = re.search(r"([A-Z][\w-]*)\s+$", text[max(0, c.start - 30):c.start])
    return before is not None and vocab.country_forms().get(before.group(1), ("", ""))[1] == "demonym"
