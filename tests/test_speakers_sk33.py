"""Who said it (issue 13), sk33: subjects a nearest-name reading got wrong (a verb's object before a coordinated speech
verb, the last word of a member's party, a fronted time phrase, an occasion between a name and its verb) and an unnamed
spokesperson of a definite body (sentences of our own; each test states the rule)."""

from __future__ import annotations

from saidvsdone import claims, corpus, quotes


def _found(text: str, published: str = "2024-05-10"):
    articles = corpus.from_text(text, published=published)
    found_quotes = quotes.extract(articles)
    return found_quotes, claims.find(articles, found_quotes)


def _speakers(table, words: str) -> list[str]:
    return list(table[table["text"].str.contains(words, regex=False)]["speaker"])


def test_object_of_a_first_verb_after_an_aside_is_no_speaker():
    # "X, in its evening update, did not mention PLACE but claimed …": X speaks, not the place the first verb governs
    _, found = _found("The Russian Defence Ministry, in its evening update, did not mention Zhovtoiarivka but "
                      "claimed its troops had repelled five attacks near Kupiansk.\n")
    assert _speakers(found, "repelled five attacks") == ["Russian Defence Ministry"]
    # the plain shape still reads the same way (a statement on the war's course: since round 27 "the talks had been
    # useful" is diplomacy, off the war's course, and no claim at all)
    _, found = _found("Putin met Zelensky and said his troops had taken two villages near Kupiansk.\n")
    assert _speakers(found, "troops had taken two villages") == ["Vladimir Putin"]


def test_member_of_a_named_party_speaks_not_the_party_word_before_the_verb():
    quotes_found, _ = _found("Anna Koval of the opposition Freedom and Justice party called the plan "
                             "\"a quiet surrender\" and said voters would punish it.\n")
    assert _speakers(quotes_found, "a quiet surrender") == ["Anna Koval"]


def test_fronted_time_phrase_is_no_part_of_the_subject():
    for lead in ("A day later", "On Monday", "The next day"):
        _, found = _found(f"{lead} Ukraine's Joint Forces said Russian units were holding positions near the river "
                          "after losing 40 soldiers.\n")
        assert _speakers(found, "holding positions") == ["Ukrainian Joint Forces"], lead


def test_occasion_between_the_apposed_name_and_the_verb():
    # "A B, in a comment to our outlet, said": the occasion is no subject; "In his words" then is A B's
    _, found = _found("Meanwhile, the spokesman of the Tavria Defence Forces, Petro Holub, in a comment to our outlet "
                      "said the enemy was bringing up reserves near the river.\n\n"
                      "In his words, during October the Russian army lost over 2,000 soldiers in the zone.\n")
    assert _speakers(found, "bringing up reserves") == ["Petro Holub"]
    assert _speakers(found, "lost over 2,000") == ["Petro Holub"]
    _, found = _found("Ivan Petrenko, in an interview with the BBC, said the front near Pokrovsk was holding.\n")
    assert _speakers(found, "front near Pokrovsk") == ["Ivan Petrenko"]


def test_unnamed_spokesperson_of_a_definite_body_speaks_for_the_body():
    quotes_found, found = _found("A spokesperson for UK Defence Intelligence told us that Russian losses were running "
                                 "at \"around 900 a day\" over the summer.\n")
    assert _speakers(quotes_found, "around 900 a day") == ["UK Defence Intelligence"]
    assert _speakers(found, "Russian losses") == ["UK Defence Intelligence"]
    _, found = _found("Ukrainian troops held the line near Pokrovsk. A spokesman for the General Staff said the enemy "
                      "had lost 40 tanks in a week.\n")
    assert _speakers(found, "40 tanks") == ["Ukrainian General Staff"]


def test_unnamed_spokesperson_of_a_person_or_an_indefinite_body_stays_a_person():
    quotes_found, _ = _found("A spokesman for Maria Kovalenko said: \"She is safe.\"\n")
    assert _speakers(quotes_found, "She is safe") == [""]  # a person's spokesperson: no speaker (peer case gg5)
    quotes_found, _ = _found("A spokesperson for a Ukrainian brigade near the town said the enemy made "
                             "\"up to 40 assaults per day\" in May.\n")
    assert _speakers(quotes_found, "40 assaults") == ["Ukrainian brigade spokesperson (unnamed)"]


#: a spokesman named with his role, then a paragraph about his words (the tests below add that paragraph)
_MARCHENKO = ("The spokesman for the Eastern group, Oleh Marchenko, said on Saturday that Ukrainian troops still held "
              "the village of Lypove.\n\n")


def test_possessor_before_an_apposed_name_is_no_speaker():
    # "Earlier, A's colleague, the spokesman of the X Brigade B C, said": B C speaks, not A
    _, found = _found(_MARCHENKO + "Earlier, Marchenko's colleague, the spokesman of the 30th Brigade Ivan Hrytsak, said "
                                   "that the Russians had massed 5,000 troops in the area.\n")
    assert _speakers(found, "massed 5,000 troops") == ["Ivan Hrytsak"]


def test_group_label_drops_where_its_people_are():
    # rule 6: a group of people no one names, lower case but for proper words, without the place they are at
    _, found = _found("Ukrainian commanders near Pokrovsk say the Russians have lost 300 men this week.\n\n"
                      "Military analysts in Warsaw reckon that Moscow can keep up the pace of its offensive for a year.\n\n"
                      "Commanders in the east describe the pace of the Russian advance as slower than in spring.\n\n"
                      "Soldiers holding the line near Siversk say the Russians attack every night.\n")
    assert _speakers(found, "lost 300 men") == ["Ukrainian commanders"]
    assert _speakers(found, "keep up the pace") == ["military analysts"]
    assert _speakers(found, "slower than in spring") == ["commanders"]
    assert _speakers(found, "attack every night") == ["soldiers"]


def test_group_label_keeps_proper_words_and_residents_places():
    _, found = _found("Western officials say Russia has lost 1,000 men a day near Pokrovsk.\n")
    assert _speakers(found, "1,000 men a day") == ["Western officials"]


def test_headline_country_takes_the_voice_whose_own_clause_it_sums_up():
    # "X says …, as Russia claims Y" over a lede with two voices in one sentence: the voice whose own clause states Y
    _, found = _found("Kremlin says open to talks as Russia claims three more villages near Pokrovsk\n\n"
                      "MOSCOW, May 10 - The Kremlin said on Friday it remained open to talks on a ceasefire, while "
                      "Russia's defence ministry said its forces had captured three more villages near Pokrovsk.\n")
    headline = found[found["headline"].astype(bool)]
    russia = headline[headline["speaker_as_written"] == "Russia"]
    assert list(russia["speaker"]) == ["Russian Defence Ministry"]


def test_agent_of_a_passive_speech_verb_speaks():
    # "A's words were confirmed by the press service of the 41st Brigade": the brigade, not A (a press service speaks
    # for its body)
    _, found = _found(_MARCHENKO + "Marchenko's words were confirmed by the press service of the 41st Brigade, which "
                                   "said its units had repelled 12 Russian assaults near Lypove.\n")
    assert _speakers(found, "12 Russian assaults") == ["41st Brigade"]


def test_agent_of_a_passive_question_or_quotation_is_no_speaker():
    # "A was asked by the Baltic Wire whether …. “…,” he said": A answers; a quoting medium only carries the words
    quotes_found, _ = _found("After the news conference, Lord Hartley was asked by the Baltic Wire whether Britain "
                             "would also send troops. \"Not to fight,\" he said.\n")
    assert _speakers(quotes_found, "Not to fight") == ["Lord Hartley"]
