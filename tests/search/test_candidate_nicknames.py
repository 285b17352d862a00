"""Where a candidate stood, round 9: a leader called by a nickname, a surname typed in lowercase beside a
capitalised acronym, the party words of a name, and the year and office asked among places the words tie on.
Invented rows and questions."""

from __future__ import annotations

from tests.race_rows import candidate_row as _row
from tests.search_probe_helpers import candidates_place as _place


def test_a_leader_called_by_a_nickname_stood_where_the_name_did(make_library) -> None:
    library, _ = make_library()
    library.catalog.add_results(
        [_row("MX", 1, "Andrés Manuel López Obrador", "Ricardo Anaya"), _row("ES", 2, "Carmen López", "Luis Pérez")]
    )
    assert _place(library, "amlo 2018 cuanto saco") == ["MX"]
    assert _place(library, "How did AMLO do?") == ["MX"]


def test_a_short_nickname_counts_only_in_capitals_or_lowercase_text(make_library) -> None:
    library, _ = make_library()
    library.catalog.add_results([_row("AR", 1, "Cristina Fernández de Kirchner", "Ricardo López Murphy")])
    assert _place(library, "how did cfk do") == ["AR"]
    assert _place(library, "How did CFK do?") == ["AR"]
    assert _place(library, "What did Cfk say?") == []


def test_a_lowercase_surname_beside_an_acronym_that_stood_nowhere(make_library) -> None:
    library, _ = make_library()
    library.catalog.add_results([_row("BE", 1, "Open VLD (Alexander Vanderbeke)", "N-VA")])
    assert _place(library, "quantos deputados elegeu o PX de vanderbeke") == ["BE"]


def test_the_party_words_of_a_name_tell_two_parties_apart(make_library) -> None:
    library, _ = make_library()
    library.catalog.add_results(
        [
            _row("EE", 1, "Centre Party", "Reform Party"),
            _row("EE", 2, "Centre Party", "Isamaa"),
            _row("CO", 3, "Centro Democrático", "Pacto Histórico"),
        ]
    )
    assert _place(library, "how many seats did centro democratico get") == ["CO"]


def test_the_year_and_office_asked_choose_among_tied_places(make_library) -> None:
    library, _ = make_library()
    library.catalog.add_results(
        [
            _row("JP", 1, "Liberal Democratic Party", "CDP", office="parliament", date="2026-02-08"),
            _row("JP", 2, "Liberal Democratic Party", "Komeito", office="parliament", date="2024-10-27"),
            _row("CA", 3, "Liberal Party", "Conservative Party", office="parliament", date="2025-04-28"),
            _row("CO", 4, "Partido Liberal", "Pacto Histórico", office="senate", date="2026-03-08"),
        ]
    )
    assert _place(library, "partido liberal senado 2026 porcentaje") == ["CO"]
    assert _place(library, "liberal party seats 2025") == ["CA"]
    assert _place(library, "liberal party seats") == ["JP"]  # no year: most results first


def test_the_year_asked_chooses_between_a_surnames_elections(make_library) -> None:
    library, _ = make_library()
    library.catalog.add_results(
        [
            _row("GT", 1, "Ernesto Valdivia", "Sandra Pérez", office="president", date="2015-10-25"),
            _row("GT", 2, "Ernesto Valdivia", "Otto Ruiz", office="president", date="2015-09-06"),
            _row("BO", 3, "Marta Valdivia", "Carlos Mesa", office="president", date="2019-10-20"),
        ]
    )
    assert _place(library, "How many votes did Valdivia get?") == ["GT"]  # most results first
    assert _place(library, "How many votes did Valdivia get in 2019?") == ["BO"]
    assert _place(library, "valdivia 2019 cuanto saco") == ["BO"]


def test_a_question_naming_nothing_asks_of_its_dialects_country(make_library) -> None:
    library, _ = make_library()
    library.catalog.add_results([_row("CL", 1, "Marta Valdivia", "Carlos Mesa", office="president")])
    assert _place(library, "quem ficou em segundo no primeiro turno de 2030?") == ["BR"]
    assert _place(library, "quem ganhou a prefeitura?") == ["BR"]
    # a contestant named places it; a European Portuguese round ('volta') names no country
    assert _place(library, "quanto teve a valdivia no segundo turno") == ["CL"]
    assert _place(library, "quem ficou em segundo na primeira volta?") == []
