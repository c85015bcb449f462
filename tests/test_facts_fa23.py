"""Battlefield facts, round 15 (fa23, issue 14): the families heldout5's facts showed once it was studied (production
counts, …).

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_weapons_a_maker_builds_are_a_stock_not_a_launch():
    # rule: a verb of making or buying right before a count of drones or missiles (``fact_cues.csv``, cue ``supply``:
    # makes, builds, produces, received …) gives no count of use
    assert readings("The plant in Lviv, which makes some 2,500 strike drones a month, was expanded.") == []
    assert readings("Its workshops now build about 300 interceptor drones a week.") == []
    assert readings("Ukraine received 120 cruise missiles from its allies in March.") == []
    # must not change: drones launched or shot down, a count of use after a maker's name
    assert readings("Russia launched 120 drones at Kharkiv overnight.") == [(120.0, "drones", "Russia", "count")]
    assert readings("Ukrainian air defences shot down 95 drones that the plant makes.") == [
        (95.0, "drones", "Ukraine", "count")]
