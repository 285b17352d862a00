"""Round 19: the place of a question typed as users type it. A contestant whose name holds another country's
place name ("salvador ...", "santiago ...", "... montenegro", "... do rosário"), typed without capitals, is the
person, not the place; a contestant's surname mistyped by a letter still places the question. Invented rows,
reports and questions, in English, Spanish and Portuguese."""

from __future__ import annotations

from retrieval.query import parse_question
from retrieval.results import Contestant, ResultRow
from tests.search_probe_helpers import candidates_place as _place
from tests.search_probe_helpers import probe_library


def _row(place: str, *names: str, n: int = 1) -> ResultRow:
    return ResultRow(
        place=place,
        passage_id=f"p{n}",
        article_id=f"a{n}",
        sentence="Result.",
        contestants=[Contestant(name=name, share=f"{40 - 5 * i}.1") for i, name in enumerate(names)],
    )


def _people(make_library):
    lib, _ = make_library()
    lib.catalog.add_results(
        [
            _row("BO", "Salvador Quintanilla", "Rosa Mamani", n=1),
            _row("UY", "Santiago Ferrán", "Lucía Bentancor", n=2),
            _row("BR", "Caetano Montenegro", "Júlia Paiva", n=3),
            _row("PT", "Joana do Rosário", "Rui Calado", n=4),
            _row("ES-GA", "Galicia Unida", "Partido Popular", n=5),
            _row("PL", "Tadeusz Wojciechowski", "Ewa Zielińska", n=6),
            _row("CZ", "Petr Kowalsky", n=7),
            _row("SK", "Marek Kowalski", n=8),
        ]
    )
    return lib


def test_a_name_holding_another_country_is_the_person(make_library) -> None:
    lib = _people(make_library)
    assert parse_question("cuanto saco salvador quintanilla").places == ["SV"]  # the parser alone reads a place
    assert _place(lib, "cuanto saco salvador quintanilla") == ["BO"]
    assert _place(lib, "how much did santiago ferran get in the first round") == ["UY"]
    assert _place(lib, "quanto teve o caetano montenegro no segundo turno") == ["BR"]
    assert _place(lib, "quantos votos teve a joana do rosario") == ["PT"]  # across "do"


def test_the_place_named_beside_the_person_stays(make_library) -> None:
    lib = _people(make_library)
    assert _place(lib, "cuanto saco salvador quintanilla en bolivia") == ["BO"]
    assert _place(lib, "who won in santiago") == ["CL"]  # no contestant's full name: the capital
    assert _place(lib, "quem ganhou em montenegro") == ["ME"]


def test_a_name_bearing_its_own_countrys_place_stays_a_place(make_library) -> None:
    lib = _people(make_library)
    # a party named after its region: the region is the party's own place
    assert _place(lib, "how many seats did galicia unida win") == ["ES-GA", "ES"]


def test_capitals_already_tell_the_person(make_library) -> None:
    lib = _people(make_library)
    assert _place(lib, "How much did Santiago Ferrán get?") == ["UY"]


def test_a_surname_mistyped_by_a_letter_places_the_question(make_library) -> None:
    lib = _people(make_library)
    assert _place(lib, "quanto teve o wojciechowsky") == ["PL"]  # a letter changed
    assert _place(lib, "cuanto saco wojciehowski en la segunda vuelta") == ["PL"]  # a letter dropped
    assert _place(lib, "What share did Wojciechowskii get?") == ["PL"]  # a letter added, with capitals


def test_a_mistyping_close_to_two_countries_names_places_nothing(make_library) -> None:
    lib = _people(make_library)
    assert _place(lib, "kowalskj share of the vote") == []


REPORTS = {
    "north": (
        "2025-03-02",
        "en",
        "Parties fielded few women in the north",
        "SKOPJE — The parties fielded few women in the northern districts, the commission said on Monday.",
    ),
}
library = probe_library(REPORTS, "round19_words")


def test_a_word_the_store_writes_is_spelt_as_meant(library) -> None:
    library.catalog.add_results([_row("EE", "Kaja Fielder", "Jaak Tamm", n=9)])
    # "fielded" is one letter from "Fielder", but the store writes it: a word, not the surname mistyped
    assert _place(library, "how many women were fielded") == []
    assert _place(library, "how did fieldet do") == ["EE"]


def test_a_mistyped_place_is_read_after_of_and_beside_an_office() -> None:
    assert parse_question("who is the governor of pensylvania now").places == ["US-PA", "US"]
    assert parse_question("arizna governor race margin").places == ["US-AZ", "US"]
    assert parse_question("quien gano la alcaldia de medelin").places == ["CO"]
    assert parse_question("medelin alcaldia 2023 resultados").places == ["CO"]
    assert parse_question("quem é o prefeito de curitba").places == ["BR"]
    assert parse_question("eleicao de goiana 2024 segundo turno").places[-1] == "BR"


def test_words_beside_an_office_that_are_no_place_stay_words() -> None:
    # a cue word, a short word or an ordinary word there is not a place mistyped
    assert parse_question("who won the mayoral runoff").places == []
    assert parse_question("cuantos votos de diferencia hubo en la alcaldia").places == []
    assert parse_question("qual foi a porcentagem de votos do prefeito").places == []
    assert parse_question("election results for tonight").places == []
