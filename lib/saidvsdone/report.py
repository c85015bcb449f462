"""The main job on any folder of articles: the tables, figures and ClaimReview that
``make report`` collects from the notebooks, in one call.

``python -m saidvsdone report --folder my/articles --out build/mine`` runs
:func:`build`. It uses only the public verbs the notebooks use — ``corpus.load``,
``quotes.extract``, ``claims.find``, ``facts.extract``, ``compare`` and ``charts``
— and writes with :func:`write`, the same writer as ``notebook.export``, so a
folder of your own gets the same files as the bundled corpus::

    <out>/articles.csv                      one row per article (no raw text)
    <out>/load-report.csv                   every file: loaded, warning or skipped, and why
    <out>/tables/quotes.csv                 who said what, when (notebook 01)
    <out>/tables/facts-vs-maps.csv          reported figures against the maps (notebook 02)
    <out>/tables/claims-vs-territory.csv    each claim against the map (notebook 04)
    <out>/figures/*.png|svg                 the timeline, the window changes, the figures checked
    <out>/claimreview.jsonld                schema.org ClaimReview for the assessable claims

CSV files carry a UTF-8 byte-order mark (``utf-8-sig``) so that Excel and
LibreOffice open quote marks and accents correctly; pandas and Python's ``csv``
read them as usual (``pd.read_csv(path)`` drops the mark). They are written for a
spreadsheet (see :func:`spreadsheet_cells`): a quote's ``sentence`` over
:data:`SENTENCE_EXCERPT` characters is the part around the quote, and no cell holds
more than Excel's :data:`CELL_LIMIT` characters; the report's notes say when either
happened. The tables in memory are never cut.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> from saidvsdone import report
    >>> out = Path(tempfile.mkdtemp())
    >>> done = report.build(out=out, as_of="2026-08-21")
    >>> sorted(p.relative_to(out).as_posix() for p in done.written if p.suffix == ".csv")
    ['articles.csv', 'load-report.csv', 'tables/claims-vs-territory.csv', 'tables/facts-vs-maps.csv', 'tables/quotes.csv']
"""

from __future__ import annotations

import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from saidvsdone import _atomic
from saidvsdone._paths import command
from saidvsdone._plural import agree, plural

__all__ = ["build", "check_review", "ReviewError", "load_report", "write", "spreadsheet_cells", "Report",
           "KEY_CLAIM_TYPES", "WINDOWS", "CSV_ENCODING", "CELL_LIMIT", "SENTENCE_EXCERPT"]

#: The claim types drawn on the headline timeline (notebook 04 draws the same).
KEY_CLAIM_TYPES = ("on_plan", "progress", "mobilisation_ending", "threat")
#: Windows (days) before and after each claim.
WINDOWS = (14, 30, 90)
#: The headline timeline shows the map this many days either side of its first and last claim (within the series),
#: so claims of a few weeks are not specks on a four-year line.
TIMELINE_MARGIN_DAYS = 180
#: Encoding of every exported CSV: UTF-8 with a byte-order mark, for spreadsheets.
CSV_ENCODING = "utf-8-sig"
#: The most characters Excel holds in one cell ("Excel specifications and limits"): an exported cell is
#: never longer (a longer one would be cut or spill into the next rows when the file is opened).
CELL_LIMIT = 32_767
#: A quote's ``sentence`` longer than this (a transcript or a live blog with no full stop for pages) is
#: exported as the :data:`SENTENCE_CONTEXT` characters either side of the quote, not repeated whole on
#: every quote it holds.
SENTENCE_EXCERPT = 1_000
SENTENCE_CONTEXT = 300


@dataclass
class Report:
    """What :func:`build` did: the folder read, the files written, and notes for the reader."""

    folder: Path
    out: Path
    articles: pd.DataFrame
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    #: True once ``on_loaded`` (``build``'s callback) has shown the load listing: ``str()`` then leaves it out
    load_shown: bool = False

    def loaded(self) -> str:
        """What was loaded, warned about or skipped: the listing ``str()`` opens with, which the
        command prints as soon as the articles are read (before the long part of the run)."""
        from saidvsdone import corpus

        return self.articles.attrs["report"].listing(alike=corpus.LISTED_ALIKE)

    def __str__(self) -> str:
        lines = [] if self.load_shown else [self.loaded(), ""]
        lines.append(", ".join(plural(n, what[:-1] if what.endswith("s") else what, what)
                               for what, n in self.counts.items()))
        lines += [f"note: {note}" for note in self.notes]
        lines.append(f"Wrote {plural(len(self.written), 'file')} to {self.out}:")
        lines += [f"  {path}" for path in self.written]
        return "\n".join(lines)


def spreadsheet_cells(frame: pd.DataFrame, name: str = "table") -> tuple[pd.DataFrame, list[str]]:
    """``frame`` as it is written to CSV for a spreadsheet, and a note for each change made.

    Two things a reader opening the file in Excel or LibreOffice would trip on:

    * a quote in a very long sentence (a transcript, a live blog with no full stop for
      pages): every quote of that sentence would repeat it whole. A ``sentence`` over
      :data:`SENTENCE_EXCERPT` characters, in a table that has ``sentence_start`` and
      ``start``/``end`` (the quotes table), is cut to the :data:`SENTENCE_CONTEXT`
      characters either side of its quote, at word boundaries, with "…" where it was cut;
      ``sentence_start`` and ``sentence_end`` still give the whole sentence;
    * a cell over :data:`CELL_LIMIT` characters (the text of a huge article in
      ``articles.csv``), more than Excel holds: it is cut to that length and ends with
      a mark that says how long it was.

    The frame given is not changed: a copy is returned when something was cut.

    Example:
        >>> sentence = "The minister said " + "and so on " * 200 + "that “all is well” " + "and more " * 200
        >>> table = pd.DataFrame({"text": ["all is well"], "start": [2018], "end": [2029],
        ...                       "sentence": [sentence], "sentence_start": [0], "sentence_end": [len(sentence)]})
        >>> cut, notes = spreadsheet_cells(table, "quotes.csv")
        >>> excerpt = cut.loc[0, "sentence"]
        >>> excerpt.startswith("… ") and excerpt.endswith(" …") and "“all is well”" in excerpt, len(excerpt) < 700
        (True, True)
        >>> print(notes[0])
        quotes.csv: 1 sentence over 1,000 characters written as the 300 characters either side of its quote (… marks a cut; sentence_start and sentence_end give the whole sentence)
        >>> table.loc[0, "sentence"] == sentence  # the table itself is unchanged
        True
    """
    out = frame
    notes: list[str] = []
    if {"sentence", "sentence_start", "start", "end"} <= set(frame.columns) and len(frame):
        lengths = frame["sentence"].astype(str).str.len()
        long = frame.index[(lengths > SENTENCE_EXCERPT).to_numpy()]
        if len(long):
            out = frame.copy()
            for index in long:
                row = frame.loc[index]
                out.at[index, "sentence"] = _excerpt(str(row["sentence"]), row["start"] - row["sentence_start"],
                                                     row["end"] - row["sentence_start"])
            notes.append(f"{name}: {plural(len(long), 'sentence')} over {SENTENCE_EXCERPT:,} characters written as the "
                         f"{SENTENCE_CONTEXT} characters either side of {agree(len(long), 'its', 'their')} quote (… marks a cut; "
                         "sentence_start "
                         "and sentence_end give the whole sentence)")
    for column in out.columns:
        values = out[column]
        if not (values.dtype == object or pd.api.types.is_string_dtype(values)):
            continue
        over = [isinstance(v, str) and len(v) > CELL_LIMIT for v in values.astype(object)]
        if not any(over):
            continue
        if out is frame:
            out = frame.copy()
        out[column] = out[column].astype(object)
        for index in out.index[over]:
            out.at[index, column] = _fit_cell(out.at[index, column])
        notes.append(f"{name}: {plural(sum(over), 'cell')} of column {column!r} longer than {CELL_LIMIT:,} characters, "
                     f"the most Excel holds in a cell, {agree(sum(over), 'was', 'were')} cut to that length "
                     f"({agree(sum(over), 'it ends', 'each ends')} with a mark saying how long it was)")
    return out, notes


def _excerpt(sentence: str, start, end) -> str:
    """The part of ``sentence`` around ``[start, end)``: the span and ``SENTENCE_CONTEXT`` characters either
    side, widened to whole words, with "…" where the sentence was cut."""
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        start, end = 0, 0
    if not 0 <= start <= end <= len(sentence):  # offsets that do not fit: the beginning of the sentence
        start = end = 0
    left = max(0, start - SENTENCE_CONTEXT)
    right = min(len(sentence), end + SENTENCE_CONTEXT)
    if left > 0:  # start at a word: the first space before the cut, or the cut itself
        space = sentence.rfind(" ", 0, left)
        left = space + 1 if space >= 0 and left - space <= 30 else left
    if right < len(sentence):
        space = sentence.find(" ", right)
        right = space if 0 <= space - right <= 30 else right
    return ("… " if left > 0 else "") + sentence[left:right].strip() + (" …" if right < len(sentence) else "")


def _fit_cell(value: str) -> str:
    mark = f" … [cut here: {len(value):,} characters in all, more than a spreadsheet cell holds]"
    return value[:CELL_LIMIT - len(mark)] + mark


def write(obj, name: str, folder: str | Path, *, notes: list[str] | None = None) -> list[Path]:
    """Write a table, a figure or a text document under ``folder``; return the paths written.

    A DataFrame becomes ``tables/<name>.csv`` (UTF-8 with a BOM, no index; cut for a
    spreadsheet by :func:`spreadsheet_cells`, whose notes are appended to ``notes`` when
    given), a matplotlib Figure ``figures/<name>.png`` and ``.svg`` (see ``charts.save``),
    a string the file ``<name>`` itself (its name carries the extension, e.g.
    ``claimreview.jsonld``). Folders are created as needed.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> [p.relative_to(folder).as_posix() for p in write(pd.DataFrame({"claim": ["“going to plan”"]}), "claims", folder)]
        ['tables/claims.csv']
        >>> (folder / "tables" / "claims.csv").read_bytes()[:3] == "\\ufeff".encode()
        True
        >>> pd.read_csv(folder / "tables" / "claims.csv")["claim"].tolist()
        ['“going to plan”']
    """
    folder = Path(folder)
    if isinstance(obj, str):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        _atomic.write_text_whole(path, obj)
        return [path]
    if isinstance(obj, pd.DataFrame):
        path = folder / "tables" / f"{name}.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_csv(obj, path, notes)
        return [path]
    from saidvsdone import charts

    return charts.save(obj, name, folder=folder / "figures")


def write_csv(frame: pd.DataFrame, path: Path, notes: list[str] | None = None) -> None:
    """Write ``frame`` to ``path`` as the report's CSVs are written (spreadsheet-safe cells, ``CSV_ENCODING``); what
    had to be cut is added to ``notes``. Shared by ``report`` and the command line's ``add``."""
    frame, cut = spreadsheet_cells(frame, path.name)
    with _atomic.whole_file(path) as partial:  # a table is the earlier run's or this one's, never half of one
        frame.to_csv(partial, index=False, encoding=CSV_ENCODING)
    if notes is not None:
        notes.extend(cut)


def _check_out_folder(out: Path) -> None:
    """Stop, before any article is read, when ``out`` (or a folder above it) is a file: it cannot hold the tables;
    or when ``out`` cannot be made or written to (``_atomic.check_writable``, as ``collect.add`` checks its folder)."""
    from saidvsdone import corpus

    for above in (out, *out.parents):
        if above.exists():
            if not above.is_dir():
                raise corpus.CorpusError(f"--out {out}: {above} is a file, not a folder: give a folder for the "
                                         "tables and figures (e.g. build/mine); nothing written")
            break
    _atomic.check_writable(out, "the report folder (--out)", "nothing written")


@contextmanager
def _writing():
    """Turn an ``OSError`` of the writes (a disk full, a folder made read-only mid-run) into one ``CorpusError``
    line naming the file: each file is whole or as it was (``_atomic.whole_file``)."""
    try:
        yield
    except OSError as err:
        from saidvsdone import corpus

        where = f" {err.filename}" if err.filename else ""
        raise corpus.CorpusError(f"cannot write{where} ({corpus.os_reason(err)}): the files written before it are "
                                 "whole, the others as the last run left them; free the space or fix the folder "
                                 "and run it again") from err


class ReviewError(ValueError):
    """ClaimReview options that cannot be used (a ``review_url`` that is no web address, an author
    without an address, a ``review_date`` that is no date): raised by :func:`check_review` before
    anything is read or written."""


def check_review(review_author=None, review_url: str | None = None, review_date=None):
    """The ClaimReview options checked before a run: the review date as a day (``None`` when none
    is given), or :class:`ReviewError` naming the option and what to give.

    Both ``review_author`` and ``review_url`` or neither (ClaimReview requires both; without
    them ``claimreview.jsonld`` is written empty); the URL an ``http(s)://`` address; the date
    read as a manifest's ``published`` cell is (``YYYY-MM-DD``; ``03/04/2023`` is ambiguous).

    Example:
        >>> check_review("The Example Desk", "https://example.org/check", "2026-12-03")
        Timestamp('2026-12-03 00:00:00')
        >>> check_review() is None
        True
        >>> check_review("The Example Desk", "example.org/check")
        Traceback (most recent call last):
        ...
        saidvsdone.report.ReviewError: review_url (--review-url) 'example.org/check' is not a web address: give the http(s) address of the page that publishes the fact check, e.g. https://example.org/check
    """
    from saidvsdone import compare, corpus

    day = None
    if review_date is not None:
        day, why = corpus.read_date(review_date)
        if pd.isna(day):
            how = "" if "YYYY-MM-DD" in (why or "") else " as YYYY-MM-DD, e.g. 2026-12-03"  # (said once, rv28fixc)
            raise ReviewError(f"review_date (--review-date) {str(review_date)!r} {why or 'is not a date'}: "
                              f"give the day you publish the check{how}")
    given = {"review_author (--review-author)": review_author, "review_url (--review-url)": review_url}
    missing = [name for name, value in given.items() if value is None or not str(value).strip()]
    if len(missing) == 1:
        other = next(name for name in given if name not in missing)
        raise ReviewError(f"{other} given without {missing[0]}: ClaimReview requires both (who publishes the "
                          "fact check, and the page that publishes it); give both, or neither for an empty "
                          "claimreview.jsonld")
    if missing:
        return day
    if not str(review_url).strip().startswith(("http://", "https://")):
        raise ReviewError(f"review_url (--review-url) {str(review_url)!r} is not a web address: give the "
                          "http(s) address of the page that publishes the fact check, e.g. https://example.org/check")
    try:  # what to_claimreview itself requires of them (an author dict with a name …), on no row
        compare.to_claimreview(pd.DataFrame(columns=["text", "assessment"]), author=review_author, url=review_url,
                               date_published=day)
    except (ValueError, TypeError) as err:
        raise ReviewError(str(err)) from err
    return day


def build(folder: str | Path | None = None, out: str | Path = "build/report", *,
          manifest: str | Path | bool | None = None, speaker: str | None = None,
          as_of=None, n_jobs: int = -1, review_author=None, review_url: str | None = None,
          review_date=None, on_loaded=None) -> Report:
    """Load ``folder`` and write every table, figure and the ClaimReview under ``out``.

    Args:
        folder: a folder of ``.txt``/``.html`` articles, as for ``corpus.load``
            (``None``: the bundled corpus).
        out: where the files go (created if needed).
        manifest: as for ``corpus.load``.
        speaker: whose claims the headline timeline shows (a name as in the ``speaker``
            column, or a part of it that only one speaker's name holds: ``"Peskov"``);
            ``None`` picks the speaker with the most dated claims of the key types, and
            a note names the others.
        n_jobs: processes for the extractors (``-1``: every core; the tables are the same).
        as_of: the review date of the ClaimReview and the chart's "as of" line;
            ``None`` is the last day of the territory series (never the clock).
        review_author: who publishes the fact check (a name or ``{"name": …, "url": …}``) and
        review_url: the page that publishes it. ClaimReview requires both: without them
            ``claimreview.jsonld`` is written empty (``[]``) and a note says what to pass.
        review_date: the ClaimReview's ``datePublished``, the day you publish the check
            (``"2026-12-03"``); ``None`` is ``as_of`` and a note says so. The three are checked
            (:func:`check_review`) before anything is read: :class:`ReviewError` says what is wrong.
        on_loaded: called with the :class:`Report` as soon as the articles are loaded, before the
            extractors run (the command prints ``report.loaded()`` there and sets ``load_shown``).

    Returns:
        A :class:`Report`; ``print()`` it. Paths in it are absolute.

    Example:
        >>> import tempfile, warnings
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "wire.txt").write_text("KYIV, 14 June 2023 - Defence Minister Ivan Testenko said on "
        ...     "Wednesday that Ukrainian forces were advancing in the south.", encoding="utf-8")
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("ignore")  # the load report is in the Report: print(done) shows it
        ...     done = build(folder, folder / "out", n_jobs=1)
        >>> done.counts["articles"], list(done.counts)
        (1, ['articles', 'quotes', 'claims', 'facts', 'reviews'])
        >>> sorted(p.relative_to(folder / "out").as_posix() for p in done.written if p.suffix == ".csv")
        ['articles.csv', 'load-report.csv', 'tables/claims-vs-territory.csv', 'tables/facts-vs-maps.csv', 'tables/quotes.csv']
    """
    import matplotlib.pyplot as plt

    from saidvsdone import charts, claims, compare, corpus, document, pipeline, territory, vocab

    vocab.check()  # a row you added to data/*.csv that cannot be used stops here, named, before anything is written
    review_day = check_review(review_author, review_url, review_date)  # so do ClaimReview options it cannot use
    out = Path(out).expanduser().resolve()  # "~/checks/out" from Python: no folder named "~"
    folder = Path(folder).expanduser() if folder is not None else None
    source = folder if folder is not None else corpus.data_file("articles")
    own = corpus.find_manifest(source, manifest) if source.is_dir() else None
    if own is not None and own.resolve() in (out / "articles.csv", out / "load-report.csv"):
        raise corpus.CorpusError(f"--out {out} would write its articles.csv over your manifest {own}: "
                                 "give another --out (a folder outside the folder of articles, e.g. build/mine)")
    _check_out_folder(out)
    with warnings.catch_warnings():  # the load summary is printed in full below instead
        warnings.simplefilter("ignore", corpus.LoadWarning)
        articles = corpus.load(folder, manifest, today=as_of)  # as_of given: "after today" means after it
    folder_path = Path(folder).resolve() if folder is not None else None
    done = Report(folder=folder_path, out=out, articles=articles)
    if on_loaded is not None:
        on_loaded(done)
    if not len(articles):  # the command then exits with 1: say why first
        skipped = sum(status == "skipped" for _, _, status, _ in articles.attrs["report"].entries)
        done.notes.append(f"no article was loaded: every file was skipped ({skipped}, listed above)" if skipped else
                          f"no article was loaded: {folder_path or 'the folder'} holds no "
                          f"{', '.join(corpus.ARTICLE_SUFFIXES)} file, nor a news archive "
                          f"({', '.join(corpus.ARCHIVE_ENDINGS[:2])} …)")
    series = territory.load()
    series_end = series["date"].max()
    as_of = pd.Timestamp(as_of) if as_of is not None else series_end

    cut: list[str] = []  # what spreadsheet_cells cut, said after the other notes

    def save(obj, name):
        with _writing():
            done.written.extend(path.resolve() for path in write(obj, name, out, notes=cut))

    articles_csv = out / "articles.csv"
    with _writing():
        write_csv(articles.drop(columns=["raw_text"]), articles_csv, cut)
    done.written.append(articles_csv)
    load_csv = out / "load-report.csv"
    load_rows, source_note = load_report(articles, own, folder)
    if source_note:
        done.notes.append(source_note)
    with _writing():
        write_csv(load_rows, load_csv, cut)
    done.written.append(load_csv)

    # claims as notebook 04 lists them: reported speech and the direct quotes about the war's course
    tables = pipeline.run(articles, n_jobs=n_jobs if len(articles) >= 40 else 1,  # processes pay off on a corpus
                          include_quotes=True)
    # the articles' documents are not read again below: freed before the comparison and the figures, which then
    # reuse their memory (a 5 MB live blog's layers are hundreds of MB; the tables are the same, nu9)
    document.clear_cache()
    quote_table, found = tables.quotes, tables.claims
    save(quote_table, "quotes")
    checked = compare.facts_vs_territory(tables.facts, series)
    # a claim that states a figure names that figure's check (its own period) next to its own verdict
    comparison = compare.claims_vs_territory(found, series, windows=WINDOWS, articles=articles, figures=checked)
    save(comparison, "claims-vs-territory")
    save(checked, "facts-vs-maps")
    done.counts = {"articles": len(articles), "quotes": len(quote_table), "claims": len(found),
                   "facts": len(checked)}
    quoted = int((found["found_in"] == "quote").sum()) if "found_in" in found.columns else 0
    if quoted:  # claims.find(articles) alone gives the others: say why the two counts differ
        done.notes.append(f"the {plural(len(found), 'claim')} {agree(len(found), 'is', 'are')} "
                          f"{len(found) - quoted:,} in reported speech and {plural(quoted, 'direct quote')} about the war's course (column found_in = quote), as notebook 04 lists "
                          "them: claims.find(articles) alone gives the first, include_quotes=True both")

    # a claim with no day of its own was made on or before its article's publication date
    late = found[found["statement_date"].fillna(found["published"]) > series_end]
    if len(late):
        done.notes.append(f"{plural(len(late), 'claim')} dated after the territory series ends "
                          f"({series_end.date()}) cannot be checked: bring the series up to date "
                          "with `make territory` (see README)")
    if found["undated"].any():
        no_manifest = not articles.attrs["report"].manifest and folder is not None
        undated_files = articles.loc[articles["article_id"].isin(found.loc[found["undated"].astype(bool),
                                                                            "article_id"]), "file"].astype(str)
        done.notes.append(f"{plural(found['undated'].sum(), 'claim')} from articles with no date "
                          f"({_some_files(undated_files.tolist(), _manifest_lines(load_rows))}): "
                          "fill in 'published' in the manifest" + (
                              f" — {folder} has none: `{command()} add {folder} --folder "
                              f"{folder}` writes one (articles.csv, a row per file), or write it by "
                              "hand (columns file,published,source,title,url,language,notes: README, "
                              "'Add your own articles')" if no_manifest else ""))
    no_day = found["statement_date"].isna() & ~found["undated"]
    if no_day.any():
        n = int(no_day.sum())
        done.notes.append(f"{plural(n, 'claim')} with no day of {agree(n, 'its', 'their')} own in the article (see "
                          f"date_basis); {agree(n, 'it stays', 'they stay')} off the timeline and out of the comparison")

    key = claims.one_per_day(found, claim_types=KEY_CLAIM_TYPES).dropna(subset=["statement_date"])
    # every speaker with a dated, unnegated claim of the key types, by the number of days they made one
    dated = found[found["claim_type"].isin(KEY_CLAIM_TYPES) & found["statement_date"].notna()
                  & ~found["negated"].astype(bool) & (found["speaker"] != "")]
    speakers = dated.groupby("speaker")["statement_date"].nunique().sort_index()
    speakers = speakers.sort_values(ascending=False, kind="stable")
    if speaker is None:  # the most-quoted named speaker; ties broken by name, so the choice is stable
        named = key.loc[key["speaker"] != "", "speaker"].value_counts().sort_index()
        speaker = named.sort_values(ascending=False, kind="stable").index[0] if len(named) else None
        others = ", ".join(f"{who!r} ({n})" for who, n in speakers.items() if who != speaker)
        if speaker is not None and others:
            done.notes.append(f"the timeline shows {speaker}'s claims; --speaker (speaker=) picks another "
                              f"(days with a dated claim): {others}")
    elif speaker not in speakers.index:
        matches = [who for who in speakers.index if speaker.casefold() in who.casefold()]
        if len(matches) == 1:  # "Peskov" for "Dmitry Peskov"
            speaker = matches[0]
        else:
            others = ", ".join(f"{who!r} ({n})" for who, n in speakers.items())
            done.notes.append(f"no dated claim of the key types by {speaker!r}" + (
                f" ({plural(len(matches), 'speaker')}' names hold it)" if matches else "") + "; "
                + (f"speakers with some (days): {others}" if others else "no speaker has one"))
    if speaker is not None:
        key = claims.one_per_day(found, speaker=speaker, claim_types=KEY_CLAIM_TYPES)
    key = key.dropna(subset=["statement_date"])
    key = key[key["statement_date"] <= series_end]
    outlets = dict(zip(articles["article_id"], articles["source"].fillna("")))
    key = key.assign(outlet=key["article_id"].map(outlets).fillna(""))  # a paraphrase's label names it
    if len(key):
        who = charts.speaker_in_title(speaker) if speaker else "Leaders"
        margin = pd.Timedelta(days=TIMELINE_MARGIN_DAYS)
        start = max(key["statement_date"].min() - margin, series["date"].min())
        end = min(key["statement_date"].max() + margin, series["date"].max())
        fig, _ = charts.claims_timeline(series, key, source="deepstate", as_of=as_of, start=start, end=end,
                                        title=f"What {who} said, or was reported to say, about the war's "
                                              "course, on the map")
        save(fig, "going-to-plan-timeline")
        plt.close(fig)
        try:
            fig, _ = charts.change_since(series, key, days=90)
        except ValueError as err:  # e.g. every key claim dated before the series starts
            done.notes.append(f"no change-since figure: {err}")
        else:
            save(fig, "going-to-plan-change-since")
            plt.close(fig)
        rows = compare.claims_vs_territory(key, series, windows=WINDOWS, articles=articles).drop_duplicates(
            "statement_date")
        fig, _ = charts.window_changes(rows, windows=WINDOWS)
        save(fig, "going-to-plan-windows")
        plt.close(fig)
        done.notes += charts.capped_chart_note("figures/going-to-plan-windows", charts.WINDOWS_MAX_GROUPS, len(rows),
                                               "days on the timeline",
                                               "every claim's windows are in tables/claims-vs-territory.csv")
    else:
        done.notes.append("no dated claim of the key types (" + ", ".join(KEY_CLAIM_TYPES)
                          + ") within the series: no timeline figures")
    measured = checked[checked["reported_km2"].notna() & checked["measured_km2"].notna()]
    if len(measured):
        measured = measured.assign(outlet=measured["article_id"].map(
            dict(zip(articles["article_id"], articles["source"].fillna("")))).fillna(""))
        fig, _ = charts.facts_vs_series(measured, title="Reported figures against the maps",
                                        xlabel="Net change in Russian-held area over the period (km²)")
        save(fig, "facts-vs-maps")
        plt.close(fig)
        # (a long live blog gives dozens)
        done.notes += charts.capped_chart_note("figures/facts-vs-maps", charts.FACTS_MAX_ROWS, len(measured),
                                               "figures measured on the maps",
                                               "every one is in tables/facts-vs-maps.csv")
    else:
        done.notes.append("no reported area figure could be measured on the maps: no facts figure")

    assessable = comparison[comparison["assessment"] != "not assessable"]
    if review_author and review_url:
        reviewed_on = review_day if review_day is not None else as_of
        reviews = compare.to_claimreview(assessable, author=review_author, url=review_url, articles=articles,
                                         date_published=reviewed_on)
        if review_date is None and len(reviews):
            done.notes.append(f"claimreview.jsonld is dated {pd.Timestamp(as_of).date()} (the report's as-of "
                              "day, by default the last day of the maps): pass review_date (--review-date) to date "
                              "it the day you publish")
        if not len(reviews):  # the author and address were given: say why the file holds no review
            done.notes.append(f"claimreview.jsonld holds no review: none of the {plural(len(comparison), 'claim')} "
                              "could be assessed against the map (the rule column of "
                              "tables/claims-vs-territory.csv says why for each)")
    else:
        reviews = []
        if len(assessable):
            done.notes.append(f"claimreview.jsonld left empty ({plural(len(assessable), 'assessable claim')}): pass "
                              "review_author and review_url (--review-author, --review-url), who publishes "
                              "the fact check and where; ClaimReview requires both")
    save(compare.claimreview_json(reviews), "claimreview.jsonld")
    done.counts["reviews"] = len(reviews)
    done.notes += cut
    stale = _remove_stale_figures(out, done.written)
    if stale:
        done.notes.append(f"removed {', '.join(stale)}: left in {out} by an earlier report, and not drawn this "
                          "time (see the notes above), so no figure of other articles is left beside these tables")
    return done


#: How many files a note names before it says "and N more" (``load-report.csv`` lists each).
NOTE_NAMES = 3


def load_report(articles: pd.DataFrame, manifest: str | Path | None = None, folder: str | Path | None = None
                ) -> tuple[pd.DataFrame, str]:
    """What ``load-report.csv`` holds: ``corpus.report(articles)`` (every file: loaded, warning or skipped, and why;
    columns ``file, manifest_line, status, message``) and a warning for each article that has no ``source`` (the
    outlet that published it: a fact check must say where each article came from, and the charts and ClaimReview
    name no outlet for it), with one note for the reader naming the first few (``""`` when every article has one).
    Nothing is skipped. ``manifest`` is the manifest read and ``folder`` the folder of articles, named in the note.

    Example:
        >>> from saidvsdone import corpus
        >>> table, note = load_report(corpus.load(), "data/articles.csv")
        >>> table.query("status == 'warning'")[["file", "manifest_line"]].astype(str).values.tolist()
        [['001_5e92d461559cfb40.txt', '3'], ['002_9045d9ce76021a80.txt', '4']]
        >>> print(note)
        1 article has no source, the outlet that published it: 002_9045d9ce76021a80.txt (manifest line 4); fill in 'source' in data/articles.csv (load-report.csv lists each)
    """
    from saidvsdone import corpus

    rows = corpus.report(articles)
    if "source" not in articles.columns or "file" not in articles.columns or not len(articles):
        return rows, ""
    missing = articles.loc[articles["source"].fillna("").astype(str).str.strip() == "", "file"].astype(str).tolist()
    if not missing:
        return rows, ""
    lines = _manifest_lines(rows)
    has_column = True
    if manifest is not None:
        try:     # (the header as the corpus reads it: its encoding and delimiter, past blank lines: rv26fixb)
            text = corpus.manifest_decoded(Path(manifest), Path(manifest).read_bytes())[0]
            header = next((line for line in text.splitlines() if line.strip()), "")
            has_column = "source" in [cell.strip().strip('"').casefold()
                                      for cell in header.split(corpus.manifest_delimiter(text))]
        except (OSError, corpus.CorpusError):
            pass
    if manifest is None and all(f.lower().endswith(corpus.ARCHIVE_ENDINGS) for f in missing):
        fix = "give the archive's rows a source field (the outlet's name)"
    elif manifest is None:
        where = folder if folder is not None else "FOLDER"
        fix = (f"the folder has no manifest: `{command()} add {where} --folder {where}` writes one (a row per file, "
               "with a source column)")
    elif has_column:
        fix = f"fill in 'source' in {manifest}"
    else:
        fix = f"{manifest} has no 'source' column: add one"
    message = "no source, the outlet that published it (a fact check must say where each article came from): " + fix
    extra = pd.DataFrame({"file": missing, "manifest_line": pd.array([lines.get(f) for f in missing], "Int64"),
                          "status": "warning", "message": message})
    note = (f"{plural(len(missing), 'article')} {agree(len(missing), 'has', 'have')} no source, the outlet that "
            f"published {agree(len(missing), 'it', 'them')}: {_some_files(missing, lines)}; {fix} (load-report.csv "
            "lists each)")
    table = pd.concat([rows, extra], ignore_index=True)
    first = {file: i for i, file in reversed(list(enumerate(table["file"])))}  # each file's rows together
    order = table["file"].map(first).to_numpy()
    return table.iloc[order.argsort(kind="stable")].reset_index(drop=True), note


def _manifest_lines(rows: pd.DataFrame) -> dict[str, int]:
    """Each file's manifest line in a load report's rows (``corpus.report``), for a note that names the file."""
    lines: dict[str, int] = {}
    for file, line in zip(rows["file"], rows["manifest_line"]):
        if file not in lines and not pd.isna(line):
            lines[file] = int(line)
    return lines


def _some_files(files: list[str], lines: dict[str, int]) -> str:
    """The first :data:`NOTE_NAMES` files, each with its manifest line when it has one, and how many more.

    Example:
        >>> _some_files(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"], {"a.txt": 2})
        'a.txt (manifest line 2), b.txt, c.txt and 2 more'
    """
    named = [f + (f" (manifest line {lines[f]})" if f in lines else "") for f in files[:NOTE_NAMES]]
    return ", ".join(named) + (f" and {len(files) - NOTE_NAMES:,} more" if len(files) > NOTE_NAMES else "")


#: The figures :func:`build` may draw (``figures/<name>.png`` and ``.svg``).
FIGURES = ("going-to-plan-timeline", "going-to-plan-change-since", "going-to-plan-windows", "facts-vs-maps")


def _remove_stale_figures(out: Path, written: list[Path]) -> list[str]:
    """Remove this report's own figure files that an earlier run in ``out`` wrote and this one did not (a
    folder with no measurable figure any more keeps no chart of other articles); other files are left alone."""
    removed = []
    for name in FIGURES:
        for suffix in (".png", ".svg"):
            path = out / "figures" / f"{name}{suffix}"
            if path.resolve() in written or not path.is_file():
                continue
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(f"figures/{path.name}")
    return removed
