"""claims.find on the claim-miss families of blind batch p (round 9: tests/gold/stress/blind13, eight invented long
pieces): sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _find(text, published="2025-03-12"):
    return claims.find(corpus.from_text("Front roundup\n\n" + text, published=published, title="Front roundup"))


def _row(table, start):
    rows = table[table["text"].str.startswith(start)]
    assert len(rows) == 1, table[["speaker", "text"]].values.tolist()
    return rows.iloc[0]


def _none(table, start):
    assert table[table["text"].str.startswith(start)].empty, table[["speaker", "text"]].values.tolist()


# --- claim nouns (data/claim_words.csv, group claim_noun) ------------------------------------------------------------

@pytest.mark.parametrize("text, start, speaker", [
    # a noun the table lists, copular ("X's forecast was that …")
    ("Kyrylo Budanov spoke on Friday. Budanov's forecast was that the enemy would run out of shells by June.",
     "Budanov's forecast", "Kyrylo Budanov"),
    # a day between the noun and its clause
    ("The Russian defence ministry's claim on Monday that its units had reached the river was the first of the week.",
     "The Russian defence ministry's claim", "Russian Defence Ministry"),
    # a country's assurances
    ("Kyiv's assurances that the bridgehead would hold have been repeated all month.", "Kyiv's assurances",
     "Ukrainian government (Kyiv)"),
    # the owner after "from"
    ("The report came with assurances from the army's spokesman, Igor Konashenkov, that the last road into the town "
     "was under Russian fire.", "The report came", "Igor Konashenkov"),
])
def test_claim_nouns_speak_for_their_owner(text, start, speaker):
    assert _row(_find(text), start)["speaker"] == speaker


def test_a_possessive_pronoun_heading_a_sentence_takes_the_speaker_before():
    found = _find("Oleksandr Syrskyi said on Tuesday that the front was holding. His assessment was that neither army "
                  "could break through before the spring.")
    assert _row(found, "His assessment")["speaker"] == "Oleksandr Syrskyi"


@pytest.mark.parametrize("text, start", [
    ("The weather forecast on Monday that rain would fall came true.", "The weather forecast"),  # no owner speaks
    ("Budanov's prediction, made in 2023, proved wrong.", "Budanov's prediction"),  # no content clause
    ("The assurances from the hotel that rooms were free proved useful.", "The assurances"),  # no owner who speaks
])
def test_no_claim_from_a_claim_noun_without_owner_or_clause(text, start):
    _none(_find(text), start)


# --- speech cues that are mostly nouns, and "expects" ---------------------------------------------------------------

@pytest.mark.parametrize("text, start, speaker", [
    ("The head of military intelligence, Kyrylo Budanov, forecast in a radio interview on Monday that the Russian "
     "offensive would stall by May.", "The head of military intelligence", "Kyrylo Budanov"),
    ("Oleksandr Syrskyi visited the front on Monday. He forecasts that Russian troops will not reach the river.",
     "He forecasts", "Oleksandr Syrskyi"),
    ("Oleksandr Syrskyi visited the front on Monday. He expects the Russian assaults to intensify next week.",
     "He expects", "Oleksandr Syrskyi"),
    ("The UK Ministry of Defence said on Thursday that Russia had lost 900 troops. It judged that the brigade's "
     "last supply road was within range of Russian artillery.", "It judged", "UK Defence Intelligence"),
])
def test_noun_forms_and_expects_read_as_verbs_after_a_subject(text, start, speaker):
    assert _row(_find(text), start)["speaker"] == speaker


@pytest.mark.parametrize("text, start", [
    ("The forecast that the town would fall was wrong.", "The forecast"),
    ("Weather forecasts that were published on Monday said the front would see rain.", "Weather forecasts"),
    ("Analysts spoke on Monday. They expect the front to hold through the winter.", "They expect"),  # a group
])
def test_noun_forms_stay_nouns(text, start):
    _none(_find(text), start)


# --- asides: "In his view", "in his words", "as he put it" ----------------------------------------------------------

def test_in_his_view_after_a_sentence_that_made_no_claim():
    found = _find("Colonel Taras Hrytsenko commands a brigade. He spoke to us by phone on Monday.\n\n"
                  "In his view, the Russian offensive has stalled south of the river.")
    assert _row(found, "In his view")["speaker"] == "Taras Hrytsenko"


@pytest.mark.parametrize("aside", ['It was, in his words, "the worst week of the winter".',
                                   'The front near the town, as he put it, had become "a wall".'])
def test_an_aside_in_the_next_paragraph_goes_on_with_the_statement(aside):
    found = _find("Russian units had advanced 5 kilometres near the town, Oleksandr Syrskyi said on Tuesday.\n\n" + aside)
    assert _row(found, aside[:12])["speaker"] == "Oleksandr Syrskyi"


def test_an_aside_with_no_statement_before_makes_no_claim():
    _none(_find("The mayor opened a bakery on Tuesday.\n\nIt was, in his words, \"the best day of the year\"."), "It was")


# --- subjects with a day, titles before names, refusals, rejections ---------------------------------------------------

def test_a_day_between_the_subject_and_its_verb():
    found = _find("Russia's Defence Ministry gave its own account. Its daily bulletin on Monday said Russian troops "
                  "had taken the village of Hrabove.")
    row = _row(found, "Its daily bulletin")
    assert row["speaker"] == "Russian Defence Ministry"
    assert str(row["statement_date"].date()) == "2025-03-10"


def test_a_title_before_the_name_of_a_participle_subject():
    found = _find("Kremlin spokesman Dmitry Peskov declined to comment on the timing, saying only that the operation "
                  "would go on until its goals were met.")
    assert _row(found, "Kremlin spokesman")["speaker"] == "Dmitry Peskov"


def test_a_refusal_before_the_participle_is_no_content():
    # the refused subject (a meeting) is no war content; "no date had been set" is none either
    _none(_find("Dmitry Peskov declined to comment on reports of a planned summit in Geneva, saying no date had been "
                "set."), "Dmitry Peskov declined")


def test_calling_them_after_a_rejection_is_the_speakers_word_for_the_reports():
    found = _find('The Russian Defence Ministry rejected reports that a Russian company had surrendered near Shakhove, '
                  'calling them "a provocation".')
    assert _row(found, "The Russian Defence Ministry rejected")["speaker"] == "Russian Defence Ministry"


def test_calling_them_holds_whatever_follows_the_sentence():
    # the tail runs to the end of its sentence: a colon in a later paragraph does not undo it
    found = _find('The Russian Defence Ministry rejected reports that a Russian company had surrendered near Shakhove, '
                  'calling them "a provocation".\n\nThe front line: unchanged since Monday.')
    assert _row(found, "The Russian Defence Ministry rejected")["speaker"] == "Russian Defence Ministry"


def test_calling_it_after_an_allegation_stays_an_allegation():
    _none(_find("The ministry accused Kyiv of shelling the market, calling it a provocation."), "The ministry accused")


# --- own voice, maps, roads ---------------------------------------------------------------------------------------------

def test_a_source_that_does_not_publish_figures_is_no_outlet_voice():
    found = _find("Ukraine's General Staff does not publish figures for lost ground.\n\n"
                  "According to the General Staff's tally, Russia lost 31,000 troops killed and wounded in April.")
    assert _row(found, "According to")["speaker"] == "Ukrainian General Staff"


def test_a_map_states_only_its_that_clause():
    found = _find("DeepState said on Wednesday that Russia had taken 300 square kilometres in May. "
                  "The group's map showed Russian troops in control of two villages west of the town. "
                  "The group's map showed that Russian units had also advanced north of the river.")
    _none(found, "The group's map showed Russian")
    assert _row(found, "The group's map showed that")["speaker"] == "DeepState"


def test_a_road_cut_in_the_passive_is_a_territory_claim():
    found = _find("Russian military bloggers said overnight that the last road out of the town had been cut.")
    assert _row(found, "Russian military bloggers")["claim_type"] == "territory"


# --- a relative clause counting claims is no second statement ------------------------------------------------------------

def test_the_largest_settlement_moscow_has_claimed_is_no_second_speaker():
    found = _find("Russia's defence ministry said on Monday that its forces had taken Hrabove, the largest village "
                  "Moscow has claimed in weeks.")
    assert found["speaker"].tolist() == ["Russian Defence Ministry"]


def test_moscow_has_claimed_with_its_content_still_speaks():
    found = _find("Moscow has claimed in a statement that its troops took the town of Hrabove.")
    assert len(found) == 1


def test_its_bulletin_belongs_to_a_body_not_to_the_person_who_spoke_before():
    found = _find("Oleksandr Syrskyi said on Monday that the front was holding. Russia's Defence Ministry gave a "
                  "different picture. Its daily bulletin on Tuesday said Russian forces had taken the village of Hrabove.")
    assert _row(found, "Its daily bulletin")["speaker"] == "Russian Defence Ministry"


def test_a_claim_noun_takes_the_day_named_beside_it():
    found = _find("The Russian defence ministry's claim on Tuesday that its troops had reached the river was the "
                  "first of the week.")
    assert str(_row(found, "The Russian defence ministry's claim")["statement_date"].date()) == "2025-03-11"


# --- an unnamed person of a named body -------------------------------------------------------------------------------

def test_a_senior_nato_official_is_an_unnamed_person_and_she_continues():
    found = _find("A senior NATO intelligence official briefed reporters in Brussels on Monday. Her assessment was "
                  "that neither army could break through before the summer. She said Russia was still recruiting "
                  "about 30,000 men a month.")
    assert _row(found, "Her assessment")["speaker"] == "senior NATO intelligence official (unnamed)"
    assert _row(found, "She said")["speaker"] == "senior NATO intelligence official (unnamed)"


def test_the_body_itself_still_speaks():
    found = _find("NATO said on Monday that Russia was recruiting about 30,000 men a month.")
    assert _row(found, "NATO said")["speaker"] == "NATO"


def test_an_unnamed_person_opening_the_sentence_before_speaks_on_by_pronoun():
    found = _find("A senior NATO intelligence official, who briefed reporters on Monday on condition of anonymity, "
                  "was more measured. Her assessment was that neither army could break through before the summer. "
                  "She said Russia was still recruiting about 30,000 men a month.")
    assert _row(found, "Her assessment")["speaker"] == "senior NATO intelligence official (unnamed)"
    assert _row(found, "She said")["speaker"] == "senior NATO intelligence official (unnamed)"


def test_denied_reports_of_the_other_side_stay_the_deniers_alone():
    # (batches k and l label "denied Russian reports that …" for the denier only; "claims" and "assertions" of a side
    # give that side a row too, as batch o labels them)
    found = _find("The Kremlin on Tuesday rejected Ukrainian reports that Kyiv's forces had broken through Russian lines "
                  "near the town.")
    assert found["speaker"].tolist() == ["Kremlin"]


# --- vocabulary: a report's authors, a place that will fall --------------------------------------------------------------

def test_a_reports_authors_speak():
    found = _find("The Black Bird Group estimated on Monday that Russia held 19 percent of Ukraine. The data, the "
                  "report's authors said, show a war in which neither side can turn local gains into a breakthrough.")
    assert len(_row(found, "The data, the report's authors said")["speaker"]) > 0


@pytest.mark.parametrize("text, start, claim", [
    ("Russian generals said on Tuesday that the town would fall by spring.", "Russian generals", True),
    ("Analysts said oil prices could fall next month.", "Analysts", False),
])
def test_a_place_that_will_fall(text, start, claim):
    found = _find(text)
    if claim:
        assert _row(found, start)["claim_type"] == "territory"
    else:
        _none(found, start)


# --- headline verbs from the cue table ---------------------------------------------------------------------------------

def _headline(title, body):
    found = claims.find(corpus.from_text(title + "\n\n" + body, published="2025-03-12", title=title))
    return found[found["headline"].astype(bool)]


@pytest.mark.parametrize("title", ["Russia fires nearly 650 drones at Ukraine, air force contends",
                                   "Russia fires nearly 650 drones at Ukraine, says air force",
                                   "Air force reckons Russia fired nearly 650 drones at Ukraine"])
def test_headline_verbs_include_the_tables_present_forms(title):
    body = "Ukraine's air force said on Sunday that Russia had fired 650 drones overnight."
    assert _headline(title, body)["speaker"].tolist() == ["Ukrainian Air Force"]


def test_a_headline_without_a_speaker_stays_no_claim():
    body = "Ukraine's air force said on Sunday that Russia had fired 650 drones overnight."
    assert _headline("Russia fires nearly 650 drones at Ukraine overnight", body).empty
