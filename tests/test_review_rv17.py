"""Review of round 16 as merged (rv17): mechanisms sk27 (speech layer) and cl19 (claims) built twice keep one reading,
the speech layer's; claims read its acts. Every sentence is invented."""

from __future__ import annotations

from saidvsdone import claims, corpus, quotes


def _article(text: str, published: str = "2025-03-12", title: str = "Front roundup"):
    return corpus.from_text(title + "\n\n" + text, published=published, title=title)


def claim_speakers(text: str) -> list[str]:
    return sorted(claims.find(_article(text))["speaker"])


def quote_speaker(text: str, words: str) -> str:
    table = quotes.extract(_article(text))
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


# --- pair 1: "One said" after an unnamed group is read by the speech layer (cl19's claims copy removed) ------------

def test_one_with_an_adverb_after_a_group_is_one_of_the_group():
    text = ("Western officials, speaking to reporters in Brussels, were more cautious. One later said Russian forces "
            "had taken the village.")
    assert claim_speakers(text) == ["Western official (unnamed)"]


def test_one_with_an_adverb_after_a_quote_is_one_of_the_group():
    text = ("Western officials were more cautious about the front. “They have taken the village and the road,” one "
            "reportedly said.")
    assert quote_speaker(text, "taken the village") == "Western official (unnamed)"


def test_one_with_an_adverb_and_no_group_before_stays_unattributed():
    # must not change: no plural group before it, "one" is nobody the reader can name
    assert claim_speakers("The minister spoke on Monday. One later said Russian forces had taken the village.") == []


# --- pair 2: a name before a long aside is the speech layer's subject (cl19's name branch removed) -----------------

def test_a_name_before_a_relative_or_participial_aside_speaks():
    for text in ("Mayor Anna Kovalenko, who has run the city since 2020 and rarely speaks to reporters about the "
                 "front, said Russian forces had taken the village.",
                 "Oleh Marchenko, opening the summit on Tuesday with a speech that ran long, said Russian forces had "
                 "taken the village."):
        assert claim_speakers(text) in (["Anna Kovalenko"], ["Oleh Marchenko"])


# --- pair 3: a speaking noun's quoted name before a long aside stays claims' (the layer reads no act there) --------

def test_a_channel_quoted_in_straight_marks_before_an_aside_speaks():
    text = ("Another channel, \"Rubezh\", which is close to the airborne troops, said Russian units were within "
            "about 8 kilometres of the town.")
    assert claim_speakers(text) == ["Rubezh"]


def test_a_noun_that_speaks_for_nobody_before_a_quoted_name_gives_no_speaker():
    # must not change: a film's title in marks before an aside is no speaker
    text = ("The film, \"Rubezh\", which is about the airborne troops, said little about the front, where Russian "
            "units were within about 8 kilometres of the town.")
    assert "Rubezh" not in claim_speakers(text)
