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
