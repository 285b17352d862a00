"""Round 21 of search (invented sentences only): a national office asked against a report opening on a local
executive's race (and the words that name a mayor: not Spanish "mayor", greater)."""

from __future__ import annotations

import pytest

from retrieval.search.opening_office import opening_office, other_office
from retrieval.text_signals import states_kind

# ---- a national office asked, a report opening on a local race ------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "office"),
    [
        ("Veloso takes the city by 900 votes", "PORTO NOVO — Ana Veloso was elected mayor on Sunday. More.", "mayor"),
        ("Veloso ganha a cidade", "Ana Veloso é a nova presidente da Câmara Municipal de Vila Clara. Mais.", "mayor"),
        ("Triunfo en la capital", "Rosa Tamez fue electa presidenta municipal de San Bruno. Después.", "mayor"),
        ("Une victoire serrée", "Le maire sortant de Valmont a été réélu dimanche soir. Ensuite.", "mayor"),
        ("Oduya sworn in", "Peter Oduya was sworn in as governor of the lake region on Monday. Later.", "governor"),
        ("Nueva gobernadora", "Lidia Paz será la gobernadora de la provincia del Norte. Luego.", "governor"),
        ("Reeleito sem maioria", "Rui Tavares continua presidente da Câmara de Vila Alta. Depois.", "mayor"),
        ("Réélue au premier tour", "Elle reste présidente du conseil départemental du Nord-Est. Puis.", "governor"),
    ],
)
def test_a_report_opening_on_a_local_race(title: str, text: str, office: str) -> None:
    assert opening_office(title, text, True) == office
    assert other_office("president", title, text, True)
    assert other_office("parliament", title, text, True)
    assert not other_office("mayor", title, text, True)
    assert not other_office(None, title, text, True)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Former governor wins the presidency", "Tomas Reyes beat the incumbent president. Later."),
        ("Ana Veloso reeleita à primeira volta", "Ana Veloso foi reeleita Presidente da República. Depois."),
        ("Le parti du président en tête", "Le président a salué la victoire de son parti aux législatives. Puis."),
        (
            "Vote count ends",
            "The electoral commission published the final figures. The mayor of the capital voted early.",
        ),
        ("Novo presidente da Câmara dos Deputados", "O deputado foi eleito para presidir à casa. Depois."),
    ],
)
def test_a_national_report_is_no_local_race(title: str, text: str) -> None:
    # The last: the mayor is named after the lede, not in the opening.
    assert opening_office(title, text, True) is None
    assert not other_office("president", title, text, True)


def test_a_later_passage_is_read_by_its_headline_alone() -> None:
    assert opening_office("Election night, continued", "The mayor thanked voters. Then.", False) is None


# ---- Spanish "mayor" is also "greater" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mayor"),
    [
        ("El partido del gobierno pierde la mayoría absoluta", False),
        ("Es el mayor partido de la cámara", False),
        ("La mayor parte de los votos fue para la alianza", False),
        ("Port Selva elects its first woman mayor", True),
        ("The mayoral race went to a runoff", True),
        ("El alcalde electo agradeció a los votantes", True),
        ("Le maire sortant l'emporte", True),
    ],
)
def test_a_mayor_named(text: str, mayor: bool) -> None:
    assert states_kind("mayor", text) is mayor


def test_a_local_race_the_table_filed_under_a_national_office_says_nothing() -> None:
    """The results table's race for "who won the presidency" is a mayor's race when most of its reports at hand
    open on one: its rows then say nothing of which report answers (search.evidence)."""
    from types import SimpleNamespace

    from retrieval.search.evidence import _local_race

    def report(pid: str, title: str, text: str) -> SimpleNamespace:
        return SimpleNamespace(id=pid, title=title, text=text, position=0)

    passages = {
        "a": report("a", "Veloso keeps the city", "Ana Veloso continua presidente da Câmara de Vila Alta. Depois."),
        "b": report("b", "Vila Alta: os números", "Veloso venceu com 41,2%. Depois."),
        "c": report("c", "Veloso re-elected mayor", "Ana Veloso was re-elected mayor of Vila Alta. Then."),
    }
    election = SimpleNamespace(rows=[SimpleNamespace(passage_id=p) for p in ("a", "b", "c", "elsewhere")])
    assert _local_race(SimpleNamespace(office="president"), election, passages)
    assert not _local_race(SimpleNamespace(office="mayor"), election, passages)
    assert not _local_race(SimpleNamespace(office=None), election, passages)
    national = {k: report(k, "Reis re-elected president", "Rui Reis won the presidency. Then.") for k in "abc"}
    assert not _local_race(SimpleNamespace(office="president"), election, national)
