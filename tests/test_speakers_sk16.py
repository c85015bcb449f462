"""Who said it, round 9 follow-ups (sk16, issue 13): the article's own holder of an office over the tables' holder,
a spokesman relaying another's report, a blogger's pen name, a possessive person as the pronoun's antecedent.
Every sentence is invented for these tests."""

from __future__ import annotations

from saidvsdone import claims, corpus, quotes


def _quotes(text: str, published: str = "2025-10-08"):
    return quotes.extract(corpus.from_text(text, published=published))


def speaker_of(text: str, words: str, published: str = "2025-10-08") -> str:
    table = _quotes(text, published)
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


def claim_speaker(text: str, words: str, published: str = "2025-10-08") -> str:
    table = claims.find(corpus.from_text(text, published=published))
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


# --- 1. the article's own holder of an office, titled with it, over the tables' holder ---------------------------

def test_a_lede_office_goes_to_the_person_the_article_titles_with_it():
    text = ("Russia says it took 300 villages\n\n"
            "MOSCOW — The Russian president said on Tuesday that his forces had taken 300 villages this year.\n\n"
            "The road out of the town runs between flooded fields.\n\n"
            "Speaking at a meeting alongside Defence Minister Pavlo Hrytsak and other officials, Russian President "
            "Taras Levko said the army held the initiative along the whole front.")
    assert claim_speaker(text, "300 villages this year") == "Taras Levko"


def test_a_lede_office_with_nobody_titled_so_keeps_the_tables_holder():
    text = ("Russia says it took 300 villages\n\n"
            "MOSCOW — The Russian president said on Tuesday that his forces had taken 300 villages this year.\n\n"
            "The road out of the town runs between flooded fields.\n\n"
            "Speaking at a meeting alongside Defence Minister Pavlo Hrytsak and other officials, the army chief "
            "Taras Levko said the army held the initiative along the whole front.")
    assert claim_speaker(text, "300 villages this year") == "Vladimir Putin"


def test_another_countrys_president_titled_in_the_article_does_not_take_the_office():
    text = ("Russia says it took 300 villages\n\n"
            "MOSCOW — The Russian president said on Tuesday that his forces had taken 300 villages this year.\n\n"
            "The road out of the town runs between flooded fields.\n\n"
            "In Minsk, Belarusian President Taras Levko said the army of his neighbour held the initiative along the front.")
    assert claim_speaker(text, "300 villages this year") == "Vladimir Putin"


# --- 2. a spokesman relaying another's report: the one the sentence attributes it to ------------------------------

def test_a_spokeswoman_relaying_the_commanders_report_is_the_claimant():
    text = ("A spokeswoman for the Ukrainian president, Oksana Dovhal, said Syrskyi had reported that Russian troops "
            "had failed to cut the roads to Kostiantynivka.")
    assert claim_speaker(text, "failed to cut the roads") == "Oksana Dovhal"


def test_the_commanders_own_report_stays_his():
    text = ("A spokeswoman for the Ukrainian president, Oksana Dovhal, spoke on Tuesday.\n\n"
            "Syrskyi reported that Russian troops had failed to cut the roads to Kostiantynivka.")
    assert claim_speaker(text, "failed to cut the roads") == "Oleksandr Syrskyi"


# --- 3. a blogger's pen name as his label ---------------------------------------------------------------------

def test_a_bloggers_pen_name_is_his_label():
    text = ("A pro-Kremlin military blogger who writes under the name Frontovik Zapad said on Telegram that Russian "
            "losses near Huliaipole had been heavy.\n\n"
            "“Our men are advancing, but every field costs us dearly,” the blogger wrote.")
    assert claim_speaker(text, "losses near Huliaipole") == "Frontovik Zapad"
    assert speaker_of(text, "every field costs us") == "Frontovik Zapad"


def test_a_blogger_who_blogs_as_a_pen_name():
    text = ("A Russian military blogger, who blogs as Severny Veter, wrote on Telegram that Ukrainian troops had "
            "pulled back from two villages near Kupiansk.")
    assert claim_speaker(text, "pulled back from two villages") == "Severny Veter"


def test_a_blogger_without_a_pen_name_stays_unnamed():
    text = ("A pro-Kremlin military blogger said on Telegram that Russian losses near Huliaipole had been heavy.")
    assert "Frontovik" not in claim_speaker(text, "losses near Huliaipole")


# --- 4. a possessive person just before the pronoun --------------------------------------------------------------

def test_he_after_a_possessive_person_is_that_person():
    text = ("Captain Ivan Tkachenko commands the second company of the brigade.\n\n"
            "Oleksandr Syrskyi, the commander-in-chief, said on Monday that the bridgehead would be held. "
            "On October 7 last year, the day the dam burst, Tkachenko's men dug in on the riverbank.\n\n"
            "“We slept in the mud for a week and nobody complained,” he recalls.")
    assert speaker_of(text, "slept in the mud") == "Ivan Tkachenko"


def test_he_after_no_possessive_keeps_the_last_subject():
    text = ("Captain Ivan Tkachenko commands the second company of the brigade.\n\n"
            "Oleksandr Syrskyi, the commander-in-chief, said on Monday that the bridgehead would be held. "
            "On October 7 last year, the day the dam burst, the men dug in on the riverbank.\n\n"
            "“We slept in the mud for a week and nobody complained,” he recalls.")
    assert speaker_of(text, "slept in the mud") == "Oleksandr Syrskyi"


# --- 1b. a title's country right before a name ----------------------------------------------------------------------

def test_the_us_president_is_not_the_russian_president_titled_in_the_same_sentence():
    text = ("MOSCOW, March 13 (Reuters) - President Graham Halvorsen has asked Russian President Ostap Harchuk to "
            "spare thousands of Ukrainian troops that he says are surrounded.\n\n"
            "Halvorsen's appeal comes as he has worked to broker a ceasefire.\n\n"
            "Along the main street, shop windows are covered with plywood.\n\n"
            "“Thousands of troops are surrounded and in a very bad position,” the US president wrote.")
    assert speaker_of(text, "very bad position", "2026-03-13") == "Graham Halvorsen"


def test_the_russian_president_is_the_one_titled_russian():
    text = ("MOSCOW, March 13 (Reuters) - President Graham Halvorsen has asked Russian President Ostap Harchuk to "
            "spare thousands of Ukrainian troops that he says are surrounded.\n\n"
            "Halvorsen's appeal comes as he has worked to broker a ceasefire.\n\n"
            "Along the main street, shop windows are covered with plywood.\n\n"
            "“We will consider the request,” the Russian president said.")
    assert speaker_of(text, "consider the request", "2026-03-13") == "Ostap Harchuk"
