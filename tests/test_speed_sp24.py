"""sp24 (issue 17): fast paths that must give exactly what the code they replace gave, on invented sentences."""

from __future__ import annotations

from saidvsdone import document
from saidvsdone.claims import _stage
from saidvsdone.facts import qualitative, read_article
from saidvsdone.facts.context import word_tokens
from saidvsdone.facts.places import place_mentions

_TEXTS = [
    "Russian troops captured Marivka and advanced near Pokrovsk, the ministry said.",
    "Ukrainian forces liberated Dovhenke on Tuesday. They pushed back from Kreminna and took Zarichne.",
    "The army withdrew from Tsybulivka; fighting went on near the village of Hlyboke in the Kharkiv region.",
    "Troops seized Holubivka, entered Stelmakhivka and retook ’Nadiia’ overnight. A stray dog crossed the square.",
    "",
]


def _old_candidates(ctx) -> list:
    """``qualitative._candidates`` written plainly: one lookup per word (sp24 measured a ``map``/``compress`` form of it
    twice as slow as the memoised loop on Python 3.11, and kept the loop)."""
    triggers = ctx.v.triggers
    seen: dict = {}
    found = []
    for w in ctx.words:
        word = w[2]
        if word not in seen:
            seen[word] = triggers.get(word.lower().replace("’", "'")) or None
        if seen[word] is not None:
            found.append((w[0], seen[word]))
    return found


def test_trigger_candidates_as_the_word_loop_gave():
    for text in _TEXTS:
        ctx = read_article("x", text, None, document.build("x", text))
        assert qualitative._candidates(ctx) == _old_candidates(ctx)
    ctx = read_article("x", _TEXTS[1], None, document.build("x", _TEXTS[1]))
    assert [a for a, _ in qualitative._candidates(ctx)] == [17, 53, 83]  # liberated, pushed, took


def test_verb_places_as_the_word_loop_gave():
    # (the names after a gain or loss verb: read at the words the verbs' table opens with)
    found = {text: [(p.start, p.end, p.place, p.kind) for p in place_mentions(text, word_tokens(text), [])]
             for text in _TEXTS}
    assert found[_TEXTS[0]] == [(24, 31, "Marivka", "as written"), (50, 58, "Pokrovsk", "city")]
    assert (27, 35, "Dovhenke", "as written") in found[_TEXTS[1]]
    assert (88, 96, "Zarichne", "as written") in found[_TEXTS[1]]
    assert [p[2] for p in found[_TEXTS[3]]] == ["Holubivka", "Stelmakhivka"]
    assert found[""] == []


def test_claims_steps_keep_a_sentence_without_acts_empty():
    doc = document.build("x", "A stray dog crossed the empty square. Soldiers: nobody spoke?")
    for sentence in doc.sentences:
        assert _stage._speaking_acts(doc, sentence, []) == []
        assert _stage._kept_acts(doc, sentence, [], [], False) == []
        assert _stage._kept_acts(doc, sentence, [], [], True) == []


def test_aliases_by_name_as_the_table_scan_gave():
    from saidvsdone import mentions
    from saidvsdone.speech import _dates
    who = mentions.people()
    index = _dates._aliases_by_name(who)
    for name in set(who.alias_to_name.values()) | {"Nobody In The Tables"}:
        assert index.get(name, []) == [a.lower() for a, n in who.alias_to_name.items() if n == name]
    assert _dates._aliases_by_name(who) is index  # built once per who-is-who
