"""Round 20: a place mentioned in passing is not the passage's subject. The places a report's headline, dateline
and lede name are what it is about; a neighbour it compares itself with ("unlike neighbouring Bolivia"), a
leader who congratulated the winner, a state named in a report on the federal vote count little. Invented
reports, in English, Spanish, Portuguese and French."""

from __future__ import annotations

from datetime import UTC, datetime

from retrieval.articles import Passage
from retrieval.ingest import main_places
from retrieval.places import place_counts
from retrieval.places.roles import dateline, lede, subject_places, weighed_mentions
from retrieval.search.place_focus import about_other_place, focused, place_focus


def _passage(title: str, text: str, position: int = 0) -> Passage:
    from retrieval.articles import Article

    counts = place_counts(text)
    article = Article(title=title, text=text, source="Test Wire", origin="test:x")
    return Passage(
        id=f"a:{position}",
        article_id="a",
        position=position,
        text=text,
        title=title,
        ingested_at=datetime(2026, 1, 1, tzinfo=UTC),
        places=list(counts),
        article_places=main_places(article, counts),
        place_mentions=counts,
    )


PARAGUAY = _passage(
    "Colorado's Benítez sweeps to victory",
    "ASUNCIÓN, Oct 20 (Andes Wire) - Rodrigo Benítez won the presidency outright with 52.4% of the vote. Unlike "
    "neighbouring Bolivia, where a runoff looms, the race needed no second round. Bolivia's outgoing president "
    "congratulated him.",
)
ECUADOR = _passage(
    "Lucía Carvajal gana la presidencia en primera vuelta",
    "QUITO, 1 mar (Agencia Sur) - Lucía Carvajal obtuvo el 51,3% de los votos y evitó el balotaje. A diferencia "
    "de Perú, donde las elecciones suelen ir a segunda vuelta, el país resolvió en una sola jornada. El presidente "
    "de Perú la felicitó.",
)
PORTUGAL = _passage(
    "AD vence legislativas sem maioria absoluta",
    "LISBOA, 18 mai (Agência Atlântico) - A Aliança Democrática venceu as legislativas com 31,2% dos votos. Em "
    "Espanha e no Brasil, o resultado foi acompanhado; o presidente do Brasil felicitou o vencedor, e o Brasil "
    "enviou observadores.",
)
SENEGAL = _passage(
    "Amadou Ndiaye élu président dès le premier tour",
    "DAKAR, 25 fév (Agence Ouest) - Amadou Ndiaye a remporté la présidentielle avec 54,1 % des voix. "
    "Contrairement au Mali voisin, le scrutin s'est déroulé sans incident. Le président du Mali a félicité le "
    "vainqueur.",
)
FEDERAL = _passage(
    "Conservatives win German federal election",
    "BERLIN, Sept 26 (Rhine Wire) - The CDU/CSU won the federal election with 28.6% of the vote, ahead of the SPD "
    "on 24.1%. In Bavaria the CSU topped the poll as usual. The Greens took 11.8%.",
)
BAVARIA = _passage(
    "CSU holds on in state vote",
    "MUNICH, Oct 8 (Rhine Wire) - The CSU won the Bavarian state election with 37.0%, ahead of the Free Voters "
    "on 15.8%.",
)


def test_the_shared_dateline_reader() -> None:
    assert dateline("LA PAZ, Oct 19 (Andes Wire) - Bolivia's race.") == "LA PAZ, Oct 19 (Andes Wire) - "
    assert dateline("BOGOTÁ, 29 oct (EFE).- El candidato ganó.") == "BOGOTÁ, 29 oct (EFE).- "
    assert dateline("CIDADE DO CABO — O partido venceu.") == "CIDADE DO CABO — "
    assert dateline("The party won - narrowly.") == ""
    assert lede("QUITO, 1 mar (Agencia Sur) - Carvajal ganó. Perú la felicitó.") == "Carvajal ganó."
    # a wire's shortened month ends no sentence
    assert lede("Oct. 3 - Turnout rose. Then more.") == "Oct. 3 - Turnout rose."


def test_the_subject_is_what_the_opening_names() -> None:
    assert subject_places(PARAGUAY.title, PARAGUAY.text, True) == ("PY",)
    assert subject_places(ECUADOR.title, ECUADOR.text, True) == ("EC",)
    assert "SN" in subject_places(SENEGAL.title, SENEGAL.text, True)  # and Dakar's region
    # a later passage of the article has only its headline to say so
    assert subject_places(ECUADOR.title, ECUADOR.text, False) == ()


def test_a_passing_mention_counts_little() -> None:
    weighed = weighed_mentions(ECUADOR.place_mentions, ECUADOR.title, ECUADOR.text, True)
    assert weighed["EC"] == 1.0 and weighed["PE"] == 0.5  # named twice in passing
    weighed = weighed_mentions(PORTUGAL.place_mentions, PORTUGAL.title, PORTUGAL.text, True)
    assert weighed["PT"] >= 1.0 and weighed["BR"] < 1.0 and weighed["ES"] < 0.5
    # an opening naming no place says nothing of roles
    counts = {"BO": 2, "PY": 1}
    assert weighed_mentions(counts, "Runoff looms", "The count went on. Bolivia, Paraguay.", True) == counts


def test_a_neighbour_named_in_passing_is_not_the_report_on_it() -> None:
    # Tagged with the neighbour it names most, the article is still not about it: not full focus.
    for passage, neighbour, own in ((ECUADOR, "PE", "EC"), (PARAGUAY, "BO", "PY"), (SENEGAL, "ML", "SN")):
        assert focused(place_focus({neighbour}, passage), passage, {neighbour}, 2.0) < 1.0
        assert focused(place_focus({own}, passage), passage, {own}, 2.0) == 1.0
        assert about_other_place(passage, {neighbour}) and not about_other_place(passage, {own})


def test_a_state_named_in_a_report_on_the_federal_vote() -> None:
    assert place_focus({"DE-BY"}, FEDERAL) < 0.25
    assert place_focus({"DE-BY"}, BAVARIA) == 1.0
    assert about_other_place(FEDERAL, {"DE-BY"}) and not about_other_place(BAVARIA, {"DE-BY"})
    assert not about_other_place(FEDERAL, {"DE"})


def test_a_regional_report_filed_from_a_city_read_as_its_country() -> None:
    # The dateline's city is read as the country alone: that does not make a report on the region national.
    report = _passage(
        "Socialists win regional vote",
        "BARCELONA, May 12 (Iberia Wire) - The Socialists won 42 seats in the regional parliament. Junts took "
        "35 in Catalonia.",
    )
    assert place_focus({"ES-CT"}, report) == 1.0
    assert not about_other_place(report, {"ES-CT"})


def test_a_regions_own_name_is_never_its_demonym() -> None:
    # A demonym's form can spell the region's own name ("canario" -> "Canarias", "navarro" -> "Navarra"):
    # the name, capitalised amid a sentence, is the region, not a surname as a capitalised demonym is.
    from retrieval.places import find_places

    assert find_places("¿Quién ganó las autonómicas en Canarias?")[:1] == ["ES-CN"]
    assert find_places("Voters in Navarra backed the regionalists.")[:1] == ["ES-NC"]
    assert find_places("O governo de Canarias tomou posse.")[:1] == ["ES-CN"]
    assert find_places("Ana Navarro ganó el debate.") == []  # the demonym capitalised: a surname
    assert find_places("quien gano en canarias")[:1] == ["ES-CN"]  # typed without capitals
