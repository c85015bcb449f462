"""claims.find on headline claims in genres the earlier batches lacked (round 13, hl3: issues 11 and 13; blind batch
hl3, tests/gold/stress/blind19): a newsletter's headings over one-line summaries, a title's outlet name after a bar,
a profile's standfirst ending on a question, a plural group placed by where it is, a fact check's CLAIM: line (body
copy), a wire's FACTBOX- slug, a reading list's two-sentence bullet, a seat of power and a role the body never names
speaking, a bare surname signing a title, a name before a title's dash. Sentences written for these tests, not taken
from any article."""

from __future__ import annotations

from saidvsdone import claims, corpus


def _rows(text, title=None, published="2025-06-25"):
    title = title if title is not None else text.split("\n", 1)[0]
    return claims.find(corpus.from_text(text, published=published, title=title))


def _headline_rows(text, **kw):
    found = _rows(text, **kw)
    return found[found["headline"]]


# --- 1. a newsletter's heading over its one-line summary is two lines, not a hard-wrapped paragraph ------------

_NEWSLETTER = ("Morning Briefing: day two of the summit\n\n"
               "Good morning from Vilnius, where the summit ends today. Here is what you need to know.\n\n"
               "THE FRONT\n\n"
               "Kyiv: Russian assaults near Lyman repelled\n"
               "Ukraine's General Staff said on Tuesday that Russian troops had attacked 40 times near Lyman and had "
               "been stopped.\n\n"
               "Budget deal in sight\n"
               "Finance ministers said they were close to agreeing next year's budget for the alliance's common fund.\n\n"
               "Weather in Vilnius this afternoon\n"
               "Rain is expected in the afternoon, with temperatures around 18 degrees.\n\n"
               "Sign up for the briefing here.")


def test_a_newsletter_heading_is_its_own_line_and_a_headline_claim():
    text = corpus.from_text(_NEWSLETTER).loc[0, "text"]
    assert "\n\nKyiv: Russian assaults near Lyman repelled\n\nUkraine's General Staff said" in text
    found = _rows(_NEWSLETTER)
    heads = found[found["headline"]]
    assert list(heads["text"]) == ["Kyiv: Russian assaults near Lyman repelled"]
    assert list(heads["speaker"]) == ["Ukrainian General Staff"]
    body = found[~found["headline"]]
    assert list(body["text"]) == ["Ukraine's General Staff said on Tuesday that Russian troops had attacked 40 times "
                                  "near Lyman and had been stopped."]


def test_hard_wrapped_copy_is_still_rejoined():
    # (must not change) e-mailed wire copy wrapped at one width keeps its sentences whole
    wrapped = ("Ukraine's General Staff said on Tuesday that Russian troops had\n"
               "attacked 40 times near Lyman and that all of the assaults had been\n"
               "stopped before they reached the town's outer defences.\n\n"
               "The ministry in Moscow said its forces had improved their positions\n"
               "along the whole line of contact in the Kharkiv region overnight.")
    paragraphs = corpus.from_text(wrapped).loc[0, "text"].split("\n\n")
    assert len(paragraphs) == 2 and paragraphs[0].endswith("before they reached the town's outer defences.")


# --- 2. a title's outlet name after a bar is no part of its sentence -------------------------------------------

_REGIONAL_BODY = ("Russian troops have advanced up to 500 metres near the village of Zelenyi Hai over the past week, "
                  "the spokesman of the Southern Defence Forces, Vladyslav Voloshyn, said on Monday.\n\n"
                  "According to Voloshyn, the enemy is attacking in small groups.")


def test_a_title_ending_with_the_outlet_s_name_is_a_headline_claim():
    title = "Enemy advanced up to 500 metres, says Southern Defence Forces spokesman | Zaporizhzhia Herald"
    rows = _headline_rows(title + "\n\n" + _REGIONAL_BODY, published="2025-09-23")
    assert list(rows["speaker"]) == ["Vladyslav Voloshyn"]
    assert list(rows["text"]) == ["Enemy advanced up to 500 metres, says Southern Defence Forces spokesman"]
    assert str(rows["statement_date"].iloc[0].date()) == "2025-09-22"


def test_a_bar_before_words_that_are_no_name_stays_in_the_title():
    # (must not change) "| Ukraine denies" is a second clause, not an outlet; an opinion label before a bar stays one
    title = "Russia claims capture of Zelenyi Hai | Ukraine denies"
    rows = _headline_rows(title + "\n\n" + _REGIONAL_BODY, published="2025-09-23")
    assert set(rows["text"]) == {title}
    opinion = "Opinion | Why the front will hold | The Kyiv Gazette"
    assert _headline_rows(opinion + "\n\n" + _REGIONAL_BODY, published="2025-09-23").empty


def test_says_and_a_surname_the_tables_list_only_in_full_is_the_body_s_person():
    rows = _headline_rows("Enemy advanced up to 500 metres near Zelenyi Hai, says Voloshyn\n\n" + _REGIONAL_BODY,
                          published="2025-09-23")
    assert list(rows["speaker"]) == ["Vladyslav Voloshyn"]
    # (must not change) a surname no body speaker ends with signs nothing
    assert _headline_rows("Enemy advanced up to 500 metres near Zelenyi Hai, says Petrenko\n\n" + _REGIONAL_BODY,
                          published="2025-09-23").empty


# --- 3. a profile's standfirst may end on a question; its role is the colonel the body presents -----------------

_PROFILE = ("PROFILE\n\n"
            "The quiet colonel of Chasiv Yar\n\n"
            "Ukraine's commander in the ruined town says his battalion can hold it until spring. Who is Ihor Dovhan?\n\n"
            "By Olena Savchuk\n\n"
            "Ihor Dovhan rarely gives interviews. The 41-year-old colonel has led his battalion since 2023.\n\n"
            "Dovhan said on Thursday that his battalion still held the western half of the town and could hold it "
            "until spring.\n\n"
            "Ukraine's General Staff said on Friday that 12 Russian assaults had been repelled near the town.")


def test_a_standfirst_ending_on_a_question_is_a_deck_and_its_role_the_body_s_colonel():
    rows = _headline_rows(_PROFILE, title="The quiet colonel of Chasiv Yar", published="2025-11-30")
    assert list(rows["text"]) == ["Ukraine's commander in the ruined town says his battalion can hold it until spring."]
    assert list(rows["speaker"]) == ["Ihor Dovhan"]


def test_a_headline_commander_the_body_names_speaking_stays_the_commander_in_chief():
    # (must not change) the commander-in-chief who speaks in the body by name keeps the headline's role
    text = ("Ukraine's commander says Russian offensive has stalled\n\n"
            "Oleksandr Syrskyi said on Tuesday that the Russian offensive near Pokrovsk had stalled.\n\n"
            "A battalion commander, Ihor Dovhan, said his unit had held its positions near the town.")
    rows = _headline_rows(text, published="2025-06-25")
    assert list(rows["speaker"]) == ["Oleksandr Syrskyi"]


# --- 4. a plural group placed by where it is ("commanders on the river") speaks in a deck ----------------------

def test_a_plural_group_with_a_place_after_it_speaks():
    text = ("The long war for the river\n\n"
            "Russia says its campaign has brought Kupiansk within reach. Ukrainian commanders on the river insist the "
            "town will not fall.\n\n"
            "By Anna Kravets\n\n"
            "Russia's Defence Ministry said on Thursday that its troops had entered Kupiansk.\n\n"
            "Colonel Petro Hnatiuk, who commands a brigade on the river, said the town would not fall.")
    rows = _headline_rows(text, title="The long war for the river", published="2025-09-14")
    assert "Ukrainian commanders on the river insist the town will not fall." in list(rows["text"])


def test_a_plural_group_s_place_is_not_read_without_a_verb():
    # (must not change) "commanders on the river" with no headline verb after them say nothing
    text = ("Ukrainian commanders on the river and the long wait\n\n"
            "Russia's Defence Ministry said on Thursday that its troops had entered Kupiansk.")
    assert _headline_rows(text, published="2025-09-14").empty


# --- 5. a fact check's CLAIM: line is the body's (no title, deck or standfirst); its RATING and VERDICT lines are
# the outlet's own words --------------------------------------------------------------------------------------

_FACT_CHECK = ("FACT CHECK\n\n"
               "Has Russia taken Kupiansk?\n\n"
               "CLAIM: Russia's top general says Kupiansk is fully under Russian control.\n\n"
               "RATING: FALSE\n\n"
               "VERDICT: Footage filmed since then shows Ukrainian soldiers in the centre of the town.\n\n"
               "By Jonas Weber\n\n"
               "On November 20, Russia's chief of the general staff, Valery Gerasimov, told Vladimir Putin that Russian "
               "troops had taken full control of Kupiansk.\n\n"
               "We examined nine videos filmed in the town after November 20.")


def test_a_fact_check_s_claim_line_is_a_body_claim_and_its_verdict_no_claim():
    # (must not change) the box's CLAIM: line is copy of the page, not a headline; the verdict is the outlet's
    found = _rows(_FACT_CHECK, title="Has Russia taken Kupiansk?", published="2025-11-24")
    claim_line = found[found["text"].str.contains("top general")]
    assert len(claim_line) == 1 and not claim_line["headline"].iloc[0]
    assert not found["text"].str.contains("VERDICT|RATING|Footage").any()


# --- 6. a wire's slug before its subject is furniture, not a speaker --------------------------------------------

def test_a_factbox_slug_is_no_speaker():
    text = ("FACTBOX-Kostiantynivka: what each side says about the battle\n\n"
            "Russia's Defence Ministry said on Oct. 4 that its forces had captured a village on the town's approaches.")
    found = _rows(text, published="2025-10-06")
    assert found[found["headline"]].empty
    assert list(found["speaker"]) == ["Russian Defence Ministry"]


def test_a_colon_label_with_a_hyphen_that_is_no_slug_still_speaks():
    # (must not change) a hyphenated speaker before a colon ("Moscow-installed governor: …") keeps speaking
    text = ("Moscow-installed governor: Russian troops took two villages near Kupiansk\n\n"
            "The Moscow-installed governor of the region, Vitaly Ganchev, said on Monday that Russian troops had taken "
            "two villages near Kupiansk.")
    rows = _headline_rows(text, published="2025-10-07")
    assert len(rows) == 1


# --- 7. a reading list's bullet that teases its story in two sentences is a headline line ------------------------

def test_a_two_sentence_reading_list_bullet_is_a_headline():
    text = ("Briefing: the front this week\n\n"
            "Ukraine's General Staff said on Tuesday that 40 Russian assaults had been repelled near Lyman.\n\n"
            "WHAT WE'RE READING\n\n"
            "• Russia says it took 1,200 sq km in the spring. Our data team checks the claim\n"
            "• Why Moscow is betting on a long war\n\n"
            "Sign up here.")
    found = _rows(text, published="2025-06-25")
    heads = list(found[found["headline"]]["text"])
    assert len(heads) == 1 and heads[0].endswith("Russia says it took 1,200 sq km in the spring.")
    assert found[~found["headline"]]["text"].str.contains("1,200").sum() == 0


def test_a_bulleted_full_sentence_stays_the_body_s():
    # (must not change) a briefing's bullet of full sentences with a closing stop is body copy
    text = ("Ukraine war briefing\n\n"
            "• Russia's military said on Thursday that its forces had captured the town of Siversk. Kyiv denied it.\n\n"
            "• The EU agreed to extend sanctions for six months.")
    found = _rows(text, published="2025-12-12")
    rows = found[found["text"].str.contains("Siversk")]
    assert len(rows) == 1 and not rows["headline"].iloc[0]


# --- 8. a seat of power silent in the body is its spokesman --------------------------------------------------

def test_a_kremlin_heading_is_the_body_s_spokesman():
    text = ("Summit Briefing\n\n"
            "Good morning from Vilnius. Here is what you need to know.\n\n"
            "Kremlin: offensive proceeding \"according to plan\"\n"
            "Dmitry Peskov said on Tuesday that the Russian army was advancing along the whole front line.\n\n"
            "Sign up here.")
    rows = _headline_rows(text, published="2025-06-25")
    assert list(rows["speaker"]) == ["Dmitry Peskov"]


def test_a_kremlin_title_over_the_kremlin_s_own_words_stays_the_kremlin():
    # (must not change) the seat speaking in the body itself keeps its own label
    text = ("Kremlin says offensive is going according to plan\n\n"
            "The Kremlin said on Tuesday that the offensive was going according to plan.\n\n"
            "Dmitry Peskov also said the talks had been useful.")
    rows = _headline_rows(text, published="2025-06-25")
    assert list(rows["speaker"]) == ["Kremlin"]


# --- 9. topics of headline copy: breaking a front, a position on the land in dispute ----------------------------

def test_cannot_break_a_front_and_a_position_on_donbas_are_claims():
    body = ("Ukraine's defence minister Denys Shmyhal said on Sunday that Russian troops could not break through in "
            "the east.\n\nKremlin spokesman Dmitry Peskov said on Sunday that Russia still demanded that Ukraine "
            "withdraw from the Donetsk region.")
    rows = _headline_rows("Russia 'cannot break' eastern front, Ukraine's defence minister tells BBC\n\n" + body,
                          published="2026-01-19")
    assert list(rows["speaker"]) == ["Denys Shmyhal"]
    rows = _headline_rows("Kremlin: no change in Russia's position on Donbas\n\n" + body, published="2026-01-19")
    assert list(rows["speaker"]) == ["Dmitry Peskov"]


def test_a_break_or_a_position_with_no_war_in_it_is_no_claim():
    # (must not change) a coffee break and a position on a pay deal say nothing about the war
    body = "The minister said on Sunday that the talks had gone well."
    assert _headline_rows("Ministers take a short break, spokesman says\n\n" + body, published="2026-01-19").empty
    assert _headline_rows("Union sets out its position on pay, spokesman says\n\n" + body,
                          published="2026-01-19").empty


# --- 10. a person named before a title's first dash speaks, as before a colon ----------------------------------

_DASH_BODY = ("Oleksandr Syrskyi said on Tuesday that Russian forces had failed to take Pokrovsk.\n\n"
              "Russia's Defence Ministry said on Tuesday that its troops had captured a village near Kupiansk.")


def test_a_name_before_a_title_s_dash_is_its_speaker():
    rows = _headline_rows("Syrskyi — Russia failed to take Pokrovsk\n\n" + _DASH_BODY, published="2026-01-14")
    assert list(rows["speaker"]) == ["Oleksandr Syrskyi"]


def test_a_place_or_a_whole_quote_after_a_title_s_dash_is_no_claim():
    # (must not change) a place before the dash names no one; a whole quote after it is no claim (3.2)
    assert _headline_rows("Pokrovsk — the battle that defined a year\n\n" + _DASH_BODY, published="2026-01-14").empty
    assert _headline_rows("Syrskyi — «The enemy has lost the initiative»\n\n" + _DASH_BODY,
                          published="2026-01-14").empty


# --- 11. a profile's title describing the person after a colon states nothing ------------------------------------

_PROFILE_BODY = ("Oleksandr Syrskyi said on Sunday that Russian forces had lost 2,000 troops near Kupiansk.\n\n"
                 "Russia's Defence Ministry said on Sunday that its troops had taken a village near Kupiansk.")


def test_a_colon_before_a_description_of_the_person_is_no_claim():
    assert _headline_rows("Syrskyi: the general who held Kharkiv\n\n" + _PROFILE_BODY, published="2026-01-19").empty


def test_a_colon_before_a_statement_with_a_relative_clause_is_still_a_claim():
    # (must not change) "the enemy who attacked X has lost …" states something after the colon
    rows = _headline_rows("Syrskyi: the enemy who attacked Kupiansk has lost 2,000 troops\n\n" + _PROFILE_BODY,
                          published="2026-01-19")
    assert list(rows["speaker"]) == ["Oleksandr Syrskyi"]
