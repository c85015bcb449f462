"""Battlefield facts, round 10 (fa14, issue 14): the families that failed on the first run of the blind batches
B51-B53 (``tests/gold/stress/facts_blind11_*``): air force night reports, a commander's Q&A printed without labels,
troop strengths in apposition, formations counted after "more", monthly figures and remainders.

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_a_possessive_side_before_its_speech_verb_only_reports():
    # rule: "Ukraine's air force said" names who reports, like "the Ukrainian air force said": a launch figure later
    # in the article with no side of its own takes the side that launched, not the reporter's
    rows = readings("Russia launched 90 drones and five missiles at Ukraine overnight, Ukraine's air force said on "
                    "Monday.\n\nOf the five missiles, three were Kalibr cruise missiles fired from the Black Sea, it said.")
    assert rows == [(90.0, "drones", "Russia", "count"), (5.0, "missiles", "Russia", "count"),
                    (5.0, "missiles", "Russia", "count"), (3.0, "missiles", "Russia", "count")]
    # the side that acts, written before its own verb of acting, is unchanged
    assert readings("Ukraine's forces shot down 12 drones over Kharkiv.") == [(12.0, "drones", "Ukraine", "count")]


def test_a_figure_with_its_own_verb_of_hitting_does_not_share_the_shoot_down_before_it():
    # rule: "…, adding that 21 drones had struck targets", "and 21 drones hit targets": the launcher's weapons that got
    # through, not a further figure of the verb of shooting down earlier in the sentence
    rows = readings("Russia launched 70 drones overnight. Air defences shot down 52 of the drones, the air force said, "
                    "adding that 11 drones had struck targets in three regions.")
    assert rows == [(70.0, "drones", "Russia", "count"), (52.0, "drones", "Ukraine", "count"),
                    (11.0, "drones", "Russia", "count")]
    assert readings("Russia launched 70 drones overnight. Air defences shot down 52 of the drones, and 11 drones hit "
                    "targets.")[-1] == (11.0, "drones", "Russia", "count")
    # a list after the verb of shooting down still shares it
    assert readings("Ukrainian air defences shot down four missiles, six rockets and 41 drones.") == [
        (4.0, "missiles", "Ukraine", "count"), (6.0, "missiles", "Ukraine", "count"), (41.0, "drones", "Ukraine", "count")]


_QA = ("'We are holding': a company commander on the river line\n\n"
       "Captain Roman Lys has commanded his company since the spring. He spoke to us by phone.\n\n"
       "How close are the Russians?\n\n"
       "The enemy is two kilometres from our trenches. We pulled back from one small village in May.\n\n"
       "What did the General Staff say?\n\n"
       "It said Russian units lost 80 men in our sector, and Ukrainian units held the line.\n\n"
       "Did you take prisoners?\n\n"
       "We took seven prisoners last week.\n")


def test_an_unlabelled_qa_whose_answers_name_both_sides_takes_the_other_side_from_the_questions():
    # rule: in a Q&A printed without labels whose introduction names no side, "we" is the side opposite the one the
    # interviewer's questions name in the third person ("How close are the Russians?"), also when the answers name
    # both sides
    rows = readings(_QA)
    assert (1.0, "settlements", "Ukraine", "loss") in rows
    assert (7.0, "troops", "Russia", "loss") in rows
    assert (80.0, "troops", "Russia", "loss") in rows
    # the other way round: questions about the Ukrainians put to a Russian officer make "we" Russia's
    mirrored = _QA.replace("the Russians?", "the Ukrainians?").replace("It said Russian units lost 80 men in our sector, "
                                                                      "and Ukrainian", "It said Ukrainian units lost 80 "
                                                                      "men in our sector, and Russian")
    rows = readings(mirrored)
    assert (1.0, "settlements", "Russia", "loss") in rows and (7.0, "troops", "Ukraine", "loss") in rows


def test_a_formation_with_its_strength_in_apposition_counts_troops():
    # rule: "a motorised rifle regiment, around 2,500 men", "two more battalions in the last fortnight, some 800 men":
    # a formation's strength after a comma or "of" is a count of troops
    assert readings("Russia has a motorised rifle regiment, around 2,400 men, near the town.") == [
        (2400.0, "troops", "Russia", "count")]
    assert readings("Russia has brought up two more battalions in the last month, some 700 men.") == [
        (700.0, "troops", "Russia", "count")]
    # a formation listed beside people who are no soldiers stays out
    assert readings("Two battalions, 12 civilians and a priest were in the town.") == []


def test_formations_counted_after_more_are_no_further_figure_of_the_count_before():
    # rule: "deployed two more brigades of about 5,000 troops": "N more <formations>" counts formations, not another
    # figure of the troops counted before it
    rows = readings("Russia has massed a 40,000-strong grouping near the city and has deployed two more brigades of "
                    "about 4,000 troops.")
    assert rows == [(40000.0, "troops", "Russia", "count"), (4000.0, "troops", "Russia", "count")]
    # "and 3,000 more in June" is the count again
    assert readings("Russia sent 10,000 troops to the front in May and 3,000 more in June.") == [
        (10000.0, "troops", "Russia", "count"), (3000.0, "troops", "Russia", "count")]


def test_losses_that_climbed_past_a_figure_are_put_at_that_figure():
    # rule: "losses climbed past N", "went past N" put a number on the count like "rose to N"
    assert readings("Russian losses climbed past 42,000 in September, Kyiv said.") == [
        (42000.0, "troops", "Russia", "loss")]
    assert readings("Moscow's losses went past 40,000 for the month.") == [(40000.0, "troops", "Russia", "loss")]
    # a price that climbs past a figure counts no soldiers
    assert readings("The price of bread climbed past 45 in October.") == []


def test_a_sides_killed_and_wounded_put_at_a_figure_are_its_soldiers():
    # rule: "put Ukrainian killed and wounded at up to N": the side's soldiers lost, not a strike's dead
    assert readings("A think tank put Ukrainian killed and wounded at up to 350,000.") == [
        (350000.0, "troops", "Ukraine", "loss")]
    assert readings("Analysts put North Korean dead and wounded at about 3,000.") == [(3000.0, "troops", "Russia", "loss")]
    # the verb "killed and wounded" before a count is unchanged
    assert readings("Ukrainian troops killed and wounded at least 300 Russian soldiers.") == [
        (300.0, "troops", "Russia", "loss")]


def test_another_sources_higher_figure_counts_what_the_sentence_before_counted():
    # rule: "X gives a higher figure, N for the month", "Kyiv has a lower estimate of N": another source's figure for
    # the count of the sentence before
    assert readings("Britain said Russian casualties averaged 1,300 a day in May. Ukraine's General Staff gives a "
                    "higher figure, 41,200 for the month.") == [(1300.0, "troops", "Russia", "loss"),
                                                                  (41200.0, "troops", "Russia", "loss")]
    assert readings("Moscow says it has recruited 30,000 men. Kyiv has a lower estimate of 20,000.") == [
        (30000.0, "troops", "Russia", "count"), (20000.0, "troops", "Russia", "count")]
    # a different number of buses is no figure of the war
    assert readings("The ministry has a different number of 12 for the buses.") == []


def test_the_remainder_left_after_a_loss_is_held():
    # rule: "lost control of N …, leaving it with less than M" (direction_verbs.csv): M is the remainder held
    assert readings("Ukraine has lost control of roughly 350 square kilometres in the Kursk region, leaving it with "
                    "less than 90 square kilometres, Russian sources said.") == [
        (350.0, "km2", "Ukraine", "loss"), (90.0, "km2", "Ukraine", "held")]
    # "leaving the town exposed" after an advance is unchanged
    assert readings("Russian troops advanced 5 km, leaving the town exposed.") == [(5.0, "km", "Russia", "gain")]


def test_a_second_figure_on_top_of_the_first_or_raised_to_counts_the_same():
    # rule: "sent another N soldiers, on top of the roughly M deployed last year", "raise the army by N troops to M":
    # the bare second figure counts what the first counted
    assert readings("Pyongyang has sent another 2,000 soldiers to Russia, on top of the roughly 12,000 deployed last "
                    "year.") == [(2000.0, "troops", "Russia", "count"), (12000.0, "troops", "Russia", "count")]
    assert readings("Putin ordered the army to be expanded by 150,000 troops to 1.4 million.") == [
        (150000.0, "troops", "Russia", "count"), (1400000.0, "troops", "Russia", "count")]
    # a new noun after "to" keeps its own unit
    assert readings("Russia advanced by 3 km to 10 villages.") == [(3.0, "km", "Russia", "gain"),
                                                                  (10.0, "settlements", "Russia", "gain")]


def test_a_plural_noun_before_and_ends_the_numbers_noun_phrase():
    # rule: "repelled 300 assaults and inflicted losses of …": after a plural noun, "and" opens a new predicate, so the
    # number counts the assaults (no unit), not the losses
    assert readings("Ukrainian troops repelled more than 250 assaults and inflicted losses of over 6,000 on Russian "
                    "forces, the commander said.") == [(6000.0, "troops", "Russia", "loss")]
    # coordinated modifiers before a unit still reach it
    assert readings("Russia launched 30 attack and reconnaissance drones.") == [(30.0, "drones", "Russia", "count")]


def test_of_which_more_than_the_last_of_two_kinds_counts_air_targets():
    # rule: "87 drones and 4 missiles, of which 60 were shot down": larger than the last item, the part is of the whole
    # list of two kinds: air targets, shot down by the other side
    assert readings("Russia attacked Ukraine overnight with 77 drones and 3 missiles, of which 50 were shot down, the "
                    "air force said.")[-1] == (50.0, "air targets", "Ukraine", "count")
    # a part no larger than the last item is of that item
    assert readings("Russia launched 77 drones and 4 missiles, of which 3 were shot down.")[-1] == (
        3.0, "missiles", "Ukraine", "count")


def test_drones_that_vanished_from_radar_were_brought_down_by_the_defender():
    # rule: "20 more drones vanished from radar", "Another 20 drones disappeared from radar" (interception_words.csv):
    # lost to the defender's electronic warfare, counted as brought down by the defender
    rows = readings("Russia launched 60 drones at Ukraine's south, Ukraine's air force said. Air defences brought down "
                    "40 drones and nine missiles; 15 more drones vanished from radar.")
    assert rows[-1] == (15.0, "drones", "Ukraine", "count")
    # a drone that hit a target is the launcher's
    assert readings("Russia launched 60 drones overnight. Five drones hit targets in Odesa.")[-1] == (
        5.0, "drones", "Russia", "count")


def test_a_participle_after_a_comma_takes_whose_army_from_the_context():
    # rule: "the army withdrew from a bridgehead, giving up about 25 km²": a participle opening a clause after a comma
    # shares the subject of the clause before, a force noun with no side of its own: whose army the context says
    assert readings("Ukraine has been pulling troops back. In the north, the army withdrew from a bridgehead, giving "
                    "up about 20 square kilometres.") == [(20.0, "km2", "Ukraine", "loss")]
    assert readings("Russia has been pulling troops back. Near the river, the army withdrew to new lines, giving up "
                    "about 20 square kilometres.") == [(20.0, "km2", "Russia", "loss")]
    # no force noun before the comma: no side is guessed
    assert readings("Ukraine has been pulling troops back. In the north, a storm hit the area, giving up about 20 "
                    "square kilometres.") == [(20.0, "km2", "", "loss")]


def test_we_killed_a_bare_number_counts_fighters():
    # rule: "We killed 14, the rest ran": a side's first person killing a bare number counts fighters of the other
    # side (as "we killed 40 of them"), not a strike's dead
    assert readings("Russian infantry got into the streets. \"We killed 11, the rest ran,\" a Ukrainian officer "
                    "said.") == [(11.0, "troops", "Russia", "loss")]
    # a bare count with no verb of killing stays unread
    assert readings("\"The shelling went on all night. We counted 12.\"") == []


def test_drones_locationally_lost_are_the_defenders_and_a_quoted_participle_still_counts_casualties():
    # rule: "14 were 'locationally lost'" (the Ukrainian air force's wording) like "locally lost": brought down by the
    # defender's electronic warfare; "had been 'eliminated'" in single quotes is still a casualty participle
    rows = readings("Ukraine's air force said it had downed 31 of the 47 drones launched by Russia overnight, while 12 "
                    "were 'locationally lost'.")
    assert rows == [(31.0, "drones", "Ukraine", "count"), (47.0, "drones", "Russia", "count"),
                    (12.0, "drones", "Ukraine", "count")]
    assert readings("The General Staff said 1,040 Russian servicemen had been 'eliminated' in the past day.") == [
        (1040.0, "troops", "Russia", "loss")]
    # servicemen counted with no casualty word stay a count
    assert readings("The General Staff said 1,040 Russian servicemen had been moved to the sector.") == [
        (1040.0, "troops", "Russia", "count")]


def test_men_a_side_throws_into_a_battle_are_troops():
    # rule: "has thrown about 150,000 men into the battle" (fact_cues.csv, mobilisation_context): men a side commits to a
    # fight are a count of troops
    assert readings("In total, Moscow has thrown about 120,000 men into the battle.") == [
        (120000.0, "troops", "Russia", "count")]
    # men a strike killed are no count of troops
    assert readings("A missile strike on the hall killed 20 men who had been stationed there.") == []


def test_any_verb_of_advancing_n_km_closer_is_a_gain():
    # rule: "pushes 10 miles closer to X", "edge 5 km closer to X" (direction_verbs.csv "<verb> * closer"): an advance
    # by its depth, like "moved two miles closer to"
    assert readings("Russia pushes 8 miles closer to Zaporizhzhia") == [(8.0, "mi", "Russia", "gain")]
    assert readings("Russian troops edge 4 km closer to Pokrovsk") == [(4.0, "km", "Russia", "gain")]
    # being N km closer than before, with no verb of moving, is no advance read here
    assert readings("Russian troops are now 5 km closer to the city than a month ago.") == [
        (5.0, "km", "Russia", "distance")]


def test_another_sources_lower_total_with_its_unit_is_read_like_the_count_before():
    # rule: "A separate count arrived at a lower total of 410 square kilometres for October": another source's figure,
    # with its unit, for the count of the sentence before: its side and change (not a stock held by nobody)
    assert readings("Russia captured 480 square kilometres in October, analysts said. A separate count arrived at a "
                    "lower total of 390 square kilometres for October.") == [(480.0, "km2", "Russia", "gain"),
                                                                            (390.0, "km2", "Russia", "gain")]
    # with no count before, the figure is read as before
    assert readings("A separate count arrived at a lower total of 390 square kilometres for October.") == [
        (390.0, "km2", "", "held")]


def test_a_headlines_present_tense_and_any_casualty_participle_put_a_number_on_losses():
    # rule: "Russian losses top 1,200 a day", "Ukraine's casualties pass 400,000" (a headline's present of the verbs of
    # counting); "We eliminated 14, the rest ran" (any casualty participle of the table before a bare number)
    assert readings("Russian losses top 1,100 a day as Ukraine's army gives up two villages") == [
        (1100.0, "troops", "Russia", "loss"), (2.0, "settlements", "Ukraine", "loss")]
    assert readings("Ukraine's casualties pass 380,000, report says") == [(380000.0, "troops", "Ukraine", "loss")]
    assert readings("Russian infantry got into the streets. \"We eliminated 12, the rest ran,\" a Ukrainian officer "
                    "said.") == [(12.0, "troops", "Russia", "loss")]
    # a number after a verb of damage stays no casualty, and "neutralized 84 of them" after a launch counts drones
    assert readings("The strike destroyed 12 and damaged 40 houses.") == []
    assert readings("Russia launched 90 drones. Air defense neutralized 84 of them over the north, the Air Force "
                    "said.") == [(90.0, "drones", "Russia", "count"), (84.0, "drones", "Ukraine", "count")]


def test_a_quote_in_an_interviews_title_is_the_interviewees():
    # rule: "'The enemy is three kilometres away': a commander on …" above an unlabelled Q&A: the title's quote is the
    # interviewee's, so its "the enemy" is the side opposite the interviewee's; and a title's "the enemy" is no side
    # of the interviewee's introduction
    text = ("'The enemy is three kilometres away': a commander on holding the town\n\n"
            "Captain Roman Lys has commanded his company since the spring.\n\n"
            "How close are the Russians?\n\nThe enemy is two kilometres from our trenches.\n\n"
            "Did you lose men?\n\nWe lost four men last week.\n\nWill you hold?\n\nYes.")
    assert readings(text) == [(3.0, "km", "Russia", "distance"), (2.0, "km", "Russia", "distance"),
                              (4.0, "troops", "Ukraine", "loss")]
    # the same title over an article with no questions keeps "the enemy" without a side (and the figure unread)
    assert readings("'The enemy is three kilometres away': a commander on holding the town\n\n"
                    "Captain Roman Lys has commanded his company since the spring.") == []
