"""The speech layer of a document: who says what, and when.

For every sentence, each speech cue (a speech verb from ``data/speech_cues.csv``, or "according
to") with its subject, the resolved speaker and the statement date (a :class:`SpeechAct`); and
for every quoted span, who said it and how that was found (a :class:`QuoteReading`). Quotes,
claims and facts all read this one layer (``doc.speech``), so a speech verb or a person added to
``data/`` reaches every stage.

How a speaker is found (the ``how`` of a mention, shown as ``attribution`` in the tables): a name
next to a speech verb ("Putin said"), a title ("President Putin"), a role ("the Russian leader")
or a pronoun ("he") resolved to the most recent compatible person (one who spoke, or a sentence's
subject; institutions, media and countries skipped; gender from titles and ``data/first_names.csv``),
"according to X", the previous speaker continuing, or an unnamed source ("officials said").

The layer is a package of small modules, lowest layer first: ``_acts`` (cues, acts, quote readings), ``_names``
(names and roles as written), ``_speakers`` (who a mention is), ``_subjects`` (a cue's subject), ``_layout`` (a page's
furniture, posts, transcripts), ``_occasions`` (the occasion of a statement), ``_dates`` (its date) and ``_layer``
(:class:`Speech` and :func:`analyse`); this module re-exports what the other stages read.

Example:
    >>> from saidvsdone import corpus, document
    >>> doc = next(document.documents(corpus.from_text(
    ...     "Putin said on Friday that the operation was going to plan.", published="2022-10-14")))
    >>> act = doc.speech.acts[0]
    >>> act.cue.text, act.speaker.speaker, str(act.date.date())
    ('said', 'Vladimir Putin', '2022-10-14')
"""

from __future__ import annotations


from saidvsdone import mentions as _mentions
from saidvsdone.vocab import speech_words  # (the table's words by kind: re-exported)

from ._acts import (
    _COORDINATED, _coordinated_before, _cue_words, _find_cues, _LEAVE_TO_SPEAK, _noun_form_cues, _noun_form_matches,
    _put_at, _READS, _SCARE_MAX_WORDS, _speaking_groups, _statement_reads, _WORD, _words, _words_in, Cue, cue_table,
    heard_report, inflections, QuoteReading, RuleGuard, SpeechAct,
)
from ._names import (
    _CALL_SIGN, _DOTTED_RANKS, _HONORIFIC_BEFORE, _introduced, _last_apposed, _NEXT_IN_LIST, _NOT_MODIFIERS,
    _OFFICE_OF_BEFORE, _one_person_after, _PEN_NAME_CUE, _QUOTED_PASSIVE, _RANKS_BEFORE, _REPORTER_CALLED,
    _ROLE_COMMA_BEFORE, _role_in, _ROLE_WORDS, _TITLE_BEFORE, _unnamed_subject, _WORDS_BEFORE_NAME,
    _words_before_name, COMMA_ARTICLE, FORMER, given_name, NAMING_FORMULA, office_holder, same_one, unnamed_after,
)
from ._speakers import _antecedent, _military_body, _person_country, _Reader, _resolve
from ._speakers import FRONTED_PLACE  # ("In Kyiv, …" opening a sentence: shared with claims)
from ._speakers import PRESS_OF, PRESS_OWNED  # ("the press service of X said": shared with claims)
from ._names import PRESS_UNIT  # ("press service", "press office": shared with claims' dash signature)
from ._subjects import (
    _call_sign_after, _conduit, _QUOTED_AS, _subject_of, _subject_of_cue, aside_acts, relative_aside_subject,
)
from ._layout import _COLON_GUARD, _colon_introducer, _transcript_label, _WENT_ON
from ._occasions import (
    _AT_GATHERING, _ENCOUNTER, _PLUPERFECT_BEFORE, _PUBLISHED_GUARD, _SEPARATE_WORDS, _separately, _undotted_titles,
    BACK_REFERENCE, BACK_REFERENCE_BULLET, GATHERING, said_this_after, SAID_THIS, STATED_BY, until_bound,
)
from ._dates import _date_for_cue, _EVENT_CLOSING, _occasion_after_day
from ._dates import (  # (read-time days shared by quotes and claims, dt31)
    after_stamp, carried_day, CLOCK, dated_by_paragraph, EARLIER_OCCASION, ITS_SPOKESPERSON, lead_days, LEAD_BASIS,
    NEW_CLAUSE_BEFORE,
    recurring_not_that_day, recurring_publication,
)
from ._layer import analyse, Speech
from ._layer import CITED_AS, THAT_BEFORE_SOURCE  # (claims read the cited and the inner voices: rv25d)

__all__ = ["Cue", "SpeechAct", "QuoteReading", "Speech", "analyse", "cue_table", "heard_report", "speech_words"]

