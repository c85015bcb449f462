"""A reader who calls another stage's verb ("facts.find") is told the stage's own verb (nu13's leftover)."""

from __future__ import annotations

import pytest

from saidvsdone import claims, facts, quotes


@pytest.mark.parametrize("module, wrong, right", [(facts, "find", "facts.extract"), (quotes, "find", "quotes.extract"),
                                                  (claims, "extract", "claims.find")])
def test_another_stages_verb_names_this_stages_verb(module, wrong, right):
    with pytest.raises(AttributeError, match=rf"its verb is {right}\(articles\)"):
        getattr(module, wrong)


def test_other_missing_names_are_plain_attribute_errors_and_the_real_verbs_are_there():
    assert not hasattr(facts, "no_such_thing")
    assert callable(facts.extract) and callable(claims.find) and callable(quotes.extract)
    assert not hasattr(facts, "find") and not hasattr(claims, "extract")
