"""The last word lists of the code read from the tables (rf4): data/speech_words.csv kind ``title_word``
(``mentions.title_words()``, once ``mentions.TITLE_WORDS``). Each test shows a row of your own table extending the
rule, and what must not change.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from saidvsdone import attribution, corpus, mentions, quotes, speech, vocab


def _speakers(text):
    return quotes.extract(corpus.from_text("Front roundup\n\n" + text, published="2025-03-12",
                                           title="Front roundup"))["speaker"].tolist()


def test_the_title_words_are_the_speech_words_table_s_and_the_who_is_who_carries_them():
    titles = mentions.title_words()
    assert {"president", "lt.", "(ret.)", "brigadier-general", "cllr", "councillor"} <= titles
    assert "said" not in titles and "ivan" not in titles
    assert mentions.people().title_words == titles  # read once with the who-is-who, not once per word


def test_a_title_word_added_in_your_own_table_is_no_part_of_the_name_after_it(own_words):
    # "Burgomaster Petrenko added": a title before a surname the article introduced is that person's title
    text = "“We have lost the village,” said Ivan Petrenko, the city's burgomaster. “It is gone,” Burgomaster Petrenko added."
    assert _speakers(text) == ["Ivan Petrenko", "Burgomaster Petrenko"]
    own_words("burgomaster,title_word,\n")
    assert _speakers(text) == ["Ivan Petrenko", "Ivan Petrenko"]
    # what must not change: a bundled title before the surname, and a full name after a bundled title
    assert _speakers(text.replace("Burgomaster", "Mayor")) == ["Ivan Petrenko", "Ivan Petrenko"]
    assert _speakers("“We have lost the village,” Mayor Ivan Petrenko said on Monday.") == ["Ivan Petrenko"]


def test_the_patterns_built_on_the_title_words_rebuild_with_your_own_table(own_words):
    # speech._TITLE_BEFORE ("… Lt. Col. " right before a name) and attribution._RANKS_AT_END (", Maj. Gen. " before a
    # name) are vocab.TablePattern: a row of your own table is in them
    assert speech._TITLE_BEFORE.search("said Lt. Col. ") is not None
    assert speech._TITLE_BEFORE.search("said Burgomaster ") is None
    assert attribution._RANKS_AT_END.sub("", "the city's Burgomaster ") == "the city's Burgomaster "
    own_words("burgomaster,title_word,\n")
    assert speech._TITLE_BEFORE.search("said Burgomaster ") is not None
    assert attribution._RANKS_AT_END.sub("", "the city's Burgomaster ") == "the city's "
    assert speech._undotted_titles() >= {"burgomaster", "lt", "lt."}
    # what must not change: a plain word before a name is no title
    assert speech._TITLE_BEFORE.search("said Ivan ") is None


# --- facts.words' noun sets, now data/fact_cues.csv cues (territory_noun, settlement_noun, civilian_noun,
# speaker_noun); casualty_participle read once (facts.words.casualty_participle_words) -----------------------------

def _facts(text, *columns):
    from saidvsdone import facts

    table = facts.extract(corpus.from_text(text, published="2025-06-01"))
    return [tuple(getattr(row, c) for c in columns) for row in table.itertuples()]


def test_the_facts_noun_sets_are_cues_of_the_fact_cues_table():
    from saidvsdone.facts import words
    from saidvsdone.facts.vocab import vocab as facts_vocabulary

    cues = facts_vocabulary().cues
    assert {"ground", "positions", "village", "bank"} <= cues["territory_noun"]
    assert cues["settlement_noun"] <= cues["territory_noun"] and "ground" not in cues["settlement_noun"]
    assert {"civilians", "residents", "children"} <= cues["civilian_noun"]
    assert {"ministry", "officials", "ukraine’s", "ukraine's"} <= cues["speaker_noun"]
    assert {"killed", "wounded", "liquidated"} <= words.casualty_participle_words() == cues["casualty_participle"]
    assert not hasattr(words, "TERRITORY_NOUNS") and not hasattr(words, "CASUALTY_PARTICIPLES")


def test_a_territory_noun_added_in_your_own_table_is_ground_a_verb_takes(own_cues):
    sentence = "Ukrainian forces lost the steppe on Monday."
    assert _facts(sentence, "actor", "change") == []
    own_cues("steppe,territory_noun,\n")
    assert _facts(sentence, "actor", "change", "unit") == [("Ukraine", "loss", "area")]
    # what must not change: a word no row names is no ground ("lost the initiative")
    assert _facts("Ukrainian forces lost the initiative on Monday.", "actor", "change") == []


def test_a_settlement_noun_added_in_your_own_table_makes_a_count_of_settlements(own_cues):
    sentence = "Russian troops captured three farmsteads in Donetsk region on Monday."
    assert _facts(sentence, "actor", "unit") == [("Russia", "area")]
    own_cues("farmsteads,territory_noun,\nfarmsteads,settlement_noun,\n")
    assert _facts(sentence, "actor", "unit") == [("Russia", "settlements")]
    assert _facts("Russian troops captured three villages in Donetsk region on Monday.", "actor", "unit") == \
        [("Russia", "settlements")]


def test_a_civilian_noun_added_in_your_own_table_moving_is_no_ground_changing_hands(own_cues):
    sentence = "Schoolchildren fled Dubky in Kharkiv region on Monday."
    assert _facts(sentence, "actor", "change") == [("", "loss")]
    own_cues("schoolchildren,civilian_noun,\n")
    assert _facts(sentence, "actor", "change") == []
    assert _facts("Residents fled Dubky in Kharkiv region on Monday.", "actor", "change") == []
    assert _facts("Russian forces left Dubky in Kharkiv region on Monday.", "actor", "change") == [("Russia", "loss")]


def test_a_speaker_noun_added_in_your_own_table_is_part_of_the_facts_speaker(own_cues):
    sentence = "Russian forces captured the village of Dubky on Monday, local quartermasters said."
    assert _facts(sentence, "source_attribution") == [("",)]
    own_cues("quartermasters,speaker_noun,\n")
    assert _facts(sentence, "source_attribution") == [("local quartermasters said",)]
    # a place after such a noun is part of the speaker, not the speaker
    placed = "The quartermaster in Kyiv said Russian forces had captured the village of Dubky on Monday."
    assert _facts(placed, "source_attribution") == [("Kyiv said",)]
    own_cues("quartermaster,speaker_noun,\n")
    assert _facts(placed, "source_attribution") == [("The quartermaster in Kyiv said",)]
