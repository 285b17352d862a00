"""The office a question asks about: the office table's first entry whose cue it holds (retrieval.question.tables),
save for one reading a word list cannot make: a city's "câmara" (Portugal's and Brazil's municipal council, whose
vote elects the mayor: "quem ganhou a câmara de Lisboa", "a Câmara Municipal do Porto") is the mayor's race, while
"a Câmara dos Deputados" or "la Cámara de Diputados" is the parliament; and a region's "governo"/"gobierno" won at
the polls ("quem ganhou o governo de Goiás", "¿quién ganó el gobierno de Jalisco?") is its governorship, while a
country's government is not an office anyone is elected to by that name (`regional_government`). A local
executive's title is read whole first ("presidente municipal", "Oberbürgermeister", "président de région":
retrieval.question.titles), so its head word names no national office."""

from __future__ import annotations

import re

from retrieval.question.tables import first
from retrieval.question.titles import local_title
from retrieval.results import Office

_MUNICIPAL_CHAMBER = re.compile(
    r"\bcamaras? (?:municipal|municipais|de|da|do|dos)\b"
    r"(?! (?:deputados|diputados|representantes|senadores|comercio|lordes|comuns)\b)"
)


_GOVERNMENT_OF = re.compile(r"\b(?:governo|gobierno)\s+(?:de|do|da|dos|das|del)\b")


def regional_government(folded: str, places: list[str]) -> bool:
    """Whether a question asks who won a region's government: "governo do/de" or "gobierno de" with a
    first-level subdivision (an ISO 3166-2 code) as the place asked."""
    return bool(places) and "-" in places[0] and bool(_GOVERNMENT_OF.search(folded))


def office_asked(folded: str) -> Office | None:
    """The office of a (normalised) question, or None when it names none."""
    titled, folded = local_title(folded)
    if titled is not None:
        return titled
    office = first("office", folded)
    if office in (None, "parliament") and _MUNICIPAL_CHAMBER.search(folded):
        return "mayor"
    return office  # type: ignore[return-value]
