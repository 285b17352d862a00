"""Election results read out of passages, and the number rules the citation checker relies on.

Briefings about elections live or die on a handful of figures (who won, with what share, by what margin,
counted how far). Reading them with patterns rather than a model keeps them exact and cheap enough to run on
every passage at ingest, and lets the answer checker verify that a number in a reply is really in a source.

The reader is data plus a little code: the words it looks for (win, lead and loss verbs, stage, round and
office words, per language) live in `retrieval.result_words`. For each sentence it finds the figures (shares,
votes, seats), drops the ones that are not vote shares (count progress, turnout, polls, inflation), binds
each figure to the nearest contestant name in the same clause, then ranks the contestants from the roles the
verbs give them, or from the figures.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from pydantic import BaseModel

from retrieval.extraction import words as W
from retrieval.places import find_places, place_counts, resolve_place
from retrieval.results import Contestant, ExtractedResult

__all__ = ["ElectionFact", "extract_facts", "extract_results", "numbers_in", "parse_number", "same_number"]


class ElectionFact(BaseModel):
    """One election result as a passage states it (the winner/runner-up view of an `ExtractedResult`)."""

    place: str | None = None
    winner: str
    runner_up: str | None = None
    winner_share: float | None = None
    runner_up_share: float | None = None
    margin_points: float | None = None
    margin_computed: bool = False
    date: str | None = None
    stage: Literal["partial", "final", "unknown"] = "unknown"
    sentence: str


# --------------------------------------------------------------------------------------------- numbers

_NUMBER_TOKEN = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")


def numbers_in(text: str) -> list[str]:
    """Numeric tokens as written ("58,2", "1,200,000", "2025"), for the citation checker to compare."""
    return _NUMBER_TOKEN.findall(text or "")


def _to_decimal(s: str) -> tuple[Decimal, int]:
    """Value and number of decimals of a numeric token, reading "," and "." as decimal or thousands marks.

    A separator followed by exactly three digits groups thousands ("1,200,000", "12.345"); one followed by
    any other number of digits is the decimal mark ("58,2", "58.17"). When both marks appear, the last one
    is the decimal mark unless it is itself followed by a group of three ("1.234,56" and "1,234.56").
    """
    s = s.strip().rstrip("%").strip()
    if not re.fullmatch(r"[+-]?\d+(?:[.,]\d+)*", s):
        raise ValueError(f"not a number: {s!r}")
    sign = "-" if s.startswith("-") else ""
    parts = re.split(r"([.,])", s.lstrip("+-"))
    groups, seps = parts[0::2], parts[1::2]
    if not seps:
        return Decimal(sign + groups[0]), 0
    if len(set(seps)) > 1:
        decimal_at: int | None = len(seps) - 1  # mixed marks: the last one is the decimal mark
    elif len(seps) > 1:
        decimal_at = None if all(len(g) == 3 for g in groups[1:]) else len(seps) - 1
    else:
        decimal_at = None if len(groups[1]) == 3 and groups[0] != "0" else 0
    if decimal_at is None:
        return Decimal(sign + "".join(groups)), 0
    whole = "".join(groups[: decimal_at + 1])
    frac = "".join(groups[decimal_at + 1 :])
    return Decimal(f"{sign}{whole}.{frac}"), len(frac)


def parse_number(s: str) -> float:
    """A numeric token as a float: "58,2" -> 58.2, "58.17" -> 58.17, "1,200,000" -> 1200000.0."""
    return float(_to_decimal(s)[0])


def same_number(claimed: str, source: str) -> bool:
    """Whether a number claimed in an answer is supported by a number in a source.

    The rule: supported when both parse to the same value, or when the claim is written with fewer decimals
    than the source and equals the source rounded half-up to that many decimals. So "58%" is supported by
    "58,17%" and "58.2%", "58.2" by "58.17", "16" by "16.4"; but "58.3" is not supported by "58.17", "17" not
    by "16.4", and a claim never gains precision the source lacks ("58.2" is not supported by "58").
    """
    try:
        c_val, c_dec = _to_decimal(claimed)
        s_val, s_dec = _to_decimal(source)
    except (ValueError, InvalidOperation):
        return False
    if c_val == s_val:
        return True
    if c_dec < s_dec:
        return s_val.quantize(Decimal(1).scaleb(-c_dec), rounding=ROUND_HALF_UP) == c_val
    return False


# --------------------------------------------------------------------------------------------- text helpers


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    base = "".join(ch for ch in unicodedata.normalize("NFD", c) if not unicodedata.combining(ch)).lower()
    if len(base) == 1:
        return base
    low = c.lower()
    return low if len(low) == 1 else c


def _fold(text: str) -> str:
    """Lowercase, accent-free copy with the same length, so regex positions map back to the original."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


_ABBREVIATIONS = frozenset(W.ABBREVIATIONS.split())
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)\]]*\s+")
_BLOCK = re.compile(r"[^\n]+")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, so text[start:end] is the sentence without its surrounding space.

    Splits on sentence ends, keeping abbreviations ("U.S.", "Gen.") and initials inside sentences; a line
    break always ends a sentence (headlines, datelines).
    """
    spans: list[tuple[int, int]] = []

    def add(a: int, b: int) -> None:
        chunk = text[a:b]
        stripped = chunk.strip()
        if stripped:
            a += len(chunk) - len(chunk.lstrip())
            spans.append((a, a + len(stripped)))

    for block in _BLOCK.finditer(text):
        base, line = block.start(), block.group(0)
        start = 0
        for m in _SENTENCE_END.finditer(line):
            nxt = line[m.end() : m.end() + 2].lstrip('"“¿¡([')
            if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
                continue
            word = re.search(r"(\S+)$", line[start : m.start()])
            token = word.group(1).lstrip('"“(') if word else ""
            if m.group(0).startswith(".") and (
                re.fullmatch(r"[A-Z]", token)
                or re.fullmatch(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}", token)
                or token.lower() in _ABBREVIATIONS
            ):
                continue
            add(base + start, base + m.end())
            start = m.end()
        add(base + start, base + len(line))
    return spans


def _phrases(table: dict[str, str]) -> list[str]:
    return [p.strip() for v in table.values() for p in v.split(",") if p.strip()]


def _alternation(phrases: list[str]) -> str:
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        body = re.escape(p.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"\w*" if p.endswith("*") else ""))
    return "|".join(parts)


def _words_rx(table: dict[str, str]) -> re.Pattern[str]:
    """A pattern matching any phrase of a word table on word boundaries (in folded text)."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(_phrases(table))})(?![\w-])")


# --------------------------------------------------------------------------------------------- dates

_MONTH_RE = "|".join(sorted(W.MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|º|o)?\s+(?:de\s+)?(?P<m>{_MONTH_RE})\.?,?\s+(?:de\s+|del\s+)?"
        rf"(?P<y>(?:19|20)\d\d)\b"
    ),
    re.compile(rf"\b(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
)


def _find_date(folded: str) -> str | None:
    found: list[tuple[int, str]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(folded):
            month = m.group("m")
            mon = int(month) if month.isdigit() else W.MONTHS[month]
            day, year = int(m.group("d")), int(m.group("y"))
            if 1 <= mon <= 12 and 1 <= day <= 31:
                found.append((m.start(), f"{year:04d}-{mon:02d}-{day:02d}"))
    return min(found)[1] if found else None


# --------------------------------------------------------------------------------------------- word patterns

_WIN = _words_rx(W.WIN)
_NOT_WIN = _words_rx(W.NOT_WIN)
_LEAD = _words_rx(W.LEAD)
_LOSS = _words_rx(W.LOSS)
_AGAINST = _words_rx(W.AGAINST)
_RANKS = {rank: _words_rx(table) for rank, table in W.RANK.items()}
_CONTEXT = _words_rx(W.RESULT_CONTEXT)
_STAGES = {stage: _words_rx(table) for stage, table in W.STAGE.items()}
_PROGRESS_AFTER = _words_rx(W.PROGRESS_AFTER)
_PROGRESS_BEFORE = re.compile(rf"(?:{_alternation(_phrases(W.PROGRESS_BEFORE))})\s*(?:the\s+|el\s+|o\s+)?$")
_TURNOUT = _words_rx(W.TURNOUT)
_NOT_SHARE = _words_rx(W.NOT_SHARE)
_POLL = _words_rx(W.POLL)
_NOT_STAGE = _words_rx(W.NOT_STAGE)
_OF = re.compile(r"\s*(?:of|de|del|da|do|das|dos)\b")
_ROUNDS = {r: _words_rx(table) for r, table in W.ROUND.items()}
_OFFICES = {o: _words_rx(table) for o, table in W.OFFICE.items()}
_ROUND_AHEAD = re.compile(
    rf"(?<![\w-])(?:{_alternation(_phrases(W.ROUND_AHEAD))})(?:\s+[\w'’-]+){{0,5}}?\s+(?:{_alternation(_phrases(W.ROUND['runoff']))})(?![\w-])"
)

_NUM = r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,3})?"
_PCT_UNIT = rf"(?:%|(?:{_alternation(_phrases(W.PERCENT))})(?!\w))"
_SHARE = re.compile(rf"({_NUM})\s*{_PCT_UNIT}")
_PAIR = re.compile(
    rf"({_NUM})\s*{_PCT_UNIT}?\s*(?:to|a|versus|vs\.?|x|-|–|contra|against)\s*(?:the\s+|el\s+|os\s+)?({_NUM})\s*{_PCT_UNIT}"
)
_MULT = _alternation(_phrases(W.MULTIPLIER))
_VOTES = re.compile(
    rf"(?<![\d.,])(\d{{1,3}}(?:[.,\s]\d{{3}})+|\d+(?:[.,]\d+)?\s+(?:{_MULT})|\d+)\s+(?:de\s+)?(?:valid\s+|validos\s+)?"
    rf"(?:{_alternation(_phrases(W.VOTES))})(?!\w)"
)
_SEATS_UNIT = _alternation(_phrases(W.SEATS))
_SEATS = re.compile(
    rf"(?<![\d.,-])(\d{{1,4}})(?:\s+(?:of|out\s+of|de|dos|das|of\s+the|de\s+los|de\s+las|dos|das)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}[\w-]+['’]s\s+)?(\d{1,4}))?"  # "130 of the National Assembly's 165 seats"
    rf"\s+(?:\w+\s+)?(?:{_SEATS_UNIT})(?!\w)"
)
_TOTAL_SEATS = re.compile(
    rf"(?<![\d.,])(\d{{1,4}})[-\s](?:seat|member|strong)\b|\b(?:{_SEATS_UNIT})\s+(?:of|de)\s+(\d{{1,4}})\b"
    rf"|\b(\d{{1,4}})\s+(?:{_SEATS_UNIT})\s+(?:in\s+(?:the\s+)?)?(?:total|en\s+total|no\s+total|en\s+juego|em\s+disputa)"
)
_POINTS = _alternation(_phrases(W.POINTS))
_MARGIN = re.compile(
    rf"(?:\b(?:{_alternation(_phrases(W.MARGIN_NOUN))})\b[^.;%\d]{{0,30}}?|\bby\s+(?:about\s+|nearly\s+|almost\s+"
    rf"|some\s+|around\s+|roughly\s+|more\s+than\s+|just\s+|over\s+)?|\b(?:por|en|em)\s+(?:unos\s+|casi\s+|mas\s+de\s+|cerca\s+de\s+|quase\s+)?)"
    rf"({_NUM})\s*(?:{_POINTS})\b|(?<![\d.,])({_NUM})[-\s](?:percentage[-\s])?points?\s+(?:lead|margin|ahead)"
)
_FIGURE_OF = re.compile(
    rf"\s*(?:(?:of\s+)?(?:{_alternation(_phrases(W.FIGURE_NOUN))})\s+)?(?:{_alternation(_phrases(W.FIGURE_OF))})\s+"
    r"(?:(?:the|el|la|los|las|o|a|os|as)\s+)?(?:[a-z][\w-]*\s+){0,2}?$"
)


# --------------------------------------------------------------------------------------------- names


def _single_words(*tables: dict[str, str]) -> set[str]:
    return {p for t in tables for p in _phrases(t) if " " not in p and not p.endswith("*")}


_PARTY_HEADS = frozenset(W.PARTY_WORDS.split())
_PARTY = _PARTY_HEADS | frozenset(W.PARTY_NAMES.split())
_OPTIONS = frozenset(W.OPTIONS.split())
_PARTICLES = frozenset(W.NAME_PARTICLES.split())
_INSTITUTIONS = frozenset(W.INSTITUTIONS.split())
_NOT_NAME = (
    (
        frozenset(W.STOP.split())
        | frozenset(W.TITLES.split())
        | frozenset(W.BALLOT_KINDS.split())
        | _single_words(
            W.WIN,
            W.LEAD,
            W.LOSS,
            W.AGAINST,
            W.RESULT_CONTEXT,
            W.TURNOUT,
            W.NOT_SHARE,
            W.POLL,
            W.MARGIN_NOUN,
            *W.STAGE.values(),
            *W.ROUND.values(),
            *W.OFFICE.values(),
            *W.RANK.values(),
        )
    )
    - _PARTY
    - _OPTIONS
)
_LOCATIVE = frozenset(W.LOCATIVE.split())
_REGIONS = frozenset(_phrases(W.REGIONS))
_SEAT_OF = re.compile(
    rf"(?<![\w-])(?:{'|'.join(W.OFFICE_HOLDERS.split())})\s+(?:of|de|da|do|del|dos|das)\s+(?:(?:the|la|el|a|o)\s+)?$"
)
_OPENERS = frozenset(W.OPENERS.split())
_TOKEN = re.compile(r"[\"“‘][^\"”’\n]{1,25}[\"”’]|[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_OPTION_NOUN = re.compile(r"\s+(?:side|camp|option|vote|campaign)\b")


@dataclass
class _Run:
    """A name: a run of capitalised words."""

    start: int
    end: int
    text: str
    possessive: bool = False
    affiliate: bool = False  # the party or backer of the name before it ("Kim of the People Power Party")


@lru_cache(maxsize=8192)
def _is_place(name: str) -> bool:
    """A country's name. Subdivisions share too many surnames (Flores, Rivas) to veto a name on their own;
    a subdivision after "in"/"em" is dropped by the locative rule instead."""
    codes = find_places(name)
    parents = {c.split("-")[0] for c in codes if "-" in c}  # a subdivision brings its country along
    return any("-" not in c and c not in parents for c in codes)


@lru_cache(maxsize=8192)
def _country_name(text: str) -> bool:
    """Whether a run is exactly a country's name in one of the languages ("Corea del Sur", "Reino Unido")."""
    place = resolve_place(text)
    if place is None or place.kind != "country":
        return False
    names = {_fold(n) for n in (place.name, place.name_es, place.name_pt, place.name_fr) if n}
    return _fold(text) in names


def _place_run(text: str) -> bool:
    """Whether a run names a place. "Manuel Flores" holds one but is not one: a place plus other words."""
    if not _is_place(text):
        return False
    if _country_name(text):
        return True
    words = text.split()
    return len(words) == 1 or not (_is_place(" ".join(words[1:])) or _is_place(" ".join(words[:-1])))


def _token_kind(tok: str, s: str, start: int) -> str | None:
    if tok[0] in '"“‘':
        inner = tok[1:-1].strip()
        return "name" if inner[:1].isupper() and len(inner.split()) <= 3 else None
    folded = _fold(tok)
    if folded in _OPTIONS:
        sentence_start = not s[:start].strip(" \"“'‘(")
        if tok[0].isupper() and (not sentence_start or _OPTION_NOUN.match(s, start + len(tok))):
            return "name"
        return None
    if folded in W.MONTHS and (
        re.match(r"\.?\s*(?:\d|de\s+\d)", s[start + len(tok) :])
        or re.search(r"\d\s*(?:de\s+)?$", s[max(0, start - 6) : start])
    ):
        return None  # a month in a date; elsewhere "May" or "Jun" may be a name
    if folded.endswith(_BACKED):
        return None  # "Nationalist-backed": describes the name after it
    if tok[0].isupper():
        opener = folded in _OPENERS and not s[:start].strip(" \"“'‘(¿¡")
        acronym = len(tok) > 1 and tok.isupper()  # "MAS", "NO" as written: a party's letters, not a word
        return None if (folded in _NOT_NAME and not acronym) or opener else "name"
    return "conn" if folded in _PARTICLES else None


def _runs(s: str) -> list[_Run]:
    """Contestant-like names in a sentence: capitalised runs that are not places, institutions or titles."""
    runs: list[_Run] = []
    cur: list[tuple[int, int, str, str]] = []  # start, end, token, kind

    def flush(possessive: bool = False) -> None:
        while cur and cur[-1][3] == "conn":
            cur.pop()
        if cur:
            text = s[cur[0][0] : cur[-1][1]].strip('"“”‘’')
            words = {_fold(t) for _, _, t, _ in cur}
            letters = [c for c in text if c.isalpha()]
            shouting = len(letters) > 6 and all(c.isupper() for c in letters)  # datelines, headings
            before = _fold(s[max(0, cur[0][0] - 30) : cur[0][0]])
            lead = re.search(rf"(\w+)\s+{_ARTICLE}?$", before)  # "in the Northeast", "en el PREP"
            locative = bool(lead) and lead.group(1) in _LOCATIVE and not words & _PARTY
            seat = _SEAT_OF.search(before) and not words & _PARTY  # "prefeito de São Paulo": the office's seat
            region = _fold(text) in _REGIONS  # "Latin America", "Europa": a region is never a contestant
            if not (words & _INSTITUTIONS or shouting or locative or seat or region) and (
                words & _PARTY or not _place_run(text)
            ):
                runs.append(_Run(cur[0][0], cur[-1][1], text, possessive))
        cur.clear()

    for m in _TOKEN.finditer(s):
        tok, start, end = m.group(0), m.start(), m.end()
        possessive = tok.endswith(("'s", "’s")) and len(tok) > 2
        if possessive and _party_after(s, end):  # "the People's Party": the possessive is inside the name
            possessive = False
        elif possessive:
            tok, end = tok[:-2], end - 2
        elif s[end : end + 2] in ("' ", "’ ") and tok[-1:] == "s" and not _party_after(s, end + 1):
            possessive = True  # "Figueres' 47.2 percent"; not "the Workers' Party"
        kind = _token_kind(tok, s, start)
        gap = s[cur[-1][1] : start] if cur else ""
        adjacent = bool(cur) and (gap.strip(" ") == "" or (gap.strip(" ") in ("'", "’") and _fold(tok) in _PARTY_HEADS))
        if kind is None or (kind == "conn" and not cur):
            flush()
            continue
        acronym = bool(cur) and len(cur[-1][2]) > 1 and cur[-1][2].isupper()
        if cur and (not adjacent or (kind == "conn" and acronym)):
            flush()
            if kind == "conn":
                continue
        cur.append((start, end, tok, kind))
        if possessive and (owned := _OWNED_PARTY.match(s, end)):  # "Bukele's party", "Merz's conservatives"
            cur.append((end, owned.end(), s[end : owned.end()], "name"))
            flush()
        elif possessive:
            flush(possessive=True)
    flush()
    _mark_affiliates(s, runs)
    return runs


_OWNED_PARTY = re.compile(rf"['’]s?\s+(?:[a-z][\w-]*\s+)?(?:{'|'.join(W.OWNED_PARTY.split())})(?![\w'’-])")


def _party_after(s: str, pos: int) -> bool:
    """Whether a capitalised party word follows: "People's Party", "Workers' Front"."""
    m = re.match(r"\s+([A-Z][^\W\d_]*)", s[pos : pos + 30])
    return bool(m) and _fold(m.group(1)) in _PARTY_HEADS


_ARTICLE = r"(?:(?:the|el|la|los|las|o|a|os|as)\s+)"
_LOWER_WORD = r"(?:[a-z][\w'’-]*\s+)"
_AFFILIATION = re.compile(
    rf"\s*(?:,\s*|\(\s*)?{_LOWER_WORD}{{0,4}}?(?:{_alternation(_phrases(W.AFFILIATION))})\s+{_ARTICLE}?{_LOWER_WORD}{{0,3}}"
)
_COORDINATED = re.compile(r"\s+(?:and|y|e|&)\s+")
_BACKED = tuple(W.BACKED_SUFFIXES.split())


def _mark_affiliates(s: str, runs: list[_Run]) -> None:
    """Flag the names that are another name's party or backer: the head (the first name) holds the figures.

    "Kim Moon-soo of the conservative People Power Party 42.0%", "Karol Nawrocki, backed by the Law and Justice
    party,", "El PSC de Salvador Illa": an affiliation follows its head with a linking word and at most a few
    lowercase words, no figure and no result verb between; names coordinated with an affiliation are one too.
    """
    for prev, run in pairwise(runs):
        gap = _fold(s[prev.end : run.start])
        if prev.affiliate and (_COORDINATED.fullmatch(gap) or not gap.strip(" '’s")):  # "the Farmers' Union"
            run.affiliate = True
            continue
        if prev.possessive or any(c.isdigit() for c in gap):
            continue
        if not _AFFILIATION.fullmatch(gap) or any(
            rx.search(gap) for rx in (_WIN, _LEAD, _LOSS, _AGAINST, _CONTEXT, *_RANKS.values())
        ):
            continue
        opens = not s[: prev.start].strip(" \"“'‘(¿¡") and " " not in prev.text
        if opens and not re.search(rf"[,(]|{_ARTICLE}", gap):  # "Supporters of Kast": no article, no comma
            continue
        run.affiliate = True


# --------------------------------------------------------------------------------------------- figures


@dataclass
class _Fig:
    kind: Literal["share", "votes", "seats"]
    value: str
    start: int
    end: int
    pair_first: _Fig | None = None  # for the second figure of "58% to 42%"
    total: str | None = None


@dataclass
class _Cand:
    run: _Run
    share: str | None = None
    votes: str | None = None
    seats: str | None = None
    role: int | None = None
    role_only: bool = False  # the name is the party of an unnamed candidate ("the X Party candidate")


@dataclass
class _Read:
    """What one sentence states."""

    cands: list[_Cand] = field(default_factory=list)
    declared: bool = False
    ranked_by_verb: bool = False
    counted: str | None = None
    turnout: str | None = None
    total_seats: str | None = None
    margin: str | None = None
    first_figure: int | None = None  # where the first figure of the sentence starts
    vote_margin: bool = False  # a margin stated in votes ("a margin of 10,000 votes"): not in `margin`
    persons: list[str] = field(default_factory=list)  # the names that read as persons


def _share_value(s: str) -> float:
    return float(s.replace(",", "."))


def _number_value(s: str) -> float:
    try:
        return parse_number(s.split()[0])
    except ValueError:
        return 0.0


def _words_after(folded: str, pos: int, n: int) -> str:
    window = re.split(r"[,;:()]", folded[pos : pos + 80], maxsplit=1)[0]
    return " ".join(window.split()[:n])


def _words_before(folded: str, pos: int, n: int) -> str:
    window = re.split(r"[,;:()]", folded[max(0, pos - 80) : pos])[-1]
    return " ".join(window.split()[-n:])


def _figures(folded: str, read: _Read) -> list[_Fig]:
    """Shares, vote counts and seats as written; count progress and turnout go to `read`, the rest is dropped."""
    figs: list[_Fig] = []
    pair_second: dict[int, int] = {}  # start of the second share of a pair -> start of the first
    for m in _PAIR.finditer(folded):
        if not re.search(r"\b(?:from|de|desde|between|entre)\s*$", folded[max(0, m.start() - 12) : m.start()]):
            pair_second[m.start(2)] = m.start(1)
    shares = [(m.start(1), m.end(), m.group(1)) for m in _SHARE.finditer(folded)]
    have = {a for a, _, _ in shares}
    for first in pair_second.values():
        if first not in have:  # "55.9 to 44.1 percent": the first share carries no unit
            m = re.match(_NUM, folded[first:])
            if m:
                shares.append((first, first + m.end(), m.group(0)))
    shares.sort()
    poll = _POLL.search(folded)
    by_start: dict[int, _Fig] = {}
    for start, end, value in shares:
        if _share_value(value) > 100:
            continue
        after, before, next_word = (
            _words_after(folded, end, 5),
            _words_before(folded, start, 4),
            _words_after(folded, end, 1),
        )
        progress = _PROGRESS_AFTER.search(after) and (_OF.match(folded, end) or _PROGRESS_AFTER.match(next_word))
        if progress or _PROGRESS_BEFORE.search(folded[max(0, start - 30) : start]):
            read.counted = read.counted or value
            continue
        of_turnout = _OF.match(folded, end) and _TURNOUT.search(after)
        if _TURNOUT.search(before) or _TURNOUT.search(next_word) or of_turnout:
            read.turnout = read.turnout or value
            continue
        if _NOT_SHARE.search(before) or _NOT_SHARE.search(next_word):
            continue
        if poll and (poll.start() < start or poll.start() - end < 40):
            continue
        fig = _Fig("share", value, start, end)
        by_start[start] = fig
        figs.append(fig)
    for second, first in pair_second.items():
        if second in by_start and first in by_start:
            by_start[second].pair_first = by_start[first]
    for m in _VOTES.finditer(folded):
        value = m.group(1)
        if re.fullmatch(r"(?:19|20)\d\d", value) or _VOID_AFTER.match(folded, m.end()):
            continue
        if _MARGIN_BEFORE.search(_words_before(folded, m.start(1), 5)):  # "a margin of 10,000 votes"
            read.vote_margin = True  # nobody's votes, but a stated margin all the same
            continue
        figs.append(_Fig("votes", value, m.start(1), m.end(1)))
    for m in _BARE_VOTES.finditer(folded):  # "990,872 (23.9%)": a count with its share is a vote count
        if m.start(2) in by_start and not any(f.start == m.start(1) for f in figs):
            figs.append(_Fig("votes", m.group(1), m.start(1), m.end(1)))
    for m in _SEATS.finditer(folded):
        figs.append(_Fig("seats", m.group(1), m.start(1), m.end(1), total=m.group(2)))
        read.total_seats = read.total_seats or m.group(2)
    if read.total_seats is None and figs and any(f.kind == "seats" for f in figs):
        if t := _TOTAL_SEATS.search(folded):
            read.total_seats = next(g for g in t.groups() if g)
    figs = [f for f in figs if not (f.kind == "seats" and f.value == read.total_seats and f.total is None)]
    figs = [f for f in figs if not any(a <= f.start < b for a, b in _not_this_count(folded))]
    figs.sort(key=lambda f: f.start)
    return figs


_MARGIN_BEFORE = _words_rx(W.MARGIN_NOUN)
_PAST_WHEN = re.compile(rf"(?<![\d.,])(?:19|20)\d\d\s*,?\s+(?:{_alternation(_phrases(W.PAST_WHEN))})\b[^;]*")
_QUOTED = re.compile(r"[\"“«][^\"”»]{15,}[\"”»]")
_RANGE = re.compile(
    rf"(?<![\w-])(?:between|entre)\s+(?:el\s+|o\s+)?{_NUM}\s*{_PCT_UNIT}?\s*(?:and|y|e)\s+(?:el\s+|o\s+)?{_NUM}\s*{_PCT_UNIT}"
)


def _not_this_count(folded: str) -> list[tuple[int, int]]:
    """Spans whose figures are not this count's: a past vote named as a comparison ("the lowest since 1994,
    when the ANC took 62.65 per cent", "desde 2014, cuando X fue reelegido con el 81,5 %") and a quotation
    ("'We will get 70% of the votes', X said": a claim, not a count), and a range ("between 49% and 52.8%": an
    estimate)."""
    return [m.span() for rx in (_PAST_WHEN, _QUOTED, _RANGE) for m in rx.finditer(folded)]


_VOID_AFTER = re.compile(
    rf"\s+(?:were|was|are|fueron|fue|foram|foi)\s+(?:declared\s+)?(?:{'|'.join(W.BALLOT_KINDS.split())})\b"
)
_BARE_VOTES = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+)\s*\(\s*(?=(\d))")

_BARE_NUM = (
    rf"(\d+(?:[.,]\d+)?\s+(?:{_MULT})|\d{{1,3}}(?:[.,]\d{{3}})+|\d{{1,3}}(?:\s\d{{3}})+(?![.,]?\d)"
    r"|\d{1,3}(?:[.,]\d{1,3})?(?![.,]?\d))"
)
_ELIDED = re.compile(
    rf"(?:['’]s?)?\s*,?\s*(?:\(\s*|(?:{_alternation(_phrases(W.LIST_JOIN))})\s+)?{_BARE_NUM}"
    r"(?=\s*(?:[,;.:)(]|(?:and|e|y|in|en|em|no|na)\b|$))"
)
# "... against 43 for the Liberal Coalition", "contra 77 do PS e 48 do Chega": a bare number, then a name.
_ELIDED_BEFORE = re.compile(
    rf"(?<![\d.,])(?:(?<=\s)|^){_BARE_NUM}\s+(?:{_alternation(_phrases(W.FIGURE_OF))})\s+{_ARTICLE}?$"
)


def _elided(s: str, folded: str, runs: list[_Run], figs: list[_Fig]) -> list[_Fig]:
    """Bare numbers beside a name that share the unit of the figure before them: a list goes on without its
    unit ("SPOLU 71 and STAN 22", "with the Tories on 121", "seguido del PSOE (121)", "o Chega ficou com 60",
    "against 43 for the Greens", "contra 77 do PS")."""
    extra: list[_Fig] = []
    taken = {f.start for f in figs}
    for run in runs:
        found = [m for m in (_ELIDED.match(folded, run.end),) if m]
        back = _ELIDED_BEFORE.search(folded, max(0, run.start - 40), run.start)
        if back:
            found.append(back)
        for m in found:
            start, value = m.start(1), m.group(1)
            prior = [f for f in figs if f.end <= start]
            if start in taken or not prior or re.fullmatch(r"(?:19|20)\d\d", value):
                continue
            kind = prior[-1].kind
            if (kind == "share") != bool(re.fullmatch(r"\d{1,3}(?:[.,]\d{1,3})?", value)):
                kind = "votes" if kind == "share" else kind
            if kind == "seats" and not value.isdigit():
                continue
            taken.add(start)
            extra.append(_Fig(kind, s[start : m.end(1)], start, m.end(1)))
    return sorted(figs + extra, key=lambda f: f.start)


# --------------------------------------------------------------------------------------------- binding


def _clause_gap(s: str, a: int, b: int) -> str | None:
    """The text between two positions, or None when they are in different clauses."""
    gap = s[a:b]
    return None if ";" in gap else gap


def _aside(s: str, run: _Run) -> bool:
    """Whether a name is an aside about the name before it: "Asfura, of the National Party, won"."""
    if not re.match(r"\s*(?:[a-z][\w'’-]*\s*){0,2}[,)]", s[run.end : run.end + 40]):  # "..., the X candidate,"
        return False
    before = s[max(0, run.start - 60) : run.start]
    if re.search(r"\(\s*$", before):
        return True
    m = re.search(r"\b([^\W\d_][\w'’-]*),\s*((?:[a-z][\w'’-]*\s+){1,5})$", before)
    if not m or not m.group(1)[0].isupper():  # the aside follows a name: "Asfura, of the ..."
        return False
    lead = re.search(rf"(\w+)\s+{_ARTICLE}?$", _fold(before[: m.start(1)]))
    if lead and lead.group(1) in _LOCATIVE:  # "... en el PREP, por encima de X, con 38%": a place has no aside
        return False
    return not (_WIN.search(m.group(2)) or _CONTEXT.search(m.group(2)))


def _before(s: str, runs: list[_Run], pos: int, max_words: int = 20, skip_possessor: bool = True) -> _Run | None:
    for run in reversed(runs):
        if run.end > pos:
            continue
        gap = _clause_gap(s, run.end, pos)
        if gap is None or len(gap.split()) > max_words:
            return None
        if skip_possessor and run.possessive and re.match(r"['’]s?\s+[a-z]", s[run.end : run.end + 5]):
            continue
        if run.affiliate or _aside(s, run):
            continue
        return run
    return None


def _after(s: str, runs: list[_Run], pos: int, max_words: int) -> _Run | None:
    """The first name after pos with at most max_words plain lowercase words between ("his opponent X")."""
    for run in runs:
        if run.start < pos:
            continue
        gap = s[pos : run.start]
        if re.search(r"[^\w\s'’-]", gap) or len(gap.split()) > max_words or re.search(r"\d", gap):
            return None
        return run
    return None


def _past_parenthesis(s: str, pos: int) -> int:
    """Past a parenthesis a figure sits in or is followed by: "990,872 (23.9%) for X" reads as "990,872 for X"."""
    m = re.match(r"[^()]{0,14}\)|\s*\([^()]{0,24}\)", s[pos : pos + 40])
    return pos + m.end() if m else pos


def _bind(s: str, folded: str, runs: list[_Run], figs: list[_Fig], cands: dict[int, _Cand]) -> None:
    """Give each figure to the nearest name in its clause: after it for "45,5% de Quiroga", else before it."""
    bound: dict[int, _Run] = {}

    def give(fig: _Fig, run: _Run) -> bool:
        cand = cands.setdefault(run.start, _Cand(run))
        if getattr(cand, fig.kind) is not None:
            return False
        setattr(cand, fig.kind, fig.value)
        bound[id(fig)] = run
        return True

    for fig in figs:
        end = _past_parenthesis(s, fig.end)
        nxt = _after(s, runs, end, 6)
        if (
            nxt is not None
            and _FIGURE_OF.match(folded[end : nxt.start])
            and not (nxt.possessive and re.match(r"\s*\d", s[nxt.end + 2 :]))
        ):
            if give(fig, nxt):
                continue
        if fig.pair_first is not None and id(fig.pair_first) in bound:
            first_run = bound[id(fig.pair_first)]
            between = [r for r in runs if fig.pair_first.end <= r.start < fig.start]
            if not between:
                earlier = _before(s, runs, first_run.start)
                if earlier is not None and earlier is not first_run:
                    # "Boric beat Kast 55.9% to 44.1%": the first figure goes to the first name
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
        if run is not None and give(fig, run):
            continue
        run = _after(s, runs, fig.end, 4)
        if run is None:
            run = _opening_subject(s, runs, fig)
        if run is not None:
            give(fig, run)


_OPENING = re.compile(rf"[\"“'‘(¿¡\s]*(?:{_alternation(_phrases(W.OPENING_WITH))})\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}$")


def _opening_subject(s: str, runs: list[_Run], fig: _Fig) -> _Run | None:
    """The subject after an opening phrase that holds the figure: "With 52.1% of the vote, Ortiz won",
    "Con el 48 % de los votos, Ruiz se impuso", "Com 51% dos votos, Reis foi eleita"."""
    if not _OPENING.match(_fold(s[: fig.start])):
        return None
    comma = s.find(",", fig.end)
    if comma < 0 or re.search(r"\d", s[fig.end : comma]) or any(r.start < comma for r in runs):
        return None
    return _after(s, runs, comma + 1, 2)


_OVER = re.compile(
    r"\s*(?:points?\s+|puntos?\s+|pontos?\s+|porcentuales\s+|percentuais\s+)*(?:over|ahead\s+of|sobre|a|al)\s"
)
_AUTHORITY_VERB = _words_rx(W.AUTHORITY_VERBS)
_WINNER_NOUN = re.compile(rf"\s*,?\s*{_ARTICLE}?(?:{_alternation(_phrases(W.WINNER_NOUNS))})(?![\w-])")
_AUTHORITY = _words_rx(W.AUTHORITIES)
_VICTORY_OF = re.compile(r"(?:victory|win|victoria|triunfo|vitoria)\s+(?:of|de|da|do|del)\s+$")


def _roles(s: str, folded: str, runs: list[_Run], cands: dict[int, _Cand], read: _Read) -> None:
    """Ranks from the verbs: a winner or leader is 1, an opponent 2, "came third" 3."""
    not_win = [(m.start(), m.end()) for m in _NOT_WIN.finditer(folded)]

    def free(m: re.Match[str]) -> bool:
        return not any(a <= m.start() < b for a, b in not_win)

    def mark(run: _Run | None, rank: int) -> None:
        if run is None:
            return
        cand = cands.setdefault(run.start, _Cand(run))
        if cand.role is None or rank < cand.role:
            cand.role = rank
        read.ranked_by_verb = True

    for m in _AUTHORITY_VERB.finditer(folded):  # "the commission declared Ruto (50.5%) the winner"
        run = _after(s, runs, m.end(), 4)
        if run is None:
            continue
        gap = folded[m.end() : run.start]
        if (len(gap.split()) <= 1 and _WINNER_NOUN.match(folded, _past_parenthesis(s, run.end))) or (
            _VICTORY_OF.search(gap) or re.fullmatch(r"\s+a\s+", gap)  # "proclamó la victoria de X", "proclamó a X"
        ):
            read.declared = True
            mark(run, 1)
    for m in _LOSS.finditer(folded):
        if free(m):
            read.declared = True
            mark(_before(s, runs, m.start(), 12), 2)
            mark(_after(s, runs, m.end(), 3), 1)
    for rx, declared in ((_WIN, True), (_LEAD, False)):
        for m in rx.finditer(folded):
            if not free(m) or any(
                a <= m.start() < b for a, b in ((x.start(), x.end()) for x in _LOSS.finditer(folded))
            ):
                continue
            subject = _before(s, runs, m.start(), 12)
            if subject is None:  # "Ganó Kast con el 58%", "Venceu Lula"
                subject = _after(s, runs, m.end(), 1)
            if subject is not None:
                read.declared = read.declared or declared
                mark(subject, 1)
    for m in _AGAINST.finditer(folded):
        opponent = _after(s, runs, m.end(), 3)
        if opponent is not None and opponent.start in cands and cands[opponent.start].role == 1:
            continue
        mark(opponent, 2)
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
            mark(_before(s, runs, m.start(), 10) or _after(s, runs, m.end(), 3), rank)


_WITH_BEFORE = re.compile(r"(?:with|con|com)\s+(?:(?:the|el|la|o|a)\s+)?$")


def _winner_with(folded: str, figs: list[_Fig], cands: dict[int, _Cand]) -> None:
    """ "X defeated Y in the runoff with 53.6%": a figure after "with" that follows the beaten opponent is the
    winner's, when the winner has none ("Ruiz derrotó a Bravo con el 53 %", "Reis derrotou Costa com 53%")."""
    winner = next((c for c in cands.values() if c.role == 1), None)
    loser = next((c for c in cands.values() if c.role == 2 and c.run.start > (winner.run.start if winner else 0)), None)
    if winner is None or loser is None or winner.share is not None or loser.share is None:
        return
    fig = next((f for f in figs if f.kind == "share" and f.start > loser.run.end), None)
    if fig is None or fig.value != loser.share or not _WITH_BEFORE.search(folded, 0, fig.start):
        return
    if any(r.start > loser.run.end and r.end <= fig.start for r in (c.run for c in cands.values())):
        return
    if re.search(r"[,;(]|\b(?:who|which|que|quien|quem)\b", folded[loser.run.end : fig.start]):
        return  # "Ortiz beat Bravo, who finished with 40.2%": the figure is the opponent's
    winner.share, loser.share = loser.share, None


def _read(s: str) -> _Read | None:
    """What a sentence states about a result, or None when it states none."""
    folded = _fold(s)
    read = _Read()
    figs = _figures(folded, read)
    read.first_figure = figs[0].start if figs else None
    for fig in figs:
        fig.value = s[fig.start : fig.start + len(fig.value)]
    margin = _MARGIN.search(folded)
    read.margin = next((g for g in margin.groups() if g), None) if margin else None
    # a sentence stating only turnout is still a statement about the count: kept without contestants
    bare = read if read.turnout is not None else None
    if not figs and read.margin is None and not read.vote_margin:
        return bare
    runs = _runs(s)
    if not runs:
        return bare
    figs = _elided(s, folded, runs, figs)
    cands: dict[int, _Cand] = {}
    _bind(s, folded, runs, figs, cands)
    with_figures = [c for c in cands.values() if c.share or c.votes or c.seats]
    if not with_figures and read.margin is None and not read.vote_margin:
        return bare
    if read.counted is None and not any(
        rx.search(folded) for rx in (_CONTEXT, _WIN, _LEAD, _LOSS, _AGAINST, _AUTHORITY_VERB, *_RANKS.values())
    ):
        return bare
    _roles(s, folded, runs, cands, read)
    _winner_with(folded, figs, cands)
    ranks = {c.role for c in cands.values()}
    if not with_figures and not (read.declared or (read.margin and {1, 2} <= ranks)):
        return bare
    keep = [c for c in cands.values() if c.share or c.votes or c.seats or c.role is not None]
    if not with_figures:
        keep = [c for c in keep if c.role is not None]
    read.cands = keep
    read.persons = [r.text for r in runs if _person(r) and not _role_only(s, r)]
    for c in keep:
        c.role_only = _role_only(s, c.run)
    return read


_ROLE_NOUN = _alternation(_phrases(W.ROLE_NOUNS))
_ROLE_BEFORE = re.compile(rf"(?<![\w-])(?:{_ROLE_NOUN})\s+(?:of|from|for|de|del|da|do|dos|das|por)\s+{_ARTICLE}?$")
_ROLE_AFTER = re.compile(rf"['’]?s?\s+(?:{_ROLE_NOUN})(?![\w-])")
_ROLE_BETWEEN = re.compile(rf"\s+(?:{_ROLE_NOUN})\s+")


def _role_only(s: str, run: _Run) -> bool:
    """Whether a name is the party of an unnamed candidate: "the Colorado Party candidate", "el candidato del
    PRM", "a candidata da Frente Ampla" (a role, not a person)."""
    return bool(_ROLE_AFTER.match(_fold(s[run.end : run.end + 20]))) or bool(
        _ROLE_BEFORE.search(_fold(s[max(0, run.start - 30) : run.start]))
    )


def _person(run: _Run) -> bool:
    """A name that reads as a person's: not a party, an acronym, a referendum option or another name's party."""
    words = {_fold(w) for w in run.text.split()}
    return not (run.affiliate or words & _PARTY or words & _OPTIONS or run.text.isupper() or run.text[0] in '"“‘')


def _candidates_of(sentence: str) -> dict[str, set[str]]:
    """Party (folded) -> the persons a sentence names as its candidates: "Ana Ruiz, of the Green Party",
    "Green Party candidate Ana Ruiz", "Ana Ruiz, candidata del PRM", "Ana Ruiz (PRM)"."""
    runs = _runs(sentence)
    out: dict[str, set[str]] = {}
    for a, b in pairwise(runs):
        gap = _fold(sentence[a.end : b.start])
        if _person(a) and (b.affiliate or re.fullmatch(r"\s*\(\s*", gap)):
            out.setdefault(_fold(b.text), set()).add(a.text)
        elif _person(b) and _ROLE_BETWEEN.fullmatch(gap):
            out.setdefault(_fold(a.text), set()).add(b.text)
    return out


def _resolve_roles(read: _Read, previous: str) -> _Read | None:
    """A winner described only by a role ("the Colorado Party candidate won ...") is that party's candidate as
    the sentence before names them, when it names exactly one; it stands as the party only when neither sentence
    names a person. Otherwise the role is dropped, and with it the result when the role held the lead."""
    roles = [c for c in read.cands if c.role_only]
    if not roles:
        return read
    named = _candidates_of(previous) if previous else {}
    prev_persons = bool(previous) and any(_person(r) for r in _runs(previous))
    lead = _ranked(read.cands)[0]
    for c in roles:
        persons = named.get(_fold(c.run.text), set())
        if len(persons) == 1:
            name = next(iter(persons))
            c.run = _Run(c.run.start, c.run.end, name)
        elif read.persons or prev_persons:
            if c is lead:
                return None
            read.cands = [x for x in read.cands if x is not c]
    return read


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


# --------------------------------------------------------------------------------------------- results


def _first(rxs: dict[str, re.Pattern[str]], *texts: str) -> str | None:
    for text in texts:
        for key, rx in rxs.items():
            if rx.search(text):
                return key
    return None


_TITLE_USE = re.compile(
    rf"(?<![\w-])(?:{_alternation([p for t in W.OFFICE.values() for p in _phrases(t)])})"
    r"(?:\s+(?:of|de|da|do|del)\s+(?:(?:the|la|el|a|o)\s+)?[\w'’-]+){0,2},?\s+(?=[^\W\d_])"
)
_TITLED_AFTER = re.compile(r"[^\W\d_]+,\s+(?:(?:the|el|la|o|a)\s+)?$")


def _untitled(sentence: str) -> str:
    """The folded sentence with the offices used as a person's title blanked out: "Warsaw mayor Rafał
    Trzaskowski", "the governor of Oaxaca, Ana Ruiz,", "Ruiz, the mayor of Leiria," name a person's post, not
    the race; the race's own words ("presidential election", "mayoral race") are kept."""
    folded = _fold(sentence)
    out = folded
    for m in _TITLE_USE.finditer(folded):
        before = sentence[max(0, m.start() - 40) : m.start()]
        named = _TITLED_AFTER.search(before)
        if sentence[m.end()].isupper() or (named is not None and before[named.start()].isupper()):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def _round(*texts: str, at: int | None = None) -> str | None:
    """The round a result is from: a runoff still to come ("heads to a runoff") means this is the first round.

    When the sentence names both rounds, the one named nearest its first figure (`at`) is the one counted:
    "won 40.2% in the first round and faces Bravo in the June 7 runoff" is the first round, "won the runoff
    with 55.2% after finishing second in the first round" the runoff.
    """
    for n, text in enumerate(texts):
        ahead = _ROUND_AHEAD.sub(" ", text)
        found = [(m.start(), key) for key, rx in _ROUNDS.items() for m in rx.finditer(ahead)]
        if found:
            if n == 0 and at is not None:
                return min(found, key=lambda f: (abs(f[0] - at), f[0]))[1]
            return _first(_ROUNDS, ahead)
        if ahead != text:
            return "first"
    return None


def _stage(folded: str, counted: str | None) -> str:
    """The count's stage: from the share counted, else from the stage words; an electoral authority that
    announces, confirms, declares or proclaims the result makes an incomplete-sounding count official."""
    if counted is not None:
        return "final" if _share_value(counted) == 100 else "partial"
    cleaned = _NOT_STAGE.sub(" ", _NOT_WIN.sub(" ", folded))
    for rx_key in ("partial", "preliminary", "official", "final"):
        if _STAGES[rx_key].search(cleaned):
            return rx_key
    if _AUTHORITY.search(cleaned) and _AUTHORITY_VERB.search(cleaned):
        return "official"
    return "unknown"


def _merge(a: _Read, b: _Read) -> _Read | None:
    """A second sentence that only adds contestants ("Jara took 41.8%.") or a margin, merged into the first."""
    if b.declared:
        return None
    names = {_last_word(c.run.text) for c in a.cands}
    new = [c for c in b.cands if _last_word(c.run.text) not in names and (c.share or c.votes or c.seats)]
    if b.cands and not new:
        return None
    if not new and (b.margin is None or a.margin is not None):
        return None
    lead = _ranked(a.cands)[0] if a.cands else None
    for c in new:
        if lead and lead.share and c.share and _share_value(c.share) > _share_value(lead.share):
            return None
    for c in new:
        c.role = c.role if c.role and c.role > 1 else None
    return _Read(
        cands=a.cands + new,
        declared=a.declared,
        ranked_by_verb=a.ranked_by_verb,
        counted=a.counted or b.counted,
        turnout=a.turnout or b.turnout,
        total_seats=a.total_seats or b.total_seats,
        margin=a.margin or b.margin,
        first_figure=a.first_figure,
        persons=a.persons + b.persons,
    )


def _last_word(name: str | None) -> str:
    return _fold(name.split()[-1]).strip('"“”‘’') if name else ""


def extract_results(text: str, place_hint: str | None = None) -> list[ExtractedResult]:
    """Every result a text states, one per sentence (or two adjacent ones), with figures as written.

    Offsets index `text`: `text[start:end]` is the evidence. The place is the one the evidence names, else
    the text's most mentioned place, else `place_hint`.
    """
    if not text or not any(c.isdigit() for c in text):
        return []
    spans = _sentence_spans(text)
    reads: list[_Read | None] = [_read(text[a:b]) if _has_figure(text[a:b]) else None for a, b in spans]
    results: list[ExtractedResult] = []
    article_place: list[dict[str, int]] = []
    i = 0
    while i < len(spans):
        read = reads[i]
        if read is None or not (read.cands or read.turnout):
            i += 1
            continue
        first, last = i, i
        if read.cands and any(c.role_only for c in read.cands):
            resolved = _resolve_roles(read, text[spans[i - 1][0] : spans[i - 1][1]] if i > 0 else "")
            if resolved is None:
                i += 1
                continue
            read = resolved
        if read.cands and i + 1 < len(spans) and reads[i + 1] is not None:
            merged = _merge(read, reads[i + 1])  # type: ignore[arg-type]
            if merged is not None:
                read, last = merged, i + 1
        start, end = spans[first][0], spans[last][1]
        results.append(_result(text, read, start, end, spans, first, last, place_hint, article_place))
        i = last + 1
    return results


_FIGURE_HINT = re.compile(r"\d\s*(?:%|[a-z])|\d\s+\w", re.IGNORECASE)


def _has_figure(sentence: str) -> bool:
    return bool(_FIGURE_HINT.search(sentence))


def _result(
    text: str,
    read: _Read,
    start: int,
    end: int,
    spans: list[tuple[int, int]],
    first: int,
    last: int,
    place_hint: str | None,
    article_place: list[dict[str, int]],
) -> ExtractedResult:
    evidence = text[start:end]
    folded = _fold(evidence)
    neighbours = (
        text[spans[first - 1][0] : spans[first - 1][1]] if first > 0 else "",
        text[spans[last + 1][0] : spans[last + 1][1]] if last + 1 < len(spans) else "",
    )
    prev, nxt = (_fold(t) for t in neighbours)
    ranked = _ranked(read.cands)
    contestants = [
        Contestant(name=c.run.text, share=c.share, votes=c.votes, seats=c.seats, rank=n)
        for n, c in enumerate(ranked, start=1)
    ]
    office = _first(_OFFICES, *(_untitled(t) for t in (evidence, *neighbours)))
    if office is None and any(c.seats for c in ranked):
        office = "parliament"
    if office is None:  # only a title names the office ("President Noboa won re-election")
        office = _first(_OFFICES, folded, prev, nxt)
    return ExtractedResult(
        place=_place(evidence, text, place_hint, article_place),
        office=office,  # type: ignore[arg-type]
        round=_round(folded, prev, nxt, at=read.first_figure),  # type: ignore[arg-type]
        date=_find_date(folded),
        stage=_stage(folded, read.counted),  # type: ignore[arg-type]
        counted=read.counted,
        declared=read.declared,
        contestants=contestants,
        total_seats=read.total_seats,
        turnout=read.turnout,
        margin=read.margin,
        start=start,
        end=end,
        sentence=evidence,
    )


def _place(evidence: str, text: str, place_hint: str | None, article: list[dict[str, int]]) -> str | None:
    """The place the evidence names, else the text's most mentioned one, else the hint.

    The text's places are read once per text, and the evidence is read only when the text names several;
    with a hint, only the evidence is read (the cheap path for ingest, which has tagged the passage already).
    """
    if place_hint:  # the caller knows the text's place (ingest tags passages): read only the evidence
        return next(iter(find_places(evidence)), None) or place_hint.upper()
    if not article:
        article.append(place_counts(text))
    counts = article[0]
    if len(counts) > 1:
        in_sentence = find_places(evidence)
        if in_sentence:
            return in_sentence[0]
    if counts:
        order = list(counts)
        return max(order, key=lambda c: (counts[c], -order.index(c)))
    return place_hint.upper() if place_hint else None


# --------------------------------------------------------------------------------------------- the old view


def extract_facts(text: str, place_hint: str | None = None) -> list[ElectionFact]:
    """Winner/runner-up view of `extract_results`, for callers not yet moved to rows.

    A fact needs a named winner plus a vote share or a stated margin.
    """
    facts: list[ElectionFact] = []
    for r in extract_results(text, place_hint=place_hint):
        if not r.contestants:
            continue
        win = r.contestants[0]
        run = r.contestants[1] if len(r.contestants) > 1 else None
        w = _share_value(win.share) if win.share else None
        u = _share_value(run.share) if run and run.share else None
        if w is None and r.margin is None:
            continue
        if r.margin is not None:
            margin, computed = _share_value(r.margin), False
        elif w is not None and u is not None:
            margin, computed = round(w - u, 2), True
        else:
            margin, computed = None, False
        stage = {"partial": "partial", "preliminary": "partial", "final": "final", "official": "final"}
        facts.append(
            ElectionFact(
                place=r.place,
                winner=win.name,
                runner_up=run.name if run else None,
                winner_share=w,
                runner_up_share=u,
                margin_points=margin,
                margin_computed=computed,
                date=r.date,
                stage=stage.get(r.stage, "unknown"),  # type: ignore[arg-type]
                sentence=" ".join(r.sentence.split()),
            )
        )
    return _dedupe(facts)


def _dedupe(facts: list[ElectionFact]) -> list[ElectionFact]:
    """Drop repeats of the same result (a headline and its lead), keeping the most complete one."""
    best: dict[tuple, ElectionFact] = {}
    for fact in facts:
        key = (fact.place, _last_word(fact.winner), fact.winner_share)
        filled = sum(v is not None for v in fact.model_dump().values())
        if key not in best or filled > sum(v is not None for v in best[key].model_dump().values()):
            best[key] = fact
    keep = {id(f) for f in best.values()}
    return [f for f in facts if id(f) in keep]
