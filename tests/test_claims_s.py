"""claims.find and quotes.extract on the families of round 12 (cl14, issue 11: one speaker resolution for quotes and
claims; tests/gold/stress/blind17): sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest

from saidvsdone import claims, corpus, quotes


def _article(text, published="2024-06-05", title="Front roundup"):
    return corpus.from_text(title + "\n\n" + text, published=published, title=title)


def _find(text, **kw):
    return claims.find(_article(text, **kw))


def _row(table, start):
    rows = table[table["text"].str.startswith(start)]
    assert len(rows) == 1, table[["speaker", "text"]].values.tolist()
    return rows.iloc[0]


# --- 1. an office no one in the article holds by name: one reading for the quote and the claim ----------------------

@pytest.mark.parametrize("text, speaker", [
    ("Russian troops have taken two villages near Siversk, the Russian president said on Friday. "
     "\u201cIt is going to plan,\u201d the Russian president said.", "Vladimir Putin"),
])
def test_an_office_names_its_holder_for_quotes_and_claims_alike(text, speaker):
    article = _article(text)
    found, quoted = claims.find(article), quotes.extract(article)
    assert _row(found, "Russian troops have taken")["speaker"] == speaker
    assert quoted["speaker"].tolist() == [speaker]
    assert quoted["attribution"].tolist() == ["role"]


@pytest.mark.parametrize("text", [
    # a deputy is not the office's holder, "a …" is somebody new, a former holder is not today's (must not change)
    "\u201cWe are holding,\u201d Ukraine's deputy defence minister said.",
    "\u201cWe are holding,\u201d a Ukrainian defence minister said.",
    "\u201cWe are holding,\u201d the former Russian president said.",
])
def test_no_holder_for_a_deputy_an_indefinite_or_a_former_office(text):
    quoted = quotes.extract(_article(text))
    assert quoted["speaker"].iloc[0] not in ("Rustem Umerov", "Oleksii Reznikov", "Vladimir Putin", "Andrei Belousov")


# --- 2. a report's finding with no speech verb, and "the assessment added" after its publisher -----------------------

def test_according_to_the_assessment_is_the_publishers():
    found = _find("The Institute for the Study of War said in its latest assessment that Russian troops had advanced "
                  "near Siversk.\n\nAccording to the assessment, Russian forces had also captured the village of "
                  "Zvanivka.")
    assert _row(found, "According to the assessment")["speaker"] == "Institute for the Study of War (ISW)"


def test_the_assessment_added_in_the_publishers_sentence_is_the_publishers():
    found = _find("Russia's foreign minister, Sergei Lavrov, said Moscow would not accept any plan that did not "
                  "recognise the new realities.\n\nIn its daily update, the Institute for the Study of War said Russian "
                  "forces had likely seized most of Pokrovsk, and the assessment added that Ukrainian troops in "
                  "Myrnohrad risked being cut off.")
    rows = found[found["text"].str.startswith("In its daily update")]
    assert rows["speaker"].tolist() == ["Institute for the Study of War (ISW)"]


def test_the_statement_said_after_another_speaker_still_reads_the_last_voice():
    # (must not change) a statement noun opening its own sentence: whoever spoke last
    found = _find("Britain's defence ministry said on Tuesday that Russia had lost 1,200 soldiers a day in May. "
                  "The update said Russian troops had gained little ground near Kupiansk.")
    assert _row(found, "The update said")["speaker"] == "UK Defence Intelligence"


# --- 3. "the report found that …": a written account's finding is its maker's ---------------------------------------

@pytest.mark.parametrize("text, start", [
    ("The ISW's monthly report, published in early October, found that Russian gains near Kupiansk had slowed to less "
     "than a square kilometre a day.", "The ISW's monthly report"),
    ("The ISW published a new report on Monday. The report found that Russian forces had captured the village of "
     "Zvanivka.", "The report found"),
])
def test_a_reports_finding_is_its_makers(text, start):
    assert _row(_find(text), start)["speaker"] == "Institute for the Study of War (ISW)"


@pytest.mark.parametrize("text", [
    # (must not change) "found" after people or things is no statement
    "Ukrainian troops found that Russian forces had left the village of Zvanivka.",
    "Investigators found the wreckage of two Russian drones near the village of Zvanivka.",
])
def test_found_after_no_statement_noun_is_no_cue(text):
    assert _find(text).empty


# --- 4. "…, according to the report." and "…, the summary says." after the body that issued it ------------------------

def test_a_closing_according_to_the_report_and_the_summary_are_the_issuers():
    found = _find("Over the week, Russian units liberated the settlements of Promin and Sukhyi Yar, Russia's defence "
                  "ministry reported on Sunday.\n\nUnits of the Battlegroup East liberated the settlement of Uspenivka, "
                  "according to the report.\n\nThe enemy's losses over the week amounted to more than 9,200 servicemen, "
                  "the summary says.")
    for start in ("Units of the Battlegroup East", "The enemy's losses"):
        row = _row(found, start)
        assert row["speaker"] == "Russian Defence Ministry"
        assert str(row["statement_date"].date()) == "2024-06-02"


def test_a_closing_according_to_a_named_body_keeps_it():
    # (must not change) "according to the General Staff." names its speaker
    found = _find("Zelensky said on Monday that the front was holding. Russian troops lost 1,200 soldiers over the "
                  "previous day, according to the General Staff.")
    assert _row(found, "Russian troops lost")["speaker"] == "Ukrainian General Staff"


# --- 5. "Russian claims of X" inside another speaker's words: that speaker's judgement, no claim of Russia's ----------

def test_a_demonym_claim_of_inside_anothers_words_is_no_second_voice():
    found = _find("Volodymyr Zelensky said in his nightly address on Tuesday that the situation around Pokrovsk was "
                  "difficult but that Russian claims of its capture were premature.")
    assert found["speaker"].tolist() == ["Volodymyr Zelensky"]


def test_a_demonym_claim_that_keeps_its_voice():
    # (must not change) "Russian claims that …" carry Russia's content clause: two voices
    found = _find("Zelensky dismissed Russian claims that its troops had captured Pokrovsk.")
    assert sorted(found["speaker"]) == ["Russian Defence Ministry", "Volodymyr Zelensky"]


# --- 6. topic words: a front line moved by a distance, a side wanting the whole of a region; "calculated" ----------------

@pytest.mark.parametrize("text, speaker", [
    ("The line has moved by less than two kilometres since the spring, the commander of the 65th Brigade, "
     "Colonel Petro Hrytsenko, said.", "Petro Hrytsenko"),
    ("Volodymyr Zelensky spoke to CNN on Monday. He said Russia wanted all of Donbas and then more.", "Volodymyr Zelensky"),
    ("The Institute for the Study of War calculated on Monday that Russian forces controlled about 116,000 square "
     "kilometres of Ukraine.", "Institute for the Study of War (ISW)"),
])
def test_new_topic_words_and_cue(text, speaker):
    assert speaker in _find(text)["speaker"].tolist()


@pytest.mark.parametrize("text", [
    # (must not change) a queue's distance, a company's shares, a calculated risk
    "The queue at the border moved about two kilometres an hour, the guard said.",
    "He said the company wanted all of the shares.",
    "It was a calculated risk, the mayor said of the new bus line.",
])
def test_look_alikes_of_the_new_words(text):
    assert _find(text).empty


# --- 7. "X published its assessment on Friday. … According to the assessment, …": its publisher, that day ----------------

@pytest.mark.parametrize("text, start, speaker, day", [
    ("The Institute for the Study of War published its assessment late on Monday. Its analysts have long said that "
     "Moscow announces captures early. Colonel Petro Hrytsenko told the BBC that his men were holding. According to "
     "the assessment, Russian forces have not yet seized the western districts of Kupiansk.",
     "According to the assessment", "Institute for the Study of War (ISW)", "2024-06-03"),
    ("Ukraine's army said on Sunday it held the line near Siversk. The General Staff published its morning summary on "
     "Tuesday, putting Russian losses at 1,040 troops. Colonel Petro Hrytsenko said Russian troops had tried to cross "
     "the river three times.\n\nAccording to the summary, Ukrainian forces repelled 38 assaults near Pokrovsk.",
     "According to the summary", "Ukrainian General Staff", "2024-06-04"),
])
def test_a_document_published_by_a_body_is_its_and_carries_its_day(text, start, speaker, day):
    row = _row(_find(text), start)
    assert row["speaker"] == speaker
    assert str(row["statement_date"].date()) == day
