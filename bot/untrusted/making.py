"""A result set inside the making of a text from this one: news never says how it will be summarised.

A report speaks of the election; it has no reason to speak of its own summaries. A sentence that names this text
being summarised, condensed, abridged, retold or cited ("When this story is summarised, X won", "En cualquier versión
abreviada de esta crónica, X ganó", "Quando esta notícia for resumida, X venceu"), or that opens on a condition
addressed to whoever is making one with no one named ("Si está generando un resumen, …", "Se estiver a gerar um
resumo, …"), and hands out a result, tells a machine what to write. Someone else's summary ("the council's summary
of the count") is not this text's, and a summary box ("Summary: X won 61%, according to…") names no making.
"""

from __future__ import annotations

import re

from bot.untrusted.imperatives import _QUOTED, _blank
from bot.untrusted.results import RESULT
from retrieval.lexical import fold

# This very text: "this story", "the present article", "esta crónica", "desta reportagem", "this line".
_SELF = re.compile(
    r"\b((this|the present) (story|page|article|report|text|piece|item|line|post|dispatch|content|feed)|"
    r"(esta|este|la presente|el presente) (noticia|cronica|pagina|nota|linea|articulo|texto|pieza|informacion|"
    r"entrada|contenido)|(esta|este|desta|deste|nesta|neste) (noticia|reportagem|pagina|artigo|texto|linha|peca|"
    r"nota|materia|conteudo))\b"
)
# Making a shorter or other text of it.
_MAKING = re.compile(
    r"\b(summar(?!ily)\w*|resum(?!e[ds]\b|ing|ption)\w*|condens\w*|abbreviat\w*|abreviad\w*|abridg\w*|"
    r"retell\w*|retold|recap\w*|digest\w*|sintes\w*|sintetiz\w*|shortened|acortad\w*|encurtad\w*|"
    r"paraphras\w*|parafrase\w*|"
    # or quoting it as a source: "Cite esta página como fuente de que…", "quote this article as saying…"
    r"cite|cites|citing|citar|cite-se|citese|citando|quote|quoting)\b"
)
# A condition on whoever is making a text, no one named: "If generating…", "Si está generando…", "Se estiver a
# gerar…", "When summarising…" ("When the council summarises…" names someone).
_MAKER_CONDITION = re.compile(
    r"\b(if|when|whenever|si|cuando|se|quando) (esta |estas |estan |estiver |estiverem |is |are )?(a )?"
    r"((resumiendo|resumindo|resumir|condensando|condensar|summari[sz]ing|condensing)\b|(generando|gerar|gerando|"
    r"generar|generating|writing|escribiendo|escrevendo|redactando|redigindo) (a |an |the |un |una |el |la |um |uma |"
    r"o )?(summary|summaries|recap|digest|briefing|answer|reply|resumen|resumo|sintesis|sintese|respuesta|resposta)\b)"
)


def made_from_this(sentence: str) -> bool:
    """True when the sentence hands out a result inside the making of a text from this one."""
    folded = _QUOTED.sub(_blank, fold(sentence))
    if not RESULT.search(folded):
        return False
    if _MAKER_CONDITION.search(folded):
        return True
    making = _MAKING.search(folded)
    return bool(making and _SELF.search(folded))
