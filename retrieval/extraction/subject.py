"""A result sentence without its subject: "Obtuvo 2.700.725 votos, el 82,66 %", "She took 41.8%".

Spanish and Portuguese drop the subject a sentence shares with the one before ("El tribunal declaró a Ana Ruiz
ganadora. Obtuvo el 82 %."), and English puts a pronoun in its place. Read alone such a sentence has figures and no
name, so the winner's own share was lost; read with the one person the sentence before names, it is that
person's result.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.names import _runs
from retrieval.extraction.persons import _last_word, _person, _role_only
from retrieval.extraction.text import _fold, _phrases

# The verbs a result sentence may open with once its subject is dropped: the result, win and lead words of one word,
# less the nouns among them ("Votos", "Resultados" open sentences with subjects of their own).
_NOUNS = frozenset(_phrases(W.VOTES) + _phrases(W.SEATS) + _phrases(W.MARGIN_NOUN) + W.ZERO_SUBJECT_NOT.split())
_VERBS = frozenset(
    p for table in (W.RESULT_CONTEXT, W.WIN, W.LEAD) for p in _phrases(table) if " " not in p and p not in _NOUNS
)
_PRONOUNS = frozenset(W.SUBJECT_PRONOUNS.split())


_FIRST_WORD = re.compile(r"[\"“'‘(¿¡\s]*([^\W\d_]+)")


def carried_subject(previous: str, sentence: str) -> tuple[str, int] | None:
    """The sentence with the previous sentence's one person put in as its subject, and how far that moved its
    text; None when the sentence names its subject or the previous sentence names no single person."""
    m = _FIRST_WORD.match(sentence)
    if m is None or not m.group(1)[0].isupper():
        return None
    word = m.group(1)
    pronoun = word in _PRONOUNS
    if not pronoun and _fold(word) not in _VERBS:
        return None
    persons = {_last_word(r.text): r.text for r in _runs(previous) if _person(r) and not _role_only(previous, r)}
    if len(persons) != 1:
        return None
    name = next(iter(persons.values()))
    a, b = m.span(1)
    rest = sentence[b:] if pronoun else f" {word[0].lower()}{word[1:]}{sentence[b:]}"
    rewritten = f"{sentence[:a]}{name}{rest}"
    return rewritten, len(rewritten) - len(sentence)
