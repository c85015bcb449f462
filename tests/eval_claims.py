"""Claims measured against the hand-annotated gold files tests/gold/claims.csv (and the held-out halves).

The gold follows the devset conventions (``../shared/devset/README.md`` §3.2; ``claims_guidelines.md``):
one row per sentence of reported speech about the war's course and per speaker. Matching is the
devset's (``eval_devset.score_claims``): a found claim matches a gold claim of the same article
when their spans overlap, a found claim with the gold speaker preferred; headline claims are
scored apart.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from _scoring import articles_for
from eval_devset import score_claims

from saidvsdone import claims, corpus

GOLD_DIR = Path(__file__).resolve().parent / "gold"
#: Short invented cases in varied styles (claims with no stock phrase, and look-alikes that are not claims),
#: labelled by the devset conventions before the extractor was run on them: ``articles.csv`` + ``claims.csv``.
STRESS_DIR = GOLD_DIR / "stress"


def gold_entries(path: Path) -> dict:
    """The gold file as the devset's structure: {article_id: {"claims": [...]}}."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    gold: dict = {}
    for row in table.itertuples(index=False):
        gold.setdefault(row.article_id, {"claims": []})["claims"].append({
            "text": row.text, "speaker": row.speaker, "date": row.statement_date or None,
            "headline": row.headline.strip().lower() == "true", "start": 0})
    return gold


def evaluate(verbose: bool = False, gold_dir: Path = GOLD_DIR) -> dict:
    """Print and return the figures (body claims; headline claims are printed apart)."""
    path = Path(gold_dir) / "claims.csv"
    articles = articles_for(gold_dir)
    gold = gold_entries(path)
    for article_id in articles["article_id"]:
        gold.setdefault(article_id, {"claims": []})
    system = claims.find(articles)
    result, errors = score_claims(articles, gold, system, headline=False)
    head, head_errors = score_claims(articles, gold, system, headline=True)
    print(f"Claims ({path.relative_to(GOLD_DIR.parents[1])}): {result['gold']} gold, {result['system']} found, "
          f"{result['matched']} matched (headlines apart: {head['gold']} gold, {head['matched']} matched)")
    print(f"  precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}")
    print(f"  speaker accuracy {result['speaker_accuracy']:.3f}  date accuracy {result['date_accuracy']:.3f}"
          "  (over matched claims)")
    if verbose:
        print("\n".join(errors + head_errors))
    return result


#: Batches of long invented articles (several paragraphs each), scored apart from the short cases: their figures
#: (dates included) estimate long real copy, the short batches' do not.
LONG_BATCHES = ("x",)
#: Batches of headline shapes (title, standfirst, a short body), scored apart with headline claims counted apart.
HEADLINE_BATCHES = ("y",)


def stress_articles(gold_dir: Path = STRESS_DIR, long: bool | None = None,
                    batches: tuple | None = None) -> pd.DataFrame:
    """The stress cases as a corpus: one short article per row of ``articles.csv`` (title, published, text);
    ``long``: only the long batches (True), only the short ones (False), all (None)."""
    table = pd.read_csv(Path(gold_dir) / "articles.csv", dtype=str, keep_default_na=False)
    if long is not None:
        table = table[table["article_id"].str.startswith(LONG_BATCHES) == long]
    if batches is not None:
        table = table[table["article_id"].str.startswith(batches)]
    elif long is False:
        table = table[~table["article_id"].str.startswith(HEADLINE_BATCHES)]
    return pd.concat([corpus.from_text(row.text, article_id=row.article_id, published=row.published,
                                       title=row.title or None) for row in table.itertuples(index=False)],
                     ignore_index=True)


def evaluate_stress(verbose: bool = False, gold_dir: Path = STRESS_DIR, long: bool = False) -> dict:
    """Detection figures on the stress cases (precision, recall, F1; headline claims counted with the body);
    ``long``: the long batches instead of the short ones, with their statement dates scored too."""
    articles = stress_articles(gold_dir, long=long)
    gold = gold_entries(Path(gold_dir) / "claims.csv")
    gold = {k: v for k, v in gold.items() if k in set(articles["article_id"])}
    for entry in gold.values():
        for c in entry["claims"]:
            c["headline"] = False
    for article_id in articles["article_id"]:
        gold.setdefault(article_id, {"claims": []})
    system = claims.find(articles).assign(headline=False)
    result, errors = score_claims(articles, gold, system, headline=False)
    print(f"Claims (stress cases, {len(articles)} {'long' if long else 'short'} invented articles): "
          f"{result['gold']} gold, {result['system']} found, {result['matched']} matched")
    print(f"  precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}"
          f"  speaker accuracy {result['speaker_accuracy']:.3f}"
          + (f"  date accuracy {result['date_accuracy']:.3f}" if long else ""))
    if verbose:
        print("\n".join(e for e in errors if long or not e.lstrip().startswith("DATE")))
    return {k: result[k] for k in ("precision", "recall", "f1", "speaker_accuracy")
            + (("date_accuracy",) if long else ())}


def _score_in_parts(articles, gold_dir: Path, label: str, parts, with_dates: bool, verbose: bool) -> dict:
    """Headline claims and body claims of one stress folder scored apart; ``parts`` gives each part's
    name, whether it is the headlines, and the prefix of its figures' keys."""
    gold = gold_entries(Path(gold_dir) / "claims.csv")
    gold = {k: v for k, v in gold.items() if k in set(articles["article_id"])}
    for article_id in articles["article_id"]:
        gold.setdefault(article_id, {"claims": []})
    system = claims.find(articles)
    measures = ("precision", "recall", "f1", "speaker_accuracy") + (("date_accuracy",) if with_dates else ())
    figures = {}
    for part, headline, prefix in parts:
        result, errors = score_claims(articles, gold, system, headline=headline)
        print(f"Claims ({label}, {len(articles)} articles, {part}): {result['gold']} gold, "
              f"{result['system']} found, {result['matched']} matched")
        print(f"  precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}"
              f"  speaker accuracy {result['speaker_accuracy']:.3f}"
              + (f"  date accuracy {result['date_accuracy']:.3f}" if with_dates else ""))
        if verbose:
            print("\n".join(e for e in errors if with_dates or not e.lstrip().startswith("DATE")))
        figures.update({prefix + k: result[k] for k in measures})
    return figures


def evaluate_stress_headlines(verbose: bool = False, gold_dir: Path = STRESS_DIR) -> dict:
    """Figures on the headline batches: headline claims (titles, standfirsts) and body claims scored apart."""
    return _score_in_parts(stress_articles(gold_dir, batches=HEADLINE_BATCHES), gold_dir, "stress headline batches",
                           (("headline", True, "headline_"), ("body", False, "body_")), False, verbose)


def evaluate_stress_blind(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind") -> dict:
    """Figures on the blind long batch ``z`` (tests/gold/stress/blind: labelled before the extractor ran on it;
    its first runs are in the stress README, its floors pinned since it was studied): body claims with dates,
    headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind long batch",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


def evaluate_stress_blind2(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind2") -> dict:
    """Figures on the blind long batches ``b`` and ``c`` (tests/gold/stress/blind2: each labelled before the extractor
    ran on it; their first runs are in the stress README; not gated): body claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind long batches b, c",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


def evaluate_stress_blind3(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind3") -> dict:
    """Figures on the blind long batch ``e`` (tests/gold/stress/blind3: eight pieces laid out like real copy (wire,
    live blog, agency translation, state media, feature, aggregator, broadcaster, newspaper), labelled before the
    extractor ran on them; the first run is in the stress README; not gated): body claims with dates, headline
    claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind long batch e",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


def evaluate_stress_blind4(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind4") -> dict:
    """Figures on the blind batch ``f`` (tests/gold/stress/blind4: four pieces in real layouts (AFP with a soldier's
    first name and a call sign, a 'latest' page with key-development bullets, a list of key events by day, an
    interview with Q&A lines), written and labelled after batch e's fixes, before the extractor ran on them; not
    gated): body claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch f",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


def evaluate_stress_blind5(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind5") -> dict:
    """Figures on the blind batch ``g`` (tests/gold/stress/blind5: seven pieces in house styles not imitated before (a
    think-tank daily update, a state-agency relay, a regional paper, a magazine long read, a briefing transcript, a
    press-release rewrite, wire copy), written and labelled before the extractor ran on them; not gated): body claims
    with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch g",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


def evaluate_stress_blind6(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind6") -> dict:
    """Figures on the blind batch ``h`` (tests/gold/stress/blind6: an explainer with question sub-headings and a
    two-speaker standfirst, a newsletter briefing with bullets, an analysis piece with a title formula and a hyphen
    attribution), written and labelled after batch g's fixes, before the extractor ran on them; not gated): body
    claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch h",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)



def evaluate_stress_blind7(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind7") -> dict:
    """Figures on the blind batch ``i`` (tests/gold/stress/blind7: six pieces in house styles not imitated before (a
    Greek paper's English edition with translation artefacts and a commanders' meeting, a UAWire-style denial piece
    with a date-time stamp, a Reuters air-attack wire with a caption and a byline, a live blog with key events and
    post titles, a Turkish paper's Reuters copy with 'It said' and 'the agency', an agencies year-end piece with a
    bullet list after 'The ministry said:'), written and labelled before the extractor ran on them; not gated): body
    claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch i",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)

def evaluate_stress_blind8(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind8") -> dict:
    """Figures on the blind batch ``j``/``k`` (tests/gold/stress/blind8: j01-j12 are 165 one-sentence claims about the
    war's course worded with a reporter's vocabulary written down before the claim tables were read (territory, pace
    and plan, losses, strikes, goals, supplies, manpower) and 83 negatives (allegations, civilian damage, narration,
    agentless passives, 'reportedly', remarks with no war content, bare direct quotes); k01-k30 are headline shapes
    ('X says it has taken Y', 'Kyiv: …', 'X vows …', 'X claims capture of Y', question headlines, '– X',
    standfirsts) over a one-line body; written and labelled before the extractor ran on them; not gated): body
    claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch j/k",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)

def evaluate_stress_blind9(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind9") -> dict:
    """Figures on the blind batch ``l`` (tests/gold/stress/blind9: two long pieces, a wire with a dateline, byline
    and credit line and a broadcaster's analysis with a question title, a standfirst and a byline, in a reporter's
    own war vocabulary; written and labelled before the extractor ran on them; not gated): body claims with dates,
    headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch l",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)

def evaluate_stress_blind10(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind10") -> dict:
    """Figures on the blind batch ``m`` (tests/gold/stress/blind10: eight pieces in genres not imitated before (a live
    blog with time stamps and key-event bullets, a Q&A interview whose unquoted answers are not claims, a joint press
    conference write-up, a wire round-up with many voices, an analysis quoting experts by affiliation, a translated
    ministry statement, a regional outlet, an opinion-laden report), written and labelled before the extractor ran on
    them; not gated): body claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch m",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)

def evaluate_stress_blind11(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind11") -> dict:
    """Figures on the blind batch ``n`` (tests/gold/stress/blind11: four pieces written after batch m's fixes (a
    briefing write-up with a translated Q&A excerpt, a wire round-up in bullets under section heads, an analysis whose
    speakers come back as "the general" after neutral paragraphs, a regional outlet's Telegram-style report), written
    and labelled before the extractor ran on them; not gated): body claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch n",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)

def evaluate_stress_blind12(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind12") -> dict:
    """Figures on the blind batch ``o`` (tests/gold/stress/blind12: 43 short cases written and labelled before any run,
    fresh variants of the claim-miss families that recur across the first runs of batches s…n (a second speaker in a
    trailing clause, present-tense belief verbs of groups, continuations by pronoun, document nouns, "in X's view",
    noun claims, look-alikes); not gated): body claims and headline claims apart, no dates."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch o",
                           (("body", False, ""), ("headline", True, "headline_")), False, verbose)

def evaluate_stress_blind13(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind13") -> dict:
    """Figures on the blind batch ``p`` (tests/gold/stress/blind13: eight invented long pieces in real house styles,
    written and labelled before any run: assessments and views, noun claims, maps and reports, predictions, denials,
    headlines and standfirsts, question-and-answer copy, claims spread over two sentences; its first run is in the
    stress README): body claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch p",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


def evaluate_stress_blind14(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind14") -> dict:
    """Figures on the blind batch ``q`` (tests/gold/stress/blind14: eight invented long pieces in real house styles
    whose headlines and decks carry attributed claims ("Russia says …", "Kyiv: …", "Moscow claims …, Ukraine denies",
    "Pentagon says …", "UK intelligence: …") over bodies that name the speaker in other ways, plus body claims in a
    reporter's shapes; written and labelled before any run; its first run is in the stress README): body claims with
    dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch q",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)



def evaluate_stress_blind15(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind15") -> dict:
    """Figures on the blind batch ``r`` (tests/gold/stress/blind15: eight invented long pieces on body claims in
    genres not imitated before: a think-tank analysis ("Western officials estimate", "U.S. officials see no sign"), an
    intelligence update, a minister's board briefing carried over several sentences ("The ministry also said", "It
    added"), predictions and conditional claims, denials and counter-claims in one sentence, claims inside relative
    clauses and "as X put it", plus precision traps; written and labelled before any run; its first run is in the
    stress README): body claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch r",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


def evaluate_stress_blind16(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind16") -> dict:
    """Figures on the blind batch ``hl`` (tests/gold/stress/blind16: sixteen invented pieces whose headlines, decks,
    kickers ("LIVE:", "EXCLUSIVE:", "Ukraine war latest:"), colon sub-headings and live-blog bullets carry claims of
    varied shapes ("Russia says it captured X", "Kyiv says …", "Ukraine's army chief: …", "Putin vows …; Zelensky
    says …", "'on schedule', says top general", "Moscow claims …, Ukraine denies", "X, MoD says", a question title)
    over bodies whose speaker is an institution, a named person, an unnamed official or one of two bodies of a side;
    written and labelled before any run; its first run is in the stress README): body claims with dates, headline
    claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch hl",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


def evaluate_stress_blind17(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind17") -> dict:
    """Figures on the blind batch ``s`` (tests/gold/stress/blind17: six invented pieces of about 600 words in genres
    no earlier batch imitates: a morning briefing newsletter, a data-desk explainer, an op-ed quoting officials, a
    translated Russian state-media weekly summary, a regional paper's front-line diary and a live blog's summary post;
    "According to the assessment" and "the report found" after a named publisher, call-sign speakers, "In his words",
    unquoted statements as furniture; written and labelled before any run; its first run is in the stress README):
    body claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch s",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


def evaluate_stress_blind18(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind18") -> dict:
    """Figures on the blind batch ``hl2`` (tests/gold/stress/blind18: sixteen invented pieces whose titles, decks,
    live-page sub-headings and key-points bullets carry claims in shapes batch hl lacks: a claim with no verb of its
    own ("X 'on track', Moscow insists") beside a title that is no claim ("Russian troops near X as …"), verbless
    noun phrases attributed at the end ("… — Kremlin", "…: General Staff chief", "… – Ukrainian navy"), a deck of two
    sentences by two speakers, question titles answered by reported speech or by a whole quote, live pages whose title
    changes subject, a "Key points" list, Title Case and ALL CAPS titles, and bodies that name the speaker only by role;
    written and labelled before any run and before the headline rules were read; its first run is in the stress
    README): body claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch hl2",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


def evaluate_stress_blind19(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind19") -> dict:
    """Figures on the blind batch ``hl3`` (tests/gold/stress/blind19: sixteen invented pieces in genres and page
    furniture the earlier headline batches lack: a Sunday long-read with a kicker and a two-speaker standfirst, a Baltic
    translated wire with „…” marks and "Read also" lines, radio and TV interview rewrites, a summit newsletter with
    section headings and one-line summaries, a Q&A explainer, a factbox, a commander's profile, a fact check with
    CLAIM/RATING/VERDICT lines, a live page with key points, an analysis, an opinion column, a regional outlet's title
    ending with its name, a title with a dateline prefix, a Russian wire with «…» marks and a morning briefing; written
    and labelled before any run and before the headline rules were read; its first run is in the stress README): body
    claims with dates, headline claims apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch hl3",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


def evaluate_stress_blind20(verbose: bool = False, gold_dir: Path = STRESS_DIR / "blind20") -> dict:
    """Figures on the blind batch ``cl16`` (tests/gold/stress/blind20: twelve invented pieces of 400-500 words - wire,
    interview write-up, leaked-document analysis, state-media summary, diplomatic story, regional report, fact check,
    analysis, live blog, comment, weekly roundup, TV-interview rewrite - with body claims in shapes earlier batches
    lack: a claim continued into the next sentence ("X made two points. First, ..."), reported speech after a colon
    or before a dash attribution, "according to X" mid-sentence, claims inside relative clauses, negated and
    conditional claims, documents as speakers ("a leaked assessment found", "the ministry's report said"),
    nominalised claims ("X's claim that ..."), plural unnamed groups, "Asked about ..., he said" rewrites, dates given
    by a past event, and background sentences that are not claims; written and labelled before any run and before
    the claims rules were read; its first run is in the stress README): body claims with dates, headline claims
    apart."""
    return _score_in_parts(stress_articles(gold_dir), gold_dir, "blind batch cl16",
                           (("body", False, ""), ("headline", True, "headline_")), True, verbose)


if __name__ == "__main__":
    evaluate(verbose=True)
    print()
    evaluate_stress(verbose=True)
