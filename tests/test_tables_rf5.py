"""Round 10's word lists moved to tables (rf5): each kind is read from its table, a row of your own extends it, and
what the table leaves out stays out. Sentences are invented."""

import importlib

import pytest

from saidvsdone import claims, corpus, vocab


# --- speech_words.csv: headline_verb; claims' headline verbs read their lemmas from the tables --------------------

def test_headline_verbs_map_each_present_form_to_the_tables_lemma():
    lemmas = claims._headline_verb_lemmas()
    assert lemmas["contends"] == "contend"          # a speech verb of speech_cues.csv
    assert lemmas["emphasizes"] == "emphasize"      # a base form the row's forms column writes
    assert lemmas["says"] == "say" and lemmas["denies"] == "deny"
    assert lemmas["rules out"] == "rule out" and lemmas["sees"] == "see"   # headline_verb rows
    assert lemmas["calls"] == "call"                # excluded from the cue table as mostly a noun
    assert not set(lemmas) & set(lemmas.values())   # a verb form is either singular or plural


def test_a_headline_verb_of_your_own_table(own_words):
    singular, plural = "Kremlin foresees long war in the east", "Russian generals foresee long war in the east"
    assert not claims._headline_subject_re().match(singular)
    assert not claims._headline_plural_subject_re().match(plural)
    own_words("foresee,headline_verb,\n")
    assert claims._headline_subject_re().match(singular).group("verb") == "foresees"
    assert claims._headline_plural_subject_re().match(plural).group("verb") == "foresee"


def test_a_plural_match_is_one_whose_verb_is_a_lemma():
    plural = claims._headline_plural_subject_re().match("Ukrainian officials warn of a new push on the town")
    singular = claims._headline_subject_re().match("Ukrainian general warns of a new push on the town")
    assert claims._is_plural_match(plural)
    assert not claims._is_plural_match(singular)
    assert not claims._is_plural_match(claims._HEADLINE_SAYS_TAIL.search("Town will hold, says army"))


# --- fact_cues.csv: listed_place (territorial), role_noun and plural_noun (sides) ---------------------------------


def _facts(text):
    from saidvsdone import facts
    table = facts.extract(corpus.from_text(text, published="2025-06-01"))
    return [(row.quantity, row.unit, row.actor) for row in table.itertuples()]


def _facts_vocabulary():
    return importlib.import_module("saidvsdone.facts.vocab").vocab()


def test_a_listed_place_of_your_own_table_lets_the_verb_govern_the_count_after_it(own_cues):
    # "recaptured the town and 6 square kilometres": the verb before the list's first item governs the area
    sentence = "The brigade recaptured the {} and 6 square kilometres of fields."
    assert (6.0, "km2", "Ukraine") in _facts(sentence.format("town"))
    assert (6.0, "km2", "") in _facts(sentence.format("outpost"))
    own_cues("outpost,listed_place,\n")
    assert (6.0, "km2", "Ukraine") in _facts(sentence.format("outpost"))
    assert (6.0, "km2", "Ukraine") in _facts(sentence.format("town"))  # the bundled rows stay


def test_role_nouns_and_plural_nouns_are_cues_of_your_own_table(own_cues):
    from saidvsdone.facts import sides
    before, after = sides._role_patterns(_facts_vocabulary())
    assert before.search("said the commander-in-chief of the ") and after.match("’s defence minister said")
    assert not before.search("said the quartermaster of the ")
    assert sides._plural_after(_facts_vocabulary()).match(" forward positions")
    assert sides._plural_after(_facts_vocabulary()).match(" soldiers")  # a plural people word of units.csv
    assert not sides._plural_after(_facts_vocabulary()).match(" trenches")
    own_cues("quartermaster,role_noun,\ntrenches,plural_noun,\n")
    before, after = sides._role_patterns(_facts_vocabulary())
    assert before.search("said the quartermaster of the ") and after.match(" brigade quartermaster said")
    assert before.search("said the commander of the ")
    assert sides._plural_after(_facts_vocabulary()).match(" trenches")
    assert not sides._plural_after(_facts_vocabulary()).match(" fields")


# --- speech_words.csv: male_title, female_title (mentions.gender) ---------------------------------------------------

def test_a_gendered_title_of_your_own_table_says_he_or_she(own_words):
    from saidvsdone import mentions
    assert mentions.gender("Hollis", "Mrs Hollis") == "f" and mentions.gender("Hollis", "Sir Hollis") == "m"
    assert mentions.gender("Hollis", "Dame Hollis") == ""
    assert mentions.people().title_gender == mentions.title_gender()  # read once with the who-is-who
    own_words("dame,female_title,\nmiss,male_title,\n")
    assert mentions.gender("Hollis", "Dame Hollis") == "f"
    assert mentions.gender("Hollis", "Miss Hollis") == ""  # a word of both kinds says neither
    assert mentions.gender("Hollis", "Mr Hollis") == "m"   # the bundled rows stay


# --- speech_words.csv: comma_rank (speech._RANKS_BEFORE) -------------------------------------------------------------

def test_a_rank_of_your_own_table_between_a_comma_and_a_name(own_words):
    from saidvsdone import speech
    assert speech._RANKS_BEFORE.search("the spokesman for the Navy, Captain Third Rank ").group() == "Captain Third Rank "
    assert speech._RANKS_BEFORE.search("the spokesman for the brigade, Lt. Col. ").group() == "Lt. Col. "
    assert speech._RANKS_BEFORE.search("the spokesman for the Navy, Ensign ") is None
    own_words("ensign,comma_rank,\n")
    assert speech._RANKS_BEFORE.search("the spokesman for the Navy, Ensign ").group() == "Ensign "
    assert speech._RANKS_BEFORE.search("the spokesman for the Navy, Ivan ") is None      # a name is no rank
    assert speech._RANKS_BEFORE.search("the spokesman for the Navy Captain ") is None   # only after a comma


# --- speech_words.csv: signature_verb (claims._HEADLINE_SAYS_TAIL) ---------------------------------------------------

def test_a_signature_verb_of_your_own_table_opens_a_headline_s_signature(own_words):
    tail = "Russia fires nearly 650 drones at Ukraine, {} air force"
    assert claims._HEADLINE_SAYS_TAIL.search(tail.format("says")).group("who") == "air force"
    assert claims._HEADLINE_SAYS_TAIL.search(tail.format("contends")).group("dash") == "contends"
    assert claims._HEADLINE_SAYS_TAIL.search(tail.format("asserts")) is None
    own_words("assert,signature_verb,\n")
    assert claims._HEADLINE_SAYS_TAIL.search(tail.format("asserts")).group("who") == "air force"
    assert claims._HEADLINE_SAYS_TAIL.search(tail.format("says")).group("who") == "air force"  # the bundled rows stay
    assert claims._HEADLINE_SAYS_TAIL.search("Russia fires nearly 650 drones at Ukraine says air force") is None


# --- speech_words.csv: medium_noun, medium_descriptor, conduit_verb (attribution's medium words) ---------------------

def test_medium_words_of_your_own_table(own_words):
    from saidvsdone import attribution
    assert attribution._MEDIUM_WORDS.fullmatch("TV") and attribution._MEDIUM_WORDS.match("news agency said")
    assert attribution._MEDIUM_HINT.search("the Kyiv newspaper said") and not attribution._MEDIUM_HINT.search("a podcast")
    assert attribution._CONDUIT_AFTER.match(" news agency quoted him").group() == " news agency quoted"
    assert attribution._CONDUIT_AFTER.match(" relayed the statement") is None  # ("carry" is bundled since cl23)
    assert attribution._CONDUIT_AFTER.match(" weekly reported") is None
    own_words("podcast,medium_noun,\nweekly,medium_descriptor,\nrelay,conduit_verb,\n")
    assert attribution._MEDIUM_WORDS.fullmatch("Podcast") and attribution._MEDIUM_HINT.search("a podcast")
    assert attribution._CONDUIT_AFTER.match(" relayed the statement").group() == " relayed"
    assert attribution._CONDUIT_AFTER.match(" relays it").group() == " relays"
    assert attribution._CONDUIT_AFTER.match(" weekly reported").group() == " weekly reported"
    # what must not change: the bundled rows, an -ing form, a capitalised verb
    assert attribution._CONDUIT_AFTER.match(" quoted").group() == " quoted"
    assert attribution._CONDUIT_AFTER.match(" citing him") is None and attribution._CONDUIT_AFTER.match(" Quoted") is None


# --- claim_words.csv: area_noun (claims._subject_phrase) -------------------------------------------------------------

@pytest.fixture
def own_claim_words(tmp_path):
    def use(rows):
        (tmp_path / "claim_words.csv").write_text("group,word,note\n" + rows, encoding="utf-8")
        vocab.use(tmp_path)
    yield use
    vocab.use(None)


def test_an_area_noun_of_your_own_table_ends_a_speaker_s_phrase(own_claim_words):
    sentence = "Officials in the Zaporizhzhia {} said that Russian troops had taken the village."

    def subject(area):
        text = sentence.format(area)
        found = claims._subject_phrase(text, 0, text.index(" said"))
        return text[found[0]:found[1]] if found else None
    assert subject("region") == "Officials in the Zaporizhzhia region"
    assert subject("hromada") is None
    own_claim_words("area_noun,hromada,\n")
    assert subject("hromada") == "Officials in the Zaporizhzhia hromada"
    assert subject("region") == "Officials in the Zaporizhzhia region"  # the bundled rows stay
    assert subject("harvest") is None
