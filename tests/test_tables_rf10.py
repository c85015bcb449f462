"""Round 12's word lists moved to tables or defined once (rf10): each list is read from one place, a row of your
own extends the rule, and what the table leaves out stays out. Sentences are invented.

speech_words.csv role_unit (mentions._OF_A_UNIT as well as the role pattern); fact_cues.csv launch_verb
(facts.numeric._LAUNCH_BEFORE). The hedge before a number ("about", "roughly", "more than" …): one fragment,
facts.quantities.HEDGE, from its QUALIFIERS, in every facts pattern where a list of its own stood."""

import re

from _facts_readings import readings

from saidvsdone import mentions
from saidvsdone.facts.quantities import HEDGE, QUALIFIERS


# --- speech_words.csv: role_unit (mentions._OF_A_UNIT: "the commander of a drone unit", one unnamed person) --------

def test_a_role_of_a_unit_reads_the_role_unit_words(own_words):
    assert mentions._OF_A_UNIT.match(" of a drone unit near Pokrovsk").group() == " of a drone unit"
    assert mentions._OF_A_UNIT.match(" of an assault squad").group() == " of an assault squad"
    assert mentions._OF_A_UNIT.match(" of a mortar battery") is None
    own_words("battery,role_unit,\n")
    assert mentions._OF_A_UNIT.match(" of a mortar battery").group() == " of a mortar battery"
    assert mentions._OF_A_UNIT.match(" of a drone unit").group() == " of a drone unit"     # bundled rows stay


def test_a_role_of_a_unit_needs_a_unit_word_and_an_article():
    assert mentions._OF_A_UNIT.match(" of the drone unit") is None         # "the": an office the text may name
    assert mentions._OF_A_UNIT.match(" of a drone factory") is None
    assert mentions._OF_A_UNIT.match(" of a united front") is None        # a word of its own


# --- fact_cues.csv: launch_verb (facts.numeric's verb of launching before a bare number) -------------------------------

LAUNCHES = "Ukraine's air force counted 4,200 drones launched in May. \"They are now {verb} 300 in a night,\" it said."


def test_a_bare_number_after_a_launch_verb_of_the_table_counts_the_drones_before(own_cues):
    assert readings(LAUNCHES.format(verb="sending")) == [(4200.0, "drones", "Russia", "count"),
                                                         (300.0, "drones", "Russia", "count")]
    assert readings(LAUNCHES.format(verb="hurling")) == [(4200.0, "drones", "Russia", "count")]
    own_cues("hurling,launch_verb,\n")
    assert readings(LAUNCHES.format(verb="hurling")) == [(4200.0, "drones", "Russia", "count"),
                                                         (300.0, "drones", "Russia", "count")]
    assert readings(LAUNCHES.format(verb="sending")) == [(4200.0, "drones", "Russia", "count"),
                                                         (300.0, "drones", "Russia", "count")]   # bundled rows stay


def test_a_bare_number_after_no_launch_verb_stays_no_launch():
    assert readings(LAUNCHES.format(verb="counting")) == [(4200.0, "drones", "Russia", "count")]


# --- the hedge before a number: one fragment (facts.quantities.HEDGE) for every facts pattern -------------------------

def test_the_hedge_reads_every_written_qualifier_and_nothing_else():
    for written in QUALIFIERS:
        assert re.fullmatch(HEDGE, written, re.IGNORECASE), written
    assert re.fullmatch(HEDGE, "more  than", re.IGNORECASE)     # any white space between its words
    assert re.fullmatch(HEDGE, "another", re.IGNORECASE) is None  # a pattern's own word, added by the pattern
    assert re.fullmatch(HEDGE, "twelve", re.IGNORECASE) is None


def test_a_verb_of_a_court_lets_any_qualifier_stand_before_its_count():
    # rule: "a court sentenced roughly 12 soldiers" is no count of the war, whichever qualifier the copy writes (the
    # court verb's own list once left out "roughly", "approximately", "an estimated")
    for hedge in ("about", "roughly", "approximately", "an estimated", "more than"):
        assert readings(f"A military court sentenced {hedge} 12 Ukrainian soldiers on Monday.") == [], hedge
    # must not change: a verb of killing before the same count keeps its loss
    assert readings("Russian forces killed approximately 40 Ukrainian soldiers near the village.") == [
        (40.0, "troops", "Ukraine", "loss")]


def test_a_plan_reads_any_qualifier_before_its_figure():
    # rule: "planned to advance up to 15 kilometres" is a plan whichever qualifier stands before the figure (the
    # plan's own list once left out "up to": the figure was taken as an advance made)
    from saidvsdone import corpus, facts

    def flags(text):
        return facts.extract(corpus.from_text(text, published="2024-06-01"))["flag"].tolist()

    assert flags("The general said Russia planned to advance up to 15 kilometres into the region.") == ["projected"]
    assert flags("The general said Russia planned to advance about 15 kilometres into the region.") == ["projected"]
    # must not change: the same figure of an advance made is no plan
    assert flags("The general said Russia advanced up to 15 kilometres into the region.") == [""]
