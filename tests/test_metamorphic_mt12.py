"""mt12 (round 23): how real copy attributes and dates speech, as metamorphic transformations (``tests/metamorphic.py``:
``date_front``, ``according_to``, ``quote_own_para``, ``speaker_intro``, ``stamp_footer``, ``attribution_shapes``) and
the mechanisms they exposed: a page's publication stamp at the foot of a short story (past its head, a body line
between), or as a plain date with its time ("14/03/2025 09:15 | Kyiv desk", "© … 08:41 GMT"), dates the page
(``corpus._page_stamp_date``); a sentence naming the
occasion a person spoke at ("The minister gave a briefing on Wednesday.", "He held a news conference.") before a quoted
paragraph with no cue of its own gives the quote to that person and that day (``lead_in_word`` rows of
``data/speech_words.csv``; a role opener resolved, ``attribution._lead_in``), and keeps a meeting's passage for the
next participant (``_occasions._introduces_next_speaker``). Sentences invented."""

import sys
from pathlib import Path

import pytest

from saidvsdone import corpus

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metamorphic as M  # noqa: E402
from test_metamorphic_mt10 import _day, _found  # noqa: E402  (the same readers of one invented text)


# --- the transformations ---------------------------------------------------------------------------------------------

def _apply(step, text: str, published: str = "2025-03-14", title: str = "Port reopens") -> tuple[str, M.Ctx]:
    ctx = M.Ctx(title=title, published=published)
    return M.apply_edits(text, step(text, ctx))[0], ctx


def test_date_front_moves_the_day_before_the_subject():
    text = ("Port reopens\n\nThe ministry said on Tuesday that the port had reopened.\n\n"
            "Governor Ivan Dorosh told reporters on Friday morning that two ships had left. “We are ready,” he said on "
            "Friday.\n")
    out, _ = _apply(M.date_front, text)
    assert "On Tuesday, the ministry said that the port had reopened." in out
    assert "On Friday morning, Governor Ivan Dorosh told reporters that two ships had left." in out
    assert "he said on Friday." in out  # (a sentence opening with a quote mark keeps its cue)


def test_date_front_leaves_an_abbreviation_and_a_weekday_before_a_date():
    text = ("Port reopens\n\n“It is calm,” Gen. Petro Savchuk told the Hartwell agency on Monday.\n\n"
            "Savchuk said on Thursday, March 13, that the port was open.\n")
    out, _ = _apply(M.date_front, text)
    assert out == text


def test_according_to_fronts_the_source_and_keeps_dated_clauses():
    text = ("Port reopens\n\nThe ministry said that the port had reopened. He said the ships were safe.\n\n"
            "Dorosh said on Tuesday that two ships had left.\n")
    out, ctx = _apply(M.according_to, text)
    assert "According to the ministry, the port had reopened. According to him, the ships were safe." in out
    assert "Dorosh said on Tuesday that two ships had left." in out
    assert ctx.skips["according_to"] == 1


def test_quote_own_para_breaks_before_a_quote_after_an_attribution():
    text = "Port reopens\n\n“We are ready,” Dorosh said. “The ships will sail.”\n\nThe port was closed in May.\n"
    out, _ = _apply(M.quote_own_para, text)
    assert "“We are ready,” Dorosh said.\n\n“The ships will sail.”\n\nThe port" in out


def test_speaker_intro_introduces_the_speaker_a_paragraph_before():
    text = "Port reopens\n\nThe port was closed in May.\n\n“We are ready,” Dorosh said on Tuesday. The port opened.\n"
    out, _ = _apply(M.speaker_intro, text)
    assert "\n\nDorosh " in out and " on Tuesday.\n\n“We are ready.” The port opened.\n" in out


@pytest.mark.parametrize("published", ["2025-03-14", "2024-01-05", "2023-12-12", "2025-08-29"])
def test_stamp_footer_puts_the_day_at_the_foot_and_empties_the_manifest(published):
    text = "Port reopens\n\nThe port was closed in May.\n\nIt reopened on Tuesday.\n"
    out, ctx = _apply(M.stamp_footer, text, published=published)
    assert out.startswith(text.rstrip()) and ctx.unpublished
    assert str(corpus._page_stamp_date(out.split("\n")).date()) == published


# --- the mechanisms --------------------------------------------------------------------------------------------------

STORY = ("Grain ships leave Odesa\n\n"
         "Two grain ships left the port of Odesa this week, port officials said.\n\n"
         "The convoy was escorted by naval drones.\n\n"
         "Insurers said premiums had fallen.\n\n"
         "A third ship is due on Friday.\n\n"
         "{FOOT}\n")


@pytest.mark.parametrize("foot, day", [
    ("This article was first published on 12 March 2025.", "2025-03-12"),
    ("Published 12.03.2025 at 14:22", "2025-03-12"),
    ("14/03/2025 09:15 | Odesa desk", "2025-03-14"),
    ("© Carrow News 2025 | Wednesday 12 March 2025 08:41 GMT", "2025-03-12"),
])
def test_a_short_storys_footer_stamp_dates_the_page(foot, day):
    lines = STORY.replace("{FOOT}", foot).split("\n")
    assert str(corpus._page_stamp_date(lines).date()) == day


@pytest.mark.parametrize("foot", ["Read more: Kyiv says grain corridor will stay open | 3 March 2025",
                                  "Updated 14 March 2025 10:02"])
def test_a_footers_plain_untimed_date_or_update_is_no_publication(foot):
    assert corpus._page_stamp_date(STORY.replace("{FOOT}", foot).split("\n")) is None


OCCASION = ("Navy says sea lanes are open\n\n"
            "The mayor of Odesa, Hennadiy Trukhan, said on Monday that the port had power again. “We are working,” "
            "he said.\n\n"
            "Navy commander Oleksiy Neizhpapa visited the port a week ago.\n\n"
            "{LEAD}\n\n"
            "“The ships will sail. Nobody will close this sea to us.”\n\n"
            "The port handled four ships last month.\n")


@pytest.mark.parametrize("lead", ["Neizhpapa gave a briefing on Wednesday.",
                                  "He held a news conference on Wednesday.",
                                  "The commander issued a statement on Wednesday.",
                                  "Neizhpapa addressed parliament on Wednesday.",
                                  "He gave an interview to a local radio station on Wednesday."])
def test_an_occasion_sentence_before_a_quoted_paragraph_gives_its_speaker_and_day(lead):
    said, _ = _found(OCCASION.replace("{LEAD}", lead), published="2025-03-14")
    row = said[said["text"].str.startswith("The ships will sail")].iloc[0]
    assert row["speaker"] == "Oleksiy Neizhpapa"
    assert _day(row["statement_date"]) == "2025-03-12"
    first = said[said["text"].str.startswith("We are working")].iloc[0]
    assert first["speaker"] == "Hennadiy Trukhan" and _day(first["statement_date"]) == "2025-03-10"


def test_an_occasion_sentence_of_another_kind_leaves_the_quote_to_the_last_speaker():
    text = OCCASION.replace("{LEAD}", "The port authority published new rules on Wednesday.")
    said, _ = _found(text, published="2025-03-14")
    row = said[said["text"].str.startswith("The ships will sail")].iloc[0]
    assert row["speaker"] != "Oleksiy Neizhpapa"


MEETING = ("Petrenko says army holds the line\n\n"
           "LVIV — President Ivan Petrenko said late Tuesday that Ukrainian forces had held every position in the east "
           "this winter.\n\n"
           "Speaking at a security council meeting in Lviv alongside Defence Minister Taras Hlib and army commanders, "
           "Petrenko said the troops “stopped” 40 assaults a day.\n\n"
           "“Our soldiers decided the outcome,” he said, adding that the army “keeps the initiative.”\n\n"
           "Petrenko praised the arms makers for their “decisive role” in the campaign.\n\n"
           "{LEAD}\n\n"
           "“The enemy hits our cities. This will not help him.”\n\n"
           "He said the aim remained to “protect every citizen.”\n\n"
           "Army chief Oleksiy Bondar reported that the heaviest fighting was near Lysivka.\n")


@pytest.mark.parametrize("lead", ["Petrenko went on.", "Petrenko gave a briefing."])
def test_a_lead_in_to_a_quoted_paragraph_keeps_the_meetings_passage(lead):
    said, found = _found(MEETING.replace("{LEAD}", lead), published="2025-03-12")
    row = said[said["text"].str.startswith("The enemy hits our cities")].iloc[0]
    assert row["speaker"] == "Ivan Petrenko" and _day(row["statement_date"]) == "2025-03-11"
    other = found[found["text"].str.startswith("Army chief Oleksiy Bondar")].iloc[0]
    assert other["speaker"] == "Oleksiy Bondar" and _day(other["statement_date"]) == "2025-03-11"
