"""Speakers on heldout5's genres (sk26, issue 13; heldout5 studied from round 15): roundup label lines naming a channel
in quote marks, "the channel" and "it" after it, a work's title credited "by A B", …

Every sentence here is invented for the test; each mechanism has a case that must not change.
"""

from __future__ import annotations

from saidvsdone import claims, corpus, document, quotes


def readings(text: str, published: str = "2025-03-10") -> dict[str, tuple[str, str]]:
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return {doc.text[q.span.start:q.span.end]: (r.speaker, r.kind) for q, r in zip(doc.quotes, doc.speech.quotes)}


def all_readings(text: str, published: str = "2025-03-10") -> list[tuple[str, str]]:
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return [(doc.text[q.span.start:q.span.end], r.speaker) for q, r in zip(doc.quotes, doc.speech.quotes)]


def speaker_of(text: str, words: str, published: str = "2025-03-10") -> str:
    found = [speaker for quoted, (speaker, _) in readings(text, published).items() if words in quoted]
    assert found, f"no quote holds {words!r}"
    return found[0]


def kind_of(text: str, words: str, published: str = "2025-03-10") -> str:
    found = [kind for quoted, (_, kind) in readings(text, published).items() if words in quoted]
    assert found, f"no quote holds {words!r}"
    return found[0]


def acts(text: str, published: str = "2025-03-10") -> list[tuple[str, str]]:
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return [(a.cue.text, a.speaker.speaker) for a in doc.speech.acts]


def claim_speakers(text: str, published: str = "2025-03-10") -> list[str]:
    articles = corpus.from_text(text, published=published)
    return list(claims.find(articles, quotes.extract(articles))["speaker"])


# --- a roundup's label line naming a channel or a pen name in quote marks ---------------------------------------------

ROUNDUP = ("What the channels said this week\n\n"
           "Each post is cut for length.\n\n"
           "“Grey Heron”, a nationalist Russian channel followed by about 90,000 people (Monday):\n\n"
           "The channel said Russian troops outside Toretsk were gaining ground “quicker than expected”. It complained "
           "about a lack of shells, and it said the guns near Siversk were “nearly silent”.\n\n"
           "“Night Owl”, a Ukrainian drone operator who writes under a pen name (Tuesday):\n\n"
           "“We see their columns every morning. We hit what we can, and the rest keeps coming.”")


def test_a_name_in_marks_opening_a_label_line_is_no_quote():
    assert kind_of(ROUNDUP, "Grey Heron") == "scare"
    assert kind_of(ROUNDUP, "Night Owl") == "scare"


def test_the_label_line_names_the_speaker_of_the_paragraph_below():
    assert speaker_of(ROUNDUP, "We see their columns") == "Night Owl"


def test_the_channel_and_it_after_the_label_are_the_channel():
    assert speaker_of(ROUNDUP, "quicker than expected") == "Grey Heron"
    assert speaker_of(ROUNDUP, "nearly silent") == "Grey Heron"
    assert ("complained", "Grey Heron") in acts(ROUNDUP)


def test_a_direct_quote_with_a_british_comma_stays_a_quote():
    # must not change: words said, set off by a comma and an indefinite speaker, are no label line
    text = "“We will hold the town”, a Ukrainian commander said on Monday."
    assert kind_of(text, "We will hold") == "direct"


def test_the_channel_with_no_channel_named_before_is_nobody_new():
    # must not change: "the channel" with no outlet the article named that way is no speaker taken from elsewhere
    text = ("Colonel Ivan Petrenko spoke to reporters on Monday.\n\n"
            "The channel said the bridge had been “badly damaged”.")
    assert speaker_of(text, "badly damaged") != "Ivan Petrenko"


def test_the_project_after_an_apposed_name():
    # must not change: a body's noun apposed to its name ("Zvezda Maps, the … project") was read before (appositions)
    text = ("Mapping the front\n\n"
            "Zvezda Maps, the Ukrainian mapping project, updated its map on Tuesday.\n\n"
            "The project wrote that Russian troops had entered the village of Kalynove “from the south”.")
    assert speaker_of(text, "from the south") == "Zvezda Maps"


# --- a work's title credited "by A B" -----------------------------------------------------------------------------------

def test_a_title_in_marks_with_its_author_is_no_quote():
    text = ("Producer: Ola Berg. Music: ‘Cold Rain’ by Jonas Lind. The show is listener-supported.")
    assert kind_of(text, "Cold Rain") == "scare"


def test_words_said_then_by_are_still_words():
    # must not change: a quoted sentence is no title, whatever follows
    text = "“We will not give up the city,” was the message posted by Mayor Ihor Kolesnyk on Monday."
    assert kind_of(text, "We will not give up") != "scare"


# --- a parliamentary committee and its report; an embassy --------------------------------------------------------------

REPORT = ("Peers warn the army is short of drones\n\n"
          "The House of Lords Defence Committee said in a report published on Thursday that the army lacked "
          "what it called “a drone doctrine”.\n\n"
          "Ivan Moroz, a Ukrainian officer who gave evidence by video link, said the front needed more interceptors.\n\n"
          "The report's verdict is harsh:\n\n"
          "“The army has bought too little, too late.\n\n"
          "“We recommend a review within six months.”\n\n"
          "The committee also said the army's stocks were low. It urged the government to buy drones “in the thousands”.\n\n"
          "Norway's embassy in Warsaw rejected a claim made in the report. In a statement on its website, it said the "
          "charge was “without foundation”.")


def test_a_body_named_with_of_after_house_is_named_whole():
    assert speaker_of(REPORT, "a drone doctrine") == "House of Lords Defence Committee"


def test_the_committee_and_it_are_the_committee_named_before():
    assert ("said", "House of Lords Defence Committee") in acts(REPORT)[2:]
    assert speaker_of(REPORT, "in the thousands") == "House of Lords Defence Committee"


def test_paragraphs_quoted_after_the_reports_colon_are_the_reports_authors():
    assert speaker_of(REPORT, "too little, too late") == "House of Lords Defence Committee"
    assert speaker_of(REPORT, "review within six months") == "House of Lords Defence Committee"


def test_a_countrys_embassy_in_a_capital_speaks_as_that_mission_and_is_it_later():
    assert speaker_of(REPORT, "without foundation") == "Norwegian Embassy in Warsaw"


def test_a_persons_colon_paragraph_is_not_the_reports():
    # must not change: a colon after a person's sentence keeps its speaker (no report named with the colon's subject)
    text = ("The House of Lords Defence Committee said in a report on Thursday that stocks were low.\n\n"
            "Colonel Ivan Moroz was more direct:\n\n"
            "“We are running out of shells.”")
    assert speaker_of(text, "running out of shells") == "Ivan Moroz"


def test_a_report_no_body_spoke_of_names_no_author():
    # must not change: "The report's …:" with no act naming a report of its own before it gives no speaker here
    text = ("Colonel Ivan Moroz said on Monday that the shells had not come.\n\n"
            "The report's verdict is harsh:\n\n"
            "“The army has bought too little, too late.”")
    assert speaker_of(text, "too little, too late") != "House of Lords Defence Committee"


# --- an indefinite voice in the title or deck, introduced by the same noun in the body ---------------------------------

EPISODE = ("Frontline Talk, episode 40: How long can Huliaipole hold?\n\n"
           "A correspondent fresh from Huliaipole says the town is being 'ground down'; a retired British major says "
           "Moscow can keep paying the price\n\n"
           "Host Ada Lowe is joined by Odesa-based correspondent Oleh Sych and retired British Army major Colin Dray "
           "to discuss the southern front.\n\n"
           "Sych, who spent a week near the town, says Russian troops are now 3 kilometres from its edge.\n\n"
           "“It is being ground down, street by street,” Sych says.")


def test_an_indefinite_noun_in_the_deck_is_the_person_the_body_introduces_with_it():
    assert all_readings(EPISODE)[0] == ("ground down", "Oleh Sych")
    deck = [speaker for cue, speaker in acts(EPISODE)[:3]]
    assert "Oleh Sych" in deck and "Colin Dray" in deck


def test_an_indefinite_noun_with_two_such_people_in_the_body_stays_unnamed():
    # must not change: two reporters introduced below: the deck's "a reporter" is neither
    text = ("Inside the southern front\n\n"
            "A correspondent fresh from Huliaipole says the town is being 'ground down'\n\n"
            "We hear from correspondent Oleh Sych and correspondent Marta Hlib about the southern front.\n\n"
            "Sych says Russian troops are now 3 kilometres from the town.")
    assert acts(text)[0][1] not in ("Oleh Sych", "Marta Hlib")


def test_an_indefinite_voice_in_the_body_is_no_deck_voice():
    # must not change: "a reporter" in a body sentence is an unnamed source, not the person introduced elsewhere
    text = ("Inside the southern front\n\n"
            "We hear from correspondent Oleh Sych about the southern front.\n\n"
            "A correspondent who visited the town last month says the shelling never stops.")
    assert acts(text)[-1][1] != "Oleh Sych"


def test_a_group_in_the_deck_gives_way_to_the_body_voice_of_the_same_words():
    text = ("What the channels said this week\n\n"
            "Russian bloggers say the push on Toretsk is going 'quicker than expected'\n\n"
            "Each post is cut for length.\n\n"
            "“Grey Heron”, a nationalist Russian channel (Monday):\n\n"
            "The channel said Russian troops outside Toretsk were gaining ground “quicker than expected”.")
    assert [s for q, s in all_readings(text) if q == "quicker than expected"] == ["Grey Heron", "Grey Heron"]


# --- an inverted noun form of a cue; a headline's quote before its colon -----------------------------------------------

def test_an_inverted_estimates_names_the_speaker_after_it_and_he_is_him():
    text = ("Oleh, a medic from Sumy, says the ward is full.\n\n"
            "Kyiv will not reach the coast this year, estimates Col. (ret.) Jan Nowak, an analyst at a Lublin "
            "university. „They need another year of training” – he told the paper.")
    assert ("estimates", "Jan Nowak") in acts(text)
    assert speaker_of(text, "another year of training") == "Jan Nowak"


def test_estimates_as_a_noun_stays_a_noun():
    # must not change: "…, estimates of the losses vary" is no verb; "he" stays with the last speaker
    text = ("Oleh, a medic from Sumy, says the ward is full.\n\n"
            "Losses are high, estimates of them vary. „We are tired” – he said.")
    assert speaker_of(text, "We are tired") == "Oleh"


def test_a_headline_quote_before_its_colon_is_the_body_voice_of_the_same_words():
    text = ("„When can we go back”: wounded soldiers heal in Lublin as Kyiv says the push goes on\n\n"
            "A clinic near the city has taken in dozens of soldiers.\n\n"
            "„When can we go back? They all ask me that” – says Dr Anna Wisniewska, who runs the clinic.")
    assert all_readings(text)[0] == ("When can we go back", "Anna Wisniewska")


def test_a_headline_quote_the_verb_introduces_keeps_its_speaker():
    # must not change: "Zelensky says troops are „moving forward”: …" — the quote before the colon is the verb's
    text = ("Zelensky says troops are „moving forward”: soldiers heal in Lublin\n\n"
            "„We are moving forward, slowly” – says Dr Anna Wisniewska, who runs a clinic.")
    assert all_readings(text)[0] == ("moving forward", "Volodymyr Zelensky")


# --- "X calls the figure “…”"; "the defence ministry" after a voice of one side -----------------------------------------

def test_a_name_then_calls_its_object_and_a_quote_is_the_names_words():
    text = ("Retired general Tom Reilly joins us this week.\n\n"
            "Reilly calls the figure “high, but not absurd”.")
    assert speaker_of(text, "high, but not absurd") == "Tom Reilly"


def test_calls_as_a_noun_before_a_quote_names_nobody():
    # must not change: "Phone calls from the front …" — "calls" is the noun; the quote is the pronoun's
    text = ("Olena Marchuk runs the hotline.\n\n"
            "Phone calls from the front “never stop”, she said.")
    assert speaker_of(text, "never stop") == "Olena Marchuk"


def test_the_ministry_without_its_country_after_a_voice_of_one_side_is_that_sides():
    text = ("Ukraine's army chief, Oleksandr Syrskyi, said on Monday that his troops had held the line near Kupiansk. "
            "The defence ministry said the same day that its units had shot down 40 drones.")
    assert acts(text)[-1] == ("said", "Ukrainian Defence Ministry")


def test_the_ministry_after_a_voice_of_no_table_stays_as_it_was():
    # must not change: the voice before is nobody the tables give a country: no side taken from it
    text = ("Analyst Piotr Zalewski said on Monday that the line had held near Kupiansk. "
            "The defence ministry said the same day that its units had shot down 40 drones.")
    assert acts(text)[-1][1] not in ("Ukrainian Defence Ministry", "Russian Defence Ministry")


# --- a group at an unnamed body a place names ------------------------------------------------------------------------

def test_analysts_at_a_city_bank_are_the_speaker_not_the_city():
    text = "Analysts at a Hamburg bank wrote in a note on Friday that defence shares were pricing in “a long war”."
    assert speaker_of(text, "a long war") == ""
    found = quotes.extract(corpus.from_text(text, published="2025-03-10"))
    assert list(found["speaker"]) == ["Hamburg bank analysts"]


def test_a_named_person_at_a_city_bank_keeps_the_name():
    # must not change: "Anna Berg, an analyst at a Hamburg bank, wrote" is Anna Berg
    text = "Anna Berg, an analyst at a Hamburg bank, wrote in a note on Friday that shares were pricing in “a long war”."
    assert speaker_of(text, "a long war") == "Anna Berg"


def test_according_to_a_blog_named_in_marks_after_a_body_adjective_is_the_blog():
    text = ("North of Lyman, Russian units have pushed to within 2 kilometres of the river, according to the "
            "Ukrainian military blog “Deep Line”.")
    assert acts(text)[0] == ("according to", "Deep Line")


def test_according_to_the_body_itself_stays_the_body():
    # must not change: "according to the Ukrainian military" names the body, no outlet after it
    text = "North of Lyman, Russian units have pushed to within 2 kilometres of the river, according to the Ukrainian military."
    assert acts(text)[0][1] == "Ukrainian military"


# --- labels: a country's numbered formation, a spy agency written generically ------------------------------------------

def test_a_countrys_numbered_brigade_is_labelled_by_its_own_name():
    text = "Ukraine's 59th Brigade said on Wednesday that its soldiers still held the western districts of the town."
    assert claim_speakers(text) == ["59th Brigade"]


def test_a_countrys_body_without_a_number_keeps_its_label():
    # must not change: "Ukraine's General Staff" is the table's body
    text = "Ukraine's General Staff said on Wednesday that its soldiers still held the western districts of the town."
    assert claim_speakers(text) == ["Ukrainian General Staff"]


def test_south_koreas_intelligence_service_is_the_nis():
    text = "South Korea's intelligence service said on Friday that North Korea had sent 3,000 troops to Russia."
    assert claim_speakers(text, published="2024-10-18") == ["South Korean National Intelligence Service"]


def test_mps_over_a_committees_report_are_the_committee():
    text = ("MPs warn the army is short of shells\n\n"
            "The House of Lords Defence Committee said in a report published on Wednesday that stocks were low.")
    assert acts(text)[0] == ("warn", "House of Lords Defence Committee")


def test_mps_with_no_committee_are_a_group_not_a_name():
    # must not change: "MPs" alone is nobody's name
    assert acts("British MPs said on Monday that the army was short of shells.")[0][1] == ""


def test_a_past_participle_after_a_comma_is_no_inverted_cue():
    # must not change: "…, expected in the Kharkiv Region." names no speaker (only a present form inverts: "estimates")
    assert acts("The offensive is due in spring, expected in the Kharkiv Region.") == []


def test_a_label_line_with_a_clock_time_in_brackets_names_the_next_paragraphs_speaker():
    text = ("Weekly roundup\n\nEach post is cut for length.\n\n"
            "Ivan Horbach, commander of the Kherson group (Monday):\n\n“The river crossing holds.”\n\n"
            "Petro Lysak, spokesman of the southern forces (Tuesday, 21:14):\n\n“We keep pushing south, metre by metre.”")
    assert speaker_of(text, "metre by metre") == "Petro Lysak"
    assert speaker_of(text, "river crossing holds") == "Ivan Horbach"


def test_a_clock_time_in_a_sentence_is_no_label():
    # must not change: "At 21:14 (local time): …" is no speaker's label line
    text = ("Ivan Horbach, commander of the Kherson group, spoke on Monday.\n\n"
            "“The river crossing holds,” he said.\n\nThe sirens went off at 21:14 (local time). “Get down,” he shouted.")
    assert speaker_of(text, "Get down") == "Ivan Horbach"


def test_a_label_line_alone_is_no_claim():
    text = ("Weekly roundup\n\nEach post is cut for length.\n\n"
            "Petro Lysak, spokesman of the southern forces (Tuesday, 21:14):\n\n"
            "“Our units advanced 2 kilometres near Robotyne.”\n\n"
            "Lysak wrote later that Russian forces had lost 40 soldiers near Robotyne.")
    assert claim_speakers(text) == ["Petro Lysak"]
    found = claims.find(corpus.from_text(text, published="2025-03-10"))
    assert not any(t.rstrip().endswith(":") for t in found["text"])


def test_a_colon_with_words_after_it_still_attributes_them():
    # must not change: "Zelensky in his nightly address on Monday: Russian forces have lost …" states something
    text = ("Ukraine says it is holding.\n\nThe front held on Monday.\n\n"
            "Zelensky in his nightly address on Monday: Russian forces have lost 1,000 soldiers near Kupiansk in a week.")
    assert claim_speakers(text) == ["Volodymyr Zelensky"]
