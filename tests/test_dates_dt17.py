"""Statement dates, eleventh round, wave 2 (dt17): under-dating (issue 13). Conventions §3.5 and "Dating by the same
event": the speakers in the passage about a dated news conference or meeting keep its day until a new time cue names
another occasion. A time that names no day inside what a speaker reports ("… had fired 700 drones earlier this
month") places the reported event, not the words, so it does not end the passage. Every sentence here is invented."""


# --- a reported event's time inside a participant's words does not end the dated passage ---------------------------

CONFERENCE = ("Ministers pledge drones\n\nMinisters of Ukraine, Latvia and Estonia pledged more drones for "
              "Ukraine at a joint news conference in Riga on Tuesday.\n\n"
              "Ukrainian Foreign Minister Andrii Sybiha spoke first. {middle}\n\n"
              "“We need drones every day,” Sybiha said.\n\n"
              "Next to him, Latvia's foreign minister, Baiba Braze, was more cautious. “We will do what we can,” "
              "Braze said.")


def test_reported_event_time_keeps_the_passage(dated):
    text = CONFERENCE.format(middle="He said Russia had launched more than 500 drones at Ukraine in a single night "
                                    "earlier this month.")
    table = dated.quotes(text, "2025-03-13")
    assert dated.row_day(table, "We need drones every day") == "2025-03-11"
    assert dated.row_day(table, "We will do what we can") == "2025-03-11"


def test_reported_event_last_week_keeps_the_passage(dated):
    text = CONFERENCE.format(middle="He said Russian troops had shelled Kherson for three days last week.")
    assert dated.row_day(dated.quotes(text, "2025-03-13"), "We will do what we can") == "2025-03-11"
    # and the claim of that sentence is his words at the news conference too
    assert dated.row_day(dated.claims(text, "2025-03-13"), "Russian troops had shelled Kherson") == "2025-03-11"


def test_the_words_own_vague_time_still_ends_the_passage(dated):
    # must not change: "said last week" / "Earlier this month, he said" place the words themselves on another occasion
    for middle in ("He said last week that Russia would launch more drones.",
                   "Earlier this month, he said Russia would launch more drones."):
        text = CONFERENCE.format(middle=middle)
        table = dated.quotes(text, "2025-03-13")
        assert dated.row_day(table, "We need drones every day") == dated.missing, middle
        assert dated.row_day(table, "We will do what we can") == dated.missing, middle


# --- a dated gathering as the subject that took place sets the scene ("The panel on Tuesday brought together …") ----

PANEL = ("Can the line hold?\n\n{lede}\n\n"
         "General Petro Holub, a former commander, chose the word “tired”. “Tired, not beaten,” Holub said.\n\n"
         "Olha Marchenko, a member of parliament, disagreed. “We are not tired,” she said.")


def test_gathering_that_took_place_dates_its_speakers(dated):
    for lede in ("The Kyiv Institute's winter panel on Tuesday brought together a retired general and a lawmaker.",
                 "The security forum in Odesa on Tuesday heard from a retired general and a lawmaker."):
        table = dated.quotes(PANEL.format(lede=lede), "2025-02-13")
        assert dated.row_day(table, "Tired, not beaten") == "2025-02-11", lede
        assert dated.row_day(table, "We are not tired") == "2025-02-11", lede


def test_gathering_to_come_or_undated_sets_no_day(dated):
    # must not change: a gathering still to come, or one with no day, dates nobody
    for lede in ("Next week, the Kyiv Institute's winter panel will bring together a retired general and a lawmaker.",
                 "The Kyiv Institute's winter panel brought together a retired general and a lawmaker."):
        table = dated.quotes(PANEL.format(lede=lede), "2025-02-13")
        assert dated.row_day(table, "Tired, not beaten") == dated.missing, lede
        assert dated.row_day(table, "We are not tired") == dated.missing, lede
