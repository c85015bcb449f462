"""Metamorphic testing over the real devset: real copy, transformed so that what was memorised no longer helps.

The devset's development part (``../shared/devset``, the fifteen articles whose number is not a multiple
of four) scores about 1.0 because the library has studied it: its people are in ``data/speakers.csv``,
its phrasing and layouts in the tables. Each transformation below changes the article *in memory* in a
way that keeps the gold knowable (a person renamed, a speech verb swapped, quote marks of another
style, hard-wrapped lines, outlet furniture between paragraphs …); the gold rows are carried through
the same edits (their spans remapped by an offset map, their speaker labels renamed), and the
transformed articles are scored with the devset's own matching (``eval_devset.score_*``). A drop on a
transformed dev article is a mechanism that real copy nobody here has read will hit.

Nothing of the articles' text is written into the repository: the transformed files live in a
temporary folder for the run. The held-back part (004, 008, 012, 016, 020) is never read here.

    python tests/metamorphic.py                   # figures per transformation
    python tests/metamorphic.py --errors rename_people   # per-row errors (dev articles only)
    python tests/metamorphic.py --show 002 all    # the transformed text of one dev article

Every transformation is deterministic (choices come from a CRC of the text they replace, no random
state), is a function ``f(text, ctx) -> list[Edit]`` and says in its docstring what it tests and how
the gold changes.
"""

from __future__ import annotations

import bisect
import csv
import re
import sys
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DATA = HERE.parent / "data"

# ---------------------------------------------------------------------------------------------
# The edit machinery


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement``."""

    start: int
    end: int
    replacement: str


class OffsetMap:
    """Where the positions of the old text went after a list of sorted, non-overlapping edits."""

    def __init__(self, edits: list[Edit]):
        self.edits = edits
        self._starts = [e.start for e in edits]

    def position(self, pos: int, side: str = "start") -> int:
        """The new position of old ``pos``. A position strictly inside a replaced stretch goes to the
        replacement's new start (``side="start"``) or new end (``side="end"``); an insertion exactly at
        ``pos`` lies before a span starting there and after a span ending there."""
        delta = 0
        for e in self.edits:
            if e.start == e.end == pos:
                if side == "start":
                    delta += len(e.replacement)
                    continue
                break
            if e.start < pos and e.end <= pos:
                delta += len(e.replacement) - (e.end - e.start)
                continue
            if e.start < pos < e.end:
                return e.start + delta + (len(e.replacement) if side == "end" else 0)
            break
        return pos + delta

    def span(self, start: int, end: int) -> tuple[int, int, bool]:
        """(new start, new end, cut): ``cut`` when an edit overlaps the span without lying inside it
        (the new span is then the one covering the replacement)."""
        cut = False
        first = max(0, bisect.bisect_left(self._starts, start) - 1)
        for e in self.edits[first:]:
            if e.start >= end:
                break
            if e.end > start and e.start < end and not (start <= e.start and e.end <= end):
                cut = True
        return self.position(start, "start"), self.position(end, "end"), cut


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, OffsetMap]:
    """The text with ``edits`` applied (sorted; overlapping ones raise) and the offset map."""
    edits = sorted(edits, key=lambda e: (e.start, e.end))
    parts, last = [], 0
    for e in edits:
        if e.start < last or e.end < e.start or e.end > len(text):
            raise ValueError(f"overlapping or out-of-range edit {e}")
        parts.append(text[last:e.start])
        parts.append(e.replacement)
        last = e.end
    parts.append(text[last:])
    return "".join(parts), OffsetMap(edits)


def _pick(pool: list[str], key: str, taken: set[str] | None = None) -> str:
    """A deterministic choice from ``pool`` by the CRC of ``key``, skipping ``taken``."""
    n = zlib.crc32(key.encode("utf-8"))
    for k in range(len(pool)):
        choice = pool[(n + k) % len(pool)]
        if taken is None or choice not in taken:
            return choice
    return pool[n % len(pool)]


# ---------------------------------------------------------------------------------------------
# One article in transformation: text, gold spans, labels


@dataclass
class Ctx:
    """What a transformation may read besides the text: the title, the gold speaker labels, and the
    name map a rename builds (kept so labels and title follow)."""

    title: str = ""
    speakers: set = field(default_factory=set)
    names: dict = field(default_factory=dict)  # old token -> new token
    label_map: dict = field(default_factory=dict)  # old speaker label -> new label


# ---------------------------------------------------------------------------------------------
# Names


_TITLES = {"President", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "General", "Gen.", "Colonel", "Col.",
           "Minister", "Prime", "Defence", "Defense", "Foreign", "Secretary", "Lt", "Lt.", "Lieutenant", "Major",
           "Chief", "Admiral", "Marshal", "Sir", "Madam", "Commander", "Chancellor", "Gen", "Col"}
_SLAVIC_COUNTRIES = {"Russia", "Ukraine", "Belarus"}

#: Invented first names by gender (real given names, many of them in no table of the library).
_FIRST = {
    "m": ["Taras", "Bohdan", "Yevhen", "Stepan", "Mykola", "Anatolii", "Vitalii", "Ruslan", "Arsen", "Zinovii",
          "Matvei", "Gleb", "Radomir", "Oleh", "Yaroslav", "Ostap"],
    "f": ["Oksana", "Iryna", "Solomiia", "Halyna", "Zoriana", "Lesia", "Milena", "Ulyana"],
}
_FIRST_WEST = {
    "m": ["Graham", "Duncan", "Warren", "Preston", "Conrad", "Alden", "Wendell", "Sterling"],
    "f": ["Maren", "Corinne", "Delia", "Noreen", "Rosalind", "Imogen"],
}
#: Invented surnames (checked at import against every table of data/ and the article).
_SURNAMES = ["Dovbenko", "Harchuk", "Tkalenko", "Vorobkin", "Lisovets", "Zhuravko", "Ostapiuk", "Kravtsiv",
             "Semkiv", "Horbachuk", "Dorokhin", "Pidluzhny", "Rybchak", "Tarnavets", "Verbytskyi", "Yaremchuk",
             "Bilokon", "Zavhorodnii", "Kotsiuba", "Hnatyshyn", "Sukhovii", "Malakhin", "Ternovskoi", "Burlakin"]
_SURNAMES_WEST = ["Hollowell", "Brantham", "Kessling", "Pembridge", "Ottaway", "Fenwicke", "Lindqvist",
                  "Halvorsen", "Renshaw", "Ashcombe", "Talbridge", "Markley"]


def _table_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace").lower() for p in DATA.glob("*.csv"))


_TABLES = _table_text()
_SURNAMES = [s for s in _SURNAMES if s.lower() not in _TABLES]
_SURNAMES_WEST = [s for s in _SURNAMES_WEST if s.lower() not in _TABLES]


def _read_csv(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


_PEOPLE = [row for row in _read_csv("speakers.csv") if row.get("kind") == "person"]
_GENDER = {row["name"]: row["gender"] for row in _read_csv("first_names.csv")}


def _capitalised(token: str) -> bool:
    return bool(token) and token[0].isupper() and token not in _TITLES


def _person_forms(name: str, aliases: list[str]) -> tuple[set[str], set[str], set[str]]:
    """(first-name tokens, middle tokens, surname tokens) of a person's name and aliases."""
    first, middle, last = set(), set(), set()
    canon = [t for t in name.split() if _capitalised(t)]
    if len(canon) >= 2:
        first.add(canon[0])
        last.add(canon[-1])
        middle.update(canon[1:-1])
    elif canon:
        last.add(canon[0])
    for alias in aliases:
        tokens = [t for t in alias.split() if _capitalised(t)]
        if not tokens:
            continue
        if len(tokens) == 1:
            if tokens[0] not in first:
                last.add(tokens[0])
            continue
        first.add(tokens[0]) if tokens[0] not in last else None
        last.add(tokens[-1])
        middle.update(t for t in tokens[1:-1] if t not in first and t not in last)
    return first, middle - first - last, last - first


def _looks_like_person(label: str) -> bool:
    tokens = label.split()
    return 2 <= len(tokens) <= 4 and tokens[0] in _GENDER and all(_capitalised(t) for t in tokens) \
        and "(" not in label


def rename_people(text: str, ctx: Ctx) -> list[Edit]:
    """Every person of the article gets an invented name of the same shape.

    Tests: people nobody listed (issue 13) — the article's people are in ``data/speakers.csv`` because
    the library studied them; renamed, every one is "a person nobody listed", introduced once in full
    and later by surname, "Mr X", possessive.
    Who: gold speaker labels that are people, and people of ``speakers.csv`` whose name or alias is in
    the text. Each first name becomes an invented first name of the same gender (``first_names.csv``),
    each surname form (all spellings of the aliases) one invented surname (Slavic for Russian,
    Ukrainian, Belarusian people, else Western), none in any table; titles and role descriptions stay.
    Gold: spans remapped; speaker labels renamed token by token; a label whose full renamed name is
    nowhere in the text becomes the renamed surname (the conventions keep a less-known person's name
    as printed).
    """
    persons: list[tuple[str, list[str], str]] = []
    for row in _PEOPLE:
        aliases = [a for a in row["aliases"].split("|") if a]
        forms = [row["name"], *aliases]
        if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms):
            persons.append((row["name"], aliases, row.get("country", "")))
    known = {p[0] for p in persons} | {row["name"] for row in _PEOPLE}
    for label in sorted(ctx.speakers):
        if label not in known and _looks_like_person(label):
            persons.append((label, [], ""))
    taken = set(re.findall(r"\w+", text))
    used: set[str] = set()
    names = ctx.names
    for name, aliases, country in sorted(persons):
        first, middle, last = _person_forms(name, aliases)
        if not last:
            continue
        canon_first = next((t for t in name.split() if _capitalised(t)), "")
        gender = _GENDER.get(canon_first, "m")
        slavic = country in _SLAVIC_COUNTRIES or (not country and re.search(
            r"(?:o|y|i|ii|iy|ov|ev|in|ko|uk|yk|ak|ch|sky|ski|ets)$", sorted(last)[0]) is not None)
        pool = _SURNAMES if slavic else _SURNAMES_WEST
        surname = next((names[t] for t in last if t in names), None) or _pick(pool, name, used | taken)
        used.add(surname)
        for t in last:
            names.setdefault(t, surname)
        firsts = (_FIRST if slavic else _FIRST_WEST)[gender if gender in ("m", "f") else "m"]
        given = names.get(canon_first) or _pick(firsts, canon_first, taken)
        for t in sorted(first):  # every spelling of the person's first name: one invented first name
            names.setdefault(t, given)
        for t in sorted(middle):
            if re.fullmatch(r"[A-Z]\.?", t):  # an initial: another initial
                names.setdefault(t, _pick(["R.", "T.", "K.", "W."], t) if t.endswith(".") else _pick("RTKW", t))
            else:
                names.setdefault(t, given + ("ovych" if gender == "m" else "ivna"))
    return _token_edits(text, names)


def _token_edits(text: str, names: dict) -> list[Edit]:
    if not names:
        return []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    return [Edit(m.start(), m.end(), names[m.group(1)]) for m in pattern.finditer(text)]


def rename_label(label: str, names: dict, text: str) -> str:
    """A gold speaker label through a rename's token map (see ``rename_people``)."""
    if not names or not label:
        return label
    tokens = label.split()
    if not any(t in names for t in tokens):
        return label
    new = " ".join(names.get(t, t) for t in tokens)
    if new in text:
        return new
    return names.get(tokens[-1], tokens[-1])


# ---------------------------------------------------------------------------------------------
# Quote marks


def quotes_straight(text: str, ctx: Ctx) -> list[Edit]:
    """Curly quote marks and apostrophes become straight ones (“ ” → ", ‘ ’ → ').

    Tests: pairing of straight marks, apostrophes that look like single quotes. Gold: length-preserving,
    spans unchanged, gold texts read through the same replacement."""
    table = {"“": '"', "”": '"', "‘": "'", "’": "'", "„": '"'}
    return [Edit(i, i + 1, table[c]) for i, c in enumerate(text) if c in table]


def _opening(text: str, i: int) -> bool:
    """Whether the straight mark at ``i`` opens: after a space, bracket or dash, or between a non-letter
    and a letter (``shells."The`` where paragraphs were glued, ``said:"We``)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isspace() or before in "([{—–-/“‘\"'" or i == 0 or (not before.isalnum() and after.isalnum())


def quotes_curly(text: str, ctx: Ctx) -> list[Edit]:
    """Straight quote marks become curly: a mark after a space, bracket or dash opens (“ ‘), any other
    closes (” ’), as a word processor's smart quotes do; apostrophes become ’.

    Tests: curly pairing where the source had straight marks. Gold: length-preserving, spans unchanged,
    texts read through the same replacement."""
    edits = []
    for i, c in enumerate(text):
        if c == '"':
            edits.append(Edit(i, i + 1, "“" if _opening(text, i) else "”"))
        elif c == "'":
            after = text[i + 1] if i + 1 < len(text) else " "
            edits.append(Edit(i, i + 1, "‘" if _opening(text, i) and after.isalnum() else "’"))
    return edits


def quotes_guillemets(text: str, ctx: Ctx) -> list[Edit]:
    """Double quote marks (curly or straight) become guillemets « », as European outlets and
    translations print them; single marks stay.

    Tests: quote detection with « ». Gold: length-preserving, spans unchanged, texts read through the
    same replacement."""
    edits = []
    for i, c in enumerate(text):
        if c == "“" or c == "„":
            edits.append(Edit(i, i + 1, "«"))
        elif c == "”":
            edits.append(Edit(i, i + 1, "»"))
        elif c == '"':
            edits.append(Edit(i, i + 1, "«" if _opening(text, i) else "»"))
    return edits


# ---------------------------------------------------------------------------------------------
# Layout


_PARA = re.compile(r"\n[ \t]*\n\s*")


def _uses_blank_lines(text: str) -> bool:
    return bool(_PARA.search(text.strip()))


def hard_wrap(text: str, ctx: Ctx, width: int = 70) -> list[Edit]:
    """Lines longer than ``width`` are broken at the last space before the column (the space becomes a
    line break), as e-mailed wire copy and plain-text archives are; an article whose paragraphs are
    single lines gets blank lines between them first (else wrapping would be unreadable to anyone).

    Tests: quotes, sentences and attributions cut by line breaks (issue 13 "hard-wrapped text").
    Gold: spans remapped; texts compared with white space folded."""
    edits = []
    blank = _uses_blank_lines(text)
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        column_start = pos
        while end - column_start > width:
            cut = text.rfind(" ", column_start, column_start + width + 1)
            if cut <= column_start:
                cut = text.find(" ", column_start + width, end)
                if cut < 0:
                    break
            edits.append(Edit(cut, cut + 1, "\n"))
            column_start = cut + 1
        if not blank and line.strip() and text[end + 1:].strip():
            edits.append(Edit(end, end + 1, "\n\n"))
        pos = end + 1
    return edits


def paragraph_breaks(text: str, ctx: Ctx) -> list[Edit]:
    """Paragraph separators of the other kind: blank lines become single line breaks, and an article
    with single line breaks gets blank lines.

    Tests: paragraph segmentation under both layouts. Gold: spans remapped."""
    if _uses_blank_lines(text):
        return [Edit(m.start(), m.end(), "\n") for m in _PARA.finditer(text)]
    return [Edit(m.start(), m.end(), "\n\n") for m in re.finditer(r"\n", text.rstrip())]


#: Outlet furniture put between paragraphs (none of it a quote, claim or fact by the conventions).
FURNITURE = [
    "Advertisement",
    "Read more: EU foreign ministers meet in Brussels to weigh a new sanctions package",
    "A residential street on the edge of the city after overnight shelling. Photograph: Marko Dzhurenko/Agency",
    "Sign up for our morning briefing",
    "RELATED: Volunteers in Lviv sort donated winter clothing for the front",
    "Story continues below advertisement",
]
#: Furniture at the top: a byline and an update stamp, under the headline (or above the text when it has none).
FURNITURE_TOP = ["By Ilona Sverchuk and Peter Dahlgaard", "Updated at 14:32 GMT"]


def furniture(text: str, ctx: Ctx) -> list[Edit]:
    """Outlet furniture: a byline and an "Updated" stamp at the top (under the headline when the text
    opens with it), and after every second paragraph one of an "Advertisement" line, a "Read more:"
    related link, an image caption with a photo credit, a newsletter prompt, a "RELATED:" link.

    Tests: segmentation, attribution and dating across page furniture (a caption's photographer, a related
    link's headline are never speakers, claims or antecedents; the paragraphs on either side of one are
    adjacent in the story). Gold: unchanged, shifted."""
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    breaks = [m for m in (_PARA if sep == "\n\n" else re.compile(r"\n\s*")).finditer(text.rstrip())]
    edits = []
    first_line = text.split("\n", 1)[0].strip()
    top = "".join(item + sep for item in FURNITURE_TOP)
    if breaks and ctx.title and first_line and first_line == ctx.title.strip():
        edits.append(Edit(breaks[0].end(), breaks[0].end(), top))
    else:
        edits.append(Edit(0, 0, top))
    k = zlib.crc32(text.encode("utf-8"))  # which item comes first: the text's own, so every item is met
    for n, m in enumerate(breaks):
        if n % 2 == 1:
            edits.append(Edit(m.end(), m.end(), FURNITURE[k % len(FURNITURE)] + sep))
            k += 1
    return edits


# ---------------------------------------------------------------------------------------------
# Speech verbs

_SAID_THAT = ["claimed", "stated", "noted", "asserted", "insisted"]
_SAID = ["stated", "noted", "declared", "asserted"]
_SAYS = ["insists", "declares", "asserts"]


def speech_verbs(text: str, ctx: Ctx) -> list[Edit]:
    """"said" and "says" become other verbs of ``data/speech_cues.csv`` that fit the same syntax:
    "said that" → claimed/stated/noted/asserted/insisted that; "said" elsewhere (inverted "…,” said X",
    "X said on Friday", "he said.") → stated/noted/declared/asserted; "says" → insists/declares/asserts.
    Never "added" or "also said" (they would change dating by the conventions).

    Tests: every cue verb works where "said" does. Gold: spans remapped, labels and dates unchanged."""
    edits = []
    for m in re.finditer(r"\b(said|says)\b", text):
        word = m.group(1)
        key = f"{m.start()}:{text[max(0, m.start() - 30):m.start()]}"
        if word == "says":
            new = _pick(_SAYS, key)
        elif re.match(r"\s+that\b", text[m.end():]):
            new = _pick(_SAID_THAT, key)
        else:
            new = _pick(_SAID, key)
        edits.append(Edit(m.start(), m.end(), new))
    return edits


# ---------------------------------------------------------------------------------------------
# Registry

TRANSFORMS = {
    "identity": [],
    "rename_people": [rename_people],
    "quotes_straight": [quotes_straight],
    "quotes_curly": [quotes_curly],
    "quotes_guillemets": [quotes_guillemets],
    "hard_wrap": [hard_wrap],
    "paragraph_breaks": [paragraph_breaks],
    "speech_verbs": [speech_verbs],
    "furniture": [furniture],
    "all": [rename_people, speech_verbs, quotes_straight, furniture, hard_wrap],
}


@dataclass
class Spans:
    """The gold rows of one article located in its text: (stage, index) -> (start, end)."""

    spans: dict
    not_located: int = 0
    cut: int = 0


def transform_article(text: str, title: str, gold: dict, steps: list) -> tuple[str, str, dict, dict]:
    """(new text, new title, new gold entry, counts) for one article and a list of transformation steps."""
    located, counts = _locate_gold(text, gold)
    ctx = Ctx(title=title, speakers={r.get("speaker") for s in ("quotes", "claims") for r in gold.get(s, [])
                                     if r.get("speaker")})
    spans = dict(located)
    for step in steps:
        edits = step(text, ctx)
        if step is rename_people:
            title_edits = _token_edits(title, ctx.names)
        elif step in (quotes_straight, quotes_curly, quotes_guillemets, speech_verbs):
            title_edits = step(title, ctx)
        else:  # layout: the title is one line of the manifest
            title_edits = []
        new_text, offsets = apply_edits(text, edits)
        title = apply_edits(title, title_edits)[0] if title_edits else title
        for key, (s, e) in list(spans.items()):
            ns, ne, cut = offsets.span(s, e)
            counts["cut"] += cut
            spans[key] = (ns, ne)
        text = new_text
    new_gold = _rebuild_gold(gold, spans, text, ctx)
    return text, title, new_gold, counts


_FIELD = {"quotes": "text", "claims": "text", "facts": "sentence", "scare_quotes": "text"}


def _ws_pattern(snippet: str) -> re.Pattern:
    tokens = str(snippet).split()
    return re.compile(r"\s+".join(re.escape(t) for t in tokens))


def locate(text: str, snippet: str, hint: int = 0) -> tuple[int, int]:
    """The span of ``snippet`` in ``text`` with white space of any kind and length between its words,
    nearest ``hint``; (-1, -1) when absent."""
    if not str(snippet).split():
        return -1, -1
    found = [(m.start(), m.end()) for m in _ws_pattern(snippet).finditer(text)]
    if not found:
        return -1, -1
    return min(found, key=lambda se: abs(se[0] - hint))


def _locate_gold(text: str, gold: dict) -> tuple[dict, dict]:
    spans, counts = {}, {"not_located": 0, "cut": 0}
    for stage, fld in _FIELD.items():
        for i, row in enumerate(gold.get(stage, []) or []):
            if not isinstance(row, dict) or fld not in row:
                continue
            s, e = locate(text, row[fld], int(row.get("start") or 0))
            if s < 0:
                counts["not_located"] += 1
                continue
            spans[(stage, i)] = (s, e)
    return spans, counts


def _rebuild_gold(gold: dict, spans: dict, text: str, ctx: Ctx) -> dict:
    new = {"published": gold.get("published")}
    for stage in ("quotes", "claims", "facts", "scare_quotes"):
        rows = []
        for i, row in enumerate(gold.get(stage, []) or []):
            row = dict(row) if isinstance(row, dict) else row
            if isinstance(row, dict):
                if (stage, i) in spans:
                    s, e = spans[(stage, i)]
                    row[_FIELD[stage]] = text[s:e]
                    row["start"] = s
                for key in ("speaker", "source"):
                    if row.get(key):
                        row[key] = rename_label(row[key], ctx.names, text)
            rows.append(row)
        new[stage] = rows
    return new


# ---------------------------------------------------------------------------------------------
# Scoring


def _dev_gold():
    import eval_devset

    articles, gold = eval_devset.load("dev")
    assert all(eval_devset.part_of(a) == "dev" for a in gold), "held-back article in the dev part"
    return articles, gold


def build(name: str, articles=None, gold=None, folder: Path | None = None):
    """The transformed dev articles loaded through ``corpus.load`` from a temporary folder, and their gold;
    prints the gold rows it could not locate or whose span an edit cut (never silently)."""
    import pandas as pd

    from saidvsdone import corpus

    if articles is None:
        articles, gold = _dev_gold()
    steps = TRANSFORMS[name]
    new_gold, rows, totals = {}, [], {"not_located": 0, "cut": 0}
    tmp = None
    if folder is None:
        tmp = tempfile.TemporaryDirectory(prefix="saidvsdone-mt-")
        folder = Path(tmp.name)
    for row in articles.itertuples(index=False):
        entry = gold[row.article_id]
        text, title, g, counts = transform_article(row.text, row.title or "", entry, steps)
        for k in totals:
            totals[k] += counts[k]
        (folder / f"{row.article_id}.txt").write_text(text, encoding="utf-8")
        published = "" if pd.isna(row.published) else str(pd.Timestamp(row.published).date())
        rows.append({"file": f"{row.article_id}.txt", "title": title, "source": row.source or "",
                     "url": row.url or "", "published": published, "language": row.language or "en"})
        new_gold[row.article_id] = g
    with open(folder / "articles.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        loaded = corpus.load(folder, manifest=folder / "articles.csv")
    if totals["not_located"] or totals["cut"]:
        print(f"  ({name}: {totals['not_located']} gold row(s) not located in the text, kept as they were; "
              f"{totals['cut']} span(s) cut by an edit, widened to the covering span)")
    if tmp is not None:
        tmp.cleanup()
    return loaded, new_gold


def score(name: str, verbose: bool = False, articles=None, gold=None) -> dict:
    """{stage: figures} of the dev articles under one transformation (``eval_devset``'s matching, with
    gold texts located across any white space)."""
    import eval_devset

    from saidvsdone import claims, facts, quotes

    loaded, new_gold = build(name, articles, gold)
    saved = eval_devset._locate
    eval_devset._locate = locate
    try:
        found_quotes = quotes.extract(loaded)
        found_claims = claims.find(loaded, found_quotes)
        found_facts = facts.extract(loaded)
        results = {}
        for stage, (result, errors) in {
            "quotes": eval_devset.score_quotes(loaded, new_gold, found_quotes),
            "claims": eval_devset.score_claims(loaded, new_gold, found_claims, headline=False),
            "facts": eval_devset.score_facts(loaded, new_gold, found_facts),
        }.items():
            results[stage] = result
            if verbose:
                print(f"-- {name} {stage}")
                print("\n".join(errors))
    finally:
        eval_devset._locate = saved
    return results


#: The figures evaluate.py prints for each transformation.
MEASURES = {"quotes": ("f1", "speaker_accuracy", "date_accuracy"),
            "claims": ("recall", "precision", "speaker_accuracy", "date_accuracy"),
            "facts": ("recall", "precision", "actor_accuracy", "change_accuracy")}


def figures(verbose: bool = False) -> dict[str, dict]:
    """{"metamorphic.<transform>": {stage: figures}} for every transformation; {} without the devset."""
    import eval_devset

    if not eval_devset.available():
        print("(the real-article devset ../shared/devset is not here: the metamorphic figures are skipped)\n")
        return {}
    articles, gold = _dev_gold()
    out = {}
    for name in TRANSFORMS:
        results = score(name, verbose=False, articles=articles, gold=gold)
        line = "  ".join(f"{stage}.{m} {results[stage][m]:.3f}" for stage, ms in MEASURES.items() for m in ms)
        print(f"{name:<18} {line}")
        out[f"metamorphic.{name}"] = {stage: {m: results[stage][m] for m in ms} for stage, ms in MEASURES.items()}
    return out


def main(argv: list[str]) -> int:
    import os

    os.environ.setdefault("SAIDVSDONE_PROGRESS", "0")
    import eval_devset

    if not eval_devset.available():
        print("the real-article devset ../shared/devset is not here")
        return 0
    if argv[:1] == ["--errors"] and len(argv) > 1:
        results = score(argv[1], verbose=True)
        for stage, r in results.items():
            print(f"{stage}: " + "  ".join(f"{k} {v:.3f}" for k, v in r.items() if isinstance(v, float)))
        return 0
    if argv[:1] == ["--show"] and len(argv) > 2:
        number, name = argv[1], argv[2]
        articles, gold = _dev_gold()
        row = articles[articles["article_id"].str.startswith(number)]
        if row.empty:
            print(f"no dev article {number}")
            return 1
        r = row.iloc[0]
        text, title, g, counts = transform_article(r.text, r.title or "", gold[r.article_id], TRANSFORMS[name])
        print(f"title: {title}\n\n{text}\n\nspeakers: {sorted({q['speaker'] for s in ('quotes', 'claims') for q in g[s]})}")
        return 0
    figures()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
