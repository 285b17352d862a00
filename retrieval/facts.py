"""Election results read out of passages, and the number rules the citation checker relies on.

Briefings about elections live or die on a handful of figures (who won, with what share, by what margin,
counted how far). Reading them with patterns rather than a model keeps them exact and cheap enough to run on
every passage, and lets the answer checker verify that a number in a reply is really in a cited source.

The reader is deliberately conservative: a fact needs a named winner plus a vote share or a stated margin.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel

from retrieval.places import find_places, place_counts, resolve_place

__all__ = ["ElectionFact", "extract_facts", "numbers_in", "parse_number", "same_number"]


class ElectionFact(BaseModel):
    """One election result as a passage states it."""

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


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sr sra srta gen sen rep gov st jr vs no nos inc corp lt col capt prof ing lic dept approx "
    "jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic pres".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)\]]*\s+")


def _sentences(text: str) -> list[str]:
    """Split on sentence ends, keeping abbreviations ("U.S.", "Gen.") and initials inside sentences."""
    out: list[str] = []
    for block in re.split(r"\n\s*", text):
        start = 0
        for m in _SENTENCE_END.finditer(block):
            nxt = block[m.end() : m.end() + 2].lstrip('"“¿¡([')
            if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
                continue
            word = re.search(r"(\S+)$", block[start : m.start()])
            token = word.group(1).lstrip('"“(') if word else ""
            if m.group(0).startswith(".") and (
                re.fullmatch(r"[A-Z]", token)
                or re.fullmatch(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}", token)
                or token.lower() in _ABBREVIATIONS
            ):
                continue
            out.append(block[start : m.end()].strip())
            start = m.end()
        if block[start:].strip():
            out.append(block[start:].strip())
    return [s for s in out if s]


# --------------------------------------------------------------------------------------------- dates

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?(?P<m>{_MONTH_RE})\.?,?\s+(?:de\s+|del\s+)?"
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
            mon = int(month) if month.isdigit() else _MONTHS[month]
            day, year = int(m.group("d")), int(m.group("y"))
            if 1 <= mon <= 12 and 1 <= day <= 31:
                found.append((m.start(), f"{year:04d}-{mon:02d}-{day:02d}"))
    return min(found)[1] if found else None


# --------------------------------------------------------------------------------------------- names

_STOP = frozenset(
    """the a an in on at of by for from to as with and but or if when while after before although though
    however meanwhile both according its it he she they we his her their this that these those there also
    then since during despite under until amid with without
    el la los las lo un una unos unas en con segun pero y o tras aunque sin por para del al ante entre desde
    hasta durante sobre su sus este esta estos estas ese esa ademas mientras cuando si
    monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado
    domingo""".split()
) | frozenset(_MONTHS)
_TITLES = frozenset(
    """president presidente presidenta president-elect presidente-electo former ex senator senador senadora
    deputy diputado diputada governor gobernador gobernadora mayor alcalde alcaldesa candidate candidato
    candidata minister ministro ministra economy economia finance hacienda foreign interior vice
    vicepresidente vicepresidenta mr mrs ms dr gen general sen rep incumbent opposition leader lider
    libertarian libertario populist populista leftist conservative conservador conservadora socialist
    socialista communist centrist centre-right centre-left center-right center-left right-wing left-wing
    hard-right far-right far-left peronist peronista businessman businesswoman empresario empresaria
    economist economista activist activista lawyer abogado abogada general-secretary secretary secretario
    secretaria independent independiente indigenous indigena evangelical evangelico rival
    congressman congresswoman congresista""".split()
)
_ORG = frozenset(
    """party partido coalition coalicion alliance alianza movement movimiento front frente council consejo
    service servicio tribunal court corte institute instituto commission comision electoral registraduria
    congress congreso senate senado assembly asamblea union bank banco ministry ministerio government
    gobierno university universidad republic republica office oficina agency agencia committee comite
    organization organizacion organisation""".split()
)
_CONNECTORS = frozenset({"de", "da", "del", "dos", "das", "do", "di", "van", "von", "la", "le"})
_TOKEN = re.compile(r"\"[^\"\n]{1,25}\"|“[^”\n]{1,25}”|[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_APPOSITIVE_BEFORE = re.compile(r"(?:\bof|\bfrom\s+the|\bthe|\bin|\ben|\bat)\s*$")


@dataclass
class _Run:
    start: int
    end: int
    text: str
    usable: bool
    tokens: list[str] = field(default_factory=list)


def _is_name_token(tok: str) -> bool:
    parts = re.split(r"[\-]", tok)
    if not all(p[:1].isupper() for p in parts if p):
        return False
    letters = [c for c in tok if c.isalpha()]
    return not (len(letters) >= 2 and all(c.isupper() for c in letters))  # acronyms and datelines


def _is_nickname(tok: str) -> bool:
    inner = tok.strip('"“”')
    return bool(inner) and inner[0].isupper() and len(inner.split()) <= 2


def _runs(s: str) -> list[_Run]:
    """Maximal sequences of capitalised words (with "de"/"da" and quoted nicknames inside)."""
    raw: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    prev_end = -1
    for m in _TOKEN.finditer(s):
        tok = m.group(0)
        start, end = m.start(), m.end()
        possessive = tok.endswith(("'s", "’s")) and len(tok) > 2
        if possessive:
            tok, end = tok[:-2], end - 2
        kind = (
            "nick"
            if tok[0] in '"“' and _is_nickname(tok)
            else "name"
            if _is_name_token(tok)
            else "conn"
            if tok.lower() in _CONNECTORS
            else None
        )
        adjacent = current and s[prev_end:start].isspace() and "\n" not in s[prev_end:start]
        if kind is None or (not adjacent and current):
            if current:
                raw.append(current)
            current = []
        if kind == "name" or (kind in ("nick", "conn") and current):
            current.append((start, end, kind))
        prev_end = end
        if possessive and current:
            raw.append(current)
            current = []
    if current:
        raw.append(current)

    runs: list[_Run] = []
    for toks in raw:
        while toks and toks[-1][2] != "name":
            toks = toks[:-1]
        if not toks:
            continue
        runs.append(_clean_run(s, toks))
    return runs


def _clean_run(s: str, toks: list[tuple[int, int, str]]) -> _Run:
    words = [s[a:b] for a, b, _ in toks]
    folded = [_fold(w) for w in words]
    usable = not any(f in _ORG for f in folded)
    i = 0
    while i < len(toks) and (folded[i] in _STOP or folded[i] in _TITLES or toks[i][2] != "name"):
        i += 1
    # a leading demonym or country ("Honduran President Xiomara Castro") is not part of the name
    while i < len(toks) - 2 and find_places(words[i]) and toks[i + 1][2] == "name":
        i += 1
        while i < len(toks) and (folded[i] in _TITLES or folded[i] in _STOP):
            i += 1
    toks, words = toks[i:], words[i:]
    names = [k for k, (_, _, kind) in enumerate(toks) if kind == "name"]
    if len(names) > 4:
        toks, words = toks[names[-4] :], words[names[-4] :]
    if not toks:
        return _Run(0, 0, "", False)
    start, end = toks[0][0], toks[-1][1]
    text = " ".join(s[start:end].split())
    if usable and resolve_place(text) is not None:
        usable = False
    return _Run(start, end, text, usable, words)


# --------------------------------------------------------------------------------------------- patterns

_N = r"\d{1,3}(?:[.,]\d{1,2})?"
_UNIT = r"(?:%|(?:percent|per\s+cent|por\s+ciento)\b)"
_PCT = re.compile(rf"(?<![\d.,])({_N})\s*{_UNIT}")
_PAIR = re.compile(rf"(?<![\d.,])({_N})\s*{_UNIT}?\s*(?:to|a|versus|vs\.?|contra|-|–)\s*({_N})\s*{_UNIT}")
_PROGRESS = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?|de\s+(?:las?\s+|los\s+)?|del\s+)?[a-z\s]{0,40}?\b(?:counted|tallied|reported"
    r"|processed|scrutini[sz]ed|verified|transmitted|tally|tallies|precincts|polling stations|escrutad"
    r"|escrutinio|contad|contabilizad|computad|procesad|transmitid|verificad|actas|mesas|conteo|count\b)"
)
_NOT_SHARE_BEFORE = re.compile(
    r"(?:turnout|participation|participacion|abstention|abstencion|inflation|inflacion|approval|aprobacion"
    r"|poverty|pobreza|unemployment|desempleo|gdp|pib|growth|crecimiento|tariffs?|aranceles?|interest|blank"
    r"|blanco|null|nulos?|spoiled|invalid|up from|down from|rose from|fell from|compared with|compared to)"
    r"[^,;\d]{0,25}$"
)
_POLL = re.compile(r"\b(?:polls?|survey|surveys|encuestas?|sondeos?|pollsters?|intencion de voto|voting intention)\b")
_ELECTION_WORDS = re.compile(
    r"\b(?:votes?|ballots?|election|elections|runoff|run-off|round|vuelta|balotaje|votos?|eleccion|elecciones"
    r"|comicios|count|conteo|escrutinio|tally|tallies|results?|resultados?)\b"
)
_LEADER_CONTEXT = re.compile(
    r"\b(?:counted|tallied|partial|preliminary|ahead|first round|primera vuelta|lead|leads|leading|first"
    r"|escrutad|parcial|preliminar|primer lugar|ventaja|frente a|against|versus|contra)"
)
_WIN = re.compile(
    r"\b(?:won|wins|win|winning|defeated|defeats|defeating|beat|beats|beating|finished first|came first"
    r"|came in first|placed first|finished ahead|came out ahead|topped|tops|led|leads|leading|secured"
    r"|clinched|triumphed|prevailed|was elected|was re-?elected|gano|gana|ganaba|vencio|vence|derroto|derrota"
    r"|se impuso|se impone|triunfo|triunfa|(?:fue|es) (?:re)?elegid[oa]|(?:fue|es) (?:re)?elect[oa]"
    r"|resulto elect[oa]|quedo (?:en )?primer(?:o|a| lugar)|lidera|lideraba|encabeza|encabezaba|aventaja"
    r"|aventajaba)\b"
)
_LOSE = re.compile(r"\b(?:was defeated by|lost to|fue derrotad[oa] por|perdio (?:ante|frente a|contra)|cayo ante)\b")
_AGAINST = re.compile(
    r"\b(?:defeated|defeats|defeating|beat|beats|beating|against|over|ahead of|followed by|vencio a|vence a"
    r"|derroto a|derrota a|se impuso a|se impuso sobre|se impone a|aventaja a|aventajaba a|frente a|ante"
    r"|contra|sobre|seguid[oa] (?:de|por)|por delante de)\b"
)
_SECOND = re.compile(r"\b(?:came second|finished second|placed second|quedo segund[oa]|segundo lugar)\b")
_MARGIN = re.compile(
    rf"(?:\b(?:margin|lead|gap|ventaja|diferencia)\b[^.;%\d]{{0,40}}?|\bby\s+(?:about\s+|nearly\s+|almost\s+"
    rf"|some\s+|around\s+|roughly\s+|more than\s+)?|\bpor\s+(?:unos\s+|casi\s+|mas de\s+|alrededor de\s+)?)"
    rf"({_N})\s*(?:percentage\s+|porcentuales\s+)?(?:points?|puntos?|pts?\b|pp\b)"
)
_PARTIAL = re.compile(
    r"\b(?:preliminary|partial|partially|provisional|early (?:count|counts|returns|results|tally)|quick count"
    r"|unofficial|preliminar(?:es)?|parcial(?:es)?|provisional(?:es)?|conteo rapido|boca de urna"
    r"|exit polls?|(?:not|no|aun no|todavia no)\s+(?:yet\s+|son\s+|es\s+)?"
    r"(?:final|official|oficial|definitiv))"
)
_FINAL = re.compile(
    r"\b(?:final|official|officially|declared|certified|certification|oficial|oficiales|oficialmente"
    r"|definitiv[oa]s?|declaro|proclamo|proclaimed)\b"
)
_NOT_FINAL = re.compile(
    r"\b(?:final round|second and final|segunda y (?:ultima|definitiva)|se declaro|declared victory"
    r"|declared (?:himself|herself)|se proclamo)\b"
)


@dataclass
class _Read:
    """What one sentence says; turned into an ElectionFact once the winner is known."""

    winner: str | None = None
    runner_up: str | None = None
    winner_share: str | None = None
    runner_up_share: str | None = None
    margin: str | None = None
    has_win_verb: bool = False
    named_shares: list[tuple[str, str]] = field(default_factory=list)
    progress: bool = False


def _near_name(
    runs: list[_Run], s: str, pos: int, before: bool, max_words: int = 25, subject: bool = False
) -> _Run | None:
    """The closest usable name before (or after) a position, skipping "of the X" appositives.

    For a subject, possessives ("Milei's party won") are skipped: the possessor is not the winner.
    """
    ordered = reversed(runs) if before else iter(runs)
    for run in ordered:
        if (run.end > pos) if before else (run.start < pos):
            continue
        gap = s[run.end : pos] if before else s[pos : run.start]
        if len(gap.split()) > max_words or ";" in gap:
            return None
        if not run.usable or not run.text:
            continue
        if subject and re.match(r"['’]s\s+[a-z]", s[run.end : run.end + 5]):
            continue
        if before and _APPOSITIVE_BEFORE.search(_fold(s[max(0, run.start - 12) : run.start])):
            continue
        return run
    return None


def _name_right_after(runs: list[_Run], s: str, pos: int, max_words: int) -> _Run | None:
    """A name following pos with at most max_words lowercase/title words in between ("his opponent X")."""
    for run in runs:
        if run.start < pos:
            continue
        gap = _fold(s[pos : run.start])
        if re.search(r"[^\w\s\-'’]", gap):
            return None
        words = gap.split()
        if len(words) > max_words or any(w[0].isdigit() for w in words):
            return None
        if run.usable and run.text:
            return run
    return None


def _read_sentence(s: str) -> _Read | None:
    folded = _fold(s)
    runs = _runs(s)
    read = _Read()

    shares: dict[int, str] = {}  # id(run) -> share as written
    by_id = {id(r): r for r in runs}
    used: set[int] = set()
    pcts: list[tuple[int, int, str]] = []
    first_share_at: int | None = None
    for m in _PCT.finditer(folded):
        value = m.group(1)
        if parse_number(value) > 100:
            continue
        if _PROGRESS.match(re.split(r"[,;]| and | y ", folded[m.end() : m.end() + 70])[0]):
            read.progress = True
            continue
        if _NOT_SHARE_BEFORE.search(folded[max(0, m.start() - 40) : m.start()]):
            continue
        pcts.append((m.start(), m.end(), value))
        first_share_at = m.start() if first_share_at is None else first_share_at
    if not pcts and not _MARGIN.search(folded):
        return None
    if first_share_at is not None and (poll := _POLL.search(folded)) and poll.start() < first_share_at:
        return None

    pair = next(
        (p for p in _PAIR.finditer(folded) if not re.search(r"\b(?:from|desde)\s*$", folded[: p.start()])),
        None,
    )
    pair_values: tuple[str, str] | None = None
    if pair:
        pair_values = (pair.group(1), pair.group(2))
        pcts = [p for p in pcts if not (pair.start() <= p[0] < pair.end())]

    for start, end, value in pcts:
        after = re.match(r"\s*(?:de|del|of|for|para)\s+", folded[end:])
        run = _name_right_after(runs, s, end + after.end(), 2) if after else None
        if run is None:
            run = _near_name(runs, s, start, before=True)
        if run is None or id(run) in used:
            continue
        used.add(id(run))
        shares[id(run)] = value
        read.named_shares.append((run.text, value))

    win = _WIN.search(folded)
    lose = _LOSE.search(folded)
    winner_run = runner_run = None
    if lose:
        runner_run = _near_name(runs, s, lose.start(), before=True)
        winner_run = _name_right_after(runs, s, lose.end(), 4)
    elif win:
        read.has_win_verb = True
        winner_run = _near_name(runs, s, win.start(), before=True, subject=True)
        if winner_run is None:  # "Gana Kast con el 58%": subject after the verb
            winner_run = _name_right_after(runs, s, win.end(), 0)
    for against in _AGAINST.finditer(folded):
        if runner_run is None and (winner_run is None or against.start() >= winner_run.end):
            cand = _name_right_after(runs, s, against.end(), 4)
            if cand is not None and cand is not winner_run:
                runner_run = cand
    if runner_run is None and (second := _SECOND.search(folded)):
        cand = _near_name(runs, s, second.start(), before=True)
        if cand is not winner_run:
            runner_run = cand
    read.has_win_verb = read.has_win_verb or lose is not None

    if pair_values:
        hi, lo = sorted(pair_values, key=parse_number, reverse=True)
        if winner_run is None:
            names = [r for r in runs if r.usable and r.text and r.end <= pair.start()]
            winner_run = names[0] if names else None
            if runner_run is None and len(names) > 1:
                runner_run = names[1]
        read.winner_share, read.runner_up_share = hi, lo
    elif winner_run is not None:
        read.winner_share = shares.get(id(winner_run))
        if runner_run is None:
            others = [(parse_number(v), rid) for rid, v in shares.items() if rid != id(winner_run)]
            if others:
                runner_run = by_id[max(others)[1]]
        if runner_run is not None:
            read.runner_up_share = shares.get(id(runner_run))
    elif len(shares) >= 2:
        ranked = sorted(shares.items(), key=lambda kv: parse_number(kv[1]), reverse=True)
        winner_run, runner_run = by_id[ranked[0][0]], by_id[ranked[1][0]]
        read.winner_share, read.runner_up_share = ranked[0][1], ranked[1][1]

    if winner_run is not None:
        read.winner = winner_run.text
    if runner_run is not None and runner_run is not winner_run:
        read.runner_up = runner_run.text
    else:
        read.runner_up_share = None
    if m := _MARGIN.search(folded):
        read.margin = m.group(1)
    return read


def _stage(folded: str, progress: bool) -> Literal["partial", "final", "unknown"]:
    if progress or _PARTIAL.search(folded):
        return "partial"
    if _FINAL.search(_NOT_FINAL.sub(" ", folded)):
        return "final"
    return "unknown"


def _last_word(name: str | None) -> str:
    return _fold(name.split()[-1]).strip('"“”') if name else ""


def _build(
    read: _Read, sentence: str, text_counts: dict[str, int], text_order: list[str], place_hint: str | None
) -> ElectionFact:
    folded = _fold(sentence)
    w = parse_number(read.winner_share) if read.winner_share else None
    r = parse_number(read.runner_up_share) if read.runner_up_share else None
    if read.margin is not None:
        margin, computed = parse_number(read.margin), False
    elif w is not None and r is not None:
        margin, computed = round(w - r, 2), True
    else:
        margin, computed = None, False
    return ElectionFact(
        place=_place_for(sentence, read, text_counts, text_order, place_hint),
        winner=read.winner or "",
        runner_up=read.runner_up,
        winner_share=w,
        runner_up_share=r,
        margin_points=margin,
        margin_computed=computed,
        date=_find_date(folded),
        stage=_stage(folded, read.progress),
        sentence=" ".join(sentence.split()),
    )


def _place_for(
    sentence: str, read: _Read, text_counts: dict[str, int], text_order: list[str], place_hint: str | None
) -> str | None:
    in_sentence = find_places(sentence)
    if in_sentence:
        return max(in_sentence, key=lambda c: (text_counts.get(c, 0), -in_sentence.index(c)))
    if text_counts:
        return max(text_order, key=lambda c: (text_counts[c], -text_order.index(c)))
    return place_hint.upper() if place_hint else None


def extract_facts(text: str, place_hint: str | None = None) -> list[ElectionFact]:
    """Election results stated in a text (English or Spanish), one per sentence that states one.

    A sentence that only adds the runner-up ("Y took 41.8%") right after a sentence naming the winner is
    merged into that fact. Shares of the count ("with 57% of tally sheets counted") mark the fact partial
    and are never read as vote shares.
    """
    if not text or not text.strip():
        return []
    counts = place_counts(text)
    order = list(counts)
    facts: list[ElectionFact] = []
    prev: tuple[int, _Read, str] | None = None  # sentence index, read, sentence text of the last fact
    for i, sentence in enumerate(_sentences(text)):
        read = _read_sentence(sentence)
        if read is None:
            continue
        folded = _fold(sentence)
        continues = prev is not None and prev[0] == i - 1 and not read.has_win_verb
        if continues and prev is not None and read.margin and not read.named_shares:
            if (
                prev[1].margin is None and facts[-1].margin_points is None
            ):  # "The margin was 16 points." right after the result
                prev[1].margin = read.margin
                merged = f"{prev[2]} {sentence}"
                facts[-1] = _build(prev[1], merged, counts, order, place_hint)
                prev = (i, prev[1], merged)
            continue
        if continues and prev is not None and prev[1].runner_up is None and read.named_shares:
            p_read = prev[1]
            candidates = [(n, v) for n, v in read.named_shares if _last_word(n) != _last_word(p_read.winner)]
            if candidates:
                name, value = max(candidates, key=lambda nv: parse_number(nv[1]))
                if p_read.winner_share is None or parse_number(value) <= parse_number(p_read.winner_share):
                    p_read.runner_up, p_read.runner_up_share = name, value
                    p_read.margin = p_read.margin or read.margin
                    p_read.progress = p_read.progress or read.progress
                    merged = f"{prev[2]} {sentence}"
                    facts[-1] = _build(p_read, merged, counts, order, place_hint)
                    prev = (i, p_read, merged)
                    continue
        if read.winner is None or (read.winner_share is None and read.margin is None):
            continue
        if not read.has_win_verb:
            needs_context = prev is not None and not _LEADER_CONTEXT.search(folded)
            if needs_context or not (_ELECTION_WORDS.search(folded) or read.progress):
                continue
        facts.append(_build(read, sentence, counts, order, place_hint))
        prev = (i, read, sentence)
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
