"""Speech cues (issues 11, 13), seventh pass (sk10): speech verbs a reporter uses beyond the common ones, and the
topic gate's reasons (sentences of our own; each test states the rule)."""

from __future__ import annotations

from saidvsdone import claims, corpus, quotes


def _articles(text: str, published: str = "2025-04-09"):
    return corpus.from_text(text, published=published)


def _claims(text: str, published: str = "2025-04-09"):
    articles = _articles(text, published)
    return claims.find(articles, quotes.extract(articles))


def _speaker_of(found, words: str) -> list[str]:
    return list(found[found["text"].str.contains(words, regex=False)]["speaker"])


def test_point_out_in_every_inflection_is_a_speech_cue():
    for verb in ("pointed out", "points out", "has pointed out"):
        found = _claims(f"General Oleh Marchenko {verb} that Russian troops had advanced two kilometres near Lypove.\n")
        assert _speaker_of(found, "advanced two kilometres") == ["Oleh Marchenko"], verb
    found = _claims("Pointing out that the front had held, General Oleh Marchenko said Russian troops had been "
                    "pushed back from Lypove.\n")
    assert _speaker_of(found, "pushed back") == ["Oleh Marchenko"]


def test_point_out_dates_the_quote_it_introduces():
    articles = _articles('"The line is holding," General Oleh Marchenko pointed out to reporters on Monday.\n',
                         published="2025-04-09")
    found = quotes.extract(articles)
    assert list(found["cue"]) == ["pointed out"]
    assert str(found["statement_date"].iloc[0])[:10] == "2025-04-07"


def test_a_speed_word_beside_arms_production_is_no_pace_of_the_war():
    # "quickly increase production": the factories' speed; the pace of the war stays ("advancing quickly")
    found = _claims("The president pointed out that Russia has missiles, but what matters now is to quickly ramp up "
                    "production of air defence systems.\n")
    assert found.empty
    found = _claims("The general pointed out that Russian troops were advancing quickly near Lypove.\n")
    assert not found.empty


def test_hail_tout_attribute_are_speech_cues_in_every_inflection():
    # an evaluative verb with a speaker subject reports what he said ("hailed X as", "touted X as",
    # "attributed X to")
    texts = ["Defence Minister Oleh Marchenko hailed the recapture of Lypove as a turning point on the front.\n",
             "Defence Minister Oleh Marchenko touted the recapture of Lypove as a turning point on the front.\n",
             "General Oleh Marchenko attributed the slower Russian advance near Lypove to heavy losses.\n"]
    for text in texts:
        assert _speaker_of(_claims(text), "Lypove") == ["Oleh Marchenko"], text


def test_a_passive_attribution_or_a_hail_of_shells_is_no_speaker():
    assert _claims("The strike on Lypove was attributed to Russian forces, which advanced 3 km.\n").empty
    assert _claims("A hail of shells fell on Lypove as Russian troops advanced 3 km.\n").empty


def test_a_speed_compared_with_production_stays_the_wars_pace():
    found = _claims("The alliance chief said Ukraine was firing shells far faster than allies could produce them.\n")
    assert not found.empty
