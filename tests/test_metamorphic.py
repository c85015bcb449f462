"""The metamorphic harness's machinery (tests/metamorphic.py) on invented sentences: edits and the offset
map, gold remapping, and what each transformation keeps. No devset needed."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metamorphic as mt  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"

ARTICLE = (
    "Minister says offensive stalled\n\n"
    "KYIV — Defence Minister Oleksii Reznikov said on Tuesday that the enemy offensive had stalled near the river.\n\n"
    "\"We are holding every position,\" Reznikov said. \"The front is stable.\"\n\n"
    "Mr Reznikov's deputy, Hanna Petrenko, said the army had retaken 12 villages, and Petrenko says more will follow.\n\n"
    "Elsewhere, Vladimir Putin said the plan was unchanged.\n"
)
GOLD = {
    "published": "2023-05-02",
    "quotes": [{"speaker": "Oleksii Reznikov", "text": "We are holding every position", "date": "2023-05-02",
                "kind": "full", "start": 0},
               {"speaker": "Oleksii Reznikov", "text": "The front is stable.", "date": "2023-05-02",
                "kind": "full", "start": 0}],
    "claims": [{"speaker": "Oleksii Reznikov",
                "text": "Defence Minister Oleksii Reznikov said on Tuesday that the enemy offensive had stalled near "
                        "the river.", "date": "2023-05-02", "start": 0},
               {"speaker": "Hanna Petrenko", "text": "Mr Reznikov's deputy, Hanna Petrenko, said the army had "
                "retaken 12 villages, and Petrenko says more will follow.", "date": None, "start": 0}],
    "facts": [{"sentence": "Mr Reznikov's deputy, Hanna Petrenko, said the army had retaken 12 villages, and "
               "Petrenko says more will follow.", "quantity_text": "12", "quantity": 12.0, "unit": "settlements",
               "actor": "Ukraine", "change": "gain", "start": 0}],
    "scare_quotes": [],
}


def test_apply_edits_and_offsets():
    text = "abc def ghi"
    new, offsets = mt.apply_edits(text, [mt.Edit(4, 7, "XY"), mt.Edit(0, 0, ">>"), mt.Edit(8, 9, "G")])
    assert new == ">>abc XY Ghi"
    assert offsets.position(0) == 2  # an insertion at a span's start lies before it
    assert offsets.position(0, "end") == 0  # … and after a span ending there
    assert offsets.span(0, 3) == (2, 5, False)
    assert new[slice(*offsets.span(8, 11)[:2])] == "Ghi"
    assert offsets.span(5, 9) == (6, 10, True)  # cut: widened to the covering replacements
    with pytest.raises(ValueError):
        mt.apply_edits(text, [mt.Edit(0, 5, ""), mt.Edit(4, 6, "")])


def test_locate_across_white_space():
    text = "He said the\nfront   was\tholding. The front was holding."
    assert mt.locate(text, "the front was holding", hint=0) == (8, 31)
    assert mt.locate(text, "The front was holding.", hint=40) == (33, 55)
    assert mt.locate(text, "nowhere to be found") == (-1, -1)


def test_rename_people_replaces_every_form_with_invented_names():
    text, title, gold, counts = mt.transform_article(ARTICLE, "Minister says offensive stalled", GOLD,
                                                     [mt.rename_people])
    for old in ("Reznikov", "Oleksii", "Petrenko", "Hanna", "Putin", "Vladimir"):
        assert not re.search(rf"\b{old}\b", text), old
    names = {q["speaker"] for q in gold["quotes"]} | {c["speaker"] for c in gold["claims"]}
    tables = "\n".join(p.read_text(encoding="utf-8").lower() for p in DATA.glob("*.csv"))
    for name in names:
        first, last = name.split()
        assert last.lower() not in tables  # nobody listed
        assert name in text  # introduced in full
    assert counts == {"not_located": 0, "cut": 0, "dropped": 0}
    # every gold row points at its own text, renamed the same way
    for stage, fld in (("quotes", "text"), ("claims", "text"), ("facts", "sentence")):
        for row in gold[stage]:
            assert text[row["start"]:row["start"] + len(row[fld])] == row[fld]
    renamed = gold["quotes"][0]["speaker"].split()[-1]
    assert f"Mr {renamed}'s deputy" in text  # titles and possessives stay
    assert "Defence Minister" in text  # the role description stays
    # deterministic
    assert mt.transform_article(ARTICLE, "", GOLD, [mt.rename_people])[0] == text


def test_rename_keeps_gender_of_the_first_name():
    ctx = mt.Ctx(speakers={"Hanna Petrenko"})
    new, _ = mt.apply_edits(ARTICLE, mt.rename_people(ARTICLE, ctx))
    genders = {row["name"]: row["gender"] for row in csv.DictReader(open(DATA / "first_names.csv", encoding="utf-8"))}
    assert ctx.names["Hanna"] in mt._FIRST["f"] + mt._FIRST_WEST["f"]
    assert genders.get(ctx.names["Oleksii"], "m") == "m"


def test_rename_label_falls_back_to_the_surname():
    names = {"Ivan": "Taras", "Sidorov": "Harchuk"}
    assert mt.rename_label("Ivan Sidorov", names, "Mr Harchuk said") == "Harchuk"
    assert mt.rename_label("Ivan Sidorov", names, "Taras Harchuk said") == "Taras Harchuk"
    assert mt.rename_label("Russian Defence Ministry", names, "") == "Russian Defence Ministry"


@pytest.mark.parametrize("step", [mt.quotes_straight, mt.quotes_curly, mt.quotes_guillemets])
def test_quote_marks_are_length_preserving(step):
    text = "“We hold,” he said. \"They fled,\" she said of the town's ‘liberation’."
    new, _ = mt.apply_edits(text, step(text, mt.Ctx()))
    assert len(new) == len(text)
    assert re.sub(r"[\"'“”‘’«»]", "", new) == re.sub(r"[\"'“”‘’«»]", "", text)


def test_quote_marks_pairing():
    text = "\"We hold,\" he said of the 'plan', the town's mayor."
    new, _ = mt.apply_edits(text, mt.quotes_curly(text, mt.Ctx()))
    assert new == "“We hold,” he said of the ‘plan’, the town’s mayor."
    new, _ = mt.apply_edits(new, mt.quotes_guillemets(new, mt.Ctx()))
    assert new.startswith("«We hold,» he said")
    back, _ = mt.apply_edits(new, mt.quotes_straight(new, mt.Ctx()))
    assert "the 'plan', the town's" in back


def test_hard_wrap_keeps_words_and_breaks_long_lines():
    new, _ = mt.apply_edits(ARTICLE, mt.hard_wrap(ARTICLE, mt.Ctx()))
    assert all(len(line) <= 70 for line in new.split("\n"))
    assert new.split() == ARTICLE.split()
    assert new.count("\n\n") == ARTICLE.count("\n\n")  # paragraphs stay paragraphs
    single = ARTICLE.replace("\n\n", "\n")
    new, _ = mt.apply_edits(single, mt.hard_wrap(single, mt.Ctx()))
    assert new.count("\n\n") == single.strip().count("\n")  # single-line paragraphs get blank lines first


def test_paragraph_breaks_swap():
    new, _ = mt.apply_edits(ARTICLE, mt.paragraph_breaks(ARTICLE, mt.Ctx()))
    assert "\n\n" not in new and new.count("\n") == ARTICLE.count("\n\n") + 1
    back, _ = mt.apply_edits(new, mt.paragraph_breaks(new, mt.Ctx()))
    assert back.split("\n\n") == ARTICLE.rstrip().split("\n\n") or back.rstrip() == ARTICLE.rstrip()


def test_speech_verbs_are_cue_forms_of_the_table():
    forms = set()
    for row in csv.DictReader(open(DATA / "speech_cues.csv", encoding="utf-8")):
        forms.update(row["forms"].split("|"))
    new, _ = mt.apply_edits(ARTICLE, mt.speech_verbs(ARTICLE, mt.Ctx()))
    assert not re.search(r"\b(said|says)\b", new)
    for word in set(mt._SAID_THAT + mt._SAID + mt._SAYS):
        assert word in forms, word
    assert re.search(r"Reznikov (claimed|stated|noted|asserted|insisted|declared) on Tuesday that", new)
    assert "added" not in new


def test_furniture_shifts_gold_and_adds_a_byline_under_the_headline():
    text, _, gold, counts = mt.transform_article(ARTICLE, "Minister says offensive stalled", GOLD, [mt.furniture])
    assert counts["cut"] == 0
    assert text.split("\n\n")[1].startswith("By ") and text.split("\n\n")[2].startswith("Updated")
    assert sum(item in text for item in mt.FURNITURE) == 2  # after every second paragraph
    for row in gold["quotes"]:
        assert text[row["start"]:row["start"] + len(row["text"])] == row["text"]
    assert [q["text"] for q in gold["quotes"]] == [q["text"] for q in GOLD["quotes"]]


def test_all_composes_and_keeps_gold_located():
    text, title, gold, counts = mt.transform_article(ARTICLE, "Minister says offensive stalled", GOLD,
                                                     mt.TRANSFORMS["all"])
    assert counts["not_located"] == 0
    for stage, fld in (("quotes", "text"), ("claims", "text"), ("facts", "sentence")):
        for row in gold[stage]:
            assert mt.locate(text, row[fld], row["start"])[0] == row["start"]
    assert "Reznikov" not in text and "Reznikov" not in str(gold)
    assert title != "Minister says offensive stalled"  # "says" swapped in the manifest title too


def test_transforms_are_registered_with_docstrings():
    assert {"identity", "rename_people", "quotes_straight", "quotes_curly", "quotes_guillemets", "hard_wrap",
            "paragraph_breaks", "speech_verbs", "furniture", "spelling", "numbers", "units", "dateline", "honorifics",
            "captions_ap", "title_stamp", "bullets", "quotes_single", "quotes_mixed", "role_refs", "rename_roles",
            "number_words", "actor_forms", "all2", "no_headline", "title_case", "headline_caps",
            "all"} <= set(mt.TRANSFORMS)
    for steps in mt.TRANSFORMS.values():
        for step in steps:
            assert step.__doc__ and "Tests:" in step.__doc__ and "Gold" in step.__doc__, step.__name__


def test_house_style_transforms():
    text = ("KYIV — The Defence Ministry said 1,294 square kilometres and 30 000 troops were involved, Mr Harchuk "
            "emphasised, and Dr. Lysenko agreed.\n\nThe army said it had advanced 7 kilometres.\n")
    new, _ = mt.apply_edits(text, mt.spelling(text, mt.Ctx()))
    assert "Defense Ministry" in new and "kilometers" in new and "emphasized" in new
    new, _ = mt.apply_edits(text, mt.numbers(text, mt.Ctx()))
    assert "1 294 square" in new and "30,000 troops" in new
    new, _ = mt.apply_edits(text, mt.units(text, mt.Ctx()))
    assert "square kilometres" not in new and "7 km" in new
    new, _ = mt.apply_edits(text, mt.honorifics(text, mt.Ctx()))
    assert "Mr. Harchuk" in new and "Dr Lysenko" in new
    assert mt.dateline(text, mt.Ctx()) == []  # it has one
    plain = text.replace("KYIV — ", "")
    new, _ = mt.apply_edits(plain, mt.dateline(plain, mt.Ctx()))
    assert new.startswith(("KYIV, Ukraine (AP) — The Defence", "LONDON (Reuters) - The Defence"))


def test_single_and_mixed_quote_styles():
    text = "“We hold,” he said of Russia’s ‘liberation’ claims. \"The troops’ morale is high,\" he added."
    new, _ = mt.apply_edits(text, mt.quotes_single(text, mt.Ctx()))
    assert new == "‘We hold,’ he said of Russia’s “liberation” claims. ‘The troops’ morale is high,’ he added."
    new, _ = mt.apply_edits(text, mt.quotes_mixed(text, mt.Ctx()))
    assert new == "“We hold,” he said of Russia’s ‘liberation’ claims. “The troops’ morale is high,\" he added."


def test_role_refs_name_later_mentions_by_role():
    text = ("Defence Minister Oleksii Reznikov visited the front on Monday.\n\n“We hold,” Reznikov said. Later, "
            "Reznikov told reporters the line was stable, and Mr Reznikov left.\n")
    new, _ = mt.apply_edits(text, mt.role_refs(text, mt.Ctx()))
    assert new == ("Defence Minister Oleksii Reznikov visited the front on Monday.\n\n“We hold,” the defence minister "
                   "said. Later, the defence minister told reporters the line was stable, and Mr Reznikov left.\n")
    assert mt.TRANSFORMS["rename_roles"] == [mt.role_refs, mt.rename_people]


def test_wire_layout_transforms():
    ctx = mt.Ctx(title="Minister says offensive stalled", published="2023-05-02")
    new, _ = mt.apply_edits(ARTICLE, mt.captions_ap(ARTICLE, ctx))
    assert "Tuesday, May 2, 2023 (AP Photo/" in new
    new, _ = mt.apply_edits(ARTICLE, mt.title_stamp(ARTICLE, ctx))
    assert new.startswith("Minister says offensive stalled Tuesday, May 2, 2023 11:49:48 AM\n\n")
    new, _ = mt.apply_edits(ARTICLE, mt.bullets(ARTICLE, ctx))
    assert new.split("\n\n")[1] == "Last modified on Tue 2 May 2023 10.35 BST"
    assert [p[:2] for p in new.split("\n\n")[2:6]] == ["• ", "• ", "• ", "El"]
    assert mt.captions_ap(ARTICLE, mt.Ctx()) == []  # no day known: nothing


def test_number_words_and_actor_forms():
    text = ("Ukrainian troops pushed Russian forces out of seven settlements and advanced up to 3 kilometres, "
            "between 15 and 20 kilometres from the town, on March 4; 700 Ukrainian troops held.")
    new, _ = mt.apply_edits(text, mt.number_words(text, mt.Ctx()))
    assert "out of 7 settlements" in new and "up to three kilometres" in new
    assert "between 15 and 20" in new and "March 4" in new and "700 Ukrainian" in new
    new, _ = mt.apply_edits(text, mt.actor_forms(text, mt.Ctx()))
    assert new.startswith(("Kyiv's troops", "Ukraine's troops")) and "700 Ukrainian troops" in new
    assert "Russian forces" not in new


def test_no_headline_drops_the_rows_inside_it():
    gold = {"published": "2023-05-02", "quotes": [], "facts": [], "scare_quotes": [],
            "claims": [{"speaker": "Oleksii Reznikov", "text": "Minister says offensive stalled", "date": None,
                        "headline": True, "start": 0}, GOLD["claims"][0]]}
    text, _, new, counts = mt.transform_article(ARTICLE, "Minister says offensive stalled", gold, [mt.no_headline])
    assert text.startswith("KYIV — Defence Minister")
    assert counts["dropped"] == 1 and len(new["claims"]) == 1
    assert text[new["claims"][0]["start"]:].startswith("Defence Minister Oleksii Reznikov said")


def test_title_case():
    text, title, _, _ = mt.transform_article(ARTICLE, "Minister says offensive stalled", GOLD, [mt.title_case])
    assert text.startswith("Minister Says Offensive Stalled\n\nKYIV") and title == "Minister Says Offensive Stalled"


def test_headline_caps_and_headline_measures():
    text, title, _, _ = mt.transform_article(ARTICLE, "Minister says offensive stalled", GOLD, [mt.headline_caps])
    assert text.startswith("MINISTER SAYS OFFENSIVE STALLED\n\nKYIV") and title == "MINISTER SAYS OFFENSIVE STALLED"
    assert mt.MEASURES["headline_claims"] == ("recall", "speaker_accuracy")


def test_every_transformation_is_named_in_the_module_docstring():
    assert [n for n in mt.TRANSFORMS if n != "identity" and f"``{n}``" not in mt.__doc__] == []


DATED = ("Kyiv says strikes hit on March 3\n\n"
         "The ministry said on Monday that strikes on March 3 and Feb. 28 hit the city.\n\n"
         "\"We met on Monday,\" the minister said, adding that talks on 4 March, 2022 failed.\n")
DATED_GOLD = {"published": "2022-03-09",
              "quotes": [{"speaker": "Oleh Dovbenko", "text": "We met on Monday,", "date": "2022-03-07",
                          "kind": "full", "start": 0}],
              "claims": [{"speaker": "ministry", "text": "The ministry said on Monday that strikes on March 3 and "
                          "Feb. 28 hit the city.", "date": "2022-03-07", "start": 0}],
              "facts": [], "scare_quotes": []}


def test_week_shift_moves_publication_gold_and_every_date():
    text, title, gold, counts = mt.transform_article(DATED, "Kyiv says strikes hit on March 3", DATED_GOLD,
                                                     mt.TRANSFORMS["week_shift"])
    assert gold["published"] == "2023-03-08" and counts.get("skipped", 0) == 0
    assert gold["quotes"][0]["date"] == "2023-03-06" and gold["claims"][0]["date"] == "2023-03-06"
    assert "strikes on March 2 and Feb. 27 hit" in text and "talks on 3 March, 2023 failed" in text
    assert title == "Kyiv says strikes hit on March 2"
    assert gold["claims"][0]["text"] == "The ministry said on Monday that strikes on March 2 and Feb. 27 hit the city."
    assert mt.apply_edits(DATED, [])[0] == DATED  # (the original is untouched)


def test_week_shift_moves_war_days_and_skips_what_it_cannot_move():
    ctx = mt.Ctx(published="2022-03-23")
    assert mt.apply_edits("On day 28 of the war, Kyiv held.", mt.week_shift("On day 28 of the war, Kyiv held.", ctx)
                          )[0] == "On day 392 of the war, Kyiv held."
    for text in ("Losses peaked in May 2021.", "Talks ran on March 3-5.", "On day 3 of the talks, nothing.",
                 "The order of 12.03.2022 stands."):
        text_, title, gold, counts = mt.transform_article(text, "", DATED_GOLD, mt.TRANSFORMS["week_shift"])
        assert text_ == text and counts["skipped"] == 1 and gold["published"] == "2022-03-09", text
        assert gold["quotes"][0]["date"] == "2022-03-07"


def test_ap_days_outside_quotes_only():
    ctx = mt.Ctx()
    out = mt.apply_edits(DATED, mt.ap_days(DATED, ctx))[0]
    assert "The ministry said Monday that" in out and "\"We met on Monday,\"" in out
    assert mt.apply_edits("On Monday, he spoke.", mt.ap_days("On Monday, he spoke.", ctx))[0] == "On Monday, he spoke."


def test_day_month_british_order():
    ctx = mt.Ctx()
    text = "Strikes on March 3, 2024 and Sept. 1 and Dec 15th; not March 3-5 nor May 2024."
    assert mt.apply_edits(text, mt.day_month(text, ctx))[0] == \
        "Strikes on 3 March 2024 and 1 Sept and 15th Dec; not March 3-5 nor May 2024."


def test_weekday_dates_the_right_weekday():
    ctx = mt.Ctx(published="2024-03-05")
    text = "He spoke on March 3 and on 1 March, and on March 3, 2023."
    assert mt.apply_edits(text, mt.weekday_dates(text, ctx))[0] == \
        "He spoke on Sunday, March 3 and on Friday, 1 March, and on Friday, March 3, 2023."
    text, title, gold, counts = mt.transform_article(DATED, "", DATED_GOLD, mt.TRANSFORMS["weekday_dates"])
    assert "strikes on Thursday, March 3 and" in text and gold["claims"][0]["date"] == "2022-03-07"


def test_all2_keeps_the_date_shapes():
    names = [f.__name__ for f in mt.TRANSFORMS["all2"]]
    assert {"week_shift", "ap_days", "day_month", "weekday_dates"} <= set(names)
    assert names.index("week_shift") < names.index("captions_ap")  # captions carry the moved publication day


def test_week_shift_quarter_changes_months_and_keeps_abbreviations():
    text = "Officials said on Thursday, Dec 15 that talks on 1 December, 2022 failed."
    _, _, gold, counts = mt.transform_article(text, "", {**DATED_GOLD, "published": "2022-12-16"},
                                              mt.TRANSFORMS["week_shift_quarter"])
    new, _, _, _ = mt.transform_article(text, "", {**DATED_GOLD, "published": "2022-12-16"},
                                        mt.TRANSFORMS["week_shift_quarter"])
    assert new == "Officials said on Thursday, Mar 16 that talks on 2 March, 2023 failed."
    assert gold["published"] == "2023-03-17" and gold["quotes"][0]["date"] == "2022-06-06"


# ---------------------------------------------------------------------------------------------
# Round 2: the vocabulary nobody studied (invented sentences)

VOCAB = (
    "Kremlin says offensive in Kursk region going to plan\n\n"
    "Vladimir Putin said that Russian forces had captured the village of Zolota Balka and repelled an offensive "
    "near Bakhmut.\n\n"
    "\u201cWe liberated Soledar,\u201d Putin said. The shelling of Kharkiv went on, TASS reported.\n\n"
    "The 47th Mechanized Brigade and Wagner fighters were attacked by drones, the Institute for the Study of War "
    "said.\n\n"
    "A drone struck Crimea. Crimean officials told reporters that losses were high. He says an offensive is near.\n"
)
VOCAB_GOLD = {
    "published": "2023-05-02",
    "quotes": [{"speaker": "Vladimir Putin", "text": "We liberated Soledar,", "date": "2023-05-02", "kind": "full",
                "start": 0}],
    "claims": [{"speaker": "Vladimir Putin", "text": "Vladimir Putin said that Russian forces had captured the "
                "village of Zolota Balka and repelled an offensive near Bakhmut.", "date": None, "start": 0},
               {"speaker": "TASS", "text": "The shelling of Kharkiv went on, TASS reported.", "date": None, "start": 0},
               {"speaker": "Institute for the Study of War (ISW)", "text": "The 47th Mechanized Brigade and Wagner "
                "fighters were attacked by drones, the Institute for the Study of War said.", "date": None,
                "start": 0}],
    "facts": [],
    "scare_quotes": [],
}


def _run(steps):
    return mt.transform_article(VOCAB, VOCAB.split("\n", 1)[0], VOCAB_GOLD, steps)


def _located(text, gold):
    for stage, fld in (("quotes", "text"), ("claims", "text")):
        for row in gold[stage]:
            assert text[row["start"]:row["start"] + len(row[fld])] == row[fld], row


def test_rename_places_invents_names_of_the_same_shape_and_keeps_capitals():
    text, title, gold, counts = _run([mt.rename_places])
    for old in ("Kursk", "Bakhmut", "Soledar", "Kharkiv", "Crimea", "Zolota Balka"):
        assert not re.search(rf"\b{old}\b", text), old
    assert "Kremlin" in text and "Russian" in text
    assert "Kursk" not in title
    assert re.search(r"\b[A-Z][a-z]+an officials\b", text)  # "Crimean" follows its place
    _located(text, gold)
    assert counts["cut"] == 0
    tables = "\n".join(p.read_text(encoding="utf-8").lower() for p in DATA.glob("*.csv"))
    for name in set(mt._PLACES_UA + mt._PLACES_RU + mt._PLACES_A):
        assert not re.search(rf"(?<!\w){name.lower()}(?!\w)", tables), name


def test_rename_outlets_keeps_shapes_and_renames_labels():
    text, title, gold, counts = _run([mt.rename_outlets])
    assert "TASS" not in text and "Institute for the Study of War" not in text
    assert "VESTA reported" in text and "the Centre for Frontline Analysis said" in text
    speakers = [c["speaker"] for c in gold["claims"]]
    assert speakers == ["Vladimir Putin", "VESTA", "Centre for Frontline Analysis"]  # (no acronym printed)
    _located(text, gold)


def test_rename_units_numbers_and_names():
    text, _, gold, _ = _run([mt.rename_units])
    assert "47th" not in text and "Wagner" not in text
    assert re.search(r"\b\d+(?:st|nd|rd|th) Mechanized Brigade and Vostokgrad fighters", text)
    _located(text, gold)


def test_topic_words_keep_grammar_and_articles():
    text, title, gold, _ = _run([mt.topic_words])
    assert not re.search(r"\b(?:captured|repelled)\b", text) and "\u201cWe liberated" in text  # quoted words stay
    assert "had seized the village" in text
    assert re.search(r"(?:repulsed|fought off|beat off) (?:an assault|a push) near", text)
    assert "The bombardment of Kharkiv" in text
    assert "attacked by" not in text and re.search(r"were (?:assaulted|struck) by UAVs", text)
    assert "A UAV struck" in text and "casualties were high" in text
    assert "offensive" not in title
    _located(text, gold)


def test_topic_words_leave_adjectives_and_equipment_losses():
    text = "He said offensive operations went on and losses of equipment rose; frontline towns were shelled."
    new = mt.apply_edits(text, mt.topic_words(text, mt.Ctx()))[0]
    assert "offensive operations" in new and "losses of equipment" in new and "frontline towns" in new
    assert re.search(r"were (?:bombarded|pounded)\.", new)


def test_speech_verbs_rare_fit_each_syntax():
    text = ("Smith said that the line held. \u201cWe hold,\u201d said Jones. The army held, he said. "
            "Brown told reporters the town fell. The town is said to be empty. Kuleba told critics to shut up. "
            "Petrenko says the line holds.")
    new = mt.apply_edits(text, mt.speech_verbs_rare(text, mt.Ctx()))[0]
    assert "Smith said" not in new and re.search(r"Smith (?:\w+|pointed out|made clear) that the line", new)
    assert re.search(r"\u201d (?:remarked|observed|argued) Jones", new)
    assert re.search(r", he (?:remarked|observed|maintained|contended|commented|argued)\.", new)
    assert re.search(r"Brown (?:remarked|pointed out|explained|stressed) to reporters", new)
    assert "is said to be" in new and "told critics to shut up" in new
    assert re.search(r"Petrenko (?:maintains|contends|argues) the line", new)


def test_attribution_order_turns_round_exactly():
    text, _, gold, counts = _run([mt.attribution_order])
    assert ("Russian forces had captured the village of Zolota Balka and repelled an offensive near Bakhmut, "
            "Vladimir Putin said.") in text
    assert "Putin said: \u201cWe liberated Soledar.\u201d" in text
    assert "An offensive is near, he says." in text
    assert gold["claims"][0]["text"].endswith(", Vladimir Putin said.")
    assert gold["quotes"][0]["text"].startswith("We liberated Soledar")
    _located(text, gold)
    assert counts["cut"] == 0


def test_all3_composes_every_round2_step():
    names = {f.__name__ for f in mt.TRANSFORMS["all3"]}
    assert {"rename_places", "rename_outlets", "rename_units", "topic_words", "speech_verbs_rare",
            "attribution_order", "rename_people"} <= names
    text, title, gold, counts = _run(mt.TRANSFORMS["all3"])
    assert counts["not_located"] == 0


def test_topic_words_leave_people_captured_and_outlet_labels_need_the_name():
    text = "Ukraine said its forces captured 594 occupiers and captured two villages."
    new = mt.apply_edits(text, mt.topic_words(text, mt.Ctx()))[0]
    assert "captured 594 occupiers" in new and "seized two villages" in new
    gold = {"published": "2023-05-02", "quotes": [], "facts": [], "scare_quotes": [],
            "claims": [{"speaker": "Institute for the Study of War (ISW)", "start": 0, "date": None,
                        "text": "The Institute for War Studies said the town fell."}]}
    text, _, g, _ = mt.transform_article(gold["claims"][0]["text"], "", gold, [mt.rename_outlets])
    assert g["claims"][0]["speaker"] == "Institute for the Study of War (ISW)"  # a garbled name: nothing renamed


def test_topic_words_nouns_and_quoted_words():
    text = "He said the capture of the town followed. The goal is to \u201cliberate\u201d it, not to \u2018capture\u2019 it."
    new = mt.apply_edits(text, mt.topic_words(text, mt.Ctx()))[0]
    assert "the seizure of the town" in new and "\u201cliberate\u201d" in new and "\u2018capture\u2019" in new


def test_inverted_said_both_ways_and_pronouns_stay():
    text = ("\u201cWe hold,\u201d Smith said. \u201cWe hold,\u201d said the defence minister. "
            "\u201cNo,\u201d he said.")
    new = mt.apply_edits(text, mt.inverted_said(text, mt.Ctx()))[0]
    assert new == ("\u201cWe hold,\u201d said Smith. \u201cWe hold,\u201d the defence minister said. "
                   "\u201cNo,\u201d he said.")


def test_org_forms_name_the_body_by_its_capital_only_where_a_phrase_ends():
    text = ("The Russian Defence Ministry said the town fell. Ukraine's General Staff reported losses. "
            "The Russian Defence Ministry's data. Russian Defence Ministry spokesman Igor Konashenkov said.")
    new = mt.apply_edits(text, mt.org_forms(text, mt.Ctx()))[0]
    assert new.startswith("The Defence Ministry in Moscow said the town fell. The General Staff in Kyiv reported")
    assert "The Russian Defence Ministry's data" in new and "Russian Defence Ministry spokesman" in new
    aliases = "\n".join(r["aliases"] for r in mt._read_csv("speakers.csv")).lower()
    assert "defence ministry in moscow" not in aliases and "general staff in kyiv" not in aliases


def test_title_apposition_keeps_the_claim_located():
    text = "Russian President Vladimir Putin said the war went well. Defence Minister Oleksii Reznikov told reporters."
    gold = {"published": "2023-05-02", "quotes": [], "facts": [], "scare_quotes": [],
            "claims": [{"speaker": "Vladimir Putin", "start": 0, "date": None,
                        "text": "Russian President Vladimir Putin said the war went well."}]}
    new, _, g, counts = mt.transform_article(text, "", gold, [mt.title_apposition])
    assert new == ("Vladimir Putin, the Russian president, said the war went well. Oleksii Reznikov, the defence "
                   "minister, told reporters.")
    assert g["claims"][0]["text"] == "Vladimir Putin, the Russian president, said the war went well."
    assert g["claims"][0]["speaker"] == "Vladimir Putin"


def test_web_copy_characters_and_subheads():
    text = "Title here\n\nMr Smith said 1 294 km fell on 3 March — the army said.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n"
    new = mt.apply_edits(text, mt.nbsp(text, mt.Ctx()))[0]
    assert "Mr\u00a0Smith" in new and "1\u00a0294\u00a0km" in new and "3\u00a0March" in new and len(new) == len(text)
    assert "\r\n" in mt.apply_edits(text, mt.crlf(text, mt.Ctx()))[0]
    dashed = mt.apply_edits(text, mt.dashes(text, mt.Ctx()))[0]
    assert "fell on 3 March - the army" in dashed or "fell on 3 March -- the army" in dashed
    sub = mt.apply_edits(text, mt.subheads(text, mt.Ctx(title="Title here")))[0]
    assert any(f"\n\n{h}\n\n" in sub for h in mt.SUBHEADS)


def test_attribution_order_skips_a_time_before_the_clause_and_institution_pronouns():
    text = "Smith said on Sunday that the town fell. It said the line held. Jones said the bridge was lost."
    new = mt.apply_edits(text, mt.attribution_order(text, mt.Ctx()))[0]
    assert new == "Smith said on Sunday that the town fell. It said the line held. The bridge was lost, Jones said."


def test_an_unlisted_body_keeps_no_acronym_it_was_not_printed_with():
    gold = {"published": "2023-05-02", "quotes": [], "facts": [], "scare_quotes": [],
            "claims": [{"speaker": "Institute for the Study of War (ISW)", "start": 0, "date": None,
                        "text": "The Institute for the Study of War said the town fell."}]}
    _, _, g, _ = mt.transform_article(gold["claims"][0]["text"], "", gold, [mt.rename_outlets])
    assert g["claims"][0]["speaker"] == "Centre for Frontline Analysis"


def test_quotes_single_keeps_a_plural_possessive_inside_a_single_quoted_span():
    text = "\u2018I have seen our soldiers\u2019 courage with my own eyes,\u2019 he said."
    new = mt.apply_edits(text, mt.quotes_single(text, mt.Ctx()))[0]
    assert new == "\u201cI have seen our soldiers\u2019 courage with my own eyes,\u201d he said."


# ---------------------------------------------------------------------------------------------
# Round 3: second references, distance, live blogs, wire furniture, Q&A (invented text)

ROUND3 = (
    "Colonel says the line is holding\n\n"
    "Colonel Taras Dovbenko, a spokesman for the eastern command, said on Tuesday that the line near the river held.\n\n"
    "Dovbenko said the army had retaken 12 villages since the spring.\n\n"
    "\"We are holding every position,\" Dovbenko said.\n\n"
    "Separately, Iryna Harchuk, the regional governor, said shelling had eased.\n\n"
    "\"The nights are quieter now,\" Harchuk said.\n\n"
    "It said nothing more.\n\n"
    "\"Our reserves are ready,\" Dovbenko added.\n"
)
ROUND3_GOLD = {
    "published": "2023-05-03",
    "quotes": [{"speaker": "Taras Dovbenko", "text": "We are holding every position,", "date": "2023-05-02",
                "kind": "direct", "start": 0},
               {"speaker": "Iryna Harchuk", "text": "The nights are quieter now,", "date": None, "kind": "direct",
                "start": 0},
               {"speaker": "Taras Dovbenko", "text": "Our reserves are ready,", "date": "2023-05-02",
                "kind": "direct", "start": 0}],
    "claims": [{"speaker": "Taras Dovbenko", "text": "Colonel Taras Dovbenko, a spokesman for the eastern command, "
                "said on Tuesday that the line near the river held.", "date": "2023-05-02", "start": 0},
               {"speaker": "Taras Dovbenko", "text": "Dovbenko said the army had retaken 12 villages since the "
                "spring.", "date": "2023-05-02", "start": 0}],
    "facts": [{"sentence": "Dovbenko said the army had retaken 12 villages since the spring.", "quantity_text": "12",
               "quantity": 12.0, "unit": "settlements", "actor": "Ukraine", "change": "gain", "start": 0}],
    "scare_quotes": [],
}


def _run3(steps):
    return mt.transform_article(ROUND3, ROUND3.split("\n", 1)[0], ROUND3_GOLD, steps)


def test_second_reference_pronoun_after_the_same_speaker_descriptor_otherwise():
    text, title, gold, counts = _run3([mt.second_reference])
    # the first mention stays; the next attribution follows a row of the same speaker and his name: "He"
    assert "Colonel Taras Dovbenko, a spokesman" in text
    assert "\n\nHe said the army had retaken 12 villages" in text
    assert "\"We are holding every position,\" he said." in text
    # after another person spoke, the descriptor the article printed at the first mention (his rank)
    assert "\"Our reserves are ready,\" the colonel added." in text or \
        "\"Our reserves are ready,\" the Ukrainian colonel added." in text
    # the governor named once: her next attribution follows a row of another speaker: her apposition
    assert "\"The nights are quieter now,\" the governor said." in text  # (the previous row is his)
    assert [r["speaker"] for r in gold["quotes"]] == ["Taras Dovbenko", "Iryna Harchuk", "Taras Dovbenko"]
    assert gold["claims"][1]["text"] == "He said the army had retaken 12 villages since the spring."
    _located(text, gold)


def test_second_reference_skips_a_descriptor_two_people_share():
    text = ("General Taras Dovbenko said on Monday the front held.\n\nGeneral Mykola Harchuk said the reserves were "
            "ready.\n\nDovbenko said the enemy was tired.\n")
    ctx = mt.Ctx(speakers={"Taras Dovbenko", "Mykola Harchuk"})
    ctx.rows = []
    assert mt.second_reference(text, ctx) == []
    assert ctx.skips["second_reference"] == 1


def test_distance_inserts_neutral_paragraphs_only_where_nothing_continues():
    text, title, gold, counts = _run3([mt.distance])
    added = [p for p in text.split("\n\n") if p not in ROUND3.split("\n\n") and p.strip()]
    assert added and all(p in mt.NEUTRAL for para in added for p in [para])
    for p in mt.NEUTRAL:
        assert not re.search(r"\d|[\"“”]|\b(?:said|says|told|Monday|today|yesterday|he|she)\b", p)
    assert "\"The nights are quieter now,\" Harchuk said.\n\nIt said nothing more." in text  # "It" continues
    assert counts["skips.distance"] >= 1
    assert gold == {**gold, "quotes": gold["quotes"]} and [r["date"] for r in gold["quotes"]] == \
        [r["date"] for r in ROUND3_GOLD["quotes"]]
    _located(text, gold)


def test_live_blog_header_and_stamps_keep_gold():
    text, title, gold, counts = _run3([mt.live_blog])
    lines = [line for line in text.split("\n") if line]
    assert lines[0] == title and lines[1] in ("Last modified on Wed 3 May 2023 16.32 BST", "Updated 16:32 GMT, Wednesday 3 May 2023")
    stamps = [line for line in lines if re.fullmatch(r"\d\d[:.]\d\d (?:GMT|BST)|\d+h ago", line)]
    assert len(stamps) >= 2
    assert [r["date"] for r in gold["quotes"] + gold["claims"]] == \
        [r["date"] for r in ROUND3_GOLD["quotes"] + ROUND3_GOLD["claims"]]
    _located(text, gold)


def test_dateline_wire_byline_dated_dateline_and_trailer():
    text, title, gold, counts = _run3([mt.dateline_wire])
    body = text.split("\n\n")
    assert body[1] == "By Olesia Marchenko and Daniel Whitcombe"
    assert re.match(r"[A-Z]+, (?:May 3 \((?:Reuters|AFP)\) -{1,2} |[A-Z][a-z ]+ \(AP\) — )Colonel Taras", body[2])
    assert body[-1].startswith(("(Reporting by", "Associated Press writer", "— With reporting by"))
    assert gold["claims"][0]["text"].startswith("Colonel Taras Dovbenko")
    _located(text, gold)
    already = "Title\n\nKYIV (Reuters) - Colonel Taras Dovbenko said on Tuesday that the line held firmly.\n"
    new, _ = mt.apply_edits(already, mt.dateline_wire(already, mt.Ctx(title="Title", published="2023-05-03")))
    assert new.count("(Reuters)") == 1 and "KYIV (Reuters) - Colonel" in new


def test_qa_layout_turns_a_quote_paragraph_into_an_answer_and_drops_its_row():
    text, title, gold, counts = _run3([mt.qa_layout])
    assert re.search(r"\n(?:Q|Question): [^\n]+\?\n\n(?:DOVBENKO|Dovbenko): We are holding every position\.\n", text)
    assert "We are holding every position" not in [r["text"].rstrip(",.") for r in gold["quotes"]]
    assert counts["dropped"] == 3 and len(gold["quotes"]) == 0  # every quote paragraph here has the shape
    assert len(gold["claims"]) == 2 and len(gold["facts"]) == 1
    _located(text, gold)


def test_all4_composes_round3_steps_with_all3():
    names = {f.__name__ for f in mt.TRANSFORMS["all4"]}
    assert {"second_reference", "distance", "live_blog", "dateline_wire", "qa_layout"} <= names
    assert {f.__name__ for f in mt.TRANSFORMS["all3"]} - {"dateline"} <= names
    text, title, gold, counts = _run3(mt.TRANSFORMS["all4"])
    assert counts["not_located"] == 0
    assert {r["speaker"] for r in gold["claims"]} <= {"Taras Dovbenko"} | {
        mt.rename_label("Taras Dovbenko", {}, text)} or len(gold["claims"]) == 2


def test_inserts_stay_out_of_a_quotation_in_any_mark_style():
    for open_, close in (("“", "”"), ("‘", "’"), ('"', '"')):
        text = (f"Title here\n\n{open_}The enemy has failed, he said at first.\n\nWatch: a video of the briefing\n\n"
                f"{open_}It sought to take the city.{close}\n\nThe general said more would follow soon.\n")
        sep, free, skipped = mt._free_breaks(text, mt.Ctx(title="Title here"))
        assert [text[m.end():m.end() + 10] for m in free] == ["The genera"], open_
