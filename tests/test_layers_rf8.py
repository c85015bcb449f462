"""One reading of who speaks: the claims stage takes a speech act's speaker from the speech layer (``doc.speech``) and
does not resolve an office ("the Russian president") again on its own (rf8: claims' ``_titled_with`` is gone; the
apposed form it alone read, "A B, the Russian president,", is the speech layer's now).

Every sentence here is invented for the test; each test states the rule it checks.
"""

from __future__ import annotations

from saidvsdone import claims, corpus, document, quotes

_LEDE = ("Russia says it took 300 villages\n\n"
         "MOSCOW — The Russian president said on Tuesday that his forces had taken 300 villages this year.\n\n"
         "The road out of the town runs between flooded fields.\n\n")


def _read(text: str):
    articles = corpus.from_text(text, published="2025-10-08")
    doc = next(iter(document.documents(articles)))
    return articles, doc


def _act_speaker(doc, written: str) -> str:
    found = {a.speaker.speaker for a in doc.speech.acts if a.speaker.as_written == written}
    assert len(found) == 1, found
    return found.pop()


def _claim_speaker(articles, words: str) -> str:
    table = claims.find(articles)
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"]


def test_a_lede_office_titled_before_the_name_below_is_one_person_for_the_layer_and_the_claim():
    # "Russian President A B said" below: the layer's act for "The Russian president" is A B, and so is the claim
    articles, doc = _read(_LEDE + "Russian President Taras Levko said the army held the initiative along the front.")
    assert _act_speaker(doc, "The Russian president") == "Taras Levko"
    assert _claim_speaker(articles, "300 villages this year") == "Taras Levko"


def test_a_lede_office_in_apposition_after_the_name_below_is_the_layers_reading_too():
    # "A B, the Russian president, said" below: once only claims read this title (the quotes table left the lede's
    # office unresolved); now the speech layer reads it, and the claim and the quote take the act's speaker
    text = (_LEDE.replace("said on Tuesday that his forces had taken 300 villages this year.",
                          "said on Tuesday that his forces had taken 300 villages this year. “We are moving "
                          "forward every day,” the Russian president said.")
            + "Taras Levko, the Russian president, said the army held the initiative along the front.")
    articles, doc = _read(text)
    assert _act_speaker(doc, "The Russian president") == "Taras Levko"
    assert _claim_speaker(articles, "300 villages this year") == "Taras Levko"
    table = quotes.extract(articles)
    assert table[table["text"].str.contains("moving forward")]["speaker"].tolist() == ["Taras Levko"]


def test_another_countrys_president_in_apposition_does_not_take_the_office():
    # "A B, the Belarusian president," is no Russian president: the layer gives the office nobody it names, and the
    # claim keeps the tables' holder of the office that day
    articles, doc = _read(_LEDE + "Taras Levko, the Belarusian president, said his neighbour's army held the "
                                  "initiative along the front.")
    assert _act_speaker(doc, "The Russian president") != "Taras Levko"
    assert _claim_speaker(articles, "300 villages this year") == "Vladimir Putin"


def test_every_claim_on_a_resolved_act_carries_the_acts_speaker():
    # a named minister, his office named again, and a body: each claim's speaker is its act's, as the layer read it
    text = ("Ukraine's defence minister Ostap Harchuk said on Monday that Russian forces had lost 1,200 troops in a "
            "day near Pokrovsk.\n\n"
            "The General Staff said Ukrainian units had repelled 40 assaults on the Pokrovsk axis.\n\n"
            "Harchuk added that the front line near Kupiansk had held for a month.")
    articles, doc = _read(text)
    table = claims.find(articles)
    assert len(table) == 3
    by_start = {a.sentence[0]: a.speaker.speaker for a in doc.speech.acts if a.speaker.speaker}
    for _, row in table.iterrows():
        assert row["speaker"] == by_start[row["start"]], row[["text", "speaker"]]
