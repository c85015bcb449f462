"""Speakers over distance and second references (issue 13), seventh round (sk11): an unnamed lede speaker the next
paragraph names, a participle after an unnamed person, a body's name before a person's noun, a deputy who is no
commander, places that are no people, a possessive that makes a person the topic (sentences of our own; each test
states the rule)."""

from __future__ import annotations

from saidvsdone import claims, corpus, quotes


def _articles(text: str, published: str = "2024-11-19"):
    return corpus.from_text(text, published=published)


def _quotes(text: str, published: str = "2024-11-19"):
    return quotes.extract(_articles(text, published))


def _claims(text: str, published: str = "2024-11-19"):
    articles = _articles(text, published)
    return claims.find(articles, quotes.extract(articles))


def _quote(found, words: str):
    row = found[found["text"].str.contains(words, regex=False)]
    assert len(row) == 1, (words, list(found["text"]))
    day = row["statement_date"].iloc[0]
    return row["speaker"].iloc[0], ("" if day is None or str(day) == "NaT" else str(day)[:10])


def _claim_speakers(found, words: str) -> list[str]:
    return list(found[found["text"].str.contains(words, regex=False)]["speaker"])


def test_a_participle_after_an_unnamed_person_leaves_the_person_the_subject():
    # "a commander fighting on the eastern bank of the river said": the commander speaks, dated by his verb
    text = ("Assaults rise near the river\n\nEnemy assaults on the town have doubled this month, a Ukrainian officer "
            "serving on the eastern bank of the river said on Monday.\n\n\"They come at dawn,\" the officer told us.\n")
    found = _claims(text)
    assert _claim_speakers(found, "have doubled") == ["Ukrainian officer (unnamed)"]
    assert str(found[found["text"].str.contains("have doubled")]["statement_date"].iloc[0])[:10] == "2024-11-18"


def test_not_authorised_to_speak_is_no_speech_act():
    # "who was not authorised to speak to the press, told …": the condition of anonymity says nothing; "told" speaks
    text = ("Title line here\n\n\"We hold the line,\" the commander, who asked not to be named because he was not "
            "authorised to speak to the press, told our reporter on Monday.\n")
    found = _quotes(text)
    assert list(found["cue"]) == ["told"]


def test_a_place_name_is_never_a_pronoun_antecedent():
    # "the eastern bank of the Dnipro River": no person called "Dnipro River" for a later "he"
    text = ("Title line here\n\nFighting is heavy, a Ukrainian commander near the Dnipro River said.\n\n"
            "He said that Russian troops had tried to cross the river three times since Thursday.\n")
    found = _claims(text)
    assert _claim_speakers(found, "tried to cross") != ["Dnipro River"]


def test_lede_spokesman_for_a_body_is_the_spokesman_the_next_paragraph_names():
    # wire style: "a spokesman for X said on Monday" in the lede, "…, spokesman A B said" in the next paragraph
    text = ("Losses rise in the south\n\nRussian forces lost more troops in the south this week than in any week since "
            "July, a spokesman for the Southern Defence Forces said at a briefing in Odesa on Monday.\n\n"
            "Speaking at the weekly briefing, spokesman Taras Hnatenko said Russian units had carried out 90 assaults "
            "near the river.\n\n\"The enemy is exhausted,\" Hnatenko told reporters.\n")
    found = _claims(text)
    assert _claim_speakers(found, "lost more troops") == ["Taras Hnatenko"]
    assert _quote(_quotes(text), "exhausted") == ("Taras Hnatenko", "2024-11-18")


def test_the_commander_of_a_brigade_in_the_lede_is_the_colonel_named_next():
    text = ("Title line here\n\nThe commander of a Ukrainian brigade defending the town said on Sunday that Russian "
            "troops were attacking day and night.\n\nColonel Petro Vasylenko, who has led the brigade since 2023, said "
            "assault groups were using the ruins of a mine to approach.\n\n\"We hold,\" Vasylenko said.\n")
    found = _claims(text)
    assert _claim_speakers(found, "day and night") == ["Petro Vasylenko"]
    assert _quote(_quotes(text), "We hold") == ("Petro Vasylenko", "2024-11-17")


def test_a_day_after_the_occasion_dates_the_words_over_a_content_time_before_the_verb():
    # "… last week …, a spokesman said at a news conference in Kyiv on Monday": Monday, not "last week"
    text = ("Title line here\n\nRussian troops lost more men last week than in any week since July, a spokesman "
            "for the General Staff said at a news conference in Kyiv on Monday.\n")
    found = _claims(text)
    assert str(found[found["text"].str.contains("lost more men")]["statement_date"].iloc[0])[:10] == "2024-11-18"


def test_a_body_name_before_a_person_noun_is_the_person_introduced_there():
    # "the RUSI analyst said" after "A B, an analyst at the Royal United Services Institute": that analyst
    text = ("Title line here\n\nTom Harwell, an analyst at the Royal United Services Institute in London, said "
            "Russian losses had risen.\n\nMarta Lis, an analyst at a Warsaw think tank, disagreed.\n\n"
            "\"Manpower is cheaper than time,\" the RUSI analyst said.\n\n"
            "Speaking at the General Staff's briefing, spokesman Ivan Dorosh said the line held. Colonel Oleg Ruban, "
            "the ministry spokesman, said drones had been shot down.\n\n"
            "\"We have enough forces,\" the General Staff spokesman said.\n")
    found = _quotes(text)
    assert _quote(found, "cheaper than time")[0] == "Tom Harwell"
    assert _quote(found, "enough forces")[0] == "Ivan Dorosh"


def test_another_body_spokesman_is_not_the_kremlin_spokesman():
    # "the Kremlin spokesman" is never the ministry's spokesman the article introduced
    text = ("Title line here\n\nColonel Oleg Ruban, the ministry spokesman, said drones had been shot down.\n\n"
            "\"We have seen these ideas,\" the Kremlin spokesman said.\n")
    assert _quote(_quotes(text), "seen these ideas")[0] != "Oleg Ruban"


def test_a_deputy_is_not_the_brigade_commander():
    text = ("Title line here\n\nBrigadier General Roman Hrytsai has commanded the 112th Brigade since March.\n\n"
            "His deputy, Lieutenant Colonel Maksym Oliinyk, said new soldiers had arrived.\n\n"
            "\"They bring a new regiment every month,\" the brigade commander said.\n")
    assert _quote(_quotes(text), "new regiment")[0] == "Roman Hrytsai"


def test_a_possessive_taken_up_by_his_makes_the_person_the_topic():
    # an unnamed officer spoke; then "… Yaremko's battalion …, and his command post …"; "he said": Yaremko
    text = ("Title line here\n\n\"We count everything,\" Lieutenant Colonel Ihor Yaremko told me.\n\n"
            "A brigade commander in the same sector, who asked not to be named, told me the drone units were too famous.\n\n"
            "\"Drones do not hold ground,\" he said.\n\n"
            "In December the road that supplied Yaremko's battalion was cut, and his command post was moved twice.\n\n"
            "\"We are not losing the war of numbers,\" he said.\n")
    found = _quotes(text)
    assert _quote(found, "do not hold ground")[0] == "brigade commander (unnamed)"
    assert _quote(found, "war of numbers")[0] == "Ihor Yaremko"


def test_an_unnamed_voice_after_a_persons_dated_words_takes_no_day():
    text = ("Title line here\n\nSpokesman Viktor Hrebin stated on November 18 that Russian forces had entered the "
            "town's outskirts. A Ukrainian battalion commander operating near the town told a local outlet that "
            "Russian infantry were advancing in small groups.\n")
    found = _claims(text)
    row = found[found["text"].str.contains("small groups")]
    assert list(row["speaker"]) == ["Ukrainian battalion commander (unnamed)"]
    assert str(row["statement_date"].iloc[0]) in ("NaT", "None", "nan")


def test_a_possessive_of_another_person_after_the_subject_is_no_topic():
    # "X dismissed Y's remarks in his address. '…,' he said": X, the sentence's subject, not Y
    text = ("Title line here\n\nGeneral Ivan Borysenko said the push had been stopped.\n\n"
            "Colonel Taras Mazur dismissed Borysenko's remarks in his evening briefing. \"It is not over,\" he said.\n")
    assert _quote(_quotes(text), "not over")[0] == "Taras Mazur"


def test_a_scene_paragraph_between_the_lede_and_the_introduction_keeps_the_link():
    # "according to a top general" in the lede, a paragraph of scenery, then "Colonel General A B, …, said …"
    text = ("Title line here\n\nThe first phase of the operation is complete, according to a top Russian general.\n\n"
            "The road out of the town runs between flooded fields.\n\n"
            "Colonel General Pavel Sorokin, deputy chief of the General Staff, said at a briefing on Friday: "
            "\"The main tasks of the first phase have been completed.\"\n")
    found = _quotes(text, published="2022-03-26")
    assert _quote(found, "main tasks")[0] == "Pavel Sorokin"
    assert list(_claims(text, published="2022-03-26").query("text.str.contains('first phase of the operation')",
                                                            engine="python")["speaker"]) == ["Pavel Sorokin"]


def test_as_he_says_after_a_partial_quote_gives_the_quote_to_the_pronouns_person():
    # "… to divert "significant forces" …. As he says, …": the person "he" stands for (as with "As Syrskyi says,")
    text = ("Title line here\n\nThis was reported by General Oleh Dovhan at a forum in Kyiv.\n\n"
            "One aim of the raid was to divert \"significant forces\" of the Russian army from other directions. "
            "As he says, the occupiers understood this.\n")
    assert _quote(_quotes(text), "significant forces")[0] == "Oleh Dovhan"


def test_a_verb_inside_a_transcript_line_leaves_the_lines_speaker_for_a_later_he():
    # "Hrytsenko: … A sergeant tells them to go, and they go." then "…, he revealed": the line's speaker
    text = ("Title line here\n\nGeneral Mykola Hrytsenko gave an interview this week.\n\n"
            "Hrytsenko: Their mobilisation has worked. A sergeant tells them to go, and they go.\n\n"
            "Russian troops will try again to take the city, he revealed.\n")
    assert _claim_speakers(_claims(text), "try again to take the city") == ["Mykola Hrytsenko"]


def test_the_n_year_old_is_the_person_given_that_age():
    text = ("Title line here\n\nLieutenant Colonel Andriy Kovalchuk, 41, said the line held.\n\n"
            "Officials said the town was nearly empty.\n\n"
            "\"Every mark is an attack we stopped,\" the 41-year-old said.\n\n"
            "\"It is hard,\" the 41-year-old commander added.\n")
    found = _quotes(text)
    assert _quote(found, "Every mark")[0] == "Andriy Kovalchuk"
    assert _quote(found, "It is hard")[0] == "Andriy Kovalchuk"


def test_a_major_general_is_the_general_and_a_bodys_rank_phrase_is_no_apposition():
    # "Major General A B" is "the general" (not only "the major"); "a general's rank in Ukraine's armed forces"
    # gives the armed forces no rank; a captain introduced later is not "the general"
    text = ("Title line here\n\nMajor General Olena Hrytsenko is a deputy head of military intelligence. She said "
            "Russia was recruiting 30,000 soldiers a month.\n\nHrytsenko, one of the few women to hold a general's rank "
            "in Ukraine's armed forces, was careful with figures.\n\nHer press officer, Captain Dmytro Sirko, said the "
            "first casualties had been recorded.\n\nThe general, who has spent 26 years in intelligence, said Russia "
            "would try a new offensive in the spring.\n")
    assert _claim_speakers(_claims(text), "new offensive in the spring") == ["Olena Hrytsenko"]


def test_a_first_name_given_alone_names_the_soldier():
    text = ("Title line here\n\n\"We see five or six boats every night,\" the soldier told us by phone, asking to be "
            "identified only by his first name, Maksym.\n")
    assert _quote(_quotes(text), "five or six boats")[0] == "Maksym"


def test_an_age_and_a_who_clause_between_a_name_and_its_verb():
    text = ("Title line here\n\nLieutenant Colonel Andriy Kovalchuk, 41, who took over the battalion in the spring, "
            "said the Russians had brought in fresh units from the Kherson direction.\n")
    assert _claim_speakers(_claims(text), "fresh units") == ["Andriy Kovalchuk"]


def test_a_spokesman_for_the_general_staff_is_a_spokesman_not_a_general():
    # "A spokesman for the General Staff, A B, said": "the spokesman" later is him (the nearest), "the ministry
    # spokesman" the one introduced at the ministry's briefing
    text = ("Title here\n\nAt the ministry's daily briefing on Tuesday, spokesman Igor Vasylchenko said Russian troops "
            "had lost 1,200 men.\n\nA spokesman for the General Staff, Andriy Kovalchuk, said on Monday that 40 attacks "
            "were repelled.\n\n\"We hold,\" the spokesman said.\n\n\"Our drones are working,\" the ministry spokesman said.\n")
    found = _quotes(text, published="2024-11-22")
    assert _quote(found, "We hold")[0] == "Andriy Kovalchuk"
    assert _quote(found, "drones are working")[0] == "Igor Vasylchenko"
