"""Battlefield facts, round 11 (fa17, issue 14): families fa16 left and the blind batch B55
(``tests/gold/stress/facts_blind13_*``) showed on its first run: a live blog's clock times, a part of an intercepted
whole with "accounted for", and "we" / "the enemy" in a quote read from the speaker the speech layer resolved.

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_a_clock_time_opening_a_live_blog_entry_is_no_figure():
    # rule: "08:05 Of the cruise missiles, …": the minutes of a clock time are no count
    assert readings("08:05 Of the cruise missiles, most were aimed at Lviv, the air force said.") == []
    assert readings("Ukrainian air defences shot down 12 missiles at 11:30 on Tuesday.") == [
        (12.0, "missiles", "Ukraine", "count")]
    # must not change: a count right after a colon of a label
    assert readings("Russia fired 10 missiles overnight.") == [(10.0, "missiles", "Russia", "count")]


def test_accounted_for_a_part_of_an_intercepted_whole():
    # rule: "Fighter jets accounted for 11 of the cruise missiles": a part shot down by the jets' side
    assert readings("Russia launched 40 cruise missiles overnight. Ukrainian fighter jets accounted for 11 of the "
                    "cruise missiles.") == [(40.0, "missiles", "Russia", "count"), (11.0, "missiles", "Ukraine", "count")]
    # must not change: a share of weapons "accounted for" by a type is no interception
    assert readings("Russia fired 90 missiles. Drones accounted for 40 percent of the weapons used.") == [
        (90.0, "missiles", "Russia", "count")]


def test_we_in_a_quote_is_the_side_of_the_speaker_the_speech_layer_resolved():
    # rule: '"We lost 12 of our own," said the commander' after 'A Russian army commander told …': the speech layer's
    # speaker of the quote (the role noun resolved to its description) gives "we" its side, over the nearest side named
    # by a speech verb in the paragraph ("…, a claim Kyiv denies")
    text = ('A Russian army commander told state radio that his men had moved ahead near Lyman, a claim Kyiv denies. '
            '"Our assault groups moved forward another 3 kilometres," said the commander, a major with the call sign '
            'Yug. "The enemy lost up to 200 men. We lost 9 of our own."')
    assert readings(text) == [(3.0, "km", "Russia", "gain"), (200.0, "troops", "Ukraine", "loss"),
                              (9.0, "troops", "Russia", "loss")]
    # must not change: a quote whose "he" the layer may carry over from another paragraph keeps the text's reading
    text = ('Ukrainian officer Petro Hlib said the line held. "We are holding," he said.\n\n'
            'A Russian commander quoted by RIA said the next target was a village. "We have taken 30 prisoners," he said.')
    assert readings(text) == [(30.0, "troops", "Ukraine", "loss")]
