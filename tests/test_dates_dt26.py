"""Statement dates, seventeenth round (dt26): event-anchored dating generalised (issue 13). A sitting that is told
something on a known day ("told councillors on Tuesday", "told a court in Kharkiv on Monday", "told delegates") or a
debate, a trial, a funeral dates the undated words of whoever speaks in the passage about it (conventions §3.5 and
"Dating by the same event"); the gathering's nouns and audiences are rows of data/speech_words.csv (scene_gathering,
sitting_audience). Every sentence here is invented, in several house styles (regional paper, wire, broadsheet)."""


# --- a regional paper's write-up of a council sitting: "told councillors" opens its passage --------------------------

COUNCIL = ("Shelters row splits Poltava council\n\n"
           "By Iryna Boiko, City Desk | Thursday 12 September 2024\n\n"
           "The deputy mayor, Olha Rud, told councillors on Tuesday that the city's shelters had room for only half of "
           "its schoolchildren.\n\n"
           "Replying for the opposition bloc, Councillor Roman Savka said the gap was \u201ca scandal ten years in the "
           "making\u201d and asked how many shelters had flooded in the spring.\n\n"
           "Answering him, the city engineer, Petro Lysyi, said four basements had been \u201cunusable since "
           "March\u201d.\n\n")


def test_a_participant_replying_at_a_sitting_takes_its_day(dated):
    days = dated.quote_dates(COUNCIL, "2024-09-12")  # (a Thursday: Tuesday is 10 September)
    assert days["a scandal ten years in the making"] == "2024-09-10"


def test_a_later_participant_answering_takes_the_sitting_day(dated):
    assert dated.quote_dates(COUNCIL, "2024-09-12")["unusable since March"] == "2024-09-10"


REPORTERS = COUNCIL.replace("told councillors on Tuesday", "told reporters on Tuesday") \
    .replace("Replying for the opposition bloc, Councillor Roman Savka said", "A pensioner, Roman Savka, said")


def test_words_told_to_reporters_open_no_sitting(dated):
    # must not change: a press remark is no sitting whose passage others speak in
    assert dated.quote_dates(REPORTERS, "2024-09-12")["a scandal ten years in the making"] == dated.missing


# --- a wire report of a court hearing: both sides of the case speak on the hearing's day ----------------------------

COURT = ("Russian tank commander tells Kharkiv court he fired on orders\n\n"
         "KHARKIV, June 5 (Wire) - A Russian tank commander accused of shelling a clinic told a court in Kharkiv on "
         "Monday that his battalion had been ordered to \u201cclear the street\u201d.\n\n"
         "Monday's hearing, the second since May 3, was short. The judge adjourned the "
         "case until June 20.\n\n"
         "Prosecutor Dana Moroz, presenting the case, told the court that the battalion had gone into the "
         "village with 40 tanks and had lost 25 of them within a week.\n\n"
         "A witness, a farmer from the village, told the court he had hidden in his cellar. \u201cThe tanks fired at "
         "every house with a light in it,\u201d the witness told the court.\n\n"
         "Asked by the judge who gave the order, the defendant blamed a captain he said died three days later.\n\n"
         "His lawyer, Petro Hnat, said his client had been \u201cfollowing orders he could not refuse\u201d.\n\n")


def test_a_prosecutor_opening_at_a_hearing_takes_its_day(dated):
    # the content's pluperfect with an irregular participle ("had gone", "had lost") places the battle, not the words
    table = dated.claims(COURT, "2025-06-05")  # (a Thursday: Monday is 2 June)
    assert dated.row_day(table, "gone into the village with 40 tanks") == "2025-06-02"


def test_an_unnamed_witness_told_the_court_on_the_hearing_day(dated):
    days = dated.quote_dates(COURT, "2025-06-05")
    assert days["The tanks fired at every house with a light in it,"] == "2025-06-02"


def test_the_other_side_of_a_case_speaks_at_the_hearing_too(dated):
    # "Monday's hearing … until June 20" kept the passage; "died three days later" is what is reported
    assert dated.quote_dates(COURT, "2025-06-05")["following orders he could not refuse"] == "2025-06-02"


def test_a_fronted_later_is_counted_from_the_hearing(dated):
    # must not change: "Two days later, X said" is an occasion of its own, two days after the hearing's
    text = COURT.replace("His lawyer, Petro Hnat, said", "Two days later, his lawyer, Petro Hnat, said") \
        .replace("the defendant blamed a captain he said died three days later", "the defendant blamed a captain")
    assert dated.quote_dates(text, "2025-06-05")["following orders he could not refuse"] == "2025-06-04"


def test_a_new_time_cue_still_ends_the_hearing_passage(dated):
    # must not change: "Last week, …" is a new occasion
    text = COURT.replace("His lawyer, Petro Hnat, said", "Last week, his lawyer, Petro Hnat, said")
    assert dated.quote_dates(text, "2025-06-05")["following orders he could not refuse"] == dated.missing


# --- a broadsheet's party conference: "told delegates", then a debate's later speakers --------------------------------

CONFERENCE = ("Party backs more shells for Kyiv\n\n"
              "By Tom Askew, Political Editor | Wednesday 25 September 2024\n\n"
              "The shadow defence minister, Ruth Carver, told delegates in Brighton on Tuesday that Ukraine needed "
              "\u201ctwice the shells, not half\u201d.\n\n"
              "Speaking from the floor, a delegate from Leeds, Sam Okafor, said his union would back the motion "
              "\u201cevery inch of the way\u201d.\n\n"
              "Closing the debate, the party's leader, Anne Holt, said the vote was \u201ca promise to Ukraine\u201d.\n\n")


def test_a_floor_speaker_takes_the_conference_day(dated):
    days = dated.quote_dates(CONFERENCE, "2024-09-25")  # (a Wednesday: Tuesday is 24 September)
    assert days["every inch of the way"] == "2024-09-24"
    assert days["a promise to Ukraine"] == "2024-09-24"


# --- a debate named with its day, later speakers in its passage -----------------------------------------------------

DEBATE = ("Senate backs drone fund\n\n"
          "By Lea Moss | Friday 7 March 2025\n\n"
          "Opening a debate on the drone fund on Thursday, Senator Jane Roe said the money would buy "
          "\u201ceyes over every trench\u201d.\n\n"
          "Intervening, Senator Paul Kent said the fund was \u201ctoo small by half\u201d.\n\n")


def test_an_intervention_in_a_dated_debate_takes_its_day(dated):
    assert dated.quote_dates(DEBATE, "2025-03-07")["too small by half"] == "2025-03-06"


# --- an obituary: the funeral's day dates the words said at it -----------------------------------------------------

FUNERAL = ("A town buries its teacher\n\n"
           "By Ann Lee | 14 June 2024\n\n"
           "Half the town of Sambir turned out for his funeral on Tuesday. At the funeral, his "
           "commander, Major Ivan Pavliuk, called him \u201cthe bravest man I knew\u201d.\n\n")


def test_words_at_a_dated_funeral_take_its_day(dated):
    assert dated.quote_dates(FUNERAL, "2024-06-14")["the bravest man I knew"] == "2024-06-11"


def test_a_funeral_to_come_dates_nothing(dated):
    # must not change: a plan is no scene
    text = FUNERAL.replace("turned out for his funeral on Tuesday", "will turn out for his funeral on Tuesday")
    assert dated.quote_dates(text, "2024-06-14")["the bravest man I knew"] == dated.missing


def test_a_court_named_in_what_is_reported_opens_no_sitting(dated):
    # must not change: "the Supreme Court had banned …" is what the ministry reports, no audience
    text = ("Moscow bans rights group\n\n"
            "Russia's justice ministry said on Monday that the Supreme Court had banned the group.\n\n"
            "An analyst, Ivan Lis, said the ban was \u201cmostly symbolic\u201d.\n\n")
    assert dated.quote_dates(text, "2024-06-14")["mostly symbolic"] == dated.missing


# --- "In it, X said": the statement the sentence just before dates ---------------------------------------------------

IN_IT = ("Minister's speech prints in full\n\n"
         "By Nora Vale | Thursday 3 July 2025\n\n"
         "The state daily prints the full text of the defence minister's speech to cadets on Tuesday. In it, the "
         "minister, Oleh Kraid, said the army had \u201cnever been larger\u201d.\n\n")


def test_in_it_takes_the_day_of_the_speech_just_named(dated):
    assert dated.quote_dates(IN_IT, "2025-07-03")["never been larger"] == "2025-07-01"


def test_in_it_after_an_undated_speech_stays_undated(dated):
    # must not change: the speech has no day
    text = IN_IT.replace(" to cadets on Tuesday", " to cadets")
    assert dated.quote_dates(text, "2025-07-03")["never been larger"] == dated.missing


def test_in_it_after_a_day_of_something_else_stays_undated(dated):
    # must not change: "on Tuesday" is the printing's, not the speech's
    text = IN_IT.replace("The state daily prints the full text of the defence minister's speech to cadets on "
                         "Tuesday.", "On Tuesday the state daily ran a long profile of the defence minister.")
    assert dated.quote_dates(text, "2025-07-03")["never been larger"] == dated.missing


# --- "X on Wednesday did Y, where, according to Z, …": the day is the main clause's ------------------------------------

def test_a_source_in_a_relative_clause_does_not_take_the_main_clause_day(dated):
    text = ("Shelling hits Nikopol\n\n"
            "Russian artillery on Tuesday shelled the river port of Nikopol, where, according to the regional "
            "governor, three barges sank.\n\n")
    table = dated.claims(text, "2025-07-03")
    assert dated.row_day(table, "three barges sank") == dated.missing


def test_a_dated_according_to_still_takes_its_day(dated):
    # must not change: the day in the source's own clause
    text = ("Shelling hits Nikopol\n\n"
            "On Tuesday, according to the regional governor, Russian artillery sank three barges in Nikopol.\n\n")
    table = dated.claims(text, "2025-07-03")
    assert dated.row_day(table, "three barges") == "2025-07-01"


# --- a press review: the papers' day dates their writers' present-tense words, not those they quote --------------------

REVIEW = ("What the Polish papers say\n\n"
          "PRESS REVIEW | Warsaw desk\n\n"
          "Polish newspapers on Tuesday lead on the border crossings, which the farmers' union says will stay shut.\n\n"
          "Its columnist, Marta Zielna, argues that Kyiv's grain is \u201cnot the enemy\u201d. The daily Rzecz Nowa "
          "quotes a farmer near Hrubieszow as saying: \u201cWe will sit here until spring.\u201d\n\n"
          "Gazeta Polna's correspondent, Adam Kruk, writes that the queue of lorries has reached "
          "\u201cforty kilometres\u201d.\n\n"
          "The weekly Tydzien interviews a retired general, Jan Sowa, who estimates that Russia has lost 3,000 "
          "tanks. \u201cThe numbers are not secret,\u201d he tells the paper.\n\n")


def test_a_columnist_in_a_press_review_takes_the_papers_day(dated):
    days = dated.quote_dates(REVIEW, "2024-02-20")  # (a Tuesday)
    assert days["not the enemy"] == "2024-02-20"
    assert days["forty kilometres"] == "2024-02-20"


def test_those_the_papers_quote_or_interview_stay_undated(dated):
    # must not change: "quotes X as saying", "he tells the paper", "…, who estimates …"
    days = dated.quote_dates(REVIEW, "2024-02-20")
    assert days["We will sit here until spring."] == dated.missing
    assert days["The numbers are not secret,"] == dated.missing
    table = dated.claims(REVIEW, "2024-02-20")
    assert dated.row_day(table, "lost 3,000") == dated.missing


def test_a_columnist_without_a_papers_day_stays_undated(dated):
    # must not change: no sentence dates the papers
    text = REVIEW.replace("Polish newspapers on Tuesday lead on", "Polish newspapers lead on")
    assert dated.quote_dates(text, "2024-02-20")["not the enemy"] == dated.missing


# --- "…, the statement said": the dated statement a spokesman gave ---------------------------------------------------

STATEMENT = ("Paris and Kyiv talk air defence\n\n"
             "PARIS, Nov 9 (Wire) - The Elysee's spokeswoman, Claire Roux, said in a statement on Friday evening "
             "that the two presidents had discussed air defence.\n\n"
             "Macron also promised to keep supplying shells \u201cfor as long as it takes\u201d, the statement "
             "said.\n\n")


def test_words_closed_by_the_statement_said_take_its_day(dated):
    assert dated.quote_dates(STATEMENT, "2024-11-09")["for as long as it takes"] == "2024-11-08"


def test_the_statement_said_after_an_undated_statement_stays_undated(dated):
    # must not change: the statement has no day
    text = STATEMENT.replace(" on Friday evening", "")
    assert dated.quote_dates(text, "2024-11-09")["for as long as it takes"] == dated.missing


# --- a sitting's passage admits only its participants -----------------------------------------------------------------

MOURNERS = ("A pilot is buried in Rivne\n\n"
            "By Oksana Lyt | Saturday 8 November 2025\n\n"
            "\u201cHe flew for all of us,\u201d Colonel Taras Bilyk told mourners in Rivne on Friday.\n\n"
            "Ihor Sych, who learned to fly in his class, now runs a repair workshop in Lutsk. "
            "\u201cHe made us fly it again and again,\u201d Sych said.\n\n"
            "At the graveside, the brigade's chaplain, Father Yurii Mel, called him \u201ca quiet man\u201d.\n\n")


def test_one_introduced_after_a_funeral_is_no_mourner(dated):
    # must not change: a biography's next person, with no tie to the funeral, has no day
    assert dated.quote_dates(MOURNERS, "2025-11-08")["He made us fly it again and again,"] == dated.missing


def test_one_at_the_graveside_speaks_at_the_funeral(dated):
    assert dated.quote_dates(MOURNERS, "2025-11-08")["a quiet man"] == "2025-11-07"


LAWMAKERS = ("Minister answers in parliament\n\n"
             "RIGA, May 22 (Wire) - \u201cTheir threats are our budget's best argument,\u201d Defence Minister Ilze "
             "Berzina told lawmakers on Wednesday.\n\n"
             "A volunteer from Riga who serves in Ukraine, Janis Ozols, told the Wire by phone that the shelling near "
             "Siversk had \u201cnever been heavier\u201d.\n\n")


def test_one_who_told_an_outlet_by_phone_is_no_lawmaker(dated):
    # must not change: words told to the paper on an occasion of their own
    assert dated.quote_dates(LAWMAKERS, "2025-05-22")["never been heavier"] == dated.missing


# --- "as he adjourned the hearing": the sitting referred back to past a plain statement ---------------------------------

ADJOURNED = COURT + ("Last week, Ukraine's General Staff said that Russia had lost 900 tanks in the region.\n\n"
                     "\u201cThis court judges facts, not flags,\u201d Judge Oleh Marchuk said as he adjourned the hearing.\n\n")


def test_words_as_the_judge_adjourned_the_hearing_take_its_day(dated):
    assert dated.quote_dates(ADJOURNED, "2025-06-05")["This court judges facts, not flags,"] == "2025-06-02"


def test_a_gathering_named_in_between_still_blocks_the_hearing(dated):
    # must not change: "the hearing" may be last week's preliminary one
    text = ADJOURNED.replace("Last week, Ukraine's General Staff said that Russia had lost 900 tanks in the region.",
                             "Last week, the same court held a preliminary hearing on the case.")
    assert dated.quote_dates(text, "2025-06-05")["This court judges facts, not flags,"] == dated.missing


def test_at_the_service_after_a_dated_funeral_speaks_at_it(dated):
    text = FUNERAL.replace("At the funeral, his commander", "At the service, his commander")
    assert dated.quote_dates(text, "2024-06-14")["the bravest man I knew"] == "2024-06-11"


def test_at_the_service_with_no_dated_funeral_stays_undated(dated):
    # must not change: no sitting above
    text = FUNERAL.replace(" for his funeral on Tuesday", "").replace("At the funeral, his commander",
                                                                      "At the service, his commander")
    assert dated.quote_dates(text, "2024-06-14")["the bravest man I knew"] == dated.missing
