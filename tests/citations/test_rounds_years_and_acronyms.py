"""The fourth round of families: rounds bound clause by clause, the year and the passage of a figure, margins in
the right measure, datelines, shortfalls and seat leads, translated acronyms, joint subjects and comparisons of
one contestant's figures. Sentences and passages invented here (not from the labelled sets)."""

from __future__ import annotations

import pytest

from bot.citations import check_text
from bot.models import Citation


def cite(n: int, quote: str, title: str = "") -> Citation:
    return Citation(n=n, article_id=f"a{n}", title=title, url="", source="S", published_at=None, quote=quote)


FIRST = cite(
    1,
    "VALDORA — Marta Quiroga won the presidential election of 2 June in the first round with 53.4% of the vote. "
    "Hugo Lenz was second with 31.2%. Lenz congratulated Quiroga on Sunday night.",
)
RUNOFF = cite(
    2,
    "MONTEVIDEO — Raúl Sosa ganó la segunda vuelta del 24 de noviembre con el 51,2 % de los votos, frente al "
    "48,8 % de Ana Prieto. Prieto reconoció su derrota.",
)
OUTRIGHT = cite(3, "Tomás Rey fue reelegido sin necesidad de segunda vuelta, con el 57,1 % de los votos.")
SEATS = cite(
    4,
    "OSLO — The Labour Party won 77 seats in the 169-seat Storting, eight short of the 85 needed for a majority. "
    "The Progress Party took 47 seats. Turnout was 79.3%, up from 77.2% in 2021.",
)
OTHER = cite(5, "BERLIN — Turnout in Germany's federal election was 82.5%, the highest since reunification.")
PARTY = cite(
    6,
    "MADRID — Spain's Socialist Workers' Party (PSOE) won 121 seats and the Popular Party 137. The People's "
    "Democratic Union (PDU) took 12 seats. The PDU and the Greens fell short of the threshold.",
)
COUNCIL = cite(
    7,
    "The electoral commission gave Lara Vieira 38.5% of the vote in its provisional count. The Supreme Court later "
    "put Vieira at 41.2% after a recount.",
)
SEAT = cite(8, "Paulo Nunes conceded defeat but lost his own seat of Riverside.")


def kept(sentence: str, sources: list[Citation]) -> tuple[bool, list[str]]:
    result = check_text(sentence, sources)
    return bool(result.sentences), result.warnings


@pytest.mark.parametrize(
    "sentence, sources",
    [
        ("Quiroga won in the first round with 53.4% [1].", [FIRST]),
        ("Quiroga won outright, without a runoff [1].", [FIRST]),
        ("Sosa won the runoff with 51.2% [2].", [RUNOFF]),
        ("Sosa venceu o segundo turno com 51,2% [2].", [RUNOFF]),
        ("Rey ganó en primera vuelta con el 57,1 % [3].", [OUTRIGHT]),
        ("Quiroga won with 53.4% [1].", [FIRST]),  # no round named: any round
        # a margin in seats from seat counts; in points from shares
        ("Labour's lead over the Progress Party was 30 seats [4].", [SEATS]),
        ("Quiroga led Lenz by 22.2 points [1].", [FIRST]),
        # a figure's year: its own, or a change's starting point
        ("Turnout rose to 79.3% from 77.2% in 2021 [4].", [SEATS]),
        ("In 2021, turnout was 77.2% [4].", [SEATS]),
        # a dateline city stands for its country
        ("In Norway, turnout was 79.3% [4].", [SEATS]),
        # a figure of a place, from the passage about that place
        ("Germany's turnout was 82.5% [4][5].", [SEATS, OTHER]),
    ],
)
def test_faithful_round_year_passage(sentence: str, sources: list[Citation]) -> None:
    ok, warnings = kept(sentence, sources)
    assert ok, warnings


@pytest.mark.parametrize(
    "sentence, sources",
    [
        ("Quiroga won in a runoff with 53.4% [1].", [FIRST]),  # the source says the first round
        ("Quiroga ganó la segunda vuelta con el 53,4 % [1].", [FIRST]),
        ("Sosa ganó la primera vuelta con el 51,2 % [2].", [RUNOFF]),  # the source says the runoff
        ("Sosa venceu a primeira volta [2].", [RUNOFF]),
        ("Labour led by 30 points [4].", [SEATS]),  # seat counts give no margin in points
        ("Turnout in the 2025 election was 77.2% [4].", [SEATS]),  # 77.2% is of 2021
        ("Norway's turnout was 82.5% [4][5].", [SEATS, OTHER]),  # Germany's figure, Norway's passage
    ],
)
def test_unfaithful_round_year_passage(sentence: str, sources: list[Citation]) -> None:
    ok, _ = kept(sentence, sources)
    assert not ok


COALITION = cite(
    9,
    "ROMA — Italy's Civic Democratic Union and its partner Azione Verde won 180 seats together, short of the 201 "
    "needed for a majority in the 400-seat chamber. The CDU alone took 150 seats.",
)
LEAD = cite(
    10,
    "Mayor Ines Ruano's Progressives won 42 seats, three short of the 45 needed for a majority. The Civic List "
    "took 30 seats.",
)


@pytest.mark.parametrize(
    "sentence, sources",
    [
        # an acronym in another language's word order: the same letters as the source's
        ("La UCD obtuvo 150 escaños por sí sola [9].", [COALITION]),
        ("A UDC ficou com 150 lugares [9].", [COALITION]),
        # two names in one subject: the role is each one's
        ("The CDU and Azione Verde fell short of a majority, winning 180 seats [9].", [COALITION]),
        ("A UDC e a Azione Verde ficaram aquém da maioria [9].", [COALITION]),
        # shortfalls and leads in seats, from the counts and the threshold
        ("The coalition ended 21 seats short of the 201 needed [9].", [COALITION]),
        ("Los progresistas se quedaron a tres escaños de la mayoría de 45 [10].", [LEAD]),
        ("The Progressives' lead over the Civic List was 12 seats [10].", [LEAD]),
    ],
)
def test_faithful_acronyms_subjects_shortfalls(sentence: str, sources: list[Citation]) -> None:
    ok, warnings = kept(sentence, sources)
    assert ok, warnings


@pytest.mark.parametrize(
    "sentence, sources",
    [
        ("The coalition ended 20 seats short of the 201 needed [9].", [COALITION]),  # 201 - 180 is 21
        ("The Progressives' lead over the Civic List was 15 seats [10].", [LEAD]),
        ("The Progressives led by 12 points [10].", [LEAD]),  # seat counts give no points
    ],
)
def test_unfaithful_acronyms_subjects_shortfalls(sentence: str, sources: list[Citation]) -> None:
    ok, _ = kept(sentence, sources)
    assert not ok


def test_a_seat_held_is_not_a_seat_lost() -> None:
    assert not kept("Nunes held his seat of Riverside [8].", [SEAT])[0]
    assert not kept("Nunes kept his seat [8].", [SEAT])[0]
    ok, warnings = kept("Nunes lost his seat of Riverside [8].", [SEAT])
    assert ok, warnings


def test_a_figure_compared_in_another_count_is_the_same_contestants() -> None:
    ok, warnings = kept("The Supreme Court put Vieira at 41.2%, against 38.5% in the provisional count [7].", [COUNCIL])
    assert ok, warnings
    assert not kept("The Supreme Court put Vieira at 41.2%, against 36.5% in the provisional count [7].", [COUNCIL])[0]


ABSTAIN = cite(11, "A abstenção na segunda volta foi de 22,4%. A participação foi de 77,6%.")
GENITIVE = cite(12, "Rui Matos won the runoff, beating Clara Dias of the Green Party, who admitted defeat that night.")


@pytest.mark.parametrize(
    "sentence, ok_expected",
    [
        ("Na segunda volta, 22,4% dos eleitores não votaram [11].", True),  # not voting is abstaining
        ("In the runoff, 22.4% of voters did not vote [11].", True),
        ("En la segunda vuelta, el 22,4 % de los electores no votaron [11].", True),
        ("Na segunda volta, 22,4% dos eleitores votaram [11].", False),  # the abstention is no turnout
        ("In the runoff, 77.6% of voters did not vote [11].", False),
    ],
)
def test_not_voting_is_abstention(sentence: str, ok_expected: bool) -> None:
    assert kept(sentence, [ABSTAIN])[0] is ok_expected


def test_a_relative_clause_after_a_name_of_a_party_is_the_persons() -> None:
    ok, warnings = kept("Matos beat Dias, and Dias admitted defeat [12].", [GENITIVE])
    assert ok, warnings
    assert not kept("Matos admitted defeat [12].", [GENITIVE])[0]


APPOSITION = cite(
    13,
    "Marta Leal ficou em segundo lugar com 14,2%, à frente de Rui Pinto, do Partido Azul, com 9,8%. Sofía Mar "
    "obtuvo el 48,1 %, Iván Gil el 21,3 % y Eva Sol el 11,6 %.",
)


@pytest.mark.parametrize(
    "sentence, ok_expected",
    [
        # a figure after a name and its apposition continues that name's description
        ("Leal edged out Pinto, 14.2% to 9.8% [13].", True),
        ("Pinto obteve 9,8% [13].", True),
        ("Leal obteve 9,8% [13].", False),
        # a threshold nobody named reached: every named contestant's share is below it
        ("Ni Gil ni Sol alcanzaron el 25 % [13].", True),
        ("Neither Gil nor Sol reached 20% [13].", False),  # Gil's 21.3% is above it
        ("Ni Mar ni Gil alcanzaron el 30 % [13].", False),
        # not going to vote is abstaining
        ("Quase 61% dos eleitores não foram votar [11].", False),  # the abstention there is 22.4%
    ],
)
def test_appositions_and_thresholds_of_named_contestants(sentence: str, ok_expected: bool) -> None:
    assert kept(sentence, [APPOSITION, ABSTAIN])[0] is ok_expected
