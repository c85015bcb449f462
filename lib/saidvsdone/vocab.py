"""Every vocabulary table in ``data/``, read, checked and compiled once.

Journalists extend the library by adding rows to the CSV tables in ``data/`` (people, speech
verbs, claim phrases, units, places …; ``data/README.md`` describes each). This module is the one
place that reads them:

* :func:`table` reads a table (UTF-8, with or without a BOM), checks its required columns, and
  layers the rows of your own folders (:func:`use`) over the bundled ones;
* :func:`compiled` keeps what a stage builds from the tables (regexes, lookups) until the tables
  change: a table edited on disk is re-read on the next call, and :func:`reload` forces it.

Example:
    >>> from saidvsdone import vocab
    >>> people = vocab.table("speakers")
    >>> "Vladimir Putin" in set(people["name"])
    True
    >>> vocab.split_forms("Putin|Mr Putin")
    ['Putin', 'Mr Putin']
"""

from __future__ import annotations

import csv
import io
import re
import threading
from pathlib import Path
from typing import Callable

import pandas as pd

from saidvsdone import _letters
from saidvsdone._paths import data_dir
from saidvsdone.matcher import fail_fast, trie_pattern

__all__ = ["table", "check", "compiled", "refresh", "use", "reload", "folders", "split_forms", "country_forms", "side_of", "opposite",
           "VocabularyError", "VocabularyTableMissing", "REQUIRED", "CLAIM_WORD_GROUPS", "formation_words", "weapon_words", "interception_words", "force_nouns", "speech_words",
           "TablePattern", "capitalised_words"]

#: Required columns of each table, and the column(s) whose value names a row (a row of your
#: own with the same key replaces the bundled row).
REQUIRED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "speakers": (("name", "aliases", "role", "country", "kind"), ("name",)),
    "countries": (("country", "side", "names", "demonyms", "capitals", "forces"), ("country",)),
    "speech_cues": (("cue", "forms", "kind"), ("cue",)),
    "claim_phrases": (("claim_type", "phrase"), ("claim_type", "phrase")),
    "claim_topics": (("topic", "phrase"), ("topic", "phrase")),
    "claim_words": (("group", "word"), ("group", "word")),
    "places": (("name",), ("name",)),
    "speech_words": (("word", "kind"), ("word", "kind")),
    "holidays": (("name", "month", "day"), ("name",)),
    "armed_units": (("written", "kind", "side"), ("written", "kind")),
    "units": (("written", "unit"), ("written",)),
    "interception_words": (("written", "uses"), ("written",)),
    "force_nouns": (("written", "uses"), ("written",)),
    "label_spellings": (("written", "label"), ("written",)),
    "qualifiers": (("written", "qualifier"), ("written",)),
    "archive_fields": (("field", "name"), ("name",)),
    "date_stamps": (("label", "role"), ("label",)),
}

#: The kinds of ``data/speech_words.csv`` (what each does: ``data/README.md``).
SPEECH_WORD_KINDS = ("speaking_noun", "body_voice", "institution_noun", "statement_noun", "finding_verb", "addressing_verb", "meeting_verb",
                     "phrase_head", "plural_voice", "label_lead", "no_seat_person", "not_a_person", "headline_rank",
                     "institution_head", "seat_of_power", "local_government_word", "seat_voice", "ministry_phrase", "generic_role", "title_word",
                     "publishing_verb", "rank", "military_role", "regional_head", "conduit_noun", "body_head",
                     "estimate_noun", "body_person", "speaking_group",
                     "introduced_noun", "medium_title", "programme_word",
                     "written_object", "unnamed_person", "military_body", "organisation_word", "apposed_body",
                     "place_word", "second_reference", "evening_occasion", "summary_heading", "side_voice",
                     "military_voice", "headline_verb", "headline_act_verb", "ordered_operation",
                     "male_title", "female_title", "comma_rank", "signature_verb",
                     "medium_noun", "medium_descriptor", "conduit_verb", "name_particle", "kin_noun", "honorific",
                     "unit_head", "commander_rank", "signature_speaker",
                     "headline_subject", "headline_modifier", "group_modifier",
                     "evidence_verb", "stating_verb", "report_word", "content_noun",
                     "scene_gathering", "turn_gathering", "encounter_verb", "encounter_object_verb", "evidence_subject", "lede_role",
                     "role_modifier", "role_unit", "unit_head_modifier", "adjective_role_modifier",
                     "possessive_role_modifier", "leading_modifier", "object_free_speech", "closing_event", "peer_title", "office_rank",
                     "gathering_convenes", "counted_event", "attack_event", "bereaved_kin", "leader_noun", "visitor_noun", "host_noun",
                     "national_office", "posted_person", "bloc_word", "resident_noun", "inner_circle", "map_verb", "as_verb",
                     "recorded_occasion", "lead_in_word", "dispatch_noun", "named_outlet_noun", "spoken_occasion",
                     "recording_stamp", "press_gathering", "sitting_audience", "sitting_event", "sitting_turn", "sitting_member", "sitting_party", "party_group_noun", "legislature_word", "turn_after_verb", "turn_after_adverb",
                     "press_review_noun", "press_writer", "mission_noun", "legislator_noun", "bloc_members",
                     "outlet_maker", "status_participle",
                     "interview_verb", "own_outlet_noun", "then_doing_verb", "telling_verb", "programme_noun",
                     "headline_label_noun", "gloss_adverb", "gloss_verb", "gesture_verb", "as_speech_verb",
                     "account_adjective", "tail_speech_verb", "statement_subject_noun",
                     "title_verb", "hearing_verb", "getting_verb", "data_noun", "data_adjective", "data_modifier", "phrase_opener", "citing_verb", "passive_speech_verb",
                     "relay_audience", "spokesperson_noun", "periodic_adjective", "agency_field",
                     "member_body",
                     "beside_word",
                     "writers_sign", "heading_word", "headline_adverb", "uttered_noun")
#: The groups of claim_words.csv (data/README.md says what each does in saidvsdone.claims).
CLAIM_WORD_GROUPS = ("captive", "capture", "loss", "takes_place", "settlement_noun", "witness", "market_voice",
                     "thanks_cue", "ceremony_cue", "allegation_cue", "denial_cue", "rejection_cue", "expressing_cue",
                     "feeling", "reporting_cue", "report_subject", "rubric", "evacuee", "materiel", "damage_event", "fired_weapon",
                     "setting_noun", "role_synonym", "link_label", "claim_noun", "area_noun", "object_cue", "dependant",
                     "opinion_rubric", "act_cue", "byline_label", "byline_desk", "wire_label", "speed_adjective",
                     "disclosure_cue", "military_use_cue", "military_use", "shelling_count", "military_target")
#: The kinds of ``data/armed_units.csv``, and what a ``formation`` word's ``uses`` column may list (data/README.md).
ARMED_UNIT_KINDS = ("name", "type", "formation")
FORMATION_USES = ("body", "speaker_again", "force_again", "numbered", "apposed", "counted", "strength", "strength_of", "more",
                  "name_tail")
#: What a row of ``data/interception_words.csv`` may list in its ``uses`` column (data/README.md).
INTERCEPTION_USES = ("active", "before_count", "or_also", "tally", "passive", "were_lost", "jamming", "bare",
                     "with_count", "described")
#: What a row of ``data/force_nouns.csv`` may list in its ``uses`` column (data/README.md).
FORCE_NOUN_USES = ("side_subject", "actor", "speaks_as_military", "generic", "of_a_side", "owned",
                   "hits_other_side", "counted_soldiers")
#: Word tables whose rows each name one of a closed set of kinds: table → (column, allowed values).
_CLOSED_KINDS = {"speech_words": ("kind", SPEECH_WORD_KINDS), "claim_words": ("group", CLAIM_WORD_GROUPS)}


#: What a claim topic may be (data/README.md, claim_topics.csv): the topics a claim is typed by, then the groups that
#: keep a sentence out (``saidvsdone.claims``: ``TOPICS`` and the excluding groups; a test keeps the two the same).
CLAIM_TOPIC_GROUPS = ("territory", "losses", "strikes", "mobilisation", "goals", "pace", "negotiations", "threat",
                      "civilian", "conduct", "logistics", "elsewhere", "theatre", "offtopic", "ceremony", "meeting",
                      "industry", "routine", "economy")
#: What a label of ``data/date_stamps.csv`` says its date is (data/README.md): the page's publication, a later update,
#: or an event the page reports (a broadcast, a recording); ranked in that order when a page stamp gives several.
STAMP_ROLES = ("published", "updated", "event")
#: Columns with a closed set of values: table → (column, allowed values ("countries.csv": its countries), may be empty).
#: A row outside them is refused with its file and line, since the rules would never read it as meant.
_CLOSED_VALUES = {
    "speakers": (("kind", ("person", "organisation", "media", "institution"), False), ("country", "countries.csv", True)),
    "countries": (("side", ("Russia", "Ukraine", "other"), False),),
    "speech_cues": (("kind", ("speech", "source"), False),),
    "places": (("country", ("Ukraine", "Russia", "other"), True), ("kind", ("region", "city", "area", "country",
                                                                           "foreign"), True)),
    "units": (("dimension", ("area", "length", "share", "count", "people"), False),),
    "claim_topics": (("topic", CLAIM_TOPIC_GROUPS, False),),
    "archive_fields": (("field", ("id", "text", "html", "published", "url", "title", "source"), False),),
    "date_stamps": (("role", STAMP_ROLES, False),),
}
_VALUE_SOURCE = {("speakers", "country"): "countries.csv"}


class VocabularyError(ValueError):
    """A table in ``data/`` cannot be used: the message names the file and line."""


class VocabularyTableMissing(VocabularyError):
    """A table of ``data/`` is not in the data folder (a ``SAIDVSDONE_DATA`` folder without every table)."""


_lock = threading.Lock()
_user_folders: list[Path] = []
_tables: dict[str, tuple[tuple, pd.DataFrame]] = {}
_compiled: dict[str, tuple] = {}
_generation = 0


def folders() -> list[Path]:
    """The folders tables are read from: the bundled ``data/`` first, then yours (:func:`use`)."""
    return [data_dir(), *_user_folders]


def use(folder: str | Path | None) -> None:
    """Layer the tables of ``folder`` over the bundled ones (``None``: back to the bundled only).

    A file ``folder/speakers.csv`` adds its rows to ``data/speakers.csv``; a row with the name of a
    bundled row replaces it. Only the tables you put there are layered.

    Example:
        >>> import tempfile, pathlib
        >>> from saidvsdone import vocab
        >>> mine = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (mine / "speakers.csv").write_text(
        ...     "name,aliases,role,country,kind\\nOleh Kravets,Kravets,governor,Ukraine,person\\n", encoding="utf-8")
        >>> vocab.use(mine)
        >>> "Oleh Kravets" in set(vocab.table("speakers")["name"])
        True
        >>> vocab.use(None)
    """
    with _lock:
        _user_folders.clear()
        if folder is not None:
            path = Path(folder)
            if not path.is_dir():
                raise VocabularyError(f"{path}: not a folder of vocabulary tables")
            _user_folders.append(path)
        _tables.clear()
        _compiled.clear()
        _bump()


def reload() -> None:
    """Forget every table read and everything compiled from them (they are re-read on next use)."""
    with _lock:
        _tables.clear()
        _compiled.clear()
        _bump()


def _bump() -> None:
    global _generation
    _generation += 1


def _files(name: str) -> list[Path]:
    return [folder / f"{name}.csv" for folder in folders() if (folder / f"{name}.csv").is_file()]


def _stamp(files: list[Path]) -> tuple:
    return tuple((str(f), s.st_mtime_ns, s.st_size) for f in files for s in (f.stat(),))  # (one stat a file)


def table(name: str) -> pd.DataFrame:
    """The table ``data/<name>.csv`` (plus your layered rows), every cell a string.

    Raises:
        VocabularyError: the file is missing (:class:`VocabularyTableMissing`), or lacks a required column, naming
            the file.
    """
    files = _files(name)
    if not files:
        raise VocabularyTableMissing(f"{data_dir() / (name + '.csv')}: vocabulary table not found "
                              "(run from a checkout, or set SAIDVSDONE_DATA to a copy of data/)")
    stamp = _stamp(files)
    cached = _tables.get(name)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    frames = [_read(path, name) for path in files]
    merged = frames[0]
    if len(frames) > 1:
        key = list(REQUIRED.get(name, ((), ()))[1])
        merged = pd.concat(frames, ignore_index=True)
        if key:
            merged = merged.drop_duplicates(key, keep="last").reset_index(drop=True)
    with _lock:
        _tables[name] = (stamp, merged)
    return merged


def check() -> list[str]:
    """Read and check every vocabulary table (the bundled ones and your layered folders), as the stages will.

    Returns the tables read; raises :class:`VocabularyError` at the first row that cannot be used, naming the file,
    its line (as an editor numbers them: the header is line 1) and what is wrong. ``report`` runs it before reading
    any article, so a typo in a table you extended stops the run with one line instead of leaving the tables empty.

    Example:
        >>> import tempfile, pathlib
        >>> from saidvsdone import vocab
        >>> len(vocab.check()) == len(vocab.REQUIRED)
        True
        >>> mine = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (mine / "places.csv").write_text("name,place,country,kind\\nKozachi,Kozachi,Ukrain,city\\n",
        ...                                      encoding="utf-8")
        >>> vocab.use(mine)
        >>> try:
        ...     vocab.check()
        ... except vocab.VocabularyError as error:
        ...     print(str(error).split("places.csv, ")[1])
        line 2 (Kozachi): country 'Ukrain' is not one of Russia, Ukraine, other; leave it empty if none
        >>> vocab.use(None)
    """
    return [name for name in REQUIRED if table(name) is not None]


def _read(path: Path, name: str) -> pd.DataFrame:
    try:
        lines = _scan(path)
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", index_col=False).fillna("")
    except UnicodeDecodeError as error:
        raise VocabularyError(f"{path}: cannot read the table: not UTF-8 ({error.reason} at byte {error.start}); "
                              "save it as CSV UTF-8") from None
    except pd.errors.ParserError as error:
        raise VocabularyError(f"{path}: cannot read the table ({error})") from None
    required = REQUIRED.get(name, ((), ()))[0]
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise VocabularyError(f"{path}: missing column(s) {', '.join(missing)} "
                              f"(the table needs {', '.join(required)})")
    if len(lines) != len(frame):
        lines = list(range(2, len(frame) + 2))
    _LINES[id(frame)] = lines  # (not in frame.attrs: pandas deep-copies those on every row taken)
    try:
        _check_rows(path, name, frame, required, lines)
    finally:
        _LINES.pop(id(frame), None)
    return frame


def _check_rows(path: Path, name: str, frame: pd.DataFrame, required: tuple[str, ...], lines: list[int]) -> None:
    _check_layout(path, frame, lines)
    for column in required[:1]:
        empty = frame.index[frame[column].str.strip() == ""]
        if len(empty):
            raise VocabularyError(f"{path}, line {lines[empty[0]]}: empty {column!r}")
    if name == "speakers":
        _check_tenure(path, frame)
    if name in _CLOSED_KINDS:
        _check_kinds(path, frame, *_CLOSED_KINDS[name])
    if name in _CLOSED_VALUES:
        _check_values(path, frame, name)
    if name == "units":
        _check_factors(path, frame)
    if name in ("claim_phrases", "claim_topics"):
        _check_phrases(path, frame)
    if name == "armed_units":
        _check_armed_units(path, frame)
    if name == "interception_words":
        _check_uses(path, frame, INTERCEPTION_USES)
    if name == "force_nouns":
        _check_uses(path, frame, FORCE_NOUN_USES)


def _line(frame: pd.DataFrame, i: int) -> int:
    """The file line (header = line 1, as an editor numbers them) that row ``i`` of a table read by :func:`_read`
    starts on."""
    lines = _LINES.get(id(frame))
    return lines[i] if lines and i < len(lines) else i + 2


#: id of a table being checked by :func:`_read` → the line each of its rows starts on
_LINES: dict[int, list[int]] = {}


def _scan(path: Path) -> list[int]:
    """The line each data row of ``path`` starts on, as an editor numbers them (a blank line left in the table, or a
    cell with a line break, moves every row after it), read with the csv module as pandas reads the rows; a row with
    more cells than the header (an unquoted comma: pandas would silently shift its cells) or a double quote never
    closed (the rest of the file read into one cell) is refused with its line."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    raw = io.StringIO(text, newline="").readlines()  # the lines as the reader counts them
    reader = csv.reader(raw)
    lines: list[int] = []
    before, width = 0, 0
    try:
        for k, record in enumerate(reader):
            start, before = before + 1, reader.line_num
            if not k:
                width = len(record)
                continue
            if not record:  # a blank line: pandas skips it too
                continue
            if any("\n" in cell or "\r" in cell for cell in record):
                if "".join(raw[start - 1:before]).count('"') % 2:
                    raise VocabularyError(
                        f"{path}, line {start}: a double quote opened in this row is never closed, so the lines after "
                        "it were read into one cell: close the quote (or remove it) and save the table again")
                raise VocabularyError(f"{path}, line {start}: a cell holds a line break (lines {start}–{before}): "
                                      "a table's cells are one line each")
            if len(record) > width:
                raise VocabularyError(f"{path}, line {start}: {len(record)} cells where the header has {width} "
                                      "(a cell with a comma in it goes in double quotes)")
            lines.append(start)
    except csv.Error as error:
        raise VocabularyError(f"{path}, line {before + 1}: cannot read the row ({error})") from None
    return lines


def _check_layout(path: Path, frame: pd.DataFrame, lines: list[int]) -> None:
    """A row a spreadsheet garbled: separated by semicolons in a table separated by commas."""
    if not len(frame) or len(frame.columns) < 2:
        return
    first = frame.columns[0]
    rest = frame[list(frame.columns[1:])].apply(lambda column: column.str.strip() != "").any(axis=1)
    garbled = frame.index[frame[first].str.contains(";", regex=False) & ~rest]
    if len(garbled):
        i = garbled[0]
        raise VocabularyError(
            f"{path}, line {lines[i]}: the row is separated by semicolons ({frame.at[i, first][:60]!r}); this table is "
            "separated by commas: write the cells with commas (a spreadsheet saving as CSV in some locales "
            "uses semicolons: save as CSV UTF-8, comma-separated)")


def _check_values(path: Path, frame: pd.DataFrame, name: str) -> None:
    """Columns with a closed set of values (``_CLOSED_VALUES``); a row with another value would never be read as
    meant (a typo in a country or kind): the file, line and row are named."""
    for column, allowed, may_be_empty in _CLOSED_VALUES[name]:
        if column not in frame.columns:
            continue
        values = _countries() if allowed == "countries.csv" else allowed
        key = frame.columns[0]
        for i, cell in enumerate(frame[column].str.strip()):
            if (cell or not may_be_empty) and cell not in values:
                shown = ", ".join(sorted(values)) if len(values) <= 20 else \
                    f"{', '.join(sorted(values)[:12])} … (the {len(values)} values of {_VALUE_SOURCE.get((name, column), 'the table')})"
                raise VocabularyError(f"{path}, line {_line(frame, i)} ({frame.at[i, key]}): {column} {cell!r} is not "
                                      f"one of {shown}" + ("; leave it empty if none" if may_be_empty else ""))


def _countries() -> frozenset:
    return frozenset(table("countries")["country"].str.strip())


def _check_factors(path: Path, frame: pd.DataFrame) -> None:
    """units.csv: ``to_km2`` and ``to_km`` are numbers (empty when they do not apply); an area needs ``to_km2`` and
    a length ``to_km``, or its figures are never converted."""
    for column in ("to_km2", "to_km"):
        if column not in frame.columns:
            continue
        for i, cell in enumerate(frame[column].str.strip()):
            try:
                ok = not cell or float(cell) > 0
            except ValueError:
                ok = False
            if not ok:
                raise VocabularyError(f"{path}, line {_line(frame, i)} ({frame.at[i, 'written']}): {column} "
                                      f"{cell!r} is not a positive number (e.g. 2.589988 for square miles); leave it "
                                      "empty when it does not apply")
    if "dimension" in frame.columns:
        empty = pd.Series("", index=frame.index)
        for i, (dimension, km2, km) in enumerate(zip(frame["dimension"].str.strip(),
                                                     frame.get("to_km2", empty).str.strip(),
                                                     frame.get("to_km", empty).str.strip())):
            need = {"area": ("to_km2", km2), "length": ("to_km", km)}.get(dimension)
            if need and not need[1]:
                raise VocabularyError(f"{path}, line {_line(frame, i)} ({frame.at[i, 'written']}): a unit of "
                                      f"{dimension} needs {need[0]} (how many {'km²' if dimension == 'area' else 'km'} "
                                      "one unit is), or its figures are never converted")


def _check_phrases(path: Path, frame: pd.DataFrame) -> None:
    """claim_phrases.csv, claim_topics.csv: every phrase reads in the table grammar, as the claims stage will read it
    (``matcher.compile_phrase``: '(a|b)' either word, '[word]' an optional one, brackets closed within one word)."""
    from saidvsdone.matcher import PhraseError, compile_phrase  # (the grammar's one reader; imported when checked)

    for i, phrase in enumerate(frame["phrase"]):
        try:
            compile_phrase(str(phrase))
        except PhraseError as error:
            raise VocabularyError(f"{path}, line {_line(frame, i)} ({phrase}): {error}") from None


def _check_armed_units(path: Path, frame: pd.DataFrame) -> None:
    """armed_units.csv: every row's ``kind`` is one of ``ARMED_UNIT_KINDS``, and a ``formation`` row's ``uses``
    lists only ``FORMATION_USES``; a bad row names the file and line."""
    uses = frame["uses"] if "uses" in frame.columns else pd.Series([""] * len(frame), dtype=str)
    for i, (written, kind, used) in enumerate(zip(frame["written"].str.strip(), frame["kind"].str.strip(), uses)):
        if kind not in ARMED_UNIT_KINDS:
            raise VocabularyError(f"{path}, line {_line(frame, i)} ({written}): kind {kind!r} is not one of "
                                  f"{', '.join(ARMED_UNIT_KINDS)}")
        wrong = [use for use in split_forms(used) if use not in FORMATION_USES]
        if kind == "formation" and wrong:
            raise VocabularyError(f"{path}, line {_line(frame, i)} ({written}): uses {wrong[0]!r} is not one of "
                                  f"{', '.join(FORMATION_USES)}")


def _check_uses(path: Path, frame: pd.DataFrame, allowed: tuple[str, ...]) -> None:
    """A table of words and their ``uses``: every row lists one or more of the ``allowed`` uses, no other; a bad
    row names the file and line."""
    for i, (written, used) in enumerate(zip(frame["written"].str.strip(), frame["uses"])):
        wrong = [use for use in split_forms(used) if use not in allowed]
        if wrong or not split_forms(used):
            raise VocabularyError(f"{path}, line {_line(frame, i)} ({written}): uses {(wrong or [''])[0]!r} is not one of "
                                  f"{', '.join(allowed)}")


def _check_kinds(path: Path, frame: pd.DataFrame, column: str, allowed: tuple[str, ...]) -> None:
    """A word table: every row has a word and one of the ``allowed`` values in ``column``; a bad row
    names the file and line."""
    for i, (kind, word) in enumerate(zip(frame[column].str.strip(), frame["word"].str.strip())):
        if not word:
            raise VocabularyError(f"{path}, line {_line(frame, i)}: empty word")
        if kind not in allowed:
            raise VocabularyError(f"{path}, line {_line(frame, i)} ({word}): {column} {kind!r} is not one of {', '.join(allowed)}")


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_tenure(path: Path, frame: pd.DataFrame) -> None:
    """The optional ``from`` / ``until`` columns of speakers.csv: ISO dates (empty = open), ``from``
    not after ``until``; a bad cell names the file, line and row."""
    for column in ("from", "until"):
        if column not in frame.columns:
            continue
        for i, cell in frame[column].items():
            cell = cell.strip()
            if cell and (not _ISO_DAY.fullmatch(cell) or pd.isna(pd.to_datetime(cell, errors="coerce"))):
                raise VocabularyError(f"{path}, line {_line(frame, i)} ({frame.at[i, 'name']}): {column!r} is {cell!r}, "
                                      "not a date written YYYY-MM-DD (leave it empty for an open tenure)")
    if "from" in frame.columns and "until" in frame.columns:
        for i, (start, end) in enumerate(zip(frame["from"].str.strip(), frame["until"].str.strip())):
            if start and end and start > end:
                raise VocabularyError(f"{path}, line {_line(frame, i)} ({frame.at[i, 'name']}): 'from' {start} "
                                      f"is after 'until' {end}")


def compiled(key: str, tables: tuple[str, ...], build: Callable[[], object]):
    """``build()``'s result, kept until one of ``tables`` changes on disk (checked by
    :func:`refresh`, which every stage calls once per run) or :func:`reload`."""
    cached = _compiled.get(key)
    if cached is not None:
        return cached[1]
    stamp = tuple(_stamp(_files(name)) for name in tables)
    value = build()
    with _lock:
        _compiled[key] = (stamp, value, tables)
    return value


class TablePattern:
    """A module-level pattern written around words of vocabulary tables: ``build()`` gives its source, compiled on
    first use and again whenever one of ``tables`` changes (:func:`compiled`), so a row of your own folder
    (:func:`use`) is read. It answers ``search``, ``match``, ``fullmatch``, ``finditer`` and ``sub`` as a pattern does.

    Example:
        >>> heads = TablePattern("doc_example", ("units",), lambda: r"\\b(?:km|miles)\\b")
        >>> heads.search("advanced 2 km").group()
        'km'
    """

    __slots__ = ("_key", "_tables", "_build", "_flags", "_compile")

    def __init__(self, key: str, tables: tuple[str, ...], build: Callable[[], str], flags: int = 0, *,
                 first_chars: bool = False, letters: bool = False):
        # first_chars: compiled by matcher.fail_fast (a look-ahead for the characters a match starts with)
        # letters: a pattern that reads names or places, its classes A-Z / a-z widened to every Latin letter before
        # it compiles (_letters.widen: "Łyman", "Erdoğan"); ``pattern`` and fail_fast's first characters are the
        # widened text's, so nothing derived from the pattern reads other letters than it does (nx2)
        self._key, self._tables, self._flags = "pattern:" + key, tables, flags
        self._build = (lambda: _letters.widen(build())) if letters else build
        self._compile = fail_fast if first_chars else re.compile

    def compiled(self) -> re.Pattern:
        return compiled(self._key, self._tables, lambda: self._compile(self._build(), self._flags))

    @property
    def pattern(self) -> str:
        return self.compiled().pattern

    # each method reads the pattern kept in ``_compiled`` itself and calls ``compiled()`` only when it is not there
    # (first use, or a table changed): one dict lookup per call, not two calls and a closure (issue 17)
    def search(self, *args):
        kept = _compiled.get(self._key)
        return (kept[1] if kept is not None else self.compiled()).search(*args)

    def match(self, *args):
        kept = _compiled.get(self._key)
        return (kept[1] if kept is not None else self.compiled()).match(*args)

    def fullmatch(self, *args):
        kept = _compiled.get(self._key)
        return (kept[1] if kept is not None else self.compiled()).fullmatch(*args)

    def finditer(self, *args):
        kept = _compiled.get(self._key)
        return (kept[1] if kept is not None else self.compiled()).finditer(*args)

    def sub(self, *args):
        kept = _compiled.get(self._key)
        return (kept[1] if kept is not None else self.compiled()).sub(*args)


def generation() -> int:
    """The number :func:`refresh` and :func:`use` change whenever a compiled table was dropped (a cache keyed on it
    is stale once it moves).

    >>> before = generation(); use(None); generation() > before
    True
    """
    return _generation


def refresh() -> int:
    """Drop what was compiled from a table that changed on disk since; returns the generation
    (a number that changes whenever anything was dropped: documents are cached on it)."""
    global _generation
    stamps: dict[str, tuple] = {}  # each table's files stamped once a call, however many compiled things read it

    def now(name: str) -> tuple:
        if name not in stamps:
            stamps[name] = _stamp(_files(name))
        return stamps[name]
    stale = [key for key, (stamp, _, tables) in list(_compiled.items())
             if stamp != tuple(now(name) for name in tables)]
    if stale:
        with _lock:
            for key in stale:
                _compiled.pop(key, None)
            _generation += 1
    return _generation


def country_forms() -> dict[str, tuple[str, str]]:
    """Every way ``data/countries.csv`` writes a country: form → (country, kind), kind being
    ``country`` (a name), ``demonym``, ``capital`` (a capital or seat of power) or ``force``.

    Example:
        >>> country_forms()["Kremlin"], country_forms()["Ukrainians"]
        (('Russia', 'capital'), ('Ukraine', 'demonym'))
    """
    def build():
        found: dict[str, tuple[str, str]] = {}
        for row in table("countries").itertuples():
            for column, kind in (("names", "country"), ("demonyms", "demonym"), ("capitals", "capital"),
                                 ("forces", "force")):
                for form in split_forms(getattr(row, column)):
                    found.setdefault(form, (row.country, kind))
        return found
    return compiled("country_forms", ("countries",), build)


def person_nouns() -> dict[str, str]:
    """The nouns for one of a country's people (``data/countries.csv``, column ``person_nouns``, optional): noun →
    country ("Pole" → Poland, "Estonian" → Estonia).

    Example:
        >>> person_nouns()["Finn"], person_nouns()["Briton"]
        ('Finland', 'United Kingdom')
    """
    def build():
        found: dict[str, str] = {}
        frame = table("countries")
        if "person_nouns" not in frame.columns:
            return found
        for row in frame.itertuples():
            for form in split_forms(row.person_nouns):
                found.setdefault(form, row.country)
        return found
    return compiled("person_nouns", ("countries",), build)


def formation_words(use: str) -> tuple[str, ...]:
    """The words of a formation's kind (``data/armed_units.csv``, kind ``formation``, lower case) whose ``uses``
    column lists ``use`` (one of ``FORMATION_USES``), longest first: ``body`` (a speaker whose name holds one is
    a body, not a person: "the Tavria group"), ``speaker_again`` ("the brigade said": the body ending in that word
    that spoke before), ``force_again`` ("the brigade advanced": the last formation named with a side),
    ``numbered`` (the last word of a numbered formation, "the 47th Mechanized Brigade"), ``apposed`` (the kind in an
    apposition that gives a formation its side, "…, a Russian unit,"), ``counted`` (formations counted after a
    number, "four mechanized brigades"), ``strength`` (a formation holding men, the subject: "the brigade numbers about 2,000",
    "his brigade holds a sector … with fewer than 600 men"), ``strength_of`` (its strength apposed or after "of": "a
    regiment, around 2,500 men", "a brigade of about 3,000 men"), ``more`` (formations counted after "more": "two more brigades"),
    ``name_tail`` (the kind after a formation's name in marks, closing a subject's apposition: "X, spokesman of the
    “Khortytsia” operational-strategic group of forces, told …").

    Example:
        >>> "brigade" in formation_words("body"), "unit" in formation_words("force_again")
        (True, True)
    """
    def build():
        frame = table("armed_units")
        found: dict[str, list[str]] = {u: [] for u in FORMATION_USES}
        uses = frame["uses"].fillna("") if "uses" in frame.columns else [""] * len(frame)
        for written, kind, used in zip(frame["written"], frame["kind"], uses):
            if kind.strip() == "formation":
                for one in split_forms(used):
                    found[one].append(written.strip().lower())
        return {u: tuple(sorted(dict.fromkeys(words), key=lambda w: (-len(w), w))) for u, words in found.items()}
    return compiled("formation_words", ("armed_units",), build)[use]


def interception_words(use: str) -> tuple[str, ...]:
    """The words of shooting down, intercepting and destroying a weapon (``data/interception_words.csv``, lower case)
    whose ``uses`` column lists ``use`` (one of ``INTERCEPTION_USES``), longest first: ``active`` (a side's verb in
    every form, "shot down", "intercepts", "took out", "destruction of"), ``before_count`` (the verb right before a
    count, "downing 38 of them"), ``or_also`` (its second verb, "shot down or jammed 40"), ``tally`` (a tally line's
    verb, "Also destroyed:"), ``passive`` (a passive count's participle, "40 drones were intercepted"),
    ``were_lost`` (with ``passive`` after a launch: "were lost"), ``jamming`` (with ``passive`` after a count of
    the same weapons: "were jammed"), ``bare`` (a participle after a bare number, "six more downed over Sumy"),
    ``with_count`` (with ``bare`` after "with": "with 45 destroyed"), ``described`` (a bare number described by a
    participle after "the": "the 40 downed over Sumy").

    Example:
        >>> "shot down" in interception_words("passive"), "jammed" in interception_words("passive")
        (True, False)
    """
    return _words_by_use("interception_words", INTERCEPTION_USES)[use]


def force_nouns(use: str) -> tuple[str, ...]:
    """The nouns of a side's armed forces (``data/force_nouns.csv``, lower case) whose ``uses`` column lists ``use``
    (one of ``FORCE_NOUN_USES``), longest first: ``side_subject`` (a side's forces as the subject of a move in the
    facts, "Russian troops captured …"), ``actor`` (a side's name made the actor of a move in the comparison with
    the maps, "Ukrainian forces"), ``speaks_as_military`` ("Moscow said its forces …": the country's military
    speaks), ``generic`` ("Russia's military": a side's forces, no body of its own name), ``of_a_side`` ("soldiers of
    the 47th brigade": the side after "of" is theirs), ``hits_other_side`` ("its navy had destroyed two Ukrainian
    boats": the speaking body's own forces, against the other side).

    Example:
        >>> "troops" in force_nouns("side_subject"), "armed forces" in force_nouns("side_subject")
        (True, False)
    """
    return _words_by_use("force_nouns", FORCE_NOUN_USES)[use]


def _words_by_use(name: str, uses: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """use → the words of table ``name`` (columns ``written``, ``uses``) whose ``uses`` list it, longest first."""
    def build():
        frame = table(name)
        found: dict[str, list[str]] = {u: [] for u in uses}
        for written, used in zip(frame["written"], frame["uses"]):
            for one in split_forms(used):
                found[one].append(" ".join(written.split()).lower())
        return {u: tuple(sorted(dict.fromkeys(words), key=lambda w: (-len(w), w))) for u, words in found.items()}
    return compiled("words_by_use:" + name, (name,), build)


def speech_words() -> dict[str, frozenset]:
    """The words of ``data/speech_words.csv`` by kind (lower case): the nouns that can speak
    (``speaking_noun``), the institution nouns "he" never refers back to (``institution_noun``), the
    statement nouns (``statement_noun``), the verbs whose object heard the words (``addressing_verb``),
    the verbs of being somewhere (``meeting_verb``) or of publishing (``publishing_verb``) whose day
    dates the words, and the ranks (``rank``, ``military_role``). Read and checked once;
    extend the table to extend the rules (the speech layer and the mention layer read them here).

    Example:
        >>> words = speech_words()
        >>> "spokesman" in words["speaking_noun"], "aired" in words["publishing_verb"]
        (True, True)
    """
    def build():
        found: dict[str, set] = {kind: set() for kind in SPEECH_WORD_KINDS}
        for row in table("speech_words").itertuples():
            found[row.kind.strip()].add(" ".join(row.word.lower().split()))
        return {kind: frozenset(words) for kind, words in found.items()}
    return compiled("speech_words", ("speech_words",), build)


def capitalised_words(kind: str) -> str:
    """A regex alternation (longest first) of the words of ``data/speech_words.csv`` of ``kind`` written with a
    capital, as a name writes them ("organisation_word": "Ministry|Kremlin|Guards|…").

    Example:
        >>> import re
        >>> bool(re.fullmatch(capitalised_words("organisation_word"), "Kremlin"))
        True
    """
    def build():
        frame = table("speech_words")
        words = {" ".join(w.split()) for w, k in zip(frame["word"], frame["kind"]) if k.strip() == kind}
        return trie_pattern(w[:1].upper() + w[1:] for w in words)
    return compiled("capitalised_words:" + kind, ("speech_words",), build)


#: The units of ``data/units.csv`` that count what is fired or launched.
WEAPON_UNITS = ("missiles", "drones", "shells")


def weapon_words() -> frozenset:
    """The one-word spellings (lower case) of ``data/units.csv`` whose unit counts what is fired or launched
    (``WEAPON_UNITS``: "missiles", "drones", "shaheds", "kalibrs", "shells").

    Example:
        >>> {"missile", "drones", "uav"} <= weapon_words(), "tanks" in weapon_words()
        (True, False)
    """
    return compiled("weapon_words", ("units",), lambda: frozenset(
        written.strip().lower() for written, unit in zip(table("units")["written"], table("units")["unit"])
        if unit.strip() in WEAPON_UNITS and written.strip() and " " not in written.strip()))


def side_of(country: str) -> str:
    """``Russia``, ``Ukraine`` or ``other``: the side a country's forces fight on (countries.csv)."""
    sides = compiled("country_sides", ("countries",),
                     lambda: {row.country: row.side or "other" for row in table("countries").itertuples()})
    return sides.get(country, "other")


def opposite(side: str) -> str:
    """The warring side a side fights (``Russia`` ↔ ``Ukraine``), "" for any other: one answer for facts and speakers.

    >>> opposite("Russia"), opposite("Ukraine"), opposite("other")
    ('Ukraine', 'Russia', '')
    """
    return _OPPOSITE_SIDES.get(side, "")


_OPPOSITE_SIDES = {"Russia": "Ukraine", "Ukraine": "Russia"}


def split_forms(cell: str) -> list[str]:
    """The ``|``-separated forms of one cell, stripped, empties dropped."""
    return [part.strip() for part in str(cell).split("|") if part.strip()]
