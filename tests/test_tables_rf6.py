"""Round 10's last word lists moved to tables (rf6): each kind is read from its table, a row of your own extends the
rule, and what the table leaves out stays out. Sentences are invented."""

import pytest

from saidvsdone import claims, speech, vocab


@pytest.fixture
def own_claim_words(tmp_path):
    """``own_claim_words("group,word,\\n")``: a ``claim_words.csv`` of your own layered over the bundled one."""
    def use(rows):
        (tmp_path / "claim_words.csv").write_text("group,word,note\n" + rows, encoding="utf-8")
        vocab.use(tmp_path)
    yield use
    vocab.use(None)


# --- speech_words.csv: honorific (speech._HONORIFIC_BEFORE, speech._NEXT_IN_LIST with comma_rank) -------------------

def test_an_honorific_of_your_own_table_between_a_comma_and_a_name(own_words):
    assert speech._HONORIFIC_BEFORE.search("a British researcher, Dr ").group() == "Dr "
    assert speech._HONORIFIC_BEFORE.search("a British researcher, Prof. ").group() == "Prof. "
    assert speech._HONORIFIC_BEFORE.search("a British researcher, Sheikh ") is None
    own_words("sheikh,honorific,\n")
    assert speech._HONORIFIC_BEFORE.search("a British researcher, Sheikh ").group() == "Sheikh "
    assert speech._HONORIFIC_BEFORE.search("a British researcher, Ms ").group() == "Ms "  # the bundled rows stay
    assert speech._HONORIFIC_BEFORE.search("a British researcher, Ivan ") is None       # a name is no honorific
    assert speech._HONORIFIC_BEFORE.search("a British researcher Dr ") is None          # only after a comma


def test_the_next_name_of_a_list_opens_with_honorifics_and_comma_ranks_of_your_own_table(own_words):
    assert speech._NEXT_IN_LIST.match(", Dr Olena Hrytsenko said").group() == ", Dr Olena Hrytsenko"
    assert speech._NEXT_IN_LIST.match(", and Dr Olena Hrytsenko said") is None  # "and" closes the list (rv7)
    assert speech._NEXT_IN_LIST.match(", Lt. Col. Petro Moroz,").group() == ", Lt. Col. Petro Moroz"
    assert speech._NEXT_IN_LIST.match(", Captain Third Rank Petro Moroz,").group() == ", Captain Third Rank Petro Moroz"
    # a dotted word is read only as a row ("Ens." is no name's word)
    assert speech._NEXT_IN_LIST.match(", Ens. Petro Moroz,") is None
    assert speech._NEXT_IN_LIST.match(", Sh. Petro Moroz,") is None
    own_words("sh,honorific,\nens,comma_rank,\n")
    assert speech._NEXT_IN_LIST.match(", Ens. Petro Moroz,").group() == ", Ens. Petro Moroz"
    assert speech._NEXT_IN_LIST.match(", Sh. Petro Moroz,").group() == ", Sh. Petro Moroz"
    assert speech._NEXT_IN_LIST.match(", Dr Olena Hrytsenko said").group() == ", Dr Olena Hrytsenko"
    assert speech._NEXT_IN_LIST.match(", a spokesman for the Navy") is None  # a role, no name: not the next person


# --- speech_words.csv: unit_head (mentions' role pattern: "the battalion commander") -------------------------------

def test_a_unit_head_of_your_own_table_makes_the_unit_word_part_of_the_role(own_words):
    from saidvsdone import mentions
    roles = mentions.people().role_regex
    assert roles.match("the battalion commander said").group("role") == "commander"
    assert roles.match("the brigade deputy commander said").group("role") == "commander"
    assert roles.match("the company spokesman said") is None  # no head of the table: the unit word is no modifier
    own_words("quartermaster,generic_role,\n")
    assert mentions.people().role_regex.match("the battalion quartermaster said") is None
    own_words("quartermaster,generic_role,\nquartermaster,unit_head,\n")
    roles = mentions.people().role_regex
    assert roles.match("the battalion quartermaster said").group("role") == "quartermaster"
    assert roles.match("the battalion commander said").group("role") == "commander"  # the bundled rows stay
    assert roles.match("the company spokesman said") is None


# --- speech_words.csv: commander_rank (claims._TITLE_THEN_NAME: the lede's unnamed commander named further down) ----

def test_a_commander_rank_of_your_own_table_names_the_lede_s_commander(own_words):
    assert claims._TITLE_THEN_NAME.search("Colonel Petro Moroz said").group("role", "name") == ("Colonel", "Petro Moroz")
    assert claims._TITLE_THEN_NAME.search("Spokesman Petro Moroz said").group("role") == "Spokesman"  # a lede role
    assert claims._TITLE_THEN_NAME.search("Ensign Petro Moroz said") is None
    assert "ensign" not in claims._commander_ranks()
    own_words("ensign,commander_rank,\n")
    assert claims._TITLE_THEN_NAME.search("Ensign Petro Moroz said").group("role", "name") == ("Ensign", "Petro Moroz")
    assert "ensign" in claims._commander_ranks() and "colonel" in claims._commander_ranks()  # the bundled rows stay
    assert claims._TITLE_THEN_NAME.search("Ensign Moroz said") is None  # a full name after the rank


# --- claim_words.csv: dependant (claims._headline_dependent: "Zelensky aide says …") ---------------------------------

def test_a_dependant_of_your_own_table_maps_a_headline_word_to_body_words(own_claim_words):
    dependants = claims._words().dependants
    assert set(dependants["aide"]) == {"aide", "adviser", "advisor", "assistant"}
    assert "press secretary" in dependants["spokesman"]
    assert "chief" not in dependants and "secretary" not in dependants  # an office is no dependant (role_synonym)
    own_claim_words("dependant,secretary secretary,\ndependant,secretary assistant,\n")
    dependants = claims._words().dependants
    assert set(dependants["secretary"]) == {"secretary", "assistant"}
    assert "adviser" in dependants["aide"]  # the bundled rows stay


# --- speech_words.csv: signature_speaker (claims._SPEAKING_WORD: "…, says think tank") -----------------------------

def test_a_signature_speaker_of_your_own_table_makes_a_headline_signature_a_speaker(own_words):
    assert claims._SPEAKING_WORD.search("Russian military bloggers")
    assert claims._SPEAKING_WORD.search("think tank") and claims._SPEAKING_WORD.search("the SBU")
    assert claims._SPEAKING_WORD.search("a watchdog") is None
    own_words("watchdog,signature_speaker,\n")
    assert claims._SPEAKING_WORD.search("a watchdog")
    assert claims._SPEAKING_WORD.search("Russian military bloggers")  # the bundled rows stay
    assert claims._SPEAKING_WORD.search("watchdogs") is None          # a plural is a row of its own
    assert claims._SPEAKING_WORD.search("Watchdog") is None           # as written in lower case
    assert claims._SPEAKING_WORD.search("the Kyiv residents") is None


# --- speech_words.csv: headline_subject, headline_modifier, group_modifier (claims' headline subject patterns) ------

def test_a_headline_subject_of_your_own_table_ends_a_headline_s_subject(own_words):
    subject = claims._headline_subject_re()
    assert subject.match("Russian army says it repelled attacks").group("who") == "Russian army"
    assert subject.match("Spy chief warns of offensive").group("who") == "Spy chief"
    assert subject.match("Top general staff says front holds").group("who") == "Top general staff"
    assert subject.match("Kyiv coroner says toll rises") is None
    own_words("coroner,headline_subject,\n")
    assert claims._headline_subject_re().match("Kyiv coroner says toll rises").group("who") == "Kyiv coroner"
    assert claims._headline_subject_re().match("Kyiv regional coroner says toll rises") is None
    own_words("coroner,headline_subject,\nregional,headline_modifier,\n")
    subject = claims._headline_subject_re()
    assert subject.match("Kyiv regional coroner says toll rises").group("who") == "Kyiv regional coroner"
    assert subject.match("Kyiv regional deputy coroner says") is None  # one modifier at most
    assert subject.match("Spy chief warns of offensive").group("who") == "Spy chief"  # the bundled rows stay


def test_a_group_modifier_of_your_own_table_opens_a_headline_s_plural_group(own_words):
    group = claims._headline_plural_subject_re()
    assert group.match("pro-war bloggers say the push stalled").group("who") == "pro-war bloggers"
    assert group.match("frontline bloggers say the push stalled") is None
    own_words("frontline,group_modifier,\n")
    group = claims._headline_plural_subject_re()
    assert group.match("frontline bloggers say the push stalled").group("who") == "frontline bloggers"
    assert group.match("pro-war bloggers say the push stalled").group("who") == "pro-war bloggers"
    assert group.match("frontline bloggers says the push stalled") is None  # a plural group takes the lemma


# --- fact_cues.csv: speaking_institution, institution_verb, pronoun_verb, closing_verb (facts.sides' pronouns) -----


def _pronoun_patterns():
    import importlib
    from saidvsdone.facts import sides
    return sides._speech_patterns(importlib.import_module("saidvsdone.facts.vocab").vocab())


def test_the_attributions_a_pronoun_s_side_is_read_from_are_cues_of_your_own_table(own_cues):
    says_at_end, institution_said, speaking_after, body_said_that = _pronoun_patterns()
    assert says_at_end.search("Its troops have taken 9 villages, Moscow says").group("who") == "Moscow"
    assert institution_said.search("The general staff said that ").group(1) == "general staff"
    assert body_said_that.match(" said the same morning that ")
    assert body_said_that.match(" noted the same morning that ") is None
    assert speaking_after.match(" also told reporters")
    assert says_at_end.search("Its troops have taken 9 villages, Moscow insists") is None
    assert institution_said.search("The flotilla noted ") is None
    assert speaking_after.match(" insisted that") is None
    own_cues("insists,closing_verb,\nflotilla,speaking_institution,\nnoted,institution_verb,\ninsisted,pronoun_verb,\n")
    says_at_end, institution_said, speaking_after, body_said_that = _pronoun_patterns()
    assert says_at_end.search("Its troops have taken 9 villages, Moscow insists").group("who") == "Moscow"
    assert body_said_that.match(" noted the same morning that ")  # the same institution_verb rows (rv25fixc)
    assert institution_said.search("The flotilla noted ").group(1) == "flotilla"
    assert speaking_after.match(" insisted that")
    assert says_at_end.search("Its troops have taken 9 villages, Moscow says")  # the bundled rows stay
    assert institution_said.search("The military said ").group(1) == "military"
    assert institution_said.search("The flotilla said it ") is None  # right before the pronoun only
    assert speaking_after.match(" insisting that") is None           # forms as written


# --- speech_words.csv: evidence_verb, stating_verb, report_word (claims) --------------------------------------------

def test_an_evidence_verb_of_your_own_table_gives_its_forms(own_words):
    assert {"indicates", "indicated", "showed", "suggests"} <= claims._evidence_verbs()
    assert claims._evidence_participles() == {"indicating", "showing", "suggesting"}
    assert "reveals" not in claims._evidence_verbs()
    own_words("reveal,evidence_verb,\n")
    assert {"reveal", "reveals", "revealed"} <= claims._evidence_verbs()
    assert "revealing" in claims._evidence_participles() and "indicating" in claims._evidence_participles()
    assert "said" not in claims._evidence_verbs()


def test_a_stating_verb_and_a_report_word_of_your_own_table(own_words):
    assert {"said", "told", "wrote", "adds"} <= claims._stating() and "praised" not in claims._stating()
    assert {"reports", "posts"} <= claims._report_words() and "relays" not in claims._report_words()
    own_words("stressed,stating_verb,\nrelays,report_word,\n")
    assert "stressed" in claims._stating() and "said" in claims._stating()
    assert "relays" in claims._report_words() and "posts" in claims._report_words()


# --- speech_words.csv: content_noun (claims._aside_speaker: a relative clause or a noun's content) -----------------

def _speakers(text):
    from saidvsdone import corpus
    table = claims.find(corpus.from_text("Kyiv, 3 June (Wire) - " + text + "\n", published="2025-06-04"))
    return table[["speaker", "cue"]].values.tolist()


def test_a_content_noun_of_your_own_table_opens_its_content_not_a_relative_clause(own_words):
    content = ("Ukrainian troops still hold the town despite the {} that several analysts say Russian forces will capture "
               "the city of Zarichne by summer.")
    assert _speakers(content.format("claim")) == [["analysts", "say"]]
    assert _speakers(content.format("rumour")) == []  # "the rumour that …": read as a relative clause, an aside
    own_words("rumour,content_noun,\n")
    assert _speakers(content.format("rumour")) == [["analysts", "say"]]
    assert _speakers(content.format("claim")) == [["analysts", "say"]]  # the bundled rows stay
    # what must not change: a relative clause after a noun of no content ("the towns that …") is an aside
    assert _speakers("Ukrainian troops still hold the towns that several analysts say Russian forces will capture "
                     "by summer.") == []
