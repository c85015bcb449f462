"""Layout of real copy (issue 13, "quote marks and layout"): bylines, time stamps, captions and credits,
related-link lines, abbreviations in ranks, live-blog stamps. Every text here is invented."""

from __future__ import annotations

from saidvsdone import corpus, document, mentions, quotes


def _quotes(text: str, published: str = "2026-11-16"):
    return quotes.extract(corpus.from_text(text, published=published))


def test_a_name_never_runs_over_a_paragraph_break():
    # a time stamp line ending in "PM" above a paragraph that opens with the name
    text = ("Interview with Ihor Sadovyi\n\nNovember 16, 2026 6:00 PM\n\n"
            "Ihor Sadovyi, 36, commands a brigade.\n\n“We win,” Sadovyi told us.")
    row = _quotes(text).iloc[0]
    assert row["speaker"] == "Ihor Sadovyi"
    doc = next(document.documents(corpus.from_text(text)))
    assert all("\n" not in m.as_written for m in mentions.unknown_names(doc, 0, len(doc.text), []))
    assert mentions.full_name(doc, "Sadovyi", len(doc.text)) == "Ihor Sadovyi"


def test_a_retired_rank_in_brackets_stays_in_the_sentence_and_the_name():
    text = ("Analysts differ.\n\nMilitary analysts say the truth lies in between. “The Russians are inside the grey "
            "zone,” said Lt. Col. (ret.) Mark Holloway, a former British Army officer. “It is the Bakhmut pattern "
            "again.”\n\nHolloway has written a book.\n\n“In Bakhmut they had Wagner,” he said.")
    doc = next(document.documents(corpus.from_text(text)))
    assert any(doc.text[s.start:s.end].endswith("a former British Army officer.") and "said Lt. Col. (ret.)"
               in doc.text[s.start:s.end] for s in doc.sentences)
    assert list(_quotes(text, "2026-05-20")["speaker"]) == ["Mark Holloway"] * 3


def test_ranks_before_a_name_end_no_sentence():
    from saidvsdone import segment

    for rank in ("Brig.", "Adm.", "Cpl.", "Pvt.", "Rev.", "Cmdr."):
        text = f"The attack failed, said {rank} John Smith of the brigade. Then it rained."
        assert len(segment.sentences(text, 0, len(text), [])) == 2, rank
