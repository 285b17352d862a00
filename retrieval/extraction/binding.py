"""Figures given to names, roles from the verbs (winner, opponent, "came third"), and the rank order."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.extraction import words as W
from retrieval.extraction.affiliations import aside
from retrieval.extraction.figures import _FIGURE_OF
from retrieval.extraction.numbers import _number_value, _share_value
from retrieval.extraction.opening import opening_figures
from retrieval.extraction.pairs import each, joined_before, ticket
from retrieval.extraction.records import _Cand, _Fig, _Run
from retrieval.extraction.text import alternation, fold_text, phrases
from retrieval.extraction.verbs import _CONTEXT, _LEAD, _WIN


def _clause_gap(s: str, a: int, b: int) -> str | None:
    """The text between two positions, or None when they are in different clauses."""
    gap = s[a:b]
    return None if ";" in gap else gap


def _before(s: str, runs: list[_Run], pos: int, max_words: int = 20, skip_possessor: bool = True) -> _Run | None:
    for run in reversed(runs):
        if run.end > pos:
            continue
        gap = _clause_gap(s, run.end, pos)
        if gap is None or len(gap.split()) > max_words:
            return None
        if skip_possessor and run.possessive and re.match(r"['’]s?\s+[a-z]", s[run.end : run.end + 5]):
            if not _POSSESSED.match(fold_text(s[run.end : run.end + 30])):  # not "Salazar's tally stood at"
                continue
        if run.affiliate or aside(s, run) or _TAKEN_FROM.search(fold_text(s[max(0, run.start - 24) : run.start])):
            continue  # "arrebató al PSOE el último escaño y queda con 137": the object holds nothing
        compared = _COMPARED_TO.search(fold_text(s[max(0, run.start - 24) : run.start]))
        if compared and not run.possessive and not _RELATIVE_OPENS.search(gap):
            continue  # "30 escaños, tres menos que Susana Díaz hace cuatro años, y el 24,09 %": what is compared to
        return run
    return None


_COMPARED_TO = re.compile(
    r"(?<![\w-])(?:than|(?:mas|menos)\s+(?:de\s+)?que|(?:mais|menos)\s+(?:do\s+)?que|do\s+que)\s+"
    r"(?:(?:the|el|la|los|las|o|a|os|as)\s+)?$"
)
# "menos do que o DP, que teve 18,70 %": the one compared to, holding figures of its own in a relative clause (or
# a possessive: "one more than the DPP's 51").
_RELATIVE_OPENS = re.compile(r"(?<![\w-])(?:que|who|which|that|quien|quienes)\s", re.IGNORECASE)
_TAKEN_FROM = re.compile(rf"(?<![\w-])(?:{alternation(phrases(W.TAKEN_FROM))})\s+(?:the\s+)?$")


def _after(s: str, runs: list[_Run], pos: int, max_words: int) -> _Run | None:
    """The first name after pos with at most max_words plain lowercase words between ("his opponent X")."""
    for n, run in enumerate(runs):
        if run.start < pos:
            continue
        gap = s[pos : run.start]
        owned = runs[n + 1] if run.possessive and n + 1 < len(runs) else None
        if owned is not None and _OWNED_GAP.fullmatch(s[run.end : owned.start]):
            run = owned  # "ahead of Emmanuel Lemoine's Élan", "for Ibarra's La Patria Avanza": the party
        if _TITLE_COMMA.search(fold_text(gap)):  # "for the outgoing president, Marko X": the title's name in apposition
            gap = gap.rstrip().rstrip(",")
        if re.search(r"[^\w\s'’-]", gap) or len(gap.split()) > max_words or re.search(r"\d", gap):
            return None
        return run
    return None


# Between a possessive name and the name it owns: "Lemoine's Élan", "Ibarra's La Patria Avanza".
_OWNED_GAP = re.compile(r"['’]s?\s+(?:(?:the|la|el|los|las|le|les|o|a|os|as)\s+)?", re.IGNORECASE)


def _from_owner(s: str, runs: list[_Run], run: _Run) -> int:
    """Where a name starts as said: at its owner when a possessive name owns it ("Ardit Kastrati's Democratic
    Party"), so the words before the owner are the ones that lead to it."""
    before = [r for r in runs if r.end <= run.start]
    owner = before[-1] if before else None
    if owner is not None and owner.possessive and _OWNED_GAP.fullmatch(s[owner.end : run.start]):
        return owner.start
    return run.start


_TITLE_COMMA = re.compile(rf"(?<![\w-])(?:{'|'.join(W.TITLES.split())})(?:\s+[a-z][\w-]*)?\s*,\s*$")


_POSSESSED = re.compile(
    rf"['’]s?\s+(?:{alternation(phrases({'en': W.POSSESSED_FIGURE}) + phrases({'en': W.POSSESSED_WIN}))})(?![\w-])"
)


def _past_parenthesis(s: str, pos: int) -> int:
    """Past a parenthesis a figure sits in or is followed by: "990,189 (23.9%) for X" reads as "990,189 for X"."""
    m = re.match(r"[^()]{0,14}\)|\s*\([^()]{0,24}\)", s[pos : pos + 40])
    return pos + m.end() if m else pos


def _bind(s: str, folded: str, runs: list[_Run], figs: list[_Fig], cands: dict[int, _Cand]) -> None:
    """Give each figure to the nearest name in its clause: after it for "45,5% de Peralta", else before it."""
    bound: dict[int, _Run] = {}

    def give(fig: _Fig, run: _Run) -> bool:
        cand = cands.setdefault(run.start, _Cand(run))
        if getattr(cand, fig.kind) is not None:
            return False
        setattr(cand, fig.kind, fig.value)
        bound[id(fig)] = run
        return True

    for fig in figs:  # "Ruiz beat Bravo, who took 40.2%": a relative clause's figure is its antecedent's
        head = _relative_head(s, folded, runs, fig.start)
        if head is not None and give(fig, head):
            continue
    for fig in figs:
        if id(fig) in bound:
            continue
        end, chained = _chain_end(s, folded, figs, fig, bound)
        nxt = _after(s, runs, end, 6)
        if (
            nxt is not None
            and (_FIGURE_OF.match(folded[end : _from_owner(s, runs, nxt)]) or _went_to(s, folded, runs, fig, end, nxt))
            and not (nxt.possessive and re.match(r"\s*\d", s[nxt.end + 2 :]))
            and not _JOINED_NEXT.search(folded, end, nxt.start)  # "el 52,62% de los votos y Karina Solís el 47%"
        ):
            if give(fig, nxt):
                for other in chained:
                    give(other, nxt)
                continue
        if fig.pair_first is not None and id(fig.pair_first) in bound:
            first_run = bound[id(fig.pair_first)]
            between = [r for r in runs if fig.pair_first.end <= r.start < fig.start]
            if not between:
                earlier = _before(s, runs, first_run.start)
                if earlier is not None and earlier is not first_run:
                    # "Ferrada beat Brandt 55.9% to 44.1%": the first figure goes to the first name
                    first_cand = cands[first_run.start]
                    setattr(first_cand, fig.kind, None)
                    give(fig.pair_first, earlier)
                    give(fig, first_run)
                    continue
                later = _after(s, runs, fig.end, 8)
                if later is not None and give(fig, later):
                    continue
                continue
        run = _before(s, runs, fig.start)
        if run is not None and _give_pair(s, folded, runs, fig, run, give):
            continue
        vote = _OF_THE_VOTE.match(folded, fig.end)  # "Obtuvo el 54 % de los votos la candidata Ana Ruiz"
        if vote is None and fig.kind == "seats":  # "Obtuvo 41 de los 90 escaños de la Asamblea Nacional el X"
            vote = _SEATS_TAIL.match(folded, fig.end)
        run = _after(s, runs, vote.end() if vote else fig.end, 4)
        if run is not None and run.possessive and re.match(r"['’]s?\s*\d", s[run.end : run.end + 6]):
            run = None  # "his rival had led with 1,908,516 votes to Ferrada's 1,759,982": Ferrada's is the second
        if run is None:
            run = _opening_subject(s, runs, figs, fig)
        if run is not None:
            give(fig, run)


# A figure's unit, then whom it went to: "762,451 votes for X", "47 escaños para el PSOE", "312.646 votos para Y".
_UNIT_FOR = re.compile(
    rf"\s*(?:{alternation(phrases(W.VOTES) + phrases(W.SEATS))})\s+"
    r"(?:for|para|went\s+to|going\s+to|fueron\s+para|foram\s+para)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?$"
)


def _went_to(s: str, folded: str, runs: list[_Run], fig: _Fig, end: int, nxt: _Run) -> bool:
    """Whether a figure's unit and "for" name whom it went to ("the officer, X, read out 762,451 votes for Y"),
    not what a name before it won them for: "Y polled 762,451 votes for the APC" is Y's. A verb before a colon is
    not the figure's: the colon opens the clause that tells it."""
    if not _UNIT_FOR.match(folded[end : nxt.start]):
        return False
    before = _before(s, runs, fig.start)
    if before is None:
        return True
    start = max(before.end, folded.rfind(":", before.end, fig.start))  # "reached the last line: 762,134 votes for Y"
    return not any(rx.search(folded, start, fig.start) for rx in (_CONTEXT, _WIN, _LEAD))


# A name joined after the figure's words opens a clause of its own: the figure is not "of" it.
_JOINED_NEXT = re.compile(r"(?<![\w-])(?:and|y|e)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?$")


_CHAIN_AGAINST = re.compile(
    r"(?:against|versus|vs\.?|frente al?|contra|ante)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?$"
)
# "for Y", and in es/pt the owner's "de Y" / "do PS" ("frente a los 10.580.716 votos, el 47,31 %, de Rodolfo
# Hernández"), which must be a name, not "de los votos".
_CHAIN_HOLDER = re.compile(r"(\s*,?\s*)(?:(?P<for>for|para|por|pela|pelo)\s|(?:de|del|do|da|dos|das)\s+(?=\S))")
# What follows the owner's "de"/"do": a name, perhaps after an article and a title of two lowercase words that
# count nothing ("do deputado estadual Bruno Tavares", "de la exministra Ana Ruiz"; not "de los votos de Y").
_NAMED_HOLDER = re.compile(
    r"(?:(?:el|la|los|las|o|a|os|as)\s+)?(?:(?!(?:votos?|validos|válidos|emitidos|papeletas|boletins|sufragios|total)\b)"
    r"[a-zà-ÿ][\w-]*\s+){0,2}[A-ZÀ-Ý]"
)
_CHAIN_GAP = re.compile(r"\s*,?\s*(?:(?:or|and|o|y|e|ou)\s+)?(?:(?:el|la|o|a|os|as)\s+)?")


def _chain_end(s: str, folded: str, figs: list[_Fig], fig: _Fig, bound: dict[int, _Run]) -> tuple[int, list[_Fig]]:
    """Where the figures that restate `fig` in another unit end, and those figures: in "against 42.1% and
    2,220,009 for Y" and "against 56,100, or 49.4 pct, for Y" the share and the votes are one contestant's,
    named after the last."""
    end, kinds, chained = _past_parenthesis(s, fig.end), {fig.kind}, []
    if not _CHAIN_AGAINST.search(folded[max(0, fig.start - 24) : fig.start]):
        return end, chained  # "Ruiz won 45% and 1,234,567 votes for the Greens": the party is hers, not a rival
    for nxt in figs:
        if nxt.start < end:
            continue
        vote = _OF_THE_VOTE.match(folded, end)
        gap = _CHAIN_GAP.match(folded, vote.end() if vote else end)
        if nxt.kind in kinds or gap is None or gap.end() != nxt.start or id(nxt) in bound:
            break
        kinds.add(nxt.kind)
        chained.append(nxt)
        end = _past_parenthesis(s, nxt.end)
    unit = _OF_THE_VOTE.match(folded, end)  # "or 4,520 votes, for No": the last figure's unit before its holder
    holder = _CHAIN_HOLDER.match(folded, unit.end() if unit else end)
    if holder is not None and holder.group("for") is None and not _NAMED_HOLDER.match(s, holder.end()):
        holder = None  # "frente al 43,1 % de los votos de Y": the "de" is the vote's
    if not chained or holder is None:  # "29% dos votos e 58 dos 183 lugares do Conselho": no holder named after
        return _past_parenthesis(s, fig.end), []
    return holder.end(1), chained  # "or 49.4 pct, for Y": past the comma that closes the restatement


def _give_pair(s: str, folded: str, runs: list[_Run], fig: _Fig, run: _Run, give: Callable[[_Fig, _Run], bool]) -> bool:
    """Give a figure to the name before it, or to the pair it ends: both for "X and Y each won 26 seats", the first
    for a ticket ("Ana Ruiz and Tomás Vélez had 24.9%")."""
    first = joined_before(s, runs, run)
    if first is not None and each(folded, run.end, fig.end):
        return give(fig, first) | give(fig, run)
    if first is not None and ticket(first, run) and give(fig, first):
        return True
    return give(fig, run)


# A seat figure's unit, its total and the chamber they are of: "de los 90 escaños de la Asamblea Nacional".
_SEATS_TAIL = re.compile(
    r"\s*(?:(?:of|out\s+of|de|dos|das|de\s+los|de\s+las)\s+(?:the\s+)?\d{1,4}\s+)?"
    rf"(?:{alternation(phrases(W.SEATS))})(?:\s+(?:of|in|de|da|do|del|en|na|no)\s+(?:(?:the|la|el|a|o)\s+)?"
    rf"(?:{'|'.join(W.INSTITUTIONS.split())})(?:\s+[a-z]+)?)?(?![\w-])"
)
_OF_THE_VOTE = re.compile(
    rf"\s*(?:(?:of|de|del|dos|do|das|da)\s+)?(?:{alternation(phrases(W.FIGURE_NOUN))}|votos|voto|vote|votes)"
    r"(?:\s+(?:validos|validas|valid|emitidos|cast))?(?![\w-])"
)


_RELATIVE = re.compile(
    rf"^\s*[,(]\s*(?:{alternation(W.RELATIVE.split())})\s+(?:[a-z][\w'’-]*\s+){{1,4}}?"
    r"(?:(?:with|con|com|on|at)\s+)?(?:(?:the|el|la|o|a)\s+)?$"
)


def _relative_head(s: str, folded: str, runs: list[_Run], pos: int) -> _Run | None:
    """The name a relative clause holding a figure is about: "Bravo, who took 40.2%", "González, que alcanzó
    48,17 %", "Soares «Mau-Lear», que obteve 37,90%" (a nickname after the name is part of it)."""
    before = [r for r in runs if r.end <= pos]
    if not before:
        return None
    run = before[-1]
    if run.affiliate and len(before) > 1 and re.fullmatch(r",\s*[^,]{1,30}", s[before[-2].end : run.start]):
        run = before[-2]  # "Claudia Montoya, de Vanguardia, que obtuvo 38 %": the party is the person's, not the head
    if (
        len(before) > 1
        and re.fullmatch(r"\s*[«\"“(]?\s*", s[before[-2].end : run.start])
        and s[run.end : run.end + 1] in '»"”)'
    ):
        run = before[-2]  # "Francisco Soares «Mau-Lear», que ...": the nickname is not the head
        end = s.find(",", run.end)
    else:
        end = run.end
    if end < 0 or not _RELATIVE.match(folded[end:pos].lstrip('»"”)')):
        return None
    return run


def _opening_subject(s: str, runs: list[_Run], figs: list[_Fig], fig: _Fig) -> _Run | None:
    """The subject after an opening phrase that holds the figure: "With 52.1% of the vote, Arriola won",
    "Con el 48 % de los votos, Ruiz se impuso", "Com 51% dos votos, Reis foi eleita" (`opening`)."""
    opening = opening_figures(s, figs)
    if opening is None or fig not in opening[1]:
        return None
    comma = opening[0]
    if any(r.start < comma for r in runs):
        return None
    return _after(s, runs, comma + 1, 2)


def _ranked(cands: list[_Cand]) -> list[_Cand]:
    """Rank order: by the figures when every contestant has a comparable one, else by the verbs' roles."""
    for kind, value in (("share", _share_value), ("seats", _number_value), ("votes", _number_value)):
        if cands and all(getattr(c, kind) for c in cands):
            return sorted(cands, key=lambda c: (-value(getattr(c, kind)), c.role or 9, c.run.start))
    return sorted(
        cands,
        key=lambda c: (
            c.role or (1 if c.share or c.seats or c.votes else 9),
            -(_share_value(c.share) if c.share else _number_value(c.seats or c.votes or "0")),
            c.run.start,
        ),
    )
