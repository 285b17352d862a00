"""The one table of local executives' titles (data/local_titles.json), and the presidencies of local bodies read
from it.

Why one table: a question naming a local title (retrieval.question.titles), a report titling a race's winner a
municipal president (retrieval.local_race_relabel) and a passage opening on a local race
(retrieval.search.opening_office) read the same titles; a title added to the table is read by all three.
Why a grammar beside the whole titles: es/pt/fr/it title a local body's head its president in more forms than a
list holds ("presidente da Câmara Municipal de Lisboa", "président du conseil départemental", "presidenta de la
Comunidad"): the presidency's word, a preposition and an article, then the body."""

from __future__ import annotations

import json
import re
from importlib import resources

from pydantic import BaseModel

from retrieval.extraction.text import alternation
from retrieval.results import Office


class LocalTitle(BaseModel):
    """One row of the table: see its "_about"."""

    holder: str
    office: Office | None
    seat: Office | None
    words: tuple[str, ...]
    adjectives: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()


def _rows() -> tuple[LocalTitle, ...]:
    data = json.loads(resources.files("retrieval").joinpath("data/local_titles.json").read_text(encoding="utf-8"))
    return tuple(LocalTitle.model_validate(row) for row in data["titles"])


TITLES = _rows()


def _body(seats: set[Office]) -> str:
    """What follows a presidency's word when it titles the head of a local body of one of `seats` (normalised text):
    an adjective ("municipal"), or a preposition, maybe an article, and the body ("da camara", "de la region"), not
    a national chamber's ("da camara dos deputados")."""
    adjectives = [a for row in TITLES if row.seat in seats for a in row.adjectives]
    bodies = [b for row in TITLES if row.seat in seats for b in row.bodies]
    chambers = [b for row in TITLES if row.seat is None for b in row.bodies]
    after = rf"(?:da|de|do|del|du|della|di)\s+(?:la\s+|l')?(?!{alternation(chambers)})(?:{alternation(bodies)})"
    return rf"(?:{alternation(adjectives)}|{after})" if adjectives else rf"(?:{after})"


_SEATS = dict.fromkeys(row.seat for row in TITLES if row.seat is not None)
# Any local body's head, as what follows the presidency's word: "presidente" before it names no president.
LOCAL_BODY = _body(set(_SEATS))
LOCAL_HEAD = re.compile(rf"\bpresiden[a-z]*\s+{LOCAL_BODY}")
# The head of a local body of each seat: a city's ("presidente da camara"), a region's ("president de region").
LOCAL_HEADS: dict[Office, re.Pattern[str]] = {
    seat: re.compile(rf"\bpresiden[a-z]*\s+{_body({seat})}") for seat in _SEATS
}


def head_seat(head: str) -> Office | None:
    """The seat of a local body's head `LOCAL_HEAD` matched: "mayor" for "presidente da camara"."""
    return next((seat for seat, rx in LOCAL_HEADS.items() if rx.fullmatch(head)), None)
