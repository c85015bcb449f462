"""Explorers for a notebook: filter quotes or claims, read a table, check spans by eye.

* :func:`select` — rows of a quotes or claims table by speaker, keyword and date range;
* :func:`table` — a DataFrame shown for reading: text columns left-aligned and
  wrapped, numbers right-aligned (:func:`number_text`: a small share never shows as
  0.0), the first rows only, with a count of the rest and a note on rows that look alike;
* :func:`article` — one article's text with its quotes, claims and facts
  highlighted, each mark carrying its row's details as a tooltip;
* :func:`evidence` — one row with its evidence: the article, the span, the sentence as
  printed, why that speaker, how the date was worked out or why there is none.

Everything renders as plain HTML with inline styles (pandas Styler and the
standard library): no JavaScript, no web font, nothing fetched, so it works
offline, in exported HTML and in nbval's checks. Outside a notebook each object
prints as text.

Example:
    >>> from saidvsdone import corpus, explore, quotes
    >>> articles = corpus.load()
    >>> table = quotes.extract(articles)
    >>> putin = explore.select(table, speaker="putin", keyword="plan", start="2022-01-01", end="2022-12-31")
    >>> putin["speaker"].unique().tolist(), putin["statement_date"].dt.year.unique().tolist()
    (['Vladimir Putin'], [2022])
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass

import pandas as pd

from saidvsdone._plural import plural

__all__ = ["select", "table", "article", "evidence", "number_text", "Table", "Article", "Evidence", "ATTRIBUTIONS"]

_TEXT_WIDTH = "38em"
_PLAIN_WIDTH = 60  # characters: a longer text is printed in full under its row in plain text


def number_text(value: float) -> str:
    """A number as a table shows it to people: thousands separated and one decimal (``115,821.9``,
    ``-9,354.5``), but a number under 1 that is not zero keeps two significant digits, so a small
    share or change never reads as zero (``0.014``, ``-0.04``, ``0.35``). The data keep every
    digit: this is only how notebook tables (``notebook.setup``'s display format, :func:`table`)
    print them; exported CSV files stay numeric.

    Example:
        >>> [number_text(v) for v in (115821.94, -9354.5, 1.0, 0.5, 0.351, 0.96, 0.0136, -0.04, 0.00042, 0.0)]
        ['115,821.9', '-9,354.5', '1.0', '0.5', '0.35', '0.96', '0.014', '-0.04', '0.00042', '0.0']
    """
    import math

    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        return str(value)
    size = abs(value)
    if size == 0 or size >= 1:
        return f"{value:,.1f}"
    decimals = max(1, 1 - math.floor(math.log10(size)))  # two significant digits
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0")
        text = text + "0" if text.endswith(".") else text
    return text


def select(frame: pd.DataFrame, *, speaker: str | None = None, keyword: str | None = None,
           start=None, end=None, date_column: str = "statement_date") -> pd.DataFrame:
    """Rows of a quotes or claims table (or any table with ``speaker``, ``text`` and a date).

    Args:
        frame: from ``quotes.extract``, ``claims.find`` or ``compare.claims_vs_territory``.
        speaker: part of the speaker's name, any case (``"putin"`` finds "Vladimir Putin").
        keyword: a word or phrase in ``text`` (or ``phrase``/``sentence`` when the
            table has them), any case; plain text, not a pattern.
        start, end: first and last day, inclusive (``"2022-09-01"``, a Timestamp …);
            undated rows are left out when either is given. A date that cannot be read
            raises ``ValueError``.
        date_column: the column holding the date.

    Returns:
        The matching rows, in the table's order, index kept.

    Example:
        >>> rows = pd.DataFrame({"speaker": ["Vladimir Putin", "Dmitry Peskov"],
        ...                      "text": ["going to plan", "talks are possible"],
        ...                      "statement_date": pd.to_datetime(["2022-09-16", "2023-03-08"])})
        >>> select(rows, speaker="PUTIN")["text"].tolist()
        ['going to plan']
        >>> select(rows, keyword="talks", start="2023-01-01")["speaker"].tolist()
        ['Dmitry Peskov']
        >>> select(rows, start="14/10/2022x")
        Traceback (most recent call last):
        ...
        ValueError: start='14/10/2022x' is not a date this library can read. Write it as YYYY-MM-DD (e.g. '2022-10-14') or as '14 October 2022'
    """
    from saidvsdone import corpus

    keep = pd.Series(True, index=frame.index)
    if speaker:
        keep &= frame["speaker"].fillna("").str.contains(speaker, case=False, regex=False)
    if keyword:
        found = pd.Series(False, index=frame.index)
        for column in ("text", "phrase", "sentence"):
            if column in frame.columns:
                found |= frame[column].fillna("").astype(str).str.contains(keyword, case=False, regex=False)
        keep &= found
    for name, value, compare in (("start", start, "ge"), ("end", end, "le")):
        if value is None:
            continue
        try:
            day = corpus.typed_date(value)
        except ValueError as err:
            raise ValueError(str(err).replace("published=", f"{name}=")) from None
        if not day:
            continue
        keep &= getattr(frame[date_column], compare)(pd.Timestamp(day)).fillna(False).astype(bool)
    return frame[keep]


@dataclass
class Table:
    """A table for reading in a notebook (see :func:`table`); ``.frame`` is the data shown."""

    frame: pd.DataFrame
    total: int
    caption: str = ""
    alike: str = ""  # rows shown that read the same (see _alike)

    def _note(self) -> str:
        shown = len(self.frame)
        more = f"first {shown} of {self.total} rows" if shown < self.total else plural(self.total, "row")
        more += f"; {self.alike}" if self.alike else ""
        return f"{self.caption} ({more})" if self.caption else more

    def _repr_html_(self) -> str:
        frame = self.frame
        text_columns = [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]
        styler = frame.style.set_uuid("saidvsdone").hide(axis="index")
        styler = styler.format(precision=1, thousands=",", na_rep="—")
        floats = [c for c in frame.columns if pd.api.types.is_float_dtype(frame[c])]
        if floats:  # a small share or change never shows as 0.0 (number_text)
            styler = styler.format(number_text, subset=floats, na_rep="—")
        styler = styler.set_properties(subset=text_columns, **{
            "text-align": "left", "white-space": "normal", "min-width": "8em", "max-width": _TEXT_WIDTH})
        styler = styler.set_table_styles([
            {"selector": "th", "props": "text-align: left; vertical-align: bottom"},
            {"selector": "td", "props": "vertical-align: top"},
            {"selector": "caption", "props": "caption-side: bottom; text-align: left; font-style: italic"},
        ]).set_caption(html.escape(self._note()))
        return styler.to_html()

    def __repr__(self) -> str:
        """Plain text (a terminal, nbconvert's text output, a printed notebook): the short columns as a table, and a
        long text (over 60 characters: a claim's sentence, a rule) in full, wrapped under its row; never cut."""
        frame = self.frame
        long = [c for c in frame.columns if (frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c]))
                and frame[c].astype(str).str.len().max() > _PLAIN_WIDTH] if len(frame) else []
        short = [c for c in frame.columns if c not in long]
        if not long:
            return f"{frame.to_string(index=False)}\n({self._note()})"
        lines = frame[short].to_string(index=False).splitlines() if short else [""] * (len(frame) + 1)
        out = [lines[0]] if short else []
        for k, row in enumerate(frame[long].itertuples(index=False)):
            if short:
                out.append(lines[k + 1])
            for column, value in zip(long, row):
                if value is None or (isinstance(value, float) and pd.isna(value)) or not str(value).strip():
                    continue  # (an empty cell adds no line)
                out.append(textwrap.fill(str(value), 100, initial_indent=f"    {column}: ",
                                         subsequent_indent=" " * (6 + len(column))))
        return "\n".join(out) + f"\n({self._note()})"


def table(frame: pd.DataFrame, columns=None, *, rows: int = 10, caption: str = "") -> Table:
    """``frame`` (or its ``columns``) for reading: text left-aligned and wrapped, the first ``rows``.

    The caption says how many rows there are in all, and names rows shown that look the
    same in ``columns`` (two claims of one day share a label: the column that tells them
    apart, such as ``text``; or the same row twice); ``len(frame)`` and the
    frame itself are untouched. Floats under 1 keep two significant digits (:func:`number_text`). Dates show as days. A quote's ``sentence`` over
    1,000 characters (a transcript with no full stop for pages) shows the part around
    the quote, as the exported CSV has it (``report.spreadsheet_cells``); every other
    text is shown whole.

    Example:
        >>> shown = table(pd.DataFrame({"speaker": ["Putin"] * 12, "n": range(12)}), rows=3)
        >>> print(repr(shown).splitlines()[-1])
        (first 3 of 12 rows)
        >>> "text-align: left" in shown._repr_html_()
        True
    """
    chosen = frame[list(columns)] if columns is not None else frame
    head = chosen.head(rows).reset_index(drop=True)
    if "sentence" in head.columns and {"sentence_start", "start", "end"} <= set(frame.columns):
        from saidvsdone import report

        head["sentence"] = report.spreadsheet_cells(frame.head(rows).reset_index(drop=True))[0]["sentence"]
    for column in head.columns:
        if pd.api.types.is_datetime64_any_dtype(head[column]):
            head[column] = head[column].dt.strftime("%Y-%m-%d").fillna("—").astype(object)
    return Table(head, len(chosen), caption, _alike(head, frame.head(rows).reset_index(drop=True)))


def _alike(head: pd.DataFrame, rows: pd.DataFrame) -> str:
    """A note for rows shown that read the same in the columns chosen, so that a reader does not take
    them for a mistake: different rows of the table (two claims of one day with the same label), and
    the column that tells them apart; or, when every column is the same too, the same row twice.

    Example:
        >>> rows = pd.DataFrame({"label": ["Putin, 16 Sep 2022: threat"] * 2 + ["Biden, undated: threat"],
        ...                      "text": ["A warning.", "A second warning.", "A reply."]})
        >>> _alike(rows[["label"]], rows)
        "rows 1 = 2 look the same in these columns but are different rows ('text' tells them apart)"
        >>> _alike(rows[["label"]], pd.concat([rows.head(1)] * 2, ignore_index=True))
        'rows 1 = 2: the same row more than once'
    """
    if len(head) < 2 or head.columns.empty:
        return ""
    same: dict[tuple, list[int]] = {}
    for k, row in enumerate(head.astype(str).itertuples(index=False, name=None)):
        same.setdefault(row, []).append(k)
    groups = [g for g in same.values() if len(g) > 1]
    if not groups:
        return ""
    whole = rows.astype(str)
    apart: dict[str, list[str]] = {}  # the column that tells rows apart ("" for the same row) → groups
    for group in groups:
        differ = [c for c in whole.columns if c not in head.columns and whole.loc[group, c].nunique() > 1]
        best = next((c for c in ("text", "sentence", "quote_id", "claim_id", "start") if c in differ),
                    differ[0] if differ else "")
        apart.setdefault(best, []).append(" = ".join(str(k + 1) for k in group))
    notes = []
    for best, found in apart.items():
        which = "rows " + (" and ".join(found) if len(found) < 3 else ", ".join(found[:-1]) + " and " + found[-1])
        notes.append(f"{which}: the same row more than once" if not best else
                     f"{which} look the same in these columns but are different rows ({best!r} tells them apart)")
    return "; ".join(notes)


# --- one article, highlighted -------------------------------------------------------------------

_LAYERS = {  # layer: (CSS for its marks, what it is)
    "quote": ("background: #fff3b0", "quote"),
    "claim": ("text-decoration: underline; text-decoration-color: #c0392b; "
              "text-decoration-thickness: 3px; text-underline-offset: 3px", "claim phrase"),
    "fact": ("background: #cde7f7; outline: 1px solid #2f7fb5", "battlefield fact"),
}


@dataclass
class Article:
    """One article with highlighted spans (see :func:`article`)."""

    article_id: str
    text: str
    spans: list[tuple[int, int, str, str]]  # start, end, layer, tooltip

    def counts(self) -> dict[str, int]:
        return {layer: sum(1 for s in self.spans if s[2] == layer) for layer in _LAYERS}

    def __repr__(self) -> str:
        counts = ", ".join(plural(n, layer) for layer, n in self.counts().items())
        return f"article {self.article_id}: {len(self.text)} characters; {counts} highlighted"

    def _repr_html_(self) -> str:
        cuts = sorted({0, len(self.text)} | {s[0] for s in self.spans} | {s[1] for s in self.spans})
        pieces = []
        for lo, hi in zip(cuts, cuts[1:]):
            covering = [s for s in self.spans if s[0] <= lo and hi <= s[1]]
            chunk = html.escape(self.text[lo:hi]).replace("\n\n", "</p><p>")
            if not covering:
                pieces.append(chunk)
                continue
            layers = sorted({s[2] for s in covering}, key=list(_LAYERS).index)
            style = "; ".join(_LAYERS[layer][0] for layer in layers)
            tip = html.escape(" | ".join(dict.fromkeys(s[3] for s in covering)), quote=True)
            pieces.append(f'<span style="{style}" title="{tip}">{chunk}</span>')
        legend = " ".join(f'<span style="{css}; padding: 0 4px">{what}</span>'
                          for css, what in _LAYERS.values())
        counts = ", ".join(plural(n, layer) for layer, n in self.counts().items())
        return (f'<div style="text-align: left; max-width: 48em; line-height: 1.6">'
                f'<p style="font-size: 90%"><b>{html.escape(self.article_id)}</b> — {counts}. '
                f'Key: {legend}. Hover over a mark for its row.</p>'
                f'<p>{"".join(pieces)}</p></div>')


def article(articles: pd.DataFrame, article_id: str, *, quotes: pd.DataFrame | None = None,
            claims: pd.DataFrame | None = None, facts: pd.DataFrame | None = None) -> Article:
    """One article's cleaned text with its quotes, claims and facts highlighted, to check spans by eye.

    Quotes are shaded yellow, claim phrases underlined in red, facts boxed in blue;
    each mark's tooltip gives its row (speaker and date, claim type, quantity …).
    Pass the tables you have; rows of other articles are ignored. Claims are
    marked on their phrase (``phrase_start``/``phrase_end``) when the table has it.

    Example:
        >>> from saidvsdone import corpus
        >>> one = corpus.from_text("Putin said it was “going to plan.”", article_id="a", published="2022-09-17")
        >>> quotes = pd.DataFrame({"article_id": ["a"], "start": [19], "end": [33], "speaker": ["Vladimir Putin"],
        ...                        "statement_date": pd.to_datetime(["2022-09-17"])})
        >>> shown = article(one, "a", quotes=quotes)
        >>> shown
        article a: 34 characters; 1 quote, 0 claims, 0 facts highlighted
        >>> 'title="Vladimir Putin, 2022-09-17">going to plan.</span>' in shown._repr_html_()
        True
    """
    rows = articles[articles["article_id"] == article_id]
    if rows.empty:
        raise KeyError(f"no article {article_id!r} in the table (article_id column)")
    text = rows.iloc[0]["text"]
    spans: list[tuple[int, int, str, str]] = []
    for layer, frame, columns, describe in (
            ("quote", quotes, ("start", "end"), _quote_tip),
            ("claim", claims, ("phrase_start", "phrase_end"), _claim_tip),
            ("fact", facts, ("start", "end"), _fact_tip)):
        if frame is None or frame.empty:
            continue
        lo, hi = columns if set(columns) <= set(frame.columns) else ("start", "end")
        for row in frame[frame["article_id"] == article_id].to_dict("records"):
            if 0 <= row[lo] < row[hi] <= len(text):
                spans.append((int(row[lo]), int(row[hi]), layer, describe(row)))
    return Article(article_id, text, spans)


def _day(value, published=None) -> str:
    """The day words were said, for a tooltip; in a dated article, words with no day of their own
    are not "undated" (that reads as an undated article) but said on or before its date."""
    if value is not None and not pd.isna(value):
        return str(pd.Timestamp(value).date())
    if published is None or pd.isna(published):
        return "undated"
    return f"no day of its own (published {pd.Timestamp(published).date()})"


def _quote_tip(row: dict) -> str:
    return f"{row.get('speaker') or 'unattributed'}, {_day(row.get('statement_date'), row.get('published'))}"


def _claim_tip(row: dict) -> str:
    return f"claim: {row.get('claim_type', '')}; {row.get('speaker') or 'unattributed'}, " \
           f"{_day(row.get('statement_date'), row.get('published'))}"


def _fact_tip(row: dict) -> str:
    parts = [str(row.get(k)) for k in ("quantity_text", "unit", "actor", "change") if row.get(k)]
    return "fact: " + " · ".join(parts)


# --- one row, with its evidence -----------------------------------------------------------------

#: how a speaker was found (the ``attribution`` column) → what that means, for :func:`evidence`
ATTRIBUTIONS = {
    "name": "by name: the sentence names the speaker",
    "title": "by title and name: the sentence gives both",
    "role": "by role: a role (“the Russian leader”) resolved to the person it means",
    "pronoun": "by pronoun (“he said”): the person the article last named",
    "continuation": "as a continuation: no attribution of its own, so the speaker of the quote or paragraph before",
    "according to": "from “according to …”",
    "unknown name": "by a name that is not in data/speakers.csv: kept as the article writes it",
    "unnamed source": "an unnamed source (“officials said”): kept as the article describes them",
    "country": "a country (“Russia said”): its government",
    "": "no speaker found: the words are left unattributed rather than guessed",
}


@dataclass
class Evidence:
    """One row of a quotes, claims or facts table (or of a comparison) with its evidence: see :func:`evidence`.

    ``lines`` holds each item (``what``, ``article``, ``span``, ``sentence``, ``speaker``, ``date``, and
    ``assessment`` for a comparison row) as the text printed; ``text`` is the article's cleaned text."""

    row_id: str
    lines: dict[str, str]
    text: str
    span: tuple[int, int]
    sentence: tuple[int, int]

    def __repr__(self) -> str:
        width = max(len(k) for k in self.lines)
        return "\n".join(textwrap.fill(v, 110, initial_indent=f"{k:<{width}}  ",
                                       subsequent_indent=" " * (width + 2)) for k, v in self.lines.items())

    def _repr_html_(self) -> str:
        (lo, hi), (s_lo, s_hi) = self.span, self.sentence
        shown = dict(self.lines)
        if s_lo <= lo <= hi <= s_hi <= len(self.text):  # the sentence as printed, its span marked
            shown["sentence"] = (html.escape(self.text[s_lo:lo]) + '<mark style="background: #fff3b0">'
                                 + html.escape(self.text[lo:hi]) + "</mark>" + html.escape(self.text[hi:s_hi]))
        rows = "".join(f'<tr><th style="text-align: left; vertical-align: top; padding-right: 1em">{html.escape(k)}'
                       f'</th><td style="text-align: left">{v if k == "sentence" and v is not self.lines[k] else html.escape(v)}'
                       "</td></tr>" for k, v in shown.items())
        return f'<table style="max-width: 48em">{rows}</table>'


def _blank(value) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value)) or str(value).strip() == ""


def _date_text(value) -> str:
    return "" if _blank(value) else str(pd.Timestamp(value).date())


def evidence(articles: pd.DataFrame, table: pd.DataFrame, row) -> Evidence:
    """One row of ``table`` with everything that backs it, to check before you publish it.

    ``table`` is a quotes, claims or facts table, or a comparison (``compare.claims_vs_territory``,
    ``compare.facts_vs_territory``), as returned or read back from the exported CSV
    (``pd.read_csv("build/mine/tables/quotes.csv")``); ``row`` is the row's id (``quote_id``,
    ``claim_id`` or ``fact_id``), its index label, or the row itself. ``articles`` is the corpus
    the table was made from (``corpus.load("my/articles")``). It gives:

    * ``article`` — the article's id, title, file, publication date and where that date came from,
      outlet and address;
    * ``span`` — the character offsets into the article's cleaned ``text`` and the words there
      (checked against the row: a row from another version of the article says so);
    * ``sentence`` — the whole sentence as the article prints it (never cut, even when the CSV is);
    * ``speaker`` — who, how the article names them, and why they were chosen (``attribution``,
      :data:`ATTRIBUTIONS`), with the speech verb and the agency that relayed the words;
    * ``date`` — the day the words were said and how it was worked out, or why there is none;
    * ``assessment`` — for a comparison row, the verdict and its rule.

    Example:
        >>> from saidvsdone import corpus, quotes
        >>> one = corpus.from_text("Peskov: plan on course\\n\\nKremlin spokesman Dmitry Peskov said on Friday "
        ...                        "that the operation was “going to plan.”", article_id="a", published="2022-10-14")
        >>> shown = evidence(one, quotes.extract(one), "a-q001")
        >>> print(shown)  # doctest: +NORMALIZE_WHITESPACE
        quote     a-q001 (partial): “going to plan.”
        article   a — 'Peskov: plan on course'; published 2022-10-14 (as given)
        span      characters 95–109 of the article's cleaned text: “going to plan.” (paragraph 2)
        sentence  Kremlin spokesman Dmitry Peskov said on Friday that the operation was “going to plan.”
        speaker   Dmitry Peskov — by name: the sentence names the speaker; speech verb ‘said’
        date      2022-10-14 — Friday → 2022-10-14
    """
    if isinstance(row, pd.Series):
        found = row
    else:
        ids = [c for c in ("claim_id", "fact_id", "quote_id") if c in table.columns]  # a claim's row names its quote too
        hits = table[table[ids[0]].astype(str) == str(row)] if ids and isinstance(row, str) else table.iloc[0:0]
        if not hits.empty:
            found = hits.iloc[0]
        elif row in table.index:
            found = table.loc[row]
        else:
            where = f"its {ids[0]!r} column" if ids else "its index"
            raise KeyError(f"no row {row!r} in the table ({where}); pass an id such as "
                           f"{str(table[ids[0]].iloc[0]) if ids and len(table) else '…'!r}, an index label or a row")
    found = found.to_dict()
    kind, row_id = next(((k, found[c]) for k, c in (("claim", "claim_id"), ("fact", "fact_id"),
                                                     ("quote", "quote_id")) if not _blank(found.get(c))),
                        ("row", str(row)))
    article_id = str(found.get("article_id", ""))
    match = articles[articles["article_id"].astype(str) == article_id]
    if match.empty:
        raise KeyError(f"no article {article_id!r} in the articles table: pass the corpus the table was made "
                       "from (corpus.load of the same folder)")
    art = match.iloc[0].to_dict()
    text = art.get("text") or ""
    lines: dict[str, str] = {}

    words = found.get("phrase") if kind == "fact" else found.get("text")
    words = "" if _blank(words) else str(words)
    head = f"{row_id}"
    if not _blank(found.get("kind")):
        head += f" ({found['kind']})"
    elif not _blank(found.get("claim_type")):
        head += f" ({found['claim_type']}" + (f", found in {found['found_in']}" if not _blank(found.get("found_in"))
                                              else "") + ")"
    elif not _blank(found.get("category")):
        head += f" ({found['category']})"
    lines[kind] = head + (f": “{words}”" if words and kind != "claim" else "")

    about = [article_id]
    if not _blank(art.get("title")):
        about.append(f"— {art['title']!r}")
    facts_of = []
    if not _blank(art.get("file")) and str(art["file"]) != article_id:
        facts_of.append(f"file {art['file']}")
    from saidvsdone.corpus import DATE_BASES as basis
    if _blank(art.get("published")):
        facts_of.append("no publication date (fill in 'published' in the manifest)")
    else:
        how = str(art.get("published_basis", ""))
        how = "as given" if how == "manifest" and _blank(art.get("file")) else basis.get(how, how)  # from_text
        facts_of.append(f"published {_date_text(art['published'])}" + (f" ({how})" if how else ""))
    for column in ("source", "url"):
        if not _blank(art.get(column)):
            facts_of.append(str(art[column]))
    lines["article"] = " ".join(about) + "; " + "; ".join(facts_of)

    lo, hi = (int(found["start"]), int(found["end"])) if not (_blank(found.get("start")) or
                                                             _blank(found.get("end"))) else (0, 0)
    if kind == "claim" and not (_blank(found.get("phrase_start")) or _blank(found.get("phrase_end"))) \
            and lo <= int(found["phrase_start"]) < int(found["phrase_end"]) <= hi:
        lo, hi = int(found["phrase_start"]), int(found["phrase_end"])  # the claim phrase inside its sentence
    s_lo, s_hi = lo, hi
    if not (_blank(found.get("sentence_start")) or _blank(found.get("sentence_end"))):
        s_lo, s_hi = int(found["sentence_start"]), int(found["sentence_end"])
    elif kind == "claim" and not (_blank(found.get("start")) or _blank(found.get("end"))):
        s_lo, s_hi = int(found["start"]), int(found["end"])
    elif not _blank(found.get("sentence")):
        where = text.find(str(found["sentence"]))
        if where >= 0 and where <= lo and hi <= where + len(str(found["sentence"])):
            s_lo, s_hi = where, where + len(str(found["sentence"]))
    if not (0 <= s_lo <= lo and hi <= s_hi <= len(text)):
        s_lo, s_hi = lo, hi
    at = text[lo:hi] if 0 <= lo < hi <= len(text) else ""
    own = words if kind != "claim" or (lo, hi) == (s_lo, s_hi) else ""  # a claim's text is its sentence
    span = f"characters {lo}–{hi} of the article's cleaned text: " + (
        "the sentence below" if (lo, hi) == (s_lo, s_hi) and kind == "claim" else f"“{at}”")
    if not at:
        span = f"characters {lo}–{hi} are outside the article's text ({len(text)} characters): " \
               "this row was made from another version of the article"
    elif own and at != own:
        span += f" — not the row's own words (“{own}”): this row was made from another version of the article"
    where = []
    if not _blank(found.get("paragraph")):
        where.append(f"paragraph {int(found['paragraph']) + 1}")  # the column counts from 0, a reader from 1
    if str(found.get("caption", "")).lower() == "true":
        where.append("in a photo caption")
    lines["span"] = span + (f" ({', '.join(where)})" if where and at else "")
    lines["sentence"] = text[s_lo:s_hi] if at else str(found.get("sentence") or "")

    speaker = "" if _blank(found.get("speaker")) else str(found["speaker"])
    written = "" if _blank(found.get("speaker_as_written")) else str(found["speaker_as_written"])
    attribution = "" if _blank(found.get("attribution")) else str(found["attribution"])
    who = speaker or "(no speaker)"
    if written and written != speaker:
        who += f", written “{written}”"
    if "attribution" in found:  # (facts-vs-maps has none: its source_attribution says it)
        who += " — " + ATTRIBUTIONS.get(attribution, attribution)
    if not _blank(found.get("cue")):
        who += "; a colon after the name (“Peskov: …”)" if str(found["cue"]) == ":" else \
            f"; speech verb ‘{found['cue']}’"
    if not _blank(found.get("source_attribution")):
        who += f"; the article's words: “{found['source_attribution']}”"
    if not _blank(found.get("via")):
        who += f"; relayed by {found['via']} (an agency passing the words on, not their speaker)"
    if kind == "fact" and not speaker:
        who = "the article's own (no speaker: the outlet states the figure)"
    lines["speaker"] = who

    date_column = "statement_date" if "statement_date" in found else "reported_date"
    day, why = _date_text(found.get(date_column)), "" if _blank(found.get("date_basis")) else str(found["date_basis"])
    if day and date_column == "reported_date":
        lines["date"] = f"reported {day}"
        period = [_date_text(found.get(c)) for c in ("period_start", "period_end")]
        if any(period):
            lines["date"] += f"; the period it covers: {period[0] or '…'} to {period[1] or '…'}"
    elif day:
        lines["date"] = f"{day} — {why}" if why else day
    elif why == "undated article" or _blank(art.get("published")):
        lines["date"] = ("none — the article has no publication date, so no day can be worked out from it: "
                         "fill in 'published' in the manifest and run it again")
    elif why.startswith("no day given"):
        lines["date"] = (f"none — {why}: the article does not say when these words were said, and the "
                         "publication date is not taken for it (they may be older)")
    else:
        lines["date"] = f"none — {why}" if why else "none"

    if not _blank(found.get("assessment")):
        verdict = str(found["assessment"])
        if not _blank(found.get("reason")):
            verdict += f" ({found['reason']})"
        if not _blank(found.get("rule")):
            verdict += f" — {found['rule']}"
        lines["assessment"] = verdict
    return Evidence(str(row_id), lines, text, (lo, hi), (s_lo, s_hi))
