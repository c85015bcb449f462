"""Segmenting an article: paragraphs, quoted spans, sentences, the headline and captions.

The one splitter every stage reads through :mod:`saidvsdone.document`. All positions are
offsets into the article's clean ``text`` (one paragraph per line, see :mod:`saidvsdone.corpus`).

Example:
    >>> from saidvsdone import segment
    >>> text = "Putin said: “We will win. Nothing else.” Then he left."
    >>> [text[a:b] for a, b in segment.sentences(text, 0, len(text), [(11, 40)])]
    ['Putin said: “We will win. Nothing else.”', 'Then he left.']
"""

from __future__ import annotations

from saidvsdone import _lazyre as re  # (re.compile deferred to first use; re.search(r"…") one dict lookup: issue 17)
from bisect import bisect_right
from dataclasses import dataclass


# --- paragraphs -----------------------------------------------------------------------

def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line; the corpus puts one paragraph on each."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


# --- quote marks ------------------------------------------------------------------------

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_OPEN_SINGLE = "‘‹‚"  # ‚ : the low single opening of German and Ukrainian copy (‚…‘)
_CLOSE_SINGLE = "’›"


@dataclass(frozen=True)
class QuoteSpan:
    """A top-level quoted span: ``start``/``end`` enclose the words, ``outer_*`` the marks too."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    opened: bool  # False when the paragraph starts without its opening mark
    closed: bool  # False when the paragraph ends before the closing mark


_ANY_MARK = re.compile("[" + re.escape(_OPEN_DOUBLE + _CLOSE_DOUBLE + _OPEN_SINGLE + _CLOSE_SINGLE) + "\"']")
_SENTENCE_END = re.compile("[.!?…" + re.escape(_CLOSE_DOUBLE + _CLOSE_SINGLE) + '"]')


_ELIDED_YEAR = re.compile(r"\d\d(?:s|ies)?\b")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def quote_spans(text: str, para_start: int, para_end: int) -> list[QuoteSpan]:
    """Top-level quoted spans in one paragraph.

    Handles curly and straight double quotes, single curly quotes used as marks
    (apostrophes such as don’t or Ukrainians’ are not marks unless a single quote is
    open), mismatched pairs (“…’), nested quotes (kept inside the outer span), a
    paragraph that starts without its opening mark and one that ends before its
    closing mark.
    """
    stack: list[tuple[str, int]] = []  # (kind "d"/"s", position of the opening mark)
    paragraph = text[para_start:para_end]
    last_close_double = para_start + max(paragraph.rfind(c) for c in _CLOSE_DOUBLE)
    last_straight_single = para_start + paragraph.rfind("'")
    spans: list[QuoteSpan] = []
    seen_any_mark = False

    def close_top(pos: int) -> None:
        kind, open_pos = stack.pop()
        if not stack:
            spans.append(_span(text, open_pos + 1, pos, open_pos, pos + 1, True, True))

    for found in _ANY_MARK.finditer(text, para_start, para_end):
        pos = found.start()
        ch = text[pos]
        prev = text[pos - 1] if pos > para_start else " "
        nxt = text[pos + 1] if pos + 1 < para_end else " "
        if ch == "“" and stack and text[stack[-1][1]] == "„" and not _is_word(nxt):
            close_top(pos)  # „…“ : the low opening mark is closed by the high one (German, Ukrainian copy)
        elif ch == "‘" and stack and text[stack[-1][1]] == "‚" and not _is_word(nxt):
            close_top(pos)  # ‚…‘ : the same with single marks
        elif ch == "“" and stack and stack[-1][0] in "dD" and not prev.isspace() and not _is_word(nxt):
            close_top(pos)  # “…,“ he said: an opening mark written for the closing one, after the words
        elif ch in _OPEN_DOUBLE:
            stack.append(("d", pos))
        elif ch == "”" and not any(k == "d" for k, _ in stack) and prev.isspace() and _is_word(nxt):
            stack.append(("d", pos))  # ”We will hold,” he said: a closing mark written for the opening one
        elif ch in _CLOSE_DOUBLE:
            if any(k == "d" for k, _ in stack):
                while stack and stack[-1][0] != "d":
                    stack.pop()
                close_top(pos)
            elif stack:  # ‘…” : a single opening closed by a double mark
                close_top(pos)
            elif not seen_any_mark and not spans:
                spans.append(_span(text, para_start, pos, para_start, pos + 1, False, True))
        elif ch == '"':
            opening = not (stack and stack[-1][0] == "D") and (not _is_word(prev) or prev == " " or (
                not stack and prev.islower() and nxt.isupper()))  # 'Peskov said"There …': an opening glued to the verb
            if opening and not nxt.isspace():
                stack.append(("D", pos))
            elif stack and stack[-1][0] == "D":
                close_top(pos)
            elif stack and stack[-1][0] == "d" and not _is_word(nxt):
                close_top(pos)  # “…" : a curly opening closed by a straight mark
            elif not seen_any_mark and not spans and not stack:
                spans.append(_span(text, para_start, pos, para_start, pos + 1, False, True))
        elif ch in _OPEN_SINGLE or (ch == "'" and not _is_word(prev) and _is_word(nxt)):
            if ch == "'" and not stack and last_straight_single <= pos:
                continue
            if _ELIDED_YEAR.match(text, pos + 1, para_end):
                continue  # the '90s, in ’22: an apostrophe for the century, not a mark
            stack.append(("s", pos))
        elif ch in _CLOSE_SINGLE or ch == "'":
            if _is_word(prev) and _is_word(nxt):
                continue  # apostrophe inside a word: don’t, Russia’s
            if prev.isspace() and _is_word(nxt):
                continue  # an elision after a space, inside a quote: ‘It’s the ’80s again,’ (’em, ’til)
            if stack and stack[-1][0] == "s":
                if _plural_possessive(text, pos, para_end):
                    continue
                close_top(pos)
            elif (stack and stack[-1][0] == "d" and not _is_word(nxt)
                  and last_close_double <= pos):
                close_top(pos)  # “…’ : a double opening closed by a single mark
            else:
                continue  # an apostrophe after a word: Ukrainians’
        else:
            continue
        seen_any_mark = True
    if stack:
        open_pos = stack[0][1]
        end = para_end
        spans.append(_span(text, open_pos + 1, end, open_pos, end, True, False))
    return [s for s in spans if s.end > s.start]


def without_stray_marks(text: str, paragraphs: list[tuple[int, int]],
                        spans: list[list[QuoteSpan]]) -> list[list[QuoteSpan]]:
    """The paragraphs' quoted spans, less those opened by a stray mark: a span left open at its
    paragraph's end is a quotation that goes on (the convention opens every paragraph of a long
    quotation with a mark and closes only the last) only when the next paragraph goes on with it
    (it opens with a mark, or its first mark closes), a promo or caption line in between skipped
    ("Watch: …"), or when the text ends there; otherwise the mark opened nothing.

    Example:
        >>> text = "“The statement came late, officials noted.\\n\\nIt was cold."
        >>> without_stray_marks(text, paragraphs(text), [quote_spans(text, a, b) for a, b in paragraphs(text)])
        [[], []]
    """
    out = [list(found) for found in spans]
    for index, found in enumerate(spans):
        last = found[-1] if found else None
        if last is not None and last.opened and not last.closed:
            goes_on, unmarked = _goes_on(text, paragraphs, spans, index)
            if not goes_on:
                out[index] = out[index][:-1]
            for k in unmarked:  # "“A.⏎B.⏎C,” he said": B is a paragraph of the quotation written without marks
                out[k] = [QuoteSpan(*_trimmed(text, *paragraphs[k]), *paragraphs[k], False, False)]
    return out


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    span = _span(text, a, b, a, b, False, False)
    return span.start, span.end


def _goes_on(text: str, paragraphs, spans, index: int) -> tuple[bool, list[int]]:
    """(whether the quotation left open in paragraph ``index`` goes on, the paragraphs without any mark
    in between that belong to it: only when a later paragraph's first mark closes the quotation)."""
    unmarked = []
    for k in range(index + 1, len(paragraphs)):
        a, b = paragraphs[k]
        if link_label(text, a, b) > 0 or _CAPTION_OPENING.match(text, a) or _CREDIT_CLOSING.search(text[a:b]):
            continue  # "Watch: …", "Photo: …": a line that interrupts the quotation
        first = _ANY_MARK.search(text, a, b)
        if first is None and _PROMO_LINE.fullmatch(text, a, b):
            continue  # "Sign up for our morning briefing": a short line of no sentence, page furniture in between
        if text[a:b].lstrip()[:1] in _OPEN_DOUBLE + _OPEN_SINGLE + "\"'":
            return not unmarked, []
        if (bool(spans[k]) and not spans[k][0].opened) or (first is not None and text[first.start()] in _CLOSE_DOUBLE + "\""):
            return True, unmarked
        if first is not None or len(unmarked) == 2:
            return False, []
        unmarked.append(k)
    return not unmarked, []  # the text ends inside the quotation


#: a short line that is no sentence (no closing punctuation): a promo or a label between paragraphs
_PROMO_LINE = re.compile(r"[ \t]*[A-Z][^\n.!?…:;,]{0,70}[^\n.!?…:;,\s][ \t]*")


def _plural_possessive(text: str, pos: int, para_end: int) -> bool:
    """’ in "the Ukrainians’ claims" inside a ‘single-quoted’ span: s + ’ + a lower-case
    word, with another closing candidate later in the paragraph."""
    if text[pos - 1:pos] not in ("s", "S") or text[pos + 1:pos + 2] != " ":
        return False
    if text[pos - 2:pos].lower() == "ss":
        return False  # "‘steady progress’ along the front": progress, loss, press are no plurals
    if not text[pos + 2:pos + 3].islower():
        return False
    if _NO_NOUN.match(text, pos + 2):
        return False  # "called them 'heroes' and 'the best of us'": a closing mark before "and", not a possessive
    return re.search(r"[’'](?!\w)", text[pos + 1:para_end]) is not None


#: words that never follow a plural possessive ("the Ukrainians’ problem"): after them the mark closes
_NO_NOUN = re.compile(r"(?:and|or|but|nor|as|than|then|that|which|who|when|while|if|because|after|before|to|in|on|at|"
                      r"along|across|into|over|under|near|around|against|towards?|through|without|within|despite|"
                      r"of|for|from|with|by|is|was|were|are|be|been|the|an?|he|she|they|it|we|said|says|told|added|"
                      # conjunctions, prepositions, auxiliaries and adverbs that open no possessed noun: "had lost ‘more
                      # than 26,000 soldiers’ since it began", "‘two brigades’ until the spring"
                      r"since|until|till|during|amid|amidst|among|amongst|per|so|yet|unless|whereas|although|though|"
                      r"where|how|why|whether|not|would|could|might|should|has|have|had|do|does|did|"
                      r"ago|again|also|too|now|here|there|this|these|those|its|their|his|her|our|my|your)\b")


def _span(text, start, end, outer_start, outer_end, opened, closed) -> QuoteSpan:
    while start < end and text[start].isspace():
        start += 1
    return QuoteSpan(start, trim_end(text, start, end), outer_start, outer_end, opened, closed)


def trim_end(text: str, start: int, end: int, chars: str | None = None) -> int:
    """``end`` moved back over the white space that ends ``text[start:end]`` (a sentence's or a quote's end without
    its trailing spaces and line breaks), or over ``chars``; never before ``start``. The one helper of the stages
    (rv11); ``trim_end(text, 0, end)`` is ``len(text[:end].rstrip())`` without copying the text before ``end`` (a
    slice of the whole prefix per call grew with the square of a long text: sp22, issue 17)."""
    end = min(end, len(text))
    if chars is None:
        while end > start and text[end - 1].isspace():
            end -= 1
    else:
        while end > start and text[end - 1] in chars:
            end -= 1
    return end


# --- sentences -------------------------------------------------------------------------

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr", "prof",
    "sen", "rep", "gov", "pres", "no", "vs", "etc", "approx", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "inc", "corp",
    # ranks and honorifics before a name: "Lt. Col. (ret.) Mark Holloway", "Brig. Gen.", "Adm.", "Rev."
    "adm", "brig", "cmdr", "cdr", "cpl", "pvt", "ret", "hon", "rev", "supt", "insp",
}


def sentences(text: str, para_start: int, para_end: int,
              masks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the sentences of one paragraph, never splitting inside ``masks``
    (the quoted spans, marks included), but splitting after a quote that ends a sentence."""
    mask_starts = [a for a, _ in masks]

    def inside(pos: int) -> bool:
        i = bisect_right(mask_starts, pos) - 1
        return i >= 0 and pos < masks[i][1]

    bounds, start = [], para_start
    for found in _SENTENCE_END.finditer(text, para_start, para_end):
        pos = found.start()
        if pos < start:
            continue
        ch = text[pos]
        end_here = None
        if ch in ".!?…" and not inside(pos):
            end_here = pos + 1
            while end_here < para_end and text[end_here] in _CLOSE_DOUBLE + _CLOSE_SINGLE + "\"')":
                k = bisect_right(mask_starts, end_here) - 1
                if text[end_here] in "\"'" and k >= 0 and mask_starts[k] == end_here:
                    break  # "…Ukraine.\"The enemy …": a straight mark that opens the next quote
                end_here += 1
        elif (ch in _CLOSE_DOUBLE + _CLOSE_SINGLE + '"' and pos > para_start
              and text[pos - 1] in ".!?…" and (pos + 1 >= para_end or not inside(pos + 1))):
            end_here = pos + 1
        if end_here is not None and _is_boundary(text, start, pos, end_here, para_end):
            bounds.append((start, end_here))
            start = end_here
            while start < para_end and text[start] == " ":
                start += 1
    if start < para_end:
        bounds.append((start, para_end))
    return bounds


def _is_boundary(text: str, sent_start: int, pos: int, end_here: int, para_end: int) -> bool:
    if end_here >= para_end:
        return False
    if text[end_here] != " ":
        # sentences glued by a careless copy: "…in 2016).According to …", "…shells.\"The …"
        return (text[pos] in ".!?" and (text[pos - 1:pos].islower() or text[pos - 1:pos] in ")”»\"")
                and re.match(r"[“„«‘\"]?[A-Z][a-z]+\b", text[end_here:end_here + 20]) is not None
                and not re.search(r"\w\.\w+$", text[max(sent_start, pos - 12):pos]))
    nxt = end_here
    while nxt < para_end and text[nxt] == " ":
        nxt += 1
    if nxt >= para_end:
        return False
    follower = text[nxt]
    if not (follower.isupper() or follower.isdigit() or follower in _OPEN_DOUBLE + _OPEN_SINGLE + "\"'"):
        return False
    mark = text[pos] if text[pos] in "?!" else text[pos - 1]  # (``pos`` is the closing quote mark's when inside one)
    if mark in "?!" and text[end_here - 1] in _CLOSE_DOUBLE + _CLOSE_SINGLE + "\"'" \
            and (said := _NAMED_SAID.match(text, nxt, para_end)) and not _THAT_AFTER.match(text, said.end()) \
            and not _introduced(text, sent_start, end_here - 1):
        # "“Why would we stop now?” Putin said at the meeting.": the attribution after a question (not a question a
        # colon has introduced already, "They ask one thing: “Where are the shells?” Zelensky said …", nor "X said
        # that …", a statement of its own; rv8)
        return False
    if text[pos] == ".":
        word = re.search(r"([\w.]+)$", text[max(sent_start, pos - 30):pos])
        if word:
            token = word.group(1).lower()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()
                                           and not (token == "s" and text[pos - 2:pos - 1] in "'’")):
                return False  # (not a possessive's "s": "… higher than Ukraine's. “…”" ends there; fa24)
            if token in ("a.m", "p.m"):
                return not _CLOCK_ZONE.match(text, nxt)  # "at 10 a.m. Kyiv time", "5 p.m. GMT": the sentence goes on
            if _INITIALS.fullmatch(token) and re.match(r"[A-Z][a-z]", text[nxt:nxt + 2]) \
                    and not _OPENER.match(text, nxt):
                return False  # "J.D. Vance said": initials before a name (not "… at the U.N. The meeting …")
            if token in _MONTH_NAMES and _DAY_AFTER.match(text, nxt):
                return False  # "on October. 2 that …": a stray full stop inside a date (a sentence opens with no bare day number)
    return True


# a name (or a capitalised title and name) and its speech verb right after a quoted question or exclamation
_NAMED_SAID = re.compile(r"(?:[A-Z][\w’'.-]*[ \t]+){1,4}(?:said|says|asked|asks|told|added|wrote|replied|shouted|"
                         r"insisted|demanded|wondered)\b")
_THAT_AFTER = re.compile(r"\s+that\b")


def _introduced(text: str, sent_start: int, close: int) -> bool:
    """Whether the quote that closes at ``close`` opens after a colon ("They ask one thing: “Where are the shells?”")."""
    marks = _OPEN_DOUBLE if text[close] in _CLOSE_DOUBLE else _OPEN_SINGLE if text[close] in _CLOSE_SINGLE else text[close]
    opening = max(text.rfind(mark, sent_start, close) for mark in marks)
    return opening > sent_start and text[sent_start:opening].rstrip().endswith(":")


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_OPENER = re.compile(r"(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|There|His|Her|Its|Their|"
                     r"Then|After|Before|When|While|As|If|Meanwhile|However)\b")
_CLOCK_ZONE = re.compile(r"(?:[A-Z][a-z]+\s+time\b|[A-Z]{2,4}\b(?![.’'-]))")
_MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())
_DAY_AFTER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?(?![\d.,:/-]?\d)")




# --- headline and captions ------------------------------------------------------------

_CAPTION = re.compile(r"(?:Pictured|Photo|Above|Below|Left|Right|Top)\s*:")


def headline_end(text: str, title: str = "") -> int:
    """End of the headline: the first paragraph when it is the title, or short and not a
    sentence (no closing full stop or quote mark); -1 when the article has none. A byline or a
    picture's caption above the headline ("By A B", "… Photo: A B/Agency") is skipped: the headline
    is the paragraph after it (up to two of them), and ends there."""
    if "\n\n" not in text:
        return -1
    offset = 0
    for _ in range(2):
        first, _, rest = text[offset:].partition("\n\n")
        if first == title or not rest or not top_furniture(first):
            break
        nxt = rest.split("\n\n", 1)[0]
        if not top_furniture(nxt) and not _headline_like(nxt, title):
            return -1  # a byline over the body: the text has no headline (the byline is none)
        offset += len(first) + 2
    first = text[offset:].split("\n\n", 1)[0]
    if offset and "\n\n" not in text[offset:]:
        return -1
    return offset + len(first) if _headline_like(first, title) else -1


def _headline_like(first: str, title: str) -> bool:
    return (first == title) or (len(first) <= 200 and not first.rstrip().endswith((".", "”", '"', "’", "»", "›")))


def top_furniture(line: str) -> bool:
    """A byline or a picture's caption or credit (as :func:`furniture` reads them)."""
    return bool((_bylines()[0].match(line) and _is_byline(line)) or _CAPTION_OPENING.match(line)
                or _CREDIT_CLOSING.search(line) or PAGE_STAMP.fullmatch(line))


_SENTENCE_CLOSE = (".", "”", '"', "’", "»", "›", "!", "?", "…")


def headline_paragraphs(text: str, title: str = "", paragraphs: list[tuple[int, int]] | None = None) -> set[int]:
    """Indices of the paragraphs written as headlines: the first paragraph when it is one
    (:func:`headline_end`), a repeat of the title anywhere near the top, and short lines in
    headline style (no closing full stop, most words capitalised) among the first four.

    Example:
        >>> sorted(headline_paragraphs("Russia Claims Gains\\n\\nMoscow, Friday\\n\\nRussia Claims Gains\\n\\n"
        ...                            "The minister said troops had advanced.", "Russia Claims Gains"))
        [0, 2]
    """
    paragraphs = paragraphs if paragraphs is not None else globals()["paragraphs"](text)
    end = headline_end(text, title)
    found = {next((i for i, (a, b) in enumerate(paragraphs) if a < end <= b), 0)} if end > 0 else set()
    title = " ".join((title or "").split())
    for index, (a, b) in enumerate(paragraphs[:4]):
        line = text[a:b].strip()
        if title and line == title:
            found.add(index)
            continue
        words = re.findall(r"[A-Za-z][\w’'-]*", line)
        capitalised = [w for w in words if w[0].isupper()]
        if (index and 3 <= len(words) <= 20 and not line.endswith(_SENTENCE_CLOSE)
                and len(capitalised) >= 0.7 * len(words)):
            found.add(index)
    return found


def is_caption(text: str, para_start: int) -> bool:
    """A photo caption ("Pictured: …", "Photo: …")."""
    return _CAPTION.match(text, para_start) is not None


#: a Q&A interview's lines: the question under its label ("Q:", "Question:", "INTERVIEWER:"), and the answer under a
#: speaker's label ("A:", "Answer:", "DOVBENKO:", "Dovbenko:", "Col. Dovbenko:", "Taras Dovbenko:"; up to four words)
QUESTION_LABEL = re.compile(r"[ \t]*(?:Q|QUESTION|Question|INTERVIEWER|Interviewer)[ \t]*:[ \t]+(?=\S)")
_ANSWER_LABEL = re.compile(r"[ \t]*(?:A|ANSWER|Answer|(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]*[\w’'])[ \t]*:[ \t]+(?=\S)")


def transcript_lines(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the words of a Q&A interview's lines, after their labels: a question ("Q: How is the
    front?") and the answer in the paragraph after it ("Dovbenko: We are holding."). They are speech printed
    without quote marks: no speech verb in them is an attribution of the story's ("A tsar tells them to go
    to war" is the speaker's own words), and no one named in them is whom a later "he" stands for (as inside
    quote marks); the answer's label names the speaker.

    Example:
        >>> text = "Q: How is the front?\\n\\nDovbenko: A tsar tells them to fight.\\n\\nHe said more."
        >>> [text[a:b] for a, b in transcript_lines(text, paragraphs(text))]
        ['How is the front?', 'A tsar tells them to fight.']
    """
    found = []
    question = False
    answers = []  # (start, end, label) of the answers
    for a, b in paragraphs:
        asked = QUESTION_LABEL.match(text, a, b)
        if asked is not None:
            found.append((asked.end(), b))
            question = True
            continue
        answer = _ANSWER_LABEL.match(text, a, b) if question else None
        if answer is not None:
            found.append((answer.end(), b))
            answers.append((answer.end(), b, answer.group(0).strip(" \t:")))
        question = False
    if answers and _explainer(text, found, answers):
        # an explainer's questions and answers ("Q: Where is the front moving?" / "A: West, slowly. The General
        # Staff said …"): the answers are the outlet's own prose, whose speech verbs attribute as anywhere (cl17)
        taken = {(a, b) for a, b, _ in answers}
        found = [span for span in found if span not in taken]
    return found


#: the generic label of an answer, which names nobody ("A:", "Answer:")
_GENERIC_ANSWER = re.compile(r"A|ANSWER|Answer")
#: words in the first or second person: an interview's answer speaks as "I" or "we", its question asks "you"
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Mm]y|[Oo]ur|[Oo]urs|[Uu]s|[Mm]e)\b")
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours)\b")
_QUOTED_SPAN = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|„[^”“\n]*[”“]")


def _explainer(text: str, lines: list[tuple[int, int]], answers: list[tuple[int, int, str]]) -> bool:
    """Are these Q&A lines an explainer's (the outlet asks and answers: "Q: Will the new brigades be ready?" / "A: Some
    of them. Defence Minister X said …") rather than an interview's? Every answer is under the generic label "A:", no
    question says "you" and no answer speaks as "I" or "we" outside quote marks (an interviewee answers in the first
    person, to a question put to him). (cl17)"""
    if not all(_GENERIC_ANSWER.fullmatch(label) for _, _, label in answers):
        return False
    taken = {(a, b) for a, b, _ in answers}
    for a, b in lines:
        words = _QUOTED_SPAN.sub(" ", text[a:b])
        if _SECOND_PERSON.search(words) or ((a, b) in taken and _FIRST_PERSON.search(words)):
            return False
    return True


PAGE_STAMP = re.compile(r"\s*(?i:updated|published|posted|last\s+modified|last\s+updated|modified)\b"
                        r"(?:[^\n.]|(?<=\d)\.(?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.){0,60}")


def link_label(text: str, para_start: int, para_end: int) -> int:
    """Where the label of a related-link or promo line ends ("Read also:", "Watch |", "ALSO READ:"; the
    ``link_label`` group of ``data/claim_words.csv``), or -1: what follows the label is a linked headline,
    read as one ("Read also: Zelensky: «…»" is Zelensky's).

    Example:
        >>> text = "Read also: Zelensky: “We will hold”"
        >>> text[:link_label(text, 0, len(text))]
        'Read also:'
    """
    found = _link_labels().match(text, para_start, para_end)
    return found.end() if found is not None and found.end() < para_end else -1


#: what opens a line before its sentence: a bullet ("• ", "- ", "* ", "— "), a number ("1) "), or a post's clock
#: stamp ("10:42 — ", "10.15 BST: ", "UPDATE, 3:15 p.m.: ", "14:32 " before "Peskov:") or age ("2h ago ")
_LINE_MARKER = re.compile(r"(?:[•·▪►*–—-]|\d{1,2}\))[ \t]+"
                          r"|(?:(?:UPDATE|Update|UPDATED|Updated)[ \t]*,?[ \t]*)?\d{1,2}[.:]\d{2}(?:[ \t]*[ap]\.?m\.?)?"
                          r"(?:[ \t]+[A-Z]{2,5}(?:[+-]\d{1,2})?)?(?:[ \t]*(?:[:—–|]|-{1,2})[ \t]*|[ \t]+(?=[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}:))"
                          # (a stamp right before a speaker's label: "14:32 Peskov: …", sk42)
                          # (a live blog's key-events line stamped with its age: "2h ago Ukrainian general: …", dt27)
                          r"|\d{1,3}[ \t]?(?:h|hrs?|m|mins?|hours?|minutes?)[ \t]+ago[ \t]+(?=[A-Z“\"‘'])")


#: an agency dateline opening a paragraph: a place in capitals ("KYIV, Ukraine (AP) — ", "MOSCOW, May 9 (Reuters) -",
#: "KYIV >> ", Interfax-Ukraine's "KYIV. June 15 (Interfax-Ukraine) – "), or in upper and lower case with a date or an
#: agency ("Kyiv, April 14 (Reuters) - ", "London (AP) — "), or a site's place and day between bullets ("Kyiv • 16
#: December 2022 • ")
_MONTH_DAY = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
_DATELINE = re.compile(r"[ \t]*(?:[A-Z][A-Z.'’-]{2,}(?:[ \t]+[A-Z][A-Z.'’-]+){0,2}(?:,[ \t]*[A-Z][A-Za-z.'’ -]{1,30}?)?"
                       rf"(?:(?:,|(?<=\.))[ \t]*{_MONTH_DAY})?(?:[ \t]*\([A-Z][^()\n]{{1,30}}\))?"
                       r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)?"
                       rf"(?:,[ \t]*{_MONTH_DAY}(?:[ \t]*\([A-Z][^()\n]{{1,30}}\))?|[ \t]*\([A-Z][^()\n]{{1,30}}\)"
                       rf"|[ \t]+•[ \t]+{_MONTH_DAY}(?=[ \t]+•)))"
                       r"[ \t]*(?:[-–—]{1,2}|>>|•)[ \t]+(?=[“\"‘'A-Z])")


#: a page title's outlet name after a bar at its end ("… says spokesman | Zaporizhzhia Herald", "… | The Kyiv
#: Gazette"): a name of up to six words, each capitalised or a name's small word
_OUTLET_TAIL = re.compile(r"[ \t]+[|｜][ \t]+(?:[A-Z][\w’'.&-]*|the|of|and|&|on|in)(?:[ \t]+(?:[A-Z][\w’'.&-]*|the|of|and|&|on|in)){0,5}[ \t]*$")


def outlet_tail(text: str, start: int, end: int) -> int:
    """Where a title's outlet name after a bar begins (the space before the bar), or -1: the name is the page's
    furniture, no part of the headline's sentence (a signature after a dash is a speaker and stays).

    Example:
        >>> line = "Front holds, says spokesman | The Kyiv Gazette"
        >>> line[:outlet_tail(line, 0, len(line))]
        'Front holds, says spokesman'
    """
    found = _OUTLET_TAIL.search(text, start, end)
    return found.start() if found is not None and found.start() > start else -1


def dateline_end(text: str, para_start: int, para_end: int) -> int:
    """Where an agency dateline that opens a paragraph ends, or -1: the sentence opens after it
    ("KYIV, Ukraine (AP) — Ukraine's army said …": the army opens the sentence).

    Example:
        >>> text = "LONDON (Reuters) - The army said so."
        >>> text[dateline_end(text, 0, len(text)):]
        'The army said so.'
    """
    found = _DATELINE.match(text, para_start, para_end)
    return found.end() if found is not None and found.end() < para_end else -1


def line_marker(text: str, para_start: int, para_end: int) -> int:
    """Where a bullet, a list number or a post's clock stamp that opens a paragraph ends, or -1: the
    sentence after it opens there ("• “We will hold,” Zelensky said", "10.15 BST: Zelensky: “…”").

    Example:
        >>> text = "10.15 BST: Zelensky: “The night was hard.”"
        >>> text[line_marker(text, 0, len(text)):]
        'Zelensky: “The night was hard.”'
    """
    found = _LINE_MARKER.match(text, para_start, para_end)
    return found.end() if found is not None and found.end() < para_end else -1


def _link_labels():
    """The link labels' pattern, a ``vocab.TablePattern`` (compiled again when ``claim_words`` changes), made at the
    first call: ``segment`` imports no table module when it is imported, and ``link_label`` is asked about every
    paragraph (no import statement and no closure at each call: issue 17)."""
    if _LINK_LABELS:
        return _LINK_LABELS[0]
    from saidvsdone import vocab

    def build() -> str:
        words = sorted({" ".join(row.word.replace("’", "'").lower().split())
                        for row in vocab.table("claim_words").itertuples() if row.group.strip() == "link_label"},
                       key=lambda w: (-len(w), w))
        if not words:
            return r"(?!)"
        alternation = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in word.split()) for word in words)
        return rf"(?i:{alternation})[ \t]*(?::|\|)(?=[ \t]*\S)"
    _LINK_LABELS.append(vocab.TablePattern("segment.link_labels", ("claim_words",), build))
    return _LINK_LABELS[0]


_LINK_LABELS: list = []  # the TablePattern, once made


def wire_label(text: str, para_start: int, para_end: int) -> int:
    """Where a wire's label that opens a headline line ends ("UPDATE 3-", "REFILE-UPDATE 1-", "FLASH: ", "URGENT: ";
    the ``wire_label`` group of ``data/claim_words.csv``), or -1: the headline's sentence opens after it (hl5). In
    capitals a label is glued to the title by a hyphen, a number may follow it; in any case it stands before a colon.

    Example:
        >>> text = "UPDATE 3-Russia says troops left the town"
        >>> text[wire_label(text, 0, len(text)):]
        'Russia says troops left the town'
    """
    found = _wire_labels().match(text, para_start, para_end)
    return found.end() if found is not None and found.end() < para_end else -1


def _wire_labels():
    """The wire labels' pattern, a ``vocab.TablePattern`` made at the first call (as ``_link_labels``)."""
    if _WIRE_LABELS:
        return _WIRE_LABELS[0]
    from saidvsdone import vocab

    def build() -> str:
        words = sorted({" ".join(row.word.lower().split())
                        for row in vocab.table("claim_words").itertuples() if row.group.strip() == "wire_label"},
                       key=lambda w: (-len(w), w))
        if not words:
            return r"(?!)"
        upper = "|".join(r"[ \t]+".join(re.escape(w.upper()) for w in word.split()) for word in words)
        anycase = "|".join(r"[ \t]+".join(re.escape(w) for w in word.split()) for word in words)
        return (rf"(?:(?:{upper})(?:[ \t]+\d{{1,2}})?-(?=[^\s-])"
                rf"|(?i:{anycase})(?:[ \t]+\d{{1,2}})?[ \t]*:[ \t]+(?=\S))+")
    _WIRE_LABELS.append(vocab.TablePattern("segment.wire_labels", ("claim_words",), build))
    return _WIRE_LABELS[0]


_WIRE_LABELS: list = []  # the TablePattern, once made


# --- site furniture: captions with a credit, credits, bylines, reporting lines ------------

#: a paragraph that is a picture's caption or credit: opened by its label, or closed by a credit
#: (or by a BBC page's "Image source, Reuters" / "Image caption, Residents queue for water", mt11)
_CAPTION_OPENING = re.compile(r"(?:FILE PHOTO|Photo(?:graph)?s?|Pictured|Picture|Image|Foto|Credit|Photo credit)\s*:"
                              r"|Image\s+(?:source|caption)\s*,", re.IGNORECASE)
_AGENCY_PATH = r"/(?:[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*)*/?){1,4}"  # REUTERS/Stringer/File Photo
_CREDIT_LABEL = r"\s*:\s*[^:\n.!?“”\"«»]{2,90}"                       # Photograph: Mykola Tymchenko
#: (every branch opens on a literal, a "\b" before a letter as a look-behind after it: sre searches each line for those
#: characters in C, where a look-ahead of them before the branches entered the engine at every position; sp20. The
#: branches open on different characters, so their order reads as before: (AP Photo/…), the agencies REUTERS, AFP,
#: EPA, AP, ANADOLU, SPUTNIK, TASS with a path, the labels Photo(graph), Credit, Picture, Image, Foto, via Getty Images)
_CREDIT_CLOSING = re.compile(
    r"(?:\((?:AP|AFP|EPA|Reuters|REUTERS|Getty)[^()\n]{0,20}Photo[^()\n]{0,80}\)"       # (AP Photo/Oleh Marchenko)
    r"|R(?<!\w.)EUTERS" + _AGENCY_PATH + r"|A(?<!\w.)(?:FP" + _AGENCY_PATH + r"|P" + _AGENCY_PATH + r"|NADOLU"
    + _AGENCY_PATH + r")|E(?<!\w.)PA" + _AGENCY_PATH + r"|S(?<!\w.)PUTNIK" + _AGENCY_PATH + r"|T(?<!\w.)ASS" + _AGENCY_PATH
    + r"|P(?:hoto(?:graph)?|icture)" + _CREDIT_LABEL + r"|Credit" + _CREDIT_LABEL + r"|Image" + _CREDIT_LABEL
    + r"|Foto" + _CREDIT_LABEL + r"|v(?<!\w.)ia Getty Images|/Getty Images"
    + r"|©\s*[^:\n.!?“”\"«»©]{2,90})[.\s]*$")  # ("© Ana Lis/Agency": a credit line, mt11)
#: a byline or a credit line: "By MARTA KOVALENKO and DANIEL REEVES", "Posted by Global Desk | July 8, 2026",
#: "Words by A B. Photographs by C D", "(Reporting by …; Editing by …)", "X in Brussels contributed to this report."
#: (a byline's patterns, :func:`_bylines`, are made of data/claim_words.csv's ``byline_label`` and ``byline_desk``)
_BYLINE_WORDS = frozenset("by and of the in for via with at from words photographs photos text pictures".split())
_REPORTING = re.compile(r"\((?:Reporting|Writing|Editing|Additional reporting|With inputs)\b|.{0,120}\bcontributed "
                        r"(?:reporting )?to this (?:report|story|article)\.?$"
                        # a source line or an agency's sign-off alone: "Source: TASS", "— Agencies", "Associated Press"
                        r"|(?:Sources?|Via)\s*:\s*[\w.,’'&/ -]{2,40}$|[—–-]\s*Agencies\.?$|Associated Press$")
#: a word every match of ``_REPORTING`` holds (tests/test_speed_sp20.py checks it against the pattern's own literals):
#: a line holding none is no reporting line, and its ``.{0,120}`` branch is not tried at each of 120 lengths (sp20)
_REPORTING_WORD = re.compile(r"\(|contributed|Source|Via|Agencies|Associated Press")


#: the link an embedded social-media post's words carry as a scraped page prints them (mt11)
_EMBED_LINK = re.compile(r"\bpic\.twitter\.com/\w|\bhttps?://t\.co/\w|\bt\.me/\w|\binstagram\.com/(?:p|reel)/\w")


def embed_post(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is an embedded social-media post's words, with no quote mark: a paragraph holding the post's
    link ("Met with the mayor today pic.twitter.com/Ab12", "… t.me/channel/123"). Its figures stay facts; it is no
    paragraph of the story between two of a speaker's, and names nobody a later "he" stands for (mt11).

    Example:
        >>> embed_post("We met the mayor today pic.twitter.com/Ab12", 0, 44), embed_post("He said so.", 0, 11)
        (True, False)
    """
    return _EMBED_LINK.search(text, a, b) is not None and _QUOTED.search(text, a, b) is None


def furniture(text: str, paragraphs: list[tuple[int, int]], headlines: set[int] = frozenset(),
              quoted: set[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs that are a page's furniture, not its story: a picture's caption
    or credit ("… Tuesday. (AP Photo/Oleh Marchenko)", "FILE PHOTO: …", "Credit: A B/Sputnik/AFP via Getty
    Images", "Photograph: A B"), a byline ("By A B and C D", "Posted by Global Desk | July 8, 2026") and a
    reporting credit ("(Reporting by …)", "A B in Brussels contributed to this report."). The people they
    name are photographers, reporters and the pictured: never a speaker, nor whom "he" stands for. A
    caption that quotes someone (``quoted``: the indices of the paragraphs with a quoted span; by default,
    those with a double mark) keeps its words; only its credit is furniture then.

    Example:
        >>> text = "By JANE DOE\\n\\nA soldier walks, Kyiv, May 3, 2026. (AP Photo/John Roe)\\n\\nShe said so."
        >>> [text[a:b] for a, b in furniture(text, paragraphs(text))]
        ['By JANE DOE', 'A soldier walks, Kyiv, May 3, 2026. (AP Photo/John Roe)']
    """
    found = []
    byline = _bylines()[0]
    for index, (a, b) in enumerate(paragraphs):
        if index == 0 and index in headlines:
            continue  # the title
        line = text[a:b]
        credit = _CREDIT_CLOSING.search(line)
        if _CAPTION_OPENING.match(line) or credit:
            if index in quoted if quoted is not None else _QUOTED.search(line):
                # "Photo: Zelensky in Kyiv. “We will not stop,” he said.": only the credit
                if credit:
                    found.append((a + credit.start(), b))
                continue
            if credit is not None and credit.start() == 0 and index > 0 and (not found or found[-1][1] <= a) \
                    and _caption_over_credit(text, *paragraphs[index - 1]) and (index - 1) not in headlines:
                found.append(paragraphs[index - 1])  # "People queue for water." over "Photo: A B/Agency" (mt11)
            found.append((a, b))
        elif (_REPORTING_WORD.search(line) and _REPORTING.match(line)) or (byline.match(line) and _is_byline(line)) \
                or (index < 5 and _NAMES_LINE.fullmatch(line)) or (index < 5 and furniture_line(line) == "byline"):
            found.append((a, b))
    return found


_QUOTED = re.compile("[" + re.escape(_OPEN_DOUBLE + _CLOSE_DOUBLE) + '"]')
#: a picture's caption standing over a line that is only its credit: one short sentence, no quote mark, no figure
_CAPTION_OVER_CREDIT = re.compile(r"[ \t]*[A-Z][^\n.!?“”\"«»\d]{10,160}[.]?[ \t]*")


def _caption_over_credit(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, right over a paragraph that is only a picture's credit ("Photo: A B/Agency", "© A B"), reads
    as the picture's caption (``_CAPTION_OVER_CREDIT``): nobody's words, no figure of the story, and no speech verb of
    ``data/speech_cues.csv`` ("A B, the mayor, said the strike hit a depot." over "Photo: …" is the story's) (mt11)."""
    if _CAPTION_OVER_CREDIT.fullmatch(text, a, b) is None:
        return False
    from saidvsdone.speech._acts import cue_table  # (the speech layer reads this module: imported at the call)

    cues = cue_table()[0]
    return not any(cues.get(word) == "speech" for word in re.findall(r"[a-z]+", text[a:b].lower()))


#: a byline without "By" near the top: "Pjotr Sauer in Kyiv", "Shaun Walker in Kyiv and Andrew Roth in Moscow"
_NAME = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+"
_ONE = rf"{_NAME}(?:[ \t]+in[ \t]+[A-Z][\w’'-]+)?"
_NAMES_LINE = re.compile(rf"{_ONE}(?:,?[ \t]+and[ \t]+{_ONE})+|{_NAME}[ \t]+in[ \t]+[A-Z][\w’'-]+")


def _bylines() -> list:
    """The three byline patterns, ``vocab.TablePattern``s made at the first call (``segment`` imports no table module when
    it is imported): a byline opened by a ``byline_label`` of ``data/claim_words.csv`` ("By", "Words by", "Posted by",
    "(Reporting by") before a capital, its group ``named`` set when two capitalised words follow ("By Nadia Lowe, …");
    a desk's or a team's byline ending on a ``byline_desk`` word ("By the Evening Desk", "By our defence
    correspondent", "By Kyiv Post staff"); and a line of one writer's byline (:func:`byline_writer`)."""
    if _BYLINE_PATTERNS:
        return _BYLINE_PATTERNS
    from saidvsdone import vocab

    def labels(group: str, first_either_case: bool) -> str:
        words = sorted({" ".join(row.word.lower().split()) for row in vocab.table("claim_words").itertuples()
                        if row.group.strip() == group}, key=lambda w: (-len(w), w))
        if not words:
            return r"(?!)"
        return "|".join(r"\s+".join(re.escape(w) for w in word.split()) if not first_either_case else
                        f"[{word[0].upper()}{word[0]}]" + r"\s+".join(re.escape(w) for w in word[1:].split(" "))
                        for word in words)

    def byline() -> str:
        return rf"\(?(?:{labels('byline_label', True)})\s+[A-Z](?:[\w’'.-]+\s+(?P<named>[A-Z]))?"

    def desk() -> str:  # (with no "the"/"our", capitalised words only: "By Monday the team had …" is a sentence)
        return (rf"\s*(?:{labels('byline_label', True)})\s+"
                rf"(?:(?:the|our)\s+(?:[\w’'-]+\s+){{0,3}}?|(?:[A-Z][\w’'-]*\s+){{1,3}}?)(?i:{labels('byline_desk', False)})\b")

    def writer() -> str:  # (a whole line: its label, two or three capitalised words, then a place or a role or nothing)
        return (rf"[ \t]*(?:{labels('byline_label', True)})[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){{1,2}})"
                rf"[ \t]*(?:,.*|[ \t]+in[ \t].*)?")
    _BYLINE_PATTERNS.extend([vocab.TablePattern("segment.byline", ("claim_words",), byline),
                             vocab.TablePattern("segment.desk_byline", ("claim_words",), desk),
                             vocab.TablePattern("segment.writer_byline", ("claim_words",), writer)])
    return _BYLINE_PATTERNS


_BYLINE_PATTERNS: list = []  # (byline, desk byline, one writer's byline), once made


def byline_writer(line: str) -> tuple[int, int] | None:
    """(start, end) in ``line`` of the name of the one writer a byline line gives: a ``byline_label`` of
    data/claim_words.csv ("By", "Words by") and two or three capitalised words, alone or with a place or a role after
    them ("By A B in Kyiv", "By A B, defence correspondent"); None for a line of several writers ("By A B and C D"), a
    desk's ("By the Evening Desk"), and a sentence ("By Monday Russian troops had crossed the river."). The one
    reader of the writer's name: ``Document.byline_writers`` reads the top of the copy with it.

    Example:
        >>> line = "By Ines Varga in Odesa"
        >>> line[slice(*byline_writer(line))], byline_writer("By Monday Russian troops had crossed the river.")
        ('Ines Varga', None)
    """
    if " and " in line:
        return None
    found = _bylines()[2].fullmatch(line)
    return found.span("name") if found is not None else None


#: A page's date line: "Friday 4 April 2025", "Sat 16 Mar 2024 06.00 GMT", "May 3, 2025", "2024.02.19 10:42",
#: "5 April 2025, 11:20 CET" (a weekday, a day and a month name with its year, or a numeric date; a clock and its
#: zone may follow).
_DATE_LINE = re.compile(
    r"\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    r"(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}[./-]\d{2}[./-]\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"(?:(?:,?\s*(?:at\s+)?|\s+[-–]\s+)\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?\s*")
#: The fields of a page's rubric or stamp line, set apart by "|", "·" or "•" ("EuroCast News | World | Europe").
_FURNITURE_FIELDS = re.compile(r"\s+[|·•]\s+|\s*\|\s*")
#: A rubric's field: up to five capitalised words, numbers or clock times ("World", "Politics", "THE DAILY LEDGER",
#: "LISTEN", "7:42", "Download"), a reading time ("3 minute read", "5 min read") or a label before a date
#: ("Broadcast: Tuesday, November 26, 2024").
_RUBRIC_FIELD = re.compile(r"(?:[A-Z0-9][\w’'&.:/+-]*|&|of|and|the|in|for|on)(?:\s+(?:[A-Z0-9][\w’'&.:/+-]*|&|of|and|"
                           r"the|in|for|on)){0,4}|\d{1,2}[-\s]?(?i:minutes?|mins?)\s+(?i:read|listen|watch)")
_FIELD_LABEL = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+)?:\s+")
#: A field crediting the copy's makers ("Compiled by the foreign desk from staff and agency reports").
_CREDIT_FIELD = re.compile(r"(?:Compiled|Edited|Written|Produced|Reporting|Additional\s+reporting|With\s+reporting)\s+by\s+"
                           r"[^|·•]{2,80}")
#: An editor's note in square brackets filling its paragraph ("[This story has been updated with …]").
_BRACKETED_NOTE = re.compile(r"\s*\[[^\[\]\n]{10,600}\]\s*")


def furniture_line(line: str) -> str:
    """What a line of a page's furniture holds, or "" for a line of the story (no sentence: "By Tuesday, Russian
    forces had …"): "byline" for its writers, names and roles ("By A B and C D", "By A B, defence correspondent", "By
    the Evening Desk"); "date" for a page's date line or time stamp ("Friday 4 April 2025", "Updated 12 March
    2025, 09:40 GMT"); "opened" for a line opened as a byline is, "By" and two capitalised words, with words after them
    that are no names ("By A B Updated 3pm today"): the page's furniture under a standfirst, too weak a sign to hide
    a line's speakers ("By Monday Russian troops had …" may be a sentence). A line of fields set apart by "|" (160
    characters at most, no closing full stop) holds what its fields hold ("Sunday Edition | Sunday 9 March 2025 |
    By A B and C D" a byline, "2025.04.05 09:12 | Europe | NEWSWIRE" a date). The one reader of both :func:`furniture`
    (a byline near the top names no speaker) and ``citing.deck`` (what stands between a standfirst and the story).

    Example:
        >>> [furniture_line(x) for x in ("Evening Desk | 3 May 2025 | By Ana Lis", "3 May 2025", "Kyiv | It rained.")]
        ['byline', 'date', '']
    """
    line = line.strip()
    fields = [field.strip() for field in line.split("|")] if "|" in line and len(line) <= 160 \
        and not line.endswith(".") else []
    kinds = {_byline_field(field) for field in [line, *fields]}
    if "byline" in kinds:
        return "byline"  # (… "Posted 6:20 PM, Friday, 4 April 2025 | By Night Desk": the stamp names writers)
    if _DATE_LINE.fullmatch(line) or PAGE_STAMP.fullmatch(line) or any(_DATE_LINE.fullmatch(f) for f in fields):
        return "date"  # (… or "Updated 12 March 2025, 09:40 GMT")
    if "opened" in kinds:
        return "opened"
    if _BRACKETED_NOTE.fullmatch(line):
        return "note"
    return "rubric" if _rubric_line(line) else ""


def _rubric_line(line: str) -> bool:
    """A line of a page's rubric, masthead or stamp (hl7): two fields or more set apart by "|", "·" or "•", each a
    few capitalised words ("EuroCast News | World | Europe", "THE DAILY LEDGER | WORLD", "LISTEN · 7:42 | Download"),
    a reading time ("3 minute read") or a date or time stamp ("3 minute read · Updated March 22, 2024 4:51 PM GMT+1",
    "Broadcast: Tuesday, 26 November 2024 | Transcript posted: …"); or a masthead alone in capitals ("THE DAILY
    LEDGER"). A field with a word in lower case is a headline's ("Ukraine war | Russia claims Bakhmut"): no rubric."""
    if len(line) > 200 or line.endswith((".", "?", "!", ":", ";", ",")) and not line.endswith(("a.m.", "p.m.")):
        return False
    fields = [f.strip() for f in _FURNITURE_FIELDS.split(line) if f.strip()]
    if len(fields) == 1:
        words = line.split()
        return 2 <= len(words) <= 6 and line.isupper() and not any(c.isdigit() or c == ":" for c in line)
    return len(fields) <= 8 and all(_rubric_field(f) for f in fields)


def _rubric_field(field: str) -> bool:
    bare = field[_FIELD_LABEL.match(field).end():] if _FIELD_LABEL.match(field) else field
    return bool(_RUBRIC_FIELD.fullmatch(field) or _DATE_LINE.fullmatch(bare) or PAGE_STAMP.fullmatch(field)
                or _DATE_LINE.fullmatch(bare.split(",", 1)[-1]) or _byline_field(field) == "byline"
                or _CREDIT_FIELD.fullmatch(field))


def _byline_field(field: str) -> str:
    """"byline" for a byline of names and roles (:func:`_is_byline`; with two capitalised names after "By", up to its
    first comma: "By Nadia Lowe, defence correspondent") or a desk's; "opened" for one whose words after the two names
    are no names and roles; "" for none."""
    byline, desk = _bylines()[:2]
    found = byline.match(field)
    if found is not None and (_is_byline(field) or (found.group("named") and _is_byline(field.split(",", 1)[0]))):
        return "byline"
    if desk.match(field) is not None:
        return "byline"
    return "opened" if found is not None and found.group("named") else ""


def _is_byline(line: str) -> bool:
    """Names and their roles only: every word capitalised, a number or a byline's small word, up to a
    separator ("|", "•") after which a date or a desk may follow ("By Tuesday, Russian forces had …" is a
    sentence)."""
    head = re.split(r"\s[|•·]\s", line, maxsplit=1)[0]
    words = re.findall(r"[^\s,.;:()&]+", head)
    return 0 < len(words) <= 14 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _BYLINE_WORDS for w in words)
