"""Which round a figure or a sentence is of: the reader's round words ("first round", "segunda vuelta", "segundo
turno"), a runoff avoided (the first round), a round named as a clause's or a sentence's setting, a runoff reached or
missed (decided by the first round), a round named once and then by its ordinal alone. A round after a figure is its
own only as its complement ("31,6% da primeira volta", "49.09% of the runoff vote"), never a round of a clause joined
after it ("con el 32,06 % y se impuso en el balotaje"); a runoff reached before a figure ("passou ao segundo turno com
43,20%") gives it the first round; a relative clause on a round named just before it ("…de la primera vuelta, en la que
Duarte había obtenido el 40,32 %") is of that round."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.citations.numbers import phrases
from bot.citations.text import fold_same
from retrieval.extraction import words as W

if TYPE_CHECKING:
    from bot.citations.figures import Figure


# Rounds: "in the first round", "en la segunda vuelta", "da primeira volta"; a runoff avoided is the first round.
# The reader's round words, and other ways of saying them ("primera ronda", "primer turno", "segunda ronda").
ROUNDS = re.compile(
    rf"\b(?P<one>{phrases(W.ROUND['first'], 'primera ronda, primer turno')})\b|"
    rf"\b(?P<two>{phrases(W.ROUND['runoff'], 'runoffs, run-offs, segunda ronda')})\b"
)


_NO_ROUND = re.compile(
    r"\b(without|avoiding|avoided|avoid|avoids|no need for|sin|evitando|evito|evitar|evita|sem|evitou|dispensando|"
    r"sans|evitant|evite|eviter|"
    # a runoff not needed: "did not need a runoff", "no necesitó una segunda vuelta", "não precisou de segundo turno"
    r"(did not|didn't|never|no|nao|nunca) (need|needed|necesito|necesitaba|precisou|precisava|necessitou)|"
    # a runoff that will not be held: "no habrá segunda vuelta", "não haverá segundo turno", "there will be no runoff",
    # "il n'y aura pas de second tour"
    r"(no|nao) (habra|habria|hubo|hay|havera|haveria|houve|ha)|there (will|would) be no|there (is|was) no|"
    r"n'y (aura|aurait|a|avait) pas de)\b"
    r"( \w+){0,3}\s+$"
)


# A runoff avoided as a condition ("the 55% needed to avoid a runoff", "para evitar la segunda vuelta"): no result's.
_AVOID_NEEDED = re.compile(r"\b(to|para|pour|a fin de|in order to) (avoid|evitar|eviter)\b")


def round_number(folded: str, m: re.Match[str], since: int = 0) -> int:
    """1 for a first round (or a runoff said to be avoided: "sin necesidad de segunda vuelta"), 2 for a runoff."""
    if m.group("two") and _NO_ROUND.search(folded[max(since, m.start() - 30) : m.start()]):
        return 1
    if re.fullmatch(r"run-?offs?|second round", m.group()) and re.search(
        r"\bno\s+$", folded[max(since, m.start() - 4) : m.start()]
    ):
        return 1  # "No runoff was needed": the English word only (Portuguese "no segundo turno" is "in the runoff")
    return 1 if m.group("one") else 2


_FIG_CLAUSE = re.compile(r"[;:]|[.,]\s|\s[-–—]\s")


_NEXT_FIGURE = re.compile(r"(?<![\w.,])\d")


def _round_near(folded: str, start: int, end: int) -> int | None:
    """The round of a figure's clause: named after it ("31,6% da primeira volta") before any other figure, else
    before it in the clause."""
    if (elided := _ELIDED_ROUND.match(folded, end)) and ROUNDS.search(folded):
        # "de 51,90% na primeira volta para 61,14% na segunda": the round's noun left out after an ordinal
        return _ORDINAL_ROUND[elided.group("o")]
    stops = [m.start() for m in _FIG_CLAUSE.finditer(folded, end)]
    # a round after another figure is that figure's ("21.3% from about 20% in the first round": the 20%)
    stops += [m.start() for m in _NEXT_FIGURE.finditer(folded, end)][:1]
    stop = min(stops) if stops else len(folded)
    begin = max((m.end() for m in _FIG_CLAUSE.finditer(folded, 0, start)), default=0)
    # a round after the figure is its own only as its complement ("31,6% da primeira volta", "44% in the runoff"),
    # never one of a clause joined after it ("con el 32,06 % y se impuso en el balotaje")
    after = [m for m in ROUNDS.finditer(folded, end, stop) if _ROUND_AFTER.fullmatch(folded, end, m.start())]
    if not after and ROUNDS.search(folded) and (elided := _ELIDED_BEFORE.search(folded, max(0, start - 40), start)):
        return _ORDINAL_ROUND[elided.group("o")]  # "won the runoff after finishing second in the first with 33.7%"
    # a round before it that is another figure's complement is that figure's: "went from 29.56% in the first round to
    # 52.70% in the decisive vote" (the 29.56%)
    before = [m for m in ROUNDS.finditer(folded, begin, start) if not _complement_of_figure(folded, begin, m.start())]
    found = [*after, *reversed(before)]
    if not found and _IN_WHICH.match(folded, begin):
        # a relative clause on a round named just before it: "…de la primera vuelta, en la que Duarte había obtenido el
        # 40,32 %", "the first round, in which he took 40.3%"
        found = [
            m for m in ROUNDS.finditer(folded, max(0, begin - 40), begin) if not folded[m.end() : begin].strip(" ,")
        ]
    if not found:
        return None
    if found[0].start() < start and _TO_RUNOFF.search(folded[max(begin, found[0].start() - 30) : found[0].start()]):
        return 1  # "passou ao segundo turno com 43,20%": a runoff reached, with the first round's figure
    return round_number(folded, found[0], begin)


_IN_WHICH = re.compile(
    r"\s*(en la que|en el que|en la cual|en el cual|in which|where|donde|em que|na qual|no qual|onde)\b"
)
_ROUND_AFTER = re.compile(
    r"\s*(%|per ?cent|percent|por ?ciento|por ?cento)?\s*((of|de|dos|das) (the |los |las |os |as )?(valid |validos )?"
    r"(votes?|votos?|ballots|voix|suffrages)( validos| validos| exprimes)?\s+)?"
    r"(in|en|na|no|da|de|del|do|at|of|on|em|for|para|au|du|dans)\s+(the |la |el |o |a |su |sua |its |their |le )?"
)


# A figure's round as its complement, then where a change went: "29.56 percent in the first round to", "del 29,6 % en
# la primera vuelta al".
_OTHER_END = re.compile(
    rf"{_ROUND_AFTER.pattern}({ROUNDS.pattern})\s+(to|a|al|para|hasta|ate|jusqu'a|au)\s+((the|el|la|o|a|os|as|les?)\s+)?"
)
_FIGURE_END = re.compile(r"\d(?![\d.,]*\d)")


def _complement_of_figure(folded: str, begin: int, at: int) -> bool:
    """Whether the round named at `at` is the complement of a figure before it in its clause ("29.56% in the first
    round"), so of that figure, not of a later one."""
    ends = [m.end() for m in _FIGURE_END.finditer(folded, begin, at)]
    return bool(ends) and bool(_ROUND_AFTER.fullmatch(folded, ends[-1], at))


# Reaching or missing a runoff ("pasó a la segunda vuelta", "ficou fora do segundo turno", "advanced to the runoff")
# is decided by the first round: a figure stated with it is the first round's.
_TO_RUNOFF = re.compile(
    r"\b(advanced|advances|advancing|qualified|qualifies|made it|went through|goes through|out of|missed|misses|"
    r"paso|pasa|pasan|pasaron|clasifico|clasificaron|fuera de|quedo fuera de|passou|passa|passam|passaram|"
    r"fora d[oe]|classificou|classificaram)\s+((to|for|into|a|al|ao|para|en|em)\s+)?((the|el|la|o|a)\s+)?$"
)


def sentence_rounds(text: str, figures: list[Figure]) -> None:
    """A drafted sentence naming one round ("La abstención en la segunda vuelta fue del 31,6 %") states its figures
    for that round, unless a figure's clause names its own; a runoff reached or missed is the first round's."""
    folded = fold_same(text)
    rounds = {
        1 if _TO_RUNOFF.search(folded[max(0, m.start() - 30) : m.start()]) else round_number(folded, m)
        for m in ROUNDS.finditer(folded)
    }
    if rounds:  # "…liderou o primeiro turno com 31,06%, venceu o segundo com 56,41%": the other round, by its ordinal
        for m in _VERB_ORDINAL.finditer(folded):
            rounds.add(_ORDINAL_ROUND[m.group("o")])
            begin = max((c.end() for c in _FIG_CLAUSE.finditer(folded, 0, m.start())), default=0)
            for fig in figures:
                if (
                    fig.round is None
                    and m.end() <= fig.start
                    and begin <= m.start()
                    and not _FIG_CLAUSE.search(folded, m.end(), fig.start)
                ):
                    fig.round = _ORDINAL_ROUND[m.group("o")]
    if rounds:  # "…, tras quedar segunda en la primera con el 33,7 %": the round's noun left out before the figure
        for fig in figures:
            if fig.round is None and fig.kind in ("share", "count", "points"):
                if before := _ELIDED_BEFORE.search(folded, max(0, fig.start - 40), fig.start):
                    fig.round = _ORDINAL_ROUND[before.group("o")]
    if len(rounds) == 1:
        # "went from 29.56% in the first round to 52.70% in the decisive vote": the round one end of a change is said
        # of is not the other end's
        ends = {id(b) for a, b in pairwise(figures) if _OTHER_END.fullmatch(folded, a.end, b.start)}
        for fig in figures:
            if fig.round is None and fig.kind in ("share", "count", "points") and id(fig) not in ends:
                elided = _ELIDED_ROUND.match(folded, fig.end)
                fig.round = _ORDINAL_ROUND[elided.group("o")] if elided else next(iter(rounds))


# A round named once and then by its ordinal alone: "en la segunda vuelta fue del 44,98 %, frente al 60,08 % de la
# primera", "na segunda volta…, contra 52,3% na primeira", "in the runoff…, against 60.1% in the first".
_ELIDED_ROUND = re.compile(
    r"\s*(%|per ?cent|por ?ciento|por ?cento)?\s*(de la|en la|del|en el|da|na|do|no|in the|of the|at the|au|du)\s+"
    r"(?P<o>primera|primer|primeira|primeiro|first|segunda|segundo|second|premier|deuxieme)\b(?!\s*\w)"
)


# The same, the ordinal before the figure it sets: "en la primera con el 33,7 %", "in the first with 33.7%", "na
# primeira, com 33,7%", "au premier avec 33,7 %".
_ELIDED_BEFORE = re.compile(
    r"\b(en la|en el|in the|na|no|au|at the)\s+(?P<o>primera|primer|primeira|primeiro|first|segunda|segundo|second|"
    r"premier|deuxieme)\s*,?\s+(con|with|com|avec|on)\s+(el |la |o |a |the )?$"
)


# A round won, lost or led, named by its ordinal alone after a sentence named a round ("venceu o segundo com 56,41%",
# "won the second with 52%", "ganó la segunda con el 55 %"); never a place ("foi o segundo", "quedó segunda").
_VERB_ORDINAL = re.compile(
    r"\b(won|wins|lost|led|venceu|ganhou|perdeu|liderou|disputou|gano|perdio|lidero|disputo)\s+(o|a|el|la|the)\s+"
    r"(?P<o>primera|primer|primeira|primeiro|first|segunda|segundo|second)(?=\s*(,|con\b|com\b|with\b|por\b|by\b|$|\.))"
)


_ORDINAL_ROUND = {"primera": 1, "primer": 1, "primeira": 1, "primeiro": 1, "first": 1, "segunda": 2, "segundo": 2,
                  "second": 2, "premier": 1, "deuxieme": 2}  # fmt: skip


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


# A round opening a sentence as its setting ("In the first round, …", "No primeiro turno, …", "En la segunda vuelta,
# …") is the round of all of it; a round inside an aside ("X, who led the first round, won…") or a time clause
# ("after the first round") is not the setting of what follows.
_OPENING_ROUND = re.compile(
    r"\W*(in|at|on|during|en|durante|no|na|em|a|the|el|la|o|au|lors du|lors de|dans)\s+((the|el|la|o|a|le)\s+)?$"
)


_ASIDE_BEFORE = re.compile(
    r"\b(who|which|whose|after|before|since|following|que|quien|cuyo|tras|despues|antes|desde|apos|depois|desde)\b"
)


# A runoff still to come ("ahead of the runoff", "disputarán la segunda vuelta", "will face Y in the runoff") is
# not the round of the figures around it: those are of the round already held.
_AHEAD = re.compile(
    r"\b(ahead of|going into|heading into|head into|toward|towards|will|would|face|faces|meet|meets|de cara a|"
    r"rumbo a|rumo a|rumo ao|disputar\w*|enfrentar\w*|ira|iran|irao|vai|vao|van a|va a|para|for)\b"
    # nor one a figure is compared with ("Compared with the first round, turnout rose…")
    r"|\b(compared|comparison|comparad[oa]s?|than|unlike|like|as in|relative to|respecto|frente a|en relacion|"
    r"em relacao|ao contrario|a diferencia|como en|como na|como no|igual que|versus|vs)\b"
)


def passage_rounds(text: str, figures: list[Figure]) -> None:
    """In a source, a figure whose clause names no round is of the one round its sentence names before it, past a
    comma or a colon ("In the first round, nobody won a majority: X had 49.09%"; "re-elected in the runoff on
    27 October, with 59.35%"), unless that round sits in an aside or a time clause ("after the first round")."""
    folded = fold_same(text)
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(folded)), len(folded)]
    for a, b in pairwise(starts):
        found = list(ROUNDS.finditer(folded, a, b))
        if len({round_number(folded, m, a) for m in found}) != 1:
            continue
        m = found[0]
        if (
            m.group("two")
            and round_number(folded, m, a) == 1
            and all(f.group("two") for f in found)
            and not _AVOID_NEEDED.search(folded[max(a, m.start() - 40) : m.start()])
        ):
            # a runoff avoided ("won with 51.4%, avoiding a runoff", "sin necesidad de segunda vuelta") says the
            # sentence's result is the first round's, wherever its figures stand
            for fig in figures:
                if fig.round is None and a <= fig.start < b and fig.kind in ("share", "count"):
                    fig.round = 1
            continue
        clause = re.split(r"[,;:()]|\s[-–—]\s", folded[a : m.start()])[-1]
        if _ASIDE_BEFORE.search(clause) or _AHEAD.search(folded[a : m.start()]):
            continue
        round_ = 1 if _TO_RUNOFF.search(folded[max(a, m.start() - 30) : m.start()]) else round_number(folded, m, a)
        for fig in figures:
            if fig.round is None and a <= fig.start < b and fig.start > m.end() and fig.kind in ("share", "count"):
                fig.round = round_


def sentence_round(folded: str, start: int) -> int | None:
    """The round a sentence around `start` opens with as its setting ("In the first round, none of the eight
    won a majority"), or None."""
    a = max(folded.rfind(". ", 0, start) + 1, 0)
    for m in ROUNDS.finditer(folded, a, start):
        if _OPENING_ROUND.fullmatch(folded[a : m.start()]) and folded[m.end() : start].find(",") >= 0:
            return round_number(folded, m, a)
        break
    return None
