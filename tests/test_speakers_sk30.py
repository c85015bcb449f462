"""Speakers: how a speaker found rightly is labelled (sk30, round 17, issue 13; heldout7 studied).

Groups of heldout7's label misses and what became of them (mechanisms only; every sentence here is invented, in
wire, broadsheet, regional-paper and live-blog house styles, with a case that must not change for each):

- A court's title before a surname ("Judge B", "Prosecutor B") after the person was named in full ("the presiding
  judge, A B"): the title words of data/speech_words.csv lacked the court's titles, so "Judge B" was an unknown
  name of its own. Fixed by rows (``judge``, ``magistrate``, ``prosecutor``, kind ``title_word``).
- A country's possessive before a body's own capitalised name ("Ukraine's Southern Defence Forces said"): the claims
  stage kept the words as written; the label grammar's rule 3 writes the country's word first, as it did already for
  "Southern Defence Forces of Ukraine". Fixed in ``mentions.speaker_label`` (``_possessed_body``).
- A definite local body ("the town council", "the city council") speaking in a sentence that names its town
  ("… from Zhovkva …, the town council said"): labelled with the town first, as the grammar places an office's place
  (rule 5: "Kupiansk city military administration head (unnamed)"). See ``_town_body`` in ``mentions``.

Left alone (reported, not fixed towards): labels that add a role in brackets to a first name or call sign
("Name (role)"), which every earlier gold set writes as the bare name (heldout6 m04, peer sk20/sk21/sk27);
a family surname inferred for a relative named by first name only (§3.6: "keep the spelling printed"); a side
added in brackets to a brigade's name.
"""

from __future__ import annotations

from saidvsdone import claims, corpus, document, quotes


def _doc(text: str, published: str = "2025-03-20"):
    return next(document.documents(corpus.from_text(text, published=published)))


def quote_speaker(text: str, words: str, published: str = "2025-03-20") -> str:
    found = [r["speaker"] for r in quotes.rows(_doc(text, published)) if words in r["text"]]
    assert found, f"no quote holds {words!r}"
    return found[0]


def claim_speaker(text: str, words: str, published: str = "2025-03-20") -> str:
    found = claims.find(corpus.from_text(text, published=published))
    found = found[found["text"].str.contains(words, regex=False)]
    assert len(found), f"no claim holds {words!r}"
    return found["speaker"].iloc[0]


# --- a court's title before a surname ------------------------------------------------------------------------------

def test_judge_surname_after_the_full_name_court_desk():
    text = ("The presiding judge, Marko Hrytsak, opened the session on Tuesday.\n\n"
            "“We will hear the witness now,” Judge Hrytsak said.")
    assert quote_speaker(text, "hear the witness") == "Marko Hrytsak"


def test_judge_full_name_then_surname_wire():
    text = ("LVIV, May 4 (Reuters) - Judge Olena Bilyk adjourned the trial until June.\n\n"
            "“The court needs the full record,” Judge Bilyk told reporters.")
    assert quote_speaker(text, "full record") == "Olena Bilyk"


def test_prosecutor_title_before_a_name_regional_paper():
    text = ("Prosecutor Lidiya Savchuk said the unit had lost 30 men near Orikhiv in a week.\n\n"
            "“They were sent forward without cover,” Prosecutor Savchuk said.")
    assert quote_speaker(text, "without cover") == "Lidiya Savchuk"
    assert claim_speaker(text, "lost 30 men") == "Lidiya Savchuk"


def test_judge_surname_never_named_in_full_is_unchanged():
    # must not change: a surname nobody gave in full stays the surname as printed
    text = "“The court will rule in April,” Judge Hrytsak said on Tuesday."
    assert quote_speaker(text, "rule in April") == "Hrytsak"


# --- a country's possessive before a body's own name ------------------------------------------------------------------

def test_countrys_possessive_body_name_wire():
    text = ("Ukraine's Southern Defence Forces said on Thursday that Russian troops had attacked 14 times near "
            "Orikhiv and lost 40 soldiers.")
    assert claim_speaker(text, "attacked 14 times") == "Ukrainian Southern Defence Forces"


def test_countrys_possessive_body_name_broadsheet():
    text = ("Overnight, Poland's Operational Command said on Friday that a Russian drone had crossed into its airspace "
            "and that two Russian missiles had been shot down over Ukraine.")
    assert claim_speaker(text, "missiles had been shot down") == "Polish Operational Command"


def test_the_of_country_form_is_unchanged():
    # must not change: the "of Ukraine" form was labelled so already
    text = ("The Southern Defence Forces of Ukraine said on Thursday that Russian troops had attacked 14 times near "
            "Orikhiv and lost 40 soldiers.")
    assert claim_speaker(text, "attacked 14 times") == "Ukrainian Southern Defence Forces"


def test_countrys_common_noun_body_is_unchanged():
    # must not change: "Ukraine's military" is the country's military (one common noun stays lower case)
    text = "Ukraine's military said on Monday that it had repelled 20 Russian attacks near Pokrovsk."
    assert claim_speaker(text, "repelled 20") == "Ukrainian military"


# --- a local council named by its kind of place only ---------------------------------------------------------------

def test_town_council_with_its_town_in_the_sentence_regional_paper():
    text = "He was one of 21 soldiers from Bilohiria killed since the invasion began, the town council said."
    assert claim_speaker(text, "21 soldiers") == "Bilohiria town council"


def test_city_council_with_a_fronted_town_wire():
    text = ("NIKOPOL, Ukraine, Aug 2 (Reuters) - In Nikopol, the city council said Russian troops had fired more than "
            "40 shells across the river overnight.")
    assert claim_speaker(text, "40 shells") == "Nikopol city council"


def test_council_with_two_towns_or_none_is_unchanged():
    # must not change: two places named, or none, tell no council's town
    text = "Troops moved from Bakhmut to Kramatorsk after 90 Russian soldiers were killed, the city council said."
    assert claim_speaker(text, "90 Russian soldiers") == "city council"
    text = "Russian troops have lost 300 men near the village in a week, the village council said."
    assert claim_speaker(text, "300 men") == "village council"


# --- a deck's plural group that stands for the body's speaker ---------------------------------------------------------

def _headline_speaker(text: str, words: str) -> str:
    found = claims.find(corpus.from_text(text, published="2025-03-20"))
    found = found[found["headline"] & found["text"].str.contains(words, regex=False)]
    assert len(found), f"no headline claim holds {words!r}"
    return found["speaker"].iloc[0]


def test_prosecutors_deck_is_the_bodys_prosecutor_court_desk():
    text = ("Soldier tells court he was ordered to fire\n\n"
            "Prosecutors say the defendant's battalion lost 200 men in a week near Vuhledar\n\n"
            "A Russian soldier told a court in Dnipro on Tuesday that he had been ordered to fire.\n\n"
            "Opening for the prosecution, regional prosecutor Natalia Hordiienko told the court that the battalion had "
            "lost 200 men within a week near Vuhledar.")
    assert _headline_speaker(text, "200 men") == "Natalia Hordiienko"


def test_possessed_commanders_deck_is_the_bodys_commander_obituary():
    text = ("A teacher who went to war\n\n"
            "His commanders say his company held the bridge against 30 attacks in May\n\n"
            "Ivan Koval, 44, died on May 20. His battalion commander, Major Petro Lysyi, told the paper on Friday that "
            "the company had held the bridge against 30 Russian attacks in May.")
    assert _headline_speaker(text, "30 attacks") == "Petro Lysyi"


def test_sided_group_deck_is_unchanged():
    # must not change: a side's group that no body speaker of that side states is the side's military
    text = ("Ukrainian commanders say the line near Siversk is holding\n\n"
            "Russian troops attacked near Siversk on Monday, the Russian Defence Ministry said.")
    assert _headline_speaker(text, "line near Siversk") == "Ukrainian military"


# --- a relative named by first name after the kin noun --------------------------------------------------------------

def test_daughter_named_after_the_verb_obituary():
    # the name printed is the label (§3.6); no family surname is inferred
    text = "“She called every night at nine,” said his daughter Oksana, 22."
    assert quote_speaker(text, "every night") == "Oksana"


def test_wife_named_before_the_verb_is_unchanged():
    # must not change: the name before the verb was the label already
    text = "Mykola Savchuk, 48, was killed near Kreminna. “He never complained,” his wife Iryna told the paper."
    assert quote_speaker(text, "never complained") == "Iryna"


def test_kin_noun_without_a_name_is_unchanged():
    # must not change: with no name given, the relative is no one the text names
    text = "Mykola Savchuk, 48, was killed near Kreminna. “He never complained,” his wife told the paper."
    assert quote_speaker(text, "never complained") == ""


def test_younger_brother_named_after_the_verb_wire():
    text = ("KHARKIV, May 2 (Reuters) - A shell hit the school on Monday. “We ran to the basement,” said her younger "
            "brother Taras, 15.")
    assert quote_speaker(text, "ran to the basement") == "Taras"


def test_commander_named_by_first_name_after_the_verb_live_blog():
    text = "“The front is quiet tonight,” said his commander Bohdan."
    assert quote_speaker(text, "quiet tonight") == "Bohdan"


# --- a name apposed to a possessor's relative or role after the verb --------------------------------------------------

def test_sister_first_name_apposed_after_the_verb_feature():
    text = "Taras Koval, 39, was killed near Bakhmut. “We waited for news for a month,” said his sister, Iryna."
    assert quote_speaker(text, "waited for news") == "Iryna"


def test_son_full_name_and_age_apposed_after_the_verb_wire():
    text = ("LVIV, Jan 9 (Reuters) - Thousands attended the funeral. “He taught me to fish,” said her son, "
            "Andrii Koval, 19.")
    assert quote_speaker(text, "taught me to fish") == "Andrii Koval"


def test_commander_with_rank_apposed_after_the_verb_regional_paper():
    text = "“The company held for nine days,” said his commander, Colonel Petro Lysyi."
    assert quote_speaker(text, "held for nine days") == "Petro Lysyi"


def test_relative_with_no_name_apposed_is_unchanged():
    # must not change: a relative described, not named, stays as the role was labelled before
    text = "“We waited for news for a month,” said his sister, who lives in Lviv."
    assert quote_speaker(text, "waited for news") == "his sister"


def test_city_administration_with_its_city_is_its_authorities_wire():
    # §3.6 writes a city's administration as "Kyiv authorities"
    text = "Russian shelling in Nikopol killed two Ukrainian soldiers overnight, the city administration said."
    assert claim_speaker(text, "two Ukrainian soldiers") == "Nikopol authorities"


def test_citys_military_administration_with_a_fronted_city_live_blog():
    text = ("In Kupiansk, the city's military administration said Russian troops had lost 30 men in the northern "
            "districts.")
    assert claim_speaker(text, "30 men") == "Kupiansk authorities"


def test_city_administration_with_no_city_named_is_unchanged():
    # must not change: no city in the sentence, no city in the label
    text = "Russian troops lost 30 men in the northern districts, the city military administration said."
    assert claim_speaker(text, "30 men") == "city military administration"
