"""Round 26's final read (rv26a) of the claims (cl29) and headline (hl12) changes: each bug it found, on sentences
invented for these tests (rv26fixa). Other helpers of this round add tests of their own to a file of this name; the
functions here are named ``test_rv26fixa_…``."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus

_BYLINE = "\n\nBy Mara Tilson\n\n"


def _found(text: str, published: str = "2024-05-15"):
    return claims.find(corpus.from_text(text, published=published))


def _topics(text: str) -> list[str]:
    return list(_found(text)["topics"])


def _headline_rows(text: str, published: str):
    found = _found(text, published)
    return found[found["headline"]]


# --- B1: the aid exception to a skipped span is the cue's own phrase only ------------------------------------------

def test_rv26fixa_an_aid_phrase_in_a_skipped_span_off_the_cue_takes_nothing_from_the_claim():
    assert _topics("Zelensky thanked Britain for sending tanks and said the new systems had struck Russian positions "
                   "near Bakhmut.") == ["strikes"]


def test_rv26fixa_a_request_for_arms_on_the_cue_is_still_aid():
    assert _topics("The minister asked allies for more Patriot systems to protect the city.") == []


# --- B2: "given" the preposition is no aid ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, claim", [
    ("The general said Russian drones were hitting his positions every day, given the lack of air defence systems.",
     True),
    ("The spokesman said partners had given Kyiv enough shells and air-defence systems for the winter.", False),
])
def test_rv26fixa_given_is_aid_only_as_a_verb(text, claim):
    assert bool(_topics(text)) is claim


# --- B3: money words are not positional ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, claim", [
    ("Budanov said Russia was spending its oil revenue to recruit 30,000 soldiers a month.", True),
    ("The minister said inflation had soared since 300,000 reservists were called up.", True),
    ("The general said the Russians were moving quickly toward the oil refinery.", True),
    ("Analysts say oil revenue matters to Moscow's ability to keep paying soldiers and arms makers.", False),
    ("Officials said a lower price cap would cut Russia's oil revenue faster.", False),
])
def test_rv26fixa_money_before_troops_or_speed_is_only_money_when_it_pays_or_speeds(text, claim):
    assert bool(_topics(text)) is claim


@pytest.mark.parametrize("text, claim", [
    # "pay attention" is no money; a club of governments is no armed group
    ("Putin told the commanders to continue the offensive according to the plan and to pay special attention to the "
     "lives of the soldiers.", True),
    ("The Kremlin said the price cap agreed by the Group of Seven would not change its plans for oil exports.", False),
])
def test_rv26fixa_the_paid_troops_row_leaves_other_pay_and_groups_alone(text, claim):
    assert bool(_topics(text)) is claim


def test_rv26fixa_recruits_paid_are_no_mobilisation():
    topics = _topics("A senior official said Russia could sustain its losses for months because of the cash bonuses "
                     "it pays recruits.")
    assert topics and "mobilisation" not in topics[0]


# --- B4: a possessive after a headline's ", says" ------------------------------------------------------------------

_KRYNKY_BODY = ("Ukrainian marines are holding the bridgehead at Krynky on the left bank of the Dnipro, their commander "
                "said on Monday.\n\nRussian forces attacked the positions 12 times, the General Staff said.")


@pytest.mark.parametrize("title", [
    "Ukrainian Marines Hold Krynky Bridgehead, Says Their Commander",
    "Ukrainian marines hold Krynky bridgehead, says their brigade commander",
])
def test_rv26fixa_a_possessive_after_says_is_a_signature(title):
    rows = _headline_rows(title + _BYLINE + _KRYNKY_BODY, "2023-11-20")
    assert list(rows["speaker"]) == ["commander (unnamed)"]
    assert list(rows["topics"]) == ["territory"]


def test_rv26fixa_a_possessive_noun_and_its_verb_after_says_are_a_clause():
    from saidvsdone.claims import _headlines

    assert _headlines._CLAUSE_AUXILIARY.search("its forces took 30 villages")
    assert _headlines._CLAUSE_AUXILIARY.search("Their Troops Seized The Bridge")
    assert not _headlines._CLAUSE_AUXILIARY.search("their brigade commander")
    assert not _headlines._CLAUSE_AUXILIARY.search("Their Commander")


# --- B5: the background clause needs its comma -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The governor said residents fled hours before Russian forces entered the town.",
    "The ministry said the evacuation began days before Russian troops reached the outskirts.",
])
def test_rv26fixa_a_time_clause_without_a_comma_is_the_speakers_words(text):
    assert "territory" in _topics(text)[0]


def test_rv26fixa_a_time_clause_after_a_comma_is_still_the_reporters():
    assert _topics("The mayor said the market would stay closed through the weekend, a day after Ukrainian forces "
                   "recaptured two villages to the south.") == []


# --- B6: the dam row ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, claim", [
    ("The general said the strikes were a blow to Russian artillery hidden near the reservoir.", True),
    ("The general said his troops had destroyed Russian mining equipment and three howitzers near the dam.", True),
    ("Kyiv said Russian troops had blown up the dam from the inside.", False),
    ("Kyiv said Russian troops blew the dam up.", False),
    ("Kyiv said Russian forces had mined the dam.", False),
    ("Kyiv said Russian troops were mining the dam.", False),
])
def test_rv26fixa_a_dam_blown_up_or_mined_but_not_a_blow_or_mining_equipment(text, claim):
    assert bool(_topics(text)) is claim


# --- B7: the outlet's clause after a headline's statement, end to end ------------------------------------------------

_PACKAGE_BODY = ("The Pentagon on Friday announced a new $400 million package of weapons for Ukraine.\n\n"
                 "Ukraine's military said on Friday that Russian forces had attacked 20 times near Vovchansk.")


def test_rv26fixa_the_outlets_as_clause_types_nothing_of_the_announcement():
    title = "Pentagon announces $400 million arms package as Russia opens new push near Kharkiv"
    assert _headline_rows(title + _BYLINE + _PACKAGE_BODY, "2024-05-10").empty


def test_rv26fixa_the_speakers_own_words_before_the_as_clause_stay_a_claim():
    title = "Pentagon says Russian troops advanced near Kharkiv as Moscow opens new push"
    rows = _headline_rows(title + _BYLINE + _PACKAGE_BODY, "2024-05-10")
    assert list(rows["speaker"]) == ["US Department of Defense"]
    assert "territory" in rows["topics"].iloc[0]
