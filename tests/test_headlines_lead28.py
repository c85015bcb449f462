"""A subject closing a title ("…, army says") read as the body's first speaker only when no other body voice is the
one restating the line (round 28: hl14's closing subject had taken a ministry's unrelated first words)."""

from saidvsdone import claims, corpus


def _title_speaker(text: str) -> list:
    found = claims.find(corpus.from_text(text, published="2024-06-12"))
    return list(found[found["headline"]]["speaker"])


def test_a_closing_subject_goes_to_the_voice_restating_the_line_not_the_first_unrelated_one():
    text = ("Russian attacks on the town have tripled, army says\n\n"
            "Ukraine's defence ministry said on Monday that it had received a new batch of drones.\n\n"
            "Russian attacks on the town have tripled since March, the Ukrainian military said.")
    assert _title_speaker(text) == ["Ukrainian military"]


def test_a_closing_subject_keeps_the_first_speaker_when_no_other_voice_restates_the_line():
    text = ("Moscow gained the most ground of the year in April, think tank says\n\n"
            "Russian forces took 410 square kilometres in April, the Institute for the Study of War said on Monday.")
    assert _title_speaker(text) == ["Institute for the Study of War (ISW)"]
