"""Speakers on everyday copy: who said it (sk35, round 22, issue 13; heldout12 studied).

Families of speaker misses fixed here (mechanisms only; every sentence below is invented, each with a case that must
not change):

- A bare second reference to unnamed people ("the official said", "The officials cautioned", "said one of the
  officials", and "they said" after them) after a group a country or a bloc qualified ("Western officials said …",
  "U.S. officials said …"): the side was lost ("official (unnamed)", "officials"). Now written as one of that group
  (``speech._names.group_back_reference``), so every table labels it ``Western official (unnamed)``, ``US officials``.
- A dotted nationality before a speaking group ("U.S. officials said") was cut to "officials" by the unnamed
  subject's pattern; it is kept ("US officials").
- "a ministry spokesperson", "a foreign ministry press secretary": a role noun the tables know ("ministry") followed
  by a spokesperson noun was cut to the body ("foreign ministry"); the person is kept (``mentions._person_after``).
- A capital fronted before one unnamed person ("In Beijing, a foreign ministry spokesperson said"): placed there, so
  the label grammar's rule 5 gives the capital's country, as it does for "a senior official in Kyiv"; a country's body
  after the country is its proper name ("Chinese Foreign Ministry spokesperson (unnamed)").
- A fronted viewpoint ("For analyst A B, of the X institute, the loss is symbolic. He said …"): the person whose view
  the sentence gives is its subject, so a "he" in the next sentence is that person, not whoever spoke before.
- A name a naming formula gives in the subject's own aside ("The commander of a drone company, who gave only his call
  sign, Sokil, made two points. … he said"): that person is the sentence's subject, so a later "he" is him.
- "the officer" right after a named military voice who spoke in that paragraph or the one before: that person, as
  "the official" and "the analyst" are (a ``second_reference`` row); "a former head of the Army": seniority first.

Left alone (reported, not fixed towards): a relative aside holding scare-quoted words between a subject and its verb
(a ready fix makes heldout12's contested s02 claim, README item 4, and costs its claims precision floor); "the
Kremlin" labelled ``Kremlin`` or its spokesman by different gold sets; "officials in Kyiv" (the government by earlier
gold, "Ukrainian officials" by later); "(unnamed)" on uncounted groups; an unnamed person's side read from the whole
article ("a company commander" in a Russian press review).
"""

from __future__ import annotations

from saidvsdone import labels, mentions
from test_speakers_sk30 import _doc, claim_speaker, quote_speaker  # (the helpers of sk30's label tests)


def act_labels(text: str) -> list[str]:
    doc = _doc(text)
    return [labels.act_label(doc, a) for a in doc.speech.acts]


# --- a bare second reference takes the side of the group named before -------------------------------------------

def test_the_official_after_a_bloc_group_is_one_of_them():
    text = ("Western officials said the new conscripts would need months of training. One said the army had run "
            "short of sergeants to train them.\n\n"
            "\"This is a sign of strain,\" the official said.")
    assert quote_speaker(text, "sign of strain") == "Western official (unnamed)"


def test_the_officials_after_a_dotted_nationality_keep_it():
    text = ("U.S. officials said on Monday that Russia had lost about 300,000 soldiers killed or wounded. The "
            "officials cautioned that Moscow tends to undercount its losses.\n\n"
            "\"The numbers keep rising,\" said one of the officials.")
    assert act_labels(text)[:2] == ["US officials", "US officials"]
    assert quote_speaker(text, "numbers keep rising") == "US official (unnamed)"


def test_they_after_the_officials_is_the_group():
    text = ("British officials said on Monday that Russia had lost about 300,000 soldiers killed or wounded. The "
            "officials cautioned that Moscow tends to undercount its losses.\n\n"
            "Ukraine had lost about 70,000 soldiers killed, they said.")
    assert claim_speaker(text, "70,000 soldiers") == "British officials"


def test_bare_reference_without_a_sided_group_stays_bare():
    text = ("Officials said on Monday that Russia had lost about 300,000 soldiers.\n\n"
            "\"The numbers keep rising,\" said one of the officials.")
    assert quote_speaker(text, "numbers keep rising") == "official (unnamed)"


def test_the_latest_sided_group_of_that_noun_is_the_one():
    text = ("Ukrainian officials said the bridge had been hit. Russian officials said it was intact.\n\n"
            "\"Nothing fell,\" one of the officials said.")
    assert quote_speaker(text, "Nothing fell") == "Russian official (unnamed)"


# --- a spokesperson of a body the tables know as a role ---------------------------------------------------------

def test_ministry_spokesperson_is_the_person_not_the_body():
    text = "A foreign ministry spokesperson said Norway welcomed \"every step towards talks\"."
    assert quote_speaker(text, "every step towards talks") == "foreign ministry spokesperson (unnamed)"


def test_ministry_spokeswoman_unchanged():
    text = "A foreign ministry spokeswoman said Norway welcomed \"every step towards talks\"."
    assert quote_speaker(text, "every step towards talks") == "foreign ministry spokeswoman (unnamed)"


# --- a fronted capital places one unnamed person ----------------------------------------------------------------

def test_fronted_capital_gives_the_country():
    text = "In Beijing, a foreign ministry spokesperson said China backed \"all efforts for calm\"."
    assert quote_speaker(text, "all efforts for calm") == "Chinese Foreign Ministry spokesperson (unnamed)"


def test_fronted_capital_with_a_bloc_word_unchanged():
    text = "In Kyiv, a Western diplomat said the talks were \"stalled for now\"."
    assert quote_speaker(text, "stalled for now") == "Western diplomat (unnamed)"


def test_fronted_phrase_that_is_no_capital_unchanged():
    text = "In the morning, a foreign ministry spokesperson said Norway backed \"all efforts for calm\"."
    assert quote_speaker(text, "all efforts for calm") == "foreign ministry spokesperson (unnamed)"


def test_label_of_an_administration_official_stays_lower_case():
    assert mentions.label_as_written("a senior administration official in Washington") \
        == "senior US administration official (unnamed)"
    assert mentions.label_as_written("a defence ministry official in Moscow") \
        == "Russian Defence Ministry official (unnamed)"


# --- a fronted viewpoint is the sentence's subject --------------------------------------------------------------

def test_he_after_a_fronted_viewpoint_is_that_person():
    text = ("Putin said on Friday that Russian troops had taken the town.\n\n"
            "For analyst Tomas Lindqvist, of the Nordic Defence Institute, the loss of the town is symbolic. He said "
            "Russia had lost a great many soldiers killed in the fight for it.\n\n"
            "\"The real shortage is shells,\" Lindqvist said.")
    assert claim_speaker(text, "a great many soldiers") == "Tomas Lindqvist"


def test_he_after_a_purpose_phrase_unchanged():
    text = ("Putin said on Friday that Russian troops had taken the town.\n\n"
            "For the army, the loss of the town is symbolic. He said Russia had lost few soldiers in the fight for it.")
    assert claim_speaker(text, "few soldiers") == "Vladimir Putin"


# --- a name given in the subject's own aside -------------------------------------------------------------------

def test_he_after_a_call_sign_given_in_the_subjects_aside():
    text = ("Regional governor Oleh Marchenko said on Monday that Russian troops were shelling the town.\n\n"
            "The commander of a Ukrainian drone company near the town, who gave only his call sign, Sokil, made two "
            "points. Russian forces had lost most of their tanks in the area, he said.")
    assert claim_speaker(text, "most of their tanks") == "Sokil"


def test_call_sign_in_the_aside_of_an_object_is_no_subject():
    text = ("Regional governor Oleh Marchenko said on Monday that Russian troops were shelling the town.\n\n"
            "Marchenko later visited a commander, who gave only his call sign, Sokil, at his post. Russian forces had "
            "lost most of their tanks in the area, he said.")
    assert claim_speaker(text, "most of their tanks") == "Oleh Marchenko"


# --- "the officer" right after a named military voice; seniority words first in an office's label ----------------

def test_the_officer_is_the_military_spokesman_just_heard():
    text = ("Oleksandr Petrenko, a spokesman for the southern group of forces, said on Wednesday that Russia had lost "
            "many men.\n\n“The enemy attacks day and night. We are holding,” said the officer.")
    assert quote_speaker(text, "We are holding") == "Oleksandr Petrenko"


def test_the_officer_after_an_unnamed_officer_unchanged():
    text = "A Ukrainian officer said on Monday that the line was holding.\n\n“We are holding,” the officer said."
    assert quote_speaker(text, "We are holding") == "Ukrainian officer (unnamed)"


def test_seniority_word_opens_the_label_of_an_office_of_a_body():
    assert mentions.label_as_written("A former head of the Army") == "former Army head (unnamed)"
    assert mentions.label_as_written("the governor of Belgorod") == "Belgorod governor (unnamed)"
