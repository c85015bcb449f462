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
    python tests/metamorphic.py --set heldout2_dev --errors rename_places   # a studied synthetic set's dev half
    python tests/metamorphic.py --set peer_long --only identity,rename_people   # our own long blind pieces
    python tests/metamorphic.py --set own --errors second_reference   # every family of them together
    python tests/metamorphic.py --table stress_long,blind_mt   # the round-8 table of tests/gold/README.md

Our own long blind pieces (round 8; texts we wrote, so nothing is copyrighted, and each was fixed after its first
run: what the library memorised from them is what the transformations break) are families of ``--set``:
``peer_long`` (the long passages of the peer batches n, m, o, t, g and sk12–sk21: labelled quotes and claims,
scored as ``audit`` rows — speaker and date of each, and the share found — since those pieces are not labelled
exhaustively), ``stress_long`` (the claims stress batch x and the blind folders z, b–n: claims only),
``stress_facts`` (the long blind facts pieces B20– of batches 3, 5–8: facts only), ``blind_mt`` (rounds 6 and 7's
blind copy: every stage), ``quotes_blind`` (the quote-layout blind batches: quotes only), and ``own`` (all of them
and the two studied development halves together). A gold entry's ``annotated`` set names the stages it labels
exhaustively; each stage is scored on those articles only. Held-out test halves, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8 and heldout9 are never read.

Every transformation is deterministic (choices come from a CRC of the text they replace, no random
state), is a function ``f(text, ctx) -> list[Edit]`` and says in its docstring what it tests and how
the gold changes. ``TRANSFORMS`` names them (a name may compose several):

* people: ``rename_people`` (invented names, nobody listed), ``role_refs`` (later mentions by role),
  ``rename_roles`` (both);
* quote marks: ``quotes_straight``, ``quotes_curly``, ``quotes_guillemets``, ``quotes_single``, ``quotes_mixed``;
* layout: ``hard_wrap``, ``paragraph_breaks``, ``furniture``, ``captions_ap``, ``bullets``, ``title_stamp``,
  ``no_headline``, ``title_case``, ``headline_caps``, ``dateline``;
* dates: ``week_shift`` (publication day and every date moved by 52 weeks), ``week_shift_quarter`` (by 13),
  ``ap_days``, ``day_month``,
  ``weekday_dates``;
* words: ``speech_verbs``, ``spelling``, ``numbers``, ``units``, ``honorifics``, ``number_words``, ``actor_forms``;
* vocabulary nobody studied (round 2): ``rename_places`` (settlements and regions), ``rename_outlets`` (agencies,
  outlets, think tanks), ``rename_units`` (military formations), ``topic_words`` (war-course verbs and nouns),
  ``speech_verbs_rare`` (speech verbs outside the table), ``attribution_order`` (the attribution turned round),
  ``inverted_said`` ("said Smith" ↔ "Smith said" after a quote), ``org_forms`` (a side's ministry named by its
  capital), ``title_apposition`` ("Minister X said" → "X, the minister, said");
* characters and layout of web copy (round 2): ``subheads``, ``nbsp`` (non-breaking spaces), ``crlf`` (Windows line
  ends), ``dashes`` (em dash ↔ spaced hyphen);
* speaker resolution over distance and genres not imitated (round 3): ``second_reference`` (later attributions by
  pronoun or descriptor: "he said", "the general said"), ``distance`` (neutral narration paragraphs between a
  speaker's introduction and later references), ``live_blog`` (a dated header and time-stamped entries),
  ``dateline_wire`` (byline, dated wire dateline, "Reporting by" trailer), ``qa_layout`` (quote paragraphs as
  interview questions and answers; transcript lines are no quotes, so those quote rows are dropped), ``unnamed_lede``
  (the lede's speaker by an indefinite descriptor, named paragraphs later);
* titles before names (round 8, from the drops over our own blind pieces): ``possessive_titles`` ("Russian Foreign
  Minister X said" → "Russia's X said") and ``hyphen_titles`` ("Secretary General" ↔ "Secretary-General",
  "Lieutenant General" ↔ "Lieutenant-General"), and ``rename_titles`` (both, then ``rename_people``);
* shapes blind copy had at first contact (round 18, mt7): ``stamp_only`` (the publication day only in a page stamp
  of another shape, "Kyiv | 16.05.2025 Friday 14:22 | Update: …", "Published: 14/05/2024 - 08:41", the manifest's
  date left empty), ``day_before`` (a statement's day in a sentence of its own just before it: "On Tuesday, the
  ministry gave a briefing. The ministry said that …"), ``told_outlet`` ("said that" → "told Radio Nord's morning
  programme that") and ``epithet_refs`` (second references by epithet: "the 58-year-old general", "the veteran
  minister");
* the publication day in page furniture (round 20, dt32): ``stamp_furniture`` (as ``stamp_only``, in the shapes of
  kicker and byline lines with bars, "First published … | Last updated …", "Broadcast: … | Transcript posted: …", a
  time before the date, a year-first agency stamp, an update stamp alone);
* heldout9's shapes (round 19, mt8): ``agency_french`` (a French agency's English service: "indicated/affirmed/
  estimated/assured that", "…,” declared this Tuesday the spokesman.", "in its statement of Tuesday"),
  ``conduit_rewrite`` (a rewrite crediting the agency it took the words from: "…, according to the Hartwell news
  agency.", ", state broadcaster Vesti-24 reported"), ``week_review`` (a week-in-review's run-in day leading each
  one-day paragraph, "TUESDAY — …", "Tuesday: …", the paragraph's own "on Tuesday" taken out), ``flashback`` (the same
  paragraphs led by their day in full, "On March 14, 2023, …", as a feature's flashbacks) and ``numeric_dates``
  ("14.03.2024", "14/03/2024" in the body);
* heldout10's shapes (round 20, mt9): ``timeline`` (a year-in-review's entries, each one-day paragraph led by its stamp
  "Feb. 17 — " / "17 February — " under a month heading "FEBRUARY", its own "on <weekday>" taken out),
  ``stamp_shapes`` (``stamp_only`` with heldout10's stamps: "18:30 JST, February 4, 2025", "Posted 13 March 2024, 19:05
  GMT | Broadcast Wednesday, 18:00", "14.09.2022 12:37 | Society, War | Views: 4 318", "First published on Sunday 3
  March 2024", …), ``mt_translation`` (a machine-assisted translation: "It was reported (on Tuesday) by the ministry
  that …", "X informed/noted/stressed/specified that …"), ``same_day`` (a debate write-up's day given once: the second
  of two paragraphs of one past day led by "Later that day, " / "The same day, ", its own weekday taken out) and
  ``reader_qa`` (a readers'-questions column: "Q: … — Margaret, Leeds" lines, answers opened by "A: ");
* the everyday variation of real news copy (round 21, mt10): ``present_says`` ("said" → "says" where the sentence holds
  no time cue and no dated row), ``day_occasion`` ("said on Tuesday" → "said in a statement on Tuesday", "said in a
  Tuesday statement"), ``para_split`` (a body paragraph split at its middle sentence break) and ``para_merge`` (every
  second pair of closed paragraphs merged), ``background`` (a background paragraph, "Russia launched its full-scale
  invasion of Ukraine in February 2022.", after every second paragraph with a quote or claim) and ``unverified`` ("The
  claims could not be independently verified." after a paragraph with a claim); ``everyday`` composes present_says,
  day_occasion, para_split, background and unverified;
* the page noise of real news sites between the sentences that matter (round 22, mt11): ``pull_quote`` (a body quote's
  words repeated as a paragraph without marks or attribution), ``social_embed`` (an embedded X, Telegram, Instagram or
  Facebook post with its chrome and date line between a speaker's paragraphs), ``update_notes`` ("This story has been
  updated …" under the head, a correction as the last paragraph), ``photo_credits`` (image blocks, "Image source, …" /
  "Image caption, …", a caption over "Photo: …", "© …", and a "With files from …" trailer) and ``newsletter_box`` (a
  newsletter or membership box of several lines between a speaker's paragraphs); ``page_noise`` composes the five;
* how real copy attributes and dates speech (round 23, mt12): ``date_front`` ("X said on Tuesday that …" → "On
  Tuesday, X said that …", the cue's subject opening the sentence), ``according_to`` ("X said (that) …" → "According to
  X, …", "He said" → "According to him,"), ``quote_own_para`` (a speaker's next quote after an attribution in a
  paragraph of its own), ``speaker_intro`` (the speaker introduced in the paragraph before a cue-less quote: "X spoke to
  reporters on Tuesday.¶“…”", "X went on.¶“…”") and ``stamp_footer`` (the publication day only in a stamp at the
  story's foot, "Published 14.03.2024 at 14:22", "© Hartwell Media 2024 | Thursday 14 March 2024 08:41 GMT", the
  manifest's date left empty); ``attribution_shapes`` composes the first four;
* the same claim and the same figure worded as other copy words them (round 24, mt13): ``claim_nouns`` ("X said that
  …" → "X's claim/assessment/position was that …", "X made the claim / put forward the view on Tuesday that …"),
  ``million_forms`` ("1.5 million" ↔ "1,500,000"), ``approx_words`` ("some 40" ↔ "about/around/roughly 40"),
  ``number_words_big`` ("25 drones" ↔ "twenty-five drones", "three hundred"), ``list_commas`` (the serial comma put in
  or taken out, a breakdown of figures with semicolons) and ``unit_conversion`` ("20 kilometres (12 miles)": a gold row
  of its own added for each conversion, as the conventions annotate one); ``figure_forms`` composes the five figure ones
  (``unit_conversion`` first: after ``number_words_big`` a two-digit distance is spelled out and never converted);
* the same headline, speaker and date as real copy words them (round 25, mt14): ``headline_forms`` (a one-speaker
  headline line's attribution in another shape: "Putin says X" ↔ "X, Putin says" ↔ "X, says Putin" ↔ "Putin: X" ↔
  "X – Putin", the headline claim's span the new line), ``side_titles`` ("President Volodymyr Zelensky" ↔ "Ukrainian
  President Volodymyr Zelensky" ↔ "Volodymyr Zelensky, Ukraine's president,"), ``weekday_full`` ("on Monday" → "on
  Monday, March 3," / "on Monday 3 March" / "on Monday (March 3)", the date the paragraph's rows carry) and
  ``place_day`` ("said on Tuesday" → "said in Brussels on Tuesday" / "said on Tuesday in Brussels");
  ``first_contact`` composes the four;
* dates and attributions as real copy writes them (round 26, mt15): ``carry_day`` (of two statements of one speaker
  in a paragraph or consecutive ones naming the same day, the later naming taken out: §3.5's "same speaker
  continuing"), ``day_to_lede`` (a statement's day moved to the same speaker's first statement of the paragraph),
  ``stated_by`` (Ukrinform's attribution after the words: "X said that …" → "…. This was stated by X." / "X said this
  on Telegram.", "X said: “…”" → "“…” This was stated by X."), ``dateline_forms`` (TASS's, Interfax-Ukraine's,
  Ukrinform's, RIA's, BelTA's and a site's bulleted datelines before the lede) and ``live_days`` (a day header and
  clock stamps over the page's tail whose rows all carry that day); ``real_dating`` composes the five;
* heldout18's shapes (round 28, mt17): ``long_apposition`` (a relative clause between a person's name and the verb of
  the first sentence that person opens: "Defence Minister A B, who headed the delegation to the talks, said on
  Tuesday that …");
* letters outside A–Z (round 22, nx1): ``diacritics`` (people, places and outlets renamed as ``rename_people``,
  ``rename_places`` and ``rename_outlets`` do, then respelled by ``marked_names`` with the letters of Polish, Czech,
  Hungarian, Nordic, Turkish or Baltic copy: "Žóriánivka", "Taras Dövbenko"; labels respelled the same way) and
  ``renamed_ascii`` (the same renames without the marks: the figures to compare it with);
* ``all`` (the first five kinds, as first merged), ``all2`` (nearly every kind at once), ``all3`` (all2 with
  the vocabulary of round 2) and ``all4`` (all3 with round 3's second references, distance and layouts).

A gold row whose span an edit cuts is widened to the covering span, one whose words an edit takes out is
dropped, one that cannot be located is kept as it was: each is counted in a printed note, never silently.
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

from saidvsdone import english

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
    published: str = ""  # the gold's publication day, YYYY-MM-DD ("" when unknown)
    shift_days: int = 0  # days ``week_shift`` moved the publication day and every date (0: not moved)
    shift_skipped: bool = False  # ``week_shift`` found a date it cannot move exactly and left the article
    title_edits: list = field(default_factory=list)  # ``week_shift``'s edits of the title
    step_map: dict = field(default_factory=dict)  # the last vocabulary rename's map (old phrase -> new), for the title
    skipped_order: int = 0  # candidates ``attribution_order`` could not turn round exactly
    rows: list = field(default_factory=list)  # gold rows in the current text: (stage, start, end, key, row)
    drop: set = field(default_factory=set)  # keys of gold rows a step's edits make no longer rows (``qa_layout``)
    skips: dict = field(default_factory=dict)  # transformation -> candidates it left as printed (counted, printed)
    unpublished: bool = False  # ``stamp_only`` left the manifest's date empty (the day is the text's stamp)
    added: list = field(default_factory=list)  # new gold rows a step's edits make: (key of the row they copy, changes)


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
#: Every invented given name (a renamed label finds the printed full name by it).
_GIVEN_ALT = "|".join(sorted({n for pool in (_FIRST, _FIRST_WEST) for names in pool.values() for n in names}))


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


_QUOTED_SPAN = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»")


def role_refs(text: str, ctx: Ctx) -> list[Edit]:
    """After its first mention, a person of ``data/speakers.csv`` referred to by surname alone ("Reznikov
    said") is referred to by the first role the table gives ("the defence minister said"), outside quotes,
    unless another person of the article has that role word too.

    Tests: people introduced once and named later by role (issue 13 "later by surname or role"); with
    ``rename_people`` after it (``rename_roles``), roles of people nobody listed. Gold: labels unchanged,
    spans remapped."""
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    present = []
    for row in _PEOPLE:
        forms = [row["name"], *[a for a in row["aliases"].split("|") if a]]
        if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms) and row.get("role"):
            present.append(row)
    edits = []
    for row in present:
        role = row["role"].split("|")[0]
        head = role.split()[-1]
        if any(other is not row and head in other["role"].split("|")[0].split() for other in present):
            continue  # two ministers: "the minister" would not say which
        _, _, last = _person_forms(row["name"], [a for a in row["aliases"].split("|") if a])
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in sorted(last, key=len, reverse=True))
                             + r")(?![\w-])")
        for n, m in enumerate(pattern.finditer(text)):
            before = text[max(0, m.start() - 30):m.start()]
            if n == 0 or re.search(r"[A-Z][\w.’'-]*\s+$", before) or any(a <= m.start() < b for a, b in quoted):
                continue  # the first mention, "Mr X", "Minister X", "Oleksii X", or inside a quote
            stripped = text[:m.start()].rstrip(" \t")
            initial = not stripped or stripped[-1] in ".!?\n:“" or (stripped[-1] == '"' and (
                len(stripped) < 2 or stripped[-2].isspace()))  # (not after a closing mark: ',” the minister said')
            edits.append(Edit(m.start(), m.end(), ("The " if initial else "the ") + role))
    return sorted(edits, key=lambda e: e.start)


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
    if new in text or new in " ".join(text.split()):  # (a name may be wrapped over two lines)
        return new
    surname = names.get(tokens[-1], tokens[-1])
    if len(tokens) > 1 and surname != tokens[-1]:  # the label's first name in another spelling than the printed
        # one ("Volodymyr" / "Vladimir"): the full name as the renamed text prints it
        printed = re.search(rf"\b({_GIVEN_ALT}) {re.escape(surname)}\b", " ".join(text.split()))
        if printed:
            return printed.group(0)
    return surname


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


def _curly(text: str) -> str:
    """The text with straight double marks made curly (as ``quotes_curly`` does), for styles built on curly marks."""
    return apply_edits(text, [e for e in quotes_curly(text, Ctx()) if text[e.start] == '"'])[0]


_NOT_A_NOUN = re.compile(r" (?:and|or|but|as|than|that|which|who|when|while|if|to|in|on|at|of|for|from|with|by|is|was|"
                         r"were|are|said|says|told|added|since|until|the|a|an|he|she|they|it|we)\b")


def _possessive_in_quote(text: str, i: int) -> bool:
    """’ at ``i`` in "‘I have seen our soldiers’ courage,’ he said": a plural possessive inside a single-quoted
    span (s’ before a small-letter noun, another ’ closing later in the paragraph)."""
    if text[i - 1:i] != "s" or not re.match(r" [a-z]", text[i + 1:i + 3]) or _NOT_A_NOUN.match(text, i + 1):
        return False
    end = text.find("\n", i)
    return re.search(r"’(?![A-Za-z])", text[i + 1:end if end >= 0 else len(text)]) is not None


def quotes_single(text: str, ctx: Ctx) -> list[Edit]:
    """Double quote marks become single ones and single ones double (“…” → ‘…’, ‘…’ → “…”), the British
    style of quoting (straight double marks are read as curly first); apostrophes stay ’.

    Tests: pairing single marks among apostrophes ("Russia’s", "troops’"), nested quotes. Gold:
    length-preserving, spans unchanged, texts read through the same replacement (a nested quote's marks
    inside a quote's text change with it)."""
    curly = _curly(text)
    table = {"“": "‘", "”": "’", "‘": "“"}
    edits = []
    opened_single = 0
    for i, c in enumerate(curly):
        if c in "“”":
            edits.append(Edit(i, i + 1, table[c]))
        elif c == "‘":
            opened_single += 1
            edits.append(Edit(i, i + 1, "“"))
        elif c == "’" and opened_single and not (i + 1 < len(curly) and curly[i + 1].isalpha()) \
                and not (i > 0 and curly[i - 1] == "s" and i + 1 < len(curly) and curly[i + 1] == " "
                         and opened_single == 0) and not _possessive_in_quote(curly, i):
            opened_single -= 1
            edits.append(Edit(i, i + 1, "”"))
        elif c != text[i]:
            edits.append(Edit(i, i + 1, c))
    return edits


def quotes_mixed(text: str, ctx: Ctx) -> list[Edit]:
    """Every second curly closing mark ” becomes a straight one ("), as copy pasted from several sources is
    (`“We are ready," Smith said.`); straight double marks are read as curly first.

    Tests: pairing a curly opening with a straight closing (issue 13). Gold: length-preserving, spans
    unchanged, texts read through the same replacement."""
    curly = _curly(text)
    edits = [Edit(i, i + 1, c) for i, c in enumerate(curly) if c != text[i]]
    closings = [i for i, c in enumerate(curly) if c == "”"]
    chosen = set(closings[1::2])
    return [Edit(e.start, e.end, '"') if e.start in chosen else e for e in edits] + [
        Edit(i, i + 1, '"') for i in chosen if curly[i] == text[i]]


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


def no_headline(text: str, ctx: Ctx) -> list[Edit]:
    """The headline line is taken out of the text when it opens it (the title stays in the manifest), as many
    scrapers store a page.

    Tests: what the first paragraph is when it is no headline (the lede must not be read as one), the
    headline claims and quotes read from the manifest title alone. Gold: the rows inside the headline are
    dropped (counted and printed), the others shifted."""
    first_line = text.split("\n", 1)[0]
    if not ctx.title or first_line.strip() != ctx.title.strip():
        return []
    end = len(first_line)
    while end < len(text) and text[end] in "\n \t":
        end += 1
    return [Edit(0, end, "")]


_SMALL_WORDS = frozenset("a an and as at but by for in nor of on or per the to vs via".split())


def _title_cased(line: str) -> list[Edit]:
    edits = []
    for n, m in enumerate(re.finditer(r"[A-Za-z][\w’'-]*", line)):
        word = m.group(0)
        if word[0].islower() and (n == 0 or word not in _SMALL_WORDS):
            edits.append(Edit(m.start(), m.start() + 1, word[0].upper()))
    return edits


def title_case(text: str, ctx: Ctx) -> list[Edit]:
    """The headline in Title Case ("Russia Says Offensive Going According To Plan"), as many US outlets and
    aggregators print it, in the text and in the manifest title.

    Tests: headline reading (its claims, partial quotes and speakers) when every word is capitalised.
    Gold: length-preserving; headline rows read through the same change, labels unchanged."""
    first_line = text.split("\n", 1)[0]
    if not ctx.title or first_line.strip() != ctx.title.strip():
        return []
    return _title_cased(first_line)


def headline_caps(text: str, ctx: Ctx) -> list[Edit]:
    """The headline in capitals ("RUSSIA SAYS OFFENSIVE GOING ACCORDING TO PLAN"), in the text and the
    manifest title, as wire services and some outlets print it.

    Tests: headline reading in capitals (speakers and quotes named in upper case). Gold: length-preserving
    (letters whose capital has another length are left alone); headline rows read through the same
    change, labels unchanged."""
    first_line = text.split("\n", 1)[0]
    if not ctx.title or first_line.strip() != ctx.title.strip():
        return []
    return _capitals(first_line)


def _capitals(line: str) -> list[Edit]:
    return [Edit(i, i + 1, c.upper()) for i, c in enumerate(line) if c.islower() and len(c.upper()) == 1]


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


def _day_words(iso: str) -> tuple[str, str, str]:
    """("Tuesday", "Oct. 10, 2023", "Tue 10 Oct 2023") for a YYYY-MM-DD day."""
    import datetime as dt

    day = dt.date.fromisoformat(iso)
    months = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
    return day.strftime("%A"), f"{months[day.month - 1]} {day.day}, {day.year}", day.strftime("%a %-d %b %Y")


def captions_ap(text: str, ctx: Ctx) -> list[Edit]:
    """A wire photo caption after every third paragraph, dated as agencies date them, on the day of
    publication: "A Ukrainian serviceman walks past a destroyed building in Kharkiv region, Ukraine,
    Tuesday, Oct. 10, 2023. (AP Photo/Efrem Lukashuk)".

    Tests: a caption's place, weekday and date never date a statement nor feed a fact, a speaker or a
    "same speaker" chain; the paragraphs on either side stay adjacent. Gold: unchanged, shifted."""
    if not ctx.published:
        return []
    weekday, date, _ = _day_words(ctx.published)
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    breaks = list((_PARA if sep == "\n\n" else re.compile(r"\n\s*")).finditer(text.rstrip()))
    captions = [f"A Ukrainian serviceman walks past a destroyed building in the Kharkiv region, Ukraine, {weekday}, "
                f"{date} (AP Photo/Efrem Lukashuk)",
                f"Rescuers work at the site of a drone strike in Odesa, Ukraine, {weekday}, {date} "
                f"(AP Photo/Libkos, File)"]
    return [Edit(m.end(), m.end(), captions[n // 3 % 2] + sep) for n, m in enumerate(breaks) if n % 3 == 1]


def title_stamp(text: str, ctx: Ctx) -> list[Edit]:
    """A scraper's date-time stamp of publication glued to the headline line ("… in Ukraine Sunday,
    February 9, 2025 11:49:48 AM"), or opening the text when it has no headline line.

    Tests: headline detection and dating with a stamp in the title line. Gold: unchanged, shifted (a
    claim in the headline keeps its text; the stamp is after it)."""
    if not ctx.published:
        return []
    import datetime as dt

    day = dt.date.fromisoformat(ctx.published)
    stamp = f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year} 11:49:48 AM"
    first_line = text.split("\n", 1)[0]
    if ctx.title and first_line.strip() == ctx.title.strip():
        return [Edit(len(first_line), len(first_line), " " + stamp)]
    return [Edit(0, 0, stamp + ("\n\n" if _uses_blank_lines(text) else "\n"))]


def bullets(text: str, ctx: Ctx) -> list[Edit]:
    """A live blog's layout at the top: a "Last modified on Tue 10 Oct 2023 10.35 BST" line under the
    headline and the first three paragraphs of the body as key-event bullets ("• …").

    Tests: sentences, speakers and dates read past bullets and a modified stamp. Gold: unchanged (the
    bullet and the stamp are outside every text), shifted."""
    if not ctx.published:
        return []
    _, _, short = _day_words(ctx.published)
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    starts = [0] + [m.end() for m in (_PARA if sep == "\n\n" else re.compile(r"\n\s*")).finditer(text.rstrip())]
    first_line = text.split("\n", 1)[0].strip()
    body = starts[1:] if ctx.title and first_line == ctx.title.strip() and len(starts) > 1 else starts
    edits = [Edit(body[0], body[0], f"Last modified on {short} 10.35 BST{sep}")] if body else []
    return edits + [Edit(p, p, "• ") for p in body[:3]]


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
# House style

_SPELLINGS = [("defence", "defense"), ("offence", "offense"), ("kilometre", "kilometer"), ("kilometres", "kilometers"),
              ("metre", "meter"), ("metres", "meters"), ("mobilisation", "mobilization"), ("mobilised", "mobilized"),
              ("organisation", "organization"), ("organisations", "organizations"), ("emphasised", "emphasized"),
              ("emphasise", "emphasize"), ("recognise", "recognize"), ("recognised", "recognized"),
              ("programme", "program"), ("centre", "center"), ("neighbouring", "neighboring"),
              ("armoured", "armored"), ("favour", "favor"), ("labour", "labor"), ("criticised", "criticized"),
              ("criticising", "criticizing"), ("realise", "realize"), ("analysed", "analyzed"), ("stabilise", "stabilize"),
              ("militarised", "militarized"), ("characterised", "characterized"), ("authorised", "authorized"),
              ("utilise", "utilize"), ("minimise", "minimize"), ("prioritise", "prioritize")]


def spelling(text: str, ctx: Ctx) -> list[Edit]:
    """British spellings become American ones, or the reverse, whichever the article uses more ("defence"
    ↔ "defense", "kilometres" ↔ "kilometers", "mobilisation" ↔ "mobilization" …), keeping capitals.

    Tests: vocabularies and patterns written in one spelling (a unit, a role "Defence Minister", a
    claim word). Gold: spans remapped, labels unchanged (canonical labels are not spelled as printed)."""
    british = sum(len(re.findall(rf"\b{b}\b", text, re.IGNORECASE)) for b, _ in _SPELLINGS)
    american = sum(len(re.findall(rf"\b{a}\b", text, re.IGNORECASE)) for _, a in _SPELLINGS)
    table = {b: a for b, a in _SPELLINGS} if british >= american else {a: b for b, a in _SPELLINGS}
    pattern = re.compile(r"\b(" + "|".join(sorted(table, key=len, reverse=True)) + r")\b", re.IGNORECASE)
    edits = []
    for m in pattern.finditer(text):
        word = m.group(1)
        new = table[word.lower()]
        new = new.upper() if word.isupper() else new.capitalize() if word[0].isupper() else new
        edits.append(Edit(m.start(), m.end(), new))
    return edits


def numbers(text: str, ctx: Ctx) -> list[Edit]:
    """Thousands separators of the other style: "1,351" → "1 351" (as Ukrainian and European outlets
    print them) and "30 000" → "30,000".

    Tests: number reading in facts (and in quotes and claims that hold figures). Gold: quantities
    unchanged, spans remapped."""
    edits = []
    for m in re.finditer(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)", text):
        for k in range(m.start(), m.end()):
            if text[k] == ",":
                edits.append(Edit(k, k + 1, " "))
    for m in re.finditer(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d])", text):
        for k in range(m.start(), m.end()):
            if text[k] == " ":
                edits.append(Edit(k, k + 1, ","))
    return edits


_UNIT_FORMS = [
    (re.compile(r"(?<=\d )(?:square kilomet(?:er|re)s|sq\.? km|km²|km2)\b|(?<=\d)(?:km²|km2)"), ["sq km", "km²", "square kilometres"]),
    (re.compile(r"(?<=\d )(?:kilomet(?:er|re)s)\b"), ["km"]),
    (re.compile(r"(?<=\d )square miles\b"), ["sq mi"]),
]


def units(text: str, ctx: Ctx) -> list[Edit]:
    """Unit words after a number written another way: square kilometres ↔ "sq km" ↔ "km²",
    "kilometres" → "km", "square miles" → "sq mi" (a form other than the one printed, chosen by the
    CRC of the place).

    Tests: the unit table on forms the article did not print. Gold: quantities and unit labels
    unchanged, spans remapped."""
    edits = []
    for pattern, forms in _UNIT_FORMS:
        for m in pattern.finditer(text):
            choices = [f for f in forms if f != m.group(0)] or forms
            new = _pick(choices, f"{m.start()}{m.group(0)}")
            if text[m.start() - 1:m.start()].isdigit() and not new.startswith("km"):
                new = " " + new  # "1294km²" → "1294 sq km"
            edits.append(Edit(m.start(), m.end(), new))
    return edits


_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def number_words(text: str, ctx: Ctx) -> list[Edit]:
    """Small counts before a noun written the other way: "7 kilometers" → "seven kilometers", "nine HIMARS"
    → "9 HIMARS" (2 to 12; not in dates, times, decimals, ranges, or next to another number).

    Tests: the facts' number reading and units with digits and words. Gold: quantities unchanged (the
    quantity_text is not scored), spans remapped."""
    edits = []
    words = {w: n for n, w in enumerate(_WORDS)}
    for m in re.finditer(r"(?<![\w.,:/-])(\d{1,2}|" + "|".join(_WORDS[2:]) + r")(?= [a-zA-Z])(?![\w.,:/-]\d)", text):
        token = m.group(1)
        before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 14]
        if re.search(r"(?i)(?:\d[ ,.-]*|\d\w*\s+(?:to|and|or)\s+|\b(?:between|January|February|March|April|May|June|July|"
                     r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s)$",
                     before) or re.match(r"\s*(?:to|-|–|or|and)\s+\d|\s*(?:a\.m|p\.m|am|pm|GMT|BST|percent|per|%|"
                                          r"January|February|March|April|May|June|July|August|September|October|"
                                          r"November|December)\b", after):
            continue  # a date, a time, a range, a percentage
        if token.isdigit():
            if 2 <= int(token) <= 12:
                edits.append(Edit(m.start(), m.end(), _WORDS[int(token)]))
        elif token.islower():
            edits.append(Edit(m.start(), m.end(), str(words[token])))
    return edits


_ACTOR_FORMS = [
    (re.compile(r"\bRussian (forces|troops)\b"), [r"Moscow's \1", r"the Russian army's \1"]),
    (re.compile(r"\bUkrainian (forces|troops)\b"), [r"Kyiv's \1", r"Ukraine's \1"]),
    (re.compile(r"\bthe Russian army\b"), ["Russia's army"]),
    (re.compile(r"\bthe Ukrainian army\b"), ["Ukraine's army"]),
]


def actor_forms(text: str, ctx: Ctx) -> list[Edit]:
    """The sides named another way: "Russian forces" → "Moscow's forces", "Ukrainian troops" → "Kyiv's
    troops", "the Russian army" → "Russia's army" (a form chosen by the CRC of the place).

    Tests: a fact's actor and a claim's institutional speaker read from a capital or a possessive.
    Gold: actors and labels unchanged, spans remapped."""
    edits = []
    for pattern, forms in _ACTOR_FORMS:
        for m in pattern.finditer(text):
            if re.search(r"(?:\d|\b(?:dozens?|hundreds|thousands|many|several|few|more|some|all|of|the|a|an|their|its))\s+$",
                         text[max(0, m.start() - 12):m.start()]):
                continue  # "700 Ukrainian troops", "the Ukrainian troops": a possessive would not be English
            new = m.expand(_pick(forms, f"{m.start()}"))
            if m.start() == 0 or text[m.start() - 1] in "\n" or re.search(r"[.!?“\"]\s*$", text[max(0, m.start() - 3):m.start()]):
                new = new[0].upper() + new[1:]
            edits.append(Edit(m.start(), m.end(), new))
    return edits


_DATELINED = re.compile(r"[A-Z][A-Za-z .,'’-]{1,40}(?:\([A-Za-z ]+\))?\s*[—–-]{1,2}\s|[A-Z][a-z]+:\s|[A-Z]{3,}")


def dateline(text: str, ctx: Ctx) -> list[Edit]:
    """An agency dateline without a date ("KYIV, Ukraine (AP) — ", "LONDON (Reuters) - ") opens the first
    paragraph of the body (the first sentence-like paragraph after the headline) when it has none.

    Tests: sentence openers, subjects and countries read past a dateline. Gold: unchanged (the conventions
    leave datelines out of every text), shifted."""
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    pos = 0
    first_line = text.split("\n", 1)[0].strip()
    for n, para in enumerate(text.split(sep)):
        line = para.strip()
        if line and line.endswith((".", "”", '"', "’")) and len(line.split()) >= 8 and not (n == 0 and ctx.title
                                                                                             and line == first_line == ctx.title.strip()):
            if _DATELINED.match(line):
                return []
            start = pos + (len(para) - len(para.lstrip()))
            return [Edit(start, start, _pick(["KYIV, Ukraine (AP) — ", "LONDON (Reuters) - "], text[:200]))]
        pos += len(para) + len(sep)
    return []


def honorifics(text: str, ctx: Ctx) -> list[Edit]:
    """Honorifics in the other house style: "Mr Reznikov" ↔ "Mr. Reznikov" (also Mrs, Ms, Dr), as British
    and American outlets write them.

    Tests: sentence splitting after "Mr." and name reading after both forms. Gold: spans remapped,
    labels unchanged."""
    edits = []
    for m in re.finditer(r"\b(Mr|Mrs|Ms|Dr)(\.?)(?= [A-Z])", text):
        if m.group(2):
            edits.append(Edit(m.end(1), m.end(), ""))
        else:
            edits.append(Edit(m.end(1), m.end(1), "."))
    return edits


# ---------------------------------------------------------------------------------------------
# Dates

_MONTH_NUMBER = {name: n for n, names in enumerate(
    [("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
     ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"), ("October", "Oct"), ("November", "Nov"),
     ("December", "Dec")], start=1) for name in names}
_MONTH_ALT = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
#: "March 3", "Sept. 1", "Dec 15th", "March 3, 2024" (not a range "March 3-5", not a clock "March 3:15")
_DATE_MD = re.compile(rf"\b(?P<month>{_MONTH_ALT})(?P<dot>\.?) (?P<day>\d{{1,2}})(?P<suf>st|nd|rd|th)?\b"
                      rf"(?![-–]\d|:\d|\.\d)(?:(?P<comma>,?) (?P<year>(?:19|20)\d\d)\b)?")
#: "3 March", "3rd of March", "15 Dec. 2022"
_DATE_DM = re.compile(rf"(?<![-–\d.,])\b(?P<day>\d{{1,2}})(?P<suf>st|nd|rd|th)? (?P<of>of )?(?P<month>{_MONTH_ALT})\b"
                      rf"(?P<dot>\.?)(?:(?P<comma>,?) (?P<year>(?:19|20)\d\d)\b)?")
#: what a whole-week shift cannot move exactly: a month of a year ("May 2024"), a numeric date, a range
_UNMOVABLE = re.compile(rf"\b(?:{_MONTH_ALT})\.? (?:of )?(?:19|20)\d\d\b|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b"
                        rf"|\b(?:{_MONTH_ALT})\.? \d{{1,2}}(?:st|nd|rd|th)? ?[-–] ?\d|\b\d{{1,2}} ?[-–] ?\d{{1,2}} (?:{_MONTH_ALT})\b")
#: "day 28" of the full-scale invasion (day 1 = 24 February 2022)
_WAR_DAY = re.compile(r"\b([Dd]ay) (\d{1,4})\b")
_WEEKDAY_ON = re.compile(r"(?<=[a-z,] )on (?=(?:" + "|".join(_WEEKDAYS) + r")\b)")
_ON_DATE = re.compile(rf"\b[Oo]n (?=(?:{_MONTH_ALT})\.? \d|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTH_ALT})\b)")
#: the shift ``week_shift`` makes
SHIFT_WEEKS = 52


def _date_matches(text: str) -> list[re.Match]:
    """Explicit day-and-month dates in ``text``, in order, not overlapping (month-first wins)."""
    found = list(_DATE_MD.finditer(text))
    taken = [(m.start(), m.end()) for m in found]
    found += [m for m in _DATE_DM.finditer(text) if not any(a < m.end() and m.start() < b for a, b in taken)]
    return sorted(found, key=lambda m: m.start())


def _resolve(m: re.Match, published: str):
    """The day a date match names: its own year, else the year that puts it nearest ``published``; None when
    no such day exists (30 February) or nothing tells the year."""
    import datetime as dt

    month, day = _MONTH_NUMBER[m.group("month")], int(m.group("day"))
    years = [int(m.group("year"))] if m.group("year") else []
    if not years:
        if not published:
            return None
        pub = dt.date.fromisoformat(published)
        years = [pub.year - 1, pub.year, pub.year + 1]
    days = []
    for y in years:
        try:
            days.append(dt.date(y, month, day))
        except ValueError:
            pass
    if not days:
        return None
    if len(days) == 1:
        return days[0]
    pub = dt.date.fromisoformat(published)
    return min(days, key=lambda d: abs((d - pub).days))


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _shift_edits(text: str, published: str, days: int):
    """The edits that move every explicit date of ``text`` by ``days`` (a whole number of weeks), in its own
    form; None when one cannot be moved exactly."""
    import datetime as dt

    if _UNMOVABLE.search(text):
        return None
    edits = []
    for m in _date_matches(text):
        day = _resolve(m, published)
        if day is None:
            return None
        new = day + dt.timedelta(days=days)
        if not m.group("year") and abs((day - dt.date.fromisoformat(published)).days) > 150:
            return None  # a date without its year far from the publication day: its year is a guess
        month = m.group("month")
        names = [k for k, v in _MONTH_NUMBER.items() if v == new.month]
        long_form = names[0]
        if month != [k for k, v in _MONTH_NUMBER.items() if v == day.month][0]:  # an abbreviation: keep the style
            long_form = names[1] if len(names) > 1 else names[0]
            if month == "Sep" and new.month == 9:
                long_form = "Sep"
        suf = _ordinal(new.day) if m.group("suf") else ""
        start, end = m.span()
        if m.re is _DATE_MD:
            out = f"{long_form}{m.group('dot')} {new.day}{suf}"
            if m.group("year"):
                out += f"{m.group('comma')} {new.year}"
        else:
            out = f"{new.day}{suf} {m.group('of') or ''}{long_form}{m.group('dot')}"
            if m.group("year"):
                out += f"{m.group('comma')} {new.year}"
        if out != text[start:end]:
            edits.append(Edit(start, end, out))
    war_start = dt.date(2022, 2, 24)
    for m in _WAR_DAY.finditer(text):
        n = int(m.group(2))
        if not published or war_start + dt.timedelta(days=n - 1) != dt.date.fromisoformat(published):
            return None  # "day 3" of something else: no exact move
        edits.append(Edit(m.start(2), m.end(2), str(n + days)))
    return sorted(edits, key=lambda e: e.start)


def week_shift(text: str, ctx: Ctx) -> list[Edit]:
    """See ``_week_shift``: by ``SHIFT_WEEKS`` (52: nearly a year, every month and day nearly kept).

    Tests: dating against a publication day and explicit dates nobody studied. Gold: dates moved the same."""
    return _week_shift(text, ctx, SHIFT_WEEKS)


def week_shift_quarter(text: str, ctx: Ctx) -> list[Edit]:
    """See ``_week_shift``: by 13 weeks, so months change ("Dec 15" → "Mar 16", a year-less date in another
    season and year).

    Tests: dates in months and abbreviations the article did not use ("Mar 16"). Gold: dates moved the same."""
    return _week_shift(text, ctx, 13)


def _week_shift(text: str, ctx: Ctx, weeks: int) -> list[Edit]:
    """The publication day moved by whole weeks (``SHIFT_WEEKS``, so every weekday stays right), and every
    explicit date of the text and the title with it ("Dec 15" → "Dec 14", "March 14, 2025" → "March 13,
    2026", war "day 28" → "day 392"); an article with a date that cannot be moved exactly (a month of a
    year, a numeric date, a range, a year-less date crossing New Year) is left as it was and counted.

    Tests: dating against a publication day and explicit dates nobody studied. Gold: every ``date`` and the
    publication day moved the same, spans remapped."""
    import datetime as dt

    ctx.shift_days, ctx.title_edits = 0, []
    if not ctx.published:
        ctx.shift_skipped = True
        return []
    days = 7 * weeks
    edits, title_edits = _shift_edits(text, ctx.published, days), _shift_edits(ctx.title, ctx.published, days)
    if edits is None or title_edits is None:
        ctx.shift_skipped = True
        return []
    ctx.shift_days, ctx.title_edits = days, title_edits
    ctx.published = str(dt.date.fromisoformat(ctx.published) + dt.timedelta(days=days))
    return edits


def _outside_quotes(text: str, edits: list[Edit]) -> list[Edit]:
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    return [e for e in edits if not any(a <= e.start < b for a, b in quoted)]


def ap_days(text: str, ctx: Ctx) -> list[Edit]:
    """AP style: no "on" before a weekday inside a sentence ("said on Monday" → "said Monday", "attacked
    on Tuesday night" → "attacked Tuesday night"), outside quotes; a sentence's opening "On Monday" stays.

    Tests: dating from a bare weekday after the verb. Gold: dates unchanged, spans remapped."""
    return _outside_quotes(text, [Edit(m.start(), m.end(), "") for m in _WEEKDAY_ON.finditer(text)])


def day_month(text: str, ctx: Ctx) -> list[Edit]:
    """British order: "March 3" → "3 March", "March 3, 2024" → "3 March 2024", "Sept. 1" → "1 Sept",
    "Dec 15th" → "15th Dec".

    Tests: reading dates day first. Gold: dates unchanged, spans remapped."""
    edits = []
    for m in _DATE_MD.finditer(text):
        out = f"{m.group('day')}{m.group('suf') or ''} {m.group('month')}"
        if m.group("year"):
            out += f" {m.group('year')}"
        edits.append(Edit(m.start(), m.end(), out))
    return edits


def weekday_dates(text: str, ctx: Ctx) -> list[Edit]:
    """A weekday before a date after "on": "on March 3" → "on Sunday, March 3", "on 3 March" → "on Sunday,
    3 March", the weekday of the day the date names (its year, or the one nearest the publication day).

    Tests: dating from a weekday-and-date pair. Gold: dates unchanged, spans remapped."""
    edits = []
    for on in _ON_DATE.finditer(text):
        m = next((d for d in _date_matches(text[on.end():on.end() + 40]) if d.start() == 0), None)
        day = _resolve(m, ctx.published) if m else None
        if day is not None:
            edits.append(Edit(on.end(), on.end(), f"{day.strftime('%A')}, "))
    return edits


# ---------------------------------------------------------------------------------------------
# Vocabulary nobody studied (round 2): places, outlets, units, war-course words, rare speech verbs,
# attribution order. The synonym lists were written from news usage before the claim/fact tables were read;
# they live here, not in data/.


def _case_like(word: str, new: str) -> str:
    """``new`` with the capitals of ``word`` ("Captured" → "Seized", "TASS" → "VORK")."""
    if word.isupper() and len(word) > 1:
        return new.upper()
    if word[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _not_listed(pool: list[str]) -> list[str]:
    """The names of ``pool`` found in no table of data/ (as a whole word)."""
    return [p for p in pool if not re.search(rf"(?<!\w){re.escape(p.lower())}(?!\w)", _TABLES)]


def _phrase_edits(text: str, mapping: dict) -> list[Edit]:
    """Edits replacing every whole-word occurrence of a key of ``mapping`` (longest first) by its value."""
    if not mapping:
        return []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
                         + r")(?![\w-])")
    return [Edit(m.start(), m.end(), mapping[m.group(1)]) for m in pattern.finditer(text)]


_COUNTRY_ROWS = _read_csv("countries.csv")
#: capitals (and the Kremlin) stay: their side is knowledge every reader has, not a table's memory
_KEPT_PLACES = {c for row in _COUNTRY_ROWS for c in row.get("capitals", "").split("|") if c} | {
    "Kyiv", "Kiev", "Moscow", "Minsk", "Washington", "London", "Paris", "Berlin", "Brussels", "Warsaw"}
_COUNTRY_NAMES = {n for row in _COUNTRY_ROWS for n in row.get("names", "").split("|") if n} | {
    row["country"] for row in _COUNTRY_ROWS}
_PLACE_ROWS = [r for r in _read_csv("places.csv") if r["kind"] in ("region", "city", "area")
               and r["name"] not in _KEPT_PLACES and r["name"] not in _COUNTRY_NAMES]
#: invented settlement and region names of Ukrainian and Russian shape (checked against every table)
_PLACES_UA = _not_listed(["Zorianivka", "Kalynove", "Dubrivske", "Lypnohrad", "Berestove", "Horodnytsia",
                          "Osokorivka", "Yasnohirka", "Verbivske", "Krynychne", "Tarasivka", "Stepove",
                          "Vilshanske", "Zelenopil", "Pryozerne", "Myrnopillia", "Sokolyn", "Bilozirka"])
_PLACES_A = _not_listed(["Podillia", "Pokuttia", "Slobozhia", "Volynia", "Prysamaria", "Zaporoshia"])
_PLACES_RU = _not_listed(["Pridonsk", "Novoozersk", "Zarechensk", "Lesogorsk", "Krasnopolye", "Verkhnedubovo",
                          "Sosnovsk", "Belorechye"])
_PLACE_NAMES = {r["name"] for r in _PLACE_ROWS}
#: words a place slot ("X region") may hold that are no place: sides, compass words
_NOT_PLACES = {d for row in _COUNTRY_ROWS for d in row.get("demonyms", "").split("|") if d} | {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Border", "Frontline",
    "Russian", "Ukrainian", "Kremlin", "Black Sea", "Azov", "Sea"}
#: what names a settlement or region nobody listed: "the village of X", "X region", "X Oblast", "near X"
_PLACE_CONTEXT = re.compile(
    r"\b(?:village|town|city|settlement|hamlet|outskirts|suburb)s? of (?P<a>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?)"
    r"|(?P<b>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?) (?:[Oo]blast|region|province|district|direction|axis|sector)\b")
#: settlement shapes of the region: -ivka, -ove, -ske, -ohrad, -opil …
_PLACE_SHAPE = re.compile(r"\b[A-Z][a-z]+(?:ivka|yivka|ivske|ivsk|ovsk|yansk|ansk|ensk|insk|ynsk|ove|yne|ske|"
                          r"tske|ohrad|horod|opil|opol|opillia)\b(?<=\w{6})")


def rename_places(text: str, ctx: Ctx) -> list[Edit]:
    """Settlements, rivers and regions get invented names of the same shape (Ukrainian -ivka/-ove/-ske/-ohrad
    for Ukrainian places, Russian -sk/-ye/-ovo for Russian ones), none in any table; countries, capitals
    and the Kremlin stay.

    Which: the places of ``data/places.csv`` (every spelling of one place gets one new name), capitalised
    words in a place slot ("the village of X", "X region", "X Oblast") and words of a settlement shape
    ("-ivka", "-ove", "-ske", "-ohrad" …) that are no person of the gold. An adjective of "-ia"/"-a" places
    ("Crimean") follows ("-an").
    Tests: facts, sides and dates that lean on a known place (issue 14: a village nobody listed).
    Gold: spans remapped, texts re-read; a speaker label with a place ("Kharkiv regional governor")
    renamed the same way."""
    names: dict[str, str] = {}
    person_tokens = {t for label in ctx.speakers if label for t in label.split()}
    taken = set(re.findall(r"\w+", text)) | set(ctx.names.values())
    used: set[str] = set()
    by_place: dict[str, str] = {}

    def new_name(key: str, russian: bool) -> str:
        if key in by_place:
            return by_place[key]
        pool = _PLACES_RU if russian else _PLACES_A if key.endswith("a") else _PLACES_UA
        choice = _pick(pool, key, used | taken)
        used.add(choice)
        by_place[key] = choice
        return choice

    for row in _PLACE_ROWS:
        if re.search(rf"(?<![\w-]){re.escape(row['name'])}(?![\w-])", text):
            names[row["name"]] = new_name(row["place"], row["country"] == "Russia")
    candidates = [m.group("a") or m.group("b") for m in _PLACE_CONTEXT.finditer(text)]
    candidates += [m.group(0) for m in _PLACE_SHAPE.finditer(text)]
    for cand in candidates:
        words = cand.split()
        while words and (words[0] in _TITLES or words[0] in ("The", "A", "An", "In", "On", "At", "Near", "From")):
            words = words[1:]
        cand = " ".join(words)
        if not cand or cand in names or cand in _KEPT_PLACES or cand in _COUNTRY_NAMES or \
                any(w in person_tokens or w in ctx.names or w in _TITLES for w in words) or \
                cand in _NOT_PLACES or len(cand) < 4 or (cand not in _PLACE_NAMES and re.search(
                    rf"(?<!\w){re.escape(cand.lower())}(?!\w)", _TABLES)):
            continue  # a country, a capital, a person, or a word the tables know as something else
        names[cand] = new_name(cand, False)
    for old, new in list(names.items()):
        if old.endswith("a") and new.endswith("a") and re.search(rf"\b{re.escape(old)}n\b", text):
            names[old + "n"] = new + "n"  # "Crimean" → "Podillian"
    ctx.step_map = names
    ctx.names.update({k: v for k, v in names.items() if " " not in k})
    return _phrase_edits(text, names)


#: outlets, agencies and think tanks, by shape: an acronym becomes another, a name another name
_OUTLETS = {
    "TASS": "VESTA", "Tass": "Vesta", "RIA Novosti": "Zarya Novosti", "RIA": "Zarya", "Interfax": "Telekurier",
    "Ukrinform": "Ukrvisnyk", "UkrInform": "UkrVisnyk", "UkrinForm": "UkrvisNyk", "Reuters": "Hartwell", "DeepState": "LineWatch",
    "DeepStateMap": "LineWatchMap", "Deep State": "Line Watch", "CNN": "KBN", "BBC": "WBR", "AFP": "EPN",
    "Bloomberg": "Carrow", "UNN": "UVN", "MENAFN": "GULFNET", "Ukrainska Pravda": "Ukrainska Hromada",
    "Kyiv Independent": "Kyiv Sentinel", "Meduza": "Pereval", "Mediazona": "Mediapole", "Interfax-Ukraine":
    "Telekurier-Ukraine", "Suspilne": "Hromadske Radio Nord", "Rybar": "Sokolnik", "Kommersant": "Vedomosnik",
    "Izvestia": "Glasnost Daily", "Sputnik": "Orbita", "Al Jazeera": "Al Sahil", "New York Times": "Boston Ledger",
    "Washington Post": "Chicago Courier", "Financial Times": "Commerce Herald", "Wall Street Journal":
    "Market Street Journal", "The Economist": "The Observer Weekly", "Economist": "Observer Weekly",
    "Politico": "Capitolio", "Axios": "Vertex", "Associated Press": "Allied Press", "Sky News": "Skyline News",
    "Institute for the Study of War": "Centre for Frontline Analysis", "ISW": "CFA",
    "Royal United Services Institute": "Royal Institute for Defence Review", "RUSI": "RIDR",
    "Oryx": "Kestrel",
}
_OUTLET_LABELS = {"Institute for the Study of War (ISW)": "Centre for Frontline Analysis (CFA)",
                  "RIA Novosti": "Zarya Novosti"}


def rename_outlets(text: str, ctx: Ctx) -> list[Edit]:
    """News agencies, outlets and think tanks get invented names of the same shape: acronyms stay acronyms
    ("TASS" → "VESTA", "ISW" → "CFA"), names stay names ("Reuters" → "Hartwell", "the Institute for the
    Study of War" → "the Centre for Frontline Analysis", "DeepState" → "LineWatch"), "the X news agency"
    keeps its noun.

    Tests: a source or ``via`` named by an outlet nobody listed ("…, the VESTA news agency reported").
    Gold: spans remapped, texts re-read; speaker labels renamed the same way (an organisation's label
    with its acronym: "Centre for Frontline Analysis (CFA)")."""
    mapping = {k: v for k, v in _OUTLETS.items() if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", text)}
    ctx.step_map = mapping
    ctx.names.update({k: v for k, v in mapping.items() if " " not in k})
    ctx.label_map.update(_OUTLET_LABELS)
    return _phrase_edits(text, mapping)


_UNIT_NAMES = {"Wagner": "Vostokgrad", "Wagner Group": "Vostokgrad Group", "Azov": "Sokil", "Kraken": "Leviafan",
               "Akhmat": "Sunzhenets", "Aidar": "Tiasmyn", "Khartia": "Berehynia", "Rubikon": "Bastion",
               "Storm-Z": "Grom-Z", "Storm Z": "Grom Z", "Pyatnashka": "Dvadtsatka", "Sparta": "Fortuna",
               "Kholodnyi Yar": "Syvyi Yar", "Da Vinci Wolves": "Da Costa Hawks", "Khortytsia": "Berezan",
               "Tavria": "Berehove"}
_NUMBERED_UNIT = re.compile(r"\b(?P<n>\d{1,3})(?P<suf>st|nd|rd|th)(?P<rest>(?: [A-Z][\w-]*| of the| of)*? "
                            r"(?:Brigade|Regiment|Division|Battalion|Army|Corps|Detachment|Squadron|Group))\b")


def rename_units(text: str, ctx: Ctx) -> list[Edit]:
    """Named military formations get other names of the same shape: a numbered unit another number of the
    same size ("the 47th Separate Mechanized Brigade" → "the 83rd Separate Mechanized Brigade", one number
    per old number throughout), a named one an invented name ("Wagner" → "Vostokgrad", "Azov" → "Sokil").

    Tests: a unit as actor or speaker, a unit's number read as a figure. Gold: spans remapped, texts
    re-read; labels renamed the same way."""
    edits = []
    numbers: dict[str, str] = {}
    for m in _NUMBERED_UNIT.finditer(text):
        n = m.group("n")
        if n not in numbers:
            k = zlib.crc32(n.encode()) % 89 + 11
            new = str((int(n) + k) % (10 ** len(n)) or 7)
            if len(new) < len(n) or new == n:
                new = str(int(n) + 1)
            numbers[n] = new
        new = numbers[n]
        edits.append(Edit(m.start(), m.end("suf"), new + _ordinal(int(new))))
    mapping = {k: v for k, v in _UNIT_NAMES.items() if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", text)}
    ctx.step_map = mapping
    ctx.names.update({k: v for k, v in mapping.items() if " " not in k})
    taken = [(e.start, e.end) for e in edits]
    edits += [e for e in _phrase_edits(text, mapping) if not any(a < e.end and e.start < b for a, b in taken)]
    return sorted(edits, key=lambda e: e.start)


#: war-course words and a reporter's near-synonym of the same form and direction (written from news copy,
#: before the claim and fact tables were read). Values: one form fits every syntax (past tense = participle).
_TOPIC = {
    "capture": ["seize"], "captures": ["seizes"], "captured": ["seized"], "capturing": ["seizing"],
    "seize": ["capture"], "seizes": ["captures"], "seized": ["captured"], "seizing": ["capturing"],
    "liberate": ["recapture", "retake"], "liberated": ["recaptured"], "liberating": ["recapturing", "retaking"],
    "liberation": ["recapture"],
    "repel": ["repulse", "fend off"], "repels": ["repulses"], "repelled": ["repulsed", "fought off", "beat off"],
    "repelling": ["repulsing", "fending off"],
    "repulsed": ["repelled"],
    "pushed back": ["forced back"], "push back": ["force back"], "pushing back": ["forcing back"],
    "advancing": ["pushing forward", "pressing forward"], "advanced": ["pushed forward", "moved forward"],
    "withdrew": ["pulled back", "pulled out"], "withdrawn": ["pulled back"], "withdraw": ["pull back"],
    "withdrawing": ["pulling back"], "withdrawal": ["pullback", "retreat"],
    "retreated": ["pulled back", "fell back"], "retreating": ["falling back"],
    "offensive": ["assault", "push"], "offensives": ["assaults"], "counteroffensive": ["counterattack"],
    "counter-offensive": ["counter-attack"],
    "front line": ["line of contact", "contact line"], "front lines": ["lines of contact"],
    "frontline": ["front"],
    "shelling": ["bombardment", "artillery fire"], "shelled": ["bombarded", "pounded"],
    "bombardment": ["shelling"], "bombarded": ["shelled"],
    "losses": ["casualties"], "casualties": ["losses"],
    "wounded": ["injured"], "injured": ["wounded"],
    "attack": ["assault"], "attacks": ["assaults"], "attacked": ["assaulted", "struck"], "attacking": ["assaulting"],
    "strike": ["attack"], "strikes": ["attacks"], "struck": ["hit"],
    "destroyed": ["knocked out", "wrecked"],
    "encircled": ["surrounded"], "encircle": ["surround"], "encirclement": ["envelopment"],
    "drone": ["UAV"], "drones": ["UAVs"],
    "took control of": ["seized"], "take control of": ["seize"], "taken control of": ["seized"],
    "gained ground": ["made headway"], "gaining ground": ["making headway"],
}
#: where the form's word class is unsure: a noun "advance"/"offensive" only after these, a verb only after those
_TOPIC_PATTERN = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(_TOPIC, key=len, reverse=True))
                            + r")(?![\w-])", re.IGNORECASE)
_AUX_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_VOWEL_SOUND = re.compile(r"[aeioAEIO]|UAV")


def topic_words(text: str, ctx: Ctx) -> list[Edit]:
    """War-course verbs and nouns become a near-synonym a reporter would use, of the same form and
    direction: "captured" → "seized", "took control of" → "seized", "liberated" → "recaptured", "repelled"
    → "repulsed"/"fought off", "advancing" → "pushing forward", "offensive" → "assault"/"push", "front line"
    → "line of contact", "shelling" → "bombardment", "losses" ↔ "casualties", "drones" → "UAVs" … (past
    forms only by synonyms whose past tense is the participle; "a"/"an" before a swapped noun follows it;
    "shelling"/"attacking" before an object stays a verb; "offensive" as an adjective before a noun and
    "losses" of equipment or territory are left).

    Tests: claims and facts recognised by the war-course vocabulary of the tables (issue 11, 14). Gold:
    spans remapped, texts re-read; quantities, actors and changes unchanged. Words inside quote marks are the
    speaker's and stay."""
    edits = []
    for m in _TOPIC_PATTERN.finditer(text):
        word = m.group(1)
        key = word.lower()
        if key not in _TOPIC or (word.isupper() and len(word) > 1 and key not in ("drone", "drones")):
            continue
        after = text[m.end():m.end() + 30]
        before = text[max(0, m.start() - 30):m.start()]
        if key == "offensive" and re.match(r"\s+(?:operations?|actions?|weapons?|capabilit|potential|drive|push)",
                                           after):
            continue  # an adjective: "offensive operations"
        if key.startswith(("captur", "seiz")) and re.match(
                r"\s+(?:more than |over |about |around |some )?(?:[\d,. ]+|\w+ )?(?:\w+ )?(?:soldiers|servicemen|troops|"
                r"occupiers|prisoners|fighters|people|men|personnel|POWs)\b", after):
            continue  # people captured are taken prisoner: "seized 594 occupiers" would not be English
        if key in ("losses", "casualties") and (re.match(r"\s+(?:of|in)\s+(?:equipment|territory|tanks|armou?r|"
                                                          r"vehicles|aircraft|land)", after) or
                                                re.search(r"(?:territorial|equipment|economic|civilian)\s+$", before)):
            continue
        if key == "shelling" and re.match(r"\s+of\b", after):
            new = "bombardment"
        elif key == "capture" and (re.match(r"\s+of\b", after) or re.search(
                r"\b(?:the|a|its|their|his|her|our|after|before|since|following)\s+$", before, re.IGNORECASE)):
            new = "seizure"  # the noun
        elif key == "shelling" and re.match(r"\s+(?:the|a|an|its|their|our|[A-Z]\w*)\b", after):
            new = "bombarding"
        elif key in ("attack", "strike") and re.search(r"\bto\s+$", before):
            new = _TOPIC[key][0]
        elif key in ("withdrawn", "struck") and not _AUX_BEFORE.search(before):
            continue
        else:
            choices = _TOPIC[key]
            if _AUX_BEFORE.search(before):
                choices = [c for c in choices if c not in ("beat off", "fell back", "pulled out")] or choices[:1]
            new = _pick(choices, f"{m.start()}{key}")
        if key == "frontline" and not re.match(r"\s*[,.;]|\s+(?:in|of|near|at|and)\b", after):
            continue  # "frontline towns": the adjective stays
        new = _case_like(word, new) if not new.isupper() else new
        art = re.search(r"\b(an?)\s+$", before)
        if art:
            wanted = "an" if _VOWEL_SOUND.match(new) and not new.startswith("UAV") else "a"
            if art.group(1).lower() != wanted:
                s = m.start() - len(before) + art.start(1)
                edits.append(Edit(s, s + len(art.group(1)), _case_like(art.group(1), wanted)))
        edits.append(Edit(m.start(), m.end(), new))
    quoted = [(q.start(), q.end()) for q in _QUOTED_SPAN.finditer(text)]
    quoted += [(q.start(), q.end()) for q in re.finditer(r"(?<!\w)[‘'][^‘’'\n]{1,60}[’'](?!\w)", text)]  # ‘liberate’
    return sorted((e for e in edits if not any(a <= e.start < b for a, b in quoted)), key=lambda e: e.start)


#: "said" and "told" in each syntax, by verbs a reporter uses (written before speech_words.csv was read)
_RARE_THAT = ["remarked", "observed", "maintained", "contended", "pointed out", "argued", "acknowledged",
              "reckoned"]
_RARE_END = ["remarked", "observed", "maintained", "contended", "commented", "argued"]  # "…,” he said.
_RARE_INVERTED = ["remarked", "observed", "argued"]  # "…,” said Smith.
_RARE_SAYS = ["maintains", "contends", "observes", "remarks", "argues", "points out"]
_RARE_TOLD = ["remarked to", "pointed out to", "explained to", "stressed to"]


def speech_verbs_rare(text: str, ctx: Ctx) -> list[Edit]:
    """"said", "says" and "told" become speech verbs a reporter uses that the table may not hold, fitting
    the syntax: before "that" or a reported clause (remarked, observed, maintained, contended, underlined,
    pointed out, made clear, went on to say, argued, acknowledged …), inverted after a quote ("…,” remarked
    Smith"), at a clause's end ("…,” he commented."), "says" → maintains/contends/observes …, "told
    reporters" → "remarked to reporters". Passive and idiom uses ("is said to", "was told", "that said")
    stay.

    Tests: speakers and claims found by the syntax of attribution, not by the verb's table (issue 11, 13).
    Gold: spans remapped, labels and dates unchanged."""
    edits = []
    for m in re.finditer(r"\b(said|says|told)\b", text):
        word = m.group(1)
        before = text[max(0, m.start() - 30):m.start()]
        after = text[m.end():m.end() + 40]
        key = f"{m.start()}:{before}"
        if re.search(r"\b(?:is|are|was|were|be|been|being|the)\s+$|\bThat\s+$", before) or \
                re.match(r"\s+to\s+(?:be|have)\b", after):
            continue  # passive "is said to", "was told", "the said", "That said"
        if word == "told":
            clause = re.split(r"[.!?;:“”\"]", text[m.end():m.end() + 160], maxsplit=1)[0]
            if not re.match(r"\s+(?:[a-z]+\s+)?(?:reporters|journalists|the|a|an|[A-Z])", after) or \
                    re.search(r"\bto (?!the\b|a\b|an\b|[A-Z])[a-z]+", clause):
                continue  # "told X to leave" is an order, not a statement
            new = _pick(_RARE_TOLD, key)
        elif word == "says":
            new = _pick(_RARE_SAYS if re.match(r"\s+that\b", after) else ["maintains", "contends", "argues"], key)
        elif re.search(r"[,”\"’]\s*$", before) and re.match(r"\s+(?:[A-Z]|the\b|a\b|an\b|his\b|her\b)", after) \
                and not re.match(r"\s+(?:On|In|At|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", after):
            new = _pick(_RARE_INVERTED, key)  # "…,” said Smith"
        elif re.match(r"\s*[.,;:!?]|\s+(?:on|in|at|last|this|late|early|after|during|when|while|yesterday|today|"
                      r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", after):
            new = _pick(_RARE_END, key)
            if re.match(r"\s*:", after):
                new = _pick(["remarked", "observed", "commented"], key)
        elif re.match(r"\s+that\b", after):
            new = _pick(_RARE_THAT + ["underlined", "made clear"], key)
        else:
            new = _pick(_RARE_THAT, key)
        edits.append(Edit(m.start(), m.end(), new))
    return edits


_SUBJECT = r"(?P<subj>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+|He|She|They)"
#: "Smith said (that) the line held." — subject, verb, reported clause, sentence end
_FORWARD = re.compile(rf"(?:^|(?<=[.!?”\"]\s)){_SUBJECT}\s+(?P<verb>said|says|told reporters)\s+(?:that\s+)?"
                      r"(?P<content>(?!that\b)[A-Za-z][^\n“”\"«»]*?[^\s.])(?P<end>\.)(?=\s|$)", re.MULTILINE)
#: "“The line held,” Smith said." — a whole quoted sentence, then a short attribution
_BACKWARD = re.compile(r"(?:^|(?<=[.!?”\"]\s))(?P<open>[“\"])(?P<content>[A-Z][^“”\"\n]*?)(?P<comma>,)"
                       r"(?P<close>[”\"])\s+(?P<subj>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+|he|she)\s+"
                       r"(?P<verb>said|says)(?P<end>\.)(?=\s|$)", re.MULTILINE)


#: a reported clause cannot open with the attribution's time ("said on Sunday that …" has no clause to move)
_TIME_FIRST = re.compile(r"(?:on|in|at|late|early|last|this|yesterday|today|during|after|before|earlier|later|also|"
                         r"again|separately|previously|recently|repeatedly|once|too)\b", re.IGNORECASE)
_ANOTHER_ATTRIBUTION = re.compile(r"\b(?:said|says|told|adding|added|according to|claimed|reported)\b|[:;()]")


def attribution_order(text: str, ctx: Ctx) -> list[Edit]:
    """The order of attribution turned round where it can be done exactly: "Smith said (that) the line
    held." → "The line held, Smith said." (the reported clause first, its first letter capitalised; "He" →
    "he"), and "“The line held,” Smith said." → "Smith said: “The line held.”". Sentences with another
    quote mark, a colon or a headline are left; every skipped candidate is counted in ``ctx.skipped_order``.

    Tests: speakers and claims read from the attribution at the end or at the start, whatever order was
    studied (issue 11, 13). Gold: spans remapped (the edits are a deletion, a capital and an insertion, so
    a quote's or a claim's span keeps its words), texts re-read, labels and dates unchanged."""
    edits: list[Edit] = []
    first_line_end = text.find("\n") if ctx.title and text.split("\n", 1)[0].strip() == ctx.title.strip() else -1
    skipped = 0
    for m in _FORWARD.finditer(text):
        if m.start() <= first_line_end or m.group("subj").split()[0] in ("The", "A", "An", "But", "And", "In", "On", "It",
                                                                         "They") \
                or _TIME_FIRST.match(m.group("content")) \
                or re.match(r"\s+[a-z]", text[m.end():]) or _ANOTHER_ATTRIBUTION.search(m.group("content")):
            skipped += 1
            continue
        subj = m.group("subj")
        subj = subj.lower() if subj in ("He", "She", "They") else subj
        c = m.start("content")
        edits += [Edit(m.start(), c, ""), Edit(c, c + 1, text[c].upper()),
                  Edit(m.start("end"), m.start("end"), f", {subj} {m.group('verb')}")]
    for m in _BACKWARD.finditer(text):
        if m.start() <= first_line_end or any(e.start < m.end() and m.start() < e.end or e.start == m.start()
                                              for e in edits):
            skipped += 1
            continue
        subj = m.group("subj")
        subj = subj[0].upper() + subj[1:]
        edits += [Edit(m.start(), m.end("open"), f"{subj} {m.group('verb')}: {m.group('open')}"),
                  Edit(m.start("comma"), m.end("comma"), "."),
                  Edit(m.end("close"), m.end("end"), "")]
    ctx.skipped_order = getattr(ctx, "skipped_order", 0) + skipped
    return sorted(edits, key=lambda e: (e.start, e.end))


_INVERTIBLE = re.compile(r"(?P<close>[,!?][”\"’»])\s+(?:(?P<subj>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+|the\s+[a-z][a-z-]*"
                         r"(?:\s+[a-z][a-z-]*){0,2})\s+(?P<verb>said|says)|(?P<verb2>said|says)\s+"
                         r"(?P<subj2>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+|the\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}))"
                         r"(?P<end>[.,;])")


def inverted_said(text: str, ctx: Ctx) -> list[Edit]:
    """After a quote, the other order of a short attribution: "…,” Smith said." → "…,” said Smith." and
    "…,” said the minister." → "…,” the minister said." (a name of up to three words or "the" and up to three
    small words; pronouns stay, "he said" is never inverted in news copy).

    Tests: the speaker after a quote read in either order (issue 13). Gold: spans remapped, labels unchanged."""
    edits = []
    for m in _INVERTIBLE.finditer(text):
        if m.group("verb"):
            subj, verb, a, b = m.group("subj"), m.group("verb"), m.start("subj"), m.end("verb")
            if subj.split()[0] in ("He", "She", "It", "They", "We", "I") or subj.lower().endswith((" who", " which")):
                continue
            edits.append(Edit(a, b, f"{verb} {subj}"))
        else:
            subj, verb, a, b = m.group("subj2"), m.group("verb2"), m.start("verb2"), m.end("subj2")
            if subj.split()[0] in ("He", "She", "It", "They", "The", "On", "In", "At") and not subj.startswith("the "):
                continue
            edits.append(Edit(a, b, f"{subj} {verb}"))
    return edits


_BODIES = r"(?:Defen[cs]e Ministry|defen[cs]e ministry|Ministry of Defen[cs]e|General Staff|Air Force|air force|" \
          r"Foreign Ministry|foreign ministry|Ministry of Foreign Affairs|Emergencies Ministry|Interior Ministry)"
_ORG_FORM = re.compile(rf"(?P<the>\b[Tt]he\s+)?\b(?P<side>Russian|Russia[’']s|Ukrainian|Ukraine[’']s)\s+(?P<body>{_BODIES})"
                       r"(?=\s*[,.;:)]|\s+(?:said|says|reported|claimed|stated|added|announced|noted|has|had|is|was|"
                       r"confirmed|published|released|denied|accused|insisted|warned|told|in|on|also|later|earlier|"
                       r"previously|did|does|would|will)\b)")


def org_forms(text: str, ctx: Ctx) -> list[Edit]:
    """A side's ministry, general staff or air force named by its capital, a form no alias table lists: "the
    Russian Defence Ministry said" → "the defence ministry in Moscow said", "Ukraine's General Staff
    reported" → "the General Staff in Kyiv reported" (only where the name ends a phrase: not before "'s",
    "spokesman" or another noun).

    Tests: institutional speakers read from a description rather than an alias of ``speakers.csv`` (issue
    13: who-is-who dependence). Gold: labels unchanged (the canonical label of the body), spans remapped."""
    edits = []
    for m in _ORG_FORM.finditer(text):
        capital = "Moscow" if m.group("side").startswith("Russia") else "Kyiv"
        body = m.group("body")
        the = m.group("the") or ""
        start = m.start()
        initial = (the[:1] == "T") or (not the and (start == 0 or re.search(r"(?:^|[.!?]\s+|\n)$", text[max(0, start - 3):start])))
        new = f"{'The' if initial else 'the'} {body} in {capital}"
        edits.append(Edit(start, m.end(), new))
    return edits


_TITLE_WORDS = r"(?:President|Prime Minister|Defen[cs]e Minister|Foreign Minister|Minister|Secretary of State|" \
               r"Defen[cs]e Secretary|Secretary|Spokesman|Spokeswoman|General|Commander-in-Chief|Commander|Chief of " \
               r"(?:the )?General Staff|Governor|Mayor|Chancellor)"
_TITLED = re.compile(rf"(?P<adj>\b(?:Russian|Ukrainian|US|U\.S\.|American|British|German|French|Kremlin)\s+)?(?P<title>"
                     rf"{_TITLE_WORDS})\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{1,2}})(?=\s+(?P<verb>said|says|"
                     r"told|added|stated|claimed|noted|warned|announced|insisted|stressed|explained)\b)")


def title_apposition(text: str, ctx: Ctx) -> list[Edit]:
    """A title before a name turned into an apposition after it: "Defence Minister Oleksii Reznikov said" →
    "Oleksii Reznikov, the defence minister, said", "Russian President Vladimir Putin told" → "Vladimir Putin,
    the Russian president, told" (only right before a speech verb, outside quotes, the name starting with a
    first name of ``first_names.csv``).

    Tests: a speaker whose title follows the name between commas (issue 13: the attribution's word order).
    Gold: labels unchanged, spans remapped (a claim's text is re-read with the new order)."""
    edits = []
    for m in _TITLED.finditer(text):
        name = m.group("name")
        if name.split()[0] not in _GENDER:
            continue
        adj = (m.group("adj") or "").strip()
        title = m.group("title")
        low = " ".join(w if w in ("Chief", "General", "Staff", "State") and "of" in title else w.lower()
                       for w in title.split())
        low = low.replace("commander-in-chief", "commander-in-chief")
        desc = f"the {adj + ' ' if adj else ''}{low}"
        edits.append(Edit(m.start(), m.end(), f"{name}, {desc},"))
    return _outside_quotes(text, edits)


#: A side or body as a possessive before a person (``possessive_titles``): the adjective of ``_TITLED`` → its owner.
_POSSESSOR = {"Russian": "Russia's", "Ukrainian": "Ukraine's", "US": "America's", "U.S.": "America's",
              "American": "America's", "British": "Britain's", "German": "Germany's", "French": "France's",
              "Kremlin": "the Kremlin's"}


def possessive_titles(text: str, ctx: Ctx) -> list[Edit]:
    """A side's title before a name turned into the side's possessive, as headlines and British copy write it:
    "Russian Foreign Minister Sergei Lavrov said" → "Russia's Sergei Lavrov said", "Kremlin Spokesman Dmitry
    Peskov told" → "the Kremlin's Dmitry Peskov told" (only right before a speech verb, outside quotes, the name
    starting with a first name of ``first_names.csv``, and only where no later "the <title>" needs the title as
    its antecedent: those are left and counted).

    Tests: a country or organisation in the possessive before a person nobody may have listed ("Nato's X said",
    round 8's drop 3): the person is the speaker, not the organisation. Gold: labels unchanged, spans remapped."""
    edits, skipped = [], 0
    for m in _TITLED.finditer(text):
        adj = (m.group("adj") or "").strip()
        name = m.group("name")
        if not adj or name.split()[0] not in _GENDER:
            continue
        head = m.group("title").split()[-1].lower()
        if re.search(rf"\b[Tt]he\s+(?:[\w-]+\s+)?{re.escape(head)}\b", text[m.end():]):
            skipped += 1
            continue
        owner = _POSSESSOR[adj]
        before = text[:m.start()].rstrip()
        if owner.startswith("the ") and (not before or before[-1] in ".!?\n“\""):
            owner = "The " + owner[4:]
        edits.append(Edit(m.start(), m.end("name"), f"{owner} {name}"))
    ctx.skips["possessive_titles"] = ctx.skips.get("possessive_titles", 0) + skipped
    return _outside_quotes(text, edits)


#: Compound titles and ranks with their other common spelling (British copy hyphenates ranks; agencies write
#: "Secretary-General"): each pair both ways.
_HYPHEN_TITLES = [("Secretary General", "Secretary-General"), ("Director General", "Director-General"),
                  ("Lieutenant General", "Lieutenant-General"), ("Major General", "Major-General"),
                  ("Brigadier General", "Brigadier-General"), ("Lieutenant Colonel", "Lieutenant-Colonel"),
                  ("Vice President", "Vice-President"), ("Vice Admiral", "Vice-Admiral"),
                  ("Rear Admiral", "Rear-Admiral"), ("Vice Premier", "Vice-Premier")]
_HYPHEN_TITLE = re.compile(r"\b(" + "|".join(re.escape(t) for pair in _HYPHEN_TITLES for t in pair) + r")(?=\s+[A-Z])")
_HYPHEN_SWAP = {a: b for a, b in _HYPHEN_TITLES} | {b: a for a, b in _HYPHEN_TITLES}


def hyphen_titles(text: str, ctx: Ctx) -> list[Edit]:
    """A compound title or rank right before a name in its other spelling ("Secretary General Mark Rutte" ↔
    "Secretary-General Mark Rutte", "Lieutenant General" ↔ "Lieutenant-General", "Vice President" ↔
    "Vice-President").

    Tests: a title word the library must not keep in the speaker's name ("Secretary-General Duncan Pembridge",
    round 8's drop 2). Gold: labels unchanged (the canonical name has no title), spans remapped."""
    return [Edit(m.start(), m.end(), _HYPHEN_SWAP[m.group(1)]) for m in _HYPHEN_TITLE.finditer(text)]


#: Subheads a web page puts between paragraphs (short, no full stop; none a quote, claim or fact)
SUBHEADS = ["What happened on the front", "The view from Kyiv", "Why it matters", "Background", "What comes next",
            "Losses and gains"]


def subheads(text: str, ctx: Ctx) -> list[Edit]:
    """A short subhead without a full stop ("What happened on the front", "Background") as a paragraph of its
    own before every fourth paragraph of the body, as web pages break long stories.

    Tests: a subhead is not glued to the next sentence, never a speaker or an antecedent, and the paragraphs
    on either side keep their "same speaker" chains across it (a subhead is no new paragraph of text).
    Gold: unchanged, shifted."""
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    breaks = list((_PARA if sep == "\n\n" else re.compile(r"\n\s*")).finditer(text.rstrip()))
    k = zlib.crc32(text[:300].encode("utf-8"))
    return [Edit(m.end(), m.end(), SUBHEADS[(k + n) % len(SUBHEADS)] + sep) for n, m in enumerate(breaks)
            if n % 4 == 2]


_MONTHS_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_NBSP_AFTER = re.compile(r"\b(?:Mrs?|Ms|Dr|Gen|Col|Lt)\.?( )(?=[A-Z])|\d( )(?=\d{3}\b)|\d( )(?=(?:km|sq|square|kilomet|"
                         r"miles|per|percent|troops|people|soldiers|drones|missiles)\b)"
                         rf"|\b(?:{_MONTHS_FULL})( )(?=\d)|\d( )(?=(?:{_MONTHS_FULL})\b)")


def nbsp(text: str, ctx: Ctx) -> list[Edit]:
    """Non-breaking spaces (U+00A0) where web copy puts them: after an honorific ("Mr Reznikov"), inside a
    number ("1 294"), between a number and its unit ("12 km", "300 troops"), between a day and a month.

    Tests: every pattern that writes a literal space where a white space of any kind can stand (names,
    figures, dates). Gold: length-preserving, spans unchanged; texts compared with white space folded."""
    edits = []
    for m in _NBSP_AFTER.finditer(text):
        k = next(i for i in range(1, 6) if m.group(i))
        edits.append(Edit(m.start(k), m.end(k), "\u00a0"))
    return edits


def crlf(text: str, ctx: Ctx) -> list[Edit]:
    """Windows line ends: every "\\n" becomes "\\r\\n", as files saved on Windows or pasted from a browser are.

    Tests: paragraph and line reading with carriage returns (loading, segmentation, headline). Gold: spans
    remapped; texts compared with white space folded."""
    return [Edit(i, i, "\r") for i, c in enumerate(text) if c == "\n"]


def dashes(text: str, ctx: Ctx) -> list[Edit]:
    """Dashes of another house style: a spaced em dash " — " becomes a spaced hyphen " - " or a double hyphen
    " -- " (plain-text and wire copy), and a spaced hyphen or en dash becomes an em dash.

    Tests: attributions and asides after a dash ("… - the ministry said"), sentence reading across dashes.
    Gold: spans remapped, labels unchanged."""
    edits = []
    for m in re.finditer(r"(?<=\S) (—|–|-|--) (?=\S)", text):
        old = m.group(1)
        new = _pick([" - ", " -- "], f"{m.start()}") if old == "—" else " — "
        edits.append(Edit(m.start(), m.end(), new))
    return edits


# ---------------------------------------------------------------------------------------------
# Round 3: second references, distance and layouts of genres not imitated (live blogs, wires, Q&A)


def _rows_before(ctx: Ctx, pos: int) -> list:
    """The gold quote and claim rows of the current text that end before ``pos``, in text order."""
    rows = [r for r in ctx.rows if r[0] in ("quotes", "claims") and r[2] <= pos and isinstance(r[4], dict)]
    return sorted(rows, key=lambda r: (r[1], r[2]))


_NATIONALITY = {"Russia": "Russian", "Ukraine": "Ukrainian", "United States": "US", "United Kingdom": "British",
                "Germany": "German", "France": "French", "NATO": "NATO", "Belarus": "Belarusian", "China": "Chinese"}
#: a role of ``speakers.csv`` (its last word, or the whole role) → the generic descriptor a reporter writes
_ROLE_HEADS = {"president": "president", "leader": "leader", "spokesman": "spokesman", "spokeswoman": "spokeswoman",
               "spokesperson": "spokesperson", "minister": "minister", "general": "general", "commander": "commander",
               "chief": "chief", "secretary": "secretary", "chancellor": "chancellor", "envoy": "envoy",
               "adviser": "adviser", "aide": "aide", "diplomat": "diplomat", "governor": "governor",
               "mayor": "mayor", "colonel": "colonel", "analyst": "analyst", "official": "official",
               "head": "official"}
#: descriptors the article itself gives an unlisted person: a rank before the name, an apposition after it
_RANK_BEFORE = re.compile(r"\b(General|Gen\.|Colonel|Col\.|Lt\.? Col\.|Lieutenant Colonel|Major|Maj\.|Captain|Capt\.|"
                          r"Governor|Mayor|spokesman|spokeswoman|commander|analyst|Spokesman|Spokeswoman|Commander)"
                          r"\s+$")
_RANK_WORD = {"gen.": "general", "col.": "colonel", "lt. col.": "colonel", "lt col.": "colonel",
              "lieutenant colonel": "colonel", "maj.": "major", "capt.": "captain"}
_APPOSED = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,4}?(spokesman|spokeswoman|spokesperson|governor|"
                      r"commander|general|colonel|analyst|adviser|advisor|official|mayor|chief|minister|expert|"
                      r"researcher|head)\b")
_SPEECH_VERB = (r"(?:said|says|told|added|adds|stated|noted|warned|claimed|insisted|explained|stressed|argued|"
                r"declared|announced|reported|revealed|estimated|acknowledged|admitted|asserted|emphasised|"
                r"emphasized|wrote|writes|continued|went on)")
_FORWARD_CUE = re.compile(rf"\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+|again\s+)?{_SPEECH_VERB}\b")
_INVERTED_CUE = re.compile(rf"{_SPEECH_VERB}\s+$")
_LEAD_WORDS = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President", "Minister", "Defence", "Defense",
               "Foreign", "Prime", "General", "Gen.", "Colonel", "Col.", "Lt.", "Lt", "Secretary", "Chancellor",
               "Commander", "Chief", "Spokesman", "Spokeswoman", "Governor", "Mayor", "Deputy", "State", "Russian",
               "Ukrainian", "US", "U.S.", "Kremlin", "Brigadier", "Major", "of"}


def _people_of(text: str, ctx: Ctx) -> list[dict]:
    """The people of the article: rows of ``speakers.csv`` whose name or alias is printed, and gold speaker
    labels that look like people; each with its surname forms, first names, gender, country and role."""
    people = []
    for row in _PEOPLE:
        aliases = [a for a in row["aliases"].split("|") if a]
        if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in [row["name"], *aliases]):
            first, _, last = _person_forms(row["name"], aliases)
            people.append({"label": row["name"], "first": first, "last": last, "country": row.get("country", ""),
                           "role": row.get("role", "").split("|")[0], "roles": row.get("role", "").split("|"),
                           "gender": _GENDER.get(row["name"].split()[0], "")})
    known = {p["label"] for p in people} | {row["name"] for row in _PEOPLE}
    for label in sorted(ctx.speakers):
        if label not in known and _looks_like_person(label):
            first, _, last = _person_forms(label, [])
            if any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text) for t in last):
                people.append({"label": label, "first": first, "last": last, "country": "", "role": "", "roles": [],
                               "gender": _GENDER.get(label.split()[0], "")})
    return people


_RANKS = [("general", {"General", "Gen.", "Brigadier", "general"}), ("colonel", {"Colonel", "Col.", "colonel"}),
          ("major", {"Major", "Maj."}), ("captain", {"Captain", "Capt."}), ("president", {"President"}),
          ("minister", {"Minister"}), ("secretary", {"Secretary"}), ("chancellor", {"Chancellor"}),
          ("governor", {"Governor", "governor"}), ("mayor", {"Mayor", "mayor"}),
          ("spokesman", {"spokesman", "Spokesman"}), ("spokeswoman", {"spokeswoman", "Spokeswoman"}),
          ("commander", {"Commander", "commander"}), ("analyst", {"analyst"})]


def _descriptor(person: dict, text: str, full_start: int, surname_end: int) -> str:
    """The generic descriptor of a person ("general", "minister", "spokesman"): the rank or title printed
    before the first mention, else its apposition (", the regional governor,"), else the first role of
    ``speakers.csv`` that has a generic head; "" when none."""
    tokens = set(text[max(0, full_start - 25):surname_end].split()[-5:])
    for word, forms in _RANKS:
        if tokens & forms:
            return word
    m = _APPOSED.match(text, surname_end)
    if m and "\n" not in m.group(0) and "." not in m.group(0):
        word = m.group(1).replace("advisor", "adviser")
        return "official" if word == "head" else word
    for role in person["roles"]:
        head = role.split()[-1] if role else ""
        if head in _ROLE_HEADS:
            return _ROLE_HEADS[head]
    return ""


#: reporters' epithets before a second reference's role noun ("the veteran general", "the outspoken spokesman")
_EPITHETS = ["veteran", "outspoken", "long-serving", "seasoned"]


def second_reference(text: str, ctx: Ctx, epithet: bool = False) -> list[Edit]:
    """After a named speaker's first mention in the body, later attributions by name ("Syrskyi said", "…,”
    said Peskov", "Mr Shoigu told", "Defence Minister Oleksii Reznikov added") refer to him the way reporters
    do on second reference: by a pronoun ("he said") when the previous gold speaker before the sentence and the
    last person named before it are that same person, else by a descriptor the article makes knowable ("the
    general", "the Russian president", "the spokesman": the rank or apposition printed at the first mention,
    else the first role of ``speakers.csv``). Outside quotes and the headline line only. Skipped (and counted
    in ``ctx.skips``): a descriptor two people of the article share (two generals), a person with no
    descriptor.

    Tests: speaker resolution of pronouns and descriptors over distance (issue 13), and the dates that follow
    the speaker. Gold: labels and dates unchanged (the speaker is the same person), spans remapped."""
    people = _people_of(text, ctx)
    if not people:
        return []
    head_end = text.find("\n") if ctx.title and text.split("\n", 1)[0].strip() == ctx.title.strip() else -1
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    surname = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for p in people for t in sorted(p["last"], key=len,
                                                                                                 reverse=True))
                         + r")(?![\w-])")
    owner = {t: p for p in people for t in p["last"]}
    mentions = [(m.start(), m.end(), owner[m.group(1)]) for m in surname.finditer(text) if m.start() > head_end]
    firsts: dict = {}
    for s, _, p in mentions:
        firsts.setdefault(p["label"], s)
    descriptors = {}
    for p in people:
        if p["label"] in firsts:
            at = firsts[p["label"]]
            end = next(e for s, e, q in mentions if s == at)
            descriptors[p["label"]] = _descriptor(p, text, _full_start(text, at, p), end)
    edits: list[Edit] = []
    skips = 0
    previous_person = None
    for s, e, p in mentions:
        person_before, previous_person = previous_person, p
        if s == firsts[p["label"]] or any(a <= s < b for a, b in quoted):
            continue
        start = _full_start(text, s, p)
        forward = _FORWARD_CUE.match(text, e)
        inverted = _INVERTED_CUE.search(text[max(0, start - 40):start]) if not forward else None
        if not forward and not inverted:
            continue
        if text[e:e + 2] in ("’s", "'s") or (inverted and re.match(r",\s+(?:the\s|a\s|[a-z])", text[e:e + 6])):
            continue
        if epithet and re.search(r"(?<![\w-])[a-z][\w-]*\s+$", text[max(0, start - 30):start]) \
                and re.search(r"(?<![\w-])([a-z][\w-]*)\s+$", text[max(0, start - 30):start]).group(1) in _ROLE_HEADS:
            skips += 1  # "Nato secretary general A B said": a title in small letters before the name stays with it
            continue
        stripped = text[:start].rstrip()
        initial = not stripped or "\n" in text[len(stripped):start] or stripped[-1] in ".!?“" or (
            stripped[-1] == '"' and (len(stripped) < 2 or stripped[-2].isspace())) or stripped[-2:] in ('.”', '."')
        stmt_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("“", 0, start) - 1)
        rows = _rows_before(ctx, stmt_start + 1)
        same = person_before is p and rows and rows[-1][4].get("speaker") == p["label"] \
            and p["gender"] in ("m", "f") and forward
        if same and not epithet:
            pronoun = "he" if p["gender"] == "m" else "she"
            edits.append(Edit(start, e, pronoun.capitalize() if initial else pronoun))
            continue
        word = descriptors.get(p["label"], "")
        nationality = _NATIONALITY.get(p["country"], "")
        others = [q for q in people if q is not p and descriptors.get(q["label"]) == word]
        if not word or others and (not nationality or any(_NATIONALITY.get(q["country"], "") == nationality
                                                           for q in others)):
            skips += 1
            continue
        if nationality and (others or zlib.crc32(f"{s}{p['label']}".encode()) % 2):
            word = f"{nationality} {word}"
        if epithet:  # "the 58-year-old general", "the veteran Russian diplomat" (mt7): opinion and age before origin
            n = zlib.crc32(f"{p['label']}".encode())
            word = f"{46 + n % 21}-year-old {word}" if n % 3 else f"{_EPITHETS[n // 3 % len(_EPITHETS)]} {word}"
        new = f"the {word}"
        edits.append(Edit(start, e, new[0].upper() + new[1:] if initial else new))
    name = "epithet_refs" if epithet else "second_reference"
    ctx.skips[name] = ctx.skips.get(name, 0) + skips
    return edits


def unnamed_lede(text: str, ctx: Ctx) -> list[Edit]:
    """The lede's named speaker left unnamed until later, as wire ledes do ("A senior Russian general said on
    Friday …" and, paragraphs on, "Colonel General Sergei Rudskoy told reporters …"): a person whose first mention
    in the body is in one of its first two paragraphs, right before or after a speech verb, and who is named
    again outside quotes in a later paragraph, is introduced by an indefinite descriptor ("a senior Russian
    general", "a Ukrainian minister": the rank or apposition printed at the first mention, else the first role of
    ``speakers.csv``), and his next mention is the name as first printed ("Colonel General Sergei Rudskoy").
    Skipped (and counted in ``ctx.skips``): no descriptor, or one another person of the article shares, or a lede
    that already introduces someone unnamed with that descriptor ("according to a top Russian general": a second
    "a senior Russian general" in a row reads as another man, as no outlet prints it).

    Tests: an unnamed lede's speaker resolved to the person named later (issue 13: "an unnamed commander in the
    lede"), and the dates that follow. Gold: labels and dates unchanged (the conventions resolve role nouns to
    the person), spans remapped."""
    people = _people_of(text, ctx)
    if not people:
        return []
    head_end = text.find("\n") if ctx.title and text.split("\n", 1)[0].strip() == ctx.title.strip() else -1
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    surname = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for p in people for t in sorted(p["last"], key=len,
                                                                                                 reverse=True))
                         + r")(?![\w-])")
    owner = {t: p for p in people for t in p["last"]}
    mentions = [(m.start(), m.end(), owner[m.group(1)]) for m in surname.finditer(text) if m.start() > head_end
                and not any(a <= m.start() < b for a, b in quoted)]
    _, breaks = _breaks(text)
    starts = [0] + [m.end() for m in breaks]
    body = [i for i, a in enumerate(starts) if a > head_end]
    lede_end = starts[body[2]] if len(body) > 2 else len(text)
    edits: list[Edit] = []
    skips, done = 0, set()
    for n, (s, e, p) in enumerate(mentions):
        if p["label"] in done:
            continue
        done.add(p["label"])
        start = _full_start(text, s, p)
        owned = re.search(r"(?:[A-Z][\w-]+[’']s|[Tt]he)\s+$", text[max(0, start - 25):start])
        start -= len(owned.group(0)) if owned else 0  # "Russia's Defence Minister A B", "the Kremlin's …"
        if s >= lede_end or not (_FORWARD_CUE.match(text, e) or re.match(r",[^.“”\"]{0,90},\s+" + _SPEECH_VERB, text[e:])
                                 or _INVERTED_CUE.search(text[max(0, start - 40):start])):
            continue
        later = next(((s2, e2) for s2, e2, q in mentions[n + 1:] if q is p), None)  # his next mention …
        if later is not None and not (0 < text.find("\n", e) < later[0]):
            later = None  # … in a later paragraph (a surname in the lede's own paragraph would come before his name)
        word = _descriptor(p, text, start, e)
        others = [q for q in people if q is not p and _descriptor(q, text, _full_start(text, next(
            (a for a, _, r in mentions if r is q), 0), q), next((b for _, b, r in mentions if r is q), 0)) == word]
        if later is None:
            continue
        if not word or others:
            skips += 1
            continue
        if re.search(r"(?<![\w-])[Aa]n?\s+(?:[\w-]+\s+){0,3}" + re.escape(word) + r"\b", text[head_end + 1:start]):
            # the lede already introduces him unnamed ("…, according to a top Russian general." over "Colonel General
            # A B, …, said"): no outlet introduces the same man twice with "a" in a row (it would read as two
            # generals), so the named paragraph stays named (mt6)
            skips += 1
            continue
        nationality = _NATIONALITY.get(p["country"], "")
        rank = "senior " if word in ("general", "official", "commander", "minister") else ""
        phrase = f"{rank}{nationality + ' ' if nationality else ''}{word}"
        article = "the" if word in ("president", "chancellor", "leader") else "an" if phrase[0] in "aeiou" else "a"
        stripped = text[:start].rstrip()
        initial = not stripped or "\n" in text[len(stripped):start] or stripped[-1] in ".!?“:—–-"
        new = f"{article} {phrase}"
        edits.append(Edit(start, e, new[0].upper() + new[1:] if initial else new))
        s2, e2 = later
        full = text[start:e]
        if " " in full and _full_start(text, s2, p) == s2:
            edits.append(Edit(s2, e2, full))
    ctx.skips["unnamed_lede"] = ctx.skips.get("unnamed_lede", 0) + skips
    return sorted(edits, key=lambda x: x.start)


def _full_start(text: str, s: int, person: dict) -> int:
    """Where a mention of ``person`` whose surname starts at ``s`` starts with its first name, honorific and
    title words ("Defence Minister Oleksii Reznikov", "Mr Shoigu", "Gen. Syrskyi")."""
    start = s
    while True:
        m = re.search(r"([A-Z][\w’'.-]*|of)\s+$", text[max(0, start - 30):start])
        if not m or not (m.group(1) in person["first"] or m.group(1) in _LEAD_WORDS):
            return start
        start -= len(m.group(0))


#: Neutral narration (no person, number, date word, place, speech cue or quote mark; nothing a fact, claim,
#: speaker or antecedent can be read from)
NEUTRAL = [
    "The road out of the town runs between flooded fields and a row of shuttered kiosks.",
    "Along the main street, shop windows are covered with plywood, and a few cafes have reopened.",
    "Volunteers unload boxes of tinned food and blankets from a small van outside the school.",
    "A stray dog trots across the empty square while a generator hums in a courtyard nearby.",
    "Queues form outside the only pharmacy that still opens, and people wait quietly in the cold.",
    "Power cuts are part of life here, and many families cook on camping stoves.",
    "The railway station, once busy with commuters, is almost silent.",
    "Farmers on the outskirts have left much of the harvest in the ground.",
]
#: a paragraph that continues the one before it (an anaphor, a small letter, a verbless lead's "This was reported")
_CONTINUES = re.compile(r"[a-z]|(?:This|That|These|Those|It|They|Such|Its|Their)\b")


def _breaks(text: str) -> tuple[str, list[re.Match]]:
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    return sep, list((_PARA if sep == "\n\n" else re.compile(r"\n\s*")).finditer(text.rstrip()))


def _open_quote(paragraph: str) -> bool:
    """Whether a paragraph leaves a quotation open (the journalistic multi-paragraph quote): more opening than
    closing double marks, an odd number of straight ones, or (single-mark style) an opening ‘ or ' at its start
    with no closing mark after it (a ’ or ' before a space, a punctuation mark or the end)."""
    if any(mark in paragraph for mark in '“«”»"'):
        return _marks_open(paragraph)
    body = paragraph.strip()
    return body[:1] in ("‘", "'") and not re.search(r"[’'](?=[\s,.;:!?)]|$)", body[1:])


_ANY_MARK = re.compile(r"[“”«»\"]|^\s*[‘']")


_BYLINE_LINE = re.compile(r"\s*By\s+[A-Z]")
#: A page's own date line under the headline ("Friday, 14 June 2024", "Oct. 23, 2024", "26 October 2023 10:05").
_DATE_LINE = re.compile(rf"\s*(?:(?:{'|'.join(_WEEKDAYS)})\w*,?\s+)?(?:\d{{1,2}}\s+(?:{_MONTH_ALT})\.?,?\s+\d{{4}}|"
                        rf"(?:{_MONTH_ALT})\.?\s+\d{{1,2}},?\s+\d{{4}})(?:,?\s+\d{{1,2}}[:.]\d{{2}}[^\n]{{0,12}})?\s*")


def _head_end(text: str, ctx: Ctx, breaks: list) -> int:
    """Where the head of the article ends: the title line when the text opens with it (or, with no title given, a
    first line of under 150 characters without a closing full stop), then every paragraph right under it that
    holds a headline gold row (a deck, a standfirst), then the byline and the page's own date line right under
    those; -1 when the text opens with its body. Nothing is put inside the head: a deck under a stamp or a
    narration paragraph is no deck any more, and a date line under a time stamp reads as a live blog's day header,
    so their rows would not be knowable."""
    first = text.split("\n", 1)[0].strip()
    titled = first == ctx.title.strip() if ctx.title else (0 < len(first) < 150 and first[-1] not in ".!?”\"")
    end = text.find("\n") if titled else -1
    heads = [r[1] for r in ctx.rows if isinstance(r[4], dict) and r[4].get("headline")]
    starts = [0] + [m.end() for m in breaks]
    furniture = 0
    for n, a in enumerate(starts):
        b = breaks[n].start() if n < len(breaks) else len(text)
        if b <= end:
            continue
        if not furniture and any(a <= h < b for h in heads):
            end = b
        elif end >= 0 and furniture < 3 and b - a < 120 and (_BYLINE_LINE.match(text, a) or
                                                              _DATE_LINE.fullmatch(text, a, b)):
            end, furniture = b, furniture + 1
        else:
            break
    return end


def _free_breaks(text: str, ctx: Ctx) -> tuple[str, list[re.Match], int]:
    """(separator, paragraph breaks where a neutral paragraph can stand, breaks skipped): not inside the head (the
    headline, a deck with headline gold rows, a byline: ``_head_end``), inside a multi-paragraph quote, after a line
    ending in a colon, or before a paragraph that continues the one before (an anaphor or a small letter)."""
    sep, breaks = _breaks(text)
    head_end = _head_end(text, ctx, breaks)
    free, skipped, last, open_quote = [], 0, 0, False
    for m in breaks:
        paragraph = text[last:m.start()]
        last = m.end()
        if _ANY_MARK.search(paragraph):  # (a line without marks inside a quotation leaves it open)
            open_quote = _open_quote(paragraph)
        if m.start() <= head_end:
            continue
        if open_quote or paragraph.rstrip().endswith(":") or _CONTINUES.match(text, m.end()):
            skipped += 1
            continue
        free.append(m)
    return sep, free, skipped


def distance(text: str, ctx: Ctx) -> list[Edit]:
    """One or two paragraphs of neutral narration (``NEUTRAL``: no speech cue, quote mark, person, number,
    place or date word) after every body paragraph, so that a speaker's introduction and his later references
    ("the general said", "he added") lie further apart, as in long features. Not after the headline, not inside
    a multi-paragraph quotation, not after a colon, not before a paragraph that continues the one before
    ("This was reported by …", "It said …", a small letter): those breaks are counted in ``ctx.skips``.

    Tests: speaker resolution and dating over distance (issue 13: the last speaker, not the last paragraph),
    claims and facts unchanged by narration between. Gold: unchanged, shifted."""
    sep, free, skipped = _free_breaks(text, ctx)
    k = zlib.crc32(text[:300].encode("utf-8"))
    edits = []
    for n, m in enumerate(free):
        count = 2 if n % 3 == 1 else 1
        paras = [NEUTRAL[(k + n * 2 + j) % len(NEUTRAL)] for j in range(count)]
        edits.append(Edit(m.end(), m.end(), sep.join(paras) + sep))
    ctx.skips["distance"] = ctx.skips.get("distance", 0) + skipped
    return edits


def live_blog(text: str, ctx: Ctx) -> list[Edit]:
    """The article as a single-day live blog (the Guardian's layout): under the headline the page's stamp with the
    day of publication ("Last modified on Tue 2 May 2023 16.32 BST" or "Updated 16:32 GMT, Tuesday 2 May 2023"),
    and the body in entries of two paragraphs, each under a time stamp of that day ("13.41 BST", "2h ago",
    "16:05 GMT"), oldest first as tickers run, so the text keeps its order and the time runs with it (a
    newest-first blog would put a continuation above what it continues). Stamps stand only where ``distance``
    could put a paragraph (never inside a quotation, after a colon or before a paragraph that continues the
    one before).

    Convention read: §3.5 dates a statement by an explicit date, a weekday or the same event; a page's
    modified stamp and a post's clock stamp are none of them (when the post was written, not when the words
    were said), and a stamp is no "new time cue" of the Clarification (those are words of the text: "earlier",
    "last week"), so statement dates stay as the gold has them. A day header of a multi-day blog ("Live updates,
    Tuesday 2 May 2023" over the posts) is not used: the conventions do not say whether it dates the posts'
    words, and the library's house rule (speech's day headers) says it does, so no gold would be exactly
    knowable; for the same reason a page that prints a date line of its own under the headline is left as printed
    (counted). Tests: stamps and a dated page stamp never become speakers, facts, dates or sentences glued to
    the next paragraph; "1h ago" is no "N days ago"; speakers and "same speaker" chains cross entries. Gold:
    unchanged, shifted."""
    if not ctx.published:
        return []
    import datetime as dt

    day = dt.date.fromisoformat(ctx.published)
    sep, free, _ = _free_breaks(text, ctx)
    k = zlib.crc32(text[:200].encode("utf-8"))
    header = [f"Last modified on {day.strftime('%a')} {day.day} {day.strftime('%b')} {day.year} 16.32 BST",
              f"Updated 16:32 GMT, {day.strftime('%A')} {day.day} {day.strftime('%B')} {day.year}"][k % 2]
    edits = []
    _, breaks = _breaks(text)
    head_end = _head_end(text, ctx, breaks)  # the page stamp under the headline and its deck (the Guardian's order)
    if head_end > 0 and any(_DATE_LINE.fullmatch(text, a, b) for a, b in
                            zip([0] + [m.end() for m in breaks], [m.start() for m in breaks] + [len(text)]) if b <= head_end):
        ctx.skips["live_blog"] = ctx.skips.get("live_blog", 0) + 1  # a page date line over time-stamped posts reads as
        return []  # a day header, which the conventions leave open: no gold would be knowable
    if head_end >= 0:
        at = next((m.end() for m in breaks if m.start() >= head_end), len(text))
    else:
        at = 0
    places = [m.end() for n, m in enumerate([m for m in free if m.end() > at], start=1) if n % 2 == 0]
    times, minutes = [], 16 * 60 + 5  # oldest first: the entries keep the text's order (see below)
    for n in range(len(places) + 1):
        times.append(minutes)
        minutes = max(0, minutes - 23 - (k + n) % 37)
    times.reverse()

    def stamp(n: int) -> str:
        t, style = times[n], (k + n) % 3
        if style == 1:
            return f"{max(1, (16 * 60 + 32 - t) // 60)}h ago"
        return f"{t // 60:02d}:{t % 60:02d} GMT" if style == 0 else f"{t // 60:02d}.{t % 60:02d} BST"

    edits.append(Edit(at, at, header + sep + stamp(0) + sep))
    edits += [Edit(p, p, stamp(n) + sep) for n, p in enumerate(places, start=1)]
    return edits


_WIRES = [("Reuters", "{CITY}, {MONTH} {DAY} (Reuters) - ",
           "(Reporting by Olesia Marchenko in Kyiv and Daniel Whitcombe in London; Editing by Frances Ashdown)"),
          ("AP", "{CITY}, {COUNTRY} (AP) — ",
           "Associated Press writer Daniel Whitcombe in London contributed to this report."),
          ("AFP", "{CITY}, {MONTH} {DAY} (AFP) -- ", "— With reporting by Olesia Marchenko in Kyiv")]
_WIRE_CITIES = [("KYIV", "Ukraine"), ("MOSCOW", "Russia"), ("LONDON", "England"), ("BRUSSELS", "Belgium"),
                ("WASHINGTON", "United States")]


def dateline_wire(text: str, ctx: Ctx) -> list[Edit]:
    """Wire copy furniture: a byline under the headline ("By Olesia Marchenko and Daniel Whitcombe"), a wire
    dateline opening the body, dated by the day of publication ("MOSCOW, June 3 (Reuters) - ", "KYIV, June 3 (AFP)
    -- ") or not ("LONDON, England (AP) — "), unless the body already opens with one, and the wire's trailer
    as the last paragraph ("(Reporting by …; Editing by …)", "Associated Press writer … contributed to this
    report.").

    Convention read: §3.2 leaves datelines out of every text; §3.5 dates a statement by the utterance, and a
    dateline's day is the filing day, not an utterance date, so gold dates stay (a statement the text dates
    "on Tuesday" keeps that day; an undated one stays undated). Tests: reporters' names in bylines and trailers
    are no speakers or antecedents, the dateline's city and day feed no fact, speaker or date. Gold:
    unchanged, shifted."""
    k = zlib.crc32(text[:300].encode("utf-8"))
    wire, line, trailer = _WIRES[k % len(_WIRES)]
    city, country = _WIRE_CITIES[(k >> 3) % len(_WIRE_CITIES)]
    months = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
    if "{MONTH}" in line and not ctx.published:
        wire, line, trailer = _WIRES[1]
    if ctx.published:
        import datetime as dt

        day = dt.date.fromisoformat(ctx.published)
        line = line.replace("{MONTH}", months[day.month - 1]).replace("{DAY}", str(day.day))
    line = line.replace("{CITY}", city).replace("{COUNTRY}", country)
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    edits = []
    first_line = text.split("\n", 1)[0].strip()
    titled = bool(ctx.title) and first_line == ctx.title.strip()
    byline = "By Olesia Marchenko and Daniel Whitcombe" + sep
    if titled:
        _, breaks = _breaks(text)
        at = breaks[0].end() if breaks else len(text)
    else:
        at = 0
    lede = _lede_start(text, sep, titled)
    if lede is not None and lede == at:
        edits.append(Edit(at, at, byline + ("" if _DATELINED.match(text, lede) else line)))
    else:
        edits.append(Edit(at, at, byline))
        if lede is not None and not _DATELINED.match(text, lede):
            edits.append(Edit(lede, lede, line))
    end = len(text.rstrip())
    edits.append(Edit(end, end, sep + trailer))
    return sorted(edits, key=lambda e: e.start)


_QA_PARAGRAPH = re.compile(r"(?P<open>[“\"])(?P<q>[^“”\"\n]+?)(?P<punct>[,.!?]?)(?P<close>[”\"])\s+(?:(?P<subj>he|she|"
                           r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)\s+(?:said|added|told \w+|says|stated|noted)"
                           r"|(?:said|added|says)\s+(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+))[.]\s*")
QUESTIONS = ["Q: How do you see the situation now?", "Q: What happens next?", "Q: Can you say more about that?",
             "Question: What is your assessment?"]


def qa_layout(text: str, ctx: Ctx) -> list[Edit]:
    """An interview printed as questions and answers: a paragraph that is one direct quote of a person plus a
    bare attribution ("“…,” Reznikov said." / "“…,” he added.") becomes a question line ("Q: What happens
    next?") and the answer under the speaker's name without quote marks ("Reznikov: …" or "REZNIKOV: …"), as
    interview transcripts print them. Only where the gold is exactly knowable: the paragraph holds exactly one
    gold row, a direct quote of a person whose surname is printed in the article, and no claim or scare
    quote; others are left (counted in ``ctx.skips`` when they have the shape).

    Convention read: §3.1 and §5 — speech printed without quote marks (transcript lines) is neither a quote nor
    a claim, but its facts stay (with the speaker as source). Tests: unquoted transcript lines give no quotes
    and no claims, a "Name:" prefix and a "Q:" line are no speakers of the next paragraph, and pronouns and
    dates after the block still find the person. Gold: the quote row is dropped (counted), facts in
    the answer kept (spans remapped, widened to the answer)."""
    sep, breaks = _breaks(text)
    starts = [0] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [len(text.rstrip())]
    people = {p["label"]: p for p in _people_of(text, ctx)}
    edits, skipped = [], 0
    for n, (a, b) in enumerate(zip(starts, ends)):
        m = _QA_PARAGRAPH.fullmatch(text, a, b)
        if not m:
            continue
        rows = [r for r in ctx.rows if a <= r[1] < b + 1 and r[0] != "facts"]
        quote = rows[0] if len(rows) == 1 and rows[0][0] == "quotes" else None
        person = people.get(quote[4].get("speaker", "")) if quote else None
        names = [t for t in sorted(person["last"]) if re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", text)] \
            if person else []
        kinds = ("direct", "full", "quote") if quote and quote[3][0] == "audit" else ("direct", "full")  # (an audit
        # row's words are all the words inside the marks)
        if not quote or not names or quote[4].get("kind") not in kinds:
            skipped += 1
            continue
        k = zlib.crc32(m.group("q").encode("utf-8"))
        label = names[0].upper() if k % 3 == 0 else names[0]
        punct = m.group("punct") if m.group("punct") in (".", "!", "?") else "."
        edits.append(Edit(a, m.start("q"), QUESTIONS[k % len(QUESTIONS)] + sep + label + ": "))
        edits.append(Edit(m.end("q"), b, punct))
        ctx.drop.add(quote[3])
    ctx.skips["qa_layout"] = ctx.skips.get("qa_layout", 0) + skipped
    return edits


# ---------------------------------------------------------------------------------------------
# Round 18 (mt7): the shapes blind copy had at first contact and the devset lacks (publication day only in a stamp
# of another shape, a statement day in the sentence before, "told <outlet> that", descriptive second references)


def _stamp(day, k: int) -> str:
    """A page's publication stamp of one of the shapes agencies, broadcasters and news sites print, day first
    where it is numeric (the shapes are read day-first wherever they are printed): "Published: 03/10/2024 - 08:41 |
    Modified: …" (only for a day after the 12th or equal to the month, so the slashed form is exactly knowable),
    "Kyiv | 16.05.2025 Friday 14:22 | Update: …", "Radio Nord | 23.11.2022 09:47 | Updated 23.11.2022 11:02",
    "Posted: 8:41 AM EDT, Thu October 3, 2024"."""
    dd, mm, yyyy = f"{day.day:02d}", f"{day.month:02d}", day.year
    shapes = [f"Kyiv | {dd}.{mm}.{yyyy} {day.strftime('%A')} 14:22 | Update: {dd}.{mm}.{yyyy} 15:03",
              f"Radio Nord | {dd}.{mm}.{yyyy} 09:47 | Updated {dd}.{mm}.{yyyy} 11:02",
              f"Posted: 8:41 AM EDT, {day.strftime('%a')} {day.strftime('%B')} {day.day}, {yyyy}"]
    return _one_stamp(day, k, shapes, f"Published: {dd}/{mm}/{yyyy} - 08:41 | Modified: {dd}/{mm}/{yyyy} - 10:15")


def _one_stamp(day, k: int, shapes: list[str], slashed: str) -> str:
    """One of ``shapes`` by ``k``, the ``slashed`` one among them only where its reading is certain (the day past the
    12th or equal to the month)."""
    shapes = shapes + [slashed] if day.day > 12 or day.day == day.month else shapes
    return shapes[k % len(shapes)]


def stamp_only(text: str, ctx: Ctx) -> list[Edit]:
    """The day of publication given only by a stamp line under the headline and its deck (or opening the text when it
    has none),
    in a shape of agencies, broadcasters and news sites (``_stamp``: "16.05.2025 Friday 14:22", "Published:
    03/10/2024 - 08:41", "Radio Nord | 23.11.2022 09:47 | Updated …", "Posted: 8:41 AM EDT, Thu October 3, 2024"),
    and the manifest's date left empty (``ctx.unpublished``), as a folder of saved pages without a manifest date is.

    Tests: the publication day read from the page's own stamp (every relative date, "on Tuesday", "yesterday",
    and every undated statement's fallback hang on it), and the stamp never a speaker, fact or sentence of the
    story. Gold: unchanged, shifted (the publication day is the stamp's)."""
    return _stamp_under_head(text, ctx, _stamp)


def _stamp_under_head(text: str, ctx: Ctx, shape) -> list[Edit]:
    """The edit putting ``shape(publication day, k)`` under the head (``stamp_only``, ``stamp_furniture``,
    ``stamp_shapes``), the
    manifest's date left empty (``ctx.unpublished``); none when the article has no publication day."""
    if not ctx.published:
        return []
    import datetime as dt

    day = dt.date.fromisoformat(ctx.published)
    stamp = shape(day, zlib.crc32(text[:200].encode("utf-8")))
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    ctx.unpublished = True
    _, breaks = _breaks(text)
    head_end = _head_end(text, ctx, breaks)  # under the headline and its deck (a deck under a stamp is no deck)
    at = next((m.end() for m in breaks if m.start() >= head_end), len(text)) if head_end >= 0 else 0
    return [Edit(at, at, stamp + sep)]


def _furniture_stamp(day, k: int) -> str:
    """A page's stamp of a shape news sites print around the publication day (round 20, dt32): a kicker or byline line
    with the date between bars and parts after it, a "First published … | Last updated <the next day>" byline, a
    broadcaster's "Broadcast: <the day before> | Transcript posted: <the day>", a time before the date, a date and a
    time after a bullet, a year-first agency stamp, a "Text: … | Pictures: … | <date> · 11 min" line, an "Updated …"
    stamp alone."""
    import datetime as dt

    before, after = day - dt.timedelta(days=1), day + dt.timedelta(days=1)
    long = f"{day.strftime('%A')} {day.day} {day.strftime('%B')} {day.year}"
    us = f"{day.strftime('%B')} {day.day}, {day.year}"
    shapes = [f"Saturday Magazine | {long} | By the night desk",
              f"By Staff Reporters | Night desk | First published {day.day} {day.strftime('%b')} {day.year}, 07:45 GMT"
              f" | Last updated {after.day} {after.strftime('%b')} {after.year}, 08:20 GMT",
              f"Broadcast: {before.strftime('%A')}, {before.strftime('%B')} {before.day}, {before.year} | "
              f"Transcript posted: {day.strftime('%A')}, {us}",
              f"20:40 CET, {us}",
              f"{day.day} {day.strftime('%B')} {day.year} • 7:10am",
              f"{day.year}.{day.month:02d}.{day.day:02d} 11:25 | Region | Baltic Wire",
              f"Text: Ana Pereira | Pictures: Ivo Tan | {day.day} {day.strftime('%B')} {day.year} · 11 min",
              f"Updated {us}, 6:50 AM EDT / Source: River News"]
    return shapes[k % len(shapes)]


def stamp_furniture(text: str, ctx: Ctx) -> list[Edit]:
    """As ``stamp_only``, the day of publication given only by a stamp line under the head and the manifest's date left
    empty, in the shapes of ``_furniture_stamp`` (round 20, dt32): the date between bars with a desk or a reading time
    after it, a first publication beside a later update, a transcript's posting beside the broadcast the day before,
    a time before the date, a year-first agency stamp, an update stamp alone.

    Tests: the publication day read from a page's stamp of many shapes and its precedence (the first publication over
    the update, the posting over the broadcast), every relative date and every undated statement's fallback hanging on
    it, and the stamp never a speaker, fact or sentence of the story. Gold: unchanged (the publication day is the
    stamp's)."""
    return _stamp_under_head(text, ctx, _furniture_stamp)


_DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
#: "<subject> said on Tuesday (that) …" opening a sentence: a name or title of up to five capitalised words, or "the"
#: and up to four words ("the ministry", "the General Staff"), before a speech verb and "on <weekday>"
_SAID_ON_DAY = re.compile(
    r"(?P<subj>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+|[Tt]he\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)"
    r"(?P<cue>\s+(?:also\s+)?(?:said|says|told|announced|reported|claimed|stated|wrote|warned|added))"
    rf"(?P<when>\s+on\s+(?P<day>{'|'.join(_WEEKDAYS)}){_DAY_PART})(?=[\s,.:])")
_ORG_SUBJECT = re.compile(r"(?i)\b(?:ministry|staff|command|service|office|kremlin|army|forces|military|government|"
                          r"agency|institute|council|administration|headquarters|directorate|intelligence|group|"
                          r"brigade|battalion|company|operator|police|department|committee|authorities|officials)\b")
_DAY_EVENTS_ORG = ["issued a statement", "gave a briefing", "published an update"]
_DAY_EVENTS = ["spoke to reporters", "gave a briefing", "held a news conference"]


def day_before(text: str, ctx: Ctx) -> list[Edit]:
    """The day of a statement moved into a sentence of its own just before it, in the same paragraph, as
    reporters write a briefing: "The ministry said on Tuesday that …" → "On Tuesday, the ministry issued a
    statement. The ministry said that …", "Reznikov told reporters on Friday morning …" → "On Friday morning,
    Reznikov spoke to reporters. Reznikov told reporters …". Only a sentence that opens with the subject (at a
    paragraph's start or after a full stop), outside quotes and the headline line.

    Tests: a statement dated by the day of the sentence before it in the same paragraph (the event it reports:
    §3.5's "same event"), and the days and speakers of the quotes and claims that follow. Gold: dates and labels
    unchanged (the same day, the same speaker), spans remapped (a claim row starting at the subject keeps its
    sentence; the new sentence lies before it)."""
    head_end = text.find("\n") if ctx.title and text.split("\n", 1)[0].strip() == ctx.title.strip() else -1
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    edits = []
    for m in _SAID_ON_DAY.finditer(text):
        s = m.start("subj")
        if s <= head_end or any(a <= s < b for a, b in quoted):
            continue
        before = text[:s]
        stripped = before.rstrip(" \t")
        if not (not stripped or stripped.endswith("\n") or (stripped[-1:] in ".!?" and before[-1:] == " ")):
            continue
        subj = m.group("subj")
        if subj.split()[0] in ("On", "In", "At", "But", "And", "When", "After", "Before", "Asked", "Speaking",
                               "Meanwhile", "Earlier", "Later", "He", "She", "It", "They", "We", "I"):
            continue
        inner = subj[0].lower() + subj[1:] if subj.startswith("The ") else subj
        pool = _DAY_EVENTS_ORG if _ORG_SUBJECT.search(subj) or subj.lower().startswith("the ") else _DAY_EVENTS
        event = _pick(pool, f"{m.start()}{subj}")
        when = m.group("when").strip()
        edits.append(Edit(s, s, f"{when[0].upper()}{when[1:]}, {inner} {event}. "))
        edits.append(Edit(m.start("when"), m.end("when"), ""))
    return edits


#: audiences a speaker tells, capitalised outlets and programmes among them (invented, in no table)
_AUDIENCES = ["reporters", "Radio Nord's morning programme", "the Hartwell news agency", "a news conference",
              "state broadcaster Vesti-24", "the Kyiv Sentinel", "lawmakers", "Rhineland Radio"]
_SAID_THAT_FORWARD = re.compile(rf"(?<=[\w’'.)])(?<!\bwas)(?<!\bis)(?<!\bbeen)(?<!\bbe)\s+said(?P<when>\s+on\s+(?:{'|'.join(_WEEKDAYS)}){_DAY_PART})?"
                                r"\s+(?=that\b)")
_SAID_AFTER_QUOTE = re.compile(r"(?<=[”\"] )(?P<subj>he|she|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+said"
                               rf"(?P<when>\s+on\s+(?:{'|'.join(_WEEKDAYS)}){_DAY_PART})?(?=\.)")


def told_outlet(text: str, ctx: Ctx) -> list[Edit]:
    """"said (that)" becomes "told <audience> (that)", the audience a news outlet or programme nobody listed
    ("told Radio Nord's morning programme that", "told the Hartwell news agency on Tuesday that") or "reporters",
    "lawmakers": "X said on Tuesday that …" → "X told the Kyiv Sentinel on Tuesday that …", and after a quote
    "…,” Smith said." → "…,” Smith told Rhineland Radio.". Outside quotes and the headline line.

    Tests: the audience (a capitalised outlet right after the verb) is never the speaker, the source of a fact or an
    antecedent; "told X that" is a claim cue like "said that"; the day after the audience still dates the
    statement. Gold: unchanged, shifted."""
    head_end = text.find("\n") if ctx.title and text.split("\n", 1)[0].strip() == ctx.title.strip() else -1
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    edits = []
    for m in list(_SAID_THAT_FORWARD.finditer(text)) + list(_SAID_AFTER_QUOTE.finditer(text)):
        if m.start() <= head_end or any(a <= m.start() < b for a, b in quoted):
            continue
        audience = _pick(_AUDIENCES, f"{m.start()}{text[max(0, m.start() - 20):m.start()]}")
        when = m.group("when") or ""
        if "subj" in m.groupdict() and m.group("subj"):
            edits.append(Edit(m.end("subj"), m.end(), f" told {audience}{when}"))
        else:
            edits.append(Edit(m.start(), m.end(), f" told {audience}{when} "))
    return sorted(edits, key=lambda e: e.start)


def epithet_refs(text: str, ctx: Ctx) -> list[Edit]:
    """``second_reference`` with a reporter's epithets instead of pronouns and plain descriptors: later attributions
    by name become "the 58-year-old general", "the veteran diplomat", "the former minister" (the descriptor the
    article makes knowable, ``_descriptor``, with an age or an adjective before it). Skipped as
    ``second_reference`` skips (counted in ``ctx.skips``).

    Tests: speaker resolution of descriptive noun phrases with an age or adjective (an age is no fact, "veteran" and
    "former" no other person). Gold: labels and dates unchanged, spans remapped."""
    return second_reference(text, ctx, epithet=True)


# ---------------------------------------------------------------------------------------------
# Round 19 (mt8): the shapes of heldout9 (studied from round 19) that the devset lacks: a French agency's English
# service, an agency conduit in a rewrite, a week-in-review with a day leading each paragraph, a feature's flashback
# paragraphs with explicit past dates, day-month-year numerals in the body


def _iso_day(value):
    """A gold ``date`` or publication day as a ``datetime.date``; None when absent or not a day."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _this_week_day(weekday: str, published: str):
    """The day "on <weekday>" names on a page of ``published`` (the latest such day on or before it) when it lies in
    the page's own Monday-to-Sunday week, so "this <weekday>" names the same day; None otherwise."""
    pub = _iso_day(published)
    if pub is None:
        return None
    import datetime as dt

    back = (pub.weekday() - _WEEKDAYS.index(weekday)) % 7
    day = pub - dt.timedelta(days=back)
    return day if back <= pub.weekday() else None


def _head_line_end(text: str, ctx: Ctx) -> int:
    return text.find("\n") if ctx.title and text.split("\n", 1)[0].strip() == ctx.title.strip() else -1


#: the translated verbs of a French agency's English service (the devset's copy has none of them in this syntax)
_FR_THAT = ["indicated", "affirmed", "estimated", "assured"]
_FR_AFTER = ["declared", "assured", "affirmed", "indicated"]
_WHEN = rf"(?P<when>\s+on\s+(?P<day>{'|'.join(_WEEKDAYS)})(?P<part>{_DAY_PART}))?"
_FR_FORWARD = re.compile(rf"(?<=[\w’'.)])(?<!\bwas)(?<!\bis)(?<!\bbeen)(?<!\bbe)(?<!\bhad)(?<!\bhas)\s+(?P<verb>said)"
                         rf"{_WHEN}\s+(?=that\b)")
_FR_AFTER_QUOTE = re.compile(r"(?P<close>[,!?][”\"’»])\s+(?P<subj>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+|the\s+[a-z][a-z-]*"
                             rf"(?:\s+[a-z][a-z-]*){{0,2}}|he|she)\s+(?P<verb>said){_WHEN}(?P<end>[.,;])")
_FR_STATEMENT = re.compile(rf"\bsaid in a (?P<noun>statement|report|briefing|update) on (?P<day>{'|'.join(_WEEKDAYS)})\b")


def agency_french(text: str, ctx: Ctx) -> list[Edit]:
    """A French agency's English service, its attributions translated word for word: "X said (on Tuesday) that …" →
    "X indicated/affirmed/estimated/assured (this Tuesday) that …"; after a quote the attribution inverted with its
    day between verb and subject, "…,” the spokesman said on Tuesday." → "…,” declared this Tuesday the spokesman."
    ("he said" → "he assured", never inverted); "said in a statement on Tuesday" → "indicated in its statement of
    Tuesday". "this <weekday>" only where the weekday lies in the page's own week, on or before the page's day
    (``_this_week_day``), else "on <weekday>" stays. Outside quotes and the headline line.

    Tests: the translated verbs as speech cues in both orders, the speaker after an inverted verb and its day, "this
    <weekday>" and "of <weekday>" as a statement's day (heldout9 q05). Gold: labels and dates unchanged, spans
    remapped."""
    head_end = _head_line_end(text, ctx)
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]

    def inside(pos: int) -> bool:
        return pos <= head_end or any(a <= pos < b for a, b in quoted)

    def when(m: re.Match) -> str:
        if not m.group("when"):
            return ""
        this = _this_week_day(m.group("day"), ctx.published)
        return f" {'this' if this else 'on'} {m.group('day')}{m.group('part') or ''}"

    edits = []
    for m in _FR_STATEMENT.finditer(text):
        if not inside(m.start()):
            this = _this_week_day(m.group("day"), ctx.published)
            if this:
                edits.append(Edit(m.start(), m.end(), f"indicated in its {m.group('noun')} of {m.group('day')}"))
    for m in _FR_FORWARD.finditer(text):
        if inside(m.start()) or any(e.start <= m.start("verb") < e.end for e in edits):
            continue
        verb = _pick(_FR_THAT, f"{m.start()}{text[max(0, m.start() - 20):m.start()]}")
        edits.append(Edit(m.start("verb"), m.end("when") if m.group("when") else m.end("verb"), verb + when(m)))
    for m in _FR_AFTER_QUOTE.finditer(text):
        if m.start("subj") <= head_end or any(e.start < m.end() and m.start("subj") < e.end for e in edits):
            continue
        subj = m.group("subj")
        if subj.split()[0] in ("He", "She", "It", "They", "We", "I", "But", "And") \
                or subj.lower().endswith((" who", " which", " also")):
            continue
        verb = _pick(_FR_AFTER, f"{m.start()}{subj}")
        stop = m.end("when") if m.group("when") else m.end("verb")
        if subj in ("he", "she"):
            edits.append(Edit(m.start("verb"), stop, verb + when(m)))
        else:
            edits.append(Edit(m.start("subj"), stop, f"{verb}{when(m)} {subj}"))
    return sorted(edits, key=lambda e: e.start)


#: invented agencies and outlets a rewrite credits (in no table)
_CONDUITS = ["the Hartwell news agency", "state broadcaster Vesti-24", "the Kyiv Sentinel", "the Baltic Wire agency"]
_CONDUIT_FORMS = [", according to {o}", ", {o} reported", ", in comments carried by {o}", ", as quoted by {o}"]
_CONDUIT_AFTER_QUOTE = re.compile(r"(?<=[,!?][”\"’»] )(?P<subj>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+|the\s+[a-z][a-z-]*"
                                  rf"(?:\s+[a-z][a-z-]*){{0,2}}|he|she)\s+said{_WHEN}(?P<end>\.)(?=\s|$)")
#: "X said (on Tuesday) (that) <clause without quote marks>." — the reported sentence to its full stop
_CONDUIT_FORWARD = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=[a-z],\s))(?P<subj>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){{0,4}}[A-Z][\w’'-]+|He|She"
                              r"|[Tt]he\s+(?:[\w’'-]+\s+){0,3}[a-z][\w’'-]+)"
                              rf"\s+said{_WHEN}\s+(?:that\s+)?(?P<content>[A-Za-z][^\n“”\"«»]*?[^\s.A-Z])(?P<end>\.)(?=\s|$)",
                              re.MULTILINE)


def conduit_rewrite(text: str, ctx: Ctx) -> list[Edit]:
    """A rewrite of agency copy (a Gulf daily's, a regional site's) that credits the agency it took the statement
    from: "X said (on Tuesday) that …." → "X said (on Tuesday) that …, according to the Hartwell news agency." / ",
    state broadcaster Vesti-24 reported." / ", in comments carried by …" / ", as quoted by …", and after a quote
    "…,” Smith said." → "…,” Smith said, according to the Kyiv Sentinel." (invented outlets in no table). Outside
    quotes and the headline line; a reported clause with a quote mark, another attribution or a second sentence is
    left.

    Tests: the conduit (an agency that carried the words) is never the speaker, nor a second claim, nor the source of
    a fact; the statement keeps its day (heldout9 q04's "Ukraine's allies … officials in Kyiv say", agency rewrites).
    Gold: unchanged, spans remapped (the credit lies inside the claim's sentence)."""
    head_end = _head_line_end(text, ctx)
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    edits = []
    for pattern in (_CONDUIT_FORWARD, _CONDUIT_AFTER_QUOTE):
        for m in pattern.finditer(text):
            if m.start() <= head_end or any(a <= m.start() < b for a, b in quoted):
                continue
            if pattern is _CONDUIT_FORWARD and (_ANOTHER_ATTRIBUTION.search(m.group("content"))
                                                or _TIME_FIRST.match(m.group("content"))
                                                or re.search(r"[a-z][.!?][A-Z]", m.group("content"))
                                                or m.group("subj").split()[0] in ("But", "And", "On", "In", "At")):
                continue
            key = f"{m.start()}{m.group('subj')}"
            credit = _pick(_CONDUIT_FORMS, key).format(o=_pick(_CONDUITS, key[::-1]))
            edits.append(Edit(m.start("end"), m.start("end"), credit))
    return sorted(edits, key=lambda e: e.start)


def _paragraphs(text: str, ctx: Ctx):
    """(start, end) of every body paragraph (below the head, ``_head_end``) that does not continue a quotation left
    open by the paragraph before it."""
    sep, breaks = _breaks(text)
    head_end = _head_end(text, ctx, breaks)
    starts = [0] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [len(text)]
    out, open_quote = [], False
    for a, b in zip(starts, ends):
        was_open = open_quote
        if _ANY_MARK.search(text[a:b]):
            open_quote = _open_quote(text[a:b])
        if b <= head_end or a <= head_end or was_open:
            continue
        out.append((a, b))
    return out


def _one_day(ctx: Ctx, a: int, b: int):
    """The day every dated quote and claim row of text[a:b] carries, when there is at least one and none is undated
    or of another day (a headline row or an audit row of another kind counts as a row); else None."""
    days = set()
    for stage, s, e, _key, row in ctx.rows:
        if a <= s < b and stage in ("quotes", "claims") and isinstance(row, dict):
            if row.get("headline"):
                return None  # a deck or a standfirst: part of the head
            days.add(_iso_day(row.get("date")))
    return days.pop() if len(days) == 1 and None not in days else None


_LEAD_CUE = re.compile(rf"(?P<cue>On (?P<day>{'|'.join(_WEEKDAYS)}){_DAY_PART}),\s+")
#: a paragraph no lead can stand before: one opening with a quote mark, a dateline in capitals ("MOSCOW —"), or a
#: time phrase of its own other than a weekday ("On November 26,", "In March", "Until", "Last week")
_NO_LEAD = re.compile(r"[“\"«‘']|[A-Z]{3,}\b|(?:On|In|Until|By|Since|Last|Earlier|Later|Late|Early|This|That|Yesterday|"
                      r"Today|Overnight)\b(?! (?:" + "|".join(_WEEKDAYS) + r")\b)")


def _dated_leads(text: str, ctx: Ctx, lead) -> list[Edit]:
    """For every body paragraph whose quote and claim rows all carry one day D (``_one_day``) for which ``lead(D)``
    gives a lead: the lead put before the paragraph, the paragraph's own "On <weekday of D>," at its start taken into
    the lead, and each "on <weekday of D>" inside its sentences (outside quotes) taken out, so the day rests on the
    lead alone."""
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    edits = []
    for a, b in _paragraphs(text, ctx):
        day = _one_day(ctx, a, b)
        words = lead(day) if day else None
        if not words:
            continue
        if _NO_LEAD.match(text, a):
            ctx.skips["dated_leads"] = ctx.skips.get("dated_leads", 0) + 1
            continue
        lower = words.endswith(", ") and text[a:a + 4] in ("The ", "A ", "An ") or text[a:a + 2] in ("A ",)
        edits.extend(_lead_edits(text, a, b, day.strftime("%A"), words, quoted, lower))
    return sorted(edits, key=lambda e: (e.start, e.end))


def _lead_edits(text: str, a: int, b: int, name: str, words: str, quoted: list, lower: bool,
                taken: str = "on") -> list[Edit]:
    """``words`` put before the paragraph text[a:b] (its own opening "On <name>," taken into them; its first letter
    put in lower case when ``lower``), and each "<taken> <name>" inside its sentences (outside ``quoted``) taken out."""
    edits = []
    opening = _LEAD_CUE.match(text, a)
    if opening and opening.group("day") == name:
        edits.append(Edit(a, opening.end(), words))
        if text[opening.end()].islower():
            edits.append(Edit(opening.end(), opening.end() + 1, text[opening.end()].upper()))
    else:
        edits.append(Edit(a, a, words))
        if lower:
            edits.append(Edit(a, a + 1, text[a].lower()))
    for m in re.finditer(rf"(?<=[a-z,]) (?:{taken}) {name}{_DAY_PART}(?=[\s,.;:])", text[a:b]):
        s = a + m.start()
        if not any(x <= s < y for x, y in quoted):
            edits.append(Edit(s, a + m.end(), ""))
    return edits


def week_review(text: str, ctx: Ctx) -> list[Edit]:
    """A week-in-review round-up: every body paragraph whose statements are all of one day of the seven before the
    page (or of the page's day) is led by that weekday in a digest's style ("TUESDAY — ", "Tuesday: "), its own "on
    Tuesday" taken out (``_dated_leads``); paragraphs of mixed or undated statements are left as printed.

    Tests: a paragraph's statements dated by the weekday leading it (heldout9 q03), and that lead never carried into
    the paragraphs after it. Gold: dates and labels unchanged, spans remapped."""
    pub = _iso_day(ctx.published)
    if pub is None:
        return []
    style = zlib.crc32(text[:200].encode("utf-8")) % 2

    def lead(day):
        if not 0 <= (pub - day).days <= 6:
            return None
        name = day.strftime("%A")
        return f"{name.upper()} — " if style == 0 else f"{name}: "

    return _dated_leads(text, ctx, lead)


def flashback(text: str, ctx: Ctx) -> list[Edit]:
    """A feature's flashback paragraphs: every body paragraph whose statements are all of one day before the page's is
    led by that day in full with its year ("On March 14, 2023, …" or "On 14 March 2023, …"), its own "on <weekday>"
    taken out (``_dated_leads``), so the paragraph reads as an episode told from a later vantage; paragraphs of the
    page's day, of mixed or of undated statements are left as printed.

    Tests: a statement dated by the explicit past day that opens its paragraph (heldout9 q07's "On May 20, 2023,
    …"), never carried into the paragraphs after it. Gold: dates and labels unchanged, spans remapped."""
    pub = _iso_day(ctx.published)
    if pub is None:
        return []
    style = zlib.crc32(text[:200].encode("utf-8")) % 2

    def lead(day):
        if day >= pub:
            return None
        if style == 0:
            return f"On {day.strftime('%B')} {day.day}, {day.year}, "
        return f"On {day.day} {day.strftime('%B')} {day.year}, "

    return _dated_leads(text, ctx, lead)


def numeric_dates(text: str, ctx: Ctx) -> list[Edit]:
    """Day-month-year numerals in the body, as European and Ukrainian sites print them: "March 14" / "14 March" /
    "March 14, 2023" → "14.03.2023", or "14/03/2023" where the day is past the 12th (the slashed form then reads one
    way only); only where the year is printed or the day lies within 150 days of the page's (the year then exactly
    knowable). Below the head, outside quotes.

    Tests: statement days and event days read from numeric dates in running text. Gold: dates unchanged, spans
    remapped."""
    pub = _iso_day(ctx.published)
    _, breaks = _breaks(text)
    head_end = _head_end(text, ctx, breaks)
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    edits = []
    for m in _date_matches(text):
        if m.start() <= head_end or any(a <= m.start() < b for a, b in quoted) or _UNMOVABLE.match(text, m.start()):
            continue
        day = _resolve(m, ctx.published) if (m.group("year") or pub) else None
        if day is None or (not m.group("year") and abs((day - pub).days) > 150):
            continue
        slash = day.day > 12 and zlib.crc32(m.group(0).encode("utf-8")) % 2
        out = f"{day.day:02d}{'/' if slash else '.'}{day.month:02d}{'/' if slash else '.'}{day.year}"
        edits.append(Edit(m.start(), m.end(), out))
    return edits


# ---------------------------------------------------------------------------------------------
# heldout10's shapes (round 20, mt9)

_ABBR_MONTH = {1: "Jan.", 2: "Feb.", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug.", 9: "Sept.",
               10: "Oct.", 11: "Nov.", 12: "Dec."}


def timeline(text: str, ctx: Ctx) -> list[Edit]:
    """A year-in-review timeline: every body paragraph whose statements are all of one day of the page's year before
    the page is an entry led by its stamp ("Feb. 17 — " or "17 February — ", no year, no weekday), its own "on
    <weekday>" taken out (``_dated_leads``); the first entry of each month is headed by the month in capitals on a
    line of its own ("FEBRUARY"). Paragraphs of the page's day, of mixed or of undated statements are left as
    printed (they keep no stamp).

    Tests: a statement dated by the bare month-day stamp that opens its entry (heldout10 r05's "Jan. 2 —"), the
    year of a stamp without one taken from the page, a month heading never a dateline, speaker or sentence of the
    story. Gold: dates and labels unchanged, spans remapped."""
    pub = _iso_day(ctx.published)
    if pub is None:
        return []
    style = zlib.crc32(text[:200].encode("utf-8")) % 2
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    month = [None]

    def lead(day):
        if day >= pub or day.year != pub.year:
            return None
        stamp = f"{_ABBR_MONTH[day.month]} {day.day} — " if style == 0 else f"{day.day} {day.strftime('%B')} — "
        if month[0] != day.month:
            month[0] = day.month
            return day.strftime("%B").upper() + sep + stamp
        return stamp

    return _dated_leads(text, ctx, lead)


def _stamp_h10(day, k: int) -> str:
    """A page's publication stamp of the shapes heldout10's pages had (a Japanese daily's English edition, a
    parliament's press page, an Indian site's agency copy, a regional broadcaster, a Ukrainian site's translated
    page, a US science desk): "18:30 JST, February 4, 2025", "05/05/2022 - 08:12 CET" (only where the day is past the
    12th or equals the month), "ANS | Updated: 17 Aug 2023, 10:45 AM IST", "Posted 13 March 2024, 19:05 GMT |
    Broadcast Wednesday, 18:00", "14.09.2022 12:37 | Society, War | Views: 4 318", "March 22, 2023, 5:00 a.m. ET",
    "First published on Sunday 3 March 2024"."""
    dd, mm, yyyy = f"{day.day:02d}", f"{day.month:02d}", day.year
    shapes = [f"18:30 JST, {day.strftime('%B')} {day.day}, {yyyy}",
              f"ANS | Updated: {day.day} {day.strftime('%b')} {yyyy}, 10:45 AM IST",
              f"Posted {day.day} {day.strftime('%B')} {yyyy}, 19:05 GMT | Broadcast {day.strftime('%A')}, 18:00",
              f"{dd}.{mm}.{yyyy} 12:37 | Society, War | Views: 4 318",
              f"{day.strftime('%B')} {day.day}, {yyyy}, 5:00 a.m. ET",
              f"First published on {day.strftime('%A')} {day.day} {day.strftime('%B')} {yyyy}"]
    return _one_stamp(day, k, shapes, f"{dd}/{mm}/{yyyy} - 08:12 CET")


def stamp_shapes(text: str, ctx: Ctx) -> list[Edit]:
    """``stamp_only`` with heldout10's stamp shapes (``_stamp_h10``): the day of publication given only by that line
    under the headline, the manifest's date left empty (``ctx.unpublished``).

    Tests: the publication day read from a stamp with a time zone, an agency tag, a broadcast slot or a view count,
    and the stamp never a speaker, fact or sentence of the story. Gold: unchanged."""
    return _stamp_under_head(text, ctx, _stamp_h10)


#: machine-assisted translation's attributions (heldout10 r07): "informed that", "noted that", "stressed that" …
_MT_THAT = ["informed", "noted", "stressed", "specified", "emphasized"]
_MT_FORWARD = re.compile(rf"(?<=[\w’'.)])(?<!\bwas)(?<!\bis)(?<!\bbeen)(?<!\bbe)(?<!\bhad)(?<!\bhas)\s+(?P<verb>said)"
                         rf"(?P<when>\s+(?:on|last)\s+(?:{'|'.join(_WEEKDAYS)}){_DAY_PART})?\s+(?=that\b)")
_MT_ORG = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<subj>The\s+(?:[A-Z][\w’'-]*\s+){0,4}(?:[Mm]inistry|General Staff|"
                     r"[Cc]ommand|[Ss]ervice|[Oo]ffice|[Aa]dministration|[Ff]orces|[Aa]ir [Ff]orce|[Gg]overnment|"
                     r"[Kk]remlin|[Pp]residency|[Ii]nstitute))(?:\s+(?P<of>(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)"
                     r"{0,3}[A-Z][\w’'-]*))?\s+said(?P<when>\s+on\s+(?:" + "|".join(_WEEKDAYS) + r")" + _DAY_PART
                     + r")?\s+that\s+(?P<next>\w)")


def mt_translation(text: str, ctx: Ctx) -> list[Edit]:
    """A regional outlet's machine-assisted English translation: a sentence opening "The <body> said (on Tuesday)
    that …" becomes "It was reported (on Tuesday) by the <body> that …" (passive, the speaker after the verb); every
    other "X said (on Tuesday) that" becomes "X informed/noted/stressed/specified/emphasized (on Tuesday) that".
    Outside quotes and the headline line.

    Tests: the translated verbs as speech cues, and a speaker named in a "by"-phrase after a passive verb (heldout10
    r07). Gold: labels and dates unchanged (the subject's words are the same), spans remapped."""
    head_end = _head_line_end(text, ctx)
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]

    def inside(pos: int) -> bool:
        return pos <= head_end or any(a <= pos < b for a, b in quoted)

    edits = []
    for m in _MT_ORG.finditer(text):
        if inside(m.start()) or m.group("next") in ("I", "we", "We", "our", "Our"):
            continue
        subj = m.group("subj")
        whole = subj[0].lower() + subj[1:] + (f" {m.group('of')}" if m.group("of") else "")
        edits.append(Edit(m.start("subj"), m.start("next"), f"It was reported{m.group('when') or ''} by {whole} that "))
    for m in _MT_FORWARD.finditer(text):
        if inside(m.start()) or any(e.start <= m.start("verb") < e.end for e in edits):
            continue
        verb = _pick(_MT_THAT, f"{m.start()}{text[max(0, m.start() - 20):m.start()]}")
        edits.append(Edit(m.start("verb"), m.start("verb") + 4, verb))
    return sorted(edits, key=lambda e: e.start)


_SAME_DAY = ["Later that day, ", "The same day, ", "On the same day, "]
#: a paragraph's first words a lead before it puts in lower case; a paragraph opened by a name (two capitalised words,
#: a possessive, or a word met capitalised inside an earlier sentence) keeps its case; any other opening ("As all eyes
#: …") is left as printed
_LOWER_AFTER_LEAD = {"The", "A", "An", "He", "She", "They", "It", "Its", "His", "Her", "Their"}


def _capitalised_pair(text: str, a: int) -> bool:
    """Whether the paragraph at ``a`` opens with a name: two capitalised words ("Jens Stoltenberg said"), or one
    in the possessive ("Russia's", "Ukraine’s")."""
    return re.match(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+|[’']s\b)", text[a:a + 60]) is not None


def same_day(text: str, ctx: Ctx) -> list[Edit]:
    """A debate or briefing write-up whose day is given once: of two body paragraphs next to each other whose
    statements all carry the same day D before the page's, the second's own "on <weekday of D>" is taken out and
    the paragraph led by "Later that day, " / "The same day, " / "On the same day, " (heldout10 r02's plenary: the
    debate day given once, every later speaker at the same sitting); paragraphs opening with a quote mark, a
    capitalised dateline or a time phrase of their own are left as printed.

    Tests: a statement's day carried from the paragraph before by an anaphoric day phrase, never the page's day.
    Gold: dates and labels unchanged, spans remapped."""
    pub = _iso_day(ctx.published)
    if pub is None:
        return []
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    edits, before = [], None
    for a, b in _paragraphs(text, ctx):
        day = _one_day(ctx, a, b)
        prev, before = before, day
        if day is None or day >= pub or prev != day:
            continue
        if _NO_LEAD.match(text, a):
            ctx.skips["same_day"] = ctx.skips.get("same_day", 0) + 1
            continue
        name = day.strftime("%A")
        words = _pick(_SAME_DAY, text[a:a + 60])
        first = re.match(r"[A-Z][a-z]*\b", text[a:b])
        opening = _LEAD_CUE.match(text, a)
        if not (opening and opening.group("day") == name) and (
                first is None or first.group(0) not in _LOWER_AFTER_LEAD and not _capitalised_pair(text, a)
                and not re.search(rf"[a-z,] {first.group(0)}\b", text[:a])):  # (a surname met before: "Budanov")
            ctx.skips["same_day"] = ctx.skips.get("same_day", 0) + 1  # ("As all eyes …": the case unknowable)
            continue
        lower = first is not None and first.group(0) in _LOWER_AFTER_LEAD
        edits.extend(_lead_edits(text, a, b, name, words, quoted, lower, taken="on|last"))
    return sorted(edits, key=lambda e: (e.start, e.end))


READER_QUESTIONS = ["Q: Is the front line actually moving, or is it just talk? — Margaret, Leeds",
                    "Q: Who should we believe when the two sides give different numbers? — Tom, Cardiff",
                    "Q: What has changed since the summer? — Aisha, Bristol",
                    "Q: How much of this can be checked independently? — Pieter, Utrecht"]


def reader_qa(text: str, ctx: Ctx) -> list[Edit]:
    """A readers'-questions column: before every other body paragraph that opens without a quote mark (and does not
    continue the one before: ``_free_breaks``) stands a reader's question line with the reader's name and town
    (``READER_QUESTIONS``: no speech cue, date, number or name of the story), and the paragraph is opened by "A: ".

    Tests: an answer's "A: " never a transcript speaker (the answer is the correspondent's prose: its quotes and
    claims stay), the question line never a claim or a speaker (heldout10 r06). Gold: unchanged, spans remapped."""
    sep, free, _ = _free_breaks(text, ctx)
    edits = []
    for n, m in enumerate(free):
        a = m.end()
        if n % 2 or _ANY_MARK.match(text, a) or text[a:a + 1] in ("‘", "'", "“", "\"", "«", "—", "-", "•"):
            continue
        question = READER_QUESTIONS[(n // 2) % len(READER_QUESTIONS)]
        edits.append(Edit(a, a, f"{question}{sep}A: "))
    return edits


# ---------------------------------------------------------------------------------------------
# Registry


# ---------------------------------------------------------------------------------------------
# Round 21 (mt10): the everyday variation of real news copy: the tense of the attribution, the occasion of a
# statement's day, paragraphs split and merged, background and verification lines between a speaker's paragraphs


_TIME_CUE = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)}|{_MONTHS_FULL}|yesterday|today|tonight|overnight|earlier|later|"
                       r"last|this (?:week|month|morning|evening)|\d{4})\b", re.I)
#: "said" in an attribution: after a quote ("…,” Smith said." / "…,” said Smith,"), or after a subject before a clause
_SAID_ATTRIBUTION = re.compile(r"(?<![\w’'-])(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )(?<!be )(?<!had )(?<!has )"
                               r"(?<!have )(?<!having )(?<!being )(?<!It )(?<!it )(?<!as )(?<!As )(?<!also )"
                               r"said(?=[ ,.])")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos`` as a rough span: from after the last ". " / "? " / "! " / line break before it to
    the next one after it (abbreviations make it shorter, never longer: a cue it misses makes a skip, not an error)."""
    a = max(text.rfind("\n", 0, pos), *(text.rfind(p, 0, pos) for p in (". ", "? ", "! ", ".” ", '." '))) + 1
    ends = [k for k in (text.find(p, pos) for p in (". ", "? ", "! ", "\n")) if k >= 0]
    return a, min(ends) if ends else len(text)


def _dated_row_near(ctx: Ctx, text: str, a: int, b: int) -> bool:
    """Whether a quote or claim row with a day lies in the sentence text[a:b] or in the quotation right before it
    (a quotation its "said" closes)."""
    q = text.rfind("\n", 0, a) + 1 if text[a:a + 1] in "“\"" or text[max(0, a - 3):a].strip()[-1:] in "”\"" else a
    return any(stage in ("quotes", "claims") and isinstance(row, dict) and row.get("date") and s < b and e > min(q, a)
               for stage, s, e, _key, row in ctx.rows)


def present_says(text: str, ctx: Ctx) -> list[Edit]:
    """The attribution in the present tense, as features, profiles and broadcasters' web copy write it: "…,” Smith
    said." → "…,” Smith says.", "The ministry said that …" → "The ministry says that …", "said Smith" → "says Smith",
    only where the sentence holds no time cue (a weekday, a month, "yesterday", "earlier", "last …", a year) and no
    quote or claim row with a day: a statement dated by its own sentence keeps its past tense (a present tense with
    "on Tuesday" is no news copy), and one dated by the same event elsewhere too ("“…,” he says" after a quotation is
    the reporter's own interview by the devset's reading, §3.5, so a dated row's day would not be carried exactly).
    Outside quotes and the headline line; "was said", "had said", "it is said", "as he said" stay.

    Tests: attribution cues, speakers and claims read from "says" as from "said" (issue 13: the verb's tense), an
    undated statement left undated. Gold: labels and dates unchanged, spans remapped."""
    head_end = _head_line_end(text, ctx)
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    edits, skipped = [], 0
    for m in _SAID_ATTRIBUTION.finditer(text):
        s = m.start()
        if s <= head_end or any(a <= s < b for a, b in quoted):
            continue
        a, b = _sentence_bounds(text, s)
        outside = _QUOTED_SPAN.sub(" ", text[a:b])
        if _TIME_CUE.search(outside) or _dated_row_near(ctx, text, a, b):
            skipped += 1
            continue
        edits.append(Edit(s, m.end(), "says"))
    ctx.skips["present_says"] = ctx.skips.get("present_says", 0) + skipped
    return edits


#: the occasion a reporter names with a statement's day: (words before the weekday, words after it)
_OCCASIONS = [("in a statement on ", ""), ("at a briefing on ", ""), ("in a video address on ", ""),
              ("in remarks published on ", ""), ("in a ", " statement"), ("at a news conference on ", ""),
              ("in an online post on ", "")]
#: the speech verbs a statement's day follows ("said on Tuesday"): ``day_occasion``'s, and ``place_day``'s with more
_SAID_VERBS = "said|says|added|warned|claimed|stated|announced|insisted|stressed"
_SAID_ON_WEEKDAY = re.compile(rf"\b(?P<verb>{_SAID_VERBS})"
                              rf"(?P<on> on (?P<day>{'|'.join(_WEEKDAYS)})(?P<part>{_DAY_PART}))(?=[\s,.;:])")


def day_occasion(text: str, ctx: Ctx) -> list[Edit]:
    """A statement's day given with its occasion, as wires and broadcasters write it: "said on Tuesday" → "said in a
    statement on Tuesday", "said at a briefing on Tuesday", "said in a video address on Tuesday evening", "said in a
    Tuesday statement" (an occasion chosen by the CRC of the place). Outside quotes.

    Tests: dating a statement whose weekday sits after an occasion noun or before it as an attributive ("a Tuesday
    statement"), the occasion no place, outlet or speaker. Gold: dates and labels unchanged, spans remapped."""
    edits = []
    for m in _SAID_ON_WEEKDAY.finditer(text):
        before, after = _pick(_OCCASIONS, f"{m.start()}{text[max(0, m.start() - 30):m.start()]}")
        if after and m.group("part"):
            before, after = "in a statement on ", ""
        edits.append(Edit(m.start("on"), m.end(), f" {before}{m.group('day')}{m.group('part')}{after}"))
    return _outside_quotes(text, edits)


_ABBREVIATED = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|No|Jr|Sr|Prof|Rep|Sen|Gov|vs|approx|"
                          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z]|\d)\.$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’]?( +)(?=[A-Z“\"])")


def _row_inside(ctx: Ctx, pos: int) -> bool:
    """Whether a gold row's span holds ``pos`` strictly inside it."""
    return any(s < pos < e for _stage, s, e, _key, _row in ctx.rows)


def _marks_open(fragment: str) -> bool:
    """Whether a quotation is open at the end of ``fragment`` (more opening than closing marks, or an odd number
    of straight ones)."""
    return (fragment.count("“") + fragment.count("«") > fragment.count("”") + fragment.count("»")
            or fragment.count('"') % 2 == 1)


def _sentence_breaks(text: str, ctx: Ctx, a: int, b: int) -> list[tuple[int, int]]:
    """The (start, end) of the spaces between two sentences of the paragraph text[a:b] where it can be split:
    not after an abbreviation or an initial, not inside a quotation or a gold row, the next sentence opening with a
    capital or a quote mark."""
    out = []
    for m in _SENTENCE_BREAK.finditer(text, a, b):
        s, e = m.start(1), m.end(1)
        if _ABBREVIATED.search(text[max(a, s - 8):s].rstrip("”\"’")) or _marks_open(text[a:s]) or _row_inside(ctx, s) \
                or _attributed_after(ctx, text, a, s):
            continue
        out.append((s, e))
    return out


def _attributed_after(ctx: Ctx, text: str, a: int, s: int) -> bool:
    """Whether a quote or claim row of text[a:s] has no attribution there (no speech verb outside quotation marks,
    no "according to"): its speaker is named after ``s`` ("… divert “significant forces” …. As X says, …")."""
    rows = [r for r in ctx.rows if r[0] in ("quotes", "claims") and a <= r[1] < s]
    outside = _QUOTED_SPAN.sub(" ", text[a:s])
    return bool(rows) and not re.search(rf"\b{_SPEECH_VERB}\b|\baccording to\b", outside)


def para_split(text: str, ctx: Ctx) -> list[Edit]:
    """A body paragraph of two or more sentences split in two at its middle sentence break, as outlets with one- or
    two-sentence paragraphs print the same copy (not inside a quotation or a gold row, not after an abbreviation; the
    head and paragraphs continuing a quotation stay).

    Tests: speakers and dates carried across a paragraph break the studied copy did not have ("He added" and "the
    ministry said" opening a paragraph of their own; the day of a statement given one paragraph up). Gold: unchanged
    (§3.5's "same event" dates a statement from another sentence), spans remapped."""
    sep, _ = _breaks(text)
    edits = []
    for a, b in _paragraphs(text, ctx):
        cuts = _sentence_breaks(text, ctx, a, b)
        if not cuts and _SENTENCE_BREAK.search(text, a, b):
            ctx.skips["para_split"] = ctx.skips.get("para_split", 0) + 1
        if cuts:
            s, e = cuts[(len(cuts) - 1) // 2]
            edits.append(Edit(s, e, sep))
    return edits


_SENTENCE_CLOSE = re.compile(r"[.!?][”\"’»)]?\s*$")
_SPACES = re.compile(r"\s*")


def para_merge(text: str, ctx: Ctx) -> list[Edit]:
    """Every second pair of body paragraphs merged into one, as outlets with long paragraphs print the same copy: the
    break between two paragraphs that both close a sentence becomes a space (not in the head, not inside or right
    after a quotation left open, not before a paragraph opening a quotation it leaves open, not after a colon; a
    sub-heading or a line without a full stop stays).

    Tests: speakers and quotes read inside a longer paragraph (a stand-alone quote paragraph now after another
    speaker's sentence; "He said" mid-paragraph). Gold: unchanged (a quotation's row keeps its span), spans
    remapped."""
    paragraphs = _paragraphs(text, ctx)
    edits, n = [], 0
    for (a, b), (c, d) in zip(paragraphs, paragraphs[1:]):
        if not text[b:c].strip() == "" or not _SENTENCE_CLOSE.search(text[a:b]) or not _SENTENCE_CLOSE.search(text[c:d]) \
                or _open_quote(text[a:b]) or _open_quote(text[c:d]) or len(text[c:d]) < 40:
            continue
        if n % 2 == 0:
            edits.append(Edit(b, c, " "))
        n += 1
    return edits


#: background paragraphs a reporter puts between a speaker's paragraphs: a date, a year, a side, a place, no speech
#: cue, no number a fact would take (§3.3: dates and years are no facts), nobody's claim (the outlet's own narration)
BACKGROUND = [
    "Russia launched its full-scale invasion of Ukraine in February 2022.",
    "Moscow annexed Crimea in 2014 and has occupied parts of four more Ukrainian regions since 2022.",
    "Talks between the two sides in Istanbul broke down in the spring of 2022.",
    "Western governments have supplied Kyiv with air defence systems since the first months of the war.",
    "The front line has shifted only slowly since the end of 2023.",
    "Kyiv has pressed its allies for more long-range weapons since last autumn.",
]


_BULLET_LINE = re.compile(r"[ \t]*(?:[-•*–—]\s|\d{1,2}[.)]\s)")


def background(text: str, ctx: Ctx) -> list[Edit]:
    """A background paragraph (``BACKGROUND``: the invasion's month, an annexation's year, failed talks, the allies'
    supplies) after every second paragraph that holds a quote or a claim, at the free breaks of ``distance`` (not in
    the head, a quotation, after a colon, or before a paragraph continuing the one before), never next to a bullet.

    Tests: a speaker's later paragraphs ("He said", "the minister added", a stand-alone quote) resolved across a
    paragraph that names sides and places but no speaker; a month or year of the background taken for no
    statement's day; the background no claim and no fact. Gold: unchanged, spans remapped."""
    sep, breaks, skipped = _breaks_after_rows(text, ctx)
    k = zlib.crc32(text[:300].encode("utf-8"))
    edits = [Edit(m.end(), m.end(), BACKGROUND[(k + n) % len(BACKGROUND)] + sep) for n, m in enumerate(breaks)
             if n % 2 == 0]
    ctx.skips["background"] = ctx.skips.get("background", 0) + skipped
    return edits


#: the verification line a reporter puts after a side's battlefield report (the outlet's own narration: no claim)
UNVERIFIED = [
    "The claims could not be independently verified.",
    "The figures could not be independently verified.",
    "The report could not be independently confirmed.",
    "It was not possible to verify the account independently.",
    "Neither side's battlefield reports can be independently verified.",
]


def unverified(text: str, ctx: Ctx) -> list[Edit]:
    """A verification line ("The claims could not be independently verified.") added at the end of every paragraph
    that holds a claim row and closes a sentence outside a quotation (the line a wire puts after a battlefield
    report); not in the head.

    Tests: the line is no claim (no speaker, the outlet's narration), its "claims"/"report" no antecedent of a later
    "it said"; the paragraph's claims, speakers and dates unchanged. Gold: unchanged, spans remapped."""
    edits = []
    for a, b in _paragraphs(text, ctx):
        rows = [(stage, s) for stage, s, _e, _key, row in ctx.rows if a <= s < b]
        if not any(stage == "claims" for stage, _s in rows) or _open_quote(text[a:b]):
            continue
        body = text[a:b].rstrip()
        if not _SENTENCE_CLOSE.search(body) or _CONTINUES.match(text, _SPACES.match(text, b).end()):
            continue  # (a verbless lead the next paragraph attributes, "This was reported by …", stays next to it)
        end = a + len(body)
        edits.append(Edit(end, end, " " + _pick(UNVERIFIED, f"{a}{body[:40]}")))
    return edits


# ---------------------------------------------------------------------------------------------
# Round 22 (mt11): the page noise of real news sites between the sentences that matter


def _breaks_after_rows(text: str, ctx: Ctx) -> tuple[str, list[re.Match], int]:
    """(separator, the free breaks of ``_free_breaks`` right after a paragraph holding a quote or claim row — between a
    speaker's paragraphs, where page furniture breaks the chain a reader follows —, breaks skipped next to a bullet)."""
    sep, free, skipped = _free_breaks(text, ctx)
    out = []
    for m in free:
        a = max(text.rfind("\n", 0, m.start()) + 1, 0)  # the paragraph right before the break
        if not any(a <= s < m.start() and stage in ("quotes", "claims") for stage, s, _e, _key, _row in ctx.rows):
            continue
        if _BULLET_LINE.match(text, a) or _BULLET_LINE.match(text, m.end()):
            skipped += 1  # (a round-up's bullets: no paragraph of narration between them)
            continue
        out.append(m)
    return sep, out, skipped


def _block(lines: list[str], sep: str) -> str:
    """Lines of a page's box, each a paragraph of the article's layout, followed by the separator."""
    return "".join(line + sep for line in lines)


_PULL_MIN, _PULL_MAX = 40, 220
#: a single quote mark inside a quote ("When Moscow says ‘according to plan’ …"): left in a pull quote it would be a
#: quote of its own, so such quotes are not pulled
_SINGLE_MARK = re.compile(r"(?:^|[\s(])[‘']|[’'](?:[\s,.;:!?)]|$)")


def pull_quote(text: str, ctx: Ctx) -> list[Edit]:
    """A pull quote: the words of a body direct quote repeated as a paragraph of their own, without quote marks and
    without attribution (as a page's large-type pull quote reads once scraped), at the free break after the
    paragraph that follows the quote's own (between a speaker's paragraphs when the story goes on with him), for
    every second quote of 40–220 characters with no number, no fact row and no single quote mark inside, at most two an
    article.

    Convention read: §3.1 "speech printed without quote marks (transcript lines, pull quotes) is not a quote"; the
    line has no attribution, so no claim (§3.2); the quotes chosen hold no number, so no fact (§3.3). Tests: the
    repeated words never a second quote, claim or fact, and no "he said" chain broken by them. Gold: unchanged,
    spans remapped."""
    sep, free, _skipped = _free_breaks(text, ctx)
    facts = [(s, e) for stage, s, e, _key, _row in ctx.rows if stage == "facts"]
    edits, n, used = [], 0, set()
    for stage, s, e, _key, row in sorted(ctx.rows, key=lambda r: r[1]):
        if stage != "quotes" or not isinstance(row, dict) or row.get("headline") or row.get("kind") != "direct":
            continue
        words = text[s:e].strip().strip("“”\"‘’'«»").strip()
        words = re.sub(r"[,;:]$", ".", words)
        if not (_PULL_MIN <= len(words) <= _PULL_MAX) or re.search(r"\d|[“”\"«»\n]", words) \
                or _SINGLE_MARK.search(words) \
                or any(fs < e and s < fe for fs, fe in facts):
            continue
        after = [m for m in free if m.start() > e]
        if len(after) < 2 or after[1].end() in used:
            continue
        if n % 2 == 0 and len(edits) < 2:
            at = after[1].end()
            used.add(at)
            edits.append(Edit(at, at, words[0].upper() + words[1:] + sep))
        n += 1
    return sorted(edits, key=lambda x: x.start)


#: embedded social-media posts as scraped pages print them: (shape, poster, handle, text); the texts hold no number,
#: no war-course report and no quote mark, the posters are invented and in no table
_EMBED_POSTS = [
    ("x", "Halyna Tkalenko", "htkalenko_ua",
     "Volunteers delivered warm clothing and generators to families in the region today. Thank you to everyone "
     "who donated"),
    ("telegram", "Northern Relief Fund", "northreliefua",
     "Our team is back from the villages near the border. Medicines and food kits reached every address on the list"),
    ("instagram", "Marko Zhuravsky", "marko.zhuravsky",
     "Morning light over the river after a long night. We keep going"),
    ("x", "Corinne Ashcombe", "cashcombe_mp",
     "Met with students and teachers in the capital this morning. Their courage is an example to us all"),
    ("facebook", "Lakeside Community Council", "",
     "The shelter on School Street is open all day. Bring blankets if you can, and check on your neighbours"),
]


def _embed(k: int, day) -> list[str]:
    """The lines of one embedded post of ``_EMBED_POSTS`` (by ``k``), its date line dated ``day`` (None: no date)."""
    shape, poster, handle, words = _EMBED_POSTS[k % len(_EMBED_POSTS)]
    us = f"{day.strftime('%B')} {day.day}, {day.year}" if day else ""
    if shape == "x":
        return [f"{words} pic.twitter.com/Qw3rT8kL{k % 10}m", f"— {poster} (@{handle}) {us}".rstrip()]
    if shape == "telegram":
        return [f"{poster}", f"{words}.", f"@{handle} · t.me/{handle}" + (f" · {day.day} {day.strftime('%b')}" if day
                                                                         else "")]
    if shape == "instagram":
        return ["View this post on Instagram", f"{words}.", f"A post shared by {poster} (@{handle})"]
    return [f"{poster}" + (f" posted on {day.strftime('%A')}, {us}" if day else ""), f"{words}.", "View on Facebook"]


def social_embed(text: str, ctx: Ctx) -> list[Edit]:
    """An embedded social-media post (``_EMBED_POSTS``: an X post with its "— Name (@handle) March 3, 2024" line, a
    Telegram channel's post, "View this post on Instagram … A post shared by …", a Facebook post with "posted on
    <weekday>, <date>") at every second break right after a paragraph holding a quote or claim row (between a
    speaker's paragraphs), at most two an article, its date line the day before publication or the day itself.

    Convention read: the post's text is speech printed without quote marks (no quote, §3.1), with no attribution in
    the story's sentences (no claim, §3.2) and no number (no fact); its date line is the post's, not an utterance day
    of the story's statements (§3.5). Tests: the poster and handle never a speaker or an antecedent of the next
    paragraph's "he said", the date line never a statement's day, the post's lines never glued to the story's
    sentences. Gold: unchanged, spans remapped."""
    import datetime as dt

    sep, breaks, skipped = _breaks_after_rows(text, ctx)
    k = zlib.crc32(text[:300].encode("utf-8"))
    day = dt.date.fromisoformat(ctx.published) - dt.timedelta(days=k % 2) if ctx.published else None
    edits = [Edit(m.end(), m.end(), _block(_embed(k + n, day), sep)) for n, m in enumerate(breaks) if n % 2 == 1]
    ctx.skips["social_embed"] = ctx.skips.get("social_embed", 0) + skipped
    return edits[:2]


def _update_note_top(day, k: int) -> str:
    """An update or correction note under the head (``update_notes``), dated by the publication day itself."""
    long = f"{day.day} {day.strftime('%B')} {day.year}" if day else ""
    shapes = ["This story has been updated with additional reporting.",
              "Updated with comment from the regional administration in the sixth paragraph.",
              "Editor's note: This story has been updated throughout.",
              (f"This article was originally published at 08:15 GMT on {long} and has been updated."
               if day else "This article was originally published earlier and has been updated.")]
    return shapes[k % len(shapes)]


_UPDATE_NOTES_END = [
    "Correction: An earlier version of this article misspelled the name of a village in the region.",
    "This article has been amended to correct the spelling of a commander's surname.",
    "Clarification: An earlier version of this story gave an incorrect title for one of the officials quoted.",
    "This story has been corrected to show that the meeting took place in the capital, not in the regional centre.",
    "Correction appended: A photo caption in an earlier version of this article misidentified the city shown.",
]


def update_notes(text: str, ctx: Ctx) -> list[Edit]:
    """Update and correction notes: one under the head ("This story has been updated with additional reporting.",
    "Updated with comment from … in the sixth paragraph.", "This article was originally published at 08:15 GMT on <the
    publication day> and has been updated.") and a correction or clarification as the last paragraph ("Correction: An
    earlier version of this article misspelled …", "This article has been amended to correct …").

    Convention read: the notes are the outlet's own narration about its copy (no quote, claim or fact); the original
    publication day is the manifest's, so no date changes. Tests: "updated with comment", "corrected to show that"
    never a speech cue, "the officials quoted" or "a commander" never an antecedent, the note's day never a statement's
    day, the lede still found under the note. Gold: unchanged, spans remapped."""
    import datetime as dt

    sep, breaks = _breaks(text)
    head_end = _head_end(text, ctx, breaks)
    k = zlib.crc32(text[:300].encode("utf-8"))
    day = dt.date.fromisoformat(ctx.published) if ctx.published else None
    top = _update_note_top(day, k) + sep
    at = next((m.end() for m in breaks if m.start() >= head_end), 0) if head_end >= 0 else 0
    end = len(text.rstrip())
    return [Edit(at, at, top), Edit(end, end, sep + _UPDATE_NOTES_END[(k >> 2) % len(_UPDATE_NOTES_END)])]


#: image blocks as scraped pages print them between paragraphs: a caption line and a photo credit line, each of its
#: outlet's shape (no number, no speaker, no speech verb in the caption)
_CAPTIONS = ["Residents clear debris from a courtyard in the city centre",
             "A volunteer carries a box of supplies into a shelter",
             "Rescuers work at the site of a damaged apartment block",
             "Soldiers rest in a dugout near the front line",
             "People queue for water at a distribution point"]
_CREDIT_SHAPES = [
    lambda cap, who: [f"Image source, {who.split('/')[-1].strip()}", f"Image caption, {cap}"],
    lambda cap, who: [f"{cap}.", f"Photo: {who}"],
    lambda cap, who: [f"{cap}. (Photo by {who} via Getty Images)"],
    lambda cap, who: [f"{cap}.", f"Photograph: {who}"],
    lambda cap, who: [f"{cap}. | Credit: {who}"],
    lambda cap, who: [f"{cap}.", f"© {who}"],
]
_PHOTOGRAPHERS = ["Olena Marchuk / Hartwell", "Dmytro Skoryk/EPN", "Anton Vyshnia / Allied Press", "Ruslan Hlyva/Carrow"]
#: the last lines of a story: reporting, writing and editing credits, files from another outlet
_TRAILERS = [
    "— With files from the Allied Press",
    "With reporting by Kateryna Lytvak in Kyiv and Tom Ashby in Brussels.",
    "Additional reporting by Nina Rosko in Warsaw; Writing by Pavlo Sydor; Editing by Clare Mott",
    "Contributing: Ivan Mazur, Lakeside Gazette",
    "This report was produced with files from Hartwell and EPN.",
    "— With files from Hartwell, EPN",
]


def photo_credits(text: str, ctx: Ctx) -> list[Edit]:
    """Image blocks between paragraphs (``_CREDIT_SHAPES``: "Image source, EPN" / "Image caption, …", a caption and a
    "Photo: …" or "Photograph: …" credit line under it, "(Photo by … via Getty Images)", "| Credit: …", "© …") at every
    third body paragraph break (not in the head or a quotation), and the story's credit trailer as its last paragraph
    (``_TRAILERS``: "— With files from …", "With reporting by …", "Additional reporting by …; Writing by …; Editing by
    …", "Contributing: …").

    Convention read: captions, credits and trailers are site furniture (README §6), no quote, claim or fact when they
    hold no quotation, attribution or number. Tests: photographers and reporters never speakers or antecedents, a
    caption never glued to a sentence or taken as a paragraph of the story, "with files from" / "reporting by" never a
    claim's attribution. Gold: unchanged, spans remapped."""
    sep, free, _skipped = _free_breaks(text, ctx)
    k = zlib.crc32(text[:300].encode("utf-8"))
    edits = []
    story = [m for m in free if text.rfind("\n", 0, m.start()) + 60 < m.start()
             and (text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)) - m.end() > 60]
    for n, m in enumerate(story):  # (between two paragraphs of the story, not inside another box)
        if n % 3 == 1:
            j = k + n
            lines = _CREDIT_SHAPES[j % len(_CREDIT_SHAPES)](_CAPTIONS[j % len(_CAPTIONS)],
                                                            _PHOTOGRAPHERS[(j >> 1) % len(_PHOTOGRAPHERS)])
            edits.append(Edit(m.end(), m.end(), _block(lines, sep)))
    end = len(text.rstrip())
    edits.append(Edit(end, end, sep + _TRAILERS[(k >> 3) % len(_TRAILERS)]))
    return edits


#: newsletter and membership boxes as scraped pages print them, line by line
_BOXES = [
    ["Sign up to First Edition", "Free daily newsletter",
     "Our morning email breaks down the key stories of the day, telling you what's happening and why it matters",
     "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
     "after newsletter promotion"],
    ["Get the latest from the front in your inbox", "Enter your email address", "Subscribe",
     "By signing up you agree to our Terms of Use and acknowledge our Privacy Policy."],
    ["Support independent journalism",
     "Our reporters stay in the east when others leave. We rely on readers like you to keep our coverage free.",
     "Become a member"],
    ["Newsletter", "The War Briefing", "Our correspondents explain what changed on the ground this week and what it "
     "means for the months ahead.", "Sign up"],
]


def newsletter_box(text: str, ctx: Ctx) -> list[Edit]:
    """A newsletter or membership box (``_BOXES``: "Sign up to First Edition" … "after newsletter promotion", "Enter
    your email address" / "Subscribe", "Support independent journalism" … "Become a member") at the second break right
    after a paragraph holding a quote or claim row (between a speaker's paragraphs), one an article.

    Convention read: site furniture (README §6), no quote, claim or fact (the boxes hold no quotation, no number and
    no report of the war's course). Tests: "telling you what's happening", "explain what changed on the ground" never
    a claim, the box's lines never glued to the story's sentences, the next paragraph's "he said" resolved across it.
    Gold: unchanged, spans remapped."""
    sep, breaks, skipped = _breaks_after_rows(text, ctx)
    ctx.skips["newsletter_box"] = ctx.skips.get("newsletter_box", 0) + skipped
    if not breaks:
        return []
    k = zlib.crc32(text[:300].encode("utf-8"))
    m = breaks[min(1, len(breaks) - 1)]
    return [Edit(m.end(), m.end(), _block(_BOXES[k % len(_BOXES)], sep))]


# ---------------------------------------------------------------------------------------------
# Round 23 (mt12): how real copy attributes and dates speech (the cue before the clause, the day before the subject,
# a speaker's next quote in a paragraph of its own, the speaker introduced a paragraph before, the stamp at the foot)

#: first words of a sentence that are no subject of its speech verb
_NOT_SUBJECT = frozenset("On In At But And When After Before Asked Speaking Meanwhile Earlier Later It We I As While If "
                         "Since During Also Yet So Still Then Now Separately However Instead".split())


def _opens_sentence(text: str, s: int) -> bool:
    """Whether ``s`` opens a sentence: the text's or a line's start, or a space after a full stop (a closing mark
    between them allowed) that closes no abbreviation or initial ("Gen. Budanov")."""
    before = text[max(0, s - 4):s]
    stripped = before.rstrip(" \t")
    if s == 0 or not stripped or stripped.endswith("\n"):
        return True
    closed = text[max(0, s - 12):s].rstrip(" \t").rstrip("”\"’»")
    return before[-1:] == " " and closed[-1:] in (".", "!", "?") and not _ABBREVIATED.search(closed)


#: "on <weekday>" after a speech verb in the same sentence, outside quotation marks: "said at a briefing on Friday",
#: "told the Economist on Tuesday morning"; not before a date it names ("on Thursday, Dec 15")
_WHEN_AFTER_CUE = re.compile(
    rf"\b{_SPEECH_VERB}\b(?P<mid>[^.!?\n“”\"«»;:]{{0,50}}?)(?P<when>\s+on\s+(?P<day>{'|'.join(_WEEKDAYS)}){_DAY_PART})"
    rf"(?=[\s.:;]|,(?!\s*(?:{_MONTH_ALT}|\d)))")


def _dated_that_day(ctx: Ctx, a: int, b: int, weekday: str) -> bool:
    """Whether every quote and claim row starting in text[a:b] is dated to a ``weekday`` (the day its cue names)."""
    for stage, s, _e, _key, row in ctx.rows:
        if a <= s < b and stage in ("quotes", "claims") and isinstance(row, dict):
            day = _iso_day(row.get("date"))
            if day is None or day.strftime("%A") != weekday:
                return False
    return True


def date_front(text: str, ctx: Ctx) -> list[Edit]:
    """The day of a statement moved from its cue to the front of the sentence, as most outlets open a news
    paragraph: "The ministry said on Tuesday (that) …" → "On Tuesday, the ministry said (that) …", "Smith told
    reporters on Friday morning …" → "On Friday morning, Smith told reporters …", "X said at a briefing on Friday, “…”"
    → "On Friday, X said at a briefing, “…”". Only a sentence that opens with its subject (a capital, no quote mark,
    no time phrase of its own, no reported clause before the cue: commas in pairs around an apposition), the day after
    the speech verb and outside quotes, below the headline line, every quote and claim row of it dated that weekday.

    Tests: a statement dated by a day phrase before its subject (and a fronted day never read as the subject or a
    place), the speaker read past the leading "On Tuesday,". Gold: unchanged (the same day, the same speaker), spans
    remapped (the lead joins the sentence of a claim row that started at the subject)."""
    head_end = _head_line_end(text, ctx)
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    edits, done = [], set()
    for m in _WHEN_AFTER_CUE.finditer(text):
        s = _sentence_bounds(text, m.start())[0]
        while s < m.start() and text[s] in " \t":
            s += 1
        if s <= head_end or s in done or any(a <= m.start("when") < b for a, b in quoted) \
                or not re.match(r"[A-Z]", text[s:s + 1]) or not _opens_sentence(text, s):
            continue
        subject = text[s:m.start()]
        first = subject.split()[0] if subject.split() else ""
        if first in _NOT_SUBJECT or re.search(r"[“\"«]", subject) or _TIME_CUE.search(text, s, m.start("when")) \
                or subject.count(",") % 2 or len(subject.split()) > 20 \
                or not _dated_that_day(ctx, s, m.end(), m.group("day")):
            continue  # (a reported clause before its cue, "…, the ministry said on Tuesday.", or a day the gold
            # gives the words not: "Koval said on Tuesday she had spoken to him" of a call that day)
        done.add(s)
        when = m.group("when").strip()
        lower = text[s].lower() if first in ("The", "He", "She", "They") else text[s]
        edits.append(Edit(s, s + 1, f"{when[0].upper()}{when[1:]}, {lower}"))
        edits.append(Edit(m.start("when"), m.end("when"), ""))
    return sorted(edits, key=lambda e: (e.start, e.end))


_PRONOUN_OBJECT = {"He": "him", "She": "her", "They": "them"}
#: "<subject> said (that) <clause>." opening a sentence: a name or title of up to five capitalised words, "the" and up to
#: four words, or a pronoun, before a present or past speech verb, then a clause without quote marks to the full stop
_SUBJECT_GROUP = (r"(?P<subj>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+|"
                  r"[Tt]he\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]+)")
#: the reported clause, with no quote mark, to the full stop (shared with ``_CLAIM_CLAUSE``)
_CONTENT_GROUP = r"(?P<content>(?!that\b)[A-Za-z][^\n“”\"«»]*?[^\s.])(?P<end>\.)(?=\s|$)"
_SAID_CLAUSE = re.compile(
    _SUBJECT_GROUP
    + r"(?P<cue>\s+(?:said|says|told reporters|has said|have said|claimed|claims|believes|believed))\s+(?:that\s+)?"
    + _CONTENT_GROUP)


def according_to(text: str, ctx: Ctx) -> list[Edit]:
    """The attribution moved before the reported clause as "according to": "Smith said (that) the line held." →
    "According to Smith, the line held.", "He told reporters that …" → "According to him, …", "The ministry claims
    …" → "According to the ministry, …". Only a sentence that opens with its subject, whose clause holds no quote mark,
    no second attribution and no time of its own ("said on Tuesday that" stays: the day would be lost), outside the
    headline line; every left candidate is counted.

    Tests: a claim found and attributed from a leading "According to X," (the speaker a name, a body or a pronoun's
    antecedent), whatever the speech verb studied. Gold: spans remapped (the claim row is the same sentence), texts
    re-read, labels and dates unchanged."""
    head_end = _head_line_end(text, ctx)
    edits, skipped = [], 0
    for m in _SAID_CLAUSE.finditer(text):
        s, subj, content = m.start("subj"), m.group("subj"), m.group("content")
        if s <= head_end or not _opens_sentence(text, s) or subj.split()[0] in _NOT_SUBJECT:
            continue
        if _TIME_FIRST.match(content) or _ANOTHER_ATTRIBUTION.search(content) or re.match(r"\s+[a-z]", text[m.end():]) \
                or _row_inside(ctx, s):
            skipped += 1
            continue
        who = _PRONOUN_OBJECT.get(subj, subj[0].lower() + subj[1:] if subj.startswith("The ") else subj)
        c = m.start("content")
        edits.append(Edit(s, c, f"According to {who}, "))
    ctx.skips["according_to"] = ctx.skips.get("according_to", 0) + skipped
    return edits


#: a sentence break inside a paragraph before a sentence opening with a quote mark
_BEFORE_QUOTE = re.compile(r"(?<=[.!?])[”\"’»]?( +)(?=[“\"«])")


def quote_own_para(text: str, ctx: Ctx) -> list[Edit]:
    """A speaker's next quote put in a paragraph of its own: in a body paragraph whose sentence before holds an
    attribution ("“…,” Smith said." / "Smith said: “…”"), a following sentence that opens with a quote mark starts a
    new paragraph, with its own cue if it had one and none if it had none (""…,” he said.¶“We will hold.”"), as
    outlets of one- and two-sentence paragraphs print a quote run. Not inside a quotation or a gold row.

    Tests: a quote paragraph with no cue given the speaker of the quote just before it (README §2's continuation), its
    date the same event's. Gold: unchanged, spans remapped."""
    sep, _ = _breaks(text)
    edits = []
    for a, b in _paragraphs(text, ctx):
        for m in _BEFORE_QUOTE.finditer(text, a, b):
            s, e = m.start(1), m.end(1)
            if _marks_open(text[a:s]) or _row_inside(ctx, s) \
                    or not re.search(rf"\b{_SPEECH_VERB}\b|\baccording to\b", _QUOTED_SPAN.sub(" ", text[a:s])):
                continue
            edits.append(Edit(s, e, sep))
            a = e
    return edits


#: a paragraph opening with a whole quoted sentence and a short attribution after it: "“…,” Smith said on Tuesday."
_QUOTE_THEN_CUE = re.compile(
    r"(?P<open>[“\"])(?P<q>[A-Z][^“”\"\n]*?)(?P<punct>[,!?])(?P<close>[”\"])\s+"
    r"(?:(?P<subj>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+|he|she|the\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+"
    r"(?P<verb>said|says|added|told reporters)|(?P<verb2>said|added)\s+(?P<subj2>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+|"
    r"the\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}))"
    rf"(?P<when>\s+on\s+(?:{'|'.join(_WEEKDAYS)}){_DAY_PART})?(?P<stop>\.)(?=\s|$)")


#: a speaker's lead-in with no day: no new occasion (a briefing named without its day would be another event)
_INTRO_PLAIN = ["had more to say", "went on", "spoke at length"]


def speaker_intro(text: str, ctx: Ctx) -> list[Edit]:
    """The speaker introduced in the paragraph before his quote, the quote standing alone: a paragraph opening
    "“We will hold,” Smith said on Tuesday. …" becomes "Smith spoke to reporters on Tuesday.¶“We will hold.” …"
    ("the ministry" issues a statement, a person speaks to reporters, gives a briefing or holds a news conference that
    day; with no day in the cue, "Smith had more to say.", "Smith went on.": no new occasion; the comma closing the
    quotation becomes a full stop, outside the quote's words). Only a paragraph that opens with the
    quotation, below the head; pronoun speakers too ("He spoke to reporters.").

    Tests: a cue-less quote paragraph attributed to the person the paragraph before introduced, and dated by the day
    given there (the same event). Gold: unchanged, spans remapped (a quote row keeps its words; a claim row over the
    sentence is widened)."""
    sep, _ = _breaks(text)
    edits = []
    for a, b in _paragraphs(text, ctx):
        m = _QUOTE_THEN_CUE.match(text, a, b)
        if not m:
            continue
        subj = m.group("subj") or m.group("subj2")
        when = m.group("when") or ""
        if not when and _ABBREVIATED.search(subj + "."):
            continue  # "…,” said Lt. Col. Oleh Marchuk, a …": the full stop after "Col" ends no sentence
        pool = (_DAY_EVENTS_ORG if _ORG_SUBJECT.search(subj) else _DAY_EVENTS) if when else _INTRO_PLAIN
        event = _pick(pool, f"{a}{subj}")
        edits.append(Edit(a, a, f"{subj[0].upper()}{subj[1:]} {event}{when}.{sep}"))
        if m.group("punct") == ",":
            edits.append(Edit(m.start("punct"), m.end("punct"), "."))
        edits.append(Edit(m.end("close"), m.end("stop"), ""))
    return edits


def _footer_stamp(day, k: int) -> str:
    """A page's publication stamp of a shape news sites print at the foot of a story: "Published 14.03.2024 at
    14:22", "This article was first published on 14 March 2024.", "© Hartwell Media 2024 | Thursday 14 March 2024
    08:41 GMT", "Posted March 14, 2024 | Filed under: Europe, War in Ukraine", "14/03/2024 09:15 | Kyiv desk" (the
    slashed one only where its reading is certain)."""
    dd, mm, yyyy = f"{day.day:02d}", f"{day.month:02d}", day.year
    shapes = [f"Published {dd}.{mm}.{yyyy} at 14:22",
              f"This article was first published on {day.day} {day.strftime('%B')} {yyyy}.",
              f"© Hartwell Media {yyyy} | {day.strftime('%A')} {day.day} {day.strftime('%B')} {yyyy} 08:41 GMT",
              f"Posted {day.strftime('%B')} {day.day}, {yyyy} | Filed under: Europe, War in Ukraine"]
    return _one_stamp(day, k, shapes, f"{dd}/{mm}/{yyyy} 09:15 | Kyiv desk")


def stamp_footer(text: str, ctx: Ctx) -> list[Edit]:
    """The day of publication given only by a stamp line at the foot of the story (``_footer_stamp``: "Published
    14.03.2024 at 14:22", "This article was first published on 14 March 2024.", "© Hartwell Media 2024 | Thursday 14
    March 2024 08:41 GMT", …), the manifest's date left empty (``ctx.unpublished``), as pages saved from sites that
    print the date under the story are.

    Tests: the publication day read from the page's own stamp wherever it stands (every relative date and every
    undated statement's fallback hang on it), the stamp no fact, claim or speaker. Gold: unchanged (the publication
    day is the stamp's)."""
    if not ctx.published:
        return []
    import datetime as dt

    day = dt.date.fromisoformat(ctx.published)
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    ctx.unpublished = True
    end = len(text.rstrip())
    return [Edit(end, end, sep + _footer_stamp(day, zlib.crc32(text[:200].encode("utf-8"))))]


# ---------------------------------------------------------------------------------------------
# Letters outside A–Z (round 22, nx1)

#: a letter and its marked spelling (Polish, Czech, Slovak, Hungarian, Nordic, Turkish, Baltic house styles)
_MARKED_LOWER = {"a": "áąä", "o": "öóô", "s": "šśş", "l": "ł", "e": "éęë", "c": "čć", "z": "žź", "n": "ńň",
                 "u": "üú", "i": "íï", "y": "ý", "r": "ř", "g": "ğ", "d": "ď"}
_MARKED_UPPER = {"L": "Ł", "S": "ŠŚ", "Z": "Ž", "O": "Ö", "A": "Á", "E": "É", "C": "Č", "R": "Ř", "N": "Ń", "I": "İ"}


def _marked(word: str) -> str:
    """``word`` respelled with letters outside A–Z, deterministically (by its CRC): its first capital sometimes
    (Ł, Š, Ž, Ö …), one or two small letters of its stem (the last three letters, a place's or a surname's
    ending, stay): "Robotyne" → "Robôtyne"."""
    if len(word) < 4 or not word[0].isupper() or not word[1:].isalpha() or not word[1:].islower():
        return word  # (acronyms, initials, hyphened and short words stay)
    n = zlib.crc32(word.encode("utf-8"))
    letters = list(word)
    if n % 3 == 0 and word[0] in _MARKED_UPPER:
        pool = _MARKED_UPPER[word[0]]
        letters[0] = pool[(n >> 4) % len(pool)]
    slots = [i for i in range(1, max(2, len(word) - 3)) if word[i] in _MARKED_LOWER]
    for k in range(min(len(slots), 1 + (n >> 8) % 2)):
        i = slots[((n >> 12) + k * 3) % len(slots)]
        pool = _MARKED_LOWER[word[i]]
        letters[i] = pool[(n >> (16 + k)) % len(pool)]
    new = "".join(letters)
    if new == word and word[0] in _MARKED_UPPER:  # (no small letter to mark: the capital)
        new = _MARKED_UPPER[word[0]][0] + word[1:]
    return new


def marked_names(text: str, ctx: Ctx) -> list[Edit]:
    """The names earlier renames gave (people, places, outlets: the values of ``ctx.names`` and of the outlet labels)
    respelled with letters outside A–Z ("Taras Dovbenko" → "Taráš Dövbenko", "Zorianivka" → "Žorianívka",
    "Hartwell" → "Hártwell"); a word the tables know ("Centre", "Analysis" of an outlet's name) stays.

    Tests: names, places and outlets written with the letters of Polish, Czech, Hungarian, Nordic, Turkish or Baltic
    copy (issues 13, 14: Orbán, Erdoğan, Støre, Łódź): a name, a place or a speaker cut at its first such letter, a
    label folded to ASCII. Run after ``rename_people``, ``rename_places`` and ``rename_outlets`` (``diacritics``), so
    every name is one nobody listed and its label is the spelling as written. Gold: spans remapped; speaker labels
    respelled the same way, token by token."""
    respelled = {}
    for new in set(ctx.names.values()) | {t for v in _OUTLET_LABELS.values() for t in v.split()}:
        for token in new.split():
            if _marked(token) != token and not re.search(rf"(?<!\w){re.escape(token.lower())}(?!\w)", _TABLES):
                respelled[token] = _marked(token)  # (a word the tables know, "Centre", "Analysis", is no name: kept)
    ctx.names.update({old: " ".join(respelled.get(t, t) for t in new.split()) for old, new in ctx.names.items()})
    ctx.names.update({t: m for t, m in respelled.items() if t not in ctx.names})
    ctx.label_map.update({old: " ".join(respelled.get(t, t) for t in new.split())
                          for old, new in {**_OUTLET_LABELS, **ctx.label_map}.items()})
    ctx.step_map = respelled
    return _token_edits(text, respelled)


#: the invented given names in both spellings (``rename_label`` finds a printed full name by them)
_GIVEN_ALT = "|".join(sorted({*_GIVEN_ALT.split("|"), *(_marked(n) for n in _GIVEN_ALT.split("|"))}))


# ---------------------------------------------------------------------------------------------
# round 24 (mt13): the same claim and the same figure worded as other copy words them

#: "<subject> said/claimed (on Tuesday) (that) <clause>." opening a sentence (the subject as ``_SAID_CLAUSE`` reads it)
_CLAIM_CLAUSE = re.compile(
    _SUBJECT_GROUP
    + r"\s+(?P<verb>said|says|claimed|claims)(?P<when>\s+on\s+(?:" + "|".join(_WEEKDAYS) + r")" + _DAY_PART + r")?"
    r"\s+(?P<that>that\s+)?" + _CONTENT_GROUP)
#: "said Monday that", "said this week that": the clause opens after the attribution's time
_THAT_LATER = re.compile(r"\S+(?:\s+\S+){0,2}\s+that\b")
_SUBJECT_ADVERBS = {"also", "again", "then", "later", "too", "meanwhile", "earlier", "previously", "separately",
                    "repeatedly", "recently", "once", "now", "still", "yesterday", "today"}
_CLAIM_NOUNS = ["claim", "assessment", "position", "contention"]
_CLAIM_VERB_NOUNS = ["made the claim", "put forward the view", "advanced the claim", "voiced the assessment"]
_POSSESSIVE_PRONOUN = {"He": "His", "She": "Her", "They": "Their", "It": "Its"}


def claim_nouns(text: str, ctx: Ctx) -> list[Edit]:
    """A reported claim's cue verb turned into a noun, as copy words a claim it does not vouch for: "Smith said (that)
    the line held." → "Smith's claim was that the line held." ("assessment", "position", "contention"; "says" → "…'s
    claim is that"), "He said …" → "His claim was that …", and with the day kept, "The ministry claimed on Tuesday
    that …" → "The ministry made the claim on Tuesday that …" ("put forward the view", "advanced the claim", "voiced
    the assessment"). Only a sentence that opens with its subject, whose clause holds no quote mark and no second
    attribution, outside the headline line and any gold row's inside.

    Tests: a claim found and attributed from a nominal cue ("X's claim was that", "X made the claim that") whatever the
    verb studied. Gold: spans remapped (a claim row over the sentence is widened), labels and dates unchanged."""
    head_end = _head_line_end(text, ctx)
    edits = []
    for m in _CLAIM_CLAUSE.finditer(text):
        s, subj, content = m.start("subj"), m.group("subj"), m.group("content")
        if s <= head_end or not _opens_sentence(text, s) or subj.split()[0] in _NOT_SUBJECT or _row_inside(ctx, s):
            continue
        if (not m.group("that") and (_TIME_FIRST.match(content) or _THAT_LATER.match(content))) \
                or _ANOTHER_ATTRIBUTION.search(content) or subj.split()[-1].lower() in _SUBJECT_ADVERBS \
                or re.match(r"\s+[a-z]", text[m.end():]) or subj in ("I", "We", "You"):
            continue
        present = m.group("verb") in ("says", "claims")
        key = f"{s}{subj}"
        if m.group("when") or zlib.crc32(key.encode()) % 2:
            phrase = _pick(_CLAIM_VERB_NOUNS, key)
            if present:
                phrase = phrase.replace("made", "makes").replace("put forward", "puts forward").replace(
                    "advanced", "advances").replace("voiced", "voices")
            new = f"{subj} {phrase}{m.group('when') or ''} that "
        else:
            apostrophe = "’" if "’" in text else "'"
            owner = _POSSESSIVE_PRONOUN.get(subj) or (subj + (apostrophe if subj.endswith("s") and not
                                                             subj.endswith("ss") else apostrophe + "s"))
            new = f"{owner} {_pick(_CLAIM_NOUNS, key)} {'is' if present else 'was'} that "
        edits.append(Edit(s, m.start("content"), new))
    return edits


_SCALE = {"million": 10 ** 6, "billion": 10 ** 9}
_SCALED = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}(?:\.\d{1,3})?) (?P<scale>million|billion)\b")
_LONG_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3}){2,3}(?![\d,]|\.\d)")


#: a range's first number right before a figure ("1.2-", "5 to "): ``million_forms`` and ``unit_conversion`` leave it
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|-|–|and|or)\s*$")


def million_forms(text: str, ctx: Ctx) -> list[Edit]:
    """Large figures in the other house style: "1.5 million" → "1,500,000", "2 billion" → "2,000,000,000", and
    "1,500,000" → "1.5 million" (a figure that is a whole number of hundred thousands), as wire copy and
    government releases write the same figure (not the second number of a range: "1.2-1.5 million" would read
    otherwise).

    Tests: the facts' number reading on millions written out and in digits. Gold: quantities unchanged (the
    quantity_text is not scored), spans remapped."""
    edits = []
    for m in _SCALED.finditer(text):
        if _RANGE_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
            continue  # "1.2-1.5 million": the range's first number takes the scale of the second
        whole, _, frac = m.group("n").partition(".")
        value = int(whole) * _SCALE[m.group("scale")] + (int(frac) * _SCALE[m.group("scale")] // 10 ** len(frac)
                                                         if frac else 0)
        edits.append(Edit(m.start(), m.end(), f"{value:,}"))
    for m in _LONG_FIGURE.finditer(text):
        value = int(m.group(0).replace(",", ""))
        scale = "billion" if value >= 10 ** 9 else "million"
        unit = _SCALE[scale]
        if value % (unit // 10):
            continue  # "1,351,204" has no exact short form
        if re.match(r"\s+(?:million|billion)\b", text[m.end():m.end() + 10]):
            continue
        short = f"{value / unit:.1f}".removesuffix(".0")
        edits.append(Edit(m.start(), m.end(), f"{short} {scale}"))
    return edits


_APPROX = ["about", "around", "some", "roughly", "approximately"]
_APPROX_WORD = re.compile(r"(?<![\w’'-])(?P<w>[Aa]bout|[Aa]round|[Ss]ome|[Rr]oughly|[Aa]pproximately|[Aa]n estimated)"
                          r"(?= \d)")
#: "about" after these is the preposition ("talked about 3 attacks"), not an approximation
_ABOUT_PREPOSITION = re.compile(r"(?i)\b(?:talk(?:s|ed)?|spoke|speak(?:s|ing)?|ask(?:s|ed)?|said|says|know|knew|learn(?:ed|t)|"
                                r"worried|concerned|information|details|news|reports?|questions?|warned|told|how|what|"
                                r"brought|come|came|set|just|only)\s+$")


def approx_words(text: str, ctx: Ctx) -> list[Edit]:
    """An approximation word before a figure in the other wording: "some 40" ↔ "about 40" ↔ "around 40" ↔ "roughly
    40" ↔ "approximately 40" ("an estimated 40" → one of them), as each house writes it; "about" after a verb of
    speaking or knowing ("asked about 3 strikes") is the preposition and stays.

    Tests: the facts' qualifier reading leaves the figure found whatever the approximation word. Gold: quantities
    unchanged (the qualifier is not scored), spans remapped."""
    edits = []
    for m in _APPROX_WORD.finditer(text):
        word = m.group("w")
        if word.lower() == "about" and _ABOUT_PREPOSITION.search(text[max(0, m.start() - 20):m.start()]):
            continue
        new = _pick([w for w in _APPROX if w != word.lower()], f"{m.start()}{word}")
        edits.append(Edit(m.start(), m.end(), new.capitalize() if word[0].isupper() else new))
    return edits


_NUMBER_NAME = {n: word for word, n in english.CARDINALS.items()}  # 13 → "thirteen", 20 → "twenty"


def _spelled(n: int) -> str:
    """13–99 and whole hundreds to 900 in words ("twenty-five", "three hundred"); "" for any other number."""
    if 13 <= n <= 19:
        return _NUMBER_NAME[n]
    if 20 <= n <= 99:
        return _NUMBER_NAME[n - n % 10] + (f"-{_WORDS[n % 10]}" if n % 10 else "")
    if 100 <= n <= 900 and n % 100 == 0:
        return f"{_WORDS[n // 100]} hundred"
    return ""


_SPELLED = {_spelled(n): n for n in list(range(13, 100)) + list(range(100, 1000, 100))}
_BIG_WORD = re.compile(r"(?<![\w.,:/-])(?P<t>\d{2,3}|(?:" + "|".join(sorted(_SPELLED, key=len, reverse=True))
                       + r"))(?= [a-zA-Z])(?![\w.,:/-]\d)", re.IGNORECASE)
_NOT_A_COUNT_BEFORE = re.compile(r"(?:\d[ ,.-]*|\d\w*\s+(?:to|and|or)\s+|\b(?:between|No|number|page|aged|age|"
                                 + _MONTH_ALT + r")\.?\s|[$€£#№])$", re.IGNORECASE)
_NOT_A_COUNT_AFTER = re.compile(r"\s*(?:to|-|–|or|and)\s+(?:\d|[a-z]+-)|\s*(?:a\.m|p\.m|am|pm|GMT|BST|percent|per|%|"
                                r"hundred|thousand|million|billion|years? old|year-old|th\b|st\b|nd\b|rd\b|(?:"
                                + _MONTH_ALT + r")\.?)\b")


def number_words_big(text: str, ctx: Ctx) -> list[Edit]:
    """Counts of 13 to 99 and whole hundreds before a noun written the other way: "25 soldiers" → "twenty-five
    soldiers", "forty drones" → "40 drones", "300 shells" → "three hundred shells" (``number_words`` does 2–12; not in
    dates, times, ages, decimals, ranges, or next to another number or a scale word).

    Tests: the facts' number reading with figures in words, as style books write them at a sentence's start and
    some outlets throughout. Gold: quantities unchanged (the quantity_text is not scored), spans remapped."""
    edits = []
    for m in _BIG_WORD.finditer(text):
        token = m.group("t")
        if _NOT_A_COUNT_BEFORE.search(text[max(0, m.start() - 12):m.start()]) or \
                _NOT_A_COUNT_AFTER.match(text, m.end()):
            continue
        if token.isdigit():
            new = _spelled(int(token))
            if new and (m.start() == 0 or re.search(r"(?:[.!?][”\"]?\s+|\n)$", text[max(0, m.start() - 3):m.start()])):
                new = new.capitalize()
        else:
            new = str(_SPELLED[token.lower()])
        if new:
            edits.append(Edit(m.start(), m.end(), new))
    return edits


_LIST_ITEM = r"(?:[A-Z][\w’'-]*|\d[\d,.]*(?: [a-z][\w’'-]*){0,3})(?: [A-Z][\w’'-]*){0,2}"
_LIST = re.compile(rf"(?<![\w’'-])(?P<items>{_LIST_ITEM}(?:, {_LIST_ITEM})+)(?P<ox>,?) (?P<conj>and|or) "
                   rf"(?={_LIST_ITEM})")


def list_commas(text: str, ctx: Ctx) -> list[Edit]:
    """A list of three or more names or counted items in the other punctuation: "Avdiivka, Marinka and Vuhledar" ↔
    "Avdiivka, Marinka, and Vuhledar" (the serial comma taken out or put in), and a breakdown whose every item holds a
    figure ("12 in Donetsk, five in Kharkiv and three in Sumy") with semicolons ("12 in Donetsk; five in Kharkiv; and
    three in Sumy"), as US, British and agency styles punctuate them. A list opening a sentence's first word is left.

    Tests: places and figures read out of lists whatever their punctuation. Gold: quantities, places and labels
    unchanged, spans remapped."""
    edits = []
    for m in _LIST.finditer(text):
        items = m.group("items")
        if items.split(",")[0].split()[0] in _NOT_SUBJECT:
            continue  # "On Tuesday, Moscow and …" is no list
        commas = [m.start("items") + i for i, c in enumerate(items) if c == ","]
        if all(re.match(r"\d", part.strip()) for part in items.split(",")) and \
                re.match(r"\d", text[m.end():]) and zlib.crc32(items.encode()) % 2:
            edits += [Edit(k, k + 1, ";") for k in commas]
            edits.append(Edit(m.start("ox"), m.end("ox"), ";"))
        elif m.group("ox"):
            edits.append(Edit(m.start("ox"), m.end("ox"), ""))
        else:
            edits.append(Edit(m.end("items"), m.end("items"), ","))
    return edits


_METRIC = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})*|\d+)(?P<sp> ?)(?P<unit>square kilomet(?:er|re)s|sq\.? km|km²|"
                     r"kilomet(?:er|re)s|km)\b(?!²)(?! ?\()")


def unit_conversion(text: str, ctx: Ctx) -> list[Edit]:
    """A metric distance or area that is a gold fact followed by its conversion in brackets, as US wire copy prints
    them: "20 kilometres" → "20 kilometres (12 miles)", "1,294 square kilometres" → "1,294 square kilometres (500
    square miles)" (rounded to a whole number; not after a range's first number, not where a bracket follows
    already, not a figure no gold fact row holds: the conventions annotate a conversion only as its figure's).

    Tests: the converted figure in brackets read as a conversion of the metric one (same side and change), the metric
    one keeping its reading. Gold: spans remapped (a fact's sentence is widened by the brackets), and a row of its own
    for every conversion (the devset's convention, ``note: "conversion"``: a copy of the figure's row with the
    converted quantity and unit)."""
    facts = [(s, e, key, row) for stage, s, e, key, row in ctx.rows if stage == "facts" and isinstance(row, dict)]
    edits = []
    for m in _METRIC.finditer(text):
        if _RANGE_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
            continue  # the second number of a range: its conversion would need both
        value = int(m.group("n").replace(",", ""))
        area = "sq" in m.group("unit") or "square" in m.group("unit") or "²" in m.group("unit")
        row = next(((key, r) for s, e, key, r in facts if s <= m.start() < e and r.get("unit") == ("km2" if area else "km")
                    and abs(float(r.get("quantity") or -1) - value) < 1e-6), None)
        converted = round(value / 2.589988 if area else value / 1.609344)
        if row is None or converted < 1:
            continue
        edits.append(Edit(m.end(), m.end(), f" ({converted:,} {'square mile' if area else 'mile'}"
                                           f"{'' if converted == 1 else 's'})"))
        ctx.added.append((row[0], {"quantity_text": f"{converted:,}", "quantity": float(converted),
                                   "unit": "sq mi" if area else "mi", "note": "conversion"}))
    return edits


# ---------------------------------------------------------------------------------------------
# Round 25 (mt14): the same headline, speaker and date as real copy words them


#: Kicker words of a "Label: …" line that is no speaker ("Russia-Ukraine war live: …", "Read also: …")
_HL_KICKER = re.compile(r"(?i)\b(?:war|live|latest|read|related|also|update[sd]?|briefing|round-?up|analysis|explainer|"
                        r"watch|video|opinion|exclusive|breaking|news|timeline|factbox|q&a|more|see|day \d+)\b")
#: "Putin says X": a subject of up to four words (the first capitalised) before "says"
_HL_SAYS_FRONT = re.compile(r"^(?P<s>[A-Z][\w’'.-]*(?: [\w’'.-]+){0,3}?) (?P<v>[Ss]ays) (?P<x>\S.*\S)$")
#: "X, says S" / "X, S says"
_HL_SAYS_BACK = re.compile(r"^(?P<x>\S.*?\S),\s+(?:(?P<v1>[Ss]ays) (?P<s1>[\w’'.-]+(?: [\w’'.-]+){0,3})|"
                           r"(?P<s2>[\w’'.-]+(?: [\w’'.-]+){0,3}) (?P<v2>[Ss]ays))$")
#: "X – S" / "X - S" (the source after a dash, as agency and state-media headlines print it)
_HL_DASH = re.compile(r"^(?P<x>\S.*?\S)\s+[-–—]\s+(?P<s>[A-Z][\w’'.-]*(?: [\w’'.-]+){0,3})$")
#: "S: X"
_HL_COLON = re.compile(r"^(?P<s>[A-Z][\w’'.-]*(?: [\w’'.-]+){0,3}):\s+(?P<x>\S.*\S)$")


def _mid_capital(word: str, body: str) -> bool:
    """Whether ``word`` is printed with its capital inside a sentence of ``body`` (after a small letter or a comma):
    a name, which keeps its capital wherever a headline puts it."""
    return bool(re.search(rf"(?:[a-z,;] ){re.escape(word)}\b", body))


def _hl_first(words: str, body: str, upper: bool, title_case: bool) -> str:
    """``words`` with the first letter as the new place in the headline needs it: capitalised at the line's start, a
    common word put in small letters elsewhere (one the body prints in small letters and never capitalised mid-
    sentence: "Enemy" → "enemy", "Spokesman" → "spokesman", never "Russia" or "Kremlin")."""
    first = re.match(r"[\w’'.-]+", words)
    if first is None or title_case:
        return words
    word = first.group(0)
    if upper:
        return words[0].upper() + words[1:]
    if word[0].isupper() and word[1:] == word[1:].lower() and word != "I" and \
            re.search(rf"\b{re.escape(word.lower())}\b", body) and not _mid_capital(word, body):
        return word.lower() + words[len(word):]
    return words


def _hl_title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _hl_parse(line: str) -> tuple[str, str, int, int] | None:
    """(form, subject, content's start, content's end in ``line``) of a one-speaker headline line: "front" ("S says X"), "back" ("X, S says" / "X, says
    S"), "dash" ("X – S"), "colon" ("S: X"); None for any other line."""
    if line.endswith((".", "?", "!")) or ";" in line:
        return None
    for form, pattern in (("colon", _HL_COLON), ("back", _HL_SAYS_BACK), ("dash", _HL_DASH), ("front", _HL_SAYS_FRONT)):
        m = pattern.match(line)
        if not m:
            continue
        subject = m.group("s") if "s" in pattern.groupindex else (m.group("s1") or m.group("s2"))
        if _HL_KICKER.search(subject) or re.search(r"\d|[“”\"‘’«»]|\bsays\b", subject, re.IGNORECASE) or \
                re.search(r"\b(?:says|said)\b", m.group("x")) and form != "front":
            return None
        if _hl_title_case(line) and form == "back" or form == "back" and m.group("v1") and len(subject.split()) > 2:
            return None  # "Russia Claims Faster Gains, Says Monthly Advances Have Doubled": no source after "Says"
        return form, subject, m.start("x"), m.end("x")
    return None


def headline_forms(text: str, ctx: Ctx) -> list[Edit]:
    """A one-speaker headline (or standfirst or related-story line) whose attribution has one of the shapes real
    headlines give it, rewritten in another of them (chosen by the CRC of the line): "Putin says X" ↔ "X, Putin says"
    ↔ "X, says Putin" ↔ "Putin: X" ↔ "X – Putin". A common word changes case with its place ("Enemy has …, says
    spokesman" → "Spokesman says enemy has …"); a Title Case line keeps its capitals ("Says"). Only a line that is
    exactly the span of its headline claim rows (all of one speaker, no other row on it); the title follows when it
    is that line.

    Tests: the headline claim and its speaker read whatever the shape of its attribution (heldout15's headline
    figures at first contact). Gold: the headline claim's span is the new line, its speaker and date unchanged."""
    ctx.title_edits = []
    rows: dict = {}
    for stage, s, e, _key, row in ctx.rows:
        rows.setdefault(stage, []).append((s, e, row))
    edits = []
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.start(), m.end()
        line = m.group(0).strip()
        a += len(m.group(0)) - len(m.group(0).lstrip())
        b = a + len(line)
        heads = [row for s, e, row in rows.get("claims", ()) if s < b and e > a and (s, e) == (a, b)
                 and isinstance(row, dict) and row.get("headline")]
        parsed = _hl_parse(line) if heads and len({row.get("speaker") for row in heads}) == 1 else None
        if parsed is None:
            continue
        on = [(stage, s, e, row) for stage, items in rows.items() for s, e, row in items if s < b and e > a]
        form, subject, x_start, x_end = parsed
        if len(heads) + sum(a + x_start < s and e < a + x_end for _st, s, e, _r in on) != len(on):
            continue  # a row across the attribution, or a headline claim of part of the line
        content = line[x_start:x_end]
        if re.match(r"(?i)(?:it|its|his|her|their|they|he|she|we|our|us|them)\b", content):
            ctx.skips["headline_forms"] = ctx.skips.get("headline_forms", 0) + 1
            continue  # "Russia says its troops …": the pronoun needs its antecedent before it
        tc = _hl_title_case(line)
        says = "Says" if tc else "says"
        dash = "–" if zlib.crc32(line.encode()) % 2 else "-"
        front_s, back_s = _hl_first(subject, text, True, tc), _hl_first(subject, text, False, tc)
        head_x, tail_x = _hl_first(content, text, True, tc), _hl_first(content, text, False, tc)
        # (prefix, content, suffix): the content's words stay where they are (a quote or scare quote inside keeps its
        # span), only its first letter may change case, so the edits are one at its start and one at its end
        shapes = {"front": (f"{front_s} {says} ", tail_x, ""), "back": ("", head_x, f", {back_s} {says}"),
                  "inverted": ("", head_x, f", {says} {back_s}"), "colon": (f"{front_s}: ", head_x, ""),
                  "dash": ("", head_x, f" {dash} {back_s}")}
        others = [k for k in shapes if k != form and not (form == "back" and k == "inverted")]
        prefix, words, suffix = shapes[_pick(others, line)]
        new = prefix + words + suffix
        if new == line:
            continue
        # (each edit takes in a letter of the content: an insertion at a span's edge would fall outside the claim)
        edits += [Edit(a, a + x_start + 1, prefix + words[0]), Edit(a + x_end - 1, b, words[-1] + suffix)]
        if ctx.title and ctx.title.strip() == line:
            ctx.title_edits = [Edit(0, len(ctx.title), new)]
    return edits


#: A side's adjective and owner before or after a title (``side_titles``), by the country of ``data/speakers.csv``
_SIDE_FORMS = {"Russia": ("Russian", "Russia's"), "Ukraine": ("Ukrainian", "Ukraine's"),
               "United States": ("US", "America's"), "United Kingdom": ("British", "Britain's"),
               "Germany": ("German", "Germany's"), "France": ("French", "France's"), "Poland": ("Polish", "Poland's"),
               "Finland": ("Finnish", "Finland's"), "Italy": ("Italian", "Italy's"), "Turkey": ("Turkish", "Turkey's"),
               "Hungary": ("Hungarian", "Hungary's"), "Belarus": ("Belarusian", "Belarus's"),
               "China": ("Chinese", "China's"), "Lithuania": ("Lithuanian", "Lithuania's")}
_SIDE_TITLE_WORDS = r"(?:President|Prime Minister|Defen[cs]e Minister|Foreign Minister|Defen[cs]e Secretary|" \
                    r"Foreign Secretary|Secretary of State|Chancellor|Commander-in-Chief|Chief of (?:the )?General Staff)"
_SIDE_TITLED = re.compile(
    r"(?P<adj>(?<![\w-])(?:" + "|".join(re.escape(a) for a, _o in _SIDE_FORMS.values()) + r"|U\.S\.|American)\s+)?"
    rf"(?<![\w-])(?P<title>{_SIDE_TITLE_WORDS})\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){{1,2}})"
    r"(?P<next>[,.]|\s+[a-z])")


def _side_people() -> dict:
    """{printed full name: country} of the people of ``data/speakers.csv`` with a country of ``_SIDE_FORMS``."""
    out = {}
    for row in _PEOPLE:
        if row.get("country") in _SIDE_FORMS:
            for name in [row["name"]] + (row.get("aliases") or "").split("|"):
                if len(name.split()) >= 2 and name.split()[0] not in _TITLES:
                    out[name] = row["country"]
    return out


_SIDE_PEOPLE = _side_people()
#: words before a title that belong to it ("former President X" is no "X, America's president")
_SIDE_NOT_AFTER = {"former", "then", "acting", "late", "ex", "deputy", "vice", "first", "interim", "outgoing",
                   "incoming", "newly", "new"}  # ("then-President X": no title after a hyphen, ``_SIDE_TITLED``)


def side_titles(text: str, ctx: Ctx) -> list[Edit]:
    """A listed person's title before the name in another of the three shapes copy gives it (by the CRC of the
    place): "President Volodymyr Zelensky" ↔ "Ukrainian President Volodymyr Zelensky" ↔ "Volodymyr Zelensky,
    Ukraine's president," (the side's adjective put in or taken out, or the title turned into a possessive apposition
    after the name; the side from ``data/speakers.csv``). Outside quotes; not after another title word or a
    possessive ("Deputy Defence Minister", "Ukraine's President"); the apposition only before a small word or a comma
    or full stop, where its commas read.

    Tests: a speaker's first mention whatever the shape of the side and title around the name. Gold: labels
    unchanged, spans remapped."""
    edits = []
    for m in _SIDE_TITLED.finditer(text):
        country = _SIDE_PEOPLE.get(m.group("name"))
        if country is None:
            continue
        adj, owner = _SIDE_FORMS[country]
        printed = (m.group("adj") or "").strip()
        if printed and printed not in (adj, "U.S." if adj == "US" else adj, "American" if adj == "US" else adj):
            continue  # another side's adjective: not this person's title
        title, name = m.group("title"), m.group("name")
        start = m.start("adj") if printed else m.start("title")
        before = re.search(r"(\S+)\s+$", text[max(0, start - 30):start])
        if before and (re.match(r"[A-Z]", before.group(1)) and not re.search(r"[.!?:][”\"’]?$", before.group(1))
                       or before.group(1).endswith(("’s", "'s")) or before.group(1).lower() in _SIDE_NOT_AFTER):
            continue  # "Deputy Defence Minister", "Ukraine's President", "former President": another title's words
        low = " ".join(w if w in ("General", "Staff", "State") else w.lower() for w in title.split())
        opening = start == 0 or re.search(r"(?:[.!?][”\"’]?\s+|\n)$", text[max(0, start - 3):start])
        shapes = {"bare": f"{title} {name}", "adj": f"{adj} {title} {name}"}
        if m.group("next").strip() in (",", "."):
            shapes["apposition"] = f"{name}, {owner} {low}"
        else:
            shapes["apposition"] = f"{name}, {owner} {low},"
        own = "adj" if printed else "bare"
        choice = _pick([k for k in shapes if k != own], f"{m.start()}{name}")
        new = shapes[choice]
        if opening:
            new = new[0].upper() + new[1:]
        edits.append(Edit(start, m.end("name"), new))
    edits = _outside_quotes(text, edits)
    # the title follows its copy in the body, as ``headline_forms``'s (rv25fixa)
    ctx.title_edits = []
    head = ctx.title.strip()
    for e in edits if head else []:
        a = text.rfind("\n", 0, e.start) + 1
        b = text.find("\n", e.start) % (len(text) + 1)
        if text[a:b].strip() == head:
            shift = a + len(text[a:b]) - len(text[a:b].lstrip()) - (len(ctx.title) - len(ctx.title.lstrip()))
            ctx.title_edits.append(Edit(e.start - shift, e.end - shift, e.replacement))
    return edits


_WEEKDAY_BARE = re.compile(rf"(?<![\w’'-])(?P<on>[Oo]n )?(?P<day>{'|'.join(_WEEKDAYS)})(?P<part>{_DAY_PART})"
                           r"(?![\w’'-])(?!,? (?:\d|" + _MONTH_ALT + r"))")
_WEEKDAY_NOT_AFTER = re.compile(r"(?i)\b(?:last|next|this|every|each|since|until|till|by|from|through|that|late|early|"
                                r"before|after|between|and|or|to|of|the|a|on)\s+$")


def weekday_full(text: str, ctx: Ctx) -> list[Edit]:
    """A statement's weekday given with its date, as copy of many styles writes it (by the CRC of the place): "on
    Monday" → "on Monday, March 3," / "on Monday, 3 March" / "on Monday (March 3)" / "on Monday 3 March", and a bare
    "Monday" (AP style) with AP's date ("Monday, March 3," / "Monday (March 3)"). The date is the one the paragraph's
    dated quote and claim rows of that weekday carry; in a paragraph without dated rows, the latest such weekday on or
    before the publication day; a paragraph whose rows carry other days only, or a date of another year than the
    page's, is left (counted). Outside quotes; not after "last", "next", "since" and the like, nor in a name ("The
    Sunday Times").

    Tests: dating from a weekday-and-date pair of any punctuation, where the date names the same day as the weekday.
    Gold: dates unchanged, spans remapped."""
    import datetime as dt

    pub = _iso_day(ctx.published)
    edits, skipped = [], 0
    for m in _WEEKDAY_BARE.finditer(text):
        if _WEEKDAY_NOT_AFTER.search(text[max(0, m.start() - 12):m.start()]) or \
                (not m.group("on") and not re.search(r"[a-z,] $", text[max(0, m.start() - 2):m.start()])) or \
                text[m.end():m.end() + 2] in ("’s", "'s") or re.match(r" [A-Z]", text[m.end():m.end() + 2]) or \
                re.search(r"\b[Tt]he\s+$", text[max(0, m.start() - 5):m.start()]):
            continue
        day = m.group("day")
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        b = len(text) if b < 0 else b
        dates = {_iso_day(row.get("date")) for stage, s, e, _k, row in ctx.rows
                 if stage in ("quotes", "claims") and isinstance(row, dict) and s < b and e > a and row.get("date")}
        dates.discard(None)
        fitting = {d for d in dates if d.strftime("%A") == day}
        if len(fitting) == 1:
            when = fitting.pop()
        elif not dates and pub is not None:
            when = pub - dt.timedelta(days=(pub.weekday() - _WEEKDAYS.index(day)) % 7)
        else:
            skipped += 1
            continue
        if pub is None or when.year != pub.year:
            skipped += 1
            continue
        month = when.strftime("%B")
        tail = text[m.end():m.end() + 3].lstrip()[:1]
        shape = zlib.crc32(f"{m.start()}{text[max(0, m.start() - 20):m.start()]}".encode()) % 4
        if not m.group("on"):
            shape = (0, 2)[shape % 2]  # (AP's bare weekday takes AP's date: "Tuesday, June 11," "Tuesday (June 11)")
        if shape == 0:
            add = f", {month} {when.day}" + ("" if tail in ",.;:()”\"" or not tail else ",")
        elif shape == 1:
            add = f", {when.day} {month}" + ("" if tail in ",.;:()”\"" or not tail else ",")
        elif shape == 2:
            add = f" ({month} {when.day})"
        else:
            add = f" {when.day} {month}"
        if m.group("part"):  # "Monday evening" → "Monday evening, March 3,"
            edits.append(Edit(m.end("part"), m.end("part"), add))
        else:
            edits.append(Edit(m.end("day"), m.end("day"), add))
    ctx.skips["weekday_full"] = ctx.skips.get("weekday_full", 0) + skipped
    return _outside_quotes(text, edits)


#: Cities a statement is made in (``place_day``): capitals where ministers, spokesmen and summits speak; no warring
#: capital ("the defence ministry said in Moscow" would make a Ukrainian ministry's words Russian: rv25fixa)
_STATEMENT_PLACES = ["Brussels", "Washington", "Berlin", "Warsaw", "Geneva", "London"]
#: a place the statement was made named after its day, before any "that" clause ("said on Tuesday at a news
#: conference in Kyiv"): ``place_day`` adds none
_PLACE_AFTER_DAY = re.compile(r"(?:(?! that )[^.!?\n])*?\b(?:in|at|from|to)\s+(?:the\s+)?[A-Z]")
_PLACE_THEN_DAY = re.compile(rf"\b(?P<verb>said|says|told reporters|added|warned|claimed|stated|announced)"
                             rf" in (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) on (?P<day>{'|'.join(_WEEKDAYS)})"
                             rf"(?P<part>{_DAY_PART})(?=[\s,.;:])")


_SAID_DAY_PLACE = re.compile(rf"\b(?P<verb>{_SAID_VERBS}|reported|"
                             rf"told (?:reporters|journalists))(?P<on> (?:on |late |early )?(?P<day>{'|'.join(_WEEKDAYS)})"
                             rf"(?P<part>{_DAY_PART}))(?=[\s,.;:])(?! in [A-Z])")


def place_day(text: str, ctx: Ctx) -> list[Edit]:
    """The place a statement was made given with its day, before or after it (by the CRC of the place): "said on
    Tuesday" → "said in Brussels on Tuesday" / "said on Tuesday in Brussels" (a capital where ministers and spokesmen
    speak), and a printed "said in Kyiv on Tuesday" → "said on Tuesday in Kyiv". Outside quotes.

    Tests: a statement's day read past a place between the verb and the day or after the day, the place no speaker,
    no outlet and no fact's location. Gold: dates and labels unchanged, spans remapped."""
    edits = []
    for m in _PLACE_THEN_DAY.finditer(text):
        edits.append(Edit(m.end("verb"), m.end(), f" on {m.group('day')}{m.group('part')} in {m.group('place')}"))
    for m in _SAID_DAY_PLACE.finditer(text):  # ("said on": never a verb of "said in X on", above)
        if _PLACE_AFTER_DAY.match(text, m.end()):
            continue  # the sentence already names where it was said
        key = f"{m.start()}{text[max(0, m.start() - 30):m.start()]}"
        place = _pick(_STATEMENT_PLACES, key)
        if place in text[max(0, m.start() - 200):m.end() + 200]:
            place = _pick([p for p in _STATEMENT_PLACES if p not in text[max(0, m.start() - 200):m.end() + 200]]
                          or _STATEMENT_PLACES, key)
        if zlib.crc32(key.encode()) % 2:
            edits.append(Edit(m.end("verb"), m.end("verb"), f" in {place}"))
        else:
            edits.append(Edit(m.end(), m.end(), f" in {place}"))
    return _outside_quotes(text, edits)


# ---------------------------------------------------------------------------------------------
# Round 26 (mt15): dates and attributions as real copy writes them (the day carried, the attribution after the words)


#: a statement's day after its cue: "said on Monday", "told reporters at a briefing late Tuesday" (``_WHEN_AFTER_CUE``
#: with "late"/"early" as well as "on"), outside quotes; and a sentence led by its day, "On Monday, …"
_NAMED_DAY_AFTER = re.compile(
    rf"\b{_SPEECH_VERB}\b(?P<mid>[^.!?\n“”\"«»;:]{{0,50}}?)(?P<when>\s+(?:on|late|early)\s+(?P<day>{'|'.join(_WEEKDAYS)})"
    rf"{_DAY_PART})(?=[\s.:;]|,(?!\s*(?:{_MONTH_ALT}|\d)))")


@dataclass
class _DayNaming:
    """One naming of a statement's day: where its words lie (``cut``: the stretch to take out, ``fix``: a letter to
    put in capitals after it), its sentence, and the one speaker and day of the gold rows that sentence holds."""

    cut: tuple
    sentence: tuple
    paragraph: int
    speaker: str
    day: object
    fix: tuple | None = None


def _sentence_voice(ctx: Ctx, a: int, b: int):
    """(speaker, day) when every quote and claim row overlapping text[a:b] has that one gold speaker and that one
    day (at least one row, none undated, no headline row); else None."""
    voices = {(row.get("speaker"), _iso_day(row.get("date"))) for stage, s, e, _k, row in ctx.rows
              if stage in ("quotes", "claims") and isinstance(row, dict) and s < b and e > a}
    if len(voices) != 1 or any(r.get("headline") for st, s, e, _k, r in ctx.rows if isinstance(r, dict)
                               and st == "claims" and s < b and e > a):
        return None
    voice = voices.pop()
    return voice if voice[0] and voice[1] is not None else None


def _day_namings(text: str, ctx: Ctx) -> tuple[list, list]:
    """(namings, paragraphs): every naming of a statement's day in a body paragraph (``_paragraphs``), outside quotes,
    whose sentence holds rows of one speaker dated that weekday and no other time cue ("said on Monday", "told
    reporters on Tuesday evening", a sentence opened by "On Monday, "), in text order."""
    paragraphs = _paragraphs(text, ctx)
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    found = []

    def add(cut, fix, day_name, pos):
        n = next((k for k, (a, b) in enumerate(paragraphs) if a <= pos < b), None)
        if n is None or any(x <= pos < y for x, y in quoted):
            return
        a, b = _sentence_bounds(text, pos)
        q = text.rfind("\n", 0, a) + 1 if text[max(0, a - 4):a].strip()[-1:] in "”\"" else a  # '“…,” he said on Monday.'
        voice = _sentence_voice(ctx, max(q, paragraphs[n][0]), b)
        if voice is None or voice[1].strftime("%A") != day_name:
            return
        others = [m for m in _TIME_CUE.finditer(text, a, b) if not cut[0] <= m.start() < cut[1]]
        if others:
            return  # another time in the sentence: the day is not the only one it names
        found.append(_DayNaming(cut, (max(q, paragraphs[n][0]), b), n, voice[0], voice[1], fix))

    for m in _NAMED_DAY_AFTER.finditer(text):
        add((m.start("when"), m.end("when")), None, m.group("day"), m.start("when"))
    for m in _LEAD_CUE.finditer(text):
        if _opens_sentence(text, m.start()) and text[m.end():m.end() + 1].isalpha():
            add((m.start(), m.end()), (m.end(), text[m.end()].upper()), m.group("day"), m.start())
    found.sort(key=lambda d: d.cut[0])
    return found, paragraphs


def _one_voice_between(ctx: Ctx, a: int, b: int, speaker: str, day) -> bool:
    """Whether every quote and claim row starting in text[a:b] is of ``speaker`` and dated ``day`` (the passage is
    that one speaker continuing, the same statement by §3.5's Clarification)."""
    return all(row.get("speaker") == speaker and _iso_day(row.get("date")) == day
               for stage, s, _e, _k, row in ctx.rows
               if a <= s < b and stage in ("quotes", "claims") and isinstance(row, dict))


def _naming_edits(naming: _DayNaming) -> list[Edit]:
    a, b = naming.cut
    if naming.fix is None:
        return [Edit(a, b, "")]
    return [Edit(a, naming.fix[0] + 1, naming.fix[1])]  # "On Monday, he said" → "He said"


def carry_day(text: str, ctx: Ctx) -> list[Edit]:
    """A statement's day named once, as most copy names it: where two statements of the same speaker in the same
    paragraph (or in consecutive paragraphs) each name the same day ("Smith said on Monday that … He said on Monday
    that …"), the later naming is taken out ("… He said that …"; a sentence led by "On Monday, " loses the lead).
    Only where the passage between is that speaker alone (every quote and claim row of it of that speaker and day)
    and names no other time ("earlier", "last week", a month, another weekday), and the later sentence names no
    other time either.

    Convention read: §3.5's Clarification "Dating by the same event": an undated statement takes another sentence's
    date when the article presents both as one statement, "the same speaker continuing", with no new time cue in
    between; so the later statement keeps its day. (wt dt37 counted the devset's real copy: 43% of its dated rows
    carry the day from an earlier sentence, our synthetic sets 25%.)

    Tests: a statement's day carried from the same speaker's earlier dated statement, never the page's day and never
    the day of another speaker. Gold: dates and labels unchanged, spans remapped."""
    namings, paragraphs = _day_namings(text, ctx)
    edits, anchor = [], None  # (the naming kept, the passage's start, the last naming's paragraph and end)
    for naming in namings:
        if anchor is not None:
            kept, start, paragraph, last_end = anchor
            if naming.speaker == kept.speaker and naming.day == kept.day and naming.paragraph - paragraph <= 1 \
                    and naming.sentence[0] >= last_end and not _TIME_CUE.search(text, last_end, naming.cut[0]) \
                    and _one_voice_between(ctx, start, naming.sentence[1], naming.speaker, naming.day) \
                    and not _open_between(text, paragraphs, paragraph, naming.paragraph):
                edits += _naming_edits(naming)
                anchor = (kept, start, naming.paragraph, naming.cut[1])
                continue
        anchor = (naming, naming.sentence[0], naming.paragraph, naming.sentence[1])
    return sorted(edits, key=lambda e: (e.start, e.end))


def _open_between(text: str, paragraphs: list, first: int, last: int) -> bool:
    """Whether a paragraph between the ``first`` and ``last`` body paragraphs is missing from ``paragraphs`` (they are
    not next to each other: a quotation's continuation or the head lies between)."""
    if last == first:
        return False
    gap = text[paragraphs[first][1]:paragraphs[last][0]]
    return bool(gap.strip())


def day_to_lede(text: str, ctx: Ctx) -> list[Edit]:
    """A statement's day moved to the speaker's first statement of the paragraph, as a lede names it once: "Smith
    said that the line held. … Smith said on Monday that …" → "Smith said on Monday that the line held. … Smith
    said that …". The first statement must be of the same speaker and dated the same day by the gold, name no time
    of its own, and have a past speech verb outside quotes before "that", a comma, a colon, a full stop or a quote
    mark ("said", "added", "insisted", "told reporters", …: ``_LEDE_VERB``), where the day goes; the passage between holds that speaker's rows alone and no time.

    Convention read: the first statement now names its day; the later one carries it by §3.5's Clarification (the
    same speaker continuing, no new time cue); the gold dated both that day already.

    Tests: dating from a day named in an earlier sentence of the paragraph (the carried day real copy prints), the
    later statement's sentence naming none. Gold: dates and labels unchanged, spans remapped."""
    namings, paragraphs = _day_namings(text, ctx)
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    edits, done = [], set()
    for naming in namings:
        if naming.fix is not None or naming.paragraph in done:
            continue
        a = paragraphs[naming.paragraph][0]
        for v in _LEDE_VERB.finditer(text, a, naming.sentence[0]):
            if any(x <= v.start() < y for x, y in quoted):
                continue
            s, e = _sentence_bounds(text, v.start())
            q = text.rfind("\n", 0, s) + 1 if text[max(0, s - 4):s].strip()[-1:] in "”\"" else s
            voice = _sentence_voice(ctx, max(q, a), e)
            if voice != (naming.speaker, naming.day) or _TIME_CUE.search(text, max(q, a), naming.sentence[0]) \
                    or not _one_voice_between(ctx, max(q, a), naming.sentence[1], naming.speaker, naming.day):
                break  # the paragraph's first statement is another's, or names a time: no lede for the day
            when = text[naming.cut[0]:naming.cut[1]]
            edits += [Edit(v.end(), v.end(), when), Edit(*naming.cut, "")]
            done.add(naming.paragraph)
            break
    return sorted(edits, key=lambda e: (e.start, e.end))


#: a past speech verb a day can follow ("said on Monday that", "added on Monday:", "…,” he said on Monday.")
_LEDE_VERB = re.compile(r"(?<![\w’'-])(?<!was )(?<!is )(?<!be )(?<!been )(?:said|added|stated|wrote|warned|claimed|noted|"
                        r"stressed|announced|insisted|argued|explained|acknowledged|admitted|asserted|declared|"
                        r"emphasi[sz]ed|told (?:reporters|journalists))(?=\s+that\b|[,.:]|\s+[“\"«])")


#: "<subject> said (on Monday) that <clause>." opening a sentence (the subject as ``_SAID_CLAUSE`` reads it)
#: a sentence's subject as ``_SUBJECT_GROUP`` reads it, on one line, opening the text, a line or a sentence
_STATED_SUBJECT = (r"(?:^|(?<=\n)|(?<=[.!?] )|(?<=[.!?][”\"’] ))"
                   r"(?P<subj>(?:[Tt]he +)?(?:[A-Z][\w’'.-]* +){0,4}[A-Z][\w’'-]+|[Tt]he +(?:[a-z][\w’'-]* +){0,3}[a-z][\w’'-]+)")
_STATED_CLAUSE = re.compile(
    _STATED_SUBJECT
    + r"\s+(?P<verb>said|stated|announced|claimed)(?P<when>\s+(?:on|late|early)\s+(?:" + "|".join(_WEEKDAYS) + r")"
    + _DAY_PART + r")?\s+that\s+" + _CONTENT_GROUP)
#: "<subject> said (on Monday): “<words>”" opening a sentence, the quotation closing it and its paragraph or sentence
_STATED_QUOTE = re.compile(
    _STATED_SUBJECT
    + r"\s+(?P<verb>said|stated|wrote)(?P<when>\s+(?:on|late|early)\s+(?:" + "|".join(_WEEKDAYS) + r")" + _DAY_PART
    + r")?(?P<colon>[:,])\s+(?P<quote>“[^“”\n]+[.!?]”|\"[^\"\n]+[.!?]\")(?=\s|$)")
#: Ukrinform's and other agencies' attributions after the words (``{who}``: the subject, ``{when}``: its day or "")
_STATED_AFTER = [" This was stated by {who}{when}.", " This was reported by {who}{when}.",
                 " {Who} said this{when}.", " {Who} said this{when} on Telegram."]


def stated_by(text: str, ctx: Ctx) -> list[Edit]:
    """The attribution put after the words, as Ukrinform and other agencies' English services print it: "Smith said
    (on Monday) that the line held." → "The line held. This was stated by Smith (on Monday)." ("This was reported by
    the ministry.", "Smith said this on Monday.", "Smith said this on Telegram."), and "Smith said: “We hold.”" →
    "“We hold.” This was stated by Smith." Only a sentence that opens with a named subject (no pronoun: "This was
    stated by him" reads as nothing real copy prints), whose clause holds no quote mark, no second attribution and
    no time of its own before its verb, outside the headline line and any gold row's inside; left candidates counted.

    Tests: a claim (or quote) read and attributed from the sentence after it ("This was stated by X", "X said this"),
    its day from that sentence. Gold: the quotation's words unchanged, a claim row's span remapped (the sentence's
    words reordered inside it), labels and dates unchanged."""
    head_end = _head_line_end(text, ctx)
    edits, skipped = [], 0
    for pattern in (_STATED_CLAUSE, _STATED_QUOTE):
        for m in pattern.finditer(text):
            s, subj = m.start("subj"), m.group("subj")
            if s <= head_end or not _opens_sentence(text, s) or subj.split()[0] in _NOT_SUBJECT \
                    or subj.split()[-1].lower() in _SUBJECT_ADVERBS or subj in ("He", "She", "They", "It", "I", "We"):
                continue
            if _row_inside(ctx, s) or pattern is _STATED_CLAUSE and (
                    _ANOTHER_ATTRIBUTION.search(m.group("content")) or _TIME_FIRST.match(m.group("content"))
                    or re.match(r"\s+[a-z]", text[m.end():])):
                skipped += 1
                continue
            who = subj[0].lower() + subj[1:] if subj.startswith("The ") else subj
            form = _pick(_STATED_AFTER, f"{s}{subj}")
            after = form.format(who=who, Who=who[0].upper() + who[1:], when=m.group("when") or "")
            if pattern is _STATED_QUOTE:
                edits += [Edit(s, m.start("quote"), ""), Edit(m.end("quote"), m.end("quote"), after)]
                continue
            c, end = m.start("content"), m.start("end")
            first = m.group("content")[0]
            if first.islower() and not re.match(r"[a-z]+[A-Z]", m.group("content")):
                edits.append(Edit(s, c + 1, first.upper()))
            else:
                edits.append(Edit(s, c, ""))
            edits.append(Edit(m.end("end"), m.end("end"), after))
    ctx.skips["stated_by"] = ctx.skips.get("stated_by", 0) + skipped
    return sorted(edits, key=lambda e: (e.start, e.end))


#: Datelines of agencies and sites other than the big three wires (``dateline_wire``): TASS, Interfax-Ukraine,
#: Ukrinform, RIA, a site's bulleted place-and-day line, BelTA; {CITY} (in capitals), {City}, {D}, {MONTH}, {Y}
_DATELINES = ["{CITY}, {MONTH} {D}. /TASS/. ", "{CITY}. {MONTH} {D} (Interfax-Ukraine) – ",
              "{City}, {D} {MONTH} {Y} (Ukrinform) — ", "{CITY}, {D} {MONTH} – RIA Novosti. ",
              "{City} • {D} {MONTH} {Y} • ", "{CITY}, {D} {MONTH} (BelTA) - "]
_DATELINE_CITIES = ["Kyiv", "Moscow", "Kharkiv", "Odesa", "Brussels"]


def _lede_start(text: str, sep: str, titled: bool) -> int | None:
    """Where the body's lede opens: the first paragraph of eight words or more ending a sentence (not the title
    line); None when there is none."""
    pos = 0
    for n, para in enumerate(text.split(sep)):
        body = para.strip()
        if body and body.endswith((".", "”", '"', "’")) and len(body.split()) >= 8 and not (n == 0 and titled):
            return pos + (len(para) - len(para.lstrip()))
        pos += len(para) + len(sep)
    return None


#: a dateline's agency or a date before a dash ("Feb 21 (Wire) - ", "KYIV, June 3 —"), or a post's clock stamp (a live
#: blog: "Wed 8 Mar 2023 16.42 GMT"), anywhere above the lede: ``dateline_forms`` puts no dateline of its own there
_FILED = re.compile(r"\([A-Z][\w-]*\)\s*[—–-]{1,2}\s|\d{1,2},?\s*[—–-]{1,2}\s|\b\d{1,2}[.:]\d{2}\b")


def dateline_forms(text: str, ctx: Ctx) -> list[Edit]:
    """A dated dateline of another agency's or site's shape opening the lede (by the CRC of the text), the day the
    page's: "MOSCOW, March 3. /TASS/. ", "KYIV. March 3 (Interfax-Ukraine) – ", "Kyiv, 3 March 2024 (Ukrinform) — ",
    "MOSCOW, 3 March – RIA Novosti. ", "Kyiv • 3 March 2024 • ", "KYIV, 3 March (BelTA) - "; the lede is the first
    paragraph of eight words or more ending a sentence below the head and holding no headline row; a page with a
    dateline or a post's clock stamp above it, a lede that opens with a bullet, and a page without a publication day
    are left.

    Convention read: as ``dateline_wire``: §3.2 leaves datelines out of every text, and a dateline's day is the
    filing day, not an utterance date (§3.5), so gold dates stay. Tests: the dateline's city, agency and day feed no
    speaker, fact or date, and the lede's first sentence is read past it. Gold: unchanged, shifted."""
    if not ctx.published:
        return []
    import datetime as dt

    day = dt.date.fromisoformat(ctx.published)
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    titled = bool(ctx.title) and text.split("\n", 1)[0].strip() == ctx.title.strip()
    lede = _lede_start(text, sep, titled)
    head_end = _head_end(text, ctx, _breaks(text)[1])
    heads = [s for _st, s, _e, _k, row in ctx.rows if isinstance(row, dict) and row.get("headline")]
    while lede is not None and (lede <= head_end or any(lede <= s < text.find("\n", lede) % (len(text) + 1)
                                                        for s in heads)):
        after = max(head_end, text.find("\n", lede) % (len(text) + 1))  # (a deck or standfirst is no lede)
        nxt = _lede_start(text[after:], sep, False)
        lede = None if nxt is None else after + nxt
    if lede is None or _DATELINED.match(text, lede) or _BULLET_LINE.match(text, lede) \
            or _FILED.search(text, 0, lede):
        return []  # (a page filed under a dateline of its own, a live blog, or a bullet: a round-up's first item)
    k = zlib.crc32(text[:300].encode("utf-8"))
    city = _DATELINE_CITIES[(k >> 4) % len(_DATELINE_CITIES)]
    line = _DATELINES[k % len(_DATELINES)].format(CITY=city.upper(), City=city, D=day.day, MONTH=day.strftime("%B"),
                                                  Y=day.year)
    return [Edit(lede, lede, line)]


#: a post's clock stamp opening a paragraph ("16.42 GMT", "Wed 8 Mar 2023 16.42 GMT", "09:15 —")
_CLOCKED = re.compile(r"[ \t]*(?:[A-Z][a-z]{2,8},?[ \t]+\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4},?[ \t]+)?\d{1,2}[.:]\d{2}\b")
#: a day counted from the day a post was written ("yesterday", "last night", "two days earlier", "this morning")
_RELATIVE_DAY = re.compile(r"(?i)\b(?:yesterday|today|tonight|tomorrow|last\s+(?:night|evening)|this\s+(?:morning|"
                           r"afternoon|evening)|overnight|(?:\w+\s+)?days?\s+(?:earlier|later|ago|before))\b")
#: a multi-day live blog's day headers (``live_days``) and its entries' clock stamps
_DAY_HEADERS = ["{A}, {D} {B}", "{A} {D} {B} {Y}", "{AU}, {BU} {D}", "{A}, {B} {D}, {Y}"]
_CLOCKS = ["{h:02d}:{m:02d}", "{h:02d}.{m:02d} GMT", "{h:02d}:{m:02d} Kyiv time"]


def _paragraph_days(ctx: Ctx, paragraphs: list) -> list:
    """For each body paragraph: "" when it holds no quote or claim row, the one day every such row carries
    (``_one_day``), or None (an undated row, rows of several days, a headline row)."""
    out = []
    for a, b in paragraphs:
        held = any(a <= s < b and stage in ("quotes", "claims") for stage, s, _e, _k, _r in ctx.rows)
        out.append(_one_day(ctx, a, b) if held else "")
    return out


def live_days(text: str, ctx: Ctx) -> list[Edit]:
    """The article's tail as a multi-day live blog: over each run of body paragraphs whose quotes and claims all carry
    one day, a day header ("Tuesday, 3 March", "TUESDAY, MARCH 3", "Tuesday 3 March 2024") and a clock stamp ("14:32",
    "09.05 GMT", "11:20 Kyiv time") over each entry under it, as blogs that run for days print them. The tail starts
    after the last paragraph with an undated row or rows of several days (the paragraphs above are the blog's summary,
    left as printed; real copy's tail is mostly of one day, so most pages get one header). Left (counted): a page with a
    date line or clock-stamped posts of its own (our header would head them), a tail with a day counted from the
    writing ("yesterday", "last night", "two days earlier": under a header it counts from the header's day), a run
    opening on a paragraph that continues the one before ("He said …", a small letter). No day is taken out of any
    sentence.

    Convention read: the conventions do not say whether a live blog's day header dates the words under it (see
    ``live_blog``), so headers stand only over rows the gold already dates that very day: whichever reading, the gold
    holds. Tests: day headers and clock stamps never become speakers, sentences or facts, a statement's own day wins
    over nothing, speakers carry across stamps. Gold: unchanged, shifted."""
    pub = _iso_day(ctx.published)
    if pub is None:
        return []
    paragraphs = _paragraphs(text, ctx)
    breaks = _breaks(text)[1]
    if any(_DATE_LINE.fullmatch(text, a, b) or _CLOCKED.match(text, a) for a, b in
           zip([0] + [m.end() for m in breaks], [m.start() for m in breaks] + [len(text)])):
        ctx.skips["live_days"] = ctx.skips.get("live_days", 0) + 1
        return []  # a page with a date line or stamped posts of its own: a header of ours would head its posts
    days = _paragraph_days(ctx, paragraphs)
    first = max((n for n, d in enumerate(days) if d is None), default=-1) + 1
    runs = []  # (paragraph index where a day's run starts, its day)
    for n in range(first, len(paragraphs)):
        if days[n] and (not runs or runs[-1][1] != days[n]):
            runs.append((n, days[n]))
    if not runs:
        return []
    runs[0] = (first, runs[0][1])  # (the neutral paragraphs opening the tail belong to its first day)
    if first < len(paragraphs) and _RELATIVE_DAY.search(text, paragraphs[first][0]):
        ctx.skips["live_days"] = ctx.skips.get("live_days", 0) + 1
        return []  # "yesterday", "last night" under a header count from the header's day, not the page's
    if any(_CONTINUES.match(text, paragraphs[n][0]) or text[:paragraphs[n][0]].rstrip().endswith(":")
           or n and paragraphs[n][0] - paragraphs[n - 1][1] > 4 for n, _d in runs):
        ctx.skips["live_days"] = ctx.skips.get("live_days", 0) + 1
        return []
    sep = "\n\n" if _uses_blank_lines(text) else "\n"
    k = zlib.crc32(text[:200].encode("utf-8"))
    shape, clock = _DAY_HEADERS[k % len(_DAY_HEADERS)], _CLOCKS[(k >> 3) % len(_CLOCKS)]
    starts = dict(runs)
    edits, minutes = [], 9 * 60 + k % 50
    for n in range(first, len(paragraphs)):
        a = paragraphs[n][0]
        if n > first and (_CONTINUES.match(text, a) or paragraphs[n][0] - paragraphs[n - 1][1] > 4) and n not in starts:
            continue  # a paragraph continuing the one before is no entry of its own
        words = []
        if n in starts:
            d = starts[n]
            words.append(shape.format(A=d.strftime("%A"), AU=d.strftime("%A").upper(), B=d.strftime("%B"),
                                      BU=d.strftime("%B").upper(), D=d.day, Y=d.year))
            minutes = 9 * 60 + (k + n) % 50
        words.append(clock.format(h=minutes // 60 % 24, m=minutes % 60))
        minutes += 17 + (k + n) % 41
        edits.append(Edit(a, a, sep.join(words) + sep))
    return edits


#: relative clauses a reporter hangs on a speaker's name before the verb (heldout18 y04, y06: "A B, a spokeswoman for …
#: who has briefed reporters throughout the campaign, said"): no time, place-free, no speech verb of the words' own
_RELATIVE_CLAUSES = [", who has briefed reporters throughout the campaign,", ", who was speaking from the capital,",
                     ", who headed the delegation to the talks,", ", who has visited the front line several times,"]
#: a name (after any titles) right before a speech verb: "Defence Minister A B said", "A B told"
_NAME_BEFORE_VERB = re.compile(r"(?P<subj>(?:[A-Z][\w’'.-]+\s+){0,4}(?P<last>[A-Z][\w’'-]+))(?=\s+(?:said|told|wrote|"
                               r"added|claimed|stated|announced|warned)\b)")


def long_apposition(text: str, ctx: Ctx) -> list[Edit]:
    """A relative clause put between a person's name and the speech verb of the sentence it opens, at the first such
    sentence of each person the gold labels: "Defence Minister A B said on Tuesday that …" → "Defence Minister A B,
    who headed the delegation to the talks, said on Tuesday that …" (one of ``_RELATIVE_CLAUSES``, by CRC). Outside
    quotes and the headline line; only a sentence whose opening words up to the name are capitalised (titles and the
    name), the name's last word a gold person label's last word.

    Tests: heldout18's speakers named in a long apposition before the verb (y04's spokeswoman, y06's defence
    minister "…, who headed Kyiv's delegation, said on Saturday"): the subject read across the clause, the day after
    the verb still the statement's, the clause's own verb ("briefed", "visited") no statement. Gold: labels and dates
    unchanged, spans remapped (a claim over the sentence keeps the clause inside it)."""
    head_end = _head_line_end(text, ctx)
    quoted = [(m.start(), m.end()) for m in _QUOTED_SPAN.finditer(text)]
    surnames = {label.split()[-1] for label in ctx.speakers if _looks_like_person(label)}
    edits, done = [], set()
    for m in _NAME_BEFORE_VERB.finditer(text):
        s, last = m.start("subj"), m.group("last")
        if last not in surnames or last in done or s <= head_end or any(a <= s < b for a, b in quoted) \
                or not _opens_sentence(text, s) or m.group("subj").split()[0] in _NOT_SUBJECT:
            continue
        done.add(last)
        edits.append(Edit(m.end("subj"), m.end("subj"), _pick(_RELATIVE_CLAUSES, f"{s}{last}")))
    return edits


TRANSFORMS = {
    "identity": [],
    "rename_people": [rename_people],
    "role_refs": [role_refs],
    "rename_roles": [role_refs, rename_people],  # roles of people nobody listed
    "quotes_straight": [quotes_straight],
    "quotes_curly": [quotes_curly],
    "quotes_guillemets": [quotes_guillemets],
    "quotes_single": [quotes_single],
    "quotes_mixed": [quotes_mixed],
    "hard_wrap": [hard_wrap],
    "paragraph_breaks": [paragraph_breaks],
    "no_headline": [no_headline],
    "title_case": [title_case],
    "headline_caps": [headline_caps],
    "speech_verbs": [speech_verbs],
    "furniture": [furniture],
    "captions_ap": [captions_ap],
    "title_stamp": [title_stamp],
    "bullets": [bullets],
    "spelling": [spelling],
    "numbers": [numbers],
    "units": [units],
    "dateline": [dateline],
    "honorifics": [honorifics],
    "number_words": [number_words],
    "actor_forms": [actor_forms],
    "week_shift": [week_shift],
    "week_shift_quarter": [week_shift_quarter],
    "ap_days": [ap_days],
    "day_month": [day_month],
    "weekday_dates": [weekday_dates],
    "rename_places": [rename_places],
    "rename_outlets": [rename_outlets],
    "rename_units": [rename_units],
    "topic_words": [topic_words],
    "speech_verbs_rare": [speech_verbs_rare],
    "attribution_order": [attribution_order],
    "inverted_said": [inverted_said],
    "org_forms": [org_forms],
    "title_apposition": [title_apposition],
    "subheads": [subheads],
    "nbsp": [nbsp],
    "crlf": [crlf],
    "dashes": [dashes],
    "second_reference": [second_reference],
    "distance": [distance],
    "live_blog": [live_blog],
    "dateline_wire": [dateline_wire],
    "qa_layout": [qa_layout],
    "unnamed_lede": [unnamed_lede],
    "possessive_titles": [possessive_titles],
    "hyphen_titles": [hyphen_titles],
    "rename_titles": [possessive_titles, hyphen_titles, rename_people],  # both, on people nobody listed
    # round 18 (mt7): shapes blind copy had at first contact
    "stamp_only": [stamp_only],
    "day_before": [day_before],
    "told_outlet": [told_outlet],
    "epithet_refs": [epithet_refs],
    # round 19 (mt8): heldout9's shapes
    "agency_french": [agency_french],
    "conduit_rewrite": [conduit_rewrite],
    "week_review": [week_review],
    "flashback": [flashback],
    "numeric_dates": [numeric_dates],
    # round 20 (dt32): the publication day in page furniture of many shapes
    "stamp_furniture": [stamp_furniture],
    # round 20 (mt9): heldout10's shapes
    "timeline": [timeline],
    "stamp_shapes": [stamp_shapes],
    "mt_translation": [mt_translation],
    "same_day": [same_day],
    "reader_qa": [reader_qa],
    # round 21 (mt10): the everyday variation of real news copy
    "present_says": [present_says],
    "day_occasion": [day_occasion],
    "para_split": [para_split],
    "para_merge": [para_merge],
    "background": [background],
    "unverified": [unverified],
    "everyday": [present_says, day_occasion, para_split, background, unverified],
    # round 22 (mt11): the page noise of real news sites between the sentences that matter
    "pull_quote": [pull_quote],
    "social_embed": [social_embed],
    "update_notes": [update_notes],
    "photo_credits": [photo_credits],
    "newsletter_box": [newsletter_box],
    "page_noise": [pull_quote, social_embed, update_notes, photo_credits, newsletter_box],
    # round 23 (mt12): how real copy attributes and dates speech
    "date_front": [date_front],
    "according_to": [according_to],
    "quote_own_para": [quote_own_para],
    "speaker_intro": [speaker_intro],
    "stamp_footer": [stamp_footer],
    "attribution_shapes": [date_front, according_to, speaker_intro, quote_own_para],
    # round 24 (mt13): the same claim and the same figure worded as other copy words them
    "claim_nouns": [claim_nouns],
    "million_forms": [million_forms],
    "approx_words": [approx_words],
    "number_words_big": [number_words_big],
    "list_commas": [list_commas],
    "unit_conversion": [unit_conversion],
    "figure_forms": [unit_conversion, million_forms, approx_words, number_words_big, list_commas],
    # round 25 (mt14): the same headline, speaker and date as real copy words them
    "headline_forms": [headline_forms],
    "side_titles": [side_titles],
    "weekday_full": [weekday_full],
    "place_day": [place_day],
    "first_contact": [headline_forms, side_titles, weekday_full, place_day],
    # round 26 (mt15): dates and attributions as real copy writes them (the day carried, the attribution after)
    "carry_day": [carry_day],
    "day_to_lede": [day_to_lede],
    "stated_by": [stated_by],
    "dateline_forms": [dateline_forms],
    "live_days": [live_days],
    "real_dating": [day_to_lede, carry_day, stated_by, dateline_forms, live_days],
    # round 28 (mt17): heldout18's shapes no transformation covered
    "long_apposition": [long_apposition],
    # round 22 (nx1): names, places and outlets with letters outside A–Z (and the same renames in ASCII, to compare)
    "renamed_ascii": [rename_people, rename_places, rename_outlets],
    "diacritics": [rename_people, rename_places, rename_outlets, marked_names],
    "all": [rename_people, speech_verbs, quotes_straight, furniture, hard_wrap],
    # every kind at once (all's five, then the house styles and wire layouts added since): the furthest from
    # what was studied
    "all2": [role_refs, rename_people, speech_verbs, spelling, numbers, units, honorifics, week_shift, ap_days,
             day_month, weekday_dates, quotes_single, dateline, captions_ap, furniture, hard_wrap],
    # the vocabulary nobody studied (round 2) with all2's kinds
    "all3": [attribution_order, role_refs, rename_people, rename_places, rename_outlets, rename_units, topic_words,
             speech_verbs_rare, spelling, numbers, units, honorifics, week_shift, ap_days, day_month, weekday_dates,
             quotes_single, dateline, captions_ap, furniture, hard_wrap],
    # round 3: second references, distance and the layouts of genres not imitated, with all3's kinds
    "all4": [attribution_order, unnamed_lede, second_reference, role_refs, rename_people, rename_places, rename_outlets,
             rename_units, topic_words, speech_verbs_rare, spelling, numbers, units, honorifics, week_shift, ap_days,
             day_month, weekday_dates, quotes_single, qa_layout, distance, dateline_wire, live_blog, captions_ap,
             furniture, hard_wrap],
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
    ctx = Ctx(title=title, published=str(gold.get("published") or ""),
              speakers={r.get("speaker") for s in ("quotes", "claims", "audit") for r in gold.get(s, []) or []
                                     if r.get("speaker")})
    spans = dict(located)
    dropped: set = set()
    counts["dropped"] = 0
    for step in steps:
        ctx.rows = [(_row_stage(stage, gold[stage][i]), s, e, (stage, i), gold[stage][i])
                    for (stage, i), (s, e) in spans.items()]
        ctx.drop = set()
        edits = step(text, ctx)
        if step is rename_people:
            title_edits = _token_edits(title, ctx.names)
        elif step is title_case:
            title_edits = _title_cased(title)
        elif step is headline_caps:
            title_edits = _capitals(title)
        elif step in (week_shift, week_shift_quarter, headline_forms, side_titles):
            title_edits = ctx.title_edits
        elif step in (rename_places, rename_outlets, rename_units, marked_names):
            title_edits = _phrase_edits(title, ctx.step_map)
        elif step in (topic_words, speech_verbs_rare, org_forms, title_apposition, nbsp, dashes, hyphen_titles,
                      possessive_titles):
            title_edits = step(title, Ctx())
        elif step in (quotes_straight, quotes_curly, quotes_guillemets, quotes_single, quotes_mixed, speech_verbs,
                      spelling, numbers, units, honorifics, number_words, actor_forms, ap_days, day_month,
                      weekday_dates):
            title_edits = step(title, ctx)
        else:  # layout: the title is one line of the manifest
            title_edits = []
        new_text, offsets = apply_edits(text, edits)
        title = apply_edits(title, title_edits)[0] if title_edits else title
        ctx.title = title
        for key, (s, e) in list(spans.items()):
            ns, ne, cut = offsets.span(s, e)
            if (ne <= ns and e > s) or key in ctx.drop:  # the row's words were taken out (no_headline), or are
                # no longer such a row (``qa_layout``: a transcript line is no quote)
                del spans[key]
                dropped.add(key)
                counts["dropped"] += 1
                continue
            counts["cut"] += cut
            spans[key] = (ns, ne)
        text = new_text
    new_gold = _rebuild_gold(gold, spans, text, ctx, dropped)
    for (stage, i), changes in ctx.added:  # a row of its own the edits made (``unit_conversion``: the conversion)
        if (stage, i) in spans:  # copied from the rebuilt row (its span, renamed labels), dropped rows left out
            rebuilt = new_gold[stage][i - sum(st == stage and j < i for st, j in dropped)]
            new_gold[stage].append({**rebuilt, **changes})
            counts["added"] = counts.get("added", 0) + 1
    if ctx.skipped_order:
        counts["order_skipped"] = ctx.skipped_order  # (the key only then, as "skipped")
    for name, n in ctx.skips.items():
        if n:
            counts[f"skips.{name}"] = n
    if ctx.unpublished:
        counts["unpublished"] = 1  # (the key only then, as "skipped": the manifest's date is left empty)
    if ctx.shift_skipped:
        counts["skipped"] = 1  # (the key only then: callers compare the counts of other transformations)
    if ctx.shift_days:
        new_gold["published"] = ctx.published
        for stage in ("quotes", "claims", "audit"):
            for row in new_gold.get(stage, []):
                if isinstance(row, dict) and row.get("date"):
                    row["date"] = _shifted(row["date"], ctx.shift_days)
    return text, title, new_gold, counts


def _shifted(iso: str, days: int) -> str:
    import datetime as dt

    return str(dt.date.fromisoformat(str(iso)[:10]) + dt.timedelta(days=days))


_FIELD = {"quotes": "text", "claims": "text", "facts": "sentence", "scare_quotes": "text", "audit": "words"}


def _row_stage(stage: str, row) -> str:
    """The stage a transformation sees a gold row as: an audit row (a peer piece's labelled quote or claim) is a
    quote or a claim row."""
    if stage == "audit" and isinstance(row, dict):
        return "quotes" if row.get("kind") == "quote" else "claims"
    return stage


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


def _rebuild_gold(gold: dict, spans: dict, text: str, ctx: Ctx, dropped: set = frozenset()) -> dict:
    new = {"published": gold.get("published")}
    if "annotated" in gold:
        new["annotated"] = gold["annotated"]
    for stage in ("quotes", "claims", "facts", "scare_quotes", "audit"):
        rows = []
        for i, row in enumerate(gold.get(stage, []) or []):
            if (stage, i) in dropped:
                continue  # its words are no longer in the text (counted and printed by ``build``)
            row = dict(row) if isinstance(row, dict) else row
            if isinstance(row, dict):
                if (stage, i) in spans:
                    s, e = spans[(stage, i)]
                    row[_FIELD[stage]] = text[s:e]
                    row["start"] = s
                for key in ("speaker", "source"):
                    if row.get(key):
                        mapped = ctx.label_map.get(row[key], "")
                        folded = " ".join(text.split())
                        if mapped and mapped.split(" (")[0] in folded:
                            acronym = re.search(r" \((\w+)\)$", mapped)
                            if acronym and not re.search(rf"\b{acronym.group(1)}\b", folded):
                                mapped = mapped[:acronym.start()]  # an unlisted body as printed: no acronym it lacks
                            row[key] = mapped  # (an organisation renamed in the text; a garbled name stays as it was)
                        else:
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


#: the studied synthetic sets the harness may transform besides the devset (``--set NAME``): development halves only
SETS = {"heldout2_dev": HERE / "gold" / "heldout2" / "dev", "heldout_dev": HERE / "gold" / "heldout" / "dev"}

GOLD = HERE / "gold"
#: Every stage a devset-structured gold entry may annotate; an entry's ``annotated`` set (when present) names the
#: stages whose rows are exhaustive for that article, and only those are scored (a claims-only stress piece adds no
#: spurious quotes). ``audit``: a peer piece's labelled quotes and claims (not exhaustive: speakers and dates only).
STAGES = ("quotes", "claims", "facts", "audit")


def _empty_entry(published) -> dict:
    return {"quotes": [], "claims": [], "facts": [], "scare_quotes": [], "audit": [], "published": published,
            "annotated": set()}


def _folder_gold(folder: Path, prefix: str = ""):
    """(articles, gold) of one folder in the heldout2 format (``articles/``, ``quotes.csv``, ``claims.csv``,
    ``facts.csv``), read as ``evaluate.heldout2`` reads it; a stage whose CSV holds no row is not annotated there.
    ``prefix`` is put before every article_id (sets run together keep their ids apart)."""
    import pandas as pd

    from _scoring import articles_for

    articles = articles_for(folder).copy()
    gold: dict = {a: _empty_entry(str(pd.Timestamp(p).date()) if not pd.isna(p) else None)
                  for a, p in zip(articles["article_id"], articles["published"])}

    def read(name: str):
        path = folder / name
        return pd.read_csv(path, dtype=str, keep_default_na=False) if path.is_file() else pd.DataFrame()

    quotes_t, claims_t, facts_t = read("quotes.csv"), read("claims.csv"), read("facts.csv")
    annotated = {stage for stage, table in (("quotes", quotes_t), ("claims", claims_t), ("facts", facts_t))
                 if len(table)}
    for row in quotes_t.itertuples(index=False):
        if row.kind != "scare" and row.article_id in gold:
            gold[row.article_id]["quotes"].append({"text": row.text, "speaker": row.speaker, "start": 0,
                                                   "date": row.statement_date or None, "kind": row.kind})
    for row in claims_t.itertuples(index=False):
        if row.article_id in gold:
            gold[row.article_id]["claims"].append({"text": row.text, "speaker": row.speaker, "start": 0,
                                                   "date": row.statement_date or None,
                                                   "headline": row.headline.strip().lower() == "true"})
    for row in facts_t.itertuples(index=False):
        if row.article_id in gold and row.quantity.strip():  # (a qualitative row of heldout/dev: no figure)
            gold[row.article_id]["facts"].append({"sentence": row.phrase, "start": 0,
                                                  "quantity_text": row.quantity_text,
                                                  "quantity": float(row.quantity), "unit": row.unit,
                                                  "actor": row.actor, "change": row.change})
    for entry in gold.values():
        entry["annotated"] = set(annotated)
    return _prefixed(articles, gold, prefix)


def _prefixed(articles, gold: dict, prefix: str):
    if not prefix:
        return articles, gold
    articles = articles.copy()
    articles["article_id"] = prefix + articles["article_id"].astype(str)
    return articles, {prefix + k: v for k, v in gold.items()}


def _set_gold(name: str):
    """(articles, gold in the devset's structure) of a set of ``SETS`` or ``OWN_SETS`` (the long sets' CSVs read
    as ``evaluate.heldout2`` reads them); never a test half of a held-out set, never heldout3, heldout4, heldout5, heldout6, heldout7, heldout8 or heldout9."""
    if name in OWN_SETS:
        return OWN_SETS[name]()
    folder = SETS[name]
    assert folder.name == "dev", "only development halves are transformed"
    return _folder_gold(folder)


#: Long pieces are those of at least this many characters (the peer batches mix long passages and short cases).
LONG_PIECE = 1500
#: The peer batch files that hold our own long blind pieces (audit format: ``case, published, text, kind, words,
#: speaker, date, shape``; labelled quotes and claims, not exhaustive).
PEER_LONG_FILES = ("blind_dates_dt3.csv", "blind_dates_dt3b.csv", "blind_dates_dt3c.csv", "blind_dates_dt4.csv",
                   "blind_dates_dt4b.csv", "blind_dates_dt5.csv", "blind_dates_dt7.csv", "blind_dates_dt8.csv",
                   "audit_sk12.csv", "audit_sk13.csv", "audit_sk14.csv", "audit_sk15.csv", "audit_sk16.csv",
                   "audit_sk17.csv", "audit_sk18.csv", "audit_sk19.csv", "audit_sk20.csv", "audit_sk21.csv")


def _concat(parts: list):
    import pandas as pd

    articles = pd.concat([a for a, _ in parts], ignore_index=True)
    gold: dict = {}
    for _, g in parts:
        gold.update(g)
    return articles, gold


def _peer_long():
    """``peer_long``: the long pieces (``LONG_PIECE`` characters or more) of the peer batches n, m, o, t, g
    (statement dates) and sk12–sk21 (speakers), each case one article; gold: the labelled rows as ``audit``
    rows (speaker and date of each labelled quote and claim; the pieces' other quotes are unlabelled)."""
    import pandas as pd

    from saidvsdone import corpus

    parts = []
    for name in PEER_LONG_FILES:
        table = pd.read_csv(GOLD / "peer" / name, dtype=str, keep_default_na=False)
        stem = name.removesuffix(".csv").replace("blind_dates_", "").replace("audit_", "")
        for case, rows in table.groupby("case", sort=False):
            text = rows["text"].iloc[0]
            if len(text) < LONG_PIECE:
                continue
            article_id = f"peer-{stem}-{case}"
            published = rows["published"].iloc[0]
            articles = corpus.from_text(text, article_id=article_id, published=published)
            entry = _empty_entry(str(pd.Timestamp(published).date()))
            entry["annotated"] = {"audit"}
            entry["audit"] = [{"kind": r.kind, "words": r.words, "speaker": r.speaker, "date": r.date or None,
                               "shape": r.shape, "start": 0} for r in rows.itertuples(index=False)]
            parts.append((articles, {article_id: entry}))
    return _concat(parts)


#: The claims stress folders of long invented pieces (``articles.csv`` + exhaustive ``claims.csv``).
STRESS_LONG_FOLDERS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                       "blind10", "blind11")


def _stress_long():
    """``stress_long``: the claims stress batch x (long pieces of ``tests/gold/stress/articles.csv``) and every
    blind folder ``tests/gold/stress/blind*`` (batches z, b–n), pieces of ``LONG_PIECE`` characters or more;
    gold: their exhaustive claims (body and headline), nothing else annotated."""
    import pandas as pd

    from saidvsdone import corpus

    parts = []
    for folder in ("",) + STRESS_LONG_FOLDERS:
        path = GOLD / "stress" / folder
        table = pd.read_csv(path / "articles.csv", dtype=str, keep_default_na=False)
        if not folder:
            table = table[table["article_id"].str.startswith("x")]
        gold_rows = pd.read_csv(path / "claims.csv", dtype=str, keep_default_na=False)
        by_article = {a: rows for a, rows in gold_rows.groupby("article_id")}
        for row in table.itertuples(index=False):
            if len(row.text) < LONG_PIECE:
                continue
            article_id = f"stress-{folder or 'x'}-{row.article_id}"
            articles = corpus.from_text(row.text, article_id=article_id, published=row.published,
                                        title=row.title or None)
            entry = _empty_entry(str(pd.Timestamp(row.published).date()))
            entry["annotated"] = {"claims"}
            rows = by_article.get(row.article_id)
            for c in ([] if rows is None else rows.itertuples(index=False)):
                entry["claims"].append({"text": c.text, "speaker": c.speaker, "start": 0,
                                        "date": c.statement_date or None,
                                        "headline": c.headline.strip().lower() == "true"})
            parts.append((articles, {article_id: entry}))
    return _concat(parts)


#: The facts stress files of long blind pieces (cases, facts): batches B20–B22 and the rounds' blind batches 5–8.
STRESS_FACTS_FILES = (("blind3_cases.csv", "blind3_facts.csv"), ("facts_blind5_cases.csv", "facts_blind5_facts.csv"),
                      ("facts_blind6_cases.csv", "facts_blind6_facts.csv"),
                      ("facts_blind7_cases.csv", "facts_blind7_facts.csv"),
                      ("facts_blind8_cases.csv", "facts_blind8_facts.csv"))


def _stress_facts():
    """``stress_facts``: the facts stress pieces of ``LONG_PIECE`` characters or more of the blind facts batches
    (``STRESS_FACTS_FILES``); gold: their exhaustive facts, each located by its number as written
    (``quantity_text``) nearest its ``start`` column (the sentence is not in those files)."""
    import pandas as pd

    from saidvsdone import corpus

    parts = []
    for cases_file, facts_file in STRESS_FACTS_FILES:
        cases = pd.read_csv(GOLD / "stress" / cases_file, dtype=str, keep_default_na=False)
        gold_rows = pd.read_csv(GOLD / "stress" / facts_file, dtype=str, keep_default_na=False)
        by_case = {c: rows for c, rows in gold_rows.groupby("case")}
        stem = cases_file.removesuffix("_cases.csv")
        for row in cases.itertuples(index=False):
            if len(row.text) < LONG_PIECE:
                continue
            article_id = f"facts-{stem}-{row.case}"
            articles = corpus.from_text(row.text, article_id=article_id, published=row.published)
            entry = _empty_entry(str(pd.Timestamp(row.published).date()))
            entry["annotated"] = {"facts"}
            rows = by_case.get(row.case)
            for f in ([] if rows is None else rows.itertuples(index=False)):
                entry["facts"].append({"sentence": f.quantity_text, "start": int(getattr(f, "start", "") or 0),
                                       "quantity_text": f.quantity_text, "quantity": float(f.quantity),
                                       "unit": f.unit, "actor": f.actor, "change": f.change})
            parts.append((articles, {article_id: entry}))
    return _concat(parts)


def _blind_mt():
    """``blind_mt``: the blind copy of rounds 6 and 7 (``tests/gold/blind_mt3/test``, ``blind_mt4/test``: written
    blind by the metamorphic helpers, ours, studied since), every stage annotated."""
    return _concat([_folder_gold(GOLD / b / "test", f"{b}-") for b in ("blind_mt3", "blind_mt4")])


def _quotes_blind():
    """``quotes_blind``: the quote-layout blind batches (``tests/gold/quotes_blind/{test,ly,qt4}``), quotes only."""
    return _concat([_folder_gold(GOLD / "quotes_blind" / b, f"qb-{b}-") for b in ("test", "ly", "qt4")])


def _own():
    """``own``: every family of our own long blind pieces together, and the studied development halves of the
    synthetic held-out sets (never their test halves, never heldout3, heldout4, heldout5, heldout6, heldout7, heldout8 or heldout9)."""
    return _concat([OWN_SETS[name]() for name in OWN_FAMILIES]
                   + [_folder_gold(SETS[name], f"{name}-") for name in SETS])


#: ``--set NAME``: families of our own long blind pieces (texts we wrote, gold carried through like the devset's)
OWN_SETS = {"peer_long": _peer_long, "stress_long": _stress_long, "stress_facts": _stress_facts,
            "blind_mt": _blind_mt, "quotes_blind": _quotes_blind, "own": _own}
OWN_FAMILIES = ("peer_long", "stress_long", "stress_facts", "blind_mt", "quotes_blind")


#: what a counted skip of a round-3 transformation means (printed by ``build``)
_SKIP_REASON = {"live_days": "pages with a date line or stamps of their own, a day counted from the writing in the tail, "
                             "or a day's run opening on a paragraph continuing the one before",
                "stated_by": "clauses with a time of their own, a second attribution, or inside a gold row",
                "headline_forms": "a headline whose content opens with a pronoun of its source (\"Russia says its …\")",
                "weekday_full": "a weekday in a paragraph whose rows carry other days only, or of another year",
                "second_reference": "a descriptor two people of the article share, or none",
                "epithet_refs": "a descriptor two people of the article share, or none",
                "distance": "breaks inside a quotation, after a colon, or before a paragraph continuing the last",
                "qa_layout": "quote paragraphs whose gold is not one direct quote of a named person",
                "unnamed_lede": "a lede speaker whose descriptor is missing or shared, or already unnamed in the lede",
                "live_blog": "pages with a date line of their own in the head (over post stamps: a day header?)",
                "possessive_titles": "a title a later \"the <title>\" needs as its antecedent",
                "dated_leads": "one-day paragraphs opening with a quote mark, a dateline or a time phrase of their own",
                "present_says": "sentences with a time cue or a dated quote or claim row",
                "background": "breaks inside a quotation, after a colon, before a paragraph continuing the last, or next "
                              "to a bullet",
                "according_to": "clauses with a time of their own, a second attribution or inside a gold row",
                "para_split": "paragraphs with no sentence break outside quotations, rows and abbreviations"}


def build(name: str, articles=None, gold=None, folder: Path | None = None):
    """The transformed dev articles loaded through ``corpus.load`` from a temporary folder, and their gold;
    prints the gold rows it could not locate or whose span an edit cut (never silently)."""
    import pandas as pd

    from saidvsdone import corpus

    if articles is None:
        articles, gold = _dev_gold()
    steps = TRANSFORMS[name]
    new_gold, rows, totals = {}, [], {"not_located": 0, "cut": 0, "dropped": 0, "skipped": 0, "order_skipped": 0,
                                      "added": 0}
    skips: dict = {}
    tmp = None
    if folder is None:
        tmp = tempfile.TemporaryDirectory(prefix="saidvsdone-mt-")
        folder = Path(tmp.name)
    for row in articles.itertuples(index=False):
        entry = gold[row.article_id]
        text, title, g, counts = transform_article(row.text, row.title or "", entry, steps)
        for k in totals:
            totals[k] += counts.get(k, 0)
        for k, n in counts.items():
            if k.startswith("skips."):
                skips[k[6:]] = skips.get(k[6:], 0) + n
        (folder / f"{row.article_id}.txt").write_text(text, encoding="utf-8")
        published = "" if pd.isna(row.published) else str(pd.Timestamp(row.published).date())
        if counts.get("unpublished"):
            published = ""  # ``stamp_only``: the day is the text's stamp alone
        if published and g.get("published") and str(g["published"]) != str(entry.get("published")):
            published = str(g["published"])  # moved by ``week_shift``
        source = row.source or ""
        if rename_outlets in steps:  # the manifest names the outlet as the text does
            source = apply_edits(source, _phrase_edits(source, _OUTLETS))[0]
        rows.append({"file": f"{row.article_id}.txt", "title": title, "source": source,
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
    if totals["not_located"] or totals["cut"] or totals["dropped"]:
        print(f"  ({name}: {totals['not_located']} gold row(s) not located in the text, kept as they were; "
              f"{totals['cut']} span(s) cut by an edit, widened to the covering span; "
              f"{totals['dropped']} row(s) whose words the transformation took out or made no such row, dropped)")
    if totals["added"]:
        print(f"  ({name}: {totals['added']} gold row(s) added for what the edits made a row of its own)")
    if totals["skipped"]:
        print(f"  ({name}: {totals['skipped']} article(s) with a date that cannot be moved exactly, left unshifted)")
    for step, n in sorted(skips.items()):
        print(f"  ({name}: {step} left {n} candidate(s) as printed: {_SKIP_REASON.get(step, '')})")
    if totals["order_skipped"]:
        print(f"  ({name}: {totals['order_skipped']} attribution(s) that cannot be turned round exactly, left as printed)")
    if tmp is not None:
        tmp.cleanup()
    return loaded, new_gold


def _scored(gold: dict, stage: str) -> set:
    """The articles whose gold annotates ``stage`` exhaustively (every article of the devset, which has no
    ``annotated`` key)."""
    return {a for a, e in gold.items() if stage in e.get("annotated", ("quotes", "claims", "facts"))}


def _peer_fold(text: str) -> str:
    import eval_peer

    return eval_peer._fold(text)


def score_audit(gold: dict, found_quotes, found_claims) -> tuple[dict, list[str]]:
    """Speaker and statement-date accuracy of the ``audit`` rows (a peer piece's labelled quotes and claims),
    matched as ``eval_peer.score_audit`` matches them (a quote by its folded words, a claim by the claim row whose
    text holds the words, white space folded); ``found``: the share of rows found at all."""
    import pandas as pd

    ids = _scored(gold, "audit")
    quotes_by = {a: t for a, t in found_quotes[found_quotes["article_id"].isin(ids)].groupby("article_id")}
    table = found_claims[found_claims["article_id"].isin(ids)]
    if "found_in" in table:
        table = table[table["found_in"] != "quote"]
    claims_by = {a: t for a, t in table.groupby("article_id")}
    scores: dict = {"quote_speaker": [], "quote_date": [], "claim_speaker": [], "claim_date": []}
    errors, found_n, total = [], 0, 0
    for article_id in sorted(ids):
        for row in gold[article_id].get("audit", []):
            total += 1
            words = " ".join(str(row["words"]).split())
            if row["kind"] == "quote":
                t = quotes_by.get(article_id)
                hits = t[t["text"].map(_peer_fold) == _peer_fold(words)] if t is not None else None
            else:
                t = claims_by.get(article_id)
                hits = t[t["text"].map(lambda x: words in " ".join(str(x).split()))] if t is not None else None
                if hits is not None and len(hits) > 1 and (hits["speaker"] == row["speaker"]).any():
                    hits = hits[hits["speaker"] == row["speaker"]]
            if hits is None or hits.empty:
                errors.append(f"  NOTFOUND {article_id} {row['kind']:<5} {words[:50]!r} ({row.get('shape', '')})")
                continue
            found_n += 1
            got = hits.iloc[0]
            day = got["statement_date"]
            shown = "" if day is None or pd.isna(day) else str(pd.Timestamp(day).date())
            speaker_ok, date_ok = got["speaker"] == row["speaker"], shown == (row["date"] or "")
            scores[f"{row['kind']}_speaker"].append(speaker_ok)
            scores[f"{row['kind']}_date"].append(date_ok)
            if not speaker_ok:
                errors.append(f"  SPEAKER  {article_id} {row['kind']:<5} {words[:45]!r}: gold {row['speaker']!r}, "
                              f"got {got['speaker']!r} ({got.get('speaker_as_written', '')!r}) ({row.get('shape', '')})")
            if not date_ok:
                errors.append(f"  DATE     {article_id} {row['kind']:<5} {words[:45]!r}: gold {row['date'] or '-'}, "
                              f"got {shown or '-'} ({got.get('date_basis', '')}) ({row.get('shape', '')})")
    result = {f"{k}_accuracy": (sum(v) / len(v) if v else 0.0) for k, v in scores.items()}
    result.update({"found": found_n / total if total else 0.0, "gold": total, "system": found_n, "matched": found_n})
    return result, errors


def score(name: str, verbose: bool = False, articles=None, gold=None) -> dict:
    """{stage: figures} of the dev articles under one transformation (``eval_devset``'s matching, with
    gold texts located across any white space). With a gold whose entries say which stages they annotate
    (``--set``), each stage is scored on those articles only, and ``audit`` rows apart (``score_audit``);
    a stage no article annotates is left out of the result."""
    import eval_devset

    from saidvsdone import claims, facts, quotes

    loaded, new_gold = build(name, articles, gold)
    saved = eval_devset._locate
    eval_devset._locate = locate
    try:
        found_quotes = quotes.extract(loaded)
        found_claims = claims.find(loaded, found_quotes)
        found_facts = facts.extract(loaded)

        def part(stage: str, table):
            ids = _scored(new_gold, stage)
            return (loaded[loaded["article_id"].isin(ids)], {a: new_gold[a] for a in ids},
                    table[table["article_id"].isin(ids)])

        results = {}
        stages = {}
        if _scored(new_gold, "quotes"):
            stages["quotes"] = eval_devset.score_quotes(*part("quotes", found_quotes))
        if _scored(new_gold, "claims"):
            stages["claims"] = eval_devset.score_claims(*part("claims", found_claims), headline=False)
            stages["headline_claims"] = eval_devset.score_claims(*part("claims", found_claims), headline=True)
        if _scored(new_gold, "facts"):
            stages["facts"] = eval_devset.score_facts(*part("facts", found_facts))
        if _scored(new_gold, "audit"):
            stages["audit"] = score_audit(new_gold, found_quotes, found_claims)
        for stage, (result, errors) in stages.items():
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
            "headline_claims": ("recall", "speaker_accuracy"),
            "facts": ("recall", "precision", "actor_accuracy", "change_accuracy"),
            "audit": ("found", "quote_speaker_accuracy", "quote_date_accuracy", "claim_speaker_accuracy",
                      "claim_date_accuracy")}


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
        print(f"{name:<18} {_line(results)}")
        out[f"metamorphic.{name}"] = {stage: {m: results[stage][m] for m in ms} for stage, ms in MEASURES.items()
                                      if stage in results}
    return out


def _line(results: dict) -> str:
    return "  ".join(f"{s}.{m} {results[s][m]:.3f}" for s, ms in MEASURES.items() if s in results for m in ms)


#: The transformations the own-set table runs (``--table``): those that matter for speakers, dates, claims and facts.
TABLE_TRANSFORMS = ("rename_people", "role_refs", "second_reference", "distance", "unnamed_lede", "attribution_order",
                    "inverted_said", "speech_verbs_rare", "topic_words", "rename_places", "rename_units", "live_blog",
                    "qa_layout", "dateline_wire", "week_shift", "all4")
#: The figures of the table: (stage, measure, column label).
TABLE_MEASURES = (("quotes", "speaker_accuracy", "q.spk"), ("quotes", "date_accuracy", "q.date"),
                  ("audit", "quote_speaker_accuracy", "a.q.spk"), ("audit", "quote_date_accuracy", "a.q.date"),
                  ("audit", "claim_speaker_accuracy", "a.c.spk"), ("audit", "claim_date_accuracy", "a.c.date"),
                  ("claims", "recall", "c.rec"), ("claims", "speaker_accuracy", "c.spk"),
                  ("claims", "date_accuracy", "c.date"), ("facts", "recall", "f.rec"),
                  ("facts", "actor_accuracy", "f.actor"), ("facts", "change_accuracy", "f.chg"))


def table(set_names, transforms=TABLE_TRANSFORMS) -> list[str]:
    """Markdown rows: per set × transformation, the ``TABLE_MEASURES`` figures with the drop against the
    untransformed run (``identity``) in brackets; a figure the set does not annotate is "·"."""
    lines = ["| set | transformation | " + " | ".join(label for _, _, label in TABLE_MEASURES) + " |",
             "|---|---|" + "---|" * len(TABLE_MEASURES)]
    for set_name in set_names:
        articles, gold = _set_gold(set_name)
        base = score("identity", articles=articles, gold=gold)
        cells = [f"{base[s][m]:.3f}" if s in base else "·" for s, m, _ in TABLE_MEASURES]
        lines.append(f"| {set_name} | identity | " + " | ".join(cells) + " |")
        print(lines[-1], flush=True)
        for name in transforms:
            r = score(name, articles=articles, gold=gold)
            cells = []
            for s, m, _ in TABLE_MEASURES:
                if s not in r or s not in base:
                    cells.append("·")
                    continue
                d = r[s][m] - base[s][m]
                cells.append(f"{r[s][m]:.3f}" + (f" ({d:+.3f})" if abs(d) >= 0.0005 else ""))
            lines.append(f"| {set_name} | {name} | " + " | ".join(cells) + " |")
            print(lines[-1], flush=True)
    return lines


def main(argv: list[str]) -> int:
    import os

    os.environ.setdefault("SAIDVSDONE_PROGRESS", "0")
    import eval_devset

    if argv[:1] == ["--table"]:  # the own-set table of tests/gold/README.md (round 8)
        names = argv[1].split(",") if len(argv) > 1 else list(OWN_FAMILIES) + list(SETS)
        table(names, tuple(argv[2].split(",")) if len(argv) > 2 else TABLE_TRANSFORMS)
        return 0
    chosen, set_name = None, None
    if argv[:1] == ["--set"] and len(argv) > 1:  # a studied synthetic set or our own blind pieces instead of the devset
        set_name = argv[1]
        if set_name not in SETS and set_name not in OWN_SETS:
            print(f"no set {set_name!r}: choose one of {', '.join(list(SETS) + list(OWN_SETS))}")
            return 1
        chosen, argv = _set_gold(set_name), argv[2:]
        if not argv or argv[:1] == ["--only"]:
            names = argv[1].split(",") if len(argv) > 1 else list(TRANSFORMS)
            for name in names:
                r = score(name, articles=chosen[0], gold=chosen[1])
                print(f"{name:<18} {_line(r)}", flush=True)
            return 0
    elif not eval_devset.available():
        print("the real-article devset ../shared/devset is not here")
        return 0
    if argv[:1] == ["--only"] and len(argv) > 1:  # some transformations of the devset's dev articles (mt7)
        articles, gold = _dev_gold()
        for name in argv[1].split(","):
            print(f"{name:<18} {_line(score(name, articles=articles, gold=gold))}", flush=True)
        return 0
    if argv[:1] == ["--errors"] and len(argv) > 1:
        results = score(argv[1], verbose=True, **({"articles": chosen[0], "gold": chosen[1]} if chosen else {}))
        for stage, r in results.items():
            print(f"{stage}: " + "  ".join(f"{k} {v:.3f}" for k, v in r.items() if isinstance(v, float)))
        return 0
    if argv[:1] == ["--show"] and len(argv) > 2:
        number, name = argv[1], argv[2]
        articles, gold = chosen if chosen else _dev_gold()
        row = articles[articles["article_id"].str.startswith(number)]
        if row.empty:
            print(f"no article {number}")
            return 1
        r = row.iloc[0]
        text, title, g, counts = transform_article(r.text, r.title or "", gold[r.article_id], TRANSFORMS[name])
        print(f"title: {title}\n\n{text}\n\nspeakers: "
              f"{sorted({q['speaker'] for s in ('quotes', 'claims', 'audit') for q in g.get(s, [])})}")
        return 0
    figures()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
