"""Review of round 11's wave 1 (rv8): misfires of the merged rules on ordinary copy, each with an invented sentence
that shows it and one that shows what must not change; and a scan that must stay linear in a long text. Every
sentence is invented for these tests."""

from __future__ import annotations

from saidvsdone import claims, corpus, quotes, vocab


def _speaker(text: str, words: str, published: str = "2025-08-16") -> tuple[str, str]:
    table = quotes.extract(corpus.from_text(text, published=published))
    rows = table[table["text"].str.contains(words, regex=False)]
    assert len(rows) == 1, table[["text", "speaker"]]
    return rows.iloc[0]["speaker"], str(rows.iloc[0]["statement_date"])[:10]


# --- a fronted time phrase with no verb of its own is no time clause: "After the meeting Zelensky said, “…”" ---------
# (speech._TIME_CLAUSE_BEFORE read any speech verb before a comma as the end of "After X spoke,"; a bare "said" or
# "warned" ends no clause: the object_free_speech words of data/speech_words.csv)

def test_after_the_meeting_x_said_comma_quote_keeps_its_speaker():
    text = "Talks in Geneva\n\nAfter the meeting Petro Sava said, “We agreed on nothing at all.”"
    assert _speaker(text, "agreed on nothing")[0] == "Petro Sava"


def test_once_again_x_warned_comma_quote_keeps_its_speaker():
    text = "Talks in Geneva\n\nOnce again Petro Sava warned, “The enemy is massing troops near the river.”"
    assert _speaker(text, "massing troops")[0] == "Petro Sava"


def test_after_the_talks_x_said_comma_reported_speech_is_a_claim():
    text = "Talks in Geneva\n\nAfter the talks Petro Sava said, Russian troops had taken two villages near the river."
    table = claims.find(corpus.from_text(text, published="2025-08-16", title="Talks in Geneva"))
    assert table["speaker"].tolist() == ["Petro Sava"]


def test_after_x_spoke_comma_is_still_no_statement():
    # what must not change: "spoke" ends the fronted clause; the words are the main clause's subject's
    text = ("Moscow answers\n\nPetro Sava said on Monday that the offensive had begun.\n\nAfter Sava spoke, Putin visited "
            "a command post in Moscow and ordered the army to \"push them back\" at once.")
    assert _speaker(text, "push them back", "2024-08-13")[0] == "Vladimir Putin"


def test_object_free_speech_words_are_a_table():
    words = vocab.speech_words()["object_free_speech"]
    assert {"spoke", "spoken"} <= words and not {"said", "warned", "told"} & words


# --- the closing part of an event: its day read from the last sentence saying the event ended ----------------------
# (speech._event_end_day scanned the whole text before every sentence naming a closing part: quadratic)

_FORUM = ("Allies end forum\n\nDefence ministers ended their forum in Riga on Friday.\n\n"
          "Speaking at the forum's closing news conference, Minister Anna Kalnina said: “We leave stronger.”")


def test_closing_part_takes_the_day_the_event_ended():
    assert _speaker(_FORUM, "leave stronger", "2024-05-18") == ("Anna Kalnina", "2024-05-17")


def test_closing_part_takes_the_last_ending_sentence_of_that_event():
    # an ending of another event in between is passed over; the latest ending of the same event before it is read
    text = _FORUM.replace("Defence ministers ended their forum in Riga on Friday.",
                          "Defence ministers ended their forum in Riga on Thursday.\n\nThe forum closed again on "
                          "Friday after a second round.\n\nThe talks ended without a deal on Wednesday.")
    assert _speaker(text, "leave stronger", "2024-05-18") == ("Anna Kalnina", "2024-05-17")


def test_closing_event_words_are_a_table():
    assert {"summit", "forum", "talks"} <= vocab.speech_words()["closing_event"]


# --- a quoted question, then a name and its speech verb (segment._NAMED_SAID): one sentence only when the name's verb
# attributes the question; not when a colon introduced the question already, nor "X said that …"

def test_question_a_colon_introduced_stays_apart_from_the_next_statement():
    text = ("Front line\n\nThe soldiers in the trench ask one question: “Where are the shells?” Petro Sava said on "
            "Friday that more were coming.")
    assert _speaker(text, "Where are the shells")[0] != "Petro Sava"


def test_question_then_x_said_that_stays_apart():
    text = ("Front line\n\nThe crews keep asking the same thing. “Where are the shells?” Petro Sava said that more "
            "were coming within a week.")
    assert _speaker(text, "Where are the shells")[0] != "Petro Sava"


def test_question_then_x_said_at_the_meeting_is_still_one_sentence():
    # what must not change: the name and verb after a quoted question attribute it
    text = "Talks\n\n“What talks can we have with them?” Petro Sava said at a meeting in Kyiv."
    assert _speaker(text, "What talks can we have")[0] == "Petro Sava"


# --- a bare number sent after drones named before it (facts.numeric.strikes_named_before): a launch only with a target
# or a rate after it; "sent 500 to the front" is a delivery

def _strikes(text: str):
    from saidvsdone import facts
    table = facts.extract(corpus.from_text(text, published="2025-08-16"))
    return table[table["category"] == "strikes"][["quantity_text", "actor"]].values.tolist()


def test_drones_sent_to_the_front_are_no_launch():
    assert _strikes("Arms for Kyiv\n\nUkraine now builds its own long-range drones. It sent 500 to the front last "
                    "month.") == []
    assert _strikes("Arms for Kyiv\n\nThe factory makes drones for the army. Workers said they sent 200 to brigades "
                    "in the east.") == []


def test_drones_sent_at_a_target_or_at_a_rate_are_launched():
    # what must not change: a target or a rate after the bare number makes it a launch
    assert _strikes("Night raid\n\nRussia has used Shahed drones against Odesa all month. On Tuesday it sent 60 at "
                    "the port.") == [["60", "Russia"]]
    assert _strikes("Night raid\n\nUkraine's air force counted 5,100 drones launched in May. \"They are now sending "
                    "300 or 400 in a night,\" a spokesman said.") == [["5,100", "Russia"], ["300", "Russia"],
                                                                      ["400", "Russia"]]


# --- the review's tables take rows of your own (own_words: a speech_words.csv layered over the bundled one) ----------

def test_an_object_free_speech_word_of_your_own_ends_a_time_clause(own_words):
    # "explained" is a speech cue that takes an object: not a row, so "After Sava explained, …" reports words until a
    # row of your own says the verb can end a clause
    text = ("Moscow answers\n\nPetro Sava said on Monday that the offensive had begun.\n\nAfter Sava explained, Putin "
            "visited a command post and ordered the army to \"push them back\" at once.")
    before = _speaker(text, "push them back", "2024-08-13")[0]
    own_words("explained,object_free_speech,\n")
    assert _speaker(text, "push them back", "2024-08-13")[0] == "Vladimir Putin" != before
    # the bundled rows stay
    assert _speaker(text.replace("explained", "spoke"), "push them back", "2024-08-13")[0] == "Vladimir Putin"


def test_a_closing_event_of_your_own_is_read(own_words):
    from saidvsdone import speech
    assert speech._EVENT_CLOSING.search("Speaking at the parley's closing news conference, she said") is None
    own_words("parley,closing_event,\n")
    assert speech._EVENT_CLOSING.search("Speaking at the parley's closing news conference, she said").group(1) == "parley"
    assert speech._EVENT_CLOSING.search("on the final day of the annual summit").group(2) == "summit"  # bundled rows stay


def test_a_peer_title_of_your_own_is_part_of_the_name(own_words):
    from saidvsdone import mentions
    assert mentions._peer_title("Lord") and not mentions._peer_title("lord") and not mentions._peer_title("Earl")
    own_words("earl,peer_title,\n")
    assert mentions._peer_title("Earl") and mentions._peer_title("Baroness")


def test_an_office_rank_word_of_your_own_is_left_out_of_the_field(own_words):
    assert "supremo" not in claims._office_rank_words()
    own_words("supremo,office_rank,\n")
    assert {"supremo", "chief", "the"} <= claims._office_rank_words()
