"""Speakers over distance and second references (issue 13), eighth round (sk12): a regional office names its place,
so a governor of another region is no candidate (sentences of our own; each test states the rule)."""

from __future__ import annotations

from saidvsdone import quotes, corpus


def _quotes(text: str, published: str = "2024-11-19"):
    return quotes.extract(corpus.from_text(text, published=published))


def test_the_governor_of_one_region_is_not_the_governor_of_another():
    # a table's Kharkiv governor spoke first; "the governor of the Sumy region" then speaks, and a later bare "the
    # governor" is the Sumy one (unnamed), never the Kharkiv governor
    text = ("Shelling hits two regions\n\nThe governor of the Kharkiv region, Oleh Syniehubov, said on Monday that three "
            "villages were shelled overnight.\n\nIn the north, the governor of the Sumy region, who spoke to reporters "
            "on Tuesday morning, said that power was cut in two districts.\n\nOfficials have not given a full count of "
            "the damage.\n\n\"We will restore everything within a week,\" the governor said.\n")
    found = _quotes(text)
    speaker = found[found["text"].str.contains("restore everything")]["speaker"].iloc[0]
    assert speaker != "Oleh Syniehubov" and "Sumy" in speaker


def test_an_unlisted_governor_introduced_for_one_region_is_not_another_regions_governor():
    # "The governor of the Poltava region, A B, said …"; then "the governor of the Sumy region said": not A B
    text = ("Strikes in the east\n\nThe governor of the Poltava region, Ivan Hrebenko, said on Monday that a depot "
            "was hit.\n\n\"The fire is out,\" Hrebenko said.\n\n\"Two houses burned,\" the governor of the Sumy "
            "region said on Tuesday.\n")
    found = _quotes(text)
    assert found[found["text"].str.contains("Two houses")]["speaker"].iloc[0] != "Ivan Hrebenko"


def _claim_speaker(text: str, words: str) -> str:
    from saidvsdone import claims
    articles = corpus.from_text(text, published="2024-11-19")
    found = claims.find(articles, quotes.extract(articles))
    return found[found["text"].str.contains(words, regex=False)]["speaker"].iloc[0]


def test_a_lede_office_is_the_holder_the_article_names_in_the_other_word_order():
    # "The US Secretary of Defense said …", then "Defense Secretary A B said": the article's own holder, not the tables'
    text = ("Allies pledge more air defence\n\nThe US Secretary of Defense said on Monday that Washington would send "
            "more interceptors to Ukraine.\n\nSpeaking in Brussels, Defense Secretary Robert Halvorsen said the package "
            "would arrive before winter.\n")
    assert _claim_speaker(text, "more interceptors") == "Robert Halvorsen"


def test_a_lede_office_is_the_holder_the_article_introduces_further_down():
    # four paragraphs on, "Foreign Minister A B" / "A B, the foreign minister,": that holder wins over the table's
    for later in ("Foreign Minister Ivan Petrenko", "Ivan Petrenko, the foreign minister,"):
        text = ("Allies pledge more air defence\n\nUkraine's foreign minister said on Monday that Russian troops had "
                "shelled Ukrainian positions near the city 40 times.\n\nThe pledge follows weeks of talks.\n\nOfficials in Kyiv welcomed the "
                "news.\n\nThe systems will be deployed near the capital.\n\n"
                f"Speaking in Brussels, {later} said the package would arrive before winter.\n")
        assert _claim_speaker(text, "shelled Ukrainian positions near the city") == "Ivan Petrenko", later


def test_a_former_holder_is_no_holder_of_the_lede_office():
    text = ("Allies pledge more air defence\n\nUkraine's foreign minister said on Monday that Russian troops had "
            "shelled Ukrainian positions near the city 40 times.\n\nThe pledge follows weeks of talks.\n\nFormer Foreign Minister Ivan "
            "Petrenko said the package came late.\n")
    assert _claim_speaker(text, "shelled Ukrainian positions near the city") != "Ivan Petrenko"


def test_an_occasion_between_a_named_subject_and_its_verb_leaves_the_name_the_subject():
    # "A B, the governor, during a telethon on Thursday said that …": A B speaks, dated Thursday, and a later
    # "B emphasized" quote is his
    for lede in ("The head of the regional military administration, Yurii Maslov, during a telethon on Thursday noted",
                 "Yurii Maslov, the regional governor, during a telethon on Thursday said"):
        text = (f"Power cuts in the region\n\n{lede} that Russian troops shelled Ukrainian positions near the city 40 times.\n\n"
                "\"The grid was hit four times,\" Maslov emphasized.\n")
        from saidvsdone import claims
        articles = corpus.from_text(text, published="2024-11-19")
        found = claims.find(articles, quotes.extract(articles))
        row = found[found["text"].str.contains("shelled Ukrainian positions near the city")]
        assert list(row["speaker"]) == ["Yurii Maslov"], lede
        assert str(row["statement_date"].iloc[0])[:10] == "2024-11-14"


def test_a_name_after_the_occasion_is_still_its_own_subject():
    # "at a meeting with A B" : the lower-case occasion rule never hands the verb past a name inside the occasion
    text = ("Talks in Kyiv\n\nYurii Maslov, the regional governor, at a meeting with Petro Sava on Thursday said that "
            "Russian troops shelled Ukrainian positions near the city 40 times.\n")
    from saidvsdone import claims
    articles = corpus.from_text(text, published="2024-11-19")
    found = claims.find(articles, quotes.extract(articles))
    assert "Petro Sava" not in list(found["speaker"])


def _pronoun_speaker(text: str) -> str:
    from saidvsdone import document, speech
    layer = speech.analyse(document.build("x", text, published="2024-11-19"))
    return [a.speaker.speaker for a in layer.acts if a.speaker.how == "pronoun"][-1]


def test_a_person_an_answer_quotes_is_no_antecedent_of_the_answers_he_said():
    # an answer in the first person ("my deputy … told me: “…” But we hold …, he said"): "he" is the one answering
    text = ("'We hold the line': a commander on the winter\n\nColonel Ivan Sokil commands the 61st Brigade near the town. "
            "We spoke to him by phone on Monday.\n\nHow is the situation near the town?\n\nIt is hard. Last week Major "
            "Petro Sava, my deputy, told me: \"We are running out of shells.\" But we hold the positions, and the enemy "
            "has lost dozens of vehicles, he said.\n")
    assert _pronoun_speaker(text) == "Ivan Sokil"
    found = _quotes(text)
    assert list(found[found["text"].str.contains("running out")]["speaker"]) == ["Petro Sava"]


def test_the_reporters_own_told_me_still_leads_a_later_he():
    # no first person of someone answering before "told me": the reporter's source is "he"
    text = ("Winter on the front\n\nColonel Ivan Sokil commands the 61st Brigade near the town.\n\nA soldier of the "
            "brigade, Petro Sava, told me: \"We are running out of shells.\" The enemy has lost dozens of vehicles, "
            "he said.\n")
    assert _pronoun_speaker(text) == "Petro Sava"


def test_a_capitalised_adjective_before_an_office_and_a_name_is_no_speaker_of_a_participle():
    # "Regional governor A B, speaking …, said": the participle is A B's, never a person called "Regional"
    from saidvsdone import document, speech
    text = ("Power cuts in the region\n\nRegional governor Yurii Maslov, speaking during a telethon on Thursday, said "
            "that Russian troops shelled Ukrainian positions near the city 40 times.\n")
    layer = speech.analyse(document.build("x", text, published="2024-11-19"))
    assert {a.speaker.speaker for a in layer.acts} == {"Yurii Maslov"}
