"""mt8 (round 19): heldout9's shapes as metamorphic transformations (``tests/metamorphic.py``: ``agency_french``,
``conduit_rewrite``, ``week_review``, ``flashback``, ``numeric_dates``), and the mechanisms they exposed: a date in
day-month-year numerals with dots ("On 14.03.2024, …") read as a statement's day, and a week-in-review's run-in day
("TUESDAY — …", "Tuesday: …") opening a paragraph read as the day of that paragraph's statements (no dateline, a
weekday in capitals read as the weekday). Sentences invented."""

import sys
from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import claims, corpus, quotes, when

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metamorphic as M  # noqa: E402


def _dated(text: str, published: str = "2024-05-16"):
    articles = corpus.from_text(text, published=published)
    found_quotes = quotes.extract(articles)
    found_claims = claims.find(articles, found_quotes)
    day = lambda v: None if pd.isna(v) else str(pd.Timestamp(v).date())  # noqa: E731
    return ([(q.text, q.speaker, day(q.statement_date)) for q in found_quotes.itertuples()],
            [(c.text, c.speaker, day(c.statement_date)) for c in found_claims.itertuples() if not c.headline])


# ---------------------------------------------------------------------------------------------------------------
# Dotted day-month-year numerals


@pytest.mark.parametrize("written, day", [("14.03.2024", "2024-03-14"), ("05.03.2024", "2024-03-05"),
                                          ("5.3.2024", "2024-03-05"), ("30.11.2023", "2023-11-30")])
def test_a_dotted_date_is_read_day_first(written, day):
    found = when.find(f"The brigade said on {written} that it had pulled back.")
    assert [e.kind for e in found] == ["numeric"]
    assert str(when.resolve(found[0], pd.Timestamp("2024-05-16")).day.date()) == day


@pytest.mark.parametrize("text", ["The rate rose by 1.5 percent.", "Version 2.14.3 of the app was released.",
                                  "The score was 3.2.1 in the end."])
def test_decimals_and_versions_are_no_dates(text):
    assert when.find(text) == []


def test_a_dotted_date_opening_a_sentence_dates_the_claim():
    _, found = _dated("Kyiv reports a pullback\n\nOn 14.03.2024, the army said that its troops had withdrawn from the "
                      "village of Orikhove.\n")
    assert [(c[2]) for c in found] == ["2024-03-14"]


# ---------------------------------------------------------------------------------------------------------------
# A round-up's run-in day


@pytest.mark.parametrize("lead", ["TUESDAY — ", "Tuesday — ", "Tuesday: ", "TUESDAY: ", "Tuesday - "])
def test_a_run_in_day_dates_every_statement_of_its_paragraph(lead):
    text = (f"The week at the front\n\n{lead}Russian troops took the village of Orikhove, the army said. Ukrainian "
            "units still held the village of Dibrova, a Ukrainian brigade spokesman said.\n\n"
            "A Ukrainian military analyst said Russian forces had entered the village of Lypky.\n")
    _, found = _dated(text)
    assert [c[2] for c in found] == ["2024-05-14", "2024-05-14", None]  # (not carried into the next paragraph)


def test_a_weekday_in_capitals_is_no_time_cue_of_the_text():
    assert when.find("FRIDAY — The army said so.") == [] and when.find("The FRIDAY edition was late.") == []
    _, found = _dated("The week at the front\n\nFRIDAY — The army said Russian troops had taken the village of "
                      "Orikhove.\n", published="2024-05-17")
    assert [c[2] for c in found] == ["2024-05-17"]  # (the page's own Friday, not a week before)


def test_a_run_in_day_keeps_the_paragraphs_speakers():
    text = ("Front report\n\nTaras Holub of a think tank said Russia had paid dearly for the town of Orikhove.\n\n"
            "SUNDAY — Ukraine's foreign minister, Dmytro Kuleba, put the blame elsewhere. Speaking at a conference, he "
            "said the loss was the result of “artificial deficits” of ammunition.\n")
    found, _ = _dated(text, published="2024-02-19")
    assert [(q[1], q[2]) for q in found] == [("Dmytro Kuleba", "2024-02-18")]


def test_a_quote_under_a_run_in_day_takes_it():
    found, _ = _dated("The week at the front\n\nWEDNESDAY — “We hold the line,” the general said.\n")
    assert [q[2] for q in found] == ["2024-05-15"]


def test_a_place_dateline_with_a_weekday_still_dates_nothing():
    from saidvsdone.speech._names import _is_dateline

    for text, dateline in (("KYIV, Tuesday — The ministry said so.", True), ("Tuesday — The ministry said so.", False)):
        found = when.find(text)
        assert len(found) == 1 and _is_dateline(text, found[0]) is dateline


# ---------------------------------------------------------------------------------------------------------------
# The transformations: deterministic, gold carried exactly


def _ctx(published="2024-05-16", rows=()):
    return M.Ctx(title="Front report", published=published, rows=list(rows))


def test_agency_french_translates_verbs_and_days():
    text = ("Front report\n\nThe spokesman said on Tuesday that the line held.\n\n"
            "“We are holding,” the spokesman said on Monday.\n\n“Nothing changed,” he said.\n")
    new, _ = M.apply_edits(text, M.agency_french(text, _ctx()))
    assert "the spokesman said on Tuesday" not in new and " this Tuesday that the line held" in new
    assert "this Monday the spokesman." in new  # inverted, the day between verb and subject
    assert "he said" not in new and "“Nothing changed,” he " in new


def test_agency_french_keeps_a_weekday_outside_the_pages_week():
    text = "Front report\n\nThe spokesman said on Saturday that the line held.\n"
    new, _ = M.apply_edits(text, M.agency_french(text, _ctx("2024-05-14")))  # a Tuesday: Saturday was last week
    assert "on Saturday that" in new


def test_conduit_rewrite_credits_an_agency_inside_the_sentence():
    text = "Front report\n\nThe governor said that the town was quiet.\n\n“We wait,” Smith said.\n"
    new, _ = M.apply_edits(text, M.conduit_rewrite(text, _ctx()))
    assert new.count("The governor said that the town was quiet, ") == 1
    assert "“We wait,” Smith said, " in new


def test_week_review_leads_one_day_paragraphs_only():
    text = ("Front report\n\nThe army said on Tuesday that the line held.\n\n"
            "The mayor said the water was back.\n")
    rows = [("claims", text.index("The army"), text.index("held.") + 5, ("claims", 0), {"date": "2024-05-14"}),
            ("claims", text.index("The mayor"), len(text) - 1, ("claims", 1), {"date": None})]
    new, _ = M.apply_edits(text, M.week_review(text, _ctx(rows=rows)))
    assert ("TUESDAY — The army said that the line held." in new or "Tuesday: The army said that the line held." in new)
    assert "\n\nThe mayor said the water was back." in new  # (undated: left as printed)


def test_flashback_writes_the_day_in_full_and_skips_quote_paragraphs():
    text = ("Front report\n\nThe army said on Tuesday that the line held.\n\n"
            "“We hold,” the general said on Tuesday.\n")
    rows = [("claims", text.index("The army"), text.index("held.") + 5, ("claims", 0), {"date": "2024-05-14"}),
            ("quotes", text.index("We hold"), text.index("We hold") + 7, ("quotes", 0), {"date": "2024-05-14"})]
    ctx = _ctx(rows=rows)
    new, _ = M.apply_edits(text, M.flashback(text, ctx))
    assert ("On May 14, 2024, the army said that the line held." in new
            or "On 14 May 2024, the army said that the line held." in new)
    assert "“We hold,” the general said on Tuesday." in new and ctx.skips["dated_leads"] == 1


def test_numeric_dates_write_knowable_days_only():
    text = "Front report\n\nThe army said on March 14 that the line held, as it had on 3 June 2021.\n"
    new, _ = M.apply_edits(text, M.numeric_dates(text, _ctx()))
    assert ("on 14.03.2024 that" in new or "on 14/03/2024 that" in new) and "on 03.06.2021." in new


def test_the_new_transformations_are_registered():
    for name in ("agency_french", "conduit_rewrite", "week_review", "flashback", "numeric_dates"):
        assert name in M.TRANSFORMS


# ---------------------------------------------------------------------------------------------------------------
# A medium no table knows, credited as the conduit


@pytest.mark.parametrize("credit", ["according to the Baltic Wire agency", "according to the Kyiv Independent",
                                    "according to the Lakeshore Daily Herald", "as quoted by the Danube Gazette",
                                    "the Baltic Wire agency reported"])
def test_an_unlisted_medium_credited_at_the_end_is_no_second_speaker(credit):
    _, found = _dated(f"Front report\n\nBudanov said Russian troops had taken the village of Hrabove, {credit}.\n")
    assert [c[1] for c in found] == ["Kyrylo Budanov"]


def test_a_medium_alone_still_speaks():
    _, found = _dated("Front report\n\nRussian troops had taken the village of Hrabove, according to the Baltic Wire "
                      "agency.\n")
    assert [c[1] for c in found] == ["Baltic Wire"]


@pytest.mark.parametrize("credit", ["state broadcaster Vesti-24 reported", "the Hartwell news agency reported",
                                    "the Baltic Wire agency reported"])
def test_he_after_a_credited_medium_is_the_speaker_not_the_medium(credit):
    found, _ = _dated(f"Front report\n\nSyrskyi said the line west of the town held, {credit}.\n\n"
                      "“The situation is difficult,” he told reporters.\n")
    assert [q[1] for q in found] == ["Oleksandr Syrskyi"]


def test_an_unlisted_medium_after_a_quotes_attribution_is_its_conduit():
    found, _ = _dated("Front report\n\n“Nothing is left there,” a senior Ukrainian military official said, according "
                      "to the Baltic Wire agency.\n\n“We will hold,” Putin said, according to state broadcaster "
                      "Vesti-24.\n")
    assert [q[1] for q in found] == ["senior Ukrainian military official (unnamed)", "Vladimir Putin"]


def test_a_medium_word_before_the_name_makes_it_a_conduit_in_claims():
    _, found = _dated("Front report\n\nMoroz said his unit had pulled back from the village of Hrabove, according to "
                      "state broadcaster Vesti-24.\n")
    assert [c[1] for c in found] == ["Moroz"]
