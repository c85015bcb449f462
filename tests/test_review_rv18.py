"""Review of round 17 as merged (rv18): mechanisms sk29, sk30 and cl20 built for the same misses. A deck's plural role
is resolved once (sk29's ``claims._headlines._headline_plural_holder``; sk30's copy removed); a headline whose body
relays its chief needs both the speech layer's quote reading (sk29) and the claims' act list (cl20): they read
different things. Every sentence is invented."""

from __future__ import annotations

from saidvsdone import claims, corpus, quotes


def _article(title: str, body: str, published: str = "2025-04-10"):
    return corpus.from_text(title + "\n\n" + body, published=published, title=title)


def _headline_speakers(title: str, body: str) -> list[str]:
    found = claims.find(_article(title, body))
    return sorted(found[found["headline"]]["speaker"])


# --- pair 1: a deck's plural role is the one body speaker holding it --------------------------------------------------

def test_her_commanders_deck_is_the_one_commander_quoted_profile():
    title = "A nurse who stayed behind"
    body = ("Her commanders say her unit evacuated 400 wounded men from the town in March\n\n"
            "Olha Rud, 31, was killed on April 2. Her company commander, Captain Taras Bilyk, told the paper that the "
            "unit had evacuated 400 wounded men from the town in March.")
    found = claims.find(_article(title, body))
    deck = found[found["text"].str.contains("400 wounded", regex=False) & found["headline"]]
    assert list(deck["speaker"]) == ["Taras Bilyk"]


def test_sided_officers_deck_stays_the_sides_military():
    # must not change: a side's group (not a bare or possessed plural role) keeps the side-voice reading
    title = "Russian officers say the bridgehead near Krynky is lost"
    body = "Ukrainian troops shelled the bank on Monday, the Ukrainian navy said."
    assert _headline_speakers(title, body) == ["Russian Defence Ministry"]  # (countries.csv speaks_as_military)


# --- pair 3: the body relaying its chief, in the quote table and in the claims table --------------------------------

def test_chief_relayed_by_his_office_in_both_tables():
    title = "Lukashenko tells Orban the deal must respect 'the new borders', Minsk says"
    body = ("Belarusian President Alexander Lukashenko told Hungarian Prime Minister Viktor Orban on Tuesday that a "
            "deal would have to respect the new borders, his office said.")
    table = quotes.extract(_article(title, body))
    rows = table[table["text"].str.contains("the new borders", regex=False)]
    assert set(rows["speaker"]) == {"Alexander Lukashenko"}  # the speech layer (sk29)
    assert _headline_speakers(title, body) == ["Alexander Lukashenko"]  # the claims' act list (cl20)
