"""Who said it, round 10 (sk17, issue 13): first-run families of blind batch sk24 — a quote paragraph signed on the
line below it by a dash ("— Name, 63, retired teacher"), a person named only by a first-name or call-sign formula,
two people of one surname ("the elder X", "X senior"), a list of roles and names, "the general" with two generals,
one body's post, release and statement, a body's name ending on "Force", a name a relative clause gives an indefinite
subject, a pen name's own "he", "One of my company commanders", "“…,” it read.", the reporter's "I asked", kin roles.
Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus, quotes


def _quotes(text: str, published: str = "2025-06-13"):
    return quotes.extract(corpus.from_text(text, published=published))


def speaker_of(text: str, words: str, published: str = "2025-06-13") -> str:
    table = _quotes(text, published)
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


def claim_speaker(text: str, words: str) -> str:
    table = claims.find(corpus.from_text(text, published="2025-06-13"))
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


# --- a quote paragraph signed by a dash line below it ------------------------------------------------------------

_VOICES = ("Voices from the river towns\n\n"
           "The Herald spoke to people in the district this week.\n\n"
           "“The ferry has not run since May.”\n"
           "— Bohdan Karpenko, 58, fisherman\n\n"
           "“We hear the guns every night now.”\n"
           "— a nurse who asked not to be named\n\n"
           "“My grandson drives the bread van.”\n"
           "— Liudmyla Savka, 80\n")


@pytest.mark.parametrize("words, expected", [
    ("The ferry has not run", "Bohdan Karpenko"),         # a name, age and trade on the line below
    ("We hear the guns", "nurse (unnamed)"),              # an unnamed signer, the clause about her left out
    ("My grandson drives", "Liudmyla Savka"),             # never the outlet or the signer above
])
def test_a_quote_paragraph_is_the_signers_of_the_dash_line_below(words, expected):
    assert speaker_of(_VOICES, words) == expected


def test_a_bulleted_news_line_after_a_quote_paragraph_signs_nothing():
    text = ("Oleh Marchuk, the mayor, spoke on Tuesday.\n\n"
            "“We will rebuild the school,” Marchuk said.\n\n"
            "“Nothing will stop us.”\n"
            "- Russia said on Monday that its forces had taken two villages near the river.\n")
    assert speaker_of(text, "Nothing will stop us") == "Oleh Marchuk"


# --- a person the text names only by a first name or call sign is whom a later "he"/"she" stands for -----------

def test_he_after_a_first_name_given_in_a_clause_is_that_person():
    text = ("Holding the road\n\n"
            "The officer met our reporter at a bus stop on Sunday. He commands a mortar battery, and he asked to be "
            "identified only by his first name, Yurii, because his parents live in occupied Berdiansk.\n\n"
            "He was asked whether the battery could hold the crossing.\n\n"
            "“Not for long,” he said.")
    assert speaker_of(text, "Not for long") == "Yurii"


def test_he_with_no_person_named_stays_nobodys():
    text = ("Holding the road\n\n"
            "The officer met our reporter at a bus stop on Sunday. He commands a mortar battery.\n\n"
            "“Not for long,” he said.")
    assert speaker_of(text, "Not for long") == ""


# --- two people of one surname: "the elder X", "X senior", "the younger X" ---------------------------------------

_FAMILY = ("Two generations at the crossing\n\n"
           "KHERSON, Ukraine — Ivan Bondarenko was 61 when he joined a volunteer battalion. His son, Petro "
           "Bondarenko, followed him a month later.\n\n"
           "“I told him to stay at home,” the elder Bondarenko said on Monday.\n\n"
           "“Somebody had to watch him,” Petro Bondarenko said.\n\n"
           "“I sometimes forget he is my son,” Bondarenko senior said.\n\n"
           "“He cooks better than me,” the younger Bondarenko said.\n\n"
           "The elder Bondarenko has three grandchildren. “They think I live in the phone,” he said.\n")


@pytest.mark.parametrize("words, expected", [
    ("I told him to stay", "Ivan Bondarenko"),        # "the elder X" after the son was named last
    ("I sometimes forget", "Ivan Bondarenko"),        # "X senior"
    ("He cooks better", "Petro Bondarenko"),          # "the younger X"
    ("Somebody had to watch", "Petro Bondarenko"),    # the full name, as before
    ("They think I live", "Ivan Bondarenko"),         # "he" after "The elder X" as the sentence's subject
])
def test_the_elder_and_the_younger_of_one_surname(words, expected):
    assert speaker_of(_FAMILY, words, "2025-05-20") == expected


def test_a_surname_two_people_share_with_no_generation_word_is_the_latest_as_before():
    text = _FAMILY.split("“I told")[0] + "“We hold the bank,” Bondarenko said.\n"
    assert speaker_of(text, "We hold the bank", "2025-05-20") == "Petro Bondarenko"


# --- a list of roles and names: each role is the name's after it -------------------------------------------------

_PANEL = ("Forum hears warnings on the autumn\n\n"
          "KYIV — A panel on Monday brought together a military analyst, Taras Melnyk, a battalion commander, "
          "Colonel Roman Sych, and a Polish researcher, Dr Anna Wrobel of the Warsaw Institute.\n\n"
          "“The summer push has failed,” said Melnyk.\n\n"
          "“We are short of infantry,” the colonel said.\n\n"
          "The researcher said Russia was recruiting about 25,000 men a month. “The arithmetic is hard,” the "
          "Polish researcher said.\n\n"
          "“They always try something in November,” the analyst said.\n")


@pytest.mark.parametrize("words, expected", [
    ("We are short of infantry", "Roman Sych"),
    ("The arithmetic is hard", "Anna Wrobel"),        # "Dr" and "of the Institute" around the name
    ("They always try something", "Taras Melnyk"),    # not the commander: "a battalion commander" is the next one's
])
def test_each_role_of_a_list_is_the_name_after_it(words, expected):
    assert speaker_of(_PANEL, words, "2025-09-16") == expected


def test_a_role_apposed_after_a_name_still_belongs_to_it():
    text = ("Forum hears warnings\n\nTaras Melnyk, a military analyst, spoke on Monday.\n\n"
            "“The summer push has failed,” the analyst said.\n")
    assert speaker_of(text, "The summer push", "2025-09-16") == "Taras Melnyk"


# --- "the general" when two generals are introduced: the one who just spoke, unless another was named since ------

_GENERALS = ("Generals differ on the threat\n\n"
             "The sector is held by a brigade under Brigadier General Oleh Savka. Major General Ihor Lytvak, who "
             "oversees the front, visited last week.\n\n"
             "Savka, speaking at his headquarters on Monday, said the Russians had massed 10,000 troops. “They are "
             "preparing something,” the general said.\n\n"
             "Lytvak was more cautious on Friday. “They lack the men for a breakthrough,” the general said.\n")


@pytest.mark.parametrize("words, expected", [
    ("They are preparing", "Oleh Savka"),            # he just spoke, though Lytvak was introduced after him
    ("They lack the men", "Ihor Lytvak"),            # named since Savka spoke
])
def test_the_general_is_the_one_who_just_spoke_or_was_just_named(words, expected):
    assert speaker_of(_GENERALS, words, "2025-05-20") == expected


# --- one body through its channels: a post, a release, "the statement" (rows of data/speakers.csv) ---------------

_NAVY = ("Navy says it hit a landing ship\n\n"
         "Ukraine’s navy said on Thursday that it had struck a Russian landing ship off Crimea.\n\n"
         "In a post on its Telegram channel, the navy wrote: “A landing ship was hit.”\n\n"
         "On Friday the navy issued a press release. “The sea is no longer safe for the fleet,” the release said.\n\n"
         "“They have lost the freedom to move,” the statement said.\n")


@pytest.mark.parametrize("words", ["A landing ship was hit", "The sea is no longer safe", "They have lost the freedom"])
def test_the_navy_post_release_and_statement_are_the_navys(words):
    assert speaker_of(_NAVY, words, "2025-08-22") == "Ukrainian Navy"


def test_the_border_guard_service_and_the_service_after_it():
    text = ("Village contested\n\nUkraine’s border guard service said on Telegram that the village was contested. "
            "“Fighting continues for every house,” the service said.\n")
    assert speaker_of(text, "Fighting continues") == "Ukrainian Border Guard Service"


# --- a body's name that ends on a body's word keeps all its words ------------------------------------------------

def test_a_task_force_keeps_its_whole_name():
    text = "Town held\n\n“The town is ours,” the Joint Forces Task Force said in a statement on Monday.\n"
    assert speaker_of(text, "The town is ours") == "Joint Forces Task Force"


def test_a_person_after_a_bodys_name_is_still_the_person():
    text = "Town held\n\n“The town is ours,” said Commander of the Airborne Forces Yehor Malyk on Monday.\n"
    assert speaker_of(text, "The town is ours") == "Yehor Malyk"


# --- a long appositive before the verb that gives the speaker's one name -----------------------------------------

def test_a_call_sign_in_a_relative_clause_before_the_verb_names_the_claim():
    text = ("Units reinforced\n\nA senior officer of the 63rd Brigade, who asked to be identified only by his call "
            "sign Bison because he may not speak to the press, said Russian units near the river had been reinforced "
            "twice since May.\n")
    assert claim_speaker(text, "had been reinforced twice") == "Bison"


def test_a_name_given_right_before_the_verb_is_the_speaker():
    text = ("Road under fire\n\nAn old man who keeps bees outside the village of Hlyboke, across the river from the "
            "town, and who gave his name only as Fedir, said drones now hit the road each day. “I do not go out in "
            "the day,” he said.\n")
    assert speaker_of(text, "I do not go out") == "Fedir"


def test_he_inside_the_sentence_of_a_pen_name_is_the_writer():
    text = ("Ship hit\n\n“The port is calm,” Viktor Hromov, the Moscow-appointed governor, said on television.\n\n"
            "A Russian military blogger who writes under the name Kestrel, however, posted a photograph he said "
            "showed a burning ship. “Once again nobody was ready,” he wrote.\n")
    assert speaker_of(text, "Once again nobody") == "Kestrel"


def test_an_unnamed_subject_without_a_given_name_stays_unnamed():
    text = ("Road under fire\n\nA senior officer of the 63rd Brigade, who spoke on condition of anonymity, said "
            "Russian units near the river had been reinforced twice since May.\n")
    assert claim_speaker(text, "had been reinforced twice") != "Bison"


# --- an interviewee's answer that quotes one of his people; a message he sent ------------------------------------

_ANSWERS = ("A commander on the spring\n\n"
            "Colonel Danylo Kravchuk spoke to us on Thursday. “We are holding,” he said.\n\n"
            "Q: How do your men cope?\n\n"
            "A: They joke. One of my platoon commanders told me after a strike: “We dug for a week and lost it in "
            "a second.”\n\n"
            "After the call, Kravchuk sent a short message. “Tell them we are tired but not broken,” it read.\n")


def test_one_of_my_people_is_labelled_as_one_unnamed_person():
    assert speaker_of(_ANSWERS, "We dug for a week", "2025-03-15") == "platoon commander (unnamed)"


def test_it_read_after_someone_sent_a_message_is_the_senders():
    assert speaker_of(_ANSWERS, "Tell them we are tired", "2025-03-15") == "Danylo Kravchuk"


def test_it_read_with_no_message_sent_before_is_not_the_last_named():
    text = ("A sign on the road\n\nColonel Danylo Kravchuk spoke to us on Thursday.\n\n"
            "A sign hung over the checkpoint. “Drive fast, do not stop,” it read.\n")
    table = _quotes(text, "2025-03-15")
    assert table[table["text"].str.contains("Drive fast")].iloc[0]["cue"] != "read"


def test_the_son_is_the_one_introduced_as_his_son():
    text = _FAMILY.split("“I told")[0] + "Petro said he had lost two drones. “They jam everything,” the son said.\n"
    assert speaker_of(text, "They jam everything", "2025-05-20") == "Petro Bondarenko"


# --- the reporter's own question in a first-person dispatch -------------------------------------------------------

_DISPATCH = ("On the road east\n\nBy Carys Lloyd\n\n"
             "The major met me on Sunday. He asked to be identified only by his first name, Oleh.\n\n"
             "“Can the line hold?” I asked.\n\n"
             "He laughed. “Not this one,” he said.\n")


def test_i_asked_is_the_bylined_reporters_question():
    assert speaker_of(_DISPATCH, "Can the line hold", "2025-11-12") == "Carys Lloyd"


def test_he_after_the_reporters_question_is_not_the_reporter():
    assert speaker_of(_DISPATCH, "Not this one", "2025-11-12") == "Oleh"


def test_i_asked_under_two_bylines_names_nobody_from_them():
    text = _DISPATCH.replace("By Carys Lloyd", "By Carys Lloyd and Ian Pryce")
    assert speaker_of(text, "Can the line hold", "2025-11-12") not in ("Carys Lloyd", "Ian Pryce")
