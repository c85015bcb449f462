"""Speaker labels by one grammar (round 11, lb1: issues 11 and 13). Every stage's speaker goes through
``mentions.speaker_label`` last; the grammar is written down in tests/gold/README.md ("Speaker labels"). Invented
sentences only."""

from saidvsdone import claims, corpus, mentions, quotes


def _quote_speakers(text: str) -> list[str]:
    return quotes.extract(corpus.from_text(text, published="2025-03-04"))["speaker"].tolist()


def _claim_speakers(text: str) -> list[str]:
    return claims.find(corpus.from_text(text, published="2025-03-04"))["speaker"].tolist()


# --- spelling: one table (data/label_spellings.csv) ---------------------------------------------------------------

def test_spelling_table_us_and_defence():
    assert mentions.spelled("senior U.S. defense official (unnamed)") == "senior US defence official (unnamed)"
    assert mentions.spelled("American officials") == "US officials"


def test_spelling_keeps_an_institutions_own_name():
    # what must not change: a proper name written as the institution writes itself
    assert mentions.spelled("US Department of Defense") == "US Department of Defense"
    assert mentions.spelled("Defense Intelligence Agency") == "Defense Intelligence Agency"
    assert mentions.spelled("Ukrainian military") == "Ukrainian military"


def test_unnamed_us_official_quote_and_claim_spelled_alike():
    assert _quote_speakers("“They are exhausted,” a U.S. defense official told reporters on Monday.") \
        == ["US defence official (unnamed)"]
    assert _claim_speakers("A senior U.S. official said Russian forces had captured the village of Brovary Pole.") \
        == ["senior US official (unnamed)"]


def test_defense_department_official_takes_the_departments_label():
    assert _quote_speakers("One Defense Department official said the review was routine. “Nothing has been "
                           "paused,” the official said.")[-1] == "US Department of Defense official (unnamed)"


# --- country of an unnamed person ----------------------------------------------------------------------------------

def test_administration_official_beside_the_white_house_is_american():
    text = ("The White House has refused to lift the limits on the missiles.\n\nA senior administration official said "
            "on Tuesday that nothing would change. “We are not going to escalate,” the official said.")
    assert set(_quote_speakers(text)) == {"senior US administration official (unnamed)"}


def test_administration_official_without_a_seat_keeps_its_words():
    text = "A senior administration official said on Tuesday: “We are not going to escalate.”"
    assert _quote_speakers(text) == ["senior administration official (unnamed)"]


def test_one_of_a_group_named_with_a_demonym():
    text = ("The agency released calls of Russian soldiers near the river on Monday.\n\nIn one call, a soldier "
            "complains about the food. “We have eaten nothing for three days,” the soldier says.")
    assert _quote_speakers(text) == ["Russian soldier (unnamed)"]


def test_two_demonyms_before_leave_the_soldier_without_a_country():
    # what must not change: Russian and Ukrainian soldiers both named before, the soldier's side is not given
    text = ("Russian soldiers and Ukrainian soldiers fought for the bridge on Monday.\n\nA soldier said: “It was "
            "the worst night of the war.”")
    assert _quote_speakers(text) == ["soldier (unnamed)"]


# --- the body before the person's noun; age no part of the label --------------------------------------------------

def test_source_in_a_body_puts_the_body_first():
    text = "A source in the General Staff told reporters the general would move. “It is routine,” the source said."
    assert set(_quote_speakers(text)) == {"General Staff source (unnamed)"}


def test_resident_of_a_place_keeps_the_place_after():
    # what must not change: a place is no body ("resident of Kupiansk (unnamed)", as the gold writes it)
    assert mentions._body_first("resident of Kupiansk (unnamed)", mentions.people()) == "resident of Kupiansk (unnamed)"


def test_age_is_no_part_of_an_unnamed_label():
    assert mentions.label_as_written("a 23-year-old commander") == "commander (unnamed)"


# --- a regional governor; an unlisted foreign ministry -------------------------------------------------------------

def test_regional_governor_of_a_place():
    text = "The governor of the Mykolaiv region said on Friday that two people were hurt. “The night was hard,” he said."
    assert set(_quote_speakers(text)) == {"Mykolaiv regional governor (unnamed)"}


def test_unlisted_foreign_ministry_quote():
    assert _quote_speakers("“We condemn the strikes,” the foreign ministry of Poland said in a statement.") \
        == ["Polish Foreign Ministry"]
    assert _quote_speakers("“We condemn the strikes,” Poland's foreign ministry said in a statement.") \
        == ["Polish Foreign Ministry"]


def test_unlisted_foreign_ministry_claim():
    assert _claim_speakers("Poland's foreign ministry said Russian forces had lost 300 tanks near the town.") \
        == ["Polish Foreign Ministry"]


def test_institution_label_leaves_common_nouns():
    # what must not change: "Ukrainian military", "a ministry" with no country
    assert mentions.institution_label("the Ukrainian military") == ""
    assert mentions.institution_label("the ministry") == ""


def test_governor_of_a_countrys_region_is_the_regions_governor():
    assert mentions.label_as_written("The governor of Russia's Belgorod region") == "Belgorod regional governor (unnamed)"
    assert mentions.label_as_written("the governor of Belgorod") == "Belgorod governor (unnamed)"


def test_head_of_the_citys_administration_is_one_unnamed_office_holder():
    assert mentions.label_as_written("the head of the city's military administration") \
        == "city military administration head (unnamed)"
    # what must not change: a named city keeps its name first
    assert mentions.label_as_written("the head of the Kupiansk city military administration") \
        == "Kupiansk city military administration head (unnamed)"


def test_a_posting_is_no_part_of_a_label_with_its_own_country():
    who = mentions.people()
    assert mentions._body_first("senior European diplomat in Kyiv (unnamed)", who) == "senior European diplomat (unnamed)"
    # what must not change: a person with no country of their own keeps the place (it may be all the text gives)
    assert mentions._body_first("official in Kyiv (unnamed)", who) == "official in Kyiv (unnamed)"


def test_another_member_of_a_group_named_long_before():
    text = ("The agency released calls of Russian soldiers on Monday.\n\nIn one call, a soldier complains about food. "
            "“We have nothing,” he says.\n\nThe agency said the calls were recorded in November.\n\nThe ministry "
            "did not comment.\n\nNeighbours said the shelling went on all night.\n\nIn a second call, another soldier "
            "talks to a friend. “Nobody came back,” another soldier says.")
    assert _quote_speakers(text)[-1] == "Russian soldier (unnamed)"


def test_a_place_after_an_appointees_office_stays():
    # what must not change: "Moscow-appointed" says who appointed the official, not the official's own country
    who = mentions.people()
    assert mentions._body_first("Moscow-appointed official in Kherson (unnamed)", who) \
        == "Moscow-appointed official in Kherson (unnamed)"


def test_a_bodys_own_name_of_a_country_takes_the_country_first():
    from saidvsdone import document
    doc = document.build("x", "The Southern Defence Forces of Ukraine said the river crossing had failed.")
    assert mentions.speaker_label(doc, "Southern Defence Forces of Ukraine", 0) == "Ukrainian Southern Defence Forces"
    # what must not change: a person's office of a country is no body's name
    assert mentions.speaker_label(doc, "head of Ukraine", 0) == "head of Ukraine"
