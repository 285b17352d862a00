"""Cues of what a question asks that the word tables cannot hold: what a contestant got with no word of
measure, a quantity asked alone, a margin's "by" left at the end, how many voted for an option, how a named
contestant did, and the k-th place asked for."""

from __future__ import annotations

import re
from functools import lru_cache

from retrieval.local_titles import TITLES
from retrieval.places import normalize
from retrieval.question.kinds import Asks, YesNo
from retrieval.question.tables import OFFICE, ORDINALS, first, patterns

# What a contestant got, with no word of measure ("what did Saldanha get in Pernambuco", "¿qué sacó el PP?",
# "o que o PT obteve"): the verbs of receiving votes ask for the figures, as "how much did X get" does.
_GETTING = re.compile(
    r"\bwhat (?:did|does|has|have)\b(?:\s+[\w'-]+){1,5}?\s+(?:get|got|gotten|receive|received|score|scored|poll|polled)"
    r"(?=\s*(?:$|[?.!,]|in\b|at\b|on\b|among\b|with\b|this\b|last\b))"  # not "get done", "get through"
    r"|\bque (?:saco|obtuvo|consiguio|recibio|obteve|teve|conseguiu|recebeu)\b"
    r"|\bo que\b(?:\s+[\w'-]+){1,5}?\s+(?:teve|obteve|conseguiu|recebeu)\b"
    r"|\bqu['’](?:a|ont)(?:-t-(?:il|elle|ils|elles))?\s+(?:\w+\s+)?(?:obtenu|fait|eu|recueilli|recolte)\b"
)
# Accents are stripped before matching, so the relative "que" looks like the question word "qué": a "que"
# after a noun its determiner introduces ("el candidato que obtuvo más votos", "o partido que teve"), or
# after a bare article ("el que obtuvo"), is a relative, as "what" is only a question word in English.
_DETERMINERS = frozenset(
    "el la los las un una unos unas este esta estos estas ese esa esos esas aquel aquella o a os as um uma "
    "uns umas esse essa esses essas aquele aquela".split()
)
_SPANISH_ARTICLES = frozenset("el la los las".split())


def _relative_que(folded: str, start: int) -> bool:
    """Whether the "que" at `start` of the folded question is a relative pronoun, not a question word."""
    before = re.findall(r"[\w'-]+", folded[:start])[-2:]
    if not before:
        return False
    if before[-1] in _SPANISH_ARTICLES:
        return True  # "el que obtuvo": the one who got
    return len(before) == 2 and before[0] in _DETERMINERS and before[1] not in _DETERMINERS


def asks_getting(text: str, folded: str) -> bool:
    """What a contestant got, asked with no word of measure; never a relative clause ("el candidato que
    obtuvo más votos" asks who won). An accented "qué" is always the question word."""
    for match in _GETTING.finditer(folded):
        que = match.group().startswith("que ")
        accented = que and text.lower()[match.start() : match.start() + 3] == "qué"
        if que and not accented and _relative_que(folded, match.start()):
            continue
        return True
    return False


# A verb of winning with its "by" left at the end ("how many votes did Petrovska win by?", "what did he lose
# by"): the preposition's object is the margin asked.
_MARGIN_BY = re.compile(r"\b(?:win|won|wins|winning|lose|lost|loses|losing|lead|leads|led|ahead)\s+by\s*[?.!]*\s*$")
# Alone, with no word of what is measured, "how much" asks a contestant's share ("en cuanto a", "quanto ao":
# "as for", are no quantity).
_AMOUNT = re.compile(
    r"\bhow much\b|(?<!\ben )\bcuant[oa]\b(?!\s+(?:a|al)\b)|\bquant[oa]\b(?!\s+(?:a|ao|aos|as)\b)|\bcombien\b"
)

# How many voted for one option or contestant ("quantos votaram pela autonomia", "¿cuántos votaron no?", "how
# many voted yes"): that option's votes, not the turnout ("how many voted" alone).
# (Portuguese "no" is "in the": "quantos votaram no Brasil" asks the turnout.)
_OPTION_VOTES = re.compile(
    r"\bhow many (?:people )?voted\s+(?:for|against|in favou?r|yes|no)\b"
    r"|\bcuant(?:os|as personas) votaron\s+(?:por|a favor|en contra|si|no)\b"
    r"|\bquant[oa]s (?:pessoas )?votaram\s+(?:pela|pelo|pelos|pelas|a favor|contra|sim|nao)\b"
    r"|\bcombien (?:de personnes |d['’]electeurs |de gens )?ont vote\s+(?:pour|contre|oui|non|en faveur)\b"
)
# How a named contestant did ("how did Quispe do in the second round?", "¿cómo le fue a Quispe?", "como se
# saiu o PT"): the contestant's result, read as its figures.
_HOW_DID = re.compile(
    r"\bhow (?:did|does|has|have|is|are|was|were)\b(?:\s+[\w'-]+){1,4}?\s+(?:do|doing|done|fare|fared|faring|"
    r"perform|performed|performing)\b|\bcomo (?:le|les) (?:fue|va|ha ido)\b|\bcomo (?:se saiu|se sairam|foi o|foi a)\b"
    # where a named contestant finished ("em que lugar ficou X", "¿en qué puesto quedó X?", "what place did X take")
    r"|\bem que (?:lugar|posicao|colocacao) (?:ficou|ficaram|terminou)\b|\ben que (?:lugar|puesto|posicion) "
    r"(?:quedo|quedaron|termino|salio)\b|\bwhat (?:place|position) did\b"
    # the same with the verb first, as chat writes it ("e a souza ficou em que lugar?", "¿quedó en qué puesto?")
    r"|\b(?:ficou|ficaram|terminou) em que (?:lugar|posicao|colocacao)\b"
    r"|\b(?:quedo|quedaron|termino|salio) en que (?:lugar|puesto|posicion)\b"
    # a contestant's rank named by the noun or verb alone ("kiko pangilinan senate rank", "how did she rank?")
    r"|\b(?:rank|ranked|ranking)\b|\bquel (?:rang|classement)\b"
    r"|\bcomment (?:s['’]en )?(?:est|sont|a|ont)(?:-t-(?:il|elle|ils|elles))? (?:sorti|sortie|sortis|fait|reussi)\b"
    r"|\ba quelle (?:place|position)\b|\ben quelle position\b"
)


# A verb of finishing ("quedó", "terminó", "salió", "ficou", "finished", "came", "placed", "arrivé"): with an
# ordinal that is no round's, in any order ("¿y de segundo quién quedó?", "quién quedó de tercera", "who
# finished in the third spot"), it asks that place in the ranking.
_FINISHED = re.compile(
    r"\b(?:quedo|quedaron|termino|terminaron|salio|salieron|ficou|ficaram|terminou|terminaram|finished|came|"
    r"placed|arrive|arrivee|arrives|arrivees|termine|terminee)\b"
)


# The count at the moment a race was called ("what was the count when X was projected the winner", "¿cuánto
# estaba escrutado cuando declararon ganador a X?", "quanto estava apurado quando X foi declarado vencedor"):
# the state of the count then, not the outcome nor a share.
_WHEN_CALLED = re.compile(
    r"\b(?:when|cuando|quando|quand)\b(?:\s+[\w'-]+){0,6}?\s+(?:projected|called|declared|confirmed|confirmado|"
    r"confirmada|confirmados|confirmadas|confirme|confirmee|confirmes|declarado|declarada|"
    r"declarados|declararon|declaro|declarou|declararam|proyectado|proyectada|projetado|projetada|declare|declaree|"
    r"proclame|proclamee)\b"
)


# Why someone won or lost ("¿por qué ganó Ortiz?", "por que o PT perdeu"): the reports' analysis, a topic. A
# word of measure or choice right after "por que" makes it "by/for what" ("¿por qué margen ganó?").
_WHY = re.compile(
    r"\b(?:por que|porque)\b(?!\s+(?:margen|margem|diferencia|diferenca|partido|candidato|candidata|cuanto|quanto|"
    r"cuantos|quantos|porcentaje|porcentagem|ventaja|vantagem))(?:\s+[\w'-]+){0,4}?\s+(?:gano|perdio|ganaron|"
    r"perdieron|ganhou|perdeu|venceu|ganharam|perderam|venceram|triunfo|arraso|arrasou)\b"
)


# How many votes a contestant got ("how many votes did Ortiz get in the count", "¿cuántos votos sacó Ortiz en el
# escrutinio?", "quantos votos teve o PT na apuração"): that contestant's votes, whatever word of the count
# follows; "how many votes have been counted" has no verb of getting and stays the count.
_VOTES_OF = re.compile(
    r"\bhow many votes (?:did|does|has|have|had)\b(?:\s+[\w'-]+){1,4}?\s+(?:get|got|gotten|receive|received|win|won|"
    r"take|took|poll|polled)\b|\bcuantos votos (?:saco|obtuvo|tuvo|consiguio|logro|recibio|saca|obtiene)\b"
    r"|\bquantos votos (?:teve|obteve|recebeu|fez|conseguiu|tem)\b"
    r"|\bquantos votos\b(?:\s+[\w'-]+){1,3}?\s+(?:teve|obteve|recebeu|conseguiu)\b"
    r"|\bcombien de (?:voix|votes|suffrages) (?:a|ont)(?:-t-(?:il|elle|ils|elles))? (?:obtenu|eu|recueilli|fait)\b"
)


# Votes named by a question that asks nothing else ("lemanu runoff votes", "ppp/c total votes guyana"): a
# question typed as search words names what it wants, the vote counts.
_VOTES_NOUN = re.compile(r"\b(?:votes|votos|voix|suffrages)\b")


# Who lost, in the closed class of words for losing and the loser (en/es/pt/fr): the verbs' past ("lost",
# "perdió", "perdeu", "a perdu"), the nouns ("the loser", "el perdedor", "a perdedora", "le perdant"), the passive
# of defeat ("was defeated", "fue derrotado", "foi derrotada", "a été battu") and the other contestant of a
# two-way race ("the other candidate", "o outro candidato", "l'autre candidate"): the second place. The
# question's other words still decide ("who won and who lost?" asks who won): see `read_asks`.
_LOSER = re.compile(
    r"\b(?:(?:lost|lose|loses|perdio|perdieron|perdeu|perderam|perdu)\b(?!\s+(?:its|his|her|their|the most|more|su|sus|"
    r"seu|sua|seus|suas|la mayoria|a maioria|mas|mais|sa|son|ses|le plus))"  # losing something is no defeat
    r"|loser|losers|losing (?:candidate|side|party)|(?:was|were|got|been) (?:defeated|beaten)"
    r"|(?:the )?defeated (?:candidate|contender|rival|party)"
    r"|perdedor|perdedora|perdedores|perdedoras|perdant|perdante|perdants"
    r"|derrotad[oa]s?|(?:ete|a ete|ont ete) battue?s?"
    r"|(?:the )?other (?:candidate|contender|contestant|one|party|finalist)"
    r"|(?:el |la |los |las )?otr[oa]s? (?:candidat[oa]|contendiente|aspirante|partido|finalista)"
    r"|(?:o |a )?outr[oa] (?:candidat[oa]|concorrente|postulante|partido|finalista)"
    r"|l'?autre (?:candidate?|finaliste|parti))\b"
)


def asks_loser(folded: str) -> bool:
    """Whether a question asks who lost, and nothing else its words would ask without the words of losing."""
    if not _LOSER.search(folded):
        return False
    rest = _LOSER.sub(" ", folded)
    # a topic cue ("what did the loser promise?") or a figure ("the loser's share") asks that of the loser
    return first("asks", rest) is None and first("asks", folded) in (None, "winner", "rank")


def rank_asked(folded: str) -> int | None:
    """The k-th place a question asks for ("who came third?" -> 3); a round's ordinal is no place."""
    for match in patterns()["ordinal"].finditer(folded):
        after = folded[match.end() : match.end() + 12]
        if re.match(r"\s*(?:round|vuelta|turno|volta|ronda|ballot|tour|wahlgang)", after):
            continue  # "second round" is a round, not a place in the ranking
        return ORDINALS[match.group()]
    return None


@lru_cache(maxsize=1)
def _new_holder() -> re.Pattern[str]:
    """The new or next holder of an office, by any of its titles ("the new presidente da Câmara", "le nouveau
    sindaco", "el próximo gobernador", "the next prime minister"), or who holds it, asked with the title a
    word or two after "who is" ("whos auckland's mayor after the 2022 election", "¿quién es el alcalde de
    Lima?", "quem é o prefeito"): whoever won the vote for it."""
    holders = {"president", "mayor", "governor", "senate"}
    titles = [c for office, cues in OFFICE if office in holders for c in cues]
    titles += [c for row in TITLES for c in row.words]
    alternation = "|".join(sorted({re.escape(normalize(t)) for t in titles}, key=len, reverse=True))
    return re.compile(rf"\b(?:(?:{_NEW})|(?:{_WHO_IS})(?:\s+[\w'’-]+){{0,2}}?)\s+(?:{alternation})(?![\w-])(?!['’]s\b)")


# new, next: en/es/pt/fr
_NEW = "new|next|nuevo|nueva|proximo|proxima|novo|nova|nouveau|nouvel|nouvelle|prochain|prochaine"
# who is, typed with or without its apostrophe: en/es/pt/fr
_WHO_IS = r"who is|who's|whos|who['’]s|quien es|quem e|qui est"


def read_asks(text: str, folded: str, yes_no: YesNo | None) -> tuple[Asks, int | None]:
    """What a question asks and, for a place in the ranking, which (`text` as typed, `folded` normalised)."""
    cued = first("asks", folded)
    if cued is None and _new_holder().search(folded):
        cued = "winner"
    asks = cued or ("share" if "%" in text or asks_getting(text, folded) else "topic")
    if asks == "count" and _VOTES_OF.search(folded):
        asks = "votes"
    if _WHY.search(folded):
        asks = "topic"
    if _OPTION_VOTES.search(folded) and asks == "turnout":
        asks = "votes"
    if asks == "topic" and (_HOW_DID.search(folded) or _AMOUNT.search(folded)):
        asks = "share"
    if cued is None and asks == "topic" and _VOTES_NOUN.search(folded) and not _WHY.search(folded):
        asks = "votes"
    if asks in ("winner", "share", "topic") and _WHEN_CALLED.search(folded):
        asks = "count"
    if _MARGIN_BY.search(folded):
        asks = "margin"
    if yes_no == "passed" and asks == "topic":
        asks = "winner"  # whether a proposal passed is its vote's outcome
    if yes_no == "final" and asks in ("winner", "topic"):
        asks = "count"  # "¿el resultado ya es definitivo?" asks the state of the count, not who won
    if asks == "topic" and yes_no is None and _FINISHED.search(folded) and rank_asked(folded):
        asks = "winner"  # a place in the ranking, read below ("y de segundo quien quedo?")
    if yes_no is None and asks in ("topic", "winner", "rank") and not _WHY.search(folded) and asks_loser(folded):
        return "rank", 2
    rank = rank_asked(folded) if asks in ("rank", "winner") else None
    if rank and rank > 1 and asks == "winner":
        asks = "rank"
    if asks == "rank" and rank is None:
        rank = 2
    if asks == "winner":
        rank = None  # the first place is the winner
    return asks, rank  # type: ignore[return-value]
