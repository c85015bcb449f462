"""One vocabulary layer: words several stages share are read from one table through ``saidvsdone.vocab``.

Every sentence here is invented for the test; each test states the rule it checks.
"""

from __future__ import annotations

import re

import pytest

from saidvsdone import mentions, vocab
from saidvsdone.matcher import trie_pattern


def test_formation_words_come_from_armed_units_with_what_each_stage_reads_them_as():
    # data/armed_units.csv, kind "formation": the "uses" column says which reading a word takes part in
    assert set(vocab.formation_words("body")) >= {"brigade", "group", "grouping", "fleet", "command"}
    assert "unit" in vocab.formation_words("force_again") and "unit" not in vocab.formation_words("body")
    assert "navy" in vocab.formation_words("speaker_again") and "navy" not in vocab.formation_words("force_again")
    # longest first, so a longer word is never cut by a shorter one ("grouping" / "group")
    body = vocab.formation_words("body")
    assert body.index("grouping") < body.index("group")


def test_a_kind_of_formation_added_once_is_read_by_every_facts_reading_of_it(tmp_path):
    # one row in your own armed_units.csv: a numbered formation of that kind takes the side in its apposition,
    # and "the detachment" named again is that force
    from saidvsdone import corpus, facts

    text = ("The 12th Coastal Detachment, a Russian unit, has fought near Vuhledar for weeks.\n\n"
            "The detachment advanced 2 km last week, a local channel said.")

    def actors():
        return list(facts.extract(corpus.from_text(text, published="2025-06-01"))["actor"])

    assert actors() == [""]
    (tmp_path / "armed_units.csv").write_text(
        "written,kind,side,note,uses\ndetachment,formation,,,numbered|force_again\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert actors() == ["Russia"]
    finally:
        vocab.use(None)


def test_a_formation_word_makes_a_speaker_a_body_not_a_person():
    assert not mentions.is_person("Kraken special brigade")
    assert mentions.is_person("Oksana Melnyk")


def test_a_formation_word_added_in_a_layered_table_is_read_by_the_stages(tmp_path):
    (tmp_path / "armed_units.csv").write_text(
        "written,kind,side,note,uses\ndetachment,formation,,,body\n", encoding="utf-8")
    assert mentions.is_person("Kraken special detachment")
    vocab.use(tmp_path)
    try:
        assert "detachment" in vocab.formation_words("body")
        assert not mentions.is_person("Kraken special detachment")
    finally:
        vocab.use(None)
    assert mentions.is_person("Kraken special detachment")


@pytest.mark.parametrize("row, message", [
    ("brigade,squad,,,body", "kind 'squad'"),
    ("brigade,formation,,,speaker", "uses 'speaker'"),
])
def test_a_bad_armed_units_row_names_the_file_and_line(tmp_path, row, message):
    (tmp_path / "armed_units.csv").write_text(f"written,kind,side,note,uses\n{row}\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        with pytest.raises(vocab.VocabularyError, match=rf"line 2 .*{message}"):
            vocab.table("armed_units")
    finally:
        vocab.use(None)


def test_who_a_sentence_cites_is_read_by_the_speech_layer_and_facts_need_no_claims_stage():
    # an agency citing a source: the source speaks (the speech layer's reading, which claims and facts share)
    import subprocess
    import sys
    code = ("import sys\n"
            "from saidvsdone import corpus, facts\n"
            "t = facts.extract(corpus.from_text('Russian forces captured 12 square kilometres near Pokrovsk, '\n"
            "    'TASS reported, citing the defence ministry.', published='2025-06-01'))\n"
            "print(t.iloc[0]['speaker'], 'saidvsdone.claims' in sys.modules)\n")
    import os
    from pathlib import Path
    lib = str(Path(__file__).resolve().parents[1] / "lib")
    env = {**os.environ, "PYTHONPATH": lib + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=env).stdout.strip()
    assert out == "Russian Defence Ministry False"


def test_the_table_label_of_a_speaker_and_its_kind_come_from_the_speech_layer():
    from saidvsdone import citing
    assert citing.table_label("Ukraine's general staff") == "Ukrainian General Staff"
    assert citing.speaker_kind("TASS") == "media" and citing.speaker_kind("Nobody Known") == ""


def test_fires_before_a_weapon_of_the_units_table_is_the_verb_to_fire_not_a_blaze():
    # claims read what is fired from data/units.csv (unit missiles, drones or shells), not a second list
    from saidvsdone import claims, corpus
    assert {"kalibrs", "iskanders", "missiles", "uav"} <= vocab.weapon_words()
    for text in ("Barrage\n\nRussia fires nearly 40 Kalibrs at Odesa, the navy says.",
                 "Barrage\n\nRussia fires 30 Iskanders and Kinzhals at Kyiv, the air force says.",
                 "Barrage\n\nRussia fires a Shahed at Sumy, the governor says."):
        found = claims.find(corpus.from_text(text, published="2025-12-20"))
        assert list(found["topics"]) == ["strikes"], text


def test_the_year_of_a_month_named_without_one_is_the_last_up_to_the_article_date():
    # one rule for "in March", "from January to May", "since the beginning of October" and "since May 10"
    import pandas as pd
    from saidvsdone.facts.periods import year_of
    june = pd.Timestamp("2025-06-15")
    assert year_of(3, None, june) == 2025 and year_of(9, None, june) == 2024 and year_of(6, None, june) == 2025
    assert year_of(6, None, june, 20) == 2024 and year_of(6, None, june, 15) == 2025
    assert year_of(9, "2023", june) == 2023 and year_of(9, None, None) is None


def test_the_facts_tables_are_read_through_the_one_vocabulary_layer(tmp_path):
    # a row of your own folder (vocab.use) reaches the facts stage, as it reaches speakers and claims
    from saidvsdone import corpus, facts

    def actors():
        table = facts.extract(corpus.from_text("The Steppe Wolves advanced 2 km near Kreminna.", published="2025-06-01"))
        return list(table["actor"])

    (tmp_path / "armed_units.csv").write_text("written,kind,side,note,uses\nSteppe Wolves,name,Ukraine,,\n",
                                              encoding="utf-8")
    assert actors() == [""]
    vocab.use(tmp_path)
    try:
        assert actors() == ["Ukraine"]
    finally:
        vocab.use(None)
    assert actors() == [""]


def test_the_facts_stage_reads_no_helper_of_the_claims_stage():
    # stages are readers of the shared layers (document, mentions, speech, citing, vocab), not of each other
    from pathlib import Path
    package = Path(__file__).resolve().parents[1] / "lib" / "saidvsdone" / "facts"
    for path in sorted(package.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "saidvsdone.claims" not in text and "import claims" not in text, path.name


# --- who speaks for a country: the speech layer's reading, shared by quotes and claims ----------------------------

_STAGES = ("saidvsdone.quotes", "saidvsdone.claims", "saidvsdone.facts")


def _private_uses(stage_of):
    """(module, name) of every private name (``_x``) one module of the package reads from another module, by the
    ``from M import _x`` and ``M._x`` forms; ``stage_of`` maps a module name to what counts as its home."""
    import ast
    from pathlib import Path
    root = Path(__file__).resolve().parents[1] / "lib" / "saidvsdone"
    modules = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    found = []
    for name, path in sorted(modules.items()):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        alias = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    base = ".".join(parts[:len(parts) - node.level + 1] + ([node.module] if node.module else []))
                for a in node.names:
                    if f"{base}.{a.name}" in modules:
                        alias[a.asname or a.name] = f"{base}.{a.name}"
                    elif base in modules and a.name.startswith("_") and stage_of(base) != stage_of(name):
                        found.append((name, f"{base}.{a.name}"))
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name in modules and a.asname:
                        alias[a.asname] = a.name
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in alias \
                    and node.attr.startswith("_") and not node.attr.startswith("__") \
                    and stage_of(alias[node.value.id]) != stage_of(name):
                found.append((name, f"{alias[node.value.id]}.{node.attr}"))
    return found


def test_no_stage_reads_a_private_name_of_another_stage():
    # quotes, claims and facts are readers of the shared layers; what two stages share is a public function there
    def stage_of(module):
        return next((s for s in _STAGES if module == s or module.startswith(s + ".")), module)
    crossing = [(m, used) for m, used in _private_uses(stage_of)
                if stage_of(m) in _STAGES and stage_of(used.rsplit(".", 1)[0]) in _STAGES]
    assert crossing == []


@pytest.mark.parametrize("text, label", [
    ('Moscow said its troops had "liberated" the village of Ivanivka near Bakhmut.', "Russian Defence Ministry"),
    ('Russia said that peace talks were "going nowhere".', "Russian government"),
    ('Ukraine said its forces had "repelled" 14 attacks near Pokrovsk.', "Ukrainian military"),
])
def test_a_country_speaking_gets_one_label_in_quotes_and_claims(text, label):
    # its military for what its forces did, its government otherwise (citing.country_speaker, data/countries.csv)
    from saidvsdone import claims, corpus, quotes
    article = corpus.from_text(text, published="2025-06-03")
    assert list(quotes.extract(article)["speaker"]) == [label]
    assert list(claims.find(article)["speaker"]) == [label]


def test_the_country_speaker_is_a_public_function_of_the_speech_layer_given_a_topic_reading():
    from saidvsdone import citing, document
    doc = document.build("a1", "Russia said the weather was fine.")
    act = next(a for a in doc.speech.acts if a.speaker.how == "country")
    sentence = doc.sentence_at(act.cue.start)
    assert citing.country_speaker(doc, sentence, act, lambda doc, sentence: []) == "Russian government"
    assert citing.country_speaker(doc, sentence, act, lambda doc, sentence: ["territory"]) == "Russian Defence Ministry"


# --- the interception words: one table, each reading naming its uses -----------------------------------------------

def test_the_interception_words_are_one_table_with_what_each_reading_takes():
    # data/interception_words.csv: the passive count reads the participles, the active verb every form
    assert {"shot down", "intercepted", "downed", "destroyed", "neutralised"} <= set(vocab.interception_words("passive"))
    assert "jammed" not in vocab.interception_words("passive") and "jammed" in vocab.interception_words("jamming")
    assert {"shoots down", "intercepting", "took out", "destruction of"} <= set(vocab.interception_words("active"))
    active = vocab.interception_words("active")
    assert active.index("intercepted") < active.index("intercept")  # longest first


def test_an_interception_verb_added_once_is_read_by_the_passive_count_of_the_facts_stage(tmp_path):
    # "45 of them were zapped": with "zapped" in your own interception_words.csv the 45 are shot down by the other
    # side, like "were shot down"
    from saidvsdone import corpus, facts
    text = "Russia launched 60 drones at Ukraine overnight, and 45 of them were {}, the air force said."

    def actors(verb):
        return list(facts.extract(corpus.from_text(text.format(verb), published="2025-06-01"))["actor"])

    assert actors("shot down") == ["Russia", "Ukraine"] and actors("zapped") == ["Russia", "Russia"]
    (tmp_path / "interception_words.csv").write_text("written,uses,notes\nzapped,passive|bare,\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert actors("zapped") == ["Russia", "Ukraine"]
    finally:
        vocab.use(None)
    assert actors("zapped") == ["Russia", "Russia"]


# --- capitalised body words: data/speech_words.csv kinds, not constants in the code -------------------------------

def test_the_capitalised_words_of_an_organisation_name_come_from_the_speech_words_table():
    assert mentions.ORGANISATION_WORDS.fullmatch("Kremlin") and mentions.ORGANISATION_WORDS.fullmatch("Guards")
    assert not mentions.ORGANISATION_WORDS.fullmatch("kremlin")  # written with a capital, as a name writes it
    assert not mentions.is_person("Steppe Security Committee") and mentions.is_person("Oksana Melnyk")


def test_an_organisation_word_added_in_a_layered_table_makes_a_name_a_body(tmp_path):
    assert mentions.is_person("Danube Flotilla")
    (tmp_path / "speech_words.csv").write_text("word,kind,notes\nflotilla,organisation_word,\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert not mentions.is_person("Danube Flotilla")
    finally:
        vocab.use(None)
    assert mentions.is_person("Danube Flotilla")


def test_no_module_reads_a_private_name_of_another_module():
    # what two modules share is public in its home module (speech.same_one, territory.as_day, corpus.read_date …);
    # the speech layer written in two modules (speech, attribution) and the facts package are one home each
    def home(module):
        if module in ("saidvsdone.speech", "saidvsdone.attribution") or module.startswith("saidvsdone.speech."):
            return "speech layer"  # (speech may be one module or a package of small ones)
        if module.startswith("saidvsdone.claims."):
            return "saidvsdone.claims"  # (claims may be one module or a package of small ones)
        return "saidvsdone.facts" if module.startswith("saidvsdone.facts") else module
    assert _private_uses(home) == []


def test_the_api_reference_of_the_corpus_module_builds_without_warnings(tmp_path):
    # `make docs`: Articles (a pandas DataFrame) stays out of corpus.__all__, so pdoc reads no pandas internals
    pdoc = pytest.importorskip("pdoc")
    import warnings
    from saidvsdone import corpus
    assert "Articles" not in corpus.__all__ and "Articles" in corpus.load.__doc__
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.render.configure(docformat="google", search=False)
        pdoc.pdoc("saidvsdone.corpus", output_directory=tmp_path)
    assert [str(w.message) for w in caught if "pdoc" in w.filename] == []


# --- the nouns of a side's forces: one table, each reading naming its uses ------------------------------------------

def test_the_force_nouns_are_one_table_with_what_each_reading_takes():
    assert {"troops", "army", "garrison", "columns"} <= set(vocab.force_nouns("side_subject"))
    assert "air defences" in vocab.force_nouns("speaks_as_military") and "armed forces" in vocab.force_nouns("generic")
    # the readings build their patterns with the matcher's trie: a two-word noun matches across any run of spaces
    words = re.compile(trie_pattern(vocab.force_nouns("generic"), spaces=True))
    assert words.fullmatch("armed\n  forces") and words.fullmatch("army")


def test_a_force_noun_added_in_a_layered_table_makes_the_country_speak_as_its_military(tmp_path):
    # "Ukraine said its drone operators …": with "drone operators" a force noun of your own table, the country's
    # military speaks, as it does for "its forces"
    from saidvsdone import citing, document
    doc = document.build("a1", "Ukraine said its drone operators had hit a depot.")
    act = next(a for a in doc.speech.acts if a.speaker.how == "country")
    sentence = doc.sentence_at(act.cue.start)
    government, military = citing.country_labels()["Ukraine"]
    assert citing.country_speaker(doc, sentence, act, lambda doc, sentence: []) == government
    (tmp_path / "force_nouns.csv").write_text("written,uses,notes\ndrone operators,speaks_as_military,\n",
                                              encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert citing.country_speaker(doc, sentence, act, lambda doc, sentence: []) == military
    finally:
        vocab.use(None)


@pytest.mark.parametrize("name, row, message", [
    ("interception_words", "zapped,passive|sideways,", "uses 'sideways'"),
    ("interception_words", "zapped,,", "uses ''"),
    ("interception_words", ",passive,", "empty 'written'"),
    ("force_nouns", "troops,subject,", "uses 'subject'"),
    ("force_nouns", "troops,,", "uses ''"),
])
def test_a_bad_row_of_a_table_of_words_and_uses_names_the_file_and_line(tmp_path, name, row, message):
    (tmp_path / f"{name}.csv").write_text(f"written,uses,notes\n{row}\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        with pytest.raises(vocab.VocabularyError, match=rf"line 2.*{message}"):
            vocab.table(name)
    finally:
        vocab.use(None)
