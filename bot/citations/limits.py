"""Figures that are limits, not results, as read: bounds ("more than half", "fewer than 3 million", "38.1%, under
40%"), thresholds not passed ("no candidate passed 50%", "did not come close to 30%"), what a majority takes and what
is needed ("the 176 of the absolute majority", "needs 233 seats"), and majorities denied. Such a figure is nobody's
result: the verifiers (`verifiers.bounds`, `verifiers.thresholds`) check it against the span's figures."""

from __future__ import annotations

import re

from bot.citations.numbers import _FRACTIONS_RE, phrases
from retrieval.extraction import words as W

# A fraction after a comparison is a bound whatever follows it: "42.45% of the vote, more than half", "with less than
# half the vote", "menos da metade"; "well over", "bien" and "muito" only strengthen it.
_BOUND_FRACTION = re.compile(
    r"\b(?:(?P<lt>fewer than|less than|under|below|short of|menos de|menos que|menos da|abaixo de|por debajo de)|"
    r"(?P<gt>more than|over|above|mas de|mas que|mais de|mais que|mais da|por encima de|acima de))\s+"
    rf"(?P<w>{_FRACTIONS_RE})\b"
    # then nothing more ("…, more than half."), or what it is of ("half the vote"), never "half an hour"
    r"(?=\s*(?:[,.;:)\[]|$)|\s+(?:the|its|their)\s+(?:vote|votes|ballots|valid|seats|electorate|voters)\b)"
)


# A threshold figure set off after a share it is said of: "42.45%, short of the 50% needed", "38.1%, under 40%".
# a share given as under a figure: "Ruiz got less than 49%", "menos del 40 %", "abaixo de 30%"
_BELOW_BEFORE = re.compile(
    r"\b((just|barely|slightly|a little|a bit|well|far) )?(less than|fewer than|under|below)\s+(the )?$|"
    r"\b((un )?poco |(um )?pouco |bien |muito )?(menos del?|menos dos?|menos que|por debajo del?|abaixo d(e|os|as|o|a))"
    r"\s+(el |la |o |a |os )?$|"
    r"\b(moins de|sous|en dessous de|inferieure? a|en deca de)\s+(la |les )?$"
)
_PASSED_BEFORE = re.compile(
    r"\b(more than|above|exceeded|exceeds|topped|tops|surpassed|surpasses|passed|crossed|supero|superaron|supera|"
    r"superan|superou|superaram|ultrapassou|ultrapassaram|mais de|mas del?|algo mas del?|por encima del?|"
    r"acima d(e|os|as|o|a)|"
    # the imperfect of passing: "superaba el 50 %", "ultrapassava os 50%", "dépassait 50 %"
    r"superaba|superaban|ultrapassava|ultrapassavam|depassait|depassaient|"
    # and its infinitive and gerund: "Al superar la mitad de los votos", "ao ultrapassar 50%", "en dépassant 50 %"
    r"superar|superando|ultrapassar|ultrapassando|depasser|depassant|exceeding|topping|passing|surpassing|"
    # a share given as just past a figure: "won with just over 50%", "con poco más del 50 %", "pouco mais de 50%"
    r"(just|barely|slightly|a little|a bit) (over|above|more than)|(un )?poco mas del?|(um )?pouco mais de|"
    # French: "plus de", "a dépassé", "au-dessus de", "franchi"
    r"(un peu |legerement )?plus de|au-dessus de|depasse|depassent|franchi|superieure? a)\s+"
    r"(the |el |la |o |a |os |les )?$"
)


# A count given as a bound: "more than 5.7 million voters", "menos de 3 millones", "mais de 5,7 milhões".
_COUNT_BOUND = re.compile(
    r"\b(?:(?P<lt>fewer than|less than|menos de|moins de)|(?P<gt>more than|mais de|mas de|plus de)|"
    # a count passed: "Lee superó los 17,2 millones de votos", "topped 5 million votes", "ultrapassou os 800 mil"
    r"(?P<passed>exceeded|topped|surpassed|passed|supero|superaron|superou|superaram|ultrapassou|ultrapassaram|"
    r"depasse|depassent|superaba|superaban|ultrapassava|ultrapassavam|depassait|depassaient)\s+"
    r"(?:the |los |las |el |os |as |o |les )?)\s*$"
)


_BOUND_FIGURE = re.compile(
    r",\s+(?:(?:just|well|far|still|barely|comfortably|justo|bien|muy|muito|bem|apenas|pouco)\s+)?"
    r"(?:(?P<lt>fewer than|less than|under|below|short of|menos de|menos que|abaixo d(?:e|os|as|o|a)|por debajo del?)|"
    r"(?P<gt>more than|over|above|mas de|mas que|mais de|mais que|por encima del?|acima d(?:e|os|as|o|a)))\s+"
    r"(?:(?:the|el|la|los|o|a|os)\s+)?$"
)


# A fraction as a bound, not a value: "fewer than half of", "menos de la mitad de", "mais de um terço de".
_COMPARED = re.compile(
    r"\b((?P<lt>fewer than|less than|under|below|menos de|menos da|abaixo de|moins d['’e]|moins de la)|(?P<gt>more "
    r"than|over|above|mas de|mais de|mais da|por encima de|acima de|plus d['’e]|plus de la))\s*$"
)


# A threshold a contestant did not pass: "no candidate passed 50%", "did not reach the 50% mark", "fell short of
# half of the vote", "nenhum candidato passou de 50%". Such a figure is nobody's share: it is supported by the
# same figure in the span, or (50%) by a majority the span says was not won.
_CLOSE = (
    r"(came|come|comes|coming|got|get|gets|getting) (anywhere )?(close|near) to|se acerco al?|se acercaron al?|"
    r"estuvo cerca del?|estuvieron cerca del?|chegou perto d[eoa]s?|chegaram perto d[eoa]s?|ficou perto d[eoa]s?|"
    r"ficaram perto d[eoa]s?|chegar perto d[eoa]s?|ficar perto d[eoa]s?|acercarse al?|estar cerca del?"
)


_CLOSE_BEFORE = re.compile(rf"\b({_CLOSE})\s+(the |el |la |o |a |os |los )?$")


_THRESHOLD_BEFORE = re.compile(
    r"\b(pass(ed|es)?|reach(ed|es)?|cross(ed|es)?|clear(ed|s)?|exceed(ed|s)?|top(ped|s)?|surpass(ed|es)?|"
    r"break|broke|more than|over|above|short of|below|under|supero|superaron|superar|alcanzo|alcanzaron|alcanzar|"
    r"llego al?|llegaron al?|llegar al?|chegou aos?|chegaram aos?|chegar aos?|"
    r"paso del?|pasaron del?|rebaso|sobrepaso|mas del?|por debajo del?|superou|"
    r"superaram|alcancou|alcancaram|alcancar|atingiu|atingiram|atingir|passou de|passaram de|ultrapassou|"
    r"ultrapassaram|chegou a|chegaram a|mais de|abaixo d[eoa]s?|aquem d[eoa]s?|"
    # the imperfect of the same verbs, as a count in progress is told ("no llegaba al 50 %", "não chegava aos 50%")
    r"superaba|superaban|alcanzaba|alcanzaban|llegaba al?|llegaban al?|pasaba del?|pasaban del?|superava|"
    r"superavam|alcancava|alcancavam|atingia|atingiam|chegava aos?|chegavam aos?|passava de|passavam de|"
    r"ultrapassava|ultrapassavam|"
    # the subjunctive after a denied existence: "No hubo ningún candidato que superara el 20 %", "que chegasse a"
    r"superara|superaran|superase|superasen|alcanzara|alcanzaran|alcanzase|llegara al?|llegaran al?|superasse|"
    r"superassem|ultrapassasse|ultrapassassem|atingisse|atingissem|alcancasse|alcancassem|chegasse a|chegassem a|"
    # a share won or got, denied ("Nobody won even a third", "Ninguno logró siquiera el 20 %")
    r"(won|got|obtained|secured|obtuvo|logro|consiguio|obteve|conseguiu|gano|ganhou)( even| so much as| siquiera| "
    r"sequer| nem)?|"
    # closeness: denied, it is a threshold not reached ("Neither of her rivals came close to 30%")
    rf"{_CLOSE})\s+"
    # "even" after any of these verbs too: "Neither of X's rivals reached even a quarter of the vote"
    r"((even|so much as|siquiera|sequer) )?"
    r"(the |el |los |la |o |a |os |as |do |dos |da )?"
    r"(threshold of |mark of |umbral del? |barrera del? |patamar de |barreira de |limiar de |los |os )?$"
)


_THRESHOLD_AFTER = re.compile(r"^\s*(threshold|mark|bar|barrier|umbral|barrera|barreira|patamar|limiar)\b")


_NEGATED = re.compile(
    r"\b(no|not|n't|never|neither|nor|none|nobody|without|failed|fail|fell short|falls short|short of|below|under|"
    r"ningun\w*|nadie|ni|sin|nunca|no logro|por debajo|nao|nem|nenhum\w*|ninguem|sem|abaixo|aquem|"
    # French: "ne … pas", "n'a pas", "aucun", "sans", "en deçà"
    r"n['’]\w+ (pas|jamais|plus)|ne \w+ (pas|jamais|plus)|aucun\w*|sans|en deca)\b"
)


_NOBODY = re.compile(
    r"\b(no (candidate|contender|party|one|coalition|alliance|bloc|list|challenger|rival|opponent)s?|none|neither|"
    r"nobody|ningun\w*|nadie|"
    r"nenhum\w*|ninguem|aucun\w*|"
    r"not (one|a single)|ni uno|ni una|nem um|nem uma)\b"
)


MAJORITY = re.compile(
    r"\b((outright|absolute|overall|clear|simple) majority|majority of the (vote|votes|ballots)|more than half|"
    r"mayoria absoluta|mas de la mitad|maioria absoluta|mais da metade|majorite absolue|plus de la moitie)\b"
)


# The size of a majority is nobody's result: "lejos de los 176 de la mayoría absoluta", "the 326 seats needed for a
# majority", "a maioria absoluta de 116 deputados", "los 41 que marcan la mayoría absoluta".
_MAJORITY_AFTER = re.compile(
    r"\s*(seats |escanos |cadeiras |deputados |diputados |votes |votos |mandatos )?(that |que )?"
    r"(of the |of an? |for the |for an? |de la |da |do |para (la |a |o |una |uma )?|"
    r"(needed|required|necessary) (for|to (win|form|secure|have|hold)) (an? |the )?|"
    r"(necesari[oa]s|necessari[oa]s|precis[oa]s) (para|a) (la |a |formar |obtener |ter |alcanzar |alcancar )?|"
    # a relative clause that says the figure is the line: "los 41 que marcan la mayoría", "the 61 that make a majority"
    r"(?:(?<=that )|(?<=que ))(mark|marks|make|makes|set|sets|give|gives|constitute|marcan|marca|dan|da|fijan|"
    r"constituyen|garantizan|marcam|dao|fazem|definem|constituem|garantem) (the |an? |la |una |a |uma )?)"
    r"(absolute |outright |overall |working |parliamentary )?(majority|mayoria|maioria)\b"
)


# The line said as a compound: "the 61-seat majority mark", "a 76-seat majority threshold" (never "a 76-seat majority",
# a count won).
MAJORITY_COMPOUND = re.compile(
    r"-seats?\s+(absolute |outright |overall |working |parliamentary )?majority\s+(mark|threshold|line|bar)\b"
)


_MAJORITY_BEFORE = re.compile(
    r"\b(majority|mayoria|maioria)( absoluta| absolute| outright| overall)?"
    r"( (threshold|line|mark|umbral|linea|limiar))?"
    r"( (in|en|na|no|em) (the |la |el |a |o )?"
    r"[a-z]+( (de|da|do|of|del) (la |a |o |the )?[a-z]+)?)? (is |es |e |requires |needs |takes |"
    r"requiere |exige |set at |fijada en |fixada em |stands at |sits at |esta en |se situa en |se alcanza con |"
    r"esta em |fica em |se atinge com |se alcanca com )(at least |al menos |pelo menos )?$"
    r"|\b(mayoria|maioria) absoluta (de|del?) (los |las |os |as )?$"
    # a condition, not a result: "hacía falta superar el 50 %", "it needed to pass 50%", "era preciso ultrapassar"
    r"|\b(hacia falta|hace falta|se necesita(ba)?|era (preciso|necesario|necessario)|needed to|had to|required to|"
    r"would need to|necessitava|precisava)\s+(superar|pasar|alcanzar|pass|reach|exceed|clear|top|win|ultrapassar|"
    r"atingir|passar)\s+(de\s+)?(el |the |o |a |os |los )?$"
)


# A figure no contestant holds (the reader's `unheld` tables): after it, a threshold, seats still to be filled or a
# past total ("the 233 needed", "los 233 necesarios", "22 seats still to be declared", "los 256 que tenía");
# before it, a need or a hypothesis ("needs 233 seats", "tendrían 180"). A change ("ten more") is not a condition,
# and "mas" is also Portuguese "but".
_CHANGES = frozenset(
    "more, fewer, plus one, mas, menos, mas uno, mas un voto, a mais, a menos, mais um, mais um voto".split(", ")
)


_NEEDED_AFTER = re.compile(
    r"\s*(seats |escanos |cadeiras |deputados |diputados |votes |votos |mandatos )?"
    rf"({phrases(W.UNHELD_AFTER, 'requeridas, precisos, precisas', without=_CHANGES)})\b"
)


# (a preposition may come between: "um candidato precisa de 40% dos votos", "needs of")
_NEEDED_BEFORE = re.compile(rf"\b({phrases(W.UNHELD_BEFORE)})\s+(de )?(the |el |los |la |o |os |a |as )?$")


def _unreached(folded: str, start: int, end: int) -> bool:
    """Whether the figure at start..end is a threshold its clause says was not passed."""
    clause = re.split(r"[;.]\s|,\s|[:;]", folded[max(0, start - 80) : start])[-1]
    clause = _QUOTED_OPTION.sub(" option ", clause)  # the «No» option negates nothing ("El «No» obtuvo el 38 %")
    threshold = _THRESHOLD_BEFORE.search(clause) or _THRESHOLD_AFTER.match(folded[end:])
    return bool(threshold and _NEGATED.search(clause))


_QUOTED_OPTION = re.compile(r"[«“\"][^»”\"]{1,30}[»”\"]")


# Closeness to a plain majority denied ("neither came close to a majority", "nenhum chegou perto da maioria") denies
# the majority itself.
_CLOSE_TO_MAJORITY = re.compile(
    rf"\b({_CLOSE})\s+(the |a |an |la |una |uma |o )?(absolute |outright |overall )?(majority|mayoria|maioria)\b"
)


def majority_denied(folded: str) -> bool:
    """Whether a text says an absolute majority (more than 50%) was not won: "no candidate won an outright
    majority", "ninguno obtuvo la mayoría absoluta", "nenhum candidato alcançou a maioria absoluta"."""
    for m in [*MAJORITY.finditer(folded), *_CLOSE_TO_MAJORITY.finditer(folded)]:
        clause = re.split(r"[;.]\s|,\s|[:;]", folded[max(0, m.start() - 80) : m.start()])[-1]
        if _NEGATED.search(clause):
            return True
    return False
