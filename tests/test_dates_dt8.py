"""Statement dates, seventh round (dt8): mechanisms found by the blind genre pieces g1-g9."""

import pytest

from saidvsdone import corpus


@pytest.mark.parametrize("apposition", [
    "appointed army chief less than two weeks earlier",
    "named commander only three days before",
    "sworn in as minister a week earlier",
])
def test_a_day_in_an_apposition_opened_by_a_participle_is_that_doing_not_the_words(dated, apposition):
    # "Koval, appointed army chief two weeks earlier, said in a statement on Saturday": the words are of Saturday
    text = (f"Ivan Koval, {apposition}, said in a statement on Saturday that he had ordered the pullback "
            "\"to save the lives of our soldiers\".")
    got = dated.quotes(text, "2024-02-20")
    assert got["speaker"].tolist() == ["Ivan Koval"]
    assert dated.frame_day(got) == "2024-02-17"


def test_a_participle_of_being_asked_is_still_the_occasion_of_the_words(dated):
    text = ("Ivan Koval, interviewed by local radio two days earlier, said the town could not be held. "
            "\"We have no shells left,\" he said.")
    got = dated.quotes(text, "2024-02-20")
    assert dated.frame_day(got) == "2024-02-18"


@pytest.mark.parametrize("opening", ["In case you missed it from last night:", "More from yesterday:"])
def test_a_past_day_after_from_that_opens_no_span_dates_the_words(dated, opening):
    # a live blog's "In case you missed it from last night: X said …": the words of the evening before
    text = (f"War live\n\n{opening} Petro Savchuk said in his nightly address that the army was holding its "
            "positions and that \"the enemy is paying for every metre\".")
    got = dated.quotes(text, "2025-03-18")
    assert got["speaker"].tolist() == ["Petro Savchuk"]
    assert dated.frame_day(got) == "2025-03-17"


def test_from_yesterday_opening_a_span_is_still_no_statement_date():
    from saidvsdone import when
    assert not [e for e in when.find("Shelling went on from yesterday until noon.") if e.text == "yesterday"]
    assert not [e for e in when.find("Curfews apply from yesterday on, he said.") if e.text == "yesterday"]


@pytest.mark.parametrize("title", ["spokesman Roman Kutsyk said", "the spokesman, Roman Kutsyk, said",
                                   "spokesman Roman Kutsyk told reporters"])
def test_a_spokesperson_of_no_body_named_speaks_at_the_bodys_dated_statement_just_before(dated, title):
    text = ("Ukraine's Tavria group of forces said on Monday that fighting was going on near the regional border "
            "but that Russian troops had not taken any positions.\n\n"
            f"\"This is an information operation, not a breakthrough,\" {title}.")
    got = dated.quotes(text, "2025-06-10")
    assert got["speaker"].tolist() == ["Roman Kutsyk"]
    assert dated.frame_day(got) == "2025-06-09"


def test_a_bare_spokesperson_after_a_persons_dated_words_takes_no_day(dated):
    # the last dated words are a person's, not a body's: the spokesman speaks for someone the text does not say
    text = ("Petro Savchuk said on Monday that fighting was going on near the regional border.\n\n"
            "\"This is an information operation, not a breakthrough,\" spokesman Roman Kutsyk said.")
    got = dated.quotes(text, "2025-06-10")
    assert got["speaker"].tolist() == ["Roman Kutsyk"]
    assert dated.frame_day(got) == ""


def test_a_spokesperson_of_a_named_body_is_left_to_that_body(dated):
    text = ("Ukraine's Tavria group of forces said on Monday that fighting was going on near the border.\n\n"
            "Kremlin spokesman Dmitry Peskov said that \"the military is carrying out its tasks\".")
    got = dated.quotes(text, "2025-06-10")
    assert dated.frame_day(got) == ""


@pytest.mark.parametrize("occasion", ["told the Kyiv Independent", "said in televised comments",
                                      "told Ukrainian television"])
def test_a_bare_spokesperson_with_an_occasion_of_his_own_takes_no_day_of_the_body(dated, occasion):
    text = ("Ukraine's Tavria group of forces said on Monday that fighting was going on near the regional border.\n\n"
            f"\"This is an information operation, not a breakthrough,\" spokesman Roman Kutsyk {occasion}.")
    got = dated.quotes(text, "2025-06-10")
    assert got["speaker"].tolist() == ["Roman Kutsyk"]
    assert dated.frame_day(got) == ""


def test_a_qa_answer_goes_on_from_the_interviewee_not_from_words_reported_in_the_question(dated):
    # "Q: Russia says it has taken the town. Is that true?⏎A: “No. …”": the answer is the interviewee's, on the
    # interview's day, not Russia's
    text = ("Army chief interview\n\n"
            "In an interview with a German newspaper published on Sunday, Ukraine's army chief Petro Savchuk said "
            "the front was holding.\n\nBelow are excerpts from the interview.\n\n"
            "Q: How is the situation near the city?\n\nA: \"Difficult. The enemy is trying to cut our roads.\"\n\n"
            "Q: Russia says it has taken the town. Is that true?\n\n"
            "A: \"No. Our units are in the town and we are clearing it.\"\n\n"
            "Q: Do you have enough men?\n\nA: \"We need more. Every brigade commander tells me the same thing.\"")
    got = dated.quotes(text, "2025-09-15")
    assert got["speaker"].tolist() == ["Petro Savchuk"] * 3
    assert [dated.frame_day(got, k) for k in range(3)] == ["2025-09-14"] * 3


_FILLER = ("A stray cat crosses the empty square while a generator hums in a courtyard nearby.\n\n"
           "Power cuts are part of life here, and many families cook on camping stoves.\n\n")


def test_plain_narration_between_a_dated_lede_and_the_briefing_does_not_end_its_reach(dated):
    # "The army said today …" then scene colour naming nobody and no day, then the general "speaking at a briefing"
    text = ("Army reports gains\n\nUkraine's army has recaptured two villages, according to a statement released today.\n\n"
            + _FILLER +
            "Brigadier-General Petro Savchuk, speaking at a media briefing, said, \"We are ready to keep fighting.\"")
    got = dated.quotes(text, "2023-06-15")
    assert got["speaker"].tolist() == ["Petro Savchuk"]
    assert dated.frame_day(got) == "2023-06-15"


def test_a_paragraph_that_names_someone_or_a_day_still_ends_the_reach(dated):
    text = ("Army reports gains\n\nUkraine's army has recaptured two villages, according to a statement released today.\n\n"
            "Zelensky visited the front in the spring and met soldiers there.\n\n"
            "The town was shelled on Sunday, and many families left.\n\n"
            "Brigadier-General Petro Savchuk, speaking at a media briefing, said, \"We are ready to keep fighting.\"")
    got = dated.quotes(text, "2023-06-15")
    assert dated.frame_day(got) == ""


def test_a_live_blog_time_stamp_is_quiet_but_a_line_ending_in_a_colon_is_not():
    from saidvsdone import document, speech
    from saidvsdone.mentions import people
    text = ("War live\n\n12.47 GMT\n\nPower cuts are part of life here, and many families cook on camping stoves.\n\n"
            "A recap of the morning:")
    doc = document.build("x", text, published="2023-06-15")
    quiet = speech._Reader(doc, people()).quiet()
    assert [doc.text[a:b] for k, (a, b) in enumerate(doc.paragraphs) if k in quiet] == [
        "12.47 GMT", "Power cuts are part of life here, and many families cook on camping stoves."]


def test_a_posts_time_stamp_is_not_the_lede_so_the_institutions_today_reaches_the_briefing(dated):
    text = ("Army reports gains\n\nLast modified on Thu 15 Jun 2023 16.32 BST\n\n14.18 BST\n\n"
            "Ukraine's army has recaptured two villages, according to a statement released today.\n\n15:12 GMT\n\n"
            "Brigadier-General Petro Savchuk, speaking at a media briefing, said, \"We are ready to keep fighting.\"")
    got = dated.quotes(text, "2023-06-15")
    assert got["speaker"].tolist() == ["Petro Savchuk"]
    assert dated.frame_day(got) == "2023-06-15"


def test_as_of_today_two_posts_down_dates_the_words_of_the_post_above(dated):
    text = ("War live\n\n13.15 BST\n\nRussia has moved almost 30,000 troops to the border region.\n\n"
            "This was reported by army chief Petro Savchuk at a forum in Kyiv.\n\n"
            "One of the aims of the operation was to divert \"significant forces\" from other fronts. "
            "As Savchuk says, the enemy understood this.\n\n13:59 BST\n\n"
            "The army continues to advance — as of today, it controls 1,294 km² in the region.")
    from saidvsdone import claims
    found = claims.find(corpus.from_text(text, published="2024-08-27"))
    row = found[found["text"].str.contains("30,000 troops")]
    assert row["speaker"].tolist() == ["Petro Savchuk"]
    assert dated.frame_day(row) == "2024-08-27"
