"""What a drafted sentence claims: its figures (bound to names), names, places, months, weekdays and roles."""

from __future__ import annotations

from dataclasses import dataclass

from bot.citations.dates import _months, _weekdays
from bot.citations.figures import COMPUTED, SUMMED, Figure, figures_in
from bot.citations.names import Name, bind, names_in
from bot.citations.roles import Role, roles_in
from bot.citations.text import _CONTENT, fold_same
from retrieval.places import find_places


@dataclass
class _Claims:
    body: str
    figures: list[Figure]
    names: list[Name]
    places: set[str]
    months: set[int]
    weekdays: set[int]
    roles: list[Role]
    computed: bool
    summed: bool
    tokens: set[str]


def _claims(body: str, common: frozenset[str]) -> _Claims:
    folded = fold_same(body)
    names = names_in(body, common)
    figures = figures_in(body)
    bind(body, figures, names)
    return _Claims(
        body,
        figures,
        names,
        set(find_places(body)),
        _months(folded),
        _weekdays(folded),
        roles_in(body, names),
        bool(COMPUTED.search(folded)),
        bool(SUMMED.search(folded)),
        set(_CONTENT.findall(folded)),
    )
