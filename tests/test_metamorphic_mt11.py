"""mt11 (round 22): the page noise of real news sites between the sentences that matter, as metamorphic
transformations (``tests/metamorphic.py``: ``pull_quote``, ``social_embed``, ``update_notes``, ``photo_credits``,
``newsletter_box``, ``page_noise``) and the mechanisms they exposed: an embedded post's chrome, a newsletter box's
lines and update or correction notes leave the text (``data/cleaning_rules.csv``), a BBC image block and a "©" line
are a picture's caption and credit (``segment.furniture``), an embedded post's words and a short label line between
paragraphs interrupt the story (``Document.interruptions``) and name nobody a later "he" or "it" stands for. Sentences
invented."""

import sys
from pathlib import Path

import pytest

from saidvsdone import corpus, document, segment

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metamorphic as M  # noqa: E402
from test_metamorphic_mt10 import _day, _found  # noqa: E402  (the same readers of one invented text)


# --- the transformations ---------------------------------------------------------------------------------------------

ARTICLE = ("Front holds near Lysivka\n\n"
           "General Petro Marchenko said on Monday that his troops had held the line near Lysivka.\n\n"
           "“We are holding every position along the river and we will not give it up,” he said.\n\n"
           "He added that the army was digging new defences to the south.\n\n"
           "“The men are tired but they know what they are defending,” he said.\n\n"
           "Local officials said the roads to the town remained open for aid convoys.\n\n"
           "Residents said they had been sleeping in cellars for a week.\n")


def _rows(text: str) -> list:
    rows = []
    for stage, snippet, kind in [("claims", "General Petro Marchenko said on Monday", None),
                                 ("quotes", "“We are holding every position along the river and we will not give it up,”",
                                  "direct"),
                                 ("claims", "He added that the army was digging", None),
                                 ("quotes", "“The men are tired but they know what they are defending,”", "direct")]:
        s = text.index(snippet)
        rows.append((stage, s, s + len(snippet), (stage, len(rows)), {"kind": kind} if kind else {}))
    return rows


def _apply(step, text: str = ARTICLE) -> str:
    ctx = M.Ctx(title="Front holds near Lysivka", published="2025-03-06")
    ctx.rows = _rows(text)
    return M.apply_edits(text, step(text, ctx))[0]


def test_pull_quote_repeats_a_direct_quote_without_marks():
    new = _apply(M.pull_quote)
    assert "\n\nWe are holding every position along the river and we will not give it up.\n\n" in new
    assert new.count("We are holding every position") == 2


@pytest.mark.parametrize("step", [M.social_embed, M.update_notes, M.photo_credits, M.newsletter_box])
def test_noise_is_inserted_between_paragraphs_and_keeps_every_row(step):
    new = _apply(step)
    assert len(new) > len(ARTICLE)
    for paragraph in ARTICLE.strip().split("\n\n"):
        assert paragraph in new  # (no paragraph cut: the rows carry exactly)


# --- the mechanisms --------------------------------------------------------------------------------------------------

LEAD = ("General Petro Marchenko said on Monday that his troops had held the line near Lysivka.\n\n"
        "“We are holding our positions,” he said.\n\n")
AFTER = "“Nobody will break through here,” he said.\n"


@pytest.mark.parametrize("between", [
    "Met with students and teachers in the capital this morning pic.twitter.com/Ab12Cd\n\n"
    "— Corinne Ashdale (@cashdale_mp) March 5, 2025\n\n",
    "View this post on Instagram\n\nMorning light over the river.\n\nA post shared by Nadia Lisko (@nadia.lisko)\n\n",
    "Lakeside Community Council posted on Wednesday, March 5, 2025\n\nThe shelter is open all day.\n\nView on Facebook\n\n",
    "Newsletter\n\nThe Morning Dispatch\n\nSign up\n\n",
    "Sign up to First Edition\n\nFree daily newsletter\n\nafter newsletter promotion\n\n",
    "Image source, Hartwell\n\nImage caption, Residents queue for water in the town centre\n\n",
    "Residents queue for water in the town centre.\n\n© Olena Marchuk/Hartwell\n\n",
])
def test_page_noise_between_a_speakers_paragraphs_keeps_his_quotes(between):
    said, _ = _found(LEAD + between + AFTER)
    rows = said[said["text"].str.contains("Nobody will break through")]
    assert list(rows["speaker"]) == ["Petro Marchenko"]


def test_an_update_note_over_the_lede_leaves_the_lede_dated():
    text = ("This story has been updated with additional reporting.\n\n"
            "The Ukrainian army said today that its troops had pushed Russian forces back near Lysivka.\n\n"
            "Updated with comment from the regional administration in the third paragraph.\n")
    _said, found = _found(text)
    rows = found[found["text"].str.startswith("The Ukrainian army said today")]
    assert len(rows) == 1 and _day(rows["statement_date"].iloc[0]) == "2025-03-06"
    assert not found["text"].str.contains("updated|Updated").any()


def test_a_note_with_a_figure_stays_in_the_text():
    text = ("Troops push on near Lysivka\n\nThe army said on Monday that it had retaken 12 villages.\n\n"
            "Editor's note: An earlier version of this report gave the army's figure as 21 villages.\n\n"
            "This story has been updated to correct the figure for the villages retaken: 12, not 21.\n")
    doc = corpus.from_text(text, published="2025-03-06")
    assert "Editor's note" in doc["text"].iloc[0] and "12, not 21" in doc["text"].iloc[0]


def test_an_embedded_post_is_no_sentence_of_the_story_yet_keeps_its_figures():
    text = "We shot down 30 drones overnight pic.twitter.com/Ab12Cd"
    assert segment.embed_post(text, 0, len(text))
    assert not segment.embed_post("“We held,” he said. pic.twitter.com/Ab12Cd", 0, 42)
    doc = next(document.documents(corpus.from_text(
        "The air force reported an attack.\n\n" + text + "\n\nIt said more were launched.\n", published="2025-03-06")))
    post = next(i for i, (a, b) in enumerate(doc.paragraphs) if "pic.twitter" in doc.text[a:b])
    assert post in doc.interruptions and not doc.in_furniture(doc.paragraphs[post][0])


def test_a_caption_over_a_credit_line_is_furniture():
    text = ("General Petro Marchenko said on Monday that his troops had held the line near Lysivka.\n\n"
            "Residents queue for water in the town centre.\n\nPhoto: Olena Marchuk/Hartwell\n\n"
            "The army said it had retaken 12 villages.\n\nPhoto: Kyiv\n")
    doc = next(document.documents(corpus.from_text(text, published="2025-03-06")))
    spans = [doc.text[a:b] for a, b in doc.furniture]
    assert "Residents queue for water in the town centre." in spans and "Photo: Olena Marchuk/Hartwell" in spans
    assert not any("12 villages" in s or "Marchenko" in s for s in spans)


def test_a_pull_quote_interrupts_the_story_and_names_nobody():
    text = ("General Petro Marchenko said on Monday that his troops had held the line near Lysivka.\n\n"
            "“We will not give up the river to anyone, whatever it costs us,” he said.\n\n"
            "We will not give up the river to anyone, whatever it costs us.\n\n"
            "“Nobody will break through here,” he said.\n\n"
            "Residents said they had not slept for a week.\n")
    doc = next(document.documents(corpus.from_text(text, published="2025-03-06")))
    assert [i for i in doc.pull_quotes] == [2] and 2 in doc.interruptions
    said, found = _found(text)
    assert set(said["speaker"]) == {"Petro Marchenko"} and len(said) == 2
    assert not found["text"].str.startswith("We will not give up").any()


def test_a_statement_over_a_credit_line_stays_the_storys():
    text = ("Mayor Ivan Horak said the strike hit a depot on the edge of the city.\n\nPhoto: Hartwell/Olena Marchuk\n\n"
            "“Nobody was hurt,” he said.\n")
    said, _ = _found(text)
    assert list(said["speaker"]) == ["Ivan Horak"]
