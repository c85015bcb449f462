"""Round 11 (lead): the headline rules read the document's headings and body speakers once per document.

A live blog has hundreds of sub-headings, each read as a headline; the rules that resolve a headline's speaker
against the body (``claims._headline_office_words``, ``_body_voice_of``) used to scan every body act again, with a
regex each, for every headline act: quadratic in the article's length (claims 1 → 4 MB exponent 1.36). They now read
``citing.subhead_lines``, ``citing.deck`` and the body's speakers once per document. Invented sentences."""
import pandas as pd

from saidvsdone import citing, claims, document


def _live_blog(posts: int) -> pd.DataFrame:
    parts = ["Russian defence chief claims troops advanced near Avdiivka",
             "Live updates as fighting continues in the east."]
    for i in range(posts):
        parts += [f"Ukrainian army says it repelled attacks near village number {i}",
                  f"Defence Minister Andrei Belousov told officers on Monday that troops had advanced {i + 2} kilometres. "
                  "The Ukrainian General Staff said on Monday that its forces had repelled 14 attacks."]
    return pd.DataFrame({"article_id": ["blog"], "title": [parts[0]], "text": ["\n\n".join(parts)],
                         "published": [pd.Timestamp("2024-02-13")], "outlet": ["Invented Live"]})


def test_the_headings_are_read_once_per_document(monkeypatch):
    calls = []
    real = citing._deck_of
    monkeypatch.setattr(citing, "_deck_of", lambda doc: calls.append(doc.article_id) or real(doc))
    found = claims.find(_live_blog(6))
    assert len(found) > 0
    assert calls == ["blog"]


def test_a_document_read_again_finds_the_same_headings():
    doc = next(iter(document.documents(_live_blog(3))))
    first = citing.subhead_lines(doc)
    assert first and citing.subhead_lines(doc) is first
    assert citing.deck(doc) == citing.deck(doc)


def test_the_headline_speaker_is_the_same_with_many_posts():
    one, many = claims.find(_live_blog(1)), claims.find(_live_blog(8))
    title = lambda table: set(table[table["headline"] & table["text"].str.startswith("Russian defence chief")]["speaker"])
    assert title(one) == title(many)
