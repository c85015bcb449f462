"""Statement dates, thirteenth round (dt21): a dated gathering's other participants (issue 13; see
``tests/gold/peer/README.md``, section "dt21"). Conventions §3.5 and "Dating by the same event". Every sentence here
is invented."""


# --- an aside on the speaker's past does not end a dated meeting's passage -------------------------------------------

COUNCIL = ("Navy chief tells officers to save fuel\n\n"
           "The navy commander, Admiral Piet Olsen, told a meeting of the fleet council in Tallinn on Tuesday that the "
           "fleet had to “save every litre of fuel”.\n\n"
           "“The era of cheap fuel is over,” Olsen said.\n\n"
           "The admiral, a former engineer who took the post in May last year, said the enemy fleet had lost two "
           "ships.\n\n"
           "Vice Admiral Karl Berg, who sat beside Olsen, spoke after him. “Our crews are ready for every task,” "
           "Berg said.\n\n")


def test_life_aside_keeps_the_meeting_passage(dated):
    # "who took the post in May last year" tells of the admiral's career, not of when he spoke: the vice admiral who
    # spoke after him is still in the passage about Tuesday's meeting
    days = dated.quote_dates(COUNCIL, "2025-10-08")  # (a Wednesday: Tuesday is 7 October)
    assert days["Our crews are ready for every task,"] == "2025-10-07"


def test_time_cue_of_the_statement_still_ends_the_passage(dated):
    # must not change: a new time cue of the saying itself ends the passage ("Earlier this month, …")
    text = COUNCIL.replace("The admiral, a former engineer who took the post in May last year, said",
                           "Earlier this month, the admiral said")
    days = dated.quote_dates(text, "2025-10-08")
    assert days["Our crews are ready for every task,"] == dated.missing


def test_aside_that_tells_of_speech_still_ends_the_passage(dated):
    # must not change: an aside that is itself a statement with its time ("who told reporters last week …") is a new
    # time cue, not the speaker's life
    text = COUNCIL.replace("a former engineer who took the post in May last year,",
                           "who told reporters last week that the fleet was short of fuel,")
    days = dated.quote_dates(text, "2025-10-08")
    assert days["Our crews are ready for every task,"] == dated.missing


# --- "Back at the X,": the copy returns to the spot of a dated scene ------------------------------------------------

CLINIC = ("Freed soldiers come home\n\n"
          "The men arrived by train at a clinic in the west of the country late on Friday. Families waited on the "
          "platform with flowers.\n\n"
          "Kremlin spokesman Dmitry Peskov said on Saturday that further swaps were possible.\n\n"
          "Back at the clinic, a doctor who has met every train since 2023 said the men ask the same question.\n\n"
          "“They ask whether the war is still going,” said the doctor, Olena, who declined to give her surname.\n\n")


def test_back_at_the_spot_of_a_dated_scene_dates_a_new_voice(dated):
    days = dated.quote_dates(CLINIC, "2025-06-15")  # (a Sunday: Friday is 13 June)
    assert days["They ask whether the war is still going,"] == "2025-06-13"


def test_back_in_a_city_or_an_undated_spot_dates_nothing(dated):
    # must not change: "Back in Kyiv," goes home, to no scene; a spot brought in with no day has no day to give
    home = CLINIC.replace("Back at the clinic", "Back in Kyiv")
    assert dated.quote_dates(home, "2025-06-15")["They ask whether the war is still going,"] == dated.missing
    undated = CLINIC.replace(" late on Friday", "")
    assert dated.quote_dates(undated, "2025-06-15")["They ask whether the war is still going,"] == dated.missing


VAN = ("On the eastern front, a long wait\n\n"
       "KUPIANSK, Ukraine — The commander of a drone company, a former baker who goes by the call sign Orel, unfolded "
       "a map on the bonnet of a van on Thursday and pointed at the river.\n\n"
       "“Three villages in a month,” he said.\n\n"
       "The brigade's spokesman, Capt. Ivan Petrenko, said the unit had lost two vans since the spring.\n\n"
       "Ukraine's army chief, Oleksandr Syrskyi, said on Monday that the line near the river was holding.\n\n"
       "Back at the van, the commander folded his map. “We will hold,” Orel said.\n\n")


def test_back_at_the_spot_of_his_dated_doing_dates_the_same_person(dated):
    days = dated.quote_dates(VAN, "2024-10-12")  # (a Saturday: Thursday is 10 October)
    assert days["Three villages in a month,"] == "2024-10-10"
    assert days["We will hold,"] == "2024-10-10"


def test_back_at_another_spot_leaves_him_undated(dated):
    # must not change: a spot the dated doing did not name ("Back at the depot") is no return to it
    text = VAN.replace("Back at the van", "Back at the depot")
    assert dated.quote_dates(text, "2024-10-12")["We will hold,"] == dated.missing


def test_back_at_a_spot_a_later_dated_statement_names_again_is_no_dated_scene(dated):
    # must not change: the spot brought in with no day ("from a dugout on a ridge"), then named with "the" in another
    # side's dated statement ("north of the ridge … on Tuesday"): "Back at the ridge" returns to no dated scene
    text = ("A brigade holds a ridge\n\n"
            "From a dugout on a ridge west of the town, Maj. Ivan Sokil watches three drone feeds at once.\n\n"
            "Russia's Defence Ministry said on Tuesday that its forces had taken a village north of the ridge.\n\n"
            "Back at the ridge, a drone operator who gave only his call sign, Lis, said his team was tired.\n\n"
            "“We sleep in shifts of two hours,” he said.\n\n")
    assert dated.quote_dates(text, "2024-10-23")["We sleep in shifts of two hours,"] == dated.missing
