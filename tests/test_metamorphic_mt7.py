"""mt7 (round 18): the shapes blind copy had at first contact, as metamorphic transformations (``tests/metamorphic.py``:
``stamp_only``, ``day_before``, ``told_outlet``, ``epithet_refs``), and the mechanisms they exposed: a page's publication
stamp of another shape read as the publication day, an abbreviated rank inside a tables' person's titled mention ("Gen.
A B") read as his rank for a later "the general", and reporters' epithets ("the veteran general") as role modifiers.
Sentences invented."""

import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import corpus, quotes

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metamorphic as M  # noqa: E402


def _load_one(tmp_path, text: str) -> pd.Series:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,title,published\na.txt,Frontline town braces for winter,\n",
                                           encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return corpus.load(tmp_path, manifest=tmp_path / "articles.csv").iloc[0]


BODY = "\n\nThe regional governor said on Tuesday that the bridge had been repaired.\n"


@pytest.mark.parametrize("stamp, day", [
    ("Lutsk | 16.05.2025 Friday 14:22 | Update: 16.05.2025 15:03", "2025-05-16"),
    ("Radio Polissia | 07.10.2024 09:47 | Updated 07.10.2024 11:02", "2024-10-07"),  # dotted: day first
    ("Published: 14/05/2024 - 08:41 | Modified: 14/05/2024 - 10:15", "2024-05-14"),
    ("Posted: 8:41 AM EDT, Thu October 3, 2024", "2024-10-03"),
    ("WEEKEND READ | By Marta Kovalchuk | 30 August 2023, 07:00", "2023-08-30"),
    ("Published: 10/03/2024, Thursday 08:41", "2024-10-03"),  # the weekday fits one reading only
])
def test_a_stamp_of_another_shape_dates_the_article(tmp_path, stamp, day):
    row = _load_one(tmp_path, "Frontline town braces for winter\n\n" + stamp + BODY)
    assert str(row["published"].date()) == day and row["published_basis"] == "header line"
    assert stamp in row["text"]  # (it stays: under a deck it is where the head ends)


def test_an_ambiguous_slashed_stamp_is_not_guessed(tmp_path):
    row = _load_one(tmp_path, "Frontline town braces for winter\n\nPublished: 03/10/2024 - 08:41" + BODY)
    assert pd.isna(row["published"])


def test_a_stamp_line_in_the_body_is_no_header(tmp_path):
    row = _load_one(tmp_path, "Frontline town braces for winter\n\nThe mayor spoke first.\n\nThe bus left late."
                    "\n\nThe shop stayed shut.\n\nThe rain came.\n\nThe road froze.\n\nKyiv | 16.05.2025 Friday 14:22"
                    + BODY)
    assert pd.isna(row["published"])


def _speakers(text: str) -> list[str]:
    return quotes.extract(corpus.from_text(text, published="2024-05-14"))["speaker"].tolist()


@pytest.mark.parametrize("rank", ["Gen.", "Lt. Gen.", "Maj. Gen."])
def test_an_abbreviated_rank_of_a_tables_person_makes_him_the_general(rank):
    text = (f"Spy chief warns of hard weeks\n\n“We are short of shells,” {rank} Kyrylo Budanov told a radio station "
            "on Monday.\n\nThe convoy waited at the crossing until dark.\n\n“We are holding,” the general said.")
    assert _speakers(text) == ["Kyrylo Budanov", "Kyrylo Budanov"]


@pytest.mark.parametrize("epithet", ["veteran", "outspoken", "long-serving", "seasoned", "embattled",
                                     "58-year-old", "veteran Ukrainian"])
def test_a_reporters_epithet_before_the_role_keeps_the_antecedent(epithet):
    text = ("Minister warns of hard weeks\n\nDefence Minister Oleksii Reznikov said on Monday that the front was under"
            f" strain.\n\nThe convoy waited at the crossing until dark.\n\n“We are holding,” the {epithet} minister said.")
    assert _speakers(text) == ["Oleksii Reznikov"]


def test_an_epithet_of_an_unnamed_person_stays_unnamed():
    text = ("Town waits\n\nDefence Minister Oleksii Reznikov said on Monday that the front held.\n\n"
            "“The water is back,” a veteran volunteer said.")
    assert _speakers(text) == ["veteran volunteer (unnamed)"]


# --- the transformations themselves (deterministic, gold carried exactly) --------------------------------------------


def test_day_before_moves_the_day_into_a_sentence_of_its_own():
    text = ("Title\n\nThe ministry said on Tuesday that 40 drones were shot down.\n\n"
            "“It was calm,” the ministry said on Tuesday.\n\nBut the mayor said on Monday it was fine.")
    new, _ = M.apply_edits(text, M.day_before(text, M.Ctx(title="Title")))
    assert "On Tuesday, the ministry " in new and "The ministry said that 40 drones" in new
    assert "“It was calm,” the ministry said on Tuesday." in new  # (not a sentence the subject opens)
    assert "But the mayor said on Monday" in new  # ("But" opens it)


def test_told_outlet_keeps_the_day_and_the_that_clause():
    text = "Title\n\nThe mayor said on Friday that the water was back.\n\n“It is back,” Ivanenko said."
    new, _ = M.apply_edits(text, M.told_outlet(text, M.Ctx(title="Title")))
    assert " said" not in new and new.count(" told ") == 2
    assert "on Friday that the water was back." in new and new.endswith(".")


def test_stamp_only_empties_the_manifest_date_and_prints_a_stamp():
    ctx = M.Ctx(title="Title", published="2024-10-03")
    edits = M.stamp_only("Title\n\nThe mayor said the water was back.", ctx)
    assert ctx.unpublished and len(edits) == 1 and ("2024" in edits[0].replacement)
    # the slashed form only where its reading is certain (3 October: never "03/10/2024")
    assert not any(M._stamp(pd.Timestamp("2024-10-03").date(), k).startswith("Published") for k in range(8))
    assert any(M._stamp(pd.Timestamp("2024-10-14").date(), k).startswith("Published: 14/10/2024") for k in range(8))


def test_epithet_refs_never_uses_a_pronoun():
    text = ("Title\n\nDefence Minister Oleksii Reznikov said on Monday that the front held.\n\n"
            "Reznikov said the convoy had arrived.")
    ctx = M.Ctx(title="Title", speakers={"Oleksii Reznikov"})
    new, _ = M.apply_edits(text, M.epithet_refs(text, ctx))
    assert "Reznikov said the convoy" not in new and " minister said the convoy" in new


def test_a_stamp_under_a_two_part_deck_and_a_byline_is_read(tmp_path):
    text = ("Frontline town braces for winter\n\nThe council says heating will run.\n\nResidents doubt it.\n\n"
            "By Marta Kovalchuk\n\nLutsk | 16.05.2025 Friday 14:22" + BODY)
    row = _load_one(tmp_path, text)
    assert str(row["published"].date()) == "2025-05-16"
    # a labelled ISO stamp with its time is a page stamp too, under the head's two sentences and a byline (dt32: read
    # in the first six lines, as the other stamps; it stays in the text)
    row = _load_one(tmp_path, text.replace("Lutsk |", "Published:").replace("16.05.2025 Friday", "2025-05-16"))
    assert str(row["published"].date()) == "2025-05-16" and "Published: 2025-05-16 14:22" in row["text"]
