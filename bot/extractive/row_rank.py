"""Who finished k-th: the place a report states in words ("queda tercero"), else the order of every
contestant's figure across the election's rows, since no single sentence need list the first three.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extractive.completed_count import share_counted
from bot.extractive.row_facts import FIELDS, by_figure, figure_value, sentence_names
from retrieval.chunking import split_sentences
from retrieval.extraction.text import word_then
from retrieval.places import normalize
from retrieval.resolve import agree, contestant_key, measure_of, strength, surname
from retrieval.results import ORDINAL_WORDS, ORDINAL_WORDS_BY_LANGUAGE, ResultRow


def ranking(rows: list[ResultRow], field: str | None = None) -> list[tuple[str, float, ResultRow]]:
    """Every contestant of the election's rows by one measure for all (`measure_of`: shares, or a parliament's
    seats), its figure from the strongest count that gives one: the order a "who came third?" reads, even when
    no single sentence lists the first three. Only one contestant can hold more than half of one vote (of the
    shares; of the seats of a house whose size a report states): a second majority is the first one again,
    under another name (a running mate, the party, another language) or rounded ("at least 57 per cent"),
    never a place of its own; and no party holds every seat of a house others win seats in. A row listing the
    parts of another contestant's figure (a coalition's members) places none of them."""
    field = field or measure_of(rows)
    key_of = contestant_key(rows)  # "Prabowo" in one report is "Prabowo Subianto" of another
    half = _half_of(rows, field)
    best: dict[str, tuple[str, float, ResultRow]] = {}
    for row in sorted(rows, key=strength, reverse=True):
        if field and _parts(row, rows, field, key_of):
            continue
        for c in row.contestants:
            value = figure_value(c, field) if field else None
            if value is None or (field == "share" and share_counted(c.name, row)):
                continue  # how much was counted ("Totalizados 100%"), read as a contestant's share
            key = key_of(c.name)
            if half is not None and value > half and any(v > half for _, v, _ in best.values()):
                continue
            if half is not None and field == "seats" and value >= 2 * half:
                continue  # every seat of the house: its size read as a party's ("dos 120 lugares do Knesset")
            # One contestant written two ways (a name, a party, another language) gives the same figure.
            if key not in best and not any(abs(value - v) < 1e-9 for _, v, _ in best.values()):
                best[key] = (c.name, value, row)
    return sorted(best.values(), key=lambda item: -item[1])


def _parts(row: ResultRow, rows: list[ResultRow], field: str, key_of: Callable[[str], str]) -> bool:
    """Whether a row lists the parts of another contestant's figure, not places of the order: its sentence names
    a contestant it does not list, with the figure another row gives him, and its own figures add up to no more
    ("the Unity Front finished first with 82: the PLR won 40, the MDS 31 and Verdes eight" lists a coalition's
    members)."""
    own = {key_of(c.name) for c in row.contestants if getattr(c, field)}  # one named with no figure is not listed
    figures = [v for c in row.contestants if (v := figure_value(c, field)) is not None]
    if len(figures) < 2:
        return False
    stated = {m.group() for m in re.finditer(r"\d+(?:[.,]\d+)?", row.sentence)}
    for other in rows:
        for c in other.contestants:
            whole = figure_value(c, field)
            if whole is None or key_of(c.name) in own or sum(figures) > whole + 1e-9:
                continue
            if getattr(c, field) in stated and sentence_names(c.name, row.sentence):
                return True
    return False


# The size of a house a report states: "the 465-seat House", "316 of the 465 seats", "das 465 cadeiras", "of the
# Knesset's 120 seats", "num parlamento de 57 lugares".
_HOUSE = re.compile(
    r"\b(?:of|de|das|dos|del)\s+(?:the\s+|los\s+|las\s+|os\s+|as\s+)?(?:[\w-]+['’]s\s+)?(\d{2,4})\s+"
    r"(?:seats|escanos|cadeiras|lugares|bancas|curules|asientos)\b|\b(\d{2,4})-(?:seat|member)\b"
)


def _half_of(rows: list[ResultRow], field: str) -> float | None:
    """Half of what one vote can give: 50 of the shares; half the seats of the largest house a report of the
    election states, when no contestant is given more (a region's "30 of the 40 seats in the north" sizes no
    house); None for vote counts, or seats of a house no report sizes."""
    if field == "share":
        return 50.0
    if field != "seats":
        return None
    most = max((figure_value(c, field) or 0.0 for r in rows for c in r.contestants), default=0.0)
    sizes = [int(n) for r in rows for m in _HOUSE.finditer(normalize(r.sentence)) for n in m.groups() if n]
    size = max(sizes, default=0)
    return size / 2 if size >= most > 0 else None


# The words of a place in the order: an ordinal said of a finish ("queda tercero", "arrives in second
# position", "Third place went to X", "em terceiro lugar ficou X"), never of a round or a term ("second round").
# A ticket or a pair finishes in the plural: "X y su compañero de fórmula quedaban terceros", "ficaram em segundos".
_ORDINALS = {
    k: "|".join(
        sorted(
            {
                f
                for words in ORDINAL_WORDS_BY_LANGUAGE.values()
                for w, n in words.items()
                if n == k
                for f in (w, w + "s" if w[-1] in "oae" else w)
            },
            key=len,
            reverse=True,
        )
    )
    for k in (2, 3, 4, 5)
}

_FINISH = (
    r"came|comes|coming|finished|finishes|finishing|placed|ended|ends|was|is|were|are|arrives|arrived|queda|quedo|"
    r"quedaba|quedaban|quedaron|quedaria|termino|termina|terminaba|terminaron|llego|llega|llegaron|fue|es|fueron|son|"
    r"ubico|ficou|fica|ficava|ficaram|terminou|terminaram|chegou|chega|chegaram|foi|foram|termine|terminent|arrive|"
    r"arrivent|finit|classe|classent|est|sont|etait"
)

# A fall to a place: "slumped to third", "fell to third place", "cae a la tercera posición", "caiu para o terceiro
# lugar" (its article allowed: a fall is never "the second woman to…").
_FALL = (
    r"(?:slumped|slumps|fell|falls|dropped|drops|slipped|slips|sank|sinks|tumbled|cayo|cae|bajo|baja|retrocedio|"
    r"retrocede|caiu|cai|desceu|desce|recuou)\s+(?:back\s+)?(?:to|into|a|al|hasta|para|ao)\s+"
    r"(?:the\s+|la\s+|el\s+|o\s+|a\s+)?"
)

_NOT_A_FINISH = r"(?![\s-]+(?:round|vuelta|volta|turno|tour|term|mandato|time|vez|largest|biggest|most|mayor|maior))"


def _stated_place(row: ResultRow, k: int) -> str | None:
    """The contestant a row's sentence says finished k-th, in words: the contestant named nearest the ordinal
    of a finish in the same sentence (before it, "X queda tercero", or after it, "Third place went to X",
    "Quedó tercero el presidente del Parlamento, X"); None when it says none."""
    words = _ORDINALS.get(k)
    if words is None or not row.contestants:
        return None
    finish = re.compile(
        rf"\b(?:(?:(?:{_FINISH})\s+(?:up\s+)?(?:(?:in|en|em|a|de)\s+)?(?:(?:a|um|una|un)\s+)?|{_FALL})"
        rf"(?:distant\s+|close\s+)?(?:{words})\b{_NOT_A_FINISH}|(?:{words})[\s-]+(?:place|placed|position|posicion|posicao|lugar|colocad[oa])\b"
        # set apart after the name, before its figures: "The PUK, second overall with 408,141 votes", "La UPK,
        # segunda en el conjunto con…"
        rf"|(?<=, )(?:{words})\b{_NOT_A_FINISH}(?=\s+(?:overall|en el conjunto|no conjunto|in all|with|con|com)\b)"
        # or opening the sentence, the finish after it and the name last: "Segundo en votos quedó X", "Segunda
        # quedó la exministra X", "Second came X" (never "Second, turnout was…": no comma before the verb)
        rf"|^(?:{words})\b{_NOT_A_FINISH}(?:\s+[^\s,;:]+){{0,3}}?\s+(?:{_FINISH})\b)"
    )
    best: tuple[int, str] | None = None
    # Within one sentence: "…Jalili, con el 38,61%. Quedó tercero el presidente del Parlamento, Qalibaf".
    for m, text in ((m, t) for t in map(normalize, split_sentences(row.sentence)) for m in finish.finditer(t)):
        owner = _figure_after(row, text[m.end() : m.end() + 60])
        if owner is not None:
            return owner  # "termine troisième avec 13,40 %, devant Y": the place is the one given that figure
        for c in row.contestants:
            for n in re.finditer(rf"(?<!\w){re.escape(surname(c.name))}(?!\w)", text) if surname(c.name) else ():
                gap = m.start() - n.end() if n.end() <= m.start() else n.start() - m.end()
                if gap >= 0 and (best is None or gap < best[0]):
                    best = (gap, c.name)
    return best[1] if best is not None and best[0] <= 80 else None


# The figure just after a finish ("termine troisième avec 13,40 %", "quedó segundo con el 13,77%"), no other name
# before it: a capitalised word between the place and the figure may be whose figure it is, or another's.
_FIGURE_NEXT = re.compile(r"^\W*(?:(?:with|on|at|con|com|avec|a|de|du|el|la|le|o|un|una|um|uma|of)\s+){0,3}(\d[\d.,]*)")


def _figure_after(row: ResultRow, after: str) -> str | None:
    """The contestant a row gives the figure that follows a finish in words, when exactly one has it."""
    m = _FIGURE_NEXT.match(after)
    if m is None:
        return None
    figure = m.group(1).rstrip(".,")
    owners = {c.name for c in row.contestants for f in FIELDS if (v := getattr(c, f)) and agree(v, figure)}
    return next(iter(owners)) if len(owners) == 1 else None


# A place the sentence says two contestants or more contest: "the race for second (place)", "la pelea por el
# segundo puesto", "a disputa pelo segundo lugar"; never a round ("the race for the second round").
_CONTESTED = re.compile(
    r"\b(?:race|battle|fight|contest|struggle|pelea|lucha|pugna|disputa|batalla|carrera|briga|luta|corrida)\s+"
    r"(?:for|por|pelo|pela)\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+)?(second|segundo|segunda|third|tercero|tercer|tercera|"
    r"terceiro|terceira)\b(?![\s-]+(?:round|vuelta|volta|turno|term|mandato))"
)


def _contested_place(row: ResultRow, k: int) -> str | None:
    """The contestant a row places k-th by saying whom a place is contested between: those it gives figures hold
    that place and the next ones, in the order of their figures ("Behind, in the fight for second place, came X
    (24.89%) and Y (23.40%)": Y is third, whoever the reports left unread ahead of them)."""
    m = _CONTESTED.search(normalize(row.sentence))
    if m is None:
        return None
    field = next((f for f in FIELDS if by_figure(row, f)), None)
    ranked = by_figure(row, field) if field else []
    at = k - ORDINAL_WORDS[m.group(1)]
    return ranked[at].name if len(ranked) >= 2 and 0 <= at < len(ranked) else None


def placed_below_first(row: ResultRow, name: str) -> bool:
    """Whether a row's sentence places a contestant second or lower in words, as the subject of a finish ("Junts,
    la candidatura de X, es segunda con 35 escaños", "Y was the runner-up") or among those contesting a place:
    it tells who did not win."""
    last = surname(name)
    if last and any(word_then(last, normalize(row.sentence), tail) for tail in (_SAID_PLACED, _SAID_RUNNER_UP)):
        return True
    return any(_contested_place(row, k) == name for k in _ORDINALS)


# What follows a contestant's surname where a sentence places it second or lower (`placed_below_first`): a finish
# ("es segunda", "came a distant third", "fell to third") or being the runner-up.
_SAID_PLACED = re.compile(
    rf"[^.;]{{0,60}}?\b(?:(?:{_FINISH})\s+(?:(?:in|en|em|a|de)\s+)?(?:(?:a|um|una|un)\s+)?|{_FALL})"
    rf"(?:distant\s+|close\s+)?(?:{'|'.join(_ORDINALS.values())})\b{_NOT_A_FINISH}"
)
_SAID_RUNNER_UP = re.compile(
    rf"[^.;]{{0,60}}?\b(?:{_FINISH})\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+)?"
    r"(?:runner-up|runners-up|subcampeon|subcampea|vice-campea|vicecampeon)\b"
)


def part_of_another(row: ResultRow, rows: list[ResultRow]) -> bool:
    """Whether another row gives two or more of this row's contestants more votes (or seats) each than it does: this
    row counts a part of that count (a province: "In the north it was the other way round: X won with 256,813 votes,
    Y came second with 136,131") or an earlier moment of it, and the places it states in words are not the whole
    count's."""
    key = contestant_key(rows)
    for field in ("votes", "seats"):
        mine = {key(c.name): v for c in row.contestants if (v := figure_value(c, field)) is not None}
        if len(mine) < 2:
            continue
        for other in rows:
            if other is row:
                continue
            theirs = {key(d.name): v for d in other.contestants if (v := figure_value(d, field)) is not None}
            if sum(1 for name, v in mine.items() if name in theirs and theirs[name] > v * 1.01) >= 2:
                return True
    return False


def stated_kth(rows: list[ResultRow], k: int, field: str | None = None) -> tuple[ResultRow, str] | None:
    """The strongest row stating in words who finished k-th, and that contestant; None when none does. With a
    measure asked (`field`: "second in seats"), only a place stated with a figure of that measure ("es segunda
    con 35 escaños"): a place in the vote is not one in seats."""
    return next(
        (
            (row, name)
            for row in rows
            if not part_of_another(row, rows)
            and (name := _stated_place(row, k) or _contested_place(row, k))
            and (field is None or any(c.name == name and figure_value(c, field) is not None for c in row.contestants))
        ),
        None,
    )


# The measure a place is asked in, on the normalised question: "second in seats", "segundo en escaños", "em
# número de cadeiras"; "second in the popular vote", "tercero en votos", "segundo no voto popular".
_IN_SEATS = re.compile(
    r"\b(?:in|en|em|by|por)\s+(?:terms of\s+|numero de\s+)?(?:seats|escanos|bancas|curules|cadeiras|lugares|"
    r"mandatos|diputados|deputados)\b|\bseat count\b"
)
_IN_VOTES = re.compile(
    r"\b(?:in|en|em|by|por|no|na)\s+(?:the\s+|el\s+|terms of\s+|numero de\s+)?(?:popular\s+)?(?:votes?|votos?)\b"
    r"|\b(?:popular vote|voto popular|votos populares)\b"
)


def asked_measure(question: str) -> str | None:
    """The measure a question ranks contestants by when it names one ("who finished second in seats?": the
    seats; "in the popular vote": the shares), else None (the election's own measure, `measure_of`)."""
    text = normalize(question)
    if _IN_SEATS.search(text):
        return "seats"
    return "share" if _IN_VOTES.search(text) else None


def kth(rows: list[ResultRow], k: int, field: str | None = None) -> tuple[ResultRow, str] | None:
    """The row stating the k-th placed contestant, and that contestant: the place a report states in words
    ("queda tercero con el 18,935%", or a place contested: "the race for second place"), from the strongest row
    that states one, before the order of the figures of all the election's rows (a sentence's own order only
    ranks the contestants it names; and a report may give the runners-up without the winner: "Behind him, X
    arrives in second position"). `field`: the measure the question asks the place in, when it names one."""
    stated = stated_kth(rows, k, field)
    if stated is not None:
        return stated
    ranked = ranking(rows, field)
    if len(ranked) < k and field != "seats":  # the k-th place's votes only ("finished third with 145,184 votes")
        ranked = ranking(rows, "votes")
    return (ranked[k - 1][2], ranked[k - 1][0]) if len(ranked) >= k else None
