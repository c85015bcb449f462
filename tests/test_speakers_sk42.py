"""sk42 (round 27): who said it, on everyday copy. Each rule is exercised by sentences invented here:

- "the spokesman of the Air Force Yurii Ihnat": a first name in another transliteration than the table's ("Yurii" for
  "Yuriy", "Mykhaylo" for "Mykhailo") is still a first name (``mentions.TransliteratedNames``), so the holder named
  after the role's body speaks;
- "acting head of the Donetsk People's Republic Denis Pushilin said … “…,” Pushilin said": the full name behind a
  later bare surname starts at the first name, not at the body's last word before it (``mentions.full_name``);
- "This was reported on Telegram on Sunday by Colonel A B, commander of …": the agent of the back-referring passive
  after the statement's occasion and the ranks before the name speaks (the lead before is the agent's claim, and a
  later "he wrote" is the agent) (``speech.STATED_BY``, ``speech._subjects._passive_agent``);
- "On Monday, North Korean leader Kim Jong Un …, saying …": a country's word of two words before a role and its
  holder's name is nobody's name (``mentions.unknown_names``);
- "Seoul's intelligence service said", "Warsaw's foreign ministry said": a capital's possessive body is its country's
  (the table's body, or the label grammar's rule 3) (``mentions.capital_owned_body``);
- "… near Kupiansk – the Southern Defence Forces.": a body's verbless dash signature closing a sentence makes the
  sentence that body's claim (``claims._content._dash_signed``);
- "14:32 Peskov: “…”": a live blog's clock stamp right before a speaker's label opens the line (``segment.line_marker``)."""

import pandas as pd
import pytest

from saidvsdone import claims, corpus, quotes

def _read(text: str, day: str = "2025-03-06") -> tuple[pd.DataFrame, pd.DataFrame]:
    """The quotes and the claims of an invented article: a title, one line of scene, then ``text``."""
    doc = corpus.from_text("Front line quiet\n\nThe night passed with little shelling, residents said.\n\n" + text + "\n",
                           published=day)
    return (said := quotes.extract(doc)), claims.find(doc, said)


def _rows(table: pd.DataFrame, opening: str) -> pd.DataFrame:
    """The rows whose text opens with ``opening``."""
    return table.loc[[str(t).startswith(opening) for t in table["text"]]]


# --- first names in another transliteration --------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("According to the spokesman of the Air Force Yurii Marchuk, Russian forces launched 40 drones overnight.",
     "Yurii Marchuk"),
    ("Russian troops lost 12 artillery systems over the past day, the spokesman of the Naval Forces Mykhaylo Hordiienko "
     "said.", "Mykhaylo Hordiienko"),
])
def test_the_holder_after_a_role_and_a_body_with_a_transliterated_first_name(text, speaker):
    _, found = _read(text)
    rows = _rows(found, text[:20])
    assert len(rows) == 1 and rows.iloc[0]["speaker"] == speaker


def test_transliterated_first_names_are_found_with_their_gender():
    from saidvsdone.mentions import TransliteratedNames
    names = TransliteratedNames({"Yuriy": "m", "Oleksii": "m", "Mykhailo": "m"})
    assert "Yurii" in names and names.get("Yury") == "m" and names.get("Oleksiy") == "m"
    assert names.get("Mykhaylo") == "m"
    assert "Kyiv" not in names and "yurii" not in names and names.get("Pokrovsk") is None


# --- a body's last word before a full name -------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Russian forces have advanced about 2 kilometres towards the river, acting head of the Luhansk People's Republic "
     "Leonid Marenko said on Tuesday.\n\n“The situation is difficult, but it is under control,” Marenko said.",
     "Leonid Marenko"),
    ("Russian troops lost 12 artillery systems over the past day, the spokesman of the Air Force Yurii Marchuk said."
     "\n\n“We shot down 30 drones,” Marchuk said.", "Yurii Marchuk"),
])
def test_a_bare_surname_is_the_full_name_after_the_body(text, speaker):
    said, _ = _read(text)
    rows = _rows(said, "We shot" if "drones" in text else "The situation")
    assert len(rows) == 1 and rows.iloc[0]["speaker"] == speaker


def test_a_middle_name_stays_in_the_full_name():
    said, _ = _read("Russian troops lost 12 tanks, Colonel Anna Maria Kowalczyk said on Monday.\n\n"
                    "“They keep coming,” Kowalczyk said.")
    rows = _rows(said, "They keep")
    assert len(rows) == 1 and rows.iloc[0]["speaker"] == "Anna Maria Kowalczyk"


# --- "This was reported on Telegram on Sunday by A B" ----------------------------------------------------------------

LEAD = "The mayor, Ihor Petrenko, said on Saturday that two people were wounded.\n\n"


@pytest.mark.parametrize("attribution", [
    "This was reported on Telegram on Sunday by Colonel Petro Danylenko, commander of the 65th Brigade.",
    "This was reported by Colonel Petro Danylenko, commander of the 65th Brigade, on Telegram.",
    "This was stated in an interview by Petro Danylenko, commander of the 65th Brigade.",
])
def test_the_agent_of_a_back_referring_passive_speaks_and_is_he(attribution):
    said, found = _read(LEAD + "Russian troops have lost 40 soldiers near the river crossing over the past day. "
                        + attribution + "\n\n“We are holding the line and the enemy is retreating,” he wrote.")
    lead = _rows(found, "Russian troops")
    assert len(lead) == 1 and lead.iloc[0]["speaker"] == "Petro Danylenko"
    quote = _rows(said, "We are holding")
    assert len(quote) == 1 and quote.iloc[0]["speaker"] == "Petro Danylenko"


def test_an_agentless_passive_with_an_occasion_is_still_no_speech():
    said, found = _read(LEAD + "Explosions were reported in the city on Sunday. “We are holding the line,” he said.")
    assert _rows(said, "We are holding").iloc[0]["speaker"] == "Ihor Petrenko"


# --- a country's word of two words; a capital's possessive body ---------------------------------------------------

def test_a_two_word_country_word_after_an_opening_day_is_nobodys_name():
    said, found = _read("On Monday, North Korean leader Kim Jong Un confirmed that his troops had fought near the "
                        "border, saying they had helped “liberate” it.")
    assert set(said["speaker"]) == {"Kim Jong Un"}
    assert set(found["speaker"]) - {"residents"} <= {"Kim Jong Un"}


@pytest.mark.parametrize("text, speaker", [
    ("Seoul's intelligence service has said about 600 North Korean soldiers were killed near the border.",
     "South Korean National Intelligence Service"),
    ("Warsaw's foreign ministry said Russian troops had massed near the border.", "Polish Foreign Ministry"),
    ("Ukraine's military denied that its troops had left the district. Seoul's intelligence service has said about "
     "600 North Korean soldiers were killed there.", "South Korean National Intelligence Service"),
])
def test_a_capitals_possessive_body_is_its_countrys(text, speaker):
    _, found = _read(text)
    rows = found[found["text"].str.contains("Seoul's|Warsaw's")]
    assert len(rows) == 1 and rows.iloc[0]["speaker"] == speaker


def test_a_seat_of_powers_possessive_keeps_the_seat():
    _, found = _read("The Kremlin's press service said Russian troops had taken the village on the river.")
    assert _rows(found, "The Kremlin's").iloc[0]["speaker"] == "Kremlin"


# --- a body's verbless dash signature --------------------------------------------------------------------------------

@pytest.mark.parametrize("signature, speaker", [
    ("– the Southern Defence Forces.", "Southern Defence Forces"),
    ("– Ukraine's General Staff.", "Ukrainian General Staff"),
    (", – the Khortytsia group of forces.", "Khortytsia group of forces"),
    ("– the press service of the 92nd Brigade.", "92nd Brigade"),
    ("– the Tavria Operational-Strategic Group.", "Tavria Operational-Strategic Group"),
])
def test_a_bodys_dash_signature_makes_the_sentence_its_claim(signature, speaker):
    sep = "" if signature.startswith(",") else " "
    _, found = _read("Over the past day, Russian troops lost 120 soldiers and 3 tanks near the river crossing"
                     + sep + signature)
    rows = _rows(found, "Over the past day")
    assert len(rows) == 1 and rows.iloc[0]["speaker"] == speaker


@pytest.mark.parametrize("signature", [
    "– Kupiansk.", "– more than in any day this month.", "– Ukrinform.", "– Oleksandr Syrskyi.",
])
def test_no_body_after_the_dash_no_signature(signature):
    _, found = _read("Over the past day, Russian troops lost 120 soldiers and 3 tanks near the river crossing "
                     + signature)
    assert len(_rows(found, "Over the past day")) == 0


# --- a live blog's clock stamp before a speaker's label --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "14:32 Peskov: “The operation is going to plan.”",
    "14:32 Dmitry Peskov: “The operation is going to plan.”",
    "14.32 BST Peskov: “The operation is going to plan.”",
    "14:32 – Peskov: “The operation is going to plan.”",
])
def test_a_stamped_label_speaks_its_quote(line):
    said, _ = _read(line + "\n\n15:10 Air raid sirens sounded across the east.")
    rows = _rows(said, "The operation")
    assert len(rows) == 1 and rows.iloc[0]["speaker"] == "Dmitry Peskov"


def test_a_clock_before_prose_is_no_label():
    from saidvsdone import segment
    text = "14:32 Russian troops shelled the town."
    assert segment.line_marker(text, 0, len(text)) == -1
