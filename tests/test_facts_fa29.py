"""fa29: battlefield facts on unseen copy (issue 14): counts of troops whose side is the mobilisation's owner or is
written in capitals, running totals after a day's count, defenders, a formation's strength after "It". Short invented
sentences."""

from saidvsdone import corpus, facts


def _rows(text: str):
    table = facts.extract(corpus.from_text(text, published="2024-05-02"))
    table = table[table["quantity"].notna()]
    return {f"{row.quantity:g}": row for row in table.itertuples(index=False)}


def test_men_called_up_take_the_side_of_the_mobilisation():
    rows = _rows("About 200,000 men were called up in Moldovia's spring drive and in Russia's autumn mobilisation.")
    assert (rows["200000"].unit, rows["200000"].actor, rows["200000"].change) == ("troops", "Russia", "count")


def test_mobilisation_in_a_country_gives_the_recruits_its_side():
    rows = _rows("Mobilisation in Ukraine has picked up: the army now recruits about 31,000 men a month, officials say.")
    assert (rows["31000"].actor, rows["31000"].change) == ("Ukraine", "count")


def test_a_subject_with_a_side_wins_over_the_mobilisation_named_before():
    rows = _rows("Mobilisation in Ukraine has slowed, while Russia signs up around 25,000 contract soldiers a month.")
    assert rows["25000"].actor == "Russia"


def test_a_side_written_in_capitals_is_read():
    rows = _rows("FLASH: KYIV SAYS ABOUT 3,000 RUSSIAN TROOPS CUT OFF NEAR THE RIVER\n\n"
                 "Ukraine's army said on Thursday that the troops were surrounded.")
    assert (rows["3000"].actor, rows["3000"].change) == ("Russia", "count")


def test_words_in_capitals_that_name_no_side_give_none():
    rows = _rows("BREAKING: ABOUT 3,000 TROOPS CUT OFF NEAR THE RIVER")
    assert rows["3000"].actor == ""


def test_running_total_after_the_day_repeats_the_unit():
    rows = _rows("The General Staff said Russia had lost 1,150 soldiers over the past day and about 700,000 since "
                 "the start of the invasion.")
    assert (rows["700000"].unit, rows["700000"].actor, rows["700000"].change) == \
        ("troops", "Russia", "loss")


def test_a_noun_after_the_second_figure_is_no_running_total():
    rows = _rows("The General Staff said Russia had lost 1,150 soldiers and 14 tanks since Monday.")
    assert rows["14"].unit != "troops"


def test_defenders_are_troops():
    rows = _rows("The commander said more than 600 Ukrainian defenders were still holding the plant.")
    assert (rows["600"].unit, rows["600"].actor, rows["600"].change) == ("troops", "Ukraine", "count")


def test_returning_soldiers_in_an_exchange_are_no_count():
    rows = _rows("He said the returning soldiers included 40 defenders of Kherson held in captivity for two years.")
    assert "40" not in rows or "exchange" in (rows["40"].flag or "")


def test_it_after_a_formation_has_its_strength():
    rows = _rows("Their new reserve is the 31st Army. It has perhaps 12,000 men today.")
    assert (rows["12000"].unit, rows["12000"].change) == ("troops", "count")


def test_it_after_a_place_has_no_strength():
    rows = _rows("The village was shelled again on Monday. It has about 1,000 men still living there.")
    assert "1000" not in rows or rows["1000"].unit != "troops" or (rows["1000"].flag or "")


def test_falling_back_to_a_position_south_of_a_place_is_a_distance():
    rows = _rows("The captain said Russian units had fallen back to a ridge about 3 km south of the village.")
    assert (rows["3"].actor, rows["3"].change) == ("Russia", "distance")


def test_falling_back_a_depth_stays_a_loss():
    rows = _rows("The captain said Russian units had fallen back about 3 km near the village.")
    assert rows["3"].change == "loss"


def test_advancing_up_to_a_depth_west_of_a_place_stays_a_gain():
    rows = _rows("The ministry said its forces had advanced up to 7 km west of the captured town.")
    assert rows["7"].change == "gain"
