"""The claims' vocabulary: the topic lexicon of ``data/claim_phrases.csv`` and ``data/claim_topics.csv`` compiled once
per vocabulary (``_lexicon``, ``_words``), the claim types and topics in their order, and the patterns built from
them."""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, islice

from saidvsdone import document, english, schema, vocab, when
from saidvsdone.matcher import Matcher, PhraseError, compile_phrase, fail_fast, stem, trie_pattern, word_keys


COLUMNS = schema.columns(schema.CLAIMS)
#: Fine claim types (from data/claim_phrases.csv) in the order the notebooks show them.
CLAIM_TYPES = ("on_plan", "progress", "no_escalation", "mobilisation_ending", "negotiations", "threat")
#: Coarse topics (data/claim_topics.csv), in the order a sentence's type is chosen.
TOPICS = ("territory", "losses", "strikes", "mobilisation", "goals", "pace", "negotiations", "threat")

_CONTENT_WORD = re.compile(r"[A-Za-z][\w’'-]*")
#: Topics that keep a sentence a claim even beside civilian-damage words.
_MILITARY_TOPICS = ("territory", "goals", "pace", "mobilisation", "negotiations")
#: Topics that keep a sentence a claim beside allegation words ("accused", "atrocities").
_COURSE_TOPICS = ("territory", "goals", "pace", "negotiations")
#: Topic groups that describe what a claim is not (civilian damage, the enemy's conduct).
_EXCLUDING = ("civilian", "conduct", "logistics", "elsewhere", "theatre", "offtopic", "ceremony", "meeting", "industry",
              "routine", "economy")
#: A line that ends as a sentence does (a subhead usually has no final stop).
_FULL_STOP_END = re.compile(r"[.?!…][”\"’')]*\s*$")
#: The whole of an answer after its speech verb ("Syrskyi says yes").
_YES_NO = re.compile(r"\s+(?P<answer>yes|no)\b[\s.!]*", re.IGNORECASE)
#: "In his view, …", "In their assessment, …": the one who spoke in the sentence before goes on.
#: "In his view, …", "In its view, …" (an institute's), "In the general's view, …" (a definite role's, the last voice)
_IN_HIS_VIEW = re.compile(r"\s*[Ii]n\s+(?P<who>his|her|their|its|the\s+[a-z][a-z-]+['’]s)\s+(?:own\s+)?(?P<cue>view|words|opinion|assessment|estimation),"
                          # "It was, in his words, “the hardest month”": the same aside inside the sentence
                          r"|[^,;:“”\"]{1,60}?,\s+in\s+(?P<who2>his|her|their|its)\s+(?:own\s+)?(?P<cue2>view|words|opinion|"
                          r"assessment|estimation),\s")
_QUESTION_END = re.compile(r"\?[”\"’')]*\s*$")
#: Topics too generic to outweigh words of sport, the economy, politics or the weather ("advanced to the
#: quarter-finals", "prices were advancing"); a word of the war in Ukraine (``theatre``) keeps the sentence.
_SOFT_TOPICS = ("territory", "pace", "losses", "goals")


@dataclass(frozen=True)
class _Lexicon:
    phrases: Matcher   # claim_phrases.csv: fine types
    topics: Matcher    # claim_topics.csv: coarse topics
    both: Matcher      # the two in one pass over a sentence
    phrase_set: frozenset  # the phrase patterns (equal patterns of both tables count for both)
    topic_set: frozenset


def _lexicon() -> _Lexicon:
    return vocab.compiled("claims", ("claim_phrases", "claim_topics"), _compile)


#: The groups of data/claim_words.csv: word lists the rules read (see data/README.md; checked on reading).
WORD_GROUPS = vocab.CLAIM_WORD_GROUPS


@dataclass(frozen=True)
class _Words:
    captives: frozenset        # "captured 20 soldiers": people taken, not ground
    evacuees: frozenset        # "moving civilians out of the city": an evacuation, not ground
    materiel: frozenset        # "the cruiser was damaged": equipment, not civilian damage
    settlement_nouns: frozenset  # "the town of X", "the besieged city"
    area_nouns: frozenset      # "officials in the Zaporizhzhia region said": an area after its name ends the phrase
    capture_forms: frozenset
    loss_stems: frozenset      # "had lost 1,000 people": a side's casualties
    takes_place: re.Pattern    # "has taken Vuhledar": a place taken or held
    place_taken: re.Pattern    # "until Donbas is taken": the same in the passive
    witness: re.Pattern        # "a resident said …": a witness's account
    market_voice: re.Pattern   # "oil traders said …": a market's forecast
    thanks_cues: tuple         # cue prefixes (str.startswith)
    ceremony_cues: tuple
    allegation_cues: tuple
    denial_cues: tuple
    rejection_cues: tuple
    expressing_cues: frozenset
    feeling: re.Pattern        # "expressed confidence in the troops": a feeling, not a statement
    reporting_cues: frozenset
    topic_only: re.Pattern     # "briefed Putin on the situation at the front": a report's subject
    object_cues: frozenset     # "soldiers describe basements full of the wounded": a bare object, no statement
    act_cues: frozenset        # "since Putin ordered a mobilisation": an act named by its object (cl17)
    claim_nouns: frozenset     # "a claim", "an assertion": a noun naming what was said (claim_noun) (cl17)
    rubrics: frozenset
    damage_events: frozenset   # "the cruiser was damaged": what happened, a loss beside materiel
    fired_weapons: frozenset   # "fires 650 drones": the verb to fire, no blaze
    speed_adjectives: frozenset  # "deliveries have been slow": the speed of deliveries, not of the war
    disclosure_cues: frozenset  # "does not publish its losses", "rarely discloses": a habit, no statement (cl30)
    military_use_cues: frozenset  # "a church used as a depot": a civilian site given a use (rv28fixc)
    military_uses: frozenset   # "… used as an ammunition depot", "a school housing troops": the use is military
    shelling_count: re.Pattern  # "the village had been shelled more than 25 times": a count, civilian (rv28fixc)
    # (never with a military_target between: "shelled Ukrainian positions 80 times" is a command's claim)
    setting_nouns: frozenset   # "the besieged port city": a place described, not a territory topic
    role_synonyms: dict        # headline office → body words naming it ("chief" → head, leader, led …)
    dependants: dict           # a headline's dependant → body words introducing one ("aide" → aide, adviser …)
    possessive_claim: re.Pattern  # "X's claim (on Tuesday) that …", "In X's words, …" (claim_noun)
    owner_after: re.Pattern    # "assurances from X that …", "the boast by X that …" (claim_noun)
    pronoun_claim: re.Pattern  # "Her assessment was that …" at the head of a sentence (claim_noun)
    opinion_title: re.Pattern  # "Opinion: …", "Comment | …" opening a title (opinion_rubric) (cl15)


def _words() -> _Words:
    return vocab.compiled("claim_words", ("claim_words", "units"), _compile_words)


def _headline_place_taken() -> re.Pattern:
    """A headline's place with a bare participle of taking ("Zelenyi Hai taken", "Toretsk fully captured") or
    "falls" / "has fallen", ending the clause (a comma, a dash, "as …"): the passive with its verb left out, as
    headlines write it (claim_words.csv takes_place; not "held": "Talks held, Kremlin says")."""
    def build():
        words = [" ".join(w.split()).lower() for g, w in zip(vocab.table("claim_words")["group"],
                                                             vocab.table("claim_words")["word"])
                 if g.strip() == "takes_place"]
        return re.compile(r"(?P<place>[A-Z][a-z’'-]{2,}(?:\s+[A-Z][a-z’'-]{2,})?)\s+(?:(?:fully\s+)?(?:"
                          + _alternation([w for w in words if w.endswith(("en", "ed"))])
                          + r")|falls|fell|has\s+fallen)\b(?=\s*(?:[,;:–—]|\s-\s|$|\s+(?:as|after|amid|while)\b))")
    return vocab.compiled("claims_headline_place_taken", ("claim_words",), build)


def _headline_claims_place() -> re.Pattern:
    """A headline's "claims" with a place or a settlement as its bare object, no clause after it ("Russia claims
    village near Pokrovsk", "Ukraine claims two villages", "Russia claims Avdiivka as …"): the headlines' idiom for a
    capture claimed (the nouns: claim_words.csv settlement_noun, singular or plural)."""
    def build():
        nouns = [" ".join(w.split()).lower() for g, w in zip(vocab.table("claim_words")["group"],
                                                             vocab.table("claim_words")["word"])
                 if g.strip() == "settlement_noun"]
        return re.compile(r"\s+(?:full\s+)?(?:control\s+(?:of|over)\s+)?(?:(?:the|a|another|"
                          + english.number_words(1, 10) + r"|\d{1,3})\s+)?(?:more\s+)?(?:(?:" + _alternation(nouns) + r")s?\b"
                          r"|(?P<place>[A-Z][a-z’'-]{2,}(?:\s+[A-Z][a-z’'-]{2,})?)"
                          r"(?=\s*(?:[,;:–—]|\s-\s|$|\s+(?:as|after|amid|while|near|in|on)\b)))")
    return vocab.compiled("claims_headline_claims_place", ("claim_words",), build)


def _alternation(words) -> str:
    """A regex alternation of the words, longest first ("(?!)" when there are none: it matches nothing)."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words) if words else "(?!)"


def _compile_words() -> _Words:
    groups: dict[str, list[str]] = {group: [] for group in WORD_GROUPS}
    for row in vocab.table("claim_words").itertuples():  # groups and words checked when the table is read
        groups[row.group.strip()].append(" ".join(row.word.split()).lower())
    takes_place = re.compile(
        r"\b(?:" + _alternation(groups["takes_place"]) + r")\s+(?:full\s+)?(?:control\s+(?:of|over)\s+)?"
        r"(?:the\s+(?:" + _alternation(groups["settlement_noun"]) + r")\s+of\s+)?(?P<place>[A-Z][a-z’'-]{2,})")
    feeling = re.compile(r"\s+(?:(?:the|his|her|their|its|our|a|an)\s+)?(?:[\w-]+\s+)?(?:"
                         + _alternation(groups["feeling"]) + r")\b(?!\s+that\b)[^,.;:“”\"]*", re.IGNORECASE)
    topic_only = re.compile(r"(?:\s+(?!that\b)[\w’'-]+){0,4}?\s+(?:about|on|regarding)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                            r"(?:" + _alternation(groups["report_subject"]) + r")\b"
                            r"(?:(?!\b(?:that|had|has|have|was|were|is|are|would|will|could|saying|adding|noting)\b)"
                            r"[^;:“”\"])*", re.IGNORECASE)
    return _Words(
        captives=frozenset(groups["captive"]), capture_forms=frozenset(groups["capture"]),
        evacuees=frozenset(groups["evacuee"]), materiel=frozenset(groups["materiel"]),
        settlement_nouns=frozenset(groups["settlement_noun"]), area_nouns=frozenset(groups["area_noun"]),
        loss_stems=frozenset(stem(w) for w in groups["loss"]), takes_place=takes_place,
        place_taken=re.compile(r"(?P<place>[A-Z][a-z’'-]{2,})\s+(?:is|was|were|are|has\s+been|had\s+been|have\s+been|"
                               r"will\s+be|would\s+be|must\s+be|could\s+be|be)\s+(?:fully\s+)?(?:"
                               + _alternation(groups["takes_place"]) + r")\b"),
        witness=re.compile(r"\b(?:" + _alternation(groups["witness"]) + r")$", re.IGNORECASE),
        # (a river's bank is no market: "troops on the left bank said", "the west bank of the river", cl18)
        market_voice=re.compile(r"\b(?<!left )(?<!right )(?<!west )(?<!east )(?<!south )(?<!north )(?<!opposite )"
                                r"(?<!river )(?<!eastern )(?<!western )(?<!southern )(?<!northern )(?:"
                                + _alternation(groups["market_voice"]) + r")\b", re.IGNORECASE),
        thanks_cues=tuple(groups["thanks_cue"]), ceremony_cues=tuple(groups["ceremony_cue"]),
        allegation_cues=tuple(groups["allegation_cue"]), denial_cues=tuple(groups["denial_cue"]),
        rejection_cues=tuple(groups["rejection_cue"]), expressing_cues=frozenset(groups["expressing_cue"]),
        feeling=feeling, reporting_cues=frozenset(groups["reporting_cue"]), topic_only=topic_only,
        object_cues=frozenset(groups["object_cue"]), act_cues=frozenset(groups["act_cue"]),
        claim_nouns=frozenset(groups["claim_noun"]),
        rubrics=frozenset(groups["rubric"]), damage_events=frozenset(groups["damage_event"]),
        fired_weapons=frozenset(groups["fired_weapon"]) | vocab.weapon_words(),  # (+ units.csv's weapons)
        speed_adjectives=frozenset(groups["speed_adjective"]), disclosure_cues=frozenset(groups["disclosure_cue"]),
        military_use_cues=frozenset(groups["military_use_cue"]), military_uses=frozenset(groups["military_use"]),
        shelling_count=re.compile(r"\b(?:" + _alternation(groups["shelling_count"]) + r")\b(?:\s+(?!(?:"
                                  + _alternation(groups["military_target"]) + r")\b)[\w’'-]+){0,7}?\s+(?:"
                                  r"\d[\d,]*|" + english.number_words(2, 100) + r"|dozens\s+of|many|several)\s+times\b",
                                  re.IGNORECASE),
        setting_nouns=frozenset(groups["setting_noun"]), role_synonyms=_role_synonyms(groups["role_synonym"]),
        dependants=_role_synonyms(groups["dependant"]),
        opinion_title=re.compile(r"\s*(?:" + _alternation(groups["opinion_rubric"]) + r")\s*[:|]\s", re.IGNORECASE),
        possessive_claim=re.compile(
            r"[’']s?\s+(?:(?:\w+\s+)?(?P<noun>" + _alternation(groups["claim_noun"]) + r")"
            # "X's assessment is that …", "X's own view, set out in an essay, was that …", "X's claim on Tuesday that …"
            r"(?:,[^,;:“”\"]{2,100},|" + _CLAIM_DAY + r")?(?:\s+(?:is|was|remains|remained|has\s+been))?\s+that\b"
            r"|(?:claim|claims|announcement)\s+of\b(?!\s+(?:responsibility|sovereignty)\b)"
            r"|(?P<view>(?:own\s+)?(?:words|view|opinion|assessment|estimation|telling)\s*,))", re.IGNORECASE),
        # (the nouns as a trie behind a look-ahead for their first letters: each sentence with "that" read 2x faster)
        owner_after=fail_fast(r"\b(?P<noun>" + (trie_pattern(groups["claim_noun"], ignore_case=True) or "(?!)")
                              + r")\s+(?:from|by)\s+"
                              r"(?P<owner>(?:the\s+|[A-Z])[^;:“”\"]{2,90}?),?" + r"(?:" + _CLAIM_DAY + r")?\s+that\b",
                              re.IGNORECASE),
        pronoun_claim=re.compile(r"\s*(?P<who>His|Her|Their|Its)\s+(?:own\s+)?(?:\w+\s+)?(?P<cue>"
                                 + _alternation(groups["claim_noun"]) + r")\s+(?:is|was|remains|remained|has\s+been|"
                                 r"had\s+been)\s+(?:that\b|[a-z]+\s*:)"
                                 # "His denial that the town had been cut off was echoed by …": the noun's own clause
                                 r"|\s*(?P<who3>His|Her|Their)\s+(?:own\s+)?(?:\w+\s+)?(?P<cue3>"
                                 + _alternation(groups["claim_noun"]) + r")(?:" + _CLAIM_DAY + r")?\s+that\b"))


#: A day or period between a claim noun and its clause: "the ministry's claim on Tuesday that …", "… last week that".
_WEEKDAY = r"(?:" + when.WEEKDAYS + ")"
_MONTH = r"(?:" + when.MONTH_NAMES + ")"
_CLAIM_DAY = (r"\s+(?:(?:on|late\s+on|early\s+on)\s+(?:" + _WEEKDAY + r"|" + _MONTH + r"\s+\d{1,2})|last\s+(?:week|month|"
              r"year|" + _WEEKDAY + r")|(?:earlier\s+)?this\s+(?:week|month|year)|in\s+" + _MONTH + r")")


def _role_synonyms(pairs) -> dict:
    """``claim_words.csv`` role_synonym rows ("chief head", "chief leader") as {office: (body words, …)} (and the
    dependant rows: "aide adviser", "spokesman press secretary")."""
    synonyms: dict[str, list[str]] = {}
    for pair in pairs:
        office, _, word = pair.partition(" ")
        synonyms.setdefault(office, []).append(word.strip() or office)
    return {office: tuple(words) for office, words in synonyms.items()}


def _compile() -> _Lexicon:
    compiled = []
    for name, key_column in (("claim_phrases", "claim_type"), ("claim_topics", "topic")):
        patterns = []
        for line, row in enumerate(vocab.table(name).itertuples(), start=2):
            try:
                patterns.append(compile_phrase(row.phrase, key=getattr(row, key_column)))
            except PhraseError as error:
                raise vocab.VocabularyError(f"data/{name}.csv, line {line}: {error}") from None
        compiled.append(Matcher(patterns))
    phrases, topics = compiled
    return _Lexicon(phrases, topics, Matcher(phrases.patterns + topics.patterns),
                    frozenset(phrases.patterns), frozenset(topics.patterns))


# --- one document -------------------------------------------------------------------------------

#: document.TOKEN as a split's captured group: the gaps and words of a slice, in order (issue 17, sp17)
_TOKEN_SPLIT = re.compile("(" + document.TOKEN.pattern + ")")


def _span(doc, a: int, b: int) -> tuple[list[tuple[str, str]], list[int]]:
    """(stem, "=form") and start of each word in ``doc.text[a:b]``: only the sentences that hold
    speech are read word by word (the document's tokens when another stage built them)."""
    cache = getattr(doc, "_claim_spans", None)
    if cache is None:
        cache = doc._claim_spans = {}
    span = cache.get((a, b))
    if span is None:
        if "tokens" in doc.__dict__:
            lo, hi = bisect_left(doc.token_starts, a), bisect_left(doc.token_starts, b)
            tokens = doc.tokens[lo:hi]
            span = [(t.stem, "=" + t.lower) for t in tokens], [t.start for t in tokens]
        else:  # (TOKEN.finditer(text, a, b) from one split of the slice: TOKEN reads nothing outside its match)
            parts = _TOKEN_SPLIT.split(doc.text[a:b])
            offsets = accumulate(map(len, parts[:-1]), initial=a)  # where each part starts: gap, word, gap, …
            span = [word_keys(w) for w in parts[1::2]], list(islice(offsets, 1, None, 2))
        cache[(a, b)] = span
    return span


def _name_part(doc, words, starts, i: int) -> bool:
    """Is word ``i`` a capitalised word inside a body sentence next to another capitalised word
    (not an acronym, not the sentence's first word)? Then it is part of a name ("the Ukrainian
    Armed Forces", "the General Staff"), not a topic word."""
    text = doc.text

    def capital(k):
        word = text[starts[k]:starts[k] + len(words[k][1]) - 1]
        return word[:1].isupper() and not word.isupper()
    if not capital(i):
        return False
    sentence = doc.sentence_at(starts[i])
    if sentence is None or sentence.headline or not text[sentence.start:starts[i]].strip(" “”\"‘’'([-—–"):
        return False  # headline case, or the sentence's first word
    before = i > 0 and starts[i - 1] >= sentence.start and capital(i - 1)
    after = i + 1 < len(starts) and starts[i + 1] < sentence.end and capital(i + 1)
    return before or after


def _name_head_acting(doc, words, starts, a: int, b: int) -> bool:
    """Is word ``a``, a name's part, its last word (the name's head noun: "the Black Sea **Fleet**") opening a phrase
    of several words whose other words stand outside the name ("the Black Sea Fleet now keeps to ports in the east")?
    Then the formation the name names does what the phrase says (cl24); a name's inner word never is."""
    if b <= a + 1 or a + 1 >= len(starts):
        return False
    text = doc.text
    following = text[starts[a + 1]:starts[a + 1] + 1]
    return not following.isupper() and text[starts[a] + len(words[a][1]) - 1:starts[a + 1]].strip() == ""


#: What may stand between "fires" and the weapons fired ("fires nearly 650 drones", "fired at least 40 missiles").
_FIRED_QUALIFIERS = frozenset("nearly almost about around over more than at least up to some another its their "
                              "dozens hundreds of a barrage ballistic cruise attack kamikaze".split())


def _fires_weapon(words, at: int) -> bool:
    """Is the damage word at ``at`` the verb to fire, followed by what is fired past numbers and qualifiers only
    ("Russia fires nearly 650 drones"), not a blaze ("a fire broke out after drones hit …", "the fire")?"""
    if at and words[at - 1][1][1:] in ("a", "the", "of", "and"):
        return False
    for stem_form in words[at + 1:at + 6]:
        form = stem_form[1][1:]
        if form in _words().fired_weapons:
            return True
        if not (form in _FIRED_QUALIFIERS or form.replace(",", "").replace(".", "").isdigit()
                or form in english.CARDINALS):  # ("fires five shells for every one", cl18)
            return False
    return False


def _counted_places(form: str, vocabulary) -> bool:
    """A settlement noun in the plural ("villages", "towns", "settlements": the ``settlement_noun`` words of
    ``claim_words.csv`` with an "s"): the head of a count of places ("several villages")."""
    return form.endswith("s") and form[:-1] in vocabulary.settlement_nouns


#: A timetable kept ("on schedule", "according to plan", "as planned", "ahead of schedule"): the word and the one
#: before it (grammar, not vocabulary).
_TIMETABLE_WORDS = frozenset(("plan", "schedule", "timetable", "planned"))
_TIMETABLE_BEFORE = frozenset(("to", "on", "of", "as", "behind"))  # (and "the" after "to" / "with": "according to the
#: plan", "in line with the schedule"; "was studying the plan" names a plan, keeps no timetable)
#: Subjects that stand for the war itself in a speaker's words ("everything is going to plan", "it is on schedule").
_WAR_BY_DEFAULT = frozenset(("everything", "all", "it", "things", "this", "we", "they", "he", "she", "its", "our",
                             "their", "everything’s", "everything's"))


def _timetable_of_other_work(words, first, a, b, matches, lexicon) -> bool:
    """Is the goals word at ``a`` a timetable kept ("on schedule", "to plan") whose subject (the words of its clause
    before it, from the last "that" or the span's start) holds no war word and no pronoun standing for the war ("the
    restoration of the water supply was proceeding on schedule": a civilian work's timetable; "the operation is going
    to plan", "everything is going to plan" stay)? (cl15)"""
    if a != b or words[a][1][1:] not in _TIMETABLE_WORDS or a == first:
        return False
    before = words[a - 1][1][1:]
    if not (before in _TIMETABLE_BEFORE or (before == "the" and a - 1 > first and words[a - 2][1][1:] in ("to", "with"))):
        return False
    start = first
    for k in range(a - 1, first - 1, -1):
        if words[k][1][1:] == "that":
            start = k + 1
            break
    if any(w[1][1:] in _WAR_BY_DEFAULT for w in words[start:a]):
        return False
    if start >= a - 3:
        return False  # (no subject of its own: "…, that is on schedule")
    return not any(p in lexicon.topic_set and p.key not in _EXCLUDING and start <= x and y < a
                   for p, x, y in matches)


def _adverb_reach(words, a: int) -> int:
    """How many words back a speed adverb reaches for the delivery or production it qualifies: three ("to quickly
    increase supplies"), eight for "as quickly as (possible)", which closes a promise of aid ("would deliver a further
    air-defence system as quickly as possible") (cl19)."""
    return 8 if a > 0 and a + 1 < len(words) and words[a - 1][1][1:] == "as" and words[a + 1][1][1:] == "as" else 3


#: the nouns "left" modifies as an adjective ("the left bank", "the left flank"): a side, not a verb of leaving
_SIDE_NOUNS = frozenset(("bank", "flank", "wing", "shore", "side", "hand"))


#: the auxiliaries between civilians and the verb that moves them ("residents had been moved out", cl30)
_EVACUATION_AUXILIARIES = frozenset(("had", "have", "has", "been", "were", "was", "being", "be", "are", "is", "will",
                                     "would", "could", "can", "must", "should", "to", "not", "already", "also", "now"))


def _evacuees_moved(words, first: int, a: int, vocabulary) -> bool:
    """Civilians as the subject of the territory word ``words[a]`` across a chain of up to four auxiliaries ("about
    250 residents had been moved out of buildings", "families will now be taken out"): an evacuation, no ground."""
    k = a - 1
    while k >= first and a - k <= 4 and words[k][1][1:] in _EVACUATION_AUXILIARIES:
        k -= 1
    return k >= first and k < a - 1 and words[k][1][1:] in vocabulary.evacuees


def _military_use(words, b: int, vocabulary) -> bool:
    """Whether the civilian site ending at ``words[b]`` is given a military use right after it: a `military_use_cue`
    within two words ("used", "housing", "turned") and a `military_use` noun within four words after the cue ("a
    church used as an ammunition depot", "a school housing troops", "a stadium turned into a barracks") (rv28fixc)."""
    for k in range(b + 1, min(b + 3, len(words))):
        if words[k][1][1:] in vocabulary.military_use_cues:
            return any(w[1][1:] in vocabulary.military_uses for w in words[k + 1:k + 5])
    return False


def _topics(lexicon, words, first, last, starts, skip, doc=None, matches=None) -> list[str]:
    found, setting = [], set()
    vocabulary = _words()
    if matches is None:
        matches = lexicon.topics.matches(words, first, last)
    # a war word inside an off-topic phrase is not a war word ("not to lose their nerve" is no loss)
    idioms = [(a, b) for pattern, a, b in matches if pattern in lexicon.topic_set and pattern.key == "offtopic" and b > a]
    # the captives of a prisoner exchange are no losses, the threat to a dam no threat of war: a war word inside a
    # civilian phrase of several words is the phrase's ("exchange 500 prisoners", "no threat of a breach") (cl25)
    humane = [(a, b) for pattern, a, b in matches if b > a and pattern.key == "civilian" and pattern in lexicon.topic_set]
    for pattern, a, b in matches:
        if pattern not in lexicon.topic_set:
            continue
        # (a request that is itself a cue, "and asked allies for more Patriot systems", is still a request for arms: an
        # aid phrase that starts on the cue and runs past it counts, cl29)
        if any(x <= starts[a] < y and not (pattern.key == "industry" and b > a and starts[a] == x and starts[b] >= y) for x, y in skip) or (
                doc is not None and pattern.key != "elsewhere" and _name_part(doc, words, starts, a)
                and not _name_head_acting(doc, words, starts, a, b)):
            continue  # (another war's name is capitalised: "the Second World War", "Nazi Germany")
        key = pattern.key
        if key not in ("offtopic", "civilian") and any(x <= a and b <= y for x, y in idioms):
            continue  # (a civilian word stays one inside an idiom: "the humanitarian situation was difficult" (cl15))
        if humane and key in TOPICS and any(x <= a and b <= y and (x, y) != (a, b) for x, y in humane):
            continue
        if key == "offtopic" and a == b and any(x <= a <= y for p, x, y in matches if y > x and p in lexicon.topic_set
                                                and p.key not in _EXCLUDING):
            continue  # "preparing to storm the western districts": the word is the war phrase's, not the weather's
        if key == "territory" and words[a][1] == "=left" and a + 1 < len(words) and words[a + 1][1][1:] in _SIDE_NOUNS:
            continue  # "the flooded left bank and 17 villages": a river's or a front's side, no leaving (cl20)
        if key == "territory" and words[a][1][1:] in vocabulary.capture_forms and any(
                w[1][1:] in vocabulary.captives for w in words[b + 1:b + 5]):
            key = "losses"  # "captured three marines": people taken prisoner, not ground
        elif key == "territory" and (any(w[1][1:] in vocabulary.evacuees for w in words[max(first, a - 2):b + 1])
                                     or _evacuees_moved(words, first, a, vocabulary)):
            key = "civilian"  # "moving civilians out of the city", "residents were leaving the town": an evacuation
            # ("250 residents had been moved out": the civilians before an auxiliary chain, cl30)
        elif key == "civilian" and a == b and words[a][1][1:] in vocabulary.damage_events \
                and any(w[1][1:] in vocabulary.materiel for w in words[max(first, a - 6):a + 7]):
            continue  # "the cruiser was seriously damaged", "a fire on the frigate": equipment, not civilian damage
        elif key == "civilian" and a == b and words[a][1][1:] in vocabulary.damage_events and _fires_weapon(words, a):
            continue  # "Russia fires nearly 650 drones": the verb to fire, no blaze
        elif key == "civilian" and _military_use(words, b, vocabulary):
            continue  # "a church used as an ammunition depot", "a school housing troops": a military target (rv28fixc)
        elif key == "pace" and a == b and (words[a][1][1:].endswith(("ly", "fast", "faster"))
                                           or words[a][1][1:] in vocabulary.speed_adjectives) and any(
                p in lexicon.topic_set and p.key in ("industry", "economy") and a - _adverb_reach(words, a) <= y
                and (p.key != "economy" or y < a)  # (money after the adverb: "moving quickly toward the oil refinery")
                and x <= (b + 4 if words[a][1][1:] not in vocabulary.speed_adjectives else a - 1)  # (an adjective follows its noun)
                and not any(w[1][1:] == "than" for w in words[b + 1:x]) for p, x, y in matches):
            continue  # "to quickly increase supplies and production": an adverb of the factories' speed, not the war's
            # ("a lower cap would cut revenue faster": the speed of the money, cl29)
            # ("deliveries have been slow": the adjective of the deliveries' speed, cl26)
            # ("firing shells faster than allies could produce them" compares the war's pace with the factories')
        elif key == "civilian" and words[a][1][1:] == "people" and any(
                w[0] in vocabulary.loss_stems for w in words[max(0, a - 5):a]):
            key = "losses"  # "Russia had lost 1,000 people a day": a side's casualties, not civilians
        elif key == "goals" and doc is not None and _timetable_of_other_work(words, first, a, b, matches, lexicon):
            continue  # "the restoration of the water supply was proceeding on schedule": a civilian work's timetable
        elif key == "territory" and a == b and b + 1 < len(words) and (
                words[b + 1][1][1:] in vocabulary.setting_nouns or words[b + 1][1][1:] in vocabulary.settlement_nouns):
            setting.add(key)  # "the besieged port city": where it happened, not what happened (unless beside more)
            continue
        elif key == "territory" and b == a + 1 and len(pattern.elements) == 2 and pattern.elements[1].skip_before <= 1 \
                and _counted_places(words[b][1][1:], vocabulary):
            # "cutting electricity to several villages", "to leave two towns": a count of places is a battlefield
            # result ("claims two more villages") unless civilian words make it where the damage was (as above)
            setting.add(key)
            continue
        if key not in found:
            found.append(key)
    if setting and "civilian" in found and "territory" not in found:
        pass  # "10,000 civilians had died in the besieged port city": a casualty report set in a place
    elif setting and "territory" not in found:
        found.append("territory")
    order = {t: n for n, t in enumerate(TOPICS)}
    return sorted(found, key=lambda t: order.get(t, len(order)))


def _account_subject(determiners: tuple[str, ...], modifiers: int, noun: str = r"(?P<noun>[a-z]+)",
                     owner: str = "", word: str = r"[\w-]") -> str:
    """A written account as a sentence's subject, the one definition its readers are composed from (vc1): one of
    ``determiners`` (lower case; read with a capital first letter too, as a sentence opens) or an ``owner``'s
    possessive (a regex), then up to ``modifiers`` words (fewest first: "The new study"; each a run of ``word``
    characters), then its ``noun`` (a regex; by
    default a lower-case word, group ``noun``, which the reader checks against the ``statement_noun`` and
    ``not_a_person`` words of data/speech_words.csv).

    Example:
        >>> import re
        >>> re.fullmatch(_account_subject(("the", "its"), 2), "Its latest assessment").group("noun")
        'assessment'
    """
    opening = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in determiners) + ("|" + owner if owner else "")
    return r"(?:" + opening + r")\s+(?:" + word + r"+\s+){0,%d}?" % modifiers + noun


#: A document as the subject, with its title in apposition: "The report, titled “A Long Winter”, estimates …", "Its
#: new assessment, entitled '…', said …" (the noun a ``statement_noun`` or ``not_a_person`` of data/speech_words.csv; the
#: verb a ``title_verb`` one)
_TITLED_DOCUMENT = vocab.TablePattern("titled_document", ("speech_words",), lambda: (
    r"\s*" + _account_subject(("the", "its", "their", "this"), 2) + r"\s*,\s*(?:"
    + (trie_pattern(vocab.speech_words()["title_verb"], spaces=True) or "(?!)") + r")\s+[“\"‘'][^“”\"\n]{1,100}?[”\"’'],?\s+"
    r"(?:(?:also|further|now|[a-z]+ly)\s+)?"))
#: Where a speaker presented a document: "said in a report published on Monday", "published its assessment", "in a
#: new study"; ``{noun}`` is the document's noun
_PRESENTED_IN = (r"\b(?:in|published|released|issued|presented|launched|put\s+out)\s+(?:a|an|its|their|the)\s+"
                 r"(?:[\w-]+\s+){{0,3}}?{noun}\b")
