"""Statement dates, eleventh round (dt15): dates on copy nobody has read (issue 13; families of the blind pieces
w1-w8 of ``tests/gold/peer/blind_dates_dt15.csv``). Conventions §3.5 and "Dating by the same event": whoever speaks
in the passage of a scene the narration dates spoke that day, until a new time cue. Every sentence here is
invented."""

import pandas as pd

from saidvsdone import corpus, quotes


def _quotes(text: str, published: str) -> pd.DataFrame:
    return quotes.extract(corpus.from_text(text, published=published))


def _day(value) -> str:
    return "" if pd.isna(value) else str(pd.Timestamp(value).date())


def _quote(table: pd.DataFrame, words: str) -> tuple[str, str]:
    row = table[table["text"].str.contains(words, regex=False)]
    assert not row.empty, words
    return row.iloc[0]["speaker"], _day(row.iloc[0]["statement_date"])


# --- a fronted scene day whose doer is a role with the name apposed after a rank or a call sign ------------------

def test_scene_role_then_rank_and_name():
    text = ("Notes from a dugout\n\nOn Thursday, the company commander, Major Ivan Petrenko, leaned back in his chair.\n\n"
            "“We hold the road every night,” he said.")
    assert _quote(_quotes(text, "2024-04-14"), "We hold the road") == ("Ivan Petrenko", "2024-04-11")


def test_scene_role_then_call_sign_after_a_long_as_clause():
    text = ("Notes from a dugout\n\nOn Thursday, as the monitors showed a column of armoured trucks stuck in the mud at "
            "the edge of a field, the company commander, a major who goes by the call sign Lys, leaned back and smiled."
            "\n\n“They come every morning on the same road,” he said. “We held it through March, and we will hold it "
            "through June.”\n\nHis deputy, a sergeant with the call sign Bober, was less cheerful. “We get ten shells a "
            "day,” Bober said.")
    table = _quotes(text, "2024-04-14")
    assert _quote(table, "They come every morning") == ("Lys", "2024-04-11")
    assert _quote(table, "We held it through March") == ("Lys", "2024-04-11")  # months in the words: no new cue
    assert _quote(table, "We get ten shells") == ("Bober", "2024-04-11")  # another voice of the dated scene


def test_scene_role_then_call_sign_without_a_day_stays_undated():
    text = ("Notes from a dugout\n\nAs the monitors showed a column of armoured trucks, the company commander, a major "
            "who goes by the call sign Lys, leaned back and smiled.\n\n“They come every morning on the same road,” he said.")
    assert _quote(_quotes(text, "2024-04-14"), "They come every morning") == ("Lys", "")


def test_role_apposed_to_a_lone_word_that_is_no_call_sign_dates_nothing():
    # a capitalised word after a role with no call sign is no name of a person in the scene
    text = ("Notes from a dugout\n\nOn Thursday, the company commander, a major from Lviv, leaned back.\n\n"
            "Later, a spokesman for the brigade, Oleh Bondar, said: “The road is quiet.”")
    assert _quote(_quotes(text, "2024-04-14"), "The road is quiet") == ("Oleh Bondar", "")
