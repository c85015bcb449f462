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
