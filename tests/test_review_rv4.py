"""Review of round four's merged work: odd inputs and labels. Every text below is invented for these tests."""

from __future__ import annotations

import pandas as pd

from saidvsdone import claims, corpus, quotes


def _article(text: str) -> pd.DataFrame:
    return corpus.from_text(text, article_id="rv4", published="2023-05-10")


def test_two_seats_of_power_near_an_unnamed_official_give_no_country():
    """ "officials at the Pentagon and the Kremlin": a seat written as a capital ("Kremlin") is a seat too, so the
    unnamed official's label names no country rather than inventing the first seat's."""
    article = _article("Talks stalled again.\n\nOfficials at the Pentagon and the Kremlin traded accusations on "
                       "Monday.\n\n“We see no sign of a pullback,” a senior defense official said.")
    assert quotes.extract(article)["speaker"].tolist() == ["senior defence official (unnamed)"]


def test_one_seat_of_power_still_gives_its_country():
    article = _article("The Pentagon held a briefing on Tuesday.\n\n“We see no sign of a pullback,” a senior "
                       "defense official said.")
    assert quotes.extract(article)["speaker"].tolist() == ["senior US defence official (unnamed)"]



def test_a_capitalised_participle_opening_a_sentence_is_no_speaker():
    article = _article("Geolocated footage said to be from Tuesday shows tanks near the village. "
                       "“They are coming,” Geolocated footage suggests, a blogger said.")
    found = quotes.extract(article)
    assert "Geolocated" not in set(found["speaker"])
    assert "Geolocated" not in set(claims.find(article, found)["speaker"])


def test_an_interview_rubric_before_a_colon_is_no_speaker():
    """ "Interview: Ukraine's spy chief says …": the outlet's label is furniture (a sibling of "Top Story",
    "Exclusive"); the headline's claim is the body's speaker's, once."""
    article = _article("Interview: Ukraine's spy chief says Russia is running short of armour\n\n"
                       "Kyrylo Budanov, the head of Ukraine's military intelligence, said on Monday that Russia was "
                       "running short of armour.")
    said = claims.find(article, quotes.extract(article))
    assert "Interview" not in set(said["speaker"])
    assert "Kyrylo Budanov" in set(said["speaker"])


def test_a_renamed_duplicate_never_takes_another_files_own_stem(tmp_path):
    """Two 'wire.txt' (one listed in the manifest, one not) and an unlisted 'wire-2.txt': the renamed duplicate
    gets 'wire-3', and 'wire-2.txt' keeps its own stem (it was renamed 'wire-2-2')."""
    import warnings
    for rel in ("wire.txt", "sub/wire.txt", "wire-2.txt"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Front holds\n\nKyiv said on Monday the front held.\n", encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,published\nsub/wire.txt,2024-01-02\nwire.txt,\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        loaded = corpus.load(tmp_path)
    assert dict(zip(loaded["file"], loaded["article_id"])) == {"sub/wire.txt": "wire", "wire.txt": "wire-3",
                                                              "wire-2.txt": "wire-2"}
