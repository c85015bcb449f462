"""Round 11's last word lists moved to tables (rf7): each kind is read from its table, a row of your own extends the
rule, and what the table leaves out stays out. Sentences are invented.

speech_words.csv: scene_gathering (speech._AT_GATHERING), encounter_verb and encounter_object_verb
(speech._ENCOUNTER), evidence_subject (claims._EVIDENCE_SUBJECT), lede_role (claims._NAME_THEN_ROLE,
claims._TITLE_THEN_NAME, claims._lede_named_later), role_modifier, role_unit, unit_head_modifier,
adjective_role_modifier, possessive_role_modifier (mentions' role pattern), leading_modifier
(mentions._LEADING_MODIFIERS); and claims._ABOUT_TOPIC, one pattern where two were."""

from saidvsdone import claims, mentions, speech


# --- speech_words.csv: scene_gathering (speech._AT_GATHERING: a dated gathering the narration sets as the scene) -----

def test_a_scene_gathering_of_your_own_table_sets_the_scene(own_words):
    assert speech._AT_GATHERING.search("The mood at the annual security forum on Monday was sombre.")
    assert speech._AT_GATHERING.search("On Tuesday, at a round  table in Lviv, the talk turned to drones.")
    assert speech._AT_GATHERING.search("The mood at the Kyiv Security Forum on Monday was sombre.")  # a forum's name
    assert speech._AT_GATHERING.search("On Tuesday, at a regatta in Lviv, the talk turned to drones.") is None
    own_words("regatta,scene_gathering,\n")
    assert speech._AT_GATHERING.search("On Tuesday, at a regatta in Lviv, the talk turned to drones.")
    assert speech._AT_GATHERING.search("The mood at the annual security forum on Monday was sombre.")  # bundled rows stay
    assert speech._AT_GATHERING.search("On Tuesday, at a regatta-like rally in Lviv, …") is None  # a word of its own
    assert speech._AT_GATHERING.search("On Tuesday, at the Lviv Regatta, the talk turned to drones.") is None  # as written


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


# --- speech_words.csv: evidence_subject (claims._EVIDENCE_SUBJECT: a picture's inference is no speaker's words) ------

def test_an_evidence_subject_of_your_own_table_makes_an_inference(own_words):
    assert claims._EVIDENCE_SUBJECT.search("Geolocated footage published on Monday")
    assert claims._EVIDENCE_SUBJECT.search("New Satellite Images")  # any case
    assert claims._EVIDENCE_SUBJECT.search("Radar tracks published on Monday") is None
    own_words("radar tracks,evidence_subject,\n")
    assert claims._EVIDENCE_SUBJECT.search("Radar tracks published on Monday")
    assert claims._EVIDENCE_SUBJECT.search("Geolocated footage published on Monday")  # the bundled rows stay
    assert claims._EVIDENCE_SUBJECT.search("A radar operator") is None                # the row's words, whole
    assert claims._EVIDENCE_SUBJECT.search("The footballer") is None                  # a word of its own


# --- speech_words.csv: lede_role (claims._NAME_THEN_ROLE, _TITLE_THEN_NAME: the lede's unnamed role named below) ------

def test_a_lede_role_of_your_own_table_is_named_further_down(own_words):
    assert claims._NAME_THEN_ROLE.search("Petro Moroz, spokesman for the southern group, said").group("name", "role") \
        == ("Petro Moroz", "spokesman")
    assert claims._NAME_THEN_ROLE.search("Petro Moroz, a press officer of the fleet, said").group("role") == "officer"
    assert claims._NAME_THEN_ROLE.search("Petro Moroz, envoy for the south, said") is None
    assert claims._TITLE_THEN_NAME.search("Envoy Petro Moroz said") is None
    assert "envoy" not in claims._lede_roles()
    own_words("envoy,lede_role,\n")
    assert claims._NAME_THEN_ROLE.search("Petro Moroz, envoy for the south, said").group("name", "role") \
        == ("Petro Moroz", "envoy")
    assert claims._TITLE_THEN_NAME.search("Envoy Petro Moroz said").group("role", "name") == ("Envoy", "Petro Moroz")
    assert {"envoy", "spokesman"} <= claims._lede_roles()  # the bundled rows stay
    assert claims._NAME_THEN_ROLE.search("Petro Moroz, Envoy for the south, said") is None  # in lower case after a name
    assert claims._NAME_THEN_ROLE.search("Petro Moroz, envoys for the south, said") is None  # a word of its own


# --- speech_words.csv: role_modifier, role_unit, unit_head_modifier, adjective_ and possessive_role_modifier ---------
# (mentions.people().role_regex: the words between the article or possessive and a role)

def _role(text):
    found = mentions.people().role_regex.match(text)
    return found.group(0) if found else None


def test_a_role_modifier_of_your_own_table_keeps_the_role_one(own_words):
    assert _role("the acting governor said") == "the acting governor"
    assert _role("a senior military commander said") == "a senior military commander"
    assert _role("the interim governor said") is None
    own_words("interim,role_modifier,\n")
    assert _role("the interim governor said") == "the interim governor"
    assert _role("the interim acting governor said") == "the interim acting governor"  # several in a row
    assert _role("the acting governor said") == "the acting governor"                  # the bundled rows stay
    assert _role("the Interim governor said") is None                                  # as written, lower case


def test_a_role_unit_and_a_unit_head_modifier_of_your_own_table(own_words):
    assert _role("the battalion commander said") == "the battalion commander"
    assert _role("the brigade deputy commander said") == "the brigade deputy commander"
    assert _role("the squadron commander said") is None
    assert _role("the brigade assistant commander said") is None
    own_words("squadron,role_unit,\nassistant,unit_head_modifier,\n")
    assert _role("the squadron commander said") == "the squadron commander"
    assert _role("the brigade assistant commander said") == "the brigade assistant commander"
    assert _role("the assistant commander said") == "the assistant commander"  # (a role_modifier too)
    assert _role("the battalion commander said") == "the battalion commander"  # the bundled rows stay
    assert _role("the squadron spokesman said") is None                       # before a unit_head only


def test_an_adjective_and_a_possessive_role_modifier_of_your_own_table(own_words):
    assert _role("the Russian top diplomat said") == "the Russian top diplomat"
    assert _role("Moscow's acting governor said") == "Moscow's acting governor"
    assert _role("the Russian interim governor said") is None
    assert _role("Moscow's interim governor said") is None
    own_words("interim,adjective_role_modifier,\n")
    assert _role("the Russian interim governor said") == "the Russian interim governor"
    assert _role("Moscow's interim governor said") is None  # a kind of its own
    own_words("interim,possessive_role_modifier,\n")
    assert _role("Moscow's interim governor said") == "Moscow's interim governor"
    assert _role("Moscow's top diplomat said") == "Moscow's top diplomat"  # the bundled rows stay


# --- claims._ABOUT_TOPIC: one pattern reads a topic after the verb, a day before it or not (was _DAY_THEN_TOPIC too) --

def test_a_topic_after_the_verb_with_a_day_between_or_not():
    topic = claims._ABOUT_TOPIC
    assert topic.match(" about the assaults near the town")
    assert topic.match(" on the matter")
    assert topic.match(" on Tuesday about the assaults")           # the day is passed over, the topic read
    assert topic.match(" March 3, 2025, regarding the strikes")
    assert topic.match(" last week on the push towards the river")  # "on" after a day is the topic's
    assert not hasattr(claims, "_DAY_THEN_TOPIC")                  # one mechanism
    # what must not change: "on" before a day is the day's, a day alone no topic
    assert topic.match(" on Tuesday that its forces had advanced") is None
    assert topic.match(" on March 3 that") is None
    assert topic.match(" on the evening of the strike that") is None
    assert topic.match(" yesterday that") is None


# --- speech_words.csv: leading_modifier (mentions._LEADING_MODIFIERS: a seat's country after the label's lead) -------

def test_a_leading_modifier_of_your_own_table_goes_before_the_seat_s_country(own_words):
    def lead(label):
        return label[:mentions._LEADING_MODIFIERS.match(label).end()]
    assert lead("senior defence official (unnamed)") == "senior "
    assert lead("another senior-level official (unnamed)") == "another senior-level "
    assert lead("veteran defence official (unnamed)") == ""
    own_words("veteran,leading_modifier,\n")
    assert lead("veteran defence official (unnamed)") == "veteran "
    assert lead("another veteran top official (unnamed)") == "another veteran top "  # the bundled rows stay
    assert lead("defence veteran (unnamed)") == ""  # only where the label opens
