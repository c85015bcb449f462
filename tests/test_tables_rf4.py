"""The last word lists of the code read from the tables (rf4): data/speech_words.csv kind ``title_word``
(``mentions.title_words()``, once ``mentions.TITLE_WORDS``). Each test shows a row of your own table extending the
rule, and what must not change.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from saidvsdone import attribution, corpus, mentions, quotes, speech, vocab


def _speakers(text):
    return quotes.extract(corpus.from_text("Front roundup\n\n" + text, published="2025-03-12",
                                           title="Front roundup"))["speaker"].tolist()


@pytest.fixture
def own_words(tmp_path):
    def use(rows):
        (tmp_path / "speech_words.csv").write_text("word,kind,notes\n" + rows, encoding="utf-8")
        vocab.use(tmp_path)
    yield use
    vocab.use(None)


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
