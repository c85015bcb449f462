"""The claims stage: :func:`find` and :func:`one_per_day`, and the pass over one document (``_claims_in``) that reads
its speech layer's acts into claim rows."""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use: import time, issue 17)
from dataclasses import replace

import pandas as pd

from saidvsdone import document, english, schema, segment, vocab
from saidvsdone import mentions as _mentions
from saidvsdone.mentions import NATIONAL_GROUP as _NATIONAL_GROUP
from saidvsdone.speech import Cue, SpeechAct, heard_report
# a sentence that opens on the capital or country it happens in: the layer's fronted place (rv22c)
from saidvsdone.speech import FRONTED_PLACE as _OPENING_SEAT
from saidvsdone.speech import COMMA_ARTICLE as _COMMA_ARTICLE
from saidvsdone.attribution import conduit_place, medium_titles, written_as_medium
from saidvsdone.mentions import label_as_written as _label_as_written
from saidvsdone.citing import (
    EXPERTS_AT as _EXPERTS_AT, cited_by_media as _cited_by_media, country_labels as _country_labels,
    table_label as _table_label, speaker_kind as _kind_of, speech_mentions_between as _mentions_between,
)
from saidvsdone.citing import deck as _deck, subhead_lines as _subhead_lines
from saidvsdone.matcher import trie_pattern

from ._vocabulary import (
    _EXCLUDING, _FULL_STOP_END, _IN_HIS_VIEW, _lexicon, _QUESTION_END, _span, _topics, _words, _YES_NO,
)
from ._voices import (
    _apposed_name, _BACK_REFERENCE, _bare_label, _coordinated, _country_speaker, _DEFINITE_ROLE, _demonym_claims,
    _denied_claims, _DEPUTY, _DESCRIBED_NAME, _GENERIC_FORCES, _hedged, _INDEFINITE, _it_country, _it_in_sentence,
    _LINKED_BASIS, _LINKED_TITLE, _LONG_HELD, _military_labels, _NAME_HEAD_BEFORE, _NAME_TAIL_AFTER,
    _opened_by_unnamed, _own_service, _owned_group_demonym, _owner_after_claims, _data_owner_claims, _PERSON_OF_THE,
    _plural_heads,
    _possessive_claims,
    _POSSESSIVE_LEAD, _quoted_by, _RELEASED_BY, _SAME_HEAD, _silent_seat, _states, _THAT, _unknown_conduit,
)
from ._headlines import (
    _aside_speaker, _BARE_EXPERTS, _body_office_holder, _possessed_formation,
    _seat_holder, _silent_role_holder, _described_after_colon, _country_to_unnamed_official, _headline_apposed,
    _headline_block_side_dates, _headline_restated_days, _headline_dependent, _headline_document_owner, _headline_restated_voice, _headline_group_quoted, _headline_role_main_voice, _headline_inverted, _headline_office_words,
    _headline_plural_holder, _headline_rank, _headline_role_holder,
    _headline_act_only, _headline_coordinated_subject, _headline_elided_subject, _headline_second_clause, _headline_subject, _headline_to_body_label,
    _listed_noun, _possessed_topic_colon, _introduced_as, _is_think_tank,
    _its_country_label, _ITS_INSTITUTION, _object_only, _relative_clause_subject, _restated_by, _same_unnamed,
    _seat_to_unnamed_official, _side_group_voice, _titled_in_body, _words_side,
)
from ._speakers import (
    _relayed_sources, _nested_subjects, _inner_sources, _cited_voices,
    _AGENTLESS_SOURCE, _aside_goes_on, _before_another_voice, _CLAUSE_BREAK, _common_leads, _country_modifies,
    _evidence_participles, _EVIDENCE_SUBJECT, _evidence_verbs, _goes_on, _GROUP_OPENING, _institution_label,
    _according_to_its_data, _delayed_identification, _introduced_with, _INVERTED_IT, _its_data, _LABEL_LEAD,
    _it_then_said, _lede_named_later, _LOWER_COMPOUND,
    _MODAL_BEFORE, _UNABLE_BEFORE,
    _named_later_only, _NO_SPEAKER, _OF_THEM, _own_voice, _participle_not_name, _QUESTION_LABEL, _quoted_restated,
    _quoted_subhead, _RELAYED, _reordered_name, _report_owner, _role_introduced, _scopes, _SEE_NO_SIGN,
    _STAMPED_LABEL, _stamped_label, _statement_issuer, _STATEMENT_SUBJECT, _unattributed,
)
from ._dating import _carried, _continued_unnamed_dates
from ._vocabulary import _account_subject
from ._content import _back_reference, _claim, _dash_signed, _said_this_before, _fine_type, _fits_voice, _placed_back


#: "said two things were clear", "made two points", "gave three reasons": points announced, each in a sentence after
# (each word's \b written after its first letter: the pattern opens on t f s, searched in C; issue 17)
_ANNOUNCED_POINTS = re.compile(r"(?:t(?<!\w.)wo|t(?<!\w.)hree|f(?<!\w.)our|s(?<!\w.)everal)"
                               r"\s+(?:main\s+|key\s+|clear\s+)?(?:things|points|reasons|"
                               r"conclusions|lessons|messages|observations)\b")
#: a sentence going on with the announced points: "First, …", "Second, …", "And …", "Also, …"
_NEXT_POINT = re.compile(r"\s*(?:First|Second|Third|Fourth|Firstly|Secondly|Thirdly|Finally|Lastly|And|Also)\b")
#: between a verb and a pronoun opening what it reports: "said on Friday (that) it", "told reporters he"
_REPORTED_PRONOUN_GAP = re.compile(r"\s+(?:(?:on|late|early|last)\s+[A-Z]?[a-z]+\s+|(?:reporters|journalists)\s+)?(?:that\s+)?")
#: ", whose government has asked Washington for more missiles, " between a subject and its main verb
_WHOSE_ASIDE = re.compile(r"\s*,\s*whose\s+[^,;:“”\"()]{3,200}?,\s*(?:(?:also|later|then|now|again|[a-z]+ly)\s+){0,2}"
                          r"(?:(?:has|have|had)\s+)?")


def _continued_document(doc, found: list[dict]) -> None:
    """ "A leaked US intelligence assessment, seen by this newspaper, found that …. The document, dated November 8,
    estimated …. It also warned …": a document no table names, then "the document" / "the report" / "it" left
    unresolved in the same paragraph or the next two: the same document speaks (the layer resolves named speakers
    only). The rows' labels change in place."""
    nouns = vocab.speech_words()["statement_noun"]
    written = nouns | vocab.speech_words()["not_a_person"]  # "The document, dated November 8, estimated …" (cl21)
    last = None
    for claim in found:
        if claim["headline"] or claim.get("carried"):
            continue
        written = claim["speaker_as_written"].strip()
        words = written.lower().split()
        paragraph = doc.sentence_at(claim["start"]).paragraph
        if claim["attribution"] == "unnamed source" and len(words) > 1 and words[-1] in nouns:
            last = (claim["speaker"], paragraph)
            continue
        if last is not None and claim["attribution"] in ("unresolved role", "unresolved pronoun") \
                and paragraph - last[1] <= 2 and (words in (["it"],) or (
                    len(words) in (2, 3) and words[0] in ("the", "this", "that", "its") and words[-1] in written)):
            claim["speaker"] = last[0]
            claim["attribution"] = "pronoun" if words == ["it"] else "role"
            continue
        if claim["attribution"] != "unnamed source" or claim["speaker"] != (last[0] if last else None):
            last = None


def _document_owner_labels(doc, found: list[dict]) -> None:
    """ "The committee said in a report …. ⏎ The report, titled “…”, estimates …": the row of the titled document
    takes the label of the row that presented it (``_speakers._document_owner`` noted the sentences), whose label
    reads the whole name. The rows' labels change in place."""
    owners = getattr(doc, "_claims_document_owners", None)
    if not owners:
        return
    by_start = {}
    for claim in found:
        if not claim["headline"]:
            by_start.setdefault(claim["start"], claim)
    for claim in found:
        presented = by_start.get(owners.get(claim["start"], -1)) if not claim["headline"] else None
        if presented is not None and presented is not claim:
            claim["speaker"] = presented["speaker"]


#: "the outlet", "The think tank", "the group": a definite noun a row's speaker is written as
_THE_NOUN_WRITTEN = re.compile(r"(?:[Tt]he)\s+((?:[a-z-]+\s+)?[a-z-]+)")


def _they_asked_before(doc, previous_sentence, previous_acts) -> str:
    """ "In Kyiv, officials asked for patience. The operation, they said, was far from over.": "they" is the one
    unnamed group that spoke in the sentence before without stating a claim (a request, a question), as it is the
    group that claimed last (cl25); the empty string when that sentence had no such group, or two."""
    groups = {a.speaker.as_written.strip() for a in previous_acts if a.speaker.how == "unnamed source"
              and not a.speaker.speaker and a.speaker.as_written.split()
              and a.speaker.as_written.split()[-1].lower() in _plural_heads()}
    if len(groups) != 1 or any(a.speaker.as_written.strip() not in groups for a in previous_acts):
        return ""
    act = next(a for a in previous_acts if a.speaker.as_written.strip() in groups)
    label = _written_label(doc, previous_sentence, act)
    place = _OPENING_SEAT.match(doc.text, previous_sentence.start, act.speaker.start)
    country, kind = vocab.country_forms().get(place.group(1), ("", "")) if place is not None and " " not in label \
        else ("", "")
    if country and kind in ("country", "capital") and vocab.side_of(country) != "other":
        label = f"{_mentions.demonym_of(country)} {label}"  # "In Kyiv, …, officials asked …": Ukrainian officials
    return label


def _apposition_possible_sp29(text: str, name: str, noun: str, start: int, end: int) -> bool:
    """Can ``name`` + ", a|an|the" + up to four words + ``noun`` (``_apposed_back_reference``'s per-name pattern) stand
    in ``text[start:end]``? False only when it cannot: ``noun`` is not there, or no place of ``name`` there has the
    comma and the article right after it (the pattern is then neither compiled nor run: on unseen copy each new name
    cost a compile)."""
    if text.find(noun, start, end) < 0:
        return False
    at = text.find(name, start, end)
    while at >= 0:
        if _COMMA_ARTICLE.match(text, at + len(name), end):  # (what follows the name in an apposition)
            return True
        at = text.find(name, at + 1, end)
    return False


def _apposed_back_reference(doc, found: list[dict]) -> None:
    """ "Mediazona, an independent Russian outlet that counts obituaries, said on Friday …. The outlet cautioned that
    …": "the <noun>" left unnamed after a speaker no table knows whom an earlier sentence apposed that noun to ("X, an
    independent outlet", "X, a Kyiv-based think tank") is X (the layer resolves such nouns for the tables' bodies only;
    the last such speaker before it, within 1,500 characters). The rows' labels change in place."""
    spoken: list[tuple[int, str]] = []  # (start, speaker) of rows whose speaker is a name no table knows
    for claim in found:
        if claim["headline"]:
            continue
        written = claim["speaker_as_written"].strip()
        noun = _THE_NOUN_WRITTEN.fullmatch(written) if claim["attribution"] in ("unnamed source", "unresolved role") else None
        if noun is not None:
            resolved = False
            for start, name in reversed(spoken):
                if claim["start"] - start > 1500:
                    break
                if not _apposition_possible_sp29(doc.text, name, noun.group(1), max(0, start - 200), claim["start"]):
                    continue  # (no pattern compiled for a name and noun the span cannot hold apposed: sp29)
                apposed = re.compile(re.escape(name) + r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?"
                                     + re.escape(noun.group(1)) + r"\b")
                if apposed.search(doc.text, max(0, start - 200), claim["start"]):
                    claim["speaker"], claim["attribution"], resolved = name, "role", True
                    break
            if not resolved:  # (a body a row named in full before: cl18; a medium's noun is the speech layer's, sk26)
                named = _named_before(found, claim, noun.group(1))
                if named:
                    claim["speaker"], claim["attribution"] = named, "role"
            continue
        if claim["attribution"] == "unknown name" and claim["speaker"]:
            spoken.append((claim["start"], claim["speaker"]))


def _named_before(found: list[dict], claim: dict, noun: str) -> str:
    """ "The X Committee said in a report …. ⏎ … The committee also said …": the label of the last body row before
    ``claim`` (within 3,000 characters) whose label of two words or more ends with the noun ("committee", "defence
    ministry"), the body no table knows that the row named in full; "" when there is none (cl18). A body's head noun
    ("the committee") is the speech layer's first (``speech._subjects._body_named_before``, sk26): this reads only the
    rows the layer left unnamed, whose label a claims rule gave (it marks them "role", rv16)."""
    tail = " " + noun.lower()
    for row in reversed(found):
        if row is claim or row["headline"] or row["start"] >= claim["start"]:
            continue
        if claim["start"] - row["start"] > 3000:
            break
        label = row["speaker"] or ""
        if len(label.split()) > len(noun.split()) and (" " + label.lower()).endswith(tail):
            return label
    return ""


def _without_whose_doings(doc, speaking: list) -> list:
    """ "Zelensky, whose government has asked Washington for more missiles, said …": a doing of the subject's own in a
    ", whose …," aside before the subject's main verb (no that-clause of its own) says nothing the sentence reports."""
    if len(speaking) < 2:
        return speaking
    text = doc.text
    return [a for a in speaking if not (text[max(0, a.speaker.start - 6):a.speaker.start].lower() == "whose "
                                        and any(b is not a and b.speaker.end < a.speaker.start and b.cue.start > a.cue.start
                                                and " that " not in text[a.cue.end:b.cue.start]
                                                and _WHOSE_ASIDE.fullmatch(text, b.speaker.end, b.cue.start)
                                                for b in speaking))]


def find(articles: pd.DataFrame | str, quotes: pd.DataFrame | None = None, *,
         include_quotes: bool = False, include_carried: bool = False, n_jobs: int = 1) -> pd.DataFrame:
    """Claims about the war's course in ``articles``, one row per sentence and speaker.

    Args:
        articles: a frame from ``corpus.load`` / ``corpus.from_text``, or a str.
        quotes: the frame from ``quotes.extract(articles)``, when you have one: its speakers
            (for example one you corrected) are used for ``include_quotes`` rows. The speech
            layer is never computed twice either way.
        include_quotes: also list direct quotes whose words are about the war's course
            (``found_in`` = ``quote``): by the definition they are quotes, not claims.
        include_carried: also list a sentence with no speech verb that directly continues a
            claim of the same paragraph ("And the timetable had not changed."), flagged ``carried``.
        n_jobs: processes sharing the work (``-1``: every core); the table is the same.

    Returns:
        Columns ``article_id, claim_id, speaker`` (canonical name, else the label as written),
        ``speaker_as_written, attribution`` (how the speaker was found), ``cue`` (the speech verb),
        ``claim_type`` (a fine type of claim_phrases.csv, else a topic), ``topics`` (every topic
        found, ``|``-separated), ``text`` (the sentence), ``quoted_words`` (the speaker's own words
        in it, between quote marks in the article; empty when it is all paraphrase), ``phrase,
        pattern`` (the claim phrase that gave a fine type), ``found_in`` (where the claim was
        found: ``reported`` speech, a ``headline`` or a direct ``quote``; ``source`` in 0.1), ``headline, carried, negated, quote_id, statement_date, date_basis, undated,
        start, end`` (``text`` is the article's ``text[start:end]``), ``phrase_start,
        phrase_end, sentence, published``, ``via`` (the news agency or medium that carried the
        speaker's words: "Lavrov told TASS", "according to Interfax", "told the agency"; from the
        speech layer, as the quotes table's). Failing articles are listed in ``attrs["errors"]``.

    Example:
        >>> from saidvsdone import corpus
        >>> table = find(corpus.from_text(
        ...     "The defence minister said Russian troops had liberated two villages near Kupiansk. "
        ...     "He also praised the cooks.", published="2024-05-03"))
        >>> table[["speaker_as_written", "claim_type", "topics"]].values.tolist()
        [['The defence minister', 'progress', 'territory|mobilisation']]
    """
    if n_jobs != 1 and not isinstance(articles, str) and len(articles) > 1:
        return document.parallel(find, articles, n_jobs, quotes=quotes, include_quotes=include_quotes,
                                 include_carried=include_carried)
    given = None
    if quotes is not None and include_quotes:  # only quote rows read the given speakers
        given = {key: group for key, group in quotes.groupby("article_id")}

    def stage(doc):
        twin = _recased_twin(doc)  # "UKRAINE SAYS RUSSIA LOST …": an ALL CAPS title read as Title Case
        found = _claims_in(twin or doc, include_quotes, include_carried,
                           None if given is None else given.get(doc.article_id))
        return found if twin is None else _restore_case(doc, twin, found)
    return document.per_article(articles, stage, _frame, desc="claims")


#: A line written in capitals only ("UKRAINE SAYS RUSSIA LOST 1,500 TROOPS", "ZELENSKY: …"): no lower-case letter,
#: three words of two capitals or more.
_CAPS_LINE = re.compile(r"[^a-z\n]*$")
_CAPS_WORD = re.compile(r"[A-Z][A-Z’'.-]*[A-Z]\b")
_CASED_WORD = re.compile(r"[A-Za-z][A-Za-z’'.-]*")


def _written_cases() -> dict:
    """Words of the tables written with capitals inside ("ISW", "NATO", "MoD", "DeepState", "HUR"), keyed by the
    word in capitals: the case an ALL CAPS title's word takes back."""
    def build():
        cases = {}
        for name in ("speakers", "countries", "label_spellings", "armed_units", "places"):
            try:
                frame = vocab.table(name)
            except Exception:  # a table a folder of one's own leaves out
                continue
            for column in frame.columns:
                for cell in frame[column].dropna().astype(str):
                    for word in _CASED_WORD.findall(cell):
                        if word != word[:1] + word[1:].lower() and any(c.isupper() for c in word[1:]):
                            cases.setdefault(word.upper(), word)
        return cases
    return vocab.compiled("claims_written_cases",
                          ("speakers", "countries", "label_spellings", "armed_units", "places"), build)


def _recased_twin(doc):
    """The document with its ALL CAPS title, deck and sub-heading lines written in Title Case ("UKRAINE SAYS RUSSIA
    LOST …" → "Ukraine Says Russia Lost …", "ISW" and "MoD" as the tables write them), the same length, so every
    span stays where it was; None when no headline line is in capitals. In capitals every word looks like a name, so
    a title's speaker, verb and places are read as in a Title Case title (the words' case tells nothing there)."""
    capitals = [(index, ps, pe) for index, (ps, pe) in enumerate(doc.paragraphs)
                if _CAPS_LINE.match(doc.text, ps, pe) and len(_CAPS_WORD.findall(doc.text, ps, pe)) >= 3]
    if not capitals:
        return None
    headings = _subhead_lines(doc) | {_deck(doc)} | {s.paragraph for s in doc.sentences if s.headline}
    lines = [(ps, pe) for index, ps, pe in capitals if ps < doc.headline_end or index in headings]
    if not lines:
        return None
    cases = _written_cases()
    text = list(doc.text)

    def recase(word: str) -> str:
        new = cases.get(word) or word[:1] + word[1:].lower()
        return new if len(new) == len(word) else word
    for ps, pe in lines:
        for m in _CASED_WORD.finditer(doc.text, ps, pe):
            text[m.start():m.end()] = recase(m.group(0))
    text = "".join(text)
    title = doc.title
    if title and title.upper() == title and doc.text.find(title) >= 0:
        at = doc.text.find(title)
        title = text[at:at + len(title)]
    return document.build(doc.article_id, text, doc.published, title)


#: The fields of a claim row that copy the article's words (the speaker's label and the types are the tables').
_PRINTED_FIELDS = ("text", "speaker_as_written", "cue", "quoted_words", "phrase", "via")


def _restore_case(doc, twin, found: list[dict]) -> list[dict]:
    """The rows of ``twin`` with the article's own letters: every text field read from the recased lines is
    written back as the article prints it."""
    for row in found:
        start, end = row.get("start"), row.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or twin.text[start:end] == doc.text[start:end]:
            continue
        for key in _PRINTED_FIELDS:  # (what the row copies stands in its sentence)
            value = row.get(key)
            at = twin.text.find(value, start, end) if isinstance(value, str) and value else -1
            if at >= 0:
                row[key] = doc.text[at:at + len(value)]
        row["text"] = doc.text[start:end]
    return found


def one_per_day(found: pd.DataFrame, speaker: str | None = None,
                claim_types: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The first claim of each type on each statement date, with a short ``label``: the
    speaker's own words in quote marks when the sentence quotes them, else the matched phrase
    marked as the reporter's wording ("reported: …"). What a timeline chart can show legibly.

    Example:
        >>> from saidvsdone import corpus
        >>> chart = one_per_day(find(corpus.load()), speaker="Vladimir Putin", claim_types=("negotiations",))
        >>> chart["label"].tolist()[:2]
        ['reported: negotiate', 'reported: prepared for peace talks']
    """
    chosen = found
    if speaker is not None:
        chosen = chosen[chosen["speaker"] == speaker]
    if claim_types is not None:
        chosen = chosen[chosen["claim_type"].isin(claim_types)]
    rank = {p.source: n for n, p in enumerate(_lexicon().phrases.patterns)}
    found_rank = {"quote": 0, "reported": 1, "headline": 2}
    chosen = (chosen[~chosen["negated"]]
              .assign(_quoted=chosen["quoted_words"].eq(""), _rank=chosen["pattern"].map(rank).fillna(len(rank)),
                      _found=chosen["found_in"].map(found_rank))
              .sort_values(["statement_date", "claim_type", "_quoted", "_rank", "_found", "start"], kind="stable")
              .drop_duplicates(["statement_date", "claim_type"])
              .drop(columns=["_quoted", "_rank", "_found"]))
    return chosen.assign(label=[_label(r) for r in chosen.itertuples(index=False)])


def _label(row) -> str:
    """Quote marks only around words the speaker said (as they stand in the article); the
    reporter's wording is labelled as such."""
    quoted = row.quoted_words.split(" | ")[0].strip().rstrip(",.;:") if row.quoted_words else ""
    if quoted:
        short = _shorten(quoted)
        return f"“{short}”" + ("" if short == quoted else " …")  # the cut is marked outside the marks
    words = re.sub(r"[“”\"‘’]|(?<!\w)'|'(?!\w)", "", row.phrase or "").strip()
    short = _shorten(words)
    return f"reported: {short + ('' if short == words else ' …') if words else row.claim_type.replace('_', ' ')}"


def _shorten(words: str, limit: int = 48) -> str:
    if len(words) <= limit:
        return words
    return words[:limit].rsplit(" ", 1)[0].rstrip(",;:")


def _frame(rows: list[dict]) -> pd.DataFrame:
    return schema.typed_frame(rows, schema.CLAIMS)


_POSTED_STATEMENT = re.compile(r"(?i:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?i:statement|post|report|video|message|"
                               r"update|address|letter|note)")
_DATELINE_AFTER = re.compile(r"\s*(?::|—|–|>>)")


#: ", a figure " or ", a level " right before a speaker: the head of an appositive whose relative clause has no "that"
#: ("…, a figure Kyiv rejected as fiction", "…, a threshold allies have asked Kyiv to lower")
_APPOSITIVE_HEAD = re.compile(r",[^\S\n]+(?:a|an|the|one)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}?[a-z][\w-]*[^\S\n]+$")
#: a verb right after the speech verb of such a relative clause: the head is its subject ("a figure the ministry said was
#: the highest"), so the speaker states what the appositive restates
_VERB_AFTER_CUE = re.compile(r"[^\S\n]+(?:was|were|is|are|had|has|have|would|will|could|might|may|included|includes|"
                             r"showed|shows|amounted|came|stood|remained)\b")
#: words that make ", a day after " or ", the same day as " a time clause or a comparison, no appositive's head
_NO_HEAD = re.compile(r"\b(?:after|before|since|until|when|while|as|than|because|following|ago|later|earlier)\s*$")
_CLAUSE_END = re.compile(r"[;:]|,[^\S\n]+(?:and|but|while|whereas)\b")


def _stated_nouns() -> frozenset:
    """Nouns that restate what was said ("a claim", "an assertion", "a figure", "a charge"): the claim nouns of
    claim_words.csv and the estimate and statement nouns of speech_words.csv, with their plurals ("figures",
    "numbers"; an appositive on one of them takes a stance on the whole sentence's words)."""
    def build():
        words = vocab.speech_words()
        nouns = frozenset(_words().claim_nouns) | words["estimate_noun"] | words["statement_noun"]
        return nouns | {w + "s" for w in nouns if not w.endswith("s")}
    return vocab.compiled("claims_stated_nouns", ("claim_words", "speech_words"), build)


def _appositive_relative(text: str, s_start: int, s_end: int, acts) -> tuple[int, int] | None:
    """The part of a sentence that is a speaker's own when each of its speech verbs stands in a relative clause on the
    head of a trailing appositive ("Shoigu said Ukraine had lost 100,000 soldiers, a figure Kyiv rejected as
    fiction"; "The call-up age stays at 25, a threshold allies have asked Kyiv to lower"): the appositive up to its
    clause's end, never the clause it restates (the other voice's words or the reporter's) (cl17)."""
    spans = set()
    for a in acts:
        if not a.speaker.start < a.cue.start or a.speaker.start <= s_start:
            return None
        head = _APPOSITIVE_HEAD.search(text, max(s_start, a.speaker.start - 40), a.speaker.start)
        if head is None or _VERB_AFTER_CUE.match(text, a.cue.end) or _NO_HEAD.search(head.group(0)) \
                or any(w in _stated_nouns() for w in head.group(0).lower().replace(",", " ").split()):
            # (", a day after Ukraine's commander said …" is a time clause, no appositive: the words are his; "…, a claim
            # Ukraine's military rejected", "…, a figure Kyiv disputed": the second voice's stance on the whole)
            return None  # ("…, a figure the General Staff said was the highest": the speaker states the figure)
        spans.add(_to_clause_end(text, head.start() + 1, a, s_end))
    return spans.pop() if len(spans) == 1 else None


def _to_clause_end(text: str, start: int, act, s_end: int) -> tuple[int, int]:
    """From ``start`` to the end of the clause of ``act``'s verb (a semicolon, a colon, ", and"/", but" …)."""
    end = _CLAUSE_END.search(text, act.cue.end, s_end)
    return start, end.start() if end is not None else s_end


#: "It was the first time the Kremlin had …" opening a sentence: the reporter's comment on a statement told before
_FIRST_TIME = re.compile(r"(?:It|This|That)[^\S\n]+(?:was|is|marked|marks|is\s+believed\s+to\s+be|was\s+believed\s+to\s+be)"
                         r"[^\S\n]+the[^\S\n]+(?:first|second|third|only)[^\S\n]+(?:time|occasion)[^\S\n]+"
                         r"(?:that[^\S\n]+)?(?:since[^,]{1,40},[^\S\n]+)?")
_FIRST_TIME_VERB = re.compile(r"[^\S\n]+(?:(?:had|has|have|publicly|officially|openly|formally|ever|ever\s+publicly)"
                              r"[^\S\n]+)*$")


def _told_before(doc, sentence, found: list[dict]) -> bool:
    """Whether an earlier sentence of ``sentence``'s paragraph holds a claim already ``found``: what "It was the first
    time Moscow had acknowledged …" comments on. Alone, "It was the first time the general had said the troops would
    pull back" tells the statement itself (rv28fixc)."""
    paragraph = doc.paragraphs[sentence.paragraph][0] if sentence.paragraph < len(doc.paragraphs) else sentence.start
    return any(paragraph <= claim["start"] < sentence.start for claim in found)


def _first_time_frame(text: str, s_start: int, act) -> bool:
    """Whether ``act`` is the subject and verb of "It was the first time the Kremlin had admitted a retreat in the
    region" ("This marks the first time Kyiv has confirmed …"): the reporter's comment on a statement told before it
    (which is the claim), no statement of its own (cl31); read only after that statement (``_told_before``)."""
    frame = _FIRST_TIME.match(text, s_start)
    return frame is not None and act.speaker.start == frame.end() and act.speaker.end <= act.cue.start \
        and _FIRST_TIME_VERB.fullmatch(text, act.speaker.end, act.cue.start) is not None


#: ", which" right before a voice, or opening the subject the layer read ("which Ukrainian officials"): a relative clause
_WHICH_BEFORE = re.compile(r",[^\S\n]+which[^\S\n]+$")
_WHICH_OPENS = re.compile(r"which[^\S\n]+")


def _relative_voice(text: str, s_end: int, speaker_acts: list, acts: list) -> tuple[int, int] | None:
    """The part of a sentence a lone voice states when its every verb stands in a relative clause on the reporter's
    noun ("The raid followed a month of attacks on rail depots, which regional officials say has cut supplies to the
    eastern front"): from "which" to the clause's end, never the narration
    before it (so the clause's own words decide whether it is a claim). None when another verb of the sentence speaks
    ("X said …, which he said …" is the speaker's own sentence) (cl31)."""
    if len(speaker_acts) != len(acts):
        return None
    spans = set()
    for a in speaker_acts:
        if not a.speaker.start < a.cue.start:
            return None
        if _WHICH_OPENS.match(text, a.speaker.start):
            start = a.speaker.start
        else:
            which = _WHICH_BEFORE.search(text, max(0, a.speaker.start - 12), a.speaker.start)
            if which is None:
                return None
            start = which.start() + 1
        span = _to_clause_end(text, start, a, s_end)
        if _ONLY_WHEN_AFTER.fullmatch(text, a.cue.end, span[1]):
            return None  # "Russian forces took Avdiivka, which the ministry announced on Saturday": "which" is all of it
        spans.add(span)
    return spans.pop() if len(spans) == 1 else None


#: what may follow the verb of a relative clause whose "which" is its object (the whole clause before): a time, an
#: occasion, an adverb, a manner ("which the ministry announced on Saturday", "which Kyiv confirmed later in a statement")
_ONLY_WHEN_AFTER = re.compile(r"(?:[^\S\n]*(?:,|on|in|at|by|last|this|that|earlier|later|the|same|a|an|its|his|her|"
                              r"their|day|week|month|year|morning|afternoon|evening|night|statement|briefing|post|"
                              r"report|update|[a-z]+ly|[A-Z][\w’'-]*|\d[\d.,:]*)\b)*[^\S\n]*[.!]?[”\"’]?[^\S\n]*")


#: A list's bullet opening a paragraph ("- ", "• ", "1. ", "2) ") and an attribution that ends with a colon before it
#: ("The ministry said:", "the statement said in part:").
_LIST_BULLET = re.compile(r"\s*(?:[•·▪◦*–—-]|\d{1,2}[.)])\s+(?=\S)")
_SAID_COLON = re.compile(r"[^.;:“”\"\n]{0,40}:\s*")
_COLON_CUE_END = re.compile(r":\s*")


def _claims_in(doc, include_quotes: bool, include_carried: bool, given_quotes) -> list[dict]:
    layer = doc.speech
    lexicon = _lexicon()
    found: list[dict] = []
    acts_by_sentence: dict[int, list] = {}
    for act in layer.acts:
        acts_by_sentence.setdefault(act.sentence[0], []).append(act)
    previous_claim: dict | None = None
    listing = None  # (label, acts, paragraph) of "The ministry said:" before a list of bullet points
    announced = -1  # the paragraph of "X said two things were clear", "X made two points": its points follow
    announcer = None  # (label, acts) of that announcement, when it has a speaker
    previous_sentence, previous_acts = None, []
    last_voice = ("", -1)  # the label of the last speaker and its paragraph ("he said" after "a senior officer said")
    last_made: list[dict] = []  # the claims of the sentence before
    indefinite = ("", "")  # (the layer's person, our label) for "a Ukrainian commander" the layer took for someone named
    deck = _deck(doc)
    subheads = _subhead_lines(doc)
    answered_no = False  # "Can Ukraine hold X? Syrskyi says no."
    lede_named: dict[str, str] = {}  # a lede's unnamed label → the person the next paragraphs name
    for sentence in doc.sentences:
        if (sentence.paragraph == deck or sentence.paragraph in subheads) and not sentence.headline:
            sentence = replace(sentence, headline=True)
        s_start, s_end = sentence.start, sentence.end
        acts = acts_by_sentence.get(s_start, [])
        by_speaker: dict[str, list] = {}
        hedged = _hedged(doc.text, s_start, s_end, acts)
        denials = []
        label_end, linked = segment.link_label(doc.text, s_start, s_end), False  # "Read also:" (claim_words.csv)
        furniture = label_end if label_end > 0 else None
        if furniture is not None and not hedged and _LINKED_TITLE.match(doc.text, label_end, s_end):
            # "Read also: Zelensky: Ukraine will take back what is ours": the linked story's title is a headline
            # (its label is page furniture, no part of it)
            start = label_end + len(doc.text[label_end:s_end]) - len(doc.text[label_end:s_end].lstrip())
            sentence = replace(sentence, start=start, headline=True)
            s_start, furniture, linked = start, None, True
            acts = [a for a in acts if a.cue.start >= start]
        furniture = furniture is not None
        if hedged or furniture:
            acts = []
        if sentence.headline or s_start < doc.headline_end:  # "U.S. officials see no sign that …" in a deck: the headline verb "see", read as
            # headlines' groups are (the body's speaker of that claim), not a body's "see no sign" cue
            acts = [a for a in acts if not _SEE_NO_SIGN.match(a.cue.text)]
        speaking = _speaking_acts(doc, sentence, acts)
        if not hedged:
            speaking, denials, sentence = _added_acts(doc, sentence, speaking, acts, furniture)
        speaking = _kept_acts(doc, sentence, speaking, denials, linked)
        if speaking and _FIRST_TIME.match(doc.text, s_start) and _told_before(doc, sentence, found):
            # (the frame only comments on a claim told before it: rv28fixc)
            speaking = [a for a in speaking if not _first_time_frame(doc.text, s_start, a)]
        if sentence.headline:  # "Syrskyi: the general who held Kharkiv": a profile's title describes, states nothing
            speaking = [a for a in speaking if not _described_after_colon(doc, sentence, a)]
        for act in speaking:
            label = _written_label(doc, sentence, act)
            person = _country_modifies(doc.text, act.speaker) if act.speaker.how == "country" else None
            if person is not None:  # "according to a senior US official": the official, not the US
                act = replace(act, speaker=replace(act.speaker, start=person[0], end=person[1], speaker="",
                                                   as_written=doc.text[person[0]:person[1]], how="unnamed source"))
                label = _label_as_written(act.speaker.as_written)
            elif act.speaker.how == "country":
                # (a summary's bullet, "IN BRIEF ⏎ • Ukraine says Russian losses hit 31,240 in a month", is the body's
                # speaker of those words: citing.country_speaker reads it as a deck; a third country's capital right
                # after its body spoke, "… spy agency said …. Seoul said …", is that body already: the speech layer's
                # _capital_for_body)
                label = _country_speaker(doc, sentence, act)
            elif sentence.headline and _GENERIC_FORCES.fullmatch(act.speaker.as_written.strip()) \
                    and label in _military_labels() and not any(
                        b.speaker.speaker == label for b in doc.speech.acts if b.sentence[0] >= doc.headline_end
                        and doc.sentence_at(b.cue.start).paragraph not in _subhead_lines(doc) | {_deck(doc)}):
                # "Ukrainian army says …" over a body where only its General Staff or its commander speaks: the
                # side's forces in a title stand for the side, resolved as "Ukraine says …" is (the body's speaker)
                as_country = replace(act, speaker=replace(act.speaker, speaker=_military_labels()[label], how="country"))
                label = _country_speaker(doc, sentence, as_country)
            elif sentence.headline and act.speaker.how == "role" \
                    and _GENERIC_FORCES.fullmatch(act.speaker.as_written.strip()) \
                    and (side := _words_side(act.speaker.as_written)):
                # "Russian army says it repelled …" where the tables make the side's army its chief's office: the
                # side's forces in a title stand for the side, resolved as "Russia says …" is (the body's speaker of
                # that side who states what the title sums up, not the chief who speaks later of something else)
                as_country = replace(act, speaker=replace(act.speaker, speaker=side, how="country"))
                label = _country_speaker(doc, sentence, as_country)
            elif act.speaker.how == "pronoun" and act.speaker.as_written.lower() == "it" and last_voice[0] \
                    and doc.story_gap(last_voice[1], sentence.paragraph) <= 1 and last_voice[0] != label \
                    and _institution_label(last_voice[0]) and (act.speaker.speaker in _country_labels() or (
                        _INVERTED_IT.search(doc.text, s_start, act.cue.start) and any(
                            m.speaker == act.speaker.speaker for m in _mentions_between(doc, s_start, act.speaker.start)))):
                # "Britain's defence ministry said …. It said …" (not a country the title named), "The Ukrainian
                # army's losses … amounted to 1,600, it said" (not the army of the words it reports): who spoke last
                label = last_voice[0]
            elif act.speaker.how == "unresolved pronoun" and label.lower() == "it":
                spoke_before = last_voice[0] if doc.story_gap(last_voice[1], sentence.paragraph) <= 1 and last_voice[0] \
                    and _institution_label(last_voice[0]) else ""
                # (an institution speaking in the sentence before goes before a country named in its words)
                label = (_it_in_sentence(doc, sentence, act)
                         or (spoke_before if previous_acts and doc.story_gap(previous_sentence.paragraph, sentence.paragraph) <= 1
                             else "")
                         or _it_country(doc, sentence, act) or spoke_before
                         or label)  # "…, it said" after "the air force said …"
            elif (act.speaker.how == "unresolved pronoun" and label.lower() == "they") or (
                    not act.speaker.speaker and _OF_THEM.fullmatch(act.speaker.as_written.strip())):
                # "Some officials said …. They say …": the group that spoke last, else nobody
                group = last_voice[0].split()[-1].lower() if last_voice[0] else ""
                label = last_voice[0] if group in _plural_heads() and doc.story_gap(last_voice[1], sentence.paragraph) <= 1 else ""
                opening = _GROUP_OPENING.match(doc.text, previous_sentence.start, previous_sentence.end) \
                    if previous_sentence is not None and doc.story_gap(previous_sentence.paragraph, sentence.paragraph) <= 1 else None
                if opening is not None and not previous_acts and not label:
                    # "Russian military bloggers … have been less discreet. Several of them said …": that group
                    label = _label_as_written(opening.group("group"))
                    label = label[0].lower() + label[1:] if label.split()[0].lower() in _common_leads() else label
                if not label and previous_acts and doc.story_gap(previous_sentence.paragraph, sentence.paragraph) <= 1:
                    label = _they_asked_before(doc, previous_sentence, previous_acts)
            elif act.speaker.how == "unresolved pronoun" and label.lower() in ("he", "she") \
                    and last_voice[0].endswith(" (unnamed)") and doc.story_gap(last_voice[1], sentence.paragraph) <= 1:
                label = last_voice[0]  # the unnamed person who spoke last (the layer found no one else since)
            elif act.speaker.how == "unresolved pronoun" and label.lower() in ("he", "she") \
                    and (opened := (_opened_by_unnamed(doc, sentence, sentence) if act.speaker.start > s_start + 20
                                    else "") or _opened_by_unnamed(doc, previous_sentence, sentence)):
                # "One European official put it bluntly: Ukraine could hold, he said, …": the same sentence's opener
                # "A senior NATO official, who briefed reporters on Monday, was more measured. She said …": the
                # unnamed person the sentence before opened with
                label = opened
            elif act.speaker.how == "role" and _DEFINITE_ROLE.fullmatch(act.speaker.as_written.strip()) \
                    and not sentence.headline and _named_later_only(doc, act):
                # "The commander said" where the holder the layer found is named only further on: the person
                # introduced before with that office ("Horbenko … commands a battalion"), else nobody named (a deck's
                # "…, the presidential spokesman says" tells of the body, where the holder is named after it)
                label = _introduced_with(doc, act) or _label_as_written(act.speaker.as_written)
            elif not act.speaker.speaker and _DEFINITE_ROLE.fullmatch(act.speaker.as_written.strip()) \
                    and _same_unnamed(doc, act):
                label = _same_unnamed(doc, act)  # "the official" = that official
            elif not act.speaker.speaker and _STATEMENT_SUBJECT.fullmatch(act.speaker.as_written.strip()) \
                    and last_voice[0] and doc.story_gap(last_voice[1], sentence.paragraph) <= 1:
                label = last_voice[0]  # "the statement said": the statement of whoever spoke last
            elif not act.speaker.speaker and _STATEMENT_SUBJECT.fullmatch(act.speaker.as_written.strip()) \
                    and _statement_issuer(doc, sentence, act):
                # "This was reported by the General Staff.⏎⏎According to the press release, …": the body named last
                label = _statement_issuer(doc, sentence, act)
            elif act.speaker.how == "role" and _INDEFINITE.match(act.speaker.as_written) and any(
                    m.speaker == act.speaker.speaker and m.how in ("name", "title") and m.end <= act.speaker.start
                    for m in doc.speech.mentions):
                # "a Ukrainian commander in the area" after Syrskyi was named: somebody new, not him (a
                # lead's "a top Russian general" named only later is that general)
                label = _label_as_written(act.speaker.as_written)
                label = label if label.endswith(" (unnamed)") else f"{label} (unnamed)"
                indefinite = (act.speaker.speaker, label)
            elif act.speaker.how == "role" and act.speaker.speaker and _INDEFINITE.match(act.speaker.as_written) \
                    and act.speaker.speaker.split()[-1] not in doc.text:
                # "a Ukrainian commander said" in a piece that never names the office's holder: an unnamed
                # commander, not the holder the tables give the office (a lede's "a top Russian general" is the
                # one the next paragraphs introduce: "Colonel General A B, first deputy chief …, said")
                named_later = _lede_named_later(doc, sentence, act) if not sentence.headline else ""
                label = named_later or _label_as_written(act.speaker.as_written)
                label = label if label.endswith(" (unnamed)") or named_later else f"{label} (unnamed)"
                indefinite = (act.speaker.speaker, label)
            elif act.speaker.how == "pronoun" and act.speaker.speaker == indefinite[0] \
                    and last_voice[0] == indefinite[1] and doc.story_gap(last_voice[1], sentence.paragraph) <= 1:
                label = indefinite[1]  # "…, he added": the same unnamed person
            elif act.speaker.how == "role" and _DEPUTY.search(act.speaker.as_written) and act.speaker.speaker \
                    and not any(_DEPUTY.search(r) for r in getattr(
                        _mentions.people().speakers.get(act.speaker.speaker), "roles", ())):
                # "Ukraine's deputy defence minister" is not the minister: the person the article introduces with
                # that office ("Hanna Maliar, Ukraine's deputy defence minister, said"), else nobody named
                label = _introduced_as(doc, act.speaker.as_written) \
                    or f"{_label_as_written(act.speaker.as_written)} (unnamed)".replace(" (unnamed) (unnamed)", " (unnamed)")
            elif sentence.headline and act.speaker.how == "role" and _body_office_holder(doc, act.speaker):
                label = _body_office_holder(doc, act.speaker)  # the headline's "Ukrainian commander" is the body's
            elif act.speaker.how == "unresolved role" and not sentence.headline \
                    and (person := _delayed_identification(doc, sentence, act)):
                label = person  # "Ukraine's deputy defence minister told …" then "A B, who is responsible for …, said"
            elif act.speaker.how == "unresolved role" and _DEFINITE_ROLE.fullmatch(act.speaker.as_written.strip()) \
                    and (person := _role_introduced(doc, act)):
                label = person  # "The spokesman noted" after "the spokesman of the Southern Defense Forces V. Voloshyn"
            elif not act.speaker.speaker and _BARE_EXPERTS.fullmatch(act.speaker.as_written) and last_voice[0] \
                    and doc.story_gap(last_voice[1], sentence.paragraph) <= 1 and _is_think_tank(last_voice[0]):
                label = last_voice[0]  # "the institute said …. Analysts noted …": the institute's analysts
            elif not act.speaker.speaker and _ITS_INSTITUTION.match(act.speaker.as_written) \
                    and _its_country_label(doc, act):
                label = _its_country_label(doc, act)  # "Ukraine's military … Its General Staff said": Ukraine's
            elif not act.speaker.speaker and act.speaker.how == "unnamed source" \
                    and (owned := _owned_group_demonym(doc, act)):
                label = owned  # "Kyiv is digging in. Its generals say …": Ukrainian generals (cl26)
            elif not act.speaker.speaker:
                label = _bare_label(doc, act, _table_label(label))
                head = label.lower().split()
                if len(head) == 1 and head[0] in _SAME_HEAD and last_voice[0] and _institution_label(last_voice[0]) \
                        and doc.story_gap(last_voice[1], sentence.paragraph) <= 1 \
                        and last_voice[0].lower().split()[-1] == head[0]:
                    # "Estonia's foreign intelligence service said …. The service estimated": the body of that head
                    # noun that spoke just before, though no table knows it
                    label = last_voice[0]
            if act.speaker.how == "name" and _INDEFINITE.match(act.speaker.as_written) and not sentence.headline:
                # "…, a spokesman for Ukraine's General Staff said" in a lede (the body speaking through him, sk33)
                # and "A B told reporters …" opening the next paragraph: that person, as an unnamed spokesman is
                label = _lede_named_later(doc, sentence, act) or label
            if act.speaker.how == "unnamed source" and label.endswith(" (unnamed)") and not sentence.headline:
                named_later = _lede_named_later(doc, sentence, act)  # "a Ukrainian military spokesman said" in a lede
                if named_later:
                    lede_named[label] = named_later
                label = named_later or label
            if not act.speaker.speaker and label in lede_named:
                label = lede_named[label]  # "the Russian general pointed out …" taken for the lede's: the one named since
            if not act.speaker.speaker and label[:1].isupper() and (label.split()[0].lower() in _common_leads() or (
                    _LOWER_COMPOUND.fullmatch(label.split()[0])  # "Open-source researchers", not "Kyiv-based analysts"
                    and label.split("-")[0] not in vocab.country_forms())) \
                    and label.split()[-1].lower() in _plural_heads():
                label = label[0].lower() + label[1:]  # "Military analysts say …" opening a sentence: "military analysts"
            if sentence.headline:  # "Kremlin says …" over "Kremlin spokesman Dmitry Peskov said …": the person
                label = _titled_in_body(doc, act, label) or _seat_holder(doc, act, label) or label
                label = _possessed_formation(doc, act) or label  # a profile's "his brigade says": the body's brigade
                apposed = _headline_apposed(doc, act.speaker.start, act.speaker.end) if not act.speaker.speaker else None
                label = apposed.speaker if apposed is not None else label  # "…, says Ukrainian brigade commander"
                label = _silent_seat(doc, sentence, act, label) or label  # "Kremlin speaks of …" over Putin's words
                label = _headline_dependent(doc, act) or _headline_rank(doc, act) or label  # "Zelensky aide says"
                label = _side_group_voice(doc, sentence, act, label) or label  # "Russian officials say …"
                label = _headline_role_holder(doc, act) or label  # "…, says top general" over Gerasimov's words
                label = _headline_office_words(doc, act, label) or label  # "Russian defence chief claims …"
                holder = _headline_plural_holder(doc, act.speaker.start, act.speaker.end) if not act.speaker.speaker \
                    else None
                label = holder.speaker if holder is not None else label  # "Prosecutors say …" over the prosecutor (sk29)
                label = _silent_role_holder(doc, sentence, act, label) or label  # a role silent in the body
            label = _mentions.speaker_label(doc, label, act.speaker.start, written=act.speaker.as_written)  # the label grammar: "at the Pentagon": a US official
            if act.speaker.how != "unresolved pronoun" or label != act.speaker.as_written:
                last_voice = (label, sentence.paragraph)
            if label and label not in _own_voice(doc):  # "ISW assesses …" in ISW's own report: the outlet's voice
                by_speaker.setdefault(label, []).append(act)
        if speaking and previous_sentence is not None and previous_sentence.paragraph == sentence.paragraph \
                and _QUESTION_END.search(doc.text, previous_sentence.start, previous_sentence.end) \
                and all(_YES_NO.fullmatch(doc.text, a.cue.end, s_end) or (
                    sentence.headline and a.cue.start > a.speaker.start
                    and 0 < len(doc.text[a.cue.end:s_end].split()) <= 4) for a in speaking):
            # "Can Ukraine hold Chasiv Yar? Syrskyi says yes": the answer affirms the question's content
            # ("… says no" denies it: the claim is negated)
            sentence = replace(sentence, start=previous_sentence.start)
            answered_no = any(_YES_NO.fullmatch(doc.text, a.cue.end, s_end).group("answer").lower() == "no"
                              for a in speaking if _YES_NO.fullmatch(doc.text, a.cue.end, s_end))
        view, viewer = _viewer(doc, sentence, s_start, s_end, by_speaker, last_made, previous_sentence, previous_acts,
                               last_voice)
        if viewer:
            # "In his view, the defences were close to collapse": the speaker of the sentence before
            c, w = ("cue", "who") if view.group("cue") else ("cue3", "who3") if "cue3" in view.re.groupindex \
                and view.group("cue3") else ("cue2", "who2")  # (the aside inside the sentence)
            cue = Cue(view.start(c), view.end(c), view.group(c), "speech")
            pronoun = _mentions.Mention(view.start(w), view.end(w), "", view.group(w), "pronoun")
            if viewer not in by_speaker:
                by_speaker[viewer] = [SpeechAct((s_start, s_end), cue, pronoun, None, "")]
            last_voice = (viewer, sentence.paragraph)  # ("Her assessment was that …. She said …": the same one)
        made = []
        scopes = _scopes(doc.text, s_start, s_end, by_speaker, acts) if len(by_speaker) > 1 else {}
        if s_start in doc.__dict__.get("_nested_relays", ()):
            scopes = {}  # (a relayed statement: the relaying speaker says all the named one says: cl20)
        if len(by_speaker) == 1:  # "X said …, while the governor of Odesa said …": a speaker the layer did not name
            label, speaker_acts = next(iter(by_speaker.items()))
            scope = _before_another_voice(doc, s_end, speaker_acts)
            if scope is not None:
                scopes[label] = scope
        for label, speaker_acts in by_speaker.items():
            if scopes and any(_trailing_relay(doc.text, a, s_end) for a in speaker_acts):
                scopes.pop(label, None)  # "The agency estimated that …, Rep. A B told reporters.": all of it (cl24)
        for label, speaker_acts in by_speaker.items():
            scope = _appositive_relative(doc.text, s_start, s_end, speaker_acts)
            if scope is not None:  # "…, a figure Kyiv rejected as fiction": Kyiv's words are the appositive's only
                scopes[label] = scope
        if len(by_speaker) == 1 and not scopes:
            label, speaker_acts = next(iter(by_speaker.items()))
            scope = _relative_voice(doc.text, s_end, speaker_acts, acts)
            if scope is not None:  # "…, which Ukrainian officials say has left homes without power": that clause only
                scopes[label] = scope
        for label, speaker_acts in by_speaker.items():
            # the same speaker's statement goes on from the sentence before ("… had retaken 10 settlements.
            # Among them are A, B and C, the statement said.")
            aside = (viewer and label == viewer) or any(_aside_goes_on(doc.text, a) for a in speaker_acts)
            going_on = next((c["claim_type"] for c in last_made if c["speaker"] == label
                             and (doc.sentence_at(c["start"]).paragraph == sentence.paragraph
                                  # "… he said.⏎⏎It was, in his words, “the hardest month”": an aside in the next
                                  # paragraph goes on with the same statement
                                  or aside and doc.story_gap(doc.sentence_at(c["start"]).paragraph,
                                                             sentence.paragraph) <= 1)), None)
            if going_on and not any(_goes_on(doc.text, a) for a in speaker_acts) and not aside:
                going_on = None  # only "added", "also said", "the statement said", "in his words" carry it on
            if not going_on and made and any(_ANSWERS_THE_CLAIM.match(doc.text, a.cue.end, s_end) for a in speaker_acts):
                going_on = made[-1]["claim_type"]  # "Russia claims Stepove; Kyiv denies it": the other voice's topic
            claim = _claim(doc, sentence, label, speaker_acts, lexicon, scopes.get(label), going_on)
            if claim is not None:
                made.append(claim)
        if len(made) > 1:
            _relayed_on_the_day(doc.text, s_end, by_speaker, made)
        bullet = _LIST_BULLET.match(doc.text, doc.paragraphs[sentence.paragraph][0]) if listing is not None else None
        if bullet is not None and not acts and not made and 0 <= sentence.paragraph - listing[2] <= 1:
            # "The ministry said:⏎- Russian forces liberated 212 settlements;⏎- …": each bullet is the speaker's claim
            claim = _claim(doc, replace(sentence, start=max(s_start, bullet.end())), *listing[:2], lexicon)
            made = [claim] if claim is not None else []
            listing = (*listing[:2], sentence.paragraph)
        else:
            listing = next(((label, speaker_acts, sentence.paragraph) for label, speaker_acts in by_speaker.items()
                            if not made and not sentence.headline
                            and (_SAID_COLON.fullmatch(doc.text, max(a.cue.end for a in speaker_acts), s_end)
                                 # "… published a summary on the same day:": the colon is the cue itself
                                 or _COLON_CUE_END.fullmatch(doc.text, max(a.cue.end for a in speaker_acts) - 1, s_end))), None)
        if not made and not acts and not sentence.headline:
            # "… near Kupiansk – the Southern Defence Forces.": a body's verbless signature (sk42)
            signed = _dash_signed(doc, sentence, lexicon)
            made = [signed] if signed is not None else made
        if not made and include_carried and previous_claim is not None and not acts:
            claim = _carried(doc, sentence, previous_claim, lexicon)
            if claim is not None:
                made.append(claim)
        if not made and not acts and announced == sentence.paragraph and not sentence.headline \
                and _NEXT_POINT.match(doc.text, s_start):
            # "Syrskyi said on Monday that two things were clear. First, Russian troops had been unable to …. Second, …":
            # each point is the announcer's claim (cl16; no speech verb of its own)
            if announcer is not None:
                claim = _claim(doc, sentence, *announcer, lexicon)
            elif previous_claim is not None and doc.sentence_at(previous_claim["start"]).paragraph == sentence.paragraph:
                claim = _carried(doc, sentence, previous_claim, lexicon)  # "…, he said. And their infantry were …"
                claim = {**claim, "carried": False} if claim is not None else None
            else:
                claim = None
            if claim is not None:
                made.append(claim)
        if _ANNOUNCED_POINTS.search(doc.text, s_start, s_end) and not sentence.headline:
            announced = sentence.paragraph
            announcer = next(iter(by_speaker.items()), None) if len(by_speaker) == 1 else None
        if previous_sentence is not None and not previous_acts and (not made or _BACK_REFERENCE.match(doc.text, sentence.start)):
            # "Russia has moved 30,000 troops. This was reported by Syrskyi.": the lead is his claim (the words
            # "This was stated by …, Ukrinform reports." are only its attribution)
            claim = _back_reference(doc, sentence, previous_sentence, lexicon, acts)
            if claim is not None:
                made = [claim]
        if previous_sentence is not None and not previous_acts and by_speaker:
            # "Russia has lost 300 troops. Syrskyi said this in an interview on Tuesday.": the lead is his claim; the
            # sentence that says "this" states nothing of its own
            said_this = _said_this_before(doc, sentence, previous_sentence, by_speaker, lexicon)
            if said_this is not None:
                made = said_this
        if linked:  # a linked story's title: that story's day is not this article's
            made = [{**c, "statement_date": pd.NaT, "date_basis": _LINKED_BASIS} for c in made]
        if answered_no:
            made = [{**c, "negated": not c["negated"]} for c in made]
        answered_no = False
        previous_sentence, previous_acts = sentence, acts
        last_made = [c for c in made if not c["headline"]]
        found.extend(made)
        if made:
            previous_claim = made[-1]
        elif acts or (previous_claim is not None and doc.sentence_at(previous_claim["start"]).paragraph
                      != sentence.paragraph):
            previous_claim = None
    _continued_document(doc, found)
    _document_owner_labels(doc, found)
    _apposed_back_reference(doc, found)
    _continued_unnamed_dates(doc, found)
    _seat_to_unnamed_official(found)
    _country_to_unnamed_official(doc, found)
    several = _headline_to_body_label(found, {e.speaker for e in doc.speech.events if e.speaker and not e.person})
    _headline_document_owner(doc, found)
    _headline_group_quoted(doc, found)
    _headline_role_main_voice(doc, found)
    _headline_restated_voice(doc, found, several)
    _headline_body_dates(doc, found)
    _headline_restated_days(doc, found)
    _headline_block_side_dates(doc, found)
    if include_quotes:
        found.extend(_quote_claims(doc, lexicon, given_quotes))
    return _rows(doc, found)


def _speaking_acts(doc, sentence, acts: list) -> list:
    """The speech acts of a sentence that state something, each read for who really speaks (the layer's acts
    ``acts``: a quoting medium, a report's owner, a relative clause's subject …), and the voices coordinated with
    them; a medium beside another speaker, a long-held view and an aside's speaker set aside (a step of
    ``_claims_in``)."""
    if not acts:  # (most sentences: every step below keeps an empty list empty, issue 17)
        return []
    s_start = sentence.start
    # an accusation is kept only about the war's course (see _claim); "regions that Moscow claims
    # as its own" is a claim to land, not speech
    speaking = [a for a in acts if _states(doc.text, a.cue, s_start)]
    speaking = [_quoted_by(doc, a) for a in speaking]
    speaking = [_report_owner(doc, sentence, a) for a in speaking]
    speaking = [_cited_by_media(doc, sentence, a) for a in speaking]
    speaking = [_relative_clause_subject(doc, sentence, a) for a in speaking]
    speaking = [_participle_not_name(doc, sentence, a) for a in speaking]
    speaking = [a for a in speaking if not _aside_speaker(doc, sentence, a)]
    # "Military analysts have long argued that …", "…, and Ukrainian officers have long described them as …": an
    # unnamed group's long-held view, summed up in the reporter's narration (no statement on any occasion)
    speaking = [a for a in speaking if a.speaker.speaker or a.speaker.how != "unnamed source"
                or not _LONG_HELD.search(doc.text, max(s_start, a.cue.start - 24), a.cue.start)]
    speaking += _coordinated(doc, speaking)
    if any(_kind_of(a.speaker.speaker) != "media" for a in speaking):
        # "Budanov said …, Reuters reported": the agency is a conduit, not a second speaker
        speaking = [a for a in speaking if _kind_of(a.speaker.speaker) != "media"]
    if len({a.speaker.speaker or a.speaker.as_written for a in speaking}) > 1:
        # "…,” Hartwell reported.", "As Ukrvisnyk reported earlier, the agency stated …": a one-word name no table
        # knows that only reports what another voice of the sentence says is a medium, not a second speaker
        speaking = [a for a in speaking if not _unknown_conduit(a) or not any(
            b is not a and b.speaker.how != "unknown name" for b in speaking)]
    if len(speaking) > 1 and any(_named_conduit(doc, a) for a in speaking):
        # "Budanov said …, according to the Baltic Wire agency", "…, according to the Kyiv Independent": a medium no
        # table knows, named by its medium word or title, that carries another voice's words is no second speaker (mt8)
        speaking = [a for a in speaking if not _named_conduit(doc, a) or all(_named_conduit(doc, b) for b in speaking)]
    return speaking


def _named_conduit(doc, act) -> bool:
    """A speaker no table knows as a person or body, written as a medium ("the Baltic Wire agency", "the Kyiv
    Independent": a ``medium_noun`` or ``medium_title`` word of data/speech_words.csv at its end or right after it), in
    a conduit's place as the attribution layer reads it ("according to", "carried by", "quoted by" before it,
    "reported", "quoted", "cited", "carried" after it: :func:`attribution.conduit_place`) (mt8, cl23)."""
    m, text = act.speaker, doc.text
    if m.how not in ("unknown name", "country", "unnamed source"):
        return False
    title = medium_titles().match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
    if not conduit_place(text, m.start, title.end() if title is not None else m.end):
        return False
    return title is not None or written_as_medium(text, m, unknown=False)


def _added_acts(doc, sentence, speaking: list, acts: list, furniture: bool) -> tuple[list, list, object]:
    """The claims beside the speech verbs of an unhedged sentence, added to ``speaking``: a claim noun's owner
    ("Russia's claim that …"), an owner after the noun, a demonym's, a denial's, a headline's subject and its second
    clause, an unattributed sentence's, a stamped label's, "Its data show …", a quoted subhead's (``furniture``: the
    sentence opens with page furniture such as "Read also:"); returns the acts, the denials among them and the
    sentence (a quoted subhead is read as a headline) (a step of ``_claims_in``)."""
    speaking += _possessive_claims(doc, sentence, speaking)
    speaking += _owner_after_claims(doc, sentence, speaking)
    speaking += _data_owner_claims(doc, sentence, speaking)
    speaking += _demonym_claims(doc, sentence, speaking)
    denials = _denied_claims(doc, sentence, speaking)
    speaking += [a for a in denials if a not in speaking]
    if sentence.headline:
        speaking = [_headline_coordinated_subject(doc, sentence, a) for a in speaking]  # "Moscow accuses Kyiv and says"
        speaking += _headline_subject(doc, sentence, speaking)
        speaking = [a for a in speaking if not (a.cue.text == ":" and any(
            b.cue.start == a.cue.start and b.cue.text == ":—" for b in speaking)) and not (
            a.speaker.how == "unknown name" and any(b.cue.start == a.cue.start and b.speaker.how == "headline subject"
                                                    and b.speaker.start <= a.speaker.start
                                                    and b.speaker.end >= a.speaker.end
                                                    and b.speaker.end - b.speaker.start
                                                    > a.speaker.end - a.speaker.start for b in speaking))]
        speaking += _headline_second_clause(doc, sentence, speaking)
        speaking = [_headline_inverted(doc, sentence, a, after=not (a.cue.text == ":" and not a.speaker.speaker))
                    for a in speaking if not _listed_noun(doc, sentence, a) and not _headline_act_only(doc, sentence, a)
                    and not _possessed_topic_colon(doc, a)]
        # "Russia hits back at Kyiv, says …": the opening subject's verb after a comma (no inverted signature, hl12)
        speaking = _headline_elided_subject(doc, sentence, speaking)
        speaking = [a for a in speaking if not _office_relays(doc, sentence, a, speaking)]
    if not furniture:
        speaking = _unattributed(doc, sentence, speaking, acts)
        speaking = _without_whose_doings(doc, speaking)
        speaking = _relayed_sources(doc, sentence, speaking)
        speaking = _nested_subjects(doc, sentence, speaking)
        speaking = _inner_sources(doc, sentence, speaking)
        speaking = _cited_voices(doc, sentence, speaking)
        if denials:  # (a denial's speaker as the denial read it, not a phrase widened around its cue)
            by_cue = {d.cue.start: d for d in denials}
            speaking = [by_cue.get(a.cue.start, a) for a in speaking]
    if not speaking:
        speaking = _stamped_label(doc, sentence)
    if not speaking:
        speaking = _its_data(doc, sentence)  # "Its data show …": the body named before
    if not speaking:
        speaking = _according_to_its_data(doc, sentence)  # "…, according to the group's latest map"
    if not speaking and not acts:
        speaking = _it_then_said(doc, sentence)  # "It gave no figure for … but said …"
    if not speaking and sentence.headline and not _QUESTION_END.search(doc.text, sentence.start, sentence.end):
        # ("Explainer: what would a 'buffer zone' mean?": a question restates no one's words, hl10)
        speaking = _quoted_restated(doc, sentence)
    if not speaking:
        speaking = _quoted_subhead(doc, sentence)
        if speaking:  # "Kharkiv 'can be held, but more shells needed:' Army commander": a subhead
            sentence = replace(sentence, headline=True)
    return speaking, denials, sentence


#: ", three days after", ", a day before", ", hours after": a clause timed against another event, whose speaker is no
#: voice inside the first verb's "that" clause ("denied that …, three days after Gerasimov told Putin that …") (cl30)
_TIMED_AFTER = re.compile(r",\s+(?:(?:just|only|barely|some|about)\s+)?(?:(?P<count>a|an|" + english.number_words(1, 7) +
                          r")\s+(?P<unit>days?|weeks?)\s+|(?:(?:several|few|a|hours|days|weeks|months|minutes)\s+)"
                          r"{0,2})(?P<order>after|before)\s")
_TIMED_COUNTS = {"a": 1, "an": 1, **english.NUMBER_WORDS}   # (the pattern reads one to seven)
#: what may stand between a timed clause's "after" and the second voice: its description ("Russia's army chief, "), no
#: clause of its own that a conjunction closes (", a week after the offensive began, and Syrskyi told …") (rv27fixc)
_TIMED_TO_SPEAKER = re.compile(r"[^;]{0,80}")
_TIMED_CLAUSE_CLOSED = re.compile(r"(?:^|[\s,])(?:and|but|while|whereas|as|when|yet)\s+$", re.IGNORECASE)


def _timed_voice_days(text: str, speaking: list) -> list:
    """ "X on Tuesday denied …, three days after Russia's chief of the general staff, Gerasimov, told Putin that …": the
    second voice's words take the first verb's day moved by the count ("three days after" → three days before it) when
    the layer gave the second verb the first one's day (cl30)."""
    out = []
    for a in speaking:
        for b in speaking:
            if b is a or b.date is None or a.date is None or a.date != b.date or not b.cue.end <= a.speaker.start:
                continue
            m = None
            for m in _TIMED_AFTER.finditer(text, b.cue.end, a.speaker.start):
                pass    # (the timed clause nearest the second voice)
            if m is None or m.group("count") is None or text.find(b.date_text or "\0", m.start(), a.cue.end) >= 0:
                continue
            if not _TIMED_TO_SPEAKER.fullmatch(text, m.end(), a.speaker.start) or \
                    _TIMED_CLAUSE_CLOSED.search(text, m.end(), a.speaker.start):
                continue    # (the clause is timed against an event, not against the second voice's words: rv27fixc)
            days = _TIMED_COUNTS[m.group("count").lower()] * (7 if m.group("unit").startswith("week") else 1)
            shift = pd.Timedelta(days=days if m.group("order") == "before" else -days)
            a = replace(a, date=a.date + shift, date_text=m.group(0).strip(", "))
            break
        out.append(a)
    return out


#: what makes a verb of disclosure a habit: a negation or a frequency right before it ("does not publish", "has never
#: disclosed", "rarely reveals", "no longer reports") or "only rarely" closing its object ("reports its losses only
#: rarely") (cl30)
_HABIT_BEFORE = re.compile(r"\b(?:not|never|rarely|seldom|n[’']t|no\s+longer)\s+(?:(?:regularly|routinely|publicly|"
                           r"officially|usually|always|often)\s+)?$", re.IGNORECASE)
_HABIT_AFTER = re.compile(r"\s+(?:its|their|his|her|any)\s+(?:own\s+)?[^,;:“”\"]{0,40}?\b(?:only\s+)?(?:rarely|seldom|"
                          r"irregularly)\b[.\s]*$", re.IGNORECASE)


def _disclosure_habit(text: str, act, s_start: int, s_end: int) -> bool:
    """Whether ``act`` tells a source's habit of disclosing its own figures, not a statement: a ``disclosure_cue``
    verb negated or with a frequency ("Kyiv rarely discloses its own", "has not published its own estimate")."""
    verb = act.cue.text.lower().split()[0] if act.cue.text.strip() else ""
    if verb not in _words().disclosure_cues:
        return False
    return bool(_HABIT_BEFORE.search(text, max(s_start, act.cue.start - 40), act.cue.start)
                or _HABIT_AFTER.match(text, act.cue.end, s_end))


def _kept_acts(doc, sentence, speaking: list, denials: list, linked: bool) -> list:
    """The acts of ``speaking`` that state something: a content clause's inner voice, a modal's verb, a transcript
    line, a question, a topic or feeling alone, a dateline, a rubric, pictures, thanks, a denied speaker, figures with
    no one behind them set aside; a role read as the name apposed to it, a press service as its principal
    (``denials`` always kept; ``linked``: a linked story's title, where no country speaks) (a step of
    ``_claims_in``)."""
    if not speaking:  # (a sentence with no act: every step below only filters or maps the acts, issue 17)
        return []
    s_start, s_end = sentence.start, sentence.end
    # "officials concede that Mr Putin … believes …": what Putin believes is part of the officials' claim
    # ("…, citing X figures that …": X is cited by the first speaker, not inside its words)
    nested = doc.__dict__.get("_nested_acts", ())  # (a named speaker's statement relayed: kept, cl20)
    speaking = [a for a in speaking if a in denials or a.cue.text == "citing" or (a.cue.start, a.speaker.start) in nested
                or _trailing_relay(doc.text, a, s_end) or not any(
        b.cue.end <= a.speaker.start and b.speaker.start < b.cue.start and b.speaker.speaker != a.speaker.speaker
        and (_THAT.match(doc.text, b.cue.end) or _RELAYED.fullmatch(doc.text, b.cue.end, a.cue.start) is not None)
        and not _CLAUSE_BREAK.search(doc.text, b.cue.end, a.speaker.start)
        and not _TIMED_AFTER.search(doc.text, b.cue.end, a.speaker.start) for b in speaking)]
    # "said Russia would respond": a verb after a modal tells what someone may do, not what was said
    speaking = [a for a in speaking if not _MODAL_BEFORE.search(doc.text, max(s_start, a.cue.start - 24), a.cue.start)
                and not _UNABLE_BEFORE.search(doc.text, max(s_start, a.cue.start - 40), a.cue.start)]
    # "Moscow does not publish its own casualty figures", "The ministry reports its losses only rarely": a source's
    # habit of disclosing its figures, no statement (disclosure_cue of claim_words.csv) (cl30); beside another voice
    # ("The Pentagon has not published its estimate since the spring, when officials said …") the sentence is left as
    # it is (the officials are the habit's source's)
    if speaking and all(_disclosure_habit(doc.text, a, s_start, s_end) for a in speaking):
        speaking = []
    if len(speaking) > 1:
        speaking = _timed_voice_days(doc.text, speaking)
    # "SENIOR DEFENSE OFFICIAL: …": a transcript line, speech printed without quote marks
    # (a title's "ISW: Russian forces …" is an acronym labelling a headline, not a transcript line)
    speaking = [a for a in speaking if not (a.cue.text == ":" and a.speaker.as_written.isupper()
                                            and not (sentence.headline and a.speaker.speaker
                                                     and len(a.speaker.as_written.split()) == 1))]
    # "QUESTION (Reuters): Russia's defence ministry says …": a reporter's question in a transcript relays what
    # others said, printed without quote marks: no one's claim (not a dateline: "KYIV: …" is no questioner)
    if not sentence.headline and _QUESTION_LABEL.match(doc.text, doc.paragraphs[sentence.paragraph][0], s_end):
        speaking = []
    # "Interviewer: Is the front holding?", "Syrskyi: The front is holding.", "Editorial: The West must …":
    # in the body, a full sentence after a bare colon is a transcript line or a rubric (speech printed
    # without quote marks, or the outlet's voice); a title or subhead with a colon is attributed, unless
    # what follows the colon asks a question ("Interviewer: Is the front holding?" states nothing)
    # (a live blog's time-stamped or bulleted "11.20 BST Zelensky: the front is holding." sums a statement up)
    stamp = _STAMPED_LABEL.match(doc.text, s_start, s_end)
    if (not sentence.headline and _FULL_STOP_END.search(doc.text, s_start, s_end)
            and (stamp is None or not stamp.group(0).strip())) or _QUESTION_END.search(doc.text, s_start, s_end):
        # a bare label ("Syrskyi:", "Interviewer:"), not a speaker with an occasion ("Zelensky in his nightly
        # address: …", which attributes what follows)
        speaking = [a for a in speaking if a.cue.text != ":"
                    or (_QUESTION_END.search(doc.text, s_start, s_end) is None
                        and len(doc.text[s_start:a.cue.start].split()) > 2)]
    # "Putin informed the president about the course of the operation", "briefed him on the situation at
    # the front": the subject of a report, not what it said (a "saying …" beside it still speaks)
    words = _words()
    speaking = [a for a in speaking if not (a.cue.text.lower() in words.reporting_cues
                                            and words.topic_only.fullmatch(doc.text, a.cue.end, s_end))]
    # "Soldiers who came back describe basements full of the wounded", "Several units have complained about
    # rotations": an unnamed group (no plural_voice: officials, analysts, bloggers still speak) describing with a
    # bare object tells its experience in the reporter's narration, no statement ("describe … as …", "complained
    # that …" still state something)
    speaking = [a for a in speaking if not _object_only(doc.text, a, s_end, words)]
    # "expressed the determination of the troops, stating, “…”": a feeling named, not a statement made
    # ("expressed confidence that the line would hold" states something): the words naming it are part
    # of the attribution, not content
    speaking = [replace(a, cue=replace(a.cue, end=feeling.end())) if a.cue.text.lower() in words.expressing_cues
                and (feeling := words.feeling.match(doc.text, a.cue.end, s_end)) else a for a in speaking]
    # "He thanked the servicemen who had fought … and expressed condolences to the families": a feeling
    # that runs to the end of the sentence states nothing (the war words are the thanked people's deeds)
    speaking = [a for a in speaking if not (a.cue.text.lower() in words.expressing_cues and a.speaker.start < a.cue.start
                                            and not doc.text[a.cue.end:s_end].strip(" .!;”\"’'"))]
    # "Kyiv: Ukraine's army chief has announced …", "Moscow: …" opening a body paragraph: a dateline, not a speaker
    # (and no participle's subject: "Kyiv: X has announced …, saying …" is X's)
    speaking = [a for a in speaking if not (
        a.speaker.how == "country" and not sentence.headline and _DATELINE_AFTER.match(doc.text, a.speaker.end)
        and not doc.text[doc.paragraphs[sentence.paragraph][0]:a.speaker.start].strip()
        and (a.cue.text == ":" or any(b.speaker.start > a.speaker.end for b in speaking)))]
    # "In a statement posted on Telegram, Syrskyi said …": the statement a participle names is where the words
    # stand, not a second speaker
    speaking = [a for a in speaking if not (
        a.speaker.how == "unnamed source" and _POSTED_STATEMENT.fullmatch(a.speaker.as_written)
        and a.speaker.end < a.cue.start <= a.speaker.end + 1 and a.cue.text.endswith("ed")
        and any(b.speaker.how != "unnamed source" for b in speaking))]
    # "A B, commander of … (Tuesday, 21:14):" alone on its line: a roundup's label line says nothing itself (the
    # paragraph below is the labelled speaker's quote, no reported speech) (sk26); a colon that opens a list of
    # bullets ("The General Staff published a summary on Monday:⏎- …") still gives them its speaker and day
    speaking = [a for a in speaking if not (a.cue.text == ":" and not sentence.headline
                                            and not doc.text[a.cue.end:s_end].strip()
                                            and doc.text[a.cue.end:a.cue.end + 200].lstrip(" \t")[:1] in ("\n", "")
                                            and not _LIST_BULLET.match(doc.text, a.cue.end))]
    # "War in Ukraine: Putin says …": a rubric before the colon, not a speaker
    speaking = [a for a in speaking if not (a.cue.text == ":" and a.speaker.how == "unknown name"
                                            and doc.text[a.speaker.end:a.cue.start].strip())]
    # "Note: …", "Update: …": furniture before a colon; "…, indicating a marginal advance" after
    # "Geolocated footage shows …": an inference of the copy, no speaker's words
    speaking = [a for a in speaking if not (a.cue.text == ":" and a.speaker.as_written.strip().lower()
                                            in words.rubrics)
                and not (a.cue.text.lower() in _evidence_participles() and not _kind_of(a.speaker.speaker))
                # "Geolocated footage published on Monday indicates that …": pictures, no speaker's words
                and not (a.cue.text.lower() in _evidence_verbs() and not _kind_of(a.speaker.speaker)
                         and _EVIDENCE_SUBJECT.search(doc.text, a.speaker.start, a.cue.start))]
    # "Opinion: Counting on exhaustion is a strategy of hope, argues a former NATO planner": the title of a piece of
    # opinion names its author after the verb; the author's own argument is no claim reported (cl15)
    if sentence.headline and words.opinion_title.match(doc.text, doc.paragraphs[sentence.paragraph][0], s_end):
        speaking = [a for a in speaking if not a.speaker.start > a.cue.start]
    # "Zelensky thanked Biden and the troops who had retaken …": thanks go to a person, never to a
    # statement, so no claim rests on them (a "said" beside them still makes one; "praised 'tremendous
    # progress'" may take a statement and is weighed in _claim)
    speaking = [a for a in speaking if not a.cue.text.lower().startswith(words.thanks_cues)]
    # "…, a week after the Kremlin signed the annexation treaties", "since Putin decreed the call-up of reservists in
    # September": an act named by its object in a time clause is the event the sentence is dated by, no words
    # reported (cl17)
    speaking = [a for a in speaking if not _dating_event(doc.text, a, s_start, s_end)]
    # "…, known as the 'X line' after the general who ordered them.": a directive whose object is a pronoun and no
    # more (no "to" infinitive, no "that" clause) names an order given, not what was ordered (cl20)
    speaking = [a for a in speaking if not (a.cue.text.lower() in _DIRECTIVES
                                            and _BARE_PRONOUN_OBJECT.match(doc.text, a.cue.end, s_end))]
    # "The Kremlin's text, posted on its website at 18:42, ran to 212 words": a participle set off by commas after
    # the text it describes is no finite verb of publishing; the text's own verb tells what it did (cl20)
    speaking = [a for a in speaking if not (a.cue.text.lower() in _PUBLISHING_PARTICIPLES and a.speaker.start < a.cue.start
                                            and _APPOSED_PARTICIPLE.search(doc.text, max(s_start, a.cue.start - 3),
                                                                           a.cue.start))]
    # "The chief of the General Staff heard reports from the commanders on …": the one who hears or receives reports
    # is kept informed, he reports nothing (the speech layer's reading, shared with quotes; cl22, cl23)
    speaking = [a for a in speaking if not (a.speaker.start < a.cue.start and heard_report(doc.text, a.cue))]
    # "Neither side discloses its losses", "No one has confirmed …": a denied speaker says nothing
    speaking = [a for a in speaking if not _NO_SPEAKER.match(a.speaker.as_written)]
    # "She did not mention the losses Savchuk had described.", "Ballistic missiles, which the air force reports
    # separately, are excluded.": a verb in a relative clause on the noun it takes as its object, with nothing after
    # it, names what was said before; it reports no words here (cl24)
    speaking = [a for a in speaking if a in denials or not _object_relative(doc.text, a, s_start, s_end)]
    # "Mediazona … said on Friday it had confirmed …": a pronoun opening what another verb reports is that speaker
    # going on, no second voice (cl16)
    speaking = [a for a in speaking if not (a.speaker.how in ("pronoun", "unresolved pronoun") and any(
        b is not a and b.cue.end <= a.speaker.start and b.speaker.start < b.cue.start
        and _REPORTED_PRONOUN_GAP.fullmatch(doc.text, b.cue.end, a.speaker.start) for b in speaking))]
    # "According to preliminary estimates, 118 soldiers were killed": figures with no one behind them
    speaking = [a for a in speaking if not (a.speaker.speaker == "" and a.cue.text.lower() == "according to"
                                            and _AGENTLESS_SOURCE.fullmatch(a.speaker.as_written.strip()))]
    # "according to the commander of the Tavria group, Oleksandr Tarnavskyi, who said …": the role is the name
    # apposed to it, which speaks again in the sentence (not the holder the tables give the office)
    speaking = [_apposed_name(doc, a, speaking) for a in speaking]
    # "X told Putin that …, according to a video released by the Kremlin": the publisher of the record of another
    # speaker's words passes them on, it says nothing of its own (alone in its sentence it still speaks)
    speaking = [a for a in speaking if not (a.cue.text.lower() == "according to" and _RELEASED_BY.match(
        doc.text, a.cue.end, a.speaker.start + 1) and any(b.cue.start < a.cue.start and b.speaker.start < a.cue.start
                                                          for b in speaking if b is not a))]
    # "Syrskyi expects …, according to a statement from his press service": the service's statement is his
    speaking = [_own_service(doc, a, speaking, s_start) for a in speaking]
    if linked:  # a country subject is another story's, no body speaker's: only a person, a role, a body speaks
        speaking = [a for a in speaking if a.speaker.how != "country"
                    and a.speaker.as_written.strip() not in vocab.country_forms()]
    return speaking


#: a time clause's conjunction right before its subject ("since President Vladimir Putin decreed", "a week after the
#: Kremlin signed")
_TIME_CLAUSE_OPENER = re.compile(r"(?:^|[\s,])(?:since|after|before|until|when)[^\S\n]+(?:the[^\S\n]+)?$")
#: the noun phrase that is such an act's whole object, up to the clause's end ("the annexation of four regions")
_ACT_OBJECT = re.compile(r"[^\S\n]+(?:a|an|the|its|his|her|their)[^\S\n]+(?:(?!(?:that|to|it|they|he|she|had|has|have|"
                         r"was|were|is|are|would|will|could|can|may|might|should|must|been|be)\b)"
                         r"[^,;:.“”\"\s]+[^\S\n]*)+(?=[,;.]|$)")


def _office_relays(doc, sentence, act, speaking: list) -> bool:
    """Whether a headline's institution only relays a person of its own ("Putin tells Scholz …, Kremlin says": the
    Kremlin's readout of the president's words, the president the one speaker): the institution's name is a word of
    one of that person's roles in data/speakers.csv ("kremlin chief"), the person's verb comes first and the
    institution's verb ends the title ("Putin vows …, Kremlin says talks are off" keeps both) (cl20)."""
    if re.search(r"\w", doc.text[act.cue.end:sentence.end]):
        return False
    people = _mentions.people()
    office = people.speakers.get(act.speaker.speaker)
    if office is None or office.kind != "organisation":
        return False
    word = act.speaker.speaker.lower()
    for other in speaking:
        person = people.speakers.get(other.speaker.speaker) if other is not act else None
        if person is not None and person.kind == "person" and other.cue.start < act.cue.start \
                and any(word in role.split() for role in person.roles):
            return True
    return False


#: publishing verbs that, as a participle after a comma, describe a text ("The ministry's statement, posted on …,")
_PUBLISHING_PARTICIPLES = frozenset(("posted", "published", "released", "issued", "uploaded", "shared"))
_APPOSED_PARTICIPLE = re.compile(r",\s*$")
#: "…, Rep. A B of the intelligence committee told reporters after the briefing.": a relayer's attribution closing
#: the sentence, after a comma, its verb taking no clause of its own (an audience: a ``relay_audience`` word of
#: data/speech_words.csv; an occasion; the end)
_RELAY_AFTER = vocab.TablePattern("relay_after", ("speech_words",), lambda: (
    r"(?:[^\S\n]+(?:" + (trie_pattern(vocab.speech_words()["relay_audience"], spaces=True) or "(?!)") + r"))?"
    r"(?:[^\S\n]+(?:on|after|at|during|in|late|earlier|later)\b[^,;:.“”\"]{1,60})?[^\S\n]*[.!?]?[^\S\n]*$"))
_RELAY_VERBS_CLOSING = frozenset("told said briefed informed".split())
#: the comma before a relayer, and a title or two written before the name ("…, Rep. A B told", "…, Sen. A B said")
_RELAYER_OPENS = re.compile(r",[^\S\n]+(?:[A-Z][a-z]{1,12}\.?[^\S\n]+){0,2}$")


def _trailing_relay(text: str, act, s_end: int) -> bool:
    """Whether ``act`` is a relayer's attribution closing its sentence ("The agency estimated that …, Rep. A B told
    reporters after the briefing."): a second voice that passes the first speaker's words on, each a row of its own
    (the conventions' relayed attribution), never a voice inside the first speaker's clause (cl24)."""
    return act.cue.text.lower() in _RELAY_VERBS_CLOSING and act.speaker.start < act.cue.start \
        and _RELAYER_OPENS.search(text, max(0, act.speaker.start - 30), act.speaker.start) is not None \
        and act.speaker.how != "pronoun" \
        and act.speaker.how != "unresolved pronoun" and _RELAY_AFTER.match(text, act.cue.end, s_end) is not None


def _relayed_on_the_day(text: str, s_end: int, by_speaker: dict, made: list[dict]) -> None:
    """ "The NIS estimated that …, Rep. A B told reporters after the briefing.": a relayer's row naming no day of its
    own takes the day of the words it passes on (the relayed row of the same sentence); the rows change in place."""
    relayers = {label for label, acts in by_speaker.items() if any(_trailing_relay(text, a, s_end) for a in acts)}
    if not relayers:
        return
    dated = next((c for c in made if c["speaker"] not in relayers and not pd.isna(c["statement_date"])), None)
    if dated is None:
        return
    for claim in made:
        if claim["speaker"] in relayers and pd.isna(claim["statement_date"]):
            claim["statement_date"], claim["date_basis"] = dated["statement_date"], \
                f"relaying {dated['speaker']}'s words: {dated['date_basis']}"


#: the word right before a relative clause's subject: "which", "that", or the noun the clause is on after its
#: determiner ("the losses Savchuk had described"), never a conjunction or an adverb opening a main clause ("and he
#: said", "as the ministry said"), nor a title before a name ("…, military spokesman A B said")
_RELATIVE_HEAD = re.compile(r"(?:(?P<which>\bwhich|\bthat)|(?<![\w’'-])(?:the|its|their|his|her|our|my|any|these|those|"
                            r"such|all|some)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+)?(?P<noun>[a-z]{3,}))[^\S\n]+$")
_NOT_A_HEAD = frozenset("and but or nor yet so then as while when whereas where after before since because than also "
                        "though although until unless once now still only just even meanwhile however instead again "
                        "reportedly repeatedly later earlier already previously who whom whose what how why if".split())
#: nothing after the relative clause's verb but an adverb or two, then the clause's end
_NO_COMPLEMENT = re.compile(r"(?:[^\S\n]+(?:[a-z]+ly|earlier|before|already|again|too|first))*[^\S\n]*(?P<end>[,.;!?]|$)")
#: after a "which" clause set off by commas, the main clause's verb: the relative stood inside the subject
_MAIN_VERB_AFTER = re.compile(r",[^\S\n]+(?:are|is|was|were|has|have|had|remain|remains|remained|will|would|stay|stays)\b")


def _object_relative(text: str, act, s_start: int, s_end: int) -> bool:
    """Whether ``act``'s verb stands in a relative clause on the noun it takes as its object and nothing follows it
    ("the losses Savchuk had described.", "Ballistic missiles, which the air force reports separately, are
    excluded."): a back-reference to words said elsewhere, no statement of them (cl24). "…, as the ministry
    reported." and "…, which the ministry announced on Friday." (a clause restated, no noun) are kept."""
    if not s_start < act.speaker.start < act.cue.start or act.cue.text.lower() == "according to":
        return False
    head = _RELATIVE_HEAD.search(text, max(s_start, act.speaker.start - 30), act.speaker.start)
    if head is None or (head.group("noun") and (head.group("noun") in _NOT_A_HEAD or _APPOSITIVE_HEAD.search(
            text, max(s_start, head.start() - 40), act.speaker.start))):
        return False  # ("…, a claim Kyiv rejected.", "…, a figure Moscow disputed.": a stance on the words, cl17)
    after = _NO_COMPLEMENT.match(text, act.cue.end, s_end)
    if after is None:
        return False
    if head.group("which"):
        # the "which" clause must sit inside the subject: its verb is the main clause's after the closing comma
        return after.group("end") == "," and _MAIN_VERB_AFTER.match(text, after.start("end")) is not None
    before = text[max(s_start, head.start() - 2):head.start()]
    return after.group("end") in (".", "!", "?", ";", "") and "," not in before


#: directive cues ("ordered troops to …"): with a bare pronoun as their whole object they report nothing (cl20)
_DIRECTIVES = frozenset(("ordered", "directed", "instructed", "commanded"))
_BARE_PRONOUN_OBJECT = re.compile(r"[^\S\n]+(?:them|it|him|her|this|that|so)[^\S\n]*(?:[,;:.!?)”\"]|$)")


def _dating_event(text: str, act, s_start: int, s_end: int) -> bool:
    """Is ``act`` a time clause's act named by its object only ("…, a week after the Kremlin signed the annexation
    treaties", "since Putin decreed the call-up of reservists in September")? The clause dates the sentence's event; the
    act reports no words (a clause after the verb, "after Moscow claimed it had taken …", still does) (cl17)."""
    if act.cue.kind != "speech" or not act.speaker.start < act.cue.start or act.speaker.start <= s_start \
            or act.cue.text.lower() not in _words().act_cues:
        return False
    if not _TIME_CLAUSE_OPENER.search(text, max(s_start, act.speaker.start - 20), act.speaker.start):
        return False
    end = segment.trim_end(text, 0, s_end, " .!")  # (not a copy of the text before it, sp22)
    return (_ACT_OBJECT.match(text, act.cue.end, end) if act.cue.end <= end
            else _ACT_OBJECT.match(text[:end], act.cue.end)) is not None


def _written_label(doc, sentence, act) -> str:
    """A speaker's label as the sentence writes it: the tables' name, else the words as written in the conventions'
    spelling ("US officials", "senior US defence official (unnamed)"), a body's whole name ("the Centre for Defence
    Strategies", "researchers at the X Foundation"); the resolution by context follows (a step of ``_claims_in``)."""
    s_start, s_end = sentence.start, sentence.end
    label = act.speaker.speaker or _label_as_written(_LABEL_LEAD.sub("", act.speaker.as_written))
    if label.endswith(" (unnamed)") or (not act.speaker.speaker and label.split()[-1].lower() in _plural_heads()):
        # "American officials", "a senior U.S. defense official": the conventions' "US officials", "senior
        # US defence official (unnamed)" (one spelling of an unnamed office, whatever the outlet's)
        label = _mentions.spelled(label)  # (the label grammar's spelling: data/label_spellings.csv)
        owner = _POSSESSIVE_LEAD.match(label)  # "Kyiv's officials": the conventions' "Ukrainian officials"
        country = _mentions.people().country_of_form.get(owner.group(1)) if owner is not None else None
        demonym = _mentions.demonym_of(country) if country else None
        label = demonym + label[owner.end() - 1:] if demonym else label
    if act.speaker.how == "unknown name" and _NATIONAL_GROUP.fullmatch(label):
        label = _label_as_written(label)  # "Finnish Black Bird Group" → "Black Bird Group"
    described = _DESCRIBED_NAME.fullmatch(label) \
        if act.speaker.how == "unknown name" or (act.speaker.how == "unnamed source" and not act.speaker.speaker) else None
    if described is not None and described.group(1).lower() in vocab.speech_words()["institution_noun"]:
        label = described.group(2)  # "Finnish research group Black Bird Group" → "Black Bird Group" (the body's name)
    experts = _EXPERTS_PREFIX.match(label) if act.speaker.how == "unnamed source" and not act.speaker.speaker else None
    described = _DESCRIBED_NAME.fullmatch(label, experts.end()) if experts is not None else None
    if described is not None and described.group(1).lower() in vocab.speech_words()["institution_noun"]:
        label = described.group(2)  # "analysts at the Finnish open-source group Black Bird Group": the body (cl15)
    if act.speaker.how == "unknown name":
        # "the Centre for Defence Strategies": the name goes on before its "for" / "of"
        head = _NAME_HEAD_BEFORE.search(doc.text, s_start, act.speaker.start) \
            if not _mentions.gender(act.speaker.speaker) else None  # "… of Ukraine Sergey Cherevatov": a person
        tail = _NAME_TAIL_AFTER.match(doc.text, act.speaker.end, s_end) \
            if not _mentions.gender(act.speaker.speaker) else None  # "Ivan Petrenko of the X Institute said"
        if tail is not None and _PERSON_OF_THE.match(tail.group("name")) and len(act.speaker.speaker.split()) == 2 \
                and _mentions.is_person(act.speaker.speaker) and act.speaker.as_written.strip() == act.speaker.speaker:
            tail = None  # "Dara Massicot of the Carnegie Endowment wrote": a person of a body (a first name no table has)
        if tail is not None and re.search(r"\b(?:President|Prime\s+Minister|Minister|General|Mr|Ms)\.?\s+$",
                                          doc.text[max(0, act.speaker.start - 20):act.speaker.start]):
            tail = None  # "President A B of Ukraine": a titled person, no body's name
        if tail is not None and re.sub(r"^\s*(?:for|of)\s+(?:the\s+)?", "", tail.group("name")) in vocab.country_forms():
            tail = None  # "President A B of Ukraine": a person of a country, no body's name
        if head is not None or tail is not None:
            label = doc.text[head.start("name") if head else act.speaker.start:
                             tail.end("name") if tail else act.speaker.end]
        subject = doc.text[act.speaker.start:act.cue.start].strip() if act.speaker.start < act.cue.start else ""
        if _EXPERTS_AT.match(subject):  # "Researchers | at the Jamestown Foundation said"
            label = _table_label(subject)
        label = _reordered_name(label) or label  # "the Institute for War Studies": the ISW
    if not act.speaker.speaker and act.speaker.how in ("unknown name", "unnamed source"):
        label = _body_by_role(doc, act.speaker.as_written) or label
    return _where_they_live(doc, sentence, act, label)


#: "The assessment by Defence Intelligence": a written account, then its maker (group ``maker``)
_ACCOUNT_BY = re.compile(_account_subject(("the", "an", "a", "its", "their"), 2, r"[a-z]+") + r"\s+(?:by|from)\s+(?:the\s+)?"
                         r"(?P<maker>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


def _unique_body_roles() -> dict:
    """A body's role of data/speakers.csv written as its name ("defence intelligence"): role (lower case, two words or
    more) → (speaker, country), for the roles only one organisation of the table has (built once per table)."""
    def build():
        seen: dict[str, list] = {}
        for speaker in _mentions.people().speakers.values():
            if speaker.kind != "person":
                for role in speaker.roles:
                    if " " in role:
                        seen.setdefault(role.lower(), []).append((speaker.name, speaker.country))
        roles = {role: found[0] for role, found in seen.items() if len(found) == 1 and found[0][1]}
        forms: dict[str, list] = {}
        for form, (country, _) in vocab.country_forms().items():
            forms.setdefault(country, []).append(form)
        named = {country: re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, forms.get(country, ["(?!)"])),
                                                                        key=lambda w: (-len(w), w))) + r")(?![\w-])")
                 for _, country in roles.values()}
        return roles, named
    return vocab.compiled("claims_unique_body_roles", ("speakers", "countries"), build)


def _body_by_role(doc, written: str) -> str:
    """ "Defence Intelligence also assesses …", "The assessment by Defence Intelligence estimates …": a capitalised
    name no table knows that is, word for word, the role of one organisation only ("defence intelligence": UK Defence
    Intelligence) is that organisation, when the article names its country ("the UK published …"); "" otherwise
    (cl21)."""
    written = written.strip()
    maker = _ACCOUNT_BY.fullmatch(written)
    name = maker.group("maker") if maker is not None else re.sub(r"^(?:[Tt]he)\s+", "", written)
    if not name[:1].isupper() or not all(w[:1].isupper() for w in name.split()):
        return ""
    roles, named = _unique_body_roles()
    found = roles.get(name.lower())
    return found[0] if found is not None and named[found[1]].search(doc.text) else ""


#: "analysts at the ": experts of a body described before its name
_EXPERTS_PREFIX = re.compile(r"(?i:analysts?|experts?|researchers?|specialists?)\s+(?:at|from|with)\s+(?:the\s+)?")
#: "residents of " right before a name; "In occupied Vasylivka, " right before a group of private people
_GROUP_OF_BEFORE = re.compile(r"\b(?P<group>[A-Za-z][\w-]*s)\s+of\s+$")
_FRONTED_PLACE = re.compile(r"(?<![\w’'-])[Ii]n\s+(?:(?:occupied|nearby|neighbouring|neighboring|front-line|frontline)\s+|"
                            r"the\s+(?:town|village|city|settlement)\s+of\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
                            r"\s*,\s*$")


def _where_they_live(doc, sentence, act, label: str) -> str:
    """A group of private people (the plural ``witness`` words of data/claim_words.csv: residents, locals, villagers)
    labelled with where they live, as the label grammar writes a private person's place after the noun: "Residents of
    Vasylivka said" → "residents of Vasylivka" (not the place as if it spoke), "In occupied Vasylivka, residents told
    …" → "residents of Vasylivka" (the fronted place is theirs); other groups keep their label (cl15)."""
    text, witness = doc.text, _words().witness
    if act.speaker.how == "unknown name" and act.speaker.start < act.cue.start:
        group = _GROUP_OF_BEFORE.search(text, max(sentence.start, act.speaker.start - 30), act.speaker.start)
        if group is not None and witness.search(group.group("group")):
            return f"{group.group('group').lower()} of {text[act.speaker.start:act.speaker.end]}"
        return label
    if act.speaker.how == "unnamed source" and not act.speaker.speaker and act.speaker.start < act.cue.start \
            and " " not in label and witness.search(label) and label.endswith("s"):
        place = _FRONTED_PLACE.search(text, sentence.start, act.speaker.start)
        if place is not None and place.group("place") not in vocab.country_forms():
            return f"{label} of {place.group('place')}"
    return label


def _viewer(doc, sentence, s_start: int, s_end: int, by_speaker: dict, last_made: list, previous_sentence,
            previous_acts: list, last_voice: tuple):
    """ "In his view, …", "Her assessment was that …" (a claim noun of data/claim_words.csv after the pronoun): the
    match of the words and whose view it is (the speaker of the sentence before, "" when nobody); ``s_start``,
    ``s_end`` the sentence as read before an answer took in its question (a step of ``_claims_in``)."""
    # "In his view, …"; "Her assessment was that …" (a claim noun of data/claim_words.csv after the pronoun)
    view = (_IN_HIS_VIEW.match(doc.text, s_start, s_end) or _words().pronoun_claim.match(doc.text, s_start, s_end)) \
        if not by_speaker else None
    if by_speaker and doc.text.startswith(("His ", "Her ", "Their "), s_start):
        # "His denial that …, was echoed by the General Staff, whose report …, it said, …": the claim noun's
        # owner speaks beside the sentence's other voice
        view = _words().pronoun_claim.match(doc.text, s_start, s_end)
        view = view if view is not None and view.group("cue3") else None
    if view is not None and last_made and sentence.paragraph == doc.sentence_at(last_made[0]["start"]).paragraph:
        viewer = last_made[0]["speaker"] if len({c["speaker"] for c in last_made}) == 1 else ""
    elif view is not None and last_made and not previous_acts and previous_sentence is not None \
            and doc.sentence_at(last_made[0]["start"]).start == previous_sentence.start \
            and doc.story_gap(previous_sentence.paragraph, sentence.paragraph) <= 1 \
            and len({c["speaker"] for c in last_made}) == 1:
        # "In the general's view, ….⏎⏎His forecast is that …": an aside after an aside, the same voice goes on
        viewer = last_made[0]["speaker"]
    elif view is not None and previous_acts and last_voice[0] and last_voice[1] == previous_sentence.paragraph \
            and doc.story_gap(previous_sentence.paragraph, sentence.paragraph) <= 1:
        viewer = last_voice[0]  # "“…,” Chernyk said.⏎⏎In his opinion, …": who spoke in the sentence before
    elif view is not None and previous_acts and doc.story_gap(previous_sentence.paragraph, sentence.paragraph) <= 1 \
            and len({a.speaker.speaker for a in previous_acts}) == 1 and previous_acts[0].speaker.speaker \
            and _kind_of(previous_acts[0].speaker.speaker) in ("person", "") \
            and previous_acts[0].speaker.how in ("name", "title", "pronoun", "unknown name"):
        # "He spoke to us by video link on Monday.⏎⏎In his view, …": the one person who spoke in the sentence
        # before, though what that sentence said made no claim
        viewer = previous_acts[0].speaker.speaker
    elif view is not None and view.group("who") in ("His", "Her") and not previous_acts \
            and (opened := _opened_by_unnamed(doc, previous_sentence, sentence)):
        viewer = opened  # "A senior official … was cautious. Her
        # assessment was that …"
    else:
        viewer = ""
    if viewer and view.group("who") and view.group("who").lower().startswith("the ") \
            and not _fits_voice(view.group("who").split()[-1][:-2], viewer):
        viewer = ""  # "“…,” Syrskyi said. In the ministry's view, …": another voice than the last one's
    return view, viewer


def _headline_body_dates(doc, found: list[dict]) -> None:
    """A headline tells of the body's statement: its day, when the body gives one (the claims ``found``, changed in
    place) (a step of ``_claims_in``)."""
    for claim in found:  # a headline tells of the body's statement: its day, when the body gives one
        if claim["headline"] and pd.isna(claim["statement_date"]) and claim["date_basis"] != _LINKED_BASIS:
            body = next((c for c in found if not c["headline"] and c["speaker"] == claim["speaker"]
                         and not pd.isna(c["statement_date"]) and not _placed_back(doc, c)), None)
            cue = str(claim.get("cue") or "").lower()
            same = next((c for c in found if not c["headline"] and c["speaker"] == claim["speaker"]
                         and str(c.get("cue") or "").lower() == cue), None) if cue and body is not None else None
            if same is not None and pd.isna(same["statement_date"]) and same["start"] < body["start"]:
                # "In his memoir, X writes that …" over "He writes that …" (no day) before the interview "on Monday":
                # the headline tells the words the body restates with the same verb, not the later occasion's (dt33)
                body = None
            if body is None and not any(not c["headline"] and c["speaker"] == claim["speaker"] for c in found):
                body = _restated_by(doc, claim, found)  # "…, army says" over "…, a military spokesman said on Tuesday"
            if body is not None:
                claim["statement_date"], claim["date_basis"] = body["statement_date"], f"body: {body['date_basis']}"
            elif not any(not c["headline"] and c["speaker"] == claim["speaker"] for c in found):
                # "Air Force: …" over "This was stated by …'s Air Force, A B, on Thursday": the day the body spoke
                spoke = next((e for e in doc.speech.events if e.speaker == claim["speaker"] and e.date is not None
                              and not pd.isna(e.date) and e.pos >= getattr(doc, "headline_end", 0)), None)
                if spoke is not None:
                    claim["statement_date"], claim["date_basis"] = spoke.date, f"body: {spoke.date_text}"


def _rows(doc, found: list[dict]) -> list[dict]:
    """The claims ``found`` in text order, numbered, with the article's columns (a step of ``_claims_in``)."""
    found.sort(key=lambda c: (c["start"], c["speaker"]))
    rows = []
    for n, claim in enumerate(found, start=1):
        rows.append({**claim, "article_id": doc.article_id, "claim_id": f"{doc.article_id}-c{n:03d}",
                     "undated": pd.isna(doc.published), "published": doc.published,
                     "text": doc.text[claim["start"]:claim["end"]],
                     "sentence": doc.text[claim["start"]:claim["end"]]})
    return rows


#: What a second voice says of the first one's words, by a pronoun or a noun for them, and nothing more: "Kyiv denies
#: it", "Ukraine calls it fantasy", "…; the army rejected the claim as false".
_ANSWERS_THE_CLAIM = re.compile(r"\s+(?:it|this|that|them|the\s+(?:claim|claims|report|reports|assertion|figure|figures|"
                                r"account|boast))(?:\s+(?:as\s+)?[\w’'-]+){0,2}\s*[.!]?\s*$")


def _quote_claims(doc, lexicon, given_quotes) -> list[dict]:
    speakers = {}
    if given_quotes is not None:
        speakers = {int(r.start): r for r in given_quotes.itertuples(index=False)}
    rows = []
    for n, (quote, reading) in enumerate(zip(doc.quotes, doc.speech.quotes), start=1):
        if reading.kind != "direct":
            continue
        words, starts = _span(doc, quote.start, quote.end)
        first, last = 0, len(words)
        topics = [t for t in _topics(lexicon, words, first, last, starts, [], doc) if t not in _EXCLUDING]
        fine = _fine_type(lexicon, words, first, last, starts, [])
        if not topics and not fine:
            continue
        override = speakers.get(quote.start)
        speaker = override.speaker if override is not None else reading.speaker
        rows.append({
            "speaker": speaker, "speaker_as_written": reading.as_written, "attribution": reading.attribution,
            "cue": reading.cue, "claim_type": fine[0] if fine else topics[0],
            "topics": "|".join(topics or [fine[0]]),
            "quoted_words": doc.text[quote.start:quote.end], "phrase": doc.text[fine[1]:fine[2]] if fine else "",
            "pattern": fine[3] if fine else "", "found_in": "quote", "headline": quote.span.start < doc.headline_end,
            "carried": False, "negated": False, "quote_id": f"{doc.article_id}-q{n:03d}",
            "statement_date": reading.date, "date_basis": reading.date_basis,
            "start": quote.start, "end": quote.end,
            "phrase_start": fine[1] if fine else quote.start, "phrase_end": fine[2] if fine else quote.start,
            "via": reading.via if reading.speaker == speaker else doc.speech.via(quote.sentence[0], speaker),
        })
    return rows
