"""Grouping, round 18 (invented rows): a round-up of several cities' races on one day. Its lines name no office and
no city ("Verçosa had 62.15%"), so they got no city and joined the first race of their office and days, whatever
city it is held in. Each goes to the city's race whose own lines name its contestants; a line naming nobody's
field follows its report's other lines when they all went to one race; a line naming its race's own field stays."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.resolve import resolve
from retrieval.results import ResultRow
from tests.race_rows import row


def _runoff(r: ResultRow) -> ResultRow:
    return r.model_copy(update={"round": "runoff"})


# Each city's own report (its sentence names the city and the office), then a round-up's lines naming neither.
_OWN = {
    "pt": (
        "SALVADOR — O prefeito Otávio Brandão foi reeleito com 56,40% dos votos, contra 43,60% de Lívia Quaresma.",
        "BELÉM — Rui Tavares venceu a eleição para prefeito de Belém com 51,20%, contra 48,80% de Marta Siqueira.",
        "MANAUS — Jonas Verçosa será o prefeito de Manaus: teve 62,15%, contra 37,85% de Ícaro Lobato.",
    ),
    "en": (
        "Otávio Brandão was re-elected mayor of Salvador with 56.40% of the vote, against 43.60% for Lívia Quaresma.",
        "Rui Tavares won the Belém mayoral runoff with 51.20%; Marta Siqueira had 48.80%.",
        "Jonas Verçosa will be mayor of Manaus after taking 62.15% against 37.85% for Ícaro Lobato.",
    ),
    "es": (
        "Otávio Brandão fue reelegido alcalde de Salvador con el 56,40 %, frente al 43,60 % de Lívia Quaresma.",
        "Rui Tavares ganó la alcaldía de Belém con el 51,20 %; Marta Siqueira obtuvo el 48,80 %.",
        "Jonas Verçosa será alcalde de Manaus tras lograr el 62,15 % frente al 37,85 % de Ícaro Lobato.",
    ),
}
_ROUNDUP = {
    "pt": (
        "Com 98,10% das urnas apuradas, Brandão tinha 56,32% e Quaresma 43,68%.",
        "Tavares somou 51,20% e Siqueira ficou com 48,80%.",
        "Verçosa teve 62,15%, e Lobato ficou com 37,85%.",
    ),
    "en": (
        "With 98.10% of ballots counted, Brandão had 56.32% and Quaresma 43.68%.",
        "Tavares took 51.20% and Siqueira 48.80%.",
        "Verçosa had 62.15%, and Lobato 37.85%.",
    ),
    "es": (
        "Con el 98,10 % escrutado, Brandão tenía el 56,32 % y Quaresma el 43,68 %.",
        "Tavares sumó el 51,20 % y Siqueira el 48,80 %.",
        "Verçosa obtuvo el 62,15 %, y Lobato el 37,85 %.",
    ),
}
_FIELDS = (
    (("Otávio Brandão", "56.40"), ("Lívia Quaresma", "43.60")),
    (("Rui Tavares", "51.20"), ("Marta Siqueira", "48.80")),
    (("Jonas Verçosa", "62.15"), ("Ícaro Lobato", "37.85")),
)
_LINES = (
    (("Brandão", "56.32"), ("Quaresma", "43.68")),
    (("Tavares", "51.20"), ("Siqueira", "48.80")),
    (("Verçosa", "62.15"), ("Lobato", "37.85")),
)


def _rows(language: str) -> list[ResultRow]:
    own = [
        _runoff(row(f"city{k}", "BR", "mayor", "2071-10-30", list(field), text))
        for k, (field, text) in enumerate(zip(_FIELDS, _OWN[language], strict=True))
    ]
    roundup = [
        _runoff(row("roundup", "BR", None, "2071-10-30", list(line), text))
        for line, text in zip(_LINES, _ROUNDUP[language], strict=True)
    ]
    return own + roundup  # the cities' races opened first: the round-up's lines joined the first of them


def _race_of(elections, name: str):
    return next(e for e in elections if any(c.name == name for r in e.rows for c in r.contestants))


def test_each_line_of_a_round_up_goes_to_the_city_race_that_names_its_contestants() -> None:
    for language in _OWN:
        elections = group_elections(_rows(language))
        cities = {e.city for e in elections if e.rows}
        assert {"salvador", "belem", "manaus"} <= cities, language
        for line in _LINES:
            race = _race_of(elections, line[0][0])
            full = {"Brandão": "Otávio Brandão", "Tavares": "Rui Tavares", "Verçosa": "Jonas Verçosa"}[line[0][0]]
            assert race.city == _race_of(elections, full).city, language
            names = {c.name for r in race.rows for c in r.contestants}
            others = {n for other in _LINES if other is not line for n, _ in other}
            assert not names & others, (language, race.city, names)


def test_a_question_on_one_city_gets_the_round_up_line_on_it_not_another_citys() -> None:
    rows = _rows("pt")
    for question in (
        "quanto tinha sido apurado quando Brandão venceu em Salvador?",
        "how much was counted in Salvador?",
        "¿cuánto se había escrutado en Salvador?",
    ):
        res = resolve(parse_question(question), rows)
        assert res.election is not None and res.election.city == "salvador", question
        names = {c.name for r in res.election.rows for c in r.contestants}
        assert not names & {"Tavares", "Verçosa", "Siqueira", "Lobato"}, question


def test_a_line_naming_no_ones_field_follows_its_reports_other_lines() -> None:
    record = "The record was Ana Prates's, with 60.1% in 2004."
    rows = [
        *_rows("en"),
        _runoff(row("manaus2", "BR", None, "2071-10-30", [("Verçosa", "62.15")], "Verçosa had 62.15% of the votes.")),
        _runoff(row("manaus2", "BR", None, "2071-10-30", [("Ana Prates", "60.1")], record)),
    ]
    elections = group_elections(rows)
    assert _race_of(elections, "Ana Prates").city == "manaus"


def test_a_line_of_no_city_naming_no_race_stays_where_it_joined() -> None:
    line = _runoff(row("roundup", "BR", None, "2071-10-30", [("Irene Sales", "12.0")], "Irene Sales obtuvo el 12 %."))
    rows = [*_rows("es"), line]
    elections = group_elections(rows)
    assert sum(any(c.name == "Irene Sales" for r in e.rows for c in r.contestants) for e in elections) == 1


def test_a_city_race_a_moved_line_had_labelled_national_takes_back_its_own_office() -> None:
    slip = "MANAUS — A eleição de Verçosa, com 62,15%, deu ao presidente do partido a maior vitória da noite."
    rows = [*_rows("pt"), _runoff(row("slip", "BR", "president", "2071-10-30", [("Verçosa", "62.15")], slip))]
    elections = group_elections(rows)
    assert _race_of(elections, "Otávio Brandão").office == "mayor"
    assert not any(e.office == "president" for e in elections if e.city == "salvador")
