"""A subdivision whose name is made only of words many subdivisions share."""

from __future__ import annotations

from retrieval.places import find_places


def test_three_shared_words_together_are_a_name_of_their_own() -> None:
    assert find_places("Eduardo Leite won the runoff in Rio Grande do Sul") == ["BR-RS", "BR"]
    assert find_places("o governo do Rio Grande do Norte") == ["BR-RN", "BR"]
    assert find_places("quem ganhou no Rio de Janeiro") == ["BR-RJ", "BR"]  # the city's short name still "Rio"
    assert find_places("quem ganhou no Rio") == ["BR-RJ", "BR"]


def test_one_or_two_shared_words_still_name_no_subdivision() -> None:
    assert find_places("The Central bank and the North East line") == []
