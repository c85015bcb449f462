"""Metamorphic testing of the battlefield facts on the real devset (dev part only): the wording of the figures
changes, the facts do not.

``tests/metamorphic.py`` transforms the dev articles in memory (names, quote marks, layout, speech verbs) and
scores them; none of its transformations touches how a figure is written, so the facts stage meets the words
it has studied. The transformations here rewrite exactly that, each keeping the gold facts as they are
(value, unit, side and change; the sentence spans are remapped through the same offset map):

* ``numbers``: digits and number words swap shape ("1,294" → "1294", "30 000" → "30,000", "seven" → "7",
  "4 settlements" → "four settlements");
* ``units``: unit words in another spelling ("square kilometres" → "sq km" / "km²" / "square kilometers",
  "kilometres" → "km", "per cent" → "percent");
* ``fact_verbs``: verbs of gain, interception, launch and loss swapped for synonyms of the same direction
  ("captured" → "seized", "shot down" → "downed", "launched" → "fired", "killed" → "eliminated");
* ``qualifiers``: "about" → "around" / "approximately", "more than" → "over", "nearly" → "almost";
* ``side_names``: a side's forces named another way ("Russian forces" → "Moscow's forces", "Ukrainian troops"
  → "Kyiv's troops", "the Russian army" → "Russia's army");
* ``facts_all``: all of them, with ``metamorphic``'s renamed people and speech verbs.

Nothing of the texts is written into the repository; the held-back articles (004, 008, 012, 016, 020) are never
read (``metamorphic._dev_gold`` asserts it).

    python tests/metamorphic_facts.py                  # facts figures per transformation
    python tests/metamorphic_facts.py --errors units   # per-row errors of one transformation (dev articles only)
    python tests/metamorphic_facts.py --show 013 units # one transformed dev article
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import metamorphic as mt  # noqa: E402
from metamorphic import Ctx, Edit, _pick  # noqa: E402

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}
_DIGITS = {v: k for k, v in _WORDS.items()}
#: what may follow a small number for it to be written in words (a counted noun, not a date or a code)
_COUNTED = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:settlements|villages|towns|missiles|drones|soldiers|troops|"
                      r"servicemen|regions|kilometres|kilometers|miles|km|brigades)\b")
_MONTH_BEFORE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")


def numbers(text: str, ctx: Ctx) -> list[Edit]:
    """Digits and number words swap shape; the value stays. Thousands separators: a comma group becomes a
    plain run ("1,294" → "1294") or a space group, a space group a comma one; a number word before a counted
    noun becomes digits, digits up to twelve before one become a word. Years, dates and codes are left alone.

    Tests: the quantity reader and every rule that reads the number's written shape. Gold: unchanged values."""
    edits = []
    for m in re.finditer(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+)(?![\w.,/-]|,\d)", text):
        written = m.group(1)
        if "," in written:
            new = written.replace(",", "") if zlib_pick(m.start()) else written.replace(",", "\u00a0")
        else:
            new = written.replace(" ", ",")
        edits.append(Edit(m.start(1), m.end(1), new))
    for m in re.finditer(r"(?<![\w.,/-])(\d{1,2})(?![\w.,/%-])", text):
        value = int(m.group(1))
        if value in _DIGITS and _COUNTED.match(text, m.end()) and not _MONTH_BEFORE.search(text, max(0, m.start() - 12),
                                                                                          m.start()):
            edits.append(Edit(m.start(1), m.end(1), _DIGITS[value]))
    for m in re.finditer(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", text):
        if _COUNTED.match(text, m.end()) and not re.search(r"[-\w]\s*$", text[max(0, m.start() - 1):m.start()]) and \
                not re.match(r"\s+(?:hundred|thousand|million|dozen)", text[m.end():]):
            edits.append(Edit(m.start(1), m.end(1), str(_WORDS[m.group(1)])))
    return _disjoint(edits)


def zlib_pick(pos: int) -> bool:
    return bool(_pick(["a", "b"], f"n{pos}") == "a")


_AREA = ["sq km", "km²", "square kilometers", "square kilometres"]
_LENGTH = ["km", "kilometers", "kilometres"]


def units(text: str, ctx: Ctx) -> list[Edit]:
    """Unit words written another way: "square kilometres" → "sq km" / "km²" / "square kilometers" (and back),
    "kilometres" → "km" / "kilometers", "per cent" → "percent", "square miles" → "sq miles".

    Tests: the units table's spellings and every rule reading the unit's words. Gold: unchanged."""
    edits = []
    taken = []
    for m in re.finditer(r"\b(?:square\s+kilomet(?:re|er)s|sq\.?\s?km|km²|km2)(?![\w²])", text):
        edits.append(Edit(m.start(), m.end(), _pick([u for u in _AREA if u != m.group()], f"a{m.start()}")))
        taken.append((m.start(), m.end()))
    for m in re.finditer(r"(?<![\w-])(?:kilomet(?:re|er)s)\b", text):
        if any(a <= m.start() < b for a, b in taken) or re.search(r"square\s+$", text[max(0, m.start() - 8):m.start()]):
            continue
        edits.append(Edit(m.start(), m.end(), _pick([u for u in _LENGTH if u != m.group()], f"l{m.start()}")))
    for m in re.finditer(r"\bper\s+cent\b", text):
        edits.append(Edit(m.start(), m.end(), "percent"))
    for m in re.finditer(r"\bsquare\s+miles\b", text):
        edits.append(Edit(m.start(), m.end(), "sq miles"))
    return _disjoint(edits)


#: verbs of one direction (``data/direction_verbs.csv`` and the interception and launch words) and synonyms
_SYNONYMS = {
    "captured": ["seized", "took control of", "occupied"], "seized": ["captured", "took"],
    "took": ["captured", "seized"], "liberated": ["captured", "took control of"],
    "recaptured": ["retook", "regained control of"], "retook": ["recaptured", "regained"],
    "shot down": ["downed", "destroyed"], "downed": ["shot down", "intercepted"],
    "intercepted": ["shot down", "downed"], "launched": ["fired"], "fired": ["launched"],
    "killed": ["eliminated"], "advanced": ["moved forward", "pushed forward"],
}
_SYNONYM_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in _SYNONYMS), key=len, reverse=True)) + r")\b")


def fact_verbs(text: str, ctx: Ctx) -> list[Edit]:
    """A verb of gain, interception, launch or loss swapped for a synonym of the same direction ("captured" →
    "seized" / "took control of", "shot down" → "downed", "launched" → "fired", "killed" → "eliminated",
    "advanced" → "pushed forward"). Only lower-case past forms.

    Tests: the direction and event tables on real sentences. Gold: unchanged (same side, same change)."""
    return [Edit(m.start(), m.end(), _pick(_SYNONYMS[m.group(1)], f"v{m.start()}")) for m in _SYNONYM_RE.finditer(text)
            if not (m.group(1) in ("captured", "took", "seized") and _PEOPLE_AFTER.match(text, m.end()))]


#: people after a verb ("captured 594 occupiers"): "seized" or "took control of" would not fit
_PEOPLE_AFTER = re.compile(r"\s+(?:[\w,.]+\s+){0,3}?(?:occupiers|soldiers|troops|servicemen|prisoners|men|fighters)\b")


_QUALIFIERS = {"about": ["around", "approximately", "roughly"], "around": ["about", "approximately"],
               "approximately": ["about", "around"], "roughly": ["about", "around"], "more than": ["over"],
               "over": ["more than"], "nearly": ["almost"], "almost": ["nearly"]}
_QUALIFIER_RE = re.compile(r"\b(more than|about|around|approximately|roughly|over|nearly|almost)(?=\s+\d)")


def qualifiers(text: str, ctx: Ctx) -> list[Edit]:
    """A qualifier right before a figure written with another of the same meaning ("about" → "around",
    "more than" → "over", "nearly" → "almost").

    Tests: the quantity reader's qualifiers and every rule that reads the words before a figure. Gold: unchanged."""
    return [Edit(m.start(), m.end(), _pick(_QUALIFIERS[m.group(1)], f"q{m.start()}"))
            for m in _QUALIFIER_RE.finditer(text)]


_SIDE_FORMS = {
    "Russian forces": ["Moscow's forces", "Russia's forces", "the Russian army"],
    "Russian troops": ["Moscow's troops", "Russia's troops"],
    "Ukrainian forces": ["Kyiv's forces", "Ukraine's forces", "the Ukrainian army"],
    "Ukrainian troops": ["Kyiv's troops", "Ukraine's troops"],
    "the Russian army": ["Russia's army", "the Russian military"],
    "the Ukrainian army": ["Ukraine's army", "the Ukrainian military"],
}
_SIDE_RE = re.compile(r"(?<![\w’'-])(" + "|".join(re.escape(k) for k in sorted(_SIDE_FORMS, key=len, reverse=True)) +
                      r")(?![\w’'-])")


def side_names(text: str, ctx: Ctx) -> list[Edit]:
    """A side's forces named another way ("Russian forces" → "Moscow's forces" / "Russia's forces" / "the Russian
    army"; "Ukrainian troops" → "Kyiv's troops"); not at a sentence's start (the article would need a capital).

    Tests: the side of a subject written with a capital's or a country's possessive. Gold: unchanged."""
    edits = []
    for m in _SIDE_RE.finditer(text):
        if re.search(r"(?:\d|\b(?:than|about|around|to|some|of|nearly|almost|over))\s+$", text[max(0, m.start() - 12):m.start()]):
            continue    # "up to 15,000 Russian troops": a possessive cannot follow a number
        if re.search(r"(?:^|[.!?“\"]\s*|\n\s*)$", text[max(0, m.start() - 3):m.start()]) and \
                _pick(_SIDE_FORMS[m.group(1)], f"s{m.start()}").startswith("the"):
            continue
        edits.append(Edit(m.start(), m.end(), _pick(_SIDE_FORMS[m.group(1)], f"s{m.start()}")))
    return edits


def _disjoint(edits: list[Edit]) -> list[Edit]:
    """The edits sorted, an edit overlapping one before it dropped."""
    out, last = [], -1
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start >= last:
            out.append(e)
            last = e.end
    return out


TRANSFORMS = {
    "numbers": [numbers],
    "units": [units],
    "fact_verbs": [fact_verbs],
    "qualifiers": [qualifiers],
    "side_names": [side_names],
    "facts_all": [mt.rename_people, mt.speech_verbs, numbers, units, fact_verbs, qualifiers, side_names],
}
MEASURES = ("recall", "precision", "actor_accuracy", "change_accuracy")


def figures(verbose: bool = False) -> dict[str, dict]:
    """{"metamorphic_facts.<transform>": {"facts": figures}}; {} without the devset."""
    import eval_devset

    if not eval_devset.available():
        return {}
    mt.TRANSFORMS.update(TRANSFORMS)   # this process only: the harness builds and scores by name
    articles, gold = mt._dev_gold()
    out = {}
    for name in TRANSFORMS:
        result = mt.score(name, verbose=verbose, articles=articles, gold=gold)["facts"]
        print(f"{name:<12} facts " + "  ".join(f"{m} {result[m]:.3f}" for m in MEASURES))
        out[f"metamorphic_facts.{name}"] = {"facts": {m: result[m] for m in MEASURES}}
    return out


def main(argv: list[str]) -> int:
    import os

    os.environ.setdefault("SAIDVSDONE_PROGRESS", "0")
    import eval_devset

    if not eval_devset.available():
        print("the real-article devset ../shared/devset is not here")
        return 0
    mt.TRANSFORMS.update(TRANSFORMS)
    if argv[:1] in (["--errors"], ["--show"]):
        return mt.main(argv)
    figures()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
