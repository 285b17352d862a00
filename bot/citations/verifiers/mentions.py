"""Names, places, months and weekdays a sentence mentions.

Guarantees: every proper name is in the span on word boundaries ("Tiago" is not in "Santiago"), and a person's name
is a name of the span, never a word of a place ("Catarina" is not "Santa Catarina"); every word of a full name is in
one name of the span, or of the cited article with its last word in the span; every place named is in the span or
the cited article's title (a dateline city places its passage in its country), or, for a span naming no other
country, in the one country the passage's first sentence names (its lede); every month and weekday is in the span.
A one-word plural name of a group ("the Socialists") is supported by the span's lowercase word for that group in any
of the three languages ("os socialistas"): a stem of seven letters or more, each word at most three letters past it.
A place named in the sentence that the span uses only as a person's name ("Montenegro's coalition" of a span naming
Luís Meireles) is that person, not the country.

An institution's name translated is the span's when both have an institution's head noun of one meaning (a table:
"House", "Chamber" and "Cámara" are one, "Parliament" and "Parlamento" another) and every other word of the sentence's
name is a cognate of one of the span name's ("The Constitutional Council" of "O Conselho Constitucional", "la Cámara de
Representantes" of "the House of Representatives", "El Parlamento" of "Parliament", "Assembleia Nacional" of "the
National Assembly": a cognate or a word of one meaning, `translated.same_word`); its figures are then the span
name's. A party's name translated is `translated`'s (renamed before binding); `_grouping` reads the same rule.

Cannot: know that two different names are one person, or that an institution's name translated with words of other
stems is the same ("the Supreme Electoral Court" of "el Jurado Nacional de Elecciones"); tell
"In Montenegro, …" from the person when the span names the person (it lets the place stand).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.dates import _months, _weekdays
from bot.citations.names import _ids
from bot.citations.ranks import described_place
from bot.citations.relative_dates import relative_dates
from bot.citations.text import fold_same
from bot.citations.translated import LINKS, by_meaning, same_party, same_word
from retrieval.places import find_places

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts


def _group_noun(word: str, span: str) -> bool:
    """Whether a one-word plural name ("the Socialists", "los Liberales") is a group the span names in lowercase in
    this or another language ("os socialistas", "the liberals"): the same stem of seven letters or more, each word
    going on at most three letters past it, the span's word written lowercase (a common noun there, never a name)."""
    if not word.endswith("s"):
        return False
    for m in re.finditer(r"(?<![\w-])[a-záéíóúâêôãõçñü]{7,}(?![\w-])", span):
        other = fold_same(m.group())
        k = next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), min(len(word), len(other)))
        if k >= 7 and len(word) - k <= 3 and len(other) - k <= 3:
            return True
    return False


# The head noun of an institution in en, es, pt and fr (folded), by meaning: "Court", "Tribunal", "Conselho", "Junta";
# "House" and "Cámara", "Parliament" and "Parlamento" are one head in two languages, whatever their letters.
_INSTITUTION_MEANING = by_meaning(
    {
        "court": "court courts corte tribunal cour",
        "council": "council consejo conselho conseil",
        "commission": "commission comision comissao",
        "jury": "jury jurado juri",
        "board": "board junta",
        "authority": "authority autoridad autoridade autorite instance",
        "office": "office oficina bureau",
        "institute": "institute instituto institut",
        "registry": "registry registraduria registro",
        "service": "service servicio",
        "assembly": "assembly asamblea assembleia assemblee",
        "parliament": "parliament parlamento parlement",
        "congress": "congress congreso congresso congres",
        "senate": "senate senado senat",
        "house": "house chamber camara chambre",
    }
)
# A run of capitals, "of" between them or not ("the House of Representatives", "Elections Commission chairman …"): the
# name reader leaves out a word opening a sentence ("Elections"), an institution's name keeps it.
_CAPITAL_RUN = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l'|los\s+)?)?[A-ZÀ-Ý][\w'’-]+)*")


def _grouping(words: tuple[str, ...], span_names: list[tuple[str, ...]]) -> bool:
    """Whether a party's name is one of the span's in another language (`translated.same_party`: "Bloco Cívico" of
    "the Civic Electoral Bloc", "os Reformistas" of "the Reformist Party", "Os Verdes" of "the Greens")."""
    return any(same_party(words, other) for other in span_names)


def _institution(words: tuple[str, ...], span_names: list[tuple[str, ...]]) -> bool:
    """Whether an institution's name is one of the span's in another language: both have an institution's head noun
    ("Court", "Tribunal"), and every other word of the sentence's name is a cognate of one of the span name's ("The
    Constitutional Council" of "O Conselho Constitucional"; never "Supreme Court" of "Tribunal Constitucional")."""
    heads = {_INSTITUTION_MEANING[w] for w in words if w in _INSTITUTION_MEANING}
    rest = [w for w in words if w not in _INSTITUTION_MEANING and w not in LINKS]
    if not heads:
        return False
    for other in span_names:
        theirs = {_INSTITUTION_MEANING[o] for o in other if o in _INSTITUTION_MEANING}
        others = [o for o in other if o not in _INSTITUTION_MEANING and o not in LINKS]
        if not theirs & heads:
            continue
        # "the Constitutional Council" of "o Conselho Constitucional"; a bare head ("El Parlamento") of a bare head
        # ("Parliament"), "la Cámara de Representantes" of "the House of Representatives"
        if (rest or not others) and all(any(same_word(w, o) for o in others) for w in rest):
            return True
    return False


def translate(claims: _Claims, facts: Facts) -> None:
    """A party the sentence names in another language than the span ("Bloco Cívico" of "the Civic Electoral
    Bloc", `_grouping`) holds, and is beaten as, the span's party: its figures are bound to the span's name."""
    spans = [n for n in facts.names if not n.place]
    for name in claims.names:
        if name.place or any(set(name.words) <= _ids(n) for n in spans):
            continue
        other = next((n for n in spans if _grouping(name.words, [n.words])), None)
        other = other or next((n for n in spans if _institution(name.words, [n.words])), None)
        if other is None:
            continue
        mine, theirs = set(name.words), _ids(other)
        bound = next((g.bound for g in facts.figs if g.bound in theirs), other.words[-1])  # as the span binds it
        for fig in claims.figures:
            if fig.bound in mine:
                fig.bound, fig.candidates = bound, set(fig.candidates) | theirs
            if fig.rival in mine:
                fig.rival = bound


def unsupported(claims: _Claims, facts: Facts) -> str | None:
    """The first name, place, month or weekday of the sentence its evidence lacks."""
    words = set(re.findall(r"\w+", facts.folded))
    article_names = [n for s in facts.spans for n in s.source.article_names]
    for name in claims.names:
        if name.place:
            continue
        want = set(name.words)
        # A person's name is a name of the span, never a word of a place ("Catarina" is not "Santa Catarina").
        if any(want <= _ids(n) for n in facts.names if not n.place):
            continue
        # nor a part of a hyphenated place ("Guinea" is not in "Guinea-Bissau")
        if len(want) == 1 and want <= words - {
            p for n in facts.names if n.place for w in n.words for p in w.split("-")
        }:
            continue
        if name.words[-1] in words and any(want <= _ids(n) for n in article_names if not n.place):
            continue
        if len(want) == 1 and _group_noun(name.words[0], facts.joined):
            continue
        # "Runner-up X polled 20.5%": the place opening the name is a description, checked as X's place
        described = described_place(claims.body, name)
        if described and any(set(described[0].words) <= _ids(n) for n in facts.names if not n.place):
            continue
        others = [n.words for n in [*facts.names, *article_names] if not n.place]
        # an institution's name as the span writes it, a run of capitals: "of" between ("the House of
        # Representatives") is two names to the name reader, a word opening a sentence ("Elections Commission") none
        houses = [tuple(re.findall(r"\w+", fold_same(m.group()))) for m in _CAPITAL_RUN.finditer(facts.joined)]
        if _institution(name.words, others + houses) or _grouping(name.words, others):
            continue
        return f"name {name.text} is not in its evidence"
    have_places = set(find_places(facts.joined)).union(*(s.source.places for s in facts.spans))
    # the lede's country, for a span that names no other ("Turnout was 80.8%."): read only when a place is missing
    for s in facts.spans if claims.places - have_places else []:
        if {p.split("-")[0] for p in find_places(s.text)} <= {p.split("-")[0] for p in s.source.lede}:
            have_places |= s.source.lede
    people = [n for n in facts.names if not n.place]
    for code in claims.places - have_places:
        # "Montenegro's coalition" of a span naming Luís Meireles: the word is the person's name, not the country
        named = [n for n in claims.names if code in find_places(n.text)]
        if named and all(any(set(n.words) <= _ids(p) for p in people) for n in named):
            continue
        return f"place {code} is not in its evidence"
    # a month a cited passage means by a relative date ("on 29 April … two days later": 1 May) is the passage's too
    # (read only when a month is missing: it is no cheap read of every span)
    if missing := claims.months - _months(facts.folded):
        meant = {d.month for s in facts.spans for *_, d in relative_dates(fold_same(s.source.masked))}
        if missing - meant:
            return "a month is not in its evidence"
    if claims.weekdays - _weekdays(facts.folded):
        return "a weekday is not in its evidence"
    return None
