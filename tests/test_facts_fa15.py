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


def test_its_after_a_sentence_closing_on_a_sideless_speaker_takes_no_side_from_further_back():
    # rule: "…, the army's southern command said. Its spokesman said …": "its" opening the sentence after one that
    # closes on its speaker is that speaker; when the speaker phrase names no side, "its" has none (not the side of
    # "30 Russian attacks" further back), so the spokesman's "the enemy" is read from the side that reported before
    text = ("Ukraine says it repelled 40 assaults overnight, Ukraine's General Staff said.\n\n"
            "Fighting was heaviest near Dubrava, where the General Staff counted 30 Russian attacks. Ukrainian troops "
            "left the village of Lypove to avoid encirclement, the army's southern command said. Its spokesman said "
            "Russian units had advanced about 2 kilometres along a river.\n\n"
            "\"The enemy is now about six kilometres from the edge of the town,\" spokesman Ivan Moroz told a "
            "television channel.")
    assert readings(text)[-2:] == [(2.0, "km", "Russia", "gain"), (6.0, "km", "Russia", "distance")]
    # must not change: a speaker phrase that names its side gives "it" that side
    assert readings("Moscow's forces pressed on near Dubrava, the Russian Defence Ministry said. It said Ukraine had "
                    "lost 300 soldiers in the week.") == [(300.0, "troops", "Ukraine", "loss")]
    assert readings("Russian forces attacked near Dubrava, the Russian Defence Ministry said. It said its troops had "
                    "advanced 3 kilometres.") == [(3.0, "km", "Russia", "gain")]


def test_a_bare_army_in_a_subordinate_clause_is_the_army_of_the_side_opening_the_sentence():
    # rule: "X's General Staff puts Russian losses at N as the army gives up two villages": "the army" with no side, the
    # subject of an "as / while / after" clause, is the army of the side whose body is the sentence's subject (its
    # own army), not the side named nearest before it ("Russian losses")
    assert readings("Ukraine's General Staff puts Russian losses at 1,300 in a day as the army gives up two more "
                    "villages near Siversk") == [(1300.0, "troops", "Russia", "loss"), (2.0, "settlements", "Ukraine", "loss")]
    assert readings("Russia's Defence Ministry said Ukrainian forces lost 400 soldiers as the army took three more "
                    "villages.")[-1] == (3.0, "settlements", "Russia", "gain")
    # must not change: an army with its own side, and a sentence opening with no side
    assert readings("Russian troops advanced near Siversk as the Ukrainian army gave up two villages.")[-1] == (
        2.0, "settlements", "Ukraine", "loss")
    assert readings("Fighting raged near Siversk as the army gave up two villages.") == [
        (2.0, "settlements", "", "loss")]


def test_men_moved_forward_by_a_side_are_troops():
    # rule: "they move forward 200 or 300 men": men a side sends forward into an attack are troops it commits, like
    # "thrown" or "committed" (mobilisation_context of fact_cues.csv), both bounds of the range
    assert readings("Russian commanders have changed tactics, a Ukrainian officer said. On misty mornings they move "
                    "forward 150 or 250 men along the ditches.") == [(150.0, "troops", "Russia", "count"),
                                                                      (250.0, "troops", "Russia", "count")]
    # must not change: a verb of moving forward with a distance is an advance
    assert readings("Russian units moved forward 3 kilometres near the river, the ministry said.") == [
        (3.0, "km", "Russia", "gain")]


def test_n_of_them_getting_into_a_place_counts_the_soldiers_named_before():
    # rule: "… infantry on foot, in pairs. Last week, 17 of them got into the western streets": "N of them" before a
    # verb of getting into or through a place (infiltration cues of fact_cues.csv) counts the soldiers named in its
    # sentence or the one before, of their side
    assert readings("The Russians now send infantry on foot, in pairs. Last week, 17 of them got into the western "
                    "streets. We killed nine.") == [(17.0, "troops", "Russia", "count"), (9.0, "troops", "Russia", "loss")]
    assert readings("Russian infantrymen attacked in pairs, and 17 of them got into the western streets.") == [
        (17.0, "troops", "Russia", "count")]
    # must not change: people who are no soldiers, and "N of them" with a verb of killing (a loss)
    assert readings("Thousands of residents fled the town. 17 of them got into the last bus.") == []
    assert readings("Russian soldiers attacked in pairs. Seventeen of them were killed.") == [
        (17.0, "troops", "Russia", "loss")]


def test_a_lower_total_paragraphs_later_reads_like_the_count_it_is_set_against():
    # rule: "another group arrived at a lower total of N km² for <month>" compares with a count of the same unit that
    # may stand paragraphs before; that count is larger (a "higher" one smaller), of the same order, and of the
    # same month when one names it (not a small bridgehead given up, not the stock held, in between)
    text = ("Russian forces captured about 480 square kilometres of Ukrainian territory in March, analysts said.\n\n"
            "In April the army pulled back from a foothold on the river, giving up about 15 square kilometres.\n\n"
            "Russia now occupies roughly 113,000 square kilometres of Ukraine.\n\n"
            "Shelling cut power to 20,000 homes in the city.\n\n"
            "A second count by another monitoring group arrived at a lower total of 390 square kilometres for March.")
    rows = readings(text)
    assert rows[0] == (480.0, "km2", "Russia", "gain")
    assert rows[-1] == (390.0, "km2", "Russia", "gain")
    # must not change: a figure after "the figure was" still reads only the sentence before it
    assert readings("Russian troops gained about 480 square kilometres in August. In July the figure was 390 square "
                    "kilometres.") == [(480.0, "km2", "Russia", "gain"), (390.0, "km2", "Russia", "gain")]


def test_a_verbless_length_over_a_period_is_the_depth_of_the_storys_advance():
    # rule: "Nine kilometres in a month around Siversk is not a breakthrough": a length right before "in a month / a
    # week / per day", with no verb of moving, is the depth of an advance (gain); with no side in its sentence it is
    # the side of most gains read in the paragraphs before (not a counter-attack named last)
    text = ("Russian forces captured about 450 square kilometres in May, the analysis found. Russia also took 14 "
            "villages. Ukraine retook two villages near Kupiansk, it said.\n\n"
            "Russian casualties averaged about 1,100 a day, British intelligence said.\n\n"
            "\"Nine kilometres in a month around Siversk is not a breakthrough,\" said Jan Berg, an analyst in Oslo.")
    assert readings(text)[-1] == (9.0, "km", "Russia", "gain")
    # must not change: a distance from a place, and a length "a month after"
    assert readings("Russian troops are now 9 kilometres from Siversk, a month after they were 20 kilometres "
                    "away.") == [(9.0, "km", "Russia", "distance"), (20.0, "km", "Russia", "distance")]
    assert readings("Russian troops were 5 kilometres from the town in a week of fighting.") == [
        (5.0, "km", "Russia", "distance")]


def test_bodies_a_sides_own_observers_count_are_the_enemys_casualties():
    # rule: "Our reconnaissance counted 35 bodies in one field": the dead a side's own observers count on the
    # battlefield ("we / our drones / our reconnaissance counted, saw, filmed") are soldiers, the other side's loss
    assert readings("Do you see Russian losses yourself?\n\nFrom the air, every day. Our reconnaissance counted 35 "
                    "bodies in one field after the attack. The Russians do not collect them.")[-1] == (
        35.0, "troops", "Russia", "loss")
    # must not change: bodies exhumed or handed over are no battlefield count, and civilians' bodies stay civilians
    assert readings("Investigators exhumed 440 bodies from a mass grave near the town, the prosecutor said.") == []
    assert readings("Ukraine received 1,000 bodies from Russia on Friday, the coordination headquarters said.") == []
    assert readings("Our drones counted 20 bodies of civilians on the road.") == []
    # the counting side's "we" / "our" in an answer is that side: its count is the other side's loss
    assert readings("Captain Ivan Lys commands a company of a Ukrainian brigade near the town. He spoke to us by "
                    "phone.\n\nDo the Russians attack every day?\n\nYes. Yesterday our drones counted 12 bodies near "
                    "the tree line.")[-1] == (12.0, "troops", "Russia", "loss")


def test_a_possessive_side_before_any_speech_verb_of_the_table_only_reports():
    # rule: "Ukraine's air force asserted / declared / stated" reports, like "said": any speech verb of the shared
    # table after the side makes it the reporter, so a later launch figure with no side of its own is the launcher's
    rows = readings("Russia fired 90 drones and 5 missiles at Ukraine overnight, Ukraine's air force asserted on "
                    "Monday.\n\nAir defences destroyed 70 of the drones, the air force stated, adding that 12 drones "
                    "had struck targets.")
    assert rows[-1] == (12.0, "drones", "Russia", "count")
    # must not change: a side that acts before its own verb of acting
    assert readings("Ukraine's forces shot down 12 drones over Kharkiv.") == [(12.0, "drones", "Ukraine", "count")]


def test_a_sides_eliminated_and_wounded_put_at_a_figure_are_its_soldiers():
    # rule: "put Ukrainian eliminated and wounded at up to N" reads like "killed and wounded": the side's casualties
    assert readings("A think tank put Ukrainian eliminated and wounded at up to 300,000.") == [
        (300000.0, "troops", "Ukraine", "loss")]
    assert readings("A think tank put Ukrainian killed and wounded at up to 300,000.") == [
        (300000.0, "troops", "Ukraine", "loss")]
