"""Round 25's final read (rv25): the bugs and folds it listed, each checked on invented sentences (not taken from
any article). Each helper names its tests after itself (``test_rv25fixc_…``)."""

from __future__ import annotations

from test_headlines_hl8 import _headlines as _headlines_of


# --- B1: a possessive before a noun of the person's words still labels a speaker (rv25fixc) -----------------------

def _rv25fixc_headline(title: str, body: str) -> list:
    rows = _headlines_of(title + "\n\nBy Lena Korr\n\n" + body, "2025-06-06")
    return rows[["speaker", "text"]].values.tolist()


_RV25FIXC_PUTIN = "President Vladimir Putin said on Friday that Russian troops would stay near Orlivka."


def test_rv25fixc_a_possessed_warning_or_message_labels_its_owner():
    for noun in ("warning", "message", "ultimatum", "vow"):
        title = f"Putin's {noun}: Russian troops will not leave Orlivka"
        assert _rv25fixc_headline(title, _RV25FIXC_PUTIN) == [["Vladimir Putin", title]]


def test_rv25fixc_a_possessed_topic_leaves_the_clause_after_its_colon_its_own_speaker():
    title = "Prigozhin's gamble: Wagner says its men took Orlivka"
    body = "Yevgeny Prigozhin, the head of the Wagner group, said on Friday that his men had taken Orlivka."
    assert _rv25fixc_headline(title, body) == [["Yevgeny Prigozhin", title]]
    # (a topic with no speaking clause after it still gives nothing)
    assert _rv25fixc_headline("Koval's farewell: troops salute their old commander", _RV25FIXC_PUTIN) == []


# --- B2, B3: "cut off" only of a unit or a place; "change the outcome" only of the war (rv25fixc) -----------------

def _rv25fixc_topics(said: str) -> list:
    from saidvsdone import claims, corpus
    found = claims.find(corpus.from_text("Notes from the region\n\nBy Lena Korr\n\nThe governor said on Monday that "
                                         + said, published="2025-06-06"))
    return [set(t.split("|")) for t in found[~found["headline"]]["topics"]]


def test_rv25fixc_supplies_cut_off_are_no_territory():
    assert _rv25fixc_topics("electricity was cut off to 40,000 homes.") == []
    assert _rv25fixc_topics("gas supplies had been cut off in three districts.") == []
    assert any("territory" in t for t in _rv25fixc_topics("the Dolynka garrison is cut off."))


def test_rv25fixc_the_outcome_of_a_vote_is_no_pace():
    assert _rv25fixc_topics("the court ruling would not change the outcome of the vote.") == []
    assert _rv25fixc_topics("the new tanks would not change the outcome of the war.") == [{"pace"}]


# --- B4–B6: facts (rv25fixc) ---------------------------------------------------------------------------------------

def _rv25fixc_facts(sentence: str) -> list:
    from saidvsdone import corpus, facts
    found = facts.extract(corpus.from_text("Notes from the front\n\nBy Lena Korr\n\n" + sentence,
                                           published="2025-06-06"))
    return found[["phrase", "actor", "change", "category", "modality"]].to_dict("records")


def test_rv25fixc_a_second_that_clause_keeps_its_own_modal_after_the_figure():
    rows = _rv25fixc_facts("Officials warned that Russia could take 300 square kilometres and that 20 villages "
                           "would fall by June.")
    villages = [r for r in rows if r["phrase"] == "20 villages"]
    assert villages and villages[0]["modality"] == "hypothetical"
    # (a second clause with no modal of its own is still a fact: fa35)
    rows = _rv25fixc_facts("Officials said about 280,000 reservists would be called up and that 6,120 soldiers had "
                           "been killed.")
    assert [r["modality"] for r in rows if r["phrase"] == "6,120 soldiers"] == [""]


def test_rv25fixc_a_length_away_inside_the_verbs_phrase_is_its_depth():
    rows = _rv25fixc_facts("Its troops pushed Russian forces back 2.5 km away from Orlivka, the General Staff said.")
    assert [r["change"] for r in rows if "2.5 km" in r["phrase"]] == ["gain"]
    # (after a comma it is where a place lies: fa35)
    rows = _rv25fixc_facts("The bridgehead gave Ukraine a platform to push north towards the region, about 30 km "
                           "away.")
    assert all(r["change"] not in ("gain", "loss") for r in rows if "30 km" in r["phrase"])


def test_rv25fixc_a_passive_push_is_no_gain_of_its_subject():
    rows = _rv25fixc_facts("Russian troops were pushed about 3 km east of the river, the Ukrainian General Staff said.")
    assert [r["change"] for r in rows if "3 km" in r["phrase"]] == ["distance"]
    rows = _rv25fixc_facts("Ukrainian troops pushed about 3 km east of the river, the General Staff said.")
    assert [r["change"] for r in rows if "3 km" in r["phrase"]] == ["gain"]


def test_rv25fixc_defenders_cut_off_and_the_course_of_an_operation_stay_war_content():
    assert any("territory" in t for t in _rv25fixc_topics(
        "the town's defenders had been practically cut off from supplies for weeks."))
    assert any("pace" in t for t in _rv25fixc_topics(
        "the new rockets would not change the course of what Moscow calls its special military operation."))


def test_rv25fixc_an_intention_after_the_figure_is_no_what_if_of_a_second_clause():
    rows = _rv25fixc_facts("The spokesman added that the retreat had been orderly and that Russian troops had lost "
                           "about 300 soldiers while trying to cut the road.")
    assert [r["modality"] for r in rows if "300" in r["phrase"]] == [""]


# --- F1: one chain resolves a headline's subject and a coordinated opening subject (rv25fixc) ---------------------

def test_rv25fixc_the_opening_subject_before_and_says_uses_the_subject_chain():
    body = ("Russia's defence ministry said on Monday that its forces had repelled a large Ukrainian attack near "
            "Orlivka.\n\nUkraine's southern command said on Monday that its units had advanced near Orlivka.")
    rows = _headlines_of("Moscow accuses Kyiv and says its troops repelled a raid near Orlivka\n\nBy Lena Korr\n\n"
                         + body, "2025-06-03")
    assert list(rows["speaker"]) == ["Russian Defence Ministry"]
    from saidvsdone.claims import _headlines
    source = open(_headlines.__file__, encoding="utf-8").read()

    def body_of(name):
        return source.split(f"def {name}", 1)[1].split("\ndef ", 1)[0]
    # since hl12 (round 26) through _opening_voice, which reads the first verb's voice first, else the same chain
    coordinated = body_of("_headline_coordinated_subject")
    assert "_headline_subject_mention(" in coordinated or (
        "_opening_voice(" in coordinated and "_headline_subject_mention(" in body_of("_opening_voice"))


# --- F2: the bare body's "said … that it" reads the institution_verb rows (rv25fixc) ------------------------------

def test_rv25fixc_a_bare_bodys_said_that_reads_the_institution_verbs():
    from saidvsdone import vocab
    verbs = set(vocab.table("fact_cues").query("cue == 'institution_verb'")["word"])
    assert {"said", "announced", "wrote", "reports"} <= verbs
    for verb in ("said", "announced"):
        rows = _rv25fixc_facts("The General Staff said on Monday that Russia had lost 800 troops over the past day.\n\n"
                               f"The Air Force {verb} the same morning that it had shot down 20 of the 25 drones "
                               "launched by Russia overnight.")
        assert [r["actor"] for r in rows if r["phrase"].startswith("20")] == ["Ukraine"]


# --- F3: one change_verb list of data/fact_cues.csv read by every pattern of a rise or a fall (rv25fixc) ----------

def test_rv25fixc_every_rise_or_fall_pattern_reads_the_change_verb_rows():
    from saidvsdone.facts import numeric, quantities
    from saidvsdone.facts.words import cue_alternation
    verbs = cue_alternation("change_verb")
    assert "doubled" in verbs and "soared" in verbs
    for pattern in (numeric.GREW_BY_TO, quantities.MOVED_SUBJECT):
        assert verbs in pattern.pattern
    assert numeric.GREW_BY_TO.search("losses fell by a third to ")
    assert quantities.MOVED_SUBJECT.match("Drone launches soared: ")
