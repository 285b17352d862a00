"""The citation check, applied to every writer's output before anyone reads it.

Rules (a sentence failing one is removed, and the reason listed in the briefing's warnings):
1. Every [n] must name a listed source; unknown markers are dropped from the sentence.
2. Every sentence must carry a citation, except a short statement that the sources do not cover something
   (no digits, no names), which is how a writer abstains.
3. Every number in a sentence must appear in a passage the sentence cites. Rounding is allowed in one
   direction: a figure written with fewer decimals is supported by a source figure that rounds (half-up) to
   it, so "58%" is supported by "58,17%" and "58.2%", but "58.3%" is not. Decimal commas and points are the
   same. A margin the writer labels "(computed)" is supported when it is the difference of two cited figures.
4. Every name given as a winner (a capitalised name next to won/beat/defeated/ganó...) must appear in a
   passage the sentence cites.
"""

from __future__ import annotations

import re
from itertools import permutations

from bot.models import Citation
from retrieval.chunking import split_sentences
from retrieval.facts import numbers_in, parse_number, same_number
from retrieval.lexical import fold
from retrieval.places import find_places

_MARKER = re.compile(r"\[(\d{1,3})\]")
_ABSTAIN = re.compile(
    r"\b(do(es)? not|don't|doesn't|no (information|coverage|passage|source)|not (say|mention|cover|report)|"
    r"cannot|can't|unclear|no cubren|no (dicen|mencionan))\b",
    re.IGNORECASE,
)
_WIN = re.compile(
    r"\b(won|wins|beat|beats|defeated|defeats|elected|victory over|gan[oó]|gana|venci[oó]|derrot[oó])\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:[ -][A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)*")
_NOT_NAMES = frozenset(
    "The A An In On At By For With And But Or His Her Their Its This That These Those Early Final Official "
    "Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June July "
    "August September October November December President Presidential Congress Senate Party Runoff Vote "
    "El La Los Las Del De Un Una Según Tras Con Por Para".split()
)
_COMPUTED = re.compile(r"\b(computed|calculated|calculad[oa])\b", re.IGNORECASE)


def _cited(sentence: str) -> list[int]:
    return [int(m) for m in _MARKER.findall(sentence)]


def _numbers_supported(sentence: str, sources: list[str]) -> str | None:
    """The first unsupported number, or None."""
    body = _MARKER.sub("", sentence)
    source_numbers = [n for text in sources for n in numbers_in(text)]
    for claimed in numbers_in(body):
        if any(same_number(claimed, s) for s in source_numbers):
            continue
        if _COMPUTED.search(body) and _is_difference(claimed, source_numbers):
            continue
        return claimed
    return None


def _is_difference(claimed: str, source_numbers: list[str]) -> bool:
    target = parse_number(claimed)
    values = {parse_number(n) for n in source_numbers if 0 < parse_number(n) <= 100}
    decimals = len(claimed.replace(",", ".").partition(".")[2])
    return any(round(a - b, decimals) == round(target, decimals) for a, b in permutations(values, 2))


def _winner_names_supported(sentence: str, sources: list[str]) -> str | None:
    body = _MARKER.sub("", sentence)
    if not _WIN.search(body):
        return None
    haystack = fold(" ".join(sources))
    for match in _NAME.finditer(body):
        name = match.group()
        words = [w for w in re.split(r"[ -]", name) if w not in _NOT_NAMES and len(w) > 2]
        if not words or find_places(name):
            continue
        if not any(fold(w) in haystack for w in words):
            return name
    return None


def check(answer: str, citations: list[Citation]) -> tuple[str, list[str]]:
    """Return the answer with failing sentences removed, and a warning for each removal."""
    by_n = {c.n: c for c in citations}
    kept: list[str] = []
    warnings: list[str] = []
    for sentence in split_sentences(answer.replace("\n", " \n\n")):
        sentence = sentence.strip()
        if not sentence:
            continue
        markers = _cited(sentence)
        unknown = sorted({n for n in markers if n not in by_n})
        if unknown:
            sentence = _MARKER.sub(lambda m, bad=unknown: "" if int(m.group(1)) in bad else m.group(), sentence)
            sentence = re.sub(r"\s+([.,;:!?])", r"\1", sentence).strip()
            warnings.append(f"removed citation(s) to unknown source(s) {unknown}")
            markers = [n for n in markers if n in by_n]
        if not markers:
            if _ABSTAIN.search(sentence) and not re.search(r"\d", sentence):
                kept.append(sentence)
            else:
                warnings.append(f"removed an uncited sentence: “{_short(sentence)}”")
            continue
        sources = [by_n[n].quote for n in markers]
        bad_number = _numbers_supported(sentence, sources)
        if bad_number is not None:
            warnings.append(f"removed a sentence whose figure {bad_number} is not in its sources: “{_short(sentence)}”")
            continue
        bad_name = _winner_names_supported(sentence, sources)
        if bad_name is not None:
            warnings.append(f"removed a sentence naming {bad_name}, who is not in its sources: “{_short(sentence)}”")
            continue
        kept.append(sentence)
    return " ".join(kept), warnings


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
