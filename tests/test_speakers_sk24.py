"""Speakers on genres no batch imitated before (sk24, issue 13): transliteration variants inside a name, a
quoted paragraph introduced by the sentence before it, … Invented sentences; each mechanism with a case that must
not change."""

import pytest

from saidvsdone import corpus, document


def readings(text: str, published: str = "2025-03-10") -> dict[str, str]:
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return {text[q.span.start:q.span.end]: r.speaker for q, r in zip(doc.quotes, doc.speech.quotes)}


def speaker_of(text: str, words: str, published: str = "2025-03-10") -> str:
    found = [speaker for quoted, speaker in readings(text, published).items() if words in quoted]
    assert found, f"no quote holds {words!r}"
    return found[0]


@pytest.mark.parametrize("written", ["Sergei Shoygu", "Sergey Shoygu", "Shoygu", "Sergei Shoigu"])
def test_a_glide_written_y_inside_a_table_name_is_that_person(written):
    assert speaker_of(f"“The flank is closed,” {written} said on Tuesday.", "flank is closed") == "Sergei Shoigu"


def test_an_unlisted_name_with_a_glide_keeps_its_spelling():
    # must not change: a name no table lists stays as printed, glide and all
    assert speaker_of("“The bridge is gone,” Oleh Boyko said.", "bridge is gone") == "Oleh Boyko"


def test_a_quoted_paragraph_after_a_lead_in_is_the_lead_ins_person():
    text = ("Lt. Col. Taras Hlushko commands a battalion east of the river.\n\n"
            "A corporal who gave only his first name, Ihor, said the shelling had not stopped for a week.\n\n"
            "“We sleep in our boots,” he said.\n\n"
            "Hlushko walked us back to the road at dusk. He had one more thing to say.\n\n"
            "“Tell them we are still here.”")
    assert speaker_of(text, "still here") == "Taras Hlushko"


def test_a_quotation_over_paragraphs_after_he_talked():
    text = ("The commander of the unit, Maj. Petro Danyliuk, keeps his map under glass.\n\n"
            "He talked for an hour, stopping only when the radio crackled.\n\n"
            "“In May the line was by the river.\n\n"
            "“Now it is at the school.”")
    found = readings(text)
    assert found["In May the line was by the river."] == "Petro Danyliuk"
    assert found["Now it is at the school."] == "Petro Danyliuk"


def test_a_quoted_paragraph_after_a_plain_narration_goes_on_from_the_speaker():
    # must not change: a sentence that opens on another person without a lead-in word leaves the last speaker
    text = ("“We sleep in our boots,” said Ihor Savchuk, a corporal.\n\n"
            "Hlushko walked us back to the road at dusk.\n\n"
            "“Tell them we are still here.”")
    assert speaker_of(text, "still here") == "Ihor Savchuk"
