"""A result asked of one contestant: "fred rodrigues runoff result", "resultado do psd nas legislativas", "le
résultat du PS". A question naming one contestant of the race, not its leader, beside a word for a result asks for
that contestant's figures, not who won: it is answered as his share is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extractive.row_facts import FIELDS, by_figure
from bot.extractive.row_naming import naming_grade
from bot.writers import WriteRequest
from retrieval.elections import OPTIONS
from retrieval.places import normalize
from retrieval.resolve import Resolution, contestant_key

# A result, a score, a performance (en/es/pt/fr, accents folded).
_RESULT = re.compile(r"\b(?:results?|resultados?|resultats?|performance|desempeno|desempenho|score)\b")


def result_asked(request: WriteRequest, resolution: Resolution) -> WriteRequest:
    """`request` asking for the share of the one contestant it names, when it asks a winner's result of a
    contestant who did not lead the count; else `request` as it is."""
    query = request.query
    main = resolution.main
    if query is None or query.asks != "winner" or main is None or resolution.election is None:
        return request
    asked = normalize(query.text)
    if not _RESULT.search(asked) or query.yes_no not in (None, "runoff"):
        return request
    rows = resolution.election.rows
    key = contestant_key(rows)
    named = {
        key(c.name)
        for r in rows
        for c in r.contestants
        if normalize(c.name) not in OPTIONS and naming_grade(c.name, r.sentence, asked)
    }
    field = next((f for f in FIELDS if by_figure(main, f)), None)
    if len(named) != 1 or field is None or key(by_figure(main, field)[0].name) in named:
        return request
    return replace(request, query=query.model_copy(update={"asks": "share"}))
