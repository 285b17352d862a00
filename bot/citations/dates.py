"""Months and weekdays: the word tables, and the months and weekdays a text names."""

from __future__ import annotations

import re

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
    "novembro": 11, "dezembro": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "lunes": 1, "martes": 2, "miercoles": 3, "jueves": 4, "viernes": 5, "sabado": 6, "domingo": 7,
    "segunda-feira": 1, "terca-feira": 2, "quarta-feira": 3, "quinta-feira": 4, "sexta-feira": 5,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))


def _months(folded: str) -> set[int]:
    found = set()
    for m in re.finditer(rf"\b({_MONTH_RE})\b", folded):
        near = folded[max(0, m.start() - 8) : m.start()] + folded[m.end() : m.end() + 9]
        if re.search(r"\d", near):
            found.add(_MONTHS[m.group(1)])
    return found


def _weekdays(folded: str) -> set[int]:
    pattern = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
    return {
        _WEEKDAYS[m.group(2)]
        for m in re.finditer(
            rf"\b(on|el|este|pasado|last|this|next|no|neste|ultimo|o|al|del|de)\s+({pattern})\b", folded
        )
    }
