"""Statement dates, sixth round (dt7): mechanisms found by the metamorphic date shifts and blind batch t."""

import pandas as pd
import pytest

from saidvsdone import corpus


@pytest.mark.parametrize("month", ["Mar 16", "Jan 16", "Jun 16", "Jul 16"])
def test_dotless_month_abbreviation_before_a_day_is_no_name(dated, month):
    # "Jan" is also a first name: before a day number it is the month, so the subject stays the speaker
    text = (f"The army chief, Gen. Petro Savchuk, on Thursday, {month} warned that the enemy was massing troops "
            "and said he had no doubt \"they will attack the capital again.\"")
    got = dated.quotes(text, "2023-08-17")
    assert got["speaker"].tolist() == ["Petro Savchuk"]
    assert not got["statement_date"].isna().any()


def test_a_first_name_that_is_a_month_abbreviation_stays_a_name(dated):
    text = "\"We will not give up,\" Foreign Minister Jan Lipnik said on Monday."
    got = dated.quotes(text, "2023-03-17")
    assert got["speaker"].tolist() == ["Jan Lipnik"]
    assert str(got["statement_date"].iloc[0].date()) == "2023-03-13"


def test_headline_whose_speaker_the_body_names_otherwise_takes_the_day_of_the_claim_it_restates():
    from saidvsdone import claims
    text = ("Ukraine repelled 40 attacks near Pokrovsk, army says\n\n"
            "Ukraine's army repelled 40 Russian attacks near Pokrovsk over the past day, a military spokesman "
            "said on Tuesday.\n\n\"The situation is tense but under control,\" spokesman Nazar Voloshyn said.")
    found = claims.find(corpus.from_text(text, published="2024-06-12"))
    headline = found[found["headline"]]
    assert len(headline) == 1
    assert str(headline["statement_date"].iloc[0].date()) == "2024-06-11"


def test_headline_restating_nothing_dated_stays_undated():
    from saidvsdone import claims
    text = ("Russian assaults on the city have doubled, army says\n\n"
            "Ukraine's defence ministry said on Tuesday that it had received a new batch of drones.\n\n"
            "Russian assaults on the city have doubled since the spring, the Ukrainian military said.")
    found = claims.find(corpus.from_text(text, published="2024-06-12"))
    headline = found[found["headline"]]
    assert headline["statement_date"].isna().all()


@pytest.mark.parametrize("after, day", [
    ("His comments came on Tuesday as Russian troops pressed toward the city.", "2024-03-12"),
    ("Bondar's remarks were made on Tuesday at a briefing in Kramatorsk.", "2024-03-12"),
    ("His words came as Russian troops pressed toward the city on Tuesday.", None),  # the troops' day, not the words'
])
def test_a_sentence_dating_the_remarks_just_reported(dated, after, day):
    text = f"\"We are holding the line,\" Col. Taras Bondar said.\n\n{after}"
    got = dated.quotes(text, "2024-03-14")
    assert got["speaker"].tolist() == ["Taras Bondar"]
    shown = got["statement_date"].iloc[0]
    assert (None if pd.isna(shown) else str(shown.date())) == day


def test_a_day_in_a_whose_clause_is_that_doing(dated):
    got = dated.quotes("Col. Taras Bondar, whose brigade lost the village on Tuesday, said: "
                       "\"We are holding the line.\"", "2024-03-14")
    assert got["speaker"].tolist() == ["Taras Bondar"]
    assert got["statement_date"].isna().all()
    got = dated.quotes("Col. Taras Bondar, who spoke to reporters on Tuesday, said: \"We are holding the line.\"",
                       "2024-03-14")
    assert str(got["statement_date"].iloc[0].date()) == "2024-03-12"


@pytest.mark.parametrize("second", [
    "Bondar said in a separate interview with CNN: \"We need more shells.\"",
    "In a separate statement, Bondar said: \"We need more shells.\"",
    "Bondar told the BBC in another interview: \"We need more shells.\"",
])
def test_a_separate_occasion_takes_no_earlier_day(dated, second):
    text = ("Col. Taras Bondar said on Tuesday that his troops were holding.\n\n"
            "\"We are holding the line,\" Bondar said.\n\n" + second)
    got = dated.quotes(text, "2024-03-14").set_index("text")["statement_date"]
    assert str(got["We are holding the line,"].date()) == "2024-03-12"  # the same statement goes on
    assert pd.isna(got["We need more shells."])


@pytest.mark.parametrize("said", ["said in a Tuesday night Telegram post:", "wrote in a Tuesday Facebook post:",
                                  "said in his Tuesday evening video address:"])
def test_a_day_heading_an_occasion_with_a_platform_name(dated, said):
    got = dated.quotes(f"Col. Taras Bondar {said} \"We are holding the line.\"", "2024-03-14")
    assert str(got["statement_date"].iloc[0].date()) == "2024-03-12"


@pytest.mark.parametrize("source", ["according to the General Staff's Tuesday update",
                                    "according to a Tuesday statement by Ukraine's General Staff"])
def test_according_to_a_dated_occasion(source):
    from saidvsdone import claims
    found = claims.find(corpus.from_text(f"Russian forces lost 1,200 troops in the past day, {source}.",
                                         published="2024-03-14"))
    assert str(found["statement_date"].iloc[0].date()) == "2024-03-12"


def test_according_to_an_event_on_a_day_stays_undated():
    from saidvsdone import claims
    found = claims.find(corpus.from_text("According to Ukraine's General Staff, Russian forces lost 1,200 troops "
                                         "in Tuesday's assault.", published="2024-03-14"))
    assert found["statement_date"].isna().all()


def test_lede_unnamed_source_with_a_long_phrase_is_the_person_the_next_paragraph_introduces(dated):
    # the lede's "a commander of the battalion defending the village said on Thursday" is the major named next:
    # his later words take the lede's day
    text = ("Ukrainian troops repelled a tank assault near the village overnight, a commander of the battalion "
            "defending the village said on Thursday, while Moscow said its forces had advanced.\n\n"
            "Major Petro Hnatyuk, whose battalion has held the river line since May, said Russian troops had "
            "used 15 tanks in the attack.\n\n"
            "Russia's defence ministry said in its briefing that its forces had improved their positions.\n\n"
            "\"We stopped them at the river,\" Hnatyuk said.")
    got = dated.quotes(text, "2024-03-14")
    assert got["speaker"].tolist() == ["Petro Hnatyuk"]
    assert str(got["statement_date"].iloc[0].date()) == "2024-03-14"


def test_the_second_half_of_an_unnamed_officials_split_quote_takes_its_day(dated):
    text = ("Russian troops made no progress toward the capital, a senior Western official said today.\n\n"
            "\"We see regrouping, not retreat,\" the senior official said. \"They will try again in the east.\"")
    got = dated.quotes(text, "2024-03-14").set_index("text")["statement_date"]
    assert str(got["We see regrouping, not retreat,"].date()) == "2024-03-14"
    assert str(got["They will try again in the east."].date()) == "2024-03-14"


def test_briefing_separately_between_commas_opens_an_occasion_of_its_own(dated):
    text = ("Defence Secretary Lloyd Brant spoke by phone with his Ukrainian counterpart, Ivan Sirko, on Tuesday. "
            "According to a readout of the call, the secretary said the United States would keep sending aid.\n\n"
            "Press secretary Mark Tolland, briefing separately, said the Russian move was \"not a retreat.\"\n\n"
            "\"They have failed to take the capital,\" Tolland said.")
    got = dated.quotes(text, "2024-03-14")
    assert got["speaker"].tolist() == ["Mark Tolland", "Mark Tolland"]
    assert got["statement_date"].isna().all()


def test_a_spokesman_at_the_bodys_briefing_speaks_on_its_dated_statement_day(dated):
    text = ("The White House said on Monday that Russia had fired new missiles at Ukraine, and warned that Moscow "
            "was seeking more weapons.\n\n"
            "\"This is a serious escalation,\" National Security Council spokesman Paul Merritt told reporters at a "
            "White House briefing.\n\n"
            "\"We will respond,\" Merritt said.")
    got = dated.quotes(text, "2024-01-09")
    assert got["speaker"].tolist() == ["Paul Merritt", "Paul Merritt"]
    assert [str(d.date()) for d in got["statement_date"]] == ["2024-01-08", "2024-01-08"]


def test_a_briefing_of_another_body_takes_no_day(dated):
    text = ("The White House said on Monday that Russia had fired new missiles at Ukraine.\n\n"
            "\"This is a serious escalation,\" spokesman Paul Merritt told reporters at a Pentagon briefing.")
    got = dated.quotes(text, "2024-01-09")
    assert got["statement_date"].isna().all()


def test_talks_in_what_is_reported_open_no_meeting_for_the_next_speaker(dated):
    text = ("In Moscow, Kremlin spokesman Dmitry Peskov said on Wednesday that Russia remained open to talks but that "
            "its operation would continue.\n\n"
            "\"Our objectives have not changed,\" Peskov told reporters.\n\n"
            "Senator Margaret Ellison said cutting aid would be \"a gift to the Kremlin\".")
    got = dated.quotes(text, "2025-04-16").set_index("text")
    assert str(got.loc["Our objectives have not changed,", "statement_date"].date()) == "2025-04-16"
    assert pd.isna(got.loc["a gift to the Kremlin", "statement_date"])


def test_a_meeting_named_after_the_content_still_frames_the_words(dated):
    text = ("Zelensky said on Monday that Ukraine would not trade territory for promises, speaking at a joint news "
            "conference with Finnish President Aleksi Varho in Kyiv.\n\n"
            "Varho said: \"Ukraine's security is Europe's security.\"")
    got = dated.quotes(text, "2025-03-04")
    assert str(got["statement_date"].iloc[0].date()) == "2025-03-03"


def test_a_body_after_a_persons_dated_words_in_the_paragraph_takes_no_day_of_his():
    from saidvsdone import claims
    text = ("President Volodymyr Zelensky stated on June 11 that Russia had concentrated over 50,000 troops in the "
            "Sumy direction. The Ukrainian General Staff reported that Ukrainian forces repelled 27 Russian "
            "assaults in the Pokrovsk direction.")
    found = claims.find(corpus.from_text(text, published="2025-06-12"))
    staff = found[found["speaker"] == "Ukrainian General Staff"]
    assert len(staff) == 1 and staff["statement_date"].isna().all()
    zelensky = found[found["speaker"] == "Volodymyr Zelensky"]
    assert str(zelensky["statement_date"].iloc[0].date()) == "2025-06-11"


@pytest.mark.parametrize("second", [
    "In an interview last week, Bondar said: \"We may have to pull back.\"",
    "A week ago, Bondar said: \"We may have to pull back.\"",
])
def test_an_earlier_occasion_fronted_takes_no_later_day(dated, second):
    text = "Col. Taras Bondar said on Tuesday that the town was holding.\n\n" + second
    got = dated.quotes(text, "2024-03-14")
    assert got["statement_date"].isna().all()


def test_one_of_a_dated_group_speaks_on_its_day(dated):
    text = ("Two Ukrainian officials said on Tuesday that the line was holding.\n\n"
            "\"We need more shells,\" one of the officials said.")
    assert str(dated.quotes(text, "2024-03-14")["statement_date"].iloc[0].date()) == "2024-03-12"
    undated = text.replace("on Tuesday", "last month")
    assert dated.quotes(undated, "2024-03-14")["statement_date"].isna().all()


@pytest.mark.parametrize("title, later", [("Col.", "colonel"), ("Lt. Col.", "colonel"), ("Gen.", "general"),
                                          ("Maj.", "major")])
def test_a_dotted_rank_before_a_name_lets_the_rank_name_him_later(dated, title, later):
    # "the colonel said" is the "Col. A B" introduced before: his words, on his dated statement's day
    text = (f"{title} Taras Bondar, the spokesman for the eastern group of forces, said on Tuesday that the line "
            f"was holding.\n\nRussia denied it.\n\n\"We need more shells,\" the {later} said.")
    got = dated.quotes(text, "2024-03-14")
    assert got["speaker"].tolist() == ["Taras Bondar"]
    assert str(got["statement_date"].iloc[0].date()) == "2024-03-12"
