"""Mechanical checks of a long synthetic gold half (stdlib only), shared by ``heldout3/check.py``,
``heldout4/check_heldout4.py``, ``heldout5/check_heldout5.py``, ``heldout6/check_heldout6.py``,
``heldout7/check_heldout7.py``, ``heldout8/check_heldout8.py`` and ``heldout9/check_heldout9.py`` (each names its folder and its sizes; rv11: the second was a copy of the first).

* articles: UTF-8, title on the first line, paragraphs separated by exactly one blank line, no trailing newline;
  every manifest file exists and every article is in the manifest; size in bytes (and in words when given);
* quotes: the `occurrence`-th copy of `text` sits right after an opening quote mark and ends at a closing mark
  (or at the end of its paragraph: multi-paragraph quotes); an independent scan of the quote-marked spans finds
  none that no gold row covers; enumerated `kind`; scare rows have no speaker;
* claims: `text` occurs verbatim; `headline` is `true` or empty; dates are ISO or empty;
* facts: `phrase` occurs verbatim, `quantity_text` lies inside it and agrees with `quantity`; enumerated fields.

With ``low9`` the low-9 opening mark `„` (closed by `”` or `“`, as in Baltic and Central European copy) counts as a
quote mark. ``check`` prints the problems and returns the exit status (1 when anything fails).
"""
import csv
import re
from datetime import date
from pathlib import Path

UNITS = {"km2", "sq mi", "km", "mi", "settlements", "percent", "troops", "missiles", "drones", "air targets"}
CHANGES = {"gain", "loss", "held", "distance", "share", "count"}
CATEGORIES = {"territory", "settlements", "distance", "share", "troops", "missiles", "casualties"}
QUALIFIERS = {"", "over", "nearly", "around", "up to", "more than", "less than", "only", "just", "some", "roughly"}
ACTORS = {"Russia", "Ukraine"}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100}


def value(qt):
    """The number a quantity text writes ("1,200", "a dozen", "3.5 million"); None when it is no number."""
    t = qt.lower().strip()
    mult = 1
    for word, m in (("million", 1e6), ("thousand", 1e3)):
        if t.endswith(word):
            mult, t = m, t[: -len(word)].strip()
    if t in WORDS:
        return WORDS[t] * mult
    t = t.replace(",", "").replace("\u00a0", "").replace(" ", "")
    try:
        return float(t) * mult
    except ValueError:
        return None


def spans(text, low9=False):
    """Every quote-marked span (inner text), per paragraph; an unclosed double mark runs to the paragraph end."""
    found = []
    for para in text.split("\n"):
        i = 0
        while i < len(para):
            ch = para[i]
            if low9 and ch == "„":
                ends = [k for k in (para.find("”", i + 1), para.find("“", i + 1)) if k >= 0]
                j = min(ends) if ends else -1
                found.append(para[i + 1:j] if j >= 0 else para[i + 1:])
                if j < 0:
                    break
                i = j + 1; continue
            if ch == '"' or ch == "“":
                close = '"' if ch == '"' else "”"
                j = para.find(close, i + 1)
                if ch == "“" and j < 0 and '"' not in para[i + 1:]:
                    found.append(para[i + 1:]); break
                if j < 0:
                    found.append(para[i + 1:]); break
                found.append(para[i + 1:j]); i = j + 1; continue
            if ch in "‘'" and (i == 0 or not para[i - 1].isalnum()) and i + 1 < len(para) and para[i + 1].isalnum():
                close = "’" if ch == "‘" else "'"
                j = i + 1
                while True:
                    j = para.find(close, j)
                    if j < 0 or j + 1 >= len(para) or not para[j + 1].isalpha():
                        break
                    j += 1
                if j > 0:
                    found.append(para[i + 1:j]); i = j + 1; continue
            i += 1
    return found


def check(half: Path, *, kb: tuple, words: tuple | None = None, low9: bool = False) -> int:
    """Check every file of ``half`` (a folder with ``articles/`` and the gold CSVs): articles of ``kb`` (bytes: low,
    high; and of ``words`` when given); print the problems and return the exit status."""
    errors = []
    err = errors.append

    def read(name):
        with open(half / name, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    def iso(d, where):
        if d:
            try:
                date.fromisoformat(d)
            except ValueError:
                err(f"{where}: bad date {d!r}")

    manifest = read("articles.csv")
    texts = {}
    for row in manifest:
        path = half / "articles" / row["file"]
        if not path.is_file():
            err(f"manifest: missing {row['file']}"); continue
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        texts[path.stem] = text
        if raw.startswith(b"\xef\xbb\xbf") or text.endswith("\n") or "\n\n\n" in text or "\r" in text:
            err(f"{row['file']}: BOM, trailing newline, triple newline or CR")
        lines = text.split("\n")
        if lines[0] != row["title"]:
            err(f"{row['file']}: manifest title differs from the first line")
        for k, line in enumerate(lines):
            if (k % 2 == 0) == (line.strip() == "") or line != line.strip():
                err(f"{row['file']}: line {k + 1} breaks the paragraph/blank-line layout")
        iso(row["published"], row["file"])
        if words is None and not kb[0] <= len(raw) <= kb[1]:
            err(f"{row['file']}: {len(raw)} bytes, outside {kb[0] // 1000}-{kb[1] // 1000} KB")
        if words is not None and (not kb[0] <= len(raw) <= kb[1] or not words[0] <= len(text.split()) <= words[1]):
            err(f"{row['file']}: {len(raw)} bytes / {len(text.split())} words, outside "
                f"{kb[0] // 1000}-{kb[1] // 1000} KB / {words[0]}-{words[1]} words")
    for path in (half / "articles").glob("*.txt"):
        if path.stem not in texts:
            err(f"{path.name} not in the manifest")

    opening, closing = ("\"“‘'„", "\"”’'\n“") if low9 else ("\"“‘'", "\"”’'\n")
    covered = {}
    for r in read("quotes.csv"):
        a, t = r["article_id"], r["text"]
        text = texts.get(a)
        if text is None:
            err(f"quote: unknown article {a}"); continue
        if r["kind"] not in {"direct", "partial", "scare"}:
            err(f"quote {t[:40]!r}: kind {r['kind']!r}")
        if (r["kind"] == "scare") != (r["speaker"] == ""):
            err(f"quote {t[:40]!r}: speaker must be empty exactly for scare rows")
        iso(r["statement_date"], f"quote {t[:40]!r}")
        hits = [m.start() for m in re.finditer(re.escape(t), text)
                if m.start() > 0 and text[m.start() - 1] in opening
                and (m.end() == len(text) or text[m.end()] in closing)]
        occ = int(r["occurrence"])
        if len(hits) < occ:
            err(f"quote {a} {t[:50]!r}: occurrence {occ} not found between marks ({len(hits)} found)")
        covered.setdefault(a, []).append(t)
    for a, text in texts.items():
        mine = list(covered.get(a, []))
        for s in spans(text, low9):
            if s in mine:
                mine.remove(s)
            else:
                err(f"{a}: quote-marked span without a gold row: {s[:60]!r}")
        for s in mine:
            err(f"{a}: gold quote matches no scanned span: {s[:60]!r}")

    for r in read("claims.csv"):
        a, t = r["article_id"], r["text"]
        if a not in texts or t not in texts[a]:
            err(f"claim {a} not found: {t[:60]!r}")
        if r["headline"] not in ("", "true") or not r["speaker"]:
            err(f"claim {t[:40]!r}: headline {r['headline']!r} / speaker {r['speaker']!r}")
        iso(r["statement_date"], f"claim {t[:40]!r}")

    for r in read("facts.csv"):
        a, ph, qt = r["article_id"], r["phrase"], r["quantity_text"]
        where = f"fact {a} {qt!r}"
        if a not in texts or ph not in texts[a]:
            err(f"{where}: phrase not found: {ph[:60]!r}")
        if qt not in ph:
            err(f"{where}: quantity_text not in phrase")
        v = value(qt)
        if v is None or abs(v - float(r["quantity"])) > 1e-6 * max(1, v):
            err(f"{where}: quantity {r['quantity']} does not agree")
        for field, allowed in (("unit", UNITS), ("change", CHANGES), ("category", CATEGORIES),
                               ("qualifier", QUALIFIERS), ("actor", ACTORS)):
            if r[field] not in allowed:
                err(f"{where}: {field} {r[field]!r}")
        if (r["unit"] == "km2") != (r["area_km2"] != ""):
            err(f"{where}: area_km2 must repeat the quantity exactly for km2 rows")

    for e in errors:
        print("FAIL", e)
    print(f"{len(texts)} articles checked: {'OK' if not errors else f'{len(errors)} problems'}")
    return 1 if errors else 0
