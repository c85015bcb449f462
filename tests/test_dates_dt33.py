"""Statement dates, round 21 (dt33): which clause a time expression belongs to.

A time names the statement only in the statement's own clause (devset README §3.5: "dates of the reported events are
not utterance dates"). This round's rules, in the shared speech layer (quotes and claims read the same act):

- a content clause opened with no "that" and a subject longer than one word ("said the enemy's rate of advance had
  slowed in November"): its time is the event's, not an earlier occasion of the words;
- a pronoun with its own past verb after the speech verb ("repeated an assessment he first made in November", "said
  they attacked in May"): that clause's time too;
- a relative clause between the subject and the verb in the present or a time to come ("The senator, who takes office
  on January 20, has said …", "The minister, who will visit Kyiv on Friday, said …"): the day of that doing, not of the
  words (as a past doing's already was);
- "At the time," opening a sentence points back to the time the sentence before names: a day is that day, a rough
  time with no day ("Earlier this month, …") is an earlier occasion with no day (not the speaker's last dated words).

And when an occasion's day carries to the words after it:

- a dated gathering or scene (the reporter's interview "on Monday") opened after the speaker's undated look back ("He
  told a radio station in January …") dates the speaker's words in it: the narration has moved on;
- a headline the body restates with the same verb and no day ("X writes that …") takes no other occasion's day;
- a body's undated words ("the Ukrainian navy said …") take the day of its spokesperson named in an apposition ("A B,
  a spokesman for the Ukrainian Navy, said on Monday");
- a subhead with a comma ("Slow, costly gains") ends no gathering's passage, as one without a comma ends none; a body
  paragraph opening on a dateline in capitals ("KURSK — ") is a new item and ends it.

Every sentence here is invented."""

from __future__ import annotations

import pandas as pd

from test_dates_dt31 import _day, _rows as _rows_on

PUBLISHED = "2024-12-12"  # (a Thursday)
TUESDAY = pd.Timestamp("2024-12-10")


def _rows(text: str, published: str = PUBLISHED) -> tuple[pd.DataFrame, pd.DataFrame]:
    return _rows_on(text, published)


BRIEFING = """Front holds near the river

General Petro Marko told reporters on Tuesday that Russian forces had lost 300 soldiers near the town.

He said the enemy's rate of advance had slowed in November to about 300 square kilometres.

He repeated an assessment he first made in November that Russian troops had lost "at least 40 tanks" in the sector.

He said in January the army had lost 12 tanks near the river.
"""


def test_a_longer_content_subject_keeps_its_time_from_the_words():
    _, c = _rows(BRIEFING)
    # "in November" is when the advance slowed: the general goes on from his Tuesday briefing
    assert _day(c, "text", "rate of advance had slowed") == TUESDAY


def test_a_pronoun_and_its_own_past_verb_keep_their_time_from_the_words():
    q, c = _rows(BRIEFING)
    # "he first made in November" dates the first assessment, not the repetition: quote and claim alike
    assert _day(q, "text", "at least 40 tanks") == TUESDAY
    assert _day(c, "text", "repeated an assessment") == TUESDAY


def test_a_time_right_after_the_verb_still_places_the_words():
    _, c = _rows(BRIEFING)
    # "said in January the army had …": the words' own (rough) time, an earlier occasion with no day
    assert pd.isna(_day(c, "text", "lost 12 tanks near the river"))


COMING = """Allies weigh new aid

The senator, who takes office on January 20, has said Russian forces had lost 40 tanks near the town.

The minister, who will visit Kyiv on Friday, said Russian troops had lost 90 tanks in the south.

The envoy, who arrived in Kyiv on Monday, said Russian forces had lost 50 tanks in the east.
"""


def test_a_relative_clause_in_the_present_or_future_dates_its_own_doing():
    _, c = _rows(COMING)
    assert _day(c, "text", "takes office") != pd.Timestamp("2024-01-20")
    assert pd.isna(_day(c, "text", "who will visit Kyiv"))  # (not the Friday before the page)
    # (a meeting verb in the past keeps the day: the envoy spoke on his arrival, as before)
    assert _day(c, "text", "who arrived in Kyiv") == pd.Timestamp("2024-12-09")


AT_THE_TIME = """Commanders replaced on the southern front

General Petro Marko told reporters on Tuesday that Russian forces had lost 300 soldiers near the town.

Earlier this month, Marko replaced two brigade chiefs. At the time, he said Russian troops had captured "two villages" near the river.

On December 3, Colonel Ivan Dorosh toured the front. At the time, he said Russian troops had lost "three tanks" near the bridge.
"""


def test_at_the_time_after_a_rough_time_is_an_earlier_occasion():
    q, c = _rows(AT_THE_TIME)
    # not the general's Tuesday briefing: the time "Earlier this month" names, with no day; quote and claim alike
    assert pd.isna(_day(c, "text", "captured \"two villages\""))
    assert pd.isna(_day(q, "text", "two villages"))


def test_at_the_time_after_a_day_is_that_day():
    q, c = _rows(AT_THE_TIME)
    december_3 = pd.Timestamp("2024-12-03")
    assert _day(c, "text", "lost \"three tanks\"") == december_3
    assert _day(q, "text", "three tanks") == december_3


INTERVIEW = """A sapper's year on the river

Captain Ivan Dorosh led a company of sappers on the river for a year. He told a radio station in January that Russian troops had lost 500 men at the bridge.

When we spoke on Monday by video call from Dnipro, Dorosh was more cautious. He said Russian drones had made daytime movement impossible near the river.

"Nobody drives to the bank in daylight now," he said.
"""


def test_a_dated_gathering_after_a_look_back_dates_the_words_in_it():
    q, c = _rows(INTERVIEW, published="2025-04-09")
    monday = pd.Timestamp("2025-04-07")
    # his January words are a look back (no day); the interview the narration moved on to is Monday's
    assert pd.isna(_day(c, "text", "told a radio station in January"))
    assert _day(c, "text", "daytime movement impossible") == monday
    assert _day(q, "text", "Nobody drives to the bank") == monday


MEMOIR = """Review: a sapper's memoir of the river crossing

In his memoir, Captain Ivan Dorosh writes that Russian troops lost 500 men at the bridge. He told us why he wrote it.

BOOKS | Wed 9 Apr 2025 | Reviewed by Anna Bell

Dorosh led a company of sappers on the river for a year. He writes that Russian troops lost 500 men at the bridge in the winter.

When we spoke on Monday by video call from Dnipro, Dorosh was more cautious than his book. He said Russian drones had made daytime movement impossible near the river.
"""


def test_a_headline_takes_no_day_from_another_occasion_than_the_words_it_restates():
    _, c = _rows(MEMOIR, published="2025-04-09")
    # the deck's "writes" is the book's, restated undated in the body ("He writes that …"): not Monday's interview
    headline = c[c["headline"] & c["text"].str.contains("In his memoir", regex=False)]
    assert len(headline) == 1 and pd.isna(headline.iloc[0]["statement_date"])
    assert _day(c, "text", "daytime movement impossible") == pd.Timestamp("2025-04-07")


NAVY = """Ship insurance eases in the Black Sea

Insurers cut the premium for ships calling at the ports, brokers said this week. The cuts came as the Ukrainian navy said Russian warships had withdrawn from the western half of the sea.

Capt. Ivan Dorosh, a spokesman for the Ukrainian Navy, said on Monday that Russian warships "rarely leave the bay" and that sea drones had sunk two patrol boats.
"""


def test_an_institution_takes_the_day_of_its_spokesperson_named_in_an_apposition():
    q, c = _rows(NAVY, published="2024-07-24")
    monday = pd.Timestamp("2024-07-22")
    # "X, a spokesman for the Ukrainian Navy, said on Monday": the navy's undated words above are that statement
    assert _day(c, "text", "the Ukrainian navy said") == monday
    assert _day(c, "text", "a spokesman for the Ukrainian Navy") == monday
    assert _day(q, "text", "rarely leave the bay") == monday


FORUM = """OSLO — Ukraine's deputy defence minister, Olena Bondar, told a security forum in the Norwegian capital on Saturday that Russian forces had lost 40,000 soldiers over the winter.

"We are holding, and they are paying," Bondar said to applause.
"""

PANEL = "Minister tells Oslo forum the front is holding\n\n" + FORUM + """
Slow, costly gains

"The Russians accept losses we never would," said Gen. Lars Holm, a retired Danish commander who sat next to her.

Holm said he expected Russia to try a new offensive "before the spring thaw".
"""


def test_a_subhead_with_a_comma_ends_no_panel():
    q, c = _rows(PANEL, published="2025-02-17")
    saturday = pd.Timestamp("2025-02-15")
    # "Slow, costly gains" is a subhead between two panellists' words: the forum's passage goes on
    for frame, words in ((q, "We are holding, and they are paying"), (q, "accept losses we never would"),
                         (c, "try a new offensive"), (q, "before the spring thaw")):
        assert _day(frame, "text", words) == saturday, words


BRIEFS = "World in brief\n\n" + FORUM + """
Border raid repelled, governor says

KURSK — The regional governor, Ivan Sokol, said Ukrainian sabotage groups had twice tried to cross the border near the village and had been pushed back.
"""


def test_a_heading_with_a_speech_verb_still_opens_an_item_of_its_own():
    _, c = _rows(BRIEFS, published="2025-02-17")
    assert _day(c, "text", "had lost 40,000 soldiers") == pd.Timestamp("2025-02-15")
    # "…, governor says" heads another item: the governor was at no forum
    assert pd.isna(_day(c, "text", "sabotage groups had twice tried"))
