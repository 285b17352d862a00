"""Who a question names, and the row that names him: a contestant named by the question (by his name, his
party's letters or words of another language), the row giving two named contestants' figures (a margin asked
between them), and, for who won, a row that names the leader rather than describing him.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extractive.option_words import options_asked
from bot.extractive.party_words import translated
from bot.extractive.row_facts import FIELDS, by_figure, only_described, same_place, sentence_names
from retrieval.elections import OPTIONS, option_key
from retrieval.places import normalize
from retrieval.resolve import agree, contestant_key, naming_strength, strength, surname
from retrieval.results import Contestant, ResultRow


def naming_grade(name: str, sentence: str, asked: str) -> int:
    """How surely the question names a contestant: by its own name, or (less surely) by the words just before
    the name in its sentence, where a leader is often introduced by the party ("os conservadores de Pierre
    Poilievre", "the Conservatives' Pierre Poilievre"). A referendum's option is named in any language's word for
    it ("the no vote" names a French report's « non »)."""
    direct = max((naming_strength(spelt, asked) for spelt in _spellings(name)), default=0)
    if direct:
        return direct
    if normalize(name) in OPTIONS:
        return 1 if option_key(normalize(name)) in options_asked(asked) else 0  # less surely than its own word
    at = sentence.find(name)
    # The letters a report gives the name in brackets ("el Partido del Hombre Común (AAP)", "o Partido X (LDP, na
    # sigla em inglês)") are its name too.
    letters = re.match(r"\s*\(([A-ZÀ-Ý][\w-]*[A-ZÀ-Ý][\w-]*)[),]", sentence[at + len(name) :]) if at >= 0 else None
    if letters and naming_strength(letters.group(1), asked):
        return naming_strength(letters.group(1), asked)
    if translated(name, asked):  # "os Verdes" for "the Greens": a party named in other words, less surely
        return 2
    if at <= 0:
        return 0
    # "<party> de/of/d' <leader>" or "<party>'s <leader>": the word that introduces the leader, nothing wider
    intro = re.search(r"([\w-]+)(?:\s+(?:de|of|do|da|del|dos|das|du)\s+|\s+d['’]|['’]s?\s+)$", sentence[:at])
    return max(_named_by(intro.group(1), asked) - 1, 0) if intro else 0


def _named_by(words: str, asked: str) -> int:
    """How surely the question names the words written beside a contestant: as written, or in other words."""
    return naming_strength(words, asked) or (2 if translated(words, asked) else 0)


# Letters accents aside that other alphabets' names are written without ("Đukanović" as "Djukanovic", "Wałęsa" as
# "Walesa", "Kılıçdaroğlu" as "Kilicdaroglu"): a question typed in plain letters names the same person.
_PLAIN = {"đ": ("dj", "d"), "ł": ("l",), "ø": ("o",), "æ": ("ae",), "ß": ("ss",), "ı": ("i",), "œ": ("oe",)}


def _spellings(name: str) -> list[str]:
    """A contestant's name as written, and as a question may type it: a compound name's parts apart ("Earle-Sears"
    as "earle sears"), an acronym's letters together ("N-VA" as "nva", "PDI-P" as "pdip") and letters no
    accent-folding reaches in plain letters."""
    out = [name]
    if re.search(r"\w-\w", name):
        out.append(re.sub(r"(?<=\w)-(?=\w)", " ", name))
    if re.search(r"[A-Z]-[A-Z]", name):
        out.append(re.sub(r"(?<=[A-Z])-(?=[A-Z])", "", name))
    for letter, plains in _PLAIN.items():
        if letter in name.lower():
            out += [
                re.sub(letter, lambda m, p=plain: p.capitalize() if m.group().isupper() else p, spelt, flags=re.I)
                for spelt in list(out)
                for plain in plains
            ]
    return out


def lettered(a: str, b: str) -> bool:
    """Whether one name is the other's letters: the initials of its capitalised words ("BJP" of "Bharatiya Janata
    Party", "PS" of "Partido Socialista"), as reports write a party after naming it once."""

    def initials(name: str) -> str:
        words = [w for w in re.findall(r"[\w-]+", name) if w[:1].isupper()]
        return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""

    def letters(name: str) -> str:
        return name.lower() if re.fullmatch(r"[A-Z]{2,6}", name) else ""

    return bool(letters(a) and letters(a) == initials(b)) or bool(letters(b) and letters(b) == initials(a))


def naming_row(rows: list[ResultRow], asked: str, field: str | None = None) -> ResultRow | None:
    """The first row (leading row first) that gives figures to two contestants the question names, when one
    does: a margin asked between two named contestants is not the winner's lead. A weaker row giving one of
    them another figure than the leading row does is another count (an analysis recalling an earlier vote:
    "in the 2021 by-election Oh won 57.50%… this time 59.05%"), never the pair's. With `field` ("votes": a
    margin asked in votes), only a row giving both that measure."""
    lead = rows[0] if rows else None
    key = contestant_key(rows)
    for row in rows:
        named = [
            c
            for c in row.contestants
            if (getattr(c, field) if field else (c.share or c.votes)) and naming_grade(c.name, row.sentence, asked)
        ]
        if len({surname(c.name) for c in named}) < 2:
            continue
        if lead is not None and row is not lead and strength(row) < strength(lead) and _contradicts(named, lead, key):
            continue
        return row
    return None


def _contradicts(named: list[Contestant], lead: ResultRow, key: Callable[[str], str]) -> bool:
    """Whether `lead` gives one of `named` another figure by a measure both give."""
    for c in named:
        for mine in lead.contestants:
            if key(mine.name) != key(c.name):
                continue
            if any(getattr(c, f) and getattr(mine, f) and not agree(getattr(c, f), getattr(mine, f))
                   for f in ("share", "votes")):  # fmt: skip
                return True
    return False


def naming_leader(main: ResultRow, rows: list[ResultRow]) -> ResultRow:
    """Who won is answered by a name: when `main`'s leader is only described ("the incumbent took 67.17%"),
    the row of another report of the same count (the same leading figure, by the same measure) that names him
    ("Venceu Ibrahim Boubacar Keïta… 67,17%"), in whatever language; else `main`."""
    field = next((f for f in FIELDS if by_figure(main, f)), None)
    if field is None or not only_described(by_figure(main, field)[0].name):
        return main
    lead = getattr(by_figure(main, field)[0], field)
    for row in rows:
        theirs = by_figure(row, field) if row is not main else []
        if theirs and not only_described(theirs[0].name) and agree(getattr(theirs[0], field), lead):
            return row
    return _same_order(main, rows, field)


def _same_order(main: ResultRow, rows: list[ResultRow], field: str) -> ResultRow:
    """A described leader no report names with his figure ("put the prime minister's party on 24.93%. X's Party
    followed with 12.98%") is named by a report of another measure giving the same runner-up second under a named
    leader ("Likud 30 seats, X's Party 17"): the same order of one vote, the leader told by his name. `main` when
    main names no runner-up, or no report gives him second."""
    ours = by_figure(main, field)
    if len(ours) < 2 or only_described(ours[1].name):
        return main
    key = contestant_key([main, *rows])
    runner = key(ours[1].name)
    for row in rows:
        if row is main or not same_place(row, main):
            continue
        measure = next((f for f in FIELDS if len(by_figure(row, f)) >= 2), None)
        theirs = by_figure(row, measure) if measure else []
        if len(theirs) < 2 or only_described(theirs[0].name) or key(theirs[0].name) == runner:
            continue
        if key(theirs[1].name) == runner and (theirs[0].rank or 1) == 1:
            return row
    return main


def naming_count(main: ResultRow, rows: list[ResultRow]) -> ResultRow:
    """Who won (and by how much) is told by a sentence that names someone: a count short of complete whose
    sentence names none of its contestants (the name read from around it: "…le atribuía 524.658 votos, un 65%")
    gives way to a completed count (final or official) of the same place and round whose sentence names its
    leader, the strongest first; else `main`."""
    if main.stage in ("final", "official") or not main.contestants:
        return main
    if any(only_described(c.name) or sentence_names(c.name, main.sentence) for c in main.contestants):
        return main
    for row in sorted(rows, key=strength, reverse=True):
        if row is main or row.stage not in ("final", "official") or not same_place(row, main):
            continue
        if row.round and main.round and row.round != main.round:
            continue
        field = next((f for f in FIELDS if by_figure(row, f)), None)
        lead = by_figure(row, field)[0] if field else None
        if lead is not None and not only_described(lead.name) and sentence_names(lead.name, row.sentence):
            return row
    return main
