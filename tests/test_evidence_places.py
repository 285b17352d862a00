"""A province or city asked, which no retrieved passage names, gets no answer from the country's other races."""

from __future__ import annotations

from bot.evidence import relevant
from retrieval.articles import SearchHit
from retrieval.search import SearchResult


def _hit(n: int, title: str, text: str, places: list[str]) -> SearchHit:
    return SearchHit(
        rank=n,
        passage_id=f"p{n}",
        article_id=f"a{n}",
        title=title,
        url="",
        source="test",
        published_at="2025-03-01",
        text=text,
        score=1.0 / n,
        places=places,
        explain={"lexical_rank": n},
    )


# Invented reports: two provinces of one country and a capital district whose passages carry only the country.
ONTARIO = _hit(
    1, "Ford holds Queen's Park", "The Progressive Conservatives won 80 of 124 seats in Ontario.", ["CA", "CA-ON"]
)
ALBERTA = _hit(2, "UCP keeps Alberta", "With all polls in, the UCP won 49 seats and the NDP 38.", ["CA", "CA-AB"])
BOGOTA = _hit(1, "Nueva alcaldesa", "Ana Ruiz ganó la alcaldía de Bogotá con el 48,1 % de los votos.", ["CO"])


def test_an_uncovered_province_gets_no_passages_of_its_countrys_other_races() -> None:
    result = SearchResult(query="who won the saskatchewan election", places=["CA-SK", "CA"], hits=[ONTARIO, ALBERTA])
    result.uncovered_places = ["CA-SK"]
    assert relevant(result, None) == []


def test_a_covered_province_keeps_its_passages() -> None:
    result = SearchResult(query="who won in ontario", places=["CA-ON", "CA"], hits=[ONTARIO, ALBERTA])
    result.uncovered_places = []
    assert relevant(result, None) == [ONTARIO, ALBERTA]


def test_a_city_read_as_its_district_is_covered_by_passages_that_name_it() -> None:
    """The question reads "Bogotá" asked of a mayor as its capital district; a passage tagged only with the
    country that names the city is still about it."""
    result = SearchResult(query="¿quién ganó la alcaldía de bogotá?", places=["CO-DC", "CO"], hits=[BOGOTA])
    result.uncovered_places = ["CO-DC"]
    assert relevant(result, "mayor") == [BOGOTA]


def test_a_question_naming_only_the_country_is_unchanged() -> None:
    result = SearchResult(query="who won in canada", places=["CA"], hits=[ONTARIO, ALBERTA])
    result.uncovered_places = []
    assert relevant(result, None) == [ONTARIO, ALBERTA]
