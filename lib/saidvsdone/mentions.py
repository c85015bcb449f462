"""Mentions of people, institutions, roles and pronouns in a document, and who they refer to.

The who-is-who comes from ``data/speakers.csv`` (people and institutions: canonical name,
aliases, roles, country, kind) and ``data/countries.csv`` (country forms: names, demonyms,
capitals); a capitalised name the tables do not know is still a mention ("unknown name"), taken
as written. Pronouns and role nouns ("the minister") are resolved by :mod:`saidvsdone.speech`,
which knows who spoke last.

Example:
    >>> from saidvsdone import corpus, document, mentions
    >>> doc = next(document.documents(corpus.from_text("Russian President Vladimir Putin said so.")))
    >>> [(m.speaker, m.as_written, m.how) for m in mentions.known(doc)]
    [('Vladimir Putin', 'Russian President Vladimir Putin', 'title')]
"""

from __future__ import annotations

import functools
from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from saidvsdone import _letters, english, vocab
from saidvsdone.matcher import case_insensitive_opening, trie_pattern
from saidvsdone.matcher import fail_fast

__all__ = ["Mention", "People", "people", "known", "unknown_names", "full_name", "is_person", "could_be_person",
           "gender"]


@dataclass(frozen=True)
class Speaker:
    name: str
    roles: tuple[str, ...]
    country: str
    kind: str
    start: str = ""    # the roles held from this day (ISO date; "" = open), speakers.csv ``from``
    until: str = ""    # … to this day (``until``)

    def holds_on(self, day) -> bool:
        """Whether the roles of the row were held on ``day`` (a Timestamp or an ISO date; NaT: unknown, so yes).

        Example:
            >>> import pandas as pd
            >>> s = Speaker("Ann Roe", ("minister",), "Ukraine", "person", "2023-09-06", "2025-07-17")
            >>> s.holds_on(pd.Timestamp("2024-01-01")), s.holds_on(pd.Timestamp("2023-01-01"))
            (True, False)
        """
        if day is None or day != day:  # NaT
            return True
        iso = day if isinstance(day, str) else day.strftime("%Y-%m-%d")
        return (not self.start or self.start <= iso) and (not self.until or iso <= self.until)


@dataclass(frozen=True)
class People:
    """The compiled who-is-who."""

    speakers: dict[str, Speaker]
    alias_to_name: dict[str, str]
    alias_regex: re.Pattern
    role_regex: re.Pattern
    country_of_form: dict[str, str]
    not_names: frozenset
    country_regex: re.Pattern      # country names as speakers ("Russia said"), not demonyms
    first_names: dict = field(default_factory=dict)  # first name → "m" / "f" (data/first_names.csv)
    title_words: frozenset = frozenset()  # title_words(), read once with the who-is-who
    title_gender: dict = field(default_factory=dict)  # title_gender(), read once with the who-is-who
    role_finder: re.Pattern | None = None  # role_regex's matches over a text, opening on its first letters (``known``)

    @functools.cached_property
    def country_names(self) -> frozenset:
        """The countries of ``country_of_form`` (its values) as a set, made once a who-is-who: ``x in
        who.country_names`` is one hash where ``x in who.country_of_form.values()`` compared ``x`` with each of the
        table's ≈350 forms (≈100 calls an article; sp21, issue 17)."""
        return frozenset(self.country_of_form.values())


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    speaker: str       # canonical name, or as written for a name the table does not know
    as_written: str
    how: str           # name, title, role, pronoun, unknown name, unnamed source, unresolved …


def generic_roles() -> frozenset:
    """Role nouns that name a person whoever they are ("the governor said"): resolved to whoever the article
    introduced with that role ("Oleh Kravets, the regional governor, …"). The ``generic_role`` words of
    ``data/speech_words.csv``: TASS's "Military expert A B" … "the expert said", "the army general stressed"; one
    office, not a "commander", in "commander-in-chief"; "major" and "captain" only before a verb (``_RANK_NOUN_AFTER``).

    Example:
        >>> "governor" in generic_roles(), "village" in generic_roles()
        (True, False)
    """
    return vocab.speech_words()["generic_role"]


#: A compass word before a place ("the southern Mykolaiv region"): no part of the place's name.
_COMPASS = r"(?:southern|northern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|" \
           r"northeastern|northwestern|southeastern|southwestern)"


def unit_heads() -> frozenset:
    """The heads a unit word may modify as a role ("the battalion commander"; never "the company spokesman"): the
    ``unit_head`` words of ``data/speech_words.csv`` (lower case, plural forms as rows of their own)."""
    return vocab.speech_words()["unit_head"]


def title_words() -> frozenset:
    """The words of a title before a name ("Russian **President** A B", "**Lt. Col. (ret.)** A B", "**Cllr** A B"):
    walked over before a name, never part of it. The ``title_word`` words of ``data/speech_words.csv`` (lower case,
    a dot as written); a hot loop reads them once (``People.title_words``, or this function once per call)."""
    return vocab.speech_words()["title_word"]


def title_gender() -> dict[str, str]:
    """Titles that say whether "he" or "she" can refer to their bearer ("**Mrs** Hollis", "**Sir** A B"): the
    ``male_title`` ("m") and ``female_title`` ("f") words of ``data/speech_words.csv`` (lower case, a dot as written;
    a word of both kinds says neither)."""
    words = vocab.speech_words()
    male, female = words["male_title"], words["female_title"]
    return {**{w: "m" for w in male - female}, **{w: "f" for w in female - male}}


_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "or", "however", "when",
    "while", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "its", "according", "asked", "defending", "since", "even", "some", "many",
    "most", "several", "both", "neither", "either", "none", "few", "any", "such", "nearly", "importantly", "regarding", "pictured", "photo", "above",
    "yes", "no", "if", "as", "so", "then", "there", "here", "what", "who", "why", "how", "where",
    "meanwhile", "also", "still", "moreover", "instead", "unfortunately", "indeed", "amid", "with",
    "without", "for", "from", "of", "to", "by", "all", "every", "each", "one", "two", "three", "another",
    *english.WEEKDAYS, *english.MONTHS, "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec",  # "on Thursday, Oct 19, claimed"
    "mobilization", "mobilisation", "satellite", "statistics", "reports", "geolocated",
    "analysts", "officials", "ukrainian", "russian", "western", "european", "news",
    # sentence openers and furniture that start a capitalised run
    "last", "earlier", "later", "watch", "read", "next", "speaking", "during", "following", "despite",
    "back", "inside", "outside", "behind", "beyond", "near",  # "Back at the ministry, Mr X closed …" (sk19)
    "although", "though", "overall", "yet", "now", "today", "yesterday", "recently", "previously",
    "separately", "elsewhere", "further", "furthermore", "additionally", "thus", "hence", "until",
    "in", "once", "given", "unlike", "like", "between", "around", "about", "over", "under", "through",
    "until", "upon", "within", "against", "among", "across", "toward", "towards", "whether",
    "live", "updates", "update", "breaking", "exclusive", "analysis", "opinion", "video", "photos",
    "source", "sources", "foto", "image", "caption", "credit", "getty", "reuters", "afp", "ap",
    # group nouns that open a sentence ("Soldiers cheered"): people, but nobody's name
    "soldiers", "troops", "residents", "witnesses", "experts", "commanders", "diplomats", "observers", "critics",
    "lawmakers", "investigators", "prosecutors", "medics", "doctors", "activists", "protesters", "bloggers",
    "journalists", "reporters", "citizens", "villagers", "people", "civilians", "refugees", "workers",
    "volunteers", "police", "officers", "authorities", "leaders", "ministers",
    # possessives and a question's auxiliary that open a sentence ("Your support …", "Did Russia …?")
    "your", "my", "did", "does", "do", "can", "could", "would", "should", "will", "is", "are", "was", "were",
    # a live blog's time stamps before a post's first words ("14.52 BST", "2h ago")
    "bst", "gmt", "utc", "cet", "cest", "eet", "eest", "msk", "edt", "est", "pdt", "pst", "ago",
}
#: A capitalised word that makes a name an organisation's ("Security Committee", "Tavria Group", "Black Sea Fleet"):
#: data/speech_words.csv, kind ``organisation_word``.
ORGANISATION_WORDS = vocab.TablePattern("organisation_words", ("speech_words",),
                                        lambda: r"\b(?:" + vocab.capitalised_words("organisation_word") + r")\b")
_SAYS_AFTER = (r"(?=\s+(?:\w+\s+)?(?:said|says|added|stated|reported|claimed|announced|noted|warned|argued|confirmed|"
               r"insisted|estimated|denied|"
               # (an outlet's or a committee's verbs: "It also complained that …", "It urged the government to …")
               r"wrote|posted|complained|urged|concluded|acknowledged|admitted)\b)")
#: ``\b(?:he|she|He|She)\b|\b(?:It|it|They|they)`` and a speech verb after it, each word's ``\b`` written as a look-behind
#: after its first letter (a letter: the same test): the pattern opens on those letters, searched in C (issue 17)
_PRONOUNS = re.compile("|".join(w[0] + r"(?<!\w.)" + w[1:] + r"\b" for w in ("he", "she", "He", "She")) + "|"
                       + "|".join(w[0] + r"(?<!\w.)" + w[1:] + _SAYS_AFTER for w in ("It", "it", "They", "they")))
_ROLE_AFTER = re.compile(r"['’]?s?\s+(?:(?:top|senior|former|acting|deputy)\s+)*"
                         r"(?i:chief|head|spokesman|spokeswoman|spokesperson|speaker|commander|director|"
                         r"minister|secretary|boss|leader|press\s+secretary|deputy)\b")
_AIDE_AFTER = re.compile(r"['’]s\s+(?:(?:top|chief|senior|foreign|military|press|deputy|former)\s+)*(?i:adviser|advisor|"
                         r"aide|colleague|counterpart|successor|predecessor|spokesman|spokeswoman|spokesperson|envoy|office|administration|deputy|"
                         r"chief\s+of\s+staff|press\s+secretary|negotiator|representative)\b")
_POSSESSIVE = re.compile(r"['’]s?$")
#: A person's full name after a body's possessive: "Nato's Warren Talbridge said" (the person speaks, not NATO).
_PERSON_AFTER_OWNER = re.compile(r"['’]s\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})"
                                 r"(?![\w’'-])(?!\s+(?:[A-Z]|of\b))")
#: A named formation apposed to an institution's possessive: "the Ukrainian military's Khortytsia group".
#: (its last word: a formation's kind of data/armed_units.csv, uses ``body``, first letter in either case)
def _unit_after() -> re.Pattern:
    return vocab.compiled("mentions_unit_after", ("armed_units",), lambda: re.compile(
        r"['’]s\s+((?:[A-Z][\w’'-]*\s+){1,3}(?:(?:operational|strategic|operational-strategic|"
        r"operational-tactical)\s+)?(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}"
                                                    for w in vocab.formation_words("body")) +
        r")(?:\s+of\s+(?:[Ff]orces|[Tt]roops))?)\b"))


def _formation() -> re.Pattern:
    """A formation's kind in small letters ("brigade", "group"; data/armed_units.csv, uses ``body``)."""
    return vocab.compiled("mentions_formation", ("armed_units",), lambda: re.compile(
        r"\b(?:" + "|".join(map(re.escape, vocab.formation_words("body"))) + r")\b"))


def _place_words() -> frozenset:
    """The ``place_word`` words of ``data/speech_words.csv`` (lower case): a capitalised run ending in one names a
    place ("Oskil River", "Kakhovka Reservoir"), never a person."""
    return vocab.speech_words()["place_word"]


#: After the head of a body's name (``body_head`` of data/speech_words.csv: "Institute for the Study of War", "Centre
#: for Defence Strategies", "Ministry of Defence"), the name's continuation.
_BODY_TAIL = re.compile(r"\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*")


def _body_heads() -> frozenset:
    """The ``body_head`` words of ``data/speech_words.csv`` (lower case), read once."""
    return vocab.speech_words()["body_head"]


def _name_stems(name: str) -> frozenset:
    return frozenset(w[:4].lower() for w in re.findall(r"[A-Za-z]+", name.split(" (")[0])
                     if w.lower() not in ("the", "of", "for", "on", "and", "in", "a"))


def reordered_body(written: str, who: People) -> str:
    """The table's organisation whose name has the same content words as ``written`` (three or more),
    whatever their order or endings ("Institute for War Studies"); "" when none."""
    stems = _name_stems(written)
    if len(stems) < 3:
        return ""
    table = vocab.compiled("mentions_org_stems", ("speakers",), lambda: {
        _name_stems(name): name for name, one in people().speakers.items()
        if one.kind != "person" and len(_name_stems(name)) >= 3})
    return table.get(stems, "")


_TIME_BEFORE = re.compile(r"(?i)\b(?:on|since|until|till|by|before|after|during)\s+(?:the\s+)?$")
# "Thursday, Mar 16", "Jan 9, 2024": a month's name or its abbreviation before a day number is a date, whatever
# the tables hold ("Jan" is also a first name)
_MONTH_WORD = frozenset(english.MONTHS) | {m[:3] for m in english.MONTHS} | {"sept"}
_DAY_NUMBER_AFTER = re.compile(r"\.?[^\S\n]+\d{1,2}(?:st|nd|rd|th)?\b(?![.,]?\d)")


def _day_name(words: list[str], who: People, text: str, at: int) -> bool:
    """A day's name, no person's: a name of ``data/holidays.csv`` ("Victory Day", "Orthodox Christmas"), one
    ending in "Day" or "Eve" after a time's preposition ("on Independence Day"; "Doris Day said" is a person), or
    a month written alone before a day number ("Mar 16", "Jan 9": "Jan Novak said" is a person)."""
    if len(words) == 1 and words[0].rstrip(".").lower() in _MONTH_WORD and _DAY_NUMBER_AFTER.match(text, at + len(words[0])):
        return True
    if words[-1] in ("Day", "Eve") and len(words) > 1 and words[0] not in who.first_names \
            and _TIME_BEFORE.search(text, max(0, at - 12), at):
        return True
    names = vocab.compiled("mentions_holiday_names", ("holidays",), lambda: frozenset(
        " ".join(n.replace("’", "'").lower().split()) for n in vocab.table("holidays")["name"]))
    return " ".join(words).replace("’", "'").lower() in names


_LABEL_COLON = re.compile(r"([^:\n]{1,40}):")


def rubrics() -> frozenset:
    """The ``rubric`` labels of ``data/claim_words.csv`` ("editor's note", "key takeaways"; lower case, straight
    apostrophes, single spaces), read once."""
    return vocab.compiled("rubrics", ("claim_words",), lambda: frozenset(
        " ".join(row.word.replace("’", "'").lower().split()) for row in vocab.table("claim_words").itertuples()
        if row.group.strip() == "rubric"))


def _rubric_label(text: str, at: int) -> bool:
    """Whether the words from ``at`` to a colon are a rubric ("Editor's note:")."""
    label = _LABEL_COLON.match(text, at)
    return label is not None and " ".join(label.group(1).replace("’", "'").lower().split()) in rubrics()


_ORDINAL_BEFORE = re.compile(r"(?<![\w.])\d{1,4}(?:st|nd|rd|th)\s+$")
#: After "the major"/"the captain" as a person: punctuation, a verb ("paused", "climbs", "said") or "who"
_RANK_NOUN_AFTER = re.compile(r"\s*[,.;:!?)]|\s+(?:[a-z]+ed|said|says|told|tells|went|sat|stood|spoke|smiled|"
                              r"shrugged|laughed|nods|looks|climbs|walks|points|who|and)\b")
#: A body's one-word name that a nationality before it completes ("Ukrainian Navy", "Russian Guard")
_BODY_WORD = re.compile(r"Navy|Army|Fleet|Guard|Police|Marines")
#: the last word of a force's name that its nationality opens ("Russian Volunteer Corps", "Georgian National Legion")
_NAMED_FORCE_WORD = re.compile(_BODY_WORD.pattern + r"|Corps|Legion")
#: A plural noun of people after a capitalised word ("Military analysts", "Intelligence officials"): a group.
#: (nouns the speech layer reads as an unnamed subject: speech_words.csv speaking_noun)
_PEOPLE_AFTER = re.compile(r"[^\S\n]+(?:analysts|experts|officials|soldiers|troops|diplomats|"
                           r"commanders|sources|bloggers|observers|officers|lawmakers|residents|"
                           r"researchers|scholars|historians|investigators|monitors)\b")  # "Independent researchers"
#: A document's noun after a capitalised adjective ("New figures suggest …", "Latest estimates show …"): the
#: ``data_noun`` and ``statement_subject_noun`` words of data/speech_words.csv (hl7).
_DOCUMENT_AFTER = vocab.TablePattern("document_after", ("speech_words",), lambda: r"[^\S\n]+(?:" + trie_pattern(
    set(vocab.speech_words()["data_noun"]) | set(vocab.speech_words()["statement_subject_noun"])) + r")\b")
#: People writing or speaking about an institution, not for it ("Russian military bloggers").
_GROUP_AFTER = re.compile(r"\s+(?:bloggers?|analysts?|experts?|commentators?|observers?|correspondents?|journalists?|"
                          r"reporters?|watchers|historians?|hackers|volunteers|veterans|wives|mothers|families)\b")
#: The noun a possessive after "of" governs: "of Ukraine's ground forces", "of Russia's Black Sea Fleet".
#: "of a drone unit", "of an assault battalion": a role of one body of a kind, not an office of the tables
#: (its unit words are speech_words.csv's role_unit, the words that may modify a role: "the battalion commander")
_OF_A_UNIT = vocab.TablePattern("of_a_unit", ("speech_words",), lambda: r"\s+of\s+an?\s+(?:[\w’'-]+\s+){0,3}?(?:"
                                + (trie_pattern(vocab.speech_words()["role_unit"], ignore_case=True) or "(?!)") + r")\b",
                                re.IGNORECASE)
_OFFICE_AFTER = re.compile(r"(?:\s+(?!(?:said|says|told|tells|added|and|or|who|which|that|on|in|at|was|is|has|had|"
                           r"will|would)\b)[A-Za-z][\w-]*){1,4}?(?=\s*[,.;:)–—]|\s+(?:said|says|told|tells|added|"
                           r"who|on|in|at|was|is|has|had|will|would)\b|\s*$)")
#: "of" and a name after a role: the place or body it is the role of ("the governor of Belgorod",
#: "the head of the Donetsk region", "the mayor of Kharkiv").
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:" + _COMPASS + r"\s+)?(?!(?:The|A|An|He|She|It|They)\b)[A-Z][\w’'-]*"
                      r"(?:\s+(?:region|oblast|province|city|district|area|republic))?"
                      r"|(?:[\w’'-]+\s+){0,3}?(?:administration|council|committee|ministry|agency|service|office|"
                      r"brigade|battalion|regiment|division|fleet|guard|parliament|commission|party|company))(?![\w’'-])"
                      r"(?=\s*[,.;:!?)\"”’–—]|\s*$|\s+(?:said|says|told|tells|added|wrote|warned|claimed|stated|"
                      r"announced|reported|on|in|at|who|was|is|has|had|and|also|later|then)\b)")
#: A capitalised compound with a lower-case tail is an adjective, never a name ("Russian-installed", "Kremlin-backed").
_ADJECTIVE_COMPOUND = re.compile(r"[A-Z][\w’']*-[a-z][\w-]*|(?:Pro|Anti|Non)-[\w’'-]+")
#: ... but a short capitalised syllable joined to a short lower-case one after a name is a given name written
#: hyphenated, as Korean names are ("Kim Hye-rin", "Kang Min-seok", "Moon Jae-in"), not an adjective's tail
#: ("-backed", "-led", "-run", "-era", "-made")
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-(?!(?:run|era|made|born|held|wide|only|like|free|type|style|"
                                    r"scale|size|ally|old|new)$)[a-z]{2,5}(?<!ed)")
# a run may open with abbreviated ranks and titles ("Lt. Gen. Serhiy Naiev", "Dr. Oksana Lytvyn")
# a surname's particle inside a run or opening it ("David van Weel", "van Weel said", "von der Leyen", "Faisal bin
# Farhan"), or one joined to the next name by a hyphen ("Abu Mohammed al-Harbi"): ``name_particle`` rows of
# data/speech_words.csv (a row ending in "-" is the hyphen kind)
def _particles() -> tuple[str, str]:
    words = vocab.speech_words()["name_particle"]
    spaced = sorted((w for w in words if not w.endswith("-")), key=lambda w: (-len(w), w))
    joined = sorted((w[:-1] for w in words if w.endswith("-")), key=lambda w: (-len(w), w))
    spaced_re = (r"(?:" + "|".join(map(re.escape, spaced)) + r")(?=\s+(?:(?:der|den|de|la)\s+)?[A-Z][a-z])"
                 if spaced else r"(?!)")
    joined_re = r"(?:" + "|".join(map(re.escape, joined)) + r")-(?=[A-Z][a-z])" if joined else r"(?!)"
    return spaced_re, joined_re


def _name_run() -> str:
    spaced, joined = _particles()
    word = r"(?:" + joined + r")?[A-Z][\w’'-]*"
    # (the look-behind before the look-ahead for a particle: most positions fail it at once, mid-word)
    return (r"(?<![\w’'])(?=[A-Z]|" + spaced + r"|" + joined + r")(?:(?:Lt|Gen|Col|Maj|Capt|Sgt|Adm|Brig|Cpl|Dr|Prof|"
            r"Sen|Rep|Gov|Mr|Mrs|Ms)\.[^\S\n]+|\((?i:ret|retd|rtd)\.?\)[^\S\n]+)*(?:" + spaced + r"[^\S\n]+)*"  # a name never runs over a line break
            + word + r"(?:[^\S\n]+(?:[A-Z]\.(?=[^\S\n]+[A-Z][a-z])|" + word + r"|" + spaced + r"))*")


_NAME_RUN = vocab.TablePattern("name_run", ("speech_words",), _name_run, first_chars=True, letters=True)  # ("Öštap": nx2)
#: a middle initial inside a name ("John F. Kirby"): the label leaves it out, as the tables do ("John Kirby")
_MIDDLE_INITIAL = re.compile(r"(?<=\w)[^\S\n]+[A-Z]\.(?=[^\S\n]+[A-Z])")


def _hyphenated_given_name(words: list, who) -> bool:
    """Is a name run's last word a hyphenated given name after a surname ("Kim Hye-rin"), not an adjective
    compound ("Kyiv-run", "Nato-led")?"""
    head = words[-1].split("-")[0]
    return _HYPHENATED_GIVEN_NAME.fullmatch(words[-1]) is not None and head not in who.country_of_form \
        and words[-2][:1].isupper() and words[-2][1:].islower() and words[-2] not in who.country_of_form


def people() -> People:
    """The who-is-who, compiled once (again when a table changes)."""
    return vocab.compiled("people", ("speakers", "countries", "places", "first_names", "speech_words"), _compile)


def _compile() -> People:
    table = vocab.table("speakers")
    speakers, alias_to_name = {}, {}
    tenure = [table[c].fillna("").str.strip() if c in table.columns else [""] * len(table) for c in ("from", "until")]
    for row, start, until in zip(table.itertuples(), *tenure):
        roles = tuple(r.lower() for r in vocab.split_forms(row.role))
        roles += tuple(v for v in map(_other_spelling, roles) if v not in roles)  # "secretary of defence" too
        speakers[row.name] = Speaker(row.name, roles, row.country, row.kind or "person", start, until)
        for alias in {row.name, *vocab.split_forms(row.aliases)}:
            alias_to_name[alias] = row.name
            alias_to_name.setdefault(_other_spelling(alias), row.name)  # "US Department of Defence"
    country_table = vocab.country_forms()
    country_of_form = {form: country for form, (country, _) in country_table.items()}
    long_names = {}  # a country's name written with "the" ("Russian Federation"): several words, no possessive
    for form, (country, kind) in country_table.items():
        if kind == "country" and " " in form and not form.endswith(("’s", "'s")):
            long_names.setdefault(country, []).append(form)
    for alias, name in list(alias_to_name.items()):  # "Russia's Defence Ministry": "the Defence Ministry of Russia" too
        owner = _OWNER_FIRST.match(alias)
        country = speakers[name].country
        if owner and speakers[name].kind != "person" and country_of_form.get(owner.group(1)) == country:
            alias_to_name.setdefault(f"{alias[owner.end():]} of {country}", name)
            for form in long_names.get(country, ()):  # "the Ministry of Defence of the Russian Federation"
                alias_to_name.setdefault(f"{alias[owner.end():]} of the {form}", name)
    roles = sorted({r for s in speakers.values() for r in s.roles} | generic_roles(), key=lambda w: (-len(w), w))
    forms = sorted(country_of_form, key=lambda w: (-len(w), w))
    # "Moscow's top diplomat", "Kyiv's mayor": a capital's or a name's possessive before a role
    possessives = sorted({f for f in forms if f.endswith(("’s", "'s"))}
                         | {f + end for f, (_, kind) in country_table.items() if kind in ("country", "capital")
                            and f[:1].isupper() and not f.endswith(("’s", "'s")) for end in ("'s", "’s")},
                         key=lambda w: (-len(w), w))
    role_first = re.escape("".join(sorted({"T", "t", "A", "a"} | {f[0] for f in forms})))
    # the modifiers of a role are speech_words.csv's kinds (lower case): role_modifier after "the"/"a" ("the top
    # diplomat"), role_unit ("the battalion commander", with a unit_head_modifier between: "the brigade deputy
    # commander"; a unit_head_modifier is a role_modifier too: the words after the unit word are read as modifiers),
    # adjective_role_modifier after a country's adjective, possessive_role_modifier after a possessive
    words = vocab.speech_words()

    def alternation(*kinds: str) -> str:
        return trie_pattern({w for kind in kinds for w in words[kind]}) or "(?!)"
    role_regex = re.compile(
        r"(?=[" + role_first + r"])(?<![\w’'])(?:(?:[Tt]he|[Aa])\s+(?:ex-|(?:" + alternation("role_modifier", "unit_head_modifier")
        + r"|[A-Z][\w.]*-based|\d{1,3}-year-old|(?:" + alternation("role_unit")
        + r")(?=\s+(?:(?:" + alternation("unit_head_modifier") + r")\s+)?(?i:" + (trie_pattern(unit_heads()) or "(?!)")
        + r")(?![\w-])))\s+)*"
        r"(?:(?P<adj>" + trie_pattern(forms) + r")\s+(?:(?:" + alternation("adjective_role_modifier")
        + r")\s+)?)?"  # "the Russian top diplomat"
        r"|(?P<poss>" + trie_pattern(possessives) + r")\s+"
        r"(?:ex-|(?:" + alternation("possessive_role_modifier") + r")\s+)*)"
        r"(?P<role>(?i:" + trie_pattern(roles, ignore_case=True) + r"))(?![\w-])"
        r"(?:\s+of\s+(?:the\s+)?(?:" + _COMPASS + r"\s+)?(?P<of>" + trie_pattern(forms) + r")(?![\w’']))?")
    # The same pattern for ``known``'s scan of a whole text, written to open on its first letters (searched for in C,
    # issue 17): "the"/"a" and each possessive's first letter open a branch with the look-behind after it (the
    # character before the match, as above), and the modifiers after "the"/"a" are written out in each such branch
    # (four branches: the role's own pattern keeps the named groups ``adj`` and ``poss``, which could not repeat)
    the_tail = (r"\s+(?:ex-|(?:" + alternation("role_modifier", "unit_head_modifier")
                + r"|[A-Z][\w.]*-based|\d{1,3}-year-old|(?:" + alternation("role_unit")
                + r")(?=\s+(?:(?:" + alternation("unit_head_modifier") + r")\s+)?(?i:" + (trie_pattern(unit_heads()) or "(?!)")
                + r")(?![\w-])))\s+)*"
                r"(?:(?:" + trie_pattern(forms) + r")\s+(?:(?:" + alternation("adjective_role_modifier") + r")\s+)?)?")
    poss_tail = r"\s+(?:ex-|(?:" + alternation("possessive_role_modifier") + r")\s+)*"
    guard = r"(?<![\w’'].)"
    by_first = {}
    for f in possessives:
        by_first.setdefault(f[0], []).append(f[1:])
    branches = [first + guard + rest + the_tail for first, rest in (("T", "he"), ("t", "he"), ("A", ""), ("a", ""))]
    branches += [re.escape(first) + guard + "(?:" + trie_pattern(rests) + ")" + poss_tail for first, rests in by_first.items()]
    role_finder = re.compile(r"(?:" + "|".join(branches) + r")"
        r"(?P<role>(?i:" + trie_pattern(roles, ignore_case=True) + r"))(?![\w-])"
        r"(?:\s+of\s+(?:the\s+)?(?:" + _COMPASS + r"\s+)?(?P<of>" + trie_pattern(forms) + r")(?![\w’']))?")
    aliases = sorted(alias_to_name, key=lambda w: (-len(w), w))
    # (no word character before: the look-behind after each alias's first letter, so the pattern opens on those
    # letters and a whole text is searched for them in C (issue 17))
    alias_regex = re.compile(r"(?:" + trie_pattern(aliases, not_after=r"[\w’'-]") + r")(?=['’]s\b|(?![\w’'-]))") \
        if aliases else re.compile(r"(?!)")
    places = vocab.table("places")
    not_names = frozenset(_NOT_NAMES | {f.lower() for f in country_of_form}
                          | {p.lower() for p in places["name"]})
    nouns = sorted((f for f, (_, kind) in country_table.items() if kind in ("country", "capital") and f[:1].isupper()
                    and not f.endswith(("’s", "'s"))), key=lambda w: (-len(w), w))
    country_regex = re.compile(r"(?:" + trie_pattern(nouns, not_after=r"[\w’'-]") + r")(?![\w’'-])") \
        if nouns else re.compile(r"(?<![\w’'-])(?![\w’'-])")  # (opening on the names' letters, as the aliases')
    # (a first name written with marks finds its row: "Ařsen", "Józef" as "Arsen", "Jozef")
    # (and one in another transliteration of the same name: "Yurii", "Mykhaylo" as "Yuriy", "Mykhailo")
    first_names = TransliteratedNames({row.name: row.gender.strip().lower() for row in vocab.table("first_names").itertuples()})
    return People(speakers, alias_to_name, alias_regex, role_regex, country_of_form, not_names, country_regex,
                  first_names, title_words(), title_gender(), role_finder)


_SPELLINGS = {"defense": "defence", "defence": "defense", "Defense": "Defence", "Defence": "Defense"}
_SPELLING = re.compile(r"\b(?:[Dd]efen[cs]e)\b")


#: a body's name that opens with its country, then capitalised words ("Russia's Defence Ministry", "Russian Ministry of Defence")
_OWNER_FIRST = re.compile(r"([A-Z][a-z]+(?:['’]s)?)\s+(?=[A-Z][\w]*(?:\s+(?:of\s+)?[A-Z][\w]*)*$)")


def _other_spelling(words: str) -> str:
    """British and American spellings of the tables' words ("Defense" <-> "Defence")."""
    return _SPELLING.sub(lambda m: _SPELLINGS[m.group(0)], words)


def _person_after() -> re.Pattern:
    """A ``body_person`` noun of ``data/speech_words.csv`` right after a role ("a senior air force officer"), else a
    ``spokesperson_noun`` right after an indefinite role ("a ministry spokesperson", "a foreign ministry press
    secretary"): one unnamed person who speaks for that body, not the body (sk35); one pattern, a ``body_person`` noun
    tried first, compiled once per vocabulary (rv22c)."""
    def build():
        words = vocab.speech_words()
        return re.compile(r"\s+(?:" + trie_pattern(words["body_person"], ignore_case=True) + "|"
                          + trie_pattern(words["spokesperson_noun"], spaces=True, ignore_case=True) + r")\b",
                          re.IGNORECASE)
    return vocab.compiled("role_person_after", ("speech_words",), build)


def known(doc, who: People | None = None) -> list[Mention]:
    """Names and titles from the tables, role nouns and he/she, outside quotes, in text order."""
    who = who or people()
    text = doc.text
    found: list[Mention] = []
    for m in who.alias_regex.finditer(text):
        if not _hidden(doc, m.start()):
            name = who.alias_to_name[m.group(0)]
            if found and found[-1].speaker == name \
                    and text[found[-1].end:m.start()] == " (" and text.startswith(")", m.end()):
                # "Ukraine's Security Service (SBU)": the abbreviation in brackets spells out the name before it, one
                # mention of the body, not a second speaker after the first (sk37)
                last = found[-1]
                found[-1] = Mention(last.start, m.end() + 1, name, text[last.start:m.end() + 1], last.how)
                continue
            if who.speakers[name].kind != "person" and _ROLE_AFTER.match(text, m.end()):
                continue  # "Ukraine's military intelligence chief" is a person: a role mention
            unit = _unit_after().match(text, m.end()) if who.speakers[name].kind != "person" else None
            if unit:  # "the Ukrainian military's Khortytsia group said": the apposed group speaks, not the army
                found.append(Mention(m.start(), unit.end(1), unit.group(1), text[m.start():unit.end(1)], "unknown name"))
                continue
            group = _GROUP_AFTER.match(text, m.end()) if who.speakers[name].kind != "person" else None
            if group:  # "Russian military bloggers said": people writing about it, not the institution
                found.append(Mention(m.start(), group.end(), "", text[m.start():group.end()], "unnamed source"))
                continue
            owned = _PERSON_AFTER_OWNER.match(text, m.end()) if who.speakers[name].kind != "person" else None
            if owned and _owned_person(owned.group(1), who):
                continue  # "Nato's Warren Talbridge said": the body's person is a name of its own
            aide = _AIDE_AFTER.match(text, m.end())
            if aide:  # "Putin's aide told TASS": the aide speaks, not Putin
                found.append(Mention(m.start(), aide.end(), "", text[m.start():aide.end()], "unnamed source"))
                continue
            start = _extend_title(text, m.start(), who)
            how = "title" if start < m.start() else "name"
            found.append(Mention(start, m.end(), name, text[start:m.end()], how))
    taken = sorted((f.start, f.end) for f in found)
    taken_starts = [a for a, _ in taken]
    for m in (who.role_finder or who.role_regex).finditer(text):
        if _hidden(doc, m.start()):
            continue
        i = bisect_left(taken_starts, m.end()) - 1
        if i >= 0 and taken[i][1] > m.start():
            continue  # overlaps a name
        if m.group("role").lower() in ("major", "captain") and not _RANK_NOUN_AFTER.match(text, m.end()):
            continue  # "the major offensive", "a captain's log": no officer
        office = _OFFICE_AFTER.match(text, m.end()) if m.group("of") and _POSSESSIVE.search(m.group("of")) else None
        if office:  # "the commander of Ukraine's ground forces": another office, written whole
            found.append(Mention(m.start(), office.end(), "", text[m.start():office.end()], "unnamed source"))
            continue
        unit = _OF_A_UNIT.match(text, m.end()) if not m.group("of") else None
        if unit:  # "the commander of a drone unit": one unnamed person of a body the text does not name, no office holder
            found.append(Mention(m.start(), unit.end(), "", text[m.start():unit.end()], "unnamed source"))
            continue
        person = _person_after().match(text, m.end()) if m.group(0)[:1] in "Aa" and m.group(0)[1:2].isspace() else None
        if person:  # "a senior air force officer told me": one unnamed person of that body, not the body
            found.append(Mention(m.start(), person.end(), "", text[m.start():person.end()], "unnamed source"))
            continue
        place = _OF_NAME.match(text, m.end()) if not m.group("of") and not doc.in_quote(m.end()) else None
        if place:
            j = bisect_left(taken_starts, place.end()) - 1
            if j >= 0 and taken[j][1] > m.end():
                place = None  # "the head of the Russian Defence Ministry": the ministry is a name of its own
        end = place.end() if place else m.end()  # "the governor of Belgorod": the role written whole
        found.append(Mention(m.start(), end, "", text[m.start():end], "role"))
    for m in _PRONOUNS.finditer(text):
        if not _hidden(doc, m.start()):
            found.append(Mention(m.start(), m.end(), "", m.group(0), "pronoun"))
    if _MISSION_HINT.search(text):
        found += _missions(doc, who, found)
    taken = sorted((f.start, f.end) for f in found)
    taken_starts = [a for a, _ in taken]
    for m in who.country_regex.finditer(text):
        if _hidden(doc, m.start()) or _ROLE_AFTER.match(text, m.end()):
            continue  # "Kremlin spokesman Dmitry Peskov" is a person
        i = bisect_left(taken_starts, m.end()) - 1
        if i >= 0 and taken[i][1] > m.start():
            continue
        found.append(Mention(m.start(), m.end(), who.country_of_form[m.group(0)], m.group(0), "country"))
    for m in _side_regex().finditer(text):  # "the Ukrainian side said" (translated copy): the country speaks
        i = bisect_left(taken_starts, m.end()) - 1
        if not _hidden(doc, m.start()) and not (i >= 0 and taken[i][1] > m.start()):
            found.append(Mention(m.start(), m.end(), vocab.country_forms()[m.group(1)][0], m.group(0), "country"))
    if "country" in text or "nation" in text:
        found += _the_countrys(doc, who, found)
    if "'s " in text or "’s " in text:
        found += _countrys_unit(doc, found)
    return sorted(found, key=lambda x: x.start)


#: a country's possessive right before a formation's own name ("Ukraine's Khortytsia group of forces")
_COUNTRY_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]*)$")


#: a formation's kind in small letters after its proper name ("Khortytsia group", "Tavria operational-strategic group")
_LOWER_KIND = re.compile(r"^[A-Z][\w’'-]*\s+(?:[A-Z][\w’'-]*\s+)*[a-z]")


def _countrys_unit(doc, found: list[Mention]) -> list[Mention]:
    """ "Ukraine's Khortytsia group of forces said": the formation so named speaks, under its own name (as "the
    Ukrainian military's Khortytsia group" and "Ukraine's 59th Brigade" do), not the country; outside quotes, where no
    mention already stands (sk31)."""
    text, forms = doc.text, vocab.country_forms()
    taken = sorted((f.start, f.end) for f in found)
    starts = [a for a, _ in taken]
    added = []
    for unit in _unit_after().finditer(text):
        owner = _COUNTRY_POSSESSIVE_BEFORE.search(text, max(0, unit.start() - 30), unit.start())
        if not _LOWER_KIND.search(unit.group(1)):
            continue  # ("Ukraine's Southern Defence Forces": a capitalised name of the country's, see _possessed_body)
        if owner is None or forms.get(owner.group(1), ("", ""))[1] != "country" or _hidden(doc, owner.start()):
            continue
        i = bisect_left(starts, unit.end(1)) - 1
        if i >= 0 and taken[i][1] > owner.start():
            continue
        added.append(Mention(owner.start(), unit.end(1), unit.group(1), text[owner.start():unit.end(1)], "unknown name"))
    return added


_MISSION_HINT = re.compile(case_insensitive_opening([("embass", ""), ("consul", ""), ("mission", "")]))  # (issue 17)


def _mission_regex() -> re.Pattern:
    """ "Russia's embassy in Oslo", "the Ukrainian Embassy in Warsaw", "the Polish consulate in Lviv": a country's
    name or demonym of ``data/countries.csv``, a ``mission_noun`` of ``data/speech_words.csv``, and the city it sits
    in (built once per table)."""
    def build():
        names = [f for f, (_, kind) in vocab.country_forms().items() if kind == "country" and f[:1].isupper()]
        demonyms = [f for f, (_, kind) in vocab.country_forms().items() if kind == "demonym" and f[:1].isupper()]
        nouns = vocab.speech_words()["mission_noun"]
        return re.compile(r"(?<![\w’'])(?:(?:[Tt]he)[^\S\n]+)?(?:(" + (trie_pattern(names) or "(?!)") + r")['’]s|("
                          + (trie_pattern(demonyms) or "(?!)") + r"))[^\S\n]+(" + (trie_pattern(
                              sorted(nouns | {n.capitalize() for n in nouns})) or "(?!)")
                          + r")(?![\w’'-])(?:[^\S\n]+in[^\S\n]+([A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?)(?![\w’'-]))?")
    return vocab.compiled("mission_regex", ("countries", "speech_words"), build)


def _missions(doc, who: People, found: list[Mention]) -> list[Mention]:
    """A country's embassy or consulate as a speaker ("Russia's embassy in Oslo said", "the Polish Consulate in
    Lviv wrote"): labelled with the country's demonym, the noun capitalised and its city ("Russian Embassy in
    Oslo"), so that a later "it" may refer to it; none inside quotes or where a table's name already stands (sk26)."""
    text = doc.text
    taken = sorted((f.start, f.end) for f in found)
    added = []
    for m in _mission_regex().finditer(text):
        if _hidden(doc, m.start()) or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        country = who.country_of_form.get(m.group(1) or m.group(2))
        if country is None:
            continue
        city = m.group(4) if m.group(4) and vocab.country_forms().get(m.group(4), ("", "capital"))[1] == "capital" else ""
        end = m.end(4) if city else m.end(3)
        label = f"{demonym_of(country)} {m.group(3).capitalize()}" + (f" in {city}" if city else "")
        added.append(Mention(m.start(), end, label, text[m.start():end], "name"))
    return added


#: "the country's air force", "the nation's defence ministry": a body of the country named just before
_THE_COUNTRYS = re.compile(r"[Tt](?<![\w’'].)he[^\S\n]+(?:country|nation)['’]s[^\S\n]+((?:[\w-]+[^\S\n]+){0,3}[\w-]+)(?![\w’'-])")


def _the_countrys(doc, who: People, found: list[Mention]) -> list[Mention]:
    """ "Russia sent 52 drones at Ukraine overnight, the country's air force reported": the body a table knows under the last
    country named before it, in its sentence or the one before ("Ukraine's air force" → Ukrainian Air Force), written
    as the text writes it; none when no country stands in the 600 characters before or no table knows the body
    (cl17, sk25)."""
    text = doc.text
    countries = sorted((m for m in found if m.how == "country" and m.speaker), key=lambda m: m.start)
    added = []
    for m in _THE_COUNTRYS.finditer(text):
        if _hidden(doc, m.start()):
            continue
        before = [c for c in countries if m.start() - 600 <= c.end <= m.start()]  # its sentence or the one before (sk25)
        if not before:
            continue
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # the longest body a table knows ("air force", "defence ministry")
            name = who.alias_to_name.get(f"{before[-1].speaker}'s {' '.join(words[:n])}")
            if name is not None and who.speakers[name].kind != "person":
                end = m.start(1) + len(" ".join(words[:n]))
                if text[m.start(1):end] == " ".join(words[:n]):
                    added.append(Mention(m.start(), end, name, text[m.start():end], "name"))
                break
    return added


def _side_regex() -> re.Pattern:
    """ "the Russian side", "the Ukrainian side": a country's demonym of ``data/countries.csv`` before "side"
    (built once per table)."""
    def build():
        demonyms = [f for f, (_, kind) in vocab.country_forms().items() if kind == "demonym" and f[:1].isupper()]
        # (no word character before "the": a look-behind after its first letter, so the pattern opens on [Tt])
        return re.compile(r"[Tt](?<![\w’'].)he\s+(" + trie_pattern(demonyms) + r")\s+side(?![\w’'-])")
    return vocab.compiled("side_regex", ("countries",), build)


def _hidden(doc, pos: int) -> bool:
    """Inside a quote, or in a caption, a credit or a byline (the document's furniture), or a short subhead line between
    paragraphs: no mention there."""
    seen = getattr(doc, "_hidden_cache", None)  # (the same run starts are asked again for each window over them)
    if seen is None:
        seen = doc._hidden_cache = {}
    hidden = seen.get(pos)
    if hidden is None:
        hidden = seen[pos] = bool(doc.in_quote(pos) or doc.in_furniture(pos) or doc.in_transcript(pos)
                                  or doc.in_subhead_line(pos))  # (a subhead's or a box's label: mt11)
    return hidden


_TITLE_WORD_BEFORE = re.compile(r"([A-Z][\w’'.-]*)[^\S\n]+$")


def _extend_title(text: str, start: int, who: People) -> int:
    """Walk left over titles and nationalities: "Russian President Vladimir Putin"."""
    titles = who.title_words
    while True:
        m = _TITLE_WORD_BEFORE.search(text[max(0, start - 40):start])  # (not over a line break)
        if not m:
            return start
        word = m.group(1)
        if word.lower() in titles or word in who.country_of_form:
            start = start - len(m.group(0))
        else:
            return start


def _runs_between(doc, a: int, b: int) -> list[tuple[int, int]]:
    """The spans ``_NAME_RUN.finditer(doc.text, a, b)`` gives, read by bisection from the runs of the whole text (found
    once per document): the speech layer asks for the unknown names of thousands of windows, each scanned again.

    A window's scan is the whole text's, cut at ``b``: it finds the same runs between ``a`` and ``b`` unless ``a`` falls
    inside a run (the scan would start in its middle), a run goes on past ``b`` (the scan cuts it short), or a run ends
    on a particle ("… von") whose look-ahead for the name after it may read past ``b``: the pattern's only other
    look-aheads are followed by words the run takes, and its look-behinds read what precedes either way. In those
    three cases the window is scanned as before."""
    pattern = _NAME_RUN.compiled()
    cached = getattr(doc, "_name_run_spans", None)
    if cached is None or cached[0] is not pattern:  # (a vocabulary change compiles a new pattern: found again)
        spans = [m.span() for m in pattern.finditer(doc.text)]
        # (a run's last word with no capital: a particle, "von"; never a name's word; a last word opening on a
        # capital, as nearly all do, is no particle without reading its other letters)
        last = [doc.text[s:e].rsplit(None, 1)[-1] for s, e in spans]
        particle = [not (w[:1].isupper() or any(c.isupper() for c in w)) for w in last]
        cached = doc._name_run_spans = (pattern, [s for s, _ in spans], spans, particle)
    _, starts, spans, particle = cached
    lo, hi = bisect_left(starts, a), bisect_left(starts, b)
    if (lo and spans[lo - 1][1] > a) or (hi and spans[hi - 1][1] > b) or any(particle[lo:hi]):
        return [m.span() for m in pattern.finditer(doc.text, a, b)]
    return spans[lo:hi]


#: An indefinite descriptor: one of many, whom the text does not single out ("a senior official", "an aide", "one
#: commander", "another official"): never an office's holder, nor someone named or heard before; the speech layer,
#: the attribution pass, quotes and claims read it with this one pattern (rv11)
INDEFINITE = re.compile(r"(?:a|an|one|another)\s", re.IGNORECASE)
#: A deputy's office is not the office ("the deputy defence minister", "the vice-president"): the speech layer (no
#: office holder for it) and claims (no holder of the office named before) read it with this one pattern (rv11)
DEPUTY = re.compile(r"\b(?:deputy|vice|first\s+deputy|assistant)\b", re.IGNORECASE)


#: "the" right before a word (a person noun of a nationality: "The Pole smiled", "the Finn shook his head")
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+$")
#: what may follow "the Estonian" when it is a person, not an adjective ("the Estonian minister"): a verb or a stop
_VERB_AFTER = re.compile(r"\s*(?:[,.;:!?)]|[“\"]|—|–|$|(?:has|had|is|was|will|would|could|can|did|does|says|said|told|tells|"
                         r"adds|added|spoke|speaks|put|puts|shook|shakes|went|goes|sat|sits|stood|stands|knows|knew|"
                         r"thinks|thought|wants|wanted|sees|saw|came|comes|made|makes|took|takes|gave|gives|kept|keeps|"
                         r"[a-z]+ed)\b)")

#: the participle of an adjective compound written without its hyphen: "the Ukrainian armed forces", "the Russian
#: backed separatists", "the Russian occupied south" (an adjective, no person; rv9)
_COMPOUND_AFTER = re.compile(r"\s+(?:armed|backed|occupied|controlled|held|led|based|born|made|owned|installed|"
                             r"appointed|allied|supplied|built|trained|funded|financed|brokered|operated|annexed|"
                             r"speaking|language)\b")
_LIST_AFTER = re.compile(r"\s*(?:,|\s+and|\s+or)\s+(?:the\s+)?([A-Z][\w’'-]+)")


def _listed_with(text: str, end: int) -> bool:
    """ "the Ukrainian, Russian and Belarusian delegations", "the Ukrainian and Polish ministers": a demonym in a list
    of demonyms is an adjective."""
    listed = _LIST_AFTER.match(text, end)
    return listed is not None and vocab.country_forms().get(listed.group(1), ("", ""))[1] == "demonym"


def nationality_noun(text: str, start: int, end: int) -> str:
    """The country of "the Pole", "The Estonian", "the Finn" at ``text[start:end]`` (the noun) when it stands for one
    person (``data/countries.csv``, ``person_nouns``); "" otherwise. A form that is also the country's adjective
    ("Estonian") is a person only when a verb or a stop follows it ("The Estonian has argued", "the Estonian minister"
    is an adjective).

    Example:
        >>> text = "The Pole smiled. The Estonian minister left. The Estonian laughed."
        >>> nationality_noun(text, 4, 8), nationality_noun(text, 21, 29), nationality_noun(text, 49, 57)
        ('Poland', '', 'Estonia')
    """
    country = vocab.person_nouns().get(text[start:end])
    if not country or not _THE_BEFORE.search(text, max(0, start - 5), start):
        return ""
    if text[end:end + 1] in ("-",) or text.startswith(("'s", "’s"), end):
        return ""
    if vocab.country_forms().get(text[start:end], ("", ""))[1] == "demonym" or text[start:end] in vocab.country_forms():
        if _COMPOUND_AFTER.match(text, end) or _listed_with(text, end):
            return ""  # "the Ukrainian armed forces", "the Russian backed separatists", "the Ukrainian, Russian and …"
        return country if _VERB_AFTER.match(text, end) else ""
    return country if not re.match(r"\s+[A-Z]", text[end:end + 2]) else ""


def _peer_title(word: str) -> bool:
    """A peer's title, which with one name after it is the name itself ("Lord Hartfield", not "Hartfield"): the
    ``peer_title`` words of data/speech_words.csv, written capitalised."""
    return word[:1].isupper() and word.lower() in vocab.speech_words()["peer_title"]


#: a capitalised past participle ("Captured", "Wounded", "Exiled"): before a nationality, an adjective, not a name
_PARTICIPLE_WORD = re.compile(r"[A-Z][a-z]{2,}ed")
#: " leader Kim", " foreign minister Choe": a role in small letters, then a capitalised name
_ROLE_THEN_NAME_AFTER = re.compile(r"[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){1,3}[A-Z][\w’'-]")


def unknown_names(doc, a: int, b: int, near: list[Mention], who: People | None = None) -> list[Mention]:
    """Capitalised names between ``a`` and ``b`` that no table knows (``near``: the known
    mentions around, which win)."""
    who = who or people()
    titles = who.title_words
    text = doc.text
    names = []
    near_starts = [k.start for k in near]  # ``near`` is in text order: overlaps by bisection
    covered = a
    cut = -1  # where a body's tail was cut before a person's name (_country_then_person): the run goes on from there
    read_b = None  # ``b`` when the run's reading read it (a body's tail is matched up to ``b``)

    def one_run(start: int, end: int, after_mention: bool, past: int | None) -> None:
        """One run read: appends its mention to ``names``, sets ``covered``, ``cut`` and ``read_b`` where it reads so
        (it reads neither ``covered`` nor ``cut``, and ``near`` only through ``after_mention`` and ``past``)."""
        nonlocal covered, cut, read_b
        if after_mention:
            # "Commander of the Unmanned Systems Forces Robert Brovdi": a role took the run's first
            # words; the name is what follows the mention, when the run goes on past it (a known first name)
            start = past
            if start is None:
                return
        noun = start + 4 if text.startswith(("The ", "the "), start) else start
        if nationality_noun(text, noun, end):  # "The Pole smiled", "the Finn": a person, resolved as a role
            names.append(Mention(noun, end, text[noun:end], text[noun:end], "unknown name"))
            covered = end
            return
        words = text[start:end].split()
        stripped = ""
        while words and (words[0].lower() in titles or words[0].lower() in who.not_names
                         # "Organiser Rosalind Ottaway said", "Medic Olena Savchuk": a person's noun as a false title
                         or (len(words) > 2 and words[0][1:].islower() and _person_noun(words[0].lower()))
                         or words[0] in who.country_of_form or _place_possessive(words, who)
                         or ("-" in words[0] and _ADJECTIVE_COMPOUND.fullmatch(words[0]))
                         # "Captured Russian sergeant tells court …", "Wounded Ukrainian medic says": a participle
                         # opening a headline or sentence before a nationality is no name (sk29)
                         or (not stripped and len(words) > 1 and _PARTICIPLE_WORD.fullmatch(words[0])
                             and words[1] in who.country_of_form and words[0] not in who.first_names)
                         # "Prosecutors say …", "Commanders admit …": a person's noun in the plural opening a
                         # headline is a group, no name (sk29)
                         # (a singular "Medic on the front: …" stays a word the headline rules read as a noun)
                         # ("Researchers at X said": a plural voice of the claims tables stays as before)
                         or (len(words) == 1 and words[0][1:].islower() and words[0] not in who.first_names
                             and words[0].endswith("s") and _person_noun(words[0][:-1].lower())
                             and words[0].lower() not in vocab.speech_words()["plural_voice"])):
            stripped, words = words[0], words[1:]  # "Kyiv's mayor": a place's possessive is no name
        if len(words) > 1 and " ".join(words) in who.country_of_form and _ROLE_THEN_NAME_AFTER.match(text, end):
            # "On Monday, North Korean leader Kim Jong Un …": a country's word of two words before the role and the
            # name of its holder, nobody's name itself (sk42)
            return
        if len(words) == 1 and _peer_title(stripped) and words[0][:1].isupper():
            words = [stripped, words[0]]  # "Lord Hartfield told reporters": a peer is named by the title (sk19)
        if len(words) == 1 and stripped.lower() in titles and ORGANISATION_WORDS.fullmatch(words[0]) \
                and not _BODY_WORD.fullmatch(words[0]):
            return  # "One Defense Department official said": a body's word after a title word, no one's name (sk19)
        if len(words) == 1 and _BODY_WORD.fullmatch(words[0]) and vocab.country_forms().get(stripped, ("", ""))[1] == "demonym":
            words = [stripped, words[0]]  # "The Ukrainian Navy said": the body is the Ukrainian one, not "Navy"
        elif 1 < len(words) <= 3 and _NAMED_FORCE_WORD.fullmatch(words[-1]) and all(w[:1].isupper() for w in words) \
                and vocab.country_forms().get(stripped, ("", ""))[1] == "demonym":
            # "The Russian Volunteer Corps said", "the Georgian National Legion": a force named with its nationality,
            # the word part of its name (label rule 3 writes the country first as well: sk37)
            words = [stripped] + words
        if words and _POSSESSIVE.search(words[-1]) and _POSSESSIVE.sub("", words[-1]):
            words[-1] = _POSSESSIVE.sub("", words[-1])  # "Taras Marchenko's unit": the name ends before "'s"
        while words and ((words[-1].lower() in who.not_names
                          and not (len(words) > 1 and ORGANISATION_WORDS.fullmatch(words[-1])))  # "Reservist Watch"
                         or ("-" in words[-1] and _ADJECTIVE_COMPOUND.fullmatch(words[-1])
                             and not (len(words) > 1 and _hyphenated_given_name(words, who)))):
            words = words[:-1]
        titled = [i for i, w in enumerate(words[:-1]) if w.lower() in titles]
        if titled and not ORGANISATION_WORDS.fullmatch(words[-1]) and not (len(words) == 2 and _peer_title(words[0])):
            # "Estonian Prime Minister Kristen Michal": the name follows the last title word ("the Southern
            # Defence Forces" is a body's name: its title-like word stays in it)
            words = words[titled[-1] + 1:]
        first = next((i for i, w in enumerate(words[:-1]) if i and w in who.first_names), None)
        if first is not None and words[first - 1].lower() in vocab.speech_words()["name_particle"]:
            first = None  # "Abu Mohammed al-Harbi": a name opening on its particle stays whole
        if first is not None and len(words) - first <= 3 and not any(w in who.first_names for w in words[:first]):
            words = words[first:]  # "Unmanned Systems Forces Robert Brovdi": a body's name, then the person's
        elif first is None and len(words) >= 3 and not (ORGANISATION_WORDS.fullmatch(words[-1]) or words[-1] == "Force"):
            # ("the Joint Forces Task Force": a body's name ends on a body's word, no person after it; "Force" is no
            # organisation word of the table, where "Air Force" would stop being a name a person may hold)
            # "Commander of the Airborne Forces Yegor Malakhin" (a first name no table lists): the body's
            # name ends at its last organisation word, the person's two or three words follow
            body = max((i for i, w in enumerate(words[:-2]) if ORGANISATION_WORDS.fullmatch(w)), default=None)
            if body is not None and words[body + 1:body + 2] == ["of"] and len(words) > body + 4 \
                    and words[body + 2] in who.country_of_form:
                body += 2  # "the analyst of the Military Academy of Lithuania Tomas Vaitkus": the body's country (sk25)
            if body is not None and len(words) - body - 1 <= 3 and (len(words) > 3 or body == 0):
                words = words[body + 1:]
        if after_mention and not (1 < len(words) <= 3 and (words[0] in who.first_names or _after_role_of_country(
                text, text.find(words[0], start), words, who))):
            return
        if words and words[-1].lower() in titles and not (len(words) == 2 and words[0] in who.first_names):
            # "Ukrainian Army Commander": a title with no name after it is nobody's name ("John Major", "Tom Judge": a
            # first name of the tables before the word makes it a surname)
            return
        if len(words) == 1 and text.startswith(words[0], end - len(words[0])) and _PEOPLE_AFTER.match(text, end):
            return  # "Military analysts have long argued": a group's adjective, nobody's name
        if len(words) == 1 and not words[0].islower() and not words[0].isupper() \
                and text.startswith(words[0], end - len(words[0])) and _DOCUMENT_AFTER.match(text, end) \
                and words[0] not in who.alias_to_name and words[0] not in vocab.country_forms():
            return  # "New figures suggest …": a document's adjective, nobody's name (hl7)
        if words and _day_name(words, who, text, text.find(words[0], start)):
            return  # "On Victory Day he said": a day, never the one "he" stands for
        if words and _rubric_label(text, text.find(words[0], start)):
            return  # "Editor's note: …": the outlet's furniture (claim_words.csv rubric), nobody
        if words:
            written = " ".join(words)
            offset = text.find(written, start)
            ordinal = _ORDINAL_BEFORE.search(text, max(0, offset - 8), offset) \
                if _formation().fullmatch(words[-1].lower()) else None
            if ordinal is not None:  # "the 47th Mechanised Brigade": the number is part of the unit's name
                offset, written = ordinal.start(), text[ordinal.start():offset + len(written)]
            tail = None
            if words[-1].lower() in _body_heads():
                read_b, tail = b, _BODY_TAIL.match(text, offset + len(written), b)
            if tail is not None:
                whole, tail = tail, _country_then_person(text, tail, who)
                if tail is not whole:
                    cut = tail.end()
            if tail is not None:  # "the Centre for Defence Strategies": the body's name goes on after "for"/"of"
                written = text[offset:tail.end()]
                covered = tail.end()
                known = reordered_body(written, who)
                if known:  # "the Institute for War Studies": the table's body with those words, reordered
                    names.append(Mention(offset, tail.end(), known, written, "name"))
                    return
            plain = _MIDDLE_INITIAL.sub("", written)  # "John F. Kirby" → "John Kirby"
            known = who.alias_to_name.get(plain) if plain != written else None
            known = known or _spelling_variants(who).get(_fold_spelling(plain))
            if known:  # "Oleksandr Syrskii", "Zaluzhniy": a table name in another transliteration
                names.append(Mention(offset, offset + len(written), known, written, "name"))
                return
            # a person no table lists keeps the name as printed, middle initial and all ("Andrii V. Besedin")
            names.append(Mention(offset, offset + len(written), body_label(written, who) if tail is not None
                                 else " ".join(written.split()), written, "unknown name"))

    # a run of a window is read as the whole text's or another window's run was: the same span, overlapping a known
    # mention or not and going on past it at the same place, gives the same mention, ``covered`` and ``cut`` (the speech
    # layer asks for the unknown names of windows that overlap: each run was read twice on average, sp27); a reading
    # that read ``b`` is kept for that ``b``
    memo = _unknown_run_memo(doc, who)
    for start, end in _runs_between(doc, a, b):
        if start < covered and start < cut < end and not _hidden(doc, start):
            start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
        elif _hidden(doc, start) or start < covered:
            continue
        after_mention = _overlaps(near, near_starts, start, end)
        past = _past_overlap(text, near, near_starts, start, end) if after_mention else None
        key = (start, end, after_mention, past)
        kept = memo.get(key)
        if kept is not None and (kept[3] is None or kept[3] == b):
            names.extend(kept[0])
            covered = covered if kept[1] is None else kept[1]
            cut = cut if kept[2] is None else kept[2]
            continue
        n, was_covered, was_cut = len(names), covered, cut
        covered = cut = read_b = None
        one_run(start, end, after_mention, past)
        memo[key] = (tuple(names[n:]), covered, cut, read_b)
        covered = was_covered if covered is None else covered
        cut = was_cut if cut is None else cut
    return names


def _unknown_run_memo(doc, who: People) -> dict:
    """The runs :func:`unknown_names` has read in this document (for this who-is-who and vocabulary generation)."""
    kept = getattr(doc, "_unknown_run_memo", None)
    if kept is None or kept[0] is not who or kept[1] != vocab.generation():
        kept = doc._unknown_run_memo = (who, vocab.generation(), {})
    return kept[2]


#: the words of a body's tail after "of"/"for": "of Lithuania Tomas Vaitkus" (a country, then a person's name)
_TAIL_WORDS = re.compile(r"\s+(?:for|of|on)\s+(?:the\s+)?([A-Z][\w’'-]*)((?:\s+[A-Z][\w’'-]*){2,3})$")


def _country_then_person(text: str, tail: re.Match, who: People):
    """A body's tail cut after its country when a person's name follows it ("the analyst of the Military Academy of
    Lithuania Tomas Vaitkus": the academy "of Lithuania", then the analyst's name, a run of its own); the match
    itself otherwise (sk25)."""
    words = _TAIL_WORDS.match(text[tail.start():tail.end()])
    if words is None or words.group(1) not in who.country_of_form or ORGANISATION_WORDS.search(words.group(2)):
        return tail
    return _BODY_TAIL.match(text, tail.start(), tail.start() + words.end(1))


_OF_COUNTRY = re.compile(r"(.+)\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)")


def body_label(written: str, who: People | None = None) -> str:
    """A body's name ending "of <country>" is labelled as the conventions label institutions, with the
    country's adjective first ("Southern Defence Forces of Ukraine" -> "Ukrainian Southern Defence Forces");
    any other name as written."""
    who = who or people()
    m = _OF_COUNTRY.fullmatch(written)
    country = who.country_of_form.get(m.group(2)) if m else None
    if country is None or vocab.country_forms().get(m.group(2), ("", ""))[1] != "country":
        return written
    return f"{demonym_of(country)} {m.group(1)}"


def demonym_of(country: str) -> str:
    """The first demonym of a country of ``data/countries.csv`` ("Ukraine" -> "Ukrainian"; the name itself when
    the table gives none)."""
    demonyms = vocab.compiled("country_demonyms", ("countries",), lambda: {
        row.country: (vocab.split_forms(row.demonyms) or [row.country])[0] for row in vocab.table("countries").itertuples()})
    return demonyms.get(country, country)


_END_VOWELS = re.compile(r"(?:yy|yi|iy|ii|ij|yj|y|i)\b")
#: a "y" or "j" glide between a vowel and a consonant inside a name, which transliterations write "i" ("Shoygu",
#: "Shojgu" → "shoigu"; "Maykop" → "maikop")
_INNER_GLIDE = re.compile(r"(?<=[aeou])[yj](?=[^\W\daeiouy])")
_variants_of: list = [None, {}]


@functools.lru_cache(maxsize=4096)
def _fold_spelling(name: str) -> str:
    """A name with its transliterated endings and inner glides folded: "Syrskii", "Syrskyi", "Syrsky" → "syrsky";
    "Shoygu", "Shoigu" → "shoigu"."""
    return _INNER_GLIDE.sub("i", _END_VOWELS.sub("y", name.lower()))


class TransliteratedNames(_letters.FoldedKeys):
    """The first names of ``data/first_names.csv``, also found in another transliteration of a row ("Yurii", "Yury"
    and "Yuriy"; "Mykhaylo" and "Mykhailo"): a word not found as written (or with its marks folded) is looked up with
    its transliterated endings and inner glides folded (:func:`_fold_spelling`), when that folding gives one gender.

    Example:
        >>> names = TransliteratedNames({"Yuriy": "m", "Oleksii": "m"})
        >>> "Yurii" in names, names.get("Oleksiy"), "Kyiv" in names
        (True, 'm', False)
    """

    __slots__ = ("_folded",)

    def __init__(self, rows: dict) -> None:
        super().__init__(rows)
        genders: dict[str, set] = {}
        for name, gender in rows.items():
            genders.setdefault(_fold_spelling(name), set()).add(gender)
        self._folded = {folded: next(iter(found)) for folded, found in genders.items() if len(found) == 1}

    def __reduce__(self):  # (pickled for the worker processes as built: the rows, the folded index rebuilt)
        return (type(self), (dict(self),))

    def _other_spelling(self, key) -> str | None:
        if type(key) is not str or not key[:1].isupper() or not key[1:].isalpha():
            return None
        return self._folded.get(_fold_spelling(key))

    def __contains__(self, key) -> bool:
        return _letters.FoldedKeys.__contains__(self, key) or self._other_spelling(key) is not None

    def __missing__(self, key):
        try:
            return _letters.FoldedKeys.__missing__(self, key)
        except KeyError:
            found = self._other_spelling(key)
            if found is None:
                raise
            return found


def _spelling_variants(who: People) -> dict:
    """Folded spelling → the table name, for the aliases of people whose folded form is unambiguous
    (built once per who-is-who)."""
    if _variants_of[0] is not who:
        found: dict[str, set] = {}
        for alias, name in who.alias_to_name.items():
            if who.speakers[name].kind == "person":
                found.setdefault(_fold_spelling(alias), set()).add(name)
        _variants_of[:] = [who, {k: next(iter(v)) for k, v in found.items() if len(v) == 1}]
    return _variants_of[1]


def _past_overlap(text: str, near: list[Mention], starts: list[int], start: int, end: int) -> int | None:
    """Where a capitalised run goes on after the known mentions overlapping it (None: it does not)."""
    i = bisect_left(starts, end) - 1
    last = max((near[k].end for k in range(max(0, i - 3), i + 1) if near[k].end > start and near[k].start < end),
               default=end)
    rest = _SPACE_BEFORE_CAPITAL.match(text, last, end) if last < end else None  # (no copy of the run)
    return rest.end() if rest is not None else None


_SPACE_BEFORE_CAPITAL = re.compile(r"(?:['’]s)?\s+(?=[A-Z])")  # (past a possessive: "The Pentagon's Sabrina Singh")
#: a role's country closing just before a name: "the President of Moldova Ostap Lisovets"
_OWNER_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]*)['’]s\s+$")
_OF_COUNTRY_BEFORE = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+$")
#: "Russia's Defence Minister ", "Ukraine's President ": a country's possessive, then a capitalised title before a name
_COUNTRY_TITLE_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]*)['’]s\s+((?:[A-Z][\w-]*\s+){1,3})$")


def _after_role_of_country(text: str, at: int, words: list[str], who: People) -> bool:
    """A person's name right after a role "of" a country ("the President of Moldova Ostap Lisovets"), not a body's."""
    before = _OF_COUNTRY_BEFORE.search(text, max(0, at - 40), at)
    if before is None:
        # "Russia's Defence Minister Gleb Malakhin said": an office holder no table lists after his country's title
        # (a new minister: the tables' holder is someone else)
        titled = _COUNTRY_TITLE_BEFORE.search(text, max(0, at - 60), at)
        before = titled if titled is not None and all(w.lower() in who.title_words for w in titled.group(2).split()) \
            else None
    owner = _OWNER_BEFORE.search(text, max(0, at - 40), at) if before is None else None
    return ((before is not None and before.group(1) in who.country_of_form
             # "The Pentagon's Sabrina Singh": a body's possessive (a role of the tables took it) before a name
             or (owner is not None and owner.group(1) in who.alias_to_name
                 and who.speakers[who.alias_to_name[owner.group(1)]].kind != "person"))
            and not any(w.lower() in who.title_words or w.lower() in who.not_names for w in words)
            and could_be_person(" ".join(words), who))


def _place_possessive(words: list[str], who: People) -> bool:
    first = words[0]
    if not first.endswith(("s", "’", "'")):
        return False
    base = _POSSESSIVE.sub("", first)
    return base != first and (base in who.country_of_form or (len(words) > 1 and base.lower() in who.not_names)
                              or (len(words) > 2 and base in who.alias_to_name  # "Nato's Warren Talbridge"
                                  and who.speakers[who.alias_to_name[base]].kind != "person"))


def _owned_person(words: str, who: People) -> bool:
    """Two or three capitalised words after a body's possessive that name a person, not an office or a body."""
    return (not any(w.lower() in who.title_words or w.lower() in who.not_names or w in who.country_of_form
                    for w in words.split())
            and could_be_person(words, who))


def _overlaps(near: list[Mention], starts: list[int], start: int, end: int) -> bool:
    i = bisect_left(starts, end) - 1
    while i >= 0 and starts[i] > start - 200:  # a mention is never longer than that
        if near[i].end > start:
            return True
        i -= 1
    return False


def full_name(doc, surname: str, pos: int, who: People | None = None) -> str:
    """The latest full name ending in ``surname`` before ``pos`` ("Ben Wallace"), or ""."""
    who = who or people()
    titles = who.title_words
    for start, end, words in reversed(name_runs(doc).get(surname, [])):
        if end > pos:
            continue
        titled = [i for i, w in enumerate(words) if w.lower() in titles]
        if titled:  # "Brazilian President Lula": the name follows the last title word
            words = words[titled[-1] + 1:]
        kept = [w for w in words if w.lower() not in titles  # (a middle initial stays: "Roman K. Lysenko", below)
                and w.lower() not in who.not_names and w not in who.country_of_form]
        while kept and _INITIAL.fullmatch(kept[0]):
            kept = kept[1:]
        if len(kept) > 1 and kept[0][1:].islower() and _person_noun(kept[0].lower()):
            kept = kept[1:]  # "Volunteer Ihor Drozd … Drozd said": a person's noun as a false title
        kept = kept[kept.index("Class") + 1:] if "Class" in kept else kept  # "Sgt. First Class Aaron Pike": a rank
        # a body's name before the person's ("the Southern Defense Forces Vladyslav Voloshyn"): the name follows it
        body = [i for i, w in enumerate(kept) if ORGANISATION_WORDS.fullmatch(w)]
        kept = kept[body[-1] + 1:] if body else kept
        if kept:
            particles = vocab.speech_words()["name_particle"]
            tail = 0
            while tail < len(kept) - 1 and kept[-1 - tail] in particles:
                tail += 1  # "Faisal bin Farhan", "Ursula von der Leyen": the particles and the word before them
            want, first = max(2, tail + 1), len(kept)
            while first > 0 and want > 0:  # the last words, counting a middle initial with the word before it
                first -= 1
                want -= not _INITIAL.fullmatch(kept[first])
            given = next((i for i in range(first + 1, len(kept)) if kept[i] in who.first_names), None)
            if given is not None and _body_before_given(kept, given, who) and kept[first] not in who.first_names \
                    and not _INITIAL.fullmatch(kept[first]) and kept[first] not in particles:
                first = given  # "the Donetsk People's Republic Denis Pushilin … Pushilin said": the body's last word
            name = " ".join(kept[first:] + [surname])  # before the first name is no part of the person's name
            plain = _MIDDLE_INITIAL.sub("", name)
            # a table's person loses the initial ("John F. Kirby" -> "John Kirby"); anyone else keeps it as printed
            return plain if plain == name or plain in who.alias_to_name else name
    return ""


def _body_before_given(words: list[str], given: int, who: People) -> bool:
    """Whether the words before the first name at ``given`` can be a body's name the person's name follows, not the
    first words of the person's own ("Jean Pierre Lacroix", "Mohammad Ali Hosseini"): two words or more ("Donetsk
    People's Republic Denis Pushilin"), or one the tables name, a body's word or one written in capitals ("Forces",
    "SBU") (``full_name``'s cut before a first name; rv27fixa)."""
    return given >= 2 or (given == 1 and (words[0].isupper() or words[0] in who.alias_to_name
                                          or ORGANISATION_WORDS.fullmatch(words[0]) is not None))


#: "the elder Horbach", "Horbach senior", "the younger Horbach", "Horbach Jr": one of two people of a surname
_GENERATION_BEFORE = re.compile(r"(?i:\bthe\s+(elder|older|younger)\s+)$")
_GENERATION_AFTER = re.compile(r"[^\S\n]+(senior|junior|Sr\.?|Jr\.?|Snr\.?|Jnr\.?)(?![\w’'])")
#: how the copy tells which of them is which: "his son, Andrii Horbach", "father Mykola Horbach", "A B, 58,"
_KIN_BEFORE = re.compile(r"(?i:\b(son|daughter|father|mother|grandson|granddaughter|grandfather|grandmother)"
                         r"[^\S\n]*,?[^\S\n]+)$")
_AGE_AFTER = re.compile(r"\s*,\s*(\d{2}),")
_YOUNG_KIN = frozenset({"son", "daughter", "grandson", "granddaughter"})


def generation_name(doc, surname: str, start: int, end: int, who: People | None = None) -> str:
    """The full name "the elder X" / "X senior" / "the younger X" / "X junior" at ``start``–``end`` stands for, when
    two people of the surname were named before it: the one the copy makes the son or daughter ("his son, A B"),
    the father or mother, or the older by the ages apposed ("A B, 58,"); "" when the surname carries no such word
    or the copy does not tell them apart (the latest one then, as ``full_name``)."""
    text = doc.text
    before = _GENERATION_BEFORE.search(text, max(0, start - 16), start)
    after = _GENERATION_AFTER.match(text, end) if before is None else None
    if before is None and after is None:
        return ""
    elder = (before or after).group(1).lower().rstrip(".") in ("elder", "older", "senior", "sr", "snr")
    found: dict[str, list[int]] = {}
    for run_start, run_end, _ in name_runs(doc).get(surname, []):
        if run_end > start:
            break
        name = full_name(doc, surname, run_end, who)
        if " " in name:
            found.setdefault(name, []).append(run_start)
    if len(found) != 2:
        return ""
    rank = {}  # 0 the younger, 1 the elder
    for name, starts in found.items():
        for at in starts:
            first = text.rfind(name, at, at + 60 + len(name))
            kin = _KIN_BEFORE.search(text, max(0, at - 30), at) if first >= 0 else None
            age = _AGE_AFTER.match(text, first + len(name)) if first >= 0 else None
            if kin is not None:
                rank[name] = (0 if kin.group(1).lower() in _YOUNG_KIN else 1, 0)
                break
            if age is not None and name not in rank:
                rank[name] = (None, int(age.group(1)))
    (a, b) = found
    ra, rb = rank.get(a), rank.get(b)
    if ra and ra[0] is not None:
        older = a if ra[0] == 1 else b
    elif rb and rb[0] is not None:
        older = b if rb[0] == 1 else a
    elif ra and rb and ra[1] != rb[1]:
        older = a if ra[1] > rb[1] else b
    else:
        return ""
    return older if elder else (b if older == a else a)


def surname_first_name(doc, surname: str, pos: int, who: People | None = None) -> str:
    """ "Kim said" after "Kim Hye-rin": the latest full name before ``pos`` that opens on ``surname`` and closes on a
    hyphenated given name (the surname written first, as Korean names are), or ""."""
    full = full_name_from_first(doc, surname, pos, who)
    return full if full and _HYPHENATED_GIVEN_NAME.fullmatch(full.split()[-1]) else ""


def full_name_from_first(doc, first: str, pos: int, who: People | None = None) -> str:
    """The latest full name starting with ``first`` before ``pos`` ("Taras" → "Taras Hnatyuk"), or "".

    Example:
        >>> from saidvsdone import corpus, document
        >>> doc = next(document.documents(corpus.from_text("Taras Hnatyuk came. Taras said so.")))
        >>> full_name_from_first(doc, "Taras", 20)
        'Taras Hnatyuk'
    """
    who = who or people()
    pairs, ends = _name_pairs(doc).get(first, (None, None))
    if pairs is None:
        if _NAME_WORD.fullmatch(first):
            return ""  # never followed by a capitalised word
        pairs = [(m.start(), m.end(), m.group(1)) for m in  # a first name of another shape ("J.")
                 re.finditer(r"(?<![\w’'])" + re.escape(first) + r"[^\S\n]+([A-Z][\w’'-]+)(?![\w’'])", doc.text)]
        ends = [end for _, end, _ in pairs]
    for start, end, word in reversed(pairs[:bisect_right(ends, pos)]):
        word = word[:-2] if word.endswith(("'s", "’s")) and len(word) > 3 else word  # "Taras Hnatyuk's unit"
        if not doc.in_quote(start) and word.lower() not in who.not_names and word not in who.country_of_form:
            third = _THIRD_NAME_WORD.match(doc.text, end) if word == doc.text[end - len(word):end] else None
            if third is not None and third.group(1).lower() not in who.not_names \
                    and third.group(1) not in who.country_of_form and third.group(1).lower() not in who.title_words:
                return f"{first} {word} {third.group(1)}"  # "Ms Goh" after "Goh Siew Lan, a senior researcher" (sk43)
            return f"{first} {word}"
    return ""


#: the third word of a three-word name written surname first ("Goh Siew Lan, a researcher …", "Ong Kah Wai said"): one
#: more capitalised word closing the name before a comma or a word in lower case (sk43)
_THIRD_NAME_WORD = re.compile(r"[^\S\n]+([A-Z][a-z’'-]+)(?=[^\S\n]*[,;:)]|[^\S\n]+[a-z])")


_NAME_WORD = re.compile(r"[A-Z][\w’'-]+")
# (the look-behind after the first capital: the pattern opens on [A-Z], searched in C, issue 17)
_NAME_PAIR = re.compile(r"([A-Z](?<![\w’'].)[\w’'-]+)(?=([^\S\n]+)([A-Z][\w’'-]+)(?![\w’']))")


def _name_pairs(doc) -> dict[str, tuple[list[tuple[int, int, str]], list[int]]]:
    """Every capitalised word followed by another, indexed by the first: [(start, end, second word)]
    in text order and their ends (built once per document: a first-name look-up never rescans the text)."""
    cached = getattr(doc, "_name_pairs_cache", None)
    if cached is not None:
        return cached
    pairs: dict[str, list[tuple[int, int, str]]] = {}
    for m in _NAME_PAIR.finditer(doc.text):
        pairs.setdefault(m.group(1), []).append((m.start(), m.end(1) + len(m.group(2)) + len(m.group(3)), m.group(3)))
    indexed = {first: (found, [end for _, end, _ in found]) for first, found in pairs.items()}
    doc._name_pairs_cache = indexed
    return indexed


#: up to six capitalised words on one line (a name never runs over a paragraph break: "… 6:00 PM⏎⏎Ihor Sadovyi")
#: (a name's particle inside it too: "Faisal bin Farhan", "Ursula von der Leyen")
_CAPITALISED_RUN = vocab.TablePattern("capitalised_run", ("speech_words",), lambda: (
    # (the first word opens on a capital, the look-behind after it: the pattern opens on [A-Z], searched in C)
    r"[A-Z](?<![\w’'].)(?:[\w’'-]+|(?<=\w [A-Z])\.)[^\S\n]+(?:(?:[A-Z][\w’'-]+|(?<=\w )[A-Z]\.|(?<=\w )(?:"
    + "|".join(sorted((re.escape(w) for w in vocab.speech_words()["name_particle"] if not w.endswith("-")),
                      key=lambda w: (-len(w), w)))
    + r")(?=[^\S\n]))[^\S\n]+){0,4}[A-Z][\w’'-]*(?![\w’'])"), letters=True)  # (every Latin capital, as _NAME_RUN: nx2)
_NON_SPACE = re.compile(r"\S+")
_INITIAL = re.compile(r"[A-Z]\.")


def name_runs(doc) -> dict[str, list[tuple[int, int, list[str]]]]:
    """Every run of capitalised words outside quotes, indexed by its last word (built once per
    document: looking a surname up never rescans the text)."""
    cached = getattr(doc, "_name_runs_cache", None)
    if cached is not None:
        return cached
    runs: dict[str, list[tuple[int, int, list[str]]]] = {}
    # up to six words: "British Defence Secretary Ben Wallace" is one run, not four words and one
    for m in _CAPITALISED_RUN.finditer(doc.text):
        if doc.in_quote(m.start()):
            continue
        words = [(w.group(0), w.end()) for w in _NON_SPACE.finditer(doc.text, m.start(), m.end())]  # (ends in the text)
        for k in range(1, len(words)):  # "Defence Minister Ben Wallace": Wallace after [Defence, Minister, Ben]
            last = words[k][0]  # ("Colonel Roman Hnatenko's command post": the name is Hnatenko's)
            runs.setdefault(last[:-2] if last.endswith(("'s", "’s")) and len(last) > 3 else last, []).append(
                (m.start(), words[k][1], [w for w, _ in words[:k]][-3:]))
    doc._name_runs_cache = runs
    return runs


def is_person(speaker: str, who: People | None = None) -> bool:
    """A person (not an institution, a medium, a country, or a lone capitalised word)."""
    who = who or people()
    known_speaker = who.speakers.get(speaker)
    if known_speaker is not None:
        return known_speaker.kind == "person"
    if speaker in who.country_names or " " not in speaker.strip():
        return False
    return not ORGANISATION_WORDS.search(speaker) and not _formation().search(speaker)


def could_be_person(speaker: str, who: People | None = None) -> bool:
    """A speaker "he" or "she" may refer to: a person of the tables, or a name they do not know
    that is no country, place, institution or acronym ("Burton", "Olena Marchuk"; not "NATO",
    "Ukrinform news agency", "Kharkiv").

    Example:
        >>> could_be_person("Burton"), could_be_person("NATO"), could_be_person("Russia")
        (True, False, False)
    """
    who = who or people()
    if not speaker:
        return False
    known_speaker = who.speakers.get(speaker)
    if known_speaker is not None:
        return known_speaker.kind == "person"
    if speaker in who.country_names or speaker in who.country_of_form:
        return False
    words = speaker.split()
    if any(w.isupper() and len(w) > 1 and not _INITIAL.fullmatch(w) for w in words) \
            or speaker.lower() in who.not_names:  # ("NATO" is no person; the "M." of "Philip M. Breedlove" is an initial)
        return False
    return not ORGANISATION_WORDS.search(speaker) and not _formation().search(speaker) \
        and not re.search(r"(?i)\b(?:agency|news|media|tv)\b", speaker) \
        and not (len(words) > 1 and words[-1].lower() in _place_words())  # "the Oskil River": a place


def gender(speaker: str, as_written: str = "", who: People | None = None) -> str:
    """ "m", "f" or "" (unknown): from a title as written ("Mrs Hollis"), else the first name
    (``data/first_names.csv``).

    Example:
        >>> gender("Natalia Savchuk"), gender("Hollis", "Mr Hollis"), gender("Burton")
        ('f', 'm', '')
    """
    who = who or people()
    titles = who.title_gender
    for word in as_written.split()[:3]:
        if word.lower() in titles:
            return titles[word.lower()]
    words = speaker.split()
    if len(words) >= 2 or (words and speaker == as_written == words[0]) or (words and not as_written):
        # a first name given alone ("Mykola, a retired railway worker"), as the speaker, is that name's
        return who.first_names.get(words[0], "")
    return ""


#: Descriptive labels of speakers the text does not name (devset conventions §3.6).
_LABEL_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|one(?!\s+of\b)|another)\s+", re.IGNORECASE)  # "one senior official"
#: One person the text does not name, by the head noun of the phrase ("a senior US official").
def unnamed_person(word: str) -> bool:
    """Whether ``word`` ends in the head noun of one person the text does not name (``unnamed_person`` of
    data/speech_words.csv: "a senior US official", "a former sapper")."""
    return _unnamed_person_regex().search(word) is not None


def _person_noun(word: str) -> bool:
    """``word`` is one person's noun of ``unnamed_person`` (data/speech_words.csv), hyphenated titles too."""
    return word in vocab.speech_words()["unnamed_person"]


def _unnamed_person_regex() -> re.Pattern:
    def build() -> re.Pattern:
        nouns = vocab.speech_words()["unnamed_person"]
        return re.compile(r"\b(?:" + trie_pattern(nouns, ignore_case=True) + r")$", re.IGNORECASE)
    return vocab.compiled("unnamed_person", ("speech_words",), build)
#: the phrase after the head of an unnamed person ("a spokesperson for a Ukrainian brigade", "an engineer from Leeds")
_AFTER_HEAD = re.compile(r"\s+(?:for|of|from|in|at|with)\s+.*$")
#: "spokesperson for a Ukrainian brigade" → "Ukrainian brigade spokesperson": one word of a person, for/of a body
_PERSON_FOR_BODY = re.compile(r"([a-z]+)\s+(?:for|of)\s+(?:an?\s+|the\s+)?((?:[\w’'-]+\s+){0,3}[a-z][\w’'-]*)")
#: a body's own name after "the", up to four capitalised words on one line ("the Southern Command", "the European
#: Commission"; group 1: the name): the one pattern of the speech layer's spokesperson of a named body and of the label
#: of an unnamed person for one (sk40)
THE_NAMED_BODY = r"the[^\S\n]+((?:[A-Z][\w’'-]*[^\S\n]+){0,3}[A-Z][\w’'-]*)(?![\w’'-])"
#: "a spokesman for the Southern Command" → "Southern Command spokesman (unnamed)": a body's own name after "the"
_PERSON_FOR_NAMED_BODY = re.compile(r"([a-z]+)\s+(?:for|of)\s+" + THE_NAMED_BODY)
#: "Finnish Black Bird Group": a national adjective before a group's own name.
NATIONAL_GROUP = re.compile(r"([A-Z][\w-]+)\s+((?:[A-Z][\w’'-]*\s+){1,4}(?:Group|Institute|Centre|Center|Foundation|"
                            r"Project|Team))")
#: "of the southern Mykolaiv region", "of Russia's Kursk region", "of Kharkiv": a place after an office (its country's
#: possessive and the compass word no part of it; the place and its "region" word the groups)
_OF_PLACE = (r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]+['’]s\s+)?(?:" + _COMPASS + r"\s+)?([A-Z][\w’'-]+)"
             r"(?:\s+(region|oblast|province))?")
#: "governor of Belgorod" → "Belgorod governor (unnamed)": one unnamed office holder of a place ("of the southern
#: Mykolaiv region": the compass word is no part of the label).
_ROLE_OF_PLACE = re.compile(r"((?:[a-z-]+\s+){0,2}(?:governor|mayor|head|chief|commander|spokesman|spokeswoman|"
                            r"spokesperson))" + _OF_PLACE)
#: "governor's office of Russia's Kursk region", "mayor's press service of Kharkiv": a place's office holder's office
_OFFICE_OF_PLACE_ROLE = re.compile(r"(governor|mayor)['’]s\s+(office|press\s+service|press\s+office)" + _OF_PLACE)
#: "Mykolaiv's regional governor", "the southern Mykolaiv region's governor": the same office, a place's possessive
_PLACE_ROLE = re.compile(r"(?:" + _COMPASS + r"\s+)?([A-Z][\w-]+)(?:\s+(region|oblast|province))?['’]s\s+"
                         r"((?:regional\s+|city\s+)?(?:governor|mayor|head|chief))")
#: a news agency's name before or after the words "news agency" ("the official VESTA news agency", "news agency VESTA")
_NAMED_AGENCY = re.compile(r"(?:^|\s)([A-Z][A-Za-z-]+)\s+news\s+agency$|\bnews\s+agency\s+([A-Z][A-Za-z-]+)$")
#: "head of the Kupiansk city military administration", "head of Kupiansk's military administration": one unnamed head
_HEAD_OF_CITY = re.compile(r"head\s+of\s+(?:the\s+)?(?:([A-Z][\w-]+)(?:['’]s)?|city['’]s)\s+(?:city\s+)?(?:military\s+)?"
                           r"administration")
#: "the Kyiv city military administration", "Kyiv's military administration": "Kyiv authorities", as the conventions
#: label a city's administration (a region's "regional military administration" keeps its own name)
_PLACE_AUTHORITIES = re.compile(r"(?:" + _COMPASS + r"\s+)?([A-Z][\w-]+)(?:['’]s)?\s+(?:city\s+)?"
                                r"(?:(?:military|state|civil-military)\s+)?(?:administration|authorities)")


def fold_capitals(words: str, who: People | None = None) -> str:
    """Words written in capitals (a headline's "…, SAYS RUSSIA") as the tables write them: a form the
    tables know in any case ("RUSSIA" → "Russia", "NATO" stays), else each word capitalised and small
    words lower-case; words with a small letter are returned as they are."""
    if not words or any(c.islower() for c in words):
        return words
    who = who or people()
    by_fold = _forms_by_fold(who)
    whole = by_fold.get(words.strip().lower())
    if whole is not None:
        return whole
    return " ".join(by_fold.get(w.lower(), w.lower() if w.lower() in _SMALL_WORDS else w.capitalize())
                    for w in words.split(" "))


_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "for", "in", "on"})


def _forms_by_fold(who: People) -> dict:
    """Every alias and country form of the tables, by its lower-case spelling (built once per tables)."""
    cached = getattr(who, "_by_fold", None)
    if cached is None:
        cached = {}
        for form in list(who.alias_to_name) + list(who.country_of_form):
            if form.lower() not in cached or form.isupper():  # (an acronym keeps its capitals: "NATO", not "Nato")
                cached[form.lower()] = form
        object.__setattr__(who, "_by_fold", cached)
    return cached


#: "Analysts at a Hamburg bank", "strategists from a Warsaw think tank": a plural group, a place, the body's noun
_GROUP_AT_PLACE_BODY = re.compile(r"((?:[A-Za-z][\w’'-]*\s+){0,2}?([A-Za-z][a-z]+))\s+(?:at|from|with)\s+(?:a|an|one)\s+"
                                  r"([A-Z][\w’'-]+)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)")


#: a country's possessive before a numbered formation's name: "Ukraine's 59th Brigade", "Russia's 3rd Army Corps"
_COUNTRYS_FORMATION = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w-]+)['’]s\s+(\d{1,3}(?:st|nd|rd|th)(?:\s+[A-Z][\w-]*){1,4})")


def label_as_written(as_written: str) -> str:
    """ "the Russian defence ministry" → "Russian defence ministry": a descriptive label; one
    person the text does not name is marked so ("a senior US official" → "senior US official
    (unnamed)", as in the annotation conventions). Quotes and claims label unnamed sources with it.

    Example:
        >>> label_as_written("a senior US official"), label_as_written("the governor of Belgorod")
        ('senior US official (unnamed)', 'Belgorod governor (unnamed)')
    """
    named = _OWNED_ROLE_NAMED.fullmatch(as_written.strip())
    if named is not None and (unnamed_person(named.group("role"))
                              or named.group("role").split()[-1] in vocab.speech_words()["kin_noun"]):
        return named.group("name")  # "his daughter Sofia", "her son Andrii": the person the role's name names (sk30)
    owned = _COUNTRYS_FORMATION.fullmatch(as_written.strip())
    if owned is not None and vocab.country_forms().get(owned.group(1), ("", ""))[1] == "country":
        return owned.group(2)  # "Ukraine's 59th Brigade" → "59th Brigade": a numbered formation's own name (sk26)
    one_of = _ONE_OF_MINE.fullmatch(as_written.strip())
    one = _singular(one_of.group(1)) if one_of is not None else ""
    if one and unnamed_person(one):
        # "One of my company commanders told me", "one of our men": one of them, unnamed (sk17)
        return label_as_written("a " + one)
    counted = _COUNTED.match(as_written.strip())
    if counted is not None and counted.end() < len(as_written.strip()):
        # "Two Western officials said": so many people the text does not name
        return f"{label_as_written(as_written.strip()[counted.end():])} (unnamed)".replace(" (unnamed) (unnamed)", " (unnamed)")
    label = _LABEL_DETERMINERS.sub("", as_written.strip())
    label = _FAME.sub("", label) if _LABEL_DETERMINERS.match(as_written.strip()) else label  # "a prominent milblogger"
    label = _AGE.sub("", label) if _LABEL_DETERMINERS.match(as_written.strip()) else label  # "a 23-year-old commander"
    aliases = people().alias_to_name
    # "a senior Nato official" -> "senior NATO official": an acronym of the tables keeps the tables' spelling
    label = " ".join(aliases[w] if w in aliases and aliases[w].isupper() and w != aliases[w] else w for w in label.split(" "))
    group = NATIONAL_GROUP.fullmatch(label)  # "Finnish Black Bird Group": the group's name is "Black Bird Group"
    if group and (group.group(1).endswith("-based") or re.fullmatch(r"[A-Z][a-z]+(?:ish|ian|ese|ch|i)", group.group(1))
                  or vocab.country_forms().get(group.group(1), ("", ""))[1] == "demonym"):
        return group.group(2)
    agency = _NAMED_AGENCY.search(label)
    if agency is not None:
        name = agency.group(1) or agency.group(2)
        if vocab.country_forms().get(name, ("", ""))[1] not in ("country", "demonym"):
            # "Russia's official VESTA news agency", "the state news agency VESTA": the agency's own name
            return name
    city_head = _HEAD_OF_CITY.fullmatch(label)
    if city_head is not None and city_head.group(1) is None:
        return "city military administration head (unnamed)"  # "the head of the city's military administration"
    if city_head is not None and vocab.country_forms().get(city_head.group(1), ("", ""))[1] not in ("country", "demonym"):
        # "the head of the Kupiansk city military administration": its head, unnamed (the administration itself
        # speaks as the city's authorities)
        return f"{city_head.group(1)} city military administration head (unnamed)"
    office = _OFFICE_OF_PLACE_ROLE.fullmatch(label)
    if office and vocab.country_forms().get(office.group(3), ("", ""))[1] not in ("country", "demonym"):
        # "the governor's office of Russia's Kursk region" → "Kursk regional governor's office", as "the governor of
        # the Kursk region" is the "Kursk regional governor" (cl24)
        return f"{office.group(3)} {'regional ' if office.group(4) else ''}{office.group(1)}’s {office.group(2)}".replace("’", "'")
    place_role = _PLACE_ROLE.fullmatch(label)
    if place_role and vocab.country_forms().get(place_role.group(1), ("", ""))[1] not in ("country", "demonym"):
        regional = "regional " if place_role.group(2) and not place_role.group(3).startswith("regional ") else ""
        return f"{place_role.group(1)} {regional}{place_role.group(3)} (unnamed)"  # "Mykolaiv's regional governor"
    authorities = _PLACE_AUTHORITIES.fullmatch(label)
    if authorities and authorities.group(1) not in ("The", "A", "Its", "Their") \
            and vocab.country_forms().get(authorities.group(1), ("", ""))[1] not in ("country", "demonym"):
        return f"{authorities.group(1)} authorities"  # "the Kyiv city military administration"
    located = _LOCATED_ROLE.fullmatch(label) if _LABEL_DETERMINERS.match(as_written.strip()) else None
    if located is not None and vocab.country_forms().get(located.group(2), ("", ""))[1] != "capital" and (
            located.group(2).isupper() or located.group(2) in people().alias_to_name
            or located.group(0)[len(located.group(1)):].split()[0] in ("in", "at")):
        # "an official at NATO": a body he belongs to, not a place; "a Moscow-appointed official in Kherson": the
        # place of his office stays (only "near", "outside", "around" a place, or a capital, are read here)
        located = None
    if located is not None and located.group(1).split()[-1].lower() in vocab.speech_words()["introduced_noun"] \
            and located.group(1).split()[-1].lower() not in vocab.speech_words()["resident_noun"] \
            and unnamed_person(located.group(1)):
        # "one battalion commander near Kostiantynivka" → "battalion commander (unnamed)": where a role holder is said
        # to be is no part of the office; "a senior official in Kyiv" → "senior Ukrainian official (unnamed)": a
        # country's capital gives the country (rule 5), after the seniority words
        base = located.group(1)
        country, kind = vocab.country_forms().get(located.group(2), ("", ""))
        forms = vocab.country_forms()
        if kind == "capital" and not any(w in forms or w.split("-")[0] in forms or w.lower() in vocab.speech_words()["bloc_word"]
                                   for w in base.split()) \
                and base.split()[-1].lower() not in vocab.speech_words()["posted_person"]:
            # (not "a senior European diplomat in Kyiv": a bloc's, or one posted to a foreign capital)
            word = _short_form(country) or demonym_of(country)
            lead = _LEADING_MODIFIERS.match(base).end()
            body = base[lead:].split()
            if word and len(body) > 2 and body[-2].lower() in vocab.speech_words()["institution_head"] \
                    and all(w.islower() for w in body[:-1]):
                # "a foreign ministry spokesperson in Beijing": the country's body is a proper name after the country
                # ("Chinese Foreign Ministry spokesperson", as "Russian Defence Ministry" is written; a bare "senior
                # administration official in Washington" stays "senior US administration official": sk35)
                body = [w[:1].upper() + w[1:] for w in body[:-1]] + body[-1:]
            base = f"{base[:lead]}{word} {' '.join(body)}" if word else base
        return f"{spelled(base)} (unnamed)"
    of_place = _ROLE_OF_PLACE.fullmatch(label)
    if of_place and _LABEL_DETERMINERS.match(as_written.strip()):
        regional = "regional " if of_place.group(3) and not of_place.group(1).startswith("regional ") else ""
        lead = _LEADING_MODIFIERS.match(of_place.group(1)).end()  # "a former head of the Army": "former Army head" (sk35)
        return f"{of_place.group(1)[:lead]}{of_place.group(2)} {regional}{of_place.group(1)[lead:]} (unnamed)"  # "the governor of Belgorod (region)"
    at_body = _GROUP_AT_PLACE_BODY.fullmatch(label)
    if at_body is not None and at_body.group(2).lower() in vocab.speech_words()["plural_voice"]:
        # "Analysts at a Hamburg bank" → "Hamburg bank analysts": a group (no mark, rule 6), the place and body first
        return f"{at_body.group(3)} {at_body.group(4)} {at_body.group(1)[:1].lower()}{at_body.group(1)[1:]}"
    for_body = _PERSON_FOR_BODY.fullmatch(label) or _PERSON_FOR_NAMED_BODY.fullmatch(label)
    if for_body and _LABEL_DETERMINERS.match(as_written.strip()) and unnamed_person(for_body.group(1)):
        return f"{for_body.group(2)} {for_body.group(1)} (unnamed)"  # "a spokesperson for a Ukrainian brigade"
    if _LABEL_DETERMINERS.match(as_written.strip()) and unnamed_person(_AFTER_HEAD.sub("", label)):
        # one spelling of an unnamed office whatever the outlet's: "a U.S. defense official" -> "US defence
        # official (unnamed)" (the label grammar: :func:`spelled`)
        return f"{spelled(label)} (unnamed)"
    close = _CLOSE_TO.match(label)
    if close is not None and INDEFINITE.match(as_written.strip()) and unnamed_person(close.group(1)):
        # "a source close to the General Staff" → "source close to the General Staff (unnamed)": one person the text
        # does not name, whatever body he is close to (not the body: sk27)
        return f"{spelled(label)} (unnamed)"
    return label


#: a group of people no one names and the capital the copy puts them in: "officials in Kyiv", "senior officials in Moscow"
_GROUP_IN_CAPITAL = re.compile(r"((?:[A-Za-z][a-z-]*\s+){0,2}?)([A-Za-z][a-z]+)\s+in\s+([A-Z][\w’'-]+)")


def group_of_capital(label: str) -> str:
    """ "officials in Kyiv" → "Ukrainian officials", "senior officials in Washington" → "senior US officials": a group of
    people who speak for a side's institutions (``side_voice`` words) in a country's capital is that country's group,
    labelled as rule 6 writes one (the country's word after the seniority words, no mark), as "a senior official in
    Kyiv" is a Ukrainian official (rule 5); "" for a group posted there ("diplomats in Kyiv", "envoys"), a bloc's
    ("Western officials in Kyiv"), a place that is no capital, or any other label (sk32). (The quotes' label of an
    unnamed group; the claims stage reads "officials in Kyiv" as the gold sets it studies do, by the capital.)"""
    found = _GROUP_IN_CAPITAL.fullmatch(label)
    if found is None:
        return ""
    words = vocab.speech_words()
    modifiers, noun, place = found.group(1).lower(), found.group(2).lower(), found.group(3)  # ("Senior officials …")
    forms = vocab.country_forms()
    country, kind = forms.get(place, ("", ""))
    if kind != "capital" or noun not in words["side_voice"] or _singular(noun) in words["posted_person"] \
            or any(w in forms or w in words["bloc_word"] for w in modifiers.lower().split()):
        return ""
    word = _short_form(country) or demonym_of(country)
    if not word:
        return ""
    lead = _LEADING_MODIFIERS.match(modifiers).end() if modifiers else 0
    return f"{modifiers[:lead]}{word} {modifiers[lead:]}{noun}"


#: "his daughter Sofia", "her younger son Andrii", "their neighbour Petro": a possessor's relative or role, then the name
#: the person goes by (a name printed is the label, §3.6; the role is no label of its own)
_OWNED_ROLE_NAMED = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
                               r"(?P<name>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*)?)")
#: "source close to the General Staff", "an official familiar with the talks": one unnamed person and whom he is close to
_CLOSE_TO = re.compile(r"((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:close\s+to|familiar\s+with|briefed\s+on)\s+\S")


#: "One of my company commanders", "one of our drone pilots": one person of a group the speaker leads or belongs to
_ONE_OF_MINE = re.compile(r"(?i:one|another)\s+of\s+(?i:my|our|his|her|their|the)\s+((?:[\w.-]+\s+){0,3}[\w-]+)")


def _singular(phrase: str) -> str:
    """The phrase with its last word in the singular ("company commanders", "men", "witnesses"), "" when that word
    is no plural."""
    head, _, last = phrase.rpartition(" ")
    lower = last.lower()
    if lower.endswith("men"):
        one = last[:-3] + "man"  # "men", "servicemen", "women"
    elif lower.endswith("ies") and len(lower) > 4:
        one = last[:-3] + "y"
    elif lower.endswith(("sses", "ches", "shes", "xes")):
        one = last[:-2]
    elif lower.endswith("s") and not lower.endswith("ss"):
        one = last[:-1]
    else:
        return ""
    return f"{head} {one}" if head else one
_COUNTED = re.compile(r"(?i:" + english.number_words(2, 10) + r")\s+(?=[A-Za-z])")
#: one unnamed role holder and where the copy puts him: "battalion commander near Kostiantynivka", "senior official in Kyiv"
_LOCATED_ROLE = re.compile(r"(.+?)\s+(?:in|near|outside|around|at)\s+([A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)")
#: (the words of a bloc rather than a country in an unnamed person's label, "a senior European diplomat", and the nouns of
#: a private person for whom the place is where they live, "resident": data/speech_words.csv, kinds ``bloc_word`` and
#: ``resident_noun``)
#: how well known an unnamed person is says nothing of who it is: no part of the label
_FAME = re.compile(r"^(?:prominent|well-known|popular|influential|famous)\s+(?=\S+\s)", re.IGNORECASE)
#: how old an unnamed person is says nothing of the office either ("a 23-year-old commander"): no part of the label
_AGE = re.compile(r"^\d+-year-old\s+(?=\S)", re.IGNORECASE)


#: the modifiers an unnamed office opens with ("senior defence official"): the country's word goes after them (the
#: ``leading_modifier`` words of data/speech_words.csv, lower case; "another" is the grammar's)
_LEADING_MODIFIERS = vocab.TablePattern("leading_modifiers", ("speech_words",), lambda: r"(?:(?:" + trie_pattern(
    vocab.speech_words()["leading_modifier"] | {"another"}) + r")\s+)*")


def with_seat_country(doc, label: str, pos: int, who: People | None = None) -> str:
    """ "senior defence official (unnamed)" → "senior US defence official (unnamed)" when the label names no
    country and the official's paragraph, the ones beside it or the headline name a seat of power of one country
    only, written without a country ("at the Pentagon", "Pentagon: …", "the Kremlin"), as the conventions label a
    Pentagon briefing's unnamed official; otherwise the label as it is."""
    if not label.endswith(" (unnamed)"):
        return label
    who = who or people()
    forms = vocab.country_forms()
    words = label[:-len(" (unnamed)")].split()
    if any(w in forms or w in who.country_of_form or w in who.alias_to_name  # "senior Pentagon diplomat": its own seat
           or w.split("-")[0] in forms or w.split("-")[0] in who.alias_to_name  # "Kremlin-affiliated milblogger"
           or w.lower() in vocab.speech_words()["bloc_word"] for w in words):
        return label
    if words and words[-1].lower() in vocab.speech_words()["no_seat_person"]:  # (data/speech_words.csv)
        return label  # "milblogger (unnamed)" near the Pentagon: a blogger holds no seat
    paragraphs = doc.paragraphs
    sentence = doc.sentence_at(pos)  # by bisection: a scan of every paragraph per label grows with the article
    k = sentence.paragraph if sentence is not None else next((i for i, (a, b) in enumerate(paragraphs) if a <= pos < b), None)
    if k is None:
        return label
    windows = [paragraphs[max(0, k - 1)][0], paragraphs[min(len(paragraphs) - 1, k + 1)][1]]
    spans = [(windows[0], windows[1])] + ([(0, doc.headline_end)] if doc.headline_end > 0 else [])
    countries, seats = set(), set()  # seats: every near seat's country, also one written as a capital ("Kremlin")
    for a, b in spans:
        for m in who.alias_regex.finditer(doc.text, a, b):
            name = who.alias_to_name[m.group(0)]
            row = who.speakers[name]
            if row.kind == "organisation" and row.country and not doc.in_quote(m.start()):
                kinds = {forms[w][1] for w in m.group(0).replace("’s", "").replace("'s", "").split() if w in forms}
                if kinds <= {"capital"}:
                    seats.add(row.country)
                if not kinds:
                    countries.add(row.country)
    if len(countries) != 1 or len(seats) != 1:
        return label  # "officials at the Pentagon and the Kremlin": two seats near, no country given
    country = countries.pop()
    demonyms = [f for f, (c, kind) in forms.items() if c == country and kind == "demonym"]
    word = _short_form(country) or (demonyms[0] if demonyms else "")
    if not word:
        return label
    lead = _LEADING_MODIFIERS.match(label).end()
    return f"{label[:lead]}{word} {label[lead:]}"


# ---------------------------------------------------------------------------------------------------------------
# The label grammar (tests/gold/README.md, "Speaker labels"): one function every stage's speaker goes through last.

def _spelling_regex() -> tuple[re.Pattern, dict[str, str]]:
    def build():
        rows = {r.written: r.label for r in vocab.table("label_spellings").itertuples()}
        forms = sorted(rows, key=lambda w: (-len(w), w))  # the longest written form wins ("Defense Department")
        return re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])"), rows
    return vocab.compiled("label_spellings", ("label_spellings",), build)


def spelled(label: str) -> str:
    """A descriptive label in the conventions' spelling (``data/label_spellings.csv``): "U.S. defense official" →
    "US defence official", "Defense Department official" → "US Department of Defense official"; a form the table
    writes as itself ("Defense Intelligence Agency") is an institution's own name and stays.

    Example:
        >>> spelled("senior U.S. defense official (unnamed)"), spelled("American officials")
        ('senior US defence official (unnamed)', 'US officials')
    """
    if not label:
        return label
    regex, rows = _spelling_regex()
    return regex.sub(lambda m: rows[m.group(0)], label)


def country_word(country: str) -> str:
    """The word a label gives ``country``: its short form in capitals ("US", "UK"), else its first demonym.

    >>> country_word("United States"), country_word("Ukraine")
    ('US', 'Ukrainian')
    """
    demonyms = [f for f, (c, kind) in vocab.country_forms().items() if c == country and kind == "demonym" and f[:1].isupper()
                and not f.endswith("s") and "-" not in f]
    return _short_form(country) or (demonyms[0] if demonyms else "")


def _short_form(country: str) -> str:
    """The country's short form in capitals a label writes ("US", "UK"; countries.csv's first such form), else ""."""
    return next((f for f, (c, kind) in vocab.country_forms().items()
                 if c == country and kind == "country" and f.isupper() and len(f) <= 3), "")


def _names_country(words: list[str], who: People) -> bool:
    forms = vocab.country_forms()
    return any(w in forms or w in who.country_of_form or w in who.alias_to_name or w.split("-")[-1] in forms
               or w.split("-")[0] in forms or w.split("-")[0] in who.alias_to_name
               or w in ("Western", "European", "NATO", "EU", "allied") for w in words)


#: "source in the General Staff", "official at the Defense Department": one person of a body, the body after the head
_PERSON_IN_BODY = re.compile(r"(?P<head>(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:in|at|within|from)\s+(?:the\s+)?"
                             r"(?P<body>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*(?:\s+[a-z]+)?)")


def _place_names() -> frozenset:
    return vocab.compiled("label_place_names", ("places",), lambda: frozenset(vocab.table("places")["name"]))


def _body_first(label: str, who: People) -> str:
    """ "source in the General Staff (unnamed)" → "General Staff source (unnamed)": the body goes before the person's
    noun, as the conventions write "senior US defence official (unnamed)"; a body the tables know takes their
    label ("official at the Pentagon" → "US Department of Defense official (unnamed)"). Only a body whose last word
    is an institution's head ("Staff", "Ministry") or a name the tables know; a place stays after ("resident of
    Kupiansk (unnamed)")."""
    inner = label[:-len(" (unnamed)")]
    m = _PERSON_IN_BODY.fullmatch(inner)
    if m is None or not unnamed_person(m.group("head")):
        return label
    body = m.group("body")
    if body.split()[-1][:1].islower():  # "source in the Ukrainian delegation": a side's group of people (cl31)
        forms = vocab.country_forms()
        if len(body.split()) == 2 and body.split()[-1] in vocab.speech_words()["member_body"] \
                and forms.get(body.split()[0], ("", ""))[1] == "demonym":
            return f"{body} {m.group('head')} (unnamed)"
        return label
    if any(vocab.country_forms().get(w, ("", ""))[1] == "demonym" or w in ("Western", "European", "NATO", "EU", "US", "UK")
           for w in m.group("head").split()) and (
            vocab.country_forms().get(body, ("", ""))[1] in ("capital", "country") or body in _place_names()):
        # "a senior European diplomat in Kyiv": where a person with a country of their own is posted is no part
        # of the label ("senior European diplomat (unnamed)")
        return f"{m.group('head')} (unnamed)"
    name = who.alias_to_name.get(body)
    if name is not None and who.speakers[name].kind != "person":
        return f"{name} {m.group('head')} (unnamed)"
    if body.split()[-1].lower() in vocab.speech_words()["institution_head"] and body not in vocab.country_forms():
        return f"{body} {m.group('head')} (unnamed)"
    return label


#: the government words of an unnamed office whose country is the seat of power named beside it ("a senior
#: administration official" beside "the White House")
_GOVERNMENT_WORD = re.compile(r"\badministration\b")


def _seat_country_of_government(doc, label: str, pos: int, who: People) -> str:
    """ "senior administration official (unnamed)" → "senior US administration official (unnamed)" when the
    official's paragraph, the ones beside it or the headline name the seat of one country only ("the White House",
    "the Kremlin", "Downing Street"): "the administration" is that seat's government."""
    words = label[:-len(" (unnamed)")].split()
    if not _GOVERNMENT_WORD.search(label) or _names_country(words, who):
        return label
    k = _paragraph_at(doc, pos)
    if k is None:
        return label
    paragraphs = doc.paragraphs
    spans = [(paragraphs[max(0, k - 1)][0], paragraphs[min(len(paragraphs) - 1, k + 1)][1])]
    if doc.headline_end > 0:
        spans.append((0, doc.headline_end))
    seats = vocab.speech_words()["seat_of_power"]
    forms = vocab.country_forms()
    countries = set()
    for a, b in spans:
        for m in who.country_regex.finditer(doc.text, a, b):
            country, kind = forms.get(m.group(0), ("", ""))
            if kind == "capital" and m.group(0).split()[0].lower() in seats and not doc.in_quote(m.start()):
                countries.add(country)
    word = country_word(countries.pop()) if len(countries) == 1 else ""
    if not word:
        return label
    lead = _LEADING_MODIFIERS.match(label).end()
    return f"{label[:lead]}{word} {label[lead:]}"


def _paragraph_at(doc, pos: int):
    sentence = doc.sentence_at(pos)
    if sentence is not None:
        return sentence.paragraph
    return next((i for i, (a, b) in enumerate(doc.paragraphs) if a <= pos < b), None)


def _group_demonym(doc, label: str, pos: int, who: People, written: str = "") -> str:
    """ "soldier (unnamed)" → "Russian soldier (unnamed)" when the paragraphs up to the person's (two before it at
    most) name a group of the same noun with one country's demonym only ("calls of Russian soldiers …. In one
    recording, a soldier who …"): one of that group. Two demonyms before it ("Russian and Ukrainian soldiers"),
    or none, leave the label as it is. "another soldier" goes on from a soldier of before: the whole article before
    it is read."""
    inner = label[:-len(" (unnamed)")]
    words = inner.split()
    if not words or _names_country(words, who) or not inner.replace("-", "").replace(" ", "").isalpha():
        return label
    head = words[-1].lower()
    if not _person_noun(head):
        return label
    k = _paragraph_at(doc, pos)
    if k is None:
        return label
    start = 0 if re.match(r"(?i)another\s", written.strip()) else doc.paragraphs[max(0, k - 2)][0]
    plural = head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else (
        head[:-3] + "men" if head.endswith("man") else head + "s")
    # "Russian conscript soldiers": words between are the group's modifiers; a plural, a participle or a verb in
    # "-ed"/"-ing" between is another noun phrase's ("Russian drones hunt soldiers", "Russian forces captured
    # soldiers", "Russian shelling wounded soldiers": soldiers of the other side; rv9)
    regex = re.compile(r"\b([A-Z][a-z]+)\s+(?:(?![a-z-]*(?:s|ed|ing)\s)[a-z-]+\s+){0,2}(?:" + re.escape(plural) + r")\b")
    forms = vocab.country_forms()
    countries = {forms[m.group(1)][0] for m in regex.finditer(doc.text, start, pos)
                 if forms.get(m.group(1), ("", ""))[1] == "demonym" and not doc.in_quote(m.start())}
    if len(countries) != 1:
        return label
    demonym = next((m.group(1) for m in regex.finditer(doc.text, start, pos)
                    if forms.get(m.group(1), ("", ""))[1] == "demonym"), "")
    lead = _LEADING_MODIFIERS.match(label).end()
    return f"{label[:lead]}{demonym} {label[lead:]}"


def speaker_label(doc, label: str, pos: int, who: People | None = None, written: str = "") -> str:
    """A speaker's label in the project's one grammar (tests/gold/README.md, "Speaker labels"), the last step
    of the quotes' and the claims' speakers: a person or an institution the tables name keeps the tables' label;
    a descriptive label takes the conventions' spelling (:func:`spelled`: "US", "Defence"); one unnamed person's
    label puts the body before the person's noun (:func:`_body_first`) and gets its country from the seat of
    power named beside it (:func:`with_seat_country`, "senior administration official" beside "the White House")
    or from the group of the same noun named just before it ("Russian soldiers … a soldier").

    Example:
        >>> from saidvsdone import document
        >>> doc = document.build("x", "Calls of Russian soldiers were released. A soldier said: “We are tired.”")
        >>> speaker_label(doc, "soldier (unnamed)", doc.text.index("A soldier"))
        'Russian soldier (unnamed)'
    """
    if not label:
        return label
    who = who or people()
    if label in who.speakers:
        return printed_spelling(doc, label, who)
    if all(w[:1].isupper() for w in label.split()) and is_person(label, who):
        return label  # a person's name no table knows keeps its spelling: "Tom Defense" is no "defence" (rv9)
    bloc = _bloc_of_members(doc, label, pos, who)
    if bloc:
        return bloc  # "NATO leaders declared", "the 32 leaders said" after them: the alliance (sk27)
    label = spelled(label)
    if not label.endswith(" (unnamed)"):
        own = _OF_COUNTRY.fullmatch(label)
        if own is not None and len(own.group(1).split()) >= 2 \
                and all(w[:1].isupper() or w in _SMALL_WORDS for w in own.group(1).split()):
            return body_label(label, who)  # "Southern Defence Forces of Ukraine" → "Ukrainian Southern Defence Forces"
        return capital_owned_body(label, who) or _possessed_body(label) or _possessed_common(label, who) \
            or _town_body(doc, label, pos, who) \
            or _group_without_place(label) or _famous_group(label)
    label = _body_first(label, who)
    label = with_seat_country(doc, label, pos, who)
    label = _seat_country_of_government(doc, label, pos, who)
    return _group_demonym(doc, label, pos, who, written)


#: a group of people no one names, then where they are: "Ukrainian commanders near Pokrovsk", "Military analysts in
#: Warsaw", "Commanders in the east"; or the group alone, capitalised as a sentence opens ("Soldiers")
_GROUP_AT_PLACE = re.compile(r"((?:[\w’'-]+\s+){0,3}?([A-Za-z][a-z-]+s))(?:\s+(?:in|near|on|around|outside|along)\s+"
                             r"(?:the\s+)?([\w’'-]+)(?:\s+[\w’'-]+){0,3})?")


def _group_without_place(label: str) -> str:
    """A group of people no one names labelled as rule 6 writes one: without where they are and in lower case but for
    proper words ("Ukrainian commanders near Pokrovsk" → "Ukrainian commanders", "Military analysts in Warsaw" →
    "military analysts", "Soldiers" → "soldiers"), as the gold sets write groups (sk33); "" for any other label, for
    residents and witnesses (where private people live stays, rule 5) and for a side's group in a capital ("officials
    in Kyiv": :func:`group_of_capital` and the claims' reading by the capital)."""
    found = _GROUP_AT_PLACE.fullmatch(label)
    if found is None:
        return ""
    words = vocab.speech_words()
    noun = found.group(2).lower()
    if noun not in words["speaking_group"] or _singular(noun) in words["resident_noun"]:
        return ""
    forms = vocab.country_forms()
    place = found.group(3)
    if place is not None and forms.get(place, ("", ""))[1] in ("capital", "country") and noun in words["side_voice"]:
        return ""
    head = found.group(1).split()
    first = head[0]
    if first[:1].isupper() and first not in forms and (first.lower() in words["group_modifier"]
                                                       or first.lower() in words["speaking_group"]):
        head[0] = first.lower()  # ("Military analysts", "Soldiers"; not "Ukrainian", "Western")
    result = " ".join(head)
    return result if result != label else ""


#: "Seoul's intelligence service", "Warsaw's foreign ministry": a capital's possessive, then a body in small letters
_CAPITAL_OWNS_BODY = re.compile(r"([A-Z][\w-]*)['’]s\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,3})")


def capital_owned_body(label: str, who: People) -> str:
    """A body of a country its capital's possessive names, as the country's possessive would: "Seoul's intelligence
    service" is the table's body "South Korea's intelligence service" names, "Warsaw's foreign ministry" the label
    grammar's "Polish Foreign Ministry" (rule 3); "" for any other label, a seat of power's possessive ("the Kremlin's
    press service": the tables' seat), a capital no table ties to a country (sk42) and a city's or region's body
    ("Kyiv's regional administration", "Moscow's health department": a ``local_government_word``, rv27fixa)."""
    m = _CAPITAL_OWNS_BODY.fullmatch(label)
    if m is None or m.group(1) in who.alias_to_name:
        return ""
    country, kind = vocab.country_forms().get(m.group(1), ("", ""))
    words = vocab.speech_words()
    if kind != "capital" or m.group(1).lower() in words["seat_of_power"]:
        return ""
    body = f" {m.group(2)} "
    if any(f" {local} " in body for local in words["local_government_word"]):
        return ""  # "Kyiv's regional administration", "Moscow's health department": the city's or region's (rv27fixa)
    as_country = f"{country}'s {m.group(2)}"
    known = who.alias_to_name.get(as_country)
    if known is not None and who.speakers[known].kind != "person":
        return known
    return institution_label(as_country)


#: "Ukraine's Southern Defence Forces": a country's possessive, then a body's capitalised name of two words or more
_COUNTRY_OWNS_NAME = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|the))*"
                                r"\s+[A-Z][\w-]*)")


def _possessed_body(label: str) -> str:
    """A body's own capitalised name after its country's possessive, labelled as the label grammar's rule 3 writes an
    institution, the country's word first: "Ukraine's Southern Defence Forces" → "Ukrainian Southern Defence Forces",
    as "Southern Defence Forces of Ukraine" is (sk30); "" for any other label (a seat of power or a capital's
    possessive, "Kyiv's Defence Council", stays as written)."""
    m = _COUNTRY_OWNS_NAME.fullmatch(label)
    if m is None:
        return ""
    country, kind = vocab.country_forms().get(m.group(1), ("", ""))
    word = country_word(country) if kind == "country" else ""
    return f"{word} {m.group(2)}" if word else ""


#: "Russia's delegation": a country's possessive, then one common noun
_COUNTRY_OWNS_NOUN = re.compile(r"([A-Z][\w-]*)['’]s\s+([a-z][a-z-]+)")


def _possessed_common(label: str, who: People) -> str:
    """A body a country's possessive names by one common noun, written as rule 3 writes one ("Ukrainian military"):
    the country's word, then the noun in small letters ("Russia's delegation" → "Russian delegation"); "" for any
    other label, and for a person's noun ("Russia's envoy" is one person, resolved or labelled elsewhere) (sk31)."""
    m = _COUNTRY_OWNS_NOUN.fullmatch(label)
    if m is None or m.group(2) in who.title_words or unnamed_person(m.group(2)) or _person_noun(m.group(2)):
        return ""
    country, kind = vocab.country_forms().get(m.group(1), ("", ""))
    word = country_word(country) if kind == "country" else ""
    return f"{word} {m.group(2)}" if word else ""


def _famous_group(label: str) -> str:
    """A group's label without how well known its people are ("prominent Russian milbloggers" → "Russian
    milbloggers"), as rule 5 leaves fame out of one unnamed person's label (sk31); the label itself otherwise."""
    words = vocab.speech_words()
    if _FAME.match(label) and label.split()[-1] in words["speaking_group"] | words["plural_voice"]:
        return _FAME.sub("", label)
    return label


#: "town council", "city council", "village council": a local body named by its kind of place only
_LOCAL_COUNCIL = re.compile(r"(?:town|city|village)\s+council")
#: "city administration", "the city's military administration": a town's administration named by its kind only
_LOCAL_ADMINISTRATION = re.compile(r"(?:town|city|village)(?:['’]s)?\s+(?:military\s+)?administration")
#: a place named after a preposition of place ("in", "from", "near", "to": any of them counts, so that two places give none): "… soldiers from Zhovkva killed …", "In Kryvyi Rih, …"
_PLACE_AFTER_PREPOSITION = re.compile(r"(?<![\w’'-])(?i:in|from|near|of|to|at|into|towards?|outside|around)\s+"
                                      r"(?P<place>[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*)?)(?![\w’'-])")


def _town_body(doc, label: str, pos: int, who: People) -> str:
    """A local council the sentence names by its kind only ("…, the town council said") labelled with its town first,
    as the label grammar places an office's place first ("Kupiansk city military administration head (unnamed)"):
    the one place the same sentence names before the speaker ("14 soldiers from Zhovkva …, the town council said" →
    "Zhovkva town council"); a town's administration so named is its authorities ("In Nikopol, the city
    administration said" → "Nikopol authorities", as §3.6 writes "Kyiv authorities"); "" when the sentence names
    none or more than one (which council is then not told), or for any other label (sk30)."""
    council = _LOCAL_COUNCIL.fullmatch(label)
    if council is None and not _LOCAL_ADMINISTRATION.fullmatch(label):
        return ""
    sentence = doc.sentence_at(pos)
    if sentence is None:
        return ""
    forms, calendar = vocab.country_forms(), set(english.WEEKDAYS) | set(english.MONTHS)
    places = {m.group("place") for m in _PLACE_AFTER_PREPOSITION.finditer(doc.text, sentence.start, pos)
              if m.group("place") not in forms and m.group("place").lower() not in calendar
              and m.group("place") not in who.speakers and m.group("place") not in who.alias_to_name}
    if len(places) != 1:
        return ""
    # (a city's administration is its authorities, as §3.6 writes "Kyiv authorities"; a council keeps its noun)
    return f"{places.pop()} {label}" if council is not None else f"{places.pop()} authorities"


#: "NATO leaders", "the 32 leaders", "all 27 members": an alliance's name or a count, then its members' noun
_MEMBERS_LABEL = vocab.TablePattern("bloc_members_label", ("speech_words",), lambda: (
    r"(?:(?:the|all)\s+)?(?:(\d{1,3}|[A-Z][\w-]*)\s+)?(" + (trie_pattern(vocab.speech_words()["bloc_members"],
                                                                  spaces=True) or "(?!)") + r")(?: \(unnamed\))?"))


def _alliance(word: str, who: People) -> str:
    """The alliance of the tables ``word`` names ("NATO", "Nato"): an organisation whose country is its own name."""
    name = who.alias_to_name.get(word, "")
    row = who.speakers.get(name)
    return name if row is not None and row.kind == "organisation" and row.country == name else ""


def _bloc_of_members(doc, label: str, pos: int, who: People) -> str:
    """The alliance a group label of its members speaks as: "NATO leaders" → NATO; "the 32 leaders", "32 leaders" →
    the alliance whose members the article named with that noun before ``pos`` ("NATO leaders on Wednesday declared
    …"); "" for any other label ("Russian officials", "Western allies", "leaders")."""
    hit = _MEMBERS_LABEL.fullmatch(label)
    if hit is None or not hit.group(1):
        return ""
    if not hit.group(1).isdigit():
        return _alliance(hit.group(1), who)
    if doc is None:
        return ""
    noun = re.escape(hit.group(2)).replace(r"\ ", r"\s+")
    before = [_alliance(m.group(1), who) for m in re.finditer(
        r"(?<![\w’'-])([A-Z][\w-]*)\s+" + noun + r"(?![\w’'-])", doc.text[max(0, pos - 3000):pos])]
    found = [b for b in before if b]
    return found[-1] if found else ""


def _diacritic_variants(who: People) -> dict[str, tuple[str, ...]]:
    """Each person of the tables whose aliases spell the name with other diacritics ("Viktor Orbán" / "Viktor Orban"):
    name → those other spellings, full names only (built once per who-is-who)."""
    found: dict[str, list[str]] = {}
    for alias, name in who.alias_to_name.items():
        if alias != name and len(alias.split()) == len(name.split()) and _letters.fold(alias) == _letters.fold(name) \
                and who.speakers[name].kind == "person":
            found.setdefault(name, []).append(alias)
    return {name: tuple(forms) for name, forms in found.items()}


_VARIANTS: dict[int, tuple[People, dict]] = {}


def printed_spelling(doc, label: str, who: People) -> str:
    """A person of the tables as the article spells the surname (§3.6: less-known people keep the printed spelling):
    the table's name, or the alias that differs from it by diacritics only when the text prints that alias's surname
    and never the table's ("Viktor Orban" in a copy without the accent, "Viktor Orbán" with it).

    Example:
        >>> from saidvsdone import document
        >>> printed_spelling(document.build("x", "Viktor Orban said no."), "Viktor Orbán", people())
        'Viktor Orban'
    """
    held = _VARIANTS.get(id(who))
    if held is None or held[0] is not who:
        held = _VARIANTS[id(who)] = (who, _diacritic_variants(who))
    forms = held[1].get(label)
    if not forms or doc is None:
        return label
    text = doc.text
    for form in forms:  # the words the two spellings differ in (the surname's, or a given name's: "Radosław")
        own = [w for w, v in zip(label.split(), form.split()) if w != v]
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in own):
            return label
        if all(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text) for w, v in zip(label.split(), form.split()) if w != v):
            return form
    return label


#: "foreign ministry of Poland", "Poland's foreign ministry", "Polish foreign ministry": one country's institution
_BODY_OF_COUNTRY = re.compile(r"(?P<body>[\w -]+?)\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w ]+)")
_COUNTRY_BODY = re.compile(r"(?P<country>[A-Z][\w]+)(?:['’]s)?\s+(?P<body>[\w -]+)")


def institution_label(label: str) -> str:
    """An institution of one country that the tables do not list, as the conventions write "Russian Defence Ministry":
    the country's demonym first, then the institution's words capitalised ("Poland's foreign ministry", "the foreign
    ministry of Poland" → "Polish Foreign Ministry"); "" when the label is no such institution (its last word is no
    ``institution_head`` of data/speech_words.csv, or no country's word opens or closes it).

    Example:
        >>> institution_label("foreign ministry of Poland"), institution_label("Polish foreign ministry")
        ('Polish Foreign Ministry', 'Polish Foreign Ministry')
    """
    label = _LABEL_DETERMINERS.sub("", label.strip())
    if not label:
        return ""
    forms = vocab.country_forms()
    m = _BODY_OF_COUNTRY.fullmatch(label)
    if m is None or forms.get(m.group("country"), ("", ""))[1] != "country":
        m = _COUNTRY_BODY.fullmatch(label)
        if m is None or forms.get(m.group("country"), ("", ""))[1] not in ("country", "demonym"):
            return ""
    body = m.group("body")
    if body.split()[-1].lower() not in vocab.speech_words()["institution_head"] or len(body.split()) < 2 or any(w[:1].isupper() for w in body.split()) \
            or not body.replace(" ", "").replace("-", "").isalpha():
        # "Ukrainian military", "Ukrainian government": one common noun stays as it is written
        return ""  # (and an institution's own capitalised name keeps its words: "Southern Defence Forces")
    demonym = country_word(forms[m.group("country")][0])  # "US", "UK", else the demonym: "Polish"
    if not demonym:
        return ""
    return f"{demonym} " + " ".join(w[:1].upper() + w[1:] if w not in _SMALL_WORDS else w for w in body.split())
