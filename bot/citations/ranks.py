"""Places in a ranking ("finished second", "quedó tercero", "ficou em segundo lugar", "runner-up"), for whom,
and whether the evidence puts that contestant in that place: by its own ordinal words, or by the order of the
vote shares of the cited passages. A runoff reached or needed ("pasó a la segunda vuelta", "needed a runoff",
"necesitó una segunda vuelta") is supported by a passage naming them with a runoff word, or by a first-round share
among the two highest, unless the passages say the race ended in the first round ("reeleito à primeira volta", "won
outright", "sin necesidad de segunda vuelta"). Cannot: tell a runoff announced from one held when neither is said."""

from __future__ import annotations

import re

from bot.citations.figures import Figure
from bot.citations.names import Name
from bot.citations.text import fold_same
from retrieval.results import ORDINAL_WORDS, RUNOFF_WORDS

_ORDINALS = {**{w: n for w, n in ORDINAL_WORDS.items() if n <= 4}, "runner-up": 2}
_ORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# An ordinal is a place in a ranking only when no other noun follows it: "finished second", "second place", "fue
# la segunda fuerza", "third with 12.9%", never "the second woman to win", "second round", "segunda vuelta".
_RANK_AFTER = (
    r"(?=\s*($|[,.;:()–—]|\s-\s|\d|(place|position|spot|lugar|puesto|posicion|posicao|fuerza|forca|force|overall|with|con|"
    r"com|in|en|em|on|behind|after|ahead|tras|detras|atras|and|y|e|at|no|na|del|de|do|da|among|entre|por|para|for|to|"
    r"but|pero|mas|while|mientras|enquanto)\b))"
)
# A place claimed: a verb of finishing and an ordinal ("finished second", "quedó en tercer lugar", "ficou em
# segundo", "fue la segunda fuerza"), or "was the runner-up".
# A place may be qualified: "a distant second", "a close third", "un lejano segundo", "um distante segundo lugar".
_QUALIFIED = (
    r"((a|an|un|una|um|uma)\s+)?((distant|close|narrow|strong|comfortable|clear|surprise|surprising|poor|respectable|"
    r"lejan[oa]|distante|ajustad[oa]|comod[oa]|holgad[oa]|sorprendente|surpreendente|apertad[oa]|folgad[oa])\s+)?"
)
_PLACED = re.compile(
    rf"\b(finished|came|placed|ended|was|were|is|ran|quedo|quedaron|termino|terminaron|fue|llego|ficou|ficaram|"
    rf"terminou|foi|chegou)\s+(in |en |em |el |la |o |a |the |as |como )?(the |el |la |o |a )?{_QUALIFIED}"
    rf"(?P<ord>{_ORD})\b" + _RANK_AFTER
)
# One contestant placed against another with no place named: "X finished well ahead of Y", "quedó por delante de Y",
# "ficou atrás de Y". Only with a verb of finishing: "was ahead" in a count still running is no final order.
_ORDERED = re.compile(
    r"\b(finished|came|ended|ended up|placed|quedo|quedaron|termino|terminaron|acabo|ficou|ficaram|terminou|acabou)"
    r"\s+((well|far|just|narrowly|comfortably|slightly|muy|bien|justo|lejos|muito|bem|logo|pouco)\s+)?"
    r"(?P<side>ahead of|in front of|behind|por delante de|delante de|por detras de|detras de|tras|a frente de|"
    r"na frente de|atras de)\s"
)
# Reaching a runoff, a role of its own: "reached the runoff", "pasó a la segunda vuelta", "vai ao segundo turno".
RUNOFF_REACHED = re.compile(
    r"\b(reached|reach|reaches|made|make|makes|advanced to|advances to|advance to|moved on to|moves on to|goes to|"
    r"go to|went to|head to|heads to|headed to|qualified for|qualifies for|will contest|will face \w+ in|"
    r"paso|pasa|pasan|pasaron|pasara|pasaran|clasifico|clasificaron|disputara|disputaran|ira|iran|"
    r"passou|passa|passam|passaram|vai|vao|foi|foram|ira|irao|disputara|disputarao|avancou|avancaram|"
    # a runoff needed is a runoff reached: "needed a runoff", "was forced into a runoff", "necesitó una segunda
    # vuelta", "precisou de segundo turno" ("did not need a runoff", "no necesitó…" are negated: `_NOT`)
    r"needed|needs|need|required|requires|(was |were )?forced into|necesito|necesitaron|necesita|necesitara|"
    r"requirio|precisou( de)?|precisaram( de)?|precisa( de)?|precisara( de)?|tuvo que ir a|teve de ir a)\s+"
    r"(a la|al|to the|the|ao|a|o|para o|para a|una|un|an|um|uma|de)\s+"
    rf"{RUNOFF_WORDS}\b"
)
# The passages say the race ended in the first round: a win in it outright, or a runoff avoided ("foi reeleito à
# primeira volta", "fue reelegido en primera vuelta", "won outright", "sin necesidad de segunda vuelta").
_ENDED_FIRST = re.compile(
    r"\b(won|wins|elected|re-?elected|reeleit[oa]|eleit[oa]|reelegid[oa]|elegid[oa]|reelect[oa]|electo|electa|gano|"
    r"venceu|vencio|se impuso|remporte|a remporte|l'emporte|elue?|reelue?)\b[^.;]{0,60}\b(in the first round|"
    r"en (la )?primera vuelta|no primeiro turno|na primeira volta|outright|without (a |the need for a )?runoff|"
    r"sin necesidad de|sem necessidade de|evitando|avoiding|(des le |au )premier tour|sans (second tour|ballottage)|"
    r"evitant)\b"
)
_OUT = re.compile(
    r"\b(out of|missed|eliminated|excluded|knocked out|fuera|afuera|eliminad[oa]s?|excluid[oa]s?|fora|"
    r"eliminad[oa]s?|excluid[oa]s?)\b"
)
_NOT = re.compile(r"\b(not|n't|never|no|nao|nunca|failed to|fails to|fail to|unable to)\s+(\w+\s+)?$")
# A subject denied by "neither/nor", "ni", "nem": "Ni X ni Y pasaron a la segunda vuelta" says neither did.
_NEITHER = re.compile(r"\b(neither|nor|ni|nem)\s+$")
# An ordinal said of a name in the evidence: "Abílio Namburete, da Renova, em terceiro", "Dia third with 2.8%".
_SAID = re.compile(rf"^[^.;]{{0,40}}?\b(?P<ord>{_ORD})\b" + _RANK_AFTER)


# Coming first in words of votes: "foi o (candidato) mais votado", "fue el más votado", "was the most voted", "topped
# the poll": place 1 (negated, it is left to the other rules).
_MOST_VOTED = re.compile(
    r"\b(foi|fue|was|is|e|es|ficou como|quedo como)\s+(o|a|el|la|the)\s+((candidat[oa]|partido|party|candidate|forca|"
    r"fuerza|force)\s+)?(mais votad[oa]|mas votad[oa]|most voted|most-voted)\b|\btopped the poll\b"
)


# A place as the description a sentence's first name opens with: "Runner-up X polled 20.5%", "Third-placed X took 5%"
# (the name reader keeps the capitalised word in the name).
_DESCRIBED_PLACE = re.compile(r"^\W*(?P<ord>runner-up|(first|second|third|fourth)-placed)\s+")


def described_place(text: str, name: Name) -> tuple[Name, int] | None:
    """The person and place of a name opening the sentence with a place as its description ("Runner-up X"): the
    name without that word, so that the name is looked for, and the place checked, as X's."""
    m = _DESCRIBED_PLACE.match(fold_same(text))
    if m is None:
        return None
    place = _ORDINALS[m.group("ord").removesuffix("-placed")]
    if name.start == m.end():
        return name, place  # "Third-placed X": the name reader left the description out
    if not (name.start <= m.start("ord") < name.end) or len(name.words) < 2:
        return None
    return Name(name.words[1:], m.end(), name.end, text[m.end() : name.end], name.place), place


def places_claimed(text: str, names: list[Name]) -> list[tuple[Name, int]]:
    """(contestant, place) for each place the text claims, the contestant being the last name before the verb
    in its sentence (past a party in apposition)."""
    folded = fold_same(text)
    out = []
    for m in _PLACED.finditer(folded):
        who = _subject(folded, names, m.start())
        if who:
            out.append((who, _ORDINALS[m.group("ord")]))
    out += [d for n in names[:1] if (d := described_place(text, n)) is not None]
    for m in _MOST_VOTED.finditer(folded):
        who = _subject(folded, names, m.start())
        if who and not _NOT.search(folded[max(0, m.start() - 20) : m.start()]):
            out.append((who, 1))
    return out


def place_supported(
    who: Name,
    place: int,
    evidence: str,
    names: list[Name],
    shares: list[Figure],
    votes: list[Figure] | None = None,
    round_: int | None = None,
    seats: list[Figure] | None = None,
    by_seats: bool = False,
) -> bool:
    """Whether the evidence puts `who` in `place`: an ordinal after the name (before the next name), or, with
    none, the rank of its vote share among the shares of the passages, or, with no share of its own, of its count
    of votes among the counts of votes (`votes`: "X received 6,984,837 votes and Y 6,101,850"). A place in the round
    the sentence names is ranked among that round's shares ("came third in the first round" of a race with a
    runoff). A house is ranked by seats: a place claimed with a count of seats (`by_seats`: "came second with 39
    seats", "quedó tercero con 26 escaños"), or of a contestant with neither a share nor a count of votes, is the rank
    of its count of seats among the passages' counts of seats (`seats`)."""
    folded = fold_same(evidence)
    last = who.words[-1]
    stated: set[int] = set()
    for n in names:
        if n.place or last not in n.words:
            continue
        nxt = min((o.start for o in names if o.start >= n.end and not o.place), default=len(folded))
        m = _SAID.match(folded[n.end : nxt])
        if m:
            stated.add(_ORDINALS[m.group("ord")])
    if stated:
        return place in stated
    mine = [g.value for g in shares if g.candidates and last in g.candidates]
    if seats and (by_seats or not (mine or any(last in g.candidates for g in votes or ()))):
        mine = [g.value for g in seats if last in g.candidates]
        values = sorted({g.value for g in seats}, reverse=True)
        return bool(mine) and any(values.index(v) + 1 == place for v in mine)
    if not mine and votes:
        shares = votes
        mine = [g.value for g in shares if g.candidates and last in g.candidates]
    if round_ is not None and any(g.round == round_ and last in g.candidates for g in shares):
        shares = [g for g in shares if g.round == round_]
        mine = [g.value for g in shares if g.candidates and last in g.candidates]
    values = sorted({g.value for g in shares}, reverse=True)
    return bool(mine) and any(v in values and values.index(v) + 1 == place for v in mine)


def _subject(folded: str, names: list[Name], at: int) -> Name | None:
    """The last person named before `at` in its sentence; a party set off in an apposition after a person ("André
    Medeiros, do Rumo, ficou em segundo", "Gallagher, of Clann Nua, came second") describes that person."""
    begin = max(folded.rfind(". ", 0, at), 0)
    before = [n for n in names if not n.place and begin <= n.start and n.end <= at]
    if (
        len(before) >= 2
        and _APPOSED.fullmatch(folded, before[-2].end, before[-1].start)
        and folded[before[-1].end : at].lstrip().startswith(",")
    ):
        return before[-2]
    # "Musa Garba of the PDP came second", "Irigoyen, de Juntos por el Cambio, quedó tercera": the party named
    # after "of/de" (set off by commas or not) describes the person before it
    owner = next((n for n in before[-3:-1] if _AFFILIATED.fullmatch(folded, n.end, at)), None)
    if owner is not None:
        return owner
    return before[-1] if before else None


_AFFILIATED = re.compile(r"\s*,?\s*(of|from|de|del|do|da|dos|das)\s+[^,.;:()]{1,50}?\s*,?\s*")


_APPOSED = re.compile(
    r"\s*,\s*(of|from|de|del|do|da|dos|das)\s+(the\s+|la\s+|el\s+|o\s+|a\s+)?"
    r"(party\s+|partido\s+|movimiento\s+|movimento\s+|frente\s+|alianza\s+|alianca\s+)?"
)


def orders_claimed(text: str, names: list[Name]) -> list[tuple[Name, Name, str]]:
    """(contestant, other, ">" ahead of or "<" behind) for each order the text claims with no place named."""
    folded = fold_same(text)
    out = []
    for m in _ORDERED.finditer(folded):
        if _NOT.search(folded[max(0, m.start() - 20) : m.start()]):
            continue
        who = _subject(folded, names, m.start())
        other = next((n for n in names if not n.place and n.start >= m.end()), None)
        if who and other and other.start - m.end() < 40:
            side = "<" if m.group("side") in ("behind", "por detras de", "detras de", "tras", "atras de") else ">"
            out.append((who, other, side))
    return out


# Seats compared with a rival's: "won more seats than Y", "obtuvo menos escaños que Y", "elegeu mais deputados do
# que Y".
_SEATS_COMPARED = re.compile(
    r"\b(?P<side>more|fewer|mas|menos|mais)\s+(seats|escanos|diputados|deputados|lugares|cadeiras|mandatos|bancas)\s+"
    r"(than|que|do que|de lo que)\s"
)


def seat_orders_claimed(text: str, names: list[Name]) -> list[tuple[Name, Name, str]]:
    """(contestant, other, ">" or "<") for each comparison of seats the text claims ("X won more seats than Y")."""
    folded = fold_same(text)
    out = []
    for m in _SEATS_COMPARED.finditer(folded):
        if _NOT.search(folded[max(0, m.start() - 30) : m.start()]):
            continue
        who = _subject(folded, names, m.start())
        other = next((n for n in names if not n.place and n.start >= m.end()), None)
        if who and other and other.start - m.end() < 30:
            out.append((who, other, "<" if m.group("side") in ("fewer", "menos") else ">"))
    return out


def order_supported(who: Name, other: Name, side: str, shares: list[Figure], round_: int | None = None) -> bool:
    """Whether the vote shares of the passages put `who` on that side of `other` (the higher share of each, outside
    a runoff; of the round the claim names, when both have a share bound to it); with no share for either, the
    order cannot be told and is let stand."""

    def of(name: Name, rounds: tuple[int | None, ...]) -> list:
        return [g.value for g in shares if g.candidates and name.words[-1] in g.candidates and g.round in rounds]

    mine, theirs = of(who, (1, None)), of(other, (1, None))
    if round_ is not None and of(who, (round_,)) and of(other, (round_,)):
        mine, theirs = of(who, (round_,)), of(other, (round_,))  # "à frente de Y no primeiro turno"
    if not mine or not theirs:
        return True
    return max(mine) > max(theirs) if side == ">" else max(mine) < max(theirs)


def runoffs_claimed(text: str, names: list[Name]) -> list[Name]:
    """The contestants the text says reached a runoff (a negated claim is left to the other rules)."""
    folded = fold_same(text)
    out = []
    for m in RUNOFF_REACHED.finditer(folded):
        if _NOT.search(folded[max(0, m.start() - 20) : m.start()]):
            continue
        who = _subject(folded, names, m.start())
        if who and _NEITHER.search(folded[max(0, who.start - 10) : who.start]):
            continue
        if who:
            out.append(who)
            joined = re.search(r"\s+(and|y|e)\s+$", folded[max(0, who.start - 6) : who.start])
            if joined:  # "Montalvo y Duarte pasaron a la segunda vuelta": both
                partner = [n for n in names if not n.place and n.end <= who.start - len(joined.group())]
                out += partner[-1:]
    return out


def runoff_supported(who: Name, evidence: str, names: list[Name], shares: list[Figure]) -> bool:
    """Whether the evidence has `who` in the runoff: a sentence naming them with a runoff word and nothing that puts
    them out of it, or a first-round share among the two highest of the passages, unless the passages say the race
    ended in the first round (a win in it outright, a runoff avoided)."""
    folded = fold_same(evidence)
    last = who.words[-1]
    for sentence in re.split(r"(?<=[.;])\s", folded):
        if re.search(rf"\b{re.escape(last)}\b", sentence) and re.search(rf"\b{RUNOFF_WORDS}\b", sentence):
            if not _OUT.search(sentence) and not _SAID_LATE.search(sentence.split(last, 1)[1][:40]):
                return True
    if _ENDED_FIRST.search(folded) or re.search(r"\bà primeira volta\b", evidence.lower()):
        return False  # no runoff was held: a first-round share among the two highest puts nobody in one
    first = [g for g in shares if g.round != 2 and g.candidates]
    mine = [g.value for g in first if last in g.candidates]
    values = sorted({g.value for g in first}, reverse=True)
    return bool(mine) and any(v in values[:2] for v in mine)


_SAID_LATE = re.compile(r"\b(third|fourth|tercer[oa]?|cuart[oa]|terceir[oa]|quart[oa])\b")
