"""fa28: battlefield facts on unseen copy (issue 14): ground figures with no verb of their own, "the enemy" of a
speaker no table places. Short invented sentences."""

from saidvsdone import corpus, facts


def _rows(text: str):
    table = facts.extract(corpus.from_text(text, published="2024-05-02"))
    return {row.quantity_text: row for row in table.itertuples(index=False)}


def test_area_in_a_run_of_figures_goes_on_with_the_gain_before():
    rows = _rows("Russian forces captured 400 sq km in March. In April they took 300 sq km. "
                 "Around Kurakhove the tally was 60 sq km and three villages.")
    assert (rows["60"].actor, rows["60"].change) == ("Russia", "gain")
    assert (rows["three"].actor, rows["three"].change) == ("Russia", "gain")


def test_area_after_a_holding_goes_on_as_held():
    rows = _rows("Kyiv says its troops still hold about 110 sq km near the border. Moscow says it is less than 50 sq km.")
    assert rows["less than 50"].change == "held"


def test_side_held_adjective_with_no_figure_before_is_held():
    rows = _rows("The area we judge Russian-held measured about 25 square kilometres on May 3.")
    assert (rows["about 25"].actor, rows["about 25"].change) == ("Russia", "held")


def test_bare_area_with_no_ground_figure_before_keeps_no_direction():
    rows = _rows("Ukrainian brigades advanced on Tuesday. For May, analysts counted 88 sq km.")
    assert rows["88"].change == ""


def test_enemy_that_nobody_speaks_keeps_no_side():
    rows = _rows("Losses of the enemy near Siversk: personnel – about 4,000 (+90).")
    assert {row.actor for row in rows.values()} == {""}


def test_size_of_a_place_keeps_no_direction():
    rows = _rows("The city of Kharkiv covers about 350 sq km.")
    assert all(not row.change for row in rows.values())


def test_enemy_of_an_unplaced_speaker_is_the_invader():
    rows = _rows("The enemy is 6 km from the outskirts of Orikhiv, the district governor said.")
    assert (rows["6"].actor, rows["6"].change) == ("Russia", "distance")


def test_enemy_of_an_interviewee_and_their_we():
    text = ("How close are they now?\n\nIn May the enemy was about 9 kilometres from the canal. "
            "We have given up perhaps 4 square kilometres in our sector.")
    rows = _rows(text)
    assert rows["about 9"].actor == "Russia"
    assert (rows["perhaps 4"].actor, rows["perhaps 4"].change) == ("Ukraine", "loss")


def test_enemy_of_a_placed_speaker_is_still_their_enemy():
    rows = _rows("The enemy lost up to 210 servicemen near Kupiansk, the Russian Defence Ministry said.")
    assert (rows["up to 210"].actor, rows["up to 210"].change) == ("Ukraine", "loss")


def test_enemy_goes_on_with_the_enemy_named_before():
    text = ("Units of the Zapad group of forces defeated two brigades of the AFU. The enemy lost up to 150 servicemen.\n\n"
            "Units of the Tsentr group repelled three counterattacks. Enemy losses: over 90 servicemen.")
    rows = _rows(text)
    assert rows["up to 150"].actor == "Ukraine"
    assert rows["over 90"].actor == "Ukraine"


def test_drones_that_struck_a_place_are_the_other_sides():
    rows = _rows("In the Sumy region, governor Oleh Petrenko said 9 drones and two missiles had struck the city overnight.")
    assert rows["9"].actor == "Russia" and rows["two"].actor == "Russia"


def test_drones_that_crossed_from_a_place_are_its_sides():
    rows = _rows("The air force said the attack came in waves. In the first, 140 drones crossed the border from the "
                 "Belgorod region.")
    assert (rows["140"].actor, rows["140"].change) == ("Russia", "count")


def test_impacts_go_on_with_the_interceptors_enemy():
    rows = _rows("The air force said it downed 50 drones. Impacts of 12 drones and three missiles were recorded at six "
                 "locations, it said.")
    assert rows["50"].actor == "Ukraine"
    assert rows["12"].actor == "Russia" and rows["three"].actor == "Russia"


def test_drones_struck_with_a_named_launcher_keep_it():
    rows = _rows("Ukrainian drones struck an oil depot in the Bryansk region; the governor said 14 drones hit the town.")
    assert rows["14"].actor == "Ukraine"


def test_a_force_a_side_could_field_is_a_count_still_hypothetical():
    table = facts.extract(corpus.from_text("Kyiv warned that Moscow could commit as many as 120,000 troops to the push.",
                                           published="2024-05-02"))
    row = table.iloc[0]
    assert (row.quantity, row.actor, row.change, row.flag, row.modality) == (120000.0, "Russia", "count", "",
                                                                             "hypothetical")
    called = facts.extract(corpus.from_text("The minister said the army would call up another 70,000 people by spring.",
                                            published="2024-05-02")).iloc[0]
    assert (called.change, called.flag) == ("count", "")


def test_a_what_if_loss_and_a_strength_on_paper_stay_flagged():
    lost = facts.extract(corpus.from_text("Russia could lose 60,000 soldiers in the offensive, analysts said.",
                                          published="2024-05-02")).iloc[0]
    assert "hypothetical" in lost.flag
    paper = facts.extract(corpus.from_text("\"Our battalion should number about 600 men,\" said a Ukrainian major.",
                                           published="2024-05-02")).iloc[0]
    assert "hypothetical" in paper.flag
