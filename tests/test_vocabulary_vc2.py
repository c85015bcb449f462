"""vc2: one definition per pattern. Near-copies spelled two or three times in code are written once (in ``when`` or as
a kind of data/speech_words.csv) and every former copy's rule is composed from that one definition: a row of your own
(a layered table, ``vocab.use``) or the shared word list reaches each of them. Sentences invented for these tests."""

import re

import pandas as pd

from saidvsdone import citing, english, vocab, when
from saidvsdone.claims import _speakers, _voices
from saidvsdone.speech import _layout, _occasions


# --- "for days", "for hours": how long something went on (when.FOR_A_SPAN) ------------------------------------------

def test_a_span_is_one_definition_read_by_both_denial_rules():
    for span in ("days", "weeks", "months", "hours"):
        tail = f", a claim the harbour authority disputed for {span}."
        denial = re.search(r",\s+a\s+claim\s+the\s+harbour\s+authority\s+disputed" + _voices._DENIAL_WHEN + r"[.\s]*$",
                           tail)
        assert denial and denial.group("when") == f" for {span}", span
        assert _voices._DENIAL_LASTING.match(denial.group("when")), span  # (lasting: no one occasion)
    assert not _voices._DENIAL_LASTING.match(" for years")  # (the span's units as written once)
    assert re.fullmatch(when.FOR_A_SPAN, "for  hours") and not re.fullmatch(when.FOR_A_SPAN, "for a day")


def _denial(tail: str):
    from saidvsdone import claims, corpus
    text = ("Port claim\n\nRussia's defence ministry said on Tuesday that its drones had struck the ferry terminal in "
            f"Odesa, a claim Kyiv disputed {tail}.\n")
    table = claims.find(corpus.from_text(text, published="2024-03-07"))
    rows = table[table["cue"] == "disputed"]
    assert len(rows) == 1, table[["speaker", "cue", "text"]]
    return rows.iloc[0]


def test_a_denial_kept_up_for_a_span_keeps_its_verb_alone_as_the_cue():
    for span in ("days", "weeks", "months", "hours"):
        assert _denial(f"for {span}")["speaker"] == "Ukrainian government (Kyiv)", span  # (the span: no cue words)
    for span in ("days", "weeks", "months", "hours"):
        assert pd.isna(_denial(f"for {span}")["statement_date"]), span  # habitual: no one day (_HABITUAL_AFTER)


# --- the weekday names: composed from english.WEEKDAYS once (when.WEEKDAYS) -----------------------------------------

def test_every_weekday_is_read_by_each_former_copy():
    assert when.WEEKDAYS.split("|") == [d.title() for d in english.WEEKDAYS]
    for day in (d.title() for d in english.WEEKDAYS):
        # a week-in-review's run-in day, as written and in capitals
        for written in (day, day.upper()):
            lead = _layout._RUN_IN_DAY.match(f"{written} — The port authority said the quay had reopened.")
            assert lead and lead.group("day") == written
        # a lede's past speech verb or day
        assert citing._LEDE_PAST.search(f"The mayor on {day} praised the volunteers.")
        # what may stand between the subject and its verb ("The mayor on Friday said")
        assert _speakers._SUBJECT_GAP.search(f" on {day} ")
        # a denial's day at the sentence's end
        assert re.fullmatch(_voices._DENIAL_WHEN, f", late on {day} evening")
        assert re.fullmatch(_voices._DENIAL_WHEN, f" last {day}")
    assert not _layout._RUN_IN_DAY.match("Someday — The port authority said the quay had reopened.")
    assert not citing._LEDE_PAST.search("The mayor on Fridays praised the volunteers.")


def test_every_month_and_weekday_is_read_by_the_day_rules_composed_from_the_one_list():
    from saidvsdone.claims import _vocabulary
    from saidvsdone.speech import _names
    assert when.MONTH_NAMES.split("|") == [m.title() for m in english.MONTHS]
    for month in (m.title() for m in english.MONTHS):
        assert re.fullmatch(_vocabulary._CLAIM_DAY, f" on {month} 3") and re.fullmatch(_vocabulary._CLAIM_DAY,
                                                                                      f" in {month}")
        assert re.match(_voices._ON_A_DAY, f"on {month} the port reopened")
        assert _names._DAY_BEFORE_VERB.search(f"The mayor on {month} 14")
        assert _occasions._BY_MONTH_FRONTED.match(f" By {month}, the mayor said")
    for day in (d.title() for d in english.WEEKDAYS):
        assert re.fullmatch(_vocabulary._CLAIM_DAY, f" late on {day}")
        assert _names._DAY_BEFORE_VERB.search(f"The mayor early on {day} evening")
    assert not re.fullmatch(_vocabulary._CLAIM_DAY, " on Someday") and not _names._DAY_BEFORE_VERB.search("a Someday")


# --- the kinds of a calendar day: when.CALENDAR_KINDS ----------------------------------------------------------------

def test_the_day_kinds_are_the_calendar_kinds_and_last_week_on_a_weekday():
    assert set(_occasions._DAY_KINDS) == set(when.CALENDAR_KINDS) | {"weekday_week"}
    produced = {kind for kind, _ in when._DATE_PATTERNS}
    assert set(when.CALENDAR_KINDS) <= produced  # (each a kind the date patterns give)
    found = when.find("The mayor spoke on Tuesday, on 5 March and last week on Friday.")
    assert {e.kind for e in found} & set(_occasions._DAY_KINDS)


# --- the gatherings a passage's participants speak at: turn_gathering beside scene_gathering -------------------------

def test_turn_gathering_words_are_rows_read_by_the_gathering_pattern():
    words = vocab.speech_words()
    assert {"talks", "call", "board", "committee", "visit"} <= words["turn_gathering"]
    assert not words["turn_gathering"] & words["scene_gathering"]  # (each noun in one kind)
    gathering = _occasions.GATHERING.compiled()
    for noun in sorted(words["turn_gathering"] | words["scene_gathering"]):
        assert gathering.search(f"Afterwards, at the {noun}, the envoy spoke."), noun
        assert gathering.search(f"Afterwards, at the {noun.upper()}, the envoy spoke."), noun
    assert not gathering.search("The envoys were called up.")  # (not a "call-up", not "called")


def test_a_turn_gathering_of_your_own_is_read_but_sets_no_scene(own_words):
    text = "At the parley, the envoy said the ceasefire would hold."
    assert not _occasions.GATHERING.search(text)
    own_words("parley,turn_gathering,\n")
    found = _occasions.GATHERING.search(text)
    assert found and found.group(0).lower() == "parley"
    assert _occasions.GATHERING.search("AT THE PARLEY, the envoy said so.")
    assert not _occasions._AT_GATHERING.search(text)  # (a scene_gathering word would set the day's scene)


def test_a_scene_gathering_of_your_own_is_read_by_the_gathering_pattern_too(own_words):
    text = "At the colloquium, the envoy said the ceasefire would hold."
    assert not _occasions.GATHERING.search(text)
    own_words("colloquium,scene_gathering,\n")
    assert _occasions.GATHERING.search(text) and _occasions._AT_GATHERING.search(text)


# --- a translated wire's person after an inverted verb and a role: one test of the name (speech._subjects) --------

def test_the_person_after_a_role_is_read_with_and_without_a_comma():
    from test_speakers_sk30 import quote_speaker
    comma = ("Port under fire\n\nThe quay was hit twice overnight, declared this Tuesday the spokesman of the southern "
             "naval command, Taras Kovalyk.\n\n\"The cranes are still standing,\" he said.\n")
    assert quote_speaker(comma, "cranes are still", published="2024-05-15") == "Taras Kovalyk"
    no_comma = ("Port under fire\n\n„The cranes are still standing,” - said the analyst of the Maritime Institute of "
                "Ukraine Petro Savchuk.\n")
    assert quote_speaker(no_comma, "cranes are still", published="2024-05-15") == "Petro Savchuk"


# --- words read in lower case or with a capital: matcher.case_insensitive_opening(first_letter=True) ------------------

def _opening_as_written(words, rest: str) -> str:
    """``_occasions._opening_on_letters`` as it was written before vc2 (its own loop over the letters)."""
    from saidvsdone.matcher import trie_pattern
    by_letter: dict = {}
    for word in sorted(words):
        for letter in dict.fromkeys((word[:1].upper(), word[:1].lower())):
            by_letter.setdefault(letter, []).append(word[1:])
    return "|".join(f"{letter}(?<!\\w.){trie_pattern(rests, spaces=True)}{rest}" for letter, rests in by_letter.items())


def test_the_first_letter_opening_matches_as_the_former_copy_did():
    import random
    words = vocab.speech_words()["telling_verb"] | {"spoke before", "spoke", "tell", "telling", "in"}
    rest = r"\s+(?:the\s+)?(?i:court|house|MPs)\b"
    before = re.compile(_opening_as_written(words, rest))
    after = re.compile(_occasions._opening_on_letters(words, rest))
    pieces = ["told", "Told", "TOLD", "tOld", "tell", "telling", "Telling", "spoke", "spoke  before", "Spoke\nbefore",
              "in", "In", "IN", "the", "court", "House", "mps", "MPs", "xtold", "re-told", "assured", "Assured", "x"]
    rng = random.Random(2)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "-", ", "]) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)], text
    assert after.search("She told the court") and after.search("Told the House, he wept")
    assert not after.search("SHE TOLD THE COURT")  # (a verb in capitals: not read, as before)
    assert _occasions._opening_on_letters((), rest) == ""


def test_a_telling_verb_of_your_own_reaches_every_sitting_pattern(own_words):
    text = "The colonel briefed-up nobody; he harangued the tribunal at length."
    assert not _occasions._TOLD_SITTING.search(text)
    own_words("harangued,telling_verb,\ntribunal,sitting_audience,\n")
    for pattern in (_occasions._TOLD_SITTING, _occasions._SITTING, _occasions._SITTING_TURN, _occasions.GATHERING):
        assert pattern.search(text) and pattern.search(text.replace("he harangued", "Harangued")), pattern


# --- the mention right after "of (the)" / "by (the)": facts.sides.mention_after_of, read by territorial too -----------

def test_the_forces_after_of_or_by_give_the_side_of_a_territorial_change():
    from saidvsdone import corpus, facts

    def moves(text):
        table = facts.extract(corpus.from_text(text, published="2026-03-10"))
        return [(r.actor, r.change, r.place) for r in table.itertuples()]
    assert ("Ukraine", "loss", "Vuhledar") in moves("The withdrawal of Ukrainian troops from Vuhledar was confirmed on "
                                                    "Monday.")
    assert ("Russia", "gain", "Avdiivka") in moves("Avdiivka was captured by Russian forces on Saturday.")
    assert ("Russia", "gain", "Krasnohorivka") in moves("The advance of Russian troops captured Krasnohorivka on "
                                                       "Tuesday.")
