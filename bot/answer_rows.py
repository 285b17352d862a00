"""Which row of a resolved election answers a question, and about whom: the count a question quotes, the
contestant it names, the k-th place, the referendum question it asks, the margin's pair, and the same figure as
a report in the reader's language states it. Rows in, rows out: no sentence is composed here (bot.extractive).
"""

from __future__ import annotations

import re

from bot.party_words import translated
from retrieval.chunking import split_sentences
from retrieval.elections import OPTIONS
from retrieval.lexical import tokenize
from retrieval.places import find_places, normalize
from retrieval.query import detect_language
from retrieval.resolve import (
    Disagreement,
    agree,
    contestant_key,
    measure_of,
    naming_strength,
    number,
    strength,
    surname,
)
from retrieval.results import ORDINAL_WORDS, Contestant, ResultRow

_QUOTED = re.compile(r"\d+(?:[.,]\d+)?")
_FIELDS = ("share", "votes", "seats")  # the measures a count is given in, the usual first


def _quoting(question: str, rows: list[ResultRow]) -> ResultRow | None:
    """The first row (leading row first) whose sentence states a figure the question quotes; years aside."""
    # A figure of two digits or more, not an ordinal ("2nd") and not a year.
    quoted = [
        m.group()
        for m in _QUOTED.finditer(question)
        if len(re.sub(r"\D", "", m.group())) >= 2
        and not re.match(r"\s*(?:st|nd|rd|th|º|ª|°)", question[m.end() :])
        and not re.fullmatch(r"(19|20)\d\d", m.group())
    ]
    if not quoted:
        return None
    return next((r for r in rows if any(agree(f, g) for g in _QUOTED.findall(r.sentence) for f in quoted)), None)


def _named(name: str, sentence: str, asked: str) -> int:
    """How surely the question names a contestant: by its own name, or (less surely) by the words just before
    the name in its sentence, where a leader is often introduced by the party ("os conservadores de Pierre
    Poilievre", "the Conservatives' Pierre Poilievre")."""
    direct = naming_strength(name, asked)
    if direct:
        return direct
    at = sentence.find(name)
    # The letters a report gives the name in brackets ("el Partido del Hombre Común (AAP)") are its name too.
    letters = re.match(r"\s*\(([A-ZÀ-Ý][\w-]*[A-ZÀ-Ý][\w-]*)\)", sentence[at + len(name) :]) if at >= 0 else None
    if letters and naming_strength(letters.group(1), asked):
        return naming_strength(letters.group(1), asked)
    if translated(name, asked):  # "os Verdes" for "the Greens": a party named in other words, less surely
        return 2
    if at <= 0:
        return 0
    # "<party> de/of <leader>" or "<party>'s <leader>": the word that introduces the leader, nothing wider
    intro = re.search(r"([\w-]+)(?:\s+(?:de|of|do|da|del|dos|das)\s+|['’]s?\s+)$", sentence[:at])
    return max(naming_strength(intro.group(1), asked) - 1, 0) if intro else 0


def _ranking(rows: list[ResultRow], field: str | None = None) -> list[tuple[str, float, ResultRow]]:
    """Every contestant of the election's rows by one measure for all (`measure_of`: shares, or a parliament's
    seats), its figure from the strongest count that gives one: the order a "who came third?" reads, even when
    no single sentence lists the first three."""
    field = field or measure_of(rows)
    key_of = contestant_key(rows)  # "Prabowo" in one report is "Prabowo Subianto" of another
    best: dict[str, tuple[str, float, ResultRow]] = {}
    for row in sorted(rows, key=strength, reverse=True):
        for c in row.contestants:
            value = number(getattr(c, field)) if field else None
            if value is None:
                continue
            key = key_of(c.name)
            # One contestant written two ways (a name, a party, another language) gives the same figure.
            if key not in best and not any(abs(value - v) < 1e-9 for _, v, _ in best.values()):
                best[key] = (c.name, value, row)
    return sorted(best.values(), key=lambda item: -item[1])


# The words of a place in the order: an ordinal said of a finish ("queda tercero", "arrives in second
# position", "Third place went to X", "em terceiro lugar ficou X"), never of a round or a term ("second round").
_ORDINALS = {
    k: "|".join(sorted((w for w, n in ORDINAL_WORDS.items() if n == k), key=len, reverse=True)) for k in (2, 3, 4, 5)
}
_FINISH = (
    r"came|comes|coming|finished|finishes|finishing|placed|ended|ends|was|is|arrives|arrived|queda|quedo|quedaba|"
    r"quedaria|termino|termina|terminaba|llego|llega|fue|es|ubico|ficou|fica|ficava|terminou|chegou|chega|foi"
)
_NOT_A_FINISH = r"(?![\s-]+(?:round|vuelta|volta|turno|term|mandato|time|vez|largest|biggest|most|mayor|maior))"


def _stated_place(row: ResultRow, k: int) -> str | None:
    """The contestant a row's sentence says finished k-th, in words: the contestant named nearest the ordinal
    of a finish in the same sentence (before it, "X queda tercero", or after it, "Third place went to X",
    "Quedó tercero el presidente del Parlamento, X"); None when it says none."""
    words = _ORDINALS.get(k)
    if words is None or not row.contestants:
        return None
    finish = re.compile(
        rf"\b(?:(?:{_FINISH})\s+(?:up\s+)?(?:(?:in|en|em|a|de)\s+)?(?:(?:a|um|una|un)\s+)?(?:distant\s+|close\s+)?"
        rf"(?:{words})\b{_NOT_A_FINISH}|(?:{words})[\s-]+(?:place|placed|position|posicion|posicao|lugar|colocad[oa])\b)"
    )
    best: tuple[int, str] | None = None
    # Within one sentence: "…Jalili, con el 38,61%. Quedó tercero el presidente del Parlamento, Qalibaf".
    for m, text in ((m, t) for t in map(normalize, split_sentences(row.sentence)) for m in finish.finditer(t)):
        for c in row.contestants:
            for n in re.finditer(rf"(?<!\w){re.escape(surname(c.name))}(?!\w)", text) if surname(c.name) else ():
                gap = m.start() - n.end() if n.end() <= m.start() else n.start() - m.end()
                if gap >= 0 and (best is None or gap < best[0]):
                    best = (gap, c.name)
    return best[1] if best is not None and best[0] <= 80 else None


def _kth(rows: list[ResultRow], k: int) -> tuple[ResultRow, str] | None:
    """The row stating the k-th placed contestant, and that contestant: the place a report states in words
    ("queda tercero con el 18,935%"), from the strongest row that states one, before the order of the figures
    of all the election's rows (a sentence's own order only ranks the contestants it names; and a report may
    give the runners-up without the winner: "Behind him, X arrives in second position")."""
    stated = next(((row, name) for row in rows if (name := _stated_place(row, k))), None)
    if stated is not None:
        return stated
    ranked = _ranking(rows)
    if len(ranked) < k:  # the reports give the k-th place's votes only ("finished third with 145,184 votes")
        ranked = _ranking(rows, "votes")
    return (ranked[k - 1][2], ranked[k - 1][0]) if len(ranked) >= k else None


def _in_language(main: ResultRow, rows: list[ResultRow], language: str) -> ResultRow:
    """The same count as `main` told in the reader's language, when a report does, else `main`: one fact, said
    once, in the reader's language where the sources allow. The same count is the same leader with the same
    figure, by the measure the row gives (shares, else votes, else seats: a tally of votes alone is a count
    too); or, in a report that names the leader while listing him by another name (his party: "Herminie, the
    United Seychelles leader, won 48.8%"), the same two leading figures. A sentence that names the leader is
    never traded for one that only describes him ("the Historic Pact's candidate")."""
    if detect_language(main.sentence, default=language) == language or not main.contestants:
        return main
    field = next((f for f in _FIELDS if _by_figure(main, f)), None)
    if field is None:
        return main
    top = _by_figure(main, field)
    lead = top[0]
    described = _described(lead.name)
    names = not described and _names(lead.name, main.sentence)
    for row in rows:
        if row is main or not row.contestants or (names and not _names(lead.name, row.sentence)):
            continue
        if detect_language(row.sentence) != language:
            continue
        theirs = _by_figure(row, field)
        if not theirs or not agree(getattr(theirs[0], field), getattr(lead, field)):
            continue
        if surname(theirs[0].name) == surname(lead.name) or (described and not _described(theirs[0].name)):
            return row  # the same leader, or the same leading figure naming the one `main` only describes
        runner_up = len(top) > 1 and len(theirs) > 1 and agree(getattr(theirs[1], field), getattr(top[1], field))
        if runner_up and _names(lead.name, row.sentence):
            return row
    return main


def _told_in(row: ResultRow, name: str, rows: list[ResultRow], language: str) -> tuple[ResultRow, str]:
    """A contestant's figure as a report in the reader's language states it (the same figure, of the same
    kind), when one does: "the Sweden Democrats took 20.5%" for an English question rather than "los
    Demócratas de Suecia, 20,5 %". The name may be translated, so the figure identifies him; but a contestant
    the first report names as someone else is someone else, whatever his figure."""
    if detect_language(row.sentence, default=language) == language:
        return row, name
    own = next((c for c in row.contestants if c.name == name), None)
    field = next((f for f in ("share", "seats", "votes") if own is not None and getattr(own, f)), None)
    if own is None or field is None:
        return row, name
    key = contestant_key(rows)
    others = {key(c.name) for c in row.contestants if c.name != name} - {key(name)}
    for other in rows:
        if other is row or detect_language(other.sentence, default="") != language:
            continue
        for c in other.contestants:
            if key(c.name) in others:
                continue
            if getattr(c, field) and agree(getattr(c, field), getattr(own, field)):
                return other, c.name
    return row, name


def _options(row: ResultRow) -> frozenset[str]:
    return frozenset(normalize(c.name) for c in row.contestants if c.share or c.votes)


def _question_asked(main: ResultRow, rows: list[ResultRow], question: str) -> ResultRow:
    """Of several referendum questions put on one day ("the family amendment… 67.69% No"; "the care
    amendment… 73.93% No"), the one the question names: rows giving the same options different figures are
    different questions, told apart by the words the question shares with each sentence beyond those common to
    all of them. `main` unless one shares more."""
    options = _options(main)
    if len(options) < 2 or not options <= OPTIONS:
        return main
    lead = _by_figure(main, "share")[:1]
    others = [
        r
        for r in rows
        if r is not main
        and _options(r) == options
        and lead
        and not any(normalize(c.name) == normalize(lead[0].name) and agree(c.share or "", lead[0].share or "")
                    for c in r.contestants)
    ]  # fmt: skip
    if not others:
        return main
    words = [set(tokenize(r.sentence)) for r in (main, *others)]
    asked = set(tokenize(question)) - set.intersection(*words)
    best = max((main, *others), key=lambda r: len(asked & set(tokenize(r.sentence))))
    return best if len(asked & set(tokenize(best.sentence))) > len(asked & set(tokenize(main.sentence))) else main


def _leading_row(main: ResultRow, rows: list[ResultRow]) -> ResultRow:
    """Of one report's sentences of the leading count, the one giving the largest figure (by the measure `main`
    gives): a report that lists the runners-up apart ("The VVD has 22 seats, GroenLinks-PvdA 20") answers who
    came first in the sentence that gives the top figure ("D66 and the PVV each won 26 seats"). A sentence
    giving a contestant of `main` another figure is another count (a region's, an earlier one), never the lead.
    `main` unless one gives more."""
    field = next((f for f in _FIELDS if _by_figure(main, f)), None)
    if field is None:
        return main
    top = number(getattr(_by_figure(main, field)[0], field)) or 0.0
    own = {surname(c.name): getattr(c, field) for c in main.contestants if getattr(c, field)}
    best = main
    for row in rows:
        if row is main or row.article_id != main.article_id or not _same_stage(row, main):
            continue
        if row.place != main.place or row.round != main.round:
            continue
        theirs = _by_figure(row, field)
        if not theirs or any(surname(c.name) in own for c in theirs):
            continue  # a contestant of `main` given a figure again: another count, or the same list
        if (number(getattr(theirs[0], field)) or 0.0) > top:
            best, top = row, number(getattr(theirs[0], field)) or 0.0
    return best


def _count_leader(main: ResultRow, rows: list[ResultRow]) -> ResultRow:
    """Who won is answered by a row giving the count's leader: a row whose leading figure is below the
    runner-up's figure (by the same measure) in another row of the same place and round only speaks of a trailing
    contestant ("X of the third party received 0.74%"), and gives way to the strongest such row. A lead below
    another count's leader but above its runner-up may be a later count overtaking an earlier one: kept.
    `main` unless one ranks two contestants above it."""
    field = next((f for f in _FIELDS if _by_figure(main, f)), None)
    options = _options(main)
    if field is None or (options and options <= OPTIONS):
        return main  # a referendum's options: several questions of one day give them their own figures
    lead = number(getattr(_by_figure(main, field)[0], field)) or 0.0
    for row in sorted(rows, key=strength, reverse=True):
        if row is main or not _same_place(row, main) or (row.round and main.round and row.round != main.round):
            continue
        theirs = _by_figure(row, field)
        if len(theirs) >= 2 and (number(getattr(theirs[1], field)) or 0.0) > lead:
            return row
    return main


def _same_stage(a: ResultRow, b: ResultRow) -> bool:
    """Two reports of one state of the count: the same stage, and the same share counted when either says."""
    if a.stage != b.stage:
        return False
    return (a.counted is None and b.counted is None) or agree(a.counted or "", b.counted or "")


def _one_count(d: Disagreement) -> bool:
    """Whether a disagreement is between reports of one count: a partial count's figure against a completed
    count's is how far the count had got, not sources that differ."""
    partial = [r for r in (d.row, *d.consensus_rows) if r.stage == "partial" and (number(r.counted) or 0) < 100]
    return not partial or len(partial) == len(d.consensus_rows) + 1


def _naming_row(rows: list[ResultRow], asked: str) -> ResultRow | None:
    """The first row (leading row first) that gives figures to two contestants the question names, when one
    does: a margin asked between two named contestants is not the winner's lead."""
    for row in rows:
        named = [c for c in row.contestants if (c.share or c.votes) and _named(c.name, row.sentence, asked)]
        if len({surname(c.name) for c in named}) >= 2:
            return row
    return None


def _pair_in_language(row: ResultRow, rows: list[ResultRow], asked: str, language: str) -> ResultRow:
    """The count of `_naming_row` as a report in the reader's language gives it, when one does: the two named
    contestants there too, each with the same figures (every measure both reports give him, at least one),
    so the margin computed from it is the same; else `row`."""
    if _in(row, language):
        return row
    key = contestant_key(rows)
    named = {key(c.name): c for c in row.contestants if (c.share or c.votes) and _named(c.name, row.sentence, asked)}

    def same(a: Contestant, b: Contestant) -> bool:
        shared = [f for f in ("share", "votes") if getattr(a, f) and getattr(b, f)]
        return bool(shared) and all(agree(getattr(a, f), getattr(b, f)) for f in shared)

    for other in rows:
        if other is row or not _in(other, language):
            continue
        theirs = {
            key(c.name): c for c in other.contestants if (c.share or c.votes) and _named(c.name, other.sentence, asked)
        }
        if len(named) >= 2 and all(k in theirs and same(c, theirs[k]) for k, c in named.items()):
            return other
    return row


def _consistent(a: Contestant, b: Contestant) -> bool:
    """Two vote counts whose ratio the same row's shares roughly confirm (within a tenth), when it gives both
    shares: "finished on 254,723, just 785 ahead of Y" reads 785 as Y's count, and no margin is computed from
    that."""
    va, vb, sa, sb = (number(x) for x in (a.votes, b.votes, a.share, b.share))
    if not (va and vb and sa and sb):
        return True
    return abs((va / vb) / (sa / sb) - 1) <= 0.1


def _by_figure(row: ResultRow, field: str) -> list:
    """The row's contestants that have a `field` figure, largest first: a row's leader is its largest figure,
    not the first name the extractor met ("MALÉ — Venceu X…, com 54,04%" may list the loser first)."""
    figured = [c for c in row.contestants if number(getattr(c, field)) is not None]
    return sorted(figured, key=lambda c: -(number(getattr(c, field)) or 0.0))


def _names(name: str, sentence: str) -> bool:
    """Whether a sentence names a contestant (its surname, as a word), not only describes him."""
    return _word_in(surname(name), normalize(sentence))


def _in(row: ResultRow, language: str) -> bool:
    return detect_language(row.sentence, default="") == language


def _figure_in_language(
    row: ResultRow, name: str, field: str, rows: list[ResultRow], language: str
) -> tuple[ResultRow, str]:
    """A named contestant's figure as a report in the reader's language states it: the same contestant (one key
    across reports) with the same figure, named there too when `row` names him; else `row` as it is."""
    if _in(row, language):
        return row, name
    figure = next((getattr(c, field) for c in row.contestants if c.name == name), None)
    key = contestant_key(rows)
    named = _names(name, row.sentence)
    for other in rows:
        if other is row or not _in(other, language) or (named and not _names(name, other.sentence)):
            continue
        for c in other.contestants:
            value = getattr(c, field)
            if figure and value and key(c.name) == key(name) and agree(value, figure):
                return other, c.name
    return row, name


def _word_in(word: str, text: str) -> bool:
    return bool(word) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _same_place(a: ResultRow, b: ResultRow) -> bool:
    """Whether two rows count one place: not when they give different places, nor when one sentence names a
    subdivision (a canton, a region) the other does not: "Geneva voted 60% Yes" and "Zurich 55% No" are two
    counts of one referendum, and a margin is between two contestants of one count of one place."""
    if a.place and b.place and a.place != b.place:
        return False
    pa, pb = set(find_places(a.sentence)), set(find_places(b.sentence))
    return not any("-" in code for code in pa ^ pb)


# "com praticamente todas as mesas apuradas", "with virtually all precincts reporting": all, qualified.
_NEARLY_ALL = re.compile(
    r"\b(?:practically|virtually|nearly|almost|just about|praticamente|quase|practicamente|casi)\s+"
    r"(?:all|every|todas|todos|todo|toda)\b"
)


def _reached(row: ResultRow) -> float:
    """How far a row says the count had got, from what its sentence states: the share counted it gives; all of
    it for a final or official count; but a count of "practically all" the polling stations says less than all
    and gives no figure, so it ranks below any share the reports state (a later report's 99.97% is further than
    an earlier "final" of practically all). 0 when it says nothing."""
    if _NEARLY_ALL.search(normalize(row.sentence)):
        return 0.0
    stated = number(row.counted) if row.counted else None
    if stated is not None:
        return stated
    return 100.0 if row.stage in ("final", "official") else 0.0


def _described(name: str) -> bool:
    """Whether a contestant is only described, by common words ("the incumbent", "el candidato oficialista"),
    not named: a name has a capital letter."""
    return not any(ch.isupper() for ch in name)


def _naming_leader(main: ResultRow, rows: list[ResultRow]) -> ResultRow:
    """Who won is answered by a name: when `main`'s leader is only described ("the incumbent took 67.17%"),
    the row of another report of the same count (the same leading figure, by the same measure) that names him
    ("Venceu Ibrahim Boubacar Keïta… 67,17%"), in whatever language; else `main`."""
    field = next((f for f in _FIELDS if _by_figure(main, f)), None)
    if field is None or not _described(_by_figure(main, field)[0].name):
        return main
    lead = getattr(_by_figure(main, field)[0], field)
    for row in rows:
        theirs = _by_figure(row, field) if row is not main else []
        if theirs and not _described(theirs[0].name) and agree(getattr(theirs[0], field), lead):
            return row
    return main


def _naming_count(main: ResultRow, rows: list[ResultRow]) -> ResultRow:
    """Who won (and by how much) is told by a sentence that names someone: a count short of complete whose
    sentence names none of its contestants (the name read from around it: "…le atribuía 524.658 votos, un 65%")
    gives way to a completed count (final or official) of the same place and round whose sentence names its
    leader, the strongest first; else `main`."""
    if main.stage in ("final", "official") or not main.contestants:
        return main
    if any(_described(c.name) or _names(c.name, main.sentence) for c in main.contestants):
        return main
    for row in sorted(rows, key=strength, reverse=True):
        if row is main or row.stage not in ("final", "official") or not _same_place(row, main):
            continue
        if row.round and main.round and row.round != main.round:
            continue
        field = next((f for f in _FIELDS if _by_figure(row, f)), None)
        lead = _by_figure(row, field)[0] if field else None
        if lead is not None and not _described(lead.name) and _names(lead.name, row.sentence):
            return row
    return main
