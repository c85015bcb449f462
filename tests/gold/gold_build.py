"""Build a long synthetic gold set's `test/` folder from its marked-up sources (shared by heldout4's
``source/build.py`` and heldout5's ``source/build_heldout5.py``; written for heldout4 by mt7, adapted by ho5). Markup:
«C attrs»sentence«/C», «Q attrs»text«/Q», «S»text«/S», «F attrs»phrase«/F»; attrs are key=value joined by '|'. Each
type has its own stack, so types may cross. Nothing runs at import (pytest's doctest collection imports it)."""
import csv, re, sys
from pathlib import Path
TOK = re.compile(r'«(/?)([CQSF])([^»]*)»')
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100}
def value(qt):
    t = qt.lower().strip(); mult = 1
    for word, m in (("million", 1e6), ("thousand", 1e3)):
        if t.endswith(word):
            mult, t = m, t[: -len(word)].strip()
    if t in WORDS:
        return WORDS[t] * mult
    return float(t.replace(",", "").replace("\u00a0", "").replace(" ", "")) * mult
def attrs(s):
    d = {}
    for part in s.strip().split("|"):
        if part.strip():
            k, _, v = part.partition("=")
            d[k.strip()] = v.strip()
    return d
def category(u, ch):
    return {"km2": "territory", "sq mi": "territory", "km": "distance", "mi": "distance", "settlements": "settlements",
            "percent": "share", "missiles": "missiles", "drones": "missiles", "air targets": "missiles"}.get(u) or (
            "casualties" if ch == "loss" else "troops")
def main(src_dir, out, name):
    """Strip the marks from every source of ``src_dir`` into `out`/articles and write the three CSVs there (``name``:
    the set's name, in each article's manifest note)."""
    SRC, OUT = Path(src_dir), Path(out)
    Q, C, F, A = [], [], [], []
    manifest = [l.split("\t") for l in (SRC / "manifest.tsv").read_text().strip().split("\n")]
    for stem, published, source in manifest:
        src = (SRC / f"{stem}.src").read_text(encoding="utf-8").strip()
        out, stacks, items, pos, n = [], {}, [], 0, 0
        for m in TOK.finditer(src):
            seg = src[pos:m.start()]; out.append(seg); n += len(seg); pos = m.end()
            if not m.group(1):
                stacks.setdefault(m.group(2), []).append((attrs(m.group(3)), n))
            else:
                at, st = stacks[m.group(2)].pop(); items.append((st, m.group(2), at, n))
        out.append(src[pos:]); text = "".join(out)
        assert not any(stacks.values()), (stem, stacks)
        assert "«" not in text and "»" not in text, stem
        (OUT / "articles").mkdir(parents=True, exist_ok=True)
        (OUT / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
        A.append({"file": f"{stem}.txt", "published": published, "source": source, "title": text.split("\n")[0], "url": "",
                  "language": "en", "notes": f"Synthetic long test copy written blind for the {name} set; not real reporting."})
        items.sort(key=lambda x: (x[0], -x[3]))
        seen = {}
        for st, typ, at, en in items:
            span = text[st:en]
            if typ in "QS":
                seen[span] = seen.get(span, 0) + 1
                Q.append({"article_id": stem, "occurrence": seen[span], "text": span,
                          "speaker": "" if typ == "S" else at["s"], "speaker_as_written": "" if typ == "S" else at.get("w", ""),
                          "kind": "scare" if typ == "S" else {"d": "direct", "p": "partial"}[at.get("k", "d")],
                          "statement_date": at.get("d", ""), "date_note": at.get("dn", ""), "notes": at.get("n", "")})
            elif typ == "C":
                C.append({"article_id": stem, "text": span, "speaker": at["s"], "statement_date": at.get("d", ""),
                          "headline": "true" if at.get("h") else "", "claim_type": "", "notes": at.get("n", "")})
            else:
                u, ch = at["u"], at["ch"]; qt = at["qt"]; assert qt in span, (stem, qt, span)
                q = value(qt)
                F.append({"article_id": stem, "phrase": span, "quantity": q, "quantity_text": qt, "qualifier": at.get("q", ""),
                          "unit": u, "area_km2": q if u == "km2" else "", "category": at.get("c") or category(u, ch),
                          "actor": at["a"], "change": ch, "place": at.get("p", ""), "period_text": at.get("pt", ""),
                          "period_start": "", "period_end": "", "source_attribution": at.get("s", ""), "notes": at.get("n", "")})
    def write(name, rows, cols):
        with open(OUT / name, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols); w.writeheader(); w.writerows(rows)
    write("articles.csv", A, ["file", "published", "source", "title", "url", "language", "notes"])
    write("quotes.csv", Q, ["article_id", "occurrence", "text", "speaker", "speaker_as_written", "kind", "statement_date", "date_note", "notes"])
    write("claims.csv", C, ["article_id", "text", "speaker", "statement_date", "headline", "claim_type", "notes"])
    write("facts.csv", F, ["article_id", "phrase", "quantity", "quantity_text", "qualifier", "unit", "area_km2", "category", "actor",
                           "change", "place", "period_text", "period_start", "period_end", "source_attribution", "notes"])
    for stem, *_ in manifest:
        t = (OUT / "articles" / f"{stem}.txt").read_text()
        print(stem, len(t.split()), "words", len(t.encode()), "bytes",
              sum(r["article_id"] == stem for r in Q), "Q", sum(r["article_id"] == stem for r in C), "C",
              sum(r["article_id"] == stem for r in F), "F")
