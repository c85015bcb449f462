"""Layout of real copy (issue 13, "quote marks and layout"): bylines, time stamps, captions and credits,
related-link lines, abbreviations in ranks, live-blog stamps. Every text here is invented."""

from __future__ import annotations

from saidvsdone import corpus, document, mentions, quotes


def _quotes(text: str, published: str = "2026-11-16"):
    return quotes.extract(corpus.from_text(text, published=published))


def test_a_name_never_runs_over_a_paragraph_break():
    # a time stamp line ending in "PM" above a paragraph that opens with the name
    text = ("Interview with Ihor Sadovyi\n\nNovember 16, 2026 6:00 PM\n\n"
            "Ihor Sadovyi, 36, commands a brigade.\n\n“We win,” Sadovyi told us.")
    row = _quotes(text).iloc[0]
    assert row["speaker"] == "Ihor Sadovyi"
    doc = next(document.documents(corpus.from_text(text)))
    assert all("\n" not in m.as_written for m in mentions.unknown_names(doc, 0, len(doc.text), []))
    assert mentions.full_name(doc, "Sadovyi", len(doc.text)) == "Ihor Sadovyi"


def test_a_retired_rank_in_brackets_stays_in_the_sentence_and_the_name():
    text = ("Analysts differ.\n\nMilitary analysts say the truth lies in between. “The Russians are inside the grey "
            "zone,” said Lt. Col. (ret.) Mark Holloway, a former British Army officer. “It is the Bakhmut pattern "
            "again.”\n\nHolloway has written a book.\n\n“In Bakhmut they had Wagner,” he said.")
    doc = next(document.documents(corpus.from_text(text)))
    assert any(doc.text[s.start:s.end].endswith("a former British Army officer.") and "said Lt. Col. (ret.)"
               in doc.text[s.start:s.end] for s in doc.sentences)
    assert list(_quotes(text, "2026-05-20")["speaker"]) == ["Mark Holloway"] * 3


def test_ranks_before_a_name_end_no_sentence():
    from saidvsdone import segment

    for rank in ("Brig.", "Adm.", "Cpl.", "Pvt.", "Rev.", "Cmdr."):
        text = f"The attack failed, said {rank} John Smith of the brigade. Then it rained."
        assert len(segment.sentences(text, 0, len(text), [])) == 2, rank


def test_furniture_captions_credits_bylines():
    from saidvsdone import segment

    text = ("Title line\n\nBy MARTA KOVALENKO and DANIEL REEVES\n\nPosted by Global Desk | July 8, 2026\n\n"
            "By Tuesday, Russian forces had taken the village.\n\n"
            "A soldier walks past a tank near Kupiansk, Ukraine, Tuesday, March 3, 2026. (AP Photo/Oleh Marchenko)\n\n"
            "Photo: Putin meets commanders in Kursk. Credit: Ivan Petrov/Sputnik/AFP via Getty Images\n\n"
            "Photo: Zelensky in Kyiv. “We will not stop,” he said on Monday.\n\n"
            "FILE PHOTO: Servicemen fire a howitzer, May 20, 2026. REUTERS/Stringer/File Photo\n\n"
            "A medic at work. Photograph: Mykola Tymchenko\n\n"
            "(Reporting by Anna Kowalski; Editing by Peter Graff)\n\n"
            "Associated Press writer Elena Vasquez in Brussels contributed to this report.\n\n"
            "Source: TASS\n\n— Agencies\n\nSource: the ministry said the line held, and that the enemy retreated.")
    spans = segment.furniture(text, segment.paragraphs(text))
    shown = [text[a:b] for a, b in spans]
    assert "Title line" not in shown and "By Tuesday, Russian forces had taken the village." not in shown
    assert "By MARTA KOVALENKO and DANIEL REEVES" in shown and "Posted by Global Desk | July 8, 2026" in shown
    assert any(s.endswith("(AP Photo/Oleh Marchenko)") and s.startswith("A soldier") for s in shown)
    assert any(s.startswith("Photo: Putin") for s in shown)
    assert not any("Zelensky" in s for s in shown)  # a caption that quotes keeps its words (no credit here)
    assert any(s.startswith("FILE PHOTO") for s in shown) and "A medic at work. Photograph: Mykola Tymchenko" in shown
    assert any(s.startswith("(Reporting by") for s in shown) and any(s.startswith("Associated Press writer") for s in shown)
    assert "Source: TASS" in shown and "— Agencies" in shown and not any("enemy retreated" in s for s in shown)


def test_nobody_in_a_caption_credit_or_byline_is_whom_he_stands_for():
    text = ("Putin is misled, says ex-adviser\n\nBy James Whitfield, Senior Correspondent\n\n"
            "Dr Yevgeny Malakhov, a former Kremlin adviser, spoke to us in Riga.\n\n"
            "“Everybody knows the real numbers,” Dr Malakhov said.\n\n"
            "Photo: Vladimir Putin meets commanders in the Kursk region. Credit: Gavriil Grigorov/Sputnik/AFP via Getty Images\n\n"
            "He recalled a meeting. “The numbers are political,” he said.")
    table = _quotes(text, "2026-02-08")
    assert list(table["speaker"]) == ["Yevgeny Malakhov", "Yevgeny Malakhov"]
    doc = next(document.documents(corpus.from_text(text)))
    assert not any(doc.in_furniture(m.start) for m in doc.speech.mentions)


def test_a_related_link_labels_headline_is_read_as_a_headline():
    for line in ("Read also: Zelensky: «Our air defence must become a shield»",
                 "Watch | Zelensky: 'We will not give up our land'",
                 "READ MORE: Zelensky: “We will hold”"):
        text = f"Title here\n\nSyrskyi said the front held. It was cold.\n\n{line}\n\nThe minister spoke."
        row = _quotes(text).iloc[0]
        assert (row["speaker"], row["kind"]) == ("Volodymyr Zelensky", "direct"), line
    # a promo line is no claim of the story, and a word of the table before no colon or bar is no label
    from saidvsdone import claims, segment

    promo = "Title here\n\nSyrskyi said the front held.\n\nWatch: Last week, the UK said it was sending tanks to Poland."
    assert not claims.find(corpus.from_text(promo))["text"].str.startswith("Last week").any()
    assert segment.link_label("Watch this: the front held", 0, 26) == -1


def test_a_users_link_label_row_counts(tmp_path):
    from saidvsdone import segment, vocab

    text = "Lees ook: Zelensky: “We will hold”"
    assert segment.link_label(text, 0, len(text)) == -1
    (tmp_path / "claim_words.csv").write_text("group,word,note\nlink_label,lees ook,\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert text[:segment.link_label(text, 0, len(text))] == "Lees ook:"
    finally:
        vocab.use(None)
    assert segment.link_label(text, 0, len(text)) == -1


def test_a_countrys_name_for_a_thing_and_a_title_in_apposition_are_scare_quotes():
    text = ('In Moscow, Shoigu said on Thursday that Western weapons would "not change the course" of what Russia '
            'calls its "special military operation".')
    assert list(_quotes(text)["kind"]) == ["partial", "scare"]
    assert list(_quotes("He called for what he called a “coalition of air defence” on Monday.")["kind"]) == ["partial"]
    text = "Malakhov left Russia in 2024. He is writing a memoir, ‘The Last Courtier’, due to be published in spring."
    assert list(_quotes(text)["kind"]) == ["scare"]
    assert list(_quotes("Zelensky said, “Never Again”, and left the podium.")["kind"]) == ["direct"]


def test_a_headline_quote_restates_a_body_quote_of_an_unnamed_source():
    text = ("Ukraine says Russian push near Kupiansk 'stalled' as drones pound rail hubs\n\n"
            "KYIV, Ukraine (AP) — Russian troops have “stalled” after weeks of assaults, a senior Ukrainian "
            "commander said Wednesday.")
    table = _quotes(text, "2026-03-05")
    assert list(table["kind"]) == ["partial", "partial"]
    assert list(table["speaker"]) == ["senior Ukrainian commander (unnamed)"] * 2
    assert str(table["statement_date"].iloc[0].date()) == "2026-03-04"


def test_quote_mark_pairing_elisions_low_single_marks_and_a_closing_mark_before_and():
    from saidvsdone import segment

    def spans(text):
        return [text[s.start:s.end] for s in segment.quote_spans(text, 0, len(text))]

    assert spans("‘It’s the ’80s again,’ he said.") == ["It’s the ’80s again,"]
    assert spans("„Wir halten ‚alle‘ Stellungen“, sagte er.") == ["Wir halten ‚alle‘ Stellungen"]
    assert spans("She called them 'heroes' and 'the best of us.'") == ["heroes", "the best of us."]
    assert spans("He said it was 'the Ukrainians' problem' now.") == ["the Ukrainians' problem"]
    assert spans("‘We will hold,’ he said. ‘The Ukrainians’ will is strong.’") == ["We will hold,", "The Ukrainians’ will is strong."]


def test_initials_and_clock_times_before_a_capital_end_no_sentence():
    from saidvsdone import segment

    def split(text):
        return [text[a:b] for a, b in segment.sentences(text, 0, len(text), [])]

    assert split("J.D. Vance said the talks would go on. Zelensky agreed.") == [
        "J.D. Vance said the talks would go on.", "Zelensky agreed."]
    assert split("The meeting began at 10 a.m. Kyiv time. Putin spoke first.") == [
        "The meeting began at 10 a.m. Kyiv time.", "Putin spoke first."]
    assert split("The strike came at 5 p.m. The ministry said so.") == ["The strike came at 5 p.m.", "The ministry said so."]
    assert split("They met at the U.N. The meeting was short.") == ["They met at the U.N.", "The meeting was short."]


def test_an_unnamed_sources_quote_goes_on_past_a_clause_about_him():
    text = ('Shmyhal said last week the contracts had attracted "thousands" of recruits.\n\n'
            '"We need people who want to fight," said one battalion commander near Kostiantynivka, who asked not to '
            'be named because he was not authorised to speak to the media. "The contract is a good idea. But it is late."')
    table = _quotes(text, "2026-06-12")
    assert table["speaker"].iloc[1] == table["speaker"].iloc[2] != "Denys Shmyhal"
    assert table["attribution"].iloc[2] == "continuation"


def test_a_dateline_in_upper_and_lower_case_before_a_quote_leaves_it_direct():
    for line in ("Kyiv, 14 April 2026 – “The enemy is regrouping,” Syrskyi said.",
                 "Kyiv (Reuters) – “The enemy is regrouping,” Syrskyi said.",
                 "KYIV (Reuters) - “The enemy is regrouping,” Syrskyi said."):
        assert _quotes("Title\n\n" + line)["kind"].tolist() == ["direct"], line


def test_live_blog_navigation_embeds_separators_and_link_headings_are_cleaned_out():
    text = ("Live: war\n\nKey events\n\nShow key events only\n\nPlease turn on JavaScript to use this feature\n\n"
            "[embedded content]\n\nShare\n\n___\n\nRelated Coverage\n\nShare this article, he said.\n\nThe minister spoke.")
    assert corpus.from_text(text)["text"].iloc[0] == "Live: war\n\nShare this article, he said.\n\nThe minister spoke."


def test_a_stray_opening_mark_opens_no_quote_but_a_long_quotation_goes_on():
    stray = ("Title\n\nRussia said it had withdrawn its troops. “The statement, which offered the first official "
             "confirmation, came late on Friday.\n\nUkraine said its forces had entered the city.")
    assert _quotes(stray, "2022-11-12").empty
    long = ("Title\n\n“Every night they test us,” the president said. “Every night we hold.\n\n"
            "Watch: how air defence works\n\n“We need more systems.\n\nOur partners know it,” he said.\n\n"
            "The minister said: “We will stay.")
    assert _quotes(long)["text"].tolist() == ["Every night they test us,", "Every night we hold.",
                                              "We need more systems.", "Our partners know it,", "We will stay."]


def test_bullets_list_numbers_and_clock_stamps_open_the_sentence_after_them():
    text = ("Title\n\nKey points:\n\n• “We will hold every village,” Zelensky said on Monday.\n\n"
            "- “The enemy is exhausted,” Syrskyi said.\n\n* Zelensky: “We will not give up our land.”\n\n"
            "— Putin: “Our goals remain unchanged.”\n\n10:42 — “We shot down 40 drones,” the air force said.\n\n"
            "10.15 BST: Zelensky: “The night was hard.”\n\nUPDATE, 3:15 p.m.: “We are ready,” Peskov told reporters.")
    table = _quotes(text, "2026-06-12")
    assert table["kind"].tolist() == ["direct"] * 7
    assert table["speaker"].tolist() == ["Volodymyr Zelensky", "Oleksandr Syrskyi", "Volodymyr Zelensky",
                                         "Vladimir Putin", "Ukrainian Air Force", "Volodymyr Zelensky", "Dmitry Peskov"]
    assert _quotes("Title\n\nThe talks - “a waste of time,” Peskov said - ended.")["kind"].tolist() == ["partial"]


def test_curly_marks_written_the_wrong_way_round():
    from saidvsdone import segment

    def spans(text):
        return [text[s.start:s.end] for s in segment.quote_spans(text, 0, len(text))]

    assert spans("“We will hold,“ he said.") == ["We will hold,"]
    assert spans("”We will hold,” he said.") == ["We will hold,"]
    assert spans("“He told me ‘never’,” she said.") == ["He told me ‘never’,"]
    assert spans('"He said “no” twice," she said.') == ["He said “no” twice,"]


def test_a_quotation_over_paragraphs_takes_its_speaker_from_its_end_and_keeps_unmarked_paragraphs():
    text = ("Title\n\nZelensky addressed the nation on Monday. “We will not give up.\n\n"
            "Our soldiers hold every metre. They will not pass.\n\nAnd we will win,” he said.")
    table = _quotes(text, "2026-06-12")
    assert table["text"].tolist() == ["We will not give up.", "Our soldiers hold every metre. They will not pass.",
                                      "And we will win,"]
    assert set(table["speaker"]) == {"Volodymyr Zelensky"}
    text = "Title\n\nThe talks ended on Monday.\n\n“We will not give up.\n\n“Our soldiers hold,” Zelensky said."
    assert _quotes(text, "2026-06-12")["speaker"].tolist() == ["Volodymyr Zelensky"] * 2
    text = "Title\n\n“We will not give up.”\n\n“Our soldiers hold,” Zelensky said."
    assert _quotes(text, "2026-06-12")["speaker"].tolist() == ["", "Volodymyr Zelensky"]


def test_a_byline_without_by_near_the_top_is_furniture():
    from saidvsdone import segment

    text = ("Title\n\nPjotr Sauer in Kyiv\n\nShaun Walker in Kyiv and Andrew Roth in Moscow\n\n"
            "Daniel Boffey and Luke Harding\n\nRussia and Ukraine\n\nZelensky in Kyiv said the line held.")
    assert [text[a:b] for a, b in segment.furniture(text, segment.paragraphs(text))] == [
        "Pjotr Sauer in Kyiv", "Shaun Walker in Kyiv and Andrew Roth in Moscow", "Daniel Boffey and Luke Harding"]
    text = ("Russia claims village\n\nPjotr Sauer in Kyiv\n\nRussia's defence ministry said it had taken Stepove. "
            "“The line holds,” he said.")
    assert _quotes(text)["speaker"].tolist() != ["Pjotr Sauer"]
