"""Who a sentence cites, and a speaker's label as the who-is-who writes it: the speech layer's reading that the
claims and facts stages share (neither reads the other's helpers).

A news agency is a conduit: in "…, TASS reported, citing the defence ministry" the source it cites speaks
(:func:`cited_by_media`), labelled as ``data/speakers.csv`` writes it, with its country (:func:`table_label`,
:func:`own_country_label`).

Example:
    >>> from saidvsdone import citing
    >>> citing.table_label("Ukraine's general staff"), citing.speaker_kind("TASS")
    ('Ukrainian General Staff', 'media')
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from saidvsdone import mentions as _mentions
from saidvsdone import segment, vocab, when
from saidvsdone.mentions import NATIONAL_GROUP, label_as_written
from saidvsdone.matcher import trie_pattern

__all__ = ["cited_by_media", "speaker_kind", "speech_mentions_between", "table_label", "own_country_label",
           "country_labels", "DEMONYM_FORCES", "EXPERTS_AT", "institution_heads", "country_speaker",
           "country_name_forms", "summed_up_by", "summary_stems", "deck", "subhead_lines", "FUNCTION_WORDS"]


def speech_mentions_between(doc, a: int, b: int) -> list:
    """The speech layer's mentions that start in ``[a, b)``, in text order, by bisection over
    their starts (built once per document: no scan of every mention per act)."""
    mentions = doc.speech.mentions
    cached = getattr(doc, "_mention_starts_cache", None)
    if cached is None or cached[0] is not mentions:
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        cached = doc._mention_starts_cache = (mentions, [mentions[i].start for i in order], [mentions[i] for i in order])
    _, starts, ordered = cached
    return ordered[bisect_left(starts, a):bisect_left(starts, b)]


def speaker_kind(speaker: str) -> str:
    known = _mentions.people().speakers.get(speaker)
    return known.kind if known is not None else ""


#: A country's forces opening the sentence ("Russian forces have captured …, Moscow said").
#: (data/force_nouns.csv, uses ``speaks_as_military``)
DEMONYM_FORCES = vocab.TablePattern("demonym_forces", ("force_nouns",), lambda: (
    r"\s*(?:the\s+)?(?P<demonym>[A-Z][\w’'-]+)\s+(?:" + trie_pattern(vocab.force_nouns("speaks_as_military"), spaces=True) + r")\b"))


def country_labels() -> dict[str, tuple[str, str]]:
    def build():
        table = vocab.table("countries")
        return {r.country: (getattr(r, "speaks_as", "") or r.country,
                            getattr(r, "speaks_as_military", "") or getattr(r, "speaks_as", "") or r.country)
                for r in table.itertuples()}
    return vocab.compiled("country_labels", ("countries",), build)


def table_label(label: str) -> str:
    """A speaker's label as written, read with its country as the table writes it: "Ukraine's general
    staff", "the General Staff in Kyiv" → "Ukrainian General Staff" (data/speakers.csv knows it as
    "Ukrainian General Staff"); the label unchanged when the table does not know it."""
    forms = vocab.country_forms()
    aliases, demonyms = _lowered_aliases()
    candidates = [label]
    owner = re.match(r"([\w.-]+)['’]s\s+(.+)$", label)
    place = re.match(r"(.+?)\s+(?:in|of)\s+([A-Z][\w.-]+)$", label)
    for country_word, rest in ((owner.group(1), owner.group(2)) if owner else (None, None),
                               (place.group(2), place.group(1)) if place else (None, None)):
        country, kind = forms.get(country_word or "", ("", ""))
        if kind in ("country", "capital") and country in demonyms:
            candidates.append(f"{demonyms[country]} {rest}")
    expert = EXPERTS_AT.match(label)  # "analysts at the Royal United Services Institute": the institute
    if expert:
        name = aliases.get(expert.group(1).lower().replace("’", "'"), expert.group(1))
        return label_as_written(name) if NATIONAL_GROUP.fullmatch(name) else name  # "Finnish Black Bird Group"
    staff = _BODY_ANALYSTS.match(label)  # "DeepState analysts", "ISW's analysts": the body the table knows
    if staff and aliases.get(staff.group(1).lower().replace("’", "'")) and not staff.group(1).lower().endswith(" military"):
        # ("Russian military analysts" are analysts of military affairs, not the Russian military's staff)
        return aliases[staff.group(1).lower().replace("’", "'")]
    inside = _PEOPLE_IN.match(label)  # "sources in the Ukrainian military": the institution
    if inside:
        candidates.append(inside.group(1))
        country, kind = forms.get(inside.group(1), ("", ""))
        if kind == "capital" and country in country_labels() and label.lower().startswith("official"):
            # "officials in Kyiv": the government, as the conventions' label "Ukrainian government (Kyiv)" and two
            # blind-annotated gold sets write it ("sources in Kyiv" stay sources)
            return country_labels()[country][0]
    for candidate in candidates:
        name = aliases.get(candidate.lower().replace("’", "'"))
        if name is not None:
            return name
    if owner and len(candidates) > 1 and owner.group(2).split()[-1].lower() in institution_heads() \
            and forms.get(owner.group(1), ("", ""))[1] == "country":  # not "Kyiv's military administration"
        # "Ukraine's defence ministry" → "Ukrainian Defence Ministry", as the conventions write institutions
        return candidates[1].split(" ", 1)[0] + " " + " ".join(w[:1].upper() + w[1:] for w in owner.group(2).split())
    return label


_BODY_ANALYSTS = re.compile(r"(?:[Tt]he\s+)?(.+?)(?:['’]s)?\s+(?:analysts?|experts?|researchers?|specialists?)$")


#: Experts speaking for the named body they work at ("analysts at the Kyiv School of Economics").
EXPERTS_AT = re.compile(r"(?i:analysts?|experts?|researchers?|specialists?)\s+(?:at|from|with)\s+(?:the\s+)?"
                         r"([A-Z][\w’'.-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*)$")
_PEOPLE_IN = re.compile(r"(?:sources?|officials?|people|insiders?)\s+(?:in|at|from|within|close\s+to)\s+(?:the\s+)?(.+)$",
                        re.IGNORECASE)


def institution_heads() -> frozenset:
    """Head nouns of an institution's proper name ("Defence Ministry", "Southern Command", "Navy"): the
    ``institution_head`` words of ``data/speech_words.csv``.

    Example:
        >>> "ministry" in institution_heads(), "governor" in institution_heads()
        (True, False)
    """
    return vocab.speech_words()["institution_head"]


def _lowered_aliases() -> tuple[dict[str, str], dict[str, str]]:
    """(every alias of an institution in data/speakers.csv, lower-cased → its name; country → its first demonym)."""
    def build():
        who = _mentions.people()
        aliases = {alias.lower().replace("’", "'"): name for alias, name in who.alias_to_name.items()
                   if not _mentions.is_person(name, who)}
        demonyms = {}
        for form, (country, kind) in vocab.country_forms().items():
            if kind == "demonym" and form[:1].isupper() and not form.endswith("s"):
                demonyms.setdefault(country, form)
        return aliases, demonyms
    return vocab.compiled("claims_lowered_aliases", ("speakers", "countries", "places", "first_names"), build)


def own_country_label(doc, sentence, label: str) -> str:
    """ "Russian forces have struck an airfield, TASS reported, citing the defence ministry": a cited
    institution named without its country, whose report opens with one country's forces, is that
    country's ("Russian Defence Ministry") when the speakers table knows it so; the label unchanged
    otherwise. (An institution that speaks itself is resolved by the speech layer.)"""
    forces = DEMONYM_FORCES.match(doc.text, sentence.start, sentence.end)
    if forces is None:
        return label
    named = table_label(f"{forces.group('demonym')} {label}")
    return named if named != f"{forces.group('demonym')} {label}" else label


# --- who speaks for a country: the body's speaker behind a headline's country, or its institution -------------

#: Words too common to tell two sentences' subjects apart (a headline's clause and a body statement).
FUNCTION_WORDS = frozenset(
    "a an the and or but that this these those it its he she they we i you his her their our to of in on at "
    "by for with from as is are was were be been has have had will would also then so said says told".split())


def deck(doc) -> int:
    """The paragraph index of a deck (standfirst) written in sentence case right under the title: a
    short line without a closing full stop ("Russian president claims his troops are advancing as Kyiv
    urges allies …"), read as a headline; -1 when there is none (read once per document)."""
    cached = getattr(doc, "_deck", None)
    if cached is None:
        cached = doc._deck = _deck_of(doc)
    return cached


def _deck_of(doc) -> int:
    if len(doc.paragraphs) < 3 or not doc.sentences or not doc.sentences[0].headline:
        return -1
    first_body = next((s.paragraph for s in doc.sentences if not s.headline), -1)
    if first_body < 1:
        return -1
    a, b = doc.paragraphs[first_body]
    line = doc.text[a:b].strip()
    if _top_line(line):
        # "2025.04.05 09:12 | Europe | NEWSWIRE" under the title: the page's furniture, no standfirst, unless a
        # paragraph of full sentences under it stands before the datelined lede (a caption between): that is (hl6)
        # (several lines of it: a rubric, a stamp, a byline, an editor's note in brackets; hl7)
        return _deck_under_furniture(doc, _past_furniture(doc, first_body + 1))
    if line and line.endswith((".", "?", ".”", "?”", '."', '?"')) and _deck_sized(line) \
            and first_body + 1 < len(doc.paragraphs) \
            and segment.furniture_line(doc.text[slice(*doc.paragraphs[first_body + 1])]):
        return first_body  # a standfirst of full sentences between the title and the byline or the page's date
        # line (a profile's may end on a question: "Ukraine's commander … says his brigade can hold the town. Who is
        # Oleh Lysenko?"; "Sunday Edition | Sunday 9 March 2025 | By A B", "By the Data Desk | 3 May 2025"); a line of
        # names with no "By" right under a lede is no such sign (a heading, a Q&A's speaker label: rv27fixb)
    if line and line.endswith(".") and 6 <= len(line.split()) <= 25 and first_body + 1 < len(doc.paragraphs) \
            and _headline_style_sentences(doc, first_body):
        return first_body  # "Russia's defence ministry says its troops have entered X. Kyiv says …": a standfirst
    if line and _closed(line) and first_body >= 2 \
            and segment.furniture_line(doc.text[slice(*doc.paragraphs[first_body - 1])].strip()):
        return _deck_under_furniture(doc, _past_furniture(doc, first_body))  # (the byline line above it, left out
        # of the sentences)
    if not line or _closed(line) or not _deck_sized(line):
        return -1
    return first_body


def _deck_under_furniture(doc, index: int) -> int:
    """The paragraph ``index`` when it is a standfirst written under the byline or the page's date line: full
    sentences (6 to 40 words, closed by a full stop), the next paragraph but captions and credits opening with an
    agency or city dateline ("MOSCOW – …") or the next line naming its writers; or a line in a headline's present
    with no closing stop ("X says …; Y says …", hl13); -1 otherwise."""
    if index + 1 >= len(doc.paragraphs):
        return -1
    a, b = doc.paragraphs[index]
    line = doc.text[a:b].strip()
    if not _deck_sized(line) or _top_line(line) or segment.dateline_end(doc.text, a, b) >= 0:
        return -1
    if not _closed(line) and _HEADLINE_PRESENT.search(line) and segment.line_marker(doc.text, a, b) < 0:
        return index  # "Russia's defence ministry says …; Ukraine's general staff says …" under the rubric and the
        # byline: a standfirst in a headline's present, no closing stop (no lede is written so) (hl13); a bulleted or
        # stamped line ("• 31: villages the ministry says it has taken") is a list's item, not a standfirst
    if not line.endswith("."):
        return -1
    if _writers_line(doc.text[slice(*doc.paragraphs[index + 1])]):
        return index  # a standfirst of full sentences right over its writers' names ("Lena Hartmann (with Reuters,
        # AP, dpa)"): the byline parts it from the story, as a byline line does right under the title (hl13)
    for following in range(index + 1, min(index + 4, len(doc.paragraphs))):
        c, d = doc.paragraphs[following]
        if segment.top_furniture(doc.text[c:d].strip()) or segment.is_caption(doc.text, c) \
                or segment.furniture_line(doc.text[c:d]):
            continue  # ("Photo: … (Pool photo)", "By A B | 3 May 2025")
        return index if segment.dateline_end(doc.text, c, d) >= 0 else -1
    return -1


def _past_furniture(doc, index: int) -> int:
    """The first paragraph from ``index`` on that is no line of the page's furniture (:func:`segment.furniture_line`:
    a rubric, a stamp, a byline, an editor's note), three lines of it at most skipped."""
    for _ in range(3):
        if index + 1 >= len(doc.paragraphs) or not _top_line(doc.text[slice(*doc.paragraphs[index])]):
            break
        index += 1
    return index


#: A line of writers' names with no "By" ("Marta Nowicka", "Tom Ashdown and Priya Sandhu", "AFP / Reuters", "Special
#: Correspondent"): capitalised words, names joined by "and", "&", "/" or a comma (asides in brackets left out first:
#: "(now)", "(with Reuters, AP, dpa)")
_WRITERS = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s*(?:,|/|&|\s+and\s+)\s*"
                      r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}){0,3}")
_ASIDE = re.compile(r"\s*\([^()\n]{1,60}\)")


#: a contraction ("We're", "Don't"), no name's apostrophe ("O'Brien")
_CONTRACTED = re.compile(r"[’'][a-z]")


def _writers_line(line: str) -> bool:
    """Whether a line under the title names the writers only, with no "By" (:data:`_WRITERS`; no figure, ten words
    at most, a lower-case letter, no function word but "and" nor a section heading's word) (hl13)."""
    names = _ASIDE.sub("", line).strip()
    return bool(names) and len(names.split()) <= 10 and not any(c.isdigit() for c in names) \
        and any(c.islower() for c in names) and _WRITERS.fullmatch(names) is not None \
        and not any(w.lower() in _no_name_words() or w.lower().endswith("ing") or _CONTRACTED.search(w)
                    for w in re.findall(r"[\w’']+", names)) \
        and _writers_signed(line)
    # (a section's heading in capitals, "WHAT WE'RE READING", or in Title Case, "What We Are Reading", names no one)


def _no_name_words() -> frozenset:
    """Words of a page's section heading, never of a writer's name ("What We're Reading", "Key Points", "Related
    Stories"): the function words but "and", and the ``heading_word`` words of data/speech_words.csv."""
    return vocab.compiled("citing_no_name_words", ("speech_words",),
                          lambda: (FUNCTION_WORDS - {"and"}) | vocab.speech_words()["heading_word"])


def _writers_signed(line: str) -> bool:
    """Whether a line of capitalised words bears a writers' sign (a first name of data/first_names.csv, or a
    ``writers_sign`` word of data/speech_words.csv: "Correspondent", "AFP", "Reuters" in its aside too) and names no
    country form or place of data/places.csv: "Kremlin Responds", "Bakhmut Falls", "Kyiv, Ukraine" or "Russia Ukraine
    War" are a page's headings, never its writers (rv27fixb)."""
    signs, places = _writers_words()
    words = re.findall(r"[\w’'-]+", line)
    first_names = _mentions.people().first_names
    if any(" ".join(words[i:i + n]) in places and not (n == 1 and words[i] in first_names)
           for n in (1, 2, 3) for i in range(len(words) - n + 1)):
        return False  # (a first name that is a place's too, "Sofia", names a writer)
    return any(w.lower() in signs or w in first_names for w in words)


def _writers_words() -> tuple[frozenset, frozenset]:
    """(the ``writers_sign`` words, every capitalised country form and place name of the tables, its words joined by
    one space)."""
    def build():
        places = {form for form in vocab.country_forms()} | set(vocab.table("places")["name"])
        return vocab.speech_words()["writers_sign"], frozenset(" ".join(re.findall(r"[\w’'-]+", p)) for p in places
                                                               if p[:1].isupper())
    return vocab.compiled("citing_writers_words", ("speech_words", "countries", "places"), build)


def _top_line(line: str) -> bool:
    """A line of the page's furniture above the story (:func:`segment.furniture_line`) or of its writers' names
    (:func:`_writers_line`)."""
    return bool(segment.furniture_line(line)) or _writers_line(line.strip())


def _deck_sized(line: str) -> bool:
    """A deck's length: 6 to 40 words (a standfirst of full sentences, a headline-style deck)."""
    return 6 <= len(line.split()) <= 40


def _closed(line: str) -> bool:
    """A line closed as a sentence: its last mark, past any closing quote marks, is a full stop, a question or
    exclamation mark, an ellipsis or a colon. A deck that ends on a quoted phrase with no stop ("…, while the Kremlin
    says the talks will not change “the facts on the ground”") is a headline's, not a closed sentence (cl19)."""
    return line.rstrip("”\"’»›'").endswith(_SENTENCE_STOP)


def _headline_style_sentences(doc, index: int) -> bool:
    """A paragraph under the title of one or two short sentences (25 words in all at most: a longer one in the present
    is a lede told in the present, as some outlets write it) each told in a headline's present ("X says …", "Kyiv
    claims …", "the general warns …"), with no past speech verb, no day and no dateline of a lede ("… said on
    Tuesday"), before a longer paragraph or one told in the past: a standfirst of full sentences."""
    a, b = doc.paragraphs[index]
    sentences = [s for s in doc.sentences if s.paragraph == index]
    if not 1 <= len(sentences) <= 2 or segment.dateline_end(doc.text, a, b) > 0:
        return False
    if not all(_HEADLINE_PRESENT.search(doc.text, s.start, s.end) and not _LEDE_PAST.search(doc.text, s.start, s.end)
               for s in sentences):
        return False
    # (the paragraph after it tells in the past or runs longer: a body told in the present throughout is no deck's)
    c, d = doc.paragraphs[index + 1]
    return d - c > b - a or _LEDE_PAST.search(doc.text, c, d) is not None


#: A headline's present speech verb ("says", "claim", "warns"): data/speech_cues.csv is the body's; these stand in
#: standfirsts.
_HEADLINE_PRESENT = re.compile(r"\b(?:says|say|claims|claim|warns|warn|insists|insist|admits|admit|reports|report|"
                               r"denies|deny|vows|vow|announces|announce|estimates|estimate)\b")
#: A lede's past speech verb or day ("said", "told", "on Tuesday", "yesterday").
_LEDE_PAST = re.compile(r"\b(?:said|told|claimed|stated|announced|reported|added|wrote|warned|insisted|denied|"
                        r"(?:on\s+)?(?:" + when.WEEKDAYS + r")|yesterday|today)\b")


_SENTENCE_CLOSE = (".", "”", '"', "’", "»", "›", "!", "?", "…", ":")
_SENTENCE_STOP = (".", "!", "?", "…", ":")
_SUBHEAD_BULLET = re.compile(r"^[•·▪◦*–-]\s+")
_SUBHEAD_CLOSE = re.compile(r"[.?!…:,;][”\"’'»›)]*\s*$")  # 'could fall "in the coming days"' stays open


def subhead_lines(doc) -> frozenset:
    """The paragraphs of the body written as headlines in sentence case: a live blog's post titles and key-event
    bullets, a sub-heading ("Wagner chief says his fighters hold all of Bakhmut east of river", "Zelensky: retreat
    would open road to Kramatorsk"): one line of 4 to 20 words, a single sentence with no closing full stop, with
    more text after it (a last line without a full stop may be cut off). Read once per document: the headline rules
    ask for it at every headline act, and a live blog has hundreds."""
    cached = getattr(doc, "_subhead_lines", None)
    if cached is not None:
        return cached
    per_paragraph: dict[int, int] = {}
    for sentence in doc.sentences:
        per_paragraph[sentence.paragraph] = per_paragraph.get(sentence.paragraph, 0) + 1
    found = set()
    for index, (a, b) in enumerate(doc.paragraphs[1:-1], start=1):
        if per_paragraph.get(index) != 1 and not (per_paragraph.get(index) == 2 and _SUBHEAD_BULLET.match(doc.text[a:b])):
            continue  # (a reading list's bullet may tease its story in two: "• Russia says it took X. Our data team
            # checks the claim")
        line = _SUBHEAD_BULLET.sub("", doc.text[a:b].strip(), count=1)  # "• Russia claims capture of …": a bullet
        if line and line[0].isupper() and _SUBHEAD_CLOSE.search(line) is None \
                and 4 <= len(line.split()) <= 20 and segment.link_label(line, 0, len(line)) < 0:
            found.add(index)
    doc._subhead_lines = frozenset(found)
    return doc._subhead_lines


def _in_summary(doc, pos: int) -> bool:
    """Is ``pos`` in a summary's bullets ("IN BRIEF ⏎ • …": ``Speech.in_summary``)? False for a layer without them."""
    in_summary = getattr(doc.speech, "in_summary", None)
    return bool(in_summary is not None and in_summary(pos))


def country_speaker(doc, sentence, act, sentence_topics) -> str:
    """A country as the speaker ("Russia claimed"): in a headline or a summary's bullet ("IN BRIEF ⏎ • Ukraine says
    …", ``Speech.summaries``), the body's speaker from that country who states it; in the body, the country's
    institution (data/countries.csv ``speaks_as``): its military when its own forces act or
    ``sentence_topics(doc, sentence)`` (the claims' topic reading) names a battlefield topic, else its government.
    The quotes and claims stages both label a country speaking so (a third country's capital right after its body
    spoke is that body already: ``speech._layer._capital_for_body``)."""
    country = act.speaker.speaker
    who = _mentions.people()
    summary = _in_summary(doc, sentence.start)
    if sentence.headline or summary:
        # (a bullet under a summary heading, "IN BRIEF ⏎ • Ukraine says Russian losses hit 31,240 in a month", sums up
        # the body as a headline does: the body's speaker of that country who states it (sk25))
        written = act.speaker.as_written
        headings = subhead_lines(doc) | {deck(doc)}  # (read once, not per act)
        for later in doc.speech.acts:  # "Kyiv warns …" and the body's "Kyiv warned …": the same label
            if later is act or later.sentence[0] < doc.headline_end \
                    or _in_summary(doc, later.sentence[0]):
                continue
            body = doc.sentence_at(later.cue.start)
            if body.paragraph in headings:
                continue  # a sub-heading's or the deck's "Kyiv says …" is a headline too, no body statement
            if not body.headline and later.speaker.how == "country" \
                    and later.speaker.as_written == written and later.speaker.speaker == country \
                    and not _inside_reported(doc, later):
                return country_speaker(doc, body, later, sentence_topics)
        # the body's speakers named by name first (a role the layer resolved may be a deputy's, not the holder's)
        chosen = ""
        for later in sorted(doc.speech.acts, key=lambda x: x.speaker.how not in ("name", "title")):
            known = who.speakers.get(later.speaker.speaker)
            if later.sentence[0] >= doc.headline_end and known is not None and known.country == country \
                    and later.cue.start != act.cue.start \
                    and not _in_summary(doc, later.sentence[0]):  # (a deck's own "Ukrainian army says" is no body speaker)
                chosen = known.name
                break
        # … unless another speaker of the body, of that country or of none the table knows, states what the
        # headline sums up in more of its words ("Kyiv says fighting continues" over "X, a spokesman for …, said
        # fighting was continuing"; not the army chief's words on mobilisation)
        # (its own clause: up to another speaker of the title, "Russia claims X, Ukraine's army says Y")
        semicolon = doc.text.find(";", act.cue.end, sentence.end)
        ends = [o.speaker.start for o in doc.speech.acts_in(sentence.start) if o is not act
                and act.cue.end < o.speaker.start < o.cue.start] + ([semicolon] if semicolon >= 0 else [])
        chosen = summed_up_by(doc, sentence, act, country, chosen, end=min(ends, default=-1)) or chosen
        if chosen:
            return chosen
    labels = country_labels().get(country)
    if labels is None:
        return country
    tied = "" if sentence.headline or summary else _tied_voice(doc, sentence, act, country, who)
    if tied:
        return tied
    written = getattr(act.speaker, "as_written", "")
    capital = any(capital and regex.fullmatch(written) for regex, _, capital in country_name_forms())
    topics = sentence_topics(doc, sentence)
    own = _OWN_FORCES.match(doc.text, act.cue.end, sentence.end)
    if own is None and act.cue.start > sentence.start:  # "Russian forces have captured X, Moscow said"
        before = DEMONYM_FORCES.match(doc.text, sentence.start, act.cue.start)
        own = before if before is not None and vocab.country_forms().get(before.group("demonym"), ("", ""))[0] \
            == country and act.speaker.start > before.end() else None
    # what its own forces did is a battlefield report whatever the topic ("its troops had stabilised the front")
    battlefield = bool(own) or any(t in ("territory", "losses", "strikes") for t in topics)
    if not own and "negotiations" in topics:
        battlefield = False  # "Ukraine has said it will not negotiate while Russian troops remain on its territory": a
        # settlement position is the government's, whatever ground it names (Clarifications: a country as the speaker)
    if capital and not (battlefield and own):
        return labels[0]  # "Kyiv says", "Moscow said": the capital is the government
    return labels[1] if battlefield else labels[0]  # "Moscow says its forces took …": its military


#: a capitalised word of a sentence: a country's name, capital or adjective, read through ``People.country_of_form``
_CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w-]+")


def _tied_voice(doc, sentence, act, country: str, who) -> str:
    """ "Ukraine, for its part, said the assault had “stalled.” Speaking to …, A B, spokesperson of Ukraine's X group
    of forces, said …", "Moscow indicated … its troops had “improved their positions”. According to the Russian
    Defence Ministry, …": a country quoted (words in marks after its verb: one voice's words) whose statement the very
    next sentence of the paragraph goes on to give to one voice of that same country, named (a person or a body: the
    table's country, else the one country the words before its speech verb name): that voice, as the conventions
    label a country the article ties to a speaker (label grammar, rule 4); "" when the next sentence opens no such
    voice, or the country's sentence quotes nobody ("Moscow insists its offensive is going to plan. A B said …": the
    country's own stance) (sk32)."""
    k = bisect_left(doc._sentence_starts, sentence.end)
    after = doc.sentences[k] if k < len(doc.sentences) else None
    if after is None or after.paragraph != sentence.paragraph or after.headline or _inside_reported(doc, act):
        return ""
    if not any(sentence.start <= q.start < sentence.end and q.start > act.cue.start for q in doc.quotes):
        return ""  # ("Russia, for its part, insists the offensive has failed. A B said …": a stance of the country's own,
        # no words one voice said; quoted words are)
    voice = min((o for o in doc.speech.acts_in(after.start) if o.speaker.speaker), key=lambda o: o.cue.start, default=None)
    if voice is None or voice.speaker.how not in ("name", "unknown name", "title"):
        return ""
    speaker = voice.speaker.speaker
    known = who.speakers.get(speaker)
    if known is not None:
        return speaker if known.country == country else ""
    if not _mentions.is_person(speaker, who):
        return ""
    forms = who.country_of_form
    named = {forms.get(m.group(0)) for m in _CAPITALISED_WORD.finditer(doc.text, after.start,
                                                                       max(voice.cue.end, voice.speaker.end))
             if not doc.in_quote(m.start())} - {None}
    return speaker if named == {country} else ""


_THAT = re.compile(r"\s+that\b")


def _inside_reported(doc, act) -> bool:
    """ "She also said that Kyiv had asked …": ``act``'s speaker stands inside the content of another speaker's
    "said that" before it in the sentence (Kyiv is spoken of, it does not speak there)."""
    return any(o is not act and o.speaker.end <= o.cue.end <= act.speaker.start
               and o.speaker.speaker != act.speaker.speaker and _THAT.match(doc.text, o.cue.end)
               for o in doc.speech.acts_in(act.sentence[0]))


_SUMMARY_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def summary_stems(text: str) -> set:
    """The words of ``text`` of four letters or more, cut to five ("defenders" ~ "defending"), but function words."""
    return {w.lower()[:5] for w in _SUMMARY_WORD.findall(text) if w.lower() not in FUNCTION_WORDS}


def country_stems() -> frozenset:
    """:func:`summary_stems` of every way ``data/countries.csv`` writes a country (the words a headline shares with a
    body claim leave them aside; built once, rv23fixb)."""
    return vocab.compiled("country_stems", ("countries",),
                          lambda: frozenset(summary_stems(" ".join(vocab.country_forms()))))


#: A figure distinctive enough to tie two sentences: three digits or more ("45,680", "200,000", "1,345"; not "12", not a
#: decimal's part, not a code's "A300"). Read by summed_up_by and by the claims' dating of a restated figure.
FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]|\.\d)|(?<![\w.,])\d{3,}(?![\w,]|\.\d)")


#: a second voice's clause opening: "…, while Russia's defence ministry said", "…; Kyiv said", "…, but the army said"
_SECOND_VOICE_BEFORE = re.compile(r"(?:[,;]\s*(?:while|whereas|and|but)?|\s(?:while|whereas))\s*$")


def _own_clause(doc, act) -> tuple[int, int]:
    """The span of ``act``'s sentence that is its own: the whole sentence, or, when another voice speaks in it, from
    the sentence's start (or from its speaker, when a clause break opens it) up to the next voice's speaker."""
    a, b = act.sentence
    others = [o for o in doc.speech.acts_in(a) if o is not act and o.speaker.speaker != act.speaker.speaker]
    if not others:
        return a, b
    after = [o.speaker.start for o in others if act.cue.end <= o.speaker.start < b
             and _SECOND_VOICE_BEFORE.search(doc.text, max(a, o.speaker.start - 12), o.speaker.start)]
    before = [o for o in others if o.cue.end <= act.speaker.start]
    if before and _SECOND_VOICE_BEFORE.search(doc.text, max(a, act.speaker.start - 12), act.speaker.start):
        a = act.speaker.start
    return a, min(after, default=b)


def summed_up_by(doc, sentence, act, country: str, chosen: str, least: int = 1, end: int | None = None) -> str:
    """The body speaker whose sentence shares the most words with the headline's clause after ``act``'s verb
    (to the next semicolon, or to ``end``), when it shares more than ``chosen``'s sentences do; "" otherwise.
    Speakers the table gives another country are left out."""
    text = doc.text
    end = text.find(";", act.cue.end, sentence.end) if end is None else end
    own = summary_stems(" ".join(f for f, (c, _) in vocab.country_forms().items() if c == country))
    clause = summary_stems(text[act.cue.end:end if end >= 0 else sentence.end]) - own  # (", says Russia": nothing after)
    if not clause:  # "Avdiivka holds as Russia loses dozens of tanks, Kyiv says": the words before it
        clause = summary_stems(text[sentence.start:min(act.speaker.start, act.cue.start)])
    clause -= own
    if not clause:
        return ""
    who = _mentions.people()
    scores: dict[str, int] = {}
    # a figure of three digits or more the clause states ("a record 45,680 troops") weighs as three words: the body's
    # sentence with the same figure is the statement summed up (sk25)
    figures = set(FIGURE.findall(text[act.cue.end:end if end >= 0 else sentence.end]))
    for later in doc.speech.acts:
        name = later.speaker.speaker
        if not name and later.speaker.how == "unresolved role" and later.sentence[0] >= doc.headline_end:
            # "Russia's defence ministry said …": the table's institution the layer left unnamed
            name = table_label(later.speaker.as_written.strip())
            name = name if name in who.speakers else ""
        if later.sentence[0] < doc.headline_end or not name or later.speaker.how == "country" \
                or later.sentence[0] == sentence.start:  # (a deck's own voices are no body's)
            continue
        if _in_summary(doc, later.sentence[0]):
            continue  # (a summary's bullets are no body either)
        known = who.speakers.get(name)
        if known is not None and known.country != country or speaker_kind(name) == "media":
            continue
        # (the whole sentence but the speaker's words: the content may stand before or after the verb; with another
        # voice in it, "The Kremlin said …, while Russia's defence ministry said …", each voice's own clause, sk33)
        a, b = _own_clause(doc, later)
        shared = len(clause & (summary_stems(text[a:b]) - summary_stems(text[later.speaker.start:later.speaker.end])))
        if figures:
            shared += 3 * len(figures & set(FIGURE.findall(text, later.sentence[0], later.sentence[1])))
        scores[name] = max(scores.get(name, 0), shared)
    if not scores:
        return ""
    best = max(scores, key=lambda n: scores[n])  # (the first in body order among equals)
    return best if scores[best] > scores.get(chosen, 0) and scores[best] >= least else ""




#: The speaker's own forces as the subject of what it reports ("its forces", "its troops", "our army").
_OWN_FORCES = vocab.TablePattern("own_forces", ("force_nouns",), lambda: (
    r"\s+(?:that\s+)?(?:its|their|our)\s+(?:\w+\s+)?(?:" + trie_pattern(vocab.force_nouns("speaks_as_military"), spaces=True)
    + r")\b"), re.IGNORECASE)


def country_name_forms() -> list[tuple[re.Pattern, str, bool]]:
    """(regex, country, is a capital) for every country name and capital of data/countries.csv."""
    def build():
        forms = []
        for r in vocab.table("countries").itertuples():
            for column, capital in (("names", False), ("capitals", True)):
                for form in vocab.split_forms(getattr(r, column, "") or ""):
                    forms.append((re.compile(r"\b" + re.escape(form) + r"\b"), r.country, capital))
        return forms
    return vocab.compiled("country_name_forms", ("countries",), build)


#: whom a conduit cites: "the defence ministry", "Ukraine's General Staff" (up to six words)
_CITED = r"(?P<who>(?:(?:the|a|an|its)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5}?)"
#: "…, TASS reported, citing the defence ministry.": whom the agency cites.
_CITING = re.compile(r"\s*,?\s*(?:citing|quoting)\s+" + _CITED + r"\s*(?=[,.;]|$)",
                     re.IGNORECASE)


#: "TASS, citing the defence ministry, reported": the source between the conduit and its verb.
_CITING_BEFORE = re.compile(r"\s*,\s*(?:citing|quoting)\s+" + _CITED + r"\s*,\s*", re.IGNORECASE)
#: "Citing military sources, Reuters reported …": the source fronted before the conduit.
_CITING_FRONTED = re.compile(r"\s*(?:[Cc]iting|[Qq]uoting)\s+" + _CITED + r"\s*,\s*(?:the\s+)?$")
_THAT_OR_END = re.compile(r"\s*(?:[.;]|$|,?\s*that\b)")


def cited_by_media(doc, sentence, act):
    """ "Russian troops have taken X, TASS reported, citing the defence ministry": a news agency is a
    conduit; the source it cites speaks (read as written); the act unchanged otherwise."""
    if act.speaker.start > act.cue.start:
        return act
    media = speaker_kind(act.speaker.speaker) == "media"
    citing = _CITING.match(doc.text, act.cue.end, sentence.end)
    strict = citing is None or not media  # a new shape or an outlet the table does not know: a known source only
    if citing is None:  # "TASS, citing the defence ministry, reported …", "Citing the General Staff, Reuters reported"
        citing = _CITING_BEFORE.fullmatch(doc.text, act.speaker.end, act.cue.start) \
            or _CITING_FRONTED.match(doc.text, sentence.start, act.speaker.start)
        if citing is not None and not (media or act.speaker.how == "unknown name"):
            return act
    elif not (media or act.speaker.how == "unknown name" and _THAT_OR_END.match(doc.text, citing.end())):
        return act  # (an outlet the table does not know: "…, the Wall Street Journal reported, citing …")
    if citing is None:
        return act
    cited = _cited_source(doc, sentence, act, citing)
    if strict and not cited.speaker:
        return act  # "Citing military sources, RIA Novosti reported": a vague source leaves the outlet speaking
    return replace(act, speaker=cited)


def _cited_source(doc, sentence, act, citing):
    """The source a conduit cites, as a mention (its label empty when no table row names it)."""
    a, b = citing.span("who")
    known = [m for m in speech_mentions_between(doc, a, b) if m.speaker and m.how in ("name", "title")]
    if known:
        return known[0]
    # "…, citing the defence ministry": the source the layer never read; its country from the forces
    # the report opens with, when the table knows that institution so
    written = table_label(label_as_written(re.sub(r"^(?:unnamed|anonymous)\s+", "", doc.text[a:b])))
    named = own_country_label(doc, sentence, written)
    conduit = _mentions.people().speakers.get(act.speaker.speaker)
    if named == written and conduit is not None and conduit.country:
        # "TASS, citing the defence ministry, reported …": the source of the agency's own country
        demonyms = [f for f, (c, kind) in vocab.country_forms().items() if c == conduit.country and kind == "demonym"]
        named = next((label for d in demonyms if (label := table_label(f"{d} {written}")) != f"{d} {written}"),
                     written)
    return _mentions.Mention(a, b, named if named != written else "",
                             doc.text[a:b] if named != written else written, "unnamed source")
