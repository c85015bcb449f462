"""Who said it, on everyday copy (sk37, round 23, issue 13). Five mechanisms, each with a case that must not change:

- a body's abbreviation in brackets right after its name ("Ukraine's Security Service (SBU)") is one mention of the
  body, and no word of an unnamed subject that ends on it: "a source in Ukraine's Security Service (SBU) told …" is
  that body's source (unnamed), not the body, and "the source" later is the same source;
- an inverted verb, one to three lower-case words and a full name ("said war correspondent A B") is that person's
  speech: the words are the person's descriptor, not part of the label;
- a body the article writes without its country ("the Defence Ministry said") is the one whose spokesperson of the
  tables it titles with the same words anywhere ("Defence Ministry spokesman Igor Konashenkov said …");
- "said a nurse who works at …": an unnamed person before a relative clause without a comma after an inverted verb
  speaks (the quote had no speaker);
- a force named with its nationality keeps it ("the Russian Volunteer Corps" → ``Russian Volunteer Corps``), and a
  monitoring group's name ending on "Watch" keeps that word ("Reservist Watch", ``speech_words.csv``).

Every sentence below is invented.
"""

from __future__ import annotations

from test_speakers_sk30 import claim_speaker, quote_speaker


def test_a_source_in_a_body_with_its_abbreviation_is_the_bodys_source():
    text = ("Drones hit a fuel depot near Bryansk\n\n"
            "A source in Ukraine's Security Service (SBU) told the Courier on Tuesday that the agency had carried out "
            "the strike on the depot.\n\n"
            "“Every depot that fuels the invasion is a target,” the source said.")
    label = "Ukrainian Security Service (SBU) source (unnamed)"
    assert claim_speaker(text, "carried out the strike") == label
    assert quote_speaker(text, "Every depot") == label


def test_the_body_with_its_abbreviation_still_speaks_as_the_body():
    text = ("Drones hit a fuel depot near Bryansk\n\n"
            "Ukraine's Security Service (SBU) said on Tuesday that its drones had struck the depot overnight.")
    assert claim_speaker(text, "struck the depot") == "Ukrainian Security Service (SBU)"


def test_a_descriptor_before_a_name_after_the_verb_is_no_part_of_the_speaker():
    text = ("Road to the front cut again\n\n"
            "“The road was always hard to hold,” said war correspondent Pavel Sorokin, who has covered the front since "
            "spring.\n\n"
            "“Nobody sleeps here any more,” said volunteer medic Olha Kravets.")
    assert quote_speaker(text, "hard to hold") == "Pavel Sorokin"
    assert quote_speaker(text, "Nobody sleeps") == "Olha Kravets"


def test_an_inverted_role_phrase_without_a_name_stays_unnamed():
    text = ("Road to the front cut again\n\n"
            "“The road was always hard to hold,” said a local farmer, who did not give his name.")
    assert quote_speaker(text, "hard to hold") == "local farmer (unnamed)"


def test_a_bare_defence_ministry_is_the_one_whose_spokesman_the_article_titles():
    text = ("Villages taken near Lysychansk\n\n"
            "Russian forces have taken two more villages near the city, Defence Ministry spokesman Igor Konashenkov "
            "said at a briefing on Friday.\n\n"
            "Ukrainian Defence Minister Oleksii Reznikov said on Monday that Russia had paid a terrible price.\n\n"
            "On Thursday the Defence Ministry said Russian troops had left a small island in the Black Sea.")
    assert claim_speaker(text, "left a small island") == "Russian Defence Ministry"


def test_without_a_titled_spokesman_the_ministers_body_still_answers():
    text = ("MOSCOW, March 3. Defence Minister Sergei Shoigu said on Monday that Russian troops had taken the village "
            "of Lastochkino. The Defence Ministry said Ukrainian losses over the week had reached 1,900 troops.")
    assert claim_speaker(text, "losses over the week") == "Russian Defence Ministry"


def test_a_force_named_with_its_nationality_keeps_it():
    text = ("Fighting inside the border region\n\n"
            "The Russian Volunteer Corps said on Tuesday that its fighters had taken control of a village near the "
            "border.")
    assert claim_speaker(text, "taken control of a village") == "Russian Volunteer Corps"


def test_the_ukrainian_navy_still_reads_as_before():
    text = ("Ships hit in the Black Sea\n\n"
            "The Ukrainian Navy said on Tuesday that its drones had hit a Russian landing ship near the coast.")
    assert claim_speaker(text, "landing ship") == "Ukrainian Navy"


def test_a_monitoring_group_named_watch_keeps_the_word():
    text = ("Pace of advance slows\n\n"
            "A Finnish open-source group, Frontline Watch, said in a report on Tuesday that Russian forces had taken 14 "
            "villages in October.")
    assert claim_speaker(text, "taken 14 villages") == "Frontline Watch"


def test_an_unnamed_person_with_a_relative_clause_after_an_inverted_verb_speaks():
    text = ("Shelling resumes across the river\n\n"
            "“We sleep in the cellar now,” said a nurse who works at the city hospital.")
    assert quote_speaker(text, "We sleep in the cellar") == "nurse (unnamed)"


def test_a_comma_before_the_relative_clause_reads_as_before():
    text = ("Shelling resumes across the river\n\n"
            "“We sleep in the cellar again,” said one resident, who did not want her name used.")
    assert quote_speaker(text, "We sleep in the cellar") == "resident (unnamed)"
