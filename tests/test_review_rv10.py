"""Review rv10: a module-level name assigned twice in one module (Python keeps the later value, so every function
reads the second definition, whatever its author meant). speech.py had three such pairs: ``_PERFECT_BEFORE``,
``_THE_BEFORE`` and ``_FRONTED_PLACE``. Every text below is invented for these tests."""

from __future__ import annotations

import ast
from pathlib import Path

import saidvsdone
from saidvsdone import corpus, document, quotes, speech
from saidvsdone.mentions import people

_LIB = Path(saidvsdone.__file__).resolve().parent


def _assigned_twice(path: Path) -> list[tuple[str, list[int]]]:
    seen: dict[str, list[int]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets: list[ast.AST] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and node.value is not None:
            targets = [node.target]
        for target in targets:
            for name in ast.walk(target):
                if isinstance(name, ast.Name):
                    seen.setdefault(name.id, []).append(node.lineno)
    return [(name, lines) for name, lines in seen.items() if len(lines) > 1]


def test_no_module_of_the_library_assigns_a_module_level_name_twice():
    found = {str(p.relative_to(_LIB)): twice for p in sorted(_LIB.rglob("*.py")) if (twice := _assigned_twice(p))}
    assert found == {}


def test_the_check_itself_sees_a_name_assigned_twice(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import re\nA = re.compile('x')\n\ndef f():\n    A = 1\n    return A\n\nA = re.compile('y')\n")
    assert _assigned_twice(module) == [("A", [2, 8])]


def _dates(text: str) -> list:
    table = quotes.extract(corpus.from_text(text, article_id="rv10", published="2023-05-10"))
    return [None if d != d else str(d.date()) for d in table["statement_date"]]


def test_a_present_perfect_with_any_adverb_a_paragraph_after_dated_words_takes_no_day():
    # perfect_after_dated reads the one _PERFECT_BEFORE ("has repeatedly/long/also said"): the narrower copy that
    # stood beside it (no "repeatedly", no "long") would have given the later words Friday's day
    for adverb in ("repeatedly", "long", "also"):
        text = ("KYIV — The minister spoke on Friday.\n\n“We will respond,” Oleh Marchenko said on Friday.\n\n"
                f"Marchenko has {adverb} said that “the border will hold”.")
        assert _dates(text) == ["2023-05-05", None], adverb


def test_a_present_perfect_in_the_dated_paragraph_still_goes_on_with_its_day():
    text = "KYIV — “We will respond,” Oleh Marchenko said on Friday. Marchenko has repeatedly said that “the border will hold”."
    assert _dates(text)[0] == "2023-05-05"


def _named_roles(text: str) -> list[tuple[str, str]]:
    doc = document.build("rv10", text, published="2023-05-10")
    reader = speech._Reader(doc, people())
    return [(doc.text[pos + 1:pos + 30], who) for pos, _role, who in reader.appositions if who == "Artem"]


def test_a_call_sign_names_the_role_of_the_sentence_before_from_its_the_past_modifiers():
    # "the young infantry captain said. He gave only his first name, Artem.": the role is Artem's from "the" on
    # (up to two words between "the" and the role word, the pattern written for this reading)
    text = ("KYIV — Fighting went on near the river.\n\n“We held the line all night,” the young infantry captain said. "
            "He gave only his first name, Artem.")
    assert [at.startswith("the young infantry captain") for at, _ in _named_roles(text)] == [True]


def test_a_call_sign_after_a_bare_the_role_still_starts_at_the():
    text = ("KYIV — Fighting went on near the river.\n\n“We held the line all night,” the captain said. "
            "He gave only his first name, Artem.")
    assert [at.startswith("the captain") for at, _ in _named_roles(text)] == [True]
