"""dt32: the article's own day read from page furniture — stamp lines with labelled parts (data/date_stamps.csv),
the date in an article's address, a recurring report's dated title — with their precedence, and the manifest's date
always winning (a conflict is a warning naming the file). Every text here is invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import corpus, vocab

sys.path.insert(0, str(Path(__file__).resolve().parent))

BODY = ("The regional governor said on Tuesday that two villages had been shelled overnight and that repair crews "
        "were working to restore power to the area.")


def _day(text: str, **meta) -> tuple[str, str]:
    row = corpus.from_text(text, **meta)
    day = row.loc[0, "published"]
    return ("" if pd.isna(day) else str(day.date())), row.loc[0, "published_basis"]


@pytest.mark.parametrize("stamp, expected", [
    # a kicker or a byline line with the date between bars, and parts after it
    ("Saturday Magazine | Saturday 9 March 2024 | By Ana Pereira and Lars Holm", "2024-03-09"),
    ("FRONT LINE | Thursday, 7 March 2024 | Iryna Koval | Translated from the Ukrainian", "2024-03-07"),
    ("The Evening Digest | 21 March 2024 | Put together by the night desk", "2024-03-21"),
    ("By the Maps Desk | Published 19 April 2024 | 7 min read", "2024-04-19"),
    ("Text: Mia Stone | Pictures: Ivo Tan | 2 May 2024 · 18 min", "2024-05-02"),
    # numeric stamps: dotted day first, year first, ISO with seconds
    ("Piotr Nowak (Lublin) | 11.06.2024 | Audio version · 4 min", "2024-06-11"),
    ("13.06.2024 10:05 | POLITICS | Black Sea Herald", "2024-06-13"),
    ("2024.06.14 08:30 | World | Baltic Wire", "2024-06-14"),
    ("Eastern News Service | English | 2024-06-15 09:41:07 | Editor: Li Ming", "2024-06-15"),
    # a time before the date, a time after a dash, a time after a bullet
    ("20:10 CET, June 16, 2024", "2024-06-16"),
    ("17 June 2024 - 18:45", "2024-06-17"),
    ("18 June 2024 • 7:30am", "2024-06-18"),
    ("Wed 19 Jun 2024 16.20 BST", "2024-06-19"),
    # an update stamp alone: the day when nothing else gives one
    ("Updated June 20, 2024, 6:15 AM EDT / Source: River News", "2024-06-20"),
    ("Last modified on Fri 21 Jun 2024 11.02 BST", "2024-06-21"),
    # a slashed day whose order is certain, with a time and its zone
    ("Harbour Daily | Published on 24/06/2024 at 09:15 (Lisbon time) | Updated at 13:40", "2024-06-24"),
])
def test_stamp_shapes_date_the_article(stamp, expected):
    text = f"Villages shelled near the border\n\nA deck under the headline about the night's strikes\n\n{stamp}\n\n{BODY}"
    assert _day(text) == (expected, "header line")


@pytest.mark.parametrize("stamp, expected", [
    # the first publication over an update, whatever their order
    ("By Tom Reyes | Europe desk | First published 3 July 2024, 08:00 GMT | Last updated 4 July 2024", "2024-07-03"),
    ("Updated: 5 July 2024 | Published: 4 July 2024", "2024-07-04"),
    ("Harbour Daily | Published: 18/07/2024 - 07:55 | Modified: 19/07/2024 - 09:20", "2024-07-18"),
    # a posting over the broadcast it carries, a release over the recording
    ("Broadcast: Monday, July 8, 2024 | Transcript posted: Tuesday, July 9, 2024", "2024-07-09"),
    ("Posted 10 July 2024, 20:35 GMT | Broadcast Wednesday, 19:30", "2024-07-10"),
    ("Audio | 38 min | Recorded Monday 15 July 2024, released Wednesday 17 July 2024", "2024-07-17"),
    # a plain date over an update
    ("Metro Wire | 18 July 2024 | Update: 19 July 2024 10:00", "2024-07-18"),
])
def test_first_publication_wins_over_updates_and_events(stamp, expected):
    text = f"Bridge repaired after strike\n\n{stamp}\n\n{BODY}"
    assert _day(text)[0] == expected


def test_a_broadcast_day_alone_dates_the_page():
    assert _day(f"Evening bulletin\n\nBroadcast: Thursday, July 11, 2024 | Audio 12 min\n\n{BODY}")[0] == "2024-07-11"


def test_the_stamp_line_stays_in_the_text_and_is_said():
    row = corpus.from_text(f"Headline here\n\nDesk | 1 August 2024 | Staff writer\n\n{BODY}")
    assert "Desk | 1 August 2024 | Staff writer" in row.loc[0, "text"]
    assert not row.loc[0, "header_date_removed"]
    assert "read from the page's stamp" in row.loc[0, "cleaning"]


def test_a_stamp_under_update_and_correction_notes_dates_the_article():
    text = ("Port reopens after strikes\n\nUPDATE, 6 August 2024, 18:55 GMT: The port authority said in the evening "
            "that ships were moving again.\n\nCorrection, 6 August 2024: An earlier version misspelled a name.\n\n"
            f"By Jo Park | Business desk | First published 6 August 2024, 07:45 GMT | Last updated 18:55 GMT\n\n{BODY}")
    assert _day(text) == ("2024-08-06", "header line")


def test_a_published_footer_dates_the_article():
    text = "Ministry announces new support package\n\n" + "\n\n".join([BODY] * 8) + "\n\nPublished 5 August 2024\n\nShare this page"
    assert _day(text) == ("2024-08-05", "header line")


@pytest.mark.parametrize("text", [
    # a date inside a sentence between bars is no stamp: the other part is a sentence
    "Headline\n\nOfficials said on 3 March 2024 | that the road to the port had been closed to all civilian traffic again\n\n" + BODY,
    # a caption's date, a related link's date
    "Headline\n\nPhoto: soldiers near the river on 4 March 2024. (Staff photo)\n\n" + BODY,
    BODY + "\n\nRelated: Press conference on March 2, 2024\n\nRead more: Spring floods | Bridges",
    # an update footer, an event footer: only a publication label makes a footer
    "\n\n".join([BODY] * 7) + "\n\nUpdated 6 March 2024",
    # an ambiguous slashed day is not guessed
    "Headline\n\nOutlet | Published: 03/04/2024 - 07:55\n\n" + BODY,
    # a stamp under three sentence lines, or below the sixth line, is the story's
    "One sentence.\n\nTwo sentences.\n\nThree sentences.\n\nDesk | 8 March 2024 | Staff\n\n" + BODY,
    "Headline\n\nDeck\n\nBy A. Writer\n\n" + "\n\n".join([BODY] * 4) + "\n\nDesk | 7 March 2024 | Staff",
])
def test_dates_that_are_not_the_pages_stamp(text):
    assert _day(text) == ("", "none")


def test_the_manifest_date_wins_and_a_conflict_is_a_warning_naming_the_file(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "strikes.txt").write_text(f"Strikes on the port\n\nCoast Post | 12 September 2024 | Staff\n\n{BODY}",
                                        encoding="utf-8")
    (folder / "same.txt").write_text(f"Bridge works\n\nCoast Post | 12 September 2024 | Staff\n\n{BODY}",
                                     encoding="utf-8")
    (folder / "articles.csv").write_text("file,published\nstrikes.txt,2024-09-11\nsame.txt,2024-09-12\n",
                                         encoding="utf-8")
    articles = corpus.load(folder)
    dates = dict(zip(articles["file"], articles["published"].dt.strftime("%Y-%m-%d")))
    assert dates == {"strikes.txt": "2024-09-11", "same.txt": "2024-09-12"}
    assert set(articles["published_basis"]) == {"manifest"}
    report = corpus.report(articles)
    warned = report[report["status"] == "warning"]
    assert list(warned["file"]) == ["strikes.txt"]
    assert "2024-09-11 differs from the header line's 2024-09-12" in warned.iloc[0]["message"]


@pytest.mark.parametrize("url, expected", [
    ("https://wire.example/20240913/port-strikes-1234567890.html", "2024-09-13"),
    ("https://blog.example/2024/09/14/port-strikes", "2024-09-14"),
    ("https://paper.example/world/2024/sep/15/port-strikes", "2024-09-15"),
    ("https://site.example/news.php?yyyy=2024&mm=09&dd=16&nav_id=7", "2024-09-16"),
    ("https://site.example/2024-09-17/port-strikes", "2024-09-17"),
])
def test_a_date_in_the_address_dates_the_article(url, expected):
    assert _day(BODY, url=url) == (expected, "url")
    assert _day(f"{url}\n\nPort strikes\n\n{BODY}") == (expected, "url")  # an address copied over the text


@pytest.mark.parametrize("url", [
    "https://site.example/articles/26064012/port-strikes",   # an id of eight digits that is no day
    "https://site.example/2024/13/40/port-strikes",          # no real day
    "https://site.example/2024/09/13/a/2024/09/14/b",        # two days
])
def test_an_address_without_one_day_gives_none(url):
    assert _day(BODY, url=url) == ("", "none")


def test_the_stamp_comes_before_the_address_and_the_manifest_before_both():
    text = f"Port strikes\n\nCoast Post | 12 September 2024 | Staff\n\n{BODY}"
    assert _day(text, url="https://wire.example/2024/09/11/port") == ("2024-09-12", "header line")
    row = corpus.from_text(BODY, published="2024-09-10", url="https://wire.example/2024/09/11/port")
    assert str(row.loc[0, "published"].date()) == "2024-09-10"
    assert any("differs from the date in the article's URL, 2024-09-11" in entry
               for entry in map(str, row.attrs["report"].to_frame()["message"]))


@pytest.mark.parametrize("title, expected", [
    ("What the weekend papers say, 22 September 2024", "2024-09-22"),
    ("Frontline Campaign Assessment, September 23, 2024", "2024-09-23"),
    ("Morning briefing: Tuesday, 24 September 2024", "2024-09-24"),
    ("Ukraine recalls the battle of 24 February 2022", ""),
    ("Kyiv marks the day since February 24, 2022", ""),
])
def test_a_recurring_reports_title_ending_in_its_day(title, expected):
    assert _day(f"{title}\n\n{BODY}")[0] == expected
    assert _day(BODY, title=title)[0] == expected


def test_a_dateline_with_its_year_comes_before_the_title():
    text = "Morning briefing, 24 September 2024\n\nKYIV, Sept 25, 2024 (Wire) - " + BODY
    assert _day(text) == ("2024-09-25", "dateline")


def test_the_stamp_labels_are_a_table_a_journalist_extends(tmp_path):
    assert set(vocab.table("date_stamps")["role"]) <= set(vocab.STAMP_ROLES)
    text = f"Headline\n\nDesk | Erschienen 2 October 2024 | Staff\n\n{BODY}"
    assert _day(text) == ("", "none")
    (tmp_path / "date_stamps.csv").write_text("label,role\nerschienen,published\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert _day(text) == ("2024-10-02", "header line")
    finally:
        vocab.use(None)


def test_a_role_outside_the_closed_set_is_refused(tmp_path):
    (tmp_path / "date_stamps.csv").write_text("label,role\nprinted,printed\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        with pytest.raises(vocab.VocabularyError, match="date_stamps.csv, line 2"):
            vocab.check()
    finally:
        vocab.use(None)


def test_an_uncertain_stamp_date_is_reported_not_guessed():
    row = corpus.from_text(f"Headline\n\nOutlet | Published: 03/04/2024 - 07:55 | Modified: 03/04/2024 - 09:20\n\n{BODY}")
    assert pd.isna(row.loc[0, "published"])
    messages = list(row.attrs["report"].to_frame()["message"])
    assert any(m.startswith("header date '03/04/2024' (line 3 of the file) is ambiguous") for m in messages)


def test_a_stamps_publication_beats_an_update_line_above_it():
    text = f"Headline\n\nUpdated: 4 March 2024\n\nBy Jo Park | Published 3 March 2024 | 5 min read\n\n{BODY}"
    assert _day(text) == ("2024-03-03", "header line")
    assert _day(f"Headline\n\nUpdated: 4 March 2024\n\nBy Jo Park | 5 min read\n\n{BODY}")[0] == "2024-03-04"


@pytest.mark.parametrize("k", range(8))
def test_every_metamorphic_furniture_stamp_is_read_to_its_day(k):
    import datetime as dt

    import metamorphic as mt  # (tests/: on the path above)

    for day in (dt.date(2023, 1, 13), dt.date(2024, 2, 29), dt.date(2025, 12, 1)):
        stamp = mt._furniture_stamp(day, k)
        text = f"Ministry says troops advanced\n\nA deck that sums the story up.\n\n{stamp}\n\n{BODY}"
        assert _day(text) == (day.isoformat(), "header line"), stamp


def test_every_row_of_the_stamp_table_reads_its_example():
    from saidvsdone.corpus import _page_stamp_date

    table = vocab.table("date_stamps")
    for label, example in zip(table["label"], table["example"]):
        assert label.lower() in example.lower(), label
        assert _page_stamp_date(["Headline", example, BODY]) is not None, example


def test_a_last_updated_line_above_a_published_line_gives_way_to_it():
    # the role of a header line's opening label comes from data/date_stamps.csv ("last updated" → updated)
    text = "Bridge reopens\n\nLast updated: Nov. 4, 2025\n\nPublished: Nov. 3, 2025\n\n" + BODY
    assert _day(text)[0] == "2025-11-03"
