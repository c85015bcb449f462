"""One vocabulary layer: words several stages share are read from one table through ``saidvsdone.vocab``.

Every sentence here is invented for the test; each test states the rule it checks.
"""

from __future__ import annotations

import pytest

from saidvsdone import mentions, vocab


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
            "The detachment advanced 2 km last week, a Russian channel said.")

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
