"""mt16: families the metamorphic transformations of real copy exposed, fixed as mechanisms (invented sentences)."""

from __future__ import annotations

import pandas as pd
import pytest

from saidvsdone import claims, corpus, quotes


def _dates(text: str, published: str) -> dict[str, tuple]:
    one = corpus.from_text(text, article_id="mt16", published=published)
    found = {}
    for table in (quotes.extract(one), claims.find(one)):
        for row in table.itertuples(index=False):
            found[row.text] = (row.statement_date, row.date_basis)
    return found


def _day_of(found: dict, opening: str):
    return next(date for text, (date, _) in found.items() if text.startswith(opening))


#: (copy, publication day, {opening words of a quote or claim: its statement day, None for none})
CASES = {
    # a weekday after another noun's possessive heads that event, wherever the verb stands (§3.5: "Dates of the
    # reported events (a Friday morning assault) are not utterance dates"): "Later that day" is Monday's
    "possessive weekday after 'later that day'": (
        "“The line is holding,” General Oleh Marchenko told reporters on Monday.\n\n"
        "Later that day, Marchenko said Russia's Friday morning assault on the border villages left his units "
        "stretched thin.\n\nThe same day, Marchenko said the front would stabilise within days.",
        "2024-05-14", {"Later that day": "2024-05-13", "The same day": "2024-05-13"}),
    "possessive weekday before an occasion of words": (
        "Speaking at the ministry's Monday briefing, Konashenkov said Russian forces had captured the village.",
        "2024-05-16", {"Speaking at": "2024-05-13"}),
    # a present-tense attribution that names the speaker's own occasion is that occasion's words, not the reporter's
    # present: the speaker's past-tense words after it keep their dated statement's day
    "says in his nightly address": (
        "President Oleh Marchenko said on Sunday evening that the new offensive could be the first of several "
        "waves.\n\n“We know the enemy's plans, and we are responding,” Marchenko says in his nightly video address."
        "\n\nHe said fierce battles were continuing near the border and that the situation there was difficult.",
        "2024-05-13", {"We know": "2024-05-12", "He said fierce": "2024-05-12"}),
    # ("“…,” he says." alone or "in an interview": still the reporter's present, no day)
    "says after the quoted words alone": (
        "President Oleh Marchenko said on Sunday evening that the new offensive could be the first of several "
        "waves.\n\n“We count the days by shifts,” Marchenko says.", "2024-05-13", {"We count": None}),
    "says in an interview": (
        "President Oleh Marchenko said on Sunday evening that the new offensive could be the first of several "
        "waves.\n\n“We count the days by shifts,” Marchenko says in an interview.", "2024-05-13", {"We count": None}),
    # a feature's scene-setting narration before the news paragraph is no lede: the group lede's day still reaches
    # the voices below it
    "scene-setting paragraphs before a group lede": (
        "Snow lies thick on the road into the village.\n\nA tractor idles beside the shuttered bakery.\n\n"
        "Children kick a ball about behind the old church.\n\nSmoke rises from a chimney at the edge of the fields."
        "\n\nUkrainian and Russian commanders gave sharply different accounts on Wednesday of the fighting around "
        "the town.\n\nBrigadier General Oleh Marchenko, who commands Ukraine's 3rd Army Corps, said in an interview "
        "that his troops had pushed Russian units back from two villages.\n\n"
        "“The enemy committed three regiments here in May,” Marchenko said.",
        "2025-06-18", {"The enemy committed": "2025-06-18", "Brigadier General": "2025-06-18"}),
}


@pytest.mark.parametrize("case", list(CASES))
def test_statement_days(case):
    text, published, expected = CASES[case]
    found = _dates(text, published)
    for opening, day in expected.items():
        got = _day_of(found, opening)
        assert (pd.isna(got) if day is None else got == pd.Timestamp(day)), (opening, found)


def test_a_possessive_weekday_before_a_trailing_attribution_is_not_the_statements_day():
    found = _dates("“The line is holding,” General Oleh Marchenko told reporters on Monday.\n\n"
                   "The army’s Sunday offensive, which took three hamlets near the river, left him no reserves to "
                   "call in, Marchenko said.", "2024-05-14")
    date, basis = next(v for k, v in found.items() if k.startswith("The army"))
    assert date == pd.Timestamp("2024-05-13") and "Sunday" not in basis, basis
