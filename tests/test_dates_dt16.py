"""Statement dates, eleventh round, wave 2 (dt16): the day of a scene carried to everyone who speaks in it, and where
that passage ends (issue 13; families of the blind pieces p1-p4 of ``tests/gold/peer/blind_dates_dt16.csv``).
Conventions §3.5 and "Dating by the same event": another participant reported in the passage about a dated meeting
takes its day; a new time cue or a new scene ends the passage. Every sentence here is invented."""


# --- a speaker put in another place ("X, speaking in Berlin, said") ends a dated news conference's passage ----------

CONFERENCE = ("Leaders promise more shells\n\nDutch Prime Minister Jan Verhoef said on Tuesday that his country would "
              "send more shells.\n\nSpeaking at a joint news conference in The Hague with Ukrainian Foreign Minister "
              "Petro Lysenko, Verhoef said the first deliveries were on their way.\n\n“We are ready,” Lysenko told "
              "reporters.\n\n")


def test_speaking_elsewhere_is_a_new_scene(dated):
    text = CONFERENCE + "The Polish president, Marek Nowicki, speaking in Warsaw, said: “Our border is safe.”"
    table = dated.quotes(text, "2024-05-16")
    assert dated.row_day(table, "We are ready") == "2024-05-14"  # a participant: the conference's day
    assert dated.row_day(table, "Our border is safe") == dated.missing  # another place: no day


def test_speaking_in_the_place_of_the_passage_goes_on(dated):
    # must not change: a participant "speaking in" the place the passage named is still at the news conference
    text = CONFERENCE + "The Polish president, Marek Nowicki, speaking in The Hague, said: “Our border is safe.”"
    assert dated.row_day(dated.quotes(text, "2024-05-16"), "Our border is safe") == "2024-05-14"


# --- a body's voice right after the body's dated statement: the same statement ----------------------------------

def test_spokesman_of_the_body_takes_its_day(dated):
    text = ("Drones downed\n\nUkraine's navy said on Monday that it had destroyed two Russian landing boats.\n\n"
            "Ivan Koval, the navy spokesman, said Russian troops had tried to land on the Kinburn spit. "
            "“They did not reach the shore,” he said.")
    assert dated.row_day(dated.quotes(text, "2024-08-14"), "They did not reach the shore") == "2024-08-12"
    assert dated.row_day(dated.claims(text, "2024-08-14"), "Russian troops had tried to land") == "2024-08-12"


def test_spokesman_of_another_body_or_on_television_keeps_no_day(dated):
    # must not change: the voice of another body, or one speaking on an occasion of his own, is a new statement
    other = ("Drones downed\n\nUkraine's navy said on Monday that it had destroyed two Russian landing boats.\n\n"
             "Ivan Koval, a spokesman for the southern group of forces, said: “They did not reach the shore.”")
    on_air = ("Drones downed\n\nUkraine's navy said on Monday that it had destroyed two Russian landing boats.\n\n"
              "Ivan Koval, the navy spokesman, said on the national telethon: “They did not reach the shore.”")
    for text in (other, on_air):
        assert dated.row_day(dated.quotes(text, "2024-08-14"), "They did not reach the shore") == dated.missing


# --- a report dated by its publication: "the report said", its author, its launch -------------------------------

REPORT = ("Drones reshape the front, study finds\n\nRussian units now lose more armour to drones than to mines, a "
          "Warsaw institute said in a report published on Monday.\n\n")


def test_the_report_named_again_takes_its_day(dated):
    text = REPORT + ("Ukrainian brigades had cut their artillery use by a third, the report said.\n\n“The drone is the "
                     "new shell,” the report's author, Adam Kowal, wrote.\n\nAt the launch of the report in Warsaw, "
                     "Kowal told journalists: “Nobody can hide on the front any more.”")
    assert dated.row_day(dated.claims(text, "2024-10-16"), "cut their artillery use") == "2024-10-14"
    table = dated.quotes(text, "2024-10-16")
    assert dated.row_day(table, "The drone is the new shell") == "2024-10-14"
    assert dated.row_day(table, "Nobody can hide on the front") == "2024-10-14"


def test_the_report_after_a_new_time_cue_keeps_no_day(dated):
    # must not change: "last week" between the dated report and a later mention starts a new event
    text = REPORT + ("Last week, the ministry said it had doubled drone orders.\n\n“The drone is the new shell,” the "
                     "report's author, Adam Kowal, wrote.")
    assert dated.row_day(dated.quotes(text, "2024-10-16"), "The drone is the new shell") == dated.missing


# --- an interview given on one day and published on another: the talk's day --------------------------------------

INTERVIEW = ("Commander warns of winter push\n\nGeneral Petro Hrytsenko, who leads the northern group of forces, spoke "
             "to the Wire at his headquarters on Tuesday{}\n\n“They will come when the ground freezes,” "
             "Hrytsenko said.")


def test_interview_published_later_keeps_the_talk_day(dated):
    text = INTERVIEW.format(". The interview was published on Friday.")
    assert dated.row_day(dated.quotes(text, "2023-11-03"), "They will come") == "2023-10-31"


def test_interview_published_with_no_talk_day_keeps_the_publication_day(dated):
    # must not change: with no day of the talk, "The interview was published on Friday" dates the words
    text = INTERVIEW.format(".").replace(" on Tuesday.", ".") \
        .replace("headquarters.", "headquarters. The interview was published on Friday.")
    assert dated.row_day(dated.quotes(text, "2023-11-03"), "They will come") == "2023-11-03"
