"""Headlines: the stance verbs of a headline, its subject resolved to the body's speaker, a signature after a dash, and
the body's label for a headline's speaker."""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from bisect import bisect_left
from dataclasses import replace
from types import SimpleNamespace

import pandas as pd

from saidvsdone import english, vocab
from saidvsdone import mentions as _mentions
from saidvsdone import speech as _speech
from saidvsdone.speech import Cue, SpeechAct, cue_table, inflections, same_one
from saidvsdone.mentions import Mention
from saidvsdone.mentions import label_as_written as _label_as_written
from saidvsdone.citing import (
    country_labels as _country_labels, institution_heads as _institution_heads, table_label as _table_label,
    speaker_kind as _kind_of, speech_mentions_between as _mentions_between,
)
from saidvsdone.citing import (
    deck as _deck, subhead_lines as _subhead_lines, summary_stems as _stems5, summed_up_by as _summed_up_by,
    country_stems as _country_stems,
)
from saidvsdone.matcher import trie_pattern, whole_word_at

from ._vocabulary import _words
from ._voices import _ITS_INSTITUTION, _numbered_formations, _plural_cue_heads, _plural_heads, _quotes_in


#: What turns an object cue into a statement: a content clause right after it ("complained that …", "describe how …")
_OBJECT_CLAUSE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:that|how|what|why|whether|when)\b")
#: … or an "as" complement before the sentence ends ("describe the assaults as relentless")
_AS_COMPLEMENT = re.compile(r"\bas\b")
#: … but no comparative ("outgunned by as much as six to one", "as well as")
_AS_COMPARATIVE = re.compile(r"\bas\s+(?:much|many|well|far|long|soon|little|few|often)\s+as\b")
#: "complained about/of/over …": a bare object for certain (a clause with no "that" may follow "complained" alone)
_OBJECT_PREPOSITION = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:about|of|over)\b")


def _object_only(text: str, act, s_end: int, words) -> bool:
    """An ``object_cue`` of ``claim_words.csv`` ("describe", "complain") said by an unnamed group that is no
    ``plural_voice`` of ``speech_words.csv`` ("soldiers", "units", "residents"), with a bare object and no clause after
    it: "Soldiers back from the front describe trenches full of water", "Several units have complained about rotations"."""
    cue = act.cue.text.lower()
    if cue not in words.object_cues or act.speaker.speaker or act.speaker.how != "unnamed source":
        return False
    written = act.speaker.as_written.split()
    heads = [w.lower().strip(",") for w in written]
    if not heads or any(h in _plural_heads() for h in heads):
        return False
    if _OBJECT_CLAUSE.match(text, act.cue.end, s_end):
        return False
    if cue.startswith("complain"):
        return _OBJECT_PREPOSITION.match(text, act.cue.end, s_end) is not None
    rest = _AS_COMPARATIVE.sub(" ", text[act.cue.end:s_end])
    return _AS_COMPLEMENT.search(rest) is None


def _stated_clause(text: str, written: str, cue: str = "") -> str:
    """What a headline's speaker (``written``, as the headline writes it) states after its verb ("… and his brigade
    says | it has destroyed …"); "" when the speaker closes the headline ("…, army says") or is not found. With the
    verb (``cue``), the speaker's words right before it, not an earlier rubric's ("Ukraine war latest: Russia claims
    …; Ukraine says …": the second "Ukraine") (hl9)."""
    at = text.find(written) if written.strip() else -1
    if at >= 0 and cue.strip():
        spoken = text.find(f"{written} {cue.strip()}")
        at = spoken if spoken >= 0 else at
    if at < 0:
        return ""
    rest = text[at + len(written):].split(None, 1)
    return rest[1] if len(rest) > 1 else ""


def _claim_stems(doc, claim: dict) -> set:
    """:func:`_stems5` of a claim's words, read once per document (the headline rules of this module score every body
    claim against each headline line; rv23fixb). The set is shared: never change it."""
    memo = doc.__dict__.setdefault("_headline_claim_stems", {})
    key = (claim["start"], claim["end"])
    stems = memo.get(key)
    if stems is None:
        stems = memo[key] = _stems5(doc.text[claim["start"]:claim["end"]])
    return stems


def _restated_by(doc, headline: dict, found: list[dict]) -> dict | None:
    """The dated body claim a headline restates when its speaker speaks nowhere in the body under that label ("Ukraine
    repelled 40 attacks, army says" over "Ukraine's army repelled 40 attacks …, a military spokesman said on Tuesday"):
    the one sharing the most words of four letters or more with the headline (countries aside; with what the speaker
    states after its verb alone when that holds three such words), at least three and more than any other; None
    otherwise."""
    countries = _country_stems()
    words = _stems5(doc.text[headline["start"]:headline["end"]]) - countries
    stated = _stated_clause(doc.text[headline["start"]:headline["end"]], headline.get("speaker_as_written", ""),
                            str(headline.get("cue") or ""))
    if len(_stems5(stated) - countries) >= 3:  # "He has commanded the sector since spring, and his brigade says it has
        words = _stems5(stated) - countries  # downed …": what the speaker states, not the deck's other clause
    scores = []
    for c in found:
        if not c["headline"] and not pd.isna(c["statement_date"]):
            scores.append((len(words & _claim_stems(doc, c)), c))
    scores.sort(key=lambda sc: -sc[0])
    if not scores or scores[0][0] < 3 or (len(scores) > 1 and scores[1][0] == scores[0][0]
                                          and scores[1][1]["statement_date"] != scores[0][1]["statement_date"]):
        return None
    return scores[0][1]


#: a name's apposition after it: ", spokesman for Ukraine's eastern group of forces,"
_APPOSITION = re.compile(r",\s+[^,;:“”\"]{2,80}?(?=,|\s+(?:said|says|told)\b)")


def _side_of(doc, label: str, written: str = "") -> str:
    """The warring side of a speaker's label: the tables' country of a known speaker, else the side its words (or the
    words ``written``) name, else the side the body writes around its name ("Ukrainian army spokesman A B", "A B,
    spokesman for Ukraine's …"); "" when none."""
    side = _label_side(label) or _words_side(written)
    if side or " " not in label:
        return side
    for act in doc.speech.acts:
        if act.speaker.speaker == label and act.sentence[0] >= doc.headline_end and act.speaker.how != "pronoun":
            a, b = max(act.sentence[0], act.speaker.start - 40), act.speaker.end
            after = _APPOSITION.match(doc.text, b, act.sentence[1])
            side = _words_side(doc.text[a:after.end() if after is not None else b])
            if side:
                return side
    return ""


def _titled_for(doc, written: str, speaker: str) -> bool:
    """Whether the body writes the first word of a headline's speaker (``written``, a possessive's "'s" aside) in the
    title right before a name of ``speaker`` ("Hofburg spokesman Ivan Petrenko said"): the title rule
    (:func:`_titled_in_body`) read that headline and kept an institution that is no seat of power as its own voice.
    A side's word before the body's noun is no name ("Ukrainian navy says …" over "Ukrainian navy spokesman A B
    said …": the noun after it is read, a lower-case "navy" names no institution of its own) (hl10)."""
    words = re.sub(r"^(?:[Tt]he)\s+", "", written.strip()).split()
    forms = vocab.country_forms()
    if len(words) > 1 and words[0].removesuffix("'s").removesuffix("’s") in forms:
        words = words[1:]  # "Ukrainian navy": the side's word qualifies the body, it is no name of its own (hl10)
    head = words[:1]
    head = head[0].removesuffix("'s").removesuffix("’s").rstrip(":") if head else ""
    if not head[:1].isupper():
        return False
    for act in doc.speech.acts:
        if act.speaker.speaker == speaker and act.sentence[0] >= doc.headline_end and act.speaker.how != "pronoun":
            before = doc.text[max(act.sentence[0], act.speaker.start - 60):act.speaker.start].replace(",", " ").split()
            if any(w.removesuffix("'s").removesuffix("’s") == head for w in before[-4:]):
                return True
    return False


def _headline_restated_voice(doc, found: list[dict], kept: dict | None = None) -> None:
    """ "UKRAINE'S EASTERN COMMAND SAYS ABOUT 5,000 RUSSIAN TROOPS ENCIRCLED" over a body where only "A B, a spokesman
    for the eastern group of forces, said …" states it: a headline whose speaker (no person) speaks nowhere in the body
    under that label tells of the body statement it restates (:func:`_restated_by`: three words or more, more than any
    other), and takes that statement's speaker when it is of the same side or none (hl6). Earlier rules' choices stand
    (rv21c): a row ``kept`` ({id of a row: its label} that several body labels fit: "Ukrainian brigade says …" over two
    brigades), and a label the body writes as the title of the restating voice ("Hofburg spokesman A B", no seat). A
    headline country the body writes speaking as itself ("…, as Kyiv warns …" over "…, as Kyiv warned that …") keeps
    its label (:func:`_country_to_lede_voice` is not asked). The rows change in place."""
    body = {c["speaker"] for c in found if not c["headline"] and c["speaker"]}
    people = _mentions.people()
    kept = kept or {}
    governments = {label for labels in _country_labels().values() for label in labels}
    for claim in found:
        label = claim["speaker"]
        # (a country's label, "Russian government", is no person, though no table lists it: "Moscow … says …", hl14)
        if not claim["headline"] or not label or (_mentions.is_person(label, people) and label not in governments) \
                or kept.get(id(claim)) == label:
            continue
        counted = _counted_by(doc, claim, found)
        if counted:  # "Kyiv's army says it stopped 47 of 73 drones" over the air force's 73 and 47
            _new_voice(claim, counted)
            continue
        if label in body:
            continue
        restated = _restated_by(doc, claim, found)
        if restated is None or not restated["speaker"] \
                or _titled_for(doc, claim.get("speaker_as_written", ""), restated["speaker"]):
            continue
        side, other = _side_of(doc, label, claim.get("speaker_as_written", "")), _side_of(doc, restated["speaker"])
        if side and other and side != other:
            continue
        _new_voice(claim, restated["speaker"])
    as_itself: dict[tuple, list] = {}
    for c in found:
        if not c["headline"]:
            as_itself.setdefault((c["speaker"], c.get("speaker_as_written", "").strip()), []).append(c)
    for claim in found:
        written = claim.get("speaker_as_written", "").strip()
        itself = claim["headline"] and _itself_restated(doc, claim, as_itself.get((claim["speaker"], written), ()),
                                                        found)
        if claim["headline"] and written in vocab.country_forms() and written not in _seats() and not itself \
                and not any(c is not claim and c["headline"] and c["start"] == claim["start"] for c in found):
            # (one voice on the line: "Kremlin says … as Russia claims …" sums up two statements; a seat, "Kremlin",
            # speaks through its holder: _seat_holder)
            _country_to_lede_voice(doc, claim, found)
        elif claim["headline"] and not itself and (
                written in vocab.country_forms() and written not in _seats()
                or any(w.lower() in _plural_cue_heads() for w in written.split())):
            _clause_to_body_voice(doc, claim, found)
        elif claim["headline"] and (seat := _seat_named(written)):
            _seat_restating_voice(doc, claim, found, seat)
    # "Moscow blames Kyiv and says …": two verbs of one subject, each re-voiced to the same body voice, are one row of
    # that voice (a line has one row per speaker; the first kept) (hl13)
    seen: set = set()
    found[:] = [c for c in found if not c["headline"] or (c["start"], c["speaker"]) not in seen
                and not seen.add((c["start"], c["speaker"]))]


#: a count a headline states: two digits or more ("47 of 73 drones", "45,000"), not a year
_COUNT = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]|\.\d)|(?<![\w.,])(?!(?:19|20)\d\d\b)\d{2,}(?![\w,]|\.\d)")


def _counted_by(doc, claim: dict, found: list[dict]) -> str:
    """ "Kyiv's army says it stopped 47 of 73 drones at night" over "Ukraine's air force said … 73 drones …. It
    said 47 had been intercepted": a headline row whose own clause states counts (:data:`_COUNT`) tells of the body voice
    whose claims (of ``found``) state the most of them, of the row's side or none, more than any other voice and more
    than the row's own label's claims (a deck's count ties it to its statement more than a shared word does, hl14);
    "" otherwise."""
    clause = _headline_own_clause(doc, claim, claim.get("speaker_as_written", ""))
    figures = set(_COUNT.findall(clause))
    if not figures:
        return ""
    stated: dict[str, set] = {}
    for c in found:
        if not c["headline"] and c["speaker"]:
            stated.setdefault(c["speaker"], set()).update(figures & set(_COUNT.findall(doc.text, c["start"], c["end"])))
    own = len(stated.pop(claim["speaker"], ()))
    side = _side_of(doc, claim["speaker"], claim.get("speaker_as_written", ""))
    ranked = sorted(((len(v), k) for k, v in stated.items() if v and _side_of(doc, k) in (side, "")), reverse=True)
    if ranked and ranked[0][0] > own and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
        return ranked[0][1]
    return ""


def _itself_restated(doc, claim: dict, itself, found: list[dict] = ()) -> bool:
    """Whether the body claims ``itself``, where the body writes a headline row's speaker as the headline does ("Kyiv
    warned that …" under "…, as Kyiv warns …"), hold what the row's speaker states in its own clause: a word of four
    letters or more (countries aside) shared with one of them, or any of them when the clause is empty ("…, Kyiv
    says"). "Moscow has said the offensive has stalled" in a background paragraph tells nothing of "Moscow blames
    'detonation' of munitions" in the title (hl13). Nor does a background "…, which Kyiv denied" sharing one word
    ("region") when another body voice of the same side (of the claims ``found``) shares more of the clause ("Kyiv
    says Moscow insisted on a pullout from three provinces" over "Ukraine's foreign minister, A B, said Moscow had
    insisted on the pullout … from three provinces", hl14)."""
    if not itself:
        return False
    words = _stems5(_headline_own_clause(doc, claim, claim.get("speaker_as_written", ""))) - _country_stems()
    if not words:
        return True
    own = max(len(words & _claim_stems(doc, c)) for c in itself)
    side = _side_of(doc, claim["speaker"], claim.get("speaker_as_written", ""))
    others = _overlap_by_speaker(doc, words, found, lambda c: bool(c["speaker"]) and c["speaker"] != claim["speaker"]
                                 and _side_of(doc, c["speaker"]) in (side, ""))
    return own > 0 and own >= max(others.values(), default=0)


def _bare_group_of_the_title(claim: dict, found: list[dict]) -> bool:
    """ "Russian war dead near 270,000, U.S. officials estimate" over a deck "New figures suggest …, officials say":
    a deck's bare group in the plural is the group an earlier headline line qualified ("U.S. officials"), when one
    voice only wrote that noun there; the row takes its label (True), else nothing changes (False) (hl8)."""
    written = claim["speaker_as_written"].strip()
    if " " in written or not written.lower() in _plural_cue_heads():
        return False
    noun = written.lower()
    titled = {c["speaker"] for c in found if c["headline"] and c["start"] < claim["start"] and c["speaker"]
              and " " in (c.get("speaker_as_written") or "").strip()
              and (c.get("speaker_as_written") or "").strip().lower().endswith(" " + noun)}
    if len(titled) != 1 or claim["speaker"] in titled:
        return False
    _new_voice(claim, titled.pop())
    return True


#: a possessive in a label: a name the speech layer left as written ("Ukraine's southern defence forces")
_POSSESSIVE = re.compile(r"[’']s\s")

#: a headline's next clause opening right after a speaker's verb ("…, officials say, while …")
_NEXT_CLAUSE = re.compile(r"(?:while|whereas|as|but|amid|after|and)\b")


def _clause_to_body_voice(doc, claim: dict, found: list[dict]) -> None:
    """ "Moscow says X; Ukrainian commanders say the offensive has lost momentum" over a body where a colonel says
    Russia's offensive had lost momentum, or "Pro-Kremlin dailies say the counteroffensive has stalled in the steppe"
    over "Izvestia runs the headline 'Offensive stalls in the steppe'": a headline country on a line of two voices,
    or a group in the plural, tells the body claim that restates what it states in its own clause (up to the next
    voice's clause), sharing a word or more with it (four letters or more, countries aside), more than any other
    body voice (of its side or none; for a group, none of the tables' institutions and officials) and more than any
    claim of the speaker it was resolved to (hl8; one word since hl9: "…, as Ukraine says it thwarted a major assault"
    over "Ukrainian officials said the assault had been thwarted", the clause of a two-voice line is short). The row
    changes in place."""
    forms = vocab.country_forms()
    written = claim["speaker_as_written"].strip()
    if _bare_group_of_the_title(claim, found):
        return
    side = forms[written][0] if written in forms else _side_of(doc, claim["speaker"], written)
    line = doc.text[claim["start"]:claim["end"]]
    clause = _headline_own_clause(doc, claim, claim["speaker_as_written"])
    if _NEXT_CLAUSE.match(clause):  # "…, officials say, while Kyiv keeps its toll secret": nothing of theirs after
        clause = ""
    if not clause and written in line \
            and not any(c is not claim and c["headline"] and c["start"] == claim["start"] for c in found):
        clause = line[:line.index(written)]  # "New figures suggest losses have climbed, officials say": all before it
    words = _stems5(clause) - _country_stems()
    if not words:
        return
    # (a body's "Ukraine said" is no voice of its own: the body's institution behind it is)
    scores = _overlap_by_speaker(doc, words, found, lambda c: bool(
        c["speaker"]) and (c.get("speaker_as_written") or "").strip() not in forms)
    own = scores.pop(claim["speaker"], 0)
    sides = {side} if written in forms else {side, ""}  # a group of no side named speaks with any voice of no side
    known = _mentions.people().speakers if written not in forms else {}  # "Russian bloggers" are no ministry
    ranked = sorted(((n, label) for label, n in scores.items()  # (not a name the body left as written: "Ukraine's …")
                     if n >= 1 and not _POSSESSIVE.search(label) and label not in known
                     and _side_of(doc, label) in sides), reverse=True)
    if ranked and ranked[0][0] > own and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
        _new_voice(claim, ranked[0][1])
    elif ranked and ranked[0][0] > own and written in forms:
        # "…, Kyiv says Pokrovsk defenders hold on" over a round-up whose lede gives each side's voice ("Ukraine's
        # military said the same day that its troops still held …") and later paragraphs name Pokrovsk too: of the
        # voices that share as many words, the side's first in the body (its lede voice) (hl13)
        top = {label for n, label in ranked if n == ranked[0][0]}
        first = min((c for c in found if not c["headline"] and c["speaker"] and _side_of(doc, c["speaker"]) in sides),
                    key=lambda c: c["start"], default={"speaker": ""})["speaker"]
        if first in top:
            _new_voice(claim, first)


def _headline_own_clause(doc, claim: dict, written: str) -> str:
    """What a headline row's speaker (``written``) states in its own clause: after its verb, up to the next clause's
    break ("Kremlin says talks were useful | as …"); "" when the speaker closes the line (rv23fixb, from hl8/hl9)."""
    clause = _stated_clause(doc.text[claim["start"]:claim["end"]], written, str(claim.get("cue") or ""))
    cut = _HEADLINE_CLAUSE_BREAK.search(clause)
    return clause[:cut.start()] if cut is not None else clause


def _overlap_by_speaker(doc, words: set, found: list[dict], accept) -> dict[str, int]:
    """{speaker: the most of the stems ``words`` one of its body claims shares}, over the body claims ``found`` that
    ``accept`` takes (rv23fixb, from hl8/hl9)."""
    scores: dict[str, int] = {}
    for c in found:
        if not c["headline"] and accept(c):
            scores[c["speaker"]] = max(scores.get(c["speaker"], 0), len(words & _claim_stems(doc, c)))
    return scores


def _country_to_lede_voice(doc, claim: dict, found: list[dict]) -> None:
    """ "Russian push stalls near X, Kyiv says" over "Russian attacks near X have lost momentum, a military spokesman
    said …" right under it, and the General Staff's count of clashes near Y further down: a headline country's
    statement is the one the body's first claim after the line makes (its speaker of that side), when that claim
    shares a word with the headline (four letters or more, countries aside) and no claim of the speaker the country
    was resolved to shares more (hl6; a speaker of no side counts none, hl14). The row changes in place."""
    forms = vocab.country_forms()
    side = forms[claim["speaker_as_written"].strip()][0]
    lede = next((c for c in sorted(found, key=lambda c: c["start"]) if not c["headline"] and c["start"] > claim["end"]
                 and c["speaker"]), None)
    if lede is None or lede["speaker"] == claim["speaker"] \
            or _side_of(doc, lede["speaker"], lede.get("speaker_as_written", "")) != side:
        return
    words = _stems5(doc.text[claim["start"]:claim["end"]]) - _country_stems()

    def shared(c: dict) -> int:
        return len(words & _claim_stems(doc, c))

    # (a voice of no side, "a lecturer at …", is no country's statement: its words weigh nothing against the side's,
    # "Ukraine says missiles wrecked helicopters" over a special forces' statement and an analyst's view, hl14)
    own = max((shared(c) for c in found if not c["headline"] and c["speaker"] == claim["speaker"]), default=0) \
        if _side_of(doc, claim["speaker"]) else 0
    if shared(lede) >= max(own, 1):
        _new_voice(claim, lede["speaker"])


def _seat_named(written: str) -> str:
    """The table's label of a seat of power a headline names alone ("Kremlin", "The White House"; the ``seat_of_power``
    words of data/speech_words.csv), "" for anything else ("Kremlin spokesman" is an office)."""
    words = re.sub(r"^(?:[Tt]he)\s+", "", written.strip()).split()
    if not words or words[0] not in _seats() or len(words) > 2 or len(words) == 2 and not words[1][:1].isupper():
        return ""
    label = _table_label(" ".join(words))
    known = _mentions.people().speakers.get(label)
    return label if known is not None and known.kind != "person" else ""


def _seat_restating_voice(doc, claim: dict, found: list[dict], seat: str) -> None:
    """ "Kremlin rules out ceasefire before 'root causes' addressed" over a body where the foreign minister says so and
    the spokesman speaks of something else; "Kremlin says open to settlement" over "The Kremlin said on Tuesday it
    remained open …" and its spokesman's other words: a headline's seat of power speaks with the body voice that
    restates what it states in its own clause (the words of four letters or more it shares, countries aside, two at
    least since rv23fixb: one shared word, "envoys", re-voiced "Kremlin says talks with US envoys were useful" to a
    minister speaking of something else; more than any other voice of the seat's country and more than the seat writing as itself in the body): a
    person of its country (rule 4 of the gold's label grammar: the seat's name unless the article ties the words to a
    person). Nothing changes when no person restates it, or two tie (hl9). The row changes in place. (Whether the
    seat's own body words, "The Kremlin said on Tuesday …" before its spokesman's quote, give the headline the seat's
    name or the spokesman's, the golds disagree: left as the earlier rules read it.)"""
    written = claim["speaker_as_written"].strip()
    people = _mentions.people()
    side = people.speakers[seat].country if seat else ""
    if not side:
        return
    words = _stems5(_headline_own_clause(doc, claim, written)) - _country_stems()
    if not words:
        return
    scores = _overlap_by_speaker(doc, words, found, lambda c: bool(c["speaker"]) and (
        c["speaker"] == seat or _mentions.is_person(c["speaker"], people) and _label_side(c["speaker"]) == side))
    best = max(scores.values(), default=0)
    top = [label for label, n in scores.items() if n == best]
    if best >= 2 and len(top) == 1 and top[0] != seat:
        _new_voice(claim, top[0])


def _new_voice(claim: dict, speaker: str) -> None:
    """A headline row's speaker changed to ``speaker``: a day it took from the old speaker's body statements is
    dropped (the body's day of the new one is read after: ``_headline_body_dates``); nothing changes when the speaker
    is the same. The rules of this module that give a headline row the voice of another statement go through here
    (hl9: "…; Russian bloggers say …" given the channel whose quotes it repeats kept the day of the voice first
    read); the main voice and a role's holder keep their own handling (the role first read may be the same person's
    lede, hl5)."""
    if claim["speaker"] == speaker:
        return
    claim["speaker"] = speaker
    if str(claim.get("date_basis", "")).startswith(("same speaker", "body:")):
        claim["statement_date"], claim["date_basis"] = pd.NaT, "no day given"


#: a proper name in a speaker's label ("Khortytsia" in "Khortytsia group of forces")
_LABEL_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _speaks_for(doc, written: str, label: str, people) -> bool:
    """Whether the body's person ``label`` speaks for the institution a headline names (``written``, its words as the
    headline writes them, two or more: "Defence Ministry"): the person's office in data/speakers.csv holds those words
    ("defence ministry spokesman"), or the body introduces the person by them right before the name ("Defence Ministry
    spokesman Lieutenant-General A B said")."""
    words = re.sub(r"^(?:[Tt]he)\s+", "", written.strip()).lower().replace("defense", "defence")
    if len(words.split()) < 2 or not _mentions.is_person(label, people):
        return False
    known = people.speakers.get(label)
    if any(words in r.lower().replace("defense", "defence") for r in getattr(known, "roles", ())):
        return True
    return _titled_for(doc, written, label)


def _headline_restated_days(doc, found: list[dict]) -> None:
    """ "Defence Ministry: allied forces close in on X, four more villages taken this week" over a Friday briefing
    where "Defence Ministry spokesman A B said … taken four more villages around X this week" and the ministry's
    Thursday statement on something else: a headline whose day was read from its speaker's body statements (or
    none was) tells of the body statement that restates it, whose day it takes: among the statements of its speaker
    and of the persons who speak for the institution it names (:func:`_speaks_for`), the one sharing the most words
    of four letters or more with the headline (countries aside), three at least and more than any other (hl9). A
    person's headline keeps the day read before (a person speaks on occasions of their own). The claims ``found``
    change in place; a step of ``_claims_in`` after ``_headline_body_dates``. (Each body claim's words are read once,
    and whether a person speaks for the institution only for the claims that share three words: a live page has
    hundreds of headline lines, issue 17.)"""
    people = _mentions.people()
    lines = [c for c in found if c["headline"] and c["speaker"] and not _mentions.is_person(c["speaker"], people)
             and str(c.get("date_basis") or "").startswith(("same speaker", "body:", "no day given"))]
    body = [c for c in found if not c["headline"] and c["speaker"]]
    if not lines or not body:
        return
    countries = _country_stems()
    body_words = [_claim_stems(doc, c) for c in body]
    speaks_for: dict[tuple, bool] = {}
    for claim in lines:
        written = (claim.get("speaker_as_written") or "").strip()
        words = _stems5(doc.text[claim["start"]:claim["end"]]) - countries
        scored = []
        for c, stems in zip(body, body_words):
            n = len(words & stems)
            if n < 3:
                continue
            key = (written, c["speaker"])
            if c["speaker"] != claim["speaker"] and key not in speaks_for:
                speaks_for[key] = _speaks_for(doc, written, c["speaker"], people)
            if c["speaker"] == claim["speaker"] or speaks_for[key]:
                scored.append((n, c))
        scored.sort(key=lambda sc: -sc[0])
        if not scored or len(scored) > 1 and scored[1][0] == scored[0][0]:
            continue
        restating = scored[0][1]
        if pd.isna(restating["statement_date"]) or restating["statement_date"] == claim["statement_date"]:
            continue
        claim["statement_date"] = restating["statement_date"]
        claim["date_basis"] = f"body, the statement it restates: {restating['date_basis']}"


def _headline_block_side_dates(doc, found: list[dict]) -> None:
    """The title, deck and summary bullets tell one story: a voice of that block (an institution, a country, a
    group; not a person, who speaks on occasions of their own) whose statement no day fixes (its body claims have no
    day and no cue of another occasion such as "earlier") takes the day of the block's other line's voice of the
    same warring side, when that side's voices there were heard on one day only ("Moscow claims X as Ukraine denies
    encirclement" over a deck "…, but Ukrainian commanders insist …" whose commander spoke on Wednesday); a voice of
    the same name first ("Khortytsia group" after "Khortytsia group of forces") (the claims ``found``, changed in
    place; a step of ``_claims_in`` after ``_headline_body_dates``; hl8)."""
    body = min((c["start"] for c in found if not c["headline"]), default=len(doc.text))  # the lines above the body
    block = [c for c in found if c["headline"] and c["start"] < body]
    if len(block) < 2:
        return
    sides, people = {}, _mentions.people()
    for claim in block:
        if claim["speaker"] not in sides:
            sides[claim["speaker"]] = _side_of(doc, claim["speaker"], claim.get("speaker_as_written") or "")
    for claim in block:
        if not pd.isna(claim["statement_date"]) or not str(claim.get("date_basis") or "").startswith("no day given") \
                or not sides[claim["speaker"]]:
            continue
        if _mentions.is_person(claim["speaker"], people) or any(
                not c["headline"] and c["speaker"] == claim["speaker"]
                and (not pd.isna(c["statement_date"]) or not str(c.get("date_basis") or "").startswith("no day given"))
                for c in found):
            continue  # a person speaks on occasions of their own; "Earlier, …" in the body is another occasion
        voices = [c for c in block if c["start"] != claim["start"] and not pd.isna(c["statement_date"])
                  and sides[c["speaker"]] == sides[claim["speaker"]]
                  and not str(c.get("date_basis") or "").startswith("headline block")]
        names = set(_LABEL_NAME.findall(claim["speaker"]))
        days = {c["statement_date"] for c in voices if names & set(_LABEL_NAME.findall(c["speaker"]))}
        if len(days) != 1:  # "Kyiv says …" over "• Ukraine's Khortytsia group says …": the unit's own title voice first
            days = {c["statement_date"] for c in voices}
        if len(days) == 1:
            claim["statement_date"] = days.pop()
            claim["date_basis"] = "headline block: the same side's day"


def _headline_to_body_label(found: list[dict], bodies: set = frozenset()) -> dict:
    """ "General Staff reports …", "Southern command says …" over a body whose claims speak as "Ukrainian General Staff",
    "Ukrainian Southern Command": a headline speaker no body claim has takes the one body label that holds the words
    the title wrote, in order; failing that, the one of ``bodies`` (institutions the speech layer heard: "Air Force: …"
    over "This was stated by the spokesman for Ukraine's Air Force, A B"). Returns {id of a headline row: its label}
    for the rows that several body labels fit ("Ukrainian brigade says …" over two brigades): their words name a kind,
    kept as written (:func:`_headline_restated_voice` leaves them, rv21c)."""
    body = {c["speaker"] for c in found if not c["headline"] and c["speaker"]}
    several = {}
    for claim in found:
        # a bare group ("…, officials say") that a body row left bare too ("…, they said") takes the one label of the
        # group the body qualifies ("U.S. officials said on Thursday"; hl7)
        bare_group = claim["headline"] and claim["speaker"].islower() and claim["speaker"] in body
        if not claim["headline"] or (claim["speaker"] in body and not bare_group):
            continue
        labels = body - {claim["speaker"]} if bare_group else body
        words = [w for w in claim.get("speaker_as_written", "").lower().split() if w != "the"]
        if not words:
            continue
        fits = [label for label in labels if f" {' '.join(words)} " in f" {label.lower().replace('(', ' ')} "]
        if not fits:  # "UK intel: …" over the body's "UK Defence Intelligence": a word cut short
            # (a word of three letters or fewer is whole: "UK" is no cut "Ukrainian")
            fits = [label for label in labels if all(any(v.startswith(w) if len(w) > 3 else v == w
                                                       for v in label.lower().replace("(", " ").split())
                                                   for w in words)]
        bare = [w for w in words if vocab.country_forms().get(w.capitalize(), ("", ""))[1] not in ("demonym", "country")]
        if not fits and bare and len(bare) < len(words) and bare[-1] in vocab.formation_words("speaker_again"):
            # "Ukrainian brigade says …" over "The 63rd Mechanized Brigade said": the one body of that kind, the
            # nationality the title adds no part of its label (a formation's kind that names it again, as "the brigade
            # said" does: data/armed_units.csv, use speaker_again)
            fits = [label for label in labels if label.lower().endswith(" " + " ".join(bare))]
        if not fits and words == ["army"]:  # "…, army says" over a body where "the Ukrainian military said"
            fits = [label for label in labels if label.lower().endswith(" military")]
        if not fits:  # "…, Commander Says" over "a Ukrainian commander told RFE/RL" (labelled by his call sign): as written
            fits = sorted({c["speaker"] for c in found if not c["headline"] and c["speaker"] and set(words)
                           <= set(re.findall(r"[\w-]+", c.get("speaker_as_written", "").lower()))})
        if not fits and bodies and claim["speaker"].lower() == " ".join(words) \
                and claim["speaker"] not in vocab.country_forms():  # (an unresolved name: "Air Force", not "Russia")
            fits = [label for label in bodies if label not in body and label not in vocab.country_forms()
                    and f" {' '.join(words)} " in f" {label.lower().replace('(', ' ')} "]
        if len(fits) == 1:
            _new_voice(claim, fits[0])
        elif len(fits) > 1:
            several[id(claim)] = claim["speaker"]
    return several


#: where a body presented a document: "said in a report published on Monday", "published a study", "in its new
#: assessment" (``{noun}`` the document's noun)
_PRESENTED = (r"\b(?:in|published|released|issued|presented|launched|put\s+out)\s+(?:a|an|its|their|the)\s+"
              r"(?:[\w-]+\s+){{0,3}}?{noun}\b")


def _headline_group_quoted(doc, found: list[dict]) -> None:
    """ "…; Russian bloggers say the push is going 'faster than anyone planned'" over a body voice that wrote those words
    in quote marks: a headline's unnamed group (a ``plural_voice`` or ``side_voice`` word of data/speech_words.csv, as
    written) takes the one speaker the speech layer gives the quotes of its clause (a deck's group gives way to the
    body's named voice of the same words: ``attribution``, sk26). The rows' labels change in place (cl18; read from
    the speech layer since rv16)."""
    words = vocab.speech_words()
    groups = words["plural_voice"] | words["side_voice"]
    for claim in found:
        written = claim.get("speaker_as_written", "")
        if not claim["headline"] or not written.split() or written.split()[-1].lower() not in groups:
            continue
        at = doc.text.find(written, claim["start"], claim["end"])
        if at < 0:
            continue
        end = doc.text.find(";", at, claim["end"])
        speakers = {reading.speaker for _, reading in _quotes_in(doc, at + len(written), claim["end"] if end < 0 else end)
                    if reading.speaker}
        if len(speakers) == 1:
            _new_voice(claim, speakers.pop())


def _presented_in_body(doc, written: str) -> bool:
    """Whether ``written`` ends in a document's noun (a ``statement_noun`` or ``not_a_person``) that the body says a
    speaker presented ("said in a report", "published a study")."""
    words = vocab.speech_words()
    last = written.lower().split()[-1] if written.split() else ""
    if last not in words["statement_noun"] and last not in words["not_a_person"]:
        return False
    return re.compile(_PRESENTED.format(noun=re.escape(last)), re.IGNORECASE).search(doc.text, doc.headline_end) \
        is not None


_ROLE_WORD = re.compile(r"[\w-]+")
#: the words a role's introduction may add or leave out ("a spokesman for Ukraine's General Staff")
_ROLE_GLUE = frozenset(("the", "a", "an", "of", "for", "at", "in", "s"))


def _role_words(written: str) -> list[str]:
    """A role as written, in lower-case words, a possessive's "s" a word ("Ukraine’s General Staff" → ["ukraine",
    "s", "general", "staff"])."""
    return _ROLE_WORD.findall(written.replace("’", "'").replace("'s", " s").lower())


def _headline_role_words(written: str) -> tuple[str, set]:
    """(the head noun, the other words but glue and countries) of a headline's role as written ("General Staff
    spokesman" → ("spokesman", {"general", "staff"}); "The head of Finnish military intelligence" → ("head",
    {"military", "intelligence"}))."""
    forms = vocab.country_forms()
    words = _role_words(written)
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    head = words[:words.index("of")][-1:] if "of" in words else words[-1:]
    rest = {w for w in words if w not in _ROLE_GLUE and w.capitalize() not in forms} - set(head)
    return (head[0] if head else ""), rest


def _headline_role_main_voice(doc, found: list[dict]) -> None:
    """ "General Staff spokesman: …" over a body whose lede's "a spokesman for Ukraine's General Staff" is named below
    (A B); "Intelligence chief: Russia has stripped its border …" over a body where "Brigadier General A B told …"
    speaks throughout: a headline's one role holder (its head noun a ``title_word`` or an ``unnamed_person`` of
    data/speech_words.csv: "chief", "head of …", "secretary", "spokesman") is the speaker of the first body claim
    written with the head noun and every other word of the role (countries aside); failing that, when its label
    no body speaker has and no table knows, the body's main voice, the one person who speaks most in the body (three
    statements at least, more than anyone else) (hl5). The rows' labels change in place."""
    people = _mentions.people()
    body_rows = [c for c in found if not c["headline"] and c["speaker"]]
    body = {c["speaker"] for c in body_rows}
    roles = _mentions.title_words() | vocab.speech_words()["unnamed_person"]
    main, body_words = None, None
    for claim in found:
        label = claim["speaker"]
        if not claim["headline"] or not label or label in _country_labels():
            continue
        head, rest = _headline_role_words(claim.get("speaker_as_written", ""))
        if head not in roles:
            continue
        if rest:  # (the head noun alone, "Spokesman: …", is anyone's)
            if body_words is None:  # each body row's words once, not once per headline line (issue 17, rv19)
                body_words = [set(_role_words(c.get("speaker_as_written", ""))) for c in body_rows]
            fits = [c for c, words in zip(body_rows, body_words) if {head} | rest <= words]
            # (a named speaker first: "Kharkiv's regional governor, A B, said" before a summary's unnamed "The
            # governor of the Kharkiv region said"; an unnamed one never replaces a body speaker already chosen)
            written = next((c for c in fits if not c["speaker"].endswith(" (unnamed)")), fits[0] if fits else None)
            if written is not None and written["speaker"].endswith(" (unnamed)") and label in body:
                written = None
            if written is not None:
                if written["speaker"] != label and str(claim.get("date_basis", "")).startswith("same speaker"):
                    # (a day read from the other speaker's statements: the new speaker's body day, below)
                    claim["statement_date"], claim["date_basis"] = pd.NaT, ""
                claim["speaker"] = written["speaker"]
                continue
        if label in body or label in people.speakers:
            continue
        if main is None:
            counts: dict[str, int] = {}
            for act in doc.speech.acts:
                name = act.speaker.speaker
                if act.sentence[0] >= doc.headline_end and name and " " in name \
                        and _mentions.could_be_person(name, people):
                    counts[name] = counts.get(name, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            main = ranked[0][0] if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) \
                else ""
        if main:
            claim["speaker"] = main  # (its day stays: the role read first is the main voice's lede, hl5)


def _headline_document_owner(doc, found: list[dict]) -> None:
    """ "Cross-party report says …", "New study finds …" over a body where "the X Committee said in a report …": a
    headline whose speaker is a document (a ``statement_noun`` or ``not_a_person`` of data/speech_words.csv) takes the
    label of the body claim that presented that document (the first). The rows' labels change in place (cl18)."""
    words = vocab.speech_words()
    body = [c for c in found if not c["headline"] and c["speaker"]]
    for claim in found:
        written = claim.get("speaker_as_written", "").lower().split()
        if not claim["headline"] or not written or (written[-1] not in words["statement_noun"]
                                                      and written[-1] not in words["not_a_person"]):
            continue
        presented = re.compile(_PRESENTED.format(noun=re.escape(written[-1])), re.IGNORECASE)
        for row in body:
            if presented.search(doc.text, row["start"], row["end"]):
                _new_voice(claim, row["speaker"])
                break


def _seat_to_unnamed_official(found: list[dict]) -> None:
    """ "Pentagon says …" over a body where only "a senior US defence official" speaks (the seat itself does not):
    the headline tells of that official's statement (an unnamed official of the seat's country)."""
    people = _mentions.people().speakers
    for claim in found:
        written = claim["speaker_as_written"].strip()
        if not (claim["headline"] and written and written.split()[0] in _seats()):
            continue
        if any(not c["headline"] and c["speaker"] == claim["speaker"] for c in found):
            continue
        country = people[claim["speaker"]].country if claim["speaker"] in people else ""
        officials = [c["speaker"] for c in found if not c["headline"] and c["speaker"].endswith(" (unnamed)")
                     and "official" in c["speaker"] and any(
                         vocab.country_forms().get(w, ("", ""))[0] == country for w in c["speaker"].split())]
        if country and officials:
            _new_voice(claim, officials[0])


def _country_to_unnamed_official(doc, found: list[dict]) -> None:
    """ "Ukraine says Russia is massing troops for new push on Sumy" over a lede where "a senior Ukrainian military
    official said" it and a named spokesman later speaks of something else: a headline country's claim is the side's
    unnamed official's when that official's body claim shares more of the headline's words (four letters or more,
    countries aside; two at least) than any body claim of the speaker the country was resolved to."""
    forms = vocab.country_forms()
    for claim in found:
        side = forms.get(claim["speaker_as_written"].strip(), ("", ""))[0]
        if not claim["headline"] or side not in ("Russia", "Ukraine"):
            continue
        words = _stems5(doc.text[claim["start"]:claim["end"]]) - _country_stems()

        def shared(c: dict) -> int:
            return len(words & _claim_stems(doc, c))

        own = max((shared(c) for c in found if not c["headline"] and c["speaker"] == claim["speaker"]), default=0)
        officials = [(shared(c), c["speaker"]) for c in found if not c["headline"]
                     and c["speaker"].endswith(" (unnamed)") and "official" in c["speaker"]
                     and any(forms.get(w, ("", ""))[0] == side for w in c["speaker"].split())]
        best = max(officials, key=lambda o: o[0], default=(0, ""))
        if best[0] >= 2 and best[0] > own:
            _new_voice(claim, best[1])


def _headline_role_holder(doc, act) -> str:
    """ "Russian advance 'on schedule', says top general" over a body where Gerasimov speaks: a headline's office with
    no side and no name written, of two words or more, that the tables give several people ("top general", "army
    chief"), is the one of them who speaks in the body; "" when none or several do."""
    written = re.sub(r"^(?:the|a|an)\s+", "", act.speaker.as_written.strip(), flags=re.IGNORECASE).lower()
    if act.speaker.speaker and act.speaker.speaker.lower() != written:
        return ""  # (resolved already; a Title Case "…, Says Top General" keeps its words as its label)
    if len(written.split()) < 2 or _words_side(act.speaker.as_written):
        return ""  # (a bare "Commander says …" is any commander: an office of two words or more only)
    people = _mentions.people().speakers
    holders = {name for name, p in people.items() if written in {r.lower() for r in getattr(p, "roles", ())}}
    speaking = {a.speaker.speaker for a in doc.speech.acts
                if a.sentence[0] >= doc.headline_end and a.speaker.speaker in holders}
    return next(iter(speaking)) if len(speaking) == 1 else ""


#: Words of an office that say only its rank, not its field ("chief", "top", "head"): the field's words are compared
#: (the ``office_rank`` words of data/speech_words.csv; the articles are the grammar's).
def _office_rank_words() -> frozenset:
    return vocab.speech_words()["office_rank"] | {"the", "a", "an"}


def _headline_office_words(doc, act, label: str) -> str:
    """ "Russian defence chief claims control of …" over a lede where "Defence Minister Andrei Belousov told …": a
    headline's office of one side that the tables do not know is the body's one person of that side introduced,
    before the verb he speaks with, by every word of the office's field ("defence"; "chief", "top" left out), not
    another side's "Wagner chief" who shares only the rank; "" when none or several are."""
    written = act.speaker.as_written.strip()
    side = _words_side(written)
    people = _mentions.people()
    if not side or (act.speaker.speaker in people.speakers and not _mentions.is_person(act.speaker.speaker, people)):
        return ""  # ("Russian MoD announces …": the ministry itself, not its spokesman)
    if act.speaker.how == "headline subject" and _speaks_in_body(doc, act.speaker.speaker):
        return ""  # ("Russian negotiator says …" read as the body's "A B, who led the Russian delegation": kept, hl14)
    forms = vocab.country_forms()
    field = {w.replace("defense", "defence") for w in re.findall(r"[a-z]+", written.lower())
             if w not in _office_rank_words() and w.capitalize() not in forms and w not in forms}
    field -= {w.lower() for w in re.findall(r"[A-Za-z]+", " ".join(f for f in forms if forms[f][0] == side))}
    if not field:
        return ""
    introduced = _body_people_introduced(doc, people.speakers)
    answers = doc.__dict__.get("_introduced_with_field")  # (per side and field, for the list read once: sp22)
    if answers is None or answers[0] is not introduced:
        answers = doc.__dict__["_introduced_with_field"] = (introduced, {})
    answers = answers[1]
    key = (side, frozenset(field))
    found = answers.get(key)
    if found is None:
        found = answers[key] = {name for country, name, before in introduced if country == side and field <= before}
    found = set(found)
    if not found and act.speaker.speaker not in people.speakers:
        # "Russian envoy tells UN council …" over "Russia's envoy, A B, said …": a person no table knows, introduced
        # with the side and every word of the office's field (cl19)
        side_words = {w.lower() for f in forms if forms[f][0] == side for w in re.findall(r"[A-Za-z]{3,}", f)}
        for later in doc.speech.acts:
            if later.sentence[0] < doc.headline_end or later.speaker.start > later.cue.start \
                    or later.speaker.how not in ("name", "unknown name") or len(later.speaker.speaker.split()) < 2:
                continue
            before = set(re.findall(r"[a-z]+", doc.text[later.sentence[0]:later.cue.start].lower()
                                    .replace("defense", "defence")))
            if field <= before and before & side_words:
                found.add(later.speaker.speaker)
    if act.speaker.speaker in found:
        return ""  # (the person already given is introduced so: kept)
    return next(iter(found)) if len(found) == 1 else ""


def _body_people_introduced(doc, speakers: dict) -> list:
    """(country, name, the words before the verb) of each body act whose speaker the tables know, spoken after the
    speaker's name, outside the headings: read once per document (a live blog's many headline acts ask for it)."""
    cached = getattr(doc, "_body_people_introduced", None)
    if cached is not None and cached[0] is speakers:
        return cached[1]
    headings = _subhead_lines(doc) | {_deck(doc)}
    found = []
    for later in doc.speech.acts:
        known = speakers.get(later.speaker.speaker)
        if later.sentence[0] < doc.headline_end or known is None \
                or doc.sentence_at(later.cue.start).paragraph in headings or later.speaker.start > later.cue.start:
            continue
        before = set(re.findall(r"[a-z]+", doc.text[later.sentence[0]:later.cue.start].lower().replace("defense", "defence")))
        found.append((known.country, known.name, before))
    doc._body_people_introduced = (speakers, found)
    return found


def _same_unnamed(doc, act) -> str:
    """The label of the earlier unnamed person "the official" / "the senior official" is, by the speech
    layer's one rule for quotes and claims (:func:`saidvsdone.speech.same_one`: nationality words agree,
    and after officials of two nationalities "the official" is nobody); "" for none."""
    earlier = same_one(doc.speech.introductions, act.speaker.as_written, act.speaker.start, _mentions.people())
    return _label_as_written(earlier[-1][1]) if earlier else ""


def _headline_verb_lemmas() -> dict[str, str]:
    """The headline verbs, each present "-s" form to its lemma ("contends" → "contend", "rules out" → "rule out"):
    every "-s" form of data/speech_cues.csv's speech verbs with the row's ``cue``, and the ``headline_verb`` lemmas of
    data/speech_words.csv (stance verbs the cue table leaves out or excludes as mostly nouns: "sees", "wants",
    "calls", "notes") with their "-s" form (built once per table)."""
    def build():
        lemma_of: dict[str, str] = {}
        for row in vocab.table("speech_cues").itertuples():
            if row.kind == "speech" and " " not in row.cue:
                # the cue, else a base form its row writes ("emphasize" of "emphasise"), whose "-s" form it is
                written = [row.cue.lower()] + [f.lower() for f in vocab.split_forms(row.forms)]
                for lemma in written:
                    for form in inflections(lemma):
                        lemma_of.setdefault(form, lemma)
                for form in written[1:]:
                    lemma_of.setdefault(form, written[0])  # an irregular form: the row's cue
        found = {f: lemma_of[f] for f, kind in cue_table()[0].items() if kind == "speech" and " " not in f
                 and f.endswith("s") and not f.endswith("ss") and f in lemma_of}
        for lemma in vocab.speech_words()["headline_verb"]:
            head, _, tail = lemma.partition(" ")
            present = next(f for f in inflections(head) if f.endswith("s"))  # "see" → "sees"
            found.setdefault((present + " " + tail).strip(), lemma)
        return dict(sorted(found.items(), key=lambda item: (-len(item[0]), item[0])))
    return vocab.compiled("headline_verb_lemmas", ("speech_cues", "speech_words"), build)


def _alternation_of(forms) -> str:
    """Longest first, a space matching a space."""
    return "|".join(re.escape(f).replace(r"\ ", " ") for f in sorted(set(forms), key=lambda f: (-len(f), f)))


def _headline_verbs() -> str:
    """The headline verbs, present "-s" forms ("says", "contends", "rules out"), longest first (built once per table)."""
    return vocab.compiled("headline_verbs", ("speech_cues", "speech_words"),
                          lambda: _alternation_of(_headline_verb_lemmas()))


def _headline_subject_re() -> re.Pattern:
    return vocab.compiled("headline_subject", ("speech_cues", "speech_words"), lambda: re.compile(
        r"(?:[‘'\"“][^’'\"”]{1,120}[’'\"”]\s*:\s*)?"                  # "‘Our goals will be fulfilled’: "
        r"(?P<who>(?:[A-Z][\w’'-]*\s+){0,3}?(?:[A-Z][\w’'-]*|(?:(?i:" + _spaced(_words_of("headline_modifier"))
        + r")\s+)?(?i:" + _spaced(_words_of("headline_subject")) + r")))\s+(?P<verb>(?i:" + _headline_verbs()
        + r"))\b"))


def _words_of(kind: str) -> frozenset:
    """The words of ``kind`` of data/speech_words.csv (lower case)."""
    return vocab.speech_words()[kind]


def _spaced(words) -> str:
    """A regex alternation of the words, longest first, a space in a row any run of spaces ("air force", "think
    tank"); "(?!)" when there are none."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


def _plural_verbs() -> frozenset:
    """The lemmas of the headline verbs, for a plural subject ("generals promise", "officials warn")."""
    return vocab.compiled("headline_plural_verb_set", ("speech_cues", "speech_words"),
                          lambda: frozenset(_headline_verb_lemmas().values()))


def _plural_headline_verbs() -> str:
    """The lemmas of the headline verbs as an alternation, longest first (built once per table)."""
    return vocab.compiled("headline_plural_verbs", ("speech_cues", "speech_words"),
                          lambda: _alternation_of(_plural_verbs()))


def _headline_plural_subject_re() -> re.Pattern:
    """ "Moscow's generals promise Pokrovsk by spring", "Ukrainian officials warn …": a plural speaking group (the
    ``plural_voice`` words of ``data/speech_words.csv``), a place after it or none ("commanders on the river"), and the
    base form of a headline verb."""
    return vocab.compiled("headline_plural_subject", ("speech_cues", "speech_words"), lambda: re.compile(
        r"(?P<who>(?:[A-Z][\w’'-]*\s+){0,3}?(?:(?i:" + _spaced(_words_of("group_modifier")) + r")\s+)?(?i:"
        + trie_pattern(_plural_heads(), ignore_case=True) + r"))\s+"
        # "Ukrainian commanders on the river insist …": a place after the group, no part of who it is
        r"(?:(?:on|in|at|near|along|inside|around)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?!(?i:" + _plural_headline_verbs()
        + r")\b)[\w’'-]+\s+)?"
        r"(?P<verb>(?i:" + _plural_headline_verbs() + r"))\b"))


def _words_side(words: str) -> str:
    """The warring side a group's words name ("Moscow's generals", "Russian-installed officials"), else ""."""
    for word in re.findall(r"[A-Z][a-z]+", words):
        country = vocab.country_forms().get(word, ("", ""))[0]
        if country in ("Russia", "Ukraine"):
            return country
    return ""


def _label_side(label: str) -> str:
    """The side of a speaker's label: the tables' country of a known speaker, else the warring side its words name
    (:func:`_words_side`), else ""."""
    known = _mentions.people().speakers.get(label)
    return known.country if known is not None and known.country else _words_side(label)


def _is_plural_match(match) -> bool:
    """A headline subject match whose verb is a lemma of the headline verbs ("generals **promise**"), not its "-s"
    form: the plural group's match."""
    return "verb" in match.re.groupindex and match.group("verb").lower() in _plural_verbs()


def _same_side(doc, who: tuple[int, int], mention) -> bool:
    """Whether a headline's plural group ("Moscow's generals promise …") and the body speaker it was resolved to are
    of one side (either unknown: yes)."""
    side = _words_side(doc.text[who[0]:who[1]])
    other = _label_side(mention.speaker)
    return not side or not other or side == other


def _headline_any_subject_re() -> re.Pattern:
    return vocab.compiled("headline_any_subject", ("speech_cues", "speech_words"), lambda: re.compile(
        r"(?P<who>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,7}?)\s+(?P<verb>(?:" + _headline_verbs() + r"))\s+(?=[\w‘'\"“])"))


_LEDE_WORD = re.compile(r"[A-Z][a-z’'-]{2,}")


def _signature_verbs() -> set[str]:
    """The present "-s" forms of the ``signature_verb`` lemmas of data/speech_words.csv ("says", "contends")."""
    return {next(f for f in _speech.inflections(lemma) if f.endswith("s"))
            for lemma in vocab.speech_words()["signature_verb"]}


#: a headline's signature after a comma, its verb first ("…, says SBU", "…, contends the ministry")
_HEADLINE_SAYS_TAIL = vocab.TablePattern("headline_says_tail", ("speech_words",), lambda: r",\s+(?P<dash>"
                                         + (trie_pattern(_signature_verbs()) or "(?!)")
                                         + r")\s+(?P<who>[^,;:–—\n]{2,40}?)[.\s]*$")
#: … or its subject first, closing the line ("…, war think tank says", "…, pro-war bloggers say"): the verb's "-s" form or
#: its lemma (hl14)
_HEADLINE_SUBJECT_TAIL = vocab.TablePattern("headline_subject_tail", ("speech_words",), lambda: r",\s+(?P<who>[^,;:–—\n]{2,40}?)"
                                            r"\s+(?P<dash>" + (trie_pattern(_signature_verbs() | vocab.speech_words()[
                                                "signature_verb"]) or "(?!)") + r")[.\s]*$")
#: Words that make a headline's signature a speaker: an acronym such as "SBU" or "MoD", or a ``signature_speaker``
#: word of data/speech_words.csv as written in lower case ("think tank", "bloggers", "air force").
_SPEAKING_WORD = vocab.TablePattern("speaking_word", ("speech_words",), lambda: r"\b(?:[A-Z]{2,5}|MoD|"
                                     + _spaced(_words_of("signature_speaker")) + r")\b")


def _headline_lede(doc, start: int, end: int, any_word: bool = False):
    """The speaker of the body's first statement (under the line, for a line in the body: an item's title, a deck)
    when its subject shares a capitalised word, not a country's, with the headline's described subject ``start:end`` ("Harrogate volunteer" over "A former Army engineer from
    Harrogate … says"); None when the two share none. With ``any_word``, the body's first speaker of the side the
    subject names ("Ukrainian army chief"), if it names one."""
    words = {w.lower() for w in _LEDE_WORD.findall(doc.text, start, end) if w not in vocab.country_forms()}
    side = _words_side(doc.text[start:end]) if any_word else ""
    people = _mentions.people().speakers
    floor = doc.headline_end
    line = doc.sentence_at(start) if start >= doc.headline_end else None
    if line is not None:  # a feed's item title or a live page's post title in the body ("…, DPR adviser says"): the
        floor = doc.paragraphs[line.paragraph][1]  # statements under it, not the page's first (hl13)
    headings = _subhead_lines(doc) | {_deck(doc)}
    for act in doc.speech.acts:
        if act.sentence[0] < floor or not (act.speaker.speaker or any_word and act.speaker.as_written) \
                or doc.sentence_at(act.cue.start).paragraph in headings \
                or (act.cue.text == ":" and act.speaker.how == "unknown name"):
            continue  # (a deck's "Kyiv says …" is a headline line too, and a note's "[Editor's note: …]" label no
            # speaker: no body's first statement, hl14)
        if side and (people[act.speaker.speaker].country if act.speaker.speaker in people else _words_side(
                act.speaker.speaker or act.speaker.as_written)) not in ("", side):
            continue  # ("Ukrainian army chief concedes …" is not the body's first speaker when that one is Russia's)
        subject = doc.text[act.sentence[0]:act.cue.start] if act.cue.start > act.sentence[0] else act.speaker.as_written
        if any_word or words & {w.lower() for w in _LEDE_WORD.findall(subject)}:
            speaker = act.speaker.speaker or _label_as_written(act.speaker.as_written)  # "Russian military bloggers"
            return _mentions.Mention(start, end, speaker, doc.text[start:end], "headline subject")
        return None  # only the lede's first statement
    return None


def _body_surname(doc, words: str) -> str:
    """ "…, says Voloshyn" over a body where "Vladyslav Voloshyn … said": the one person speaking in the body whose
    name ends with the headline's one capitalised word (a surname the tables may not list alone); "" otherwise."""
    word = words.strip().rstrip(".")
    if not re.fullmatch(r"[A-Z][a-z’'-]+", word) or word in vocab.country_forms():
        return ""
    memo = doc.__dict__.setdefault("_body_surnames", {})  # (per word, the acts scanned once: a live page's lines)
    if word not in memo:
        people = _mentions.people()
        found = {a.speaker.speaker for a in doc.speech.acts if a.sentence[0] >= doc.headline_end and a.speaker.speaker
                 and " " in a.speaker.speaker and a.speaker.speaker.split()[-1] == word
                 and (a.speaker.speaker not in people.speakers or _mentions.is_person(a.speaker.speaker, people))}
        known = {name for name in found if name in people.speakers}
        # (the tables' person over a longer name the layer read around the same surname, hl13)
        memo[word] = known.pop() if len(found) > 1 and len(known) == 1 else next(iter(found)) if len(found) == 1 else ""
    return memo[word]


def _headline_subject(doc, sentence, acts) -> list:
    """The subject of a headline's stance verb: a person named there ("Putin rules out …"), or a
    role with its country ("Russian president claims …") resolved to the body's speaker in it;
    or a signature after a dash ("Front is holding – Syrskyi")."""
    signed = False  # (the subject is a signature: "…, says X", "… – X", "…: X")
    closing = False  # (… or a subject closing the line, "…, army says": hl14)
    rubric = _RUBRIC_COLON.match(doc.text, sentence.start, sentence.end)  # "Ukraine war: Russia says …"
    owned = next((a for a in acts if _possessed_topic_colon(doc, a)), None)
    if owned is not None:
        # "Prigozhin's gamble: Wagner says …": a name's topic before the colon is a rubric, no speaker (rv25fixc)
        acts = [a for a in acts if a is not owned]
        rubric = rubric or _COLON_GAP.match(doc.text, owned.cue.start, sentence.end)
    match = _headline_subject_re().match(doc.text, sentence.start) \
        or _headline_plural_subject_re().match(doc.text, sentence.start)
    if (match is None or match.end() > sentence.end) and rubric is not None:
        match = _headline_subject_re().match(doc.text, rubric.end()) \
            or _headline_plural_subject_re().match(doc.text, rubric.end())
    plural = match is not None and match.end() <= sentence.end and _is_plural_match(match)
    label = _HEADLINE_LABEL.match(doc.text, sentence.start, sentence.end)
    country = _COUNTRY_COLON.match(doc.text, sentence.start, sentence.end)
    form = vocab.country_forms().get(country.group("who"), ("", "")) if country is not None else ("", "")
    lead = _LEADING_DASH.match(doc.text, sentence.start, sentence.end) if not acts else None
    if lead is not None and (match is None or match.end() > sentence.end):
        # "Syrskyi — Russia failed to take Pokrovsk": a person named before a title's first dash speaks, as before a
        # colon (a place or a topic before it, "Kupiansk — …", names no one)
        named = [m for m in _mentions_between(doc, lead.start("who"), lead.end("who"))
                 if m.speaker and m.how in ("name", "title") and m.end == lead.end("who")]
        if named and _mentions.is_person(named[-1].speaker, _mentions.people()):
            cue = Cue(lead.start("dash"), lead.end("dash"), ":", "speech")
            return [SpeechAct((sentence.start, sentence.end), cue, named[-1], None, "")]
    if form[1] == "capital" and not acts:
        # "Kyiv: Russian assault on Kupiansk repelled": the capital speaks for its country, as the body names
        # it ("Ukraine: Russian troops capture X" is a section label, not a speaker)
        cue = Cue(country.start("colon"), country.end("colon"), ":", "speech")
        return [SpeechAct((sentence.start, sentence.end), cue, _mentions.Mention(
            country.start("who"), country.end("who"), form[0], country.group("who"), "country"), None, "")]
    if match is not None and match.end() <= sentence.end:
        who, cue = match.span("who"), Cue(match.start("verb"), match.end("verb"), match.group("verb"), "speech")
    elif label is not None and not any(a.cue.text == ":" and a.speaker.speaker and a.speaker.start <= label.start("who")
                                       and a.speaker.end >= label.end("who") for a in acts):
        # "Ukrainian commander: We will hold the town": a speaking label before the colon, as the body names it
        who, cue = label.span("who"), Cue(label.start("colon"), label.end("colon"), ":", "speech")
        act = SpeechAct((sentence.start, sentence.end), cue,
                        _mentions.Mention(who[0], who[1], "", doc.text[who[0]:who[1]], "unknown name"), None, "")
        return [_headline_inverted(doc, sentence, act, after=False)]
    else:
        match = _HEADLINE_SIGNATURE.search(doc.text, sentence.start, sentence.end) \
            or _HEADLINE_COLON_SIGNATURE.search(doc.text, sentence.start, sentence.end)
        # (a signature after the line's last dash or colon is a sign-off as "…, says X" is: "… – Shtupun" over a
        # body where "Oleksandr Shtupun, spokesperson for …" speaks, hl13)
        signed = match is not None
        if match is None and not acts:
            match = _HEADLINE_SAYS_TAIL.search(doc.text, sentence.start, sentence.end)  # "…, says SBU"
            if match is None:  # "…, war think tank says": a closing subject, read only where it names a body speaker
                match = _HEADLINE_SUBJECT_TAIL.search(doc.text, sentence.start, sentence.end)
                closing = match is not None
            if match is not None and match.start() > sentence.start:
                match = match if _SPEAKING_WORD.search(match.group("who")) \
                    or _body_surname(doc, match.group("who")) else None  # "…, says Voloshyn"
            signed = match is not None
        if match is None and not acts:
            # "Harrogate volunteer back from front says drones have changed everything": a described subject the
            # lede introduces ("A former engineer from Harrogate … says …")
            match = _headline_any_subject_re().match(doc.text, rubric.end() if rubric is not None else sentence.start)
            if match is None or match.end() > sentence.end:
                return []
            mention = _headline_lede(doc, *match.span("who"))
            if mention is None:
                return []
            cue = Cue(match.start("verb"), match.end("verb"), match.group("verb"), "speech")
            return [SpeechAct((sentence.start, sentence.end), cue, mention, None, "")]
        if match is None:
            return []
        # (a signing colon is no label's colon: its cue is written as the sign-off it is)
        who, cue = match.span("who"), Cue(match.start("dash"), match.end("dash"), match.group("dash").replace(":", ":—"),
                                          "speech")
    if any(a.cue.start == cue.start and (cue.text != ":—" or a.speaker.how in ("name", "title", "role", "country"))
           and not (a.speaker.how == "unknown name" and who[0] <= a.speaker.start and a.speaker.end <= who[1]
                    and a.speaker.end - a.speaker.start < who[1] - who[0])  # ("Staff" of "General Staff reports")
           for a in acts):
        return []  # (a colon's words before it, unresolved ("Front: …"), give way to a signature after it; an
        # unknown word that only opens the subject ("Militia" of "Militia chief says") to the whole subject)
    mention = _headline_subject_mention(doc, who, signed)
    if closing and mention is not None and mention.how == "headline subject" \
            and not _first_statement_shares(doc, mention.speaker, doc.text[sentence.start:who[0]]):
        return []  # ("…, army says" over a body whose first speaker says something else: the row is left to the body
        # statement that restates it, rv28)
    if mention is None or any(a.speaker.speaker == mention.speaker and (a.speaker.start, a.speaker.end) != who
                              for a in acts):
        return []  # (the subject a coordinated verb already took, "Russian army accuses Kyiv and says …", speaks its
        # first verb too: one voice, hl12)
    if plural and not _same_side(doc, who, mention):
        return []  # "Russian-installed officials admit …" over a body opening with Ukraine's military: no such speaker
    return [SpeechAct((sentence.start, sentence.end), cue, mention, None, "")]


def _headline_subject_mention(doc, who: tuple[int, int], signed: bool = False):
    """The speaker of a headline's subject words ``who`` (start, end): a person or body the headline names, the body's
    speaker of that surname (a signature only, "…, says X", "… – X" or "…: X": ``signed``), like the body's, an
    institution, an apposed office, a country, a document's presenter, a signature's speaking word; None when none
    reads it (the chain of :func:`_headline_subject` and :func:`_headline_coordinated_subject`)."""
    mention = _headline_who(doc, *who)
    if mention is None and signed and (surname := _body_surname(doc, doc.text[who[0]:who[1]])):
        # (a signature only, "…, says Voloshyn", "… – Voloshyn": a headline's opening subject is read as the layer
        # reads it)
        mention = _mentions.Mention(who[0], who[1], surname, doc.text[who[0]:who[1]], "headline subject")
    if mention is None:
        mention = _headline_like_body(doc, *who)  # "Russian blogger claims …": the body's Russian military blogger
    if mention is None:
        mention = _headline_institution(doc, *who)  # "… — Defense Ministry": the body's Russian Defence Ministry
    if mention is None:
        mention = _institution_spokesperson(doc, *who)  # "… — Defence Ministry": "the ministry's spokesman A B said"
    if mention is None:
        mention = _headline_apposed(doc, *who)  # "Wagner chief says …": "The head of … Wagner …, Yevgeny Prigozhin"
    if mention is None and doc.text[who[0]:who[1]] in vocab.country_forms():
        # "Moscow demands …" with no body speaker the table gives that country: the country speaks, resolved
        # as a country in a headline is (the body speaker who says what the title sums up, else its government)
        form = doc.text[who[0]:who[1]]
        mention = _mentions.Mention(who[0], who[1], vocab.country_forms()[form][0], form, "country")
    if mention is None and _presented_in_body(doc, doc.text[who[0]:who[1]]):
        # "Cross-party report says …" over "The X Committee said in a report …": the document speaks for whoever
        # presented it (the label is the presenting row's: _headline_document_owner) (cl18)
        mention = _mentions.Mention(who[0], who[1], doc.text[who[0]:who[1]], doc.text[who[0]:who[1]], "headline subject")
    if mention is None and _SPEAKING_WORD.search(doc.text, *who):
        # "… – pro-war bloggers", "…, says think tank", "…, says SBU": a signature no table resolves is the
        # body's first speaker (the conventions resolve a headline's subject to the body's speaker)
        mention = _headline_lede(doc, *who, any_word=True)
    return mention


def _first_statement_shares(doc, speaker: str, headline_words: str) -> bool:
    """Whether a closing subject ("…, war think tank says") resolved to the body's first ``speaker`` may keep it: False
    only when that speaker's first statement (below the headline) shares no word of five letters or more
    (:func:`_stems5`, countries aside) with the headline's own words while another body speaker's statement does
    ("…, army says" over a ministry's first words on something else and the military's restating the line)."""
    words = _stems5(headline_words) - _country_stems()
    body = [a for a in doc.speech.acts if a.sentence[0] >= doc.headline_end and a.speaker.speaker]
    def shares(act) -> bool:
        return bool(words & _stems5(doc.text[act.sentence[0]:act.sentence[1]]))
    first = next((a for a in body if a.speaker.speaker == speaker), None)
    return first is None or shares(first) or not any(shares(a) for a in body if a.speaker.speaker != speaker)


#: Where a headline's second clause may start: "…; Moscow reports …", "… as Wagner claims …", "…, Moscow says …".
#: (a Title Case headline's "As", "While", "Amid" break it as the lower case words do)
_HEADLINE_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:(?i:as|while|but)\s+)?|\s(?:as|while|amid|but|after|As|While|Amid|But|After)\s+")


def _side_voice(doc, sentence, cue_end: int, side: str) -> str:
    """The body's speaker of one warring ``side`` who states what a headline clause (after its verb at ``cue_end``,
    to the next clause break) sums up: the body speaker whose sentence shares the most words with the clause,
    else the first speaker the tables give that side ("" when the body has none)."""
    brk = _HEADLINE_CLAUSE_BREAK.search(doc.text, cue_end, sentence.end)
    end = brk.start() if brk is not None else sentence.end
    who = _mentions.people()
    headings = _subhead_lines(doc) | {_deck(doc)}
    chosen = ""
    for later in doc.speech.acts:
        known = who.speakers.get(later.speaker.speaker)
        if later.sentence[0] >= doc.headline_end and later.sentence[0] != sentence.start and known is not None \
                and known.country == side and doc.sentence_at(later.cue.start).paragraph not in headings:
            chosen = known.name
            break
    probe = SimpleNamespace(cue=SimpleNamespace(start=cue_end, end=cue_end),
                            speaker=SimpleNamespace(start=cue_end, end=cue_end))
    return _summed_up_by(doc, sentence, probe, side, chosen, end=end) or chosen


#: A headline's group with no side and no name of its own: "military", "officials", "the army", "Officials" (a plural
#: role, bare or after a possessive pronoun, "Prosecutors say …", "His commanders say …", is the one body speaker
#: holding it: :func:`_headline_plural_holder`, rv18).
_BARE_GROUP = re.compile(r"(?i:the\s+)?(?i:[a-z]+)")


def _side_group_voice(doc, sentence, act, label: str) -> str:
    """ "Russian officials say troops have cut the road …", "Ukrainian officers insist …": a headline's plural group
    of one side that speaks nowhere in the body under that label stands for the body's speaker of that side who
    states the clause (:func:`_side_voice`); "" otherwise."""
    bare = _BARE_GROUP.fullmatch(act.speaker.as_written.strip())
    if (act.speaker.speaker and not (bare and act.speaker.how == "unknown name")) or not label:
        return ""  # (a title's capital "Military says …" is no unknown person's name)
    head = label.split()[-1].lower()
    if head not in vocab.speech_words()["side_voice"] and not (bare and head in vocab.force_nouns("generic")):
        return ""  # ("Russian bloggers say …": no side's office, the group keeps its label)
    side = _words_side(act.speaker.as_written)
    if not side and not bare:
        return ""
    for later in doc.speech.acts:
        if later.sentence[0] >= doc.headline_end and later.sentence[0] != sentence.start and label in (
                later.speaker.speaker or _label_as_written(later.speaker.as_written),
                # (as the text writes it: a second reference's label names its group, "the officials" → "U.S.
                # officials" (sk35), yet the body still speaks of "officials")
                _label_as_written(doc.text[later.speaker.start:later.speaker.end])):
            return ""
    if not side:
        # "Ukraine downs all 20 missiles, military says", "Russian forces take village, officials say": a bare group
        # names no side; it is the body's speaker who states what the title says
        return _body_voice_of(doc, sentence, act)
    if head in vocab.speech_words()["military_voice"]:
        # "Ukrainian commanders say the line is holding" over a body where several of the side's officers speak and
        # none states it: the side's military (data/countries.csv speaks_as_military), not the first of them
        brk = _HEADLINE_CLAUSE_BREAK.search(doc.text, act.cue.end, sentence.end)
        probe = SimpleNamespace(cue=SimpleNamespace(start=act.cue.end, end=act.cue.end),
                                speaker=SimpleNamespace(start=act.cue.end, end=act.cue.end))
        end = brk.start() if brk is not None else sentence.end
        return _summed_up_by(doc, sentence, probe, side, "", least=2, end=end) \
            or _country_labels().get(side, ("", ""))[1]
    return _side_voice(doc, sentence, act.cue.end, side)


def _body_voice_of(doc, sentence, act) -> str:
    """The body's speaker whose sentence shares the most words (four letters or more, countries aside) with a
    headline's words around ``act`` (its speaker and verb left out): one at least, and more than any other speaker's
    sentences share; "" otherwise."""
    text = doc.text
    own = _stems5(text[act.speaker.start:act.speaker.end] + " " + text[act.cue.start:act.cue.end])
    words = _stems5(text[sentence.start:sentence.end]) - own - _country_stems()
    scores: dict[str, int] = {}
    for name, stems in _body_voices(doc):
        shared = len(words & stems)
        scores[name] = max(scores.get(name, 0), shared)
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or ranked[0] < 1 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return ""
    return max(scores, key=lambda n: scores[n])


def _body_voices(doc) -> list:
    """(speaker, the words of its sentence but the speaker's own) of each body act outside the headings with a
    speaker or a label: read once per document (see :func:`_body_voice_of`)."""
    people = _mentions.people()
    cached = getattr(doc, "_body_voices", None)
    if cached is not None and cached[0] is people:
        return cached[1]
    text = doc.text
    headings = _subhead_lines(doc) | {_deck(doc)}
    found = []
    for later in doc.speech.acts:
        if later.sentence[0] < doc.headline_end or doc.sentence_at(later.cue.start).paragraph in headings:
            continue
        name = later.speaker.speaker or _table_label(_label_as_written(later.speaker.as_written))
        if not name or later.speaker.how in ("pronoun", "unresolved pronoun") and not later.speaker.speaker:
            continue
        found.append((name, _stems5(text[later.sentence[0]:later.sentence[1]])
                      - _stems5(text[later.speaker.start:later.speaker.end])))
    doc._body_voices = (people, found)
    return found


def _headline_second_clause(doc, sentence, acts) -> list:
    """ "Kyiv says troops advancing near Bakhmut; Moscow reports repelled attacks", "Bakhmut defenders hold on as
    Wagner claims …": a headline's clause after a semicolon, a comma or a conjunction with its own subject and
    stance verb is a second speaker's, resolved as a headline subject."""
    found = []
    for semicolon in _HEADLINE_CLAUSE_BREAK.finditer(doc.text, sentence.start, sentence.end):
        at = semicolon.end()
        match = _headline_subject_re().match(doc.text, at) or _headline_plural_subject_re().match(doc.text, at)
        if match is None or match.end() > sentence.end or any(a.cue.start == match.start("verb") for a in acts):
            continue
        mention = _headline_who(doc, *match.span("who")) or _headline_like_body(doc, *match.span("who"))
        if mention is None and _is_plural_match(match) and _SPEAKING_WORD.search(doc.text, *match.span("who")):
            mention = _headline_lede(doc, *match.span("who"), any_word=True)  # "…; Russian generals vow …"
        if _is_plural_match(match) and (mention is None or not _same_side(doc, match.span("who"), mention)) \
                and match.group("who").split()[-1].lower() in vocab.speech_words()["side_voice"] \
                and _words_side(match.group("who")) \
                and (voice := _side_voice(doc, sentence, match.end("verb"), _words_side(match.group("who")))):
            # "…, but Ukrainian commanders insist …" over a lede whose first speaker is the other side's: the body's
            # speaker of the group's side who states the clause
            mention = _mentions.Mention(*match.span("who"), voice, match.group("who"), "headline subject")
        if mention is None or not mention.speaker or any(a.speaker.speaker == mention.speaker for a in acts + found):
            continue
        if _is_plural_match(match) and not _same_side(doc, match.span("who"), mention):
            continue
        cue = Cue(match.start("verb"), match.end("verb"), match.group("verb"), "speech")
        found.append(SpeechAct((sentence.start, sentence.end), cue, mention, None, ""))
    return found


_RUBRIC_COLON = re.compile(r"[^:“”\"‘’']{2,40}?:\s+")
#: a colon and the spaces after it (a possessed topic's colon read as a rubric's: :func:`_headline_subject`)
_COLON_GAP = re.compile(r":\s+")
#: "Ukrainian commander: …", "Kremlin spokesman: …": a speaking noun phrase labelling a headline (its noun a
#: ``headline_label_noun`` word of data/speech_words.csv).
_HEADLINE_LABEL = vocab.TablePattern("headline_label", ("speech_words",), lambda: (
    r"(?P<who>(?:[A-Z][\w’'-]*\s+)?(?:[\w’'-]+\s+){0,2}?(?i:"
    + (trie_pattern(vocab.speech_words()["headline_label_noun"], spaces=True, ignore_case=True) or "(?!)")
    + r"))(?P<colon>:)\s+\S"))


#: A title's opening words before its first spaced dash ("Syrskyi — …", "Kyrylo Budanov – …").
#: (a whole quote after the dash is no claim, as after a colon: 3.2)
_LEADING_DASH = re.compile(r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?P<dash>[–—]|-(?=\s))\s+"
                           r"(?=[^\s“”\"‘’'«»„])")
#: A country or capital alone before a headline's colon ("Kyiv: …", "Moscow: …").
_COUNTRY_COLON = re.compile(r"(?P<who>[A-Z][\w’'-]+)(?P<colon>:)\s+\S")
_HEADLINE_SIGNATURE = re.compile(r"\s(?P<dash>[–—-])\s+(?P<who>[A-Z][^–—\n]{1,60}?|(?:the\s+)?(?:military|army|ministry|"
                                 r"officials|general\s+staff|air\s+force|navy|governor|mayor|spokesman|spokeswoman|"
                                 r"commander|intelligence|(?:[\w-]+\s+)?(?:bloggers|analysts|think\s+tank|monitors)))"
                                 r"[.\s]*$")  # (Reuters' "… near Bakhmut - military", "… – pro-war bloggers")
#: "Russian offensive can be stopped: Ukraine's top general", "… needed:' Commander-in-chief of …": a
#: speaker signed after a headline's last colon (a short noun phrase, resolved as the body names it).
_HEADLINE_COLON_SIGNATURE = re.compile(r"\S(?P<dash>:)[’'\"”]?\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}?)[.\s]*$")


def _ordered_moves() -> list[str]:
    """The nouns of a move of forces a headline's act verb may order: fact_cues.csv's ``movement_noun`` words with
    speech_words.csv's ``ordered_operation`` ones (push, advance, assault, …)."""
    frame = vocab.table("fact_cues")
    return sorted({w.strip() for w, c in zip(frame["word"], frame["cue"]) if c.strip() == "movement_noun"}
                  | set(vocab.speech_words()["ordered_operation"]))


#: "orders (the|its|Russia's|Belarusian) troops …", "orders (large-scale|new) offensive(s) …": what follows an act
#: verb when a side's forces are the ones told (force_nouns.csv, uses side_subject and actor) or a move of forces is
#: what is ordered (fact_cues.csv movement_noun, speech_words.csv ordered_operation) (hl10, rv24fixb)
_FORCES_TOLD = vocab.TablePattern("headline_forces_told", ("force_nouns", "speech_words", "fact_cues", "countries"),
                                  lambda: (
    r"\s+(?:(?:(?i:the|its|his|her|their)|[A-Z][\w-]*['’]s|(?i:"
    + trie_pattern(vocab.country_forms(), spaces=True, ignore_case=True) + r"))\s+)?(?i:"
    + trie_pattern(set(vocab.force_nouns("side_subject")) | set(vocab.force_nouns("actor")), spaces=True,
                   ignore_case=True)
    + r")\b|\s+(?:[A-Za-z][\w-]*\s+)?(?i:" + trie_pattern(_ordered_moves(), spaces=True, ignore_case=True)
    + r")s?\b"))


def _headline_act_only(doc, sentence, act) -> bool:
    """Whether a headline's verb reports an act rather than words ("Kyiv orders families to leave front-line town",
    "Putin orders call-up of reservists": a ``headline_act_verb`` of data/speech_words.csv): no claim, unless a side's
    forces are the ones told or a move of forces is ordered ("Putin orders army to keep advancing", "Putin orders push
    toward X": a directive, as the body's are) (hl10)."""
    if not sentence.headline:
        return False
    cue = act.cue.text.lower()
    lemma = _headline_verb_lemmas().get(cue, cue)
    acts = vocab.speech_words()["headline_act_verb"]
    after = _FIRST_WORD.match(doc.text, act.cue.end + 1, sentence.end) if doc.text[act.cue.end:act.cue.end + 1] == " " \
        else None
    if lemma not in acts and (after is None or f"{lemma} {after.group(0).lower()}" not in acts):
        return False  # ("calls for a truce": an appeal, two words of the table, hl11)
    return _FORCES_TOLD.match(doc.text, act.cue.end, sentence.end) is None


#: a word of a headline's list after a comma, before "and"/"or" ("Strikes, claims and counter-claims")
_LISTED_BEFORE = re.compile(r",\s*$")
_LISTED_AFTER = re.compile(r"\s+(?:and|or|&)\s")


def _coordinated_verb_before() -> re.Pattern:
    """A coordinated subject and its verb right before a word: "Rome and Oslo weigh | claims" (the subject is plural,
    so a cue that is a noun too, after its verb, is its object). The verb has no "-s" of a singular (but "-ss":
    "discuss") and is no ``headline_adverb`` of data/speech_words.csv: in "Talks stall and Moscow now | claims …"
    the subject is "Moscow", singular, and "claims" its verb (rv28b)."""
    return vocab.compiled("headline_coordinated_verb_before", ("speech_words",), lambda: re.compile(
        r"\band\s+[A-Z][\w’'-]*\s+(?!(?:" + _spaced(_words_of("headline_adverb")) + r")\s)(?:[a-z]*[a-rt-z]|[a-z]*ss)\s+$"))


def _listed_noun(doc, sentence, act) -> bool:
    """Whether a headline's cue is a noun of a list of nouns, between a comma and "and"/"or" ("Strikes, claims and
    counter-claims", a subhead: no one claims there; hl7), or the object of a coordinated subject's verb ("Kyiv and
    Moscow swap claims over …": a plural subject's verb stands before it, so its "-s" is a plural's; hl14)."""
    if act.cue.text.lower() in _words().claim_nouns and _coordinated_verb_before().search(
            doc.text, max(sentence.start, act.cue.start - 60), act.cue.start):
        return True  # (a cue that is a claim_noun of claim_words.csv too: "claims")
    return bool(_LISTED_BEFORE.search(doc.text, max(sentence.start, act.cue.start - 3), act.cue.start)
                and _LISTED_AFTER.match(doc.text, act.cue.end, sentence.end))


#: a finite verb right after a word: the word opens a clause ("Russia lost …", "Russia has …"), it is no signature
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|must|might|lost|took|"
                                r"won|shot|hit|held|fought|seized|[a-z]+ed)\b")
#: the words after a headline's verb that are a clause, not a speaker's name: an auxiliary or modal verb in them, or
#: a pronoun or "that" opening them (a figure may name a unit: "…, says 47th Brigade") ("…, Says Offensive Will Continue";
#: a possessive opens a signature, "…, Says Their Commander", unless its noun (one or two words) is followed by a
#: finite verb: "…, says its forces took 30 villages", rv26fixa)
_CLAUSE_AUXILIARY = re.compile(r"^(?i:it|they|he|she|we|that)\b|\b(?i:will|would|can|could|"
                               r"has|have|had|is|are|was|were|may|might|must|should|shall|won[’']t|cannot|can[’']t)\b"
                               r"|^(?i:its|their|his|her|our)\s+[\w’'-]+(?:\s+[\w’'-]+)?(?i:" + _CLAUSE_VERB_AFTER.pattern + ")")


def _headline_inverted(doc, sentence, act, after: bool = True):
    """ "Russian Troops Advancing Near Kupiansk, Says Ukrainian Commander": in a headline, the speaker
    of a verb right after a comma is the words after it, read as the body writes them (a known
    person, a country's role holder, or the body's speaker written the same way), never a
    capitalised run before the comma."""
    text = doc.text
    if not after:  # the words are the act's own (a label before a colon)
        a, b = act.speaker.start, act.speaker.end
    else:
        if act.speaker.end > act.cue.start or not re.search(r",\s*$", text[max(sentence.start, act.cue.start - 3):
                                                                        act.cue.start]):
            return act
        words_after = re.match(r"\s+((?:the\s+|a\s+|an\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)[\s.!?]*$",
                               text[act.cue.end:sentence.end], re.IGNORECASE)
        if words_after is None or _CLAUSE_AUXILIARY.search(words_after.group(1)):
            # ("Kremlin Rejects Truce Call, Says Offensive Will Continue": a Title Case clause with its own verb is
            # what the opening subject says, no speaker after the verb, hl12)
            return act
        a, b = act.cue.end + words_after.start(1), act.cue.end + words_after.end(1)
    words = _label_as_written(text[a:b]).lower()
    known = _headline_who(doc, a, b)
    label = known.speaker if known is not None else ""
    if not label:
        for later in doc.speech.acts:
            if later.sentence[0] >= doc.headline_end and _label_as_written(later.speaker.as_written).lower() \
                    .removesuffix(" (unnamed)") == words:
                label = later.speaker.speaker or _label_as_written(later.speaker.as_written)
                break
    folded = _mentions.fold_capitals(text[a:b])
    if not label and folded != text[a:b] and folded in _mentions.people().country_of_form:
        # "…, SAYS RUSSIA": the country, as "…, says Russia" is read
        return replace(act, speaker=_mentions.Mention(a, b, _mentions.people().country_of_form[folded], text[a:b], "country"))
    if not label:
        apposed = _headline_apposed(doc, a, b)  # "…, says Ukrainian brigade commander": "X, commander of the … brigade"
        label = apposed.speaker if apposed is not None else _label_as_written(folded)
    return replace(act, speaker=_mentions.Mention(a, b, label, text[a:b], "headline subject"))


def _is_think_tank(label: str) -> bool:
    """A research body of the speakers table (role "think tank", "war monitor", "research …")."""
    known = _mentions.people().speakers.get(label)
    return known is not None and known.kind != "person" and any(
        w in r for r in known.roles for w in ("think tank", "monitor", "research", "institute"))


_BARE_EXPERTS = re.compile(r"\s*(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:(?:group|institute|centre|center|monitor|project|"
                           r"organi[sz]ation|think\s+tank)[’']s\s+)?(?:[Aa]nalysts|[Ee]xperts|[Rr]esearchers)\s*")
_SUBJECT_WHO = re.compile(r"\s*(?P<subject>(?:[Tt]he|[Aa]n?)\s+[^,;:“”\"]{2,60}?),\s+(?:who|which)\b[^;:“”\"]{2,160}?,\s*"
                          r"(?:(?:\w+ly|also|then|later)\s+)*")


def _relative_clause_subject(doc, sentence, act):
    """ "The official, who briefed reporters under Pentagon ground rules, said …": a name inside the relative
    clause after the subject is not the speaker; the subject is (read on as an unnamed source)."""
    if act.speaker.start >= act.cue.start:
        return act
    match = _SUBJECT_WHO.fullmatch(doc.text, sentence.start, act.cue.start)
    if match is None or not (match.end("subject") < act.speaker.start < match.end()):
        return act
    if act.speaker.how == "unknown name" and act.speaker.speaker and _speech.given_name(doc.text, act.speaker):
        return act  # "A senior officer of …, who asked to be identified only by his call sign Bison, said": he (sk17)
    a, b = match.span("subject")
    return replace(act, speaker=_mentions.Mention(a, b, "", doc.text[a:b], "unnamed source"))


#: "cities that many analysts wrote off", "villages which experts said would fall": a speaker inside a relative
#: clause after a noun ("that" after a verb or a noun of content is a complementiser: "said that", "the claim that")
_RELATIVE_BEFORE = re.compile(r"\b(?P<word>[A-Za-z][\w’'-]*)\s+(?:which|that|whom)\s+(?:(?:the|many|some|most|several|"
                              r"few|a\s+few|other|western|military|independent)\s+)*$", re.IGNORECASE)
#: the nouns of content are the ``content_noun`` words of data/speech_words.csv ("the claim that", "signs that");
#: the verbs of saying and thinking, the adjectives of certainty and the function words that take "that" as a
#: complementiser are the grammar's, listed here ("so that", "such that", "given that", "says that", "sure that")
_COMPLEMENT_WORDS = frozenset("so such now given except sure aware clear "
                              "say says know knows think thinks believe believes show shows mean means ensure insist "
                              "insists note notes warn warns add adds deny denies argue argues hope stress stresses "
                              "admit admits concede concedes acknowledge acknowledges suggest suggests confident "
                              "certain convinced likely unlikely possible evident true hopeful optimistic worried "
                              "concerned afraid".split())
#: "… has gained far less ground than Moscow claims": a comparison with a side's claim is scepticism, not its claim
_RELATIVE_IN = re.compile(r"\b(?P<word>[a-z][\w’'-]*)\s+(?P<pronoun>which|that|whom)\s+(?:[\w’'-]+\s+){0,3}$")
_RELATIVE_VERBS = frozenset("spoke speak speaks is are was were has have had told tells briefed asked declined did do does "
                            "spoke, requested insisted monitor monitors oversee oversees command commands".split())
_THAN_BEFORE = re.compile(r"\bthan\s+(?:(?:the|its|their|what)\s+)?$", re.IGNORECASE)
_FIRST_WORD = re.compile(r"\S+")  # what str.split() gives first (both use Unicode whitespace)


def _aside_speaker(doc, sentence, act) -> bool:
    """A speech act that attributes nothing to the sentence: a speaker inside a relative clause about something
    else ("Ukrainian troops held towns that many analysts wrote off") or in a comparison with its claim ("…
    gained far less ground than Moscow claims")."""
    if not sentence.start < act.speaker.start < act.cue.start:
        return False
    before = doc.text[max(sentence.start, act.speaker.start - 80):act.speaker.start]
    if _THAN_BEFORE.search(before):
        return True
    # the layer may take the noun and the pronoun into the speaker ("villages which several experts")
    start = max(sentence.start, act.speaker.start - 80)
    relative = _RELATIVE_BEFORE.search(doc.text[start:act.speaker.start])
    if relative is not None:  # matched in the slice: it ends where the speaker starts
        word, words_from = relative.group("word").lower(), act.speaker.start
    else:
        relative = _RELATIVE_IN.search(doc.text, act.speaker.start, act.cue.start)
        if relative is None:
            return False
        word, words_from = relative.group("word").lower(), relative.end("pronoun")
    # the first word after the pronoun (in text offsets), found without splitting the span
    after = _FIRST_WORD.search(doc.text, words_from, act.cue.start)
    after = [after.group()] if after else []
    if after and (after[0].lower().endswith("ed") or after[0].lower() in _RELATIVE_VERBS):
        return False  # "officials that spoke to Reuters said": the speaker's own relative clause
    return not (word in _COMPLEMENT_WORDS or word in vocab.speech_words()["content_noun"] or word.endswith("ed"))


_DEFINITE_INSTITUTION = re.compile(r"(?i:the)\s+(?:[\w’'-]+\s+){0,2}(?P<noun>(?i:institute|ministry|agency|service|"
                                   r"command|staff|council|committee|alliance|monitor|group))")


def _seats() -> frozenset:
    """Seats of power named for their occupants ("Kremlin says …"): a headline's seat is the body's spokesperson (the
    ``seat_of_power`` words of ``data/speech_words.csv``, written with a capital: "Kremlin", "White", "Downing")."""
    return vocab.compiled("claims_seats", ("speech_words",), lambda: frozenset(
        w[:1].upper() + w[1:] for w in vocab.speech_words()["seat_of_power"]))


def _body_role_holders(doc) -> dict:
    """{a role of the speakers table, lower case: the body's speakers the table gives it}, read once per document
    (issue 17: a live page has hundreds of headline lines)."""
    acts = doc.speech.acts
    cached = getattr(doc, "_role_holders_cache", None)
    if cached is not None and cached[0] is acts:
        return cached[1]
    people = _mentions.people().speakers
    holders: dict[str, set] = {}
    for a in acts:
        if a.sentence[0] >= doc.headline_end and a.speaker.speaker in people:
            for role in people[a.speaker.speaker].roles:
                holders.setdefault(role, set()).add(a.speaker.speaker)
    doc._role_holders_cache = (acts, holders)
    return holders


def _titled_in_body(doc, act, label: str) -> str:
    """The body's named speaker whose title names the headline's institution ("Kremlin says …" over "Kremlin
    spokesman Dmitry Peskov said …", "NATO chief: …" over "NATO Secretary General Mark Rutte said …"); "" if none."""
    written = act.speaker.as_written.strip()
    if act.speaker.how == "headline subject" and label and act.speaker.speaker == label and getattr(
            _headline_apposed(doc, act.speaker.start, act.speaker.end), "speaker", "") == label:
        return ""  # "…, Khortytsia spokesman says" read as the body's "the spokesman of the Khortytsia group, A B": not
        # the group's commander whose title names it too (hl14)
    definite = _DEFINITE_INSTITUTION.fullmatch(written)
    if definite is not None and not act.speaker.speaker:
        # "…, according to the Washington-based institute" in a standfirst: the body's institute
        noun = definite.group("noun").lower()
        named = [a.speaker.speaker for a in doc.speech.acts if a.sentence[0] >= doc.headline_end and a.speaker.speaker
                 and noun in a.speaker.speaker.lower() and _kind_of(a.speaker.speaker) != "person"]
        return named[0] if named else ""
    if act.speaker.how == "country" and any(a.speaker.speaker == label for a in doc.speech.acts
                                            if a.sentence[0] >= doc.headline_end and a is not act):
        return ""  # "Russia says it repelled …" over the ministry's own words: not "Russia's foreign ministry spokeswoman"
    role = " ".join(written.lower().split())
    if " " in role:
        # "Defence Secretary: …" over "Defence Secretary A B said": the one body speaker the tables give that whole
        # role, before any title that merely opens with its first word ("Chief of the Defence Staff C D") (hl5)
        holders = _body_role_holders(doc).get(role, ())
        if len(holders) == 1:
            return next(iter(holders))
    head = written.split()[0].removesuffix("'s").removesuffix("’s") if written else ""
    if not head[:1].isupper() or head.lower() in english.DETERMINERS or act.speaker.how in ("title", "pronoun") or (
            # ("The president says …" in a deck: "The" is no institution a body speaker's title names)
            act.speaker.how == "name" and not (head in _seats() and _kind_of(act.speaker.speaker) != "person")):
        return ""
    title = re.compile(r"\b" + re.escape(head) + r"(?:['’]s)?\s+(?:[\w’'-]+,?\s+){0,3}$")  # "Kremlin spokesperson, A B"
    acts = doc.speech.acts
    cached = getattr(doc, "_titled_windows_cache", None)
    if cached is None or cached[0] is not acts:
        # the body's named speakers and the 60 characters before each, joined by NUL once per document: only the acts
        # whose window holds the head word are tried, in text order (issue 17: a transcript or a live blog has
        # hundreds of headline lines; each used to run the title pattern before every act of the body)
        kept = [later for later in acts if later.sentence[0] >= doc.headline_end and later.speaker.speaker
                and later.speaker.how in ("name", "title", "unknown name")]
        spans = [(max(later.sentence[0], later.speaker.start - 60), later.speaker.start) for later in kept]
        starts, at = [], 0
        for a, b in spans:
            starts.append(at)
            at += max(0, b - a) + 1
        cached = doc._titled_windows_cache = (acts, kept, spans, starts, "\0".join(doc.text[a:b] for a, b in spans))
    _, kept, spans, starts, joined = cached
    at = joined.find(head) if "\0" not in head else 0
    while 0 <= at:
        k = bisect_left(starts, at + 1) - 1 if "\0" not in head else at
        later = kept[k] if k < len(kept) else None
        if later is None:
            break
        if later.speaker.speaker != label and title.search(doc.text, *spans[k]):
            return later.speaker.speaker
        nxt = k + 1
        if nxt >= len(kept):
            break
        at = joined.find(head, starts[nxt]) if "\0" not in head else nxt
    return ""


#: what a profile's title writes after its colon: a person described by a short relative clause, not a statement
#: ("the general who held Kharkiv", "a colonel who never retreats"; "the enemy who attacked X has lost …" states)
_DESCRIBED = re.compile(r"\s*(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:who|whose)\s+"
                        r"(?!(?:[\w’'-]+\s+){0,4}?(?:is|are|was|were|has|have|had|will|would|can|could|says?|said)\b)"
                        r"(?:[\w’'-]+\s+){0,4}[\w’'-]+[.\s]*$", re.IGNORECASE)


def _described_after_colon(doc, sentence, act) -> bool:
    """A headline's colon after a person's name followed by a description of that person ("Syrskyi: the general who
    held Kharkiv"): the title of a profile, no claim (a statement after the colon still is one: "Syrskyi: the front
    is holding")."""
    return act.cue.text.startswith(":") and act.cue.end <= sentence.end \
        and _DESCRIBED.match(doc.text, act.cue.end, sentence.end) is not None


def _seat_holder(doc, act, label: str) -> str:
    """ "Kremlin: offensive proceeding 'according to plan'" over a body where only "Dmitry Peskov said …" speaks (no
    "Kremlin spokesman" written before his name): a headline's seat of power (the ``seat_of_power`` words of
    data/speech_words.csv) that speaks nowhere in the body is the one body speaker whose office in data/speakers.csv
    opens with the seat's word and ends with a ``seat_voice`` word ("kremlin spokesman", "white house press
    secretary"; not "pentagon chief": the Pentagon's unnamed official stays its voice); "" when none or several are."""
    written = act.speaker.as_written.strip()
    head = re.sub(r"^(?:[Tt]he)\s+", "", written).split()[0] if written else ""
    head = head.removesuffix("'s").removesuffix("’s").rstrip(":")
    people = _mentions.people().speakers
    known = people.get(label)
    if head not in _seats() or known is None or _mentions.is_person(label, _mentions.people()):
        return ""
    if _speaks_in_body(doc, label):
        return ""  # (the seat speaks in the body itself: its own words)
    headings = _subhead_lines(doc) | {_deck(doc)}
    body = [a for a in doc.speech.acts if a.sentence[0] >= doc.headline_end
            and doc.sentence_at(a.cue.start).paragraph not in headings]
    seat, voices = head.lower() + " ", vocab.speech_words()["seat_voice"]
    holders = {a.speaker.speaker for a in body if a.speaker.speaker in people
               and any(r.lower().startswith(seat) and r.lower().split()[-1] in voices
                       for r in getattr(people[a.speaker.speaker], "roles", ()))}
    return next(iter(holders)) if len(holders) == 1 else ""


def _speaks_in_body(doc, label: str, hows: tuple = ()) -> bool:
    """Whether ``label`` speaks in the body (an act under the headline block, no deck's or subhead's), written as one
    of ``hows`` when given ("name", "title": named there)."""
    if not label:
        return False
    headings = _subhead_lines(doc) | {_deck(doc)}
    return any(a.speaker.speaker == label and (not hows or a.speaker.how in hows) for a in doc.speech.acts
               if a.sentence[0] >= doc.headline_end and doc.sentence_at(a.cue.start).paragraph not in headings)


def _silent_role_holder(doc, sentence, act, label: str) -> str:
    """ "Ukraine's commander on the Siversk salient says his brigade can hold the town" over a profile where only the
    colonel it presents speaks: a headline's role that the tables gave a person the body never names speaking (the
    commander-in-chief) is the body speaker, not of another side and no institution, whose sentence states most of
    what the headline sums up; "" when the person speaks in the body or no one states it."""
    people = _mentions.people()
    known = people.speakers.get(label)
    if act.speaker.how != "role" or known is None or not _mentions.is_person(label, people):
        return ""
    if _speaks_in_body(doc, label, ("name", "title")):
        return ""  # (named in the body: the headline's; a role the body writes may be read as the same holder)
    headings = _subhead_lines(doc) | {_deck(doc)}
    text = doc.text
    clause = _stems5(text[act.cue.end:sentence.end])
    scores: dict[str, int] = {}
    for later in doc.speech.acts:
        name = later.speaker.speaker
        if later.sentence[0] < doc.headline_end or not name or name == label \
                or doc.sentence_at(later.cue.start).paragraph in headings:
            continue
        other = people.speakers.get(name)
        if other is not None and (other.kind in ("organisation", "media") or other.country not in ("", known.country)):
            continue
        shared = len(clause & (_stems5(text[later.sentence[0]:later.sentence[1]])
                               - _stems5(text[later.speaker.start:later.speaker.end])))
        scores[name] = max(scores.get(name, 0), shared)
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 1 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def _its_country_label(doc, act) -> str:
    """ "Ukraine's military did not comment. Its General Staff said …": the institution of the country named
    last before it (in this sentence or the one before), as the speakers table knows it; "" when none does."""
    rest = _ITS_INSTITUTION.match(act.speaker.as_written).group("rest")
    if rest.split()[-1].lower() not in _institution_heads():
        return ""
    sentence = doc.sentence_at(act.speaker.start)
    previous = doc.sentence_at(sentence.start - 2) if sentence is not None and sentence.start >= 2 else None
    start = previous.start if previous is not None else (sentence.start if sentence is not None else 0)
    forms = vocab.country_forms()
    countries = [m for m in re.finditer(r"[A-Z][\w-]*(?:['’]s)?", doc.text[start:act.speaker.start])
                 if forms.get(m.group(0).removesuffix("'s").removesuffix("’s"), ("", ""))[1] in ("country", "capital",
                                                                                               "demonym")]
    if not countries:
        return ""
    word = countries[-1].group(0).removesuffix("'s").removesuffix("’s")
    label = _table_label(f"{word}'s {rest}")
    return label if label != f"{word}'s {rest}" else ""


def _introduced_as(doc, role_words: str) -> str:
    """The named person the article introduces with these office words ("Hanna Maliar, Ukraine's deputy
    defence minister", "Deputy Defence Minister Hanna Maliar"), else ""."""
    office = re.sub(r"^(?:the|a|an)\s+|^[\w.-]+['’]s\s+", "", role_words.strip(), flags=re.IGNORECASE).lower()
    if not office:
        return ""
    for m in doc.speech.mentions:
        if m.how != "name" or not m.speaker:
            continue
        around = doc.text[max(0, m.start - 60):m.end + 80].lower()
        if office in around:
            return m.speaker
    return ""


def _body_office_holder(doc, role) -> str:
    """ "Ukrainian commander says …" over "Col. Ivan Petrenko, who commands a brigade, said …": the body's
    first speaker introduced with that office before the verb he speaks with, when the person the
    office was resolved to does not speak in the body; "" otherwise."""
    acts = doc.speech.acts
    cached = doc.__dict__.get("_body_speakers")
    if cached is None or cached[0] != len(acts):  # (sp22: read once per document, not per headline)
        body = [a for a in acts if a.sentence[0] >= doc.headline_end and a.speaker.speaker]
        cached = doc.__dict__["_body_speakers"] = (len(acts), body, {a.speaker.speaker for a in body}, {})
    _, body, speakers, by_stem = cached
    stem = role.as_written.split()[-1].lower()[:6] if role.as_written.split() else ""
    if len(stem) < 5 or role.speaker in speakers:
        return ""
    if stem not in by_stem:
        by_stem[stem] = next((a.speaker.speaker for a in body if a.speaker.start < a.cue.start
                              and stem in doc.text[a.sentence[0]:a.cue.start].lower()), "")
    return by_stem[stem]


_LOWER_WORD = re.compile(r"[a-z]+")


def _headline_dependent(doc, act) -> str:
    """ "Zelensky aide says …": not the person named but the body's speaker introduced as that person's aide
    ("Mykhailo Podolyak, an adviser to Zelensky, said"); "" when the body has none."""
    gap = doc.text[act.speaker.end:act.cue.start].strip().lower().removeprefix("’s ").removeprefix("'s ")
    words = _words().dependants.get(gap.split()[-1] if gap and len(gap.split()) <= 2 else "", ())
    if not words or not act.speaker.speaker:
        return ""
    surname = act.speaker.speaker.split()[-1]
    for later in doc.speech.acts:
        if later.sentence[0] < doc.headline_end or not later.speaker.speaker or later.speaker.speaker == act.speaker.speaker:
            continue
        sentence = doc.text[later.sentence[0]:later.sentence[1]]
        if surname in sentence:
            low = sentence.lower()
            tokens = set(_LOWER_WORD.findall(low))
            if any(w in tokens if " " not in w else w in low for w in words):
                return later.speaker.speaker
    return ""


def _headline_rank(doc, act) -> str:
    """ "Russian general: …" with no one the tables know: the one body speaker whose words as written hold that rank
    ("Colonel General A B said"); "" otherwise."""
    written = act.speaker.as_written.split()
    if act.speaker.speaker in _mentions.people().speakers or not written or written[-1].lower() not in vocab.speech_words()["headline_rank"]:
        return ""
    rank = written[-1].lower()
    side = _words_side(act.speaker.as_written)
    # (the rank as a word of the introduction, not of an institution's name: "General Staff", "Attorney General's
    # office"; and of the side the title writes: "Russian general" is no one of Ukraine's General Staff)
    fits = {later.speaker.speaker for later in doc.speech.acts
            if later.sentence[0] >= doc.headline_end and later.speaker.speaker
            and _RANK_WORD.search(doc.text, max(later.sentence[0], later.speaker.start - 30), later.speaker.end)
            and rank in [m.group(1).lower() for m in _RANK_WORD.finditer(
                doc.text, max(later.sentence[0], later.speaker.start - 30), later.speaker.end)]
            and (not side or _label_side(later.speaker.speaker) in ("", side))}
    return fits.pop() if len(fits) == 1 else ""


#: A word of a speaker's introduction that may be a rank, not the first word of an institution's name ("General
#: Staff", "General's office").
_RANK_WORD = re.compile(r"\b([\w-]+)\b(?!’s|'s|\s+[Ss]taff\b|\s+[Aa]ssembly\b|\s+[Ss]ecretary\b)")


#: a headline's plural role, bare or after a possessive pronoun ("Prosecutors", "His commanders", "Her doctors"; not a
#: side's "Ukrainian commanders" or "Ukraine's commanders", its military by the conventions)
_PLURAL_ROLE = re.compile(r"(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?([A-Za-z]+)s")


def _headline_plural_holder(doc, start: int, end: int):
    """ "Prosecutors say …", "His commanders say …" over a body where one named person with that role speaks
    ("regional prosecutor A B told the court", "His company commander, a captain …, told the Herald"): that person,
    as the conventions resolve a headline's subject to the body's speaker; None when no body speaker or several
    distinct ones hold the role (sk29)."""
    plural = _PLURAL_ROLE.fullmatch(doc.text, start, end)
    if plural is None:
        return None
    noun = plural.group(1).lower()
    words = vocab.speech_words()
    if noun not in words["unnamed_person"] and noun not in words["generic_role"]:
        return None
    people, text = _mentions.people(), doc.text
    holders = set()
    for later in doc.speech.acts:
        name = later.speaker.speaker
        if later.sentence[0] < doc.headline_end or not name or not _mentions.could_be_person(name, people) \
                or later.speaker.start > later.cue.start:
            continue
        window = text[max(later.sentence[0], later.speaker.start - 80):later.cue.start].lower()
        if whole_word_at(window, noun, 0, len(window)):  # (a whole word, read by str.find: no pattern per noun, sp30)
            holders.add(name)
    if len(holders) != 1:
        return None
    return _mentions.Mention(start, end, holders.pop(), text[start:end], "headline subject")


def _headline_like_body(doc, start: int, end: int):
    """ "Russian blogger" in a headline: the body's speaker whose label holds the same words in order
    ("Russian military blogger"), when one does; else None."""
    words = [w.lower() for w in doc.text[start:end].split()]
    if len(words) < 2 or words[-1] in ("army", "military", "ministry"):
        return None
    for later in doc.speech.acts:
        if later.sentence[0] < doc.headline_end:
            continue
        label = later.speaker.speaker or _label_as_written(later.speaker.as_written)
        written = label.lower().removesuffix(" (unnamed)").split()
        at = 0
        for word in written:
            at += at < len(words) and word == words[at]
        if at == len(words) and written[-1] == words[-1]:
            return _mentions.Mention(start, end, label, doc.text[start:end], "headline subject")
    return None


def _headline_apposed(doc, start: int, end: int):
    """ "Wagner chief says …", "…, says Ukrainian brigade commander" over "The head of Russia's Wagner group,
    Yevgeny Prigozhin, said" / "Andriy Bilyk, commander of the 57th brigade, said": the body's first named
    speaker whose words of introduction (just before the name, or after it up to the verb) hold the
    headline's office and every other word of it but its country; else None."""
    written = [w.strip("’'") for w in doc.text[start:end].split()]
    words = [w.lower() for w in written]
    acronyms = {w.lower(): w for w in written if _ACRONYM.fullmatch(w)}  # "DPR adviser says …"
    head = words[-1] if words else ""
    synonyms = _words().role_synonyms.get(head)
    others = words[:-1]
    if synonyms is None and len(words) > 2 and words[1] == "of" and len(words) <= 6:
        # "Commander of ground forces says …": the office first, what it heads after "of" (hl12)
        head, others = words[0], [w for w in words[2:] if w not in ("of", "the", "s")]
        synonyms = _words().role_synonyms.get(head)
    if synonyms is None or len(others) > 3:
        return None
    forms = vocab.country_forms()
    qualifiers = [w for w in others if w.capitalize() not in forms and w not in ("the", "a", "an", "top", "senior")]
    countries = {forms[w.capitalize()][0] for w in others if w.capitalize() in forms}
    text = doc.text
    people = _mentions.people()
    for later in doc.speech.acts:
        if later.sentence[0] < doc.headline_end or not later.speaker.speaker \
                or later.speaker.how not in ("name", "title", "unknown name"):
            continue
        if later.speaker.start < later.cue.start:
            window = text[max(later.sentence[0], later.speaker.start - 100):later.cue.start]
        else:
            window = text[later.cue.end:min(later.sentence[1], later.speaker.end + 80)]
        found = set(re.findall(r"[a-z][\w-]*", window.lower()))
        # (the country of the words introducing the person: the name's own clause, not the content before it)
        intro = text[max(later.sentence[0], later.speaker.start - 60):later.speaker.start].rsplit(",", 1)[-1] \
            + text[later.speaker.end:later.cue.start if later.speaker.start < later.cue.start
                   else min(later.sentence[1], later.speaker.end + 80)]
        named = {forms[w][0] for w in re.findall(r"[A-Z][\w-]*", intro.replace("’", "'")) if w in forms}
        if countries and named and countries.isdisjoint(named):
            continue  # "Ukrainian delegation head" is not "X, who led the Russian delegation"
        if any(h in found for h in synonyms) and all(q in found or (q in acronyms and _spelled_out(
                acronyms[q], window)) for q in qualifiers) and (
                later.speaker.how == "unknown name" or _mentions.is_person(later.speaker.speaker, people)):
            # ("Sumy governor says …" is no seat's, "The Kremlin said …" after a paragraph naming the governor and
            # his region: an office's holder is a person, the one the body introduces with it, hl11)
            return _mentions.Mention(start, end, later.speaker.speaker, text[start:end], "headline subject")
    return None


#: a headline's acronym ("DPR", "SBU", "HUR"): two to five capitals
_ACRONYM = re.compile(r"[A-Z]{2,5}")
#: a run of capitalised words, small words between them ("Donetsk People's Republic", "Institute for the Study of
#: War"): its initials spell an acronym out ("DPR", "ISW"); an acronym of another language's words ("SBU" for the
#: "Security Service of Ukraine") is tied to its name by data/speakers.csv's aliases, not here
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w’'-]*)*")


def _spelled_out(acronym: str, window: str) -> bool:
    """Whether ``window`` writes out ``acronym`` as the initials of consecutive capitalised words ("DPR": "the
    Donetsk People's Republic"), small words ("of", "the") left out (hl13)."""
    for run in _CAPITALISED_RUN.finditer(window):
        initials = "".join(w[0] for w in run.group(0).split() if w[0].isupper())
        if acronym == initials:
            return True
    return False


def _institution_words(written: str) -> list[str]:
    """The words of an institution a headline names, lower case, "defense" spelled "defence", a leading "the" left
    out ("the Defense Ministry": ["defence", "ministry"]), as :func:`_headline_institution` and
    :func:`_institution_spokesperson` compare them with the body's voices."""
    words = [w.lower().replace("defense", "defence") for w in written.split()]
    return words[1:] if words[:1] == ["the"] else words


def _headline_institution(doc, start: int, end: int):
    """ "Russian troops liberate X — Defense Ministry": an institution named without its country in a headline
    is the body's speaker whose label ends with the same words (spelling "defense" as "defence"), when
    exactly one does; else None."""
    words = _institution_words(doc.text[start:end])
    signed = len(words) == 1 and doc.text[start].islower()  # "… near Bakhmut - military": a wire's lower-case signature
    if not (1 < len(words) <= 3 or signed) or words[-1] not in _institution_heads() | {"military", "army"}:
        return None
    fits = set()
    for later in doc.speech.acts:
        if later.sentence[0] >= doc.headline_end and later.speaker.speaker:
            label = later.speaker.speaker.lower().replace("defense", "defence").split()
            if label[-len(words):] == words:
                fits.add(later.speaker.speaker)
    if len(fits) != 1:
        return None
    return _mentions.Mention(start, end, fits.pop(), doc.text[start:end], "headline subject")


def _institution_spokesperson(doc, start: int, end: int):
    """ "Russian air defences down 14 drones — Defence Ministry" over a briefing where only "Defence Ministry spokesman
    A B said …" speaks: an institution a headline names (two or three words ending in an ``institution_head`` word
    of data/speech_words.csv) that no body speaker is, spoken for by one person of the body (:func:`_speaks_for`:
    the person's office in data/speakers.csv, or the words the body introduces the person with), is that person
    (label grammar, rule 4: the article ties the words to a person); None otherwise (hl13)."""
    written = doc.text[start:end]
    words = _institution_words(written)
    if not 1 < len(words) <= 3 or words[-1] not in _institution_heads():
        return None
    memo = doc.__dict__.setdefault("_institution_spokespersons", {})  # (per institution's words, read once: a live
    key = " ".join(words)  # page has hundreds of headline lines, issue 17)
    if key not in memo:
        people = _mentions.people()
        voices = {a.speaker.speaker for a in doc.speech.acts if a.sentence[0] >= doc.headline_end and a.speaker.speaker}
        if any(v.lower().replace("defense", "defence").endswith(key) for v in voices):
            memo[key] = ""  # (the institution speaks itself: _headline_institution's, one or several)
        else:
            persons = {v for v in voices if _speaks_for(doc, written, v, people)}
            memo[key] = persons.pop() if len(persons) == 1 else ""
    return _mentions.Mention(start, end, memo[key], written, "headline subject") if memo[key] else None


#: A headline's formation owned by the person it presents: "his brigade", "their regiment" (the kinds:
#: data/armed_units.csv, kind ``formation``, uses ``speaker_again``).
def _possessed_formation_re() -> re.Pattern:
    return vocab.compiled("headline_possessed_formation", ("armed_units",), lambda: re.compile(
        r"\s*(?i:his|her|its|their)\s+(?P<kind>" + "|".join(map(re.escape, vocab.formation_words("speaker_again")))
        + r")\s*"))


def _possessed_formation(doc, act) -> str:
    """ "…, and his brigade says it has downed more drones than any unit in the south" in a profile's deck: the one
    formation of that kind the body names by its number ("the 41st Mechanized Brigade"), labelled as written with
    its kind capitalised ("41st Mechanized Brigade"); "" when the body names none or several."""
    owned = _possessed_formation_re().fullmatch(act.speaker.as_written)
    if owned is None:
        return ""
    names = set(_numbered_formations(doc, owned.group("kind").lower(), doc.headline_end, len(doc.text)))
    return names.pop() if len(names) == 1 else ""


def _headline_who(doc, start: int, end: int):
    """Who the headline words ``start:end`` name: a known person, or "<country> <role>" resolved to
    the body's speaker from that country with that role."""
    people = _mentions.people()
    named = [m for m in _mentions_between(doc, start, end) if start <= m.start < end and m.speaker
             and m.how in ("name", "title", "role")]
    if named and named[-1].how == "role" and _body_office_holder(doc, named[-1]):
        return Mention(start, end, _body_office_holder(doc, named[-1]), doc.text[start:end], "role")
    if named:
        return named[-1]
    words = _mentions.fold_capitals(doc.text[start:end], people).split()  # ("SAYS RUSSIA": "Russia")
    country = (people.country_of_form.get(words[0]) or _lower_case_form(people, words[0])) if words else None
    if country is None:
        return None
    body = [a.speaker.speaker for a in doc.speech.acts if a.sentence[0] >= doc.headline_end]
    if len(words) == 1:  # "US wants Russia weakened": the body's speaker from that country
        fits = [name for name in body if name in people.speakers and people.speakers[name].country == country]
        return Mention(start, end, fits[0], doc.text[start:end], "country") if fits else None
    role = words[-1].lower()
    fits = [name for name in body if name in people.speakers and people.speakers[name].country == country
            and any(role == r or role in r.split() for r in people.speakers[name].roles)]
    return Mention(start, end, fits[0], doc.text[start:end], "role") if fits else None


def _lower_case_form(people, word: str) -> str | None:
    """The country of a form data/countries.csv writes in lower case ("alliance", "occupiers") that a headline writes
    with a capital ("Alliance chief says …", "Occupiers claim …": a title's first word, or Title Case): None for
    any other word (hl13)."""
    lowered = word.lower()
    return people.country_of_form.get(lowered) if lowered != word else None


#: "Moscow accuses Kyiv and says …", "Ukraine blames Russia and warns …": a headline's opening subject, a verb of
#: its own, and the verb's object right before "and <stance verb>" (the object is no subject of the second verb); the
#: subject's words after its first may be lower case, as sentence-case titles write them ("Russian army accuses Kyiv
#: and says …", "Russia's defence ministry blames Kyiv and says …", hl12)
_OPENING_SUBJECT = r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,2})\s+[a-z]+s"  # (and the verb in -s)
_OPENING_SUBJECT_VERB = re.compile(_OPENING_SUBJECT + r"\s+$")
_AND_BEFORE_VERB = re.compile(r"\s+and\s+$")


def _opening_voice(doc, who: tuple[int, int], act=None):
    """The speaker of a headline's opening subject ``who`` (start, end) that a later verb of the line shares: the one
    the layer already read there when the first verb speaks too ("Russian army accuses …": resolved as the first verb's,
    one voice for the line), else the headline reader's (:func:`_headline_subject_mention`) (hl12)."""
    return next((b.speaker for b in doc.speech.acts if (b.speaker.start, b.speaker.end) == who and b.speaker.speaker
                 and b is not act), None) or _headline_subject_mention(doc, who)


def _headline_coordinated_subject(doc, sentence, act):
    """ "Moscow accuses Kyiv and says its troops repelled a raid": the object of the headline's first verb read as
    the subject of the stance verb coordinated with it; the subject is the headline's opening one ("Moscow"), a
    country (resolved as a headline country is: the body's speaker who states the clause) or a person the headline
    names; ``act`` unchanged otherwise (hl11)."""
    text = doc.text
    if act.speaker.start >= act.cue.start or not _AND_BEFORE_VERB.fullmatch(text, act.speaker.end, act.cue.start):
        return act
    opening = _OPENING_SUBJECT_VERB.fullmatch(text, sentence.start, act.speaker.start)
    if opening is None:
        return act
    mention = _opening_voice(doc, opening.span("who"), act)
    if mention is None or not mention.speaker or mention.speaker == act.speaker.speaker:
        return act
    return replace(act, speaker=mention)


#: what stands between a colon label's name and its colon when the name only owns a topic: "Koval's farewell:"
_POSSESSED_TOPIC = re.compile(r"[’']s\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*$")
#: the data/speech_words.csv kinds whose noun after a possessive still labels the owner's words ("Putin's warning:")
_OWNED_SPEECH_KINDS = ("headline_label_noun", "signature_speaker", "content_noun", "statement_noun", "speaking_noun")


def _possessed_topic_colon(doc, act) -> bool:
    """Whether a headline's colon follows a name's possession, not the name ("Koval's farewell: troops salute …",
    "Putin's gamble: …"): the title's topic belongs to the person, who says nothing there; a speaking noun after
    the possessive still labels a speaker ("Zelensky's office: …": a ``headline_label_noun`` or ``signature_speaker``
    word of data/speech_words.csv) (hl11), and so does a noun of the person's words ("Putin's warning: …", "Putin's
    message: …": a ``content_noun``, ``statement_noun`` or ``speaking_noun`` word) (rv25fixc)."""
    if act.cue.text != ":" or act.speaker.end > act.cue.start:
        return False
    owned = _POSSESSED_TOPIC.match(doc.text, act.speaker.end, act.cue.start)
    if owned is None:
        return False
    words = vocab.speech_words()
    return not any(any(w in words[kind] for kind in _OWNED_SPEECH_KINDS) for w in owned.group("noun").split())


def _evidence_verbs() -> frozenset:
    """ "Geolocated footage indicates that …": the ``evidence_verb`` lemmas of data/speech_words.csv and their
    regular forms (indicate, indicates, indicated, indicating), a picture's inference, no speaker's words."""
    return vocab.compiled("claims_evidence_verbs", ("speech_words",), lambda: frozenset(
        form for lemma in vocab.speech_words()["evidence_verb"] for form in {lemma} | inflections(lemma)))


#: "Geolocated footage indicates …": a picture as the subject of an evidence verb (the ``evidence_subject`` words of
#: data/speech_words.csv, any case)
_EVIDENCE_SUBJECT = vocab.TablePattern("evidence_subject", ("speech_words",), lambda: r"\b(?:" + (trie_pattern(
    vocab.speech_words()["evidence_subject"], ignore_case=True) or "(?!)") + r")\b", re.IGNORECASE)
#: "…; satellite images show damage": a headline's clause after a semicolon whose subject is a picture and whose verb
#: an evidence verb (a few words may qualify the picture: "new satellite images")
_EVIDENCE_CLAUSE = vocab.TablePattern("headline_evidence_clause", ("speech_words",), lambda: r";\s+(?:[\w’'-]+\s+){0,3}?"
                                      + _EVIDENCE_SUBJECT.pattern + r"\s+(?:" + (trie_pattern(_evidence_verbs()) or "(?!)")
                                      + r")\b", re.IGNORECASE)


#: an outlet's clause after a headline's statement: "as"/"while" before a capitalised subject ("… arms package as
#: Russia opens new push near Kharkiv", "…, while Kyiv's forces dig in"), or "amid" before what goes on around it
_NARRATION_AFTER = re.compile(r",?\s+(?:(?:as|while)\s+(?=[A-Z][\w’'-])|amid\s+(?=\S))")


def _headline_narration(doc, sentence, acts) -> list[tuple[int, int]]:
    """The outlet's own clause of a headline after the speaker's words (hl12): "Pentagon announces $400 million arms
    package as Russia opens new push near Kharkiv" reports an aid package; the push is the outlet's news, not what the
    Pentagon announced, so the clause after "as" (a capitalised subject: a clause of its own), "while" or "amid" types
    nothing of that speaker's claim; nor does a picture's clause after a semicolon ("Ukraine says missiles wrecked
    helicopters; satellite images show damage": the images are no speaker, hl14). Nothing when a verb of the speaker's stands in or after the clause ("Kyiv hit by
    drones as air force says …": the act is the clause) or when the break comes right after the verb. The spans (the
    clause to the headline's end) go to the attribution a claim's topics leave out (``_content._claim``)."""
    if not sentence.headline or not acts:
        return []
    last = max(a.cue.end for a in acts)
    brk = _NARRATION_AFTER.search(doc.text, last, sentence.end) or _EVIDENCE_CLAUSE.search(doc.text, last, sentence.end)
    if brk is None or not doc.text[last:brk.start()].strip():
        return []
    return [(brk.start(), sentence.end)]


#: "Russia hits back at Kyiv, says its forces took 30 villages": a headline's opening subject and its own verb, then a
#: stance verb after a comma (or "but": "Moscow has not confirmed his death but says …", hl14) with no subject of its
#: own (the opening one's)
_ELIDED_OPENING = re.compile(_OPENING_SUBJECT + r"\b[^,;:“”\"]{2,80}?(?:,|\s+but)\s+$")
#: … and what follows that verb is a clause of three words or more, not a signature ("…, says Kyiv")
_ELIDED_CLAUSE = re.compile(r"\s+\S+(?:\s+\S+){2,}")


def _elided_verb_re() -> re.Pattern:
    """A headline verb right after a comma or "but" (", says", ", insists", "but says"), built once per table."""
    return vocab.compiled("headline_elided_verb", ("speech_cues", "speech_words"), lambda: re.compile(
        r"(?:,|\s+but)\s+(?P<verb>" + _headline_verbs() + r")\b"))


def _headline_elided_subject(doc, sentence, acts) -> list:
    """ "Russia hits back at Kyiv, says its forces took 30 villages", "Kremlin rejects truce call, insists offensive
    will go on": a headline stance verb after a comma whose subject the headline leaves out is the opening subject's
    (hl12): ``acts`` with an act for it, spoken by the speaker the layer read there (the first verb's) or as a headline
    subject is read. A country the layer read after the verb as its speaker but which opens the verb's clause ("Zelensky
    thanks allies, says Russia lost 1,000 troops": "Russia lost") gives way to it. ``acts`` unchanged when the verb has
    an act of its own, when the words after it are a short signature ("…, says Kyiv") or when the opening words are
    no subject the headline reader knows."""
    if not sentence.headline:
        return acts
    text = doc.text
    for verb in _elided_verb_re().finditer(text, sentence.start, sentence.end):
        v_start, v_end = verb.span("verb")
        layer = [a for a in acts if a.cue.start == v_start]
        if any(not (a.speaker.how == "country" and a.speaker.start >= v_end
                    and _CLAUSE_VERB_AFTER.match(text, a.speaker.end, sentence.end)) for a in layer) \
                or not _ELIDED_CLAUSE.match(text, v_end, sentence.end):
            continue
        opening = _ELIDED_OPENING.fullmatch(text, sentence.start, v_start)
        if opening is None:
            continue
        mention = _opening_voice(doc, opening.span("who"))
        if mention is None or not mention.speaker:
            continue
        cue = Cue(v_start, v_end, text[v_start:v_end], "speech")
        elided = SpeechAct((sentence.start, sentence.end), cue, mention, None, "")
        if _headline_act_only(doc, sentence, elided):
            continue  # ("…, orders families to leave": an act, no words)
        return [a for a in acts if a not in layer] + [elided]
    return acts
