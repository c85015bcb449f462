"""fa30: battlefield facts on unseen copy (issue 14): "N of them" counting soldiers named before, a past holding of an
area as a stock, a formation's strength after "began the winter with" / "went into battle … with", sea drones.
Short invented sentences."""

from saidvsdone import corpus, facts


def _rows(text: str):
    table = facts.extract(corpus.from_text(text, published="2024-05-02"))
    table = table[table["quantity"].notna()]
    return {f"{row.quantity:g}": row for row in table.itertuples(index=False)}


# "N of them": the soldiers named before

def test_of_them_counts_soldiers_named_before_in_the_sentence():
    rows = _rows("The minister said Chechen servicemen had joined the fighting and that about 2,300 of them were now "
                 "near the river.")
    assert (rows["2300"].unit, rows["2300"].change) == ("troops", "count")


def test_of_them_after_a_closing_quote_mark_reads_the_strength_of_the_sentence_before():
    rows = _rows('The general said there were about 80,000 Russian servicemen in the region. He added that '
                 '"roughly 30,000" of them had arrived since spring.')
    assert (rows["30000"].unit, rows["30000"].actor, rows["30000"].change) == ("troops", "Russia", "count")


def test_of_them_in_the_next_sentence_counts_what_is_left_of_a_strength():
    rows = _rows("Taras said his company had started with 70 men in March. He said 25 of them were still fighting.")
    assert (rows["25"].unit, rows["25"].change) == ("troops", "count")


def test_of_them_after_another_count_is_not_the_soldiers():
    rows = _rows("Ukrainian troops had beaten back 143 Russian attacks over two days, 51 of them near the railway.")
    assert "51" not in rows or rows["51"].unit != "troops"


def test_of_them_after_prisoners_swapped_is_no_strength():
    rows = _rows("The unit took 31 prisoners in May. Nine of them have since been exchanged.")
    assert "9" not in rows


# a past holding of an area: a stock, not a gain

def test_an_area_controlled_in_the_past_is_held():
    rows = _rows("In September, the commander said his troops controlled about 700 square kilometres of the enemy's "
                 "border region.")
    assert rows["700"].change == "held"


def test_an_area_held_for_months_is_held():
    rows = _rows("We held more than 600 square kilometres of their land for months, the president said.")
    assert rows["600"].change == "held"


def test_an_area_now_controlled_after_an_advance_is_a_gain():
    rows = _rows("Ukrainian forces crossed the border a week ago and now control 640 square kilometres of Russian "
                 "territory, the commander said.")
    assert (rows["640"].actor, rows["640"].change) == ("Ukraine", "gain")


# a formation's strength

def test_a_battalion_began_the_winter_with_its_strength():
    rows = _rows("A Ukrainian officer said his battalion began the winter with about 380 men.")
    assert (rows["380"].unit, rows["380"].actor, rows["380"].change) == ("troops", "Ukraine", "count")


def test_strength_going_into_battle_then_a_loss_of_part_of_it():
    rows = _rows("The court heard that Ivanov's Russian rifle company went into battle on May 3 with 140 men and lost "
                 "more than 90 of them within ten days.")
    assert (rows["140"].unit, rows["140"].actor, rows["140"].change) == ("troops", "Russia", "count")
    assert (rows["90"].unit, rows["90"].actor, rows["90"].change) == ("troops", "Russia", "loss")


def test_a_brigade_ended_the_month_with_its_strength():
    rows = _rows("The brigade ended the month with 900 men, its commander said.")
    assert (rows["900"].unit, rows["900"].change) == ("troops", "count")


# sea drones

def test_uncrewed_boats_are_drones():
    rows = _rows("Russia's Defence Ministry said it had destroyed four Ukrainian uncrewed boats in the Black Sea.")
    assert (rows["4"].unit, rows["4"].actor, rows["4"].change) == ("drones", "Russia", "count")


def test_uncrewed_aerial_vehicles_are_drones():
    rows = _rows("The air force said it had shot down 37 Russian uncrewed aerial vehicles overnight.")
    assert (rows["37"].unit, rows["37"].actor) == ("drones", "Ukraine")


def test_an_area_the_incursion_held_at_its_peak_is_its_gain():
    rows = _rows("The Ukrainian incursion into Russia's Belgorod region, launched in the summer, at its peak held about "
                 "730 square kilometres.")
    assert (rows["730"].actor, rows["730"].change) == ("Ukraine", "gain")


def test_an_area_a_country_held_at_the_peak_is_held():
    rows = _rows("Ukraine held about 730 square kilometres of Russia's Belgorod region at the peak of its incursion.")
    assert (rows["730"].actor, rows["730"].change) == ("Ukraine", "held")


# settlements after a place and its region, objects of one verb

def test_settlements_after_a_place_and_its_region_share_the_verb():
    rows = _rows("Russia said its troops had captured the village of Lisne in the Sumy region and three nearby hamlets.")
    assert (rows["3"].unit, rows["3"].actor, rows["3"].change) == ("settlements", "Russia", "gain")


# "the number of villages … at N"

def test_the_number_of_villages_under_control_put_at_a_figure():
    rows = _rows("By late autumn the commander put the number of villages under Ukrainian control at more than 60.")
    assert (rows["60"].unit, rows["60"].actor, rows["60"].change) == ("settlements", "Ukraine", "held")


def test_the_number_of_villages_retaken_put_at_a_figure():
    rows = _rows("Officials put the number of villages retaken by Ukrainian troops at 35.")
    assert (rows["35"].unit, rows["35"].actor, rows["35"].change) == ("settlements", "Ukraine", "gain")


def test_the_number_of_villages_shelled_is_no_settlement_fact():
    rows = _rows("The governor put the number of villages shelled overnight at 14.")
    assert "14" not in rows or rows["14"].unit != "settlements"


# a formation named by "his" takes the side the text gave that formation before

def test_his_battalion_takes_the_side_of_the_battalion_named_before():
    rows = _rows("Petro Hrynko led a battalion of a Ukrainian assault brigade near the river for two years. In his "
                 "diary he writes that his battalion began the spring with about 520 men.")
    assert (rows["520"].unit, rows["520"].actor, rows["520"].change) == ("troops", "Ukraine", "count")


def test_his_battalion_with_no_side_named_before_has_none():
    rows = _rows("Petro Hrynko kept a diary for two years. He writes that his battalion began the spring with about "
                 "520 men.")
    assert rows["520"].actor not in ("Russia", "Ukraine")
