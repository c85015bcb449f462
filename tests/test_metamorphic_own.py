"""The metamorphic harness over our own long blind pieces (``--set peer_long`` … ``--set own``): gold of
several kinds (audit rows, claims-only, facts-only) carried through the edits, and each stage scored only
where it is annotated. Invented text only; no devset needed."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pytest  # noqa: E402

import metamorphic as mt  # noqa: E402

TEXT = (
    "KYIV — Colonel Maksym Hordiienko, a spokesman for the southern command, said on Monday that troops had "
    "pushed forward near the river.\n\n"
    "\"We are moving slowly but steadily,\" Hordiienko said.\n\n"
    "Russian forces lost 40 soldiers in the fighting, the spokesman added.\n"
)


def _audit_entry() -> dict:
    entry = mt._empty_entry("2024-03-06")
    entry["annotated"] = {"audit"}
    entry["audit"] = [
        {"kind": "quote", "words": "We are moving slowly but steadily", "speaker": "Maksym Hordiienko",
         "date": "2024-03-04", "shape": "surname after a full introduction", "start": 0},
        {"kind": "claim", "words": "troops had pushed forward", "speaker": "Maksym Hordiienko",
         "date": "2024-03-04", "shape": "lede claim", "start": 0},
    ]
    return entry


def test_audit_rows_are_carried_through_a_rename():
    text, title, gold, counts = mt.transform_article(TEXT, "", _audit_entry(), mt.TRANSFORMS["rename_people"])
    assert counts["not_located"] == 0
    assert "Hordiienko" not in text
    speakers = {r["speaker"] for r in gold["audit"]}
    assert len(speakers) == 1 and "Hordiienko" not in speakers.pop()
    for row in gold["audit"]:
        assert " ".join(row["words"].split()) in " ".join(text.split())
    assert gold["annotated"] == {"audit"}


def test_audit_dates_move_with_week_shift():
    _, _, gold, counts = mt.transform_article(TEXT, "", _audit_entry(), mt.TRANSFORMS["week_shift"])
    if not counts.get("skipped"):
        assert gold["published"] != "2024-03-06"
        assert {r["date"] for r in gold["audit"]} != {"2024-03-04"}


def test_a_transformation_sees_audit_rows_as_quotes_and_claims():
    assert mt._row_stage("audit", {"kind": "quote"}) == "quotes"
    assert mt._row_stage("audit", {"kind": "claim"}) == "claims"
    assert mt._row_stage("facts", {}) == "facts"


def test_only_annotated_stages_are_scored():
    from saidvsdone import corpus

    audit = corpus.from_text(TEXT, article_id="p1", published="2024-03-06")
    claims_only = corpus.from_text(TEXT, article_id="c1", published="2024-03-06")
    entry = mt._empty_entry("2024-03-06")
    entry["annotated"] = {"claims"}
    entry["claims"] = [{"text": "troops had pushed forward near the river", "speaker": "Maksym Hordiienko",
                        "date": "2024-03-04", "headline": False, "start": 0}]
    import pandas as pd

    articles = pd.concat([audit, claims_only], ignore_index=True)
    gold = {"p1": _audit_entry(), "c1": entry}
    assert mt._scored(gold, "audit") == {"p1"} and mt._scored(gold, "claims") == {"c1"}
    assert mt._scored({"d": {"quotes": []}}, "quotes") == {"d"}  # the devset: every stage
    results = mt.score("identity", articles=articles, gold=gold)
    assert "quotes" not in results and "facts" not in results  # nobody annotated them
    assert results["claims"]["gold"] == 1
    assert results["audit"]["gold"] == 2
    renamed = mt.score("rename_people", articles=articles, gold=gold)
    assert renamed["audit"]["gold"] == 2 and renamed["claims"]["gold"] == 1


def test_own_sets_are_registered_and_never_a_test_half():
    assert set(mt.OWN_FAMILIES) <= set(mt.OWN_SETS) and "own" in mt.OWN_SETS
    for folder in mt.SETS.values():
        assert folder.name == "dev"
    for name in mt.PEER_LONG_FILES:
        assert (mt.GOLD / "peer" / name).is_file()
    assert not any(name in str(p) for p in mt.SETS.values() for name in ("heldout3", "heldout4", "heldout5", "heldout6",
                                                                             "heldout7", "heldout8", "heldout9"))


def test_folder_gold_prefixes_ids_and_marks_empty_stages(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,published,source,title,url,language,notes\n"
                                           "a1.txt,2024-03-06,,Title,,en,\n", encoding="utf-8")
    (tmp_path / "quotes.csv").write_text(
        "article_id,occurrence,text,speaker,speaker_as_written,kind,statement_date,date_note,notes\n"
        "a1,1,We are moving slowly but steadily,Maksym Hordiienko,Hordiienko,full,2024-03-04,,\n", encoding="utf-8")
    (tmp_path / "claims.csv").write_text("article_id,text,speaker,statement_date,headline,claim_type,notes\n",
                                         encoding="utf-8")
    articles, gold = mt._folder_gold(tmp_path, "x-")
    assert list(articles["article_id"]) == ["x-a1"]
    assert gold["x-a1"]["annotated"] == {"quotes"}
    assert len(gold["x-a1"]["quotes"]) == 1


def test_a_renamed_label_follows_the_printed_spelling_of_the_first_name():
    names = {"Ivanenko": "Harchuk", "Petro": "Ostap"}  # the text printed "Petro", the label says "Petr"
    assert mt.rename_label("Petr Ivanenko", names, "said the envoy Ostap Harchuk on Monday") == "Ostap Harchuk"
    assert mt.rename_label("Petr Ivanenko", names, "Harchuk said") == "Harchuk"


DECKED = (
    "Army chief says troops are holding the line near the river\n\n"
    "By Olena Marchuk\n\n"
    "KYIV — Ukraine's army chief, General Petro Sadovyi, said on Monday that troops were holding the line.\n\n"
    "The general spoke at a briefing in the capital.\n\n"
    "He said Russian units had lost ground near the river.\n"
)


@pytest.mark.parametrize("step", ["distance", "live_blog"])
def test_nothing_is_put_between_a_deck_with_headline_rows_and_its_byline(step):
    entry = mt._empty_entry("2024-03-06")
    entry["claims"] = [{"text": "troops are holding the line near the river", "speaker": "Petro Sadovyi",
                        "date": "2024-03-04", "headline": True, "start": 0},
                       {"text": "troops were holding the line", "speaker": "Petro Sadovyi",
                        "date": "2024-03-04", "headline": False, "start": 0}]
    text, _, gold, _ = mt.transform_article(DECKED, "", entry, mt.TRANSFORMS[step])
    assert text.startswith("Army chief says troops are holding the line near the river\n\nBy Olena Marchuk\n\n")
    assert text != DECKED  # (something was put further down)


def test_possessive_titles_keep_the_speaker_and_skip_a_title_needed_later():
    text = ("Ukrainian Defence Minister Bohdan Lisovets said on Monday that the front was holding.\n\n"
            "\"We need shells,\" Lisovets said.\n")
    entry = mt._empty_entry("2024-05-07")
    entry["claims"] = [{"text": "the front was holding", "speaker": "Bohdan Lisovets", "date": "2024-05-06",
                        "headline": False, "start": 0}]
    new, _, gold, counts = mt.transform_article(text, "", entry, mt.TRANSFORMS["possessive_titles"])
    assert new.startswith("Ukraine's Bohdan Lisovets said on Monday")
    assert gold["claims"][0]["speaker"] == "Bohdan Lisovets" and gold["claims"][0]["text"] == "the front was holding"
    needed = text + "\nThe minister later added that reserves were on the way.\n"
    ctx = mt.Ctx()
    assert mt.possessive_titles(needed, ctx) == [] and ctx.skips["possessive_titles"] == 1


def test_hyphen_titles_both_ways_only_before_a_name():
    text = "Secretary General Maren Kessling said so. Lieutenant-General Oleh Marchuk agreed. The Secretary General left."
    new = mt.apply_edits(text, mt.hyphen_titles(text, mt.Ctx()))[0]
    assert new == ("Secretary-General Maren Kessling said so. Lieutenant General Oleh Marchuk agreed. "
                   "The Secretary General left.")


def test_a_page_date_line_and_an_untitled_first_line_stay_in_the_head():
    text = ("Brigade holds the river line\n\nBy Olena Marchuk\n\nFriday, 14 June 2024\n\n"
            "Colonel Ostap Verbytskyi said on Thursday that the line held.\n\nThe river is wide here.\n\n"
            "\"We are ready,\" Verbytskyi said.\n")
    entry = mt._empty_entry("2024-06-14")
    new, _, _, _ = mt.transform_article(text, "", entry, mt.TRANSFORMS["distance"])
    assert new.startswith("Brigade holds the river line\n\nBy Olena Marchuk\n\nFriday, 14 June 2024\n\nColonel")
    assert mt._DATE_LINE.fullmatch("Oct. 23, 2024") and not mt._DATE_LINE.fullmatch("Russia says it advanced")


def test_live_blog_leaves_a_page_with_its_own_date_line():
    text = ("Brigade holds the river line\n\nBy Olena Marchuk\n\nFriday, 14 June 2024\n\n"
            "Colonel Ostap Verbytskyi said on Thursday that the line held.\n\nThe river is wide here.\n")
    ctx = mt.Ctx(published="2024-06-14")
    assert mt.live_blog(text, ctx) == [] and ctx.skips["live_blog"] == 1
