"""Fixtures shared by the test files."""

import pytest

from saidvsdone import vocab


@pytest.fixture
def own_words(tmp_path):
    """``own_words("word,kind,\\n")``: a ``speech_words.csv`` of your own layered over the bundled one (``vocab.use``),
    taken off again after the test."""
    def use(rows):
        (tmp_path / "speech_words.csv").write_text("word,kind,notes\n" + rows, encoding="utf-8")
        vocab.use(tmp_path)
    yield use
    vocab.use(None)


@pytest.fixture
def own_cues(tmp_path):
    """``own_cues("word,cue,\\n")``: a ``fact_cues.csv`` of your own layered over the bundled one, the facts stage's
    compiled vocabulary rebuilt, and both taken off again after the test."""
    from saidvsdone import facts

    def use(rows):
        (tmp_path / "fact_cues.csv").write_text("word,cue,notes\n" + rows, encoding="utf-8")
        vocab.use(tmp_path)
        facts.reload()
    yield use
    vocab.use(None)
    facts.reload()


class Dated:
    """What the stages date in a text of your own, for the dates tests (``tests/test_dates*.py``): one set of helpers
    shared by every round's file (each had its own copy). A day is written ``"YYYY-MM-DD"``; no day is ``missing``
    (``""``; a test file may override the ``dated`` fixture with another, as ``test_dates.py`` does with None)."""

    def __init__(self, missing=""):
        self.missing = missing

    @staticmethod
    def articles(text: str, published: str):
        from saidvsdone import corpus
        return corpus.from_text(text, published=published)

    def quotes(self, text: str, published: str):
        """The quotes table of ``text`` published on ``published``."""
        from saidvsdone import quotes
        return quotes.extract(self.articles(text, published))

    def claims(self, text: str, published: str, *, quotes_too: bool = False):
        """The claims table of ``text``: the claims in reported speech (those the quotes give left out, unless
        ``quotes_too``)."""
        from saidvsdone import claims
        table = claims.find(self.articles(text, published))
        return table[table["found_in"] != "quote"] if "found_in" in table and not quotes_too else table

    def day(self, value):
        """A statement date as ``"YYYY-MM-DD"`` (``missing`` for none)."""
        import pandas as pd
        return self.missing if pd.isna(value) else str(pd.Timestamp(value).date())

    def days(self, table) -> list:
        """Each row's statement date, in order."""
        return [self.day(value) for value in table["statement_date"]]

    def frame_day(self, table, row: int = 0):
        """The statement date of the table's ``row``-th row."""
        return self.day(table["statement_date"].iloc[row])

    def row_day(self, table, words: str):
        """The statement date of the first row whose text holds ``words`` (there must be one)."""
        rows = table[table["text"].str.contains(words, regex=False)]
        assert not rows.empty, words
        return self.day(rows.iloc[0]["statement_date"])

    def quote_dates(self, text: str, published: str) -> dict:
        """Each quote's words → its statement date."""
        return {row.text: self.day(row.statement_date) for row in self.quotes(text, published).itertuples()}

    def claim_dates(self, text: str, published: str, width: int | None = None) -> dict:
        """Each claim's text (its first ``width`` characters) → its statement date (every claim, the quotes' too)."""
        return {row.text[:width]: self.day(row.statement_date)
                for row in self.claims(text, published, quotes_too=True).itertuples()}

    def act_days(self, text: str, published: str) -> dict:
        """Each speech act's speaker as written → the act's date (None: no day), from the speech layer."""
        from saidvsdone import document
        doc = next(document.documents(self.articles(text, published)))
        return {doc.text[a.speaker.start:a.speaker.end]: (None if a.date is None else str(a.date.date()))
                for a in doc.speech.acts}


@pytest.fixture
def dated():
    """``dated.quotes(text, published)``, ``dated.row_day(table, words)`` …: the dates tests' shared helpers
    (:class:`Dated`)."""
    return Dated()
