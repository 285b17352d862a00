"""The verbs of saying, one table per language (folded): who reports a figure rather than holds it ("X said…",
`binding`), the subject of a reported clause ("announced that X…", `binding`), and the speaker after a quotation
('"…," Ba said', `role_subjects`)."""

from __future__ import annotations

from retrieval.extraction.text import alternation, phrases

SAYING = {
    "en": "said, says, told, added, wrote, stated, announced, announces, declared, reported, confirmed",
    "es": "dijo, afirmo, anuncio, informo, declaro, confirmo, escribio, agrego, anadio, senalo",
    "pt": "disse, afirmou, anunciou, informou, declarou, confirmou, escreveu, acrescentou",
    "fr": """a dit, a declare, a annonce, a indique, a precise, a affirme, a confirme, a ajoute, a ecrit, annonce,
    declare, indique, precise, affirme, confirme""",
}

# The verbs as one alternation, for the readers' patterns.
SAYS = alternation(phrases(SAYING))
