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
from saidvsdone import vocab
from saidvsdone.mentions import NATIONAL_GROUP, label_as_written

__all__ = ["cited_by_media", "speaker_kind", "speech_mentions_between", "table_label", "own_country_label",
           "country_labels", "DEMONYM_FORCES", "EXPERTS_AT", "INSTITUTION_HEADS"]


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
DEMONYM_FORCES = re.compile(r"\s*(?:the\s+)?(?P<demonym>[A-Z][\w’'-]+)\s+(?:forces|troops|army|military|units|soldiers|"
                             r"air\s+defen[cs]es?)\b")


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
    if owner and len(candidates) > 1 and owner.group(2).split()[-1].lower() in INSTITUTION_HEADS \
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
#: Head nouns of an institution's proper name ("Defence Ministry", "Southern Command", "Navy").
INSTITUTION_HEADS = frozenset("ministry staff command navy fleet service agency committee council intelligence "
                               "guard headquarters administration office department".split())


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
