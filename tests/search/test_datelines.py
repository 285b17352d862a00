"""Round 18: a report's dateline says where it was filed from, not which race it is on (invented texts)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from retrieval.articles import Passage
from retrieval.search.place_focus import dateline_places, opens_on, place_focus, without_dateline


def _passage(title: str, text: str, mentions: dict[str, int] | None = None) -> Passage:
    return Passage(
        id="p:0",
        article_id="a",
        position=0,
        title=title,
        text=text,
        ingested_at=datetime(2025, 1, 1, tzinfo=UTC),
        place_mentions=mentions or {},
        places=list(mentions or {}),
    )


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("VIENNA, March 3 (Alpine Wire) - The chancellor's party lost ground.", "The chancellor's party"),
        ("LIMA — El Congreso aprobó la reforma electoral.", "El Congreso"),
        ("SÃO PAULO, 5 out (Agência Planalto) — O presidente votou cedo.", "O presidente"),
        ("QUITO, 12 feb (EFE).- La participación superó el 80 %.", "La participación"),
        ("LISBON, Jan. 9 (Tagus Desk) - Turnout was low.", "Turnout was low"),
    ],
)
def test_dateline_is_cut(text: str, rest: str) -> None:
    assert without_dateline(text).startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "The ANC - which governed alone - fell short.",  # a dash in a sentence opening on a capitalised word
        "Vienna — the chancellor conceded.",  # not in capitals: a sentence's subject
        "Turnout was 61% - the lowest since 1990.",
    ],
)
def test_no_dateline_is_left_whole(text: str) -> None:
    assert without_dateline(text) == text


def test_a_national_report_filed_from_the_capital_does_not_open_on_the_capital() -> None:
    vienna = [re.compile(r"\bvienna\b")]
    national = _passage(
        "Chancellor's party slumps in general election",
        "VIENNA, Sept 29 (Alpine Wire) - The chancellor's party fell to third place in Sunday's general election.",
    )
    local = _passage(
        "Mayor keeps Vienna city hall",
        "VIENNA, Oct 2 (Alpine Wire) - The mayor won a fourth term.",
    )
    in_text = _passage(
        "Mayor wins fourth term",
        "VIENNA, Oct 2 (Alpine Wire) - The mayor of Vienna won a fourth term on Sunday.",
    )
    assert not opens_on(vienna, national)
    assert opens_on(vienna, local)  # its headline names the city
    assert opens_on(vienna, in_text)  # its first sentence does, past the dateline


def test_opening_words_in_spanish_and_portuguese_past_the_dateline() -> None:
    quito = [re.compile(r"\bquito\b")]
    assert not opens_on(quito, _passage("Noboa gana la segunda vuelta", "QUITO, 14 abr (EFE).- Daniel Noboa ganó."))
    assert opens_on(quito, _passage("Resultado", "QUITO — El alcalde de Quito fue reelegido."))
    porto = [re.compile(r"\bporto\b")]
    assert not opens_on(porto, _passage("Governo cai", "PORTO — O primeiro-ministro apresentou a demissão."))


def test_a_province_asked_is_not_the_subject_of_a_report_only_datelined_there() -> None:
    text = "SÃO PAULO — O presidente venceu no país com folga, segundo a contagem nacional."
    assert "BR-SP" in dateline_places(text)
    national = _passage("Presidente reeleito", text, {"BR-SP": 1, "BR": 2})
    assert place_focus({"BR-SP"}, national) == 0.0
    # Named again in the text, the state still counts once.
    local = _passage("Governador reeleito", text + " Em São Paulo, o governador venceu.", {"BR-SP": 2, "BR": 2})
    assert place_focus({"BR-SP"}, local) == 1.0
    # A country asked: the dateline's state is part of it, as before.
    assert place_focus({"BR"}, national) == 1.0
