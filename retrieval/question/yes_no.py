"""Whether a question is a yes/no one, and the fact it turns on ("did Kouassi win outright?" -> "outright")."""

from __future__ import annotations

import re

from retrieval.question.kinds import YesNo
from retrieval.question.language import LANGUAGE_WORDS
from retrieval.results import RUNOFF_WORDS as _RUNOFF_WORDS

# The runoff's words of the shared table, with French's ("second tour", "ballottage").
RUNOFF_WORDS = _RUNOFF_WORDS[:-1] + r"|second tour|deuxieme tour|2e tour|2eme tour|ballottage)"

# A yes/no question: English opens with its auxiliary; Spanish and Portuguese ones have no question word
# first ("¿ganó Cevallos?", "o referendo passou?") where a question asking for something has one.
_AUXILIARY = re.compile(r"^(?:and |so |but )?(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could)\b")
_QUESTION_WORD = frozenset(
    "who whom whose what which when where why how quien quienes que cual cuales cuando donde como cuanto "
    "cuanta cuantos cuantas quem qual quais quanto quanta quantos quantas onde porque dime diga diz "
    "tell give show list qui quoi quel quelle quels quelles combien comment pourquoi quand lequel laquelle "
    "qu'est-ce dis dites".split()
)
# "Who" after an opening phrase ("e na segunda volta quem venceu?", "y en el balotaje quién ganó") still asks
# for someone: within the first words, after no auxiliary, a question asking who is no yes/no one. (The other
# question words may be relatives or conjunctions there: "que", "qui", "como".)
_WHO = frozenset("who whom quien quienes quem".split())
_WHO_WITHIN = 7
_EST_CE_QUE = re.compile(r"^(?:et |mais |alors )?est-ce qu(?:e\s+|['’])")
# A word asking a quantity anywhere in a question with no auxiliary first ("brandt runoff 2021 how much", "amlo
# 2018 cuanto saco") asks for a figure: such a question is no yes/no one. Alone, with no word of what is
# measured, "how much" asks a contestant's share ("en cuanto a", "quanto ao": "as for", are no quantity).
_QUANTITY = re.compile(
    r"\bhow (?:much|many)\b|(?<!\ben )\bcuant[oa]s?\b(?!\s+(?:a|al)\b)|\bquant[oa]s?\b(?!\s+(?:a|ao|aos|as)\b)"
    r"|\bcombien\b"
)
_WIN = (
    r"(?:win|won|wins|winning|gano|gana|ganar|ganhou|ganha|ganhar|venceu|vence|vencer|gagne|gagner|gagnera|"
    r"remporte|emporte|elu|elue|reelu|reelue|reelected|re-elected|reelegido|reelegida|reeleito|reeleita)"
)
# The fact each kind of yes/no question turns on, by its words, in the order they are tried: a runoff
# avoided is a win outright before it is a runoff.
_YES_NO: list[tuple[YesNo, re.Pattern[str]]] = [
    (
        "final",
        re.compile(
            r"\b(?:count|counting|result|results|tally|conteo|escrutinio|resultado|resultados|apuracao|contagem|"
            r"depouillement|decompte|resultat|resultats)\b"
            r".*\b(?:final|finished|over|complete|completed|certified|official|definitivo|definitivos|definitiva|"
            r"certificado|certificada|certificados|certificadas|"
            r"definitivas|oficial|oficiales|oficiais|terminado|terminada|concluido|concluida|definitif|definitifs|"
            r"definitive|definitives|officiel|officiels|officielle|officielles|termine|acheve|certifie|certifies)\b"
        ),
    ),
    (
        "outright",
        re.compile(
            r"\boutright\b|\b(?:avoid|avoided|avoids|without|evito|evitar|evitou|sin|sem|eviter|evite|sans)\b"
            r"(?: [\w'-]+){0,3} "
            rf"{RUNOFF_WORDS}\b"
            rf"|\b{_WIN}\b.*\b(?:in the first round|en (?:la )?primera vuelta|no primeiro turno|na primeira volta|"
            r"(?:des le|au) premier tour)\b"
        ),
    ),
    ("runoff", re.compile(rf"\b{RUNOFF_WORDS}\b")),
    ("majority", re.compile(r"\b(?:majority|majorities|mayoria|maioria|majorite)\b")),
    (
        "passed",
        re.compile(
            r"\b(?:pass|passed|approve|approved|reject|rejected|fail|failed|carried|aprobo|aprobado|aprobada|"
            r"aprobaron|rechazo|rechazado|rechazada|rechazaron|paso|passou|aprovado|aprovada|aprovou|aprovaram|"
            r"rejeitado|rejeitada|rejeitou|chumbado|chumbada|adopte|adoptee|approuve|approuvee|rejete|rejetee)\b"
        ),
    ),
    (
        "won",
        re.compile(
            rf"\b(?:{_WIN[3:-1]}|lose|lost|loses|beat|defeated|perdio|perdeu|derroto|derrotou|perdu|battu|battue)\b"
        ),
    ),
]


# Reaching or needing a runoff ("did X make the Chicago runoff?", "did Jakarta need a runoff?", "¿pasó Kamau a
# la segunda vuelta?") is decided by the first round.
REACHING = re.compile(
    r"\b(?:make|made|reach|reached|advance|advanced|qualify|qualified|need|needed|force|forced|paso|pasa|"
    r"passou|passa|necesito|precisou|forzo|forcou|qualifie|qualifiee|qualifies|qualifiees|accede|accedee|passe|"
    # confirmed or classified for it ("when Melo and Rosário were confirmed for the Porto Alegre runoff")
    r"confirmed|confirmado|confirmados|confirmada|confirmadas|clasifico|clasificaron|classificou|classificaram|"
    rf"fallu)\b(?: [\w'-]+){{0,4}} {RUNOFF_WORDS}\b"
)


def yes_no(folded: str) -> YesNo | None:
    """The fact a yes/no question turns on ("did Kouassi win outright?" -> "outright"), or None for a
    question asking for something (a winner, a figure: "who won outright?")."""
    folded = _EST_CE_QUE.sub("", folded)  # French opens a yes/no question with "est-ce que" as English with "did"
    words = re.findall(r"[\w'-]+", folded)
    if (
        not words
        or words[0] in _QUESTION_WORD
        or (_AUXILIARY.match(folded) is None and (words[0] in LANGUAGE_WORDS["en"] or words[0] == "et"))
    ):
        return None
    if _AUXILIARY.match(folded) is None and (any(w in _QUESTION_WORD for w in words[:3]) or _QUANTITY.search(folded)):
        return None
    if _AUXILIARY.match(folded) is None and any(w in _WHO for w in words[:_WHO_WITHIN]):
        return None  # "e na segunda volta quem venceu?", "y en el balotaje quién ganó": a round, then who
    kinds = [kind for kind, pattern in _YES_NO if pattern.search(folded)]
    if kinds[:1] == ["runoff"] and "won" in kinds:
        return "won"  # "did X win the runoff?" turns on who won it, not on whether there was one
    return kinds[0] if kinds else None
