"""A loser named by a possessive description: "Ruiz obtuvo el 52,6 % y su rival el 47,4 %", "She took 52.6% against
47.4% for her rival", "e o seu adversário 47,4%".

Read alone the description is no name, so its figure was dropped or bound to the winner, and the row lost the
runner-up. The sentence before names whom the winner beat ("Ana Ruiz venció a Hugo Reyes", "beat Hugo Reyes", "se
impuso este domingo a Karina Solís"); read with that name in the description's place, the figure is theirs. Only
when the sentence before names exactly one beaten person and this one names nobody else but the winner.
"""

from __future__ import annotations

import re

from retrieval.extraction.names import _runs
from retrieval.extraction.persons import _last_word, _person, _role_only
from retrieval.extraction.subject import _beaten
from retrieval.extraction.text import fold_text

# Folded: "su rival", "her main opponent", "o seu adversario", "his rival's".
_RIVAL = re.compile(
    r"(?<![\w-])(?:his|her|their|su|seu|sua|o\s+seu|a\s+sua)\s+(?:(?:main|closest|nearest|chief|principal)\s+)?"
    r"(?:rival|opponent|challenger|adversario|adversaria|oponente|contrincante|contendiente)(?![\w-])(['’]s)?"
)
_STEMS = ("rival", "opponent", "challenger", "advers", "oponente", "contrincante", "contendiente")


def rival_named(previous: str, sentence: str) -> str | None:
    """The sentence with the person the sentence before tells was beaten in place of "su rival" ("his rival"), or
    None when it holds no such description, the sentence before names no single beaten person, or this sentence
    names someone besides the winner."""
    lowered = sentence.lower()
    if not previous or not any(stem in lowered for stem in _STEMS):  # cheap first: most sentences have none
        return None
    m = _RIVAL.search(fold_text(sentence))
    if m is None:
        return None
    beaten = {
        _last_word(r.text): r.text
        for r in _runs(previous)
        if _person(r) and not _role_only(previous, r) and _beaten(previous, r.start)
    }
    if len(beaten) != 1:
        return None
    name = next(iter(beaten.values()))
    named = {_last_word(r.text) for r in _runs(sentence) if _person(r)}
    if _last_word(name) in named or len(named) > 1:
        return None
    possessive = "'s" if m.group(1) else ""  # "to her rival's 47.4%"
    return f"{sentence[: m.start()]}{name}{possessive}{sentence[m.end() :]}"
