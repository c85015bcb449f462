"""claims.find on the shapes blind batch g (tests/gold/stress/blind5) found missing or spurious: sentences written
for these tests, not taken from any article."""

from __future__ import annotations

from saidvsdone import claims, corpus


def test_a_surname_owns_its_assessment_after_the_full_name():
    table = _find("Colonel Petro Hordiienko said his brigade was holding the line.\n\n"
                  "Hordiienko's assessment is that Russian troops will not take the town this year.")
    assert list(table["speaker"]) == ["Petro Hordiienko", "Petro Hordiienko"]


def test_a_shortage_of_men_is_about_the_forces():
    assert len(_find("Syrskyi said the Russian command had no shortage of men but lacked trained ones.")) == 1
    assert _find("The minister said there was a shortage of men willing to work in the factories.").empty
