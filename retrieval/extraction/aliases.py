"""A party's other name, kept with the name a row gives it: its letters or native name in brackets right after
it ("the Green League (GL)", "la Liga Verde (LV)", "o Bloco Cívico (Građanski blok)").

Copy names a party in full once, with its letters or its own-language name in brackets, and by those after;
readers and questions use either ("how many seats did the GL win"), so a row naming the party in full only would
not answer them. The alias is kept as the evidence writes it, "Full Name (LETTERS)", so the row's name is still
words of its sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Letters in brackets: one word of two to eight letters, two capitals or more ("GL", "MDV", "PdL", "UNPR").
_LETTERS = r"(?=[^\W\d_]*[A-ZÀ-Ý][^\W\d_]*[A-ZÀ-Ý])[^\W\d_]{2,8}"
# A native or translated name in brackets: one to five words, the first capitalised, no figure or clause mark.
_NATIVE = r"[A-ZÀ-Ý][^\W\d_'’-]+(?:[ '’-]+[^\W\d_][^\W\d_'’-]*){0,4}"
_BRACKETED = re.compile(rf"\s*\(\s*({_LETTERS}|{_NATIVE})\s*\)")


def with_alias(name: str, evidence: str, person: bool) -> str:
    """The contestant's name with the party's other name in brackets, when the evidence gives it in brackets
    right after the name; the name as is for a person ("Ana Ruiz (PSOE)": the bracket is her party) unless the
    letters are the name's own initials ("Cabildo Rural (CR)": a party read as a person), or when the bracket
    holds a place ("the Socialist Party (Portugal)")."""
    if "(" in name or not name[:1].isupper():
        return name
    at = evidence.find(name)
    m = _BRACKETED.match(evidence, at + len(name)) if at >= 0 else None
    if m is None:
        return name
    alias = m.group(1)
    if person and alias != "".join(w[0] for w in name.split() if w[:1].isupper()):
        return name
    # letters are never read as a place: "(LV)" is a party's, not Latvia's code
    return f"{name} ({alias})" if alias.isupper() or not _place(alias) else name


@lru_cache(maxsize=4096)
def _place(words: str) -> bool:
    """A place in brackets says where the party is, not what else it is called ("the Socialist Party (Portugal)")."""
    from retrieval.places import resolve_place

    return bool(resolve_place(words))
