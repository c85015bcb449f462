"""Said vs Done: fact-check what leaders said about a war against what happened on the ground.

One module per pipeline stage::

    corpus     articles on disk → one clean row per article
    quotes     direct quotes with speaker, statement date and character span
    facts      reported battlefield figures (areas, distances, shares, counts)
    claims     statements about the war's course ("going to plan")
    territory  sourced daily series of Russian-held area
    compare    claims and facts lined up against the series
    charts     publishable, projector-readable matplotlib charts

and helpers: ``collect`` (``python -m saidvsdone add``: file new articles into the
corpus), ``report`` (``python -m saidvsdone report --folder``: tables, figures and
ClaimReview for a folder), ``explore`` (read a table, filter it, see an article's spans, and
``explore.evidence``: one row with its article, sentence, speaker and date explained) and
``notebook`` (the notebooks' one set-up call and their exports).

Import the stage you need: ``from saidvsdone import corpus, quotes``.

Example:
    >>> from saidvsdone import corpus, explore, quotes
    >>> one = corpus.from_text("“We hold the line,” Zelensky said on Monday.", article_id="z", published="2023-05-10")
    >>> print(explore.evidence(one, quotes.extract(one), "z-q001").lines["date"])
    2023-05-08 — Monday → 2023-05-08
"""

__version__ = "0.1.0"
