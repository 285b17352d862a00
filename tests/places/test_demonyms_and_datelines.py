"""Round 5 of place finding: demonyms naming a group of voters, datelines in capitals, capitals' regions."""

from retrieval.places import find_places


def test_a_demonym_naming_an_ethnic_group_is_no_place() -> None:
    text = "In Skopje the Serbian vote split, while ethnic Serbian parties lost seats."
    assert "RS" not in find_places(text)
    assert "RS" not in find_places("la minoría serbia votó en bloque")
    assert find_places("Serbian voters went to the polls") == ["RS"]


def test_a_dateline_in_capitals_is_its_city_country() -> None:
    assert find_places("VILNIUS — Lithuanians voted on Sunday in a runoff.")[:1] == ["LT"]


def test_a_time_zone_city_only_in_capitals() -> None:
    assert find_places("Tallinn is a city of the Baltic.") == []
    assert find_places("TALLINN — The count ended at dawn.") == ["EE"]


def test_a_capitals_own_region_is_read_for_a_governors_race() -> None:
    assert find_places("the governor of Santiago", seat_of="governor") == ["CL-RM", "CL"]
    # running text reads the office word beside the name the same way (round 6); without one it is Chile
    assert find_places("the governor of Santiago") == ["CL-RM", "CL"]
    assert find_places("the vote in Santiago") == ["CL"]
