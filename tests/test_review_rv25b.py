"""Round 25's review findings (rv25b), fixed by rv25fixb: a test that each fixed rule reaches its case, on invented
sentences (the fixtures' pages dated Friday, 14 March 2025)."""

from __future__ import annotations

from functools import partial

import pandas as pd

from test_dates_dt31 import _day, _rows as _rows_on

FRIDAY = pd.Timestamp("2025-03-14")
THURSDAY = pd.Timestamp("2025-03-13")
WEDNESDAY = pd.Timestamp("2025-03-12")
_rows = partial(_rows_on, published=str(FRIDAY.date()))


# B1: two dated gatherings of one day; "told the council" below goes back to the council's meeting, not to the news
# conference of the same day the article named first
TWO_GATHERINGS = """Envoys trade blame over port strikes

Kremlin spokesman Oleg Varin told a news conference in Moscow on Thursday that Russian troops had taken 12 villages.

Ukraine's envoy Petro Hlib and Russia's envoy Ivan Sokol argued at a UN Security Council meeting on Thursday.

Russia's defence ministry said on Wednesday that its forces had captured the village of Zelenivka.

Speaking to the 15-member council, Sokol said Russian forces had destroyed 30 Ukrainian drones near the port.

Hlib told the council that Russian troops had shelled Ukrainian positions near Izmail nine times. "This is a siege," he said.
"""


def test_rv25b_a_council_named_again_reopens_its_own_passage_not_the_first_of_its_day():
    q, c = _rows(TWO_GATHERINGS)
    assert _day(c, "text", "Hlib told the council") == THURSDAY
    assert _day(q, "text", "This is a siege") == THURSDAY



# B2: the lede's unnamed speaker's role noun as a title before another person's name names nobody: no day from the
# lede (the rule reads the noun only in an apposition right after the name, "A B, an official at the council, said")
def test_rv25b_a_role_noun_as_a_title_before_another_name_takes_no_lede_day():
    q, c = _rows("Villages lost near Pokrovsk\n\nKYIV — Russian forces have captured two villages near Pokrovsk, a "
                 "senior Ukrainian official said Thursday.\n\nKremlin official Oleg Varin said Russian troops had taken "
                 "300 square kilometres in the assault.")
    assert pd.isna(_day(c, "text", "Kremlin official Oleg Varin"))


# B3: "who spoke after A took office" is a clause whose subject is A, no turn after A's dated words
def test_rv25b_spoke_after_a_name_that_opens_a_clause_is_no_turn():
    q, c = _rows("Kremlin defends offensive\n\nPutin said on Thursday that Russian troops were advancing near Kupiansk."
                 "\n\nDefence Minister Oleg Varin, who spoke after Putin took office in 2024, said Russian troops had "
                 "lost 300 tanks.")
    assert pd.isna(_day(c, "text", "who spoke after Putin took office"))


def test_rv25b_spoke_after_a_name_that_ends_the_phrase_is_still_a_turn():
    q, c = _rows("Envoys clash at UN\n\nUkraine's envoy Petro Hlib told a UN Security Council meeting on Thursday that "
                 "Russian troops had shelled Ukrainian positions near Izmail nine times.\n\nMoscow said on Wednesday that it would not extend the "
                 "corridor.\n\nBritish ambassador Anna Wood, who spoke after Hlib at the council, said Russian forces had "
                 "lost 300 tanks this year.")
    assert _day(c, "text", "who spoke after Hlib at the council") == THURSDAY


# B4: a party word inside a job title ("an Italian socialist economist") makes nobody a member of the legislature
DEBATE_B4 = """MEPs back special tribunal

The EU's foreign policy chief told the European Parliament on Wednesday that Russian forces were regrouping near \
Kupiansk.

The debate came a day after the Commission proposed new sanctions.

Anna Tamm, an Estonian liberal, said Ukraine could retake the south if it received artillery.

Paolo Rossi, an Italian socialist economist, said Russian forces had fired 90 missiles at Odesa this month.

Jan Nowak, a member of the conservative group, said Russian troops had lost 500 tanks.

Karl Berger of the far-right Freedom and Unity group said Russian forces had taken 40 villages since March.
"""


def test_rv25b_a_party_word_in_a_job_title_is_no_member_of_the_sitting():
    q, c = _rows(DEBATE_B4)
    assert pd.isna(_day(c, "text", "an Italian socialist economist"))
    assert _day(c, "text", "an Estonian liberal") == WEDNESDAY  # (the party word ends the apposition)
    assert _day(c, "text", "a member of the conservative group") == WEDNESDAY
    assert _day(c, "text", "of the far-right Freedom and Unity group") == WEDNESDAY  # (the group's name between)


def test_rv25b_a_member_word_at_a_funeral_ties_nobody_to_it():
    # (dt26's funeral guard: an MP who speaks in a funeral's passage, with no turn word, spoke elsewhere)
    q, c = _rows("Pilot buried in Lviv\n\nHundreds of mourners attended the funeral of the pilot in Lviv on Wednesday."
                 "\n\nOne of his former students, Taras Bondar, an MP from Lviv, said the pilot had shot down 14 Russian "
                 "drones over the city.")
    assert pd.isna(_day(c, "text", "an MP from Lviv"))


# B5: scale.run's docstring example is skipped, not failed, when Dask is missing (the repository's conftest.py)
def _root_conftest():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("rv25b_root_conftest", Path(__file__).resolve().parents[1] / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Doctest:
    def __init__(self, docstring):
        self.dtest = type("DocTest", (), {"docstring": docstring})()
        self.markers = []

    def add_marker(self, marker):
        self.markers.append(marker)


def test_rv25b_the_dask_example_is_skipped_without_dask(monkeypatch):
    import importlib.util

    from saidvsdone import scale

    conftest = _root_conftest()
    assert conftest.NEEDS_DASK in scale.run.__doc__  # (the example says so, as the hook reads it)
    needs, plain = _Doctest(scale.run.__doc__), _Doctest("    >>> 1 + 1\n    2\n")
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "dask" else real(name, *a))
    conftest.pytest_collection_modifyitems(None, [needs, plain, object()])
    assert [m.mark.name for m in needs.markers] == ["skip"] and plain.markers == []
    monkeypatch.setattr(importlib.util, "find_spec", real)
    again = _Doctest(scale.run.__doc__)
    conftest.pytest_collection_modifyitems(None, [again])
    assert again.markers == []  # (with Dask installed the example runs)


# F4: the turn's verbs and adverbs come from the turn_after_verb / turn_after_adverb rows of data/speech_words.csv
def test_rv25b_turn_words_of_the_table_reach_spoke_after():
    from saidvsdone import vocab

    assert {"spoke", "taking the floor"} <= set(vocab.speech_words()["turn_after_verb"])
    assert "shortly" in vocab.speech_words()["turn_after_adverb"]
    q, c = _rows("Envoys clash at UN\n\nUkraine's envoy Petro Hlib told a UN Security Council meeting on Thursday that "
                 "Russian troops had shelled Ukrainian positions near Izmail nine times.\n\nMoscow said on Wednesday that it would not extend the "
                 "corridor.\n\nTaking the floor shortly after Hlib, British ambassador Anna Wood said Russian forces had "
                 "lost 300 tanks this year.")
    assert _day(c, "text", "Taking the floor shortly after Hlib") == THURSDAY


# F5: charts' claims check is _require_columns', with the same messages as before
def test_rv25b_charts_claims_check_keeps_its_messages():
    import pytest

    from saidvsdone import charts

    from saidvsdone import territory

    series = territory.load("deepstate")
    claims = pd.DataFrame({"claim_id": ["c1"], "statement_date": ["2025-03-13"]})
    with pytest.raises(ValueError, match=r"^claims needs columns claim_id, claim_type and statement_date; "
                                         r"missing: claim_type$"):
        charts.claims_timeline(series, claims)
    with pytest.raises(TypeError, match="^claims must be a DataFrame, got list$"):
        charts.claims_timeline(series, [])
    with pytest.raises(ValueError, match=r"^claims needs columns claim_type and statement_date; "
                                         r"missing: claim_type$"):
        charts.claims_by_month(claims)
    with pytest.raises(ValueError, match=r"^quotes needs columns speaker and kind; missing: kind$"):
        charts.quotes_by_speaker(pd.DataFrame({"speaker": ["A"]}))
