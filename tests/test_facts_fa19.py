"""Battlefield facts, round 12 (fa19, issue 14): families fa18 left on B56 (elliptic figures, claims of ground, the
enemy of a group of forces' report, …) and those the blind batch B57 (``tests/gold/stress/facts_blind15_*``) showed on
its first run.

Every sentence here is invented for the test; each test states the general rule it checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_a_bare_figure_set_against_an_earlier_one_takes_its_kind():
    # rule: a bare figure after a comparison with a determiner ("against the …", "against our …", "above the …",
    # "three times the …") or bare "from" before another period takes the unit, change and side of the figure before it
    assert readings("Russia's ministry claimed 12 villages, against the four that monitors had confirmed.") == [
        (12.0, "settlements", "Russia", "gain"), (4.0, "settlements", "Russia", "gain")]
    assert readings("The monitor said Russian forces took 640 sq km in May, against our 580.") == [
        (640.0, "km2", "Russia", "gain"), (580.0, "km2", "Russia", "gain")]
    assert readings("Russia fired 7,200 drones at Ukraine this year, twice the 3,600 of the year before.") == [
        (7200.0, "drones", "Russia", "count"), (3600.0, "drones", "Russia", "count")]
    assert readings("Russia's force near the border has grown to 60,000 troops, officials say, from 45,000 a year "
                    "earlier.") == [(60000.0, "troops", "Russia", "count"), (45000.0, "troops", "Russia", "count")]
    # must not change: a bare number after "from" that counts something else; a year
    assert readings("Russian forces took 640 sq km, attacking from 12 directions at once.") == [
        (640.0, "km2", "Russia", "gain")]
    assert readings("Russian forces took 640 sq km, against 2023's total.") == [(640.0, "km2", "Russia", "gain")]


def test_troops_as_the_subject_of_a_relative_clause_after_a_comparison_are_no_troops():
    # rule: "the N <side> troops managed / took …" after a comparison: N is what the troops managed, read like the
    # figure before (not a conversion in brackets)
    assert readings("In May Russian forces took 300 sq km (116 sq miles), double the 150 Russian troops managed a "
                    "year earlier.") == [(300.0, "km2", "Russia", "gain"), (116.0, "sq mi", "Russia", "gain"),
                                         (150.0, "km2", "Russia", "gain")]
    # must not change: troops counted after "the"
    assert readings("Russia lost 300 soldiers, double the 150 Russian troops killed a week earlier.")[0] == \
        (300.0, "troops", "Russia", "loss")


def test_a_parallel_figure_after_with_takes_the_unit_of_the_first():
    # rule: "…, with N unit; …, with M.": the second figure's unit is gapped
    assert readings("The Russian advance was fastest in June, with 520 sq km; the slowest month was April, "
                    "with 140.") == [(520.0, "km2", "Russia", "gain"), (140.0, "km2", "Russia", "gain")]
    # must not change: "with" before a figure of something else
    assert readings("The Russian advance was fastest in June, with 520 sq km; the slowest month was April, "
                    "with 140 assaults.") == [(520.0, "km2", "Russia", "gain")]


def test_a_later_claim_with_its_object_gapped_counts_the_count_before():
    # rule: "<X> later claimed N." closing its sentence: the count of the sentence before, by the claimant's side
    assert readings("A blogger wrote that Russian units took 8 villages in a week. Russia's ministry later "
                    "claimed two.") == [(8.0, "settlements", "Russia", "gain"), (2.0, "settlements", "Russia", "gain")]
    # must not change: a claim with its own unit
    assert readings("A blogger wrote that Russian units took 8 villages in a week. Russia's ministry later "
                    "claimed two towns.")[0] == (8.0, "settlements", "Russia", "gain")


def test_another_periods_count_named_by_a_time_phrase_is_the_count_before():
    # rule: "<X>'s count the year before was N": the count of the sentence before, for another period
    assert readings("Russia's ministry says it downed 20,000 Ukrainian drones this year. The ministry's count the "
                    "year before was 9,000.") == [(20000.0, "drones", "Russia", "count"), (9000.0, "drones", "Russia", "count")]


def test_a_claim_of_ground_in_the_body_is_a_gain():
    # rule: "claimed N villages / N sq km" whose object ends its phrase is ground claimed taken, in the body as in a
    # headline
    assert readings("Moscow's ministry claimed 14 villages over the month.") == [(14.0, "settlements", "Russia", "gain")]
    # must not change: what was claimed happened to the villages
    assert readings("Moscow's ministry claimed 14 villages had been destroyed by Ukrainian shelling.")[0][3] == ""


def test_the_enemy_of_a_group_of_forces_report_is_not_the_side_of_an_object():
    # rule: "the enemy" after "Units of the <group> defeated … of the AFU": the enemy of the group (the subject), not
    # of the last force named (an object of "of")
    assert readings("Units of the Sever group of forces defeated formations of a brigade of the AFU near Khotin. "
                    "The enemy lost up to 140 servicemen.") == [(140.0, "troops", "Ukraine", "loss")]
    # must not change: a force named as the subject
    assert readings("Units of the Sever group of forces advanced near Khotin. The enemy lost up to 140 "
                    "servicemen.") == [(140.0, "troops", "Ukraine", "loss")]


def test_a_place_named_by_its_kind_as_the_subject_of_a_distance_is_no_fact():
    # rule: "The town (itself) is N km from …", "The regional capital, X, is some N km further west": where a place is
    assert readings("Russian units crossed the river. The town itself is 80 km from Kharkiv by road.") == []
    assert readings("Russian troops have advanced 6 km into the region. The regional capital, Dnipro, is some 90 km "
                    "further west.") == [(6.0, "km", "Russia", "gain")]
    # must not change: forces as the subject
    assert readings("Russian troops are now 9 km from the town.") == [(9.0, "km", "Russia", "distance")]


def test_a_length_of_line_or_to_defend_is_the_fronts_length():
    # rule: "N km of active line", "N km to defend": a length of the front, no distance of forces
    assert readings("Ukrainian commanders said they had about 900 km to defend, and 700 km of active line.") == []
    # must not change: forces' distance from a line
    assert readings("Russian troops are 4 km from the line of contact.") == [(4.0, "km", "Russia", "distance")]


def test_a_depth_across_a_border_or_of_a_salient_is_a_gain():
    # rule: "pushed N km across the border", "the salient … is N km deep": the depth of an advance
    assert readings("Russian troops pushed up to 6 km across the border last spring.") == [(6.0, "km", "Russia", "gain")]
    assert readings("The salient Russian forces drove towards the town is about 20 km deep.") == [
        (20.0, "km", "Russia", "gain")]
    # must not change: a band's depth on either side of the line; a distance of forces
    assert readings("Soldiers speak of a band 10 to 15 km deep on either side of the line.") == []
    assert readings("Russian troops are 6 km from the border.") == [(6.0, "km", "Russia", "distance")]


def test_soldiers_who_gave_up_after_a_force_was_trapped_are_the_trapped_sides():
    # rule: "<side A> surrounded <side B's force>. N of them surrendered": N of B's soldiers (not of the subject)
    assert readings("Ukrainian troops surrounded a Russian platoon near the village. Twelve of them surrendered.") == [
        (12.0, "troops", "Russia", "loss")]
    # must not change: no force trapped, the subject's soldiers fell
    assert readings("Ukrainian troops attacked near the village. Twelve of them were killed.") == [
        (12.0, "troops", "Ukraine", "loss")]


def test_they_who_gave_up_inside_a_quote_are_the_other_side_of_its_speaker():
    # rule: inside a quote whose unnamed speaker's description names a side, "them" who surrendered / came out with
    # their hands up are the other side's
    assert readings('"They gave up once they were cut off," a Ukrainian brigade spokesman told reporters. "Twelve of '
                    'them came out with their hands up."') == [(12.0, "troops", "Russia", "loss")]
    # must not change: "we" of such a speaker is the speaker's side
    assert readings('"We lost 12 men," a Russian officer told reporters.') == [(12.0, "troops", "Russia", "loss")]


def test_an_unattributed_block_of_quotes_is_its_introduced_authors():
    # rule: quoted paragraphs no speech act attributes take the side of the author the text introducing them names
    # ("… wrote:" in a sentence naming one side; "translated from the Russian"), else of the voice a headline quote
    # gives the body to; "our" is that side's, "the enemy" the other
    text = ("A pro-war channel's week\n\nThe channel's author, a former officer, posts a summary every Sunday. We print "
            "it translated from the Russian.\n\n\"Our units advanced 2 km near the village.\n\n\"The enemy lost 40 "
            "men.\"\n\nKyiv did not comment.")
    assert readings(text) == [(2.0, "km", "Russia", "gain"), (40.0, "troops", "Ukraine", "loss")]
    text = ("Front notes\n\nA Russian blogger wrote:\n\n\"Our units advanced 2 km near the village.\"\n\nKyiv did "
            "not comment.")
    assert readings(text) == [(2.0, "km", "Russia", "gain")]
    # must not change: a block whose introduction names no side keeps the text's reading
    text = ("Front notes\n\nA soldier wrote to us:\n\n\"Ukrainian units advanced 2 km near the village.\"\n\nMoscow "
            "did not comment.")
    assert readings(text) == [(2.0, "km", "Ukraine", "gain")]


def test_a_speaker_described_by_a_formation_named_again_takes_its_side():
    # rule: an unnamed source "the brigade's spokesman" after "<side>'s <n>th … Brigade" is of that brigade's side
    text = ("Ukraine's 3rd Assault Brigade said its fighters had taken 20 Russian servicemen prisoner. \"They gave up "
            "once they were cut off,\" the brigade's spokesman told reporters. \"Twelve of them came out with their "
            "hands up.\"")
    assert readings(text) == [(20.0, "troops", "Russia", "loss"), (12.0, "troops", "Russia", "loss")]
    # must not change: a description naming its own side
    text = ("Ukraine's 3rd Assault Brigade said it had advanced. \"We lost 12 men,\" a Russian officer told reporters.")
    assert readings(text) == [(12.0, "troops", "Russia", "loss")]


def test_a_figure_joined_by_and_to_a_compared_one_is_compared_too():
    # rule: "up from N unit in … and M unit in …": the second compared figure reads like the first (not the side of a
    # monitor's demonym nearer to it)
    assert readings("Russian forces took about 900 sq km this year, according to a Ukrainian monitor, up from 700 sq km "
                    "last year and barely 100 sq km the year before.") == [
        (900.0, "km2", "Russia", "gain"), (700.0, "km2", "Russia", "gain"), (100.0, "km2", "Russia", "gain")]
    # must not change: a new clause with its own side after "and"
    assert readings("Russian forces took 400 sq km in May, up from 300 sq km in April, and Ukrainian forces took 20 "
                    "sq km.")[2] == (20.0, "km2", "Ukraine", "gain")


def test_air_defences_with_no_side_in_a_sides_own_report_are_that_sides():
    # rule: "<side>'s defence ministry said … air defences had shot down N drones": the reporting body's air defences
    # (not the other side of the last launch read before), even past an earlier clause about "enemy losses"
    text = ("Russia also fired two Iskander-M missiles at Kyiv. Russia's defence ministry said on Saturday that enemy "
            "losses exceeded 900 servicemen, and air defences had shot down 120 drones.")
    assert readings(text)[2] == (120.0, "drones", "Russia", "count")
    # must not change: air defences named with a side; the other side's report
    assert readings("Russia launched 50 drones overnight. Russia's defence ministry said Ukrainian air defences had "
                    "shot down 40 of them.")[1] == (40.0, "drones", "Ukraine", "count")
    assert readings("Russia launched 50 drones overnight. Ukraine's air force said air defences had shot down 40 of "
                    "them.")[1] == (40.0, "drones", "Ukraine", "count")
