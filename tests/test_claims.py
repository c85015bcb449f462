"""claims.find: reported speech about the war's course, read off the shared speech layer."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saidvsdone import claims, corpus, quotes, vocab


def _find(text, published="2024-05-03", **options):
    return claims.find(corpus.from_text(text, published=published), **options)


@pytest.fixture(scope="module")
def seed_claims():
    return claims.find(corpus.load())


def test_reported_speech_without_a_stock_phrase_is_a_claim():
    table = _find("Ukrainian military officials said on Friday that their troops were advancing steadily near Robotyne.")
    row = table.iloc[0]
    assert row["speaker"] == "Ukrainian military"
    assert "territory" in row["topics"] and row["found_in"] == "reported"
    assert str(row["statement_date"].date()) == "2024-05-03"


@pytest.mark.parametrize("sentence, speaker", [
    ("The situation at the front remained difficult, Syrskyi said.", "Oleksandr Syrskyi"),
    ("According to the Russian Defence Ministry, its forces have taken full control of the village.",
     "Russian Defence Ministry"),
    ("Zelensky, speaking in Kyiv, said the goals of the war remain unchanged.", "Volodymyr Zelensky"),
    ("Shoigu claimed the enemy lost about 500 soldiers in a day.", "Sergei Shoigu"),
    ("Russia's top general is warning that a new offensive is brewing.", ""),
])
def test_attribution_forms(sentence, speaker):
    table = _find(sentence)
    assert len(table) == 1, sentence
    assert table.iloc[0]["speaker"] == speaker or (not speaker and table.iloc[0]["speaker_as_written"])


def test_a_direct_quote_with_a_bare_attribution_is_a_quote_not_a_claim():
    sentence = "“We are advancing on every front,” Putin said on Friday."
    assert _find(sentence).empty
    quoted = _find(sentence, include_quotes=True)
    assert quoted["found_in"].tolist() == ["quote"] and quoted["speaker"].tolist() == ["Vladimir Putin"]
    # an attribution that carries its own indirect clause is reported speech
    assert len(_find("“We will win,” Putin said, adding that his troops had captured two villages.")) == 1


def test_word_senses_and_narration_are_not_claims():
    assert _find("Residents said 20 settlements had lost power after the storm; a school was damaged.").empty
    assert _find("Russian forces continued to advance along the front near Pokrovsk.").empty  # narration
    assert _find("The officials talked about the weather and the harvest.").empty
    assert _find("Several mobilised reservists were reported to have died in combat.").empty  # agentless
    assert _find("Putin accused Kyiv of shelling its own towns.").empty  # an allegation about the enemy
    assert _find("Zelensky did not say where the troops had advanced.").empty  # a negated cue


def test_two_speakers_in_one_sentence_give_two_claims():
    table = _find("Syrskyi said Ukrainian troops had advanced three kilometres, while Shoigu claimed "
                  "Russian forces had repelled every attack.")
    assert sorted(table["speaker"]) == ["Oleksandr Syrskyi", "Sergei Shoigu"]


def test_fine_types_from_the_phrase_table_and_negation():
    row = _find("Putin said on Friday that everything was going according to plan.").iloc[0]
    assert row["claim_type"] == "on_plan" and row["pattern"].startswith("going")
    negated = _find("Biden said the war was not going according to plan for Putin.").iloc[0]
    assert negated["negated"] and negated["speaker"] == "Joe Biden"


def test_quoted_words_hold_only_what_stands_inside_quote_marks():
    row = _find("Putin said his operation was “going to plan” and that troops would advance.").iloc[0]
    assert row["quoted_words"] == "going to plan"
    assert _find("Putin said his operation was going to plan.").iloc[0]["quoted_words"] == ""


def test_country_as_speaker_gets_a_descriptive_label():
    row = _find("Russia has claimed rapid progress retaking villages in the Kursk region.").iloc[0]
    assert row["speaker"] == "Russian Defence Ministry" and row["speaker_as_written"] == "Russia"


def test_headline_claims_are_flagged_and_take_the_body_speaker():
    table = _find("Russia says its troops took two villages\n\nDefence minister Andrei Belousov said on "
                  "Friday that Russian forces had taken two villages near Pokrovsk.")
    head = table[table["headline"]].iloc[0]
    assert head["found_in"] == "headline" and head["speaker"] == "Andrei Belousov"


def test_carried_speech_is_optional_and_flagged():
    text = ("Putin said the offensive was going to plan. And the timetable for the advance had not changed.")
    assert len(_find(text)) == 1
    carried = _find(text, include_carried=True)
    assert carried["carried"].tolist() == [False, True]


def test_quotes_passed_in_are_used_for_speakers():
    articles = corpus.from_text("“This work is coming to an end,” he said.")
    table = quotes.extract(articles)
    table.loc[0, "speaker"] = "Vladimir Putin"  # a journalist fixes an unresolved pronoun
    found = claims.find(articles, quotes=table, include_quotes=True)
    assert found["speaker"].tolist() == ["Vladimir Putin"]
    assert claims.find(articles, include_quotes=True)["speaker"].tolist() == [""]


def test_seed_claims(seed_claims):
    assert list(seed_claims.columns) == list(claims.COLUMNS)
    assert str(seed_claims["statement_date"].dtype) == "datetime64[ns]"
    assert seed_claims["claim_id"].is_unique
    texts = corpus.load().set_index("article_id")["text"]
    for row in seed_claims.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
        assert row.found_in in ("quote", "reported", "headline")
    plan = seed_claims[seed_claims["text"].str.contains("going according to plan")].iloc[0]
    assert plan["speaker"] == "Vladimir Putin" and plan["claim_type"] == "on_plan"


def test_one_per_day_labels_quote_only_the_speakers_words(seed_claims):
    chart = claims.one_per_day(seed_claims, speaker="Vladimir Putin")
    texts = corpus.load().set_index("article_id")["text"]
    for row in chart.itertuples():
        if row.label.startswith("“"):
            words = row.label.removesuffix(" …")
            assert words.startswith("“") and words.endswith("”")
            assert words[1:-1] in texts[row.article_id]
        else:
            assert row.label.startswith("reported: ")


def test_vocabulary_tables_are_readable_and_every_topic_example_is_found():
    topics = vocab.table("claim_topics")
    for row in topics.itertuples():
        if row.example and row.topic not in claims._EXCLUDING:
            found = _find(f"The commander said {row.example}.")
            assert row.topic in "|".join(found["topics"]), (row.phrase, row.example)


def test_parallel_run_gives_the_same_table():
    articles = corpus.load()
    assert claims.find(articles, n_jobs=2).equals(claims.find(articles))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_finds_without_error(raw):
    articles = corpus.from_text(raw)
    text = articles.loc[0, "text"]
    for row in claims.find(articles).itertuples():
        assert text[row.start:row.end] == row.text


def test_the_pipeline_on_two_processes_gives_the_tables_of_one():
    from saidvsdone import pipeline

    articles = corpus.load()
    one, two = pipeline.run(articles), pipeline.run(articles, n_jobs=2)
    for a, b in zip(one, two):
        pd.testing.assert_frame_equal(a, b)
    with_quotes = pipeline.run(articles, n_jobs=2, include_quotes=True)
    pd.testing.assert_frame_equal(with_quotes.claims, claims.find(articles, include_quotes=True))
    assert (with_quotes.claims["found_in"] == "quote").any() and not (one.claims["found_in"] == "quote").any()


@pytest.mark.parametrize("sentence, speaker", [
    # the verb after the content, the speaker after the verb
    ("Russian troops will try again to take the capital, said Ukraine's military chief.", ""),
    ("The offensive had stalled in the mud near the river, said Oleksandr Syrskyi.", "Oleksandr Syrskyi"),
    # a long aside between the name and its verb
    ("President Volodymyr Zelensky of Ukraine, after a long meeting of his generals on Monday, reported "
     "that the enemy had lost about 900 soldiers.", "Volodymyr Zelensky"),
    # "according to a statement": the statement of the institution the sentence opens with
    ("The Ukrainian General Staff has recaptured two villages near the river, according to a statement "
     "released today.", "Ukrainian General Staff"),
])
def test_inverted_and_interrupted_attributions(sentence, speaker):
    table = _find(sentence)
    assert len(table) == 1, sentence
    row = table.iloc[0]
    assert row["speaker"] == speaker if speaker else row["speaker_as_written"] == "Ukraine's military chief"


def test_a_title_case_headline_names_nobody_after_its_second_verb():
    table = _find("Russia Claims Faster Gains, Says Weekly Advances Have Grown\n\nDefence minister Andrei "
                  "Belousov said on Friday that Russian forces were advancing faster.")
    assert "Weekly Advances Have Grown" not in set(table["speaker"])


def test_a_lead_attributed_by_the_next_sentence_is_that_speakers_claim():
    table = _find("Russia has moved about 20 000 troops to the border region. This was reported by the "
                  "commander-in-chief Oleksandr Syrskyi at a forum in Kyiv.")
    assert table["speaker"].tolist() == ["Oleksandr Syrskyi"]
    assert table.iloc[0]["text"].startswith("Russia has moved")


def test_it_after_a_capital_is_that_government_and_a_bare_noun_the_earlier_institution():
    table = _find("The speech showed Kyiv’s anger at its critics.\n\nIt has argued that slow arms deliveries "
                  "explain the slow pace of its advance.")
    assert table["speaker"].tolist() == ["Ukrainian government (Kyiv)"]
    table = _find("The Ukrainian army said it had recaptured a village. Later the military said the fighting "
                  "near the village remained intense.")
    assert table["speaker"].tolist() == ["Ukrainian military", "Ukrainian military"]


def test_names_and_appositives_are_attribution_not_content():
    # the topic word sits only in the speaker's title: a quote with its attribution, no claim
    assert _find("“We will hold,” Oleh Petrenko, commander of the Ukrainian Armed Forces in the east, said "
                 "in the interview.").empty
    assert _find("SENIOR DEFENSE OFFICIAL: We have seen more than 300 missile launches so far.").empty


@pytest.mark.parametrize("sentence", [
    "The general said the troops were advancing steadily towards the river.",
    "The minister said the situation at the front remained difficult.",
    "The spokesman said the brigade had taken full control of the village.",
    "The president said the goals of the operation remain unchanged.",
    "The ministry said the enemy lost about 500 soldiers in the past day.",
    "The envoy said the other side had failed to achieve air superiority.",
    "The adviser said the conflict would evolve over the winter.",
    "The commander said the marines blockaded the town from the north.",
])
def test_claims_with_no_stock_phrase_pass_the_topic_gate(sentence):
    table = _find("Oleh Petrenko, the defence minister, spoke on Monday. " + sentence)
    assert len(table) == 1, sentence
    assert table.iloc[0]["topics"]


def test_word_sense_traps_stay_out_or_keep_their_coarse_type():
    assert _find("Zelensky said the commanders talked about the weather for an hour.").empty
    row = _find("Putin said mobilisation over several regions had added 300,000 troops.").iloc[0]
    assert row["claim_type"] == "mobilisation"  # not the end of mobilisation
    assert _find("Putin said the call-up would be finished in two weeks.").iloc[0]["claim_type"] == \
        "mobilisation_ending"
    row = _find("Syrskyi said 20 settlements had been liberated this week.").iloc[0]
    assert row["claim_type"] == "territory"  # places, not a peace settlement
    # an allegation about the other side's conduct is not a claim about the war's course
    assert _find("Biden said there was evidence that the invaders' troops had committed atrocities.").empty


@pytest.mark.parametrize("sentence, speakers", [
    ("Gerasimov reported to Putin, who urged commanders to continue the offensive.",
     ["Valery Gerasimov", "Vladimir Putin"]),                       # a speech verb in a relative clause
    ("The Russian army has taken two villages, the ministry said.", ["ministry"]),  # the nearer subject
    ("Officials in Kyiv said the front line had stabilised after weeks of retreat.", ["Officials in Kyiv"]),
    ("Trump's claim that thousands of Ukrainian troops were surrounded was widely doubted.", ["Donald Trump"]),
    ("The Kremlin quoted Putin as saying that Russian forces had seized the initiative.", ["Vladimir Putin"]),
    ("Putin directed his army to press forward with the offensive in the south.", ["Vladimir Putin"]),
])
def test_more_attribution_forms(sentence, speakers):
    assert sorted(_find(sentence)["speaker"]) == sorted(speakers)


def test_statement_dates_follow_the_event_and_reach_the_headline():
    table = _find("Russia claims two more villages\n\nThe Russian Defence Ministry has announced the capture of two "
                  "villages. Its spokesman Igor Konashenkov said at a briefing on Friday that the enemy had "
                  "lost 300 soldiers. Earlier, Putin had said the offensive was going to plan.",
                  published="2023-01-14")
    dates = {row.text[:20]: row.statement_date for row in table.itertuples()}
    assert str(dates["The Russian Defence "].date()) == "2023-01-13"  # the briefing's day, same paragraph
    assert pd.isna(dates["Earlier, Putin had s"])  # placed earlier by the sentence itself
    head = table[table["headline"]]
    assert [str(d.date()) for d in head["statement_date"]] == ["2023-01-13"]  # the body's day


def test_an_indirect_clause_before_a_quote_is_content_not_attribution():
    # the words between the speaker and his second verb are what he said
    table = _find('Mr Petrenko said that Ukraine can win the war, adding: "We are winning."')
    assert len(table) == 1 and table.iloc[0]["topics"] == "goals"
    assert _find('Mr Petrenko said the conflict in the east would evolve over the winter.').iloc[0]["topics"] == "pace"


def test_descriptive_groups_speak_as_written():
    row = _find("But leaked Western intelligence assessments have revealed that the offensive is behind "
                "schedule.").iloc[0]
    assert row["speaker"] == "leaked Western intelligence assessments"


def test_unnamed_people_and_capitals_get_convention_labels():
    row = _find("A senior US official said Russian forces had stalled near the capital.").iloc[0]
    assert row["speaker"] == "senior US official (unnamed)"
    row = _find("Kyiv said the offensive was slower than its allies had hoped.").iloc[0]
    assert row["speaker"] == "Ukrainian government (Kyiv)"  # a capital speaks for its government
    row = _find("Kyiv said its troops had recaptured two villages in the east.").iloc[0]
    assert row["speaker"] == "Ukrainian military"  # … and for its military on its own forces' results


@pytest.mark.parametrize("headline", [
    "Putin rules out a second wave of mobilisation",
    "‘Our goals will be fulfilled’: Putin rules out a second wave of mobilisation",
    "Russian president claims his troops are advancing",
])
def test_headline_stance_verbs_and_role_subjects(headline):
    table = _find(headline + "\n\nVladimir Putin said on Friday that his troops were advancing and no call-up "
                  "was needed.", published="2024-05-03")
    head = table[table["headline"]]
    assert head["speaker"].tolist() == ["Vladimir Putin"]
    assert str(head.iloc[0]["statement_date"].date()) == "2024-05-03"  # the body's day


def test_diplomatic_logistics_are_not_claims_but_positions_on_talks_are():
    assert _find("Zelensky said his delegation would travel to Geneva for talks next week.").empty
    assert len(_find("Putin said the Kremlin was ready for peace talks and the envoy would visit Moscow.")) == 1


@pytest.mark.parametrize("headline", [
    "Front is holding near Pokrovsk, says Ukraine's army chief",
    "Front holding near Pokrovsk – Syrskyi",
    "Ukraine's army chief: front is holding near Pokrovsk",
    "Kyiv says front holding as Russia pushes on Pokrovsk",
    # a speaker signed after the headline's last colon, bare or after a closing quote mark
    "Front is holding near Pokrovsk: Ukraine's army chief",
    "Front 'is holding, but more shells needed:' Army chief of Ukraine",
])
def test_headline_attribution_forms(headline):
    table = _find(headline + "\n\nOleksandr Syrskyi, Ukraine's army chief, said on Monday that the front "
                  "was holding near Pokrovsk.", published="2024-05-07")
    assert table[table["headline"]]["speaker"].tolist() == ["Oleksandr Syrskyi"]


def test_a_subhead_quoting_after_its_subject_holds_a_partial_quote():
    # the subject stands before the quote mark: the quoted words are the subhead's own content
    table = _find("Oleksandr Syrskyi, Ukraine's army chief, said on Monday that the front was holding near Pokrovsk."
                  "\n\nRussia 'can be held back, but more shells needed:' Commander-in-chief of Ukraine's Armed Forces",
                  published="2024-05-07")
    assert table["headline"].tolist() == [False, True]
    assert table["speaker"].tolist() == ["Oleksandr Syrskyi"] * 2


@pytest.mark.parametrize("title", ["Peace claim meets scepticism in Kyiv", "Talks resume in Moscow",
                                   "Peace claim meets scepticism in Europe"])
def test_a_title_ending_in_a_country_word_does_not_take_the_leads_speaker(title):
    # a capital or country word closing the title is no title of the body's first name ("Kyiv | US President …")
    table = _find(title + "\n\nUS President Donald Trump told reporters on Tuesday that Russia wanted to end the war.",
                  published="2025-02-20")
    body = table[~table["headline"]]
    assert body["speaker"].tolist() == ["Donald Trump"]


def test_earlier_inside_a_content_clause_without_that_does_not_move_the_statement():
    table = _find("Donald Trump told reporters on Tuesday that Russia wanted to end the war. He also said Ukraine "
                  "should have made a deal earlier and would not get back all of its territory.", published="2025-02-20")
    assert [str(d.date()) for d in table["statement_date"]] == ["2025-02-18"] * 2
    # an "earlier" of the main clause still starts a new, undated occasion
    table = _find("Donald Trump told reporters on Tuesday that Russia wanted to end the war. He said earlier Russia "
                  "had lost 100,000 troops.", published="2025-02-20")
    assert table["statement_date"].isna().tolist() == [False, True]


@pytest.mark.parametrize("title, body", [
    ("Militia chief says eastern half of Avdiivka taken",
     "The head of the Vostok militia group, Ivan Petrov, said on Wednesday his fighters had taken the eastern half "
     "of Avdiivka."),
    ("Russian assault on Vovchansk has stalled, says Ukrainian brigade commander",
     "The Russian offensive near Vovchansk has stalled, Colonel Petro Kravets, commander of the 57th brigade, said on "
     "Monday."),
])
def test_a_headline_office_is_the_body_speaker_introduced_with_it(title, body):
    # the headline's office ("chief" ~ "the head of", "brigade commander") and its other words, but the country,
    # stand in the words that introduce the body's named speaker
    table = _find(title + "\n\n" + body, published="2024-05-09")
    assert table["headline"].tolist() == [True, False]
    assert table["speaker"].nunique() == 1 and table["speaker"].iloc[1] in body


def test_a_headline_country_speaks_through_the_body_speaker_stating_what_it_sums_up():
    table = _find("Ukraine war: Shoigu claims Marinka captured, Kyiv says fighting continues\n\nRussian Defence Minister "
                  "Sergei Shoigu told Putin on Monday that Russian troops had taken full control of Marinka. Petro "
                  "Ivanenko, a spokesman for the Tavria group, said on Wednesday that fighting was continuing on the "
                  "northern outskirts of the town. At a news conference on Tuesday, Valerii Zaluzhnyi said the army "
                  "had proposed mobilising 450,000 more people.", published="2023-12-28")
    heads = table[table["headline"]]
    assert sorted(heads["speaker"]) == ["Petro Ivanenko", "Sergei Shoigu"]


def test_a_headline_country_reads_the_body_statement_before_its_verb_too():
    table = _find("Avdiivka: Ukraine says defenders are regrouping\n\nUkrainian troops defending Avdiivka are regrouping "
                  "on the town's northern edge, the commander of the Tavria group, Petro Ivanenko, said on Tuesday. "
                  "Ukraine's General Staff reported 87 combat clashes along the front over the past day.",
                  published="2024-02-14")
    assert table[table["headline"]]["speaker"].tolist() == ["Petro Ivanenko"]


def test_a_rubric_before_a_headline_colon_is_not_a_signature():
    table = _find("Eastern front: day 700\n\nOleksandr Syrskyi, Ukraine's army chief, said on Monday that the "
                  "front was holding near Pokrovsk.", published="2024-05-07")
    assert not table["headline"].any()


@pytest.mark.parametrize("text, n", [
    # civilians moved, taken out or leaving: an evacuation, not ground changing hands
    ("Occupation officials said they were moving civilians out of the town.", 0),
    ("The governor said residents were leaving the village as shelling grew heavier.", 0),
    # forces moving, or a place taken beside civilians elsewhere, stay claims
    ("The army said its columns had moved out of the city.", 1),
    ("Residents said Russian troops had left the village.", 1),
])
def test_civilians_moved_out_are_an_evacuation_not_territory(text, n):
    assert len(_find(text)) == n


@pytest.mark.parametrize("text, n", [
    # damage to a side's equipment is a loss, not civilian damage
    ("The missile cruiser Admiral Petrov was seriously damaged in the attack, the defence ministry said on Friday.", 1),
    ("The navy said two frigates had been damaged by sea drones overnight.", 1),
    # damage to homes stays out, even beside a military word
    ("The governor said a drone had damaged an apartment building near the airfield.", 0),
])
def test_damaged_equipment_is_a_loss_not_civilian_damage(text, n):
    assert len(_find(text)) == n


@pytest.mark.parametrize("text, n", [
    # a territory word describing where civilians died is the setting of a casualty report
    ("The mayor said more than 2,000 civilians had died in the besieged port city.", 0),
    # … but the place's own state, or the besieging, is still a claim
    ("The commander said the besieged city was still holding out.", 1),
    ("The commander said Russian troops had besieged the city.", 1),
])
def test_a_place_described_by_a_territory_word_sets_a_civilian_report(text, n):
    assert len(_find(text)) == n


@pytest.mark.parametrize("text, n", [
    # losing heart or nerve is no loss in battle …
    ("Zelensky urged allies on Monday not to lose their nerve.", 0),
    # … beside a real loss the claim stands
    ("Syrskyi said the enemy had lost 500 soldiers and was losing heart.", 1),
])
def test_an_idiom_of_losing_heart_is_no_loss(text, n):
    assert len(_find(text)) == n


@pytest.mark.parametrize("text, n", [
    # which side is winning or can last longer is the war's course
    ("Analysts say Russia has the upper hand on the battlefield.", 1),
    ("The general said his troops could outlast the enemy.", 1),
    ("The coach said time was on his side in the final minutes.", 0),
])
def test_who_is_winning_is_a_claim_about_the_course(text, n):
    assert len(_find(text)) == n


def test_civilian_reports_and_hedges_in_relative_clauses():
    assert _find("A Russian drone attack killed two people in the city, the regional governor said.").empty
    assert _find("A 9-year-old girl was among the wounded, Oleh Petrenko said.").empty
    # "is expected to" describes Putin here, not the officials' statement
    assert len(_find("Western officials said that Putin, who is expected to run again, had lost 300,000 troops.")) == 1
    assert _find("Putin is expected to say that his troops advanced.").empty


def test_a_second_verb_after_but_keeps_the_first_subject():
    table = _find("Putin has repeatedly said Russia is ready for peace talks but has insisted that Ukraine "
                  "must withdraw its troops.")
    assert table["speaker"].tolist() == ["Vladimir Putin"]


@pytest.mark.parametrize("sentence", [
    "The prime minister of Israel said Israeli tanks had pushed into southern Lebanon.",  # another war
    "The Dynamo Kyiv coach said his side had advanced to the semi-finals.",  # sport (a place name is no war word)
    "The finance minister said the economy was gaining momentum after a slow start.",  # economy
    "The mayor said the snow and rain would slow traffic through the weekend.",  # weather
    "The party leader said its candidates had gained ground in the polls.",  # politics
])
def test_soft_war_words_in_another_field_are_not_claims(sentence):
    assert _find(sentence).empty, sentence


def test_a_word_of_the_war_keeps_a_sentence_with_another_field():
    table = _find("Syrskyi said autumn rain had slowed the Russian advance near Kupiansk.")
    assert table["speaker"].tolist() == ["Oleksandr Syrskyi"]
    table = _find("Lavrov said Russian troops would advance while the West looked at Gaza.")
    assert table["speaker"].tolist() == ["Sergei Lavrov"]


@pytest.mark.parametrize("sentence", [
    "A villager said the soldiers had beaten her husband in the yard.",  # a witness's account
    "Syrskyi thanked the marines of the 36th brigade for their endurance.",  # thanks are no statement
    "The ministry said Shoigu had awarded medals to the paratroopers.",  # honours
    "Peskov said Putin had no plans to travel to the front this week.",  # a travel plan, not a war plan
])
def test_accounts_honours_and_travel_are_not_claims(sentence):
    assert _find(sentence).empty, sentence


@pytest.mark.parametrize("sentence, speaker", [
    ("In Syrskyi's words, the enemy has lost the initiative near Kharkiv.", "Oleksandr Syrskyi"),
    ("The front, in Zaluzhnyi's view, has reached a stalemate.", "Valerii Zaluzhnyi"),
    ("Budanov conceded that Russian units had entered the outskirts of Vovchansk.", "Kyrylo Budanov"),
    ("Moscow claimed its troops had taken two more villages in the Donetsk region.", None),  # label: speech layer's
    ("Should the West send more missiles, the fighting would drag on for years, Medvedev said.", "Dmitry Medvedev"),
    ("Russian units are six kilometres from Kostiantynivka, according to figures published by DeepState.",
     "DeepState"),
    ("Asked about Chasiv Yar, Syrskyi said the defenders had enough reserves.", "Oleksandr Syrskyi"),
    # the owner's assessment or view with a copula, or with an aside before it
    ("Budanov's assessment is that Russian troops will not take Kharkiv this year.", "Kyrylo Budanov"),
    ("Zaluzhnyi's own view, set out in a magazine essay last winter, was that the front had reached a stalemate.",
     "Valerii Zaluzhnyi"),
])
def test_more_attribution_forms(sentence, speaker):
    table = _find(sentence)
    assert len(table) == 1 and table["speaker"].iloc[0] == (speaker or table["speaker"].iloc[0]) != "", sentence


def test_their_words_alone_do_not_attribute():
    assert _find("Putin's words, which surprised many, were broadcast on state television.").empty


def test_two_speakers_each_keep_their_own_part_of_the_sentence():
    # the second speaker's words hold no war content: only the first speaker makes a claim
    table = _find("Gerasimov said his troops had taken three villages, while Lukashenko said the harvest was good.")
    assert table["speaker"].tolist() == ["Valery Gerasimov"]
    table = _find("Russia said its forces had encircled the town, but Ukraine said the garrison was still fighting.")
    assert len(table) == 2 and table["speaker"].nunique() == 2
    # a conduit at the end (", TASS reports") is no part of its own
    table = _find("According to Syrskyi, the enemy lost 900 soldiers, according to a report by the Ukrainian "
                  "General Staff, TASS reports.")
    assert sorted(table["speaker"]) == ["Oleksandr Syrskyi", "Ukrainian General Staff"]


def test_an_accusation_is_a_claim_only_about_the_war_course():
    table = _find("Lavrov accused Kyiv of walking away from the peace talks in Istanbul.")
    assert table["speaker"].tolist() == ["Sergei Lavrov"]
    for sentence in ("Kuleba accused Russian soldiers of looting homes in occupied towns.",
                     "Peskov accused Ukraine of shelling a hospital in Belgorod."):
        assert _find(sentence).empty, sentence


def test_land_claimed_as_its_own_is_no_speech():
    table = _find("Shoigu said the army would hold the four regions that Moscow claims as its own.")
    assert table["speaker"].tolist() == ["Sergei Shoigu"]


def test_what_a_speaker_says_someone_believes_is_the_speaker_claim():
    table = _find("Diplomats quietly concede that Mr Putin believes his troops can outlast the Ukrainian army.")
    assert table["speaker"].tolist() == ["diplomats"]  # an unnamed group opening the sentence is written in lower case


def test_a_habitual_statement_takes_no_other_statement_date():
    table = _find("Putin said on Tuesday that the offensive was going well. Putin has repeatedly said Russia is "
                  "ready for peace talks.", published="2024-06-13")
    dates = dict(zip(table["text"].str[:12], table["statement_date"]))
    assert str(dates["Putin said o"].date()) == "2024-06-11" and pd.isna(dates["Putin has re"])


def test_a_country_heading_a_headline_speaks_through_the_body_speaker():
    table = _find("Ukraine wants Russian troops pushed back from Kharkiv\n\nZelensky said on Friday that the army "
                  "would push Russian units back from the Kharkiv region.", published="2024-05-18")
    heads = table[table["headline"]]
    assert heads["speaker"].tolist() == ["Volodymyr Zelensky"] and heads["cue"].tolist() == ["wants"]


@pytest.mark.parametrize("sentence", [
    "Budanov said he had discussed drone production with his Danish counterpart.",
    "The ministry said Umerov had met with NATO commanders to discuss troop training.",
])
def test_a_reported_meeting_is_not_a_claim(sentence):
    assert _find(sentence).empty, sentence


@pytest.mark.parametrize("sentence", [
    "Gerasimov said Ukrainian counterattacks near Tokmak had been thrown back.",
    "Residents said the Russian troops had left the town before dawn.",  # a witness on the front's movement
])
def test_more_war_course_wordings(sentence):
    assert len(_find(sentence)) == 1, sentence


def test_speaking_about_a_topic_is_not_a_statement():
    assert _find("Gerasimov spoke for an hour about the offensive in the Donetsk region.").empty
    table = _find("Speaking at a briefing, Gerasimov said the offensive in the Donetsk region was going well.")
    assert table["speaker"].tolist() == ["Valery Gerasimov"]


def test_staged_as_faked_is_no_stage_of_a_plan():
    assert _find("Lavrov dismissed the videos as fakes and claimed they were staged.").empty
    table = _find("Rudskoy said the first stage of the operation was complete.")
    assert "goals" in table["topics"].iloc[0]


def test_military_vehicles_and_moving_out_are_war_content():
    table = _find("A Kherson resident said columns of military trucks had moved out of the city.")
    assert len(table) == 1  # a witness on the front's movement ("moved out")
    table = _find("Budanov said convoys of military trucks were heading to the border.")
    assert "mobilisation" in table["topics"].iloc[0]


def test_a_reported_question_is_not_a_claim():
    assert _find("Trump asked reporters whether Ukraine could hold out against the Russian offensive.").empty
    table = _find("Asked whether Ukraine could hold Kupiansk, Syrskyi said the defenders had enough reserves.")
    assert table["speaker"].tolist() == ["Oleksandr Syrskyi"]


def test_a_second_voice_the_layer_cannot_name_keeps_its_words():
    table = _find("Ukraine's air force said it had shot down 40 of 45 drones, while the mayor of a small town "
                  "said debris had damaged two houses.")
    assert table["speaker"].tolist() == ["Ukrainian Air Force"]


def test_a_deck_under_the_title_is_read_as_a_headline():
    text = ("Putin: ‘Our troops are moving forward’\n\nRussian president claims his army is advancing as Kyiv "
            "asks allies for more shells\n\n14 December 2023\n\nVladimir Putin said on Thursday that Russian "
            "troops were advancing along the whole front.")
    table = claims.find(corpus.from_text(text, published="2023-12-15", title="Putin: ‘Our troops are moving forward’"))
    deck = table[table["text"].str.startswith("Russian president claims")]
    assert deck["headline"].tolist() == [True] and deck["speaker"].tolist() == ["Vladimir Putin"]
    assert not table[table["text"].str.startswith("Vladimir Putin said")]["headline"].any()


@pytest.mark.parametrize("sentence", [
    "Officials have said little about the losses near Avdiivka.",
    "The defence minister's spokesman declined to say whether the offensive had stalled.",
])
def test_a_refusal_or_silence_is_not_a_claim(sentence):
    assert _find(sentence).empty, sentence


def test_a_refusal_beside_a_statement_keeps_the_statement():
    table = _find("Peskov declined to say when the operation would end, but said it was going to plan.")
    assert table["speaker"].tolist() == ["Dmitry Peskov"] and table["cue"].tolist() == ["said"]


def test_putting_a_number_at_a_figure_is_an_estimate():
    table = _find("Budanov gave an interview on Friday. He put the number of Russian troops near Kharkiv at 50,000.")
    assert table["speaker"].tolist() == ["Kyrylo Budanov"] and table["cue"].tolist() == ["put the number"]


@pytest.mark.parametrize("sentence", [
    "Budanov said Russian soldiers had executed unarmed prisoners near Krynky.",  # conduct
    "Zelensky said the fallen defenders of Mariupol would never be forgotten.",  # remembrance
])
def test_executions_and_remembrance_are_not_claims(sentence):
    assert _find(sentence).empty, sentence


def test_a_possessive_country_word_anchors_a_sentence_with_economy_words():
    table = _find("Scholz warned that the war could drag on for years unless Russia’s economy collapsed.")
    assert table["speaker"].tolist() == ["Olaf Scholz"]


def test_a_rubric_before_a_colon_is_not_a_speaker():
    title = "Battle for Donbas: Shoigu says troops have taken two villages"
    table = claims.find(corpus.from_text(title + "\n\nShoigu said on Monday that his troops had taken two villages.",
                                         published="2022-06-07", title=title))
    assert table[table["headline"]]["speaker"].tolist() == ["Sergei Shoigu"]


def test_a_negation_inside_the_matched_phrase_or_a_denial_cue_marks_the_claim_negated():
    # a negated claim compared as if it were affirmative gets the opposite verdict
    from saidvsdone import compare, territory

    def one(text):
        return claims.find(corpus.from_text(text, published="2022-09-12"))

    assert one("Zelensky said on Monday that Ukrainian forces were not advancing.")["negated"].tolist() == [True]
    assert one("Zelensky said on Monday that Ukrainian forces were advancing.")["negated"].tolist() == [False]
    assert one("Shoigu denied that Russian troops were retreating.")["negated"].tolist() == [True]
    row = compare.claims_vs_territory(one("Zelensky said on Monday that Ukrainian forces were not advancing."),
                                      territory.load()).iloc[0]
    assert row["assessment"] == "not assessable" and row["reason"] == "negated"


def test_a_that_clause_ends_where_another_speakers_clause_begins():
    # "X said that …, but Y said …": Y is not inside X's words (only "X concedes that Y believes …" is)
    table = _find("Russia said that its troops had captured Robotyne, but Ukraine said its forces still held "
                  "the village.")
    assert len(table) == 2


@pytest.mark.parametrize("sentence, written", [
    ("Ukraine's southern command said its forces had pushed the enemy back two kilometres.",
     "Ukraine's southern command"),  # labelled "Ukrainian Southern Command"
    ("Russian state media reported that troops had taken the village of Sosnivka.", "Russian state media"),
    ("Pro-Kremlin war correspondents said the assault on the town was stalling.", "Pro-Kremlin war correspondents"),
    ("The enemy has lost 60 soldiers near the river, Kyiv's military administration said.",
     "Kyiv's military administration"),
    ("The Moscow-appointed governor of Oakvale has also said the front line was holding.",
     "The Moscow-appointed governor of Oakvale"),
])
def test_a_speech_verb_without_a_named_speaker_speaks_under_its_subject_phrase(sentence, written):
    # general rule: when the speech layer names nobody, a noun phrase headed by a noun that can speak
    # (command, media, correspondents, administration, governor …) right before the verb is the speaker
    table = _find(sentence)
    assert len(table) == 1, sentence
    assert table.iloc[0]["speaker_as_written"] == written
    assert table.iloc[0]["speaker"] in (claims._label_as_written(written), claims._table_label(written))


def test_the_subject_phrase_fallback_leaves_quote_speakers_alone():
    text = ("Ukraine's southern command said its forces had repelled six attacks. "
            "“We are holding the line,” the command said.")
    found = _find(text)
    assert found.iloc[0]["speaker"] == "Ukrainian Southern Command"
    article = corpus.from_text(text, published="2024-05-03")
    before = quotes.extract(article)["speaker"].tolist()
    claims.find(article)
    assert quotes.extract(article)["speaker"].tolist() == before  # the layer's acts are not changed
    assert not {"Ukraine's southern command", "Ukrainian Southern Command"} & set(before)


def test_a_phrase_inside_the_first_speakers_words_is_not_a_second_speaker():
    table = _find("Zelensky said the regional administration reported that its troops had retaken two villages.")
    assert table["speaker"].tolist() == ["Volodymyr Zelensky"]


def test_a_role_phrase_resolves_to_the_holder_of_that_office_on_the_day():
    sentence = ("The commander-in-chief of Ukraine's armed forces continued to add that the counteroffensive "
                "was going slowly.")
    assert _find(sentence, published="2022-12-16").iloc[0]["speaker"] == "Valerii Zaluzhnyi"
    assert _find(sentence, published="2024-12-16").iloc[0]["speaker"] == "Oleksandr Syrskyi"


def test_an_unresolved_name_is_widened_to_the_whole_subject_phrase():
    table = _find("Military officials said the situation on the eastern front remained difficult.")
    assert table.iloc[0]["speaker"] == "military officials"  # (lower case: the group only opens the sentence)


def test_the_day_given_at_a_verb_without_a_named_speaker_dates_the_claim():
    table = _find("Ukraine's eastern command said on Tuesday that Russian troops had withdrawn from the hamlet.",
                  published="2024-05-03")
    assert str(table.iloc[0]["statement_date"].date()) == "2024-04-30"


def test_people_captured_are_losses_not_ground():
    # general rule: capture/seize/take followed closely by people (marines, soldiers, pilots) is about
    # prisoners (losses); followed by a place it stays territory
    people = _find("Our forces captured two enemy pilots near the river, the ministry said.").iloc[0]
    place = _find("Our forces captured the hamlet of Oakvale, the ministry said.").iloc[0]
    assert people["claim_type"] == "losses" and "territory" not in people["topics"]
    assert place["claim_type"] in ("territory", "progress")


def test_it_after_an_institution_in_the_same_sentence_is_that_institution():
    table = _find("The Russian defence ministry released footage it said showed its troops holding the bridgehead.")
    assert table.iloc[0]["speaker"] == "Russian Defence Ministry"


def test_a_digit_inside_a_subject_phrase_is_part_of_it():
    table = _find("A spokesman for the 93rd Brigade said the unit had held its positions near the canal.")
    assert table.iloc[0]["speaker_as_written"] == "A spokesman for the 93rd Brigade"


@pytest.mark.parametrize("sentence, speaker", [
    ("The General Staff in Kyiv said its troops had repelled 20 assaults near the canal.", "Ukrainian General Staff"),
    ("Kyiv's general staff said its troops had held the bridgehead.", "Ukrainian General Staff"),
    # not in data/speakers.csv: written as the conventions write an institution
    ("Russia's general staff said its forces had pushed the enemy out of the hamlet.", "Russian General Staff"),
])
def test_an_unnamed_institution_with_its_country_takes_the_tables_name_when_it_has_one(sentence, speaker):
    # general rule: "<Country>'s X" / "X in <capital>" is read as "<Demonym> X" and looked up in the table
    assert _find(sentence).iloc[0]["speaker"] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("Moscow has repeatedly said the war would go on until its goals were met.", "Russian government"),
    ("Ukraine's eastern command, meanwhile, reported that its forces had retaken two hamlets.",
     "Ukrainian Eastern Command"),
])
def test_a_country_or_an_aside_between_subject_and_verb(sentence, speaker):
    table = _find(sentence)
    assert table["speaker"].tolist() == [speaker]


def test_furniture_lines_stay_out_even_with_a_subject_phrase():
    assert _find("Watch: Last week, the navy said it was sending more drones to the front.").empty


def test_he_after_an_unnamed_person_is_that_person():
    # general rule: the layer leaves "he" unnamed when an unnamed person spoke last; the claim takes
    # that person's label (in the same or the next paragraph)
    table = _find("A senior officer on the southern front, who asked not to be named, said the brigade was short "
                  "of infantry. Enemy drones were hitting the supply roads every night, he said.")
    assert table["speaker"].tolist() == ["senior officer (unnamed)"] * 2


@pytest.mark.parametrize("sentence, speaker", [
    # a capital reporting its own forces' battlefield results speaks as its military
    ("Moscow says its forces took the hamlet of Oakvale.", "Russian Defence Ministry"),
    ("Kyiv said its troops had repelled a dozen assaults near the canal.", "Ukrainian military"),
    # a country on what its own forces did speaks as its military, whatever the topic
    ("Ukraine said its troops had stabilised the front near the canal.", "Ukrainian military"),
    ("Ukraine said the peace talks had no chance of success this year.", "Ukrainian government (Kyiv)"),
    # a capital on anything else is the government
    ("Kyiv said the talks had no chance while the shelling went on.", "Ukrainian government (Kyiv)"),
    # "<Country>'s <institution>" unknown to the table, written as the conventions write institutions
    ("Ukraine's defence ministry said its troops had retaken the hamlet.", "Ukrainian Defence Ministry"),
    # one unnamed office holder of a place; people inside an institution speak for it
    ("The governor of Oakvale said enemy drones had been shot down over the region.", "Oakvale governor (unnamed)"),
    ("According to sources in the Ukrainian military, the brigade had pulled back to new positions.",
     "Ukrainian military"),
])
def test_descriptive_labels_follow_the_conventions(sentence, speaker):
    assert _find(sentence).iloc[0]["speaker"] == speaker


def test_fired_is_a_launch_not_a_blaze():
    # word sense: "fire"/"fires" (a blaze) marks civilian damage, the verb "fired" is a launch
    assert len(_find("The air force said the enemy had fired 30 drones at the front overnight.")) == 1
    assert _find("The governor said fires had broken out in two homes after the attack.").empty


@pytest.mark.parametrize("sentence", [
    "The ministry said its aircraft had hit enemy command posts near the river.",
    "The general staff said the enemy was regrouping near the border.",
    "The commander said the enemy grouping near the town numbered 50,000 men.",
])
def test_strikes_and_force_movements_without_a_stock_word(sentence):
    assert len(_find(sentence)) == 1


def test_people_a_side_lost_are_its_casualties():
    # word sense: "people" after "lost" are a side's casualties; "killed 12 people" stays a civilian report
    assert _find("The commander said the enemy had lost about 900 people near the town in a day.").iloc[0][
        "claim_type"] == "losses"
    assert _find("The governor said the strike had killed 12 people in the city centre.").empty


def test_a_headline_speaker_after_a_comma_is_read_as_the_body_writes_it():
    # general rule: in a headline "…, Says X" the speaker is X (as the body names it), never the
    # capitalised words before the comma
    table = _find("Enemy Troops Advancing Near Oakvale, Says Border Commander\n\n"
                  "A border commander said enemy troops were advancing near Oakvale.", published="2024-05-03")
    head = table[table["headline"]]
    assert head["speaker"].tolist() == ["border commander (unnamed)"]


@pytest.mark.parametrize("sentence, speaker", [
    ("Enemy officials claim their forces now control most of the province.", "Enemy officials"),
    ("Western analysts estimate that the enemy has lost 40,000 soldiers since spring.", "Western analysts"),
    ("Intelligence officials believe the enemy is running low on artillery shells.", "intelligence officials"),
])
def test_plural_present_verbs_of_statement_after_a_speaking_group(sentence, speaker):
    assert _find(sentence)["speaker"].tolist() == [speaker]


def test_claim_as_a_noun_is_no_verb():
    assert _find("The claim that the troops had crossed the river was false.").empty


def test_a_place_after_a_speaking_group_leaves_its_label():
    # rule 6 as the gold sets write groups ("Ukrainian commanders" for "Ukrainian commanders near Pokrovsk", sk33)
    table = _find("Officials in the Oakvale region said enemy forces had launched an assault on the bridge.")
    assert table["speaker"].tolist() == ["officials"]


def test_quoted_by_an_agency_gives_the_words_to_the_one_quoted():
    table = _find("Putin was quoted by the RIA news agency as saying that his troops were advancing.")
    assert table["speaker"].tolist() == ["Vladimir Putin"]


def test_two_subjects_joined_by_and_both_speak():
    table = _find("Zelensky and Syrskyi said the front near the river was holding.")
    assert sorted(table["speaker"]) == ["Oleksandr Syrskyi", "Volodymyr Zelensky"]
    assert _find("Zelensky said Syrskyi and his staff had stabilised the front.")["speaker"].tolist() == [
        "Volodymyr Zelensky"]


def test_an_indefinite_role_is_someone_new_not_the_named_holder():
    # general rule: "a commander" introduces an unnamed person even after a named commander spoke;
    # "he added" right after stays with that person
    table = _find("Syrskyi said the front near Oakvale was holding. A Ukrainian commander in the area, who gave "
                  "only his call sign, said his brigade was outnumbered. The enemy was attacking in small "
                  "groups, he added.", published="2025-07-10")
    assert table["speaker"].tolist() == ["Oleksandr Syrskyi"] + ["Ukrainian commander (unnamed)"] * 2


def test_a_headline_country_takes_the_bodys_label_for_the_same_word():
    table = _find("Enemy closes in on Oakvale as Kyiv warns of summer push\n\n"
                  "The DeepState group said enemy units had taken a village, as Kyiv warned that Moscow was "
                  "massing forces for a summer offensive.", published="2025-07-10")
    assert table[table["headline"]]["speaker"].tolist() == ["Ukrainian government (Kyiv)"]


def test_the_question_a_speaker_answers_gives_the_answer_its_subject():
    table = _find("Peskov, asked about a new round of peace talks, told reporters that Moscow's position had "
                  "not changed.")
    assert table["claim_type"].tolist() == ["negotiations"]
    assert _find("Peskov, asked about the weather, told reporters that Moscow's position had not changed.").empty


def test_a_leads_indefinite_role_named_later_is_that_person():
    table = _find("The first stage is over, according to a top Russian general. Sergei Rudskoy said the army "
                  "would now focus on the east.", published="2022-03-25")
    assert set(table["speaker"]) == {"Sergei Rudskoy"}


def test_the_author_of_a_report_speaks_and_asides_before_the_verb_are_skipped():
    assert _find("A report by the Institute for the Study of War said the enemy was unlikely to take the town "
                 "soon.")["speaker"].tolist() == ["Institute for the Study of War (ISW)"]
    assert _find("Enemy officials, speaking on condition of anonymity, said their troops had taken the "
                 "hamlet.")["speaker"].tolist() == ["Enemy officials"]


def test_it_said_after_the_clause_is_the_institution_that_spoke_last():
    for first, speaker in (("Ukraine's air force", "Ukrainian Air Force"), ("The drone command", "drone command")):
        table = _find(f"{first} said the enemy had launched 31 drones overnight. Air defences destroyed 29 of "
                      "the drones over the south, it said.")
        assert table["speaker"].tolist() == [speaker] * 2


def test_according_to_an_analysis_by_a_group_names_the_group():
    table = _find("Enemy forces have taken about 278 sq km since May, according to an analysis of open-source "
                  "maps by the Oakvale Monitoring Group.")
    assert table["speaker"].tolist() == ["Oakvale Monitoring Group"]


def test_officials_continue_to_report():
    assert _find("Ukrainian officials continue to report that enemy forces are concentrating troops in the "
                 "north.")["speaker"].tolist() == ["Ukrainian officials"]


@pytest.mark.parametrize("sentence", [
    "Note: the institute will not publish an assessment on the front tomorrow.",
    "Geolocated footage shows soldiers raising a flag in the village, indicating a marginal advance.",
])
def test_rubrics_and_inferences_of_the_copy_are_no_speakers(sentence):
    assert _find(sentence).empty


def test_the_war_named_as_a_point_in_time_is_no_content():
    # general rule: "since the offensive began" dates the report; it says nothing about the war's course
    assert _find("The governor said two people had been injured overnight and that 11,000 residents had been "
                 "evacuated since the offensive began.").empty
    assert len(_find("The governor said enemy troops had advanced two kilometres since the offensive began.")) == 1


def test_the_same_statement_going_on_is_a_claim_without_war_words():
    # general rule (devset clarification "same speaker continuing"): after a claim, "added", "also said"
    # or "the statement said" in the next sentence carries the statement on even without war words
    table = _find("The ministry said its units had retaken ten settlements in two days. Among them are Oakvale "
                  "and Elmwood, the statement said.")
    assert len(table) == 2 and table["speaker"].nunique() == 1
    # another verb is not a continuation: "stating that" about history stays out
    assert len(_find("The ministry said its units had retaken ten settlements. He cited the history of the "
                     "region, stating that it was old.")) == 1


def test_its_data_speak_for_the_body_named_before():
    table = _find("DeepState, a Ukrainian monitoring group, published its monthly review on Friday. Its data show Russia "
                  "captured 420 square kilometres of Ukrainian territory in March.")
    assert table["speaker"].tolist() == ["DeepState"] and table["text"].iloc[0].startswith("Its data show")
    # a person's "its" has no data; data on the economy are no claim
    assert _find("Zelensky spoke on Friday. Its data show Russia captured 420 square kilometres in March.").empty
    assert _find("The ministry published new figures. Their data showed that grain exports rose in March.").empty


def test_the_groups_analysts_speak_for_the_group_named_before():
    table = _find("DeepState, a Ukrainian monitoring group, said Russian troops had advanced by about 2 km near Siversk. "
                  "The group's analysts noted that the pace of Russian advances in May was the slowest this year.")
    assert table["speaker"].tolist() == ["DeepState"] * 2


def test_an_unnamed_us_official_is_labelled_in_one_spelling():
    table = _find("A senior U.S. defense official told reporters that Russia's new recruits were poorly trained. "
                  "American officials say Russia has lost 100,000 troops.")
    assert table["speaker"].tolist() == ["senior US defence official (unnamed)", "US officials"]


def test_officials_in_a_capital_speak_for_its_government():
    # the conventions' label "Ukrainian government (Kyiv)", as two blind-annotated gold sets write it
    assert _find("Officials in Kyiv insist the counteroffensive is on track.")["speaker"].tolist() == [
        "Ukrainian government (Kyiv)"]
    assert _find("Kyiv insists the counteroffensive is on track.")["speaker"].tolist() == [
        "Ukrainian government (Kyiv)"]


def test_the_official_again_is_the_unnamed_official_of_before():
    table = _find("A senior US official told reporters that the main push was still to come. The official, who "
                  "asked not to be named, said the reserves had not yet been committed to the offensive.")
    assert table["speaker"].tolist() == ["senior US official (unnamed)"] * 2


def test_a_generic_role_is_the_person_introduced_with_that_office_not_one_named_later():
    # "the commander" after "Lieutenant Colonel Oleh Tkach … commands a battalion": Tkach, not a famous
    # commander-in-chief named only further down
    table = _find("Lieutenant Colonel Oleh Tkach spoke in a cellar. Tkach commands a battalion near the river. "
                  "The commander said his unit had taken 40 enemy soldiers prisoner. President Vladimir Putin "
                  "said the counteroffensive had failed.", published="2023-07-19")
    assert table["speaker"].tolist()[:1] == ["Oleh Tkach"]


def test_a_speaker_found_only_by_claims_takes_no_neighbours_day():
    # general rule: a verb the speech layer left without a speaker keeps its own day only; the day of
    # another speaker's statement in the paragraph is not its day
    table = _find("The ministry claimed on Tuesday that its troops had taken two villages. Enemy milbloggers "
                  "claimed that the troops had advanced two kilometres.", published="2025-06-18")
    assert str(table.iloc[0]["statement_date"].date()) == "2025-06-17"
    assert pd.isna(table.iloc[1]["statement_date"])


@pytest.mark.parametrize("sentence", [
    "Enemy troops said to be advancing near the village were spotted by drones.",
    "Officials called for more air defence systems to protect the front.",
    "The ministry posted a video of troops firing artillery near the river.",
])
def test_passives_appeals_and_pictures_are_no_statements(sentence):
    assert _find(sentence).empty


def test_calling_it_a_success_is_still_a_statement():
    assert len(_find("The general called the offensive a success.")) == 1


def test_praise_after_a_claim_is_no_continuation():
    table = _find("The defence minister said the troops had liberated two villages. He also praised the cooks.")
    assert len(table) == 1


def test_a_preposition_ending_the_headline_does_not_govern_the_bodys_first_speaker():
    # speech layer: "… fighting goes on" + new paragraph + "Syrskyi said": "on" is the headline's, not a
    # preposition before the name (the lookbehind stopped at the text's start, not the sentence's)
    text = "Town falls as Kyiv insists fighting goes on\n\nSyrskyi said his troops had taken the town back."
    table = _find(text, published="2024-05-20")
    assert "Oleksandr Syrskyi" in set(table["speaker"])


@pytest.mark.parametrize("headline, speaker", [
    ("Ukraine war: Russia says it has taken Oakvale", "Russian Defence Ministry"),
    ("Border commander: We will hold Oakvale", "border commander (unnamed)"),
])
def test_headline_rubrics_and_labels(headline, speaker):
    # a rubric before a colon is skipped; a speaking label before a colon speaks, named as the body names it;
    # taking or holding a named place is territory
    body = {"Russian Defence Ministry": "The Russian defence ministry said its troops had captured the town.",
            "border commander (unnamed)": "A border commander said his troops would hold the town."}[speaker]
    table = _find(headline + "\n\n" + body, published="2024-05-20")
    assert table[table["headline"]]["speaker"].tolist() == [speaker]


def test_a_demand_is_a_statement_of_the_one_who_makes_it():
    table = _find("Putin said the operation would go on. He went on to demand security guarantees for the whole "
                  "of the region.")
    assert table["speaker"].tolist() == ["Vladimir Putin"] * 2
    assert _find("The demand for more troops grew.").empty


def test_a_nationality_before_a_groups_name_is_no_part_of_it():
    table = _find("Enemy forces have taken 278 sq km since May, according to an analysis by the Finnish Oak "
                  "Tree Group.")
    assert table["speaker"].tolist() == ["Oak Tree Group"]


def test_a_known_name_and_a_colon_after_a_time_stamp_or_a_bullet_speaks():
    table = _find("Live updates\n\n11.20 BST Zelensky: the front is holding near the river.\n\n"
                  "- Zelensky: more brigades are moving to the east.", published="2024-05-22")
    assert table["speaker"].tolist() == ["Volodymyr Zelensky"] * 2
    assert _find("11.20 BST Weather: rain is moving to the east.").empty


def test_a_one_line_article_whose_only_sentence_is_its_headline_is_read():
    # rule: a country speaking in a headline looks for the body's same speaker, never at the headline itself
    table = _find("Russia says it has taken Vuhledar")
    assert not table.attrs.get("errors") and table["claim_type"].tolist() == ["territory"]


def test_the_official_is_the_earlier_unnamed_official_only_when_the_modifiers_agree():
    text = ("A senior US official said Russian forces had advanced near Avdiivka.\n\n"
            "The Russian official said Ukraine had lost 20 villages.\n\n"
            "The senior official said the Russian advance had slowed.")
    assert _find(text)["speaker"].tolist() == ["senior US official (unnamed)", "Russian official (unnamed)",
                                                "senior US official (unnamed)"]


def test_a_name_after_a_verb_and_before_and_is_that_verbs_object_not_a_second_speaker():
    speakers = _find("Zelensky welcomed Biden and Syrskyi said the front was holding.")["speaker"].tolist()
    assert "Oleksandr Syrskyi" in speakers and "Joe Biden" not in speakers
    both = _find("Zelensky and Syrskyi said the front was holding.")["speaker"].tolist()
    assert both.count("Volodymyr Zelensky") == 1 and both.count("Oleksandr Syrskyi") == 1


def test_a_question_about_the_war_answered_with_no_comment_is_no_claim():
    assert _find("Peskov, asked about reports of heavy Russian losses near Avdiivka, said the Kremlin "
                 "does not comment on such reports.").empty
    assert len(_find("Peskov, asked about reports of heavy Russian losses near Avdiivka, said the "
                     "figures were lies.")) == 1


def test_gratitude_after_a_claim_does_not_carry_the_claim_on():
    table = _find("Syrskyi said Russian forces had lost 500 soldiers near Bakhmut. "
                  "He also said he was grateful for the support of allies.")
    assert len(table) == 1 and table.iloc[0]["text"].startswith("Syrskyi said")


def test_taking_a_person_at_their_word_is_no_territory():
    assert _find("Zelensky said Ukraine would take Biden at his word and hold Putin to his promise.").empty
    assert _find("Russia says it has taken Vuhledar, a town in Donetsk.")["claim_type"].tolist() == ["territory"]


def test_sources_in_a_capital_are_not_its_government():
    # a group's label without where its people are (rule 6, as stress o08's "military analysts" for "Military
    # analysts in Warsaw"), and not the government of the capital
    label = _find("Sources in Kyiv said Russian troops had advanced 3 km near Pokrovsk.")["speaker"].tolist()
    assert label == ["sources"]
    assert _find("Officials in Kyiv said Russian troops had advanced 3 km near Pokrovsk.")["speaker"].tolist() \
        != ["Officials in Kyiv"]


@pytest.mark.parametrize("sentence, negated", [
    # a negation with the verb of the content clause negates the claim, phrase or no phrase
    ("Russia is not winning, he said.", True),
    ("Syrskyi said Russia had not made any significant advances.", True),
    ("Zelensky said Russia was not making progress near the river.", True),
    ("Syrskyi said Moscow had not gained any significant ground.", True),
    ("Syrskyi said Russian troops were no longer advancing near the town.", True),
    ("Syrskyi said Russian troops had failed to advance near the town.", True),
    ("Syrskyi said neither the Russian army nor its allies had gained ground near the town.", True),
    # a negation in a subordinate clause, a double negation, "not only … but" and a phrase's own "not"
    ("Syrskyi said Russian troops had advanced near the town, which Kyiv had not expected.", False),
    ("Syrskyi said Russian troops that had not been rotated were advancing near the town.", False),
    ("Although the reserves had not arrived, Ukrainian troops had advanced near the town, Syrskyi said.", False),
    ("Syrskyi said Russian troops had never failed to advance near the town.", False),
    ("Syrskyi said Russian troops had not only advanced near the town but also taken two villages.", False),
    ("Putin said the offensive in the Donbas was not over.", False),
    ("Shoigu denied that Russian troops were not advancing.", False),
])
def test_a_negation_governing_the_content_clause_marks_the_claim_negated(sentence, negated):
    table = _find(sentence)
    assert len(table) == 1 and table["negated"].tolist() == [negated]


@pytest.mark.parametrize("sentence", [
    "Russia's army said on Monday that its forces had captured two villages near the river, a claim Kyiv rejected.",
    "Russia said its forces had captured two villages near the river, which Kyiv disputed.",
    "Kyiv dismissed Russian claims that its forces had captured two villages near the river.",
])
def test_a_speaker_rejecting_the_other_sides_claim_says_it_is_not_so(sentence):
    # the rejecting side never gets an affirmative row of the claim it rejects
    table = _find(sentence)
    ukraine = table[table["speaker"].str.contains("Ukrain")]
    assert len(ukraine) == 1 and ukraine["negated"].all()
    assert not table[~table["speaker"].str.contains("Ukrain")]["negated"].any()


def test_a_rejecting_verb_whose_object_is_no_statement_negates_nothing():
    table = _find("Putin rejected the negotiation process, saying Russian forces would keep advancing.")
    assert table["negated"].tolist() == [False]


@pytest.mark.parametrize("before", ["", "The talks ended late.\n\n", "Brussels, Belgium\n\n"])
def test_two_titled_speakers_joined_by_and_each_speak_wherever_the_sentence_stands(before):
    # "the sentence's start" is where the sentence starts, not only the article's first character
    text = before + ("Ukrainian President Volodymyr Zelensky and NATO Secretary General Jens Stoltenberg said on "
                     "Thursday that Ukrainian forces were gaining ground.")
    table = _find(text)
    assert sorted(table[~table["headline"]]["speaker"]) == ["Jens Stoltenberg", "Volodymyr Zelensky"]


def test_two_speakers_in_a_headline_and_its_body_each_speak():
    title = "Zelensky and Stoltenberg say Ukraine is gaining ground"
    table = claims.find(corpus.from_text(title + "\n\nSome context first.\n\nZelensky and Stoltenberg said on Thursday "
                                         "that Ukrainian forces were gaining ground.", published="2024-05-03",
                                         title=title))
    for headline in (True, False):
        assert sorted(table[table["headline"] == headline]["speaker"]) == ["Jens Stoltenberg", "Volodymyr Zelensky"]


def test_a_name_after_a_verb_is_its_object_after_a_first_paragraph_too():
    table = _find("The day began quietly.\n\nZelensky thanked Biden and Syrskyi said Ukrainian forces were gaining ground.")
    assert "Joe Biden" not in table["speaker"].tolist() and "Oleksandr Syrskyi" in table["speaker"].tolist()


@pytest.mark.parametrize("sentence", [
    "A senior US official, speaking on condition of anonymity, said Russian forces were advancing near the town.",
    "A senior US official, speaking on condition of anonymity to discuss the battlefield, said Russian forces "
    "were advancing near the town.",
    "A senior US official, speaking on condition of anonymity, said Russia had suffered heavy losses near the town.",
    "Russian forces were advancing near the town, according to a senior US official.",
])
def test_an_unnamed_speaker_is_the_whole_noun_phrase_before_the_aside(sentence):
    # not "official (unnamed)", not the country that only qualifies the official, not the content's subject
    assert _find(sentence)["speaker"].tolist() == ["senior US official (unnamed)"]


@pytest.mark.parametrize("text, negated", [
    # an aside closed by a comma before the verb is stepped over: the main clause's negation counts
    ("Zelensky said Ukrainian troops, who are exhausted, had not retreated from Avdiivka.", True),
    ("Zelensky said Russian forces, as of Friday, had not captured Avdiivka.", True),
    # a negation only inside a relative clause after the main one does not
    ("Syrskyi said Russia had made advances near Avdiivka, which Kyiv had not expected.", False),
    # "rejected it, saying …": a pronoun object is a proposal, not a statement; the words said stand as said
    ("Zelensky rejected it, saying Ukrainian troops had not retreated from Avdiivka.", True),
])
def test_negation_is_read_in_the_main_clause_of_what_was_said(text, negated):
    assert _find(text)["negated"].tolist() == [negated]


@pytest.mark.parametrize("text, speakers", [
    ("Earlier this week Zelensky and Syrskyi said Russian forces had not captured Avdiivka.",
     {"Volodymyr Zelensky", "Oleksandr Syrskyi"}),
    ("In a joint statement Zelensky and Macron said Russia was losing the war.", {"Volodymyr Zelensky", "Emmanuel Macron"}),
    ("Zelensky met President Emmanuel Macron and Syrskyi said the front was holding.", {"Oleksandr Syrskyi"}),
])
def test_two_joined_subjects_both_speak_unless_the_first_is_a_verbs_object(text, speakers):
    assert set(_find(text)["speaker"]) == speakers


def test_a_country_before_modifiers_and_a_person_noun_only_describes_that_person():
    found = _find("Russian troops advanced 3 km near Pokrovsk, according to a senior US military official.")
    assert found["speaker"].tolist() == ["senior US military official (unnamed)"]


def test_undated_words_do_not_cite_a_later_earlier_occasion_in_their_paragraph():
    found = _find("Syrskyi said Russian troops were advancing near Pokrovsk. Last week, he told reporters "
                  "that Russian forces had lost 500 soldiers.", published="2024-03-10")
    assert found["statement_date"].isna().all()
    assert "Last week" not in found.iloc[0]["date_basis"]


@pytest.mark.parametrize("text, negated", [
    # "no more than" bounds a figure, it negates nothing
    ("Ukraine's military said Russian forces had advanced no more than 2 km near Bakhmut.", False),
    # a noun's "that" clause is its content: the main clause goes on to its own verb
    ("Kyiv said Russia's claim that it had captured Bakhmut was not true.", True),
    # "rejected that plan": a determiner, no statement rejected; the words said stand as said
    ("Zelensky rejected that plan on Monday, saying Russian troops had advanced near Bakhmut.", False),
    ("Kyiv rejected that Russian forces had taken the village.", True),
])
def test_bounds_noun_clauses_and_determiners_do_not_flip_a_claim(text, negated):
    found = _find(text)
    found = found[found["cue"] != "claim"]  # (Russia's own claim, of the noun, is a row of its own)
    assert found["negated"].tolist() == [negated]


def test_a_capitalised_word_ending_in_ed_is_no_verb_before_joined_speakers():
    found = _find("Commander of the Armed Forces Syrskyi and Zelensky said Russian forces had not captured Avdiivka.")
    assert set(found["speaker"]) == {"Oleksandr Syrskyi", "Volodymyr Zelensky"}


def test_an_inverted_cue_owns_the_words_before_it_when_another_voice_follows():
    # the rule: "<content>, X said on <day>, as Y said <content>": X's words come before X's cue; the
    # ", as/while/but … said" clause after it is another voice's
    table = _find("Ukrainian units advanced five kilometres near Tokmak, General Oleksandr Tarnavskyi said on "
                  "Tuesday, as Russia's defence minister Andrei Belousov said the assault had been repelled.")
    mine = table[table["speaker"] == "Oleksandr Tarnavskyi"]
    assert len(mine) == 1 and mine.iloc[0]["claim_type"] in ("progress", "territory")
    theirs = table[table["speaker"] == "Andrei Belousov"]
    assert all("Tarnavskyi" not in row["speaker_as_written"] for _, row in theirs.iterrows())
    # one voice with its words after the cue keeps them
    single = _find("General Oleksandr Tarnavskyi said on Tuesday that Ukrainian units had advanced near Tokmak.")
    assert single.iloc[0]["speaker"] == "Oleksandr Tarnavskyi"


def test_a_modal_verb_and_a_later_sentence_lend_no_speaker_and_no_day():
    # the rules: "said Kyiv would respond" is no second speaker (a verb after a modal is what someone may do);
    # a statement takes no day from a later sentence's own cue
    text = ("Zelensky called the strike \"a cynical act\" and said Ukraine would respond. "
            "The Ukrainian General Staff said on Sunday that its forces had retaken the village of Ivanivka.")
    table = _find(text, published="2024-05-07")
    first = table[table["start"] == 0]
    assert len(first) >= 1 and set(first["speaker"]) == {"Volodymyr Zelensky"}
    assert first["statement_date"].isna().all()
    later = table[table["start"] > 0]
    assert str(later.iloc[0]["statement_date"].date()) == "2024-05-05"
    # the quotes table agrees on the first statement's speaker and day
    found = quotes.extract(corpus.from_text(text, published="2024-05-07"))
    assert set(found["speaker"]) == {"Volodymyr Zelensky"} and found["statement_date"].isna().all()


@pytest.mark.parametrize("stamp", ["14:02 — ", "9.15 GMT - ", "11:40 am – "])
def test_a_live_blog_time_stamp_stays_out_of_the_claim_text(stamp):
    # the rule: a live blog entry's time stamp heading the sentence is page furniture, not the speaker's words
    body = "Ukrainian units pushed Russian troops back two kilometres near Vovchansk, the General Staff said."
    table = _find("Live updates.\n\n" + stamp + body)
    assert table["text"].tolist() == [body]
    assert _find(body)["text"].tolist() == [body]


@pytest.mark.parametrize("text", [
    "Mykola Hrytsenko denied that Ukraine was losing the war.",
    "Mykola Hrytsenko spoke to students on Friday and denied that Ukraine was losing the war.",
])
def test_losing_the_war_is_its_course_and_a_denial_anywhere_before_it_negates(text):
    # the rules: "losing/winning the war" is about the war's course (goals), not casualty losses; the
    # denial verb that introduces the content negates it even after another verb of the same speaker
    row = _find(text).iloc[0]
    assert row["claim_type"] == "goals" and bool(row["negated"]) is True
    plain = _find("Mykola Hrytsenko said that Ukraine was losing the war.").iloc[0]
    assert plain["claim_type"] == "goals" and bool(plain["negated"]) is False
    # casualty words stay losses
    assert _find("Mykola Hrytsenko said Russia was losing 900 soldiers a day.").iloc[0]["claim_type"] == "losses"


def test_an_institutions_name_without_its_country_is_the_one_the_article_names_in_full():
    # the rule: "says defence ministry" in an article that names the Ukrainian Defence Ministry is that
    # ministry (one label for one speaker); with two such ministries named, the side its sentence credits
    # with a success decides (speech layer: an institution named without its country)
    lead = "Ukrainian troops have retaken three villages near Kupiansk, says defence ministry. "
    table = _find(lead + "The Ukrainian Defence Ministry said its units had pushed on towards Svatove.")
    assert set(table["speaker"]) == {"Ukrainian Defence Ministry"}
    both = _find(lead + "The Ukrainian Defence Ministry said its units had pushed on towards Svatove. "
                 "The Russian Defence Ministry said its forces had held their positions near Kreminna.")
    assert both.iloc[0]["speaker"] == "Ukrainian Defence Ministry"


@pytest.mark.parametrize("text", [
    "Andriy Kovalchuk said the front line 'is shifting our way every week'.",   # a partial quote in reported speech
    "Andriy Kovalchuk said the front was moving in Ukraine's favour.",
])
def test_the_front_moving_is_a_claim_about_the_line_of_control(text):
    # the rule: the front (line) moving or shifting is the line of control changing: a territory claim,
    # whether the words stand in a partial quote or not
    table = claims.find(corpus.from_text(text, published="2024-05-03"),
                        quotes.extract(corpus.from_text(text, published="2024-05-03")))
    assert len(table) == 1 and "territory" in table.iloc[0]["topics"]
    assert table.iloc[0]["speaker"] == "Andriy Kovalchuk"


@pytest.mark.parametrize("text, speakers", [
    ("Syrskyi thanked the gunners and the pilots who had stopped the Russian assault near Lyman.", []),
    ("Sybiha thanked Norway for the jets that had helped push the enemy back from Kupiansk.", []),
    ("Syrskyi thanked the gunners and said the Russian assault near Lyman had been stopped.", ["Oleksandr Syrskyi"]),
])
def test_thanks_are_no_speech_cue_for_a_claim(text, speakers):
    assert _find(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, speakers", [
    ("Host: Are your troops still advancing near Lyman?\n\nNaiev: Our troops are advancing near Lyman every day.", []),
    ("Comment: The army has lost the initiative in the south.", []),
    ("Naiev: our troops are advancing near Lyman\n\nNaiev told a briefing that the troops were advancing near Lyman.",
     ["Naiev", "Naiev"]),
])
def test_a_full_sentence_after_a_bare_colon_in_the_body_is_a_transcript_line(text, speakers):
    assert _find(text)["speaker"].tolist() == speakers


def test_a_possessive_claim_of_a_noun_phrase_is_the_owners_claim():
    table = _find("Kyiv's claim of a breakthrough near Tokmak could not be checked.\n\n"
                  "Russia's claim of sovereignty over the peninsula is not recognised.")
    assert table["text"].tolist() == ["Kyiv's claim of a breakthrough near Tokmak could not be checked."]
    assert table["speaker_as_written"].tolist() == ["Kyiv"]


def test_a_yes_or_no_answer_takes_the_content_of_the_question_before_it():
    title = "Will Russia take Kupiansk? Naiev says no"
    table = claims.find(corpus.from_text(title + "\n\nThe front is quiet today.", published="2024-05-03", title=title))
    assert table["text"].tolist() == [title] and table["headline"].tolist() == [True]
    assert _find("Is the war going well? The weather says no.").empty  # no speaker, no claim


@pytest.mark.parametrize("text, claims_made", [
    ("Naiev said Russian units had pulled back from Lyman. In his view, the enemy had run out of reserves.", 2),
    ("The sky was clear. In his view, the enemy had run out of reserves.", 0),
])
def test_in_his_view_continues_the_speaker_of_the_sentence_before(text, claims_made):
    table = _find(text)
    assert len(table) == claims_made and table["speaker"].nunique() <= 1


@pytest.mark.parametrize("text, claims_made", [
    ("Gerasimov briefed Putin on the situation along the front line.", 0),
    ("Shoigu informed the council about the progress of the operation in the south.", 0),
    ("Shoigu informed the council about the progress of the operation, saying the troops had reached the river.", 1),
    ("Gerasimov informed Putin that the troops had taken Marinka.", 1),
])
def test_a_report_on_the_situation_names_a_subject_not_a_statement(text, claims_made):
    assert len(_find(text)) == claims_made


@pytest.mark.parametrize("text, claims_made", [
    ("Moscow said Ukrainian gunners had deliberately targeted an aid convoy near Sudzha.", 0),
    ("Kyiv said Russian jets had indiscriminately bombed a market in Kherson.", 0),
    ("Moscow said its gunners had destroyed a Ukrainian convoy near Sudzha.", 1),
])
def test_deliberate_targeting_is_an_allegation_about_conduct(text, claims_made):
    assert len(_find(text)) == claims_made


@pytest.mark.parametrize("text, claims_made", [
    ("Grain traders said a truce would lower freight costs by the summer.", 0),
    ("Investors said Russian troops were unlikely to reach Kramatorsk before the winter.", 0),
    ("Officials said Russian troops were unlikely to reach Kramatorsk before the winter.", 1),
])
def test_a_markets_forecast_is_no_claim(text, claims_made):
    assert len(_find(text)) == claims_made


@pytest.mark.parametrize("text, speaker", [
    ("Researchers at the Jamestown Foundation said Russian troops had advanced near Kupiansk.", "Jamestown Foundation"),
    ("In a new report, the Centre for Eastern Studies concluded that Russia had lost the initiative in the south.",
     "Centre for Eastern Studies"),
])
def test_a_named_body_speaks_for_its_experts_and_keeps_its_whole_name(text, speaker):
    assert _find(text)["speaker"].tolist() == [speaker]


def test_the_institute_is_the_institute_named_before():
    table = _find("The Institute for the Study of War said Russian troops had advanced near Lyman. "
                  "The institute added that Ukrainian units had pulled back west of the town.")
    assert table["speaker"].tolist() == ["Institute for the Study of War (ISW)"] * 2


@pytest.mark.parametrize("text, claims_made", [
    ("Naiev, speaking on television, expressed confidence in the Ukrainian troops, saying, “We will hold every village.”", 0),
    ("Naiev expressed the resolve of the northern brigades, stating, “Not one step back from Lyman.”", 0),
    ("Naiev expressed confidence in the Ukrainian troops, saying they had pushed the enemy back from Lyman.", 1),
    ("Naiev expressed confidence that Ukrainian troops would push the enemy back from Lyman.", 1),
])
def test_a_feeling_expressed_is_part_of_the_attribution_not_content(text, claims_made):
    assert len(_find(text)) == claims_made


def test_claim_words_are_a_table_a_journalist_extends(tmp_path):
    text = "Currency strategists said Russian troops would reach Kramatorsk by the winter."
    assert len(_find(text)) == 1
    (tmp_path / "claim_words.csv").write_text("group,word,note\nmarket_voice,strategists,\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert _find(text).empty  # a market's forecast
        (tmp_path / "claim_words.csv").write_text("group,word,note\nmarket_voices,strategists,\n", encoding="utf-8")
        vocab.reload()
        with pytest.raises(vocab.VocabularyError, match=r"claim_words\.csv, line 2 \(.*\): group 'market_voices' is not one of"):
            vocab.table("claim_words")
    finally:
        vocab.use(None)
    groups = set(vocab.table("claim_words")["group"])
    assert groups == set(claims.WORD_GROUPS)  # every list has its words in the table


def test_a_subhead_with_the_colon_inside_the_quote_mark_speaks_for_the_label_after_it():
    text = ("Army briefing in Kyiv\n\nThe briefing lasted an hour.\n\n"
            "Russian troops 'pushed back from Kupiansk:' Commander-in-chief of Ukraine's Armed Forces")
    table = claims.find(corpus.from_text(text, published="2024-05-03", title="Army briefing in Kyiv"))
    row = table[table["text"].str.startswith("Russian troops")].iloc[0]
    assert row["speaker"] == "Oleksandr Syrskyi" and bool(row["headline"])
    assert _find("Army briefing\n\nRussian troops 'pushed back from Kupiansk:' said nobody at all.").empty


@pytest.mark.parametrize("title, claims_made", [
    ("'The line holds': Syrskyi reports gains near Kupiansk", 1),
    ("'The line holds,' Syrskyi says", 0),  # a quote and its attribution
])
def test_a_headlines_own_words_after_a_quote_make_its_claim(title, claims_made):
    table = claims.find(corpus.from_text(title + "\n\nThe front was quiet.", published="2024-05-03", title=title))
    assert len(table[table["headline"]]) == claims_made


@pytest.mark.parametrize("text, claims_made", [
    ("Naiev said Kupiansk would be held at any cost.", 1),
    ("Moscow will not stop until Kramatorsk is taken, Naiev said.", 1),
    ("Naiev said the meeting would be held in Kyiv.", 0),  # nothing named is held: a meeting
])
def test_a_place_taken_or_held_in_the_passive_is_territory(text, claims_made):
    assert len(_find(text)) == claims_made


@pytest.mark.parametrize("text, claims_made", [
    ("Naiev claimed his brigades had taken most of Tokmak.", 1),
    ("Naiev said Ukrainian troops still held part of the town.", 1),
    ("Naiev said Ukraine would take part in the exercise.", 0),
])
def test_a_share_of_a_place_taken_or_held_is_territory(text, claims_made):
    assert len(_find(text)) == claims_made


@pytest.mark.parametrize("text, speaker", [
    ("Russian units are short of shells near Lyman, Western officials believe.", "Western officials"),
    ("Russia has lost 3,000 men near Tokmak, Ukrainian commanders estimate.", "Ukrainian commanders"),
])
def test_a_plural_verb_of_statement_after_the_clause_speaks(text, speaker):
    assert _find(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text, claims_made", [
    ("Naiev said Ukrainian plants had doubled the output of artillery shells.", 0),
    ("Naiev said the army had signed a contract for 40,000 drones.", 0),
    ("Naiev said the number of contract soldiers near Lyman had doubled.", 1),
    ("Naiev said Russian drones had destroyed a Ukrainian ammunition factory near Lyman.", 1),
])
def test_arms_production_is_not_the_wars_course(text, claims_made):
    assert len(_find(text)) == claims_made


@pytest.mark.parametrize("text, speaker", [
    ("The Russian president said the army was advancing near Lyman.", "Vladimir Putin"),
    ("Ukraine's president said the front near Lyman was holding.", "Volodymyr Zelensky"),
    ("A senior Ukrainian commander said the front near Lyman was holding.", "senior Ukrainian commander (unnamed)"),
])
def test_a_countrys_office_as_the_head_of_the_speaker_is_its_holder(text, speaker):
    assert _find(text)["speaker"].tolist() == [speaker]


def test_according_to_a_report_named_before_its_author_speaks_not_a_name_in_the_content():
    table = _find("Ukraine's air force issued its nightly summary. According to the summary, Russia had launched "
                  "40 drones at the Sumy region.")
    assert table["speaker"].tolist() == ["Ukrainian Air Force"]


def test_a_country_alone_before_a_headlines_colon_speaks_as_the_body_names_it():
    title = "Kyiv: Russian assault on Tokmak repelled"
    table = claims.find(corpus.from_text(title + "\n\nUkraine's military said on Monday its forces had repelled an "
                                         "assault near Tokmak.", published="2024-05-03", title=title))
    assert table["speaker"].tolist() == ["Ukrainian military"] * 2 and table["headline"].tolist() == [True, False]
    title = "Kyiv: Russian strikes kill five civilians"
    assert claims.find(corpus.from_text(title + "\n\nThe mayor spoke.", published="2024-05-03", title=title)).empty


@pytest.mark.parametrize("text, speaker", [
    ("Russian forces have taken the village of Novoselivka, Moscow said on Sunday.", "Russian Defence Ministry"),
    ("Ukrainian forces have taken back Novoselivka, Moscow said on Sunday.", "Russian government"),
])
def test_a_capital_reporting_its_own_forces_before_the_cue_is_its_military(text, speaker):
    assert _find(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text, claims_made", [
    ("Naiev said the war could be over by the winter.", 1),
    ("Naiev said the parade was over.", 0),
])
def test_the_end_of_the_war_foretold_is_its_pace(text, claims_made):
    assert len(_find(text)) == claims_made


@pytest.mark.parametrize("text, claims_made", [
    ("The agency said 300 civilians had been killed in Kherson since the invasion.", 0),
    ("Naiev said Russia had lost 9,000 soldiers near Lyman since the invasion.", 1),
])
def test_since_the_invasion_dates_the_content_and_is_no_topic(text, claims_made):
    assert len(_find(text)) == claims_made


def test_a_headlines_role_subject_is_the_body_speaker_whose_label_holds_its_words():
    title = "Russian blogger claims troops crossed the Oskil"
    text = title + "\n\nA well-known Russian military blogger wrote that Russian troops had crossed the Oskil river."
    table = claims.find(corpus.from_text(text, published="2024-05-03", title=title))
    assert table["speaker"].tolist() == ["Russian military blogger"] * 2
    assert claims.find(corpus.from_text(title + "\n\nThe weather was fine.", published="2024-05-03",
                                        title=title)).empty  # no such speaker in the body


@pytest.mark.parametrize("body, speaker", [
    ("Col. Ivan Petrenko, who commands a brigade near Lyman, said on Monday the Russian push had stalled.",
     "Ivan Petrenko"),
    ("Syrskyi said on Monday the Russian push near Lyman had stalled.", "Oleksandr Syrskyi"),
])
def test_a_headlines_office_is_the_body_speaker_introduced_with_it(body, speaker):
    title = "Ukrainian commander says Russian push near Lyman has stalled"
    table = claims.find(corpus.from_text(title + "\n\n" + body, published="2024-05-03", title=title))
    assert table["speaker"].tolist() == [speaker] * 2


@pytest.mark.parametrize("text, speaker", [
    ("Russian forces have hit a bridge near Lyman, the defence ministry said.", "Russian Defence Ministry"),
    ("Ukrainian forces have hit a bridge near Oleshky, the defence ministry said.", "Ukrainian Defence Ministry"),
])
def test_an_institution_named_without_its_country_is_that_of_the_forces_it_reports(text, speaker):
    assert _find(text)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Russian troops have taken the village of Ivanivka, TASS reported, citing the defence ministry.",
     "Russian Defence Ministry"),
    ("Russian troops have taken the village of Ivanivka, TASS reported.", "TASS"),
])
def test_a_news_agency_citing_a_source_is_its_conduit(text, speaker):
    assert _find(text)["speaker"].tolist() == [speaker]


def test_experts_at_a_national_group_speak_for_the_group_by_its_own_name():
    table = _find("Russia took 500 square kilometres in May, analysts at the Estonian Grey Owl Group said.")
    assert table["speaker"].tolist() == ["Grey Owl Group"]
    table = _find("The Kremlin says about 90,000 people have signed contracts to join the army this year.")
    assert len(table) == 1  # recruits' contracts are troops, not a purchase


@pytest.mark.parametrize("published, day, holder", [
    ("2024-05-16", "Wednesday", "Andrei Belousov"), ("2023-05-16", "Monday", "Sergei Shoigu"),
    ("2024-05-16", "Monday", "Russia's defence minister"),  # 13 May 2024: between two holders, nobody
])
def test_an_office_of_two_words_names_its_holder_that_day_never_any_minister(published, day, holder):
    # "defence minister" is an office held by one person on a day; "minister" alone fits every minister
    found = claims.find(corpus.from_text(f"Russia's defence minister said on {day} that Russian forces would keep "
                                         "up the offensive near the border.", published=published))
    assert found["speaker"].tolist() == [holder]


def test_an_office_taken_later_names_nobody_before_it():
    # the table's US envoys took office in 2025: the claim of 2022 keeps the label, not a later holder
    found = claims.find(corpus.from_text("The American envoy said on Monday that peace talks were within reach.",
                                         published="2022-03-14"))
    assert found["speaker"].tolist() == ["US envoy"]  # (the label grammar writes "US" for "American": lb1)


@pytest.mark.parametrize("text, expected", [
    # a country's name before a headline colon is a section label; a capital speaks for its country
    ("Ukraine: Russian troops capture Ocheretyne\n\nThe village lies north of the town.", []),
    # "former" names somebody who no longer holds the office: not its holder that day
    ("The former Russian president said on Monday that Russian troops would take Kharkiv.",
     [("former Russian president", False)]),
    # an answer to a question affirms its content, "no" denies it
    ("Can Ukraine hold Chasiv Yar without more shells? Syrskyi says no.", [("Oleksandr Syrskyi", True)]),
    ("Can Ukraine hold Chasiv Yar without more shells? Syrskyi says yes.", [("Oleksandr Syrskyi", False)]),
    # a speaker with an occasion before a colon attributes what follows; a bare label is a transcript line
    ("Zelensky in his nightly address: Ukrainian forces have stabilised the front near Kharkiv.",
     [("Volodymyr Zelensky", False)]),
    ("Interviewer: Is the front holding?\n\nSyrskyi: The front is holding near Kupiansk.", []),
])
def test_labels_answers_and_former_office_holders(text, expected):
    found = claims.find(corpus.from_text(text, published="2024-05-16"))
    assert [(r.speaker, bool(r.negated)) for r in found.itertuples()] == expected


@pytest.mark.parametrize("text, speakers", [
    # a plural verb of statement after a speaking group placed somewhere ("officials in Kyiv estimate")
    # (officials placed in a capital speak for its government)
    ("Officials in Kyiv estimate that Russia is losing about 900 soldiers a day near Toretsk.",
     ["Ukrainian government (Kyiv)"]),
    # … and after an opening participle clause
    ("Speaking on condition of anonymity, officials in Kyiv estimate that Russia is losing about 900 soldiers a day.",
     ["Ukrainian government (Kyiv)"]),
    ("Officials in Moscow say their troops have pushed the front back from the Belgorod border.",
     ["Russian government"]),
    ("Independent analysts caution that the Ukrainian bridgehead near Krynky could not be held for long.",
     ["independent analysts"]),
    # a plural verb with no war content, and forces that "note" nothing, stay out
    ("Western officials note the weather in Brussels.", []),
])
def test_plural_present_verbs_after_a_placed_speaking_group(text, speakers):
    assert _find(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize("text, claimed", [
    # arms deliveries and aid packages are not the war's course when weapons are the only war words
    ("A Pentagon spokesman said the United States would continue to provide Kyiv with more HIMARS rockets.", False),
    ("The minister also reported on the supply of drones to the troops.", False),
    ("The ministry said a new aid package would include 40 armoured vehicles and artillery shells.", False),
    ("Zelensky said Ukraine had asked its allies for seven more Patriot systems.", False),
    ("The general said he had asked for reinforcements to hold the line near Pokrovsk.", True),
    # the use of banned weapons is an allegation of conduct …
    ("The agency reported that Russian forces had used chemical munitions against Ukrainian positions.", False),
    # … unless ground is spoken of; and a supply route is no delivery
    ("Syrskyi said Russian forces had used chemical munitions to seize the village of Krasne.", True),
    ("Britain's defence ministry said the Ukrainian supply route from Chasiv Yar was at risk as Russian forces "
     "advanced.", True),
])
def test_arms_deliveries_and_banned_weapons(text, claimed):
    assert (len(_find(text)) > 0) == claimed, text


@pytest.mark.parametrize("text, claimed", [
    # thanks and condolences that run to the end of the sentence state nothing, whatever the thanked did
    ("Putin thanked the soldiers who had distinguished themselves in combat and expressed condolences to the "
     "families of the fallen.", False),
    ("Zelensky thanked the brigades that had held Kupiansk and expressed gratitude to the allies.", False),
    # a feeling with a content clause, or a statement beside it, still says something
    ("Putin expressed confidence that Russian troops would take the town of Kupiansk.", True),
    ("Zelensky expressed gratitude to the brigades, saying they had held Kupiansk.", True),
])
def test_an_expressed_feeling_ending_the_sentence_states_nothing(text, claimed):
    assert (len(_find(text)) > 0) == claimed, text


def test_an_unnamed_speaker_continued_takes_the_day_of_its_statement():
    text = ("A senior Western official said on Monday that Russian forces had lost about 1,200 soldiers a day in May. "
            "Russian units had also failed to cross the river near Kherson, the official said.\n\n"
            "Earlier, the official said Russia had moved three brigades to the south.\n\n"
            "On Tuesday, Kyiv said its troops had held the bridgehead.\n\nThe official said Russian forces were "
            "regrouping near Kherson.")
    found = _find(text, published="2024-06-05")
    days = {r.text[:30]: (None if pd.isna(r.statement_date) else str(r.statement_date.date()))
            for r in found.itertuples() if r.speaker == "senior Western official (unnamed)"}
    assert days == {"A senior Western official said": "2024-06-03",
                    "Russian units had also failed ": "2024-06-03",  # the same speaker continued
                    "Earlier, the official said Rus": None,          # "earlier": another occasion
                    "The official said Russian forc": None}          # another day named in between


@pytest.mark.parametrize("text, claimed", [
    # how a side fights, its defensive works, its armour and fire in combat are the war's course
    ("Syrskyi said the Russian command had changed its tactics near Pokrovsk.", True),
    ("Zaluzhnyi said every metre was being cleared by hand under fire.", True),
    ("Analysts at the Royal United Services Institute say the Russian defences in the south are very dense.", True),
    ("The think tank noted that Russia was relying on motorcycles instead of armoured vehicles.", True),
    # a fire in a building, "a defence of" a decision and air defence talks stay out
    ("The governor said a fire had broken out in a warehouse in the city.", False),
    ("In a spirited defence of his ministers, the prime minister said they had done their best.", False),
    ("Zelensky said he had discussed air defence with the German chancellor.", False),
])
def test_tactics_defensive_works_armour_and_fire_in_combat(text, claimed):
    assert (len(_find(text)) > 0) == claimed, text


@pytest.mark.parametrize("text, expected", [
    # a headline's clause after a semicolon with its own subject and stance verb is a second speaker's
    ("Kyiv says troops advancing near Bakhmut; Moscow reports repelled attacks\n\nRussia's defence ministry said "
     "its forces had repelled six Ukrainian attacks near Pyatykhatky.",
     {"Russian Defence Ministry": 2, "Ukrainian government (Kyiv)": 1}),
    ("Kyiv says troops advancing near Bakhmut; fighting continues in the south\n\nRussia's defence ministry said "
     "its forces had repelled six Ukrainian attacks near Pyatykhatky.",
     {"Russian Defence Ministry": 1, "Ukrainian government (Kyiv)": 1}),
    # an institution signing a headline without its country is the body's one speaker of that name …
    ("Russian troops liberate Krasne — Defense Ministry\n\nUnits of the Southern group of forces have liberated "
     "Krasne, the Russian Defense Ministry said.", {"Russian Defence Ministry": 2}),
    # … and nobody when two bodies' ministries speak
    ("Heavy fighting near Krasne — Defence Ministry\n\nRussia's defence ministry said its forces had taken Krasne. "
     "Ukraine's defence ministry said its troops still held the village.",
     {"Russian Defence Ministry": 1, "Ukrainian Defence Ministry": 1}),
    # an acronym before a title's colon labels the headline (in the body it would be a transcript line)
    ("ISW: Russian forces intensify assaults on Toretsk\n\nRussian forces have intensified their assaults on "
     "Toretsk, the Institute for the Study of War said.", {"Institute for the Study of War (ISW)": 2}),
])
def test_headline_second_clauses_signatures_and_acronym_labels(text, expected):
    found = _find(text)
    assert found["speaker"].value_counts().to_dict() == expected


@pytest.mark.parametrize("text, expected", [
    # "The update said" after an institution spoke: the institution's document, so the institution speaks
    ("Britain's defence ministry said in its daily update that Russia had reinforced its positions near Bakhmut. "
     "The update said Russian forces had advanced north of the town.",
     ["UK Defence Intelligence", "UK Defence Intelligence"]),
    ("The Institute for the Study of War said Russian forces had attacked near Pokrovsk. The update said Russian "
     "forces had advanced near Bakhmut.", ["Institute for the Study of War (ISW)"] * 2),
])
def test_a_document_as_the_subject_speaks_for_the_institution_before_it(text, expected):
    assert _find(text)["speaker"].tolist() == expected


@pytest.mark.parametrize("text, expected", [
    # "They say" after a speaking group: the same group; after a person or no speaker: nobody
    ("Some American officials said privately that Ukraine had spread its forces too thinly. They say the best "
     "brigades should have attacked in one direction.", ["US officials", "US officials"]),
    ("Syrskyi said the front was holding near Pokrovsk. They say the enemy lost 200 soldiers.",
     ["Oleksandr Syrskyi"]),
    ("Russian forces attacked near Pokrovsk. They say the enemy lost 200 soldiers.", []),
    # a conjunction or a quantifier before a speaking group is no part of its label
    ("Russia is gaining ground, but Western officials say the price in men is unsustainable.",
     ["Western officials"]),
])
def test_they_continues_a_speaking_group_and_group_labels_lose_their_lead_words(text, expected):
    assert _find(text)["speaker"].tolist() == expected


@pytest.mark.parametrize("text, speaker", [
    # a capitalised name in apposition to the subject speaks ("the research center, the Institute …, announced")
    ("The American research center, the Kyiv School of Economics, recently announced that Russian forces had "
     "advanced near Toretsk.", "Kyiv School of Economics"),
    # an organisation's name with its words reordered is the table's organisation
    ("The US research center, the Institute for War Studies, recently announced that Russian forces would "
     "attack near Kupiansk in the coming weeks.", "Institute for the Study of War (ISW)"),
    ("The Institute for War Studies said Russian forces had advanced near Toretsk.",
     "Institute for the Study of War (ISW)"),
    # a sentence-initial "The" before a name cut at its "for"
    ("The Centre for Defence Strategies said Russian forces had advanced near Toretsk.",
     "Centre for Defence Strategies"),
])
def test_apposed_and_reordered_institution_names(text, speaker):
    assert _find(text)["speaker"].tolist() == [speaker]


def test_an_institution_writing_its_own_report_is_the_outlet_not_a_speaker():
    own = ("Russian milbloggers claimed that Russian forces had advanced near Zirka, though ISW cannot verify this "
           "claim. ISW assesses that Russian forces intend to create a buffer zone in the Sumy region.")
    assert _find(own)["speaker"].tolist() == ["Russian milbloggers"]
    # a newspaper reporting the institute in the past tense: the institute speaks
    reported = ("The Institute for the Study of War said on Monday that ISW cannot verify the Russian claims. "
                "ISW assesses that Russian forces intend to create a buffer zone in the Sumy region, the institute "
                "wrote.")
    assert set(_find(reported)["speaker"]) == {"Institute for the Study of War (ISW)"}


@pytest.mark.parametrize("text, speaker", [
    # a deputy is not the office holder: the person the article introduces with that office
    ("Ukraine's deputy defence minister says troops gained ground near Bakhmut\n\nHanna Maliar, Ukraine's deputy "
     "defence minister, said on Thursday that Ukrainian troops had advanced near Bakhmut.", "Hanna Maliar"),
    # the office itself is still its holder that day
    ("Ukraine's defence minister said on Thursday that Ukrainian troops had advanced near Bakhmut.",
     "Rustem Umerov"),
])
def test_a_deputy_is_not_the_office_holder(text, speaker):
    found = _find(text, published="2024-06-07")
    assert set(found["speaker"]) == {speaker}


def test_a_headline_country_is_the_body_speaker_named_by_name_before_a_resolved_role():
    text = ("Kyiv says troops advancing near Bakhmut\n\nUkraine's deputy defence minister says troops gained ground "
            "near Bakhmut\n\nHanna Maliar said on Thursday that Ukrainian troops had advanced near Bakhmut.")
    found = _find(text, published="2023-07-06")
    assert found.loc[found["text"].str.startswith("Kyiv says"), "speaker"].tolist() == ["Hanna Maliar"]


@pytest.mark.parametrize("text, speaker", [
    # "Its General Staff" after a country's institution: that country's General Staff
    ("Ukraine's military did not comment on the claims. Its General Staff said Ukrainian units had repelled 64 "
     "Russian attacks near Pokrovsk.", "Ukrainian General Staff"),
    # no country named before it: the label as written
    ("The ministry did not comment. Its General Staff said Ukrainian units had repelled 64 Russian attacks near "
     "Pokrovsk.", "General Staff"),
])
def test_its_institution_is_that_of_the_country_named_before(text, speaker):
    assert _find(text)["speaker"].tolist() == [speaker]


def test_a_name_inside_the_subjects_relative_clause_is_not_the_speaker():
    text = ("A senior US defence official said on Monday that Ukrainian forces had recaptured 6,000 square "
            "kilometres. The official, who briefed reporters under Pentagon ground rules, said many Russian units "
            "had withdrawn across the Oskil river.")
    found = _find(text, published="2022-09-13")
    assert found["speaker"].tolist() == ["senior US defence official (unnamed)"] * 2
    assert {str(d.date()) for d in found["statement_date"]} == {"2022-09-12"}


@pytest.mark.parametrize("text, speaker", [
    # bare "Analysts" right after a think tank spoke are its analysts
    ("Russian forces will likely attack Toretsk, the Institute for the Study of War said in its latest report. "
     "Analysts noted that Russian troops had recently advanced in central Toretsk.",
     "Institute for the Study of War (ISW)"),
    # after a person or a ministry they are analysts
    ("Zelensky said Russian forces had attacked Toretsk. Analysts noted that Russian troops had recently advanced "
     "in central Toretsk.", "analysts"),
    ("Russia's defence ministry said its forces had attacked Toretsk. Analysts noted that Russian troops had "
     "recently advanced in central Toretsk.", "analysts"),
])
def test_bare_analysts_after_a_think_tank_are_its_analysts(text, speaker):
    assert _find(text)["speaker"].tolist()[-1] == speaker


def test_the_day_evidence_was_published_is_not_the_statement_day():
    found = _find("The institute said Russian troops had advanced in central Toretsk, according to geolocated "
                  "footage published on January 6.", published="2025-01-08")
    assert len(found) == 1 and pd.isna(found["statement_date"].iloc[0])
    said = _find("The institute said on January 6 that Russian troops had advanced in central Toretsk.",
                 published="2025-01-08")
    assert str(said["statement_date"].iloc[0].date()) == "2025-01-06"


@pytest.mark.parametrize("text", [
    "Ukrainian troops have held towns that many commentators had written off.",
    "Kyiv's brigades still hold villages which several experts said would fall within weeks.",
    "The army kept the bridgehead that most observers expected it to lose.",
])
def test_a_speaker_in_a_relative_clause_attributes_nothing(text):
    """The outlet's own voice: a speech verb in a relative clause about a noun is no attribution of the sentence."""
    assert _find(text).empty


def test_that_after_a_verb_or_a_noun_of_content_still_introduces_speech():
    found = _find("Syrskyi said that the town that Russian troops had encircled was still holding.")
    assert found["speaker"].tolist() == ["Oleksandr Syrskyi"]
    found = _find("Officials were confident that Ukrainian commanders said the line near Pokrovsk was holding.")
    assert found["speaker"].str.contains("commanders").tolist() == [True]


def test_a_comparison_with_a_sides_claim_is_no_claim_of_that_side():
    """"… gained far less ground than Moscow claims": scepticism, neither Moscow's claim nor a progress claim."""
    found = _find("Russian units were repelled near Lyman, the General Staff said on Monday, and the Russian "
                  "offensive has gained far less ground than Moscow claims.")
    assert found["speaker"].tolist() == ["Ukrainian General Staff"]
    assert found["claim_type"].iloc[0] != "progress"
    assert _find("Russia has taken far fewer villages this year than the Kremlin says.").empty
    # a speaker's own scepticism is still the speaker's claim
    own = _find("Syrskyi said Russia had gained far less ground than Moscow claims.")
    assert own["speaker"].tolist() == ["Oleksandr Syrskyi"]


@pytest.mark.parametrize("text", [
    "Ukraine's army said on Tuesday its troops had relocated to more favourable positions near Toretsk.",
    "The battalion commander said his unit had been rotated out of the line near Siversk.",
    "He said a fresh brigade had replaced his unit near Chasiv Yar, the officer told reporters.",
    "The company commander said his men were rotated out: \"We go, another battalion comes.\"",
    "The commander said a new brigade arrives in the sector tomorrow.",
])
def test_rotation_and_relocation_are_no_mobilisation(text):
    found = _find(text)
    assert len(found) == 1
    assert found["claim_type"].iloc[0] == "territory"


def test_mobilisation_proper_keeps_its_type():
    assert _find("Moscow has mobilised 300,000 reservists, Shoigu said.")["claim_type"].tolist() == ["mobilisation"]


def _article(title, *paragraphs):
    return claims.find(corpus.from_text("\n\n".join((title,) + paragraphs), published="2025-07-10", title=title))


def test_a_headline_question_answered_by_a_speaker_reads_the_question():
    found = _article("How near are Russian units to Kramatorsk? ISW says 20 kilometres",
                     "Russian troops were about 20 kilometres from Kramatorsk, the Institute for the Study of War "
                     "said on Friday.")
    head = found[found["headline"]]
    assert len(head) == 1 and head["speaker"].iloc[0] == "Institute for the Study of War (ISW)"
    assert head["text"].iloc[0].startswith("How near")


@pytest.mark.parametrize("title, body, speaker", [
    ("Kremlin says offensive goals remain the same",
     "Kremlin spokesman Dmitry Peskov said on Monday that the goals of the operation had not changed.", "Dmitry Peskov"),
    ("Pentagon: Russian troops stalled near Kupiansk",
     "Pentagon spokesman John Kirby said on Monday that Russian troops had stalled near Kupiansk.", "John Kirby"),
])
def test_a_headline_seat_of_power_is_the_bodys_spokesperson(title, body, speaker):
    found = _article(title, body)
    assert found[found["headline"]]["speaker"].tolist() == [speaker]


def test_an_adjective_of_country_before_claim_names_a_speaker():
    found = _article("Kyiv rejects Russian claim that Kupiansk has fallen",
                     "Russia's defence ministry said on Monday that its troops had captured Kupiansk. Ukraine's "
                     "military said its units still held the town's northern districts.")
    head = found[found["headline"]]
    assert sorted(head["speaker"]) == ["Russian Defence Ministry", "Ukrainian military"]


def test_killing_prisoners_is_an_allegation_not_a_claim():
    assert _find("Kyiv's prosecutors said on Monday that Russian troops had executed four prisoners of war near "
                 "Huliaipole.").empty
    taken = _find("Ukraine's army said its troops had killed 40 Russian soldiers and taken 12 prisoners near Lyman.")
    assert taken["speaker"].tolist() == ["Ukrainian military"]


def test_a_standfirsts_described_institution_is_the_bodys():
    found = _article("Russian assaults on Kupiansk slow down",
                     "Russian attacks have eased in the past week, according to the US-based institute",
                     "The Institute for the Study of War said on Friday that Russian attacks near Kupiansk had eased.")
    assert found["speaker"].tolist() == ["Institute for the Study of War (ISW)"] * 2


def test_a_headline_quoting_the_bodys_reported_words_is_that_speakers_claim():
    found = _article("Kyiv's 'slow progress' near Tokmak",
                     "Ukraine's General Staff said on Monday that its troops were making slow progress near Tokmak.")
    head = found[found["headline"]]
    assert head["speaker"].tolist() == ["Ukrainian General Staff"]
    # a quoted phrase the body does not report is no one's claim
    other = _article("Kyiv's 'long summer' near Tokmak",
                     "Ukraine's General Staff said on Monday that its troops were making slow progress near Tokmak.")
    assert not other["headline"].any()


def test_a_headline_seat_over_an_unnamed_official_of_its_country_is_that_official():
    found = _article("Pentagon says Russian troops have stalled near Kupiansk",
                     "A senior US defence official told reporters on Monday that Russian forces had stalled near "
                     "Kupiansk.")
    assert found["speaker"].tolist() == ["senior US defence official (unnamed)"] * 2
    other = _article("Pentagon says Russian troops have stalled near Kupiansk",
                     "A senior Russian official told reporters on Monday that Russian forces had stalled near Kupiansk.")
    assert other[other["headline"]]["speaker"].tolist() == ["US Department of Defense"]


def test_a_plural_cue_after_a_preposition_is_a_noun_not_a_speech_verb():
    assert _find("Peskov declined to comment on reports of a possible prisoner exchange.").empty
    assert _find("The ministry said nothing about claims of heavy losses near the town.").empty


def test_a_participle_takes_the_name_after_a_role_not_the_institution_before_it():
    found = _find("Pentagon spokesman Patrick Ryder declined to assess the operation, saying only that Ukraine's "
                  "forces were advancing slowly.")
    assert found["speaker"].tolist() == ["Patrick Ryder"]


def test_a_headline_clause_after_as_or_a_comma_has_its_own_speaker():
    found = _article("Bakhmut defenders hold on as Wagner claims it controls 70% of city",
                     "Wagner chief Yevgeny Prigozhin said on Wednesday that his fighters controlled about 70% of Bakhmut.")
    head = found[found["headline"]]
    assert head["speaker"].tolist() == ["Yevgeny Prigozhin"]
    # a clause after "as" with no stance verb is the outlet's narration
    other = _article("Bakhmut defenders hold on as Wagner fighters push into the centre",
                     "Wagner chief Yevgeny Prigozhin said on Wednesday that his fighters controlled about 70% of Bakhmut.")
    assert not other["headline"].any()


def test_a_role_before_a_headline_colon_is_the_bodys_person_introduced_far_before_the_name():
    found = _article("Commander: Russians are trying to infiltrate near Pokrovsk",
                     "The Russian army has changed its tactics and sends small groups of infantry, the commander of "
                     "the 7th Rapid Response Corps, Brigadier General Oleksandr Trepak, said on Wednesday.")
    assert found["speaker"].tolist() == ["Oleksandr Trepak"] * 2


def test_breaking_through_lines_and_a_frozen_conflict_are_the_wars_course():
    assert _find("Ukraine's army said its troops had broken through the Russian lines.")["claim_type"].tolist() \
        == ["territory"]
    assert _find("The foreign minister said that Ukraine would never accept a frozen conflict.")["claim_type"] \
        .tolist() == ["negotiations"]
    assert _find("The coach said his team had broken through the defence of the champions.").empty


def test_a_claim_denied_at_the_sentences_end_is_also_the_denying_sides():
    found = _find("A Russian military blogger wrote that assault units had reached the railway station, a claim "
                  "Ukraine's military denied.")
    assert sorted(found["speaker"]) == ["Russian military blogger", "Ukrainian military"]
    # a relative clause with another verb is no denial
    other = _find("Zelensky said Russia had lost 500 soldiers near the town which the army had defended.")
    assert other["speaker"].tolist() == ["Volodymyr Zelensky"]


def test_a_headline_capital_is_not_matched_to_the_same_capital_spoken_of_in_a_body_claim():
    found = _article("Kyiv reports gains near Robotyne",
                     "A spokesman for the southern forces, Oleksandr Petrenko, said on Tuesday that troops had made gains "
                     "near Robotyne.",
                     "He also said that Kyiv had asked its partners for more shells to keep up the pace of the advance.")
    head = found[found["headline"]]
    assert head["speaker"].tolist() == ["Oleksandr Petrenko"]


def test_a_prisoner_exchange_is_no_loss_and_no_claim():
    assert _find("The negotiator said the two sides had agreed to exchange 500 wounded prisoners.").empty
    assert _find("Kyiv has said it hopes to swap the captured fighters for Russian prisoners of war.").empty
    # prisoners taken in battle still are
    assert not _find("The general said his troops had taken 200 Russian soldiers prisoner.").empty


def test_a_headline_governor_or_deputy_minister_is_the_body_person_introduced_with_that_office():
    found = _article("Russian governor says situation 'difficult' in border district",
                     "Ivan Petrov, the acting governor of the Belgorod region, said on Monday that the situation was "
                     "\"difficult\" and that Ukrainian troops had pushed into two villages.")
    assert found["speaker"].tolist() == ["Ivan Petrov"] * 2
    inverted = _article("Ukrainian forces retake village in south, deputy minister says",
                        "Ukrainian forces have recaptured the village of Rivne, Deputy Defence Minister Anna Koval said "
                        "on Tuesday.")
    assert inverted["speaker"].tolist() == ["Anna Koval"] * 2


def test_a_headline_role_with_one_country_is_not_the_other_countrys_person_with_that_role():
    found = _article("Ukrainian delegation head says Russian terms are an 'ultimatum'",
                     "Ivan Sidorov, who led the Russian delegation, said Moscow wanted Kyiv to withdraw its troops from "
                     "four regions.",
                     "Petro Bondar, who headed Kyiv's delegation, said the Russian terms amounted to an ultimatum.")
    head = found[found["headline"]]
    assert head["speaker"].tolist() == ["Petro Bondar"]


def test_a_headline_country_with_no_table_speaker_in_the_body_still_speaks():
    found = _article("Moscow demands Kyiv withdraw from four regions",
                     "Ivan Sidorov, who led the Russian delegation, said Moscow demanded that Kyiv withdraw its troops "
                     "from four regions before any ceasefire.")
    head = found[found["headline"]]
    assert head["speaker"].tolist() == ["Ivan Sidorov"]
    calls = _article("Russia calls pullback from Izium a 'regrouping'",
                     "Russia's defence ministry said it had decided to regroup its forces from the Izium area.")
    assert calls[calls["headline"]]["speaker"].tolist() == ["Russian Defence Ministry"]


def test_a_headline_clause_with_no_war_word_restating_its_speakers_body_claim_is_a_claim():
    found = _article("Zelensky says the ball is now in Russia's court",
                     "Volodymyr Zelensky said on Tuesday that Ukraine was ready to accept a 30-day ceasefire and that "
                     "the ball was now in Moscow's court.")
    assert found["headline"].tolist() == [True, False]
    # the speaker's headline words on something the body's war claim does not say stay out
    other = _article("Zelensky says he will attend the summit in Rome",
                     "Volodymyr Zelensky said on Tuesday that Ukraine was ready to accept a 30-day ceasefire.")
    assert other["headline"].tolist() == [False]


def test_mobilisation_beside_an_industry_word_is_still_the_call_up():
    found = _find("The institute said Moscow's mobilisation would not produce combat-ready units for months.")
    assert found["claim_type"].tolist() == ["mobilisation"]
    assert _find("The minister said the factory would produce 100,000 drones for the troops this year.").empty


def test_headline_role_synonyms_are_rows_a_journalist_extends(tmp_path):
    title = "Separatist envoy says Russian troops will hold the corridor"
    body = "Ivan Sidorov, the separatist republic's special representative, said on Monday that Russian troops would hold the corridor."
    def head():
        found = _article(title, body)
        return found[found["headline"]]["speaker"].tolist()
    assert head() != ["Ivan Sidorov"]
    (tmp_path / "claim_words.csv").write_text("group,word,note\nrole_synonym,envoy representative,\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert head() == ["Ivan Sidorov"]
    finally:
        vocab.use(None)


def test_a_second_headline_speaker_opening_its_clause_after_a_semicolon_says_only_what_follows():
    found = _article("Kyiv says Russian push on Pokrovsk stalled; Trump says he is 'disappointed' in Putin",
                     "Ukraine's commander-in-chief, Oleksandr Syrskyi, said Russian forces had failed to break through "
                     "near Pokrovsk.",
                     "Donald Trump said he was \"very disappointed\" in Vladimir Putin but announced no new sanctions.")
    head = found[found["headline"]]
    assert head["speaker"].tolist() == ["Oleksandr Syrskyi"]


def test_an_inverted_headline_country_is_the_body_speaker_of_the_words_before_it():
    found = _article("Avdiivka holds as Russia loses dozens of tanks, Kyiv says",
                     "Russian forces have lost more than 100 tanks near Avdiivka, a spokesman for the Tavria group, "
                     "Petro Lysenko, said on Wednesday.",
                     "Volodymyr Zelensky said in his nightly address that the defenders of Avdiivka were holding on.")
    assert found[found["headline"]]["speaker"].tolist() == ["Petro Lysenko"]


def test_a_headline_role_with_a_modifier_before_it_is_a_subject():
    found = _article("Ukraine's army chief wants more drones and fewer trenches",
                     "Oleksandr Syrskyi said on Wednesday that the army's priority was to stabilise the front and wear "
                     "down Russian forces with drones.")
    assert found["headline"].tolist() == [True, False]
    assert found["speaker"].tolist() == ["Oleksandr Syrskyi"] * 2


def test_a_buffer_zone_is_a_territorial_goal_and_speaks_of_a_headline_verb():
    found = _article("Kremlin speaks of 'buffer zone' in Kharkiv region",
                     "Kremlin spokesman Dmitry Peskov said on Friday that the aim of the offensive was to create a "
                     "buffer zone along the border.")
    assert found["headline"].tolist() == [True, False]


@pytest.mark.parametrize("text, speaker", [
    ("TASS, citing the defence ministry, reported that Russian forces had taken the village.", "Russian Defence Ministry"),
    ("TASS reported, citing the defence ministry, that Russian forces had taken the village.", "Russian Defence Ministry"),
    ("Citing Ukraine's General Staff, Reuters reported that Russian troops had lost 1,000 soldiers.",
     "Ukrainian General Staff"),
    ("Russian troops have entered Pokrovsk, the Daily Courier reported, citing Ukraine's General Staff.",
     "Ukrainian General Staff"),
    # a vague source leaves the outlet speaking
    ("Citing military sources, Reuters reported that Russian troops had reached the outskirts of Pokrovsk.", "Reuters"),
    ("Russian troops have entered Pokrovsk, the Daily Courier reported, citing unnamed Ukrainian officials.",
     "Daily Courier"),
    ("Russian forces have taken the village of Krasne, RIA Novosti reported, quoting the defence ministry.",
     "Russian Defence Ministry"),
])
def test_a_conduit_citing_or_quoting_a_source_anywhere_in_its_clause_passes_the_sources_words(text, speaker):
    assert _find(text)["speaker"].tolist() == [speaker]


def test_a_speaker_citing_evidence_still_speaks():
    assert _find("Budanov said the enemy had lost 500 soldiers, citing intercepted communications.")["speaker"] \
        .tolist() == ["Kyrylo Budanov"]


def test_an_institution_written_without_its_country_takes_the_country_of_the_institution_before_it():
    found = _find("Ukraine's military said its forces had liberated several villages. The southern command said in a "
                  "statement that troops had advanced 20 kilometres.")
    assert found["speaker"].tolist() == ["Ukrainian military", "Ukrainian Southern Command"]
    assert _find("The southern command said in a statement that troops had advanced 20 kilometres.")["speaker"] \
        .tolist() == ["southern command"]


def test_a_headline_institution_silent_in_the_body_is_its_countrys_body_speaker_of_the_same_words():
    found = _article("Kremlin speaks of 'buffer zone' in Kharkiv region",
                     "Vladimir Putin said on Friday that the aim of the offensive was to create a buffer zone along the "
                     "border.")
    assert found["speaker"].tolist() == ["Vladimir Putin"] * 2
    # the institution speaking in the body keeps its own label
    kept = _article("Kremlin says offensive going to plan",
                    "The Kremlin said on Friday that the offensive was going according to plan.")
    assert kept["speaker"].tolist() == ["Kremlin"] * 2


def test_an_aside_speaker_reads_the_words_after_its_own_relative_pronoun():
    """'… villages which several experts said …': the first word after 'which' is read where it stands, not at the
    same offset counted from the article's start (a word there ending in '-ed', 'Armed', once passed the
    speaker's own relative clause test and kept the aside as a claim)."""
    from types import SimpleNamespace
    from saidvsdone.claims import _aside_speaker
    sentence_text = ("Ukrainian troops in the far east of the country recaptured on Sunday the villages which several experts "
                     "said Russia had taken in the spring, the general staff said.")
    text = "x" * 80 + "Armed men. " + sentence_text
    s_start = text.index("Ukrainian")
    speaker_start = text.index("several experts")
    cue_start = text.index("said", speaker_start)
    act = SimpleNamespace(speaker=SimpleNamespace(start=speaker_start), cue=SimpleNamespace(start=cue_start))
    sentence = SimpleNamespace(start=s_start, end=len(text))
    assert speaker_start - max(s_start, speaker_start - 80) == 80  # the slice offset points at "Armed"
    assert _aside_speaker(SimpleNamespace(text=text), sentence, act) is True


def test_a_live_blogs_post_titles_and_bullets_are_headline_claims():
    """A body line in headline style (one sentence of 4 to 20 words, no closing full stop, more text after it: a live
    blog's key-event bullets and post titles, a sub-heading) is flagged headline and its subject read as a headline's."""
    text = ("War live: markets calm\n\nKey events\nUkraine's army chief says his troops hold the whole ridge\n"
            "Syrskyi: the city will not be surrendered\nNato chief warns Russian troops could take the town \u201cin days\u201d\n\n"
            "Fri 8 Mar 2024 12.20 GMT\n\nOleksandr Syrskyi, Ukraine's army chief, said on Wednesday the troops held the "
            "ridge and would not give up the city. Jens Stoltenberg, the Nato chief, said the town could fall within "
            "days.")
    found = claims.find(corpus.from_text(text, published="2024-03-08", title="War live: markets calm"))
    heads = found[found["headline"]]
    assert heads["text"].tolist() == ["Ukraine's army chief says his troops hold the whole ridge",
                                      "Syrskyi: the city will not be surrendered",
                                      "Nato chief warns Russian troops could take the town \u201cin days\u201d"]
    assert heads["speaker"].tolist() == ["Oleksandr Syrskyi", "Oleksandr Syrskyi", "Jens Stoltenberg"]
    assert not found[~found["headline"]]["text"].str.contains("army chief says").any()
    # a body sentence with its full stop, and a last line with none (it may be cut off), stay body claims
    body = _find("Key events\n\nSyrskyi said the troops held the ridge.\n\nSyrskyi said the troops held the city")
    assert body["headline"].tolist() == [False, False]


def test_a_related_link_rubric_is_nobody_it_may_stand_for():
    """ "Related: …" is the outlet's furniture (a rubric of data/claim_words.csv), so "It said" below the ministry's
    statement is the ministry's, not "Related"'s."""
    text = ("Fighting goes on in the east\n\nThe day began quietly.\n\nRelated: Wagner says shells are short\n\n"
            "Britain's defence ministry said in its update that Ukrainian forces had destroyed a bridge. It said Wagner "
            "forces had probably seized most of the eastern district.")
    assert _find(text)["speaker"].tolist() == ["UK Defence Intelligence"] * 2


def test_it_after_a_post_posed_verb_is_the_institution_that_spoke_before_not_the_army_in_its_words():
    found = _find("Units of the southern group improved their positions, the Russian Defense Ministry said. The "
                  "Ukrainian army's losses in that area amounted to over 1,600 troops, it said.")
    assert found["speaker"].tolist() == ["Russian Defence Ministry"] * 2


def test_a_headline_country_is_not_a_body_spokeswoman_of_its_foreign_ministry_when_its_ministry_speaks():
    text = ("Blog: the day at the front\n\nKey events\n\nRussia says it repelled six Ukrainian attacks in the south\n\n"
            "Russia's defence ministry said its forces had repelled six Ukrainian attacks in the south. Russia's "
            "foreign ministry spokeswoman Maria Zakharova said the West was prolonging the conflict.")
    found = claims.find(corpus.from_text(text, title="Blog: the day at the front"))
    heads = found[found["headline"]]
    assert heads["speaker"].tolist() == ["Russian Defence Ministry"]


@pytest.mark.parametrize("sentence", [
    "The minister said the town could fall within days.",
    "He said his men were preparing to storm the western districts.",
    "The president said his commanders had agreed to keep defending Bakhmut.",
    "The ministry added that the positions in the west remained vulnerable to being outflanked.",
    "Several bloggers said the marines had dug in near the village.",
    "He also said the enemy is accumulating forces near Vasylivka.",
    "Voloshyn said the enemy may try to attack in larger groups in the coming weeks, when the vegetation will provide "
    "cover.",
])
def test_war_course_words_of_real_copy_outside_the_old_lexicon(sentence):
    assert len(_find(sentence)) == 1, sentence


@pytest.mark.parametrize("sentence", [
    "The forecaster said a storm would hit the town on Friday.",
    "Analysts said share prices fell sharply in the city.",
])
def test_look_alikes_of_the_new_lexicon_rows_are_no_claims(sentence):
    assert _find(sentence).empty, sentence


def test_an_unnamed_group_opening_a_sentence_is_labelled_in_lower_case():
    assert _find("Military analysts say the offensive has stalled near the town.")["speaker"].tolist() == \
        ["military analysts"]
    assert _find("Analysts say the offensive has stalled near the town.")["speaker"].tolist() == ["analysts"]
    # proper adjectives keep their capital
    assert _find("Western officials said the offensive has stalled near the town.")["speaker"].tolist() == \
        ["Western officials"]
    assert _find("Russian military bloggers said the offensive has stalled.")["speaker"].tolist() == \
        ["Russian military bloggers"]


def test_according_to_two_unnamed_groups_gives_each_the_whole_clause():
    found = _find("Ukrainian forces have established footholds on the eastern bank of the river, according to "
                  "Ukrainian officials and Russian military bloggers, in what could be the first sustained crossing.")
    assert sorted(found["speaker"]) == ["Russian military bloggers", "Ukrainian officials"]


def test_people_familiar_with_the_discussions_are_a_source():
    found = _find("According to people familiar with the discussions, Russia wants Ukraine to withdraw from the rest "
                  "of the Donetsk region.")
    assert found["speaker"].tolist() == ["people familiar with the discussions"]


def test_a_demand_the_other_side_rejected_is_its_claim_too():
    found = _find("The envoy said Russia demands that Ukraine withdraw from the rest of the Donetsk region, a demand "
                  "Kyiv has repeatedly rejected.")
    assert "Ukrainian government (Kyiv)" in found["speaker"].tolist()


def test_a_dateline_with_a_colon_is_no_speaker():
    found = _find("Fighting in the east\n\nKyiv: Ukraine's army chief Oleksandr Syrskyi has announced the withdrawal of "
                  "troops from the town, saying the move was made to avoid encirclement.")
    assert found["speaker"].tolist() == ["Oleksandr Syrskyi"]
    assert _find("Fighting in the east\n\nMoscow: Russian troops have taken the village of Pervomaiske.").empty


def test_a_statement_a_participle_names_is_no_second_speaker():
    found = _find("In a statement posted on Telegram early on Saturday, Syrskyi said that the troops had moved to "
                  "\u201cmore favourable lines\u201d.")
    assert found["speaker"].tolist() == ["Oleksandr Syrskyi"]


def test_a_caption_credit_is_no_speaker():
    assert _find("Fighting in the east\n\nImage Source : AP Ukrainian servicemen advanced near Avdiivka (File photo)"
                 "\n\nThe day was quiet.").empty


def test_the_spokesman_is_the_person_introduced_with_that_role_in_agency_style():
    """Agency copy writes the role, the body and the name with no comma ("the spokesman of the Southern Defense Forces
    Vladyslav Voloshyn"): "The spokesman noted" is that person, and "Voloshyn" is not "Forces Vladyslav Voloshyn"."""
    found = _find("Russian troops have stepped up assaults near the town. This was stated by the spokesman of the "
                  "Southern Defense Forces Vladyslav Voloshyn during the telethon. The spokesman noted that the "
                  "occupiers have lost over 400 servicemen. \u201cWe hold,\u201d Voloshyn said. At the same time, "
                  "Voloshyn stressed that the front remains stable.")
    assert set(found["speaker"]) == {"Vladyslav Voloshyn"}
    assert _find("The spokesman noted that the occupiers have lost over 400 servicemen.")["speaker"].tolist() == \
        ["spokesman (unnamed)"]


def test_the_ministry_after_an_institution_the_layer_left_unnamed_is_that_institution():
    found = _find("Britain's defence ministry said Ukrainian forces had destroyed a bridge. The ministry added that "
                  "Ukrainian positions remained vulnerable to being outflanked.")
    assert found["speaker"].tolist() == ["UK Defence Intelligence"] * 2


def test_key_development_bullets_stay_apart_and_are_headline_claims():
    """A block of bullets ("• Russia claims …") with no full stops is a list, not a hard-wrapped paragraph: each bullet
    stays its own line and is read as a headline."""
    text = ("War latest: fighting in the east\n\nKey developments on Jan. 27:\n\n"
            "• Russia claims capture of Velyka Novosilka in Donetsk Oblast\n"
            "• Syrskyi says Russia lost over 48,000 troops in January\n"
            "• Zelensky: Ukraine will not accept any deal that freezes the war\n\n"
            "Russia's Defense Ministry claimed on Jan. 26 that its forces had captured Velyka Novosilka. Oleksandr "
            "Syrskyi said on Jan. 27 that Russian forces had lost more than 48,000 troops in January. Volodymyr Zelensky "
            "said Ukraine would not accept any deal that freezes the war.")
    found = claims.find(corpus.from_text(text, published="2025-01-28", title="War latest: fighting in the east"))
    heads = found[found["headline"]]
    assert heads["speaker"].tolist() == ["Russian Defence Ministry", "Oleksandr Syrskyi", "Volodymyr Zelensky"]
    assert all("\u2022" not in t[1:] for t in heads["text"])


def test_a_weapons_delivery_is_aid_not_the_war_course():
    assert _find("Germany said it would deliver four more IRIS-T air defence systems by the end of the year.").empty


def test_a_wire_ledes_unnamed_spokesman_is_the_person_the_next_paragraph_names_with_that_role():
    text = ("KYIV, Nov 21 (Reuters) - Russian troops have pushed into the outskirts of Kurakhove, a Ukrainian military "
            "spokesman said on Thursday.\n\nVadym Lysenko, spokesman for the Khortytsia group of forces, said Russian "
            "units had entered several streets.")
    assert _find(text, published="2024-11-21")["speaker"].tolist() == ["Vadym Lysenko"] * 2
    # nobody named after it, or a person who spoke before it: the unnamed spokesman stays
    alone = "Russian troops have pushed into the outskirts of Kurakhove, a Ukrainian military spokesman said."
    assert _find(alone)["speaker"].tolist() == ["Ukrainian military spokesman (unnamed)"]
    after = ("Syrskyi said troops held the line. Russian troops have pushed into the outskirts of Kurakhove, a Ukrainian "
             "military spokesman said.\n\nVadym Lysenko, spokesman for the Khortytsia group of forces, said Russian "
             "units had entered several streets.")
    assert _find(after)["speaker"].tolist()[1] == "Ukrainian military spokesman (unnamed)"


@pytest.mark.parametrize("title, body, speaker", [
    ("Air force says it downed drones",
     "Ukraine's air force said on Tuesday it had shot down 30 of 35 drones launched by Russia overnight.",
     "Ukrainian Air Force"),
    ("General Staff reports heavy fighting near Pokrovsk",
     "The General Staff of Ukraine's armed forces said on Tuesday there had been 150 clashes near Pokrovsk.",
     "Ukrainian General Staff"),
    ("Southern command says Russian boats destroyed",
     "Ukraine's southern command said on Tuesday its forces had destroyed five Russian boats near the islands.",
     "Ukrainian Southern Command"),
])
def test_a_headline_institution_in_lower_case_is_the_body_institution(title, body, speaker):
    found = claims.find(corpus.from_text(f"{title}\n\n{body}", title=title, published="2024-11-12"))
    assert found["speaker"].tolist() == [speaker, speaker]


def test_in_what_a_group_said_was_labels_the_group_only():
    found = _find("Russian troops pulled back from the bridgehead, in what military analysts said was a sign that the "
                  "offensive had stalled.")
    assert found["speaker"].tolist() == ["military analysts"]


def test_several_of_them_are_the_group_that_opens_the_sentence_before():
    found = _find("Natalia Humeniuk said operations were under way. Russian military bloggers, who often have close ties "
                  "to units on the ground, have been less discreet. Several of them said Ukrainian marines had dug in "
                  "near the village of Krynky.")
    assert found["speaker"].tolist() == ["Natalia Humeniuk", "Russian military bloggers"]
    # no group before: nobody
    assert _find("Natalia Humeniuk said operations were under way. Several of them said Ukrainian marines had dug in "
                 "near the village.")["speaker"].tolist() == ["Natalia Humeniuk"]


def test_soldiers_defending_a_town_say():
    found = _find("Ukrainian soldiers defending the eastern town of Toretsk say Russian forces are attacking in "
                  "ever-larger numbers and now control part of its northern districts.")
    assert found["speaker"].tolist() == ["Ukrainian soldiers"]
    # the participle inside what someone says is no subject's
    assert _find("The ministry said troops defending the city had repelled ten attacks.")["speaker"].tolist() == \
        ["ministry"]


def test_a_participle_opening_the_sentence_is_no_speaker():
    text = ("\u201cEvery day is harder,\u201d said Mykola, a 41-year-old platoon commander.\n\nInterviewed by AFP in "
            "Druzhkivka, where his unit rests between rotations, Mykola said that Russian troops had brought in fresh "
            "marine units in the past fortnight.")
    assert _find(text)["speaker"].tolist() == ["Mykola"]


def test_a_delegation_led_by_someone_demands():
    found = _find("Russia's delegation, led by the presidential aide Vladimir Medinsky, demanded that Ukraine withdraw "
                  "from the four regions before any ceasefire.")
    assert found["speaker"].tolist() == ["Russian delegation"]  # (rule 3, sk31: the stress gold writes it so)
