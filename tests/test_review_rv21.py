"""Round 21's final read (rv21c: claims and speech). The headline rules hl6 added leave alone what earlier headline rules
settled: a headline kind that several body labels fit ("Ukrainian brigade says …" over two brigades), an institution
the body writes as the title of the restating voice ("X spokesman A B said", X no seat of power), and a headline
capital the body writes speaking as itself ("… as Kyiv warns …" over "…, as Kyiv warned that …"). A relayer's audience
is a ``relay_audience`` word of data/speech_words.csv, a spokesperson apposed to a name a ``spokesperson_noun``.
Sentences invented for these tests."""

from __future__ import annotations

import pandas as pd

from saidvsdone import claims, corpus, vocab
from saidvsdone.claims import _stage


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
