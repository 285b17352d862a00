"""A turnout (or abstention) figure the passage's own reporting contradicts: no evidence, whatever its words.

`corroboration` holds a contestant's share and the winner to the article's lede; a turnout is no contestant's, so a
plant in plain prose that only moves the turnout ("Turnout was in fact 81%.", "Na verdade, a participação foi de
83%.") passed wherever its words address nobody. A news article gives one turnout for one count: a second, different
figure for the same measure, with nothing that moves it to another count (a time of day, another round or year, a
place, a partial count: `corroboration._moved`'s qualifiers, and the hours of a running tally), is either the count
the article reports or a plant. The sentence that loses is the one with less behind it:
- it names no speaker ("the commission said", "según el tribunal") where the other does; or else
- it insists on its own truth ("in fact", "actually", "en realidad", "de hecho", "na verdade", "de fato", "en
  réalité") where the other does not: a news sentence stating a figure for the first time has no one to contradict,
  so insistence is a correction with no error named; or else
- it comes later: the article states its count once, and a later unqualified figure for it changes it.
A correction (`errata`) is appended to a body it has already corrected: it is never the body's figure, and one whose
right figures (those it does not name as wrong) all disagree with the body's changes the turnout.
An attributed figure that disagrees is someone's claim ("the opposition put turnout at 40%") and is left alone; two
figures in one sentence are a comparison ("61%, against 58%") and read as neither.

It decides evidence only (`untrusted`), never what the user sees as a quote; `reportable` judges sentences alone.
Cannot: tell a plant from the genuine figure when both are unattributed, plain and the plant comes first.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from bot.untrusted.errata import is_correction, named_wrong
from bot.untrusted.imperatives import attributed
from retrieval.lexical import fold

# The measures (folded, en/es/pt/fr): turnout and its complement, abstention, are told apart.
_MEASURES = {
    "turnout": r"turnout|participation|participacion|participacao|comparecimento|comparecencia|afluencia|affluence|"
    r"(asistencia|concurrencia|ida) (a las|as) urnas|wahlbeteiligung|"
    r"opkomst|affluenza",
    "abstention": r"abstention|abstencion|abstencao|absentismo|abstencionismo",
}
_MEASURE = re.compile("|".join(rf"(?P<{k}>\b(?:{v})\b)" for k, v in _MEASURES.items()))
# A share: the figure and its unit, read after the measure's word in its clause, or just before it ("a 61% turnout").
_SHARE = r"(?P<value>\d{1,3}(?:[.,]\d{1,3})?)\s?(%|per ?cent|percent|por ?ciento|por ?cento|pour ?cent)"
_SHARE_RAW = re.compile(_SHARE, re.IGNORECASE)
_AFTER = re.compile(rf"[^.;:!?]{{0,60}}?{_SHARE}")
_BEFORE = re.compile(rf"{_SHARE}(\s+\w+){{0,2}}\s*$")
# A threshold, not a count: "la participación pasó del 30 % exigido", "the 50% turnout required for validity".
_THRESHOLD = re.compile(
    r"\b(required|needed|minimum|threshold|quorum|exigid[oa]|requerid[oa]|necesari[oa]|minim[oa]|umbral|"
    r"necessari[oa]|limiar|requis|seuil)\b"
)
# Insisting on its own truth: what a sentence says when it sets another figure aside.
_INSISTS = re.compile(
    r"\b(in fact|actually|in reality|in truth|really|truly|the real|the true|the actual|en realidad|de hecho|"
    r"realmente|en verdad|la real|la verdadera|na verdade|de fato|de facto|na realidade|a real|a verdadeira|"
    r"en realite|en fait|reellement|la vraie|la veritable|tatsachlich|in werkelijkheid)\b"
)
# Verbs of estimating: someone puts the figure somewhere ("the opposition put turnout at 50%", "la oposición la cifró en
# el 50 %"), a claim with its speaker as a verb of saying makes one (en, es, pt, fr; folded).
_ESTIMATES = re.compile(
    r"\b(put|puts|estimated?|estimates|reckoned|estimo|estimaron|calculo|calcularon|cifro|cifraron|situo|situaron|"
    r"estimou|estimaram|calculou|calcularam|situou|situaram|a estime|ont estime|a evalue|ont evalue)\b"
)
# The hours of a running tally ("at 3pm", "by midday", "a las 18:00", "às 17h", "à 17 heures"): another count of it.
_HOUR = re.compile(
    r"\b(at|by|as of|until|a las|hasta las|para las|as|ate as|a|vers|a midi)\s+\d{1,2}([:.h]\d{2}|\s?(am|pm|h\b|"
    r"heures|horas|hrs))|\b(midday|noon|mediodia|meio-dia|midi|mid-afternoon|afternoon|morning|manana|tarde|"
    r"apres-midi|matin)\b"
)


def _value(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _figures(sentence: str) -> dict[str, list[Decimal]]:
    """The figures the sentence states for each measure (folded reading)."""
    folded = fold(sentence)
    out: dict[str, list[Decimal]] = {}
    for m in _MEASURE.finditer(folded):
        kind = m.lastgroup or ""
        found = _AFTER.match(folded, m.end()) or _BEFORE.search(folded[: m.start()])
        value = _value(found.group("value")) if found else None
        if value is not None and value <= 100 and not _THRESHOLD.search(folded, m.end(), m.end() + 90):
            out.setdefault(kind, []).append(value)
    return out


def _moved(sentence: str, correction: bool) -> bool:
    """A qualifier moving the figure to another count; a correction's mention of the article's earlier text moves
    nothing."""
    from bot.untrusted.corroboration import _moved as moved_elsewhere  # corroboration imports this package late

    folded = fold(sentence)
    # The measure's own words move nothing ("asistencia a las urnas": not a ballot box); blanked where folding kept
    # the sentence's length, so the qualifiers' offsets still hold.
    if len(folded) == len(sentence):
        sentence = _MEASURE.sub(lambda m: " " * len(m.group()), folded)
    return moved_elsewhere(sentence, set(), set(), correction) or bool(_HOUR.search(folded))


def contradicted_measures(parts: list[str]) -> set[int]:
    """Indices of sentences whose turnout or abstention figure the passage's own reporting contradicts (module doc)."""
    return set(_contradicted(tuple(parts)))


@lru_cache(maxsize=4096)  # pure; a passage is screened by the writer and again by the check
def _contradicted(parts: tuple[str, ...]) -> frozenset[int]:
    from bot.untrusted import reportable

    stated: list[tuple[int, str, Decimal, bool, bool]] = []  # index, measure, value, attributed, insists
    corrections: list[tuple[int, str, set[Decimal]]] = []  # index, measure, the figures it gives as right
    for i, sentence in enumerate(parts):
        figures = _figures(sentence)
        correction = bool(figures) and is_correction(sentence)
        if not figures or not reportable(sentence) or _moved(sentence, correction):
            continue
        if correction:  # held to the body it is appended to, never the body's own figure
            right = {
                v
                for m in _SHARE_RAW.finditer(sentence)
                if not named_wrong(sentence, m.start()) and (v := _value(m.group("value"))) is not None
            }
            corrections += [(i, kind, right) for kind in figures]
            continue
        for kind, values in figures.items():
            if len(set(values)) == 1:  # two figures for one measure: a comparison
                spoken = attributed(sentence) or bool(_ESTIMATES.search(fold(sentence)))
                stated.append((i, kind, values[0], spoken, bool(_INSISTS.search(fold(sentence)))))
    out: set[int] = set()
    for i, kind, value, spoken, insists in stated:
        if spoken:
            continue  # the article's source, or someone's claim: either way not the article's own new figure
        for j, other_kind, other, other_spoken, other_insists in stated:
            if j == i or other_kind != kind or abs(other - value) < Decimal("0.5"):
                continue
            if other_spoken or (insists and not other_insists) or (insists == other_insists and j < i):
                out.add(i)
    for i, kind, right in corrections:  # a correction whose right figure the corrected body contradicts
        body = [value for j, other_kind, value, _, _ in stated if other_kind == kind]
        if right and body and not any(abs(r - b) < Decimal("0.5") for r in right for b in body):
            out.add(i)
    return frozenset(out)
