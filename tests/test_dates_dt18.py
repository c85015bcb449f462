"""Statement dates, twelfth round (dt18): under-dating on unseen copy (issue 13; families of the blind batch x2,
pieces x1-x8 of ``tests/gold/peer/blind_dates_dt18.csv``). Conventions §3.5 and "Dating by the same event": another
participant reported in the passage about a dated meeting takes its day; a new time cue ends the passage. Every
sentence here is invented."""


# --- the meeting named again by a speaker ("After the meeting, X told reporters") does not make X its holder ---------

MINISTERS = ("Allies meet\n\nDefence ministers of the alliance met in Vienna on Tuesday to discuss air defence.\n\n"
             "After the meeting, the alliance's secretary general, Jens Stoltenberg, told reporters that Russian "
             "troops were losing ground near Kupiansk.\n\n")


def test_participant_of_another_country_after_the_meeting_named_again(dated):
    text = MINISTERS + "US Defense Secretary Lloyd Austin said Russian forces had lost 200 tanks in a month."
    assert dated.row_day(dated.claims(text, "2024-03-14"), "Russian forces had lost 200 tanks") == "2024-03-12"


def test_new_time_cue_after_the_meeting_still_ends_it(dated):
    # must not change: "Last week" is another occasion, and a meeting a speaker holds still keeps out the other side
    text = MINISTERS + "Last week, Lloyd Austin said Russian forces had lost 200 tanks in a month."
    assert dated.row_day(dated.claims(text, "2024-03-14"), "Russian forces had lost 200 tanks") == dated.missing
    own = ("Kremlin meeting\n\nSpeaking at a meeting of his security council on Monday, Vladimir Putin said Russian "
           "troops were advancing near Kupiansk.\n\nVolodymyr Zelensky said Ukrainian forces had stopped the attack.")
    assert dated.row_day(dated.claims(own, "2024-03-14"), "Ukrainian forces had stopped the attack") == dated.missing


# --- a cue inside what a participant reports is not a second speaker of the sentence --------------------------------

TALKS = "Talks held\n\nRussian and Ukrainian delegations met in Geneva on Friday.\n\n"


def test_cue_inside_the_reported_words_leaves_the_participant_at_the_talks(dated):
    text = TALKS + ("Rustem Umerov said the Russian side had demanded the two regions Moscow claims as its own.")
    assert dated.row_day(dated.claims(text, "2025-05-17"), "the Russian side had demanded") == "2025-05-16"


def test_participant_with_no_cue_inside_still_dated_and_a_country_still_not(dated):
    # must not change: a participant with nothing reported inside is dated; "Russia said" is no person at the talks
    text = TALKS + "Rustem Umerov said the Russian side had demanded two regions."
    assert dated.row_day(dated.claims(text, "2025-05-17"), "the Russian side had demanded") == "2025-05-16"
    country = TALKS + "Russia said its forces had taken the village of Lypove."
    assert dated.row_day(dated.claims(country, "2025-05-17"), "its forces had taken the village") == dated.missing


# --- a newsletter's section that names its day ("A recap of yesterday's talks", "Today") --------------------------

NEWSLETTER = ("Morning briefing: talks end without a deal\n\nThe talks ended without a ceasefire. Here is the latest.\n\n"
              "A recap of yesterday's talks\n\nAt the end of the meeting, Finnish diplomat Aino Laine told reporters that "
              "Russian forces were still advancing near Pokrovsk.\n\n“The gap is wide,” Laine said.\n\n"
              "Today\n\nThe Russian Defence Ministry said its forces had taken the village of Lypove.\n\n")


def test_section_heading_names_the_day_of_its_words(dated):
    table = dated.claims(NEWSLETTER, "2025-03-12")
    assert dated.row_day(table, "Russian forces were still advancing") == "2025-03-11"
    assert dated.row_day(dated.quotes(NEWSLETTER, "2025-03-12"), "The gap is wide") == "2025-03-11"
    assert dated.row_day(table, "its forces had taken the village of Lypove") == "2025-03-12"


def test_section_heading_with_a_new_time_cue_below_or_no_day(dated):
    # must not change: "Last week" inside the section is another occasion; a heading naming no day dates nothing
    text = NEWSLETTER + "Last week, the Ukrainian military said its troops had retreated from Kurakhove."
    assert dated.row_day(dated.claims(text, "2025-03-12"), "its troops had retreated") == dated.missing
    plain = NEWSLETTER.replace("A recap of yesterday's talks", "A recap of the talks").replace("Today\n\n", "Elsewhere\n\n")
    assert dated.row_day(dated.claims(plain, "2025-03-12"), "Russian forces were still advancing") == dated.missing


# --- a day counted from an event dated above ("the day after the strike", "Hours after the raid") ------------------

STRIKE = ("Hotel hit\n\nOn Friday night, a Russian missile destroyed a hotel in the city of Druzhkivka.\n\n"
          "The regional governor said rescuers were still searching the rubble.\n\n")


def test_day_counted_from_an_attack_dated_above(dated):
    text = STRIKE + ("Speaking to reporters the day after the strike, the mayor, Ivan Petrenko, said Russian forces were "
                     "targeting hotels.\n\nHours after the attack, the Russian Defence Ministry said its forces had hit "
                     "a base of foreign fighters.")
    table = dated.claims(text, "2024-08-27")
    assert dated.row_day(table, "Russian forces were targeting hotels") == "2024-08-24"
    assert dated.row_day(table, "its forces had hit a base of foreign fighters") == "2024-08-23"


def test_day_counted_inside_the_report_or_from_an_undated_event_names_none(dated):
    # must not change: a count inside what is reported places the reported event; an event with no day counts nothing
    inside = STRIKE + "The mayor, Ivan Petrenko, said that the day after the strike Russian forces had shelled the port."
    assert dated.row_day(dated.claims(inside, "2024-08-27"), "Russian forces had shelled the port") == dated.missing
    undated = ("Hotel hit\n\nA Russian missile destroyed a hotel in the city of Druzhkivka.\n\nSpeaking to reporters the "
               "day after the strike, the mayor, Ivan Petrenko, said Russian forces were targeting hotels.")
    assert dated.row_day(dated.claims(undated, "2024-08-27"), "Russian forces were targeting hotels") == dated.missing


# --- a gathering given its day inside a later sentence ("…, the day the meeting took place") ------------------------

TRANSCRIPT = ("Gains claimed\n\nPresident Vladimir Putin told a meeting with his commanders that Russian forces held the "
              "initiative near Kupiansk, according to a Kremlin transcript.\n\n{}\n\nDefence Minister Andrei Belousov, "
              "who reported to the meeting, said Russian troops had taken the village of Lypove.")


def test_day_the_meeting_took_place_dates_it(dated):
    text = TRANSCRIPT.format("The transcript is dated June 19, the day the meeting took place in the Kremlin.")
    table = dated.claims(text, "2024-06-20")
    assert dated.row_day(table, "held the initiative near Kupiansk") == "2024-06-19"
    assert dated.row_day(table, "Russian troops had taken the village of Lypove") == "2024-06-19"


def test_day_of_another_event_dates_no_meeting(dated):
    # must not change: the day an offensive began is no gathering's day
    text = TRANSCRIPT.format("The transcript is dated June 19, the day the offensive began in the north.")
    table = dated.claims(text, "2024-06-20")
    assert dated.row_day(table, "held the initiative near Kupiansk") == dated.missing
    assert dated.row_day(table, "Russian troops had taken the village of Lypove") == dated.missing
