"""Battlefield facts, round 10 follow-up (fa15, issue 14): the families the blind batches B51-B53
(``tests/gold/stress/facts_blind11_*``) left after wave 1 (fa14): a whole in digits before its part, a side's
spokesman's "the enemy is N km from", a standfirst's "the army gives up", colloquial counts in interviews, a verbless
quoted distance, another source's total paragraphs after the count it compares with.

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_a_fronted_whole_in_digits_names_the_part_counted():
    # rule: "Of the 6 missiles, 2 were …" reads like "Of the six missiles, two were …": the noun of the fronted whole
    # is what the part counts, whether the whole's number is written in digits or in words
    rows = readings("Russia fired 30 drones and 5 missiles at Ukraine overnight, Ukraine's air force said. "
                    "Of the 5 missiles, 3 were Kalibr cruise missiles, it said.")
    assert rows[-1] == (3.0, "missiles", "Russia", "count")
    words = readings("Russia fired 30 drones and five missiles at Ukraine overnight, Ukraine's air force said. "
                     "Of the five missiles, three were Kalibr cruise missiles, it said.")
    assert words[-1] == (3.0, "missiles", "Russia", "count")
    # must not change: a part with no number after the whole adds no figure
    assert readings("Of the 5 missiles, most were Kalibr cruise missiles, the air force said.") == [
        (5.0, "missiles", "", "count")]
