"""Review of round 22 (rv22a's findings applied by rv22c): bug fixes B1–B5 and folds, on invented sentences."""

from __future__ import annotations

import pandas as pd

from test_dates_dt31 import _rows


RV22C_TWO_ENVOYS = """Envoys trade figures at the council

The Security Council met on Monday to discuss the latest strikes on the port of Zatoka.

Moldova's ambassador, Andrei Rusu, told the council that Russia had fired 70 drones at the port, and Russia's envoy, Boris Telnov, replied that Russian troops had taken 30 villages since June.
"""


def test_rv22c_a_second_speaker_of_the_sentence_keeps_the_meetings_day():
    _, claims = _rows(RV22C_TWO_ENVOYS, "2024-12-10")  # (a Tuesday: the council met on Monday 9 December)
    envoy = claims[claims["speaker"].str.contains("Telnov", regex=False)]
    assert len(envoy) >= 1, claims[["speaker", "statement_date", "date_basis"]].to_string()
    assert envoy.iloc[0]["statement_date"] == pd.Timestamp("2024-12-09"), envoy[["date_basis"]].to_string()
