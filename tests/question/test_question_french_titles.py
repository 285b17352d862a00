"""Session 21 of the question parser: French read as fully as Spanish and Portuguese (what is asked, rounds,
offices, ordinals, months, yes/no questions, follow-ups, language), and local executives named by their local
titles (en/es/pt/fr/it/de), whose head word ("presidente") names no national office. Invented questions."""

from __future__ import annotations

from typing import Any

import pytest

from retrieval.query import parse_question
from retrieval.question.language import detect_language
from retrieval.question.names import capitalised_names


def _check(question: str, **expected: Any) -> None:
    parsed = parse_question(question)
    got = {field: getattr(parsed, field) for field in expected}
    assert got == expected, question


# --- French: what is asked ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "asks", "rank"),
    [
        ("qui a remporté l'élection à Dakar ?", "winner", None),
        ("qui l’a emporté au Gabon ?", "winner", None),
        ("qui est en tête du dépouillement ?", "count", None),
        ("qui mène à Abidjan ?", "winner", None),
        ("qui est le vainqueur du scrutin ?", "winner", None),
        ("quelle est la nouvelle maire de Nantes ?", "winner", None),
        ("qui est arrivé troisième au premier tour ?", "rank", 3),
        ("qui a terminé cinquième ?", "rank", 5),
        ("qui est arrivée en deuxième position ?", "rank", 2),
        ("qui a perdu au second tour ?", "rank", 2),
        ("combien de sièges pour Renaissance ?", "seats", None),
        ("combien de députés a obtenu le PS ?", "seats", None),
        ("quel était le taux de participation ?", "turnout", None),
        ("combien d'électeurs ont voté à Brazzaville ?", "turnout", None),
        ("combien ont voté pour le oui ?", "votes", None),
        ("quel était l'écart entre Diallo et Traoré ?", "margin", None),
        ("quelle avance avait Mbeki ?", "margin", None),
        ("Kaboré a gagné de combien ?", "margin", None),
        ("c'était serré à Lomé ?", "margin", None),
        ("quel pourcentage pour Ndiaye ?", "share", None),
        ("quel score a fait la liste écologiste ?", "share", None),
        ("combien a obtenu Sow ?", "share", None),
        ("combien de voix a obtenu Camara ?", "votes", None),
        ("combien de suffrages pour le non ?", "votes", None),
        ("où en est le décompte à Cotonou ?", "count", None),
        ("qu'a promis Ouédraogo sur l'emploi ?", "topic", None),
        ("pourquoi Kouamé a-t-il perdu ?", "topic", None),
        ("quelles régions a gagnées Diop ?", "topic", None),
        ("comment s'en est sorti le RN ?", "share", None),
    ],
)
def test_french_what_is_asked(question: str, asks: str, rank: int | None) -> None:
    _check(question, asks=asks, rank=rank, language="fr")


# --- French: rounds, offices, dates, early counts -----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("qui a gagné le premier tour ?", {"round": "first"}),
        ("qui a gagné au 1er tour ?", {"round": "first"}),
        ("et au second tour à Bangui ?", {"round": "runoff"}),
        ("résultat du 2e tour de la présidentielle", {"round": "runoff", "office": "president"}),
        ("qui l'a emporté au ballottage ?", {"round": "runoff"}),
        ("qui a gagné la présidentielle en 2021 ?", {"office": "president", "year": 2021}),
        ("qui a gagné les législatives ?", {"office": "parliament"}),
        ("qui a gagné les sénatoriales ?", {"office": "senate"}),
        ("qui a gagné les municipales ?", {"office": "mayor"}),
        ("qui a été élu gouverneur ?", {"office": "governor"}),
        ("résultat de la consultation sur l'indépendance", {"office": "referendum"}),
        ("qui a gagné le 14 juillet 2024 ?", {"month": 7, "day": 14, "year": 2024}),
        ("qui a gagné le 1er août ?", {"month": 8, "day": 1}),
        ("qui était en tête selon les premiers résultats ?", {"early": True, "asks": "winner"}),
        ("le décompte provisoire donne qui gagnant ?", {"early": True}),
        ("qui gagne au soir du scrutin ?", {"early": True}),
    ],
)
def test_french_rounds_offices_dates(question: str, expected: dict[str, Any]) -> None:
    _check(question, **expected)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Mahama a-t-il gagné dès le premier tour ?", "outright"),
        ("est-ce que Touré a évité le second tour ?", "outright"),
        ("est-ce que le parti au pouvoir garde sa majorité ?", "majority"),
        ("les résultats sont-ils définitifs ?", "final"),
        ("la réforme a-t-elle été adoptée ?", "passed"),
        ("Kaboré a-t-il été battu ?", "won"),
        ("Sall s'est-il qualifié pour le second tour ?", "runoff"),
    ],
)
def test_french_yes_no(question: str, fact: str) -> None:
    _check(question, yes_no=fact)


@pytest.mark.parametrize(
    "question",
    ["qui a gagné ?", "combien de voix a-t-il eu ?", "et au second tour ?", "quand aura lieu le second tour ?"],
)
def test_french_question_words_ask_for_something(question: str) -> None:
    _check(question, yes_no=None)


def test_a_french_follow_up_inherits_and_walks_the_ranking() -> None:
    first = parse_question("qui a gagné le premier tour au Bénin ?")
    then = parse_question("et le troisième ?", first)
    assert (then.places, then.round, then.asks, then.rank, then.followup) == (first.places, "first", "rank", 3, True)
    runoff = parse_question("et au second tour ?", first)
    assert (runoff.round, runoff.asks) == ("runoff", "winner")


# --- language --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("qui a gagné la mairie en mars ?", "fr"),
        ("combien de votants au Niger ?", "fr"),
        ("Le dépouillement se poursuit dans les bureaux de vote.", "fr"),
        ("Who won in Côte d'Ivoire?", "en"),
        ("¿quién ganó la alcaldía de Lima?", "es"),
        ("quem ganhou a prefeitura do Recife?", "pt"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_french_names() -> None:
    assert capitalised_names("Qui a battu Le Pen en Côte d'Ivoire ?") == ["Le Pen"]
    assert capitalised_names("Combien pour Les Républicains ?") == ["Les Républicains"]
    assert capitalised_names("What did Fratelli d'Italia win?") == ["Fratelli"]  # a name ending in a place stays


# --- local executives by their local titles ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "office"),
    [
        # a municipality's head: es/pt/fr/it/de/en
        ("¿quién ganó la presidencia municipal de Puebla?", "mayor"),
        ("¿quién es la nueva presidenta municipal de Mérida?", "mayor"),
        ("¿quién ganó la intendencia de Salto?", "mayor"),
        ("quem é o novo presidente da Câmara de Braga?", "mayor"),
        ("quem foi eleito presidente de câmara em Faro?", "mayor"),
        ("qui a été élu bourgmestre de Liège ?", "mayor"),
        ("who won the sindaco race in Turin?", "mayor"),
        ("chi è il nuovo sindaco di Napoli?", "mayor"),
        ("wer wurde Oberbürgermeister in Leipzig?", "mayor"),
        ("who won the Lord Mayor vote?", "mayor"),
        # a region's head elected by its voters
        ("who won the presidente della regione race in Lazio?", "governor"),
        ("chi è il nuovo governatore della Puglia?", "governor"),
        # chosen by a parliament: no office of their own, never the president
        ("qui a été élu président de région en Bretagne ?", None),
        ("qui est la présidente du conseil régional ?", None),
        ("who became Ministerpräsident of Thuringia?", None),
        ("¿quién será el presidente autonómico de Aragón?", None),
        ("¿quién es la presidenta de la Comunidad de Madrid?", None),
        ("quem ganhou para presidente do governo regional da Madeira?", None),
        ("who is the new presidente del gobierno?", None),
        ("who is the next prime minister?", None),
        # "presidente" alone is still the president
        ("¿quién ganó la elección a presidente en Perú?", "president"),
        ("quem é o novo presidente do Brasil?", "president"),
        ("qui est le nouveau président du Sénégal ?", "president"),
    ],
)
def test_local_titles(question: str, office: str | None) -> None:
    _check(question, office=office)


@pytest.mark.parametrize(
    "question",
    [
        "who is the new presidente da camara of Setúbal?",
        "¿quién es el nuevo presidente municipal de Toluca?",
        "qui est le nouveau sindaco de Florence ?",
        "who will be the next Oberbürgermeister?",
    ],
)
def test_the_new_holder_of_a_local_title_is_who_won(question: str) -> None:
    _check(question, asks="winner")


def test_a_title_is_no_name() -> None:
    assert capitalised_names("wer wurde Ministerpräsidentin in Hessen?") == []


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("who became presidenta autonomica of madrid?", "ES-MD"),
        ("wer wurde Ministerpräsident von Sachsen?", "DE-SN"),
        ("qui est le nouveau président de région en Bretagne ?", "FR-BRE"),
    ],
)
def test_a_regional_head_s_title_reads_its_place_as_the_region(question: str, place: str) -> None:
    parsed = parse_question(question)
    assert (parsed.office, parsed.places[:1]) == (None, [place])
