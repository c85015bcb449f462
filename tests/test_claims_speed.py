"""Claims' headline look-ups over the body are indexed once per document (issue 17: a transcript or a live blog has
hundreds of headline lines; each used to rescan every speech act of the body): same answers as the plain scans."""

from __future__ import annotations

import re
from dataclasses import replace

from saidvsdone import claims, corpus, document, mentions


def _plain_quoted_restated(doc, sentence):
    """The scan the index replaced: every act of the body, for every quote of the headline."""
    from saidvsdone.speech import Cue
    for quote, _ in claims._quotes_in(doc, sentence.start, sentence.end):
        words = doc.text[quote.span.start:quote.span.end].strip(" ,.;:!?").lower()
        if len(words.split()) < 2:
            continue
        for act in doc.speech.acts:
            if act.sentence[0] < doc.headline_end or not act.speaker.speaker or act.speaker.start > act.cue.start:
                continue
            if words in doc.text[act.cue.end:act.sentence[1]].lower():
                cue = Cue(sentence.start, sentence.start, "'", "speech")
                who = replace(act.speaker, start=sentence.start, end=sentence.start)
                return [replace(act, sentence=(sentence.start, sentence.end), cue=cue, speaker=who, date=None)]
    return []


def _plain_role_holder(doc, written):
    """hl5's look-up before the scan, done plainly: the one body speaker the speakers table gives the whole role."""
    role = " ".join(written.lower().split())
    people = mentions.people().speakers
    holders = {a.speaker.speaker for a in doc.speech.acts if a.sentence[0] >= doc.headline_end
               and a.speaker.speaker in people and role in people[a.speaker.speaker].roles}
    return next(iter(holders)) if " " in role and len(holders) == 1 else ""


def _plain_titled(doc, head, label):
    title = re.compile(r"\b" + re.escape(head) + r"(?:['’]s)?\s+(?:[\w’'-]+,?\s+){0,3}$")
    for later in doc.speech.acts:
        if later.sentence[0] < doc.headline_end or later.speaker.how not in ("name", "title", "unknown name"):
            continue
        if not later.speaker.speaker or later.speaker.speaker == label:
            continue
        if title.search(doc.text, max(later.sentence[0], later.speaker.start - 60), later.speaker.start):
            return later.speaker.speaker
    return ""


BODY = ("Kremlin spokesman Dmitry Peskov said on Tuesday that the talks were frozen. Ukrainian commander Oleh "
        "Marchuk said Russian units were making slow but steady progress near Kupiansk. The Kremlin's press secretary, "
        "Dmitry Peskov, told reporters that Moscow saw 'no basis' for a ceasefire. NATO Secretary General Mark Rutte "
        "said the alliance would keep sending air defence.")
TRANSCRIPT = "\n\n".join(
    f"Q: What is the 'slow but steady progress' you see near the river on day {n}?\n\n"
    f"MARCHUK: Russian units were making slow but steady progress near Kupiansk, {n} of them, he said." for n in range(30))


def _documents():
    texts = ["Russian forces make 'slow but steady progress' near Kupiansk\n\n" + BODY,
             "Kremlin says talks are frozen\n\n" + BODY,
             "NATO chief: air defence will keep coming\n\n" + BODY,
             "Interview: 'slow but steady progress'\n\n" + TRANSCRIPT]
    for text in texts:
        yield next(iter(document.documents(corpus.from_text(text, published="2024-05-03"))))
    yield from document.documents(corpus.load())


def test_quoted_restated_answers_as_the_scan_of_every_act():
    found = 0
    for doc in _documents():
        for sentence in claims._sentences(doc) if hasattr(claims, "_sentences") else doc.sentences:
            mine = claims._quoted_restated(doc, sentence)
            assert mine == _plain_quoted_restated(doc, sentence)
            found += bool(mine)
    assert found  # the headline's quoted words restated in the body were found at least once


def test_titled_in_body_answers_as_the_scan_of_every_act():
    checked = 0
    for doc in _documents():
        for act in doc.speech.acts:
            written = act.speaker.as_written.strip()
            head = written.split()[0].removesuffix("'s").removesuffix("’s") if written else ""
            if not head[:1].isupper():
                continue
            for label in ("", act.speaker.speaker or "", "Dmitry Peskov"):
                mine = claims._titled_in_body(doc, act, label)
                if act.speaker.how == "name" and head in claims._seats() and claims._kind_of(act.speaker.speaker) != "person" \
                        or act.speaker.how not in ("title", "pronoun", "name", "country") \
                        and not claims._DEFINITE_INSTITUTION.fullmatch(written):
                    # the branch with the look-up over the body: its answer is the plain scan's
                    if act.speaker.how != "country":
                        assert mine == (_plain_role_holder(doc, written) or _plain_titled(doc, head, label))
                        checked += 1
    assert checked


def test_a_headline_institution_is_the_body_person_with_its_title():
    table = claims.find(corpus.from_text("Kremlin says talks are frozen\n\n" + BODY, published="2024-05-03"))
    heads = table[table["headline"]]
    assert heads["speaker"].tolist() == ["Dmitry Peskov"]
