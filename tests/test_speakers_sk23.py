"""Who said it (issue 13), round 13 (sk23): what rounds 11-12 left (sk27, sk28, note12), and one owner for the
author of a printed block of quotes (the speech layer; the facts stage reads the side from it).

Every sentence here is invented for the test; each test states the rule and shows what must not change.
"""

from __future__ import annotations

from _facts_readings import readings

from saidvsdone import claims, corpus, document, quotes


def _quotes(text: str, published: str = "2025-10-03"):
    return quotes.extract(corpus.from_text(text, published=published))


def _claims(text: str, published: str = "2025-10-03"):
    articles = corpus.from_text(text, published=published)
    return claims.find(articles, quotes.extract(articles))


def _said(found, words: str) -> list[str]:
    return list(found[found["text"].str.contains(words, regex=False)]["speaker"])


def _readings(text: str):
    doc = next(document.documents(corpus.from_text(text, published="2025-10-03")))
    return list(zip(doc.quotes, doc.speech.quotes))


# -- "a Ukrainian border guard … the border guard said": the definite noun reads back to its introduction ----------

def test_the_border_guard_is_the_one_introduced_before():
    # rule: an indefinite introduction apposed to a common noun ("an older man, a Ukrainian border guard captured …")
    # is the one a later "the border guard" stands for; labelled as one unnamed person (rule 5)
    text = ("Twelve prisoners came home on Saturday. Beside the bus stood an older man, a Ukrainian border guard "
            "captured in the first week of the war. He did not give his name.\n\n"
            "\"I counted the days on the wall,\" the border guard said.")
    assert _said(_quotes(text), "counted the days") == ["Ukrainian border guard (unnamed)"]


def test_the_border_guard_apposed_to_a_name_is_that_person():
    # rule: "A B, a Ukrainian border guard, …" then "the border guard said": the person named
    text = ("Taras Bondar, a Ukrainian border guard, met the buses on Saturday.\n\n"
            "\"I counted the days,\" the border guard said.")
    assert _said(_quotes(text), "counted the days") == ["Taras Bondar"]
    # must not change: "the guard" after a body of that name is the body
    text = ("The National Guard said on Monday that its units had held the line.\n\n"
            "\"The night was quiet,\" the guard said.")
    assert _said(_quotes(text), "night was quiet") == ["National Guard"]


# -- "The Kharkiv regional governor said …" then "the governor said": one label in quotes and claims -----------------

def test_the_governor_after_an_unnamed_regional_governor_takes_his_office():
    # rule: a bare "the governor" after an unnamed office holder of a place who spoke ("The Kharkiv regional governor
    # said …") is that office holder, labelled as the claim of the same person is
    text = ("The Kharkiv regional governor said on Monday that Russian troops had advanced near Vovchansk.\n\n"
            "\"The night was hard,\" the governor said.")
    assert _said(_quotes(text), "night was hard") == ["Kharkiv regional governor (unnamed)"]
    assert _said(_claims(text), "advanced near Vovchansk") == ["Kharkiv regional governor (unnamed)"]
    # the last of two such offices who spoke
    text = ("The Kharkiv regional governor said on Monday that Russian troops had advanced.\n\n"
            "The Sumy regional governor said on Tuesday that the border was quiet.\n\n"
            "\"The night was hard,\" the governor said.")
    assert _said(_quotes(text), "night was hard") == ["Sumy regional governor (unnamed)"]


def test_the_governor_named_keeps_his_name():
    # must not change: the office named with its holder, or a holder of the tables named before
    text = ("The Kharkiv regional governor, Oleh Syniehubov, said on Monday that Russian troops had advanced.\n\n"
            "\"The night was hard,\" the governor said.")
    assert _said(_quotes(text), "night was hard") == ["Oleh Syniehubov"]
    text = ("Oleh Syniehubov said on Monday that Russian troops had advanced. The Kharkiv regional governor said the "
            "night was hard.\n\n\"The night was hard,\" the governor said.")
    assert _said(_quotes(text), "night was hard") == ["Oleh Syniehubov"]


# -- a printed block of quotes: its author read once, by the speech layer ---------------------------------------------

_BLOCK = "\n\n\"Our units advanced 2 km near the village.\n\n\"The enemy lost 40 men near the farm.\"\n\nKyiv denied it.\n"


def test_a_block_after_his_post_read_is_the_posts_owner():
    # rule: an introduction ending in "His post read:" / "Korsak's message said:" gives the block to the person the
    # possessive stands for, and the country the author's description names (the facts' "our" is that side)
    text = "Front notes\n\nIvan Korsak, a Russian blogger, was blunt on Sunday. His post read:" + _BLOCK
    found = _quotes(text)
    assert _said(found, "advanced 2 km") == ["Ivan Korsak"]
    assert _said(found, "lost 40 men") == ["Ivan Korsak"]
    assert [r.country for _, r in _readings(text)] == ["Russia", "Russia"]
    assert readings(text) == [(2.0, "km", "Russia", "gain"), (40.0, "troops", "Ukraine", "loss")]
    text = "Front notes\n\nIvan Korsak, a Russian blogger, was blunt on Sunday. Korsak's message said:" + _BLOCK
    assert _said(_quotes(text), "advanced 2 km") == ["Ivan Korsak"]


def test_a_block_translated_from_a_language_has_its_authors_country_even_unnamed():
    # rule: "We print it translated from the Russian" after an author the copy does not name: no speaker label, but
    # the layer reads the country the facts' side comes from
    text = ("A pro-war channel's week\n\nThe channel's author, a former officer, posts a summary every Sunday. We "
            "print it translated from the Russian." + _BLOCK)
    assert [r.country for _, r in _readings(text)] == ["Russia", "Russia"]
    assert readings(text) == [(2.0, "km", "Russia", "gain"), (40.0, "troops", "Ukraine", "loss")]


def test_a_block_whose_introduction_names_no_side_or_prints_nothing_is_unchanged():
    # must not change: a block whose introduction names no side keeps the text's reading; a paragraph that prints
    # nothing gives the block no author (the last speaker goes on, as before)
    text = ("Front notes\n\nA soldier wrote to us:\n\n\"Ukrainian units advanced 2 km near the village.\"\n\nMoscow "
            "did not comment.")
    assert [r.country for _, r in _readings(text)] == [""]
    assert readings(text) == [(2.0, "km", "Ukraine", "gain")]
    text = ("Nadia Orel said on Monday that the front held. Ivan Korsak, a Russian blogger, posts a summary every "
            "Sunday." + _BLOCK)
    assert _said(_quotes(text), "advanced 2 km") == ["Nadia Orel"]
    assert [r.country for _, r in _readings(text)] == ["", ""]


# -- "A spokesman for the Southern Command said:": an indefinite role speaking for a body ------------------------------

def test_an_indefinite_spokesman_for_a_body_is_labelled_as_that_bodys_spokesman():
    # rule: an indefinite role nobody resolves, speaking for a body ("for the Southern Command", "for a Ukrainian
    # brigade"), gets the conventions' label of one unnamed person of that body (rule 5: the body before the noun),
    # the same in quotes and claims
    text = ("Russian forces pressed on near Kherson.\n\n"
            "A spokesman for the Southern Command said: \"The enemy is trying to cross the river every night.\"")
    assert _said(_quotes(text), "cross the river") == ["Southern Command spokesman (unnamed)"]
    text = "A spokesman for the Southern Command said on Monday that Russian troops had advanced near the river."
    assert _said(_claims(text), "advanced near the river") == ["Southern Command spokesman (unnamed)"]
    text = "A spokesperson for a Ukrainian brigade said: \"The enemy is trying to cross the river every night.\""
    assert _said(_quotes(text), "cross the river") == ["Ukrainian brigade spokesperson (unnamed)"]


def test_an_indefinite_spokesman_for_a_person_stays_unlabelled():
    # must not change: the spokesman of a person (peer case gg5)
    assert _said(_quotes("A spokesman for Maria Kovalenko said: \"She is safe.\""), "She is safe") == [""]


# -- "A: … As the President said on Friday, “…”": an office with no country in an interview's answer ----------------

_INTERVIEW = ("Oleksandr Syrskyi spoke to The Meridian on Monday about the fighting.\n\n"
              "Q: Are you worried about the summer?\n\n")


def test_an_office_without_a_country_in_an_answer_is_the_interviewees_countrys():
    # rule: in an answer line ("A: …"), an office one person of a country holds (``national_office``), written with
    # no country, is held in the interviewee's country (the person who spoke last): its holder that day
    text = _INTERVIEW + ("A: A commander who is not worried is a bad commander. As the President said on Friday, "
                         "“We will not give up our land.” The army will not either.")
    assert _said(_quotes(text), "give up our land") == ["Volodymyr Zelensky"]


def test_an_office_without_a_country_outside_an_answer_or_a_rank_in_one_is_unchanged():
    # must not change: the same words outside an answer line; a role no country has only one of ("the mayor")
    text = ("Oleksandr Syrskyi spoke to The Meridian on Monday about the fighting. As the President said on Friday, "
            "“We will not give up our land.”")
    assert _said(_quotes(text), "give up our land") != ["Volodymyr Zelensky"]
    text = _INTERVIEW + "A: As the mayor told me on Friday, “We will not give up our land.”"
    assert _said(_quotes(text), "give up our land") == ["mayor (unnamed)"]


# -- "Here is more from the governor of the X region, who … . A B said …": the office holder named next ---------------

def test_an_unnamed_office_then_a_bare_name_that_speaks_is_that_persons_office():
    # rule: an unnamed office holder of a place, then a sentence opening with a full name never written before and a
    # verb of saying: the reporter names the office holder; a later "the governor" is that person
    text = ("Here is more from the governor of the Poltava region, who spoke to local radio this morning. Ivan Marko "
            "said Russian troops had tried to cross the border near a village but were driven back.\n\n"
            "\"The situation is tense but under control,\" the governor said. \"We are not evacuating anyone.\"")
    found = _quotes(text)
    assert _said(found, "tense but under control") == ["Ivan Marko"]
    assert _said(found, "not evacuating anyone") == ["Ivan Marko"]


def test_an_unnamed_office_then_a_described_person_stays_the_office():
    # must not change: a person the next sentence describes by an apposition is someone else
    text = ("Here is more from the governor of the Poltava region, who spoke to local radio this morning. Ivan Marko, "
            "a farmer near the border, said Russian shells had hit his barn.\n\n"
            "\"The situation is tense but under control,\" the governor said.")
    assert _said(_quotes(text), "tense but under control") == ["Poltava regional governor (unnamed)"]


# -- "one battalion commander near Kostiantynivka", "a senior official in Kyiv": where a role holder is -------------

def test_where_an_unnamed_role_holder_is_said_to_be_is_no_part_of_his_label():
    # rule: a place "near"/"outside"/"around" which an unnamed role holder is goes; "in" a capital gives its country's word
    # after the seniority words (rule 5: the country is the one the context fixes)
    from saidvsdone.mentions import label_as_written

    assert label_as_written("one battalion commander near Kostiantynivka") == "battalion commander (unnamed)"
    assert label_as_written("a Ukrainian soldier near Pokrovsk") == "Ukrainian soldier (unnamed)"
    assert label_as_written("One senior official in Kyiv") == "senior Ukrainian official (unnamed)"
    assert label_as_written("a senior military official in Moscow") == "senior Russian military official (unnamed)"
    text = ("\"Some points are fine. Some are not,\" one senior official in Kyiv said of the draft on Monday.")
    assert _said(_quotes(text), "Some points are fine") == ["senior Ukrainian official (unnamed)"]


def test_where_a_private_person_lives_and_a_body_he_belongs_to_stay():
    # must not change: "resident of X" (where a private person lives), "an official at NATO" (a body, not a place)
    from saidvsdone.mentions import label_as_written

    assert label_as_written("a resident of Kupiansk") == "resident of Kupiansk (unnamed)"
    assert label_as_written("an official at NATO") == "official at NATO (unnamed)"
    assert label_as_written("the governor of Belgorod") == "Belgorod governor (unnamed)"
    # nor a bloc's or a posted person's country from the capital he is in (``posted_person``)
    assert label_as_written("A senior European diplomat in Kyiv") == "senior European diplomat (unnamed)"
    assert label_as_written("a Western diplomat in Moscow") == "Western diplomat (unnamed)"
    # nor the place of an office "in" a city that is no capital
    assert label_as_written("a Moscow-appointed official in Kherson") == "Moscow-appointed official in Kherson (unnamed)"


# -- "Back at the square, as the rain began, Mrs A rolled up her banner. ‘…,’ she said." -----------------------------

_MOTHERS = ("Olena Marchuk has waited a year for news of her son.\n\n"
            "'We want answers,' said Halyna Bondar, 48, whose husband serves in the east.\n\n"
            "The Coordination Headquarters, the body responsible for exchanges, said it was working hard.\n\n")


def test_she_after_two_fronted_phrases_is_the_subject_they_open_onto():
    # rule: a name after two opening phrases ("Back at the square, as the rain began, Mrs A …") is its sentence's
    # subject, whom the next "she said" stands for; a body named "… Headquarters" is never "she"
    from saidvsdone.mentions import could_be_person

    text = _MOTHERS + "Back at the square, as the rain began, Mrs Marchuk rolled up her banner.\n\n'I will come back,' she said."
    assert _said(_quotes(text), "I will come back") == ["Olena Marchuk"]
    assert not could_be_person("Coordination Headquarters")


def test_she_after_a_name_inside_a_fronted_clause_is_unchanged():
    # must not change: a name inside the fronted clause is no subject; the last woman who spoke goes on
    text = _MOTHERS + "Back at the square, as Mrs Marchuk watched, the crowd thinned.\n\n'I will come back,' she said."
    assert _said(_quotes(text), "I will come back") == ["Halyna Bondar"]


# -- "the former official A B — no relation to the minister — describes …": a dashed aside before the verb ------------

def test_a_name_before_a_dashed_aside_is_the_verbs_subject():
    # rule: an aside set off by dashes that ends at the speech verb leaves the name before it the subject
    text = ("The former defence official Andriy Zahorodnyi — no relation to the minister — describes commanders who "
            "\"saw the drone as a toy\".")
    assert _said(_quotes(text), "saw the drone") == ["Andriy Zahorodnyi"]
    text = "Andriy Zahorodnyi — no relation to the minister — said Russian troops \"saw the drone as a toy\"."
    assert _said(_quotes(text), "saw the drone") == ["Andriy Zahorodnyi"]


def test_a_dashed_aside_not_ending_at_the_verb_is_unchanged():
    # must not change: the sentence's own subject when the aside ends elsewhere
    text = ("Marko Yatsen met Andriy Zahorodnyi — no relation to the minister — and said the book was \"right about "
            "the beginning\".")
    assert _said(_quotes(text), "right about") == ["Marko Yatsen"]
