"""cl30: claims on everyday copy — the line between diplomacy and the war's course (talks about talks, accession,
arms requests and deliveries against a side's terms and results), a source's disclosure habits ("does not publish its
casualty figures"), evacuations told in the passive, interceptions beside a civilian toll, "fought", a claim inside a
", who said …," aside before the same speaker's main verb, and what a bare denial of the sentence before ("Kyiv denied
it.") gives. Each off-course sentence has an on-course twin worded alike. Invented sentences."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus


def _found(text: str, published: str = "2024-05-15"):
    return claims.find(corpus.from_text(text, published=published))


def _is_claim(text: str) -> bool:
    return len(_found(text)) > 0


# --- the diplomacy line (devset §3.2): talks about talks, accession, arms asked for or sent ---------------------------

@pytest.mark.parametrize("text", [
    # how a round of talks went
    "The foreign ministry's spokesman told the agency on Friday that the talks had been difficult.",
    "A Swiss diplomat said the negotiations were very constructive and would go on in Geneva.",
    # talks with partners about buying arms
    "The defence minister said Oslo was in talks with partners about buying more air-defence batteries for Kyiv.",
    # how fast a country joins an alliance
    "The alliance's chief said he hoped the two countries could be admitted quickly.",
    "The prime minister said he expected ratification of the accession protocol soon.",
    # seizing a chance is no seizing of ground
    "The mediator said both delegations should seize the opportunity for a ceasefire agreed in principle.",
    # weapons asked for, arriving or supplied by a third country
    "The president renewed his request for ten more air-defence systems to protect cities from missile strikes.",
    "The minister said the arrival of more interceptors over the winter would help shield the power grid from drones.",
    "Tehran has denied supplying drones to Moscow for use in the war.",
    # talks about talks, calls and communiques (held before cl30: the line's other side)
    "The Kremlin said a phone call between the two presidents had taken place on Friday.",
    "The summit's communique said leaders had discussed support for Ukraine.",
    "The foreign minister said the next round of talks would be held in Istanbul.",
    "The Kremlin said the two presidents had spoken by phone about grain exports.",
])
def test_diplomacy_and_aid_are_no_claims(text):
    assert not _is_claim(text)


@pytest.mark.parametrize("text", [
    # the same words about the war's course
    "The foreign ministry's spokesman told the agency on Friday that the fighting near the town had been difficult.",
    "The general said Russian troops had seized two villages and had a chance to advance further.",
    "The president said the offensive would continue until Russian troops had left every occupied village.",
    "The defence minister said air defences had shot down 30 of the 35 drones launched overnight.",
    "The alliance's chief said Russian forces were advancing quickly near the town.",
    "Dmitry Peskov said the Kremlin would refuse any ceasefire until its troops held the whole region.",
    "The spokesman said the offensive was going slowly and that talks would only start after the front stabilised.",
    "Dmitry Peskov said the offensive would continue until all the goals of the operation were achieved.",
    "Sergei Lavrov said Moscow was ready for talks but that Russian troops would not leave the annexed regions.",
    "The foreign minister said Ukraine would never accept a ceasefire that froze the front line.",
])
def test_war_course_twins_stay_claims(text):
    assert _is_claim(text)


# --- a source's habit of disclosing its losses ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Moscow does not publish its own casualty figures, and Kyiv rarely discloses its own.",
    "The ministry reports its own losses only rarely.",
    "Kyiv seldom reveals its own losses, and Moscow never publishes its casualty figures.",
])
def test_disclosure_habits_are_no_claims(text):
    assert not _is_claim(text)


def test_a_figure_given_stays_a_claim():
    assert _is_claim("The ministry said on Tuesday that its own losses had reached 1,200 soldiers.")
    # a denial that a loss happened stays a claim (no habit in it)
    assert _is_claim("The General Staff did not confirm the loss of the village, saying fighting continued.")


# --- evacuations told in the passive ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The governor said three people had been wounded and that about 180 residents had been moved out of the district.",
    "The mayor said on Sunday that civilians would now be moved out of the town by bus.",
])
def test_evacuation_in_the_passive_is_no_ground(text):
    assert not _is_claim(text)


def test_troops_pushed_out_stay_ground():
    assert _is_claim("The general said Russian troops had been pushed out of the village.")


# --- interceptions beside a civilian toll -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The air force said it had shot down 18 of the 23 missiles fired at the city, when a school was hit.",
    "The governor wrote on Telegram that several drones had been shot down over the region and that two guards had "
    "been injured by falling debris.",
])
def test_interception_beside_a_toll_is_a_claim(text):
    rows = _found(text)
    assert len(rows) == 1 and "strikes" in rows.iloc[0]["topics"].split("|")


@pytest.mark.parametrize("text", [
    "The governor said Russian drones had hit a hospital, injuring three civilians.",
    "The mayor said Russian drones destroyed two homes and injured four residents.",
])
def test_a_strike_on_civilians_stays_no_claim(text):
    assert not _is_claim(text)


# --- "fought" is combat; a fight against crime is not -----------------------------------------------------------------

def test_fought_alongside_is_a_claim():
    rows = _found("The general acknowledged that foreign volunteers had fought alongside his troops, praising their "
                  "courage.")
    assert len(rows) == 1 and rows.iloc[0]["claim_type"] == "territory"


def test_fought_corruption_is_no_claim():
    assert not _is_claim("The minister said the new agency had fought corruption in the procurement office.")


# --- a claim in a ", who said …," aside -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Dmitry Peskov, who said the operation was going to plan, told reporters the talks would resume.",
    "Dmitry Peskov, who said the operation was going to plan, told reporters that the president would visit Beijing.",
])
def test_claim_in_a_who_aside_is_kept(text):
    rows = _found(text)
    assert len(rows) == 1 and rows.iloc[0]["claim_type"] == "on_plan"


def test_who_aside_with_no_speech_stays_attribution():
    # an aside that reports nothing ("who returned from …") adds no content to a diplomacy statement
    assert not _is_claim("Dmitry Peskov, who returned from Brussels on Monday, said the talks had been difficult.")


# --- a bare denial of the sentence before, and a continuation with no cue ---------------------------------------------

@pytest.mark.parametrize("second", ["Kyiv denied it.", "The army chief disputed this.",
                                    "The General Staff rejected the claim as propaganda."])
def test_bare_denial_gives_no_row_of_its_own(second):
    rows = _found("The ministry said on Monday that its forces had captured two villages near the river. " + second)
    assert len(rows) == 1 and rows.iloc[0]["text"].startswith("The ministry said")


def test_uncued_continuation_is_no_row():
    rows = _found("The commander said his troops had advanced two kilometres. They had also taken two villages "
                  "near the river.")
    assert len(rows) == 1


# --- a second voice in a sentence: "a claim X rejected as …", ", three days after X said …" ---------------------------

@pytest.mark.parametrize("text", [
    "The ministry said on Monday that its troops had taken the village, a claim Kyiv rejected the same day as "
    "\"fiction\".",
    "The ministry said its troops had taken the village, a claim rejected by Ukraine's General Staff as an invention.",
])
def test_a_claim_rejected_as_a_word_gives_the_denier_a_row(text):
    assert len(_found(text)) == 2


def test_a_voice_in_a_timed_clause_after_a_that_clause_speaks():
    rows = _found("Oleksandr Syrskyi said that the troops had held the line, a day after Dmitry Peskov said Russian "
                  "forces had taken the town.")
    assert set(rows["speaker"]) == {"Oleksandr Syrskyi", "Dmitry Peskov"}


def test_a_voice_relayed_inside_a_that_clause_is_no_row_of_its_own():
    rows = _found("Oleksandr Syrskyi said that Dmitry Peskov had claimed Russian forces had taken the town.")
    assert list(rows["speaker"]) == ["Oleksandr Syrskyi"]


# --- a verbless lead attributed by the next sentence with its day or medium before "by" -------------------------------

@pytest.mark.parametrize("second", [
    "This was stated on Monday by Oleksandr Syrskyi, the army chief.",
    "This was reported on Telegram on Sunday by Oleksandr Syrskyi.",
    "This was reported by Oleksandr Syrskyi.",
])
def test_lead_attributed_by_the_next_sentence(second):
    rows = _found("Ukrainian units have regained about three square kilometres near the village over the past week. "
                  + second, published="2024-05-15")
    assert list(rows["speaker"]) == ["Oleksandr Syrskyi"] and rows.iloc[0]["text"].startswith("Ukrainian units")


def test_a_past_war_someone_fought_is_no_combat():
    assert not _is_claim("The general cited history, referring to two earlier wars that Russia fought, and said it was "
                         "the same.")


def test_a_habit_beside_another_voice_leaves_the_sentence():
    rows = _found("The ministry, which said on Tuesday that its forces had taken the village, has not commented on "
                  "its losses.")
    assert len(rows) == 1 and rows.iloc[0]["claim_type"] in ("territory", "progress")


# --- the days of the voices added above ----------------------------------------------------------------------------

def _days(text: str, published: str = "2025-04-29") -> dict:
    rows = _found(text, published)
    return {r.speaker: (None if r.statement_date is None or r.statement_date != r.statement_date
                        else str(r.statement_date.date())) for r in rows.itertuples()}


def test_a_denial_with_no_time_of_its_own_is_undated():
    days = _days("On Monday, Igor Konashenkov said Russian troops had taken the station, a figure Kyiv dismissed as "
                 "invented.")
    assert days == {"Igor Konashenkov": "2025-04-28", "Ukrainian government (Kyiv)": None}


def test_a_denial_the_same_day_takes_the_day():
    days = _days("Igor Konashenkov said on Monday that Russian troops had taken the station, a claim Ukraine's "
                 "military rejected the same day as \"fiction\".")
    assert days["Ukrainian military"] == "2025-04-28"


def test_three_days_after_counts_back_from_the_first_verb():
    days = _days("Ukraine's military on Tuesday denied that its troops had left the region, three days after Russia's "
                 "army chief, Valery Gerasimov, told Vladimir Putin that the area had been liberated.")
    assert days == {"Ukrainian military": "2025-04-29", "Valery Gerasimov": "2025-04-26"}


def test_the_day_before_by_in_a_back_reference():
    days = _days("Ukrainian units have regained about three square kilometres near the village. This was reported on "
                 "Telegram on Sunday by Oleksandr Syrskyi.")
    assert days == {"Oleksandr Syrskyi": "2025-04-27"}


def test_debris_from_a_downed_drone_is_no_interception():
    assert not _is_claim("The governor said debris from a downed drone damaged several private houses.")


def test_a_threat_over_weapons_supplied_stays_a_claim():
    # the finite "supplied" of a condition is no aid report: the threat of strikes is the statement
    assert _is_claim("Vladimir Putin said on Sunday that Russia would strike new targets if the West supplied "
                     "longer-range missiles to Kyiv.")
