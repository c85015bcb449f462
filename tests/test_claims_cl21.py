"""Claims on unseen copy (cl21): a written account's finding or estimate ("The assessment by X estimates that …",
"It also finds that …", "The documents that surfaced online estimate that …", "The document, dated …, estimated …"),
"puts gains at", a body named by its one organisation's role, the day a presented account was published, and
the small units and ground of a front-line dispatch (a tree line, a sector held), and a quote's speaker description. Sentences invented."""

import pandas as pd

from saidvsdone import claims, corpus


def _rows(text: str, published: str = "2025-04-08") -> pd.DataFrame:
    return claims.find(corpus.from_text(text, published=published))


def test_account_by_maker_estimates():
    found = _rows("The report by the Kyiv Security Forum estimates that Russia has lost 900 tanks since January.")
    assert len(found) == 1
    assert found.iloc[0]["cue"] == "estimates"


def test_documents_with_relative_clause_estimate():
    found = _rows("The leaked documents that surfaced online last week estimate that Ukraine has trained "
                  "40,000 new troops for the summer.")
    assert len(found) == 1
    assert found.iloc[0]["cue"] == "estimate"
    assert "documents" in found.iloc[0]["speaker"]


def test_document_with_aside_continues_the_named_account():
    found = _rows("A leaked intelligence assessment found that Russian brigades had lost half their tanks. "
                  "The document, dated May 2, estimated that Russian forces had lost 30,000 soldiers in April.")
    assert len(found) == 2
    assert found.iloc[1]["speaker"] == found.iloc[0]["speaker"]


def test_it_also_finds_is_the_voice_before():
    found = _rows("The Institute for the Study of War said on Monday that Russian forces had advanced near Siversk. "
                  "It also finds that Russian units lost 200 armoured vehicles in May.")
    assert len(found) == 2
    assert set(found["speaker"]) == {"Institute for the Study of War (ISW)"}


def test_update_with_aside_says():
    found = _rows("Britain's latest intelligence update, published on Friday, says Russia has lost 1,000 soldiers "
                  "a day this month.")
    assert len(found) == 1


def test_estimates_as_a_noun_is_no_verb():
    found = _rows("Western estimates that Russia has lost 800,000 troops are disputed by Moscow.")
    assert "estimates" not in set(found["cue"])


def test_puts_gains_at():
    found = _rows("DeepState, a mapping project, puts Russia's gains this month at about 500 square kilometres.")
    assert len(found) == 1 and found.iloc[0]["speaker"] == "DeepState"


def test_body_named_by_its_unique_role():
    found = _rows("Britain announced new drones for Ukraine. Defence Intelligence also assesses that Russia is "
                  "recruiting 30,000 soldiers a month.")
    assert found.iloc[-1]["speaker"] == "UK Defence Intelligence" and found.iloc[-1]["cue"] == "assesses"


def test_presented_account_takes_its_day():
    found = _rows("The minister today announced new aid as the government published its latest assessment of the war. "
                  "The assessment by the Kyiv Research Unit estimates that Russia has lost 1,000 tanks this year.")
    row = found[found["cue"] == "estimates"].iloc[0]
    assert str(row["statement_date"].date()) == "2025-04-08"


def test_front_line_dispatch_ground():
    found = _rows("Later, Petro said that his sector had held all week and that the enemy had not taken a single "
                  "tree line.")
    assert len(found) == 1 and found.iloc[0]["claim_type"] == "territory"


def test_leaked_documents_take_the_conventions_label():
    found = _rows("The leaked intelligence documents that surfaced this week estimate that Russia has 30 reserve "
                  "brigades.")
    assert list(found["speaker"]) == ["leaked intelligence assessments"]


def test_quote_with_speaker_description_stays_a_quote():
    found = _rows("“They keep coming at night,” said Ostap, a 30-year-old platoon commander who asked that his "
                  "surname not be used.")
    assert found.empty
    found = _rows("“They keep coming at night,” he said, as he flew a small drone over a treeline.")
    assert found.empty


def test_talks_schedule_is_logistics():
    for text in ("A Kremlin spokesman said talks in Vienna would resume next month at the level of experts.",
                 "The envoy said negotiations with both sides would continue.",
                 "The foreign minister said his country was ready to host talks between the delegations."):
        assert _rows(text).empty, text


def test_talks_stance_stays_a_claim():
    assert len(_rows("Lavrov said Moscow was ready for peace talks.")) == 1
    assert len(_rows("Peskov said talks would continue only if Ukraine withdrew its troops from the four "
                     "regions.")) == 1
