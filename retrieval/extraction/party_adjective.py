"""A party's lowercase adjectives after its head noun, as French writes them: "le Parti socialiste", "le Bloc
québécois", "le Parti démocratique gabonais". The capitalised run stops at the head; these words go on the name."""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.records import _Run
from retrieval.extraction.text import fold_text, phrases

_HEADS = frozenset(W.PARTY_WORDS.split())
_ENDINGS = tuple(W.PARTY_ADJECTIVE_ENDINGS.split())
_STOP = frozenset(W.STOP.split())
# Words of result verbs are never adjectives here: "le Mouvement démocratique arrive en tête".
# nor are titles: "the Green Party candidate took 52%".
_VERBS = frozenset(w for t in (W.WIN, W.LEAD, W.RESULT_CONTEXT, W.LOSS) for p in phrases(t) for w in p.split())
_TITLES = (
    frozenset(W.TITLES.split())
    | frozenset(w for p in phrases(W.ROLE_NOUNS) for w in p.split())
    | {"candidat", "candidats"}
)
_LOWER = re.compile(r"\s+([a-zà-ÿ][\w-]*)")


def with_adjectives(s: str, runs: list[_Run]) -> list[_Run]:
    """Runs ending on a party head noun, lengthened by up to two lowercase adjectives right after it."""
    for run in runs:
        if fold_text(run.text.split()[-1]) not in _HEADS or run.possessive:
            continue
        end, n = run.end, 0
        while n < 2 and (m := _LOWER.match(s, end)):
            word = fold_text(m.group(1))
            if word in _STOP or word in _VERBS or word in _TITLES or not word.endswith(_ENDINGS) or len(word) < 4:
                break
            end, n = m.end(1), n + 1
        if n:
            run.end, run.text = end, s[run.start : end]
    return runs
