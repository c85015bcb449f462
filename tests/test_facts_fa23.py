"""Battlefield facts, round 15 (fa23, issue 14): the families heldout5's facts showed once it was studied (production
counts, quotes continuing a named speaker, holdings in the other side's land, …).

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


def test_we_in_a_quote_the_layer_gives_to_a_named_speaker_is_that_speakers_side():
    # rule: a quote the speech layer reads as the continuation of a named speaker (a stand-alone quote paragraph after
    # a deck naming him, under a label line) has that speaker's side for its "we", not the side of the quote printed
    # before it (here a Russian bloggers' fragment)
    def roundup(deck_speaker: str, label: str) -> str:
        return ("What officials and bloggers posted this week\n\n"
                f"{deck_speaker} says his troops hold more ground; Russian bloggers say the push on Sumy is going "
                "'better than planned'\n\nEvery Monday we collect the posts of the week.\n\n" + label + "\n\n"
                "“Our brigades keep pressing in the Bryansk region. Over the past day we moved forward by 2 kilometres.”")
    assert readings(roundup("Syrskyi", "Oleksandr Syrskyi, commander-in-chief of Ukraine's armed forces "
                                       "(Monday, 20:05):")) == [(2.0, "km", "Ukraine", "gain")]
    # must not change: a Russian speaker's
    assert readings(roundup("Gerasimov", "Valery Gerasimov, chief of Russia's general staff (Monday, 20:05):")) == [
        (2.0, "km", "Russia", "gain")]


def test_a_holding_in_the_other_sides_land_named_just_before_is_held_in_an_advance():
    # rule: a side's area or settlements stated with no place of their own lie where the paragraph last named: in the
    # other side's land, they are held in an advance (gain); "In total" opening the sentence is no remainder
    assert readings("Ukrainian units pressed on in the Kursk region. In total Ukraine now controls 1,100 square "
                    "kilometres and 80 settlements.") == [
        (1100.0, "km2", "Ukraine", "gain"), (80.0, "settlements", "Ukraine", "gain")]
    # must not change: a remainder ("still", "down from") is held; a place of the side's own land
    assert readings("Ukrainian units pulled back in the Kursk region. Ukraine still holds about 400 square "
                    "kilometres, down from 1,300.")[0][3] == "held"
    assert readings("Russian units pressed on in the Belgorod region. In total Russia now holds 1,100 square "
                    "kilometres.")[0][3] == "held"


def test_men_a_side_lost_are_its_soldiers_whatever_strike_another_clause_names():
    # rule: "<a side> lost / suffered N men" counts that side's soldiers, even when a strike is named elsewhere in the
    # sentence (a deck of two clauses)
    assert readings("Shares jump after a record missile barrage; Kyiv says Moscow has lost more than 900 men a day "
                    "this week") == [(900.0, "troops", "Russia", "loss")]
    # must not change: men a strike killed are civilians (flagged, out of the comparison)
    assert readings("A missile strike on the market killed 14 men, the governor said.") == []


def test_a_distance_after_a_quoted_fragment_shares_the_subject_before_it():
    # rule: "<side's forces> were advancing “…” and were N km from X": the coordinated "and were" after a quoted
    # fragment shares the subject before the fragment
    assert readings("The blogger wrote that Russian units near Siversk were moving “quicker than expected” and were "
                    "about 6 kilometres from the town.") == [(6.0, "km", "Russia", "distance")]
    assert readings("She said Ukrainian units were pressing on “field by field” towards Tokmak and were now about 12 "
                    "kilometres from it.") == [(12.0, "km", "Ukraine", "distance")]
    # must not change: a new subject after the fragment keeps its own side
    assert readings("Russian bloggers called the line “thin as paper”, and Ukrainian units were about 10 kilometres "
                    "from the town.") == [(10.0, "km", "Ukraine", "distance")]


def test_some_of_them_at_a_distance_are_the_forces_named_before():
    # rule: "some / many / most of them were N km from X": forces as a pronoun, their side from the sentences before
    assert readings("Russian columns rolled across the border at dawn. Within a week some of them were about 30 "
                    "kilometres from Chernihiv.") == [(30.0, "km", "Russia", "distance")]
    # must not change: "they are" keeps working
    assert readings("Ukrainian units kept pushing south.\n\nWe believe they are about 12 kilometres north of "
                    "Tokmak.") == [(12.0, "km", "Ukraine", "distance")]


def test_a_data_desks_bullet_glosses_its_figure_after_a_colon():
    # rule: a figure opening its bullet line, glossed after a colon (as after a spaced dash): "• 196 sq km: Russian
    # gains", "• 27: settlements Russia's defence ministry says it has captured", "• 7 km: distance from …"
    digest = ("WEEK IN FIGURES\n\n• 212 sq km: Russian gains, May 2–8 (week before: 160 sq km)\n\n"
              "• 14: villages Ukraine's General Staff says it has retaken since June 1\n\n"
              "• 9 km: distance from the Russian lines to the edge of Kramatorsk")
    assert readings(digest) == [(212.0, "km2", "Russia", "gain"), (160.0, "km2", "Russia", "gain"),
                                (14.0, "settlements", "Ukraine", "gain"), (9.0, "km", "Russia", "distance")]
    # must not change: a colon inside a sentence, a label before the figure, a bullet of no unit
    assert readings("Russian troops advanced 4 km: a record for the month.") == [(4.0, "km", "Russia", "gain")]
    assert readings("WEEK IN FIGURES\n\n• Russian gains: 212 sq km") == [(212.0, "km2", "Russia", "gain")]
    assert readings("WEEK IN FIGURES\n\n• 4: days until the next round of talks") == []


def test_a_bare_number_taken_prisoner_past_a_relative_clause_counts_the_soldiers_named_before():
    # rule: "… of Russian soldiers, and about 150 who had failed to leave were taken prisoner": a bare number, past a
    # short who-clause, is the subject of a passive of taking prisoners; it counts the soldiers named before it (after
    # "of" / "from": not the capturers), whose side loses them
    assert readings("Ukrainian troops cleared the woods near Kupiansk of Russian soldiers, and about 60 who had "
                    "hidden in the cellars were taken prisoner.") == [(60.0, "troops", "Russia", "loss")]
    # must not change: without the relative clause; civilians a strike killed past one stay out
    assert readings("Ukrainian troops cleared the woods near Kupiansk of Russian soldiers, and about 60 were taken "
                    "prisoner.") == [(60.0, "troops", "Russia", "loss")]
    assert readings("The shelling hit the market and 12 people who had queued for bread were killed.") == []


def test_special_forces_are_a_count_of_troops():
    # rule: "special forces", "commandos" after a number count soldiers (``units.csv``)
    assert readings("North Korea has sent about 2,000 special forces to Russia, Seoul said.") == [
        (2000.0, "troops", "Russia", "count")]
    # must not change: "forces" alone counts nothing; special forces as a subject
    assert readings("Moscow moved 3,000 forces closer to the border.") == []
    assert readings("Ukrainian special forces killed 20 Russian soldiers.") == [(20.0, "troops", "Russia", "loss")]


def test_another_estimate_of_a_figure_in_apposition_counts_the_same():
    # rule: "…, a figure our maps put closer to 62" / "…, a number officials put at 30,000": the figure just before it in
    # its sentence, estimated again by someone else, read the same way
    assert readings("The governor said Russian forces held nearly 70 percent of the region, a figure our maps put "
                    "closer to 66.") == [(70.0, "percent", "Russia", "share"), (66.0, "percent", "Russia", "share")]
    assert readings("Kyiv says Russia has lost 40,000 troops near Kursk, a number Western officials put at 30,000.") == [
        (40000.0, "troops", "Russia", "loss"), (30000.0, "troops", "Russia", "loss")]
    # must not change: a figure in apposition with no estimate of it
    assert readings("Russian forces held nearly 70 percent of the region, a figure unchanged since May.") == [
        (70.0, "percent", "Russia", "share")]


def test_the_figure_after_a_question_of_how_many_counts_the_unit_asked():
    # rule: "X asks how many soldiers Ukraine mobilises. Officials put the figure at N": the bare figure counts the unit
    # the question names, for the side named after it
    assert readings("A listener asks how many soldiers Ukraine mobilises each month. The reporter says officials put "
                    "the figure at 20,000 to 25,000 a month.") == [
        (20000.0, "troops", "Ukraine", "count"), (25000.0, "troops", "Ukraine", "count")]
    # must not change: a bare number that is no "figure"
    assert readings("A listener asks how many soldiers Ukraine mobilises each month. The reporter says he met 25 of "
                    "them in Lviv.") == []


def test_a_verbless_answer_in_a_transcript_reads_the_question():
    # rule: in a transcript, an answer's verbless figure takes the question's verb and side ("How much ground has Russia
    # taken?" "Around 3,000 square kilometres."); a bare rate opening the answer to a follow-up ("And per month?")
    # restates the figure of the answer before it
    transcript = ("HOST: So how much ground has Russia actually taken since the autumn?\n\n"
                  "GUEST: By the open-source maps, around 3,000 square kilometres since October. That is a lot.\n\n"
                  "HOST: And per month?\n\nGUEST: Roughly 800 a month, give or take.")
    assert readings(transcript) == [(3000.0, "km2", "Russia", "gain"), (800.0, "km2", "Russia", "gain")]
    # must not change: an answer with no question before it; a bare rate inside an answer's later sentence
    assert readings("GUEST: By the open-source maps, around 3,000 square kilometres since October.") == [
        (3000.0, "km2", "", "")]
    assert readings("HOST: How much ground has Russia taken?\n\nGUEST: Around 3,000 square kilometres. We counted "
                    "them ourselves, maybe 800 a month.") == [(3000.0, "km2", "Russia", "gain")]


def test_a_fraction_of_the_land_a_side_seized_is_no_share():
    # rule: "half of the land Russia seized", "a third of the territory it had occupied": a part of those gains (devset
    # §3.3: ratios and fractions are not annotated), not a share of a region or a country
    assert readings("A year on, Kyiv says it has won back more than half of the land Russia seized since February.") == []
    assert readings("Ukraine has retaken about a third of the territory that Russian troops had occupied.") == []
    # must not change: a fraction of a region or a country is a share
    assert readings("Russian forces control about half of the Donetsk region.") == [(50.0, "percent", "Russia", "share")]
    assert readings("Russia occupies nearly a fifth of Ukraine's territory.") == [(20.0, "percent", "Russia", "share")]


def test_an_area_a_monitor_marks_as_under_a_sides_control_is_newly_taken():
    # rule: a monitor's verb of changing its map ("marked", "shaded", "coloured") before an area "as under X control":
    # ground newly taken by X (gain), not a stock
    assert readings("The mapping project shaded about 6 square kilometres north of the village as under Russian control "
                    "on Monday.") == [(6.0, "km2", "Russia", "gain")]
    # must not change: an area said to be under a side's control is held
    assert readings("About 6 square kilometres north of the village are under Russian control.") == [
        (6.0, "km2", "Russia", "held")]
