"""Review rv11: one definition per thing. What the last rounds wrote twice (the same pattern in two modules, the
same helper in two modules, a shared check script copied per set) is defined once and read by every user; the
outputs do not change (``tests/bench/dump_tables.py`` identical). Every text below is invented for these tests."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import saidvsdone
from saidvsdone import corpus, mentions, quotes

_LIB = Path(saidvsdone.__file__).resolve().parent


def _compiled_patterns() -> dict[str, list[str]]:
    """Every literal pattern the library compiles (``re.compile``, ``fail_fast`` …), with where it stands."""
    found: dict[str, list[str]] = {}
    for path in sorted(_LIB.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("compile", "match", "search", "fullmatch", "fail_fast", "lazy_fail_fast"):
                    found.setdefault(node.args[0].value, []).append(f"{path.relative_to(_LIB)}:{node.lineno}")
    return found


# --- the indefinite descriptor: one pattern (quotes, speech, attribution, claims) ------------------------------

def test_the_indefinite_descriptor_is_one_pattern_of_mentions():
    patterns = _compiled_patterns()
    assert patterns.get(r"(?:a|an|one|another)\s") == [f"mentions.py:{_line_of('mentions.py', 'INDEFINITE = ')}"]
    for own in (r"(?i)an?\s", r"(?i:an?|one)\s"):  # the narrower copies quotes, attribution and speech had
        assert own not in patterns, patterns.get(own)
    from saidvsdone.claims import _voices
    assert _voices._INDEFINITE is mentions.INDEFINITE


def _line_of(module: str, start: str) -> int:
    lines = (_LIB / module).read_text(encoding="utf-8").splitlines()
    return next(k for k, line in enumerate(lines, 1) if line.startswith(start))


def test_the_indefinite_pattern_reads_every_indefinite_determiner_and_no_other_word():
    for phrase in ("a senior official", "An aide", "one commander", "Another official"):
        assert mentions.INDEFINITE.match(phrase), phrase
    for phrase in ("the governor", "Anderson said", "once a commander", "another's aide", "an"):
        assert not mentions.INDEFINITE.match(phrase), phrase


def _speakers(text: str) -> list[str]:
    return list(quotes.extract(corpus.from_text(text, article_id="rv11", published="2023-05-10"))["speaker"])


def test_an_indefinite_role_is_never_the_person_named_before_whatever_its_determiner():
    for det in ("A", "Another", "One"):
        text = ("KYIV — Ukraine’s top commander, General Valerii Zaluzhnyi, visited the front on Monday.\n\n"
                f"“We held the line all night,” {det} Ukrainian commander said on Tuesday.")
        assert _speakers(text) == ["Ukrainian commander (unnamed)"], det


def test_a_definite_role_after_the_named_person_is_still_that_person():
    text = ("KYIV — Ukraine’s top commander, General Valerii Zaluzhnyi, visited the front on Monday.\n\n"
            "“We held the line all night,” the Ukrainian commander said on Tuesday.")
    assert _speakers(text) == ["Valerii Zaluzhnyi"]



# --- a deputy's office: one pattern (speech's office holders, claims' holders) ---------------------------------

def test_the_deputy_office_is_one_pattern_of_mentions():
    patterns = _compiled_patterns()
    assert patterns.get(r"\b(?:deputy|vice|first\s+deputy|assistant)\b") == [
        f"mentions.py:{_line_of('mentions.py', 'DEPUTY = ')}"]
    from saidvsdone.claims import _voices
    assert _voices._DEPUTY is mentions.DEPUTY


def test_a_deputy_is_never_the_holder_of_the_office_and_the_office_still_is():
    def speaker(role):
        text = f"MOSCOW — “Our troops have taken the village,” the {role} said on Tuesday."
        return _speakers(text)
    assert speaker("Russian defence minister") == ["Sergei Shoigu"]
    assert speaker("Russian deputy defence minister") == ["Russian deputy defence minister (unnamed)"]


# --- the long gold halves' checks: one script both sets call ---------------------------------------------------

_GOLD = Path(__file__).resolve().parent / "gold"


def _half(tmp_path, body: str, quote: str) -> Path:
    """A one-article gold half written for the test (invented text)."""
    (tmp_path / "articles").mkdir()
    text = "Front line holds\n\n" + body
    (tmp_path / "articles" / "x01.txt").write_text(text, encoding="utf-8", newline="")
    (tmp_path / "articles.csv").write_text("article_id,file,title,published\nx01,x01.txt,Front line holds,2024-03-01\n",
                                           encoding="utf-8")
    (tmp_path / "quotes.csv").write_text("article_id,text,speaker,statement_date,kind,occurrence\n"
                                         f"x01,{quote},Oleh Marchenko,2024-03-01,direct,1\n", encoding="utf-8")
    (tmp_path / "claims.csv").write_text("article_id,text,speaker,statement_date,headline\n", encoding="utf-8")
    (tmp_path / "facts.csv").write_text("article_id,phrase,quantity_text,quantity,unit,change,category,qualifier,"
                                        "actor,area_km2\n", encoding="utf-8")
    return tmp_path


def test_both_long_gold_halves_call_the_one_shared_check():
    for script in ("heldout3/check.py", "heldout4/check_heldout4.py", "heldout5/check_heldout5.py",
                   "heldout6/check_heldout6.py", "heldout7/check_heldout7.py",
                   "heldout8/check_heldout8.py", "heldout9/check_heldout9.py"):
        source = (_GOLD / script).read_text(encoding="utf-8")
        assert "from gold_check import check" in source and "def spans" not in source, script


def test_the_shared_check_reads_the_low_nine_mark_only_where_a_set_asks_for_it(tmp_path, capsys):
    import sys
    sys.path.insert(0, str(_GOLD))
    try:
        from gold_check import check
    finally:
        sys.path.remove(str(_GOLD))
    half = _half(tmp_path, "„We will hold the town”, Oleh Marchenko said.", "We will hold the town")
    assert check(half, kb=(10, 5200), low9=True) == 0
    assert check(half, kb=(10, 5200)) == 1  # without it the quote stands between no marks
    assert "occurrence 1 not found between marks" in capsys.readouterr().out
    assert check(half, kb=(4000, 9000), words=(700, 1400), low9=True) == 1
    assert "words, outside 4-9 KB / 700-1400 words" in capsys.readouterr().out


# --- helpers written twice: one helper, its users call it ---------------------------------------------------------

def test_one_helper_trims_a_span_end_for_segment_claims_and_facts():
    from saidvsdone import segment
    from saidvsdone.claims import _content, _dating
    from saidvsdone.facts import context
    assert not hasattr(_dating, "_trim_end") and not hasattr(context, "rstrip")
    assert _dating.trim_end is _content.trim_end is context.trim_end is segment.trim_end
    assert segment.trim_end("He said it.  \n\n", 0, 15) == 11
    assert segment.trim_end("   ", 1, 3) == 1  # never before the start


def test_an_archive_renames_a_repeated_id_with_the_corpus_helper(tmp_path):
    import json
    from saidvsdone import archive
    assert not hasattr(archive, "_unique_id")
    rows = [{"id": "w1", "text": text, "published": "2024-03-01"}
            for text in ("The minister said the line held.", "The mayor said the bridge was hit.")]
    (tmp_path / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert list(archive.load([tmp_path / "wire.jsonl"])["article_id"]) == ["w1", "w1-2"]


# --- small patterns of the speech package written twice ---------------------------------------------------------

def test_a_page_stamp_word_is_one_pattern_of_the_speech_package():
    assert len(_compiled_patterns().get(r"(?i)updated|published|posted|modified", [])) == 1


def test_a_dateline_dates_today_and_an_update_stamp_does_not():
    def day(opening):
        text = f"{opening} Russian forces shelled the port. “We held the line,” Oleh Marchenko said today."
        table = quotes.extract(corpus.from_text(text, article_id="rv11", published="2023-05-09"))
        return str(table["statement_date"].iloc[0].date())
    assert day("KYIV, May 8 (Reuters) -") == "2023-05-08"
    assert day("Updated: May 8 -") == "2023-05-09"  # the page's stamp: "today" is the page's day


def test_a_fronted_place_is_one_pattern_of_the_speech_package():
    from saidvsdone.speech import _speakers
    assert len(_compiled_patterns().get(r"\s*In\s+([A-Z][\w’'-]+)\s*,", [])) == 1
    assert not hasattr(_speakers, "_FRONTED_CAPITAL")
    assert _speakers.FRONTED_PLACE.match("In Kyiv, the ministry said").group(1) == "Kyiv"


def test_a_live_blog_clock_time_is_written_once_for_speech_and_claims():
    from saidvsdone.claims import _dating, _speakers
    from saidvsdone.speech import _dates
    for pattern in (_dates._LIVE_STAMP, _speakers._STAMPED_LABEL, _dating._POST_STAMP_LINE):
        assert _dates.CLOCK in pattern.pattern
    assert _dates._LIVE_STAMP.match("9.15 GMT - The ministry said") and _speakers._STAMPED_LABEL.match("14:02 Kyiv")
    assert not _dates._LIVE_STAMP.match("The ministry said at 9.15 GMT -")


def test_this_was_stated_by_is_written_once_for_speech_and_claims():
    from saidvsdone import speech
    from saidvsdone.claims import _voices
    from saidvsdone.speech import _occasions
    for pattern in (_occasions._STATED_BY, _voices._BACK_REFERENCE):
        assert speech.BACK_REFERENCE in pattern.pattern
    assert _occasions._STATED_BY.match(" This was stated on Sunday by the governor")  # the speech layer: a day between
    assert _voices._BACK_REFERENCE.match("• This was reported by the ministry")        # claims: a bullet before
    assert not _voices._BACK_REFERENCE.match("This was a stated aim by the ministry")


def test_a_role_before_a_name_is_written_once_for_both_patterns_that_read_it():
    from saidvsdone.speech import _names
    for pattern in (_names._ROLE_THEN_NAME, _names._TITLE_BEFORE_NAME):
        assert _names._ROLE_BEFORE_NAME in pattern.pattern
    assert _names._ROLE_THEN_NAME.fullmatch("’s foreign ministry spokeswoman ") is None  # "ministry" is no modifier
    assert _names._ROLE_THEN_NAME.fullmatch("’s chief envoy ")
    assert _names._TITLE_BEFORE_NAME.fullmatch("Kremlin deputy spokesman ")


# --- facts: a part before "of" and the whole, one pattern --------------------------------------------------------

def test_a_part_before_of_is_one_pattern_of_the_facts_package():
    from saidvsdone import facts
    from saidvsdone.facts import events
    assert not hasattr(facts, "_PART_OF_BEFORE") and facts.PART_OF_BEFORE is events.PART_OF_BEFORE
    assert not any("(?:out\\s+)?of\\s+(?:the\\s+)?$" in p for p in _compiled_patterns() if p != events.PART_OF_BEFORE.pattern)


def _drones(text: str) -> list:
    from saidvsdone import facts
    found = facts.extract(corpus.from_text(text, article_id="rv11", published="2023-05-10"))
    return [(r.quantity, r.actor) for r in found.itertuples()]


def test_the_whole_after_a_part_is_the_launchers_whatever_the_case_of_the_part():
    # the strikes' copy of the pattern read the part in lower case only: "Twelve" (title-case copy) made the 20 drones
    # Ukraine's, the shooter's; the one pattern reads the part in any case, as the facts' whole-after-a-part check did
    for part in ("twelve", "Twelve", "12"):
        found = _drones(f"Air defences shot down {part} of the 20 drones, the Ukrainian air force said.")
        assert found == [(12.0, "Ukraine"), (20.0, "Russia")], part


def test_a_figure_with_no_part_before_it_is_still_the_shooters():
    # must not change: no "N of" before it, the figure shot down is the shooter's count
    assert _drones("Air defences shot down 20 drones, the Ukrainian air force said.") == [(20.0, "Ukraine")]


# --- claims: the evidence pictures are the table's words ----------------------------------------------------------

def _basis(cited: str) -> str:
    from saidvsdone import claims
    text = (f"Russian forces have captured the village of Orikhove, the Russian defence ministry said, citing {cited} "
            "published on May 3.")
    return claims.find(corpus.from_text(text, article_id="rv11", published="2023-05-10"))["date_basis"].iloc[0]


def test_a_day_of_published_pictures_is_no_statement_day_for_every_picture_word_of_the_table():
    # _dating wrote its own picture list (no "photo", no "photographs"); it reads the evidence_subject words now
    for cited in ("footage", "photographs", "a photo"):
        assert not _basis(cited).startswith("May 3"), cited


def test_a_day_of_a_published_statement_is_still_the_statement_day():
    assert _basis("the statement").startswith("May 3")  # must not change: a statement is no picture


def test_a_picture_word_of_your_own_table_dates_the_pictures_too(own_words):
    assert _basis("sketches").startswith("May 3")
    own_words("sketches,evidence_subject,\n")
    assert not _basis("sketches").startswith("May 3")
