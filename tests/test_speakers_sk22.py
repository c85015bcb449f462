"""Who said it (issue 13), round 12 (sk22): what the blind batch sk27 left (sentences of our own; each test states
the rule and shows what must not change)."""

from __future__ import annotations

from saidvsdone import claims, corpus, document, quotes


def _quotes(text: str, published: str = "2025-10-03"):
    return quotes.extract(corpus.from_text(text, published=published))


def _claims(text: str, published: str = "2025-10-03"):
    articles = corpus.from_text(text, published=published)
    return claims.find(articles, quotes.extract(articles))


def _said(found, words: str) -> list[str]:
    return list(found[found["text"].str.contains(words, regex=False)]["speaker"])


def _speakers(text: str) -> list[str]:
    doc = next(document.documents(corpus.from_text(text, published="2025-10-03")))
    return [act.speaker.speaker for act in doc.speech.acts]


# -- "…, informs the press service of the 9th Brigade": a verb before the press service of a body ---------------------

def test_an_inverted_verb_before_a_press_service_gives_the_body():
    text = "The night near the bridge was quiet, informs the press service of the 31st Separate Assault Brigade."
    assert _speakers(text) == ["31st Separate Assault Brigade"]
    text = ("The night near the bridge was quiet, reports the press service of the 31st Separate Assault Brigade.\n\n"
            "According to the brigade, its gunners destroyed four Russian howitzers over the week.\n")
    assert _said(_claims(text), "four Russian howitzers") == ["31st Separate Assault Brigade"]


def test_an_inverted_verb_before_a_name_is_unchanged():
    # must not change: "…, said the minister" and a body right after the verb
    assert _speakers("The crossing held through the night, said the 31st Separate Assault Brigade.") \
        == ["31st Separate Assault Brigade"]
    assert _speakers("We held the crossing, said a soldier of the 31st Separate Assault Brigade.") \
        != ["31st Separate Assault Brigade"]


# -- "His widow put it simply:" after "his wife, Marta,": a kin noun that changes after a death -------------------------

def test_a_widow_is_the_wife_the_copy_named_before():
    text = ("Captain Ostap Bilyk died in March near the river. His wife, Marta, learnt of it by telephone.\n\n"
            "He had trained forty pilots. His widow put it simply: “He always came back, until he did not.”\n")
    assert _said(_quotes(text), "always came back") == ["Marta"]


def test_another_kin_noun_is_not_the_wife():
    # must not change: "his mother" is not the wife named before, nor is a widow the sister named before
    text = ("Captain Ostap Bilyk died in March near the river. His wife, Marta, learnt of it by telephone.\n\n"
            "His mother put it simply: “He always came back, until he did not.”\n")
    assert _said(_quotes(text), "always came back") != ["Marta"]
    text = ("Captain Ostap Bilyk died in March near the river. His sister, Marta, learnt of it by telephone.\n\n"
            "His widow put it simply: “He always came back, until he did not.”\n")
    assert _said(_quotes(text), "always came back") != ["Marta"]


# -- “…” “…”⏎"Those lines come from the weekly note of X": a paragraph of quotes whose source follows it -------------

_BEFORE = ("Nadia Orel, a retired general, said on Monday that the front was stable. “It will hold,” she said.\n\n"
           "Closer to the river, analysts were less sure.\n\n")


def test_a_paragraph_of_quotes_is_the_source_the_next_paragraph_names():
    text = _BEFORE + ("“The bridge is under fire every night.” “If it falls, the town is cut off.”\n\n"
                      "Those lines come from the weekly note of Riverline Insight, a Ukrainian analytical group run by "
                      "former officers, published on Tuesday.\n")
    found = _quotes(text)
    assert _said(found, "under fire") == ["Riverline Insight"]
    assert _said(found, "cut off") == ["Riverline Insight"]
    text = _BEFORE + ("“The bridge is under fire every night.”\n\n"
                      "These words come from a Telegram post by Ivan Petrenko, a Ukrainian analyst.\n")
    assert _said(_quotes(text), "under fire") == ["Ivan Petrenko"]


def test_a_paragraph_of_quotes_with_no_source_after_goes_on_from_the_last_speaker():
    # must not change: no source named after the paragraph, the last speaker goes on
    text = _BEFORE + ("“The bridge is under fire every night.” “If it falls, the town is cut off.”\n\n"
                      "The river crossings were shelled again on Friday.\n")
    found = _quotes(text)
    assert _said(found, "under fire") == ["Nadia Orel"]
    assert _said(found, "cut off") == ["Nadia Orel"]


# -- "“…,” said the nurse, Liudmyla, who declined to give her surname": a first name apposed after an inverted role --

def test_a_first_name_apposed_to_the_role_after_an_inverted_verb_speaks():
    text = ("Relatives waited at the hospital on Saturday.\n\n"
            "“They ask about their unit first,” said the nurse, Liudmyla, who declined to give her surname. "
            "“I rarely know what to say.”\n")
    found = _quotes(text)
    assert _said(found, "their unit first") == ["Liudmyla"]
    assert _said(found, "rarely know") == ["Liudmyla"]


def test_a_place_or_a_day_after_the_inverted_role_is_no_name():
    # must not change: ", Kharkiv." and ", Monday." are no person's name
    assert _said(_quotes("“We held the bridge,” said the soldier, Kharkiv.\n"), "held the bridge") == ["soldier (unnamed)"]
    assert _said(_quotes("“We held the bridge,” said the soldier, Monday.\n"), "held the bridge") == ["soldier (unnamed)"]


# -- "the Latvian leader" after "Latvian Prime Minister A B": a demonym and a leader noun ------------------------------

def test_a_demonym_leader_is_the_person_named_of_that_country():
    text = ("Latvian Prime Minister Ilze Ozola visited a workshop in Kyiv on Thursday.\n\n"
            "“I saw a factory in a basement,” the Latvian leader told journalists.\n")
    assert _said(_quotes(text), "factory in a basement") == ["Ilze Ozola"]


def test_a_demonym_leader_with_nobody_of_that_country_stays_unresolved():
    # must not change: the tables' leader ("the Russian leader" is Putin); no Latvian named, no guess
    text = "Olaf Mertens visited Kyiv on Thursday.\n\n“I saw a factory in a basement,” the Latvian leader said.\n"
    assert _said(_quotes(text), "factory in a basement") != ["Olaf Mertens"]
    text = ("Latvian Prime Minister Ilze Ozola visited Kyiv on Thursday.\n\n"
            "“Such trips change nothing,” the Russian leader said on Friday.\n")
    assert _said(_quotes(text), "change nothing") == ["Vladimir Putin"]


# -- "the visitor said", "his guest said", "The host had the last word:": the two sides of a reported visit ------------

_VISIT = ("KYIV, Oct 3 - Estonian Foreign Minister Maarja Tamm promised on Thursday to fund 500 drones, as she became "
          "the first foreign minister to visit Kyiv this month.\n\n"
          "Tamm and Volodymyr Zelensky met for two hours.\n\n")


def test_the_visitor_and_the_host_of_a_reported_visit():
    text = _VISIT + ("“We will pay for what you build,” the visitor said.\n\n"
                     "Asked about troops, his guest said that was “a question for later”.\n\n"
                     "The host had the last word: “We thank Estonia.”\n")
    found = _quotes(text)
    assert _said(found, "what you build") == ["Maarja Tamm"]
    assert _said(found, "a question for later") == ["Maarja Tamm"]
    assert _said(found, "We thank Estonia") == ["Volodymyr Zelensky"]


def test_a_host_with_no_visit_or_named_by_an_introduction_is_unchanged():
    # must not change: a show's host named by the copy is that person; no visit reported, no guess
    text = ("The show's host, Laura Binns, opened the episode. Tamm visited Kyiv on Monday, she said.\n\n"
            "The host objected: “That sounds too hopeful.”\n")
    assert _said(_quotes(text), "too hopeful") == ["Laura Binns"]
    text = "Olaf Mertens and Maarja Tamm spoke on Thursday.\n\n“We will pay for what you build,” the visitor said.\n"
    assert _said(_quotes(text), "what you build") not in (["Olaf Mertens"], ["Maarja Tamm"])


# -- "Sen. A B (D-R.I.)" then "the senator said": an abbreviated title before a name gives its role -----------------------

def test_an_abbreviated_senator_is_the_senator_later():
    text = ("The ranking Democrat, Sen. Paul Okafor of Rhode Island, pressed the Pentagon.\n\n"
            "Okafor was not satisfied. “I have heard that before,” the senator said.\n")
    assert _said(_quotes(text), "heard that before") == ["Paul Okafor"]


def test_a_senator_never_introduced_stays_unresolved():
    # must not change: "Gen. A B" is no senator
    text = "Gen. Marcus Hale testified on Thursday.\n\n“I have heard that before,” the senator said.\n"
    assert _said(_quotes(text), "heard that before") != ["Marcus Hale"]


# -- "A B said in a statement posted on Telegram that … “…”": the statement of a participle is no speaker ------------

def test_a_statement_posted_by_the_speaker_is_no_speaker():
    text = ("Russia's ambassador in Rome, Grigory Lunin, said in a statement posted on Telegram on Friday that the "
            "general's figures were “fantasy”.\n")
    assert _said(_quotes(text), "fantasy") == ["Grigory Lunin"]


def test_a_statement_alone_still_speaks_for_its_issuer():
    # must not change: with no speaker before it, "a statement posted on Telegram said" is read as before
    text = "A statement posted on Telegram on Friday said the figures were “fantasy”.\n"
    before = _said(_quotes(text), "fantasy")
    assert before != ["Grigory Lunin"] and len(before) == 1


# -- "The top US commander in Europe told …" in the lede, then "Gen. A B, who heads …": the one named below ------------

def test_a_top_office_in_the_lede_is_the_person_introduced_below():
    text = ("WASHINGTON, April 11 - The top US commander in Europe told a Senate panel on Thursday that Russian forces "
            "were advancing more slowly than a year ago.\n\n"
            "Gen. Marcus Hale, who heads US European Command, testified before the Senate Armed Services Committee.\n")
    assert _said(_claims(text), "advancing more slowly") == ["Marcus Hale"]


def test_a_top_office_with_a_second_voice_below_stays_unnamed():
    # must not change: the next paragraph's person who speaks in his own sentence is another voice
    text = ("WASHINGTON, April 11 - The top US commander in Europe told a Senate panel on Thursday that Russian forces "
            "were advancing more slowly than a year ago.\n\n"
            "Marcus Hale, a Pentagon spokesman, said on Friday that Russian forces had lost 900 troops a day.\n")
    assert _said(_claims(text), "advancing more slowly") != ["Marcus Hale"]


# -- a blogger's text printed as a block after its introduction ("We publish this week's summary, translated") --------

_BLOCK = "\n\n“Our units moved 2 km towards the river.\n\n“The enemy lost 40 men near the farm.”\n\nKyiv denied it.\n"


def test_a_block_the_outlet_prints_is_its_authors():
    text = ("Ivan Korsak, a Russian blogger, posts a summary of the fighting every Sunday. We publish this week's "
            "summary, translated from the Russian." + _BLOCK)
    found = _quotes(text)
    assert _said(found, "moved 2 km") == ["Ivan Korsak"]
    assert _said(found, "lost 40 men") == ["Ivan Korsak"]
    text = ("The Telegram channel Zapadny Front posts a summary of the fighting every Sunday. Ukrainian officers say "
            "they read it closely. We publish this week's summary, translated from the Russian." + _BLOCK)
    assert _said(_quotes(text), "moved 2 km") == ["Zapadny Front"]


def test_a_block_after_a_paragraph_that_prints_nothing_is_unchanged():
    # must not change: no text printed by the outlet, the block keeps the reading it had
    text = ("Nadia Orel said on Monday that the front held. Ivan Korsak, a Russian blogger, posts a summary every "
            "Sunday." + _BLOCK)
    assert _said(_quotes(text), "moved 2 km") == ["Nadia Orel"]  # (the last speaker goes on, as before)
    text = ("Nadia Orel said on Monday that the front held. We publish her full remarks below." + _BLOCK)
    assert _said(_quotes(text), "moved 2 km") == ["Nadia Orel"]
