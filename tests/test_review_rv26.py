"""Round 26's final read (rv26c), applied by rv26fixc: a finding's table row or shared reader reaches each former
copy, on sentences invented here.

- B1: the active back reference "X said this …" (``speech.said_this_after``) gives the words before to X only with a
  saying verb: "X denied / disputed / rejected / dismissed this" gainsays them (claim_words.csv ``denial_cue``,
  ``rejection_cue``), for the claims (``claims._content``) and the quotes (``attribution``) alike."""

import pandas as pd
import pytest

from saidvsdone import claims, corpus, quotes

_HEAD = "Front line quiet\n\nThe night passed with little shelling, residents said.\n\n"


def _rv26fixc_read(text: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    doc = corpus.from_text(_HEAD + text + "\n", published="2025-03-06")
    said = quotes.extract(doc)
    return said, claims.find(doc, said)


@pytest.mark.parametrize("gainsaid", [
    "Zelensky disputed this in an interview.",
    "Moscow denied this on Tuesday.",
    "The Kremlin rejected this.",
    "Peskov dismissed this at a briefing.",
])
def test_rv26fixc_a_denied_lead_is_no_claim_of_the_denier(gainsaid):
    _, found = _rv26fixc_read("Russia has lost 1,200 troops near the river crossing. " + gainsaid)
    assert len(found[found["text"].str.startswith("Russia has lost")]) == 0


def test_rv26fixc_a_said_lead_is_still_the_claim_of_who_said_this():
    _, found = _rv26fixc_read("Russia has lost 1,200 troops near the river crossing. The Kremlin said this on Tuesday.")
    lead = found[found["text"].str.startswith("Russia has lost")]
    assert len(lead) == 1 and lead.iloc[0]["speaker"] == "Kremlin"


@pytest.mark.parametrize("verb, speaker", [("dismissed", ""), ("denied", ""), ("said", "Dmitry Peskov")])
def test_rv26fixc_a_quote_alone_goes_to_who_said_this_not_to_who_denied_it(verb, speaker):
    said, _ = _rv26fixc_read("“We have lost 1,200 troops near the river crossing.”\n\nPeskov " + verb
                             + " this at a briefing.")
    assert said[said["text"].str.startswith("We have lost")].iloc[0]["speaker"] == speaker


# --- F6: the words that tie an apposed person to the occasion are a table's (speech_words.csv beside_word) ----------

def test_rv26fixc_a_beside_word_of_the_table_ties_the_apposed_role(own_words):
    from saidvsdone.speech import _layer
    text = "Oleh Dub, a deputy minister seated next to him, said"
    assert _layer._APPOSED_ROLE.match(text, len("Oleh Dub")) is not None  # a plain role: an outside voice
    assert _layer._APPOSED_ROLE.match("Oleh Dub, a deputy minister who sat beside him, said", len("Oleh Dub")) is None
    own_words("next to,beside_word,\n")
    assert _layer._APPOSED_ROLE.match(text, len("Oleh Dub")) is None  # the table's own words tie him to the occasion
