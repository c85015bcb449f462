"""Who said it (issue 13), sixth round: reported mechanism faults (sentences of our own; each test states the rule)."""

from __future__ import annotations

from saidvsdone import claims, corpus, mentions, quotes


def _claims(text: str, published: str = "2024-05-10"):
    articles = corpus.from_text(text, published=published)
    return claims.find(articles, quotes.extract(articles))


def test_capitals_fold_to_the_tables_spelling():
    assert mentions.fold_capitals("RUSSIA") == "Russia"
    assert mentions.fold_capitals("NATO") == "NATO"
    assert mentions.fold_capitals("Kyiv's mayor") == "Kyiv's mayor"  # a small letter: as written


def test_a_headline_in_capitals_names_its_country_as_the_same_headline_in_small_letters_does():
    body = "\n\nMoscow's troops took the village of Orlivka on Monday, officials said.\n"
    caps = _claims("TROOPS TAKE VILLAGE NEAR THE RIVER, SAYS RUSSIA" + body)
    small = _claims("Troops take village near the river, says Russia" + body)
    assert list(caps["speaker"])[0] == list(small["speaker"])[0] != "RUSSIA"


def test_a_body_written_with_its_country_after_is_the_body_the_tables_name_with_its_country_first():
    # the table writes "Russian Ministry of Defence"; copy also writes "the Ministry of Defence of Russia"
    found = _claims("The Ministry of Defence of Russia announced that its forces had taken the village of Orlivka.\n")
    assert list(found["speaker"]) == ["Russian Defence Ministry"]


def _quote_speaker(text: str, words: str, published: str = "2024-05-10") -> str:
    found = quotes.extract(corpus.from_text(text, published=published))
    rows = found[found["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, found[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


def test_as_the_person_with_any_speech_verb_of_the_table_owns_the_quote_before():
    for verb in ("asserts", "warned", "argued", "insists"):
        text = (f"Troops were moved to pin down “substantial enemy forces” near the town. As Ostap Kulyk {verb}, "
                "the enemy cannot hold the line for long.\n")
        assert _quote_speaker(text, "substantial enemy forces") == "Ostap Kulyk", verb
    text = ("Troops were moved to pin down “substantial enemy forces” near the town. As the war drags on, "
            "the enemy cannot hold the line for long.\n")
    assert _quote_speaker(text, "substantial enemy forces") != "war"


def test_a_named_persons_colleague_speaks_not_the_person_named():
    text = ("Kyrylo Budanov said the city was shelled. Budanov's colleague, the spokesman for the southern forces "
            "Ivan Sekach, said the enemy had lost 40 men.\n")
    assert "Kyrylo Budanov" not in list(_claims(text)[lambda t: t["text"].str.contains("40 men")]["speaker"])


def test_according_to_a_body_described_in_small_letters_before_its_name():
    text = "The troops pulled back from the village, according to the Ukrainian open-source monitoring group DeepState.\n"
    assert list(_claims(text)["speaker"]) == ["DeepState"]


def test_a_body_then_which_said_speaks():
    text = "The strike was confirmed by Britain's Ministry of Defence, which said the depot had held shells.\n"
    assert list(_claims(text)["speaker"]) == ["UK Defence Intelligence"]
