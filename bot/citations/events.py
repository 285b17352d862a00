"""What a date is the date of: the event words of the clause around it (voting, a result announced, a defeat
conceded, an office taken…), so that a drafted "declared the winner on 9 August" is not supported by a span's
"the vote on 9 August" (the draft's date is of another event than the span's, though the day is the same).

A clause is cut where `binding._clauses` cuts (semicolons, commas, dashes, "and/y/e", "while/mientras/enquanto"…);
a clause holding nothing but the date ("On 7 April, voters…", "…on Sunday, 7 April") takes its neighbours'. Its
events are the classes its words fall in (`_EVENTS`: a table, so one verb of a kind covers all its paraphrases in
English, Spanish and Portuguese), a phrase's words read as that phrase only ("took office" is no vote "took"). Two
clauses that both name events must share one (a name both repeat is no event in common); a clause naming none matches
any. A clause naming a round (first, runoff) matches no clause naming the other round.
"""

from __future__ import annotations

import re

from bot.citations.binding import _clauses
from bot.citations.dates import _MONTH_RE, _MONTHS, _WEEKDAYS
from bot.citations.roles import WIN

# Each class: word stems (a folded word starting with one belongs to the class). Winning both is a vote held and a
# result declared ("won on 9 August" may be either).
_EVENTS: dict[str, tuple[str, ...]] = {
    "vote": (
        "vote", "voti", "voted", "voter", "votac", "votar", "votaram", "votou", "voto", "poll", "ballot", "election",
        "scrutin", "suffrag",
        "elects? ", "eleccion", "eleicao", "eleicoes", "comicio", "urna", "sufragi", "pleito", "went to the", "held",
        "celebr", "realiz", "ocorr", "decorr", "se deroul", "s'est deroul", "tuvo lugar", "took place", "cast ",
        "casting", "acudi", "compare", "jornada",
        "turno", "round", "runoff", "vuelta", "volta", "balotaje", "presidenciai", "presidenciales", "legislativ",
        "autarquic", "municipai", "municipales", "primaria", "primaries", "referend", "plebisc", "consulta",
        # a share, count or seats obtained, and turnout, are the vote's
        "took", "take", "receiv", "obtain", "got", "secur", "garner", "captur", "obtuv", "obtien", "recib", "logr",
        "sumo ", "sumaron", "consigu", "obtev", "obtem", "receb", "consegu", "teve", "alcanz", "alcanc", "seats",
        # seats counted as mandates are the vote's ("os mandatos", "les mandats"); one term of office is no vote's
        "escano", "cadeira", "mandatos", "mandats", "turnout", "particip", "afluen", "abst", "absten",
    ),
    "result": (
        "declar", "proclam", "proclaim", "announc", "anunci", "certif", "confirm", "result", "publish", "public",
        "divulg", "releas", "official", "oficial", "named", r"count(s|ed|ing)?\b",
        "tally", "escrut", "recuent", "apura", "contage", "award", "otorg", "atribu",
    ),
    "concede": (
        "conced", "concession", "acknowledg", "admit", "congratul", "reconoc", "reconhec", "felicit", "defeat",
        "derrota", "accept", "acept", "aceit",
    ),
    "office": (
        "sworn", "inaugur", "take office", "takes office", "took office", "assum", "asum", "posse", "toma de",
        "juramen", "juro ", "juraron", "mandate", r"mandato\b", r"mandat\b", "office",
    ),
    "campaign": ("campaign", "campan", "campanh", "rally", "mitin", "comicio de cierre", "debate"),
    "challenge": ("appeal", "challeng", "impugn", "recurs", "contest", "petition", "court", "tribunal"),
}  # fmt: skip
# Winning is a vote held or a result declared ("won on 9 August" may be either): a class of its own only when the
# clause names no other event ("declared the winner on 9 August" is a result's date). Its words are the roles' (`WIN`),
# kept in one place.

# An event noun the date is attached to ("the 9 October vote", "the 14 February 2024 presidential election", "las
# elecciones del 2 de junio", "nas presidenciais de 9 de outubro"): the date's event, whatever its clause says.
_EVENT_NOUN = (
    r"(presidential |general |legislative |parliamentary |regional |local |municipal )?(elections?|votes?|polls?|"
    r"ballot|runoff|run-off|referendum|plebiscite|eleccion(es)?|comicios|votacion|balotaje|referendo|plebiscito|"
    r"eleicao|eleicoes|eleicoes \w+|presidenciais|legislativas|autarquicas|presidenciales|legislativas|votacao)"
)
_NOUN_AFTER = re.compile(rf"(\s+(de\s+)?({_MONTH_RE})\b)?(\s*,?\s*(de |of )?(19|20)\d\d)?\s+{_EVENT_NOUN}\b")
_NOUN_BEFORE = re.compile(
    rf"\b{_EVENT_NOUN}\s+(of|de|del|do|da|on|held on|el|em|a)\s+(the |el |o |a )?(({_MONTH_RE})\.? )?$"
)

_CLASSES = frozenset(_EVENTS)
_BY_LENGTH = sorted(((cls, stem) for cls, stems in _EVENTS.items() for stem in stems), key=lambda cs: -len(cs[1]))

_ROUND_1 = re.compile(r"\b(first round|primera vuelta|primeira volta|primeiro turno|1st round)\b")
_ROUND_2 = re.compile(
    r"\b(second round|runoff|run-off|segunda vuelta|balotaje|ballotage|segunda volta|segundo turno|2nd round)\b"
)
_DATE_WORDS = (
    frozenset(_MONTHS)
    | frozenset(_WEEKDAYS)
    | frozenset(
        "on the of in el la de del em no na a o at until since por desde hasta ate early late this last next "
        "evening morning night noche manana tarde noite".split()
    )
)
# Words that say nothing of the event (function words of four letters or more, reporting verbs).
_EMPTY = frozenset(
    """that this with from were have been will would their there which when after before than also said says
    dijo dice disse diz segun segundo according para como cuando quando pero desde hasta sobre entre mientras
    enquanto tambien tambem porque donde onde este esta esse essa aquel fue fueron foram sera will shall into
    about around some more less other otra outro outra dias days later despues depois antes earlier""".split()
)


def _words(folded: str) -> list[str]:
    return re.findall(r"[a-z][a-z-]*", folded)


def _round(folded: str) -> int | None:
    one, two = bool(_ROUND_1.search(folded)), bool(_ROUND_2.search(folded))
    return 1 if one and not two else 2 if two and not one else None


def _signature(folded: str) -> tuple[set[str], int | None]:
    """The event classes and content stems of a clause, and the round it names."""
    out: set[str] = set()
    # a phrase's words are that phrase's event only: "took office" is no vote "took", so the longer stems are read
    # first and what they cover is not read again
    for cls, stem in _BY_LENGTH:
        m = re.search(rf"\b{stem}", folded)
        if m is None:
            continue
        out.add(cls)
        if " " in stem.strip():
            folded = folded[: m.start()] + " " * (m.end() - m.start()) + folded[m.end() :]
    if not out and WIN.search(folded):
        out |= {"vote", "result"}
    for w in _words(folded):
        if len(w) >= 4 and w not in _EMPTY and w not in _DATE_WORDS:
            out.add(w[:5])
    return out, _round(folded)


def _bare(folded: str) -> bool:
    return all(w in _DATE_WORDS for w in _words(folded))


def date_clause(folded: str, start: int, end: int) -> str:
    """The clause around a date (its characters [start, end) in `folded`), with its neighbours when it holds
    nothing but the date."""
    if m := _NOUN_AFTER.match(folded, end):
        return m.group(0)
    if m := _NOUN_BEFORE.search(folded[max(0, start - 60) : start]):
        return m.group(0)
    spans = _clauses(folded)
    i = next((k for k, (a, b) in enumerate(spans) if a <= start and end <= b), None)
    if i is None:
        return folded
    a, b = spans[i]
    text = folded[a:start] + " " + folded[end:b]
    if _bare(text):
        lo, hi = spans[max(0, i - 1)][0], spans[min(len(spans) - 1, i + 1)][1]
        text = folded[lo:start] + " " + folded[end:hi]
    return text


def events_of(clause: str) -> set[str]:
    """The event classes a date clause (from `date_clause`) names."""
    return _signature(clause)[0] & _CLASSES


def same_event(claimed: str, stated: str) -> bool:
    """Whether two date clauses (from `date_clause`) can be of one event: a class in common when both name one (the
    person or place both name is no event), and no two rounds. A clause naming no event class matches any."""
    (ours, r1), (theirs, r2) = _signature(claimed), _signature(stated)
    if r1 and r2 and r1 != r2:
        return False
    if not (ours & _CLASSES) or not (theirs & _CLASSES):
        return True
    return bool(ours & theirs & _CLASSES)  # two events named: a name both clauses share is no event in common
