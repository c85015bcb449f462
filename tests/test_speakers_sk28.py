"""Speakers: the misses several studied sets share (sk28, issue 13).

Census of the speaker misses at main 1d465f7b (quotes, claims and headline claims; the peer figure is the audit
cases whose expected speaker differs), grouped by mechanism. Sets: devset dev part (dv), heldout2 dev (h2), heldout4
test (h4), heldout5 test (h5), heldout6 test (h6), quotes_blind test/ly/qt4 (qb/ly/qt), peer audit cases (pe).

| group (mechanism)                                                      | dv | h2 | h4 | h5 | h6 | qb | ly | qt | pe |
|------------------------------------------------------------------------|----|----|----|----|----|----|----|----|----|
| A  possessor's role with the name apposed ("X's deputy, A B, put it:") |  0 |  0 |  0 |  0 |  0 |  1 |  0 |  0 |  1 |
| B  a first name / call sign given after the verb or in the next        |  0 |  0 |  0 |  0 |  0 |  0 |  1 |  0 |  3 |
|    sentence ("…, asking to be identified only by his first name, X")   |    |    |    |    |    |    |    |    |    |
| C  headline country / group resolved to another body voice             |  0 |  0 |  4 |  1 |  2 |  0 |  0 |  0 | 12 |
| D  unnamed label lacking the context the annotator added (place, side, |  0 |  0 |  1 |  0 |  4 |  0 |  1 |  0 |  5 |
|    institution's country: "source close to the [Russian] General Staff")|   |    |    |    |    |    |    |    |    |
| E  "(unnamed)" on a plural group label ("Western officials (unnamed)") |  0 |  0 |  1 |  2 |  1 |  0 |  0 |  2 |  0 |
| F  nested speakers in one sentence ("A says officials he spoke to put  |  0 |  0 |  0 |  2 |  4 |  0 |  0 |  0 |  0 |
|    …"): the inner group's label, counted twice by the greedy pairing    |    |    |    |    |    |    |    |    |    |
| G  a body's full name cut or not in the tables ("Centre for X of Y")   |  0 |  0 |  0 |  3 |  2 |  0 |  1 |  3 |  3 |
| H  continuation / pronoun carried to the wrong person after a long     |  0 |  0 |  0 |  0 |  0 |  0 |  3 |  9 |  4 |
|    quotation or a second speaker                                       |    |    |    |    |    |    |    |    |    |
| I  agency relay "X cited the ministry as saying": the originator       |  0 |  0 |  0 |  0 |  0 |  0 |  0 |  0 |  4 |

Fixed here: A (``speech._layout._colon_introducer`` and the after-quote branch of ``attribution``: the apposed person,
not the possessor; a possessor the tables know reads as one "X's deputy" mention, a new one as a name) and B
(``attribution._name_given_after`` for "“…,” a captain said. He gave only his first name, X." and the speech layer's
sign search, which took an outlet told in between, "told Reuters by phone, asking …", for a person, and a person
described in between, "…, adding that a pilot with the call sign X …", for none; a call sign in marks inside the
subject's relative clause, "Another soldier, who goes by the call sign “X”, said", no longer cuts the subject off).
Left: C (which body voice a headline's "Ukraine says" stands for differs by set, no one rule found), D (the added
words are the annotator's inference from the article's side or place), E (the devset's §3.6 lists the plural
"Russian officials" without "(unnamed)", heldout4 h05 and ly too: the gold rows disagree with each other), F (the
inner label is E/D; the greedy pairing in ``eval_devset.score_claims`` then also misses the outer speaker), G/H/I
(one set each, or not one mechanism).

Every sentence here is invented for the test (wire, broadsheet and live-blog house styles); each mechanism has a case
that must not change.
"""

from __future__ import annotations

from saidvsdone import corpus, document, quotes


def _doc(text: str, published: str = "2024-05-14"):
    return next(document.documents(corpus.from_text(text, published=published)))


def speaker_of(text: str, words: str, published: str = "2024-05-14") -> str:
    found = [r["speaker"] for r in quotes.rows(_doc(text, published)) if words in r["text"]]
    assert found, f"no quote holds {words!r}"
    return found[0]


# --- A: a possessor's role with the person's name apposed --------------------------------------------------------------

def test_possessors_deputy_named_after_the_quote_wire():
    text = ("KYIV, March 3 (Reuters) - Defence minister Taras Marchenko met allies on Monday.\n\n"
            "“They cheat every day,” Marchenko's deputy, Pavlo Hrytsak, said.")
    assert speaker_of(text, "cheat every day") == "Pavlo Hrytsak"


def test_possessors_deputy_before_a_colon_broadsheet():
    text = ("Defence minister Taras Marchenko met allies on Monday.\n\n"
            "Marchenko's deputy, Pavlo Hrytsak, put it more bluntly at the same briefing: ‘They cheat every day.’")
    assert speaker_of(text, "cheat every day") == "Pavlo Hrytsak"


def test_a_table_persons_deputy_before_a_colon_live_blog():
    text = ("14:05 Oleksandr Syrskyi spoke to reporters in Kharkiv.\n\n"
            "Syrskyi's deputy, Mykola Danyliuk, put it more bluntly: “The line will hold, but at a price.”")
    assert speaker_of(text, "line will hold") == "Mykola Danyliuk"


def test_a_possessors_deputy_with_no_name_is_unchanged():
    # must not change: no name apposed, so no apposed person ("X's deputy put it" keeps what it gave before)
    text = ("Defence minister Taras Marchenko met allies on Monday.\n\n"
            "Marchenko's deputy put it more bluntly: “They cheat every day.”")
    assert speaker_of(text, "cheat every day") == "Taras Marchenko"


def test_a_country_before_the_role_and_the_name_is_unchanged():
    # must not change: "Ukraine's defence minister, A B, said" was the named minister already
    text = "“They cheat every day,” Ukraine's defence minister, Taras Marchenko, said on Monday."
    assert speaker_of(text, "cheat every day") == "Taras Marchenko"


# --- B: a first name or call sign given after the verb -------------------------------------------------------------------

def test_first_name_given_after_told_an_outlet_by_phone_wire():
    text = ("Troops held the line near Siversk on Monday.\n\n"
            "“They come every night,” the soldier told Reuters by phone, asking to be identified only by his first "
            "name, Bohdan.")
    assert speaker_of(text, "come every night") == "Bohdan"


def test_first_name_in_the_next_sentence_after_an_indefinite_speaker_broadsheet():
    text = ("Troops held the line near Siversk on Monday. Ihor Vovk, the battalion commander, was not there.\n\n"
            "“They come every night,” a captain said. He gave only his first name, Bohdan.")
    assert speaker_of(text, "come every night") == "Bohdan"


def test_another_persons_call_sign_after_the_verb_is_not_the_speakers():
    # must not change: the sign belongs to the pilot the soldier talks about, or to the person he told
    text = ("Troops held the line near Siversk on Monday.\n\n"
            "“They come every night,” the soldier said, adding that a pilot with the call sign Wolf had been killed.")
    assert speaker_of(text, "come every night") == "soldier (unnamed)"
    text = ("Troops held the line near Siversk on Monday.\n\n"
            "“They come every night,” the soldier told Ihor Vovk, whose call sign is Wolf.")
    assert speaker_of(text, "come every night") == "soldier (unnamed)"


def test_no_name_given_keeps_the_unnamed_label():
    # must not change: a next sentence that gives no name
    text = ("Troops held the line near Siversk on Monday.\n\n"
            "“They come every night,” a captain said. The brigade gave no figures.")
    assert speaker_of(text, "come every night") == "captain (unnamed)"


def test_call_sign_in_marks_inside_the_subjects_relative_clause_live_blog():
    # the marks around the sign do not cut the subject off from its verb; "he" then stands for the one so named
    text = ("Troops held the line near Siversk on Monday.\n\n"
            "Another soldier, who goes by the call sign “Wolf”, said the worst danger came from drones. "
            "“You hear it too late,” he said.")
    assert speaker_of(text, "hear it too late") == "Wolf"


def test_a_quote_after_the_subjects_relative_clause_is_unchanged():
    # must not change: words in marks that no naming formula introduces stay the soldier's partial quote, and the
    # direct quote after the colon gets no name from them
    text = ("Troops held the line near Siversk on Monday.\n\n"
            "A soldier, who called the plan “a fantasy”, said: “We have no shells.”")
    rows = {r["text"]: r for r in quotes.rows(_doc(text))}
    assert rows["a fantasy"]["kind"] == "partial"
    assert rows["We have no shells."]["speaker"] != "a fantasy"
