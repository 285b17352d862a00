"""A figure given to a pronoun: "a Comissão Eleitoral atribui-lhe 40,08%", "la comisión le atribuía 524.975 votos",
"the count gave her 52%".

A counting body is the subject and the contestant an object pronoun standing for the person the sentence before
names, so read alone the winner's figure has no holder (or falls to the rival named after it). Read with that
person put in the pronoun's place ("atribui a X 40,08%") it is theirs. Only verbs of giving a figure count, and only
when the sentence before names exactly one person and this one does not name them.
"""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.names import _runs
from retrieval.extraction.persons import _last_word, _person, _role_only
from retrieval.extraction.records import _Cand, _Read
from retrieval.extraction.roles import _roles
from retrieval.extraction.text import alternation, fold_text

_GIVE = {lang: alternation(W.GIVE_FIGURE[lang].split(", ")) for lang in W.GIVE_FIGURE}
_PRONOUN = [
    re.compile(rf"(?<![\w-])({_GIVE['pt']})-(?:lhe)(?![\w-])"),  # "atribui-lhe"
    re.compile(rf"(?<![\w-])(?:le|lhe)\s+({_GIVE['es']}|{_GIVE['pt']})(?![\w-])"),  # "le atribuía", "lhe deu"
    re.compile(rf"(?<![\w-])({_GIVE['en']})\s+(?:him|her)(?![\w-])"),  # "gave her"
]


def _one_person(previous: str) -> str | None:
    """The one person the sentence before names who is not ranked below another ("beat the outgoing president, Y",
    "Y perdió ante"); None when a party's unnamed candidate won there ("la candidata del X se impuso a Y"): the
    pronoun stands for the winner, whom that sentence does not name."""
    runs = _runs(previous)
    cands: dict[int, _Cand] = {}
    _roles(previous, fold_text(previous), runs, cands, _Read())
    role = {start: c.role for start, c in cands.items()}
    if any(role.get(r.start) == 1 and _role_only(previous, r) for r in runs):
        return None
    persons = {
        _last_word(r.text): r.text
        for r in runs
        if _person(r) and not _role_only(previous, r) and (role.get(r.start) or 1) == 1
    }
    return next(iter(persons.values())) if len(persons) == 1 else None


def given_to_previous(previous: str, sentence: str) -> str | None:
    """The sentence with its object pronoun replaced by the one person the sentence before names, or None."""
    folded = fold_text(sentence)
    for rx in _PRONOUN:
        m = rx.search(folded)
        if m is None:
            continue
        name = _one_person(previous)
        if name is None or _last_word(name) in {_last_word(r.text) for r in _runs(sentence)}:
            return None
        verb = sentence[m.start(1) : m.end(1)]
        link = "" if rx is _PRONOUN[2] else "a "
        return f"{sentence[: m.start()]}{verb} {link}{name}{sentence[m.end() :]}"
    return None
