"""Claims on unseen copy (cl24). Recall: a speech participle after "quoted X as" ("as telling officers that …",
"as warning that …") is the quoted person's, not the medium's; a body's noun phrase "of" a country's possessive place
("the governor's office of Russia's Kursk region said") can speak; a relative named by a possessive and a family noun
("My brother, who serves near X, says …"); where a fleet keeps its ships is a territory topic, also when the fleet is
named ("the Black Sea Fleet"). Agreement: a report noun its subject heard gives a quote no speaker, as it gives no
claim. Sentences invented."""

import pandas as pd
import pytest

from saidvsdone import claims, corpus, document, quotes
from saidvsdone.claims._voices import sentence_topics


def _rows(text: str, published: str = "2025-03-12") -> pd.DataFrame:
    return claims.find(corpus.from_text(text, published=published))


def _topics_of(text: str) -> list[str]:
    doc = next(document.documents(corpus.from_text(text, published="2025-03-12")))
    return sentence_topics(doc, doc.sentences[0])


# ---------------------------------------------------------------------------------------------------------------
# "quoted X as <participle>": the one quoted speaks, whatever the participle


@pytest.mark.parametrize("text, speaker", [
    ("Interfax quoted Shoigu as telling officers that Russian troops had taken two villages near Kupiansk.",
     "Sergei Shoigu"),
    ("The author quotes Valerii Zaluzhnyi as telling his staff in March 2023 that the brigades had pulled back.",
     "Valerii Zaluzhnyi"),
    ("RIA quoted Gerasimov as assuring the commanders that the offensive near Kupiansk was going to plan.",
     "Valery Gerasimov"),
])
def test_quoted_as_any_participle_is_the_quoted_persons(text, speaker):
    rows = _rows(text)
    assert rows["speaker"].tolist() == [speaker]


def test_quoted_as_saying_still_the_quoted_persons():
    rows = _rows("TASS quoted Shoigu as saying that Russian forces had advanced near Avdiivka.")
    assert rows["speaker"].tolist() == ["Sergei Shoigu"]


# ---------------------------------------------------------------------------------------------------------------
# A body "of" a country's possessive place


@pytest.mark.parametrize("text, written", [
    ("The governor's office of Russia's Belgorod region said on Monday that Ukrainian drones had hit two border "
     "villages and that troops had repelled a raid.", "governor's office of Russia's Belgorod region"),
    ("The press service of Ukraine's Sumy region said Russian troops had tried to cross the border twice.",
     "press service of Ukraine's Sumy region"),
])
def test_body_of_a_countrys_place_speaks(text, written):
    rows = _rows(text)
    assert len(rows) == 1
    assert rows.iloc[0]["speaker_as_written"].endswith(written)


def test_people_of_a_countrys_place_are_still_no_body():
    # "residents" is no head that speaks for a side: no claim is read from them by this rule
    assert _rows("Residents of Russia's Belgorod region said Ukrainian drones had hit a depot.").empty


# ---------------------------------------------------------------------------------------------------------------
# A relative named by a possessive and a family noun


@pytest.mark.parametrize("text", [
    "My brother, who serves with a mortar crew near Kupiansk, says the Russian assaults have slowed since May.",
    "Her son says Russian troops have advanced two kilometres near his position.",
    "His father told him that Russian troops had advanced near Siversk.",
])
def test_a_relative_speaks(text):
    rows = _rows(text)
    assert len(rows) == 1
    assert rows.iloc[0]["attribution"] == "unnamed source"


def test_a_relative_off_topic_is_no_claim():
    assert _rows("Her husband said the dinner had gone cold.").empty


# ---------------------------------------------------------------------------------------------------------------
# Where a fleet keeps its ships


@pytest.mark.parametrize("text", [
    "The navy said most of the fleet now keeps to ports in the east.",
    "The navy said the Black Sea Fleet now keeps to ports far to the east.",
    "The spokesman said the Northern Fleet's warships shelter in the bay near the base.",
])
def test_where_a_fleet_keeps_is_territory(text):
    rows = _rows(text)
    assert len(rows) == 1
    assert "territory" in rows.iloc[0]["topics"].split("|")


def test_merchant_ships_keeping_to_waters_are_no_topic():
    assert _rows("Brokers said grain ships kept to Romanian waters.").empty


def test_a_names_inner_word_is_still_no_topic():
    # "Sea" inside "the Black Sea Fleet" opens no phrase; the name's head does only with words outside the name
    assert "territory" not in _topics_of("The Black Sea Fleet Museum opened a new hall.")


# ---------------------------------------------------------------------------------------------------------------
# Quotes and claims agree on a report noun heard


@pytest.mark.parametrize("text", [
    'Shoigu heard reports that the army had "liberated" two villages near Kupiansk.',
    'The defence minister listened to reports that the brigades were "holding every metre" near Toretsk.',
])
def test_a_heard_report_gives_no_quote_its_hearer(text):
    article = corpus.from_text(text, published="2025-03-12")
    found = quotes.extract(article)
    assert len(found) == 1
    assert found.iloc[0]["speaker"] in ("", None) or pd.isna(found.iloc[0]["speaker"])
    assert claims.find(article).empty  # (and no claim is the hearer's either)


def test_a_heard_report_from_named_reporters_keeps_them():
    article = corpus.from_text('The president heard reports from the commanders that the troops were "advancing on '
                               'every front" near Pokrovsk.', published="2025-03-12")
    assert quotes.extract(article)["speaker"].tolist() == ["commanders"]


# ---------------------------------------------------------------------------------------------------------------
# A speech verb in a relative clause on its own object, with nothing after it: a back-reference, no statement


@pytest.mark.parametrize("text", [
    "He did not dwell on the losses the general had described.",
    "Glide bombs, which the air force counts separately, are left out of the tally.",
    "The brigade gave no figure for the ground the ministry had claimed.",
])
def test_a_relative_on_its_object_reports_nothing(text):
    assert _rows(text).empty


@pytest.mark.parametrize("text", [
    "Russian forces took Avdiivka, which the ministry announced on Saturday.",
    "Russia has lost 500 tanks since May, as the ministry reported.",
    "Russia has lost 500 tanks since May, the ministry said.",
    "The general said the losses the brigade had suffered near Toretsk were heavy.",
])
def test_a_clause_restated_or_reported_still_speaks(text):
    assert len(_rows(text)) >= 1


# ---------------------------------------------------------------------------------------------------------------
# A relayer's attribution closing the sentence: each voice a row of its own


@pytest.mark.parametrize("text, relayer", [
    ("The agency estimated that about 9,000 North Korean troops were now in Russia, Rep. John Harlow of the defence "
     "committee told reporters after the briefing.", "John Harlow"),
    ("Putin said Russian troops had taken Soledar, Peskov told reporters on Friday.", "Dmitry Peskov"),
])
def test_a_closing_relayer_is_a_second_row(text, relayer):
    rows = _rows(text)
    assert len(rows) == 2
    assert relayer in rows["speaker"].tolist()


def test_a_closing_pronoun_is_the_same_speaker():
    rows = _rows("Zelensky said Russia had lost 500 tanks near Vuhledar, he told reporters.")
    assert rows["speaker"].tolist() == ["Volodymyr Zelensky"]


def test_a_voice_inside_the_clause_is_still_nested():
    rows = _rows("Zelensky said that the General Staff had reported the loss of two villages near Pokrovsk.")
    assert rows["speaker"].tolist() == ["Volodymyr Zelensky"]


def test_a_closing_relayer_takes_the_relayed_day():
    rows = _rows("The agency said on Monday that about 9,000 North Korean troops were now in Russia, Rep. John Harlow "
                 "told reporters after the briefing.", published="2024-11-06")
    assert len(rows) == 2
    assert {str(d.date()) for d in rows["statement_date"]} == {"2024-11-04"}


# ---------------------------------------------------------------------------------------------------------------
# Labels: a place's governor's office; a given name of two short hyphened syllables


def test_a_governors_office_of_a_place_is_labelled_as_the_governor_is():
    rows = _rows("The governor's office of Russia's Belgorod region said on Monday that Ukrainian drones had hit two "
                 "border villages and that troops had repelled a raid.")
    assert rows["speaker"].tolist() == ["Belgorod regional governor's office"]


@pytest.mark.parametrize("text, name", [
    ("Park Ji-hoon, an analyst at a Seoul institute, said Russia had lost 600 tanks near Avdiivka.", "Park Ji-hoon"),
    ("Analyst Choi Min-seo said North Korean troops had joined the assault in the Kursk region.", "Choi Min-seo"),
])
def test_a_hyphened_given_name_stays_in_the_name(text, name):
    assert _rows(text)["speaker"].tolist() == [name]


def test_a_hyphened_adjective_still_ends_no_name():
    rows = _rows("Officials in Russian-held Kherson said Ukrainian troops had crossed the river.")
    assert rows["speaker"].tolist() and "Russian-held" not in rows.iloc[0]["speaker"].split()[-1]


@pytest.mark.parametrize("text", [
    "The Russian army said on Monday that its troops had surrounded Lyman, a claim Kyiv rejected within hours.",
    "Russia said it had lost 40 tanks, a figure Kyiv disputed.",
])
def test_an_appositive_stance_still_speaks(text):
    assert "Ukrainian government (Kyiv)" in _rows(text)["speaker"].tolist()


@pytest.mark.parametrize("text", [
    "Ukrainian troops pulled back from the village to save lives, military spokesman Petro Hnatiuk said.",
    "Russia has lost more than 300 tanks near Kurakhove - the Ukrainian General Staff reported.",
])
def test_a_title_before_the_name_is_no_relative_head(text):
    assert len(_rows(text)) == 1
