"""Mechanisms found by the metamorphic harness's combined transformation ``all4`` (tests/metamorphic.py, round 10,
mt6) on transformed real copy: an unnamed lede's speaker named only after several paragraphs of narration, and a
lede's office whose holder the tables list but the article names someone else for. Every sentence here is
invented."""

from __future__ import annotations

import pandas as pd

from saidvsdone import claims, quotes

_NARRATION = ("The bus stop by the bakery has no roof any more.\n\n"
              "Children play on the steps of the closed library.\n\n"
              "A tractor drags a trailer of firewood along the lane.\n\n"
              "Rain has turned the fields behind the houses to mud.\n\n")


def _frame(text: str, published: str = "2024-03-08", title: str = "Minister warns of new push") -> pd.DataFrame:
    return pd.DataFrame([dict(article_id="a", text=text, published=pd.Timestamp(published), title=title)])


def _lede_named_later(narration: str) -> str:
    return ("Minister warns of new push\n\n"
            "A senior Ukrainian minister warned on Thursday that Russia was massing troops for a spring push.\n\n"
            + narration +
            "He said the enemy could “try again in the north” within weeks.\n\n"
            "Moscow had moved two armies closer to the border, Ukrainian Defence Minister Taras Vovkodav said.\n")


def test_an_unnamed_lede_is_the_one_named_later_over_paragraphs_of_narration():
    # four paragraphs of scene-setting that name nobody between the lede's "a senior Ukrainian minister" and the
    # paragraph that names "Defence Minister A B": still the one the lede introduced, and his words take its day
    found = quotes.extract(_frame(_lede_named_later(_NARRATION)))
    row = found[found["text"].str.startswith("try again")].iloc[0]
    assert row["speaker"] == "Taras Vovkodav"
    assert str(pd.Timestamp(row["statement_date"]).date()) == "2024-03-07"
    body = claims.find(_frame(_lede_named_later(_NARRATION)))
    lede = body[body["text"].str.startswith("A senior Ukrainian minister")]
    assert list(lede["speaker"]) == ["Taras Vovkodav"]


def test_an_unnamed_lede_is_no_one_named_after_another_person_between():
    # must not change: a paragraph between that names someone else (another voice of the story) ends the search
    between = _NARRATION + "Local mayor Ilona Drach said the town was calm.\n\n"
    body = claims.find(_frame(_lede_named_later(between)))
    lede = body[body["text"].str.startswith("A senior Ukrainian minister")]
    assert list(lede["speaker"]) != ["Taras Vovkodav"]


def test_a_live_blog_stamp_between_is_no_paragraph_of_the_story():
    # the posts' clock stamps ("11.30 BST", "2h ago") between the lede and the naming paragraph are no narration:
    # the walk over paragraphs that name nobody steps over them without counting them
    stamped = "".join(f"{10 + n}.{15 + n} BST\n\n{p}\n\n" for n, p in enumerate(_NARRATION.strip().split("\n\n")))
    text = _lede_named_later(stamped + "3h ago\n\nThe market hall stays shut on weekdays.\n\n"
                             "Smoke rises from a chimney at the end of the lane.\n\n")
    found = quotes.extract(_frame(text))
    row = found[found["text"].str.startswith("try again")].iloc[0]
    assert row["speaker"] == "Taras Vovkodav"


def test_a_clock_stamp_over_the_lede_is_no_lede():
    # a live blog's first post: "09:12 GMT" alone on its line, then the lede with its unnamed voice, named in the
    # next paragraph; the stamp is no paragraph of the story (it was read as the lede, so nothing came "next")
    text = ("Minister warns of new push\n\nUpdated 16:32 GMT, Friday 8 March 2024\n\n09:12 GMT\n\n"
            "A senior Ukrainian minister warned on Thursday that Russia was massing troops for a spring push.\n\n"
            "“They will try again in the north,” Ukrainian Defence Minister Taras Vovkodav said.\n\n"
            "10:40 GMT\n\nHe said the enemy had “no reserves left” for a long push.\n")
    body = claims.find(_frame(text))
    lede = body[body["text"].str.startswith("A senior Ukrainian minister")]
    assert list(lede["speaker"]) == ["Taras Vovkodav"]
    found = quotes.extract(_frame(text))
    assert list(found["speaker"]) == ["Taras Vovkodav"] * 2


def test_a_lede_without_a_stamp_above_is_read_as_before():
    # must not change: the same copy without the stamp names the same man
    text = ("Minister warns of new push\n\n"
            "A senior Ukrainian minister warned on Thursday that Russia was massing troops for a spring push.\n\n"
            "“They will try again in the north,” Ukrainian Defence Minister Taras Vovkodav said.\n")
    body = claims.find(_frame(text))
    lede = body[body["text"].str.startswith("A senior Ukrainian minister")]
    assert list(lede["speaker"]) == ["Taras Vovkodav"]


def _office_lede(between: str) -> str:
    # Russia's foreign minister of the tables (one holder, no end date) is never named: the article names another
    return ("Moscow rebuffs talks offer\n\n"
            "Russia's foreign minister told visiting envoys on Tuesday that Moscow would not negotiate “under threats”.\n\n"
            + between +
            "“We have heard such offers before,” Pavel Orlyak told reporters after the meeting.\n")


def test_a_lede_office_is_the_unlisted_person_named_after_narration_and_stamps():
    # stamps and paragraphs of colour that name nobody and quote nobody are no step of the story: the person first
    # named after them is the office holder the tables do not know yet
    between = "11.02 GMT\n\n" + _NARRATION + "2h ago\n\nThe envoys left the building through a side door.\n\n"
    found = claims.find(_frame(_office_lede(between), published="2025-02-12", title="Moscow rebuffs talks offer"))
    lede = found[found["text"].str.startswith("Russia's foreign minister")]
    assert list(lede["speaker"]) == ["Pavel Orlyak"]


def test_a_lede_office_keeps_its_holder_when_other_voices_come_between():
    # must not change: three paragraphs of other voices between (each with a speech cue) end the search, and the
    # tables' holder stays
    between = "".join(f"Officials in the region said the roads were {w}.\n\n" for w in ("open", "icy", "closed"))
    found = claims.find(_frame(_office_lede(between), published="2025-02-12", title="Moscow rebuffs talks offer"))
    lede = found[found["text"].str.startswith("Russia's foreign minister")]
    assert list(lede["speaker"]) == ["Sergei Lavrov"]


def _president_lede(named: str) -> str:
    return ("Kremlin hails gains\n\n"
            "The Russian president argued late Tuesday that Russian forces had seized nearly 5,000 sq km this year.\n\n"
            f"Speaking at a military meeting alongside senior officials, {named} said Russian troops had "
            "“liberated” 212 settlements.\n\n"
            "“Our soldiers played the decisive role,” he said.\n")


def _quotes_of(text: str) -> pd.DataFrame:
    return quotes.extract(_frame(text, published="2025-10-08", title="Kremlin hails gains"))


def test_a_lede_office_of_one_word_is_the_person_titled_with_it_below():
    # "The Russian president" over "Russian President A B" whom no table lists: A B, so his words below take the
    # lede's day ("late Tuesday")
    found = _quotes_of(_president_lede("Russian President Ostap Harchuk"))
    assert list(found["speaker"]) == ["Ostap Harchuk"] * 2
    assert [str(pd.Timestamp(d).date()) for d in found["statement_date"]] == ["2025-10-07"] * 2


def test_a_lede_office_of_one_word_is_no_bare_name_below():
    # must not change: a bare name (no "President" before it) is not taken for the office's holder, and the
    # tables' holder named below stays the one
    found = _quotes_of(_president_lede("Ostap Harchuk"))
    assert [str(pd.Timestamp(d).date()) if not pd.isna(d) else "" for d in found["statement_date"]] == [""] * 2
    found = _quotes_of(_president_lede("Russian President Vladimir Putin"))
    assert list(found["speaker"]) == ["Vladimir Putin"] * 2
    assert [str(pd.Timestamp(d).date()) for d in found["statement_date"]] == ["2025-10-07"] * 2


def test_a_new_post_of_a_live_blog_ends_the_passage_about_a_meeting():
    # must not change (the harness's live_blog would have it otherwise, as it stamps a continuous article): in a
    # real live blog a post under a new clock stamp is another occasion, so its speaker with no day of his own did
    # not speak at the meeting of the post before
    text = ("Kremlin hails gains\n\nLast modified on Wed 8 Oct 2025 14.05 GMT\n\n14.02 GMT\n\n"
            "Speaking at a military meeting on Tuesday, Russian President Vladimir Putin said the army held "
            "the initiative.\n\n12.47 GMT\n\n"
            "Chief of General Staff Valery Gerasimov reported that troops had taken 12 villages in a month.\n")
    found = claims.find(_frame(text, published="2025-10-08", title="Kremlin hails gains"))
    row = found[found["speaker"] == "Valery Gerasimov"].iloc[0]
    assert pd.isna(row["statement_date"])


def test_a_lede_office_is_the_person_titled_with_it_after_another_titled_person():
    # "…, alongside Defence Minister A B and other officials, Russian President C D said": not the first person named
    # (another office's holder) but the one titled with the lede's office and country
    found = _quotes_of(_president_lede("alongside Defence Minister Yurii Brovko, Russian President Ostap Harchuk"))
    assert list(found["speaker"]) == ["Ostap Harchuk"] * 2
    assert [str(pd.Timestamp(d).date()) for d in found["statement_date"]] == ["2025-10-07"] * 2


def test_a_lede_office_is_no_other_countrys_titled_president():
    # must not change: "Belarusian President C D" below is not the Russian president of the lede
    found = _quotes_of(_president_lede("in Minsk, Belarusian President Ostap Harchuk"))
    assert [str(pd.Timestamp(d).date()) if not pd.isna(d) else "" for d in found["statement_date"]] == [""] * 2
