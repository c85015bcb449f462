"""Battlefield facts, round 15 (fa23, issue 14): the families heldout5's facts showed once it was studied (production
counts, quotes continuing a named speaker, holdings in the other side's land, distances after quoted fragments, data-desk
bullets, prisoners past a relative clause, estimates in apposition, transcripts, fractions of seized land, map changes).

Every sentence here is invented for the test (none borrows heldout5's wording); each test states the general rule it
checks and what must not change.
"""

from __future__ import annotations

from _facts_readings import readings


def test_weapons_a_maker_builds_are_a_stock_not_a_launch():
    # rule: a verb of making or buying right before a count of drones or missiles (``fact_cues.csv``, cue ``supply``:
    # makes, builds, assembles, produces, received …) gives no count of use
    assert readings("The plant in Lviv assembles some 2,500 strike drones a month.") == []
    assert readings("Its workshops now build about 300 interceptor drones a week.") == []
    assert readings("Ukraine received 120 cruise missiles from its allies in March.") == []
    # must not change: drones launched or shot down, a count of use after a maker's name
    assert readings("Russia launched 120 drones at Kharkiv overnight.") == [(120.0, "drones", "Russia", "count")]
    assert readings("Ukrainian air defences shot down 95 drones that the plant makes.") == [
        (95.0, "drones", "Ukraine", "count")]


def test_we_in_a_quote_the_layer_gives_to_a_named_speaker_is_that_speakers_side():
    # rule: a quote the speech layer reads as the continuation of a named speaker (a stand-alone quote paragraph after
    # a deck naming him, under a label line) has that speaker's side for its "we", not the side of the quote printed
    # before it (here a fragment of Russian bloggers)
    def digest(deck_speaker: str, label: str) -> str:
        return ("Seven days on the messaging apps\n\n"
                f"{deck_speaker} says his men gained ground; Russian bloggers say the offensive near Sumy is "
                "'ahead of schedule'\n\nOur desk reads the posts every Friday.\n\n" + label + "\n\n"
                "“Our brigades keep pressing in the Bryansk region. Since yesterday we pushed forward 2 kilometres.”")
    assert readings(digest("Syrskyi", "Oleksandr Syrskyi, commander-in-chief of Ukraine's armed forces "
                                      "(Friday, 08:40):")) == [(2.0, "km", "Ukraine", "gain")]
    # must not change: a Russian speaker's
    assert readings(digest("Gerasimov", "Valery Gerasimov, chief of Russia's general staff (Friday, 08:40):")) == [
        (2.0, "km", "Russia", "gain")]


def test_a_holding_in_the_other_sides_land_named_just_before_is_held_in_an_advance():
    # rule: a side's area or settlements stated with no place of their own lie where the paragraph last named: in the
    # other side's land, they are held in an advance (gain); a summing opening ("Altogether", "In all") is no remainder
    assert readings("Ukrainian units pressed on in the Kursk region. Altogether Ukraine holds some 900 square "
                    "kilometres and 70 villages there now.") == [
        (900.0, "km2", "Ukraine", "gain"), (70.0, "settlements", "Ukraine", "gain")]
    # must not change: a remainder ("still", "down from") is held; a place of the side's own land; a country after it
    assert readings("Ukrainian units pulled back in the Kursk region. Ukraine still holds about 400 square "
                    "kilometres, down from 1,300.")[0][3] == "held"
    assert readings("Russian units pressed on in the Belgorod region. In all Russia now holds 900 square "
                    "kilometres.")[0][3] == "held"


def test_men_a_side_lost_are_its_soldiers_whatever_strike_another_clause_names():
    # rule: "<a side> lost / suffered N men" counts that side's soldiers, even when a strike is named in another clause
    # of the sentence
    assert readings("Arms makers' shares climb after overnight missile strikes; Kyiv says Russia lost 900 men on "
                    "Sunday alone") == [(900.0, "troops", "Russia", "loss")]
    # must not change: men a strike killed are civilians (flagged, out of the comparison)
    assert readings("A missile strike on the market killed 14 men, the governor said.") == []


def test_a_distance_after_a_quoted_fragment_shares_the_subject_before_it():
    # rule: "<side's forces> had crossed … “…”, and were N km from X": the coordinated "and were" after a quoted
    # fragment shares the subject before the fragment
    assert readings("A blogger wrote that Russian assault groups east of Siversk had crossed the canal “almost "
                    "unopposed”, and were some 6 km from the town.") == [(6.0, "km", "Russia", "distance")]
    assert readings("The officer said Ukrainian infantry had been crawling forward “hedge by hedge” along the road to "
                    "Tokmak and were by then roughly 12 km from its outskirts.") == [(12.0, "km", "Ukraine", "distance")]
    # must not change: a new subject after the fragment keeps its own side
    assert readings("Russian bloggers called the defence “paper-thin”, and Ukrainian units were about 10 kilometres "
                    "from the town.") == [(10.0, "km", "Ukraine", "distance")]


def test_some_of_them_at_a_distance_are_the_forces_named_before():
    # rule: "some / several / most of them were N km from X": forces as a pronoun, their side from the sentences before
    assert readings("Russian columns rolled across the border at dawn. By the weekend several of them were 30 km from "
                    "Chernihiv's ring road.") == [(30.0, "km", "Russia", "distance")]
    # must not change: "they are" keeps working
    assert readings("Ukrainian units kept pushing south.\n\nWe believe they are about 12 kilometres north of "
                    "Tokmak.") == [(12.0, "km", "Ukraine", "distance")]


def test_a_data_desks_bullet_glosses_its_figure_after_a_colon():
    # rule: a figure opening its bullet line, glossed after a colon as after a spaced dash ("• N sq km: ground <side>
    # gained", "• N: villages <speaker> says it has recaptured", "• N km: the distance between …")
    digest = ("WEEK IN FIGURES\n\n• 212 sq km: ground Russia gained in May\n\n"
              "• 14: hamlets the Ukrainian command says it has recaptured this summer\n\n"
              "• 9 km: the distance between Russian positions and Kramatorsk's southern suburbs")
    assert readings(digest) == [(212.0, "km2", "Russia", "gain"), (14.0, "settlements", "Ukraine", "gain"),
                                (9.0, "km", "Russia", "distance")]
    # must not change: a colon inside a sentence, a label before the figure, a bullet of no unit
    assert readings("Russian troops advanced 4 km: a record for the month.") == [(4.0, "km", "Russia", "gain")]
    assert readings("WEEK IN FIGURES\n\n• Russian gains: 212 sq km") == [(212.0, "km2", "Russia", "gain")]
    assert readings("WEEK IN FIGURES\n\n• 4: days until the next round of talks") == []


def test_a_bare_number_taken_prisoner_past_a_relative_clause_counts_the_soldiers_named_before():
    # rule: "… of Russian soldiers; some 60 who had hidden in dugouts were taken prisoner": a bare number, past a short
    # who-clause, is the subject of a passive of taking prisoners; it counts the soldiers named before it (after "of" /
    # "from": not the capturers), whose side loses them
    assert readings("Marines swept the forest north of Kupiansk clear of Russian soldiers, and some 60 who had hidden "
                    "in dugouts were taken prisoner.") == [(60.0, "troops", "Russia", "loss")]
    # must not change: without the relative clause; civilians a strike killed past one stay out
    assert readings("Marines swept the forest north of Kupiansk clear of Russian soldiers, and some 60 were taken "
                    "prisoner.") == [(60.0, "troops", "Russia", "loss")]
    assert readings("The shelling hit the market and 12 people who had queued for bread were killed.") == []


def test_special_forces_are_a_count_of_troops():
    # rule: "special forces", "special operations forces" after a number count soldiers (``units.csv``)
    assert readings("North Korea has shipped about 2,000 special forces to Russia, Seoul said.") == [
        (2000.0, "troops", "Russia", "count")]
    # must not change: "forces" alone counts nothing; special forces as a subject
    assert readings("Moscow moved 3,000 forces closer to the border.") == []
    assert readings("Ukrainian special forces killed 20 Russian soldiers.") == [(20.0, "troops", "Russia", "loss")]


def test_another_estimate_of_a_figure_in_apposition_counts_the_same():
    # rule: "…, a number <someone> puts closer to N" / "…, a number officials put at N": the figure just before it in
    # its sentence, estimated again by someone else, read the same way
    assert readings("The governor said Russian forces held nearly 70 percent of the region, a number the institute's "
                    "analysts put closer to 66.") == [(70.0, "percent", "Russia", "share"),
                                                      (66.0, "percent", "Russia", "share")]
    assert readings("Kyiv says Russia has lost 40,000 troops near Kursk, a number Western officials put at 30,000.") == [
        (40000.0, "troops", "Russia", "loss"), (30000.0, "troops", "Russia", "loss")]
    # must not change: a figure in apposition with no estimate of it
    assert readings("Russian forces held nearly 70 percent of the region, a figure unchanged since May.") == [
        (70.0, "percent", "Russia", "share")]


def test_the_figure_after_a_question_of_how_many_counts_the_unit_asked():
    # rule: "X wanted to know how many troops Russia recruits. Officials put the number at N": the bare figure counts
    # the unit the question names, for the side named after it
    assert readings("A caller wanted to know how many troops Russia recruits every week. The analyst said Western "
                    "officials put the number at about 8,000.") == [(8000.0, "troops", "Russia", "count")]
    # must not change: a bare number that is no "figure"
    assert readings("A caller wanted to know how many troops Russia recruits every week. The analyst said he had "
                    "met 25 of them.") == []


def test_a_verbless_answer_in_a_transcript_reads_the_question():
    # rule: in a transcript, an answer's verbless figure takes the question's verb and side ("How much territory have
    # Russian troops seized?" "Some 3,000 square kilometres."); a bare rate opening the answer to a follow-up ("Per
    # week?") restates the figure of the answer before it
    transcript = ("PRESENTER: How much territory have Russian troops seized since January?\n\n"
                  "ANALYST: On our count, some 3,000 square kilometres. It is slow going.\n\n"
                  "PRESENTER: Per week?\n\nANALYST: About 90 a week, on average.")
    assert readings(transcript) == [(3000.0, "km2", "Russia", "gain"), (90.0, "km2", "Russia", "gain")]
    # must not change: an answer with no question before it; a bare rate inside an answer's later sentence
    assert readings("ANALYST: On our count, some 3,000 square kilometres.") == [(3000.0, "km2", "", "")]
    assert readings("PRESENTER: How much territory have Russian troops seized?\n\nANALYST: Some 3,000 square "
                    "kilometres. We counted them ourselves, maybe 90 a week.") == [(3000.0, "km2", "Russia", "gain")]


def test_a_fraction_of_the_land_a_side_seized_is_no_share():
    # rule: "a third of the territory Moscow's troops occupied": a part of those gains (devset §3.3: ratios and
    # fractions are not annotated), not a share of a region or a country
    assert readings("Kyiv's forces have liberated roughly a third of the territory Moscow's troops occupied in "
                    "2022.") == []
    assert readings("Ukraine has retaken about a quarter of the ground that Russian troops had captured.") == []
    # must not change: a fraction of a region or a country is a share
    assert readings("Russian forces control about half of the Donetsk region.") == [(50.0, "percent", "Russia", "share")]
    assert readings("Russia occupies nearly a fifth of Ukraine's territory.") == [(20.0, "percent", "Russia", "share")]


def test_an_area_a_monitor_marks_as_under_a_sides_control_is_newly_taken():
    # rule: a monitor's verb of changing its map ("marked", "shaded", "recoloured") before an area "as under X
    # control": ground newly taken by X (gain), not a stock
    assert readings("The mapping project recoloured about 6 sq km along the railway as under Russian control on "
                    "Monday.") == [(6.0, "km2", "Russia", "gain")]
    # must not change: an area said to be under a side's control is held
    assert readings("About 6 sq km along the railway are under Russian control.") == [(6.0, "km2", "Russia", "held")]
