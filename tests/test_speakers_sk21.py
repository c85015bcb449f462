"""Who said it (issue 13), round 12 (sk21): families of the blind batches sk25–sk27 on unseen copy (sentences of our
own; each test states the rule and shows what must not change)."""

from __future__ import annotations

from saidvsdone import claims, corpus, quotes


def _quotes(text: str, published: str = "2025-10-03"):
    return quotes.extract(corpus.from_text(text, published=published))


def _claims(text: str, published: str = "2025-10-03"):
    articles = corpus.from_text(text, published=published)
    return claims.find(articles, quotes.extract(articles))


def _said(found, words: str) -> list[str]:
    return list(found[found["text"].str.contains(words, regex=False)]["speaker"])


# -- a middle initial inside a name no table lists stays, as printed (label grammar rule 1) --------------------------

def test_a_middle_initial_of_a_person_no_table_lists_stays_in_the_label():
    text = ("The letter was signed by Marcus T. Ellery, a retired general.\n\n"
            "Ellery told reporters on Thursday that the letter was no call to war. "
            "“We ask for interceptors, not soldiers,” he said.\n")
    found = _quotes(text)
    assert _said(found, "interceptors") == ["Marcus T. Ellery"]
    assert _said(_claims("Colonel Ivan P. Hordash said his brigade had repelled 12 assaults near the river.\n\n"
                         "Hordash said the enemy had lost three tanks near the village.\n"), "three tanks") \
        == ["Ivan P. Hordash"]


def test_a_middle_initial_of_a_table_person_still_goes():
    # must not change: a person the tables list keeps the tables' name ("Antony J. Blinken" -> "Antony Blinken")
    found = _quotes("Antony J. Blinken spoke in Brussels on Thursday. “We will not waver,” Blinken said.\n")
    assert _said(found, "waver") == ["Antony Blinken"]


# -- "a sergeant named A B", "Her name is X", "His widow, X,": an introduction that names the person of a noun -----------

def test_the_noun_of_a_naming_introduction_is_the_person_named():
    text = ("On Monday a corporal named Taras Lyakh kept watch by the river.\n\n"
            "Captain Ivan Sorokin, the battalion's press officer, said the enemy had brought up new guns.\n\n"
            "“We count every shell,” the corporal said.\n")
    assert _said(_quotes(text), "every shell") == ["Taras Lyakh"]
    text = ("An old man walks past the checkpoint with a bucket of apples. His name is Mykola, and he stayed.\n\n"
            "When we ask him why, the man answers: “Where would I go?”\n")
    assert _said(_quotes(text), "Where would I go") == ["Mykola"]
    text = ("The show's host, Laura Binns, opened the episode. The analyst Petro Hlib answered first.\n\n"
            "The host objected: “That sounds too hopeful.”\n")
    assert _said(_quotes(text), "too hopeful") == ["Laura Binns"]


def test_a_name_in_the_subjects_apposition_speaks_and_is_he_after():
    text = ("The unit's cook, a young woman named Daryna, answers the question differently: “We have bread. We lack "
            "people.”\n\n"
            "Her assistant, a 19-year-old named Yarema, has never seen the front. He wants to. “My father is there,” "
            "he said.\n")
    found = _quotes(text)
    assert _said(found, "We have bread") == ["Daryna"]
    assert _said(found, "My father is there") == ["Yarema"]


def test_a_noun_no_introduction_named_keeps_its_reading():
    # must not change: "the corporal" with no corporal named stays unnamed; "the man" after a named woman is not her
    found = _quotes("A woman named Olha sells bread by the road.\n\n“It is quiet today,” the man said.\n")
    assert _said(found, "quiet today") != ["Olha"]
    found = _quotes("Colonel Ivan Sorokin said the line held.\n\n“We count every shell,” the corporal said.\n")
    assert _said(found, "every shell") != ["Ivan Sorokin"]


# -- an office left as words when the tables name its holder on the day -----------------------------------------------

def test_russias_most_senior_general_is_the_tables_holder():
    found = _claims("Russia's most senior general claimed on Tuesday that Russian troops had captured 40 villages "
                    "since January.\n", published="2025-05-14")
    assert _said(found, "40 villages") == ["Valery Gerasimov"]


def test_a_leaders_office_with_an_apposition_is_its_holder_that_day_and_he_after():
    text = ("Zelensky's chief of staff, a former film producer, said on Tuesday that Russian troops had failed to "
            "reach the river.\n\n“Nobody here is talking about a retreat,” he said.\n")
    assert _said(_quotes(text, "2025-05-14"), "Nobody here") == ["Andriy Yermak"]
    text = ("Russia's most senior general claimed on Tuesday that his troops had captured 40 villages.\n\n"
            "Zelensky's chief of staff, a former film producer, was blunter when he met reporters on Tuesday.\n\n"
            "“Nobody here is talking about a retreat,” he said.\n")
    assert _said(_quotes(text, "2025-05-14"), "Nobody here") == ["Andriy Yermak"]


def test_a_leaders_office_no_one_holds_that_day_stays_unnamed():
    # must not change: the tables' holder left office before the article's day (no guess), and an apposed name wins
    text = ("Zelensky's chief of staff, a former film producer, said on Tuesday that Russian troops had failed to "
            "reach the river.\n\n“Nobody here is talking about a retreat,” he said.\n")
    assert _said(_quotes(text, "2026-03-04"), "Nobody here") != ["Andriy Yermak"]
    text = ("Dmitry Peskov, Putin's spokesman, said talks were frozen.\n\n"
            "Putin's spokesman said on Tuesday that Russian forces had taken two villages.\n")
    assert _said(_claims(text), "two villages") == ["Dmitry Peskov"]


# -- a statement's signer named after its quotes -----------------------------------------------------------------------

def test_a_statement_is_its_signers_when_the_next_paragraph_names_him():
    text = ("The analyst Oleh Marko said the bridge was still standing.\n\n"
            "The regiment sent a written statement on Monday.\n\n"
            "“The regiment has not left the village,” the statement said. “It will not leave.”\n\n"
            "It was signed by the regiment's commander, Ivan Petryk.\n")
    found = _quotes(text)
    assert _said(found, "has not left the village") == ["Ivan Petryk"]
    assert _said(found, "It will not leave") == ["Ivan Petryk"]
    text = ("Marko said the bridge still stood.\n\n“We will hold the line until spring,” the letter said.\n\n"
            "The letter was signed by Ruth K. Adler, a retired colonel.\n")
    assert _said(_quotes(text), "until spring") == ["Ruth K. Adler"]


def test_a_statement_with_no_signer_stays_whoever_made_it():
    # must not change: no "signed by" after it, the statement is the last speaker's; a signer two paragraphs on is not
    text = ("The General Staff issued a statement on Monday.\n\n"
            "“Our forces repelled twelve attacks near the river,” the statement said.\n\n"
            "The fighting went on through the night.\n\nLater an appeal was signed by Ivan Petryk.\n")
    assert _said(_quotes(text), "twelve attacks") == ["Ukrainian General Staff"]


# -- a surname with a relative clause opens its sentence ---------------------------------------------------------------

def test_a_surname_before_who_or_whose_is_the_subject_a_later_he_stands_for():
    text = ("Ihor Danko, a former teacher, died on Monday. Colonel Oleh Lysyi confirmed his death.\n\n"
            "Danko, whose call sign was Uchytel, joined the army in 2022. Within a year he led a platoon.\n\n"
            "In a 2023 interview, he said the first drones were bought with his savings. “I still have the "
            "receipts,” he said then.\n")
    assert _said(_quotes(text), "receipts") == ["Ihor Danko"]


def test_a_surname_with_no_full_name_before_does_not_become_the_subject():
    # must not change: a lone capitalised word no full name explains is no person a later "he" stands for
    text = ("Colonel Oleh Lysyi confirmed the loss.\n\n"
            "Kupiansk, which was shelled again, lost power. “We will rebuild,” he said.\n")
    assert _said(_quotes(text), "We will rebuild") == ["Oleh Lysyi"]


# -- labels: the institute, a described body's name, a person "of the" body --------------------------------------------

def test_the_institute_is_the_think_tank_named_before():
    text = ("The Institute for the Study of War said on Thursday that Russian forces had advanced near the town.\n\n"
            "“Russian claims are not supported by footage,” the institute wrote.\n")
    assert _said(_quotes(text), "not supported") == ["Institute for the Study of War (ISW)"]


def test_a_bodys_descriptor_is_no_part_of_its_label():
    found = _claims("The Estonian research group North Line Group estimated that Russia had gained about 300 square "
                    "kilometres in May.\n\nMarta Ilves of the Atlantic Endowment wrote on Wednesday that Russian "
                    "recruitment had slowed in the spring.\n")
    assert _said(found, "300 square") == ["North Line Group"]
    assert _said(found, "recruitment had slowed") == ["Marta Ilves"]


def test_a_body_whose_name_goes_on_after_of_keeps_it():
    # must not change: "the Centre for Defence Strategies" and "Kyiv School of Economics" are whole names
    found = _claims("The Centre for Defence Strategies said Russian forces had gained 200 square kilometres in May.\n")
    assert _said(found, "200 square") == ["Centre for Defence Strategies"]


# -- a nationality's person noun opening a colon introducer ------------------------------------------------------------

def test_the_nationality_noun_before_a_colon_is_the_person_of_that_country():
    text = ("Among the volunteers was an American medic who goes by the call sign Doc and asked that his name not be "
            "used. The American put it this way: “Nobody here is a tourist.”\n\n"
            "A Finnish officer, Ville Laine, came too. The Finn put it simply: “We learn from them.”\n")
    found = _quotes(text)
    assert _said(found, "tourist") == ["Doc"]
    assert _said(found, "We learn") == ["Ville Laine"]


def test_a_capitalised_word_that_is_no_nationality_before_a_colon_is_unchanged():
    # must not change: "The Kremlin put it this way:" is the Kremlin, no person of a country
    found = _quotes("The Kremlin put it this way: “The operation goes on.”\n")
    assert _said(found, "operation goes on") == ["Kremlin"]


# -- a country's office the copy never names: the tables' holder, and its rank later -----------------------------------

def test_a_countrys_office_is_its_holder_and_the_general_later_is_him():
    text = ("Ukraine's top military officer spoke to the magazine on Monday.\n\n"
            "In the interview, Ukraine's top military officer said Russian forces had lost 40,000 men in April.\n\n"
            "The general answered with a question of his own: “Would they give up their own land?”\n")
    found = _quotes(text, "2025-05-14")
    assert _said(found, "their own land") == ["Oleksandr Syrskyi"]


def test_a_countrys_office_with_an_apposed_name_is_the_one_named():
    # must not change: "A B, Ukraine's deputy prime minister," is A B, whatever the tables hold for the office
    text = ("Olha Stefanishyna, Ukraine's deputy prime minister, met the envoy in Kyiv. "
            "“Our needs are clear,” she said.\n")
    assert _said(_quotes(text, "2024-05-14"), "needs are clear") == ["Olha Stefanishyna"]
