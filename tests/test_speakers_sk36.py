"""Bare bodies as speakers (sk36, round 22, issue 13): a second reference by a body's head noun alone ("the ministry
said") stayed bare (``ministry``) where the article had named the body in full before only in its text, or named the
minister who heads it. Now ``speech._subjects._body_named_before`` also takes the last full name with that head written
in the text ("Ukraine's Ministry for Veterans Affairs", labelled as written) and the ministry of the last minister of
the tables who spoke (passing over a general who spoke between), whichever is later; "the ministry" as a role of the
tables that no one holds there ("unresolved role") is read the same way. Every sentence below is invented, each with a
case that must not change.
"""

from __future__ import annotations

from saidvsdone import labels
from test_speakers_sk30 import _doc


def act_labels(text: str) -> list[str]:
    doc = _doc(text)
    return [labels.act_label(doc, a) for a in doc.speech.acts]


def test_the_ministry_is_the_body_named_in_full_in_the_text():
    text = ("KYIV, March 3 (Reuters) - About 4,000 families received new housing last year, according to Ukraine's "
            "Ministry for Veterans Affairs. Another 2,000 are waiting for flats in the Poltava region, the ministry said.")
    assert act_labels(text)[-1] == "Ukrainian Ministry for Veterans Affairs"


def test_the_ministry_is_the_ministry_of_the_minister_who_spoke():
    text = ("MOSCOW, March 3. Defence Minister Sergei Shoigu said on Monday that Russian troops had taken the village "
            "of Lastochkino. Chief of the General Staff Valery Gerasimov told the meeting that the enemy was in "
            "retreat. The ministry said Ukrainian losses over the week had reached 1,900 troops.")
    assert act_labels(text)[-1] == "Russian Defence Ministry"


def test_the_later_of_the_two_wins():
    # the minister spoke after the body was written in full: his ministry
    text = ("KYIV, March 3 (Reuters) - Prices rose by 2%, according to Ukraine's Ministry for Veterans Affairs. In "
            "Moscow, Defence Minister Sergei Shoigu said on Monday that Russian troops had taken two villages. The "
            "ministry said Ukrainian losses over the week had reached 1,900 troops.")
    assert act_labels(text)[-1] == "Russian Defence Ministry"


def test_a_bare_ministry_with_nothing_before_stays_as_written():
    text = "Russian troops took two villages in the east on Monday, the ministry said."
    assert act_labels(text) == ["ministry"]


def test_a_body_of_another_head_is_no_antecedent():
    text = ("About 4,000 families received new housing, according to Ukraine's Ministry for Veterans Affairs. "
            "Another 2,000 are waiting, the agency said.")
    assert act_labels(text)[-1] != "Ukrainian Ministry for Veterans Affairs"


def test_the_committee_still_takes_the_committee_that_spoke():
    text = ("The House of Commons Defence Committee said on Tuesday that shell stocks were too low. The committee "
            "also said that training had to be expanded.")
    assert act_labels(text)[-1] == act_labels(text)[0] != "committee"


def test_the_foreign_minister_gives_the_foreign_ministry():
    text = ("Foreign Minister Sergei Lavrov said on Tuesday that Moscow was open to talks. The ministry said a "
            "delegation would travel to Istanbul next week.")
    assert act_labels(text)[-1] == "Russian Foreign Ministry"


def test_a_name_runs_within_its_line_and_stops_before_a_second_ministry():
    from saidvsdone.speech._subjects import _full_body_named
    names = [m.group(1) for m in _full_body_named("Ministry").finditer(
        "UKRAINE\n\nMinistry of Health and Ministry of Culture and Information Policy")]
    assert names == ["Ministry of Health", "Ministry of Culture and Information Policy"]
