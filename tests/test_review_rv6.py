"""Round 9's review (rv6): mechanisms read from the tables instead of constants in code. Sentences invented for these
tests, not taken from any article."""

from __future__ import annotations

from saidvsdone import claims, corpus


def _speakers(title, body):
    found = claims.find(corpus.from_text(title + "\n\n" + body, published="2025-03-12", title=title))
    return found[["headline", "speaker"]].values.tolist()


def test_a_headline_formation_kind_is_the_one_body_of_that_kind():
    # "Ukrainian brigade says" over the one brigade that spoke: the nationality the title adds is no part of its label
    assert _speakers("Ukrainian brigade says Russian push near Kupiansk has stalled",
                     "The 63rd Mechanized Brigade said on Tuesday that the Russian push near Kupiansk had stalled "
                     "after two weeks.") == [[True, "63rd Mechanized Brigade"], [False, "63rd Mechanized Brigade"]]


def test_every_formation_kind_that_names_a_body_again_does_so_in_a_headline():
    # the kinds come from data/armed_units.csv (use speaker_again): a fleet as well as a brigade
    assert _speakers("Russian fleet says it repelled drone boats near Crimea",
                     "The Black Sea Fleet said on Tuesday that it had destroyed five Ukrainian drone boats near "
                     "Crimea.") == [[True, "Black Sea Fleet"], [False, "Black Sea Fleet"]]


def test_two_bodies_of_the_kind_leave_the_headline_as_written():
    found = _speakers("Ukrainian brigade says Russian push near Kupiansk has stalled",
                      "The 63rd Mechanized Brigade said on Tuesday that the Russian push near Kupiansk had stalled. "
                      "The 3rd Assault Brigade said on Wednesday that Russian troops had advanced near Lyman.")
    assert found[0][0] and found[0][1] not in ("63rd Mechanized Brigade", "3rd Assault Brigade")
