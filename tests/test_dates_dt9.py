"""Statement dates, eighth round (dt9): mechanisms whose fresh variants (blind batch x) still failed after the
first-run failure families of the earlier blind batches had been fixed on their own sentences."""

import pytest

from saidvsdone import corpus


@pytest.mark.parametrize("rank", ["Major", "Lieutenant Colonel", "Captain"])
def test_a_lede_speaker_named_below_with_a_rank_is_one_speaker_with_his_later_words(dated, rank):
    # "A Ukrainian battalion commander said on Monday …" / "Major A B, who leads …": the lede's day reaches A B's
    # later undated words (the rank is no part of the name the lede is given)
    text = ("A Ukrainian battalion commander said on Monday that Russian infantry had crossed the river twice.\n\n"
            f"{rank} Roman Sydorenko, who leads the battalion, spoke to journalists at a checkpoint.\n\n"
            "\"They send men across at night in rubber boats,\" Sydorenko said.")
    got = dated.quotes(text, "2025-04-10")
    assert got["speaker"].tolist() == ["Roman Sydorenko"]
    assert dated.days(got) == ["2025-04-07"]


@pytest.mark.parametrize("verb,gap", [("stated", "on Friday"), ("said", "late on Friday"),
                                      ("announced", "during a Friday briefing")])
def test_this_was_stated_with_a_day_before_by_relays_the_named_persons_statement(dated, verb, gap):
    text = (f"The defence line near Siversk is holding. This was {verb} {gap} by the spokesman for the "
            "Khortytsia group of forces, Nazar Tkach, Ukrinform reports.\n\n"
            "\"The enemy has switched to small infantry groups,\" Tkach said.")
    got = dated.quotes(text, "2025-04-13")
    assert got["speaker"].tolist() == ["Nazar Tkach"]
    assert dated.days(got) == ["2025-04-11"]


@pytest.mark.parametrize("group", ["Foreign ministers of the G7", "Defence chiefs from the Nordic states",
                                   "Leaders of the coalition of the willing"])
def test_a_group_with_an_of_phrase_meeting_on_a_day_dates_its_participants(dated, group):
    text = (f"{group} met in Oslo on Wednesday.\n\n"
            "Norway's foreign minister, Eirik Lunde, told the meeting that more money was coming.\n\n"
            "\"We will pay for the shells Ukraine needs,\" Lunde said.")
    got = dated.quotes(text, "2025-04-11")
    assert dated.days(got) == ["2025-04-09"]


@pytest.mark.parametrize("scene", ["It was Tuesday evening when the bus finally reached Izium.",
                                   "It was early on Tuesday when the shelling stopped."])
def test_a_scene_set_with_nobody_in_it_dates_the_first_person_speaking_in_its_passage(dated, scene):
    text = (f"{scene} Private Ihor Savchuk jumped down and lit a cigarette.\n\n"
            "\"Three days on the road for forty kilometres,\" Savchuk said.")
    got = dated.quotes(text, "2025-04-11")
    assert got["speaker"].tolist() == ["Ihor Savchuk"]
    assert dated.days(got) == ["2025-04-08"]


def test_a_day_after_when_is_no_scene_of_the_words(dated):
    # "It was the first time since the summer when …" names no day; a day inside the when-clause is an event's
    text = ("It was the heaviest attack since the spring when drones hit the city on Tuesday. "
            "\"We heard the explosions all night,\" said Olena Hrytsenko, a resident.")
    got = dated.quotes(text, "2025-04-11")
    assert dated.days(got) == [""]


def test_the_first_person_named_after_a_scene_with_nobody_in_it_keeps_its_day_past_other_days(dated):
    # the scene's own person: his words stay of the scene's day past a day named by another voice in between
    text = ("It was Tuesday evening when the bus finally reached Izium. Private Ihor Savchuk jumped down.\n\n"
            "\"Three days on the road for forty kilometres,\" Savchuk said.\n\n"
            "His commander said in February that the road would be repaired by spring.\n\n"
            "Savchuk shrugged. \"Spring is over,\" he said.")
    got = dated.quotes(text, "2025-04-11")
    assert got["speaker"].tolist() == ["Ihor Savchuk", "Ihor Savchuk"]
    assert dated.days(got) == ["2025-04-08", "2025-04-08"]


@pytest.mark.parametrize("clause", ["as the column pulled back", "when the shelling stopped", "after the rotation"])
def test_a_fronted_day_with_a_clause_before_the_person_sets_a_scene(dated, clause):
    text = ("Sergeant Olha Bilyk spent the week at a position near Siversk.\n\n"
            f"On Saturday, {clause}, she was calmer. \"We will be back in ten days,\" she said.")
    got = dated.quotes(text, "2025-04-14")
    assert got["speaker"].tolist() == ["Olha Bilyk"]
    assert dated.days(got) == ["2025-04-12"]


@pytest.mark.parametrize("group", ["senior officers", "Ukrainian servicemen", "Russian generals"])
def test_an_unnamed_group_of_people_after_the_reported_clause_is_a_speaker_with_its_day(dated, group):
    from saidvsdone import claims

    text = f"Russian troops have massed near the border for a new offensive, {group} said on Monday."
    got = claims.find(corpus.from_text(text, published="2025-04-15"))
    assert got["speaker"].tolist() == [group]
    assert dated.days(got) == ["2025-04-14"]


@pytest.mark.parametrize("lede", ["senior officers said on Monday", "Ukrainian officials said on April 14",
                                  "military officials said on Monday"])
def test_a_lede_dated_in_the_week_before_gives_its_day_to_the_briefing_below(dated, lede):
    # "…, senior officers said on Monday." / "Speaking at a briefing in Kyiv, General A B said …": the lede's news
    # is that briefing's (as "said today" was)
    text = (f"Ukraine expects a Russian offensive in the south within weeks, {lede}.\n\n"
            "Speaking at a briefing in Kyiv, Major General Petro Lysak said Russia had gathered 90,000 troops. "
            "\"They are not hiding it,\" Lysak said.")
    got = dated.quotes(text, "2025-04-15")
    assert got["speaker"].tolist() == ["Petro Lysak"]
    assert dated.days(got) == ["2025-04-14"]


def test_a_persons_dated_lede_does_not_date_another_persons_briefing(dated):
    text = ("Ukraine expects a Russian offensive in the south within weeks, Zelensky said on Monday.\n\n"
            "Speaking at a briefing in Kyiv, Major General Petro Lysak said Russia had gathered 90,000 troops. "
            "\"They are not hiding it,\" Lysak said.")
    got = dated.quotes(text, "2025-04-15")
    assert dated.days(got) == [""]


@pytest.mark.parametrize("occasion,day", [("in his nightly address Wednesday", "2024-11-20"),
                                          ("at a meeting of defence officials Tuesday", "2024-11-19"),
                                          ("in a post on Telegram Wednesday", "2024-11-20"),
                                          ("in an interview Monday", "2024-11-18")])
def test_ap_style_weekday_without_on_after_an_occasion_dates_the_words(dated, occasion, day):
    text = f"Oleh Sirko, the regional governor, said {occasion} that \"the enemy is shelling the city every night\"."
    got = dated.quotes(text, "2024-11-21")
    assert got["speaker"].tolist() == ["Oleh Sirko"]
    assert dated.days(got) == [day]


@pytest.mark.parametrize("clause", ["Russian forces attacked the village Tuesday",
                                    "the strike Tuesday had killed 12 soldiers"])
def test_ap_style_weekday_inside_the_reported_clause_stays_the_events(dated, clause):
    from saidvsdone import claims

    got = claims.find(corpus.from_text(f"Oleh Sirko, the regional governor, said {clause}.", published="2024-11-21"))
    assert dated.days(got) == [""] * len(got)
