"""sk38 (round 23): a speaker introduced away from his words by a role nobody names (issue 13). A sentence with no
speech of its own that opens on a role ("The commander spoke to reporters on Tuesday.", "The governor went on.") before
a quoted paragraph with no cue gives the quote to the unnamed one the article introduced with that role ("the governor
of the Kursk region said …" → "Kursk regional governor (unnamed)"), else to the role itself ("commander (unnamed)"),
dated by the lead-in's day (``attribution._unnamed_lead_in``, ``speech._layer``); a body opening it ("The ministry
issued a statement.") is no person and gives the quote nobody. Sentences invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_metamorphic_mt10 import _day, _found  # noqa: E402  (the same readers of one invented text)

STORY = ("Ferry runs again\n\n"
         "KHERSON — The river ferry ran again on Monday after a week of shelling, officials said.\n\n"
         "“We are working day and night,” Mayor Roman Hnatenko said on Monday.\n\n"
         "{INTRO}"
         "{LEAD}\n\n"
         "“The boats will keep sailing. Nobody will cut this river.”\n\n"
         "The ferry carried 300 people last month.\n")


def _row(text: str):
    said, _ = _found(text, published="2025-03-14")
    return said[said["text"].str.startswith("The boats will keep sailing")].iloc[0]


def test_an_unnamed_role_opening_a_lead_in_speaks_the_quoted_paragraph_on_its_day():
    row = _row(STORY.replace("{INTRO}", "").replace("{LEAD}", "The commander spoke to reporters on Wednesday."))
    assert row["speaker"] == "commander (unnamed)"
    assert _day(row["statement_date"]) == "2025-03-12"


def test_the_role_takes_the_descriptor_that_introduced_the_unnamed_one():
    intro = ("Across the border, the governor of Russia's Kursk region said that drones had hit a depot overnight.\n\n")
    row = _row(STORY.replace("{INTRO}", intro).replace("{LEAD}", "The governor went on."))
    assert row["speaker"] == "Kursk regional governor (unnamed)"


def test_a_role_the_article_names_keeps_the_named_person():
    row = _row(STORY.replace("{INTRO}", "").replace("{LEAD}", "The mayor gave a briefing on Wednesday."))
    assert row["speaker"] == "Roman Hnatenko"


def test_a_body_opening_the_lead_in_gives_no_unnamed_person():
    row = _row(STORY.replace("{INTRO}", "").replace("{LEAD}", "The ministry issued a statement on Wednesday."))
    assert not row["speaker"].endswith("(unnamed)")


def test_a_lead_in_with_no_occasion_word_leaves_the_quote_to_the_last_speaker():
    row = _row(STORY.replace("{INTRO}", "").replace("{LEAD}", "The commander was not at the pier."))
    assert row["speaker"] != "commander (unnamed)"
