"""Review rv27 (rv27b's findings on hl13 and nu16), on invented sentences."""

from __future__ import annotations

import pytest

from saidvsdone import citing, document

_LEDE = ("Russia claims gains near Lyman\n\nRussia's defence ministry said on Monday that its forces had taken two "
         "villages near Lyman.\n\n{line}\n\nUkraine's General Staff said its troops held their positions.\n\n"
         "The fighting went on through the night, the regional governor said.")


@pytest.mark.parametrize("line", ["Kremlin Responds", "Lyman Falls", "Kyiv, Ukraine", "Russia Ukraine War",
                                  "Analysis", "Volodymyr Zelensky"])
def test_rv27b_b1_heading_under_lede_makes_no_deck(line):
    doc = next(document.documents(_LEDE.format(line=line)))
    assert citing.deck(doc) == -1  # the lede stays a body sentence


@pytest.mark.parametrize("line, writers", [("Kremlin Responds", False), ("Kyiv, Ukraine", False),
                                           ("Russia Ukraine War", False), ("Anna Kowalska", True),
                                           ("Special Correspondent", True), ("AFP / Reuters", True),
                                           ("Lena Brandt (with Reuters, AP, dpa)", True)])
def test_rv27b_b1_writers_line_needs_a_sign(line, writers):
    assert citing._writers_line(line) is writers


def test_rv27b_b1_standfirst_over_writers_after_furniture():
    text = ("Kyiv welcomes new air-defence pledge\n\nNorthgate News | World | Europe\n\n"
            "The defence minister said the systems would protect the capital's power plants this winter.\n\n"
            "Anna Kowalska (with Reuters)\n\nKYIV – Ukraine's defence minister said on Friday that the first systems "
            "would arrive within weeks.\n\nHe thanked the allies.")
    doc = next(document.documents(text))
    assert citing.deck(doc) == 2


def _rv27b_headline_speakers(text: str) -> list[str]:
    from saidvsdone import claims, corpus
    found = claims.find(corpus.from_text(text, published="2025-05-06"))
    return sorted(found[found["headline"]]["speaker"])


@pytest.mark.parametrize("counted", ["12 Russian officers", "40 Russian conscripts", "3 Russian generals",
                                     "12 Russian soldiers"])
def test_rv27b_b2_soldiers_counted_after_the_verb_keep_the_claim(counted):
    text = (f"Ukrainian drone strike kills {counted} at a base in Crimea, Kyiv says\n\n"
            "Ukraine's military intelligence agency (HUR) said on Tuesday that its drones had struck a command post "
            "at the base.\n\nRussia's defence ministry did not comment.")
    assert _rv27b_headline_speakers(text)  # a military toll: the headline is a claim


@pytest.mark.parametrize("word", ["officers", "conscripts", "generals"])
def test_rv27b_b2_toll_reads_the_force_nouns_table(word):
    from saidvsdone import vocab
    assert word in vocab.force_nouns("counted_soldiers")


@pytest.mark.parametrize("data_set", [False, True])
def test_rv27b_b3_missing_table_advice_only_when_saidvsdone_data_is_set(tmp_path, monkeypatch, capsys, data_set):
    from saidvsdone import vocab
    from saidvsdone.__main__ import main

    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "note.txt").write_text("Minister Ivan Testenko said on Monday that the bridge would take a week.\n",
                                     encoding="utf-8")

    def missing(name):
        raise vocab.VocabularyTableMissing(f"{name}.csv: vocabulary table not found (run from a checkout, or set "
                                           "SAIDVSDONE_DATA to a copy of data/)")
    if data_set:
        monkeypatch.setenv("SAIDVSDONE_DATA", str(vocab.folders()[0]))
    else:
        monkeypatch.delenv("SAIDVSDONE_DATA", raising=False)
    monkeypatch.setattr(vocab, "table", missing)
    vocab.reload()
    try:
        assert main(["report", "--folder", str(folder), "--out", str(tmp_path / "out")]) == 2
        err = capsys.readouterr().err
        assert "vocabulary table not found" in err and "Correct that row" not in err
        assert ("Copy the whole data/ folder" in err) is data_set
    finally:
        monkeypatch.undo()
        vocab.reload()


def test_rv27b_b3_table_missing_is_a_vocabulary_error():
    from saidvsdone import vocab
    assert issubclass(vocab.VocabularyTableMissing, vocab.VocabularyError)


def test_rv27b_f11_a_heading_word_row_reaches_the_writers_line(own_words):
    assert citing._writers_line("Anna Kowalska Bulletin")
    own_words("bulletin,heading_word,\n")
    assert not citing._writers_line("Anna Kowalska Bulletin")  # a section's heading, no writers


def test_rv27b_b1_a_writers_sign_row_reaches_the_writers_line(own_words):
    assert not citing._writers_line("Ukrinform Newsdesk Team")
    own_words("newsdesk,writers_sign,\n")
    assert citing._writers_line("Ukrinform Newsdesk Team")


def test_rv27b_b2_a_counted_soldiers_row_reaches_the_headline_toll(tmp_path):
    from saidvsdone import vocab
    from saidvsdone.claims import _voices
    line = "Missile strike kills 30 Russian cadets at a training ground"
    assert _voices._HEADLINE_TOLL.match(line, 0, len(line))
    (tmp_path / "force_nouns.csv").write_text("written,uses,notes\ncadets,counted_soldiers,\n", encoding="utf-8")
    vocab.use(tmp_path)
    try:
        assert not _voices._HEADLINE_TOLL.match(line, 0, len(line))  # a military toll
    finally:
        vocab.use(None)
