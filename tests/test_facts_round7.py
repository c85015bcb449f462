"""Battlefield facts, seventh round: genres blind batch B35-B43 found weak (translated ministry statements, briefing
transcripts, Q&A interviews printed without labels, round-ups quoting one side about the other).

Every sentence here is invented for the test; each test states the general rule it checks.
"""

from __future__ import annotations

from _facts_readings import numbers, readings


def test_a_translated_battlegroup_name_is_russia():
    # rule: the Russian groups of forces in the order of a translated ministry statement ("Battlegroup West") are
    # Russia's forces, as "the West battlegroup" already was
    assert readings("Units of the Battlegroup North took more advantageous positions and captured 3 villages.") == [
        (3.0, "settlements", "Russia", "gain")]


def test_air_defence_with_no_side_goes_on_with_the_last_report():
    # rule: an interception sentence that names no side and no speaker is part of the report of the last speech act
    # of a side before it
    text = ("Units of the Battlegroup East pressed on, the Russian Defence Ministry said.\n\n"
            "Over the past day, air defence units shot down 87 fixed-wing drones.")
    assert readings(text)[-1] == (87.0, "drones", "Russia", "count")
    text = ("Ukraine's air force said the night had been calm in the capital.\n\n"
            "Elsewhere, air defence units shot down 41 drones.")
    assert readings(text)[-1] == (41.0, "drones", "Ukraine", "count")


def test_a_side_in_the_reported_clause_is_not_the_speaker():
    # rule: a side written after a speech verb and before a finite verb ("said Russia was …") is the clause's subject;
    # "the enemy" after that sentence stays the other side of the speaker before the verb
    text = ("Ukraine's General Staff said on Tuesday Russia was moving reserves to the south.\n\n"
            "In the Orikhiv direction, the enemy lost 72 men killed and 40 wounded.")
    assert [r[2] for r in readings(text)] == ["Russia", "Russia"]


def test_a_side_deep_in_the_reported_clause_is_not_the_speaker():
    # rule: with a speaker before the verb, a side further into what is said is content ("… says its units took
    # 9 Russian soldiers prisoner"), so a quote after it keeps the speaker's side
    text = ("Ukraine's Tavria group says its units took 9 Russian soldiers prisoner.\n\n"
            "\"The enemy lost 150 men in our sector yesterday,\" a spokesman told reporters.")
    assert readings(text) == [(9.0, "troops", "Russia", "loss"), (150.0, "troops", "Russia", "loss")]


def test_the_enemy_in_a_transcript_answer_is_the_other_side_of_the_one_answering():
    # rule: "the enemy" after a named speaker's transcript label is the other side of that speaker
    text = ("The briefing was given by Colonel Petro Mazur of the Ukrainian air force.\n\n"
            "MAZUR: Over the month the enemy launched 3,100 drones.")
    assert readings(text) == [(3100.0, "drones", "Russia", "count")]


def test_a_q_and_a_printed_without_labels_answers_in_the_first_person():
    # rule: a Q&A whose questions are short paragraphs ending in "?" (three or more): "we" / "the enemy" in the answers
    # are the interviewee's side and the other one; an introduction naming no side lets the answers' third-person side
    # ("the Russians") be the other side
    text = ("Major Ivan Hrytsai has led a drone company near the reservoir since spring.\n\n"
            "How has the front changed?\n\n"
            "The Russians now come on foot, in pairs.\n\n"
            "How many did you stop last month?\n\n"
            "We shot down 52 of their reconnaissance drones. The enemy pushed us back by about 2 kilometres.\n\n"
            "What do you need?\n\n"
            "People.")
    assert readings(text) == [(52.0, "drones", "Ukraine", "count"), (2.0, "km", "Russia", "gain")]


def test_a_short_question_paragraph_alone_is_no_interview():
    # rule: fewer than three question paragraphs make no Q&A: a rhetorical question keeps the narration as it was
    text = ("What comes next for the front?\n\n"
            "We shot down 30 drones, the spokesman of the Ukrainian air force said.")
    assert readings(text) == [(30.0, "drones", "Ukraine", "count")]


def test_a_later_list_item_after_a_record_or_just_keeps_the_unit():
    # rule: in a list of figures, "and a record N in …", "and just N in …" are items like "and N in …"
    assert readings("Russia lost 31,450 soldiers in May, compared with 33,870 in April and a record 45,720 in "
                    "December.") == [(31450.0, "troops", "Russia", "loss"), (33870.0, "troops", "Russia", "loss"),
                                     (45720.0, "troops", "Russia", "loss")]
    assert readings("Russian forces seized 5,600 square kilometres in 2025, up from 4,100 in 2024 and just 580 in "
                    "2023.")[-1] == (580.0, "km2", "Russia", "gain")


def test_cubic_metres_are_no_length():
    # rule: "cubic" before a length unit makes a volume: flagged, no distance
    assert readings("Ukraine must import 4.4 billion cubic metres of gas this winter.") == []


def test_agreeing_to_exchange_prisoners_is_no_loss():
    # rule: every form of exchange / swap before the counted prisoners is an exchange (flagged), not a loss
    assert readings("Both sides agreed to exchange 1,000 prisoners each.") == []
    assert readings("Kyiv and Moscow are swapping 84 prisoners of war.") == []
    assert readings("Ukrainian troops captured 12 Russian soldiers.") == [(12.0, "troops", "Russia", "loss")]


def test_a_percentage_of_production_or_of_weapons_fired_is_no_share():
    # rule: a percentage beside an energy/production/population word, a rise or fall, or the weapons fired is no
    # share of territory
    assert readings("Strikes have knocked out about 60% of Ukraine's gas production.") == []
    assert readings("Russia gained 2,049 sq km this year, a rise of 21%.") == [(2049.0, "km2", "Russia", "gain")]
    assert readings("Air defences shot down roughly 86 per cent of the drones.") == []
    assert readings("Russia now controls about 79 per cent of the Donetsk region.") == [
        (79.0, "percent", "Russia", "share")]


def test_an_inline_tally_item_after_a_comma_keeps_its_label():
    # rule: in a tally written inline, a "label – figure" item after the figure (or bracket) of the item before and a
    # comma is read like a tally line: its label is the unit
    text = ("Russia's losses since 24 February, the General Staff said: personnel – 701,130 (+1,200), "
            "tanks – 8,000 (+12), cruise missiles – 2,905 (+3).")
    assert [(q, u) for q, u, _, _ in readings(text)] == [(701130.0, "troops"), (1200.0, "troops"),
                                                         (2905.0, "missiles"), (3.0, "missiles")]


def test_a_tally_table_flattened_to_text_keeps_one_item_a_line():
    # rule: lines of a label and a figure only ("personnel 980", "UAVs 388") are a tally: they are not rejoined as
    # wrapped prose, the next line's label is no unit of the figure before, and a loss heading gives the loss
    text = ("Ukraine's General Staff published its daily tally:\n"
            "personnel 1,236,400\n"
            "tanks 11,489\n"
            "UAVs 96,118")
    assert readings(text) == [(1236400.0, "troops", "Russia", "loss"), (96118.0, "drones", "Ukraine", "count")]
    # a sentence broken after its figure is still one sentence
    assert readings("Russia lost 980\nsoldiers, the ministry said.") == [(980.0, "troops", "Russia", "loss")]


def test_out_of_n_sent_counts_the_troops_sent():
    # rule: a bare participle of sending after a figure compared with losses ("out of roughly 14,000 sent") counts
    # troops deployed, as "another 12,000 had been sent" did
    assert readings("About 2,000 North Korean soldiers have been killed in the Kursk region, out of roughly 14,000 "
                    "sent.") == [(2000.0, "troops", "Russia", "loss"), (14000.0, "troops", "Russia", "count")]


def test_drone_models_in_the_plural_are_drones():
    # rule: a drone model's name in the plural counts drones (units.csv: Orlans, Zalas, Lancets, Supercams …)
    assert readings("Ukrainian forces destroyed 40 Lancets and 11 Orlan-10s last week.") == [
        (40.0, "drones", "Ukraine", "count"), (11.0, "drones", "Ukraine", "count")]


def test_rocket_system_projectiles_are_missiles():
    # rule: the readout's "multiple launch rocket system projectiles" are rockets shot down (missiles)
    assert readings("Russian air defence forces shot down seven HIMARS multiple launch rocket system projectiles.") == [
        (7.0, "missiles", "Russia", "count")]


def test_a_modifier_coordinated_with_another_adds_none():
    # rule: "N long-range attack and decoy drones": the modifier after "and" does not count against the limit of two
    assert readings("Russia launched about 54,000 long-range attack and decoy drones at Ukraine.") == [
        (54000.0, "drones", "Russia", "count")]


def test_n_of_them_after_a_count_of_something_else_is_no_fact():
    # rule: "N of them" is a part of the nearest count before it; when that count is of no unit of the facts
    # ("4,100 shellings"), the part is not carried back to an earlier fact's unit
    assert readings("Russian troops used 5,320 kamikaze drones and carried out 4,100 shellings of Ukrainian "
                    "positions, 112 of them from rocket launchers.") == [(5320.0, "drones", "Russia", "count")]
    assert readings("Russia launched 90 drones overnight, 70 of them Shaheds.") == [
        (90.0, "drones", "Russia", "count"), (70.0, "drones", "Russia", "count")]


def test_it_after_a_side_behind_a_preposition_is_the_enemy_subject():
    # rule: "It" opening a sentence after "the enemy used … against Ukraine" is that enemy (the subject), not the
    # country after the preposition
    text = ("\"During the month, the enemy used 5,298 drones against Ukraine. It also launched 270 missiles,\" the "
            "Ukrainian air force spokesman said.")
    assert readings(text) == [(5298.0, "drones", "Russia", "count"), (270.0, "missiles", "Russia", "count")]


def test_kilometres_of_front_are_a_front_length():
    # rule: "N kilometres of (the) front (line)" is the length of a front, flagged, as "a front line of N km" was
    assert readings("We see up to 40 small assaults along our eight kilometres of front.") == []
    assert readings("The brigade holds 12 km of the front line near Siversk.") == []
    assert readings("Russian forces are 5 km from the front line town of Kostiantynivka.") == [
        (5.0, "km", "Russia", "distance")]


def test_ground_a_side_does_not_control_is_the_other_sides():
    # rule: a negated verb of holding ("do not control", "doesn't hold") gives the area or the share to the other side
    assert readings("Russian forces still do not control about 6,500 square kilometers of Donetsk Oblast, roughly 24 "
                    "percent of the oblast's territory.") == [(6500.0, "km2", "Ukraine", "held"),
                                                              (24.0, "percent", "Ukraine", "share")]
    assert readings("Russian forces did not capture 20 square kilometres near Pokrovsk.") == []
    assert readings("Ukraine still controls about 6,600 square kilometres of the Donetsk region.") == [
        (6600.0, "km2", "Ukraine", "held")]


def test_intercepting_only_n_counts_the_launch_before():
    # rule: "intercepted only N", "were able to intercept just N": a bare number after a verb of shooting down and
    # "only"/"just" counts what the launch before it counted
    text = ("Russia fired 60 missiles overnight, the Ukrainian air force said. Of the 52 ballistic missiles, air "
            "defences intercepted only 19.")
    assert readings(text)[-1] == (19.0, "missiles", "Ukraine", "count")
