"""Who said it (issue 13), sixth pass (sk9): institutions, groups and countries as speakers, and headline shapes
(sentences of our own; each test states the rule)."""

from __future__ import annotations

from saidvsdone import claims, corpus, quotes


def _claims(text: str, published: str = "2025-04-09"):
    articles = corpus.from_text(text, published=published)
    return claims.find(articles, quotes.extract(articles))


def _speaker_of(found, words: str) -> list[str]:
    return list(found[found["text"].str.contains(words, regex=False)]["speaker"])


def test_the_military_is_the_military_body_that_spoke_last():
    # "the military" is no office of one body: it stands for the side's military body that spoke before it
    found = _claims("Ukraine's General Staff said Russian forces had attacked 40 times near the town of Siversk. "
                    "Ukrainian drones hit an ammunition depot near the border, the military said.\n")
    assert _speaker_of(found, "ammunition depot") == ["Ukrainian General Staff"]
    found = _claims("The Ukrainian military said Russian forces had attacked 40 times near Siversk.\n\n"
                    "Ukrainian troops pushed the enemy back 2 km near the river, the army said.\n")
    assert _speaker_of(found, "pushed the enemy back") == ["Ukrainian military"]


def test_the_military_with_nobody_before_speaks_for_the_side_the_sentence_credits():
    found = _claims("Russian forces have captured the village of Lypove, the military said.\n")
    assert _speaker_of(found, "Lypove") == ["Russian Defence Ministry"]
    found = _claims("Fighting went on near the town for a third day, the military said.\n")
    assert _speaker_of(found, "third day") != ["Russian Defence Ministry"]  # no side: no guess


def test_the_russian_side_speaks_as_russia_does():
    # translated copy: "the Ukrainian side said", "according to the Russian side" is the country speaking, labelled
    # as "Russia said" / "Ukraine said" are (a battlefield report: the country's military body)
    for side, country in (("Russian", "Russia"), ("Ukrainian", "Ukraine")):
        texts = [f"The {side} side said its forces had repelled five attacks near the village of Lypove.\n",
                 f"According to the {side} side, its forces repelled five attacks near the village of Lypove.\n"]
        same = _claims(f"{country} said its forces had repelled five attacks near the village of Lypove.\n")
        for text in texts:
            assert list(_claims(text)["speaker"]) == list(same["speaker"]) != []


def test_a_rubric_before_a_headline_colon_is_no_part_of_either_voice():
    # "Ukraine war latest: Russia claims …, Kyiv says …": two voices, each its claim row (as without the rubric);
    # the rubric before the colon is not the first voice's words
    body = ("\n\nRussian forces have captured the village of Lypove, the Russian Defence Ministry said on Tuesday.\n\n"
            "Ukraine's General Staff said on Tuesday that Ukrainian troops had repelled an assault near the village.\n")
    plain = _claims("Russia claims capture of Lypove, Kyiv says assault repelled" + body)
    rubric = _claims("Ukraine war latest: Russia claims capture of Lypove, Kyiv says assault repelled" + body)
    heads = sorted(rubric[rubric["headline"]]["speaker"])
    assert heads == sorted(plain[plain["headline"]]["speaker"]) == ["Russian Defence Ministry", "Ukrainian General Staff"]


def test_a_titles_side_forces_stand_for_the_side_resolved_to_the_body_speaker():
    # "Ukrainian army says …" over a body where only the General Staff (or a commander) speaks: the title's forces
    # are the side speaking, resolved to the body's speaker as "Ukraine says …" is
    found = _claims("Ukrainian army says Russian losses top 1,000 a day\n\n"
                    "Ukraine's General Staff said on Sunday that Russia had lost 1,020 soldiers in the past 24 hours.\n")
    assert list(found[found["headline"]]["speaker"]) == ["Ukrainian General Staff"]
    # a deck's own voice is no body speaker of its own
    found = _claims("Fighting goes on near Bakhmut\n\nUkrainian military says forces advanced 2km near Bakhmut\n\n"
                    "Ukraine's ground forces commander, Oleksandr Syrskyi, said on Tuesday that Ukrainian troops had "
                    "advanced 2km near Bakhmut.\n")
    assert list(found[found["headline"]]["speaker"]) == ["Oleksandr Syrskyi"]
    # the body's own "Ukrainian military" keeps the title's label
    found = _claims("Ukrainian army says Russian losses top 1,000 a day\n\n"
                    "The Ukrainian military said on Sunday that Russia had lost 1,020 soldiers in the past 24 hours.\n")
    assert list(found[found["headline"]]["speaker"]) == ["Ukrainian military"]


def test_a_known_bodys_press_service_speaks_for_the_body():
    # "the press service of X said", "X's press service said": a body of the tables speaks (as a press release does)
    found = _claims("The press service of the General Staff said Russian troops had attacked 40 times near Siversk.\n")
    assert _speaker_of(found, "40 times") == ["Ukrainian General Staff"]
    found = _claims("The press office of Ukraine's air force said 40 drones had been shot down overnight.\n")
    assert _speaker_of(found, "40 drones") == ["Ukrainian Air Force"]


def test_asking_not_to_be_named_is_no_statement():
    # "who asked not to be named", "who asked to be identified only by his call sign": the source's condition, no words
    # of a second speaker (before: the body before "who" spoke a second claim)
    for aside in ("who asked not to be named", "who asked to be identified only by his call sign"):
        found = _claims(f"An officer in the 93rd Brigade, {aside}, said Russian troops were 3 km from the town.\n")
        assert len(found) == 1 and "93rd Brigade" != found.iloc[0]["speaker"]


def test_the_role_of_a_unit_is_one_unnamed_person_not_an_office_holder():
    # "the commander of a drone unit" is no commander of the tables named elsewhere in the piece
    text = ("\"They are very close now,\" said the commander of a drone unit in the 93rd Brigade.\n\n"
            "Russian President Vladimir Putin has said Russia intends to take the whole of the Donetsk region.\n")
    rows = quotes.extract(corpus.from_text(text, published="2025-08-05"))
    assert list(rows["speaker"]) != ["Vladimir Putin"]


def test_a_title_role_goes_to_the_body_speaker_written_with_that_role():
    # "…, Commander Says" over "a Ukrainian commander told RFE/RL" whose label is his call sign
    found = _claims("Russian Troops Near Kostiantynivka, Commander Says\n\n"
                    "Russian troops have advanced to within 5 kilometers of the city of Kostiantynivka, a Ukrainian "
                    "commander told RFE/RL.\n\n\"They are very close,\" said the commander, who gave only his call sign, Lis.\n")
    body = found[~found["headline"]]["speaker"].tolist()
    assert found[found["headline"]]["speaker"].tolist() == body[:1] and body[0] != "Commander"


def test_a_capital_inside_a_hyphenated_word_is_no_country_speaking():
    # "pro-Kremlin", "anti-Kremlin", "Kyiv-based": a modifier, not the capital as a speaker; "according to the
    # pro-Kremlin blogger A B" is that person
    for before in ("the pro-Kremlin blogger", "the Kyiv-based analyst"):
        found = _claims(f"According to {before} Dmitry Ivanchenko, Russian assault groups have reached the centre of "
                        "the town of Toretsk.\n")
        assert list(found["speaker"]) == ["Dmitry Ivanchenko"]
    rows = quotes.extract(corpus.from_text("According to the pro-Kremlin blogger Dmitry Ivanchenko, \"the assault "
                                           "groups have reached the centre of the town.\"\n", published="2025-02-09"))
    assert list(rows["speaker"]) == ["Dmitry Ivanchenko"]


def test_a_full_name_written_only_in_the_possessive_names_the_surname_later():
    # "Lieutenant Colonel Petro Hnatenko's command post" is the one place the full name stands: "Hnatenko told me"
    # and "he said" later are Petro Hnatenko (before: the surname alone, as an unknown name)
    text = ("On the wall of Lieutenant Colonel Petro Hnatenko's command post hangs a map.\n\n"
            "\"People think war is chaos,\" Hnatenko told me on my first night there.\n\n"
            "He read the book twice. \"He is right about the beginning,\" he said.\n")
    rows = quotes.extract(corpus.from_text(text, published="2025-02-09"))
    assert list(rows["speaker"]) == ["Petro Hnatenko", "Petro Hnatenko"]


def test_ranks_between_an_institution_and_a_name_leave_the_name_the_speaker():
    # "Pentagon press secretary Maj. Gen. A B told reporters": the name beside the verb speaks, however many
    # abbreviated ranks stand before it; "Sgt. First Class A B" … "B said": the rank is no part of the name
    text = ("\"What we are seeing is incremental, costly movement,\" Pentagon press secretary Maj. Gen. Lisa Harmon "
            "told reporters.\n\nFor Sgt. First Class Aaron Pike of the 3rd Battalion, the numbers matched.\n\n"
            "\"They told us drones first,\" Pike said.\n")
    rows = quotes.extract(corpus.from_text(text, published="2025-02-09"))
    assert list(rows["speaker"]) == ["Lisa Harmon", "Aaron Pike"]


def test_a_country_speaking_a_quote_gets_the_label_its_claim_gets():
    # "Russia claims its forces are making 'steady progress'": the conventions label a country speaking
    # descriptively (its military body for a battlefield report), never the country's bare name
    text = "Russia claims its forces are making \"steady progress\" along the front near the town of Siversk.\n"
    articles = corpus.from_text(text, published="2025-02-09")
    rows = quotes.extract(articles)
    assert list(rows["speaker"]) == list(claims.find(articles, rows)["speaker"]) == ["Russian Defence Ministry"]


def test_the_role_after_an_unnamed_one_of_a_unit_is_that_one_not_the_tables_holder_named_below():
    # "The spokesperson of a Ukrainian brigade stated …. The spokesperson noted …", then "Kremlin Spokesperson A B"
    # in a later paragraph: both quotes are the brigade's spokesperson's, not the Kremlin's named further down
    text = ("The spokesperson of a Ukrainian brigade operating near Pokrovsk stated on April 9 that Russian forces "
            "conduct \"up to 40 assaults per day\". The spokesperson noted that Russian forces use motorcycles and "
            "\"even electric scooters\" to move infantry.\n\nKremlin Spokesperson Dmitry Peskov claimed on April 9 "
            "that Russian forces are \"liberating\" Ukrainian territory.\n")
    rows = quotes.extract(corpus.from_text(text, published="2025-04-10"))
    assert list(rows["speaker"]) == ["Ukrainian brigade spokesperson (unnamed)"] * 2 + ["Dmitry Peskov"]
    # the same unnamed person going on takes the day of the statement before
    assert [str(d.date()) for d in rows["statement_date"]] == ["2025-04-09"] * 3


def test_a_participle_on_a_plural_speaking_group_leaves_the_group_the_subject():
    # "Ukrainian soldiers holding the town said …": the soldiers speak (before: no speaker, and a partial quote of
    # theirs went to "Moscow" further on in the sentence)
    text = ("Ukrainian soldiers holding the town said on Tuesday they were \"still here and still shooting\", a day "
            "after Moscow claimed its forces had broken through.\n")
    rows = quotes.extract(corpus.from_text(text, published="2025-04-10"))
    assert list(rows["speaker"]) == ["Ukrainian soldiers"]
    found = _claims("Analysts tracking the war said Russian forces had advanced 5 km near the town of Siversk.\n")
    assert list(found["speaker"]) == ["analysts"]


def test_a_body_no_table_knows_after_its_countrys_possessive_takes_the_countrys_adjective():
    # "Ukraine's State Border Guard Service said": "Ukrainian State Border Guard Service", as "the … of Ukraine" is
    rows = quotes.extract(corpus.from_text("\"Small assault groups are moving,\" Ukraine's State Border Guard Service "
                                           "said.\n", published="2025-04-08"))
    assert list(rows["speaker"]) == ["Ukrainian State Border Guard Service"]


def test_an_office_goes_to_the_person_the_article_gives_it_not_to_a_table_holder_it_never_quotes():
    # the metamorphic rename shows it: "Commander-in-chief of Ukraine's military continued …" in an article that
    # gives that office to someone it quotes ("Commander-in-Chief of the Armed Forces of Ukraine, A B, warned")
    text = ("Commander-in-Chief of the Armed Forces of Ukraine, Oleh Yaremchuk, on Thursday warned that Russians are "
            "preparing to mobilize another 200,000 soldiers.\n\n"
            "Commander-in-chief of Ukraine's military continued to add, that Russia has a reserve of 1.2-1.5 million "
            "troops.\n")
    found = _claims(text, published="2022-12-16")
    assert _speaker_of(found, "reserve of") == ["Oleh Yaremchuk"]
