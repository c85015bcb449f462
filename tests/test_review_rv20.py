"""rv20: a final read's folds, output unchanged: each shared piece reaches every place that used to spell it out.
Short invented sentences."""

import pandas as pd

from saidvsdone import corpus


def test_rv20d_a_title_dates_the_article_and_is_its_title():
    table = corpus.from_text("Morning front briefing, Tue 4 Jun 2024\n\nThe army said the brigade held its line.")
    row = table.iloc[0]
    assert (str(row["published"].date()), row["published_basis"], row["title"]) == \
        ("2024-06-04", "title", "Morning front briefing, Tue 4 Jun 2024")


def test_rv20d_the_month_name_fragment_reaches_every_date_pattern():
    written = "Tue, 4 Jun 2024"
    assert str(corpus._month_name_date(written).date()) == "2024-06-04"
    assert str(corpus._title_date(f"Evening report, {written}").date()) == "2024-06-04"
    assert corpus._DATE_LIKE.fullmatch(written)
    assert str(corpus._stamp_day("June 4th, 2024").date()) == "2024-06-04"
    assert corpus._title_date("A village remembers 4 June 2004") is pd.NaT  # (no comma, colon or dash before it)


def test_rv20d_one_day_of_a_file_name_and_of_an_address():
    assert str(corpus._file_name_date("2024-06-04_front.txt").date()) == "2024-06-04"
    assert corpus._file_name_date("2024-06-04_2024-06-05.txt", explain=True)[1].startswith("the file name holds 2")
    assert corpus._file_name_date("2024-02-30_front.txt", explain=True) == \
        (pd.NaT, "the file name's date 2024-02-30 is not a real day")
    assert str(corpus._url_date("https://paper.example/2024/jun/04/front").date()) == "2024-06-04"
    assert corpus._url_date("https://paper.example/2024/06/04/a?yyyy=2024&mm=06&dd=05") is pd.NaT  # two days
    assert corpus._url_date("https://paper.example/2024/06/31/a") is pd.NaT  # no real day


def test_rv20d_a_stamp_ranks_its_dates_by_the_roles_order():
    from saidvsdone import vocab

    assert vocab.STAMP_ROLES[0] == "published"
    # a plain date over an update; a publication over a plain date
    assert str(corpus._page_stamp_date(["Headline", "By A. Writer | Updated 5 Jun 2024 | 4 Jun 2024",
                                        "Text."]).date()) == "2024-06-04"
    assert str(corpus._page_stamp_date(["Headline", "By A. Writer | 6 Jun 2024 | Published 4 Jun 2024",
                                        "Text."]).date()) == "2024-06-04"


def test_rv20d_header_or_numeric_date_and_the_stamps_year_first_reading():
    assert str(corpus._header_or_numeric_date("4 June 2024").date()) == "2024-06-04"
    assert str(corpus._header_or_numeric_date("04.06.2024 Tuesday").date()) == "2024-06-04"
    assert corpus._header_or_numeric_date("2024.06.04") is pd.NaT  # a header line reads no year-first date
    assert str(corpus._stamp_day("2024.06.04").date()) == "2024-06-04"


def test_rv20d_every_date_basis_is_named_once_for_collect_and_explore():
    import inspect

    source = inspect.getsource(corpus._article_row)
    assigned = {"manifest", "archive", "page metadata", "header line", "dateline", "url", "title", "file name"}
    assert all(f'"{name}"' in source for name in assigned)
    assert set(corpus.DATE_BASES) == assigned
    assert set(corpus.READ_DATE_BASES) <= assigned - {"manifest", "archive", "file name"}


def test_rv20d_a_strength_verb_row_reaches_it_opening_a_sentence(tmp_path):
    from saidvsdone import vocab
    from saidvsdone.facts import events

    assert events._IT_OPENS.match("It numbers about 900 men.")
    assert not events._IT_OPENS.match("It musters about 900 men.")
    (tmp_path / "fact_cues.csv").write_text("word,cue,notes\nmusters,strength_verb,\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert events._IT_OPENS.match("It musters about 900 men.")
    finally:
        vocab.use(None)
