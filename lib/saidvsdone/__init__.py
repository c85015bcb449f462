"""Said vs Done: fact-check what leaders said about a war against what happened on the ground.

One module per pipeline stage::

    corpus     articles on disk → one clean row per article
    quotes     direct quotes with speaker, statement date and character span
    facts      reported battlefield figures (areas, distances, shares, counts)
    claims     statements about the war's course ("going to plan")
    territory  sourced daily series of Russian-held area
    compare    claims and facts lined up against the series
    charts     publishable, projector-readable matplotlib charts

and two helpers: ``collect`` (``python -m saidvsdone add``: file new articles into the
corpus) and ``notebook`` (the notebooks' one set-up call and their exports).

Import the stage you need: ``from saidvsdone import corpus, quotes``.
"""

__version__ = "0.1.0"
