"""Who a figure is set against in its sentence: the one beaten, passed or trailed ("beat Y", "aventajó en 9,5 puntos
a Y"), the second figure of a score ("58.2% to 41.8%"), the two of "the difference between X and Y", and whether the
subject trails. Used by `binding`."""

from __future__ import annotations

import re

from bot.citations.described import title_start
from bot.citations.figures import Figure
from bot.citations.names import Name


def _sentence_before(folded: str, pos: int) -> str:
    return folded[max(folded.rfind(". ", 0, pos), 0) : pos]


def _rival(folded: str, fig: Figure, people: list[Name]) -> str | None:
    """The other contestant of a margin or a score in the figure's sentence: the one beaten, passed or trailed."""
    begin = max(folded.rfind(". ", 0, fig.start), 0)
    end = folded.find(". ", fig.end)
    end = len(folded) if end < 0 else end
    others = [n for n in people if begin <= n.start < end and _object_of_defeat(folded, n)]
    return min(others, key=lambda n: abs(n.start - fig.start)).words[-1] if others else None


# "58.2% to 41.8%", "54,5 % frente al 45,5 %", "50,9% a 49,1%": the second figure of a score is the rival's.
_SCORE_PAIR = re.compile(
    r"\d\s*(%|por ?ciento|por ?cento|percent|per cent)?\s*(to|a|contra|versus|vs\.?|frente al?|x)\s+$"
)
# "beating Le Pen with 58.55% of the vote to her 41.45%", "frente a su 41%": the figure is the beaten rival's.
_RIVALS_OWN = re.compile(
    r"\b(to|against|versus|vs\.?|frente a|contra|ante)\s+(his|her|their|its|su|seus?|suas?|os seus|"
    r"as suas|o seu|a sua)\s+(own\s+)?$"
)
_BETWEEN = re.compile(
    r"\b(difference|gap|margin|spread|distance|diferencia|brecha|distancia|ventaja|diferenca|margem|margen|"
    r"vantagem|ecart|marge)\s+(between|entre)\s+"
)


def _between(folded: str, fig: Figure, people: list[Name]) -> tuple[Name, Name] | None:
    """The two contestants of "the difference between X and Y" said in the figure's sentence before it (an article
    before the second allowed: "A diferença entre a AD e o PS")."""
    if fig.kind not in ("points", "share", "count", "number"):
        return None
    begin = max(folded.rfind(". ", 0, fig.start), 0)
    m = max(_BETWEEN.finditer(folded, begin, fig.start), key=lambda x: x.start(), default=None)
    if m is None:
        return None
    two = [n for n in people if m.end() <= n.start < fig.start][:2]
    if len(two) < 2 or not re.fullmatch(
        r"\s*(and|y|e|et)\s+((the|el|la|los|las|o|a|os|as|le|les)\s+|l')?", folded[two[0].end : two[1].start]
    ):
        return None
    return two[0], two[1]


# The subject is behind: a margin it trails by is the rival's share less its own.
_TRAILS = re.compile(
    r"\b(trail\w*|behind|lost (to \w+ )?by|fell short|finished \w+ behind|detras de|atras de|perdio (ante \w+ )?por|"
    r"perdeu (para \w+ )?por|quedo a(?! la cabeza)|ficou a(?! frente))\b"  # "ficou à frente do PS" leads
)


def _object_of_defeat(folded: str, name: Name) -> bool:
    """ "beat Vera", "against Vera", "sobre Peralta": the name is the one who lost, not the subject; so is a name
    owned by the one beaten ("beat Rui Rio's PSD": the PSD lost too)."""
    return _beaten_at(folded, name.start)


def _unquoted(before: str) -> str:
    """The text before a name without the quote opening it (an option: "superó al «No»", 'beat the "No"')."""
    bare = before.rstrip()
    return bare.rstrip('«“"').rstrip() + " " if bare.endswith(("«", "“", '"')) else before


def _beaten_at(folded: str, start: int) -> bool:
    start = title_start(folded, start)  # "aventajaba al presidente Igor Dodon": the one beaten, across the title
    owner = _OWNED.search(folded[max(0, start - 40) : start])
    if owner is not None:  # the owner's name, one to three words back ("Rio's", "Rui Rio's")
        words = list(re.finditer(r"\S+", owner.group()))
        base = start - len(owner.group())
        if any(_beaten_at(folded, base + w.start()) for w in words):
            return True
    return bool(
        re.search(
            r"\b(beat|beats|beating|defeated|defeating|defeats|against|over|versus|vs|contra|sobre|"
            r"frente a|derroto|derrotou|derrotando|supero a|superou|supera a|superando a|vencio a|vencio|"
            r"venceu|vence|ahead of|lead over|led|outpolled|edged|edged out|edging out|beat out|ousted|unseated|"
            r"outpaced|aventajo a|aventajaba a|aventajaban a|superaba a|superava|desbanco a|derrotando a|"
            r"deixou para tras|"
            r"por delante del?|a frente d(e|o|a|os|as)|"
            r"a la cabeza de|"
            r"trailed|trails|trailing|behind|than|lost to|que a|do que|perdio ante|perdio frente a|perdeu para|"
            r"detras del?|atras d(e|o|a|os|as)|margin over|ventaja sobre|vantagem sobre|se impuso a|"
            r"se impuso sobre|impuso a|"
            r"se impos a|se impos sobre|impos a|prevailed over|triumphed over|gano a|ganhou de|supero|supera|"
            r"superando|aventajo|aventaja|aventajaba|superaba|"
            # French: "a battu Y", "a devancé Y", "l'a emporté sur Y", "face à Y", "derrière Y"
            r"battu|bat|battant|devance|devanca|devancait|devancant|emporte sur|l'emporte sur|face a|devant|"
            r"derriere)\s+"
            # a preposition and then the name's own article ("superou a La Libertad Avanza", "aventajó a Los Verdes")
            r"((the |el |la |los |las |o |a |os |as |al |ao |aos |le |les |l'))?"
            r"((the |el |la |los |las |o |os |as |le |les |l'))?$",
            _unquoted(folded[max(0, start - 28) : start]),
        )
        or _MARGIN_OBJECT.search(folded[max(0, start - 60) : start])
        or _DESCRIBED_OBJECT.search(folded[max(0, start - 60) : start])
    )


# The one beaten described, then named in apposition: "beat the incumbent, Francisco Guterres Lú-Olo, by…",
# "derrotou o Presidente em funções, Lú-Olo, …", "venció al presidente saliente, X": the name is the one beaten.
_DESCRIBED_OBJECT = re.compile(
    r"\b(beat|beats|beating|defeated|defeating|defeats|ousted|unseated|derroto|derrotou|derrotando|vencio a|venceu|"
    # or led by a margin: "aventajó al tercero, Camacho, en 41,1 puntos", "led the runner-up, Mesa, by…"
    r"aventajo|aventajaba|supero|superaba|superou|superava|led|outpolled|devance|devanca|devancait|"
    r"battu|bat|battant)\s+(the|el|la|al|o|a|ao|le|l')\s*[^\W\d_]+(\s+[^\W\d_]+){0,3},\s+$"
)


# The one beaten with the margin said between verb and name: "aventajó en 9,5 puntos a Y", "superó por 3 puntos a
# Y", "superou por 3 pontos a Y", "led by 5 points over Y"; a margin in seats or votes, or in words, the same way
# ("aventajó en 16 diputados al PSdeG", "led by some eleven points over Y").
_MARGIN_OBJECT = re.compile(
    r"\b(aventajo|aventaja|aventajaba|aventajaban|superaba|superava|supero|supera|superou|vencio|venceu|derroto|"
    r"derrotou|gano|ganhou|led|leads|beat|beats|"
    r"outpolled|edged|devance|devanca|devancait|bat|battu|"
    r"(?P<behind>quedo|quedaron|quedaba|se quedo|ficou|ficaram|ficava|finit|a fini|termine|a termine))\s+"
    r"(en|por|by|em|com|de|(?(behind)a|(?!)))\s+(casi |cerca de |quase |about |nearly |unos |unas |uns |umas |some |"
    r"around |roughly |almost |mas de |mais de |more than |over )?([\d.,]+|[a-z]+)\s*"
    r"(%|points?|puntos?|pontos?|percentage points?|seats?|escanos|diputados|deputados|cadeiras|mandatos|votes|votos)?"
    r"(\s+(porcentuales|percentuais))?\s+(a|al|ao|aos|over|sobre|de|do|to)\s+"
    r"(the |el |la |los |las |o |a |os |as )?$"
)


# A possessive name right before another ("Rio's PSD", "Costa's Socialists"): who owns it.
_OWNED = re.compile(r"\b[a-z][\w-]*(\s+[a-z][\w-]*){0,2}['’]s\s+$")
