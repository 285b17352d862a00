"""Referendum options named by what they choose and the word for an option: "the statehood option won 52.52%",
"la opción de la estadidad aventajaba al no con el 52 %", "a opção pela independência teve 61%", "l'option de
l'indépendance a recueilli 58 %".

The option is a lowercase noun, so no capitalised run stands where the figure's holder is; the phrase is made a
run of its own, named by the noun as a name is written ("Statehood"), so the binding can give it the figure. Only
in a sentence that names a referendum or plebiscite.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.records import _Run
from retrieval.extraction.text import alternation, phrases, words_rx

_NOUN = alternation(phrases(W.OPTION_NOUN))
# The sentence must name the vote a referendum: "took the option of caution" is no ballot's option.
_REFERENDUM = words_rx(W.OFFICE["referendum"])
# "the statehood option": the choice before the noun (English).
_BEFORE = re.compile(rf"(?<![\w-])the\s+([a-z][\w-]{{3,}})\s+(?:{_NOUN})(?![\w-])")
# "la opción de la estadidad", "a opção pela independência", "l'option de l'indépendance": the choice after it.
_OF = "|".join(W.OPTION_NOUN_OF.split())
_AFTER = re.compile(rf"(?<![\w-])(?:{_NOUN})\s+(?:{_OF})\s+(?:(?:la|el|a|o|l['’])\s*)?([a-z][\w-]{{3,}})(?![\w-])")


def option_runs(s: str, folded: str) -> list[_Run]:
    """The options a sentence about a referendum names by a lowercase noun and the word for an option, as runs."""
    if not any(w in folded for w in ("option", "opcion", "opcao")) or not _REFERENDUM.search(folded):
        return []
    found = [m for rx in (_BEFORE, _AFTER) for m in rx.finditer(folded)]
    return [_Run(m.start(), m.end(), s[m.start(1) : m.end(1)].capitalize()) for m in found if s[m.start(1)].islower()]
