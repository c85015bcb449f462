"""Figures after a thousands number, gapped totals and fallen soldiers after a source's clause (round 27, fa37): a
figure's thousands comma opens no clause ("Air defences shot down 1,290 of the drones and 44 of the missiles": the
44 shares the verb and the side of the shooter); a running total whose period is a long phrase ("put Russian losses
over the past week at about 7,850, and since the start of the full-scale invasion at about 1,157,300") is the same
count for another period; "N of them were killed" after a source's clause ("Seoul's intelligence service has said
about 600 of them were killed") counts the soldiers of the force named in the sentence before, not the source's.

Every sentence here is invented for the test."""

from __future__ import annotations

from _facts_readings import numbers, numeric_row as row, readings


# -- a thousands comma opens no clause -------------------------------------------------------------------------------

def test_a_second_interception_after_a_thousands_figure_keeps_the_shooter():
    text = ("Russia had launched 1,480 drones and 62 missiles at Ukraine during the week, the air force said. Air "
            "defences shot down or jammed 1,290 of the drones and 44 of the missiles, it said.")
    assert (row(text, 1290.0)["actor"], row(text, 44.0)["actor"]) == ("Ukraine", "Ukraine")
    assert (row(text, 1480.0)["actor"], row(text, 62.0)["actor"]) == ("Russia", "Russia")


def test_a_listed_interception_after_a_thousands_figure_is_the_shooters():
    got = row("Ukrainian air defences shot down 1,150 Russian drones and 37 cruise missiles in March.", 37.0)
    assert (got["unit"], got["actor"], got["change"]) == ("missiles", "Ukraine", "count")


def test_without_the_thousands_comma_nothing_changes():
    assert readings("Russia launched 60 drones and 62 missiles. Air defences shot down 50 of the drones and 44 of "
                    "the missiles.") == [(60.0, "drones", "Russia", "count"), (62.0, "missiles", "Russia", "count"),
                                         (50.0, "drones", "Ukraine", "count"), (44.0, "missiles", "Ukraine", "count")]


def test_russian_interceptions_after_a_thousands_figure():
    got = row("Russia's defence ministry said its air defences had destroyed 2,340 Ukrainian drones in May and 61 "
              "missiles.", 61.0)
    assert (got["actor"], got["change"]) == ("Russia", "count")


# -- a running total for a long period -------------------------------------------------------------------------------

def test_a_running_total_after_a_long_period_phrase_is_the_same_count():
    text = ("Ukraine's General Staff put Russian losses over the past week at about 7,850, and since the start of "
            "the full-scale invasion at about 1,157,300.")
    got = row(text, 1157300.0)
    assert (got["unit"], got["actor"], got["change"]) == ("troops", "Russia", "loss")
    assert row(text, 7850.0)["actor"] == "Russia"


def test_a_running_total_after_a_shorter_period_still_reads():
    got = row("The ministry put Ukrainian losses over the past day at 1,050 and since the start of the war at about "
              "640,000.", 640000.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "loss")


# -- "N of them were killed" after a source's clause ---------------------------------------------------------------

def test_of_them_killed_after_a_source_clause_counts_the_force_before():
    got = row("North Korean troops fought alongside Russian units in the Kursk region. South Korea's spy agency has "
              "said about 600 of them were killed.", 600.0)
    assert (got["unit"], got["actor"], got["change"]) == ("troops", "Russia", "loss")


def test_of_them_killed_after_a_source_that_names_a_side():
    got = row("Ukrainian marines landed on the left bank in October. Russian officials said 90 of them were killed.",
              90.0)
    assert (got["unit"], got["actor"], got["change"]) == ("troops", "Ukraine", "loss")


def test_a_source_clause_without_of_them_reads_nothing_new():
    assert numbers("North Korean troops fought in the Kursk region. Officials said 600 were missing.").empty


# -- a tally with no side in its heading -----------------------------------------------------------------------------

TALLY = ("Ukraine says Russia lost 870 soldiers in a day\n\n"
         "Ukrainian forces killed 870 Russian soldiers over the past day, the military said.\n\n"
         "The General Staff of the Armed Forces of Ukraine released the new figures on Friday morning.\n\n"
         "Figures for the day:\npersonnel 870\ntanks 5\nUAVs 212\n\n"
         "Totals:\npersonnel 1,104,300\ntanks 10,950\n")


def test_a_tally_under_a_heading_with_no_side_is_the_publishing_bodys():
    got = numbers(TALLY)
    lines = got[got["sentence"].str.startswith(("personnel", "UAVs"))]
    assert sorted((float(r.quantity), r.actor, r.change) for r in lines.itertuples()) == [
        (212.0, "Ukraine", "count"), (870.0, "Russia", "loss"), (1104300.0, "Russia", "loss")]


def test_a_tally_with_no_heading_after_the_body_that_published_it():
    text = ("Kyiv publishes a count every morning.\n\n"
            "The General Staff of Ukraine's armed forces published the figures on Tuesday. Losses (personnel): 1,230. "
            "Tanks: 6. Drones: 244. Cruise missiles: 3.")
    assert (row(text, 1230.0)["actor"], row(text, 1230.0)["change"]) == ("Russia", "loss")
    assert (row(text, 244.0)["actor"], row(text, 3.0)["actor"]) == ("Ukraine", "Ukraine")


def test_a_tally_after_a_sentence_naming_both_sides_stays_unread():
    text = ("Ukraine's General Staff and Russia's defence ministry both published figures on Tuesday. Losses "
            "(personnel): 1,230. Tanks: 6. Drones: 244.")
    assert row(text, 1230.0)["actor"] != "Ukraine"
    assert row(text, 244.0)["actor"] == ""


# -- a headline's "down" ---------------------------------------------------------------------------------------------

def test_a_headlines_down_after_air_defences_is_a_shooting_down():
    text = ("Ukraine's air defences down 40 Russian drones overnight\n\n"
            "KYIV - Ukraine's air force said on Monday that Russia had attacked with 46 drones overnight.")
    got = row(text, 40.0)
    assert (got["unit"], got["actor"], got["change"]) == ("drones", "Ukraine", "count")


def test_down_from_a_figure_is_no_shooting_down():
    got = row("Russia launched 40 drones at Ukraine overnight, down from 60 the night before, the air force said.", 60.0)
    assert got["actor"] == "Russia"


# -- "they" after a side's body and "said" -----------------------------------------------------------------------------

def test_they_after_a_bodys_said_is_the_other_sides_forces_of_the_sentence_before():
    got = row("Russian troops crossed the border near Vovchansk on Friday. On Sunday, Ukraine's General Staff said "
              "they had pushed up to 4 km into the district before being stopped.", 4.0)
    assert (got["actor"], got["change"]) == ("Russia", "gain")
    got = row("Ukrainian units attacked near the river. Russia's defence ministry said they had lost 260 soldiers.",
              260.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "loss")


def test_they_after_a_bodys_said_past_a_time_opening():
    got = row("JUNE\n\nJune 3 — Russian units enter the district from the north. A day later, Ukraine's General Staff "
              "said they had advanced up to 3 km before being stopped.", 3.0)
    assert (got["actor"], got["change"]) == ("Russia", "gain")
    got = row("Russian units crossed the river near the dam on Friday.\n\nUkraine's General Staff said they had advanced "
              "up to 2 km beyond it.", 2.0)
    assert (got["actor"], got["change"]) == ("Russia", "gain")     # (the sentence before in the paragraph before)
    got = row("Last week, Ukrainian troops attacked near the reservoir. Moscow said they had lost 140 soldiers.", 140.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "loss")


def test_they_after_officials_said_stays_the_officials():
    got = row("Russian troops attacked near the river. Ukrainian officials said they had retaken 3 square kilometres.",
              3.0)
    assert (got["actor"], got["change"]) == ("Ukraine", "gain")


def test_they_after_a_body_with_no_forces_before_keeps_the_reading():
    got = row("Fighting went on near the river. Ukraine's General Staff said they had retaken 3 square kilometres.", 3.0)
    assert got["actor"] == "Ukraine"


# -- the attacker named in the sentence before an interception ------------------------------------------------------

def test_an_interception_after_a_sentence_naming_the_attacker_is_the_other_sides():
    got = row("The Kremlin said Ukraine had attacked the capital overnight.\n\nAir defence units shot down 12 drones "
              "approaching the city, the mayor said.", 12.0)
    assert (got["unit"], got["actor"], got["change"]) == ("drones", "Russia", "count")
    got = row("Officials in Kyiv said Russian forces had struck the city's power plants overnight. Air defence units "
              "shot down 21 drones, the mayor said.", 21.0)
    assert got["actor"] == "Ukraine"


def test_an_interception_after_a_sentence_naming_no_attacker_stays_unsided():
    got = row("Sirens sounded across the capital overnight. Air defence units shot down 12 drones, the mayor said.", 12.0)
    assert got["actor"] == ""
