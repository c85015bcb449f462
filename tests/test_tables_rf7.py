"""Round 11's last word lists moved to tables (rf7): each kind is read from its table, a row of your own extends the
rule, and what the table leaves out stays out. Sentences are invented.

speech_words.csv: scene_gathering (speech._AT_GATHERING), encounter_verb and encounter_object_verb
(speech._ENCOUNTER)."""

from saidvsdone import speech


# --- speech_words.csv: scene_gathering (speech._AT_GATHERING: a dated gathering the narration sets as the scene) -----

def test_a_scene_gathering_of_your_own_table_sets_the_scene(own_words):
    assert speech._AT_GATHERING.search("The mood at the annual security forum on Monday was sombre.")
    assert speech._AT_GATHERING.search("On Tuesday, at a round  table in Lviv, the talk turned to drones.")
    assert speech._AT_GATHERING.search("The mood at the Kyiv Security Forum on Monday was sombre.")  # a forum's name
    assert speech._AT_GATHERING.search("On Tuesday, at a vigil in Lviv, the talk turned to drones.") is None
    own_words("vigil,scene_gathering,\n")
    assert speech._AT_GATHERING.search("On Tuesday, at a vigil in Lviv, the talk turned to drones.")
    assert speech._AT_GATHERING.search("The mood at the annual security forum on Monday was sombre.")  # bundled rows stay
    assert speech._AT_GATHERING.search("On Tuesday, at a vigil-like rally in Lviv, …") is None  # a word of its own
    assert speech._AT_GATHERING.search("On Tuesday, at the Lviv Vigil, the talk turned to drones.") is None  # as written


def test_a_scene_gathering_row_with_a_space_reads_any_white_space(own_words):
    own_words("town hall,scene_gathering,\n")
    assert speech._AT_GATHERING.search("On Friday, at a town\nhall in Sumy, the talk turned to shelters.")
    assert speech._AT_GATHERING.search("On Friday, at a townhall in Sumy, …") is None


# --- speech_words.csv: encounter_verb, encounter_object_verb (speech._ENCOUNTER: the reporter's encounter) ----------

def test_an_encounter_verb_of_your_own_table_after_i_or_we(own_words):
    assert speech._ENCOUNTER.search("I met him on Friday at a command post.").group() == "I met"
    assert speech._ENCOUNTER.search("We finally sat down with the crew on Sunday.").group() == "We finally sat down with"
    assert speech._ENCOUNTER.search("We accompanied the crew on Sunday.") is None
    own_words("accompanied,encounter_verb,\n")
    assert speech._ENCOUNTER.search("We accompanied the crew on Sunday.").group() == "We accompanied"
    assert speech._ENCOUNTER.search("I met him on Friday at a command post.")  # the bundled rows stay
    assert speech._ENCOUNTER.search("The medic accompanied us on Sunday.") is None  # a verb after I/we only
    assert speech._ENCOUNTER.search("They accompanied the crew on Sunday.") is None  # the reporter's own


def test_an_encounter_object_verb_of_your_own_table_before_me_or_us(own_words):
    assert speech._ENCOUNTER.search("The commander met me on Sunday at a petrol station.").group() == "met me"
    assert speech._ENCOUNTER.search("A medic waved us through on Sunday.") is None
    own_words("waved,encounter_object_verb,\n")
    assert speech._ENCOUNTER.search("A medic waved us through on Sunday.").group() == "waved us"
    assert speech._ENCOUNTER.search("A medic greeted us on Sunday.").group() == "greeted us"  # the bundled rows stay
    assert speech._ENCOUNTER.search("We waved at the crew on Sunday.") is None  # not a verb after I/we
    assert speech._ENCOUNTER.search("A medic waved them through.") is None      # the reporter as object only
