"""Round 25 review findings (rv25a): each fixed branch or table row reaches the sentences the reviewer found.
Sentences invented for these tests."""

from __future__ import annotations

from saidvsdone import claims, corpus

_BODY_RV25FIXA = ("\n\nBy Lena Korr\n\nThe air force said on Tuesday that it had shot down nine drones over the "
                  "south.\n\nRussian troops captured two villages near the river, the general staff said.")


def _rv25fixa_headline_speakers(title):
    found = claims.find(corpus.from_text(title + _BODY_RV25FIXA, published="2025-03-06"))
    return list(found[found["text"].str.startswith(title)]["speaker"])


def test_rv25fixa_show_of_force_is_no_speaker_but_air_force_is():
    assert "Show of force" not in _rv25fixa_headline_speakers(
        "Show of force: Russian troops capture two villages near the river")
    for title in ("Air force: Russian drones downed over the south",
                  "Ukrainian air force: nine drones downed over the south"):
        assert _rv25fixa_headline_speakers(title), title


def _rv25fixa_claim_speakers(text):
    return list(claims.find(corpus.from_text("Shelling goes on\n\n" + text, published="2025-03-06"))["speaker"])


def test_rv25fixa_his_ministry_is_the_ministry_of_the_printed_office():
    said = (" said on Monday that Russian troops had shelled two villages. His ministry said later that Russian forces "
            "had lost 300 soldiers near the river.")
    assert _rv25fixa_claim_speakers("Defence Minister Denys Shmyhal" + said)[1] == "Ukrainian Defence Ministry"
    assert "Ukrainian Prime Ministry" not in _rv25fixa_claim_speakers("Prime Minister Denys Shmyhal" + said)
    assert _rv25fixa_claim_speakers("Andrii Sybiha" + said)[1] == "Ukrainian Foreign Ministry"


def _rv25fixa_metamorphic():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import metamorphic
    return metamorphic


def test_rv25fixa_side_titles_leaves_a_hyphened_title():
    M = _rv25fixa_metamorphic()
    for before in ("then-", "ex-"):
        text = f"Port reopens\n\nThe talks were organised by {before}President Joe Biden, who said little.\n"
        assert M.side_titles(text, M.Ctx(title="Port reopens")) == [], before


def test_rv25fixa_side_titles_edits_the_title_with_its_body_copy():
    M = _rv25fixa_metamorphic()
    title = "President Volodymyr Zelensky says the port is open"
    text = f"{title}\n\nBy Lena Korr\n\nThe port reopened on Tuesday.\n"
    ctx = M.Ctx(title=title)
    edits = M.side_titles(text, ctx)
    new_text = M.apply_edits(text, edits)[0]
    assert edits and M.apply_edits(title, ctx.title_edits)[0] == new_text.split("\n")[0]
    text, title, _gold, _counts = M.transform_article(text, title, {"published": "2025-03-05"}, [M.side_titles])
    assert text.startswith(title + "\n") and title != "President Volodymyr Zelensky says the port is open"


def test_rv25fixa_place_day_puts_no_warring_capital_and_leaves_a_placed_statement():
    M = _rv25fixa_metamorphic()
    assert "Kyiv" not in M._STATEMENT_PLACES and "Moscow" not in M._STATEMENT_PLACES
    text = ("Port reopens\n\nThe navy said on Tuesday at a news conference in Odesa that the port was open. "
            "The defence ministry said on Monday that it was shut.\n")
    out = M.apply_edits(text, M.place_day(text, M.Ctx(title="Port reopens")))[0]
    assert "said on Tuesday at a news conference in Odesa that" in out
    assert "said on Monday that" not in out and not any(p in out for p in ("Kyiv", "Moscow"))


def test_rv25fixa_own_forces_against_reads_the_force_nouns_table():
    from saidvsdone import vocab
    assert {"navy", "air force", "aircraft", "air defences", "troops"} <= set(vocab.force_nouns("hits_other_side"))
    said = "Drones over the coast\n\nThe Defence Ministry said its {} had {} two {} boats near the coast."
    for noun in ("navy", "air force", "aircraft", "air defences"):
        text = said.format(noun, "destroyed", "Ukrainian")
        assert list(claims.find(corpus.from_text(text, published="2025-03-06"))["speaker"]) == \
            ["Russian Defence Ministry"], noun
    text = said.format("units", "hit", "Russian")
    assert list(claims.find(corpus.from_text(text, published="2025-03-06"))["speaker"]) == \
        ["Ukrainian Defence Ministry"]


def test_rv25fixa_one_opposite_side_for_facts_and_speakers():
    from saidvsdone import vocab
    from saidvsdone.facts import sides
    for side in ("Russia", "Ukraine", "other", ""):
        assert sides.opposite(side) == vocab.opposite(side)
    assert vocab.opposite("Russia") == "Ukraine"
