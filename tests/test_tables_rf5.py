"""Round 10's word lists moved to tables (rf5): each kind is read from its table, a row of your own extends it, and
what the table leaves out stays out. Sentences are invented."""

from saidvsdone import claims


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
