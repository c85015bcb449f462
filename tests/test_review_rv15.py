"""Review of round 14 (rv15): one rule per job where two helpers wrote two. Sentences invented for these tests (other
names, places and wording than any article's)."""

from __future__ import annotations

from saidvsdone import claims, corpus, document


def _speakers(text, published="2025-04-08", title="Front roundup"):
    found = claims.find(corpus.from_text(title + "\n\n" + text, published=published, title=title))
    return [row.speaker for row in found.itertuples()]


# --- a numbered formation, one reading for "the brigade's own count" and a profile's "his brigade says" ------------

def test_the_brigades_own_count_is_the_numbered_brigade_named_before():
    text = ("Lieutenant Colonel Dmytro Vasko took over the 91st Assault Brigade in June. According to the brigade's "
            "own total, its drone teams have hit 60 Russian vehicles since the summer.")
    assert _speakers(text) == ["91st Assault Brigade"]


def test_a_lower_case_kind_is_labelled_with_its_kind_capitalised():
    text = ("Dmytro Vasko took over the 91st assault brigade in June. According to the brigade's own total, its drone "
            "teams have hit 60 Russian vehicles since the summer.")
    assert _speakers(text) == ["91st assault Brigade"]


def test_a_date_before_the_noun_is_no_numbered_formation():
    # must not change: "on the 21st the brigade" names no unit: the count stays the brigade's as written
    text = ("On the 21st the brigade moved north. According to the brigade's own total, its drone teams have hit "
            "60 Russian vehicles since the summer.")
    assert "91st Assault Brigade" not in _speakers(text)
    assert not any(s and s[0].isdigit() for s in _speakers(text))


def test_a_profiles_brigade_is_the_one_the_body_numbers():
    title = "The colonel who counts the convoys: a portrait of Dmytro Vasko"
    deck = ("He has held the crossing since June, and his brigade says it has shot down more Russian drones than any "
            "other unit on the river. How does he do it?")
    body = "Lieutenant Colonel Dmytro Vasko took over the 91st Assault Brigade in June. His drivers call him the clerk."
    text = "\n\n".join([title, deck, "Weekend Pages | Saturday 12 April 2025 | By Ola Brandt", body])
    found = claims.find(corpus.from_text(text, published="2025-04-12", title=title))
    assert "91st Assault Brigade" in list(found["speaker"])


# --- a third country's capital after its body: the speech layer's one rule, for quotes and claims ---------------------

def test_a_capital_after_its_agency_is_the_agency_in_the_claims_too():
    text = ("Britain's defence ministry said on Monday that Russia had lost 900 soldiers a day in March. London said "
            "most of the losses came in assaults on Chasiv Yar.")
    assert _speakers(text) == ["UK Defence Intelligence"] * 2


def test_a_capital_opening_a_new_paragraph_stays_the_government():
    # must not change: only the sentence right before, in the same paragraph
    text = ("Britain's defence ministry said on Monday that Russia had lost 900 soldiers a day in March.\n\n"
            "London said most of the losses came in assaults on Chasiv Yar.")
    assert _speakers(text)[-1] != "UK Defence Intelligence"


# --- a second speech verb after a first verb's partial quote: cl17's window rule serves it alone ------------------------

def test_a_second_verb_after_a_first_verbs_partial_quote_keeps_the_opening_subject():
    text = ("In Lviv, Andrii Sadovyi thanked the volunteers “for every convoy” on Friday and said the city would "
            "keep sending “what the front asks for”.")
    doc = next(document.documents(corpus.from_text(text, published="2025-04-08")))
    (reading,) = [r for q, r in zip(doc.quotes, doc.speech.quotes) if "front asks" in doc.text[q.span.start:q.span.end]]
    assert reading.speaker == "Andrii Sadovyi"


# --- a trailing occasion's nouns: speech_words.csv spoken_occasion (dt22's list in code before) ---------------------------

def test_remarks_closing_the_sentence_date_all_its_words(dated):
    text = ("Rain slowed the fighting in the south.\n\n"
            "General Petro Hai said the bridgehead was shrinking and warned that the enemy could bring up \"two more "
            "regiments\" before the frost, in his remarks broadcast on Friday.\n\n")
    assert dated.quote_dates(text, "2025-10-13")["two more regiments"] == "2025-10-10"  # (a Monday)


def test_an_occasion_noun_not_in_the_tables_dates_nothing(dated):
    # must not change: "in a poem" is no occasion of the words
    text = ("Rain slowed the fighting in the south.\n\n"
            "General Petro Hai said the bridgehead was shrinking and warned that the enemy could bring up \"two more "
            "regiments\" before the frost, in his poem published on Friday.\n\n")
    assert dated.quote_dates(text, "2025-10-13")["two more regiments"] != "2025-10-10"


def test_spoken_occasion_is_a_table_kind():
    from saidvsdone import vocab
    assert {"remarks", "news conference"} <= set(vocab.speech_words()["spoken_occasion"])


# --- a map's "as under X control" and "listed X's … as": the warring sides' forms from countries.csv -------------------

def _claim_speakers(text):
    return _speakers(text, published="2025-05-20")


def test_a_map_marking_ground_under_a_capitals_control_is_a_claim():
    assert _claim_speakers("The mapping project DeepState on Monday shaded half of Toretsk as under Moscow's "
                           "control.") == ["DeepState"]


def test_a_map_marking_ground_under_a_third_countrys_control_is_no_claim():
    # must not change: "under Polish control" names no side of the war
    assert _claim_speakers("The mapping project DeepState on Monday shaded half of Toretsk as under Polish "
                           "control.") == []


def test_listed_a_capitals_goals_as_is_a_statement():
    from saidvsdone.speech._acts import _listed_as
    assert _listed_as().search("The envoy listed Kyiv’s demands as a full withdrawal and reparations.")
    assert not _listed_as().search("The envoy listed Kyiv’s demands as well.")  # must not change: "as well"


# --- an appositive on a noun of what was said: claim_noun rows and the tables' plurals (cl17's list in code before) ----

def test_a_charge_the_other_side_denied_is_its_claim():
    text = ("The governor said Russian shelling had killed 14 soldiers at the depot, a charge Moscow denied on "
            "Tuesday.")
    assert "Russian government" in _speakers(text)  # (a denial: the whole sentence's words are its stance)


def test_stated_nouns_take_the_tables_plurals():
    from saidvsdone.claims._stage import _stated_nouns
    assert {"charge", "charges", "figures", "numbers", "claims"} <= _stated_nouns()


# --- "according to aides close to X": the inner_circle groups after a cue too (one list for both places) ---------------

def test_according_to_aides_close_to_someone_is_the_group():
    from saidvsdone.speech._names import unnamed_after
    text = "according to aides close to the general, the brigade will pull back."
    found = unnamed_after(text, len("according to"), len(text))
    assert found is not None and found.as_written == "aides close to the general"


def test_according_to_a_name_close_to_nothing_is_no_group():
    # must not change: a noun not of the table ("soldiers close to the river") is read as before, not as a circle
    from saidvsdone.speech._names import unnamed_after
    text = "according to soldiers close to the river, the brigade will pull back."
    found = unnamed_after(text, len("according to"), len(text))
    assert found is None or found.as_written != "soldiers close to the river"


# --- an explainer's answer that quotes someone in the first person is still the outlet's prose --------------------------

def _answer_lines(text):
    from saidvsdone import segment
    paragraphs, at = [], 0
    for part in text.split("\n\n"):
        paragraphs.append((at, at + len(part)))
        at += len(part) + 2
    return segment.transcript_lines(text, paragraphs)


def test_an_explainers_answer_quoting_a_first_person_stays_prose():
    # segment had two module-level _QUOTED patterns (cl17's quoted passages, an older quote-mark class); the later one
    # won, so "We" inside quote marks counted as the answer's own first person (the lead's fd22ac3 on main, the same
    # change here: _QUOTED_SPAN)
    text = ("Q: Is the river line holding?\n\nA: Mostly. “We have not lost a metre,” the brigade's spokesman said on "
            "Monday.\n\nQ: What about the north?\n\nA: Quieter, the General Staff says.")
    assert not any("Mostly" in text[a:b] or "Quieter" in text[a:b] for a, b in _answer_lines(text))


def test_an_interviews_first_person_answer_stays_a_transcript_line():
    # must not change: "We" outside quote marks is the interviewee answering
    text = "Q: Is the river line holding?\n\nA: We have not lost a metre since May."
    assert any("lost a metre" in text[a:b] for a, b in _answer_lines(text))
