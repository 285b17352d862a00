"""Whether a name read in a text is a place there: case, personal names, language and group uses (rules 1-4),
and the cue a short state code needs (rule 10)."""

from __future__ import annotations

from retrieval.places.model import Cand, Tables
from retrieval.places.seats import seat_beside
from retrieval.places.tokens import ARTICLES, FUNCTION, OF, Text


def _is_place_word(t: Tables, tok: str) -> bool:
    return tok in t.first


def _person_context(t: Tables, tx: Text, i: int, j: int) -> bool:
    """Rule 3: the one-word name at token i (after a leading article: "la Unión") is part of a personal name
    or of another name ("X de Y", "la Unión Europea")."""
    if j > i + 1 and tx.toks[i] in ARTICLES:
        i += 1  # "La Unión" is one word of name: beside another capitalised word it names something else
    return j == i + 1 and _beside_a_name(t, tx, i, j) and not tx.title_case()


# Quotation marks around a nickname inside a personal name (Jesús "Nacho" Robles, José Carlos 'Zeca' da Mota).
_QUOTES = frozenset("\"'“”‘’«»")


def _nickname(tx: Text, i: int, j: int) -> bool:
    """Whether the name at tokens i..j-1 is a quoted nickname between a given name and a surname."""
    n = len(tx.toks)
    if i == 0 or j >= n or not (_QUOTES & set(tx.gap(i - 1))) or not (_QUOTES & set(tx.gap(j - 1))):
        return False
    after = j + 1 if tx.toks[j] in OF and j + 1 < n else j
    return tx.name_like(i - 1) and tx.name_like(after)


def _beside_a_name(t: Tables, tx: Text, i: int, j: int) -> bool:
    if _nickname(tx, i, j):
        return True
    if i > 0 and tx.gap(i - 1).strip() == "":
        p = i - 1
        if (
            tx.name_like(p)
            and tx.toks[p] not in t.breakers
            and not _is_place_word(t, tx.toks[p])
            and not tx.sentence_start(p)
        ):
            return True
    n = len(tx.toks)
    if j < n and tx.gap(j - 1).strip() == "":
        if tx.name_like(j) and tx.toks[j] not in t.breakers and not _is_place_word(t, tx.toks[j]):
            return True
        if tx.toks[j] in OF and j + 1 < n:
            k = j + 1
            if tx.toks[k] in ARTICLES and k + 1 < n:
                k += 1
            if tx.name_like(k) and not _is_place_word(t, tx.toks[k]):
                return True
    return False


def _language_use(t: Tables, tx: Text, i: int, j: int) -> bool:
    """Rule 4: "en español", "Spanish-language", "French speakers"."""
    return _cued(tx, i, j, t.cues_before, t.cues_after)


def _group_use(t: Tables, tx: Text, i: int, j: int) -> bool:
    """Rule 4: a demonym naming a group of people, not a place ("the Albanian vote", "ethnic Serbs",
    "la minoría húngara"): an ethnic group's vote in another country names no place of the vote."""
    return _cued(tx, i, j, t.group_before, t.group_after)


def _cued(tx: Text, i: int, j: int, before: frozenset[str], after: frozenset[str]) -> bool:
    if i > 0 and tx.toks[i - 1] in before and tx.gap(i - 1).strip() == "":
        return True
    return j < len(tx.toks) and tx.toks[j] in after and tx.gap(j - 1).strip(" -") == ""


def allowed(t: Tables, tx: Text, key: str, c: Cand, i: int, j: int, groups: bool = True) -> bool:
    """Whether candidate c of the name at tokens i..j-1 survives rules 1-4 (without `groups`, a demonym naming
    a group of people is read as its country too)."""
    if c.kind == "abbr":  # in capitals; typed without any capitals ("nz", "uk"), unless it is a word ("us")
        return all(tx.word(k).isupper() for k in range(i, j)) or (not tx.cased and key not in t.common)
    if c.kind == "proper":
        lead = next((k for k in range(i, j) if tx.toks[k] not in FUNCTION and tx.toks[k] not in t.qualifiers), i)
        if key in t.capitalised and not tx.capitalised(lead):
            return False
        if key in t.in_capitals and not all(tx.word(k).isupper() for k in range(i, j)):
            return False
        if key in t.common:
            if (not tx.capitalised(lead) or tx.sentence_start(lead)) and not _seat_named(t, tx, c, i, j):
                return False
        elif tx.cased and not tx.capitalised(lead):
            return False
        if (c.language and _language_use(t, tx, i, j)) or (c.demonym and groups and _group_use(t, tx, i, j)):
            return False
        if c.demonym and tx.mixed and all(len(tx.word(k)) > 1 and tx.word(k).isupper() for k in range(i, j)):
            return False  # a demonym in capitals amid text that uses case is an acronym ("the DANE", an agency)
        return c.demonym or not (tx.cased and _person_context(t, tx, i, j))
    if c.kind == "lower":
        if key in t.common and not (tx.capitalised(i) and not tx.sentence_start(i)):
            return False
        if _region_surname(c, tx, i):
            return False
        return not ((c.language and _language_use(t, tx, i, j)) or (c.demonym and groups and _group_use(t, tx, i, j)))
    return False


def state_cued(t: Tables, tx: Text, i: int) -> bool:
    """Rule 10: a short code of a state or a big city ("RS", "NL", "BH") after a cue of its government
    ("governo do RS", "gobernador de NL", "prefeitura de BH"), written in capitals, or in text typed without
    any; or, in English word order, right before an office word ("the LA mayor race"), written in capitals
    amid text that uses case, or typed without capitals before a cue that is no other language's word ("la
    mayors race": "la mayor" is Spanish)."""
    short = t.short_codes[tx.toks[i]]
    if i + 1 < len(tx.toks) and not tx.gap(i).strip(" '’"):
        following = tx.toks[i + 1]
        if tx.mixed and tx.word(i).isupper() and len(tx.word(i)) > 1 and following in short.after:
            return True
        if not tx.cased and following in short.after_uncased:
            return True
    if i < 2 or " ".join(tx.toks[i - 2 : i]) not in short.before or any(tx.gap(k).strip() for k in (i - 2, i - 1)):
        return False
    word = tx.word(i)
    if tx.mixed and word.isupper() and len(word) > 1:
        return True  # written in capitals amid lowercase: the code ("mayor of LA", "governo do RS")
    if not tx.cased:  # typed without capitals: not a word of its own ("alcalde de la paz": an article)
        return tx.toks[i] not in FUNCTION and tx.toks[i] not in t.common
    return word.isupper() or (word[:1].isupper() and len(word) > 3)  # "Edomex", "QRoo"


def _region_surname(c: Cand, tx: Text, i: int) -> bool:
    """A region's Spanish, Portuguese or French demonym is lowercase by spelling: capitalised amid text that
    uses case, away from a sentence's start and outside a headline, it is a surname ("Navarro", "Gallego")."""
    return (
        c.demonym
        and "-" in (c.code or "")
        and tx.cased
        and tx.capitalised(i)
        and not tx.sentence_start(i)
        and not tx.title_case()
    )


def _seat_named(t: Tables, tx: Text, c: Cand, i: int, j: int) -> bool:
    """Rule 2's exception: in text typed without capitals, a subdivision named by an ordinary word is read
    beside a governor's office word ("gobernador de cordoba"; a mayor's names a city, no place of its own);
    like any such name it still needs its country in the text ("governador córdoba argentina")."""
    return not tx.cased and c.tier == 3 and c.code is not None and seat_beside(t, tx, i, j) == "governor"
