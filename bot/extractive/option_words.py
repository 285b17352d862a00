"""The referendum option a question names, in any of the sources' languages: "the no vote", "el sí", "o não",
"votaron no", "le non".

The words for yes and no are also a negation ("no ganó", "não passou") or, in Portuguese, "in the" ("no
referendo"): an option word names an option only where it stands as one, after an article or a preposition
that takes an option ("the no", "por el sí", "pelo não"), before a word of a vote's side ("no vote", "yes
side", "campaign"), after a verb of voting ("voted no", "votaron sí"), or in quotation marks.
"""

from __future__ import annotations

import re

from retrieval.elections import option_key
from retrieval.places import normalize

# Every language's word for an option, folded (retrieval.elections' keys: yes/si/sim/oui/ja, no/nao/non/nein).
_WORDS = r"yes|si|sim|oui|ja|no|nao|non|nein"
# What stands before an option named as one: an article or a preposition taking it (en, es, pt, fr), or a verb
# of voting.
_BEFORE = (
    r"the|el|del|al|por el|para el|lo|o|do|ao|pelo|para o|le|du|au|pour le|"
    r"voted|vote|votes|voting|vota|votaron|voto|votou|votaram|votar|votent|voterent"
)
# What follows an option named as one: a word of a vote's side.
_AFTER = (
    r"vote|votes|voters|side|camp|campaign|option|ballots|votos|votantes|voto|lado|campana|campanha|opcion|opcao|"
    r"voix|camp"
)
_OPTION = re.compile(rf"(?:\b(?:{_BEFORE})\s+|[\"'“‘«]\s*)({_WORDS})\b|\b({_WORDS})(?:\s*[\"'”’»]|\s+(?:{_AFTER})\b)")


def options_asked(question: str) -> frozenset[str]:
    """The options a question names as options ("yes", "no"), one key across languages; none when it names
    none (a "no" that negates, a Portuguese "no" that is "in the")."""
    found = (m.group(1) or m.group(2) for m in _OPTION.finditer(normalize(question)))
    return frozenset(option_key(word) for word in found)
