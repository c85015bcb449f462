"""rv28fixc: the review rv28c of cl31's claim rules, folded. A dummy "It" with "added to"/"reported losses" is no
body speaking; "dead" only as a treaty's predicate; "the death of" only a soldier's; the first-time frame only after a
claim told before it; a civilian site given a military use is a target; a threat only with a battlefield object;
shelling counts are civilian damage. Each off-course sentence has an on-course twin worded alike. Invented sentences."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus

LEAD = "Ukraine's General Staff said on Monday that its air defences had downed 14 drones. "


def _found(text: str, published: str = "2024-05-15"):
    return claims.find(corpus.from_text(text, published=published))


def _is_claim(text: str) -> bool:
    return len(_found(text)) > 0


# --- 1. "It …, and added to …" / "and reported losses …": no body speaks (claims/_speakers.py) -----------------------

@pytest.mark.parametrize("second", [
    "It poured for two days and added to the hardship of soldiers who gave up three hamlets near Avdiivka.",
    "It froze all month in the area and reported losses were high as Ukrainian units retook three hamlets.",
])
def test_dummy_it_with_a_verb_that_says_nothing_is_no_speaker(second):
    assert len(_found(LEAD + second)) == 1


def test_it_then_a_verb_of_saying_still_speaks():
    second = "It gave no figure for its own casualties but said Russian units had lost 300 soldiers near Avdiivka."
    assert len(_found(LEAD + second)) == 2


# --- 2. a treaty "dead" only as its predicate (data/claim_topics.csv) ------------------------------------------------

def test_treaty_gap_does_not_mask_real_losses():
    found = _found("Moscow said the pact had collapsed and Ukrainian shelling killed 25 Russian soldiers near Kreminna.")
    assert len(found) == 1
    assert found.iloc[0]["claim_type"] == "losses"


def test_a_dead_treaty_is_no_claim():
    assert not _is_claim("The deputy minister said the arms control pact was now all but dead.")


# --- 3. "the death of" a soldier or an officer, not of a deal ---------------------------------------------------------

def test_death_of_a_deal_is_no_loss():
    found = _found("Lavrov said the move meant the death of the corridor deal.")
    assert "losses" not in set(found["claim_type"])


def test_death_of_an_officer_is_a_loss():
    found = _found("The General Staff confirmed the death of a second colonel near Vuhledar.")
    assert list(found["claim_type"]) == ["losses"]


# --- 4. the first-time frame comments only on a claim told before it (claims/_stage.py) -------------------------------

def test_first_time_frame_alone_is_the_claim():
    assert _is_claim("It was the first time the general had said his troops would pull back from Kupiansk.")


def test_first_time_frame_after_the_claim_adds_no_row():
    text = ("The Kremlin said on Friday that its troops had withdrawn from two villages near Lyman. It was the first "
            "time Moscow had admitted a retreat in the region.")
    assert len(_found(text)) == 1


# --- 5. a civilian site given a military use is a target (data/claim_words.csv military_use) -------------------------

@pytest.mark.parametrize("text", [
    "The army said Ukrainian strikes destroyed a church used as an ammunition depot near Horlivka.",
    "The army said Russian missiles hit a school housing troops near Kupiansk.",
])
def test_site_given_a_military_use_is_a_claim(text):
    assert _is_claim(text)


@pytest.mark.parametrize("text", [
    "The army said Ukrainian strikes destroyed a church near Horlivka.",
    "The army said Russian missiles hit a school near Kupiansk.",
    "Kyiv said Russian drones struck the nuclear plant overnight.",
])
def test_civilian_site_hit_stays_no_claim(text):
    assert not _is_claim(text)


# --- 6. a threat only with a battlefield object (data/claim_topics.csv threat row) -----------------------------------

def test_threat_without_battlefield_object_is_no_claim():
    assert not _is_claim("Zakharova said the alliance was threatening Belarus.")


def test_threat_to_take_ground_is_a_claim():
    assert _is_claim("A delegate said the other side had threatened to seize two more provinces.")


# --- shelling counts by local officials are civilian damage (data/claim_topics.csv) ----------------------------------

def test_shelling_count_is_no_claim():
    assert not _is_claim("The mayor said the village had been shelled more than 25 times overnight.")


def test_shelling_without_a_count_and_assaults_repelled_stay_claims():
    assert _is_claim("The governor said the town had been shelled overnight.")
    # a command's count of fire on forces (a military_target between the verb and the count) stays a claim
    assert _is_claim("The eastern command said the enemy had shelled Ukrainian positions near the river 60 times.")
    assert _is_claim("The regional governor said Ukrainian units had repelled twelve assaults near the town.")


# --- 13. nu17: the bad review date's advice is given once ------------------------------------------------------------

def test_bad_review_date_says_the_format_once():
    from saidvsdone import report

    with pytest.raises(report.ReviewError) as raised:
        report.check_review(review_date="05/06/2025", review_author="A desk", review_url="https://example.org/check")
    assert str(raised.value).count("YYYY-MM-DD") == 1
    with pytest.raises(report.ReviewError) as raised:
        report.check_review(review_date="2025-13-40", review_author="A desk", review_url="https://example.org/check")
    assert str(raised.value).count("YYYY-MM-DD") == 1
