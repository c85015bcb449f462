"""rv20: a final read's near-copies folded into one definition, output unchanged. Each former copy now reads one table
kind or one shared name, so a row of your own (``own_words``: a layered ``speech_words.csv``) or the shared list reaches
every rule that used to spell it. Sentences invented for these tests."""

import re

import pandas as pd

from saidvsdone import corpus, document, english, when
from saidvsdone.claims import _dating, _speakers as _claim_speakers
from saidvsdone.speech import _acts, _layout, _names, _subjects


# --- rv20c ------------------------------------------------------------------------------------------------------------

def test_rv20c_entry_stamps_read_the_months_of_when():
    for month in (m.title() for m in english.MONTHS):
        stamp = _layout._ENTRY_STAMP.match(f"{month} 4 — The harbour master said the quay had reopened.")
        assert stamp and stamp.group("day") == f"{month} 4", month
        assert _layout._ENTRY_STAMP.match(f"4th {month}: The harbour master said so.")
    assert _layout._ENTRY_STAMP.match("Sept. 12 — The harbour master said so.")
    assert not _layout._ENTRY_STAMP.match("Someday 12 — The harbour master said so.")


def test_rv20c_one_placed_earlier_for_the_layer_and_the_claims():
    text = ("The port authority said on Sunday that the quay had reopened. Earlier, it had said the ferries would "
            "stay in dock.\n")
    doc = next(document.documents(corpus.from_text(text, published="2025-03-10")))
    second = text.index("Earlier")
    placed = doc.speech.placed_earlier(second + 10)
    assert placed is not None and placed[2].lower().startswith("earlier")
    assert doc.speech.placed_earlier(5) is None
    sentence = next(s for s in doc.sentences if s.start <= second < s.end)
    assert _dating._placed_earlier(doc, sentence)
    _, basis = doc.speech.fallback_date("", second + 10, doc.published)
    assert basis.startswith("an earlier occasion")


def test_rv20c_a_getting_verb_row_reaches_both_object_rules(own_words):
    assert _acts._DETERMINER_BEFORE.search("The general receives ")
    assert _acts._HEARD_BEFORE.search("The general receives daily ")
    assert not _acts._DETERMINER_BEFORE.search("The general obtains ")
    own_words("obtains,getting_verb,\nperusing,citing_verb,\n")
    assert _acts._DETERMINER_BEFORE.search("The general obtains ")  # right before the noun: a plural noun
    assert _acts._HEARD_BEFORE.search("The general obtains detailed ")  # the noun received
    assert _acts._CITED_BEFORE.search("Perusing unverified ")
    assert not _acts._DETERMINER_BEFORE.search("The general hears ")  # (a hearing verb stays in the heard rule only)
    assert _acts._HEARD_BEFORE.search("The general hears ")


def test_rv20c_a_data_adjective_row_reaches_both_data_rules(own_words):
    owned = "The ministry's quarterly figures show that the port is open."
    its = " Its quarterly figures show that the port is open."
    assert not _acts._data_shows().search(owned) and not _claim_speakers._ITS_DATA.match(its)
    own_words("quarterly,data_adjective,\nharbour,data_modifier,\n")
    assert _acts._data_shows().search(owned).group("cue") == "show"
    assert _claim_speakers._ITS_DATA.match(its).group("cue") == "show"
    # a data_modifier word is read after a named body only, not by the claims' "Its data show"
    assert _acts._data_shows().search("The ministry's harbour figures show that the port is open.")
    assert not _claim_speakers._ITS_DATA.match(" Its harbour figures show that the port is open.")


def test_rv20c_a_phrase_opener_row_is_no_subject(own_words):
    assert _acts._named_subject_before("Regional estimates", len("Regional "))  # (a capitalised name, as "Kyiv")
    assert "Western" in _acts._not_subject_words() and "Regional" not in _acts._not_subject_words()
    own_words("regional,phrase_opener,\n")
    assert "Regional" in _acts._not_subject_words()
    assert not _acts._named_subject_before("Regional estimates", len("Regional "))
    assert _acts._named_subject_before("Kyiv estimates", len("Kyiv "))


def test_rv20c_noun_phrase_stops_take_every_weekday():
    assert {d for d in english.WEEKDAYS} <= _claim_speakers._NP_STOPS
    assert set(when.WEEKDAYS.lower().split("|")) <= _claim_speakers._NP_STOPS


def test_rv20c_spokesperson_and_press_rules_share_one_spelling():
    for noun in ("spokesman", "spokeswoman", "spokesperson"):
        assert _subjects._INDEFINITE_SPOKESPERSON.fullmatch(f"a military {noun}")
        assert _names._SPOKESPERSON_FOR.search(f"said a {noun} for ")
        assert re.fullmatch(_names._SPOKES, noun)
    for unit in ("service", "office", "centre", "center"):
        assert _subjects._THE_PRESS_OF.match(f" the press {unit} of the brigade")
        assert _subjects._BY_AGENT.match(f" by the press {unit} of the brigade").end() == len(
            f" by the press {unit} of the ")


def test_rv20c_a_list_item_in_the_perfect_reads_the_one_perfect_rule():
    from saidvsdone.speech import _dates, _occasions
    assert _dates._PERFECT_BEFORE is _occasions._PERFECT_BEFORE
    for before in ("The port authority has ", "The port authority have repeatedly ", "The port authority has also "):
        assert _occasions._PERFECT_BEFORE.search(before), before
    assert not _occasions._PERFECT_BEFORE.search("The port authority ")


# --- rv20d ------------------------------------------------------------------------------------------------------------


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
