"""A party's generic words in the languages party names are written in: two coalitions that share only such a
word ("Nasional", "Nazionale") are two contestants, each known by its own word. Invented names."""

from __future__ import annotations

from retrieval.elections import surname


def test_coalitions_sharing_only_a_generic_word_are_told_apart() -> None:
    assert surname("Pakatan Nasional") == "pakatan"
    assert surname("Gabungan Nasional") == "gabungan"
    assert surname("Partai Maju Bersama") == "bersama"
    assert surname("Alleanza Nazionale") == "alleanza"
    assert surname("Partito Verde") == "verde"


def test_a_person_keeps_the_last_word_of_the_name() -> None:
    assert surname("Ana Nasional Ruiz") == "ruiz"
    assert surname("Kast") == "kast"
