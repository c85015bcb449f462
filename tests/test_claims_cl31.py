"""cl31: which sentences are claims, on everyday hard-news copy — the fate of a town decided, a death acknowledged, an
ally's named weapons supplied, a leader briefed on an attack, a side that "describes the situation differently", public
buildings hit, and a plural denial at the sentence's end ("…, figures Kyiv dismissed as invented") giving the denier a
row of its own. Each off-course sentence has an on-course twin worded alike. Invented sentences."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _found(text: str, published: str = "2024-05-15"):
    return claims.find(corpus.from_text(text, published=published))


def _is_claim(text: str) -> bool:
    return len(_found(text)) > 0


# --- war-course words the topic table lacked (data/claim_topics.csv, cl31 rows) -------------------------------------

@pytest.mark.parametrize("text, topic", [
    # the fate of a town or a battle decided or sealed: the course of the fighting
    ("Oleksiy Danilov said on Tuesday that the fate of Bakhmut would be decided within days.", "pace"),
    ("A Russian politician told state television that the fate of the town was already sealed.", "pace"),
    # a death in battle acknowledged: a side's loss
    ("Earlier this month, the Ukrainian General Staff acknowledged the death of a colonel near Marinka.", "losses"),
    ("The ministry confirmed the deaths of two pilots in the crash of a fighter jet over the front.", "losses"),
])
def test_new_war_course_words_make_claims(text, topic):
    found = _found(text)
    assert len(found) == 1
    assert found.iloc[0]["claim_type"] == topic


@pytest.mark.parametrize("text", [
    # an ally's delivery of named weapons (and what they can do) is arms aid, no strike
    "France confirmed in June that it had supplied SCALP cruise missiles, which have a range of over 250 kilometres.",
    "The Dutch minister said his country had already delivered 18 fighter jets to the Ukrainian air force.",
    # a leader told about an attack is kept informed: no statement of what happened
    "The spokesman added that the president had been briefed on the raid by the defence minister.",
    "The Kremlin said Putin was informed about the strikes by the chief of the General Staff.",
    # a side that sees things otherwise says nothing of its own
    "The Russian side describes the situation differently.",
    "Officials in Moscow see the events otherwise, the agency said.",
    # public buildings hit are civilian damage
    "A rocket hit the city's police station and a wing of the college campus, according to the mayor.",
    "Two drones hit the city museum and a church overnight, the mayor said.",
    # a civilian's death stays out (the civilian word beside it)
    "The governor said the deaths of three civilians in the shelling had been confirmed.",
])
def test_aid_briefings_and_public_buildings_are_no_claims(text):
    assert not _is_claim(text)


@pytest.mark.parametrize("text", [
    # the same words about the war's course
    "The ministry said its air defences had shot down six cruise missiles supplied by Britain over the past day.",
    "The spokesman added that Russian troops had repelled the raid and killed 40 Ukrainian soldiers.",
    "The Russian side said its troops had taken the village and now hold the situation at the front.",
    "Ukrainian missiles hit a Russian command post near the university, killing 40 soldiers, the army said.",
])
def test_twins_about_the_war_stay_claims(text):
    assert _is_claim(text)


# --- a plural denial at the sentence's end: the denier speaks too (claims/_voices.py, cl31) ---------------------------

@pytest.mark.parametrize("text", [
    "Igor Konashenkov said on Wednesday that Russian units had taken Kherson. He added that the Ukrainian side had "
    "lost more than 2,000 troops, figures Kyiv dismissed as invented.",
    "The ministry said Russian troops had taken three villages near Kupiansk, claims Kyiv denied.",
    "The ministry said Russian troops had taken three villages near Kupiansk, claims that were rejected by Kyiv.",
])
def test_plural_denial_gives_the_denier_a_row(text):
    found = _found(text)
    last = found[found["start"] == found["start"].max()] if "start" in found else found
    speakers = set(found["speaker"])
    assert "Ukrainian government (Kyiv)" in speakers
    assert len(speakers) == 2
    # both rows are the same (last) sentence
    assert len(set(last["text"])) == 1


def test_plural_denial_keeps_the_singular_reading():
    found = _found("The ministry said Russian troops had taken three villages near Kupiansk, a claim Kyiv denied.")
    assert "Ukrainian government (Kyiv)" in set(found["speaker"])
    assert len(found) == 2


def test_plural_noun_without_a_denying_verb_adds_no_voice():
    # "reports" as the subject of a hedge is no denial: the one speaker only
    found = _found("The ministry said Russian troops had taken three villages near Kupiansk, reports showed.")
    assert "Ukrainian government (Kyiv)" not in set(found["speaker"])


# --- a lone voice inside a relative clause on the reporter's noun: that clause decides (claims/_stage.py, cl31) --------

def test_relative_voice_on_civilian_damage_is_no_claim():
    assert not _is_claim("The strike came in the third week of a Russian campaign against the grid, which Ukrainian "
                         "officials say has left thousands of homes without power.")


@pytest.mark.parametrize("text", [
    "The strike came in the third week of a Russian offensive near Pokrovsk, which Ukrainian officials say has stalled.",
    "Russian forces took the town in February, which Ukrainian officials say cost Moscow 40,000 troops.",
    # the same speaker's main verb before the relative: the whole sentence is his (no scope)
    "Yermak said Russia had launched 170 drones overnight, which he said showed what Moscow's words were worth.",
])
def test_relative_voice_on_the_war_stays_a_claim(text):
    assert _is_claim(text)


# --- "according to estimates by Western governments": the data's owner speaks (claims/_voices.py, cl31) ---------------

@pytest.mark.parametrize("text, speaker", [
    ("Moscow holds nearly 11 per cent of the province, according to estimates by Western governments.",
     "Western governments"),
    ("Moscow has lost 20,000 troops this month, according to the latest figures from Western officials.",
     "Western officials"),
])
def test_data_owner_after_by_speaks(text, speaker):
    found = _found(text)
    assert list(found["speaker"]) == [speaker]


def test_data_owner_needs_a_speaking_owner():
    assert not _is_claim("Russian troops have taken the bridge, according to records of the old town.")


# --- "It was the first time Moscow had acknowledged …": the reporter's comment, no second row (cl31) ------------------

@pytest.mark.parametrize("comment", [
    "It was the first time Moscow had admitted casualties among its own units.",
    "This marks the first time that the Kremlin has publicly confirmed a retreat in the area.",
])
def test_first_time_comment_is_no_claim(comment):
    found = _found("Russia's Defence Ministry said on Saturday that 500 of its soldiers had been killed near the town "
                   "and that its troops had pulled back. " + comment)
    assert len(found) == 1
    assert found.iloc[0]["speaker"] == "Russian Defence Ministry"


def test_first_time_inside_a_statement_stays():
    # the words "for the first time" inside what is said are no comment on it
    assert _is_claim("Gerasimov acknowledged for the first time that Ukrainian troops had pushed into the region.")


# --- threats told with the verb, shares in "per cent", things that "change nothing at the front" (cl31 rows) ---------

@pytest.mark.parametrize("text, topic", [
    ("A source in the delegation told Reuters that the other side had threatened to take two more regions.", "threat"),
    ("The ministry said Russia now controls about a fifth, or 19 per cent, of the country.", "territory"),
    ("Kremlin spokesman Dmitry Peskov said the new aid would change nothing at the front.", "pace"),
])
def test_verb_threats_shares_and_no_change_are_claims(text, topic):
    found = _found(text)
    assert len(found) == 1
    assert topic in found.iloc[0]["topics"]


# --- no-claim classes told with war words: named weapons sent, a dead treaty, a nuclear plant's safety, aid reaching a
# --- town, refugees abroad (data/claim_topics.csv, cl31 rows) -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The chancellor said Berlin would not send Taurus missiles to Kyiv.",
    "The deputy minister said the arms pact was already dead.",
    "The watchdog's head said the safety of the atomic plant remained fragile.",
    "Regional officials said humanitarian aid had reached the town on Monday.",
    "The refugee agency said four million people had fled abroad since the invasion.",
])
def test_locality_aid_and_safety_lines_are_no_claims(text):
    assert not _is_claim(text)


@pytest.mark.parametrize("text", [
    # the same words about the war's course
    "The ministry said Storm Shadow missiles had hit a Russian command post in the occupied port.",
    "The general said the situation at the front near the nuclear plant was difficult.",
    "The general said Russian troops had fled the town after the assault.",
    "The spokesman said the ceasefire was dead and the offensive would continue.",
])
def test_war_course_twins_stay_claims(text):
    assert _is_claim(text)


# --- a direct quote whose attribution adds a participle's "that" clause (claims/_content.py, cl31) --------------------

@pytest.mark.parametrize("text", [
    "\u201cWe thank our allies. The system works,\u201d the minister said in a televised speech, admitting for the "
    "first time that the rockets had been launched.",
    "\u201cWe thank our partners,\u201d the president said, adding that the rockets had been fired.",
])
def test_quote_with_a_participle_clause_is_a_claim(text):
    found = _found(text)
    assert len(found) == 1
    assert found.iloc[0]["found_in"] == "reported"


@pytest.mark.parametrize("text", [
    # a bare attribution, and a participle clause with no war word, stay quotes
    "\u201cOur drones hit the depot,\u201d the commander said.",
    "\u201cOur drones hit the depot,\u201d the commander said, adding that it was cold.",
])
def test_quote_without_its_own_war_clause_is_no_claim(text):
    assert not _is_claim(text)
    rows = claims.find(corpus.from_text(text, published="2024-05-15"), include_quotes=True)
    assert set(rows["found_in"]) <= {"quote"}


# --- "a source in the Ukrainian delegation": the side's group goes before the noun (mentions.py, member_body) --------

def test_source_in_a_sides_delegation_is_labelled_body_first():
    found = _found("A source in the Russian delegation, speaking on condition of anonymity, told Reuters that the "
                   "Ukrainian negotiators had threatened to take the Belgorod region if Moscow refused.")
    assert list(found["speaker"]) == ["Russian delegation source (unnamed)"]


def test_source_in_a_lower_case_body_of_no_kind_keeps_its_label():
    found = _found("A source in the Russian ministry told Reuters that Ukrainian troops had retreated from the town.")
    assert list(found["speaker"]) == ["source in the Russian ministry (unnamed)"]


# --- a body named before speaking through "according to its latest map" and "It … but said …" (claims, cl31) --------

def test_according_to_the_groups_map_is_the_group_named_before():
    found = _found("DeepState, a group of volunteer analysts, has been tracking the offensive near the town. Russian "
                   "forces have captured about 30 square kilometres near the town since June, according to the "
                   "group's latest map.")
    assert list(found["speaker"]) == ["DeepState"]


def test_it_then_said_is_the_body_named_before():
    found = _found("Russia's Defence Ministry said on Thursday that its air defences had shot down two missiles. It "
                   "gave no figure for damage at the bases but said Ukrainian forces had lost some 500 troops.")
    assert list(found["speaker"]) == ["Russian Defence Ministry", "Russian Defence Ministry"]
    assert found.iloc[1]["claim_type"] == "losses"


def test_it_then_said_needs_a_body_before():
    # no institution named before "It": the pronoun is nobody's, no row
    found = _found("The storm passed overnight. It gave no detail of the front but said 500 troops had been lost.")
    assert found.empty


# --- "The address was recorded on Tuesday evening": the day of the address just named (speech/_occasions.py, cl31) ----

def test_address_dated_by_the_sentence_after():
    found = _found("President Volodymyr Zelensky said in his nightly video address that Russian troops had retreated "
                   "from the town. The address was recorded on Tuesday evening.", published="2023-10-19")
    assert len(found) == 1
    assert str(found.iloc[0]["statement_date"].date()) == "2023-10-17"


def test_address_without_a_recording_day_stays_undated():
    found = _found("President Volodymyr Zelensky said in his nightly video address that Russian troops had retreated "
                   "from the town.", published="2023-10-19")
    assert found["statement_date"].isna().all()
