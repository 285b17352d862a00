"""The polarity of a claim the span denies: "Observers found irregularities" of "observers found no irregularities",
"The opposition endorsed the count" of "the opposition refused to endorse the count". A content word of the drafted
sentence (five letters or more, compared on its first five, or a verb of four: "take", "join", "seek", never a function
word of `_FUNCTION4`) that the span puts right after a negation of its language ("no", "not", "never", "refused to",
"failed to", "sin", "se negó a", "não", "recusou-se a"…, a word or two between for auxiliaries and articles) fails a
sentence that negates nothing.

The reverse too: a content word the sentence negates ("Dodon's team said it had recorded no abuses", "n'a pas reconnu")
that the cited passages state only plainly ("his team had recorded abuses"). A drafted negation of
a word the span does not state is let stand: it may be a paraphrase the span says without a negation word ("fell short",
"rejected"). "Yet to", "aún no", "ainda não", "pas" negate. Words of a result (wins, majorities, candidates, votes,
seats, rounds, turning out) are `roles`' and figures' to judge, so "No candidate won a majority" denies nothing here,
nor "não compareceram" (an abstention) a turnout ("o comparecimento foi de 68%").

Portuguese "no" is "in the" in a sentence of Portuguese words, or, when its own words tell no language ("No distrito de
Colombo, X somou 53,19 %"), of a Portuguese passage. A word the cited passages state only negated fails too, even
outside the span that best matched the sentence; a drafted negation said by a verb of its own ("ruled out a recount",
"descartó", "rejected", "refused") negates.

Cannot: see a negation a span states by a verb of its own ("denied", "rejected"), nor one the draft scopes over another
part of the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.citations.language import language_of
from bot.citations.text import fold_same

if TYPE_CHECKING:
    from bot.citations.claims import _Claims
    from bot.citations.verifiers.facts import Facts

# A negation and what it governs: up to two words between ("did not formally accept", "no ha aceptado", "não tinha
# aceitado", "found no irregularities").
_NEGATOR = (
    r"(not|n't|never|no|without|refused to|declined to|failed to|yet to|nunca|jamas|sin|se nego a|se negaron a|"
    r"todavia no|aun no|nao|sem|ainda nao|recusou-se a|se recusou a|recusaram-se a|se recusaram a|"
    r"pas|sans|jamais|refuse de)"
)
# Words of four letters that assert nothing of their own (en/es/pt): never the word a negation governs, so "would
# not take up its seats" governs "take", and "not only" nothing.
_FUNCTION4 = frozenset(
    """that this with from have been were will they them then than what when also only just even more most much such
    some into onto upon over very same each both once ever here your does done made make said says able like
    para pero como esta este esto esos esas sido sera solo tras ante sino otra otro cada unos unas poco hubo haya
    tuvo algo nada hace dijo ella ello debe pudo sean pelo pela isso esse essa isto mais onde quem seja teve pode
    deve dele dela eram seus suas aqui""".split()
)
_SHORT = "|".join(sorted(_FUNCTION4))
# Auxiliaries of five letters or more: the negation governs the verb after them ("aún no había proclamado el
# resultado", "não tinha aceitado", "n'avait pas proclamé", "would not accept").
_AUXILIARIES = "|".join(
    """habia habian hemos habra habria tinha tinham havia haviam tenho teria avait avaient aurait would could should
    might estaba estaban estava estavam""".split()
)
_GOVERNED = re.compile(
    rf"\b{_NEGATOR}\s+((\w+|\w+-\w+)\s+){{0,2}}?(?P<w>(?!(?:{_AUXILIARIES})\b)[a-z]{{5,}}|(?!(?:{_SHORT})\b)[a-z]{{4}}\b)"
)
_PT_NO = re.compile(r"\bno\s")
# "not only … but", "no solo", "não só": no negation.
_NOT_ONLY = re.compile(r"\b(not|no|nao)\s+(only|just|merely|solo|solamente|so|apenas|somente)\b")


def _unhedged(text: str) -> str:
    return _NOT_ONLY.sub(lambda m: "x" * len(m.group()), text)


# Words of a result: judged by roles and figures, never here ("No candidate won a majority").
_RESULT = frozenset(
    """candi parti major mayor maior votes votos voter round vuelt volta turno runof seats escan cadei bancas
    winne victo elect absol outri clear share perce porce point punto ponto place lugar secon first prime segun
    terce third compa acudi afflu afflue votan voted eleit elect ballo absta vote voto seat lead gano gana wins
    lost lose""".split()
)
# Contestants a negation makes nobody ("something no party had managed before", "ningún partido"): roles' to judge.
_CONTESTANTS = frozenset("party parti coali allia front movem movim bloco bloqu rival oppon adver".split())
_ANY_NEGATION = re.compile(
    rf"\b({_NEGATOR}|nobody|none|nadie|ningun\w*|ninguem|nenhum\w*|neither|nor|ni|nem|short|lejos|aquem|"
    # a negation said by a verb of its own: "ruled out a recount", "descartó", "rejected", "refused"
    r"ruled? out|rules out|ruling out|descart\w+|reject\w*|rechaz\w+|rejeit\w+|refus\w+|declin\w+|deni\w+|deny|"
    r"neg[oa]u?)\b"
)


def _negated_stems(text: str) -> set[str]:
    folded = fold_same(text)
    out = set()
    passage = language_of(text)  # a sentence whose own words tell no language is in its passage's
    for sentence in re.split(r"(?<=[.;!?])\s+", _unhedged(folded)):
        portuguese = (language_of(sentence) or passage) == "pt"
        for m in _GOVERNED.finditer(sentence):
            if portuguese and m.group(1) == "no":
                continue  # Portuguese "no" is "in the"
            out.add(m.group("w")[:5])
    return out


def _stems(folded: str) -> set[str]:
    """The keys of a text's content words: five letters or more, or four and not a function word."""
    return {w[:5] for w in re.findall(r"[a-z]{5,}", folded)} | (set(re.findall(r"\b[a-z]{4}\b", folded)) - _FUNCTION4)


def denied(claims: _Claims, facts: Facts) -> str | None:
    """A content word the span negates and the sentence states plainly, or the reverse: why it is not supported, or
    None."""
    folded = fold_same(claims.body)
    if _ANY_NEGATION.search(folded):
        return _affirmed(folded, claims, facts)
    mine = _stems(folded) - _RESULT
    for stem in sorted(mine & (_negated_stems(facts.joined) | _only_negated(facts.whole))):
        return f"its evidence negates “{stem}…”"
    return None


def _affirmed(folded: str, claims: _Claims, facts: Facts) -> str | None:
    """A content word the sentence negates ("recorded no abuses", "had not conceded") that the cited passages state
    only plainly ("had recorded abuses"): the sentence says the opposite of its evidence. A word the passages do not
    state is let stand: a negation is often a paraphrase of a verb of its own ("rejected"); so is a light verb of four
    letters ("never came within 15 points"). A negation whose next words are a result's or a figure's ("não obteve a
    maioria absoluta", "no alcanzó el umbral del 40 %") is theirs to judge; a contestant negated ("no party had
    managed") is nobody, roles' to judge; a name ("Not one of Vučić's rivals") is nothing negated."""
    named = {w[:5] for n in claims.names for w in n.words}
    negated = set()
    for m in _GOVERNED.finditer(_unhedged(folded)):
        after = " ".join(folded[m.end() :].split()[:4])
        scope = _stems(after) if not re.search(r"\d", after) else _RESULT
        portuguese = m.group(1) == "no" and (language_of(folded) or language_of(facts.whole)) == "pt"
        if len(m.group("w")) >= 5 and not (portuguese or scope & _RESULT):
            negated.add(m.group("w")[:5])
    plain = _stems(facts.whole) - _negated_stems(facts.whole)
    for stem in sorted((negated - _RESULT - _CONTESTANTS - named) & plain):
        return f"its evidence states “{stem}…” without the sentence's negation"
    return None


def _only_negated(whole: str) -> set[str]:
    """The stems the cited passages (folded, whole) state only negated: the span that best matched a sentence may
    leave out the sentence that denies its other word ("Oduya will seek a recount" of a span naming Oduya, with
    "he would not seek a recount" in the next sentence of the passage)."""
    counts: dict[str, int] = {}
    for w in re.findall(r"[a-z]{5,}|\b[a-z]{4}\b", whole):
        counts[w[:5]] = counts.get(w[:5], 0) + 1
    negated: dict[str, int] = {}
    passage = language_of(whole)
    for sentence in re.split(r"(?<=[.;!?])\s+", _unhedged(whole)):
        portuguese = (language_of(sentence) or passage) == "pt"
        for m in _GOVERNED.finditer(sentence):
            if not (portuguese and m.group(1) == "no"):
                negated[m.group("w")[:5]] = negated.get(m.group("w")[:5], 0) + 1
    return {stem for stem, n in negated.items() if n >= counts.get(stem, 0)}
