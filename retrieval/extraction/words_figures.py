"""Units of a figure and the words that join a figure to its holder, or tell it is nobody's own result.

Part of the word tables (`retrieval.extraction.words`, which says how the phrases are written).
"""

# Verbs by which a counting body gives a contestant a figure, with the contestant as an object pronoun
# ("atribui-lhe 40,08%", "le atribuía 524.975 votos", "gave her 52%"): see `clitic`.
GIVE_FIGURE = {
    "en": "gave, gives, credited, credits, handed, hands, awarded, awards",
    "es": "atribuye, atribuyo, atribuia, otorga, otorgo, otorgaba, da, dio, daba, concede, concedio, adjudica, "
    "adjudico, asigna, asigno, asignaba",
    "pt": "atribui, atribuiu, atribuia, da, deu, dava, concede, concedeu, confere, conferiu, credita, creditou",
    "fr": "attribue, attribuait, accorde, accordait, donne, donnait, credite, creditait",
}

# Units.
PERCENT = {"en": "percent, per cent, pct", "es": "por ciento", "pt": "por cento", "fr": "pour cent"}

VOTES = {
    "en": "votes, ballots",
    "es": "votos, sufragios, papeletas",
    "pt": "votos, boletins",
    "fr": "voix, suffrages, bulletins",
}

SEATS = {
    "en": "seats, seat, councillors, councilors",
    "es": "escanos, escano, bancas, banca, curules, asientos, diputados, concejales",
    "pt": "cadeiras, assentos, deputados, lugares, mandatos, vereadores",
    "fr": "sieges, siege, deputes, elus, conseillers, mandats",
}

# A subject that shares one figure among the contestants named before it: "cada lista consigue 7 concejales", "both
# parties won 45 seats", "as duas listas elegem sete vereadores cada".
DISTRIBUTIVE = {
    "en": """each list, each party, each side, each ticket, both lists, both parties, both sides, the two lists,
    the two parties""",
    "es": """cada lista, cada partido, cada candidatura, cada coalicion, ambas listas, ambos partidos, las dos listas,
    los dos partidos""",
    "pt": """cada lista, cada partido, cada candidatura, cada coligacao, ambas as listas, ambos os partidos,
    as duas listas, os dois partidos""",
    "fr": "chaque liste, chaque parti, les deux listes, les deux partis",
}

MULTIPLIER = {
    "en": "million, billion, thousand",
    "es": "millones, millon, mil",
    "pt": "milhoes, milhao, mil",
    "fr": "millions, million, milliers",
}
# What each multiplier word multiplies by, for ranking counts written with one ("1,2 millones" above "987.654").
MULTIPLIER_VALUE = {
    "million": 10**6, "millions": 10**6, "millones": 10**6, "millon": 10**6, "milhoes": 10**6, "milhao": 10**6,
    "billion": 10**9, "thousand": 10**3, "mil": 10**3, "milliers": 10**3,
}  # fmt: skip

MARGIN_NOUN = {
    "en": "margin, lead, gap, difference",
    "es": "diferencia, ventaja, margen",
    "pt": "diferenca, vantagem, margem",
    "fr": "ecart, avance, marge, difference",
}

POINTS = {
    "en": "percentage points, percentage point, points, point, pts, pp",
    "es": "puntos porcentuales, punto porcentual, puntos, punto",
    "pt": "pontos percentuais, ponto percentual, pontos, ponto",
    "fr": "points de pourcentage, point de pourcentage, points, point",
}

# Words that join a figure to the name right after it: "45,5% de Jorge Peralta", "39.5% for Baldomar".
FIGURE_OF = {
    "en": "for, to, voting, backing, for the, went to, going to, were for, was for",
    "es": "de, del, para, a, por el, votaron por, a favor de, fue para, fueron para",
    "pt": "de, do, da, para, a, votaram em, a favor de, foi para, foram para",
    "fr": "pour, en faveur de, sont alles a, est alle a",
}

# Words between a name and a bare number that goes on a list of figures without repeating the unit: "with the
# Conservatives on 121", "the opposition bloc took 234", "o Rumo ficou com 60 e o PS com 58".
LIST_JOIN = {
    "en": """on, with, at, took, had, got, won, secured, surged to, fell to, slumped to, rose to, dropped to,
    reduced to, was reduced to, were reduced to, cut to, was cut to, were cut to""",
    "es": "con, tuvo, obtuvo, sumo, logro, consiguio, alcanzo, quedo con, se quedo con, se redujo a, quedo reducido a",
    "pt": "com, ficou com, teve, obteve, conquistou, somou, alcancou, ficou reduzido a, caiu para",
    "fr": "avec, a obtenu, obtient, a recueilli, a remporte, totalise",
}

# A sentence opening with one of these and a figure gives the figure to the subject after the comma:
# "With 52.1% of the vote, Arriola won", "Con el 48 % de los votos, Ruiz se impuso", "Com 51% dos votos, Reis ...".
# A participle of election before "with" does the same: "Re-elected with 61.7%, Mayor Ana Ruiz thanked voters".
OPENING_WITH = {
    "en": "with, having won, on, re-elected with, reelected with, elected with",
    "es": """con, tras obtener, al obtener, reelegido con, reelegida con, elegido con, elegida con, reelecto con,
    reelecta con, electo con, electa con""",
    "pt": "com, ao obter, apos obter, reeleito com, reeleita com, eleito com, eleita com",
    "fr": "avec, en obtenant, reelu avec, reelue avec, elu avec, elue avec",
}

# "X had 51%, ... Y" nouns that may sit between a figure and "of": "of the vote for".
FIGURE_NOUN = {
    "en": "the vote, the votes, valid votes, the valid votes, votes cast, valid ballots",
    "es": "los votos, de los votos, de los votos validos",
    "pt": "os votos, dos votos, dos votos validos",
    "fr": "des voix, des suffrages, des suffrages exprimes, des voix exprimees",
}

# Figures that are no contestant's own result (`unheld`). After the figure (and its unit): a threshold, seats
# still to be filled, a past total or a change ("the 172 seats needed", "los 233 necesarios", "22 seats still to
# be declared", "los 256 que tenía", "ten more than").
UNHELD_AFTER = {
    "en": "needed, required, necessary, for a majority, for an absolute majority, to govern, for control, threshold,"
    " still to be, yet to be, left to be, undeclared, it had, they had, it held, they held, before the vote,"
    " more, fewer, plus one, a majority needs, a majority requires, a majority would need, an absolute majority"
    " needs, an outright majority needs, that a majority needs",
    "es": "necesarios, necesarias, necesario, necesaria, requeridos, para la mayoria, para gobernar, umbral,"
    " por asignar, por definir, por declarar, que tenia, que tenian, que ocupaba, antes de la votacion, mas, menos,"
    " mas uno, mas un voto, que exige la mayoria, que marca la mayoria, que da la mayoria",
    "pt": "necessarios, necessarias, necessario, necessaria, para a maioria, para governar, por definir,"
    " por atribuir, que tinha, que tinham, que ocupava, antes da votacao, a mais, a menos,"
    " mais um, mais um voto, que a maioria exige, que dao a maioria, que da a maioria",
    "fr": """necessaires, necessaire, requis, pour la majorite, pour gouverner, seuil, restant a attribuer,
    qu'il detenait, qu'elle detenait, avant le scrutin, de plus, de moins""",
}

# Before the figure: a need or a hypothesis ("needs 233 seats", "he would command 328", "tendrían 180").
UNHELD_BEFORE = {
    "en": "needs, need, needed, requires, required, would, could, would have, must, has to, have to, added, adds",
    "es": "necesita, necesitan, necesitaria, requiere, debe, deben, tiene que, tienen que,"
    " tendria, tendrian, sumaria, sumarian, podria, podrian, anadio, anade",
    "pt": "precisa, precisam, precisaria, exige, deve, devem, tem de, tem que,"
    " teria, teriam, somaria, somariam, poderia, poderiam, acrescentou, acrescenta",
    "fr": "a ajoute, ont ajoute, ajoute, a besoin de, faut, faudrait, aurait, auraient, pourrait, pourraient,"
    " doit, doivent",
}

# Before a seat figure in a relative clause: what the party held before this vote ("Ciudadanos, which had 21 seats,
# fell to 3.29%", "que tenía 21 escaños", "onde tinha 21 deputados"), not what it won.
HELD_BEFORE = {
    "en": "which had, that had, which held, that held",
    "es": "que tenia, que tenian, que ocupaba, que ocupaban, que contaba con, donde tenia, donde tenian",
    "pt": "que tinha, que tinham, onde tinha, onde tinham, que detinha, que detinham, que ocupava",
    "fr": "qui avait, qui avaient, qui detenait, qui detenaient, qui comptait",
}

# Before a seat figure: a change, not a total ("gained 20 seats", "perdió 65 escaños"); a share after "lost with"
# is still the loser's.
CHANGE_BEFORE = {
    "en": "gained, gaining, lost, losing, picked up, shed",
    "es": "perdio, perdieron, gano otros, sumo otros",
    "pt": "perdeu, perderam, ganhou mais, elegeu mais, elegeram mais, conquistou mais, conquistaram mais",
    "fr": "a perdu, ont perdu, a gagne, perd, gagne",
}

# A figure whose clause says it adds up several contestants: a coalition's or a bloc's sum, not one party's seats
# ("together hold 93", "a combined 215", "Juntos suman 215", "the LDP and its partner Midori had won 208").
COMBINED = {
    "en": "together, combined, jointly, between them, and its partner, and its coalition partner, and their partners",
    "es": "juntos, juntas, en conjunto, conjuntamente, entre ambos, sumados, y su socio, y sus socios",
    "pt": "juntos, juntas, em conjunto, conjuntamente, somados, somadas, e seu parceiro, e o seu parceiro,"
    " e seus parceiros",
    "fr": "ensemble, a eux deux, cumules, et son allie, et ses allies, et ses partenaires",
}

# A figure whose clause has one of these (lowercase, not "of the alliance", not "the bloc's") as its subject is a
# bloc's, not a party's: "the centre-left bloc led by Mortensen had 86 seats", "el bloque de la derecha obtuvo
# 176", "the alliance holds 237 of the 400 seats", "Labour and four smaller parties won 87". A bloc someone owns
# ("Morimoto's ruling coalition") or that a sentence calls a contestant ("emerged as the largest bloc") is held.
BLOC = {
    "en": "bloc, blocs, alliance, coalition, parties",
    "es": "bloque, bloques, alianza, coalicion, partidos",
    "pt": "bloco, blocos, alianca, coligacao, coalizao, partidos",
    "fr": "bloc, blocs, alliance, coalition, partis",
}

# Two names joined before one figure, then one of these: both hold the figure ("each won 26 seats").
EACH = {
    "en": "each, both",
    "es": "cada uno, cada una, ambos, ambas",
    "pt": "cada um, cada uma, ambos, ambas",
    "fr": "chacun, chacune",
}

# Before a bare number that goes on a seat list of the sentence before ("Os conservadores ficaram com 144").
# A verb of taking goes on the list too: "... 93 seats. X won 75 and is the largest party; Y took 54".
SEAT_LIST_WORDS = {
    "en": "with, on, fell to, rose to, won, took, got, holds, kept, secured",
    "es": """con, cayo a, subio a, gano, obtuvo, consiguio, logro, retuvo, bajo a, subio hasta, subio hasta los,
    bajo hasta, bajo hasta los, cayo hasta, cayo hasta los, se quedo con, quedo con""",
    "pt": "com, caiu para, subiu para, ganhou, obteve, conquistou, conseguiu, elegeu, manteve",
    "fr": "avec, tombe a, passe a, a obtenu, obtient, a remporte, conserve",
}

# A figure listed after a colon that follows one of these in its sentence is a rule the result met, nobody's
# share ("superó las dos condiciones: más del 40 por ciento de los votos y diez puntos de ventaja").
CONDITION = {
    "en": "condition, conditions, requirement, requirements, criteria, criterion, rule, rules, hurdles, hurdle",
    "es": "condicion, condiciones, requisito, requisitos, criterio, criterios, regla, reglas, exigencias",
    "pt": "condicao, condicoes, requisito, requisitos, criterio, criterios, regra, regras, exigencias",
    "fr": "condition, conditions, critere, criteres, regle, regles",
}

# Before a figure: the figure is a threshold ("a barreira de 5%", "el umbral del 3 %", "a threshold of 5%").
THRESHOLD_OF = {
    "en": "threshold of, barrier of, hurdle of, minimum of, cut-off of",
    "es": "umbral de, umbral del, barrera de, barrera del, minimo de, minimo del",
    "pt": "barreira de, barreira dos, clausula de barreira de, clausula de desempenho de, minimo de, patamar de",
    "fr": "seuil de, barre de, barre des, minimum de",
}
