"""Grouping, round 17 (invented rows): rounds follow time's arrow. A runoff's report recalls its first round, often
in more lines than it gives its own count, but no first round's report gives its runoff's count: a vote holding
a runoff's own two-way count (two shares making the whole vote) is the runoff. A first round whose lines took a
runoff word from a neighbouring sentence, or a first round split two ways, stays the first round."""

from __future__ import annotations

from retrieval.elections import group_elections
from retrieval.query import parse_question
from retrieval.races.rounds import runoff_count
from retrieval.resolve import resolve
from retrieval.results import ResultRow
from tests.race_rows import row


def _round(r: ResultRow, value: str | None) -> ResultRow:
    return r.model_copy(update={"round": value})


# A runoff's report: its own count in one line, the first round recalled in two (the first-round report itself is
# not in the store).
_RUNOFF_REPORTS = {
    "en": (
        "Mr Varela took 56.4% of the valid votes in the runoff; Ms Quintas had 43.6%.",
        "Ms Quintas had topped the first round with 38.2%, and Mr Varela squeezed into the runoff on 24.9%.",
        "In the first round, the third-placed Mr Brandão had 21.7%.",
    ),
    "es": (
        "Varela obtuvo el 56,4 % de los votos válidos en la segunda vuelta, frente al 43,6 % de Quintas.",
        "En la primera vuelta Quintas había encabezado con el 38,2 %, y Varela pasó con el 24,9 %.",
        "En la primera vuelta, Brandão había quedado tercero con el 21,7 %.",
    ),
    "pt": (
        "Varela ficou com 56,4% dos votos válidos no segundo turno, contra 43,6% de Quintas.",
        "No primeiro turno, Quintas tinha liderado com 38,2%, e Varela passou com 24,9%.",
        "No primeiro turno, Brandão tinha ficado em terceiro com 21,7%.",
    ),
}


def _runoff_rows(language: str) -> list[ResultRow]:
    own, led, third = _RUNOFF_REPORTS[language]
    return [
        _round(row("r1", "BR-RS", "governor", "2072-10-31", [("Varela", "56.4"), ("Quintas", "43.6")], own), "runoff"),
        _round(row("r2", "BR-RS", "governor", "2072-10-31", [("Quintas", "38.2"), ("Varela", "24.9")], led), "first"),
        _round(row("r3", "BR-RS", "governor", "2072-11-01", [("Brandão", "21.7")], third), "first"),
    ]


def test_a_runoff_whose_recalled_first_round_lines_outnumber_its_own_count_stays_the_runoff() -> None:
    for language in _RUNOFF_REPORTS:
        elections = group_elections(_runoff_rows(language))
        assert len(elections) == 1, language
        assert elections[0].round == "runoff", language


def test_a_question_on_the_runoff_gets_its_count_and_one_on_the_first_round_its_recalled_lines() -> None:
    rows = _runoff_rows("en")
    for question in ("who won the runoff in rio grande do sul?", "¿quién ganó la segunda vuelta en Rio Grande do Sul?",
                     "quem venceu o segundo turno no Rio Grande do Sul?"):  # fmt: skip
        res = resolve(parse_question(question), rows)
        assert res.election is not None and res.election.round == "runoff", question
        assert res.main is not None and res.main.contestants[0].share == "56.4", question
    res = resolve(parse_question("who topped the first round in rio grande do sul?"), rows)
    assert res.election is not None and res.election.round == "first"
    assert res.main is not None and res.main.contestants[0].name == "Quintas"


# A first round won outright, the live blog's lines labelled a runoff by the sentence after them ("no chance of a
# runoff any more"): a field of three, so no two shares make the whole vote.
_FIRST_ROUND_LINES = {
    "en": ("With 93% counted, Soares has 60.3% and Lemos 31.1%.", "All counted: Soares 60.5%, Lemos 30.9%, Dias 4.2%."),
    "es": ("Con el 93 % escrutado, Soares tiene el 60,3 % y Lemos el 31,1 %.", "Todo: Soares 60,5 %, Dias 4,2 %."),
    "pt": ("Com 93% apurado, Soares tem 60,3% e Lemos 31,1%.", "Tudo apurado: Soares 60,5%, Lemos 30,9%, Dias 4,2%."),
}  # fmt: skip


_FIELD = [("Soares", "60.5"), ("Lemos", "30.9"), ("Dias", "4.2")]


def test_a_first_round_whose_lines_took_a_runoff_word_from_a_neighbour_keeps_its_label() -> None:
    for language, (blog, final) in _FIRST_ROUND_LINES.items():
        rows = [
            _round(row("b1", "BR-RJ", "mayor", "2072-10-07", [("Soares", "60.3"), ("Lemos", "31.1")], blog), "runoff"),
            _round(row("b2", "BR-RJ", "mayor", "2072-10-07", _FIELD, final), "first"),
            _round(row("b3", "BR-RJ", "mayor", "2072-10-08", [("Soares", "60.5"), ("Lemos", "30.9")], final), "first"),
        ]
        elections = group_elections(rows)
        assert [e.round for e in elections] == ["first"], language


def test_only_a_runoff_label_with_two_shares_making_the_whole_vote_is_a_runoff_count() -> None:
    two_way = [("Ribeiro", "51.8"), ("Matos", "48.2")]
    won = row("c1", "PT", "president", "2072-02-08", two_way, "Ribeiro won the runoff.")
    assert runoff_count(_round(won, "runoff"))
    # A first round split two ways (two candidates only) is no runoff: its label says the first round.
    first = _round(row("c2", "PT", "president", "2072-01-18", two_way, "Ribeiro won the first round."), "first")
    assert not runoff_count(first)
    assert group_elections([first])[0].round == "first"
    # Two leaders of a wider field ("60.3% and 31.1%") are no two-way count, whatever round a neighbour named.
    wide = [("Soares", "60.3"), ("Lemos", "31.1")]
    blog = row("c3", "PT", "mayor", "2072-10-07", wide, "Soares 60.3%, Lemos 31.1%.")
    assert not runoff_count(_round(blog, "runoff"))
    # Shares of all ballots, blank and null among them, may fall short of the whole: left to the other rules.
    short = [("Ribeiro", "49.1"), ("Matos", "45.6")]
    assert not runoff_count(_round(row("c4", "PT", "president", "2072-02-08", short, "Ribeiro 49.1%."), "runoff"))


def test_a_first_round_weeks_before_its_runoff_stays_the_first_round() -> None:
    # The first round's own report, then the runoff's: two votes, the earlier the first round.
    first = _round(row("f1", "BR-RS", "governor", "2072-10-03", [("Quintas", "38.2"), ("Varela", "24.9"),
                                                                 ("Brandão", "21.7")],
                       "Quintas topped the first round with 38.2%."), "first")  # fmt: skip
    elections = group_elections([first, *_runoff_rows("pt")])
    rounds = sorted((e.day, e.round) for e in elections)
    assert rounds[0] == ("2072-10-03", "first")
    assert rounds[-1][1] == "runoff"
