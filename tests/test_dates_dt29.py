"""Statement dates, nineteenth round (dt29): families that recur across sets at their first run (issue 13).

Which rule dates what (conventions, ``/work/shared/devset/README.md`` §3.5 and its Clarifications):

- A weekday is read against the publication day; "last Sunday" in a Sunday paper is the Sunday a week before. The
  sentence's first word is capitalised ("Last Sunday the air force said …"): the same week before, not the page's day.
- Clarifications, "Dating by the same event": "another participant reported in the passage about a dated meeting"
  takes its day; "Cues such as 'earlier', 'previously' or 'last week' start a new event". A day named in the passage
  that *is the meeting's own day* ("the attack on the morning of 14 March" in the passage of a meeting held on 14
  March) is no new time: the passage goes on, and the participants after it spoke at the meeting.
- "said in its report of Wednesday", "in his address of 3 March": a translated wire's occasion dated by "of" (as
  "in its Wednesday report").
- "On 11 May, troops entered the town; two days later, X said …": a day counted from the day its own sentence names
  before it, not from the last statement's day told paragraphs above.
- "confirmed the loss the same day and said …": "the same day" dates the words (the day just told), as "the same day,"
  before a comma did.

Every sentence here is invented."""

import pytest

PUBLISHED_SUNDAY = "2025-03-16"  # (a Sunday)


# --- "Last Sunday" at the start of a sentence --------------------------------------------------------------------------

WEEK = ("A week of drones over the south\n\n"
        "Last Sunday the southern command said it had shot down 40 of 52 drones over the coast.\n\n"
        "On Friday the ministry said its troops had repelled nine assaults near Orikhiv.\n\n")


def test_last_sunday_capitalised_is_the_week_before(dated):
    table = dated.claims(WEEK, PUBLISHED_SUNDAY)
    assert dated.row_day(table, "shot down 40 of 52 drones") == "2025-03-09"
    assert dated.row_day(table, "repelled nine assaults") == "2025-03-14"


def test_this_past_friday_capitalised(dated):
    text = ("Front report\n\nThis past Friday the regional governor said Ukrainian units had repelled twelve assaults near the town.\n\n")
    assert dated.row_day(dated.claims(text, PUBLISHED_SUNDAY), "repelled twelve assaults") == "2025-03-14"


def test_plain_sunday_in_a_sunday_paper_is_still_the_day(dated):
    text = ("Front report\n\nOn Sunday the regional governor said Ukrainian units had repelled twelve assaults near the town.\n\n")
    assert dated.row_day(dated.claims(text, PUBLISHED_SUNDAY), "repelled twelve assaults") == "2025-03-16"


# --- a dated meeting's passage goes on past a day that is its own ------------------------------------------------------

READOUT = ("Defence council: the commander reported that the enemy's advance near Marinka was stopped\n\n"
           "The president held a meeting of the defence council today, at which the army commander, General Petro "
           "Savchenko, reported that the enemy's advance near Marinka had been stopped.\n\n"
           "The air force commander, General Ivan Tkachuk, reported on air defence. During the attack on the morning "
           "of 14 March, all 21 drones launched at the capital were destroyed, he said.\n\n"
           "The navy commander, Admiral Oleh Moroz, reported that the enemy had withdrawn two ships from the bay.\n\n")


def test_a_participant_after_the_meetings_own_day_keeps_the_meeting(dated):
    table = dated.claims(READOUT, "2025-03-14")
    assert dated.row_day(table, "withdrawn two ships") == "2025-03-14"


def test_a_participant_after_another_day_starts_a_new_event(dated):
    # (a day other than the meeting's own is a new time cue: the next speaker no longer takes the meeting's day)
    text = READOUT.replace("the morning of 14 March", "the morning of 9 March")
    table = dated.claims(text, "2025-03-14")
    assert dated.row_day(table, "withdrawn two ships") == ""


# --- "in its report of Wednesday" --------------------------------------------------------------------------------------

def test_report_of_a_weekday_dates_the_words(dated):
    text = ("Losses on the front\n\n"
            "The general staff affirmed in its report of Wednesday that the enemy had lost 900 soldiers in one day.\n\n")
    assert dated.row_day(dated.claims(text, "2025-03-13"), "lost 900 soldiers") == "2025-03-12"


def test_address_of_a_date_dates_the_words(dated):
    text = ("Losses on the front\n\n"
            "The president declared in his address of 3 March that the army had retaken two villages near Orikhiv.\n\n")
    assert dated.row_day(dated.claims(text, "2025-03-13"), "retaken two villages") == "2025-03-03"


def test_a_day_of_the_reported_event_is_not_the_reports(dated):
    # ("the assault of Wednesday" inside what is reported names the assault's day, not the report's)
    text = ("Losses on the front\n\n"
            "The general staff said that the enemy had lost 900 soldiers in the assault of Wednesday.\n\n")
    assert dated.row_day(dated.claims(text, "2025-03-13"), "lost 900 soldiers") == ""


# --- "two days later" counted from the day of its own sentence ---------------------------------------------------------

FLASHBACK = ("Three winters at the front\n\n"
             "On April 3, 2022, the governor said the last Russian columns had left the region.\n\n"
             "That summer the battery moved east. On September 11, 2022, Ukrainian troops entered the river town; two "
             "days later, the commander said his forces had liberated some 300 square kilometres since the start of the "
             "month.\n\n")


def test_a_count_of_days_starts_from_its_own_sentences_day(dated):
    table = dated.claims(FLASHBACK, "2025-02-26")
    assert dated.row_day(table, "liberated some 300 square kilometres") == "2022-09-13"


def test_a_count_of_days_with_no_day_in_its_sentence_keeps_the_last_statements(dated):
    text = ("Three winters at the front\n\n"
            "On April 3, 2022, the governor said the last Russian columns had left the region.\n\n"
            "Two days later, the commander said his forces had liberated some 300 square kilometres.\n\n")
    assert dated.row_day(dated.claims(text, "2025-02-26"), "liberated some 300 square kilometres") == "2022-04-05"


# --- "the same day and said" -------------------------------------------------------------------------------------------

def test_the_same_day_before_and_dates_the_words(dated):
    text = ("Village lost\n\n"
            "The Russian defence ministry said on Tuesday that its troops had captured two villages near the town.\n\n"
            "A spokesman for a Ukrainian brigade, Captain Ihor Bilyk, confirmed the loss of one village the same day "
            "and said the Russians were now less than 4 kilometres from the town.\n\n")
    assert dated.row_day(dated.claims(text, "2025-03-16"), "less than 4 kilometres") == "2025-03-11"


@pytest.mark.parametrize("text, kind", [
    ("Last Sunday the army said", "weekday"),
    ("This past Monday, he said", "weekday"),
])
def test_the_expressions_are_found_whole(text, kind):
    from saidvsdone import when
    found = when.find(text)
    assert [e.kind for e in found] == [kind]
    assert found[0].text.split()[0] in ("Last", "This")


# --- "the <same noun>" going on after a dated unnamed group ------------------------------------------------------------

GROUP = ("Allies pledge more air defence\n\n"
         "Alliance leaders on Wednesday declared that Russia's summer offensive had stalled near Kharkiv.\n\n"
         "In their closing statement, the 30 leaders said Russian forces had suffered “heavy losses” for little "
         "ground.\n\n")


def test_the_same_group_goes_on_with_its_day(dated):
    assert dated.row_day(dated.claims(GROUP, "2024-07-11"), "suffered") == "2024-07-10"
    assert dated.quote_dates(GROUP, "2024-07-11")["heavy losses"] == "2024-07-10"


def test_another_day_between_starts_a_new_event(dated):
    text = GROUP.replace("In their closing statement,", "On Thursday morning, in a closing statement,")
    assert dated.row_day(dated.claims(text, "2024-07-12"), "suffered") == "2024-07-11"
    text = GROUP.replace("In their closing statement,", "Last year, in a closing statement,")
    assert dated.row_day(dated.claims(text, "2024-07-11"), "suffered") == ""


def test_an_indefinite_group_is_no_one_said_before(dated):
    # ("Some leaders said …": not "the" leaders just named, a voice of its own)
    text = GROUP.replace("In their closing statement, the 30 leaders said", "Some other leaders said")
    assert dated.row_day(dated.claims(text, "2024-07-11"), "suffered") == ""


def test_one_of_the_group_just_dated_speaks_that_day(dated):
    text = ("Control of the town unclear\n\n"
            "Western officials, speaking on condition of anonymity, said on Thursday that they could not confirm "
            "Russian control of the town. “It has been fought over for weeks,” one said.\n\n")
    assert dated.quote_dates(text, "2025-11-21")["It has been fought over for weeks,"] == "2025-11-20"


# --- "told Ukrainian television the same day" --------------------------------------------------------------------------

def test_told_an_outlet_of_several_words_the_same_day(dated):
    text = ("Town abandoned\n\n"
            "On Tuesday, the southern group of forces said it had pulled its units back from the town.\n\n"
            "Its spokesman, Petro Savchuk, told Ukrainian television the same day that Russian forces had lost up to "
            "2,000 soldiers near the town since August.\n\n")
    assert dated.row_day(dated.claims(text, "2024-10-03"), "lost up to 2,000 soldiers") == "2024-10-01"


def test_a_voice_dated_by_the_meetings_day_opens_its_own_occasion(dated):
    # (the day is that voice's own occasion, told apart from the meeting: the passage ends there, as before, and a
    # third voice after it takes no day)
    text = ("Minister tells critics to be patient\n\n"
            "Ukraine's foreign minister told allies to be patient at a meeting of EU ministers on Thursday.\n\n"
            "“Every village costs lives,” Andrii Koval told the ministers in Madrid.\n\n"
            "The alliance's secretary general, Lars Berg, on Thursday asked the public to trust Kyiv's commanders. "
            "“We advise, we support,” he told a broadcaster.\n\n"
            "Olena Marchuk, a Ukrainian deputy minister, warned allies that the war was “not a film”.\n\n")
    assert dated.quote_dates(text, "2023-09-01")["not a film"] == ""


@pytest.mark.parametrize("second", [
    "The Russian officials said Moscow had “lost nothing” near the town.",  # (other words: another group)
])
def test_the_same_noun_of_another_group_takes_no_day(dated, second):
    text = ("Town contested\n\nWestern officials said on Thursday that Russian forces had not taken the town.\n\n"
            + second + "\n\n")
    assert dated.quote_dates(text, "2025-11-21")["lost nothing"] == ""


def test_another_of_the_same_noun_brought_in_between_takes_no_day(dated):
    text = ("Town contested\n\nWestern officials said on Thursday that Russian forces had not taken the town. "
            "Other officials were more cautious.\n\n"
            "The officials said Moscow had “lost a brigade” near the town.\n\n")
    assert dated.quote_dates(text, "2025-11-21")["lost a brigade"] == ""
