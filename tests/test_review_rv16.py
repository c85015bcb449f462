"""Review of round 15 as merged (rv16): where sk26 (speakers) and cl18 (claims) built one mechanism twice, the speech
layer's rule serves and claims read its label. These tests pin the kept rule on the shapes the removed copy covered.
Sentences invented for these tests."""

from __future__ import annotations

from saidvsdone import claims, corpus, document


def acts(text: str, published: str = "2025-03-10") -> list[tuple[str, str]]:
    doc = next(document.documents(corpus.from_text(text, published=published)))
    return [(a.cue.text, a.speaker.speaker) for a in doc.speech.acts]


def headline_speakers(title: str, text: str, published: str = "2025-03-20") -> list[str]:
    found = claims.find(corpus.from_text(title + "\n\n" + text, published=published, title=title))
    return [row.speaker for row in found.itertuples() if row.headline]


# --- 1. members of a legislature: one table (speech_words.csv legislator_noun), one rule (the speech layer) ----------

def test_a_headlines_parliamentarians_are_the_committee_the_body_quotes():
    title = "Parliamentarians warn Ukraine could lose more ground without faster shell deliveries"
    text = ("The Commons Defence Committee said in a report on Thursday that Ukraine risked losing more territory in "
            "the east this year.")
    assert headline_speakers(title, text) == ["Commons Defence Committee"]


def test_parliamentarians_with_no_committee_are_a_group_not_a_name():
    # must not change: the members alone are nobody's name
    assert acts("Parliamentarians said on Monday that the army was short of shells.")[0][1] == ""


def test_the_member_body_group_is_gone_from_claim_words():
    from saidvsdone import vocab
    assert "member_body" not in vocab.CLAIM_WORD_GROUPS
    assert "parliamentarians" in {w.lower() for w in vocab.speech_words()["legislator_noun"]}


# --- 2. "The channel wrote that …": the outlet named before is the speech layer's (sk26); claims read its label ---------

def test_the_outlets_noun_is_resolved_by_the_speech_layer_itself():
    text = ("“Marsh Lantern”, a pro-war channel with about 40,000 followers (Sunday):\n\n"
            "The channel wrote that Russian units had captured 6 square kilometres near Lyman.")
    assert acts(text)[-1] == ("wrote", "Marsh Lantern")


def test_a_channel_never_named_stays_unnamed():
    # must not change: no name was apposed to the noun, so the channel is nobody the article named
    text = ("Russian units pressed on near Lyman on Sunday.\n\n"
            "The channel wrote that Russian units had captured 6 square kilometres near Lyman.")
    assert all(speaker == "" for _, speaker in acts(text))


# --- 3. an indefinite deck voice is the body's person introduced by that noun: the speech layer's (sk26) ---------------

def test_a_decks_indefinite_voice_is_resolved_by_the_speech_layer_itself():
    text = ("A nurse just back from Kurakhove says the road is under drone fire\n\n"
            "We spoke to Dnipro-based nurse Olena Marchuk on Friday.\n\n"
            "Marchuk says Russian drones now reach the road about 10 kilometres west of the town.")
    assert acts(text)[0] == ("says", "Olena Marchuk")


def test_a_decks_voice_with_two_candidates_stays_unnamed():
    # must not change: two nurses introduced, neither is the deck's
    text = ("A nurse just back from Kurakhove says the road is under drone fire\n\n"
            "We spoke to nurse Olena Marchuk and nurse Iryna Tkach on Friday.\n\n"
            "Marchuk says Russian drones now reach the road. Tkach says the town is surrounded on three sides.")
    assert acts(text)[0][1] == ""


# --- 5. a label line ending in its colon says nothing itself: one rule (claims._stage._kept_acts, sk26) ----------------

def _body_speakers(text: str) -> list[str]:
    found = claims.find(corpus.from_text("Front roundup\n\n" + text, published="2025-03-20", title="Front roundup"))
    return [row.speaker for row in found.itertuples() if not row.headline]


def test_a_label_line_with_two_asides_before_its_colon_is_no_claim():
    text = ("Rustam Beklov, commander of the Vostok special forces, on Telegram, Friday:\n\n"
            "“The enemy keeps sending reserves to Belgorod.”")
    assert _body_speakers(text) == []


def test_a_label_with_its_content_on_the_same_line_stays_a_claim():
    # must not change: the colon's own words follow on its line
    text = ("Apti Alaudinov, commander of the Akhmat special forces (Friday): Russian troops pushed the enemy back "
            "3 kilometres from Tetkino.")
    assert _body_speakers(text) == ["Apti Alaudinov"]


# --- 6. a headline group's quoted words: the claim takes the speaker the speech layer gives those quotes (sk26) --------

def _claim_and_quote_speakers(title: str, text: str):
    articles = corpus.from_text(title + "\n\n" + text, published="2025-03-20", title=title)
    doc = next(document.documents(articles))
    quoted = {doc.text[q.span.start:q.span.end]: r.speaker for q, r in zip(doc.quotes, doc.speech.quotes)}
    return headline_speakers(title, text), quoted


def test_a_headline_groups_claim_and_its_quote_share_one_speaker():
    title = "Pro-war bloggers say the push on Siversk is going 'better than anyone hoped'"
    text = ("“Night Owl”, a pro-Kremlin channel (Monday):\n\nThe channel wrote that Russian units near Siversk were "
            "advancing “better than anyone hoped” and were 4 kilometres from the town.")
    claimed, quoted = _claim_and_quote_speakers(title, text)
    assert claimed == ["Night Owl"] and quoted["better than anyone hoped"] == "Night Owl"


def test_a_headline_groups_quote_nobody_wrote_keeps_the_group():
    # must not change: no body voice wrote the words, so no one is named for the group
    title = "Pro-war bloggers say the push on Siversk is going 'better than anyone hoped'"
    text = "Ruslan Gadzhiev, a Russian commander, said Russian troops had taken two villages near Siversk."
    claimed, _ = _claim_and_quote_speakers(title, text)
    assert "Ruslan Gadzhiev" not in claimed
