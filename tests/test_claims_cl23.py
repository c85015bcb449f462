"""Claims on unseen copy (cl23). The shared layers: a report noun heard or received is read by the speech layer as no
statement (``speech.heard_report``, was a claims-only pattern, cl22; the act stays, it dates the occasion), and a
medium no table knows in a conduit's place is read by the attribution layer's patterns (``attribution.conduit_place``).
Recall: a noun form's present after a named subject ("Kyiv estimates that …", "…, the institute estimates."), a
named body's data showing ("the ministry's figures show …"), a report noun after "citing", a claim noun's owner after
"by"/"from" that is a group or an office. Sentences invented."""

import pandas as pd
import pytest

from saidvsdone import attribution, claims, corpus, document, quotes, speech


def _rows(text: str, published: str = "2025-03-12") -> pd.DataFrame:
    return claims.find(corpus.from_text(text, published=published))


def _cues(text: str, published: str = "2025-03-12") -> list[str]:
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return [a.cue.text for a in doc.speech.acts]


# ---------------------------------------------------------------------------------------------------------------
# A report noun heard or received: the speech layer reads it as no statement (its act stays: it dates the occasion)


def _acts(text: str, published: str = "2025-03-12"):
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return doc, doc.speech.acts


@pytest.mark.parametrize("text", [
    "The defence minister heard reports from the brigade commanders about the fighting near Toretsk.",
    "The governor listened to detailed reports from rescuers on the damage in the port.",
    "Every morning the general gets reports from his staff about the positions near Chasiv Yar.",
    "The president heard several reports on the air defence of the capital.",
])
def test_a_report_noun_heard_is_no_statement(text):
    doc, acts = _acts(text)
    assert all(speech.heard_report(doc.text, a.cue) for a in acts)
    assert _rows(text).empty
    if " gets " not in text:  # ("gets reports": a plural noun already, no act; cl15)
        assert [a.cue.text for a in acts] == ["reports"]


def test_the_hearers_own_verb_still_speaks():
    text = ("The minister heard reports from the commanders and said Russian troops had been stopped outside "
            "Siversk.")
    doc, acts = _acts(text)
    assert [a.cue.text for a in acts if not speech.heard_report(doc.text, a.cue)] == ["said"]
    assert list(_rows(text)["cue"]) == ["said"]


def test_reports_as_a_verb_still_speaks():
    found = _rows("The army reports that its troops have pushed Russian units back from the edge of Kupiansk.")
    assert list(found["cue"]) == ["reports"]


# ---------------------------------------------------------------------------------------------------------------
# A medium in a conduit's place, as the attribution layer reads it


@pytest.mark.parametrize("text, name, expected", [
    ("Russian units had entered the town, according to state broadcaster Vesti-24.", "Vesti-24", True),
    ("Russian units had entered the town, according to the state news agency Nordpress.", "Nordpress", True),
    ("Russian units had entered the town, Hartwell's news agency reported.", "Hartwell", True),
    ("Russian units had entered the town, the Hartwell agency reported.", "Hartwell", True),
    ("Hartwell carried the statement in full on Monday.", "Hartwell", True),
    ("Hartwell visited the town on Monday.", "Hartwell", False),
    ("Russian units had entered the town, said Nordpress.", "Nordpress", False),
])
def test_conduit_place(text, name, expected):
    start = text.index(name)
    assert attribution.conduit_place(text, start, start + len(name)) is expected


@pytest.mark.parametrize("credit", [
    "according to the state news agency Nordpress",
    "according to state broadcaster Vesti-24",
    "the Hartwell agency reported",
])
def test_a_medium_credited_after_a_speaker_is_no_second_speaker(credit):
    found = _rows(f"Syrskyi said Russian troops had been pushed back from the village of Hrabove, {credit}.")
    assert list(found["speaker"]) == ["Oleksandr Syrskyi"]


# ---------------------------------------------------------------------------------------------------------------
# A noun form's present "-s" after a named subject is a speech verb (speech layer, cl23)


@pytest.mark.parametrize("text, speaker_part, cue", [
    ("Russia has lost more than 500,000 soldiers since the invasion began, Ukraine's General Staff estimates.",
     "General Staff", "estimates"),
    ("Russian forces now hold about a fifth of the country, the institute estimates.", "institute", "estimates"),
    ("Russian forces now hold about a fifth of the country, the institute estimates in its latest update.",
     "institute", "estimates"),
    ("Kyiv estimates that Russia lost 1,100 soldiers a day during the assault on Kurakhove.", "Kyiv", "estimates"),
    ("The ministry notes that Russian troops have not advanced near Huliaipole for a week.", "ministry", "notes"),
])
def test_a_noun_form_after_a_named_subject_speaks(text, speaker_part, cue):
    found = _rows(text)
    assert len(found) == 1
    assert speaker_part in found.iloc[0]["speaker"]
    assert found.iloc[0]["cue"] == cue


@pytest.mark.parametrize("text", [
    "Russia has lost 500,000 soldiers since the invasion, far more than Ukrainian estimates.",
    "Western estimates that Russia has lost 1,000 troops a day are probably too high.",
    "The figure is higher than Kyiv's estimates that Russia lost 900 soldiers a day.",
    "Ukraine's General Staff estimates of Russian losses have risen steadily since the summer.",
    "The ministry dismissed the estimates as propaganda.",
])
def test_a_noun_form_as_a_noun_stays_no_cue(text):
    assert not any(c.lower() in ("estimates",) for c in _cues(text))


# ---------------------------------------------------------------------------------------------------------------
# A named body's data showing


@pytest.mark.parametrize("text, speaker_part", [
    ("The ministry's figures show Russia has lost 620,000 troops since February 2022.", "ministry"),
    ("Ukrainian General Staff figures show Russia lost 1,400 troops on Sunday.", "General Staff"),
    ("DeepState's map shows that Russian troops have entered the town of Toretsk.", "DeepState"),
])
def test_a_named_bodys_data_show(text, speaker_part):
    found = _rows(text)
    assert len(found) == 1
    assert speaker_part in found.iloc[0]["speaker"]
    assert found.iloc[0]["cue"].startswith("show")


@pytest.mark.parametrize("text", [
    "Figures show Russian forces seized 450 square kilometres in November.",
    "Video shows Russian troops raising a flag over the village of Uspenivka.",
    "Western figures show Russia lost 1,500 troops on Sunday.",
])
def test_unowned_data_and_pictures_speak_not(text):
    assert not any(c.lower().startswith("show") for c in _cues(text))


# ---------------------------------------------------------------------------------------------------------------
# A report noun cited by a participle is a plural noun (speech layer, cl23)


@pytest.mark.parametrize("text", [
    "Citing intelligence reports, the governor said Russian troops had massed 30,000 soldiers near the border.",
    "The governor said, citing local reports, that Russian troops had massed 30,000 soldiers near the border.",
    "Quoting battlefield reports, the governor said Russian troops had massed 30,000 soldiers near the border.",
])
def test_reports_cited_are_no_speaker(text):
    found = _rows(text)
    assert list(found["speaker"]) == ["governor (unnamed)"]
    assert list(found["cue"]) == ["said"]
    assert "reports" not in _cues(text)


# ---------------------------------------------------------------------------------------------------------------
# A claim noun's owner after "by"/"from": a group or an office, the noun's clause its content (claims, cl23)


@pytest.mark.parametrize("text, published, speaker", [
    ("Kyiv rejected the claim by Russian military bloggers that Russian units had entered Kupiansk.", "2025-03-12",
     "Russian military bloggers"),
    ("The boast by the Wagner chief that his fighters controlled all of Bakhmut was contradicted by Kyiv.",
     "2023-05-12", "Yevgeny Prigozhin"),
    ("The claim by Yevgeny Prigozhin that his men had entered Kupiansk was false.", "2023-05-12",
     "Yevgeny Prigozhin"),
])
def test_a_claim_nouns_owner_after_it_speaks(text, published, speaker):
    found = _rows(text, published)
    assert speaker in set(found["speaker"])
    row = found[found["speaker"] == speaker].iloc[0]
    assert row["claim_type"] in ("territory", "progress", "mobilisation")


def test_an_owner_after_without_a_clause_is_no_claim():
    found = _rows("The claim by Russian military bloggers was repeated on state television.")
    assert "Russian military bloggers" not in set(found["speaker"])


# ---------------------------------------------------------------------------------------------------------------
# "put … at" with a bound or a record (speech layer, cl23)


@pytest.mark.parametrize("text, cue", [
    ("DeepState, the Ukrainian mapping project, puts Russia's gains over the month at just under 500 square "
     "kilometres.", "puts"),
    ("Ukraine's General Staff on Wednesday put Russian losses at a new high.", "put"),
    ("The general put Russian losses near Pokrovsk at well below 1,000.", "put"),
])
def test_put_at_a_bound_or_a_record(text, cue):
    found = _rows(text)
    assert list(found["cue"]) == [cue]


def test_put_at_a_place_is_no_estimate():
    assert _rows("The soldiers put the captured tank at the gate of the base near Kupiansk.").empty
