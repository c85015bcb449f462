"""One label for one speaker in every table: the speaker column of quotes, claims and facts read from one function.

A speech act's speaker is resolved once, by the shared speech layer (:mod:`saidvsdone.speech`); what each table prints
is that speaker in the label grammar of ``tests/gold/README.md`` ("Speaker labels", :func:`mentions.speaker_label`).
``written_label`` is that step for a speaker the layer gives as (canonical name, words as written, how found): a name
keeps the tables' name; one person the text does not name gets the conventions' descriptive label ("the governor said"
→ ``governor (unnamed)``, "a senior U.S. defense official" → ``senior US defence official (unnamed)``); a pronoun
nobody resolved gives "" (no label is better than "he"). ``act_label`` adds what only a whole act knows: a country
speaking is labelled by the body that speaks for it (:func:`citing.country_speaker`, "Moscow said" → ``Russian
Defence Ministry`` for a battlefield report). The claims stage resolves more by context (the unnamed official who
spoke last, the body of the same head noun named before); the quotes stage and the facts stage take this label
(lb2, round 12: before, "the governor said" gave an empty quote speaker, the claim ``governor (unnamed)`` and the fact
``The governor``).

Example:
    >>> from saidvsdone import document
    >>> doc = document.build("x", "Russian troops took two villages, the governor said.")
    >>> act = doc.speech.acts[0]
    >>> act_label(doc, act)
    'governor (unnamed)'
"""

from __future__ import annotations

from saidvsdone.mentions import label_as_written, speaker_label

__all__ = ["written_label", "act_label"]

#: pronouns standing as the speaker: nobody the tables can name
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who"})


def written_label(doc, speaker: str, as_written: str, how: str, pos: int) -> str:
    """The label of a speaker the speech layer gives as ``speaker`` (canonical, "" when unresolved), ``as_written``
    and ``how`` (its ``attribution``), written at ``pos``: the tables' name, else the words as written in the
    conventions' grammar, else "" for a pronoun nobody resolved."""
    if speaker:
        return speaker_label(doc, speaker, pos, written=as_written or "")
    written = (as_written or "").strip()
    if not written or how in ("pronoun", "unresolved pronoun") or written.lower() in _PRONOUNS:
        return ""
    return speaker_label(doc, label_as_written(written), pos, written=written)


def act_label(doc, act) -> str:
    """The label of a speech act's speaker (one of ``doc.speech.acts``): :func:`written_label`, and for a country
    speaking, the body that speaks for it, as the quotes and claims stages label it."""
    who = act.speaker
    if who.how == "country" and who.speaker:
        from saidvsdone import citing, claims  # (claims' topic reading; imported on first use)
        sentence = doc.sentence_at(act.cue.start)
        if sentence is not None:
            label = citing.country_speaker(doc, sentence, act, claims.sentence_topics)
            if label:
                return speaker_label(doc, label, who.start, written=who.as_written or "")
    return written_label(doc, who.speaker, who.as_written, who.how, who.start)
