"""Stage 2b — claims: what speakers are reported to have said about the war's course.

A **claim** is a sentence in reported (indirect) speech, attributed to a speaker, whose content
is about the war's progress, plan, pace, goals or battlefield results (territory, settlements,
troops, losses, missiles and drones, the situation at the front). ``claims.find(articles)`` reads
them off the shared document's speech layer (:mod:`saidvsdone.speech`), not off a phrase list:

1. every speech cue with a speaker is a candidate ("X said (that) …", "…, X said.", ", he said,",
   "according to X", "X claimed …"); a sentence with two speakers gives two claims. A cue the layer
   left without a speaker still speaks for the claims table (never for quotes) when a noun phrase
   that can speak stands before it ("Ukraine's southern command said" → "Ukrainian Southern Command",
   "Russian state media reported", "officials in the X region said"), and so do plural present verbs
   ("officials claim …"), "demand" and "a report by X said";
2. its content (the sentence without the attribution) must be about the war: a word of
   ``data/claim_topics.csv`` (territory, losses, strikes, mobilisation, goals, pace,
   negotiations, threat) must stand in it; civilian-damage reports, allegations, meetings, honours,
   other wars and soft words in sport, the economy or politics are left out (the table's other
   groups); with two speakers in a sentence, each speaker's content is its own part of it;
3. a sentence that is only a direct quote plus a bare attribution ("“…,” he said.") is a quote,
   not a claim (``include_quotes=True`` adds such quotes as rows with ``found_in`` = ``quote``);
4. ``claim_type`` labels and never filters: a phrase of ``data/claim_phrases.csv`` gives the fine
   type it knows (``on_plan``, ``mobilisation_ending`` …), else the first topic found.

``quoted_words`` holds the speaker's own words inside the sentence (only what stands inside quote
marks in the article), so a chart never puts quote marks around the reporter's paraphrase.

The stage is a package of small modules: ``_vocabulary`` (the topic lexicon and word groups), ``_voices`` (which acts
state a claim, who really speaks), ``_headlines``, ``_speakers`` (a speaker the speech layer left open), ``_dating``,
``_content`` (what a claim says) and ``_stage`` (:func:`find`, :func:`one_per_day` and the pass over one document);
this module re-exports the public names.

Example:
    >>> from saidvsdone import corpus, claims
    >>> article = corpus.from_text("Putin said on Friday that everything was going to plan.",
    ...                            published="2022-10-14")
    >>> row = claims.find(article).iloc[0]
    >>> row["speaker"], row["claim_type"], row["found_in"], str(row["statement_date"].date())
    ('Vladimir Putin', 'on_plan', 'reported', '2022-10-14')
"""

from __future__ import annotations

from saidvsdone import _verbs


from saidvsdone.mentions import label_as_written as _label_as_written
from saidvsdone.citing import (
    table_label as _table_label, speaker_kind as _kind_of, speech_mentions_between as _mentions_between,
)

from ._vocabulary import _EXCLUDING, _words, CLAIM_TYPES, COLUMNS, TOPICS, WORD_GROUPS
from ._voices import (
    _ABOUT_TOPIC, _DENIED_BY, _DENIED_CLAIM, _DENYING_STEMS, _HEDGED, _hedged, _plural_cue_heads, _plural_heads,
    _quotes_in, sentence_topics,
)
from ._headlines import (
    _aside_speaker, _COMPLEMENT_WORDS, _DEFINITE_INSTITUTION, _FIRST_WORD, _headline_plural_subject_re,
    _HEADLINE_SAYS_TAIL, _headline_subject_re, _headline_verb_lemmas, _is_plural_match, _office_rank_words,
    _RELATIVE_BEFORE, _RELATIVE_IN, _RELATIVE_VERBS, _seats, _SPEAKING_WORD, _THAN_BEFORE, _titled_in_body,
)
from ._speakers import (
    _commander_ranks, _common_leads, _evidence_participles, _EVIDENCE_SUBJECT, _evidence_verbs, _lede_roles,
    _NAME_THEN_ROLE, _PER, _PLURAL_HEAD_WORD, _quoted_restated, _report_words, _speaking_heads, _stating,
    _subject_phrase, _TITLE_THEN_NAME,
)
from ._dating import _date
from ._content import _NEGATION, _sceptic_spans, _SUBORDINATE
from ._stage import _claims_in, find, one_per_day

__all__ = ["find", "one_per_day", "CLAIM_TYPES", "TOPICS", "COLUMNS"]


def __getattr__(name: str):
    raise _verbs.missing(__name__, name)  # ("facts.find": the message names the stage's verb)

