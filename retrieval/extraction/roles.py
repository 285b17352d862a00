"""Roles from the verbs: who won, who led, who lost, who came second or third, and who a role stands for."""

from __future__ import annotations

import re

from retrieval.extraction import words as W
from retrieval.extraction.binding import _after, _before, _past_parenthesis, _ranked
from retrieval.extraction.figures import _MARGIN
from retrieval.extraction.names import _runs
from retrieval.extraction.ordinal_rank import ordinal_ranks
from retrieval.extraction.pairs import joined_before
from retrieval.extraction.persons import _candidates_of, _last_word, _person, _role_only
from retrieval.extraction.records import _Cand, _Fig, _Read, _Run
from retrieval.extraction.text import ARTICLE, alternation, fold_text, phrases
from retrieval.extraction.verbs import _AGAINST, _AUTHORITY_VERB, _LEAD, _LOSS, _NOT_WIN, _RANKS, _SURPASS, _WIN

_POSSESSED_WIN = re.compile(rf"['’]s?\s+(?:{alternation(phrases({'en': W.POSSESSED_WIN}))})(?![\w-])")


_IN_RELATIVE = re.compile(rf"[,(]\s*(?:{alternation(W.RELATIVE.split())})\s+(?:[a-z][\w'’-]*\s+){{0,2}}$")


_OVER = re.compile(
    r"\s*(?:points?\s+|puntos?\s+|pontos?\s+|porcentuales\s+|percentuais\s+)*(?:over|ahead\s+of|sobre|a|al)\s"
)


_WINNER_NOUN = re.compile(rf"\s*,?\s*{ARTICLE}?(?:{alternation(phrases(W.WINNER_NOUNS))})(?![\w-])")


_TAKES_OFFICE = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.TAKES_OFFICE))})(?![\w-])")


# "the victory of X": X won; at the end of the gap between an authority's verb and X ("proclamó la victoria de X").
_VICTORY_OF = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.VICTORY_OF))})\s+")
_VICTORY_OF_END = re.compile(rf"{_VICTORY_OF.pattern}$")


def _roles(s: str, folded: str, runs: list[_Run], cands: dict[int, _Cand], read: _Read) -> None:
    """Ranks from the verbs: a winner or leader is 1, an opponent 2, "came third" 3."""
    not_win = [(m.start(), m.end()) for m in _NOT_WIN.finditer(folded)]
    relative: list[tuple[_Run, bool]] = []

    def free(m: re.Match[str]) -> bool:
        return not any(a <= m.start() < b for a, b in not_win)

    def mark(run: _Run | None, rank: int) -> None:
        if run is None:
            return
        cand = cands.setdefault(run.start, _Cand(run))
        if cand.role is None or rank < cand.role:
            cand.role = rank
        read.ranked_by_verb = True

    for m in _AUTHORITY_VERB.finditer(folded):  # "the commission declared Kiprono (50.5%) the winner"
        run = _after(s, runs, m.end(), 4)
        if run is None:
            continue
        gap = folded[m.end() : run.start]
        if (len(gap.split()) <= 1 and _WINNER_NOUN.match(folded, _past_parenthesis(s, run.end))) or (
            _VICTORY_OF_END.search(gap) or re.fullmatch(r"\s+a\s+", gap)  # "proclamó la victoria de X", "proclamó a X"
        ):
            read.declared = True
            mark(run, 1)
    for run in runs:  # "the court confirmed Benali's re-election", "Ruiz's victory"
        if run.possessive and _POSSESSED_WIN.match(fold_text(s[run.end : run.end + 20])):
            read.declared = True
            mark(run, 1)
    for m in _LOSS.finditer(folded):
        if free(m):
            read.declared = True
            mark(_before(s, runs, m.start(), 12), 2)
            mark(_after(s, runs, m.end(), 3), 1)
    for m in _SURPASS.finditer(folded):  # "Duarte superó a Hernández": ahead; a win only in a complete count
        subject, opponent = _before(s, runs, m.start(), 12), _after(s, runs, m.end(), 3)
        if subject is not None and opponent is not None:
            read.surpassed = True
            mark(subject, 1)
            mark(opponent, 2)
    for rx, declared in ((_WIN, True), (_LEAD, False)):
        for m in rx.finditer(folded):
            if not free(m) or any(
                a <= m.start() < b for a, b in ((x.start(), x.end()) for x in _LOSS.finditer(folded))
            ):
                continue
            subject = _before(s, runs, m.start(), 12)
            if subject is None:  # "Ganó Brandt con el 58%", "Venceu Zeca"
                subject = _after(s, runs, m.end(), 1)
            if subject is not None and _IN_RELATIVE.search(folded, 0, m.start()):
                relative.append((subject, declared))  # "Bravo, who won 4.1 million votes": maybe not the winner
            elif subject is not None:
                read.declared = read.declared or declared
                mark(subject, 1)
    for m in _AGAINST.finditer(folded):
        opponent = _after(s, runs, m.end(), 3)
        if opponent is not None and opponent.start in cands and cands[opponent.start].role == 1:
            continue
        mark(opponent, 2)
    for m in _WIN.finditer(folded) if " votes " in folded or " votos " in folded else ():
        opponent = next((r for r in runs if r.start >= m.end()), None)
        if opponent is not None and _LEAD_OVER.fullmatch(folded, m.end(), opponent.start):
            mark(opponent, 2)  # "ganó por 44.000 votos a Lucía Mena"
    margin = _MARGIN.search(folded)
    if margin is not None:  # "X finished with a lead of 32 points over Y", "X aventajaba en 10 puntos a Y"
        opponent = _after(s, runs, margin.end(), 3)
        if opponent is not None and _OVER.match(folded, margin.end()):
            leader = _before(s, runs, margin.start(), 12)
            if leader is not None and not any(c.role == 1 for c in cands.values()):
                mark(leader, 1)
            mark(opponent, 2)
    for rank, rx in _RANKS.items():
        for m in rx.finditer(folded):
            ranked = _before(s, runs, m.start(), 10)
            mark(ranked or _after(s, runs, m.end(), 3), rank)
            if ranked is not None and _SHARED_RANK.search(m.group()):  # "X y Y quedaban terceros": both third
                mark(joined_before(s, runs, ranked), rank)
    for rank, start, end in ordinal_ranks(folded):  # "X came sixth", "quedó en quinto lugar", "arrive deuxième"
        mark(_before(s, runs, start, 10) or _after(s, runs, end, 3), rank)
    if not any(c.role == 1 for c in cands.values()):  # a relative clause's win counts when nothing else ranks
        for subject, declared in relative:
            read.declared = read.declared or declared
            mark(subject, 1)


# A place phrase told of two or more ("quedaban terceros", "ficaram em terceiro", "finished joint third").
_SHARED_RANK = re.compile(rf"(?<![\w-])(?:{'|'.join(W.RANK_SHARED.split())})(?![\w-])")


_WITH_BEFORE = re.compile(r"(?:with|con|com)\s+(?:(?:the|el|la|o|a)\s+)?$")
# Only a comma and "with" after the beaten name: an absolute phrase of the whole clause, so the subject's ("Arriola
# beat the outgoing president, Bravo, with 52%", "derrotó al presidente saliente, Bravo, con el 52 %").
# A lead the win is by may come between ("Arriola beat Bravo by 44,000 votes, with 52%").
_COMMA_WITH = re.compile(r"\s*(?:(?:by|por)\s+[^;()]{1,40}?\s*)?,\s*(?:with|con|com)\s+(?:(?:the|el|la|o|a)\s+)?")
# "X ganó por 44.000 votos a Y", "X won by 44,000 votes over Y": the name after a win's lead is the beaten one.
_LEAD_OVER = re.compile(
    r"\s+(?:by|por)\s+(?:[a-z]+\s+){0,3}?\d[\d.,]*(?:\s+(?:mil|thousand|million|millones|milhoes))?\s+(?:votes|votos)"
    r"\s+(?:over|a|al|sobre)\s+$"
)


def _winner_with(folded: str, figs: list[_Fig], cands: dict[int, _Cand]) -> None:
    """ "X defeated Y in the runoff with 53.6%": a figure after "with" that follows the beaten opponent is the
    winner's, when the winner has none ("Ruiz derrotó a Bravo con el 53 %", "Reis derrotou Costa com 53%")."""
    winner = next((c for c in cands.values() if c.role == 1), None)
    loser = next((c for c in cands.values() if c.role == 2 and c.run.start > (winner.run.start if winner else 0)), None)
    if winner is None or loser is None or winner.share is not None or loser.share is None:
        return
    held = {c.share for c in cands.values()}
    free = [f for f in figs if f.kind == "share" and f.start > loser.run.end and f.value not in held]
    if free and _WITH_BEFORE.search(folded, 0, free[0].start) and free[0] is figs[-1]:
        winner.share = free[0].value  # "Arriola beat Bravo, who took 44.1%, with 55.9%": the last, unheld figure
        return
    fig = next((f for f in figs if f.kind == "share" and f.start > loser.run.end), None)
    if fig is None or fig.value != loser.share or not _WITH_BEFORE.search(folded, 0, fig.start):
        return
    if any(r.start > loser.run.end and r.end <= fig.start for r in (c.run for c in cands.values())):
        return
    gap = folded[loser.run.end : fig.start]
    if not _COMMA_WITH.fullmatch(gap) and re.search(r"[,;(]|\b(?:who|which|que|quien|quem)\b", gap):
        return  # "Arriola beat Bravo, who finished with 40.2%": the figure is the opponent's
    winner.share, loser.share = loser.share, None


def _resolve_roles(read: _Read, previous: str) -> _Read | None:
    """A winner described only by a role ("the Harbour Party candidate won ...") is that party's candidate as
    the sentence before names them, when it names exactly one; it stands as the party only when neither sentence
    names a person. Otherwise the role is dropped, and with it the result when the role held the lead."""
    roles = [c for c in read.cands if c.role_only]
    if not roles:
        return read
    named = _candidates_of(previous) if previous else {}
    prev_runs = _runs(previous) if previous else []
    prev_persons = any(_person(r) for r in prev_runs)
    lead = _ranked(read.cands)[0]
    only = _only_person(previous, prev_runs, named) if len(roles) == 1 else None
    if only is not None and _last_word(only) in {_last_word(p) for p in read.persons}:
        only = None  # the one winner is named here too, so the role is someone else's
    for c in roles:
        persons = named.get(fold_text(c.run.text), set())
        if not persons and only is not None:
            persons = {only}  # "Lemos foi eleito. ... 41,2% para o candidato do Partido do Porto": the one person
        if len(persons) == 1:
            name = next(iter(persons))
            c.run = _Run(c.run.start, c.run.end, name)
        elif read.persons or prev_persons:
            if c is lead:
                return None
            read.cands = [x for x in read.cands if x is not c]
    return read


def _only_person(sentence: str, runs: list[_Run], named: dict[str, set[str]]) -> str | None:
    """The one person a sentence names as a winner ("Peña foi eleito presidente", "X será el próximo presidente",
    "confirmou a vitória de X"), when it names no party's candidate, no role and no loss; None otherwise."""
    folded = fold_text(sentence)
    said_won = _WIN.search(folded) or _TAKES_OFFICE.search(folded) or _VICTORY_OF.search(folded)
    if named or not said_won or _LOSS.search(folded):
        return None
    if any(_role_only(sentence, r) for r in runs):
        return None
    persons = {r.text for r in runs if _person(r)}
    return persons.pop() if len(persons) == 1 else None
