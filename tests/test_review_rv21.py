"""Round 21's final read (rv21c: claims and speech). The headline rules hl6 added leave alone what earlier headline rules
settled: a headline kind that several body labels fit ("Ukrainian brigade says …" over two brigades), an institution
the body writes as the title of the restating voice ("X spokesman A B said", X no seat of power), and a headline
capital the body writes speaking as itself ("… as Kyiv warns …" over "…, as Kyiv warned that …"). A relayer's audience
is a ``relay_audience`` word of data/speech_words.csv, a spokesperson apposed to a name a ``spokesperson_noun``.
Sentences invented for these tests.

And rv21b's findings (rv21d: facts, product, metamorphic): each table row or pattern reaches every place that used a
former copy."""

from __future__ import annotations

import pandas as pd

from saidvsdone import claims, corpus, facts, vocab
from saidvsdone.claims import _stage


def _rv21d_rows(text: str):
    table = facts.extract(corpus.from_text(text, published="2024-05-02"))
    table = table[table["quantity"].notna()]
    return {f"{row.quantity:g}": row for row in table.itertuples(index=False)}


# A: one _LOST_BEFORE ("only", "just" after the verb of losing), for a part of a strength and for soldiers lost

def test_rv21d_lost_only_part_of_a_strength_is_a_loss():
    rows = _rv21d_rows("The company went into battle with 120 men and had lost only 80 of them by the end of the week.")
    assert (rows["120"].category, rows["120"].change) == ("manpower", "count")
    assert (rows["80"].unit, rows["80"].category, rows["80"].change) == ("troops", "casualties", "loss")


def test_rv21d_lost_only_part_of_a_strength_the_sentence_before_is_a_loss():
    rows = _rv21d_rows("The battalion began the winter with 400 men. By March it had lost only 80 of them.")
    assert (rows["80"].unit, rows["80"].category, rows["80"].change) == ("troops", "casualties", "loss")


def test_rv21d_soldiers_lost_just_a_bare_number_are_soldiers_lost():
    rows = _rv21d_rows("Russia claimed to have killed 1,600 Ukrainian soldiers in a month, while Ukraine said Russia had "
                       "lost just 4,500 there.")
    assert (rows["4500"].unit, rows["4500"].change) == ("troops", "loss")


# B: one rule for "N of them" counting the soldiers of the sentence before (part_of_soldiers_before), with its guards

def test_rv21d_of_them_freed_in_an_exchange_is_no_strength():
    rows = _rv21d_rows("The Ukrainian battalion had started with 30 men in June. Eleven of them were later freed in a "
                       "prisoner exchange.")
    assert "11" not in rows


def test_rv21d_of_them_after_a_reporting_verb_is_a_part_of_the_strength_before():
    rows = _rv21d_rows("Olena said her platoon had set out with 45 men in April. She said 19 of them were still on the "
                       "line.")
    assert (rows["19"].unit, rows["19"].category, rows["19"].change) == ("troops", "manpower", "count")


def test_rv21d_of_them_killed_the_sentence_after_a_strength_is_a_loss():
    rows = _rv21d_rows("The company started with 120 men in May. By June 40 of them had been killed.")
    assert (rows["40"].unit, rows["40"].category, rows["40"].change) == ("troops", "casualties", "loss")


# D: one "verb of starting … with" fragment and one hedge tail for the strength patterns of events.py

def test_rv21d_a_strength_start_word_reaches_both_strength_patterns():
    from saidvsdone.facts import events

    for text in ("the platoon set out from the village on Monday with about ", "his battalion ended the month with "):
        assert events._STRENGTH_BEFORE.search(text) is not None
        assert events._STRENGTH_WITH.search(text) is not None
    assert events._HOLDS_WITH.search("they defended the town with barely ") is not None
    assert events._STRENGTH_WITH.search("his battalion ended the month with 300 men and ") is None


# E: past_holding and place_tail words of data/fact_cues.csv (were territorial.py's _PAST_HOLDING, _PLACE_TAIL_WORDS)

def test_rv21d_past_holding_word_makes_an_area_a_stock():
    rows = _rv21d_rows("In July the commander said his troops controlled nearly 900 square kilometres of enemy land.")
    assert rows["900"].change == "held"


def test_rv21d_place_tail_words_end_a_place_before_a_listed_count():
    for tail in ("oblast", "province"):
        rows = _rv21d_rows(f"Russian forces captured the village of Lysivka in the Donetsk {tail} and three hamlets, "
                           "the ministry said.")
        assert (rows["3"].unit, rows["3"].actor, rows["3"].change) == ("settlements", "Russia", "gain")


def test_rv21d_past_holding_and_place_tail_are_fact_cues():
    from saidvsdone.facts.vocab import vocab

    cues = vocab().cues
    assert {"controlled", "held"} <= cues["past_holding"]
    assert {"region", "oblast", "province", "district", "area"} <= cues["place_tail"]


# G: metamorphic.py's sentence break, open quotation and closing sentence, each one pattern or function

def _rv21d_metamorphic():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import metamorphic

    return metamorphic


def test_rv21d_sentence_break_after_a_closing_quote_mark_is_the_spaces():
    M = _rv21d_metamorphic()
    text = "The mayor said “the bridge held.”  Repairs begin on Monday. Trains run again."
    ctx = M.Ctx(title="")
    breaks = M._sentence_breaks(text, ctx, 0, len(text))
    assert [text[s:e] for s, e in breaks] == ["  ", " "]
    assert text[breaks[0][0] - 1] == "”"


def test_rv21d_open_quote_reads_double_marks_as_marks_open_does():
    M = _rv21d_metamorphic()
    for paragraph in ("“We will hold the line,” he said.", "“We will hold the line, he said.", 'He said "we hold',
                      "«Nothing changed» at the front.", "No quotation at all here."):
        assert M._open_quote(paragraph) == M._marks_open(paragraph)
    assert M._open_quote("‘We will hold the line, the colonel said.") and \
        not M._marks_open("‘We will hold the line, the colonel said.")


def _rows(text: str, published: str = "2025-06-18") -> pd.DataFrame:
    return claims.find(corpus.from_text(text, published=published, title=text.split("\n")[0]))


def _headline_speakers(text: str, published: str = "2025-06-18") -> list[str]:
    rows = _rows(text, published)
    return rows[rows["headline"]]["speaker"].tolist()


def test_rv21c_a_headline_brigade_over_two_brigades_of_the_body_keeps_its_kind():
    text = ("Ukrainian brigade says Russian assault near Siversk was beaten back\n\n"
            "The 54th Mechanized Brigade said on Monday that a Russian assault near Siversk had been beaten back "
            "with heavy losses.\n\n"
            "The 81st Airmobile Brigade said its troops had held their positions near Bilohorivka.")
    assert _headline_speakers(text)[0] not in ("54th Mechanized Brigade", "81st Airmobile Brigade")


def test_rv21c_an_institution_of_your_table_titled_before_its_spokesman_keeps_its_headline(tmp_path):
    title = "Quirinale says Russian offensive near Hrabove has stalled"
    text = (title + "\n\nQuirinale spokesman Marko Levchenko said on Monday that the Russian offensive near the "
            "village of Hrabove had stalled.")
    (tmp_path / "speakers.csv").write_text("name,aliases,role,country,kind\nQuirinale,Quirinale,,Italy,institution\n",
                                           encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert _headline_speakers(text) == ["Quirinale"]
    finally:
        vocab.use(None)


def test_rv21c_a_headline_capital_speaking_as_itself_in_the_body_keeps_its_label():
    text = ("Drones hit depot near Vovchansk as Kyiv warns of autumn push\n\n"
            "The DeepState group said drones had hit a depot, as Kyiv warned that Moscow was gathering troops for an "
            "autumn offensive.")
    assert _headline_speakers(text, "2025-07-10") == ["Ukrainian government (Kyiv)"]


def test_rv21c_a_relay_audience_of_your_table_closes_a_relayers_sentence(tmp_path):
    assert _stage._RELAY_AFTER.match(" reporters after the briefing.") is not None
    assert _stage._RELAY_AFTER.match(" the bureau after the briefing.") is None
    (tmp_path / "speech_words.csv").write_text("word,kind,notes\nthe bureau,relay_audience,\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert _stage._RELAY_AFTER.match(" the  bureau after the briefing.") is not None  # (any white space)
    finally:
        vocab.use(None)


def test_rv21c_a_spokesperson_noun_of_your_table_reaches_the_apposition_after_a_name(tmp_path):
    from saidvsdone.speech import _dates
    text = "Ivan Sirko, a mouthpiece for the Southern Command, said"
    at = text.index(",")
    assert _dates._APPOSED_SPOKESPERSON.match(text.replace("mouthpiece", "spokesman"), at) is not None
    assert _dates._APPOSED_SPOKESPERSON.match(text, at) is None
    (tmp_path / "speech_words.csv").write_text("word,kind,notes\nmouthpiece,spokesperson_noun,\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert _dates._APPOSED_SPOKESPERSON.match(text, at).group(1) == "a mouthpiece for the Southern Command"
        assert "mouthpiece" in _dates._spokesperson_nouns()  # (the fast test before it reads the table too)
    finally:
        vocab.use(None)
