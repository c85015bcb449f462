"""Statement dates, round 22 (dt34): everyday copy that goes on from a day it has already named.

- a bare "later" in the main clause of a speaker whose last words above are dated ("X said on Tuesday …. He later said
  …", "X told a hearing on Wednesday …. X later told reporters outside the hearing room …") goes on that day, when no
  other day is named between (another voice's dated words, a sentence opening on a day); another voice's "later" ("Y
  later said …") is a new occasion with no day, and "later this week", "days later" keep their own readings;
- "Shortly afterwards", "immediately afterwards" name a moment after the day just told, as "Hours later" does;
- "on the same day" names the day told last, not the speaker's own earlier occasion, when that day was named after
  the speaker's dated words;
- an unnamed group that goes on ("The officials also said …", "… added") keeps the day of its dated statement, whatever
  other voices' days come between.

A quote and a claim in the same sentence get the same date. Every sentence here is invented."""

from __future__ import annotations

import pandas as pd

from test_dates_dt31 import _day, _rows as _rows_on

PUBLISHED = "2024-12-12"  # (a Thursday)
TUESDAY = pd.Timestamp("2024-12-10")
WEDNESDAY = pd.Timestamp("2024-12-11")


def _rows(text: str, published: str = PUBLISHED) -> tuple[pd.DataFrame, pd.DataFrame]:
    return _rows_on(text, published)


LATER = """Russia presses on near the river town

Oleh Marchuk, a spokesman for the southern forces, said on Tuesday that Russian troops had tried to storm the bridgehead twice.

"They came at dawn and again at noon," he told national television.

He later said Ukrainian units had pushed the attackers back and had destroyed three tanks, calling it "a good day for the brigade".

Later, the defence ministry in Moscow said its troops had taken the village of Ozerne.
"""


def test_later_goes_on_with_the_same_speakers_day():
    quotes, claims = _rows(LATER)
    assert _day(claims, "text", "He later said Ukrainian units") == TUESDAY
    assert _day(quotes, "text", "a good day for the brigade") == TUESDAY  # the quote of the same sentence: the same day


def test_another_voices_later_is_a_new_occasion():
    _, claims = _rows(LATER)
    assert pd.isna(_day(claims, "text", "Later, the defence ministry in Moscow said"))


HEARING = """General says the front is stable

General Ivan Kolosov told a parliamentary committee on Wednesday that the front near the river was stable.

The hearing, which lasted four hours, was meant to be about the budget.

Kolosov later told reporters outside the hearing room that Russian forces had lost 400 men near the town.
"""


def test_later_after_a_hearing_the_same_day():
    _, claims = _rows(HEARING)
    assert _day(claims, "text", "Kolosov later told reporters") == WEDNESDAY


NEW_DAY_BETWEEN = """Bridgehead holds, spokesman says

Oleh Marchuk, a spokesman for the southern forces, said on Tuesday that Russian troops had tried to storm the bridgehead twice.

On Wednesday, Russian artillery shelled the riverbank for six hours.

He later said Ukrainian units had destroyed three tanks near the bridgehead.
"""


def test_later_after_a_new_day_named_is_undated():
    _, claims = _rows(NEW_DAY_BETWEEN)
    assert pd.isna(_day(claims, "text", "He later said Ukrainian units"))


LATER_THIS_WEEK = """Bridgehead holds, spokesman says

Oleh Marchuk, a spokesman for the southern forces, said on Tuesday that Russian troops had tried to storm the bridgehead twice.

Marchuk said three days later that the attackers had lost 12 armoured vehicles.
"""


def test_counted_later_keeps_its_own_reading():
    _, claims = _rows(LATER_THIS_WEEK)
    assert _day(claims, "text", "Marchuk said three days later") != TUESDAY


SHORTLY = """Kremlin orders new call-up

The president announced the call-up in a televised address on Tuesday morning, saying reservists would be drafted first.

Shortly afterwards, the defence minister, Pavel Grekov, said 4,000 Russian soldiers had been killed since March and that "the figure is final".
"""


def test_shortly_afterwards_is_the_day_just_told():
    quotes, claims = _rows(SHORTLY)
    assert _day(claims, "text", "Shortly afterwards, the defence minister") == TUESDAY
    assert _day(quotes, "text", "the figure is final") == TUESDAY


SAME_DAY = """Ceasefire talks stall

Envoys met in Geneva on Monday. President Andriy Kovalenko said the same evening that Ukraine was ready for a truce along the whole front.

Ukraine's General Staff said on Wednesday that its troops had pulled back from the village of Lisne to "more favourable positions".

Kovalenko said in his evening address on the same day that Russian forces had lost 600 men near Lisne.
"""


def test_on_the_same_day_is_the_day_named_last():
    _, claims = _rows(SAME_DAY)
    assert _day(claims, "text", "Kovalenko said in his evening address on the same day") == WEDNESDAY


GROUP = """Officials put Russian losses near 300,000

Russian losses have reached about 300,000 killed and wounded, Western officials said on Tuesday, speaking on condition of anonymity.

Ukraine's defence ministry said on Wednesday that its troops had retaken 4 square kilometres near the town.

The Western officials also said Russia had moved some 20,000 troops from the north to the south.
"""


def test_a_group_going_on_keeps_its_day():
    _, claims = _rows(GROUP)
    assert _day(claims, "text", "The Western officials also said Russia had moved") == TUESDAY


COUNCIL = """Envoys clash at the security council

The UN Security Council met on Monday to discuss the war in Ukraine.

Ukraine's ambassador, Petro Hnatiuk, told the council that Russia had fired 90 missiles at the country's power plants in one night.

Russia's envoy, Ilya Sorokin, who spoke next, said the strikes had hit only military targets. Citing figures from Russia's defence ministry, he said Russian troops had taken 40 settlements since August.
"""


def test_a_cited_source_takes_no_meetings_day():
    _, claims = _rows(COUNCIL, "2024-12-10")  # (a Tuesday: the council met on Monday 9 December)
    cited = claims[claims["text"].str.contains("Citing figures from", regex=False)]
    assert len(cited) >= 1
    by_speaker = dict(zip(cited["speaker"], cited["statement_date"]))
    assert by_speaker.get("Ilya Sorokin") == pd.Timestamp("2024-12-09")  # the envoy spoke at the meeting
    assert "Russian Defence Ministry" not in by_speaker or pd.isna(by_speaker["Russian Defence Ministry"])


REPORTED_TO = """Town falls after months of fighting

In Moscow, Defence Minister Pavel Grekov reported to President Mikhail Orlov on Tuesday that the town had been "fully taken", the Kremlin said. Orlov praised the troops for what he called "a great victory".
"""


def test_the_one_reported_to_was_there_that_day():
    quotes, _ = _rows(REPORTED_TO)
    assert _day(quotes, "text", "a great victory") == TUESDAY


MEMBERS = """Officials put Russian losses near 300,000

Russian losses have reached about 300,000 killed and wounded, Western officials said on Tuesday, speaking on condition of anonymity.

Of those, as many as 100,000 have been killed, the officials said.

The figures are hard to verify, and the officials cautioned that Russia tends to undercount its dead.

"The pace of losses has doubled since the summer," said one of the officials.

One official said Russia had moved 20,000 troops to the south.

"They cannot keep this up," the official said.
"""


def test_members_of_a_dated_group_speak_that_day():
    quotes, claims = _rows(MEMBERS)
    assert _day(quotes, "text", "The pace of losses has doubled") == TUESDAY  # "one of the officials", paragraphs on
    assert _day(claims, "text", "One official said Russia had moved") == TUESDAY
    assert _day(quotes, "text", "They cannot keep this up") == TUESDAY  # "the official" going on


UNDATED_GROUP = """Officials warn of a long war

Western officials said the war could last for years, speaking on condition of anonymity.

One official said Russia had moved 20,000 troops to the south.
"""


def test_members_of_an_undated_group_stay_undated():
    _, claims = _rows(UNDATED_GROUP)
    assert pd.isna(_day(claims, "text", "One official said Russia had moved"))


TIMELINE = """The year in review: the war month by month

FEBRUARY

Feb. 17 — Ukrainian troops leave the town of Ozerne. The commander said the decision had been taken to save soldiers' lives. Russia's defence ministry claimed the next day that its forces had taken full control of the town.

MAY

May 10 — Russian troops cross the border north of the city. On the 12th, Ukraine's General Staff said they had pushed up to 5 km into the region before being stopped.
"""


def test_a_timeline_entry_counts_its_own_days():
    _, claims = _rows(TIMELINE, "2024-12-30")
    assert _day(claims, "text", "claimed the next day") == pd.Timestamp("2024-02-18")  # not the page's next day
    assert _day(claims, "text", "On the 12th, Ukraine's General Staff") == pd.Timestamp("2024-05-12")
