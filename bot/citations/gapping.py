"""Gapped coordination: a list of results that states the verb and the unit once ("Labour won 48 seats, the Greens 37
and the Liberals nine", "el Partido Azul obtuvo 48 escaños; el Rojo, 37", "o PS elegeu 23 deputados e o Chega
cinco", "X was on course for 26 seats and Y for 21"). Each bare number after a name in such a list is a count in the
first figure's unit, held by the name right before it: read that way, a list with two figures swapped is two claims
the span contradicts, and a faithful one two claims it supports. Without it the bare numbers were nobody's, and a
swap passed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.figures import Figure

# Between the counted figure (or the previous gapped one) and a bare number: a list separator, an article maybe, a
# name (capitalised words, joined by lowercase linking words of names), a comma maybe, a preposition maybe. No verb,
# no lowercase content word: "…, up from 77", "los independientes sumaron 20" are not gapped.
_LINK = r"(?:of|the|for|de|del|la|las|los|el|y|do|da|dos|das|e|and|a|para|por|en|em|na|no)"
_CAP = r"[A-ZÁÉÍÓÚÂÊÔÃÕÇÑÜ¡!][\w'’¡!.&/–-]*"
_GAP = re.compile(
    rf"[^.;:\d()]{{0,24}}?(?:,|;|\band\b|\by\b|\be\b)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?"
    rf"(?P<name>{_CAP}(?:\s+(?:{_LINK}\s+)*{_CAP}){{0,5}})\s*,?\s*(?:(?:for|on|with|con|com|en|em|at)\s+)?$"
)
# A count set against the counted figure, its holder named after it ("elegeu 91 deputados, contra 78 do PS", "won 64
# seats against 39 for the Greens", "obtuvo 58 escaños, frente a 41 del Frente"): the same unit, the holder's.
_AGAINST = re.compile(
    r"(?:\s+(?:of|in|de|del|en|do|da|no|na|em)\s+[^,.;:\d()]{1,30}?)?"  # the house the whole is of: "del Congreso"
    r"[^.;:\d()]{0,12}?\b(?:against|versus|vs\.?|compared with|contra|frente a|frente a los|ante|face a|face aos)\s+$"
)
_HOLDER_AFTER = re.compile(
    rf"\s+(?:for|of|do|da|dos|das|del|de la|de los|de las|de)\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+)?{_CAP}"
)
# A later clause of the sentence whose verb of winning takes a bare number: "won 41 of the 78 seats, while the UDM
# took 30", "obtuvo 58 escaños y el Frente consiguió 41", "elegeu 91 deputados e o PS conquistou 78": the first
# figure's unit.
_TOOK = re.compile(
    r"[^.;:\d()]{0,60}?(?:,|;|\band\b|\by\b|\be\b|\bwhile\b|\bwhereas\b|\bmientras\b|\benquanto\b)\s+"
    r"[^.;:\d]{0,60}?\b(?:took|won|got|secured|obtained|gano|obtuvo|logro|consiguio|sumo|conquistou|obteve|elegeu|"
    r"conseguiu|ganhou)\s+(?:only\s+|just\s+|apenas\s+|solo\s+)?$"
)
# A count in thousands after "with/on/con/com/avec" and a name later in the sentence, whatever lies between ("put X on
# 823,326 votes, or 67.76%, ahead of Y of the Z coalition with 246,968 (20.33%)", "X obtuvo 776.122 votos; le seguía Y,
# con 235.474"): the first figure's unit; its holder is bound as any figure after a name is.
_WITH_THOUSANDS = re.compile(
    rf"(?:[^.;:]|[.,](?=\d)){{0,160}}?{_CAP}[^.;:\d]{{0,60}}?\b(?:with|on|con|com|avec|a|at)\s+$"
)
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+")


# A part of a whole ("48 of the 120 seats"): the whole is the first figure's too.
_WHOLE = re.compile(
    r"(?:\s+(?:seats|escanos|escaños|cadeiras|deputados|mandatos|sieges|sièges))?"  # its unit, when it follows it
    r"\s*(?:out of|of the|of|de los|de las|de|dos|das)\s+[\d.,]+"
)


def _unit_end(text: str, fig: Figure) -> int:
    """Where the counted figure's own words end: past "of the 120" (its unit is left to `_GAP`'s lead)."""
    whole = _WHOLE.match(text, fig.end)
    return whole.end() if whole else fig.end


# A house's size said as its adjective: "the 240-seat parliament", "the 75-member council".
_HOUSE_SIZE = re.compile(r"[- ](?:seat|member|strong)\b")


def _masked(text: str, figures: list[Figure]) -> str:
    """The text with the digits of the wholes spelled out as letters ("in the 240-seat parliament"): a whole the
    count is of is no figure of the list, and may stand between a count and the bare number its unit is carried to."""
    for fig in figures:
        if fig.total or _HOUSE_SIZE.match(text, fig.end):
            text = text[: fig.start] + re.sub(r"\d", "n", text[fig.start : fig.end]) + text[fig.end :]
    return text


def mark_gapped(text: str, figures: list[Figure]) -> None:
    """Give each bare number of a gapped list its list's unit and the name right before it (`Figure.elided`: where
    that name starts)."""
    text = _masked(text, figures)
    anchor: Figure | None = None
    for fig in sorted(figures, key=lambda f: f.start):
        if anchor is not None and ". " in text[anchor.end : fig.start]:
            anchor = None
        if fig.kind == "count" and fig.unit and not fig.total:
            anchor = fig
            continue
        if anchor is None or fig.kind != "number" or fig.total or fig.change or fig.threshold:
            continue
        if (anchor.elided is None and fig.start < _unit_end(text, anchor)) or _HOUSE_SIZE.match(text, fig.end):
            continue  # the whole the count is of ("41 escaños de los 101"), the house's size ("the 240-seat house")
        if re.match(r"\s*(?:%|per ?cent\b|por ?ciento\b|por ?cento\b|points\b|puntos\b|pontos\b)", text[fig.end :]):
            continue
        start = anchor.end if anchor.elided is not None else _unit_end(text, anchor)
        m = _GAP.fullmatch(text[start : fig.start]) if start <= fig.start else None
        if (m is None and _AGAINST.fullmatch(text[start : fig.start]) and _HOLDER_AFTER.match(text, fig.end)) or (
            m is None and _TOOK.fullmatch(fold_same(text[start : fig.start]))
        ):  # the list goes on from it: "…, while the Greens took 71 and the Farmers' League 34"
            fig.kind, fig.unit = "count", anchor.unit
            anchor = fig
            continue
        if (
            m is None
            and _THOUSANDS.fullmatch(text, fig.start, fig.end)
            and _WITH_THOUSANDS.fullmatch(text[start : fig.start])
        ):
            fig.kind, fig.unit = "count", anchor.unit
            continue
        if m is None:
            anchor = None
            continue
        fig.kind, fig.unit, fig.elided = "count", anchor.unit, start + m.start("name")
        anchor = fig
