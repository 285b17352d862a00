"""The forms a name takes: an ISO name's strong and weak variants, demonyms' gender and number forms, and
the words many subdivision names share."""

from __future__ import annotations

import re
from collections import defaultdict

from retrieval.places.normal import term_key


def name_variants(name: str) -> tuple[list[str], list[str]]:
    """Strong and weak forms of an ISO name: "Bolivia, Plurinational State of" -> (["Plurinational State of
    Bolivia"], ["Bolivia"]); "Catalunya [Cataluña]" -> (["Catalunya", "Cataluña"], []); "Myanmar (Burma)" ->
    (["Myanmar (Burma)"], ["Myanmar", "Burma"])."""
    strong: list[str] = []
    weak: list[str] = []
    for part in re.split(r"\s+/\s+|\s*\[|\]", name):
        part = part.strip(" ,")
        if not part:
            continue
        if "(" in part:
            strong.append(part)
            weak.append(re.sub(r"\s*\(.*?\)", "", part).strip())
            weak.extend(re.findall(r"\((.*?)\)", part))
            continue
        if ", " in part:
            head, _, tail = part.partition(", ")
            strong.append(f"{tail} {head}")
            weak.append(head)
            continue
        strong.append(part)
    return strong, weak


def _en_forms(s: str) -> list[str]:
    """English demonyms with their plurals ("Chilean", "Chileans"); "-ese", "-sh", "-ch", "-ss" take none."""
    return [s] if s.endswith(("ese", "sh", "ch", "ss")) else [s, s + "s"]


def _es_forms(m: str) -> list[str]:
    """Spanish (and Portuguese) gender and number forms from a masculine singular."""
    if m.endswith("o"):
        return [m, m[:-1] + "a", m + "s", m[:-1] + "as"]
    for end, fem in (("és", "esa"), ("ês", "esa"), ("án", "ana"), ("ín", "ina")):
        if m.endswith(end):
            stem = m[: -len(end)]
            return [m, stem + fem, stem + fem[:-1] + "es", stem + fem + "s"]
    if m.endswith("ol"):
        return [m, m + "a", m + "es", m + "as", m[:-2] + "óis"]
    if m.endswith(("í", "ú")):
        return [m, m + "es", m + "s"]
    if m.endswith(("e", "a")):
        return [m, m + "s"]
    return [m, m + "es"]


def _fr_forms(m: str) -> list[str]:
    """French gender and number forms from a masculine singular ("chilien" -> "chilienne", "chiliens"...)."""
    if m.endswith("e"):
        return [m, m + "s"]
    fem = m + ("ne" if m.endswith(("ien", "éen")) else "e")
    masc_pl = m if m.endswith(("s", "x")) else m + "s"
    return [m, fem, masc_pl, fem + "s"]


FORMS = {"en": _en_forms, "es": _es_forms, "pt": _es_forms, "fr": _fr_forms}


def generic_tokens(names: dict[str, list[str]]) -> frozenset[str]:
    """Words found in the subdivision names of at least three countries, in at least two different names."""
    countries: dict[str, set[str]] = defaultdict(set)
    distinct: dict[str, set[str]] = defaultdict(set)
    for code, forms in names.items():
        for form in forms:
            key = term_key(form)
            for tok in key.split():
                countries[tok].add(code[:2])
                distinct[tok].add(key)
    return frozenset(t for t in countries if len(countries[t]) >= 3 and len(distinct[t]) >= 2)
