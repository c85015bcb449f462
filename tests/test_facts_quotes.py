"""``sides.inside_quote`` counts the quote marks of a text found once, by bisection: it gives exactly
what the plain paragraph scan it replaces gives (kept here as the reference), on sentences written
for the test and on generated text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from saidvsdone.facts import sides

_SPACE_QUOTE = re.compile(r"[\s(—–-]'")


def _reference(text: str, pos: int) -> bool:
    para = text[text.rfind("\n", 0, pos) + 1:pos]
    opened = para.count("“") - para.count("”")
    if opened > 0 or (opened == 0 and para.count('"') % 2 == 1):
        return True
    if "‘" not in para and "'" not in para[:1] and not _SPACE_QUOTE.search(para):
        return False
    opening = None
    for opening in sides._SINGLE_OPEN.finditer(para + text[pos:pos + 1]):
        pass
    if opening is None or opening.start() >= len(para) or sides._SINGLE_CLOSE.search(para, opening.end()):
        return False
    end = text.find("\n", pos)
    return bool(sides._SINGLE_CLOSE.search(text, pos, len(text) if end < 0 else end))


_SENTENCES = [
    "“We hold the line,” the commander said. Russian troops advanced.",
    "'We lost nine men,' says Serhii. Then 'it's over' he wrote.\nNew paragraph's 'mark.",
    "He said: \"They took 3 villages\" and \"two more\".\n\"Open at the end",
    "‘Nobody’s leaving,’ she said, ‘we stay.’ The soldiers' positions held.\n'Start",
    "A dash -'quoted' and (‘bracketed’) and the end.'",
]

_PIECES = ["We", "hold", "it's", "soldiers'", " ", " ", "\n", ",", ".", "!", "?", "'", "'", "‘", "’", "“", "”",
           '"', "(", "—", "-", "9", "x", "Serhii", "said"]


def test_on_written_sentences():
    for text in _SENTENCES:
        for pos in range(len(text) + 1):
            assert sides.inside_quote(text, pos) == _reference(text, pos), (text, pos)
    assert sides.inside_quote(_SENTENCES[0], 5) and not sides.inside_quote(_SENTENCES[0], 45)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_on_generated_text(pieces):
    text = "".join(pieces)
    for pos in range(len(text) + 1):
        assert sides.inside_quote(text, pos) == _reference(text, pos), (text, pos)
